"""Units virtual expert: unit conversions and same-dimension sums, answered exactly by pint.

`parse` accepts a request only when `grammar` accounts for the whole text (every unit word
validated against pint's registry by name; currency and made-up units abstain). `run` does the
pint work (`convert`) in the bounded worker and answers "100 m ≈ 328.084 ft" ("=" when the
result is exact, "≈" when rounded to 6 significant digits).
"""

from __future__ import annotations

import logging
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tools.base import Tool, ToolCall, ToolContext, ToolResult, run_in_worker, warm_worker
from tools.sandbox.bounded import preload
from tools.units import convert
from tools.units.grammar import UnitsRequest, convertible
from tools.units.names import resolve
from tools.units.phrasing import parse_units_request
from tools.units.spoken import BELOW_ZERO, number_words
from tools.units.stated import sizes_said_away
from tools.words import spaced_dashes

log = logging.getLogger(__name__)

NAME = "units"
# Unqualified, these names are US customary measures (answers say "US pt"); said next to a
# country that uses the imperial ones ("my British recipe: 1 pint"), the US reading is wrong.
US_DEFAULT = frozenset(
    {"gallon", "quart", "pint", "cup", "fluid_ounce", "gill", "tablespoon", "teaspoon"}
)
NON_US = re.compile(
    r"\b(?:british|britain|english|england|scottish|scotland|welsh|wales|irish|ireland|uk|u\.k\."
    r"|canadian|canada|australian|australia|new zealand|imperial)\b",
    re.IGNORECASE,
)
_BRITISH_SPELLING = re.compile(r"\b(?:milli|centi|deci|kilo)?litres?\b", re.IGNORECASE)
_SAID_US = re.compile(r"\b(?:US|U\.S\.|American)\b|\(US\)")
# ... unless the text says the miles are by road: "Sat nav says 820 km from the ferry at Santander
# down to our flat"
_ON_LAND = re.compile(
    r"\bstatute\b|\bsat\s?-?nav\b|\b(?:drive|drove|driving|road|roads|motorway)\b",
    re.IGNORECASE,
)
# At sea a mile is often the nautical one: "The cable ship steamed 340 miles out to the fault."
_AT_SEA = re.compile(
    r"\b(?:ships?|vessels?|steam(?:ed|ing)|sail(?:ed|ing|s)?|yachts?|boats?|ferry|ferries|at\s+sea"
    r"|offshore|voyage|trawler|tanker|tug|harbour|harbor)\b",
    re.IGNORECASE,
)
# Ounces of a liquid may be fluid ounces: "Convert 6 ounces of vanilla extract to grams."
_LIQUID_OUNCES = re.compile(
    r"\b(?:ounces?|oz)\s+of\s+(?:[a-z]+\s+)?(?:extract|oil|milk|water|juice|syrup|sauce|cream|wine"
    r"|beer|spirits?|vodka|rum|gin|whisk(?:e)?y|vinegar|liquid|coffee|tea|broth|stock|essence"
    r"|perfume|lotion|shampoo|soap|dressing|liqueur|cordial|squash|espresso)\b",
    re.IGNORECASE,
)
# Gold, silver and the like are weighed in troy ounces and pounds; the unqualified names are
# avoirdupois ("How many ounces in a pound of gold?" is 12, not 16).
AVOIRDUPOIS = frozenset({"ounce", "pound"})
PRECIOUS = re.compile(
    r"\b(?:gold|silver|platinum|palladium|bullion|precious metals?|troy)\b", re.IGNORECASE
)
# "kB", "MB", "GB" mean 1000s in SI and 1024s in much software ("How many kilobytes in a
# megabyte?", "5 GB in MB"): between bytes alone either reading may be the asker's, so those go
# to the model. Next to KiB, MiB ("500 GB in GiB") or bits ("100 Mbit/s in MB/s") they are SI.
_DECIMAL_BYTES = re.compile(r"^(?:kilo|mega|giga|tera|peta|exa|zetta|yotta)byte$")
_SI_CUES = re.compile(r"bibyte$|bit$")
_TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin", "degree_Rankine"})
# A temperature said against another after it ("10 °C below freezing", "5 degrees warmer than
# …"); not a limit ("keep it below 5 °C") nor a height above sea level
_AGAINST = re.compile(
    r"\d\s*(?:°\s*[CFK]?|degrees?(?:\s+(?:celsius|fahrenheit|centigrade|kelvin|[CF]))?|[CFK])\.?\s+"
    r"(?:below|above|under|over|warmer|colder|hotter|cooler|higher|lower|more|less)\b"
    r"(?!\s+(?:mean\s+)?sea\s+level\b)|\bsub-?zero\b",
    re.IGNORECASE,
)
# A quantity said only roughly: "my height of five foot something", "40-odd miles", "6ish feet"
# (read after `number_words`: "five foot something" as "5 foot something")
# A last "to 2 decimal places", "km to 2 decimals?": the answer is shown rounded as well
_PLACES = re.compile(
    r",?\s*(?:(?:rounded|correct|accurate)\s+)?to\s+(?P<n>[0-4]|one|two|three|four)\s+"
    r"(?:decimal\s+places?|decimals|dp|d\.p\.)(?:,?\s*please)?\s*(?=[?.!]*$)",
    re.IGNORECASE,
)
_PLACES_NAMED = {"one": 1, "two": 2, "three": 3, "four": 4}
_PLACES_REACH = 80  # (it ends the text: a 10 KB message is not scanned for it)
_ROUGH = re.compile(
    r"\d[\w.]*[\s-]+(?:[a-z]+\s+)?something\b|\d\s*-?\s*(?:odd|ish)\b", re.IGNORECASE
)
# Every bounded worker builds pint's exact registry when it starts, not in the first request.
preload(convert.warm)


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    if (asked := sizes_said_away(text)) is None:
        return None  # "(1 knot = 2 km/h)": a size of the asker's own
    places = None
    said = "decimal" in asked or "dp" in asked or "d.p." in asked
    if said and (m := _PLACES.search(asked, max(0, len(asked) - _PLACES_REACH))):
        places = int(_PLACES_NAMED.get(m["n"].lower(), m["n"]))
        asked = asked[: m.start()] + asked[m.end() :]
    try:
        req = parse_units_request(spaced_dashes(asked))  # ("4.6 hectares—how many acres")
    except Exception:  # a grammar bug must not take the router down: abstain and say so
        log.exception("units grammar failed on %r", text[:200])
        return None
    if req is None or _ROUGH.search(number_words(text)):
        return None
    if req.target is not None and req.terms and not convertible(req.terms[0].unit, req.target):
        return None  # "500 ml of linseed oil, how many grams is that?": a density is needed
    if any(not convertible(term.unit, req.terms[0].unit) for term in req.terms[1:]):
        return None  # "What's 4H minus 2B?" (pencil grades, not henries and bytes)
    if _asked_as_told(req, text):
        return None
    payload = req.payload()
    if _reading_unclear(text, _unit_names(payload)):
        return None
    if places is not None:
        payload["places"] = places
    return ToolCall(tool=NAME, args=payload, text=text.strip(), confidence=0.98)


def _asked_as_told(req: UnitsRequest, text: str) -> bool:
    """True when the one quantity the text gives is asked for in its own unit ("For 2,500 g of
    flour, how many grams of water?"): no conversion, so the question is about something else.
    A quantity worked out from the text (a slab's volume) or split ("200 minutes in hours and
    minutes") is a conversion."""
    if len(req.terms) != 1 or req.terms[0].unit != req.target or req.parts or req.readings:
        return False
    written = re.escape(req.terms[0].magnitude)
    return re.search(rf"(?<![\d.]){written}(?![\d])", text.replace(",", "")) is not None


def _reading_unclear(text: str, names: set[str]) -> bool:
    """Whether the request's context makes a unit mean something other than its default:
    a US measure next to an imperial country or written with British spelling, avoirdupois
    ounces next to gold, a mile at sea, or decimal byte multiples among bytes alone."""
    if NON_US.search(text) and names & US_DEFAULT:
        return True
    # "My water butt holds 45 gallons, how many litres is that?": "litres" is written where the
    # gallon is the imperial one, unless the US one is named
    british = _BRITISH_SPELLING.search(text) and not _SAID_US.search(text)
    if british and (names & US_DEFAULT or "mile_per_gallon" in names):
        return True
    if PRECIOUS.search(text) and names & AVOIRDUPOIS:
        return True
    if "ounce" in names and _LIQUID_OUNCES.search(text):
        return True  # (weight or fluid ounces?)
    if "mile" in names and _AT_SEA.search(text) and not _ON_LAND.search(text):
        return True  # (a mile told or asked at sea: statute or nautical?)
    if names & _TEMPERATURES and _AGAINST.search(text):
        # "10 °C below freezing", "5 °C above room temperature": a reading against another
        # ("12 °C below zero" is read as -12 °C by `spoken`)
        return not (BELOW_ZERO.search(text) and len(_AGAINST.findall(text)) == 1)
    decimal_bytes = any(_DECIMAL_BYTES.match(n) for n in names)
    return decimal_bytes and not any(_SI_CUES.search(n) for n in names)


def _unit_names(payload: dict) -> set[str]:
    specs = [t[2] for t in payload["terms"]] + [payload["target"] or []]
    return {name for spec in specs for name, _ in spec}


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    if not call.args.get("terms"):
        return ToolResult(ok=False, error="units call has no parsed quantity")
    res = run_in_worker(
        convert.evaluate_request, call.args, ctx, memory_mb=512, failed="unit conversion failed"
    )
    if not res.ok:
        return res
    out = res.value
    if out.get("readings"):
        # "It depends on the ton. US short ton: 1 ton = 907.18474 kg; UK long ton: 1 ton = …"
        lines = [f"{r['reading']}: {_line(r)}" for r in out["readings"]]
        return ToolResult(
            ok=True,
            output=f"It depends on the {out['ambiguous']}. " + "; ".join(lines),
            value=[_value(r) for r in out["readings"]],
            elapsed_ms=res.elapsed_ms,
            details={"readings": lines},
        )
    return ToolResult(
        ok=True,
        output=_line(out) + _rounded(out, call.args.get("places")),
        value=_value(out),
        elapsed_ms=res.elapsed_ms,
        details={"result": out["text"], "unit": out["unit"], "exact": out["exact"]},
    )


def _line(out: dict) -> str:
    """ "100 m ≈ 328.084 ft"; a chain shows each step: "5 km = 5000 m = 500000 cm"."""
    steps = [*out.get("via", []), out]
    return out["lhs"] + "".join(
        f" {'=' if s['exact'] else '≈'} {s['text']} {s['unit']}" for s in steps
    )


def _rounded(out: dict, places: int | None) -> str:
    """ " ≈ 11.58 m" for an answer asked to 2 decimal places that has more; else ""."""
    if places is None:
        return ""
    try:
        exact = Decimal(out["text"]) if out["exact"] else Decimal(repr(float(out["value"])))
    except (InvalidOperation, OverflowError, ValueError):
        return ""
    shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return "" if shown == exact else f" ≈ {shown} {out['unit']}"


def _value(out: dict) -> float | str:
    try:
        return float(out["value"])
    except OverflowError:  # astronomically large: keep the exact text
        return out["text"]


def warm() -> None:
    """Start the bounded workers and load pint's unit registry here, so the first units request
    pays for neither (~0.3 s for the registry alone)."""
    warm_worker()
    resolve("m")


TOOL = Tool(name=NAME, parse=parse, run=run, warm=warm)
