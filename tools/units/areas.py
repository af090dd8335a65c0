"""An area given by its sides, asked in a square unit: "The marquee is 40 ft by 60 ft. What's
the floor area in square metres?" -> 2400 ft² in m².

The story holds one rectangle said as "A by B" in one unit of length (said after both sides or
after the second only) and no other number; the question asks for the area in a square unit of
length. The product of the sides is exact (both are written decimals), so the conversion gets
the area the story gives. Anything else abstains: two rectangles, a side in another unit, a
border or a part taken off, a shape that is not said to be a rectangle's sides. Pure string work.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.units.grammar import UnitSpec, UnitsRequest, build, parse_targets, parse_unit
from tools.units.names import dimensionality
from tools.words import has_digit

_NUM = r"\d[\d,]*(?:\.\d+)?"
_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s*(?P<ua>[a-z]+\.?)?\s+(?:by|x|×)\s+(?P<b>{_NUM})\s*(?P<ub>[a-z]+)\b",
    re.IGNORECASE,
)
_SQUARE = r"(?:square|sq\.?)\s+[a-z]+|[a-z]+(?:2|²|\^2)"
_AREA_ASKED = re.compile(
    r"(?:^|[.?!;]\s+|,\s+|\s[-—–]\s+)(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:the|its|that|the\s+total)\s+"
    rf"(?:(?:floor|surface|ground|total|plan|glass|panel|wall|roof|canvas|board|sheet)\s+)?area"
    rf"\s+in\s+(?P<t>{_SQUARE})"
    rf"|how\s+many\s+(?P<t2>{_SQUARE})(?:\s+of\s+[a-z]+)?(?:\s+(?:is\s+(?:that|it|the\s+(?:floor|room|space"
    r"|plot|site|lawn|wall|window|opening|area|yard|garden|hall))|does\s+it\s+(?:cover|need|take\s+up)))?"
    # "What's that in square metres?", "I need its area in square metres for the listing."
    rf"|what(?:'s|\s+is)\s+that\s+in\s+(?P<t3>{_SQUARE})"
    rf"|(?:i\s+)?need\s+(?:its|the)\s+area\s+in\s+(?P<t4>{_SQUARE})"
    # "Floor area in square metres?"
    rf"|(?:(?:floor|surface|total)\s+)?area\s+in\s+(?P<t5>{_SQUARE})"
    # a note's "- square feet please"
    rf"|(?P<t6>{_SQUARE})(?:,?\s+please)?)"
    r"(?:\s+for\s+(?:the|my|our|a|an)\s+[a-z' -]{1,30})?\s*[?.]?$",
    re.IGNORECASE,
)
# Two sides said with their directions: "24 ft wide and 16 ft deep", "5 m long by 3 m wide",
# "1.2 m wide and 2.1 m tall"
_SIDES_SAID = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s*(?P<ua>[a-z]+)\s+(?P<da>wide|long|across)\s+(?:and|by)\s+"
    rf"(?P<b>{_NUM})\s*(?P<ub>[a-z]+)\s+(?P<db>long|deep|wide|tall|high)\b",  # (a face: "… and 2.1 m tall")
    re.IGNORECASE,
)
# A border, a part taken off, a second shape or a rough figure: not the one rectangle's area
_ELSE = re.compile(
    r"\b(?:minus|less|except|excluding|without|plus|border|path|around|each|per|half|twice"
    r"|roughly|about|approx\w*|nearly|almost|circle|circular|round|triangle|triangular|diameter"
    r"|radius|deep|depth|high|height|tall|thick)\b|%",
    re.IGNORECASE,
)
_LENGTH = "[length]"


def area_request(body: str) -> UnitsRequest | None:
    """The units request for a rectangle's area asked in a square unit, or None."""
    asked = _AREA_ASKED.search(body)
    if asked is None:
        return None
    story = body[: asked.start()]
    sides = list(_SIDES.finditer(story))
    said = [m for m in _SIDES_SAID.finditer(story) if m["da"].lower() != m["db"].lower()]
    if said and not sides:
        sides, body = said, body[: said[0].start()] + body[said[0].end() :]
    if len(sides) != 1 or _ELSE.search(body) or _digits_outside(story, sides[0]):
        return None
    m = sides[0]
    unit = parse_unit(m["ub"])
    if unit is None or dimensionality(unit) != _LENGTH:
        return None
    if m["ua"] and parse_unit(m["ua"].rstrip(".")) != unit:
        return None  # "3 m by 250 cm": two units, or a word that is no unit ("40 long by 6 m")
    target = asked["t"] or asked["t2"] or asked["t3"] or asked["t4"] or asked["t5"] or asked["t6"]
    wanted = _one_target(target, f"{_LENGTH} ** 2")
    if wanted is None:
        return None
    if wanted == ((unit[0][0], 2),):
        return None  # ("12 feet by 30 feet … How many square feet?": the calculator's product)
    area = Decimal(m["a"].replace(",", "")) * Decimal(m["b"].replace(",", ""))
    return build(f"{area.normalize():f} {m['ub']}^2", target)


def _one_target(target: str, kind: str) -> UnitSpec | None:
    """The one unit a question asks for, when it measures `kind` ("[length] ** 2")."""
    targets = parse_targets(target)
    if not targets or len(targets) != 1 or dimensionality(targets[0]) != kind:
        return None
    return targets[0]


def _digits_outside(story: str, sides: re.Match[str]) -> bool:
    return has_digit(story[: sides.start()] + story[sides.end() :])


# A box given by its three sides, its volume asked: "Grow room is 12 ft by 10 ft by 8 ft. What's
# the volume in cubic metres?", "A tank is 48 in long, 18 in deep and 20 in high. What's its volume
# in litres?" (one unit of length for all three sides; nothing else numeric in the story)
_THREE_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s*(?P<ua>[a-z]+)?\s+(?:by|x|×)\s+(?P<b>{_NUM})\s*(?P<ub>[a-z]+)?\s+"
    rf"(?:by|x|×)\s+(?P<c>{_NUM})\s*(?P<uc>[a-z]+)\b"
    rf"|(?<![\w.,])(?P<a2>{_NUM})\s*(?P<ua2>[a-z]+)\s+(?:long|wide|deep|high|tall),?\s+(?P<b2>{_NUM})\s*"
    rf"(?P<ub2>[a-z]+)\s+(?:long|wide|deep|high|tall),?\s+and\s+(?P<c2>{_NUM})\s*(?P<uc2>[a-z]+)\s+"
    r"(?:long|wide|deep|high|tall)\b"
    # "24 ft by 16 ft with a 9 ft ceiling": a room's floor, then its height
    rf"|(?<![\w.,])(?P<a3>{_NUM})\s*(?P<ua3>[a-z]+)?\s+(?:by|x|×)\s+(?P<b3>{_NUM})\s*(?P<ub3>[a-z]+)\s+"
    rf"(?:with\s+an?\s+(?P<c3>{_NUM})\s*(?P<uc3>[a-z]+)\s+(?:ceiling|ceiling\s+height)"
    # "A unit measures 10 ft by 15 ft and is 8 ft high."
    rf"|and\s+is\s+(?P<c4>{_NUM})\s*(?P<uc4>[a-z]+)\s+(?:high|tall|deep))\b",
    re.IGNORECASE,
)
_VOLUME_ASKED = re.compile(
    r"(?:^|[.?!]\s+|,\s+|\s[-—–]\s+)(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:the|its|that)\s+(?:total\s+)?"
    r"(?:volume|capacity)\s+in\s+(?P<t>[a-z ]{2,20}?)|how\s+many\s+(?P<t2>cubic\s+[a-z]+|litres|liters"
    r"|gallons|cubic\s+feet)(?:\s+(?:is\s+(?:that|it)|does\s+it\s+hold))?)\s*[?.]?$",
    re.IGNORECASE,
)
_VOLUME = "[length] ** 3"


def volume_request(body: str) -> UnitsRequest | None:
    """The units request for a box's volume asked in a unit of volume, or None."""
    asked = _VOLUME_ASKED.search(body)
    if asked is None:
        return None
    story = body[: asked.start()]
    boxes = list(_THREE_SIDES.finditer(story))
    if len(boxes) != 1 or _ELSE_BOX.search(story) or _digits_outside(story, boxes[0]):
        return None
    m = boxes[0]
    sides = [m[k] or m[f"{k}2"] or m[f"{k}3"] or m["c4"] for k in "abc"]
    said = [
        u for u in (m[k] or m[f"{k}2"] or m[f"{k}3"] or m["uc4"] for k in ("ua", "ub", "uc")) if u
    ]
    units = {parse_unit(u.rstrip(".")) for u in said}
    if len(units) != 1 or None in units:
        return None  # two units, or a word that is no unit
    unit = units.pop()
    if dimensionality(unit) != _LENGTH:
        return None
    target = asked["t"] or asked["t2"]
    if _one_target(target, _VOLUME) is None:
        return None
    volume = Decimal(1)
    for side in sides:
        volume *= Decimal(side.replace(",", ""))
    return build(f"{volume.normalize():f} {said[-1]}^3", target)


# A part taken off, a second box or a rough figure: not the one box's volume
_ELSE_BOX = re.compile(
    r"\b(?:minus|less|except|excluding|without|plus|each|per|half|twice|roughly|about|approx\w*"
    r"|nearly|almost|full|filled|cylinder|round|diameter|radius)\b|%",
    re.IGNORECASE,
)
