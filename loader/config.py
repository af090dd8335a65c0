"""Checkpoint configuration: a frozen, validated view of a GPT-OSS config.json.

Derives the per-layer expert counts (`num_local_experts` as an int or a per-layer list) and the
lite `expert_map`, and checks everything that can be checked without reading tensors. It does
not look at weight files; tensor-level checks live in `loader.layout`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loader.errors import CheckpointError

SUPPORTED_MODEL_TYPES = ("gpt_oss",)
LAYER_TYPES = ("sliding_attention", "full_attention")
MXFP4_GROUP = 32

_REQUIRED = (
    "hidden_size",
    "intermediate_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_key_value_heads",
    "num_local_experts",
    "num_experts_per_tok",
    "vocab_size",
)


@dataclass(frozen=True)
class GptOssConfig:
    """What the loader needs from config.json; `raw` keeps the full dict for mlx-lm."""

    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    num_experts_per_tok: int
    experts_per_layer: tuple[int, ...]
    expert_map: tuple[tuple[int, ...], ...] | None
    original_num_local_experts: int
    layer_types: tuple[str, ...]
    sliding_window: int
    rope_theta: float
    rms_norm_eps: float
    swiglu_limit: float
    model_type: str = "gpt_oss"
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_uniform(self) -> bool:
        return len(set(self.experts_per_layer)) == 1

    @property
    def is_identity_map(self) -> bool:
        """True when no layer was pruned (no map, or every layer keeps 0..E-1)."""
        if self.expert_map is None:
            return True
        return all(ids == tuple(range(self.original_num_local_experts)) for ids in self.expert_map)

    def original_ids(self, layer: int) -> tuple[int, ...]:
        """ORIGINAL expert ids of a layer's rows, in row order."""
        if self.expert_map is None:
            return tuple(range(self.experts_per_layer[layer]))
        return self.expert_map[layer]

    @property
    def quantization(self) -> Mapping[str, Any] | None:
        """mlx-lm's `quantization` block (present only in mlx-converted checkpoints)."""
        return self.raw.get("quantization")

    @classmethod
    def from_path(cls, path: str | Path) -> GptOssConfig:
        path = Path(path)
        cfg_file = path / "config.json" if path.is_dir() else path
        if not cfg_file.is_file():
            raise CheckpointError(
                f"{cfg_file}: config.json not found; point at a GPT-OSS checkpoint directory "
                "(one holding config.json and *.safetensors)"
            )
        try:
            data = json.loads(cfg_file.read_text())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CheckpointError(f"{cfg_file}: not valid JSON ({exc}); restore the file") from exc
        if not isinstance(data, dict):
            found = type(data).__name__
            raise CheckpointError(f"{cfg_file}: expected a JSON object, found {found}")
        return cls.from_dict(data, source=str(cfg_file))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "config.json") -> GptOssConfig:
        model_type = data.get("model_type")
        if model_type not in SUPPORTED_MODEL_TYPES:
            raise CheckpointError(
                f"{source}: unknown model_type {model_type!r}; expected one of "
                f"{list(SUPPORTED_MODEL_TYPES)} (this loader serves GPT-OSS checkpoints only)"
            )
        missing = [k for k in _REQUIRED if k not in data]
        if missing:
            raise CheckpointError(
                f"{source}: missing keys {missing}; copy them from the source model"
            )
        ints = {k: _int(data, k, source) for k in _REQUIRED if k != "num_local_experts"}
        n_layers = ints["num_hidden_layers"]
        top_k = ints["num_experts_per_tok"]
        per_layer = _experts_per_layer(data["num_local_experts"], n_layers, source)
        for layer, count in enumerate(per_layer):
            if top_k > count:
                raise CheckpointError(
                    f"{source}: layer {layer} keeps {count} experts but num_experts_per_tok is "
                    f"{top_k}; every layer needs at least top-k experts"
                )
        original = int(data.get("original_num_local_experts", max(per_layer)))
        expert_map = _expert_map(data.get("expert_map"), per_layer, original, source)
        for key in ("hidden_size", "intermediate_size"):
            if ints[key] % MXFP4_GROUP:
                raise CheckpointError(
                    f"{source}: {key}={ints[key]} is not a multiple of {MXFP4_GROUP}, "
                    "which MXFP4 blocks require"
                )
        head_dim = int(data.get("head_dim", ints["hidden_size"] // ints["num_attention_heads"]))
        layer_types = _layer_types(data.get("layer_types"), n_layers, source)
        return cls(
            vocab_size=ints["vocab_size"],
            hidden_size=ints["hidden_size"],
            intermediate_size=ints["intermediate_size"],
            num_hidden_layers=n_layers,
            num_attention_heads=ints["num_attention_heads"],
            num_key_value_heads=ints["num_key_value_heads"],
            head_dim=head_dim,
            num_experts_per_tok=top_k,
            experts_per_layer=per_layer,
            expert_map=expert_map,
            original_num_local_experts=original,
            layer_types=layer_types,
            sliding_window=int(data.get("sliding_window", 128)),
            rope_theta=float(data.get("rope_theta", 150000)),
            rms_norm_eps=float(data.get("rms_norm_eps", 1e-5)),
            swiglu_limit=float(data.get("swiglu_limit", 7.0)),
            model_type=model_type,
            raw=dict(data),
        )


def _int(data: Mapping[str, Any], key: str, source: str) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise CheckpointError(f"{source}: {key} must be a positive integer, found {value!r}")
    return value


def _experts_per_layer(value: Any, n_layers: int, source: str) -> tuple[int, ...]:
    if isinstance(value, int) and not isinstance(value, bool):
        counts: list[Any] = [value] * n_layers
    elif isinstance(value, list):
        if len(value) != n_layers:
            raise CheckpointError(
                f"{source}: num_local_experts lists {len(value)} layers but num_hidden_layers is "
                f"{n_layers}; give one count per layer"
            )
        counts = value
    else:
        raise CheckpointError(
            f"{source}: num_local_experts must be an int or a per-layer list, found {value!r}"
        )
    for layer, count in enumerate(counts):
        if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
            raise CheckpointError(
                f"{source}: num_local_experts[{layer}] must be a positive integer, found {count!r}"
            )
    return tuple(counts)


def _expert_map(
    value: Any, per_layer: tuple[int, ...], original: int, source: str
) -> tuple[tuple[int, ...], ...] | None:
    if value is None:
        if any(count != original for count in per_layer):
            raise CheckpointError(
                f"{source}: layers keep {list(per_layer)} experts of {original} but there is no "
                "expert_map; the lite format needs expert_map (original ids kept, per layer)"
            )
        return None
    if not isinstance(value, list) or len(value) != len(per_layer):
        found = len(value) if isinstance(value, list) else type(value).__name__
        raise CheckpointError(
            f"{source}: expert_map must list {len(per_layer)} layers, found {found}"
        )
    result = []
    for layer, (ids, count) in enumerate(zip(value, per_layer)):
        if not isinstance(ids, list) or len(ids) != count:
            found = len(ids) if isinstance(ids, list) else ids
            raise CheckpointError(
                f"{source}: expert_map[{layer}] must hold {count} ids (num_local_experts), "
                f"found {found}"
            )
        if any(isinstance(i, bool) or not isinstance(i, int) for i in ids) or any(
            not 0 <= i < original for i in ids
        ):
            raise CheckpointError(
                f"{source}: expert_map[{layer}] holds ids outside 0..{original - 1} "
                f"(original_num_local_experts): {ids}"
            )
        if any(b <= a for a, b in itertools.pairwise(ids)):
            raise CheckpointError(
                f"{source}: expert_map[{layer}] must be strictly ascending, found {ids}"
            )
        result.append(tuple(ids))
    return tuple(result)


def _layer_types(value: Any, n_layers: int, source: str) -> tuple[str, ...]:
    if value is None:
        # GPT-OSS alternates sliding and full attention, starting with sliding.
        return tuple(LAYER_TYPES[i % 2] for i in range(n_layers))
    if not isinstance(value, list) or len(value) != n_layers:
        raise CheckpointError(f"{source}: layer_types must list {n_layers} layers, found {value!r}")
    bad = [t for t in value if t not in LAYER_TYPES]
    if bad:
        raise CheckpointError(
            f"{source}: layer_types holds {bad}; allowed values are {list(LAYER_TYPES)}"
        )
    return tuple(value)
