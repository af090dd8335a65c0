"""Safetensors files: validate headers without touching tensor data, read tensors or leading-axis
rows as bounded byte chunks, and write shards one tensor at a time.

Reading checks what a truncated or corrupt file breaks (header length, JSON, offsets that tile
the data section, file size) so callers can fail with a clear message before MLX maps it. Byte
access never holds a whole tensor (bf16 has no numpy dtype, and a 20B embedding is gigabytes).
Writing streams: the header is computed from shapes first, then each tensor's bytes are appended.
"""

from __future__ import annotations

import json
import math
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from loader.errors import CheckpointError

DTYPE_BYTES = {
    "BOOL": 1,
    "U8": 1,
    "I8": 1,
    "F8_E4M3": 1,
    "F8_E5M2": 1,
    "E8M0": 1,
    "U16": 2,
    "I16": 2,
    "F16": 2,
    "BF16": 2,
    "U32": 4,
    "I32": 4,
    "F32": 4,
    "U64": 8,
    "I64": 8,
    "F64": 8,
}
CHUNK = 16 << 20  # bytes per read; bounds memory for multi-GB tensors like the embedding
_MAX_HEADER = 100 * 1024 * 1024


@dataclass(frozen=True)
class TensorEntry:
    """One tensor's header entry; `start`/`end` are offsets into the data section."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    start: int
    end: int

    @property
    def nbytes(self) -> int:
        return self.end - self.start

    @property
    def row_bytes(self) -> int:
        """Bytes of one slice along the leading axis (rows are contiguous there)."""
        return self.nbytes // self.shape[0] if self.shape and self.shape[0] else 0


@dataclass(frozen=True)
class ShardHeader:
    """A validated header: tensors in header order plus the free-form `__metadata__`."""

    path: Path
    tensors: dict[str, TensorEntry]
    data_start: int
    file_size: int
    metadata: dict[str, str] = field(default_factory=dict)


def read_header(path: Path) -> ShardHeader:
    """Parse and validate one safetensors file's header against its size; reads no tensor data."""
    path = Path(path)
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
    metadata = header.pop("__metadata__", None) or {}
    if not isinstance(metadata, dict):
        raise _corrupt(path, "__metadata__ is not a JSON object")
    tensors = {name: _entry(path, name, meta) for name, meta in header.items()}
    data_start = 8 + hlen
    _check_tiling(path, tensors.values(), size - data_start)
    return ShardHeader(path, tensors, data_start, size, dict(metadata))


def _entry(path: Path, name: str, meta: object) -> TensorEntry:
    try:
        dtype, shape = meta["dtype"], tuple(int(d) for d in meta["shape"])  # type: ignore[index]
        start, end = (int(o) for o in meta["data_offsets"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError) as exc:
        raise _corrupt(path, f"tensor {name!r} has a malformed header entry") from exc
    if dtype not in DTYPE_BYTES:
        raise _corrupt(path, f"tensor {name!r} has unknown dtype {dtype!r}")
    expected = math.prod(shape) * DTYPE_BYTES[dtype]
    if end - start != expected:
        raise _corrupt(
            path,
            f"tensor {name!r} spans {end - start} bytes but {dtype}{list(shape)} needs {expected}",
        )
    return TensorEntry(name, dtype, shape, start, end)


def _check_tiling(path: Path, entries: Iterable[TensorEntry], data_len: int) -> None:
    cursor = 0
    for entry in sorted(entries, key=lambda e: (e.start, e.end)):
        if entry.start != cursor:
            raise _corrupt(
                path,
                f"tensor {entry.name!r} starts at byte {entry.start}, expected "
                f"{cursor} (overlapping or gapped offsets)",
            )
        cursor = entry.end
    if cursor != data_len:
        raise _corrupt(
            path,
            f"header describes {cursor} data bytes but the file holds {data_len} "
            "(truncated or padded download)",
        )


def _corrupt(path: Path, why: str) -> CheckpointError:
    return CheckpointError(
        f"{path}: corrupt or truncated safetensors file: {why}; re-download or regenerate it"
    )


def iter_range(fh: BinaryIO, start: int, nbytes: int, chunk: int = CHUNK) -> Iterator[bytes]:
    """Yield the byte range [start, start+nbytes) of an open file in bounded chunks."""
    fh.seek(start)
    left = nbytes
    while left > 0:
        block = fh.read(min(chunk, left))
        if not block:
            raise CheckpointError(
                f"{getattr(fh, 'name', '?')}: unexpected end of file at byte {fh.tell()}; "
                "the file shrank while being read"
            )
        left -= len(block)
        yield block


def iter_tensor(
    shard: ShardHeader, name: str, rows: Iterable[int] | None = None
) -> Iterator[bytes]:
    """Yield the bytes of tensor `name`, or of the given leading-axis rows in the order asked.

    The file is opened on the first `next()`, so building many of these is cheap.
    """
    entry = shard.tensors[name]
    base = shard.data_start + entry.start
    with open(shard.path, "rb") as fh:
        if rows is None:
            yield from iter_range(fh, base, entry.nbytes)
            return
        step = entry.row_bytes
        for r in rows:
            if not 0 <= r < entry.shape[0]:
                raise IndexError(f"{name}: row {r} outside 0..{entry.shape[0] - 1}")
            yield from iter_range(fh, base + r * step, step)


@dataclass(frozen=True)
class TensorPlan:
    """A tensor to be written: its header fields and a producer of its bytes in chunks.

    `produce` is called once, when the tensor's turn comes, so plans can be built up front.
    """

    name: str
    dtype: str
    shape: tuple[int, ...]
    produce: Callable[[], Iterable[bytes]]

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * DTYPE_BYTES[self.dtype]


def write_shard(
    path: Path,
    plans: list[TensorPlan],
    metadata: dict[str, str] | None = None,
    *,
    progress: Callable[[int], object] | None = None,
    fsync: bool = False,
) -> int:
    """Write one safetensors file, streaming each tensor's chunks; returns bytes written.

    `progress`, if given, is called with the size of every chunk written; `fsync` makes the
    file durable before returning (the builder renames finished output into place).
    """
    header: dict[str, object] = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for plan in plans:
        header[plan.name] = {
            "dtype": plan.dtype,
            "shape": list(plan.shape),
            "data_offsets": [offset, offset + plan.nbytes],
        }
        offset += plan.nbytes
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # the format aligns tensor data to 8 bytes
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(blob)))
        fh.write(blob)
        for plan in plans:
            _write_tensor(fh, plan, progress)
        if fsync:
            fh.flush()
            os.fsync(fh.fileno())
    return 8 + len(blob) + offset


def _write_tensor(fh: BinaryIO, plan: TensorPlan, progress: Callable[[int], object] | None) -> None:
    written = 0
    for chunk in plan.produce():
        fh.write(chunk)
        written += len(chunk)
        if progress is not None:
            progress(len(chunk))
    if written != plan.nbytes:
        raise RuntimeError(
            f"{plan.name}: producer wrote {written} bytes, header says {plan.nbytes}"
        )
