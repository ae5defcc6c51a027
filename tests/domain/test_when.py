from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followthrough.domain.when import UnreadableTime, parse_when

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 21, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday 6pm", datetime(2026, 11, 24, 18, 0, tzinfo=BERLIN)),
        ("2 days ago", datetime(2026, 11, 23, 21, 0, tzinfo=BERLIN)),
        ("2026-11-20 18:30", datetime(2026, 11, 20, 18, 30, tzinfo=BERLIN)),
    ],
)
def test_it_reads_what_people_type_in_their_own_zone(text, expected):
    assert parse_when(text, now=NOW, zone=BERLIN) == expected


@pytest.mark.parametrize("text", ["", "the other day-ish", "x" * 500])
def test_it_says_clearly_when_it_cannot_read_a_time(text):
    with pytest.raises(UnreadableTime, match="cannot read"):
        parse_when(text, now=NOW, zone=BERLIN)
