"""Drafted texts for the follow-up steps: the LinkedIn note, the thank-you email, the call note."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followthrough.domain.second_person import to_second_person
from followthrough.domain.text import first_name, shorten, shorten_at_clause

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


# The drafts a person can get, by the name a playbook step gives in `draft = "..."`.
DRAFT_TITLES = {"linkedin": "LinkedIn note", "email": "Thank-you email", "call": "30-day call note"}
DRAFT_KINDS = tuple(DRAFT_TITLES)
NO_NAME = ("your name is not set, so the drafts are not signed: add name = \"...\" under [me] "
           "in config.toml (`followthrough doctor` shows where it is)")


def write_draft(kind: str, ctx: DraftContext, linkedin_limit: int = LINKEDIN_LIMIT_FREE) -> Draft:
    """The draft of `kind` (one of DRAFT_KINDS) for the person `ctx` describes."""
    if kind == "linkedin":
        return linkedin_note(ctx, linkedin_limit)
    if kind == "email":
        return thank_you_email(ctx)
    if kind == "call":
        return call_note(ctx)
    raise ValueError(f"no draft called {kind!r}: the drafts are {', '.join(DRAFT_KINDS)}")


def linkedin_note(ctx: DraftContext, limit: int = LINKEDIN_LIMIT_FREE) -> Draft:
    """A connection note that names where you met and why, spoken to them; it fits `limit`,
    shortened only where a sentence or clause ends, and keeps the signature."""
    warnings = [*_missing(ctx, ("where", "why")), *_unsigned(ctx)]
    why = _spoken(ctx.why, ctx, warnings)
    greeting = f"Hi {first_name(ctx.person_name)},"
    sign = f" {ctx.my_name.strip()}" if ctx.my_name.strip() else ""
    where = " ".join(ctx.where.split()).rstrip(".")
    middle = _note_middle(where, why, limit - len(greeting) - len(sign), limit, warnings)
    body = f"{greeting}{middle}{sign}"
    if len(body) > limit:  # only a name (or signature) longer than the note itself gets here
        body = shorten(body, limit)
        warnings.append(f"the names alone are longer than LinkedIn's {limit} characters")
    return Draft(body=body.strip(), warnings=tuple(warnings))


def _note_middle(where: str, why: str, room: int, limit: int, warnings: list[str]) -> str:
    """What goes between "Hi Jane," and the signature, in at most `room` characters.

    The reason is what makes the note personal, so it is kept whole when it fits, else cut at
    its last clause that fits; only when not even a clause fits does it give way, and the
    place is cut (or left out) only when it alone does not fit.
    """
    place = f" great to meet you at {where}." if where else ""
    if why:
        reason = shorten_at_clause(why, room - len(place) - len(" I'd like to connect: ."))
        if reason:
            if reason != " ".join(why.split()):
                warnings.append(f"the reason was cut at a clause to fit LinkedIn's {limit} "
                                "characters")
            return f"{place} I'd like to connect: {_lower_first_you(reason)}."
        warnings.append(f"the reason does not fit LinkedIn's {limit} characters, not even its "
                        "first clause: the note leaves it out (a shorter --why fits)")
    rest = " I'd like to stay in touch."
    if len(place) + len(rest) <= room:
        return place + rest
    short = shorten_at_clause(where, room - len(rest) - len(" great to meet you at ."))
    warnings.append(f"where you met was {'cut' if short else 'left out'} to fit LinkedIn's "
                    f"{limit} characters")
    return (f" great to meet you at {short}." if short else "") + rest


def thank_you_email(ctx: DraftContext) -> Draft:
    """A subject and body that thank them and pass along what they need, spoken to them."""
    warnings = [*_missing(ctx, ("where",)), *_unsigned(ctx)]
    name = first_name(ctx.person_name)
    where = ctx.where.strip().rstrip(".")
    subject = f"Great to meet you at {where}" if where else "Great to meet you"
    lines = [f"Hi {name},", ""]
    lines.append(
        f"Thank you for your time at {where}; I enjoyed our conversation."
        if where
        else "Thank you for your time; I enjoyed our conversation."
    )
    why = _spoken(ctx.why, ctx, warnings)
    if why:
        lines.append(f"I'd like to stay in touch: {_lower_first_you(why.rstrip('.'))}.")
    need = _spoken(ctx.need, ctx, warnings).rstrip(".")
    gives = "; ".join(_spoken(give, ctx, warnings) for give in ctx.gives)
    if need:
        lines += ["", f"You mentioned you are looking for {need}."]
        if gives:
            lines.append(f"I can help with that: {gives}.")
    elif gives:
        lines += ["", f"As promised: {gives}."]
    lines += ["", "I'll give you a call in a few weeks to catch up.", "", "Best regards,"]
    if ctx.my_name.strip():
        lines.append(ctx.my_name.strip())
    if not need and not gives:
        warnings.append("nothing to pass along yet: add what they need (--need) or an offer")
    return Draft(subject=subject, body="\n".join(lines), warnings=tuple(warnings))


def call_note(ctx: DraftContext) -> Draft:
    """The 30-day call reminder: who, how to reach them, and what you can give them.

    It is a note to yourself about them, so its *why* stays as you wrote it ("she is ...").
    """
    header = f"Call {ctx.person_name}"
    reach = ", ".join((*ctx.phones, *ctx.emails))
    if reach:
        header += f" ({reach})"
    warnings = list(_unsigned(ctx))
    if not ctx.gives:
        warnings.append("no note of what you can give them: add one with `followthrough offer`")
    return Draft(body="\n".join([header, *briefing(ctx)]), warnings=tuple(warnings))


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


def _spoken(text: str, ctx: DraftContext, warnings: list[str]) -> str:
    """`text` as said to them (second person); as written, with a warning, where unsafe."""
    rewrite = to_second_person(" ".join(text.split()), ctx.person_name)
    if rewrite.warning:
        warnings.append(rewrite.warning)
    return rewrite.text


def _lower_first_you(text: str) -> str:
    """After "connect:" a sentence goes on: "You are" reads "you are" (but "I" stays)."""
    first = text.split(" ", 1)[0]
    if first.lower().replace("’", "'") in YOU_WORDS:
        return text[0].lower() + text[1:]
    return text


YOU_WORDS = frozenset({"you", "your", "you're", "you've", "you'll", "you'd", "yours"})


def _unsigned(ctx: DraftContext) -> tuple[str, ...]:
    return () if ctx.my_name.strip() else (NO_NAME,)


def _missing(ctx: DraftContext, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        f"no *{name}* recorded for this meeting: the draft cannot say {name} you met"
        if name == "where"
        else f"no *{name}* recorded: the draft cannot say why you want to connect"
        for name in names
        if not getattr(ctx, name).strip()
    )
