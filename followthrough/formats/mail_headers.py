"""One mail's headers (from an mbox or an IMAP server) as evidence: who, when, what, which way.

    item = evidence_from_headers(raw_header_bytes, where, me, sent=False, fallback_key="...")

Reads From, To, Cc, Date, Subject, Message-ID and Gmail's `X-Gmail-Labels`. A mail is the
user's own when its From address is one of theirs, when Gmail labels it `Sent`, or when it
comes from the Sent folder (`sent=True`); the other party is then every To and Cc address
(compared in lower case), otherwise the sender. The stable key is the Message-ID, so the same
mail read from an mbox and from the server is one item. A Date that cannot be read skips the
mail with a reason.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from followthrough.domain.kinds import InteractionKind
from followthrough.formats.evidence import Direction, Evidence, Item, Me, Party, Skipped
from followthrough.formats.records import SourceRef

SUBJECT_CHARS = 200
_PARSER = BytesHeaderParser(policy=compat32)  # compat32: the fastest, and headers only


def evidence_from_headers(raw: bytes, where: SourceRef, me: Me, *, sent: bool,
                          fallback_key: str) -> Item:
    headers = _PARSER.parsebytes(raw)
    date = _text(headers, "Date")
    at = parse_date(date)
    if at is None:
        reason = f"cannot read the Date header {date[:80]!r}" if date else "no Date header"
        return Skipped(where, reason)
    sender = _addresses(headers, "From")
    mine = sent or is_labelled_sent(_text(headers, "X-Gmail-Labels")) or any(
        me.is_me(p) for p in sender)
    if mine:
        recipients = _addresses(headers, "To", "Cc", "Bcc")
        direction, parties = Direction.OUT, tuple(p for p in recipients if not me.is_me(p))
    else:
        direction, parties = Direction.IN, tuple(sender[:1])
    subject = _decoded(_text(headers, "Subject"))
    return Evidence(
        key=message_key(_text(headers, "Message-ID")) or fallback_key,
        source="mail", kind=InteractionKind.EMAIL, direction=direction, at=at, parties=parties,
        summary=_short(subject) if subject else "(no subject)", where=where,
    )


def is_labelled_sent(labels: str) -> bool:
    return any(label.strip().strip('"').lower() == "sent" for label in labels.split(","))


def parse_date(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def message_key(message_id: str) -> str:
    cleaned = message_id.strip().strip("<>").strip()
    return f"mail:{cleaned}" if cleaned and " " not in cleaned else ""


def _text(headers: Message, name: str) -> str:
    values = headers.get_all(name) or []
    return " ".join(str(v) for v in values).strip()


def _addresses(headers: Message, *names: str) -> list[Party]:
    values = [str(v) for name in names for v in (headers.get_all(name) or [])]
    found = []
    for name, address in email.utils.getaddresses(values):
        address = address.strip().lower()
        if "@" in address:
            found.append(Party(name=_decoded(name), email=address))
    return found


def _decoded(text: str) -> str:
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(make_header(decode_header(text))).split())
    except (LookupError, ValueError, UnicodeError):  # a charset that does not exist
        return " ".join(text.split())


def _short(text: str) -> str:
    return text if len(text) <= SUBJECT_CHARS else text[: SUBJECT_CHARS - 1] + "…"
