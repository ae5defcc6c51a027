"""`show` prints everything `show --json` has: notes, tags, nickname, labelled contact points
(an address's lines indented), skip reasons and when steps were closed."""

import json

CARD = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Kim Lee\r
N:Lee;Kim;;;\r
NICKNAME:Kimmy\r
EMAIL;TYPE=WORK:kim@example.com\r
ADR;TYPE=HOME:;;Hauptstr. 1;Berlin;;10115;Germany\r
NOTE:Met at the\\nconference.\r
CATEGORIES:hiring,data\r
END:VCARD\r
"""


def kim(run, tmp_path):
    (tmp_path / "kim.vcf").write_text(CARD)
    run("import", str(tmp_path / "kim.vcf"))
    payload = json.loads(run("met", "Kim Lee", "--email", "kim@example.com", "--at", "PyCon",
                             "--give", "intro to Sam", "--json").output)
    linkedin = next(s["id"] for s in payload["steps"] if s["kind"] == "linkedin")
    run("skip", str(linkedin), "--reason", "not on LinkedIn")
    run("log", "Kim", "--kind", "call", "--note", "talked about\nthe meetup")


def test_show_prints_what_show_json_has(run, tmp_path):
    kim(run, tmp_path)
    shown = json.loads(run("show", "Kim", "--json").output)
    assert shown["tags"] == ["hiring", "data"] and shown["nickname"] == "Kimmy"
    assert shown["notes"] == "Met at the\nconference."
    text = run("show", "Kim").output
    assert "Also known as: Kimmy" in text
    assert "Tags: hiring, data" in text
    assert "Notes\n  Met at the\n  conference." in text
    assert "  email (work): kim@example.com" in text
    assert "  address (home):\n    Hauptstr. 1\n    10115 Berlin\n    Germany" in text
    assert "not on LinkedIn" in text and "04 Mar 2026" in text
    assert "call:\n    talked about\n    the meetup" in text
    assert "next by Tue 02 Jun 2026 19:00" in text


def test_every_value_of_the_json_appears_in_the_text(run, tmp_path):
    kim(run, tmp_path)
    shown = json.loads(run("show", "Kim", "--json").output)
    text = " ".join(run("show", "Kim").output.split())
    for point in shown["contact_points"]:
        assert " ".join(point["value"].split()) in text
        assert (point["label"] or point["types"]) in text
    for step in shown["steps"]:
        assert step["skip_reason"] in text
    for offer in shown["offers"]:
        assert offer["text"] in text
    for tag in shown["tags"]:
        assert tag in text
