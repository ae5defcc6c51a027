"""Schemathesis hooks for tests/trust/test_api_fuzz.py: text no client should send.

Schemathesis draws strings that can be written as UTF-8, so it never sends a lone surrogate,
which JSON can carry (`"\\ud800"`) and which once answered 500. Each body is sent as drawn, or
with one of its texts (or an item of a list of texts) spoiled by a lone surrogate, NUL, a
terminal escape, a C1 control or a line break; each query as drawn or with control characters
(a URL cannot carry a surrogate). Ids in paths and bodies are drawn or the fuzzed owner's own,
so that spoiled texts also reach real rows. The fuzz test's checks then ask: never a 500, and
every answer as documented (a 422 for these).
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis
from hypothesis import strategies as st

SPOILERS = ["\ud800", "\udfff", "x\udbff", "\x00", "\x1b[2J", "\x1b]52;c;aGk=\x07", "\x9b31m",
            "\x7f", "\x08", "\r\nBcc: all@example.com", "\u2028"]


def _texts(value: dict[str, Any]) -> list[tuple[str, int | None]]:
    """(field, index in its list or None) of every text in a flat JSON object."""
    found: list[tuple[str, int | None]] = []
    for name, item in value.items():
        if isinstance(item, str):
            found.append((name, None))
        elif isinstance(item, list):
            found += [(name, i) for i, element in enumerate(item) if isinstance(element, str)]
    return found


def _spoiled(value: dict[str, Any], spoilers: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    places = _texts(value)
    if not places:
        return st.just(value)

    def spoil(choice: tuple[tuple[str, int | None], str, int]) -> dict[str, Any]:
        (name, index), spoiler, where = choice
        copy = {k: list(v) if isinstance(v, list) else v for k, v in value.items()}
        text = copy[name] if index is None else copy[name][index]
        at = where % (len(text) + 1)
        spoilt = text[:at] + spoiler + text[at:]
        if index is None:
            copy[name] = spoilt
        else:
            copy[name][index] = spoilt
        return copy

    return st.one_of(st.just(value), st.tuples(st.sampled_from(places), st.sampled_from(spoilers),
                                               st.integers(0, 1000)).map(spoil))


@schemathesis.hook
def flatmap_body(context: Any, body: Any) -> st.SearchStrategy[Any]:
    if not isinstance(body, dict):
        return st.just(body)
    return _with_real_ids(body).flatmap(lambda real: _spoiled(real, SPOILERS))


@schemathesis.hook
def flatmap_query(context: Any, query: Any) -> st.SearchStrategy[Any]:
    if not isinstance(query, dict):
        return st.just(query)
    return _spoiled(query, [s for s in SPOILERS if not _has_surrogate(s)])


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


def _owners_ids() -> dict[str, int]:
    """The fuzzed owner's ids (test_api_fuzz.py passes them): drawn ids would nearly all be
    404s, and a hostile text must reach the code behind the id to be tested."""
    return dict(json.loads(os.environ.get("FOLLOWTHROUGH_FUZZ_IDS", "{}")))


def _with_real_ids(value: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    ids = {name: number for name, number in _owners_ids().items() if name in value}
    return st.sampled_from([value, {**value, **ids}]) if ids else st.just(value)


@schemathesis.hook
def flatmap_path_parameters(context: Any, path_parameters: Any) -> st.SearchStrategy[Any]:
    if not isinstance(path_parameters, dict):
        return st.just(path_parameters)
    return _with_real_ids(path_parameters)
