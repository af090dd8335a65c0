"""The server's internal generation events: what every backend yields, whatever produced it.

A backend (local engine + harmony parser, upstream httpx, or a virtual expert) yields `Delta`s;
the routes turn the same stream into SSE chunks or join it into one response, so streaming and
non-streaming share one code path. The last delta carries `finish_reason` and `usage`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from harmony import (
    BuiltinCallStart,
    BuiltinCallText,
    ContentDelta,
    ParseEvent,
    ReasoningDelta,
    ToolCallArgs,
    ToolCallStart,
)


@dataclass
class ToolCallDelta:
    """A piece of one tool call: the first piece for an index has id and name."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@dataclass
class CodeCallDelta:
    """A piece of one call of the model's built-in python tool, run in our sandbox: code text
    while the model writes it, then (once) the `output` and final `status`."""

    id: str
    code: str = ""
    output: str | None = None
    status: str = "in_progress"  # in_progress | interpreting | completed | failed


@dataclass
class TokenLogprob:
    token: str
    logprob: float
    top: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    cached_tokens: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
            "prompt_tokens_details": {"cached_tokens": self.cached_tokens},
            "completion_tokens_details": {"reasoning_tokens": self.reasoning_tokens},
        }


@dataclass
class Delta:
    reasoning: str = ""
    content: str = ""
    tool_calls: list[ToolCallDelta] = field(default_factory=list)
    logprobs: list[TokenLogprob] = field(default_factory=list)
    finish_reason: str | None = None
    usage: Usage | None = None
    code_calls: list[CodeCallDelta] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (
            self.reasoning or self.content or self.tool_calls or self.logprobs or self.code_calls
        )


def delta_from_harmony(events: Iterable[ParseEvent]) -> Delta:
    """The harmony parser's events (from token ids or from text) as one `Delta`."""
    d = Delta()
    for e in events:
        if isinstance(e, ReasoningDelta):
            d.reasoning += e.text
        elif isinstance(e, ContentDelta):
            d.content += e.text
        elif isinstance(e, ToolCallStart):
            d.tool_calls.append(ToolCallDelta(e.index, e.id, e.name, ""))
        elif isinstance(e, ToolCallArgs):
            if d.tool_calls and d.tool_calls[-1].index == e.index:
                d.tool_calls[-1].arguments += e.text  # one entry per call per chunk
            else:
                d.tool_calls.append(ToolCallDelta(e.index, arguments=e.text))
        elif isinstance(e, BuiltinCallStart):
            d.code_calls.append(CodeCallDelta(e.id))
        elif isinstance(e, BuiltinCallText):
            if d.code_calls and d.code_calls[-1].id == e.id:
                d.code_calls[-1].code += e.text
            else:
                d.code_calls.append(CodeCallDelta(e.id, e.text))
    return d


@dataclass
class VirtualExpertInfo:
    """The response's top-level `virtual_expert` object when a tool answered or assisted."""

    name: str
    input: Any
    output: str
    elapsed_ms: float
    mode: str = "direct"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "input": self.input,
            "output": self.output,
            "elapsed_ms": round(self.elapsed_ms, 3),
            "mode": self.mode,
        }


@dataclass
class Joined:
    """A whole stream folded into one message (the non-streaming response)."""

    reasoning: str = ""
    content: str = ""
    tool_calls: dict[int, ToolCallDelta] = field(default_factory=dict)
    logprobs: list[TokenLogprob] = field(default_factory=list)
    finish_reason: str = "stop"
    usage: Usage = field(default_factory=Usage)
    code_calls: dict[str, CodeCallDelta] = field(default_factory=dict)

    def add(self, d: Delta) -> None:
        for cc in d.code_calls:
            cur = self.code_calls.setdefault(cc.id, CodeCallDelta(cc.id))
            cur.code += cc.code
            if cc.output is not None:
                cur.output, cur.status = cc.output, cc.status
        self.reasoning += d.reasoning
        self.content += d.content
        for tc in d.tool_calls:
            cur = self.tool_calls.setdefault(tc.index, ToolCallDelta(index=tc.index))
            cur.id = cur.id or tc.id
            cur.name = cur.name or tc.name
            cur.arguments += tc.arguments
        self.logprobs.extend(d.logprobs)
        if d.finish_reason is not None:
            self.finish_reason = d.finish_reason
        if d.usage is not None:
            self.usage = d.usage
