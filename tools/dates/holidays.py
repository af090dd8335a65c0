"""Holidays whose date is fixed or computable: "Christmas Eve of 1951", "Thanksgiving 2024".

`holiday_date(name, year)` gives the date, or None when the name is not one we know or the
rule did not hold that year (US Thanksgiving has been the fourth Thursday of November since
1942; Memorial Day the last Monday of May since 1971). Holidays of lunar or lunisolar
calendars (Ramadan, Diwali, Chinese New Year, Hanukkah) are not computed: the model answers.
Easter is the Western (Gregorian) Easter of dateutil. Pure functions, no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import EASTER_WESTERN, easter


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n = -1: the last) `weekday` (Monday = 0) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    return lambda y: nth_weekday(y, month, weekday, n)


def _easter(offset: int) -> Callable[[int], dt.date]:
    return lambda y: easter(y, EASTER_WESTERN) + dt.timedelta(days=offset)


MON, THU, SUN = 0, 3, 6
_ALWAYS = (1583, 9999)  # fixed dates, from the Gregorian reform on
# name -> (rule, first year the rule held, last year)
_RULES: dict[str, tuple[Callable[[int], dt.date], int, int]] = {
    **{
        name: (_fixed(month, day), *_ALWAYS)
        for name, (month, day) in {
            "christmas eve": (12, 24),
            "christmas": (12, 25),
            "boxing day": (12, 26),
            "new year's eve": (12, 31),
            "new year's day": (1, 1),
            "halloween": (10, 31),
            "valentine's day": (2, 14),
            "st. patrick's day": (3, 17),
        }.items()
    },
    "independence day": (_fixed(7, 4), 1776, 9999),
    "veterans day": (_fixed(11, 11), 1938, 9999),
    "thanksgiving": (_nth(11, THU, 4), 1942, 9999),  # the last Thursday before 1939
    "canadian thanksgiving": (_nth(10, MON, 2), 1957, 9999),
    "labor day": (_nth(9, MON, 1), 1894, 9999),
    "memorial day": (_nth(5, MON, -1), 1971, 9999),  # May 30 before 1971
    "mlk day": (_nth(1, MON, 3), 1986, 9999),
    "presidents' day": (_nth(2, MON, 3), 1971, 9999),
    "columbus day": (_nth(10, MON, 2), 1971, 9999),
    "mother's day": (_nth(5, SUN, 2), 1914, 9999),
    "father's day": (_nth(6, SUN, 3), 1972, 9999),
    "easter": (_easter(0), 1583, 4099),
    "easter monday": (_easter(1), 1583, 4099),
    "good friday": (_easter(-2), 1583, 4099),
    "palm sunday": (_easter(-7), 1583, 4099),
}
_SYNONYMS = {
    "christmas day": "christmas",
    "new year's": "new year's day",
    "st patrick's day": "st. patrick's day",
    "fourth of july": "independence day",
    "4th of july": "independence day",
    "thanksgiving day": "thanksgiving",
    "us thanksgiving": "thanksgiving",
    "american thanksgiving": "thanksgiving",
    "martin luther king day": "mlk day",
    "martin luther king jr. day": "mlk day",
    "presidents day": "presidents' day",
    "easter sunday": "easter",
    "western easter": "easter",  # the Gregorian computation, which is the one we have
    "gregorian easter": "easter",
}


def _said(name: str) -> str:
    return re.escape(name).replace("'", "['’]?").replace(r"\ ", r"\s+")  # ("new years eve")


# Every name the calendar knows, as a pattern (longest first: "christmas day" before "christmas")
NAME_RE = "|".join(sorted((_said(n) for n in (*_RULES, *_SYNONYMS)), key=len, reverse=True))


def normalise(name: str) -> str:
    """ "the Fourth of July" -> "fourth of july"; "New Years Eve" -> "new year's eve"."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"\b(year|valentine|patrick|mother|father)s\b", r"\1's", key)
    return _SYNONYMS.get(key, key)


def is_holiday(name: str) -> bool:
    return normalise(name) in _RULES


def names_holiday(text: str) -> bool:
    """True when `text` names a holiday the calendar knows (a rule told for it may be wrong:
    "Thanksgiving is the third Thursday of November")."""
    low = text.lower().replace("\u2019", "'")
    return any(name in low for name in (*_RULES, *_SYNONYMS))


_NAMED = re.compile(rf"\b(?:{NAME_RE})\b", re.IGNORECASE)
# Words that may make a holiday another one than the calendar's rule: "Orthodox Easter",
# "Thanksgiving in Canada", "Mother's Day in the UK" (Mothering Sunday)
_ANOTHER_CUSTOM = re.compile(
    r"\b(?:orthodox|eastern|julian|greek|russian|coptic|ethiopian|canada|canadian|uk|britain"
    r"|british|england|english|scotland|scottish|wales|welsh|ireland|irish|australia|australian"
    r"|zealand|mothering)\b",
    re.IGNORECASE,
)


def custom_in_doubt(text: str) -> bool:
    """True when `text` names a holiday and also a church or country whose custom may differ
    from the calendar's rule for it (a name the calendar knows whole, "Canadian Thanksgiving",
    is not in doubt)."""
    if not _NAMED.search(text):  # (a name as a word: "easter" is in "eastern")
        return False
    return _ANOTHER_CUSTOM.search(_NAMED.sub(" ", text)) is not None


def holiday_date(name: str, year: int) -> dt.date | None:
    """The holiday's date in `year`, or None (unknown name, or its rule did not hold)."""
    rule = _RULES.get(normalise(name))
    if rule is None or not rule[1] <= year <= rule[2]:
        return None
    return rule[0](year)
