"""`people`, `show`, `offer`, `cadence`: the people you know and what you can give them."""

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

    now, zone = app.now(), app.prefs.zone
    person = find_person(app.owner, person_ref)
    points = list(person.contact_points.all())
    meetings = list(person.meetings.all())
    steps = list(person.steps.select_related("person").order_by("due_at", "id"))
    interactions = list(person.interactions.all())
    offers = list(person.offers.all())
    from followthrough.selectors.evidence import scheduled_for

    scheduled = scheduled_for(app.owner, person, now)
    if as_json:
        print_json({
            **shapes.person_summary(person, now),
            "notes": person.notes,
            "cadence_days": person.cadence_days,
            "contact_points": [{"kind": p.kind, "value": p.value, "label": p.label}
                               for p in points],
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
    cadence = f"every {person.cadence_days} days" if person.cadence_days else "off"
    console.print(f"Status: [bold]{summary['status'].replace('-', ' ')}[/]   "
                  f"Face to face: {cadence}")
    for point in points:
        console.print(f"  {point.kind}: {escape(point.value)}")
    for meeting in meetings:
        console.print(f"\n[bold]Met[/] {local(meeting.at, zone)} at {escape(meeting.where or '?')}")
        if meeting.why:
            console.print(f"  why: {escape(meeting.why)}")
        if meeting.need:
            console.print(f"  [bold]they need:[/] {escape(meeting.need)}")
    if offers:
        console.print("\n[bold]What you can give[/]")
        for offer in offers:
            mark = "✓ given" if offer.delivered_at else "open"
            console.print(f"  [{offer.pk}] {escape(offer.text)} ({mark})")
    if steps:
        console.print()
        console.print(steps_table(steps, now, zone, title="Steps"))
    if interactions:
        console.print("\n[bold]Interactions[/]")
        for interaction in interactions:
            note = f": {escape(interaction.note)}" if interaction.note else ""
            console.print(f"  {local(interaction.at, zone)} {interaction.kind}{note}")
    if scheduled:
        console.print("\n[bold]Scheduled[/] (from your calendar)")
        for event in scheduled:
            console.print(f"  {local(event.at, zone)} {event.kind}: {escape(event.summary)}")


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
                now=app.now(), zone=app.prefs.zone)
    said = "off" if days == "off" else f"every {days} days"
    console.print(f"[green]✓[/] Face to face with {escape(person.full_name)}: {said}.")
