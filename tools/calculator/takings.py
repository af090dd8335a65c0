"""Money left once costs are taken off: what was made after the costs a story names, what is
left of money had after money spent, what is left to pay after a payment, and the profit on
what was bought and sold.

"94 jars at £4.25 and 37 jars at £3.80, and the pitch cost me £32. What did I make after the
pitch fee?"  -> "((94 * 4.25) + (37 * 3.80)) - 32"
"took £213.50 at the car boot sale, pitch cost £12 and i spent £7.25 on bacon rolls. profit?"
  -> "(213.50) - 12 - 7.25"
"I had £50 and spent £18.40. How much do I have left?"  -> "50 - 18.40"
"I bought 240 mugs at £3.15 each and sold them all at £3.62 each. What's my profit?"
  -> "240 * 3.62 - 240 * 3.15"

The takings are read whole by the cost readers of `takeaway` (or are one amount taken), and the
costs are said once each, at the story's end or by the name the question gives. Precision
first: takings a day, money had rather than taken, or a cost a day abstain. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import ASKED_AFTER_COMMA, MAX_STORY, NUM, SENTENCES, story_and_question
from tools.calculator.takeaway import MONEY, money_number, question_and_story, total_cost
from tools.words import has_digit, stray_digit

# What was made after a named cost: "94 jars at £4.25 and 37 jars at £3.80, and the pitch cost
# me £32. What did I make after the pitch fee?"; or after the one cost the story names last:
# "22 juniors at £4 and 17 adults at £7. The hall cost £85. How much is left over for prizes?"
_MADE_AFTER = re.compile(
    r"^(?:(?:what|how\s+much)\s+did\s+(?:i|we)\s+(?:make|take|earn|clear)|(?:what|how\s+much)(?:'s|\s+is)"
    r"\s+left)\s+after\s+(?:paying\s+(?:for\s+)?)?"  # ("What's left after paying the theatre?")
    r"(?:the\s+|my\s+|our\s+)?"
    r"(?P<name>[a-z]+)(?:\s+(?:fee|cost|costs|charge|hire))?\s*[?.]?$"
    r"|^(?:how\s+much|what)(?:'s|\s+is)\s+left(?:\s+over)?(?:\s+for\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*[?.]?$"
    # "profit?", "What's our profit?": the takings less every cost the story ends with
    r"|^(?:so\s+)?(?:(?:what(?:'s|\s+is|\s+was)\s+(?:my|our|the)\s+)?(?:profit|surplus)"
    r"|how\s+much\s+profit"
    r"\s+did\s+(?:i|we)(?:\s+make)?"
    # "How much did we raise?" after the takings and the costs they paid for
    r"|how\s+much\s+(?:did|do|will)\s+(?:i|we)(?:\s+(?:raise|make|clear))?(?:\s+overall)?"
    r"|what\s+did\s+(?:i|we)\s+(?:clear|net)"
    r"|what\s+(?:profit|surplus)\s+(?:did|have)\s+(?:i|we)(?:\s+(?:make|made|clear|cleared))?"
    # "How much did it make for the church roof?" (a stall's or a raffle's takings)
    r"|how\s+much\s+did\s+(?:it|the\s+[a-z]+)\s+(?:raise|make|clear)"
    r"(?:\s+for\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?)\s*[?.]?$",
    re.IGNORECASE,
)
_LAST_COST = r"[a-z]+(?:\s+[a-z]+){0,4}"  # ("the stock for the day cost me £63.80")
_ONE_DAY = re.compile(
    r"^\s*(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b", re.IGNORECASE
)
_DAYS = re.compile(
    r"\b(?:days|weekends?|weeks?|and\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE
)
_SPENT = re.compile(
    r"\b(?:bought|buys?|paid|pays?|spen[dt]s?|had|has|have|budget|costs?|owed?|owes|saved)\b",
    re.IGNORECASE,
)


_ASKED_WORDS = (" after ", " left", "profit", "surplus", "much did", " clear", " net")


def made_after(body: str) -> str | None:
    """ "((94 * 4.25) + (37 * 3.80)) - 32" for takings and the one named cost taken off them."""
    if len(body) > MAX_STORY or not any(w in body for w in _ASKED_WORDS):
        return None
    told = question_and_story(body, 3)
    if told is None and (tail := ASKED_AFTER_COMMA.search(body)):
        told = (body[tail.end() :], body[: tail.start()])  # "…, whats left"
    if told is None:
        return None
    question, story = told
    if not (asked := _MADE_AFTER.match(question)):
        return None
    name = re.escape(asked["name"]) if asked["name"] else _LAST_COST
    named = re.compile(
        rf"(?:,?\s+and\s+|,\s+|^|(?<=\.)\s+)(?:the\s+|my\s+|our\s+)?{name}"
        r"(?:\s+(?:hire|fee|charge|rent|bill))?\s+(?:costs?|was|is|were"
        rf"|came\s+to|fee\s+was)\s+(?:me\s+|us\s+)?(?P<amount>{MONEY})(?P<day>\s+(?:a|per)\s+day)?"
        r"(?=[\s.,;]|$)",
        re.IGNORECASE,
    )
    costs = list(named.finditer(story))
    chain = [] if asked["name"] else _last_costs(story)
    if len(chain) > 1 or chain and len(costs) != 1:
        costs = chain  # "…, pitch cost £12 and i spent £7.25 on bacon rolls"
    elif len(costs) != 1 or not (asked["name"] or costs[0].end() == len(story.rstrip(". "))):
        return None  # (a cost not named in the question is the story's last words)
    if not costs:
        return None
    rest = (story[: costs[0].start()] + story[costs[-1].end() :]).strip(" .,;")
    if costs[0]["day"] and not (_ONE_DAY.search(rest) and not _DAYS.search(rest)):
        return None  # "£38 a day": the takings of one day said ("On Saturday I sold …")
    if not asked["name"] and _SPENT.search(_PAID_US.sub("", rest)):
        return None  # "I had £50. I bought 3 books at £4 …": not takings
    takings = total_cost(rest, " What is the total income?") or _taken(rest)
    spent = " - ".join(
        money_number(
            c["amount"]
            or c.groupdict().get("spent")
            or c.groupdict().get("bare")
            or c.groupdict().get("more")
        )
        for c in costs
    )
    return None if takings is None else f"({takings}) - {spent}"


# Costs the story ends with, one after another: "the pitch cost £12 and i spent £7.25 on bacon
# rolls" (each a cost said once, never a rate)
_A_COST = re.compile(
    rf"(?:,?\s+and\s+|,\s+|(?<=\.)\s+)(?:(?:the\s+|my\s+|our\s+)?{_LAST_COST}\s+(?:costs?|was|were"
    rf"|came\s+to|fee\s+was)\s+(?:me\s+|us\s+)?(?P<amount>{MONEY})"
    rf"|(?:(?:i|we)\s+|(?<=and\s))(?:spent|paid)\s+(?P<spent>{MONEY})(?:\s+(?:on|for)(?:\s+(?:and\s+(?=[a-z]))?(?!and\b)[a-z]+){{1,4}})?"
    # a second cost said without its verb: "Hall hire was £2,600 and insurance £385"
    rf"|(?<=\sand\s)(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?P<bare>{MONEY})"
    # ... or its amount first: "I spent £42 on cake and £18.60 on raffle prizes"
    rf"|(?<=\sand\s)(?P<more>{MONEY})\s+(?:on|for)(?:\s+(?:and\s+(?=[a-z]))?(?!and\b)[a-z]+){{1,4}})"
    r"(?P<day>(?!))?(?=[\s.,;]|$)",
    re.IGNORECASE,
)
# Money paid to the teller by those counted: "84 riders paid $35 entry each" is takings
_PAID_US = re.compile(r"\b\d+\s+[a-z]+\s+paid\b", re.IGNORECASE)
# Takings said as one amount: "I took £213.50 at the car boot sale"
_TOOK = re.compile(
    rf"^(?:[a-z' ]{{0,30}}?\s)?(?:took|made|raised|collected)\s+(?P<amount>{MONEY})"
    r"(?!\s+(?:a|an|per|each|every)\b)(?:\s+[a-z' ]{0,40})?$",
    re.IGNORECASE,
)


def _last_costs(story: str) -> list[re.Match[str]]:
    """The costs that end the story, each right after the one before; [] if it ends otherwise."""
    found = list(_A_COST.finditer(story))
    end = len(story.rstrip(". "))
    chain: list[re.Match[str]] = []
    for m in reversed(found):
        if m.end() != (chain[0].start() if chain else end):
            break
        chain.insert(0, m)
    while chain and (chain[0]["bare"] or chain[0]["more"]):
        chain.pop(0)  # (a cost without its verb only after one with it)
    return [m for m in chain if (m["amount"] or m["spent"] or m["bare"] or m["more"])]


def _taken(rest: str) -> str | None:
    """The one amount taken, when the rest of the story is only that."""
    m = _TOOK.match(rest.strip())
    return money_number(m["amount"]) if m and not stray_digit(rest, [m]) else None


# What is left of money had after money spent: "I had £50 and spent £18.40. How much do I have
# left?"
_LEFT_ASKED = re.compile(
    r"^(?:how\s+much\s+(?:money\s+)?(?:do|does|will)\s+(?:i|we|he|she|they)\s+have\s+left"
    r"|how\s+much\s+(?:money\s+)?(?:have|has)\s+(?:i|we|he|she|they)\s+got\s+left"
    r"|how\s+much\s+(?:money\s+)?is\s+left|what(?:'s|\s+is)\s+left)(?:\s+(?:now|over))?$",
    re.IGNORECASE,
)
_SPENT_AMOUNT = rf"[$€£¥₹](?:{NUM})"
_HAD_SPENT = re.compile(
    # ("Our station had £18,000 for vehicle fuel this season and has spent £4,375, £3,980 and
    # £5,210 so far": what it had for, and each amount spent)
    rf"^(?:(?:i|we|he|she|they|(?:our|my|the)\s+[a-z]+|(?-i:[A-Z][a-z]+))\s+(?:had|have|has|started\s+with)"
    # "Mum gave me £20"
    rf"|(?:(?:my\s+)?[a-z]+|(?-i:[A-Z][a-z]+))\s+gave\s+(?:me|us|him|her|them)"
    # "My client's budget is £1,500"
    r"|(?:my|our|the|his|her|their)\s+(?:[a-z]+'s\s+)?budget\s+is)\s+[$€£¥₹]"
    rf"(?P<a>{NUM})"
    r"(?:\s+for\s+(?!\d)[a-z' -]{3,40}?)?"
    rf",?\s+and\s+(?:then\s+|so\s+far\s+)?(?:(?P<who2>i|we)\s+|(?:she|he)'s\s+|(?:they|we|i)'ve\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:spent|spend|spends|paid|pays"
    rf"|lost|loses)\s+(?P<b>{_SPENT_AMOUNT}(?:,\s*{_SPENT_AMOUNT})*(?:,?\s+and\s+{_SPENT_AMOUNT})?)"
    r"(?:\s+so\s+far)?(?:\s+on\s+(?:a\s+|an\s+|the\s+|some\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:\s+so\s+far)?$",
    re.IGNORECASE,
)


_MINE = re.compile(r"^(?:i|we)\s|^\S+(?:\s+\S+)?\s+gave\s+(?:me|us)\b", re.IGNORECASE)


def spent_from(body: str) -> str | None:
    """ "50 - 18.40" for money had, money spent, and a question for what is left."""
    if " left" not in body or (said := story_and_question(body)) is None:  # (cheap test first)
        return None
    story, question = said[0], said[1].rstrip("?. ")
    if _LEFT_ASKED.match(question) and (had := _HAD_SPENT.match(story.rstrip(". "))):
        if had["who2"] and not _MINE.match(story):
            return None  # "Ann had £20 and I spent £7.35": not the money I had
        a = had["a"].replace(",", "")
        spent = [n.replace(",", "") for n in re.findall(rf"[$€£¥₹]({NUM})", had["b"])]
        b = spent[0] if len(spent) == 1 else f"({' + '.join(spent)})"
        return None if sum(map(Fraction, spent)) > Fraction(a) else f"{a} - {b}"
    return None


# Money put by, then what was spent from it told in a sentence of its own: "saved £3,600.
# flights took £780, insurance £144. how much is left?" -> "3600 - ((780) + (144))", or that
# spread over so many weeks ("… if i spread what's left evenly over 12 weeks, how much is that
# per week?")
_PUT_BY = re.compile(
    rf"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:saved|put\s+aside|put\s+by|raised|collected)\s+"
    rf"(?P<a>{MONEY})(?:\s+(?:so\s+far|in\s+total|altogether))?$",
    re.IGNORECASE,
)
_SPENT_ON = re.compile(r"\b(?:took|spent|cost|went\s+on|paid|came\s+to)\b", re.IGNORECASE)
_SPREAD_LEFT = re.compile(
    r"^(?:so\s+)?(?:if\s+)?(?:i|we)\s+spread\s+(?:what's|what\s+is)\s+left\s+(?:evenly\s+|equally\s+)?"
    r"over\s+(?P<n>\d+)\s+(?P<per>weeks|months|days),?\s+how\s+much\s+is\s+that\s+(?:per|a|each)\s+"
    r"(?P<one>week|month|day)$",
    re.IGNORECASE,
)


def left_of_savings(worded: str) -> str | None:
    """ "3600 - ((780) + (144))" for money put by, the spending from it, and what is left (or
    that spread over so many weeks) asked; None otherwise."""
    if len(worded) > MAX_STORY or " left" not in worded.lower():
        return None
    sentences = [s.strip().rstrip(".!?") for s in SENTENCES.split(worded.strip())]
    if not 3 <= len(sentences) <= 4 or not (had := _PUT_BY.match(sentences[0])):
        return None  # (a condition told is a sentence of its own: "i spread …. how much …")
    spent, question = sentences[1], ", ".join(sentences[2:])
    if not _SPENT_ON.search(spent) or (cost := total_cost(spent)) is None:
        return None
    left = f"{money_number(had['a'])} - ({cost})"
    if _LEFT_ASKED.match(question):
        return left
    spread = _SPREAD_LEFT.match(question)
    if spread and spread["per"].lower().rstrip("s") == spread["one"].lower():
        return f"({left}) / {spread['n']}"
    return None


# A margin on each of so many sold: "A burrito costs me $3.85 to make and sells for $11. Sold 146
# on Friday night. What's the gross profit?" -> "146 * (11 - 3.85)"
_COSTS_TO_MAKE = re.compile(
    rf"\bcosts?\s+(?:me\s+|us\s+)?(?P<cost>{MONEY})\s+(?:to\s+(?:make|produce|bake|brew|cook)|each)\b",
    re.IGNORECASE,
)
_SELLS_FOR = re.compile(
    rf"\b(?:sells|sell|goes|is\s+sold)\s+for\s+(?P<price>{MONEY})(?:\s+each)?\b", re.IGNORECASE
)
_SOLD_COUNT = re.compile(
    rf"(?:^|(?<=[.!]\s)|,?\s+and\s+)(?:i|we)?\s*sold\s+(?P<n>{NUM})(?:\s+(?:of\s+them|[a-z]+))?"
    r"(?:\s+(?:on|at|in|over|last|this)\s+[a-z ]{1,30})?(?=[.,]|$)",
    re.IGNORECASE,
)
_MARGIN_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+was)\s+(?:the|my|our)\s+(?:gross\s+|total\s+)?profit"
    r"|how\s+much\s+(?:gross\s+)?profit\s+(?:did|do)\s+(?:i|we)\s+make)\s*[?.]?$",
    re.IGNORECASE,
)


def margin_sold(body: str) -> str | None:
    """ "146 * (11 - 3.85)" for the cost to make one, its price and how many sold, with the profit
    on them asked; None otherwise."""
    if len(body) > MAX_STORY or "profit" not in body.lower():
        return None
    sentences = SENTENCES.split(body.strip())
    if not 2 <= len(sentences) <= 3 or not _MARGIN_ASKED.match(sentences[-1].strip()):
        return None
    story = " ".join(sentences[:-1])
    found = [list(p.finditer(story)) for p in (_COSTS_TO_MAKE, _SELLS_FOR, _SOLD_COUNT)]
    if any(len(f) != 1 for f in found):
        return None
    cost, price, sold = (f[0] for f in found)
    if stray_digit(story, [cost, price, sold]) or _NOT_PLAIN.search(story):
        return None
    n = sold["n"].replace(",", "")
    return f"{n} * ({money_number(price['price'])} - {money_number(cost['cost'])})"


# (a fee, a tax, a share, unsold stock or a second price: not one margin on all sold)
_NOT_PLAIN = re.compile(
    r"\b(?:fees?|commission|tax|vat|half|some|rest|left|unsold|wasted?|binned|discount\w*|off"
    r"|but|except|plus|also|then)\b|%",
    re.IGNORECASE,
)


# What is left to pay of costs told with their signs once a payment is made: "dress is $1,450,
# alterations are another $275 and I've already paid a $400 deposit. how much is left to pay?"
_PAID_ONCE = re.compile(
    rf"(?:,?\s+and\s+|,\s+|(?<=\.)\s+)(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:already\s+)?paid\s+"
    rf"(?:an?\s+)?(?P<paid>{MONEY})(?:\s+deposit)?(?:\s+already)?(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
TO_PAY_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:is\s+)?(?:left|still)\s+to\s+pay|how\s+much\s+(?:do|will)\s+"
    r"(?:i|we)\s+still\s+(?:owe|have\s+to\s+pay|need\s+to\s+pay)|what(?:'s|\s+is)\s+(?:the\s+)?"
    r"(?:balance|amount\s+outstanding)(?:\s+(?:still\s+)?(?:owed|owing|due|to\s+pay))?"
    r"|(?:the\s+)?(?:balance|amount)\s+(?:still\s+)?(?:owing|owed|due|outstanding)"  # "balance owing?"
    r"|what(?:'s|\s+is)\s+left\s+to\s+pay)\s*[?.]?$",
    re.IGNORECASE,
)
_COST_SAID = re.compile(rf"(?P<a>{MONEY})(?!\s*(?:a|an|per|each|every)\b)", re.IGNORECASE)
_NOT_ONE_BILL = re.compile(
    r"\b(?:each|per|every|a\s+(?:day|week|month|night|year)|monthly|weekly|off|discount\w*|refund\w*"
    r"|back|if|but|except|half|instalments?)\b|%",
    re.IGNORECASE,
)


def left_to_pay(body: str) -> str | None:
    """ "(1450 + 275) - 400" for costs told with their signs, one payment made, and what is left
    to pay asked; None otherwise."""
    if len(body) > MAX_STORY or "paid" not in body.lower():
        return None
    if (said := story_and_question(body)) is None or not TO_PAY_ASKED.match(said[1].strip()):
        return None
    story = said[0].rstrip(". ")
    paid = list(_PAID_ONCE.finditer(story))
    if len(paid) != 1 or paid[0].end() != len(story) or _NOT_ONE_BILL.search(story):
        return None  # (the payment ends the story: every cost is told before it)
    told = story[: paid[0].start()]
    costs = list(_COST_SAID.finditer(told))
    if not costs or stray_digit(told, costs):
        return None
    amounts = [money_number(c["a"]) for c in costs]
    paid_amount = money_number(paid[0]["paid"])
    if sum(map(Fraction, amounts)) <= Fraction(paid_amount):
        return None  # "The bill is £80 and I paid £100": change, or nothing, is owed
    return f"({' + '.join(amounts)}) - {paid_amount}"


# A profit on what was bought and sold: every amount is a cost or the one sale.
_PROFIT_ASKED = re.compile(
    r"^(?:(?:gross\s+|total\s+)?profit|what(?:'s|\s+is|\s+was)\s+(?:my|our|his|her|their|the)\s+(?:total\s+|gross\s+)?profit"
    r"|how\s+much\s+profit\s+(?:did|do|will|have|has)\s+(?:i|we|you|he|she|they)\b"
    r"|how\s+much\s+did\s+(?:i|we|he|she|they)\s+make\s+on\s+(?:it|them|the\s+[a-z]+))"
    r"(?:\s+on\s+(?:it|them|the\s+[a-z]+|that|this))?(?:,?\s+ignoring\s+(?:any\s+)?fees)?"
    r"(?:,?\s+(?:once|when|if)\s+(?:they're|they\s+are|they've|they\s+have)\s+all\s+(?:gone|sold))?"
    r"\s*[?.]?$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(
    r",?\s+and\s+(?:then\s+|just\s+)?|,\s+(?:then\s+|and\s+)?|;\s+", re.IGNORECASE
)
_BOUGHT = re.compile(
    rf"^(?:[a-z' ]{{0,30}}?\s)?(?:bought|buy|paid|spent|invested|printed|ordered)\s+(?:(?P<count>\d+)\s+"
    r"(?P<what>(?:[a-z]{2,3}\s+(?=[a-z]+\s+at\s))?[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+-[a-z]+)?)"  # ("64 juniper pre-bonsai", "360 PE tops")
    # ("bought 40 kg of mackerel off the boat at £3.15/kg": a price a unit of the count's)
    rf"(?:\s+(?:of|off|from)(?:\s+[a-z]+){{1,5}})?\s+at\s+(?P<each>{MONEY})(?:\s+each|\s*/\s*(?P<per>[a-z]+))?|[a-z' -]{{0,40}}?\s*(?:for\s+)?(?P<amount>{MONEY})"
    r"(?:\s+[a-z' -]{0,30})?"
    # "bought a pallet of 600 bottles for €4,350": so many for one amount
    rf"|(?:an?\s+[a-z]+\s+of\s+)?(?P<lot>\d[\d,]*)\s+[a-z]+\s+for\s+(?P<lot_cost>{MONEY}))$",
    re.IGNORECASE,
)
_SOLD = re.compile(
    # ("I'm selling them at €11.90 each", of a lot bought)
    r"^(?:[a-z' ]{0,30}?\s)?(?:sold|(?:i'm|i\s+am|we're|we\s+are)\s+selling)\s+"
    r"(?:(?P<all>them(?:\s+all)?|all\s+of\s+them|every\s+(?:one|single\s+one)|it|the\s+[a-z]+)\s+"
    r"|(?P<part>\d+)\s+of\s+(?:them|those|the\s+[a-z]+)\s+)?"  # ("sold 94 of them at £3")
    rf"(?:at\s+(?P<each>{MONEY})(?:\s+each|\s*/\s*(?P<per>[a-z]+))?|for\s+(?P<amount>{MONEY}))"
    r"(?:\s+[a-z' -]{0,20})?$",
    re.IGNORECASE,
)
_MEASURES = frozenset(
    [
        "kg",
        "g",
        "lb",
        "lbs",
        "kilos",
        "litres",
        "liters",
        "l",
        "ml",
        "m",
        "metres",
        "meters",
        "tonnes",
    ]
)
_ALL_GONE = re.compile(r"\ball\s+(?:gone|sold)\b", re.IGNORECASE)
_NOT_PROFIT = re.compile(
    r"\b(?:fees?|commission|tax|vat|dividends?|interest|half|part|some|each\s+year|per|%)",
    re.IGNORECASE,
)


def profit(body: str) -> str | None:
    """ "240 * 3.62 - 240 * 3.15" for what was bought and sold, else None."""
    if len(body) > MAX_STORY or "profit" not in body.lower():  # (cheap test first)
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told[0], " ".join(s.rstrip(".!") for s in SENTENCES.split(told[1]))
    if not _PROFIT_ASKED.match(question) or _NOT_PROFIT.search(story):
        return None
    costs, sales, count, unit = [], [], None, ""
    for clause in _CLAUSES.split(story.strip()):
        if (bought := _BOUGHT.match(clause)) and not sales:
            if bought["lot"]:
                if count is not None:
                    return None
                count = bought["lot"].replace(",", "")
                costs.append(money_number(bought["lot_cost"]))
            elif bought["count"]:
                what = bought["what"].lower()
                if count is not None or (bought["per"] or "").lower() != (
                    what if what in _MEASURES else ""
                ):
                    return None  # ("40 kg … at £3.15/kg" only: a price per the count's unit)
                count, unit = bought["count"], bought["what"].lower()
                costs.append(f"{count} * {money_number(bought['each'])}")
            else:
                costs.append(money_number(bought["amount"]))
        elif sold := _SOLD.match(clause):
            if "selling" in clause.lower() and not _ALL_GONE.search(question):
                return None  # "I'm selling them at £2": all of them only when the question says so
            if sold["each"]:
                if (sold["per"] or "").lower() != (unit if unit in _MEASURES else ""):
                    return None  # "40 kg … sold the lot at £5.60/kg", "240 mugs … at £3.62 each"
                if sold["part"] and count is not None and 0 < int(sold["part"]) <= int(count):
                    sales.append(f"{sold['part']} * {money_number(sold['each'])}")
                    continue  # ("… and sold 94 of them at £3": the rest unsold)
                if (
                    count is None
                    or not sold["all"]
                    or not sold["all"].lower().startswith(("them", "all", "the lot", "every"))
                ):
                    return None
                sales.append(f"{count} * {money_number(sold['each'])}")
            else:
                sales.append(money_number(sold["amount"]))
        elif has_digit(clause):
            return None  # a number that is neither a cost nor the sale
    if (
        len(sales) != 1
        or not costs
        or stray_digit(story, list(re.finditer(MONEY + r"|\d+", story)))
    ):
        return None
    return " - ".join([sales[0], *costs])


# What is left of one amount after someone takes a share of it: "The gallery takes 40%
# commission. A painting sold for £2,350 - how much does the artist get?" -> "2350 * (1 - 40/100)"
_CUT = re.compile(
    rf"\b(?:the|my|our|their|an?)\s+(?P<taker>[a-z]+)\s+(?:takes|took|keeps|kept|charges|deducts)\s+"
    rf"(?:an?\s+)?(?P<x>{NUM})\s*%(?:\s+(?:commission|cut|fee))?(?:\s+of\s+(?:the\s+)?(?:sale|price"
    r"|takings|fee|it))?(?=[\s.,;]|$)"
    # "One of our drivers took £612.50 in fares and pays the office 22% of that"
    rf"|\b(?:i|we|he|she|they|and)\s+(?:pays?|paid|gives?|gave)\s+(?:the|my|our|his|her|their)\s+"
    rf"(?P<taker2>[a-z]+)\s+(?P<x2>{NUM})\s*%\s+of\s+(?:that|it|the\s+(?:takings|fares|total))"
    r"(?=[\s.,;]|$)",
    re.IGNORECASE,
)
_NOT_THE_SALE = re.compile(
    r"\b(?:but|less|more|except|if|unless|only|over(?!\s+the\s+(?:week|weekend|month|day)\b)|under"
    r"|priced|asking|list|offers?|estimated?"
    r"|worth|about|around|roughly|expects?)\b",
    re.IGNORECASE,
)
_OTHER_GETS = re.compile(
    r"^(?:so\s+)?how\s+much\s+(?:does|do|will|did|would)\s+(?:the|my|our|their)\s+(?P<who>[a-z]+)"
    r"\s+(?:get|receive|keep|take\s+home|end\s+up\s+with)\s*[?.]?$"
    # ("How much does he keep?" of the one who pays the cut)
    r"|^(?:so\s+)?how\s+much\s+(?:does|do|will|did|would)\s+(?:i|we|he|she|they)\s+(?:get\s+to\s+)?"
    r"(?:keep|take\s+home|end\s+up\s+with)\s*[?.]?$",
    re.IGNORECASE,
)


def after_a_cut(body: str) -> str | None:
    """ "2350 * (1 - 40/100)" for one amount, a share of it taken by someone named, and what
    someone else gets asked; None otherwise."""
    if len(body) > MAX_STORY or "%" not in body:
        return None
    if (said := question_and_story(body, 3)) is None:
        return None
    question, story = said
    asked, cuts = _OTHER_GETS.match(question), list(_CUT.finditer(story))
    amounts = list(re.finditer(MONEY, story))
    if not asked or len(cuts) != 1 or len(amounts) != 1 or stray_digit(story, cuts + amounts):
        return None
    if _NOT_THE_SALE.search(story):
        return None  # "priced at £2,350 but sold for less": the amount is not what was taken
    cut = cuts[0]
    if (asked["who"] or "").lower().rstrip("s") == (cut["taker"] or cut["taker2"]).lower().rstrip(
        "s"
    ):
        return None  # "How much does the gallery get?": its share, which percents reads
    if cut["taker2"] and asked["who"]:
        return None  # "… pays the office 22%. How much does the agency get?"
    return (
        f"{money_number(amounts[0].group())} * (1 - {(cut['x'] or cut['x2']).replace(',', '')}/100)"
    )
