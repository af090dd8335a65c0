"""Two moments told in a dated story, for `slots`: two times of day ("Day shift starts at 22:00
and ends at 06:00") or two dates each with its time of day, asked again as the plain question
the grammar answers. Both times must keep one clock: no flight, no named place, no zone; an
earlier second time is the next day only on a journey or a night."""

from __future__ import annotations

import re

from tools.dates.clock import NEXT_DAY, clock_seconds, names_said, one_clock
from tools.dates.parts import CHANGES, WEEKDAY
from tools.dates.phrases import HOURS_MINUTES, written_date
from tools.dates.referents import unknown_thing

# Two times of day in one zone: no flight, no named place, no zone.
_FLIGHT = re.compile(
    r"\b(?:fl(?:y|ies|ew|ight|ights|ying)|plane|airport|lands?|landed|landing|take\s*off"
    r"|took\s+off|takes\s+off|depart\w*\s+from|arriv\w*\s+in)\b",
    re.IGNORECASE,
)
# An earlier second time is the next day on a journey or a night, and only then.
_OVERNIGHT = re.compile(
    r"\b(?:night|overnight|departs?|departed|leaves|left|gets\s+in|got\s+in|arrives?|arrived"
    r"|bed|asleep|slept|next\s+(?:morning|day)|following\s+(?:morning|day)"
    # ("I sign on at 22:50 and sign off at 06:35": a shift's ends, on the clock)
    r"|sign(?:ed|s)?\s+(?:on|off)|clock(?:ed|s)?\s+(?:in|on|off|out)|(?<!day\s)shifts?)\b",
    re.IGNORECASE,
)
_SHIFT_ASKED = re.compile(r"(?<!day\s)\bshift\b", re.IGNORECASE)  # (set 187)
# An end said after the start: "go into the annealer at 22:40 and the cycle finishes at 03:15"
# (past midnight when that leaves less than 12 hours; "starts at 14:00 and ends at 13:30" is a
# slip, not a meeting of 23½ hours)
_ENDED = re.compile(r"\b(?:finish(?:es|ed)|ends|ended|completes|completed)\b", re.IGNORECASE)
_HALF_DAY = 12 * 3600
_EVENING, _SMALL_HOURS = 17 * 3600, 6 * 3600
_PM = re.compile(r"p\.?\s*m\.?$", re.IGNORECASE)
_AM = re.compile(r"a\.?\s*m\.?$", re.IGNORECASE)
# A trip that ends where it began: "Took off from Popham at 10:35 and landed back there at 12:05"
_BACK_THERE = re.compile(
    r"\b(?:landed|landing|got|arrived|came|flew)\s+back\s+(?:there|at\s+(?:base|the\s+same\s+[a-z]+))\b",
    re.IGNORECASE,
)


def between_times(text: str, story: str, unit: str, times: list[re.Match[str]]) -> str | None:
    """ "How many minutes between 23:05 and 02:35 the next day?" for a story of two times of
    day and no date, or None."""
    if unit not in ("minutes", "hours", "seconds") or CHANGES.search(text):
        return None
    if len({d.lower() for d in _WEEKDAYS.findall(text)}) > 1:
        return None  # "from 22:00 on Saturday to 06:00 on Monday": which night?
    round_trip = bool(_BACK_THERE.search(story))  # one place, one clock: "landed back there"
    if _FLIGHT.search(text) and not round_trip:
        return None
    names = names_said(story)
    # "leaves Boston at 9:15 and gets to Chicago at 11:40": two zones ("leaving Cardiff at 02:15
    # … getting into Glasgow at 09:05" keeps one clock: set 174)
    moved = _MOVES.search(story) and len(names) < 2  # (from or to a place not named)
    if names and not round_trip and (moved or not one_clock(names)):
        return None
    a, b = (m.group() for m in times)
    start, end = clock_seconds(a), clock_seconds(b)
    if start is None or end is None or start == end:
        return None
    later = ""
    if NEXT_DAY.match(text, times[1].end()):
        # "… return it at 16:30 the following day" (an hour count over a day and a half)
        return f"How many {unit} between {_bare(a)} and {_bare(b)} the next day?"
    if end < start:
        # ("from 10:40 pm to 1:10 am": said with the evening's and the morning's marks)
        pm_to_am = _PM.search(a) is not None and _AM.search(b) is not None
        ended = _ENDED.search(story) and start - end > _HALF_DAY
        # ("babysitting from 19:15 until 00:45": an evening into the small hours)
        small_hours = start >= _EVENING and end < _SMALL_HOURS
        shift = _SHIFT_ASKED.search(
            text
        )  # ("I'm on 22:30 till 07:15. How many hours is the shift?")
        if (
            not _OVERNIGHT.search(story)
            and not pm_to_am
            and not ended
            and not small_hours
            and not shift
        ):
            return None
        if round_trip:
            return None
        later = " the next day"
    return f"How many {unit} between {_bare(a)} and {_bare(b)}{later}?"


# A time said right next to its date: "at 09:30 on 14 August 2027", "19 August 2027 at 15:30"
_NEXT_TO = re.compile(r"\s*(?:,\s*)?(?:on|at)?\s*")


def between_moments(
    text: str, story: str, unit: str, dates: list[re.Match[str]], times: list[re.Match[str]]
) -> str | None:
    """ "How many hours between 2027-08-14 09:30 and 2027-08-19 15:30?" for a story of two
    dates each with its time of day, or None."""
    if CHANGES.search(text) or _FLIGHT.search(text) or names_said(story):
        return None
    moments = []
    for date, time in zip(dates, times, strict=True):
        first, second = (date, time) if date.start() < time.start() else (time, date)
        if not _NEXT_TO.fullmatch(text, first.end(), second.start()):
            return None  # a time away from its date: which day is it on?
        day, seconds = written_date(date.group(), None), clock_seconds(_bare(time.group()))
        if day is None or day.has_time or seconds is None or seconds % 60:
            return None
        moments.append(day.value.replace(hour=seconds // 3600, minute=seconds // 60 % 60))
    if moments[1] <= moments[0]:
        return None
    a, b = (f"{m:%Y-%m-%d %H:%M}" for m in moments)
    return f"How many {unit} between {a} and {b}?"


_WEEKDAYS = re.compile(rf"({WEEKDAY})s?", re.IGNORECASE)


# A journey between two places, whose two times may be on two clocks ("The House sat from 14:37
# until 01:12" names one place and keeps its clock)
_MOVES = re.compile(
    r"\b(?:leav\w*|left|depart\w*|arriv\w*|gets?\s+(?:in|to)|got\s+(?:in|to)|reach\w*|dock\w*"
    r"|sail\w*|cross\w*|drove|drive|driving|travel\w*|journey\w*|from\s+(?-i:[A-Z])\w+\s+to)\b",
    re.IGNORECASE,
)


def _bare(time: str) -> str:
    return time[:-1] if time.endswith(".") and time.count(".") == 1 else time


# A time of day said with the story's one date: "at 16:20 on 30 October 2031", "on 7 March 2031
# at 22:00" (a 24-hour clock, two digits to the hour)
_ON = re.compile(r"\s+on\s+")
_AT = re.compile(r",?\s+at\s+")
_HH_MM = re.compile(HOURS_MINUTES)


def dated_time(text: str, date: re.Match[str], times: list[re.Match[str]]) -> str | None:
    """The date with its time ("16:20 on 30 October 2031") when the story's one time of day is
    said right with its one date, else None."""
    if len(times) != 1 or not _HH_MM.fullmatch(time := times[0].group()):
        return None
    if _ON.fullmatch(text, times[0].end(), date.start()):
        return f"{time} on {date.group()}"
    if _AT.fullmatch(text, date.end(), times[0].start()):
        return f"{date.group()} at {time}"
    return None


# "… and rendered for 57 hours. On what date did it finish?": a span of hours told with "for"
# after a dated time, and its end asked, runs on from that time (hours have no inclusive count)
# ("… at 14:00 and lasted exactly 100 hours": hours from a time told, so no day is in doubt)
_FOR = re.compile(r"\b(?:for|lasted|lasts|lasting)(?:\s+exactly)?\s+$", re.IGNORECASE)
_IN_HOURS = re.compile(r"\s(?:hours?|minutes?)$", re.IGNORECASE)
_END_ASKED = re.compile(r"\b(?:finish|end|complete|stop|close)(?:es|ed|s|d)?\b", re.IGNORECASE)


def runs_on_from(text: str, question: str, span: re.Match[str]) -> bool:
    """Whether a span of hours told "for" after the story's dated time ends when it is asked."""
    return bool(
        _IN_HOURS.search(span.group())
        and _FOR.search(text, max(0, span.start() - 16), span.start())
        and _END_ASKED.search(question)
    )


def runs_to_its_end(text: str, question: str, told: str, span: re.Match[str]) -> bool:
    """Whether the end of what runs for the span from the story's dated time is asked of it, not
    of another thing ("… opens at 18:30 on 14 March 2029 and runs for 100 hours. When does it
    close?"; not "When does the cafe close?")."""
    return runs_on_from(text, question, span) and not unknown_thing(question, told)
