from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from followthrough.cli.audit import audit
from tests.audit.helpers import BuildArchive, fixture_bytes


def flat(text: str) -> str:
    """Rich wraps long lines at the terminal width; compare the words."""
    return " ".join(text.split())


def test_it_reports_the_risky_items_of_an_archive(
    build_archive: BuildArchive, full_export: dict[str, bytes]
) -> None:
    result = CliRunner().invoke(audit, ["archive", str(build_archive(full_export))])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [
        "2024-02-01 linkedin comment",
        "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7159000000000000000",
    ]
    assert '  MEDIUM Bad-mouthing an employer or colleagues: "my manager", "clueless"' in lines
    assert lines[-1] == "5 risky items out of 17 (6 facebook, 2 instagram, 4 linkedin, 5 x)."


def test_a_clean_archive_exits_zero(build_archive: BuildArchive) -> None:
    path = build_archive({"data/tweets.js": fixture_bytes("x-tweets.js")})
    result = CliRunner().invoke(audit, ["archive", str(path)])
    assert result.exit_code == 0
    assert result.output == "Nothing found in 3 items (3 x).\n"


def test_it_writes_json_and_html(build_archive: BuildArchive, full_export: dict[str, bytes],
                                 tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = CliRunner().invoke(
        audit, ["archive", str(build_archive(full_export)), "--json", "--html", str(page)]
    )
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["risky_count"] == 5
    assert payload["items"][3]["link"] == "https://x.com/i/status/1700000000000000001"
    assert "<mark>hungover</mark>" in page.read_text()


def test_it_warns_about_unreadable_parts_and_reports_the_rest(build_archive: BuildArchive) -> None:
    path = build_archive({"data/tweets.js": b"nope", "Shares.csv": fixture_bytes("linkedin-Shares.csv")})
    result = CliRunner().invoke(audit, ["archive", str(path)])
    assert result.exit_code == 0
    assert "Warning: data/tweets.js: does not start with" in flat(result.stderr)
    assert result.stdout == "Nothing found in 2 items (2 linkedin).\n"


def test_an_archive_with_nothing_readable_is_an_error(build_archive: BuildArchive) -> None:
    path = build_archive({"notes.txt": b"hello"})
    result = CliRunner().invoke(audit, ["archive", str(path)])
    assert result.exit_code == 1
    assert "no posts found; not a known export" in flat(result.stderr)
    assert flat(result.stderr).endswith(f"Error: nothing readable in {path}")


def test_a_missing_path_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(audit, ["archive", str(tmp_path / "missing.zip")])
    assert result.exit_code == 1
    assert flat(result.stderr) == f"Error: {tmp_path / 'missing.zip'}: no such file or folder"
