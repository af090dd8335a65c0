"""Models computed by our CPU kernels against stock mlx-lm on the same checkpoints.

float32 (both sides exact up to summation order): logits within 1e-4 (absolute and relative;
measured gaps are ~1e-5) and 64 greedy tokens identical, for the HF, mlx-lm-converted and lite
layouts, at tiny shapes and at gpt-oss-20b's widths.

bfloat16: a random-weight MoE is chaotic there. Router logits are near-tied, so a rounding
difference anywhere flips a top-4 choice and the logits then differ by O(0.1) (stock's own bf16
run differs that much from its float32 run, and its bf16 greedy tokens part from its float32
ones). So the bf16 comparison pins the routing to the float32 model's expert choices and then
holds ours to stock's own error: our logits must be no farther from float32 than stock's
(measured at 20b widths: mean |d| 0.013 for ours, 0.037 for stock).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import mlx.core as mx
import mlx_lm
import numpy as np
import pytest
from mlx.utils import tree_map
from mlx_lm.convert import convert
from mlx_lm.models import gpt_oss

import loader
from loader import cpu
from loader.cpu.layers import CpuLinear, CpuSwitchGLU
from synthetic import write_checkpoint

PROMPT = list(range(30, 94))  # longer than the tiny sliding window (16)


@pytest.fixture(scope="module")
def narrow_ckpt(tmp_path_factory) -> Path:
    """gpt-oss-20b's widths (2880 hidden, 64 heads, 2880 expert width), 2 layers x 8 experts,
    a 4,096-token vocabulary: the kernels' real shapes at a test's cost."""
    return write_checkpoint(tmp_path_factory.mktemp("narrow") / "ckpt", shape="20b-narrow")


def widen(model):
    model.update(
        tree_map(
            lambda a: a.astype(mx.float32) if a.dtype == mx.bfloat16 else a, model.parameters()
        )
    )
    return model


def ours(path: Path, dtype=mx.bfloat16):
    model = loader.load(path, kernels="cpu", embeddings="device")[0]
    return widen(model) if dtype == mx.float32 else model


def stock(path: Path, dtype=mx.bfloat16):
    """Stock mlx-lm; for lite layouts (which it cannot load) our loader with MLX's kernels, the
    same graph as stock (test_loader_equivalence, test_loader_lite)."""
    if "expert_map" in json.loads((path / "config.json").read_text()):
        model = loader.load(path, kernels="mlx", embeddings="device")[0]
    else:
        model = mlx_lm.load(str(path))[0]
    return widen(model) if dtype == mx.float32 else model


def logits(model, n: int = len(PROMPT)) -> np.ndarray:
    return np.array(model(mx.array([PROMPT[:n]])).astype(mx.float32))[0]


def greedy(model, tokenizer, n: int = 64) -> list[int]:
    return [r.token for r in mlx_lm.stream_generate(model, tokenizer, PROMPT[:8], max_tokens=n)]


@pytest.mark.parametrize("which", ["hf", "mlx", "lite", "20b-widths"])
def test_float32_logits_and_64_greedy_tokens_match_stock(
    which, tiny_ckpt, tiny_lite_ckpt, mlx_layout_ckpt, narrow_ckpt
):
    path = {
        "hf": tiny_ckpt,
        "mlx": mlx_layout_ckpt,
        "lite": tiny_lite_ckpt,
        "20b-widths": narrow_ckpt,
    }[which]
    mine, ref = ours(path, mx.float32), stock(path, mx.float32)
    assert isinstance(mine.lm_head, CpuLinear)
    assert isinstance(mine.layers[0].mlp.experts, CpuSwitchGLU)
    a, b = logits(mine), logits(ref)
    np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-4)
    tok = loader.load(path, kernels="mlx")[1]
    tokens = greedy(mine, tok)
    assert len(tokens) == 64 or tokens[-1] in tok.eos_token_ids
    assert tokens == greedy(ref, tok)


@contextlib.contextmanager
def routing(record: list | None = None, replay: list | None = None) -> Iterator[None]:
    """Record every MoE layer's top-k expert ids, or replay recorded ones, in stock mlx-lm's and
    our model alike (both call gpt_oss.mlx_topk)."""
    original, ids = gpt_oss.mlx_topk, iter(replay or [])

    def topk(a: mx.array, k: int, axis: int = -1):
        if replay is not None:
            idx = next(ids)
            return mx.take_along_axis(a, idx, axis=axis), idx
        values, idx = original(a, k, axis)
        record.append(idx)
        return values, idx

    gpt_oss.mlx_topk = topk
    try:
        yield
    finally:
        gpt_oss.mlx_topk = original


@pytest.mark.parametrize("which", ["hf", "20b-widths"])
def test_bfloat16_logits_are_as_close_to_float32_as_stock(which, tiny_ckpt, narrow_ckpt):
    path, n = (tiny_ckpt, len(PROMPT)) if which == "hf" else (narrow_ckpt, 24)  # stock bf16 is slow
    chosen: list = []
    with routing(record=chosen):
        truth = logits(stock(path, mx.float32), n)
    with routing(replay=chosen):
        mine = logits(ours(path), n)
    with routing(replay=chosen):
        ref = logits(stock(path), n)
    stock_err = np.abs(ref - truth).mean()
    assert 0 < stock_err < 0.1  # the scale the tolerance is taken from
    assert np.abs(mine - truth).mean() <= stock_err
    assert np.abs(mine - ref).mean() <= 2.0 * stock_err


def test_auto_uses_our_kernels_on_the_cpu(tiny_ckpt):
    model, _, info = loader.load(tiny_ckpt)
    assert info.kernels == "cpu" and "our CPU kernels" in info.describe()
    assert isinstance(model.layers[0].self_attn.q_proj, CpuLinear)
    assert isinstance(model.layers[0].mlp.router, CpuLinear)
    model, _, info = loader.load(tiny_ckpt, kernels="mlx")
    assert info.kernels == "mlx" and type(model.lm_head).__name__ == "Linear"


def test_affine_quantized_layers_keep_mlx_kernels(tiny_ckpt, tmp_path):
    out = tmp_path / "q4"
    convert(str(tiny_ckpt), str(out), quantize=True, q_group_size=32, q_bits=4)
    model, _, info = loader.load(out, kernels="cpu")
    assert info.kernels == "cpu"
    assert type(model.layers[0].self_attn.q_proj).__name__ == "QuantizedLinear"
    assert isinstance(model.layers[0].mlp.experts, CpuSwitchGLU)  # MXFP4 experts still ours
    ref = loader.load(out, kernels="mlx")[0]
    assert np.abs(logits(model) - logits(ref)).mean() < 0.1


def test_missing_extension_falls_back_with_the_reason(tiny_ckpt, monkeypatch, caplog):
    broken = cpu.KernelStatus(False, "the extension is not built (no module named _ext)")
    monkeypatch.setattr(cpu, "status", lambda: broken)
    cpu._warn_unavailable.cache_clear()
    with caplog.at_level(logging.INFO, logger="loader"):
        model, _, info = loader.load(tiny_ckpt)
        loader.load(tiny_ckpt)  # said once per process, not per load
    assert info.kernels == "mlx" and type(model.lm_head).__name__ == "Linear"
    assert "MLX's kernels (our CPU kernels are unavailable: the extension is not built" in (
        info.describe()
    )
    warned = [
        r for r in caplog.records if "CPU kernels are unavailable (the extension" in r.message
    ]
    assert len(warned) == 1 and warned[0].levelname == "WARNING"
    assert np.isfinite(logits(model)).all()
    with pytest.raises(ValueError, match="cannot be used: the extension is not built"):
        loader.load(tiny_ckpt, kernels="cpu")


def test_cpu_threads_are_set_at_load(tiny_ckpt):
    before = cpu.threads()
    try:
        loader.load(tiny_ckpt, kernels="cpu", cpu_threads=1)
        assert cpu.threads() == 1
        with pytest.raises(ValueError, match="must be >= 1"):
            loader.load(tiny_ckpt, kernels="cpu", cpu_threads=0)
    finally:
        cpu.set_threads(before)
