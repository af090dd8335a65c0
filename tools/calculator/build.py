"""Builds sympy objects from the grammar's tuple AST and formats results; runs in the worker.

`build` maps each whitelisted node kind to one sympy constructor (no sympify, no parse_expr,
no eval) and re-checks sizes on exact values so `2^(10^6)` is refused before sympy computes it.
`format_value` turns a sympy result into short exact text ("11303", "0.75", "1/3 ≈ 0.333…").
`evaluate` is the bounded worker's entry point for the calculator.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

import mpmath
import sympy as sp

from tools.calculator.grammar import MAX_DIGITS, MAX_FACTORIAL, Node
from tools.calculator.lexer import FUNCTIONS, GrammarError
from tools.calculator.lexer import MAX_NUMBER_DIGITS as MAX_INPUT_DIGITS

SIG_DIGITS = 15
MAX_SHOWN_DIGITS = 1000
MAX_ROUND_PLACES = 100

_UNARY = {
    "sqrt": sp.sqrt,
    "abs": sp.Abs,
    "exp": sp.exp,
    "ln": sp.log,
    "log10": lambda a: sp.log(a, 10),
    "log2": lambda a: sp.log(a, 2),
    "sin": sp.sin,
    "cos": sp.cos,
    "tan": sp.tan,
    "cot": sp.cot,
    "sec": sp.sec,
    "csc": sp.csc,
    "asin": sp.asin,
    "acos": sp.acos,
    "atan": sp.atan,
    "arcsin": sp.asin,
    "arccos": sp.acos,
    "arctan": sp.atan,
    "sinh": sp.sinh,
    "cosh": sp.cosh,
    "tanh": sp.tanh,
    "floor": sp.floor,
    "ceil": sp.ceiling,
    "cbrt": lambda a: sp.real_root(a, 3),
}
_CONST = {"pi": sp.pi, "e": sp.E, "oo": sp.oo}
_RELATIONAL = {
    "lt": sp.StrictLessThan,
    "le": sp.LessThan,
    "gt": sp.StrictGreaterThan,
    "ge": sp.GreaterThan,
}
VAR_TEXT = re.compile(r"[A-Za-z](?:_?\d{1,2})?")


def build(
    node: Node, *, natural_log: bool = False, symbols: dict[str, sp.Symbol] | None = None
) -> sp.Expr:
    """The sympy expression for `node`. `natural_log` makes one-argument log mean ln."""
    _validate(node, 0)
    b = _Builder(natural_log, symbols if symbols is not None else {})
    return b.node(node)


_NUMBER_TEXT = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {
    "neg": 1,
    "pct": 1,
    "deg": 1,
    "fact": 1,
    "fact2": 1,
    "add": 2,
    "sub": 2,
    "mul": 2,
    "div": 2,
    "floordiv": 2,
    "mod": 2,
    "pow": 2,
    "eq": 2,
    "lt": 2,
    "le": 2,
    "gt": 2,
    "ge": 2,
}


def _validate(node: Any, depth: int) -> None:
    """Refuse any payload that the grammar could not have produced (the worker trusts no one)."""
    if depth > 200 or not isinstance(node, tuple) or not node:
        raise GrammarError("malformed expression tree")
    kind = node[0]
    if kind == "num":
        if (
            len(node) != 2
            or not isinstance(node[1], str)
            or not _NUMBER_TEXT.fullmatch(node[1])
            or len(node[1]) > MAX_INPUT_DIGITS
        ):
            raise GrammarError("malformed number")
    elif kind == "const":
        if len(node) != 2 or node[1] not in _CONST:
            raise GrammarError("unknown constant")
    elif kind == "var":
        if len(node) != 2 or not isinstance(node[1], str) or not VAR_TEXT.fullmatch(node[1]):
            raise GrammarError("malformed variable")
    elif kind == "call":
        if (
            len(node) != 3
            or node[1] not in FUNCTIONS
            or not isinstance(node[2], tuple)
            or len(node[2]) not in FUNCTIONS[node[1]] + ((2,) if node[1] == "log" else ())
        ):
            raise GrammarError("unknown function")
        for arg in node[2]:
            _validate(arg, depth + 1)
    elif kind in _ARITY and len(node) == 1 + _ARITY[kind]:
        for arg in node[1:]:
            _validate(arg, depth + 1)
    else:
        raise GrammarError(f"unknown node {str(kind)[:20]!r}")


class _Builder:
    def __init__(self, natural_log: bool, symbols: dict[str, sp.Symbol]) -> None:
        self.natural_log = natural_log
        self.symbols = symbols

    def node(self, n: Node) -> Any:
        kind = n[0]
        if kind == "num":
            return sp.Rational(n[1]) if any(c in n[1] for c in ".eE") else sp.Integer(n[1])
        if kind == "const":
            return _CONST[n[1]]
        if kind == "var":
            return self.symbols.setdefault(n[1], sp.Symbol(n[1]))
        if kind == "neg":
            return -self.node(n[1])
        if kind == "pct":
            return self.node(n[1]) / 100
        if kind == "deg":
            return self.node(n[1]) * sp.pi / 180
        if kind == "fact":
            return self.factorial(self.node(n[1]))
        if kind == "fact2":
            return self.factorial(self.node(n[1]), double=True)
        if kind == "call":
            return self.call(n[1], [self.node(a) for a in n[2]])
        if kind == "eq":
            return sp.Eq(self.node(n[1]), self.node(n[2]), evaluate=False)
        if kind in _RELATIONAL:
            return _RELATIONAL[kind](self.node(n[1]), self.node(n[2]), evaluate=False)
        a, b = self.node(n[1]), self.node(n[2])
        if kind == "add":
            return a + b
        if kind == "sub":
            return a - b
        if kind == "mul":
            return a * b
        if kind == "div":
            if b == 0:
                raise GrammarError("division by zero")
            return a / b
        if kind == "floordiv":
            if b == 0:
                raise GrammarError("division by zero")
            return sp.floor(a / b)
        if kind == "mod":
            if b == 0:
                raise GrammarError("modulo by zero")
            return sp.Mod(a, b)
        if kind == "pow":
            return self.power(a, b)
        raise GrammarError(f"unknown node {kind!r}")

    def power(self, base: Any, exp: Any) -> Any:
        if base.is_zero and exp.is_zero:
            raise GrammarError("0^0 is 1 by one convention and undefined by another")
        if base.is_number and exp.is_number and exp.is_real and base != 0:
            mag = abs(float(exp)) if exp.is_finite else math.inf
            size = abs(_log10_abs(base))
            if mag * max(size, 1e-9) > MAX_DIGITS and size > 0:
                raise GrammarError(
                    f"the result would have about {mag * size:.3g} digits; the "
                    f"limit is {MAX_DIGITS}"
                )
        if base.is_number and base.is_negative and exp.is_Rational and not exp.is_Integer:
            # (-8)^(1/3): sympy's principal root is complex, most calculators say -2.
            raise GrammarError(
                "a fractional power of a negative number is ambiguous; "
                "use cbrt() for a real cube root"
            )
        if base == 0 and exp.is_number and exp.is_negative:
            raise GrammarError("zero to a negative power is undefined (division by zero)")
        return sp.Pow(base, exp)

    def factorial(self, arg: Any, *, double: bool = False) -> Any:
        """n! or the double factorial n!! = n(n-2)(n-4)... (5!! = 15, not (5!)!)."""
        if arg.is_number:
            if not (arg.is_integer and arg >= 0):
                raise GrammarError(f"factorial needs a non-negative integer, got {arg}")
            if arg > MAX_FACTORIAL:
                raise GrammarError(f"factorial argument {arg} is above the limit {MAX_FACTORIAL}")
        return sp.factorial2(arg) if double else sp.factorial(arg)

    def call(self, name: str, args: list[Any]) -> Any:
        if name == "factorial":
            return self.factorial(args[0])
        if name == "log":
            if len(args) == 2:
                return sp.log(args[0], args[1])
            return sp.log(args[0]) if self.natural_log else sp.log(args[0], 10)
        if name in ("gcd", "lcm"):
            if not all(a.is_integer for a in args):
                raise GrammarError(f"{name} needs integers")
            return functools.reduce(sp.gcd if name == "gcd" else sp.lcm, args)
        if name == "median":
            if not all(a.is_real for a in args):
                raise GrammarError("median needs real numbers")
            ordered = sorted(args, key=lambda a: sp.Rational(a) if a.is_Rational else float(a))
            mid = len(ordered) // 2
            return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        if name in ("max", "min"):
            if not all(a.is_real for a in args):
                raise GrammarError(f"{name} needs real numbers")
            return (sp.Max if name == "max" else sp.Min)(*args)
        if name in ("binomial", "choose"):
            if args[1].is_number and args[1] > MAX_FACTORIAL:
                raise GrammarError(f"binomial lower argument is above the limit {MAX_FACTORIAL}")
            return sp.binomial(*args)
        if name == "round":
            return _round_half_away(args[0], args[1] if len(args) == 2 else sp.Integer(0))
        if name == "sqrt" and args[0].is_number and args[0].is_negative:
            raise GrammarError("square root of a negative number has no real value")
        return _UNARY[name](args[0])


def _round_half_away(value: Any, places: Any) -> Any:
    """School rounding (2.5 -> 3, -2.5 -> -3) to `places` decimals, exactly; not banker's."""
    if not (places.is_Integer and -20 <= places <= MAX_ROUND_PLACES):
        raise GrammarError(f"round to a whole number of places between -20 and {MAX_ROUND_PLACES}")
    if not (value.is_number and value.is_real):
        raise GrammarError("round needs a real number")
    scale = sp.Integer(10) ** places
    if value.is_Rational:
        scaled = sp.Rational(value) * scale
    else:
        # Enough significant digits for every place asked for, the integer part and a guard:
        # a fixed 60 gave round(pi, 70) only 59 correct decimals.
        digits = int(places) + max(0, math.ceil(_log10_abs(value))) + 30
        scaled = sp.Rational(str(sp.N(value * scale, max(digits, 30))))
    whole = sp.floor(abs(scaled) + sp.Rational(1, 2))
    return sp.sign(scaled) * whole / scale


def _log10_abs(x: Any) -> float:
    try:
        if x.is_Integer:
            return (len(str(abs(int(x)))) - 1) if abs(int(x)) > 10**300 else math.log10(abs(int(x)))
        return math.log10(abs(complex(sp.N(x, 15))))
    except (ValueError, OverflowError, TypeError):
        return math.inf


def decimal_text(value: sp.Rational, max_places: int = 60) -> str | None:
    """Exact decimal text of a rational whose denominator has only 2s and 5s (at most
    `max_places` decimals), else None."""
    p, q = int(value.p), int(value.q)
    twos = fives = 0
    while q % 2 == 0:
        q //= 2
        twos += 1
    while q % 5 == 0:
        q //= 5
        fives += 1
    if q != 1:
        return None
    places = max(twos, fives)
    if places > max_places:
        return None
    scaled = abs(p) * 10**places // int(value.q)
    digits = str(scaled).rjust(places + 1, "0")
    text = digits[:-places] + "." + digits[-places:] if places else digits
    return ("-" if p < 0 else "") + text


def approx_text(value: Any, sig: int = SIG_DIGITS) -> str:
    """A rounded decimal with `sig` significant digits, trailing zeros removed."""
    if value.is_infinite or value.has(sp.oo, -sp.oo, sp.zoo):
        return {sp.oo: "∞", -sp.oo: "−∞"}.get(value, "undefined (infinite)")
    f = sp.N(value, sig)
    if f.is_zero:
        return "0"
    if isinstance(f, sp.Float):
        # mpmath keeps the exponent when a double would overflow (2^5000, 10^-400).
        return mpmath.nstr(f._to_mpmath(f._prec), sig, min_fixed=-6, max_fixed=15)
    if f.is_number and f.as_real_imag()[1] != 0:
        re_, im = (sp.N(part, sig) for part in f.as_real_imag())
        sign = "+" if im >= 0 else "-"
        return f"{approx_text(re_, sig)} {sign} {approx_text(abs(im), sig)}i"
    raise GrammarError("the value cannot be evaluated numerically")


def exact_text(value: Any) -> str:
    """sympy's own form of an exact value, in calculator notation ("3x^2 + 2√2·i", "ln(x)")."""
    text = sp.sstr(value).replace("**", "^").replace("log(", "ln(").replace("exp(", "e^(")
    text = re.sub(r"\bI\b", "i", re.sub(r"\bE\b", "e", re.sub(r"\boo\b", "∞", text)))
    text = re.sub(r"\bpi\b", "π", text)
    text = re.sub(r"sqrt\((\w+)\)", r"√\1", text).replace("sqrt(", "√(")
    text = re.sub(r"e\^\((\w+)\)", r"e^\1", text)
    text = re.sub(r"Abs\(([^()]*)\)", r"|\1|", text)
    text = re.sub(r"(?<![\w.^√])(\d+)\*(?=[a-zA-Z(√])", r"\1", text)
    return text.replace("*", "·")


def format_value(value: Any, max_places: int = 60) -> tuple[str, Any]:
    """(short text, machine value) for an evaluated number; `max_places` decimals at most are
    written out exactly (a rounding asks for up to 100)."""
    if value is sp.nan or value.has(sp.zoo, sp.nan):
        raise GrammarError("the result is undefined")
    if value.is_Integer:
        n = int(value)
        digits = len(str(abs(n)))
        if digits > MAX_SHOWN_DIGITS:
            return f"≈ {approx_text(value)} ({digits} digits)", str(n)
        return str(n), n
    if value.is_Rational:
        dec = decimal_text(value, max_places)
        if dec is not None:
            return dec, float(value)
        fraction = f"{value.p}/{value.q}"
        if len(fraction) > 60:
            return f"≈ {approx_text(value)}", approx_text(value)
        return f"{fraction} ≈ {approx_text(value)}", float(value)
    if value.is_number and value.is_real is False:
        raise GrammarError("the result is not a real number")
    if value.is_number:
        approx = approx_text(value)
        exact = exact_text(value)
        if len(exact) > 60 or value.free_symbols != set() or exact == approx:
            return f"≈ {approx}", approx
        return f"{exact} ≈ {approx}", approx
    raise GrammarError("the expression has unknowns; ask to simplify or solve it instead")


def _fraction(value: Any) -> dict[str, Any]:
    """The exact value as p/q in lowest terms; an irrational one has none."""
    if not (isinstance(value, sp.Expr) and value.is_Rational):
        raise GrammarError("the value is not a fraction of whole numbers")
    if value.is_Integer:
        return {"text": str(int(value)), "value": int(value)}
    text = f"{value.p}/{value.q}"
    if len(text) > MAX_SHOWN_DIGITS:
        raise GrammarError("the fraction is too long to show")
    return {"text": text, "value": float(value)}


def evaluate(payload: dict[str, Any]) -> dict[str, Any]:
    """Worker entry: {"ast": node} -> {"ok", "text", "value"} or {"ok": False, "error"}."""
    try:
        value = build(payload["ast"])
        if isinstance(value, sp.Basic) and not isinstance(value, sp.Expr):
            raise GrammarError("the calculator evaluates expressions, not equations")
        value = sp.nsimplify(value) if isinstance(value, float) else value
        node = payload["ast"]
        rounded = node[0] == "call" and node[1] == "round"
        if payload.get("form") == "fraction":
            return {"ok": True, **_fraction(value)}
        text, machine = format_value(value, MAX_ROUND_PLACES if rounded else 60)
        return {"ok": True, "text": text, "value": machine}
    except GrammarError as exc:
        return {"ok": False, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - sympy raises many types; all mean "no answer"
        return {"ok": False, "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
