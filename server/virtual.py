"""Virtual experts in the request path: ask the router, run the chosen tool, and either answer
directly (mode "direct") or hand the result to the model as a tool message (mode "assist").

Nothing here runs on the event loop: routing runs on threads of its own, and each tool on the
threads of its lane (`Tool.lane`: "fast" arithmetic/units/dates, "symbolic", "code"), so a flood
of slow code runs or symbolic work never queues a calculator question, and none of them the
server's own request preparation. A request whose client leaves cancels its tool work (the
sandboxed run or bounded worker is killed). A tool failure means "let the model answer".
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from router import Route, assist_text, render_direct, route, route_assist
from server.events import VirtualExpertInfo
from server.protocol import ChatCompletionRequest, NamedToolChoice
from server.settings import Settings
from tools import registry
from tools.base import ToolContext

log = logging.getLogger(__name__)
T = TypeVar("T")


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


class VirtualExperts:
    """Decides per request whether a virtual expert answers or assists, and runs it."""

    def __init__(self, mode: str, ctx: ToolContext) -> None:
        self.mode = mode
        self.ctx = ctx
        self._lanes: dict[str, ThreadPoolExecutor] = {}

    def _lane(self, name: str) -> ThreadPoolExecutor:
        """The threads of one lane ("route" for the router, else a tool's `lane`)."""
        if name not in self._lanes:
            # code runs two sandboxes each, and the sandbox bounds how many run at once
            size = {"route": 2, "symbolic": 2}.get(name, 4)
            self._lanes[name] = ThreadPoolExecutor(size, thread_name_prefix=f"ve-{name}")
        return self._lanes[name]

    async def _run_in(self, lane: str, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._lane(lane), fn, *args)

    def close(self) -> None:
        for pool in self._lanes.values():
            pool.shutdown(wait=False, cancel_futures=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> VirtualExperts:
        # Built even when the server default is "off": a request may opt in per call.
        return cls(settings.virtual_experts, ToolContext(timezone=settings.timezone))

    def warm(self) -> None:
        """Warm the tools now (bounded sympy/pint workers, pint's registry), so the first
        calculator or units request does not pay ~0.5 s of start-up."""
        try:
            registry.warm()
        except Exception:  # only a head start: the first tool call starts them again
            log.warning("warming the virtual-expert workers failed", exc_info=True)

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
        if mode == "off" or not self.eligible(req):
            return None
        chosen = await self._run_in("route", self._route, req, mode)
        if chosen is None:
            return None
        call = chosen.call
        tool = registry.TOOLS[chosen.tool]
        ctx = replace(self.ctx, cancel=threading.Event())
        try:
            result = await self._run_in(tool.lane, tool.run, call, ctx)  # tools never raise
        except asyncio.CancelledError:  # the client left: stop the tool, free its lane
            ctx.cancel.set()
            raise
        if not result.ok:
            log.info("tool %s declined: %s", chosen.tool, result.error)
            return None
        info = VirtualExpertInfo(
            name=chosen.tool,
            input=call.text,
            output=render_direct(call, result),
            elapsed_ms=result.elapsed_ms,
            mode=mode,
        )
        # The parser's internals (ASTs) mean nothing to the model; the request text does.
        args = {"request": call.text}
        return Resolution(mode=mode, info=info, arguments=args, assist=assist_text(call, result))

    def _route(self, req: ChatCompletionRequest, mode: str) -> Route | None:
        messages = [m.model_dump(exclude_none=True) for m in req.messages]
        # Assist mode may also lift one expression out of a mixed request; direct mode may not.
        pick = route_assist if mode == "assist" else route
        try:
            return pick(messages, self.ctx)
        except Exception:  # a router bug must not fail the request: the model answers
            log.exception("router failed; falling back to the model")
            return None
