"""Word lists for realistic demo data. Each name comes with the ASCII form used in e-mails."""

from __future__ import annotations

import random

from showroom.vehicles.domain import vin_check_digit

# locale: (phone region, language, weight, given names, family names)
# Names are (display form, ASCII form for e-mail addresses).
EN_GIVEN = [
    ("Oliver", "oliver"),
    ("Amelia", "amelia"),
    ("George", "george"),
    ("Isla", "isla"),
    ("Harry", "harry"),
    ("Ava", "ava"),
    ("Jack", "jack"),
    ("Emily", "emily"),
    ("Noah", "noah"),
    ("Sophie", "sophie"),
    ("Charlie", "charlie"),
    ("Grace", "grace"),
    ("Thomas", "thomas"),
    ("Chloé", "chloe"),
    ("James", "james"),
    ("Zoë", "zoe"),
]
EN_FAMILY = [
    ("Smith", "smith"),
    ("Jones", "jones"),
    ("Taylor", "taylor"),
    ("Brown", "brown"),
    ("Williams", "williams"),
    ("Wilson", "wilson"),
    ("Johnson", "johnson"),
    ("Davies", "davies"),
    ("Robinson", "robinson"),
    ("Wright", "wright"),
    ("Thompson", "thompson"),
    ("Evans", "evans"),
    ("O'Brien", "obrien"),
    ("Walker", "walker"),
    ("White", "white"),
    ("Hughes", "hughes"),
]
DE_GIVEN = [
    ("Lukas", "lukas"),
    ("Jürgen", "juergen"),
    ("Sören", "soeren"),
    ("Maximilian", "maximilian"),
    ("Anna", "anna"),
    ("Jörg", "joerg"),
    ("Leonie", "leonie"),
    ("Käthe", "kaethe"),
    ("Felix", "felix"),
    ("Hannah", "hannah"),
    ("Björn", "bjoern"),
    ("Lena", "lena"),
]
DE_FAMILY = [
    ("Müller", "mueller"),
    ("Schmidt", "schmidt"),
    ("Schneider", "schneider"),
    ("Fischer", "fischer"),
    ("Weiß", "weiss"),
    ("Schäfer", "schaefer"),
    ("Becker", "becker"),
    ("Hoffmann", "hoffmann"),
    ("Köhler", "koehler"),
    ("Groß", "gross"),
    ("Wagner", "wagner"),
    ("Krüger", "krueger"),
]
FR_GIVEN = [
    ("Léa", "lea"),
    ("Chloé", "chloe"),
    ("Hugo", "hugo"),
    ("Gabriel", "gabriel"),
    ("Élodie", "elodie"),
    ("Benoît", "benoit"),
    ("Manon", "manon"),
    ("Jérôme", "jerome"),
    ("Inès", "ines"),
    ("François", "francois"),
    ("Camille", "camille"),
    ("Noël", "noel"),
]
FR_FAMILY = [
    ("Martin", "martin"),
    ("Bernard", "bernard"),
    ("Dubois", "dubois"),
    ("Lefèvre", "lefevre"),
    ("Moreau", "moreau"),
    ("Girard", "girard"),
    ("Fournier", "fournier"),
    ("Lemaître", "lemaitre"),
    ("Mercier", "mercier"),
    ("Bonnet", "bonnet"),
    ("Faure", "faure"),
    ("Rousseau", "rousseau"),
]
PL_GIVEN = [
    ("Łukasz", "lukasz"),
    ("Małgorzata", "malgorzata"),
    ("Paweł", "pawel"),
    ("Zofia", "zofia"),
    ("Michał", "michal"),
    ("Agnieszka", "agnieszka"),
    ("Wojciech", "wojciech"),
    ("Jadwiga", "jadwiga"),
    ("Krzysztof", "krzysztof"),
    ("Katarzyna", "katarzyna"),
    ("Tomasz", "tomasz"),
    ("Anna", "anna"),
]
PL_FAMILY_M = [
    ("Nowak", "nowak"),
    ("Kowalski", "kowalski"),
    ("Wiśniewski", "wisniewski"),
    ("Wójcik", "wojcik"),
    ("Kamiński", "kaminski"),
    ("Lewandowski", "lewandowski"),
    ("Zieliński", "zielinski"),
    ("Szymański", "szymanski"),
    ("Woźniak", "wozniak"),
    ("Dąbrowski", "dabrowski"),
    ("Kozłowski", "kozlowski"),
    ("Jankowski", "jankowski"),
]
PL_FEMININE_GIVEN = {"Małgorzata", "Zofia", "Agnieszka", "Jadwiga", "Katarzyna", "Anna"}
ZH_FAMILY = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("欧阳", "ouyang"),
    ("司马", "sima"),
]
ZH_GIVEN = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("磊", "lei"),
    ("强", "qiang"),
    ("洋", "yang"),
    ("秀英", "xiuying"),
    ("建华", "jianhua"),
    ("丽娟", "lijuan"),
    ("志明", "zhiming"),
    ("晓燕", "xiaoyan"),
    ("俊杰", "junjie"),
    ("雪", "xue"),
    ("浩然", "haoran"),
]

LOCALES = {
    # code: (phone region, preferred language, weight, e-mail domain)
    "en": ("GB", "en", 30, "example.co.uk"),
    "de": ("DE", "en", 20, "example.de"),
    "fr": ("FR", "en", 15, "example.fr"),
    "pl": ("PL", "en", 15, "example.pl"),
    "zh": ("CN", "zh", 20, "example.cn"),
}

STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Park Avenue",
    "Mill Lane",
    "Queen's Road",
    "Kings Way",
    "Manor Close",
    "Orchard Way",
]
TOWNS = ["London", "Croydon", "Kingston", "Richmond", "Bromley", "Watford", "Slough", "Harrow"]

# make, WMI, [(model, trims, list price)], model-year letter per year
CATALOGUE = [
    (
        "Volkswagen",
        "WVW",
        [
            ("Golf", ("Life", "Style", "R-Line", "GTI"), 28_500),
            ("ID.4", ("Pure", "Pro", "GTX"), 41_900),
            ("Tiguan", ("Life", "Elegance", "R-Line"), 36_200),
            ("Polo", ("Life", "Style"), 21_300),
        ],
    ),
    (
        "Škoda",
        "TMB",
        [
            ("Octavia", ("SE", "SE L", "vRS"), 27_900),
            ("Enyaq", ("60", "85", "Coupé vRS"), 43_500),
            ("Kodiaq", ("SE", "Sportline"), 38_700),
        ],
    ),
    (
        "Audi",
        "WAU",
        [
            ("A3 Sportback", ("Sport", "S line"), 32_400),
            ("Q4 e-tron", ("Sport", "S line", "Edition 1"), 49_900),
            ("A6 Avant", ("Sport", "S line", "Black Edition"), 52_300),
        ],
    ),
    ("SEAT", "VSS", [("Ibiza", ("SE", "FR"), 19_800), ("Leon", ("SE", "FR", "Xcellence"), 25_600)]),
]
COLOURS = [
    "Pure White",
    "Deep Black Pearl",
    "Moonstone Grey",
    "Kings Red",
    "Atlantic Blue",
    "Reflex Silver",
    "Pomelo Yellow",
    "Kurkuma Green",
]
YEAR_CODES = {2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V"}
FLOOR_POSITIONS = [
    "Window left",
    "Window right",
    "Centre stage",
    "Entrance",
    "EV corner",
    "Back wall 1",
    "Back wall 2",
    "Delivery lounge",
]

CONSULTANTS = [
    ("anna.kowalska", "Anna Kowalska"),
    ("ben.carter", "Ben Carter"),
    ("li.na", "李娜"),
    ("max.weber", "Max Weber"),
    ("sophie.martin", "Sophie Martin"),
    ("tom.hughes", "Tom Hughes"),
]
MANAGER = ("claire.dubois", "Claire Dubois")
ADMIN = ("it.admin", "IT Admin")

INTERACTION_TEXTS = {
    "visit": [
        "Walk-in: looked at the {model}",
        "Return visit: compared trims of the {model}",
        "Came in with family to sit in the {model}",
    ],
    "call": [
        "Call: asked about finance on the {model}",
        "Call: wants a trade-in valuation",
        "Call: no answer, left a voicemail",
        "Call: will decide after the holidays",
    ],
    "message": ["Sent the {model} brochure by message", "Message: confirmed the appointment"],
    "email": ["E-mailed a quote for the {model}", "E-mail: asked for delivery times"],
    "test_drive": [
        "Test drive in the {model}: liked the ride",
        "Test drive in the {model}: too small",
    ],
    "note": ["Prefers to be called after 5 pm", "Partner decides on colour", "Budget is firm"],
    "complaint": ["Complaint: waited too long at the desk"],
    "deal_step": ["Deposit received for the {model}", "Finance approved"],
    "delivery": ["Delivered the {model}"],
}
INTERACTION_WEIGHTS = {
    "visit": 22,
    "call": 30,
    "message": 12,
    "email": 16,
    "test_drive": 8,
    "note": 8,
    "complaint": 1,
    "deal_step": 2,
    "delivery": 1,
}

FOLLOW_UP_REASONS = [
    "Call about the {model} quote",
    "Invite back for a second test drive",
    "Send the finance offer for the {model}",
    "Check if the trade-in valuation is accepted",
    "Return visit: show the new colours",
]


def make_vin(rng: random.Random, wmi: str, model_code: str, year: int, serial: int) -> str:
    """A VIN with a correct ISO 3779 check digit."""
    code = "".join(c for c in model_code.upper() if c.isascii() and c.isalnum() and c not in "IOQ")
    body = f"{wmi}{code:Z<5.5}"
    vin = f"{body}0{YEAR_CODES.get(year, 'T')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{serial:06d}"
    return vin[:8] + vin_check_digit(vin) + vin[9:]
