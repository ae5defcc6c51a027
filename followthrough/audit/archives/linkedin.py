"""LinkedIn "Get a copy of your data": Shares.csv and Comments.csv.

Shares.csv: Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility.
Comments.csv: Date,Link,Message. Cells may be quoted over several lines with "" for a quote.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from followthrough.audit.archives.shapes import ParseResult, decode
from followthrough.audit.findings import AuditError, Item

# file kind -> (column with the text, column with the link, what an item is called)
COLUMNS: dict[str, tuple[str, str, str]] = {
    "shares": ("ShareCommentary", "ShareLink", "share"),
    "comments": ("Message", "Link", "comment"),
}


def _date(value: str | None) -> datetime | None:
    try:
        return datetime.strptime((value or "").strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _link(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.startswith("https://") else None


def parse(name: str, data: bytes, kind: str) -> ParseResult:
    text_column, link_column, item_kind = COLUMNS[kind]
    reader = csv.DictReader(io.StringIO(decode(name, data), newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise AuditError(f"{name}: not a readable CSV file ({error})") from None
    if text_column not in header:
        found = ", ".join(header[:8]) or "nothing"
        raise AuditError(f"{name}: no {text_column} column (found {found})")
    result = ParseResult()
    try:
        for row in reader:
            text = row.get(text_column)
            if isinstance(text, str) and text.strip():
                date, link = _date(row.get("Date")), _link(row.get(link_column))
                result.items.append(Item("linkedin", item_kind, text, name, date, link))
    except csv.Error as error:
        result.problems.append(f"{name}: stopped at line {reader.line_num}: {error}")
    return result


def parse_shares(name: str, data: bytes) -> ParseResult:
    return parse(name, data, "shares")


def parse_comments(name: str, data: bytes) -> ParseResult:
    return parse(name, data, "comments")
