"""Few-shot detection: do earlier tool-shaped turns show ordinary arithmetic, or a redefinition?

A conversation like "2+2" -> "5", "3+3" -> ? defines its own operation, so the router must
abstain. "2+2" -> "4", "3+3" -> ? is just a user asking twice. `consistent_history` checks each
earlier calculator-shaped user turn against the reply that followed, with an exact
`fractions.Fraction` evaluation of small +, -, ×, ÷, ^ trees (pure Python, bounded).
Anything it cannot check counts as inconsistent.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from router.grading import last_number
from tools.calculator import parse_request

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


def consistent_history(earlier: list[tuple[str, str]]) -> bool:
    """False when an earlier calculator-shaped user turn got a non-standard (or no) answer."""
    for i, (role, body) in enumerate(earlier):
        if role != "user":
            continue
        found = parse_request(body, bare=True)
        if found is None:
            continue
        value = quick_value(found[0])
        reply = earlier[i + 1][1] if i + 1 < len(earlier) and earlier[i + 1][0] == "assistant" \
            else None
        got = last_number(reply) if reply else None
        if value is None or got is None:
            return False
        if abs(got - float(value)) > 1e-9 * max(1.0, abs(float(value))):
            return False
    return True
