"""Chat completions on the local engine: harmony prompt in, harmony-parsed deltas out.

Renders the request with `server.harmony` (system date pinned by settings, reasoning effort,
tools, forced prefixes for tool_choice / response_format), checks the context budget, runs the
engine, and turns the streaming parser's output into `Delta`s: reasoning, content (with stop
strings applied to the decoded text), tool-call deltas, logprobs and usage with reasoning tokens.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from server.errors import InvalidRequest
from server.events import Delta, ToolCallDelta, Usage
from server.harmony.errors import HarmonyError
from server.harmony.parse import (
    ContentDelta,
    MessageDone,
    ReasoningDelta,
    StreamParser,
    ToolCallArgs,
    ToolCallStart,
)
from server.harmony.render import Prompt, render_chat
from server.harmony.system import SystemConfig
from server.harmony.vocab import HarmonyVocab
from server.protocol import ChatCompletionRequest
from server.settings import Settings
from server.stops import StopMatcher

if TYPE_CHECKING:
    from server.local import LocalBackend

log = logging.getLogger(__name__)


class HarmonyChat:
    """Per-tokenizer harmony state (vocabulary view, stop ids) shared by all chat requests."""

    def __init__(self, tokenizer: Any, settings: Settings) -> None:
        self.vocab = HarmonyVocab(tokenizer)
        self.settings = settings
        self.stop_ids = tuple(self.vocab.stop_ids)

    def render(self, req: ChatCompletionRequest, messages: list[dict]) -> tuple[Prompt, list[int]]:
        effort = req.reasoning_effort or self.settings.reasoning_effort
        system = SystemConfig(current_date=self.settings.today().isoformat(),
                              reasoning_effort=effort)
        tools = [t.model_dump(exclude_none=True) for t in req.tools] if req.tools else None
        choice = req.tool_choice
        if choice is not None and not isinstance(choice, str):
            choice = choice.model_dump()
        fmt = req.response_format.model_dump(by_alias=True) if req.response_format else None
        try:
            prompt = render_chat(messages, tools=tools, tool_choice=choice, response_format=fmt,
                                 reasoning_effort=effort, system=system)
        except HarmonyError as exc:
            raise InvalidRequest(exc.message, param=_param(exc.param)) from None
        return prompt, self.vocab.encode_parts(prompt.parts)

    def generate(
        self, backend: LocalBackend, req: ChatCompletionRequest, messages: list[dict]
    ) -> AsyncIterator[Delta]:
        prompt, ids = self.render(req, messages)
        param = "max_completion_tokens" if req.max_completion_tokens else "max_tokens"
        max_tokens = backend.token_budget(len(ids), req.token_limit, param)
        top_n = (req.top_logprobs or 0) if req.logprobs else 0
        params = backend.sampling(req, max_tokens, self.stop_ids, top_n)
        return self._run(backend, req, prompt, ids, params)

    async def _run(
        self, backend: LocalBackend, req: ChatCompletionRequest, prompt: Prompt,
        ids: list[int], params: Any,
    ) -> AsyncIterator[Delta]:
        parser = StreamParser(self.vocab, prefix=prompt.prefix)
        stops = StopMatcher(req.stops)
        usage = Usage(prompt_tokens=len(ids))
        count = _TokenCounter(usage)
        pending: list[Any] = []  # logprobs of tokens whose text the parser has not placed yet
        finish = "length"
        stream = backend.engine.generate(ids, params)
        try:
            async for ev in stream:
                usage.completion_tokens += 1
                usage.cached_tokens = ev.cached_tokens
                events = parser.feed(ev.token)
                count.token(events)
                out = _convert(events)
                if req.logprobs:
                    self._attach_logprob(out, events, backend.logprob_of(ev), pending)
                out.content = stops.feed(out.content)
                if stops.hit is not None:
                    finish = "stop"
                    yield out
                    break
                if not out.is_empty():
                    yield out
                if ev.finish_reason is not None:
                    finish = ev.finish_reason
        finally:
            await stream.aclose()
        events = parser.finish()
        count.flush(events)
        tail = _convert(events)
        if req.logprobs and tail.content:
            tail.logprobs = pending  # unstructured output the parser released as content
        tail.content = stops.feed(tail.content) + stops.flush()
        if stops.hit is not None:
            finish = "stop"  # also when the parser only released the text at the end
        elif parser.tool_calls and finish == "stop":
            finish = "tool_calls"
        tail.finish_reason = finish
        tail.usage = usage
        yield tail


    @staticmethod
    def _attach_logprob(out: Delta, events: list[Any], lp: Any, pending: list[Any]) -> None:
        """Logprobs go with content tokens (OpenAI reports them for the visible answer)."""
        if out.content:
            out.logprobs.append(lp)
            pending.clear()
        elif out.reasoning or out.tool_calls or any(isinstance(e, MessageDone) for e in events):
            pending.clear()
        else:
            pending.append(lp)


class _TokenCounter:
    """Counts tokens per harmony message and books analysis messages as reasoning tokens."""

    def __init__(self, usage: Usage) -> None:
        self.usage = usage
        self.in_message = 0

    def token(self, events: list[Any]) -> None:
        self.in_message += 1
        self.flush(events)

    def flush(self, events: list[Any]) -> None:
        for e in events:
            if isinstance(e, MessageDone):
                if e.channel == "analysis":
                    self.usage.reasoning_tokens += self.in_message
                self.in_message = 0


def _convert(events: list[Any]) -> Delta:
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
    return d


def _param(path: str | None) -> str | None:
    # Harmony names fields like messages[2].content; OpenAI's `param` uses dots.
    if path is None:
        return None
    return path.replace("[", ".").replace("]", "")
