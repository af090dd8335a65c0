"""Phrase-level parsers of the dates virtual expert: calendar dates, durations, output formats.

Each parser takes one phrase and returns a plain value or None; none of them guesses. A numeric
date like 03/04/2021 is read only when its order is known (a day above 12, or an order cue such
as "MM/DD/YYYY" elsewhere in the request); two-digit years and dates without a year abstain.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tools.dates.holidays import holiday_date

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAMES_RE = (
    r"january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
MONTH_RE = rf"(?:{MONTH_NAMES_RE})\.?"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_RE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a couple of": 2,
}
NUM_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,7}|"
    + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
    + ")"
)
# unit word -> (relativedelta field, multiplier)
DURATION_UNITS = {
    "second": ("seconds", 1),
    "sec": ("seconds", 1),
    "minute": ("minutes", 1),
    "min": ("minutes", 1),
    "hour": ("hours", 1),
    "hr": ("hours", 1),
    "day": ("days", 1),
    "week": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "month": ("months", 1),
    "year": ("years", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
}
_DUR_UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
    r"|years?|decades?|centuries|century)"
)
DURATION_RE = (
    rf"{NUM_RE}\s+{_DUR_UNIT_RE}(?:(?:\s*,\s*|\s+and\s+|\s+){NUM_RE}\s+{_DUR_UNIT_RE})*"
    r"|(?:a\s+)?fortnight"
)
MAX_DAYS = 4_000_000  # beyond the 1..9999 calendar anyway; keeps arithmetic trivially bounded

_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
ORDINALS.update({f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_WORDS[:9])})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_ORDINAL_RE = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))


_DAY_WORD = re.compile(
    r"\b(?:"
    + "|".join(sorted((w.replace("-", "[- ]") for w in ORDINALS), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def ordinal(word: str) -> int:
    w = word.lower()
    return int(w[:-2]) if w[:1].isdigit() else ORDINALS[w]


@dataclass(frozen=True)
class ParsedDate:
    value: dt.datetime
    has_time: bool
    iso_text: str | None = None  # the ISO spelling the user gave (kept for output precision)


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or _MONTH_ABBR.get(w)


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?![\d/.-])")


def order_cue(text: str) -> str | None:
    """'mdy' / 'dmy' when the request states the numeric date order, else None."""
    t = text.lower()
    mdy = bool(re.search(r"\bmm[/.-]dd[/.-]yy(?:yy)?\b|\bus (?:date )?format\b|month/day/year", t))
    dmy = bool(re.search(r"\bdd[/.-]mm[/.-]yy(?:yy)?\b|\bday/month/year\b", t))
    if not (mdy or dmy):
        # A numeric date that can be read only one way fixes the order of the others in the
        # same text ("between 07/04/2026 and 12/25/2026": month first).
        for a, _, b in _NUMERIC_DATE.findall(t):
            mdy |= int(b) > 12 >= int(a)
            dmy |= int(a) > 12 >= int(b)
    if mdy == dmy:
        return None
    return "mdy" if mdy else "dmy"


def _make(y: int, m: int, d: int, hh: int = 0, mi: int = 0, ss: int = 0) -> dt.datetime | None:
    try:
        return dt.datetime(y, m, d, hh, mi, ss)
    except ValueError:
        return None


# A time of day on the 24-hour clock, two digits to the hour ("9:30" may be evening)
HOURS_MINUTES = r"(?:[01]\d|2[0-3]):[0-5]\d"
_TIMED = re.compile(
    rf"(?:at\s+)?(?P<t>{HOURS_MINUTES})\s+on\s+(?P<date>[^:]+)"
    rf"|(?P<date2>[^:]+?),?\s+at\s+(?P<t2>{HOURS_MINUTES})",
    re.IGNORECASE,
)


def parse_date(text: str, cue: str | None = None) -> ParsedDate | None:
    """One calendar date (optionally with a time of day) filling the whole phrase."""
    t = text.strip().rstrip(",").strip()
    m = re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)?",
        t,
    )
    if m:
        try:  # fromisoformat keeps fractions of a second and UTC offsets as written
            v = dt.datetime.fromisoformat(t)
        except ValueError:
            return None
        return ParsedDate(v, m[4] is not None, t)
    if ":" in t and (timed := _TIMED.fullmatch(t)):
        # a written date with its time of day: "16:20 on 30 October 2031", "7 March 2031 at 22:00"
        day = parse_date(timed["date"] or timed["date2"], cue)
        hh, mi = (int(part) for part in (timed["t"] or timed["t2"]).split(":"))
        if day is None or day.has_time or day.iso_text:
            return None
        return ParsedDate(day.value.replace(hour=hh, minute=mi), True)
    t = re.sub(rf"^{_WEEKDAY_RE}", "", t, flags=re.IGNORECASE)  # "Tue, 7/9/1972"
    # "March fifteenth 2028", "the twenty first of June 2028": the day said as a word
    said = _DAY_WORD.sub(lambda w: str(ORDINALS[w.group().lower().replace(" ", "-")]), t)
    m = re.fullmatch(rf"({MONTH_RE})\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})", said, re.IGNORECASE)
    if m:
        v = _make(int(m[3]), month_number(m[1]), int(m[2]))
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(
        rf"(?:the\s+)?(\d{{1,2}}){_ORD}\s+(?:of\s+)?({MONTH_RE}),?\s+(\d{{4}})", said, re.IGNORECASE
    )
    if m:
        v = _make(int(m[3]), month_number(m[2]), int(m[1]))
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", t)
    if m:
        v = _make(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", t)
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        if a == b:  # (either order: "01/01/2031" beside "15/08/2030", set 180)
            order = cue or "mdy"
        elif a > 12 >= b:
            order = "dmy"
        elif b > 12 >= a:
            order = "mdy"
        else:
            order = cue  # both could be a month: only an explicit cue decides
        if cue and order != cue:
            return None  # the stated order contradicts the digits: misread, abstain
        if order is None:
            return None
        v = _make(y, a, b) if order == "mdy" else _make(y, b, a)
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(
        rf"(?:the\s+)?(first|last)\s+day\s+of\s+(?:({MONTH_RE})\s+(?:of\s+|in\s+)?)?"
        r"(\d{4})",
        t,
        re.IGNORECASE,
    )
    if m:
        y, mon = int(m[3]), month_number(m[2]) if m[2] else None
        if m[1].lower() == "first":
            v = _make(y, mon or 1, 1)
        else:
            v = _make(y, 12, 31) if mon is None else _last_of_month(y, mon)
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(
        rf"(?:the\s+)?({_ORDINAL_RE})\s+day\s+of\s+the\s+({_ORDINAL_RE})\s+month\s+"
        r"(?:of|in)\s+(\d{4})",
        t,
        re.IGNORECASE,
    )
    if m:  # "the second day of the third month of 1966"
        v = _make(int(m[3]), ordinal(m[2]), ordinal(m[1]))
        return ParsedDate(v, False) if v else None
    m = re.fullmatch(
        rf"(?:the\s+)?(first|last)\s+day\s+of\s+the\s+({_ORDINAL_RE}|last)\s+"
        r"quarter\s+(?:of|in)\s+(\d{4})",
        t,
        re.IGNORECASE,
    )
    if m:
        q = 4 if m[2].lower() == "last" else ordinal(m[2])
        if not 1 <= q <= 4:
            return None
        y = int(m[3])
        v = _make(y, 3 * q - 2, 1) if m[1].lower() == "first" else _last_of_month(y, 3 * q)
        return ParsedDate(v, False) if v else None
    return parse_holiday(t)


_US = re.compile(
    r"\s*\((?:us|u\.s\.|usa)\)|,?\s+in\s+the\s+(?:us|u\.s\.|usa|united\s+states)\b"
    r"|^(?:the\s+)?(?:us|u\.s\.|american)\s+",
    re.IGNORECASE,
)


def parse_holiday(text: str) -> ParsedDate | None:
    """ "Thanksgiving 2024", "Easter of 1951", "the Fourth of July, 1976" -> its date."""
    # Our rule-based holidays are the US ones: "(US)" and "in the US" change nothing.
    text = _US.sub("", text)
    text = re.sub(r"\s*\((?:gregorian|western)\)", "", text, flags=re.IGNORECASE)
    m = re.fullmatch(
        r"(?:the\s+)?([a-z0-9' .]+?)(?:\s+(?:of|in))?,?\s+(\d{4})", text.strip(), re.IGNORECASE
    )
    if m and (day := holiday_date(m[1], int(m[2]))):
        return ParsedDate(dt.datetime(day.year, day.month, day.day), False)
    return None


def _last_of_month(y: int, mon: int) -> dt.datetime | None:
    nxt = _make(y + (mon == 12), mon % 12 + 1, 1)
    return nxt - dt.timedelta(days=1) if nxt else _make(y, mon, 31)


# A span said in parts never has a part that makes a whole one of the part before it
_CARRIES = (
    ("years", "months", 12),
    ("weeks", "days", 7),
    ("days", "hours", 24),
    ("hours", "minutes", 60),
    ("minutes", "seconds", 60),
)


def parse_duration(text: str) -> dict[str, int] | None:
    """'1 year, 2 months and 3 days' -> {'years': 1, 'months': 2, 'days': 3}."""
    t = " ".join(text.lower().split())
    if re.fullmatch(r"(?:a )?fortnight", t):
        return {"weeks": 2}
    if not re.fullmatch(DURATION_RE, t):
        return None
    out: dict[str, int] = {}
    said: dict[str, int] = {}
    for m in re.finditer(rf"({NUM_RE})\s+({_DUR_UNIT_RE})", t):
        digits = m[1].replace(",", "")  # "10,000 days"
        n = int(digits) if digits.isdigit() else NUMBER_WORDS[m[1]]
        unit = m[2]
        key = "century" if unit == "centuries" else unit.rstrip("s") if unit != "s" else unit
        if key not in DURATION_UNITS or key in said:
            return None  # ("30 days, 12 days": two spans, not one said in parts)
        said[key] = n
        field, mult = DURATION_UNITS[key]
        out[field] = out.get(field, 0) + n * mult
    if any(big in out and out.get(small, 0) >= carry for big, small, carry in _CARRIES):
        return None  # "37 weeks, 259 days": one span said twice? (not 37 weeks and 37 more)
    total_days = (
        out.get("days", 0)
        + 7 * out.get("weeks", 0)
        + 31 * out.get("months", 0)
        + 366 * out.get("years", 0)
        + out.get("hours", 0) // 24
        + out.get("minutes", 0) // 1440
        + out.get("seconds", 0) // 86400
    )
    if not out or total_days > MAX_DAYS:
        return None
    return out


def part_day(dur: dict) -> bool:
    """True when the hours/minutes/seconds of a duration do not add up to whole days."""
    seconds = dur.get("hours", 0) * 3600 + dur.get("minutes", 0) * 60 + dur.get("seconds", 0)
    return seconds % 86400 != 0


# Shared by the request grammars (`grammar`, `facts`): a written date inside a request, its
# plain-dict form, and the regex pieces for a date, a month name, a year and a question lead.
DATE_GROUP = r"(?P<date>.+?)"
MONTH_GROUP = rf"(?P<month>{MONTH_NAMES_RE})"
YEAR_GROUP = r"(?P<year>\d{4})"
LEAD_WORDS = (
    r"(?:please\s+)?(?:what\s+is|what's|whats|what\s+was|what\s+will\s+be|calculate"
    r"|compute|find|determine|give\s+me|give|state|tell\s+me)\s+"
)
GREGORIAN_YEARS = (1583, 9999)  # calendar facts before 1583 depend on Julian or Gregorian


def written_date(text: str, cue: str | None) -> ParsedDate | None:
    """The date a phrase names ("the date 2026-09-13" too), or None."""
    text = re.sub(r"^(?:the\s+date\s+|date\s+)", "", text.strip(), flags=re.IGNORECASE)
    return parse_date(text, cue)


def iso_of(p: ParsedDate) -> dict:
    return {"iso": p.value.isoformat(), "has_time": p.has_time, "iso_text": p.iso_text}


# What a year said aloud follows: a month or a day ("july fourth twenty twenty eight")
SAID_DAY_RE = "|".join(
    [MONTH_NAMES_RE, r"\d{1,2}(?:st|nd|rd|th)?"]
    + [w.replace("-", "[- ]") for w in sorted(ORDINALS, key=len, reverse=True)]
)


# "What day of the week is 4 July 2028?" and its other word orders: the date's weekday.
WEEKDAY_QUESTIONS = [
    re.compile(
        rf"^(?:what|which)\s+day\s+of\s+(?:the\s+)?week\s+(?:is|was|will\s+be|falls\s+on|fell"
        # "what day of the week is my physics paper on 7 June 2028"
        rf"\s+on|is\s+it\s+on|was\s+it\s+on)\s+(?:(?:my|our|the|his|her|their)\s+[a-z' ]{{1,30}}?"
        rf"\s+on\s+)?{DATE_GROUP}(?:\s+on)?$",
        re.IGNORECASE,
    ),
    re.compile(  # ("On what weekday is Christmas Day 2033?")
        rf"^(?:on\s+)?(?:what|which)\s+(?:week)?day\s+(?:is|was|will\s+be)\s+{DATE_GROUP}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:what|which)\s+(?:week)?day\s+(?:will\s+it\s+be|was\s+it|is\s+it)\s+on\s+{DATE_GROUP}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:on\s+)?(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+(?:is|was|did|does"
        # "… will christmas day be in 2030": the year may come after the verb
        rf"|will)\s+{DATE_GROUP}\s+(?:fall|be|land)(?:\s+on)?(?:\s+in\s+(?P<year>\d{{4}}))?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{DATE_GROUP}\s+(?:is|was|will\s+be|falls\s+on|fell\s+on|lands\s+on|landed\s+on)\s+(?:on\s+)?"
        r"(?:a|what|which)"
        r"\s+(?:week)?day(?:\s+of\s+the\s+week)?$",  # ("14 March 2029 falls on which weekday")
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:{LEAD_WORDS})?(?:the\s+)?day\s+of\s+(?:the\s+)?week\s+(?:for|of|on)\s+{DATE_GROUP}$",
        re.IGNORECASE,
    ),
    # an event, then its date after a comma: "What day of the week was the Armistice signed, 11
    # November 1918?" (no span or direction in between: "… two days before, 11 November" is not)
    re.compile(
        r"^(?:what|which)\s+(?:day\s+of\s+(?:the\s+)?week|weekday)\s+(?:was|is|will\s+be)\s+"
        r"(?![^,]*\b(?:before|after|later|earlier|prior|following|next|previous|last|ago|from|until"
        r"|since|days?|weeks?|months?|years?|one|two|three|four|five|six|seven|ten)\b)"
        rf"[A-Za-z' -]{{3,50}},\s+{DATE_GROUP}$",
        re.IGNORECASE,
    ),
    # the date, then its weekday asked: "29 February 2028: which day of the week does it land on?"
    re.compile(
        rf"^{DATE_GROUP}\s*(?:[:,]|\s[—–-])\s*(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+"
        r"(?:is\s+it|was\s+it|will\s+it\s+be|is\s+that|was\s+that|(?:does|did|will)\s+it\s+(?:fall"
        r"|land)(?:\s+on)?)$",
        re.IGNORECASE,
    ),
    # terse: "weekday of 29 feb 2028"
    re.compile(
        rf"^(?:{LEAD_WORDS})?(?:the\s+)?weekday\s+(?:for|of|on)\s+{DATE_GROUP}$", re.IGNORECASE
    ),
    # "(Kindly) state the day of the week on which 1 January 2040 falls."
    re.compile(
        rf"^(?:(?:please\s+|kindly\s+)?(?:state|tell\s+me|give|name)\s+)?(?:the\s+)?day\s+of"
        rf"\s+(?:the\s+)?week\s+on\s+which\s+{DATE_GROUP}\s+(?:falls|fell|will\s+fall)$",
        re.IGNORECASE,
    ),
    # "Kindly tell me which day falls on 02-10-2027"
    re.compile(
        r"^(?:(?:kindly\s+|please\s+)?tell\s+me\s+)?(?:what|which)\s+(?:week)?day\s+(?:falls"
        rf"|fell|will\s+fall)\s+on\s+{DATE_GROUP}$",
        re.IGNORECASE,
    ),
]
