"""Which export a file is, from its first bytes: a renamed tweets.js, a Facebook your_posts_1.json
saved as posts.json or a Shares.csv called my-linkedin.csv are still what they are.

Each signature looks at the start of the file only (HEAD_BYTES), so telling the files of a large
archive apart costs one small read each.
"""

from __future__ import annotations

import re

HEAD_BYTES = 8192

# X: the archive's JavaScript assignment, `window.YTD.tweets.part0 = [` (older: `tweet.part0`).
_X_TWEETS = re.compile(r"^\s*window\.YTD\.tweets?\.part\d+\s*=")
# Facebook posts: a list of entries with their own "timestamp" (Instagram's say
# "creation_timestamp") whose "data" holds a "post"; or the older {"status_updates_v2": [...]}.
_JSON_LIST = re.compile(r"^\s*\[\s*\{")
_FACEBOOK_POST = re.compile(r'"post"\s*:')
_FACEBOOK_TIMESTAMP = re.compile(r'(?<![_\w])"timestamp"\s*:')
_FACEBOOK_STATUS = re.compile(r'^\s*\{\s*"status_updates_v2"\s*:')
# Facebook comments: {"comments_v2": [...]} (older: {"comments": [...]}) of {"comment": {...}}.
_FACEBOOK_COMMENTS = re.compile(r'^\s*\{\s*"comments(_v2)?"\s*:\s*\[')
# Instagram posts: a list of {"media": [{"uri": ..., "creation_timestamp": ...}]}.
_INSTAGRAM_MEDIA = re.compile(r'^\s*\[\s*\{\s*"media"\s*:\s*\[')
# LinkedIn: the CSV header rows of Shares.csv and Comments.csv.
_LINKEDIN_SHARES = re.compile(r"^[^\n]*\bShareCommentary\b")
_LINKEDIN_COMMENTS = re.compile(r"^\s*\"?Date\"?\s*,\s*\"?Link\"?\s*,\s*\"?Message\"?\s*$",
                                re.MULTILINE)


def sniff(head: bytes) -> str | None:
    """The kind of export file that starts with `head` ("x-tweets", "facebook-posts",
    "facebook-comments", "instagram-posts", "linkedin-shares", "linkedin-comments"), or None."""
    text = head.decode("utf-8-sig", errors="replace")
    if _X_TWEETS.match(text):
        return "x-tweets"
    if _FACEBOOK_COMMENTS.match(text):
        return "facebook-comments"
    if _FACEBOOK_STATUS.match(text):
        return "facebook-posts"
    if _INSTAGRAM_MEDIA.match(text):
        return "instagram-posts"
    if _JSON_LIST.match(text) and _FACEBOOK_POST.search(text) and _FACEBOOK_TIMESTAMP.search(text):
        return "facebook-posts"
    first_line = text.split("\n", 1)[0]
    if _LINKEDIN_SHARES.match(first_line):
        return "linkedin-shares"
    if _LINKEDIN_COMMENTS.match(first_line.strip()):
        return "linkedin-comments"
    return None
