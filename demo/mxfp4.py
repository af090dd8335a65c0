"""MXFP4 (OCP microscaling FP4) quantization in numpy, as the Hugging Face gpt-oss checkpoints
store experts: blocks of 32 weights along the input axis share one E8M0 scale (2^(s-127)), each
weight is an E2M1 code, two codes a byte (the first in the low nibble).

The scale is the smallest power of two that brings the block's largest magnitude to <= 6 (the
largest E2M1 value), so nothing clips; codes round to the nearest value, ties toward zero.
`demo.train.mxfp4.fake_quantize` is the same rounding in torch (bit-identical, checked at export).
"""

from __future__ import annotations

import numpy as np

GROUP = 32
FP4_VALUES = np.array([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0], dtype=np.float32)
# Midpoints between neighbouring values: a magnitude above k of them rounds to value k.
FP4_BOUNDS = ((FP4_VALUES[1:] + FP4_VALUES[:-1]) / 2).astype(np.float32)
_MIN_EXP = -127


def block_exponents(amax: np.ndarray) -> np.ndarray:
    """ceil(log2(amax / 6)) per block, exactly (frexp, no log), clamped to E8M0's range."""
    ratio = (amax / np.float32(6.0)).astype(np.float32)
    mant, exp = np.frexp(ratio)
    exp = np.where(mant == 0.5, exp - 1, exp)
    exp = np.where(amax > 0, exp, _MIN_EXP)
    return np.clip(exp, _MIN_EXP, 127).astype(np.int32)


def quantize(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """w [..., K] float32 (K a multiple of 32) -> (blocks uint8 [..., K/32, 16], scales uint8
    [..., K/32]) in the HF `*_blocks` / `*_scales` layout."""
    w = np.asarray(w, dtype=np.float32)
    if w.shape[-1] % GROUP:
        raise ValueError(f"last dim {w.shape[-1]} is not a multiple of {GROUP}")
    g = w.reshape(*w.shape[:-1], w.shape[-1] // GROUP, GROUP)
    exp = block_exponents(np.abs(g).max(axis=-1))
    scaled = g / np.ldexp(np.float32(1.0), exp)[..., None].astype(np.float32)
    mag = np.searchsorted(FP4_BOUNDS, np.abs(scaled), side="left").astype(np.uint8)
    codes = mag | (np.signbit(scaled).astype(np.uint8) << 3)
    blocks = codes[..., 0::2] | (codes[..., 1::2] << 4)
    return blocks.astype(np.uint8), (exp + 127).astype(np.uint8)


def dequantize(blocks: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """The inverse view: (blocks, scales) -> float32 weights [..., K]."""
    lut = np.concatenate([FP4_VALUES, -FP4_VALUES])
    lo, hi = lut[blocks & 0x0F], lut[blocks >> 4]
    vals = np.stack([lo, hi], axis=-1).reshape(*blocks.shape[:-1], GROUP)
    vals = vals * np.ldexp(np.float32(1.0), scales.astype(np.int32) - 127)[..., None]
    return vals.reshape(*blocks.shape[:-2], -1).astype(np.float32)
