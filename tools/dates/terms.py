"""Stories that date a span for the dates grammar: a payment term counted from a dated
document ("An invoice dated 28 November 2026 is due in 30 days. What's the due date?") and a
stay counted in nights ("We check in on 27 December 2026 and check out on 3 January 2027. How
many nights is that?"). Pure regex and date work; `tools.dates.grammar` asks them with the
other one-event stories."""

from __future__ import annotations

import re

from tools.dates.phrases import iso_of, parse_duration, written_date

# "An invoice dated 28 November 2026 is due in 30 days. What's the due date?": a dated document
# and a payment term in calendar days or weeks (business days need a holiday calendar).
_DUE_OFFSET = re.compile(
    r"^(?:the|my|our|his|her|their|an?)\s+[a-z][a-z' ]{0,30}?\s+(?:dated|issued|sent|signed)"
    r"\s+(?:on\s+)?(?P<date>[^.?!]+?)\s+is\s+(?:due|payable)\s+(?:in|within)\s+"
    r"(?P<n>\d{1,4})\s+(?:calendar\s+)?(?P<unit>days|weeks)\.\s+"
    r"(?:what(?:'s|\s+is)\s+(?:the|its)\s+due\s+date|when\s+is\s+(?:it|payment)\s+due"
    r"|what\s+date\s+is\s+(?:it|payment)\s+due)\?$",
    re.IGNORECASE,
)
# "We check in on 27 December 2026 and check out on 3 January 2027. How many nights is that?"
_STAY = re.compile(
    r"^(?:i|we|they|he|she)\s+(?:check|arrive)\s+(?:in\s+)?on\s+(?P<a>[^.?!]+?)\s+and\s+"
    r"(?:check\s+out|leave)\s+on\s+(?P<b>[^.?!]+?)\.\s+how\s+many\s+nights"
    r"(?:\s+is\s+that|\s+(?:is|will\s+be)\s+the\s+stay)?\?$",
    re.IGNORECASE,
)


def nights_of_stay(text: str, cue: str | None) -> dict | None:
    """A "between" request in nights for a stay story, or None."""
    m = _STAY.match(text)
    a = m and written_date(m["a"], cue)
    b = m and written_date(m["b"], cue)
    if not (a and b):
        return None
    return {"kind": "between", "a": iso_of(a), "b": iso_of(b), "unit": "nights", "inclusive": False}


def due_date(text: str, cue: str | None) -> dict | None:
    """A "shift" request from a dated document by its payment term, or None."""
    m = _DUE_OFFSET.match(text)
    d = m and written_date(m["date"], cue)
    if not d:
        return None
    days = int(m["n"]) * (7 if m["unit"].lower() == "weeks" else 1)
    steps = [(1, parse_duration(f"{days} days"))]
    return {"kind": "shift", "base": iso_of(d), "steps": steps, "fmt": None}
