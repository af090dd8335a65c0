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
import contextlib
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
    if req.background and (req.stream or not req.store):
        raise InvalidRequest(
            "a background response is stored and polled: send it with store true and "
            "without stream, then GET /v1/responses/{id}",
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
    st.check_message_count(len(chat.messages), "input")
    try:
        check_chat(chat)
    except InvalidRequest as exc:  # the harmony rules name chat fields; ours are items
        raise InvalidRequest(exc.message, param="input") from None

    resolution = await unless_disconnected(st.experts.resolve(chat), request)
    if resolution is not None and resolution.mode == "direct":
        deltas = direct_answer(resolution, st.backend)
    else:
        if resolution is not None:  # assist: the tool's result joins the conversation
            deltas = st.backend.chat(chat, messages + resolution.assist_messages())
        else:
            deltas = st.backend.responses(req, context, chat, messages)
    if resolution is not None:
        st.metrics.inc("virtual_expert_hits_total", tool=resolution.info.name, mode=resolution.mode)
    choices = Choices([Generation(deltas, st.metrics, ENDPOINT)])
    builder = ResponseBuilder(req, req.model, resolution.info if resolution else None)

    async def keep() -> None:
        if req.store:
            await asyncio.to_thread(store.put, builder.response(), context)

    if req.background:
        builder.status = "queued"
        await keep()
        task = asyncio.create_task(_background(builder, choices, keep))
        st.background[builder.id] = task
        task.add_done_callback(lambda _: st.background.pop(builder.id, None))
        return JSONResponse(builder.response())
    await choices.start(request)

    if req.stream:
        return SSEResponse(_events(builder, choices, keep))
    await unless_disconnected(_feed(builder, choices), request)
    builder.finish()
    await keep()
    return JSONResponse(builder.response())


async def _background(builder: ResponseBuilder, choices: Choices, keep) -> None:
    """A background response: generated with no client attached, its state kept in the store
    (queued, in_progress, then completed, incomplete, failed or cancelled)."""
    try:
        await choices.start()
        builder.status = "in_progress"
        await keep()
        await _feed(builder, choices)
        builder.finish()
    except asyncio.CancelledError:
        builder.status = "cancelled"
        await asyncio.shield(keep())
        raise
    except Exception as exc:
        mapped = translate(exc)
        if mapped is None:
            log.exception("background response %s failed", builder.id)
        body = mapped.body() if mapped else error_body("generation failed", "server_error")
        builder.fail(body["error"])
    finally:
        await choices.aclose()
    await keep()


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


@router.post(ENDPOINT + "/{response_id}/cancel")
async def cancel_response(response_id: str, request: Request) -> JSONResponse:
    """Stop a background response; it stays stored with status "cancelled". A finished one is
    returned as it is."""
    st = state_of(request)
    task = st.background.get(response_id)
    if task is not None and not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    stored = await asyncio.to_thread(st.response_store().get, response_id)
    if stored is None:
        raise _missing(response_id)
    if not stored.response.get("background"):
        raise InvalidRequest(
            "only background responses can be cancelled; this one ran in its request",
            param="response_id",
        )
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
