"""Spans between two times of one day for the dates grammar: "How many minutes are there
between 9:40 and 13:15?", "How many seconds from 10:15:30 to 10:47:05?", "from 11:45 p.m. to
1:10 a.m. the next day". Pure regex work; `tools.dates.grammar` asks it first."""

from __future__ import annotations

import re

# "How many minutes are there between 9:40 and 13:15?": two times of one day, the later second,
# unless the text says the second is the next day ("from 11:45 p.m. to 1:10 a.m. the next day");
# an earlier second time without that may mean the next day or a slip: the model asks.
_TIME_OF_DAY = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?"
    r"|noon|midnight"
)
_CLOCK_BETWEEN = re.compile(
    r"^(?:(?:please\s+)?(?:state|give|tell\s+me)\s+)?(?:how\s+many|the\s+number\s+of|number\s+of)"
    r"\s+(?P<unit>hours|minutes|seconds)\s+(?:are\s+there\s+|is\s+it\s+|is\s+that\s+|pass\s+"
    rf"|elapse\s+)?(?:between|from)\s+(?P<a>{_TIME_OF_DAY})\s+(?:and|to|until|till)\s+"
    rf"(?P<b>{_TIME_OF_DAY})(?P<next>\s+(?:the\s+)?(?:next|following)\s+(?:day|morning))?$",
    re.IGNORECASE,
)


def clock_seconds(text: str) -> int | None:
    """Seconds after midnight of "9:40", "13:15:30", "1:15 pm", "9 am", "noon"; None if
    malformed."""
    t = text.strip().lower().replace(".", "")
    if t in ("noon", "midnight"):
        return 43200 if t == "noon" else 0
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*([ap]m)?", t)
    if not m:
        return None
    hour, minute, second, half = int(m[1]), int(m[2] or 0), int(m[3] or 0), m[4]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour >= 24 or minute >= 60 or second >= 60:
        return None
    return hour * 3600 + minute * 60 + second


def clock_between(body: str) -> dict | None:
    """A "clock_between" request for a span between two times of day, or None."""
    m = _CLOCK_BETWEEN.match(body)
    if not m:
        return None
    a, b = clock_seconds(m["a"]), clock_seconds(m["b"])
    if a is None or b is None:
        return None
    if m["next"]:
        b += 86400
    if b < a or b - a > 86400:
        return None
    return {
        "kind": "clock_between",
        "a": m["a"],
        "b": m["b"] + (m["next"] or ""),
        "seconds": b - a,
        "unit": m["unit"].lower(),
    }
