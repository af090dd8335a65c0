"""Our attention kernel (loader.cpu `attention`) against a float64 NumPy reference, for every f32
instruction-set variant: decode and prefill shapes, grouped heads, causal masks (also with more
keys than queries), boolean and additive mask arrays in each broadcast form, sinks or none,
rows that see nothing, strided key/value views (a KV cache's slice).

Tolerance: float32 inputs within 1e-5 of the output's scale (softmax and sums in float32);
bfloat16 outputs within 2^-8 relative on top (one rounding of the output).
"""

from __future__ import annotations

import mlx.core as mx
import numpy as np
import pytest

from loader import cpu
from tests.support.cpu import f64, variant_fixture

F32_VARIANTS = [v for v in cpu.status().variants if v != "avx512bf16"]  # attention runs in f32


variant = variant_fixture(F32_VARIANTS)


def reference(q, k, v, scale, visible, additive, sinks):
    """q [B,Hq,L,D], k/v [B,Hkv,S,D] float64; visible/additive broadcast to [B,Hq,L,S]."""
    rep = q.shape[1] // k.shape[1]
    k, v = np.repeat(k, rep, axis=1), np.repeat(v, rep, axis=1)
    s = np.einsum("bhld,bhsd->bhls", q, k) * scale + additive
    s = np.where(visible, s, -np.inf)
    sink = np.broadcast_to(
        sinks[None, :, None, None] if sinks is not None else -np.inf, s.shape[:3] + (1,)
    )
    m = np.maximum(s.max(-1, keepdims=True), sink)
    m = np.where(np.isfinite(m), m, 0.0)
    p = np.exp(s - m)
    denom = p.sum(-1, keepdims=True) + np.exp(sink - m)
    out = np.einsum("bhls,bhsd->bhld", p, v)
    return np.where(denom > 0, out / np.where(denom > 0, denom, 1), 0.0)


CASES = [  # B, Hq, Hkv, L, S, D, mask
    (1, 8, 2, 1, 37, 64, "none"),
    (2, 64, 8, 1, 130, 64, "none"),
    (1, 4, 2, 5, 5, 16, "causal"),
    (1, 64, 8, 70, 70, 64, "causal"),
    (2, 8, 8, 3, 200, 64, "causal"),
    (2, 4, 1, 9, 20, 32, "bool[B,1,L,S]"),
    (1, 8, 2, 40, 150, 16, "bool[L,S] window"),
    (1, 4, 2, 6, 6, 16, "additive[L,S]"),
    (2, 4, 2, 3, 7, 16, "bool, a row sees nothing"),
]


def make_mask(rng, kind, B, Hq, L, S):
    """(mask array or mode for the kernel, visible, additive) for the reference."""
    full = (B, Hq, L, S)
    causal = np.arange(S)[None, :] <= (S - L + np.arange(L))[:, None]
    if kind == "none":
        return None, "", np.ones(full, bool), 0.0
    if kind == "causal":
        return None, "causal", np.broadcast_to(causal, full), 0.0
    if kind.startswith("bool[B"):
        m = rng.random((B, 1, L, S)) > 0.3
        return mx.array(m), "", np.broadcast_to(m, full), 0.0
    if kind.startswith("bool[L"):
        m = causal & (np.arange(S)[None, :] > (S - L + np.arange(L))[:, None] - 16)
        return mx.array(m), "", np.broadcast_to(m, full), 0.0
    if kind.startswith("additive"):
        m = rng.standard_normal((L, S)).astype(np.float32)
        return mx.array(m), "", np.ones(full, bool), np.broadcast_to(m, full)
    m = rng.random((B, 1, L, S)) > 0.5
    m[0, 0, 1, :] = False
    return mx.array(m), "", np.broadcast_to(m, full), 0.0


@pytest.mark.parametrize("B,Hq,Hkv,L,S,D,kind", CASES)
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
@pytest.mark.parametrize("with_sinks", [True, False])
def test_attention_matches_reference(K, variant, B, Hq, Hkv, L, S, D, kind, dtype, with_sinks):
    rng = np.random.default_rng(B + Hq + L + S + D)
    dt = getattr(mx, dtype)
    q, k, v = (
        mx.array((rng.standard_normal(shape) * 2).astype(np.float32)).astype(dt)
        for shape in ((B, Hq, L, D), (B, Hkv, S, D), (B, Hkv, S, D))
    )
    sinks = mx.array(rng.standard_normal(Hq).astype(np.float32)).astype(dt) if with_sinks else None
    mask, mode, visible, additive = make_mask(rng, kind, B, Hq, L, S)
    scale = D**-0.5
    got = K.attention(q, k, v, scale, mode, mask, sinks)
    assert got.shape == (B, Hq, L, D) and got.dtype == dt
    ref = reference(
        f64(q), f64(k), f64(v), scale, visible, additive, None if sinks is None else f64(sinks)
    )
    y = f64(got)
    tol = 1e-5 * max(1.0, np.abs(ref).max()) + (2.0**-8 * np.abs(ref) if dtype == "bfloat16" else 0)
    assert np.isfinite(y).all()
    assert (np.abs(y - ref) <= tol).all(), np.abs(y - ref).max()


def test_strided_cache_views_and_mlx_agreement(K):
    # A KV cache hands over k[..., :offset, :] of a larger buffer; mx.fast's result is the
    # reference for the exact call mlx-lm makes.
    rng = np.random.default_rng(1)
    buf = mx.array(rng.standard_normal((1, 8, 256, 64)).astype(np.float32))
    k, v = buf[:, :, :100, :], (buf * 0.5)[:, :, :100, :]
    q = mx.array(rng.standard_normal((1, 64, 1, 64)).astype(np.float32))
    sinks = mx.array(rng.standard_normal(64).astype(np.float32))
    want = mx.fast.scaled_dot_product_attention(q, k, v, scale=0.125, mask=None, sinks=sinks)
    got = K.attention(q, k, v, 0.125, "", None, sinks)
    assert mx.allclose(got, want, rtol=1e-5, atol=1e-5).item()


@pytest.mark.parametrize(
    "call,match",
    [
        (
            lambda K: K.attention(
                mx.zeros((1, 3, 2, 16)), mx.zeros((1, 2, 4, 16)), mx.zeros((1, 2, 4, 16)), 1.0
            ),
            "multiple of Hkv",
        ),
        (
            lambda K: K.attention(
                mx.zeros((1, 2, 2, 8)), mx.zeros((1, 2, 4, 8)), mx.zeros((1, 2, 4, 8)), 1.0
            ),
            "multiple of 16",
        ),
        (
            lambda K: K.attention(
                mx.zeros((1, 2, 2, 16)),
                mx.zeros((1, 2, 4, 16)),
                mx.zeros((1, 2, 4, 16)),
                1.0,
                "sliding",
            ),
            "causal",
        ),
        (
            lambda K: K.attention(
                mx.zeros((1, 2, 2, 16)),
                mx.zeros((1, 2, 4, 16)),
                mx.zeros((1, 2, 4, 16)),
                1.0,
                "",
                mx.zeros((3, 4), mx.bool_),
            ),
            "broadcast",
        ),
    ],
)
def test_bad_arguments_raise_value_error(K, call, match):
    with pytest.raises(ValueError, match=match):
        call(K)
