"""The lines read off a business card, and the fields found in them (each with a confidence)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextLine:
    """One line of text on the card: what was read, how sure the reader was, and where."""

    text: str
    confidence: float
    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class CardField:
    value: str
    confidence: float


@dataclass
class CardText:
    """The fields found, by name: name, prefix, given_name, family_name, suffix, title, company,
    email, phone, website, linkedin, address; plus more phones and every line read."""

    fields: dict[str, CardField] = field(default_factory=dict)
    other_phones: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
