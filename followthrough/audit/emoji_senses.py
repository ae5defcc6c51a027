"""Emoji meant as what they show: "Aubergine season 🍆", "Herb garden update 🍃".

An emoji that stands for sex or drugs in a thirst post or a dealer's menu shows a vegetable, a
leaf or a snowflake in a post that names that thing in words. A post that does is read as
meaning the thing: the rules do not count the emoji, and neither does the model. The words
below name the thing itself, or a dish or a setting it belongs to, and never its slang sense:
"snow", "ice", "green", "grass", "spicy", "magic", and the places where people get high
("tea break", "garden", "Christmas party") are left out on purpose, and so is a singular "peach"
("Peach is ripe"). A cue in quotes ("herbs") is a wink, not a name, and "the aubergine emoji"
names the emoji.
"""

from __future__ import annotations

import re
from functools import lru_cache

# emoji name (as normalise.py writes it, without colons) -> words that name what it shows
LITERAL_CUES: dict[str, tuple[str, ...]] = {
    "eggplant": ("aubergine", "aubergines", "eggplant", "eggplants", "brinjal", "baingan",
                 "berenjena", "berenjenas", "melanzane", "melanzana", "parmigiana", "moussaka",
                 "ratatouille", "ganoush", "caponata"),
    "peach": ("peaches", "nectarine", "nectarines", "melba", "durazno", "duraznos",
              "melocoton", "melocotones", "pesca", "pesche", "cobbler", "orchard", "peach tart",
              "peach crumble", "peach jam", "şeftali", "seftali", "bruise like a peach", "saddle",
              "bruises like a peach"),
    "sweat_droplets": ("water", "swim", "swimming", "rain", "raining", "drip", "dripping",
                       "sweat", "sweating", "workout", "gym", "hose", "splash", "leak", "leaking",
                       "pool", "humid", "humidity", "hydrate", "hydrated", "plumber", "sauna",
                       "aqua", "marathon"),
    "droplet": ("water", "rain", "drip", "leak", "leaking", "hydrate", "plumber", "serum", "oil"),
    "leaf_fluttering_in_wind": ("herb", "herbs", "basil", "mint", "parsley", "coriander",
                                "rosemary", "thyme", "autumn", "breeze", "wind", "windy", "salad",
                                "matcha", "oregano", "allotment", "tea estate", "tea estates",
                                "tea garden", "tea gardens", "plantation", "green tea", "smoothie",
                                "paan", "betel", "doodh patti"),
    "herb": ("herb", "herbs", "basil", "mint", "parsley", "coriander", "rosemary", "thyme",
             "salad", "oregano", "allotment", "pesto"),
    "snowflake": ("cold", "freezing", "frost", "frosty", "winter", "chilly", "temperature",
                  "degrees", "snowing", "snowed", "snowman", "blizzard", "sledging", "ski",
                  "skiing", "°c", "°f", "snowball", "snowballs", "snowflakes", "snowdrop",
                  "snowdrops", "snowfall", "snowy", "sleet", "icy", "frozen", "gritted", "gritting",
                  "gritter", "gritters", "freeze", "snowboard", "snowboarding", "slopes", "igloo"),
    "mushroom": ("soup", "risotto", "champignon", "champignons", "shiitake",
                 "porcini", "chanterelle", "chanterelles", "foraging", "forage", "fungi",
                 "fungus", "spawn", "stroganoff", "omelette", "toast", "power-up", "mario", "pickers",
                 "picking", "paddenstoelen", "basket", "baskets"),
    "pill": ("vitamin", "vitamins", "biotin", "paracetamol", "ibuprofen", "antibiotics",
             "pill bottle", "fancy dress", "costume", "malaria", "antimalarials", "inhaler", "insulin",
             "statins", "antihistamine", "antihistamines", "hay fever"),
    "hot_face": ("chilli", "chillies", "chili", "pepper", "peppers", "heatwave", "sauna", "curry",
                 "degrees", "°c", "°f", "weather", "humid", "sun", "hottest day", "aircon", "air con",
                 "air conditioning", "scorching", "scorcher", "heat"),
    "no_one_under_eighteen": ("cheddar", "cheese", "stilton", "gouda"),
    "smiling_face_with_horns": ("devil's work", "devil's advocate", "devilled", "deviled"),
    # Alcohol-free beer, in English and in the languages on its label
    "beer_mug": ("alcohol-free", "alcohol free", "non-alcoholic", "nonalcoholic", "zero alcohol",
                 "0.0%", "nealko", "alkoholfrei", "sin alcohol", "sans alcool", "bezalkoholowe"),
    "water_pistol": ("nerf", "water fight", "water gun", "super soaker"),
}


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    # letters, not \w, bound a cue: "8°c" names the cold as well as "8 °c" does
    return {name: re.compile(r"(?<![a-z\"'“‘])(?:" + "|".join(map(re.escape, cues))
                             + r")(?![a-z\"'”’]|\s+emo(?:ji|te))")
            for name, cues in LITERAL_CUES.items()}


def literal_emoji(folded: str, normalised: str) -> frozenset[str]:
    """The emoji names in `normalised` that the post (`folded`, as typed) names in words."""
    if ":" not in normalised:  # no emoji at all (most posts)
        return frozenset()
    return frozenset(name for name, pattern in _cue_patterns().items()
                     if f":{name}:" in normalised and pattern.search(folded))
