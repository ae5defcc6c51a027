"""A card's fields from the lines read off it: each by its own rule, the card mending the reader."""

from __future__ import annotations

from followthrough.formats.card_lines import TextLine
from followthrough.formats.card_text import fields_from_lines


def lines(*rows: tuple[str, float]) -> list[TextLine]:
    """Lines top to bottom; the number is the text's height in pixels (its font size)."""
    out, top = [], 40.0
    for text, height in rows:
        out.append(TextLine(text, 0.98, 60, top, 60 + 20 * len(text), top + height))
        top += height * 1.4
    return out


def values(*rows: tuple[str, float], region: str = "US") -> dict[str, str]:
    return {k: f.value for k, f in fields_from_lines(lines(*rows), region).fields.items()}


def test_a_name_the_reader_got_wrong_is_mended_by_the_cards_own_email():
    found = values(("Dr. Rajesh lyer", 50), ("Head of Partnerships", 30),
                   ("Zöllner & Søn GmbH", 36), ("rajesh.iyer@zollner-son.de", 26),
                   ("+49 30 1234 5678", 26), ("www.zollner-son.de", 26), region="DE")
    assert found["name"] == "Dr. Rajesh Iyer"
    assert (found["prefix"], found["given_name"], found["family_name"]) == ("Dr.", "Rajesh", "Iyer")
    assert found["title"] == "Head of Partnerships"
    assert found["company"] == "Zöllner & Søn GmbH"
    assert (found["email"], found["phone"]) == ("rajesh.iyer@zollner-son.de", "+49 30 12345678")
    assert found["website"] == "www.zollner-son.de"


def test_a_capital_i_read_as_l_is_mended_even_when_the_email_does_not_spell_the_name():
    found = values(("Chidi lyer", 50), ("Data Analyst", 30), ("chidi@helix.io", 24))
    assert found["name"] == "Chidi Iyer" and found["family_name"] == "Iyer"
    assert values(("Marie le Roux", 50))["name"] == "Marie le Roux"


def test_a_mended_name_is_less_sure_than_one_read_right():
    read = fields_from_lines(lines(("Rajesh lyer", 50), ("rajesh.iyer@acme.com", 26)), "US")
    right = fields_from_lines(lines(("Rajesh Iyer", 50), ("rajesh.iyer@acme.com", 26)), "US")
    assert read.fields["name"].value == right.fields["name"].value == "Rajesh Iyer"
    assert read.fields["name"].confidence < right.fields["name"].confidence


def test_a_company_without_a_legal_form_is_the_line_that_spells_the_email_domain():
    found = values(("Kestrel Analytics", 30), ("Oğuz Okafor", 50), ("Account Executive", 28),
                   ("oguz@kestrelanalytics.nl", 24), ("T +31 20 438 7329", 24))
    assert found["company"] == "Kestrel Analytics"
    assert found["name"] == "Oğuz Okafor" and found["phone"] == "+31 20 438 7329"


def test_otherwise_the_company_is_the_largest_line_left():
    found = values(("Ana Núñez", 40), ("Product Manager", 26), ("Sierra Norte", 44),
                   ("ana.nunez@gmail.com", 24))
    assert found["company"] == "Sierra Norte"


def test_a_company_with_a_legal_form_is_the_company_even_with_a_role_word_in_it():
    found = values(("Ana Núñez", 40), ("Marketing Director", 26),
                   ("Brightwater Marketing Ltd", 30))
    assert (found["company"], found["title"]) == ("Brightwater Marketing Ltd", "Marketing Director")


def test_a_webmail_domain_is_never_the_company():
    found = values(("Ana Núñez", 40), ("ana.nunez@gmail.com", 24))
    assert "company" not in found


def test_a_legal_form_read_with_a_capital_i_is_mended():
    assert values(("Bluefin Health S.r.I.", 30), ("Hélène Byrne", 44))["company"] \
        == "Bluefin Health S.r.l."


def test_initials_in_a_logo_are_not_a_company():
    found = values(("Fatima Kierkegård", 48), ("AS", 40), ("Geschäftsführer", 30),
                   ("Aurora SARL", 36), ("fatima@aurora.es", 24))
    assert found["company"] == "Aurora SARL" and found["title"] == "Geschäftsführer"


def test_numbers_without_a_country_code_are_read_in_the_configured_region():
    assert values(("Lena Hofmann", 40), ("Tel. 030 1234567", 24), region="DE")["phone"] \
        == "+49 30 1234567"
    assert values(("Lena Hofmann", 40), ("(415) 555-0134", 24), region="US")["phone"] \
        == "+1 415-555-0134"


def test_a_fax_number_is_not_their_phone_and_a_second_number_is_kept():
    read = fields_from_lines(lines(("Lena Hofmann", 40), ("Fax +49 30 1234 999", 24),
                                   ("T +49 30 1234 567", 24), ("M +49 151 2345 6789", 24)), "DE")
    assert read.fields["phone"].value == "+49 30 1234567"
    assert read.other_phones == ["+49 1512 3456789"]


def test_an_email_whose_end_the_reader_lost_is_mended_from_the_cards_website():
    found = values(("Marcus Raghavan", 44), ("E-mail: m.raghavan@vantage-partners.n", 24),
                   ("vantage-partners.nl", 24))
    assert found["email"] == "m.raghavan@vantage-partners.nl"
    assert "email" not in values(("Marcus Raghavan", 44), ("m.raghavan@vantage-partners.n", 24))


def test_only_whole_addresses_count_as_email_and_web():
    found = values(("Lena Hofmann", 40), ("lena@localhost", 24), ("Nordlicht S.A.", 30),
                   ("Inc.", 20))
    assert "email" not in found and "website" not in found
    assert found["company"] == "Nordlicht S.A."


def test_a_linkedin_address_is_their_linkedin_not_their_website():
    found = values(("Lena Hofmann", 40), ("linkedin.com/in/lena-hofmann", 24),
                   ("https://nordlicht.de", 24))
    assert found["linkedin"] == "linkedin.com/in/lena-hofmann"
    assert found["website"] == "https://nordlicht.de"


def test_an_address_line_is_kept_and_is_neither_name_nor_company():
    read = fields_from_lines(lines(("Lena Hofmann", 40), ("Hauptstraße 12", 24),
                                   ("10115 Berlin", 24), ("lena@nordlicht.de", 24)), "DE")
    assert read.fields["address"].value == "Hauptstraße 12\n10115 Berlin"
    assert read.fields["name"].value == "Lena Hofmann"
    # no line left for the company: the e-mail's domain says it, and says it is unsure
    assert read.fields["company"].value == "Nordlicht"
    assert read.fields["company"].confidence < 0.5
