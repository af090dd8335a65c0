"""Word problems whose question names the amounts it uses: a share of one named amount in
another, and a mark weighted by named parts.

"Food cost this week was £3,114 against sales of £10,380. What is food cost as a percentage of
sales?"  -> "3114 / 10380 * 100"
"A module is 40% coursework and 60% exam. A student got 72 in coursework and 58 in the exam.
What's the module mark?"  -> "40% of 72 + 60% of 58"

Each name must be found once in the story with one number right after it (or, for weights,
right before it), every number of the story must be used, and the weights must add up to 100%.
Anything else abstains. `named_amounts(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rate_words import NOT_UNITS
from tools.calculator.rates import (
    MAX_STORY,
    NUM,
    SENTENCES,
    story_and_question,
)
from tools.words import has_digit, stray_digit

_NAME = r"[a-z][a-z' -]{0,30}?"
# "What is food cost as a percentage of sales", "What percentage of sales is food cost",
# "food cost is what percentage of sales"
_SHARE_ASKED = (
    re.compile(
        rf"^what(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?P<a>{_NAME})\s+as\s+a\s+(?:percentage|per\s*cent)"
        rf"\s+of\s+(?:the\s+)?(?P<b>{_NAME})$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^what\s+(?:percentage|per\s*cent)\s+of\s+(?:the\s+)?(?P<b>{_NAME})\s+(?:is|was|were|are)"
        rf"\s+(?:the\s+)?(?P<a>{_NAME})$",
        re.IGNORECASE,
    ),
)
# The number that follows a name within a few words: "food cost this week was £3,114",
# "sales of £10,380", "72 in coursework" is found from the other side (see _SCORE).
_AFTER_NAME = r"(?:\s+[a-z']+){0,4}?\s+(?:was|is|were|are|came\s+to|of|totalled|totaled|:)?\s*"
_MONEY = r"[$€£¥₹]?\s?"
# Questions that ask for a weighted mark
_MARK_ASKED = re.compile(
    r"^what(?:'s|\s+is|\s+was|\s+will\s+be)\s+(?:the|my|his|her|their|our)\s+(?:[a-z]+\s+){0,2}"
    r"(?:mark|grade|score|result|(?<=weighted\s)(?:average|mean))(?:\s+for\s+the\s+[a-z]+)?$",
    re.IGNORECASE,
)
_ONE_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"  # one of a list: "62, 71" is two
# "My module marks are 62, 71, 58 and 67, weighted 20%, 30%, 25% and 25%": paired in order
_LISTED = rf"{NUM}(?:,\s+{NUM})*,?\s+and\s+{NUM}"
_PAIRED = re.compile(
    rf"(?<![\w.,])(?P<marks>{_LISTED}),?\s+(?:weighted|worth)\s+(?:at\s+)?"
    rf"(?P<weights>{NUM}\s*%(?:,\s+{NUM}\s*%)*,?\s+and\s+{NUM}\s*%)(?:\s+respectively)?",
    re.IGNORECASE,
)
_WEIGHT = re.compile(rf"(?P<w>{NUM})\s*%\s+(?:for\s+)?(?:the\s+)?(?P<name>[a-z]+)", re.IGNORECASE)
# ... or the part named first: "a test counts 30%, a project 50% and a presentation 20%"
_WEIGHT_AFTER = re.compile(
    rf"\b(?:an?|the|her|his|my)\s+(?P<name>[a-z]+)\s+(?:(?:counts|is\s+worth|carries)\s+(?:for\s+)?)?"
    rf"(?P<w>{NUM})\s*%",
    re.IGNORECASE,
)
_SCORE_LIST = re.compile(
    rf"\b(?:i|she|he|they|we|[A-Z][a-z]+)\s+(?:got|scored|had|earned)\s+{NUM}(?:,\s+{NUM})*,?\s+and\s+{NUM}"
    r"(?:\s+respectively)?[.!]?\s*$",
    re.IGNORECASE,
)
_SCORE = re.compile(
    rf"(?P<s>{NUM})(?:\s*%)?\s+(?:in|on|for)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+)?"
    r"(?P<name>[a-z]+)",
    re.IGNORECASE,
)


def named_amounts(body: str) -> str | None:
    """The expression for a share of named amounts or a weighted mark, else None."""
    if len(body) > MAX_STORY:
        return None
    sentences = SENTENCES.split(body.strip())
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].rstrip("?. "), " ".join(sentences[:-1])
    for pattern in _SHARE_ASKED:
        if m := pattern.match(question):
            return _share(story, m["a"].strip(), m["b"].strip())
    if _MARK_ASKED.match(question):
        return _weighted(story)
    return None


def _amount_of(story: str, name: str) -> re.Match[str] | None:
    """The one number said right after `name` in the story."""
    found = list(
        re.finditer(
            rf"\b{re.escape(name)}\b{_AFTER_NAME}{_MONEY}(?P<n>{NUM})(?![\d%])",
            story,
            re.IGNORECASE,
        )
    )
    return found[0] if len(found) == 1 else None


def _share(story: str, a: str, b: str) -> str | None:
    if a.lower() == b.lower():
        return None
    first, second = _amount_of(story, a), _amount_of(story, b)
    if first is None or second is None or first.start("n") == second.start("n"):
        return None
    if stray_digit(story, [first, second]):
        return None
    top, bottom = (m["n"].replace(",", "") for m in (first, second))
    return None if Fraction(bottom) == 0 else f"{top} / {bottom} * 100"


def _weighted(story: str) -> str | None:
    if paired := _PAIRED.search(story):
        marks, weights = (re.findall(_ONE_NUMBER, paired[g]) for g in ("marks", "weights"))
        if len(marks) != len(weights) or stray_digit(story, [paired]):
            return None
        if sum(Fraction(w.replace(",", "")) for w in weights) != 100:
            return None
        return " + ".join(f"{w}% of {m}" for m, w in zip(marks, weights, strict=True))
    weights = list(_WEIGHT.finditer(story))
    if len(weights) < 2:
        weights = list(_WEIGHT_AFTER.finditer(story))
    scores = [
        m for m in _SCORE.finditer(story) if m.start() >= (weights[-1].end() if weights else 0)
    ]
    names = [w["name"].lower() for w in weights]
    if len(weights) < 2 or len(set(names)) != len(names):
        return None
    if sum(Fraction(w["w"].replace(",", "")) for w in weights) != 100:
        return None
    by_name = {s["name"].lower(): s["s"] for s in scores}
    if not scores and (listed := _SCORE_LIST.search(story, weights[-1].end())):
        # "… 50% written. I got 68, 74 and 81.": the scores in the order the parts were given
        marks = re.findall(_ONE_NUMBER, listed.group())
        if len(marks) != len(weights) or stray_digit(story, [*weights, listed]):
            return None
        return " + ".join(f"{w['w']}% of {s}" for w, s in zip(weights, marks, strict=True))
    if len(scores) != len(weights) or set(by_name) != set(names):
        return None
    if stray_digit(story, [*weights, *scores]):
        return None
    return " + ".join(f"{w['w']}% of {by_name[w['name'].lower()]}" for w in weights)


# "the meal came to £247.80 and there's 7 of us, how much each": an even share per head
_PER_HEAD = re.compile(
    rf"^(?:[a-z' ]{{0,40}}?\s)?(?:came\s+to|comes\s+to|was|is|cost|costs|totalled|totaled)\s+"
    rf"{_MONEY}(?P<n>{NUM})(?:,|\s+and)\s+(?:there(?:'s|\s+is|\s+are|\s+were)|we(?:'re|\s+are"
    r"|\s+were))\s+(?P<k>\d+)\s+of\s+us[,.]?\s+(?:so\s+)?how\s+much\s+(?:is\s+it\s+|is\s+that\s+)?"
    r"(?:each|per\s+person|per\s+head|a\s+head)$",
    re.IGNORECASE,
)


# "Six of us are splitting the £2,877 yacht charter evenly. How much does each person pay?"
_SPLITTING = re.compile(
    rf"^(?P<k>\d+)\s+of\s+us\s+(?:are\s+)?(?:splitting|sharing|dividing)\s+(?:the\s+|a\s+)?"
    rf"{_MONEY}(?P<n>{NUM})(?:\s+[a-z-]+){{0,3}}?(?:\s+(?:evenly|equally))?\.\s+how\s+much\s+"
    r"(?:does|do|will|should)\s+each\s+(?:person|of\s+us|one)\s+(?:pay|owe|put\s+in)$",
    re.IGNORECASE,
)


# "Sorry for my english, we are 9 people and the bill is 315.90, how much pay each one?"
_WE_ARE = re.compile(
    rf"^(?:[a-z' ,]{{0,40}}?\s)?we\s+are\s+(?P<k>\d+)(?:\s+people|\s+of\s+us)?\s+and\s+the\s+"
    rf"(?:bill|total|cost)\s+(?:is|was|came\s+to)\s+{_MONEY}(?P<n>{NUM})[,.]?\s+how\s+much\s+"
    r"(?:does\s+|do\s+|should\s+)?(?:pay\s+each(?:\s+one|\s+1|\s+person)?"
    r"|each(?:\s+one|\s+1|\s+person)?"
    r"\s+(?:pays?|owes?))$",
    re.IGNORECASE,
)


def per_head(body: str) -> str | None:
    """ "247.80 / 7" for a bill and a number of people asking how much each pays."""
    body = body.strip()
    m = _PER_HEAD.match(body) or _SPLITTING.match(body) or _WE_ARE.match(body)
    if m is None or int(m["k"]) < 2:
        return None
    return f"{m['n']} / {m['k']}".replace(",", "")


# A change between two amounts, asked as a percentage: "We sold 38 bikes in March and 57 in
# April. By what percentage did sales go up?", "went from 80 kg to 102 kg … What's that as a
# percentage increase?"; and a part of a whole: "sold 216 of its 240 room-nights … What was the
# occupancy as a percentage?"
_UP = r"go\s+up|went\s+up|rise|rose|increase|grow|grew|climb|improve"
_DOWN = r"go\s+down|went\s+down|fall|fell|drop|decrease|shrink|shrank|decline"
_CHANGE_ASKED = re.compile(
    rf"^(?:by\s+)?what\s+(?:percentage|per\s*cent)\s+(?:did|has|have|does)\s+[a-z' ]{{1,40}}?\s+"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+by)?"
    rf"|^what(?:'s|\s+is|\s+was)\s+(?:that|this|the\s+change)\s+as\s+a\s+(?:percentage|per\s*cent)"
    rf"\s+(?:(?P<up2>increase|rise|gain)|(?P<down2>decrease|fall|drop|loss))"
    rf"|^what\s+(?:percentage|per\s*cent)\s+(?:(?P<up3>increase|rise)|(?P<down3>decrease|fall"
    r"|drop))\s+(?:is|was)\s+(?:that|this)"
    # "The jacket was £80 and is now £60. What's the percentage discount?"
    r"|^what(?:'s|\s+is|\s+was)\s+the\s+(?:percentage|per\s*cent)\s+(?:(?P<down4>discount|reduction"
    r"|saving|decrease|drop|fall)|(?P<up4>increase|rise|gain))\b",
    re.IGNORECASE,
)
_PART_ASKED = re.compile(
    r"^what(?:'s|\s+is|\s+was)\s+(?:the\s+)?[a-z]+(?:\s+rate)?\s+as\s+a\s+(?:percentage|per\s*cent)"
    r"|^what\s+(?:percentage|per\s*cent)\s+(?:of\s+(?:the|our|my|their|his|her)\s+[a-z]+\s+)?"
    r"(?:is|was)\s+(?:that|this)"
    # "I got 45 out of 60. What's my percentage?"
    # ("What's her free-throw percentage?" after "made 138 of her 184 free throws")
    r"|^what(?:'s|\s+is|\s+was)\s+(?:my|her|his|their|our|the)\s+(?:score\s+as\s+a\s+"
    r"|[a-z]+(?:-[a-z]+)?\s+)?percentage$",
    re.IGNORECASE,
)
# "Income was £46,800 and we spent £39,312 on activities. What percentage of our income went
# on those activities?": the amount said with the whole's name, and the other one its part
_SPENT_SHARE = re.compile(
    r"^what\s+(?:percentage|per\s*cent)\s+of\s+(?:the|our|my|their|his|her)\s+(?P<whole>[a-z]+)"
    r"\s+(?:went|was\s+spent|goes|is\s+spent)\s+on\s+[a-z ]{1,40}$",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    rf"(?<![\w.,])(?P<part>{NUM})\s+(?:of|out\s+of)\s+(?:its|the|our|their|my|his|her|all)?\s*"
    rf"(?:[a-z-]+\s+)?[$€£¥₹]?(?P<whole>{NUM})(?![\d,]|\.\d)",
    re.IGNORECASE,
)
# ... or money raised towards a target: "has raised £8,460 towards its £23,500 target", "needs
# £48,600 and we've raised £31,347 so far"
_TOWARDS = re.compile(
    rf"[$€£¥₹](?P<part>{NUM})\s+(?:so\s+far\s+)?towards\s+(?:its|the|our|their|my|a)\s+"
    rf"[$€£¥₹](?P<whole>{NUM})\s+(?:target|goal)\b"
    rf"|\bneeds\s+[$€£¥₹](?P<whole2>{NUM})\s+and\s+(?:we've|we\s+have|they've|it\s+has|has)\s+"
    rf"raised\s+[$€£¥₹](?P<part2>{NUM})(?:\s+so\s+far)?",
    re.IGNORECASE,
)
AMOUNT = re.compile(  # an amount, maybe with its money sign or a unit word after it
    rf"(?<![\w.,]){_MONEY}(?P<n>{NUM})(?![\d%]|[.,]\d)(?:\s*(?P<unit>[a-z]+))?(?![\d%]|[.,]\d)"
)
_NO_CHANGE_WORDS = re.compile(
    r"\b(?:not|but|if|except|excluding|than|more|less|twice|half|each|per|every|average)\b|%",
    re.IGNORECASE,
)


def percent_change(body: str) -> str | None:
    """ "(57 - 38) / 38 * 100" for two amounts and a question for their change as a
    percentage; "216 / 240 * 100" for a part of a whole asked as one."""
    if (said := story_and_question(body)) is None:
        return None
    story, question = said[0], said[1].rstrip("?. ")
    if _NO_CHANGE_WORDS.search(story) or has_digit(question):
        return None
    if _PART_ASKED.match(question) and (part := _PART_OF.search(story) or _TOWARDS.search(story)):
        if stray_digit(story, [part]):
            return None
        a, b = ((part[g] or part[f"{g}2"]).replace(",", "") for g in ("part", "whole"))
        return None if Fraction(b) == 0 or Fraction(a) > Fraction(b) else f"{a} / {b} * 100"
    amounts = list(AMOUNT.finditer(story))
    if (share := _SPENT_SHARE.match(question)) and len(amounts) == 2:
        return _share_of(story, share["whole"], amounts)
    asked = _CHANGE_ASKED.match(question)
    if asked is None or len(amounts) != 2 or stray_digit(story, amounts):
        return None
    units = {(m["unit"] or "").lower().rstrip("s") for m in amounts} - {""} - NOT_UNITS
    if len(units) > 1:
        return None
    old, new = (Fraction(m["n"].replace(",", "")) for m in amounts)
    up = bool(asked["up"] or asked["up2"] or asked["up3"] or asked["up4"])
    if old == 0 or (up and new <= old) or (not up and new >= old):
        return None  # the story went the other way: the model says what happened
    a, b = (m["n"].replace(",", "") for m in amounts)
    return f"({b} - {a}) / {a} * 100" if up else f"({a} - {b}) / {a} * 100"


_SPENT_ON = re.compile(r"\b(?:spent|spend|spends|paid|pay|pays)\b|\d\s+on\s", re.IGNORECASE)


def _share_of(story: str, whole: str, amounts: list[re.Match[str]]) -> str | None:
    """ "39312 / 46800 * 100": the amount said after the whole's name, of the other one."""
    named = [
        m for m in amounts if whole.lower() in story[max(0, m.start() - 30) : m.start()].lower()
    ]
    if len(named) != 1 or stray_digit(story, amounts):
        return None
    (part,) = [m for m in amounts if m is not named[0]]
    if not _SPENT_ON.search(story[max(0, part.start() - 20) : part.end() + 4]):
        return None  # "… and our savings are £9,000": not what went on something
    a, b = (m["n"].replace(",", "") for m in (part, named[0]))
    return None if Fraction(b) == 0 or Fraction(a) > Fraction(b) else f"{a} / {b} * 100"


# What is left of one amount after another the question names: "my take-home pay is £2,340 and
# rent is £875. How much is left after rent?"
_LEFT_AFTER = re.compile(
    rf"^how\s+much\s+(?:is|do\s+i\s+have|will\s+i\s+have|have\s+i\s+got|does\s+that\s+leave)?\s*"
    rf"(?:left|remaining|left\s+over)\s+after\s+(?:the\s+|my\s+|our\s+|paying\s+(?:the\s+)?)?"
    rf"(?P<b>{_NAME})$",
    re.IGNORECASE,
)


def left_after(body: str) -> str | None:
    """ "2340 - 875" for two amounts and a question for what is left after the one it names."""
    if (said := story_and_question(body)) is None:
        return None
    story, question = said[0], said[1].rstrip("?. ")
    m = _LEFT_AFTER.match(question)
    if m is None or _NO_CHANGE_WORDS.search(story):
        return None
    spent = _amount_of(story, m["b"].strip())
    amounts = list(AMOUNT.finditer(story))
    if spent is None or len(amounts) != 2 or stray_digit(story, amounts):
        return None
    (whole,) = [a for a in amounts if a.start("n") != spent.start("n")] or [None]
    if whole is None:
        return None
    a, b = whole["n"].replace(",", ""), spent["n"].replace(",", "")
    return None if Fraction(b) > Fraction(a) else f"{a} - {b}"


# A recipe scaled to another number of people: "The recipe serves 6 and uses 750 g of beef
# mince. How many grams of mince do I need to feed 84 people?" -> "750 / 6 * 84"
_PEOPLE_COUNTED = r"(?:\s+(?:people|persons|guests|servings|portions)\b|(?=\s*(?:[,.;?!]|$|and\b)))"
_SERVES = re.compile(
    rf"\b(?:serves|feeds|makes\s+enough\s+for|is\s+enough\s+for|(?<=recipe\s)for)\s+(?P<n>{NUM})"
    rf"{_PEOPLE_COUNTED}",
    re.IGNORECASE,
)
_FOR_MANY = re.compile(
    rf"\b(?:to\s+feed|feed(?:ing)?|to\s+serve|serv(?:e|ing)|cook(?:ing)?\s+for|for)\s+(?P<m>{NUM})"
    rf"{_PEOPLE_COUNTED}",
    re.IGNORECASE,
)
_INGREDIENT = re.compile(
    rf"(?<![\w.,])(?P<q>{NUM})\s*(?:g|kg|grams?|kilograms?|ml|millilitres?|milliliters?|l|litres?"
    r"|liters?|cups?|tablespoons?|tbsp|teaspoons?|tsp|oz|ounces?|lb|pounds?|(?P<whole>eggs?|cloves?"
    r"|tins?|cans?))\b",
    re.IGNORECASE,
)
_SCALED_ASKED = re.compile(
    r"^(?:so\s+)?how\s+(?:much|many)\b(?:\s+[a-z]+){0,4}?\s+(?:do|will|would|should|shall)\s+(?:i|we)"
    r"\s+(?:need|use|buy|get)\b"
    # "How much pasta for 6 people?"
    rf"|^(?:so\s+)?how\s+(?:much|many)(?:\s+[a-z]+){{0,3}}?\s+for\s+{NUM}\s+(?:people|guests)$",
    re.IGNORECASE,
)
_NOT_SCALED = re.compile(
    r"\b(?:but|except|already|extra|more|less|half|double|twice|each|per|left|leftover|spare"
    r"|vegetarian|vegan|children|kids)\b|%",
    re.IGNORECASE,
)


def recipe_scaled(body: str) -> str | None:
    """ "750 / 6 * 84" for one ingredient of a recipe that serves n, asked for m people."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or not 2 <= len(sentences) <= 3:
        return None
    if not any(w in body for w in ("serve", "feed", "enough", "recipe for")):
        return _batch_scaled(body, sentences)
    question = sentences[-1].rstrip("?. ")
    if (comma := question.rfind(", ")) > 0:  # "I'm cooking for 22, how much flour do I need"
        question = question[comma + 2 :]
    if not _SCALED_ASKED.match(question) or _NOT_SCALED.search(body):
        return None
    serves, amounts = list(_SERVES.finditer(body)), list(_INGREDIENT.finditer(body))
    many = [m for m in _FOR_MANY.finditer(body) if not any(_overlaps(m, s) for s in serves)]
    asked_at = len(body.rstrip()) - len(sentences[-1].strip())
    if not serves and len(many) == 2 and many[0].end() <= asked_at <= many[1].start():
        serves, many = (
            many[:1],
            many[1:],
        )  # "uses 2.4 kg of livers to serve 30. How many … for 180?"
    if len(serves) != 1 or len(amounts) != 1 or len(many) != 1:
        return None
    if stray_digit(body, [serves[0], amounts[0], many[0]]):
        return None
    told = serves[0].groupdict().get("n") or serves[0]["m"]  # ("to serve 30": a _FOR_MANY)
    n, q, m = (x.replace(",", "") for x in (told, amounts[0]["q"], many[0]["m"]))
    if Fraction(n) == 0:
        return None
    if amounts[0]["whole"] and (Fraction(q) / Fraction(n) * Fraction(m)).denominator != 1:
        return None  # 7.5 eggs: how many to use, the model says
    return f"{q} / {n} * {m}"


# A recipe for so many things, scaled to another number of them: "My bloomer recipe uses 900 g
# of flour for 2 loaves. The school fair wants 7 loaves from me. How many grams of flour is
# that?" -> "900 / 2 * 7"
_THINGS = re.compile(rf"(?<![\w.,])(?P<n>{NUM})\s+(?P<thing>[a-z]+s)\b", re.IGNORECASE)
_BATCH_ASKED = re.compile(
    r"^(?:so\s+)?how\s+(?:much|many\s+[a-z]+)(?:\s+of)?\s+(?P<what>[a-z]+)\s+(?:is\s+that|will\s+(?:i|we)\s+need"
    r"|do\s+(?:i|we)\s+need)\b",
    re.IGNORECASE,
)


def _batch_scaled(body: str, sentences: list[str]) -> str | None:
    question, story = sentences[-1].rstrip("?. "), " ".join(sentences[:-1])
    asked = _BATCH_ASKED.match(question)
    if not asked or _NOT_SCALED.search(body) or "recipe" not in body:
        return None
    if not re.search(rf"\b{re.escape(asked['what'])}\b", story, re.IGNORECASE):
        return None  # "How much sugar …?" of a recipe told by its flour
    amounts, things = list(_INGREDIENT.finditer(story)), list(_THINGS.finditer(story))
    things = [t for t in things if not any(_overlaps(t, a) for a in amounts)]
    if len(amounts) != 1 or len(things) != 2 or amounts[0]["whole"]:
        return None
    made, wanted = things
    if made["thing"].lower() != wanted["thing"].lower() or made.start() < amounts[0].start():
        return None  # (the recipe's own count is told after its ingredient: "900 g … for 2 loaves")
    if stray_digit(story, [amounts[0], made, wanted]) or Fraction(made["n"].replace(",", "")) == 0:
        return None
    return f"{amounts[0]['q']} / {made['n']} * {wanted['n']}".replace(",", "")


def _overlaps(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.start() < b.end() and b.start() < a.end()


# How many more in one period than another: "The museum had 1,845 visitors in July and 2,310 in
# August. How many more in August?" -> "2310 - 1845"
_MORE_IN_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+more(?:\s+(?P<what>[a-z]+))?\s+(?:were\s+there\s+|came\s+|did\s+"
    r"(?:we|they|it)\s+(?:get|have|sell)\s+)?in\s+(?P<when>[A-Za-z]+)$",
    re.IGNORECASE,
)
_COUNT_IN = re.compile(
    rf"(?<![\w.,£$€])(?P<n>{NUM})(?:\s+(?P<what>[a-z]+))?\s+in\s+(?P<when>[A-Za-z]+)\b",
    re.IGNORECASE,
)


# ... or the difference between two amounts said for two periods: "Our electricity bill was £96
# in March and £72 in April. What's the difference?" -> "96 - 72"
_DIFFERENCE_ASKED = re.compile(
    r"^(?:so\s+)?what(?:'s|\s+is|\s+was)\s+the\s+difference(?:\s+between\s+(?:them|the\s+two))?$",
    re.IGNORECASE,
)
_AMOUNT_IN = re.compile(
    rf"(?<![\w.,])(?:[$€£¥₹]\s?)?(?P<n>{NUM})(?:\s+(?P<what>[a-z]+))?\s+in\s+(?P<when>[A-Za-z]+)\b",
    re.IGNORECASE,
)


def _difference(story: str) -> str | None:
    amounts = list(_AMOUNT_IN.finditer(story))
    if len(amounts) != 2 or stray_digit(story, amounts) or "%" in story:
        return None
    if len({a["when"].lower() for a in amounts}) != 2 or _NO_CHANGE_WORDS.search(story):
        return None
    if len({(a["what"] or "").lower().rstrip("s") for a in amounts} - {""}) > 1:
        return None  # ("£96 in March and 72 kWh in April")
    if sum(a.group().lstrip()[:1] in "$€£¥₹" for a in amounts) == 1:
        return None  # one said as money, the other not
    a, b = sorted((m["n"].replace(",", "") for m in amounts), key=Fraction, reverse=True)
    return f"{a} - {b}"


def more_in(body: str) -> str | None:
    """ "2310 - 1845" for two counts said for two periods and how many more in the later-named
    one asked; None otherwise (a fall, a third number, or another thing counted)."""
    if (said := story_and_question(body)) is None:
        return None
    story, question = said[0], said[1].rstrip("?. ")
    if _DIFFERENCE_ASKED.match(question):
        return _difference(story)
    asked = _MORE_IN_ASKED.match(question)
    counts = list(_COUNT_IN.finditer(story))
    if asked is None or len(counts) != 2 or stray_digit(story, counts) or "%" in story:
        return None
    whens = [c["when"].lower() for c in counts]
    if asked["when"].lower() not in whens or whens[0] == whens[1] or _NO_CHANGE_WORDS.search(story):
        return None
    things = {c["what"].lower().rstrip("s") for c in counts if c["what"]}
    if (
        len(things) > 1
        or asked["what"]
        and things
        and asked["what"].lower().rstrip("s") not in things
    ):
        return None  # "How many more members …" after visitors; visitors and members
    this, other = sorted(counts, key=lambda c: c["when"].lower() != asked["when"].lower())
    a, b = (c["n"].replace(",", "") for c in (this, other))
    return f"{a} - {b}" if Fraction(a) > Fraction(b) else None
