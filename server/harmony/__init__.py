"""Harmony (the GPT-OSS chat format): render OpenAI chat requests to prompts, parse completions.

`render_chat` builds the prompt (system, developer with `namespace functions`, history) and the
forced assistant prefix; `HarmonyVocab` maps it to the checkpoint's token ids; `StreamParser`
turns generated ids back into reasoning / content / tool-call deltas. No HTTP and no MLX here.
"""

from server.harmony.errors import HarmonyError
from server.harmony.messages import HarmonyMessage, Special, parts_text, render_conversation
from server.harmony.parse import (
    ContentDelta,
    Delta,
    MessageDone,
    ParsedCompletion,
    ParsedMessage,
    ReasoningDelta,
    StreamParser,
    ToolCall,
    ToolCallArgs,
    ToolCallStart,
    parse_completion,
)
from server.harmony.render import Prompt, render_chat
from server.harmony.system import SystemConfig
from server.harmony.vocab import HarmonyVocab

__all__ = [
    "ContentDelta",
    "Delta",
    "HarmonyError",
    "HarmonyMessage",
    "HarmonyVocab",
    "MessageDone",
    "ParsedCompletion",
    "ParsedMessage",
    "Prompt",
    "ReasoningDelta",
    "Special",
    "StreamParser",
    "SystemConfig",
    "ToolCall",
    "ToolCallArgs",
    "ToolCallStart",
    "parse_completion",
    "parts_text",
    "render_chat",
    "render_conversation",
]
