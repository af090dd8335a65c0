"""Money stories read around a cost: the change from a note, a voucher off what is bought, a
profit on things bought and sold, a percentage on the whole of a cost (a cost shared evenly is
read by `even_share`, which reads its cost with `total_cost`).

"Pencils are 35p each. Tom buys 12 and pays with a £5 note. How much change does he get?"
  -> "5 - (0.35 * 12)" (the cost is read by `rates` from the story without the note)
"Each ball is £6.40 and the pattern needs 11 balls. I've got a £10 voucher. How much do I pay?"
  -> "(6.40 * 11) - 10"
"I bought 240 shares at £3.15 and sold them all at £3.62. What's my profit?"
  -> "240 * 3.62 - 240 * 3.15"
"Bought a van for £6,750, spent £1,180 on repairs and sold it for £9,400. What was my profit?"
  -> "9400 - 6750 - 1180"

The amount taken away must be said once, by its own words (a note paid with, a voucher or gift
card, a sale), and the rest of the story must be read whole by the cost readers, so every number
is used. Precision first: a voucher with a condition ("on orders over £50"), a change with no
note, a profit with fees, tax or a second sale abstain. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.asked import QUOTED_ASKED
from tools.calculator.budget import cost_list
from tools.calculator.exact import quick_value
from tools.calculator.grammar import parse_math
from tools.calculator.lexer import GrammarError
from tools.calculator.menu import menu_order
from tools.calculator.rates import ASKED_AFTER_COMMA, MAX_STORY, NUM, SENTENCES, rate_product
from tools.calculator.terms import sum_of_terms
from tools.words import has_digit

MONEY = rf"[$€£¥₹]\s?{NUM}"
_COST_ASKED = " What is the total cost?"

# Change from a note: "… and pays with a £5 note", "She hands over €20."
_CHANGE_ASKED = re.compile(
    r"^(?:how\s+much\s+change\b|what(?:'s|\s+is)\s+(?:the|my|his|her|their|your)\s+change\b"
    r"|how\s+much\s+(?:do|does|did|will|should)\s+(?:i|we|you|he|she|they|[A-Z][a-z]+)\s+get\s+back\b)",
    re.IGNORECASE,
)
_PAYS_WITH = re.compile(
    rf"(?:,?\s+and|\.)?\s*(?:(?:he|she|they|i|we|you|[A-Z][a-z]+)\s+)?(?:pays?|paid|hands?\s+over"
    rf"|handed\s+over|gives?|gave)\s+(?:with\s+)?(?:an?\s+|one\s+)?(?P<note>{MONEY})"
    r"(?:\s+(?:note|bill|coin))?(?=[\s.,!?]|$)",
    re.IGNORECASE,
)
_CHANGE_FROM = re.compile(
    rf"\s+(?:do\s+i\s+get\s+|will\s+i\s+get\s+|is\s+that\s+)?(?:back\s+)?(?:from|out\s+of)\s+"
    rf"(?:an?\s+)?(?P<note>{MONEY})(?:\s+(?:note|bill))?\s*[?.]?$",
    re.IGNORECASE,
)
# A voucher off what is paid: "I've got a £10 voucher.", "using a £25 gift card"
_VOUCHER = re.compile(
    rf"(?P<lead>(?:^|(?<=\.)\s*|,?\s+and\s+)(?:i've\s+got|i\s+have|i\s+got|we've\s+got|we\s+have"
    rf"|using|with)\s+(?:an?\s+|one\s+)?)(?P<amount>{MONEY})\s+(?:gift\s+)?(?:voucher|gift\s+card"
    r"|coupon)\b[^.,]*",
    re.IGNORECASE,
)
_PAY_ASKED = re.compile(
    r"^(?:how\s+much|what)\s+(?:do|will|would|should)\s+(?:i|we)\s+(?:pay|owe|have\s+to\s+pay"
    r"|need\s+to\s+pay)(?:\s+(?:then|now|for\s+(?:it|them|the\s+[a-z]+)))?\s*[?.]?$",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:if|over|above|minimum|min|only|when|spend|spending|off|per|each|expire\w*|valid)\b|%",
    re.IGNORECASE,
)
# "Tom buys 12": the count of the things the story prices ("pencils are 35p each")
_PRICED = re.compile(rf"\b(?P<noun>[a-z]+s)\s+(?:are|cost)\s+{MONEY}\s+each\b", re.IGNORECASE)
_BARE_COUNT = re.compile(
    r"\b(?P<verb>buys?|bought|orders?|ordered|gets?|got|takes?|took|wants?|needs?)\s+(?P<n>\d+)"
    r"(?=\s*(?:and\b|[,.]|$))",
    re.IGNORECASE,
)


def question_and_story(
    body: str, most: int, *, asked_total: bool = False
) -> tuple[str, str] | None:
    """(question, story) of a body of 2 to `most` sentences, the question last, or None.
    `asked_total`: a total was asked in a frame already taken off."""
    sentences = SENTENCES.split(body.strip())
    if asked_total and has_digit(sentences[-1]):
        sentences.append("What is the total?")
    if not 2 <= len(sentences) <= most:
        return None
    return sentences[-1].strip(), " ".join(sentences[:-1])


def total_cost(story: str, asked_as: str = _COST_ASKED) -> str | None:
    """The story's total cost (or takings), read whole by the cost readers."""
    if priced := _PRICED.search(story):
        story = _BARE_COUNT.sub(rf"\g<verb> \g<n> {priced['noun']}", story)
    asked = story.rstrip(" .!,") + "." + asked_as
    # ("Mounting a fox is £385 and a pheasant £165. A client has booked two foxes and three
    # pheasants": a price list and an order)
    return (
        sum_of_terms(asked)
        or rate_product(asked)
        or menu_order(asked, total=True)
        or (f"({listed})" if (listed := cost_list(story.rstrip(" .!,"))) else None)
    )


_BILL_IS = re.compile(
    rf"^(?:the|my|our|his|her|their)\s+(?:bill|total|shopping|meal|round|quote|invoice)\s+"
    rf"(?:is|was|came\s+to|comes\s+to)"
    rf"\s+(?P<amount>{MONEY})[\s.,]*$",
    re.IGNORECASE,
)


def one_amount(rest: str) -> str | None:
    """The one amount a bill is said to be, when that is all the rest of the story says."""
    m = _BILL_IS.match(rest.strip())
    return money_number(m["amount"]) if m else None


def change_or_voucher(body: str) -> str | None:
    """ "5 - (0.35 * 12)" for the change from a note, "(6.40 * 11) - 10" for what is paid after
    a voucher, else None."""
    if (
        len(body) > MAX_STORY or "change" not in body.lower() and "pay" not in body.lower()
    ):  # (cheap test first)
        return None
    if (told := question_and_story(body, 4)) is None:
        return None
    question, story = told
    if (given := _CHANGE_FROM.search(question)) and _CHANGE_ASKED.match(question):
        # "How much change from £40?": the note said in the question
        if has_digit(question[: given.start()]) or _PAYS_WITH.search(story):
            return None
        cost = total_cost(story)
        expr = f"{money_number(given['note'])} - ({cost})" if cost else ""
        return expr if expr and _not_negative(expr) else None
    if has_digit(question):
        return None
    if _CHANGE_ASKED.match(question):
        paid = list(_PAYS_WITH.finditer(story))
        if len(paid) != 1:
            return None
        rest = story[: paid[0].start()] + story[paid[0].end() :]
        cost = total_cost(rest) or one_amount(rest)  # ("My bill is £45.60 and I pay with …")
        note = paid[0]["note"]
        if cost is None:
            return None
        expr = f"{money_number(note)} - ({cost})"
    elif _PAY_ASKED.match(question):
        found = list(_VOUCHER.finditer(story))
        if len(found) != 1 or _CONDITION.search(found[0].group()):
            return None
        voucher = found[0]
        rest = story[: voucher.start()] + story[voucher.end() :]
        cost = total_cost(rest)
        if cost is None:
            return None
        expr = f"({cost}) - {money_number(voucher['amount'])}"
    else:
        return None
    return expr if _not_negative(expr) else None


# A percentage on the whole of a cost the rest of the story adds up: "Club members get 10% off
# the whole stay. what do we pay", "…, then 20% VAT on everything. What's the total bill?"
_ON_THE_WHOLE = re.compile(
    rf"(?:,?\s*(?:then\s+|and\s+|plus\s+)?|(?:(?<=\.)|,?\s+(?:and|with))\s*"
    # ("…, with juniors getting 15% off both": the group named, checked against the one asked)
    rf"(?:(?P<who>[A-Za-z]+)\s+(?=get)|[A-Za-z ]{{0,30}}?\s)"
    rf"(?:get|gets|getting|take|takes|have)\s+(?:an?\s+|the\s+)?)"
    # ("a 10% student discount", "the 25% single person discount")
    rf"(?P<p>{NUM})\s*%\s+(?:[a-z]+\s+){{0,2}}?(?P<kind>off|discount|vat|tax|service(?:\s+charge)?)"
    r"\s+(?:on\s+|off\s+)?"
    r"(?:the\s+whole(?:\s+[a-z]+)?|everything|the\s+total|the\s+lot|the\s+bill|all\s+of\s+it"
    r"|(?<=on\s)top|both|all\s+(?:of\s+them|three|four))"  # "plus 21% VAT on top"
    r"(?:\s+as\s+an?\s+[a-z]+(?:\s+[a-z]+)?)?"  # ("… as a wholesale customer")
    r"(?:\s+for\s+[a-z]+ing(?:\s+[a-z]+){0,3})?"  # (why: "… for booking online")
    r"(?=\s*[.,;]|$)"
    # "…, minus a 25% team discount": off the whole order told before it
    rf"|,\s+(?:minus|less)\s+(?:(?:an?|the|our|my|their|his|her)\s+)?(?P<p3>{NUM})\s*%\s+(?:[a-z]+\s+)?(?P<kind3>discount)"
    r"(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
# ... or on a cost of one term, where there is nothing else for it to be on: "137 cases at €84
# a case and gets a 10% trade discount"
_ONE_DISCOUNT = re.compile(
    r"(?:,?\s+(?:and\s+)?(?:(?:i|we|he|she|they|it)\s+)?(?:gets?|getting|with)\s+(?:an?\s+|the\s+)?"
    r"|,?\s+and\s+(?:we're|we\s+are|i'm|i\s+am)\s+giving\s+(?:(?:them|him|her)\s+)?(?:an?\s+)?"
    rf"|,\s+)(?P<p>{NUM})\s*%\s+(?:[a-z]+\s+){{0,2}}?(?P<kind>off|discount)"
    r"(?:\s+for\s+[a-z]+ing(?:\s+[a-z]+){0,4})?"  # (why: "… for clearing the stack")
    r"(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
# ... or said "on top" of everything before it: "…, and VAT at 20% on top.", "I'm adding a 10%
# tip on top."
_ON_TOP = re.compile(
    r"(?:,?\s+(?:and|plus|with)\s+(?:then\s+)?|,\s+(?:then\s+)?|(?<=\.)\s*"
    r"|\s+and\s+(?:i'm|i\s+am|we're|we\s+are)\s+"
    r"|,?\s+and\s+(?:the\s+[a-z]+|they|he|she|i|we)\s+(?=added\s))"  # ("and the client added …")
    r"(?:adding\s+|add\s+|added\s+)?(?:(?P<kind>vat|tax)\s+at\s+(?P<p>" + NUM + r")\s*%"
    # ("a 15% rush surcharge on the whole thing")
    r"|an?\s+(?P<p2>" + NUM + r")\s*%\s+(?:[a-z]+\s+)?(?P<kind2>tip|vat|tax|service\s+charge"
    r"|gratuity|surcharge|premium|uplift|mark-?up)"
    # ("With 20% VAT on the lot", "20% on top")
    r"|(?P<p3>" + NUM + r")\s*%(?:\s+(?P<kind3>vat|tax)|(?=\s+on\s+top\b)))"
    r"(?:\s+(?:on|added\s+to)\s+(?:top|the\s+lot|everything|the\s+total"
    r"|the\s+whole\s+(?:thing|lot|job|bill|order|invoice))"
    r"(?:\s+for\s+(?:the\s+)?[a-z]+)?"  # ("20% on top for the ridge")
    r"|(?<=%)(?=\s*\.?$))(?=\s*[.,;]|$)",  # ("…, plus VAT at 20%." ending the story: on it all)
    re.IGNORECASE,
)
_WHOLE_ASKED = re.compile(
    r"^(?:what(?:'s|\s+is|\s+will\s+be)\s+(?:the|our|my)\s+(?:(?:invoice\s+|order\s+|grand\s+)?total"
    r"(?:\s+bill)?|bill|final\s+bill|invoice)"
    r"|(?:what|how\s+much)\s+(?:do|did|will|would|should)\s+(?:i|we)\s+pay"
    # ("Someone buys 3 tins and gets 10% off the lot. What do they pay?": a discount for all)
    r"|(?:what|how\s+much)\s+(?:do|does|did|will|would|should)\s+(?P<pron>they|he|she)\s+pay"
    # ("… 14 passengers … with a 15% group discount off the total. What does the group pay?")
    r"|(?:what|how\s+much)\s+(?:does|did|will|would|should)\s+the\s+(?:group|party|booking"
    r"|customer|client)\s+pay"
    r"|how\s+much\s+is\s+(?:the|our|my)\s+(?:order|bill|invoice)"
    r"|"
    + QUOTED_ASKED
    # ("What does a returning customer pay?": one of those the story names)
    + r"|what\s+(?:does|will)\s+(?:a|an|each)\s+(?:[a-z]+\s+)?(?P<one>[a-z]+)\s+pay"
    r"(?:\s+in\s+total)?)\s*[?.]?$",
    re.IGNORECASE,
)


# What is paid with a percentage on top: "What should the invoice total be?", "What do I pay?"
_TOP_ASKED = re.compile(
    r"^(?:what(?:'s|\s+is|\s+will\s+be)\s+the\s+(?:[a-z]+\s+)?total(?:\s+on\s+the\s+(?:quote|invoice|bill))?"
    r"|what\s+(?:should|will)\s+the\s+(?:[a-z]+\s+)?total\s+be"
    r"|what(?:'s|\s+is)\s+the\s+final\s+(?:figure|price|amount|bill)|how\s+much"
    r"|(?:what|how\s+much)\s+(?:do|did|will|should)\s+(?:i|we|they|he|she|the\s+[a-z]+)\s+pay"
    r"(?:\s+in\s+total|\s+altogether)?|" + QUOTED_ASKED + r")\s*[?.]?$",
    re.IGNORECASE,
)


_MONEY_SAID = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:p|pence|euros?|pounds|dollars?)\b", re.IGNORECASE)


def percent_on_the_whole(body: str, *, total: bool = False) -> str | None:
    """ "(31 * 11) * (1 - 10/100)" for a cost with a percentage off or added on the whole of it,
    else None. `total`: a total was asked in a frame already taken off."""
    if len(body) > MAX_STORY or "%" not in body:  # (cheap test first)
        return None
    if (told := question_and_story(body, 4, asked_total=total)) is None:
        return None
    question, story = told
    if (clause := ASKED_AFTER_COMMA.search(question)) and "%" in question[: clause.start()]:
        # "With 20% VAT on the lot, what's the total?": the percentage told before the question
        story, question = f"{story} {question[: clause.start()]}", question[clause.end() :]
    found = (
        list(_ON_THE_WHOLE.finditer(story))
        or list(_ONE_DISCOUNT.finditer(story))
        or list(_ON_TOP.finditer(story))
    )
    asked = (
        _WHOLE_ASKED.match(question)
        or found
        and found[0].re is _ON_TOP
        and _TOP_ASKED.match(question)
    )
    if not asked or len(found) != 1 or story.count("%") != 1:
        return None
    who = (found[0].groupdict().get("who") or "").lower()
    one = (asked.groupdict().get("one") or "").lower()
    if who and one and who not in (f"{one}s", f"{one}es"):
        return None  # "with juniors getting 15% off both. What does an adult pay?"
    if who and asked.groupdict().get("pron"):
        return None  # "Members get 10% off the lot. What does she pay?": is she one?
    if _MONEY_SAID.search(story, found[0].end()):
        return None  # ("…, less 12.5% trade discount, then £7.50 delivery on top": told after it)
    rest = story[: found[0].start()] + story[found[0].end() :]
    cost = total_cost(rest)
    if cost is None or found[0].re is _ONE_DISCOUNT and "+" in cost:
        return None  # ("2 shirts at £20 and a tie at £10, with 10% off": off which?)
    said = found[0].groupdict()
    pct = said["p"] or said.get("p2") or said.get("p3")
    kind = (said["kind"] or said.get("kind2") or said.get("kind3") or "on top").lower()
    sign = "-" if kind in ("off", "discount") else "+"
    return None if Fraction(pct) >= 100 else f"({cost}) * (1 {sign} {pct}/100)"


def money_number(money: str) -> str:
    return re.sub(r"[^\d.]", "", money)


def _not_negative(expr: str) -> bool:
    """True when a change or a payment left is not below nothing (a note too small, a voucher
    larger than the bill: the story is not what it seems)."""
    try:
        value = quick_value(parse_math(expr))
    except GrammarError:
        return False
    return value is not None and value >= 0
