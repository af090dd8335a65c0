"""Harmony messages and their rendering to prompt parts (text pieces and special tokens).

A rendered prompt is a list of parts: plain `str` text or a `Special` token. Keeping specials apart
from text lets the vocabulary encode user text as ordinary text (so a user typing "<|end|>" cannot
forge a message boundary) while `"".join(parts)` still gives the exact harmony text.
Does not know about OpenAI requests (see render.py) or token ids (see vocab.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum


class Special(str, Enum):
    """Harmony formatting tokens, by their text; ids come from the checkpoint's tokenizer."""

    START = "<|start|>"
    END = "<|end|>"
    MESSAGE = "<|message|>"
    CHANNEL = "<|channel|>"
    CONSTRAIN = "<|constrain|>"
    RETURN = "<|return|>"
    CALL = "<|call|>"

    def __str__(self) -> str:
        return self.value


Part = str | Special
ROLES = ("system", "developer", "user", "assistant", "tool")


@dataclass(frozen=True)
class HarmonyMessage:
    """One harmony message; for role "tool" the author `name` (e.g. functions.get_weather)
    is rendered instead of the role."""

    role: str
    content: str
    channel: str | None = None
    recipient: str | None = None
    content_type: str | None = None
    name: str | None = None


def render_message(msg: HarmonyMessage) -> list[Part]:
    """Render one message: `<|start|>header<|message|>content<|end|>` (or `<|call|>`)."""
    if msg.role == "tool":
        header = msg.name or "tool"
    else:
        header = msg.role + (f":{msg.name}" if msg.name else "")
    if msg.recipient is not None and msg.recipient != "all":
        header += f" to={msg.recipient}"
    parts: list[Part] = [Special.START, header]
    if msg.channel is not None:
        parts += [Special.CHANNEL, msg.channel]
    if msg.content_type is not None:
        marker = Special.CONSTRAIN.value
        if msg.content_type.startswith(marker):
            # the constrain marker is a special token, preceded by a plain space
            parts += [" ", Special.CONSTRAIN]
            rest = msg.content_type[len(marker) :]
            if rest:
                parts.append(rest)
        else:
            parts.append(f" {msg.content_type}")
    parts += [Special.MESSAGE, msg.content]
    is_call = msg.role == "assistant" and msg.recipient is not None
    parts.append(Special.CALL if is_call else Special.END)
    return parts


def drop_stale_analysis(msgs: Sequence[HarmonyMessage], training: bool) -> list[HarmonyMessage]:
    """Drop analysis (chain of thought) that a later final answer has already concluded.

    The model card rule: CoT of turns that ended in a `final` message is not shown again. In a
    training render (no generation prompt) the trailing assistant turn keeps its analysis. Analysis
    with no final after it (an ongoing tool-calling turn) is always kept.
    """
    finals = [i for i, m in enumerate(msgs) if m.role == "assistant" and m.channel == "final"]
    if not finals:
        return list(msgs)
    last_final = finals[-1]
    protect_from = len(msgs)
    if training:
        protect_from = 0
        for i, m in enumerate(msgs):
            if m.role != "assistant":
                protect_from = i + 1
    return [
        m
        for i, m in enumerate(msgs)
        if not (m.channel == "analysis" and i < last_final and i < protect_from)
    ]


def render_conversation(msgs: Iterable[HarmonyMessage]) -> list[Part]:
    """Render messages in order (no dropping, no generation prompt)."""
    parts: list[Part] = []
    for m in msgs:
        parts += render_message(m)
    return parts


def parts_text(parts: Iterable[Part]) -> str:
    """The harmony text of rendered parts."""
    return "".join(p.value if isinstance(p, Special) else p for p in parts)
