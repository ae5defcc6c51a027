from __future__ import annotations

import pytest

from followthrough.formats.emails import normalise_email
from followthrough.formats.linkedin import normalise_linkedin_url, people_search_url
from followthrough.formats.phones import normalise_phone, split_extension


@pytest.mark.parametrize("text", [
    "linkedin.com/in/mlindqvist-5c2e9",
    "https://www.linkedin.com/in/mlindqvist-5c2e9/",
    "http://de.linkedin.com/in/mlindqvist-5c2e9?trk=public_profile",
    "x-socialprofile:https\\://www.linkedin.com/in/mlindqvist-5c2e9",
    "  HTTPS://WWW.LINKEDIN.COM/in/mlindqvist-5c2e9#about ",
])
def test_linkedin_profile_urls_normalise_to_one_form(text):
    assert normalise_linkedin_url(text) == "https://www.linkedin.com/in/mlindqvist-5c2e9"


@pytest.mark.parametrize("text", [None, "", "https://example.com/in/x", "linkedin.com/company/x"])
def test_non_profile_urls_are_not_linkedin_profiles(text):
    assert normalise_linkedin_url(text) is None


def test_people_search_url_encodes_name_and_company():
    assert people_search_url("Léa Marchand", "Atelier Cobalt") == (
        "https://www.linkedin.com/search/results/people/?keywords=L%C3%A9a+Marchand+Atelier+Cobalt")


def test_phones_become_e164_or_none():
    assert normalise_phone("+1 (415) 555-0134") == "+14155550134"
    assert normalise_phone("030 90182034", "DE") == "+493090182034"
    assert normalise_phone("(415) 555-0134", "us") == "+14155550134"
    assert normalise_phone("12", "US") is None
    assert normalise_phone("not a phone") is None
    assert normalise_phone("") is None


def test_phone_extensions_split_off_text():
    assert split_extension("+1 415 555 0134 ext. 12") == ("+1 415 555 0134", "12")
    assert split_extension("+1 415 555 0134 x7") == ("+1 415 555 0134", "7")
    assert split_extension("+1 415 555 0134") == ("+1 415 555 0134", "")


def test_emails_get_a_lower_case_domain_or_none():
    assert normalise_email(" Marta.Lindqvist@Example.COM ") == "Marta.Lindqvist@example.com"
    assert normalise_email("no-at-sign") is None
    assert normalise_email("") is None
