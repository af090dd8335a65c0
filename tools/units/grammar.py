"""Grammar of the units virtual expert: quantities and unit phrases -> a plain request.

Units ("km/h", "miles per hour", "square feet", "km^2 kg / min^2", "kilonewton-meters"),
terms ("4.2 grams", "a mile", "5 ft 3 in"), sums of terms and targets (a unit, or a chain
"m, then cm") become a `UnitsRequest`; `tools.units.phrasing` finds them in a sentence. Every
unit word is checked against pint's registry by name only; nothing here evaluates anything.
Anything not accounted for returns None (abstain).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from fractions import Fraction

from tools.units.names import (
    FUEL_UNITS,
    angle_power,
    dimensionality,
    family,
    is_temperature,
    larger,
    resolve,
)
from tools.units.readings import BARE_SYMBOLS, READING_NAMES, WHAT, expand, substitute

UnitSpec = tuple[tuple[str, int], ...]  # ((canonical pint name, exponent), ...)

MAX_TEXT = 300
_NUM = (
    r"[-+]?\d+ \d+/\d+|[-+]?\d+/\d+"  # "1 1/2 cups", "3/4 cup"
    r"|[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d{1,3})?|[-+]?\.\d+"
)
_TERM = re.compile(
    rf"^(?:(?P<num>{_NUM})\s*|(?P<word>half\s+an?|an?\s+quarter(?:\s+of\s+an?)?"
    r"|an?\s+half(?:\s+of\s+an?)?|an?|one)\s+)(?P<unit>.+)$",
    re.IGNORECASE,
)
_WORD_AMOUNTS = {"half": "1/2", "quarter": "1/4"}
_OP = re.compile(r"\s+(plus|minus|\+|-)\s+|(?<![eE])\s*(\+)\s*", re.IGNORECASE)
# "5 ft 3 in": a new number right after a unit word starts the next part of one quantity.
_NEXT_PART = re.compile(r"(?<=[^\d\s.,])\s+(?=\d)")
# "m, then to cm" / "m and then in cm" / "m to cm": a chain of targets.
_CHAIN = re.compile(
    r"\s*,?\s*(?:and\s+)?then\s+(?:(?:to|in|into)\s+)?|\s+(?:to|into)\s+", re.IGNORECASE
)
_TRAIL = re.compile(r"(?:\s+(?:is|are|equals?|please))?(?:\s*=\s*_*)?$", re.IGNORECASE)
# Space-joined products are for short symbols ("N m", "km^2 kg") or a unit word and one of the
# usual second factors ("newton meters", "ampere hours"); other runs of words are prose.
_SYMBOLISH = re.compile(r"[A-Za-zµΩ°]{1,4}(?:\^-?\d|[²³])?")
_SECOND_FACTOR = re.compile(
    r"(?:\w*(?:meters?|metres?)|seconds?|hours?|feet|foot|pounds?|amperes?)", re.IGNORECASE
)


@dataclass(frozen=True)
class Term:
    sign: int
    magnitude: str  # exact decimal text; turned into a Fraction by the evaluator
    unit: UnitSpec


@dataclass(frozen=True)
class UnitsRequest:
    terms: tuple[Term, ...]
    target: UnitSpec | None
    via: tuple[UnitSpec, ...] = ()  # "convert 5 km to m, then to cm": m on the way to cm
    # A unit word with several readings ("ton"): the request once per reading, each named
    # (`reading`), and the word's symbol in that reading's answer (`shown`: {name: symbol}).
    readings: tuple[UnitsRequest, ...] = ()
    ambiguous: str | None = None
    reading: str | None = None
    shown: tuple[tuple[str, str], ...] = ()
    # "in feet and inches": the answer in these units, largest first, each but the last a
    # whole number (`target` is the last).
    parts: tuple[UnitSpec, ...] = ()

    def payload(self) -> dict:
        """Plain picklable data for the bounded worker."""
        out: dict = {
            "terms": [(t.sign, t.magnitude, list(t.unit)) for t in self.terms],
            "target": list(self.target) if self.target else None,
        }
        if self.via:
            out["via"] = [list(v) for v in self.via]
        if self.readings:
            out["readings"] = [r.payload() for r in self.readings]
            out["ambiguous"] = self.ambiguous
        if self.reading:
            out["reading"] = self.reading
            out["shown"] = dict(self.shown)
        if self.parts:
            out["parts"] = [list(p) for p in self.parts]
        return out

    def substituted(self, mapping: dict[str, str]) -> UnitsRequest:
        terms = tuple(
            Term(t.sign, t.magnitude, tuple(substitute(t.unit, mapping))) for t in self.terms
        )
        target = tuple(substitute(self.target, mapping)) if self.target else None
        via = tuple(tuple(substitute(v, mapping)) for v in self.via)
        return UnitsRequest(terms, target, via)


# A unit's power, said before it, after a caret, glued on, or after it in words (compiled once:
# every unit phrase of every request is read through these)
_POWER_BEFORE = re.compile(r"^(square|sq\.?|cubic|cu\.?)\s+(.+)$", re.IGNORECASE)
_CARET_POWER = re.compile(r"^(.+?)\s*(?:\^|\*\*)\s*(-?[1-9])$")
_GLUED_POWER = re.compile(r"^([A-Za-z]+)([23])$")
_POWER_AFTER = re.compile(r"^(.+?)\s+(squared|cubed)$", re.IGNORECASE)


def _factor(text: str) -> tuple[str, int] | None:
    exp = 1
    m = _POWER_BEFORE.match(text)
    if m:
        exp, text = (2 if m.group(1).lower().startswith("s") else 3), m.group(2)
    else:
        m = _CARET_POWER.match(text) or _GLUED_POWER.match(text)
        if m:
            exp, text = int(m.group(2)), m.group(1)
        elif text.endswith(("²", "³")):
            exp, text = (2 if text[-1] == "²" else 3), text[:-1]
        else:
            m = _POWER_AFTER.match(text)
            if m:
                exp, text = (2 if m.group(2).lower() == "squared" else 3), m.group(1)
    name = resolve(text.strip())
    if name is None or (exp != 1 and is_temperature(name)):
        return None
    return name, exp


_SPACES = re.compile(r"\s+")
_PRODUCT_SEPARATORS = (re.compile(r"\s*[*·⋅]\s*"), re.compile(r"-"), _SPACES)
# Words that are units but, after another unit, are prose: "40 km/h are forecast", "5 m in"
_PROSE = frozenset(("in", "are", "at", "a"))


def _product(text: str) -> list[tuple[str, int]] | None:
    whole = _factor(text)
    if whole:
        return [whole]
    for sep in _PRODUCT_SEPARATORS:
        parts = sep.split(text)
        symbols = all(_SYMBOLISH.fullmatch(p) for p in parts) and len(parts) <= 4
        words = len(parts) == 2 and _SECOND_FACTOR.fullmatch(parts[1]) is not None
        if sep is _SPACES and (not _PROSE.isdisjoint(parts) or not (symbols or words)):
            continue  # "N m", "km^2 kg", "newton meters"; other runs of words are prose
        if len(parts) > 1:
            factors = [_factor(p) for p in parts if p]
            if all(factors) and len(factors) == len(parts):
                kinds = [dimensionality(((f[0], 1),)) for f in factors]  # type: ignore[index]
                if sep is _SPACES and "" not in kinds and len(set(kinds)) < len(kinds):
                    return None  # "a 2.3 m foot" (a sail's edge): two lengths side by side
                return factors  # type: ignore[return-value]
    return None


_UNIT_LEAD = re.compile(r"^(?:the\s+|units\s+of\s+)", re.IGNORECASE)
_NOT_A_UNIT = re.compile(r"\d{2,}|[,;:()]")
_PER = re.compile(r"\s*/\s*|\s+per\s+", re.IGNORECASE)
# A rate asked "a day": "how many cubic metres a day is that" (set 180)
_A_TIME = re.compile(r"\s+an?\s+(?=(?:second|minute|hour|day|week)$)", re.IGNORECASE)
_SYSTEM_AFTER = re.compile(r"^(.+?)\s*\((us|u\.s\.|uk|imperial)\)$", re.IGNORECASE)


def parse_unit(text: str) -> UnitSpec | None:
    """A unit phrase ("km/h", "miles per hour", "square feet", "°F") -> UnitSpec, else None."""
    text = _UNIT_LEAD.sub("", text.strip()).strip()
    fuel = FUEL_UNITS.get(_SPACES.sub(" ", text.lower()))
    if fuel:
        return ((fuel, 1),)
    system = _SYSTEM_AFTER.match(text)  # "fl oz (US)": the system after the name
    if system:
        text = f"{system.group(2)} {system.group(1)}"
    if not text or len(text) > 60 or _NOT_A_UNIT.search(text):
        return None
    whole = _factor(text)
    if whole:
        return (whole,)
    pieces = _PER.split(text)
    spec: dict[str, int] = {}
    for i, piece in enumerate(pieces):
        factors = _product(piece)
        if not factors:
            return None
        for name, exp in factors:
            spec[name] = spec.get(name, 0) + (exp if i == 0 else -exp)
    out = tuple((n, e) for n, e in spec.items() if e)
    if not out or (len(out) > 1 and any(is_temperature(n) for n, _ in out)):
        return None
    return out


def _terms(text: str, sign: int) -> list[Term] | None:
    """One quantity: "4.2 g", or a mixed one, "5 ft 3 in" / "2 h 30 min" (same dimension,
    largest unit first, at most three parts)."""
    parts = _NEXT_PART.split(text.strip())
    if len(parts) == 1:
        one = _term(text, sign)
        return [one] if one else None
    if len(parts) > 3 or any(p.startswith(("-", "+")) for p in parts[1:]):
        return None
    if parts[0].startswith("-"):  # "-5 ft 3 in" is -(5 ft + 3 in)
        sign, parts[0] = -sign, parts[0][1:]
    terms = [_term(p, sign) for p in parts]
    if not all(terms):
        return None
    units = [t.unit for t in terms]  # type: ignore[union-attr]
    if len(set(map(dimensionality, units))) != 1 or any(
        len(u) != 1 or is_temperature(u[0][0]) for u in units
    ):
        return None
    if not all(larger(a[0][0], b[0][0]) for a, b in itertools.pairwise(units)):
        return None
    systems = {_system(u[0][0]) for u in units} - {None}
    if len(systems) > 1:
        return None  # "5 foot 10 cm": feet and centimetres in one quantity is a slip
    return terms  # type: ignore[return-value]


_IMPERIAL = frozenset(("foot", "inch", "yard", "mile", "pound", "ounce", "stone", "hundredweight"))


def _system(unit: str) -> str | None:
    """ "metric", "imperial" or None (a unit of both or neither: hours, minutes)."""
    if unit in _IMPERIAL:
        return "imperial"
    return "metric" if unit.endswith(("meter", "gram", "liter", "litre")) else None


def _term(text: str, sign: int) -> Term | None:
    m = _TERM.match(text.strip())
    if not m or not m.group("unit"):
        return None
    word = (m.group("word") or "").lower()
    # "a mile", "an hour", "one foot"; "half a mile", "a quarter mile"
    num = m.group("num") or next((v for k, v in _WORD_AMOUNTS.items() if k in word), "1")
    unit = parse_unit(m.group("unit"))
    if unit is None:
        return None
    num = num.replace(",", "")
    if " " in num:  # a mixed number: "1 1/2"
        whole, part = num.split(" ")
        num = str(Fraction(whole) + Fraction(part) * (-1 if whole.startswith("-") else 1))
    if num.startswith("-"):
        sign, num = -sign, num[1:]
    mag = Fraction(num.lstrip("+"))
    if mag and not Fraction(1, 10**60) <= mag <= 10**60:
        return None  # far outside any physical quantity; keeps results inside float range
    return Term(sign, num.lstrip("+"), unit)


def parse_expr(text: str) -> tuple[Term, ...] | None:
    """'5 minutes - 1 minute' -> terms; every piece must be NUMBER UNIT."""
    terms: list[Term] = []
    sign, pos = 1, 0
    low = text.lower()
    joined = "+" in text or "-" in text or "plus" in low or "minus" in low  # _OP's every match
    for m in _OP.finditer(text) if joined else ():
        found = _terms(text[pos : m.start()], sign)
        if found is None:
            return None
        terms += found
        op = (m.group(1) or m.group(2)).lower()
        sign, pos = (-1 if op in ("minus", "-") else 1), m.end()
    last = _terms(text[pos:], sign)
    if last is None or len(terms) + len(last) > 8:
        return None
    return tuple(terms + last)


def _plausible(terms: tuple[Term, ...], targets: list[UnitSpec]) -> bool:
    """Known dimensions everywhere; an angle "degrees" next to a temperature means we misread
    "degrees" and abstain. Other mismatches pass: run() reports them as a clear error."""
    specs = [t.unit for t in terms] + targets
    dims = {dimensionality(s) for s in specs}
    if "" in dims:
        return False
    names = {n for s in specs for n, _ in s}
    if "degree" in names and any(is_temperature(n) for n in names):
        return False
    # pint calls angles and bytes both dimensionless: never convert one into the other, nor a
    # quantity per turn into one that is not ("0.75 kWh per cycle" is no number of MJ).
    turns = {sum(e * angle_power(n) for n, e in s) for s in specs}
    return len({family(n) for n in names} - {"dimensional"}) <= 1 and len(turns) == 1


def parse_targets(text: str) -> list[UnitSpec] | None:
    """ "ft" -> [ft]; a chain "m, then to cm" / "m and then to cm" / "m to cm" -> [m, cm]."""
    text = re.sub(r"^(?:_+|\?+)\s*", "", text.strip())  # "is equal to ___ ft"
    text = _A_TIME.sub(" per ", text)
    whole = parse_unit(_TRAIL.sub("", text))
    if whole is not None:
        return [whole]
    parts = _CHAIN.split(_TRAIL.sub("", text))
    if not 2 <= len(parts) <= 4:
        return None
    specs = [parse_unit(p) for p in parts]
    return None if not all(specs) else specs  # type: ignore[return-value]


# "4 ounces of butter": what is measured, which a same-kind conversion does not need.
_OF_STUFF = re.compile(r"^(.+?\D)\s+of\s+[a-z][a-z' -]{0,30}$", re.IGNORECASE)
_BARE_OUNCES = re.compile(r"(?:ounces?|oz)", re.IGNORECASE)
_LIQUID = re.compile(
    r"\bof\s+(?:[a-z]+\s+)?(?:water|milk|juice|oil|stock|broth|wine|beer|cream|vinegar)\b",
    re.IGNORECASE,
)


def build(expr: str, target: str | None) -> UnitsRequest | None:
    """The request for "EXPR in TARGET" (TARGET None: the sum in the first term's unit)."""
    terms = parse_expr(expr.strip())
    stuff = _OF_STUFF.match(expr.strip()) if not terms and target else None
    if stuff:
        if _BARE_OUNCES.fullmatch(target.strip()) and not _LIQUID.search(expr):  # type: ignore[union-attr]
            return None  # "How many ounces is a cup of flour?": by weight, which needs a density
        req = build(stuff.group(1), target)
        # Mass to mass or volume to volume only: "2 cups of flour in grams" needs a density.
        same_kind = (
            req is not None
            and not req.readings
            and req.target is not None
            and len(req.terms) == 1
            and dimensionality(req.terms[0].unit) == dimensionality(req.target)
        )
        return req if same_kind else None
    if not terms:
        return None
    targets: list[UnitSpec] = []
    if target is not None:
        targets = parse_targets(target) or []
        if not targets:
            return _in_parts(terms, target)
    terms, targets = _settle_symbols(terms, targets)
    terms, targets = _fluid_ounces(terms, targets)
    if not _plausible(terms, targets):
        return None
    if len(targets) > 1 and len({dimensionality(s) for s in [terms[0].unit, *targets]}) > 1:
        return None  # a chain of conversions keeps one dimension
    spec = targets[-1] if targets else None
    return _with_readings(UnitsRequest(terms, spec, tuple(targets[:-1])))


def convertible(unit: UnitSpec, target: UnitSpec) -> bool:
    """Whether `unit` converts to `target`: one dimension, or its inverse (mpg and L/100 km);
    a unit whose dimension is unknown ('') is left to the converter."""
    have, want = dimensionality(unit), dimensionality(target)
    inverse = dimensionality(tuple((name, -power) for name, power in target))
    return "" in (have, want) or have in (want, inverse)


# "feet and inches", "stone and pounds", "hours, minutes and seconds": a target in parts.
_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)", re.IGNORECASE)


def _in_parts(terms: tuple[Term, ...], target: str) -> UnitsRequest | None:
    """The request for TERMS in a target of 2-3 units of the terms' kind, each smaller than
    the one before it; None for anything else (units of several readings, temperatures)."""
    parts = [parse_unit(p) for p in _PARTS.split(_TRAIL.sub("", target.strip()))]
    if not 2 <= len(parts) <= 3 or not all(parts) or len(terms) != 1:
        return None
    specs: list[UnitSpec] = parts  # type: ignore[assignment]
    kinds = {dimensionality(s) for s in [terms[0].unit, *specs]}
    if len(kinds) != 1 or any(len(s) != 1 or s[0][1] != 1 for s in specs):
        return None
    names = {n for s in [terms[0].unit, *specs] for n, _ in s}
    if any(n.startswith("?") or is_temperature(n) for n in names):
        return None  # a ton or a month of several readings; °C and °F do not split
    units = [s[0][0] for s in specs]
    if not all(larger(a, b) for a, b in itertools.pairwise(units)):
        return None
    return UnitsRequest(terms, specs[-1], parts=tuple(specs))


def _with_readings(req: UnitsRequest) -> UnitsRequest | None:
    """Resolve unit words with several readings: one request per reading, or abstain."""
    specs = [t.unit for t in req.terms] + ([req.target] if req.target else []) + list(req.via)
    names = {n for s in specs for n, _ in s}
    times = {n for n in names if dimensionality(((n, 1),)) == "[time]"}
    mappings = expand(names, times)
    if mappings is None:
        return None
    if len(mappings) == 1:
        return req.substituted(mappings[0]) if mappings[0] else req
    word = "?year" if "?year" in mappings[0] else next(iter(mappings[0]))
    readings = []
    for mapping in mappings:
        one = req.substituted(mapping)
        shown = tuple((name, WHAT[p][1]) for p, name in mapping.items())
        name = READING_NAMES[mapping[word]] + (", a month its twelfth" if len(mapping) > 1 else "")
        readings.append(UnitsRequest(one.terms, one.target, one.via, reading=name, shown=shown))
    return UnitsRequest(
        req.terms, req.target, req.via, readings=tuple(readings), ambiguous=WHAT[word][0]
    )


_OUNCE, _FLUID_OUNCE = (("ounce", 1),), (("fluid_ounce", 1),)


def _fluid_ounces(terms: tuple[Term, ...], targets: list[UnitSpec]):
    """ "How many ounces in a cup": next to a volume, a bare ounce is the fluid ounce."""
    specs = [t.unit for t in terms] + targets
    if _OUNCE not in specs or not any(dimensionality(s) == "[length] ** 3" for s in specs):
        return terms, targets
    return _replace(terms, targets, {_OUNCE: _FLUID_OUNCE})


def _replace(terms: tuple[Term, ...], targets: list[UnitSpec], swap: dict[UnitSpec, UnitSpec]):
    terms = tuple(Term(t.sign, t.magnitude, swap.get(t.unit, t.unit)) for t in terms)
    return terms, [swap.get(s, s) for s in targets]


def _settle_symbols(terms: tuple[Term, ...], targets: list[UnitSpec]):
    """A bare "C" or "F" is a temperature unless the rest of the request is about charge or
    capacitance ("5 mC in C": coulombs, "2 µF in F": farads); "PS" is petasiemens unless the
    rest is a power ("150 PS in kW": metric horsepower)."""
    specs = [t.unit for t in terms] + targets
    swap = {}
    for spec in {s for s in specs if len(s) == 1 and s[0][0] in BARE_SYMBOLS}:
        temperature, other = BARE_SYMBOLS[spec[0][0]]
        rest = {dimensionality(s) for s in specs if s != spec}
        alternative = ((other, 1),)
        swap[spec] = alternative if rest == {dimensionality(alternative)} else ((temperature, 1),)
    return _replace(terms, targets, swap) if swap else (terms, targets)


def magnitude(term: Term) -> Fraction:
    return Fraction(term.magnitude) * term.sign
