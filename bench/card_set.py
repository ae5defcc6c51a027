"""Business cards to read: rendered from known fields, then photographed the way a phone would.

    cards = card_specs("held-out", 40)          # the truth: what each card says
    scan = render_card(cards[0])                # a clean 1050 x 600 scan (PIL image)
    photo = photograph(scan, seed=7)            # on a table, turned, blurred, unevenly lit: JPEG bytes

Two splits come from different seeds and partly different fonts: "tune" is the one the reading
rules may be changed to fit; "held-out" is only ever measured (`make bench`, docs/formats.md).
`python -m bench.card_set DIR [SPLIT] [COUNT]` writes the PNG scans, JPEG photos and truth.json.
"""

from __future__ import annotations

import io
import json
import random
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
# (regular, bold); Debian packages fonts-dejavu-core and fonts-liberation (the tests' fonts),
# fonts-lato, fonts-open-sans, fonts-roboto-unhinted, fonts-crosextra-carlito, fonts-freefont-ttf
TEST_FONTS = [
    ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
]
TUNE_FONTS = [*TEST_FONTS,
              ("lato/Lato-Regular.ttf", "lato/Lato-Bold.ttf"),
              ("open-sans/OpenSans-Regular.ttf", "open-sans/OpenSans-Bold.ttf")]
HELD_OUT_FONTS = [*TUNE_FONTS,
                  ("roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
                   "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf"),
                  ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
                  ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf")]
LAYOUTS = ("left", "centred", "two-columns", "dark", "logo-right")

GIVEN = ["Rajesh", "Zoë", "François", "Søren", "Łukasz", "Inês", "Chidi", "Mariana", "Jürgen",
         "Ana", "Hélène", "Björn", "Akira", "Priya", "Tomás", "Agnieszka", "Olivia", "Emeka",
         "Dagný", "Mateo", "Aoife", "Kateřina", "Nikolaos", "Fatima", "Renée", "Oğuz", "Lena",
         "Marcus", "Siobhán", "José"]
FAMILY = ["Iyer", "Müller", "Lefèvre", "Kierkegård", "Wójcik", "Quintal", "Okafor", "Núñez",
          "Schäfer", "García", "Dubois", "Åström", "Tanaka", "Raghavan", "Ó Briain", "Nowak",
          "Bennett", "Eze", "Sigurðardóttir", "Fernández", "Byrne", "Dvořák", "Papadopoulos",
          "Haddad", "Chevalier", "Yılmaz", "Hofmann", "Whitfield", "Kavanagh", "Peña"]
PREFIXES = ["Dr.", "Prof.", "Dr."]
SUFFIXES = ["PhD", "MBA"]
TITLES = ["Head of Partnerships", "Chief Technology Officer", "Senior Software Engineer",
          "Marketing Director", "Product Manager", "Sales Manager", "Founder & CEO",
          "Directrice Commerciale", "Geschäftsführer", "Account Executive", "UX Designer",
          "Research Scientist", "Business Development Manager", "Operations Lead",
          "Chief Financial Officer", "Customer Success Manager", "Data Analyst",
          "Vice President, Engineering", "Head of Design", "Consultant"]
COMPANY_WORDS = ["Zöllner", "Nordlicht", "Atelier Sul", "Bluefin", "Helix", "Quantum Leaf",
                 "Brightwater", "Kestrel", "Orchard", "Vantage", "Solstice", "Meridian",
                 "Lumière", "Ironbark", "Cobalt", "Fjord", "Sierra Norte", "Aurora", "Tidewell",
                 "Granite Peak", "Øresund", "Papillon", "Copperfield", "Evergreen", "Lindqvist"]
COMPANY_KINDS = ["Consulting", "Systems", "Analytics", "Labs", "Design", "Partners", "Logistics",
                 "Robotics", "Software", "Energy", "Studio", "Capital", "Health", "Foods"]
LEGAL = ["GmbH", "Ltd", "Inc.", "S.A.", "AG", "LLC", "SARL", "B.V.", "Oy", "AB", "S.r.l.", "plc",
         "Ltd.", "SAS", ""]
TLDS = {"+49": "de", "+44": "co.uk", "+1": "com", "+33": "fr", "+34": "es", "+31": "nl",
        "+46": "se", "+353": "ie"}
PHONES = {  # national number shapes, formatted as printed
    "+49": ["30 {4} {4}", "89 {3} {4}", "151 {4} {4}"],
    "+44": ["20 {4} {4}", "7{3} {3} {3}"],
    "+1": ["({area}) {3}-{4}", "{area}-{3}-{4}", "{area}.{3}.{4}"],
    "+33": ["1 {2} {2} {2} {2}", "6 {2} {2} {2} {2}"],
    "+34": ["91 {3} {2} {2}", "6{2} {3} {3}"],
    "+31": ["20 {3} {4}", "6 {4} {4}"],
    "+46": ["8 {3} {3} {2}", "70 {3} {2} {2}"],
    "+353": ["1 {3} {4}", "87 {3} {4}"],
}
AREAS = ["415", "212", "617", "312", "206", "512", "303", "646"]
PHONE_LABELS = ["", "T ", "Tel. ", "Phone: ", "M ", "Mobile ", "+"]  # "+": no label at all
EMAIL_LABELS = ["", "", "E ", "E-mail: ", "Email: "]
WEB_LABELS = ["", "", "W ", "Web: "]


@dataclass
class CardSpec:
    """What a card says (the truth the reader is scored against) and how it is drawn."""

    number: int
    name: str
    title: str
    company: str
    email: str
    phone: str  # E.164
    website: str
    printed_phone: str
    layout: str
    fonts: tuple[str, str]
    address: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    colours: tuple[str, str, str] = ("#ffffff", "#111111", "#555555")


BENCH_PACKAGES = ("tesseract-ocr fonts-dejavu-core fonts-liberation fonts-lato fonts-open-sans "
                  "fonts-roboto-unhinted fonts-crosextra-carlito fonts-freefont-ttf")


def missing_fonts(split: str) -> list[str]:
    fonts = {"tune": TUNE_FONTS, "held-out": HELD_OUT_FONTS, "test": TEST_FONTS}[split]
    return [f for pair in fonts for f in pair if not (FONT_DIR / f).exists()]


def card_specs(split: str, count: int) -> list[CardSpec]:
    """`count` cards of a split; the same split and count always give the same cards."""
    fonts = {"tune": TUNE_FONTS, "held-out": HELD_OUT_FONTS, "test": TEST_FONTS}[split]
    rng = random.Random(f"cards-{split}")
    return [_spec(rng, number, fonts) for number in range(count)]


def _spec(rng: random.Random, number: int, fonts: list[tuple[str, str]]) -> CardSpec:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    name = f"{given} {family}"
    if rng.random() < 0.15:
        name = f"{rng.choice(PREFIXES)} {name}"
    elif rng.random() < 0.08:
        name = f"{name}, {rng.choice(SUFFIXES)}"
    code = rng.choice(list(PHONES))
    words = rng.choice(COMPANY_WORDS)
    base = words if rng.random() < 0.4 else f"{words} {rng.choice(COMPANY_KINDS)}"
    legal = rng.choice(LEGAL)
    company = f"{base} {legal}".strip()
    domain = _ascii(base).lower().replace(" ", rng.choice(["", "-"])) + "." + TLDS[code]
    local = rng.choice([f"{given}.{family}", f"{given[0]}.{family}", given, f"{given}{family[0]}",
                        f"{given[0]}{family}"])
    email = f"{_ascii(local).lower().replace(' ', '')}@{domain}"
    printed, e164 = _phone(rng, code)
    website = rng.choice([f"www.{domain}", domain, f"https://{domain}", f"https://www.{domain}"])
    layout = LAYOUTS[number % len(LAYOUTS)]
    labels = {"phone": rng.choice(PHONE_LABELS), "email": rng.choice(EMAIL_LABELS),
              "web": rng.choice(WEB_LABELS)}
    street = rng.choice(["Market Street", "Hauptstraße", "Rue de Rivoli", "Calle Mayor"])
    address = rng.choice(["", "", f"{rng.randint(1, 200)} {street}"])
    dark = layout == "dark"
    colours = (("#1d2433", "#f4f4f4", "#c8ccd4") if dark
               else rng.choice([("#ffffff", "#111111", "#555555"), ("#faf6ee", "#202020", "#6b5d4b"),
                                ("#f2f6fb", "#0b2545", "#3a506b")]))
    return CardSpec(number, name, rng.choice(TITLES), company, email, e164, website, printed,
                    layout, rng.choice(fonts), address, labels, colours)


def _phone(rng: random.Random, code: str) -> tuple[str, str]:
    """A number as printed, and as E.164; one that exists (phonenumbers says it is valid)."""
    import phonenumbers

    while True:
        printed, e164 = _any_phone(rng, code)
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            return printed, e164


def _any_phone(rng: random.Random, code: str) -> tuple[str, str]:
    shape = rng.choice(PHONES[code])
    digits = shape.replace("{area}", rng.choice(AREAS))
    for width in (4, 3, 2):
        while "{" + str(width) + "}" in digits:
            digits = digits.replace("{" + str(width) + "}",
                                    "".join(str(rng.randint(2, 9)) for _ in range(width)), 1)
    national = "".join(c for c in digits if c.isdigit())
    return f"{code} {digits}", f"{code}{national}"


def _ascii(text: str) -> str:
    import unicodedata

    swaps = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ð": "d", "å": "a", "Å": "A", "ß": "ss"}
    text = "".join(swaps.get(c, c) for c in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# -- drawing -----------------------------------------------------------------------------------

WIDTH, HEIGHT = 1050, 600  # 3.5 x 2 inches at 300 dpi


def render_card(spec: CardSpec) -> Image.Image:
    background, ink, soft = spec.colours
    card = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(card)
    regular, bold = (str(FONT_DIR / f) for f in spec.fonts)
    contact = [spec.labels["email"] + spec.email, _phone_line(spec), spec.labels["web"] + spec.website]
    if spec.address:
        contact.append(spec.address)
    head = [(spec.name, bold, 52, ink), (spec.title, regular, 32, soft)]
    company = (spec.company, bold, 38, ink)
    if spec.layout == "two-columns":
        _column(draw, 60, 70, [*head, (" ", regular, 20, ink), company], "left")
        _column(draw, 560, 300, [(line, regular, 27, ink) for line in contact], "left")
    elif spec.layout == "centred":
        _column(draw, WIDTH // 2, 60, [company, (" ", regular, 30, ink), *head,
                                       (" ", regular, 20, ink),
                                       *((line, regular, 28, soft) for line in contact)], "centre")
    else:  # left, dark, logo-right
        if spec.layout == "logo-right":
            _logo(draw, spec, ink)
        _column(draw, 70, 60, [*head, (" ", regular, 16, ink), company, (" ", regular, 40, ink),
                               *((line, regular, 28, ink) for line in contact)], "left")
    return card


def _phone_line(spec: CardSpec) -> str:
    label = spec.labels["phone"]
    return spec.printed_phone if label == "+" else label + spec.printed_phone


def _column(draw: ImageDraw.ImageDraw, x: int, y: int, lines: list[tuple[str, str, int, str]],
            align: str) -> None:
    for text, font_path, size, colour in lines:
        font = ImageFont.truetype(font_path, size)
        width = draw.textlength(text, font=font)
        left = x - width / 2 if align == "centre" else x
        draw.text((left, y), text, font=font, fill=colour)
        y += int(size * 1.35)


def _logo(draw: ImageDraw.ImageDraw, spec: CardSpec, ink: str) -> None:
    """A mark and initials in the top right, as many cards have."""
    draw.ellipse((820, 50, 980, 210), fill="#e4572e")
    draw.rectangle((860, 90, 940, 170), fill="#ffffff")
    initials = "".join(w[0] for w in spec.company.split()[:2]).upper()
    font = ImageFont.truetype(str(FONT_DIR / spec.fonts[1]), 44)
    draw.text((900, 130), initials, font=font, fill=ink, anchor="mm")


# -- photographing -----------------------------------------------------------------------------

def photograph(card: Image.Image, seed: int) -> bytes:
    """The card on a table: turned up to 8 degrees, blurred, lit unevenly, a JPEG of it."""
    rng = random.Random(seed)
    table = _table(rng, (1600, 1200))
    angle = rng.uniform(-8, 8)
    turned = card.convert("RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    scale = rng.uniform(1.0, 1.25)
    turned = turned.resize((int(turned.width * scale), int(turned.height * scale)),
                           Image.Resampling.BICUBIC)
    x = (table.width - turned.width) // 2 + rng.randint(-60, 60)
    y = (table.height - turned.height) // 2 + rng.randint(-60, 60)
    shadow = Image.new("RGBA", turned.size, (0, 0, 0, 90))
    table.paste(shadow, (x + 12, y + 14), turned.split()[3])
    table.paste(turned, (x, y), turned)
    photo = table.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.6)))
    photo = _uneven_light(photo, rng)
    photo = ImageEnhance.Contrast(photo).enhance(rng.uniform(0.8, 1.0))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=rng.randint(60, 85))
    return out.getvalue()


def _table(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    base = rng.choice([(132, 94, 62), (90, 90, 96), (170, 150, 120), (60, 48, 40)])
    table = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(table)
    for y in range(0, size[1], 6):  # wood grain
        shade = rng.randint(-14, 14)
        draw.line((0, y, size[0], y + rng.randint(-8, 8)),
                  fill=tuple(max(0, min(255, c + shade)) for c in base), width=4)
    return table


def _uneven_light(photo: Image.Image, rng: random.Random) -> Image.Image:
    """A lamp to one side: brightness falls off across the frame."""
    side = 2 * max(photo.size)  # turned, then cut from the middle: no dark corners
    gradient = Image.linear_gradient("L").resize((side, side)).rotate(rng.uniform(0, 360))
    left, top = (side - photo.width) // 2, (side - photo.height) // 2
    gradient = gradient.crop((left, top, left + photo.width, top + photo.height))
    low = rng.randint(110, 170)
    light = gradient.point(lambda v: low + (255 - low) * v // 255)
    return Image.composite(photo, Image.new("RGB", photo.size, "black"),
                           light).point(lambda v: min(255, int(v * 1.1)))


def truth(spec: CardSpec) -> dict[str, str]:
    """The six fields a reader is scored on."""
    return {"name": spec.name, "title": spec.title, "company": spec.company, "email": spec.email,
            "phone": spec.phone, "website": spec.website}


def write_set(folder: Path, split: str, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    specs = card_specs(split, count)
    for spec in specs:
        scan = render_card(spec)
        scan.save(folder / f"{split}-{spec.number:03}-scan.png")
        (folder / f"{split}-{spec.number:03}-photo.jpg").write_bytes(photograph(scan, spec.number))
    (folder / f"{split}-truth.json").write_text(
        json.dumps([asdict(s) for s in specs], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    write_set(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "tune",
              int(sys.argv[3]) if len(sys.argv) > 3 else 40)
