"""Things sold or bought at a price each, for `rates`: "312 flat whites at 3.40 and 187 teas at
2.20" -> "312 * 3.40 + 187 * 2.20"; a price for one of a measure ("680 g of olive oil at
£6.40/kg") counts in that measure. A count said for a period ("420 sheets a day at 38 cents
each"), a price followed by a currency word, or a question with a period of its own ("… over 30
days") is left to the other readers. Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.measures import NUM, in_one, one_unit
from tools.words import stray_digit

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
_NAMED_ASKED = re.compile(r"\b(?:the|those|these|my|our)\s+([a-z]+)")
_COUNT_A_PERIOD = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour|term|season)\b", re.IGNORECASE
)


def priced_items(story: str, question: str, asked: Counter) -> str | None:
    """ "312 * 3.40 + 187 * 2.20" when the story is counts at a price each and holds
    no other number; a count in grams at a price a kilogram is divided by 1000."""
    if _PERIOD_ASKED.search(question):
        return None
    found = list(_PRICED.finditer(story))
    if not found or stray_digit(story, found):
        return None
    if any(_COUNT_A_PERIOD.search(m["what"]) for m in found):
        return None
    heads = {m["what"].split()[-1].lower()[:4] for m in found}
    if len(heads) > 1 and any(w[:4] in heads for w in _NAMED_ASKED.findall(question.lower())):
        return None  # "… What do I pay for the paddles?": one of the things, not all
    terms = []
    for m in found:
        n, price = m["n"].replace(",", ""), m["price"].replace(",", "")
        per = one_unit(m["per"] or m["per2"] or "")
        if per and asked[per] == -1:
            per = ""  # "2 rooms at £95 a night", the total a night asked
        many = in_one(one_unit(m["what"].split()[0]), per) if per else 1
        if many is None:
            return None  # "680 g of olive oil at £6.40/kg" is no 680 × 6.40
        terms.append(f"{n} * {price}" if many == 1 else f"{n} / {many} * {price}")
    return " + ".join(terms)
