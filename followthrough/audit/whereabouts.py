"""Where someone can be found: a child at a given time ("Mia is at Oakfield Primary every day
until 3:15"), someone alone, a home left empty, where someone lives or sleeps.

Three things together make a child findable by a stranger, and each alone is harmless:
- a child: "my son", "our twins", "Josh (7)", "my 9 year old", a school class ("year 4"),
  "daughter's", "school pick-up";
- a place with a name: a school, nursery or club ("Greenfield Primary", "Westside Leisure
  Centre"), or a street ("on Oak Lane", "outside number 18");
- a time or a routine: "at 3:15", "8-4", "every Tuesday", "Thursdays", "after school",
  "mon-wed", "pick-up at 4".
Someone alone at home or on the way there ("home alone till 7") needs only a time or a place;
a home left empty, its street or house number; where someone lives, the street; a hotel room,
someone staying in it.
A school's or a place's name is what the user may have to leave out, so it is the trigger.
"""

from __future__ import annotations

import re

from followthrough.audit.context import is_negated

Found = tuple[int, int, str]

_CHILD = re.compile(
    r"\b(?:my|our|his|her|their)"
    r"(?: little| eldest| youngest| oldest| baby| two| three| \d{1,2}[- ]?(?:year|yr)[- ]?old)?"
    r" (?:son|sons|daughter|daughters|kid|kids|boy|boys|girl|girls|lad|lads|child|children|"
    r"little one|toddler|"
    r"granddaughter|grandson|grandkids|grandchildren|niece|nephew|stepson|stepdaughter)\b"
    r"|\b(?:my|our|his|her|their) (?:little|baby|kid|younger) (?:brother|sister|bro|sis)\b"
    r"|\btwins\b|\bpickney\b|\blittle (?:man|one)'s\b"
    r"|\b[A-Z][a-z]+ \((?:[1-9]|1[0-7])\)|\b(?:[1-9]|1[0-7])[- ](?:year|yr)[- ]old\b"
    r"|\bthe (?:kids|children)\b|\b(?:son|daughter|kid|kids|child)'s\b"
    r"|\bschool (?:pick-?up|gates?)\b"
    r"|\b(?:year|class|grade) \d{1,2}\w?\b|\bpupils\b"
    r"|\b(?:nursery|kindergarten|daycare|day care|pre-?school|primary|elementary|school bus|school run|"
    r"kita|grundschule|colegio)\b|\b(?:pick|picks|drop|drops) (?:him|her|them) (?:up|off)\b"
    r"|\b(?:wait|waits|meet|meets) (?:him|her|them)\b"
    r"|'s (?:\w+ ){0,2}(?:class|lesson|lessons|practice|training|nursery|school|bus|tuition)\b",
    re.IGNORECASE,
)
_KIDS_PLACE = (
    r"primary|elementary|academy|school|nursery|kindergarten|kita|pre-?school|daycare|day care|"
    r"college|high|infants|infant school|juniors|junior school|junior|"
    r"leisure centre|sports centre|community (?:hall|centre)|rec|park|playground|club|"
    r"pool|swimming pool|church hall|hall|grundschule|colegio|escuela"
)
# "First school week", "Their school": a capitalised determiner does not start a place's name.
_NOT_A_NAME = r"(?!(?:The|This|That|Their|Our|My|His|Her|Your|First|Next|Last|New|Every|Each|A|An)\b)"
_NAMED_PLACE = re.compile(
    rf"\b{_NOT_A_NAME}(?:[A-Z][\w'.-]+ ){{1,3}}(?i:{_KIDS_PLACE})\b"
    r"|\b(?:on|at|via|from|outside|near|corner of|in|down|along|past) (?:[A-Z][\w'-]+ ){1,2}"
    r"(?i:street|st|road|rd|lane|ln|avenue|ave|way|drive|close|crescent|grove|terrace|walk|path|gate)\b"
    r"|\boutside (?:number|no\.?) \d+|\bcalle [A-Z][a-z]+|\bsector \d+",
)
_WHEN = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:-|to|till|until)?\s?\d{0,2}(?:[:.]\d{2})?\s?(?:am|pm)\b"
    r"|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?-\s?\d{1,2}\b(?! ?(?:years|kg|km|%))"
    r"|\bevery (?:day|morning|afternoon|evening|weekday|school day|week|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b|\b(?:mon|tue|wed|thu|fri)-(?:mon|tue|wed|thu|fri)\b"
    r"|\bafter school\b|\bevery (?:evening|night)\b|\bweekdays\b|\bdaily\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    # "pick-up at 4", "finishes 12:30": the hour a child leaves a place.
    r"|\b(?:pick[- ]?up|drop-?off|home time|finishes|collection)(?: is| at|'s)* \d{1,2}(?:[:.]\d{2})?\b"
    r"|\b(?:till|until) \d{1,2}\b(?! ?(?:%|years|people|of))",
    re.IGNORECASE,
)


# Alone somewhere, at a time or at a place: "the kids are home alone till 7", "walks home alone
# from St Peter's", "let themselves in at 10 Fern Lane". In the tuning set, of the posts that
# say so with a time or a place, all are personal data.
_ALONE = re.compile(
    r"\b(?:home alone|(?:walks?|walking|goes|going|go|gets|get) home (?:alone|on (?:his|her|their) own)"
    r"|alone (?:till|until|from)|on (?:his|her|their) own (?:till|until|from)"
    r"|let (?:themselves|himself|herself) in)\b",
    re.IGNORECASE,
)
# A home left empty, and where: "we're away for two weeks from Saturday, no. 19 Moorland Road",
# "spare key's under the bin at number 8". What a burglar needs, so personal data.
_EMPTY_HOME = re.compile(
    r"\b(?:(?:house|home|flat|place)(?:'s| is| will be| stands?)? (?:empty|unoccupied)"
    r"|(?:we're|we are|i'm|i am|they're|they are|owners? (?:are|is)|owner's) away\b"
    r"|away for (?:a|two|three|\d+) (?:weeks?|fortnight|days|nights)"
    r"|out of town (?:till|until)|(?:spare )?key(?:'s| is)? (?:under|behind|in) (?:the|a)\b"
    r"|alarm(?:'s| is) (?:broken|off))",
    re.IGNORECASE,
)
_STREET_TYPE = r"(?i:street|st|road|rd|lane|avenue|ave|drive|close|crescent|grove|terrace)\b"
_STREET = re.compile(
    rf"\b(?:[A-Z][\w'-]+ ){{1,2}}(?:{_STREET_TYPE}|(?i:view|way)\b)|\b(?:number|no\.?) \d+\b"
)
# Where someone lives, to the street, said of the writer or of someone they point at: "she
# lives on Cliff Road". Not "a patient who lives on ...", which writers count as confidential.
_LIVES_ON = re.compile(
    r"\b(?i:i|we|he|she|they) (?:still |now )?(?:live|lives) (?:right |just )?(?:on|at) (?:the end of )?"
    rf"(?:[A-Z][\w'-]+ ){{1,2}}{_STREET_TYPE}"
)
# Someone's hotel room, told to anyone who reads the post: "staying at the Hilton, room 611
# tonight". Not a session in a hotel's meeting room, which is a public event.
_ROOM = re.compile(r"\b(?:room|rm)\s?#?\d{2,4}\b", re.IGNORECASE)
_HOTEL = re.compile(r"\b(?:hotel|travelodge|premier inn|hilton|marriott|ibis|holiday inn|hostel|motel"
                    r"|airbnb|b&b|guest ?house)\b", re.IGNORECASE)
_STAYING = re.compile(
    r"\b(?:staying|stay|we're in|i'm in|im in|checked in|tonight|coming to|come (?:find|say))\b",
    re.IGNORECASE)
# Nor a guest's room told by the staff ("staying in our hotel, room 412"): the employer's
# confidence, which is another category.
_EVENT_OR_STAFF = re.compile(
    r"\b(?:workshop|session|talk|panel|seminar|conference|meeting|stand|booth|interview)"
    r"|\b(?:our|my) hotel\b|\bhotel (?:where|that) i (?:work|clean)", re.IGNORECASE)


def _says_a_routine(folded: str) -> bool:
    # Written out rather than any() over a tuple: this runs for every post without a digit.
    return "every" in folded or "after school" in folded or "daily" in folded \
        or "days" in folded  # "weekdays", "Tuesdays"


def _has_home_word(folded: str) -> bool:
    # Without one of these words, neither an empty home's pattern nor a street one's can match.
    # (Written out, as _says_a_routine: any() over a tuple costs more than the scans.)
    return "away" in folded or "empty" in folded or "key" in folded or "out of town" in folded \
        or "alarm" in folded or "live" in folded


def may_find_without_digit(folded: str) -> bool:
    """Whether find_whereabouts can find anything in a text without a digit: not without one
    of these words, the fast scans it starts with. (A caller may then skip it altogether.) A
    hotel room is never found here: its number is a digit."""
    return _has_home_word(folded) or "alone" in folded or _says_a_routine(folded)


def find_whereabouts(text: str, folded: str, has_digit: bool) -> list[Found]:
    """`has_digit`: whether the text has one, which the caller has scanned for already."""
    if found := _home(text, folded):
        return found
    # No time at all is the common case: answered by fast scans before any real pattern runs.
    if not has_digit and "alone" not in folded and not _says_a_routine(folded):
        return []
    place = _NAMED_PLACE.search(text)
    alone = _someone_alone(text) if "alone" in folded or " own " in folded or " let " in folded else None
    if place is None and alone is None:
        return []
    when = _WHEN.search(text)
    if place is not None and when is not None and _CHILD.search(text):
        return [(place.start(), place.end(), "where a child can be found, and when")]
    if alone is not None and (when is not None or place is not None) \
            and not is_negated(folded, alone.start()):  # "I'm not going home alone", "nobody will be"
        return [(alone.start(), alone.end(), "where someone is alone, and when")]
    return []


def _someone_alone(text: str) -> re.Match[str] | None:
    """The first _ALONE that is not the film: "watching Home Alone with the kids at 7"."""
    return next((m for m in _ALONE.finditer(text) if m.group() != "Home Alone"), None)


def _home(text: str, folded: str) -> list[Found]:
    """A home left empty, where someone lives to the street, or the hotel room they sleep in."""
    if "room" in folded and (room := _ROOM.search(text)) and _HOTEL.search(text) \
            and _STAYING.search(text) and not _EVENT_OR_STAFF.search(text):
        return [(room.start(), room.end(), "where someone is staying")]
    if not _has_home_word(folded):
        return []
    if (empty := _EMPTY_HOME.search(text)) and _STREET.search(text) \
            and not is_negated(folded, empty.start()):
        return [(empty.start(), empty.end(), "where a home stands empty")]
    if lives := _LIVES_ON.search(text):
        return [(lives.start(), lives.end(), "where someone lives")]
    return []
