"""Shared pytest fixtures: tiny synthetic GPT-OSS checkpoints in the real Hugging Face layout.

Built once per session into pytest's temp dir (about a megabyte each, well under a second):
`tiny_ckpt` is uniform (4 layers x 8 experts, top-4); `tiny_lite_ckpt` is the lite layout with
8,6,4,8 experts and an expert_map. Tests that modify a checkpoint must copy it first.
"""

from __future__ import annotations

from pathlib import Path

import mlx.core as mx
import pytest
from mlx.utils import tree_map

import loader
from loader import cpu
from synthetic import write_checkpoint


@pytest.fixture(scope="session")
def tiny_ckpt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("ckpt") / "tiny", shape="tiny", seed=0)


@pytest.fixture(scope="session")
def mlx_layout_ckpt(tiny_ckpt: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`tiny_ckpt` converted by stock `mlx_lm.convert` (the mlx layout, not quantized)."""
    from mlx_lm.convert import convert

    out = tmp_path_factory.mktemp("mlx") / "ckpt"
    convert(str(tiny_ckpt), str(out))
    return out


@pytest.fixture(scope="session")
def K():
    """Our compiled CPU kernels (loader.cpu's extension); they must build on these machines."""
    assert cpu.status().available, f"our CPU kernels must build here: {cpu.status().reason}"
    return cpu.ext()


@pytest.fixture(scope="session")
def tiny_lite_ckpt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(
        tmp_path_factory.mktemp("ckpt") / "tiny-lite", shape="tiny", experts=[8, 6, 4, 8], seed=1
    )


def _load_f32(path: Path):
    """loader.load, with bf16 weights widened to float32 (MXFP4 experts stay quantized).

    In bf16 a random model has near-tied router logits, and the rounding differences between a
    batched and a single-row matmul flip expert choices; float32 makes "batched == alone"
    an exact property (checked: bit-identical logprobs) instead of a coin toss. The embedding
    is kept on the device so that it is widened too.
    """
    model, tok, info = loader.load(path, embeddings="device")
    model.update(
        tree_map(
            lambda x: x.astype(mx.float32) if x.dtype == mx.bfloat16 else x, model.parameters()
        )
    )
    return model, tok, info


@pytest.fixture(scope="session")
def load_f32():
    """The float32 loader above, for tests that load a checkpoint of their own choosing."""
    return _load_f32


@pytest.fixture(scope="module")
def tiny_model(tiny_ckpt: Path):
    """loader.load's model (4 layers x 8 experts, window 16) in float32, and its tokenizer."""
    model, tok, _ = _load_f32(tiny_ckpt)
    return model, tok


@pytest.fixture(scope="session")
def slow_reads() -> str:
    """Python prelude for a build subprocess: every 16 MB read sleeps 50 ms, so a signal sent
    after the build starts lands mid-write whatever the machine's speed."""
    return (
        "import sys, time, loader.safetensors_file as sf\n"
        "orig = sf.iter_range\n"
        "def slow(*a, **k):\n"
        "    for b in orig(*a, **k):\n"
        "        time.sleep(0.05); yield b\n"
        "sf.iter_range = slow\n"
    )
