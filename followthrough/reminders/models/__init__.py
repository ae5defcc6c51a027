"""What the reminder worker records (events), what it owes (deliveries) and how it is doing."""

from followthrough.reminders.models.events import Delivery, Event
from followthrough.reminders.models.health import ChannelHealth, EvidenceSource, WorkerHeartbeat
from followthrough.reminders.models.settings import DavResource, FeedToken, ReminderSettings

__all__ = [
    "ChannelHealth", "DavResource", "Delivery", "EvidenceSource", "Event", "FeedToken", "ReminderSettings",
    "WorkerHeartbeat",
]
