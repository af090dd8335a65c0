"""Token embeddings that stay in the checkpoint file: rows are gathered on the host per call.

A GPT-OSS embedding table is vocab x hidden bf16 (201,088 x 2,880 = 1.16 GB for 20b) but a step
reads only the rows of the tokens it feeds, so keeping the table in MLX memory costs the full
size for a few kilobytes of use. `HostEmbedding` memory-maps the tensor straight out of its
safetensors shard and copies just the requested rows into an MLX array (the pages read become
reclaimable page cache, not model memory). The rows are the file's bytes, so results are
bit-identical to `nn.Embedding` / `nn.QuantizedEmbedding` on the same weights.

The price: the token ids must be on the host before the step's graph is built. mlx-lm's
generators build step t+1 while step t still runs; here building waits for step t's sampled
ids. On the CPU backend that overlap is worth nothing measurable, on a GPU it can be, hence
`resolve_placement("auto")`: host on CPU, device elsewhere (see docs/CHECKPOINTS.md, "Memory").
"""

from __future__ import annotations

from dataclasses import dataclass

import mlx.core as mx
import numpy as np
from mlx import nn

from loader.errors import CheckpointError
from loader.safetensors_file import ShardHeader

PLACEMENTS = ("auto", "device", "host")
EMBEDDING_PREFIX = "model.embed_tokens."  # weight, plus scales/biases when quantized
# safetensors dtype -> (numpy dtype the bytes are mapped as, MLX dtype they are viewed as)
_DTYPES = {
    "BF16": (np.uint16, mx.bfloat16),
    "F16": (np.float16, mx.float16),
    "F32": (np.float32, mx.float32),
    "U32": (np.uint32, mx.uint32),
}


def resolve_placement(placement: str) -> str:
    """ "device" or "host" for a requested placement ("auto" picks by the default device)."""
    if placement not in PLACEMENTS:
        raise ValueError(f"embeddings placement must be one of {PLACEMENTS}, not {placement!r}")
    if placement != "auto":
        return placement
    return "host" if mx.default_device().type == mx.DeviceType.cpu else "device"


@dataclass(frozen=True)
class _Table:
    """One memory-mapped tensor and the MLX dtype its bytes are reinterpreted as."""

    rows: np.memmap
    dtype: mx.Dtype

    def gather(self, ids: np.ndarray) -> mx.array:
        out = mx.array(np.ascontiguousarray(self.rows[ids]))
        return out.view(self.dtype) if out.dtype != self.dtype else out


def map_tensor(shard: ShardHeader, name: str) -> _Table:
    """Memory-map tensor `name` of a validated shard (read-only, nothing read yet)."""
    entry = shard.tensors[name]
    if entry.dtype not in _DTYPES:
        raise CheckpointError(
            f"{shard.path}: tensor {name} is {entry.dtype}; host embeddings "
            f"support {sorted(_DTYPES)} (load with embeddings='device')"
        )
    np_dtype, mx_dtype = _DTYPES[entry.dtype]
    rows = np.memmap(
        shard.path,
        dtype=np_dtype,
        mode="r",
        shape=entry.shape,
        offset=shard.data_start + entry.start,
    )
    return _Table(rows, mx_dtype)


class HostEmbedding(nn.Module):
    """Drop-in for `nn.Embedding` (or its quantized form) over memory-mapped tables.

    `weight` (plus `scales`/`biases` when the checkpoint quantized the embedding) are `_Table`s,
    plain attributes rather than MLX parameters: they are not counted, cast or saved with the
    model, which is the point.
    """

    def __init__(
        self,
        weight: _Table,
        scales: _Table | None = None,
        biases: _Table | None = None,
        quantization: dict | None = None,
    ) -> None:
        super().__init__()
        if (scales is None) != (quantization is None):
            raise ValueError("a quantized host embedding needs both scales and its quantization")
        self._weight, self._scales, self._biases = weight, scales, biases
        self._quantization = dict(quantization or {})
        self.num_embeddings = int(weight.rows.shape[0])

    def __call__(self, ids: mx.array) -> mx.array:
        # Evaluates the ids (the sampled tokens of the previous step, during decoding).
        idx = np.asarray(ids)
        if idx.size and (idx.min() < 0 or idx.max() >= self.num_embeddings):
            raise IndexError(f"token id outside the vocabulary 0..{self.num_embeddings - 1}")
        w = self._weight.gather(idx)
        if self._scales is None:
            return w
        biases = self._biases.gather(idx) if self._biases is not None else None
        q = self._quantization
        return mx.dequantize(
            w,
            self._scales.gather(idx),
            biases,
            group_size=q["group_size"],
            bits=q["bits"],
            mode=q.get("mode", "affine"),
        )

    @property
    def nbytes_mapped(self) -> int:
        """Bytes left in the file instead of MLX memory."""
        tables = (self._weight, self._scales, self._biases)
        return sum(t.rows.nbytes for t in tables if t is not None)
