"""The source checkpoint as the writer sees it: config, shards, and which tensors carry experts.

Reads only config.json and safetensors headers (never weights), through the loader's own
`GptOssConfig` and `loader.layout.read_shards`, so both accept the same checkpoints (HF and lite,
see docs/CONTRACTS.md). Unlike `scan_checkpoint` it does not demand the exact HF tensor set: every
tensor present is carried over. It does not build a model; profiling goes through `loader.load`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from builder.errors import BuildError
from loader.config import GptOssConfig
from loader.layout import read_shards
from loader.safetensors_file import ShardHeader, TensorEntry

# Router rows and expert tensors both have the expert on their leading axis.
EXPERT_TENSOR = re.compile(r"^model\.layers\.(\d+)\.mlp\.(?:experts|router)\.")


@dataclass(frozen=True)
class SourceCheckpoint:
    """Header-level view of a checkpoint directory."""

    path: Path
    config: GptOssConfig
    shards: tuple[ShardHeader, ...]
    tensors: dict[str, TensorEntry]

    @property
    def num_layers(self) -> int:
        return self.config.num_hidden_layers

    @property
    def top_k(self) -> int:
        return self.config.num_experts_per_tok

    @property
    def experts_per_layer(self) -> tuple[int, ...]:
        return self.config.experts_per_layer

    @property
    def expert_map(self) -> tuple[tuple[int, ...], ...]:
        """Per layer, the ORIGINAL expert id of each row (identity for a full model)."""
        return tuple(self.config.original_ids(layer) for layer in range(self.num_layers))

    @property
    def original_num_experts(self) -> int:
        return self.config.original_num_local_experts

    def expert_layer(self, name: str) -> int | None:
        """The layer index if `name` is sliced along the expert axis, else None."""
        m = EXPERT_TENSOR.match(name)
        return int(m.group(1)) if m else None


def read_source(path: Path) -> SourceCheckpoint:
    """Read config and headers of the checkpoint at `path`, checking expert counts per layer.

    Raises BuildError for what only the builder refuses; the loader's CheckpointError passes
    through to the CLI edge, which prints both the same way.
    """
    path = Path(path)
    if not (path / "config.json").is_file():
        raise BuildError(f"{path}: no config.json; point --model at a GPT-OSS checkpoint directory")
    config = GptOssConfig.from_path(path)
    shards, tensors = read_shards(path)
    if "quantization" in config.raw or any(n.endswith("experts.gate_proj.weight") for n in tensors):
        # mlx-lm converted checkpoints split gate/up and re-pack scales: not the lite format.
        raise BuildError(
            f"{path} is an mlx-lm converted checkpoint; build from the Hugging Face "
            "checkpoint (MXFP4 *_blocks/*_scales) and convert the lite output after"
        )
    src = SourceCheckpoint(path, config, shards, tensors)
    counts, layers = src.experts_per_layer, src.num_layers
    for name, entry in tensors.items():
        layer = src.expert_layer(name)
        if layer is None:
            continue
        if layer >= layers or not entry.shape or entry.shape[0] != counts[layer]:
            raise BuildError(
                f"{name}: leading dim {entry.shape[:1]} but layer {layer} has "
                f"{counts[layer] if layer < layers else '?'} experts in config.json; "
                "config and weights disagree"
            )
    return src
