from __future__ import annotations

from followthrough.audit.archives.instagram import parse_posts
from followthrough.audit.archives.linkedin import parse_comments, parse_shares
from tests.audit.helpers import fixture_bytes


def test_it_reads_multi_line_shares() -> None:
    result = parse_shares("Shares.csv", fixture_bytes("linkedin-Shares.csv"))
    assert len(result.items) == 2
    assert '"relationship reviews"' in result.items[0].text
    assert "\n\n1. Write the follow-up" in result.items[0].text
    assert result.items[0].link.endswith("urn%3Ali%3Ashare%3A7386314013934475231")


def test_it_reads_comments() -> None:
    result = parse_comments("Comments.csv", fixture_bytes("linkedin-Comments.csv"))
    assert result.items[0].text.endswith("my manager is clueless about this.")
    assert result.items[1].text == 'Congrats on the launch, "well deserved"!'


def test_it_reads_instagram_captions_from_media_or_title() -> None:
    result = parse_posts("posts_1.json", fixture_bytes("instagram-posts_1.json"))
    assert [item.text for item in result.items] == ["Tequila shots in Málaga 🥃",
                                                     "Sunset over the Tagus"]
