"""Per-request token samplers, logits processors and logprob read-out, on mlx-lm's sampling.

Each sampled request gets its own PRNG stream: the key for its n-th token is derived from
(seed, n) alone, so a seeded request draws the same tokens whether it runs alone or batched with
others (mlx-lm's stock sampler uses the process-global PRNG, which batching would interleave).
Greedy requests share one sampler object so an all-greedy batch samples in a single call.
Logit bias is mlx-lm's processor; presence/frequency penalties follow OpenAI (generated tokens
only), which mlx-lm's windowed, prompt-inclusive penalties do not.
"""

from __future__ import annotations

from functools import partial

import mlx.core as mx
from mlx_lm.sample_utils import (
    LogitsProcessor,
    Sampler,
    apply_min_p,
    apply_top_k,
    apply_top_p,
    greedy_sampler,
    make_logits_processors,
)

from engine.constraints import GrammarConstraint, GrammarTokenizer
from engine.schema import SamplingParams

_MASK64 = (1 << 64) - 1


def _splitmix64(x: int) -> int:
    """A well-mixed 64-bit hash so neighbouring (seed, step) pairs give unrelated keys."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


class SeededSampler:
    """Temperature sampling after mlx-lm's top-p / min-p / top-k filters, with a private key.

    Called once per generated token (lazily, inside the batch's graph); the step counter is
    Python-side so no PRNG state has to be evaluated or carried between steps.
    """

    def __init__(self, params: SamplingParams, seed: int, vocab_size: int) -> None:
        self.seed = seed
        self.step = 0
        self.inv_temp = 1.0 / params.temperature
        self.filters = []
        # Same order as mlx_lm.sample_utils.make_sampler so results agree with mlx-lm's server.
        if 0 < params.top_p < 1.0:
            self.filters.append(partial(apply_top_p, top_p=params.top_p))
        if params.min_p > 0.0:
            self.filters.append(partial(apply_min_p, min_p=params.min_p))
        if 0 < params.top_k < vocab_size:
            self.filters.append(partial(apply_top_k, top_k=params.top_k))

    def key_for(self, step: int) -> mx.array:
        return mx.random.key(_splitmix64((self.seed << 20) ^ step) >> 1)

    def __call__(self, logprobs: mx.array) -> mx.array:
        for f in self.filters:
            logprobs = f(logprobs)
        key = self.key_for(self.step)
        self.step += 1
        return mx.random.categorical(logprobs * self.inv_temp, key=key)


def make_row_sampler(params: SamplingParams, seed: int, vocab_size: int) -> Sampler:
    """The sampler for one request; greedy requests all get mlx-lm's shared greedy sampler."""
    if params.temperature == 0:
        return greedy_sampler
    return SeededSampler(params, seed, vocab_size)


class OutputPenalty:
    """OpenAI's presence and frequency penalties over the tokens generated so far:
    `logit[j] -= frequency * count[j] + presence * (count[j] > 0)`; prompt tokens do not count.

    A logits processor for mlx-lm's BatchGenerator, called once per step with the sequence's
    token context, whose last entry is the token fed in that step: the prompt's last token on
    the first call, then each generated token. Counts stay on the device (no host sync).
    Built on the submitting thread, it creates MLX arrays only when called (MLX binds unevaluated
    arrays to the thread's stream).
    """

    def __init__(self, presence: float, frequency: float, vocab_size: int) -> None:
        self.presence, self.frequency = presence, frequency
        self.vocab_size = vocab_size
        self.counts: mx.array | None = None  # made on the first call, on the engine's thread
        self.calls = 0

    def __call__(self, tokens: mx.array, logits: mx.array) -> mx.array:
        if self.counts is None:
            self.counts = mx.zeros((self.vocab_size,), dtype=mx.float32)
        if self.calls:
            self.counts = self.counts.at[tokens[-1:]].add(1.0)
        self.calls += 1
        penalty = self.frequency * self.counts + self.presence * (self.counts > 0)
        return logits - penalty.astype(logits.dtype)


def make_row_processors(
    params: SamplingParams,
    vocab_size: int,
    grammar_tokenizer: GrammarTokenizer | None = None,
) -> list[LogitsProcessor]:
    """The logits processors of one request (an empty list when it uses none); the grammar
    constraint comes last so nothing can re-allow a token it masked."""
    processors = make_logits_processors(logit_bias=dict(params.logit_bias) or None)
    if params.presence_penalty or params.frequency_penalty:
        processors.append(
            OutputPenalty(params.presence_penalty, params.frequency_penalty, vocab_size)
        )
    if params.grammar is not None:
        processors.append(GrammarConstraint(grammar_tokenizer, params.grammar))
    return processors


def top_logprobs(logprobs: mx.array, n: int) -> list[tuple[int, float]]:
    """The n most likely (token id, logprob) pairs of a [V] logprob vector, most likely first."""
    n = min(n, logprobs.shape[-1])
    idx = mx.argpartition(-logprobs, kth=n - 1, axis=-1)[:n]
    vals = logprobs[idx]
    order = mx.argsort(-vals)
    ids, lps = idx[order].tolist(), vals[order].astype(mx.float32).tolist()
    return list(zip(ids, lps, strict=True))
