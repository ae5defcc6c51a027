from __future__ import annotations

import pytest

from followthrough.audit import check_text


@pytest.mark.parametrize(
    ("text", "word", "explanation"),
    [
        ("Call me at 415-555-0142 tonight.", "415-555-0142", "looks like a phone number"),
        ("Text +49 30 90182034 any time.", "+49 30 90182034", "looks like a phone number"),
        ("Party at 1428 Elm Street!", "1428 Elm Street", "looks like a street address"),
        ("Mail ingrid@example.com please.", "ingrid@example.com", "looks like an e-mail address"),
        ("Born on March 3, 1990.", "Born on March 3, 1990", "looks like a date of birth"),
        ("My SSN is 123-45-6789.", "123-45-6789", "looks like a US social security number"),
    ],
)
def test_it_finds_personal_data(text: str, word: str, explanation: str) -> None:
    [finding] = check_text(text)
    assert finding.category == "personal_data"
    assert finding.words == [word]
    assert finding.explanation == explanation


def test_an_ssn_is_not_reported_again_as_a_phone_number() -> None:
    [finding] = check_text("SSN 123-45-6789")
    assert len(finding.triggers) == 1


@pytest.mark.parametrize(
    "text", ["We had 300 people in 2019.", "Meeting 10:30-11:45.", "Version 3.12.4 is out."]
)
def test_it_ignores_ordinary_numbers(text: str) -> None:
    assert check_text(text) == []
