from __future__ import annotations

from followthrough.formats.google_csv import read_google_csv
from tests.formats.helpers import fixture_bytes

LEGACY = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Name Prefix,Name Suffix,Nickname,"
    "Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,"
    "Website 1 - Type,Website 1 - Value,Event 1 - Type,Event 1 - Value\r\n"
    "Hiroshi Tanabe,Hiroshi,,Tanabe,,,,Hiro,--07-04,,* myContacts ::: Robotics,* Work,"
    "hiroshi.tanabe@example.com ::: h.tanabe@example.com,Mobile,+1 415-555-0190,,"
    "Kestrel Robotics,Senior Firmware Engineer,Profile,linkedin.com/in/hiroshi-tanabe-4b21a7,"
    "Anniversary,2019-05-04\r\n"
)


def _rows():
    return list(read_google_csv(fixture_bytes("google-contacts.csv"), "contacts.csv"))


def test_it_reads_the_current_header_behind_a_bom_with_multiline_cells():
    priya, hiroshi, lea = _rows()
    assert priya.given_name == "Priya"  # not "\ufeffFirst Name" trouble
    assert priya.notes == ("Runs the Oakland book club. Met through Hiroshi at the robotics "
                           "meetup.\nPrefers Signal over SMS, no calls after 21:00.")
    assert priya.addresses[0].value == "77 Example Lane\nOakland, CA 94610\nUS"
    assert priya.addresses[0].address.postal_code == "94610"
    assert [p.source.line for p in (priya, hiroshi, lea)] == [2, 6, 7]


def test_it_splits_triple_colon_cells_and_reads_star_as_preferred():
    _, hiroshi, _ = _rows()
    assert [(e.kind, e.value, e.preferred) for e in hiroshi.emails] == [
        ("work", "hiroshi.tanabe@example.com", True), ("work", "h.tanabe@example.com", False)]
    assert [p.value for p in hiroshi.phones] == ["+1 415-555-0190", "+1 415-555-0191"]
    assert hiroshi.categories == ["Conference 2025", "myContacts", "starred"]


def test_it_reads_unicode_names_labels_and_websites():
    priya, _, lea = _rows()
    assert lea.full_name == "Léa Marchand"
    assert lea.addresses[0].address.street == "Musterstraße 7"
    assert priya.urls[0].value == "https://priya.example.org/notes"
    assert priya.urls[0].label == "Blog"
    assert priya.birthday == "1990-11-02"


def test_it_reads_the_legacy_header():
    (hiroshi,) = read_google_csv(LEGACY.encode(), "google.csv")
    assert hiroshi.full_name == "Hiroshi Tanabe"
    assert hiroshi.nickname == "Hiro"
    assert hiroshi.organisation == "Kestrel Robotics"
    assert hiroshi.categories == ["myContacts", "Robotics"]
    assert len(hiroshi.emails) == 2 and hiroshi.emails[0].preferred
    assert hiroshi.phones[0].kind == "cell"
    assert hiroshi.birthday == "--07-04"
    assert hiroshi.anniversary == "2019-05-04"
    assert hiroshi.linkedin_url == "https://www.linkedin.com/in/hiroshi-tanabe-4b21a7"
