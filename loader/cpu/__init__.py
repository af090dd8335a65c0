"""Our CPU kernels: MLX custom primitives in C++ (csrc/) for MXFP4 experts and dense matmuls.

MLX's own CPU kernels are far from the hardware (its MXFP4 matmul reads ~0.1 GB/s on bf16
inputs); these stream weights at memory speed with SIMD chosen at run time (AVX-512 BF16,
AVX-512, AVX2, NEON, else scalar) on a worker pool. The extension is compiled by the package
build against the installed MLX; when it is missing, was built for another MLX, or fails its
self-check, `status()` says why in one line and the model keeps MLX's kernels.
`loader.cpu.layers.install` puts the kernels into a loaded model. Nothing here runs on a GPU.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from types import ModuleType

import mlx.core as mx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KernelStatus:
    available: bool
    reason: str  # why not, when unavailable
    variants: tuple[str, ...] = ()  # instruction-set variants this CPU runs, fastest first

    def describe(self, threads: int | None = None) -> str:
        if not self.available:
            return f"MLX's kernels (our CPU kernels are unavailable: {self.reason})"
        shown = f", {threads} threads" if threads else ""
        return f"our CPU kernels ({self.variants[0]}{shown})"


def default_threads() -> int:
    """The CPUs this process may run on (what llama.cpp and OpenMP default to as well)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS
        return max(1, os.cpu_count() or 1)


@functools.cache
def _load() -> tuple[ModuleType | None, KernelStatus]:
    try:
        from loader.cpu import _ext
    except ImportError as exc:
        return None, KernelStatus(
            False,
            f"the extension is not built ({exc}); reinstall the "
            "package with gcc/g++ available (pip install -e .)",
        )
    if _ext.MLX_VERSION != mx.__version__.split(".dev")[0]:
        return None, KernelStatus(
            False,
            f"built for mlx {_ext.MLX_VERSION} but mlx "
            f"{mx.__version__} is installed; reinstall the package",
        )
    try:
        _self_check(_ext)
    except Exception as exc:  # noqa: BLE001 - a broken build must not take the server down
        return None, KernelStatus(False, f"self-check failed ({exc})")
    _ext.set_num_threads(default_threads())
    return _ext, KernelStatus(True, "", tuple(_ext.supported_variants()))


def _self_check(ext: ModuleType) -> None:
    """One small linear against MLX's matmul, on the CPU stream."""
    x = mx.arange(64, dtype=mx.float32).reshape(2, 32) / 64
    w = mx.cos(mx.arange(96, dtype=mx.float32)).reshape(3, 32)
    got = ext.linear(x, w, None, stream=mx.cpu)
    want = mx.matmul(x, w.T, stream=mx.cpu)
    if not mx.allclose(got, want, rtol=1e-5, atol=1e-5).item():
        raise RuntimeError("linear disagrees with MLX's matmul")


def status() -> KernelStatus:
    """Whether our kernels can run here, and if not, why (one line)."""
    return _load()[1]


def ext() -> ModuleType:
    """The compiled extension; raises RuntimeError with the reason when it is unavailable."""
    module, st = _load()
    if module is None:
        raise RuntimeError(f"our CPU kernels are unavailable: {st.reason}")
    return module


def set_threads(n: int | None) -> int:
    """Threads the kernels use (the calling thread included); None = `default_threads()`."""
    count = default_threads() if n is None else int(n)
    if count < 1:
        raise ValueError(f"CPU threads must be >= 1, got {count}")
    ext().set_num_threads(count)
    return count


def threads() -> int:
    return ext().num_threads()


def on_cpu() -> bool:
    """True when MLX computes on the CPU by default (no Metal or CUDA device)."""
    return mx.default_device().type == mx.DeviceType.cpu


KERNELS = ("auto", "cpu", "mlx")


def resolve_kernels(kernels: str) -> str:
    """ "cpu" (ours) or "mlx" for a requested choice; "auto" = ours when MLX computes on the CPU
    and the extension works. Asking for "cpu" where it cannot run is a ValueError saying why."""
    if kernels not in KERNELS:
        raise ValueError(f"kernels must be one of {KERNELS}, not {kernels!r}")
    if kernels == "mlx":
        return "mlx"
    usable = on_cpu() and status().available
    if kernels == "cpu" and not usable:
        why = status().reason if on_cpu() else f"MLX computes on {mx.default_device()}"
        raise ValueError(f"our CPU kernels cannot be used: {why}; use kernels 'auto' or 'mlx'")
    if on_cpu() and not usable:
        _warn_unavailable()
    return "cpu" if usable else "mlx"


@functools.cache
def _warn_unavailable() -> None:
    log.warning(
        "our CPU kernels are unavailable (%s): running on MLX's kernels, which are "
        "many times slower on a CPU",
        status().reason,
    )


def describe(kernels: str, why: bool = False) -> str:
    """Which kernels a resolved choice means, in a few words (with `why`: the reason ours are
    not used, when they are unavailable)."""
    if kernels == "cpu":
        return status().describe(threads())
    if why and on_cpu() and not status().available:
        return status().describe()
    return "MLX's kernels"
