"""What the app and its routes share: the `Backend` protocol (local engine or upstream) and the
per-app `ServerState`, reached from a request with `state_of`. The app factory (server.app) and
every route import this module; it imports neither.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.requests import Request

from server.errors import SHUTTING_DOWN, InvalidRequest, NotReady, ShuttingDown
from server.events import Delta
from server.metrics import Metrics
from server.responses.store import ResponseStore
from server.settings import Settings
from server.virtual import VirtualExperts

log = logging.getLogger(__name__)


class Backend(Protocol):
    """What the routes need from whatever generates tokens (local engine or upstream)."""

    kind: str
    ready: bool
    load_error: str | None
    model_ids: list[str]

    async def load(self) -> None: ...
    async def drain(self, reason: str) -> None:
        """Take no more work: queued requests and new ones fail with a 503 saying `reason`."""

    async def abort(self, reason: str) -> None:
        """End running requests now with a 503 saying `reason` (in-band once streaming)."""

    async def close(self) -> None: ...
    @property
    def default_model(self) -> str: ...
    def resolve_model(self, name: str) -> str: ...
    def chat(self, req: Any, messages: list[dict]) -> AsyncIterator[Delta]: ...
    def complete(self, req: Any) -> AsyncIterator[Delta]: ...
    def responses(
        self, req: Any, items: list[dict], chat: Any, messages: list[dict]
    ) -> AsyncIterator[Delta]:
        """A Responses request (`items` the conversation, `chat` the same as a chat request)."""

    def stats(self) -> dict[str, float]: ...
    def count_tokens(self, text: str) -> int: ...
    async def telemetry_counts(self) -> list[dict[int, int]] | None:
        """Per layer, routed tokens per original expert id; None when not collected here."""

    async def telemetry_export(self) -> dict[str, Any]:
        """The export `builder --from-telemetry` reads; InvalidRequest when there is none."""


@dataclass
class ServerState:
    settings: Settings
    backend: Backend
    metrics: Metrics
    experts: VirtualExperts
    started: float = field(default_factory=time.time)
    load_task: asyncio.Task | None = None
    load_failed: bool = False
    telemetry: list[dict[int, int]] | None = None  # refreshed by each /metrics scrape
    loop: asyncio.AbstractEventLoop | None = None  # the serving loop, set by the lifespan
    shutting_down: bool = False
    shutdown_task: asyncio.Task | None = None
    _responses: ResponseStore | None = None
    # background responses still generating, by id (cancelled at shutdown)
    background: dict[str, asyncio.Task] = field(default_factory=dict)

    def response_store(self) -> ResponseStore:
        """The stored responses, opened on first use (a server that never sees /v1/responses
        creates no file)."""
        if self._responses is None:
            s = self.settings
            self._responses = ResponseStore(
                s.responses_path(), s.responses_max, s.responses_max_age_days * 86400
            )
        return self._responses

    @property
    def fingerprint(self) -> str:
        h = hashlib.sha256(f"{self.backend.kind}:{self.backend.default_model}".encode())
        return "fp_" + h.hexdigest()[:10]

    def close(self) -> None:
        if self._responses is not None:
            self._responses.close()

    def begin_shutdown(self) -> None:
        """A signal asked the server to stop (call on the serving loop): refuse new and queued
        work at once, end what still runs after `settings.shutdown_timeout` seconds."""
        if self.shutting_down:
            return
        self.shutting_down = True
        timeout = self.settings.shutdown_timeout
        log.info("shutting down: refusing new requests, %g s for running ones to finish", timeout)
        self.shutdown_task = asyncio.get_running_loop().create_task(self._shutdown(timeout))

    async def _shutdown(self, timeout: float) -> None:
        await self.backend.drain(SHUTTING_DOWN)
        await asyncio.sleep(timeout)
        log.warning("shutdown timeout (%g s): ending the requests still running", timeout)
        await self.backend.abort(ShuttingDown(f"--shutdown-timeout {timeout:g} s passed").message)

    def check_message_count(self, count: int, param: str) -> None:
        """One request's messages within --max-messages, else a 400 naming `param`."""
        if count > self.settings.max_messages:
            raise InvalidRequest(
                f"{count} messages are more than this server takes in one request "
                f"({self.settings.max_messages}, --max-messages); send fewer.",
                param=param,
                code="too_many_messages",
            )

    def require_ready(self) -> None:
        if self.shutting_down:
            raise ShuttingDown()
        if not self.backend.ready:
            why = self.backend.load_error or "the model is still loading"
            raise NotReady(f"Not ready: {why}; poll GET /health until it answers 200.")


def state_of(request: Request) -> ServerState:
    return request.app.state.server
