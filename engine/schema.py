"""Plain data types crossing the engine boundary: engine options, sampling parameters, token
events, stats.

No MLX here: the server builds `SamplingParams` from a request and reads `TokenEvent`s back,
both from the asyncio thread. Validation lives in `SamplingParams.validate` so the engine and the
server report the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.errors import InvalidInput


@dataclass(frozen=True)
class EngineOptions:
    """How an `Engine` batches, queues and caches.

    max_batch: sequences decoded together; max_queue: requests allowed to wait for a slot
    (beyond it `generate` raises `EngineBusy`); prefill_batch / prefill_step: how many prompts
    are prefilled together (None: max_batch, so a burst of requests starts in one step) and in
    chunks of how many tokens (decode steps of running sequences interleave with the chunks);
    prompt_cache_size / prompt_cache_bytes bound the prefix cache (0 switches it off).
    """

    max_batch: int = 8
    max_queue: int = 64
    prefill_batch: int | None = None
    prefill_step: int = 2048
    prompt_cache_size: int = 8
    prompt_cache_bytes: int = 1 << 30

    def __post_init__(self) -> None:
        small = [
            f"{name}={value}"
            for name, value, least in (
                ("max_batch", self.max_batch, 1),
                ("max_queue", self.max_queue, 0),
                ("prefill_batch", 1 if self.prefill_batch is None else self.prefill_batch, 1),
                ("prefill_step", self.prefill_step, 1),
                ("prompt_cache_size", self.prompt_cache_size, 0),
                ("prompt_cache_bytes", self.prompt_cache_bytes, 0),
            )
            if value < least
        ]
        if small:
            raise ValueError(
                f"engine options out of range: {', '.join(small)} (max_batch, prefill_batch and "
                "prefill_step must be >= 1, the others >= 0)"
            )

    @property
    def prefill(self) -> int:
        """Prompts prefilled together."""
        return self.max_batch if self.prefill_batch is None else self.prefill_batch


@dataclass(frozen=True)
class SamplingParams:
    """Per-request decoding options (semantics follow vLLM / the OpenAI API).

    temperature 0 means greedy; top_p 1.0, top_k 0 and min_p 0.0 disable those filters.
    `stop_token_ids` are added to the tokenizer's EOS ids unless `ignore_eos` is set.
    `logprobs` asks for the sampled token's logprob on every event (it is always filled, the
    flag is kept for the server); `top_logprobs` > 0 adds the n most likely alternatives.
    A `seed` makes the sampled sequence reproducible, also when batched with other requests.
    `presence_penalty` / `frequency_penalty` (OpenAI's, -2..2) lower the logit of every token
    already generated (not of prompt tokens) by a constant / by its count; `logit_bias` adds
    (token id, bias) pairs, -100..100, to the logits before sampling. `grammar` (an llguidance
    grammar, e.g. from `engine.constraints.json_grammar`) constrains the output to parse.
    """

    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    min_p: float = 0.0
    seed: int | None = None
    max_tokens: int = 256
    stop_token_ids: tuple[int, ...] = ()
    ignore_eos: bool = False
    logprobs: bool = False
    top_logprobs: int = 0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    logit_bias: tuple[tuple[int, float], ...] = ()
    grammar: str | None = None

    def validate(self, vocab_size: int | None = None) -> None:
        """Raise `InvalidInput` naming the first out-of-range field."""
        checks = [
            (self.temperature >= 0, "temperature", self.temperature, "use a value >= 0"),
            (0 < self.top_p <= 1, "top_p", self.top_p, "use a value in (0, 1]"),
            (self.top_k >= 0, "top_k", self.top_k, "use 0 (off) or a positive count"),
            (0 <= self.min_p <= 1, "min_p", self.min_p, "use a value in [0, 1]"),
            (self.max_tokens >= 1, "max_tokens", self.max_tokens, "use a value >= 1"),
            (0 <= self.top_logprobs <= 20, "top_logprobs", self.top_logprobs, "use 0..20"),
            (self.seed is None or self.seed >= 0, "seed", self.seed, "use a non-negative int"),
            (
                -2 <= self.presence_penalty <= 2,
                "presence_penalty",
                self.presence_penalty,
                "use a value in [-2, 2]",
            ),
            (
                -2 <= self.frequency_penalty <= 2,
                "frequency_penalty",
                self.frequency_penalty,
                "use a value in [-2, 2]",
            ),
        ]
        checks += [
            (-100 <= bias <= 100, f"logit_bias[{tok}]", bias, "use a value in [-100, 100]")
            for tok, bias in self.logit_bias
        ]
        for ok, name, value, fix in checks:
            if not ok:
                raise InvalidInput(f"{name}={value!r} is out of range; {fix}")
        if vocab_size is not None:
            for name, ids in (
                ("stop_token_ids", self.stop_token_ids),
                ("logit_bias", [t for t, _ in self.logit_bias]),
            ):
                bad = [t for t in ids if not 0 <= t < vocab_size]
                if bad:
                    raise InvalidInput(
                        f"{name} ids {bad} are outside the vocabulary [0, {vocab_size}); "
                        "pass ids from this model's tokenizer"
                    )


@dataclass(frozen=True)
class TokenEvent:
    """One generated token.

    The final event of a sequence has `finish_reason` "stop" (its `token` is the stop id that
    ended it, e.g. harmony `<|return|>` or `<|call|>`; do not render it) or "length" (its token
    is a normal token, the max_tokens-th). `top_logprobs` is a list of (token id, logprob),
    most likely first, or None when not requested.
    """

    token: int
    logprob: float
    top_logprobs: list[tuple[int, float]] | None = None
    finish_reason: str | None = None
    prompt_tokens: int = 0
    cached_tokens: int = 0
    index: int = 0


@dataclass(frozen=True)
class EngineStats:
    """A snapshot of the engine's load and lifetime counters."""

    queue_depth: int = 0
    active: int = 0
    max_queue: int = 0
    max_batch: int = 0
    requests_total: int = 0
    prompt_tokens_total: int = 0
    cached_tokens_total: int = 0
    generated_tokens_total: int = 0
    cancelled_total: int = 0
    prompt_cache_entries: int = 0
    prompt_cache_bytes: int = 0
