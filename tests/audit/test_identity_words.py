from __future__ import annotations

import pytest

from followthrough.audit import check_text


@pytest.mark.parametrize(
    "text",
    [
        "Proud of our gay and lesbian colleagues.",
        "Black History Month panel today.",
        "Our Muslim colleagues hosted an iftar dinner.",
        "Supporting women in tech.",
        "Jewish holidays added to the team calendar.",
    ],
)
def test_it_never_reports_identity_words_on_their_own(text: str) -> None:
    assert check_text(text) == []


def test_it_reports_a_hostile_statement_about_a_group() -> None:
    [finding] = check_text("All Muslims are terrorists.")
    assert finding.category == "discrimination"
    assert finding.severity.label == "high"
    assert finding.words == ["Muslims", "are terrorists"]
