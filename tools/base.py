"""Types shared by every virtual expert: the call a parser produces and the result a tool returns.

A tool is a `Tool` (name, `parse`, `run`, optional `warm`). `parse` is pure and cheap; `run` does
bounded work and never raises into the server: failures come back as `ToolResult(ok=False,
error=...)`. `run_in_worker` is that bounded work for the tools whose sympy/pint calls go
through the sandbox's bounded worker; `warm_worker` starts its workers ahead of time.
"""

from __future__ import annotations

import datetime as _dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolContext:
    """Process-level settings a tool may read. Tests pin the clock and zone."""

    now: Callable[[], _dt.datetime] = lambda: _dt.datetime.now(_dt.UTC)
    timezone: str = "UTC"
    timeout_s: float = 5.0
    # One request's: set when its client has gone, so the tool stops and frees what it holds
    # (a sandboxed run, a bounded worker). The server gives each request its own.
    cancel: threading.Event | None = None


@dataclass(frozen=True)
class ToolCall:
    """A parsed request for one tool: `args` is plain, picklable data."""

    tool: str
    args: dict[str, Any]
    text: str  # the span of the request the parser accounted for
    confidence: float = 1.0


@dataclass
class ToolResult:
    """What a tool produced. `output` is the short human answer, `value` the machine value."""

    ok: bool
    output: str = ""
    value: Any = None
    error: str | None = None
    elapsed_ms: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Tool:
    """One virtual expert as the registry holds it: its name and its two functions.

    `warm`, when set, does now what the tool's first call would otherwise pay for (the server
    calls it at start-up through `tools.registry.warm`); it may raise, the server logs it.
    """

    name: str
    parse: Callable[[str, ToolContext], ToolCall | None]
    run: Callable[[ToolCall, ToolContext], ToolResult]
    warm: Callable[[], None] | None = None
    # Which queue the server runs it in: a flood of slow work in one lane ("code" runs,
    # "symbolic" math) never delays the others ("fast": arithmetic, units, dates).
    lane: str = "fast"


def run_in_worker(
    fn: Callable[[Any], dict[str, Any]],
    payload: Any,
    ctx: ToolContext,
    *,
    memory_mb: int,
    failed: str,
    lane: str = "default",
) -> ToolResult:
    """Call `fn(payload)` in the bounded worker within `ctx.timeout_s` and `memory_mb`.

    `fn` (a module-level `tools.` function) answers {"ok": True, ...} or {"ok": False,
    "error": ...}. A worker failure (timeout, memory, no worker) comes back as an error
    prefixed with `failed`, a refusal by `fn` with its own error; on success `value` is `fn`'s
    answer for the tool to render. `elapsed_ms` covers the whole call. Never raises.
    """
    start = time.perf_counter()
    try:
        from tools.sandbox import run_bounded  # deferred: parsing a request never needs it
    except ImportError as exc:
        return ToolResult(ok=False, error=f"bounded worker unavailable: {exc}")
    res = run_bounded(
        fn, payload, timeout_s=ctx.timeout_s, memory_mb=memory_mb, lane=lane, cancel=ctx.cancel
    )
    elapsed = (time.perf_counter() - start) * 1000
    if not res.ok:
        return ToolResult(ok=False, error=f"{failed}: {res.error}", elapsed_ms=elapsed)
    out = res.value
    if not out.get("ok"):
        return ToolResult(ok=False, error=out.get("error"), elapsed_ms=elapsed)
    return ToolResult(ok=True, value=out, elapsed_ms=elapsed)


def warm_worker(lane: str = "default") -> None:
    """Start `lane`'s bounded workers now and wait for their preloads (a no-op once they run)."""
    from tools.sandbox.bounded import default_pool

    default_pool(lane).warm()


def warm_symbolic_worker() -> None:
    warm_worker(SYMBOLIC_LANE)


SYMBOLIC_LANE = "symbolic"
