"""`followthrough send email|linkedin PERSON`: hand off the 48-hour steps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import click

from followthrough.cli.context import App, pass_app
from followthrough.cli.options import person_argument
from followthrough.cli.terminal import UserError, console, echo, escape, interactive, warn

if TYPE_CHECKING:
    from followthrough.services.sending import Outgoing

# Clipboard commands, tried in order: Wayland, X11, macOS.
CLIPBOARDS = (["wl-copy"], ["xclip", "-selection", "clipboard"], ["pbcopy"])


@click.group()
def send() -> None:
    """Send the thank-you email, or open LinkedIn with the note on your clipboard.

    \b
    Example:
      followthrough send email "Jane Doe"
      followthrough send linkedin "Jane Doe"
    """


@send.command()
@person_argument
@click.option("--to", default="", help="Send to this address instead of their e-mail.")
@click.option("--yes", is_flag=True, help="Send as drafted, without opening $EDITOR.")
@click.option("--eml", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the message to this .eml file instead of sending it.")
@click.option("--mailto", is_flag=True, help="Print a mailto: link instead of sending.")
@pass_app
def email(app: App, person_ref: str, to: str, yes: bool, eml: Path | None, mailto: bool) -> None:
    """Send the thank-you email through the mail server (EMAIL_HOST and friends).

    You edit the draft in $EDITOR first unless you pass --yes. Once the server takes it, the
    email is logged and the thank-you step is done; if it fails nothing is logged.

    \b
    Example:
      followthrough send email "Jane Doe"
      followthrough send email jane@example.com --yes
      followthrough send email "Jane Doe" --eml thanks.eml
      followthrough send email "Jane Doe" --mailto
    """
    from followthrough.selectors.people import find_person
    from followthrough.services import sending

    person = find_person(app.owner, person_ref)
    message = sending.thank_you_for(person, app.prefs, to)
    if not yes and not interactive() and eml is None and not mailto:
        raise UserError("not at a terminal, so the draft cannot be checked first: add --yes "
                        "to send it as drafted (`followthrough draft email` shows it)")
    if not yes and interactive():
        edited = click.edit(sending.as_editable(message), extension=".txt")
        if edited is None:
            console.print("Not sent: the draft was closed without saving.")
            return
        message = sending.with_edits(message, edited)
    if eml is not None or mailto:
        _hand_over(message, eml, person.full_name, app)
        return
    now = app.now()
    completed = sending.send_thank_you(owner=app.owner, person=person, message=message,
                                       now=now, prefs=app.prefs).completed
    console.print(f"[green]✓[/] Sent “{escape(message.subject)}” to {escape(message.to)}.")
    for step in completed:
        console.print(f"  [green]✓[/] completes step {step.pk}: {escape(step.title)}")


def _hand_over(message: Outgoing, eml: Path | None, name: str, app: App) -> None:
    from followthrough.services import sending

    if eml is not None:
        eml.write_bytes(sending.eml_bytes(message, app.prefs))
        console.print(f"Wrote {escape(str(eml))}: open it in Outlook or Thunderbird, where it is "
                      "a draft to edit and send.")
        if not app.prefs.my_email:
            warn("your email is not set ([me] email in config.toml): the draft has no From, "
                 "so your mail program uses its own account")
    else:
        click.echo(sending.mailto_link(message))
    console.print(f"Once it is sent: followthrough log {escape(_quoted(name))} --kind email")


@send.command()
@person_argument
@click.option("--yes", is_flag=True, help="Mark the request sent without asking.")
@pass_app
def linkedin(app: App, person_ref: str, yes: bool) -> None:
    """Open their LinkedIn profile (or a search) with the connection note on your clipboard.

    \b
    Example:
      followthrough send linkedin "Jane Doe"
      followthrough send linkedin 12 --yes
    """
    from followthrough.selectors.drafts import draft_for
    from followthrough.selectors.people import find_person
    from followthrough.services import sending

    person = find_person(app.owner, person_ref)
    note = draft_for("linkedin", person, app.prefs)
    url = sending.linkedin_target(person)
    if _open_browser(url):
        console.print(f"Opened {escape(url)} in your browser.")
        tool = copy_to_clipboard(note.body)
    else:
        console.print(f"No browser could be opened here: open this address yourself:\n  "
                      f"{escape(url)}")
        tool = None
    if tool:
        console.print(f"The note is on your clipboard ({tool}): paste it into the request.")
    else:
        console.print("Paste this note into the request:\n")
        echo(note.body + "\n")
    for message in note.warnings:
        warn(message)
    if not yes and not (interactive() and click.confirm("Did you send the request?")):
        console.print(f"Not marked yet: followthrough send linkedin {escape(_quoted(person_ref))}"
                      " --yes, once it is sent.")
        return
    completed = sending.linkedin_sent(owner=app.owner, person=person, now=app.now(),
                                      prefs=app.prefs).completed
    console.print(f"[green]✓[/] Logged the LinkedIn request to {escape(person.full_name)}.")
    for step in completed:
        console.print(f"  [green]✓[/] completes step {step.pk}: {escape(step.title)}")


def _open_browser(url: str) -> bool:
    """True only when a browser was started: `webbrowser` says False when it finds none."""
    import webbrowser

    try:
        return bool(webbrowser.open(url))
    except webbrowser.Error:
        return False


def copy_to_clipboard(text: str) -> str | None:
    """The clipboard tool that took the text, or None when there is none."""
    for command in CLIPBOARDS:
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, input=text.encode(), check=True, timeout=5,
                           capture_output=True)
        except (OSError, subprocess.SubprocessError):
            continue
        return command[0]
    return None


def _quoted(text: str) -> str:
    return f'"{text}"' if " " in text else text
