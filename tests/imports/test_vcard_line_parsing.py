"""The vCard line parser reads every line exactly as vobject's ContentLine would."""

from __future__ import annotations

import pytest
from vobject.base import textLineToContentLine

from followthrough.formats.vcard_values import _content_line

LINES = [
    "FN:Jane Doe",
    "item1.EMAIL;type=INTERNET;type=pref:jane@example.com",
    "TEL;WORK;VOICE:+1 415 555 0100",
    'ADR;TYPE="home,pref";LABEL="1 Main St, Springfield":;;1 Main St;Springfield;;;',
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =E2=80=93 met",
    "NOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Ren=E9e",
    "NOTE;QUOTED-PRINTABLE:plain=20text",
    "x_custom_name;x-param=a,b;other=c:value:with:colons",
    "PHOTO;ENCODING=b;TYPE=JPEG:AAAA",
    "ORG:Acme\\, Inc.;R&D",
]


@pytest.mark.parametrize("text", LINES)
def test_a_line_parses_as_vobject_parses_it(text: str) -> None:
    vobject_line = textLineToContentLine(text, 3)
    name, group, params, bare, value = _content_line(text, 3)
    assert (name.upper(), group, params, bare, value) == (
        vobject_line.name, vobject_line.group, vobject_line.params, vobject_line.singletonparams,
        vobject_line.value)
