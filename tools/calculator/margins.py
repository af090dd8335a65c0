"""Profit as a percentage of what was paid, for `told`: "I paid £85 for a carriage clock and sold
it for £136. What was my profit as a percentage of what I paid?" -> "(136 - (85)) / (85) * 100";
"Paid £1,150 for the body and £450 for the lens, sold the pair for £2,080. …" pays both. And the
profit on a count of things bought and sold at a price each: "Engraving plates cost the shop £1.12
each and sell for £4.50. What's the profit on 85 of them?" -> "(4.50 - 1.12) * 85".

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
_ALTERED = re.compile(
    r"\b(?:offer\w*|discount|off|fee|fees|commission|vat|tax|per|but|if|less|plus|minus)\b|%",
    re.IGNORECASE,
)
_CHANGES = re.compile(rf"{_ALTERED.pattern}|\beach\b", re.IGNORECASE)  # (a price each: per one)


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


# One thing's cost and its selling price, each said once: "cost the shop £1.12 each and sell for
# £4.50", "We buy them at £2 and sell them at £3.50 each"
_COST_EACH = re.compile(
    rf"\b(?:costs?(?:\s+(?:the\s+shop|us|me|him|her|them))?|(?:we|i)\s+buy\s+(?:them|it)\s+(?:at|for))"
    rf"\s+(?P<m>{MONEY})(?:\s+(?:each|apiece|a\s+piece))?(?:\s+in\s+[a-z]+)?",  # ("£6.40 in silver")
    re.IGNORECASE,
)
_SELL_EACH = re.compile(
    rf"\b(?:sells?|sold|(?:we|i)\s+sell\s+(?:them|it))\s+(?:for|at)\s+(?P<m>{MONEY})"
    r"(?:\s+(?:each|apiece|a\s+piece))?",
    re.IGNORECASE,
)
_PROFIT_ON = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:the|my|our|your)\s+profit|how\s+much\s+profit\s+(?:do|would|will)\s+"
    r"(?:i|we|you|they|the\s+shop)\s+make)\s+on\s+(?P<n>\d[\d,]*)(?:\s+of\s+them|\s+(?P<what>[a-z]+))?"
    r"\s*\??$",
    re.IGNORECASE,
)


def unit_profit(body: str) -> str | None:
    """ "(4.50 - 1.12) * 85" for the story above, or None."""
    if len(body) > MAX_STORY or "profit" not in body.lower():
        return None
    if (said := question_and_story(body, 3)) is None:
        return None
    question, story = said
    asked = _PROFIT_ON.match(question)
    if asked is None or _ALTERED.search(story):
        return None
    if asked["what"] and asked["what"][:4].lower() not in story.lower():
        return None  # "… plates … What's the profit on 85 cups?"
    costs, sales = list(_COST_EACH.finditer(story)), list(_SELL_EACH.finditer(story))
    if len(costs) != 1 or len(sales) != 1 or stray_digit(story, costs + sales):
        return None
    n = asked["n"].replace(",", "")
    return f"({money_number(sales[0]['m'])} - {money_number(costs[0]['m'])}) * {n}"
