"""A weekly series told by one of its dates, and another of its dates asked, for `terms`:

"night market is every saturday, first one was Saturday 6 May 2028. whats the date of the 9th
market?" -> 8 weeks after 6 May 2028; "Season three launches 12 January 2028 with one episode a
week. What date does episode 10 go out?" -> 9 weeks after; "The poodle is on a 6-week cycle and
was last groomed Tuesday 21 September 2027. When's the next appointment?" -> 6 weeks after.

The story must hold exactly one date, say how often the series comes (every Saturday, weekly,
one a week, fortnightly, every N weeks, an N-week cycle), and say whether its date is the first
of the series (then the k-th is asked) or the last one done (then the next is asked). A named
weekday must be the date's own. Anything that breaks the series (a break, a holiday, a skip, a
"not", a condition) is left to the model. `series_date(text, cue)` gives the plain request dict
the dates grammar builds, or None. Pure regex and date work."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE
from tools.dates.phrases import iso_of, parse_duration, written_date

_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# How often the series comes, in weeks
_EVERY = re.compile(
    rf"\bevery\s+(?P<wd>{_WEEKDAY})\b"
    r"|\b(?P<weekly>weekly|every\s+week|(?:one|1)\s+(?:[a-z]+\s+)?(?:a|per|each)\s+week)\b"
    r"|\b(?P<fortnight>fortnightly|every\s+fortnight|every\s+(?:other|second)\s+week)\b"
    r"|\bevery\s+(?P<n>\d{1,2})\s+weeks\b|\b(?P<n2>\d{1,2})[- ]week\s+(?:cycle|rota|rotation)\b",
    re.IGNORECASE,
)
# The story's date is the series' first: "first one was", "starting", "launches", "starts"
_FIRST = re.compile(
    r"\b(?:first(?:\s+one)?(?:\s+(?:is|was|will\s+be))?|starting|starts?|started|launch(?:es|ed)?"
    r"|begins?|began|opens?|opened|kicks?\s+off)(?:\s+on)?\s+"
    rf"(?:(?:{_WEEKDAY}),?\s+)?$",
    re.IGNORECASE,
)
# ... or the last one done: "was last groomed", "last tuned … on", "was groomed on"
_LAST_DONE = re.compile(
    r"(?:\blast\s+(?:[a-z]+ed)(?:\s+(?!on\b)[a-z']+){0,4}|\bwas\s+(?:last\s+)?[a-z]+ed)\s+(?:on\s+)?"
    rf"(?:(?:{_WEEKDAY}),?\s+)?$",
    re.IGNORECASE,
)
# ("League nights are weekly, starting on …, with no breaks": said to keep the series whole)
_NO_BREAKS = re.compile(r",?\s*(?:with\s+)?no\s+(?:breaks|gaps)\b", re.IGNORECASE)
_KTH_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|s|\s+is)\s+the\s+date\s+of|what\s+date\s+(?:is|does|will)|when\s+(?:is|does"
    r"|will))\s+(?:the\s+)?(?:(?P<k>\d{1,3})(?:st|nd|rd|th)\s+[a-z]+(?:\s+[a-z]+)?"
    r"|(?:episode|round|session|part|week|show|class|meeting|number)\s+(?P<k2>\d{1,3}))"
    r"(?:\s+(?:go\s+out|air|start|begin|come|fall|happen|take\s+place|be(?:\s+on)?))?\s*\??$",
    re.IGNORECASE,
)
_NEXT_ASKED = re.compile(
    r"^(?:so\s+)?(?:when(?:'s|\s+is|\s+will\s+be)|what\s+date\s+is|what(?:'s|\s+is)\s+the\s+date\s+of)"
    r"\s+(?:the|her|his|its|their|my|our)\s+next\s+[a-z]+(?:\s+due)?\s*\??$",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S[^.!?]*\??$)")


def series_date(text: str, cue: str | None) -> dict | None:
    """The k-th or the next date of a weekly series told by one date (see the module)."""
    parts = _LAST_SENTENCE.split(text.strip())
    low = text.lower()
    if len(parts) != 2 or not ("week" in low or "every" in low or "fortnight" in low):
        return None
    story, question = parts
    story = _NO_BREAKS.sub("", story)
    every, dates = list(_EVERY.finditer(story)), list(DATE.finditer(story))
    if len(every) != 1 or len(dates) != 1:
        return None
    date, step = dates[0], every[0]
    first, second = sorted((date, step), key=lambda m: m.start())
    rest = f"{story[: first.start()]} {story[first.end() : second.start()]} {story[second.end() :]}"
    if CHANGES.search(rest) or re.search(r"\d", rest):
        return None  # a break, a condition, or a number that is neither the step nor the date
    before = story[max(0, date.start() - 40) : date.start()]
    if kth := _KTH_ASKED.match(question.strip()):
        k = int(kth["k"] or kth["k2"])
        if not _FIRST.search(before) or k < 1:
            return None
        count = k - 1
    elif _NEXT_ASKED.match(question.strip()) and _LAST_DONE.search(before):
        count = 1
    else:
        return None
    d = written_date(date.group(), cue)
    if d is None:
        return None
    m = step
    weeks = 2 if m["fortnight"] else int(m["n"] or m["n2"] or 1)
    if m["wd"] and d.value.strftime("%A").lower() != m["wd"].lower():
        return None  # "every Saturday, first one was Friday 5 May": not the series' day
    said = re.search(
        rf"\b({_WEEKDAY})\b", story[max(0, date.start() - 12) : date.end()], re.IGNORECASE
    )
    if said and d.value.strftime("%A").lower() != said[1].lower():
        return None  # a weekday said with the date that is not its own
    return {
        "kind": "shift",
        "base": iso_of(d),
        "steps": [(1, parse_duration(f"{weeks * count} weeks"))],
        "fmt": None,
    }
