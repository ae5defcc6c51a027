"""A person's card as vCard text, and as a QR code of it (inline SVG)."""

from __future__ import annotations

from followthrough.models import Person


def vcard_for(person: Person) -> str:
    """The person's card as the vCard export writes it (3.0, which every address book reads)."""
    from followthrough.services import exports  # with the export formats: only when asked

    return exports.vcards(person.owner, person, "3.0").decode("utf-8")


def qr_svg(text: str, title: str) -> str:
    """An accessible inline SVG QR code; segno escapes the title itself."""
    import segno

    code = segno.make(text, error="m")
    svg = code.svg_inline(scale=3, dark="#000", light="#fff", border=2, title=title,
                          svgclass="qr", lineclass=None, omitsize=True)
    return svg.replace("<svg ", '<svg role="img" ', 1)
