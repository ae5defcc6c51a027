"""Disguised words are read as the words they hide, and findings still point at what was typed."""

from __future__ import annotations

import pytest

from followthrough.audit import check_text
from followthrough.audit.matcher import default_normaliser, fold


def found(text: str) -> list[tuple[str, list[str]]]:
    return [(finding.category, finding.words) for finding in check_text(text, statistical=False)]


@pytest.mark.parametrize(
    ("text", "category", "typed"),
    [
        ("holy sh!t we won", "profanity", "sh!t"),
        ("my phone is f#cking dead again", "profanity", "f#cking"),
        ("this is some bulls**t honestly", "profanity", "bulls**t"),
        ("a$$hole cut the queue", "profanity", "a$$hole"),
        ("fuuuuck prod is down", "profanity", "fuuuuck"),
        ("f u c k this boss fight", "profanity", "f u c k"),
        ("ur such a f@g lol", "discrimination", "f@g"),
        ("p0rn addiction is real", "provocative", "p0rn"),
        ("w33d and chill tonight", "alcohol_drugs", "w33d"),
        ("holy f@ck the server is down", "profanity", "f@ck"),  # "@" hides a "u" here
        ("1500 words lost. sh*******t", "profanity", "sh*******t"),  # more stars than letters
        ("some a$$hat took my parking space", "profanity", "a$$hat"),
        ("Сука, the lift is broken again", "profanity", "Сука"),
        ("tired af after a double shift", "profanity", "af"),
        ("the new rota is complete bs", "profanity", "bs"),
    ],
)
def test_a_disguised_word_is_found_and_shown_as_typed(text: str, category: str, typed: str) -> None:
    assert (category, [typed]) in found(text)


def test_emoji_are_read_by_name_and_each_is_its_own_trigger() -> None:
    [finding] = check_text("tonight: 🍑🍆 and no sleep", statistical=False)
    assert finding.category == "provocative"
    assert finding.words == ["🍑", "🍆"]
    assert default_normaliser()(fold("🍆")).text.strip() == ":eggplant:"


@pytest.mark.parametrize(
    "text",
    ["booking ref QX7T2L", "mp3 player for sale", "meet at 5pm", "jane@example.com", "the 3 of us",
     "🍆 parmigiana for dinner", "peach 🍑 cobbler out of the oven", "p@ssword reset tomorrow",
     "Patient went into AF overnight, rate controlled", "She has a BS in Computer Science"],
)
def test_codes_numbers_and_lone_emoji_are_not_turned_into_findings(text: str) -> None:
    assert [f for f in found(text) if f[0] != "personal_data"] == []


def test_a_mask_only_stands_for_a_word_people_mask() -> None:
    view = default_normaliser()(fold("I f*** love this, the f***ing best"))
    assert view.text == "i fuck love this, the fucking best"
    assert default_normaliser()(fold("rated 4* by critics")).text == "rated 4* by critics"


def test_offsets_map_back_to_the_original_text() -> None:
    text = "ok 🍑🍆 sh1t"
    view = default_normaliser()(fold(text))
    start = view.text.index("shit")
    assert text[slice(*view.span(start, start + 4))] == "sh1t"
