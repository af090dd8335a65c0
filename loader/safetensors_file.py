"""Safetensors headers: read and validate them without touching tensor data, and write shards
one tensor at a time.

Reading checks what a truncated or corrupt file breaks (header length, JSON, offsets that tile
the data section, file size) so the loader can fail with a clear message before MLX maps it.
Writing streams: the header is computed from shapes first, then each tensor's bytes are appended.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from loader.errors import CheckpointError

DTYPE_BYTES = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1,
    "U16": 2, "I16": 2, "F16": 2, "BF16": 2,
    "U32": 4, "I32": 4, "F32": 4,
    "U64": 8, "I64": 8, "F64": 8,
}
_MAX_HEADER = 100 * 1024 * 1024


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: str
    shape: tuple[int, ...]
    start: int
    end: int

    @property
    def nbytes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class ShardHeader:
    path: Path
    tensors: dict[str, TensorEntry]
    data_start: int
    file_size: int


def read_header(path: Path) -> ShardHeader:
    """Parse and validate one safetensors file's header against its size; reads no tensor data."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            prefix = fh.read(8)
            if len(prefix) < 8:
                raise _corrupt(path, f"file is {size} bytes, too short for a header")
            (hlen,) = struct.unpack("<Q", prefix)
            if hlen > _MAX_HEADER or 8 + hlen > size:
                raise _corrupt(path, f"header length {hlen} does not fit a {size}-byte file")
            raw = fh.read(hlen)
    except OSError as exc:
        raise CheckpointError(f"{path}: cannot read ({exc})") from exc
    try:
        header = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _corrupt(path, f"header is not valid JSON ({exc})") from exc
    if not isinstance(header, dict):
        raise _corrupt(path, "header is not a JSON object")
    header.pop("__metadata__", None)
    tensors: dict[str, TensorEntry] = {}
    for name, meta in header.items():
        try:
            dtype, shape = meta["dtype"], tuple(int(d) for d in meta["shape"])
            start, end = (int(o) for o in meta["data_offsets"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _corrupt(path, f"tensor {name!r} has a malformed header entry") from exc
        if dtype not in DTYPE_BYTES:
            raise _corrupt(path, f"tensor {name!r} has unknown dtype {dtype!r}")
        expected = math.prod(shape) * DTYPE_BYTES[dtype]
        if end - start != expected:
            raise _corrupt(
                path, f"tensor {name!r} spans {end - start} bytes but {dtype}{list(shape)} "
                f"needs {expected}"
            )
        tensors[name] = TensorEntry(name, dtype, shape, start, end)
    data_start = 8 + hlen
    _check_tiling(path, tensors.values(), size - data_start)
    return ShardHeader(path, tensors, data_start, size)


def _check_tiling(path: Path, entries: Iterable[TensorEntry], data_len: int) -> None:
    cursor = 0
    for entry in sorted(entries, key=lambda e: (e.start, e.end)):
        if entry.start != cursor:
            raise _corrupt(path, f"tensor {entry.name!r} starts at byte {entry.start}, expected "
                           f"{cursor} (overlapping or gapped offsets)")
        cursor = entry.end
    if cursor != data_len:
        raise _corrupt(
            path, f"header describes {cursor} data bytes but the file holds {data_len} "
            "(truncated or padded download)"
        )


def _corrupt(path: Path, why: str) -> CheckpointError:
    return CheckpointError(f"{path}: corrupt or truncated safetensors file: {why}; "
                           "re-download or regenerate it")


@dataclass(frozen=True)
class TensorPlan:
    """A tensor to be written: its header fields and a producer of its bytes in chunks."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    produce: Callable[[], Iterator[bytes]]

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * DTYPE_BYTES[self.dtype]


def write_shard(path: Path, plans: list[TensorPlan], metadata: dict[str, str] | None = None) -> int:
    """Write one safetensors file, streaming each tensor's chunks; returns bytes written."""
    header: dict[str, object] = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for plan in plans:
        header[plan.name] = {
            "dtype": plan.dtype, "shape": list(plan.shape),
            "data_offsets": [offset, offset + plan.nbytes],
        }
        offset += plan.nbytes
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # the format aligns tensor data to 8 bytes
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(blob)))
        fh.write(blob)
        for plan in plans:
            _write_tensor(fh, plan)
    return 8 + len(blob) + offset


def _write_tensor(fh: BinaryIO, plan: TensorPlan) -> None:
    written = 0
    for chunk in plan.produce():
        fh.write(chunk)
        written += len(chunk)
    if written != plan.nbytes:
        raise RuntimeError(
            f"{plan.name}: producer wrote {written} bytes, header says {plan.nbytes}"
        )
