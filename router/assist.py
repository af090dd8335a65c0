"""Assist-mode routing: an exact result the model can lean on inside a mixed request.

`route_assist(messages, ctx)` first tries the strict `route`; failing that, it looks for one
plain arithmetic expression written with symbols inside the last user turn ("What is 127*89?
Explain how you got it.") and returns a low-confidence calculator route for it. The server
runs the tool and puts `assist_text` into the model's context; the model still writes the
answer. Contexts where exact arithmetic could mislead (floating point, code, redefinitions,
comparisons, few-shot prompts) abstain. Pure, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from router.conversation import last_user_text
from router.core import Route, route
from router.redefinition import redefines
from tools.base import ToolCall, ToolContext
from tools.calculator import expression_call, stated_results_hold

ASSIST_CONFIDENCE = 0.6
MAX_TEXT = 4000
_NUM = r"\(*\s*-?\d[\d,]*(?:\.\d+)?%?\s*\)*"
_SPAN = re.compile(rf"(?<![\w.]){_NUM}(?:\s*(?:\*\*|[-+*/^×÷])\s*{_NUM})+(?![\w.])")
# Where exact math would answer a different question than the one asked.
_MISLEADING = re.compile(
    r"\b(?:float\w*|double|precision|python|javascript|java|c\+\+|code|program\w*|script|"
    r"overflow|integer division|binary|bits?|bytes?)\b|[!=<>]=|```",
    re.IGNORECASE,
)


def _embedded(text: str) -> ToolCall | None:
    """The calculator call for the longest symbolic arithmetic span in `text`, or None."""
    best: ToolCall | None = None
    for m in _SPAN.finditer(text):
        call = expression_call(m.group().strip(), ASSIST_CONFIDENCE)
        if call is not None and (best is None or len(call.text) > len(best.text)):
            best = call
    return best


def route_assist(messages: list[Any], ctx: ToolContext | None = None) -> Route | None:
    """A route for assist mode: the strict route, or one embedded symbolic expression."""
    ctx = ctx or ToolContext()
    strict = route(messages, ctx)
    if strict is not None:
        return strict
    text, earlier = last_user_text(messages)
    if text is None or len(text) > MAX_TEXT or _MISLEADING.search(text) or redefines(text):
        return None
    if any(
        redefines(
            body, role=role, instructions=role == "user"
        )  # "I write numbers the Spanish way."
        or not stated_results_hold(body)
        for role, body in earlier
    ):
        return None
    if any(role == "user" and _embedded(body) for role, body in earlier):
        return None  # earlier arithmetic turns may be few-shot examples of another operation
    call = _embedded(text)
    if call is None:
        return None
    return Route(tool=call.tool, call=call, confidence=ASSIST_CONFIDENCE)
