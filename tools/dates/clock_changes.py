"""Whether a clock change falls between two wall-clock times told without a place: "on at 20:00
Saturday 30 October 2027, off at 08:00 Sunday 31 October 2027" is 13 hours in Leeds, where the
clocks go back that night, and 12 in Tokyo. The hours between such times, or the time so many
hours after one, depend on where the clock hangs, so the dates tool leaves them to the model,
unless the text names the place (`elapsed_in` then counts in its zone).

Each rule of summer time in use is stood for by one zone of it (the European Union's and the
UK's, North America's, south-east Australia's, New Zealand's, Chile's, Paraguay's, Israel's,
Egypt's, Cuba's). Morocco's, which moves with Ramadan, is left out: a span told without a place
is not read as Moroccan. Pure computation over the zoneinfo database.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo

_RULES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Santiago",
    "America/Asuncion",
    "Asia/Jerusalem",
    "Africa/Cairo",
    "America/Havana",
)


@cache
def _zones() -> tuple[ZoneInfo, ...]:
    return tuple(ZoneInfo(name) for name in _RULES)


def elapsed_in(zone: str, a: dt.datetime, b: dt.datetime) -> float | None:
    """The minutes that pass between wall-clock times `a` and `b` (naive) in `zone`, or None
    when either time is skipped or repeated there by a clock change (02:30 on the night the
    clocks go forward does not happen; 01:30 on the night they go back happens twice)."""
    tz = ZoneInfo(zone)
    moments = []
    for wall in (a, b):
        first, second = wall.replace(tzinfo=tz, fold=0), wall.replace(tzinfo=tz, fold=1)
        back = first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
        if first.utcoffset() != second.utcoffset() or back != wall:
            return None
        moments.append(first.astimezone(dt.UTC))
    return (moments[1] - moments[0]).total_seconds() / 60


def clock_change_between(a: dt.datetime, b: dt.datetime) -> bool:
    """True when, read as the wall clock of a place that keeps summer time, `a` and `b` (naive)
    are on different offsets from UTC, so the hours between them are not their difference."""
    return any(
        a.replace(tzinfo=zone).utcoffset() != b.replace(tzinfo=zone).utcoffset()
        for zone in _zones()
    )
