"""Virtual experts in the request path: ask the router, run the chosen tool, and either answer
directly (mode "direct") or hand the result to the model as a tool message (mode "assist").

The router and tool registry are injected (defaults: `router.route`, `tools.registry.TOOLS`),
so the server works before they exist and tests can pin them. Tool work runs in a thread so a
slow tool never blocks the event loop; a tool failure means "let the model answer".
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.events import VirtualExpertInfo
from server.protocol import ChatCompletionRequest, NamedToolChoice
from server.settings import Settings

log = logging.getLogger(__name__)

RouteFn = Callable[..., Any]


@dataclass
class Resolution:
    """A tool answered: `info` fills the response's `virtual_expert`; `mode` says how it's used.

    `info.output` is the direct-mode assistant text; `assist` the tool-message content.
    """

    mode: str
    info: VirtualExpertInfo
    arguments: dict[str, Any]
    assist: str

    def assist_messages(self) -> list[dict[str, Any]]:
        """The tool call and its result, in OpenAI message form, to append to the conversation."""
        call_id = "call_ve_" + uuid.uuid4().hex[:12]
        args = json.dumps(self.arguments, ensure_ascii=False, default=str)
        return [
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": call_id,
                        "type": "function",
                        "function": {"name": self.info.name, "arguments": args},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": call_id, "content": self.assist},
        ]


def _default_router() -> tuple[RouteFn | None, dict[str, Any] | None]:
    try:
        from router import route
        from tools.registry import TOOLS
    except ImportError as exc:
        log.warning("virtual experts unavailable (%s); every request goes to the model", exc)
        return None, None
    return route, TOOLS


def _renderers() -> tuple[Callable[..., str], Callable[..., str]]:
    try:
        from router import assist_text, render_direct
    except ImportError:  # an injected router without renderers: plain output both ways
        return (lambda call, result: result.output), (lambda call, result: result.output)
    return render_direct, assist_text


class VirtualExperts:
    """Decides per request whether a virtual expert answers or assists, and runs it."""

    def __init__(
        self,
        mode: str,
        route_fn: RouteFn | None,
        tools: dict[str, Any] | None,
        ctx: Any = None,
    ) -> None:
        self.mode = mode
        self.route_fn = route_fn
        self.tools = tools or {}
        self.ctx = ctx

    @classmethod
    def from_settings(cls, settings: Settings) -> VirtualExperts:
        # Loaded even when the server default is "off": a request may opt in per call.
        route_fn, tools = _default_router()
        ctx = None
        try:
            from tools.base import ToolContext

            ctx = ToolContext(timezone=settings.timezone)
        except ImportError:
            pass
        return cls(settings.virtual_experts, route_fn, tools, ctx)

    def mode_for(self, req: ChatCompletionRequest) -> str:
        return req.virtual_experts or self.mode

    @staticmethod
    def eligible(req: ChatCompletionRequest) -> bool:
        # A client that demands JSON or a specific tool call wants the model's own output.
        if req.response_format is not None and req.response_format.type != "text":
            return False
        if req.tool_choice == "required" or isinstance(req.tool_choice, NamedToolChoice):
            return False
        return req.messages[-1].role == "user"

    async def resolve(self, req: ChatCompletionRequest) -> Resolution | None:
        mode = self.mode_for(req)
        if mode == "off" or self.route_fn is None or not self.eligible(req):
            return None
        messages = [m.model_dump(exclude_none=True) for m in req.messages]
        try:
            route = self.route_fn(messages, self.ctx) if self.ctx is not None else self.route_fn(
                messages
            )
        except Exception:  # a router bug must not fail the request: the model answers
            log.exception("router failed; falling back to the model")
            return None
        if route is None:
            return None
        call = getattr(route, "call", route)
        name = getattr(route, "tool", None) or getattr(call, "tool", None)
        tool = self.tools.get(name)
        if tool is None:
            log.warning("router chose unknown tool %r; falling back to the model", name)
            return None
        t0 = time.perf_counter()
        try:
            result = await asyncio.to_thread(tool.run, call, self.ctx)
        except Exception:
            log.exception("tool %s raised; falling back to the model", name)
            return None
        if not getattr(result, "ok", False):
            log.info("tool %s declined: %s", name, getattr(result, "error", None))
            return None
        elapsed = getattr(result, "elapsed_ms", 0.0) or (time.perf_counter() - t0) * 1000
        direct, assist = _renderers()
        info = VirtualExpertInfo(
            name=name,
            input=getattr(call, "text", None) or getattr(call, "args", None),
            output=direct(call, result),
            elapsed_ms=elapsed,
            mode=mode,
        )
        # The parser's internals (ASTs) mean nothing to the model; the request text does.
        args = {"request": getattr(call, "text", "")}
        return Resolution(mode=mode, info=info, arguments=args, assist=assist(call, result))
