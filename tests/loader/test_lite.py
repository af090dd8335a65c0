"""Lite checkpoints: per-layer expert counts load, and a model sliced from a full one gives
identical logits for tokens whose routed experts were all kept.

The slicer here is deliberately minimal test code (mx.load/mx.save_safetensors on the tiny
fixture), following docs/CONTRACTS.md; the real writer is the builder's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import mlx.core as mx
import pytest

import loader

_EXPERT_KEYS = ("mlp.router.weight", "mlp.router.bias") + tuple(
    f"mlp.experts.{p}_{s}"
    for p in ("gate_up_proj", "down_proj")
    for s in ("blocks", "scales", "bias")
)


def slice_to_lite(src: Path, out: Path, keep: list[list[int]]) -> Path:
    """Write a lite copy of `src` that keeps, per layer, the original expert ids in `keep`."""
    out.mkdir()
    index = json.loads((src / "model.safetensors.index.json").read_text())
    for shard in sorted(set(index["weight_map"].values())):
        tensors = mx.load(str(src / shard))
        for name in list(tensors):
            parts = name.split(".")
            if name.startswith("model.layers.") and ".".join(parts[3:]) in _EXPERT_KEYS:
                tensors[name] = tensors[name][mx.array(keep[int(parts[2])])]
        mx.save_safetensors(str(out / shard), tensors, metadata={"format": "pt"})
    for f in src.iterdir():
        if not f.name.endswith(".safetensors") and f.name != "config.json":
            shutil.copy(f, out / f.name)
    cfg = json.loads((src / "config.json").read_text())
    cfg["original_num_local_experts"] = cfg["num_local_experts"]
    cfg["num_local_experts"] = [len(k) for k in keep]
    cfg["expert_map"] = keep
    (out / "config.json").write_text(json.dumps(cfg))
    return out


def test_lite_fixture_loads_with_per_layer_counts(tiny_lite_ckpt):
    model, _, info = loader.load(tiny_lite_ckpt)
    assert info.layout == "lite"
    assert info.experts_per_layer == (8, 6, 4, 8)
    assert [b.mlp.router.weight.shape[0] for b in model.layers] == [8, 6, 4, 8]
    assert [b.mlp.experts.gate_proj.weight.shape[0] for b in model.layers] == [8, 6, 4, 8]
    logits = model(mx.array([[3, 4, 5]]))
    assert logits.shape == (1, 3, info.config.vocab_size)
    assert not mx.isnan(logits).any().item()


def _routed(model, tokens: list[int]) -> list[set[int]]:
    seen: list[set[int]] = [set() for _ in model.layers]

    def observe(obs):
        seen[obs.layer].update(int(i) for i in obs.expert_ids.reshape(-1).tolist())

    model.set_expert_observer(observe)
    mx.eval(model(mx.array([tokens])))
    model.set_expert_observer(None)
    return seen


@pytest.mark.parametrize("tokens", [[5, 9], [40, 41, 42]])
def test_sliced_lite_model_is_exact_for_kept_routes(tiny_ckpt, tmp_path, tokens):
    full, _, info = loader.load(tiny_ckpt)
    n_experts, top_k = info.config.experts_per_layer[0], info.config.num_experts_per_tok
    used = _routed(full, tokens)
    # Keep what the prompt routes to plus one more expert, so some layers really are pruned.
    keep = []
    for ids in used:
        extra = [e for e in range(n_experts) if e not in ids][:1]
        padding = set(extra) if len(ids) >= top_k else set(range(top_k))
        keep.append(sorted(ids | padding))
    assert any(len(k) < n_experts for k in keep)
    lite_path = slice_to_lite(tiny_ckpt, tmp_path / "lite", keep)
    lite, _, lite_info = loader.load(lite_path)
    assert lite_info.layout == "lite"
    assert list(lite_info.experts_per_layer) == [len(k) for k in keep]
    x = mx.array([tokens])
    assert mx.array_equal(full(x), lite(x)).item()
    # Routing in the lite model reports ORIGINAL ids, the same ones the full model used.
    assert _routed(lite, tokens) == used


def test_sliced_lite_model_differs_when_a_routed_expert_is_dropped(tiny_ckpt, tmp_path):
    full, _, info = loader.load(tiny_ckpt)
    tokens = [5, 9]
    used = _routed(full, tokens)
    n = info.config.experts_per_layer[0]
    # Drop one routed expert in layer 0 (keep all others): the logits must change.
    dropped = min(used[0])
    keep = [[e for e in range(n) if e != dropped]] + [list(range(n))] * (len(used) - 1)
    lite, _, _ = loader.load(slice_to_lite(tiny_ckpt, tmp_path / "lite", keep))
    x = mx.array([tokens])
    assert not mx.array_equal(full(x), lite(x)).item()
