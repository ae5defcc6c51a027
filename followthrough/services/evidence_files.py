"""Evidence items from the files of an import, each read by its format's reader.

Calendar series are expanded from CALENDAR_PAST before the import to CALENDAR_AHEAD after it.
A LinkedIn messages.csv needs to know which messages are the user's: [me] linkedin in
config.toml, else who sent the outgoing invitations of the same import, else the one person
in every conversation (remembered for the next time; `doctor` says which).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Protocol

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.kinds import InteractionKind
from followthrough.formats.evidence import Direction, Evidence, Item, Me, Party
from followthrough.formats.records import SourceRef
from followthrough.preferences import Preferences
from followthrough.services.identity import Identity, describe, remember_inferred
from followthrough.services.import_folders import FoundFile

CALENDAR_PAST = dt.timedelta(days=3 * 365)
CALENDAR_AHEAD = dt.timedelta(days=365)
EVIDENCE_FORMATS = ("invitations", "messages", "mbox", "ics")
CONNECTIONS = "linkedin"  # Connections.csv: contacts, and evidence of accepted requests


class Progress(Protocol):
    def begin(self, description: str, total: int | None) -> None: ...

    def advance(self) -> None: ...


class _Silent:
    def begin(self, description: str, total: int | None) -> None:
        pass

    def advance(self) -> None:
        pass


def has_evidence(files: Sequence[FoundFile]) -> bool:
    return any(f.kind in (*EVIDENCE_FORMATS, CONNECTIONS) for f in files)


class EvidenceFiles:
    """`items()` reads every evidence file in order; `identity` is who the user turned out
    to be (config, or inferred on the way)."""

    def __init__(self, files: Sequence[FoundFile], *, owner: AbstractBaseUser,
                 identity: Identity, prefs: Preferences, now: dt.datetime,
                 progress: Progress | None = None) -> None:
        self.files, self.owner, self.identity = files, owner, identity
        self.prefs, self.now, self.progress = prefs, now, progress or _Silent()

    def items(self) -> Iterator[Item]:
        # What the user did before what it led to: a request completes the LinkedIn step at
        # its own time, and the accepted connection finds nothing left to do.
        order = {kind: n for n, kind in enumerate(("invitations", "messages", "mbox", "ics"))}
        for file in sorted(self.files, key=lambda f: order.get(f.kind, len(order))):
            yield from self.read(file)

    def read(self, file: FoundFile) -> Iterator[Item]:
        readers = {"invitations": self.invitations, "messages": self.messages,
                   "mbox": self.mbox, "ics": self.calendar, CONNECTIONS: self.connections}
        if file.kind in readers:
            yield from readers[file.kind](file)

    def invitations(self, file: FoundFile) -> Iterator[Item]:
        from followthrough.formats.linkedin_evidence import read_invitations

        if not self.identity.knows_linkedin:  # who sent the outgoing ones: for next time
            self._infer(file)
        with file.path.open("rb") as stream:
            yield from read_invitations(stream, file.name, self.identity.me, self.prefs.zone)

    def messages(self, file: FoundFile) -> Iterator[Item]:
        from followthrough.formats.linkedin_evidence import read_messages

        me = self.identity.me if self.identity.knows_linkedin else self._infer(file)
        with file.path.open("rb") as stream:
            yield from read_messages(stream, file.name, me)

    def _infer(self, last: FoundFile) -> Me:
        from followthrough.formats.linkedin_evidence import (
            infer_me_from_invitations,
            infer_me_from_messages,
        )

        invitations = [f for f in self.files if f.kind == "invitations" and f != last]
        for file in [*invitations, last]:
            infer = infer_me_from_invitations if file.kind == "invitations" else \
                infer_me_from_messages
            with file.path.open("rb") as stream:
                found = infer(stream, file.name)
            if found is not None:
                remember_inferred(owner=self.owner, me=found, inferred_from=file.name,
                                  now=self.now)
                me = self.identity.me
                self.identity = Identity(Me(me.names | found.names, me.emails,
                                            found.linkedin), f"inferred from {file.name}")
                return self.identity.me
        return self.identity.me

    def mbox(self, file: FoundFile) -> Iterator[Item]:
        from followthrough.formats.mbox import read_mbox

        self.progress.begin(f"indexing {file.name}", None)
        yield from read_mbox(
            file.path, file.name, self.identity.me,
            on_indexed=lambda count: self.progress.begin(f"reading {file.name}", count),
            on_message=self.progress.advance)

    def calendar(self, file: FoundFile) -> Iterator[Item]:
        from followthrough.formats.calendar_events import read_events

        yield from read_events(file.path.read_bytes(), file.name, self.identity.me,
                               self.prefs.zone, start=self.now - CALENDAR_PAST,
                               end=self.now + CALENDAR_AHEAD)

    def connections(self, file: FoundFile) -> Iterator[Item]:
        from followthrough.formats.linkedin_csv import read_linkedin_csv

        with file.path.open("rb") as stream:
            for record in read_linkedin_csv(stream, file.name):
                if record.connected_on and record.linkedin_url:
                    yield _connection(record.linkedin_url, record.connected_on,
                                      record.source or SourceRef(file.name), self)

    @property
    def described(self) -> str:
        """Who the user is, for the report; empty when nothing said it (a contacts-only import)."""
        me = self.identity.me
        return describe(self.identity) if me.emails or me.linkedin else ""


def _connection(url: str, day: dt.date, where: SourceRef, reader: EvidenceFiles) -> Evidence:
    """Connections.csv gives a day: the request was accepted by its end (or by now)."""
    end_of_day = dt.datetime.combine(day, dt.time(23, 59), tzinfo=reader.prefs.zone)
    return Evidence(key=f"linkedin-connection:{url}", source="linkedin connection",
                    kind=InteractionKind.LINKEDIN, direction=Direction.BOTH,
                    at=min(end_of_day, reader.now), parties=(Party(linkedin=url),),
                    summary="Connected on LinkedIn", where=where)
