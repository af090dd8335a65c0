"""Shared fixture for the engine tests: a tiny random GPT-OSS model and a minimal tokenizer.

Uses mlx-lm's own gpt_oss.Model (same protocol as loader.load's model) with a sliding window
of 8 so short prompts already wrap the rotating caches.
"""

from __future__ import annotations

import mlx.core as mx
import pytest
from mlx_lm.models import gpt_oss


class TinyTokenizer:
    """Only what the engine reads from a tokenizer: eos ids and the vocabulary size."""

    def __init__(self, vocab_size: int, eos: int) -> None:
        self.eos_token_ids = {eos}
        self.vocab = {f"t{i}": i for i in range(vocab_size)}


@pytest.fixture(scope="session")
def tiny_model():
    args = gpt_oss.ModelArgs(
        num_hidden_layers=2, num_local_experts=4, num_experts_per_tok=2, vocab_size=128,
        hidden_size=32, intermediate_size=32, head_dim=8, num_attention_heads=4,
        num_key_value_heads=2, sliding_window=8,
        rope_scaling={"rope_type": "yarn", "factor": 32.0,
                      "original_max_position_embeddings": 4096, "beta_fast": 32.0,
                      "beta_slow": 1.0, "truncate": False},
        layer_types=["sliding_attention", "full_attention"],
    )
    mx.random.seed(0)
    model = gpt_oss.Model(args)
    mx.eval(model.parameters())
    return model, TinyTokenizer(args.vocab_size, eos=127)
