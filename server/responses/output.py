"""A generation's `Delta`s as a Response: output items and, while streaming, their events.

`ResponseBuilder.add(delta)` returns the events that delta causes, in the documented order
(`response.output_item.added`, `response.content_part.added`, `..._text.delta`, `...done`,
`response.output_item.done`), each with its `sequence_number`; `finish()` closes the open
item and returns the final event (`response.completed`, or `response.incomplete` when the
token limit cut the answer). A non-streaming request feeds the same builder and ignores the
events, so both shapes come from one code path. Reasoning becomes `reasoning` items with
`reasoning_text` content, content a `message` with one `output_text` part, tool calls
`function_call` items.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from server.events import CodeCallDelta, Delta, ToolCallDelta, Usage, VirtualExpertInfo
from server.responses.protocol import ResponsesRequest


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


class ResponseBuilder:
    def __init__(
        self,
        req: ResponsesRequest,
        model: str,
        virtual_expert: VirtualExpertInfo | None = None,
        response_id: str | None = None,
    ) -> None:
        self.req = req
        self.id = response_id or new_id("resp")
        self.created_at = int(time.time())
        self.model = model
        self.output: list[dict[str, Any]] = []
        self.status = "in_progress"
        self.usage: Usage | None = None
        self.incomplete_reason: str | None = None
        self.error: dict[str, Any] | None = None
        self.virtual_expert = virtual_expert
        self._seq = 0
        self._open: dict[str, Any] | None = None  # the item receiving text
        self._calls: dict[int, dict[str, Any]] = {}  # tool-call index -> its item
        self._code_items: dict[str, dict[str, Any]] = {}  # python call id -> its item

    # -- events ----------------------------------------------------------------------------
    def _event(self, kind: str, **fields: Any) -> dict[str, Any]:
        event = {"type": kind, "sequence_number": self._seq, **fields}
        self._seq += 1
        return event

    def start(self) -> list[dict[str, Any]]:
        snapshot = self.response()
        return [
            self._event("response.created", response=snapshot),
            self._event("response.in_progress", response=snapshot),
        ]

    def add(self, d: Delta) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        if d.reasoning:
            events += self._text("reasoning", d.reasoning)
        for tc in d.tool_calls:
            events += self._call(tc)
        for cc in d.code_calls:
            events += self._code(cc)
        if d.content:
            events += self._text("message", d.content)
        if d.usage is not None:
            self.usage = d.usage
        if d.finish_reason == "length":
            self.incomplete_reason = "max_output_tokens"
        return events

    def finish(self) -> list[dict[str, Any]]:
        events = self._close()
        for index in sorted(self._calls):
            events += self._close_call(index)
        self.status = "incomplete" if self.incomplete_reason else "completed"
        kind = "response.incomplete" if self.incomplete_reason else "response.completed"
        return [*events, self._event(kind, response=self.response())]

    def fail(self, error: dict[str, Any]) -> list[dict[str, Any]]:
        """The generation failed after the stream began: an `error` event, then
        `response.failed` with the error in the response."""
        self.status, self.error = "failed", {"code": error.get("code") or "server_error",
                                             "message": error.get("message", "")}  # fmt: skip
        return [
            self._event("error", **{k: error.get(k) for k in ("code", "message", "param")}),
            self._event("response.failed", response=self.response()),
        ]

    # -- items -----------------------------------------------------------------------------
    def _text(self, kind: str, text: str) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        item = self._open
        if item is None or item["type"] != kind:
            events += self._close()
            events += self._open_item(kind)
            item = self._open
        assert item is not None
        part = item["content"][0]
        part["text"] += text
        index = len(self.output) - 1
        delta_kind = "response.reasoning_text.delta" if kind == "reasoning" else (
            "response.output_text.delta"
        )  # fmt: skip
        extra = {} if kind == "reasoning" else {"logprobs": []}
        events.append(
            self._event(
                delta_kind,
                item_id=item["id"],
                output_index=index,
                content_index=0,
                delta=text,
                **extra,
            )
        )
        return events

    def _open_item(self, kind: str) -> list[dict[str, Any]]:
        if kind == "reasoning":
            item = {"type": "reasoning", "id": new_id("rs"), "summary": [], "content": []}
            part = {"type": "reasoning_text", "text": ""}
        else:
            item = {"type": "message", "id": new_id("msg"), "role": "assistant"}
            item.update(status="in_progress", content=[])
            part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        self.output.append(item)
        self._open = item
        index = len(self.output) - 1
        events = [self._event("response.output_item.added", output_index=index, item=_copy(item))]
        item["content"].append(part)
        events.append(
            self._event(
                "response.content_part.added",
                item_id=item["id"],
                output_index=index,
                content_index=0,
                part=dict(part),
            )
        )
        return events

    def _close(self) -> list[dict[str, Any]]:
        item, self._open = self._open, None
        if item is None:
            return []
        index = self.output.index(item)
        part = item["content"][0]
        if item["type"] == "reasoning":
            done = self._event(
                "response.reasoning_text.done",
                item_id=item["id"],
                output_index=index,
                content_index=0,
                text=part["text"],
            )
        else:
            item["status"] = "completed"
            done = self._event(
                "response.output_text.done",
                item_id=item["id"],
                output_index=index,
                content_index=0,
                text=part["text"],
                logprobs=[],
            )
        return [
            done,
            self._event(
                "response.content_part.done",
                item_id=item["id"],
                output_index=index,
                content_index=0,
                part=dict(part),
            ),
            self._event("response.output_item.done", output_index=index, item=_copy(item)),
        ]

    def _call(self, tc: ToolCallDelta) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        item = self._calls.get(tc.index)
        if item is None:
            events += self._close()
            item = {
                "type": "function_call",
                "id": new_id("fc"),
                "call_id": tc.id or new_id("call"),
                "name": tc.name or "",
                "arguments": "",
                "status": "in_progress",
            }
            self._calls[tc.index] = item
            self.output.append(item)
            events.append(
                self._event(
                    "response.output_item.added",
                    output_index=len(self.output) - 1,
                    item=_copy(item),
                )
            )
        if tc.arguments:
            item["arguments"] += tc.arguments
            events.append(
                self._event(
                    "response.function_call_arguments.delta",
                    item_id=item["id"],
                    output_index=self.output.index(item),
                    delta=tc.arguments,
                )
            )
        return events

    def _code(self, cc: CodeCallDelta) -> list[dict[str, Any]]:
        """The built-in python tool: code while the model writes it, then its output."""
        events: list[dict[str, Any]] = []
        item = self._code_items.get(cc.id)
        if item is None:
            events += self._close()
            item = {
                "type": "code_interpreter_call",
                "id": new_id("ci"),
                "code": "",
                "container_id": "sandbox",
                "outputs": None,
                "status": "in_progress",
            }
            self._code_items[cc.id] = item
            self.output.append(item)
            at = len(self.output) - 1
            events.append(
                self._event("response.output_item.added", output_index=at, item=_copy(item))
            )
            events.append(
                self._event(
                    "response.code_interpreter_call.in_progress",
                    output_index=at,
                    item_id=item["id"],
                )
            )
        at = self.output.index(item)
        if cc.code:
            item["code"] += cc.code
            events.append(
                self._event(
                    "response.code_interpreter_call_code.delta",
                    output_index=at,
                    item_id=item["id"],
                    delta=cc.code,
                )
            )
        if cc.output is not None:
            events.append(
                self._event(
                    "response.code_interpreter_call_code.done",
                    output_index=at,
                    item_id=item["id"],
                    code=item["code"],
                )
            )
            events.append(
                self._event(
                    "response.code_interpreter_call.interpreting",
                    output_index=at,
                    item_id=item["id"],
                )
            )
            item["outputs"] = [{"type": "logs", "logs": cc.output}]
            item["status"] = "completed" if cc.status == "completed" else "failed"
            events.append(
                self._event(
                    "response.code_interpreter_call.completed", output_index=at, item_id=item["id"]
                )
            )
            events.append(
                self._event("response.output_item.done", output_index=at, item=_copy(item))
            )
        return events

    def _close_call(self, index: int) -> list[dict[str, Any]]:
        item = self._calls[index]
        if item["status"] == "completed":
            return []
        item["status"] = "completed"
        at = self.output.index(item)
        return [
            self._event(
                "response.function_call_arguments.done",
                item_id=item["id"],
                output_index=at,
                arguments=item["arguments"],
            ),
            self._event("response.output_item.done", output_index=at, item=_copy(item)),
        ]

    # -- the response object ---------------------------------------------------------------
    def response(self) -> dict[str, Any]:
        req = self.req
        fmt = req.text.format.model_dump(by_alias=True, exclude_none=True) if (
            req.text and req.text.format
        ) else {"type": "text"}  # fmt: skip
        choice = req.tool_choice
        out: dict[str, Any] = {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "status": self.status,
            "error": self.error,
            "incomplete_details": (
                {"reason": self.incomplete_reason} if self.status == "incomplete" else None
            ),
            "instructions": req.instructions,
            "max_output_tokens": req.max_output_tokens,
            "model": self.model,
            "output": [_copy(item) for item in self.output],
            "parallel_tool_calls": req.parallel_tool_calls is not False,
            "previous_response_id": req.previous_response_id,
            "reasoning": {"effort": req.reasoning.effort if req.reasoning else None},
            "store": req.store,
            "temperature": req.temperature,
            "text": {"format": fmt},
            "tool_choice": (
                choice.model_dump()
                if choice is not None and not isinstance(choice, str)
                else choice or "auto"
            ),
            "tools": [t.model_dump(exclude_none=True) for t in req.function_tools()]
            + (
                [{"type": "code_interpreter", "container": {"type": "auto"}}]
                if req.uses_python
                else []
            ),
            "top_p": req.top_p,
            "truncation": "disabled",
            "usage": _usage(self.usage) if self.usage is not None else None,
            "user": req.user,
            "metadata": req.metadata or {},
            "background": req.background,
        }
        if self.virtual_expert is not None:
            out["virtual_expert"] = self.virtual_expert.as_dict()
        return out


def _usage(u: Usage) -> dict[str, Any]:
    return {
        "input_tokens": u.prompt_tokens,
        "input_tokens_details": {"cached_tokens": u.cached_tokens},
        "output_tokens": u.completion_tokens,
        "output_tokens_details": {"reasoning_tokens": u.reasoning_tokens},
        "total_tokens": u.prompt_tokens + u.completion_tokens,
    }


def _copy(item: dict[str, Any]) -> dict[str, Any]:
    out = dict(item)
    if "content" in out:
        out["content"] = [dict(part) for part in out["content"]]
    return out
