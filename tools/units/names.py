"""Unit-name resolution for the units virtual expert: user words -> canonical pint unit names.

Only looks names up in pint's registry (no expression parsing), so it is safe to call on user
text in the server process. Multi-word and colloquial names ("metric tons", "°F", "kph") come
from a small alias table; anything the registry does not know resolves to None (abstain).
"""

from __future__ import annotations

import functools
import re

from tools.units.readings import DEFINITIONS, WORDS, concrete
from tools.words import initials

# Colloquial multi-word or symbol spellings that pint's registry does not accept verbatim.
ALIASES: dict[str, str] = {
    "metric ton": "metric_ton",
    "metric tons": "metric_ton",
    "metric tonne": "metric_ton",
    "metric tonnes": "metric_ton",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "short ton": "short_ton",
    "short tons": "short_ton",
    "long ton": "long_ton",
    "long tons": "long_ton",
    "fluid ounce": "fluid_ounce",
    "fluid ounces": "fluid_ounce",
    "fl oz": "fluid_ounce",
    "fl. oz": "fluid_ounce",
    "fl. oz.": "fluid_ounce",
    "light year": "light_year",
    "light years": "light_year",
    "light-year": "light_year",
    "light-years": "light_year",
    "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    # a mile on land, beside nautical miles (5280 ft; the US survey mile is 2 ppm longer)
    "statute mile": "mile",
    "statute miles": "mile",
    "standard atmosphere": "atmosphere",
    "standard atmospheres": "atmosphere",
    # Torque and work in US customary units are always pound-force times foot, whichever
    # order the words come in ("250 N·m to pound-feet"); a pound of mass times a foot is no unit.
    **{
        name: "foot_pound"
        for name in (
            "foot-pound",
            "foot-pounds",
            "foot pound",
            "foot pounds",
            "pound-foot",
            "pound-feet",
            "pound foot",
            "pound feet",
            "ft-lb",
            "ft-lbs",
            "lb-ft",
            "ft-lbf",
            "lbf-ft",
            "ft·lb",
            "lb·ft",
            "ft·lbf",
            "lbf·ft",
        )
    },
    "kilowatt hour": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",
    "kilowatt-hours": "kilowatt_hour",
    "watt hour": "watt_hour",
    "watt hours": "watt_hour",
    "imperial gallon": "imperial_gallon",
    "imperial gallons": "imperial_gallon",
    "us gallon": "gallon",
    "us gallons": "gallon",
    "british thermal unit": "british_thermal_unit",
    "british thermal units": "british_thermal_unit",
    "horse power": "horsepower",
    "kmh": "kilometer_per_hour",
    "km/hr": "kilometer_per_hour",
    "kmph": "kilometer_per_hour",
    "kms": "kilometer",
    "hrs": "hour",
    "mins": "minute",
    "sq ft": "square_foot",
    "sq. ft.": "square_foot",
    "sq. ft": "square_foot",
    "sq m": "square_meter",
    "sq km": "square_kilometer",
    "sq mi": "square_mile",
    "sq in": "square_inch",
    "sq yd": "square_yard",
    "sqft": "square_foot",
    "kilo": "kilogram",
    "kilos": "kilogram",
    "wk": "week",
    "wks": "week",
    "Gal": "gallon",
    "Gals": "gallon",  # pint's Gal is the galileo; people mean gallons
    # A Calorie with a capital is the food Calorie (a kilocalorie); a calorie is 4.184 J.
    "Calorie": "kilocalorie",
    "Calories": "kilocalorie",
    "Cal": "kilocalorie",
    "Cals": "kilocalorie",
    "kcals": "kilocalorie",
    "mcg": "microgram",
    "mcgs": "microgram",
    "mechanical horsepower": "horsepower",
    "astronomical unit": "astronomical_unit",
    "astronomical units": "astronomical_unit",
    "AU": "astronomical_unit",
    "light second": "light_second",
    "light seconds": "light_second",
    "metric horsepower": "metric_horsepower",
    "electrical horsepower": "electrical_horsepower",
    "miles per gallon": "mile_per_gallon",
}
# Fuel-economy names with digits or brackets, which unit phrases otherwise never contain.
FUEL_UNITS: dict[str, str] = {
    **{k: "mile_per_gallon" for k in ("mpg (us)", "us mpg", "mpg us", "mpg (u.s.)")},
    **{
        k: "mile_per_imperial_gallon"
        for k in ("mpg (uk)", "mpg (imperial)", "uk mpg", "imperial mpg", "mpg uk", "mpg imperial")
    },
    **{f"{s} miles per gallon": "mile_per_gallon" for s in ("us", "u.s.", "american")},
    **{f"miles per {s} gallon": "mile_per_gallon" for s in ("us", "u.s.", "american")},
    **{f"{s} miles per gallon": "mile_per_imperial_gallon" for s in ("uk", "imperial", "british")},
    **{f"miles per {s} gallon": "mile_per_imperial_gallon" for s in ("uk", "imperial", "british")},
    **{
        f"{liter} per 100 {km}": "liter_per_100_kilometer"
        for liter in ("l", "liter", "liters", "litre", "litres")
        for km in ("km", "kilometer", "kilometers", "kilometre", "kilometres")
    },
}
FUEL_UNITS.update({k.replace(" per ", "/"): v for k, v in list(FUEL_UNITS.items()) if " per " in k})
FUEL_UNITS.update(
    {k.replace("/100 ", "/100"): v for k, v in list(FUEL_UNITS.items()) if "/100 " in k}
)
_TEMPERATURE = {
    "c": "degree_Celsius",
    "celsius": "degree_Celsius",
    "centigrade": "degree_Celsius",
    "f": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit",
    "farenheit": "degree_Fahrenheit",  # (the usual misspelling)
    "k": "kelvin",
    "kelvin": "kelvin",
    "kelvins": "kelvin",
    "r": "degree_Rankine",
    "rankine": "degree_Rankine",
}
for _k, _v in _TEMPERATURE.items():
    for _lead in ("°", "º", "° ", "º ", "deg ", "deg. ", "degree ", "degrees "):
        ALIASES[_lead + _k] = _v
    if len(_k) > 1:
        ALIASES[_k] = _v
# Bare C / F mean temperatures in everyday use ("72 F in C"), unless the request is about
# charge or capacitance: the grammar settles "?C" / "?F" from the other units.
ALIASES.update(
    {
        "C": "?C",
        "F": "?F",
        "K": "kelvin",
        "c": "degree_Celsius",
        "f": "degree_Fahrenheit",
        "B": "byte",
        "st": "stone",
        "cd": "candela",
        # named in full: troy weights for precious metals, the ångström with its ring
        "troy ounce": "troy_ounce",
        "troy ounces": "troy_ounce",
        "troy oz": "troy_ounce",
        "ozt": "troy_ounce",
        "troy pound": "troy_pound",
        "metric carat": "carat",
        "metric carats": "carat",
        "troy pounds": "troy_pound",
        "ångström": "angstrom",
        "ångströms": "angstrom",
        # petasiemens, or the German "Pferdestärke" of car brochures next to a power
        "PS": "?PS",
    }
)

# Registry names that are also common English words or would read as something else.
_REJECT = {
    "a",
    "at",
    "point",
    "line",
    "pi",
    "percent",
    "ppm",
    "count",
    "mil",
    "dB",
    "bag",
    "unit",  # (pint reads "units" as micro-nits)
    "tab",
    "pc",
    "mu",
    "MM",
    "M",
    "e",
    "E",
}
_REJECT_CASEFOLD = {
    "in",
    "an",
    "as",
    "or",
    "is",
    "it",
    "do",
    "on",
    "am",
    "pm",
    "go",
    "to",
    "by",
    "has",
    "was",
    "bus",
    "yes",
    "its",
    "us",
}
# Prefixed symbols that are also words in other cases ("pm", "am"): petameter, attometer.
_PREFIXED_SYMBOLS = {"Pm", "Am"}
# Angles are dimensionless in pint but legitimate conversion targets.
_ANGLES = {
    "radian",
    "degree",
    "arcminute",
    "arcsecond",
    "turn",
    "revolution",
    "steradian",
    "gradian",
}
_CURRENCY_NAMES = (
    "dollars?|euros?|usd|eur|gbp|jpy|cny|inr|yen|yuan|rupees?|pesos?|francs?"
    "|bitcoins?|btc|sterling|currency|exchange rate|cents?"
)
CURRENCY = re.compile(rf"(?i)[$€£¥₹₿]|\b{initials(_CURRENCY_NAMES)}(?:{_CURRENCY_NAMES})\b")


@functools.cache
def _registry():
    import pint  # lazy: only the first units query pays the import

    return define_all(pint.UnitRegistry(on_redefinition="ignore"))


def define_all(reg):
    """`reg` with our additions and corrections to pint's units (`readings.DEFINITIONS`)."""
    for line in DEFINITIONS:
        reg.define(line)
    return reg


# SI prefixes from 2022 that casual text never means: "Qt" is a quart, not a quettatonne.
_EXOTIC_PREFIXES = {"quetta", "ronna", "ronto", "quecto"}


def _lookup(word: str) -> tuple[str, str] | None:
    """(prefix, unit) for one registry word, or None when unknown or ambiguous."""
    reg = _registry()
    try:
        cands = reg.parse_unit_name(word)
    except Exception:  # noqa: BLE001 - pint raises assorted errors on odd input; unknown it is
        return None
    cands = [c for c in cands if c[0] not in _EXOTIC_PREFIXES]
    if not cands:
        return None
    plain = [c for c in cands if not c[0]]
    if len(cands) > 1 and not plain:
        # "mcd": milli-candela (m + cd), not micro-day ("mc" is pint's alias for micro): keep
        # the reading whose standard symbols spell the word.
        cands = [c for c in cands if _symbol(c[0] + c[1]) == word]
        if len(cands) != 1:
            return None
    prefix, name, _ = plain[0] if plain else cands[0]
    return prefix, name


# "US fluid ounces", "imperial pints", "UK gallons": volume names with their system spelled out.
_SYSTEM = re.compile(r"(?i)(us|u\.s\.|american|imperial|uk|british) (.+)")
_CUSTOMARY_VOLUMES = {"fluid_ounce", "gallon", "quart", "pint", "cup", "gill"}
_US_ONLY = {"teaspoon", "tablespoon"}  # pint's are the US ones; no imperial spoons are defined


def _in_system(system: str, rest: str) -> str | None:
    base = resolve(rest)
    us = system.lower() in ("us", "u.s.", "american")
    if base in _US_ONLY and us:
        return base
    if base not in _CUSTOMARY_VOLUMES:
        return None  # "US ton", "UK miles": not a volume whose systems differ
    if us:
        return base
    return "imperial_" + base


def _symbol(name: str) -> str | None:
    try:
        return _registry().get_symbol(name)
    except Exception:  # noqa: BLE001 - no symbol: not the reading
        return None


@functools.lru_cache(maxsize=4096)
def resolve(word: str) -> str | None:
    """Map one unit word or alias ("Curies", "metric tons", "°F") to a canonical pint name."""
    word = word.strip()
    if word == "in":  # only reached after a number ("17 in"); the grammar keeps "in" the word out
        return "inch"
    if not word or len(word) > 40 or word in _REJECT or word[-1:] == "s" and word[:-1] in _REJECT:
        return None  # (nor their plurals, which pint reads too: "400 bags of 25 kg", "points")
    if word.lower() in _REJECT_CASEFOLD and word not in _PREFIXED_SYMBOLS:
        return None
    key = re.sub(r"\s+", " ", word)
    system = _SYSTEM.match(key)
    if system:
        return _in_system(system.group(1), system.group(2))
    if key.lower() in WORDS and key not in ALIASES:
        return WORDS[key.lower()]  # "ton", "barrel", "month": several readings, named later
    if key in ALIASES:
        return ALIASES[key]
    if key.lower() in ALIASES and len(key) > 1:
        return ALIASES[key.lower()]
    if not re.fullmatch(r"[A-Za-zµμΩ_]+", key):
        return None
    found = _lookup(key)
    if len(key) >= 2 and key[0].isupper() and key[1:].islower():
        # "Gal", "Min", "Curies": a capitalised word is the plain unit when there is one,
        # not a prefixed reading (giga-... "Gal" is not a galileo, "Min" not a megainch).
        lower = _lookup(key.lower()) or (
            _lookup(key.lower()[:-1]) if key.endswith("s") and len(key) > 3 else None
        )
        if lower and (found is None or (found[0] and not lower[0])):
            found = lower
    if found is None and key.lower().endswith("ies") and len(key) > 4:
        found = _lookup(key[:-3] + "y")  # "henries"
    if found is None and key.endswith("s") and len(key) >= 3:
        stem = key[:-1]  # plural of a symbol: "kgs", "mLs", "cms"
        if stem not in _REJECT and stem.lower() not in _REJECT_CASEFOLD:
            found = _lookup(stem)
    if found is None:
        return None
    name = found[0] + found[1]
    if family(name) == "dimensionless":
        return None
    return name


def family(name: str) -> str:
    """What a unit measures, separating the dimensionless kinds pint lumps together."""
    name = concrete(name)
    if name in _ANGLES:
        return "angle"
    if name.endswith(("bit", "byte")):
        return "information"
    return "dimensionless" if is_dimensionless(name) else "dimensional"


@functools.lru_cache(maxsize=4096)
def is_dimensionless(name: str) -> bool:
    try:
        return not _registry().get_dimensionality(concrete(name))
    except Exception:  # noqa: BLE001 - an unresolvable name counts as unusable
        return True


@functools.lru_cache(maxsize=4096)
def dimensionality(spec: tuple[tuple[str, int], ...]) -> str:
    """Dimensionality of a compound unit spec as text ("[length] / [time]"), '' if unknown."""
    reg = _registry()
    try:
        unit = reg.Unit("dimensionless")
        for name, exp in spec:
            unit = unit * reg.Unit(concrete(name)) ** exp
        # sorted: pint writes one dimensionality in different orders ("[mass] * [length] ** 2
        # / [time] ** 3" for kW, "[length] ** 2 * [mass] / [time] ** 3" for metric hp)
        dims = sorted(dict(unit.dimensionality).items())
        return (
            " * ".join(d if e == 1 else f"{d} ** {e}" for d, e in dims) if dims else "dimensionless"
        )
    except Exception:  # noqa: BLE001 - "" tells the grammar to abstain
        return ""


def one_in(spec: tuple[tuple[str, int], ...], other: tuple[tuple[str, int], ...]) -> float | None:
    """How many of `other` make one of `spec`, by the parse-side registry (floats: a check, not
    an answer), or None when the two do not convert by a factor."""
    reg = _registry()
    try:
        units = []
        for said in (spec, other):
            unit = reg.Unit("dimensionless")
            for name, exp in said:
                unit = unit * reg.Unit(concrete(name)) ** exp
            units.append(unit)
        return float(reg.Quantity(1, units[0]).to(units[1]).magnitude)
    except Exception:  # noqa: BLE001 - pint raises assorted errors on odd input; no factor
        return None


@functools.lru_cache(maxsize=4096)
def angle_power(name: str) -> int:
    """The power of radians in a unit ("rpm" 1, "steradian" 2, "kWh" 0): pint calls angles
    dimensionless, so this tells a quantity per turn from one that is not."""
    try:
        root = _registry().get_root_units(concrete(name))[1]
        return int(dict(root._units).get("radian", 0))  # (pint has no public map of a unit)
    except Exception:  # noqa: BLE001 - an unresolvable name has no angle in it
        return 0


def is_temperature(name: str) -> bool:
    return concrete(name) in ("degree_Celsius", "degree_Fahrenheit", "kelvin", "degree_Rankine")


@functools.lru_cache(maxsize=4096)
def larger(a: str, b: str) -> bool:
    """Whether one `a` is more than one `b` (same dimension), e.g. foot > inch."""
    reg = _registry()
    try:
        return reg.Quantity(1, concrete(a)).to(concrete(b)).magnitude > 1
    except Exception:  # noqa: BLE001 - incomparable: not a mixed quantity
        return False
