from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followthrough.formats.records import Address, ContactPoint, ContactRecord
from followthrough.formats.vcard_read import read_vcards
from followthrough.formats.vcard_write import write_vcard, write_vcards
from tests.formats.helpers import fixture_bytes
from tests.fuzz_budget import examples

# Any text but surrogates, CR (normalised to LF on reading, by design) and control characters
# other than tab and LF (no text rule lets them in; a writer drops them: RFC 6350 allows none).
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n"),
               max_size=60)
LINE = TEXT.map(lambda s: s.replace("\n", " ").strip())
NAME = LINE.filter(bool)
KINDS = st.sampled_from(["", "work", "home", "cell", "iphone,cell", "work,fax", "other"])
LABELS = st.sampled_from(["", "Studio", "studio desk, 2nd floor", "homepage", "Ünïcode;label"])
DATES = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat() if d.year >= 1000 else None),
                  st.dates().map(lambda d: d.strftime("--%m-%d")))


def points(values):
    return st.lists(st.builds(ContactPoint, kind=KINDS, value=values, label=LABELS,
                              preferred=st.booleans()), max_size=3)


PHONE = st.builds(
    ContactPoint, kind=KINDS,
    value=st.from_regex(r"\A(\+4930901820[0-9]{2}|\+1 \(415\) 555-01[0-9]{2})\Z"),
    label=LABELS, preferred=st.booleans(), extension=st.from_regex(r"\A[0-9]{0,3}\Z"))
EMAIL = st.from_regex(r"\A[a-z0-9.]{1,10}@example\.(com|org)\Z")
URL = st.from_regex(r"\Ahttps://[a-z]{1,8}\.example\.org/[a-z,;]{0,8}\Z")
ADDRESS = st.builds(Address, po_box=LINE, extended=LINE, street=TEXT.map(str.strip), locality=LINE,
                    region=LINE, postal_code=LINE, country=LINE)


@st.composite
def addresses(draw):
    address = draw(ADDRESS)
    custom = TEXT.filter(lambda t: t.strip() == t and t != "")
    value = draw(st.one_of(st.just(address.formatted()), custom))
    return ContactPoint(kind=draw(KINDS), value=value, label=draw(LABELS),
                        preferred=draw(st.booleans()), address=address)


RECORDS = st.builds(
    ContactRecord,
    full_name=NAME, given_name=LINE, family_name=LINE, additional_names=LINE, prefix=LINE,
    suffix=LINE, nickname=LINE, organisation=LINE, department=LINE, title=LINE, notes=TEXT,
    birthday=DATES, anniversary=DATES,
    emails=points(EMAIL), phones=st.lists(PHONE, max_size=3), urls=points(URL),
    addresses=st.lists(addresses(), max_size=2), impp=points(st.just("xmpp:a@example.org")),
    related=points(NAME), texts=points(st.just("javascript:alert(1)")),
    linkedin_url=st.one_of(st.none(), st.just("https://www.linkedin.com/in/someone-1a2b")),
    photo=st.none(), categories=st.lists(NAME, max_size=3),
    uid=st.uuids().map(lambda u: f"urn:uuid:{u}"),
    connected_on=st.one_of(st.none(), st.dates(min_value=dt.date(2003, 1, 1))),
)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(max_examples=examples(150), deadline=None)
@given(record=RECORDS, photo=st.one_of(st.none(), st.binary(min_size=1, max_size=300)))
def test_any_record_survives_write_then_read(version, record, photo):
    if photo is not None:
        record.photo, record.photo_mime = photo, "image/png"
    (back,) = read_vcards(write_vcard(record, version).encode(), "x.vcf")
    assert back == record


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_every_sample_card_survives_write_then_read(version):
    for name in ("apple-3.0.vcf", "google-3.0.vcf", "outlook-2.1.vcf", "rfc6350-4.0.vcf"):
        originals = list(read_vcards(fixture_bytes(name), name))
        for original in originals:
            original.uid = original.uid or "urn:uuid:00000000-0000-4000-8000-000000000001"
        text = "".join(write_vcards(originals, version))
        assert list(read_vcards(text.encode(), "x.vcf")) == [_regroup(r) for r in originals]


def _regroup(record: ContactRecord) -> ContactRecord:
    """Extra lines keep their content; only their itemN group is renumbered."""
    record.extra = [line.replace("item2.X-ABADR", "item3.X-ABADR") for line in record.extra]
    return record
