"""Raw safetensors access: headers, byte ranges and streamed writes, never whole tensors.

The builder must keep every byte of the tensors it keeps untouched and must not hold a 20B model in
memory, so it reads headers itself and moves bytes by offset (bf16 has no numpy dtype anyway). It
does not interpret tensor values; slicing is along the leading (expert) axis only, where rows are
contiguous.
"""

from __future__ import annotations

import json
import math
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from builder.errors import BuildError

CHUNK = 16 << 20  # bytes per read; bounds memory for multi-GB tensors like the embedding
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


@dataclass(frozen=True)
class TensorInfo:
    """Where one tensor lives inside a safetensors file."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    start: int  # absolute file offset of the first byte
    nbytes: int

    @property
    def row_bytes(self) -> int:
        """Bytes of one slice along the leading axis."""
        return self.nbytes // self.shape[0] if self.shape and self.shape[0] else 0


@dataclass(frozen=True)
class TensorFile:
    """A parsed safetensors header: tensors in on-disk order plus the free-form metadata."""

    path: Path
    tensors: dict[str, TensorInfo]
    metadata: dict[str, str]


def read_header(path: Path) -> TensorFile:
    """Parse the header of `path`, checking every offset against the file size."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise BuildError(
                f"{path}: not a safetensors file (shorter than 8 bytes); re-download it"
            )
        (hlen,) = struct.unpack("<Q", raw)
        if hlen > size - 8:
            raise BuildError(
                f"{path}: header length {hlen} exceeds file size {size}; file truncated?"
            )
        try:
            header = json.loads(f.read(hlen))
        except ValueError as exc:
            raise BuildError(f"{path}: safetensors header is not valid JSON ({exc})") from exc
    base = 8 + hlen
    metadata = header.pop("__metadata__", None) or {}
    tensors: dict[str, TensorInfo] = {}
    for name, spec in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
        begin, end = spec["data_offsets"]
        dtype, shape = spec["dtype"], tuple(int(d) for d in spec["shape"])
        expected = math.prod(shape) * DTYPE_BYTES.get(dtype, 0)
        if dtype not in DTYPE_BYTES or end - begin != expected or base + end > size:
            raise BuildError(
                f"{path}: tensor {name} ({dtype} {list(shape)}) has offsets {begin}..{end} that do "
                f"not match its size {expected} or the file size {size}; the file is damaged"
            )
        tensors[name] = TensorInfo(name, dtype, shape, base + begin, end - begin)
    return TensorFile(path, tensors, dict(metadata))


def iter_bytes(f: BinaryIO, start: int, nbytes: int, chunk: int = CHUNK) -> Iterator[bytes]:
    """Yield the byte range [start, start+nbytes) of an open file in bounded chunks."""
    f.seek(start)
    left = nbytes
    while left > 0:
        block = f.read(min(chunk, left))
        if not block:
            raise BuildError(f"{getattr(f, 'name', '?')}: unexpected end of file at {f.tell()}")
        left -= len(block)
        yield block


def iter_rows(f: BinaryIO, info: TensorInfo, rows: Iterable[int]) -> Iterator[bytes]:
    """Yield the bytes of the given leading-axis rows of `info`, in the order asked."""
    rb = info.row_bytes
    for r in rows:
        if not 0 <= r < info.shape[0]:
            raise BuildError(f"{info.name}: row {r} outside 0..{info.shape[0] - 1}")
        yield from iter_bytes(f, info.start + r * rb, rb)


@dataclass(frozen=True)
class OutTensor:
    """A tensor to write: its header entry and a factory for its bytes (called once, in order)."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    nbytes: int
    chunks: Callable[[], Iterable[bytes]]


def write_file(
    path: Path,
    tensors: list[OutTensor],
    metadata: dict[str, str] | None = None,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Stream `tensors` into a new safetensors file at `path`, fsync it, return bytes written.

    `progress`, if given, is called with the byte count of each chunk written.
    """
    header: dict[str, object] = {}
    if metadata:
        header["__metadata__"] = dict(metadata)
    offset = 0
    for t in tensors:
        header[t.name] = {
            "dtype": t.dtype,
            "shape": list(t.shape),
            "data_offsets": [offset, offset + t.nbytes],
        }
        offset += t.nbytes
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # the format asks for an 8-byte aligned data section
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(blob)))
        f.write(blob)
        for t in tensors:
            written = 0
            for block in t.chunks():
                f.write(block)
                written += len(block)
                if progress is not None:
                    progress(len(block))
            if written != t.nbytes:
                raise BuildError(
                    f"{path}: tensor {t.name} produced {written} bytes, expected {t.nbytes}"
                )
        f.flush()
        os.fsync(f.fileno())
    return 8 + len(blob) + offset
