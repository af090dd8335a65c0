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

from tools.units.described import LABEL
from tools.units.grammar import (
    UnitSpec,
    UnitsRequest,
    build,
    parse_expr,
    parse_targets,
    parse_unit,
)
from tools.units.names import dimensionality
from tools.units.told import ONE_OF
from tools.words import SIZED_NAME, has_digit

_NUM = r"\d[\d,]*(?:\.\d+)?"
# A side: a number and its unit, maybe a second number in a smaller unit ("11 ft 6 in"); the
# first side of "16 by 20 inch" may leave its unit to the second
_SIDE = rf"{_NUM}(?:\s*[a-z]+\.?(?:\s+{_NUM}\s*(?:in|inch|inches|cm))?)?"
_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a>{_SIDE})\s+(?:by|x|×)\s+(?P<b>{_SIDE})(?![\w.])",
    re.IGNORECASE,
)
# Each unit a side is said in, exactly, in one unit of its system: sides said in two units are
# put in metres, or in inches (a foot is no terminating decimal of a yard), so the product stays
# a terminating decimal (a metric side beside an imperial one is left: a metre is no whole number
# of inches)
_IN_ONE = {
    "millimeter": (Decimal("0.001"), "meter"),
    "centimeter": (Decimal("0.01"), "meter"),
    "meter": (Decimal(1), "meter"),
    "inch": (Decimal(1), "inch"),
    "foot": (Decimal(12), "inch"),
    "yard": (Decimal(36), "inch"),
}
_SQUARE = r"(?:square|sq\.?)\s+[a-z]+|[a-z]+(?:2|²|\^2)|acres|hectares"
_AREA_ASKED = re.compile(
    r"(?:^|[.?!;:]\s+|,\s+|\s[-—–]\s+|\s(?=is\s+how\s+many\s)"
    r"|\s+and\s+(?=[a-z' ]{0,40}?\b(?:wants?|needs?|asked\s+for|asks\s+for)\s)"
    r"|(?<=[a-z])\s(?=in\s+(?:square|sq)\s+[a-z]+\s*\??$))"
    r"(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:the|its|that|the\s+total"
    r"|(?:one|1)\s+[a-z]+'s)\s+"  # ("What is one sheet's area in square centimetres?")
    rf"(?:(?:floor|surface|ground|total|plan|glass|panel|wall|roof|canvas|board|sheet)\s+)?area"
    rf"\s+in\s+(?P<t>{_SQUARE})"
    rf"|how\s+many\s+(?P<t2>{_SQUARE})(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:is\s+(?:that|it|the\s+(?:[a-z]+\s+)?"
    r"(?:floor|room|space|plot|site|lawn|wall|window|opening|area|yard|garden|hall|surface)"
    r"|(?:one|1|a|each)\s+[a-z]+)"  # ("… is one mat": set 184, the thing told)
    r"|(?:does|will|would|can)\s+it\s+(?:cover|need|take\s+up)"
    # "… of flat ground do we need?", "… of surface am I finishing?"
    r"|(?:do|will)\s+(?:we|i)\s+need|(?:am\s+i|are\s+we)\s+[a-z]+ing))?"
    # "What's that in square metres?", "I need its area in square metres for the listing."
    rf"|what(?:'s|\s+is)\s+that\s+in\s+(?P<t3>{_SQUARE})"
    rf"|(?:i\s+)?need\s+(?:its|the)\s+(?:(?:floor|wall|surface)\s+)?area\s+in\s+(?P<t4>{_SQUARE})"
    # "What area is that in square feet?"
    rf"|what\s+area\s+is\s+(?:that|it|this)\s+in\s+(?P<t13>{_SQUARE})"
    # "In square metres, how big is that?", "How big is that in square metres?"
    rf"|in\s+(?P<t7>{_SQUARE}),?\s+how\s+big\s+is\s+(?:that|it|the\s+[a-z]+)"
    rf"|how\s+big\s+is\s+(?:that|it|the\s+[a-z]+)\s+in\s+(?P<t8>{_SQUARE})"
    # "Area of one sheet in square centimetres?", "In square feet that is …?"
    rf"|area\s+of\s+(?:one|1|a|an|each|the)\s+[a-z]+\s+in\s+(?P<t11>{_SQUARE})"
    rf"|in\s+(?P<t12>{_SQUARE}),?\s+(?:that\s+is|that's|is\s+that)(?:\s*(?:…|\.\.\.))?"
    # "Client wants it in square metres."
    rf"|[a-z' ]{{0,40}}?\b(?:wants?|needs?|asked\s+for|asks\s+for)\s+(?:it|that|the\s+area)\s+in\s+(?P<t10>{_SQUARE})"
    r"(?:[.,;]\s+(?:so\s+)?what(?:'s|\s+is)\s+(?:it|that))?"  # ("… the area in square metres. What is it?")
    rf"|in\s+(?P<t17>{_SQUARE})(?=\s*\??$)"  # ("our cage floor is 3.6 m x 2.4 m, in sq ft?": set 186)
    # "a 9 by 12 foot rug is how many square metres", "… keep asking how many square feet that is"
    rf"|is\s+how\s+many\s+(?P<t15>{_SQUARE})"
    rf"|[a-z' ]{{0,40}}?\b(?:asking|asked|asks|ask)\s+how\s+many\s+(?P<t16>{_SQUARE})\s+(?:that|it)\s+is"
    # "The hire company quotes in square feet, so how many is that?"
    rf"|[a-z' ]{{0,40}}?\b(?:quotes?|works?|prices?|charges?)\s+in\s+(?P<t9>{_SQUARE}),?\s+(?:so\s+)?"
    r"how\s+many\s+is\s+(?:that|it)"
    # "Floor area in square metres?", "Cross-section in square feet?"
    rf"|(?:(?:floor|surface|total)\s+)?area\s+in\s+(?P<t5>{_SQUARE})"
    rf"|cross[- ]section(?:al\s+area)?\s+in\s+(?P<t14>{_SQUARE})"
    # a note's "- square feet please"
    rf"|(?P<t6>{_SQUARE})(?:,?\s+please)?)"
    r"(?:\s+for\s+(?:the|my|our|a|an)\s+[a-z' -]{1,30})?\s*[?.]?$",
    re.IGNORECASE,
)
# Two sides said with their directions: "24 ft wide and 16 ft deep", "5 m long by 3 m wide",
# "1.2 m wide and 2.1 m tall"
_SIDES_SAID = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})\s*(?P<ua>[a-z]+)(?P<ax>\s+{_NUM}\s*(?:in|inch|inches|cm))?\s+"
    rf"(?P<da>wide|long|across)\s+(?:and|by)\s+(?P<b>{_NUM})\s*(?P<ub>[a-z]+)"
    rf"(?P<bx>\s+{_NUM}\s*(?:in|inch|inches|cm))?"  # ("18 ft long and 8 ft 6 in wide")
    r"\s+(?P<db>long|deep|wide|tall|high)\b",  # (a face: "… and 2.1 m tall")
    re.IGNORECASE,
)
# A border, a part taken off, a second shape or a rough figure: not the one rectangle's area
_ELSE = re.compile(
    # ("Each outdoor run is 12 feet by 5 feet.": each one's area, when no count is told)
    r"(?<=.)\beach\b"
    r"|\b(?:minus|less|except|excluding|without|plus|border|path|around|(?<!\bis\s)per|half|twice"
    r"|roughly|about|approx\w*|nearly|almost|circle|circular|round|triangle|triangular|diameter"
    r"|radius|deep|depth|high|height|tall|thick)\b|%",
    re.IGNORECASE,
)
_LENGTH = "[length]"


# The area asked first, of the rectangle told after: "What's the area in square centimetres of a
# 16 by 20 inch print?"
_AREA_OF = re.compile(
    rf"^(?:what(?:'s|\s+is)\s+the\s+)?(?:floor\s+|total\s+)?area\s+in\s+(?P<t>{_SQUARE})\s+of\s+"
    r"(?:an?|the|my|our|this)\s+"
    r"(?P<story>.+?)\s*\??$",
    re.IGNORECASE,
)


# ... or "In square feet, how big is my therapy room at 3.6 m by 2.7 m?" (`tidy` puts the unit
# last: "how big is my therapy room at 3.6 m by 2.7 m in square feet")
_HOW_BIG_FIRST = re.compile(
    r"^how\s+big\s+is\s+(?:an?|the|my|our|this)\s+(?P<story>[a-z]+(?:\s+[a-z]+)?\s+(?:at|of)\s+.+?)"
    rf"\s+in\s+(?P<t>{_SQUARE})\s*\??$",
    re.IGNORECASE,
)


def area_request(body: str) -> UnitsRequest | None:
    """The units request for a rectangle's area asked in a square unit, or None."""
    if first := _AREA_OF.match(body) or _HOW_BIG_FIRST.match(body):
        story, target = first["story"], first["t"]
    elif asked := _AREA_ASKED.search(body):
        story = body[: asked.start()]
        target = next(t for t in asked.groups() if t)
        one = ONE_OF.search(asked.group())
        if one and not re.search(rf"\b{re.escape(one['noun'][:4])}", story, re.IGNORECASE):
            return None  # ("a sheet is 2 m by 1 m. how many square feet is one bundle?")
    else:
        return None
    sides = list(_SIDES.finditer(story))
    said = [m for m in _SIDES_SAID.finditer(story) if m["da"].lower() != m["db"].lower()]
    if said and not sides:
        sides, body = said, body[: said[0].start()] + body[said[0].end() :]
    if len(sides) != 1 or _ELSE.search(body) or _digits_outside(story, sides[0]):
        return None
    m = sides[0]
    if "ua" in m.re.groupindex:  # said with directions: "24 ft wide and 16 ft deep"
        lengths = _in_one_unit(
            [f"{m['a']} {m['ua']}{m['ax'] or ''}", f"{m['b']} {m['ub']}{m['bx'] or ''}"]
        )
    else:
        lengths = _in_one_unit([m["a"], m["b"]])
    wanted = _one_target(target, f"{_LENGTH} ** 2")
    if lengths is None or wanted is None:
        return None
    (a, b), unit = lengths  # (asked in the sides' own unit, the area is their product)
    return build(f"{(a * b).normalize():f} {unit}^2", target)


def _in_one_unit(sides: list[str]) -> tuple[list[Decimal], str] | None:
    """The sides' lengths in one unit (the unit they share, else the smallest said) and that
    unit's symbol; None when a side is no length, or sides mix metric and imperial units."""
    parsed = [parse_expr(side.strip()) for side in sides]
    if parsed[-1] and not all(parsed):  # "16 by 20 inch", "12 by 10 by 8 inches"
        last = parsed[-1][0].unit[0][0]
        parsed = [side or _bare(text, last) for side, text in zip(parsed, sides, strict=True)]
    terms = [t for side in parsed if side for t in side]
    if not all(parsed) or any(t.sign < 0 or len(t.unit) != 1 or t.unit[0][1] != 1 for t in terms):
        return None
    names = {t.unit[0][0] for t in terms}
    if len(names) == 1 and all(len(side) == 1 for side in parsed):
        name = names.pop()
        if dimensionality(((name, 1),)) != _LENGTH:
            return None
        return [Decimal(side[0].magnitude.replace(",", "")) for side in parsed], name
    if not names <= _IN_ONE.keys() or len({_IN_ONE[n][1] for n in names}) != 1:
        return None
    lengths = [
        sum(Decimal(t.magnitude.replace(",", "")) * _IN_ONE[t.unit[0][0]][0] for t in side)
        for side in parsed
    ]
    return lengths, _IN_ONE[next(iter(names))][1]


def _bare(side: str, unit: str):
    """A bare number's one term in the unit said after it, or None."""
    if not re.fullmatch(_NUM, side.strip()):
        return None
    terms = parse_expr(f"{side.strip()} {unit}")
    return terms if terms and len(terms) == 1 else None


def _one_target(target: str, kind: str) -> UnitSpec | None:
    """The one unit a question asks for, when it measures `kind` ("[length] ** 2")."""
    targets = parse_targets(target)
    if not targets or len(targets) != 1 or dimensionality(targets[0]) != kind:
        return None
    return targets[0]


def _digits_outside(story: str, sides: re.Match[str]) -> bool:
    """A number the story holds besides the sides (not one in a name: "the 1000-piece puzzle")."""
    outside = story[: sides.start()] + " " + story[sides.end() :]
    return has_digit(LABEL.sub(" ", SIZED_NAME.sub(" ", outside)))  # ("on deck 5": set 177)


# A box given by its three sides, its volume asked: "Grow room is 12 ft by 10 ft by 8 ft. What's
# the volume in cubic metres?", "A tank is 48 in long, 18 in deep and 20 in high. What's its volume
# in litres?" (one unit of length for all three sides; nothing else numeric in the story)
_THREE_SIDES = re.compile(
    rf"(?<![\w.,])(?P<a2>{_NUM})\s*(?P<ua2>[a-z]+)\s+(?:long|wide|deep|high|tall),?\s+(?P<b2>{_NUM})\s*"
    rf"(?P<ub2>[a-z]+)\s+(?:long|wide|deep|high|tall),?\s+and\s+(?P<c2>{_NUM})\s*(?P<uc2>[a-z]+)\s+"
    r"(?:long|wide|deep|high|tall)\b"
    # "24 ft by 16 ft with a 9 ft ceiling": a room's floor, then its height
    rf"|(?<![\w.,])(?P<a3>{_NUM})\s*(?P<ua3>[a-z]+)?\s+(?:by|x|×)\s+(?P<b3>{_NUM})\s*(?P<ub3>[a-z]+)\s+"
    rf"(?:with\s+an?\s+(?P<c3>{_NUM})\s*(?P<uc3>[a-z]+)\s+(?:ceiling|ceiling\s+height)"
    # "A unit measures 10 ft by 15 ft and is 8 ft high."
    rf"|and\s+is\s+(?P<c4>{_NUM})\s*(?P<uc4>[a-z]+)\s+(?:high|tall|deep))\b",
    re.IGNORECASE,
)
# "12 by 10 by 8 ft", "6 m × 4.5 m × 150 mm thick" (sides as in `_SIDES`, maybe in two units)
_BY_THREE = re.compile(
    rf"(?<![\w.,])(?P<a>{_SIDE})\s+(?:by|x|×)\s+(?P<b>{_SIDE})\s+(?:by|x|×)\s+(?P<c>{_SIDE})"
    r"(?![\w.])",
    re.IGNORECASE,
)
# A floor's sides, and a depth laid over it: "9.6 m by 7.5 m … the quilt 270 mm deep all over"
_DEPTH = re.compile(rf"(?<![\w.,])(?P<c>{_NUM}\s*[a-z]+)\s+(?:deep|thick)\b", re.IGNORECASE)
_VOLUME_ASKED = re.compile(
    r"(?:^|[.?!]\s+|,\s+|\s[-—–]\s+)(?:so\s+)?(?:(?:what(?:'s|\s+is)\s+(?:the|its|that)\s+)?"
    r"(?:total\s+|(?:room|tank|box|shed|van|container|cellar|loft|bin|skip)\s+)?"  # ("the room volume")
    r"(?:volume|capacity)\s+in\s+(?P<t>[a-z ]{2,20}?)|how\s+many\s+(?P<t2>cubic\s+[a-z]+|litres|liters"
    r"|gallons|cubic\s+feet|m³|m3|ft³|yd³)(?:\s+of\s+[a-z]+)?(?:\s+(?:is\s+(?:that|it)|does\s+it\s+hold"
    r"(?:\s+when\s+(?:it(?:'s|\s+is)\s+)?full)?"  # ("How many litres does it hold when full?")
    # "How many cubic metres do we send?"
    r"|(?:do|will|should)\s+(?:we|i)\s+(?:need|send|order|pour|batch|mix|deliver|lay)))?"
    r"|(?P<t3>cubic\s+(?:feet|metres|meters|yards|inches)))\s*[?.]?$",  # ("… Cubic feet?")
    re.IGNORECASE,
)
_VOLUME = "[length] ** 3"


# The volume asked first, of the box told after: "Volume in litres of a box measuring 16 by 12 by
# 10 inches inside?"
_VOLUME_OF = re.compile(
    r"^(?:what(?:'s|\s+is)\s+the\s+)?volume\s+in\s+(?P<t>[a-z ]{2,20}?)\s+of\s+(?:an?|the|my|our|this)\s+"
    r"(?P<story>.+?)\s*\??$"
    # "In cubic inches, what's the volume of a brick measuring 215 mm by 102.5 mm by 65 mm?"
    r"|^in\s+(?P<t2>[a-z ]{2,20}?),\s+what(?:'s|\s+is)\s+the\s+volume\s+of\s+(?:an?|the|my|our|this)\s+"
    r"(?P<story2>.+?)\s*\??$",
    re.IGNORECASE,
)


def volume_request(body: str) -> UnitsRequest | None:
    """The units request for a box's volume asked in a unit of volume, or None."""
    if first := _VOLUME_OF.match(body):
        story, target = first["story"] or first["story2"], first["t"] or first["t2"]
    elif asked := _VOLUME_ASKED.search(body):
        story, target = body[: asked.start()], asked["t"] or asked["t2"] or asked["t3"]
    else:
        return None
    if _ELSE_BOX.search(story) or _one_target(target, _VOLUME) is None:
        return None
    by_three = list(_BY_THREE.finditer(story))
    floors, depths = list(_SIDES.finditer(story)), list(_DEPTH.finditer(story))
    if len(by_three) == 1 and not _digits_outside(story, by_three[0]):
        sides = [by_three[0]["a"], by_three[0]["b"], by_three[0]["c"]]
    elif len(floors) == 1 == len(depths) and not has_digit(
        _without(story, floors[0], depths[0])
    ):  # (the depth said apart from the floor's sides)
        sides = [floors[0]["a"], floors[0]["b"], depths[0]["c"]]
    else:
        return _box_said(story, target)
    lengths = _in_one_unit(sides)
    if lengths is None:
        return None
    volume, unit = lengths[0][0] * lengths[0][1] * lengths[0][2], lengths[1]
    return build(f"{volume.normalize():f} {unit}^3", target)


def _without(story: str, *found: re.Match[str]) -> str:
    """The story without the spans found (which do not overlap)."""
    kept, at = [], 0
    for m in sorted(found, key=lambda m: m.start()):
        kept.append(story[at : m.start()])
        at = max(at, m.end())
    return "".join(kept) + story[at:]


def _box_said(story: str, target: str) -> UnitsRequest | None:
    """A box said with its sides' directions, or a floor with its ceiling or height."""
    boxes = list(_THREE_SIDES.finditer(story))
    if len(boxes) != 1 or _digits_outside(story, boxes[0]):
        return None
    m = boxes[0]
    sides = [m[f"{k}2"] or m[f"{k}3"] or m["c4"] for k in "abc"]
    said = [u for u in (m[f"{k}2"] or m[f"{k}3"] or m["uc4"] for k in ("ua", "ub", "uc")) if u]
    units = {parse_unit(u.rstrip(".")) for u in said}
    if len(units) != 1 or None in units:
        return None  # two units, or a word that is no unit
    unit = units.pop()
    if dimensionality(unit) != _LENGTH:
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
