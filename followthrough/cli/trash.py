"""`delete`, `undelete` and `trash`: deleting asks first and can be undone for 30 days."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option, person_argument
from followthrough.cli.terminal import UserError, confirm, console, escape, print_json


@click.command()
@person_argument
@click.option("--yes", is_flag=True, help="Do not ask first (for scripts).")
@pass_app
def delete(app: App, person_ref: str, yes: bool) -> None:
    """Delete a person (undo with `followthrough undelete` within 30 days).

    \b
    Example:
      followthrough delete "Jane Doe"
    """
    from followthrough.selectors.people import find_person
    from followthrough.services.people_edit import delete_person

    person = find_person(app.owner, person_ref)
    if not yes and not confirm(f"Delete {person.full_name} (id {person.pk})?", default=False):
        raise UserError("nothing deleted")
    delete_person(owner=app.owner, person=person, now=app.now())
    console.print(f"[green]✓[/] Deleted {escape(person.full_name)}. Undo within 30 days: "
                  f"followthrough undelete {person.pk}")


@click.command()
@person_argument
@pass_app
def undelete(app: App, person_ref: str) -> None:
    """Bring back a person deleted in the last 30 days.

    \b
    Example:
      followthrough undelete 12
    """
    from followthrough.selectors.people import find_deleted_person
    from followthrough.services.trash import undelete_person

    person = undelete_person(owner=app.owner, person=find_deleted_person(app.owner, person_ref),
                             now=app.now())
    console.print(f"[green]✓[/] {escape(person.full_name)} is back.")


@click.command()
@json_option
@pass_app
def trash(app: App, as_json: bool) -> None:
    """List deleted people that can still be brought back.

    \b
    Example:
      followthrough trash
    """
    from followthrough.selectors.people import deleted_people_of
    from followthrough.services.trash import KEPT_FOR

    people = list(deleted_people_of(app.owner).select_related("merged_into"))
    if as_json:
        print_json([{"id": p.pk, "name": p.full_name, "deleted_at": p.deleted_at.isoformat(),
                     "purged_after": (p.deleted_at + KEPT_FOR).isoformat(),
                     "merged_into": ({"id": p.merged_into.pk, "name": p.merged_into.full_name}
                                     if p.merged_into else None)} for p in people])
        return
    if not people:
        console.print("The trash is empty.")
    for person in people:
        gone = person.deleted_at + KEPT_FOR
        merged = (f"merged into {escape(person.merged_into.full_name)} (id "
                  f"{person.merged_into.pk}); " if person.merged_into else "")
        console.print(f"{person.pk:>6}  {escape(person.full_name)}  ({merged}gone for good after "
                      f"{gone.astimezone(app.prefs.zone):%d %b %Y})")
