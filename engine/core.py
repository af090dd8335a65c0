"""The `Engine`: one thread owns the MLX model and runs mlx-lm's `BatchGenerator`.

Callers on any thread submit token-id prompts; the worker admits them into the running batch
between decode steps (continuous batching), reuses cached prompt prefixes, samples each row
with its own parameters and PRNG stream, and pushes `TokenEvent`s back. It does not tokenize,
render chat templates or detokenize: that is the server's job.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import dataclasses
import logging
import random
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any, Self, TypeVar

import mlx.core as mx
from mlx.utils import tree_flatten
from mlx_lm.generate import BatchGenerator, StopSequences

from engine.constraints import GrammarTokenizer
from engine.errors import EngineBusy, EngineClosed, EngineError, InvalidInput
from engine.prompt_cache import PrefixCache
from engine.sampling import make_row_processors, make_row_sampler, top_logprobs
from engine.schema import EngineOptions, EngineStats, SamplingParams, TokenEvent
from engine.streams import Request, SyncTokenStream, TokenStream, weak_sink

log = logging.getLogger(__name__)
T = TypeVar("T")
_NO_STOPS = StopSequences()

# Why engine threads never exit: MLX keeps a per-thread compile cache whose destructor runs in
# the exiting OS thread *after* Python considers it finished, and needs the GIL. If the main
# thread is finalizing by then, CPython kills the thread inside that noexcept destructor and
# the process aborts ("terminate called without an active exception"). A worker that is done
# drops every reference it holds and parks on this never-set event instead; parked daemon
# threads are simply abandoned at exit. Live engines are closed (and parked) at exit too, so
# no MLX work is in flight during finalization.
_PARK = threading.Event()
_LIVE: weakref.WeakSet[Engine] = weakref.WeakSet()


def _close_live_engines() -> None:
    for engine in list(_LIVE):
        engine.close(timeout=10.0)


atexit.register(_close_live_engines)


def _engine_thread(box: list[Engine]) -> None:
    engine = box.pop()
    stopped = engine._stopped
    try:
        engine._run()
    finally:
        del engine
        stopped.set()
        _PARK.wait()


def vocab_size_of(model: Any, tokenizer: Any) -> int:
    """The logits width, from the model's config when it has one, else the tokenizer."""
    for holder in (getattr(model, "args", None), getattr(model, "config", None)):
        size = getattr(holder, "vocab_size", None)
        if isinstance(size, int) and size > 0:
            return size
    return len(tokenizer.get_vocab() if hasattr(tokenizer, "get_vocab") else tokenizer.vocab)


def eval_on_this_thread(model: Any) -> None:
    """Evaluate every array the model holds, private ones (e.g. YaRN `_freqs`) included.

    MLX streams are per thread: an array still lazy on the loading thread's stream cannot be
    evaluated from the engine thread, so everything is computed here, on the caller's thread.
    """
    mx.eval([v for _, v in tree_flatten(model) if isinstance(v, mx.array)])


class Engine:
    """Continuous-batching generator over one MLX model (see docs/CONTRACTS.md, engine).

    `options` (an `EngineOptions`) says how it batches, queues and caches; keyword arguments
    override single fields of it: `Engine(model, tok, max_batch=1)`.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        options: EngineOptions | None = None,
        **overrides: Any,
    ) -> None:
        options = dataclasses.replace(options or EngineOptions(), **overrides)
        self.options = options
        eval_on_this_thread(model)
        self.model = model
        self.tokenizer = tokenizer
        self.vocab_size = vocab_size_of(model, tokenizer)
        self.eos_token_ids = frozenset(int(t) for t in (tokenizer.eos_token_ids or ()))
        self._prefix = PrefixCache(options.prompt_cache_size, options.prompt_cache_bytes)
        self.grammar_tokenizer = GrammarTokenizer(tokenizer, self.vocab_size, self.eos_token_ids)

        self._cond = threading.Condition()  # guards everything below
        self._waiting: deque[Request] = deque()
        self._active: dict[int, Request] = {}
        self._calls: deque[tuple[Callable[[], Any], Future]] = deque()
        self._closed = False
        self._refusal: str | None = None  # set by drain(): why new work is refused
        self._close_reason = "the engine was closed while this request ran"
        self._next_rid = 0
        self._counters = dict.fromkeys(
            ("requests", "prompt_tokens", "cached_tokens", "generated_tokens", "cancelled"), 0
        )
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=_engine_thread, args=([self],), name="mlx-engine", daemon=True
        )
        self._thread.start()
        _LIVE.add(self)

    # ---------------------------------------------------------------- caller side

    def generate(self, prompt_ids: list[int], params: SamplingParams | None = None) -> TokenStream:
        """Submit from a running event loop; iterate the result with `async for`.

        Raises `InvalidInput`, `EngineBusy` or `EngineClosed` right away, before any await.
        """
        stream = TokenStream(self.cancel, asyncio.get_running_loop())
        stream.request = self._submit(prompt_ids, params, weak_sink(stream))
        return stream

    def generate_sync(
        self,
        prompt_ids: list[int],
        params: SamplingParams | None = None,
        timeout: float | None = None,
    ) -> SyncTokenStream:
        """Blocking variant: `for ev in engine.generate_sync(ids, params)`."""
        stream = SyncTokenStream(self.cancel, timeout)
        stream.request = self._submit(prompt_ids, params, weak_sink(stream))
        return stream

    def cancel(self, request: Request) -> None:
        """Drop a request: at once if still waiting, else within one decode step."""
        request.cancelled.set()
        with self._cond:
            if request in self._waiting:
                self._waiting.remove(request)
                self._counters["cancelled"] += 1
            self._cond.notify_all()

    @property
    def stats(self) -> EngineStats:
        with self._cond:
            c = self._counters
            return EngineStats(
                queue_depth=len(self._waiting),
                active=len(self._active),
                max_queue=self.max_queue,
                max_batch=self.max_batch,
                requests_total=c["requests"],
                prompt_tokens_total=c["prompt_tokens"],
                cached_tokens_total=c["cached_tokens"],
                generated_tokens_total=c["generated_tokens"],
                cancelled_total=c["cancelled"],
                prompt_cache_entries=len(self._prefix),
                prompt_cache_bytes=self._prefix.nbytes,
            )

    def call(self, fn: Callable[[], T]) -> Future:
        """Run `fn` on the engine thread between decode steps (for model-touching helpers).

        Returns a `concurrent.futures.Future`; asyncio callers can `await asyncio.wrap_future(f)`.
        """
        fut: Future = Future()
        if threading.current_thread() is self._thread:
            self._resolve(fn, fut)
            return fut
        with self._cond:
            if self._closed:
                raise EngineClosed("the engine is closed; create a new Engine")
            self._calls.append((fn, fut))
            self._cond.notify_all()
        return fut

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Hold the worker between decode steps for the duration of the block.

        Requests submitted inside the block start together in one batch when it ends (tests
        and the batched benchmark rely on this); running sequences simply wait.
        """
        if threading.current_thread() is self._thread:
            raise EngineError("paused() would deadlock on the engine thread")
        entered, release = threading.Event(), threading.Event()
        self.call(lambda: (entered.set(), release.wait()))
        entered.wait()
        try:
            yield
        finally:
            release.set()

    def set_telemetry(self, on: bool) -> None:
        """Switch the model's expert-usage telemetry on or off (see CONTRACTS.md, loader)."""
        if not hasattr(self.model, "set_telemetry"):
            raise EngineError(
                f"{type(self.model).__name__} has no expert telemetry; "
                "load the model with loader.load to use it"
            )
        self.call(lambda: self.model.set_telemetry(on)).result()

    def telemetry_counts(self) -> list[dict[int, int]] | None:
        """Per layer, routed-token counts per original expert id; None when telemetry is off."""

        def read() -> list[dict[int, int]] | None:
            tel = getattr(self.model, "telemetry", None)
            return None if tel is None else tel.counts()

        return self.call(read).result()

    def drain(self, reason: str = "the engine is shutting down") -> None:
        """Take no more work: waiting requests end with `EngineClosed(reason)` now and new ones
        are refused with it; running requests go on until they finish or `close()`."""
        with self._cond:
            self._refusal = reason
            waiting = list(self._waiting)
            self._waiting.clear()
        for req in waiting:
            req.sink(EngineClosed(reason))

    def abort(self, reason: str) -> None:
        """End every waiting and running request now with `EngineClosed(reason)`; the engine
        itself keeps running (its thread, `call`, telemetry), so `drain` first to refuse new
        work. Running sequences leave the batch at the next step."""
        with self._cond:
            reqs = list(self._active.values()) + list(self._waiting)
            self._waiting.clear()
            self._cond.notify_all()
        for req in reqs:
            req.cancelled.set()
            req.sink(EngineClosed(reason))

    def close(self, timeout: float | None = 30.0, reason: str | None = None) -> None:
        """Stop the worker; waiting and running requests end with `EngineClosed` (saying
        `reason` when given)."""
        with self._cond:
            self._closed = True
            self._close_reason = reason or self._close_reason
            self._cond.notify_all()
        if threading.current_thread() is not self._thread:
            self._stopped.wait(timeout)

    @property
    def max_batch(self) -> int:
        return self.options.max_batch

    @property
    def max_queue(self) -> int:
        return self.options.max_queue

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _submit(
        self, prompt_ids: list[int], params: SamplingParams | None, sink: Callable[[Any], None]
    ) -> Request:
        params = params or SamplingParams()
        params.validate(self.vocab_size)
        prompt = [int(t) for t in prompt_ids]
        if not prompt:
            raise InvalidInput("the prompt is empty; pass at least one token id")
        bad = [t for t in prompt if not 0 <= t < self.vocab_size]
        if bad:
            raise InvalidInput(
                f"prompt token ids {bad[:5]} are outside the vocabulary "
                f"[0, {self.vocab_size}); tokenize with this model's tokenizer"
            )
        seed = params.seed if params.seed is not None else random.getrandbits(62)
        # Built here, on the caller's thread: compiling a grammar can take a while and must
        # not stall the batch, and a grammar llguidance rejects is the caller's error.
        processors = make_row_processors(params, self.vocab_size, self.grammar_tokenizer)
        with self._cond:
            if self._closed:
                raise EngineClosed("the engine is closed; create a new Engine")
            if self._refusal is not None:
                raise EngineClosed(self._refusal)
            free_slots = self.max_batch - len(self._active)
            if len(self._waiting) >= self.max_queue + max(free_slots, 0):
                raise EngineBusy(
                    f"{len(self._waiting)} requests are already waiting (max_queue="
                    f"{self.max_queue}) and all {self.max_batch} batch slots are busy; "
                    "retry later or start the engine with a larger max_queue"
                )
            req = Request(self._next_rid, prompt, params, seed, sink, processors=processors)
            self._next_rid += 1
            self._counters["requests"] += 1
            self._waiting.append(req)
            self._cond.notify_all()
        return req

    # ---------------------------------------------------------------- engine thread

    def _run(self) -> None:
        gen = self._new_generator()
        try:
            while True:
                with self._cond:
                    while not (
                        self._closed
                        or self._calls
                        or self._active
                        or (self._waiting and len(self._active) < self.max_batch)
                    ):
                        self._cond.wait()
                    if self._closed:
                        break
                    calls = list(self._calls)
                    self._calls.clear()
                    admit = []
                    while self._waiting and len(self._active) + len(admit) < self.max_batch:
                        admit.append(self._waiting.popleft())
                for fn, fut in calls:
                    self._resolve(fn, fut)
                for req in admit:
                    try:
                        self._admit(gen, req)
                    except Exception as exc:  # only this request is affected
                        log.exception("could not admit request %d", req.rid)
                        req.sink(EngineError(f"could not start generation: {exc}"))
                try:
                    self._drop_cancelled(gen)
                    if self._active:
                        self._step(gen)
                except Exception as exc:  # a failed step poisons the batch, not the engine
                    log.exception(
                        "engine step failed; failing %d active requests", len(self._active)
                    )
                    self._fail_active(EngineError(f"generation failed: {exc}"))
                    self._retire(gen)
                    gen = self._new_generator()
        except BaseException as exc:  # pragma: no cover - last-resort guard
            log.exception("engine thread died")
            self._fail_all(EngineClosed(f"the engine thread died: {exc!r}"))
            raise
        finally:
            with self._cond:
                self._closed = True
            self._fail_all(EngineClosed(self._close_reason))
            self._retire(gen)

    def _new_generator(self) -> BatchGenerator:
        return BatchGenerator(
            self.model,
            completion_batch_size=self.max_batch,
            prefill_batch_size=self.options.prefill,
            prefill_step_size=self.options.prefill_step,
        )

    @staticmethod
    def _retire(gen: BatchGenerator) -> None:
        # The batch evaluates one step ahead asynchronously: wait for that work so nothing is
        # in flight once the generator (and its caches) are dropped or the worker parks.
        gen.close()
        mx.synchronize(gen.stream)

    @staticmethod
    def _resolve(fn: Callable[[], Any], fut: Future) -> None:
        try:
            fut.set_result(fn())
        except Exception as exc:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(exc)

    def _admit(self, gen: BatchGenerator, req: Request) -> None:
        if req.cancelled.is_set():
            with self._cond:
                self._counters["cancelled"] += 1
            return
        cache, rest = self._prefix.lookup(req.prompt)
        req.cached_tokens = len(req.prompt) - len(rest)
        p = req.params
        req.stops = frozenset(p.stop_token_ids) | (
            frozenset() if p.ignore_eos else self.eos_token_ids
        )
        # Stops and max_tokens are enforced here, not by the BatchGenerator: when it ends a
        # sequence itself it extracts that row's cache, which waits for the step already
        # queued behind it and so delays every final token by a whole forward pass.
        (req.uid,) = gen.insert(
            [rest],
            max_tokens=[p.max_tokens + 1],
            caches=[cache] if cache is not None else None,
            all_tokens=[req.prompt[: req.cached_tokens]],
            samplers=[make_row_sampler(p, req.seed, self.vocab_size)],
            logits_processors=[req.processors],
            stop_sequences=[_NO_STOPS],
        )
        with self._cond:
            self._active[req.uid] = req
            self._counters["prompt_tokens"] += len(req.prompt)
            self._counters["cached_tokens"] += req.cached_tokens
        log.debug(
            "request %d admitted: %d prompt tokens, %d cached",
            req.rid,
            len(req.prompt),
            req.cached_tokens,
        )

    def _drop_cancelled(self, gen: BatchGenerator) -> None:
        gone = [uid for uid, req in self._active.items() if req.cancelled.is_set()]
        if not gone:
            return
        gen.remove(gone)
        with self._cond:
            for uid in gone:
                del self._active[uid]
            self._counters["cancelled"] += len(gone)

    def _step(self, gen: BatchGenerator) -> None:
        prompt_responses, gen_responses = gen.next()
        # A prompt whose body (all but its last token) is now in the KV cache: keep that
        # state, since the next chat turn usually extends exactly this prefix. (Finished
        # generations are not stored: extracting a decoding row waits for the step queued
        # behind it, and harmony re-renders drop the reasoning, so they rarely match anyway.)
        done_prompts = [
            r.uid
            for r in prompt_responses
            if r.end_of_segment and not r.end_of_prompt and r.uid in self._active
        ]
        if done_prompts and self._prefix.enabled:
            for cache, tokens in gen.extract_cache(done_prompts).values():
                self._prefix.store(tokens[:], cache, kind="user")
        finished = []
        for r in gen_responses:
            req = self._active.get(r.uid)
            if req is None:
                continue
            req.generated += 1
            finish = None
            if r.token in req.stops:
                finish = "stop"
            elif req.generated >= req.params.max_tokens:
                finish = "length"
            lp = r.logprobs
            top = top_logprobs(lp, req.params.top_logprobs) if req.params.top_logprobs else None
            event = TokenEvent(
                token=r.token,
                logprob=lp[r.token].item(),
                top_logprobs=top,
                finish_reason=finish,
                prompt_tokens=len(req.prompt),
                cached_tokens=req.cached_tokens,
                index=req.generated - 1,
            )
            if finish is not None:
                finished.append(r.uid)
            req.sink(event)
        if finished:
            # Removing rows is lazy (no wait on the queued step), unlike extracting them.
            gen.remove(finished)
        with self._cond:
            self._counters["generated_tokens"] += len(gen_responses)
            for uid in finished:
                self._active.pop(uid, None)

    def _fail_active(self, exc: BaseException) -> None:
        with self._cond:
            reqs = list(self._active.values())
            self._active.clear()
        for req in reqs:
            req.sink(exc)

    def _fail_all(self, exc: BaseException) -> None:
        with self._cond:
            reqs = list(self._active.values()) + list(self._waiting)
            self._active.clear()
            self._waiting.clear()
            calls = list(self._calls)
            self._calls.clear()
        for req in reqs:
            req.sink(exc)
        for _, fut in calls:
            fut.set_exception(exc)
