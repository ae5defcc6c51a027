"""Forms: they parse what people type; the services decide what is valid and say which field is wrong."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import forms

from followthrough.domain.kinds import InteractionKind
from followthrough.errors import InvalidInput
from followthrough.models.person import NAME_MAX
from followthrough.services.people import CADENCE_MAX_DAYS
from followthrough.services.validation import NOTE_MAX, SHORT_TEXT_MAX

LOCAL_INPUT = "%Y-%m-%dT%H:%M"


def local_input_value(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime(LOCAL_INPUT)


class LocalDateTimeField(forms.DateTimeField):
    """A datetime-local input read in the owner's zone (set by the form) and made aware."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_INPUT)
    zone: ZoneInfo = ZoneInfo("UTC")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(input_formats=[LOCAL_INPUT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
                         **kwargs)

    def to_python(self, value: Any) -> datetime | None:
        parsed = super().to_python(value)
        if parsed is None:
            return None
        return parsed.replace(tzinfo=None).replace(tzinfo=self.zone)


class ServiceForm(forms.Form):
    # The services name fields as the user knows them; some forms call them differently.
    SERVICE_FIELDS: dict[str, str] = {}

    def add_service_error(self, error: InvalidInput) -> None:
        """Put a service's complaint beside the field it names (or on top of the form)."""
        name = self.SERVICE_FIELDS.get(error.field, error.field)
        message = str(error).removeprefix(f"{error.field}: ")
        self.add_error(name if name in self.fields else None, f"{error.field} {message}")


class ZonedForm(ServiceForm):
    def __init__(self, *args: Any, zone: ZoneInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, LocalDateTimeField):
                field.zone = zone


def _text(label: str, limit: int = SHORT_TEXT_MAX, *, required: bool = False,
          textarea: bool = False, help_text: str = "", **attrs: str) -> forms.CharField:
    attrs = {key.replace("_", "-"): value for key, value in attrs.items()}
    widget = forms.Textarea(attrs={"rows": 3, **attrs}) if textarea else forms.TextInput(attrs)
    return forms.CharField(label=label, max_length=limit, required=required, widget=widget,
                           strip=True, help_text=help_text)


class MeetingForm(ZonedForm):
    name = _text("Name", NAME_MAX, required=True, autocomplete="off", autocapitalize="words")
    where = _text("Where you met", placeholder="Chamber of Commerce mixer")
    why = _text("Why stay in touch: finish “I'd like to connect: …”", textarea=True,
                placeholder="you are hiring data engineers; I know two candidates")
    need = _text("What they need", textarea=True)
    give = _text("What I can give", textarea=True)
    email = forms.CharField(label="Email", required=False, max_length=320,
                            widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    company = _text("Company", NAME_MAX)
    linkedin = forms.CharField(
        label="LinkedIn profile URL", required=False, max_length=SHORT_TEXT_MAX,
        widget=forms.URLInput(attrs={"placeholder": "https://www.linkedin.com/in/…"}))
    phone = forms.CharField(label="Phone", required=False, max_length=60,
                            widget=forms.TextInput(attrs={"type": "tel"}))
    title = _text("Title", NAME_MAX)
    at = LocalDateTimeField(label="When", required=True)
    # After a name-only match: "new" or the id of the person to add the meeting to.
    choice = forms.CharField(required=False, widget=forms.HiddenInput)
    # A photo of their card: read on "Read the card", then carried as the small JPEG the person
    # keeps (base64) with the fields only a card has, until the form is saved.
    card = forms.FileField(label="Photo of their card", required=False, widget=forms.FileInput(
        attrs={"accept": "image/*", "capture": "environment"}))
    website = _text("Website")
    address = _text("Address", textarea=True)
    card_photo = forms.CharField(required=False, widget=forms.HiddenInput, strip=False)
    other_phones = forms.CharField(required=False, widget=forms.HiddenInput)
    # The id the browser made for this capture (app.js): sent twice, it is one meeting.
    client_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    SERVICE_FIELDS = {"when": "at", "client id": "client_id"}

    def clean_card_photo(self) -> bytes:
        import base64
        import binascii

        text = self.cleaned_data["card_photo"]
        try:
            return base64.b64decode(text, validate=True) if text else b""
        except (binascii.Error, ValueError):
            raise forms.ValidationError("the photo of the card was damaged: read it again") from None


class SyncedMeetingForm(MeetingForm):
    """A capture kept in the browser while offline, sent when the network returns. Its time is
    the moment it was made (`at_utc`, from the browser's clock) unless "When" was changed."""

    at = LocalDateTimeField(label="When", required=False)
    at_utc = forms.DateTimeField(required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("at") is None:
            if data.get("at_utc") is None:
                self.add_error("at", "When: give the time you met.")
            else:
                data["at"] = data["at_utc"]
        return data


class InteractionForm(ZonedForm):
    kind = forms.ChoiceField(label="What happened",
                             choices=[(k.value, k.value.replace("-", " ")) for k in InteractionKind])
    at = LocalDateTimeField(label="When", required=True)
    note = _text("Note", NOTE_MAX, textarea=True)

    SERVICE_FIELDS = {"when": "at"}


class OfferForm(ServiceForm):
    text = _text("What you can give", required=True)
    delivered = forms.BooleanField(label="Already given", required=False)

    SERVICE_FIELDS = {"offer": "text"}


class SkipForm(ServiceForm):
    reason = _text("Reason", required=True)


SNOOZE_CHOICES = [("1", "1 day"), ("3", "3 days"), ("7", "a week")]


class SnoozeForm(forms.Form):
    days = forms.TypedChoiceField(label="Snooze for", choices=SNOOZE_CHOICES, coerce=int)


class PersonForm(ServiceForm):
    full_name = _text("Name", NAME_MAX, required=True)
    organisation = _text("Organisation", NAME_MAX)
    title = _text("Title", NAME_MAX)
    tags = _text("Tags (comma-separated)", 1000)
    cadence_days = forms.IntegerField(
        label="Meet face to face every … days (empty: never lapse)", required=False,
        min_value=1, max_value=CADENCE_MAX_DAYS)
    notes = _text("Notes", 200_000, textarea=True)

    SERVICE_FIELDS = {"name": "full_name", "cadence": "cadence_days"}


class TokenForm(ServiceForm):
    name = _text("Name of the token", 100, required=True, placeholder="my script")


class ReminderSettingsForm(ServiceForm):
    email = forms.CharField(
        label="Send reminders to (empty: your account's address)", required=False,
        max_length=320, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    digest_enabled = forms.BooleanField(label="A daily digest of what is due", required=False)
    digest_hour = forms.TypedChoiceField(
        label="at", coerce=int, choices=[(hour, f"{hour:02d}:00") for hour in range(24)])
    immediate_overdue = forms.BooleanField(
        label="An email as soon as a step turns overdue", required=False)
    weekly = forms.BooleanField(
        label="The weekly review (the Review page) every Monday, at the digest's hour", required=False)

    SERVICE_FIELDS = {"digest hour": "digest_hour"}


class SetUpForm(ServiceForm):
    """The first-run set-up. In server mode only the reminder address is the owner's own: the
    name, zone and LinkedIn account are config.toml's, shared by the server's accounts."""

    name = _text("Your name", NAME_MAX, autocomplete="name", placeholder="Alex Example",
                 aria_describedby="id_name-help",
                 help_text="It signs the LinkedIn notes and emails drafted for you.")
    zone = forms.ChoiceField(
        label="Your time zone", help_text="Steps fall due in it: a call “in 30 days” is at "
        "the same local time.", widget=forms.Select(attrs={"aria-describedby": "id_zone-help"}))
    linkedin_premium = forms.BooleanField(
        label="I have LinkedIn Premium (connection notes of 300 characters, not 200)",
        required=False)
    reminder_email = forms.CharField(
        label="Send reminders to", required=False, max_length=320,
        help_text="The daily digest and overdue steps go here; empty, to your account's address.",
        widget=forms.EmailInput(attrs={"autocomplete": "email",
                                       "aria-describedby": "id_reminder_email-help"}))

    SERVICE_FIELDS = {"time zone": "zone", "email": "reminder_email"}

    def __init__(self, *args: Any, zones: list[str], server_mode: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["zone"].choices = [(zone, zone.replace("_", " ")) for zone in zones]
        if server_mode:
            for name in ("name", "zone", "linkedin_premium"):
                del self.fields[name]
