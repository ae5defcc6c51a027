"""X (Twitter) archive: data/tweets.js and its further parts (data/tweets-part1.js, ...).

Each file is JavaScript, `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`. We cut the
assignment off and parse the rest as JSON: the file is never evaluated. Text is HTML-escaped
(`&amp;`, `&lt;`), so it is unescaped before checking.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from followthrough.audit.archives.shapes import (
    ParseResult,
    as_dict,
    decode,
    load_json,
    skipped_note,
    string,
)
from followthrough.audit.findings import AuditError, Item

_PREFIX = re.compile(r"\s*window\.YTD\.\w+\.part\d+\s*=\s*")
_ID = re.compile(r"\d{1,25}")


def _created(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        return None


def _tweet(name: str, entry: Any) -> Item | None:
    tweet = as_dict(as_dict(entry).get("tweet")) or as_dict(entry)
    text = string(tweet.get("full_text")) or string(tweet.get("text"))
    if text is None:
        return None
    tweet_id = tweet.get("id_str") or tweet.get("id")
    link = None
    if isinstance(tweet_id, str) and _ID.fullmatch(tweet_id):
        link = f"https://x.com/i/status/{tweet_id}"
    kind = "reply" if tweet.get("in_reply_to_status_id_str") else "tweet"
    return Item("x", kind, html.unescape(text), name, _created(tweet.get("created_at")), link)


def parse_tweets(name: str, data: bytes) -> ParseResult:
    text = decode(name, data)
    prefix = _PREFIX.match(text)
    if prefix is None:
        raise AuditError(
            f"{name}: does not start with 'window.YTD.tweets.part0 = '; "
            "is this data/tweets.js from an X archive?"
        )
    document = load_json(name, text[prefix.end() :])
    if not isinstance(document, list):
        raise AuditError(f"{name}: expected a list of tweets, found {type(document).__name__}")
    result = ParseResult()
    for entry in document:
        item = _tweet(name, entry)
        if item is not None:
            result.items.append(item)
    result.problems += skipped_note(name, len(document) - len(result.items), "tweets with text")
    return result
