"""A price a thing and the things counted day by day, for `told`: "Piece rate is 21p a tree. I
put in 1,850 on Monday, 2,240 on Tuesday and 1,975 on Wednesday. What have I earned so far?" ->
"(1850 + 2240 + 1975) * 0.21".

The story tells one price a thing ("21p a tree", "£1.40 per crate") and two or more counts, each
said "on" a day ("on Monday", "on the 3rd"), of that thing or of nothing named; the question
asks for money. No other number, and nothing that changes the price or a count (a bonus, a
minimum, a rate for some days only, "each of us"). Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.asked import asked_units
from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

_PRICE = re.compile(rf"(?P<p>{MONEY})\s+(?:a|an|per|each)\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)"
_ON_A_DAY = re.compile(
    rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})(?:\s+(?P<noun>[a-z]+))?\s+on\s+(?:{_DAY})\b", re.IGNORECASE
)
_CHANGED = re.compile(
    r"%|\b(?:bonus|minimum|min|extra|plus|less|minus|off|except|only|double|twice|half|each\s+of"
    r"|both|all\s+of\s+us|between|split|shared|after|over|under|first|then|rate\s+for|per\s+cent)\b",
    re.IGNORECASE,
)


def by_the_day(body: str) -> str | None:
    """ "(1850 + 2240 + 1975) * 0.21" for things counted day by day at a price each."""
    if len(body) > MAX_STORY or " on " not in body:
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told
    if asked_units(question) != {"money": 1} or _CHANGED.search(story):
        return None
    prices, counts = list(_PRICE.finditer(story)), list(_ON_A_DAY.finditer(story))
    if len(prices) != 1 or len(counts) < 2 or stray_digit(story, [*prices, *counts]):
        return None
    noun = prices[0]["noun"].lower()
    if any(c["noun"] and c["noun"].lower() not in (noun, f"{noun}s", f"{noun}es") for c in counts):
        return None  # ("£1.40 a crate … 30 boxes on Monday": other things)
    total = " + ".join(c["n"].replace(",", "") for c in counts)
    return f"({total}) * {money_number(prices[0]['p'])}"
