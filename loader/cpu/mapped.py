"""Expert tensors left in the checkpoint files: models larger than memory on the CPU.

`map_experts(model, scan)` replaces each layer's expert block by `MappedSwitchGLU`, which
memory-maps the layer's MXFP4 codes, scales and biases read-only from their safetensors shards
and hands our `moe_swiglu_mapped` kernel their addresses. Nothing is copied into MLX memory: the
OS page cache keeps the experts a workload uses and drops the rest, so a checkpoint bigger than
RAM runs with the hot experts resident. Hugging Face and lite layouts interleave gate and up
rows in `gate_up_proj`; the kernel reads both halves in place through row strides. Mapped
experts are not among `model.parameters()` (load them into memory to save a model).
"""

from __future__ import annotations

import numpy as np
from mlx import nn

from loader.cpu import ext
from loader.errors import CheckpointError
from loader.layout import CheckpointScan
from loader.safetensors_file import ShardHeader

_BYTES = {"U8": 1, "U32": 4, "BF16": 2, "F32": 4}


def _mapped(shard_of: dict[str, ShardHeader], name: str) -> np.memmap:
    shard = shard_of.get(name)
    if shard is None:
        raise CheckpointError(f"tensor {name} is missing; mapped experts need every expert tensor")
    entry = shard.tensors[name]
    if entry.dtype not in _BYTES:
        raise CheckpointError(
            f"{shard.path}: tensor {name} is {entry.dtype}; mapped experts support {sorted(_BYTES)}"
        )
    return np.memmap(
        shard.path,
        dtype=np.uint8,
        mode="r",
        shape=(entry.nbytes,),
        offset=shard.data_start + entry.start,
    )


def _stack(
    blocks: np.memmap,
    scales: np.memmap,
    bias: np.memmap,
    bias_bf16: bool,
    experts: int,
    rows: int,
    cols: int,
    interleave: int = 1,
    half: int = 0,
) -> list[int]:
    """The kernel's 13-integer description of E stacked [rows, cols] MXFP4 matrices; with
    interleave 2, the `half`-th of two matrices whose rows alternate (gate/up)."""
    row_bytes, row_scales = cols // 2, cols // 32
    return [
        blocks.ctypes.data + half * row_bytes,
        scales.ctypes.data + half * row_scales,
        bias.ctypes.data + half * (2 if bias_bf16 else 4),
        int(bias_bf16),
        experts,
        rows,
        cols,
        interleave * rows * row_bytes,
        interleave * row_bytes,
        interleave * rows * row_scales,
        interleave * row_scales,
        interleave * rows,
        interleave,
    ]


class MappedSwitchGLU(nn.Module):
    """Drop-in for the expert block (x [..., H], ids [..., k] -> [..., k, H]) over mapped files."""

    def __init__(
        self,
        tensors: dict[str, np.memmap],
        stacks: tuple[list[int], ...],
        alpha: float,
        limit: float,
    ) -> None:
        super().__init__()
        self._tensors = tensors  # keeps the maps (and so the addresses) alive
        self._gate, self._up, self._down = stacks
        self._alpha, self._limit = alpha, limit

    def __call__(self, x, indices):
        return ext().moe_swiglu_mapped(
            x, indices, self._gate, self._up, self._down, self._alpha, self._limit
        )

    @property
    def nbytes_mapped(self) -> int:
        return sum(t.nbytes for t in self._tensors.values())


def map_experts(model: nn.Module, scan: CheckpointScan) -> int:
    """Swap every layer's experts for `MappedSwitchGLU`; returns the bytes left in the files."""
    shard_of = {name: shard for shard in scan.shards for name in shard.tensors}
    cfg, total = model.config, 0
    H, I = cfg.hidden_size, cfg.intermediate_size
    for layer, block in enumerate(model.layers):
        E, p = cfg.experts_per_layer[layer], f"model.layers.{layer}.mlp.experts."
        act = block.mlp.experts.activation
        if scan.layout == "mlx":
            names = {
                f"{proj}_{part}": f"{p}{proj}.{key}"
                for proj in ("gate_proj", "up_proj", "down_proj")
                for part, key in (("blocks", "weight"), ("scales", "scales"), ("bias", "bias"))
            }
        else:
            names = {
                f"{proj}_{part}": f"{p}{proj}_{part}"
                for proj in ("gate_up_proj", "down_proj")
                for part in ("blocks", "scales", "bias")
            }
        maps = {key: _mapped(shard_of, name) for key, name in names.items()}
        bf16 = {key: shard_of[name].tensors[name].dtype == "BF16" for key, name in names.items()}
        if scan.layout == "mlx":
            gate, up = (
                _stack(
                    maps[f"{q}_blocks"],
                    maps[f"{q}_scales"],
                    maps[f"{q}_bias"],
                    bf16[f"{q}_bias"],
                    E,
                    I,
                    H,
                )
                for q in ("gate_proj", "up_proj")
            )
        else:
            gate, up = (
                _stack(
                    maps["gate_up_proj_blocks"],
                    maps["gate_up_proj_scales"],
                    maps["gate_up_proj_bias"],
                    bf16["gate_up_proj_bias"],
                    E,
                    I,
                    H,
                    interleave=2,
                    half=h,
                )
                for h in (0, 1)
            )
        down = _stack(
            maps["down_proj_blocks"],
            maps["down_proj_scales"],
            maps["down_proj_bias"],
            bf16["down_proj_bias"],
            E,
            H,
            I,
        )
        block.mlp.experts = MappedSwitchGLU(maps, (gate, up, down), act._alpha, act._limit)
        total += block.mlp.experts.nbytes_mapped
    return total
