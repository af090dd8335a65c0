"""By what percentage one told amount is over or under another the question names, for the told
story readers: "Her flying weight is 640 g and she weighed in at 672 g this morning. By what
percentage is she over her flying weight?" -> "(672 - 640) / 640 * 100".

The story tells two amounts in one unit; the one said right after the mark's name ("Her flying
weight is 640 g") is the mark, the other the amount measured against it. The question must say
which way ("over", "above", "under", "below") and the story must go that way. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.named import AMOUNT
from tools.calculator.rate_words import NOT_UNITS
from tools.calculator.rates import story_and_question
from tools.words import has_digit, stray_digit

_OVER_ASKED = re.compile(
    r"^(?:by\s+)?what\s+(?:percentage|per\s*cent)\s+(?:is|was|are|were|am)\s+(?:she|he|it|they|we|you|i"
    r"|(?:the|that|this)\s+[a-z]+)\s+(?P<way>over|above|under|below)\s+(?:her|his|its|their|the"
    r"|our|my|your)\s+(?P<mark>[a-z]+(?:[\s-][a-z]+){0,2})$",
    re.IGNORECASE,
)
_NOT_PLAIN = re.compile(
    r"\b(?:not|but|if|except|than|more|less|twice|half|each|per|every|average)\b|%", re.IGNORECASE
)
_MARK_REACH = 40  # characters before an amount in which the mark's name is looked for


def percent_over_mark(body: str) -> str | None:
    """ "(672 - 640) / 640 * 100" for a told amount over a named mark, asked as a percentage."""
    if (said := story_and_question(body)) is None:
        return None
    story, question = said[0], said[1].rstrip("?. ")
    asked = _OVER_ASKED.match(question)
    if asked is None or has_digit(question) or _NOT_PLAIN.search(story):
        return None
    amounts = list(AMOUNT.finditer(story))
    if len(amounts) != 2 or stray_digit(story, amounts):
        return None
    if len({(m["unit"] or "").lower().rstrip("s") for m in amounts} - {""} - NOT_UNITS) > 1:
        return None  # ("640 g … 0.7 kg": one unit only)
    mark = asked["mark"].lower()
    named = []
    for k, m in enumerate(amounts):
        start = max([m.start() - _MARK_REACH, *(o.end() for o in amounts[:k])], default=0)
        if mark in story[max(0, start) : m.start()].lower():  # (said after the amount before)
            named.append(m)
    if len(named) != 1:
        return None
    (other,) = (m for m in amounts if m is not named[0])
    a, b = (m["n"].replace(",", "") for m in (named[0], other))
    over = asked["way"].lower() in ("over", "above")
    if Fraction(a) == 0 or (Fraction(b) > Fraction(a)) != over or Fraction(b) == Fraction(a):
        return None  # the story went the other way: the model says what happened
    return f"({b} - {a}) / {a} * 100" if over else f"({a} - {b}) / {a} * 100"
