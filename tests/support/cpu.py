"""Helpers shared by the CPU-kernel tests (test_cpu_kernels, test_cpu_attention)."""

from __future__ import annotations

from collections.abc import Iterable

import mlx.core as mx
import numpy as np
import pytest


def variant_fixture(variants: Iterable[str]):
    """A fixture parametrized over our kernels' instruction-set variants, forcing each in turn
    (through the `K` fixture, the extension) and restoring the CPU's own choice afterwards."""

    @pytest.fixture(params=list(variants) or ["none"])
    def variant(request, K):
        K.force_variant(request.param)
        yield request.param
        K.force_variant("")

    return variant


def f64(a: mx.array) -> np.ndarray:
    return np.array(a.astype(mx.float32), dtype=np.float64)
