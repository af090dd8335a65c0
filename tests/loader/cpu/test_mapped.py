"""Experts left in the checkpoint files (`experts="mapped"`) against experts in MLX memory.

Both run the same kernel over the same MXFP4 bytes; only where the bytes live differs (and, in
the Hugging Face and lite layouts, that gate and up rows are read interleaved in place rather
than split at load). So logits must agree to float32 rounding and greedy tokens exactly.
"""

from __future__ import annotations

import mlx.core as mx
import numpy as np
import pytest
from mlx.utils import tree_flatten

import loader
from loader.cpu.mapped import MappedSwitchGLU
from loader.loading import resolve_experts

PROMPT = list(range(30, 94))


def run(model) -> tuple[np.ndarray, list[int]]:
    logits = np.array(model(mx.array([PROMPT])).astype(mx.float32))[0]
    tokens, ids = [], mx.array([PROMPT[:8]])
    cache = model.make_cache()
    for _ in range(16):
        step = model(ids, cache=cache)
        ids = mx.argmax(step[:, -1:], axis=-1)
        tokens.append(int(ids.item()))
    return logits, tokens


@pytest.mark.parametrize("which", ["hf", "mlx", "lite"])
def test_mapped_experts_compute_what_experts_in_memory_do(
    which, tiny_ckpt, tiny_lite_ckpt, mlx_layout_ckpt
):
    path = {"hf": tiny_ckpt, "mlx": mlx_layout_ckpt, "lite": tiny_lite_ckpt}[which]
    mapped, _, info = loader.load(path, kernels="cpu", experts="mapped")
    memory, _, info_memory = loader.load(path, kernels="cpu", experts="memory")
    assert info.experts == "mapped" and "memory-mapped from the files" in info.describe()
    assert all(isinstance(layer.mlp.experts, MappedSwitchGLU) for layer in mapped.layers)
    assert not any(".experts." in k for k, _ in tree_flatten(mapped.parameters()))
    expert_bytes = sum(layer.mlp.experts.nbytes_mapped for layer in mapped.layers)
    resident = info_memory.estimated_resident_bytes - info.estimated_resident_bytes
    assert resident == expert_bytes > 0
    (a, ta), (b, tb) = run(mapped), run(memory)
    np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)
    assert ta == tb


def test_mapped_experts_need_our_kernels(tiny_ckpt):
    with pytest.raises(ValueError, match="mapped experts need our CPU kernels"):
        loader.load(tiny_ckpt, kernels="mlx", experts="mapped")
    with pytest.raises(ValueError, match="experts must be one of"):
        loader.load(tiny_ckpt, experts="disk")


@pytest.mark.parametrize(
    "available,expected", [(None, "memory"), (10**12, "memory"), (1, "mapped")]
)
def test_auto_maps_experts_only_when_the_model_does_not_fit(
    tiny_ckpt, monkeypatch, available, expected
):
    info = loader.inspect(tiny_ckpt, kernels="cpu")
    monkeypatch.setattr("loader.loading.memory_available", lambda: available)
    assert resolve_experts("auto", "cpu", info) == expected
    assert resolve_experts("auto", "mlx", info) == "memory"  # MLX's kernels cannot read maps


def test_mapped_kernel_rejects_mismatched_inputs(tiny_ckpt):
    model = loader.load(tiny_ckpt, kernels="cpu", experts="mapped")[0]
    block = model.layers[0].mlp.experts
    H = model.args.hidden_size
    x = mx.zeros((1, 3, H), dtype=mx.bfloat16)
    ids = mx.zeros((1, 3, 4), dtype=mx.uint32)
    assert block(x, ids).shape == (1, 3, 4, H)
    # the stacks are raw addresses: every shape is checked before anything is read
    for bad_x, bad_ids, needle in [
        (x, mx.zeros((1, 2, 4), dtype=mx.uint32), "share leading dimensions"),
        (x, ids.astype(mx.float32), "indices must be uint32 or int32"),
        (mx.zeros((1, 3, H + 32), dtype=mx.bfloat16), ids, "do not match"),
    ]:
        with pytest.raises(ValueError, match=needle):
            block(bad_x, bad_ids)
    ids_out_of_range = mx.full((1, 3, 4), 10**6, dtype=mx.uint32)
    assert not mx.any(block(x, ids_out_of_range)).item()  # unknown experts give zero rows
