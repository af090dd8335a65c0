"""Unit words in one spelling (`one_unit`: "Litres" -> "litre", "kg" -> "kilogram"), and units
of one measure said two ways in one story ("4,650 litres … 750 ml bottles", "680 g of olive oil
at £6.40/kg"): how many of the smaller make one of the larger, exactly. Pure data."""

from __future__ import annotations

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
    "people": "person",  # "3 people" at "£8.50 per person"
}


def one_unit(word: str) -> str:
    """A unit word in one spelling: "Litres" -> "litre", "boxes" -> "box", "h" -> "hour"."""
    word = word.lower()
    if word in ALIASES:
        return ALIASES[word]
    for tail, keep in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
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
}


def in_one(unit: str, per: str) -> int | None:
    """How many `unit` make one `per` when that is whole ("gram", "kilogram" -> 1000; the same
    unit -> 1), or None when they measure different things or `per` is the smaller."""
    if unit == per:
        return 1
    if unit not in SCALE or per not in SCALE or SCALE[unit][0] != SCALE[per][0]:
        return None
    small, big = SCALE[unit][1], SCALE[per][1]
    return big // small if big % small == 0 else None
