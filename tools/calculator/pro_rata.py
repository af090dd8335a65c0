"""An amount split in proportion to something, and one part's share asked, for `told`: "The
block's service charge of £18,360 is split by floor area. My flat is 64 m² out of 2,040 m² in
total. What's my share?" -> "18360 * 64 / 2040".

The story tells one amount of money, says it is split by (or in proportion to) some measure, and
tells one part of that measure out of the whole ("64 m² out of 2,040 m²", "84 of the 2,400
plays"); no other number, and nothing that takes from the amount first (a percentage kept, a
fee, a deduction). Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

# "is split by floor area", "is shared in proportion to plays", "is apportioned by rateable value"
_SPLIT_BY = re.compile(
    r"\b(?:is|are|gets?|will\s+be)\s+(?:split|shared|divided|apportioned|allocated)\s+(?:out\s+)?"
    r"(?:by|according\s+to|in\s+proportion\s+to|pro\s+rata\s+(?:to|by))\s+[a-z]",
    re.IGNORECASE,
)
# One part of the measure out of the whole: "64 m² out of 2,040 m² in total", "84 of the 2,400
# plays"
_PART = re.compile(
    rf"(?<![\w.,])(?P<a>{NUM})(?:\s?(?P<unit>(?!out\b|of\b)[a-z²]+))?\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?"
    rf"(?P<b>{NUM})(?:\s?(?P<unit2>[a-z²]+))?\b",
    re.IGNORECASE,
)
_SHARE_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:my|our|his|her|their|its)\s+share"
    r"|(?:how\s+much|what)\s+(?:do|does|should|will)\s+(?:i|we|it|he|she|they|(?:the|my|our)\s+[a-z]+)"
    r"\s+(?:pay|get|earn|receive|owe))\s*\??$",
    re.IGNORECASE,
)
# Something taken from the amount first, or a part told another way
_CHANGED = re.compile(
    r"%|\b(?:per\s*cent|less|minus|after|deduct\w*|keep|keeps|kept|fee|fees|admin|first|except"
    r"|plus|extra|each|per|twice|double|half)\b",
    re.IGNORECASE,
)


def pro_rata(body: str) -> str | None:
    """ "18360 * 64 / 2040" for an amount split in proportion and one part's share asked."""
    if len(body) > MAX_STORY or " of " not in body or not _SPLIT_BY.search(body):
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told
    if not _SHARE_ASKED.match(question) or _CHANGED.search(story):
        return None
    amounts, parts = list(re.finditer(MONEY, story)), list(_PART.finditer(story))
    if len(amounts) != 1 or len(parts) != 1 or stray_digit(story, [*amounts, *parts]):
        return None
    part = parts[0]
    if part["unit"] and part["unit2"] and part["unit"].lower() != part["unit2"].lower():
        return None  # ("64 m² out of 2,040 ft²")
    a, b = (Fraction(part[g].replace(",", "")) for g in ("a", "b"))
    if not 0 < a < b:
        return None
    whole = money_number(amounts[0].group())
    return f"{whole} * {part['a'].replace(',', '')} / {part['b'].replace(',', '')}"
