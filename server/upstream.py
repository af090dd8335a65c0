"""Upstream mode: generation goes to any OpenAI-compatible server (vLLM, SGLang, llama.cpp,
mlx-lm) over httpx; this server keeps its own API, validation, routing and virtual experts.

Requests are always sent streaming and the upstream's chunks are relayed as they arrive (as
`server.events.Delta`s, so our own SSE and non-streaming shapes are used). Upstream errors keep
their status when they are the client's fault (4xx) and become 502 otherwise. No MLX here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from harmony import TextStreamParser
from server.errors import (
    InvalidRequest,
    ModelNotFound,
    NotReady,
    QueueFull,
    ShuttingDown,
    UpstreamError,
)
from server.events import Delta, TokenLogprob, ToolCallDelta, Usage, delta_from_harmony
from server.protocol import ChatCompletionRequest, CompletionRequest
from server.responses.protocol import ResponsesRequest
from server.settings import Settings

log = logging.getLogger(__name__)

# Fields we validate and forward; everything else the client sent was already logged and dropped.
_SAMPLING = (
    "temperature",
    "top_p",
    "top_k",
    "min_p",
    "seed",
    "stop",
    "logprobs",
    "presence_penalty",
    "frequency_penalty",
    "logit_bias",
)
_FORWARD_CHAT = (
    "model",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "reasoning_effort",
    "max_tokens",
    "max_completion_tokens",
    "top_logprobs",
    "response_format",
    *_SAMPLING,
)
_FORWARD_TEXT = ("model", "prompt", "max_tokens", "echo", *_SAMPLING)


_FORWARD_RESPONSES = (
    "instructions",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "reasoning",
    "max_output_tokens",
    "temperature",
    "top_p",
    "text",
)


class _NoResponsesAPI(Exception):
    """The upstream answered 404/405 on /responses."""


class ResponseEvents:
    """An upstream's Responses stream events as our deltas (one instance per stream)."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}  # function_call item id -> tool-call index

    def __call__(self, event: dict[str, Any]) -> Delta | None:
        kind = event.get("type", "")
        if kind == "response.reasoning_text.delta":
            return Delta(reasoning=event.get("delta", ""))
        if kind == "response.output_text.delta":
            return Delta(content=event.get("delta", ""))
        item = event.get("item") or {}
        if kind == "response.output_item.added" and item.get("type") == "function_call":
            index = self.calls[item.get("id", "")] = len(self.calls)
            return Delta(tool_calls=[ToolCallDelta(index, item.get("call_id"), item.get("name"))])
        if kind == "response.function_call_arguments.delta":
            index = self.calls.get(event.get("item_id", ""), 0)
            return Delta(tool_calls=[ToolCallDelta(index, arguments=event.get("delta", ""))])
        if kind in ("response.completed", "response.incomplete"):
            u = (event.get("response") or {}).get("usage") or {}
            usage = Usage(
                prompt_tokens=u.get("input_tokens") or 0,
                completion_tokens=u.get("output_tokens") or 0,
                reasoning_tokens=(u.get("output_tokens_details") or {}).get("reasoning_tokens")
                or 0,
                cached_tokens=(u.get("input_tokens_details") or {}).get("cached_tokens") or 0,
            )
            reason = "length" if kind == "response.incomplete" else "stop"
            if reason == "stop" and self.calls:
                reason = "tool_calls"
            return Delta(finish_reason=reason, usage=usage)
        if kind == "response.failed":
            error = (event.get("response") or {}).get("error") or {}
            raise UpstreamError(f"upstream response failed: {error.get('message', '')}")
        return None


def _base_url(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/v1") else url + "/v1"


def _logprobs(choice: dict[str, Any]) -> list[TokenLogprob]:
    lp = choice.get("logprobs") or {}
    out = []
    for item in lp.get("content") or []:
        top = [(t.get("token", ""), t.get("logprob", 0.0)) for t in item.get("top_logprobs") or []]
        out.append(TokenLogprob(item.get("token", ""), item.get("logprob", 0.0), top))
    for tok, val in zip(lp.get("tokens") or [], lp.get("token_logprobs") or [], strict=False):
        out.append(TokenLogprob(tok, val if val is not None else 0.0))
    return out


def chunk_to_delta(chunk: dict[str, Any]) -> Delta:
    """One upstream chunk (chat or text completion) as our internal delta."""
    d = Delta()
    usage = chunk.get("usage")
    if usage:
        d.usage = Usage(
            prompt_tokens=usage.get("prompt_tokens") or 0,
            completion_tokens=usage.get("completion_tokens") or 0,
            reasoning_tokens=(usage.get("completion_tokens_details") or {}).get("reasoning_tokens")
            or 0,
            cached_tokens=(usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0,
        )
    for choice in chunk.get("choices") or []:
        delta = choice.get("delta") or {}
        d.content += delta.get("content") or choice.get("text") or ""
        d.reasoning += delta.get("reasoning_content") or delta.get("reasoning") or ""
        for tc in delta.get("tool_calls") or []:
            fn = tc.get("function") or {}
            d.tool_calls.append(
                ToolCallDelta(
                    index=tc.get("index", 0),
                    id=tc.get("id"),
                    name=fn.get("name"),
                    arguments=fn.get("arguments") or "",
                )
            )
        d.logprobs.extend(_logprobs(choice))
        if choice.get("finish_reason"):
            d.finish_reason = choice["finish_reason"]
    return d


async def split_harmony(deltas: AsyncIterator[Delta]) -> AsyncIterator[Delta]:
    """Map raw harmony markup in upstream content to reasoning / content / tool calls."""
    parser = TextStreamParser()
    flushed = False
    async with contextlib.aclosing(deltas):
        async for d in deltas:
            if d.content:
                _merge(d, delta_from_harmony(parser.feed_text(d.content)), replace_content=True)
            if d.finish_reason is not None and not flushed:
                flushed = True
                _merge(d, delta_from_harmony(parser.finish()))
                if parser.tool_calls and d.finish_reason == "stop":
                    d.finish_reason = "tool_calls"
            yield d
    if not flushed:
        tail = delta_from_harmony(parser.finish())
        if not tail.is_empty():
            yield tail


def _merge(d: Delta, part: Delta, replace_content: bool = False) -> None:
    d.content = part.content if replace_content else d.content + part.content
    d.reasoning += part.reasoning
    d.tool_calls.extend(part.tool_calls)


class UpstreamBackend:
    """Sends generation to an OpenAI-compatible server; bounded by `max_queue` in flight."""

    kind = "upstream"

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        assert settings.upstream is not None
        self.settings = settings
        self.base = _base_url(settings.upstream)
        self.model_ids: list[str] = []
        self.ready = False
        self.load_error: str | None = None
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._inflight = 0
        self._refusal: str | None = None  # set when shutting down: why work is refused
        self.responses_api: bool | None = None  # does the upstream serve /v1/responses?

    # -- lifecycle -------------------------------------------------------------------------
    async def load(self) -> None:
        """Wait until the upstream answers /models; /health stays 503 until then."""
        headers = {}
        if self.settings.upstream_api_key:
            headers["Authorization"] = f"Bearer {self.settings.upstream_api_key}"
        self._client = httpx.AsyncClient(
            base_url=self.base,
            headers=headers,
            timeout=httpx.Timeout(self.settings.upstream_timeout_s, connect=10.0),
            transport=self._transport,
        )
        delay = 0.5
        while True:
            try:
                r = await self._client.get("/models")
                if r.status_code < 500:
                    break
                self.load_error = f"upstream {self.base} answered {r.status_code}"
            except httpx.HTTPError as exc:
                self.load_error = f"upstream {self.base} not reachable yet: {exc}"
            log.warning("%s; retrying in %.1fs", self.load_error, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)
        self.model_ids = self._parse_models(r)
        self.load_error = None
        self.ready = True
        log.info("upstream %s ready, models: %s", self.base, ", ".join(self.model_ids) or "?")

    @staticmethod
    def _parse_models(r: httpx.Response) -> list[str]:
        # Some servers (mlx-lm without a hub cache) answer /models with an empty body: the
        # upstream is up, we just do not learn its model names.
        try:
            return [m["id"] for m in r.json().get("data", []) if "id" in m]
        except (ValueError, AttributeError, KeyError, TypeError):
            log.warning("upstream %s: /models gave no model list; pass --upstream-model", r.url)
            return []

    async def drain(self, reason: str) -> None:
        self._refusal = reason  # nothing queues here: requests are in flight or refused

    async def abort(self, reason: str) -> None:
        """Closing the client makes every in-flight read fail at once (as NotReady(reason))."""
        self._refusal = reason
        await self.close()

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    @property
    def default_model(self) -> str:
        return self.settings.model_id or (self.model_ids[0] if self.model_ids else "upstream")

    def resolve_model(self, name: str) -> str:
        """The name to send upstream for the client's `model` (404 if we do not serve it)."""
        ours = self.settings.model_id
        if ours is not None and name == ours:
            return self.settings.upstream_model or (self.model_ids[0] if self.model_ids else name)
        if name in self.model_ids or (not self.model_ids and ours is None):
            return name
        known = ([ours] if ours else []) + self.model_ids
        raise ModelNotFound(
            f"The model {name!r} does not exist on this server; available: {', '.join(known)}",
            param="model",
        )

    def stats(self) -> dict[str, float]:
        return {"queue_depth": 0, "active": self._inflight}

    def count_tokens(self, text: str) -> int:
        return 0  # no tokenizer here; the upstream reports usage for what it generates

    async def telemetry_counts(self) -> list[dict[int, int]] | None:
        return None  # the experts run upstream

    async def telemetry_export(self) -> dict[str, Any]:
        raise InvalidRequest(
            "expert telemetry needs a local model; in upstream mode the experts run elsewhere",
            code="telemetry_off",
        )

    # -- generation ------------------------------------------------------------------------
    def chat(self, req: ChatCompletionRequest, messages: list[dict]) -> AsyncIterator[Delta]:
        payload = req.model_dump(include=set(_FORWARD_CHAT), exclude_none=True, by_alias=True)
        if req.logprobs is False:
            payload.pop("logprobs", None)
        payload["model"] = self.resolve_model(req.model)
        payload["messages"] = messages
        return split_harmony(self._stream("/chat/completions", payload))

    def responses(
        self,
        req: ResponsesRequest,
        items: list[dict[str, Any]],
        chat: ChatCompletionRequest,
        messages: list[dict],
    ) -> AsyncIterator[Delta]:
        """A Responses request: passed through to an upstream that serves /v1/responses (the
        conversation sent as items, nothing stored there), else run as its chat completion."""
        if self.responses_api is False:
            return self.chat(chat, messages)
        return self._responses(req, items, chat, messages)

    async def _responses(
        self,
        req: ResponsesRequest,
        items: list[dict[str, Any]],
        chat: ChatCompletionRequest,
        messages: list[dict],
    ) -> AsyncIterator[Delta]:
        payload = req.model_dump(include=set(_FORWARD_RESPONSES), exclude_none=True, by_alias=True)
        payload.update(
            model=self.resolve_model(req.model),
            input=[{k: v for k, v in it.items() if k not in ("id", "status")} for it in items],
            store=False,
        )
        try:
            async for delta in self._stream("/responses", payload, ResponseEvents()):
                yield delta
        except _NoResponsesAPI:
            log.info("upstream %s has no /v1/responses; translating to chat completions", self.base)
            self.responses_api = False
            async for delta in self.chat(chat, messages):
                yield delta
            return
        self.responses_api = True

    def complete(self, req: CompletionRequest) -> AsyncIterator[Delta]:
        payload = req.model_dump(include=set(_FORWARD_TEXT), exclude_none=True)
        payload["model"] = self.resolve_model(req.model)
        return self._stream("/completions", payload)

    async def _stream(
        self,
        path: str,
        payload: dict[str, Any],
        convert: Callable[[dict[str, Any]], Delta | None] = chunk_to_delta,
    ) -> AsyncIterator[Delta]:
        if self._refusal is not None:
            raise NotReady(self._refusal, code=ShuttingDown.code)
        if not self.ready or self._client is None:
            raise NotReady(f"upstream {self.base} is not reachable yet; retry shortly")
        if self._inflight >= self.settings.max_queue:
            raise QueueFull(
                f"{self._inflight} requests are already in flight to the upstream "
                f"(--max-queue {self.settings.max_queue}); retry shortly"
            )
        payload = {**payload, "stream": True}
        if convert is chunk_to_delta:  # chat and text completions report usage when asked
            payload["stream_options"] = {"include_usage": True}
        self._inflight += 1
        try:
            async with self._client.stream("POST", path, json=payload) as r:
                if r.status_code in (404, 405) and path == "/responses":
                    raise _NoResponsesAPI()
                if r.status_code >= 400:
                    await self._raise_for(r)
                async for delta in self._read_sse(r, convert):
                    yield delta
        except httpx.HTTPError as exc:
            if self._refusal is not None:
                raise NotReady(self._refusal, code=ShuttingDown.code) from None
            raise UpstreamError(f"upstream {self.base} failed: {exc}") from None
        finally:
            self._inflight -= 1

    @staticmethod
    async def _read_sse(
        r: httpx.Response, convert: Callable[[dict[str, Any]], Delta | None]
    ) -> AsyncIterator[Delta]:
        async for line in r.aiter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                return
            try:
                chunk = json.loads(data)
            except ValueError:
                log.warning("upstream sent a line that is not JSON: %.200s", data)
                continue
            if isinstance(chunk, dict) and ("error" in chunk or chunk.get("type") == "error"):
                err = chunk.get("error", chunk)
                msg = err.get("message") if isinstance(err, dict) else str(err)
                raise UpstreamError(f"upstream error mid-stream: {msg}")
            if isinstance(chunk, dict):
                delta = convert(chunk)
                if delta is not None:
                    yield delta

    async def _raise_for(self, r: httpx.Response) -> None:
        body = (await r.aread()).decode("utf-8", "replace")
        try:
            err = json.loads(body).get("error")
            msg = err.get("message") if isinstance(err, dict) else str(err)
        except (ValueError, AttributeError):
            msg = body[:500]
        status = r.status_code if 400 <= r.status_code < 500 else 502
        if r.status_code in (429, 503):
            status = r.status_code
        raise UpstreamError(f"upstream answered {r.status_code}: {msg}", status=status)
