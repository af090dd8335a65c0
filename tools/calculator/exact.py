"""Exact few-shot checking for the calculator: small arithmetic in `fractions.Fraction`.

`quick_value` evaluates tiny +, -, ×, ÷, ^ trees of the grammar exactly in pure Python
(bounded exponents and sizes), cheap enough for the router's pure path. `answers_match`
compares an example's written answer with that value. Trees with anything else are
"unknown", which callers treat as a reason to abstain.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+")
_MAX_EXPONENT = 64
_MAX_BITS = 256


def quick_value(node: tuple[Any, ...]) -> Fraction | None:
    """Exact value of a small arithmetic AST, or None when it has anything else."""
    kind = node[0]
    if kind == "num":
        return Fraction(node[1])
    if kind == "neg":
        inner = quick_value(node[1])
        return None if inner is None else -inner
    if kind not in ("add", "sub", "mul", "div", "pow"):
        return None
    a, b = quick_value(node[1]), quick_value(node[2])
    if a is None or b is None:
        return None
    if kind == "add":
        out = a + b
    elif kind == "sub":
        out = a - b
    elif kind == "mul":
        out = a * b
    elif kind == "div":
        if b == 0:
            return None
        out = a / b
    else:
        if b.denominator != 1 or abs(b) > _MAX_EXPONENT or (a == 0 and b < 0):
            return None
        out = a ** int(b)
    if out.numerator.bit_length() > _MAX_BITS or out.denominator.bit_length() > _MAX_BITS:
        return None
    return out


def answers_match(value: Fraction | None, answer: str | None) -> bool:
    """True when the last number written in `answer` is `value` (to 1e-9 relative)."""
    if value is None or not answer:
        return False
    found = _NUMBER.findall(answer.replace("\u2212", "-"))
    if not found:
        return False
    got = float(found[-1].replace(",", ""))
    return abs(got - float(value)) <= 1e-9 * max(1.0, abs(float(value)))
