"""A person's card as vCard text, and as a QR code of it (inline SVG)."""

from __future__ import annotations

import importlib.util

from followthrough.models import ContactPoint, Person


def exports_available() -> bool:
    return importlib.util.find_spec("followthrough.services.exports") is not None


def vcard_for(person: Person) -> str:
    """The card the export service writes, or, until it exists, the basics via formats.vcard_write."""
    if exports_available():
        from followthrough.services import exports

        return exports.vcards(person.owner, person, "3.0").decode("utf-8")
    from followthrough.formats import records
    from followthrough.formats.vcard_write import write_vcard

    points = list(person.contact_points.all())

    def of(kind: str) -> list[records.ContactPoint]:
        return [records.ContactPoint(kind="", value=p.value, label=p.label, preferred=p.preferred)
                for p in points if p.kind == kind]

    linkedin = of(ContactPoint.Kind.LINKEDIN)
    record = records.ContactRecord(
        full_name=person.full_name, given_name=person.given_name,
        family_name=person.family_name, organisation=person.organisation, title=person.title,
        notes=person.notes, birthday=person.birthday or None, emails=of(ContactPoint.Kind.EMAIL),
        phones=of(ContactPoint.Kind.PHONE), urls=of(ContactPoint.Kind.URL),
        linkedin_url=linkedin[0].value if linkedin else None, categories=person.tag_list,
        uid=person.uid,
    )
    return write_vcard(record, version="3.0")


def qr_svg(text: str, title: str) -> str:
    """An accessible inline SVG QR code; segno escapes the title itself."""
    import segno

    code = segno.make(text, error="m")
    svg = code.svg_inline(scale=3, dark="#000", light="#fff", border=2, title=title,
                          svgclass="qr", lineclass=None, omitsize=True)
    return svg.replace("<svg ", '<svg role="img" ', 1)
