"""What the app and its routes share: the `Backend` protocol (local engine or upstream) and the
per-app `ServerState`, reached from a request with `state_of`. The app factory (server.app) and
every route import this module; it imports neither.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.requests import Request

from server.errors import NotReady
from server.events import Delta
from server.metrics import Metrics
from server.settings import Settings
from server.virtual import VirtualExperts


class Backend(Protocol):
    """What the routes need from whatever generates tokens (local engine or upstream)."""

    kind: str
    ready: bool
    load_error: str | None
    model_ids: list[str]

    async def load(self) -> None: ...
    async def close(self) -> None: ...
    @property
    def default_model(self) -> str: ...
    def resolve_model(self, name: str) -> str: ...
    def chat(self, req: Any, messages: list[dict]) -> AsyncIterator[Delta]: ...
    def complete(self, req: Any) -> AsyncIterator[Delta]: ...
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

    @property
    def fingerprint(self) -> str:
        h = hashlib.sha256(f"{self.backend.kind}:{self.backend.default_model}".encode())
        return "fp_" + h.hexdigest()[:10]

    def require_ready(self) -> None:
        if not self.backend.ready:
            why = self.backend.load_error or "the model is still loading"
            raise NotReady(f"Not ready: {why}; poll GET /health until it answers 200.")


def state_of(request: Request) -> ServerState:
    return request.app.state.server
