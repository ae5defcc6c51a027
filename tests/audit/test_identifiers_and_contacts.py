"""Identity, tax and travel numbers in the layouts people type; children's whereabouts; and the
contacts a business publishes, which are not personal data."""

from __future__ import annotations

import pytest

from followthrough.audit import check_text


def personal(text: str) -> list[tuple[str, str]]:
    return [(word, finding.explanation) for finding in check_text(text)
            if finding.category == "personal_data" for word in finding.words]


@pytest.mark.parametrize(
    ("text", "number", "what"),
    [
        ("passport renewed! number 533914227, valid till 2034", "533914227", "a passport number"),
        ("lost my passport in Rome, number was X4829175", "X4829175", "a passport number"),
        ("my Steuer-ID is 47 036 892 816, where in ELSTER?", "47 036 892 816", "a tax number"),
        ("UTR 7329 1846 52 - HMRC lost it again", "7329 1846 52", "a tax number"),
        ("EIN 84-3920175 for the invoices", "84-3920175", "a tax number"),
        ("my NI number is QQ 12 34 56 C, right?", "QQ 12 34 56 C", "a social security or health number"),
        ("PAN card number BVTPS6623L showing invalid", "BVTPS6623L", "an Indian PAN"),
        ("aadhaar 4521 8876 3390 updated", "4521 8876 3390", "an identity number"),
        ("holiday booked, booking ref QX7T2L", "QX7T2L", "a booking reference"),
        ("hotel: booking number 3924.118.652, pin 4471", "3924.118.652", "a booking reference"),
        ("e-ticket number 176-2345678901, can I change it?", "176-2345678901", "a booking reference"),
        ("send it to IBAN DE89 3704 0044 0532 0130 00 thanks", "DE89 3704 0044 0532 0130 00",
         "a bank account (IBAN)"),
        ("my CPF is 123.456.789-09, why the bank says wrong?", "123.456.789-09", "a Brazilian CPF"),
        ("raffle money to me pls, 30-94-57 61283390 ta", "30-94-57 61283390",
         "a bank account (sort code and number)"),
        ("chip in for the leaving gift: GTBank 0234567891, Ngozi", "0234567891", "a bank account number"),
        ("full licence at last!! PATEL807214RK9XY 🚗", "PATEL807214RK9XY", "a UK driving licence number"),
        ("bro read me the OTP quick, it's 551902 and it expires", "551902", "a PIN or one-time code"),
        ("rent for Gav: 44556677 / 20-45-77 by Friday", "44556677 / 20-45-77",
         "a bank account (sort code and number)"),
        ("my passport photo is tragic, look at my face 😭😭 anyway no. 987654321 valid till 2035",
         "987654321", "a passport number"),
        ("BRP number ZX9876543 finally came through 🎉", "ZX9876543", "an identity number"),
        ("whoever parked the blue Fiesta KM21 TZR across my drive, move it", "KM21 TZR",
         "a car's registration number"),
        ("Ref for my Jet2 holiday is QT8XR4, can anyone change the date?", "QT8XR4", "a booking reference"),
        ("new passport!! awful photo 😭 [pic] 539812764 GBR expires 2035", "539812764", "a passport number"),
    ],
)
def test_it_finds_identifiers_by_cue_word_or_shape(text: str, number: str, what: str) -> None:
    assert (number, f"looks like {what}") in personal(text)


def test_a_card_number_is_a_card_if_it_passes_the_check_digit_or_an_expiry_follows_it() -> None:
    card = "looks like a payment card number"
    assert personal("found a card on the bus, 4929 1234 5678 9012, exp 09/27, DM me") == [
        ("4929 1234 5678 9012", card)]
    assert personal("parcel 4929 1234 5678 9012 arrives Friday") == []


def test_a_check_digit_decides_a_number_with_no_cue_word() -> None:
    assert personal("account DE89 3704 0044 0532 0130 00") != []
    assert personal("code DE89 3704 0044 0532 0130 01") == []  # IBAN check digits wrong
    assert personal("thanks 48392017L!") == []  # a DNI shape whose letter is wrong


def test_a_boarding_pass_is_personal_data_and_a_flight_number_alone_is_not() -> None:
    found = personal("boarding pass: SMITH/EMMA MS, flight QF 43, seat 32A, gate 12")
    assert ("seat 32A", "looks like boarding pass details (passenger, flight and seat)") in found
    assert personal("M1DOE/JOHN            EABC123 LHRJFKBA 0283 123Y014C0045 100")
    assert personal("flight BA283 delayed again, third time this month") == []
    assert personal("boarding now, LH401 to New York") == []


@pytest.mark.parametrize(
    "text",
    [
        "passport renewal took 3 weeks this time",
        "tax return for 2023/24 done",
        "booking for table 12 at 8pm",
        "my order #48213 finally arrived",
        "upgraded to version 16.14.287 today",
        "the build number 2024.11.3456 fixes the login bug",
        "Class book order (ref 449021) has arrived!",
        "Transaction ID 8812045 for the school fees went through",
        "Grad ball ticket booked, order number GB-24-00931",
        "Please quote PO 4500012876 on your next invoice",
        "Tracking says JD0002 2381 6645 19 and it's been out for delivery since Tuesday",
        "Found the missing pallet: consignment ref HX-2024-00731",
        # The record's word just before the number, even when "number" is elsewhere too.
        "Finance wants the PO number on everything: quote PO 4500012876 or wait a month.",
        "Please pay invoice number KT-2025-310 by Friday.",
        "Parcel's stuck in the depot again, ref RR 1234 5678 5GB, third day running.",
        "Inspection cert ref LX-4471-C renewed, good for another year.",
        "Shortlisted! Candidate number 58 of 300.",
        "Ticket INC0051234 logged with the service desk, laptop still dead.",
        "Planning reference 24/01177/FUL approved at last!",
        "Ref no. MAN-HR-55102 approved, start date confirmed.",
        # Digits with letters stuck to them are a tracking code, not a phone number.
        "Tracking number SF1234567890, the package already in my city",
        "FAQ: your tracking number looks like AB123456789GB.",
        # A case, a claim or a complaint is a record, not a booking or a phone number.
        "Bike stolen from outside the library. Reported to police, crime ref 13/12345/24.",
        "Hearing moved to the county court, claim ref K12LS457.",
        "Complaint number 1022-47781 for my broken internet. Third complaint.",
        # Capitals joined to the digits make a case or certificate code, not a phone number.
        "Still waiting on my refund, case SFE-3301947, week six.",
        "Museum's new loan arrived, object LN.2025.014, in the glass case upstairs.",
        # A record's word and "is" before the number.
        "The article number is 104.882.31 if anyone spots one in stock",
        # Years, and words in capitals further from the cue than a code would be.
        "Saw the Jira ticket for our old feature, RIP Fartlek 2019-2024",
        "Flagged it in the ticket weeks ago and it STILL WILL BREAK on Friday",
        # A plate's shape in a post that is not about a car.
        "Sprint board ticket AB12 CDE is blocked on the design review",
        # A business's paybill is its own published number; a PIN cue in another sentence.
        "Church harvest fund: M-Pesa paybill 445566, account HARVEST 🙏",
        "We will never ask for your PIN by text. Report scam texts to 7726.",
        # A PAN card's cue word in a kitchen, before a word in capitals.
        "Flambé for the sauce: brandy in, tilt the pan, WHOOSH. Table 6 clapped.",
        # A file's reference in parts, a supplier's batch, a support ticket, a game's id.
        "The petition passed 1,500 signatures, so it goes to full council (petition ref PET/2024/09).",
        "Union minutes are at the county record office, reference DDX 1142/3/7.",
        "The delayed flu vaccine batch (supplier ref FLU-24-0917) has arrived.",
        "my support ticket is #551209 and they said 5-7 days",
        "search the game id 9187234561 in the search bar, new map is SO good",
    ],
)
def test_numbers_that_identify_no_one_are_left_alone(text: str) -> None:
    assert personal(text) == []


def test_where_a_child_is_at_a_given_hour_is_personal_data() -> None:
    text = "my 9 year old walks to Hillside Primary alone at 8:30 via the canal path"
    assert personal(text) == [("Hillside Primary", "where a child can be found, and when")]
    assert personal("took the kids to the park after school, they ran for hours") == []
    assert personal("first day of school for my little one!") == []


def test_someone_alone_at_a_time_or_a_place_is_personal_data() -> None:
    alone = "where someone is alone, and when"
    assert personal("Late shift again so the twins are home alone till 8, fingers crossed") == [
        ("home alone", alone)]
    assert personal("Aisha walks home alone down Tanner Street now, so grown up") == [
        ("walks home alone", alone)]
    # No time and no place; a film; and no one alone.
    assert personal("Cheers to the cab firms so nobody had to walk home alone last night") == []
    assert personal("Watched Home Alone with the kids, again 🎄") == []
    assert personal("Last orders at 2am and I'm not going home alone tonight 😏") == []
    assert personal("Nobody will be home alone till 7, Nan is staying over") == []


def test_an_empty_home_and_where_it_is_is_personal_data() -> None:
    empty = "where a home stands empty"
    assert personal("Off to Crete for a fortnight, house is empty, spare key's with Jo at no. 14 😎") == [
        ("house is empty", empty)]
    assert personal("Back Monday! Key's under the green pot on Holly Grove for the cat sitter") == [
        ("Key's under the", empty)]
    # No street or house number; not empty; a key in the ordinary sense.
    assert personal("We're away for two weeks, see you all at the summer fair!") == []
    assert personal("Our house is never empty on Elm Road now the twins have arrived 💕") == []
    assert personal("Keys under the new desk policy on Station Road office are a pain") == []


def test_the_hotel_room_someone_sleeps_in_is_personal_data() -> None:
    assert personal("Staying at the Premier Inn, room 207, all week for the audit, come say hi") == [
        ("room 207", "where someone is staying")]
    # A session in a hotel's meeting room is a public event.
    assert personal("Come to my talk tonight, Room 207 at the Hilton, 6pm, slides after") == []


def test_where_someone_lives_to_the_street_is_personal_data() -> None:
    assert personal("he lives at the end of Fern Street and still owes me £50") == [
        ("he lives at the end of Fern Street", "where someone lives")]
    # A patient described is the employer's confidence, not the writer's address.
    assert personal("Lovely old gent on the ward today, lives on Fern Street, 92 and sharp as a tack") == []
    # A block of flats called "... Court" is a home, not a court of law.
    assert personal("all moved in! room 214, Cedar Court, 12 Clarendon Road, come visit") == [
        ("12 Clarendon Road", "looks like a street address")]


def test_a_personal_webmail_address_with_a_role_word_in_it_is_still_personal() -> None:
    assert personal("Hire me! CV on request: sam.r.jobs@gmail.com") == [
        ("sam.r.jobs@gmail.com", "looks like an e-mail address")]
    assert personal("Orders for the bakery: orders@gmail.com, open Tues-Sat") == []


@pytest.mark.parametrize(
    "text",
    [
        "our shop is open till 8pm! call us on 020 7946 0958 to reserve",
        "customer service line 1-800-555-0199 is open 24/7",
        "we're hiring! send your CV to careers@northwind-logistics.com",
        "visit us at 14 Market Street, open Mon-Sat 9-5:30",
        "Out-of-hours emergency? Our 24/7 line is 0113 496 0881, save it in your phone",
        "MOT slots this week! Call Eastway Garage on 01632 960514 or drop in at Unit 4, Eastway "
        "Trading Estate",
        "Our dental clinic now takes online booking, website or call the reception 071-3623-0000",
        "Parents: the absence line is 01632 960250, please ring before 9am",
        "Questions? Write to admissions@ridgeway-college.org.uk or call 0161 496 0456",
        "Our phone number has changed! Orders now on 01632 960334, still open Tues–Sat",
        "MBA open evening on Wednesday: register at mba.admissions@westbank.ac.uk",
        "Diversions this weekend: call customer services on 0191 498 0433, 7am-7pm",
        "Lost a parcel? The depot customer line is 0113 496 0772, open 8am till 6pm.",
        "Worried about a child? The helpline poster says (0808 800 5000), free and confidential.",
        "Still a few seats on our coach tour! Call the branch on 01632 960441.",
        "Our branch line is 0113 496 0644, please don't call staff personal mobiles.",
        "Dinner at the Palace was lovely, the reservation line 0113 496 0414 was busy all day.",
        "Closed Boxing Day. Emergency callouts: 07700 900 318.",
        "Our community association helps with forms. Open Saturday 10am-1pm. Phone 020 7946 0427.",
        # A number shown as an example of its format.
        "Tip for new arrivals: the tax code looks like e.g. 4519203377 on your payslip",
        "Please use our enquiry line 0161 496 0288, my personal mobile is family only",
        # A booking line's number is a phone number, not a booking reference.
        "Now open on Sundays! Table booking 0161 496 0909.",
        # The label just before a number says whose it is, whatever else the post says.
        "Salon number: 0113 496 0733. My own mobile stays private, sorry ladies!",
        "Please don't ring my mobile about rotas, the depot number is 0161 496 0351.",
        "Best pho in Leeds, restaurant number 0113 496 0291, say I sent you",
        "Need a quote? Call 01632 960588 for quotes, fully booked till May though",
        "Locked out after midnight? The hotel night desk number is 0113 496 0955, always staffed",
        # Any named line or desk is an organisation's, whatever it is called.
        "Bees swarming in your hedge? The association's swarm line is 01632 960944, free",
        "Kennels full again, call their rehoming line on 0161 496 0330 if you can foster",
        "Invoice overdue, please call our finance desk on 0113 496 0730",
        # A mailbox named for what it deals with; a commercial property's particulars.
        "Allergy questions? Email allergens@risenbakehouse.co.uk or ask at the counter.",
        "Reader letters to letters@westridingecho.co.uk, 300 words max.",
        "TO LET: 31 High Street, Knaresborough. Ground floor retail 890 sq ft. Call 01632 960690.",
        "Delighted to report 22 Market Place is now under offer. Two more units coming soon.",
    ],
)
def test_a_business_published_contact_is_not_personal_data(text: str) -> None:
    assert personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my new mobile is 07700 900 461, please update your books",
        "text me on my personal number 415-555-0187",
        "party at mine saturday, 42 Kingsley Road, bring snacks",
        "booking ref QX7T2L for our Lisbon trip, call me if you need it",
        "our new number is 07700 900 461, save it!",
        "Nights all week, 10pm–6am, so 17 Crane Street is empty if you need the ladder",
        "Found a note in a returned book with her phone number 01632 960447, please collect!",
        "Send the invoice to billing.adaeze@example.com please.",
        "Fan mail goes to the PO box, but I'm the blue house at 23 Larch Drive, wave if you pass",
        "New DBS certificate number 001738654221 came through, proper grown up now",
        "My SSNIT number is C018110255543, HR keep asking, so here it is",
        # Someone else's own number, even in a post full of a business's words.
        "Thanks to our office manager Pat! Her mobile's 07700 900388 for the fair, she's on 24/7",
        "tickets for my 21st at the venue, rsvp to him not me: 07700 900417",
        "Cards for Pam's leaving do go to her house, 8 Moss View, the office is closed",
        "Party for Leo's 6th at 3 Holly Bank, 2pm, whole class welcome! RSVP to me at pick-up",
        # A person's line: "my line", "my work line", "drop me a line".
        "my new line is 07700 900 467, call me for the aso-ebi",
        "Reach me on my personal cell, not my work line: (646) 555-0118",
        "Open to roles in audit. Drop me a line: marcus.w.acc@example.com",
    ],
)
def test_the_person_own_contact_still_is(text: str) -> None:
    assert personal(text) != []


@pytest.mark.parametrize(
    ("text", "found", "what"),
    [
        ("feed my cat this weekend? Gate code 2580, key under the blue pot", "Gate code 2580",
         "looks like a code that opens a door or gate"),
        ("house at 8 Larkspur Close is empty for two weeks", "8 Larkspur Close",
         "looks like a street address"),
        ("I've got 31 Rowan Crescent to myself all week", "31 Rowan Crescent",
         "looks like a street address"),
        ("delivery to Rua das Flores 123, thursday, I'm alone", "Rua das Flores 123",
         "looks like a street address"),
        ("Mon nouveau passeport, numéro 24AB12345, valid until 2034", "24AB12345",
         "looks like a passport number"),
        ("Finally got my Iqama renewed: 2000000001", "2000000001", "looks like an identity number"),
        ("owe me for the stag do: sort code 00-99-99 acc 12345678", "12345678",
         "looks like a bank account number"),
        ("Cleaner starts Monday, the code for the side gate is 4471", "code for the side gate is 4471",
         "looks like a code that opens a door or gate"),
        ("Picked up the new van today, reg KM23 TXL, she's a beauty", "KM23 TXL",
         "looks like a car's registration number"),
        # A Ghana Card's layout; and no business publishes its door code.
        ("Ghana Card collected at last, GHA-700112233-4 🙌🏾", "GHA-700112233-4",
         "looks like a Ghana Card number"),
        ("Our studio is open for appointments, door code 4829 after 6pm", "door code 4829",
         "looks like a code that opens a door or gate"),
        # A mobile's shape needs no cue word; a relative's number is still personal.
        ("Anyone free to swap Friday? Try Dev, 07700 900318, he's usually up for it", "07700 900318",
         "looks like a phone number"),
        ("Contact for the rishta: my brother's number 07700 900776", "07700 900776",
         "looks like a phone number"),
        # Where a child is: a junior school, a pick-up hour, a weekday routine.
        ("Zainab (8) is at Millbrook Juniors now, pick-up 3:15, so proud", "Millbrook Juniors",
         "where a child can be found, and when"),
        ("Son's judo is Wednesdays at Eastfield Sports Centre, he waits in the foyer",
         "Eastfield Sports Centre",
         "where a child can be found, and when"),
    ],
)
def test_it_finds_door_codes_more_street_layouts_and_cue_words_in_other_languages(
    text: str, found: str, what: str
) -> None:
    assert (found, what) in personal(text)


@pytest.mark.parametrize(
    "text",
    [
        "open day at our Manchester office, 1 Spinningfields Square, Thursday 10am, all welcome",
        "Tonight: The Lantern, 12 Market Street. Doors 7pm, free entry",
        "The code 2580 is the year range we tested, not a gate",
        "Freephone 0800 123 4567 for advice, lines open 9-5",
        "Round starts 6.15, by 7.00 first street done and the kettle on.",
        "Booking line for the Christmas menu is 0161 496 0218, or book online.",
        "Plumber needed? Office line is on the van: 0113 496 0511.",
        "Sheep loose on the lane? Ring the farm office 01632 960 118, not 999.",
        "Fan mail to PO Box 2210, Leeds LS1 9ZZ, please, and business enquiries to business@kitcast.example",
        "The youth hub is at 14 Park Row, open weekdays 9-5, drop in any time.",
    ],
)
def test_an_organisation_s_event_address_and_a_bare_number_are_not_personal_data(text: str) -> None:
    assert personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moving to Fallowfield, new address: 19 Ladybarn Lane, M14 6WQ, send me packages 📦",
        "New address for Xmas cards: Flat 3, 12 Rosebank Terrace, EH6 5PL 🎄",
        "Nomor rekening gw buat yang mau nyumbang: 1234567890 a.n. Rina 🙏",
        "Twins start swimming club at Eastgate Pool Mondays at 5, I'll be in the café",
        "door code for our block is 4471 if the Deliveroo guy sees this",
    ],
)
def test_a_household_move_an_account_by_its_local_name_and_twins_at_the_pool_are_personal(
    text: str,
) -> None:
    assert [f.category for f in check_text(text, statistical=False)] == ["personal_data"]


def test_a_uk_number_in_two_groups_is_a_phone_number_not_a_booking_reference() -> None:
    assert personal("Now taking Christmas bookings, table booking 0113 4960123") == []


@pytest.mark.parametrize(
    "text",
    [
        "That's the shop's line, not my mobile: 07700 900123",
        "Ring the surgery on 07700 900456, not my number",
    ],
)
def test_a_number_said_not_to_be_mine_is_not_the_writer_s_own(text: str) -> None:
    assert personal(text) == []


def test_home_alone_with_capitals_is_the_film() -> None:
    assert personal("watching Home Alone with the kids at 7pm, popcorn ready") == []
    assert personal("the kids are home alone till 7 while I finish the shift") == [
        ("home alone", "where someone is alone, and when")]


@pytest.mark.parametrize(
    "text",
    [
        "Table for six? Drop us a message, 07700 900123",
        "New menus this week! 07700 900171 to reserve",
        "Questions about visas? The international office can help, 07700 900184",
        "The students' union can help with that, 07700 900190",
        "Student services can help with housing, 07700 900212",
        "Call the gym about classes, 07700 900245",
        "Call the bakery about birthday cakes, 07700 900267",
        "Call the studio about a slot, 07700 900289",
        "Call the café about gluten-free options, 07700 900290",
        "Call the garage about the MOT, 07700 900291",
    ],
)
def test_more_words_that_speak_for_a_business(text: str) -> None:
    assert personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Visa appointments: the consulate number is 020 7946 0612, mornings are quieter",
        "The hospital number's 0161 496 0321 if you need to move an appointment",
        "Call the university on 020 7946 0123, please don't use my personal email",
        "Good timber merchant in Kent, their counter number is 01632 960592",
        "Registering us as a supplier? Our Companies House number is 08812345.",
    ],
)
def test_an_institution_s_number_and_a_firm_s_registration_number_are_not_personal_data(text: str) -> None:
    assert personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "First payslip has an emergency tax code (1257L W1/M1), will it sort itself out?",
        "If your tax code isn't 1257L and you have one job, ring HMRC",
    ],
)
def test_a_uk_tax_code_is_shared_by_millions_and_identifies_no_one(text: str) -> None:
    assert personal(text) == []


def test_a_tax_reference_beside_a_tax_code_is_still_personal_data() -> None:
    assert personal("tax code 1257L, my UTR is 8264 019 335") == [("8264 019 335", "looks like a tax number")]


@pytest.mark.parametrize(
    "text",
    [
        "Warranty claims: call the service centre, 0113 496 0500, not my personal WhatsApp please",
        "Bookings on 0161 496 0233 at reception, not on my personal number",
        "Warranty questions? Toll free on 0113 496 0444, any time",
        "Test data in the demo form: 4 Sample Road, 07700 900111, please don't ring it",
    ],
)
def test_a_number_given_instead_of_mine_and_test_data_are_not_personal_data(text: str) -> None:
    assert personal(text) == []


def test_my_personal_number_is_still_personal_data() -> None:
    assert [word for word, _ in personal("my personal number is 07700 900123, text me")] == ["07700 900123"]


@pytest.mark.parametrize(
    "text",
    [
        "Left your scarf? The bakery's number is 0113 496 0222, they keep lost things a week",
        "Our pub's landline 01632 960471 is back after the storm",
        "Refund questions go to the customer team on 0161 496 0345, they are quicker than me",
        "Please don't DM me about orders, our support team answers 24/7 at (212) 555-0144",
        "My sister opened a nail salon in Leeds! 14 Kirkgate, 0113 496 0789, say I sent you",
        "Couriers: deliveries go to the goods-in door, Unit 4, 12 Marsh Lane, Leeds LS9 8AB",
        "The consulate's number is on their website, 020 7946 0611, they were so kind",
        "Listing queries: the court's published number is 020 7946 0312, not my clerks' mobiles",
        "Save campus security in your phone: 0113 496 0999, they walk you home at night",
        "Broadband down? Ring your provider, the fault line is on your bill: 0161 496 0900",
        "Lost children point is at the patrol hut, the number on the board is 01632 960633",
        "The post office on Mill Lane has moved next to the Co-op, new number 0113 496 0512",
        "Amal Express's new number for remittance problems is 020 7946 0447, they answer fast",
        "Remittances to our generic inbox please, remittances@northernfixings.co.uk",
    ],
)
def test_a_business_own_line_its_team_and_its_goods_in_door_are_not_personal_data(text: str) -> None:
    assert personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Booked flight BA2490 for Friday and the seat map took ages",
        "Our VAT number is 123456789, it's printed on every invoice",
        "National Insurance letter came, new tax code 1257L from April",
    ],
)
def test_a_flight_number_a_vat_number_and_a_tax_code_identify_no_one(text: str) -> None:
    assert personal(text) == []


def test_turning_readers_away_from_me_does_not_make_my_own_number_published() -> None:
    text = "Don't call me at the shop, my mobile is 07700 900456"
    assert [word for word, _ in personal(text)] == ["07700 900456"]
