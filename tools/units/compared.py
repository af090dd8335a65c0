"""Two quantities of one kind told in a story, and how far apart they are (or what they come to
together) asked in a unit, for the units frames: "the louvres are 58 feet up and the cherry
picker only reaches 16 metres. how many centimetres short does it fall" -> 58 ft − 16 m in cm;
"the new desk is 160 cm wide and the alcove is 5 ft 4 in. how many cm to spare" -> 5 ft 4 in −
160 cm in cm; "the hilltop is 2,940 ft above sea level and the radar tower adds another 65 m. how
high is the top of the tower above sea level, in metres" -> 2940 ft + 65 m in m.

A gap asked ("short", "to spare", "too long", "by how many metres does it have to come down") is
the larger less the smaller: the question says which way it goes. A sum needs the story's
"another" ("adds another 65 m", "plus another 2 kg"). The story must tell exactly two quantities
that convert to the unit asked, nothing else with a number in it, no temperature (a gap between
two readings is no reading) and no word that works on them (`combined`'s). `compared_request(body)`
gives the request or None. Pure string work over `grammar.build`, and the parse-side registry to
tell the larger quantity.
"""

from __future__ import annotations

import re

from tools.units.combined import QUANTITY, WORKED
from tools.units.grammar import UnitsRequest, build, convertible
from tools.units.names import is_temperature, one_in
from tools.words import stray_digit

_MAX_TEXT = 300
_UNIT = r"(?P<t>(?:(?:square|cubic)\s+)?[a-z°²³]{1,14})"
_APART = (
    r"short|to\s+spare|spare|too\s+(?:long|short|tall|high|low|wide|narrow|big|small|heavy|deep)"
    r"|over|longer|shorter|taller|higher|lower|wider|narrower|heavier|lighter|deeper"
)
_GAP_ASKED = re.compile(
    r"(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?(?:"
    # "how many centimetres short does it fall", "how many cm to spare", "… too long is it?"
    rf"how\s+many\s+{_UNIT}\s+(?:{_APART})(?:\s+(?:is|was|does|do|are|will|would)"
    r"(?:\s+[a-z']+){1,5})?"
    # "by how many metres does the mast have to come down to get under"
    rf"|by\s+how\s+many\s+{_UNIT.replace('<t>', '<t2>')}\s+(?:does|do|is|must|will|would)\s+"
    r"(?:the|it|my|our|she|he|they|we|i)(?:\s+[a-z']+){1,8}"
    r")\s*\??$",
    re.IGNORECASE,
)
# "by how many … does the mast have to come down": what is asked must be a gap to close
_GAP_WORDS = re.compile(
    r"\b(?:come\s+down|drop|go\s+down|be\s+(?:cut|shortened|lowered|trimmed)|too|short|over|exceed"
    r"|spare|longer|shorter|taller|higher|lower)\b",
    re.IGNORECASE,
)
_SUM_ASKED = re.compile(
    r"(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?how\s+(?:high|tall|long|far|deep|heavy)\s+(?:is|was|are"
    r"|were)\s+(?:the|it|that|my|our)(?:\s+[a-z']+){0,8}?,?\s+in\s+(?P<t3>[a-z°²³]{1,14})\s*\??$",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\b(?:adds?|plus|and)\s+(?:another|a\s+further)\s+(?=\d)", re.IGNORECASE)


def compared_request(body: str) -> UnitsRequest | None:
    """The units request for the gap between (or the sum of) a story's two quantities."""
    if len(body) > _MAX_TEXT or "how many" not in body.lower() and "how " not in body.lower():
        return None
    gap = _GAP_ASKED.search(body)
    if gap and gap["t2"] and not _GAP_WORDS.search(gap.group()):
        return None  # ("by how many metres does it rise each year": no gap to close)
    summed = None if gap else _SUM_ASKED.search(body)
    asked = gap or summed
    if asked is None:
        return None
    story = body[: asked.start()]
    if summed and len(_ANOTHER.findall(story)) != 1:
        return None  # (a height asked of a story that adds nothing on)
    target = (asked.groupdict().get("t") or asked.groupdict().get("t2") or asked["t3"]).strip()
    quantities = list(QUANTITY.finditer(story))
    if len(quantities) != 2 or stray_digit(story, quantities):
        return None
    if WORKED.search(_ANOTHER.sub(" ", story)):
        return None
    said = [q.group().strip() for q in quantities]
    values = [_in_target(build(s, target)) for s in said]
    if None in values:
        return None  # (a number that is no quantity of the asked kind, or a temperature)
    if summed:
        return build(" + ".join(said), target)
    big, small = said if values[0] >= values[1] else said[::-1]  # type: ignore[operator]
    return build(f"{big} - {small}", target)


def _in_target(req: UnitsRequest | None) -> float | None:
    """The quantity of a one-quantity request in its target unit (floats: to compare)."""
    if not req or not req.terms or not req.target:
        return None
    total = 0.0
    for term in req.terms:
        if any(is_temperature(n) for n, _ in term.unit) or not convertible(term.unit, req.target):
            return None
        if (factor := one_in(term.unit, req.target)) is None:
            return None
        total += term.sign * float(term.magnitude) * factor
    return total
