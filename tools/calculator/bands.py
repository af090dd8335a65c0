"""A percentage taken in two bands, for `told`: so many per cent of the first part of an amount
and another rate on what is above it, and the amount told. "My commission is 5% on the first
$15,000 of sales on a cruise and 12% on anything above that. Sold $23,480 on this one.
Commission?" -> "5% of 15000 + 12% of (23480 - 15000)".

The second rate must be said to be on what is above the first band ("anything above that", "the
rest", "everything over $15,000"); the story holds the two rates, the band and the amount, and
no other number; the amount must be over the band (an amount inside it takes one rate, which the
story's words may not say). `percent_bands(body)` gives the expression or None. Pure string
work.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number
from tools.words import stray_digit

_BANDS = re.compile(
    rf"(?P<p1>{NUM})\s*%\s+(?:on|of)\s+(?:the\s+)?first\s+(?P<x>{MONEY})(?:\s+of\s+[a-z]+)?"
    r"(?:\s+[a-z]+){0,4}?,?\s+(?:and|then|plus)\s+(?:then\s+)?"
    rf"(?P<p2>{NUM})\s*%\s+(?:on|of)\s+(?:anything|everything|all|the\s+rest|any\s+(?:sales|amount))"
    rf"(?:\s+(?:above|over|after|beyond)\s+(?:that|it|this|(?P<x2>{MONEY})))?",
    re.IGNORECASE,
)
_AMOUNT = re.compile(MONEY)
_ASKED = re.compile(
    r"(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?(?:(?:what(?:'s|\s+is)\s+)?(?:my|the|his|her|their|our)\s+)?"
    r"(?:commission|tax|fee|cut|royalty|royalties|bonus|levy)(?:\s+(?:then|on\s+(?:it|that|this)))?"
    r"\s*\??$"
    r"|(?:^|(?<=[.?!;])\s+|,\s+)how\s+much\s+(?:commission|tax|do\s+(?:i|we)\s+(?:get|earn|pay|owe))"
    r"(?:\s+on\s+(?:it|that|this))?\s*\??$",
    re.IGNORECASE,
)


def percent_bands(body: str) -> str | None:
    """The expression for a percentage taken in two bands of a told amount, or None."""
    if len(body) > MAX_STORY or body.count("%") != 2 or "first" not in body.lower():
        return None
    asked = _ASKED.search(body)
    bands = _BANDS.search(body)
    if asked is None or bands is None:
        return None
    story = body[: asked.start()]
    x = money_number(bands["x"])
    if bands["x2"] and money_number(bands["x2"]) != x:
        return None  # ("… 12% on anything over $20,000": a gap between the bands)
    amounts = [m for m in _AMOUNT.finditer(story) if not bands.start() <= m.start() < bands.end()]
    if len(amounts) != 1 or stray_digit(story, [bands, *amounts]):
        return None
    y = money_number(amounts[0].group())
    if Decimal(y) <= Decimal(x):
        return None
    return f"{bands['p1']}% of {x} + {bands['p2']}% of ({y} - {x})"
