"""What an audit finds: categories, severities, findings and the report over an archive."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that sorting by severity puts the worst first when reversed."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]


# category key -> label a user reads. Order is the order reports list them.
CATEGORIES: dict[str, str] = {
    "provocative": "Provocative or sexual content",
    "alcohol_drugs": "Alcohol and drugs",
    "discrimination": "Discrimination and slurs",
    "badmouthing": "Bad-mouthing an employer or colleagues",
    "confidential": "Confidential information",
    "profanity": "Profanity",
    "personal_data": "Personal data exposed",
    "violence": "Violence, threats and crime",
    "deny_list": "On your deny-list",
}


class AuditError(Exception):
    """Input the audit cannot use; the message names the file and what is wrong with it."""


@dataclass(frozen=True)
class Trigger:
    """The words in the text that caused a finding, as a half-open character span."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    category: str
    severity: Severity
    triggers: tuple[Trigger, ...]
    why: str  # why an employer would care
    suggestion: str
    explanation: str = ""  # what the matched lexicon entry or rule is about

    @property
    def label(self) -> str:
        return CATEGORIES[self.category]

    @property
    def words(self) -> list[str]:
        return [trigger.text for trigger in self.triggers]

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "label": self.label,
            "severity": self.severity.label,
            "words": self.words,
            "spans": [[t.start, t.end] for t in self.triggers],
            "why": self.why,
            "suggestion": self.suggestion,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Item:
    """One thing the user published, as read from an archive."""

    platform: str  # "facebook", "x", "linkedin", "instagram"
    kind: str  # "post", "comment", "tweet", "share", ...
    text: str
    source: str  # the archive member it came from
    date: datetime | None = None
    link: str | None = None


@dataclass(frozen=True)
class RiskyItem:
    item: Item
    findings: tuple[Finding, ...]

    @property
    def severity(self) -> Severity:
        return max(finding.severity for finding in self.findings)

    def to_dict(self) -> dict[str, object]:
        item = self.item
        return {
            "platform": item.platform,
            "kind": item.kind,
            "date": item.date.isoformat() if item.date else None,
            "link": item.link,
            "source": item.source,
            "text": item.text,
            "severity": self.severity.label,
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass
class AuditReport:
    """Every risky item of an archive, plus what could not be read (`problems`)."""

    path: str
    risky: list[RiskyItem] = field(default_factory=list)
    scanned: dict[str, int] = field(default_factory=dict)  # platform -> items read
    problems: list[str] = field(default_factory=list)

    @property
    def total_scanned(self) -> int:
        return sum(self.scanned.values())

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "scanned": self.scanned,
            "risky_count": len(self.risky),
            "problems": self.problems,
            "items": [risky.to_dict() for risky in self.risky],
        }
