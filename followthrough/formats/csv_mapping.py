"""Helpers shared by the CSV dialects: labels to kinds, dates, finishing a record."""

from __future__ import annotations

import re

from followthrough.formats.phones import split_extension
from followthrough.formats.records import ContactPoint, ContactRecord, FormatError, SourceRef

# Labels the products print, mapped to the vCard TYPE words the vCard reader uses.
_KIND_FOR_LABEL = {
    "work": "work", "business": "work", "home": "home", "personal": "home",
    "mobile": "cell", "cell": "cell", "other": "other", "main": "main",
    "work fax": "work,fax", "home fax": "home,fax", "fax": "fax", "pager": "pager",
}
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


def kind_and_label(text: str) -> tuple[str, str, bool]:
    """Google/Outlook label -> (kind, free-text label, preferred).

    `* Work` is Google's mark for the primary value; a known word becomes a kind,
    anything else stays a label.
    """
    label = text.strip()
    preferred = label.startswith("* ")
    if preferred:
        label = label[2:].strip()
    kind = _KIND_FOR_LABEL.get(label.lower(), "")
    return kind, ("" if kind else label), preferred


def parse_csv_date(text: str) -> str | None:
    """`9/17/1984`, `1984-09-17`, `--11-02` -> ISO; `0/0/00` (Outlook's "none") -> None."""
    value = text.strip()
    if match := _ISO_DATE.match(value):
        return value
    if match := _NO_YEAR.match(value):
        return f"--{match.group(1)}-{match.group(2)}"
    if match := _US_DATE.match(value):
        month, day, year = (int(part) for part in match.groups())
        if month == 0 or day == 0 or year < 100:  # 0/0/00: no date
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def split_multi(text: str) -> list[str]:
    """Google joins several values in one cell with ` ::: `."""
    return [part.strip() for part in text.split(":::") if part.strip()]


def phone_point(kind: str, text: str, label: str = "", preferred: bool = False) -> ContactPoint:
    value, extension = split_extension(text)
    return ContactPoint(kind, value, label, preferred, extension=extension)


def finish(record: ContactRecord, source: SourceRef) -> ContactRecord:
    """Derive the display name; a row with no name, company or e-mail is an error."""
    if not record.full_name:
        parts = (record.prefix, record.given_name, record.additional_names,
                 record.family_name, record.suffix)
        record.full_name = " ".join(p for p in parts if p)
    if not record.full_name:
        record.full_name = record.organisation or next(
            (e.value for e in record.emails if e.value), ""
        )
    if not record.full_name:
        raise FormatError.at(source, "row has no name, company or e-mail")
    record.source = source
    return record
