"""Hours worked between two times of day less an unpaid break, for the dates grammar: "My
Saturday locum shift is 08:30 to 19:00 with a 30-minute unpaid break. Paid hours?" (10),
"Timesheet: in at 07:30, out at 16:15, with a 45-minute unpaid lunch. How many hours do I put
down as worked?" (8).

The break is said once, with its length ("a 45-minute unpaid lunch", "2 unpaid 30-minute breaks",
"an unpaid break of 30 minutes"); it is taken off only when it is said to be unpaid or the hours
asked are paid or worked ("How many hours of grooming time is that?" after "I take a half-hour
lunch" is the model's). The rest, asked as "How many hours is that?", must be read by the dates
grammar as a span between two times of day (`shift_less_break`). Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.parts import story_and_question

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}
_MINUTES = (
    r"(?:(?P<m>\d{1,3})[-\s]?(?:minutes?|mins?)|(?P<half>half[-\s]hour|half\s+an\s+hour)"
    r"|(?P<h>an|one|1)[-\s]?(?:hour|hr))"
)
_BREAK = re.compile(
    r",?\s*(?:\b(?:with|and|plus|including|minus|less)\s+)?"
    r"(?:\b(?:i|we)\s+(?:take|took|get|got|have|had)\s+|\btook\s+)?"
    r"(?:\b(?P<n>a|an|one|two|three|[123])\s+(?P<unpaid>unpaid\s+)?"
    rf"{_MINUTES}\s+(?P<unpaid2>unpaid\s+)?(?:lunch\s+)?(?:break|lunch)(?:es|s)?\b"
    r"|\b(?:an?\s+)(?P<unpaid3>unpaid\s+)?(?:lunch\s+)?(?:break|lunch)\s+of\s+"
    r"(?:(?P<m2>\d{1,3})\s+(?:minutes|mins)|(?P<half2>half\s+an\s+hour)))",
    re.IGNORECASE,
)
_BREAK_WORD = re.compile(r"\b(?:break|breaks|lunch|lunches|rest|pause)\b", re.IGNORECASE)
_HOURS_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+many\s+(?P<paid>paid\s+)?hours\b(?P<rest>[^?]*)|(?P<paid2>paid)\s+hours)"
    r"\s*\??$",
    re.IGNORECASE,
)
_WORKED = re.compile(r"\b(?:paid|worked|work|working)\b", re.IGNORECASE)


def less_a_break(text: str) -> tuple[str, str, int] | None:
    """(the shift asked without its break, the break as told, the minutes it takes off) for the
    hours of a shift less its unpaid break, or None."""
    if "break" not in text.lower() and "lunch" not in text.lower():
        return None
    told = story_and_question(text)
    if told is None:
        return None
    story, question = told
    found = list(_BREAK.finditer(story))
    asked = _HOURS_ASKED.match(question.strip())
    if len(found) != 1 or asked is None or len(_BREAK_WORD.findall(text)) != 1:
        return None
    said = found[0]
    unpaid = said["unpaid"] or said["unpaid2"] or said["unpaid3"]
    paid_asked = asked["paid"] or asked["paid2"] or _WORKED.search(asked["rest"] or "")
    if not (unpaid or paid_asked):
        return None  # ("I take a half-hour lunch. How many hours of grooming time?")
    count = _COUNT[said["n"].lower()] if said["n"] else 1
    minutes = (
        int(said["m"] or said["m2"] or 0)
        or (30 if said["half"] or said["half2"] else 0)
        or (60 if said["h"] else 0)
    )
    rest = f"{story[: said.start()]}{story[said.end() :]}".rstrip(" ,.")
    taken = re.sub(r"^,?\s*(?:with|and|plus|including|minus|less)\s+", "", said.group().strip())
    taken = re.sub(r"^(?:i|we)\s+\w+\s+|^took\s+", "", taken, flags=re.IGNORECASE)
    return f"{rest}. How many hours is that?", taken, count * minutes


def shift_less_break(found: dict | None, taken: str, minutes: int) -> dict | None:
    """The span the shift's question was read as, less the break, or None when it was read as
    anything else or the break is as long as the shift."""
    if not found or found.get("kind") != "clock_between" or minutes * 60 >= found["seconds"]:
        return None
    return {**found, "seconds": found["seconds"] - minutes * 60, "less": taken}
