"""An energy bill, for `told`: a price a kWh, a standing charge a day, the kWh used and the
days, then the bill asked. "Electricity at 24.86p per kWh plus a 53.8p daily standing charge. We
used 320 kWh over 31 days. What's the bill in pounds?" -> "320 * 0.2486 + 31 * 0.538".

The story tells one price a kWh, one standing charge a day, one amount of kWh used and one
number of days (the standing charge's own "31 days of standing charge" counts); no other
number (a second rate for night units, a first block of units at another price, a cap or a
credit), and nothing added or taken off (VAT, a discount, a payment made). The pence the story
says are pounds already (`money_said`). Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import MONEY, money_number, question_and_story
from tools.words import stray_digit

_KWH = r"(?:kwh|kilowatt[- ]hours?|units?)"
_RATE = re.compile(rf"(?P<p>{MONEY})\s+(?:per|a|an|each)\s+{_KWH}\b", re.IGNORECASE)
_STANDING = re.compile(
    rf"(?P<p>{MONEY})\s+(?:a\s+day\s+|per\s+day\s+|daily\s+)standing\s+charge"
    rf"|standing\s+charge\s+(?:is\s+|of\s+|at\s+)?(?P<p2>{MONEY})\s+(?:a|per)\s+day"
    rf"|(?P<d>{NUM})\s+days\s+of\s+(?:the\s+)?standing\s+charge\s+at\s+(?P<p3>{MONEY})"
    r"(?:\s+(?:a|per)\s+day)?",
    re.IGNORECASE,
)
_USED = re.compile(rf"(?<![\w.,$€£¥₹])(?P<n>{NUM})\s*{_KWH}\b(?!\s+(?:a|per)\b)", re.IGNORECASE)
_DAYS = re.compile(rf"\b(?:over|for|in|across)\s+(?P<d>{NUM})\s+days\b", re.IGNORECASE)
_BILL_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+will\s+be|\s+was)\s+(?:the|our|my)\s+(?:[a-z]+\s+)?bill"
    r"|what\s+will\s+(?:the|our|my)\s+(?:[a-z]+\s+)?bill\s+be"
    r"|how\s+much\s+(?:is|will\s+be)\s+(?:the|our|my)\s+(?:[a-z]+\s+)?bill"
    r"|what\s+(?:do|did|will)\s+(?:i|we)\s+(?:pay|owe))\s*\??$",
    re.IGNORECASE,
)
_CHANGED = re.compile(
    r"%|\b(?:vat|tax|discount\w*|off|less|minus|credit|paid|payments?|cap|capped|night|day\s+rate"
    r"|peak|off-peak|first|then|after|each\s+month|per\s+month|a\s+month|twice|half)\b",
    re.IGNORECASE,
)


def energy_bill(body: str) -> str | None:
    """ "320 * 0.2486 + 31 * 0.538" for an energy bill told by its prices and use."""
    if len(body) > MAX_STORY or "standing" not in body.lower():
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told
    if not _BILL_ASKED.match(question) or _CHANGED.search(story):
        return None
    rates, standing = list(_RATE.finditer(story)), list(_STANDING.finditer(story))
    used, days = list(_USED.finditer(story)), list(_DAYS.finditer(story))
    if len(rates) != 1 or len(standing) != 1 or len(used) != 1:
        return None
    charge = standing[0]
    counted = [*days, charge] if charge["d"] else days
    if len(counted) != 1 or stray_digit(story, [*rates, charge, *used, *days]):
        return None
    n_days = (charge["d"] or days[0]["d"]).replace(",", "")
    per_day = money_number(charge["p"] or charge["p2"] or charge["p3"])
    kwh = used[0]["n"].replace(",", "")
    return f"{kwh} * {money_number(rates[0]['p'])} + {n_days} * {per_day}"
