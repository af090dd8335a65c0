"""logit_bias and OpenAI presence/frequency penalties in the engine, against an independent
reference (mlx-lm's generate_step with penalties recomputed from the generated tokens)."""

from __future__ import annotations

import dataclasses

import mlx.core as mx
import numpy as np
import pytest
from mlx_lm.generate import generate_step

from engine import Engine, InvalidInput, SamplingParams
from tests.engine.test_generation import run_together, tokens

PROMPT = [3, 42, 5, 6, 7, 3, 4, 42]  # 42 in the prompt must not count as generated
GREEDY = SamplingParams(temperature=0, max_tokens=16, ignore_eos=True)
# A random model rarely repeats itself; a bias on token 42 makes it, so penalties have work.
REPETITIVE = dataclasses.replace(GREEDY, logit_bias=((42, 6.0),))


def reference(model, prompt: list[int], params: SamplingParams) -> list[int]:
    """Greedy decoding whose penalties count the generated tokens, recomputed every step."""
    n_prompt = len(prompt)

    def penalize(context: mx.array, logits: mx.array) -> mx.array:
        out = np.array(logits.astype(mx.float32))
        for tok, bias in params.logit_bias:
            out[..., tok] += bias
        generated = np.array(context)[n_prompt:]
        ids, counts = np.unique(generated, return_counts=True)
        out[..., ids] -= params.frequency_penalty * counts + params.presence_penalty
        return mx.array(out)

    steps = generate_step(
        mx.array(prompt), model, max_tokens=params.max_tokens, logits_processors=[penalize]
    )
    return [t for t, _ in steps]


@pytest.fixture(scope="module")
def engine(tiny_model):
    with Engine(*tiny_model, max_batch=4, prompt_cache_size=0) as eng:
        yield eng


@pytest.mark.parametrize(
    "base,presence,frequency",
    [
        (REPETITIVE, 0.0, 1.5),
        (REPETITIVE, 1.5, 0.0),
        (REPETITIVE, 0.7, 0.7),
        (GREEDY, -1.0, 0.0),  # a negative penalty makes the unbiased model repeat itself
    ],
)
def test_penalties_equal_the_reference(engine, tiny_model, base, presence, frequency):
    params = dataclasses.replace(base, presence_penalty=presence, frequency_penalty=frequency)
    got = tokens(engine.generate_sync(PROMPT, params, timeout=60))
    assert got == reference(tiny_model[0], PROMPT, params)
    plain = tokens(engine.generate_sync(PROMPT, base, timeout=60))
    assert got != plain  # the penalty changed something on this prompt


def test_positive_penalty_repeats_less(engine):
    plain = tokens(engine.generate_sync(PROMPT, REPETITIVE, timeout=60))
    params = dataclasses.replace(REPETITIVE, presence_penalty=2.0, frequency_penalty=2.0)
    penalized = tokens(engine.generate_sync(PROMPT, params, timeout=60))
    assert plain.count(42) > 8 and penalized.count(42) < plain.count(42)
    assert len(set(penalized)) > len(set(plain))


def test_logit_bias_forces_and_forbids(engine, tiny_model):
    forced = dataclasses.replace(GREEDY, logit_bias=((42, 100.0),))
    assert tokens(engine.generate_sync(PROMPT, forced, timeout=60)) == [42] * 16
    first = tokens(engine.generate_sync(PROMPT, GREEDY, timeout=60))[0]
    banned = dataclasses.replace(GREEDY, logit_bias=((first, -100.0),))
    got = tokens(engine.generate_sync(PROMPT, banned, timeout=60))
    assert first not in got
    assert got == reference(tiny_model[0], PROMPT, banned)


def test_penalized_rows_do_not_leak_into_their_batch(engine, tiny_model):
    penalized = dataclasses.replace(REPETITIVE, frequency_penalty=1.0)
    prompts = [PROMPT, [20, 21, 22], PROMPT]
    params = [penalized, GREEDY, GREEDY]
    together = run_together(engine, prompts, params)
    assert together == [reference(tiny_model[0], p, pr) for p, pr in zip(prompts, params)]


@pytest.mark.parametrize(
    "params,match",
    [
        (SamplingParams(presence_penalty=2.5), "presence_penalty"),
        (SamplingParams(frequency_penalty=-3), "frequency_penalty"),
        (SamplingParams(logit_bias=((5, 101.0),)), r"logit_bias\[5\]"),
        (SamplingParams(logit_bias=((10**6, 1.0),)), "logit_bias ids"),
    ],
)
def test_out_of_range_values_are_rejected(engine, params, match):
    with pytest.raises(InvalidInput, match=match):
        engine.generate_sync([1, 2], params)
