"""`followthrough draft linkedin|email|call PERSON`: the texts to send."""

from __future__ import annotations

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import json_option, person_argument
from followthrough.cli.terminal import echo, print_json, warn
from followthrough.domain.drafts import DRAFT_KINDS


@click.command()
@click.argument("kind", type=click.Choice(DRAFT_KINDS))
@person_argument
@json_option
@pass_app
def draft(app: App, kind: str, person_ref: str, as_json: bool) -> None:
    """Write the LinkedIn note, thank-you email or call note for someone.

    The LinkedIn note fits LinkedIn's limit (200 characters; 300 with linkedin.premium = true
    in config.toml). Output is plain text, ready to paste or pipe.

    \b
    Example:
      followthrough draft linkedin "Jane Doe"
      followthrough draft email jane@example.com | pbcopy
    """
    from followthrough.cli import shapes
    from followthrough.selectors.drafts import draft_for
    from followthrough.selectors.people import find_person

    person = find_person(app.owner, person_ref)
    result = draft_for(kind, person, app.prefs)
    if as_json:
        print_json(shapes.draft_shape(kind, result))
        return
    if result.subject:
        echo(f"Subject: {result.subject}\n")
    echo(result.body)
    for message in result.warnings:
        warn(message)
