"""Context rules that turn a matched word back into a non-finding.

They all look at the folded text (lower-case, plain quotes) around a match:
- an innocent phrase right before or after it ("wasted" + "time", "photo" + "shoot");
- a negation just before it, in the same clause ("I don't do drugs", "never drunk");
- a word near it that shows its innocent sense ("a cock that crows", "the donkey sanctuary's
  oldest ass");
- a mention rather than a use: the word in quotes, or after "the word";
- the name of a dish: food within DISH_REACH words, in the same clause ("Tipsy Dumplings",
  "Hangover Hash", "Sex on the Beach sorbet");
- a report rather than a confession: news, a court, a lesson or a campaign speaks of the deed,
  and the writer is not in the sentence that names it ("police caught the gang importing
  cocaine", "a seminar on binge drinking").
"""

from __future__ import annotations

import re
from functools import lru_cache

NEGATORS = frozenset(
    {
        "not", "never", "no", "don't", "dont", "didn't", "didnt", "doesn't", "doesnt",
        "won't", "wont", "wouldn't", "isn't", "isnt", "wasn't", "wasnt", "aren't", "weren't",
        "without", "nobody", "nothing", "neither", "nor", "can't", "cant", "cannot",
        "hardly", "quit", "stopped", "avoid", "against",
    }
)  # fmt: skip
NEGATION_REACH = 3  # words before the match that may negate it

_CLAUSE_END = re.compile(r"[.!?;:\n]|\bbut\b|\bthough\b|\bexcept\b")
_WORD = re.compile(r"[^\W_](?:[\w']*[^\W_])?")  # any alphabet's letters: "köfte", "çay"
_QUOTES = "\"'`«»"
_MENTION_CUES = ("the word", "the term", "the phrase", "the expression", "the slur")
_FOOD = frozenset(
    "hash dumpling dumplings pie pies cheesecake cake cakes cupcakes sorbet gelato sundae tea burger "
    "burgers patties kofte köfte prawns prawn shrimp noodles chicken pasta trifle pudding brunch "
    "breakfast sandwich toastie mocktail mocktails smoothie sauce stew curry soup salad pizza tacos "
    "wings fries doughnut doughnuts donut donuts cookie cookies brownie brownies muffin muffins "
    "pancakes waffles jam chutney fudge truffles bake bakes tart tarts bread loaf scones icing "
    "lasagne risotto ramen".split()
)
NEAR_REACH = 8  # words either side of a match that may show its innocent sense
DISH_REACH = 4  # words from the matched word to the food it names, "Sex on the Beach sorbet"
# A word that starts a new thought, not a longer name: "got wasted and ate a burger".
_NOT_IN_A_NAME = frozenset(
    "and then ate eat eating had have having with a an some my our after before plus".split()
)


def _starts_with_phrase(text: str, phrase: str) -> bool:
    if not text.startswith(phrase):
        return False
    return len(text) == len(phrase) or not text[len(phrase)].isalnum()


def _ends_with_phrase(text: str, phrase: str) -> bool:
    if not text.endswith(phrase):
        return False
    before = len(text) - len(phrase) - 1
    return before < 0 or not text[before].isalnum()


# A hyphen joins words as a space does: "cock-of-the-rock" is "cock of the rock".
_HYPHENS = str.maketrans("-", " ")


def spaced(phrase: str) -> str:
    """How an innocent phrase is compared: lexicon.py stores each phrase this way."""
    return phrase.translate(_HYPHENS).strip()


# An innocent phrase that stands for any number: "wasted 45 minutes", "smashed 22k steps",
# "smashed £600" (a fundraising target).
NUMBER = "<number>"
_A_NUMBER = re.compile(r" {0,3}[£$€]?\d")


_TRAILING_DOTS = re.compile(r"^ ?(?:\.\.\.+|…)")  # "got smashed... by the rain"


def followed_by(folded: str, end: int, phrases: tuple[str, ...]) -> bool:
    """`phrases` as `spaced` gives them; a comma in between is read past ("confidential, and free")."""
    if NUMBER in phrases and _A_NUMBER.match(folded, end):  # not "af, 3 nights"
        return True
    after = _TRAILING_DOTS.sub("", folded[end : end + 60].translate(_HYPHENS), 1).lstrip(" \t,")
    # One C-speed test of every phrase first: most matches are followed by none of them.
    return after.startswith(phrases) and any(_starts_with_phrase(after, phrase) for phrase in phrases)


def preceded_by(folded: str, start: int, phrases: tuple[str, ...]) -> bool:
    """`phrases` as `spaced` gives them; a comma in between is read past ("free, confidential")."""
    before = folded[max(0, start - 60) : start].translate(_HYPHENS).rstrip(" \t,")
    return before.endswith(phrases) and any(_ends_with_phrase(before, phrase) for phrase in phrases)


_NAME_AFTER = re.compile(r"(?:'s)?[ -][A-Z][a-z]")  # "Dick Emery", a double-barrelled "Dick-Bottom"
# "the Cock & Bull", "Dick and Dora": two names joined make one.
_JOINED_NAME_AFTER = re.compile(r" (?:&|and) [A-Z][a-z]")
# What stands before a name given to someone: "he's called Dick", "Mr Dick".
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:called|named|name is|name's|mr|mrs|dr|uncle|aunt|sir|lord|lady|prof|professor|rev"
    r"|reverend|private|corporal|sergeant|sgt|captain|capt|major|colonel|lieutenant|lt|inspector"
    r"|constable|pc|detective|judge|councillor|cllr|husband|brother|son|father|dad|grandad|granddad"
    r"|grandpa|grandfather|cousin|nephew|neighbour)\.? )$", re.IGNORECASE)


# An initial: the capitalised word after it is a surname ("Philip K. Dick's novels").
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")


def in_a_name(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] (the original text, not folded) is capitalised and stands in
    a name: a capitalised word follows it ("met Dick Emery", "Lunch on Cock Lane"; at the start
    of a sentence, "Cock Bridge is shut"), another name is joined to it ("the Cock & Bull"), it
    follows an initial ("Thomas H. Dick"), or it is what someone is called ("our new manager is
    called Dick")."""
    if not text[start:start + 1].isupper():
        return False
    return bool(_NAME_AFTER.match(text, end) or _JOINED_NAME_AFTER.match(text, end)
                or _INITIAL_BEFORE.search(text, max(0, start - 3), start)
                or _NAMED_BEFORE.search(text, max(0, start - 14), start))


# A song, a book or a film named with who made it: "played Hangover by Taio Cruz", "reading
# Naked Lunch by Burroughs". The words are a title's, not the writer's own.
_TITLE_BEFORE = re.compile(
    r"\b(?i:play(?:ed|ing|s)?|sang|sing(?:s|ing)?|listen(?:ed|ing)? to|song|track|album|read(?:ing)?"
    r"|watch(?:ed|ing)?|film|book)\s+[\"'“‘]?(?:[A-Z][\w']*\s+){0,4}$")
_BY_SOMEONE_AFTER = re.compile(r"(?:\s+[A-Z][\w']*){0,4}[\"'”’]?\s+by\s+[A-Z]")


def in_a_title(text: str, start: int, end: int) -> bool:
    """The capitalised word at text[start:end] (the original text) is in the title of a song,
    a book or a film that the post plays, reads or watches, followed by who made it."""
    return (text[start:start + 1].isupper() and bool(_BY_SOMEONE_AFTER.match(text, end))
            and bool(_TITLE_BEFORE.search(text, max(0, start - 60), start)))


_EXPANSION = re.compile(r"\s*(?:=|\(|:|-|stands for|means|is short for)\s*((?:[\w'-]+[ ,/&]*){1,8})",
                        re.IGNORECASE)
_SMALL_WORDS = frozenset("of and the for in on at to a &".split())


def spelled_out(text: str, start: int, end: int) -> bool:
    """An acronym followed by what it stands for: "FFS (Fife Fencing Society)", "WTF = World
    Taekwondo Federation", "GTFO = Get To Fitness Outdoors"; or, of three letters or more, a name
    in the post whose capitals spell it: "Workforce Transformation Forum (WTF)", "WTF tonight at
    church: Wednesday Thanksgiving Fellowship"."""
    letters = text[start:end].lower()
    if not letters.isalpha() or len(letters) > 6:
        return False
    if found := _EXPANSION.match(text, end):
        words = re.findall(r"[^\W\d_]+", found.group(1).lower())
        initials = "".join(word[0] for word in words)
        big = "".join(word[0] for word in words if word not in _SMALL_WORDS)
        if initials.startswith(letters) or big.startswith(letters):
            return True
    return len(letters) >= 3 and _capitals_spelling(letters).search(text) is not None


@lru_cache(maxsize=64)
def _capitals_spelling(letters: str) -> re.Pattern[str]:
    """Capitalised words whose first letters are `letters`, small words allowed between them."""
    small = r"(?:(?:" + "|".join(w for w in _SMALL_WORDS if w.isalpha()) + r"|&) )*"
    return re.compile((r"[-\s]+" + small).join(rf"\b{letter.upper()}[a-z]+" for letter in letters))


def near(folded: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """One of `words` stands within NEAR_REACH words before or after the match."""
    if not words:
        return False
    around = _WORD.findall(folded[max(0, start - 100) : start])[-NEAR_REACH:]
    around += _WORD.findall(folded[end : end + 100])[:NEAR_REACH]
    return any(word in words for word in around)


def is_innocent(
    folded: str, start: int, end: int, before: tuple[str, ...], after: tuple[str, ...]
) -> bool:
    return followed_by(folded, end, after) or preceded_by(folded, start, before)


def clause_before(folded: str, start: int) -> str:
    window = folded[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def is_negated(folded: str, start: int) -> bool:
    words = _WORD.findall(clause_before(folded, start))[-NEGATION_REACH:]
    return not NEGATORS.isdisjoint(words)


def is_mention(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    if before and after and before in _QUOTES and after in _QUOTES:
        return True
    return preceded_by(folded, start, _MENTION_CUES) or preceded_by(
        folded, max(0, start - 1), _MENTION_CUES
    )


# The writer takes the word back at once: "Stoned? No, stone-cold", "WASTED. as in tired",
# "high as a kite 🪁 — literally, the kite festival", "stoned, I mean full of stones".
_TAKEN_BACK = re.compile(
    r"(?:[ \w'-]{0,25}\?+\W{0,3}(?:no|nope|nah|not)\b"
    r"|[^\w]{0,6}(?:[\w']+[^\w]{1,6}){0,3}(?:as in\b|i mean\b|by which i mean\b|literally,))"
)


def is_taken_back(folded: str, end: int) -> bool:
    return _TAKEN_BACK.match(folded, end) is not None


_QUOTE_MARK = re.compile(r"[\"`«»“”‘]|(?<![a-z])'|'(?![a-z])")  # not the apostrophe of "don't"
_QUOTE_REACH = 40  # characters either side


def in_quotes(folded: str, start: int, end: int) -> bool:
    """A quote opens shortly before and closes shortly after, with none in between: the
    phrase is someone's words being reported ('the "no DSS, no pets" ads'), not the writer's."""
    return _QUOTE_MARK.search(folded, max(0, start - _QUOTE_REACH), start) is not None \
        and _QUOTE_MARK.search(folded, start, end) is None \
        and _QUOTE_MARK.search(folded, end, end + _QUOTE_REACH) is not None


# Words that frame a post as news, law, teaching, care or history. Checked once per post.
_REPORTING = frozenset(
    "news newspaper paper reported reports headline headlines police court courts jailed sentenced "
    "convicted charged prosecution seminar lecture assembly pshe training workshop awareness psa "
    "campaign statistics figures study research history historians historical episode podcast "
    "documentary exhibition museum naloxone overdose overdoses addiction recovery licensing law "
    "offence offense appeal appealing witnesses".split()
)
# The writer in the sentence: a confession or a plan, however the post is framed.
_FIRST_PERSON = frozenset("i i'm im i've ive i'll i'd me my mine myself".split())
_SENTENCE_END = re.compile(r"[.!?\n]")
# The writer's household, whose whereabouts and doings are the writer's to give away: "Son's
# judo is Wednesdays at six, he waits in the foyer".
_HOUSEHOLD = frozenset("son son's daughter daughter's kids kids' kid's husband husband's wife wife's".split())
# A sentence that starts with a verb in the past has dropped its "I": "Got wasted at the party."
_DROPPED_SUBJECT = frozenset(
    "got went had did was drank drove smoked took ate woke spent bought sold stole broke nicked "
    "hit punched kicked left skipped snorted popped rolled ended made called lost blew".split()
)


def is_reported(folded: str, start: int, end: int) -> bool:
    """The post frames the deed as news, law, teaching or history, and the sentence that names
    it does not have the writer in it."""
    if _REPORTING.isdisjoint(_WORD.findall(folded)):
        return False
    return not writer_in_sentence(folded, start, end)


def writer_in_sentence(folded: str, start: int, end: int) -> bool:
    """The sentence around folded[start:end] has the writer in it ("I", "my", "me")."""
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    sentence_start = max((e + 1 for e in ends if e < start), default=0)
    sentence_end = min((e for e in ends if e >= end), default=len(folded))
    words = _WORD.findall(folded[sentence_start:sentence_end])
    return (not _FIRST_PERSON.isdisjoint(words) or not _HOUSEHOLD.isdisjoint(words)
            or bool(words) and words[0] in _DROPPED_SUBJECT)


def words_between(folded: str, end: int, start: int) -> int:
    return len(_WORD.findall(folded[end:start]))


def names_a_dish(folded: str, end: int) -> bool:
    """The matched word starts a dish's name: food follows within DISH_REACH words, in the
    same clause."""
    after = folded[end : end + 60]
    clause = _CLAUSE_END.search(after)
    for word in _WORD.findall(after[: clause.start()] if clause else after)[:DISH_REACH]:
        if word in _FOOD:
            return True
        if word in _NOT_IN_A_NAME:
            return False
    return False
