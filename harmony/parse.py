"""Token-level streaming parser for harmony completions, and a whole-list helper.

`StreamParser.feed(token_id)` returns typed deltas as soon as they are known: reasoning text
(analysis), content text (final; commentary without recipient), tool-call start and argument text
(any channel with a `functions.` recipient), and a `MessageDone` per message with the stop token
(`<|end|>`, `<|call|>`, `<|return|>`). Text is decoded from token bytes with an incremental UTF-8
decoder, so characters split across tokens come out whole. Malformed output never raises: it
falls back to content and is logged. `harmony.text.TextStreamParser` feeds the same state
machine from harmony text.
"""

from __future__ import annotations

import codecs
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from harmony.messages import ROLES, Part, Special
from harmony.vocab import HarmonyVocab

log = logging.getLogger(__name__)

CHANNELS = ("analysis", "commentary", "final")
FUNCTIONS = "functions."
MAX_HEADER_BYTES = 512  # a real header is well under this; longer means unstructured text
_END_NAMES = {Special.END: "end", Special.CALL: "call", Special.RETURN: "return"}


@dataclass(frozen=True)
class ReasoningDelta:
    text: str


@dataclass(frozen=True)
class ContentDelta:
    text: str


@dataclass(frozen=True)
class ToolCallStart:
    index: int
    id: str
    name: str


@dataclass(frozen=True)
class ToolCallArgs:
    index: int
    text: str


@dataclass(frozen=True)
class BuiltinCallStart:
    """The model addresses a built-in tool (`to=python`); its message text is the call."""

    id: str
    recipient: str


@dataclass(frozen=True)
class BuiltinCallText:
    id: str
    text: str


@dataclass(frozen=True)
class MessageDone:
    """A message ended; `end` is "end", "call", "return", or None (input ran out)."""

    role: str
    channel: str | None
    recipient: str | None
    end: str | None


ParseEvent = (
    ReasoningDelta
    | ContentDelta
    | ToolCallStart
    | ToolCallArgs
    | BuiltinCallStart
    | BuiltinCallText
    | MessageDone
)


@dataclass
class ParsedMessage:
    """A whole parsed message, with the fields openai-harmony's parser reports."""

    role: str
    content: str = ""
    name: str | None = None
    recipient: str | None = None
    channel: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Header:
    role: str
    name: str | None = None
    channel: str | None = None
    recipient: str | None = None
    content_type: str | None = None
    leftover: str = ""


def parse_header(raw: str, role: str | None) -> Header:
    """Parse a header string (specials as their text), like openai-harmony but never failing."""
    channel = None
    at = raw.find(Special.CHANNEL.value)
    if at >= 0:
        after = raw[at + len(Special.CHANNEL.value) :]
        value = re.match(r"[^\s<]*", after).group()
        channel = value or None
        raw = raw[:at] + after[len(value) :]
    raw = raw.strip().replace(Special.CONSTRAIN.value, " " + Special.CONSTRAIN.value)
    parts = raw.split()
    name = None
    if role is None:
        first = parts[0] if parts else "assistant"
        if first in ROLES:
            role = first
        else:  # an author name, e.g. "functions.get_weather to=assistant"
            role, name = "tool", first
            parts = parts[1:]
    if parts and parts[0] == role:
        parts = parts[1:]
    recipient = content_type = None
    if parts:
        count = len(parts)
        last = parts.pop()
        if last.startswith("to="):
            recipient = last[3:]
        elif count == 1:
            recipient = last
        else:
            content_type = last
            rec = parts.pop()
            recipient = rec.removeprefix("to=")
    return Header(role, name, channel, recipient, content_type, " ".join(parts))


@dataclass
class _Current:
    header: Header
    kind: str  # "reasoning" | "content" | "tool" | "builtin" | "drop"
    index: int = -1
    call_id: str = ""
    chunks: list[str] = field(default_factory=list)


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


class StreamParser:
    """Feed generated token ids one at a time; get deltas back.

    `builtin` names the built-in tools the prompt declared: a message to one of them (`to=python`)
    comes back as `BuiltinCallStart`/`BuiltinCallText` (the code to run), else as reasoning.
    `role` is the role whose header the first token continues (the prompt ended with
    `<|start|>assistant`); pass None when the input starts at `<|start|>`. `prefix` primes the
    parser with the prompt's forced assistant prefix; deltas it produces (e.g. the tool-call start
    of a named tool_choice) come back from the first `feed` or `finish`.
    """

    def __init__(
        self,
        vocab: HarmonyVocab | None,
        *,
        role: str | None = "assistant",
        prefix: Sequence[Part] = (),
        id_factory: Callable[[], str] = new_call_id,
        builtin: Sequence[str] = (),
    ) -> None:
        self.vocab = vocab
        self.builtin = tuple(builtin)  # built-in tools the prompt declared (e.g. "python")
        self.messages: list[ParsedMessage] = []
        self.stop: str | None = None  # "return" or "call" once generation ended on one
        self.tool_calls = 0
        self._new_id = id_factory
        self._role = None if prefix else role
        self._state = "header" if self._role else "start"
        self._header = bytearray()
        self._cur: _Current | None = None
        self._utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending: list[ParseEvent] = []
        for part in prefix:
            if isinstance(part, Special):
                self._pending += self._step(part, None)
            else:
                self._pending += self._step(None, part.encode())

    def feed(self, token: int) -> list[ParseEvent]:
        """Consume one generated token id."""
        out, self._pending = self._pending, []
        return out + self._step(*self._piece(int(token)))

    def feed_many(self, tokens: Iterable[int]) -> list[ParseEvent]:
        out: list[ParseEvent] = []
        for t in tokens:
            out += self.feed(t)
        return out

    def finish(self) -> list[ParseEvent]:
        """End of input (stop, length limit or cancel): flush held bytes, close the message."""
        out, self._pending = self._pending, []
        if self._state == "content":
            out += self._close(None)
        elif self._state == "header" and self._header:
            text = self._header.decode("utf-8", "replace")
            if any(
                mark in text for mark in (Special.CHANNEL.value, Special.CONSTRAIN.value, "to=")
            ):
                log.info("harmony: output ended inside a message header %r; dropped", text)
            else:
                body = self._header_body(text)[1]
                if body:
                    log.warning("harmony: unstructured output %r; returned as content", text)
                    out += self._fallback(body, None)
        self._state, self._header = "start", bytearray()
        return out

    # -- state machine -------------------------------------------------------------------

    def _piece(self, token: int) -> tuple[Special | None, bytes | None]:
        """A token as the state machine sees it: (harmony special or None, its text bytes or
        None for an added token, which carries structure and never text)."""
        assert self.vocab is not None, "token input needs the tokenizer's HarmonyVocab"
        special = self.vocab.by_id.get(token)
        if special is not None or self.vocab.is_added(token):
            return special, None
        return None, self.vocab.token_bytes(token)

    def _step(self, special: Special | None, data: bytes | None) -> list[ParseEvent]:
        if self._state == "start":
            return self._in_start(special, data)
        if self._state == "header":
            return self._in_header(special, data)
        return self._in_content(special, data)

    def _in_start(self, special: Special | None, data: bytes | None) -> list[ParseEvent]:
        if special is Special.START:
            self._state, self._role, self._header = "header", None, bytearray()
            return []
        if special in _END_NAMES or (data is not None and data.isspace()):
            return []  # a stop token or white space between messages carries nothing
        log.warning(
            "harmony: %r outside a message; assuming an assistant header",
            special.value if special else data,
        )
        self._state, self._role, self._header = "header", "assistant", bytearray()
        return self._in_header(special, data)

    def _in_header(self, special: Special | None, data: bytes | None) -> list[ParseEvent]:
        if special is Special.MESSAGE:
            return self._open(self._header.decode("utf-8", "replace"))
        if special in (Special.CHANNEL, Special.CONSTRAIN):
            self._header += special.value.encode()
        elif special is Special.START:
            log.warning(
                "harmony: header %r never reached <|message|>; dropped", bytes(self._header)
            )
            self._role, self._header = None, bytearray()
        elif special in _END_NAMES and not self._header:
            self._record_stop(special)  # e.g. <|start|>assistant<|return|>: nothing to say
            self._state = "start"
        elif special in _END_NAMES:
            text = self._header.decode("utf-8", "replace")
            log.warning("harmony: message without <|message|> (header %r); content fallback", text)
            head, body = self._header_body(text)
            out = self._fallback(body, head.channel, special)
            self._record_stop(special)
            self._state, self._header = "start", bytearray()
            return out
        elif data is not None:
            self._header += data
            if len(self._header) > MAX_HEADER_BYTES:
                log.warning(
                    "harmony: no message header structure in %r...; content fallback",
                    bytes(self._header[:80]),
                )
                self._utf8.reset()
                text = self._utf8.decode(bytes(self._header))  # keeps a split character pending
                self._header = bytearray()
                self._cur = _Current(Header(self._role or "assistant"), "content")
                self._state = "content"
                return self._emit(text)
        return []

    def _in_content(self, special: Special | None, data: bytes | None) -> list[ParseEvent]:
        if special in _END_NAMES:
            out = self._close(special)
            self._record_stop(special)
            return out
        if special is Special.START:
            log.warning("harmony: <|start|> inside a message; closing it")
            out = self._close(None)
            self._state, self._role, self._header = "header", None, bytearray()
            return out
        if special is Special.CHANNEL:
            log.warning("harmony: <|channel|> inside a message; starting a new assistant message")
            out = self._close(None)
            self._state, self._role = "header", "assistant"
            self._header = bytearray(Special.CHANNEL.value.encode())
            return out
        if data is None:
            log.info("harmony: special token %r inside message content; skipped", special)
            return []
        return self._emit(self._utf8.decode(data))

    # -- messages ------------------------------------------------------------------------

    def _open(self, header_text: str) -> list[ParseEvent]:
        head = parse_header(header_text, self._role)
        if head.leftover:
            log.warning("harmony: extra words %r in header %r ignored", head.leftover, header_text)
        self._header, self._state = bytearray(), "content"
        self._utf8.reset()
        out: list[ParseEvent] = []
        rec = head.recipient
        if head.role != "assistant":
            log.warning("harmony: model wrote a %s message; not returned", head.role)
            kind = "drop"
        elif rec and rec.startswith(FUNCTIONS) and len(rec) > len(FUNCTIONS):
            kind = "tool"
        elif rec and rec.split(".")[0] in self.builtin:
            kind = "builtin"
        else:
            if rec:
                log.info(
                    "harmony: recipient %r is not a function; text kept as %s",
                    rec,
                    "reasoning" if head.channel == "analysis" else "content",
                )
            if head.channel not in CHANNELS:
                log.warning("harmony: unknown channel %r; content fallback", head.channel)
            kind = "reasoning" if head.channel == "analysis" else "content"
        self._cur = _Current(head, kind)
        if kind == "tool":
            self._cur.index = self.tool_calls
            self.tool_calls += 1
            out.append(ToolCallStart(self._cur.index, self._new_id(), rec[len(FUNCTIONS) :]))
        elif kind == "builtin":
            self._cur.call_id = self._new_id()
            out.append(BuiltinCallStart(self._cur.call_id, rec))
        return out

    def _emit(self, text: str) -> list[ParseEvent]:
        cur = self._cur
        if not text or cur is None:
            return []
        cur.chunks.append(text)
        if cur.kind == "reasoning":
            return [ReasoningDelta(text)]
        if cur.kind == "content":
            return [ContentDelta(text)]
        if cur.kind == "tool":
            return [ToolCallArgs(cur.index, text)]
        if cur.kind == "builtin":
            return [BuiltinCallText(cur.call_id, text)]
        return []

    def _close(self, special: Special | None) -> list[ParseEvent]:
        cur = self._cur
        out = self._emit(self._utf8.decode(b"", final=True)) if cur else []
        self._utf8.reset()
        if cur is not None:
            h = cur.header
            self.messages.append(
                ParsedMessage(
                    h.role, "".join(cur.chunks), h.name, h.recipient, h.channel, h.content_type
                )
            )
            out.append(MessageDone(h.role, h.channel, h.recipient, _END_NAMES.get(special)))
        self._cur, self._state, self._role = None, "start", None
        return out

    def _fallback(
        self, text: str, channel: str | None, special: Special | None = None
    ) -> list[ParseEvent]:
        self._cur = _Current(
            Header(self._role or "assistant", channel=channel),
            "reasoning" if channel == "analysis" else "content",
        )
        out = self._emit(text)
        return out + self._close(special)

    def _header_body(self, text: str) -> tuple[Header, str]:
        """A header that never reached <|message|>: its fields, and the text after role/channel."""
        head = parse_header(text, self._role)
        body = _strip_channel(text).lstrip()
        if self._role is None and body.startswith(head.role):
            body = body[len(head.role) :]
        return head, body.lstrip()

    def _record_stop(self, special: Special) -> None:
        if special in (Special.CALL, Special.RETURN):
            self.stop = _END_NAMES[special]


def _strip_channel(text: str) -> str:
    at = text.find(Special.CHANNEL.value)
    if at < 0:
        return text
    after = text[at + len(Special.CHANNEL.value) :]
    return text[:at] + after[len(re.match(r"[^\s<]*", after).group()) :]


@dataclass
class ParsedToolCall:
    id: str
    name: str
    arguments: str = ""


@dataclass
class ParsedCompletion:
    """A whole completion: joined reasoning, content and tool calls, plus the raw messages."""

    reasoning: str = ""
    content: str = ""
    tool_calls: list[ParsedToolCall] = field(default_factory=list)
    messages: list[ParsedMessage] = field(default_factory=list)
    stop: str | None = None

    def add(self, delta: ParseEvent) -> None:
        """Fold one delta in (how a non-streaming response joins the stream)."""
        if isinstance(delta, ReasoningDelta):
            self.reasoning += delta.text
        elif isinstance(delta, ContentDelta):
            self.content += delta.text
        elif isinstance(delta, ToolCallStart):
            self.tool_calls.append(ParsedToolCall(delta.id, delta.name))
        elif isinstance(delta, ToolCallArgs):
            self.tool_calls[delta.index].arguments += delta.text
        elif isinstance(delta, MessageDone) and delta.end in ("call", "return"):
            self.stop = delta.end


def parse_completion(
    vocab: HarmonyVocab,
    tokens: Iterable[int],
    *,
    role: str | None = "assistant",
    prefix: Sequence[Part] = (),
    id_factory: Callable[[], str] = new_call_id,
) -> ParsedCompletion:
    """Parse a whole list of generated token ids (the streaming parser, joined)."""
    parser = StreamParser(vocab, role=role, prefix=prefix, id_factory=id_factory)
    result = ParsedCompletion()
    for delta in parser.feed_many(tokens) + parser.finish():
        result.add(delta)
    result.messages = parser.messages
    result.stop = parser.stop
    return result
