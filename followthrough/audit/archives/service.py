"""Audit an archive: read each recognised file, check every item, sort the risky ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from followthrough.audit.archives.detect import (
    LOOKED_FOR,
    Archive,
    Limits,
    Member,
    may_be_export,
    recognise,
)
from followthrough.audit.batch import check_texts
from followthrough.audit.findings import AuditError, AuditReport, Item, RiskyItem

# Called after each file with (files done, files in all, name of the file just read).
Progress = Callable[[int, int, str], None]
_OLDEST = datetime.min.replace(tzinfo=UTC)


def audit_archive(
    path: str | Path,
    allow: Iterable[str] = (),
    deny: Iterable[str] = (),
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> AuditReport:
    """Every risky item in the archive at `path`, most severe first and newest first within.

    Unreadable parts do not stop the audit: each becomes one line in `report.problems`.
    Raises AuditError only when `path` itself cannot be opened.
    """
    allow, deny = tuple(allow), tuple(deny)
    archive = Archive(Path(path), limits or Limits())
    report = AuditReport(path=str(path))
    try:
        members = _members(archive, report)
        for done, member in enumerate(members, start=1):
            items = _read_items(archive, member, report)
            for item in items:
                report.scanned[item.platform] = report.scanned.get(item.platform, 0) + 1
            checked = check_texts([item.text for item in items], allow=allow, deny=deny)
            report.risky += [RiskyItem(item, tuple(findings))
                             for item, findings in zip(items, checked, strict=True) if findings]
            if progress is not None:
                progress(done, len(members), member.name)
    finally:
        archive.close()
    report.problems[:0] = archive.problems
    report.risky.sort(key=_order, reverse=True)
    return report


def _members(archive: Archive, report: AuditReport) -> list[Member]:
    names = archive.names()
    members = []
    for name in names:
        # Windows zip tools may write backslashes; the name to open stays as stored.
        head = archive.head(name) if may_be_export(name) else None
        member = recognise(name.replace("\\", "/"), head)
        if member is not None:
            members.append(Member(name, member.platform, member.parser))
    if not names:
        report.problems.append(f"{archive.path}: the archive is empty")
    elif not members:
        report.problems.append(
            f"{archive.path}: no posts found; not a known export (looked for {LOOKED_FOR})"
        )
    return members


def _read_items(archive: Archive, member: Member, report: AuditReport) -> list[Item]:
    data = archive.read(member.name)
    if data is None:
        return []
    try:
        result = member.parser(member.name, data)
    except AuditError as error:
        report.problems.append(str(error))
        return []
    report.problems += result.problems
    return result.items


def _order(risky: RiskyItem) -> tuple[int, datetime]:
    return risky.severity, risky.item.date or _OLDEST
