"""Model layers that compute with our CPU kernels: drop-ins for mlx-lm's layers.

`install(model)` swaps every dense `nn.Linear` (attention projections, router, lm_head), every
MXFP4 `QuantizedLinear`, every MXFP4 expert block (SwitchGLU over QuantizedSwitchLinear with
GPT-OSS's SwiGLU) and GPT-OSS's attention for subclasses that keep the same parameters under the
same names, so weight loading, dtype casts, telemetry and saving see the same model; only
`__call__` differs. What the kernels do not cover (affine-quantized layers of mlx-lm conversions,
float16 weights, quantized KV caches) keeps MLX's kernels.

`install_generate_ops()` does the same for the one step of mlx-lm's generation loop that is not
in the model: the log-softmax of every step's logits (`mx.logsumexp`, a scalar loop in MLX's CPU
backend: 2.5 ms for one row of GPT-OSS's 201,088 logits, 20 ms a step at batch 8).
"""

from __future__ import annotations

import importlib
import types
from typing import Any

import mlx.core as mx
from mlx import nn
from mlx_lm.models import gpt_oss
from mlx_lm.models.activations import SwigluOAI
from mlx_lm.models.base import scaled_dot_product_attention
from mlx_lm.models.switch_layers import QuantizedSwitchLinear, SwitchGLU

from loader.cpu import ext, on_cpu

_DTYPES = (mx.bfloat16, mx.float32)


def _adopt(cls: type[nn.Module], module: nn.Module) -> nn.Module:
    """An instance of `cls` (a subclass of module's class) sharing module's parameters and
    attributes: the layer itself, computed differently."""
    new = cls.__new__(cls)
    new.__dict__.update(module.__dict__)
    dict.update(new, module)
    return new


class CpuLinear(nn.Linear):
    """nn.Linear computed by `linear` (bf16/f32 weights and inputs; else MLX's matmul)."""

    def __call__(self, x: mx.array) -> mx.array:
        w = self["weight"]
        if x.dtype in _DTYPES and w.dtype in _DTYPES:
            return ext().linear(x, w, self.get("bias"))
        return super().__call__(x)


class CpuQuantizedLinear(nn.QuantizedLinear):
    """nn.QuantizedLinear in mxfp4 mode (group 32, 4 bits) computed by `mxfp4_linear`."""

    def __call__(self, x: mx.array) -> mx.array:
        if x.dtype in _DTYPES:
            return ext().mxfp4_linear(x, self["weight"], self["scales"], self.get("bias"))
        return super().__call__(x)


class CpuAttention(gpt_oss.AttentionBlock):
    """mlx-lm's GPT-OSS attention with `attention` (sinks, grouped heads, causal or array masks,
    no [L, S] score matrix) in place of mx.fast.scaled_dot_product_attention, whose CPU fallback
    runs single-threaded and stores every score. The body is mlx-lm's, except for that call."""

    def __call__(self, x: mx.array, mask: mx.array | str | None, cache: Any = None) -> mx.array:
        B, L, _ = x.shape
        D = self.head_dim
        q = self.q_proj(x).reshape(B, L, -1, D).swapaxes(1, 2)
        k = self.k_proj(x).reshape(B, L, -1, D).swapaxes(1, 2)
        v = self.v_proj(x).reshape(B, L, -1, D).swapaxes(1, 2)
        if cache is not None:
            q = self.rope(q, offset=cache.offset)
            k = self.rope(k, offset=cache.offset)
            k, v = cache.update_and_fetch(k, v)
        else:
            q = self.rope(q)
            k = self.rope(k)
        if hasattr(cache, "bits") or q.dtype not in _DTYPES or D % 16:
            out = scaled_dot_product_attention(
                q, k, v, cache, self.sm_scale, mask=mask, sinks=self.sinks
            )
        elif isinstance(mask, str):
            out = ext().attention(q, k, v, self.sm_scale, mask, None, self.sinks)
        else:
            out = ext().attention(q, k, v, self.sm_scale, "", mask, self.sinks)
        return self.o_proj(out.swapaxes(1, 2).reshape(B, L, -1))


class CpuSwitchGLU(SwitchGLU):
    """mlx-lm's SwitchGLU (MXFP4 experts, GPT-OSS SwiGLU) computed by `moe_swiglu` in one
    primitive: [..., H] tokens and [..., k] expert ids -> [..., k, H], like the original."""

    def __call__(self, x: mx.array, indices: mx.array) -> mx.array:
        if x.dtype not in _DTYPES:
            return super().__call__(x, indices)
        g, u, d = self.gate_proj, self.up_proj, self.down_proj
        act = self.activation
        return ext().moe_swiglu(
            x,
            indices,
            g["weight"],
            g["scales"],
            g["bias"],
            u["weight"],
            u["scales"],
            u["bias"],
            d["weight"],
            d["scales"],
            d["bias"],
            act._alpha,
            act._limit,
        )


def _kernel_glu(m: SwitchGLU) -> bool:
    projections = (m.gate_proj, m.up_proj, m.down_proj)
    return isinstance(m.activation, SwigluOAI) and all(
        isinstance(p, QuantizedSwitchLinear)
        and p.mode == "mxfp4"
        and p.bits == 4
        and p.group_size == 32
        and "bias" in p
        and p.global_scale is None
        for p in projections
    )


def _replacement(module: nn.Module) -> nn.Module | None:
    if type(module) is nn.Linear:
        return _adopt(CpuLinear, module)
    if (
        type(module) is nn.QuantizedLinear
        and module.mode == "mxfp4"
        and module.bits == 4
        and module.group_size == 32
    ):
        return _adopt(CpuQuantizedLinear, module)
    if type(module) is gpt_oss.AttentionBlock:
        return _adopt(CpuAttention, module)
    if type(module) is SwitchGLU and _kernel_glu(module):
        return _adopt(CpuSwitchGLU, module)
    return None


def install(model: nn.Module) -> int:
    """Swap the layers the kernels cover, in place; returns how many were swapped."""
    swapped = 0

    def visit(node: Any) -> Any:
        nonlocal swapped
        if isinstance(node, nn.Module):
            new = _replacement(node)
            if new is not None:
                swapped += 1
                node = new  # its children (e.g. an attention block's Linears) are swapped too
            for key, child in list(node.items()):
                if isinstance(child, (nn.Module, list, tuple)):
                    node[key] = visit(child)
            return node
        if isinstance(node, list):
            return [visit(child) for child in node]
        return node

    visit(model)
    return swapped


def logsumexp(
    a: mx.array, axis: Any = None, keepdims: bool = False, *, stream: Any = None
) -> mx.array:
    """`mx.logsumexp`, computed by our kernel for the last axis of a float array on the CPU."""
    last = isinstance(axis, int) and a.ndim > 0 and axis in (-1, a.ndim - 1)
    if last and stream is None and a.dtype in _DTYPES and a.size and on_cpu():
        out = ext().logsumexp(a)
        return out if keepdims else out.squeeze(-1)
    return mx.logsumexp(a, axis=axis, keepdims=keepdims, stream=stream)


class _GenerateOps(types.ModuleType):
    """`mlx.core` as mlx_lm.generate sees it after `install_generate_ops`: the same module,
    except for `logsumexp`."""

    logsumexp = staticmethod(logsumexp)

    def __getattr__(self, name: str) -> Any:
        return getattr(mx, name)


def install_generate_ops() -> None:
    """Route mlx_lm.generate's `mx.logsumexp` (its BatchGenerator normalizes each step's logits
    with it) to ours; everything else it calls stays mlx.core's. Idempotent."""
    generate = importlib.import_module("mlx_lm.generate")  # the package attribute is a function
    if not isinstance(generate.mx, _GenerateOps):
        generate.mx = _GenerateOps(mx.__name__)
