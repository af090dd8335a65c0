"""A day told by its place in a month ("the first Sunday of March 2032") written as its date, so
the story around it reads as any dated story: "race day is the first Sunday of March 2032 and my
plan starts exactly 16 weeks before race day. what date does the plan start" is read as "race
day is 7 March 2032 and …". `nth_weekdays_dated(text)` gives the text with every such day
written out (unchanged when there is none, or one that does not exist: "the fifth Monday of
February 2031"). The grammar tries the written text first and its own words after, so a
question that only asks the day itself ("What date is the second Saturday of March 2031?") is
still the single grammar's. Pure string and date work.
"""

from __future__ import annotations

import re

from tools.dates.calendars import MONTHS
from tools.dates.holidays import nth_weekday
from tools.dates.phrases import MONTH_RE, month_number

_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_PLACES |= {"fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1}
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_NTH_DAY = re.compile(
    rf"\bthe\s+(?P<k>{'|'.join(_PLACES)})\s+(?P<wd>{'|'.join(_WEEKDAYS)})day\s+(?:of|in)\s+"
    rf"(?P<month>{MONTH_RE}),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)


def _written(m: re.Match[str]) -> str:
    month, year = month_number(m["month"]), int(m["year"])
    if month is None or not 1 <= year <= 9999:
        return m.group()
    day = nth_weekday(year, month, _WEEKDAYS.index(m["wd"].lower()), _PLACES[m["k"].lower()])
    if day.month != month:
        return m.group()  # ("the fifth Monday of February 2031": there is none)
    return f"{day.day} {MONTHS[month - 1]} {year}"


def nth_weekdays_dated(text: str) -> str:
    """`text` with each day told by its place in a month written as its date."""
    if "day of " not in text and "day in " not in text:
        return text
    return _NTH_DAY.sub(_written, text)
