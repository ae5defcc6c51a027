"""The playbook: the steps a meeting starts, and when each is due. Kept as data (TOML)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from followthrough.domain.kinds import InteractionKind

_OFFSET = re.compile(r"^\s*(\d{1,4})\s*([hd])\s*$")


# Which meetings start a step: only the first one with a person, or every one.
FIRST_MEETING, EVERY_MEETING = "first-meeting", "every-meeting"
STARTS = (FIRST_MEETING, EVERY_MEETING)


class PlaybookError(ValueError):
    """The playbook file cannot be used; the message says which step and field."""


@dataclass(frozen=True)
class Offset:
    """How long after the meeting a step is due.

    Hours are real elapsed time (48 h is 48 h even across a DST change); days are calendar
    days in the person's own zone, so a 30-day call lands at the same time of day.
    """

    amount: int
    unit: str  # "h" or "d"

    @classmethod
    def parse(cls, text: str) -> Offset:
        match = _OFFSET.match(text)
        if not match:
            raise ValueError(f"{text!r} is not an offset like '48h' or '30d'")
        return cls(int(match.group(1)), match.group(2))

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    @property
    def approximate(self) -> timedelta:
        return timedelta(hours=self.amount) if self.unit == "h" else timedelta(days=self.amount)


@dataclass(frozen=True)
class StepTemplate:
    kind: str
    title: str
    after: Offset
    completed_by: frozenset[InteractionKind] = frozenset()
    # The face-to-face step: missing it lapses the person, doing it starts the next cadence.
    cadence: bool = False
    # Steps that carry the note of what you can give them (the 30-day call).
    needs_give_note: bool = False
    # The draft that helps do it (a name in domain.drafts.DRAFT_TITLES), or "" for none.
    draft: str = ""
    # FIRST_MEETING: only meeting someone for the first time starts it; EVERY_MEETING: each one.
    starts: str = FIRST_MEETING


@dataclass(frozen=True)
class Playbook:
    steps: tuple[StepTemplate, ...]
    source: str = "built-in"

    @property
    def cadence_step(self) -> StepTemplate | None:
        return next((s for s in self.steps if s.cadence), None)

    @property
    def default_cadence_days(self) -> int | None:
        """New people meet face to face this often; None when the playbook has no such step."""
        step = self.cadence_step
        if step is None:
            return None
        return step.after.amount if step.after.unit == "d" else max(1, step.after.amount // 24)

    @property
    def first_window(self) -> Offset:
        """The offset of the earliest steps: the '48 hours' the habit figures measure."""
        return min((s.after for s in self.steps), key=lambda o: o.approximate)

    def template(self, kind: str) -> StepTemplate | None:
        return next((s for s in self.steps if s.kind == kind), None)

    def started_by(self, first_meeting: bool) -> tuple[StepTemplate, ...]:
        """The steps a meeting starts: all of them for the first, else the every-meeting ones."""
        return tuple(s for s in self.steps if first_meeting or s.starts == EVERY_MEETING)


DEFAULT_PLAYBOOK_TOML = """\
# The Followthrough playbook: the steps that recording a meeting starts.
# after: "48h" counts real hours; "30d" counts calendar days in your time zone.
# completed_by: logging one of these interactions completes the step
#   (face-to-face, call, email, linkedin, message, other).
# cadence = true marks the face-to-face step: missing it lapses the person, and meeting
#   face to face schedules the next one (after the person's cadence, by default this offset).
#   A face-to-face meeting within 48 hours of a meeting you recorded is that same meeting: it
#   completes nothing and restarts no cadence (a relationship needs meeting again).
# give_note = true: the step carries the note of what you can give them.
# draft: the draft that helps do the step: "linkedin" (the connection note), "email" (the
#   thank-you) or "call" (the call note).
# starts: "first-meeting" (the default): only meeting someone for the first time starts the
#   step; "every-meeting": meeting them again starts it again. A person never has two open
#   steps of one kind: meeting again moves the open one to the new meeting.

[[step]]
kind = "linkedin"
title = "Send a LinkedIn connection request that says where you met and why"
after = "48h"
completed_by = ["linkedin"]
draft = "linkedin"

[[step]]
kind = "thank-you-email"
title = "Email a thank-you, or pass along something they need"
after = "48h"
completed_by = ["email"]
draft = "email"
starts = "every-meeting"

[[step]]
kind = "save-card"
title = "Save their whole business card"
after = "48h"

[[step]]
kind = "schedule-call"
title = "Schedule the 30-day call, with a note of what you can give them"
after = "48h"
give_note = true
draft = "call"

[[step]]
kind = "call"
title = "Call them"
after = "30d"
completed_by = ["call", "face-to-face"]
give_note = true
draft = "call"

[[step]]
kind = "face-to-face"
title = "Meet face to face"
after = "90d"
completed_by = ["face-to-face"]
cadence = true
"""


def parse_playbook(text: str, source: str = "built-in") -> Playbook:
    import tomllib  # only for a playbook file: the built-in one is below as Python data

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(f"{source}: not valid TOML: {exc}") from None
    raw_steps = document.get("step")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise PlaybookError(f"{source}: needs at least one [[step]] table")
    steps = tuple(_parse_step(raw, number, source) for number, raw in enumerate(raw_steps, 1))
    kinds = [s.kind for s in steps]
    duplicates = sorted({k for k in kinds if kinds.count(k) > 1})
    if duplicates:
        raise PlaybookError(f"{source}: step kind {duplicates[0]!r} appears more than once")
    if sum(s.cadence for s in steps) > 1:
        raise PlaybookError(f"{source}: only one step can have cadence = true")
    return Playbook(steps=steps, source=source)


def _parse_step(raw: object, number: int, source: str) -> StepTemplate:
    where = f"{source}: step {number}"
    if not isinstance(raw, dict):
        raise PlaybookError(f"{where}: must be a table")
    kind, title, after = raw.get("kind"), raw.get("title"), raw.get("after")
    if not isinstance(kind, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", kind):
        raise PlaybookError(f"{where}: field 'kind' must be a short lower-case word like 'call'")
    if not isinstance(title, str) or not title.strip():
        raise PlaybookError(f"{where} ({kind}): field 'title' must be non-empty text")
    try:
        offset = Offset.parse(after if isinstance(after, str) else "")
    except ValueError:
        raise PlaybookError(f"{where} ({kind}): field 'after' must look like '48h' or '30d'") from None
    completed_by = raw.get("completed_by", [])
    try:
        kinds = frozenset(InteractionKind(k) for k in completed_by)
    except (ValueError, TypeError):
        allowed = ", ".join(k.value for k in InteractionKind)
        raise PlaybookError(f"{where} ({kind}): field 'completed_by' takes {allowed}") from None
    # A playbook.toml written before `draft` and `starts` existed keeps the built-in
    # playbook's values for the steps it shares with it.
    built_in = DEFAULT_PLAYBOOK.template(kind)
    draft = raw.get("draft", built_in.draft if built_in else "")
    # Here, not at the top: the drafts' module (and its text rules) is not needed to read a
    # playbook, which every command does; a few ms of `followthrough today`.
    from followthrough.domain.drafts import DRAFT_KINDS

    if draft not in ("", *DRAFT_KINDS):
        raise PlaybookError(f"{where} ({kind}): field 'draft' takes {', '.join(DRAFT_KINDS)}")
    starts = raw.get("starts", built_in.starts if built_in else FIRST_MEETING)
    if starts not in STARTS:
        raise PlaybookError(f"{where} ({kind}): field 'starts' takes {' or '.join(STARTS)}")
    return StepTemplate(
        kind=kind,
        title=title.strip(),
        after=offset,
        completed_by=kinds,
        cadence=bool(raw.get("cadence", False)),
        needs_give_note=bool(raw.get("give_note", False)),
        draft=draft,
        starts=starts,
    )


def _default_step(kind: str, title: str, after: str, *completed_by: InteractionKind,
                  cadence: bool = False, give_note: bool = False, draft: str = "",
                  starts: str = FIRST_MEETING) -> StepTemplate:
    return StepTemplate(kind=kind, title=title, after=Offset.parse(after),
                        completed_by=frozenset(completed_by), cadence=cadence,
                        needs_give_note=give_note, draft=draft, starts=starts)


# DEFAULT_PLAYBOOK_TOML as Python data: every command uses it, and parsing the TOML (and
# importing tomllib) at each start cost ~3 ms. A test checks the two say the same.
_K = InteractionKind
DEFAULT_PLAYBOOK = Playbook(steps=(
    _default_step("linkedin",
                  "Send a LinkedIn connection request that says where you met and why", "48h",
                  _K.LINKEDIN, draft="linkedin"),
    _default_step("thank-you-email", "Email a thank-you, or pass along something they need",
                  "48h", _K.EMAIL, draft="email", starts=EVERY_MEETING),
    _default_step("save-card", "Save their whole business card", "48h"),
    _default_step("schedule-call",
                  "Schedule the 30-day call, with a note of what you can give them", "48h",
                  give_note=True, draft="call"),
    _default_step("call", "Call them", "30d", _K.CALL, _K.FACE_TO_FACE, give_note=True,
                  draft="call"),
    _default_step("face-to-face", "Meet face to face", "90d", _K.FACE_TO_FACE, cadence=True),
))
