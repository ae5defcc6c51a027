"""A large file shows a progress bar on standard error when it is a terminal; a pipe gets none."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

pytestmark = pytest.mark.django_db


def big_file(tmp_path) -> str:  # type: ignore[no-untyped-def]
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nNOTE:{'x' * 400}\r\n"
                    "END:VCARD\r\n" for n in range(3000))
    path = tmp_path / "large.vcf"
    path.write_text(cards)
    assert path.stat().st_size > 1_000_000
    return str(path)


def test_a_terminal_sees_a_progress_bar_for_a_large_file(run, tmp_path, monkeypatch):
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=100)
    monkeypatch.setattr("followthrough.cli.imports.err_console", terminal)
    result = run("import", big_file(tmp_path))
    assert "3000 created" in result.output
    assert "large.vcf" in screen.getvalue()
    assert "large.vcf" not in result.output  # the bar is on stderr, not in the summary


def test_a_pipe_sees_no_progress_bar(run, tmp_path, monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr("followthrough.cli.imports.err_console",
                        Console(file=screen, force_terminal=False))
    run("import", big_file(tmp_path))
    assert screen.getvalue() == ""


def test_a_terminal_sees_a_progress_bar_for_an_mbox_after_the_contacts_bar(run, tmp_path,
                                                                         monkeypatch):
    from tests.evidence.helpers import FIXTURES

    screen = io.StringIO()
    monkeypatch.setattr("followthrough.cli.imports.err_console",
                        Console(file=screen, force_terminal=True, width=100))
    result = run("import", big_file(tmp_path), str(FIXTURES / "takeout.mbox"))
    assert "3000 created" in result.output and "5 items read" in result.output
    assert "large.vcf" in screen.getvalue() and "reading takeout.mbox" in screen.getvalue()
