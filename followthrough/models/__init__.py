"""The data: every row belongs to one owner (a Django user), and every query starts from the owner."""

from followthrough.models.card_photo import CardPhoto
from followthrough.models.contact_point import ContactPoint
from followthrough.models.credentials import ApiToken, SignInFailure, SignInLink
from followthrough.models.data_version import DataVersion
from followthrough.models.evidence import EvidenceItem, InferredIdentity
from followthrough.models.first_run import FirstRun
from followthrough.models.interaction import Interaction
from followthrough.models.meeting import Meeting
from followthrough.models.offer import Offer
from followthrough.models.person import Person
from followthrough.models.step import Step

__all__ = [
    "ApiToken", "CardPhoto", "ContactPoint", "DataVersion", "EvidenceItem", "FirstRun",
    "InferredIdentity", "Interaction", "Meeting", "Offer", "Person",
    "SignInFailure", "SignInLink", "Step",
]
