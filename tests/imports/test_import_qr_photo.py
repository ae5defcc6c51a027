"""`import photo.jpg`: a vCard or MECARD QR code in a photo becomes a person (read before any
OCR: a QR code says exactly what its owner typed, so it is saved without --yes too)."""

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
    assert "read from its QR code" in result.output
    (ines,) = alive(owner, "Ines")
    assert f"Saved Ines Quintal (id {ines.pk}, new person)" in result.output, result.output
    assert ines.organisation == "Atelier Sul"
    assert ines.contact_points.get(kind="phone").key == "+14155550170"


def test_a_mecard_qr_code_in_a_photo_becomes_a_person(run, owner, tmp_path):
    mecard = r"MECARD:N:Okafor,Chidi;TEL:+49 30 90182050;EMAIL:chidi@example.org;ORG:Ko\;op;;"
    run("import", photo_of(mecard, tmp_path, ".png"))
    (chidi,) = alive(owner, "Chidi")
    assert (chidi.full_name, chidi.organisation) == ("Chidi Okafor", "Ko;op")
    assert chidi.contact_points.get(kind="email").value == "chidi@example.org"


def test_a_photo_of_a_web_address_qr_code_is_no_card(run, owner, tmp_path):
    result = run("import", photo_of("https://example.com/not-a-card", tmp_path))
    assert result.exit_code == 1
    assert "card.jpg: found no card in the photo: no name, e-mail or phone" in result.output
    assert not alive(owner, "")


def test_a_broken_image_is_a_clear_error(run, owner, tmp_path):
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    result = run("import", str(path))
    assert result.exit_code == 1
    assert "broken.jpg: is not a photo, or a damaged one" in result.output


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


def huge_but_small_png(path):  # type: ignore[no-untyped-def]
    """9,949 x 9,949 grey pixels (99 megapixels) in a file of a few hundred KB."""
    target = path / "huge.png"
    Image.new("L", (9949, 9949)).save(target, optimize=True)
    return target


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_a_photo_of_huge_dimensions_is_refused_before_it_is_decoded(tmp_path):
    """The header says the size; nothing is decoded, so the command stays small (it once grew
    to 1.24 GB). Run in a process of its own, which reports its peak memory (VmHWM) as it ends."""
    import subprocess
    import sys

    from tests.core.test_fresh_start import embedded_env

    photo = huge_but_small_png(tmp_path)
    assert photo.stat().st_size < 500_000
    result = subprocess.run([sys.executable, "-c", PEAK_MEMORY_REPORTED, "import", str(photo)],
                            env=embedded_env(tmp_path), capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1, result.stderr
    assert ("huge.png: the photo is 9,949 x 9,949 pixels (99 megapixels); the limit is 50 "
            "megapixels: scale it down and try again (nothing was imported)") in result.stderr
    assert "Traceback" not in result.stderr
    peak_kb = int(result.stderr.rsplit("VmHWM:", 1)[1].split()[0])
    assert peak_kb < 250 * 1024, peak_kb  # no 99-megapixel image was decoded


# `followthrough ARGS...`, printing the process's peak resident memory to stderr as it exits.
PEAK_MEMORY_REPORTED = """
import atexit, runpy, sys
def peak():
    status = open("/proc/self/status").read()
    sys.stderr.write(next(line for line in status.splitlines() if line.startswith("VmHWM:")))
atexit.register(peak)
sys.argv[0] = "followthrough"
runpy.run_module("followthrough", run_name="__main__")
"""
