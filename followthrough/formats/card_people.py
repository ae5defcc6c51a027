"""A business card's name, title and company, from the lines that are not contact details.

The company is the line with a legal form after its name (GmbH, Ltd, S.A.), else the line
that spells the e-mail's or website's domain, else the largest line left, else the domain
itself; the name is the line nameparser splits into first and last names (Dr., Prof. kept as
the prefix), preferring the one the e-mail spells; the title is the line with a role word
nearest the name. The card mends the reader: 'lyer' beside rajesh.iyer@… is Iyer.
"""

from __future__ import annotations

import re
import unicodedata

from nameparser import HumanName

from followthrough.formats.card_lines import CardField, CardText, TextLine

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
# OCR's usual confusions, for mending a name against its own e-mail address
_LOOKALIKE = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o", "5": "s", "$": "s"})


def take_people_lines(lines: list[TextLine], result: CardText) -> None:
    email = result.fields.get("email")
    local, domain = _email_parts(email.value if email else "")
    domain = domain or _site_name(result.fields.get("website"))
    tokens = _local_tokens(local)
    candidates = [_with_text(line, _mendedlegal_form(_mended(line.text, tokens)[0]))
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


def _mendedlegal_form(text: str) -> str:
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
    with_form = [line for line in lines if legal_form(line.text)]  # no title has a legal form
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
    roles = [line for line in lines if _has_role(line.text) and not legal_form(line.text)]
    if not roles:
        return None
    if name is None:
        return roles[0]
    return min(roles, key=lambda line: abs(line.top - name.bottom) + abs(line.left - name.left))


# -- small tests on text -----------------------------------------------------------------------

def _could_be_name(text: str) -> bool:
    if legal_form(text) or _has_role(text) or any(c.isdigit() for c in text) or "@" in text:
        return False
    parsed = HumanName(text)
    words = [w for w in re.split(r"\s+", text.strip(" ,")) if w]
    core = [w for w in words if w.rstrip(",.").lower() not in {"dr", "prof", "mr", "mrs", "ms",
                                                                "phd", "mba", "jr", "sr", "md"}]
    return 2 <= len(core) <= 4 and bool(parsed.first) and bool(parsed.last) \
        and all(w[0].isupper() or w.lower() in _PARTICLES for w in core)


def legal_form(text: str) -> bool:
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
