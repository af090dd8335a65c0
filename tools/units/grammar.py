"""Grammar of the units virtual expert: natural-language conversion requests -> a plain request.

Recognises "convert 100 meters to feet", "how many ounces in 2 kg", "23.5 daN expressed in units
of N is", "5 minutes - 1 minute in minutes", "17 in - 7844 in = ____ inches" and "If I take A
from B how many T do I have?". Every unit word is checked against pint's registry by name only;
nothing here evaluates an expression. Anything not accounted for returns None (abstain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from tools.units.names import CURRENCY, dimensionality, family, is_temperature, resolve
from tools.units.readings import READING_NAMES, WHAT, expand, substitute

UnitSpec = tuple[tuple[str, int], ...]  # ((canonical pint name, exponent), ...)

MAX_TEXT = 300
_NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d{1,3})?|[-+]?\.\d+"
_TERM = re.compile(rf"^(?:(?P<num>{_NUM})\s*|(?P<word>an?|one)\s+)(?P<unit>.+)$", re.IGNORECASE)
_OP = re.compile(r"\s+(plus|minus|\+|-)\s+|(?<![eE])\s*(\+)\s*", re.IGNORECASE)
_LEAD = (
    r"(?:please\s+)?(?:(?:what\s+is|what's|whats|what\s+are|how\s+much\s+is|how\s+much\s+are"
    r"|convert|calculate|compute|express|change|turn|evaluate|find|give\s+me)\s+)?"
)
_CONN = re.compile(
    r"\s+(?:expressed\s+in\s+units\s+of|expressed\s+in|expressed\s+as|in\s+units\s+of"
    r"|in\s+terms\s+of|converted\s+(?:in)?to|(?:is\s+equal\s+to|equal\s+to|is|are|equals?)\s+how"
    r"\s+many|is\s+equal\s+to|(?:is\s+)?equivalent\s+to(?:\s+how\s+many)?"
    r"|corresponds\s+to(?:\s+how\s+many)?|equals|in|to|into|as)\s+",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"^how\s+many\s+(?P<rest>.+)$", re.IGNORECASE)
_HOW_MANY_CONN = re.compile(
    r"\s+(?:are\s+there\s+in|is\s+there\s+in|are\s+in|is\s+in|in|make\s+up|make|equals?|is|are)"
    r"\s+",
    re.IGNORECASE,
)
_EQ = re.compile(
    r"^(?P<expr>.+?)\s*=\s*(?:_+|\?+|how\s+many)?\s*(?P<target>[^=_?]+)$", re.IGNORECASE
)
_ADD_TAKE = [
    re.compile(
        r"^if\s+i\s+(?P<op>add|take|subtract|remove)\s+(?P<a>.+?)\s+(?P<prep>to|from)\s+"
        r"(?P<b>.+?),?\s+how\s+many\s+(?P<target>.+?)\s+(?:do|will|would)\s+i\s+have$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^how\s+many\s+(?P<target>.+?)\s+(?:do|will|would)\s+i\s+have,?\s+if\s+i\s+"
        r"(?P<op>add|take|subtract|remove)\s+(?P<a>.+?)\s+(?P<prep>to|from)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
]
_TRAIL = re.compile(r"(?:\s+(?:is|are|equals?|please))?(?:\s*=\s*_*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    sign: int
    magnitude: str  # exact decimal text; turned into a Fraction by the evaluator
    unit: UnitSpec


@dataclass(frozen=True)
class UnitsRequest:
    terms: tuple[Term, ...]
    target: UnitSpec | None
    # A unit word with several readings ("ton"): the request once per reading, each named
    # (`reading`), and the word's symbol in that reading's answer (`shown`: {name: symbol}).
    readings: tuple[UnitsRequest, ...] = ()
    ambiguous: str | None = None
    reading: str | None = None
    shown: tuple[tuple[str, str], ...] = ()

    def payload(self) -> dict:
        """Plain picklable data for the bounded worker."""
        out: dict = {
            "terms": [(t.sign, t.magnitude, list(t.unit)) for t in self.terms],
            "target": list(self.target) if self.target else None,
        }
        if self.readings:
            out["readings"] = [r.payload() for r in self.readings]
            out["ambiguous"] = self.ambiguous
        if self.reading:
            out["reading"] = self.reading
            out["shown"] = dict(self.shown)
        return out

    def substituted(self, mapping: dict[str, str]) -> UnitsRequest:
        terms = tuple(
            Term(t.sign, t.magnitude, tuple(substitute(t.unit, mapping))) for t in self.terms
        )
        target = tuple(substitute(self.target, mapping)) if self.target else None
        return UnitsRequest(terms, target)


def _normalise(text: str) -> str:
    text = text.replace("\u2212", "-").replace("\u2013", "-").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    # Scientific notation as people type it: "2.5 × 10^-3 kg", "10^6 J" -> e-notation.
    text = re.sub(r"(\d)\s*[x×*·]\s*10\s*\^\s*([-+]?\d{1,3})\b", r"\1e\2", text)
    text = re.sub(r"(?<![\w.^])10\s*\^\s*([-+]?\d{1,3})(?=\s*[^\d\s.,])", r"1e\1", text)
    return re.sub(r"[?.!]+$", "", text).strip()


def _factor(text: str) -> tuple[str, int] | None:
    exp = 1
    m = re.match(r"^(square|sq\.?|cubic|cu\.?)\s+(.+)$", text, re.IGNORECASE)
    if m:
        exp, text = (2 if m.group(1).lower().startswith("s") else 3), m.group(2)
    else:
        m = re.match(r"^(.+?)\s*(?:\^|\*\*)\s*(-?[1-9])$", text) or re.match(
            r"^([A-Za-z]+)([23])$", text
        )
        if m:
            exp, text = int(m.group(2)), m.group(1)
        elif text.endswith(("²", "³")):
            exp, text = (2 if text[-1] == "²" else 3), text[:-1]
        else:
            m = re.match(r"^(.+?)\s+(squared|cubed)$", text, re.IGNORECASE)
            if m:
                exp, text = (2 if m.group(2).lower() == "squared" else 3), m.group(1)
    name = resolve(text.strip())
    if name is None or (exp != 1 and is_temperature(name)):
        return None
    return name, exp


def _product(text: str) -> list[tuple[str, int]] | None:
    whole = _factor(text)
    if whole:
        return [whole]
    for sep in (r"\s*[*·⋅]\s*", r"-", r"\s+"):
        parts = re.split(sep, text)
        if sep == r"\s+" and (len(parts) > 2 or any(len(p) > 3 or p == "in" for p in parts)):
            continue  # space-joined products only for symbols ("N m", "kW h"): words are prose
        if len(parts) > 1:
            factors = [_factor(p) for p in parts if p]
            if all(factors) and len(factors) == len(parts):
                return factors  # type: ignore[return-value]
    return None


def parse_unit(text: str) -> UnitSpec | None:
    """A unit phrase ("km/h", "miles per hour", "square feet", "°F") -> UnitSpec, else None."""
    text = re.sub(r"^(?:the\s+|units\s+of\s+)", "", text.strip(), flags=re.IGNORECASE).strip()
    if not text or len(text) > 60 or re.search(r"\d{2,}|[,;:()]", text):
        return None
    whole = _factor(text)
    if whole:
        return (whole,)
    pieces = re.split(r"\s*/\s*|\s+per\s+", text, flags=re.IGNORECASE)
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


def _term(text: str, sign: int) -> Term | None:
    m = _TERM.match(text.strip())
    if not m or not m.group("unit"):
        return None
    num = m.group("num") or "1"  # "a mile", "an hour", "one foot"
    unit = parse_unit(m.group("unit"))
    if unit is None:
        return None
    num = num.replace(",", "")
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
    for m in _OP.finditer(text):
        t = _term(text[pos : m.start()], sign)
        if t is None:
            return None
        terms.append(t)
        op = (m.group(1) or m.group(2)).lower()
        sign, pos = (-1 if op in ("minus", "-") else 1), m.end()
    last = _term(text[pos:], sign)
    if last is None or len(terms) >= 8:
        return None
    terms.append(last)
    return tuple(terms)


def _plausible(terms: tuple[Term, ...], target: UnitSpec | None) -> bool:
    """Known dimensions everywhere; an angle "degrees" next to a temperature means we misread
    "degrees" and abstain. Other mismatches pass: run() reports them as a clear error."""
    specs = [t.unit for t in terms] + ([target] if target else [])
    dims = {dimensionality(s) for s in specs}
    if "" in dims:
        return False
    names = {n for s in specs for n, _ in s}
    if "degree" in names and any(is_temperature(n) for n in names):
        return False
    # pint calls angles and bytes both dimensionless: never convert one into the other.
    return len({family(n) for n in names} - {"dimensional"}) <= 1


def _build(expr: str, target: str | None) -> UnitsRequest | None:
    terms = parse_expr(expr.strip())
    if not terms:
        return None
    spec = None
    if target is not None:
        target = re.sub(r"^(?:_+|\?+)\s*", "", target.strip())  # "is equal to ___ ft"
        spec = parse_unit(_TRAIL.sub("", target))
        if spec is None:
            return None
    terms, spec = _fluid_ounces(terms, spec)
    if not _plausible(terms, spec):
        return None
    return _with_readings(UnitsRequest(terms, spec))


def _with_readings(req: UnitsRequest) -> UnitsRequest | None:
    """Resolve unit words with several readings: one request per reading, or abstain."""
    specs = [t.unit for t in req.terms] + ([req.target] if req.target else [])
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
        readings.append(UnitsRequest(one.terms, one.target, reading=name, shown=shown))
    return UnitsRequest(req.terms, req.target, tuple(readings), WHAT[word][0])


_OUNCE, _FLUID_OUNCE = (("ounce", 1),), (("fluid_ounce", 1),)


def _fluid_ounces(terms: tuple[Term, ...], target: UnitSpec | None):
    """ "How many ounces in a cup": next to a volume, a bare ounce is the fluid ounce."""
    specs = [t.unit for t in terms] + ([target] if target else [])
    if _OUNCE not in specs or not any(dimensionality(s) == "[length] ** 3" for s in specs):
        return terms, target
    terms = tuple(
        Term(t.sign, t.magnitude, _FLUID_OUNCE if t.unit == _OUNCE else t.unit) for t in terms
    )
    return terms, (_FLUID_OUNCE if target == _OUNCE else target)


def _splits(body: str, conn: re.Pattern[str]):
    for m in conn.finditer(body):
        yield body[: m.start()], body[m.end() :]


def parse_units_request(text: str) -> UnitsRequest | None:
    """The whole message as one units request, or None when it is anything else."""
    if len(text) > MAX_TEXT or not re.search(r"\d|\b(?:an?|one)\b", text, re.IGNORECASE):
        return None
    if CURRENCY.search(text):
        return None  # no live rates: currency conversion is not ours
    body = _normalise(text)
    for pattern in _ADD_TAKE:
        m = pattern.match(body)
        if m:
            op, prep = m.group("op").lower(), m.group("prep").lower()
            if (op == "add") != (prep == "to"):
                return None
            minus = "-" if op != "add" else "+"
            return _build(f"{m.group('b')} {minus} {m.group('a')}", m.group("target"))
    m = _HOW_MANY.match(body)
    if m:
        for target, expr in _splits(m.group("rest"), _HOW_MANY_CONN):
            req = _build(expr, target)
            if req:
                return req
        return None
    m = _EQ.match(body)
    if m:
        return _build(m.group("expr"), m.group("target"))
    lead = re.match(_LEAD, body, re.IGNORECASE)
    rest = body[lead.end() :] if lead else body
    for expr, target in _splits(rest, _CONN):
        req = _build(expr, target)
        if req:
            return req
    if lead and lead.group(0):
        req = _build(rest, None)
        if req and len(req.terms) > 1:  # "what is 5 min - 1 min": result in the first unit
            return req
    return None


def magnitude(term: Term) -> Fraction:
    return Fraction(term.magnitude) * term.sign
