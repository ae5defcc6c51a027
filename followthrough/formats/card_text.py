"""A business card's fields from the lines of text read off it, each with a confidence.

    reading = fields_from_lines(lines, region="DE")
    reading.fields["email"]  ->  CardField("rajesh.iyer@zollner-son.de", 0.97)

The lines come from OCR (`card_ocr.read_lines`) with their box and the reader's own confidence.
Each field is found by what that kind of text is, with the library made for it: phones by
phonenumbers' matcher (numbers without a country code read in the configured region), e-mail
and web addresses by strict patterns, the name by nameparser (Dr., Prof. kept as the prefix).
The company is the line with a legal form (GmbH, Ltd, S.A.), else the line that spells the
e-mail's domain, else the largest line left; the title is the line with a role word. Where the
card disagrees with itself the card wins over the reader: a name read "lyer" beside
rajesh.iyer@… is Iyer. A field's confidence is the reader's, times how sure the rule is.
"""

from __future__ import annotations

import re

import phonenumbers

from followthrough.formats.card_lines import CardField, CardText, TextLine
from followthrough.formats.card_people import legal_form, take_people_lines
from followthrough.formats.emails import normalise_email

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}")
_LOOSE_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]*)*)")
_WEB = re.compile(r"(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:/[^\s]*)?", re.I)
_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[^\s/]+/?", re.I)
_LABEL = re.compile(r"^(?:e-?mail|mail|email|e|tel|phone|mobile|mob|cell|m|t|p|w|web|www|fax|"
                    r"f|office|direct|site|telefon|tél|tél\.|handy|portable)\s*[.:]?\s+", re.I)
_FAX = re.compile(r"^\s*(?:fax|f)\b", re.I)
_ADDRESS = re.compile(r"\b(?:street|st\.|str\.|straße|strasse|rue|calle|avenue|ave\.?|road|rd\.|"
                      r"platz|weg|allee|suite|floor|via|boulevard|blvd|lane|gasse|plaza|avenida|"
                      r"p\.?o\.? box|postfach)\b|\b\d{4,5}\s+\w+|"
                      # German compounds: Hauptstraße 12, Am Lindenweg 3
                      r"[^\W\d_]+(?:straße|strasse|str\.|gasse|allee|platz|weg|ring|damm)\s+\d",
                      re.I)


def fields_from_lines(lines: list[TextLine], region: str) -> CardText:
    """Every field the card's lines give, with a confidence between 0 and 1."""
    result = CardText(lines=[line.text for line in lines])
    rest: list[TextLine] = []
    for line in _tidied(lines):
        if not _take_contact(line, region, result):
            rest.append(line)
    if "email" not in result.fields:
        _mend_email(lines, result)
    rest = [line for line in rest if not _take_address(line, result)]
    take_people_lines(rest, result)
    return result


def _tidied(lines: list[TextLine]) -> list[TextLine]:
    tidy = []
    for line in lines:
        text = " ".join(line.text.replace("©", "@").split())
        if "@" in text:  # "rajesh.iyer @ zollner.de": the reader put spaces in an address
            text = re.sub(r"\s*([@.])\s*", r"\1", text)
        if text:
            tidy.append(TextLine(text, line.confidence, line.left, line.top, line.right,
                                 line.bottom))
    return tidy


# -- contact lines: e-mail, phone, web address ------------------------------------------------

def _take_contact(line: TextLine, region: str, result: CardText) -> bool:
    """True when the line is a contact line (whatever was taken from it)."""
    found = False
    for match in _EMAIL.finditer(line.text):
        address = normalise_email(match.group(0).strip("."))
        if address and "email" not in result.fields:
            result.fields["email"] = CardField(address, line.confidence)
        found = True
    text = _EMAIL.sub(" ", line.text)
    linkedin = _LINKEDIN.search(text)
    if linkedin:
        result.fields.setdefault("linkedin", CardField(linkedin.group(0), line.confidence))
        text = text.replace(linkedin.group(0), " ")
        found = True
    found = _take_phones(line, text, region, result) or found
    if not found:
        web = _website(text)
        if web:
            result.fields.setdefault("website", CardField(web, line.confidence))
            found = True
    return found


def _mend_email(lines: list[TextLine], result: CardText) -> None:
    """An address whose end the reader lost ('…@vantage-partners.n') beside the website
    'vantage-partners.nl' on the same card: the card says how it ends."""
    website = result.fields.get("website")
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", website.value.lower()).split("/")[0] \
        if website else ""
    for line in lines:
        for local, domain in _LOOSE_EMAIL.findall(line.text):
            if host and domain.lower() != host and host.startswith(domain.lower()) \
                    and len(host) - len(domain) <= 2:
                address = normalise_email(f"{local}@{host}")
                if address:
                    result.fields["email"] = CardField(address, line.confidence * 0.85)
                    return


def _take_phones(line: TextLine, text: str, region: str, result: CardText) -> bool:
    found = False
    for match in phonenumbers.PhoneNumberMatcher(text, region.upper() or None):
        if _FAX.match(text[: match.start].strip() or text):
            found = True
            continue
        shown = phonenumbers.format_number(match.number,
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if "phone" not in result.fields:
            result.fields["phone"] = CardField(shown, line.confidence)
        elif shown != result.fields["phone"].value and shown not in result.other_phones:
            result.other_phones.append(shown)
        found = True
    return found


def _website(text: str) -> str:
    bare = _LABEL.sub("", text.strip())
    match = _WEB.fullmatch(bare.strip(" ,;|").rstrip("/"))
    if not match:
        return ""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", match.group(0), flags=re.I)
    labels = host.split("/")[0].split(".")
    if len(labels[0]) < 2:  # 'S.A.' and 'B.V.' are legal forms, not hosts
        return ""
    return match.group(0)


# -- an address: kept, so that its words are never a name or a company -----------------------

def _take_address(line: TextLine, result: CardText) -> bool:
    if not _ADDRESS.search(line.text) or legal_form(line.text):
        return False
    known = result.fields.get("address")
    text = f"{known.value}\n{line.text}" if known else line.text
    result.fields["address"] = CardField(text, line.confidence)
    return True
