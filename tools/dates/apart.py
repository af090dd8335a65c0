"""How far apart a story's two dated events are, when the question says which way its ends count
("How many days after the start date was the delivery?", "How many weeks is that from 1
February 2027?", "How many days did it take?"): a period told to run from one day to another
may count both ends ("The festival runs from 28 July to 2 August. How many days?": 5 or 6), so
`slots` answers the difference when `counts_the_difference` finds it asked, or, for a plain "How
many days (is that)?" of a story that is only such a period (`a_period`), with the other count
named beside it; both ends counted making whole months or weeks ("The lease runs from 1
February 2027 to 31 January 2028": 365 days) leave it to the model. Pure string work."""

from __future__ import annotations

import datetime as dt
import re

from tools.dates.counted_from import from_date
from tools.dates.inclusive import ONE_END
from tools.dates.parts import DATE
from tools.dates.phrases import written_date

# Days between two events, said so: the ends of a period ("runs from ... to ...") may count.
BETWEEN = re.compile(r"\b(?:between|apart)\b", re.IGNORECASE)
# Two things done on two dates, and how long it took between them: "I cast on … on 3 November
# 2027 and cast off on 19 January 2028. How many days did it take?" (a period said to run from
# one day to another may count both; one told as two events is their difference)
_TOOK = re.compile(
    r"\bhow\s+many\s+(?:days|weeks)\s+(?:did|had|have|has|was|were|will)\s+(?:it|that|i|we|you|they|he|she"
    # ("How many days did probate take?": set 186)
    r"|the(?:\s+[a-z]+){1,2}|[a-z]{4,}(?=\s+(?:take|last)\b))\s+(?:take|took|own(?:ed)?|ha[dv]e?|been|keep"
    r"|kept|last(?:ed)?|hold|held"
    # "How many days did it spend in the rack?", "… were the supers on the hives?", "… was it up"
    r"|spen[dt]|on|in|up|under|out|away|exposed|stored|parked|lent|missing|at\s+sea|afloat"
    r"|aboard|with\s+(?:us|me|them|you|him|her)|deployed|installed|fitted|worn|in\s+use|in\s+place"
    r"|silent|closed|shut|idle|dormant|empty|sat|sitting|lain|lying"  # ("was it silent": set 176)
    r"|asleep|hibernating|in\s+hibernation|in\s+hospital|off\s+(?:work|sick))\b"
    # "How many days in transit?" of a parcel that left on one date and reached on another (set 171)
    r"|\bhow\s+many\s+(?:days|weeks)\s+(?:in\s+transit|en\s+route|on\s+the\s+road|in\s+the\s+post)\b"
    # "How many days had passed?" from the one date to the other
    r"|\bhow\s+many\s+(?:days|weeks)\s+(?:had|have)\s+(?:passed|gone\s+by|elapsed)\b"
    # "How many days will it have run by 20 April 2027?" (from the story's date to that one)
    r"|\bhow\s+many\s+(?:days|weeks)\s+will\s+(?:it|that|the\s+[a-z]+)\s+have\s+(?:run|been\s+"
    r"(?:running|going|open|lit|burning|in\s+service))\s+by\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\bfrom\b|\b(?:to|until|till|through)\s+(?:the\s+)?\d|\bruns?\b|\blasts\b|\blasted\b"
    # ("opened it on …" is an event, "for the museum opening on …" a thing: set 176)
    r"|\blast\s+(?:for|until|till)\b|\bopen(?!ed\b|ing\b)|\bopening\s+(?:from|until|till)\b",
    re.IGNORECASE,
)
# ... or how far apart two things done on two dates are ("bought … on 15 March 2027 and it
# matures on 15 September 2029. How many days is that?"), unless they may be a period's ends
# ... or a wait from the one to the other: "How many weeks do I wait?"
_WAIT = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:days|weeks)\s+(?:do|did|will|must)\s+(?:i|we|you|they|he|she)"
    r"\s+(?:have\s+to\s+)?wait(?:\s+for\s+(?:it|them|(?:the|my|our)\s+[a-z]+))?\s*\?$",
    re.IGNORECASE,
)
IS_THAT = re.compile(
    r"^how\s+many\s+(?:days|weeks)(?:\s+of\s+[a-z]+|\s+ahead|\s+in\s+advance)?\s+(?:is|was|were)\s+(?:that|it"
    r"|they|she|he)(?:\s+(?:in|on|at|away|stored"
    r"|kept|left|there)(?:\s+(?:the|my|our)\s+[a-z]+|\s+for)?)?\s*\?$",
    re.IGNORECASE,
)
# ... or the two events named in the question: "How many days is that from my start date to my
# retirement date?"
_FROM_EVENT_TO_EVENT = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+(?:(?:is\s+(?:that|it)|are\s+there)\s+)?from\s+"
    r"(?:the\s+|my\s+|our\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?\s+to\s+(?:the\s+|my\s+|our\s+)?[a-z]+(?:-[a-z]+|\s+[a-z]+)?\s*\?$",  # ("weigh-in")
    re.IGNORECASE,
)
# ... or from one thing done on a date to another: "How many days from booking the cruise on 5
# December 2027 to sailing on 19 May 2028?"
# ("… from 15 May 2025, when we bagged the seed oysters, to harvest on 1 November 2026?")
_EVENT_WORD = r"(?!(?:before|after|prior|eve|next|previous|following|day|days|week|weeks)\b)[a-z]+"
_EVENT_ON = rf"(?:(?:the|my|our)\s+)?{_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,3}}\s+on\s+"
_FROM_DOING_TO_DOING = re.compile(
    rf"^how\s+many\s+(?:days|weeks)\s+(?:is\s+it\s+|are\s+there\s+)?from\s+(?:{_EVENT_ON})?"
    rf"{DATE.pattern}(?:,\s+when\s+[^,?]{{1,60}},)?\s+to\s+(?:{_EVENT_ON})?{DATE.pattern}"
    r"(?:,\s+when\s+[^,?]{1,60})?\s*\?$",
    re.IGNORECASE,
)
# ... or the time there is from a start to a deadline: "I cast on on 2 October 2027 and it has to
# be done by 24 December 2027. How many days do I have?"
_TIME_LEFT = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+(?:do|does|will|did)\s+(?:i|we|you|he|she|they)\s+(?:have|get)"
    r"(?:\s+left)?\s*\?$",
    re.IGNORECASE,
)
# ... or from a date the question names to the story's one: "Exams start Monday 10 May 2027. How
# many weeks is that from 1 February 2027?"
THAT_FROM = re.compile(
    # (the date right after "from": not "from then until his birthday on …", the other way)
    r"^how\s+many\s+(?:days|weeks)\s+(?:(?:is|was)\s+(?:that|it)\s+(?:from|after|since)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d[^?a-z]*[a-z]+\s+\d{4}"
    r"|(?:from|after|since)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d[^?a-z]*[a-z]+\s+\d{4}"
    r"\s+(?:is|was)\s+(?:that|it))\s*\?$",
    re.IGNORECASE,
)
# ... or from the story's date ("then") to one the question names: "Sam started his paper round on
# 3 January 2027. How many days is it from then until his birthday on 19 June 2027?"
_FROM_THEN = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+(?:is\s+(?:it|that)\s+|are\s+there\s+)?from\s+(?:then|that(?:\s+date|\s+day)?)\s+"
    r"(?:until|till|to)\b"
    # "The tree yard opens on 27 November 2027. How many days after that is 24 December 2027?"
    r"|^how\s+many\s+(?:days|weeks)\s+after\s+(?:that|then|it)(?:\s+date)?\s+(?:is|was|will\s+be)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d[^?a-z]*[a-z]+\s+\d{4}\s*\?$",
    re.IGNORECASE,
)
_BY_LAST = re.compile(r"\b(?:by|due(?:\s+on)?|deadline\s+is)\s+$", re.IGNORECASE)
# ... or how old something started on the first date is on the second: "I started my sourdough
# starter on 2 February 2028. How many days old is it on 1 March 2028?"
_OLD_ON = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+old\s+(?:is|was|will|are|were)\s+(?:it|they|he|she)(?:\s+be)?\s+on\s+",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\b(?:start|begin|began|end|finish|clos|stay|inclusive)", re.IGNORECASE)
# "How many days is that after installation?": counted from the first date's event
_AFTER_EVENT = re.compile(
    r"\b(?:is|was|will\s+be)\s+(?:that|it)\s+after\s+(?:the\s+|my\s+|our\s+)?(?P<what>[a-z]+)\s*\?$"
    # "How many days after the sale was that?"
    r"|(?:^|(?<=[.!?]\s))how\s+many\s+(?:days|weeks)\s+after\s+(?:the\s+|my\s+|our\s+)?(?P<what2>[a-z]+)"
    r"\s+(?:is|was"
    r"|will\s+be)\s+(?:that|it)\s*\?$",
    re.IGNORECASE,
)


def _whole_weeks(dates: list[re.Match[str]]) -> bool:
    """Whether two dates lie whole weeks apart: counting both ends would add a seventh of a week,
    so "How many weeks is that?" counts from one to the other."""
    first, last = (written_date(m.group(), None) for m in dates)
    if first is None or last is None:
        return False
    return (last.value - first.value).days % 7 == 0


# "How many days after opening day is closing day?" of "opens on D1 and shuts on D2", "How many
# days after the start date was the delivery?" of "started … on D1 and delivered it on D2"
_DAYS_AFTER_IS = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+after\s+(?:the\s+|my\s+|our\s+|it\s+|they\s+)?(?P<a>[a-z]+)"
    r"(?:\s+(?:day|date|deadline))?\s+(?:is|was|will\s+be)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?P<b>[a-z]+(?:-[a-z]+)?)(?:'s)?(?:\s+(?:day|date|one|two|1|2|end|start))?\s*\?$",
    re.IGNORECASE,
)
# "How many days after the start did I finish?", "How many days after opening do entries close?"
_DAYS_AFTER_DID = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+after\s+(?:the\s+|my\s+|our\s+)?(?P<a>[a-z]+)(?:\s+(?:day|date))?"
    r"\s+(?:did|do|does|will|was|were)\s+(?:i|we|you|he|she|they|it|the\s+[a-z]+|[a-z]+)\s+(?P<b>[a-z]+)\s*\?$",
    re.IGNORECASE,
)
_TOLD_REACH = 60  # characters before a date in which the event it dates is told, in its clause
_CLAUSE_BREAK = re.compile(r"[.,;!?]|\b(?:and|but)\b", re.IGNORECASE)


def _told_before(text: str, date: re.Match[str]) -> str:
    """The words of `date`'s clause before it ("I started restoring a longcase movement on")."""
    told = text[max(0, date.start() - _TOLD_REACH) : date.start()]
    return _CLAUSE_BREAK.split(told)[-1].lower()


# An event asked by one word and told by another: "How many days after the start …?" of "began on"
_SAID_AS = {
    "star": ("star", "bega", "begi", "begu"),
    "begi": ("begi", "bega", "begu", "star"),
    "fini": ("fini", "comp", "ende", "done"),
    "comp": ("comp", "fini", "done"),
}


def _after_the_first(question: str, text: str, dates: list[re.Match[str]]) -> bool:
    """True when the question counts from the event the first date tells, to another."""
    m = _DAYS_AFTER_IS.match(question) or _DAYS_AFTER_DID.match(question)
    if m is None:
        return False
    first, then = (_told_before(text, d) for d in dates[:2])
    a, b = (
        re.compile(rf"\b(?:{'|'.join(_SAID_AS.get(e[:4].lower(), (re.escape(e[:4].lower()),)))})")
        for e in (m["a"], m["b"])
    )
    # the second event told at the second date, or both said as days ("opening day … closing day")
    named = (
        b.search(then)
        or (m.re is _DAYS_AFTER_IS and m["a"].endswith("ing") and m["b"].endswith("ing"))
        # "… must be spent by 29 November 2027. How many weeks after the approval is the deadline?"
        or (m["b"].lower() == "deadline" and _BY_LAST.search(text, 0, dates[1].start()))
    )
    return len(m["b"]) >= 4 and bool(a.search(first) and not b.search(first) and named)


def _from_date_words(text: str, date: re.Match[str]) -> bool:
    """True when the question's "after <event>" names the event of the story's first date."""
    m = _AFTER_EVENT.search(text)
    what = m and ("what" if m["what"] else "what2")
    return m is not None and from_date(text, " " + m[what], date, m.start(what))


# A period's two ends: "runs from 26 October 2031 to 29 March 2032", "opens Saturday 13 December
# 2031 and closes Sunday 18 April 2032", "starts on … and ends on …"
_FROM_TO = re.compile(r"^\s*(?:to|until|till|through|-|–)\s+$", re.IGNORECASE)
_OPENS = re.compile(
    r"\b(?:runs?|ran|opens?|starts?|started|begins?|began)(?:\s+(?:on|from))?\s+$", re.IGNORECASE
)
_CLOSES = re.compile(
    r"\b(?:closes?|closed|ends?|ended|finish(?:es|ed)?|shuts?)(?:\s+(?:on|at))?\s+$", re.IGNORECASE
)
# The plain length of it asked: "How many days?", "How many days is that?" ("How many days of
# music is that?" counts the days of a thing, which may be both ends)
PLAIN_DAYS = re.compile(r"^how\s+many\s+days(?:\s+(?:is|was)\s+(?:that|it))?\s*\?$", re.IGNORECASE)


def _whole_when_both_count(first: re.Match[str], last: re.Match[str]) -> bool:
    """Whether counting both ends makes whole months or weeks ("The lease runs from 1 February
    2027 to 31 January 2028": a year of 365 days, not 364): then both ends likely count."""
    a, b = (written_date(m.group(), None) for m in (first, last))
    if a is None or b is None:
        return True
    after = b.value + dt.timedelta(days=1)
    return after.day == a.value.day or (after - a.value).days % 7 == 0


def a_period(story: str, dates: list[re.Match[str]]) -> bool:
    """Whether the story is one period told by its first and last day, and nothing after them
    ("… but is closed on the Sunday" changes the count)."""
    first, last = dates[0], dates[1]
    if story[last.end() :].strip(" .!") or _whole_when_both_count(first, last):
        return False
    between = story[first.end() : last.start()]
    if _FROM_TO.match(between):
        # ("runs from … to …", "runs 12 September 2029 to 30 May 2030")
        return bool(
            re.search(r"\bfrom\s+$", story[max(0, first.start() - 6) : first.start()])
            or _OPENS.search(story, 0, first.start())
        )
    return bool(
        _OPENS.search(story, 0, first.start())
        and _CLOSES.search(between)
        and not re.search(r"[.;!?]", between)
    )


def counts_the_difference(
    question: str, text: str, story: str, dates: list[re.Match[str]], unit: str
) -> bool:
    """True when the question asks the difference of the story's two dates, in words that say
    which way the ends count (see the patterns above)."""
    return bool(
        BETWEEN.search(question)
        or (_AFTER_EVENT.search(question) and _from_date_words(text, dates[0]))
        or ((_TOOK.search(question) or _WAIT.match(question)) and not _PERIOD.search(story))
        or (_OLD_ON.match(question) and dates[0].end() <= len(story))
        or (
            IS_THAT.search(question)
            # (a period, a start or an end may count both days; whole weeks apart, counting
            # both would add a seventh of a week: "start on 20 February … How many weeks is
            # that?", "The tour runs from 3 September to 15 October …")
            and (
                (not _PERIOD.search(story) and not _ENDS.search(story))
                or (unit == "weeks" and _whole_weeks(dates))
            )
        )
        or _FROM_EVENT_TO_EVENT.match(question)
        or _FROM_DOING_TO_DOING.match(question)
        or _after_the_first(question, text, dates)
        or (_TIME_LEFT.match(question) and _BY_LAST.search(text, 0, dates[1].start()))
        or THAT_FROM.match(question)
        or _FROM_THEN.match(question)
        or ONE_END.search(question)  # "How many days is that, not counting the first day?"
    )
