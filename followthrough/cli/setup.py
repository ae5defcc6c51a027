"""`followthrough setup`: the first-run questions the web app asks, on the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.terminal import console, escape

if TYPE_CHECKING:
    from followthrough.services.setup import SetUpAnswers


@click.command()
@click.option("--name", default=None, help="Your name: it signs your drafts.")
@click.option("--zone", default=None, metavar="ZONE",
              help="Your time zone, e.g. Europe/Berlin ('' for this computer's).")
@click.option("--premium/--no-premium", default=None,
              help="LinkedIn Premium: 300-character connection notes instead of 200.")
@click.option("--email", default=None, metavar="ADDRESS",
              help="Where reminders go ('' for your account's address).")
@click.option("--yes", "-y", is_flag=True, help="Ask nothing: keep what no option gives.")
@pass_app
def setup(app: App, name: str | None, zone: str | None, premium: bool | None,
          email: str | None, yes: bool) -> None:
    """Your name, time zone, LinkedIn Premium, and where reminders go.

    Asks for what no option gives, offering what is set now (Enter keeps it); the web app's
    first page asks the same, and its Settings change them later.

    \b
    Example:
      followthrough setup
      followthrough setup --name "Alex Example" --zone Europe/Berlin --no-premium \\
        --email alex@example.org
    """
    from followthrough.selectors.setup import set_up_answers
    from followthrough.services.setup import SetUpAnswers, clean_zone, save_set_up
    from followthrough.services.validation import clean_email

    current = set_up_answers(app.owner, app.prefs)
    if not yes:
        name = name if name is not None else _ask("Your name (it signs your drafts)", current.name)
        zone = zone if zone is not None else _ask("Your time zone", current.zone, clean_zone)
        premium = premium if premium is not None else click.confirm(
            "Do you have LinkedIn Premium (300-character notes)?",
            default=current.linkedin_premium)
        email = email if email is not None else _ask(
            "Send reminders to (empty: your account's address)", current.reminder_email,
            lambda text: clean_email(text) if text.strip() else "")
    answers = SetUpAnswers(name=name, zone=zone, linkedin_premium=premium, reminder_email=email)
    save_set_up(owner=app.owner, now=app.now(), answers=answers)
    _report(SetUpAnswers(**{key: current_value if given is None else given
                            for (key, given), current_value
                            in zip(vars(answers).items(), vars(current).values(), strict=True)}))


def _ask(question: str, current: str | None, check: Callable[[str], str] | None = None) -> str:
    """A prompt that re-asks, saying why, until `check` takes the answer."""
    from followthrough.errors import InvalidInput

    def checked(text: str) -> str:
        try:
            return check(text) if check else text.strip()
        except InvalidInput as exc:
            raise click.UsageError(str(exc)) from None

    answer: str = click.prompt(question, default=current or "", show_default=bool(current),
                               value_proc=checked)
    return answer


def _report(answers: SetUpAnswers) -> None:
    from followthrough.preferences import config_path

    premium = "Premium (300-character notes)" if answers.linkedin_premium \
        else "free (200-character notes)"
    console.print(f"Saved to {escape(str(config_path()))} and your reminder settings:")
    zone = answers.zone or "this computer's"
    email = answers.reminder_email or "your account's address"
    console.print(f"  drafts signed  {escape(answers.name or 'by nobody yet')}")
    console.print(f"  time zone      {escape(zone)}")
    console.print(f"  LinkedIn       {premium}")
    console.print(f"  reminders to   {escape(email)}")
