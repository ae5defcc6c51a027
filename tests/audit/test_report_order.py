from __future__ import annotations

from followthrough.audit import audit_archive
from tests.audit.helpers import BuildArchive


def test_it_lists_the_most_severe_first_and_newest_first_within(
    build_archive: BuildArchive, full_export: dict[str, bytes]
) -> None:
    report = audit_archive(build_archive(full_export))
    order = [(r.severity.label, r.item.date.date().isoformat(), r.item.platform)
             for r in report.risky]
    assert order == [
        ("medium", "2024-02-01", "linkedin"),
        ("medium", "2023-11-14", "facebook"),
        ("medium", "2023-10-11", "instagram"),
        ("medium", "2023-09-08", "x"),
        ("medium", "2023-01-02", "x"),
    ]
    assert report.scanned == {"facebook": 6, "x": 5, "linkedin": 4, "instagram": 2}
    assert report.problems == []
