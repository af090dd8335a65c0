"""A share of a count of things done at a price each, for `told`: "41,600 panels on site, we
washed 28% of them this round at 9p a panel. What did the wash cost?" -> "41600 * 28/100 * 0.09",
"The palm house has 340 glass panes … and we're replacing 15% of them … at £86.50 a pane, fitted.
What will the glazing bill be?".

The story tells one count of things, one percentage "of them" (or "of the <things>"), and one
price a thing whose noun is the things' noun; the question asks what it costs. The share must be
a whole number of things (15% of 340 panes is 51; 15% of 341 is no count of panes). No other
number, and nothing that changes the price or the share (a discount, a fee, a minimum, "each"
said of another thing). Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import starts_inside, stray_digit

_COUNT = re.compile(rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})\s+(?:[a-z]+\s+){{0,2}}(?P<noun>[a-z]+s)\b")
_SHARE = re.compile(
    rf"(?<![\w.,])(?P<x>{NUM})\s?%\s+of\s+(?:them|those|these|the\s+(?P<noun>[a-z]+s))\b",
    re.IGNORECASE,
)
_PRICE = re.compile(rf"(?<!\w)at\s+(?P<p>{MONEY})\s+(?:a|an|per|each)\s+(?P<noun>[a-z]+)\b")
_COST_ASKED = re.compile(
    r"^(?:so\s+)?(?:what\s+(?:did|does|will|would)\s+(?:it|that|this|the\s+[a-z]+)\s+cost(?:\s+us|\s+me)?"
    r"|what(?:'s|\s+is|\s+will\s+be|\s+was)\s+the\s+(?:[a-z]+\s+)?(?:bill|cost)"
    r"|what\s+will\s+the\s+(?:[a-z]+\s+)?(?:bill|cost)\s+be"
    r"|how\s+much\s+(?:did|does|will|would)\s+(?:it|that|this|the\s+[a-z]+)\s+cost(?:\s+us|\s+me)?)"
    r"\s*\??$",
    re.IGNORECASE,
)
_CHANGED = re.compile(
    r"\b(?:off|discount\w*|less|minus|plus|extra|fee|fees|minimum|min|each|every|twice|double"
    r"|half|except|only|if|per\s+cent|percent|vat|tax|more|fewer|other|rest|remaining)\b",
    re.IGNORECASE,
)


def share_priced(body: str) -> str | None:
    """ "41600 * 28/100 * 0.09" for a share of a count of things done at a price each."""
    if len(body) > MAX_STORY or "%" not in body or " of " not in body:
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told
    if not _COST_ASKED.match(question):
        return None
    shares, prices = list(_SHARE.finditer(story)), list(_PRICE.finditer(story))
    counts = [m for m in _COUNT.finditer(story) if not starts_inside(m, shares)]
    if len(shares) != 1 or len(prices) != 1 or len(counts) != 1:
        return None
    share, price, count = shares[0], prices[0], counts[0]
    noun = count["noun"].lower()
    if (share["noun"] or noun).lower() != noun or price["noun"].lower() not in (noun, noun[:-1]):
        return None  # ("15% of the frames at £20 a pane": other things)
    rest = story[: share.start()] + story[share.end() : price.start()] + story[price.end() :]
    if _CHANGED.search(rest) or stray_digit(story, [share, price, count]):
        return None
    n, x = Fraction(count["n"].replace(",", "")), Fraction(share["x"])
    if not 0 < x < 100 or (n * x / 100).denominator != 1:
        return None  # (a share that is no whole number of things)
    return f"{count['n'].replace(',', '')} * {share['x']}/100 * {money_number(price['p'])}"
