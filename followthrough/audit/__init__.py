"""Think before you post: check a draft, or audit an exported social-media archive.

Pure code (no Django): the CLI and, later, the web pages call these functions.
"""

from __future__ import annotations

from followthrough.audit.check import check_text
from followthrough.audit.findings import (
    CATEGORIES,
    AuditError,
    AuditReport,
    Finding,
    Item,
    RiskyItem,
    Severity,
    Trigger,
)

__all__ = [
    "CATEGORIES",
    "AuditError",
    "AuditReport",
    "Finding",
    "Item",
    "RiskyItem",
    "Severity",
    "Trigger",
    "audit_archive",
    "check_text",
]


def __getattr__(name: str) -> object:
    # Archive reading pulls in more modules; a draft check does not need them.
    if name == "audit_archive":
        from followthrough.audit.archives.service import audit_archive

        return audit_archive
    raise AttributeError(name)
