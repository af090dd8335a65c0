"""A weekday rule for every month (or for one month), then a month (or a year) asked, for
`runs`: "Payday is the last Friday of the month. Which date is payday in June 2028?" -> "What is
the date of the last Friday of June 2028?". Precision first: a day off the rule ("the day after
the fourth Thursday of November"), a holiday named, a change or a number left over abstain. Pure
regex work."""

from __future__ import annotations

import re

from tools.dates.holidays import names_holiday
from tools.dates.parts import CHANGES
from tools.words import stray_digit

# A weekday rule for every month, then a month asked: "Payday is the last Friday of the month.
# Which date is payday in June 2028?"; or for one month, then a year asked: "Field day is on the
# fourth Saturday in June. What's the date of it in 2028?"
_MONTHLY_RULE = re.compile(
    # ("every second Saturday of the month" is the second of each month, said with the month)
    r"\b(?:the|(?P<every>every))\s+(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+(?:(?:the|every|each"
    r"|(?(every)(?!)|a))\s+month\b"
    r"|(?(every)(?!)|(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?!\s*\d)))",
    re.IGNORECASE,
)
_OFF_THE_RULE = re.compile(
    r"\b(?:after|before|following|preceding|prior\s+to|ahead\s+of|from)\s+$", re.IGNORECASE
)
_YEAR_ASKED = re.compile(r"\bin\s+(?P<year>\d{4})\s*\?\s*$")
_MONTH_ASKED = re.compile(
    r"\b(?:in\s+)?(?:the\s+)?(?P<month>january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\s+(?P<year>\d{4})\b",  # "in June 2028?", "the February 2029 meeting"
    re.IGNORECASE,
)


def monthly_rule(text: str, story: str, question: str) -> str | None:
    """The plain question for a weekday rule and the month (or year) asked, or None."""
    rules = list(_MONTHLY_RULE.finditer(story))
    if len(rules) != 1 or names_holiday(story):
        return None
    rule = rules[0]
    if _OFF_THE_RULE.search(story, 0, rule.start()):
        return None  # "the day after the fourth Thursday of November": not the rule's day
    if CHANGES.search(f"{text[: rule.start()]} {text[rule.end() :]}"):
        return None  # ("every second Saturday" is the rule's own word, said with the month)
    pattern = _YEAR_ASKED if rule["month"] else _MONTH_ASKED
    if pattern.search(question) is None:
        return None
    asked = list(pattern.finditer(text))[-1]  # (in the text, where stray_digit looks)
    if stray_digit(text, [rule, asked]):
        return None
    month = rule["month"] or asked["month"]
    return (
        f"What is the date of the {rule['nth'].lower()} {rule['wd'].capitalize()} of"
        f" {month.capitalize()} {asked['year']}?"
    )
