"""`cadence PERSON off` then `cadence PERSON 60`: the person has a face-to-face deadline again."""

from datetime import timedelta

from followthrough.models import Person, Step


def deadline():
    return Person.objects.get().face_to_face_due


def test_a_cadence_switched_back_on_gives_a_deadline_60_days_after_the_last_meeting(run, jane,
                                                                                    clock):
    clock.shift(timedelta(days=10))
    run("cadence", "Jane", "off")
    assert deadline() is None
    result = run("cadence", "Jane", "60")
    assert "every 60 days, next by Sun 03 May 2026 19:00" in result.output
    assert deadline().date().isoformat() == "2026-05-03"  # 60 days after 4 March
    assert Step.objects.filter(kind="face-to-face", state="open").count() == 1
    clock.shift(timedelta(days=51))
    assert run("people", "--status", "lapsed", "--json").output.count("Jane Doe") == 1


def test_when_that_day_has_passed_the_deadline_counts_from_now(run, jane, clock):
    run("cadence", "Jane", "off")
    clock.shift(timedelta(days=100))
    run("cadence", "Jane", "60")
    assert deadline().date().isoformat() == "2026-08-11"  # 12 June + 60 days


def test_the_last_face_to_face_meeting_counts_not_the_first(run, jane, clock):
    clock.shift(timedelta(days=20))
    run("log", "Jane", "--kind", "face-to-face")
    run("cadence", "Jane", "off")
    run("cadence", "Jane", "30")
    assert deadline().date().isoformat() == "2026-04-23"  # 30 days after 24 March


def test_someone_never_met_gets_no_deadline(run, owner, tmp_path):
    (tmp_path / "c.vcf").write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Lee\r\nEND:VCARD\r\n")
    run("import", str(tmp_path / "c.vcf"))
    run("cadence", "Kim", "off")
    run("cadence", "Kim", "60")
    assert Person.objects.get().face_to_face_due is None


def test_web_and_api_switch_a_cadence_back_on_too(client, owner, clock, jane):
    from django.test import Client

    from followthrough.services.tokens import new_api_token

    person = Person.objects.get()
    _, secret = new_api_token(owner=owner, name="t")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    api.patch(f"/api/people/{person.pk}", {"cadence_days": 0}, content_type="application/json")
    assert deadline() is None
    body = api.patch(f"/api/people/{person.pk}", {"cadence_days": 60},
                     content_type="application/json").json()
    assert body["face_to_face_due"].startswith("2026-05-03")
    client.force_login(owner)
    client.get("/")
    form = {"full_name": "Jane Doe", "organisation": "", "title": "", "tags": "", "notes": ""}
    client.post(f"/people/{person.pk}/edit/", {**form, "cadence_days": ""})
    assert deadline() is None
    client.post(f"/people/{person.pk}/edit/", {**form, "cadence_days": "45"})
    assert deadline().date().isoformat() == "2026-04-18"
