"""Types shared by every virtual expert: the call a parser produces and the result a tool returns.

A tool is a `Tool` (name, `parse`, `run`). `parse` is pure and cheap; `run` does bounded work and
never raises into the server: failures come back as `ToolResult(ok=False, error=...)`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class ToolContext:
    """Process-level settings a tool may read. Tests pin the clock and zone."""

    now: Callable[[], _dt.datetime] = lambda: _dt.datetime.now(_dt.UTC)
    timezone: str = "UTC"
    timeout_s: float = 5.0


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


class Tool(Protocol):
    name: str

    def parse(self, text: str, ctx: ToolContext) -> ToolCall | None: ...

    def run(self, call: ToolCall, ctx: ToolContext) -> ToolResult: ...
