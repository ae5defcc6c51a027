"""`import photo.jpg`: a vCard or MECARD QR code in a photo becomes a person."""

from __future__ import annotations

import io

import pytest
import segno
from PIL import Image

from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db

VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ines Quintal\r\nN:Quintal;Ines;;;\r\n"
         "ORG:Atelier Sul\r\nEMAIL:ines@example.com\r\nTEL:+1 415 555 0170\r\nEND:VCARD\r\n")


def photo_of(text: str, path, suffix: str = ".jpg"):  # type: ignore[no-untyped-def]
    """A QR code pasted on a grey background and saved as a lossy JPEG, like a photo."""
    png = io.BytesIO()
    segno.make(text, error="m").save(png, kind="png", scale=6, border=4)
    code = Image.open(io.BytesIO(png.getvalue())).convert("RGB")
    photo = Image.new("RGB", (code.width + 200, code.height + 160), (200, 200, 190))
    photo.paste(code, (100, 80))
    target = path / f"card{suffix}"
    photo.save(target, quality=80)
    return str(target)


def test_a_vcard_qr_code_in_a_photo_becomes_a_person(run, owner, tmp_path):
    result = run("import", photo_of(VCARD, tmp_path))
    assert "1 created" in result.output, result.output
    (ines,) = alive(owner, "Ines")
    assert ines.organisation == "Atelier Sul"
    assert ines.contact_points.get(kind="phone").key == "+14155550170"


def test_a_mecard_qr_code_in_a_photo_becomes_a_person(run, owner, tmp_path):
    mecard = r"MECARD:N:Okafor,Chidi;TEL:+49 30 90182050;EMAIL:chidi@example.org;ORG:Ko\;op;;"
    run("import", photo_of(mecard, tmp_path, ".png"))
    (chidi,) = alive(owner, "Chidi")
    assert (chidi.full_name, chidi.organisation) == ("Chidi Okafor", "Ko;op")
    assert chidi.contact_points.get(kind="email").value == "chidi@example.org"


def test_a_photo_without_a_card_says_so_and_imports_nothing(run, owner, tmp_path):
    result = run("import", photo_of("https://example.com/not-a-card", tmp_path))
    assert result.exit_code == 1
    assert "no vCard or MECARD QR code found in the photo (1 QR codes" in result.output


def test_a_broken_image_is_a_clear_error(run, owner, tmp_path):
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    result = run("import", str(path))
    assert result.exit_code == 1
    assert "broken.jpg: cannot read the photo" in result.output


def test_my_own_card_qr_reads_back_as_my_card(run, owner, tmp_path):
    import zxingcpp

    from followthrough.preferences import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('[me]\nname = "Alex Example"\nphone = "+49 30 90182099"\n'
                             'title = "Founder"\ncompany = "Followthrough"\n')
    out = tmp_path / "me.png"
    assert "Wrote" in run("card", "--qr", "--out", str(out)).output
    (code,) = zxingcpp.read_barcodes(Image.open(out))
    assert "FN:Alex Example" in code.text and "TEL;TYPE=cell,pref:+49 30 90182099" in code.text
    assert "EMAIL;TYPE=work,pref:alex@example.com" in code.text
    assert "ORG:Followthrough" in code.text and "TITLE:Founder" in code.text
    terminal = run("card", "--qr")
    assert terminal.exit_code == 0 and "█" in terminal.output
    svg = tmp_path / "me.svg"
    run("card", "--qr", "--out", str(svg))
    assert svg.read_text().lstrip().startswith("<?xml")
