"""Talking to the CalDAV/CardDAV server: its collections, and its errors made plain."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from lxml import etree

from followthrough.reminders.dav import DavConfig, SyncError

CALENDAR_ID = "followthrough"
ADDRESS_BOOK_ID = "followthrough-contacts"
TIMEOUT = 20
# A status code as a whole number: a port such as 127.0.0.1:40123 in a message is not a 401.
_REFUSED_LOGIN = re.compile(r"(?<![\d.:])40[13](?!\d)")
_NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:carddav"}
_MKCOL_ADDRESS_BOOK = (
    '<?xml version="1.0" encoding="utf-8"?><D:mkcol xmlns:D="DAV:" '
    'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop><D:resourcetype><D:collection/>'
    "<C:addressbook/></D:resourcetype><D:displayname>Followthrough contacts</D:displayname>"
    "</D:prop></D:set></D:mkcol>"
)
_CARDS_QUERY = (
    '<?xml version="1.0" encoding="utf-8"?><C:addressbook-query xmlns:D="DAV:" '
    'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop>'
    "</C:addressbook-query>"
)


@dataclass(frozen=True)
class Card:
    href: str
    etag: str
    text: str


@contextmanager
def plain_errors(doing: str) -> Iterator[None]:
    """Every failure of the server or the network becomes one SyncError naming what failed."""
    try:
        yield
    except SyncError:
        raise
    except Exception as exc:
        raise SyncError(f"CalDAV server: {doing} failed: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    if "Connection" in name or "refused" in text.lower() or "Max retries" in text:
        return "could not reach the server (is CALDAV_URL right, and the server running?)"
    if "Authorization" in name or _REFUSED_LOGIN.search(text):
        return "the server refused the login (check CALDAV_USERNAME and CALDAV_PASSWORD)"
    if "Timeout" in name or "timed out" in text:
        return "the server did not answer in time"
    return f"{name}: {text}" if text else name


@dataclass
class DavServer:
    client: Any
    calendar: Any
    principal_url: str

    @classmethod
    def connect(cls, config: DavConfig) -> DavServer:
        import caldav

        with plain_errors("connecting"):
            client = caldav.DAVClient(url=config.url, username=config.username or None,
                                      password=config.password or None, timeout=TIMEOUT)
            principal = client.principal()
            calendar = _calendar(principal)
            return cls(client, calendar, str(principal.url))

    def calendar_objects(self) -> list[tuple[str, bytes]]:
        with plain_errors("reading the calendar"):
            found = [*self.calendar.events(), *self.calendar.todos(include_completed=True)]
            return [(str(o.url), _bytes(o.data)) for o in found if o.data]

    def calendar_href(self, uid: str) -> str:
        return str(self.calendar.url.join(quote(uid, safe="") + ".ics"))

    def put(self, href: str, body: str, content_type: str) -> str:
        """Write one resource; returns the server's ETag for it ("" when it sends none)."""
        with plain_errors("writing"):
            response = self.client.put(href, body, {"Content-Type": content_type})
            _check(response, "writing")
            return str(response.headers.get("ETag", "") or "")

    def delete(self, href: str) -> None:
        with plain_errors("deleting"):
            response = self.client.delete(href)
            if response.status not in (200, 204, 404):
                _check(response, "deleting")

    def address_book_url(self) -> str:
        return self.principal_url.rstrip("/") + f"/{ADDRESS_BOOK_ID}/"

    def cards(self) -> list[Card]:
        url = self.address_book_url()
        with plain_errors("reading the address book"):
            response = self.client.request(url, "REPORT", _CARDS_QUERY,
                                           {"Depth": "1", "Content-Type": "application/xml"})
            if response.status == 404:
                created = self.client.request(url, "MKCOL", _MKCOL_ADDRESS_BOOK,
                                              {"Content-Type": "application/xml"})
                _check(created, "making the address book")
                return []
            _check(response, "reading the address book")
            return list(_parse_cards(_bytes(response.raw), url))


def _calendar(principal: Any) -> Any:
    for calendar in principal.calendars():
        if str(calendar.url).rstrip("/").endswith("/" + CALENDAR_ID):
            return calendar
    return principal.make_calendar(name="Followthrough", cal_id=CALENDAR_ID,
                                   supported_calendar_component_set=["VTODO", "VEVENT"])


def _check(response: Any, doing: str) -> None:
    if not 200 <= int(response.status) < 300:
        reason = getattr(response, "reason", "") or ""
        raise SyncError(f"CalDAV server: {doing} failed: HTTP {response.status} {reason}".strip())


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _parse_cards(raw: bytes, base: str) -> Iterator[Card]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(raw, parser=parser)  # noqa: S320 (entities off, no network)
    for response in root.findall("D:response", _NS):
        href = response.findtext("D:href", default="", namespaces=_NS)
        etag = response.findtext(".//D:getetag", default="", namespaces=_NS)
        text = response.findtext(".//C:address-data", default="", namespaces=_NS)
        if href and text:
            yield Card(href=_absolute(base, href), etag=etag, text=text)


def _absolute(base: str, href: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, href)


