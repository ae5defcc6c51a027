from __future__ import annotations

from followthrough.formats.vcard_read import read_vcards
from tests.formats.helpers import fixture_bytes


def _priya():
    (priya,) = read_vcards(fixture_bytes("google-3.0.vcf"), "google-3.0.vcf")
    return priya


def test_it_removes_googles_escaped_colon_from_urls():
    priya = _priya()
    assert priya.urls[0].value == "https://priya.example.org/notes"
    assert "\\" not in priya.urls[0].value
    assert priya.urls[0].label == "Blog"


def test_it_reads_upper_case_repeated_types_and_categories():
    priya = _priya()
    assert [(e.kind, e.value) for e in priya.emails] == [
        ("work", "priya.venkataraman@example.com"), ("home", "priya.v@example.org")]
    assert [p.kind for p in priya.phones] == ["cell", "work"]
    assert priya.categories == ["myContacts", "Book club"]


def test_it_unescapes_newlines_and_commas_in_the_note():
    assert _priya().notes == (
        "Runs the Oakland book club. Met through Hiroshi at the robotics meetup.\n"
        "Prefers Signal over SMS, no calls after 21:00."
    )
