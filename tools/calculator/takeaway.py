"""Money stories read around a cost: the change from a note, a voucher off what is bought, a
profit on things bought and sold, a cost shared evenly.

"Pencils are 35p each. Tom buys 12 and pays with a £5 note. How much change does he get?"
  -> "5 - (0.35 * 12)" (the cost is read by `rates` from the story without the note)
"Each ball is £6.40 and the pattern needs 11 balls. I've got a £10 voucher. How much do I pay?"
  -> "(6.40 * 11) - 10"
"I bought 240 shares at £3.15 and sold them all at £3.62. What's my profit?"
  -> "240 * 3.62 - 240 * 3.15"
"Bought a van for £6,750, spent £1,180 on repairs and sold it for £9,400. What was my profit?"
  -> "9400 - 6750 - 1180"
"A family room is £189 a night for 3 nights, shared equally by 4 adults. What is each person's
share?" -> "(189 * 3) / 4"

The amount taken away must be said once, by its own words (a note paid with, a voucher or gift
card, a sale), and the rest of the story must be read whole by the cost readers, so every number
is used. Precision first: a voucher with a condition ("on orders over £50"), a change with no
note, a profit with fees, tax or a second sale abstain. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.asked import QUOTED_ASKED
from tools.calculator.exact import quick_value
from tools.calculator.grammar import parse_math
from tools.calculator.lexer import GrammarError
from tools.calculator.menu import menu_order
from tools.calculator.rates import ASKED_AFTER_COMMA, MAX_STORY, NUM, SENTENCES, rate_product
from tools.calculator.terms import sum_of_terms
from tools.words import SIZED_NAME, has_digit, stray_digit

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
    return sum_of_terms(asked) or rate_product(asked) or menu_order(asked, total=True)


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


# A cost shared evenly: "A family room is £189 a night for 3 nights, shared equally by 4
# adults. What is each person's share?", "We are 6 friends and the apartment is costing 1290
# euro for all the week, how much must pay each one?"
_GROUP = re.compile(
    r"(?:,?\s*(?:all\s+)?(?:shared|split|divided)\s+(?:(?:it|that|the\s+(?:cost|bill|total))\s+)?"
    r"(?:equally\s+|evenly\s+)?(?:by|between|among)\s+(?:the\s+(?=\d+\s+(?:of\s+us|[a-z]+))|(?:his|her|their)\s+)?"
    r"(?P<k>\d+)(?:\s+of\s+us|\s+(?P<who>[a-z]+))"
    r"|\bwe\s+are\s+(?P<k2>\d+)\s+(?:friends|people|adults|of\s+us)(?:\s+and)?"
    # "…, split five ways evenly"
    r"|,?\s*(?:shared|split|divided)\s+(?:(?:it|that)\s+)?(?P<k6>\d+)\s+ways(?:\s+(?:evenly|equally))?"
    # "you can spread it over 8 equal instalments"
    # ("… a £60 deposit I pay the rest in 4 equal instalments")
    r"|\b(?:spread|splits?|divided|paid|pays?|(?=(?:rest|balance|remainder)\s+in\s))\s*(?:it\s+|(?P<rest>(?:the\s+)?(?:rest|balance"
    r"|remainder))\s+)?"
    r"(?:over|into|in)\s+(?P<k7>\d+)\s+(?:equal\s+)?"
    r"(?:instalments|installments|monthly\s+payments|payments)"
    # "3 friends split a £96 taxi and a £45 meal"
    r"|^(?P<k5>\d+)\s+(?:friends|people|flatmates|housemates|colleagues|of\s+us)\s+(?:split|share)"
    # "… and 9 of us are splitting it evenly"
    # ("… and four of us in the partnership split it evenly")
    r"|(?:,?\s+and\s+|\.\s+|^)(?:the\s+)?(?P<k3>\d+)\s+of\s+us(?:\s+in\s+the\s+[a-z]+)?\s+"
    r"(?:(?:are|will\s+be)\s+(?:splitting|sharing)|split|share)\s+(?:it|that|the\s+(?:cost|bill))"
    r"(?:\s+(?:evenly|equally))?"
    # "… and the four siblings split the rest equally", "The 4 siblings share the bill."
    r"|(?:,?\s+and\s+|\.\s+|^)(?:the\s+)?(?P<k8>\d+)\s+(?P<who2>[a-z]+)\s+(?:split|share)\s+"
    r"(?:it|that|(?P<rest2>the\s+(?:rest|remainder|balance))|the\s+(?:cost|bill|lot|total))"
    r"(?:\s+(?:evenly|equally|between\s+them))?)"
    r"(?=[\s,.]|$)",
    re.IGNORECASE,
)
_PEOPLE = frozenset(  # each person's share
    ("people", "adults", "friends", "guests", "ways", "flatmates", "housemates", "colleagues")
)
_EACH_PAYS = re.compile(
    # "What's each player's share?": the group's own noun, or a person
    r"^(?:what(?:'s|\s+is)\s+each\s+(?P<one>[a-z]+)'s\s+(?:(?:equal|fair)\s+)?(?:share|part|bill)"
    r"|what(?:'s|\s+is)\s+(?:my|each)\s+share|how\s+much\s+did\s+each\s+(?P<one5>[a-z]+)\s+get"
    # ("each one" reaches here as "each 1")
    r"|how\s+much\s+(?:must|should|does|do|will|would)\s+(?:pay\s+each(?:\s+one|\s+1|\s+person)?"
    r"|each\s+(?:(?:one|1|person|of\s+us|(?P<one2>[a-z]+))\s+)?(?:pay|owe|put\s+in))"
    r"|how\s+much\s+(?:is\s+it\s+|is\s+that\s+)?(?:each|per\s+person|per\s+head|a\s+head)"
    r"|how\s+much\s+is\s+each(?:\s+(?:one|instalment|installment|payment))?"
    r"|how\s+much\s+is\s+each\s+of\s+(?:those|these|the)\s+(?:instalments|installments|payments)"
    # "What does each angler pay?", "What should I charge each child?"
    r"|what\s+(?:does|do|should|will|would)\s+each\s+(?:(?:one|1|person|of\s+us|(?P<one3>[a-z]+))\s+)?"
    r"(?:pay|owe)|what\s+(?:should|do|will)\s+(?:i|we)\s+charge\s+each\s+(?P<one4>[a-z]+)"
    r"|(?:so\s+)?each\s+(?:person\s+|one\s+|1\s+)?pays)\s*[?.]?$",  # "Each pays?"
    re.IGNORECASE,
)
_HOUSEHOLDS = frozenset(("families", "couples", "households", "teams"))
_A_PERSON_ASKED = re.compile(
    r"\beach\s+(?:person|one\s+of\s+us|of\s+us)\b|\bper\s+(?:person|head)|\ba\s+head\b"
)


def _plural(who: str, one: str) -> bool:
    """True when `who` is `one` said of many: "families" of "family", "coaches" of "coach"."""
    return bool(one) and who in (f"{one}s", f"{one}es", f"{one.removesuffix('y')}ies")


_A_PERSON = frozenset(("person", "one", "adult", "friend", "guest"))
# One group named two ways: "split between 48 pupils … What should I charge each child?"
_YOUNG = frozenset(("child", "children", "kid", "kids", "pupil", "pupils", "student", "students"))
# Paid by each on top of the share: "and on top everyone pays £15 for bait", "and entry is
# £6.50 per pupil"
_EACH_EXTRA = re.compile(
    rf",?\s+and\s+(?:on\s+top\s*,?\s+|also\s+)?(?:(?:everyone|everybody|each\s+(?:person|of\s+us))"
    rf"\s+(?:also\s+)?pays\s+(?P<b>{MONEY})(?:\s+for\s+(?:the\s+)?[a-z]+)?"
    rf"|[a-z]+\s+is\s+(?P<b2>{MONEY})\s+(?:per|a|each)\s+(?P<per>[a-z]+))(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
_NOT_EVEN = re.compile(
    r"\b(?:but|except|kids?|child\w*|half|more|less|extra|only|if|apart|unequal\w*|discount\w*"
    r"|deposit|already|paid|each)\b|%",
    re.IGNORECASE,
)
_ONE_AMOUNT = re.compile(
    rf"(?:{MONEY}|(?<![\w.,]){NUM}\s?(?:euros?|dollars|pounds)\b)", re.IGNORECASE
)


def shared_cost(body: str) -> str | None:
    """ "(189 * 3) / 4" for a cost shared evenly by a stated number of people, else None."""
    if len(body) > MAX_STORY or not (
        "each" in body or "share" in body or "per " in body
    ):  # (cheap test first)
        return None
    sentences = SENTENCES.split(body.strip())
    if len(sentences) == 1 and (comma := body.rfind(", how much")) > 0:
        sentences = [body[:comma], body[comma + 2 :]]
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].strip(), " ".join(sentences[:-1])
    if (comma := question.rfind(", ")) > 0 and _EACH_PAYS.match(question[comma + 2 :]):
        # "Split equally between 40 players, what's each player's share?"
        story, question = f"{story} {question[:comma]}", question[comma + 2 :]
    if (per := _PER_PERIOD.search(question)) and (once := _per_period(story, per["p"])):
        story, question = once, question[: per.start()]  # "£410 a term … my share per term?"
    asked = _EACH_PAYS.match(question)
    extra = _EACH_EXTRA.search(story)
    if extra:
        story = story[: extra.start()] + story[extra.end() :]
    groups = list(_GROUP.finditer(story))
    if not asked or len(groups) != 1:
        return None
    outside = story[: groups[0].start()] + story[groups[0].end() :]
    if groups[0]["rest"]:  # (the rest after a deposit: read below)
        outside = _DEPOSIT_SAID.sub(" ", _PCT_DEPOSIT.sub(" ", outside))
    if _NOT_EVEN.search(outside):
        return None  # ("split between 8 children" names the group, not a child's price)
    group = groups[0]
    people = next(group[k] for k in ("k", "k2", "k3", "k5", "k6", "k7", "k8") if group[k])
    if int(people) < 2:
        return None
    who = (group["who"] or group["who2"] or "").lower()
    one = next((asked[g] for g in ("one", "one2", "one3", "one4", "one5") if asked[g]), "").lower()
    young = one in _YOUNG and who in _YOUNG  # (the pupils are the children asked about)
    if (
        young
        or not who
        and not (group["k2"] or group["k3"] or group["k5"] or group["k6"] or group["k7"])
    ):
        one = ""  # ("8 of us" are the anglers asked about)
    if (
        extra
        and extra["per"]
        and extra["per"].lower() not in (one, who.removesuffix("s"), "person")
    ):
        return None  # "£6.50 per car": not per person
    if one and one not in _A_PERSON and not _plural(who, one):
        return None  # "split between 4 rooms … each guest's share": not the group asked about
    if who in _HOUSEHOLDS:  # "between the 4 families": a family's share, not a person's
        if not _plural(who, one) and (one or _A_PERSON_ASKED.search(question)):
            return None
    elif (
        who
        and who not in _PEOPLE
        and not _plural(who, one)
        and not young
        and (one or _A_PERSON_ASKED.search(question))
    ):
        return None  # (a bare "each" is one of the group: "four siblings … each pay?")
    rest = story[: groups[0].start()] + story[groups[0].end() :]
    amounts = list(_ONE_AMOUNT.finditer(rest))
    if (
        len(amounts) == 2
        and (gone := _AFTER_COSTS.search(rest))
        and gone.start("a") == amounts[1].start()
        and not stray_digit(rest, amounts)
    ) or (
        group["rest2"]
        and len(amounts) == 2
        and _TAKEN_OFF.match(rest, amounts[1].start())
        and not stray_digit(rest, amounts)
    ):  # "The will left £1,240. After £96 of funeral costs the rest was split …", "The bill
        # comes to £5,376, a £250 grant comes off it, and the four siblings split the rest"
        whole, spent = (money_number(a.group()) for a in amounts)
        return f"({whole} - {spent}) / {people}"
    # ("a five-week course": a number inside a word is no amount)
    sized = SIZED_NAME.sub(lambda m: "x" * len(m.group()), rest)
    if group["k7"] and group["rest"] and len(amounts) == 2 and not stray_digit(sized, amounts):
        # "The caravan is £18,950. The buyer puts down a £4,550 deposit and pays the balance in
        # 36 equal instalments.": what is left after the deposit, shared
        paid = [
            a
            for a in amounts
            if _DEPOSIT.match(rest, a.end()) or _DEPOSIT_OF.search(rest, 0, a.start())
        ]
        if len(paid) != 1:
            return None
        whole = next(a for a in amounts if a is not paid[0])
        return f"({money_number(whole.group())} - {money_number(paid[0].group())}) / {people}"
    if group["k7"] and len(amounts) != 1:
        return None  # "… over 8 equal instalments with a £20 fee": the fee may be paid once
    if group["rest"] and len(amounts) == 1:  # the rest after a share paid first, or of nothing
        pct = _PCT_DEPOSIT.search(rest)
        if pct is None or stray_digit(rest, [pct, amounts[0]]):
            return None
        return f"{money_number(amounts[0].group())} * (1 - {pct['p']}/100) / {people}"
    if len(amounts) == 1 and not stray_digit(rest, amounts):
        cost = money_number(re.sub(r"[a-z]", "", amounts[0].group(), flags=re.IGNORECASE))
    elif (cost := total_cost(rest)) is None:
        return None
    if extra:
        return f"({cost}) / {people} + {money_number(extra['b'] or extra['b2'])}"
    return f"({cost}) / {people}"


_DEPOSIT = re.compile(r"\s+deposit\b", re.IGNORECASE)
_DEPOSIT_SAID = re.compile(
    rf"(?:\ban?\s+)?{MONEY}\s+deposit\b|\bdeposit\s+of\s+{MONEY}", re.IGNORECASE
)
_PCT_DEPOSIT = re.compile(rf"\b(?:an?\s+)?(?P<p>{NUM})\s*%\s+deposit\b", re.IGNORECASE)
_DEPOSIT_OF = re.compile(r"\bdeposit\s+of\s+$", re.IGNORECASE)
_AFTER_COSTS = re.compile(
    rf"\b(?:after|less)\s+(?P<a>{MONEY})\s+(?:of|for|on|in)\s+[a-z ]{{1,30}}?,?\s+the\s+rest\b",
    re.IGNORECASE,
)
_TAKEN_OFF = re.compile(
    rf"{MONEY}\s+(?:[a-z]+\s+){{0,2}}(?:comes?\s+off|is\s+taken\s+off|is\s+deducted)\b",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\s+(?:per|a|each)\s+(?P<p>day|week|month|term|year|night)\s*\??$")


def _per_period(story: str, period: str) -> str:
    """The story without the period its every amount is said for ("£410 a term"), or ""."""
    said = re.compile(rf"(?<=\d)\s+(?:a|per|each)\s+{period}\b", re.IGNORECASE)
    every = len(said.findall(story)) == len(_ONE_AMOUNT.findall(story))
    return said.sub("", story) if every else ""


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
