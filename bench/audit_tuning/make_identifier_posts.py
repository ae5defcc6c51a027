"""Write identifiers.jsonl: tuning posts with identity, tax, travel and contact numbers in many layouts.

Run: .venv/bin/python bench/audit_tuning/make_identifier_posts.py   (deterministic: seed 16)

Hand-written carrier sentences are filled with numbers in the layouts people type. Some numbers
have valid check digits and some do not, because people also post numbers with typos.
Innocent posts carry a business's published contact, or a flight, order or version number.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path

from stdnum import luhn, verhoeff
from stdnum.au import tfn
from stdnum.de import idnr

OUT = Path(__file__).with_name("identifiers.jsonl")
rng = random.Random(16)
UPPER = string.ascii_uppercase
DIGITS = string.digits


def digits(n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def letters(n: int) -> str:
    return "".join(rng.choice(UPPER) for _ in range(n))


def spaced(value: str, groups: tuple[int, ...], sep: str = " ") -> str:
    parts, at = [], 0
    for size in groups:
        parts.append(value[at:at + size])
        at += size
    return sep.join(parts)


def ssn() -> str:
    value = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return rng.choice([spaced(value, (3, 2, 4), "-"), spaced(value, (3, 2, 4)), value])


def ein() -> str:
    return f"{rng.randint(10, 98)}-{digits(7)}"


def itin() -> str:
    return f"9{digits(2)}-{rng.choice([70, 71, 78, 88, 90, 94])}-{digits(4)}"


def nino() -> str:
    value = rng.choice(["AB", "JK", "QQ", "NE", "SP", "TW"]) + digits(6) + rng.choice("ABCD")
    return rng.choice([value, spaced(value, (2, 2, 2, 2, 1))])


def utr() -> str:
    value = digits(10)
    return rng.choice([value, spaced(value, (5, 5)), spaced(value, (4, 4, 2))])


def steuer_id() -> str:
    while True:
        value = str(rng.randint(1, 9)) + digits(9)
        value += idnr.mod_11_10.calc_check_digit(value)
        if idnr.is_valid(value):
            break
    return rng.choice([value, spaced(value, (2, 3, 3, 3))])


def steuernummer() -> str:
    return f"{rng.randint(10, 99)}/{digits(3)}/{digits(5)}"


def pan() -> str:
    return letters(3) + rng.choice("PCHFT") + letters(1) + digits(4) + letters(1)


def aadhaar() -> str:
    value = str(rng.randint(2, 9)) + digits(10)
    value += verhoeff.calc_check_digit(value)
    return rng.choice([spaced(value, (4, 4, 4)), spaced(value, (4, 4, 4), "-"), value])


def sin() -> str:
    value = str(rng.randint(1, 7)) + digits(7)
    value += luhn.calc_check_digit(value)
    return rng.choice([spaced(value, (3, 3, 3)), spaced(value, (3, 3, 3), "-"), value])


def tax_file_number() -> str:
    while True:
        value = digits(9)
        if tfn.is_valid(value):
            return rng.choice([spaced(value, (3, 3, 3)), value])


def dni() -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def nie() -> str:
    prefix = rng.choice("XYZ")
    number = rng.randint(1_000_000, 9_999_999)
    check = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(prefix)) + str(number)) % 23]
    return f"{prefix}{number}{check}"


def cpf() -> str:
    value = digits(11)
    return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"


def nigerian_nin() -> str:
    return digits(11)


def passport() -> str:
    return rng.choice([digits(9), letters(1) + digits(8), letters(2) + digits(7),
                       letters(1) + digits(7), "C" + letters(1).replace("O", "X") + digits(7)])


def id_card() -> str:
    return rng.choice([letters(1) + digits(8), letters(2) + digits(6) + letters(1), digits(9)])


def pnr() -> str:
    return "".join(rng.choice(UPPER + "23456789") for _ in range(6))


def eticket() -> str:
    return f"{rng.choice(['125', '176', '220', '016', '074'])}-{digits(10)}"


def hotel_booking() -> str:
    value = digits(10)
    return rng.choice([f"{value[:4]}.{value[4:7]}.{value[7:]}", value, "#" + value])


def flight() -> str:
    return rng.choice(["BA", "LH", "AF", "KL", "UA", "DL", "EK", "QR", "FR", "U2", "AI", "6E"]) \
        + str(rng.randint(10, 2999))


def seat() -> str:
    return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"


def name() -> tuple[str, str]:
    first = rng.choice(["Emma", "Liam", "Sofia", "Arjun", "Chloe", "Mateo", "Amara", "Lukas",
                        "Priya", "Tom", "Fatima", "Kenji", "Olu", "Hannah", "Diego", "Zoe"])
    last = rng.choice(["Smith", "Garcia", "Okafor", "Müller", "Patel", "Nguyen", "Rossi",
                       "Kowalski", "Brown", "Silva", "Adeyemi", "Fischer", "Khan", "Walsh"])
    return first, last


def boarding_pass() -> str:
    first, last = name()
    code, number, where = pnr(), flight(), rng.choice(["LHRJFK", "FRAMAD", "DXBBOM", "CDGLOS"])
    return rng.choice([
        f"M1{last.upper()}/{first.upper()}  E{code} {where}{number[:2]} {number[2:]:>4} "
        f"{rng.randint(1, 365):03d}Y{seat():>4}0{digits(3)} 100",
        f"{last.upper()}/{first.upper()} {'MR' if rng.random() < .5 else 'MS'} · {number} · "
        f"SEAT {seat()} · GATE {rng.choice('ABCD')}{rng.randint(1, 40)} · BOOKING {code}",
        f"Passenger: {first} {last} | Flight {number} | Seat {seat()} | Booking ref {code}",
    ])


RISKY: list[tuple[str, Callable[[], str], list[str]]] = [
    ("social security number", ssn, [
        "my SSN is {} and the bank still can't find me, help",
        "finally got my social security card!! {} 🎉",
        "filling in the lease form, SSN: {}, what else do landlords want",
        "is it normal for a new employer to ask for my social security number ({}) by text?",
    ]),
    ("EIN", ein, ["freelance llc registered 🎉 our EIN is {}", "EIN {} for the invoices, please use it"]),
    ("ITIN", itin, ["got my ITIN {} after 4 months of waiting!", "ITIN: {}, can I open an account with this?"]),
    ("national insurance number", nino, [
        "starting my first job tomorrow, NI number {} all ready 💪",
        "my national insurance no. is {}, why does the payslip show a different one?",
    ]),
    ("UTR", utr, ["self assessment done, UTR {}, never again", "my UTR number: {} - HMRC lost my return again"]),
    ("Steuer-ID", steuer_id, [
        "my Steuer-ID is {}, the new employer needs it tomorrow",
        "Steueridentifikationsnummer {} came in the post today, finally",
        "for my Minijob they ask tax ID {}, is this enough?",
    ]),
    ("Steuernummer", steuernummer, ["my Steuernummer {} for the freelance invoice, is this the right format?"]),
    ("PAN", pan, [
        "PAN card number {} not linking with aadhaar, please help 🙏",
        "my PAN: {}, ITR filing showing mismatch",
        "got my PAN card today, {} 🥳",
    ]),
    ("Aadhaar", aadhaar, [
        "aadhaar {} updated with new address, finally",
        "my aadhaar number is {} but the bank KYC is failing again",
    ]),
    ("SIN", sin, ["first job in Canada! SIN {} 🇨🇦", "bank asks my social insurance number {} over phone, is this ok?"]),
    ("TFN", tax_file_number, ["my TFN is {}, ATO still not showing my super", "tax file number {} for the new job 🇦🇺"]),
    ("DNI", dni, ["my DNI is {}, the form for the gym says is wrong", "renewed my DNI today: {}, new photo is terrible 😂"]),
    ("NIE", nie, ["finally got my NIE {} after 3 appointments!! 🇪🇸", "NIE {} for the rental contract, what else they need?"]),
    ("CPF", cpf, ["meu CPF {} is blocked in the bank app, help", "CPF: {} for the nota fiscal please"]),
    ("NIN", nigerian_nin, ["my NIN {} finally linked to my SIM 🙌", "BVN {} not matching my account name, what do I do"]),
    ("passport number", passport, [
        "new passport arrived ✈️ number {}, valid 10 years",
        "lost my passport at the airport, no. {}, if anyone finds it please message",
        "visa application done, passport {} expires 2031",
        "can someone check if passport no {} is fine for the ESTA form?",
    ]),
    ("identity card", id_card, [
        "new ID card, number {}, the photo looks like a mugshot 😂",
        "my identity card no. {} was stolen with my wallet",
    ]),
    ("booking reference", pnr, [
        "holiday booked 🏝️ booking ref {}, 10 days to go",
        "can anyone at the airport help? my PNR is {} and the app says cancelled",
        "confirmation code {} - can't wait for Lisbon!",
        "reservation code: {} for the whole family, seats together finally",
        "our booking reference is {}, could you add a bag for me @airline",
    ]),
    ("e-ticket number", eticket, ["e-ticket {} - anyone know if I can change it online?"]),
    ("hotel booking number", hotel_booking, [
        "hotel booked for the wedding, confirmation {} pin {}",
        "booking number {} under my name if any of you get there first",
    ]),
    ("boarding pass", boarding_pass, [
        "holiday mode ON ✈️ {}",
        "look at my boarding pass!! {}",
        "{} - off to see my sister 🥹",
    ]),
]

INNOCENT: list[tuple[str, Callable[[], str], list[str]]] = [
    ("flight number", flight, [
        "flight {} delayed 3 hours, airport pizza it is 🍕",
        "anyone else on {} to Lagos tonight?",
        "{} landed early for once, great crew",
    ]),
    ("business phone", lambda: rng.choice(["0800 {} {}", "1-800-{}-{}", "020 7946 {}{}"]).format(
        digits(3), digits(4)), [
        "our customer helpline is {} (free, 8am-8pm)",
        "to book a table at the restaurant call us on {}",
        "questions about your order? our support line is {}",
        "salon bookings: {}, walk-ins welcome too ✂️",
    ]),
    ("business address", lambda: f"{rng.randint(1, 200)} {rng.choice(['High Street', 'Market Square', 'King Street', 'Station Road', 'Main Street'])}", [
        "come and visit our new shop at {}, open 9-6 every day 🛍️",
        "the clinic has moved to {}, same phone number",
        "our café at {} is now open on sundays ☕",
    ]),
    ("business email", lambda: rng.choice(["info", "hello", "support", "careers", "bookings", "press"])
        + "@" + rng.choice(["acme-bakery.co.uk", "northstar.io", "greenleaf.com", "bytecraft.dev"]), [
        "for wholesale orders write to {}",
        "we're hiring! CVs to {}",
        "any questions about the event, email {}",
    ]),
    ("order number", lambda: "#" + digits(rng.choice([6, 8])), [
        "order {} arrived today, the new lamp looks great",
        "still waiting on order {} 😩 three weeks now",
    ]),
    ("version number", lambda: f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 300)}", [
        "upgraded to version {} and the bug is gone",
        "release {} is out, changelog in the thread",
    ]),
    ("score or stats", lambda: f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", [
        "lottery numbers this week: {} and I got none of them 😂",
    ]),
]


def fill(template: str, make: Callable[[], str]) -> str:
    values = [make() for _ in range(template.count("{}"))]
    if len(values) == 2 and make is hotel_booking:
        values[1] = digits(4)
    return template.format(*values)


def posts() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for kind, make, templates in RISKY:
        for template in templates:
            for _ in range(2):
                rows.append({"text": fill(template, make), "labels": ["personal_data"],
                             "voice": "generated", "kind": kind})
    for kind, make, templates in INNOCENT:
        for template in templates:
            for _ in range(2):
                rows.append({"text": fill(template, make), "labels": [],
                             "voice": "generated", "kind": f"innocent look-alike: {kind}"})
    return rows


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in posts()), encoding="utf-8")
    print(f"wrote {OUT}")
