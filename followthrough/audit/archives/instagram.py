"""Instagram posts (your_instagram_activity/content/posts_1.json, older content/posts_1.json).

A top-level array of {media: [{uri, creation_timestamp, title}], title?, creation_timestamp?}.
A single-photo post keeps its caption in media[0].title; an album in the top-level title.
Text is mojibake, as in Facebook exports.
"""

from __future__ import annotations

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


def parse_posts(name: str, data: bytes) -> ParseResult:
    document = load_json(name, decode(name, data))
    if not isinstance(document, list):
        raise AuditError(f"{name}: expected a list of posts, found {type(document).__name__}")
    result = ParseResult()
    skipped = 0
    for entry in document:
        if not isinstance(entry, dict):
            skipped += 1
            continue
        first = as_dict((as_list(entry.get("media")) or [None])[0])
        caption = string(entry.get("title")) or string(first.get("title"))
        if caption:
            date = from_timestamp(entry.get("creation_timestamp") or first.get("creation_timestamp"))
            item = Item("instagram", "post", repair_mojibake(caption), name, date)
            result.items.append(item)
    result.problems += skipped_note(name, skipped, "Instagram posts")
    return result
