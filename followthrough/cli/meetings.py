"""`followthrough met`: record a meeting and print the plan."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option, resolve_when, when_option
from followthrough.cli.terminal import console, escape, interactive, print_json, warn


@click.command()
@click.argument("name")
@click.option("--at", "where", default="", help="Where you met.")
@click.option("--why", default="", help="Why you want to stay in touch, as you would say it to "
              "them: the LinkedIn note reads 'I'd like to connect: <why>' ('she is...' becomes "
              "'you are...').")
@click.option("--need", default="", help="What they need.")
@click.option("--give", default="", help="What you can give them (the 30-day call carries it).")
@click.option("--email", default="")
@click.option("--phone", default="")
@click.option("--linkedin", default="", help="Their LinkedIn profile URL.")
@click.option("--company", default="")
@click.option("--title", default="")
@when_option
@click.option("--person", "person_ref", default=None, help="Add the meeting to this known person.")
@click.option("--new", "new_person", is_flag=True, help="Create a new person even if the name is known.")
@json_option
@pass_app
def met(app: App, name: str, person_ref: str | None, new_person: bool, when: str | None,
        as_json: bool, **details: str) -> None:
    """Record that you met someone, and start the follow-up plan.

    \b
    Example:
      followthrough met "Jane Doe" --at "Chamber of Commerce mixer" \\
        --why "she is building a data team; I know two candidates" \\
        --email jane@example.com --company Acme --need "senior data engineers" \\
        --give "intro to Priya and Tom" --when "yesterday 6pm"
    """
    from followthrough.cli import shapes
    from followthrough.cli.render import show_drafts, steps_table
    from followthrough.selectors.drafts import all_drafts_for
    from followthrough.selectors.people import find_person
    from followthrough.services.meetings import NewMeeting, record_meeting

    if not details["give"] and interactive() and not as_json:
        details["give"] = click.prompt(
            "What can you give them? (Enter to skip)", default="", show_default=False
        )
    now = app.now()
    person = find_person(app.owner, person_ref) if person_ref else None
    result = record_meeting(
        owner=app.owner, prefs=app.prefs, now=now, person=person, new_person=new_person,
        meeting=NewMeeting(name=name, at=resolve_when(app, when, now), **details),
    )
    drafts = all_drafts_for(result.person, app.prefs)
    if as_json:
        print_json({
            "person": shapes.person_summary(result.person, now),
            "created_person": result.created_person,
            "meeting": shapes.meeting_shape(result.meeting),
            "steps": [shapes.step_shape(s, now) for s in result.steps],
            "drafts": [shapes.draft_shape(kind, draft) for kind, _, draft in drafts],
            "warnings": result.warnings,
            "first_meeting": result.first_meeting,
            "other_name": result.other_name or None,
        })
        return
    verb = "New person" if result.created_person else "Added a meeting to"
    console.print(f"[green]✓[/] {verb} [bold]{escape(result.person.full_name)}[/] "
                  f"(id {result.person.pk}).")
    if not result.first_meeting:
        console.print("Met again: the first-contact steps were for your first meeting; this "
                      "meeting adds only what meeting again adds.")
    for message in result.warnings:
        warn(message)
    if result.other_name:
        console.print(f"  To rename them: followthrough rename {result.person.pk} "
                      f"{escape(_quoted(result.other_name))}")
    console.print(steps_table(result.steps, now, app.prefs.zone, title="The plan"))
    console.print()
    show_drafts((title, draft) for _, title, draft in drafts)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'
