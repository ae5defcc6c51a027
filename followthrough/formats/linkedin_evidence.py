"""Read LinkedIn's `Invitations.csv` and `messages.csv` (from "Get a copy of your data").

    for item in read_invitations(stream, "Invitations.csv", me, zone):
        ...   # Evidence or Skipped

Columns are found by name in the header row, wherever it is (never a fixed number of lines).
`Invitations.csv`: `From, To, Sent At, Message, Direction, inviterProfileUrl,
inviteeProfileUrl`; `Sent At` reads like `11/3/26, 9:12 AM` with no zone, so it is taken in
the user's zone. Rows of hidden profiles have no URL and no date: they are skipped with a
reason. `messages.csv`: `CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER`; DATE reads like
`2026-10-02 14:05:11 UTC`. Who the user is comes from `me`, or `infer_me_from_messages` /
`infer_me_from_invitations` (the one who is in every conversation; the inviter of outgoing
invitations).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import BinaryIO
from zoneinfo import ZoneInfo

from followthrough.domain.kinds import InteractionKind
from followthrough.formats.csv_rows import CsvRow, read_rows
from followthrough.formats.evidence import Direction, Evidence, Item, Me, Party, Skipped, fold_name
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.formats.records import SourceRef

INVITATION_COLUMNS = ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                      "inviteeProfileUrl")
MESSAGE_COLUMNS = ("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER")
SUMMARY_CHARS = 200
_SENT_AT = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y, %H:%M", "%m/%d/%Y, %H:%M")
_SPACES = re.compile(r"[\s\u202f\u00a0]+")


def is_invitations_header(cells: list[str]) -> bool:
    return {"Sent At", "Direction", "inviterProfileUrl", "inviteeProfileUrl"} <= set(cells)


def is_messages_header(cells: list[str]) -> bool:
    return {"CONVERSATION ID", "FROM", "SENDER PROFILE URL", "DATE", "CONTENT"} <= set(cells)


def read_invitations(source: bytes | BinaryIO, filename: str, me: Me,
                     zone: ZoneInfo) -> Iterator[Item]:
    rows = read_rows(source, filename, is_header=is_invitations_header,
                     expected="LinkedIn's Invitations.csv header " + ",".join(INVITATION_COLUMNS))
    for row in rows:
        yield _invitation(row, SourceRef(filename, row.line), zone)


def _invitation(row: CsvRow, where: SourceRef, zone: ZoneInfo) -> Item:
    outgoing = row.get("Direction").upper() == "OUTGOING"
    if not outgoing and row.get("Direction").upper() != "INCOMING":
        return Skipped(where, f"Direction is {row.get('Direction')!r}, not OUTGOING or INCOMING")
    name = row.get("To") if outgoing else row.get("From")
    url = normalise_linkedin_url(row.get("inviteeProfileUrl" if outgoing else "inviterProfileUrl"))
    sent_at = row.get("Sent At")
    if not sent_at:
        return Skipped(where, f"no date (LinkedIn leaves hidden profiles without one): {name!r}")
    at = parse_sent_at(sent_at, zone)
    if at is None:
        return Skipped(where, f"cannot read the date {sent_at!r} in Sent At")
    note = row.get("Message")
    summary = f"Invitation: {note}" if note else "Invitation without a note"
    return Evidence(
        key="linkedin-invitation:" + _digest(row, INVITATION_COLUMNS),
        source="linkedin invitation", kind=InteractionKind.LINKEDIN,
        direction=Direction.OUT if outgoing else Direction.IN, at=at,
        parties=(Party(name=name, linkedin=url or ""),), summary=_short(summary),
        with_note=bool(note), where=where,
    )


def parse_sent_at(text: str, zone: ZoneInfo) -> dt.datetime | None:
    """`11/3/26, 9:12 AM` (month first, as LinkedIn writes it) in the user's zone."""
    cleaned = _SPACES.sub(" ", text).strip()
    for pattern in _SENT_AT:
        try:
            return dt.datetime.strptime(cleaned, pattern).replace(tzinfo=zone)
        except ValueError:
            continue
    return None


def infer_me_from_invitations(source: bytes | BinaryIO, filename: str) -> Me | None:
    """The inviter of the outgoing invitations (or the invitee of the incoming ones)."""
    rows = read_rows(source, filename, is_header=is_invitations_header, expected="Invitations.csv")
    for row in rows:
        outgoing = row.get("Direction").upper() == "OUTGOING"
        url = normalise_linkedin_url(row.get("inviterProfileUrl" if outgoing else
                                             "inviteeProfileUrl"))
        name = row.get("From" if outgoing else "To")
        if url:
            return Me(names=frozenset({fold_name(name)} if name else ()),
                      linkedin=frozenset({url}))
    return None


def read_messages(source: bytes | BinaryIO, filename: str, me: Me) -> Iterator[Item]:
    rows = read_rows(source, filename, is_header=is_messages_header,
                     expected="LinkedIn's messages.csv header " + ",".join(MESSAGE_COLUMNS))
    if not (me.linkedin or me.names):
        yield Skipped(SourceRef(filename), "cannot tell which messages you sent: set "
                      "linkedin under [me] in config.toml, or import it with Invitations.csv")
        return
    for row in rows:
        yield _message(row, SourceRef(filename, row.line), me)


def _message(row: CsvRow, where: SourceRef, me: Me) -> Item:
    date = row.get("DATE")
    at = parse_message_date(date)
    if at is None:
        return Skipped(where, f"cannot read the date {date!r} in DATE" if date else "no DATE")
    sender = Party(name=row.get("FROM"), linkedin=normalise_linkedin_url(
        row.get("SENDER PROFILE URL")) or "")
    recipients = _recipients(row.get("TO"), row.get("RECIPIENT PROFILE URLS"))
    if me.is_me(sender):
        direction, parties = Direction.OUT, tuple(p for p in recipients if not me.is_me(p))
    else:
        direction, parties = Direction.IN, (sender,)
    subject = row.get("SUBJECT") or row.get("CONTENT")
    return Evidence(
        key="linkedin-message:" + _digest(row, ("CONVERSATION ID", "DATE", "SENDER PROFILE URL",
                                                "FROM", "CONTENT")),
        source="linkedin message", kind=InteractionKind.LINKEDIN, direction=direction, at=at,
        parties=parties, summary=_short(f"LinkedIn message: {subject}" if subject else
                                        "LinkedIn message"), where=where,
    )


def parse_message_date(text: str) -> dt.datetime | None:
    """`2026-10-02 14:05:11 UTC`."""
    cleaned = text.strip().removesuffix("UTC").strip()
    try:
        moment = dt.datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def _recipients(names: str, urls: str) -> list[Party]:
    links = [u for u in (normalise_linkedin_url(part) for part in urls.split(",")) if u]
    people = [n.strip() for n in names.split(",") if n.strip()]
    if len(people) != len(links):  # a name with a comma in it: the URLs are what match
        return [Party(linkedin=link) for link in links] or [Party(name=names.strip())]
    return [Party(name=n, linkedin=u) for n, u in zip(people, links, strict=True)]


def infer_me_from_messages(source: bytes | BinaryIO, filename: str) -> Me | None:
    """The one participant found in every conversation (None with fewer than two)."""
    everyone: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    rows = read_rows(source, filename, is_header=is_messages_header, expected="messages.csv")
    for row in rows:
        sender = normalise_linkedin_url(row.get("SENDER PROFILE URL"))
        if sender:
            names.setdefault(sender, row.get("FROM"))
        found = {p.linkedin for p in _recipients(row.get("TO"), row.get("RECIPIENT PROFILE URLS"))}
        everyone.setdefault(row.get("CONVERSATION ID"), set()).update(
            {sender} | found if sender else found)
    if len(everyone) < 2:
        return None
    common = set.intersection(*everyone.values()) - {""}
    if len(common) != 1:
        return None
    url = common.pop()
    name = names.get(url, "")
    return Me(names=frozenset({fold_name(name)} if name else ()), linkedin=frozenset({url}))


def _digest(row: CsvRow, columns: tuple[str, ...]) -> str:
    text = "\x1f".join(row.cells.get(c, "").strip() for c in columns)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[: SUMMARY_CHARS - 1] + "…"
