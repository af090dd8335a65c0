"""Writer tests on byte-level HF-layout checkpoints: slicing, bit-for-bit copies, verification,
atomicity.

These use random bytes in the real GPT-OSS tensor names and shapes (tiny widths); model-level checks
(logits, stock mlx_lm.load) live in test_builder_roundtrip.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from builder.errors import BuildError
from builder.source import read_source
from builder.writer import verify, write_lite

LAYERS, E, TOPK, H, I = 3, 8, 2, 64, 32


def _u8(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(rng.bytes(int(np.prod(shape))), dtype=np.uint8).reshape(shape)


def _layer_tensors(
    rng: np.random.Generator, layer: int, experts: int, H: int = H, I: int = I
) -> dict[str, np.ndarray]:
    p = f"model.layers.{layer}"
    return {
        f"{p}.input_layernorm.weight": rng.standard_normal(H).astype(np.float16),
        f"{p}.post_attention_layernorm.weight": rng.standard_normal(H).astype(np.float16),
        f"{p}.self_attn.q_proj.weight": rng.standard_normal((4 * 8, H)).astype(np.float16),
        f"{p}.self_attn.q_proj.bias": rng.standard_normal(4 * 8).astype(np.float16),
        f"{p}.self_attn.k_proj.bias": rng.standard_normal(2 * 8).astype(np.float16),
        f"{p}.self_attn.o_proj.bias": rng.standard_normal(H).astype(np.float16),
        f"{p}.self_attn.sinks": rng.standard_normal(4).astype(np.float32),
        f"{p}.mlp.router.weight": rng.standard_normal((experts, H)).astype(np.float16),
        f"{p}.mlp.router.bias": rng.standard_normal(experts).astype(np.float16),
        f"{p}.mlp.experts.gate_up_proj_blocks": _u8(rng, (experts, 2 * I, H // 32, 16)),
        f"{p}.mlp.experts.gate_up_proj_scales": rng.integers(
            110, 130, (experts, 2 * I, H // 32), dtype=np.uint8
        ),
        f"{p}.mlp.experts.gate_up_proj_bias": rng.standard_normal((experts, 2 * I)).astype(
            np.float16
        ),
        f"{p}.mlp.experts.down_proj_blocks": _u8(rng, (experts, H, I // 32, 16)),
        f"{p}.mlp.experts.down_proj_scales": rng.integers(
            110, 130, (experts, H, I // 32), dtype=np.uint8
        ),
        f"{p}.mlp.experts.down_proj_bias": rng.standard_normal((experts, H)).astype(np.float16),
    }


def _write_src(d: Path, layers: int = LAYERS, experts: int = E, h: int = H, i: int = I) -> Path:
    """A two-shard checkpoint whose attention biases and sinks are all present."""
    rng = np.random.default_rng(0)
    d.mkdir()
    shards = [{"model.embed_tokens.weight": rng.standard_normal((50, h)).astype(np.float16)}, {}]
    for layer in range(layers):
        shards[layer % 2].update(_layer_tensors(rng, layer, experts, h, i))
    shards[1]["model.norm.weight"] = rng.standard_normal(h).astype(np.float16)
    shards[1]["lm_head.weight"] = rng.standard_normal((50, h)).astype(np.float16)
    weight_map = {}
    for k, tensors in enumerate(shards):
        name = f"model-0000{k}-of-00002.safetensors"
        save_file(tensors, str(d / name), metadata={"format": "pt"})
        weight_map.update({n: name for n in tensors})
    (d / "model.safetensors.index.json").write_text(json.dumps({"weight_map": weight_map}))
    cfg = {
        "model_type": "gpt_oss",
        "num_hidden_layers": layers,
        "num_local_experts": experts,
        "num_experts_per_tok": TOPK,
        "hidden_size": h,
        "intermediate_size": i,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 8,
        "vocab_size": 50,
    }
    (d / "config.json").write_text(json.dumps(cfg))
    (d / "tokenizer.json").write_text('{"fake": "tokenizer bytes are copied, not parsed"}')
    (d / "generation_config.json").write_text('{"eos_token_id": [200002, 200012]}')
    (d / "README.md").write_text("not copied")
    return d


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return _write_src(tmp_path / "src")


def _all(d: Path) -> dict[str, np.ndarray]:
    out = {}
    for p in sorted(d.glob("*.safetensors")):
        out.update(load_file(str(p)))
    return out


MAPS = [
    pytest.param([[0, 1, 2, 3, 4, 5, 6, 7]] * LAYERS, id="identity"),
    pytest.param([[1, 6], [0, 2, 5, 7], [3, 4, 5]], id="tiered"),
    pytest.param([[2, 3, 5, 7]] * LAYERS, id="uniform-4"),
]


@pytest.mark.parametrize("emap", MAPS)
def test_slices_experts_and_copies_everything_else(src: Path, tmp_path: Path, emap) -> None:
    dst = tmp_path / "lite"
    report = write_lite(read_source(src), dst, emap, show_progress=False)
    before, after = _all(src), _all(dst)
    assert set(after) == set(before)
    for name, arr in before.items():
        if ".mlp.experts." in name or ".mlp.router." in name:
            layer = int(name.split(".")[2])
            np.testing.assert_array_equal(after[name], arr[emap[layer]])
        else:
            assert after[name].dtype == arr.dtype
            assert after[name].tobytes() == arr.tobytes(), name
    # The earlier builder's bug: attention biases and sinks silently dropped.
    assert all(f"model.layers.{l}.self_attn.sinks" in after for l in range(LAYERS))
    assert all(f"model.layers.{l}.self_attn.q_proj.bias" in after for l in range(LAYERS))
    cfg = json.loads((dst / "config.json").read_text())
    counts = [len(k) for k in emap]
    assert cfg["num_local_experts"] == (counts[0] if len(set(counts)) == 1 else counts)
    assert cfg["expert_map"] == emap and cfg["original_num_local_experts"] == E
    index = json.loads((dst / "model.safetensors.index.json").read_text())
    assert set(index["weight_map"]) == set(before)
    assert (dst / "tokenizer.json").read_bytes() == (src / "tokenizer.json").read_bytes()
    assert (dst / "generation_config.json").exists() and not (dst / "README.md").exists()
    assert report["experts_after"] == sum(counts) and report["tensors_verified"] == len(before)
    assert (report["bytes_after"] < report["bytes_before"]) == (sum(counts) < LAYERS * E)
    assert json.loads((dst / "build_report.json").read_text())["expert_map"] == emap


def test_rebuild_from_lite_source_composes_expert_map(src: Path, tmp_path: Path) -> None:
    first = tmp_path / "first"
    write_lite(read_source(src), first, [[1, 3, 5, 7]] * LAYERS, show_progress=False)
    second = tmp_path / "second"
    write_lite(read_source(first), second, [[3, 7]] * LAYERS, show_progress=False)
    w = load_file(str(src / "model-00000-of-00002.safetensors"))["model.layers.0.mlp.router.weight"]
    got = _all(second)["model.layers.0.mlp.router.weight"]
    np.testing.assert_array_equal(got, w[[3, 7]])
    assert json.loads((second / "config.json").read_text())["expert_map"] == [[3, 7]] * LAYERS


@pytest.mark.parametrize(
    "emap, message",
    [
        ([[0]] * LAYERS, "fewer than top-k"),
        ([[0, 9]] * LAYERS, "not in the source"),
        ([[0, 1]] * (LAYERS - 1), "layers"),
    ],
)
def test_rejects_bad_expert_maps(src: Path, tmp_path: Path, emap, message) -> None:
    with pytest.raises(BuildError, match=message):
        write_lite(read_source(src), tmp_path / "x", emap, show_progress=False)
    assert not (tmp_path / "x").exists()


def test_refuses_existing_output_without_force(src: Path, tmp_path: Path) -> None:
    dst = tmp_path / "lite"
    dst.mkdir()
    (dst / "keep.txt").write_text("mine")
    with pytest.raises(BuildError, match="--force"):
        write_lite(read_source(src), dst, [[0, 1]] * LAYERS, show_progress=False)
    assert (dst / "keep.txt").read_text() == "mine"
    write_lite(read_source(src), dst, [[0, 1]] * LAYERS, force=True, show_progress=False)
    assert not (dst / "keep.txt").exists() and (dst / "config.json").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_verify_catches_a_dropped_sink(src: Path, tmp_path: Path) -> None:
    dst = tmp_path / "lite"
    emap = [[0, 1, 2]] * LAYERS
    write_lite(read_source(src), dst, emap, show_progress=False)
    shard = dst / "model-00001-of-00002.safetensors"
    tensors = load_file(str(shard))
    del tensors["model.layers.1.self_attn.sinks"]
    save_file(tensors, str(shard))
    rows = [list(r) for r in emap]
    with pytest.raises(BuildError, match="self_attn.sinks missing"):
        verify(read_source(src), dst, rows)


def test_verify_catches_a_changed_byte(src: Path, tmp_path: Path) -> None:
    dst = tmp_path / "lite"
    write_lite(read_source(src), dst, [[0, 1, 2]] * LAYERS, show_progress=False)
    shard = dst / "model-00000-of-00002.safetensors"
    tensors = load_file(str(shard))
    tensors["model.layers.0.self_attn.o_proj.bias"][3] += 1
    save_file(tensors, str(shard))
    with pytest.raises(BuildError, match="o_proj.bias bytes differ"):
        verify(read_source(src), dst, [[0, 1, 2]] * LAYERS)


def test_killed_build_leaves_nothing_at_output(src: Path, tmp_path: Path, slow_reads: str) -> None:
    dst = tmp_path / "lite"
    # Slow each chunk down so the kill lands mid-write, whatever the machine's speed.
    code = slow_reads + (
        "import builder.writer as w\n"
        "from builder.source import read_source\n"
        f"w.write_lite(read_source({str(src)!r}), {str(dst)!r}, [[0, 1]] * {LAYERS})\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline and not any(
        p.name.startswith(".lite.building") for p in tmp_path.iterdir()
    ):
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not dst.exists()
    assert os.listdir(src)  # source untouched
    # The next build of the same DST clears what the killed one left and succeeds.
    left = [p for p in tmp_path.iterdir() if p.name.startswith(".lite.building")]
    assert left
    write_lite(read_source(src), dst, [[0, 1]] * LAYERS, show_progress=False)
    assert (dst / "build_report.json").exists() and not any(p.exists() for p in left)


def test_20b_widths_round_trip(tmp_path: Path) -> None:
    """Real GPT-OSS-20B expert widths (32 experts, hidden and intermediate 2880), one layer."""
    src = _write_src(tmp_path / "src", layers=1, experts=32, h=2880, i=2880)
    emap = [[0, 3, 4, 9, 17, 31]]
    write_lite(read_source(src), tmp_path / "lite", emap, show_progress=False)
    before, after = _all(src), _all(tmp_path / "lite")
    assert set(after) == set(before)
    for name, arr in before.items():
        layer = int(name.split(".")[2]) if ".mlp." in name else None
        want = arr if layer is None else arr[emap[layer]]
        assert after[name].shape == want.shape and after[name].tobytes() == want.tobytes(), name
    assert after["model.layers.0.mlp.experts.gate_up_proj_blocks"].shape == (6, 5760, 90, 16)


def test_failed_forced_rebuild_keeps_the_old_output(src: Path, tmp_path: Path, monkeypatch) -> None:
    dst = tmp_path / "lite"
    write_lite(read_source(src), dst, [[0, 1]] * LAYERS, show_progress=False)
    before = {p.name: p.read_bytes() for p in dst.iterdir()}

    def broken(*_a, **_k):
        raise BuildError("verification failed for 1 tensor(s): simulated")

    from builder import writer

    monkeypatch.setattr(writer, "verify", broken)
    with pytest.raises(BuildError, match="simulated"):
        write_lite(read_source(src), dst, [[2, 3, 4]] * LAYERS, force=True, show_progress=False)
    assert {p.name: p.read_bytes() for p in dst.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_mlx_converted_sources(src: Path) -> None:
    cfg = json.loads((src / "config.json").read_text())
    cfg["quantization"] = {"group_size": 32, "bits": 4, "mode": "mxfp4"}
    (src / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(BuildError, match="mlx-lm converted"):
        read_source(src)
