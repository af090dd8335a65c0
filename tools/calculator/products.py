"""The one product of a story's numbers whose units are the asked ones: each number multiplied
or divided, the units cancelling to what the question asks ("142 cow × 27.5 litre/cow = litre").
Units of one measure said two ways ("£14.20 a kilo … 18 g") are read in the smaller, the factor
written out, and so are periods whose sizes are exact (60 minutes an hour, 12 months a year).
`rates` reads the numbers and their units; `only_reading` chooses. Pure arithmetic on units.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from fractions import Fraction

from tools.calculator.measures import ALIASES as _ALIASES
from tools.calculator.measures import SCALE

Quantity = tuple[str, Counter]  # a number as written (no commas) and its units, as exponents
TIMES = ("second", "minute", "hour", "day", "night", "week", "month", "year")
_MAX_NUMBERS = 5


def only_reading(found: list[Quantity], asked: Counter, *, whole: bool = True) -> str | None:
    """The product of the numbers (at most _MAX_NUMBERS), each multiplied or divided, whose
    units are exactly the asked ones, when only one choice gives them ("48000 / 1600" matches for 48,000 XP at
    1,600 XP each); a count of things divided out must come out whole. Units of one measure
    said two ways ("£14.20 a kilo … 18 g") are read in the smaller, the factor written out."""
    if len(found) > _MAX_NUMBERS:
        return None
    factor = Fraction(1)
    readings = _readings(found, asked)
    # (imperial lengths only beside a count or a price: "40 ft by 25 ft … square metres" and
    # "25 mph in km/h" are the converter's)
    counted = any(not set(u) & _SCALES.keys() and v != "1" for v, u in found)  # ("one way": no)
    scales = _SCALES if counted else _METRIC_SCALES
    if not readings and any(name in scales for _, units in [*found, ("", asked)] for name in units):
        smallest = [_in_smallest(units, scales) for _, units in found]
        asked_in, asked_factor = _in_smallest(asked, scales)
        readings = _readings([(v, u) for (v, _), (u, _) in zip(found, smallest)], asked_in)
        if len(readings) == 1:
            factor = Fraction(1, 1) / asked_factor
            for sign, (_, size) in zip(readings[0], smallest, strict=True):
                factor *= size**sign
    if len(readings) != 1:
        return None
    signs = readings[0]
    over = [v for s, (v, _) in zip(signs, found, strict=True) if s < 0]
    expr = " * ".join(v for s, (v, _) in zip(signs, found, strict=True) if s > 0)
    if not expr:
        return None
    if over:
        value = factor
        for v in expr.split(" * "):
            value *= _value(v)
        for v in over:
            value /= _value(v)
        # "km per day": an average over time need not be whole ("biscuits per child" must)
        rate = any(power < 0 and name in TIMES for name, power in asked.items())
        if (
            whole
            and value.denominator != 1
            and not (asked["money"] or rate or set(asked) <= MEASURES)
        ):
            return None  # "How many tables?" coming to 13.6: rounded up or down, the model says
        expr += " / " + (over[0] if len(over) == 1 else "(" + " * ".join(over) + ")")
    if factor.numerator != 1:
        expr += f" * {factor.numerator}"
    if factor.denominator != 1:
        expr += f" / {factor.denominator}"  # ("3 ml a second … litres an hour": * 18 / 5)
    return expr


def _value(v: str) -> Fraction:
    """A number, or like quantities added ("(612 + 587)", see `like_terms`)."""
    return sum((Fraction(p) for p in v.strip("()").split(" + ")), Fraction(0))


def _readings(found: list[Quantity], asked: Counter) -> list[tuple[int, ...]]:
    """Every choice of multiplying (1) or dividing (-1) by each number that leaves the asked
    units."""
    readings = []
    for signs in itertools.product((1, -1), repeat=len(found)):
        total = Counter()
        for sign, (_, units) in zip(signs, found, strict=True):
            for name, power in units.items():
                total[name] += sign * power
        if {k: v for k, v in total.items() if v} == {k: v for k, v in asked.items() if v}:
            readings.append(signs)
    return readings


_SMALLEST = {
    "length": "millimetre",
    "mass": "gram",
    "volume": "millilitre",
    "clock": "second",
    "calendar": "month",
    "stay": "night",
    "binary data": "byte",
    **{f"{p}byte": f"{p}byte" for p in ("kilo", "mega", "giga", "tera")},
}
# Periods whose sizes are exact and never a working day's or week's: an hour is 60 minutes, a
# year 12 months and a week 7 nights; "£15 an hour … a day" may be a working day, and "a week"
# of work 5 days
_PERIOD_SCALE = {
    "second": ("clock", 1),
    "minute": ("clock", 60),
    "hour": ("clock", 3600),
    "month": ("calendar", 1),
    "year": ("calendar", 12),
    # (a week's stay is 7 nights; a week of work is not 7 days, so days are not here)
    "night": ("stay", 1),
    "week": ("stay", 7),
}
# Imperial lengths, exact in millimetres ("35 parkruns of 5 km … how many miles?"); not pounds
# (money, or a weight?) nor gallons (US or imperial?)
_IMPERIAL_SCALE = {
    "inch": ("length", Fraction(127, 5)),
    "foot": ("length", Fraction(1524, 5)),
    "yard": ("length", Fraction(4572, 5)),
    "mile": ("length", 1609344),
}
_METRIC_SCALES = {**SCALE, **_PERIOD_SCALE}
_SCALES = {**_METRIC_SCALES, **_IMPERIAL_SCALE}


def _in_smallest(units: Counter, scales: dict) -> tuple[Counter, Fraction]:
    """The units with each measure in its smallest unit, and what a value is multiplied by to
    be in them ("kilogram" -> "gram", 1000)."""
    out, size = Counter(), Fraction(1)
    for name, power in units.items():
        if name in scales and power:
            measure, small = scales[name]
            out[_SMALLEST[measure]] += power
            size *= Fraction(small) ** power
        else:
            out[name] += power
    return out, size


# Units measured rather than counted: a share of one may be a fraction.
MEASURES = frozenset(
    {*_ALIASES.values(), "money", "mile", "foot", "inch", "yard", "pound", "ounce", "gallon", "cum"}
)


# So many things priced together: "5 notebooks cost £8.75", "£8.75 for 5 notebooks"
_PRICE_TOLD = re.compile(
    r"\d[\d,]*\s+[a-z]+\s+(?:cost|costs|are|were|come\s+to|came\s+to|sell\s+for|sold\s+for)\s+[$€£¥₹]"
    r"|[$€£¥₹]\s?\d[\d,.]*\s+for\s+\d",
    re.IGNORECASE,
)


# So much of a measure told for so many things: "100 g of henna powder fills 22 cones"
_MEASURE_TOLD = re.compile(
    r"\d[\d,.]*\s*[a-z]+\s+(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:fills|makes|covers|serves|feeds"
    r"|yields|does)\s+\d",
    re.IGNORECASE,
)


def unitary(found: list[Quantity], asked: Counter, story: str, question: str) -> str | None:
    """ "8.75 / 5 * 12" for a price (or a measure) of so many things told and another number of
    them asked ("5 notebooks cost £8.75. How much for 12 notebooks?", "100 g of henna powder
    fills 22 cones. How many grams for 165 cones?"): the story's count divides, the question's
    multiplies (the two readings of the units alone)."""
    if len(asked) != 1 or next(iter(asked.values())) != 1 or len(found) != 3:
        return None
    told_by = _PRICE_TOLD if asked["money"] else _MEASURE_TOLD
    if not told_by.search(story) or not (asked["money"] or next(iter(asked)) in MEASURES):
        return None  # (a count asked: "How many cones for 165 g?" wants whole cones)
    counts = [(v, u) for v, u in found if u != asked]
    money = [v for v, u in found if u == asked]  # (or the measure: "100 g … fills 22 cones")
    if len(counts) != 2 or len(money) != 1 or counts[0][1] != counts[1][1]:
        return None
    (told, _), (wanted, _) = counts
    in_story = re.search(rf"(?<![\d.,]){re.escape(told)}(?![\d.,])", story)
    in_question = re.search(rf"(?<![\d.,]){re.escape(wanted)}(?![\d.,])", question)
    if not (in_story and in_question) or wanted in story:
        return None
    return f"{money[0]} / {told} * {wanted}"
