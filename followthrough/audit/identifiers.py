"""Identity, tax and travel numbers: passports, national ids, tax numbers, bookings, boarding passes.

Two kinds of evidence, as a careful reader would use them:
- a cue word right before a number-like value ("passport no. X4829175", "my PAN: ...",
  "booking ref QX7T2L", "Steuer-ID 47 036 892 816"). The cue says what the number is, so the
  layout may vary and a typo in a check digit does not matter;
- a shape distinctive enough on its own, checked with python-stdnum where a check digit exists:
  an IBAN, an Aadhaar number (Verhoeff), an Indian PAN, a Spanish DNI or NIE, a Brazilian CPF,
  an Italian codice fiscale, a passport's machine-readable line, and a boarding pass barcode
  or the printed details of one (passenger, flight and seat together).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban, verhoeff
from stdnum.es import dni, nie

from followthrough.audit.scans import (
    digit_total,
    finditer_folded,
    has_two_capitals,
    search_folded,
    without_ignorecase,
)

Found = tuple[int, int, str]  # start, end, what it looks like

_BOOKING = "a booking reference"  # the one kind that may be letters alone, and never a firm's own numbering
_TAX = "a tax number"
# Cue -> what the number after it is. Longer cues first, so "tax file number" wins over "tax".
# (No VAT or GST cue: a registration is printed on every invoice and looked up in a public register.)
_CUES: tuple[tuple[str, str], ...] = (
    (r"passport(?: card)?|passeport|pasaporte|passaporte|reisepass|paszport", "a passport number"),
    (r"brp|residence (?:card|permit)|resident card|green card"
     r"|(?:national |student |employee |staff )?id(?:entity)? card|national id|identity card"
     r"|personalausweis|ausweis|carte d'identit[ée]|c[ée]dula|dni|nie|nif|cpf|rg|curp|id"
     r"|nik|ktp|cin|staff (?:card|no\.?|number)",
     "an identity number"),
    (r"aadh?aar|pan(?: card)?|voter id|bvn|nin|iqama|emirates id|tc kimlik|kimlik",
     "an identity number"),
    (r"carte vitale|social security|ssn|social insurance|sin|numéro de s[ée]cu(?:rité sociale)?"
     r"|nir|ahv|bsn|pesel|medicare|nhs|ni|national insurance", "a social security or health number"),
    (r"num[ée]ro fiscal|tax file|tfn|tax id(?:entification)?|tax|tin|ein|itin|utr|steuer-?id|steuernummer"
     r"|steueridentifikationsnummer|codice fiscale|trn", _TAX),
    (r"driver'?s? ?licen[cs]e|driving licen[cs]e|licen[cs]e", "a driving licence number"),
    (r"booking|reservation|confirmation|conf\.?|pnr|record locator|e-?ticket|ticket|itinerary"
     r"|reference|ref\.?",
     _BOOKING),
    (r"iban|account|acct|acc|a/c|sort code|routing|bsb|rekening|no\.? rek|cbu|cvu|rib|clabe",
     "a bank account number"),
    # A bank's name before a number is an account to pay into: "GTBank 0123456789".
    (r"gtbank|vietcombank|techcombank|nubank|ecobank|bbva|barclays|lloyds|natwest|hsbc|santander"
     r"|monzo|revolut|starling|nationwide|bancolombia|bradesco|itau|kcb|m-?pesa(?! paybill| till)",
     "a bank account number"),
)
# "(?<![\w-])": the "ID" of "Steuer-ID" is the tax cue's, not the identity cue's.
_CUED = [(re.compile(rf"(?<![\w-])(?:{cue})(?![\w])", re.IGNORECASE), what) for cue, what in _CUES]
# Whether any cue is there at all: one scan instead of one per cue, for the many texts with none.
_ANY_CUE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(f'(?:{cue})' for cue, _ in _CUES)})(?![\w])", re.IGNORECASE
)
_ANY_LOWER_CUE = without_ignorecase(_ANY_CUE)  # for an ASCII text (scans.search_folded)
_REACH = 48  # how far after its cue a value may stand ("passport renewed! number 533914227")
_GROUP = re.compile(r"[A-Za-z0-9]+")
# A prefix, a hyphen and digits ("INC-77104", "REQ-88213", "BRW-20931") is how help desks, shops and
# warehouses number tickets and orders; a booking reference (a PNR, "QX7T2L") has no hyphen, and
# no year ("HX-2024-00731", "2024-HR-00451" are a firm's own numbering).
_INTERNAL_REFERENCE = re.compile(
    r"[A-Z]{2,5}(?:-[A-Z]{2,4})?-\d{3,}(?:-[A-Z0-9]{1,4})?|[A-Z]{2,4}-(?:19|20)\d\d-\d{2,}"
    r"|(?:19|20)\d\d-[A-Z]{2,4}-\d{3,}|[A-Z]{2,5}-\d\d-\d{3,}"
    # A file's reference in parts: "24/01182/FUL" (planning), "FT/2024/0713", "DDX 1142/3/7".
    r"|(?:[A-Z]{2,5} )?[A-Z0-9]+(?:/[A-Z0-9]+){2,}"
    # A help desk's ticket: "INC0048812", "REQ0012345", "RITM0093311".
    r"|(?:INC|REQ|RITM|CHG|TASK|PRB|SR|CS|TKT)\d{5,}"
)
# "Table booking 0161 496 0909": a booking line's number, which the phone detector judges. A
# booking reference neither starts with a trunk or country prefix nor is grouped like a phone,
# a UK one's two groups included ("0113 4960123").
_PHONE_SHAPED = re.compile(r"(?:\+|0)\d{1,4}(?:[ -]\d{2,4}){2,4}|0\d{2,4}[ -]\d{6,8}")
# A UK tax code ("1257L", "1257L W1/M1", "K475 X", "BR") is an allowance that millions share,
# not a number that picks anyone out.
_UK_TAX_CODE = re.compile(r"[SC]?(?:\d{1,4}[LMNT]|K\d{1,4}|BR|D[01]|NT|0T)(?:[ /]?(?:W1|M1|X))*")
# A postal item's tracking number (UPU S10, "RM 6620 1147 5GB"): two letters, nine digits, a country.
_POSTAL_ITEM = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
# A record of a thing, not a person, named before a cue or between it and its value: "Class book
# order (ref 449021)", "Transaction ID 8812045", "ticket booked, order number GB-24-00931".
RECORD_WORDS = (
    r"order|invoice|incident|transaction|tracking|parcel|shipment|raffle|file|case|job|serial"
    r"|batch|part|product|item|receipt|purchase|asset|stock|lot|catalogue|accession|version|build"
    r"|model|tender|consignment|application|po|planning|referral|holding|trade"
    r"|crime|claim|complaint|report|fault|warranty|issue|bug|request|firm|company|charity|grid"
    r"|support|help ?desk|service desk|supplier|game|server|merchant|till"
)
_RECORD = re.compile(rf"\b(?:{RECORD_WORDS})\b\W*(?:(?:number|no\.?|id|#)\W*)?$", re.IGNORECASE)
_RECORD_BETWEEN = re.compile(r"\b(?:order|invoice|tracking|transaction|parcel) (?:number|no\.?|id|#)",
                             re.IGNORECASE)
# A flight's number is on every departures board: "booking flight EZY8123 on my phone".
_FLIGHT_BEFORE = re.compile(r"\bflight (?:no\.? |number |#)?$", re.IGNORECASE)
# A ticket raised with a help desk is the desk's record, not a traveller's: "Ticket #448213
# raised with IT", "Ticket 88213-B with support".
_HELP_DESK_AFTER = re.compile(
    r"\W{0,3}(?:(?:raised|logged|opened) )?with (?:IT|support|the (?:help|service) ?desk)\b", re.IGNORECASE
)
# Between a cue and its value, these say the value is a phone number: "online booking, or call
# the reception 071-3623-0000" (the phone detector then decides whether it is someone's own).
_PHONE_WORDS = re.compile(r"\b(?:call|ring|phone|tel|telephone|whatsapp|text|line|lines|hotline|helpline)\b",
                          re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(19|20)\d\d[./-]\d{2}|\d{4}-\d{2}-\d{2}")
_YEARS = re.compile(r"(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d")  # "2024-2024", "1998-02"
_JOINERS = frozenset(" ./-")

_PAN = re.compile(r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b")
_AADHAAR = re.compile(r"\b[2-9]\d{3}([ -]?)\d{4}\1\d{4}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_DNI = re.compile(r"\b\d{8}-?[A-Z]\b")
_NIE = re.compile(r"\b[XYZ]-?\d{7}-?[A-Z]\b")
_CPF = re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b")
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b")
_GHANA_CARD = re.compile(r"\bGHA-\d{9}-\d\b")
# "40-11-62 31129807", or the other way round, "31129807 / 40-11-62".
_SORT_CODE_AND_ACCOUNT = re.compile(r"\b\d{2}-\d{2}-\d{2},?\s+\d{8}\b|\b\d{8}\s*[/,]?\s+\d{2}-\d{2}-\d{2}\b")
# In a post about a passport, "No. 123456789" anywhere is its number, however far from the word,
# and so is nine digits standing alone, a British or an American passport's number.
_PASSPORT_NUMBER = re.compile(
    r"\b(?:no\.?|number|nr\.?|n°|#)\s*:?\s*([A-Z]{0,2}\d{7,9})\b|(?<![\d-])(?<!\d )\b(\d{9})\b(?![ -]?\d)",
    re.IGNORECASE)
_UK_LICENCE = re.compile(r"\b[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}\b")  # "SMITH805127JR9AB"
# A PIN or a one-time code is a few digits, so it needs its cue close by: "OTP … it's 482901".
_SECRET_CODE = re.compile(
    r"\b(?:otp|one[- ]time (?:code|password|passcode)|verification code|security code|pin|cvv|cvc)\b"
    r"[^\d\n.!?]{0,24}?\b(\d{3,8})\b",
    re.IGNORECASE,
)
_LOWER_SECRET_CODE = without_ignorecase(_SECRET_CODE)  # for an ASCII text (scans.finditer_folded)
_A_CAPITAL = re.compile(r"[A-Z]").search
_MRZ = re.compile(r"\bP<[A-Z]{3}[A-Z<]{8,}")
_BARCODE = re.compile(r"\bM1[A-Z'-]+/[A-Z'-]+\s+E?[A-Z0-9]{5,7}\s+[A-Z]{6}[A-Z0-9]{2}\s*\d{2,4}")
_SEAT = re.compile(r"\bseat:?\s*\d{1,2}[A-K]\b", re.IGNORECASE)
_FLIGHT = re.compile(r"\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}\b")
_PASSENGER = re.compile(
    r"\b[A-Z][A-Z'-]+/[A-Z][A-Z'-]+\b|\bpassenger:?\s+[A-Z][a-z]+|\b(?:booking|pnr|conf|gate|boarding pass)",
    re.IGNORECASE,
)


def digit_count(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _plausible(value: str, what: str) -> bool:
    """Six digits or more, or a code in capitals with a digit or two (a PNR, a plate, a passport).
    Only a booking reference may be six letters alone ("tilt the pan, WHOOSH" is no PAN card)."""
    compact = re.sub(r"[ ./-]", "", value)
    if digit_count(compact) >= 6:
        return not _looks_like_a_date(value)
    return 5 <= len(compact) <= 12 and compact.isupper() and compact.isalnum() \
        and (digit_count(compact) >= 1 or (len(compact) == 6 and what == _BOOKING))


def _looks_like_a_date(value: str) -> bool:
    return bool(_DATE.fullmatch(value) or _YEARS.fullmatch(value))


def _id_like(word: str) -> bool:
    return any(c.isdigit() for c in word) or (len(word) >= 2 and word.isupper())


def _values_after(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The identifier-like runs of groups within reach of a cue, as spans, nearest first."""
    groups = list(_GROUP.finditer(text, start, min(len(text), start + _REACH)))
    end = start
    for index, group in enumerate(groups):
        if group.start() < end or not _id_like(group.group()):  # inside the last run, or a word
            continue
        end = group.end()
        for following in groups[index + 1 :]:
            gap = text[end : following.start()]
            word = following.group()
            if len(gap) != 1 or gap not in _JOINERS or (word.isalpha() and not word.isupper()):
                break
            end = following.end()
        yield group.start(), end


def _nearest_plausible(text: str, start: int, what: str) -> tuple[int, int] | None:
    """"Ref for my Jet2 holiday is JT8XQ4" skips "Jet2". Past the first, a value needs a digit:
    words in capitals further on are shouting ("it WILL BREAK"), not a code."""
    for index, span in enumerate(_values_after(text, start)):
        value = text[span[0] : span[1]]
        if _plausible(value, what) and (index == 0 or any(c.isdigit() for c in value)):
            return span
    return None


def _cued(text: str) -> list[Found]:
    if not search_folded(_ANY_CUE, _ANY_LOWER_CUE, text):
        return []
    found = []
    for pattern, what in _CUED:
        for match in pattern.finditer(text):
            span = _nearest_plausible(text, match.end(), what)
            if span is None:
                continue
            value = text[span[0] : span[1]]
            if _plausible(value, what) and not _PHONE_WORDS.search(text, match.end(), span[0]) \
                    and not _names_a_record(text, match.start(), match.end(), span) \
                    and not (what == _BOOKING and (_INTERNAL_REFERENCE.fullmatch(value)
                                                   or _PHONE_SHAPED.fullmatch(value))) \
                    and not _POSTAL_ITEM.fullmatch(re.sub(r"[ .-]", "", value)) \
                    and not _UK_TAX_CODE.fullmatch(value):
                found.append((span[0], span[1], what))
    return found


def _shapes(text: str) -> list[Found]:
    # Each shape is only looked for when the text has as many digits as it needs, and the
    # capitals it needs: most texts with a digit have a handful and no code in capitals.
    digits = digit_total(text)
    capital_pair = has_two_capitals(text)
    capital_after_start = capital_pair or _A_CAPITAL(text, 1) is not None
    lowered = text.lower()
    found: list[Found] = []
    if capital_pair and digits >= 4:
        found += [(m.start(), m.end(), "an Indian PAN") for m in _PAN.finditer(text)]
    if digits >= 12:
        found += [(m.start(), m.end(), "an Aadhaar number") for m in _AADHAAR.finditer(text)
                  if verhoeff.is_valid(re.sub(r"\D", "", m.group()))]
    if capital_pair and digits >= 2:
        found += [(m.start(), m.end(), "a bank account (IBAN)") for m in _IBAN.finditer(text)
                  if iban.is_valid(m.group())]
    if capital_after_start and digits >= 7:  # (the capital after their digits)
        found += [(m.start(), m.end(), "a Spanish DNI") for m in _DNI.finditer(text)
                  if dni.is_valid(m.group())]
        found += [(m.start(), m.end(), "a Spanish NIE") for m in _NIE.finditer(text)
                  if nie.is_valid(m.group())]
    if digits >= 11:
        found += [(m.start(), m.end(), "a Brazilian CPF") for m in _CPF.finditer(text)]
    if capital_pair and digits >= 7:
        found += [(m.start(), m.end(), "an Italian codice fiscale") for m in _CODICE_FISCALE.finditer(text)]
    if capital_pair and digits >= 10:
        found += [(m.start(), m.end(), "a Ghana Card number") for m in _GHANA_CARD.finditer(text)]
    if digits >= 14:
        found += [(m.start(), m.end(), "a bank account (sort code and number)")
                  for m in _SORT_CODE_AND_ACCOUNT.finditer(text)]
    if capital_pair and digits >= 7:
        found += [(m.start(), m.end(), "a UK driving licence number") for m in _UK_LICENCE.finditer(text)]
    if "passport" in lowered:
        found += [(*m.span(m.lastindex or 0), "a passport number") for m in _PASSPORT_NUMBER.finditer(text)]
    found += [(m.start(1), m.end(1), "a PIN or one-time code")
              for m in finditer_folded(_SECRET_CODE, _LOWER_SECRET_CODE, text, lowered)]
    if capital_pair:
        found += [(m.start(), m.end(), "a passport's machine-readable line") for m in _MRZ.finditer(text)]
        found += [(m.start(), m.end(), "a boarding pass barcode") for m in _BARCODE.finditer(text)]
    return found


def _names_a_record(text: str, cue_start: int, cue_end: int, value: tuple[int, int]) -> bool:
    """A record's word before the cue or between it and the value, or a help desk after a
    ticket's value: the number is a thing's, not a person's."""
    return bool(_RECORD.search(text, max(0, cue_start - 24), cue_start)
                or _RECORD_BETWEEN.search(text, cue_end, value[0])
                or _FLIGHT_BEFORE.search(text, cue_end, value[0])
                or (text[cue_start:cue_end].lower() == "ticket" and _HELP_DESK_AFTER.match(text, value[1])))


def _boarding_pass(text: str) -> list[Found]:
    """Printed boarding-pass details: a seat, a flight, and a passenger name or booking."""
    seat = _SEAT.search(text)
    if seat is None or not _FLIGHT.search(text) or not _PASSENGER.search(text):
        return []
    return [(seat.start(), seat.end(), "boarding pass details (passenger, flight and seat)")]


# Every identifier above has six digits, a run of five capitals and digits, or a passport's "<<".
_WORTH_A_LOOK = re.compile(r"\d(?:[ ./-]?\d){5}|[A-Z0-9]{5,}|<<").search


def find_identifiers(text: str) -> list[Found]:
    if not _WORTH_A_LOOK(text):
        return []
    return _shapes(text) + _cued(text) + _boarding_pass(text)
