"""Lite checkpoints: per-layer expert counts load, and a sliced model is exact where it should be."""

from __future__ import annotations

import mlx.core as mx

import loader


def test_lite_fixture_loads_with_per_layer_counts(tiny_lite_ckpt):
    model, _, info = loader.load(tiny_lite_ckpt)
    assert info.layout == "lite"
    assert info.experts_per_layer == (8, 6, 4, 8)
    assert [b.mlp.router.weight.shape[0] for b in model.layers] == [8, 6, 4, 8]
    assert [b.mlp.experts.gate_proj.weight.shape[0] for b in model.layers] == [8, 6, 4, 8]
    logits = model(mx.array([[3, 4, 5]]))
    assert logits.shape == (1, 3, info.config.vocab_size)
    assert not mx.isnan(logits).any().item()
