"""Evaluation side of the units virtual expert: runs inside the bounded worker (tools.sandbox).

`evaluate(payload)` takes the plain request built by tools.units.grammar (validated canonical
unit names, decimal magnitudes) and converts with an exact-rational pint registry, so exact
conversions stay exact. Magnitude sums are done here with Fractions, never by pint's parser.
`format_number` renders results: exact decimals when they terminate, else 6 significant digits.
"""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import Any

from tools.units.readings import LABELS

MAX_EXACT_DIGITS = 15
_OFFSET = {"degree_Celsius", "degree_Fahrenheit", "degree_Reaumur"}
SIG_DIGITS = 6


@functools.cache
def _registry():
    import pint

    from tools.units.names import define_all

    return define_all(pint.UnitRegistry(non_int_type=Fraction, on_redefinition="ignore"))


def warm() -> None:
    """Build the unit registry and pint's conversion caches now (bounded workers call this at
    start-up), so the first real conversion does not pay ~0.15-0.3 s for them."""
    evaluate({"terms": [(1, "1", [("meter", 1)])], "target": [("foot", 1)]})


class UnitsError(Exception):
    """A conversion that cannot be done (dimension mismatch, offset arithmetic)."""


def _unit(spec: list[tuple[str, int]]):
    reg = _registry()
    unit = reg.Unit("dimensionless")
    for name, exp in spec:
        # Canonical names were validated against the registry by the grammar.
        unit = unit * reg.Unit(name) ** exp
    return unit


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
# pint's symbol for year is "a" (annum); people read "yr". Readings are named (`LABELS`).
_SYMBOL_OVERRIDES = {
    "year": "yr",
    "month": "month",
    "foot_pound": "ft·lbf",
    "metric_horsepower": "PS",  # pint has no symbols for these two
    "electrical_horsepower": "hp (electrical)",
    **LABELS,
}


def label(spec: list[tuple[str, int]], shown: dict[str, str] | None = None) -> str:
    """Short unit label from a spec ("km/h", "ft²"); superscripts keep ASCII digits out.
    `shown` overrides symbols (an ambiguous word's reading is written as the word)."""
    reg = _registry()
    shown = shown or {}

    def sym(name: str, exp: int) -> str:
        s = shown.get(name) or _SYMBOL_OVERRIDES.get(name) or reg.get_symbol(name)
        if name.endswith("liter") and s.endswith("l"):
            s = s[:-1] + "L"  # "mL", "L": the lowercase l reads as a one
        return s + (str(exp).translate(_SUPERSCRIPT) if exp != 1 else "")

    num = "·".join(sym(n, e) for n, e in spec if e > 0)
    den = "·".join(sym(n, -e) for n, e in spec if e < 0)
    return (num or "1") + (f"/{den}" if den else "")


def _dims(unit) -> str:
    """'[length]/[time]' from pint's dimensionality, without pint's formatter."""
    parts = []
    for dim, exp in sorted(_registry().get_dimensionality(unit).items()):
        e = int(exp) if Fraction(exp).denominator == 1 else exp
        parts.append(dim if e == 1 else f"{dim}^{e}")
    return "·".join(parts) or "dimensionless"


def _to_fraction(value: Any) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def evaluate(payload: dict) -> dict:
    """Convert/sum the terms into the target unit (and each unit of a chain on the way).
    Returns a dict; raises UnitsError on misuse."""
    shown = payload.get("shown")
    terms = payload["terms"]
    target_spec = payload.get("target") or terms[0][2]
    specs = [spec for _, _, spec in terms] + [payload.get("target") or []]
    offset = any(name in _OFFSET for spec in specs for name, _ in spec)
    if offset and len(terms) > 1:
        raise UnitsError(
            "adding or subtracting temperatures on an offset scale (°C, °F) is "
            "ambiguous; convert each temperature separately or use kelvin"
        )
    if payload.get("parts"):
        return _in_parts(payload, terms, shown)
    via = []
    for spec in payload.get("via") or []:
        text, exact = format_number(_total(terms, spec))
        via.append({"text": text, "exact": exact, "unit": label(spec, shown)})
    total = _total(terms, target_spec)
    lhs = " ".join(
        ("" if i == 0 and sign > 0 else ("- " if sign < 0 and i else ("-" if sign < 0 else "+ ")))
        + f"{format_number(Fraction(mag))[0]} {label(spec, shown)}"
        for i, (sign, mag, spec) in enumerate(terms)
    )
    text, exact = format_number(total)
    return {
        "value": total,
        "text": text,
        "exact": exact,
        "unit": label(target_spec, shown),
        "lhs": lhs,
        "via": via,
        "reading": payload.get("reading"),
    }


def _in_parts(payload: dict, terms: list, shown: dict | None) -> dict:
    """ "180 cm = 5 ft 10.8661 in": whole numbers of each larger unit, the rest in the last."""
    parts = payload["parts"]
    rest = _total(terms, parts[-1])
    if rest < 0:
        raise UnitsError("a negative quantity does not split into parts")
    pieces = []
    for spec in parts[:-1]:
        size = _total([(1, "1", spec)], parts[-1])  # one of this unit in the last one
        whole = int(rest // size)
        rest -= whole * size
        pieces.append(f"{whole} {label(spec, shown)}")
    text, exact = format_number(rest)
    sign, mag, spec = terms[0]
    return {
        "value": rest,
        "text": " ".join([*pieces, text]),
        "exact": exact,
        "unit": label(parts[-1], shown),
        "lhs": f"{'-' if sign < 0 else ''}{format_number(Fraction(mag))[0]} {label(spec, shown)}",
        "via": [],
        "reading": payload.get("reading"),
    }


def _total(terms: list, target_spec: list[tuple[str, int]]) -> Fraction:
    """The sum of `terms` in the unit `target_spec`, exactly."""
    import pint

    reg = _registry()
    target = _unit(target_spec)
    total = Fraction(0)
    for sign, mag, spec in terms:
        unit = _unit(spec)
        try:
            q = reg.Quantity(Fraction(mag) * sign, unit)
            if len(terms) == 1 and _reciprocal(unit, target):
                inverse = _to_fraction(q.to(1 / target).magnitude)
                if inverse == 0:
                    raise UnitsError(f"0 {label(spec)} has no value in {label(target_spec)}")
                total += 1 / inverse
                continue
            total += _to_fraction(q.to(target).magnitude)
        except pint.DimensionalityError:
            # pint's own message formats Fraction exponents and can fail; build ours.
            raise UnitsError(
                f"cannot convert {label(spec)} ({_dims(unit)}) to "
                f"{label(target_spec)} ({_dims(target)}): the dimensions differ"
            ) from None
        except pint.OffsetUnitCalculusError:
            raise UnitsError(
                f"cannot convert {label(spec)} to {label(target_spec)}: "
                "offset-scale temperatures only convert on their own"
            ) from None
    return total


# Quantities people convert into their reciprocals: fuel economy and consumption (mpg <->
# L/100 km, [length]^-2 <-> [length]^2) and speed and pace (min/km <-> km/h).
_RECIPROCAL_DIMS = ({"[length]": -2}, {"[time]": 1, "[length]": -1})


def _reciprocal(unit, target) -> bool:
    reg = _registry()
    a, b = dict(reg.get_dimensionality(unit)), dict(reg.get_dimensionality(target))
    inverse = {k: -v for k, v in b.items()}
    return a == inverse and any(a in (d, {k: -v for k, v in d.items()}) for d in _RECIPROCAL_DIMS)


def format_number(x: Fraction) -> tuple[str, bool]:
    """Exact decimal when it terminates within 15 significant digits, else 6 significant digits
    (keeping every integer digit). Returns (text, exact)."""
    x = _to_fraction(x)
    if x == 0:
        return "0", True
    den = x.denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    if den == 1:
        scale = 0
        while (x * 10**scale).denominator != 1:
            scale += 1
        digits = str(abs(x.numerator * 10**scale // x.denominator)).strip("0")
        if not Fraction(1, 10**6) <= abs(x) < Fraction(10) ** 21:
            return _scientific(x), len(digits) <= SIG_DIGITS
        if len(digits) <= MAX_EXACT_DIGITS or scale == 0:
            return _fixed(x, scale), True
    mag = abs(x)
    int_digits = len(str(int(mag))) if mag >= 1 else 0
    if mag >= Fraction(10) ** 21 or mag < Fraction(1, 10**6):
        return _scientific(x), False
    if int_digits:
        places = max(0, SIG_DIGITS - int_digits)
    else:  # leading zeros after the point do not count as significant
        places, probe = SIG_DIGITS, mag
        while probe < Fraction(1, 10):
            probe *= 10
            places += 1
    return _fixed(x, places), False


def _scientific(x: Fraction) -> str:
    """6 significant digits in e-notation, computed on the Fraction (floats over/underflow)."""
    mag = abs(x)
    exp = len(str(mag.numerator)) - len(str(mag.denominator))
    if mag < Fraction(10) ** exp:
        exp -= 1
    mantissa = _fixed(mag / Fraction(10) ** exp, SIG_DIGITS - 1)
    if mantissa.startswith("10"):  # rounding carried into a new digit
        exp += 1
        mantissa = _fixed(mag / Fraction(10) ** exp, SIG_DIGITS - 1)
    if "." not in mantissa:
        mantissa += "."
    mantissa = mantissa.ljust(SIG_DIGITS + 1, "0")
    return f"{'-' if x < 0 else ''}{mantissa}e{'-' if exp < 0 else '+'}{abs(exp):02d}"


def _fixed(x: Fraction, places: int) -> str:
    scaled = abs(x) * 10**places
    n = int(scaled + Fraction(1, 2))  # round half up on the magnitude
    s = str(n).rjust(places + 1, "0")
    text = s if places == 0 else f"{s[:-places]}.{s[-places:]}".rstrip("0").rstrip(".")
    return ("-" if x < 0 and text.strip("0.") else "") + text


def evaluate_request(payload: dict) -> dict:
    """Worker entry point: `evaluate` (once per reading of an ambiguous unit) with domain errors
    returned as {"ok": False, "error"}."""
    try:
        if payload.get("readings"):
            out = {
                "readings": [evaluate(r) for r in payload["readings"]],
                "ambiguous": payload.get("ambiguous"),
            }
        else:
            out = evaluate(payload)
    except UnitsError as exc:
        return {"ok": False, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - the worker answers, it never raises
        return {"ok": False, "error": f"unit conversion failed: {type(exc).__name__}: {exc}"}
    out["ok"] = True
    return out
