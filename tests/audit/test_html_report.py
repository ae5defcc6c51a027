from __future__ import annotations

import re
from datetime import UTC, datetime

from followthrough.audit import AuditReport, Item, RiskyItem, check_text
from followthrough.audit.report_html import render_html


def report_with(text: str, link: str | None = None) -> AuditReport:
    item = Item("x", "tweet", text, "data/tweets.js", datetime(2024, 5, 1, tzinfo=UTC), link)
    return AuditReport("export.zip", [RiskyItem(item, tuple(check_text(text)))], {"x": 1})


def test_it_escapes_user_text_and_highlights_the_trigger() -> None:
    page = render_html(report_with("<script>alert(1)</script> so drunk"))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; so <mark>drunk</mark>" in page


def test_it_loads_nothing_from_the_network() -> None:
    page = render_html(report_with("so drunk", link="https://x.com/i/status/1"))
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "src=" not in page and "@import" not in page
    assert "default-src 'none'" in page
    assert '<a href="https://x.com/i/status/1" rel="noreferrer">open</a>' in page


def test_it_drops_links_that_are_not_https() -> None:
    page = render_html(report_with("so drunk", link="javascript:alert(1)"))
    assert "javascript:" not in page


def test_it_groups_by_category_and_charts_by_year() -> None:
    page = render_html(report_with("so drunk, holy shit"))
    assert "<h2>Alcohol and drugs (1)</h2>" in page
    assert "<h2>Profanity (1)</h2>" in page
    assert "<svg" in page and ">2024</text>" in page
    assert "<title>Alcohol and drugs: 1</title>" in page
