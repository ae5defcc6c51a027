"""The fast e-mail key agrees with formats.emails.normalise_email on every address."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followthrough.formats.emails import normalise_email
from followthrough.services.card_fields import email_key
from tests.fuzz_budget import examples

ADDRESSES = st.emails() | st.from_regex(
    r"[A-Za-z0-9._%+-]{1,12}@[A-Za-z0-9.-]{1,20}\.[A-Za-z0-9-]{1,6}", fullmatch=True)


@settings(max_examples=examples(500), suppress_health_check=list(HealthCheck), deadline=None)
@given(ADDRESSES)
def test_the_fast_path_gives_the_key_the_validator_would(address: str) -> None:
    normalised = normalise_email(address)
    assert email_key(address) == (normalised.lower() if normalised else None)


def test_the_edge_cases_the_validator_rejects_are_rejected() -> None:
    for address in ("a..b@example.com", "a@localhost", "a@x.test", "a@ex-.com",
                    ".a@example.com", "a@example.local", "a" * 65 + "@example.com",
                    "a@ab--cd.com", "not-an-address"):
        assert email_key(address) == (normalise_email(address) or None), address
