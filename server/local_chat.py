"""Chat completions on the local engine: harmony prompt in, harmony-parsed deltas out.

Renders the request with `server.harmony` (system date pinned by settings, reasoning effort,
tools, forced prefixes for tool_choice / response_format), checks the context budget, runs the
engine, and turns the streaming parser's output into `Delta`s: reasoning, content (with stop
strings applied to the decoded text), tool-call deltas, logprobs and usage with reasoning tokens.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, AsyncIterator

from server.errors import InvalidRequest
from server.events import Delta, ToolCallDelta, Usage
from server.harmony.errors import HarmonyError
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
        from server.harmony.parser import StreamParser

        parser = StreamParser(self.vocab, prefix=prompt.prefix)
        stops = StopMatcher(req.stops)
        usage = Usage(prompt_tokens=len(ids))
        calls: dict[int, bool] = {}
        finish = "length"
        stream = backend.engine.generate(ids, params)
        try:
            async for ev in stream:
                usage.completion_tokens += 1
                usage.cached_tokens = ev.cached_tokens
                out = self._convert(parser.feed(ev.token), calls)
                if parser.in_analysis:
                    usage.reasoning_tokens += 1
                if req.logprobs and out.content:
                    out.logprobs.append(backend.logprob_of(ev))
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
        tail = self._convert(parser.finish(), calls)
        tail.content = stops.feed(tail.content) + stops.flush()
        if calls:
            finish = "tool_calls"
        tail.finish_reason = finish
        tail.usage = usage
        yield tail

    @staticmethod
    def _convert(events: Any, calls: dict[int, bool]) -> Delta:
        d = Delta()
        for e in events:
            kind = e.kind
            if kind == "reasoning":
                d.reasoning += e.text
            elif kind == "content":
                d.content += e.text
            elif kind == "tool_call":
                calls[e.index] = True
                d.tool_calls.append(ToolCallDelta(e.index, e.id, e.name, e.arguments or ""))
        return d


def _param(path: str | None) -> str | None:
    # Harmony names fields like messages[2].content; OpenAI's `param` uses dots.
    if path is None:
        return None
    return path.replace("[", ".").replace("]", "")
