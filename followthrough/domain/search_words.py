"""The words a search asks for: folded (lower case, accents and punctuation gone), each to be
matched as the start of a word of the person's names, organisation or tags.

"José Müller-Lüdenscheidt" is found by "Jo", "mull" or "LÜD": the databases' own text search
folds the stored names the same way (selectors/search.py, migration 0013).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

WORD_MAX = 50
QUERY_WORDS_MAX = 8  # each word is one more term for the search engine; more only narrows
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters that Unicode does not decompose into a base letter plus an accent.
_LATIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                        "ı": "i"})


def fold(text: str) -> str:
    """Lower case without accents or punctuation: 'Tomás Ferreira-Quintal' -> 'tomas ferreira quintal'."""
    if text.isascii():  # the common case, ten times faster
        return " ".join(_NOT_ALNUM.sub(" ", text.lower()).split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


def search_fold(text: str) -> str:
    """`fold`, also turning ø, æ, ł and the like into the letters people type for them."""
    return fold(text if text.isascii() else text.casefold().translate(_LATIN))


def words_of(texts: Iterable[str]) -> set[str]:
    """The distinct folded words of some texts: what migrations 0005 and 0007 stored for the
    search-word table that migration 0013 replaced (a migration on main is never edited)."""
    return {word[:WORD_MAX] for text in texts if text for word in search_fold(text).split()}


def query_words(query: str) -> list[str]:
    """The words a search asks for, each to be matched as the start of some stored word."""
    return list(dict.fromkeys(word[:WORD_MAX] for word in search_fold(query).split()))[:QUERY_WORDS_MAX]
