"""Recursive-descent parser: math tokens to a plain tuple AST, with size guards.

The AST uses only tuples of strings (picklable, trivially inspectable): ("num", "12.5"),
("const", "pi"), ("var", "x"), ("neg", a), ("add"|"sub"|"mul"|"div"|"floordiv"|"pow"|"mod", a, b),
("fact", a), ("fact2", a) (the double factorial a!!), ("pct", a), ("deg", a),
("call", name, (args...)), and at the top only ("eq"|"lt"|"le"|"gt"|"ge", lhs, rhs).
Nothing here builds sympy objects or evaluates user text; `tools.calculator.build` does that later
inside the bounded worker. `parse_math` rejects results that would be absurdly large.
"""

from __future__ import annotations

import math
from typing import Any

from tools.calculator.lexer import CONSTANTS, FUNCTIONS, GrammarError, Token, tokenize

Node = tuple[Any, ...]
MAX_DIGITS = 20_000  # results with more digits than this are refused before any work
MAX_FACTORIAL = 5_000
MAX_NODES = 200
RELATIONS = {"=": "eq", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
RELATION_KINDS = frozenset(RELATIONS.values())

_PRIMARY_START = {"(", "[", "|"}
_SQUARED, _CUBED = "\u00b2", "\u00b3"  # the lexer's tokens for the words "squared", "cubed"


class _Parser:
    def __init__(self, tokens: list[Token], variables: bool) -> None:
        self.toks = tokens
        self.pos = 0
        self.variables = variables
        self.in_abs = 0
        self.in_exponent = 0  # "2^3 squared": is it (2^3)^2 or 2^(3^2)? refused as ambiguous

    # -- token helpers -------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def take(self) -> Token:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def at_op(self, *ops: str) -> bool:
        return self.tok.kind == "op" and self.tok.text in ops

    def expect(self, op: str) -> None:
        if not self.at_op(op):
            raise GrammarError(f"expected {op!r} but found {self.tok.text or 'the end'!r}")
        self.pos += 1

    # -- grammar -------------------------------------------------------------------------
    def statement(self) -> Node:
        left = self.expr()
        if self.tok.kind == "op" and self.tok.text in RELATIONS:
            kind = RELATIONS[self.take().text]
            if kind == "eq" and self.tok.kind == "end":
                return left  # "2+2 =" asks for the value
            left = (kind, left, self.expr())
        if self.tok.kind != "end":
            raise GrammarError(f"unexpected {self.tok.text!r} after a complete expression")
        return left

    def expr(self) -> Node:
        node = self.term()
        while self.at_op("+", "-"):
            op = "add" if self.take().text == "+" else "sub"
            right = self.term()
            if (right[0] == "pct") != (node[0] == "pct"):
                # "80 + 15%" means 92 on some calculators and 80.15 on others ("20% + 258.40"
                # 258.6 or 310.08).
                raise GrammarError("adding a bare percentage to a number is ambiguous")
            node = (op, node, right)
        return node

    def term(self) -> Node:
        node = self.unary()
        after_div = False
        while True:
            if self.at_op("*", "/", "//"):
                op = {"/": "div", "//": "floordiv"}.get(self.take().text, "mul")
                node = (op, node, self.unary())
                after_div = op != "mul"
                continue
            elif self.tok.kind == "name" and self.tok.text == "mod":
                self.take()
                node = ("mod", node, self.unary())
            elif self.tok.kind == "name" and self.tok.text == "of" and ends_in_pct(node):
                # "12% of 35% of 5,000": a chain of percentages, each of what follows it
                self.take()
                node = ("mul", node, self.unary())
            elif self.starts_implicit(node):
                if after_div:
                    # "6/2(1+2)" and "1/2x": readers split on whether juxtaposition binds tighter.
                    raise GrammarError("ambiguous: implicit multiplication right after a division")
                node = ("mul", node, self.power())
            else:
                return node

    def starts_implicit(self, left: Node) -> bool:
        """Juxtaposition means multiplication ("2x", "2(3+4)", "x sin x"), never "2 3"."""
        tok = self.tok
        if tok.kind == "op":
            return tok.text in ("(", "[") or (tok.text == "|" and not self.in_abs)
        if tok.kind == "num":
            return False
        if tok.kind == "name":
            if tok.text in ("mod", "of"):
                return False
            if tok.text in FUNCTIONS or tok.text in CONSTANTS:
                return True
            return self.variables
        return False

    def unary(self) -> Node:
        if self.at_op("-"):
            self.take()
            return ("neg", self.unary())
        if self.at_op("+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> Node:
        base = self.postfix()
        if self.at_op("^"):
            self.take()
            self.in_exponent += 1
            exponent = self.unary()
            self.in_exponent -= 1
            return ("pow", base, exponent)  # right-associative; 2^-1 allowed
        return base

    def postfix(self) -> Node:
        node = self.primary()
        factorials = 0
        while self.at_op("!", "!!", "%", "°", "'", _SQUARED, _CUBED):
            op = self.take().text
            if op == "'":
                raise GrammarError("primes (f') are not supported; ask for the derivative")
            if op in (_SQUARED, _CUBED):
                if self.in_exponent:
                    raise GrammarError("ambiguous: a power word inside an exponent")
                node = ("pow", node, ("num", "2" if op == _SQUARED else "3"))
                continue
            if op in ("!", "!!"):
                factorials += 1
                if factorials > 1:
                    # "5!!!" or "5! !": (5!)!! or 5!!! (a triple factorial)? Brackets decide.
                    raise GrammarError("ambiguous run of factorial signs; use brackets")
            node = ({"!": "fact", "!!": "fact2", "%": "pct", "°": "deg"}[op], node)
        return node

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return ("num", tok.text)
        if tok.kind == "op" and tok.text in ("(", "["):
            outer, self.in_exponent = self.in_exponent, 0  # brackets settle the reading
            inner = self.expr()
            self.in_exponent = outer
            self.expect(")" if tok.text == "(" else "]")
            return inner
        if tok.kind == "op" and tok.text == "|" and not self.in_abs:
            self.in_abs += 1
            inner = self.expr()
            self.in_abs -= 1
            self.expect("|")
            return ("call", "abs", (inner,))
        if tok.kind == "name":
            name = tok.text
            if name in FUNCTIONS:
                return self.call(name)
            if name in CONSTANTS:
                return ("const", CONSTANTS[name])
            if self.variables and name not in ("mod", "of"):
                return ("var", name)
            raise GrammarError(f"{name!r} is not a number, function or constant here")
        raise GrammarError(f"unexpected {tok.text or 'end of input'!r}")

    def call(self, name: str) -> Node:
        if self.at_op("_"):  # log_2 x from "log base 2 of x"
            self.take()
            base = ("num", self.take().text)
            arg = self.call_args(1)[0] if self.at_op("(") else self.power()
            return ("call", "log", (arg, base))
        if self.at_op("("):
            args = self.call_args(None)
        else:
            # "sin x", "sqrt 144": applies to the next power, "sin x^2" is sin(x^2).
            args = (self.power(),)
            if args[0][0] == "num" and self.tok.kind == "name" and self.starts_implicit(args[0]):
                raise GrammarError(f"ambiguous: write {name}(2x) or {name}(2)·x")
        allowed = FUNCTIONS[name]
        if len(args) not in allowed:
            raise GrammarError(
                f"{name} takes {' or '.join(map(str, allowed))} argument(s), got {len(args)}"
            )
        return ("call", name, args)

    def call_args(self, count: int | None) -> tuple[Node, ...]:
        self.expect("(")
        args = [self.expr()]
        while self.at_op(","):
            self.take()
            args.append(self.expr())
        self.expect(")")
        if count is not None and len(args) != count:
            raise GrammarError(f"expected {count} argument(s), got {len(args)}")
        return tuple(args)


def parse_math(text: str, *, variables: bool = False) -> Node:
    """Parse one expression or equation; `variables` admits single-letter unknowns."""
    toks = tokenize(text)
    if len(toks) > MAX_NODES:
        raise GrammarError(f"expression has {len(toks)} tokens; the limit is {MAX_NODES}")
    node = _Parser(toks, variables).statement()
    check_size(node)
    return node


def variables_in(node: Node) -> set[str]:
    """The variable names an AST mentions."""
    if node[0] == "var":
        return {node[1]}
    found: set[str] = set()
    for part in node[1:]:
        if isinstance(part, tuple):
            for sub in part if part and isinstance(part[0], tuple) else (part,):
                found |= variables_in(sub)
    return found


def check_size(node: Node) -> float:
    """Upper estimate of log10|value| for constant subtrees; raise when it is absurd.

    Guards the worker against `9^9^9` and `factorial(10^10)` before sympy sees them; the
    worker repeats the checks on exact values, so this only needs to be cheap and safe.
    """
    kind = node[0]
    if kind == "num":
        return math.log10(abs(float(node[1]))) if float(node[1]) else 0.0
    if kind in ("const", "var"):
        return 1.0
    if kind in RELATION_KINDS:
        check_size(node[1])
        check_size(node[2])
        return 0.0
    if kind in ("neg", "pct", "deg"):
        return check_size(node[1])
    if kind == "call":
        sizes = [check_size(a) for a in node[2]]
        if node[1] == "factorial":
            _guard_factorial(sizes[0])
            return _digits_of_factorial(10 ** min(sizes[0], 6))
        if node[1] in ("binomial", "choose"):
            return max(sizes) * 10 ** min(max(sizes), 6)
        return max(sizes)
    if kind in ("fact", "fact2"):
        size = check_size(node[1])
        _guard_factorial(size)
        return _digits_of_factorial(10 ** min(size, 6))
    a, b = check_size(node[1]), check_size(node[2])
    if kind == "pow":
        # |a^b| <= 10^(a_log * 10^b_log): b is the exponent's magnitude.
        est = max(a, 1.0) * 10 ** min(b, 30)
        if est > MAX_DIGITS and b > 0:
            raise GrammarError(
                f"the result would have about 10^{math.log10(est):.0f} digits; "
                f"the limit is {MAX_DIGITS}"
            )
        return est
    if kind in ("mul", "div", "floordiv"):
        return a + b
    return max(a, b) + 1


def _guard_factorial(log_arg: float) -> None:
    if log_arg > math.log10(MAX_FACTORIAL):
        raise GrammarError(f"factorial argument is too large (limit {MAX_FACTORIAL})")


def _digits_of_factorial(n: float) -> float:
    return n * math.log10(max(n, 2.0))


def ends_in_pct(node: Node) -> bool:
    """A percentage, or a chain of them read so far ("12% of 35%")."""
    while node[0] == "mul" and node[2][0] == "pct":
        node = node[1]
    return node[0] == "pct"
