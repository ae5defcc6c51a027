"""`send linkedin`: opens the profile (or a search), note on the clipboard, step done on yes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def opened(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    urls: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: urls.append(url) or True)
    return urls


def test_without_a_profile_it_searches_by_name_and_company_and_prints_the_note(
        run, opened, monkeypatch):
    monkeypatch.setattr("followthrough.cli.send.CLIPBOARDS", ())
    run("met", "Jane Doe", "--at", "Chamber mixer", "--why", "she is hiring", "--company", "Acme")
    result = run("send", "linkedin", "Jane Doe")
    assert opened == [
        "https://www.linkedin.com/search/results/people/?keywords=Jane+Doe+Acme"]
    assert "Hi Jane, great to meet you at Chamber mixer." in result.output
    assert "Not marked yet" in result.output


def test_yes_marks_the_linkedin_step_done(run, opened, monkeypatch):
    monkeypatch.setattr("followthrough.cli.send.CLIPBOARDS", ())
    run("met", "Jane Doe", "--at", "mixer", "--why", "hiring",
        "--linkedin", "https://linkedin.com/in/jane-doe/")
    result = run("send", "linkedin", "Jane Doe", "--yes")
    assert opened == ["https://www.linkedin.com/in/jane-doe"]
    assert "completes step" in result.output
    from followthrough.models import Step

    assert Step.objects.get(kind="linkedin").state == "done"


def test_the_note_goes_to_a_clipboard_tool_when_there_is_one(run, opened, monkeypatch, tmp_path):
    tool = tmp_path / "bin" / "pbcopy"
    tool.parent.mkdir()
    tool.write_text(f"#!/bin/sh\nexec /bin/cat > {tmp_path / 'clip.txt'}\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tool.parent))
    monkeypatch.setattr("followthrough.cli.send.interactive", lambda: True)
    run("met", "Jane Doe", "--at", "mixer", "--why", "hiring")
    result = run("send", "linkedin", "Jane Doe", input="y\n")
    assert "on your clipboard (pbcopy)" in result.output
    assert (tmp_path / "clip.txt").read_text().startswith("Hi Jane, great to meet you at mixer.")
    from followthrough.models import Step

    assert Step.objects.get(kind="linkedin").state == "done"
