"""Profit as a percentage of what was paid, for `told`: "I paid £85 for a carriage clock and sold
it for £136. What was my profit as a percentage of what I paid?" -> "(136 - (85)) / (85) * 100";
"Paid £1,150 for the body and £450 for the lens, sold the pair for £2,080. …" pays both.

Every amount of the story must be paid ("paid £85", "and £450 for the lens") or the one sale
("sold it for £136"), and the question must say what the percentage is of (what was paid, the
cost): a "percentage profit" alone may be on the sale price. Pure string work."""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

_PAID = re.compile(
    rf"\b(?:i|we|he|she|they)?\s*(?:paid|spent)\s+(?P<m>{MONEY})"
    rf"|(?<=\s)and\s+(?P<m2>{MONEY})\s+(?=for\s+(?:the|a|an|his|her|my|our)\s)",
    re.IGNORECASE,
)
_SOLD = re.compile(
    rf"\bsold\s+(?:it|them|the\s+[a-z]+|both)?\s*for\s+(?P<m>{MONEY})", re.IGNORECASE
)
_ASKED = re.compile(
    r"^(?:so\s+)?what(?:'s|\s+is|\s+was)\s+(?:my|our|his|her|their|the)\s+profit\s+as\s+a\s+"
    r"percentage\s+of\s+(?:what\s+(?:i|we|he|she|they)\s+paid|the\s+cost(?:\s+price)?|(?:the\s+)?cost"
    r"|the\s+(?:purchase|buying)\s+price)\s*\??$",
    re.IGNORECASE,
)
_CHANGES = re.compile(
    r"\b(?:offer\w*|discount|off|fee|fees|commission|vat|tax|each|per|but|if|less|plus|minus)\b|%",
    re.IGNORECASE,
)


def profit_percent(body: str) -> str | None:
    """ "(136 - (85)) / (85) * 100" for the story above, or None."""
    if len(body) > MAX_STORY or "sold" not in body.lower() or "profit" not in body.lower():
        return None
    if (said := question_and_story(body, 3)) is None:
        return None
    question, story = said
    if not _ASKED.match(question) or _CHANGES.search(story):
        return None
    sales, paid = list(_SOLD.finditer(story)), list(_PAID.finditer(story))
    if len(sales) != 1 or not paid or stray_digit(story, sales + paid):
        return None
    costs = [money_number(m["m"] or m["m2"]) for m in paid]
    sale = money_number(sales[0]["m"])
    cost = " + ".join(costs)
    return f"({sale} - ({cost})) / ({cost}) * 100"
