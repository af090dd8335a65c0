"""Questions about the clock's own time for the dates grammar: the date, the time or both now
(in a zone named), this year or month, and the time some hours or minutes from now or ago.
`now_asked(body, fmt)` gives the request or None. Pure regex work."""

from __future__ import annotations

import re

from tools.dates.phrases import DURATION_RE, parse_duration
from tools.dates.zones import parse_zone

_DUR = rf"(?P<dur>{DURATION_RE})"
_NOW_DATE = re.compile(
    r"^(?:(?:what\s+is|what's|whats|tell\s+me|give\s+me)\s+(?:the\s+)?date"
    r"|(?:(?:what\s+is|what's|whats|tell\s+me|give\s+me)\s+)?(?:the\s+)?(?:today's\s+date"
    r"|date\s+today|current\s+date|date\s+of\s+today))(?:\s+today)?(?:\s+in\s+(?P<zone>.+))?$"
    r"|^what\s+(?:date|day)\s+is\s+(?:it\s+)?(?:today|it)(?:\s+in\s+(?P<zone2>.+))?$"
    r"|^what's\s+today$|^today's\s+date$",
    re.IGNORECASE,
)
_NOW_TIME = re.compile(
    r"^(?:what\s+time\s+is\s+it|what's\s+the\s+time|whats\s+the\s+time|what\s+is\s+the\s+time"
    r"|what\s+is\s+the\s+current\s+time|what's\s+the\s+current\s+time|(?:the\s+)?current\s+time"
    r"|(?:the\s+)?time\s+now|(?:the\s+)?local\s+time|what\s+is\s+the\s+local\s+time)"
    r"(?:\s+(?:right\s+)?now)?(?:\s+in\s+(?P<zone>.+?))?(?:\s+(?:right\s+)?now)?$",
    re.IGNORECASE,
)
_NOW_BOTH = re.compile(
    r"^(?:what\s+is|what's|whats|tell\s+me|give\s+me)\s+(?:the\s+)?(?:current\s+)?date\s+and\s+"
    r"time(?:\s+(?:right\s+)?now)?(?:\s+in\s+(?P<zone>.+))?$",
    re.IGNORECASE,
)
_NOW_PART = re.compile(r"^what\s+(?P<part>year|month)\s+is\s+it(?:\s+now)?$", re.IGNORECASE)
_ZONE_TAIL = r"(?:\s+in\s+(?P<zone>[^\d]+?))?"
_TIME_SHIFT = [  # the clock time some hours or minutes from now: (pattern, sign)
    (
        re.compile(
            rf"^what\s+time\s+(?:will|would)\s+it\s+be\s+in\s+{_DUR}{_ZONE_TAIL}$", re.IGNORECASE
        ),
        1,
    ),
    (
        re.compile(
            rf"^what\s+time\s+(?:will|would)\s+it\s+be\s+{_DUR}\s+from\s+now{_ZONE_TAIL}$",
            re.IGNORECASE,
        ),
        1,
    ),
    (
        re.compile(
            rf"^what\s+(?:is|will\s+be)\s+the\s+time\s+{_DUR}\s+from\s+now{_ZONE_TAIL}$",
            re.IGNORECASE,
        ),
        1,
    ),
    (re.compile(rf"^what\s+time\s+was\s+it\s+{_DUR}\s+ago{_ZONE_TAIL}$", re.IGNORECASE), -1),
]


def now_asked(body: str, fmt: str | None) -> dict | None:
    """The clock's own date or time asked ("What's the date today?", "What time is it in
    Tokyo?"), or the clock time some hours or minutes from now; None otherwise."""
    for pattern, what in ((_NOW_BOTH, "datetime"), (_NOW_TIME, "time"), (_NOW_DATE, "date")):
        m = pattern.match(body)
        if m:
            zone_text = next((v for k, v in m.groupdict().items() if v), None)
            zone = parse_zone(zone_text) if zone_text else None
            if zone_text and zone is None:
                return None  # a place we do not know: the model can say so
            return {"kind": "now", "what": what, "zone": zone, "fmt": fmt}
    m = _NOW_PART.match(body)
    if m:
        return {"kind": "now", "what": m["part"].lower(), "zone": None, "fmt": None}
    for pattern, sign in _TIME_SHIFT:
        m = pattern.match(body)
        if m and (dur := parse_duration(m["dur"])):
            zone = parse_zone(m["zone"]) if m["zone"] else None
            if m["zone"] and zone is None:
                return None
            return {"kind": "clock", "steps": [(sign, dur)], "zone": zone}
    return None
