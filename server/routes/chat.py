"""POST /v1/chat/completions: validate, consult the virtual experts, generate, serialize.

Streaming and non-streaming share `server.generation`; the only difference is whether the
delta stream is sent as SSE chunks or joined into one `chat.completion` object.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response

from server.errors import parse_body
from server.events import Delta, Usage
from server.generation import (
    Choices,
    Generation,
    join_unless_disconnected,
    sse_stream,
    unless_disconnected,
)
from server.protocol import ChatCompletionRequest, ChatMessage, check_chat
from server.shapes import ChatShapes
from server.sse import SSEResponse
from server.state import Backend, ServerState, state_of
from server.virtual import Resolution

log = logging.getLogger(__name__)
router = APIRouter()
ENDPOINT = "/v1/chat/completions"


def message_dicts(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """OpenAI-form message dicts with content flattened to text (what renderers expect)."""
    out = []
    for m in messages:
        d = m.model_dump(exclude_none=True)
        if m.content is not None:
            d["content"] = m.text
        out.append(d)
    return out


async def direct_answer(res: Resolution, backend: Backend) -> AsyncIterator[Delta]:
    """The virtual expert's answer as the assistant message, no model call."""
    text = res.info.output
    yield Delta(content=text)
    usage = Usage(completion_tokens=backend.count_tokens(text))
    yield Delta(finish_reason="stop", usage=usage)


@router.post(ENDPOINT)
async def chat_completions(request: Request) -> Response:
    st: ServerState = state_of(request)
    req = parse_body(ChatCompletionRequest, await request.body())
    st.check_message_count(len(req.messages), "messages")
    check_chat(req)
    st.require_ready()
    st.backend.resolve_model(req.model)  # 404 before any work
    model = req.model

    # a client that hangs up while a tool works for it cancels that work
    resolution = await unless_disconnected(st.experts.resolve(req), request)
    messages = message_dicts(req.messages)
    if resolution is not None and resolution.mode == "direct":
        streams = [direct_answer(resolution, st.backend) for _ in range(req.n)]
    else:
        if resolution is not None:
            messages += resolution.assist_messages()
        streams = [st.backend.chat(r, messages) for r in req.per_choice()]
    choices = Choices([Generation(d, st.metrics, ENDPOINT) for d in streams])
    await choices.start(request)

    headers: dict[str, str] = {}
    if resolution is not None:
        headers["x-virtual-expert"] = resolution.info.name
        st.metrics.inc("virtual_expert_hits_total", tool=resolution.info.name, mode=resolution.mode)
    shapes = ChatShapes(model, st.fingerprint, resolution.info if resolution else None)

    if req.stream:

        def to_chunk(i: int, d: Delta) -> dict[str, Any] | None:
            if d.is_empty() and d.finish_reason is None:
                return None
            return shapes.chunk(d, with_logprobs=req.logprobs, index=i)

        usage = shapes.usage_chunk if req.include_usage else None
        body = sse_stream(choices, [shapes.first_chunk(req.n)], to_chunk, usage)
        return SSEResponse(body, headers=headers)
    joined = await join_unless_disconnected(choices, request)
    body = shapes.completion(joined, choices.usage or Usage(), with_logprobs=req.logprobs)
    return JSONResponse(body, headers=headers)
