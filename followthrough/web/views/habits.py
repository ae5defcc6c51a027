"""Habits: the follow-through funnel, relationships versus connections, the weekly on-time rate."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest, HttpResponse

from followthrough.domain import charts
from followthrough.preferences import Preferences
from followthrough.selectors.habit_charts import habit_charts_for
from followthrough.selectors.habits import habit_stats_for, step_records
from followthrough.web.access import now, page, prefs_of, render_page
from followthrough.web.owner_pages import cached_page

WIDTH, PLOT_HEIGHT = 640, 200


@page
def habits(request: HttpRequest) -> HttpResponse:
    """Kept like Today per owner, data version and minute (web/owner_pages.py): its figures
    read every step the owner has, so a repeat visit must not read them again."""
    prefs, moment = prefs_of(request), now()
    return cached_page(request, prefs, moment,
                       lambda csrf_token: _render_habits(request, prefs, moment, csrf_token))


def _render_habits(request: HttpRequest, prefs: Preferences, moment: datetime,
                   csrf_token: str | None) -> HttpResponse:
    records = step_records(request.user, prefs.playbook)  # read once for both
    data = habit_charts_for(request.user, now=moment, zone=prefs.zone, playbook=prefs.playbook,
                            records=records)
    stats = habit_stats_for(request.user, now=moment, playbook=prefs.playbook, records=records)
    funnel_bars = charts.horizontal_bars(
        [(s.label, s.count, str(s.count)) for s in data.funnel],
        width=WIDTH, bar_height=30, gap=14, label_width=250)
    top = charts.nice_top(max((p.connections for p in data.history), default=0))
    weekly_bars = charts.vertical_bars(
        [(f"{w.start.day} {w.start:%b}", w.ratio,
          f"{w.ratio:.0%}" if w.ratio is not None else "–") for w in data.weekly],
        width=WIDTH - 40, height=PLOT_HEIGHT)
    return render_page(request, "web/habits.html", {
        "stats": stats, "data": data,
        "funnel_bars": funnel_bars, "funnel_height": len(funnel_bars) * 44,
        "width": WIDTH, "plot_height": PLOT_HEIGHT, "history_top": top,
        "connections_line": charts.polyline([p.connections for p in data.history],
                                            width=WIDTH - 60, height=PLOT_HEIGHT, top=top),
        "relationships_line": charts.polyline([p.relationships for p in data.history],
                                              width=WIDTH - 60, height=PLOT_HEIGHT, top=top),
        "history_first": data.history[0], "history_last": data.history[-1],
        "weekly_bars": weekly_bars,
        "weekly_rows": list(zip(data.weekly, weekly_bars, strict=True)),
    }, current=moment, csrf_token=csrf_token)
