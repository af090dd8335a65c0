"""A bill told charge by charge, for `told`: things at a price each, one-off charges, a charge on
each of the things, a percentage off or on what is told before it, added up in the order told.

"Vet bill: a $68 consultation plus two dogs' boosters at $42 each, and the practice takes 15%
off for multi-pet households. What do I pay?" -> "(68 + 2 * 42) * (1 - 15/100)"
"we're buying 5 kayaks at $640 each, the dealer gives 15% off, then there's $120 delivery on
top. total?" -> "(5 * 640) * (1 - 15/100) + 120"
"An 8-yard skip is £265 plus 20% VAT, and the council permit to put it on the road is £45 with
no VAT. Total cost?" -> "(265) * (1 + 20/100) + 45"

Every clause of the story must be one of the shapes below, with its money signs, and the
question must ask for the whole bill, so every number is used once and in one known way.
Precision first: a charge after things priced each that does not say it is paid once ("plus £12
fitting": on each tyre, or once?) abstains, and so does a charge told after a percentage that
does not say it stands outside it ("… 15% off, then $120 delivery on top" is read; "… 15% off,
and a $20 case" is not). Pure string work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.calculator.asked import QUOTED_ASKED
from tools.calculator.measures import NUM, SCALE, one_unit
from tools.calculator.percent_frames import for_some
from tools.calculator.rate_words import PER_HEAD
from tools.calculator.rates import MAX_STORY, SENTENCES
from tools.calculator.takings import TO_PAY_ASKED

_MONEY = rf"[$€£]\s?(?P<p>{NUM})"
# What a charge is for: a few words, none of which changes the price ("each", "off", "free",
# "deal") or joins another charge; "8-yard" is a word.
_BARRED = (
    "each|every|per|off|free|deal|deals|offer|half|price|prices|if|but|except|only|over|under"
    "|minimum|max|capped|cap|refund|deposit|back|excluding|ex|exc|including|inc|incl|not|no|less"
    "|minus|plus|and|or|at|for|with|then|on|top|a|an|the|one|is|are|was|costs?|discount|vat|tax"
    "|tip|service|to|in|by|from|than|another|extra|more|total|bill|pay|paid|between|split"
    "|shared|ways|both|all|some|any|rest|left|twice|double|triple|times"
)
_WORD = rf"(?!(?:{_BARRED})\b)(?:\d+-(?!for\b|of\b)[a-z]+|[a-z][a-z'’-]*²?)"
# ("of" inside: "balls of merino", "a pair of needles"; "2 of alpaca" is 2 balls of it)
_WORDS = rf"(?!of\b){_WORD}(?:\s+(?:of\s+)?{_WORD}){{0,4}}"
_SUBJECT = r"(?:i|we|they|he|she|you)(?:'re|'ve|'m|\s+are|\s+have|\s+am|\s+will|'ll)?"
_BUY = r"(?:bought|buy|buying|ordered|order|ordering|need|needed|got|get|getting|booked|book|want)"
# ... or a customer who does: "Trade customer takes 15 cases …", "the school orders 30 …"
_WHO_BUYS = (
    r"(?:someone|somebody|(?:(?:a|an|the|our|my|this|one)\s+)?(?:[a-z]+\s+)?(?:customer|client|buyer"
    r"|school|cafe|café|pub|hotel|restaurant|builder|member))\s+(?:takes|orders|buys|wants|needs"
    r"|gets|books)\s+"
)

# Things at a price each: "5 kayaks at $640 each", "2 dogs' boosters at $42 each", "we're buying
# 3 nights at £95 a night" (a price a one of the things said: "a night" of nights).
_ITEMS = re.compile(
    # (or work that takes so many of them: "groundwork taking 2.5 days at £320 a day")
    rf"(?:{_WHO_BUYS}|{_WORDS}\s+(?:taking|lasting)\s+|[a-z]+ing\s+(?=\d)"  # ("scanning 640 ewes")
    # ("We're relining the kiln with 1,250 refractory bricks at £18.40 each")
    rf"|(?:{_SUBJECT}\s+)?[a-z]+ing\s+(?:the|a|an|our|my)\s+(?:[a-z]+\s+){{0,2}}with\s+(?=\d)"
    # ("corporate order of 140 hampers", "booking for 64 guests")
    rf"|(?:(?:a|an|the|our|my|this)\s+)?{_WORDS}\s+(?:order\s+of|booking\s+for)\s+"
    # ("For the new trail I bought 40 …": what it is all for)
    rf"|(?:for\s+(?:the|a|an|our|my|this)\s+(?:[a-z]+\s+){{1,3}}(?={_SUBJECT}\s))?"
    rf"(?:{_SUBJECT}\s+)?(?:{_BUY}\s+)?)(?P<n>{NUM})\s+(?:of\s+)?(?:(?:extra|more|additional)\s+)?"
    rf"(?P<what>{_WORDS})\s+(?:(?:at|@)\s+{_MONEY}"
    # ("18 models at £650 each for the day", "7 consultant days at $1,150/day", "340 m² of
    # resurfacing at £185 per m²")
    r"(?:\s+(?:(?:each|apiece|a\s+piece)(?:\s+for\s+the\s+(?:day|night|week|event|show|job))?"
    r"|(?:a|an|per)\s+(?P<per>[a-z]+²?))|/(?P<slash>[a-z]+))?"
    # ("2 tickets for £30" is £30 for both)
    rf"|for\s+{_MONEY.replace('<p>', '<p2>')}\s+(?:each|apiece|a\s+piece))",
    re.IGNORECASE,
)
# Things hired or kept for a time at a price for each thing for each day (or week, night, …):
# "4 dehumidifiers on hire for 12 days at £18 per unit per day", "36 pallets at £7.40 per pallet
# per week for 5 weeks". The price must say it is for each thing ("£18 a day" alone: for one, or
# for all four?).
_PERIOD = r"(?:day|night|week|month|hour)"
_TIMED = re.compile(
    rf"(?:{_WHO_BUYS}|(?:{_SUBJECT}\s+)?(?:{_BUY}\s+|hired?\s+|hiring\s+)?)(?P<n>{NUM})\s+"
    rf"(?P<what>{_WORDS})(?:\s+(?:on\s+hire|hired|in\s+storage|stored))?"
    rf"(?:\s+for\s+(?P<m>{NUM})\s+(?P<periods>{_PERIOD})s)?\s+(?:at|@)\s+{_MONEY}\s+"
    rf"(?:(?:per|a|an)\s+(?P<unit>[a-z]+)\s+(?:per|a|an)\s+(?P<per>{_PERIOD})"
    rf"|(?:per|a|an)\s+(?P<per2>{_PERIOD})\s+each|each\s+(?:per|a|an)\s+(?P<per3>{_PERIOD}))"
    rf"(?:\s+for\s+(?P<m2>{NUM})\s+(?P<periods2>{_PERIOD})s)?",
    re.IGNORECASE,
)
# A charge with its own percentage off: "the venue at £12,500 less a 15% charity discount",
# "paint at £2,350 less a 12% trade discount" (of that charge only)
# (or on it: "materials £312 with our 15% markup on materials only", "£18 airtime with 15% loyalty
# discount off the airtime only")
_OWN_OFF = re.compile(
    rf"\s+(?P<how>less|minus|with)\s+(?:an?\s+|our\s+)?(?P<x>{NUM})%\s+(?:[a-z]+\s+)?"
    r"(?:off|discount|(?P<up>mark-?up))(?:\s+(?:off|on)\s+(?:the\s+)?(?P<only>[a-z]+)\s+only)?$",
    re.IGNORECASE,
)
_ONE_AT = re.compile(
    rf"(?:(?:a|an|the|my|our)\s+)?(?P<thing>{_WORDS})\s+(?:at\s+)?{_MONEY}"
    rf"|{_MONEY.replace('<p>', '<p2>')}\s+(?P<thing2>{_WORDS})",
    re.IGNORECASE,
)
# One thing at a price a day for so many days: "a roaming pass at £2.50 a day for 6 days"
_ONE_TIMED = re.compile(
    rf"(?:a|an|the)\s+{_WORDS}\s+at\s+{_MONEY}\s+(?:a|per)\s+(?P<per>{_PERIOD})\s+for\s+"
    rf"(?P<m>{NUM})\s+(?P<periods>{_PERIOD})s",
    re.IGNORECASE,
)
# what a thing is for: "the council permit to put it on the road"
_PURPOSE = r"(?:\s+to(?:\s+(?!(?:each|every|per|all)\b)[a-z']+){1,8})?"
# Money that is no charge: "My budget is £500", "a £10 voucher"
_NOT_CHARGES = frozenset(
    re.findall(
        r"\w+",
        "budget limit allowance savings salary wage wages income balance voucher coupon card note "
        "credit refund deposit discount saving cashback rebate float grant target account change "
        "cash money takings profit",
    )
)
# One thing and its price, as a quote lists them: "gate £2,340", "new rubbers £85" (not a price
# per head or per ticket: "adults £12, children £7" is a price list, not a bill)
_LISTED = re.compile(
    rf"(?:(?:the|our|my)\s+)?(?P<thing>{_WORDS})\s+{_MONEY}"
    # "plate's advertised at £2,495"
    rf"|(?:(?:a|an|the|my|our)\s+)?(?P<thing2>{_WORDS})(?:'s|\s+is|\s+was)\s+(?:advertised|listed"
    rf"|priced)\s+at\s+{_MONEY.replace('<p>', '<p2>')}",
    re.IGNORECASE,
)
_PEOPLE = frozenset({"head", "person"})
_EACH_WORDS = _PEOPLE | {"item", "one", "piece", "unit"}
# One thing, its price told: "a $68 consultation", "a flat £25 cleaning fee", "An 8-yard skip is
# £265", "the council permit to put it on the road is £45"
_ONE = re.compile(
    # ("then add the £80 transfer fee")
    rf"(?:(?:add\s+|adding\s+)?(?:a|an|one|the)\s+(?:(?:flat|one-off|fixed|single)\s+)?{_MONEY}\s+(?P<what>{_WORDS})"
    r"(?P<purpose>\s+for\s+(?:an?|the)\s+(?:extra\s+)?[a-z]+(?:\s+[a-z]+)?)?"  # ("… for an extra actor")
    rf"|(?:a|an|one|the|my|our)\s+(?P<thing>{_WORDS}{_PURPOSE})\s+(?:is|costs?|was|comes\s+to|at|for"
    r"|lists\s+at|retails\s+at|is\s+priced\s+at)"
    rf"\s+{_MONEY.replace('<p>', '<p2>')})",
    re.IGNORECASE,
)
# A charge paid once said so: "$120 delivery on top", "£120 to hire the chipper", "£45 for the
# permit", or a charge everyone pays once ("£8 delivery", "£6.50 postage")
_ONCE = re.compile(
    rf"(?:there's\s+|there\s+is\s+|adding\s+|add\s+|paid\s+)?{_MONEY}\s+(?:(?P<of>of\s+)?(?P<what>{_WORDS})(?P<top>\s+on\s+top)?"
    rf"|(?:to|for)\s+(?:the|a|an)?\s*{_WORDS}(?P<top2>\s+on\s+top)?)",
    re.IGNORECASE,
)
_ONCE_WORDS = frozenset({"delivery", "postage", "shipping", "carriage", "call-out", "callout"})
# A charge on each of the things told before it: "£4.25 for a new valve on each one", "a £2
# booking fee on every ticket", "£1.50 shoe hire each"
_ON_EACH = re.compile(
    rf"(?:an?\s+)?{_MONEY}\s+(?:for\s+(?:an?\s+|the\s+)?)?{_WORDS}"
    r"\s+(?:(?:on|for|with)\s+(?:each|every)|per)\s+(?P<noun>[a-z]+)"
    # "10p a head for colour marking"
    rf"|{_MONEY.replace('<p>', '<p2>')}\s+(?:a|per)\s+(?P<noun2>head|item|unit|one|piece)\s+for"
    rf"\s+{_WORDS}"
    # "delivery at £4.75 a hamper"
    rf"|{_WORDS}\s+at\s+{_MONEY.replace('<p>', '<p3>')}\s+(?:a|per)\s+(?P<noun3>[a-z]+)",
    re.IGNORECASE,
)
# A percentage off or on what is told before it: "the practice takes 15% off for multi-pet
# households", "with 10% off the total for loyalty", "plus 20% VAT", "VAT at 20% on top"
_OFF = re.compile(
    rf"(?:(?:the\s+)?{_WORDS}\s+)?(?:(?:takes?|knocks?|gives?|giving|gets?|got|offers?)\s+"
    r"(?:us\s+|me\s+|(?:the|my|our|her|his)\s+[a-z'’]+(?:\s+[a-z'’]+)?\s+)?"
    rf"|with\s+|less\s+|minus\s+)?(?:an?\s+|our\s+|the\s+)?(?P<x>{NUM})%\s+(?:off"
    r"|(?:trade\s+|cash\s+|bulk\s+)?discount)"
    r"(?:\s+(?:(?:on\s+)?the\s+(?:total|lot|bill|whole\s+(?:bill|order|lot)|(?:net|list)\s+price)"
    r"|everything))?"
    r"(?:\s+at\s+the\s+(?:till|checkout|counter))?"  # ("… knocks 10% off at the till")
    rf"(?:\s+for\s+(?:an?\s+|the\s+)?(?P<whom>{_WORDS}))?"
    # ("… because it's over 100", "… as our eldest is already there": why, not if)
    r"(?:\s+(?:because|since|as(?!\s+(?:long|soon|well|much|many)\b))\s+(?:it's|it\s+is|they|we"
    r"|our|my|his|her|their)\s+[^,;]+)?"
    # "with the knitting club card": the asker has it
    rf"(?:\s+with\s+(?:the|my|our|a|an)\s+{_WORDS}\s+(?:card|code|voucher|coupon))?",
    re.IGNORECASE,
)
_GETS = re.compile(r"(?:the\s+|our\s+)?([a-z]+)\s+(?:get|gets|receive|receives)\b", re.IGNORECASE)
# takings "less 2.5% card fees"
_LESS_FEES = re.compile(
    rf"(?:less|minus)\s+(?:an?\s+)?(?P<x>{NUM})%\s+(?:card\s+|bank\s+|booking\s+|platform\s+)?"
    r"(?:fees?|commission|charges?)",
    re.IGNORECASE,
)
_ON = re.compile(
    rf"(?:with\s+)?(?:(?P<x>{NUM})%\s+(?:vat|(?:sales\s+)?tax)|vat\s+at\s+(?P<x2>{NUM})%|an?\s+(?P<x3>{NUM})%\s+service\s+charge"
    # "sales tax is 8.25%"
    rf"|(?:vat|(?:the\s+)?sales\s+tax)\s+is\s+(?P<x4>{NUM})%"
    # "our fee is 12% on top of those three"
    rf"|(?:our|my|the)\s+(?:fee|commission|charge)\s+is\s+(?P<x5>{NUM})%\s+on\s+top"
    r"(?:\s+of\s+(?:those|these|them|it|that|everything|the\s+lot)(?:\s+(?:two|three|four|five|[2-9]))?)?"
    # "a 12% contingency on that"
    rf"|(?:an?\s+)?(?P<x6>{NUM})%\s+contingency(?P<that>\s+on\s+(?:that|it))?"
    # "the restaurant adds 12.5% service to everything"
    rf"|(?:the\s+[a-z]+\s+)?adds\s+(?P<x7>{NUM})%\s+(?:service(?:\s+charge)?|vat|tax)\s+to\s+"
    r"(?:everything|the\s+lot|the\s+(?:whole\s+)?(?:bill|total)))"
    r"(?:\s+on\s+top|\s+(?:goes|is|gets)\s+(?:added\s+)?on(?:\s+(?:top|the\s+discounted\s+price))?"
    r"|\s+on\s+(?:everything|the\s+lot|the\s+(?:whole\s+)?total|all\s+of\s+(?:it|that)))?",
    re.IGNORECASE,
)
# Outside a percentage told before: "then there's $120 delivery on top", "… £45 with no VAT"
_NOT_DISCOUNTED = r"(?:that|which)\s+(?:isn't|is\s+not|aren't|are\s+not)\s+discounted"
_OUTSIDE = re.compile(
    rf"\s+(?:with\s+no\s+vat|\(no\s+vat\)|vat[- ]free)$|,?\s+{_NOT_DISCOUNTED}$", re.IGNORECASE
)

# Where one charge ends and the next begins.
# ("then" stays with its clause: what follows a percentage with it stands outside it)
_JOINS = re.compile(
    r"(?:,\s+|\s+)(?:and\s+|plus\s+)(?=\S)|,\s+|;\s+|(?<=[.!])\s+|:\s+|\s+(?=then\s)",
    re.IGNORECASE,
)
_THEN = re.compile(r"^then\s+", re.IGNORECASE)
_LABEL = re.compile(r"^[a-z][a-z' -]{0,40}$", re.IGNORECASE)  # "Vet bill: …"

_TOTAL_TAIL = re.compile(
    r",\s+(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+)?total\s*[?.]?$", re.IGNORECASE
)
_ASKED = re.compile(r"\b(?:what|how|total)\b|\?", re.IGNORECASE)
_WHOLE_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:[a-z]+'s\s+)?"  # ("What's the customer's total?")
    r"(?:(?:invoice\s+)?total(?:\s+(?:bill|cost|price|charge))?|(?:final\s+)?(?:bill|cost|price)"
    r"|(?:supplier\s+|final\s+)?invoice)"  # ("What's the supplier invoice?")
    r"|total(?:\s+(?:bill|cost|price))?"
    r"|(?:what|how\s+much)\s+(?:do|will|would|should|did)\s+(?:i|we)\s+(?:pay|owe|spend|need\s+to"
    r"\s+pay|have\s+to\s+pay|hand\s+over)"
    # "What will the vet bill be?"
    r"|what\s+will\s+(?:the|my|our)\s+(?:[a-z]+\s+)?(?:bill|invoice|total)\s+be"
    r"|how\s+much\s+(?:is\s+(?:that|it)|will\s+(?:that|it)\s+be|does\s+(?:that|it)\s+(?:come\s+to"
    r"|cost))"
    # (its "come to" may have been taken off as a trailing frame)
    r"|what\s+(?:does|will)\s+(?:that|it|this|the\s+bill|the\s+invoice)(?:\s+come\s+to)?"
    r"|"
    + QUOTED_ASKED
    + r"|(?:what|how\s+much)\s+(?:does|will|would|should)\s+(?:the|my|our)\s+[a-z]+\s+pay"
    r"|what(?:'s|\s+is)\s+the\s+net(?:\s+takings)?)"
    r"(?:\s+(?:in\s+total|altogether|all\s+in|at\s+the\s+(?:till|counter|checkout)))?\s*[?.!]?$",
    re.IGNORECASE,
)


# What is left to pay once a payment told last is made
_PAID = re.compile(
    rf"(?:(?:i've|i\s+have|we've|we\s+have|i|we|they've|they\s+have|they|he|she)\s+)?(?:already\s+)?"
    r"(?:paid|put\s+down)\s+"  # ("they've already put down a £200 deposit")
    rf"(?:an?\s+)?{_MONEY}(?:\s+deposit)?(?:\s+already)?",
    re.IGNORECASE,
)
_NET_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+net(?:\s+takings)?|what\s+(?:do|did)\s+(?:i|we)\s+(?:keep"
    r"|clear|get))\s*[?.]?$",
    re.IGNORECASE,
)


@dataclass
class _Bill:
    expr: str = ""
    charges: int = 0
    counts: tuple[tuple[str, str], ...] = ()  # (the things' last word, their count)
    after_percent: bool = False
    fees: bool = False  # a share of takings kept by someone else ("less 2.5% card fees")


def told_bill(body: str, *, total: bool = False) -> str | None:
    """The expression for a bill told charge by charge and asked for whole, or None. `total`:
    the whole bill was asked in a frame already taken off ("…, then $120 delivery. total?")."""
    if len(body) > MAX_STORY or not any(c in body for c in "$€£"):
        return None
    sentences = SENTENCES.split(body.strip())
    if tail := _TOTAL_TAIL.search(sentences[-1]):  # "… and a map case for £14.50, total please"
        sentences[-1:] = [sentences[-1][: tail.start()], "What is the total?"]
    elif total and not _ASKED.search(sentences[-1]):
        sentences.append("What is the total?")
    if len(sentences) < 2:
        return None
    balance = TO_PAY_ASKED.match(sentences[-1].strip())
    if not balance and not _WHOLE_ASKED.match(sentences[-1].strip()):
        return None
    story = " ".join(sentences[:-1]).strip().rstrip(".!")
    clauses = _merged(re.split(f"({_JOINS.pattern})", story, flags=re.IGNORECASE))
    if clauses and _LABEL.match(clauses[0]) and f"{clauses[0]}:" in story:
        clauses = clauses[1:]
    paid = None
    # "…, already paid a $300 deposit. what's the balance?": paid last, once
    if balance and (not clauses or not (paid := _PAID.fullmatch(clauses.pop().strip()))):
        return None
    bill = _Bill()
    for clause in clauses:
        if not _read(clause.strip().rstrip(".!"), bill):
            return None
    if bill.fees and not _NET_ASKED.match(sentences[-1].strip()):
        return None  # "… less 2.5% card fees. What's the total?": before the fees, or after?
    if bill.charges < 2 and not paid:
        return None
    return f"({bill.expr}) - {_amount(paid['p'])}" if paid else bill.expr


# "the hair and make-up team at £3,900", "37 hours of cutting and welding at £68 an hour": one
# thing named with "and"; ", which isn't discounted" is said of the charge before it
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_OF_THE_ONE_BEFORE = re.compile(_NOT_DISCOUNTED, re.IGNORECASE)


def _merged(pieces: list[str]) -> list[str]:
    """The clauses of `pieces` (clauses and the joins between them, as re.split keeps them),
    with a thing's name said with "and" put back together."""
    clauses = [pieces[0]]
    for join, clause in zip(pieces[1::2], pieces[2::2], strict=True):
        last, first = clauses[-1].split()[-1:], clause.split()[:1]
        named_whole = (
            _AND.fullmatch(join)
            and last
            and first
            and not re.search(r"[$€£%]", clauses[-1])
            and re.search(r"[$€£]", clause)
            and first[0][0].isalpha()
            # (a gerund pair, or a name with no count before it: not "2 adults and children")
            and (
                not re.search(r"\d", clauses[-1])
                or (last[0].endswith("ing") and first[0].endswith("ing"))
            )
        )
        if named_whole:
            clauses[-1] = f"{clauses[-1]}-and-{clause}"
        elif _OF_THE_ONE_BEFORE.fullmatch(clause.strip().rstrip(".!")):
            clauses[-1] = f"{clauses[-1]}, {clause}"
        else:
            clauses.append(clause)
    return clauses


def _add(bill: _Bill, term: str, *, outside: bool = False) -> bool:
    if bill.after_percent and not outside:
        return False  # inside the percentage told before it, or outside it?
    bill.expr = f"{bill.expr} + {term}" if bill.expr else term
    bill.charges += 1
    return True


def _read(clause: str, bill: _Bill) -> bool:
    """Adds the clause's charge to the bill; False when the clause is no charge known here."""
    outside = bool(m := _OUTSIDE.search(clause))
    if m:
        clause = clause[: m.start()]
    if then := _THEN.match(clause):
        # a charge told with "then" after a percentage stands outside it ("…, then adding £25
        # for delivery"); a percentage told with it is of all so far ("then VAT at 20%")
        clause = clause[then.end() :]
        outside = outside or "%" not in clause
    if m := _OWN_OFF.search(clause):
        # its own percentage off: of one charge, or of all so far when nothing came before
        rest, x, sign = clause[: m.start()], _amount(m["x"]), "+" if m["up"] else "-"
        one = _ONE_AT.fullmatch(rest)
        thing = one and (one["thing"] or one["thing2"]).lower().split()
        only = m["only"] and thing and any(w[:4] == m["only"].lower()[:4] for w in thing)
        if one and (m["how"].lower() != "with" or only):
            if set(rest.lower().split()) & _NOT_CHARGES or (m["only"] and not only):
                return False
            return _add(
                bill, f"{_amount(one['p'] or one['p2'])} * (1 {sign} {x}/100)", outside=outside
            )
        if m["only"] or m["up"]:
            return False  # ("… with a 10% markup on props only" after two charges)
        if bill.expr or not _read(rest, bill):
            return False  # ("a tie at £10 with 10% off", after shirts: of the tie, or all?)
        bill.expr, bill.after_percent = f"({bill.expr}) * (1 - {x}/100)", True
        return True
    if m := _TIMED.fullmatch(clause):
        return _timed(m, bill, outside=outside)
    if (m := _ONE_TIMED.fullmatch(clause)) and m["per"].lower() == m["periods"].lower():
        return _add(bill, f"{_amount(m['m'])} * {_amount(m['p'])}", outside=outside)
    if m := _ITEMS.fullmatch(clause):
        said = m["what"].lower().split()
        per = (m["per"] or m["slash"] or "").lower()
        if per and per not in _EACH_WORDS and not any(w.startswith(per) for w in said):
            return False  # "2 rooms at £95 a night": the nights are not told
        if one_unit(said[0]) in SCALE:
            return False  # "3 kg of apples at £2.40": a price a kilo, or for the lot?
        n = _amount(m["n"])
        bill.counts = (*bill.counts, (said[-1], n))
        return _add(bill, f"{n} * {_amount(m['p'] or m['p2'])}", outside=outside)
    if m := _ONE.fullmatch(clause):
        if (m["thing"] or m["what"]).lower().split()[-1] in _NOT_CHARGES:
            return False
        named = m["thing"] or m["purpose"] or m["what"].split()[-1].lower() in {"fee", "charge"}
        if bill.counts and not named:
            return False  # "… at £89.50 each, plus a £12 valve": one, or one on each?
        return _add(bill, _amount(m["p"] or m["p2"]), outside=outside)
    if (m := _LISTED.fullmatch(clause)) and (
        not bill.counts
        or (m["thing"] or m["thing2"]).lower().split()[-1] in _ONCE_WORDS  # ("…, delivery £60")
    ):
        said = (m["thing"] or m["thing2"]).lower().split()
        if set(said) & (_NOT_CHARGES | PER_HEAD):
            return False
        return _add(bill, _amount(m["p"] or m["p2"]), outside=outside)
    if m := _ON_EACH.fullmatch(clause):
        noun = "each" if m["noun2"] else (m["noun"] or m["noun3"]).lower()  # ("a head": …)
        count = _count_of(bill, noun) if not m["noun2"] or len(bill.counts) == 1 else None
        return count is not None and _add(
            bill, f"{count} * {_amount(m['p'] or m['p2'] or m['p3'])}", outside=outside
        )
    if (m := _ONCE.fullmatch(clause)) and not set(clause.lower().split()) & _NOT_CHARGES:
        on_top = bool(m["top"] or m["top2"])
        said_once = (
            on_top
            or m["what"] is None
            or m["of"] is not None  # "£37.80 of parts": so much of them, once
            or m["what"].split()[-1].lower() in _ONCE_WORDS
        )
        if bill.counts and not said_once:
            return False  # "… at £89.50 each, plus £12 fitting": on each tyre, or once?
        return _add(bill, _amount(m["p"]), outside=outside or on_top)
    fees = _LESS_FEES.fullmatch(clause)
    off = _OFF.fullmatch(clause) or fees
    bill.fees = bill.fees or fees is not None
    if m := off or _ON.fullmatch(clause):
        if not bill.expr or outside:
            return False
        whom = (m.groupdict().get("whom") or "").lower().split()
        if whom and (whom[-1].endswith("s") or for_some(whom[-1])):
            return False  # "15% off for members": is the asker one?
        if (gets := _GETS.match(clause)) and for_some(gets[1]):
            return False  # "members get 15% off": the same
        if m.groupdict().get("that") and bill.charges > 1:
            return False  # "… plus 12% contingency on that": on the last charge, or all?
        x = next(v for k, v in m.groupdict().items() if k[0] == "x" and v)
        bill.expr = f"({bill.expr}) * (1 {'-' if off else '+'} {_amount(x)}/100)"
        bill.after_percent = not m.groupdict().get("that")  # (of what is told before it only)
        bill.charges += 1
        return True
    return False


def _timed(m: re.Match[str], bill: _Bill, *, outside: bool) -> bool:
    """Things kept for a time at a price for each one for each period: n * periods * price."""
    said = m["what"].lower().split()
    unit, per = (m["unit"] or "unit").lower(), (m["per"] or m["per2"] or m["per3"]).lower()
    if unit not in _EACH_WORDS - _PEOPLE and not any(w.startswith(unit) for w in said):
        return False  # "2 rooms at £95 per person per night": the people are not told
    if bool(m["m"]) == bool(m["m2"]) or (m["periods"] or m["periods2"]).lower() != per:
        return False  # the time told once, in the period priced
    n, periods = _amount(m["n"]), _amount(m["m"] or m["m2"])
    bill.counts = (*bill.counts, (said[-1], n))
    return _add(bill, f"{n} * {periods} * {_amount(m['p'])}", outside=outside)


def _count_of(bill: _Bill, noun: str) -> str | None:
    """How many things "each one" or "every tyre" is: the last things told, or those named."""
    if not bill.counts:
        return None
    if noun in {"one", "each"}:
        return bill.counts[-1][1]
    named = [n for last, n in bill.counts if last.rstrip("s") == noun.rstrip("s")]
    return named[0] if len(named) == 1 else None


def _amount(p: str) -> str:
    return p.replace(",", "")


# A price said with its tax in it, and the price before the tax (or the tax) asked: "£90 includes
# VAT at 20%. What was the price before the VAT was added?" -> "90 / (1 + 20/100)"
_TAX_NAME = r"(?:vat|gst|sales\s+tax|tax)"
_TAX_INCLUDED = re.compile(
    rf"{_MONEY}\s+(?:includes|including|inc\.?|incl\.?|is\s+including)\s+(?:the\s+)?"
    rf"(?:{_TAX_NAME}\s+(?:at|of)\s+(?P<x>{NUM})\s?%|(?P<x2>{NUM})\s?%\s+{_TAX_NAME})",
    re.IGNORECASE,
)
_BEFORE_TAX_ASKED = re.compile(
    rf"(?:^|[.?!]\s+)(?:so\s+)?(?:what(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:price|cost|amount|figure)\s+"
    rf"(?:before|without|excluding|ex)\s+(?:the\s+)?{_TAX_NAME}(?:\s+(?:was|is)\s+added)?"
    r"|what(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:net|pre-vat|ex-vat)\s+(?:price|amount|cost)"
    rf"|(?P<tax>how\s+much\s+(?:of\s+(?:that|it)\s+)?(?:is|was)\s+(?:the\s+)?{_TAX_NAME}))\s*\??$",
    re.IGNORECASE,
)


def before_tax(body: str) -> str | None:
    """ "90 / (1 + 20/100)" for a price with its tax included and the price without it asked
    (or "90 - 90 / (1 + 20/100)", the tax), else None."""
    if len(body) > MAX_STORY or "%" not in body or not (asked := _BEFORE_TAX_ASKED.search(body)):
        return None
    told = list(_TAX_INCLUDED.finditer(body))
    if len(told) != 1 or len(re.findall(r"\d+(?:[.,]\d+)*", body)) != 2:
        return None  # (one price and its rate, and no other number)
    price, rate = _amount(told[0]["p"]), told[0]["x"] or told[0]["x2"]
    net = f"{price} / (1 + {rate}/100)"
    return f"{price} - {net}" if asked["tax"] else net
