"""Things sold or bought at a price each, for `rates`: "312 flat whites at 3.40 and 187 teas at
2.20" -> "312 * 3.40 + 187 * 2.20"; a price for one of a measure ("680 g of olive oil at
£6.40/kg") counts in that measure. A count said for a period ("420 sheets a day at 38 cents
each"), a price followed by a currency word, or a question with a period of its own ("… over 30
days") is left to the other readers, and so is a question that counts things of its own ("What do
2 mugs cost?"), unless it asks for one of the whole the story names ("My window round is 74
houses at £12 … What does 1 full round bring in?"). Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.measures import MEASURE_UNITS, NUM, in_one, one_unit
from tools.words import has_digit, stray_digit

# Things sold or bought at a price each: "312 flat whites at 3.40 and 187 teas at 2.20".
# A price for one of a measure ("680 g of olive oil at £6.40/kg") counts in that measure.
_PRICED = re.compile(
    # (a count is no price: not "£14.25 and felloes at £22.80")
    rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})\s+(?!and\b)(?P<what>[a-z][a-z' -]{{0,30}}?)\s+at\s+[$€£¥₹]?\s?(?P<price>{NUM})"
    r"(?:\s+(?:each|apiece|a\s+piece)|\s*/\s*(?P<per>[a-z]+)|\s+(?:a|an|per)\s+(?P<per2>[a-z]+))?"
    # (the price ends there: not "at 38 cents each", a price in another unit)
    r"(?![\w]|[.,]\d)(?!\s+(?:cents?|pence|euros?|dollars?|pounds?|quid|bucks|yen|rupees?)\b)",
    re.IGNORECASE,
)
# A count said for a period is no count of things bought: "420 sheets a day at 38 cents each"
# A question with a period of its own: "… whats the bill over 30 days"
_PERIOD_ASKED = re.compile(
    r"\d+\s+(?:days?|nights?|weeks?|months?|years?|hours?|terms?)\b", re.IGNORECASE
)
# One of the whole the story tells of: "My window round is 74 houses at £12 … What does 1 full
# round bring in?"
_ONE_WHOLE = re.compile(r"\b1\s+(?:full\s+|whole\s+)?([a-z]+)", re.IGNORECASE)
_EVERY_KIND = re.compile(r"\b(?:those|these|the|all)\s+(\d)\s+[a-z]+", re.IGNORECASE)
_NAMED_ASKED = re.compile(r"\b(?:the|those|these|my|our|for|on|did)\s+(?=([a-z]+))")
_COUNT_PER = re.compile(r"(?:^|\s)per\s", re.IGNORECASE)
_ON_FOOT = re.compile(r"foot\s+(?:passengers?|travellers?|travelers?)$", re.IGNORECASE)
_ONE_OF_THEM = frozenset(("head", "piece", "item", "unit", "one"))
_COUNT_A_PERIOD = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|term|season)\b", re.IGNORECASE
)


def _the_whole(question: str, story: str, found: list[re.Match[str]]) -> bool:
    """Whether the question's one number asks for one of the whole the story names without a
    count ("my window round"), not for one of the things counted."""
    every = _EVERY_KIND.search(question)  # "… from those 2 drinks?": every kind told
    if every and int(every[1]) == len(found) and not stray_digit(question, [every]):
        return True
    one = _ONE_WHOLE.search(question)
    if one is None or stray_digit(question, [one]):
        return False
    noun = one[1].lower()
    if any(m["what"].split()[-1].lower()[:4] == noun[:4] for m in found):
        return False
    whole = re.compile(rf"\b(?:my|our|the|this)\s+(?:[a-z]+\s+)?{noun}\b", re.IGNORECASE)
    return whole.search(story) is not None


def priced_items(story: str, question: str, asked: Counter) -> str | None:
    """ "312 * 3.40 + 187 * 2.20" when the story is counts at a price each and holds
    no other number; a count in grams at a price a kilogram is divided by 1000."""
    if _PERIOD_ASKED.search(question):
        return None
    found = list(_PRICED.finditer(story))
    if not found or stray_digit(story, found):
        return None
    if any(_COUNT_A_PERIOD.search(m["what"]) or _COUNT_PER.search(m["what"]) for m in found):
        return None  # ("36 frames per roll at 45p a frame": 36 for each of the rolls told)
    if has_digit(question) and not _the_whole(question, story, found):
        return None  # "What do 2 mugs cost?", "What does 1 mug bring in?": not all of them
    heads = {m["what"].split()[-1].lower()[:4] for m in found}
    if len(heads) > 1 and any(w[:4] in heads for w in _NAMED_ASKED.findall(question.lower())):
        return None  # "… What do I pay for (the) paddles?": one of the things, not all
    # a price each gives money, or money a period when every price is a price for one
    # ("2 rooms at £95 a night": the total a night), never money for one thing ("Cost per fruit?")
    per_one = {unit for unit, power in asked.items() if unit != "money" and power}
    terms = []
    for m in found:
        n, price = m["n"].replace(",", ""), m["price"].replace(",", "")
        per = one_unit(m["per"] or m["per2"] or "")
        if per in _ONE_OF_THEM:
            per = ""  # "1,136 ewes at £1.85 a head": a price each
        said = m["what"].split()
        if (
            not per
            and len(said) > 1
            and one_unit(said[0]) in MEASURE_UNITS
            and not _ON_FOOT.match(m["what"])
        ):
            # "A 24 kg wheel … at €31.20 each": a price a wheel, not a kilogram ("212 miles at
            # 45p" is 45p a mile)
            return None
        if per and asked[per] == -1:
            per = ""  # "2 rooms at £95 a night", the total a night asked
        elif per_one:
            return None
        many = in_one(one_unit(m["what"].split()[0]), per) if per else 1
        if many is None:
            return None  # "680 g of olive oil at £6.40/kg" is no 680 × 6.40
        terms.append(f"{n} * {price}" if many == 1 else f"{n} / {many} * {price}")
    return " + ".join(terms)
