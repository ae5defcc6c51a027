"""The `followthrough` command line: a root group that loads each command module on demand.

Loading lazily keeps `followthrough today` fast: a command imports only what it uses.
"""

from __future__ import annotations

import importlib

import click

# command name -> "module:attribute". One module per command group (cli/people.py, ...).
COMMANDS: dict[str, str] = {
    "audit": "followthrough.cli.audit:audit",
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
        assert isinstance(command, click.Command)
        return command


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
    cli(prog_name="followthrough")
