"""The parts of a dated story the dates readers look for: dates, times of day, spans, and the
words that may change what they count (shared by `slots` and `runs`), and `year_said_twice`,
which gives a year said once at the end to both days ("from 2 July to 27 August 2028"). Pure
regex work."""

from __future__ import annotations

import re

from tools.dates.clock import TIME_OF_DAY
from tools.dates.holidays import NAME_RE
from tools.dates.phrases import DURATION_RE, MONTH_RE, month_number, written_date
from tools.words import initials

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_RE},?\s+"
    rf"\d{{4}}|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    rf"|(?<![\w'’])(?:{NAME_RE}),?\s+\d{{4}})(?![\d/.-]\d)",  # ("4 days before Christmas Day 2027")
    re.IGNORECASE,
)
TIME = re.compile(rf"(?<![\d:.,])(?:{TIME_OF_DAY})(?![\d:])", re.IGNORECASE)
SPAN = re.compile(rf"(?<![\w-])(?:{DURATION_RE})(?![\w-])", re.IGNORECASE)
# Words that may change a count or a date, or make it a different question.
_CHANGE_WORDS = (
    r"business|working(?!\s*\?)"  # (not "How many minutes were they working?")
    r"|weekends?(?!\s+(?:retreat|course|break|trip|workshop|camp|festival|market))"
    r"|week\s*days?|holidays|bank\s+holiday|public\s+holiday"
    r"|national\s+holiday|federal\s+holiday"
    # ("The skip was dropped off …" is a skip bin)
    r"|exclud\w*|skip(?:ped|ping)|skips?(?!\s+(?:was|is|are|were|hire|lorry|bag|permit|went|goes|came|arrived|stayed|sat)\b)"
    r"|except\w*|not|no"
    r"|never|only|if|unless|suppose|assum\w*|pretend|imagine|calendars?|julian|fiscal"
    # ("brought forward" moves a date; "brought back on 14 January" returns a thing)
    r"|moved|changed|rescheduled|postponed|delayed|shifted|pushed|brought(?!\s+back\s+on\b)"
    r"|extended|cancel\w*"
    r"|every\s+(?:other|second|third|\d|two|three|four|few)|twice|times(?![\s-]tables?\b)"
    r"|half\s+(?:a|an|of)"
    r"|and\s+a\s+half|quarters?\s+(?:of|past|to)|zones?|utc|gmt|local|overtime"
    r"|breaks?(?!\s+(?:clause|up\s+on))|lunch"  # ("the children break up on …": a term ends)
    # ("the late ghost walk", "an early start" name a thing; "ten minutes late" moves one)
    r"|late(?<!\bthe\slate)(?<!\ba\slate)(?!\s+(?:openings?|nights?|shows?|sessions?)\b)"  # ("Late openings")
    r"|early(?<!\bthe\searly)(?<!\ban\searly)"
    r"|earlier\s+than|later\s+than"
)
CHANGES = re.compile(rf"\b{initials(_CHANGE_WORDS)}(?:{_CHANGE_WORDS})\b|\wn't\b", re.IGNORECASE)
# The sentences of a story: at a full stop, a line break, a dash or a semicolon, and before its
# question
SENTENCE = re.compile(
    r"(?<=[.!?])\s+|\s*\n+\s*|\s+[—–]\s+|;\s+|\s+-\s+(?=(?:so\s+)?(?:how|what|which|when)\b)"
    # "… and go home on 2 April 2028, how many days is that?"
    r"|,\s+(?=(?:so\s+)?(?:how\s+(?:many|long|old)|(?:what|which)\s+(?:date|day|weekday)"
    r"|what(?:'s|\s+is)\s+the\s+(?:[a-z]+\s+)?date)\b)",
    re.IGNORECASE,
)


_NAMED_WEEKDAY = re.compile(rf"^({WEEKDAY}),?\s+(?:the\s+)?", re.IGNORECASE)
_ANY_WEEKDAY = re.compile(WEEKDAY, re.IGNORECASE)


def misnamed_weekday(text: str) -> bool:
    """True when a date is said with a weekday it does not fall on ("Saturday 17 May 2030")."""
    if not _ANY_WEEKDAY.search(text):
        return False  # (no weekday named: DATE's scan of the text, its slowest, is not needed)
    for date in DATE.finditer(text):
        named = _NAMED_WEEKDAY.match(date.group())
        if named is None:
            continue
        day = written_date(date.group()[named.end() :], None)
        if day is not None and day.value.strftime("%A").lower() != named[1].lower():
            return True
    return False


def story_and_question(text: str) -> tuple[str, str] | None:
    """(the story, its question) of a text of two sentences or more: the last sentence is the
    question and everything before it the story; None for one sentence."""
    sentences = [s for s in SENTENCE.split(text.strip()) if s]
    if len(sentences) < 2:
        return None
    return text[: len(text) - len(sentences[-1])], sentences[-1]


# Two days of one year, the year said once at the end: "runs from 2 July to 27 August 2028",
# "between March 3 and April 9, 2029"
def _day_of_month(name: str) -> str:
    return (
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<{name}>{MONTH_RE})"
        rf"|(?P<{name}2>{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    )


_YEAR_SHARED = re.compile(
    rf"\b(?:from|between|runs|ran|run)\s+(?P<first>{_day_of_month('a')})\s+(?:to|and|until|till|through)\s+"
    rf"(?P<second>{_day_of_month('b')}),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)


def year_said_twice(text: str) -> str:
    """The first day given the year said after the second, when both fall in that year in
    order ("from 20 December to 5 January 2028" crosses into it: left as told)."""
    if (" to " not in text and " and " not in text) or not (m := _YEAR_SHARED.search(text)):
        return text
    first = month_number(m["a"] or m["a2"])
    second = month_number(m["b"] or m["b2"])
    if first is None or second is None or first > second:
        return text
    comma = "," if m["a2"] else ""
    return f"{text[: m.end('first')]}{comma} {m['year']}{text[m.end('first') :]}"
