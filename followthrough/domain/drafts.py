"""Drafted texts for the follow-up steps: the LinkedIn note, the thank-you email, the call note."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followthrough.domain.text import first_name, shorten

LINKEDIN_LIMIT_FREE = 200
LINKEDIN_LIMIT_PREMIUM = 300


@dataclass(frozen=True)
class DraftContext:
    """Everything a draft may mention, as plain values."""

    person_name: str
    where: str = ""
    why: str = ""
    need: str = ""
    gives: tuple[str, ...] = ()
    met_on: datetime | None = None  # local time
    my_name: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    body: str
    subject: str = ""
    warnings: tuple[str, ...] = field(default=())


def linkedin_note(ctx: DraftContext, limit: int = LINKEDIN_LIMIT_FREE) -> Draft:
    """A connection note that names where you met and why; fits `limit`, never cut mid-word."""
    warnings = _missing(ctx, ("where", "why"))
    greeting = f"Hi {first_name(ctx.person_name)},"
    place = f" great to meet you at {ctx.where.strip().rstrip('.')}." if ctx.where.strip() else ""
    sign = f" {ctx.my_name.strip()}" if ctx.my_name.strip() else ""
    why = ctx.why.strip().rstrip(".")
    fixed = greeting + place + " I'd like to connect:" + sign
    # The reason is what makes the note personal, so it is what gets shortened, and only
    # when even it would not fit do the place and signature give way.
    if why:
        room = limit - len(fixed) - 2  # ". " between reason and signature
        reason = shorten(why, room) if room > 10 else ""
        body = f"{greeting}{place} I'd like to connect: {reason}.{sign}" if reason else ""
        if not body:
            body = shorten(f"{greeting}{place} I'd like to connect: {why}.", limit)
    else:
        body = shorten(f"{greeting}{place} I'd like to stay in touch.{sign}", limit)
    return Draft(body=body.strip(), warnings=warnings)


def thank_you_email(ctx: DraftContext) -> Draft:
    """A subject and body that thank them and pass along what they need."""
    name = first_name(ctx.person_name)
    where = ctx.where.strip().rstrip(".")
    subject = f"Great to meet you at {where}" if where else "Great to meet you"
    lines = [f"Hi {name},", ""]
    lines.append(
        f"Thank you for your time at {where}; I enjoyed our conversation."
        if where
        else "Thank you for your time; I enjoyed our conversation."
    )
    if ctx.need.strip():
        lines += ["", f"You mentioned you are looking for {ctx.need.strip().rstrip('.')}."]
        if ctx.gives:
            lines.append(f"I can help with that: {'; '.join(ctx.gives)}.")
    elif ctx.gives:
        lines += ["", f"As promised: {'; '.join(ctx.gives)}."]
    lines += ["", "I'll give you a call in a few weeks to catch up.", "", "Best regards,"]
    if ctx.my_name.strip():
        lines.append(ctx.my_name.strip())
    warnings = _missing(ctx, ("where",))
    if not ctx.need.strip() and not ctx.gives:
        warnings += ("nothing to pass along yet: add what they need (--need) or an offer",)
    return Draft(subject=subject, body="\n".join(lines), warnings=warnings)


def call_note(ctx: DraftContext) -> Draft:
    """The 30-day call reminder: who, how to reach them, and what you can give them."""
    header = f"Call {ctx.person_name}"
    reach = ", ".join((*ctx.phones, *ctx.emails))
    if reach:
        header += f" ({reach})"
    warnings: tuple[str, ...] = ()
    if not ctx.gives:
        warnings = ("no note of what you can give them: add one with `followthrough offer`",)
    return Draft(body="\n".join([header, *briefing(ctx)]), warnings=warnings)


def briefing(ctx: DraftContext, *, give_line: bool = True) -> list[str]:
    """Where and when you met, why, what they need, what you can give: the call note's lines, and
    a calendar event's (which leaves out an empty give line where the playbook asks for none)."""
    lines: list[str] = []
    if ctx.where.strip() or ctx.met_on:
        met = f"Met at {ctx.where.strip()}" if ctx.where.strip() else "Met"
        if ctx.met_on:
            met += f" on {ctx.met_on:%d %b %Y}"
        lines.append(met + ".")
    if ctx.why.strip():
        lines.append(f"Why: {ctx.why.strip()}")
    if ctx.need.strip():
        lines.append(f"They need: {ctx.need.strip()}")
    if ctx.gives or give_line:
        lines.append(f"What you can give: {'; '.join(ctx.gives) or '(nothing noted yet)'}")
    return lines


def _missing(ctx: DraftContext, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        f"no *{name}* recorded for this meeting: the draft cannot say {name} you met"
        if name == "where"
        else f"no *{name}* recorded: the draft cannot say why you want to connect"
        for name in names
        if not getattr(ctx, name).strip()
    )
