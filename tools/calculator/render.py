"""Renders the grammar's tuple AST back to short math text ("127 × 89", "15% of 80", "√144").

Used for the "expression = result" answers. Parenthesizes by precedence only where needed, so
the echo shows the user how their request was read. Pure string work, no sympy.
"""

from __future__ import annotations

from tools.calculator.grammar import Node, ends_in_pct

_BIN = {
    "add": (" + ", 1),
    "sub": (" − ", 1),
    "mul": (" × ", 2),
    "div": (" ÷ ", 2),
    "mod": (" mod ", 2),
    "floordiv": (" // ", 2),
    "pow": ("^", 4),
}
_RELATION_SIGNS = {"eq": "=", "lt": "<", "le": "≤", "gt": ">", "ge": "≥"}
_NAMES = {"ln": "ln", "log10": "log₁₀", "log2": "log₂", "cbrt": "∛", "sqrt": "√"}


def render(node: Node, *, natural_log: bool = False, implicit: bool = False) -> str:
    """Math text for `node`; `natural_log` says whether a one-argument log is ln."""
    return _render(node, natural_log, implicit)[0]


def _wrap(text: str, prec: int, need: int) -> str:
    return f"({text})" if prec < need else text


def _render(n: Node, nl: bool, implicit: bool) -> tuple[str, int]:
    kind = n[0]
    if kind == "num":
        return n[1], 9
    if kind == "const":
        return {"pi": "π", "e": "e", "oo": "∞"}[n[1]], 9
    if kind == "var":
        return n[1], 9
    if kind == "neg":
        inner, p = _render(n[1], nl, implicit)
        return "−" + _wrap(inner, p, 4), 3
    if kind in ("fact", "fact2", "pct", "deg"):
        inner, p = _render(n[1], nl, implicit)
        return _wrap(inner, p, 9) + {"fact": "!", "fact2": "!!", "pct": "%", "deg": "°"}[kind], 8
    if kind == "call":
        return _call(n[1], n[2], nl, implicit), 9
    if kind in _RELATION_SIGNS:
        left, right = _render(n[1], nl, implicit)[0], _render(n[2], nl, implicit)[0]
        return f"{left} {_RELATION_SIGNS[kind]} {right}", 0
    sym, prec = _BIN[kind]
    if implicit and kind == "div":
        sym = "/"  # algebra reads "x/(x − 1)", not "x ÷ (x − 1)"
    left, lp = _render(n[1], nl, implicit)
    right, rp = _render(n[2], nl, implicit)
    if kind == "mul" and ends_in_pct(n[1]):
        return f"{left} of {_wrap(right, rp, 3)}", 2
    if kind == "mul" and implicit:
        # Symbolic echo: "2x", "3 sin(x)" read better than "2 × x".
        sym = "" if n[1][0] == "num" and n[2][0] in ("var", "pow") and right[0].isalpha() else "·"
    if kind == "pow":
        return f"{_wrap(left, lp, 8)}^{_wrap(right, rp, 9)}", prec
    # Left-associative: the right operand of − and ÷ needs brackets at equal precedence.
    right_need = prec + 1 if kind in ("sub", "div", "mod", "floordiv") else prec
    if kind == "mul" and n[2][0] == "neg":
        right_need = 9
    return f"{_wrap(left, lp, prec)}{sym}{_wrap(right, rp, right_need)}", prec


def _call(name: str, args: tuple[Node, ...], nl: bool, implicit: bool) -> str:
    texts = [_render(a, nl, implicit)[0] for a in args]
    if name in ("sqrt", "cbrt") and args[0][0] in ("num", "var", "const"):
        return _NAMES[name] + texts[0]
    if name == "abs":
        return f"|{texts[0]}|"
    if name == "log" and len(args) == 2:
        return f"log_{texts[1]}({texts[0]})"
    if name == "log":
        return ("ln" if nl else "log₁₀") + f"({texts[0]})"
    if name == "factorial":
        return f"{texts[0]}!" if args[0][0] in ("num", "var") else f"({texts[0]})!"
    return f"{_NAMES.get(name, name)}({', '.join(texts)})"
