"""Reading the user's own IMAP account for evidence: read-only, headers only, incrementally.

INBOX and the Sent folder (found by its RFC 6154 `\\Sent` flag, else by the common names
imapclient knows: Sent, Sent Items, Sent Messages) are opened read-only (EXAMINE); only the
From, To, Cc, Bcc, Date, Subject, Message-ID and X-Gmail-Labels headers are fetched, with
BODY.PEEK so no message is marked as read. The cursor keeps, per folder, its UIDVALIDITY and
the highest UID read: the next pass fetches only newer mail (all of it again if the server
renumbered the folder). The first pass reads the last FIRST_READ_DAYS.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from followthrough.envvars import env_bool, env_int, env_str
from followthrough.errors import FollowthroughError
from followthrough.formats.evidence import Item, Me
from followthrough.formats.mail_headers import evidence_from_headers
from followthrough.formats.records import SourceRef

FIRST_READ_DAYS = 365
CHUNK = 500
TIMEOUT = 30
HEADERS = "FROM TO CC BCC DATE SUBJECT MESSAGE-ID X-GMAIL-LABELS"


class MailSourceError(FollowthroughError):
    """The IMAP server could not be read; the message says what to check."""


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    username: str
    password: str
    ssl: bool

    @classmethod
    def from_env(cls) -> ImapConfig | None:
        """IMAP_HOST (unset: no live mail), IMAP_PORT, IMAP_USERNAME, IMAP_PASSWORD, IMAP_SSL."""
        host = env_str("IMAP_HOST").strip()
        if not host:
            return None
        ssl = env_bool("IMAP_SSL", True)
        return cls(host, env_int("IMAP_PORT", 993 if ssl else 143), env_str("IMAP_USERNAME"),
                   env_str("IMAP_PASSWORD"), ssl)

    @property
    def shown(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def read_mail(config: ImapConfig, cursor: dict[str, Any], me: Me, now: dt.datetime
              ) -> tuple[list[Item], dict[str, Any]]:
    """Every new mail of INBOX and Sent as evidence, and the cursor to keep for next time."""
    import imapclient.imapclient

    try:
        with _connected(config) as client:
            sent = client.find_special_folder(imapclient.imapclient.SENT)
            items: list[Item] = []
            cursor = dict(cursor)
            for folder, is_sent in (("INBOX", False), *([(sent, True)] if sent else [])):
                cursor[folder] = _read_folder(client, folder, is_sent, cursor.get(folder), me,
                                              now, items)
            return items, cursor
    except MailSourceError:
        raise
    except Exception as error:  # the network, the server, the login: one line, never a trace
        raise MailSourceError(f"IMAP {config.shown}: {_reason(error)}") from error


class _connected:
    def __init__(self, config: ImapConfig) -> None:
        self.config = config

    def __enter__(self) -> Any:
        import imapclient

        config = self.config
        self.client = imapclient.IMAPClient(config.host, port=config.port, ssl=config.ssl,
                                            timeout=TIMEOUT)
        if not config.ssl:
            if self.client.has_capability("STARTTLS"):
                self.client.starttls()
            elif not _loopback(config.host):
                self.client.shutdown()
                raise MailSourceError(f"IMAP {config.shown}: the server offers no TLS; "
                                      "refusing to send the password in the clear "
                                      "(set IMAP_SSL=true)")
        self.client.login(config.username, config.password)
        return self.client

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):  # already gone: nothing to tidy
            self.client.logout()


def _read_folder(client: Any, folder: str, is_sent: bool, state: dict[str, int] | None, me: Me,
                 now: dt.datetime, items: list[Item]) -> dict[str, int]:
    info = client.select_folder(folder, readonly=True)
    validity = int(info.get(b"UIDVALIDITY", 0))
    last = state["last_uid"] if state and state.get("validity") == validity else 0
    if last:
        uids = [uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last]
    else:
        since = (now - dt.timedelta(days=FIRST_READ_DAYS)).date()
        uids = client.search(["SINCE", since])
    for start in range(0, len(uids), CHUNK):
        items.extend(_fetch(client, folder, is_sent, sorted(uids)[start:start + CHUNK], validity,
                            me))
    return {"validity": validity, "last_uid": max([last, *uids])}


def _fetch(client: Any, folder: str, is_sent: bool, uids: list[int], validity: int,
           me: Me) -> Iterator[Item]:
    answer = client.fetch(uids, [f"BODY.PEEK[HEADER.FIELDS ({HEADERS})]"])
    for uid in uids:
        parts = answer.get(uid, {})
        raw = next((v for k, v in parts.items() if k.startswith(b"BODY[")), b"")
        yield evidence_from_headers(raw or b"", SourceRef(f"IMAP {folder}, UID {uid}"), me,
                                    sent=is_sent, fallback_key=f"imap:{validity}:{folder}:{uid}")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())[:200]
    name = type(error).__name__
    if isinstance(error, ConnectionRefusedError) or "refused" in text.lower():
        return "could not reach the server (is IMAP_HOST/IMAP_PORT right?)"
    if "LoginError" in name or "authentication" in text.lower():
        return "the server refused the login (check IMAP_USERNAME and IMAP_PASSWORD)"
    if "timed out" in text or "Timeout" in name:
        return "the server did not answer in time"
    return f"{name}: {text}" if text else name
