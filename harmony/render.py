"""OpenAI Chat Completions requests to harmony prompts.

`render_chat` maps messages (system/developer → developer instructions, assistant reasoning →
analysis, content → final, tool_calls → commentary calls, tool results → `functions.NAME`
messages), tools and tool_choice, response_format and reasoning effort to a `Prompt` whose last
parts are the forced assistant prefix the parser must be primed with. Raises `HarmonyError` for
requests that cannot be rendered; never touches token ids (see vocab.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from harmony.errors import HarmonyError
from harmony.messages import (
    HarmonyMessage,
    Part,
    Special,
    drop_stale_analysis,
    parts_text,
    render_conversation,
)
from harmony.system import (
    ResponseFormatSpec,
    SystemConfig,
    developer_text,
    system_text,
)
from harmony.tools_ts import ToolSpec

log = logging.getLogger(__name__)

CONSTRAIN_JSON = Special.CONSTRAIN.value + "json"


@dataclass(frozen=True)
class Prompt:
    """A rendered prompt: all parts, of which the trailing `prefix` is the forced assistant start
    (empty when no generation prompt was asked for); `forced_tool` names the function when
    tool_choice named one."""

    parts: tuple[Part, ...]
    prefix: tuple[Part, ...]
    forced_tool: str | None = None

    @property
    def text(self) -> str:
        return parts_text(self.parts)

    @property
    def prefix_text(self) -> str:
        return parts_text(self.prefix)


def generation_prefix() -> tuple[Part, ...]:
    """`<|start|>assistant`: the model chooses the channel."""
    return (Special.START, "assistant")


def required_tool_prefix() -> tuple[Part, ...]:
    """tool_choice="required": commit to a function call, the model picks which."""
    return (Special.START, "assistant", Special.CHANNEL, "commentary to=functions.")


def call_header_tail(name: str) -> tuple[Part, ...]:
    """What a call header holds after `required_tool_prefix()`: the function's name, then the
    JSON constraint and the start of the arguments (`named_tool_prefix` writes the same text)."""
    return (name, " ", Special.CONSTRAIN, "json", Special.MESSAGE)


def named_tool_prefix(name: str) -> tuple[Part, ...]:
    """tool_choice naming a function: the call header is written, the model writes arguments."""
    return (
        Special.START,
        "assistant",
        Special.CHANNEL,
        f"commentary to=functions.{name}",
        " ",
        Special.CONSTRAIN,
        "json",
        Special.MESSAGE,
    )


def final_prefix() -> tuple[Part, ...]:
    """response_format json without tools: go straight to the final answer."""
    return (Special.START, "assistant", Special.CHANNEL, "final", Special.MESSAGE)


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def _as_dict(obj: Any) -> Any:
    dump = getattr(obj, "model_dump", None)
    return dump(exclude_none=True) if callable(dump) else obj


def _list(value: Any, param: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    raise HarmonyError(f"{param} must be a list, got {type(value).__name__}", param)


def _text(content: Any, param: str) -> str | None:
    """Message content as text: a string, or the text parts of a content-part list."""
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, (list, tuple)):
        texts = []
        for i, part in enumerate(content):
            kind = _get(part, "type")
            if kind not in ("text", "input_text", "output_text") or _get(part, "text") is None:
                raise HarmonyError(
                    f"content part type {kind!r} is not supported by this "
                    f"text-only model; send text parts only",
                    f"{param}[{i}]",
                )
            if not isinstance(_get(part, "text"), str):
                raise HarmonyError("a text part's text must be a string", f"{param}[{i}].text")
            texts.append(_get(part, "text"))
        return "".join(texts)
    raise HarmonyError(
        f"content must be a string or a list of text parts, got {type(content).__name__}", param
    )


def function_specs(tools: Sequence[Any] | None) -> list[ToolSpec]:
    """OpenAI `tools` (function tools) as harmony tool specs, order kept."""
    specs = []
    for i, tool in enumerate(_list(tools, "tools")):
        tool = _as_dict(tool)
        if _get(tool, "type") not in (None, "function"):
            raise HarmonyError(
                f"tool type {_get(tool, 'type')!r} is not supported; use type 'function'",
                f"tools[{i}].type",
            )
        fn = _as_dict(_get(tool, "function"))
        name = _get(fn, "name") if fn is not None else None
        if not isinstance(name, str) or not name:
            raise HarmonyError(
                "every function tool needs a non-empty function.name", f"tools[{i}].function.name"
            )
        params = _get(fn, "parameters")
        if params is not None and not isinstance(params, Mapping):
            raise HarmonyError(
                "function.parameters must be a JSON Schema object",
                f"tools[{i}].function.parameters",
            )
        specs.append(ToolSpec(name, _get(fn, "description") or "", params))
    return specs


def _arguments(value: Any) -> str:
    if value is None:
        return "{}"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def chat_messages(messages: Sequence[Any]) -> tuple[str | None, list[HarmonyMessage]]:
    """Split OpenAI messages into developer instructions and harmony conversation messages."""
    instructions: list[str] = []
    out: list[HarmonyMessage] = []
    call_names: dict[str, str] = {}
    unanswered: list[str] = []  # names of calls not yet answered, for results without an id
    for i, raw in enumerate(_list(messages, "messages")):
        m = _as_dict(raw)
        role = _get(m, "role")
        param = f"messages[{i}]"
        text = _text(_get(m, "content"), f"{param}.content")
        if role in ("system", "developer"):
            if text:
                instructions.append(text)
        elif role == "user":
            out.append(HarmonyMessage("user", text or ""))
        elif role == "assistant":
            reasoning = _get(m, "reasoning_content") or _get(m, "reasoning")
            if reasoning is not None and not isinstance(reasoning, str):
                raise HarmonyError(
                    "reasoning_content must be a string", f"{param}.reasoning_content"
                )
            calls = _list(_get(m, "tool_calls"), f"{param}.tool_calls")
            if reasoning:
                out.append(HarmonyMessage("assistant", reasoning, channel="analysis"))
            if calls:
                if text:  # a preamble shown to the user before the calls
                    out.append(HarmonyMessage("assistant", text, channel="commentary"))
                for j, call in enumerate(calls):
                    fn = _as_dict(_get(_as_dict(call), "function"))
                    name = _get(fn, "name") if fn is not None else None
                    if not isinstance(name, str) or not name:
                        raise HarmonyError(
                            "tool call without function.name",
                            f"{param}.tool_calls[{j}].function.name",
                        )
                    call_id = _get(_as_dict(call), "id")
                    if isinstance(call_id, str) and call_id:
                        call_names[call_id] = name
                    unanswered.append(name)
                    out.append(
                        HarmonyMessage(
                            "assistant",
                            _arguments(_get(fn, "arguments")),
                            channel="commentary",
                            recipient=f"functions.{name}",
                            content_type=CONSTRAIN_JSON,
                        )
                    )
            elif text is not None:
                out.append(HarmonyMessage("assistant", text, channel="final"))
        elif role == "tool":
            call_id = _get(m, "tool_call_id")
            if call_id is not None and not isinstance(call_id, str):
                raise HarmonyError("tool_call_id must be a string", f"{param}.tool_call_id")
            name = call_names.get(call_id) if call_id else (unanswered[0] if unanswered else None)
            if name is None:
                raise HarmonyError(
                    f"tool message answers tool_call_id {call_id!r}, but no earlier "
                    f"assistant message made that call; send the assistant message "
                    f"with its tool_calls first",
                    f"{param}.tool_call_id",
                )
            if name in unanswered:
                unanswered.remove(name)
            out.append(
                HarmonyMessage(
                    "tool",
                    text or "",
                    channel="commentary",
                    recipient="assistant",
                    name=f"functions.{name}",
                )
            )
        else:
            raise HarmonyError(
                f"unknown role {role!r}; use system, developer, user, assistant or tool",
                f"{param}.role",
            )
    return ("\n\n".join(instructions) if instructions else None), out


def response_format_spec(response_format: Any) -> ResponseFormatSpec | None:
    """OpenAI response_format as a harmony response format (None for text)."""
    rf = _as_dict(response_format)
    kind = _get(rf, "type") if rf is not None else None
    if kind in (None, "text"):
        return None
    if kind == "json_object":
        return ResponseFormatSpec(
            "json_object", {"type": "object"}, "Respond with a single JSON object."
        )
    if kind == "json_schema":
        spec = _as_dict(_get(rf, "json_schema")) or {}
        schema = _get(spec, "schema") or {"type": "object"}
        return ResponseFormatSpec(
            _get(spec, "name") or "response", schema, _get(spec, "description")
        )
    raise HarmonyError(
        f"response_format type {kind!r} is not supported; use text, json_object or json_schema",
        "response_format.type",
    )


def _forced_tool(tool_choice: Any, specs: Sequence[ToolSpec]) -> tuple[str | None, bool]:
    """(named function or None, whether tools are rendered) for an OpenAI tool_choice."""
    choice = _as_dict(tool_choice)
    if choice is None or choice == "auto":
        return None, True
    if choice == "none":
        return None, False
    if choice == "required":
        if not specs:
            raise HarmonyError(
                "tool_choice 'required' needs at least one tool in tools", "tool_choice"
            )
        return "", True
    fn = _as_dict(_get(choice, "function"))
    name = _get(fn, "name") if fn is not None else None
    declared = sorted(s.name for s in specs)
    if not isinstance(name, str) or name not in declared:
        raise HarmonyError(
            f"tool_choice names function {name!r}, which is not in tools "
            f"(declared: {declared or 'none'})",
            "tool_choice",
        )
    return name, True


def check_chat(
    messages: Sequence[Any],
    *,
    tools: Sequence[Any] | None = None,
    tool_choice: Any = None,
    response_format: Any = None,
) -> None:
    """Raise the `HarmonyError` (naming the field) that `render_chat` would for this request.

    The one place the request rules live (a tool result needs an earlier call, tool_choice
    must name a declared function, content is text...): a server checks a request before any
    work, whichever engine will run it, and renders later with the same rules.
    """
    chat_messages(messages)
    _forced_tool(tool_choice, function_specs(tools))
    response_format_spec(response_format)


def render_chat(
    messages: Sequence[Any],
    *,
    tools: Sequence[Any] | None = None,
    tool_choice: Any = None,
    response_format: Any = None,
    reasoning_effort: str | None = None,
    system: SystemConfig | None = None,
    add_generation_prompt: bool = True,
    auto_drop_analysis: bool = True,
) -> Prompt:
    """Render an OpenAI chat request as a harmony prompt.

    `system=None` renders no system message (as the conformance vectors without one require);
    `reasoning_effort` overrides the system config's. With tool_choice "none" tools are not shown.
    """
    specs = function_specs(tools)
    forced, show_tools = _forced_tool(tool_choice, specs)
    functions = specs if show_tools else []
    fmt = response_format_spec(response_format)
    instructions, convo = chat_messages(messages)
    if auto_drop_analysis:
        convo = drop_stale_analysis(convo, training=not add_generation_prompt)
    head: list[HarmonyMessage] = []
    if system is not None:
        if reasoning_effort is not None:
            system = replace(system, reasoning_effort=reasoning_effort)
        head.append(HarmonyMessage("system", system_text(system, bool(functions))))
    elif reasoning_effort is not None:
        log.debug("reasoning_effort ignored: no system message is rendered")
    dev = developer_text(instructions, functions, fmt)
    if dev is not None:
        head.append(HarmonyMessage("developer", dev))
    prefix: tuple[Part, ...] = ()
    if add_generation_prompt:
        if forced == "":
            prefix = required_tool_prefix()
        elif forced:
            prefix = named_tool_prefix(forced)
        elif fmt is not None and not functions:
            prefix = final_prefix()
        else:
            prefix = generation_prefix()
    parts = render_conversation(head + convo) + list(prefix)
    return Prompt(tuple(parts), prefix, forced or None)
