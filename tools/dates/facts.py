"""Calendar facts and ages for the dates grammar: questions answered from the calendar itself.

"How many days are in February 2100?", "Is 2100 a leap year?", leap years in a range, the day
of the year and the Nth day, ISO weeks, days left in a year, weekday counts and "the last Friday
of October 2026", Unix time, and an age (or days old) from a birth date with today stated or
the clock's. `calendar_fact(body, cue)` reads one question sentence (an age told in a story
is `age_stories.age_story`'s). Plain-dict requests, as `grammar` builds.
"""

from __future__ import annotations

import datetime as dt
import re

from tools.dates.phrases import (
    DATE_GROUP,
    GREGORIAN_YEARS,
    LEAD_WORDS,
    MONTH_GROUP,
    WEEKDAYS,
    YEAR_GROUP,
    iso_of,
    month_number,
    written_date,
)

_DATE, _MONTH, _YEAR, _LEAD = DATE_GROUP, MONTH_GROUP, YEAR_GROUP, rf"(?:{LEAD_WORDS})?"

_WEEKDAY_NAMES_RE = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "How many Mondays are there in March 2027?", "How many Fridays are there in 2027?"
# "How many weekdays (Mon–Fri) are there in March 2027?": Monday to Friday, holidays not taken
# out ("not counting holidays" may say so first); "working days" (whose holidays?) are not read.
_WEEKDAY_COUNT = re.compile(
    r"^(?:(?:not\s+counting|ignoring|disregarding)\s+(?:any\s+)?(?:public\s+|bank\s+)?holidays,?\s+)?"
    r"(?:how\s+many|(?:the\s+)?(?:number|no\.)\s+of)"  # ("number of weekdays in october 2030")
    rf"\s+(?:(?P<wd>{_WEEKDAY_NAMES_RE})s|(?P<span>weekdays|week\s+days|weekend\s+days"
    r"|monday[- ]to[- ]friday\s+days))"
    r"(?:\s*\((?:mon(?:day)?\s*(?:-|–|to)\s*fri(?:day)?|sat(?:urday)?\s*(?:and|&|\+)\s*sun(?:day)?)\))?"
    r"\s+(?:(?:are\s+there\s+|were\s+there\s+|are\s+|were\s+"
    r"|(?:fall|fell|will\s+fall|are\s+there)\s+)?in"
    # "how many weekdays (Mon-Fri) does March 2027 have"
    r"|(?P<has>does|did|will))"
    rf"\s+(?:{_MONTH},?\s+(?:of\s+)?)?{_YEAR}(?(has)\s+have)$",
    re.IGNORECASE,
)
# "What's the last Friday of October 2026?"
# The date asked before, after or not at all: "Which date is …", "… is which date",
# "…, what's the date", "third wednesday of january 2027".
_ASK_BEFORE = (
    r"(?:(?:what\s+is|what's|whats|when\s+is|when's|(?:which|what)\s+date\s+(?:is|falls\s+on))\s+)?"
)
_ASK_AFTER = (
    r"(?:\s+is\s+(?:what|which)\s+date|\s*,\s*what(?:'s|\s+is)\s+the\s+date"
    r"|\s*[:,—–-]\s*(?:what|which)\s+date\s+is\s+(?:that|it)\??"  # "Third Monday of June 2027: what …"
    r"|\s+falls\s+on\s+(?:what|which)\s+date)?"
)
_NTH_WEEKDAY = re.compile(
    rf"^{_ASK_BEFORE}(?:the\s+date\s+of\s+)?(?:the\s+)?"
    r"(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{_WEEKDAY_NAMES_RE})\s+(?:of|in)\s+{_MONTH},?\s+{_YEAR}{_ASK_AFTER}$",
    re.IGNORECASE,
)
# The day named in a condition, then its date asked: "if the championships are held on the first
# saturday of july 2031, what date is that" (the condition names the day, nothing else)
_IF_HELD_ON = re.compile(
    r"^if\s+(?:the\s+|our\s+|my\s+)?[a-z' -]{1,60}?\s+(?:is|are|falls?|(?:is|are)\s+held"
    r"|takes?\s+place)\s+on\s+(?=the\s+[a-z0-9]+\s+[a-z]+day\s+(?:of|in)\s+[a-z]+,?\s+\d{4}\s*,\s*what)",
    re.IGNORECASE,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
_NTH.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5})
# "Unix timestamp 2000000000 is what date in UTC?"
_UNIX = re.compile(
    r"^(?:what\s+(?:(?:calendar\s+)?date|date\s+and\s+time|time)(?:\s+\(utc\))?\s+is\s+|convert\s+)?"
    r"(?:the\s+)?unix\s+"
    r"(?:timestamp|time|epoch\s+time)\s+(?P<n>\d{1,3}(?:,\d{3}){1,3}|\d{1,11})"
    r"(?:\s+is\s+what\s+(?:date|date\s+and\s+time|time)"
    r"|\s+(?:to|into)\s+(?:a\s+)?(?:utc\s+)?(?:calendar\s+)?(?:date|date\s+and\s+time))?"
    r"(?:\s+in\s+utc)?$",
    re.IGNORECASE,
)
# "What's the last day of February 2100?"
_LAST_DAY = re.compile(
    r"^(?:what\s+is\s+|what's\s+|whats\s+|when\s+is\s+|what\s+date\s+is\s+)?(?:the\s+date\s+of\s+)?"
    rf"the\s+last\s+day\s+of\s+{_MONTH},?\s+(?:of\s+|in\s+)?{_YEAR}$",
    re.IGNORECASE,
)
# Calendar facts: "How many days are in February 2100?", "Is 2100 a leap year?", "What day of
# the year is 2026-09-13?", and an age from a birth date ("How old am I if I was born on …").
_MONTH_DAYS = [
    re.compile(
        r"^(?:how\s+many|(?:the\s+)?(?:number|no\.)\s+of)\s+days\s+(?:are\s+there\s+|were\s+there\s+"
        r"|will\s+there\s+be\s+|are\s+|were\s+)?"
        rf"in\s+(?:the\s+month\s+of\s+)?{_MONTH}(?:,?\s+(?:of\s+)?(?:the\s+year\s+)?{_YEAR})?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^how\s+many\s+days\s+(?:does|did|will)\s+{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?\s+have$",
        re.IGNORECASE,
    ),
    re.compile(  # "how many days is Feb 2100" (set 186)
        rf"^how\s+many\s+days\s+(?:is|was|will\s+be)\s+{_MONTH},?\s+(?:of\s+)?{_YEAR}(?:\s+long)?$",
        re.IGNORECASE,
    ),
    re.compile(  # "is Feb 2100 28 or 29 days long, give me the number of days" (set 186)
        rf"^(?:is|was|will)\s+{_MONTH},?\s+(?:of\s+)?{_YEAR}\s+(?:be\s+)?28\s+or\s+29\s+days"
        r"(?:\s+long)?(?:,?\s+give\s+me\s+the\s+number(?:\s+of\s+days)?)?$",
        re.IGNORECASE,
    ),
    re.compile(  # "How many days has February 2100 got?"
        rf"^how\s+many\s+days\s+(?:has|had)\s+{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?\s+got$",
        re.IGNORECASE,
    ),
    re.compile(  # "How many days does February have in the year 2100?"
        rf"^how\s+many\s+days\s+(?:does|did|will)\s+{_MONTH}\s+have\s+in\s+(?:the\s+year\s+)?"
        rf"{_YEAR}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_MONTH}(?:,?\s+(?:of\s+)?(?:the\s+year\s+)?{_YEAR})?\s+(?:has|had|will\s+have)\s+how"
        r"\s+many\s+days$",
        re.IGNORECASE,
    ),
]
_YEAR_DAYS = re.compile(
    r"^how\s+many\s+days\s+(?:are\s+there\s+|were\s+there\s+|will\s+there\s+be\s+|are\s+|were\s+)?"
    rf"in\s+(?:the\s+year\s+)?{_YEAR}$|^how\s+many\s+days\s+(?:does|did|will)\s+(?:the\s+year\s+)?"
    rf"(?P<year2>\d{{4}})\s+have$",
    re.IGNORECASE,
)
_LEAP = re.compile(
    rf"^(?:is|was|will)\s+(?:the\s+year\s+)?{_YEAR}\s+(?:be\s+)?a\s+leap\s+year$", re.IGNORECASE
)
_LEAP_COUNT = re.compile(
    r"^(?:how\s+many\s+leap\s+years\s+(?:are\s+there\s+|were\s+there\s+|will\s+there\s+be\s+)?"
    r"|count\s+(?:the\s+)?leap\s+years\s+)"
    r"(?:from|between)\s+(?P<a>\d{4})\s+(?:through|thru|to|and)\s+(?P<b>\d{4})"
    r"(?P<incl>,?\s+(?:inclusive|both\s+included|both\s+inclusive|including\s+both))?$",
    re.IGNORECASE,
)
# "what is the 200th day of 2027"
_NTH_DAY = re.compile(
    rf"^{_ASK_BEFORE}(?:the\s+(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+day|day\s+(?P<n2>\d{{1,3}}))\s+of"
    rf"\s+(?:the\s+year\s+)?{_YEAR}{_ASK_AFTER}$",
    re.IGNORECASE,
)
_ISO_WEEK = re.compile(
    r"^(?:what\s+is\s+|what's\s+)?(?:the\s+)?iso(?:\s+8601)?\s+week(?:\s+number)?\s+(?:of|for)\s+"
    rf"{_DATE}$"
    r"|^(?:in\s+)?(?:which|what)\s+iso(?:\s+8601)?\s+week(?:\s+number)?(?:\s+of\s+the\s+year)?\s+"
    r"(?:does|did|will|is|was)\s+(?P<date2>.+?)(?:\s+(?:fall|be|fell)(?:\s+in)?|\s+in)?$"
    # "31 December 2029 falls in which ISO week number" (set 185)
    r"|^(?P<date3>[^,?]+?)\s+(?:falls|fell|is|lies)\s+in\s+(?:which|what)\s+iso(?:\s+8601)?\s+week"
    r"(?:\s+number)?$",
    re.IGNORECASE,
)
# "What date is the Monday of ISO week 10 in 2027?": a day of an ISO week (other week
# numberings differ, so "ISO" must be said)
_ISO_WEEK_DAY = re.compile(
    rf"^{_ASK_BEFORE}(?:the\s+)?(?P<wd>{_WEEKDAY_NAMES_RE})\s+(?:of|in)\s+iso(?:\s+8601)?\s+week"
    rf"\s+(?P<week>\d{{1,2}})\s*(?:of|in|,)?\s+{_YEAR}{_ASK_AFTER}$"
    rf"|^{_ASK_BEFORE}(?:the\s+)?(?P<wd2>{_WEEKDAY_NAMES_RE})\s+of\s+(?P<y2>\d{{4}})-?W(?P<w2>\d{{2}})"
    rf"{_ASK_AFTER}$",
    re.IGNORECASE,
)
# "How many days are left in 2026 after October 20, 2026?"
_DAYS_LEFT = re.compile(
    r"^how\s+many\s+days\s+(?:are\s+|were\s+)?(?:left|remaining|remain)\s+in\s+"
    rf"(?:the\s+year|{_YEAR})\s+(?:after|from|following)\s+{_DATE}$",
    re.IGNORECASE,
)
_DAY_OF_YEAR = [
    re.compile(
        rf"^(?:what|which)\s+(?:number\s+)?day\s+(?:number\s+)?of\s+the\s+year\s+(?:is|was|will\s+be)"
        rf"\s+{_DATE}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_LEAD}(?:the\s+)?day[\s-]+(?:number\s+)?of[\s-]+(?:the[\s-]+)?year(?:\s+number)?"
        rf"\s+(?:for|of|on)\s+{_DATE}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_DATE}\s+is\s+(?:what|which)\s+day\s+(?:number\s+)?of\s+the\s+year$", re.IGNORECASE
    ),
    # "30 September 2030 is day number what of its year?"
    re.compile(
        rf"^{_DATE}\s+is\s+day\s+(?:number\s+)?(?:what|which)\s+(?:of|in)\s+(?:its|the)\s+year$",
        re.IGNORECASE,
    ),
]
_BORN = (
    r"(?:i\s+was|i\s+am|i'm|you\s+were|he\s+was|she\s+was|they\s+were|someone\s+was"
    r"|somebody\s+was|a\s+person\s+was|a\s+person|someone|somebody)?\s*born\s+(?:on\s+)?"
)
_WHO_OLD = (
    r"how\s+old\s+(?:am\s+i|are\s+you|is\s+(?:he|she|someone|somebody|a\s+person|a\s+child"
    r"|a\s+baby)|are\s+they)(?:\s+(?:today|now))?"
)
_AGE = [
    re.compile(
        rf"^{_WHO_OLD},?\s+(?:if|when)?\s*{_BORN}(?P<date>.+?)(?:\s+today)?$", re.IGNORECASE
    ),
    re.compile(rf"^(?:if|when)\s+{_BORN}(?P<date>.+?),\s*{_WHO_OLD}$", re.IGNORECASE),
]
# "Memorial Day 2026 (US) falls on what date?"


def calendar_fact(body: str, cue: str | None) -> dict | None:
    found = _calendar_fact_of(body, cue)
    year = found and found.get("year")
    if year is not None and not GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        return None  # before 1583 the Julian calendar's leap years applied in most places
    return found


def _calendar_fact_of(body: str, cue: str | None) -> dict | None:
    for pattern in _MONTH_DAYS:
        m = pattern.match(body)
        if m:
            month = month_number(m["month"])
            year = int(m["year"]) if m["year"] else None
            if month == 2 and year is None:
                return None  # 28 or 29: the year decides
            return {"kind": "calendar", "what": "month_days", "month": month, "year": year}
    m = _YEAR_DAYS.match(body)
    if m:
        return {"kind": "calendar", "what": "year_days", "year": int(m["year"] or m["year2"])}
    m = _LEAP.match(body)
    if m:
        return {"kind": "calendar", "what": "leap", "year": int(m["year"])}
    m = _LEAP_COUNT.match(body)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if m["incl"] is None and "between" in body.lower():
            return None  # "between 2000 and 2024": are the ends in? readers differ
        if not GREGORIAN_YEARS[0] <= a <= b <= GREGORIAN_YEARS[1]:
            return None
        return {"kind": "calendar", "what": "leap_count", "year": a, "last": b}
    m = _WEEKDAY_COUNT.match(body)
    if m:
        span = m["span"] and ("weekend" if m["span"].lower().startswith("weekend") else "weekdays")
        wd = span or WEEKDAYS.index(m["wd"].lower())
        return {
            "kind": "calendar",
            "what": "weekday_count",
            "year": int(m["year"]),
            "month": month_number(m["month"]) if m["month"] else None,
            "weekday": wd,
        }
    m = _NTH_WEEKDAY.match(_IF_HELD_ON.sub("", body, count=1))
    if m:
        return {
            "kind": "calendar",
            "what": "nth_weekday",
            "year": int(m["year"]),
            "month": month_number(m["month"]),
            "weekday": WEEKDAYS.index(m["wd"].lower()),
            "n": _NTH[m["n"].lower()],
        }
    m = _UNIX.match(body)
    if m:
        return {"kind": "unix", "seconds": int(m["n"].replace(",", ""))}
    m = _LAST_DAY.match(body)
    if m:
        month = month_number(m["month"])
        return {"kind": "calendar", "what": "last_day", "year": int(m["year"]), "month": month}
    m = _NTH_DAY.match(body)
    if m:
        return {"kind": "nth_day", "n": int(m["n"] or m["n2"]), "year": int(m["year"])}
    m = _ISO_WEEK.match(body)
    if m and (d := written_date(m["date"] or m["date2"] or m["date3"], cue)) and not d.has_time:
        return {"kind": "iso_week", "date": iso_of(d)}
    m = _ISO_WEEK_DAY.match(body)
    if m:
        return {
            "kind": "calendar",
            "what": "iso_week_day",
            "year": int(m["year"] or m["y2"]),
            "week": int(m["week"] or m["w2"]),
            "weekday": WEEKDAYS.index((m["wd"] or m["wd2"]).lower()),
        }
    m = _DAYS_LEFT.match(body)
    if m and (d := written_date(m["date"], cue)) and not d.has_time:
        if m["year"] and int(m["year"]) != d.value.year:
            return None
        end = {"iso": f"{d.value.year:04d}-12-31T00:00:00", "has_time": False, "iso_text": None}
        return {"kind": "between", "a": iso_of(d), "b": end, "unit": "days", "inclusive": False}
    for pattern in _DAY_OF_YEAR:
        m = pattern.match(body)
        if m and (d := written_date(m["date"], cue)) and not d.has_time:
            return {"kind": "day_of_year", "date": iso_of(d)}
    for pattern in _AGE:
        m = pattern.match(body)
        if m and (d := written_date(m["date"], cue)) and not d.has_time:
            return {"kind": "age", "born": iso_of(d)}
    return None


def counted_weekdays(kind: str | int) -> tuple[int, ...]:
    """The weekdays (0 = Monday) a count of `kind` takes: "weekdays", "weekend", or one day
    by its name ("monday") or number."""
    if isinstance(kind, int):
        return (kind,)
    if "+" in kind:  # "tuesday+thursday": two days a week, or more
        return tuple(sorted(WEEKDAYS.index(day) for day in kind.split("+")))
    return {"weekdays": (0, 1, 2, 3, 4), "weekend": (5, 6)}.get(kind) or (WEEKDAYS.index(kind),)


def days_of_kind(unit: str, a: dict | None, b: dict | None, inclusive: bool) -> dict | None:
    """A count of weekdays, weekend days or one weekday from one written date to another
    ("How many weekdays from 14 December 2026 to 8 January 2027 inclusive?"), or None. Whether
    the end days count matters only when one of them is such a day; then "inclusive" must say
    so, since readers of "between" differ."""
    if not (a and b) or "holiday" in a or "holiday" in b:
        return None
    word = re.sub(r"[\s-]+", " ", unit.lower())
    if word.startswith("weekend"):
        kind: str | int = "weekend"
    elif word.startswith(("weekday", "week day", "monday to friday")):
        kind = "weekdays"
    elif " " in word or "," in word:  # "tuesdays and thursdays"
        days = [d[:-1] for d in re.split(r"\s*,\s*|\s+and\s+|\s+", word) if d and d != "and"]
        if len(set(days)) != len(days):
            return None
        kind = "+".join(days)
    else:
        kind = word[:-1]  # "mondays"
    first, last = (dt.date.fromisoformat(x["iso"][:10]) for x in (a, b))
    counted = counted_weekdays(kind)
    if last < first or (
        not inclusive and (first.weekday() in counted or last.weekday() in counted)
    ):
        return None
    return {"kind": "between", "a": a, "b": b, "unit": kind, "inclusive": True}
