"""Spreadsheet formulas in CSV cells: neutralised on writing, and the guard undone on reading.

A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is
written with a leading `'`, except a cell of digits and arithmetic only (`+1 (415) 555-0134`,
`--11-22`): it cannot call a function, and Outlook/Google would keep the quote in the number.
Reading our own Google and Outlook CSV takes the quote off again, so an export re-imports as
it was (a name `=1+1 spaced` stays that, not `'=1+1 spaced`).
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC_ONLY = re.compile(r"[+-]*[0-9][0-9 ()./+-]*(?: ext\. [0-9]+)?")


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection)."""
    if value.startswith(_FORMULA_START) and not _NUMERIC_ONLY.fullmatch(value):
        return "'" + value
    return value


def plain_cell(value: str) -> str:
    """`safe_cell` undone: exactly the cells it guarded lose their quote."""
    if value.startswith("'") and safe_cell(value[1:]) == value:
        return value[1:]
    return value
