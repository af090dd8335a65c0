"""Word problems that add up a few terms, each read by its units the way `rates` reads a story.

"Hire is £38.75 a day for 9 days plus a one-off £45 young driver fee. What's the total?"
  38.75 money/day × 9 day + 45 money -> "(38.75 * 9) + (45)"
"The circle has 14 rows of 26 seats and the stalls have 22 rows of 31 seats. How many seats
are there altogether?"  -> "(14 * 26) + (22 * 31)"
"Pitch fees are £27 a night for 6 nights, plus £3.50 a night for the dog." A term that is a
rate of a count the story states once takes that count: "(27 * 6) + (3.50 * 6)".

The story is cut into terms at "plus", "and", commas and semicolons. Every term must come to
the asked unit on its own (money, or the counted thing), every number must be used, and the
question must ask for a total. Precision first, so it abstains on
- a word that takes away, compares, scales or makes a condition (minus, discount, left, %, if,
  more than, ...), and on verbs that move things out of the total (gave, sold, ate, lost, ...),
- a term whose units cannot be read or do not come to the asked unit, or that could take more
  than one of the story's counts,
- a count given for a price ("3 shirts for £20" is £20 for all three, unless it is one item).
- takings asked of a price list ("Full grooms are £42 and trims £18. What did I take?"): nothing
  was counted.
`sum_of_terms(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.asked import asked_units
from tools.calculator.measures import one_unit
from tools.calculator.products import Quantity, only_reading
from tools.calculator.rate_words import counted_as_priced, price_per_head
from tools.calculator.rates import (
    AFTER_A_TIME,
    CURRENCY_SIGNS,
    MAX_STORY,
    SENTENCES,
    SIGNED,
    people_said,
    quantities,
)
from tools.words import SIZED_NAME, has_digit, initials

_MAX_TERMS = 6
_TERM_BREAK = re.compile(r",?\s+(?:plus|and)\s+|,\s+|;\s+", re.IGNORECASE)
# The question asks for everything added up.
# (Only the asker's own spending: "How much will the insurer pay out?" after "the bill is
# £2,840 and my excess is £350" is not a total.)
TOTAL_ASKED = re.compile(
    r"\b(?:total|altogether|in\s+all|combined|all\s+together|bill|invoice|cost|come\s+to|fare"
    r"|final\s+price|takings|kitty|pot|take|took|bring\s+in|brings\s+in|quote"
    r"|(?:i|we)\s+(?:spend|spent|owe|pay|paid)|(?:does|did|will)\s+the\s+[a-z]+\s+spend)\b"
    r"|^how\s+much\s*[?.]?$"  # a bare "How much?" after the terms
    r"|^(?:please\s+)?add\s+(?:them|these|those|it\s+all)\s+up(?:\s+for\s+me)?\s*[?.!]?$",  # ("Add them up.")
    re.IGNORECASE,
)
# ("The job took 3 hours": a length of time; "takes 11.5 metres of fabric": a measure used)
_NOT_A_TIME = (
    rf"(?!{AFTER_A_TIME}|\s+\d[\d,.]*\s*(?:metres?|meters?|m|yards?|feet|ft|kg|litres?|liters?"
    r"|rolls?|sheets?|tins?|bags?)\s+of\b)"
)
_NOT_ADDED_WORDS = (
    r"left|remain\w*|minus|less|fewer|off|discount\w*|refund\w*|return\w*|except|not"
    r"|without|subtract\w*|take\s+away|twice|double|triple|percent|per\s*cent|t(?<!before\st)ax"
    r"|v(?<!before\sv)at|tip|if|free"
    r"|but|instead|already|change|rest|difference|than|save\w*|deposit|net|gross|up\s+to"
    r"|at\s+least|at\s+most|about|around|roughly|approx\w*|estimate\w*|nearly|almost"
    r"|over(?!\s+(?:a|an|the)\s)|under"
    r"|each\s+of|each\s+one|on\s+each|on\s+every|both|either|or|more|gave|give[sn]?|sold|sells?|lost|lose[sn]?|ate|eats?"
    # ("three lessons in every month of the year": a count each period, not once)
    r"|in\s+every\s+(?:single\s+)?(?:day|week|fortnight|month|year|night|term|season)"
    r"|every\s+(?:day|week|month|night)\s+of\s+the\s+(?:year|month|week|term|season)"
    rf"|used|uses|broke|breaks|took{_NOT_A_TIME}|takes{_NOT_A_TIME}"
    r"|donated|donates|shared|shares|split|divided|average"
    r"|mean|per\s+person|each\s+person|between|vouchers?|coupons?|gift\s+cards?|credit"
    r"|pays?\s+with|paid\s+with|hands?\s+over|handed|of\s+(?:it|that|this|them)"
    # (the cash a till starts with is no takings: "started with a £50 float", "opening float")
    r"|opening\s+float|starting\s+float|started\s+with"
    # ("46 miles out and the same back", "each way", "there and back": a count said twice)
    r"|same\s+(?:back|again|return|distance|amount|for|each|way)|again|each\s+way|both\s+ways"
    r"|there\s+and\s+back|round\s+trip"
)
# A count for each of something told elsewhere: "3 site visits …, 9 cubes crushed per visit at
# £18.40 a cube" (27 cubes, not 9)
_COUNT_PER = re.compile(r"\d\s+(?:[a-z]+\s+){1,3}per\s+[a-z]+\s+(?:at|@)\s", re.IGNORECASE)
# "14 double sockets", "a double room": a kind of thing, not doubling
_A_KIND_OF = re.compile(r"(?:(?<=\d\s)|(?<=\ba\s))double(?=\s+[a-z])", re.IGNORECASE)
_NOT_ADDED = re.compile(
    rf"\b{initials(_NOT_ADDED_WORDS)}(?:{_NOT_ADDED_WORDS})\b|\wn't\b|%", re.IGNORECASE
)
# A bare "How much?" or "Total cost?" after money told with its sign asks for money
_HOW_MUCH = re.compile(
    r"^(?:how\s+much|(?:the\s+)?total(?:\s+(?:cost|bill|price|spend))?(?:\s+(?:to|for)\s+(?:me|us))?"
    r"(?:\s+please)?)\s*[?.]?$",
    re.IGNORECASE,
)
# ... or in other words that ask for the money added up: "Running total please.", "Add it up for
# me.", "What should the cash bag hold?", "What do I put on the school's expenses form?"
_ASKS_SUM = re.compile(
    r"^(?:(?:a\s+)?(?:running|grand)\s+total(?:\s+please)?"
    r"|(?:please\s+)?add\s+(?:it|them|these|those|that|everything)(?:\s+all)?\s+up(?:\s+for\s+me)?"
    r"(?:\s+please)?"
    r"|what\s+(?:should|will|does|do)\s+the\s+(?:cash\s+bag|till|tin|float|envelope|jar)\s+"
    r"(?:hold|contain|have\s+in\s+it)"
    r"|what\s+(?:do|should)\s+(?:i|we)\s+(?:put|claim|write)\s+on\s+(?:the|my|our)\s+"
    r"(?:[a-z'’]+\s+){0,2}(?:expenses?|claim)\s+form"
    # "What's the café bill?", "What's the outfit budget?" (not "the remaining budget")
    r"|what(?:'s|\s+is)\s+the\s+(?!(?:remaining|leftover|new|monthly|weekly|daily|yearly|annual"
    r"|average|other|first|last|final|original|old)\b)[^\W\d_][\w'’-]*\s+(?:bill|budget))\s*[?.!]?$",
    re.IGNORECASE,
)
# ... or as a count of the story's own money: "How many rupees?" after "₹60" and "₹349"
_HOW_MANY_MONEY = re.compile(
    r"^how\s+many\s+(?P<c>rupees|pounds|euros|dollars|yen)(?:\s+(?:is\s+that|altogether|in\s+total"
    r"|in\s+all))?\s*[?.]?$",
    re.IGNORECASE,
)
_LEFT_ASKED = re.compile(r"\b(?:left|remain\w*|leftover)\b", re.IGNORECASE)
_AFTER_ASKED = re.compile(r"\b(?:after|once|net\s+of|less|minus|excluding)\b", re.IGNORECASE)
# Said once and added once: "a one-off £45 fee", "£99 upfront" (neither takes a rate)
_ONE_OFF = re.compile(r"\b(?:one|1)[-\s]off\b|\bup-?front\b", re.IGNORECASE)
_ASKED_AFTER_COMMA = re.compile(
    r",\s*(?:so\s+)?(?:what(?:'s|\s+is|\s+was|\s+total)|how\s+much)\b[^,]*$", re.IGNORECASE
)
# Money one has, not spent: "My budget is £500", "our savings are …" ("£40 lunch budget each"
# is a cost; "the total budget" may add them)
_KEPT = re.compile(
    r"\b(?:my|our|his|her|their|the)\s+(?P<what>budget|allowance|savings|salary|wages?|income"
    r"|pocket\s+money)\s+(?:is|are|was|were|of)\b"
    r"|^(?P<label>budget|allowance|savings|salary|wages?|income)\s+[$€£¥₹]",  # ("Budget £500, …")
    re.IGNORECASE,
)
# Tickets sold are income when income is asked: "sold 146 tickets at £12 … total income?"
_INCOME = re.compile(
    r"\b(?:income|takings|revenue|raised|made|make|earn\w*|take|took|bring\s+in)\b", re.IGNORECASE
)


# What each of a count needs, then one thing more in the same sentence: the "each" may reach it
# ("Four coracles each need 2.4 metres of canvas at £58.75 a metre and a paddle at £39")
_EACH_THEN_ONE = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+[a-z]+\s+each\s+[a-z]+\b(?:[^;.]|(?<=\d)\.(?=\d))*?,?\s+and\s+(?:an?|one)\s+"
    r"[a-z]+",
    re.IGNORECASE,
)
# So many people who each paid a price: "At the show 1,260 adults paid £8, 310 under-16s paid £4"
_COUNT_PAID = re.compile(
    r"(?<![\w.,$€£¥₹])(?P<who>\d[\d,]*\s+(?!(?:and|or|but|then|so|we|i)\b)(?:[a-z][\w-]*\s+)?"
    r"(?!(?:and|or|but|then|so|we|i)\b)[a-z][\w-]*)\s+(?:each\s+)?paid\s+(?=[$€£¥₹])",
    re.IGNORECASE,
)
# Money paid out, which takings do not include
_SPENT = re.compile(
    r"\b(?:paid|pay|pays|spent|spend|spends|bought|owe|owed|cost\s+(?:us|me|him|her|them))\b",
    re.IGNORECASE,
)


def _the_one(noun: str, story: str) -> bool:
    """Whether the story is about one `noun` it never counts ("My round is …")."""
    said = re.search(rf"\b(?:my|our|the|this)\s+{noun}\b", story, re.IGNORECASE)
    counted = re.search(rf"\d\s+(?:[a-z]+\s+)?{noun}(?:e?s)?\b", story, re.IGNORECASE)
    return bool(said) and not counted


# The one thing the story is about, in its question: "What does 1 full round bring in?"
_ONE_OF_IT = re.compile(r"\b1\s+(?:full\s+|whole\s+|single\s+)?(?P<n>[a-z]+)\b", re.IGNORECASE)
# A price list: what one costs, not money taken
_PRICE_SAID = re.compile(r"\b(?:is|are)\s+[$€£¥₹]", re.IGNORECASE)
_SOLD = re.compile(r"\b(?:sold|sells?|selling)\b", re.IGNORECASE)
# A price each with no count of its own, after a term that is only a count
_EACH_OF_BEFORE = re.compile(r"^[$€£¥₹]\d[\d,.]*(?:\s+[a-z]+){0,2}\s+each$", re.IGNORECASE)
_COUNT = re.compile(r"^(?:[^\d$€£¥₹]*\s)?\d+\s+[a-z]+(?:\s+[^\d$€£¥₹]*)?$", re.IGNORECASE)
# A number inside a name: "38 under-16 tickets", "the U-12s"
_NAMED = re.compile(r"\b[A-Za-z]+-\d+[a-z]*\b")
# "took £412.60 on Monday" is takings, unless it was taken from or out of something
_TOOK_MONEY = re.compile(r"\b(?:took|takes|take)\s+(?=[$€£¥₹]\s?\d)", re.IGNORECASE)
_OUT_OF = re.compile(r"\b(?:from|out)\b", re.IGNORECASE)
# "2 zip replacements at £18.50": a price each ("22 pallets at 640 kg each" is a weight each)
_AT_PRICE = re.compile(
    r"\bat\s+([$€£¥₹]?\d[\d,]*(?:\.\d+)?)(?![\d.,])(?!\s*(?:each|apiece|per|a|an)\b|\s*/)"
    r"(?!\s*(?:kg|g|grams?|kilos?|kilograms?|tonnes?|lbs?|litres?|liters?|ml|km|metres?|meters?"
    r"|miles?|cm|mm)\b)"
)
# "fourteen £5 notes" (the £ already gone: "14 5 notes"): so many notes of that value each
_DENOMINATION = re.compile(
    r"\b(\d+)\s+(?:x\s+)?([$€£¥₹]?\d[\d,]*(?:\.\d+)?)\s+(notes?|coins?|bills?)\b", re.IGNORECASE
)
# Coins said by their name, and money held in coins: "23 pound coins", "£6.40 in small change"
_COINS_SAID = re.compile(
    r"\b(\d+)\s+(?:one[- ])?(pound|euro|dollar)\s+coins\b"
    r"|(?<=\d)\s+in\s+(?:small\s+|loose\s+|spare\s+)?change\b",
    re.IGNORECASE,
)
_ONE_COIN = {"pound": "£1", "euro": "€1", "dollar": "$1"}


def _coins(m: re.Match[str]) -> str:
    return f"{m[1]} {_ONE_COIN[m[2].lower()]} coins" if m[1] else " in coins"


# "half of the £52 call-out fee": the term is that share of its amount
_SHARE = re.compile(r"^(half|a\s+third|a\s+quarter)\s+of\s+", re.IGNORECASE)
_SHARES = {"half": "2", "a third": "3", "a quarter": "4"}
_WRITTEN_OUT = re.compile(r"[÷×^]|\d!")


def sum_of_terms(body: str, *, total: bool = False) -> str | None:
    """ "(38.75 * 9) + (45)" for a story of terms that each come to the asked unit, else None.
    `total`: the question's frame, already taken off, asked for a total ("What's the total?"),
    so a story with no question left asks for money."""
    if len(body) > MAX_STORY or _WRITTEN_OUT.search(body):
        return None  # ("6! ÷ 4!": an expression written out, not a story of terms)
    sentences = SENTENCES.split(people_said(body.strip()))
    if len(sentences) == 1 and (asked_after := _ASKED_AFTER_COMMA.search(sentences[0])):
        # "3 of us put in £40 each and Jo put in £65, what's the pot altogether"
        sentences = [
            sentences[0][: asked_after.start()],
            sentences[0][asked_after.start() + 1 :].strip(),
        ]
    if total and has_digit(sentences[-1]):
        sentences.append("What is the total")
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1], "; ".join(s.rstrip(".!") for s in sentences[:-1])
    if " coins" in story or " change" in story:  # "23 pound coins and £6.40 in small change"
        story = _COINS_SAID.sub(_coins, story)
    if (one := _ONE_OF_IT.search(question)) and _the_one(one["n"], story):
        question = f"{question[: one.start()]}it{question[one.end() :]}"  # "… 1 full round …"
    each = _EACH_NEEDS.match(story)
    if (
        each
        and (many := _FOR_SO_MANY.search(question))
        and one_unit(many["noun"]) == one_unit(each["noun"])
    ):  # "Each sarong takes … What do the materials for 40 sarongs cost?": 40 of the list
        story, question = f"{story}; {many['n']} {many['noun']}", question.replace(many[0], "")
    own_money = _own_money_counted(question, story)  # ("How many rupees?" of "₹60", "₹349")
    sum_asked = own_money or _ASKS_SUM.match(question.strip()) is not None
    if not (total or sum_asked or TOTAL_ASKED.search(question)) or has_digit(question):
        return None
    if _LEFT_ASKED.search(question) or _AFTER_ASKED.search(question):
        # "How much did I have left before I spent it?", "What do I pay after insurance?": not
        # the sum
        return None
    # (a question whose frame was taken off, "What does it [come to]", asks for money)
    asked = (Counter({"money": 1}) if own_money else asked_units(question)) or (
        Counter({"money": 1})
        if total or (sum_asked or _HOW_MUCH.match(question)) and SIGNED.search(story)
        else None
    )
    story = _ONE_OFF.sub(" ", story)
    if not _OUT_OF.search(story):  # "The shop took £412.60 on Monday": its takings
        story = _TOOK_MONEY.sub("", story)
    if _INCOME.search(question):
        story = _COUNT_PAID.sub(r"\g<who> at ", story)  # "1,260 adults paid £8": takings
        if _SPENT.search(story):
            return None  # "We sold 40 cakes at £2 and paid £20 for the stall. Takings?": not 100
        if _PRICE_SAID.search(story):
            return None  # "Full grooms are £42 and trims £18. What did I take?": none counted
        story = _SOLD.sub("", story)
    story = _NAMED.sub("named", story)
    if asked is None or _NOT_ADDED.search(_A_KIND_OF.sub(" ", story)) or _COUNT_PER.search(story):
        return None
    if (kept := _KEPT.search(story)) and (
        kept["what"] or kept["label"]
    ).lower() not in question.lower():
        return None  # "My budget is £500. 5 chairs at £45 … What do I pay?": no cost
    story = _DENOMINATION.sub(r"\1 \3 \2 each", story)
    story = counted_as_priced(story)  # (the terms are read apart)
    if _EACH_THEN_ONE.search(story):
        return None  # "4 coracles each need 2.4 m of canvas … and a paddle": a paddle each?
    terms: list[str] = []
    for piece in _TERM_BREAK.split(story):
        if terms and _EACH_OF_BEFORE.search(piece) and _COUNT.search(terms[-1]):
            terms[-1] += ", " + piece  # "14 people on the offsite, £35 budget each": per person
        elif has_digit(piece) or not terms:
            terms.append(piece)
        else:
            terms[-1] += " " + piece  # "… for the dog and the cat": no number, the same term
    if not 2 <= len(terms) <= _MAX_TERMS or _singles_out(question, terms):
        return None
    if any(map(price_per_head, terms)):
        return None  # "Adults £12, children £7. What do we pay?": how many of each?
    signed = any(c in story for c in "$€£¥₹")
    read = [_term(t, asked, signed=signed) for t in terms]
    if any(r is None for r in read):
        return None
    if each:
        return _per_one_list(one_unit(each["noun"]), terms, read, asked)  # type: ignore[arg-type]
    counts = Counter(_count_of(q) for _, found in read for q in found)
    exprs, lent = [], []
    for i, (share, found) in enumerate(read):  # type: ignore[misc]
        others = [q for j, (_, other) in enumerate(read) if j != i for q in other]  # type: ignore[misc]
        expr = only_reading(found, asked)
        if expr is None and (borrowed := _with_a_count(found, asked, others, counts)):
            expr, count = borrowed
            lent.append(count)
        if expr is None and len(found) == 1 and not share:
            exprs.append(None)  # a count alone ("we're staying 9 nights"): another term's rate
            continue
        if expr is None:
            return None
        exprs.append(f"({expr}) / {_SHARES[share]}" if share else f"({expr})")
    # a count alone is kept out only when a rate took it; the terms left must be two or more
    alone = [read[i][1][0] for i, e in enumerate(exprs) if e is None]  # type: ignore[index]
    if any(q not in lent for q in alone) or len(exprs) - len(alone) < 1 or len(read) < 2:
        return None
    return " + ".join(e for e in exprs if e is not None)


# ("How much did the pears cost?", "What did we pay for helmets?", "How much did helmets bring
# in?")
_NAMED_ASKED = re.compile(
    r"\b(?:the|my|our|his|her|their|for|on|did)\s+(?=([a-z]{3,}))", re.IGNORECASE
)
_WHOLE_NAMES = frozenset(("total", "sum", "bill", "cost", "amount", "price", "lot", "whole"))
_ONE_ALONE = re.compile(r"\b(?:without|except|excluding|only|just|alone)\b", re.IGNORECASE)
# A term that is an item of its own, named before its price: "pears for £3", "a case £20"
# ... or counted at a price after any words: "The club bought 14 helmets at £46.50"
_PRICED_ITEM = re.compile(r"\b\d[\d,]*\s+(?P<noun>[a-z]+)\s+at\s+[$€£¥₹]", re.IGNORECASE)
_ITEM_TERM = re.compile(
    r"^(?:and\s+)?(?:(?:i|we|he|she|they)\s+(?:bought|got|paid\s+for|ordered)\s+)?"
    r"(?:an?\s+|the\s+|some\s+|my\s+|\d+\s+)?(?P<noun>[a-z]+)(?:\s+[a-z]+)?\s+"
    r"(?:(?:for|at|costs?|is|are|was|were)\s+)?[$€£¥₹]",
    re.IGNORECASE,
)


def _own_money_counted(question: str, story: str) -> bool:
    """ "How many rupees?" of a story whose money is all in rupees (its sign, and no other)."""
    asked = _HOW_MANY_MONEY.match(question.strip())
    if asked is None:
        return False
    sign = CURRENCY_SIGNS[asked["c"].lower().removesuffix("s") if asked["c"] != "yen" else "yen"]
    return sign in story and not any(c in story for c in "$€£¥₹" if c != sign)


def _singles_out(question: str, terms: list[str]) -> bool:
    """True when the question asks about one item of several ("How much did the pears cost?"
    after apples and pears; "… the phone … without the case"), not the sum of all."""
    if _ONE_ALONE.search(question):
        return True
    items = [
        m["noun"].lower()[:4]
        for t in terms
        if (m := _ITEM_TERM.match(t.strip()) or _PRICED_ITEM.search(t))
    ]
    for m in _NAMED_ASKED.finditer(question):
        stem = m[1].lower()[:4]
        if m[1].lower() not in _WHOLE_NAMES and stem in items and len(set(items)) > 1:
            return True
    return False


def _term(text: str, asked: Counter, *, signed: bool) -> tuple[str | None, list[Quantity]] | None:
    """(its share word or None, its quantities) with a count of one item dropped ("one jacket
    taken in for £35" is £35); None when a number cannot be read or a price is for a count."""
    text = text.strip()
    share = None
    if m := _SHARE.match(text):
        share, text = " ".join(m.group(1).lower().split()), text[m.end() :]
    # "2 tubes at £7.49" is £7.49 each; "a new chain at £22.99" is one chain's price
    found = quantities(_AT_PRICE.sub(lambda m: _price(m, text), text), asked, signed=signed)
    if not found:
        return None
    if _FOR_EACH.search(text) and not any(v < 0 for _, units in found for v in units.values()):
        return None  # "a £36 clamshell box for each volume": a price for each, read as one
    kept = [q for q in found if not (q[0] == "1" and _count_of(q) not in (None, "money"))]
    if len(kept) < len(found) and any(_count_of(q) not in (None, "money") for q in kept):
        return None  # "1 jacket and 2 shirts for £35": the price is not for the one
    return share, kept


def _price(m: re.Match[str], text: str) -> str:
    before = text[: m.start()]
    # "1 betta at £12" is one betta's price, as "a betta at £12" is; so is "the 3-man tent at
    # £240" (a size in its name, no count)
    before = SIZED_NAME.sub(" ", before)
    counted = has_digit(before) and not _ONE_COUNTED.match(before)
    return f"{m[1]} each" if counted else m[1]


_ONE_COUNTED = re.compile(r"\s*1\s+[^\d]*$")
_FOR_EACH = re.compile(r"\b(?:for|with)\s+(?:each|every)\b", re.IGNORECASE)


# What one thing needs, listed: "Each bear needs 0.4 m of mohair at £62 a metre, £3.80 of joints
# and eyes, and 300 g of stuffing at £9 a kilo" (… for 25 bears): every item is per bear
_EACH_NEEDS = re.compile(
    # ("For the circuits practical each group needs 3 resistors …": what it is for, first)
    r"^(?:for\s+(?:the\s+|our\s+|my\s+)?[a-z]+(?:\s+[a-z]+)?,?\s+)?(?:each|every)\s+(?P<noun>[a-z]+)"
    r"\s+(?:needs|takes|uses|gets|requires)\s+(?=[$€£¥₹]?\d)",
    re.IGNORECASE,
)
# ... asked for so many of the thing: "What do the materials for 40 sarongs cost?"
_FOR_SO_MANY = re.compile(r"\s+for\s+(?:the\s+|all\s+)?(?P<n>\d[\d,]*)\s+(?P<noun>[a-z]+)\b")
# An item of such a list has no verb of its own ("£3.80 of joints and eyes"); "the room hire is
# £150" is a cost of its own, not one of the list
_BARE_ITEM = re.compile(
    r"^(?:[$€£¥₹]\s?)?\d[\d,]*(?:\.\d+)?(?:(?!\b(?:is|are|was|were|costs?|comes?|runs?|pays?|paid"
    r"|charges?)\b)[^;])*$",
    re.IGNORECASE,
)


def _per_one_list(
    noun: str, terms: list[str], read: list[tuple[str | None, list[Quantity]]], asked: Counter
) -> str | None:
    """ "25 * ((0.4 * 62) + (3.80) + (300 * 9 / 1000))" for a list of what one `noun` needs and
    a count of them, the list's items read each for one; None otherwise (a count of them taken
    by the first item alone left the others out: 0.4 × 62 × 25 + 3.80 + …)."""
    counts = [i for i, (_, found) in enumerate(read) if [_count_of(q) for q in found] == [noun]]
    if len(counts) != 1 or counts[0] == 0:
        return None
    per_one = asked.copy()
    per_one[noun] -= 1
    items = [j for j in range(len(terms)) if j not in counts]
    exprs = [only_reading(read[items[0]][1], per_one)]
    for j in items[1:]:
        item = terms[j].strip().removeprefix("and ").removeprefix("plus ")
        if read[j][0] or not _BARE_ITEM.match(item):
            return None
        exprs.append(only_reading(read[j][1], asked))
    if None in exprs or read[items[0]][0]:
        return None
    count = read[counts[0]][1][0][0]
    return f"{count} * ({' + '.join(f'({e})' for e in exprs)})"


def _count_of(q: Quantity) -> str | None:
    """The thing a plain count counts ("6 nights" -> "night"), else None."""
    units = {k: v for k, v in q[1].items() if v}
    if len(units) == 1 and next(iter(units.values())) == 1:
        return next(iter(units))
    return None


def _with_a_count(
    found: list[Quantity], asked: Counter, others: list[Quantity], counts: Counter
) -> tuple[str, Quantity] | None:
    """The term's reading with the one count of another term it is a rate of ("£3.50 a
    night" takes "6 nights"), when exactly one such count makes it come to the asked unit."""
    options: list[tuple[str, Quantity]] = []
    for q in others:
        thing = _count_of(q)
        if (
            thing not in (None, "money")
            and q[1] == Counter({thing: 1})
            and counts[thing] == 1
            and (expr := only_reading([*found, q], asked))
        ):
            options.append((expr, q))
    return options[0] if len(options) == 1 else None
