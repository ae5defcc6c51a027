"""People to the CardDAV address book as vCards, and edits made there back to the people.

A card is matched to its person by UID, never by name, so an edit never creates a twin. What
we last wrote is remembered (DavResource: the server's ETag and a hash of our card), which is
how an edit in the address book is told apart from a change in Followthrough.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from django.contrib.auth.models import AbstractBaseUser

from followthrough.errors import InvalidInput
from followthrough.models import Person
from followthrough.preferences import Preferences
from followthrough.reminders.dav import SyncReport
from followthrough.reminders.dav.server import Card, DavServer
from followthrough.reminders.models import DavResource

COLLECTION = "contacts"


def sync_people(server: DavServer, *, owner: AbstractBaseUser, now: datetime, prefs: Preferences,
                report: SyncReport) -> None:
    from followthrough.formats.vcard_write import write_vcard
    from followthrough.selectors.exports import people_to_export, record_for

    cards = {_uid_of(c): c for c in server.cards()}
    known = {r.uid: r for r in DavResource.objects.filter(owner=owner, collection=COLLECTION)}
    for person in people_to_export(owner):
        card, mark = cards.get(person.uid), known.get(person.uid)
        if card is not None and mark is not None and card.etag and card.etag != mark.etag:
            _apply_edit(owner, person, card, prefs, now)
            _remember(owner, person.uid, card.href, card.etag,
                      _hash(write_vcard(record_for(_fresh(person)), "3.0")), now)
            report.people_updated += 1
            continue
        text = write_vcard(record_for(person), "3.0")
        if card is None or mark is None or mark.local_hash != _hash(text):
            href = card.href if card else _href(server, person.uid)
            etag = server.put(href, text, "text/vcard; charset=utf-8")
            _remember(owner, person.uid, href, etag or _etag_after(server, person.uid), _hash(text),
                      now)
            report.people_pushed += 1


def _apply_edit(owner: AbstractBaseUser, person: Person, card: Card, prefs: Preferences,
                now: datetime) -> None:
    """The address book's name, organisation, title and notes win; new emails are added."""
    from followthrough.formats.vcard_read import read_vcards
    from followthrough.services import contacts
    from followthrough.services.people_edit import PersonEdit, edit_person
    from followthrough.services.validation import clean_email

    record = next(read_vcards(card.text.encode("utf-8"), filename=card.href))
    edit_person(owner=owner, person=person, now=now, prefs=prefs, edit=PersonEdit(
        full_name=record.full_name or person.full_name, organisation=record.organisation,
        title=record.title, notes=record.notes, tags=person.tags,
    ))
    keys = []
    for email in record.emails:
        try:
            keys.append(contacts.email_key(clean_email(email.value)))
        except InvalidInput:  # an address the card got wrong is skipped, not fatal
            continue
    contacts.add_contact_points(person, keys)


def _fresh(person: Person) -> Person:
    from followthrough.selectors.exports import people_to_export

    return next(people_to_export(person.owner, person))


def _etag_after(server: DavServer, uid: str) -> str:
    """Servers that send no ETag on PUT: read it back."""
    return next((c.etag for c in server.cards() if _uid_of(c) == uid), "")


def _remember(owner: AbstractBaseUser, uid: str, href: str, etag: str, local_hash: str,
              now: datetime) -> None:
    DavResource.objects.update_or_create(
        owner=owner, collection=COLLECTION, uid=uid,
        defaults={"href": href, "etag": etag, "local_hash": local_hash, "synced_at": now},
    )


def _uid_of(card: Card) -> str:
    for line in card.text.replace("\r\n", "\n").split("\n"):
        if line.upper().startswith("UID:"):
            return line[4:].strip()
    return ""


def _href(server: DavServer, uid: str) -> str:
    name = uid.rsplit(":", 1)[-1]
    return server.address_book_url() + quote(name, safe="") + ".vcf"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
