"""Constrained decoding: a grammar (llguidance) masks every token that cannot come next.

`json_grammar(schema)` compiles a JSON Schema (or "any JSON object") into an llguidance grammar
string, which travels in `SamplingParams.grammar`; `json_lark` + `compile_lark` do the same for
a schema inside a larger Lark grammar (a chat format's tokens around it). The engine turns the
grammar into a `GrammarConstraint`, a logits processor for mlx-lm's BatchGenerator: each step it
advances the request's matcher by the token just sampled and sets the logits of disallowed
tokens to -inf, so the output parses by construction; once the grammar is complete only the
tokenizer's end tokens remain allowed.

Masks are computed on the host from the sampled id, so a constrained row waits for its previous
step (like `--embeddings host`); rows without a grammar are untouched.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import llguidance
import llguidance.hf
import llguidance.numpy
import mlx.core as mx
import numpy as np

from engine.errors import InvalidInput

log = logging.getLogger(__name__)
_BITS = np.arange(32, dtype=np.int32)


def json_lark(schema: dict[str, Any] | None) -> str:
    """A Lark fragment (llguidance's `%json {...}`) for compact JSON matching `schema`
    (None: any JSON object), to splice into a grammar with other parts around it."""
    schema = {"type": "object"} if schema is None else dict(schema)
    schema.setdefault("x-guidance", {"whitespace_flexible": False})
    return "%json " + json.dumps(schema)


def compile_lark(lark: str) -> str:
    """An llguidance grammar from Lark text; `InvalidInput` when it cannot be enforced."""
    grammar = llguidance.LLMatcher.grammar_from_lark(lark)
    error = llguidance.LLMatcher.validate_grammar(grammar)
    if error and not error.startswith("WARNING"):
        raise InvalidInput(f"the JSON schema cannot be enforced: {error.splitlines()[0]}")
    return grammar


def json_grammar(schema: dict[str, Any] | None) -> str:
    """An llguidance grammar for compact JSON matching `schema` (None: any JSON object)."""
    return compile_lark("start: " + json_lark(schema))


class GrammarTokenizer:
    """The llguidance view of a tokenizer, built once on first use (about a second for a
    200k-token vocabulary) and shared by every constrained request of an engine."""

    def __init__(self, tokenizer: Any, vocab_size: int, eos_ids: frozenset[int]) -> None:
        self._hf = getattr(tokenizer, "_tokenizer", tokenizer)
        self.vocab_size = vocab_size
        self._eos = sorted(eos_ids)
        self._built: llguidance.LLTokenizer | None = None
        self._lock = threading.Lock()

    def get(self) -> llguidance.LLTokenizer:
        with self._lock:
            if self._built is None:
                self._built = llguidance.hf.from_tokenizer(
                    self._hf, n_vocab=self.vocab_size, eos_token=self._eos or None
                )
            return self._built


class GrammarConstraint:
    """Logits processor enforcing one grammar on one sequence (see the module docstring).

    Called once per step with the sequence's token context, whose last entry is the token fed
    in that step: the prompt's last token on the first call, then each generated token.
    """

    def __init__(self, tokenizer: GrammarTokenizer, grammar: str) -> None:
        self.matcher = llguidance.LLMatcher(tokenizer.get(), grammar, log_level=0)
        if self.matcher.is_error():
            raise InvalidInput(f"the grammar cannot be enforced: {self.matcher.get_error()}")
        self.vocab_size = tokenizer.vocab_size
        self.mask = llguidance.numpy.allocate_token_bitmask(1, self.vocab_size)
        self.calls = 0

    def __call__(self, tokens: mx.array, logits: mx.array) -> mx.array:
        if self.calls and not self.matcher.consume_token(int(tokens[-1].item())):
            # Cannot happen for a sampled token (it was allowed); never leave a row all -inf.
            log.warning("grammar matcher rejected a token: %s", self.matcher.get_error())
        self.calls += 1
        if self.matcher.is_error():
            return logits
        llguidance.numpy.fill_next_token_bitmask(self.matcher, self.mask, 0)
        words = mx.array(self.mask[0])  # MLX arrays only here: this runs on the engine thread
        allowed = ((words[:, None] >> mx.array(_BITS)) & 1).reshape(-1)[: logits.shape[-1]]
        return mx.where(allowed.astype(mx.bool_), logits, mx.array(-np.inf, dtype=logits.dtype))
