"""The Habits page and `followthrough stats` read one computation: the same data, the same figures."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from tests.web.helpers import html


def _call_step(payload: dict) -> str:  # type: ignore[type-arg]
    return str(next(s["id"] for s in payload["steps"] if s["kind"] == "call"))


def _page_row(page: str, stage: str) -> list[str]:
    row = re.search(rf"<tr><th scope=\"row\">{re.escape(stage)}</th>(.*?)</tr>", page)
    assert row, stage
    return re.findall(r"<td>(\d+)</td>", row.group(1))


def test_the_page_and_stats_agree_on_calls_made_on_time(web, owner, run, clock):
    """Three meetings, their first steps all missed, one call made on time: stats said 1 of 3
    while the funnel (counting calls only after first steps kept) said 0."""
    met = [json.loads(run("met", name, "--at", "Mixer", "--give", "an intro", "--json").output)
           for name in ("Ann Ames", "Bo Berg", "Cy Cole")]
    clock.shift(timedelta(days=29))
    assert run("done", _call_step(met[0])).exit_code == 0
    clock.shift(timedelta(days=11))
    figures = json.loads(run("stats", "--json").output)
    assert figures["calls_on_time"] == {"hits": 1, "total": 3, "ratio": 1 / 3}
    assert figures["first_window_on_time"] == {"hits": 0, "total": 3, "ratio": 0.0}
    web.force_login(owner)  # forty days on: the session of the first day has ended
    response = web.get("/habits/")
    assert response.status_code == 200
    page = html(response)
    assert _page_row(page, "Call within 30d") == ["1", "3", "0"]
    assert _page_row(page, "All first steps within 48h") == ["0", "3", "0"]
    assert "Call within 30d: 1 of 3 on time" in page


def test_every_chart_is_drawn_for_a_wide_and_a_narrow_box_with_one_description(web, run, clock):
    run("met", "Ann Ames", "--at", "Mixer")
    page = html(web.get("/habits/"))
    assert page.count('class="chart chart-wide-only"') == 4
    assert page.count('class="chart chart-narrow"') == 4
    assert page.count("<desc ") == 4
