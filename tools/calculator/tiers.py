"""A price in two tiers, for `told`: so much for the first so many units (a rate, or one sum),
then a rate for each unit after them, and the quantity used told. "We charge $34 a foot for the
first 200 ft of drilling and $41 a foot after that. This well went down 265 ft. What's the
drilling bill?" -> "34 * 200 + 41 * (265 - 200)"; "£240 to empty the first 4,000 litres and
4.5p a litre after that … a 6,800 litre tank" -> "240 + 0.045 * (6800 - 4000)"; "An 8-yard skip
is £285 for 14 days, then £8 for each extra day, plus a £45 council permit … kept it 19 days"
-> "285 + 8 * (19 - 14) + 45".

The second rate must be said to come after the first tier ("after that", "for each extra
day"), every unit must be one (a foot, "ft", "feet"), the quantity must be over the first tier,
and a fee said with "plus" is added once. Any other number (but a size in a name, "an 8-yard
skip") is left to the model, as is a question that does not ask for money. Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.asked import asked_units
from tools.calculator.measures import NUM, one_unit
from tools.calculator.rates import MAX_STORY, SENTENCES
from tools.calculator.takeaway import MONEY, money_number
from tools.words import SIZED_NAME

# "$34 a foot for the first 200 ft", "£240 to empty the first 4,000 litres", "£285 for 14 days"
_FIRST = re.compile(
    rf"(?P<p1>{MONEY})\s+(?:(?:a|an|per)\s+(?P<u1>[a-z]+)\s+)?(?:for|to\s+[a-z]+)\s+(?:the\s+)?"
    rf"(?P<first>first\s+)?(?P<n1>{NUM})\s*(?P<u1b>[a-z]+)\b",
    re.IGNORECASE,
)
# "$41 a foot after that", "£8 for each extra day", "4.5p a litre after that"
_THEN = re.compile(
    rf"(?P<p2>{MONEY})\s+(?:a|an|per|for\s+(?:each|every))\s+(?P<more>(?:extra|additional|further)\s+)?"
    r"(?P<u2>[a-z]+)(?P<after>\s+(?:after\s+that|after\s+those|beyond\s+that|thereafter|over\s+that))?",
    re.IGNORECASE,
)
# The first so many at a share off a rate: "£19.75 a week and the first 4 weeks are half price"
_RATE = re.compile(rf"(?P<p>{MONEY})\s+(?:a|an|per)\s+(?P<u>[a-z]+)\b", re.IGNORECASE)
_FIRST_OFF = re.compile(
    rf"\bthe\s+first\s+(?P<n1>{NUM})\s+(?P<u1>[a-z]+)\s+(?:are|is|go|come|at)\s+(?:at\s+)?"
    rf"(?:(?P<half>half\s+price)|(?P<off>{NUM})\s*%\s+off|(?P<free>free))",
    re.IGNORECASE,
)
_FEE = re.compile(rf"\bplus\s+(?:an?\s+)?(?P<fee>{MONEY})\b", re.IGNORECASE)
# the quantity used: "went down 265 ft", "a 6,800 litre tank", "kept it 19 days"
_USED = re.compile(rf"(?<![\w.,$€£])(?P<n>{NUM})[\s-]*(?P<u>[a-z]+)\b", re.IGNORECASE)


def tiered_price(worded: str) -> str | None:
    """The price of a quantity under two tiers (see the module docstring), or None."""
    if len(worded) > MAX_STORY or "first" not in worded.lower() and "extra" not in worded.lower():
        return None  # (cheap test first)
    sentences = [s.strip() for s in SENTENCES.split(worded.strip())]
    if not 2 <= len(sentences) <= 4:
        return None
    question = sentences[-1]
    if asked_units(question.rstrip("?. ")) != Counter({"money": 1}):
        return None
    if offs := list(_FIRST_OFF.finditer(worded)):
        return _first_off(worded, offs)
    firsts = list(_FIRST.finditer(worded))
    thens = [m for m in _THEN.finditer(worded) if m["more"] or m["after"]]
    if len(firsts) != 1 or len(thens) != 1:
        return None
    first, then = firsts[0], thens[0]
    unit = one_unit(first["u1b"])
    if one_unit(then["u2"]) != unit or (first["u1"] and one_unit(first["u1"]) != unit):
        return None
    fees = list(_FEE.finditer(worded))
    if len(fees) > 1:
        return None
    rest = SIZED_NAME.sub(" ", _blanked(worded, [first, then, *fees]))  # ("an 8-yard skip")
    used = [m for m in _USED.finditer(rest) if one_unit(m["u"]) == unit]
    if len(used) != 1 or any(c.isdigit() for c in _blanked(rest, used)):
        return None  # one quantity in the tiers' unit, and no other number
    n1, n = (x.replace(",", "") for x in (first["n1"], used[0]["n"]))
    if float(n) <= float(n1):
        return None  # (at or under the first tier: not what the story is about)
    p1, p2 = money_number(first["p1"]), money_number(then["p2"])
    base = f"{p1} * {n1}" if first["u1"] else p1
    fee = f" + {money_number(fees[0]['fee'])}" if fees else ""
    return f"{base} + {p2} * ({n} - {n1}){fee}"


def _first_off(worded: str, offs: list[re.Match[str]]) -> str | None:
    """ "19.75 * 16 - 19.75 * 4 * 1/2" for a rate, the first so many at a share off it, and the
    quantity used told."""
    rates = list(_RATE.finditer(worded))
    if len(offs) != 1 or len(rates) != 1 or _FEE.search(worded):
        return None
    off, rate = offs[0], rates[0]
    unit = one_unit(rate["u"])
    if one_unit(off["u1"]) != unit:
        return None
    rest = SIZED_NAME.sub(" ", _blanked(worded, [off, rate]))
    used = [m for m in _USED.finditer(rest) if one_unit(m["u"]) == unit]
    if len(used) != 1 or any(c.isdigit() for c in _blanked(rest, used)):
        return None
    n1, n = (x.replace(",", "") for x in (off["n1"], used[0]["n"]))
    share = "1/2" if off["half"] else "1" if off["free"] else f"{off['off']}/100"
    if float(n) < float(n1) or off["off"] and not 0 < float(off["off"]) < 100:
        return None
    p = money_number(rate["p"])
    return f"{p} * {n} - {p} * {n1} * {share}"


def _blanked(text: str, found: list[re.Match[str]]) -> str:
    """`text` with the spans found blanked out."""
    for m in found:
        text = f"{text[: m.start()]}{' ' * (m.end() - m.start())}{text[m.end() :]}"
    return text
