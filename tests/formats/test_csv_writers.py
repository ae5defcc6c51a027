from __future__ import annotations

import io

from followthrough.formats.csv_formulas import safe_cell
from followthrough.formats.csv_write import write_google_csv, write_outlook_csv
from followthrough.formats.google_csv import read_google_csv
from followthrough.formats.outlook_csv import CLASSIC_HEADER, read_outlook_csv
from followthrough.formats.records import Address, ContactPoint, ContactRecord
from followthrough.formats.vcard_read import read_vcards
from tests.formats.helpers import fixture_bytes


def _samples() -> list[ContactRecord]:
    names = ("apple-3.0.vcf", "google-3.0.vcf", "outlook-2.1.vcf", "rfc6350-4.0.vcf")
    return [r for name in names for r in read_vcards(fixture_bytes(name), name)]


def _written(writer, records) -> bytes:
    out = io.StringIO(newline="")
    writer(records, out)
    return out.getvalue().encode("utf-8-sig")


def test_formula_cells_get_a_leading_quote_but_phone_numbers_do_not():
    assert [safe_cell(v) for v in ("=1+1", "+cmd", "-2+3*A1", "@SUM(A1)", "\tx", "\rx")] == [
        "'=1+1", "'+cmd", "'-2+3*A1", "'@SUM(A1)", "'\tx", "'\rx"]
    assert safe_cell("+1 (415) 555-0134") == "+1 (415) 555-0134"
    assert safe_cell("--11-22") == "--11-22"
    assert safe_cell("Ada") == "Ada"


def test_outlook_csv_reads_back_with_the_same_people():
    records = _samples()
    data = _written(write_outlook_csv, records)
    assert data.decode("utf-8-sig").splitlines()[0].split(",")[:3] == ['"Title"', '"First Name"',
                                                                          '"Middle Name"']
    assert data.count(b"\r\n") >= len(records) + 1
    back = list(read_outlook_csv(data, "o.csv"))
    assert [r.full_name for r in back] == [r.full_name for r in records]
    soren = back[-1]
    assert soren.phones[1].value == "+493090182035" and soren.phones[1].extension == "12"
    assert back[0].notes == records[0].notes
    assert back[0].birthday == "1988-03-14"
    assert back[1].birthday is None  # Outlook cannot hold "--11-22"
    assert back[3].addresses[0].address == records[3].addresses[0].address


def test_outlook_csv_has_the_92_column_header():
    data = _written(write_outlook_csv, [])
    header = data.decode("utf-8-sig").strip().split(",")
    assert [h.strip('"') for h in header] == CLASSIC_HEADER


def test_google_csv_reads_back_labels_preferred_and_multiple_values():
    records = _samples()
    back = list(read_google_csv(_written(write_google_csv, records), "g.csv"))
    marta, tomas, priya = back[0], back[1], back[2]
    assert marta.emails[0].label == "Studio" and marta.emails[0].preferred
    assert [e.value for e in marta.emails] == [e.value for e in records[0].emails]
    assert tomas.birthday == "--11-22"
    assert priya.categories == ["myContacts", "Book club"]
    assert priya.urls[0].label == "Blog"
    assert marta.linkedin_url == records[0].linkedin_url
    assert back[4].anniversary == "2015-06-20"


def test_writers_neutralise_formulas_in_every_cell_and_readers_take_the_guard_off():
    hostile = ContactRecord(full_name="=HYPERLINK(\"http://x\")", given_name="=HYPERLINK(\"x\")",
                            family_name="@evil", notes="+cmd|calc",
                            organisation="<script>alert(1)</script>",
                            addresses=[ContactPoint("home", "-x", address=Address(street="-x"))])
    google_csv = _written(write_google_csv, [hostile])
    outlook_csv = _written(write_outlook_csv, [hostile])
    for written in (google_csv, outlook_csv):
        text = written.decode("utf-8-sig")
        assert "'=HYPERLINK" in text and "'@evil" in text and "'+cmd|calc" in text
    (google,) = read_google_csv(google_csv, "g.csv")
    (outlook,) = read_outlook_csv(outlook_csv, "o.csv")
    for back in (google, outlook):
        assert back.given_name == "=HYPERLINK(\"x\")"
        assert back.family_name == "@evil"
        assert back.notes == "+cmd|calc"
        assert back.organisation == "<script>alert(1)</script>"
        assert back.addresses[0].address.street == "-x"


def test_a_cell_the_guard_did_not_write_keeps_its_apostrophe():
    from followthrough.formats.csv_formulas import plain_cell

    assert plain_cell("'=1+1") == "=1+1"
    assert [plain_cell(v) for v in ("'Twas", "'+1 415 555 0134", "''=x", "'")] == [
        "'Twas", "'+1 415 555 0134", "''=x", "'"]
