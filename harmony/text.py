"""Harmony *text* in, the token parser's events out: for servers that return raw harmony markup.

Servers that do not parse harmony themselves (mlx-lm's, for one) put
`<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>final<|message|>...`
into their text. `TextStreamParser` feeds `StreamParser`'s state machine from such text, so an
upstream's output and our own model's tokens give the same events.
"""

from __future__ import annotations

from collections.abc import Callable

from harmony.messages import Special
from harmony.parse import ContentDelta, ParseEvent, StreamParser, new_call_id


class TextStreamParser(StreamParser):
    """The same parser fed harmony *text*, for servers that return raw harmony markup.

    Servers that do not parse harmony themselves (mlx-lm's, for one) put
    `<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>final<|message|>...`
    into their text. `feed_text` takes it in chunks of any size (a marker split across chunks is
    held back until it is whole) and returns the events token input would give. Only the seven
    harmony markers are structure; any other `<|...` is text. Text whose first non-space
    characters are not `<|channel|>` or `<|start|>` is not harmony: it passes through
    untouched as content.
    """

    def __init__(self, *, id_factory: Callable[[], str] = new_call_id) -> None:
        super().__init__(None, id_factory=id_factory)
        self.passthrough: bool | None = None  # undecided until the text shows its start
        self._text = ""

    def feed_text(self, text: str) -> list[ParseEvent]:
        self._text += text
        return self._drain(final=False)

    def finish(self) -> list[ParseEvent]:
        return self._drain(final=True) + super().finish()

    def _drain(self, final: bool) -> list[ParseEvent]:
        if self.passthrough is None and not self._detect(final):
            return []
        if self.passthrough:
            out, self._text = self._text, ""
            return [ContentDelta(out)] if out else []
        events, buf = [], self._text
        while buf:
            at = buf.find("<|")
            if at < 0:
                # a trailing "<" may begin a marker split across chunks
                keep = 1 if buf.endswith("<") and not final else 0
                events += self._plain(buf[: len(buf) - keep])
                buf = buf[len(buf) - keep :]
                break
            events += self._plain(buf[:at])
            buf = buf[at:]
            special = next((s for s in Special if buf.startswith(s.value)), None)
            if special is not None:
                events += self._step(special, None)
                buf = buf[len(special.value) :]
            elif not final and any(s.value.startswith(buf) for s in Special):
                break  # the rest of a marker is still to come
            else:
                events += self._plain("<|")
                buf = buf[2:]
        self._text = buf
        return events

    def _detect(self, final: bool) -> bool:
        """Decide from the first non-space text whether this is harmony; False = wait."""
        head = self._text.lstrip()
        if not final and any(s.value.startswith(head) for s in _OPENERS):
            return False  # could still become an opening marker
        self.passthrough = not head.startswith(tuple(s.value for s in _OPENERS))
        if head.startswith(Special.START.value):
            self._state, self._role = "start", None  # the text names its own role
        return True

    def _plain(self, text: str) -> list[ParseEvent]:
        return self._step(None, text.encode()) if text else []


_OPENERS = (Special.CHANNEL, Special.START)
