"""Load the curated word lists (lexicons/*.toml): one file per category, kept as data.

Each file has a `[category]` table (why an employer cares, a suggestion, a source note and
which context rules apply) and entries of two kinds:

- `[[entry]]`: terms that are findings on their own, unless an innocent phrase follows or
  precedes them ("wasted" + "time", "photo" + "shoot"), or one of a few words stands near
  them (`innocent_near`: "cock" near "rooster", "ass" near "donkey");
- `[[pair]]`: two lists that are a finding only when one word of each stands within a few
  words of each other ("my boss" ... "idiot"); that is how identity words such as "gay" or
  "Muslim" take part without ever being findings on their own.

A term ending in `*` also matches longer words that start with it ("fuck*" -> "fucking").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from followthrough.audit.context import spaced
from followthrough.audit.findings import CATEGORIES, AuditError, Severity


@dataclass(frozen=True)
class CategoryRules:
    key: str
    why: str
    suggestion: str
    source: str
    negatable: bool  # "I don't drink" is no finding
    mention_ok: bool  # 'the word "wasted"' talks about a word rather than using it
    dish_names: bool = False  # "Tipsy Dumplings", "Porn Star Martini cheesecake" name food
    reported_ok: bool = False  # "police caught the gang importing cocaine" reports, not confesses


@dataclass(frozen=True)
class Entry:
    category: str
    terms: tuple[str, ...]
    severity: Severity
    why: str
    innocent_before: tuple[str, ...] = ()
    innocent_after: tuple[str, ...] = ()
    # Words within a few of the term that show its innocent sense: "a cock that crows".
    innocent_near: tuple[str, ...] = ()
    # Capitalised inside a sentence and followed by a capitalised word, the term is part of a
    # name: "Dick Emery", "Cock Lane", "Arrogant Bastard Ale", "the Sex Pistols".
    names: bool = False


@dataclass(frozen=True)
class Pair:
    category: str
    first: tuple[str, ...]
    second: tuple[str, ...]
    severity: Severity
    why: str
    window: int = 5  # at most this many words between the two
    ordered: bool = False  # True: the `first` word must come first
    innocent_after: tuple[str, ...] = ()  # checked after the later word


@dataclass(frozen=True)
class Lexicon:
    categories: dict[str, CategoryRules]
    entries: tuple[Entry, ...]
    pairs: tuple[Pair, ...]


def _strings(table: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise AuditError(f"{where}: {key} must be a list of strings")
    return tuple(v.lower() for v in values)


def _phrases(table: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    """Innocent phrases, with hyphens read as spaces ("cock-of-the-rock"), as context.py compares them."""
    return tuple(spaced(phrase) for phrase in _strings(table, key, where))


def _words(table: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    """Single words, as context.near compares them word by word."""
    words = _strings(table, key, where)
    if phrases := [w for w in words if len(w.split()) != 1]:
        raise AuditError(f"{where}: {key} takes single words, not {phrases[0]!r}")
    return words


def _severity(table: dict[str, object], where: str) -> Severity:
    try:
        return Severity.parse(str(table.get("severity", "medium")))
    except KeyError:
        raise AuditError(f"{where}: severity must be low, medium or high") from None


def _entry(category: str, table: dict[str, object], where: str) -> Entry:
    return Entry(
        category=category,
        terms=_strings(table, "terms", where),
        severity=_severity(table, where),
        why=str(table.get("why", "")),
        innocent_before=_phrases(table, "innocent_before", where),
        innocent_after=_phrases(table, "innocent_after", where),
        innocent_near=_words(table, "innocent_near", where),
        names=bool(table.get("names", False)),
    )


def _pair(category: str, table: dict[str, object], where: str) -> Pair:
    return Pair(
        category=category,
        first=_strings(table, "first", where),
        second=_strings(table, "second", where),
        severity=_severity(table, where),
        why=str(table.get("why", "")),
        window=int(table.get("window", 5)),  # type: ignore[call-overload]  # TOML: a number, or a clear error
        ordered=bool(table.get("ordered", False)),
        innocent_after=_phrases(table, "innocent_after", where),
    )


def parse_lexicon_file(name: str, text: str) -> tuple[CategoryRules, list[Entry], list[Pair]]:
    try:
        document = tomllib.loads(text)
        header = document["category"]
        key = header["key"]
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise AuditError(f"lexicon {name}: {error}") from None
    if key not in CATEGORIES:
        raise AuditError(f"lexicon {name}: unknown category {key!r}")
    rules = CategoryRules(
        key=key,
        why=header.get("why", ""),
        suggestion=header.get("suggestion", ""),
        source=header.get("source", ""),
        negatable=bool(header.get("negatable", False)),
        mention_ok=bool(header.get("mention_ok", False)),
        dish_names=bool(header.get("dish_names", False)),
        reported_ok=bool(header.get("reported_ok", False)),
    )
    entries = [_entry(key, t, f"{name} entry {i}") for i, t in enumerate(document.get("entry", []))]
    _refuse_terms_twice(name, entries)
    pairs = [_pair(key, t, f"{name} pair {i}") for i, t in enumerate(document.get("pair", []))]
    return rules, entries, pairs


def _refuse_terms_twice(name: str, entries: list[Entry]) -> None:
    """A term in two entries would be found by the one whose innocent senses do not cover it
    ("kinky" in "Kinky Boots" was), so each term belongs to one entry of its category."""
    first_entry: dict[str, int] = {}
    for index, entry in enumerate(entries):
        for term in entry.terms:
            if (earlier := first_entry.setdefault(term, index)) != index:
                raise AuditError(f"{name} entry {index}: {term!r} is already in entry {earlier}")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every lexicon shipped in followthrough/audit/lexicons, read once per process."""
    categories: dict[str, CategoryRules] = {}
    entries: list[Entry] = []
    pairs: list[Pair] = []
    folder = resources.files("followthrough.audit") / "lexicons"
    for resource in sorted(folder.iterdir(), key=lambda r: r.name):
        if not resource.name.endswith(".toml"):
            continue
        rules, file_entries, file_pairs = parse_lexicon_file(resource.name, resource.read_text())
        categories[rules.key] = rules
        entries += file_entries
        pairs += file_pairs
    return Lexicon(categories, tuple(entries), tuple(pairs))
