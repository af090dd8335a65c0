"""Calendar facts and ages for the dates grammar: questions answered from the calendar itself.

"How many days are in February 2100?", "Is 2100 a leap year?", leap years in a range, the day
of the year and the Nth day, ISO weeks, days left in a year, weekday counts and "the last Friday
of October 2026", Unix time, and an age (or days old) from a birth date with today stated or
the clock's. `calendar_fact(body, cue)` reads one question sentence; `age_story(text, cue)` a
whole message of birth / today / question clauses. Plain-dict requests, as `grammar` builds.
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
    ParsedDate,
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
    rf"how\s+many\s+(?:(?P<wd>{_WEEKDAY_NAMES_RE})s|(?P<span>weekdays|week\s+days|weekend\s+days))"
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
_ASK_BEFORE = r"(?:(?:what\s+is|what's|whats|when\s+is|when's|(?:which|what)\s+date\s+is)\s+)?"
_ASK_AFTER = (
    r"(?:\s+is\s+(?:what|which)\s+date|\s*,\s*what(?:'s|\s+is)\s+the\s+date"
    r"|\s+falls\s+on\s+(?:what|which)\s+date)?"
)
_NTH_WEEKDAY = re.compile(
    rf"^{_ASK_BEFORE}(?:the\s+date\s+of\s+)?(?:the\s+)?"
    r"(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{_WEEKDAY_NAMES_RE})\s+(?:of|in)\s+{_MONTH},?\s+{_YEAR}{_ASK_AFTER}$",
    re.IGNORECASE,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
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
        r"^how\s+many\s+days\s+(?:are\s+there\s+|were\s+there\s+|will\s+there\s+be\s+|are\s+|were\s+)?"
        rf"in\s+(?:the\s+month\s+of\s+)?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^how\s+many\s+days\s+(?:does|did|will)\s+{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?\s+have$",
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
    r"(?:does|did|will|is|was)\s+(?P<date2>.+?)(?:\s+(?:fall|be|fell)(?:\s+in)?|\s+in)?$",
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


# An age from a birth date, today stated or the clock's: "I was born on 14 August 1992 and
# today is 1 March 2026. How old am I?" Every clause must be one of the three.
_AGE_QUESTION = re.compile(
    r"^how\s+(?:old|many\s+(?P<unit>days|weeks)\s+old)\s+(?:am\s+i|are\s+you|are\s+they"
    r"|is\s+(?:he|she|it|they|\w+))(?:\s+(?:now|today))?"
    r"(?:\s+in\s+(?:whole\s+|full\s+|complete\s+)?years)?\??$",
    re.IGNORECASE,
)
_WHO_ASKED = re.compile(r"\b(?:am|are|is)\s+(\w+)", re.IGNORECASE)
_IF_THEN_AGE = re.compile(r"^if\s+(.+?),\s*(how\s+(?:old|many\s+\w+\s+old)\s.+)$", re.IGNORECASE)
_FORMAT_NOTE = re.compile(r"\s*\((?:MM|DD|YYYY)[/.-](?:MM|DD)[/.-](?:YYYY|YY)\)", re.IGNORECASE)
_BORN_CLAUSE = re.compile(
    # ("One of our lads was born …": one of a group, named by the group)
    r"^(?:(?:i|he|she|they|(?:one\s+of\s+)?(?:my|our|his|her|their|the)\s+(?:\w+\s+){0,2}\w+"
    # ("Old Tom, our master wheelwright, was born …": a name and who he is)
    r"|(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?:,\s+[a-z' ]{3,40},)?)\s+"
    # ("Our old cob was foaled on …", "Our barn owlet hatched on …")
    r"(?:(?:was|were)\s+(?:born|foaled|whelped|calved|hatched)|hatched)\s+(?:on\s+)?"
    # "Client's date of birth is 8 August 2009.", "My DOB: 3 May 1990"
    r"|(?:my|his|her|their|(?:(?:the|our|my|his|her|their)\s+)?[a-z]+'s)\s+"
    r"(?:date\s+of\s+birth|dob|birth\s+date)"
    r"(?:\s+is|\s+was|:)\s+)(?P<date>.+?)[.;,]?$",
    re.IGNORECASE,
)
_BIRTH_WORD = re.compile(
    r"\b(?:born|foaled|whelped|calved|hatched|date\s+of\s+birth|dob|birth\s+date)\b", re.IGNORECASE
)
_TODAY_CLAUSE = re.compile(
    r"^(?:and\s+)?(?:today\s+is|today's\s+date\s+is|it's|it\s+is)\s+(?P<date>.+?)"
    r"(?:\s+(?:now|today))?[.;,]?$",
    re.IGNORECASE,
)


# "How old was someone born on 4 July 1976 on 1 January 2000?": both dates in the question.
_AGE_ON = re.compile(
    # (or "a player", "a child", "the baby": one who, by the "born" after it)
    r"^how\s+old\s+(?:was|is|will)\s+(?:someone|somebody|anyone|(?:a|an|the)\s+[a-z]+)\s+"
    r"(?:who\s+was\s+)?"
    r"born\s+(?:on\s+)?(?P<born>.+?)\s+(?:be\s+)?on\s+(?P<on>.+?)\??$"
    # "Someone born 31 December 1999, how old are they on 1 January 2027?"
    # "How many days old is someone born on 1 January 2000 on 1 January 2027?"
    r"|^how\s+many\s+(?P<unit>days|weeks)\s+old\s+(?:is|was|will)\s+(?:someone|somebody|a\s+person)"
    r"\s+(?:be\s+)?(?:who\s+was\s+)?born\s+on\s+(?P<born3>.+?)\s+(?:be\s+)?on\s+(?P<on3>.+?)\??$"
    # "born 4 July 1990, how old will I be on 3 July 2027?"
    r"|^(?:i\s+was\s+)?born\s+(?:on\s+)?(?P<born4>[^,—–]+?)(?:,|\s+[—–-])\s*how\s+old\s+(?:will|would"
    r"|was|am)\s+i\s+(?:be\s+)?on\s+(?P<on4>.+?)\??$"
    r"|^(?:someone|somebody|a\s+person)\s+born\s+(?:on\s+)?(?P<born2>[^,—–]+?)(?:,|\s+[—–-])\s*how\s+old\s+"
    r"(?:are|were|will)\s+they\s+(?:be\s+)?on\s+(?P<on2>.+?)\??$"
    # "how old on 1 March 2029 is someone born on 17 August 1961?"
    r"|^how\s+old\s+on\s+(?P<on5>[^,]+?),?\s+(?:is|was|will\s+be)\s+(?:someone|somebody"
    r"|a\s+person)\s+(?:who\s+was\s+)?born\s+(?:on\s+)?(?P<born5>.+?)\??$",
    re.IGNORECASE,
)
# The occasion a date is named by, before it: "on census night, 2 April 1871" (a weekday is
# kept: it is checked against the date)
_OCCASION = r"(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?:[a-z']+\s+){0,3}[a-z']+,\s+)?"
# "She was born on 2 August 1991. How old will she be on 1 August 2027?": the age on a date.
_AGE_ON_QUESTION = re.compile(
    r"^(?:how\s+(?:many\s+(?P<unit>days|weeks)\s+)?old|what\s+age)\s+(?:will|would)\s+"
    r"(?P<who>i|he|she|they|\w+)\s+(?:be|turn)(?:,?\s+in\s+whole\s+years,?)?\s+on\s+"
    rf"{_OCCASION}(?P<on>.+?)\??$"
    r"|^(?:how\s+(?:many\s+(?P<unit2>days|weeks)\s+)?old|what\s+age)\s+(?:was|were|is|are)\s+"
    # ("How old is she, in whole years, on 1 September 2027?": the age is in whole years)
    rf"(?P<who2>i|he|she|they|\w+)(?:,?\s+in\s+whole\s+years,?)?\s+on\s+{_OCCASION}(?P<on2>.+?)\??$",
    re.IGNORECASE,
)
_THIRD_PERSON = frozenset({"he", "she", "they"})


_MY_BIRTH_DATE = re.compile(r"my\s+(?:date\s+of\s+birth|dob|birth\s+date)\b", re.IGNORECASE)


def _same_person(born_clause: str, who: str) -> bool:
    """Whether the question's subject is the one the birth clause is about: "I" for "I", a
    pronoun for anyone else, a name for that name."""
    subject, who = born_clause.split()[0].lower(), who.lower()
    if _MY_BIRTH_DATE.match(born_clause):
        subject = "i"  # "My DOB is …"
    if "i" in (subject, who):
        return subject == who
    # ("it" of an animal: "Our barn owlet hatched on …")
    animal = who == "it" and "born" not in born_clause.lower()
    return who in _THIRD_PERSON or who == subject or animal


# "My Jag was first registered on 4 May 1967.": when a thing was made, from which its age counts
# (not when it was bought, adopted or planted: the thing is older than that)
_MADE_CLAUSE = re.compile(
    r"^(?:my|our|his|her|their|the|an?)\s+(?:[\w'-]+\s+){0,4}(?:(?:was|were)\s+"
    r"(?P<verb>built|made|founded|established|manufactured|constructed|created|launched|cast"
    r"|forged|carved|painted|printed|published|written|completed|released|installed|erected"
    r"|unveiled|consecrated|dedicated"
    r"|first\s+registered)|(?P<verb2>came\s+out))\s+(?:on\s+)?(?P<date>.+?)[.;,]?$",
    re.IGNORECASE,
)


_MADE_WHO = frozenset({"it", "she", "he"})
_THE_THING = re.compile(r"^(how\s+old\s+(?:is|was|will)\s+)the\s+([a-z]+)(?=\s)", re.IGNORECASE)


def _made_age(body: str, cue: str | None) -> dict | None:
    """The age in whole years of a thing made on one date, on another ("My Jag was first
    registered on 4 May 1967. How old will it be on 1 May 2029?"); {} when a date is unread."""
    parts = [p.strip() for p in re.split(r"(?<=[.;?!])\s+", body) if p.strip()]
    if len(parts) != 2 or not (made := _MADE_CLAUSE.match(parts[0])):
        return None
    if (named := _THE_THING.match(parts[1])) and named[2].lower() in parts[0].lower():
        parts[1] = f"{named[1]}it{parts[1][named.end() :]}"  # "How old is the bridge on …"
    at = _AGE_ON_QUESTION.match(parts[1])
    # ("How old is she …" of an engine or a ship)
    if not at or (at["who"] or at["who2"]).lower() not in _MADE_WHO or at["unit"] or at["unit2"]:
        return None
    since, on = written_date(made["date"], cue), written_date(at["on"] or at["on2"], cue)
    if not (since and on) or since.has_time or on.has_time:
        return {}
    today = {"base": iso_of(on), "steps": []}
    verb = " ".join((made["verb"] or made["verb2"]).lower().split())
    return {"kind": "age", "born": iso_of(since), "today": today, "on": True, "since": verb}


def age_story(text: str, cue: str | None) -> dict | None:
    """An age request; {} when it asks an age but the story does not add up; None otherwise."""
    body = " ".join(_FORMAT_NOTE.sub("", text.replace("\u2019", "'")).split())
    if m := _AGE_ON.match(body):
        born = written_date(m["born"] or m["born2"] or m["born3"] or m["born4"] or m["born5"], cue)
        on = written_date(m["on"] or m["on2"] or m["on3"] or m["on4"] or m["on5"], cue)
        if born is None or on is None or born.has_time or on.has_time:
            return {}
        if m["unit"]:  # the days (or weeks) from the birth to that day
            unit = m["unit"].lower()
            return {
                "kind": "between",
                "a": iso_of(born),
                "b": iso_of(on),
                "unit": unit,
                "inclusive": False,
            }
        today = {"base": iso_of(on), "steps": []}
        return {"kind": "age", "born": iso_of(born), "today": today, "on": True}
    if made := _made_age(body, cue):
        return made
    if m := _IF_THEN_AGE.match(body):  # "If I was born on …, how old am I?"
        body = f"{m[1]}. {m[2]}"
    parts = [p.strip() for p in re.split(r"(?<=[.;?!])\s+|\s+and\s+", body) if p.strip()]
    if (
        len(parts) == 2
        and _BIRTH_WORD.search(parts[0])
        and (at := _AGE_ON_QUESTION.match(parts[1]))
    ):
        # (no birth told: "I started my starter on …. How many days old is it on …?" is `slots`')
        born_at = _BORN_CLAUSE.match(parts[0])
        if not born_at or not _same_person(parts[0], at["who"] or at["who2"]):
            return {}
        born = written_date(born_at["date"], cue)
        on = written_date(at["on"] or at["on2"], cue)
        if not (born and on) or born.has_time or on.has_time:
            return {}
        if unit := at["unit"] or at["unit2"]:  # "How many weeks old is he on …?"
            return {
                "kind": "between",
                "a": iso_of(born),
                "b": iso_of(on),
                "unit": unit.lower(),
                "inclusive": False,
            }
        return {
            "kind": "age",
            "born": iso_of(born),
            "today": {"base": iso_of(on), "steps": []},
            "on": True,
        }
    question = _AGE_QUESTION.match(parts[-1]) if len(parts) >= 2 else None
    if question is None:
        return None
    found: dict[str, ParsedDate] = {}
    born_clause = ""
    for clause in parts[:-1]:
        for key, pattern in (("born", _BORN_CLAUSE), ("today", _TODAY_CLAUSE)):
            m = pattern.match(clause)
            if m and key not in found:
                d = written_date(m["date"], cue)
                if d is None or d.has_time:
                    return {}
                found[key] = d
                born_clause = clause if key == "born" else born_clause
                break
        else:
            return {}  # a clause that is neither: "… and died in 2010"
    born, today = found.get("born"), found.get("today")
    if born is None or not _same_person(born_clause, _WHO_ASKED.search(parts[-1])[1]):
        return {}  # ("My dog was born on …. How old am I?")
    if today is None and not re.match(r"(?i)i\s", parts[0]):
        return {}  # "Tom was born in …": a story, whose today is not necessarily ours
    req: dict = {"kind": "age", "born": iso_of(born)}
    if question["unit"]:  # "How many days old am I?": the days (or weeks) since the birth
        unit = question["unit"].lower()
        req = {"kind": "between", "a": iso_of(born), "b": None, "unit": unit, "inclusive": False}
    if today is not None:
        req["today"] = {"base": iso_of(today), "steps": []}
    return req


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
    m = _NTH_WEEKDAY.match(body)
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
    if m and (d := written_date(m["date"] or m["date2"], cue)) and not d.has_time:
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
    else:
        kind = word[:-1]  # "mondays"
    first, last = (dt.date.fromisoformat(x["iso"][:10]) for x in (a, b))
    counted = counted_weekdays(kind)
    if last < first or (
        not inclusive and (first.weekday() in counted or last.weekday() in counted)
    ):
        return None
    return {"kind": "between", "a": a, "b": b, "unit": kind, "inclusive": True}
