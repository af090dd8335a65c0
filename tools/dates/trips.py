"""A trip or a run of days told by its start and its length, for `runs`: "We leave port on 20
October 2031 for a 38-day survey cruise. On what date do we return?" is asked again as "What date
is 38 days after 20 October 2031?" (a trip of N days away comes back N days after it leaves, as a
hire of N days is due back N days after it starts); "starts Friday 16 July 2027 and runs for 10
days. What weekday is the last day?" as 9 days after it (the first day is one of the ten), and so
is "valid for 180 days, counting the issue date of 19 April 2029 as day 1 … the last valid day?"
(valid for so many days only with its first day said). Only when the story leaves one answer:
one date, the start said next to it and the length, every number used, no word that changes the
count. Pure regex work."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES
from tools.words import stray_digit

# Leaving, said just before the date: "We leave port on", "we set off on", "She flies out on"
_LEAVING = re.compile(
    r"\b(?:leave|leaves|leaving|set(?:s|ting)?\s+off|depart(?:s|ing)?|sail(?:s|ing)?"
    r"|fl(?:y|ies|ying)\s+out|head(?:s|ing)?\s+off)(?:\s+(?:port|home|harbour|the\s+[a-z]+))?"
    r"\s+on\s+$",
    re.IGNORECASE,
)
# ... and the length just after it: ", for a 38-day survey cruise", " for 12 days"
_FOR_DAYS = re.compile(
    r",?\s+for\s+(?:an?\s+)?(?P<n>\d{1,3})(?:-day(?:\s+[a-z]+){0,2}|\s+days)(?=\s*[.,;!]|$)",
    re.IGNORECASE,
)
# The return asked: "On what date do we return?", "When do we get back?"
_BACK_ASKED = re.compile(
    r"\b(?:do|does|will|should|would)\s+(?:we|i|they|he|she|the\s+[a-z]+)\s+(?:return|get\s+back"
    r"|come\s+back|come\s+home|get\s+home|arrive\s+back|dock)\b",
    re.IGNORECASE,
)


def days_away(
    text: str, question: str, dates: list[re.Match[str]], times: list[re.Match[str]]
) -> str | None:
    """The plain question of a trip's return (see the module docstring), or None."""
    if len(dates) != 1 or times or not _BACK_ASKED.search(question):
        return None
    date = dates[0]
    length = _FOR_DAYS.match(text, date.end())
    if length is None or not _LEAVING.search(text, max(0, date.start() - 30), date.start()):
        return None
    if CHANGES.search(text) or stray_digit(text, [date, length]):
        return None
    return f"What date is {length['n']} days after {date.group()}?"


# Where a run of days starts: "starts Friday 16 July 2027", "opening on …", "from …"
STARTS = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|opens?|opening|launch(?:es|ing)?|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A run of days from a start: "starts Friday 16 July 2027 and runs for 10 days"; "is valid for
# 180 days" only with its first day said
_RUNS_DAYS = re.compile(
    r"\b(?:runs?|lasts?|goes\s+on|(?P<valid>(?:is|are)\s+valid))\s+(?:for\s+)?(?P<n>\d{1,3})\s+days\b",
    re.IGNORECASE,
)
_LAST_DAY = re.compile(r"\b(?:the\s+)?(?:last|final)\s+(?:valid\s+)?(?:day|date)\b", re.IGNORECASE)
# Which day is the first: ", counting the start day as day 1", "counting the issue date of 19
# April 2029 as day 1"
_DAY_ONE = re.compile(
    r",?\s+counting\s+(?P<what>[^,.;!?]{3,60}?)\s+as\s+day\s+(?:1|one)\b", re.IGNORECASE
)
_FIRST_DAY = re.compile(
    r"^(?:the\s+)?(?:start|first|opening|launch)\s+(?:day|date)$", re.IGNORECASE
)


def last_of_days(
    text: str,
    story: str,
    question: str,
    dates: list[re.Match[str]],
    times: list[re.Match[str]],
    spans: list[re.Match[str]],
) -> tuple[bool, str | None]:
    """(True, the plain question, or None to abstain) for a run of days whose last day is asked;
    (False, None) when the story is no such run, as `runs.from_a_start` answers."""
    run, one = _RUNS_DAYS.search(story), _DAY_ONE.search(story)
    if run is None or not _LAST_DAY.search(question) or run["valid"] and not one:
        return (
            False,
            None,
        )  # ("valid for 365 days from purchase": a span from the date, for `slots`)
    if len(dates) != 1 or len(spans) != 1 or times:
        return True, None  # (the question may ask for a weekday: "What weekday is …?")
    date = dates[0]
    names_date = one is not None and one.start("what") <= date.start() < one.end("what")
    if one and not (names_date or _FIRST_DAY.match(one["what"])):
        return True, None  # ("counting the Monday after as day 1")
    said = story[: one.start()] + story[one.end() :] if one else story
    if CHANGES.search(said) or stray_digit(text, [date, run, *([one] if one else [])]):
        return True, None
    started = STARTS.search(text, max(0, date.start() - 20), date.start())
    if not names_date and not (started and date.end() < run.start()):
        return True, None
    last = int(run["n"]) - 1
    return True, f"What date is {last} days after {date.group()}?" if last > 0 else None
