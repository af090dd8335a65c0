"""Engine generation correctness: greedy equals mlx-lm, batching is transparent, seeded
sampling reproduces, stop ids / max_tokens end sequences, logprobs equal log_softmax."""

from __future__ import annotations

import threading

import mlx.core as mx
import pytest
from mlx_lm.generate import generate_step

from engine import Engine, SamplingParams

GREEDY = SamplingParams(temperature=0, max_tokens=12, ignore_eos=True)
# Lengths straddle the tiny model's sliding window (16) so rotating caches get exercised,
# and prompts of different lengths get padded against each other in one batch.
PROMPTS = [[3, 4, 5], list(range(7, 25)), [20, 21, 22, 23, 24, 25], list(range(30, 70))]


def reference_greedy(model, prompt: list[int], n: int) -> list[int]:
    return [t for t, _ in generate_step(mx.array(prompt), model, max_tokens=n)]


def tokens(stream) -> list[int]:
    return [ev.token for ev in stream]


def run_together(engine: Engine, prompts, params) -> list[list[int]]:
    """Submit every prompt while the engine thread is paused, so they start in one batch."""
    with engine.paused():
        pairs = zip(prompts, params, strict=True)
        streams = [engine.generate_sync(p, pr, timeout=60) for p, pr in pairs]
    out: list[list[int]] = [[] for _ in prompts]
    threads = [
        threading.Thread(target=lambda i=i: out[i].extend(tokens(streams[i])))
        for i in range(len(prompts))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


@pytest.fixture
def engine(tiny_model):
    model, tok = tiny_model
    eng = Engine(model, tok, max_batch=4, prompt_cache_size=0)
    yield eng
    eng.close()


@pytest.mark.parametrize("prompt", PROMPTS, ids=lambda p: f"len{len(p)}")
def test_greedy_matches_mlx_lm_generate_step(engine, tiny_model, prompt):
    expected = reference_greedy(tiny_model[0], prompt, GREEDY.max_tokens)
    assert tokens(engine.generate_sync(prompt, GREEDY, timeout=60)) == expected


def test_batched_sequences_equal_each_alone(engine, tiny_model):
    alone = [reference_greedy(tiny_model[0], p, GREEDY.max_tokens) for p in PROMPTS]
    together = run_together(engine, PROMPTS, [GREEDY] * len(PROMPTS))
    assert together == alone
    assert engine.stats.generated_tokens_total == GREEDY.max_tokens * len(PROMPTS)


def test_sequence_joining_a_running_batch_is_unaffected(engine, tiny_model):
    long_params = SamplingParams(temperature=0, max_tokens=20, ignore_eos=True)
    first = engine.generate_sync(PROMPTS[1], long_params, timeout=60)
    head = [next(first).token for _ in range(5)]
    second = tokens(engine.generate_sync(PROMPTS[3], GREEDY, timeout=60))
    rest = tokens(first)
    assert head + rest == reference_greedy(tiny_model[0], PROMPTS[1], 20)
    assert second == reference_greedy(tiny_model[0], PROMPTS[3], GREEDY.max_tokens)


@pytest.mark.parametrize(
    "extra",
    [{}, {"top_p": 0.9}, {"top_k": 5}, {"min_p": 0.05}],
    ids=["plain", "top_p", "top_k", "min_p"],
)
def test_seeded_sampling_reproducible_alone_and_batched(engine, extra):
    seeded = SamplingParams(temperature=1.0, seed=1234, max_tokens=16, ignore_eos=True, **extra)
    alone = tokens(engine.generate_sync(PROMPTS[0], seeded, timeout=60))
    again = tokens(engine.generate_sync(PROMPTS[0], seeded, timeout=60))
    others = [SamplingParams(temperature=1.0, max_tokens=16, ignore_eos=True), GREEDY]
    batched = run_together(
        engine, [PROMPTS[2], PROMPTS[0], PROMPTS[3]], [others[0], seeded, others[1]]
    )[1]
    assert alone == again == batched
    other_seed = SamplingParams(temperature=1.0, seed=99, max_tokens=16, ignore_eos=True)
    assert tokens(engine.generate_sync(PROMPTS[0], other_seed, timeout=60)) != alone


def test_top_k_one_is_greedy(engine, tiny_model):
    params = SamplingParams(temperature=0.8, top_k=1, seed=5, max_tokens=10, ignore_eos=True)
    assert tokens(engine.generate_sync(PROMPTS[2], params, timeout=60)) == reference_greedy(
        tiny_model[0], PROMPTS[2], 10
    )


def test_stop_token_ends_sequence_with_stop(engine, tiny_model):
    ref = reference_greedy(tiny_model[0], PROMPTS[1], 12)
    stop = ref[4]
    first = ref.index(stop)
    events = list(
        engine.generate_sync(
            PROMPTS[1],
            SamplingParams(temperature=0, max_tokens=12, stop_token_ids=(stop,), ignore_eos=True),
            timeout=60,
        )
    )
    assert [e.token for e in events] == ref[: first + 1]
    assert events[-1].finish_reason == "stop"
    assert all(e.finish_reason is None for e in events[:-1])


def test_tokenizer_eos_stops_unless_ignored(tiny_model):
    model = tiny_model[0]
    ref = reference_greedy(model, PROMPTS[1], 12)
    eos = ref[6]

    class EosTokenizer:
        eos_token_ids = (eos,)

    with Engine(model, EosTokenizer(), prompt_cache_size=0) as eng:
        stopped = list(
            eng.generate_sync(PROMPTS[1], SamplingParams(temperature=0, max_tokens=12), timeout=60)
        )
        ignored = list(eng.generate_sync(PROMPTS[1], GREEDY, timeout=60))
    assert stopped[-1].token == eos and stopped[-1].finish_reason == "stop"
    assert len(stopped) == ref.index(eos) + 1
    assert [e.token for e in ignored] == ref and ignored[-1].finish_reason == "length"


@pytest.mark.parametrize("max_tokens", [1, 2, 7])
def test_max_tokens_ends_with_length(engine, max_tokens):
    events = list(
        engine.generate_sync(
            PROMPTS[0],
            SamplingParams(temperature=0, max_tokens=max_tokens, ignore_eos=True),
            timeout=60,
        )
    )
    assert len(events) == max_tokens
    assert events[-1].finish_reason == "length"
    assert [e.index for e in events] == list(range(max_tokens))
    assert all(e.prompt_tokens == len(PROMPTS[0]) for e in events)


def test_logprobs_equal_log_softmax_of_logits(engine, tiny_model):
    model = tiny_model[0]
    prompt = PROMPTS[1]
    params = SamplingParams(
        temperature=0.7, seed=3, max_tokens=8, ignore_eos=True, logprobs=True, top_logprobs=3
    )
    events = list(engine.generate_sync(prompt, params, timeout=60))
    generated = [e.token for e in events]
    logits = model(mx.array([prompt + generated[:-1]]))[0, len(prompt) - 1 :]
    logp = logits - mx.logsumexp(logits, axis=-1, keepdims=True)
    for i, ev in enumerate(events):
        assert ev.logprob == pytest.approx(logp[i, ev.token].item(), abs=1e-4)
        best = mx.argsort(-logp[i])[:3].tolist()
        assert [t for t, _ in ev.top_logprobs] == best
        for t, lp in ev.top_logprobs:
            assert lp == pytest.approx(logp[i, t].item(), abs=1e-4)


def test_lite_checkpoint_batches_like_the_full_one(tiny_lite_ckpt, load_f32):
    """Per-layer expert counts (8,6,4,8) change nothing for the engine: batched == alone."""
    model, tok, info = load_f32(tiny_lite_ckpt)
    assert len(set(info.experts_per_layer)) > 1
    alone = [reference_greedy(model, p, GREEDY.max_tokens) for p in PROMPTS[:3]]
    with Engine(model, tok, prompt_cache_size=0) as eng:
        assert run_together(eng, PROMPTS[:3], [GREEDY] * 3) == alone
