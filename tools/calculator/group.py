"""A price a head and a group, for `told`: "A coach tour is $54 a head and our party of 38 gets
15% off. How much does the party pay in total?" -> "38 * 54 * (1 - 15/100)", "An alpaca trek is
$65 per person and a 12% service charge gets added on top. How much for a group of 6?"
-> "6 * 65 * (1 + 12/100)".

One price said for one person, one group said by its size, at most one percentage off or on the
whole, and the whole bill asked; every number of the text is one of them. A percentage with a
condition ("groups of 10 or more get 15% off") leaves a number unread and abstains. Pure string
work.
"""

from __future__ import annotations

import re

from tools.calculator.measures import NUM
from tools.calculator.rates import MAX_STORY
from tools.words import stray_digit

_HEAD_PRICE = re.compile(
    rf"[$€£]\s?(?P<p>{NUM})\s+(?:a\s+head|per\s+(?:person|head)|each|a\s+person)\b", re.IGNORECASE
)
_GROUP = re.compile(
    r"\b(?:an?|our|the|my|their)\s+(?:group|party|team|family|class|coach\s+party)\s+of\s+"
    r"(?P<n>\d+)\b|\bthere\s+are\s+(?P<n2>\d+)\s+of\s+us\b|\bfor\s+(?P<n3>\d+)\s+(?:people|adults"
    r"|guests|of\s+us)\b",
    re.IGNORECASE,
)
_OFF = re.compile(
    rf"\b(?:gets?|get|with|and|less)\s+(?:a\s+)?(?P<x>{NUM})%\s+(?:off|discount)\b", re.IGNORECASE
)
_ON = re.compile(
    rf"\b(?:an?\s+)?(?P<x>{NUM})%\s+(?:service\s+charge|vat|sales\s+tax)\b(?:\s+(?:gets\s+|is\s+)?"
    r"added)?(?:\s+on\s+top)?",
    re.IGNORECASE,
)
# Someone who pays another price, or a price that is not simply paid
_ANOTHER_PRICE = re.compile(
    r"\b(?:half|children|child|kids?|students?|concessions?|seniors?|pensioners?|members?|free"
    r"|under|over|except|but|only|if|unless|extra|deposit|minimum|first|or|plus|tip|per\s+(?!person"
    r"|head)[a-z]+)\b",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"(?:^|[.?!]\s+)(?:so\s+)?(?:how\s+much(?:\s+(?:is\s+it|is\s+that|will\s+it\s+be))?(?:\s+for\s+"
    r"(?:the|a|our)\s+(?:group|party|team|family|class)(?:\s+of\s+\d+)?)?(?:\s+in\s+total|\s+altogether)?"
    r"|how\s+much\s+(?:does|will|would|do)\s+(?:the|our|a)\s+(?:group|party|team|family|class)\s+pay"
    r"(?:\s+in\s+total|\s+altogether)?"
    r"|what(?:'s|\s+is)\s+the\s+total(?:\s+(?:bill|cost))?(?:\s+for\s+(?:the|a|our)\s+(?:group|party"
    r"|team|family|class)(?:\s+of\s+\d+)?)?|what\s+do\s+we\s+pay(?:\s+in\s+total)?"
    r"|what(?:'s|\s+is)\s+the\s+(?:group|party|team|family|class)'s\s+total(?:\s+(?:bill|cost))?)"
    r"\s*[?.]?$",
    re.IGNORECASE,
)


def group_price(body: str) -> str | None:
    """The expression for a price a head times a group, with a percentage off or on; or None."""
    if len(body) > MAX_STORY or not any(c in body for c in "$€£"):
        return None
    asked = _ASKED.search(body)
    prices, groups = list(_HEAD_PRICE.finditer(body)), list(_GROUP.finditer(body))
    if not asked or len(prices) != 1 or len(groups) != 1:
        return None
    offs, ons = list(_OFF.finditer(body)), list(_ON.finditer(body))
    if len(offs) + len(ons) > 1 or stray_digit(body, prices + groups + offs + ons):
        return None
    if _ANOTHER_PRICE.search(body):
        return None  # "children go half price", "or $40 for students": not one price for all
    n = next(g for g in groups[0].group("n", "n2", "n3") if g)
    expr = f"{n} * {prices[0]['p'].replace(',', '')}"
    for m, sign in ((offs[0] if offs else None, "-"), (ons[0] if ons else None, "+")):
        if m is not None:
            expr = f"{expr} * (1 {sign} {m['x'].replace(',', '')}/100)"
    return expr


# A first hour (day, night) at one price and each one after at another: "Canoe hire is $38 for
# the first hour and $14 for each extra hour. How much for a 5-hour paddle?" -> "38 + (5 - 1) * 14"
_UNITS = r"hour|day|night|week|session|lesson|game|round|class"
# (any thing counted: "£95 for the first plot and £42 for each further plot", "… each further one")
_TIERED = re.compile(
    rf"[$€£]\s?(?P<first>{NUM})\s+for\s+the\s+first\s+(?P<u>[a-z]{{3,}})\b,?\s+(?:and|then|plus)\s+"
    rf"[$€£]\s?(?P<next>{NUM})\s+(?:for\s+|an?\s+|per\s+)?(?:each|every)\s+(?:extra|additional|further)"
    rf"\s+(?P<u2>[a-z]{{3,}}|1)\b|[$€£]\s?(?P<first2>{NUM})\s+for\s+the\s+first\s+(?P<u3>{_UNITS})\b,?\s+"
    rf"(?:and|then|plus)\s+[$€£]\s?(?P<next2>{NUM})\s+(?:for\s+)?(?:each|every|an?|per)\s+(?P<u4>{_UNITS})"
    r"\s+(?:after\s+that|after|thereafter|afterwards)\b",
    re.IGNORECASE,
)
_HOW_LONG = re.compile(
    rf"(?:^|[.?!]\s+)(?:so\s+)?(?:how\s+much|what(?:'s|\s+is)\s+the\s+(?:cost|bill|total))\s+for\s+"
    rf"(?:an?\s+)?(?P<n>\d+)[-\s](?P<u>{_UNITS})s?\b(?:\s+[a-z]+)?\s*[?.]?$",
    re.IGNORECASE,
)


# … or the count told and the total asked: "My dog is in 5 classes. Total?"
# ... or the whole length told, then the bill asked: "job is running 11 weeks in total, what's
# the hire bill"
_LENGTH_TOLD = re.compile(
    rf"(?:^|[.!]\s+)(?:the\s+|our\s+|my\s+)?[a-z]+\s+(?:runs|is\s+running|will\s+run|lasts|is\s+booked"
    rf"\s+for|is\s+on\s+hire\s+for)\s+(?P<n>\d+)\s+(?P<u>{_UNITS})s?(?:\s+in\s+total)?(?=\s*[.,]\s)",
    re.IGNORECASE,
)
_BILL_ASKED = re.compile(
    r"(?:^|[.?!,]\s+)(?:so\s+)?what(?:'s|\s+is)\s+the\s+(?:[a-z]+\s+)?(?:bill|total|cost|fee|charge)"
    r"\s*[?.]?$",
    re.IGNORECASE,
)
# ... or the count told: "A development has 37 plots.", "The client has 4 documents."
_COUNT_TOLD = re.compile(
    r"(?:^|[.!]\s+)(?!(?:each|every|all|both)\b)[a-z' ]{1,40}?\s+(?:has|have|had|sends?|sent|brings?"
    r"|brought|orders?|ordered|needs?|wants?)\s+(?P<n>\d+)\s+(?P<u>[a-z]{3,}?)(?:es|s)?(?=\s*[.,]\s|\.?$)",
    re.IGNORECASE,
)
_COUNT_IN = re.compile(
    # (one subject: not "Each of my dogs is in 5 classes", nor "Both dogs are …")
    rf"(?:^|[.!]\s+)(?!(?:each|every|all|both)\b)[a-z' ]{{1,30}}?\s+is\s+(?:entered\s+)?in\s+(?P<n>\d+)\s+(?P<u>{_UNITS})(?:es|s)?"
    r"\.?$",
    re.IGNORECASE,
)


def first_then_each(body: str, *, total: bool = False) -> str | None:
    """ "38 + (5 - 1) * 14" for a first unit's price, each further one's, and a length asked
    (or told, when `total`: the whole bill was asked in a frame already taken off)."""
    if len(body) > MAX_STORY or "first" not in body.lower():
        return None
    tiers, asked = list(_TIERED.finditer(body)), _HOW_LONG.search(body)
    if asked is None and total:
        asked = _COUNT_IN.search(body) or _COUNT_TOLD.search(body)
    if asked is None and _BILL_ASKED.search(body):
        # "The job runs 11 weeks. What's the hire bill?", "A development has 37 plots. Fee?"
        asked = _LENGTH_TOLD.search(body) or _COUNT_TOLD.search(body)
    if len(tiers) != 1 or asked is None or stray_digit(body, [tiers[0], asked]):
        return None
    m = tiers[0]
    unit = (m["u"] or m["u3"]).lower()
    then = (m["u2"] or m["u4"]).lower()
    if {unit, unit if then in ("one", "1") else then, asked["u"].lower()} != {unit} or int(
        asked["n"]
    ) < 2:
        return None  # ("the first hour … each extra day"; a length in other units)
    if _ANOTHER_PRICE.search(body[: m.start()] + body[m.end() : asked.start()]):
        return None  # ("… but kids go free"): another price for some
    first, each = (m["first"] or m["first2"]), (m["next"] or m["next2"])
    return f"{first.replace(',', '')} + ({asked['n']} - 1) * {each.replace(',', '')}"
