"""Unit names with more than one reading, and the definitions our pint registries add or fix.

A ton is a US short ton, a UK long ton or a metric ton; a barrel holds 42 (oil), 31.5 (US fluid)
or 36 imperial gallons; a hundredweight is 100 or 112 lb; a calorie is a food Calorie (kcal) or
the small one (a Calorie with a capital is the food kcal); a month lasts 28 to 31 days and a
year 365 or 366. `names.resolve` maps such a word to a placeholder ("?ton")
and `expand` turns a request's unit names into the readings to answer: every one, each named,
or one when the reading cannot matter (months and years between themselves keep pint's exact
ratio 12). Pure data and set logic; no pint import here.
"""

from __future__ import annotations

from collections.abc import Iterable

PLACEHOLDER = "?"
READINGS: dict[str, tuple[str, ...]] = {
    "?ton": ("short_ton", "long_ton", "metric_ton"),
    "?barrel": ("oil_barrel", "barrel", "imperial_barrel"),
    "?hundredweight": ("hundredweight", "long_hundredweight"),
    # "250 calories" on a food label is 250 kcal; in a physics book, 250 cal (1,000 times less)
    "?calorie": ("kilocalorie", "calorie"),
    "?month": (
        "month_of_28_days",
        "month_of_29_days",
        "month_of_30_days",
        "month_of_31_days",
        "gregorian_month",
    ),
    "?year": ("common_year", "leap_year", "gregorian_year", "julian_year"),
}
# Lowercase words (and symbols) that name an ambiguous unit.
WORDS: dict[str, str] = {
    **dict.fromkeys(("ton", "tons"), "?ton"),
    **dict.fromkeys(("barrel", "barrels", "bbl", "bbls"), "?barrel"),
    **dict.fromkeys(("hundredweight", "hundredweights", "cwt"), "?hundredweight"),
    **dict.fromkeys(("calorie", "calories"), "?calorie"),
    **dict.fromkeys(("month", "months"), "?month"),
    **dict.fromkeys(("year", "years", "yr", "yrs"), "?year"),
}
# A bare "C" or "F": a temperature, or a coulomb / farad when the rest of the request says so.
BARE_SYMBOLS: dict[str, tuple[str, str]] = {
    "?C": ("degree_Celsius", "coulomb"),
    "?F": ("degree_Fahrenheit", "farad"),
    # "PS": petasiemens by the SI rules, the metric horsepower of car brochures next to a power
    "?PS": ("petasiemens", "metric_horsepower"),
}
# Months and years measured against each other: pint's (Julian) month and year, ratio exactly 12.
_CALENDAR = {"?month": "month", "?year": "year"}
# Decades and centuries hold a varying number of leap days: against days or hours, abstain.
_LONG_CALENDAR = frozenset({"decade", "century", "millennium"})
# What our registries add to pint's defaults, or correct. Since 2023 the US survey foot is
# deprecated: fathom, rod (so chain, furlong, link, acre) and league use the international foot
# (a fathom is exactly 6 ft, not 6.00001 ft).
DEFINITIONS: tuple[str, ...] = (
    "fathom = 6 * foot",
    "rod = 16.5 * foot = rd = pole = perch",
    "league = 3 * mile",
    "acre_foot = acre * foot = _ = acre_feet",
    "month_of_28_days = 28 * day",
    "month_of_29_days = 29 * day",
    "month_of_30_days = 30 * day",
    "month_of_31_days = 31 * day",
    "gregorian_month = gregorian_year / 12",
    "month_of_common_year = common_year / 12",
    "month_of_leap_year = leap_year / 12",
    # Fuel economy (distance per volume) and consumption (volume per distance).
    "mile_per_gallon = mile / gallon = mpg",
    "mile_per_imperial_gallon = mile / imperial_gallon",
    "liter_per_100_kilometer = liter / (100 * kilometer)",
)
# Months next to years and fixed durations: each year reading with its twelfth as the month.
_MONTH_OF_YEAR = {
    "common_year": "month_of_common_year",
    "leap_year": "month_of_leap_year",
    "gregorian_year": "gregorian_month",
    "julian_year": "month",
}
# Unit symbols in answers: US customary volumes differ from imperial ones of the same name.
LABELS: dict[str, str] = {
    "metric_ton": "t",
    "calorie": "cal (small calorie)",
    "kilocalorie": "kcal (food Calorie)",
    "gallon": "US gal",
    "quart": "US qt",
    "pint": "US pt",
    "cup": "US cup",
    "fluid_ounce": "US fl oz",
    "tablespoon": "US tbsp",
    "teaspoon": "US tsp",
    "imperial_gallon": "imp gal",
    "imperial_quart": "imp qt",
    "imperial_pint": "imp pt",
    "imperial_fluid_ounce": "imp fl oz",
    "horsepower": "hp (mechanical)",
    "league": "league (land league)",
    # the international knot and nautical mile (1,852 m), not the old UK Admiralty ones
    "knot": "kn (international)",
    "nautical_mile": "nmi (international)",
    "mile_per_gallon": "mpg (US)",
    "mile_per_imperial_gallon": "mpg (imperial)",
    # In words: the result stays the answer's last number ("≈ 4.70429 L per hundred km").
    "liter_per_100_kilometer": "L per hundred km",
}
# How each reading of an ambiguous word is named before its answer ("US short ton: 1 ton = …").
READING_NAMES: dict[str, str] = {
    "short_ton": "US short ton",
    "long_ton": "UK long ton",
    "metric_ton": "metric ton",
    "oil_barrel": "oil barrel (42 US gal)",
    "barrel": "US fluid barrel (31.5 US gal)",
    "imperial_barrel": "UK barrel (36 imperial gal)",
    "hundredweight": "US hundredweight (100 lb)",
    "long_hundredweight": "UK hundredweight (112 lb)",
    "kilocalorie": "food Calorie (kcal)",
    "calorie": "small calorie (cal)",
    "month_of_28_days": "28-day month",
    "month_of_29_days": "29-day month",
    "month_of_30_days": "30-day month",
    "month_of_31_days": "31-day month",
    "gregorian_month": "average Gregorian month (30.436875 d)",
    "common_year": "common year (365 d)",
    "leap_year": "leap year (366 d)",
    "gregorian_year": "Gregorian average year (365.2425 d)",
    "julian_year": "Julian year (365.25 d)",
}
# The ambiguous word, and the symbol its value is written with inside each reading's line (no
# digits there, so the last number of an answer is always a result).
WHAT: dict[str, tuple[str, str]] = {
    "?ton": ("ton", "ton"),
    "?barrel": ("barrel", "bbl"),
    "?hundredweight": ("hundredweight", "cwt"),
    "?calorie": ("calorie", "calorie"),
    "?month": ("month", "month"),
    "?year": ("year", "yr"),
}


def concrete(name: str) -> str:
    """A real pint name for dimension checks: a placeholder's first reading, else `name`."""
    if not name.startswith(PLACEHOLDER):
        return name
    return BARE_SYMBOLS[name][0] if name in BARE_SYMBOLS else READINGS[name][0]


def expand(names: Iterable[str], time_names: Iterable[str]) -> list[dict[str, str]] | None:
    """The substitutions to answer for a request using `names` (`time_names`: those of them
    that measure time): [{}] when nothing is ambiguous, one mapping per reading when one word
    is, None to abstain (two ambiguous words, or decades against days)."""
    names = set(names)
    placeholders = {n for n in names if n.startswith(PLACEHOLDER)}
    times = set(time_names)
    calendar_only = times <= (set(_CALENDAR) | _LONG_CALENDAR | {"month", "year"})
    if times & _LONG_CALENDAR and not calendar_only:
        return None
    if not placeholders:
        return [{}]
    if placeholders <= set(_CALENDAR) and calendar_only:
        return [{p: _CALENDAR[p] for p in placeholders}]
    if placeholders == {"?month", "?year"}:
        return [{"?year": y, "?month": _MONTH_OF_YEAR[y]} for y in READINGS["?year"]]
    if len(placeholders) > 1:
        return None
    (word,) = placeholders
    return [{word: reading} for reading in READINGS[word]]


def substitute(spec: Iterable[tuple[str, int]], mapping: dict[str, str]) -> list[tuple[str, int]]:
    return [(mapping.get(name, name), exp) for name, exp in spec]
