"""The `POST /v1/responses` request: pydantic for the fields, `normalize_input` for the items.

Input items are checked by hand rather than by a pydantic union: OpenAI accepts several shapes
for the same item (a message with or without `"type": "message"`, content as a string or a
list of parts) and an error must name the item and field as the API does (`input[2].call_id`),
not a union branch. Normalized items are what the store keeps and what `input_items` lists.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from server.errors import InvalidRequest
from server.protocol import Effort, Temperature, TokenCount, Unit, _Strict

MESSAGE_ROLES = ("user", "system", "developer", "assistant")


class FunctionTool(_Strict):
    type: Literal["function"]
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-\.]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class NamedFunction(_Strict):
    type: Literal["function"]
    name: str


class Reasoning(_Strict):
    effort: Effort | None = None
    summary: str | None = None  # accepted; GPT-OSS shows its reasoning text, not a summary


class TextFormat(_Strict):
    type: Literal["text", "json_object", "json_schema"] = "text"
    name: str | None = None
    description: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None


class TextConfig(_Strict):
    format: TextFormat | None = None


class ResponsesRequest(_Strict):
    """The fields of OpenAI's Responses API this server honours; others are logged and ignored."""

    model_config = ConfigDict(strict=True, extra="allow")

    model: str = Field(min_length=1)
    input: str | list[dict[str, Any]]
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: Literal["none", "auto", "required"] | NamedFunction | None = None
    parallel_tool_calls: bool | None = None
    reasoning: Reasoning | None = None
    max_output_tokens: TokenCount | None = None
    temperature: Temperature | None = None
    top_p: Unit | None = None
    text: TextConfig | None = None
    store: bool = True
    previous_response_id: str | None = None
    metadata: Annotated[dict[str, str], Field(max_length=16)] | None = None
    stream: bool = False
    background: bool = False
    user: str | None = None
    virtual_experts: Literal["direct", "assist", "off"] | None = None

    @property
    def uses_python(self) -> bool:
        """The request declares the code interpreter: harmony's python tool, run by us."""
        return any(
            isinstance(t, dict) and t.get("type") == "code_interpreter" for t in self.tools or []
        )

    def function_tools(self) -> list[FunctionTool]:
        """The declared tools; any other tool type is the client's 400, naming it."""
        out = []
        for i, tool in enumerate(self.tools or []):
            kind = tool.get("type") if isinstance(tool, dict) else None
            if kind == "code_interpreter":
                continue  # the built-in python tool (see uses_python)
            if kind != "function":
                raise InvalidRequest(
                    f"tool type {kind!r} is not supported by this server; declare function "
                    "tools ({'type': 'function', 'name': ..., 'parameters': ...}) or "
                    "{'type': 'code_interpreter'}",
                    param=f"tools[{i}].type",
                )
            try:
                out.append(FunctionTool.model_validate(tool))
            except ValueError as exc:
                raise InvalidRequest(
                    f"tools[{i}] is not a function tool: {exc}", param=f"tools[{i}]"
                )
        return out


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def _text_of(content: Any, param: str, part_types: tuple[str, ...]) -> str:
    """A message's content as text: a string, or text parts of the given types joined."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise InvalidRequest(f"{param} must be a string or a list of parts", param=param)
    texts = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in part_types or not isinstance(part.get("text"), str):
            what = "image" if kind and "image" in kind else f"part type {kind!r}"
            raise InvalidRequest(
                f"{param}[{j}]: {what} input is not supported by this text-only model; send "
                f"{' or '.join(part_types)} parts",
                param=f"{param}[{j}]",
            )
        texts.append(part["text"])
    return "".join(texts)


def _field(item: dict[str, Any], key: str, param: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value and key != "arguments":
        raise InvalidRequest(f"{param}.{key} must be a non-empty string", param=f"{param}.{key}")
    return value


def normalize_input(raw: str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The request's input as stored items, each with an `id`; InvalidRequest names the field."""
    if isinstance(raw, str):
        raw = [{"role": "user", "content": raw}]
    out: list[dict[str, Any]] = []
    for i, item in enumerate(raw):
        param = f"input[{i}]"
        kind = item.get("type", "message" if "role" in item else None)
        if kind == "message":
            role = item.get("role")
            if role not in MESSAGE_ROLES:
                raise InvalidRequest(
                    f"{param}.role {role!r} is not one of {', '.join(MESSAGE_ROLES)}",
                    param=f"{param}.role",
                )
            parts = ("input_text", "text") + (("output_text",) if role == "assistant" else ())
            text = _text_of(item.get("content"), f"{param}.content", parts)
            part_type = "output_text" if role == "assistant" else "input_text"
            part: dict[str, Any] = {"type": part_type, "text": text}
            if role == "assistant":
                part["annotations"] = []
            out.append(
                {
                    "type": "message",
                    "id": item.get("id") or _id("msg"),
                    "role": role,
                    "status": "completed",
                    "content": [part],
                }
            )
        elif kind == "reasoning":
            content = item.get("content") or item.get("summary") or []
            text = _text_of(content, f"{param}.content", ("reasoning_text", "summary_text"))
            out.append(
                {
                    "type": "reasoning",
                    "id": item.get("id") or _id("rs"),
                    "summary": [],
                    "content": [{"type": "reasoning_text", "text": text}],
                }
            )
        elif kind == "function_call":
            out.append(
                {
                    "type": "function_call",
                    "id": item.get("id") or _id("fc"),
                    "call_id": _field(item, "call_id", param),
                    "name": _field(item, "name", param),
                    "arguments": _field(item, "arguments", param),
                    "status": "completed",
                }
            )
        elif kind == "function_call_output":
            output = item.get("output")
            if not isinstance(output, str):
                output = _text_of(output, f"{param}.output", ("input_text", "output_text"))
            out.append(
                {
                    "type": "function_call_output",
                    "id": item.get("id") or _id("fco"),
                    "call_id": _field(item, "call_id", param),
                    "output": output,
                    "status": "completed",
                }
            )
        elif kind == "code_interpreter_call":  # a replayed output item: kept, not re-run
            out.append(
                {
                    "type": kind,
                    "id": item.get("id") or _id("ci"),
                    "code": str(item.get("code") or ""),
                    "container_id": str(item.get("container_id") or "sandbox"),
                    "outputs": item.get("outputs"),
                    "status": "completed",
                }
            )
        else:
            raise InvalidRequest(
                f"{param}: item type {kind!r} is not supported; use message, reasoning, "
                "function_call, function_call_output or code_interpreter_call",
                param=f"{param}.type",
            )
    return out
