"""Charges added up, each rate times its own count, for `told`: "Riders are paid £4.10 per drop
plus 35p per mile. One rider did 37 drops and 62 miles on Friday. What did they earn?" ->
"4.10 * 37 + 0.35 * 62"; "Our four-piece charges £750 plus 45p a mile for travel, and the round
trip to this wedding is 172 miles. What's our fee?" -> "750 + 0.45 * 172".

The story's charges are joined by "plus", one fewer than the charges; each rate ("per drop", "a
mile") is paid on the one count said in its unit, every count pays one rate, and a charge with
no rate is paid once. The question asks for money. Anything else (a word that changes an
amount, a count of another unit, two counts of one) is left to the other readers or the model.
Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.asked import asked_units
from tools.calculator.measures import one_area
from tools.calculator.rates import (
    MAX_STORY,
    changes,
    people_said,
    quantities,
    sentences_asked,
)

_PLUS = re.compile(r"\bplus\b", re.IGNORECASE)
# rates joined by "and": "£28 per install and £9 per abort" (each rate then paid on its count)
_AND_RATE = re.compile(r"\band\s+(?=[$€£]\s?\d)", re.IGNORECASE)
_MAX_CHARGES = 4


def _each_after(value: str) -> re.Pattern[str]:
    """A money amount said to be paid on each one: "£289 each", "£12 a head", "£5 per" (searched
    in the story without its thousands commas, as `quantities` gives the value)."""
    return re.compile(
        rf"[$€£]\s?{re.escape(value)}(?![\d.])\s+(?:each|apiece|a\s+head|per|an?\s+[a-z]+)\b",
        re.IGNORECASE,
    )


def _names_one(body: str, value: str) -> bool:
    """Whether a count no rate is paid on only names who or what ("One rider did 37 drops",
    after the words were made digits; "our four-piece" band)."""
    return value == "1" or re.search(rf"(?<![\d.,]){re.escape(value)}-[a-z]", body) is not None


def fees_and_rates(body: str) -> str | None:
    """ "750 + 0.45 * 172" for charges joined by "plus", each rate on its own count, or None."""
    if len(body) > MAX_STORY:
        return None
    rates_only = "plus" not in body.lower()
    if rates_only:
        body = _AND_RATE.sub("plus ", body)
    if "plus" not in body:
        return None
    body = one_area(people_said(body.strip()))
    sentences = sentences_asked(body)
    if not 2 <= len(sentences) <= 3:
        return None
    if asked_units(sentences[-1]) != Counter({"money": 1}) or changes(_PLUS.sub(" ", body)):
        return None
    found = quantities(body, Counter({"money": 1}))
    if found is None:
        return None
    fixed = [value for value, units in found if units == Counter({"money": 1})]
    if any(_each_after(value).search(body.replace(",", "")) for value in fixed):
        return None  # "£289 each plus a £14.45 booking fee per ticket": paid on every one
    rates = [(value, units) for value, units in found if units["money"] == 1 and len(units) == 2]
    counts = [(value, units) for value, units in found if not units["money"]]
    charges = len(fixed) + len(rates)
    if (
        not rates
        or (rates_only and fixed)
        or charges < 2
        or charges > _MAX_CHARGES
        or len(_PLUS.findall(body)) != charges - 1
    ):
        return None
    if charges + len(counts) != len(found):
        return None  # (a quantity of another shape: a rate of two units, a money count)
    terms, used = [], set()
    for value, units in rates:
        per = [name for name, power in units.items() if power == -1]
        paid_on = [i for i, (_, unit) in enumerate(counts) if per and unit == Counter({per[0]: 1})]
        if len(per) != 1 or len(paid_on) != 1 or paid_on[0] in used:
            return None
        used.add(paid_on[0])
        terms.append(f"{value} * {counts[paid_on[0]][0]}")
    if any(i not in used and not _names_one(body, value) for i, (value, _) in enumerate(counts)):
        return None  # a count no rate is paid on
    return " + ".join([*fixed, *terms])
