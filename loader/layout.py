"""Tensor layouts of GPT-OSS checkpoints and their validation from safetensors headers alone.

`hf_tensor_specs` is the single source of truth for the Hugging Face layout (the synthetic
writer and the validator both use it). `scan_checkpoint` reads every shard header, detects the
layout ("hf", "lite" or "mlx") and reports missing, extra or mis-shaped tensors by name and layer;
`read_shards` is its shard discovery alone, which the builder shares.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from loader.config import MXFP4_GROUP, GptOssConfig
from loader.errors import CheckpointError
from loader.safetensors_file import ShardHeader, TensorEntry, read_header

INDEX_NAME = "model.safetensors.index.json"
# MXFP4 packs two 4-bit codes per byte, so a 32-wide group is 16 bytes.
MXFP4_GROUP_BYTES = MXFP4_GROUP // 2
_LAYER_RE = re.compile(r"model\.layers\.(\d+)\.")


@dataclass(frozen=True)
class TensorSpec:
    shape: tuple[int, ...]
    dtype: str


def hf_tensor_specs(cfg: GptOssConfig) -> dict[str, TensorSpec]:
    """Every tensor of the HF layout (lite included) with its shape and dtype, in file order."""
    H, I, D = cfg.hidden_size, cfg.intermediate_size, cfg.head_dim
    nq, nkv = cfg.num_attention_heads, cfg.num_key_value_heads
    bf16 = "BF16"
    specs = {"model.embed_tokens.weight": TensorSpec((cfg.vocab_size, H), bf16)}
    for layer, E in enumerate(cfg.experts_per_layer):
        p = f"model.layers.{layer}."
        specs.update(
            {
                p + "input_layernorm.weight": TensorSpec((H,), bf16),
                p + "self_attn.q_proj.weight": TensorSpec((nq * D, H), bf16),
                p + "self_attn.q_proj.bias": TensorSpec((nq * D,), bf16),
                p + "self_attn.k_proj.weight": TensorSpec((nkv * D, H), bf16),
                p + "self_attn.k_proj.bias": TensorSpec((nkv * D,), bf16),
                p + "self_attn.v_proj.weight": TensorSpec((nkv * D, H), bf16),
                p + "self_attn.v_proj.bias": TensorSpec((nkv * D,), bf16),
                p + "self_attn.o_proj.weight": TensorSpec((H, nq * D), bf16),
                p + "self_attn.o_proj.bias": TensorSpec((H,), bf16),
                p + "self_attn.sinks": TensorSpec((nq,), bf16),
                p + "post_attention_layernorm.weight": TensorSpec((H,), bf16),
                p + "mlp.router.weight": TensorSpec((E, H), bf16),
                p + "mlp.router.bias": TensorSpec((E,), bf16),
                p + "mlp.experts.gate_up_proj_blocks": TensorSpec(
                    (E, 2 * I, H // MXFP4_GROUP, MXFP4_GROUP_BYTES), "U8"
                ),
                p + "mlp.experts.gate_up_proj_scales": TensorSpec(
                    (E, 2 * I, H // MXFP4_GROUP), "U8"
                ),
                p + "mlp.experts.gate_up_proj_bias": TensorSpec((E, 2 * I), bf16),
                p + "mlp.experts.down_proj_blocks": TensorSpec(
                    (E, H, I // MXFP4_GROUP, MXFP4_GROUP_BYTES), "U8"
                ),
                p + "mlp.experts.down_proj_scales": TensorSpec((E, H, I // MXFP4_GROUP), "U8"),
                p + "mlp.experts.down_proj_bias": TensorSpec((E, H), bf16),
            }
        )
    specs["model.norm.weight"] = TensorSpec((H,), bf16)
    specs["lm_head.weight"] = TensorSpec((cfg.vocab_size, H), bf16)
    return specs


@dataclass(frozen=True)
class CheckpointScan:
    """What the headers say: shard files, every tensor entry, the layout, bytes on disk."""

    path: Path
    shards: tuple[ShardHeader, ...]
    tensors: dict[str, TensorEntry]
    layout: str
    bytes_on_disk: int


def parameter_count(cfg: GptOssConfig) -> int:
    """Logical parameters (each MXFP4 weight counts once, scales do not); layout-independent."""
    return count_parameters({name: spec.shape for name, spec in hf_tensor_specs(cfg).items()})


def count_parameters(shapes: Mapping[str, tuple[int, ...]]) -> int:
    """Parameters as users count them, from tensor names and shapes (headers or specs)."""
    total = 0
    for name, shape in shapes.items():
        if name.endswith(("_scales", ".scales")):
            continue
        n = math.prod(shape)
        total += 2 * n if name.endswith("_blocks") else n  # two FP4 codes per byte
    return total


def shard_files(path: Path) -> list[Path]:
    """Shards named by model.safetensors.index.json, else every *.safetensors in the folder."""
    index = path / INDEX_NAME
    if index.is_file():
        try:
            weight_map = json.loads(index.read_text())["weight_map"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(f"{index}: unreadable index ({exc}); regenerate it") from exc
        names = sorted(set(weight_map.values()))
        missing = [n for n in names if not (path / n).is_file()]
        if missing:
            raise CheckpointError(f"{index}: names shard files that do not exist: {missing}")
        return [path / n for n in names]
    files = sorted(path.glob("*.safetensors"))
    if not files:
        raise CheckpointError(f"{path}: no *.safetensors weight files found")
    return files


def read_shards(path: Path) -> tuple[tuple[ShardHeader, ...], dict[str, TensorEntry]]:
    """Every shard header of the checkpoint at `path`, and each tensor by name (one shard each)."""
    shards = tuple(read_header(f) for f in shard_files(path))
    tensors: dict[str, TensorEntry] = {}
    for shard in shards:
        for name, entry in shard.tensors.items():
            if name in tensors:
                raise CheckpointError(f"{shard.path}: tensor {name} also appears in another shard")
            tensors[name] = entry
    return shards, tensors


def scan_checkpoint(path: Path, cfg: GptOssConfig) -> CheckpointScan:
    """Read and validate every shard header, detect the layout, check names and shapes."""
    shards, tensors = read_shards(path)
    _check_index(path, shards)
    if any(n.endswith("gate_up_proj_blocks") for n in tensors):
        layout = "hf" if cfg.is_uniform and cfg.is_identity_map else "lite"
        _check_hf(tensors, hf_tensor_specs(cfg))
    elif any(n.endswith("experts.gate_proj.weight") for n in tensors):
        if cfg.quantization is None:
            raise CheckpointError(
                f"{path}/config.json: tensors are in the mlx-lm layout but config has no "
                "'quantization' block; re-convert with mlx_lm.convert"
            )
        layout = "mlx"
        _check_mlx(tensors, cfg)
    else:
        raise CheckpointError(
            f"{path}: no expert tensors found (expected mlp.experts.gate_up_proj_blocks or "
            "mlp.experts.gate_proj.weight); is this a GPT-OSS checkpoint?"
        )
    disk = sum(s.file_size for s in shards)
    return CheckpointScan(path, shards, tensors, layout, disk)


def _check_index(path: Path, shards: tuple[ShardHeader, ...]) -> None:
    index = path / INDEX_NAME
    if not index.is_file():
        return
    weight_map = json.loads(index.read_text())["weight_map"]
    for shard in shards:
        for name in shard.tensors:
            if weight_map.get(name) != shard.path.name:
                raise CheckpointError(
                    f"{index}: tensor {name} is in {shard.path.name} but the index says "
                    f"{weight_map.get(name)}; regenerate the index"
                )
    present = {n for s in shards for n in s.tensors}
    lost = sorted(set(weight_map) - present)
    if lost:
        raise CheckpointError(f"{index}: lists tensors no shard holds: {_few(lost)}")


def _check_hf(tensors: dict[str, TensorEntry], specs: dict[str, TensorSpec]) -> None:
    missing = [n for n in specs if n not in tensors]
    if missing:
        raise CheckpointError(
            f"missing tensors {_few(missing)} (config expects {len(specs)}, found "
            f"{len(tensors)}); the checkpoint is incomplete or config.json does not match it"
        )
    extra = sorted(n for n in tensors if n not in specs)
    if extra:
        raise CheckpointError(
            f"unexpected tensors {_few(extra)}; config.json (num_hidden_layers, num_local_experts)"
            " does not describe these weights"
        )
    for name, spec in specs.items():
        entry = tensors[name]
        if entry.shape != spec.shape or entry.dtype != spec.dtype:
            match = _LAYER_RE.match(name)
            where = f" (layer {match.group(1)})" if match else ""
            raise CheckpointError(
                f"tensor {name}{where}: expected {spec.dtype}{list(spec.shape)}, found "
                f"{entry.dtype}{list(entry.shape)}; config.json and the weights disagree"
            )


def _check_mlx(tensors: dict[str, TensorEntry], cfg: GptOssConfig) -> None:
    """Header-level checks for the mlx layout: layers present and per-layer expert counts.

    Exact shapes depend on the quantization mlx-lm chose per module, so they are checked
    against the built model at load time (`loader.loading`).
    """
    layers = {int(m.group(1)) for n in tensors if (m := _LAYER_RE.match(n))}
    expected = set(range(cfg.num_hidden_layers))
    if layers != expected:
        raise CheckpointError(
            f"tensors cover layers {sorted(layers)} but num_hidden_layers is "
            f"{cfg.num_hidden_layers}; config.json does not describe these weights"
        )
    for name, entry in tensors.items():
        match = _LAYER_RE.match(name)
        if match and (".mlp.experts." in name or ".mlp.router." in name):
            layer = int(match.group(1))
            count = cfg.experts_per_layer[layer]
            if entry.shape[0] != count:
                raise CheckpointError(
                    f"tensor {name} (layer {layer}): leading dim should be {count} experts "
                    f"(num_local_experts), found {list(entry.shape)}; config.json and the "
                    "weights disagree"
                )


def _few(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
