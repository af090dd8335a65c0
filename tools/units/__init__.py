"""Units virtual expert: unit conversions and same-dimension sums, answered exactly by pint.

`parse` accepts a request only when tools.units.grammar accounts for the whole text (every unit
word validated against pint's registry by name; currency and made-up units abstain). `run`
does the pint work in the bounded worker (tools.sandbox.run_bounded) and answers
"100 m ≈ 328.084 ft" ("=" when the result is exact, "≈" when rounded to 6 significant digits).
"""

from __future__ import annotations

import logging
import time

from tools.base import ToolCall, ToolContext, ToolResult
from tools.units.grammar import parse_units_request
from tools.units.names import resolve

log = logging.getLogger(__name__)

NAME = "units"
WORKER_TARGET = "tools.units.convert:evaluate_request"


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    try:
        req = parse_units_request(text)
    except Exception:  # a grammar bug must not take the router down: abstain and say so
        log.exception("units grammar failed on %r", text[:200])
        return None
    if req is None:
        return None
    return ToolCall(tool=NAME, args=req.payload(), text=text.strip(), confidence=0.98)


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    start = time.perf_counter()
    if not call.args.get("terms"):
        return ToolResult(ok=False, error="units call has no parsed quantity")
    try:
        from tools.sandbox import run_bounded
    except ImportError as exc:
        return ToolResult(ok=False, error=f"bounded worker unavailable: {exc}")
    res = run_bounded(WORKER_TARGET, call.args, timeout_s=ctx.timeout_s, memory_mb=512)
    elapsed = (time.perf_counter() - start) * 1000
    if not res.ok:
        return ToolResult(
            ok=False, error=f"unit conversion failed: {res.error}", elapsed_ms=elapsed
        )
    out = res.value
    if not out.get("ok"):
        return ToolResult(ok=False, error=out.get("error"), elapsed_ms=elapsed)
    sign = "=" if out["exact"] else "≈"
    output = f"{out['lhs']} {sign} {out['text']} {out['unit']}"
    try:
        value: float | str = float(out["value"])
    except OverflowError:  # astronomically large: keep the exact text
        value = out["text"]
    return ToolResult(
        ok=True,
        output=output,
        value=value,
        elapsed_ms=elapsed,
        details={"result": out["text"], "unit": out["unit"], "exact": out["exact"]},
    )


def warm() -> None:
    """Load pint's unit registry now, so the first units request does not pay ~0.3 s for it."""
    resolve("m")


class _Units:
    name = NAME
    parse = staticmethod(parse)
    run = staticmethod(run)


TOOL = _Units()
