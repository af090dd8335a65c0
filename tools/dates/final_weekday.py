"""The last Friday (or another weekday) of so many weeks that start on a Monday, for the dates
grammar: "My surgery placement lasts 11 weeks, Monday to Friday, starting Monday 6 January 2031.
What is the date of my final Friday?" -> "What date is 74 days after Monday 6 January 2031?"
(the Friday of the eleventh week).

The weeks are whole weeks from the Monday the story dates (said to be one, and a Monday), told
once ("lasts 13 weeks", "10 weeks of Monday-to-Friday work"); the weekday asked is one of the
week's days; a break or a change ("except", "half term"), a second date or another number leave
the question to the model. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.inclusive import MON_FRI
from tools.dates.parts import CHANGES, DATE, story_and_question
from tools.dates.phrases import WEEKDAYS, written_date
from tools.words import stray_digit

_WEEKS = re.compile(r"\b(?P<n>\d{1,2})\s+weeks\b", re.IGNORECASE)
_MON_TO_FRI = re.compile(
    r"(?:\s+of)?\s+monday[\s-]to[\s-]friday(?:\s+work)?\b|,?\s+monday\s+to\s+friday\b",
    re.IGNORECASE,
)
_STARTING = re.compile(
    r"\b(?:starting|starts|started|beginning|begins|from)(?:\s+on)?\s+$", re.IGNORECASE
)
# (a week or a day without work: "with a week off in July", "half term", "reading week")
_OFF = re.compile(r"\b(?:off|gaps?|pauses?|half[\s-]term|reading\s+week|closed)\b", re.IGNORECASE)
_FINAL_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+date\s+of|(?:on\s+)?what\s+date\s+is|when\s+is)\s+"
    r"(?:my|our|the|his|her|their)\s+(?:final|last)\s+(?P<wd>monday|tuesday|wednesday|thursday"
    r"|friday)\s*\?$",
    re.IGNORECASE,
)


def final_weekday(text: str) -> str | None:
    """The plain question for the last given weekday of N weeks from a Monday, or None."""
    if "week" not in text.lower() or (told := story_and_question(text)) is None:
        return None
    story, question = told
    asked = _FINAL_ASKED.match(question.strip())
    weeks, dates = list(_WEEKS.finditer(story)), list(DATE.finditer(story))
    if asked is None or len(weeks) != 1 or len(dates) != 1:
        return None
    start = dates[0]
    if not _STARTING.search(story, max(0, start.start() - 16), start.start()):
        return None
    said = written_date(start.group(), None)
    if said is None or said.value.weekday() != 0 or not start.group().lower().startswith("mon"):
        return None  # (weeks counted from a Monday said to be one)
    rest = f"{story[: start.start()]} {story[start.end() :]}"
    rest = _MON_TO_FRI.sub(" ", MON_FRI.sub(" ", rest))
    if CHANGES.search(rest) or _OFF.search(rest) or stray_digit(story, [*weeks, start]):
        return None
    n = int(weeks[0]["n"])
    if not 1 <= n <= 99:
        return None
    days = 7 * (n - 1) + WEEKDAYS.index(asked["wd"].lower())
    return f"What date is {days} days after {start.group()}?"
