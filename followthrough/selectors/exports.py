"""People as contact records, for the vCard and CSV writers: every field the person has."""

from __future__ import annotations

from collections.abc import Iterator

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch

from followthrough.formats.records import Address, ContactRecord
from followthrough.formats.records import ContactPoint as PointRecord
from followthrough.models import ContactPoint, Person

Kind = ContactPoint.Kind
CHUNK = 500


def people_to_export(owner: AbstractBaseUser, person: Person | None = None) -> Iterator[Person]:
    """The owner's living people (or the one given) with their contact points, in chunks."""
    people = Person.objects.alive().filter(owner=owner).order_by("full_name", "id")
    if person is not None:
        people = people.filter(pk=person.pk)
    points = Prefetch("contact_points", queryset=ContactPoint.objects.order_by("id"))
    yield from people.prefetch_related(points).iterator(chunk_size=CHUNK)


def records_for(owner: AbstractBaseUser, person: Person | None = None) -> Iterator[ContactRecord]:
    for each in people_to_export(owner, person):
        yield record_for(each)


def record_for(person: Person) -> ContactRecord:
    record = ContactRecord(
        full_name=person.full_name, given_name=person.given_name,
        family_name=person.family_name, additional_names=person.additional_names,
        prefix=person.name_prefix, suffix=person.name_suffix, nickname=person.nickname,
        organisation=person.organisation, department=person.department, title=person.title,
        notes=person.notes, birthday=person.birthday or None,
        anniversary=person.anniversary or None,
        photo=bytes(person.photo) if person.photo else None, photo_mime=person.photo_mime,
        categories=person.tag_list, uid=person.uid, connected_on=person.connected_on,
        extra=list((person.card_extra or {}).get("lines", [])),
    )
    for point in person.contact_points.all():
        _add_point(record, point)
    return record


def _add_point(record: ContactRecord, point: ContactPoint) -> None:
    as_record = PointRecord(kind=point.types, value=point.value, label=point.label,
                            preferred=point.preferred, extension=point.extension)
    if point.kind == Kind.LINKEDIN and record.linkedin_url is None:
        record.linkedin_url = point.value
        return
    if point.kind == Kind.ADDRESS:
        parts = list(point.address or [])
        as_record.address = Address(*(parts + [""] * 7)[:7]) if parts else None
    lists = {Kind.EMAIL: record.emails, Kind.PHONE: record.phones, Kind.ADDRESS: record.addresses,
             Kind.IMPP: record.impp, Kind.RELATED: record.related, Kind.OTHER: record.texts}
    lists.get(point.kind, record.urls).append(as_record)
