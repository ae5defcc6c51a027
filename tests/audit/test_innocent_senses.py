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
        # Innocent look-alikes: a pudding, a soup, a fish, a cake, a novel, a street.
        "Spotted dick and custard on the specials board today.",
        "Had cock-a-leekie soup at a tiny pub near the castle.",
        "There's a fish called the slippery dick in the Caribbean.",
        "Naked cake for my sister's wedding, no fondant.",
        "Banned Books Week display: Naked Lunch, Lolita and more.",
        "Just listed a cottage on Kinky Lane, inglenook fireplace.",
        "Every love is welcome here: same-sex couples, older couples.",
        "When the client's website went down on launch day, the team stayed calm.",
        "Got stoned by hailstones at the tram stop earlier.",
        "The gravel lorry ahead stoned our windscreen on the A1, small chip, repair booked for Friday",
        # The name of a dish, an animal, a dog.
        'Their "Hangover Hash" is sweet potato and a poached egg.',
        'Tried the "Sex on the Beach" sorbet at the new gelato place.',
        "Cock pheasant strutting down the middle of the lane this morning.",
        "Customer's greyhound bitch had eight pups last month.",
        # A word near it shows the sense: the bird, the animal, golf, fruit, a plant, a race.
        "Our neighbour's cock starts crowing at five, and the hens join in.",
        "Visited the donkey sanctuary; the oldest ass there is thirty-nine.",
        "Club golf day: I was put in a threesome with the two new members, birdie on the 4th.",
        "Stoned a whole tray of apricots for the jam stall.",
        "The naked ladies are flowering again: amaryllis bulbs planted by my gran.",
        "Signed up for the Hangover 10k on New Year's Day, all money to the hospice.",
        "Panto season! Dick Whittington at the Civic, tickets selling fast.",
        "Spotted a cock-of-the-rock on the trip, bright orange.",
        # Dish names in any alphabet: the food word need not be English.
        'The menu had a "drunken köfte" I had to try: meatballs, no wine in them.',
        "Faggots in onion gravy with peas, the Friday special at the works canteen.",
        "Our collie had her litter last night; the smallest bitch is already the loudest.",
        # A capitalised word inside a sentence, before another capitalised one, is a name.
        "Picked up running shoes at Dick's Sporting Goods on the way home.",
        "Meet you at the Cock Tavern on Fleet Street at six.",
        "Tried the Arrogant Bastard Ale at the beer festival, very hoppy.",
        "My dad still plays the Sex Pistols on Sundays.",
        "The Tudors were a very bloody dynasty, and the kids loved every minute of the tour.",
        "My cousin smashed her driving test, first time!",
        "Flask of hot chocolate on the night shift, the best part of the job.",
        "Designated driver again: drank my body weight in lemonade and got everyone home.",
        "A customer asked why the bill was so high, so we found a cheaper tariff together.",
        "Our charity works with survivors of acid attacks; today we met the minister.",
        "Brought puto for merienda, the team loved the rice cakes.",
        "The pay rise finally came through, backdated to April.",
        "Confidential, and anonymous: the staff helpline, every weekday.",
        "Bearded tits pinging in the reeds this morning!",
        "Welcome to our new Peruvian boobies, settling into the seabird aviary.",
        "Hairy bittercress is the weed that fires its seeds at you: weeding it is a battle.",
        "Zoo Lates are back: 18+ only, food trucks, music and keeper talks. Tickets online.",
        "Absolutely smashed one over the pavilion and into the car park.",
        "Autumn crocuses are up, the ones people call naked ladies because the flowers come first.",
        "Every buyer gets anti-money laundering checks, yes, even you, Gran.",
        "ONS figures out today: deaths involving cocaine have risen for the twelfth year in a row.",
        "A surname is never unprofessional: Hancock, Cocks, Dick, all real applicants' names.",
        "Lambing's been brutal but we've smashed last year's numbers.",
        "Espresso martini cake at a wedding today! Coffee sponge, coffee buttercream. Genius.",
        "Visiting the grandparents in Leeds next week #UK #family",
        "Order #UK-77120 from the butcher came in two hours.",
        # An amount after the slang: time wasted, a total smashed.
        "Wasted 3 hours in traffic on the bridge. Normal Tuesday.",
        "Smashed 22k steps on a night shift. Porter legs",
        # A deed reported as news or history.
        "Local news: two men jailed for robbing the pharmacy on our street.",
        # A day wasted; a bird, a tool, a free kick.
        "Wasted Saturday on the allotment, no regrets 🥕",
        "The jackass penguin brays like a donkey, come to the 3pm feed!",
        "Sanded the old door back with paint stripper, looks new.",
        "A bastard file and some patience, the gate latch fits now.",
        "Little bender round the wall and into the net, our U9s screamed",
        # Round 13: a help desk's ticket, a decade before "bank", a title or a second barrel
        # before a rude-looking name, a score, tights, bees, a service's and a map's numbers.
        "Ticket #448213 raised with IT for the third headset this month. Fingers crossed",
        "Listening to a true crime podcast about the 1990s Budapest bank robberies on my drive in.",
        "Our volunteer of the year is Mrs Cumming from the food bank, 15 years of Saturday mornings.",
        "Moot partner today was called Harry Dick-Bottom. Real hyphenated name, he owns it.",
        "Sunday league: we got hammered 6-0 but the oranges at half time were lovely 🍊",
        "Nude tights for the choir concert please ladies, and black shoes. Doors 7pm.",
        "Bees are absolutely drunk on the ivy flowers this week 🐝",
        "Uni counselling service number is 0161 496 0999 for anyone struggling, they're really nice",
        "Meet at the map board, grid reference SK 1234 5678, for the start of the guided walk.",
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
        ("What a dick my manager is.", "profanity"),
        ("Got stoned before the night shift.", "alcohol_drugs"),
        ("My line manager is a cock.", "profanity"),
        ("Played a threesome round of Mario Kart, then a threesome of another kind 😏", "provocative"),
        ("Stoned again on a Monday, the rota can wait.", "alcohol_drugs"),
        ("Dick move from the area manager, again.", "profanity"),
        ("Backdated the fridge temperature log so the inspection passed.", "violence"),
        ("My landlord is a total Dick. Again.", "profanity"),
        ("The Christmas party was some wild shit.", "profanity"),
    ],
)
def test_it_still_finds_the_risky_sense(text: str, category: str) -> None:
    assert [f.category for f in check_text(text)] == [category]


def test_a_dish_name_needs_the_food_in_the_same_breath() -> None:
    [finding] = check_text("got wasted and ate a burger at 3am", statistical=False)
    assert finding.category == "alcohol_drugs"


def test_a_threat_to_the_body_and_a_drink_then_the_car_are_found() -> None:
    for text in ("Team leader push me again I will break his arm, I promise",
                 "If this guy from night shift talks to my wife again, he will not walk home 🙂"):
        assert [f.category for f in check_text(text, statistical=False)] == ["violence"]
    found = check_text("Bit over after the leaving do but the roads are empty, home in 12 mins 🍺🚗",
                       statistical=False)
    assert {f.category for f in found} == {"alcohol_drugs", "violence"}


@pytest.mark.parametrize(
    "text",
    [
        "Stoned? No, stone-cold. Seven hours on the cliffs counting gannets.",
        "Wasted. As in, three hours in IKEA and out with one plant.",
        "High as a kite 🪁, literally, the kite festival on the Downs was ace",
        "Magic mushrooms? Nope, Year 7 fungi dissection 🍄🔬",
        "the snail's been stoned all week, by which i mean he sat on a stone",
    ],
)
def test_a_word_taken_back_at_once_is_no_finding(text: str) -> None:
    assert check_text(text, statistical=False) == []


def test_a_word_not_taken_back_is_still_found() -> None:
    [finding] = check_text("wasted? yes. nine pints and a kebab", statistical=False)
    assert finding.category == "alcohol_drugs"


@pytest.mark.parametrize(
    "text",
    [
        "Cock Bridge on the A939 is shut again, snow gates down",
        "Quiz night at the Cock & Bull, we came second",
        "Our new supervisor is called Dick and the lads can't keep a straight face",
        "Dick and Dora from the bowls club renewed their vows today",
        "If you see bloody urine with no pain, please still see your GP.",
        "Podcast episode on the Bloody Code, when stealing a sheep could hang you",
        "Councillor Dick and the planning committee said yes to the new crossing",
        "War memorial names include a Corporal Dick from 1916",
        # A vet's, a birdwatcher's, a historian's and a database's words.
        "Bitch spays: we usually recommend waiting three months after her season.",
        "The alula, aka the bastard wing, is the little thumb feather that stops them stalling.",
        "William the Conqueror was known in his own lifetime as William the Bastard.",
        "FK constraint failed on the import again.",
    ],
)
def test_names_and_symptoms_are_not_swearing(text: str) -> None:
    assert check_text(text, statistical=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "Refresher for managers: age, disability, race, religion and sex are protected characteristics.",
        "Happy hour: Sex on the Beach two for one till 8 🍹",
        "Rewatching Sex and the City with my flatmate",
        "Year 11 biology today: sex-linked inheritance and Punnett squares",
    ],
)
def test_sex_as_a_protected_characteristic_a_cocktail_or_a_lesson_is_not_provocative(text: str) -> None:
    assert "provocative" not in {f.category for f in check_text(text, statistical=False)}


@pytest.mark.parametrize(
    "text",
    [
        "WTF (World Taekwondo Federation) rankings are out",
        "GTFO = Get To Fitness Outdoors, new running club on Sundays",
        "FFS (Fife Fencing Society) training tonight",
        "Rewiring to BS 7671 or it doesn't get signed off",
        # A name in the post whose capitals spell it, before or after.
        "Our new working group is the Workforce Transformation Forum (WTF). Catchy.",
        "WTF tonight at church – Wednesday Thanksgiving Fellowship 🙏🏾",
        "Our Family Fun Sessions (FFS on the rota, we know) run every school holiday",
    ],
)
def test_an_acronym_spelled_out_or_a_standard_s_number_is_not_swearing(text: str) -> None:
    assert check_text(text, statistical=False) == []


@pytest.mark.parametrize("text", ["tired af, 3 nights in a row", "STFU = shut the fuck up"])
def test_swearing_stays_swearing_when_what_follows_does_not_spell_it_out(text: str) -> None:
    assert [f.category for f in check_text(text, statistical=False)] == ["profanity"]


@pytest.mark.parametrize(
    "text",
    [
        "Faggots and peas for lunch at the caff by the yard today. Had to ask the lad on the till "
        "what faggots actually are",
        "Cock pheasant in the lane again. That cock has no road sense",
    ],
)
def test_a_word_keeps_the_innocent_sense_it_was_first_used_in(text: str) -> None:
    assert check_text(text, statistical=False) == []


def test_a_word_first_used_in_its_risky_sense_is_still_found() -> None:
    text = "Those faggots at the depot can do one, told the whole canteen so. Faggots and peas for tea"
    found = check_text(text, statistical=False)
    assert [f.category for f in found] == ["discrimination"]


@pytest.mark.parametrize(
    "text",
    [
        "Book club is on Thomas H. Dick's astronomy next month",
        "The parish history by Henry T. Cock is back in print",
    ],
)
def test_a_capitalised_word_after_an_initial_is_a_surname(text: str) -> None:
    assert check_text(text, statistical=False) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hostel wifi password is chalked on the board by the door, love this place", "confidential"),
        ("The café's wi-fi password is flatwhite2024, enjoy", "confidential"),
        ("Wi-fi password at the library is on a sign by the desk", "confidential"),
        ("Twenty years a bar bender on site, still love seeing a slab poured", "alcohol_drugs"),
        ("Kids effing and blinding at the bus stop again", "profanity"),
        ("Sold my first nude study this week, charcoal on paper", "provocative"),
        ("Two nude studies and a nude in oils hung in the spring show", "provocative"),
    ],
)
def test_a_venue_s_wifi_a_steel_fixer_reported_swearing_and_a_nude_study_are_innocent(
    text: str, category: str
) -> None:
    assert category not in {f.category for f in check_text(text, statistical=False)}


@pytest.mark.parametrize("text", ["Staff wi-fi password is GoldStar_2024 if anyone needs it",
                                  "Staff wi fi password is GoldStar_2024 if anyone needs it"])
def test_a_staff_wifi_password_is_still_confidential(text: str) -> None:
    [finding] = check_text(text, statistical=False)
    assert finding.category == "confidential"
    assert finding.words[0].lower().startswith("wi")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Quick fag break by the loading bay, then back to the pallets", "discrimination"),
        ("Lad at the bus stop asked me for a fag, told him I quit years ago", "discrimination"),
        ("Grandad and his tobacco tin: one fag with a cup of tea every morning", "discrimination"),
        ("Our new rescue cat is called Cocaine, white fur and never sleeps", "alcohol_drugs"),
        ("Her name is Porn, it means blessing in Thai", "provocative"),
        ("Drunk cheese from the Veneto, aged under grape skins", "alcohol_drugs"),
        ("Electric hookup at the campsite worked first time, kettle on", "provocative"),
        ("Naked chocolate bars on offer at the station kiosk", "provocative"),
        ("The birch trees are naked by November up here", "provocative"),
        ("Watching Bong Joon-ho's new one tonight", "alcohol_drugs"),
        ("Weedkiller on the allotment paths again, the weed always wins", "alcohol_drugs"),
        ("Toy shops on Fuk Wing Street were the best part of Hong Kong", "profanity"),
        ("She asked for a bloody red lipstick for the Halloween party", "profanity"),
        ("Pasta puttanesca, the 'whore's pasta', with capers and anchovies", "profanity"),
    ],
)
def test_a_cigarette_a_name_a_cheese_a_campsite_and_bare_trees_are_innocent(text: str, category: str) -> None:
    assert category not in {f.category for f in check_text(text, statistical=False)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you're such a fag lol", "discrimination"),
        ("did cocaine in the toilets at the work do", "alcohol_drugs"),
        ("watching porn on the office wifi again", "provocative"),
        ("so drunk I forgot the cheese board", "alcohol_drugs"),
        ("smoking weed before my shift", "alcohol_drugs"),
        ("my manager is a prick and everyone knows it", "profanity"),
        ("she's a slut and the whole office knows", "profanity"),
        ("got stoned before the team meeting", "alcohol_drugs"),
        ("three day bender, still not sober for Monday", "alcohol_drugs"),
        ("you're dead, I know where you live", "violence"),
        ("he got high before the all-hands again", "alcohol_drugs"),
        ("what the effin hell is this rota", "profanity"),
        ("get these faggots out of my country", "discrimination"),
        ("watching porn on the night shift again", "provocative"),
        ("so horny tonight, who's up", "provocative"),
        ("posted my mugshot after I got arrested lol", "violence"),
        ("Confidential: the merger closes Friday, tell no one", "confidential"),
        ("que puto desastre, joder", "profanity"),
        ("free nsfw pics, link in bio", "provocative"),
        ("got wasted last night and called in sick", "alcohol_drugs"),
        ("dabs before my shift, don't tell the boss", "alcohol_drugs"),
        ("hungover at work, played Hangover by Taio Cruz on repeat", "alcohol_drugs"),
        ("played drunk by 9pm again, boss saw", "alcohol_drugs"),
        ("got absolutely hammered, can't remember the taxi home", "alcohol_drugs"),
        ("high as a kite at the festival, can't feel my feet", "alcohol_drugs"),
        ("bag of weed in the glovebox for the weekend", "alcohol_drugs"),
        ("got smashed... can't remember the taxi home", "alcohol_drugs"),
        ("getting stoned on the patio before my shift lol", "alcohol_drugs"),
        ("did a few bumps in the toilets at the work do", "alcohol_drugs"),
        ("my husband is a dick and everyone at work knows it", "profanity"),
    ],
)
def test_the_risky_senses_of_those_words_are_still_found(text: str, category: str) -> None:
    assert category in {f.category for f in check_text(text, statistical=False)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A cock robin sings on the fence every morning at six", "profanity"),
        ("Replaced the drain cock on the boiler this morning", "profanity"),
        ("Fed and milk drunk, the baby is finally asleep", "alcohol_drugs"),
        ("drunk elephant moisturiser is the only one that works on my dry skin", "alcohol_drugs"),
        ("Finally hooked up my new monitor, two screens at last", "provocative"),
        ("Nicked a knuckle on the bandsaw, plaster on, carrying on", "violence"),
        ("My nephew will receive the hostia at his first communion on Sunday", "profanity"),
        ("Controlled drugs register done: ketamine, methadone and diazepam all balanced", "alcohol_drugs"),
        ("A day of the geology field trip getting stoned by falling rocks, hard hats on", "alcohol_drugs"),
    ],
)
def test_a_bird_a_valve_a_fed_baby_a_monitor_a_communion_and_a_drugs_register_are_innocent(
    text: str, category: str
) -> None:
    assert category not in {f.category for f in check_text(text, statistical=False)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The vet says our greyhound girl is a very good bitch and due any day", "profanity"),
        ("Trainers from Dick's Sporting Goods were half the price", "profanity"),
        ("Two pricks from the holly before the wreath was up", "profanity"),
        ("Finger-prick glucose test at the pharmacy, done in a minute", "profanity"),
        ("Every shop in Stockholm has SLUT in the window, it means the sale is ending", "profanity"),
        ("Got stoned on the beach by my nephew, pebbles everywhere", "alcohol_drugs"),
        ("Got stoned by flying ballast off the tamper, hard hat took it", "alcohol_drugs"),
        ("Borrowed a pipe bender for the handrails", "alcohol_drugs"),
        ("The weed in my garden is winning again", "alcohol_drugs"),
        ("Cocaine Bear is the silliest film I've seen all year", "alcohol_drugs"),
        ("Past participles today: drink, drank, drunk, and swim, swam, swum", "alcohol_drugs"),
        ("Snorted my coffee at that headline", "alcohol_drugs"),
        ("Bloody cranesbill is flowering along the fence", "profanity"),
        ("A wire stripper and a rose stem stripper, the florist's toolkit", "provocative"),
        ("Revising Macbeth: out, damned spot", "profanity"),
        ("Small cock-up with the rota, sorted by lunch", "profanity"),
        ("My neighbour is called dick and he lends me his ladder", "profanity"),
        ("Trip cocks on the old tube stock get tested every night shift", "profanity"),
        ("Submit your timesheet by Friday or you're dead to me", "violence"),
        ("A weed growing out of the chimney pot, two feet tall now", "alcohol_drugs"),
        ("Nudes are this season's lipstick shades, says the beauty desk", "provocative"),
        ("Got high-res scans back from the lab and I'm high on life", "alcohol_drugs"),
        ("Drunken Goat on the cheeseboard, the Spanish one washed in red wine", "alcohol_drugs"),
        ("Chef wants the faggots out of the freezer for tomorrow's special", "discrimination"),
        ("Drove through Effin on the way to Limerick and laughed at the sign", "profanity"),
        ("Potty training day 3: he weed on the rug twice and in the potty once", "alcohol_drugs"),
        ("Japanese knotweed is the weed every surveyor dreads", "alcohol_drugs"),
        ("Smashed avo on sourdough, the café's best seller", "alcohol_drugs"),
        ("Food porn from the night market, every stall a photo", "provocative"),
        ("A carving of a horny little devil on the church roof", "provocative"),
        ("Cocker spaniel's first groom and the puppy weed on me", "alcohol_drugs"),
        ("Ran the 10k for the hospice and we smashed £600", "alcohol_drugs"),
        ("Booze-free Valentine's: mocktails and a pink bouquet", "alcohol_drugs"),
        ("A thread on naked short selling, since my dad asked", "provocative"),
        ("Confidential search: Regional Director, retained, client named at interview", "confidential"),
        ("New bus pass photo done, looks like a mugshot", "violence"),
        ("O meu puto fez 6 anos hoje, my little boy is six", "profanity"),
        ("Weed spraying on the footpaths starts Monday, glyphosate-free this year", "alcohol_drugs"),
        ("Hate it when food is wasted, so leftovers became pierogi", "alcohol_drugs"),
        ("Sherbet dip dabs, the sweets the dentist hated", "alcohol_drugs"),
        ("This kitchen is sexy: quartz tops and brass taps", "provocative"),
        ("Sex-distinct mortality tables are still used for pensions", "provocative"),
        ("A benchmark for NSFW image classifiers with clear licensing", "provocative"),
        ("Half the files stamped CONFIDENTIAL in the archive are canteen menus", "confidential"),
        ("Morning-after brunch gig: played Hangover by Taio Cruz and the table groaned", "alcohol_drugs"),
        ("Reading Naked Lunch by Burroughs on the night bus", "provocative"),
        ("So sleep drunk I put the kettle in the fridge", "alcohol_drugs"),
        ("Got absolutely hammered today: 400 nails into a stud wall", "alcohol_drugs"),
        ("Weed membrane down before the decking, every time", "alcohol_drugs"),
        ("High as a kite today lads, 85 metres up the crane", "alcohol_drugs"),
        ("Got smashed... by the rain walking to the bus", "alcohol_drugs"),
        ("Coach hammered me 5-0 at squash. He is 64", "alcohol_drugs"),
        ("New sandstone pavers down: the terrace is finally stoned", "alcohol_drugs"),
        ("Year 6 at the megaliths, and yes, they said we got stoned", "alcohol_drugs"),
        ("New high-vis for the crew. Got high, got visible", "alcohol_drugs"),
        ("Speed bumps in the car park are brutal with a full trolley", "alcohol_drugs"),
        ("Absolutely plastered: four ceilings skimmed before lunch", "alcohol_drugs"),
        ("My late husband Dick would have been 80 today", "profanity"),
    ],
)
def test_a_dog_a_shop_a_holly_a_swedish_sign_pebbles_a_tool_a_garden_and_a_film_are_innocent(
    text: str, category: str
) -> None:
    assert category not in {f.category for f in check_text(text, statistical=False)}
