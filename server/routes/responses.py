"""The Responses API: POST /v1/responses, GET and DELETE /v1/responses/{id},
GET /v1/responses/{id}/input_items.

A request's items (after the stored conversation of `previous_response_id`, if any) become a
chat completion request (server.responses.convert), which runs like /v1/chat/completions:
virtual experts, harmony, the local engine or the upstream. Its deltas become output items and
events (server.responses.output). With `store` (the default) the finished response and the
items the model saw are kept (server.responses.store) for follow-ups, retrieval and listing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.responses import Response

from server.errors import APIError, InvalidRequest, error_body, parse_body, translate
from server.generation import Choices, Generation, unless_disconnected
from server.protocol import check_chat
from server.responses.convert import chat_messages, chat_request
from server.responses.output import ResponseBuilder
from server.responses.protocol import ResponsesRequest, normalize_input
from server.routes.chat import direct_answer
from server.sse import SSEResponse, sse_event
from server.state import ServerState, state_of

log = logging.getLogger(__name__)
router = APIRouter()
ENDPOINT = "/v1/responses"


class ResponseNotFound(APIError):
    status = 404
    code = "not_found"


def _missing(response_id: str, param: str | None = None) -> ResponseNotFound:
    return ResponseNotFound(
        f"No stored response with id {response_id!r} (it was never stored, was deleted, or "
        "aged out of the store)",
        param=param,
    )


@router.post(ENDPOINT)
async def create_response(request: Request) -> Response:
    st: ServerState = state_of(request)
    req = parse_body(ResponsesRequest, await request.body())
    if req.background:
        raise InvalidRequest(
            "background responses are not supported by this server yet; send the request "
            "without background (stream it to see progress)",
            param="background",
        )
    st.require_ready()
    st.backend.resolve_model(req.model)  # 404 before any work
    store = st.response_store()
    history: list[dict[str, Any]] = []
    if req.previous_response_id is not None:
        prev = await asyncio.to_thread(store.get, req.previous_response_id)
        if prev is None:
            raise _missing(req.previous_response_id, "previous_response_id")
        if prev.response["model"] != req.model:
            raise InvalidRequest(
                f"previous_response_id {req.previous_response_id!r} was made by model "
                f"{prev.response['model']!r}, not {req.model!r}; continue with the same model",
                param="previous_response_id",
            )
        history = prev.conversation
    items = normalize_input(req.input)
    context = history + items
    messages = chat_messages(req.instructions, context)
    chat = chat_request(req, messages)
    if len(chat.messages) > st.settings.max_messages:
        raise InvalidRequest(
            f"{len(chat.messages)} messages are more than this server takes in one request "
            f"({st.settings.max_messages}, --max-messages)",
            param="input",
            code="too_many_messages",
        )
    try:
        check_chat(chat)
    except InvalidRequest as exc:  # the harmony rules name chat fields; ours are items
        raise InvalidRequest(exc.message, param="input") from None

    resolution = await unless_disconnected(st.experts.resolve(chat), request)
    if resolution is not None and resolution.mode == "direct":
        deltas = direct_answer(resolution, st.backend)
    else:
        if resolution is not None:
            messages = messages + resolution.assist_messages()
        deltas = st.backend.chat(chat, messages)
    if resolution is not None:
        st.metrics.inc("virtual_expert_hits_total", tool=resolution.info.name, mode=resolution.mode)
    choices = Choices([Generation(deltas, st.metrics, ENDPOINT)])
    await choices.start(request)
    builder = ResponseBuilder(req, req.model, resolution.info if resolution else None)

    async def keep() -> None:
        if req.store:
            await asyncio.to_thread(store.put, builder.response(), context)

    if req.stream:
        return SSEResponse(_events(builder, choices, keep))
    await unless_disconnected(_feed(builder, choices), request)
    builder.finish()
    await keep()
    return JSONResponse(builder.response())


async def _feed(builder: ResponseBuilder, choices: Choices) -> None:
    """A non-streaming response: the same builder, its events unused."""
    async for _, d in choices:
        builder.add(d)
    if choices.usage is not None:
        builder.usage = choices.usage


async def _events(builder: ResponseBuilder, choices: Choices, keep) -> AsyncIterator[bytes]:
    """The stream: every event named; a failure after the start is an `error` event and
    `response.failed`, and nothing is stored."""
    for event in builder.start():
        yield sse_event(event, event["type"])
    try:
        async for _, d in choices:
            for event in builder.add(d):
                yield sse_event(event, event["type"])
        if choices.usage is not None:
            builder.usage = choices.usage
    except Exception as exc:
        mapped = translate(exc)
        if mapped is None:
            log.exception("response generation failed mid-stream")
            body = error_body("generation failed; the error was logged", "server_error")
        else:
            body = mapped.body()
        for event in builder.fail(body["error"]):
            yield sse_event(event, event["type"])
        return
    finished = builder.finish()
    await keep()
    for event in finished:
        yield sse_event(event, event["type"])


@router.get(ENDPOINT + "/{response_id}")
async def get_response(response_id: str, request: Request) -> JSONResponse:
    stored = await asyncio.to_thread(state_of(request).response_store().get, response_id)
    if stored is None:
        raise _missing(response_id)
    return JSONResponse(stored.response)


@router.delete(ENDPOINT + "/{response_id}")
async def delete_response(response_id: str, request: Request) -> JSONResponse:
    if not await asyncio.to_thread(state_of(request).response_store().delete, response_id):
        raise _missing(response_id)
    return JSONResponse({"id": response_id, "object": "response", "deleted": True})


@router.get(ENDPOINT + "/{response_id}/input_items")
async def input_items(
    response_id: str,
    request: Request,
    limit: int = 20,
    order: str = "desc",
    after: str | None = None,
) -> JSONResponse:
    """The items the model saw for this response (the stored conversation and the input),
    paginated as OpenAI lists are: newest first unless `order=asc`."""
    if order not in ("asc", "desc"):
        raise InvalidRequest("order must be 'asc' or 'desc'", param="order")
    if not 1 <= limit <= 100:
        raise InvalidRequest("limit must be between 1 and 100", param="limit")
    stored = await asyncio.to_thread(state_of(request).response_store().get, response_id)
    if stored is None:
        raise _missing(response_id)
    items = stored.context if order == "asc" else stored.context[::-1]
    if after is not None:
        ids = [it.get("id") for it in items]
        if after not in ids:
            raise InvalidRequest(f"no input item {after!r} in this response", param="after")
        items = items[ids.index(after) + 1 :]
    page = items[:limit]
    return JSONResponse(
        {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(items) > limit,
        }
    )
