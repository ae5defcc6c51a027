from __future__ import annotations

import pytest

from followthrough.audit import check_text


@pytest.mark.parametrize(
    "text",
    [
        "A classic assessment of the Scunthorpe problem.",
        "Our class assistant passed the assignment.",
        "Shiitake cocktail at the Dickens-themed bar, very hasty.",
        "Cockburn Street and Hancock Park are lovely.",
    ],
)
def test_it_ignores_scunthorpe(text: str) -> None:
    assert check_text(text) == []


def test_it_finds_a_swear_word_standing_alone() -> None:
    [finding] = check_text("What an ass.")
    assert (finding.category, finding.words) == ("profanity", ["ass"])


def test_it_extends_a_prefix_term_to_the_whole_word() -> None:
    [finding] = check_text("Fuckin brilliant goal.")
    assert finding.words == ["Fuckin"]
    assert finding.triggers[0].start == 0


def test_it_reports_offsets_in_the_original_text_with_curly_quotes() -> None:
    text = "It’s shitty."
    [finding] = check_text(text)
    trigger = finding.triggers[0]
    assert text[trigger.start : trigger.end] == "shitty"
