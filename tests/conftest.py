"""Shared pytest fixtures: tiny synthetic GPT-OSS checkpoints in the real Hugging Face layout.

Built once per session into pytest's temp dir (about a megabyte each, well under a second):
`tiny_ckpt` is uniform (4 layers x 8 experts, top-4); `tiny_lite_ckpt` is the lite layout with
8,6,4,8 experts and an expert_map. Tests that modify a checkpoint must copy it first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.synthetic import write_checkpoint


@pytest.fixture(scope="session")
def tiny_ckpt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("ckpt") / "tiny", shape="tiny", seed=0)


@pytest.fixture(scope="session")
def tiny_lite_ckpt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(
        tmp_path_factory.mktemp("ckpt") / "tiny-lite", shape="tiny", experts=[8, 6, 4, 8], seed=1
    )
