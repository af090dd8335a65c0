"""A date so many working days (Monday to Friday) after or before a dated day, for the dates
grammar: "Dry cleaning is ready 4 working days after drop-off, Mon-Fri only. Dropped my coat off
on Thursday 11 November 2027, when's it ready?" (Wednesday 17 November), or the last of so many
working days that start on it: "The builders start on Monday 6 September 2032 and quote 23
working days, Monday to Friday, counting the first day. On what date should they finish?"
(Wednesday 6 October).

Whose working days they are decides which days count, so the text must say they are Monday to
Friday ("weekdays", "Mon-Fri", "weekends not counted"); a holiday it does not rule out ("no bank
holidays"), another break or change ("except Sundays", "half days"), a second number, a time of
day or a stated weekday the date does not fall on leaves the question to the model. The count
starts after the day ("after", "in 12 working days", "not counting the day it arrived"), or on it
when the work starts that day ("counting the first day", "starts on … and needs 12 working
days"); a story that says neither abstains. Pure regex work; `run_working_days` counts.
"""

from __future__ import annotations

import datetime as dt
import re

from tools.dates.holidays import NAME_RE
from tools.dates.inclusive import MON_FRI
from tools.dates.parts import DATE, TIME, WEEKDAY, story_and_question
from tools.dates.phrases import NUM_RE, NUMBER_WORDS, ORDINALS, iso_of, written_date
from tools.words import stray_digit

MAX_WORKING_DAYS = 2000  # (about eight years of them)

_KIND = r"(?:working|business|work|week)\s*days?|weekdays?"
_COUNT = re.compile(rf"\b(?P<n>{NUM_RE})\s+(?P<kind>{_KIND})\b", re.IGNORECASE)
_NTH = re.compile(
    rf"\bthe\s+(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})\s+(?P<kind>{_KIND})\s+"
    r"(?P<dir>after|before)\b",
    re.IGNORECASE,
)
# Weekends said not to count
_NO_WEEKENDS = re.compile(
    r"\b(?:no\s+weekends|weekends\s+(?:not\s+counted|excluded|don['’]t\s+count|off)"
    r"|(?:not\s+counting|excluding|skipping|ignoring)\s+weekends)\b",
    re.IGNORECASE,
)
# Holidays said not to fall in the span, or not to count
_NO_HOLIDAYS = re.compile(
    r"\b(?:(?:with\s+)?no\s+(?:bank\s+|public\s+)?holidays(?:\s+in\s+(?:between|that\s+(?:stretch"
    r"|span|period)))?|(?:not\s+counting|ignoring|ignore)\s+(?:any\s+)?(?:bank\s+|public\s+)?"
    r"holidays|with\s+no\s+days\s+off(?:\s+in\s+between)?)\b",
    re.IGNORECASE,
)
# The count starts on the dated day ...
_FIRST_COUNTED = re.compile(
    r"\b(?:counting|including)\s+(?:the\s+)?(?:first|start|starting|opening)\s+day"
    r"(?:\s+as\s+day\s+(?:one|1))?|\bday\s+(?:one|1)\s+being\s+the\s+(?:start|first\s+day)\b"
    r"|\bthe\s+first\s+day\s+(?:counting|counts|counted)\s+as\s+day\s+(?:one|1)\b",
    re.IGNORECASE,
)
# ... or after it
_FIRST_NOT_COUNTED = re.compile(
    r"\bnot\s+counting\s+the\s+(?:day|date)\b[^,.;()]{0,30}"
    r"|\bcounting\s+from\s+the\s+(?:next\s+day|day\s+after)\b[^,.;()]{0,30}",
    re.IGNORECASE,
)
# ("5 working days (Monday to Friday) after accepting", "in 12 working days", "after 15 …")
_SAID_BETWEEN = r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*"
_AFTER = re.compile(rf"{_SAID_BETWEEN}(?:after|later|on\s+from|from)\b", re.IGNORECASE)
_IN = re.compile(r"\b(?:in|within|after)\s+$", re.IGNORECASE)
_BEFORE = re.compile(rf"{_SAID_BETWEEN}before\b", re.IGNORECASE)
# Work that starts on the day and needs so many working days: its last day is asked
_STARTS = re.compile(
    r"\b(?:start|starts|starting|begin|begins|began|started)\s+on\b", re.IGNORECASE
)
_NEEDS = re.compile(
    r"\b(?:needs?|takes?|will\s+take|quotes?d?|lasts?|requires?)\s+(?:about\s+)?$", re.IGNORECASE
)
_END_ASKED = re.compile(r"\b(?:finish|finished|end|ends|complete|completed|done)\b", re.IGNORECASE)
_DATE_ASKED = re.compile(
    r"\b(?:(?:what|which)\s+(?:date|day(?!\s+of\s+the\s+week))|when(?:['’]s|\s+(?:is|will|should|does|do|can|must))"
    r"|deadline|(?:delivery|due|finish|end|ready|dispatch|completion|collection|shipping|settlement"
    r"|payment|decision)\s+date|what(?:['’]s|\s+is)\s+the\s+(?:last|final)\s+day)\b",  # (set 175)
    re.IGNORECASE,
)
# Anything else that may change which days count or what is asked
_CHANGED = re.compile(
    r"\b(?:holidays?|except\w*|only|unless|if|skip\w*|half|shifts?|saturdays?"
    r"|sundays?|weekends?|moved|delayed|postponed|late|early|extra|another|plus|then|hours?"
    r"|but|closed|shut|bank|public|how\s+many|how\s+long|calendar|time|day\s+of\s+the\s+week"
    rf"|{NAME_RE})\b|\wn't\b",
    re.IGNORECASE,
)
# Days almost every employer closes on (or on a weekday in lieu): a count across them is the
# model's, unless the text rules holidays out; elsewhere the answer says that public holidays
# were not taken out
_CLOSED = ((12, 25), (12, 26), (1, 1))


def working_days(text: str) -> dict | None:
    """The request for a date counted in working days from the text's one date, or None."""
    low = text.lower()
    if "day" not in low or not (
        "working" in low
        or "business" in low
        or "weekday" in low
        or "work day" in low
        or "week day" in low
    ):
        return None
    told = story_and_question(text)
    question = told[1] if told else text
    counts = list(_COUNT.finditer(text))
    nths = list(_NTH.finditer(text))
    dates = list(DATE.finditer(text))
    if len(counts) + len(nths) != 1 or len(dates) != 1 or TIME.search(text):
        return None
    if not _DATE_ASKED.search(question):
        return None
    said = (counts or nths)[0]
    weekdays = said["kind"].lower().startswith("weekday")
    if not (weekdays or MON_FRI.search(text) or _NO_WEEKENDS.search(text)):
        return None  # (whose working days? a shop's may be Tuesday to Saturday)
    if stray_digit(text, [said, dates[0], *_FIRST_COUNTED.finditer(text)]):
        return None
    a, b = sorted((said.span(), dates[0].span()))
    rest = f"{text[: a[0]]} {text[a[1] : b[0]]} {text[b[1] :]}"
    for told_away in (_FIRST_NOT_COUNTED, _FIRST_COUNTED, _NO_HOLIDAYS, _NO_WEEKENDS, MON_FRI):
        rest = told_away.sub(" ", rest)
    if _CHANGED.search(rest):
        return None
    base = written_date(dates[0].group(), None)
    stated = re.match(WEEKDAY, dates[0].group(), re.IGNORECASE)
    if base is None or stated and base.value.strftime("%A").lower() != stated.group().lower():
        return None  # ("Friday 11 November 2027" is a Thursday: which day was it?)
    if nths:
        n, sign, counted = _number(said["nth"]), 1 if said["dir"].lower() == "after" else -1, False
    else:
        n, sign, counted = _number(said["n"]), 1, False
        how = _how_counted(text, said, dates[0], question)
        if how is None:
            return None
        sign, counted = how
    if not 1 <= n <= MAX_WORKING_DAYS or counted and base.value.weekday() >= 5:
        return None  # (a start on a Saturday counted as a working day: whose week is that?)
    holidays_out = _NO_HOLIDAYS.search(text) is not None
    found = {"kind": "workdays", "base": iso_of(base), "n": n, "sign": sign, "counted": counted}
    first, last = sorted((base.value.date(), _counted_days(base.value.date(), found)[-1]))
    spanned = (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    if not holidays_out and any((d.month, d.day) in _CLOSED for d in spanned):
        return None  # ("3 working days from Friday 24 December": is Monday 27th a bank holiday?)
    return {**found, "holidays_out": holidays_out}


def _number(word: str) -> int:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    if w[:1].isdigit():
        return int(w[:-2])  # "3rd"
    return ORDINALS.get(w) or NUMBER_WORDS[w]


def _how_counted(
    text: str, said: re.Match[str], date: re.Match[str], question: str
) -> tuple[int, bool] | None:
    """(+1 or -1, whether the dated day is the first counted) as the text tells it, or None."""
    first = _FIRST_COUNTED.search(text)
    not_first = _FIRST_NOT_COUNTED.search(text)
    after = _AFTER.match(text, said.end()) or _IN.search(text, 0, said.start())
    before = _BEFORE.match(text, said.end())
    starts = (
        _STARTS.search(text, max(0, date.start() - 40), date.start() + 1)
        and _NEEDS.search(text, max(0, said.start() - 20), said.start())
        and _END_ASKED.search(question)
    )
    if sum(map(bool, (first, not_first))) > 1 or (before and (after or first or starts)):
        return None
    if before:
        return -1, False
    if first or (starts and not after and not not_first):
        return 1, True
    if after or not_first:
        return 1, False
    return None


def _counted_days(start: dt.date, args: dict) -> list[dt.date]:
    """The working days counted, in order: the last is the answer."""
    n, sign = int(args["n"]), int(args["sign"])
    days, day = ([start] if args["counted"] else []), start
    while len(days) < n:
        day += dt.timedelta(days=sign)
        if day.weekday() < 5:
            days.append(day)
    return days


def run_working_days(args: dict, long_date) -> tuple[str, object]:
    """The date so many Monday-to-Friday days on from (or back from) the base date."""
    start = dt.datetime.fromisoformat(args["base"]["iso"]).date()
    day = _counted_days(start, args)[-1]
    n = int(args["n"])
    week = (
        "Monday to Friday"
        if args.get("holidays_out")
        else ("Monday to Friday; public holidays not taken out")
    )
    if args["counted"]:
        told = f"{long_date(start)} is working day 1; working day {n} ({week}) is"
    else:
        way = "after" if int(args["sign"]) > 0 else "before"
        told = f"{n} {'working day' if n == 1 else 'working days'} ({week}) {way} {long_date(start)} is"
    return f"{told} {long_date(day)}", day.isoformat()
