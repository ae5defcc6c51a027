"""Evidence to interactions: each item is matched to people by their contact points and logged
through the same path as `followthrough log` (services.interactions.log_interaction), so the
playbook's `completed_by` rules complete the steps it satisfies.

Evidence never creates people. A match by e-mail address or LinkedIn URL is applied; a match by
name alone is kept as a suggestion for the user to confirm. A future calendar event is kept as
scheduled and applied once it has happened. Each item is kept with its stable key and person,
so importing it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q

from followthrough.domain.kinds import StepState
from followthrough.formats.evidence import Direction, Evidence, Item, Party, Skipped, fold_name
from followthrough.models import ContactPoint, EvidenceItem, Person, Step
from followthrough.preferences import Preferences
from followthrough.selectors.evidence import linkedin_step_kinds, linkedin_steps_open
from followthrough.services.contacts import match_key
from followthrough.services.interactions import log_interaction
from followthrough.services.versions import note_change

State = EvidenceItem.State
CONNECTION = "linkedin connection"
LABELS = {("mail", Direction.OUT): "Mail sent", ("mail", Direction.IN): "Mail received",
          ("linkedin invitation", Direction.OUT): "LinkedIn request sent",
          ("linkedin invitation", Direction.IN): "LinkedIn request received",
          ("linkedin message", Direction.OUT): "LinkedIn message sent",
          ("linkedin message", Direction.IN): "LinkedIn message received",
          (CONNECTION, Direction.BOTH): "Connected on LinkedIn"}


@dataclass(frozen=True)
class Happened:
    """One line of the report: a person, what, when."""

    person_id: int
    person: str
    kind: str
    at: datetime
    summary: str
    source: str = ""
    incoming: bool = False
    evidence_id: int | None = None


@dataclass(frozen=True)
class CompletedStep:
    person_id: int
    person: str
    step_id: int
    title: str
    at: datetime
    due_at: datetime
    with_note: bool | None = None  # LinkedIn requests: did it say where you met and why?

    @property
    def late(self) -> bool:
        return self.at > self.due_at


@dataclass
class EvidenceReport:
    dry_run: bool = False
    read: int = 0
    completed: list[CompletedStep] = field(default_factory=list)
    logged: list[Happened] = field(default_factory=list)
    scheduled: list[Happened] = field(default_factory=list)
    suggestions: list[Happened] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    ignored: int = 0  # cancelled or declined events, events that are neither meeting nor call
    unmatched: int = 0  # items that name no one you know
    already: int = 0  # imported before: nothing changed
    identity: str = ""


class PeopleIndex:
    """The owner's living people by e-mail key, LinkedIn key and folded full name, loaded once."""

    def __init__(self, owner: AbstractBaseUser) -> None:
        alive = dict(Person.objects.filter(owner=owner, deleted_at__isnull=True)
                     .values_list("id", "full_name").iterator(5000))
        self.names: dict[int, str] = alive
        self.by_key: dict[tuple[str, str], int] = {}
        points = ContactPoint.objects.filter(
            owner=owner, kind__in=[ContactPoint.Kind.EMAIL, ContactPoint.Kind.LINKEDIN]
        ).exclude(key="").values_list("kind", "key", "person_id")
        for kind, key, pk in points.iterator(5000):
            if pk in alive:
                self.by_key.setdefault((kind, key.lower()), pk)
        self.by_name: dict[str, list[int]] = {}
        for pk, name in alive.items():
            folded = fold_name(name)
            if len(folded.split()) >= 2:  # a first name alone would suggest half the inbox
                self.by_name.setdefault(folded, []).append(pk)

    def match(self, party: Party) -> tuple[int | None, str]:
        """(person, address) by address or URL; else (None, "")."""
        for kind, value in (("email", party.email), ("linkedin", party.linkedin)):
            if value and (pk := self.by_key.get((kind, match_key(kind, value)))) is not None:
                return pk, value
        return None, ""

    def named(self, party: Party) -> int | None:
        found = self.by_name.get(fold_name(party.name), []) if party.name else []
        return found[0] if len(found) == 1 else None


def apply_evidence(*, owner: AbstractBaseUser, items: Iterable[Item], prefs: Preferences,
                   now: datetime, dry_run: bool = False,
                   report: EvidenceReport | None = None) -> EvidenceReport:
    """Apply every item in one transaction (`dry_run`: the same work, rolled back)."""
    report = report or EvidenceReport()
    report.dry_run = dry_run
    with transaction.atomic():
        run = EvidenceRun(owner, prefs, now, report)
        for item in items:
            run.item(item)
        run.apply_scheduled()
        note_change(owner.pk)
        if dry_run:
            transaction.set_rollback(True)
    return report


class EvidenceRun:
    def __init__(self, owner: AbstractBaseUser, prefs: Preferences, now: datetime,
                 report: EvidenceReport) -> None:
        self.owner, self.prefs, self.now, self.report = owner, prefs, now, report
        self.linkedin_steps = linkedin_step_kinds(prefs.playbook)
        # A Connections.csv of 30,000 rows asks once, not per row
        self.awaiting_linkedin = set(linkedin_steps_open(owner, prefs.playbook)
                                     .values_list("person_id", flat=True))

    @cached_property
    def index(self) -> PeopleIndex:
        """Built on the first item that needs it: a contacts-only import may need none."""
        return PeopleIndex(self.owner)

    def item(self, item: Item) -> None:
        if isinstance(item, Skipped):
            if item.quiet:
                self.report.ignored += 1
            else:
                self.report.skipped.append(item.describe())
            return
        self.report.read += 1
        if item.source == CONNECTION and not self.awaiting_linkedin:
            self.report.already += 1  # nobody awaits a request: no need to know who this is
            return
        matched: dict[int, str] = {}
        named: set[int] = set()
        for party in item.parties:
            pk, address = self.index.match(party)
            if pk is not None:
                matched.setdefault(pk, address)
            elif (pk := self.index.named(party)) is not None:
                named.add(pk)
        if not matched and not named:
            self.report.unmatched += 1
        for pk, address in matched.items():
            self.apply(item, pk, address)
        for pk in named - matched.keys():
            self.suggest(item, pk, _address(item, pk, self.index))

    def apply(self, item: Evidence, pk: int, address: str) -> None:
        if item.source == CONNECTION and pk not in self.awaiting_linkedin:
            self.report.already += 1  # connected, but nothing left to do: no interaction
            return
        row = EvidenceItem.objects.filter(owner=self.owner, key=item.key, person_id=pk).first()
        if row is not None and (row.state == State.APPLIED or (
                row.state == State.SCHEDULED and item.at > self.now)):
            self._reschedule(row, item)
            self.report.already += 1
            return
        if item.source == CONNECTION and not self._completes_linkedin(pk, item.at):
            self.report.already += 1  # connected, but nothing left to do: no interaction
            return
        row = row or EvidenceItem(owner=self.owner, key=item.key, person_id=pk,
                                  created_at=self.now)
        _fill(row, item, address)
        if item.at > self.now:
            row.state = State.SCHEDULED
            row.save()
            self.report.scheduled.append(self._happened(row))
            return
        self.log(row)

    def log(self, row: EvidenceItem) -> None:
        person = Person.objects.get(pk=row.person_id, owner=self.owner)
        label = LABELS.get((row.source, Direction(row.direction)), "")
        note = f"{label}: {row.summary}" if label and row.source != "calendar" else row.summary
        logged = log_interaction(
            owner=self.owner, person=person, kind=row.kind, at=row.at, note=note,
            now=self.now, prefs=self.prefs, incoming=row.direction == Direction.IN)
        row.state, row.interaction = State.APPLIED, logged.interaction
        row.save()
        self.report.logged.append(self._happened(row))
        with_note = row.with_note if row.source == "linkedin invitation" else None
        self.report.completed += [
            CompletedStep(person.pk, person.full_name, s.pk, s.title, row.at, s.due_at, with_note)
            for s in logged.completed]

    def suggest(self, item: Evidence, pk: int, address: str) -> None:
        if EvidenceItem.objects.filter(owner=self.owner, key=item.key, person_id=pk).exists():
            self.report.already += 1
            return
        row = EvidenceItem(owner=self.owner, key=item.key, person_id=pk, created_at=self.now)
        _fill(row, item, address)
        row.state = State.SUGGESTED
        row.save()
        self.report.suggestions.append(self._happened(row))

    def apply_scheduled(self) -> None:
        """Scheduled events whose time has come are what happened now."""
        due = EvidenceItem.objects.filter(owner=self.owner, state=State.SCHEDULED,
                                          at__lte=self.now, person__deleted_at__isnull=True)
        for row in due.order_by("at", "id"):
            self.log(row)

    def _completes_linkedin(self, pk: int, at: datetime) -> bool:
        return Step.objects.filter(
            person_id=pk, state=StepState.OPEN, kind__in=self.linkedin_steps
        ).filter(Q(meeting__isnull=True) | Q(meeting__at__lte=at)).exists()

    def _reschedule(self, row: EvidenceItem, item: Evidence) -> None:
        if row.state == State.SCHEDULED and (row.at, row.summary) != (item.at, item.summary):
            row.at, row.summary, row.kind = item.at, item.summary, item.kind
            row.save(update_fields=["at", "summary", "kind"])

    def _happened(self, row: EvidenceItem) -> Happened:
        return Happened(row.person_id, self.index.names.get(row.person_id, ""), row.kind,
                        row.at, row.summary, row.source, row.direction == Direction.IN,
                        row.pk)


def _fill(row: EvidenceItem, item: Evidence, address: str) -> None:
    row.source, row.kind, row.direction = item.source, item.kind, item.direction
    row.at, row.summary, row.with_note = item.at, item.summary[:300], item.with_note
    row.address = address[:500]


def _address(item: Evidence, pk: int, index: PeopleIndex) -> str:
    for party in item.parties:
        if index.named(party) == pk:
            return party.email or party.linkedin
    return ""

