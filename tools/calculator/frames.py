"""Frames that turn a worded request into an expression the grammar reads.

"80 increased by 25%" -> "80 + 25% of 80", "the average of 4, 8 and 15" -> "(4 + 8 + 15) / 3";
two operands named by a verb or a noun ("the sum of 5 and 3") and a rounding are `worded`'s.
`rewrite(body)` applies them to a request already stripped of its question frame; a body no
frame matches comes back unchanged, and one a frame refuses comes back as text the grammar
refuses. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.changes import CHANGE, change_frame, percent_change
from tools.calculator.lexer import PARTS
from tools.calculator.percent_frames import NUM as _NUM
from tools.calculator.percent_frames import PCT as _PCT
from tools.calculator.percent_frames import PERCENT_FRAMES as _PERCENT_FRAMES
from tools.calculator.percent_frames import compiled as _compiled
from tools.calculator.percent_frames import for_some
from tools.calculator.rates import rate_product
from tools.calculator.stories import one_step
from tools.calculator.worded import round_frame, two_operands


def rewrite(body: str) -> str:
    """The body with its worded operation, if any, written as an expression."""
    first, *steps = _THEN.split(body)
    if steps and (taken := _TAKE_THEN_CHANGE.match(first)):  # "Take 650, increase it by 18%"
        first = f"{taken['verb']} {taken['n'].rstrip(',')} by {first[taken.end() :]}"
    expr = round_frame(_binary_frame(first))
    for step in steps:  # "Multiply 64 by 1.5, then subtract 17": each step on the result so far
        expr = _step(expr, step.strip())
    return expr


UNREAD_STEP = "then?"  # what `rewrite` gives for a "then" step it cannot read
_TAKE_THEN_CHANGE = re.compile(
    rf"^(?:take|start\s+with)\s+(?P<n>{_NUM}),?\s+(?:and\s+)?(?P<verb>increase|raise|decrease|reduce)"
    r"\s+it\s+by\s+",
    re.IGNORECASE,
)
# ("2 to the power 11, minus 48": a step after a comma, said with its operator word)
_THEN = re.compile(
    r",?\s+(?:and\s+)?then\s+|,\s+(?=(?:minus|plus|times|divided\s+by|multiplied\s+by)\s+\d)",
    re.IGNORECASE,
)
_IT = r"(?:it|that|this|the result|the answer|the total|the sum)"


def _step(expr: str, step: str) -> str:
    for pattern, form in _STEPS:
        m = pattern.match(step)
        if m:
            return form.format(expr, *m.groups())
    return UNREAD_STEP  # a step we cannot read: the grammar refuses the whole request


# Frames whose operands are named once but used twice, or read from a list: "80 increased by
# 25%" is 80 + 25% of 80 (never the ambiguous "80 + 25%"), "the average of 4, 8 and 15".


# Two-sentence percent problems with one reading: a price and "N% off", then the sale price;
# a value that "went from X to Y", then by what percent it rose or fell. Numbers only there.
_SALE = re.compile(
    rf"^[^\d%]{{0,60}}?({_NUM})[^\d%]{{0,40}}?({_NUM}){_PCT} off[.,!;]?\s+(?:what(?:'s| is| will be)"
    r" the (?:sale|discounted|final|new|reduced) price"
    # "Sneakers are $120 with 35% off. What do I pay before tax?"
    r"|(?:what|how much) (?:do|will|would) (?:i|we|you) (?:actually |really )?pay(?: for (?:it|them))?"
    r"(?: before tax)?)$",
    re.IGNORECASE,
)
# A discount for some only, or on a condition: "The course is £420 and members get 15% off.
# What do I pay?" (the asker may not be one)
_CONDITION = re.compile(r"\b(?:if|when)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _for_some(told: str) -> bool:
    return bool(_CONDITION.search(told)) or any(map(for_some, _WORD.findall(told)))


# One share of an amount split in a ratio: "Split 1,260 in the ratio 2:3:4 - what's the biggest
# share" -> "1260 * 4 / (2 + 3 + 4)"
_RATIO = re.compile(
    rf"^(?:split|share|divide)\s+({_NUM})(?:\s+between\s+(?P<people>two|three|four|\d)\s+(?:people"
    r"|of\s+us))?\s+in\s+(?:the|a)\s+ratio(?:\s+of)?\s+(?P<ratio>\d+(?:\s*:\s*\d+)+)"
    r"(?:\s*[-—–,;.]\s*|\s+)(?:what(?:'s|\s+is)|how\s+(?:much|big|large)\s+is)\s+the\s+(?P<which>biggest|largest"
    r"|greatest|smallest|least|larger|bigger|greater|smaller|lesser|first|second|third|fourth)\s+"
    r"(?:share|part|portion)$",
    re.IGNORECASE,
)
# A bill and a tip: "The bill is $72.50 and I want to tip 18%. How much is the tip?" (the tip),
# "Dinner came to $43.75. What's the total with a 20% tip?" (bill and tip).
# "18% tip on a $72.50 dinner, how much is the tip?": the percentage first
_TIP_FIRST = re.compile(
    rf"^({_NUM}){_PCT} (tip|tax|discount) on (?:an? |the |my )?({_NUM})(?: [a-z]+)?[.,!;]?\s+"
    r"how much (?:is|will be|should be) (?:the|my|that) (?P<asked>tip|tax|discount)$",
    re.IGNORECASE,
)
_TIP = re.compile(
    rf"^[^\d%]{{0,40}}?({_NUM})[^\d%]{{0,30}}?\btip (?:of )?({_NUM}){_PCT}[.,!;]?\s+"
    r"how much (?:is|will be|should be) (?:the|my) tip$",
    re.IGNORECASE,
)
_WITH_TIP = re.compile(
    rf"^[^\d%]{{0,40}}?({_NUM})[.,!;]?\s+what(?:'s| is| will be) the total with an? ({_NUM}){_PCT}"
    r" tip$",
    re.IGNORECASE,
)
# "A rent of $1,600 goes up by 3.5%. What is the new rent?"
_GOES = re.compile(
    rf"^(?:if )?[^\d%]{{0,40}}?({_NUM})\s+(?:goes|went|will go|is going) (up|down) by ({_NUM}){_PCT}"
    r"[.,!;]?\s+(?:what(?:'s| is| will be) the new [a-z]+"
    r"|what do (?:i|we|you) (?:end up with|get|have then))$",  # ("If 640 goes up by 12.5%, …")
    re.IGNORECASE,
)
# "My test scores were 78, 85, 91 and 88. What's my mean score?": numbers listed, then their mean.
_LISTED_MEAN = re.compile(
    r"^[^%\d]{0,60}?(?:were|are|was|is|:)\s+([\d.,]+(?:,? [\d.,]+)*,? (?:and )?[\d.,]*\d)[.!;]?\s+"
    r"(?:what(?:'s| is| was) (?:my|the|our|their|his|her) (?:(?:daily|average|mean) )?(?:mean|average)"
    r"(?: [a-z]+)?"
    r"|(?:the )?(?:mean|average)(?: (?:per|a) [a-z]+)?)$"  # a note's "Mean per day?"
    # the mean asked first: "need the mean of the week's max temps for the graphic: 14.2, …" (set 177)
    r"|^(?:i )?need (?:the )?(?:mean|average) of [^%\d:]{1,60}:\s+([\d.,]+(?:,? [\d.,]+)*,? (?:and )?"
    r"[\d.,]*\d)$",
    re.IGNORECASE,
)

# "Quarterly figures were 18,450, 21,300, 19,875 and 22,125. What's the annual total?", "Relay
# legs: 31.42, 30.87, 32.05 and 29.96 seconds. What was the team's total time in seconds?",
# "Training log: 12.4 km, 8.75 km and 15 km. What's my total distance?": numbers listed (no
# other number before them), each in the same unit or the last one named, then their sum.
_LISTED_SUM = re.compile(
    r"^[^%\d]{0,60}?(?:were|are|was|is|has|have|had|:)\s+(?P<list>[\d.,]+(?: [a-z]{1,12})?"
    r"(?:,? [\d.,]+(?: [a-z]{1,12})?)*,? and [\d.,]*\d(?: [a-z]{1,12})?)(?: in it)?[.!;,]?\s+"
    r"(?:what(?:'s| is| was| were) (?:my|the|our|their|his|her|the [a-z]+'s?|[a-z]+'s?) "
    r"(?:(?:annual|yearly|combined|grand|overall) )?(?:sum|total)(?: [a-z]+)?(?: in [a-z]+)?"
    r"|(?:the )?total(?: distance| time| weight| count)?)$",
    re.IGNORECASE,
)
_LISTED_ITEM = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?: ([a-z]+))?", re.IGNORECASE)
# Words by which a listed number is not a plain amount to add ("12%", "3 each", "2 per …").
_NOT_AMOUNTS = frozenset(
    {"percent", "per", "each", "times", "x", "of", "out", "off", "more", "less"}
)


def _listed_sum(listed: str) -> str | None:
    """ "12.4 km, 8.75 km and 15 km" -> "12.4 + 8.75 + 15"; None when the units differ."""
    *first, last = listed.split(", ")
    items = [*first, *re.split(r"(?:^| )and ", last)]
    found = [_LISTED_ITEM.fullmatch(i.strip()) for i in items if i.strip()]
    if len(found) < 2 or not all(found):
        return None
    units = [m[2].lower() for m in found if m[2]]
    named = [bool(m[2]) for m in found]
    if set(units) & _NOT_AMOUNTS or len(set(units)) > 1:
        return None
    if units and not all(named) and named != [False] * (len(found) - 1) + [True]:
        return None  # "3 km, 4 and 5 km": which unit is the 4?
    return " + ".join(m[1] for m in found)


# VAT, GST or a tax on an amount: "VAT at 20% on a £1,240 invoice — how much VAT is that?"
_TAX_ON = re.compile(
    rf"^(?P<tax>vat|gst|sales tax|tax)\s+(?:at|@|of)\s+({_NUM}){_PCT}\s+on\s+(?:an?\s+|the\s+)?"
    rf"({_NUM})(?:\s+[a-z]+)?(?:\s*[—–-]\s*|[,;]\s*|\s+)?(?:how much (?P<tax2>vat|gst|tax) is"
    r" (?:that|it))?$",
    re.IGNORECASE,
)
# "Receipt total is £1,800 including 20% VAT. What's the net amount before VAT?"
_NET_OF_TAX = re.compile(
    rf"^[^\d%]{{0,40}}?({_NUM}) including ({_NUM}){_PCT} (?P<tax>vat|gst|sales tax|tax)[.,;]?\s+"
    r"what(?:'s| is) the (?:net|pre-tax) (?:amount|price|total)(?: before (?P<tax2>vat|gst|tax))?$",
    re.IGNORECASE,
)
# "If I clear the 1,250 balance in 8 equal instalments, how much is each instalment?",
# "₹2,45,000 is to be split equally among 7 partners. What is each share?"
_SPLIT_EQUALLY = re.compile(
    rf"^(?:if i (?:clear|pay off|pay|repay) (?:the |my |a )?({_NUM})(?: [a-z]+)? in ({_NUM}) equal"
    r" (?:instal?ments|payments|parts|monthly payments)[,;.]? how much is each (?:instal?ment|payment"
    rf"|part)|({_NUM}) is (?:to be )?(?:split|divided|shared) equally (?:among|between|by) ({_NUM})"
    r" [a-z]+[.,;]? (?:what is|what's|how much is) each (?:share|person's share|part|one's share))$",
    re.IGNORECASE,
)

# "14 hours at $62.50 an hour", "fifteen croissants at 2.40 each": a count at a unit price.
_AT_EACH = re.compile(
    rf"^({_NUM}) (?P<what>(?:[a-z]+ ){{1,3}})at ({_NUM}) (?:each|apiece|a piece|(?:per|an?) (?P<per>[a-z]+))$",
    re.IGNORECASE,
)


def _priced_per_one(m: re.Match[str]) -> bool:
    """Whether the price is for one of the things counted: "14 hours at $62.50 an hour", not
    "2 days at £45 an hour" (the hours a day are not said)."""
    per = (m["per"] or "").lower()
    if not per:
        return True  # "each", "apiece"
    said = {w.lower() for w in m["what"].split()}
    ones = {per, f"{per}s", f"{per}es", "people" if per == "person" else per}
    return not said.isdisjoint(ones)


def _story_frame(body: str) -> str:
    if expr := one_step(body):
        return expr
    if (m := _AT_EACH.match(body)) and _priced_per_one(m):
        return f"{m.group(1)} * {m.group(3)}"
    # (each frame is tried only when the words it cannot do without are there: a frame's regex
    # scans the whole body, and every message with a digit reaches here)
    low = body.lower()
    if "ratio" in low and (m := _RATIO.match(body)):
        return _ratio_share(m)
    tip = "tip" in low
    if tip and (m := _TIP.match(body)):
        return f"{m.group(2)}% of {m.group(1)}"
    if (m := _TIP_FIRST.match(body)) and m.group(2).lower() == m["asked"].lower():
        return f"{m.group(1)}% of {m.group(3)}"
    if tip and (m := _WITH_TIP.match(body)):
        return f"{m.group(1)} + {m.group(2)}% of {m.group(1)}"
    if " by " in low and (m := _GOES.match(body)):
        sign = "+" if m.group(2).lower() == "up" else "-"
        return f"{m.group(1)} {sign} {m.group(3)}% of {m.group(1)}"
    if ("mean" in low or "average" in low) and (m := _LISTED_MEAN.match(body)):
        return _list_frame(f"the mean of {m.group(1) or m.group(2)}")
    summed = ("sum" in low or "total" in low) and (m := _LISTED_SUM.match(body))
    if summed and (expr := _listed_sum(m["list"])):
        return expr
    if (m := _TAX_ON.match(body)) and (not m["tax2"] or m["tax2"].lower() in m["tax"].lower()):
        return f"{m.group(2)}% of {m.group(3)}"
    net = "including" in low and (m := _NET_OF_TAX.match(body))
    if net and (not m["tax2"] or m["tax2"].lower() in m["tax"].lower()):
        return f"{m.group(1)} / (1 + {m.group(2)}/100)"
    if m := _SPLIT_EQUALLY.match(body):
        return f"{m.group(1) or m.group(3)} / {m.group(2) or m.group(4)}"
    if " off" in low and (m := _SALE.match(body)) and not _for_some(body[: m.end(2)]):
        return f"{m.group(1)} - {m.group(2)}% of {m.group(1)}"
    return percent_change(body) or rate_product(body) or body


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _ratio_share(m: re.Match[str]) -> str:
    parts = [int(p) for p in m["ratio"].split(":")]
    if not all(parts):
        return "ratio?"  # the grammar refuses: a share of 0 parts is no share
    people = m["people"] and {"two": 2, "three": 3, "four": 4}.get(m["people"], m["people"])
    if people and int(people) != len(parts):
        return "ratio?"  # ("between three people in the ratio 3:5": who gets which?)
    which = m["which"].lower()
    if which in _NTH:  # "the second share": the ratio's second part
        if _NTH[which] >= len(parts):
            return "ratio?"
        pick = parts[_NTH[which]]
    elif which in ("larger", "bigger", "greater", "smaller", "lesser") and len(parts) != 2:
        return "ratio?"  # ("the larger" of three is no one share)
    else:
        pick = min(parts) if which in ("smallest", "least", "smaller", "lesser") else max(parts)
    total = m.group(1).replace(",", "")
    return f"{total} * {pick} / ({' + '.join(map(str, parts))})"


# a step's operand: a number, or a power of one ("2 to the power 13, minus 5 to the power 4")
# ("…, plus 12 per cent of 350": a term of its own, never a percentage of the result)
_OPERAND = rf"{_NUM}(?: to the power(?: of)? {_NUM}| ?\^ ?{_NUM}| squared| cubed|{_PCT} of {_NUM})?"
_STEPS = _compiled(
    (
        rf"^(?:add|plus) ({_OPERAND})(?: to {_IT}| back(?: on)?)?$",
        "({0}) + ({1})",
    ),  # ("add £75 back on")
    (rf"^(?:subtract|take away|minus) ({_OPERAND})(?: from {_IT})?$", "({0}) - ({1})"),
    (rf"^(?:multiply (?:{_IT} )?by|multiplied by|times) ({_OPERAND})$", "({0}) * ({1})"),
    (rf"^(?:divide (?:{_IT} )?by|divided by) ({_OPERAND})$", "({0}) / ({1})"),
    # "…, then reduce it by a further 10%": a percentage of the result so far
    (
        rf"^(?:reduce|decrease|cut|lower) {_IT} by (?:a further |another )?({_NUM}){_PCT}$",
        "({0}) * (1 - {1}/100)",
    ),
    (
        rf"^(?:increase|raise) {_IT} by (?:a further |another )?({_NUM}){_PCT}$",
        "({0}) * (1 + {1}/100)",
    ),
    # "…, then take 15% off the result"
    (
        rf"^(?:take|knock) (?:a further |another )?({_NUM}){_PCT} off {_IT}$",
        "({0}) * (1 - {1}/100)",
    ),
    (rf"^square {_IT}$", "({0})^2"),
    (rf"^cube {_IT}$", "({0})^3"),
    (rf"^double {_IT}$", "2 * ({0})"),
    (rf"^halve {_IT}$", "({0}) / 2"),
    (rf"^take the square root(?: of {_IT})?$", "sqrt({0})"),
)
_ARTICLE_PCT = re.compile(rf"^(?:an?|the) (?={_NUM}{_PCT})", re.IGNORECASE)
_LIST_ITEM = re.compile(_NUM)
_LIST_LAST = re.compile(r" and ")  # "4, 8 and 15", "4, 8, and 15"; never "4 and 8 and 15"
_LIST_FRAMES = (
    (
        re.compile(
            # "add these up for me: 389.40, 1,276.85, 45.05, 902.70", "Sum these: …"
            # ("Add these receipts together please: 19.99, 4.35, 12.80 and 7.06")
            r"^(?:sum|add up|total|add (?:these|them|the following)(?: [a-z]+)? (?:up|together))"
            r"(?: these| the following)?(?: numbers| figures| amounts)?(?: for me)?(?:,? please)?: (.+)$"
            r"|^(?:the )?(?:sum|total) of (.+)$|^add (?:up )?(.+?)(?: for me)?$",
            re.IGNORECASE,
        ),
        "sum",
    ),
    (re.compile(r"^(?:the )?product of (.+)$|^multiply (.+)$", re.IGNORECASE), "product"),
    (
        re.compile(
            r"^(?:the )?(?:average|avg\.?|(?:arithmetic )?mean) of"
            # ("Mean of these five test marks: 72, 85, 91, 64, 78?": the count checked below)
            r"(?: (?:these|the following)(?: \d+)?(?: [a-z-]+){1,3}:)? (.+)$",
            re.IGNORECASE,
        ),
        "mean",
    ),
    (re.compile(r"^(?:the )?median of (.+)$", re.IGNORECASE), "median"),
    (
        re.compile(
            r"^(?:the )?(?:largest|biggest|greatest|highest|maximum|max)(?: number| value)?"
            r"(?: in (?:this|the) list| of| among| in)?:? (.+)$",
            re.IGNORECASE,
        ),
        "max",
    ),
    (
        re.compile(
            r"^(?:the )?(?:smallest|lowest|least|minimum|min)(?: number| value)?"
            r"(?: in (?:this|the) list| of| among| in)?:? (.+)$",
            re.IGNORECASE,
        ),
        "min",
    ),
    (
        re.compile(
            r"^(?:the )?(?:gcd|gcf|hcf|greatest common (?:divisor|factor)|highest common factor)"
            r" of (.+)$",
            re.IGNORECASE,
        ),
        "gcd",
    ),
    (
        re.compile(
            r"^(?:the )?(?:lcm|l\.c\.m\.|(?:least|lowest) common multiple) of (.+)$", re.IGNORECASE
        ),
        "lcm",
    ),
)


_COUNT_SAID = re.compile(r"^[^:]*\b(?:these|the following) (\d+) [^:]*:", re.IGNORECASE)


def _list_frame(body: str) -> str:
    """ "the average of 4, 8 and 15" -> "(4 + 8 + 15) / 3"; a list is numbers only."""
    for pattern, kind in _LIST_FRAMES:
        m = pattern.match(body)
        if not m:
            continue
        listed = next(g for g in m.groups() if g)
        *first, last = listed.split(", ")
        values = [*first, *_LIST_LAST.split(last, maxsplit=1 if first or kind != "sum" else 0)]
        if first and values[-1].startswith("and "):
            values[-1] = values[-1][4:]  # "10, 20, and 30"
        if len(values) < 2 or not all(_LIST_ITEM.fullmatch(v) for v in values):
            continue  # not a list of numbers: "greatest common divisor of …" is read below
        if kind in ("sum", "product", "max", "min", "median") and len(values) < 3:
            return body  # two operands: the binary frames below read them
        said = _COUNT_SAID.match(body)
        if said and int(said[1]) != len(values):
            return body  # "these four marks" with five listed: which is meant?
        if kind == "mean":
            return f"({' + '.join(values)}) / {len(values)}"
        if kind in ("gcd", "lcm", "max", "min", "median"):
            return f"{kind}({', '.join(values)})"
        return (" + " if kind == "sum" else " * ").join(values)
    return body


# A share taken off said in words: "Take three eighths off 1,560" (number words are digits)
_PART_OFF = re.compile(
    r"^((?:take|knock|deduct)\s+)(?:(\d+)\s+(quarter|third|fifth|eighth|tenth)s?"
    r"|an?\s+(quarter|third|fifth|eighth|tenth))(?=\s+off\s)",
    re.IGNORECASE,
)


def _part_off(m: re.Match[str]) -> str:
    return f"{m[1]}{m[2] or 1}/{PARTS[(m[3] or m[4]).lower()]}"


def _percent_frame(body: str) -> str:
    if " off " in body:
        body = _PART_OFF.sub(_part_off, body)
    body = _story_frame(_ARTICLE_PCT.sub("", body, count=1))  # "a 20% tip on 86.50"
    if CHANGE.match(body):
        return change_frame(body)
    for pattern, form in _PERCENT_FRAMES:
        m = pattern.match(body)
        if m:
            return form.format(*m.groups())
    return body


# A tally with a label before each count: "fence panels 14 x 32.50 + posts 15 x 11"
_LABELLED_TERM = rf"(?:[a-z][a-z'-]* ){{1,3}}({_NUM}) ?[x×*] ?({_NUM})"
_LABELLED_SUM = re.compile(rf"^{_LABELLED_TERM}(?: ?\+ ?{_LABELLED_TERM})+$", re.IGNORECASE)
_LABELLED_ONE = re.compile(_LABELLED_TERM, re.IGNORECASE)


def _binary_frame(body: str) -> str:
    if "+" in body and _LABELLED_SUM.match(body):
        body = " + ".join(f"{m[1]} * {m[2]}" for m in _LABELLED_ONE.finditer(body))
    return two_operands(_percent_frame(_list_frame(body)))
