"""Symbolic-math virtual expert: solve, simplify, expand, factor, derivatives, integrals, limits.

`parse` recognises a small set of command frames ("solve …", "derivative of … with respect to
x", "integrate … from a to b", "limit of … as x -> 0", "given f(x) = …, find f(2)") and
parses the math parts with the shared whitelist grammar in variable mode (implicit
multiplication: "2x", "x sin x"). Requests with any other words abstain. `run` executes the
op in the bounded worker (`ops.evaluate`).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from tools.base import (
    SYMBOLIC_LANE,
    Tool,
    ToolCall,
    ToolContext,
    ToolResult,
    run_in_worker,
    warm_symbolic_worker,
)
from tools.calculator import MAX_QUESTION, POLITE_PREFIX, RAW_REACH
from tools.calculator.grammar import RELATION_KINDS, Node, parse_math, variables_in
from tools.calculator.latex import latex_to_text
from tools.calculator.lexer import GrammarError
from tools.calculator.render import render

log = logging.getLogger(__name__)

NAME = "symbolic"

_V = r"[a-zA-Z]"
_WRT = rf"(?:,?\s+(?:with respect to|wrt|w\.r\.t\.?|in terms of|for)\s+(?P<var>{_V}))?"
# "the derivative of x^3 at x = 2": the derivative's value at a point.
_AT = rf"(?:,?\s+(?:at|when|for)\s+(?P<atvar>{_V})\s*=\s*(?P<at>[^,]+?))?"
_ASK = (
    r"(?:(?:find|compute|calculate|evaluate|determine|give|what is|what's|what are)\s+)?"
    r"(?:me\s+)?(?:the\s+)?"
)
_FRAME_SOURCES: tuple[tuple[str, str], ...] = (
    (
        "function",
        (
            r"^(?:(?:given(?: that)?|if|let|suppose|for)\s+)?"
            rf"(?P<f>[fgh])\((?P<var>{_V})\)\s*=\s*"
            r"(?P<body>[^,;]+?)\s*[,;.]?\s*(?:then\s+)?"
            + _ASK
            + r"(?:value of\s+)?(?P=f)\((?P<pt>[^()]+)\)$"
        ),
    ),
    (
        "function",
        (
            rf"^{_ASK}(?:value of\s+)?(?P<f>[fgh])\((?P<pt>[^()]+)\)\s*,?\s*(?:if|when|"
            rf"where|for|given(?: that)?)\s+(?P=f)\((?P<var>{_V})\)\s*=\s*(?P<body>.+)$"
        ),
    ),
    (
        "solve",
        (
            rf"^(?:solve|find|determine)\s+(?:for\s+(?P<var>{_V})\s*(?:in|from|:|,)?\s+)?"
            r"(?:(?:the|this|following|given)\s+)*(?:(?:equations?|system(?: of equations)?)"
            r"\s*)?(?:[:.,]\s*|\s+)?(?P<body>.+?)" + rf"(?:,?\s+for\s+(?P<var2>{_V}))?$"
        ),
    ),
    (
        "solve",
        (
            rf"^(?:find|what is|what's|determine|calculate|compute)\s+(?:the value of\s+)?"
            rf"(?P<var>{_V})\s*(?:(?:if|when|given(?: that)?|such that|where|in)\s+|[:,]\s*)"
            r"(?:the equation\s+)?(?P<body>.+)$"
        ),
    ),
    (
        "solve",
        (
            r"^" + _ASK + r"(?:real\s+)?(?:roots|zeros|zeroes|solutions)\s+(?:of|to)\s+"
            r"(?:the\s+)?(?:equation|polynomial)?\s*:?\s*(?P<body>.+)$"
        ),
    ),
    (
        "rewrite",
        (
            r"^(?P<op>simplify|expand|factor|factorise|factorize)\s+(?:the\s+)?"
            r"(?:expression|polynomial|number)?\s*:?\s*(?P<body>.+)$"
        ),
    ),
    (
        "diff",
        (
            rf"^{_ASK}(?:(?P<nth>first|second|third|2nd|3rd)\s+)?derivative\s+of\s+"
            rf"(?P<body>.+?){_WRT}{_AT}$"
        ),
    ),
    ("diff", rf"^differentiate\s+(?P<body>.+?){_WRT}{_AT}$"),
    ("diff", rf"^d/d(?P<var>{_V})\s*(?:of\s+)?(?P<body>.+)$"),
    (
        "integrate",
        (
            rf"^(?:{_ASK}(?:(?:definite|indefinite)\s+)?(?:integral|antiderivative)\s+of|"
            rf"integrate)\s+(?P<body>.+?)(?:\s+d(?P<dvar>{_V}))?{_WRT}"
            r"(?:\s+(?:from|between)\s+(?P<lo>.+?)\s+(?:to|and)\s+(?P<hi>.+?))?$"
        ),
    ),
    (
        "limit",
        (
            rf"^{_ASK}(?:limit|lim)\s+(?:of\s+)?(?P<body>.+?),?\s+as\s+(?P<var>{_V})\s*"
            r"(?:->|→|approaches|goes to|tends to|tends towards)\s*(?P<pt>.+?)"
            r"(?:\s+from the (?P<side>left|right)|(?P<sign>[+-]))?$"
        ),
    ),
    (
        "limit",
        (
            rf"^{_ASK}(?:limit|lim)_?\{{?\s*(?P<var>{_V})\s*(?:->|→|to)\s*(?P<pt>[^\s}}]+)\}}?"
            r"\s+(?:of\s+)?(?P<body>.+)$"
        ),
    ),
)
_FRAMES = tuple((op, re.compile(p, re.IGNORECASE | re.DOTALL)) for op, p in _FRAME_SOURCES)
_END = re.compile(r"[\s?.!]+$")
_ORDER = {"first": 1, "second": 2, "third": 3, "2nd": 2, "3rd": 3}
_EXPR_MEANS_ZERO = re.compile(r"(?i)(?:solve\b|.*\b(?:roots|zeros|zeroes|solutions)\b)")
_FUNCTION_CALL = re.compile(r"\b[fgh]\s*\(")


def _clean(text: str) -> str | None:
    if len(text) > RAW_REACH:
        return None
    body = " ".join(latex_to_text(text).split())
    if not body or len(body) > MAX_QUESTION:
        return None
    body = re.sub(r"^" + POLITE_PREFIX, "", body, count=1, flags=re.IGNORECASE)
    return _END.sub("", body) or None


def _math(text: str) -> Node:
    if _FUNCTION_CALL.search(text):
        raise GrammarError("unknown function application")
    return parse_math(text, variables=True)


def _point(text: str) -> Node:
    return parse_math(text.strip(), variables=False)


def _one_var(nodes: list[Node], given: str | None) -> str:
    found = set().union(*(variables_in(n) for n in nodes))
    if given:
        if given not in found:
            raise GrammarError(f"{given} does not appear in the expression")
        return given
    if len(found) != 1:
        raise GrammarError(f"say which variable: found {sorted(found) or 'none'}")
    return found.pop()


def _split_top(text: str) -> list[str]:
    """Split a system on ',', ';' and ' and ' outside brackets."""
    parts, depth, cur = [], 0, ""
    for word in re.split(r"(\s+and\s+|[,;()\[\]])", text):
        if word in ("(", "["):
            depth += 1
        elif word in (")", "]"):
            depth -= 1
        if depth == 0 and (word in (",", ";") or re.fullmatch(r"\s+and\s+", word or "")):
            parts.append(cur)
            cur = ""
        else:
            cur += word or ""
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def _build(op: str, m: re.Match[str]) -> dict[str, Any]:
    g = m.groupdict()
    if op == "function":
        expr = _math(g["body"])
        if expr[0] in RELATION_KINDS:
            raise GrammarError("a function body is an expression")
        var = _one_var([expr], g["var"]) if variables_in(expr) else g["var"]
        point = _point(g["pt"])
        return {
            "op": "evaluate",
            "expr": expr,
            "var": var,
            "point": point,
            "echo": f"{g['f']}({render(point)})",
        }
    if op == "solve":
        eqs = [_math(part) for part in _split_top(g["body"])]
        # "solve x^2-4" and "roots of x^2-4" mean "= 0"; "find x" alone means nothing.
        if any(e[0] in RELATION_KINDS - {"eq"} for e in eqs) and (
            len(eqs) > 1 or len(set().union(*(variables_in(e) for e in eqs))) != 1
        ):
            raise GrammarError("only one inequality in one unknown can be solved")
        if not any(e[0] in RELATION_KINDS for e in eqs) and (
            len(eqs) > 1 or eqs[0][0] == "var" or not _EXPR_MEANS_ZERO.match(m.string)
        ):
            raise GrammarError("nothing to solve: no equation")
        found = set().union(*(variables_in(e) for e in eqs))
        given = g.get("var") or g.get("var2")
        if not found or (given and given not in found):
            raise GrammarError("nothing to solve for")
        names = [given] if given else sorted(found)
        if len(names) > len(eqs):
            raise GrammarError("more unknowns than equations; say which to solve for")
        echo = "; ".join(render(e, natural_log=True, implicit=True) for e in eqs)
        return {"op": "solve", "equations": eqs, "variables": names, "echo": echo}
    if op == "rewrite":
        expr = _math(g["body"])
        if expr[0] in RELATION_KINDS or expr[0] == "var":
            raise GrammarError("nothing to rewrite")
        name = {"factorise": "factor", "factorize": "factor"}.get(g["op"].lower(), g["op"].lower())
        if name != "factor" and not variables_in(expr):
            raise GrammarError("no unknowns; this is a calculation")
        return {"op": name, "expr": expr, "echo": f"{name}({render(expr, implicit=True)})"}
    expr = _math(g["body"])
    if expr[0] in RELATION_KINDS:
        raise GrammarError("expected an expression, not an equation")
    var = _one_var([expr], g.get("var") or g.get("dvar"))
    text = render(expr, natural_log=True, implicit=True)
    if op == "diff":
        order = _ORDER.get((g.get("nth") or "first").lower(), 1)
        mark = {1: "", 2: "²", 3: "³"}[order]
        call = {
            "op": "diff",
            "expr": expr,
            "var": var,
            "order": order,
            "echo": f"d{mark}/d{var}{mark} [{text}]",
        }
        if g.get("at") is not None:
            if g["atvar"] != var:
                raise GrammarError(f"the point names {g['atvar']}, the derivative is in {var}")
            call["point"] = _point(g["at"])
            call["echo"] += f" at {var} = {render(call['point'])}"
        return call
    if op == "integrate":
        if g.get("lo") is None:
            return {
                "op": "integrate",
                "expr": expr,
                "var": var,
                "lower": None,
                "echo": f"∫ {text} d{var}",
            }
        lo, hi = _point(g["lo"]), _point(g["hi"])
        return {
            "op": "integrate",
            "expr": expr,
            "var": var,
            "lower": lo,
            "upper": hi,
            "echo": f"∫ from {render(lo)} to {render(hi)} of {text} d{var}",
        }
    point = _point(g["pt"])
    side = g.get("side") or ""
    direction = (
        "-"
        if side == "left" or g.get("sign") == "-"
        else "+"
        if side == "right" or g.get("sign") == "+"
        else None
    )
    return {
        "op": "limit",
        "expr": expr,
        "var": var,
        "point": point,
        "dir": direction,
        "echo": f"lim {var}→{render(point)}{direction or ''} {text}",
    }


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    body = _clean(text)
    if body is None:
        return None
    for op, frame in _FRAMES:
        m = frame.match(body)
        if not m:
            continue
        try:
            args = _build(op, m)
        except GrammarError as exc:
            log.debug("symbolic frame %s rejected %r: %s", op, body, exc)
            continue
        return ToolCall(tool=NAME, args=args, text=body, confidence=0.95)
    return None


def evaluate(payload: dict[str, Any]) -> dict[str, Any]:
    """The bounded worker's entry point: `ops.evaluate`, imported on the first call, so sympy
    is loaded in the worker and never in the server or the router."""
    from tools.symbolic.ops import evaluate as ops_evaluate

    return ops_evaluate(payload)


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    payload = {k: v for k, v in call.args.items() if k != "echo"}
    res = run_in_worker(
        evaluate, payload, ctx, memory_mb=768, failed="symbolic math failed", lane=SYMBOLIC_LANE
    )
    if not res.ok:
        return res
    out = res.value
    echo = call.args.get("echo", "")
    text = out["text"]
    output = f"{echo}: {text}" if call.args.get("op") == "solve" else f"{echo} = {text}"
    return ToolResult(
        ok=True,
        output=output,
        value=out["value"],
        elapsed_ms=res.elapsed_ms,
        details={"op": call.args.get("op"), "result": text},
    )


TOOL = Tool(name=NAME, parse=parse, run=run, warm=warm_symbolic_worker, lane=SYMBOLIC_LANE)
