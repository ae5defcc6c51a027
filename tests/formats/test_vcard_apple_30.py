from __future__ import annotations

from followthrough.formats.vcard_read import read_vcards
from tests.formats.helpers import fixture_bytes


def _cards():
    return list(read_vcards(fixture_bytes("apple-3.0.vcf"), "apple-3.0.vcf"))


def test_it_reads_both_apple_cards_with_names_and_organisation():
    marta, tomas = _cards()
    assert (marta.full_name, marta.given_name, marta.additional_names, marta.family_name) == (
        "Marta Elin Lindqvist", "Marta", "Elin", "Lindqvist")
    assert marta.organisation == "Fjällkarta Studio AB"
    assert marta.department == "Partnerships"
    assert marta.nickname == "Mia"
    assert tomas.full_name == "Tomás Ferreira-Quintal"
    assert tomas.organisation == "Quintal Arquitetura Lda."
    assert tomas.department == ""


def test_it_unfolds_the_note_keeping_the_space_after_a_fold_before_a_space():
    marta, _ = _cards()
    assert marta.notes == (
        "Met at the Lisbon data-viz meetup, April 2025. Intro via Tomás, who worked with"
        " her on the coastal atlas. Prefers short emails, replies within 2-3 days.\n"
        "Ask about the Arctic atlas print run."
    )


def test_it_takes_labels_from_item_groups_and_apple_tokens():
    marta, tomas = _cards()
    assert marta.emails[0].value == "marta.lindqvist@example.com"
    assert marta.emails[0].label == "Studio"
    assert marta.emails[0].preferred is True
    assert marta.emails[1].kind == "home"
    assert marta.urls[0].label == "homepage"
    assert tomas.emails[0].label == "other"
    assert tomas.phones[1].label == "studio desk"


def test_it_reads_repeated_lower_case_type_parameters():
    marta, _ = _cards()
    assert marta.phones[0].kind == "iphone,cell"
    assert marta.phones[0].preferred is True
    assert marta.phones[1].kind == "work"
    assert marta.addresses[0].kind == "work"
    assert marta.addresses[0].address.street == "1400 Example Ave"


def test_it_reads_related_names_and_linkedin_social_profiles():
    marta, tomas = _cards()
    assert tomas.related[0].value == "Inês Quintal"
    assert tomas.related[0].label == "spouse"
    assert marta.linkedin_url == "https://www.linkedin.com/in/mlindqvist-5c2e9"
    assert tomas.linkedin_url == "https://www.linkedin.com/in/tferreira-q-b7a21"


def test_it_reads_apple_omit_year_as_a_birthday_without_year():
    marta, tomas = _cards()
    assert marta.birthday == "1988-03-14"
    assert tomas.birthday == "--11-22"


def test_it_keeps_unknown_apple_lines_as_extra_and_drops_prodid_and_rev():
    marta, _ = _cards()
    assert marta.extra == ["item2.X-ABADR:us"]
    assert marta.source.card == 1 and marta.source.line == 1
