"""Engine control paths: cancellation (sync, async, task cancel), the bounded queue, the
prompt-prefix cache, stats, closing, and request validation."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import time
from pathlib import Path

import mlx.core as mx
import pytest
from mlx_lm.generate import generate_step

from engine import Engine, EngineBusy, EngineClosed, EngineError, InvalidInput, SamplingParams

LONG = SamplingParams(temperature=0, max_tokens=10_000, ignore_eos=True)


def greedy(n: int) -> SamplingParams:
    return SamplingParams(temperature=0, max_tokens=n, ignore_eos=True)


def wait_until(cond, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "condition not reached in time"
        time.sleep(0.005)


@pytest.fixture
def engine(tiny_model):
    eng = Engine(*tiny_model, max_batch=4, max_queue=2)
    yield eng
    eng.close()


def test_cancel_sync_stream_stops_within_one_step(engine):
    stream = engine.generate_sync([1, 2, 3], LONG, timeout=30)
    for _ in range(3):
        next(stream)
    stream.close()
    before = engine.stats.generated_tokens_total
    wait_until(lambda: engine.stats.active == 0)
    # Once cancel() returned, at most the step already running may still produce a token.
    assert engine.stats.generated_tokens_total - before <= 1
    assert engine.stats.cancelled_total == 1
    with pytest.raises(StopIteration):
        next(stream)


def test_cancel_leaves_other_sequences_running(engine, tiny_model):
    keep = engine.generate_sync([9, 8, 7, 6], greedy(15), timeout=30)
    doomed = engine.generate_sync([1, 2, 3], LONG, timeout=30)
    next(doomed)
    doomed.close()
    got = [ev.token for ev in keep]
    expected = [t for t, _ in generate_step(mx.array([9, 8, 7, 6]), tiny_model[0], max_tokens=15)]
    assert got == expected


def test_async_generate_and_aclose_cancels(engine):
    async def main():
        events = [ev async for ev in engine.generate([5, 6, 7], greedy(6))]
        stream = engine.generate([5, 6, 7], LONG)
        async for _ in stream:
            break
        await stream.aclose()
        return events

    events = asyncio.run(main())
    assert len(events) == 6 and events[-1].finish_reason == "length"
    wait_until(lambda: engine.stats.active == 0)
    assert engine.stats.cancelled_total == 1


def test_cancelling_the_consuming_task_cancels_the_sequence(engine):
    async def main():
        stream = engine.generate([5, 6, 7], LONG)

        async def consume():
            async for _ in stream:
                pass

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    wait_until(lambda: engine.stats.active == 0)
    assert engine.stats.cancelled_total == 1


def test_queue_bound_raises_engine_busy(tiny_model):
    with Engine(*tiny_model, max_batch=1, max_queue=1) as eng:
        with eng.paused():
            first = eng.generate_sync([1, 2], greedy(3), timeout=30)  # takes the free slot
            second = eng.generate_sync([1, 2], greedy(3), timeout=30)  # waits in the queue
            assert eng.stats.queue_depth == 2
            with pytest.raises(EngineBusy, match="max_queue=1"):
                eng.generate_sync([1, 2], greedy(3))
        assert len(list(first)) == 3 and len(list(second)) == 3
        assert len(list(eng.generate_sync([1, 2], greedy(2), timeout=30))) == 2


def test_cancel_while_waiting_frees_the_queue_slot(tiny_model):
    with Engine(*tiny_model, max_batch=1, max_queue=1) as eng:
        with eng.paused():
            running = eng.generate_sync([1, 2], greedy(3), timeout=30)
            waiting = eng.generate_sync([1, 2], greedy(3), timeout=30)
            waiting.close()
            assert eng.stats.queue_depth == 1
            replacement = eng.generate_sync([3, 4], greedy(2), timeout=30)
        assert len(list(running)) == 3 and len(list(replacement)) == 2


@pytest.mark.parametrize("prompt_len", [6, 40], ids=["within-window", "past-window"])
def test_prompt_cache_hit_reports_cached_tokens_and_same_output(engine, prompt_len):
    prompt = list(range(10, 10 + prompt_len))
    first = list(engine.generate_sync(prompt, greedy(8), timeout=30))
    second = list(engine.generate_sync(prompt, greedy(8), timeout=30))
    assert first[0].cached_tokens == 0
    assert second[0].cached_tokens == prompt_len - 1
    assert [e.token for e in second] == [e.token for e in first]
    # The next turn extends the previous prompt: the stored prompt body is reused.
    turn2 = prompt + [e.token for e in first] + [50, 51, 52]
    cont = list(engine.generate_sync(turn2, greedy(8), timeout=30))
    assert cont[0].cached_tokens == prompt_len - 1
    fresh = Engine(engine.model, engine.tokenizer, prompt_cache_size=0)
    try:
        assert [e.token for e in fresh.generate_sync(turn2, greedy(8), timeout=30)] == [
            e.token for e in cont
        ]
    finally:
        fresh.close()
    stats = engine.stats
    assert stats.prompt_cache_entries >= 1 and stats.prompt_cache_bytes > 0
    assert stats.cached_tokens_total == second[0].cached_tokens + cont[0].cached_tokens


def test_prompt_cache_off_reuses_nothing(tiny_model):
    with Engine(*tiny_model, prompt_cache_size=0) as eng:
        for _ in range(2):
            evs = list(eng.generate_sync([4, 5, 6, 7], greedy(3), timeout=30))
        assert evs[0].cached_tokens == 0 and eng.stats.prompt_cache_entries == 0


@pytest.mark.parametrize(
    "prompt,params,match",
    [
        ([], SamplingParams(), "prompt is empty"),
        ([1, 100_000], SamplingParams(), "outside the vocabulary"),
        ([1], SamplingParams(temperature=-1), "temperature"),
        ([1], SamplingParams(top_p=0), "top_p"),
        ([1], SamplingParams(max_tokens=0), "max_tokens"),
        ([1], SamplingParams(stop_token_ids=(10**6,)), "stop_token_ids"),
    ],
)
def test_invalid_requests_are_rejected_up_front(engine, prompt, params, match):
    with pytest.raises(InvalidInput, match=match):
        engine.generate_sync(prompt, params)


def test_close_ends_running_streams_and_refuses_new_work(tiny_model):
    eng = Engine(*tiny_model)
    stream = eng.generate_sync([1, 2, 3], LONG, timeout=30)
    next(stream)
    eng.close()
    with pytest.raises(EngineClosed):
        for _ in stream:
            pass
    with pytest.raises(EngineClosed):
        eng.generate_sync([1, 2, 3], LONG)


def test_drain_ends_waiting_requests_now_and_lets_running_ones_finish(tiny_model):
    eng = Engine(*tiny_model, max_batch=1, max_queue=2)
    try:
        running = eng.generate_sync([1, 2, 3], greedy(12), timeout=30)
        next(running)
        waiting = eng.generate_sync([4, 5, 6], LONG, timeout=30)
        wait_until(lambda: eng.stats.queue_depth == 1)
        eng.drain("the server is shutting down")
        with pytest.raises(EngineClosed, match="shutting down"):
            next(waiting)
        with pytest.raises(EngineClosed, match="shutting down"):
            eng.generate_sync([7], greedy(2))
        assert len(list(running)) == 11  # the running one is not cut short
    finally:
        eng.close()


def test_abort_ends_running_streams_and_the_engine_keeps_working(tiny_model):
    eng = Engine(*tiny_model, max_batch=2)
    try:
        streams = [eng.generate_sync([1, 2, i], LONG, timeout=30) for i in (3, 4)]
        for st in streams:
            next(st)
        eng.drain("the server is shutting down")
        eng.abort("the server is shutting down")
        for st in streams:
            with pytest.raises(EngineClosed, match="shutting down"):
                for _ in st:
                    pass
        wait_until(lambda: eng.stats.active == 0)
        assert eng.call(lambda: 42).result(timeout=30) == 42  # the thread still serves calls
    finally:
        eng.close()


def test_close_with_a_reason_says_it_to_running_streams(tiny_model):
    eng = Engine(*tiny_model)
    stream = eng.generate_sync([1, 2, 3], LONG, timeout=30)
    next(stream)
    eng.close(reason="the server is shutting down")
    with pytest.raises(EngineClosed, match="shutting down"):
        for _ in stream:
            pass


def test_telemetry_switch_passes_through_to_the_model(engine):
    assert engine.telemetry_counts() is None
    engine.set_telemetry(True)
    n = len(list(engine.generate_sync([1, 2, 3, 4], greedy(5), timeout=30)))
    counts = engine.telemetry_counts()
    assert len(counts) == len(engine.model.layers)
    top_k = engine.model.args.num_experts_per_tok
    # Every token that went through a layer picked top_k experts there (prompt + fed tokens).
    assert all(sum(layer.values()) % top_k == 0 and sum(layer.values()) > 0 for layer in counts)
    assert 4 * top_k <= sum(counts[0].values()) <= (4 + n + 1) * top_k
    engine.set_telemetry(False)
    assert engine.telemetry_counts() is None


def test_stock_mlx_lm_model_works_but_has_no_telemetry(tiny_ckpt):
    import mlx_lm

    stock, tok = mlx_lm.load(str(tiny_ckpt))
    prompt = [3, 1, 4, 1, 5, 9, 2, 6]
    expected = [t for t, _ in generate_step(mx.array(prompt), stock, max_tokens=6)]
    with Engine(stock, tok) as eng:
        assert [e.token for e in eng.generate_sync(prompt, greedy(6), timeout=30)] == expected
        with pytest.raises(EngineError, match="telemetry"):
            eng.set_telemetry(True)


def test_process_exits_cleanly_after_close_and_mid_stream(tiny_ckpt):
    """MLX's per-thread compile cache used to abort the interpreter at exit (SIGABRT) when
    an engine thread had finished or was mid-step; the exit code must be 0 in both cases."""
    script = f"""
import loader
from engine import Engine, SamplingParams
model, tok, _ = loader.load({str(tiny_ckpt)!r})
closed = Engine(model, tok)
print(len(list(closed.generate_sync([1, 2, 3], SamplingParams(max_tokens=4, ignore_eos=True)))))
closed.close()
running = Engine(model, tok)
stream = running.generate_sync([1, 2, 3], SamplingParams(max_tokens=10_000, ignore_eos=True))
next(stream)
print("exiting")
"""
    proc = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["4", "exiting"]


def test_a_request_that_fails_to_start_does_not_hurt_the_others(engine):
    real_lookup = engine._prefix.lookup

    def lookup(prompt):
        if prompt[0] == 99:
            raise RuntimeError("injected cache failure")
        return real_lookup(prompt)

    engine._prefix.lookup = lookup
    with engine.paused():
        good = engine.generate_sync([5, 6, 7], greedy(4), timeout=30)
        bad = engine.generate_sync([99, 6, 7], greedy(4), timeout=30)
    with pytest.raises(EngineError, match="injected cache failure"):
        next(bad)
    assert len(list(good)) == 4


def test_cache_hits_batched_with_fresh_prompts_match_uncached_output(engine, tiny_model):
    """Fetched caches (rotating ones wrapped past the window) merge into a live batch."""
    long_a, long_b, short = list(range(100, 140)), list(range(200, 230)), [7, 8, 9]
    list(engine.generate_sync(long_a, greedy(3), timeout=30))  # warm the prefix cache
    running = engine.generate_sync(long_b, greedy(20), timeout=30)
    first = next(running)
    hit = engine.generate_sync(long_a + [1, 2], greedy(10), timeout=30)
    fresh = engine.generate_sync(short, greedy(10), timeout=30)
    hit_events, fresh_events = list(hit), list(fresh)
    rest = list(running)
    assert hit_events[0].cached_tokens == len(long_a) - 1
    model = tiny_model[0]
    for prompt, events, n in ((long_a + [1, 2], hit_events, 10), (short, fresh_events, 10)):
        ref = [t for t, _ in generate_step(mx.array(prompt), model, max_tokens=n)]
        assert [e.token for e in events] == ref
    ref_b = [t for t, _ in generate_step(mx.array(long_b), model, max_tokens=20)]
    assert [first.token] + [e.token for e in rest] == ref_b


def test_cancel_during_chunked_prefill(tiny_model):
    """A sequence cancelled while its prompt is still being prefilled (in 4-token chunks)
    leaves the batch; a sequence prefilled alongside it is unaffected."""
    with Engine(*tiny_model, prefill_step=4, prompt_cache_size=0) as eng:
        with eng.paused():
            doomed = eng.generate_sync(list(range(100, 140)), LONG, timeout=30)
            kept = eng.generate_sync(list(range(150, 170)), greedy(6), timeout=30)
        wait_until(lambda: eng.stats.active == 2)
        doomed.close()
        got = [e.token for e in kept]
        wait_until(lambda: eng.stats.active == 0)
        assert eng.stats.cancelled_total == 1
    ref = [
        t for t, _ in generate_step(mx.array(list(range(150, 170))), tiny_model[0], max_tokens=6)
    ]
    assert got == ref


def test_paused_holds_admission_until_the_block_ends(engine):
    with engine.paused():
        stream = engine.generate_sync([1, 2, 3], greedy(2), timeout=30)
        time.sleep(0.05)
        assert engine.stats.queue_depth == 1 and engine.stats.active == 0
    assert len(list(stream)) == 2


def test_sync_stream_timeout_is_an_engine_error_and_cancels(engine):
    with engine.paused():
        stream = engine.generate_sync([1, 2, 3], LONG, timeout=0.05)
        with pytest.raises(EngineError, match="no token arrived"):
            next(stream)
    wait_until(lambda: engine.stats.active == 0 and engine.stats.queue_depth == 0)
    assert engine.stats.cancelled_total == 1


def test_abandoned_stream_is_collected_and_cancelled(engine):
    stream = engine.generate_sync([1, 2, 3], LONG, timeout=30)
    next(stream)
    del stream
    gc.collect()
    wait_until(lambda: engine.stats.active == 0)
    assert engine.stats.cancelled_total == 1
