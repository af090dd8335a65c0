"""The FastAPI app factory: settings and collaborators in, a ready-to-serve ASGI app out.

`create_app(settings)` builds the backend (local engine or upstream) unless one is injected,
starts loading it in the lifespan without blocking start-up (/health is 503 until ready), wires
auth, metrics, error envelopes and the routes. Nothing heavy happens at import time.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import FrameType

import uvicorn
from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import AuthenticationError, BodyTooLarge, install_handlers
from server.metrics import Metrics
from server.settings import Settings
from server.state import Backend, ServerState
from server.virtual import VirtualExperts

log = logging.getLogger(__name__)


def build_backend(settings: Settings) -> Backend:
    if settings.upstream:
        from server.upstream import UpstreamBackend

        return UpstreamBackend(settings)
    from server.local import LocalBackend

    return LocalBackend(settings)


_ENDPOINTS = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/responses",
    "/v1/models",
    "/health",
    "/metrics",
)


def _endpoint_label(path: str) -> str:
    for e in _ENDPOINTS:
        if path == e or path.startswith(e + "/"):
            return e
    return "other"


class ObserveAndAuth:
    """ASGI middleware: bearer-key check on /v1/*, request counts and latency by endpoint.

    Latency is taken when the last body byte is sent, so streaming responses count in full.
    """

    def __init__(self, app: ASGIApp, state: ServerState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        endpoint = _endpoint_label(path)
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        key = self.state.settings.api_key
        limit = int(self.state.settings.max_request_mb * 2**20)
        too_large = BodyTooLarge(
            f"Request body is larger than {self.state.settings.max_request_mb:g} MiB "
            "(--max-request-mb); send less."
        )
        received = 0

        async def bounded_receive() -> Message:
            # A chunked body has no Content-Length: count what arrives instead.
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise too_large
            return message

        try:
            if _content_length(scope) > limit:
                status["code"] = 413
                await _send_json(send, 413, too_large.body(), {})
                return
            if key and path.startswith("/v1/") and not _authorized(scope, key):
                status["code"] = 401
                await _send_json(
                    send,
                    401,
                    AuthenticationError(
                        "Missing or wrong API key: send 'Authorization: Bearer <key>' with the key "
                        "the server was started with (--api-key)."
                    ).body(),
                    {"www-authenticate": "Bearer"},
                )
                return
            await self.app(scope, bounded_receive, send_wrapper)
        finally:
            m = self.state.metrics
            m.inc("requests_total", endpoint=endpoint, status=str(status["code"]))
            if endpoint != "/metrics":
                m.observe("request_latency_seconds", time.perf_counter() - t0, endpoint=endpoint)


def _content_length(scope: Scope) -> int:
    for name, value in scope.get("headers") or []:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0


def _authorized(scope: Scope, key: str) -> bool:
    headers = dict(scope.get("headers") or [])
    auth = headers.get(b"authorization", b"").decode("latin-1")
    token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
    if not token:
        token = headers.get(b"api-key", b"").decode("latin-1").strip()
    return hmac.compare_digest(token.encode(), key.encode())


async def _send_json(send: Send, status: int, body: dict, headers: dict[str, str]) -> None:
    raw = json.dumps(body).encode()
    hdrs = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
    hdrs += [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": hdrs})
    await send({"type": "http.response.body", "body": raw})


def _register_gauges(state: ServerState) -> None:
    m = state.metrics

    def load() -> list[tuple[dict[str, str], float]]:
        s = state.backend.stats()
        return [({"kind": k}, float(v)) for k, v in s.items() if k in ("queue_depth", "active")]

    m.add_gauge("engine_load", "Requests waiting (queue_depth) and decoding (active).", load)
    m.add_gauge(
        "ready",
        "1 when the model is loaded and serving.",
        lambda: [({}, 1.0 if state.backend.ready else 0.0)],
    )

    def experts() -> list[tuple[dict[str, str], float]]:
        out = []
        for layer, per_expert in enumerate(state.telemetry or []):
            for expert, n in sorted(per_expert.items()):
                out.append(({"layer": str(layer), "expert": str(expert)}, float(n)))
        return out

    m.add_gauge(
        "expert_activations",
        "Routed tokens per layer and original expert id (only while telemetry is on).",
        experts,
    )


def create_app(
    settings: Settings,
    *,
    backend: Backend | None = None,
    experts: VirtualExperts | None = None,
    metrics: Metrics | None = None,
) -> FastAPI:
    """Build the server. Collaborators default to what `settings` describes."""
    backend = backend if backend is not None else build_backend(settings)
    metrics = metrics if metrics is not None else Metrics()
    experts = experts if experts is not None else VirtualExperts.from_settings(settings)
    state = ServerState(settings=settings, backend=backend, metrics=metrics, experts=experts)
    _register_gauges(state)

    async def _load() -> None:
        try:
            # Tool workers start beside the model, off the event loop, before any request needs them.
            await asyncio.gather(backend.load(), asyncio.to_thread(experts.warm))
        except Exception as exc:  # keep serving /health (503) and say why
            state.load_failed = True
            backend.load_error = f"loading failed: {exc}"
            log.exception("backend failed to load")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        state.load_task = asyncio.create_task(_load())
        try:
            yield
        finally:
            for task in (state.load_task, state.shutdown_task, *state.background.values()):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            experts.close()
            await backend.close()
            state.close()

    app = FastAPI(
        title="gptoss-mlx",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.server = state
    install_handlers(app)
    app.add_middleware(ObserveAndAuth, state=state)

    from server.routes import chat, completions, health, models, responses, telemetry

    for module in (chat, completions, responses, models, health, telemetry):
        app.include_router(module.router)
    return app


class DrainingServer(uvicorn.Server):
    """uvicorn's server, telling the app when a signal asks it to stop.

    uvicorn then closes the listening socket and waits for open requests; the app meanwhile
    answers queued ones 503 and ends running ones after --shutdown-timeout (ServerState).
    """

    def __init__(self, config: uvicorn.Config, state: ServerState) -> None:
        super().__init__(config)
        self.state = state

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        loop = self.state.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.state.begin_shutdown)
        super().handle_exit(sig, frame)
        # uvicorn re-raises a captured signal once it has stopped, so the process would die of
        # the SIGTERM it just handled; a drained, orderly stop exits 0 (what orchestrators read).
        getattr(self, "_captured_signals", []).clear()


__all__ = ["DrainingServer", "create_app"]
