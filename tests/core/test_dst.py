import json
from datetime import datetime

from tests.helpers import BERLIN


def test_a_meeting_at_2330_before_the_dst_change_is_due_48_real_hours_later(run, clock):
    clock.move_to(datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN))  # clocks go forward at 02:00
    payload = json.loads(run("met", "Night Owl", "--at", "Late mixer", "--json").output)
    due = {s["kind"]: s["due_at"] for s in payload["steps"]}
    assert due["linkedin"] == "2026-03-30T22:30:00+00:00"  # 00:30 CEST on 31 March
    met = datetime.fromisoformat(payload["meeting"]["at"])
    assert (datetime.fromisoformat(due["linkedin"]) - met).total_seconds() == 48 * 3600
    assert due["call"] == "2026-04-27T21:30:00+00:00"  # 23:30 local, 30 calendar days later
