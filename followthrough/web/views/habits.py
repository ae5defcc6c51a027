"""Habits: how well the playbook is kept, relationships versus connections, the weekly on-time
rate. Each chart is drawn twice, for a wide box and a narrow one (a phone): the page shows the
one that fits, so its type is never shrunk below what can be read."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse

from followthrough.domain import charts
from followthrough.domain.kinds import Status
from followthrough.preferences import Preferences
from followthrough.selectors.habit_charts import HabitCharts, habit_charts_for
from followthrough.selectors.habits import HabitStats, habit_stats_for
from followthrough.web.access import now, page, prefs_of, render_page
from followthrough.web.owner_pages import cached_page

# viewBox widths: the wide drawing is shown in boxes of 30rem and more (scale >= .75), the
# narrow one below; chart type is 15 and 16 units, so never under 11 px on screen.
WIDE, NARROW, PLOT_HEIGHT, NARROW_PLOT_HEIGHT = 640, 320, 200, 180


@page
def habits(request: HttpRequest) -> HttpResponse:
    """Kept like Today per owner, data version and minute (web/owner_pages.py): a repeat
    visit does not count the figures again."""
    prefs, moment = prefs_of(request), now()
    return cached_page(request, prefs, moment,
                       lambda csrf_token: _render_habits(request, prefs, moment, csrf_token))


def _render_habits(request: HttpRequest, prefs: Preferences, moment: datetime,
                   csrf_token: str | None) -> HttpResponse:
    stats = habit_stats_for(request.user, now=moment, playbook=prefs.playbook)
    data = habit_charts_for(request.user, now=moment, zone=prefs.zone, playbook=prefs.playbook,
                            stats=stats)
    return render_page(request, "web/habits.html", {
        "stats": stats, "data": data, "meetings": data.funnel[0].count,
        "wide": WIDE, "narrow": NARROW, "plot_height": PLOT_HEIGHT,
        "narrow_plot_height": NARROW_PLOT_HEIGHT,
        **_follow_through(data), **_history(data), **_weekly(data), **_statuses(stats),
    }, current=moment, csrf_token=csrf_token)


def _follow_through(data: HabitCharts) -> dict[str, Any]:
    stages = [(s.label, s.ratio or 0, f"{s.count} of {s.total}") for s in data.funnel[1:]]
    wide = charts.horizontal_bars(stages, width=WIDE, bar_height=28, gap=16, label_width=270,
                                  top=1, value_room=80)
    narrow = charts.horizontal_bars(stages, width=NARROW, bar_height=22, gap=38, label_width=0,
                                    top=1, value_room=0, first_y=26)
    return {"stage_rows": list(zip(data.funnel[1:], wide, narrow, strict=True)),
            "stages_wide_height": len(wide) * 44 - 16,
            "stages_narrow_height": 26 + len(narrow) * 60 - 38 + 4}


def _history(data: HabitCharts) -> dict[str, Any]:
    top = charts.nice_top(max((p.connections for p in data.history), default=0))
    lines = {}
    for name, width, height in (("wide", WIDE - 60, PLOT_HEIGHT),
                                ("narrow", NARROW - 50, NARROW_PLOT_HEIGHT)):
        for series in ("connections", "relationships"):
            lines[f"{series}_{name}"] = charts.polyline(
                [getattr(p, series) for p in data.history], width=width, height=height, top=top)
    return {"history_top": top, "history_first": data.history[0],
            "history_last": data.history[-1], "lines": lines}


def _weekly(data: HabitCharts) -> dict[str, Any]:
    weeks = [(f"{w.start.day} {w.start:%b}", w.ratio, f"{w.ratio:.0%}" if w.ratio is not None
              else "–") for w in data.weekly]
    wide = charts.vertical_bars(weeks, width=WIDE - 40, height=PLOT_HEIGHT)
    narrow = charts.horizontal_bars([(label, ratio or 0, text) for label, ratio, text in weeks],
                                    width=NARROW, bar_height=18, gap=10, label_width=70,
                                    top=1, value_room=52)
    return {"weekly_rows": list(zip(data.weekly, wide, narrow, strict=True)),
            "weekly_narrow_height": len(narrow) * 28 - 10}


def _statuses(stats: HabitStats) -> dict[str, Any]:
    counts = [(status.label.capitalize(), stats.statuses[status.value], str(stats.statuses[status.value]))
              for status in Status]
    wide = charts.horizontal_bars(counts, width=WIDE, bar_height=26, gap=14, label_width=150)
    narrow = charts.horizontal_bars(counts, width=NARROW, bar_height=20, gap=12, label_width=120,
                                    value_room=40)
    return {"status_rows": list(zip(Status, wide, narrow, strict=True)),
            "status_wide_height": len(wide) * 40 - 14, "status_narrow_height": len(narrow) * 32 - 12}
