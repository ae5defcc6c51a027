from __future__ import annotations

import pytest

from followthrough.audit import check_text


@pytest.mark.parametrize(
    "text",
    [
        "Studying for the bar exam.",
        "Took a shot of the skyline.",
        "Wasted an hour in traffic.",
        "We hammered out the details.",
        "Photo shoot with the team.",
        "We killed it at the demo.",
        "She stole the show.",
        "Shoot me an email.",
        "Diet Coke and a spreadsheet.",
        "Stars visible to the naked eye.",
        "Graduated magna cum laude.",
        "The roof leaked all night.",
        "Pulled weeds all afternoon.",
    ],
)
def test_it_ignores_innocent_senses(text: str) -> None:
    assert check_text(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Got wasted at the party.", "alcohol_drugs"),
        ("Tequila shots until 3am.", "alcohol_drugs"),
        ("Smoked weed before work.", "alcohol_drugs"),
        ("I'll kill you.", "violence"),
        ("Leaked roadmap attached.", "confidential"),
    ],
)
def test_it_still_finds_the_risky_sense(text: str, category: str) -> None:
    assert [f.category for f in check_text(text)] == [category]
