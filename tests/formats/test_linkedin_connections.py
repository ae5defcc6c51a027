from __future__ import annotations

import datetime as dt

import pytest

from followthrough.formats.linkedin_csv import read_linkedin_csv
from followthrough.formats.records import FormatError
from tests.formats.helpers import fixture_bytes


def _rows():
    return list(read_linkedin_csv(fixture_bytes("linkedin-Connections.csv"), "Connections.csv"))


def test_it_skips_the_notes_preamble_and_reads_six_connections():
    people = _rows()
    assert [p.full_name for p in people] == [
        "Marta Lindqvist", "Hiroshi Tanabe", "Priya Venkataraman", "Diego Alarcón",
        "Léa Marchand", "Oluwaseun Adeyemi"]
    assert [p.source.line for p in people] == [5, 6, 7, 8, 9, 10]


def test_it_reads_connected_on_dates_urls_and_the_only_email():
    marta, _, priya, diego, *_ = _rows()
    assert marta.connected_on == dt.date(2025, 10, 21)
    assert marta.linkedin_url == "https://www.linkedin.com/in/mlindqvist-5c2e9"
    assert [e.value for e in priya.emails] == ["priya.v@example.org"]
    assert marta.emails == []
    assert diego.organisation == "Alarcón, Reyes & Partners"
    assert diego.title == "Managing Partner"


def test_a_file_without_the_linkedin_header_says_so():
    with pytest.raises(FormatError, match="no header row found: expected LinkedIn's header"):
        list(read_linkedin_csv(b"Notes:\n\"Some text\"\n\nMarta,Lindqvist\n", "Connections.csv"))


def test_an_unreadable_date_names_line_and_column():
    data = (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            b"A,B,,,,,yesterday\n")
    with pytest.raises(FormatError) as caught:
        list(read_linkedin_csv(data, "c.csv"))
    assert str(caught.value).startswith("c.csv, line 2, field Connected On:")
