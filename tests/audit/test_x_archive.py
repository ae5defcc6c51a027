from __future__ import annotations

from datetime import UTC, datetime

from followthrough.audit import audit_archive
from followthrough.audit.archives.x import parse_tweets
from tests.audit.helpers import BuildArchive, fixture_bytes


def test_it_reads_the_sample_tweets_with_entities_decoded() -> None:
    result = parse_tweets("data/tweets.js", fixture_bytes("x-tweets.js"))
    assert [item.text[:20] for item in result.items] == [
        "Personal CRM rule of",
        "@tfq_arquitetura Obr",
        "Q&A with @fjallkarta",
    ]
    assert "48h > a perfect" in result.items[0].text
    assert result.items[1].kind == "reply"
    assert result.items[2].link == "https://x.com/i/status/1909659310355382785"
    assert result.items[2].date == datetime(2025, 4, 8, 17, 27, 14, tzinfo=UTC)
    assert result.problems == []


def test_it_reads_every_part_of_the_tweets(build_archive: BuildArchive) -> None:
    path = build_archive({
        "data/tweets.js": fixture_bytes("x-tweets.js"),
        "data/tweets-part1.js": fixture_bytes("x-tweets-part1.js"),
    })
    report = audit_archive(path)
    assert report.scanned == {"x": 5}
    assert [r.item.link for r in report.risky] == [
        "https://x.com/i/status/1700000000000000001",
        "https://x.com/i/status/1600000000000000002",
    ]
    assert report.risky[0].item.text == "So hungover & my boss is an idiot"
