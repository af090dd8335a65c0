"""The harmony halves of a local chat completion: the prompt in, parsed deltas out.

`HarmonyChat.render` renders the request with `harmony` (system date pinned by settings,
reasoning effort, tools, forced prefixes for tool_choice / response_format) into prompt ids;
`output_grammar` gives the constraint the prompt implies; `ChatStream` turns each generated
token into `Delta`s: reasoning, content (with stop strings applied to the decoded text),
tool-call deltas, logprobs and usage with reasoning tokens. The backend (server.local) budgets
the context, picks the sampling and runs the engine between them; this module never calls it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from harmony.errors import HarmonyError
from harmony.messages import HarmonyMessage, Part, Special, render_message
from harmony.parse import BuiltinCallStart, MessageDone, ParsedMessage, StreamParser
from harmony.render import (
    Prompt,
    call_header_tail,
    final_prefix,
    generation_prefix,
    render_chat,
    required_tool_prefix,
)
from harmony.system import SystemConfig
from harmony.vocab import HarmonyVocab
from server.errors import InvalidRequest
from server.events import Delta, Usage, delta_from_harmony
from server.protocol import ChatCompletionRequest
from server.settings import Settings
from server.stops import StopMatcher

log = logging.getLogger(__name__)


class HarmonyChat:
    """Per-tokenizer harmony state (vocabulary view, stop ids) shared by all chat requests."""

    def __init__(self, tokenizer: Any, settings: Settings) -> None:
        self.vocab = HarmonyVocab(tokenizer)
        self.settings = settings
        self.stop_ids = tuple(self.vocab.stop_ids)

    def builtin(self, req: ChatCompletionRequest) -> tuple[str, ...]:
        """The built-in tools this request declares to the model (and we execute)."""
        return ("python",) if self.settings.builtin_python or req.builtin_tools else ()

    def render(self, req: ChatCompletionRequest, messages: list[dict]) -> tuple[Prompt, list[int]]:
        effort = req.reasoning_effort or self.settings.reasoning_effort
        system = SystemConfig(
            current_date=self.settings.today().isoformat(),
            reasoning_effort=effort,
            builtin_tools=self.builtin(req),
        )
        tools = [t.model_dump(exclude_none=True) for t in req.tools] if req.tools else None
        choice = req.tool_choice
        if choice is not None and not isinstance(choice, str):
            choice = choice.model_dump()
        fmt = req.response_format.model_dump(by_alias=True) if req.response_format else None
        try:
            prompt = render_chat(
                messages,
                tools=tools,
                tool_choice=choice,
                response_format=fmt,
                reasoning_effort=effort,
                system=system,
            )
        except HarmonyError as exc:
            raise InvalidRequest.from_harmony(exc) from None
        return prompt, self.vocab.encode_parts(prompt.parts)

    def stream(self, req: ChatCompletionRequest, prompt: Prompt, prompt_tokens: int) -> ChatStream:
        """The token-to-delta state for one completion of `prompt`."""
        return ChatStream(
            self.vocab,
            prompt,
            req.stops,
            prompt_tokens,
            req.logprobs,
            parallel_tool_calls=req.parallel_tool_calls is not False,
            builtin=self.builtin(req),
        )

    def tool_result(self, call: ParsedMessage, output: str) -> list[int]:
        """Token ids of the python tool's answer to `call`, then the next assistant turn's
        start: what the model reads before it goes on."""
        answer = HarmonyMessage(
            "tool", output, channel=call.channel, recipient="assistant", name=call.recipient
        )
        return self.vocab.encode_parts(render_message(answer) + list(generation_prefix()))


def output_grammar(req: ChatCompletionRequest, prompt: Prompt) -> str | None:
    """The grammar the completion must follow when the prompt already fixed its shape, or None.

    - response_format json on the final channel: the schema's JSON, then `<|return|>`;
    - tool_choice naming a function: arguments matching its parameters, then `<|call|>`;
    - tool_choice "required": one of the functions' names, the rest of the call header, its
      arguments, then `<|call|>`.

    A response_format schema llguidance cannot enforce is the client's 400; a tool schema it
    cannot enforce leaves the call unconstrained, as before constraints existed.
    """
    from engine.constraints import compile_lark, json_lark
    from engine.errors import InvalidInput

    tools = {t.function.name: t.function.parameters for t in req.tools or []}
    fmt = req.response_format
    try:
        if prompt.forced_tool:
            return compile_lark(
                f"start: {json_lark(tools.get(prompt.forced_tool))} {_lark(Special.CALL)}"
            )
        if prompt.prefix == required_tool_prefix() and tools:
            calls = [
                f"({_lark(*call_header_tail(name))} {json_lark(schema)} {_lark(Special.CALL)})"
                for name, schema in tools.items()
            ]
            return compile_lark("start: " + " | ".join(calls))
    except InvalidInput as exc:
        log.warning("tool call not constrained: %s", exc)
        return None
    if fmt is None or fmt.type == "text" or prompt.prefix != final_prefix():
        return None
    schema = fmt.json_schema.schema_ if fmt.json_schema else None
    try:
        return compile_lark(f"start: {json_lark(schema)} {_lark(Special.RETURN)}")
    except InvalidInput as exc:
        raise InvalidRequest(str(exc), param="response_format.json_schema.schema") from None


def _lark(*parts: Part) -> str:
    """Harmony parts as a Lark rule body: text as string literals, specials as token names."""
    return " ".join(p.value if isinstance(p, Special) else json.dumps(p) for p in parts)


class ChatStream:
    """One chat completion's token-to-delta state: harmony parser, stop strings, token counts.

    `token()` takes each generated id (with its logprob entry when requested) and returns the
    delta to send, if any; `stopped` turns true when a stop string matched. `finish()` closes
    the parse and returns the last delta, carrying finish_reason and usage.
    """

    def __init__(
        self,
        vocab: HarmonyVocab,
        prompt: Prompt,
        stops: list[str],
        prompt_tokens: int,
        logprobs: bool = False,
        parallel_tool_calls: bool = True,
        builtin: tuple[str, ...] = (),
    ) -> None:
        self.vocab = vocab
        self.builtin = builtin
        self.parser = StreamParser(vocab, prefix=prompt.prefix, builtin=builtin)
        self._builtin_id = ""
        self._rounds = 0
        self.stops = StopMatcher(stops)
        self.usage = Usage(prompt_tokens=prompt_tokens)
        self.logprobs = logprobs
        self.finish_reason = "length"
        self.parallel_tool_calls = parallel_tool_calls
        self._call_done = False  # parallel_tool_calls=false: the first finished call ends it
        self._in_message = 0  # tokens of the current harmony message, booked when it ends
        self._pending: list[Any] = []  # logprobs of tokens whose text is not placed yet

    def pending_call(self) -> tuple[ParsedMessage, str] | None:
        """The built-in tool call generation just stopped at (`<|call|>`) and its id, if any."""
        last = self.parser.messages[-1] if self.parser.messages else None
        if self.parser.stop != "call" or last is None or not last.recipient:
            return None
        if last.recipient.split(".")[0] not in self.builtin:
            return None
        return last, self._builtin_id

    def next_round(self) -> None:
        """After a tool result: the model's next message starts a fresh parse (the usage,
        stop strings and token counts go on; cached_tokens stays the first prompt's)."""
        self.parser = StreamParser(self.vocab, builtin=self.builtin)
        self.finish_reason = "length"
        self._rounds += 1

    @property
    def stopped(self) -> bool:
        return self.stops.hit is not None or self._call_done

    def token(
        self,
        token: int,
        logprob: Any = None,
        cached_tokens: int = 0,
        finish_reason: str | None = None,
    ) -> Delta | None:
        self.usage.completion_tokens += 1
        if not self._rounds:
            self.usage.cached_tokens = cached_tokens
        self._in_message += 1
        events = self.parser.feed(token)
        self._book(events)
        out = delta_from_harmony(events)
        if self.logprobs:
            self._attach_logprob(out, events, logprob)
        out.content = self.stops.feed(out.content)
        if finish_reason is not None:
            self.finish_reason = finish_reason
        if self.stops.hit is not None:
            self.finish_reason = "stop"
            return out
        if self._call_done:
            self.finish_reason = "tool_calls"
        return None if out.is_empty() else out

    def finish(self) -> Delta:
        events = self.parser.finish()
        self._book(events)
        tail = delta_from_harmony(events)
        if self.logprobs and tail.content:
            tail.logprobs = self._pending  # unstructured output released as content at the end
        tail.content = self.stops.feed(tail.content) + self.stops.flush()
        if self.stops.hit is not None:
            self.finish_reason = "stop"
        elif self.parser.tool_calls and self.finish_reason in ("stop", "tool_calls"):
            self.finish_reason = "tool_calls"
        tail.finish_reason = self.finish_reason
        tail.usage = self.usage
        return tail

    def _book(self, events: list[Any]) -> None:
        """Tokens of a finished analysis message count as reasoning tokens."""
        for e in events:
            if isinstance(e, BuiltinCallStart):
                self._builtin_id = e.id
            if isinstance(e, MessageDone):
                recipient = e.recipient or ""
                if not self.parallel_tool_calls and recipient.startswith("functions."):
                    self._call_done = True
                if e.channel == "analysis":
                    self.usage.reasoning_tokens += self._in_message
                self._in_message = 0

    def _attach_logprob(self, out: Delta, events: list[Any], lp: Any) -> None:
        """Logprobs go with content tokens (OpenAI reports them for the visible answer)."""
        if out.content:
            out.logprobs.append(lp)
            self._pending.clear()
        elif out.reasoning or out.tool_calls or any(isinstance(e, MessageDone) for e in events):
            self._pending.clear()
        else:
            self._pending.append(lp)
