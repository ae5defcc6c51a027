"""`people`, `show`, `offer`, `cadence`, `rename`: the people you know and what you can give them."""

from __future__ import annotations

import click
from rich.table import Table

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option, person_argument
from followthrough.cli.terminal import console, escape, print_json
from followthrough.domain.kinds import Status

STATUS_CHOICE = click.Choice([s.value for s in Status])


@click.command()
@click.option("--status", type=STATUS_CHOICE, default=None, help="Only people with this status.")
@click.option("--search", default="", help="Part of a name, organisation, tag or email.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 100_000))
@json_option
@pass_app
def people(app: App, status: str | None, search: str, limit: int, as_json: bool) -> None:
    """List people with their status and next step.

    \b
    Example:
      followthrough people --status at-risk
      followthrough people --search acme --json
    """
    from followthrough.cli import shapes
    from followthrough.domain.relative import relative
    from followthrough.selectors.people import people_for

    now = app.now()
    found = list(people_for(app.owner, now=now, status=Status(status) if status else None,
                            search=search)[:limit])
    if as_json:
        print_json([shapes.person_summary(p, now) for p in found])
        return
    if not found:
        console.print("No one matches." if (status or search) else
                      "No people yet: record a meeting with `followthrough met`.")
        return
    table = Table(show_edge=False)
    for column in ("id", "name", "organisation", "status", "next due"):
        table.add_column(column, justify="right" if column == "id" else "left")
    for person in found:
        summary = shapes.person_summary(person, now)
        table.add_row(str(person.pk), escape(person.full_name), escape(person.organisation),
                      summary["status"].replace("-", " "),
                      relative(person.next_due, now) if person.next_due else "—")
    console.print(table)


@click.command()
@person_argument
@json_option
@pass_app
def show(app: App, person_ref: str, as_json: bool) -> None:
    """Show a whole person: card, meetings, steps, interactions, needs and offers.

    \b
    Example:
      followthrough show "Jane"
      followthrough show jane@example.com --json
    """
    from followthrough.cli import shapes
    from followthrough.cli.render import local, steps_table
    from followthrough.selectors.people import find_person
    from followthrough.selectors.person_detail import person_detail

    now, zone = app.now(), app.prefs.zone
    detail = person_detail(app.owner, find_person(app.owner, person_ref).pk, now=now)
    person, points, meetings = detail.person, detail.contact_points, detail.meetings
    steps, interactions, offers = detail.steps, detail.interactions, detail.offers
    scheduled = detail.scheduled
    if as_json:
        print_json({
            **shapes.person_summary(person, now),
            "nickname": person.nickname,
            "tags": person.tag_list,
            "notes": person.notes,
            "cadence_days": person.cadence_days,
            "contact_points": [{"kind": p.kind, "value": p.value, "label": p.label,
                                "types": p.types} for p in points],
            "meetings": [shapes.meeting_shape(m) for m in meetings],
            "steps": [shapes.step_shape(s, now) for s in steps],
            "interactions": [shapes.interaction_shape(i) for i in interactions],
            "offers": [shapes.offer_shape(o) for o in offers],
            "scheduled": [{"kind": e.kind, "at": shapes.iso(e.at), "summary": e.summary}
                          for e in scheduled],
        })
        return
    summary = shapes.person_summary(person, now)
    heading = f"[bold]{escape(person.full_name)}[/] (id {person.pk})"
    if person.title or person.organisation:
        heading += f" — {escape(', '.join(x for x in (person.title, person.organisation) if x))}"
    console.print(heading)
    if person.nickname:
        console.print(f"Also known as: {escape(person.nickname)}")
    cadence = f"every {person.cadence_days} days" if person.cadence_days else "off"
    if person.face_to_face_due:
        cadence += f", next by {local(person.face_to_face_due, zone)}"
    console.print(f"Status: [bold]{summary['status'].replace('-', ' ')}[/]   "
                  f"Face to face: {cadence}")
    if person.next_due:
        console.print(f"Next step due: {local(person.next_due, zone)}")
    if person.tag_list:
        console.print(f"Tags: {escape(', '.join(person.tag_list))}")
    for point in points:
        console.print(_point_lines(point))
    if person.notes:
        console.print("\n[bold]Notes[/]")
        console.print(_indented(person.notes))
    for meeting in meetings:
        console.print(f"\n[bold]Met[/] {local(meeting.at, zone)} at {escape(meeting.where or '?')}")
        if meeting.why:
            console.print(f"  why: {escape(meeting.why)}")
        if meeting.need:
            console.print(f"  [bold]they need:[/] {escape(meeting.need)}")
    if offers:
        console.print("\n[bold]What you can give[/]")
        for offer in offers:
            mark = f"✓ given {local(offer.delivered_at, zone)}" if offer.delivered_at else "open"
            console.print(f"  [{offer.pk}] {escape(offer.text)} ({mark})")
    if steps:
        console.print()
        console.print(steps_table(steps, now, zone, title="Steps", closed=True))
    if interactions:
        console.print("\n[bold]Interactions[/]")
        for interaction in interactions:
            console.print(f"  {local(interaction.at, zone)} {interaction.kind}"
                          + (":\n" + _indented(interaction.note, 4) if interaction.note else ""))
    if scheduled:
        console.print("\n[bold]Scheduled[/] (from your calendar)")
        for event in scheduled:
            console.print(f"  {local(event.at, zone)} {event.kind}: {escape(event.summary)}")


def _point_lines(point: object) -> str:
    """`  email (work): jane@example.com`; a value of several lines (an address) indented below."""
    kind, value = getattr(point, "kind"), getattr(point, "value")  # noqa: B009
    label = getattr(point, "label") or getattr(point, "types")  # noqa: B009
    name = f"{kind} ({escape(label)})" if label else kind
    if "\n" in value:
        return f"  {name}:\n{_indented(value, 4)}"
    return f"  {name}: {escape(value)}"


def _indented(text: str, by: int = 2) -> str:
    return "\n".join(" " * by + escape(line) for line in text.splitlines())


@click.command()
@person_argument
@click.argument("text")
@click.option("--delivered", is_flag=True, help="You already gave it.")
@json_option
@pass_app
def offer(app: App, person_ref: str, text: str, delivered: bool, as_json: bool) -> None:
    """Record something you can give someone (or gave them).

    \b
    Example:
      followthrough offer "Jane Doe" "intro to Priya"
      followthrough offer 12 "sent the hiring guide" --delivered
    """
    from followthrough.cli import shapes
    from followthrough.selectors.people import find_person
    from followthrough.services.people import add_offer

    person = find_person(app.owner, person_ref)
    made = add_offer(owner=app.owner, person=person, text=text, delivered=delivered,
                     now=app.now())
    if as_json:
        print_json(shapes.offer_shape(made))
        return
    state = "given to" if delivered else "you can give"
    console.print(f"[green]✓[/] Offer {made.pk}: {escape(made.text)} ({state} "
                  f"{escape(person.full_name)}).")


@click.command()
@person_argument
@click.argument("days")
@pass_app
def cadence(app: App, person_ref: str, days: str) -> None:
    """Meet someone face to face every DAYS days, or 'off' to never lapse them.

    \b
    Example:
      followthrough cadence "Jane Doe" 60
      followthrough cadence "Jane Doe" off
    """
    from followthrough.errors import InvalidInput
    from followthrough.selectors.people import find_person
    from followthrough.services.people import set_cadence

    if days != "off" and not days.isdigit():
        raise InvalidInput("days", f"{days!r} is not a number of days or 'off'")
    person = find_person(app.owner, person_ref)
    set_cadence(owner=app.owner, person=person, days=None if days == "off" else int(days),
                now=app.now(), prefs=app.prefs)
    said = "off" if days == "off" else f"every {days} days"
    if person.face_to_face_due is not None:
        from followthrough.cli.render import local

        said += f", next by {local(person.face_to_face_due, app.prefs.zone)}"
    console.print(f"[green]✓[/] Face to face with {escape(person.full_name)}: {said}.")


@click.command()
@person_argument
@click.argument("name")
@pass_app
def rename(app: App, person_ref: str, name: str) -> None:
    """Give someone the name they go by; the old one is kept as their nickname.

    \b
    Example:
      followthrough rename "Jane Doe" "Janet Doe"
    """
    from followthrough.selectors.people import find_person
    from followthrough.services.people_edit import rename_person

    person = find_person(app.owner, person_ref)
    old = person.full_name
    rename_person(owner=app.owner, person=person, name=name)
    console.print(f"[green]✓[/] {escape(old)} is now {escape(person.full_name)}"
                  + (f" (also known as {escape(person.nickname)})." if person.nickname else "."))
