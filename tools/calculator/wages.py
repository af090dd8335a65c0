"""Pay for hours worked at an hourly rate, with overtime at a multiple of it, for `told`:
"Employee on £14.60 an hour did 37.5 basic hours plus 6 hours overtime at time and a half.
Gross pay for the week?" -> "14.60 * 37.5 + 14.60 * 1.5 * 6".

The story names one hourly rate, the basic hours and the overtime hours with their multiple
(time and a quarter, time and a half, double time), and nothing else numeric; the question asks
for the pay. Anything else is left to the model. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY, NUM, story_and_question
from tools.words import stray_digit

_MULTIPLES = {"time and a quarter": "1.25", "time and a half": "1.5", "double time": "2"}
_RATE = re.compile(
    rf"\b(?:on|at|paid|earns?|gets?)\s+[$€£](?P<rate>{NUM})\s+(?:an|per|a)\s+hour\b", re.IGNORECASE
)
_HOURS = re.compile(
    rf"\b(?P<basic>{NUM})\s+(?:basic|normal|standard|regular|ordinary)\s+hours,?\s+(?:plus|and)\s+"
    rf"(?P<ot>{NUM})\s+hours?\s+(?:of\s+)?overtime\s+at\s+(?P<mult>{'|'.join(_MULTIPLES)})\b",
    re.IGNORECASE,
)
_PAY_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+was)\s+(?:(?:his|her|their|my|the)\s+)?(?:gross\s+)?(?:pay|wage|wages)"
    r"|(?:gross\s+)?(?:pay|wages?)|how\s+much\s+(?:did|does|do|will)\s+(?:he|she|they|i|the\s+[a-z]+)"
    r"\s+(?:earn|get))(?:\s+for\s+the\s+(?:week|day|month|shift))?\s*[?.]?$",
    re.IGNORECASE,
)


def overtime_pay(body: str) -> str | None:
    """ "14.60 * 37.5 + 14.60 * 1.5 * 6" for basic and overtime hours at one rate; else None."""
    if len(body) > MAX_STORY or "overtime" not in body.lower():
        return None
    if (said := story_and_question(body)) is None:
        return None
    story, question = said
    rates, hours = list(_RATE.finditer(story)), list(_HOURS.finditer(story))
    if len(rates) != 1 or len(hours) != 1 or not _PAY_ASKED.match(question.strip()):
        return None
    if stray_digit(story, [rates[0], hours[0]]):
        return None
    rate, m = rates[0]["rate"].replace(",", ""), hours[0]
    multiple = _MULTIPLES[" ".join(m["mult"].lower().split())]
    return f"{rate} * {m['basic']} + {rate} * {multiple} * {m['ot']}"
