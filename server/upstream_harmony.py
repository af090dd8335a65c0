"""Harmony markup in an upstream's text, split into reasoning, content and tool calls.

Servers that do not parse harmony themselves (mlx-lm's, for one) put the raw
`<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>final<|message|>...`
into `content`. `HarmonyTextSplitter` recognises that on the first text it sees and from then
on routes each message's text to the right field, holding back a marker split across chunks.
Text that does not start with harmony markup passes through untouched.
"""

from __future__ import annotations

import uuid

from server.events import Delta, ToolCallDelta
from server.harmony.messages import Special
from server.harmony.parse import FUNCTIONS, parse_header

_ENDS = (Special.END.value, Special.CALL.value, Special.RETURN.value)
_OPENERS = (Special.CHANNEL.value, Special.START.value)
_MAX_MARKER = 32  # harmony markers are short; "<|" with no "|>" this soon is plain text


class HarmonyTextSplitter:
    """Feed upstream content text; get deltas with harmony channels mapped to fields."""

    def __init__(self) -> None:
        self.mode = "detect"  # detect | passthrough | header | body | between
        self._buf = ""
        self._header = ""
        self._role: str | None = "assistant"  # the prompt ended with <|start|>assistant
        self._kind = "content"
        self._index = -1
        self.tool_calls = 0

    def feed(self, text: str) -> Delta:
        if self.mode == "passthrough":
            return Delta(content=text)
        self._buf += text
        if self.mode == "detect":
            head = self._buf.lstrip()
            if any(m.startswith(head) for m in _OPENERS) and len(head) < 11:
                return Delta()  # could still become a marker: wait for more text
            if not head.startswith(_OPENERS):
                self.mode, out, self._buf = "passthrough", self._buf, ""
                return Delta(content=out)
            self.mode = "header"
        return self._drain(final=False)

    def finish(self) -> Delta:
        if self.mode in ("detect", "passthrough"):
            out, self._buf = self._buf, ""
            return Delta(content=out)
        return self._drain(final=True)

    # -- internals -------------------------------------------------------------------------
    def _drain(self, final: bool) -> Delta:
        d = Delta()
        while self._buf:
            at = self._buf.find("<|")
            if at < 0:
                # A trailing "<" may be the start of a marker split across chunks.
                keep = 1 if self._buf.endswith("<") and not final else 0
                self._text(self._buf[: len(self._buf) - keep], d)
                self._buf = self._buf[len(self._buf) - keep :]
                break
            if at > 0:
                self._text(self._buf[:at], d)
                self._buf = self._buf[at:]
            end = self._buf.find("|>", 2, _MAX_MARKER)
            name = self._buf[2:end] if end >= 0 else self._buf[2:_MAX_MARKER]
            if (
                "<" in name
                or any(c.isspace() for c in name)
                or (end < 0 and (final or len(self._buf) >= _MAX_MARKER))
            ):
                self._text("<|", d)  # not a marker after all: plain text
                self._buf = self._buf[2:]
                continue
            if end < 0:
                break  # wait for the rest of the marker
            marker, self._buf = self._buf[: end + 2], self._buf[end + 2 :]
            self._marker(marker, d)
        return d

    def _text(self, text: str, d: Delta) -> None:
        if self.mode == "header":
            self._header += text
        elif self.mode == "body":
            if self._kind == "reasoning":
                d.reasoning += text
            elif self._kind == "tool":
                d.tool_calls.append(ToolCallDelta(self._index, arguments=text))
            else:
                d.content += text
        elif text.strip():  # text between messages: keep it rather than lose it
            d.content += text

    def _marker(self, marker: str, d: Delta) -> None:
        if marker == Special.START.value:
            self.mode, self._header, self._role = "header", "", None
        elif marker == Special.MESSAGE.value and self.mode == "header":
            self._open(d)
        elif marker in _ENDS:
            self.mode, self._role = "between", None
        elif self.mode == "header":  # <|channel|>, <|constrain|> belong to the header
            self._header += marker
        elif self.mode == "between" and marker == Special.CHANNEL.value:
            self.mode, self._header, self._role = "header", marker, "assistant"
        else:
            self._text(marker, d)  # not harmony structure: it is text

    def _open(self, d: Delta) -> None:
        head = parse_header(self._header, self._role)
        rec = head.recipient or ""
        if rec.startswith(FUNCTIONS) and len(rec) > len(FUNCTIONS):
            self._kind, self._index = "tool", self.tool_calls
            self.tool_calls += 1
            d.tool_calls.append(
                ToolCallDelta(self._index, "call_" + uuid.uuid4().hex[:24], rec[len(FUNCTIONS) :])
            )
        else:
            self._kind = "reasoning" if head.channel == "analysis" else "content"
        self.mode = "body"
