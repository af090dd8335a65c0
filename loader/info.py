"""`ModelInfo`: what a checkpoint is, from its config and safetensors headers alone.

`inspect` validates config.json and every shard's header and size and reports layers, experts
per layer, parameters, bytes on disk and estimated resident memory; it never reads weights, so
it is cheap even for a 120b checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loader import cpu
from loader.config import GptOssConfig
from loader.errors import CheckpointError
from loader.host_embedding import EMBEDDING_PREFIX, resolve_placement
from loader.layout import CheckpointScan, parameter_count, scan_checkpoint


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    config: GptOssConfig
    layout: str  # "hf" | "mlx" | "lite"
    experts_per_layer: tuple[int, ...]
    parameter_count: int
    bytes_on_disk: int
    estimated_resident_bytes: int
    is_demo: bool
    embeddings: str = "device"  # where the embedding table lives: "device" or "host" (mapped)
    kernels: str = "mlx"  # "cpu" (ours, loader.cpu) or "mlx": what computes the layers
    experts: str = "memory"  # "memory" or "mapped" (left in the checkpoint files)

    @property
    def num_layers(self) -> int:
        return self.config.num_hidden_layers

    def describe(self) -> str:
        """Human-readable multi-line summary (the `python -m loader info` output)."""
        counts = self.experts_per_layer
        shown = (
            f"{counts[0]} in each of {len(counts)} layers"
            if len(set(counts)) == 1
            else ",".join(map(str, counts))
        )
        lines = [
            f"path:               {self.path}",
            f"layout:             {self.layout}",
            f"layers:             {self.num_layers}",
            (
                f"experts per layer:  {shown} (total {sum(counts)}, "
                f"top-{self.config.num_experts_per_tok})"
            ),
            f"parameters:         {self.parameter_count:,}",
            f"bytes on disk:      {self.bytes_on_disk:,} ({_gib(self.bytes_on_disk)})",
            (
                f"est. resident:      {self.estimated_resident_bytes:,} "
                f"({_gib(self.estimated_resident_bytes)}, weights only; KV cache extra)"
            ),
            (
                f"embeddings:         {self.embeddings}"
                + (
                    " (memory-mapped from the file, not counted above)"
                    if self.embeddings == "host"
                    else ""
                )
            ),
            f"kernels:            {cpu.describe(self.kernels, why=True)}",
            "experts:            "
            + (
                "memory-mapped from the files (not counted above)"
                if self.experts == "mapped"
                else "in memory"
            ),
        ]
        if self.is_demo:
            lines.append(
                "note:               synthetic random-weight checkpoint (not a real model)"
            )
        return "\n".join(lines)


def _gib(n: int) -> str:
    return f"{n / 2**30:.2f} GiB"


def inspect(path: str | Path, embeddings: str = "auto", kernels: str = "auto") -> ModelInfo:
    """Validate a checkpoint's config and headers and describe it without loading weights;
    `embeddings` and `kernels` are the choices `loader.load` would be given."""
    path = Path(path)
    if not path.is_dir():
        raise CheckpointError(f"{path}: not a directory; point at a checkpoint folder")
    cfg = GptOssConfig.from_path(path)
    return info_from_scan(
        cfg, scan_checkpoint(path, cfg), resolve_placement(embeddings), cpu.resolve_kernels(kernels)
    )


def info_from_scan(
    cfg: GptOssConfig,
    scan: CheckpointScan,
    embeddings: str = "device",
    kernels: str = "mlx",
    experts: str = "memory",
) -> ModelInfo:
    """`embeddings`, `kernels` and `experts` are resolved choices ("device"/"host",
    "cpu"/"mlx", "memory"/"mapped"); what stays in the files is not resident."""

    def resident(name: str) -> bool:
        if name.startswith(EMBEDDING_PREFIX):
            return embeddings == "device"
        return experts == "memory" or ".mlp.experts." not in name

    tensor_bytes = sum(e.nbytes for name, e in scan.tensors.items() if resident(name))
    return ModelInfo(
        path=scan.path,
        config=cfg,
        layout=scan.layout,
        experts_per_layer=cfg.experts_per_layer,
        parameter_count=parameter_count(cfg),
        bytes_on_disk=scan.bytes_on_disk,
        # Tensors keep their on-disk dtypes in memory (MXFP4 bytes are only re-viewed as uint32);
        # KV caches and activations come on top and depend on the workload.
        estimated_resident_bytes=tensor_bytes,
        is_demo="synthetic" in cfg.raw,
        embeddings=embeddings,
        kernels=kernels,
        experts=experts,
    )
