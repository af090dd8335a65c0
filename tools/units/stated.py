"""A unit's size stated beside the question, in brackets or in a clause first: "The crossing is
23 nautical miles (1 nautical mile = 1,852 m). How many kilometres is that?", "Taking 1 nautical
mile as 1,852 m, …". The standard size said again changes nothing and is taken off, so the
question reads as asked; a size of the asker's own ("(1 knot = 2 km/h)") is their unit, not the
standard one, and is left to the model. The check converts one of the stated unit with the parse
side's unit registry (in floats, to one part in a billion), so the router never builds the
worker's exact registry for it (that took 0.35 s the first time).
"""

from __future__ import annotations

import re

from tools.units.names import is_temperature, one_in
from tools.units.phrasing import MAX_TEXT, parse_units_request

# (a literal first: a pattern that may start with spaces is tried at every position of the text)
_STATED = re.compile(
    r"\(\s*1\s+(?P<a>[^()=\d]{1,30}?)\s*=\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<b>[^()=\d]{1,30}?)\s*\)"
)
# ... or said in a clause before the question: "Taking 1 nautical mile as 1,852 m, how many …"
# ("… 120 fathoms. a fathom being 6 feet, how many metres is that": set 185)
_TAKING = re.compile(
    r"(?<![\w])(?:(?:taking|with|using)\s+1|(?<![^.;,]\s)(?:a|an|one))\s+(?P<a>[^()=\d,]{1,30}?)\s+"
    r"(?:as|=|being)\s+(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<b>[^()=\d,]{1,30}?)\s*,\s*",
    re.IGNORECASE,
)
_CLOSE = 1e-9  # (relative: the parse-side registry works in floats)


def sizes_said_away(text: str) -> str | None:
    """`text` without the standard sizes it states in brackets, or None when one is not the
    standard size."""
    if len(text) > MAX_TEXT:
        return text  # (a longer text is no units question: the grammar turns it away)
    if (" 1 " in text or " being " in text) and (taken := _TAKING.search(text)):
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
    if req is None or req.readings or req.parts or len(req.terms) != 1 or not req.target:
        return False
    spec, target = req.terms[0].unit, req.target
    if any(is_temperature(name) for name, _ in (*spec, *target)):
        return False  # (an offset scale has no size of one)
    value, said = one_in(spec, target), float(size)
    return value is not None and said > 0 and abs(value - said) <= _CLOSE * said
