"""The Julian-to-Gregorian change, for dates that Python's proleptic Gregorian calendar misreads.

Python counts every date in the Gregorian calendar, but dates before Friday, October 15, 1582
were written in the Julian calendar, and October 5-14, 1582 never happened where the reform
was adopted (Britain and its colonies switched only in September 1752). `weekday_text` says
which calendar a weekday answer is in; `check_range` refuses arithmetic on written dates that
reach back before the reform (ISO 8601 dates are proleptic Gregorian by definition). Weekdays
come from Julian day numbers (the standard integer formulas). Pure functions.
"""

from __future__ import annotations

import datetime as dt

from tools.dates.phrases import MONTHS as _MONTHS
from tools.dates.phrases import WEEKDAYS as _WEEKDAYS

GREGORIAN_START = dt.date(1582, 10, 15)
GAP = (dt.date(1582, 10, 5), dt.date(1582, 10, 14))
BRITISH_START = dt.date(1752, 9, 14)
WEEKDAYS = [w.capitalize() for w in _WEEKDAYS]  # Monday first, as date.weekday()
MONTHS = [m.capitalize() for m in _MONTHS]  # January first (locale-independent, unlike calendar)


class CalendarError(Exception):
    """Arithmetic that would silently mix the Julian and Gregorian calendars."""


def julian_weekday(year: int, month: int, day: int) -> str:
    """The weekday of a date written in the Julian calendar."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return WEEKDAYS[jdn % 7]  # JDN 0 was a Monday


def _name(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def weekday_text(d: dt.date) -> str | None:
    """The answer to "what day of the week was `d`" when the calendar matters, else None."""
    gregorian = WEEKDAYS[d.weekday()]
    julian = julian_weekday(d.year, d.month, d.day)
    if GAP[0] <= d <= GAP[1]:
        return (
            f"{_name(d)} does not exist in the Gregorian calendar: it skipped from Thursday, "
            f"October 4, 1582 (Julian) to Friday, October 15, 1582. As a Julian date, "
            f"{_name(d)} was a {julian}."
        )
    if d < GREGORIAN_START:
        return (
            f"{_name(d)} was a {julian} in the Julian calendar in use then "
            f"(a {gregorian} in the proleptic Gregorian calendar)."
        )
    if d < BRITISH_START:
        return (
            f"{_name(d)} is a {gregorian} in the Gregorian calendar (where the Julian calendar "
            f"was still in use, as in Britain and its colonies until 1752, it was a {julian})."
        )
    return None


def check_range(*dates: dt.date) -> None:
    """Raise when a written date is before the Gregorian reform (its arithmetic would depend on
    which calendar it was written in)."""
    for d in dates:
        if d < GREGORIAN_START:
            raise CalendarError(
                f"{_name(d)} is before the Gregorian calendar began (October 15, 1582); "
                "whether it is a Julian or a proleptic Gregorian date changes the answer"
            )
