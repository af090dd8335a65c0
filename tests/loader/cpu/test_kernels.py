"""Our CPU kernels (loader.cpu) against a float64 NumPy reference, for every instruction-set
variant this machine runs: edge shapes, both activation dtypes, biases, every E2M1 code and the
extreme E8M0 scales; batch rows independent, results independent of the thread count.

Tolerance, per output element, from the bound B = sum_k |x_k w_k| (+|bias|): float32 results
within 1e-5 * B (float32 accumulation of K exact products, in another order than NumPy);
bfloat16 results within 2^-8 * |y| on top (one rounding of the output); anything below the
smallest normal float32 may underflow to zero. A wrong
nibble order, scale or row offset gives errors of the order of B itself.
"""

from __future__ import annotations

import mlx.core as mx
import numpy as np
import pytest

from loader import cpu
from tests.support.cpu import f64, variant_fixture

E2M1 = np.array([0, 0.5, 1, 1.5, 2, 3, 4, 6, -0.0, -0.5, -1, -1.5, -2, -3, -4, -6])


variant = variant_fixture(cpu.status().variants)


def mxfp4(rng, rows: int, cols: int, scales=(118, 127), codes=None):
    """Random MXFP4 matrix in MLX's layout: (uint32 codes, uint8 scales, float64 dequantized)."""
    code = rng.integers(0, 16, (rows, cols)) if codes is None else codes
    packed = (code[:, 0::2] | (code[:, 1::2] << 4)).astype(np.uint8)
    s = (
        rng.integers(scales[0], scales[1] + 1, (rows, cols // 32))
        if isinstance(scales, tuple)
        else scales
    ).astype(np.uint8)
    dense = E2M1[code] * np.repeat(2.0 ** (s.astype(np.float64) - 127), 32, axis=1)
    return mx.array(packed.view(np.uint32)), mx.array(s), dense


def assert_close(got: mx.array, ref: np.ndarray, bound: np.ndarray) -> None:
    y = f64(got)
    tol = 1e-5 * bound + (2.0**-8 * np.abs(ref) if got.dtype == mx.bfloat16 else 0.0)
    tol += np.finfo(np.float32).tiny  # results below it underflow in float32, legitimately
    bad = np.abs(y - ref) > tol
    assert not bad.any(), (
        f"{bad.sum()} of {bad.size} outside tolerance; worst "
        f"{np.abs(y - ref).max():.3g} (ref max {np.abs(ref).max():.3g})"
    )
    assert np.isfinite(y).all()


DENSE = [
    (1, 1, 1),
    (1, 37, 64),
    (2, 5, 31),
    (5, 40, 100),
    (17, 64, 33),
    (67, 9, 48),
    (3, 130, 2880),
]


@pytest.mark.parametrize("M,N,Kd", DENSE)
@pytest.mark.parametrize(
    "xdt,wdt",
    [
        ("bfloat16", "bfloat16"),
        ("float32", "bfloat16"),
        ("float32", "float32"),
        ("bfloat16", "float32"),
    ],
)
@pytest.mark.parametrize("bias", [None, "bfloat16", "float32"])
def test_linear_matches_reference(K, variant, M, N, Kd, xdt, wdt, bias):
    rng = np.random.default_rng(M * 1000 + N + Kd)
    x = mx.array(rng.standard_normal((M, Kd)).astype(np.float32)).astype(getattr(mx, xdt))
    w = mx.array(rng.standard_normal((N, Kd)).astype(np.float32)).astype(getattr(mx, wdt))
    b = (
        None
        if bias is None
        else mx.array(rng.standard_normal(N).astype(np.float32)).astype(getattr(mx, bias))
    )
    got = K.linear(x, w, b)
    assert got.shape == (M, N) and got.dtype == (x + w[:1]).dtype  # MLX type promotion
    bb = np.zeros(N) if b is None else f64(b)
    assert_close(got, f64(x) @ f64(w).T + bb, np.abs(f64(x)) @ np.abs(f64(w)).T + np.abs(bb))


QUANT = [
    (1, 3, 32),
    (3, 17, 96),
    (4, 8, 160),
    (9, 33, 256),
    (40, 33, 256),
    (1, 50, 2880),
    (6, 20, 2880),
]


@pytest.mark.parametrize("M,N,Kd", QUANT)
@pytest.mark.parametrize("xdt", ["bfloat16", "float32"])
def test_mxfp4_linear_matches_reference(K, variant, M, N, Kd, xdt):
    rng = np.random.default_rng(M * 7 + N + Kd)
    w, s, dense = mxfp4(rng, N, Kd)
    x = mx.array(rng.standard_normal((M, Kd)).astype(np.float32)).astype(getattr(mx, xdt))
    b = mx.array(rng.standard_normal(N).astype(np.float32)).astype(mx.bfloat16)
    got = K.mxfp4_linear(x, w, s, b)
    assert got.shape == (M, N) and got.dtype == x.dtype
    assert_close(got, f64(x) @ dense.T + f64(b), np.abs(f64(x)) @ np.abs(dense).T + np.abs(f64(b)))


@pytest.mark.parametrize("xdt", ["bfloat16", "float32"])
def test_every_code_at_extreme_scales(K, variant, xdt):
    # Each row holds all 16 codes (+-0 and +-6 included) twice per block. Scales: the smallest
    # normal (1), 127, and the largest that keep every weight finite: 252 (6 * 2^125) for all
    # codes, 254 (2^127) for rows whose codes are at most 1.5 in magnitude.
    rng = np.random.default_rng(3)
    Kd, rows = 96, 8
    codes = np.tile(np.arange(16), (rows, Kd // 16))
    codes[6:] = np.where(E2M1[codes[6:]].__abs__() <= 1.5, codes[6:], 1)
    scales = np.array(
        [
            [1] * 3,
            [127] * 3,
            [252] * 3,
            [252, 127, 1],
            [1, 252, 1],
            [127, 127, 252],
            [254] * 3,
            [254, 1, 127],
        ]
    )
    w, s, dense = mxfp4(rng, rows, Kd, scales=scales, codes=codes)
    x = mx.array((rng.standard_normal((3, Kd)) * 1e-30).astype(np.float32)).astype(getattr(mx, xdt))
    got = K.mxfp4_linear(x, w, s)
    assert_close(got, f64(x) @ dense.T, np.abs(f64(x)) @ np.abs(dense).T)
    assert not np.isnan(f64(got)).any()


def swiglu(g, u, alpha=1.702, limit=7.0):
    g = np.minimum(g, limit)
    return (np.clip(u, -limit, limit) + 1) * g / (1 + np.exp(-alpha * g))


def experts(rng, E, rows, cols):
    """E stacked MXFP4 projections: (codes, scales, bias, float64 dense, float64 bias)."""
    ws, ss, dense = zip(*(mxfp4(rng, rows, cols) for _ in range(E)))
    bias = mx.array((rng.standard_normal((E, rows)) * 0.1).astype(np.float32)).astype(mx.bfloat16)
    return mx.stack(ws), mx.stack(ss), bias, np.stack(dense), f64(bias)


def moe_args(G, U, D):
    return (*G[:3], *U[:3], *D[:3], 1.702, 7.0)


def moe_reference(x, idx, G, U, D, h_dtype):
    """Per (token, expert): the result, and the bound of its down projection."""
    T, k = idx.shape
    out, bound = np.zeros((T, k, x.shape[1])), np.zeros((T, k, x.shape[1]))
    for t in range(T):
        for j in range(k):
            e = idx[t, j]
            h = swiglu(G[3][e] @ x[t] + G[4][e], U[3][e] @ x[t] + U[4][e])
            h = f64(mx.array(h.astype(np.float32)).astype(h_dtype))  # the kernel's rounding of h
            out[t, j] = D[3][e] @ h + D[4][e]
            bound[t, j] = np.abs(D[3][e]) @ np.abs(h) + np.abs(D[4][e])
    return out, bound


MOE = [
    (1, 8, 64, 96, 4),
    (7, 5, 64, 32, 2),
    (3, 1, 64, 64, 1),
    (40, 4, 128, 160, 4),
    (2, 6, 2880, 2880, 4),
]


@pytest.mark.parametrize(
    "T,E,H,I,k", MOE, ids=["one-token", "odd-tokens", "one-expert", "shared-experts", "20b-widths"]
)
@pytest.mark.parametrize("xdt", ["bfloat16", "float32"])
def test_moe_swiglu_matches_reference(K, variant, T, E, H, I, k, xdt):
    rng = np.random.default_rng(T * 31 + E + H + I)
    G, U, D = experts(rng, E, I, H), experts(rng, E, I, H), experts(rng, E, H, I)
    x = mx.array(rng.standard_normal((T, H)).astype(np.float32)).astype(getattr(mx, xdt))
    idx = np.stack([rng.choice(E, k, replace=False) for _ in range(T)]).astype(np.uint32)
    if T == 40:
        idx[:] = np.arange(k)  # every token on the same experts: the many-rows paths
    got = K.moe_swiglu(x, mx.array(idx), *moe_args(G, U, D))
    assert got.shape == (T, k, H) and got.dtype == x.dtype
    ref, bound = moe_reference(f64(x), idx, G, U, D, x.dtype)
    assert_close(got, ref, bound)


def test_moe_accepts_int32_ids_and_zeroes_invalid_ones(K):
    rng = np.random.default_rng(5)
    G, U, D = experts(rng, 4, 32, 64), experts(rng, 4, 32, 64), experts(rng, 4, 64, 32)
    x = mx.array(rng.standard_normal((2, 64)).astype(np.float32))
    args = moe_args(G, U, D)
    ids = np.array([[0, 3], [2, 1]])
    a = K.moe_swiglu(x, mx.array(ids.astype(np.uint32)), *args)
    b = K.moe_swiglu(x, mx.array(ids.astype(np.int32)), *args)
    assert mx.array_equal(a, b).item()
    bad = K.moe_swiglu(x, mx.array(np.array([[0, 7], [-1, 1]], np.int32)), *args)
    assert mx.array_equal(bad[0, 0], a[0, 0]).item() and mx.array_equal(bad[1, 1], a[1, 1]).item()
    assert not mx.any(bad[0, 1]).item() and not mx.any(bad[1, 0]).item()


@pytest.mark.parametrize("xdt", ["bfloat16", "float32"])
def test_batch_rows_are_independent(K, variant, xdt):
    # A row's result must not depend on the other rows of its call (continuous batching relies
    # on it): bit for bit, whatever values they hold; and, except where the AMX variant switches
    # to tile multiplies (>= 16 rows on MXFP4 weights, >= 3 on bf16 ones: another summation order),
    # whatever their number: here 40 tokens on the same 4 experts take the many-rows paths,
    # each alone the one-row path.
    rng = np.random.default_rng(9)
    G, U, D = experts(rng, 4, 160, 256), experts(rng, 4, 160, 256), experts(rng, 4, 256, 160)
    x = mx.array(rng.standard_normal((40, 256)).astype(np.float32)).astype(getattr(mx, xdt))
    others = mx.concatenate(
        [x[:1], mx.array(rng.standard_normal((39, 256)).astype(np.float32)).astype(x.dtype)]
    )
    idx = mx.array(np.tile(np.arange(4, dtype=np.uint32), (40, 1)))
    w = mx.array(rng.standard_normal((70, 256)).astype(np.float32)).astype(mx.bfloat16)
    calls = [
        lambda a, i: K.moe_swiglu(a, i, *moe_args(G, U, D)),
        lambda a, i: K.linear(a, w),
        lambda a, i: K.mxfp4_linear(a, G[0][0], G[1][0]),
    ]
    same_path = variant != "amx" or xdt == "float32"
    for call in calls:
        together = call(x, idx)
        assert mx.array_equal(together[0], call(others, idx)[0]).item()
        alone = mx.concatenate([call(x[i : i + 1], idx[i : i + 1]) for i in range(40)])
        if same_path:
            assert mx.array_equal(together, alone).item()
        else:
            assert mx.allclose(together, alone, rtol=2**-7, atol=1e-3).item()


def test_results_do_not_depend_on_the_thread_count(K):
    rng = np.random.default_rng(11)
    G, U, D = experts(rng, 8, 96, 128), experts(rng, 8, 96, 128), experts(rng, 8, 128, 96)
    x = mx.array(rng.standard_normal((5, 128)).astype(np.float32)).astype(mx.bfloat16)
    idx = mx.array(np.stack([rng.choice(8, 4, replace=False) for _ in range(5)]).astype(np.uint32))
    w = mx.array(rng.standard_normal((300, 128)).astype(np.float32)).astype(mx.bfloat16)
    before = K.num_threads()
    results = []
    try:
        for n in (1, 2, 3):
            K.set_num_threads(n)
            results.append((K.moe_swiglu(x, idx, *moe_args(G, U, D)), K.linear(x, w)))
            mx.eval(results[-1])
    finally:
        K.set_num_threads(before)
    for moe, lin in results[1:]:
        assert (
            mx.array_equal(moe, results[0][0]).item() and mx.array_equal(lin, results[0][1]).item()
        )


def test_strided_inputs_and_leading_dims(K):
    rng = np.random.default_rng(13)
    base = mx.array(rng.standard_normal((64, 6)).astype(np.float32))
    w = mx.array(rng.standard_normal((10, 64)).astype(np.float32))
    x = base.T  # [6, 64], not contiguous
    assert mx.allclose(K.linear(x, w), x @ w.T, rtol=1e-5, atol=1e-5).item()
    x3 = x.reshape(2, 3, 64)
    assert K.linear(x3, w).shape == (2, 3, 10)
    assert mx.array_equal(K.linear(x3, w).reshape(6, 10), K.linear(x, w)).item()


@pytest.mark.parametrize(
    "call,match",
    [
        (lambda K: K.linear(mx.zeros((2, 8)), mx.zeros((3, 9))), "do not match"),
        (lambda K: K.linear(mx.zeros((2, 8), mx.float16), mx.zeros((3, 8))), "bfloat16 or float32"),
        (lambda K: K.linear(mx.zeros((2, 8)), mx.zeros((3, 8)), mx.zeros(4)), "bias"),
        (
            lambda K: K.mxfp4_linear(
                mx.zeros((2, 48)), mx.zeros((3, 6), mx.uint32), mx.zeros((3, 1), mx.uint8)
            ),
            "multiple of 32",
        ),
        (
            lambda K: K.moe_swiglu(
                mx.zeros((2, 64)),
                mx.zeros((2, 2), mx.uint32),
                *(
                    [
                        mx.zeros((4, 32, 8), mx.uint32),
                        mx.zeros((4, 32, 2), mx.uint8),
                        mx.zeros((4, 32)),
                    ]
                    * 3
                ),
                1.702,
                7.0,
            ),
            "down",
        ),
    ],
)
def test_bad_arguments_raise_value_error(K, call, match):
    with pytest.raises(ValueError, match=match):
        call(K)


INF, NAN = float("inf"), float("nan")
LSE_ROWS = [  # (rows, expected log-sum-exp or None for the float64 reference)
    ([[-INF] * 5], -INF),
    ([[INF, 1.0, 2.0]], INF),
    ([[1.0, NAN, 2.0] + [0.0] * 40], NAN),
    ([[3.0]], 3.0),
    ([[-INF, 2.0, -INF]], 2.0),
    ([[88.0, 88.0], [-100.0, -101.0]], None),
]


@pytest.mark.parametrize("rows,expected", LSE_ROWS)
def test_logsumexp_special_values(K, variant, rows, expected):
    got = K.logsumexp(mx.array(rows, dtype=mx.float32))
    assert got.shape == (len(rows), 1)
    ref = (
        np.logaddexp.reduce(np.array(rows, np.float64), axis=-1)
        if expected is None
        else np.array([expected])
    )
    np.testing.assert_allclose(f64(got)[:, 0], ref, rtol=1e-6)


@pytest.mark.parametrize("shape", [(1, 201088), (3, 17), (2, 1), (2, 3, 40000), (4, 16)])
@pytest.mark.parametrize("xdt", ["bfloat16", "float32"])
def test_logsumexp_matches_reference(K, variant, shape, xdt):
    """Within 1e-6 relative (f32 accumulation of ~1-ulp exps) of float64, then one rounding to
    the input's dtype; a dropped stretch of a long row or a wrong maximum is off by far more."""
    x = mx.array(np.random.default_rng(5).standard_normal(shape) * 6).astype(getattr(mx, xdt))
    ref = np.logaddexp.reduce(f64(x), axis=-1, keepdims=True)
    got = K.logsumexp(x)
    assert got.shape == (*shape[:-1], 1) and got.dtype == x.dtype
    rtol = 2.0**-8 if xdt == "bfloat16" else 1e-6
    np.testing.assert_allclose(f64(got), ref, rtol=rtol, atol=1e-6)


def test_generate_ops_route_logsumexp_to_the_kernel(K):
    import sys

    from loader.cpu.layers import install_generate_ops, logsumexp

    install_generate_ops()
    ops = sys.modules["mlx_lm.generate"].mx
    assert ops.logsumexp is logsumexp and ops.array is mx.array  # the rest is mlx.core
    x = mx.array(np.random.default_rng(6).standard_normal((2, 3, 50)).astype(np.float32))
    for kw in ({"axis": -1, "keepdims": True}, {"axis": 2}, {"axis": 0}, {}):
        want = mx.logsumexp(x, **kw)
        got = ops.logsumexp(x, **kw)
        assert got.shape == want.shape and mx.allclose(got, want, rtol=1e-6).item(), kw
