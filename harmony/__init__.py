"""Harmony (the GPT-OSS chat format): render OpenAI chat requests to prompts, parse completions.

`render_chat` builds the prompt (system, developer with `namespace functions`, history) and the
forced assistant prefix; `HarmonyVocab` maps it to the checkpoint's token ids; `StreamParser`
turns generated ids back into reasoning / content / tool-call deltas, and `TextStreamParser`
does the same for harmony text (an upstream server's raw output). A standalone library: it
imports only the standard library, so the server and the builder both use it.
"""

from harmony.errors import HarmonyError
from harmony.messages import HarmonyMessage, Special, parts_text, render_conversation
from harmony.parse import (
    BuiltinCallStart,
    BuiltinCallText,
    ContentDelta,
    MessageDone,
    ParsedCompletion,
    ParsedMessage,
    ParsedToolCall,
    ParseEvent,
    ReasoningDelta,
    StreamParser,
    ToolCallArgs,
    ToolCallStart,
    parse_completion,
)
from harmony.render import Prompt, check_chat, render_chat
from harmony.system import SystemConfig
from harmony.text import TextStreamParser
from harmony.vocab import HarmonyVocab

__all__ = [
    "BuiltinCallStart",
    "BuiltinCallText",
    "ContentDelta",
    "HarmonyError",
    "HarmonyMessage",
    "HarmonyVocab",
    "MessageDone",
    "ParseEvent",
    "ParsedCompletion",
    "ParsedMessage",
    "ParsedToolCall",
    "Prompt",
    "ReasoningDelta",
    "Special",
    "StreamParser",
    "SystemConfig",
    "TextStreamParser",
    "ToolCallArgs",
    "ToolCallStart",
    "check_chat",
    "parse_completion",
    "parts_text",
    "render_chat",
    "render_conversation",
]
