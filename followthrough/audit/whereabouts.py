"""Where a child can be found at a given time: "Mia is at Oakfield Primary every day until 3:15".

Three things together make a child findable by a stranger, and each alone is harmless:
- a child: "my son", "our twins", "Josh (7)", "my 9 year old", a school class ("year 4"),
  "daughter's", "school pick-up";
- a place with a name: a school, nursery or club ("Greenfield Primary", "Westside Leisure
  Centre"), or a street ("on Oak Lane", "outside number 18");
- a time or a routine: "at 3:15", "8-4", "every Tuesday", "Thursdays", "after school",
  "mon-wed", "pick-up at 4".
Someone alone at home or on the way there ("home alone till 7") needs only a time or a place.
A school's or a place's name is what the user may have to leave out, so it is the trigger.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

_CHILD = re.compile(
    r"\b(?:my|our|his|her|their)"
    r"(?: little| eldest| youngest| oldest| baby| two| three| \d{1,2}[- ]?(?:year|yr)[- ]?old)?"
    r" (?:son|sons|daughter|daughters|kid|kids|boy|boys|girl|girls|lad|lads|twins|child|children|"
    r"little one|toddler|"
    r"granddaughter|grandson|grandkids|grandchildren|niece|nephew|stepson|stepdaughter)\b"
    r"|\b[A-Z][a-z]+ \((?:[1-9]|1[0-7])\)|\b(?:[1-9]|1[0-7])[- ](?:year|yr)[- ]old\b"
    r"|\bthe (?:kids|twins|children)\b|\b(?:son|daughter|kid|kids|child)'s\b"
    r"|\bschool (?:pick-?up|gates?)\b"
    r"|\b(?:year|class|grade) \d{1,2}\w?\b|\bpupils\b"
    r"|\b(?:nursery|kindergarten|daycare|day care|pre-?school|primary|elementary|school bus|school run|"
    r"kita|grundschule|colegio)\b|\b(?:pick|picks|drop|drops) (?:him|her|them) (?:up|off)\b"
    r"|\b(?:wait|waits|meet|meets) (?:him|her|them)\b"
    r"|'s (?:\w+ )?(?:class|lesson|lessons|practice|training|nursery|school|bus|tuition)\b",
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
    r"|\b(?:pick-?up|drop-?off|home time|finishes|collection)(?: is| at|'s)* \d{1,2}(?:[:.]\d{2})?\b"
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
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\b[\w ]{0,10}$", re.IGNORECASE)  # "I'm not going home alone"


def _says_a_routine(folded: str) -> bool:
    # Written out rather than any() over a tuple: this runs for every post without a digit.
    return "every" in folded or "after school" in folded or "daily" in folded \
        or "days" in folded  # "weekdays", "Tuesdays"


def find_whereabouts(text: str, folded: str, has_digit: bool) -> list[Found]:
    """`has_digit`: whether the text has one, which the caller has scanned for already."""
    # No time at all is the common case: answered by fast scans before any real pattern runs.
    if not has_digit and "alone" not in folded and not _says_a_routine(folded):
        return []
    place = _NAMED_PLACE.search(text)
    alone = _ALONE.search(text) if "alone" in folded or " own " in folded or " let " in folded else None
    if place is None and alone is None:
        return []
    when = _WHEN.search(text)
    if place is not None and when is not None and _CHILD.search(text):
        return [(place.start(), place.end(), "where a child can be found, and when")]
    if alone is not None and (when is not None or place is not None) \
            and not _NEGATED.search(text, max(0, alone.start() - 16), alone.start()):
        return [(alone.start(), alone.end(), "where someone is alone, and when")]
    return []
