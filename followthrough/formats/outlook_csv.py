"""Read Outlook CSV exports: classic Outlook for Windows and Outlook.com.

    for record in read_outlook_csv(open("contacts.csv", "rb"), "contacts.csv"):
        ...

Classic Outlook writes a fixed 92-column header (`CLASSIC_HEADER`), Windows-1252
text, CRLF, every value quoted, `0/0/00` for "no date", `Unspecified` gender and
M/D/YYYY birthdays; `Categories` are `;`-separated. Outlook.com writes a shorter
header with the same column names (plus `Nickname`, `Personal Web Page`), so one
reader serves both, by column name. `Title` is the courtesy title (Mr., Dr.);
the job title is `Job Title`. Gender, priority, sensitivity, initials and other
bookkeeping columns are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from followthrough.formats.csv_formulas import plain_cell
from followthrough.formats.csv_mapping import finish, parse_csv_date, phone_point
from followthrough.formats.csv_rows import CsvRow, read_rows
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.records import Address, ContactPoint, ContactRecord, SourceRef

CLASSIC_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business Street 3,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,"
    "Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,"
    "Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,"
    "Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,"
    "Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,"
    "Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,"
    "Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,"
    "Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,"
    "E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,"
    "E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,"
    "Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,"
    "Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,"
    "Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
).split(",")

# Phone columns and the vCard kind each means; the column name is kept as label
# only where no kind says it.
PHONE_KINDS = {
    "Primary Phone": "main", "Mobile Phone": "cell", "Business Phone": "work",
    "Business Phone 2": "work", "Home Phone": "home", "Home Phone 2": "home",
    "Company Main Phone": "work,main", "Business Fax": "work,fax", "Home Fax": "home,fax",
    "Other Fax": "fax", "Pager": "pager", "Car Phone": "car", "ISDN": "isdn",
    "TTY/TDD Phone": "textphone", "Other Phone": "other", "Assistant's Phone": "",
    "Callback": "", "Radio Phone": "", "Telex": "",
}
ADDRESS_KINDS = {"Business": "work", "Home": "home", "Other": "other"}
EMAIL_COLUMNS = ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")
RELATED_COLUMNS = {"Spouse": "spouse", "Manager's Name": "manager", "Assistant's Name": "assistant"}


def read_outlook_csv(source: bytes | BinaryIO, filename: str = "") -> Iterator[ContactRecord]:
    rows = read_rows(source, filename, is_header=is_outlook_header,
                     expected="an Outlook header (First Name,...,E-mail Address,...)",
                     clean=plain_cell)
    for row in rows:
        yield finish(_record(row), SourceRef(filename, row.line))


def is_outlook_header(cells: list[str]) -> bool:
    return {"First Name", "Last Name", "E-mail Address"} <= set(cells)


def _record(row: CsvRow) -> ContactRecord:
    record = ContactRecord(
        prefix=row.get("Title"),
        given_name=row.get("First Name"),
        additional_names=row.get("Middle Name"),
        family_name=row.get("Last Name"),
        suffix=row.get("Suffix"),
        nickname=row.get("Nickname"),
        organisation=row.get("Company"),
        department=row.get("Department"),
        title=row.get("Job Title"),
        notes=row.cells.get("Notes", "").strip("\n"),
        birthday=parse_csv_date(row.get("Birthday")),
        anniversary=parse_csv_date(row.get("Anniversary")),
        categories=[c.strip() for c in row.get("Categories").split(";") if c.strip()],
    )
    record.emails = [ContactPoint(value=v) for c in EMAIL_COLUMNS if "@" in (v := row.get(c))]
    record.phones = _phones(row)
    record.addresses = [a for prefix in ADDRESS_KINDS if (a := _address(row, prefix))]
    record.urls = _urls(row)
    record.related = [
        ContactPoint(kind=kind, value=value)
        for column, kind in RELATED_COLUMNS.items() if (value := row.get(column))
    ]
    record.linkedin_url = next(
        (link for u in record.urls if (link := normalise_linkedin_url(u.value))), None
    )
    return record


def _phones(row: CsvRow) -> list[ContactPoint]:
    return [
        phone_point(kind, value, "" if kind else column, column == "Primary Phone")
        for column, kind in PHONE_KINDS.items() if (value := row.get(column))
    ]


def _urls(row: CsvRow) -> list[ContactPoint]:
    columns = {"Web Page": "work", "Personal Web Page": "home"}
    return [ContactPoint(kind=k, value=v) for c, k in columns.items() if (v := row.get(c))]


def _address(row: CsvRow, prefix: str) -> ContactPoint | None:
    streets = [row.get(f"{prefix} Street{n}") for n in ("", " 2", " 3")]
    address = Address(
        po_box=row.get(f"{prefix} Address PO Box"),
        street="\n".join(s for s in streets if s),
        locality=row.get(f"{prefix} City"),
        region=row.get(f"{prefix} State"),
        postal_code=row.get(f"{prefix} Postal Code"),
        country=row.get(f"{prefix} Country/Region", f"{prefix} Country"),
    )
    formatted = address.formatted()
    if not formatted:
        return None
    return ContactPoint(kind=ADDRESS_KINDS[prefix], value=formatted, address=address)
