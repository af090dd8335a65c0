"""Unit words in one spelling (`one_unit`: "Litres" -> "litre", "kg" -> "kilogram"), and units
of one measure said two ways in one story ("4,650 litres … 750 ml bottles", "680 g of olive oil
at £6.40/kg"): how many of the smaller make one of the larger, exactly. Pure data."""

from __future__ import annotations

import re
from decimal import Decimal

NUM = r"\d[\d,]*(?:\.\d+)?"  # a number as a story writes it ("1,450", "23.5")

# One name for the units people write several ways.
ALIASES = {
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "s": "second",
    "sec": "second",
    "secs": "second",
    "min": "minute",
    "mins": "minute",
    "g": "gram",
    "gr": "gram",
    "kg": "kilogram",
    "l": "litre",
    "liter": "litre",
    "ml": "millilitre",
    "km": "kilometre",
    "cm": "centimetre",
    "centimeter": "centimetre",
    "mm": "millimetre",
    "millimeter": "millimetre",
    "milliliter": "millilitre",
    "kilogramme": "kilogram",
    "kilo": "kilogram",
    "kilometer": "kilometre",
    "m": "metre",
    "meter": "metre",
    "kw": "kilowatt",
    "kph": "kilometre/hour",
    "mph": "mile/hour",
    "mpg": "mile/gallon",  # (US or imperial: the gallons come out in the same one)
    "ft": "foot",  # imperial: "£42 per foot of hull … a 57 ft narrowboat"
    "feet": "foot",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "yd": "yard",
    "yds": "yard",
    "gal": "gallon",
    "ha": "hectare",  # "14 paddies of 0.6 ha each yield 5.2 tonnes per hectare"
    "people": "person",  # "3 people" at "£8.50 per person"
    # data: binary multiples (KiB …) and decimal ones (kB …), which software may also mean as
    # binary, kept apart so that one is never read as the other
    **{
        short: f"{prefix}byte"
        for prefix, shorts in (
            ("kibi", ("kib",)),
            ("mebi", ("mib",)),
            ("gibi", ("gib",)),
            ("tebi", ("tib",)),
            ("kilo", ("kb",)),
            ("mega", ("mb",)),
            ("giga", ("gb",)),
            ("tera", ("tb",)),
        )
        for short in shorts
    },
}


def one_unit(word: str) -> str:
    """A unit word in one spelling: "Litres" -> "litre", "boxes" -> "box", "h" -> "hour"."""
    word = word.lower()
    if word in ALIASES:
        return ALIASES[word]
    for tail, keep in (
        *(("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("sses", "ss")),
        ("s", ""),
    ):
        if word.endswith(tail) and len(word) > len(tail) + 1 and not word.endswith(("ss", "us")):
            word = word[: -len(tail)] + keep
            break
    return ALIASES.get(word, word)


# each unit in the smallest of its measure
SCALE = {
    "millimetre": ("length", 1),
    "centimetre": ("length", 10),
    "metre": ("length", 1000),
    "kilometre": ("length", 1000000),
    "gram": ("mass", 1),
    "kilogram": ("mass", 1000),
    "tonne": ("mass", 1000000),
    "millilitre": ("volume", 1),
    "litre": ("volume", 1000),
    **{
        f"{p}byte": ("binary data", 1024**k)
        for k, p in enumerate(("", "kibi", "mebi", "gibi", "tebi"))
    },
    # (kB, MB, GB, TB each a measure of its own: decimal to some, binary to others)
    **{f"{p}byte": (f"{p}byte", 1) for p in ("kilo", "mega", "giga", "tera")},
}


# Units that measure, not things counted: "each" is never one of them ("A 24 kg wheel sells at
# €31.20 each" is a price a wheel)
MEASURE_UNITS = frozenset(
    (*SCALE, "tonne", "mile", "foot", "inch", "yard", "pound", "ounce", "gallon", "hectare", "acre")
)


def in_one(unit: str, per: str) -> int | None:
    """How many `unit` make one `per` when that is whole ("gram", "kilogram" -> 1000; the same
    unit -> 1), or None when they measure different things or `per` is the smaller."""
    if unit == per:
        return 1
    if unit not in SCALE or per not in SCALE or SCALE[unit][0] != SCALE[per][0]:
        return None
    small, big = SCALE[unit][1], SCALE[per][1]
    return big // small if big % small == 0 else None


# An area unit said in two words or with a power is one unit where something is priced by area:
# "per square metre" and "21.6 m²" are both "sqm" (read word by word, "square" was the unit of
# both "square foot" and "square metres", and £23.95 a square foot was multiplied by square
# metres).
_AREA_NAMES = {
    "metre": "sqm", "metres": "sqm", "meter": "sqm", "meters": "sqm", "m": "sqm",
    "foot": "sqft", "feet": "sqft", "ft": "sqft",
    "yard": "sqyd", "yards": "sqyd", "yd": "sqyd",
    "centimetre": "sqcm", "centimetres": "sqcm", "cm": "sqcm",
    "kilometre": "sqkm", "kilometres": "sqkm", "km": "sqkm",
    "inch": "sqin", "inches": "sqin", "in": "sqin",
    "mile": "sqmi", "miles": "sqmi",
}  # fmt: skip
_AREA = re.compile(
    r"\b(?:square|sq\.?)\s+(?P<name>[a-z]+)\b|(?<=\d)\s?(?P<sym>m|cm|km|ft|yd|in)(?:²|\^2)(?!\w)"
    r"|(?<=\bper\s)(?P<per>m|cm|km|ft|yd|in)(?:²|\^2)(?!\w)",  # ("£185 per m²")
    re.IGNORECASE,
)


_AREA_RATE = re.compile(
    r"\b(?:per|an?)\s+(?:square|sq\.?)\s+[a-z]+|(?:\bper\s+|/\s?)(?:m|cm|km|ft|yd|in)(?:²|\^2)",
    re.IGNORECASE,
)


# The two sides of one rectangle in one unit: "1.2 m by 0.85 m", "14 m long and 4.5 m wide"
_SIDE_UNIT = r"\s?(?P<u>m|metres?|meters?|ft|feet|foot|yd|yards?|cm|centimetres?)"
_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a>{NUM}){_SIDE_UNIT}\s+(?:by|x|×)\s+(?P<b>{NUM})\s?(?P=u)\b"
    rf"|(?<![\w.,])(?P<a2>{NUM}){_SIDE_UNIT.replace('<u>', '<u2>')}\s+long,?\s+(?:and|by)\s+"
    rf"(?P<b2>{NUM})\s?(?P=u2)\s+(?:wide|across)\b",
    re.IGNORECASE,
)


def _area_of_sides(text: str) -> str:
    """One rectangle's sides as its area in the unit squared: "1.2 m by 0.85 m" -> "1.02 square
    m", when the story holds one such pair (two rooms, or sides in two units, are left)."""
    found = list(_SIDES.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    a, b = (m["a"] or m["a2"]).replace(",", ""), (m["b"] or m["b2"]).replace(",", "")
    area = format((Decimal(a) * Decimal(b)).normalize(), "f")
    return f"{text[: m.start()]}{area} square {m['u'] or m['u2']}{text[m.end() :]}"


# A volume in cubic metres, one unit however it is written: "62 cubic metres", "0.126 m³"
_CUBIC_METRES = re.compile(
    r"\bcubic\s+(?:metres?|meters?)\b|(?<=\d)\s?m(?:³|\^3)(?!\w)", re.IGNORECASE
)


def one_area(text: str) -> str:
    """`text` with each area unit written as one word ("sqm", "sqft") when something is priced
    (or counted) by area, and a rectangle's two sides as its area; an unknown unit is left. A
    volume in cubic metres is one word too ("cum"), so its rate reads as one unit."""
    if "cubic" in text.lower() or "³" in text or "^3" in text:
        text = _CUBIC_METRES.sub(lambda m: " cum" if m.group()[0] in " m" else "cum", text)
    if ("sq" not in text.lower() and "²" not in text) or not _AREA_RATE.search(text):
        return text  # (no price by area: "4.2 m by 3.6 m — how many square metres?" is a product)
    text = _area_of_sides(text)

    def one(m: re.Match[str]) -> str:
        name = _AREA_NAMES.get((m["name"] or m["sym"] or m["per"]).lower())
        return m.group() if name is None else (" " if m["sym"] else "") + name

    return _AREA.sub(one, text)


# A time said in hours and minutes: "a session of 3 hours 45 minutes" is 3.75 hours when the
# minutes are a whole number of 3-minute steps (a terminating decimal of an hour)
_HOURS_MINUTES = re.compile(
    r"(?<![\d.,])(\d{1,3})\s+hours?\s+(?:and\s+)?(\d{1,2})\s+min(?:ute)?s?\b", re.IGNORECASE
)


def hours_said(text: str) -> str:
    """`text` with "3 hours 45 minutes" as "3.75 hours" (minutes that make no exact decimal of
    an hour are left as they were)."""
    if " min" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        minutes = int(m[2])
        if minutes >= 60 or minutes % 3:
            return m.group()
        return f"{Decimal(m[1]) + Decimal(minutes) / 60} hours"

    return _HOURS_MINUTES.sub(one, text)
