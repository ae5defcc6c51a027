"""Turning a *why* written about someone ("she is building a data team") into words that speak
to them ("you are building a data team"), for the drafts that are addressed to them.

The rewrite is done only where it is safe: when the text speaks of one other person. A text
that mentions two (she ... him), or a pronoun whose verb cannot be found, is kept as written
and the caller gets a warning saying why, so a draft never says something garbled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\s+|[^A-Za-z\s]")

SUBJECTS = frozenset({"she", "he", "they"})
# Contractions of a subject pronoun, and what they become.
CONTRACTED = {
    "she'll": "you'll", "he'll": "you'll", "they'll": "you'll",
    "she'd": "you'd", "he'd": "you'd", "they'd": "you'd",
    "they're": "you're", "they've": "you've",
}
POSSESSIVES = frozenset({"her", "his", "their"})
STANDALONE_POSSESSIVES = frozenset({"hers", "theirs"})
OBJECTS = frozenset({"him", "them"})
REFLEXIVES = frozenset({"herself", "himself", "themselves", "themself"})
PRONOUNS = SUBJECTS | OBJECTS | POSSESSIVES | STANDALONE_POSSESSIVES | REFLEXIVES | {"you", "i"}
FEMININE = frozenset({"she", "her", "hers", "herself", "she's", "she'll", "she'd"})
MASCULINE = frozenset({"he", "him", "his", "himself", "he's", "he'll", "he'd"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves", "themself", "they're",
                    "they've", "they'll", "they'd"})

# The verbs whose form after "you" is not the third person's without its -s.
IRREGULAR = {
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go",
    "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
    "focuses": "focus", "biases": "bias", "buses": "bus", "says": "say",
    "are": "are", "were": "were", "have": "have", "do": "do",
}
# Words that sit between a subject and its verb without changing it.
ADVERBS = frozenset({
    "also", "just", "still", "now", "already", "really", "often", "never", "always", "even",
    "recently", "currently", "actually", "usually", "mostly", "only", "probably", "soon",
    "newly", "finally", "all", "both",
})
# After these "her" is the object ("told her about", "her."), before anything else it is the
# possessive ("her team").
AFTER_AN_OBJECT = frozenset({
    "to", "for", "with", "about", "at", "in", "on", "from", "into", "of", "by", "over", "up",
    "out", "off", "back", "and", "or", "but", "so", "that", "if", "when", "a", "an", "the",
    "this", "some", "soon", "today", "tomorrow", "yesterday", "again", "next", "last",
    "once", "too", "as", "because", "before", "after", "while", "how", "what", "why", "where",
    "whether", "than", "directly", "personally", "later",
})
# After "she's": "she's been", "she's got" are "has"; everything else is "is".
HAS_PARTICIPLES = frozenset({
    "been", "got", "gotten", "done", "had", "seen", "made", "built", "run", "led", "taken",
    "written", "grown", "become", "won", "worked", "started", "joined", "moved", "launched",
    "founded", "raised", "hired", "spent", "lived", "known", "shipped", "helped", "left",
})
# "-ed" words that describe ("she's based in Berlin"): after "she's" they take "is".
ED_ADJECTIVES = frozenset({
    "interested", "excited", "based", "located", "married", "retired", "involved", "qualified",
    "experienced", "focused", "tired", "engaged", "committed", "dedicated", "motivated",
    "skilled", "talented", "determined", "concerned", "pleased", "supposed", "used", "trained",
    "connected", "stuck", "scared", "worried", "bored", "hooked", "sold", "booked",
})


@dataclass(frozen=True)
class Rewrite:
    text: str
    changed: bool = False
    warning: str = ""


class _Unsafe(Exception):
    pass


def to_second_person(text: str, person_name: str = "") -> Rewrite:
    """`text` about the person, said to them; unchanged with a warning where that is unsafe.

    `person_name` ("Jane Doe") lets "Jane is hiring" and "Jane's team" become "you are hiring"
    and "your team" too.
    """
    first = _first_name(person_name)
    if first and len(person_name.split()) > 1:
        # "Jane Doe is hiring": the whole name is one word here, matched as her first name.
        text_read = re.sub(rf"\b{re.escape(person_name.strip())}\b", first, text, flags=re.I)
    else:
        text_read = text
    tokens = _TOKEN.findall(text_read)
    words = [i for i, t in enumerate(tokens) if t[0].isalpha()]
    lowered = {tokens[i].lower().replace("’", "'") for i in words}
    groups = [g for g in (FEMININE, MASCULINE, PLURAL) if lowered & g]
    if len(groups) > 1:
        return Rewrite(text, warning=_two_people(text))
    names = (first.lower(),) if first else ()
    out = list(tokens)
    try:
        for position, index in enumerate(words):
            following = [tokens[i] for i in words[position + 1:]]
            _rewrite_word(out, tokens, index, following, names, _next_is_word(tokens, index))
    except _Unsafe as reason:
        return Rewrite(text, warning=str(reason))
    result = "".join(out)
    return Rewrite(result, changed=result != text)


def _rewrite_word(out: list[str], tokens: list[str], index: int, following: list[str],
                  names: tuple[str, ...], next_is_word: bool) -> None:
    word = tokens[index]
    key = word.lower().replace("’", "'")
    if key in names or (key.endswith("'s") and key[:-2] in names):
        _rewrite_name(out, tokens, index, following, next_is_word)
        return
    if key in SUBJECTS:
        out[index] = _cased("you", word)
        if not following or not next_is_word:
            raise _Unsafe(f"cannot tell what {word!r} does in {''.join(tokens)!r}: "
                          "it is left as written")
        _agree(out, tokens, index, following)
    elif key in ("she's", "he's"):
        out[index] = _cased(_contracted_be_or_have(word, following), word)
    elif key in CONTRACTED:
        out[index] = _cased(CONTRACTED[key], word)
    elif key in ("her",):
        is_object = not next_is_word or not following or following[0].lower() in AFTER_AN_OBJECT
        out[index] = _cased("you" if is_object else "your", word)
    elif key in POSSESSIVES:
        out[index] = _cased("yours" if (not next_is_word or not following) and key == "his"
                            else "your", word)
    elif key in STANDALONE_POSSESSIVES:
        out[index] = _cased("yours", word)
    elif key in OBJECTS:
        out[index] = _cased("you", word)
    elif key in REFLEXIVES:
        out[index] = _cased("yourself", word)


def _rewrite_name(out: list[str], tokens: list[str], index: int, following: list[str],
                  next_is_word: bool) -> None:
    word = tokens[index]
    # A name is capitalised wherever it stands; "you" only where a sentence starts.
    shape = word if _starts_sentence(tokens, index) else word.lower()
    if word.lower().replace("’", "'").endswith("'s"):
        out[index] = _cased("your", shape)
        return
    if not next_is_word and not any(t[0].isalpha() for t in tokens[:index]):
        # "Jane, who runs Acme, is hiring": which verb is hers cannot be told apart safely.
        raise _Unsafe(f"cannot tell what {word!r} does in {''.join(tokens)!r}: "
                      "it is left as written")
    out[index] = _cased("you", shape)
    if following and next_is_word:
        _agree(out, tokens, index, following)


def _starts_sentence(tokens: list[str], index: int) -> bool:
    before = [t for t in tokens[:index] if not t.isspace()]
    return not before or before[-1] in ".!?"


def _contracted_be_or_have(word: str, following: list[str]) -> str:
    nxt = following[0].lower() if following else ""
    if nxt in HAS_PARTICIPLES:
        return "you've"
    if nxt.endswith("ed") and nxt not in ED_ADJECTIVES:
        raise _Unsafe(f"cannot tell whether {word!r} means 'is' or 'has' before {nxt!r}: "
                      "it is left as written")
    return "you're"


def _agree(out: list[str], tokens: list[str], subject: int, following: list[str]) -> None:
    """Make the verb after a subject that became "you" agree with it."""
    verb_at = subject
    for word in following:
        verb_at = _next_word_index(tokens, verb_at)
        if word.lower() not in ADVERBS:
            break
    else:
        return
    verb = tokens[verb_at]
    out[verb_at] = _cased(base_form(verb.lower().replace("’", "'")), verb)


def base_form(verb: str) -> str:
    """The verb as it follows "you": "is" -> "are", "builds" -> "build", "tries" -> "try";
    a verb that does not end in -s (past tense, modal, "and") stays."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if not verb.endswith("s") or verb.endswith("ss") or len(verb) < 3:
        return verb
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "xes", "zzes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1]


def _first_name(person_name: str) -> str:
    """Their first name as a word of the text, unless it is too short or a pronoun itself."""
    parts = person_name.split()
    first = parts[0] if parts else ""
    if len(first) < 2 or not first.isalpha() or first.lower() in PRONOUNS:
        return ""
    return first


def _next_word_index(tokens: list[str], index: int) -> int:
    for i in range(index + 1, len(tokens)):
        if tokens[i][0].isalpha():
            return i
    return index


def _next_is_word(tokens: list[str], index: int) -> bool:
    """True when the next non-space token after `index` is a word (not punctuation or the end)."""
    for token in tokens[index + 1:]:
        if token.isspace():
            continue
        return token[0].isalpha()
    return False


def _cased(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    return replacement[0].upper() + replacement[1:] if original[0].isupper() else replacement


def _two_people(text: str) -> str:
    return (f"the reason {text!r} speaks of more than one other person (she, he, they), so it "
            "is left as written: reword it to speak to them (\"you are ...\")")
