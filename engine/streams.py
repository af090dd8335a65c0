"""Caller-side handles of one request: an async iterator for asyncio code, a blocking one for
threads (bench, CLI). Both receive items pushed from the engine thread and cancel the request
when closed, garbage-collected, or (async) when the awaiting task is cancelled.

No MLX here; the engine thread does all model work and hands over plain Python values.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

from engine.errors import EngineError
from engine.schema import SamplingParams, TokenEvent


@dataclass(eq=False)
class Request:
    """Engine-side record of one submitted sequence (mutated only on the engine thread,
    except `cancelled`, which any thread may set)."""

    rid: int
    prompt: list[int]
    params: SamplingParams
    seed: int
    sink: Callable[[Any], None]
    cancelled: threading.Event = field(default_factory=threading.Event)
    uid: int | None = None
    cached_tokens: int = 0
    generated: int = 0
    stops: frozenset[int] = frozenset()
    processors: list = field(default_factory=list)  # mlx-lm logits processors, per request


def weak_sink(stream: TokenStream | SyncTokenStream) -> Callable[[Any], None]:
    """The engine's way to push to `stream` without keeping it alive, so a stream its
    consumer abandoned gets collected, and its `__del__` cancels the request."""
    ref = weakref.ref(stream)

    def push(item: Any) -> None:
        target = ref()
        if target is not None:
            target.push(item)

    return push


Cancel = Callable[[Request], None]  # the engine's way to stop a request (Engine.cancel)


class _Stream:
    """What both handles share: the finished flag, the engine-side request, and cancellation."""

    def __init__(self, cancel: Cancel) -> None:
        self._cancel = cancel
        self._done = False
        self.request: Request | None = None

    def _take(self, item: Any) -> TokenEvent:
        """Mark the stream finished on an error or a final event; raise errors, return events."""
        if isinstance(item, BaseException):
            self._done = True
            raise item
        if item.finish_reason is not None:
            self._done = True
        return item

    def cancel(self) -> None:
        """Stop generating for this request (no-op once it has finished)."""
        if not self._done:
            self._done = True
            if self.request is not None:
                self._cancel(self.request)

    def __del__(self) -> None:
        if not self._done and self.request is not None:
            self.request.cancelled.set()


class TokenStream(_Stream):
    """`async for ev in stream` yields `TokenEvent`s until one carries a finish_reason.

    `await stream.aclose()` (or cancelling the consuming task) removes the sequence from the
    running batch within one decode step.
    """

    def __init__(self, cancel: Cancel, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(cancel)
        self._loop = loop
        self._queue: asyncio.Queue[Any] = asyncio.Queue()

    def push(self, item: Any) -> None:
        """Called from the engine thread."""
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, item)
        except RuntimeError:  # the event loop is gone: nobody will read this stream
            self.cancel()

    def __aiter__(self) -> TokenStream:
        return self

    async def __anext__(self) -> TokenEvent:
        if self._done:
            raise StopAsyncIteration
        try:
            item = await self._queue.get()
        except asyncio.CancelledError:
            self.cancel()
            raise
        return self._take(item)

    async def aclose(self) -> None:
        self.cancel()


class SyncTokenStream(_Stream):
    """Blocking counterpart of `TokenStream`: `for ev in stream`, `stream.close()` cancels."""

    def __init__(self, cancel: Cancel, timeout: float | None = None) -> None:
        super().__init__(cancel)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._timeout = timeout

    def push(self, item: Any) -> None:
        self._queue.put(item)

    def __iter__(self) -> SyncTokenStream:
        return self

    def __next__(self) -> TokenEvent:
        if self._done:
            raise StopIteration
        try:
            item = self._queue.get(timeout=self._timeout)
        except queue.Empty:
            self.cancel()
            raise EngineError(
                f"no token arrived within {self._timeout}s; the request was "
                "cancelled (raise the timeout for slow models)"
            ) from None
        return self._take(item)

    def close(self) -> None:
        self.cancel()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
