"""Virtual experts in the request path: ask the router, run the chosen tool, and either answer
directly (mode "direct") or hand the result to the model as a tool message (mode "assist").

Tool work runs in a thread so a slow tool never blocks the event loop; a tool failure means
"let the model answer".
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from router import assist_text, render_direct, route, route_assist
from server.events import VirtualExpertInfo
from server.protocol import ChatCompletionRequest, NamedToolChoice
from server.settings import Settings
from tools import registry
from tools.base import ToolContext

log = logging.getLogger(__name__)


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
        messages = [m.model_dump(exclude_none=True) for m in req.messages]
        # Assist mode may also lift one expression out of a mixed request; direct mode may not.
        pick = route_assist if mode == "assist" else route
        try:
            chosen = pick(messages, self.ctx)
        except Exception:  # a router bug must not fail the request: the model answers
            log.exception("router failed; falling back to the model")
            return None
        if chosen is None:
            return None
        call = chosen.call
        tool = registry.TOOLS[chosen.tool]
        result = await asyncio.to_thread(tool.run, call, self.ctx)  # tools never raise
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
