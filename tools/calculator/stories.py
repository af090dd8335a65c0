"""One-step word problems the calculator reads: a story of one sentence that fixes a count or
a rate, then a question about the same things.

"A crate holds 24 bottles. How many bottles are in 37 crates?" -> "24 * 37"
"Tickets cost 12.50 each. How much do 18 tickets cost?" -> "12.50 * 18"
"A printer prints 45 pages per minute. How many pages does it print in 12 minutes?" -> "45 * 12"
"Maria had 350 stickers and gave away 128 of them. How many does she have left?" -> "350 - 128"
"He scored 612 points in 24 games. Points per game?" -> "612 / 24"
"There are 5 of us and the bill came to 186.40. How much does each person pay?" -> "186.40 / 5"
"Soup for 6 people takes 1.2 kg of potatoes. How many kg do I need for 15 people?" -> scaled
"How much interest does 5,000 earn at 4% simple interest over 3 years?" -> "5,000 * 4/100 * 3"

Each shape matches the whole text, and the question must name the same things the story did
(bottles and crates, pages and minutes, the same verb), so a story with one more fact or a
question about something else is not read. `one_step(body)` gives the expression or None.
Pure string work; `frames` asks it with the other story frames.
"""

from __future__ import annotations

import re

from tools.words import ORDINAL_NUMBERS

_NUM = r"\d[\d,]*(?:\.\d+)?"
_NOUN = r"[a-z]+"
_THING = r"[a-z]+(?: [a-z]+)?"  # "crate", "shipping box"
_STOP = r"[.;,]?\s+"

# "A crate holds 24 bottles. How many bottles are in 37 crates?"
_HOLDS = re.compile(
    rf"^(?:a|an|one|1|each|every) (?P<box>{_THING}) (?:holds|contains|has|fits|takes|carries)"
    rf" (?P<n>{_NUM}) (?P<item>{_NOUN}){_STOP}how many (?P<item2>{_NOUN})"
    r" (?:are|would be|will be|are there|fit|can fit|go)"
    rf" in (?P<m>{_NUM}) (?P<box2>{_THING})$",
    re.IGNORECASE,
)
# "Tickets cost 12.50 each. How much do 18 tickets cost?", "One ticket costs 12.50. How much
# do 18 tickets cost?"
_EACH_COSTS = re.compile(
    rf"^(?:(?P<items>{_THING}) cost (?P<p>{_NUM}) (?:each|apiece|a piece)"
    rf"|(?:a|an|one|1|each) (?P<item>{_THING}) costs (?P<p2>{_NUM})){_STOP}"
    rf"how much (?:do|would|will) (?P<n>{_NUM}) (?P<items2>{_THING}) cost$",
    re.IGNORECASE,
)
# "A printer prints 45 pages per minute. How many pages does it print in 12 minutes?"
_RATE = re.compile(
    rf"^(?:a|an|the|one|1|my|our) (?P<agent>{_THING}) (?P<verb>{_NOUN})s (?P<n>{_NUM})"
    rf" (?P<item>{_NOUN}) (?:per|a|an|each|every) (?P<unit>{_NOUN}){_STOP}"
    rf"how many (?P<item2>{_NOUN}) (?:does|will|would|can) (?:it|the (?P<agent2>{_THING}))"
    rf" (?P<verb2>{_NOUN}) in (?P<m>{_NUM}) (?P<unit2>{_NOUN})$",
    re.IGNORECASE,
)
# "Maria had 350 stickers and gave away 128 of them. How many does she have left?"
_LEFT = re.compile(
    rf"^(?P<who>(?-i:[A-Z][a-z]+)|i|we|he|she|they|(?:a|the|our|my) [a-z]+) (?:had|has|have|bought|baked|collected"
    rf"|picked|made) (?P<n>{_NUM}) (?P<item>{_NOUN}),? and (?:then )?"
    r"(?P<verb>gave away|gave|sold|lost|ate|used|spent|broke|donated|threw away|gives away|gives"
    r"|sells|loses|eats|uses|breaks|donates)"
    rf" (?P<m>{_NUM})(?: of them| (?P<item2>{_NOUN}))?"
    r"(?: to (?P<whose>his|her|their|my|our|a|the) [a-z]+)?"  # "gives 18 to his sister"
    rf"{_STOP}(?:how many (?:(?P<item3>{_NOUN}) )?(?:does|do|did) (?P<who2>{_NOUN}) have left"
    rf"|how many (?:(?P<item4>{_NOUN}) )?(?:are|is) left)$",
    re.IGNORECASE,
)
# "He scored 612 points in 24 games. Points per game?": a total over a count, per one
_PER = re.compile(
    rf"^(?P<who>(?-i:[A-Z][a-z]+)|i|we|he|she|they) (?:scored|made|ran|drove|earned|sold|read"
    rf"|wrote|walked|cycled|typed|used|spent|burned|collected|hit|gained|lost) (?P<n>{_NUM})"
    rf" (?P<item>{_NOUN}) in (?P<m>{_NUM}) (?P<unit>{_NOUN}){_STOP}"
    r"(?:how many |what(?:'s| is| was) (?:the |his |her |their |my |our )?(?:average )?)?"
    rf"(?P<item2>{_NOUN}) (?:per|a|each) (?P<unit2>{_NOUN})$",
    re.IGNORECASE,
)
# "There are 5 of us and the bill came to 186.40 including tip. How much does each person pay?"
_SPLIT = re.compile(
    rf"^there (?:are|were) (?P<n>{_NUM}) of us,? and the (?:bill|check|total|meal|dinner)"
    rf" (?:came to|comes to|is|was) (?P<b>{_NUM})(?: including (?:the )?(?:tip|tax|everything))?"
    rf"{_STOP}how much (?:does|should|will|do) (?:each (?:person|one|of us)|we each) pay$",
    re.IGNORECASE,
)
# Interest on a principal: simple, or compounded once a year.
_SIMPLE = re.compile(
    rf"^how much interest (?:does|will|would) (?P<p>{_NUM}) (?:earn|make|get|yield) at"
    rf" (?P<r>{_NUM}) ?% simple interest (?:over|for|in) (?P<t>{_NUM}) years?$",
    re.IGNORECASE,
)
# ... said per week, month or year: "What is the simple interest on 450 at 1.2% per week for 13
# weeks?", and what repays it: "Pledge loan of 450 at 1.2% simple interest per week, redeemed
# after 13 weeks. How much to redeem it?" (the period of the rate and of the term alike)
_PERIOD = r"(?P<u>year|month|week|day)"
_SIMPLE_PER = re.compile(
    rf"^(?:what(?:'s| is) )?the simple interest on (?P<p>{_NUM}) at (?P<r>{_NUM}) ?% (?:per|a|an) {_PERIOD}"
    rf" (?:for|over) (?P<t>{_NUM}) (?P<u2>year|month|week|day)s?$"
    rf"|^(?:(?:an?|the|my) )?(?:[a-z]+ ){{0,2}}(?:of )?(?P<p3>{_NUM}) at (?P<r3>{_NUM}) ?% simple interest"
    rf" (?:per|a|an) (?P<u3>year|month|week|day),? (?P<done>redeemed|repaid|paid back) after"
    rf" (?P<t3>{_NUM}) (?P<u4>year|month|week|day)s?{_STOP}how much (?:to|do i need to|will it cost to)"
    r" (?:redeem|repay|pay back|clear)(?: it)?$",
    re.IGNORECASE,
)
_COMPOUND = re.compile(
    rf"^(?P<p>{_NUM}) (?:invested|deposited|saved|put away) at (?P<r>{_NUM}) ?%(?: interest)?"
    rf",? compounded (?:annually|yearly|once a year),? for (?P<t>\d{{1,2}}) years?,? (?:grows to"
    r" what(?: amount)?|is worth how much|becomes what|grows to how much)$",
    re.IGNORECASE,
)
# ... the balance asked after the k-th compounding (set 186: "$5,000 at 4% interest compounded
# once a year, what's the balance after the third compounding")
_COMPOUND_KTH = re.compile(
    rf"^(?P<p>{_NUM}) at (?P<r>{_NUM}) ?%(?: interest)?,? compounded (?:annually|yearly|once a year)"
    rf",? what(?:'s| is) (?:the |my )?(?:balance|total|amount) after the (?P<k>\d{{1,2}}(?:st|nd|rd|th)"
    rf"|{'|'.join(ORDINAL_NUMBERS)}) (?:compounding|year)$",
    re.IGNORECASE,
)
# A round robin: "our shuffleboard league has 9 teams and every team plays every other team
# twice, once home once away. how many matches is that in total" (set 186) -> 9 * 8 / 2 * 2
_ROUND_ROBIN = re.compile(
    rf"^(?:our |the |a |my )?(?:[a-z]+ ){{0,2}}(?:league|tournament|competition|group|division|pool)"
    rf" has (?P<n>\d{{1,3}}) (?P<who>teams|players|clubs|sides|pairs)(?:,| and) (?:every|each)"
    r" (?:team|player|club|side|pair) plays (?:every|each) other (?:team|player|club|side|pair|one)"
    r" (?P<t>once|twice)(?:,? once (?:at )?home(?:,? and)? once away)?"
    rf"{_STOP}how many (?:matches|games|fixtures) (?:is that|are there|will there be|in total)"
    r"(?: in total)?$",
    re.IGNORECASE,
)
# A recipe scaled: "Soup for 6 people takes 1.2 kg of potatoes. How many kg do I need for 15
# people?", "My recipe makes 24 cookies with 340 g of flour. For 36 cookies how many grams of
# flour?"; the amount asked in the unit it was given in.
_UNITS = {
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilos": "kg", "ml": "ml", "millilitres": "ml", "milliliters": "ml", "l": "l",
    "litres": "l", "liters": "l", "cup": "cup", "cups": "cup", "tbsp": "tbsp",
    "tablespoons": "tbsp", "tsp": "tsp", "teaspoons": "tsp", "oz": "oz", "ounces": "oz",
    "lb": "lb", "lbs": "lb", "pounds": "lb", "eggs": "egg",
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_AMOUNT = rf"(?P<q>{_NUM}) ?(?P<u>{_UNIT})(?: of (?P<i>{_NOUN}))?"
_ASKED = rf"how (?:many|much) (?P<u2>{_UNIT})(?: of (?P<i2>{_NOUN}))?"
_NEED = r"(?: (?:do|will|would) (?:i|we|you) need| (?:are|is) needed)?"
_SCALED = (
    re.compile(
        rf"^(?P<dish>{_THING}) for (?P<a>{_NUM}) (?P<t>{_NOUN}) (?:takes|needs|uses|calls for"
        rf"|requires) {_AMOUNT}{_STOP}{_ASKED}{_NEED} for (?P<b>{_NUM}) (?P<t2>{_NOUN})$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:my |the |this |a )?(?:recipe|batch) (?:makes|serves|feeds|yields) (?P<a>{_NUM})"
        rf" (?P<t>{_NOUN}) (?:with|using|and uses|and needs|and takes) {_AMOUNT}{_STOP}"
        rf"for (?P<b>{_NUM}) (?P<t2>{_NOUN}),? {_ASKED}{_NEED}$",
        re.IGNORECASE,
    ),
)
# A rate per an amount, then another amount: "Tomato feed is 15 ml per 5 litres of water. My can
# holds 12 litres — how many ml of feed?", "Lawn seed goes down at 35 g per square metre and the
# lawn is 48 square metres. Grams needed?", "My gauge is 22 stitches per 10 cm. How many
# stitches should I cast on for 50 cm?"
_RATE_HEAD = (
    rf"^[^\d]{{0,40}}?(?P<q>{_NUM}) ?(?P<x>[a-z]+) per (?:(?P<b>{_NUM}) ?)?(?P<u>[a-z]+(?: [a-z]+)?)"
    r"(?: of [a-z]+)?"
)
_PER_AMOUNT = (
    re.compile(
        rf"{_RATE_HEAD}(?:[.;,]\s+|\s+and\s+)[^\d]{{0,40}}?(?P<c>{_NUM}) ?(?P<u2>[a-z]+(?: [a-z]+)?)"
        r"(?:\s*[—–-]\s*|[.;,]\s*|\s+)(?:how many (?P<x2>[a-z]+)(?: of [a-z]+)?|(?P<x3>[a-z]+) needed)$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_RATE_HEAD}[.;,]\s+how many (?P<x2>[a-z]+) (?:should|do|would|will) (?:i|we|you) [a-z]+"
        rf"(?: [a-z]+)? for (?P<c>{_NUM}) ?(?P<u2>[a-z]+(?: [a-z]+)?)$",
        re.IGNORECASE,
    ),
)
# "catering for 120 guests at 180 g of rice each, how many grams of rice in total?"
_EACH_AMOUNT = re.compile(
    rf"^[a-z ]{{0,20}}?(?P<n>{_NUM}) [a-z]+ at {_AMOUNT} each[.;,]?\s+{_ASKED}(?: in total)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def one_step(body: str) -> str | None:
    """The expression for a one-step word problem (see the module doc), or None."""
    if m := _HOLDS.match(body):
        if _same(m["item"], m["item2"]) and _same(m["box"], m["box2"]):
            return f"{m['n']} * {m['m']}"
        return None
    if m := _EACH_COSTS.match(body):
        if _same(m["items"] or m["item"], m["items2"]):
            return f"{m['p'] or m['p2']} * {m['n']}"
        return None
    if m := _RATE.match(body):
        same_agent = m["agent2"] is None or _same(m["agent"], m["agent2"])
        if (
            same_agent
            and m["verb"].lower() == m["verb2"].lower()
            and _same(m["item"], m["item2"])
            and _same(m["unit"], m["unit2"])
        ):
            return f"{m['n']} * {m['m']}"
        return None
    if (m := _PER.match(body)) and _same(m["item"], m["item2"]) and _same(m["unit"], m["unit2"]):
        return f"{m['n']} / {m['m']}"
    if m := _SPLIT.match(body):
        return f"{m['b']} / {m['n']}"
    if m := _SIMPLE.match(body):
        return f"{m['p']} * {m['r']}/100 * {m['t']}"
    if (m := _SIMPLE_PER.match(body)) and (m["u"] or m["u3"]) == (m["u2"] or m["u4"]):
        if m["done"]:  # what repays the loan: the principal and its interest
            return f"{m['p3']} + {m['p3']} * {m['r3']}/100 * {m['t3']}"
        return f"{m['p']} * {m['r']}/100 * {m['t']}"
    if m := _COMPOUND.match(body):
        return f"{m['p']} * (1 + {m['r']}/100)^{m['t']}"
    if m := _ROUND_ROBIN.match(body):
        return f"{m['n']} * ({m['n']} - 1) / 2" + (" * 2" if m["t"].lower() == "twice" else "")
    if m := _COMPOUND_KTH.match(body):
        k = m["k"].lower()
        n = int(k[:-2]) if k[0].isdigit() else ORDINAL_NUMBERS[k]
        return f"{m['p']} * (1 + {m['r']}/100)^{n}"
    for pattern in _PER_AMOUNT:
        m = pattern.match(body)
        if m and _same_unit(m["x"], m["x2"] or m["x3"]) and _same(m["u"], m["u2"]):
            return f"{m['q']} * {m['c']}" + (f" / {m['b']}" if m["b"] else "")
    m = _EACH_AMOUNT.match(body)
    if m and _same_unit(m["u"], m["u2"]) and (m["i2"] is None or _same(m["i"] or "", m["i2"])):
        return f"{m['n']} * {m['q']}"
    for pattern in _SCALED:
        if (m := pattern.match(body)) and _scaled_alike(m):
            return f"{m['q']} * {m['b']} / {m['a']}"
    if m := _LEFT.match(body):
        items = [x for x in (m["item2"], m["item3"], m["item4"]) if x]
        fewer = float(m["m"].replace(",", "")) <= float(m["n"].replace(",", ""))
        # ("How many are left?" asks of the story's own things)
        same_one = m["who2"] is None or _same_person(m["who"], m["who2"])
        if m["whose"] and m["who2"]:  # "gives 18 to his sister. … does she have left?": hers
            same_one = same_one and _OWNER.get(m["whose"].lower()) == m["who2"].lower()
        if fewer and all(_same(m["item"], x) for x in items) and same_one:
            return f"{m['n']} - {m['m']}"
    return None


_OWNER = {"his": "he", "her": "she", "their": "they", "my": "i", "our": "we"}


def _same(a: str, b: str) -> bool:
    """The same things, one or many: "crate" and "crates", "box" and "boxes"."""
    return _stem(a) == _stem(b)


def _stem(words: str) -> str:
    *head, last = words.lower().split()
    for ending in ("ies", "es", "s"):
        if last.endswith(ending) and len(last) > len(ending) + 2:
            last = last[: -len(ending)] + ("y" if ending == "ies" else "")
            break
    return " ".join([*head, last.rstrip("e")])


def _same_person(story: str, question: str) -> bool:
    """The question asks about who the story is about: "Maria ... does she", "I ... do I"."""
    story, question = story.lower(), question.lower()
    if story in _PRONOUNS:
        return story == question
    return question in (story, "he", "she", "they")


def _scaled_alike(m: re.Match[str]) -> bool:
    """The question counts the same things and asks the same amount in the same unit."""
    same_items = m["i2"] is None or (m["i"] is not None and _same(m["i"], m["i2"]))
    unit = _UNITS[m["u"].lower()] == _UNITS[m["u2"].lower()]
    return unit and same_items and _same(m["t"], m["t2"])


def _same_unit(a: str, b: str) -> bool:
    """The same unit however written ("g" and "grams"), or the same things ("stitches")."""
    a, b = a.lower(), b.lower()
    if a in _UNITS and b in _UNITS:
        return _UNITS[a] == _UNITS[b]
    return _same(a, b)
