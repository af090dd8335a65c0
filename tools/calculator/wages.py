"""Pay for hours worked at an hourly rate, with overtime at a multiple of it, for `told`:
"Employee on £14.60 an hour did 37.5 basic hours plus 6 hours overtime at time and a half.
Gross pay for the week?" -> "14.60 * 37.5 + 14.60 * 1.5 * 6"; overtime past so many hours
("time and a half for anything over 40 hours in the week. dave did 52 hours. gross pay?") ->
"12.60 * 40 + 12.60 * 1.5 * (52 - 40)"; or hours at a premium ("nights pay 25% on top. Gross
pay for a 38-hour week of nights?") -> "11.80 * (1 + 25/100) * 38".

The story names one hourly rate, the hours and the overtime or premium, and nothing else
numeric; the question asks for the pay. Anything else is left to the model. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY, NUM, sentences_asked, story_and_question
from tools.words import stray_digit

_MULTIPLES = {"time and a quarter": "1.25", "time and a half": "1.5", "double time": "2"}
_RATE = re.compile(
    rf"\b(?:on|at|paid|earns?|gets?|rate(?:'s|\s+is))\s+[$€£](?P<rate>{NUM})\s+(?:an|per|a)\s+hour\b",
    re.IGNORECASE,
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


# Overtime past so many hours: "time and a half for anything over 40 hours in the week"
_PAST_HOURS = re.compile(
    rf"\b(?P<mult>{'|'.join(_MULTIPLES)})\s+for\s+(?:anything|any\s+hours|every\s+hour|hours)\s+"
    rf"(?:over|above|beyond|past)\s+(?P<base>{NUM})\s+(?:hours\s+)?(?:(?:in\s+(?:the|a)|a|per)\s+week)?",
    re.IGNORECASE,
)
_WORKED = re.compile(
    rf"\b(?:did|worked|works|does|put\s+in)\s+(?P<h>{NUM})\s+hours\b(?:\s+(?:this|last)\s+week)?",
    re.IGNORECASE,
)
# Hours at a premium: "nights pay 25% on top", "Sundays are paid 50% extra", "Sunday turns are
# paid at time and a half"
_PREMIUM = re.compile(
    r"\b(?P<when>nights|weekends|sundays|saturdays|evenings|lates|(?:sunday|saturday|night|weekend)"
    r"\s+(?:turns|shifts))\s+(?:pay|are\s+paid|get|earn)\s+"
    rf"(?:(?P<p>{NUM})\s*%\s+(?:on\s+top|extra|more)|at\s+(?P<mult>{'|'.join(_MULTIPLES)}))\b",
    re.IGNORECASE,
)
_PREMIUM_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:the\s+)?)?(?:gross\s+)?(?:pay|wages?)\s+for\s+"
    rf"(?:(?:a\s+(?P<h>{NUM})[- ]hour\s+(?:week|shift)|(?P<h2>{NUM})\s+hours)\s+of\s+(?P<when>[a-z]+)"
    # "Gross pay for a 12-hour Sunday turn?"
    rf"|a\s+(?P<h3>{NUM})[- ]hour\s+(?P<when2>[a-z]+)\s+(?:turn|shift))\s*[?.]?$",
    re.IGNORECASE,
)


def paid_past_hours(body: str) -> str | None:
    """ "12.60 * 40 + 12.60 * 1.5 * (52 - 40)" for overtime past so many hours; else None."""
    if len(body) > MAX_STORY or "hour" not in body.lower():
        return None
    sentences = sentences_asked(body.strip())
    if not 2 <= len(sentences) <= 3:
        return None
    story, question = " ".join(sentences[:-1]), sentences[-1]
    rates = list(_RATE.finditer(story))
    if len(rates) != 1:
        return None
    rate = rates[0]["rate"].replace(",", "")
    past, worked = list(_PAST_HOURS.finditer(story)), list(_WORKED.finditer(story))
    if len(past) == 1 == len(worked) and _PAY_ASKED.match(question.strip()):
        if stray_digit(story, [rates[0], past[0], worked[0]]):
            return None
        multiple = _MULTIPLES[" ".join(past[0]["mult"].lower().split())]
        base, hours = past[0]["base"], worked[0]["h"]
        if float(hours) <= float(base):
            return f"{rate} * {hours}"
        return f"{rate} * {base} + {rate} * {multiple} * ({hours} - {base})"
    premium, asked = list(_PREMIUM.finditer(story)), _PREMIUM_ASKED.match(question.strip())
    if len(premium) != 1 or not asked or stray_digit(story, [rates[0], premium[0]]):
        return None
    if (asked["when"] or asked["when2"]).lower()[:4] != premium[0]["when"].lower()[:4]:
        return None  # "nights pay 25% on top … a week of days"
    hours = asked["h"] or asked["h2"] or asked["h3"]
    if premium[0]["mult"]:
        return f"{rate} * {_MULTIPLES[' '.join(premium[0]['mult'].lower().split())]} * {hours}"
    return f"{rate} * (1 + {premium[0]['p']}/100) * {hours}"
