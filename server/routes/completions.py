"""POST /v1/completions: a raw prompt (text or token ids), no chat template, no harmony parsing.

Same generation path as chat; `echo` prepends the prompt text, `logprobs` (an int) asks for that
many alternatives per token, as in OpenAI's legacy API.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response

from server.errors import InvalidRequest, parse_body
from server.events import Delta, Usage
from server.generation import Choices, Generation, join_unless_disconnected, sse_stream
from server.protocol import CompletionRequest
from server.shapes import TextShapes
from server.sse import SSEResponse
from server.state import ServerState, state_of

router = APIRouter()
ENDPOINT = "/v1/completions"


@router.post(ENDPOINT)
async def completions(request: Request) -> Response:
    st: ServerState = state_of(request)
    req = parse_body(CompletionRequest, await request.body())
    if req.echo and req.prompt_text is None:
        raise InvalidRequest("echo needs a text prompt (not token ids)", param="echo")
    st.require_ready()
    st.backend.resolve_model(req.model)  # 404 before any work
    model = req.model
    choices = Choices(
        [Generation(st.backend.complete(r), st.metrics, ENDPOINT) for r in req.per_choice()]
    )
    await choices.start(request)
    shapes = TextShapes(model, st.fingerprint)
    with_logprobs = req.logprobs is not None
    echo = req.prompt_text if req.echo else ""

    if req.stream:

        def to_chunk(i: int, d: Delta) -> dict[str, Any] | None:
            if not d.content and not d.logprobs and d.finish_reason is None:
                return None
            return shapes.chunk(d, with_logprobs=with_logprobs, index=i)

        first = (
            [shapes.chunk(Delta(content=echo), with_logprobs=False, index=i) for i in range(req.n)]
            if echo
            else []
        )
        usage = shapes.usage_chunk if req.include_usage else None
        return SSEResponse(sse_stream(choices, first, to_chunk, usage))
    joined = await join_unless_disconnected(choices, request)
    return JSONResponse(
        shapes.completion(
            joined, choices.usage or Usage(), with_logprobs=with_logprobs, prefix=echo or ""
        )
    )
