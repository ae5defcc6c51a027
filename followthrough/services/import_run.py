"""`followthrough import` and the Import page: contacts and evidence from the same files.

Contacts are imported first, so the evidence that follows can match the people just added;
all of it is one transaction, and a dry run rolls the whole of it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from followthrough.preferences import Preferences
from followthrough.selectors.evidence import linkedin_steps_open
from followthrough.services.evidence import EvidenceReport, apply_evidence
from followthrough.services.evidence_files import (
    CONNECTIONS,
    EVIDENCE_FORMATS,
    EvidenceFiles,
    Progress,
    has_evidence,
)
from followthrough.services.identity import identity_for
from followthrough.services.import_folders import FoundFile
from followthrough.services.imports import ImportReport, import_contacts

Opener = Callable[[Path], AbstractContextManager[BinaryIO]]


@dataclass
class ImportOutcome:
    contacts: ImportReport | None = None
    evidence: EvidenceReport | None = None
    passed_over: list[str] = field(default_factory=list)


def import_files(*, owner: AbstractBaseUser, files: Sequence[FoundFile], prefs: Preferences,
                 now: datetime, dry_run: bool = False, opener: Opener | None = None,
                 progress: Progress | None = None) -> ImportOutcome:
    """Import the contacts among `files`, then apply the evidence among them; all or nothing."""
    from followthrough.services.import_sources import records_from

    outcome = ImportOutcome()
    contact_files = [f for f in files if f.kind not in EVIDENCE_FORMATS]
    with transaction.atomic():
        if contact_files:
            records = records_from([f.path for f in contact_files],
                                   [f.kind for f in contact_files], opener or _plain,
                                   names=[f.name for f in contact_files])
            outcome.contacts = import_contacts(owner=owner, records=records, prefs=prefs,
                                               now=now)
            outcome.contacts.dry_run = dry_run
        evidence = _evidence_files(owner, files, prefs)
        if has_evidence(evidence):
            reading = EvidenceFiles(evidence, owner=owner, identity=identity_for(owner, prefs),
                                    prefs=prefs, now=now, progress=progress)
            outcome.evidence = apply_evidence(owner=owner, items=reading.items(), prefs=prefs,
                                              now=now)
            outcome.evidence.dry_run = dry_run
            outcome.evidence.identity = reading.described
        if dry_run:
            transaction.set_rollback(True)
    return outcome


def _evidence_files(owner: AbstractBaseUser, files: Sequence[FoundFile],
                    prefs: Preferences) -> list[FoundFile]:
    """A Connections.csv is evidence only while someone's LinkedIn step is open: otherwise
    there is nothing it could complete, and reading its rows again costs more than the rest
    of a large import of them."""
    if any(f.kind == CONNECTIONS for f in files) and not linkedin_steps_open(
            owner, prefs.playbook).exists():
        return [f for f in files if f.kind != CONNECTIONS]
    return list(files)


def _plain(path: Path) -> AbstractContextManager[BinaryIO]:
    return path.open("rb")



