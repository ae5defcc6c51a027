from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from followthrough.cli.audit import audit


def test_a_clean_draft_exits_zero() -> None:
    result = CliRunner().invoke(audit, ["post", "Coffee with Marta this morning."])
    assert result.exit_code == 0
    assert result.output == "Nothing found. Still read it once more as a recruiter would.\n"


def test_a_risky_draft_lists_each_finding_and_exits_one() -> None:
    result = CliRunner().invoke(audit, ["post", "So hungover, my boss is an idiot"])
    assert result.exit_code == 1
    assert "2 findings:" in result.output
    assert 'MEDIUM Alcohol and drugs: "hungover"' in result.output
    assert 'MEDIUM Bad-mouthing an employer or colleagues: "my boss", "idiot"' in result.output
    assert "Why it matters: Employers read heavy drinking" in result.output
    assert "Suggestion: Leave out the drinking" in result.output


def test_it_reads_the_draft_from_stdin() -> None:
    result = CliRunner().invoke(audit, ["post", "-", "--json"], input="Holy shit\n")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["findings"][0]["words"] == ["shit"]
    assert payload["findings"][0]["spans"] == [[5, 9]]
    assert payload["findings"][0]["severity"] == "medium"


def test_it_uses_the_lists_in_config_toml(isolated_dirs: Path) -> None:
    (isolated_dirs / "config" / "config.toml").write_text('[audit]\nallow = ["hammered"]\n')
    result = CliRunner().invoke(audit, ["post", "Got hammered"])
    assert result.exit_code == 0


def test_a_broken_config_is_one_line_error(isolated_dirs: Path) -> None:
    (isolated_dirs / "config" / "config.toml").write_text("[audit\n")
    result = CliRunner().invoke(audit, ["post", "hello"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    words = "".join(result.output.split())  # Rich may wrap the long path anywhere
    assert words.endswith("config.toml:notvalidTOML(Expected']'attheendofatabledeclaration(atline1,column7))")


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(audit, ["post", "--help"])
    assert '  followthrough audit post "So hungover, skipping work today"' in result.output
