"""Something held on one weekday every week from a date, and how many times it is held up to and
including a later date (said in the question, or in the story with both ends counted), for the
dates grammar: the count of that weekday between the two.

"Training is every Wednesday starting Wednesday 5 January 2028. How many sessions are there up
to and including 29 March 2028?" -> "How many Wednesdays are there from 5 January 2028 to 29
March 2028 inclusive?"

The story tells the weekday once ("every Wednesday", "on Wednesdays") and the first date after
"starting", "from" or "beginning"; the question asks how many, up to and including the second
date (or "through" it, or to it "inclusive"). Precision first: a break or a change ("except",
"skipping"), a second weekday, another number, or an end not said to be included abstain.
Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.inclusive import INCLUSIVE
from tools.dates.parts import CHANGES, DATE, WEEKDAY, story_and_question
from tools.dates.spans import listed
from tools.words import stray_digit

# ("every Thursday, Friday and Saturday": so many days a week)
_LISTED = rf"{WEEKDAY}(?:(?:,\s*|,?\s+and\s+){WEEKDAY}){{0,3}}"
_EVERY = re.compile(
    rf"\b(?:every|each)\s+(?P<day>{_LISTED})\b"
    rf"|\bon\s+(?P<days>{WEEKDAY}s(?:(?:,\s*|,?\s+and\s+){WEEKDAY}s){{0,3}})\b",
    re.IGNORECASE,
)
# ... or both ends asked: "Aquafit runs on Tuesdays and Fridays. How many sessions are there from
# 1 October 2032 to 31 October 2032 inclusive?"
_HOW_MANY_FROM = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:[a-z]+\s+){1,2}?(?:are\s+there|will\s+there\s+be|is\s+that)"
    r"\s+(?:from|between)\s+",
    re.IGNORECASE,
)
_FROM = re.compile(r"\b(?:starting|from|beginning)(?:\s+on)?\s+$", re.IGNORECASE)
_HOW_MANY = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:[a-z]+\s+)?(?:sessions|classes|lessons|meetings|practices"
    r"|rehearsals|games|matches|nights|evenings|mornings|times|episodes|markets|visits|walks"
    r"|runs|services|shows|clubs|trainings)\s+(?:are\s+there|will\s+there\s+be|is\s+that"
    r"|do\s+(?:we|i|they)\s+(?:have|get|hold|run)"
    r"|(?:will\s+)?(?:we|i|they)\s+(?:have|get|hold))\s+"
    r"(?:(?:up\s+to|until|till|to)\s+and\s+including|through|(?P<to>to|until|till))\s+",
    re.IGNORECASE,
)


# ... or both ends told in the story: "Our league plays every Saturday from Saturday 6 September
# 2031 to Saturday 13 December 2031 inclusive. How many matchdays is that?", "We rehearse every
# Wednesday, starting Wednesday 9 January 2030 and finishing Wednesday 27 March 2030. How many
# rehearsals is that, counting the first and last?"
_TO = re.compile(
    r"\s*,?\s*(?:to|until|till|through|and\s+(?:finishing|ending|running\s+to))(?:\s+on)?\s+$",
    re.IGNORECASE,
)
_HOW_MANY_THEN = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:[a-z]+\s+){0,2}?(?:is\s+that|are\s+there|will\s+there\s+be"
    r"|do\s+(?:we|i|they)\s+(?:have|get|play|hold|run))(?P<rest>[^?]*)\?$",
    re.IGNORECASE,
)
_FIRST_AND_LAST = re.compile(
    r"^\s*,?\s*(?:counting|including)\s+(?:both\s+)?the\s+first\s+and\s+(?:the\s+)?last"
    r"(?:\s+(?:ones?|days?|dates?))?\s*$",
    re.IGNORECASE,
)


# More than one held on each day: "two shows each night", "twice a day" (set 161: the days
# were counted, 18, not the 36 shows)
_MANY_A_DAY = re.compile(
    r"\b(?:each|per)\s+(?:night|evening|morning|afternoon|day|session|occasion)\b|\btwice\b"
    r"|\b(?:two|three|four|2|3|4)\s+(?:[a-z]+\s+)?a\s+(?:night|evening|day)\b",
    re.IGNORECASE,
)


def weekly_count(text: str) -> str | None:
    """The plain question for the count of a weekly event's days up to a date included."""
    low = text.lower()
    if "how many" not in low or "day" not in low or _MANY_A_DAY.search(text):
        return None
    if (told := story_and_question(text)) is None:
        return None
    story, question = told
    if len(both := list(DATE.finditer(story))) == 2 and (then := _HOW_MANY_THEN.match(question)):
        return _between(text, story, both, then)
    if not both and (asked_from := _HOW_MANY_FROM.match(question)):
        return _asked_between(text, story, question, asked_from)
    asked = _HOW_MANY.match(question)
    every = list(_EVERY.finditer(story))
    if asked is None or len(every) != 1 or CHANGES.search(text):
        return None
    dates = list(DATE.finditer(story))
    ends = list(DATE.finditer(question))
    if len(dates) != 1 or len(ends) != 1 or ends[0].start() != asked.end():
        return None
    rest = question[ends[0].end() :]
    if asked["to"] and not INCLUSIVE.match(rest):
        return None  # "How many sessions are there until 29 March?": is that one counted?
    if INCLUSIVE.sub("", rest).strip(" ?.") or not _FROM.search(story, 0, dates[0].start()):
        return None
    day = _days(every[0], text)
    if day is None or stray_digit(story, [dates[0]]):
        return None  # ("every Wednesday … and Friday's too": which days?)
    first = re.sub(rf"^{WEEKDAY},?\s+", "", dates[0].group(), flags=re.IGNORECASE)
    last = re.sub(rf"^{WEEKDAY},?\s+", "", ends[0].group(), flags=re.IGNORECASE)
    return f"How many {day} are there from {first} to {last} inclusive?"


def _between(text: str, story: str, dates: list[re.Match[str]], then: re.Match[str]) -> str | None:
    """The plain question for a weekly event told from its first date to its last."""
    every = list(_EVERY.finditer(story))
    if len(every) != 1 or CHANGES.search(text) or stray_digit(story, dates):
        return None
    first, last = dates
    to = _TO.search(story, first.end(), last.start())
    if not _FROM.search(story, 0, first.start()) or to is None:
        return None  # (the first date after "from", the last right after "to")
    inclusive = INCLUSIVE.search(story, last.end()) or _FIRST_AND_LAST.match(then["rest"])
    if not inclusive or (then["rest"].strip(" ,") and not _FIRST_AND_LAST.match(then["rest"])):
        return None  # ("… to 13 December": is that day counted?)
    day = _days(every[0], text)
    if day is None:
        return None
    a = re.sub(rf"^{WEEKDAY},?\s+", "", first.group(), flags=re.IGNORECASE)
    b = re.sub(rf"^{WEEKDAY},?\s+", "", last.group(), flags=re.IGNORECASE)
    return f"How many {day} are there from {a} to {b} inclusive?"


def _days(every: re.Match[str], text: str) -> str | None:
    """The weekdays held on, as the grammar counts them ("Tuesdays and Thursdays"), when the
    text names no other weekday; None otherwise."""
    said = re.findall(WEEKDAY, every["day"] or every["days"], re.IGNORECASE)
    days = [d.capitalize() for d in said]
    named = {m.lower() for m in re.findall(WEEKDAY, text, re.IGNORECASE)}
    if len(set(days)) != len(days) or named != {d.lower() for d in days}:
        return None
    plural = [f"{d}s" for d in days]
    return listed(plural)


def _asked_between(text: str, story: str, question: str, asked: re.Match[str]) -> str | None:
    """The plain question for a weekly event whose two ends the question gives, both counted."""
    every, dates = list(_EVERY.finditer(story)), list(DATE.finditer(question))
    if len(every) != 1 or len(dates) != 2 or dates[0].start() != asked.end():
        return None
    if CHANGES.search(text) or stray_digit(story, []):
        return None
    joined = re.match(
        r"\s+(?:to|and|until|through)\s+", question[dates[0].end() : dates[1].start()]
    )
    rest = question[dates[1].end() :]
    if not joined or not INCLUSIVE.match(rest) or INCLUSIVE.sub("", rest).strip(" ?."):
        return None  # (the last day counted only when said: "… inclusive")
    day = _days(every[0], text)
    if day is None:
        return None
    a, b = (re.sub(rf"^{WEEKDAY},?\s+", "", d.group(), flags=re.IGNORECASE) for d in dates)
    return f"How many {day} are there from {a} to {b} inclusive?"
