"""`followthrough audit`: check a draft before posting, or audit an exported archive."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.text import Text

from followthrough.cli.terminal import (
    UserError,
    console,
    err_console,
    escape,
    interactive,
    print_json,
    warn,
)

if TYPE_CHECKING:
    from followthrough.audit import AuditReport, Finding
    from followthrough.audit.archives.service import Progress

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "dim"}


@click.group()
def audit() -> None:
    """Think before you post: find what an employer would frown at.

    \b
    Examples:
      followthrough audit post "Can't wait to quit this dead end job"
      followthrough audit archive ~/Downloads/twitter-2025-10-26.zip --html report.html
    """


def _lists(allow: tuple[str, ...], deny: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from followthrough.audit import AuditError
    from followthrough.audit.user_lists import read_user_lists
    from followthrough.paths import config_dir

    try:
        configured = read_user_lists(config_dir())
    except AuditError as error:
        raise UserError(str(error)) from None
    return configured.allow + allow, configured.deny + deny


def _highlighted(text: str, spans: list[tuple[int, int]], style: str) -> Text:
    rendered = Text(text)  # plain Text: user text is never read as markup
    for start, end in spans:
        rendered.stylize(style, start, end)
    return rendered


def _print_findings(findings: list[Finding], indent: str = "  ") -> None:
    for finding in findings:
        style = SEVERITY_STYLE[finding.severity.label]
        words = ", ".join(f'"{w}"' for w in finding.words)
        console.print(f"{indent}[{style}]{finding.severity.label.upper()}[/] "
                      f"[bold]{escape(finding.label)}[/]: {escape(words)}")
        if finding.explanation:
            console.print(f"{indent}  {escape(finding.explanation)}", style="dim")
        console.print(f"{indent}  Why it matters: {escape(finding.why)}")
        console.print(f"{indent}  Suggestion: {escape(finding.suggestion)}")


def _read_draft(text: str | None) -> str:
    if text is not None and text != "-":
        return text
    if text is None and sys.stdin.isatty():
        raise UserError(
            'give the draft as an argument, or pipe it in: echo "..." | followthrough audit post'
        )
    return sys.stdin.read()


@audit.command("post")
@click.argument("text", required=False)
@click.option("--allow", multiple=True, metavar="WORD", help="Never report this word (repeatable).")
@click.option("--deny", multiple=True, metavar="WORD", help="Always report this word (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def post(text: str | None, allow: tuple[str, ...], deny: tuple[str, ...], as_json: bool) -> None:
    """Check a draft before you post it. Exit status 0 when clean, 1 when something was found.

    Reads the draft from standard input when TEXT is "-" or left out. Your allow- and
    deny-lists come from the [audit] table of config.toml and from --allow / --deny.

    \b
    Examples:
      followthrough audit post "So hungover, skipping work today"
      pbpaste | followthrough audit post -
      followthrough audit post --allow "Acme Brewing" "Launch party at Acme Brewing"
    """
    from followthrough.audit import check_text

    draft = _read_draft(text)
    allowed, denied = _lists(allow, deny)
    findings = check_text(draft, allow=allowed, deny=denied)
    if as_json:
        print_json({"text": draft, "findings": [f.to_dict() for f in findings]})
    elif not findings:
        console.print("[green]Nothing found.[/] Still read it once more as a recruiter would.")
    else:
        spans = [(t.start, t.end) for f in findings for t in f.triggers]
        console.print(_highlighted(draft, spans, "bold reverse"))
        console.print(f"\n{len(findings)} finding{'s' if len(findings) > 1 else ''}:")
        _print_findings(findings)
    if findings:
        sys.exit(1)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    from rich.progress import Progress as Bar

    with Bar(console=err_console, transient=True) as bar:
        task = bar.add_task("Reading archive", total=None)

        def advance(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=f"Read {name}")

        yield advance


@audit.command("archive")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--allow", multiple=True, metavar="WORD", help="Never report this word (repeatable).")
@click.option("--deny", multiple=True, metavar="WORD", help="Always report this word (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a self-contained HTML report to this file.")
def archive(path: Path, allow: tuple[str, ...], deny: tuple[str, ...], as_json: bool,
            html_path: Path | None) -> None:
    """Audit an exported archive (zip or unpacked folder) from Facebook, X, LinkedIn or Instagram.

    Lists every risky item, most severe first and newest first within a severity, with
    its date and a link where the platform gives one. Exit status 0 when clean, 1 when
    something was found or nothing could be read.

    \b
    Examples:
      followthrough audit archive ~/Downloads/facebook-ingrid.zip
      followthrough audit archive ~/Downloads/twitter-2025/ --html report.html
      followthrough audit archive Basic_LinkedInDataExport.zip --json > audit.json
    """
    from followthrough.audit import AuditError
    from followthrough.audit.archives.service import audit_archive

    allowed, denied = _lists(allow, deny)
    with _progress_bar(interactive() and not as_json) as progress:
        try:
            report = audit_archive(path, allow=allowed, deny=denied, progress=progress)
        except AuditError as error:
            raise UserError(str(error)) from None
    for problem in report.problems:
        warn(problem)
    if report.total_scanned == 0:
        raise UserError(f"nothing readable in {path}")
    if html_path is not None:
        _write_html(report, html_path)
    if as_json:
        print_json(report.to_dict())
    else:
        _print_report(report)
    if report.risky:
        sys.exit(1)


def _write_html(report: AuditReport, html_path: Path) -> None:
    from followthrough.audit.report_html import render_html

    try:
        html_path.write_text(render_html(report), encoding="utf-8")
    except OSError as error:
        raise UserError(f"{html_path}: cannot write the HTML report ({error.strerror})") from None
    err_console.print(f"Wrote {escape(str(html_path))}")


def _print_report(report: AuditReport) -> None:
    scanned = ", ".join(f"{n} {p}" for p, n in sorted(report.scanned.items()))
    risky = report.risky
    total = report.total_scanned
    if not risky:
        console.print(f"[green]Nothing found[/] in {total} items ({escape(scanned)}).")
        return
    for entry in risky:
        item = entry.item
        date = item.date.strftime("%Y-%m-%d") if item.date else "undated"
        console.print(f"[bold]{date}[/] {escape(item.platform)} {escape(item.kind)}")
        if item.link:
            # On a line of its own, so that wrapping never breaks the link.
            console.print(escape(item.link), soft_wrap=True)
        spans = [(t.start, t.end) for f in entry.findings for t in f.triggers]
        console.print(_highlighted(item.text, spans, "bold reverse"))
        _print_findings(list(entry.findings))
        console.print()
    console.print(f"{len(risky)} risky items out of {total} ({escape(scanned)}).")
