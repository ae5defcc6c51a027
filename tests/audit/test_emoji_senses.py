from __future__ import annotations

import pytest

from followthrough.audit import check_text
from followthrough.audit.emoji_senses import literal_emoji
from followthrough.audit.matcher import default_normaliser, fold


def literal(text: str) -> frozenset[str]:
    folded = fold(text)
    return literal_emoji(folded, default_normaliser()(folded).text)


@pytest.mark.parametrize(
    "text",
    [
        "Aubergine parm for tea 🍆 vegetarian and proud",
        "Mercato this morning: peaches so big, aubergine so shiny 🍑🍆",
        "peaches are 3 for £1 at the market today 🍑🍑🍑 get down early",
        "Herb garden update 🍃 basil, mint and parsley are thriving",
        "Water temp this morning 8°C ❄️❄️ Lido wild swim club still turned up.",
        "hot yoga at 7am, I was dripping 💦🧘",
        "Shiitake logs inoculated! 200 plug spawn, mushrooms hopefully by autumn 🍄",
        "water fight at the park 💦🔫 we were 18 and acting 8",
        "Gritted the school path at 6 ❄️ mind the steps",
        "Snowball fight after work ❄️❄️ the office lost",
        "Tea estates as far as you can see 🍃 Darjeeling at dawn",
        "Mushroom power-up on the last lap 🍄 Mario Kart champion",
        "Vitamin D season again 💊 the GP says take them till April",
        "Fresh paan leaves in today 🍃 come early for the sweet ones",
        "Doodh patti 🍃 and rusks at five, the best part of the day",
        "Peach tart for Sunday 🍑 with the last of the Bursa fruit",
        "Gritters are out tonight ❄️ routes treated from 8pm",
        "Talked about the big freeze of '63 ❄️ with my old foreman",
        "Hottest day of the year in a switch room with no aircon 🥵",
        "On warfarin now, I bruise like a peach 🍑",
        "Bias binding is the devil's work 😈",
        "Alcohol-free lager at the work do 🍺 tastes like the real thing now",
        "Forest full of mushroom pickers this morning 🍄 baskets everywhere",
        "Started my malaria tablets for the trip 💊 finish the full course",
        "Six hours in the saddle and my bum is done 🍑",
        "Mature cheddar for mature audiences only 🔞 (36 months old, it bites back)",
    ],
)
def test_an_emoji_the_post_names_in_words_means_what_it_shows(text: str) -> None:
    assert check_text(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("🍑🍆💦 link in bio", "provocative"),
        ("the aubergine emoji exists for a reason and tonight i'm using it 🍆🍆🍆", "provocative"),
        ('My "herbs" in the back garden are looking very healthy this year 🍃👀', "alcohol_drugs"),
        ("Sales manager brought the good stuff to the Christmas party ❄️❄️ best night ever",
         "alcohol_drugs"),
    ],
)
def test_a_wink_or_a_slang_setting_keeps_the_emoji_risky(text: str, category: str) -> None:
    assert category in {finding.category for finding in check_text(text)}


def test_only_the_emoji_the_post_names_are_read_literally() -> None:
    assert literal("Roast aubergine and a cheeky 🍆🍑") == {"eggplant"}
    assert literal("the eggplant emoji 🍆") == frozenset()
    assert literal("No emoji here, only aubergines") == frozenset()
    # Chai is drunk where people also smoke: it names no leaf.
    assert literal("rooftop session 🍃💨 joint aur chai") == frozenset()
