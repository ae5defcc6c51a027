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
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from nameparser import HumanName

from followthrough.formats.emails import normalise_email


@dataclass(frozen=True)
class TextLine:
    """One line of text on the card: what was read, how sure the reader was, and where."""

    text: str
    confidence: float
    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class CardField:
    value: str
    confidence: float


@dataclass
class CardText:
    """The fields found, by name: name, prefix, given_name, family_name, suffix, title, company,
    email, phone, website, linkedin, address; plus more phones and every line read."""

    fields: dict[str, CardField] = field(default_factory=dict)
    other_phones: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}")
_LOOSE_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]*)*)")
_WEB = re.compile(r"(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:/[^\s]*)?", re.I)
_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[^\s/]+/?", re.I)
_LABEL = re.compile(r"^(?:e-?mail|mail|email|e|tel|phone|mobile|mob|cell|m|t|p|w|web|www|fax|"
                    r"f|office|direct|site|telefon|tél|tél\.|handy|portable)\s*[.:]?\s+", re.I)
_FAX = re.compile(r"^\s*(?:fax|f)\b", re.I)
LEGAL_FORMS = ("gmbh", "ag", "kg", "ohg", "se", "ltd", "ltd.", "limited", "llc", "llp", "inc",
               "inc.", "corp", "corp.", "corporation", "co.", "plc", "s.a.", "sa", "sarl",
               "s.a.r.l.", "sas", "s.a.s.", "b.v.", "bv", "n.v.", "oy", "oyj", "ab", "as", "a/s",
               "aps", "s.r.l.", "srl", "s.p.a.", "spa", "s.l.", "sl", "pty", "gbr", "e.v.",
               "ug", "k.k.", "sp. z o.o.", "s.r.o.", "kft", "lda", "ltda")
ROLE_WORDS = {
    "manager", "director", "directrice", "directeur", "director,", "engineer", "developer",
    "designer", "analyst", "scientist", "consultant", "officer", "president", "vp",
    "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cmo", "cio", "head",
    "lead", "leader", "executive", "architect", "specialist", "coordinator", "administrator",
    "assistant", "associate", "advisor", "adviser", "owner", "chair", "chairman", "chairwoman",
    "editor", "writer", "producer", "researcher", "professor", "lecturer", "attorney",
    "lawyer", "accountant", "recruiter", "representative", "strategist", "geschäftsführer",
    "geschäftsführerin", "leiter", "leiterin", "gerente", "ingeniero", "ingeniera",
    "responsable", "commerciale", "commercial", "chef", "ingénieur", "ingénieure", "vorstand",
    "berater", "beraterin", "entwickler", "entwicklerin", "intern", "partner", "principal",
    "secretary", "treasurer", "agent", "broker", "nurse", "physician", "doctor", "surgeon",
    "teacher", "photographer", "artist", "trainer", "coach", "therapist", "technician",
    "supervisor", "superintendent", "controller", "auditor", "buyer", "planner", "marketing",
}
_PARTICLES = {"de", "van", "von", "da", "di", "del", "la", "le", "der", "den", "du", "dos", "y"}
WEBMAIL = {"gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "mac",
           "gmx", "web", "proton", "protonmail", "aol", "mail", "yandex", "t-online", "orange",
           "free", "libero", "wanadoo", "fastmail", "zoho"}
_ADDRESS = re.compile(r"\b(?:street|st\.|str\.|straße|strasse|rue|calle|avenue|ave\.?|road|rd\.|"
                      r"platz|weg|allee|suite|floor|via|boulevard|blvd|lane|gasse|plaza|avenida|"
                      r"p\.?o\.? box|postfach)\b|\b\d{4,5}\s+\w+|"
                      # German compounds: Hauptstraße 12, Am Lindenweg 3
                      r"[^\W\d_]+(?:straße|strasse|str\.|gasse|allee|platz|weg|ring|damm)\s+\d",
                      re.I)
# OCR's usual confusions, for mending a name against its own e-mail address
_LOOKALIKE = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o", "5": "s", "$": "s"})


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
    _take_people_lines(rest, result)
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
    if len(labels[0]) < 2 or labels[-1].lower() in {"a", "v", "l"}:
        return ""
    return match.group(0)


# -- an address: kept, so that its words are never a name or a company -----------------------

def _take_address(line: TextLine, result: CardText) -> bool:
    if not _ADDRESS.search(line.text) or _legal_form(line.text):
        return False
    known = result.fields.get("address")
    text = f"{known.value}\n{line.text}" if known else line.text
    result.fields["address"] = CardField(text, line.confidence)
    return True


# -- the people lines: name, title, company --------------------------------------------------

def _take_people_lines(lines: list[TextLine], result: CardText) -> None:
    email = result.fields.get("email")
    local, domain = _email_parts(email.value if email else "")
    domain = domain or _site_name(result.fields.get("website"))
    tokens = _local_tokens(local)
    candidates = [_with_text(line, _mended_legal_form(_mended(line.text, tokens)[0]))
                  for line in lines if _letters(line.text) >= 2 and "@" not in line.text]
    company = _company_line(candidates, domain)
    names = [_capital_i(line) for line in candidates
             if line is not (company[0] if company else None)]
    names = [line for line in names if _could_be_name(line.text)]
    name = _name_line(names, local)
    if name is not None:
        _set_name(result, name, local)
    title = _title_line([c for c in candidates if c is not name
                         and (not company or c is not company[0])], name)
    if title is not None:
        result.fields["title"] = CardField(_strip_label(title.text), title.confidence * 0.95)
    if company is None:
        company = _largest_left(candidates, [name, title], domain)
    if company is not None:
        line, sure = company
        result.fields["company"] = CardField(line.text.strip(" ,|"), line.confidence * sure)


def _with_text(line: TextLine, text: str) -> TextLine:
    if text == line.text:
        return line
    return TextLine(text, line.confidence * 0.95, line.left, line.top, line.right, line.bottom)


def _mended_legal_form(text: str) -> str:
    """'Bluefin S.r.I.' -> 'Bluefin S.r.l.': a legal form's l read as I or 1."""
    words = text.split(" ")
    last = words[-1]
    for form in LEGAL_FORMS:
        if len(last) == len(form) and last.lower() != form and "l" in form \
                and _as_l(last.lower()) == form:
            words[-1] = "".join("L" if f == "l" and i == 0 and c in "I1|" else
                                "l" if f == "l" else c for i, (c, f) in enumerate(
                                    zip(last, form, strict=True)))
            return " ".join(words)
    return text


def _as_l(text: str) -> str:
    return text.replace("i", "l").replace("1", "l").replace("|", "l")


def _company_line(lines: list[TextLine], domain: str) -> tuple[TextLine, float] | None:
    with_form = [line for line in lines if _legal_form(line.text)]  # no title has a legal form
    if with_form:
        return max(with_form, key=lambda line: line.height), 0.97
    if domain:
        spelled = [line for line in lines if _spells(line.text, domain)]
        if spelled:
            return max(spelled, key=lambda line: line.height), 0.92
    return None


def _largest_left(lines: list[TextLine], taken: list[TextLine | None],
                  domain: str) -> tuple[TextLine, float] | None:
    left = [line for line in lines if all(line is not t for t in taken)
            and not _has_role(line.text)]
    if left:
        return max(left, key=lambda line: line.height), 0.6
    if domain and domain not in WEBMAIL:
        return TextLine(domain.capitalize(), 0.4), 1.0
    return None


def _name_line(lines: list[TextLine], local: str) -> TextLine | None:
    if not lines:
        return None
    tokens = _local_tokens(local)

    def score(line: TextLine) -> float:
        words = {_fold(w) for w in re.findall(r"[^\W\d_]+", line.text)}
        agreed = sum(1 for w in words for t in tokens if _alike(w, t))
        return agreed * 1000 + line.height

    return max(lines, key=score)


def _set_name(result: CardText, line: TextLine, local: str) -> None:
    text, sure = _mended(line.text.strip(" ,|"), _local_tokens(local))
    parsed = HumanName(text)
    agrees = any(_alike(_fold(w), t) for w in text.split() for t in _local_tokens(local))
    confidence = line.confidence * (0.97 if agrees else 0.8) * sure
    result.fields["name"] = CardField(text, confidence)
    for key, value in (("prefix", parsed.title), ("given_name", parsed.first),
                       ("additional_names", parsed.middle), ("family_name", parsed.last),
                       ("suffix", parsed.suffix)):
        if value:
            result.fields[key] = CardField(value, confidence)


def _capital_i(line: TextLine) -> TextLine:
    """'Chidi lyer' -> 'Chidi Iyer' when that makes it a name: a name's capital I read as l."""
    words = line.text.split(" ")
    fixed = [f"I{w[1:]}" if len(w) >= 3 and w[0] == "l" and w[1:].isalpha() and w[1:].islower()
             and w not in _PARTICLES else w for w in words]
    if fixed == words or _could_be_name(line.text) or not _could_be_name(" ".join(fixed)):
        return line
    return _with_text(line, " ".join(fixed))


def _mended(name: str, tokens: list[str]) -> tuple[str, float]:
    """The name with each word the e-mail spells differently mended: 'lyer' + iyer -> 'Iyer'."""
    words, sure = name.split(" "), 1.0
    for index, word in enumerate(words):
        folded = _fold(word)
        for token in tokens:
            if folded != token and len(token) >= 3 and len(folded) == len(token) \
                    and folded.translate(_LOOKALIKE) == token.translate(_LOOKALIKE):
                words[index] = _recased(word, token)
                sure = 0.9
    return " ".join(words), sure


def _recased(word: str, token: str) -> str:
    """`token` spelled with `word`'s capitals and accents where its letters agree."""
    out = []
    for old, new in zip(word, token, strict=True):
        if _fold(old) == new:
            out.append(old)
        else:
            out.append(new.upper() if old.isupper() or (old in "l1|!" and not out) else new)
    return "".join(out)


def _title_line(lines: list[TextLine], name: TextLine | None) -> TextLine | None:
    roles = [line for line in lines if _has_role(line.text) and not _legal_form(line.text)]
    if not roles:
        return None
    if name is None:
        return roles[0]
    return min(roles, key=lambda line: abs(line.top - name.bottom) + abs(line.left - name.left))


# -- small tests on text -----------------------------------------------------------------------

def _could_be_name(text: str) -> bool:
    if _legal_form(text) or _has_role(text) or any(c.isdigit() for c in text) or "@" in text:
        return False
    parsed = HumanName(text)
    words = [w for w in re.split(r"\s+", text.strip(" ,")) if w]
    core = [w for w in words if w.rstrip(",.").lower() not in {"dr", "prof", "mr", "mrs", "ms",
                                                                "phd", "mba", "jr", "sr", "md"}]
    return 2 <= len(core) <= 4 and bool(parsed.first) and bool(parsed.last) \
        and all(w[0].isupper() or w.lower() in _PARTICLES for w in core)


def _legal_form(text: str) -> bool:
    """A company's legal form after at least one word of its name ('AS' alone is initials)."""
    lower = text.lower()
    words = lower.replace(",", " ").split()
    return len(words) >= 2 and (any(form in words[1:] for form in LEGAL_FORMS) or any(
        lower.endswith(" " + form) for form in LEGAL_FORMS if " " in form))


def _has_role(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w-]*", text.lower())
    return any(w in ROLE_WORDS for w in words)


def _spells(text: str, domain: str) -> bool:
    """The line spells the domain's name: 'Zöllner & Søn GmbH' and zollner-son."""
    letters = re.sub(r"[^a-z0-9]", "", _fold(text))
    name = re.sub(r"[^a-z0-9]", "", domain)
    return len(name) >= 3 and (letters.startswith(name) or name.startswith(letters)
                               and len(letters) >= 3)


def _strip_label(text: str) -> str:
    return text.strip(" ,|")


def _email_parts(address: str) -> tuple[str, str]:
    local, _, host = address.partition("@")
    labels = host.lower().split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "ac", "gov"}:
        labels = labels[:-1]
    name = labels[-2] if len(labels) >= 2 else ""
    return local.lower(), "" if name in WEBMAIL else name


def _site_name(website: CardField | None) -> str:
    if website is None:
        return ""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", website.value.lower()).split("/")[0]
    return _email_parts("x@" + host)[1]


def _local_tokens(local: str) -> list[str]:
    return [t for t in re.split(r"[._+\-0-9]+", local.lower()) if len(t) >= 2]


def _alike(word: str, token: str) -> bool:
    return len(word) >= 2 and (word == token or word.translate(_LOOKALIKE)
                               == token.translate(_LOOKALIKE)
                               or len(word) >= 3 and token.endswith(word) and len(token) > 5)


def _fold(text: str) -> str:
    swaps = {"ø": "o", "ł": "l", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
    text = "".join(swaps.get(c, c) for c in text.lower())
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)
