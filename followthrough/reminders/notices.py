"""What a delivery says: an immediate note about one event, the day's digest, or the week's review.

Content is rendered when it is sent, from the data as it is then: a step done in the meantime
makes its note unnecessary (None), a digest with nothing left to say is not sent.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.template.loader import render_to_string

from followthrough.domain.kinds import StepState
from followthrough.domain.relative import relative
from followthrough.preferences import preferences_for
from followthrough.reminders import links
from followthrough.reminders.channels import NotConfigured, Notice
from followthrough.reminders.models import Delivery, Event
from followthrough.reminders.services import reminder_settings_for
from followthrough.reminders.weekly import weekly_content
from followthrough.reminders.wishes import address_for, weekly_wanted

NO_ADDRESS = (
    "no email address to send reminders to: give one on the Reminders page or with "
    "`followthrough reminders --email ADDRESS`"
)


def notice_for(delivery: Delivery, now: datetime) -> Notice | None:
    owner = delivery.owner
    wish = reminder_settings_for(owner)
    if delivery.kind == Delivery.Kind.DIGEST:
        wanted = wish.digest_enabled
    elif delivery.kind == Delivery.Kind.WEEKLY:
        wanted = weekly_wanted(owner, wish)
    else:
        wanted = wish.immediate_overdue
    if not wanted:
        return None  # turned off (or unsubscribed) after it was owed
    address = address_for(owner, wish)
    if not address:
        raise NotConfigured(NO_ADDRESS)
    if delivery.kind == Delivery.Kind.DIGEST:
        content = _digest(owner, now, delivery.digest_date)
    elif delivery.kind == Delivery.Kind.WEEKLY:
        content = weekly_content(owner, now, delivery.digest_date)
    else:
        content = _note(delivery.event, now) if delivery.event else None
    if content is None:
        return None
    subject, context = content
    return _notice(delivery, address, subject, context)


def _notice(delivery: Delivery, address: str, subject: str, context: dict[str, object]) -> Notice:
    template = f"reminders/{delivery.kind}"
    unsubscribe = links.action_url(delivery.owner_id, "unsubscribe")
    context = {**context, "subject": subject, "unsubscribe_url": unsubscribe,
               "snooze_url": links.action_url(delivery.owner_id, "snooze")}
    return Notice(
        to=address, subject=subject,
        text=render_to_string(f"{template}.txt", context),
        html=render_to_string(f"{template}.html", context),
        message_id=message_id(delivery),
        headers={"List-Unsubscribe": f"<{unsubscribe}>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                 "Auto-Submitted": "auto-generated"},
    )


def message_id(delivery: Delivery) -> str:
    """The same delivery always has the same Message-ID, so a resend can be spotted downstream."""
    digest = hashlib.sha256(delivery.dedupe_key.encode()).hexdigest()[:24]
    return f"<{digest}.{delivery.owner_id}@followthrough.invalid>"


def _note(event: Event, now: datetime) -> tuple[str, dict[str, object]] | None:
    person = event.person
    if person.deleted_at is not None:
        return None
    if event.step is not None:
        step = event.step
        if step.state != StepState.OPEN or step.due_at != event.deadline:
            return None  # done, skipped or moved since: nothing to nag about
        return (f"Overdue: {step.title} ({person.full_name})",
                {"event": event, "person": person, "step": step, "late": relative(step.due_at, now),
                 "link": links.person_url(person.id, step.id)})
    if person.face_to_face_due != event.deadline:
        return None  # met since, or the cadence changed
    return (f"Lapsed: meet {person.full_name} face to face",
            {"event": event, "person": person, "step": None,
             "late": relative(event.deadline, now), "link": links.person_url(person.id)})


def _digest(
    owner: AbstractBaseUser, now: datetime, day: date | None
) -> tuple[str, dict[str, object]] | None:
    from followthrough.selectors.agenda import agenda_for

    prefs = preferences_for(owner)
    if day is not None and day < now.astimezone(prefs.zone).date():
        return None  # yesterday's digest, held up all day: today's says it better
    agenda = agenda_for(owner, now=now, zone=prefs.zone, playbook=prefs.playbook)
    overdue, today = _section(agenda.overdue), _section(agenda.today)
    at_risk_total = getattr(agenda, "at_risk_total", len(agenda.at_risk))
    if not (overdue[1] or today[1] or at_risk_total):
        return None
    counts = [f"{overdue[1]} overdue" if overdue[1] else "",
              f"{today[1]} due today" if today[1] else "",
              f"{at_risk_total} at risk" if at_risk_total else ""]
    subject = "Followthrough: " + ", ".join(c for c in counts if c)
    sections = [
        ("Overdue", [_line(i.step, now, i.give_note) for i in overdue[0]], overdue[1]),
        ("Due today", [_line(i.step, now, i.give_note) for i in today[0]], today[1]),
        ("At risk of lapsing", [
            {"title": f"Meet {p.full_name} face to face", "person": p.full_name,
             "when": relative(p.face_to_face_due, now) if p.face_to_face_due else "",
             "give": "", "link": links.person_url(p.id)}
            for p in agenda.at_risk
        ], at_risk_total),
    ]
    return subject, {"sections": [(t, rows, total - len(rows)) for t, rows, total in sections
                                  if rows],
                     "today_url": links.today_url()}


def _section(section: Any) -> tuple[list[Any], int]:
    """(items shown, how many in all): the agenda pages long sections (Section) or lists them."""
    items = list(getattr(section, "items", section))
    return items, getattr(section, "total", len(items))


def _line(step: Any, now: datetime, give_note: str) -> dict[str, str]:
    return {"title": step.title, "person": step.person.full_name,
            "when": relative(step.due_at, now), "give": give_note,
            "link": links.person_url(step.person_id, step.id)}
