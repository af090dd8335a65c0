"""Unit-conversion items for the router's dev sets: phrasing families, SI prefixes, compound and
chained conversions, and look-alike negatives. Answers come from the exact factors below (the
NIST definitions), never from pint or the units tool.
"""

from __future__ import annotations

import random
from fractions import Fraction as F

from common import negative, positive

# (singular, plural, symbol, factor to the base unit of the dimension)
LENGTH = [
    ("meter", "meters", "m", F(1)),
    ("kilometer", "kilometers", "km", F(1000)),
    ("centimeter", "centimeters", "cm", F(1, 100)),
    ("millimeter", "millimeters", "mm", F(1, 1000)),
    ("inch", "inches", "in", F("0.0254")),
    ("foot", "feet", "ft", F("0.3048")),
    ("yard", "yards", "yd", F("0.9144")),
    ("mile", "miles", "mi", F("1609.344")),
    ("nautical mile", "nautical miles", "nmi", F(1852)),
]
MASS = [
    ("kilogram", "kilograms", "kg", F(1)),
    ("gram", "grams", "g", F(1, 1000)),
    ("milligram", "milligrams", "mg", F(1, 10**6)),
    ("pound", "pounds", "lb", F("0.45359237")),
    ("ounce", "ounces", "oz", F("0.45359237") / 16),
    ("stone", "stones", "st", F("0.45359237") * 14),
    ("metric ton", "metric tons", "t", F(1000)),
]
TIME = [
    ("second", "seconds", "s", F(1)),
    ("minute", "minutes", "min", F(60)),
    ("hour", "hours", "h", F(3600)),
    ("day", "days", "d", F(86400)),
    ("week", "weeks", "wk", F(604800)),
]
GAL = F("3.785411784") / 1000
VOLUME = [
    ("liter", "liters", "L", F(1, 1000)),
    ("milliliter", "milliliters", "mL", F(1, 10**6)),
    ("US gallon", "US gallons", "gal", GAL),
    ("quart", "quarts", "qt", GAL / 4),
    ("pint", "pints", "pt", GAL / 8),
    ("cup", "cups", "cup", GAL / 16),
    ("fluid ounce", "fluid ounces", "fl oz", GAL / 128),
    ("tablespoon", "tablespoons", "tbsp", GAL / 256),
    ("teaspoon", "teaspoons", "tsp", GAL / 768),
    ("cubic meter", "cubic meters", "m^3", F(1)),
]
LBF = F("0.45359237") * F("9.80665")
ENERGY = [
    ("joule", "joules", "J", F(1)),
    ("kilojoule", "kilojoules", "kJ", F(1000)),
    ("calorie", "calories", "cal", F("4.184")),
    ("kilocalorie", "kilocalories", "kcal", F(4184)),
    ("watt hour", "watt hours", "Wh", F(3600)),
    ("kilowatt hour", "kilowatt hours", "kWh", F(3600000)),
]
PRESSURE = [
    ("pascal", "pascals", "Pa", F(1)),
    ("kilopascal", "kilopascals", "kPa", F(1000)),
    ("bar", "bars", "bar", F(100000)),
    ("atmosphere", "atmospheres", "atm", F(101325)),
    ("psi", "psi", "psi", LBF / F("0.0254") ** 2),
]
SPEED = [
    ("meter per second", "meters per second", "m/s", F(1)),
    ("kilometer per hour", "kilometers per hour", "km/h", F(1000, 3600)),
    ("mile per hour", "miles per hour", "mph", F("1609.344") / 3600),
    ("foot per second", "feet per second", "ft/s", F("0.3048")),
    ("knot", "knots", "kn", F(1852, 3600)),
]
DATA = [
    ("byte", "bytes", "B", F(1)),
    ("kilobyte", "kilobytes", "kB", F(1000)),
    ("megabyte", "megabytes", "MB", F(10**6)),
    ("gigabyte", "gigabytes", "GB", F(10**9)),
    ("kibibyte", "kibibytes", "KiB", F(1024)),
    ("mebibyte", "mebibytes", "MiB", F(1024**2)),
]
DIMENSIONS = [LENGTH, MASS, TIME, VOLUME, ENERGY, PRESSURE, SPEED, DATA]

PREFIXES = [
    ("deca", "da", 1),
    ("hecto", "h", 2),
    ("kilo", "k", 3),
    ("mega", "M", 6),
    ("giga", "G", 9),
    ("tera", "T", 12),
    ("peta", "P", 15),
    ("deci", "d", -1),
    ("centi", "c", -2),
    ("milli", "m", -3),
    ("micro", "µ", -6),
    ("nano", "n", -9),
    ("pico", "p", -12),
    ("femto", "f", -15),
]
SI_UNITS = [  # (name, plural, symbol)
    ("candela", "candelas", "cd"),
    ("mole", "moles", "mol"),
    ("ampere", "amperes", "A"),
    ("hertz", "hertz", "Hz"),
    ("pascal", "pascals", "Pa"),
    ("newton", "newtons", "N"),
    ("kelvin", "kelvins", "K"),
    ("meter", "meters", "m"),
    ("gram", "grams", "g"),
    ("second", "seconds", "s"),
    ("liter", "liters", "L"),
    ("joule", "joules", "J"),
    ("watt", "watts", "W"),
    ("volt", "volts", "V"),
    ("coulomb", "coulombs", "C"),
    ("ohm", "ohms", "Ω"),
    ("farad", "farads", "F"),
    ("henry", "henries", "H"),
    ("siemens", "siemens", "S"),
    ("weber", "webers", "Wb"),
    ("tesla", "teslas", "T"),
    ("lumen", "lumens", "lm"),
    ("lux", "lux", "lx"),
    ("becquerel", "becquerels", "Bq"),
    ("gray", "grays", "Gy"),
    ("sievert", "sieverts", "Sv"),
    ("katal", "katals", "kat"),
]

BASIC = [
    "Convert {q} {a} to {b}.",
    "What is {q} {a} in {b}?",
    "How many {b} are in {q} {a}?",
    "How many {b} is {q} {a}?",
    "{q} {a} = ? {b}",
    "{q} {a} to {b}",
    "What's {q} {a} in {b}?",
    "Express {q} {a} in {b}.",
]
STATEMENT = [
    "{q} {a} expressed in {b} is",
    "{q} {a} expressed in units of {b} is",
    "{q} {a} in units of {b} is",
    "{q} {a} converted to {b} is",
    "{q} {a} is equal to how many {b}?",
    "{q} {a} corresponds to how many {b}?",
    "The value of {q} {a} in {b} is",
    "{q} {a} is how many {b}?",
]
TARGET_FIRST = [
    "Expressed in units of {b}, {q} {a} is",
    "Expressed in {b}, {q} {a} is",
    "In {b}, {q} {a} is",
    "In {b}, how much is {q} {a}?",
    "In {b}, what is {q} {a}?",
    "In units of {b}, {q} {a} equals",
    "Converted to {b}, {q} {a} is",
    "In {b}, {q} {a} equals",
]
CHAINED = [
    "Convert {q} {a} to {b}, then to {c}.",
    "Convert {q} {a} to {b} and then to {c}.",
    "{q} {a} to {b} to {c}",
    "What is {q} {a} in {b}, and then in {c}?",
]
NEGATIVES = [
    "Convert 100 USD to EUR.",
    "How many yen is 5 dollars?",
    "How many grams in a cup of flour?",
    "How many calories in a banana?",
    "How many kilograms does a gallon of milk weigh?",
    "How many liters of water weigh 5 kg?",
    "I ran 5 km in 30 minutes. How fast was I going?",
    "If 1 blorp is 3 meters, how many blorps are in 12 m?",
    "Suppose a zing equals 4 feet. How many zings in 20 feet?",
    "How do you say 5 meters in French?",
    "Write 5 kilometers in Roman numerals.",
    "What is a newton?",
    "Why is a mile 5280 feet?",
    "Convert this recipe to metric: 2 cups flour, 1 cup sugar.",
    "Write a Python function that converts km to miles.",
    "How many feet tall is the Eiffel Tower?",
    "How many miles is it from Paris to London?",
    "How many minutes does it take to walk 5 km?",
    "How many steps are in a mile?",
    "Is 5 km longer than 3 miles? Explain.",
    "What is 5 kg in pounds, and why do Americans use pounds?",
    "Explain how to convert 10 meters to feet.",
    "What is heavier, a ton of bricks or a ton of feathers?",
    "How many cups of coffee in a pound of beans?",
    "How many megapixels is a 4K image?",
    "Convert 5 km to miles in your head and show the trick.",
    "How many pages is 50,000 words?",
    "How many bytes does the string 'hello' take in Python?",
    "What is 100 degrees in the shade like?",
    "How many grams of sugar in a can of Coke?",
    "How many kWh does a fridge use per day?",
    "How many liters is my car's tank?",
    "Translate '5 kilograms' into German.",
    "What's 5 feet in height percentiles for women?",
    "How long is 3 m in a story about giants?",
    "I need 2 liters of milk, 3 kg of rice and 5 eggs. Write my shopping list.",
    "How many euros is 20 pounds?",
    "How many pounds is 20 euros?",
    "Convert 3 bitcoins to dollars.",
]


def _fmt(x: F) -> str:
    text = f"{float(x):.6g}"
    return text if "e" not in text else str(float(x))


def _quantity(rng: random.Random) -> F:
    kind = rng.random()
    if kind < 0.5:
        return F(rng.randint(1, 999))
    if kind < 0.8:
        return F(rng.randint(1, 9999), 10)
    return F(rng.randint(1, 99999), 100)


def _item(family: str, query: str, value: F) -> dict:
    return positive("units", family, query, value, 1e-4)


def _pair(rng: random.Random):
    dim = rng.choice(DIMENSIONS)
    a, b = rng.sample(dim, 2)
    return a, b


def _name(unit, q: F, rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["name", "symbol"])
    if style == "symbol":
        return unit[2]
    return unit[0] if q == 1 else unit[1]


def conversions(rng: random.Random, family: str, templates: list[str], n: int) -> list[dict]:
    out = []
    for i in range(n):
        a, b = _pair(rng)
        q = _quantity(rng)
        query = templates[i % len(templates)].format(
            q=_fmt(q), a=_name(a, q, rng), b=_name(b, F(2), rng)
        )
        out.append(_item(family, query, q * a[3] / b[3]))
    return out


def si_prefixes(rng: random.Random) -> list[dict]:
    """Every prefix on every SI unit, in full and in symbol form, against the bare unit or
    another prefix (the answer is a power of ten)."""
    out = []
    for unit in SI_UNITS:
        for name, symbol, exp in PREFIXES:
            if unit[0] == "gram" and name == "kilo":
                continue  # the kilogram is the base unit; covered by plain conversions
            q = _quantity(rng)
            other_name, other_symbol, other_exp = rng.choice(
                [("", "", 0)] + [p for p in PREFIXES if p[0] != name]
            )
            value = q * F(10) ** (exp - other_exp)
            if rng.random() < 0.5:
                a, b = f"{name}{unit[1]}", f"{other_name}{unit[1]}"
                fam = "u-si-prefix-full"
            else:
                a, b = f"{symbol}{unit[2]}", f"{other_symbol}{unit[2]}"
                fam = "u-si-prefix-symbol"
            template = rng.choice(BASIC[:4] + STATEMENT[:3] + TARGET_FIRST[:3])
            out.append(_item(fam, template.format(q=_fmt(q), a=a, b=b), value))
    return out


def compound(rng: random.Random, n: int) -> list[dict]:
    """Products, quotients and powers of units on both sides."""
    inch, foot, mile = F("0.0254"), F("0.3048"), F("1609.344")
    shapes = [
        ("{q} newtons per inch^2 in dynes per foot^2", F(10**5) * foot**2 / inch**2),
        ("{q} N/in^2 to dyn/ft^2", F(10**5) * foot**2 / inch**2),
        ("Convert {q} km^2 kg / min^2 to m^2 g / s^2", F(10**6) * 1000 / 3600),
        ("{q} kg m/s^2 in N", F(1)),
        ("{q} g/cm^3 in kg/m^3", F(1000)),
        ("What is {q} mi/h in ft/s?", mile / foot / 3600),
        ("{q} kilonewton-meters in newton meters", F(1000)),
        ("{q} J/s in W", F(1)),
        ("Convert {q} m^3/h to L/min.", F(1000, 60)),
        ("{q} kg/m^2 expressed in g/cm^2 is", F(1, 10)),
        ("{q} W h in J", F(3600)),
        ("What is {q} ft^2 in m^2?", foot**2),
        ("{q} cubic inches in cubic centimeters", (inch * 100) ** 3),
        ("{q} km/h/s in m/s^2", F(1000, 3600)),
    ]
    out = []
    for i in range(n):
        text, factor = shapes[i % len(shapes)]
        q = _quantity(rng)
        out.append(_item("u-compound", text.format(q=_fmt(q)), q * factor))
    return out


def chained(rng: random.Random, n: int) -> list[dict]:
    out = []
    for i in range(n):
        dim = rng.choice([LENGTH, MASS, TIME, VOLUME, ENERGY])
        a, b, c = rng.sample(dim, 3)
        q = _quantity(rng)
        query = CHAINED[i % len(CHAINED)].format(
            q=_fmt(q), a=_name(a, q, rng), b=_name(b, F(2), rng), c=_name(c, F(2), rng)
        )
        out.append(_item("u-chained", query, q * a[3] / c[3]))
    return out


def mixed(rng: random.Random, n: int) -> list[dict]:
    shapes = [
        ("{x} ft {y} in to cm", F("30.48"), F("2.54"), F(1)),
        ("How many minutes in {x} hours {y} minutes?", F(60), F(1), F(1)),
        ("Convert {x} lb {y} oz to grams.", F("453.59237"), F("453.59237") / 16, F(1)),
        ("{x} feet {y} inches in meters", F("0.3048"), F("0.0254"), F(1)),
        ("What is {x} h {y} min in seconds?", F(3600), F(60), F(1)),
        ("{x} m {y} cm in inches", F(100), F(1), F("2.54")),
    ]
    out = []
    for i in range(n):
        text, fx, fy, to = shapes[i % len(shapes)]
        x, y = rng.randint(1, 12), rng.randint(1, 11)
        out.append(_item("u-mixed", text.format(x=x, y=y), (x * fx + y * fy) / to))
    return out


def temperatures(rng: random.Random, n: int) -> list[dict]:
    shapes = [
        ("What is {t} °F in °C?", lambda t: (t - 32) * F(5, 9)),
        ("Convert {t} degrees Celsius to Fahrenheit.", lambda t: t * F(9, 5) + 32),
        ("{t} K in °C", lambda t: t - F("273.15")),
        ("In Fahrenheit, {t} °C is", lambda t: t * F(9, 5) + 32),
    ]
    out = []
    for i in range(n):
        text, fn = shapes[i % len(shapes)]
        t = F(rng.randint(-40, 400))
        out.append(_item("u-temperature", text.format(t=t), fn(t)))
    return out


AMBIGUOUS = [
    ("How many kg in a ton?", "907.18474"),
    ("How many kilograms are in a ton?", "1016.0469088"),
    ("How many liters in a barrel?", "158.987294928"),
    ("How many days are in a month?", "30.436875"),
    ("How many hours are in a year?", "8760"),
    ("How many pounds in a hundredweight?", "112"),
    ("How many Calories in 100 kJ?", "23.9006"),
    ("How many feet are in a fathom?", "=6ft"),
    ("How many feet in a furlong?", "=660ft"),
    ("How many square feet in an acre?", "43560"),
]


def build(rng: random.Random) -> list[dict]:
    items = (
        conversions(rng, "u-basic", BASIC, 64)
        + conversions(rng, "u-statement", STATEMENT, 64)
        + conversions(rng, "u-target-first", TARGET_FIRST, 64)
        + si_prefixes(rng)
        + compound(rng, 42)
        + chained(rng, 32)
        + mixed(rng, 24)
        + temperatures(rng, 16)
    )
    items += [positive("units", "u-ambiguous", q, expected) for q, expected in AMBIGUOUS]
    items += [negative("u-look-alike", q) for q in NEGATIVES]
    # a rectangle's sides in one unit, its area asked in another square unit (once a look-alike
    # negative here: the area is exact, 120 ft², and converts exactly)
    items.append(
        positive(
            "units",
            "u-area",
            "My room is 12 ft by 10 ft. What is its area in square meters?",
            12 * 10 * F("0.3048") ** 2,
        )
    )
    return items
