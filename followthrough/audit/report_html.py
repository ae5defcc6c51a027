"""A self-contained HTML page for an archive audit: inline CSS and SVG, nothing from the network.

Every piece of user text goes through html.escape; the Content-Security-Policy forbids
scripts and remote loads in case something slips through anyway.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from followthrough.audit.findings import CATEGORIES, AuditReport, Finding, RiskyItem

COLOURS = {
    "provocative": "#c2185b", "alcohol_drugs": "#7b1fa2", "discrimination": "#b71c1c",
    "badmouthing": "#e65100", "confidential": "#1565c0", "profanity": "#6d4c41",
    "personal_data": "#00838f", "violence": "#33691e", "deny_list": "#546e7a",
}  # fmt: skip

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.item{border-left:4px solid #ccc;padding:.4rem .8rem;margin:.8rem 0;background:#fafafa}
.item.high{border-color:#b71c1c}.item.medium{border-color:#e65100}.item.low{border-color:#9e9e9e}
.meta{color:#666;font-size:.85rem}.text{white-space:pre-wrap;margin:.3rem 0}
mark{background:#ffe082;padding:0 .1em}.why{font-size:.9rem}.problems{color:#8a4b00}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
.swatch{width:.8rem;height:.8rem;display:inline-block;margin-right:.3rem;vertical-align:middle}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def highlight(text: str, finding: Finding) -> str:
    """Escaped text with the finding's triggering words wrapped in <mark>."""
    parts, position = [], 0
    for trigger in sorted(finding.triggers, key=lambda t: t.start):
        if trigger.start < position:
            continue
        parts.append(escape(text[position : trigger.start]))
        parts.append(f"<mark>{escape(text[trigger.start : trigger.end])}</mark>")
        position = trigger.end
    parts.append(escape(text[position:]))
    return "".join(parts)


def _safe_link(link: str | None) -> str:
    if not link or not link.startswith("https://"):
        return ""
    return f' · <a href="{escape(link)}" rel="noreferrer">open</a>'


def _item_html(risky: RiskyItem, finding: Finding) -> str:
    item = risky.item
    date = item.date.strftime("%Y-%m-%d") if item.date else "undated"
    meta = f"{date} · {escape(item.platform)} {escape(item.kind)} · {finding.severity.label}"
    return (
        f'<div class="item {finding.severity.label}"><div class="meta">{meta}'
        f"{_safe_link(item.link)}</div>"
        f'<div class="text">{highlight(item.text, finding)}</div>'
        f'<div class="why">{escape(finding.why)} <em>{escape(finding.suggestion)}</em></div></div>'
    )


def _counts(report: AuditReport) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for risky in report.risky:
        year = str(risky.item.date.year) if risky.item.date else "undated"
        for finding in risky.findings:
            counts[(year, finding.category)] += 1
    return counts


def chart_svg(report: AuditReport) -> str:
    """Stacked bars: one per year, one colour per category."""
    counts = _counts(report)
    years = sorted({year for year, _ in counts})
    if not years:
        return ""
    totals = {year: sum(n for (y, _), n in counts.items() if y == year) for year in years}
    scale, bar, gap, height = 160 / max(totals.values()), 36, 18, 200
    width = len(years) * (bar + gap) + gap
    shapes = []
    for index, year in enumerate(years):
        x, y = gap + index * (bar + gap), 180.0
        for category in CATEGORIES:
            size = counts.get((year, category), 0) * scale
            if size:
                y -= size
                title = f"{CATEGORIES[category]}: {counts[(year, category)]}"
                shapes.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{size:.1f}" '
                              f'fill="{COLOURS[category]}"><title>{escape(title)}</title></rect>')
        shapes.append(f'<text x="{x + bar / 2}" y="196" font-size="11" text-anchor="middle">'
                      f"{escape(year)}</text>")
    legend = "".join(
        f'<span><i class="swatch" style="background:{COLOURS[c]}"></i>{escape(label)}</span>'
        for c, label in CATEGORIES.items() if any(k == c for _, k in counts)
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'role="img" aria-label="Findings by year and category">{"".join(shapes)}</svg>'
            f'<p class="legend">{legend}</p>')


def render_html(report: AuditReport) -> str:
    sections = []
    for category, label in CATEGORIES.items():
        entries = [(r, f) for r in report.risky for f in r.findings if f.category == category]
        if entries:
            body = "".join(_item_html(r, f) for r, f in entries)
            sections.append(f"<h2>{escape(label)} ({len(entries)})</h2>{body}")
    problems = "".join(f"<li>{escape(p)}</li>" for p in report.problems)
    scanned = ", ".join(f"{n} from {escape(p)}" for p, n in sorted(report.scanned.items()))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        "<title>Followthrough audit</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<h1>Audit of {escape(report.path)}</h1>"
        f"<p>{len(report.risky)} risky items out of {report.total_scanned} read"
        f"{' (' + scanned + ')' if scanned else ''}.</p>"
        f"{chart_svg(report)}"
        f"{'<h2>Could not read everything</h2><ul class=problems>' + problems + '</ul>' if problems else ''}"
        f"{''.join(sections)}</body></html>\n"
    )
