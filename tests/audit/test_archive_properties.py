"""Arbitrary bytes in place of an export file raise nothing but AuditError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followthrough.audit import AuditError
from followthrough.audit.archives import facebook, instagram, linkedin, x
from tests.fuzz_budget import examples

PREFIX = b"window.YTD.tweets.part0 = "
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
PARSERS = [x.parse_tweets, facebook.parse_posts, facebook.parse_comments, instagram.parse_posts,
           linkedin.parse_shares, linkedin.parse_comments]


def parse_all(data: bytes) -> None:
    for parser in PARSERS:
        try:
            parser("member", data)
        except AuditError:
            pass


@settings(max_examples=examples(150), deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_only_audit_errors(data: bytes) -> None:
    parse_all(data)
    parse_all(PREFIX + data)


@settings(max_examples=examples(150), deadline=None)
@given(json_like)
def test_json_of_any_shape_raises_only_audit_errors(value: object) -> None:
    import json

    data = json.dumps(value).encode()
    parse_all(data)
    parse_all(PREFIX + data)
    parse_all(json.dumps({"comments_v2": value}).encode())
    parse_all(json.dumps([{"tweet": value, "data": value, "media": value, "title": value}]).encode())
