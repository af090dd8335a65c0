"""Hours worked between two times of day less an unpaid break, for the dates grammar: "My
Saturday locum shift is 08:30 to 19:00 with a 30-minute unpaid break. Paid hours?" (10),
"Timesheet: in at 07:30, out at 16:15, with a 45-minute unpaid lunch. How many hours do I put
down as worked?" (8).

Shifts worked more than once, or two spans of one day, are added up (`shifts_told`): "Night
warden shifts are 22:00 to 07:30. I did 4 of them. How many hours is that in total?" (38), "The
van trades 18:30 till 03:00, five nights a week. How many hours a week is that?" (42.5), "I drove
04:50 to 09:20, took my break, then drove 10:05 to 14:35. How many hours of driving is that?" (9).

The break is said once, with its length ("a 45-minute unpaid lunch", "2 unpaid 30-minute breaks",
"an unpaid break of 30 minutes"); it is taken off only when it is said to be unpaid or the hours
asked are paid or worked ("How many hours of grooming time is that?" after "I take a half-hour
lunch" is the model's). The rest, asked as "How many hours is that?", must be read by the dates
grammar as a span between two times of day (`shift_less_break`). Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.clock import clock_seconds
from tools.dates.parts import WEEKDAY, story_and_question
from tools.words import stray_digit

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
    r"^(?:so\s+)?(?:how\s+many\s+(?P<paid>(?:paid|working|worked)\s+)?(?P<u>hours|minutes)\b(?P<rest>[^?]*)"
    # ("working minutes underground, not counting the break?": set 180)
    r"|(?P<paid2>paid|working|worked)\s+(?P<u2>hours|minutes)(?:\s+[a-z]+)?"
    r"(?:,?\s+(?:not\s+counting|excluding|less|minus)\s+the\s+(?:break|lunch))?)"
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
    if len(found) != 1 or asked is None or len(_BREAK_WORD.findall(story)) != 1:
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
    unit = (asked["u"] or asked["u2"]).lower()
    return f"{rest}. How many {unit} is that?", taken, count * minutes


def shift_less_break(found: dict | None, taken: str, minutes: int) -> dict | None:
    """The span the shift's question was read as, less the break, or None when it was read as
    anything else or the break is as long as the shift."""
    if not found or found.get("kind") != "clock_between" or minutes * 60 >= found["seconds"]:
        return None
    return {**found, "seconds": found["seconds"] - minutes * 60, "less": taken}


# Two times of day joined as one span: "22:00 to 07:30", "18:30 till 03:00"
_RANGE = re.compile(
    r"(?<![\d:.])(?P<a>\d{1,2}:\d{2})\s*(?:to|till|until|-|–)\s*(?P<b>\d{1,2}:\d{2})(?![\d:]|\.\d)",
    re.IGNORECASE,
)
_TIMES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_N = r"[2-9]|1[0-9]|two|three|four|five|six|seven"
# How often the one span was worked: "I did 4 of them", "on each of 4 days", "five nights a week"
_REPEATED = re.compile(
    rf"\b(?:i|we|she|he|they)\s+(?:did|worked|covered)\s+(?P<n>{_N})\s+(?:of\s+(?:them|those)"
    r"|shifts|nights|days)\b"
    rf"|\bon\s+each\s+of\s+(?P<n2>{_N})\s+(?:days|nights|evenings|mornings)\b"
    rf"|\b(?P<n3>{_N})\s+(?:nights|days|evenings|mornings|shifts)\s+(?:a|per)\s+week\b",
    re.IGNORECASE,
)
_TOTAL_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+hours(?P<week>\s+(?:a|per)\s+week)?(?:\s+of\s+[a-z]+)?"
    r"(?:\s+(?:is\s+that|does\s+that\s+(?:come\s+to|make)|(?:have|did)\s+(?:i|we)\s+(?:worked|done"
    r"|driven)))?"
    r"(?:\s+(?:in\s+total|altogether))?(?P<week2>\s+(?:a|per)\s+week)?\s*\?$",
    re.IGNORECASE,
)
# A length said, or a word that changes the spans' sum ("finished 20 minutes late", "except")
_CHANGED = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|half|except|but|minus|less|unpaid|paid|early|earlier|late"
    r"|later|extra|overtime|off|skipped|missed|cancel\w*|not|never)\b|n't\b",
    re.IGNORECASE,
)


def shifts_told(text: str) -> tuple[list[str], int, bool] | None:
    """(the question of each span told, how many times it was worked, whether a week's hours
    are asked) for the hours of a shift worked so many times or of two spans added, or None."""
    if ":" not in text or (told := story_and_question(text)) is None:
        return None
    story, question = told
    asked = _TOTAL_ASKED.match(question.strip())
    ranges = list(_RANGE.finditer(story))
    if asked is None or not 1 <= len(ranges) <= 2 or _CHANGED.search(story):
        return None  # ("… with an hour's break": what is taken off is the model's to say)
    repeated = list(_REPEATED.finditer(story))
    if len(ranges) + len(repeated) != 2 or stray_digit(story, ranges + repeated):
        return None  # one span and how often, or two spans; every number of the story used
    if repeated and _BREAK_WORD.search(story):
        return None  # ("22:00 to 07:30 with a break. I did 4 of them.": how long a break?)
    rest = "".join(story[a:b] for a, b in _gaps(story, repeated))
    if _DAYS_SAID.search(rest):
        return None  # ("06:30–14:45 on Monday, Tuesday and Thursday, then …": worked how often?)
    if len(ranges) == 2:  # two spans of one day, one after the other (a break between them)
        a1, b1, a2, b2 = (clock_seconds(m[k]) for m in ranges for k in "ab")
        if None in (a1, b1, a2, b2) or not a1 < b1 <= a2 < b2:  # type: ignore[operator]
            return None
    weekly = bool(asked["week"] or asked["week2"])
    times = 1
    if repeated:
        said = repeated[0]
        n = (said["n"] or said["n2"] or said["n3"]).lower()
        times = _TIMES.get(n) or int(n)
        if weekly != bool(said["n3"]):
            return None  # ("five nights a week … How many hours is that in total?": in what?)
    elif weekly:
        return None
    return [f"How many hours is it from {m['a']} to {m['b']}?" for m in ranges], times, weekly


# Days a span is worked on, said other than by the count read: weekdays, "each", "every", "daily"
_DAYS_SAID = re.compile(
    rf"\b(?:{WEEKDAY})s?\b|\b(?:each|every|daily|nightly|weekly|weekdays?|weekends?|days|nights)\b",
    re.IGNORECASE,
)


def _gaps(text: str, said: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The stretches of `text` outside the matches `said`."""
    edges = [0, *(i for m in said for i in m.span()), len(text)]
    return list(zip(edges[::2], edges[1::2], strict=True))


def shifts_added(found: list[dict | None], times: int, weekly: bool) -> dict | None:
    """One span of all the shifts told, each read as a span between two times of day."""
    if not all(f and f.get("kind") == "clock_between" for f in found):
        return None
    first, *others = found
    return {
        **first,
        "seconds": sum(f["seconds"] for f in found) * times,  # type: ignore[index]
        "also": [[f["a"], f["b"]] for f in others],  # type: ignore[index]
        "times": times,
        "weekly": weekly,
    }
