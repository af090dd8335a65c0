"""The one streaming code path: a request's `Delta` stream, timed and accounted, served either
as SSE chunks or joined into one response object. A request with OpenAI's `n` > 1 runs n such
streams (`Choices`) and serves them as one response, each delta tagged with its choice index.

`Generation.start()` pulls the first delta before any header is sent, so queue-full, context and
upstream errors still become proper error responses; later failures become an SSE error event.
Client disconnects close the delta stream, which cancels the engine sequence or upstream call.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from starlette.requests import Request

from server.errors import APIError, ClientClosed, error_body, translate
from server.events import Delta, Joined, Usage
from server.metrics import Metrics
from server.sse import DONE, sse_event

log = logging.getLogger(__name__)
T = TypeVar("T")


class Generation:
    """Wraps a backend's delta iterator with timing, metrics and guaranteed closing."""

    def __init__(self, deltas: AsyncIterator[Delta], metrics: Metrics, endpoint: str) -> None:
        self._it = deltas
        self._metrics = metrics
        self._endpoint = endpoint
        self._t0 = time.perf_counter()
        self._first: Delta | None = None
        self._ttft_seen = False
        self.usage: Usage | None = None
        self.finish_reason: str | None = None

    async def start(self, request: Request | None = None) -> None:
        """Pull the first delta now so start-up errors surface before the response begins.

        With `request`, a client that hangs up while its request waits for the first token
        (queued, or prefilling) cancels it right away.
        """
        try:
            first = self._it.__anext__()
            self._first = await (unless_disconnected(first, request) if request else first)
        except StopAsyncIteration:
            self._first = Delta(finish_reason="stop")
        except BaseException as exc:
            await self.aclose()
            mapped = translate(exc)
            if mapped is not None and mapped is not exc:
                raise mapped from None
            raise
        self._note(self._first)

    def _note(self, d: Delta) -> None:
        if not self._ttft_seen and not d.is_empty():
            self._ttft_seen = True
            ttft = time.perf_counter() - self._t0
            self._metrics.observe("time_to_first_token_seconds", ttft, endpoint=self._endpoint)
        if d.finish_reason is not None:
            self.finish_reason = d.finish_reason
        if d.usage is not None:
            self.usage = d.usage

    async def __aiter__(self) -> AsyncIterator[Delta]:
        try:
            if self._first is not None:
                first, self._first = self._first, None
                yield first
            async for d in self._it:
                self._note(d)
                yield d
        finally:
            await self.aclose()
            self._record()

    async def aclose(self) -> None:
        aclose = getattr(self._it, "aclose", None)
        if aclose is not None:
            try:
                await aclose()
            except Exception:  # closing must never mask the real outcome
                log.debug("closing a delta stream failed", exc_info=True)

    def _record(self) -> None:
        if self.usage is not None:
            u = self.usage
            self._metrics.inc("prompt_tokens_total", u.prompt_tokens)
            self._metrics.inc("completion_tokens_total", u.completion_tokens)
            self._metrics.inc("reasoning_tokens_total", u.reasoning_tokens)

    async def join(self) -> Joined:
        j = Joined()
        async with contextlib.aclosing(self.__aiter__()) as deltas:
            async for d in deltas:
                j.add(d)
        return j


class Choices:
    """The n generations of one request, served as one response (choice i = generation i)."""

    def __init__(self, gens: list[Generation]) -> None:
        self.gens = gens

    async def start(self, request: Request | None = None) -> None:
        """Start every choice together (their prompts prefill in one batch); if one fails,
        close them all and raise its error."""
        if len(self.gens) == 1:
            await self.gens[0].start(request)
            return
        outcomes = await asyncio.gather(
            *(g.start(request) for g in self.gens), return_exceptions=True
        )
        failed = [o for o in outcomes if isinstance(o, BaseException)]
        if failed:
            for g in self.gens:
                await g.aclose()
            raise failed[0]

    async def aclose(self) -> None:
        for g in self.gens:
            await g.aclose()

    @property
    def usage(self) -> Usage | None:
        """Tokens of all choices; the prompt, shared by them, counts once (as OpenAI bills)."""
        used = [g.usage for g in self.gens if g.usage is not None]
        if not used:
            return None
        return Usage(
            prompt_tokens=used[0].prompt_tokens,
            completion_tokens=sum(u.completion_tokens for u in used),
            reasoning_tokens=sum(u.reasoning_tokens for u in used),
            cached_tokens=used[0].cached_tokens,
        )

    async def __aiter__(self) -> AsyncIterator[tuple[int, Delta]]:
        """(choice index, delta) in arrival order; closing this closes every choice."""
        if len(self.gens) == 1:
            async with contextlib.aclosing(self.gens[0].__aiter__()) as deltas:
                async for d in deltas:
                    yield 0, d
            return
        queue: asyncio.Queue[tuple[int, Delta | None, BaseException | None]] = asyncio.Queue()

        async def pump(i: int, gen: Generation) -> None:
            try:
                async with contextlib.aclosing(gen.__aiter__()) as deltas:
                    async for d in deltas:
                        await queue.put((i, d, None))
            except Exception as exc:  # noqa: BLE001 - re-raised by the consumer of the queue
                await queue.put((i, None, exc))
                return
            await queue.put((i, None, None))

        tasks = [asyncio.create_task(pump(i, g)) for i, g in enumerate(self.gens)]
        try:
            running = len(tasks)
            while running:
                i, d, exc = await queue.get()
                if exc is not None:
                    raise exc
                if d is None:
                    running -= 1
                else:
                    yield i, d
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for g in self.gens:
                await g.aclose()

    async def join(self) -> list[Joined]:
        return list(await asyncio.gather(*(g.join() for g in self.gens)))


async def unless_disconnected(aw: Awaitable[T], request: Request) -> T:
    """Await `aw`, but cancel it and raise `ClientClosed` if the client hangs up first."""
    work = asyncio.ensure_future(aw)
    watch = asyncio.ensure_future(_wait_disconnect(request))
    try:
        done, _ = await asyncio.wait({work, watch}, return_when=asyncio.FIRST_COMPLETED)
        if work in done:
            return work.result()
        work.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await work
        log.info("client disconnected; cancelled its generation")
        raise ClientClosed("the client closed the connection before the response was ready")
    finally:
        watch.cancel()
        if not work.done():
            work.cancel()


async def join_unless_disconnected(choices: Choices, request: Request) -> list[Joined]:
    """Join a non-streaming request's choices, cancelling them if the client hangs up first."""
    return await unless_disconnected(choices.join(), request)


async def _wait_disconnect(request: Request) -> None:
    # The body was read already, so the next ASGI message can only be the disconnect.
    while True:
        message = await request.receive()
        if message.get("type") == "http.disconnect":
            return


async def sse_stream(
    choices: Choices,
    first: list[dict[str, Any]],
    to_chunk: Callable[[int, Delta], dict[str, Any] | None],
    usage_chunk: Callable[[Usage], dict[str, Any]] | None,
) -> AsyncIterator[bytes]:
    """SSE bytes: the `first` chunks, one chunk per (choice, delta), an optional usage chunk,
    [DONE]."""
    try:
        for obj in first:
            yield sse_event(obj)
        # aclosing: a disconnect closes this generator, which must close the engine streams now
        async with contextlib.aclosing(choices.__aiter__()) as deltas:
            async for i, d in deltas:
                chunk = to_chunk(i, d)
                if chunk is not None:
                    yield sse_event(chunk)
        if usage_chunk is not None:
            yield sse_event(usage_chunk(choices.usage or Usage()))
    except APIError as exc:
        yield sse_event(exc.body())
    except Exception as exc:  # headers are gone: report in-band, never as a traceback
        mapped = translate(exc)
        if mapped is not None:
            yield sse_event(mapped.body())
        else:
            log.exception("generation failed mid-stream")
            yield sse_event(
                error_body("generation failed; the error was logged", "server_error", None, None)
            )
    yield DONE
