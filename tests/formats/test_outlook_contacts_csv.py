from __future__ import annotations

from followthrough.formats.outlook_csv import read_outlook_csv
from tests.formats.helpers import fixture_bytes

OUTLOOK_COM = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
    "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,"
    "Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,"
    "Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,"
    "Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,"
    "Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,"
    "Anniversary,Notes"
)
LEA = {"First Name": "Léa", "Last Name": "Marchand", "Title": "Dr.", "Nickname": "Lé",
       "E-mail Address": "lea.marchand@example.org", "Mobile Phone": "+49 30 90182041",
       "Job Title": "UX Researcher", "Company": "Atelier Cobalt", "Spouse": "Rémi",
       "Birthday": "4/2/1991", "Notes": "Speaks at the meetup"}


def _outlook_com_file() -> bytes:
    columns = OUTLOOK_COM.split(",")
    row = ",".join(LEA.get(column, "") for column in columns)
    return f"{OUTLOOK_COM}\r\n{row}\r\n".encode("utf-8-sig")


def _rows():
    return list(read_outlook_csv(fixture_bytes("outlook-contacts.csv"), "outlook.csv"))


def test_it_decodes_windows_1252_and_crlf_inside_notes():
    adaeze, renee = _rows()
    assert renee.full_name == "Renée Castellanos"
    assert renee.organisation == "Café Orbital"
    assert renee.notes == ("Introduced by Søren at the Kraków print fair.\n"
                           "Supplies the beans for the studio; invoice monthly.")
    assert adaeze.notes.startswith("Met her at the Rotterdam supply-chain summit, 12 March 2025.\n")


def test_it_treats_placeholder_dates_as_empty_and_reads_us_birthdays():
    adaeze, renee = _rows()
    assert adaeze.birthday == "1984-09-17"
    assert adaeze.anniversary is None
    assert renee.birthday is None


def test_it_reads_phones_emails_addresses_and_semicolon_categories():
    adaeze, renee = _rows()
    assert [(p.kind, p.value) for p in adaeze.phones] == [
        ("cell", "+1 (415) 555-0149"), ("work", "+1 (415) 555-0148")]
    assert [e.value for e in renee.emails] == ["renee.castellanos@example.org",
                                               "orders@cafe-orbital.example.com"]
    assert adaeze.categories == ["Suppliers", "Conference 2025"]
    assert adaeze.addresses[0].address.country == "United States of America"
    assert adaeze.urls[0].value == "https://harbourline.example.com"
    assert [p.source.line for p in (adaeze, renee)] == [2, 4]


def test_it_reads_the_outlook_com_header():
    (lea,) = read_outlook_csv(_outlook_com_file(), "outlook.com.csv")
    assert (lea.prefix, lea.given_name, lea.family_name, lea.nickname) == (
        "Dr.", "Léa", "Marchand", "Lé")
    assert lea.title == "UX Researcher"
    assert lea.birthday == "1991-04-02"
    assert lea.related[0].value == "Rémi" and lea.related[0].kind == "spouse"
