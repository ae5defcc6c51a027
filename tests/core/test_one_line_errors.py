"""Input that once ended in a traceback is one clear line now: an argument that is not UTF-8, a
JSON file nested deeper than Python parses, and a backup's cadence of 10**30 days."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from followthrough.models import Person
from tests.core.test_fresh_start import embedded_env


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_an_argument_that_is_not_utf8_is_one_line(tmp_path):
    """Python keeps such bytes as lone surrogates, which no database takes."""
    command = [sys.executable, "-m", "followthrough", "show", os.fsdecode(b"J\xffne")]
    result = subprocess.run(command, env=embedded_env(tmp_path), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert result.stderr.replace("\n", "") == (
        "Error: argument 2 ('J\ufffdne') is not UTF-8 text: check your terminal's or script's "
        "encoding")


def test_json_nested_deeper_than_python_reads_is_one_line(run, owner, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("{\"people\": " + "[" * 100_000 + "]" * 100_000 + "}")
    result = run("import", str(deep))
    assert result.exit_code == 1
    assert ("deep.json: not a backup: its JSON is nested too deeply to read (nothing was "
            "imported)") in result.output


@pytest.mark.parametrize("cadence", [10**30, 2**31])
def test_a_backup_with_a_cadence_past_any_calendar_is_one_line(run, owner, tmp_path, cadence):
    run("met", "Jane Doe")
    backup = tmp_path / "backup.json"
    assert run("export", "--format", "json", "--out", str(backup)).exit_code == 0
    document = json.loads(backup.read_text())
    document["people"][0]["cadence_days"] = cadence
    document["people"][0]["uid"] = "urn:uuid:someone-else"
    backup.write_text(json.dumps(document))
    result = run("import", str(backup))
    assert result.exit_code == 1
    assert (f"backup.json, field people[0].cadence_days: {cadence} is out of range: a cadence "
            "is at most 3,650 days (nothing was imported)") in result.output.replace("\n", "")
    assert Person.objects.filter(owner=owner).count() == 1
