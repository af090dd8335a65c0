"""A count of things sold at a multi-buy price, for `told`: "Tombola tickets were 5 for £2 and we
sold 1,375 tickets. How much did the tombola raise?" -> "1375 / 5 * 2". Only when the count is a
whole number of the deal (1,376 tickets at 5 for £2 needs a price for the odd one) and the story
says nothing else with a number. Pure string work."""

from __future__ import annotations

import re

from tools.calculator.asked import asked_units
from tools.calculator.rates import MAX_STORY
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

_DEAL = re.compile(rf"\b(?P<n>\d{{1,3}})\s+for\s+(?P<m>{MONEY})", re.IGNORECASE)
_COUNTED = re.compile(
    r"\b(?:sold|bought|sell|buy|ordered|order)\s+(?:all\s+)?(?P<c>\d[\d,]*)\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
_ALTERED = re.compile(
    r"\b(?:each|per|off|discount|free|extra|plus|minus|less|but|except|if|only|single|singles)\b|%",
    re.IGNORECASE,
)


def multi_buy(body: str) -> str | None:
    """ "1375 / 5 * 2" for the story above, or None."""
    if len(body) > MAX_STORY or " for " not in body:
        return None
    if (said := question_and_story(body, 3)) is None:
        return None
    question, story = said
    deals, counts = list(_DEAL.finditer(story)), list(_COUNTED.finditer(story))
    if len(deals) != 1 or len(counts) != 1 or _ALTERED.search(story):
        return None
    if asked_units(question) != {"money": 1} or stray_digit(story, deals + counts):
        return None
    deal, count = deals[0], counts[0]
    n, c = int(deal["n"]), int(count["c"].replace(",", ""))
    if n < 2 or c % n or count["noun"].lower()[:4] not in story[: deal.start()].lower():
        return None  # ("5 for £2 … sold 1,376": the odd one; "… sold 300 raffle prizes")
    return f"{c} / {n} * {money_number(deal['m'])}"
