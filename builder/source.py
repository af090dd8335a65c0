"""The source checkpoint as the writer sees it: config, shards, and which tensors carry experts.

Reads only config.json and safetensors headers (never weights), for Hugging Face GPT-OSS layout
checkpoints and our lite ones (per-layer counts and `expert_map`, see docs/CONTRACTS.md). It does
not build a model; profiling and evaluation go through `loader.load`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from builder.errors import BuildError
from builder.tensorfile import TensorFile, TensorInfo, read_header

INDEX_NAME = "model.safetensors.index.json"
# Router rows and expert tensors both have the expert on their leading axis.
EXPERT_TENSOR = re.compile(r"^model\.layers\.(\d+)\.mlp\.(?:experts|router)\.")


@dataclass(frozen=True)
class SourceCheckpoint:
    """Header-level view of a checkpoint directory."""

    path: Path
    config: dict
    shards: tuple[TensorFile, ...]
    num_layers: int
    top_k: int
    experts_per_layer: tuple[int, ...]
    # Per layer, the ORIGINAL expert id of each row (identity for a full model).
    expert_map: tuple[tuple[int, ...], ...]
    original_num_experts: int

    @property
    def tensors(self) -> dict[str, TensorInfo]:
        return {n: t for s in self.shards for n, t in s.tensors.items()}

    def expert_layer(self, name: str) -> int | None:
        """The layer index if `name` is sliced along the expert axis, else None."""
        m = EXPERT_TENSOR.match(name)
        return int(m.group(1)) if m else None


def _shard_paths(path: Path) -> list[Path]:
    index = path / INDEX_NAME
    if index.exists():
        try:
            weight_map = json.loads(index.read_text())["weight_map"]
        except (ValueError, KeyError) as exc:
            raise BuildError(f"{index}: not a safetensors index ({exc}); re-download it") from exc
        names = list(dict.fromkeys(weight_map.values()))  # ordered, de-duplicated
        missing = [n for n in names if not (path / n).exists()]
        if missing:
            raise BuildError(f"{path}: shard(s) {missing} named in {INDEX_NAME} are missing")
        return [path / n for n in names]
    shards = sorted(path.glob("*.safetensors"))
    if not shards:
        raise BuildError(f"{path}: no *.safetensors files; point --model at a checkpoint directory")
    return shards


def read_source(path: Path) -> SourceCheckpoint:
    """Read config and headers of the checkpoint at `path`, checking expert counts per layer."""
    path = Path(path)
    cfg_path = path / "config.json"
    if not cfg_path.is_file():
        raise BuildError(f"{path}: no config.json; point --model at a GPT-OSS checkpoint directory")
    config = json.loads(cfg_path.read_text())
    try:
        layers = int(config["num_hidden_layers"])
        top_k = int(config["num_experts_per_tok"])
        nle = config["num_local_experts"]
    except (KeyError, TypeError, ValueError) as exc:
        raise BuildError(f"{cfg_path}: missing or bad GPT-OSS field {exc}") from exc
    counts = tuple(int(n) for n in nle) if isinstance(nle, list) else (int(nle),) * layers
    if len(counts) != layers:
        raise BuildError(
            f"{cfg_path}: num_local_experts has {len(counts)} entries, expected {layers}"
        )
    raw_map = config.get("expert_map")
    if raw_map is None:
        emap = tuple(tuple(range(n)) for n in counts)
    else:
        emap = tuple(tuple(int(i) for i in row) for row in raw_map)
        if len(emap) != layers or any(len(r) != n for r, n in zip(emap, counts)):
            raise BuildError(f"{cfg_path}: expert_map does not match num_local_experts per layer")
    original = int(config.get("original_num_local_experts", max(counts)))
    shards = tuple(read_header(p) for p in _shard_paths(path))
    if "quantization" in config or any(
        n.endswith("experts.gate_proj.weight") for s in shards for n in s.tensors
    ):
        # mlx-lm converted checkpoints split gate/up and re-pack scales: not the lite format.
        raise BuildError(
            f"{path} is an mlx-lm converted checkpoint; build from the Hugging Face "
            "checkpoint (MXFP4 *_blocks/*_scales) and convert the lite output after"
        )
    src = SourceCheckpoint(path, config, shards, layers, top_k, counts, emap, original)
    for name, info in src.tensors.items():
        layer = src.expert_layer(name)
        if layer is None:
            continue
        if layer >= layers or not info.shape or info.shape[0] != counts[layer]:
            raise BuildError(
                f"{info.name}: leading dim {info.shape[:1]} but layer {layer} has "
                f"{counts[layer] if layer < layers else '?'} experts in config.json; "
                "config and weights disagree"
            )
    return src


def parameter_count(tensors: dict[str, TensorInfo]) -> int:
    """Parameters as users count them: an MXFP4 byte holds two weights; scales are not weights."""
    total = 0
    for name, t in tensors.items():
        n = 1
        for d in t.shape:
            n *= d
        if name.endswith(("_scales", ".scales")):
            continue
        total += 2 * n if name.endswith("_blocks") else n
    return total
