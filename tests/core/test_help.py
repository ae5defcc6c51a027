import pytest
from click.testing import CliRunner

from followthrough.cli import COMMANDS, cli


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_the_root_help_lists_the_main_commands():
    result = CliRunner().invoke(cli, ["--help"])
    for name in ("met", "today", "show", "people", "done", "skip", "log", "offer", "stats",
                 "draft", "playbook"):
        assert f"  {name} " in result.output
