"""Request grammar of the dates virtual expert: whole messages -> a plain, picklable request.

Kinds: "now" (today / current time, optionally in a city or IANA zone), "shift" (a date plus or
minus durations, including BIG-bench-style stories that fix today: "Yesterday was April 30,
2021. What is the date today in MM/DD/YYYY?"), "between" (days, weeks, hours or minutes between
two dates or date-times), "clock_between" (a span between two times of one day, see `clock`)
and "weekday". A message is accepted only when its sentences are all accounted for; a sentence
that mentions dates or time but is not understood makes the whole message abstain.
"""

from __future__ import annotations

import re
from typing import Literal

from tools.dates.age_stories import age_story
from tools.dates.breaks import less_a_break, shift_less_break, shifts_added, shifts_told
from tools.dates.clock import clock_between, clock_shift
from tools.dates.day_one import from_day_one, in_a_row
from tools.dates.events import moved_to
from tools.dates.facts import calendar_fact, days_of_kind
from tools.dates.final_weekday import final_weekday
from tools.dates.formats import split_format
from tools.dates.holidays import custom_in_doubt, is_holiday
from tools.dates.in_turn import spans_in_turn
from tools.dates.inclusive import BOTH_ENDS, EXCLUSIVE, INCLUSIVE
from tools.dates.notes import clean, plainly_asked, without_event, without_occasion
from tools.dates.now import now_asked
from tools.dates.nth_days import nth_weekdays_dated
from tools.dates.offsets import has_offset, offset_question
from tools.dates.phrases import (
    DATE_GROUP,
    DURATION_RE,
    LEAD_WORDS,
    SAID_DAY_RE,
    WEEKDAY_QUESTIONS,
    iso_of,
    order_cue,
    parse_duration,
    parse_holiday,
    part_day,
    written_date,
)
from tools.dates.relative import parse_story, stated_today
from tools.dates.restated import counted_in_period, instruction_asked
from tools.dates.rotations import rota_asked
from tools.dates.slots import read_story
from tools.dates.terms import (
    about_stated_date,
    about_stated_span,
    by_stated_rule,
    event_offset,
    nth_weekday_told,
)
from tools.dates.weekly_count import weekly_count
from tools.dates.working_days import working_days
from tools.dates.zone_gap import zone_gap
from tools.dates.zone_names import with_offsets
from tools.words import spoken_years

MAX_TEXT = 1200
_DUR = rf"(?P<dur>{DURATION_RE})"
_DATE = DATE_GROUP
_BE = (
    r"(?:is|was|will\s+it\s+be|would\s+it\s+be|will\s+be|would\s+be|is\s+it|was\s+it"
    r"|comes?|falls?)"
)
_AFTER = {
    "after": 1,
    "from": 1,
    "later than": 1,
    "past": 1,
    "since": 1,
    "before": -1,
    "earlier than": -1,
    "prior to": -1,
}
_DIR = r"(?P<dir>after|before|from|later\s+than|earlier\s+than|prior\s+to|past)"
_LEAD_WORDS = LEAD_WORDS
_LEAD = rf"(?:{_LEAD_WORDS})?"

_SHIFT_EXPLICIT = [
    re.compile(
        rf"^(?:go|going|count|counting|move|moving)\s+(?P<way>back|backward|backwards|forward|ahead)"
        rf"\s+{_DUR}\s+from\s+{_DATE}(?:\s*[-—–,:;]\s*(?:what(?:'s|\s+is)\s+the\s+date"
        r"|(?:which|what)\s+date\s+do\s+(?:you|i|we)\s+(?:land\s+on|reach|get\s+to|arrive\s+at))"
        r"|\s+lands\s+on\s+(?:which|what)\s+date)?$",  # ("… from 1 March 2030 lands on which date")
        re.IGNORECASE,
    ),
    re.compile(
        # ("What day of the week is 4 days before Christmas Day 2027?": the date names its weekday)
        rf"^(?:what|which)\s+(?:date|day(?:\s+of\s+the\s+week)?|weekday)\s+{_BE}\s+{_DUR}\s+{_DIR}"
        rf"\s+{_DATE}$",
        re.IGNORECASE,
    ),
    re.compile(rf"^{_LEAD}(?:the\s+date\s+)?{_DUR}\s+{_DIR}\s+{_DATE}$", re.IGNORECASE),
    re.compile(
        rf"^{_DUR}\s+{_DIR}\s+{_DATE}(?:\s+(?:is|was|will\s+be)(?:\s+(?:what|which)\s+(?:date|day))?"
        r"|\s*=)$",  # ("45 days before 10 April 2033 =")
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?P<verb>add|subtract|take\s+away)\s+{_DUR}\s+(?P<prep>to|from)\s+{_DATE}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_LEAD}{_DATE}\s+(?P<op>plus|minus|\+|-)\s+{_DUR}"
        r"(?:\s*=|\s+(?:is|gives)\s+(?:which|what)\s+(?:date|day))?$",  # ("… is which date?")
        re.IGNORECASE,
    ),
]
_REL_TODAY = (
    r"(?P<rel>from\s+now|from\s+today|after\s+today|before\s+today|ago|hence|later"
    r"|from\s+now\s+on)"
)
_SHIFT_TODAY = [
    re.compile(
        rf"^(?:what|which)\s+(?:date|day(?:\s+of\s+the\s+week)?)\s+{_BE}\s+{_DUR}\s+{_REL_TODAY}$",
        re.IGNORECASE,
    ),
    re.compile(rf"^{_LEAD_WORDS}(?:the\s+date\s+)?{_DUR}\s+{_REL_TODAY}$", re.IGNORECASE),
    re.compile(
        rf"^what\s+(?:date|day(?:\s+of\s+the\s+week)?)\s+(?:will|would)\s+it\s+be\s+in\s+{_DUR}$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^what\s+(?:is|was|will\s+be)\s+the\s+date\s+{_DUR}\s+{_REL_TODAY}$", re.IGNORECASE
    ),
    re.compile(
        rf"^(?:what\s+is\s+|what's\s+)?today(?:'s\s+date)?\s+(?P<op>plus|minus|\+|-)\s+"
        rf"{_DUR}$",
        re.IGNORECASE,
    ),
]
# Days of one kind counted between two dates: "weekdays", "Monday-to-Friday days", "Sundays"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_DAYS_OF_KIND = (
    r"weekdays|week\s+days|weekend\s+days|monday[- ]to[- ]friday\s+days"
    rf"|{_WEEKDAYS}(?:(?:,\s*|,?\s+and\s+){_WEEKDAYS}){{0,3}}"  # ("Tuesdays and Thursdays")
)
_NO_HOLIDAYS = re.compile(
    r"^(?:not\s+counting|ignoring|disregarding)\s+(?:any\s+)?(?:public\s+|bank\s+)?holidays,\s+",
    re.IGNORECASE,
)
_SPAN_UNITS = (None, "days", "weeks", "hours", "minutes", "nights")
_BETWEEN = [
    # "How many days after Christmas Day 2026 is Valentine's Day 2027?"
    re.compile(
        r"^how\s+many\s+(?P<unit>days|weeks)\s+after\s+(?P<a>.+?)\s+(?:is|was|will\s+be|does|did)"
        r"\s+(?P<b>.+?)(?:\s+(?:fall|come))?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:please\s+)?(?:state|give|tell\s+me)\s+)?"
        r"(?:how\s+many|the\s+number\s+of|number\s+of|no\.\s+of|count\s+the)"  # ("no. of days")
        # ("How many whole weeks …": the weeks and the days over, shown as such)
        rf"\s+(?:whole\s+|full\s+|complete\s+)?(?P<unit>days|weeks|hours|minutes|nights|{_DAYS_OF_KIND})"
        r"\s+(?:are\s+there\s+|are\s+|is\s+it\s+|have\s+passed\s+|passed\s+|elapsed\s+"
        r"|lie\s+|are\s+there\s+in\s+total\s+|were\s+there\s+|was\s+it\s+)?"
        r"(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|through)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_LEAD}(?:the\s+)?(?:number\s+of\s+)?(?P<unit>days|weeks)\s+between\s+"
        r"(?P<a>.+?)\s+and\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
    # "How many days separate 25 December 2027 and 6 January 2028?"
    re.compile(
        r"^how\s+many\s+(?P<unit>days|weeks)\s+separate\s+(?P<a>.+?)\s+(?:and|from)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
    # a note: "days 3 apr 2028 -> 19 sep 2028 ?"
    re.compile(
        r"^(?P<unit>days|weeks)\s*:?\s+(?P<a>[^>]+?)\s*(?:->|→)\s*(?P<b>[^>]+?)(?:\s*\?)?$",
        re.IGNORECASE,
    ),
    # terse: "days from 1 feb 2027 to 1 nov 2027"
    re.compile(
        rf"^{_LEAD}(?:the\s+)?(?:number\s+of\s+)?(?P<unit>days|weeks)\s+from\s+"
        r"(?P<a>.+?)\s+(?:to|until|till)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^how\s+many\s+(?P<unit>days|weeks)\s+(?:are\s+|is\s+it\s+)?(?:there\s+)?(?:left\s+)?"
        r"(?:until|till|before|to)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
    re.compile(  # "After 9 October 2031, how many days remain until 31 December 2031?"
        r"^after\s+(?P<a>[^,]+?),\s+how\s+many\s+(?P<unit>days|weeks)\s+(?:remain|are\s+left"
        r"|are\s+there)\s+(?:until|till|before|to)\s+(?P<b>.+\d{4})$",  # (both dates written)
        re.IGNORECASE,
    ),
    re.compile(
        r"^how\s+many\s+(?P<unit>days|weeks)\s+(?:have\s+)?(?:passed|elapsed|gone\s+by)?"
        r"\s*since\s+(?P<a>.+)$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_LEAD}(?P<b>.+?)\s+(?:minus|-)\s+(?P<a>.+?)(?:\s+in\s+(?P<unit>days|weeks))?$",
        re.IGNORECASE,
    ),
]
_INCLUSIVE = re.compile(rf"(?:{INCLUSIVE.pattern})$", re.IGNORECASE)
_EXCLUSIVE = re.compile(rf"(?:{EXCLUSIVE.pattern})$", re.IGNORECASE)
# "Counting both the first and the last day, how many days …": the same, said first
_AS_PERIOD = re.compile(r",\s+as\s+a\s+period$", re.IGNORECASE)  # (its ends: see _run_between)
_INCLUSIVE_FIRST = re.compile(rf"^{BOTH_ENDS},\s+", re.IGNORECASE)
# "When is Thanksgiving 2024?", "What is the date of Easter 2025?"
# "I was born on 17 August 1994 — what day was that?"
# "Date: 2027-09-17. What weekday is that?", "Ana was born on … What weekday was she born on?"
_WEEKDAY_OF_THAT = re.compile(
    r"^(?:(?P<subj>i|he|she|we|they|it|(?:my|our|his|her|their|the)\s+\w+|(?-i:[A-Z][a-z]+))\s+"
    r"(?:(?:was|were|is|are|will\s+be)(?:\s+(?:born|married|founded|opened|started|due|held"
    r"|scheduled|planned|set))?|sank|happened|occurred|took\s+place|began|ended|died|landed"
    r"|launched|falls|fell)\s+on"
    r"|(?:the\s+)?date(?:\s+is|\s*:))\s+(?P<date>.+?)\s*[-—–,;:.]\s*"
    r"(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+(?:was|is|will\s+be)\s+"
    r"(?:that|it|(?P<who>i|he|she|they|(?-i:[A-Z][a-z]+))\s+born(?:\s+on)?)$",
    re.IGNORECASE,
)
# "Was 14 March 2015 a Saturday?": a weekday to check.
_WEEKDAY_CHECK = re.compile(
    rf"^(?:is|was|will)\s+{_DATE}\s+(?:be\s+)?(?:a|on\s+a)\s+(?P<wd>monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)$",
    re.IGNORECASE,
)
_HOLIDAY_DATE = re.compile(
    r"^(?:when\s+(?:is|was|will\s+be|does|did)|what(?:\s+is|'s|\s+was)\s+the\s+date\s+of"
    r"|(?:what|which)\s+date\s+(?:is|was|will\s+be|does|did)|on\s+what\s+date\s+(?:is|was|does|did)"
    r"|(?:(?:tell|give|find|state|name)(?:\s+me)?\s+)?(?:the\s+)?date\s+of)\s+(?P<date>.+?)"
    r"(?:\s+(?:fall|be|occur)(?P<year>\s+in\s+\d{4})?)?$",
    re.IGNORECASE,
)
_HOLIDAY_FALLS = re.compile(
    r"^(?P<date>.+?)\s+(?:falls|fell|will\s+fall|is|was|will\s+be)\s+on\s+(?:what|which)\s+date$"
    r"|^(?P<date2>.+?)(?:\s+date|\s*:\s*what\s+date|\s*[-—–:,]\s*(?:when|(?:which|what)\s+date"
    r"|what(?:'s|\s+is)\s+the\s+date)|\s+(?:is|was|will\s+be)\s+(?:what|which)\s+date)$",
    re.IGNORECASE,
)
_TODAY_WEEKDAY = re.compile(r"^what\s+day\s+of\s+the\s+week\s+is\s+(?:it\s+)?today$", re.IGNORECASE)


def _shift(base: dict | None, steps: list, fmt: str | None, **extra) -> dict:
    return {"kind": "shift", "base": base, "steps": steps, "fmt": fmt, **extra}


def _parse_single(body: str, cue: str | None, fmt: str | None) -> dict | None:
    for pattern in _SHIFT_EXPLICIT:
        m = pattern.match(body)
        if not m:
            continue
        d, dur = written_date(m["date"], cue), parse_duration(m["dur"])
        if not d or not dur or (part_day(dur) and not d.has_time):
            continue  # "3 hours after March 3" asks for a time we were not given
        gd = m.groupdict()
        if gd.get("way"):
            sign = -1 if gd["way"].lower().startswith("back") else 1
        elif gd.get("verb"):
            verb, prep = gd["verb"].lower(), gd["prep"].lower()
            if (verb == "add") != (prep == "to"):
                return None
            sign = 1 if verb == "add" else -1
        elif gd.get("op"):
            sign = -1 if gd["op"].lower() in ("minus", "-") else 1
        else:
            sign = _AFTER[re.sub(r"\s+", " ", gd["dir"].lower())]
        return _shift(iso_of(d), [(sign, dur)], fmt)
    for pattern in _SHIFT_TODAY:
        m = pattern.match(body)
        if m and (dur := parse_duration(m["dur"])) and not part_day(dur):
            gd = m.groupdict()
            rel = (gd.get("rel") or gd.get("op") or "later").lower()
            sign = -1 if rel in ("ago", "before today", "minus", "-") else 1
            return _shift(None, [(sign, dur)], fmt)
    if clock := clock_between(body) or clock_shift(body):
        return clock
    if holidays := _NO_HOLIDAYS.match(body):  # said of a weekday count, and only of one
        found = _parse_single(body[holidays.end() :], cue, fmt)
        counts_days = found and (
            found.get("what") == "weekday_count" or found.get("unit") not in _SPAN_UNITS
        )
        return found if counts_days else None
    if first := _INCLUSIVE_FIRST.match(body):
        body = body[first.end() :] + " inclusive"
    if period := _AS_PERIOD.search(body):
        body = body[: period.start()]
    inclusive = _INCLUSIVE.search(body)
    exclusive = None if inclusive else _EXCLUSIVE.search(body)
    span = body[: (inclusive or exclusive).start()] if inclusive or exclusive else body
    for pattern in _BETWEEN:
        m = pattern.match(span)
        if not m:
            continue
        gd = m.groupdict()
        a = _endpoint(gd.get("a"), cue)
        b = _endpoint(gd.get("b"), cue)
        if a is False and isinstance(b, dict) and "iso" in b and not b["has_time"]:
            a = _in_year_of(gd["a"], b, cue)  # "between 1 March and 30 September 2028"
        if a is False or b is False or (a is None and b is None):
            continue
        if a and b and ("holiday" in a) != ("holiday" in b):
            return None  # "from 9 October 2031 until Christmas": which year's? (not today's)
        unit = (gd.get("unit") or "days").lower()
        if unit in ("hours", "minutes") and (
            inclusive or not (a and b) or "holiday" in a or "holiday" in b
        ):
            return None  # hours from now need the clock's time; "inclusive" counts days
        if unit == "nights" and (inclusive or not (a and b)):
            return None  # nights are between two stated dates, never counted inclusively
        if exclusive and (unit != "days" or not (a and b)):
            return None  # (the days strictly between two stated dates only)
        if unit not in _SPAN_UNITS:
            return days_of_kind(unit, a, b, bool(inclusive))
        return {
            "kind": "between",
            "a": a,
            "b": b,
            "unit": unit,
            "inclusive": bool(inclusive),
            **({"exclusive": True} if exclusive else {}),
            **({"period": True} if period and not inclusive and unit == "days" else {}),
        }
    low = body.lower()
    # (every form of the second pattern says "date" or "when": its lazy head is costly to try)
    m = _HOLIDAY_DATE.match(body) or (
        _HOLIDAY_FALLS.match(body) if "date" in low or "when" in low else None
    )
    name = m and (m.groupdict().get("date") or m.groupdict().get("date2"))
    if name and m.groupdict().get("year"):  # "does Easter fall in 2030"
        name += m["year"]
    if name and (d := parse_holiday(name)):
        return {"kind": "date", "date": iso_of(d), "name": name.strip()}
    if m and name and (fact := calendar_fact(name, cue)) and fact.get("what") == "nth_weekday":
        return fact  # "first sunday of september 2029 - what date?"
    found = calendar_fact(body, cue)
    if found:
        return found
    if _TODAY_WEEKDAY.match(body):
        return {"kind": "weekday", "date": None}
    for pattern in WEEKDAY_QUESTIONS:
        m = pattern.match(body)
        said = m and " ".join(filter(None, (m["date"], m.groupdict().get("year"))))
        if said and (d := written_date(said, cue)):
            return {"kind": "weekday", "date": iso_of(d)}
    m = _WEEKDAY_OF_THAT.match(body)
    named = m and m["who"] and m["who"][0].isupper() and m["who"] != "I"
    if named and m["who"].lower() != (m["subj"] or "").lower():
        m = None  # "Ana was born on … What weekday was Tom born on?": someone else
    if m and (d := written_date(m["date"], cue)):
        return {"kind": "weekday", "date": iso_of(d)}
    m = _WEEKDAY_CHECK.match(body)
    if m and (d := written_date(m["date"], cue)):
        return {"kind": "weekday", "date": iso_of(d), "check": m["wd"].lower()}
    return now_asked(body, fmt)


def _with_stated_today(text: str, cue: str | None) -> dict | None:
    found = stated_today(text, cue)
    if not found:
        return None
    today, question = found
    body, fmt = split_format(clean(question))
    req = _parse_single(body, cue, fmt)
    if req is None or not _needs_today(req):
        return None  # the stated today is beside the point (or the question is not ours)
    return {**req, "today": today}


def _needs_today(req: dict) -> bool:
    kind = req.get("kind")
    if kind == "between":
        return (
            req.get("a") is None
            or req.get("b") is None
            or any("holiday" in (req.get(k) or {}) for k in ("a", "b"))
        )
    if kind == "shift":
        return req.get("base") is None
    if kind == "weekday":
        return req.get("date") is None
    return kind == "age"


def _endpoint(text: str | None, cue: str | None):
    """A between-endpoint: None for today, a date dict, a yearless holiday, or False."""
    if text is None or re.fullmatch(r"(?:today|now)", text.strip(), re.IGNORECASE):
        return None
    text = without_event(text.strip())  # "our charity gala on 19 November 2027": its date
    d = written_date(text, cue)
    if d:
        return iso_of(d)
    name = re.sub(r"^(?:the\s+)?(?:next\s+)?", "", text.strip().lower())
    if is_holiday(name):
        return {"holiday": name}
    return False


def _in_year_of(text: str, later: dict, cue: str | None) -> dict | Literal[False]:
    """A yearless first date in the year of the second ("from 1 March to 30 September 2028"),
    when it then comes first; False otherwise (the year meant is not said)."""
    d = written_date(f"{text.strip()} {later['iso'][:4]}", cue)
    if d is None or d.has_time or not re.search(r"[a-z]", text, re.IGNORECASE):
        return False  # (a numeric "1/3" takes no year from its neighbour)
    first = iso_of(d)
    return first if first["iso"] <= later["iso"] else False


# "Today is 03/15/2027 (MM/DD/YYYY).": a note on how the date before it is written. It fixes the
# order (`order_cue` reads it) and is then no part of the sentence.
_ORDER_NOTE = re.compile(  # ("… 01/01/2031 (dates are DD/MM/YYYY)": set 180; "…?" set 187)
    r"(?<=[\d?])\s*\((?:(?:the\s+)?dates?\s+(?:are|is)\s+(?:in\s+)?)?(?:(?:mm|dd)[/.-](?:mm|dd)[/.-]yy(?:yy)?"
    r"|day/month/year|month/day/year)"
    r"(?:\s+format)?\)",
    re.IGNORECASE,
)


# "Dates in our booking system are DD/MM/YYYY. What weekday is 07/11/2027?": a sentence that
# only says how dates are written (no number, nothing that makes an exception).
_ORDER_SAID = re.compile(
    r"^(?![^.?!]*\b(?:but|except|not|unless|however|american|us|uk|european)\b)[^.?!\d]{0,60}"
    r"\b(?:dd/mm/yyyy|mm/dd/yyyy|day/month/year|month/day/year)\b[^.?!\d]{0,30}[.:]\s+",
    re.IGNORECASE,
)


_OF_A_STATED_DATE = ("between", "weekday", "day_of_year")  # what its question may ask


def parse_dates_request(text: str) -> dict | None:
    """The whole message as one dates request (plain dict), or None to abstain."""
    if not text or len(text) > MAX_TEXT:
        return None
    if (dated := nth_weekdays_dated(text)) != text and (found := parse_dates_request(dated)):
        return found  # "… 16 weeks before the first Sunday of March 2032": before 7 March 2032
    if has_offset(text):  # a stated UTC offset: read by its own reader, or left to the model
        return offset_question(text)
    if (zoned := with_offsets(text)) and (found := offset_question(zoned)):
        return found  # "leaves London at 13:05 … lands in New York at 16:25 local time"
    if counted := working_days(text):  # "ready 4 working days after drop-off, Mon-Fri only"
        return counted
    if gap := zone_gap(text):  # "On 15 July 2027, how many hours ahead of London is Sydney?"
        return gap
    if broken := less_a_break(text):  # "08:30 to 19:00 with a 30-minute unpaid break"
        return shift_less_break(parse_dates_request(broken[0]), *broken[1:])
    if worked := shifts_told(text):  # "22:00 to 07:30. I did 4 of them. How many hours …?"
        return shifts_added([parse_dates_request(q) for q in worked[0]], *worked[1:])
    cue = order_cue(text)
    text = spoken_years(_ORDER_NOTE.sub("", text), SAID_DAY_RE)
    text = plainly_asked(without_occasion(text))  # "How old will she be at her check-up on …?"
    if cue and (said := _ORDER_SAID.match(text)):
        text = text[said.end() :]  # the order is kept in `cue`; the question is what is left
    age = age_story(text, cue)
    if age is not None:
        return age or None
    event = event_offset(text, cue)
    if event is not None:
        return event
    story = parse_story(text, cue)
    if story == {}:
        # Not a date question after all, but the story may still fix today: "Today is
        # 2026-06-15. How many days until Christmas?"; or the two sentences are one question
        # ("Date: 2027-09-17. What weekday is that?"), which the single grammar reads whole.
        if found := _with_stated_today(text, cue):
            return found
    elif story is not None:
        return story
    body, fmt = split_format(clean(text))
    found = None
    if "\n" not in text.strip() and len(body) <= 200:
        found = _parse_single(body, cue, fmt)
        if found is None and (ruled := by_stated_rule(text, cue)):
            return ruled
        if found is None and (told := nth_weekday_told(text)):
            return _parse_single(clean(told), cue, None)
        if found is None and (
            asked := about_stated_span(text) or about_stated_date(clean(text), cue)
        ):
            body, fmt = split_format(clean(asked))
            found = _parse_single(body, cue, fmt)
            if found and found["kind"] not in _OF_A_STATED_DATE and not found.get("base"):
                return None  # the span's length, a date counted from the stated one, its weekday
    # (a story's holiday is read by the calendar's rule: not when a custom may differ, "Thanksgiving
    # 2027 in Canada is the start; …")
    if found is None and (
        done := instruction_asked(text)
        or from_day_one(text)
        or in_a_row(text)
        or weekly_count(text)
        or final_weekday(text)
        or spans_in_turn(text)
        or moved_to(text)
        or counted_in_period(text)
        or rota_asked(text)
    ):
        found = _parse_single(clean(done), cue, None)  # "Add 45 days to … What's the date?"
    if found is None and not custom_in_doubt(text) and (asked := read_story(text)):
        found = _parse_single(clean(asked), cue, None) or age_story(asked, cue) or None
    return found
