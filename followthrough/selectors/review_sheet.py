"""The weekly review laid out for a page. The Review page, `followthrough review --html` and the
Monday email render one template (review/sections.html) from this context; only their links
and frame differ. Long sections are cut to CAP lines so the page prints on one sheet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.template.loader import render_to_string

from followthrough.domain import charts
from followthrough.domain import review as rules
from followthrough.domain.habits import Share
from followthrough.domain.relative import relative

CAP = 6  # lines a section shows on a page; the JSON has them all
CLIP = 90  # characters of a name or a text a page shows (a title may be 300)
SPARK_WIDTH, SPARK_HEIGHT = 100, 24
EMPTY_LINE = ("A quiet week: nothing slipped, nothing is due in the next seven days, nobody is "
              "about to lapse and no offer is waiting. Met someone new? Record them and the "
              "next review will have them.")

PersonLink = Callable[[int, int | None], str]  # (person id, step id or None) -> address


@dataclass(frozen=True)
class Line:
    person: str
    link: str  # "" on a page without links (the printed file)
    text: str
    when: str
    note: str = ""  # the give-note of a call
    warning: str = ""
    late: bool = False


@dataclass(frozen=True)
class Part:
    lines: list[Line] = field(default_factory=list)  # the first CAP
    rest: list[Line] = field(default_factory=list)  # the others (a page folds them away)

    @property
    def total(self) -> int:
        return len(self.lines) + len(self.rest)

    @property
    def more(self) -> int:
        return len(self.rest)


@dataclass(frozen=True)
class HabitLine:
    label: str
    bars: list[tuple[charts.Bar, bool]]  # (bar, is the week under review)
    this_week: str
    before: str
    description: str  # the bars in words, for screen readers


@dataclass(frozen=True)
class Sheet:
    """What a page of the review shows (templates read it as `sheet`)."""

    title: str  # "Week 10, 2026"
    span: str  # "2–8 March 2026"
    week_label: str  # "2026-W10"
    empty: bool
    summary: str
    parts: list[tuple[str, str, Part, str]]  # (id, heading, lines, what to say when empty)
    habits: list[HabitLine]
    empty_line: str = EMPTY_LINE
    spark_width: int = SPARK_WIDTH
    spark_height: int = SPARK_HEIGHT


def sheet(
    review: rules.Review, *, zone: ZoneInfo, person_link: PersonLink | None = None,
    cap: int | None = CAP, clip: int | None = CLIP,
) -> Sheet:
    """Headings, counts, lines (capped, long texts clipped: a page must print on one sheet),
    the habits' small bars."""
    def day(moment: datetime) -> str:
        local = moment.astimezone(zone)
        return f"{local:%a} {local.day} {local:%b}"

    def line(person: rules.PersonRef, step_id: int | None, text: str, when: str, *,
             note: str = "", warning: str = "", late: bool = False) -> Line:
        link = person_link(person.id, step_id) if person_link else ""
        return Line(_clipped(person.name, clip), link, _clipped(text, clip), when,
                    _clipped(note, clip), warning, late)

    def part(lines: list[Line]) -> Part:
        return Part(lines[:cap], lines[cap:]) if cap else Part(lines)

    at = review.at
    slipped = [line(s.step.person, s.step.id, s.step.title, s.lateness, late=s.still_open)
               for s in review.slipped]
    coming = [line(c.step.person, c.step.id, c.step.title,
                   f"{day(c.step.due_at)}, {c.step.due_at.astimezone(zone):%H:%M}",
                   note=c.give_note,
                   warning="no note of what you can give them" if c.missing_give_note else "")
              for c in review.this_week]
    lapsing = [line(d.person, d.step_id, "meet face to face",
                    f"by {day(d.due_at)}, {relative(d.due_at, at)}") for d in review.lapsing.soon]
    lapsing += [line(d.person, d.step_id, "lapsed",
                     f"{day(d.due_at)}{'' if d.still_open else ', met since'}", late=d.still_open)
                for d in review.lapsing.lapsed]
    offers = [line(o.person, None, o.text, f"since {day(o.created_at)}")
              for o in review.offers_open]
    changes = [line(c.person, None, "became a relationship", f"met {day(c.at)}")
               for c in review.relationships.gained]
    changes += [line(c.person, None, "no longer a relationship", f"cadence ran out {day(c.at)}")
                for c in review.relationships.lost]
    return Sheet(
        title=f"Week {review.week.number}, {review.week.year}",
        span=week_span(review.week),
        week_label=review.week.label,
        empty=review.is_empty,
        summary=summary(review),
        parts=[
            ("slipped", "What slipped", part(slipped), "Nothing slipped."),
            ("this-week", "Due in the next 7 days", part(coming),
             "Nothing is due in the next seven days."),
            ("lapsing", "Lapsing and lapsed", part(lapsing), "Nobody is about to lapse."),
            ("offers", "Offers still open", part(offers), "No offer is waiting."),
            ("relationships", "Relationships gained and lost", part(changes),
             "No relationship began or ended."),
        ],
        habits=[habit_line(t) for t in review.habits],
    )


def _clipped(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[:limit - 1].rstrip() + "…"


def week_span(week: rules.Week) -> str:
    """'2–8 March 2026', '30 March – 5 April 2026', '29 December 2025 – 4 January 2026'."""
    first = week.start.date()
    last = first + timedelta(days=6)
    if first.year != last.year:
        return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
    if first.month != last.month:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day}–{last.day} {last:%B %Y}"


def summary(review: rules.Review) -> str:
    counts = [(len(review.slipped), "slipped"),
              (len(review.this_week), "due in the next 7 days"),
              (len(review.lapsing.soon) + len(review.lapsing.lapsed), "lapsing or lapsed"),
              (len(review.offers_open), "offers open")]
    return " · ".join(f"{n} {what}" for n, what in counts)


def _percent(share: Share) -> str:
    return f"{share.ratio:.0%}" if share.ratio is not None else "–"


def habit_line(trend: rules.HabitTrend) -> HabitLine:
    bars = charts.vertical_bars(
        [(w.week.label, w.share.ratio, _percent(w.share)) for w in trend.weeks],
        width=SPARK_WIDTH, height=SPARK_HEIGHT)
    *earlier, current = trend.weeks
    before = Share(sum(w.share.hits for w in earlier), sum(w.share.total for w in earlier))
    words = "; ".join(f"{w.week.label}: {w.share.hits} of {w.share.total} on time"
                      if w.share.total else f"{w.week.label}: none due" for w in trend.weeks)
    return HabitLine(
        label=trend.label,
        bars=[(bar, index == len(bars) - 1) for index, bar in enumerate(bars)],
        this_week=f"{current.share.hits}/{current.share.total} ({_percent(current.share)})"
        if current.share.total else "none due",
        before=f"{before.hits}/{before.total} ({_percent(before)})" if before.total else "none due",
        description=f"{trend.label}, on time week by week: {words}.",
    )


def standalone_html(review: rules.Review, *, zone: ZoneInfo) -> str:
    """One self-contained page (inline CSS and SVG, no script, nothing fetched) that prints on
    one A4 or Letter sheet: `followthrough review --html FILE`."""
    return render_to_string("review/standalone.html", {
        "sheet": sheet(review, zone=zone), "svg": True})
