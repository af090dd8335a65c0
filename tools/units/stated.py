"""A unit's size stated beside the question, in brackets: "The crossing is 23 nautical miles (1
nautical mile = 1,852 m). How many kilometres is that?", "14 knots (1 knot = 1.852 km/h)". The
standard size said again changes nothing and is taken off, so the question reads as asked; a size
of the asker's own ("(1 knot = 2 km/h)") is their unit, not the standard one, and is left to the
model. The check converts the stated unit exactly, as the tool's run would.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.units.convert import UnitsError, evaluate
from tools.units.phrasing import MAX_TEXT, parse_units_request

# (a literal first: a pattern that may start with spaces is tried at every position of the text)
_STATED = re.compile(
    r"\(\s*1\s+(?P<a>[^()=\d]{1,30}?)\s*=\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<b>[^()=\d]{1,30}?)\s*\)"
)
# ... or said in a clause before the question: "Taking 1 nautical mile as 1,852 m, how many …"
_TAKING = re.compile(
    r"(?<![\w])(?:taking|with|using)\s+1\s+(?P<a>[^()=\d,]{1,30}?)\s+(?:as|=|being)\s+"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<b>[^()=\d,]{1,30}?)\s*,\s*",
    re.IGNORECASE,
)
_CLOSE = Fraction(1, 10**12)  # (relative: pint's definitions are exact, a float may not be)


def sizes_said_away(text: str) -> str | None:
    """`text` without the standard sizes it states in brackets, or None when one is not the
    standard size."""
    if len(text) > MAX_TEXT:
        return text  # (a longer text is no units question: the grammar turns it away)
    if " 1 " in text and (taken := _TAKING.search(text)):
        if not _standard(taken["a"], taken["n"].replace(",", ""), taken["b"]):
            return None
        text = f"{text[: taken.start()]}{text[taken.end() :]}"
    if "=" not in text or "(" not in text:
        return text
    kept, last = [], 0
    for m in _STATED.finditer(text):
        if not _standard(m["a"], m["n"].replace(",", ""), m["b"]):
            return None
        kept.append(text[last : m.start()].rstrip())
        last = m.end()
    return "".join([*kept, text[last:]])


def _standard(unit: str, size: str, other: str) -> bool:
    req = parse_units_request(f"How many {other} is 1 {unit}?")
    if req is None or req.readings or req.parts:
        return False
    try:
        value = Fraction(evaluate(req.payload())["value"])
    except (UnitsError, ValueError, ArithmeticError):
        return False
    said = Fraction(size)
    return said > 0 and abs(value - said) <= _CLOSE * said
