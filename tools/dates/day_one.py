"""A run whose first day is said to be day 1, for the dates grammar: the date of its day K, or
of its last day, is K - 1 (or N - 1) days after the first.

"A course starts on 28 January 2030 and runs for 40 days counting the first day as day 1. What
is the date of day 40?"  -> "What date is 39 days after 28 January 2030?"
"A 180-day season ticket starts on 15 April 2030, which counts as day 1. What's the last day
it's valid?"  -> "What date is 179 days after 15 April 2030?"

The story tells one date, the words that make it day 1 right after it (or "the first day"
named so), at most one length of the run in days, and nothing else; day K must fall inside the
run. Precision first: a second date, a time, a break or a change ("except", "skipping"), or a
day asked past the run's end abstain. `in_a_row` reads a run of N consecutive days (or nights
in a row) from its first, whose last is N - 1 days on. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE, story_and_question
from tools.words import stray_digit

_DAY_ONE = re.compile(
    r",?\s+\(?(?:(?:and\s+)?(?:which|that)(?:\s+day)?\s+(?:counts|is\s+counted|is)\s+as"
    r"|(?:with\s+)?(?:that|this|the\s+(?:first|start(?:ing)?|opening))\s+(?:day\s+)?(?:being|as|counted\s+as"
    r"|counting\s+as)"
    # ("… with the issue date as day 1": set 180)
    r"|with\s+the\s+(?:[a-z]+ing|issue|purchase|arrival|departure|start)\s+(?:day|date)\s+(?:being\s+|counted\s+)?as"
    r"|counting\s+(?:that|this|(?:the\s+)?(?:first|start(?:ing)?|opening|arrival|landing|purchase"
    r"|departure|[a-z]+ing|issue))\s+(?:day|date)\s+as"  # ("counting the sailing day as day 1": set 175)
    # ("and the purchase day counts as day 1")
    r"|(?:and\s+)?(?:the\s+)?(?:first|start(?:ing)?|opening|arrival|landing|purchase|departure|joining)\s+day"
    r"\s+(?:counts|is\s+counted|is|counting|counted)\s+as"  # ("arrival day counting as": set 173)
    # ("counting the day we leave as day one")
    r"|counting\s+the\s+day\s+(?:we|i|you|they|he|she)\s+[a-z]+(?:\s+(?:off|in|out))?\s+as"
    r"|day\s+of\s+[a-z]+\s+(?:counting|counts|counted|is\s+counted)\s+as"  # ("day of entry …": set 177)
    r"|counting\s+the\s+day\s+of\s+[a-z]+\s+as"  # ("counting the day of issue as day 1": set 182)
    # ("with 1 December as day 1": the first date said again)
    r"|(?:with|counting)\s+(?:[A-Z][a-z]+day,?\s+)?"  # ("with Wednesday 1 September 2027 counted as")
    r"(?P<again>(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)\s+(?:counted\s+)?as"
    # ("and Friday 23 April 2027 counts as day 1": right after the date, checked below)
    r"|(?P<bare>counts|is\s+counted)\s+as)\s+(?:day\s+(?:1|one)|the\s+first\s+day|(?P<zero>day\s+(?:0|zero)))\b"
    # ("…, day 1 being the start")
    r"|,?\s+(?:with\s+)?day\s+(?:1|one)\s+being\s+the\s+(?:start|first\s+day|day\s+we\s+[a-z]+)\b"
    # ("takes 9 days counting the start day": the first day counted, so it is day 1)
    r"|,?\s+(?:counting|including)\s+(?:that|this|the)\s+(?:first|start(?:ing)?|opening|arrival"
    r"|departure)\s+day\b(?!\s+as\b)",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    r"\b(?P<n>\d{1,4})[- ]day\b"
    r"|\b(?:runs?|lasts?|takes?|covers?|is|for|valid|give\s+it|gives?\s+(?:us|me|them|you)|planned\s+as)"
    r"\s+(?:for\s+)?"  # ("the repair is planned as 23 days at sea": set 182)
    r"(?P<n2>\d{1,4}|\d,\d{3})\s+days\b",  # ("the contract gives us 200 days": set 180)
    re.IGNORECASE,
)
_DAY_K_ASKED = re.compile(
    r"(?:what(?:'s|\s+is)\s+the\s+date\s+of|(?:on\s+)?(?:what|which)\s+date\s+is|when\s+is)\s+(?:day\s+"
    r"(?P<k>\d{1,4}|\d,\d{3})|(?:my|our|the|his|her)\s+(?P<k2>\d{1,4}|\d,\d{3})(?:st|nd|rd|th)\s+day)"
    r"\s*\??$",  # (typed without a mark: set 172; "my 4,000th day": set 184)
    re.IGNORECASE,
)
_LAST_ASKED = re.compile(
    r"(?:(?:what(?:'s|\s+is)|(?:on\s+)?what\s+date\s+is)\s+(?:the\s+|my\s+|our\s+|its\s+)?"
    r"(?:date\s+of\s+(?:the|my|our)\s+)?(?:last|final)\s+(?:valid\s+)?(?:day|date)"
    r"(?:\s+(?:it(?:'s|\s+is)\s+valid|of\s+(?:the|it|its)\s*[a-z]*|it\s+(?:runs|covers)"
    r"|on\s+site|at\s+work|there|on\s+board|aboard))?"  # ("the date of my last day on site": set 173)
    r"|(?:(?:on\s+)?what\s+date|when)\s+(?:does|will)\s+it\s+(?:end|expire|run\s+out|finish)"
    # ("On which date do we finish?": the run's last day)
    r"|(?:on\s+)?(?:what|which)\s+date\s+(?:do|will)\s+(?:we|i|you|they)\s+finish"
    # a note's "last day I can use it?" (set 179)
    r"|^(?:the\s+)?(?:last|final)\s+(?:valid\s+)?(?:day|date)(?:\s+(?:i|we|you)\s+can\s+[a-z]+(?:\s+it)?)?"
    # ("what's the last day I can use it": set 184)
    r"|^what(?:'s|\s+is)\s+the\s+(?:last|final)\s+(?:day|date)\s+(?:i|we|you)\s+can\s+[a-z]+(?:\s+it)?)"
    r"\s*\??$",
    re.IGNORECASE,
)


# "What weekday is the last day of picking?" (the last day's weekday)
_LAST_WEEKDAY_ASKED = re.compile(
    r"^(?:what|which)\s+(?:weekday|day\s+of\s+the\s+week)\s+is\s+the\s+(?:last|final)\s+day"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*\?$",
    re.IGNORECASE,
)


# The words that make the story's date day 1, said first in the question (set 184)
_LEAD_DAY_ONE = re.compile(
    r"^(?P<said>counting\s+(?:that|this|the\s+[a-z]+)\s+(?:day|date)\s+as\s+day\s+(?:1|one)),?\s+",
    re.IGNORECASE,
)


def from_day_one(text: str) -> str | None:
    """The plain question for day K (or the last day) of a run whose first day is day 1."""
    low = text.lower()
    counted = " day" in low and ("counting th" in low or "including th" in low)
    if (
        "day 1" not in low
        and "day one" not in low
        and "day 0" not in low
        and "as the first day" not in low
        and not counted
    ):
        return None
    if (told := story_and_question(text)) is None:
        return None
    story, question = told
    if lead := _LEAD_DAY_ONE.match(question):  # "Counting that day as day 1, on what date is …?"
        story, question = f"{story.rstrip(' .')}, {lead['said']}", question[lead.end() :]
    one = _DAY_ONE.search(story)
    if one is None:
        return None
    dates = [d for d in DATE.finditer(story) if not one.start() <= d.start() < one.end()]
    if not dates and one["again"] and (own := DATE.fullmatch(one["again"])):
        dates = [own]  # ("… for 365 days, counting 3 March 2030 as the first day")
    if len(dates) != 1 or CHANGES.search(story):
        return None
    if one["bare"] and story[dates[0].end() : one.start()].strip():
        return None  # (what "counts as day 1" must be the date said right before it)
    if one["again"] and not dates[0].group().startswith(one["again"]):
        return None  # "… starts 1 December 2030, with 2 December as day 1": which day is day 1?
    lengths = list(_LENGTH.finditer(story))
    if len(lengths) > 1 or stray_digit(story, [*dates, one, *lengths]):
        return None
    n = int((lengths[0]["n"] or lengths[0]["n2"]).replace(",", "")) if lengths else None
    if (asked := _DAY_K_ASKED.search(question)) and asked.start() < 24:
        k = int((asked["k"] or asked["k2"]).replace(",", ""))
        if k < 1 or (n is not None and k > n):
            return None  # day 41 of a 40-day run
    elif (_LAST_ASKED.match(question) or _LAST_WEEKDAY_ASKED.match(question)) and n is not None:
        k = n
    else:
        return None
    asked_as = "weekday" if _LAST_WEEKDAY_ASKED.match(question) else "date"
    days = k if one["zero"] else k - 1  # ("The transplant … counts as day 0": set 188)
    return f"What {asked_as} is {days} days after {dates[0].group()}?"


# A run of consecutive days or nights from its first, and its last asked: "The tour opens on
# Thursday, September 12, 2030 and we play 17 nights in a row. What's the date of the last show?",
# "Our rail pass covers 22 consecutive days beginning Monday 2 June 2031. What's the last day we
# can travel on it?" (the first day is the first of the run: the last is N - 1 days on)
_IN_A_ROW = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?:(?:consecutive|straight|successive)\s+(?:days|nights)"
    r"|(?:days|nights)\s+in\s+a\s+row)\b"
    # "Our 60-day kettlebell challenge begins on 3 November 2031" (a run, said by its length)
    r"|\b(?P<n2>\d{1,3})-day\s+(?:[a-z]+\s+){0,2}?(?P<what>challenge|course|programme|program|plan"
    r"|streak|festival|trial|retreat|pass|ticket)\b",
    re.IGNORECASE,
)
_FIRST_SAID = re.compile(
    r"\b(?:opens?|opening|starts?|starting|begins?|beginning|from|set\s+off|leave|arrive)"
    r"(?:\s+on)?\s*,?\s+$",
    re.IGNORECASE,
)
_LAST_OF_RUN = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+(?:date\s+of\s+the\s+)?(?:last|final)"
    r"\s+(?:day|date|night|show|performance|gig|game|session|one)"
    r"(?:\s+(?:we|i|you|they)\s+can\s+[a-z]+(?:\s+on\s+it)?)?"
    r"|(?:on\s+)?what\s+date\s+is\s+(?:the|its)\s+(?:last|final)\s+(?:day|night|show|performance|one))"
    r"\s*\?$",
    re.IGNORECASE,
)


def in_a_row(text: str) -> str | None:
    """The plain question for the last day of a run of N consecutive days from its first."""
    if not any(w in text for w in ("row", "consecutive", "straight", "-day")):
        return None
    if (told := story_and_question(text)) is None or not _LAST_OF_RUN.match(told[1]):
        return None
    story = told[0]
    runs, dates = list(_IN_A_ROW.finditer(story)), list(DATE.finditer(story))
    if len(runs) != 1 or len(dates) != 1 or CHANGES.search(text):
        return None
    if not _FIRST_SAID.search(story, max(0, dates[0].start() - 24), dates[0].start()):
        return None  # ("… ends on 2 June after 22 consecutive days": the date is not the first)
    if runs[0]["what"] in ("pass", "ticket") and "consecutive" not in story:
        return None  # (a 6-day pass may be any 6 days of a season, unless said consecutive)
    n = int(runs[0]["n"] or runs[0]["n2"])
    if n < 1 or stray_digit(story, [*runs, *dates]):
        return None
    return f"What date is {n - 1} days after {dates[0].group()}?"
