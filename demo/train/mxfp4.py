"""Fake MXFP4 in torch for quantization-aware training: the forward pass sees the weights exactly
as `demo.mxfp4.quantize` will store them, the backward pass is the identity (straight-through)."""

from __future__ import annotations

import torch

from demo.mxfp4 import FP4_BOUNDS, FP4_VALUES, GROUP

_VALUES = torch.from_numpy(FP4_VALUES)
_BOUNDS = torch.from_numpy(FP4_BOUNDS)


def quantize_values(w: torch.Tensor) -> torch.Tensor:
    """The MXFP4-rounded copy of w (float32, last dim a multiple of 32), no gradient."""
    with torch.no_grad():
        g = w.float().reshape(*w.shape[:-1], w.shape[-1] // GROUP, GROUP)
        amax = g.abs().amax(dim=-1)
        mant, exp = torch.frexp(amax / 6.0)
        exp = torch.where(mant == 0.5, exp - 1, exp)
        exp = torch.where(amax > 0, exp, torch.full_like(exp, -127)).clamp(-127, 127)
        scale = torch.ldexp(torch.ones_like(amax), exp)[..., None]
        scaled = g / scale
        mag = torch.bucketize(scaled.abs(), _BOUNDS, right=False)
        q = torch.copysign(_VALUES[mag], scaled) * scale
        return q.reshape(w.shape).to(w.dtype)


def fake_quantize(w: torch.Tensor) -> torch.Tensor:
    return w + (quantize_values(w) - w).detach()
