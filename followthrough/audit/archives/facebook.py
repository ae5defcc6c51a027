"""Facebook "Download your information" JSON: your posts and your comments.

Posts: a top-level array of {timestamp, data: [{post}], attachments?, title?}
(your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json, older
posts/your_posts_1.json). Comments: {"comments_v2": [{timestamp, data: [{comment:
{comment, timestamp}}], title}]} (older exports use the key "comments").
All text is mojibake (see shapes.repair_mojibake).
"""

from __future__ import annotations

from typing import Any

from followthrough.audit.archives.shapes import (
    ParseResult,
    as_dict,
    as_list,
    decode,
    from_timestamp,
    load_json,
    repair_mojibake,
    skipped_note,
    string,
)
from followthrough.audit.findings import AuditError, Item


def _entries(name: str, document: Any, keys: tuple[str, ...]) -> list[Any]:
    if isinstance(document, list):
        return document
    for key in keys:
        if isinstance(as_dict(document).get(key), list):
            return document[key]
    raise AuditError(f"{name}: expected a list of entries, found {type(document).__name__}")


def _post_texts(entry: dict[str, Any]) -> list[str]:
    posts = [string(as_dict(part).get("post")) for part in as_list(entry.get("data"))]
    texts = [repair_mojibake(text) for text in posts if text]
    for attachment in as_list(entry.get("attachments")):
        for part in as_list(as_dict(attachment).get("data")):
            description = string(as_dict(as_dict(part).get("media")).get("description"))
            if description and repair_mojibake(description) not in texts:
                texts.append(repair_mojibake(description))
    return texts


def _post_kind(entry: dict[str, Any]) -> str:
    title = string(entry.get("title")) or ""
    return "post on another profile" if "timeline" in title or " on " in title else "post"


def parse_posts(name: str, data: bytes) -> ParseResult:
    result = ParseResult()
    skipped = 0
    for entry in _entries(name, load_json(name, decode(name, data)), ("status_updates_v2",)):
        if not isinstance(entry, dict):
            skipped += 1
            continue
        texts = _post_texts(entry)
        if texts:
            date = from_timestamp(entry.get("timestamp"))
            result.items.append(Item("facebook", _post_kind(entry), "\n".join(texts), name, date))
    result.problems += skipped_note(name, skipped, "Facebook posts")
    return result


def parse_comments(name: str, data: bytes) -> ParseResult:
    result = ParseResult()
    skipped = 0
    document = load_json(name, decode(name, data))
    for entry in _entries(name, document, ("comments_v2", "comments")):
        if not isinstance(entry, dict):
            skipped += 1
            continue
        comments = [as_dict(as_dict(part).get("comment")) for part in as_list(entry.get("data"))]
        texts = [repair_mojibake(t) for t in (string(c.get("comment")) for c in comments) if t]
        if not texts:
            continue
        date = from_timestamp(entry.get("timestamp") or comments[0].get("timestamp"))
        result.items.append(Item("facebook", "comment", "\n".join(texts), name, date))
    result.problems += skipped_note(name, skipped, "Facebook comments")
    return result
