"""A story of a product whose one percentage is what a process keeps or loses of what goes in:
"A raw lot of 840 kg yields 38% usable cashmere after dehairing, and that sells at $96 a kilo.
What's the dehaired lot worth in dollars?" is 840 × 96 × 38/100; "Wet cocoa beans lose 62% of
their weight through fermenting and drying. How many kg of dry beans come from 2,350 kg of wet
ones?" is 2350 × (100 − 62)/100. The percentage is taken out of the story, the rest read by its
units as `rates` reads any product (every number used, the units cancelling to the asked ones),
and the share multiplies the whole. Only a measure or money is asked (a count of survivors may
not come out whole), only these yield phrasings are read, and nothing else may change the
product (no other percentage, nothing approximate, added, taken away or left). Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.asked import asked_units
from tools.calculator.products import MEASURES, TIMES, only_reading
from tools.calculator.rates import MAX_STORY, changes, quantities, sentences_asked

_P = r"(?P<p>\d{1,2}(?:\.\d+)?)\s?%"
_THE_WEIGHT = r"(?:its|their|her|his|the|that)\s+(?:original\s+)?(?:weight|volume|mass)"
# how the process is said after the share ("in the roaster", "through fermenting and drying")
_DURING = r"(?:\s+(?:in|through|during|while|over|after|when)\s+[a-z' ]{2,40}?)?(?=\s*[.,;!?]|$)"
_KEPT = (
    # "yields 38% usable cashmere", "gives 12.5% of her weight in roe", "turns out 38% of it as lint"
    re.compile(
        rf"\b(?:yields?|yielded|gives?|gave|turns?\s+out|returns?)\s+{_P}"
        rf"(?:\s+of\s+(?:it|{_THE_WEIGHT}))?(?:\s+(?:as|in))?(?:\s+[a-z]+){{0,2}}?{_DURING}",
        re.IGNORECASE,
    ),
    # "at a 64% juice yield by weight", "at 43% recovery"
    re.compile(
        rf"\bat\s+(?:an?\s+)?{_P}\s+(?:[a-z]+\s+)?(?:yield|recovery)(?:\s+by\s+(?:weight|volume))?",
        re.IGNORECASE,
    ),
    # "the yield is 24% by weight", "This week's oil yield was 13.5% by weight"
    re.compile(
        rf"(?:^|(?<=[.,;]\s)|\band\s+)(?:the\s+|our\s+|its\s+|this\s+week's\s+|today's\s+)?"
        rf"(?:[a-z]+\s+)?(?:yield|recovery)\s+(?:is|was|of)\s+{_P}(?:\s+by\s+(?:weight|volume))?",
        re.IGNORECASE,
    ),
    # "We polish our rice down to 60% of its original weight"
    re.compile(rf"\bdown\s+to\s+{_P}\s+of\s+{_THE_WEIGHT}", re.IGNORECASE),
    # "85% of it is packable", "90% of them are saleable": the share fit to sell
    re.compile(
        rf"\b{_P}\s+of\s+(?:it|that|them|the\s+[a-z]+)\s+(?:is|are)\s+(?:packable|usable|saleable"
        r"|sellable|marketable|edible)",
        re.IGNORECASE,
    ),
    # "after hulling and drying, 52% of that weight is left to sell"
    re.compile(rf"\b{_P}\s+of\s+{_THE_WEIGHT}\s+is\s+left(?:\s+to\s+[a-z]+)?", re.IGNORECASE),
)
# "loses 62% of their weight through fermenting and drying", "lose 18% in the cave"
_LOST = re.compile(
    rf"\b(?:lose|loses|lost|losing)\s+{_P}(?:\s+of\s+{_THE_WEIGHT})?{_DURING}", re.IGNORECASE
)
_ASKED_KINDS = MEASURES | frozenset(TIMES) | {"money"}


def yield_product(worded: str) -> str | None:
    """ "840 * 96 * 38/100" for a product story with one share kept or lost, else None."""
    if len(worded) > MAX_STORY or worded.count("%") != 1:
        return None
    found = _share(worded)
    if found is None:
        return None
    m, kept = found
    if Fraction(m["p"]) == 0:
        return None  # (two digits at most: the share is under 100%)
    rest = f"{worded[: m.start()]} {worded[m.end() :]}".replace(" ,", ",")
    rest = re.sub(r"\s+", " ", rest).replace(" .", ".").strip()
    sentences = sentences_asked(rest)
    if not 2 <= len(sentences) <= 3 or changes(rest):
        return None
    asked = asked_units(sentences[-1])
    if asked is None or not set(asked) <= _ASKED_KINDS:
        return None  # (a count of what is kept may not come out whole)
    quantities_ = quantities(rest, asked)
    if not quantities_:
        return None
    read = only_reading(quantities_, asked)
    if read is None:
        return None
    share = f"{m['p']}/100" if kept else f"(100 - {m['p']})/100"
    return f"({read}) * {share}"


def _share(worded: str) -> tuple[re.Match[str], bool] | None:
    """The one yield phrase and whether its share is what is kept."""
    said = [(m, True) for p in _KEPT if (m := p.search(worded))]
    if lost := _LOST.search(worded):
        said.append((lost, False))
    return said[0] if len(said) == 1 else None
