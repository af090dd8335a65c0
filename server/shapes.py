"""OpenAI response shapes, built from the internal events (`server.events`).

Plain dict builders rather than pydantic models: the shapes are fixed by OpenAI, are written
once per token while streaming, and some keys must be absent (not null) when unused, e.g.
`tool_calls` in a message or untouched fields of a streaming delta.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from server.events import (
    CodeCallDelta,
    Delta,
    Joined,
    TokenLogprob,
    ToolCallDelta,
    Usage,
    VirtualExpertInfo,
)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def _token_entry(token: str, logprob: float) -> dict[str, Any]:
    return {"token": token, "logprob": logprob, "bytes": list(token.encode("utf-8"))}


def chat_logprobs(items: list[TokenLogprob]) -> dict[str, Any]:
    content = []
    for it in items:
        entry = _token_entry(it.token, it.logprob)
        entry["top_logprobs"] = [_token_entry(t, lp) for t, lp in it.top]
        content.append(entry)
    return {"content": content, "refusal": None}


def _tool_call(tc: ToolCallDelta, *, streaming: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"index": tc.index} if streaming else {}
    function: dict[str, Any] = {"arguments": tc.arguments}
    if tc.id is not None or not streaming:
        out["id"] = tc.id
        out["type"] = "function"
    if tc.name is not None or not streaming:
        function["name"] = tc.name
    out["function"] = function
    return out


def _code_call(c: CodeCallDelta) -> dict[str, Any]:
    """Our extension on chat: a built-in python call the server ran (code, then its output)."""
    out: dict[str, Any] = {"id": c.id, "code": c.code, "status": c.status}
    if c.output is not None:
        out["output"] = c.output
    return out


class ChatShapes:
    """Builds the chunks and the final object of one chat completion (one id, one timestamp)."""

    def __init__(self, model: str, fingerprint: str, virtual_expert: VirtualExpertInfo | None):
        self.id = new_id("chatcmpl")
        self.created = int(time.time())
        self.model = model
        self.fingerprint = fingerprint
        self.virtual_expert = virtual_expert.as_dict() if virtual_expert else None

    def _envelope(self, obj: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": obj,
            "created": self.created,
            "model": self.model,
            "system_fingerprint": self.fingerprint,
        }

    def first_chunk(self, n: int = 1) -> dict[str, Any]:
        out = self._envelope("chat.completion.chunk")
        out["choices"] = [
            {
                "index": i,
                "delta": {"role": "assistant", "content": ""},
                "logprobs": None,
                "finish_reason": None,
            }
            for i in range(n)
        ]
        # The virtual expert travels on the first chunk only (null on the others).
        out["virtual_expert"] = self.virtual_expert
        return out

    def chunk(self, d: Delta, *, with_logprobs: bool, index: int = 0) -> dict[str, Any]:
        delta: dict[str, Any] = {}
        if d.reasoning:
            delta["reasoning_content"] = d.reasoning
        if d.content:
            delta["content"] = d.content
        if d.tool_calls:
            delta["tool_calls"] = [_tool_call(tc, streaming=True) for tc in d.tool_calls]
        if d.code_calls:
            delta["code_interpreter_calls"] = [_code_call(c) for c in d.code_calls]
        out = self._envelope("chat.completion.chunk")
        out["choices"] = [
            {
                "index": index,
                "delta": delta,
                "logprobs": chat_logprobs(d.logprobs) if with_logprobs and d.logprobs else None,
                "finish_reason": d.finish_reason,
            }
        ]
        return out

    def usage_chunk(self, usage: Usage) -> dict[str, Any]:
        out = self._envelope("chat.completion.chunk")
        out["choices"] = []
        out["usage"] = usage.as_dict()
        return out

    def completion(
        self, joined: list[Joined], usage: Usage, *, with_logprobs: bool
    ) -> dict[str, Any]:
        out = self._envelope("chat.completion")
        out["choices"] = [self._choice(i, j, with_logprobs) for i, j in enumerate(joined)]
        out["usage"] = usage.as_dict()
        out["virtual_expert"] = self.virtual_expert
        return out

    @staticmethod
    def _choice(index: int, j: Joined, with_logprobs: bool) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": j.content if (j.content or not j.tool_calls) else None,
            "reasoning_content": j.reasoning or None,
            "refusal": None,
        }
        if j.tool_calls:
            message["tool_calls"] = [
                _tool_call(j.tool_calls[i], streaming=False) for i in sorted(j.tool_calls)
            ]
        if j.code_calls:
            message["code_interpreter_calls"] = [_code_call(c) for c in j.code_calls.values()]
        return {
            "index": index,
            "message": message,
            "logprobs": chat_logprobs(j.logprobs) if with_logprobs else None,
            "finish_reason": j.finish_reason,
        }


class TextShapes:
    """Chunks and final object of one legacy text completion (/v1/completions)."""

    def __init__(self, model: str, fingerprint: str):
        self.id = new_id("cmpl")
        self.created = int(time.time())
        self.model = model
        self.fingerprint = fingerprint
        self._offsets: dict[int, int] = {}  # per choice: text offset of its next token

    def _logprobs(self, items: list[TokenLogprob], index: int) -> dict[str, Any]:
        offsets = []
        for it in items:
            offsets.append(self._offsets.get(index, 0))
            self._offsets[index] = offsets[-1] + len(it.token)
        return {
            "tokens": [it.token for it in items],
            "token_logprobs": [it.logprob for it in items],
            "top_logprobs": [dict(it.top) for it in items],
            "text_offset": offsets,
        }

    def _envelope(self, choices: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "text_completion",
            "created": self.created,
            "model": self.model,
            "system_fingerprint": self.fingerprint,
            "choices": choices,
        }

    def _choice(
        self, index: int, text: str, items: list[TokenLogprob] | None, finish: str | None
    ) -> dict[str, Any]:
        return {
            "text": text,
            "index": index,
            "logprobs": self._logprobs(items, index) if items is not None else None,
            "finish_reason": finish,
        }

    def chunk(self, d: Delta, *, with_logprobs: bool, index: int = 0) -> dict[str, Any]:
        items = d.logprobs if with_logprobs else None
        return self._envelope([self._choice(index, d.content, items, d.finish_reason)])

    def usage_chunk(self, usage: Usage) -> dict[str, Any]:
        out = self._envelope([])
        out["usage"] = usage.as_dict()
        return out

    def completion(
        self, joined: list[Joined], usage: Usage, *, with_logprobs: bool, prefix: str = ""
    ) -> dict:
        out = self._envelope(
            [
                self._choice(
                    i, prefix + j.content, j.logprobs if with_logprobs else None, j.finish_reason
                )
                for i, j in enumerate(joined)
            ]
        )
        out["usage"] = usage.as_dict()
        return out
