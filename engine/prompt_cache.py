"""Prompt-prefix KV cache reuse: a thin policy layer over mlx-lm's `LRUPromptCache`.

mlx-lm's trie + LRU finds the longest stored prefix of a new prompt (and trims a longer
entry when every layer's cache is trimmable — never the case for a RotatingKVCache that has
wrapped around its sliding window, which the LRU checks for us). This module adds what the
engine needs on top: the rest of the prompt is never empty (the last prompt token must run
through the model to get next-token logits), stored states are evaluated right away so they
do not pin the live batch's buffers, and size 0 switches reuse off entirely.
"""

from __future__ import annotations

import logging
from typing import Any

import mlx.core as mx
from mlx_lm.models.cache import LRUPromptCache, can_trim_prompt_cache, trim_prompt_cache

log = logging.getLogger(__name__)

# One engine serves one model, so every entry shares this key in the trie.
_MODEL_KEY = "model"


class PrefixCache:
    """LRU of per-layer KV caches keyed by the token sequence they contain."""

    def __init__(self, max_entries: int = 8, max_bytes: int = 1 << 30) -> None:
        self.enabled = max_entries > 0 and max_bytes > 0
        self._lru = LRUPromptCache(max_size=max(max_entries, 1), max_bytes=max_bytes)

    def __len__(self) -> int:
        return len(self._lru) if self.enabled else 0

    @property
    def nbytes(self) -> int:
        return self._lru.nbytes if self.enabled else 0

    def lookup(self, prompt: list[int]) -> tuple[list[Any] | None, list[int]]:
        """A private copy of the best cached state for `prompt` and the tokens still to run.

        The returned rest is never empty; `len(prompt) - len(rest)` tokens were reused.
        """
        if not self.enabled or not prompt:
            return None, list(prompt)
        cache, rest = self._lru.fetch_nearest_cache(_MODEL_KEY, list(prompt))
        if cache is not None and not rest:
            # Exact hit: step back one token so the model still sees the last prompt token.
            if can_trim_prompt_cache(cache) and trim_prompt_cache(cache, 1) == 1:
                rest = list(prompt[-1:])
            else:
                cache, rest = self._lookup_shorter(prompt)
        return cache, list(rest)

    def _lookup_shorter(self, prompt: list[int]) -> tuple[list[Any] | None, list[int]]:
        cache, rest = self._lru.fetch_nearest_cache(_MODEL_KEY, list(prompt[:-1]))
        if cache is None or not rest:
            return None, list(prompt)
        return cache, list(rest) + list(prompt[-1:])

    def store(self, tokens: list[int], cache: list[Any], kind: str = "assistant") -> None:
        """Remember `cache` as the state after `tokens` (kind: "assistant" | "user" | "system")."""
        if not self.enabled or not tokens or not cache:
            return
        mx.eval([c.state for c in cache])
        self._lru.insert_cache(_MODEL_KEY, list(tokens), cache, cache_type=kind)
        log.debug(
            "prefix cache: stored %d tokens (%d entries, %d bytes)",
            len(tokens),
            len(self._lru),
            self._lru.nbytes,
        )
