"""Every vCard export opens in other programs: vobject reads each exported person as one card,
and a real CardDAV server (Radicale) takes each card, whatever the stored values hold: lines kept
from an import (`item1.END:VCARD`, `END;X=1:VCARD`), values a JSON backup brought in (a
birthday, a phone extension or a photo type holding a line break), an Android vCard 2.1 card's
quoted-printable extras (decoded on reading), and links that are none (written as text)."""

from __future__ import annotations

import base64
import io
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import vobject

from followthrough.models import ContactPoint, Person
from tests.imports.helpers import alive
from tests.reminders.radicale_server import radicale

pytestmark = pytest.mark.django_db

ANDROID_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=E5=A4=AA=E9=83=8E;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0=20=E5=A4=AA=E9=83=8E\r\n"
    "X-PHONETIC-FIRST-NAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E3=81=9F=E3=82=8D=E3=81=86\r\n"
    "X-PHONETIC-LAST-NAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E3=82=84=E3=81=BE=E3=81=A0\r\n"
    "TEL;CELL:+14155550123\r\nEND:VCARD\r\n")
HOSTILE_EXTRA = ["item1.END:VCARD", "END;X=1:VCARD", "BEGIN:VCARD", "item2.BEGIN:VCARD",
                 "X-KEPT;TYPE=work:still here", "VERSION:2.1", "not a content line",
                 "X-BROKEN;X=\"unclosed:value"]
BREAK = "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected"


@pytest.fixture
def people(run, owner, tmp_path) -> list[str]:  # type: ignore[no-untyped-def]
    """An Android card, and Mallory, whose rows hold what a JSON backup may bring in."""
    (tmp_path / "android.vcf").write_text(ANDROID_21, encoding="utf-8")
    assert run("import", str(tmp_path / "android.vcf")).exit_code == 0
    mallory = Person.objects.create(
        owner=owner, full_name="Mallory Example", birthday="1988-03\r\nEND:VCARD",
        anniversary="--04-12\r\nEND:VCARD", photo=b"\x89PNG\r\n\x1a\n" + bytes(64),
        photo_mime="image/png" + BREAK, card_extra={"lines": HOSTILE_EXTRA}, notes="a\u2028b\x85c")
    for kind, value, extension in [("phone", "+14155550199", "12" + BREAK),
                                   ("phone", "+14155550198", "7"),
                                   ("url", "javascript:alert(1)", ""),
                                   ("url", "https://example.com/mallory", ""),
                                   ("linkedin", "javascript:alert(2)", "")]:
        ContactPoint.objects.create(owner=owner, person=mallory, kind=kind, value=value,
                                    extension=extension, types="work" + BREAK)
    return sorted(["山田 太郎", "Mallory Example"])


def exports(run, tmp_path: Path) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(which, text) of every vCard the export command writes."""
    for version in ("3.0", "4.0"):
        folder = tmp_path / f"cards-{version}.zip"
        result = run("export", "--vcard-version", version, "--outlook-folder", str(folder))
        assert result.exit_code == 0, result.output
        yield f"all {version}", result.stdout_bytes.decode("utf-8")
        with zipfile.ZipFile(folder) as archive:
            for name in archive.namelist():
                yield f"{name} {version}", archive.read(name).decode("utf-8")


def cards(text: str) -> list[vobject.base.Component]:
    return list(vobject.readComponents(io.StringIO(text), validate=True))


def test_vobject_reads_each_exported_person_as_one_card(run, people, tmp_path):
    for which, text in exports(run, tmp_path):
        parsed = cards(text)
        names = sorted(card.fn.value for card in parsed)
        if which.startswith("all"):
            assert names == people, which
        else:
            assert len(parsed) == 1 and names[0] in people, which
        assert "Injected" not in text, which


def test_what_an_import_kept_is_written_back_decoded_and_checked(run, people, owner, tmp_path):
    for which, text in exports(run, tmp_path):
        unfolded = text.replace("\r\n ", "")
        if "太郎" in unfolded:
            assert "X-PHONETIC-FIRST-NAME:たろう\r\n" in unfolded, which
            assert "QUOTED-PRINTABLE" not in unfolded and "=E3" not in unfolded, which
        if "Mallory" in unfolded:
            assert "X-KEPT;TYPE=work:still here\r\n" in unfolded, which
            assert unfolded.count("BEGIN:VCARD") == unfolded.count("END:VCARD"), which
            assert "\r\nURL:https://example.com/mallory\r\n" in unfolded, which
            assert "\r\nX-FOLLOWTHROUGH-TEXT:javascript:alert(1)\r\n" in unfolded, which
            assert "\r\nX-FOLLOWTHROUGH-TEXT;TYPE=linkedin:javascript:alert(2)\r\n" in unfolded, which


@pytest.fixture(scope="module")
def carddav() -> Iterator[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder, radicale(Path(folder)) as url:
        yield url


def put(url: str, body: bytes, method: str = "PUT", **headers: str) -> int:
    """As the user the URL names (Radicale makes a user's collection when they sign in)."""
    user = url.split("/")[3]
    sign_in = base64.b64encode(f"{user}:secret".encode()).decode()
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Authorization": f"Basic {sign_in}", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 (loopback)
            return int(answer.status)
    except urllib.error.HTTPError as answer:
        return int(answer.code)


def test_a_carddav_server_takes_every_exported_card(run, people, tmp_path, carddav, request):
    from followthrough.reminders.dav.server import _MKCOL_ADDRESS_BOOK

    user = f"user{abs(hash(request.node.name)) % 10**8}"
    assert put(f"{carddav}{user}/", b"", "PROPFIND", Depth="0") == 207
    number = 0
    for book_number, (which, text) in enumerate(exports(run, tmp_path)):
        book = f"{carddav}{user}/book-{book_number}/"  # a UID may be in a book only once
        assert put(book, _MKCOL_ADDRESS_BOOK.encode(), "MKCOL",
                   **{"Content-Type": "application/xml"}) == 201
        for card in text.split("END:VCARD\r\n")[:-1]:
            number += 1
            status = put(f"{book}card-{number}.vcf", (card + "END:VCARD\r\n").encode(),
                         **{"Content-Type": "text/vcard; charset=utf-8"})
            assert status == 201, (which, status, card)
    assert number == 2 * (2 + 2)


def test_the_imported_android_card_reads_its_phonetic_names_decoded(run, people, owner):
    (taro,) = alive(owner, "太郎")
    assert taro.card_extra["lines"] == ["X-PHONETIC-FIRST-NAME:たろう", "X-PHONETIC-LAST-NAME:やまだ"]
