"""Personal data in a text: phone numbers, e-mail and street addresses, dates of birth, ids.

Each detector first asks a cheap question ("is there an @?", "seven digits?") so that the
common post, which has none of these, costs almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from followthrough.audit.contacts import EMAIL, is_published_contact
from followthrough.audit.findings import Finding, Severity, Trigger
from followthrough.audit.identifiers import RECORD_WORDS, digit_count, find_identifiers
from followthrough.audit.lexicon import CategoryRules
from followthrough.audit.scans import (
    digit_total,
    has_digit,
    has_two_capitals,
    may_contain,
    search_folded,
    without_ignorecase,
)
from followthrough.audit.whereabouts import find_whereabouts, may_find_without_digit

_MANY_DIGITS = re.compile(r"\d(?:[\s().+/-]{0,3}\d){6,}")
_PHONE_CUE = re.compile(
    r"\b(?:phone|mobile|cell|number|no\.|tel|telephone|line|call|ring|text|whatsapp|sms|reach|contact)\b",
    re.IGNORECASE,
)
_OTHER_REGIONS = ("GB", "IN", "NG", "DE", "AU")
_MOBILE_SHAPE = re.compile(r"07\d{9}|0(?:80[1-79]|81\d|9[01]\d)\d{7}")  # not 0800/0808, free to call
# Versions, builds and records that a lenient phone matcher would take for numbers: the word
# just before ("PO 4500012876"), a date, or a year-numbered code ("GH-2024-118").
# (A reference or a ticket is a booking's cue to identifiers.py, and a record's here.)
_RECORD_BEFORE = re.compile(
    rf"\b(?:{RECORD_WORDS}|release|ver\.?|v|ref\.?|reference|ticket|article|object)\s*(?:no\.?|number|id|#)?"
    r"(?: is)?\s*[:#]?\s*$",
    re.IGNORECASE,
)
_DATE_SHAPE = re.compile(r"\(?(?:19|20)\d\d[./-]\d{1,2}[./-]")
_YEAR_NUMBERED = re.compile(r"[A-Za-z]-(?:19|20)\d\d-")
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_ID_CUE = re.compile(
    r"\b(?:passport|driver'?s licen[cs]e|licen[cs]e|national id|id card|social security)"
    r"(?: (?:number|no\.?|#))?(?: is)?:? ?#?([A-Z0-9]{6,12})\b",
    re.IGNORECASE,
)
_ID_CUE_WORDS = ("passport", "licen", "national id", "id card", "social security")  # one is in any match
_STREET_TYPES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|terrace|"
    "place|pl|circle|cir|highway|hwy|parkway|pkwy|way|close|mews|crescent|gardens|grove|square|"
    "hill|row|rise|view|cottages|walk|green|bank|fold|croft|wynd|park"
)
# Street words of other languages: after the street's name ("Hauptstraße 5") or before it
# ("Rua das Flores 12", "Jl. Melati 12").
_STREET_AFTER_NAME = ("straße", "strasse", "weg", "gasse", "allee", "straat", "gade", "gatan", "vej")
_STREET_BEFORE_NAME = ("rua", "calle", "avenida", "via", "viale", "ulica", "ul.", "jl.", "jalan")
_ADDRESS = re.compile(
    # (Not the minutes of a time: "7.00 first street".)
    # (Nor a decade: "the 1990s Budapest bank robberies".)
    rf"(?<![.:])\b(?!\d*0s )\d{{1,5}}[A-Za-z]? (?:[A-Z][\w'.-]* ){{1,3}}(?i:{_STREET_TYPES})\b\.?"
    rf"|(?<![.:])\b\d{{1,5}} (?:[a-z][a-z'-]* ){{1,2}}(?:street|avenue|road|boulevard|lane|terrace)\b"
    rf"|\b[A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(_STREET_AFTER_NAME)}) \d{{1,4}}[a-z]?\b"
    rf"|\b(?i:{'|'.join(map(re.escape, _STREET_BEFORE_NAME))}) (?:[A-Za-zÀ-ÿ'.-]+ ){{1,4}}\d{{1,5}}\b"
)
# Cheap questions that _may_name_a_street asks of an ASCII text lower-cased, before _ADDRESS.
_STREET_WORD = re.compile(rf" (?:{_STREET_TYPES})\b")
_FOREIGN_STREET_WORDS = _STREET_AFTER_NAME + tuple(f"{word} " for word in _STREET_BEFORE_NAME)
# A code that opens a door: "gate code 2580", "key safe code: 1234".
_ACCESS_CODE = re.compile(
    r"\b(?:gate|door|entry|alarm|garage|key ?safe|lock ?box|building) ?(?:code|pin)\b"
    r"(?: for (?:our|the|my) [a-z]+)?:? ?(?:is )?\d{3,8}\b"
    r"|\b(?:code|pin) (?:for|to|on) the (?:[a-z]+ )?(?:gate|door|alarm|garage|key ?safe|lock ?box|building)"
    r"(?: is)?:? ?\d{3,8}\b",
    re.IGNORECASE,
)
# A car's registration, after its cue: "reg YD21 KPF", "number plate AB12 CDE".
_NUMBER_PLATE = re.compile(r"\b(?:reg|registration|number plate|plate)(?: number| no\.?)?:? (?:is )?"
                           r"([A-Z]{2}\d{2} ?[A-Z]{3})\b", re.IGNORECASE)
# A British plate's shape needs no cue in a post about a car: "the white Berlingo LK19 OWX".
_PLATE_CUE_WORDS = ("reg", "plate")
_UK_PLATE = re.compile(r"\b([A-Z]{2}\d{2} [A-Z]{3})\b")
_CAR = re.compile(r"\b(?:car|cars|van|parked|parks|parking|drives|driving|motor|reg|plate|transit|golf|corsa"
                  r"|fiesta|mini|yaris|merc|bmw|audi|range rover|qashqai|berlingo)\b", re.IGNORECASE)
_LOWER_CAR = without_ignorecase(_CAR)  # for an ASCII text (scans.search_folded)
# A PO box is an address given out so that the home's need not be: "PO Box 4471, Leeds LS1 9ZZ"
# (its number and a town or two before the postcode).
_PO_BOX = re.compile(r"\bp\.?o\.? box\b[\s\d,.#-]*(?:[A-Za-z]+[\s,]+){0,3}$", re.IGNORECASE)
# UK postcodes ("EH6 6JJ", "B1 2JP") and Indian PIN codes after a city ("Pune 411045").
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z][a-z]+ [1-8]\d{5}\b")
_FLAT = re.compile(
    r"\b(?:flat|apt\.?|apartment|unit|suite) ?#?\d{1,4}[A-Z]?\b|\b[A-Z]-\d{3,4}, ", re.IGNORECASE
)
_FLAT_WORDS = ("flat", "apt", "apartment", "unit", "suite")  # (or the hyphen and comma of "B-204, ")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_WITH_YEAR = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    rf"|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,? (?:19|20)\d{{2}})"
)
_BIRTH = re.compile(
    r"\b(?:born(?: on)?|dob|d\.o\.b\.?|date of birth|birth ?date|birthday(?: is)?)\b"
    rf"[:\s,-]{{0,4}}(?:(?:is|was|on|:)\s+)?({_DATE_WITH_YEAR})",
    re.IGNORECASE,
)

# What a form or a guide shows, not anyone's: "a SPECIMEN passport (no. 123456789)", "e.g.
# 000.000.000-00". (Not the test cards every checkout is tried with: posts use them for real
# cards, and the tuning set's writers did, eleven times.)
_SPECIMEN_BEFORE = re.compile(
    r"\b(?:specimen|example|sample|dummy|fake|made-up|test card|e\.g\.|placeholder|test data|test form"
    r"|mock(?:ed)?[- ]?up|john doe|jane doe)[^.!?\n]{0,25}$", re.IGNORECASE
)

Detector = Callable[[str, str, str], list[tuple[int, int, Severity, str]]]


def _emails(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    if "@" not in text:
        return []
    return [(m.start(), m.end(), Severity.LOW, "an e-mail address") for m in EMAIL.finditer(text)
            if not is_published_contact(text, m.start(), m.end(), m.group())]


def _phones(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    if not _MANY_DIGITS.search(text):
        return []
    matches = list(phonenumbers.PhoneNumberMatcher(text, region))
    if not matches:
        # A mobile number's shape in Britain, Nigeria or the Philippines ("07700 900455", "0803
        # 555 0142", "0917 555 1234") is someone's number, cue or none.
        possible = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
        matches = [m for m in possible if _MOBILE_SHAPE.fullmatch(re.sub(r"\D", "", m.raw_string))]
    if not matches and _PHONE_CUE.search(text):
        # Said to be a phone number: any region's layout will do, and a number need only be
        # possible (made-up and reserved numbers are still someone's number to a reader).
        for other in (region, *_OTHER_REGIONS):
            matches += phonenumbers.PhoneNumberMatcher(text, other, leniency=phonenumbers.Leniency.POSSIBLE)
    found: list[tuple[int, int, Severity, str]] = []
    for match in matches:
        if any(match.start < end and start < match.end for start, end, _, _ in found) \
                or digit_count(match.raw_string) < 7:
            continue
        if _RECORD_BEFORE.search(text[max(0, match.start - 20) : match.start]) \
                or _inside_a_code(text, match.start, match.end) \
                or _DATE_SHAPE.match(match.raw_string) \
                or _YEAR_NUMBERED.match(text, max(0, match.start - 2), match.end):
            continue
        if not is_published_contact(text, match.start, match.end, match.raw_string):
            found.append((match.start, match.end, Severity.MEDIUM, "a phone number"))
    return found


def _inside_a_code(text: str, start: int, end: int) -> bool:
    """Digits after two letters, or between letters, are part of a code, not a phone number:
    tracking numbers such as "SF1234567890", "AB123456789GB" or "1Z999AA10123456784". (One
    letter is often part of an id: "C018110255543", "7654321FA".)"""
    two_before = start >= 2 and text[start - 2 : start].isalpha()
    # "SFE-2290118", "LO.2024.007": capitals joined to the digits by a hyphen or a dot.
    joined = start >= 3 and text[start - 1] in "-." and text[start - 3 : start - 1].isupper()
    return two_before or joined or text[start - 1 : start].isalpha() and text[end : end + 1].isalpha()


# A card number typed wrong, or made up, is still a card when its expiry date follows it.
_EXPIRY_AFTER = re.compile(r"\W{0,3}(?:exp\w*\.?:?\s*)?(?:0[1-9]|1[0-2])/\d{2}\b", re.IGNORECASE)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _passport_line(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    """The one identifier without a digit: a passport's line, "P<GBRJONES<<SARAH"."""
    return _identifiers(text) if "<<" in text else []


def _government_ids(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    # Each pattern is only tried when the text has the digits, capitals or cue words it needs.
    digits = digit_total(text)
    capital_pair = has_two_capitals(text)
    found: list[tuple[int, int, Severity, str]] = []
    if digits >= 9:
        found += [(m.start(), m.end(), Severity.HIGH, "a US social security number")
                  for m in _SSN.finditer(text)]
    if capital_pair and digits >= 6:
        found += [(m.start(), m.end(), Severity.HIGH, "a UK national insurance number")
                  for m in _NINO.finditer(text)]
    if may_contain(text, folded, _ID_CUE_WORDS):
        found += [(m.start(1), m.end(1), Severity.HIGH, "an identity document number")
                  for m in _ID_CUE.finditer(text) if any(c.isdigit() for c in m.group(1))]
    if digits >= 2 and may_contain(text, folded, _PLATE_CUE_WORDS):
        found += [(m.start(1), m.end(1), Severity.MEDIUM, "a car's registration number")
                  for m in _NUMBER_PLATE.finditer(text)]
    if not found and capital_pair and digits >= 2 and search_folded(_CAR, _LOWER_CAR, text, folded):
        found += [(m.start(1), m.end(1), Severity.MEDIUM, "a car's registration number")
                  for m in _UK_PLATE.finditer(text)]
    if digits >= 13:
        found += _cards(text)
    # The specific shapes above name the number more precisely than a cue word does.
    return found + _identifiers(text)


def _cards(text: str) -> list[tuple[int, int, Severity, str]]:
    found = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        glued = m.start() > 0 and text[m.start() - 1].isalpha()  # "JD0002 2381 6645 19": a parcel
        if 13 <= len(digits) <= 19 and (_luhn_ok(digits) or _EXPIRY_AFTER.match(text, m.end())) \
                and not glued:
            found.append((m.start(), m.end(), Severity.HIGH, "a payment card number"))
    return found


def _identifiers(text: str) -> list[tuple[int, int, Severity, str]]:
    return [(start, end, Severity.HIGH, f"looks like {what}") for start, end, what in find_identifiers(text)]


def _addresses(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    digits = digit_total(text)
    if not digits:
        return []
    # Each pattern is only tried when the text has the words, digits or capitals it needs.
    found: list[tuple[int, int, Severity, str]] = []
    if _may_name_a_street(text, folded):
        found += [(m.start(), m.end(), Severity.MEDIUM, "a street address") for m in _ADDRESS.finditer(text)]
    if digits >= 6 or has_two_capitals(text):
        found += [(m.start(), m.end(), Severity.MEDIUM, "a postcode") for m in _POSTCODE.finditer(text)]
    if may_contain(text, folded, _FLAT_WORDS) or ("-" in text and ", " in text):
        found += [(m.start(), m.end(), Severity.MEDIUM, "a flat or house number")
                  for m in _FLAT.finditer(text)]
    found = [(start, end, severity, what) for start, end, severity, what in found
             if not is_published_contact(text, start, end, text[start:end])
             and not _PO_BOX.search(text[max(0, start - 40) : start])]
    if not may_contain(text, folded, ("code", "pin")):
        return found
    # No business publishes the code to its door.
    return found + [(m.start(), m.end(), Severity.HIGH, "a code that opens a door or gate")
                    for m in _ACCESS_CODE.finditer(text)]


def _may_name_a_street(text: str, folded: str) -> bool:
    """Whether _ADDRESS can match: each of its addresses has a street type after a space, or
    a street word of another language. (Not answered for a text that is not ASCII.)"""
    return not text.isascii() or _STREET_WORD.search(folded) is not None \
        or any(word in folded for word in _FOREIGN_STREET_WORDS)


def _children(
    text: str, folded: str, region: str, has_digit: bool = True
) -> list[tuple[int, int, Severity, str]]:
    return [(start, end, Severity.HIGH, what)
            for start, end, what in find_whereabouts(text, folded, has_digit)]


def _children_by_routine(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    """A post without a digit can still say when: "every Tuesday", "after school"."""
    return _children(text, folded, region, has_digit=False)


def _births(text: str, folded: str, region: str) -> list[tuple[int, int, Severity, str]]:
    if "born" not in folded and "birth" not in folded and "dob" not in folded \
            and "d.o.b" not in folded:
        return []
    return [(m.start(), m.end(), Severity.MEDIUM, "a date of birth") for m in _BIRTH.finditer(text)]


# Ids first: a number that is an SSN or a card is not reported again as a phone number.
DETECTORS: tuple[Detector, ...] = (_government_ids, _births, _children, _emails, _addresses, _phones)
# Most posts have no digit, and then these are all that can apply. Scanning a post for a digit
# once, not in each detector, is a twentieth of the audit's time.
WITHOUT_DIGITS: tuple[Detector, ...] = (_passport_line, _children_by_routine, _emails)


def _may_find_without_digit(text: str, folded: str) -> bool:
    """Whether any of WITHOUT_DIGITS can find anything here: each starts with one of these scans."""
    return "<<" in text or "@" in text or may_find_without_digit(folded)


def find_personal_data(
    text: str, rules: CategoryRules, region: str = "US", folded: str | None = None
) -> list[Finding]:
    """`folded` is the text lower-cased (check_text has it already; it saves a pass)."""
    folded = text.lower() if folded is None else folded
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    # Most posts have no digit at all: one scan, and only the detectors that need none run.
    if has_digit(text):
        detectors = DETECTORS
    elif _may_find_without_digit(text, folded):
        detectors = WITHOUT_DIGITS
    else:
        return findings  # most posts: the scans above, and no detector called
    for detector in detectors:
        for start, end, severity, what in detector(text, folded, region):
            if any(start < t_end and t_start < end for t_start, t_end in taken) \
                    or _SPECIMEN_BEFORE.search(text, max(0, start - 40), start):
                continue
            taken.append((start, end))
            trigger = Trigger(start, end, text[start:end])
            explanation = what if what.startswith(("looks like", "where")) else f"looks like {what}"
            findings.append(Finding("personal_data", severity, (trigger,), rules.why,
                                    rules.suggestion, explanation))
    return findings
