"""Responses input items to a chat completion request: the one generation path serves both APIs.

A conversation of items (messages, reasoning, function calls and their outputs) becomes OpenAI
chat messages: reasoning travels as the next assistant message's `reasoning_content`, function
calls as that message's `tool_calls`, their outputs as tool messages. The chat request then runs
through the same harmony render, virtual experts, engine or upstream as `/v1/chat/completions`;
harmony drops the reasoning of turns that ended in a final answer, as the model card says.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from server.errors import InvalidRequest, validation_message
from server.protocol import ChatCompletionRequest
from server.responses.protocol import ResponsesRequest


def chat_messages(instructions: str | None, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """OpenAI chat messages for `items` (already normalized), `instructions` first."""
    out: list[dict[str, Any]] = []
    if instructions:
        out.append({"role": "developer", "content": instructions})
    pending: dict[str, Any] | None = None  # the assistant message being assembled
    calls: set[str] = set()

    def assistant() -> dict[str, Any]:
        nonlocal pending
        if pending is None:
            pending = {"role": "assistant"}
            out.append(pending)
        return pending

    for i, item in enumerate(items):
        kind = item["type"]
        if kind == "code_interpreter_call":
            # python calls ran inside a turn that went on to its answer; harmony drops a
            # finished turn's analysis, where these calls live, so they are not replayed
            continue
        if kind == "reasoning":
            msg = assistant()
            if "content" in msg or "tool_calls" in msg:  # reasoning opens a new turn
                pending = None
                msg = assistant()
            msg["reasoning_content"] = msg.get("reasoning_content", "") + _text(item)
        elif kind == "function_call":
            msg = assistant()
            if "content" in msg:
                pending = None
                msg = assistant()
            call = {"name": item["name"], "arguments": item["arguments"]}
            msg.setdefault("tool_calls", []).append(
                {"id": item["call_id"], "type": "function", "function": call}
            )
            calls.add(item["call_id"])
        elif kind == "function_call_output":
            if item["call_id"] not in calls:
                raise InvalidRequest(
                    f"input[{i}] is the output of call {item['call_id']!r}, but no earlier "
                    "function_call item (in this input or the previous response) made it",
                    param=f"input[{i}].call_id",
                )
            pending = None
            out.append({"role": "tool", "tool_call_id": item["call_id"], "content": item["output"]})
        elif item["role"] == "assistant":
            msg = assistant()
            if "content" in msg or "tool_calls" in msg:
                pending = None
                msg = assistant()
            msg["content"] = _text(item)
            pending = None
        else:
            pending = None
            out.append({"role": item["role"], "content": _text(item)})
    return out


def _text(item: dict[str, Any]) -> str:
    return "".join(part["text"] for part in item["content"])


def chat_request(req: ResponsesRequest, messages: list[dict[str, Any]]) -> ChatCompletionRequest:
    """The chat completion request that produces this response."""
    body: dict[str, Any] = {
        "model": req.model,
        "messages": messages,
        "max_completion_tokens": req.max_output_tokens,
        "temperature": req.temperature,
        "top_p": req.top_p,
        "parallel_tool_calls": req.parallel_tool_calls,
        "virtual_experts": req.virtual_experts,
        "reasoning_effort": req.reasoning.effort if req.reasoning else None,
        "builtin_tools": ["python"] if req.uses_python else None,
    }
    tools = req.function_tools()
    if tools:
        body["tools"] = [
            {"type": "function", "function": t.model_dump(exclude={"type"}, exclude_none=True)}
            for t in tools
        ]
    choice = req.tool_choice
    if choice is not None:
        if not isinstance(choice, str):
            if choice.name not in {t.name for t in tools}:
                raise InvalidRequest(
                    f"tool_choice names function {choice.name!r}, which is not in tools",
                    param="tool_choice",
                )
            choice = {"type": "function", "function": {"name": choice.name}}
        body["tool_choice"] = choice
    fmt = req.text.format if req.text else None
    if fmt is not None and fmt.type != "text":
        spec: dict[str, Any] = {"type": fmt.type}
        if fmt.type == "json_schema":
            spec["json_schema"] = {
                "name": fmt.name or "response",
                "schema": fmt.schema_ or {"type": "object"},
                "strict": fmt.strict,
                "description": fmt.description,
            }
        body["response_format"] = spec
    try:
        return ChatCompletionRequest.model_validate(
            {k: v for k, v in body.items() if v is not None}
        )
    except ValidationError as exc:  # a message the item checks let through: name the input
        message, _ = validation_message(list(exc.errors()))
        raise InvalidRequest(message, param="input") from None
