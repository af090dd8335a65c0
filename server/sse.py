"""Server-sent events: the response class that streams `data: {...}` lines and cancels work
when the client goes away.

Starlette cancels the streaming task on disconnect but leaves the body iterator suspended;
closing it explicitly here is what stops the engine sequence within one decode step.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

log = logging.getLogger(__name__)

DONE = b"data: [DONE]\n\n"


def sse_event(obj: dict[str, Any], event: str | None = None) -> bytes:
    """One event; `event` names it on an `event:` line (the Responses API names every event)."""
    data = b"data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
    return (f"event: {event}\n".encode() if event else b"") + data + b"\n\n"


class SSEResponse(StreamingResponse):
    """`text/event-stream` with no buffering hints, closing its body iterator on every exit."""

    media_type = "text/event-stream"

    def __init__(self, body: AsyncIterator[bytes], headers: dict[str, str] | None = None):
        hdrs = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        hdrs.update(headers or {})
        super().__init__(body, headers=hdrs)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            aclose = getattr(self.body_iterator, "aclose", None)
            if aclose is not None:
                await aclose()
