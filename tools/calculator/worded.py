"""Worded operations on two operands, and a rounding, for `frames.rewrite`: "the sum of 5 and 3"
-> "(5) + (3)", "subtract 4 from 9" -> "(9) - (4)", "5 added to 7" -> "(7) + (5)", "split 1000
into 16 equal parts" -> "(1000) / (16)", "round 3.14159 to 2 decimal places" ->
"round(3.14159, 2)". A body no frame matches comes back unchanged, and one a frame refuses as
text the grammar refuses. Pure string work.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from tools.calculator.percent_frames import compiled as _compiled

# A share asked after the split: "split a $1,047.60 bill six ways, how much each"
_HOW_MUCH_EACH = (
    r"(?:,? how much (?:each|is each|per person|does each (?:person|one) (?:pay|get)))?"
)

_PART = r"(?:part|piece|share|portion|group)"
_PARTS = rf"{_PART}s"
# Verb and noun frames with two operands: "the sum of 5 and 3", "subtract 4 from 9".
_BINARY_FRAMES = _compiled(
    (r"^(?:the )?sum of (.+?) and (.+)$", "({0}) + ({1})"),
    (r"^(?:the )?product of (.+?) and (.+)$", "({0}) * ({1})"),
    (r"^(?:the )?difference (?:between|of) (.+?) and (.+)$", "({0}) - ({1})"),
    (r"^(?:the )?quotient of (.+?) (?:and|by|divided by) (.+)$", "({0}) / ({1})"),
    (r"^add (.+?) (?:and|to) (.+)$", "({0}) + ({1})"),
    (r"^multiply (.+?) (?:by|and|with) (.+)$", "({0}) * ({1})"),
    (r"^subtract (.+?) from (.+)$", "({1}) - ({0})"),
    # "5 added to 7", "5 subtracted from 7" (a percentage added is `percent_frames`' to read)
    (r"^(?!.*%)(.+?) added to (.+)$", "({1}) + ({0})"),
    (r"^(?!.*%)(.+?) (?:subtracted|taken away|taken) from (.+)$", "({1}) - ({0})"),
    (r"^take (?:away )?(.+?) (?:away )?from (.+)$", "({1}) - ({0})"),
    (r"^divide (.+?) by (.+)$", "({0}) / ({1})"),
    # "Split a $187.60 restaurant bill four ways" (the amount, and what it is the amount of)
    (
        (
            r"^split (?:a|the|our|my) (\d[\d,.]*)(?: [a-z]+){1,2} (\d+) ways(?: (?:evenly|equally))?"
            rf"{_HOW_MUCH_EACH}$"
        ),  # (", how much each")
        "({0}) / ({1})",
    ),
    (
        (
            r"^split (?:a|the|our|my) (\d[\d,.]*)(?: [a-z]+){1,2} (?:equally |evenly )?(?:between|among)"
            r" (\d+)(?: (?:people|of us|friends|ways))?$"
        ),
        "({0}) / ({1})",
    ),
    (rf"^split (.+?) (\d+) ways(?: (?:evenly|equally))?{_HOW_MUCH_EACH}$", "({0}) / ({1})"),
    # "Share 9,876 equally between 12", "9,876 shared equally into 12 - how much is each share?"
    (
        (
            r"^(?:share|split|divide) (\d[\d,]*(?:\.\d+)?) (?:equally |evenly )?(?:between|among|amongst)"
            r" (\d+)(?: (?:people|ways))?$"
        ),
        "({0}) / ({1})",
    ),
    (
        (
            r"^(\d[\d,]*(?:\.\d+)?) (?:is |are )?(?:shared|split|divided) (?:equally |evenly )?"
            r"(?:between|among|amongst|into) (\d+)(?: (?:people|ways|shares))?$"
        ),
        "({0}) / ({1})",
    ),
    # "£86.40 between six of us, how much each?"
    (
        (
            r"^(\d[\d,]*(?:\.\d+)?) (?:split |shared )?(?:equally |evenly )?(?:between|among) (\d+)"
            r"(?: of us| people| friends)?,? how much (?:each|per person|is that each)$"
        ),
        "({0}) / ({1})",
    ),
    # "split 1000 into 16 equal parts", "If 1,000 is split into 16 equal parts, how big is each
    # part?"
    (rf"^(?:split|divide|share|cut) (.+?) into (\d+) equal {_PARTS}$", "({0}) / ({1})"),
    (
        (
            rf"^(?:if )?(.+?) (?:is |are )?(?:split|divided|shared|cut) into (\d+) equal {_PARTS}"
            rf"(?:,? (?:how (?:big|much|large) is|what(?:'s| is)) (?:each|one) {_PART})?$"
        ),
        "({0}) / ({1})",
    ),
)


_ROUND = re.compile(
    r"^round (?:off )?(.+?) to (?:the nearest |(\d+) )?(decimal places?|decimals?|dp|"
    r"significant figures?|whole number|integer|ten|hundred|thousand|tenth|hundredth|thousandth)$",
    re.IGNORECASE,
)
_ROUND_PLACES = {
    "whole number": 0,
    "integer": 0,
    "ten": -1,
    "hundred": -2,
    "thousand": -3,
    "tenth": 1,
    "hundredth": 2,
    "thousandth": 3,
}


def round_frame(body: str) -> str:
    """ "round 3.14159 to 2 decimal places" -> "round(3.14159, 2)"; significant figures abstain."""
    m = _ROUND.match(body)
    if not m:
        return body
    value, count, unit = m.groups()
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", value):
        value = value.replace(",", "")  # "18,449": a thousands separator, not an argument list
    unit = unit.lower()
    if unit.startswith(("decimal", "dp")) and count:
        return f"round({value}, {count})"
    if unit in _ROUND_PLACES and not count:
        return f"round({value}, {_ROUND_PLACES[unit]})"
    return "round?"  # "3 significant figures" etc.: a different operation; the grammar refuses


# "How many times does 23 go into 2,967?": answered only when it goes in whole (7 into 50 is 7
# times with 1 over, or 7.14: the model says which is meant)
_GOES_INTO = re.compile(
    r"^how many times (?:does|will|can) (\d+(?:\.\d+)?) go into (\d[\d,]*(?:\.\d+)?)$",
    re.IGNORECASE,
)


# "what whole number squared gives 7056": the square root, when it is a whole number
_SQUARED_GIVES = re.compile(
    r"^what (?:whole |positive )?number,? (?:when )?squared,? (?:gives|makes|equals|is|comes to)"
    r" (\d[\d,]*)$"
    r"|^(\d[\d,]*) is a perfect square,? (?:[—–-] )?(?:so )?(?:what(?:'s| is) its (?:square )?root"
    r"|of which (?:whole )?number)$",
    re.IGNORECASE,
)


def two_operands(body: str) -> str:
    """The body with its two-operand frame written as an expression (or unchanged)."""
    if squared := _SQUARED_GIVES.match(body):
        n = int((squared[1] or squared[2]).replace(",", ""))
        return f"sqrt({n})" if math.isqrt(n) ** 2 == n else "whole root?"
    if (into := _GOES_INTO.match(body)) and Fraction(into[1]) != 0:
        whole = Fraction(into[2].replace(",", "")) / Fraction(into[1])
        return f"({into[2]}) / ({into[1]})" if whole.denominator == 1 else "goes into?"
    for pattern, form in _BINARY_FRAMES:
        m = pattern.match(body)
        if m:
            left, right = m.groups()
            if re.search(r"\b(?:and|from|by|to|with)\b", left + " " + right, re.IGNORECASE):
                return body  # "sum of 1 and 2 and 3": leave it to the grammar, which refuses
            return form.format(left, right)
    return body
