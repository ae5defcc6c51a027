"""The `followthrough` command line: a root group that loads each command module on demand.

Loading lazily keeps `followthrough today` fast: a command imports only what it uses.
"""

from __future__ import annotations

import importlib
from typing import Any, NoReturn

import click

# command name -> "module:attribute". One module per command group.
COMMANDS: dict[str, str] = {
    "audit": "followthrough.cli.audit:audit",
    "backup": "followthrough.cli.backup:backup",
    "cadence": "followthrough.cli.people:cadence",
    "card": "followthrough.cli.card:card",
    "doctor": "followthrough.cli.doctor:doctor",
    "delete": "followthrough.cli.trash:delete",
    "done": "followthrough.cli.steps:done",
    "draft": "followthrough.cli.drafts:draft",
    "evidence": "followthrough.cli.evidence:evidence",
    "export": "followthrough.cli.exports:export",
    "import": "followthrough.cli.imports:import_",
    "log": "followthrough.cli.interactions:log",
    "merge": "followthrough.cli.merge:merge",
    "met": "followthrough.cli.meetings:met",
    "offer": "followthrough.cli.people:offer",
    "people": "followthrough.cli.people:people",
    "playbook": "followthrough.cli.playbook:playbook",
    "reminders": "followthrough.cli.reminders:reminders",
    "rename": "followthrough.cli.people:rename",
    "reopen": "followthrough.cli.steps:reopen",
    "restore": "followthrough.cli.backup:restore",
    "review": "followthrough.cli.review:review",
    "send": "followthrough.cli.send:send",
    "serve": "followthrough.cli.serve:serve",
    "setup": "followthrough.cli.setup:setup",
    "show": "followthrough.cli.people:show",
    "skip": "followthrough.cli.steps:skip",
    "stats": "followthrough.cli.stats:stats",
    "sync": "followthrough.cli.sync:sync",
    "today": "followthrough.cli.agenda:today",
    "trash": "followthrough.cli.trash:trash",
    "undelete": "followthrough.cli.trash:undelete",
    "worker": "followthrough.cli.worker:worker",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """An argument that is not UTF-8 (Python keeps its bytes as lone surrogates) is one
        clear line, before any command sees it."""
        from followthrough.cli.terminal import UserError

        for number, arg in enumerate(args, 1):
            if any("\ud800" <= char <= "\udfff" for char in arg):
                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                raise UserError(f"argument {number} ({shown!r}) is not UTF-8 text: check your "
                                "terminal's or script's encoding")
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        """Turn every error the user can fix into one clear line (see cli/terminal.py)."""
        from followthrough.cli.terminal import user_error_from

        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as exc:
            error = user_error_from(exc)
            if error is None:
                raise
            raise error from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="followthrough")
def cli() -> None:
    """Followthrough: turn a meeting into a relationship.

    \b
    Start with:
      followthrough met "Jane Doe" --at "Chamber mixer" --why "she is hiring data engineers"
      followthrough today
    """


def main() -> None:
    try:
        cli(prog_name="followthrough")
    except SystemExit as finished:  # Click ends every run with one, 0 included
        leave(finished.code)
    leave(0)


def leave(code: object) -> NoReturn:
    """End the process as Python would, minus its teardown: the database connections closed,
    the atexit handlers run and the output flushed, then `os._exit`.

    Tearing the interpreter down frees every module, class and cached object one at a time:
    about 10 ms of `followthrough today`'s 270 (docs/performance.md). Nothing is lost by
    skipping it: the files a command writes are closed by the `with` blocks that write them.
    """
    import atexit
    import contextlib
    import os
    import sys
    import threading

    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # sys.exit("message"), as the interpreter would show it
        code = 1
    if any(not thread.daemon for thread in threading.enumerate()
           if thread is not threading.main_thread()):
        raise SystemExit(code)  # the interpreter waits for them; so must we
    try:
        sys.stdout.flush()
        registry = sys.modules.get("django.apps")
        if registry is not None and registry.apps.ready:  # `--help` never sets Django up
            from django.db import connections

            connections.close_all()
    except BaseException:  # a closed pipe, say: the interpreter's own exit reports it as ever
        raise SystemExit(code) from None
    atexit._run_exitfuncs()  # logging's flush among them; each error is printed, not raised
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)
