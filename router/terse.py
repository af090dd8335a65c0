"""A question asked in a word or two, as people type them ("…, plus a £950 room fee. Total
please?", "took £213.50 … profit?", "Minutes from 08:35 to 13:10?", "Date 10 weeks after 4
February 2031?"), said again in full for the tools ("What is the total?", "How many minutes from
08:35 to 13:10?"), and a few typing slips ("whats left?"). The router asks the tools again with
it only when they claimed nothing as typed, so no answer given as typed changes. Pure string
work.
"""

from __future__ import annotations

import re

MAX_TEXT = 400
# (the terse question, its place after a story's sentence, a comma or a dash)
_AFTER = r"(?:(?<=[.!?,;:]\s)|(?<=\s[-—–]\s)|^)"
# A small count said in a word: "Date six weeks before 2 February 2028?"
_FEW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b"
# A word before the money asked that makes it a share or a rate, not the whole: "Average cost?",
# "Unit cost?", "Daily total?", "Net income?"
_NOT_WHOLE = (
    r"(?!(?:average|mean|median|typical|unit|marginal|net|per|each|remaining|new|old|original"
    r"|hourly|daily|weekly|monthly|yearly|annual)\b)"
)
_TERSE = (
    # "Total please?", "- total?", "Takings?", "profit?", "Grand total?", "Gross takings?",
    # "gate total?", "Invoice amount?", "Total with tax?", "Total to invoice?"
    (
        re.compile(
            # ("Till total should be?", "Day's total?": a word naming whose total it is)
            rf"{_AFTER}(?P<w>(?:{_NOT_WHOLE}[a-z]+(?:'s)?\s+)?total(?=(?:\s+should\s+be)?\s*\?)"
            r"|(?:gross\s+|total\s+)?takings(?:\s+(?:from|for)\s+(?:the\s+)?(?P<tp>[a-z]+))?"
            # "Total tolls taken?", "Total fares collected?": the takings in a word of their own
            r"|total\s+[a-z]+\s+(?:taken|collected)"
            r"|profit|margin|surplus|net\s+takings|the\s+total|(?P<i>invoice|bill)(?:\s+amount)?"
            r"|total\s+(?:with|including|incl|inc)\.?\s+(?:the\s+)?(?:tax|vat)"
            # "Total to invoice?", "Total due?"
            r"|total\s+(?:to\s+(?:invoice|bill|charge|pay)|due|owed)"
            # "Total to bill to student accounts?": whom it is billed to
            r"|total\s+to\s+(?:invoice|bill|charge)\s+(?:to\s+)?[a-z' ]{1,40}?"
            # "total to send the secretary?", "Total to pay the club?" (set 173)
            r"|total\s+to\s+(?:send|pay|give|transfer)\s+(?:to\s+)?(?:the|my|our)\s+[a-z' ]{1,30}?"
            # "Total fees?", "Total charges?": the money the story's charges add up to
            r"|total\s+(?:fees|charges|fares|sales|spend|rent|bill)"
            # "Fee?", "Charge?": what the story's charges come to
            r"|(?P<f>fee|charge))"
            r"(?:\s+should\s+be|\s+please)?\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: (
            f"What is the {(m['i'] or m['f']).lower() if m['i'] or m['f'] else _total(m['w'])}?"
        ),
    ),
    # "Total leaf bill?", "total running cost?", "Total fee?": said in full with what it names
    (
        re.compile(
            rf"{_AFTER}total\s+(?P<w>(?:[a-z]+\s+)?(?:bill|cost|fee|charge))\s*\?$", re.IGNORECASE
        ),
        lambda m: f"What is the total {m['w'].lower()}?",
    ),
    # "total before tax?", "Total ex VAT?"
    (
        re.compile(
            rf"{_AFTER}(?:the\s+)?total\s+(?:before|ex|excluding|excl\.?|without)\s+(?P<t>tax|vat|gst)"
            r"\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What is the total before {m['t'].lower()}?",
    ),
    # "Total income?", "Revenue for the month?", "Total income for the season?"
    (
        re.compile(
            # ("Entry income?", "Total cabin revenue?": whose income it is)
            rf"{_AFTER}(?:the\s+)?(?:total\s+|gross\s+)?(?:{_NOT_WHOLE}[a-z]+\s+)?(?P<w>income|revenue"
            r"|earnings)"
            r"(?:\s+for\s+the\s+(?P<p>season|month|week|day|year|night|weekend|event|show|fair"
            r"|quarter)"
            r"|\s+from\s+(?:those|these|the|them)(?:\s+[a-z]+)?)?\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What is the total {m['w'].lower()}?",
    ),
    # "Pass rate as a percentage?": the share of the story's count that passed
    (
        re.compile(
            rf"{_AFTER}(?:the\s+)?(?P<w>pass|success|completion|attendance|response|survival)\s+rate"
            r"(?:\s+as\s+a\s+percentage)?\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What is the {m['w'].lower()} rate as a percentage?",
    ),
    # "Value of the round?", "Total value?": what everything told is worth
    (
        re.compile(
            rf"{_AFTER}(?:the\s+)?(?:(?:total\s+)?value(?:\s+of\s+the\s+(?:round|lot|order|load|batch))?)"
            r"\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: "What is the total value?",
    ),
    # "Steel cost?", "Cost of the chip?": what the thing named costs
    (
        re.compile(
            rf"{_AFTER}(?:(?P<w>{_NOT_WHOLE}[a-z]+)\s+cost(?:\s+for\s+the\s+[a-z]+)?"
            r"|(?:the\s+)?cost\s+of\s+the\s+(?P<of>[a-z]+))\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What does the {(m['w'] or m['of']).lower()} cost?",
    ),
    # "Litres per day?": how many of the unit asked for each of the other
    (
        re.compile(
            rf"{_AFTER}(?P<u>litres|liters|kilos|kg|metres|meters|miles|km|hours|minutes|grams|pounds"
            r"|gallons|bottles|boxes|bags|riders|people|tickets|meals|eggs)\s+(?:per|a|an)\s+(?P<p>[a-z]+)\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"How many {m['u']} a {m['p']}?",
    ),
    # "How much each?"
    (
        re.compile(rf"{_AFTER}how\s+much\s+each\s*\??$", re.IGNORECASE),
        lambda m: "How much does each pay?",
    ),
    # "Cost?", "Total cost?", "- total cost to me?", "Cost in pounds?" after a story
    (
        re.compile(
            rf"{_AFTER}(?:the\s+)?(?:total\s+)?cost(?:\s+(?:to|for)\s+(?:me|us))?"
            r"(?P<in>\s+in\s+(?:pounds|dollars|euros))?\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What is the total cost{m['in'] or ''}?",
    ),
    # "What did we take in entry fees?": the takings, named by what was paid
    (
        re.compile(
            rf"{_AFTER}what\s+did\s+(?P<who>we|i|they)\s+take\s+in\s+(?:[a-z]+\s+)?"
            r"(?:fees|sales|fares|tickets)\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What did {m['who']} take?",
    ),
    # "Sale price?", "Discounted price?": the price after the story's discount
    (
        re.compile(rf"{_AFTER}(?P<w>sale|discounted|reduced)\s+price\s*\?$", re.IGNORECASE),
        lambda m: f"What is the {m['w'].lower()} price?",
    ),
    # "Pay?", "My pay?": what the story's work pays
    (
        re.compile(rf"{_AFTER}(?P<w>(?:my|her|his|their|our)\s+)?pay\s*\?$", re.IGNORECASE),
        lambda m: f"What is {(m['w'] or 'the ').lower()}pay?",
    ),
    # "two suits and seven shirts comes to?": what an order named comes to
    (
        re.compile(
            r"(?<=[.!?]\s)(?P<what>[a-z0-9 ,]{3,60}?\b(?:and|plus)\b[a-z0-9 ,]{3,40}?)\s+"
            r"(?:comes?|come)\s+to\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"How much for {m['what']}?",
    ),
    # "Each pays?", "each pay?"
    (
        re.compile(rf"{_AFTER}each\s+pays?\s*\?$", re.IGNORECASE),
        lambda m: "How much does each pay?",
    ),
    # "What date?" after a story
    (
        re.compile(r"(?<=[.!?]\s)what\s+date\s*\?$", re.IGNORECASE),
        lambda m: "What date is that?",
    ),
    # "Shipping a 22 lb chest of oolong — kilos?": a unit asked after a dash
    (
        re.compile(
            r"(?<=\s[-—–]\s)(?:in\s+)?(?P<u>kilos|kilograms|kg|grams|pounds|lbs|ounces|stone|metres"
            r"|meters|feet|inches|centimetres|centimeters|cm|millimetres|mm|miles|kilometres"
            r"|kilometers|km|yards|litres|liters|celsius|fahrenheit)\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What is that in {m['u']}?",
    ),
    # "Minutes from 08:35 to 13:10?", "Hours between 07:00 and 19:30?"
    (
        re.compile(
            # ("Number of days from 3 March 2029 up to 19 November 2029?")
            r"^(?:(?:the\s+)?number\s+of\s+)?(?P<u>seconds|minutes|hours|days|weeks)\s+"
            r"(?P<rest>(?:from|between)\s+[^?]{3,80}?)\s*\??$",
            re.IGNORECASE,
        ),
        lambda m: f"How many {m['u'].lower()} {m['rest']}?",
    ),
    # "… and was collected 14 November 2030. Days between?"
    (
        re.compile(
            rf"{_AFTER}(?P<u>days|weeks|nights|hours)\s+(?:between|apart)(?:\s+them)?\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"How many {m['u'].lower()} between?",
    ),
    # "… first payment was 6 January 2034. date of her fifth payment?", "Date of the 5th check?"
    (
        re.compile(
            rf"{_AFTER}date\s+of\s+(?P<what>(?:the|her|his|their|our|my)\s+[^?]{{1,40}}?)\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"What's the date of {m['what']}?",
    ),
    # "6 weeks after 28 December 2029 = ?"
    (
        re.compile(r"^(?P<q>[^=?]{3,80}?)\s*=\s*\?$"),
        lambda m: f"What is {m['q']}?",
    ),
    # "Patient born 8 December 1971. Age at the fitting on 15 March 2036?"
    (
        re.compile(
            rf"{_AFTER}age\s+(?P<rest>(?:at\s+(?:the|her|his|their|my|our)\s+[a-z-]+\s+)?on\s+\d"
            r"[^?]{3,40}?)\s*\?$",
            re.IGNORECASE,
        ),
        lambda m: f"How old {m['rest']}?",
    ),
    # "Date 10 weeks after 4 February 2031?"
    (
        re.compile(rf"^date\s+(?P<rest>(?:\d|{_FEW}\s)[^?]{{3,80}}?)\s*\??$", re.IGNORECASE),
        lambda m: f"What date is {m['rest']}?",
    ),
)


def _total(said: str) -> str:
    """ "the total", "the gross takings", "the total" for "total with tax" (the tax is in the
    story: "… and sales tax is 8.25%")."""
    said = said.lower().removeprefix("the ")
    if said in ("margin", "surplus", "net takings"):
        return "profit"  # ("… cordwood cost me £86 - margin?": what is made after the cost)
    if said.startswith("total ") and said.endswith((" taken", " collected")):
        return "takings"  # "Total tolls taken?"
    return "total" if said.startswith("total ") else said  # "total with tax", "total to invoice"


# A tax asked with the total: the story must say its rate ("3 books at £10. Total with VAT?" is
# no 30)
_TAX_ASKED = re.compile(
    r"\b(?:with|including|incl|inc)\.?\s+(?:the\s+)?(?:tax|vat)\b", re.IGNORECASE
)
# "…, then VAT at 20% on the lot. total please": asked without its question mark
_PLEASE_END = re.compile(r"[.!;:,]\s+(?:the\s+)?total\s+please\s*\.?$", re.IGNORECASE)
_ONE_LINE = re.compile(r"^\s*(?:seconds|minutes|hours|days|weeks|date)\s+\S[^\n?]*$", re.IGNORECASE)
_EACH_END = re.compile(r",\s*how\s+much\s+each\s*$", re.IGNORECASE)  # "…, how much each"
# words typed without their apostrophe or a letter: "whats left?", "his commision"
_TYPOS = {"whats": "what's", "hows": "how's", "commision": "commission", "recieved": "received"}
_TYPO = re.compile(r"\b(?:whats|hows(?=\s+(?:that|it)\b)|commision|recieved)\b", re.IGNORECASE)


def expanded(text: str) -> str | None:
    """The message with its terse last question said in full and its typing slips mended, or
    None when it has neither."""
    if len(text) > MAX_TEXT:
        return None  # (the length first: the tests below scan the whole text)
    if _PLEASE_END.search(text):
        text = f"{text.rstrip(' .')}?"
    asked = (
        text.rstrip().endswith("?")
        or _ONE_LINE.match(text)
        or _EACH_END.search(text)
        or _TYPO.search(text)  # ("…; whats the area in square metres": only the slip mended)
    )
    if not asked:
        return None  # (a question mark, or a one-line ask: "minutes from 22:40 to 01:10")
    body = _TYPO.sub(lambda m: _TYPOS[m.group().lower()], text.rstrip())
    for pattern, full in _TERSE:
        if m := pattern.search(body):  # ("…; gate total?" is a sentence of its own)
            told = body[: m.start()].rstrip()
            if _TAX_ASKED.search(m.group()) and "%" not in told:
                return None  # (the tax's rate is not told: the model's to ask)
            period = m.groupdict().get("p") or m.groupdict().get(
                "tp"
            )  # ("for the sailing": no period)
            if period and _PERIODS.fullmatch(period) and _other_period(told, period):
                return None  # "We sold 40 pies today at £3. Revenue for the week?": not told
            told = f"{told[:-1]}." if told.endswith((";", ":", ",")) else told
            return f"{told} {full(m)}" if told else full(m)
    return body if body != text.rstrip() else None


_PERIODS = re.compile(
    r"\b(?P<p>day|today|tonight|night|week|weekend|fortnight|month|quarter|year|season|term)"
    r"(?:s|ly)?\b",
    re.IGNORECASE,
)
_SAME_PERIOD = {"today": "day", "tonight": "night"}


def _other_period(told: str, period: str) -> bool:
    """Whether the story is told of another period than the one asked ("We sold 40 pies today at
    £3. Revenue for the week?"); a story of none is the period's ("… Revenue for the month?")."""
    said = {_SAME_PERIOD.get(p.lower(), p.lower()) for p in _PERIODS.findall(told)}
    return bool(said - {period.lower()})
