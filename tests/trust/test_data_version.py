"""The cached pages (web/owner_pages.py) are right only if every write bumps the owner's data
version: this walks every public service and fails on one that writes without bumping it.

A service is a public function of `followthrough/services/` or `followthrough/reminders/services.py`
whose parameters are all keyword-only. Each is either in WRITERS or SET_UP, with a call that
writes and must bump the version, or in OTHER_DATA with the reason no cached page shows what it writes.
A new service is in neither, and the first test names it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

import followthrough.services
from followthrough.domain.kinds import InteractionKind
from followthrough.formats.evidence import Direction, Evidence, Party
from followthrough.formats.records import ContactRecord
from followthrough.models import EvidenceItem, Person, Step
from followthrough.preferences import Preferences
from followthrough.reminders import services as reminder_services
from followthrough.services import (
    backup_json,
    backup_restore,
    card_photos,
    evidence,
    evidence_suggestions,
    import_run,
    imports,
    interactions,
    meetings,
    merging,
    people,
    people_edit,
    sending,
    setup,
    steps,
    trash,
)
from followthrough.services.import_folders import FoundFile
from followthrough.services.versions import data_version


@dataclass
class World:
    owner: object
    prefs: Preferences
    jane: Person
    tmp: Path

    @property
    def now(self):  # type: ignore[no-untyped-def]
        return timezone.now()

    def step(self, kind: str) -> Step:
        return Step.objects.get(person=self.jane, kind=kind)

    def meet(self, name: str) -> Person:
        return meetings.record_meeting(
            owner=self.owner, meeting=meetings.NewMeeting(name=name, at=self.now - timedelta(hours=1)),
            prefs=self.prefs, now=self.now, new_person=True).person


Call = Callable[[], object]


def _merge(w: World) -> Call:
    twin = w.meet("Jane Twin")
    return lambda: merging.merge_people(owner=w.owner, keep=w.jane, absorb=twin, now=w.now,
                                        zone=w.prefs.zone)


def _undelete(w: World) -> Call:
    people_edit.delete_person(owner=w.owner, person=w.jane, now=w.now)
    return lambda: trash.undelete_person(owner=w.owner, person=w.jane, now=w.now)


def _deliver(w: World) -> Call:
    offer = people.add_offer(owner=w.owner, person=w.jane, text="an intro", delivered=False,
                             now=w.now)
    return lambda: people.deliver_offer(owner=w.owner, offer_id=offer.pk, now=w.now)


def _purge(w: World) -> Call:
    people_edit.delete_person(owner=w.owner, person=w.jane, now=w.now - timedelta(days=40))
    return lambda: trash.purge_deleted(now=w.now)


def _restore(w: World) -> Call:
    path = w.tmp / "backup.json"
    path.write_text(backup_json.backup_for(owner=w.owner, now=w.now))
    people_edit.edit_person(owner=w.owner, person=w.jane, now=w.now, prefs=w.prefs,
                            edit=people_edit.PersonEdit(full_name="Jane Roe"))
    return lambda: backup_restore.restore_backup(owner=w.owner, path=path, prefs=w.prefs,
                                                 now=w.now)


def _send_email(w: World) -> Call:
    message = sending.Outgoing(to="jane@example.com", subject="Thanks", body="Good to meet you",
                               sender="alex@example.com")
    return lambda: sending.send_thank_you(owner=w.owner, person=w.jane, message=message,
                                          now=w.now, prefs=w.prefs)


def _mail_to_jane(w: World) -> Evidence:
    """Mail the user sent to an address Jane's card does not have: a suggestion, by her name."""
    return Evidence(key="<thanks@example.com>", source="mail", kind=InteractionKind.EMAIL,
                    direction=Direction.OUT, at=w.now - timedelta(minutes=5),
                    parties=(Party(name="Jane Doe", email="jane@example.com"),), summary="Thanks")


def _suggestion(w: World) -> int:
    evidence.apply_evidence(owner=w.owner, items=[_mail_to_jane(w)], prefs=w.prefs, now=w.now)
    return EvidenceItem.objects.get(owner=w.owner, state=EvidenceItem.State.SUGGESTED).pk


def _confirm(w: World) -> Call:
    found = _suggestion(w)
    return lambda: evidence_suggestions.confirm_suggestion(owner=w.owner, evidence_id=found,
                                                           prefs=w.prefs, now=w.now)


def _dismiss(w: World) -> Call:
    found = _suggestion(w)
    return lambda: evidence_suggestions.dismiss_suggestion(owner=w.owner, evidence_id=found,
                                                           now=w.now)


def _reopen(w: World) -> Call:
    step = steps.skip_step(owner=w.owner, step_id=w.step("linkedin").pk, reason="no", now=w.now)
    return lambda: steps.reopen_step(owner=w.owner, step_id=step.pk, now=w.now, prefs=w.prefs)


def _import_files(w: World) -> Call:
    path = w.tmp / "erin.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Erin Import\r\nN:Import;Erin;;;\r\n"
                    "END:VCARD\r\n")
    return lambda: import_run.import_files(owner=w.owner, files=[FoundFile(path, path.name, "vcard")],
                                           prefs=w.prefs, now=w.now)


# Writing services that need more than Jane: their set-up returns the call that must bump.
SET_UP: dict[str, Callable[[World], Call]] = {
    "people.deliver_offer": _deliver,
    "trash.undelete_person": _undelete,
    "trash.purge_deleted": _purge,
    "merging.merge_people": _merge,
    "backup_restore.restore_backup": _restore,
    "sending.send_thank_you": _send_email,
    "evidence_suggestions.confirm_suggestion": _confirm,
    "evidence_suggestions.dismiss_suggestion": _dismiss,
    "steps.reopen_step": _reopen,
    "import_run.import_files": _import_files,
}
# The other writing services, each with a call that writes.
WRITERS: dict[str, Callable[[World], object]] = {
    "meetings.record_meeting": lambda w: w.meet("Bob Smith"),
    "meetings.record_meeting_once": lambda w: meetings.record_meeting_once(
        owner=w.owner, client_key="capture-0001", prefs=w.prefs, now=w.now, new_person=True,
        meeting=meetings.NewMeeting(name="Olga Offline", at=w.now - timedelta(hours=1))),
    # The Today page warns when reminder emails have nowhere to go: the address is page data.
    "setup.save_set_up": lambda w: setup.save_set_up(
        owner=w.owner, answers=setup.SetUpAnswers(reminder_email="alex@example.com"), now=w.now),
    "interactions.log_interaction": lambda w: interactions.log_interaction(
        owner=w.owner, person=w.jane, kind=InteractionKind.CALL, at=w.now, now=w.now,
        prefs=w.prefs),
    "steps.complete_step": lambda w: steps.complete_step(
        owner=w.owner, step_id=w.step("linkedin").pk, now=w.now, prefs=w.prefs),
    "steps.skip_step": lambda w: steps.skip_step(
        owner=w.owner, step_id=w.step("linkedin").pk, reason="no", now=w.now),
    "steps.snooze_step": lambda w: steps.snooze_step(
        owner=w.owner, step_id=w.step("linkedin").pk, until=w.now + timedelta(days=3), now=w.now),
    "people.add_offer": lambda w: people.add_offer(
        owner=w.owner, person=w.jane, text="an intro", delivered=False, now=w.now),
    "people.set_cadence": lambda w: people.set_cadence(
        owner=w.owner, person=w.jane, days=30, now=w.now, prefs=w.prefs),
    "people_edit.edit_person": lambda w: people_edit.edit_person(
        owner=w.owner, person=w.jane, now=w.now, prefs=w.prefs,
        edit=people_edit.PersonEdit(full_name="Jane Roe")),
    "people_edit.delete_person": lambda w: people_edit.delete_person(
        owner=w.owner, person=w.jane, now=w.now),
    "people_edit.rename_person": lambda w: people_edit.rename_person(
        owner=w.owner, person=w.jane, name="Janet Doe"),
    "evidence.apply_evidence": lambda w: evidence.apply_evidence(
        owner=w.owner, items=[_mail_to_jane(w)], prefs=w.prefs, now=w.now),
    "card_photos.save_card": lambda w: card_photos.save_card(
        owner=w.owner, record=ContactRecord(full_name="Carol Card"), photo=b"", prefs=w.prefs,
        now=w.now),
    "card_photos.record_card_meeting": lambda w: card_photos.record_card_meeting(
        owner=w.owner, meeting=meetings.NewMeeting(name="Dan Card", at=w.now - timedelta(hours=1)),
        record=ContactRecord(full_name="Dan Card"), photo=b"", prefs=w.prefs, now=w.now,
        new_person=True),
    "imports.import_contacts": lambda w: imports.import_contacts(
        owner=w.owner, records=[ContactRecord(full_name="Carol Imported")], prefs=w.prefs,
        now=w.now),
    "sending.linkedin_sent": lambda w: sending.linkedin_sent(
        owner=w.owner, person=w.jane, now=w.now, prefs=w.prefs),
    # The Today page warns when reminder emails have nowhere to go: its settings are page data.
    "reminders.update_reminder_settings": lambda w: reminder_services.update_reminder_settings(
        owner=w.owner, email="alex@example.com"),
    "reminders.unsubscribe": lambda w: reminder_services.unsubscribe(owner_id=w.owner.pk),
    "reminders.snooze_digests": lambda w: reminder_services.snooze_digests(
        owner_id=w.owner.pk, now=w.now),
}
# Services whose writes no cached page shows, and why.
OTHER_DATA = {
    "backup_json.backup_for": "reads: it writes nothing",
    "backup.backup_database": "copies the database to a file; nothing in it changes",
    "backup.nightly_backup": "copies the database to a file; nothing in it changes",
    "backup.restore_database": "replaces the whole database while no server runs against it "
                               "(the command stops if one does); the versions come back with it",
    "tokens.new_api_token": "API tokens are shown on the Settings page, never cached",
    "tokens.revoke_api_token": "API tokens are shown on the Settings page, never cached",
    "sign_in_throttle.sign_in_keys": "a pure function of its arguments",
    "card_photos.read_card": "reads a photo: it writes nothing",
    "setup.skip_set_up": "whether the first-run set-up is asked: Today's redirect to it is "
                         "never cached, and skipping changes nothing a page shows",
    "identity.remember_inferred": "who the user is, as an export showed it: read by imports, "
                                  "the worker and `doctor`, never by a cached page",
}


def _service_modules() -> list[object]:
    found = [importlib.import_module(f"followthrough.services.{info.name}")
             for info in pkgutil.iter_modules(followthrough.services.__path__)]
    return [*found, reminder_services]


def _short_name(module: str, name: str) -> str:
    return f"{module.rsplit('.', 1)[-1].replace('services', 'reminders')}.{name}"


def public_services() -> set[str]:
    """Public functions defined in the service modules whose parameters are all keyword-only."""
    found = set()
    for module in _service_modules():
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ != module.__name__:  # type: ignore[attr-defined]
                continue
            parameters = inspect.signature(value).parameters.values()
            if parameters and all(p.kind is p.KEYWORD_ONLY for p in parameters):
                found.add(_short_name(module.__name__, name))  # type: ignore[attr-defined]
    return found


def test_every_public_service_is_walked():
    services = public_services()
    assert "meetings.record_meeting" in services  # the walk finds what it should
    unknown = services - WRITERS.keys() - SET_UP.keys() - OTHER_DATA.keys()
    assert not unknown, (f"new services {sorted(unknown)}: add each to WRITERS with a call that "
                         "writes (and decorate it with @changes_owner_data), or to OTHER_DATA "
                         "with the reason no cached page shows what it writes")
    gone = (WRITERS.keys() | SET_UP.keys() | OTHER_DATA.keys()) - services
    assert not gone, f"listed but gone: {sorted(gone)}"


@pytest.fixture
def world(owner, prefs, clock, tmp_path, settings) -> World:  # type: ignore[no-untyped-def]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    jane = meetings.record_meeting(
        owner=owner, meeting=meetings.NewMeeting(name="Jane Doe", at=timezone.now()
                                                 - timedelta(hours=1)),
        prefs=prefs, now=timezone.now(), new_person=True).person
    return World(owner=owner, prefs=prefs, jane=jane, tmp=tmp_path)


@pytest.mark.parametrize("service", sorted(WRITERS.keys() | SET_UP.keys()))
def test_each_writing_service_bumps_the_owner_s_data_version(service, world, teammate):
    call = SET_UP[service](world) if service in SET_UP else (lambda: WRITERS[service](world))
    others_before = data_version(teammate.pk)
    before = data_version(world.owner.pk)  # type: ignore[attr-defined]
    call()
    assert data_version(world.owner.pk) > before, f"{service} wrote without bumping the version"  # type: ignore[attr-defined]
    assert data_version(teammate.pk) == others_before  # only the writer's own pages go stale
