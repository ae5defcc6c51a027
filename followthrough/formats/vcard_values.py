"""Decoding one vCard content line: parameters, escapes, dates and photos.

vobject parses the line (name, group, parameters, quoted-printable + CHARSET), but
its vCard behaviour applies 3.0 escaping to every version as soon as VERSION is
known (a 2.1 NOTE is cut at its first comma, Google's `https\\://` keeps its
backslash). So values are taken raw from vobject's line parser and unescaped
here, by version.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

from vobject.base import parseLine

# 2.1 bare parameters that are encodings, not types.
_ENCODING_WORDS = {"base64", "b", "8bit", "7bit", "quoted-printable"}
# Types that carry no meaning for us: "pref" becomes ContactPoint.preferred.
_NOISE_TYPES = {"pref", "internet", "voice", "x400"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_RFC6868 = re.compile(r"\^([n^'])")
_RFC6868_CHARS = {"n": "\n", "^": "^", "'": '"'}
_IMAGE_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG", "image/png"), (b"GIF8", "image/gif"))


@dataclass
class Prop:
    """One parsed content line, value still escaped (but QP already decoded)."""

    name: str
    group: str
    params: dict[str, list[str]]
    bare: list[str]  # 2.1 parameters without a name: TEL;WORK;VOICE
    value: str
    line: int
    raw: str
    types: list[str] = field(default_factory=list)

    def param(self, name: str) -> str:
        # vobject splits unquoted values on commas; a LABEL may contain them.
        return ",".join(self.params.get(name.upper(), []))


def parse_prop(text: str, line: int, version: str) -> Prop:
    """Parse one unfolded line; raises vobject's ParseError or ValueError."""
    name, group, raw_params, bare, value = _content_line(text, line)
    params = {key: _param_values(values, version) for key, values in raw_params.items()}
    prop = Prop(name.upper(), (group or "").lower(), params, bare, value, line, text)
    prop.types = _types(prop)
    return prop


def _content_line(text: str, line: int) -> tuple[str, str | None, dict[str, list[str]], list[str], str]:
    """What vobject's ContentLine makes of a line (name, group, parameters, bare parameters,
    quoted-printable decoded value), without building one: its attribute hooks cost more
    than the rest of a 10,000-card import's parsing. Same rules, in the same order."""
    name, param_lists, value, group = parseLine(text, line)
    params: dict[str, list[str]] = {}
    bare: list[str] = []
    for entry in param_lists:
        if len(entry) == 1:
            bare += entry
        else:
            params.setdefault(entry[0].upper(), []).extend(entry[1:])
    quoted_printable = False
    if "ENCODING" in params and "QUOTED-PRINTABLE" in params["ENCODING"]:
        quoted_printable = True
        params["ENCODING"].remove("QUOTED-PRINTABLE")
        if not params["ENCODING"]:
            del params["ENCODING"]
    if "QUOTED-PRINTABLE" in bare:
        quoted_printable = True
        bare.remove("QUOTED-PRINTABLE")
    if quoted_printable:
        charset = (params["ENCODING"] if "ENCODING" in params  # vobject's own choice
                   else params["CHARSET"][0] if "CHARSET" in params else "utf-8")
        # ENCODING's other values are a list, passed on as vobject passes them (a bad card fails).
        value = quopri.decodestring(value.encode("utf-8")).decode(charset)  # type: ignore[arg-type]  # see above
    return name, group, params, bare, value


def _param_values(values: list[str], version: str) -> list[str]:
    if version.startswith("4"):
        return [_RFC6868.sub(lambda m: _RFC6868_CHARS[m.group(1)], v) for v in values]
    return list(values)


def _types(prop: Prop) -> list[str]:
    # TYPE="cell,voice" (4.0, quoted) arrives as one value: split it here.
    declared = [word for value in prop.params.get("TYPE", []) for word in value.split(",")]
    words = declared + prop.bare
    seen: list[str] = []
    for word in (w.strip().lower() for w in words):
        if word and word not in _ENCODING_WORDS and word not in seen:
            seen.append(word)
    return seen


def kind_of(prop: Prop) -> str:
    return ",".join(t for t in prop.types if t not in _NOISE_TYPES)


def is_preferred(prop: Prop) -> bool:
    return "pref" in prop.types or prop.param("PREF") == "1"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unescape(text: str, version: str) -> str:
    """Undo text escaping; 2.1 has none (commas and backslashes are literal)."""
    if version == "2.1":
        return normalise_newlines(text)
    return normalise_newlines(
        _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)
    )


def split_structured(text: str, version: str) -> list[str]:
    """Split N/ADR/ORG on unescaped semicolons, then unescape each part."""
    parts = _split_unescaped(text, ";")
    if version == "2.1":
        return [normalise_newlines(part.replace("\\;", ";")) for part in parts]
    return [unescape(part, version) for part in parts]


def split_list(text: str, version: str) -> list[str]:
    """Split CATEGORIES-like values on unescaped commas."""
    parts = _split_unescaped(text, ",")
    return [unescape(part, version).strip() for part in parts if part.strip()]


def _split_unescaped(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_FULL_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})")


def parse_date(value: str, omit_year: str = "") -> str | None:
    """ISO date from `1988-03-14`, `19840917`, `--0412`, `1604-11-22` (Apple, no year)."""
    text = value.strip()
    if match := _NO_YEAR.match(text):
        return f"--{match.group(1)}-{match.group(2)}"
    if match := _FULL_DATE.match(text):
        year, month, day = match.groups()
        if omit_year and year == omit_year:
            return f"--{month}-{day}"
        return f"{year}-{month}-{day}"
    return None


def decode_photo(prop: Prop) -> tuple[bytes, str] | None:
    """Inline photo bytes and MIME type, or None when the photo is a link."""
    value = prop.value.strip()
    if value.lower().startswith("data:"):
        header, _, payload = value[5:].partition(",")
        mime = header.split(";")[0].lower()
        return _b64(payload), mime or "application/octet-stream"
    encoding = (prop.param("ENCODING") or " ".join(prop.bare)).lower()
    if "b" not in encoding.split() and "base64" not in encoding.split():
        return None
    photo = _b64(value)
    return photo, _photo_mime(prop, photo)


def _b64(payload: str) -> bytes:
    compact = "".join(payload.split())
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except binascii.Error as error:
        raise ValueError(f"photo is not valid base64 ({error})") from error


def _photo_mime(prop: Prop, photo: bytes) -> str:
    declared = prop.param("MEDIATYPE") or next(iter(prop.types), "")
    if "/" in declared:
        return declared.lower()
    if declared.lower() in _IMAGE_TYPES:
        return _IMAGE_TYPES[declared.lower()]
    if declared:
        return f"image/{declared.lower()}"
    return next((mime for magic, mime in _MAGIC if photo.startswith(magic)), "")


# Lines a writer makes itself, or that would end or nest a card: never copied from elsewhere.
NOT_COPIED = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID", "FN", "N"})
_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_NOT_IN_A_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def copied_line(prop: Prop) -> str | None:
    """A line we do not understand, rebuilt from its parts so a 3.0 or 4.0 card may hold it:
    quoted-printable decoded (by `parse_prop`), CHARSET dropped (we write UTF-8), 2.1's bare
    types as TYPE=, line breaks escaped. None for a line that must not be copied: one that would
    end or nest a card (`item1.END:VCARD`, `END;X=1:VCARD`), one we write ourselves, or one
    whose name, group or parameters are no tokens. Never the line as it was read."""
    if (prop.name in NOT_COPIED or not _TOKEN.fullmatch(prop.name)
            or (prop.group and not _TOKEN.fullmatch(prop.group))):
        return None
    value = normalise_newlines(prop.value).replace("\n", "\\n")
    if _NOT_IN_A_LINE.search(value):
        return None
    params: list[str] = []
    for key, values in prop.params.items():
        if key == "CHARSET":
            continue
        rendered = [_copied_param(v) for v in values]
        if not _TOKEN.fullmatch(key) or None in rendered:
            return None
        params.append(f"{key}={','.join(v for v in rendered if v is not None)}")
    types = [t.lower() for t in prop.bare if t.lower() not in _ENCODING_WORDS]
    if any(not _TOKEN.fullmatch(t) for t in types):
        return None
    if types:
        params.append("TYPE=" + ",".join(types))
    group = f"{prop.group}." if prop.group else ""
    return f"{group}{prop.name}{''.join(';' + p for p in params)}:{value}"


def _copied_param(value: str) -> str | None:
    if '"' in value or "\t" in value or _NOT_IN_A_LINE.search(value):
        return None
    return f'"{value}"' if any(char in value for char in ",;:") else value


def apple_label(text: str) -> str:
    """`_$!<HomePage>!$_` -> `homepage`; free-text labels are kept as written."""
    if text.startswith("_$!<") and text.endswith(">!$_"):
        return text[4:-4].lower()
    return text
