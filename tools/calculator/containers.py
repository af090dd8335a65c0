"""How many containers a whole needs, rounded up, or how many it fills: the told-story reader
for "86 guests … our round tables seat 10. How many tables do we need?".

"47 cubs … each minibus takes 16 children. How many minibuses should I book?" -> "ceil(47 / 16)"
"The pattern needs 1,150 metres of yarn and each skein is 220 m. I can only buy whole skeins -
how many?" -> "ceil((1150) / 220)"
"We pressed 4,650 litres of wine and it all goes into 750 ml bottles. How many bottles will that
fill?" -> "4650 * 1000 / 750" (answered only when the bottles come out whole)

The whole and the container's size may be in two units of one measure (litres and millilitres,
kilograms and grams, metres and centimetres); the factor between them is exact. Every number of
the story must be used, and a word that may change the capacity ("spare", "if", "more", "%")
abstains. `containers_needed(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.measures import SCALE as _SCALE
from tools.calculator.measures import in_one, one_unit
from tools.calculator.named import AMOUNT
from tools.calculator.rate_words import NOT_UNITS
from tools.calculator.rates import MAX_STORY, NUM, SENTENCES
from tools.words import has_digit, stray_digit

# How many containers a whole needs, rounded up: "86 guests … our round tables seat 10. How many
# tables do we need?", "47 cubs … each minibus takes 16 children. How many minibuses should I
# book?", "1,450 m of yarn and each ball has 200 m. How many balls do I have to buy?"
_NEED_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:whole\s+|full\s+)?(?P<what>[a-z]+)\s+(?:(?:do|does|should|must|will|shall|would)\s+"
    r"(?:i|we|you|they)|(?:have|has)\s+(?:i|we|you|they)\s+got\s+to)"
    r"\s+(?:need|have\s+to\s+(?:buy|book|order|hire|get|bring)|book|buy|order|hire|get|bring"
    r"|drop\s+off|send|deliver|supply|provide)\b"
    # "How many trays need to go in the van?"
    r"|^(?:so\s+)?how\s+many\s+(?P<what2>[a-z]+)\s+(?:need|have)\s+to\s+(?:go|be\s+(?:sent|ordered|booked))\b",
    re.IGNORECASE,
)
_SOLD_IN = (
    r"(?:come|comes|sold|sells?|packs?|packed|supplied|delivered|split|splits|divided|divides"
    r"|sorts?|sorted|go(?:es)?\s+out|went\s+out|bundled|bagged|boxed)\s+(?:(?:it|them|[a-z]+)\s+)?"
    r"(?:only\s+)?(?:in|into|on)\s+(?:whole\s+)?"
)
_SO_ASKED = re.compile(r",\s+so\s+(?=how\s+many\s)", re.IGNORECASE)
_HOLDS = (
    r"(?P<verb>takes?|holds?|seats?|has|have|fits?|carr(?:y|ies)|covers?|serves?|contains?"
    r"|sleeps?|is|are|weighs|measures|does|needs)"  # ("a square needs 8": set 168)  # ("one reel of caulking cotton does 7.5 metres")
)
_SIZED = frozenset({"is", "are", "weighs", "measures"})  # "each skein is 220 m": a measure only
# How many a whole fills, when it fills them exactly: "How many bottles will that fill?"
_FILL_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<what>[a-z]+)\s+(?:will|would|does|did|can|could)\s+"
    r"(?:that|it|this|i|we|you|they)\s+fill\b"
    # ("How many bundles is that?": only when they come out full, as with "full")
    r"|^(?:so\s+)?how\s+many\s+(?:full\s+)?(?P<what2>[a-z]+)\s+(?:is|are)\s+(?:that|it|this)\b",
    re.IGNORECASE,
)
# How many it fills full, the part-full one left out: "how many completely full bottles do we get?"
_FULL_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?:completely\s+|totally\s+)?(?:full|complete)\s+(?P<what>[a-z]+)\s+"
    r"(?:do|does|will|would|can|could)\s+(?:i|we|you|they|it|that|this)\s+"
    r"(?:get|make|fill|end\s+up\s+with|set\s+up|form)\b",  # ("how many complete squares can I set up")
    re.IGNORECASE,
)
# "I can only buy whole skeins - how many?": what the bare question counts
_BARE_ASKED = re.compile(r"^(?:so\s+)?how\s+many\??$", re.IGNORECASE)
_ONLY_WHOLE = re.compile(
    r"(?:^|(?<=[.!?])\s+|,?\s+and\s+)(?:i|we|you)\s+(?:can\s+)?only\s+(?:buy|order|get)\s+"
    r"whole\s+(?P<what>[a-z]+)$"
    r"|,\s+whole\s+(?P<what2>[a-z]+)\s+only$",  # "…, whole bags only. How many bags?"
    re.IGNORECASE,
)
_NOUN_ASKED = re.compile(r"^(?:so\s+)?how\s+many\s+(?P<what>[a-z]+)\??$", re.IGNORECASE)


def containers_needed(body: str) -> str | None:
    """ "ceil(86 / 10)" for a whole, one container's capacity, and a question for how many
    containers are needed, or how many it fills when that comes out whole; None otherwise."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or not 2 <= len(sentences) <= 3:
        return None
    story, question = " ".join(sentences[:-1]).rstrip(". "), sentences[-1]
    if said_so := _SO_ASKED.search(question):  # "Each bottle holds 0.75 L, so how many …?"
        story = f"{story} {question[: said_so.start()]}".strip()
        question = question[said_so.end() :]
    only = _ONLY_WHOLE.search(story)
    what = only and (only["what"] or only["what2"])
    noun = _NOUN_ASKED.match(question)
    if what and (_BARE_ASKED.match(question) or noun and noun["what"].lower() == what.lower()):
        story, question = story[: only.start()], f"How many {what} do I need?"
    # a bare "How many bags?" after "packs them in bags of 6": answered only when they come out
    # full (a part-full one is counted or not, the model says)
    asked = (
        _FULL_ASKED.match(question)  # ("how many full bottles do we get": the part-full one not)
        or _NEED_ASKED.match(question)
        or _FILL_ASKED.match(question)
        or noun
    )
    if asked is None or _CAPACITY_CHANGES.search(story):
        return None
    period = _FOR_PERIOD.search(question, asked.end())
    tail = question[period.end() if period else asked.end() :]
    if has_digit(tail) or _CAPACITY_CHANGES.search(tail) or _MORE_ASKED.search(tail):
        return None  # "… for 28 days and 2 weeks?", "…, allowing 10% spare?", "if we keep …"
    what = (asked["what"] or asked.groupdict().get("what2")).lower()
    ones = {what.removesuffix("s"), what.removesuffix("es")}  # "minibuses": minibus
    one = "|".join(re.escape(w) for w in sorted(ones, key=len, reverse=True))
    holds = re.search(
        # ("A tin of paint covers 13 square metres", "they come in boxes of 24")
        rf"\b(?:(?:each|every|a|one|1|the|our|my)\s+(?:of\s+(?:our|the|my)\s+)?(?:[a-z]+\s+)?(?:{one})"
        r"(?:e?s)?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
        rf"|(?:[a-z]+\s+)?{re.escape(what)})\s+{_HOLDS}\s+(?:up\s+to\s+)?(?P<n>{NUM})"
        r"(?:\s*(?P<unit>[a-z]+))?"
        rf"|\b{_SOLD_IN}(?:[a-z]+\s+)?(?:{one})(?:e?s)?\s+of\s+(?P<n2>{NUM})(?:\s*(?P<unit2>[a-z]+))?"
        # "seed potatoes only come in 2.5 kg bags", "only sells in whole 3 m lengths", "it all
        # goes into 750 ml bottles"
        rf"|\b(?:{_SOLD_IN}|into\s+|(?:bottle|bottled|pack|packed|put)\s+(?:it|them)\s+in(?:to)?\s+)"
        rf"(?P<n3>{NUM})\s*(?P<unit3>[a-z]+)\s+(?:{one})(?:e?s)?\b",
        story,
        re.IGNORECASE,
    )
    if holds is None:
        return None
    size_unit = one_unit(holds["unit"] or holds["unit3"] or "")
    if holds["unit2"] and one_unit(holds["unit2"]) in _SCALE:  # "bulk bags of 850 kg"
        size_unit = one_unit(holds["unit2"])
    if (holds["verb"] or "").lower() in _SIZED and size_unit not in _SCALE:
        return None  # "each box is £4": a price, not what one holds
    amounts = [m for m in AMOUNT.finditer(story) if not holds.start() <= m.start() < holds.end()]
    # the whole, so many times over
    coats = (
        _COATS.search(story)
        or _EACH_OF.search(story)
        or _WITH_EACH.search(story)
        or _items(story, holds)
    )
    amounts = [m for m in amounts if not coats or m.start("n") != coats.start("c")]
    eaches = [m for m in _EACH_WORD.finditer(story) if not holds.start() <= m.start() < holds.end()]
    if len(eaches) > (coats is not None and coats.re is not _COATS):
        return None  # "… 23 kg of flour for each cake": so much for each of a count not said
    if len(amounts) != 1 or stray_digit(story, [holds, amounts[0], *([coats] if coats else [])]):
        return None
    # ("7 nappies a day", "9 a day": the word read as its unit may be the rate's)
    rate = _DAILY.match(story, amounts[0].end()) or _DAILY.match(story, amounts[0].end("n"))
    if bool(rate) != bool(period) or (not rate and _A_RATE.search(story)):
        return None  # "7 nappies a day" asks "for 4 weeks"; a rate with no period is not a whole
    said = re.match(r"\s*([A-Za-z]+)", story[amounts[0].end("n") :])  # ("23 L": capitals too)
    whole, unit = amounts[0]["n"].replace(",", ""), one_unit(said[1] if said else "")
    if said and unit not in _SCALE and _other_stuff_packed(story, holds, said[1]):
        return None  # "We need 500 gels. Bars come in boxes of 24.": boxes of what?
    value = Fraction(whole)
    if rate and period:
        days = 7 if period["unit"].lower().startswith("week") else 1
        whole = f"{whole} * {period['m']}" + (" * 7" if days == 7 else "")
        value *= int(period["m"]) * days
    if coats:
        whole = f"{whole} * {coats['c'].replace(',', '')}"
        value *= int(coats["c"].replace(",", ""))
    size = (holds["n"] or holds["n2"] or holds["n3"]).replace(",", "")
    room = Fraction(size)  # what one container holds, in the whole's unit
    if (size_unit in _SCALE or unit in _SCALE) and size_unit != unit:
        # "4,650 litres … 750 ml bottles": both in millilitres; not "1,450 m … balls of 50 g"
        if many := in_one(size_unit, unit):  # the whole in the container's unit
            whole = f"{whole} * {many}"
            room /= many
        elif few := in_one(unit, size_unit):  # the container in the whole's unit
            size = f"({size} * {few})"
            room *= few
        else:
            return None
    if room == 0:
        return None
    if asked.re is _FULL_ASKED:
        return f"floor(({whole}) / {size})"
    if asked.re is not _NEED_ASKED:  # how many it fills: only when none is left part-full
        return f"({whole}) / {size}" if (value / room).denominator == 1 else None
    return f"ceil(({whole}) / {size})"


# What a "… come in boxes of 24" says is packed: its object ("sells roses in bunches of 20") or its
# subject ("The removal boxes are sold in packs of 15"), or the size's own noun ("books of 25
# leaves"); pronouns and small words say nothing
_PACKED_OBJECT = re.compile(
    r"[a-z]+(?:\s+out)?\s+(?P<obj>[a-z]+)\s+(?:only\s+)?(?:in|into|on)\b", re.IGNORECASE
)
_PACKED_SUBJECT = re.compile(
    r"(?P<subj>[a-z]+)\s+(?:(?:are|is|be|get|gets|only|all|always|also)\s+){0,2}$", re.IGNORECASE
)
_NO_STUFF = NOT_UNITS | frozenset(("them", "which", "all", "so", "out", "up", "each", "per"))


def _other_stuff_packed(story: str, holds: re.Match[str], whole: str) -> bool:
    """Whether the thing a "… come in boxes of 24" packs is not the whole's ("500 gels" then
    "Bars come in boxes of 24"); False when it cannot be told."""
    if not (holds["n2"] or holds["n3"]):
        return False  # ("each van holds 30 chairs": what one holds, told of the container)
    if holds["unit2"] and one_unit(holds["unit2"]) not in _SCALE:
        stuff = holds["unit2"]  # "Gold leaf comes in books of 25 leaves"
    elif (obj := _PACKED_OBJECT.match(holds.group())) and obj["obj"].lower() not in _NO_STUFF:
        stuff = obj["obj"]
    elif subject := _PACKED_SUBJECT.search(story, 0, holds.start()):
        stuff = subject["subj"]
    else:
        return False
    stuff, whole = stuff.lower(), whole.lower()
    if stuff in _NO_STUFF or whole in _NO_STUFF:
        return False
    return stuff[:4] != whole[:4]


# "Each mug takes 450 g of clay and I'm throwing 120 mugs": 120 times the 450 g
_EACH_ITEM = re.compile(
    rf"\beach\s+(?P<thing>[a-z]+)\s+(?:takes?|needs?|uses?)\s+{NUM}\s*[a-z]+", re.IGNORECASE
)


def _items(story: str, holds: re.Match[str]) -> re.Match[str] | None:
    """The count of things in `story` when each of them takes an amount, or None. The things
    are not the containers ("each minibus takes 16 children" is what one holds)."""
    each = _EACH_ITEM.search(story)
    if each is None or holds.start() <= each.start() < holds.end():
        return None
    thing = re.escape(each["thing"].lower())
    counts = list(re.finditer(rf"(?<![\w.,])(?P<c>\d[\d,]*)\s+{thing}s?\b", story, re.IGNORECASE))
    return counts[0] if len(counts) == 1 else None


# "… need two coats", "7 nappies a day … for 4 weeks": the whole times the coats or the days
_COATS = re.compile(r"\bneeds?\s+(?P<c>\d+)\s+coats\b", re.IGNORECASE)
# "Each of my 7 hives needs 2 kg of fondant": 7 times the 2 kg
_EACH_OF = re.compile(
    r"\beach\s+of\s+(?:my|our|the|their|his|her)\s+(?P<c>\d+)\s+[a-z]+\s+(?=(?:needs?|takes?"
    r"|uses?|gets?)\s+\d)",
    re.IGNORECASE,
)
# "5 bouquets with 14 roses in each": 5 times the 14 roses
_WITH_EACH = re.compile(
    r"(?<![\w.,])(?P<c>\d+)\s+[a-z]+\s+(?:with|of)\s+(?=\d[\d,]*\s+[a-z]+\s+(?:in\s+)?each\b)",
    re.IGNORECASE,
)
_MORE_ASKED = re.compile(  # (and another time: "… should I order for next week?")
    r"\b(?:and|or|allow\w*|keep\w*|kept|back|round\w*|left|next|tomorrow|future|week|weekend|month"
    r"|year|season)\b",
    re.IGNORECASE,
)
_EACH_WORD = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)
_A_RATE = re.compile(r"\b(?:per|a\s+day)\b", re.IGNORECASE)  # ("jumper" is no rate)
_DAILY = re.compile(r"\s+(?:a|per|each)\s+day\b", re.IGNORECASE)
_FOR_PERIOD = re.compile(
    r"\bfor\s+(?:the\s+next\s+)?(?P<m>\d+)\s+(?P<unit>days|weeks)\b", re.IGNORECASE
)


_CAPACITY_CHANGES = re.compile(
    r"\b(?:not|but|if|except|excluding|than|more|less|twice|half|per|average|spare|extra"
    r"|already|another|plus|minus)\b|%",
    re.IGNORECASE,
)


# How many boxes of a size the question names a told whole makes, when it makes them exactly:
# "We collected 1,644 eggs this week. How many boxes of 12 is that?" -> "1644 / 12"
_BOXES_OF = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<what>[a-z]+)\s+of\s+(?P<n>\d+)\s+(?:is\s+that|would\s+that\s+"
    r"(?:make|fill|be)|does\s+that\s+(?:make|fill)|will\s+that\s+(?:make|fill))\s*[?.]?$",
    re.IGNORECASE,
)
_WHOLE = re.compile(rf"(?<![\w.,])(?P<n>{NUM})\s+(?P<noun>[a-z]+)", re.IGNORECASE)


def boxes_of(body: str) -> str | None:
    """ "1644 / 12" for one told count and boxes of a size asked, when they come out whole."""
    if len(body) > MAX_STORY or " of " not in body:
        return None
    sentences = SENTENCES.split(body.strip())
    if len(sentences) != 2 or not (asked := _BOXES_OF.match(sentences[1].strip())):
        return None
    wholes = list(_WHOLE.finditer(sentences[0]))
    if len(wholes) != 1 or stray_digit(sentences[0], wholes) or _CAPACITY_CHANGES.search(body):
        return None
    whole, size = Fraction(wholes[0]["n"].replace(",", "")), int(asked["n"])
    if size < 2 or whole.denominator != 1 or whole % size:
        return None  # ("… boxes of 12" of 1,650 eggs: full boxes, or boxes needed?)
    return f"{wholes[0]['n'].replace(',', '')} / {size}"


# A whole packed into containers of a size in one clause: "We packed 1,836 runner bean seeds into
# envelopes of 18 each. How many envelopes is that?" -> "1836 / 18" (when they come out full)
_PACKED_INTO = re.compile(
    rf"^(?:[a-z]+\s+)?(?:packed|put|sorted|bagged|boxed|bundled|split)\s+(?P<n>{NUM})\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:in|into)\s+(?:[a-z]+\s+)?(?P<what>[a-z]+)\s+of\s+(?P<size>\d+)"
    r"(?:\s+each)?$",
    re.IGNORECASE,
)
_HOW_MANY_IS_THAT = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<what>[a-z]+)\s+(?:is\s+that|does\s+that\s+make|did\s+(?:we|i)\s+"
    r"fill)\s*[?.]?$",
    re.IGNORECASE,
)


def packed_into(body: str) -> str | None:
    """ "1836 / 18" for a whole packed into containers of a size and how many it filled, when
    they come out full."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or len(sentences) != 2:
        return None
    told = _PACKED_INTO.match(sentences[0].rstrip(". "))
    asked = _HOW_MANY_IS_THAT.match(sentences[1].strip())
    if told is None or asked is None or asked["what"].lower() != told["what"].lower():
        return None
    whole, size = Fraction(told["n"].replace(",", "")), int(told["size"])
    if size < 2 or whole.denominator != 1 or whole % size:
        return None  # (the last one part-full: counted or not?)
    return f"{told['n'].replace(',', '')} / {size}"
