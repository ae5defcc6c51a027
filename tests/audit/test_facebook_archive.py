from __future__ import annotations

from followthrough.audit import audit_archive
from followthrough.audit.archives.facebook import parse_comments, parse_posts
from followthrough.audit.archives.shapes import repair_mojibake
from tests.audit.helpers import BuildArchive, fixture_bytes


def test_it_repairs_facebook_mojibake() -> None:
    result = parse_posts("posts.json", fixture_bytes("facebook-posts.json"))
    assert result.items[0].text == "Tak for i aften, Søren! Best smørrebrød this side of Copenhagen 🎉"
    assert result.items[3].kind == "post on another profile"


def test_it_leaves_text_that_is_not_mojibake_alone() -> None:
    assert repair_mojibake("Søren") == "Søren"
    assert repair_mojibake("naïve ½") == "naïve ½"


def test_it_reads_comments_in_the_current_layout() -> None:
    result = parse_comments("comments.json", fixture_bytes("facebook-comments.json"))
    assert [item.text for item in result.items] == [
        "Søren, that party was wild, I was so drunk 🍺",
        "Congratulations on the new job!",
    ]


def test_it_reads_the_older_layout_from_a_folder(build_archive: BuildArchive) -> None:
    path = build_archive(
        {"posts/your_posts_1.json": fixture_bytes("facebook-posts.json"),
         "comments/comments.json": fixture_bytes("facebook-comments.json")},
        as_zip=False,
    )
    report = audit_archive(path)
    assert report.scanned == {"facebook": 6}
    [risky] = report.risky
    assert (risky.item.kind, risky.findings[0].words) == ("comment", ["drunk"])
