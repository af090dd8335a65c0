"""GPT-OSS in PyTorch for training the demo model: the architecture exactly as mlx-lm runs it.

Attention with per-head sinks, sliding-window and full layers alternating, YaRN RoPE (the same
frequency table and input scale as mlx-lm's `YarnRoPE`, halves rotated), the clamped SwiGLU
(alpha 1.702, limit 7, `up + 1`), top-k routing with a router bias and a softmax over the k
chosen logits, biases on attention and experts, RMSNorm, an untied lm_head. `fake_mxfp4` turns on
straight-through MXFP4 rounding of the expert weights (quantization-aware training). Training
only: nothing at runtime imports this module or torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from demo.train.mxfp4 import fake_quantize


@dataclass(frozen=True)
class Dims:
    vocab_size: int = 4096
    hidden_size: int = 256
    intermediate_size: int = 256
    num_hidden_layers: int = 4
    num_local_experts: int = 16
    experts_per_token: int = 4
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    head_dim: int = 64
    sliding_window: int = 128
    rope_theta: float = 150000.0
    rope_factor: float = 32.0
    rope_original_max: int = 4096
    rope_beta_fast: float = 32.0
    rope_beta_slow: float = 1.0
    rms_norm_eps: float = 1e-5
    swiglu_limit: float = 7.0
    swiglu_alpha: float = 1.702

    def layer_type(self, layer: int) -> str:
        return ("sliding_attention", "full_attention")[layer % 2]


def yarn_tables(d: Dims) -> tuple[torch.Tensor, float]:
    """(inverse frequencies [head_dim/2], input scale): mlx-lm's YarnRoPE, term for term."""
    dims, base = d.head_dim, d.rope_theta

    def correction_dim(rotations: float) -> float:
        return (dims * math.log(d.rope_original_max / (rotations * 2 * math.pi))) / (
            2 * math.log(base)
        )

    low = max(math.floor(correction_dim(d.rope_beta_fast)), 0)
    high = min(math.ceil(correction_dim(d.rope_beta_slow)), dims - 1)
    if low == high:
        high += 0.001
    ramp = ((torch.arange(dims // 2, dtype=torch.float32) - low) / (high - low)).clamp(0, 1)
    mask = 1.0 - ramp
    extra = base ** (torch.arange(0, dims, 2, dtype=torch.float32) / dims)
    inter = d.rope_factor * extra
    freqs = (inter * extra) / (inter * mask + extra * (1 - mask))
    mscale = 0.1 * math.log(d.rope_factor) + 1.0 if d.rope_factor > 1 else 1.0
    return 1.0 / freqs, mscale


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)


class RMSNorm(nn.Module):
    def __init__(self, size: int, eps: float) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class Attention(nn.Module):
    def __init__(self, d: Dims) -> None:
        super().__init__()
        self.d = d
        q, kv = d.num_attention_heads * d.head_dim, d.num_key_value_heads * d.head_dim
        self.q_proj = nn.Linear(d.hidden_size, q)
        self.k_proj = nn.Linear(d.hidden_size, kv)
        self.v_proj = nn.Linear(d.hidden_size, kv)
        self.o_proj = nn.Linear(q, d.hidden_size)
        self.sinks = nn.Parameter(torch.zeros(d.num_attention_heads))

    def forward(self, x: torch.Tensor, cos, sin, mscale: float, mask: torch.Tensor):
        B, L, _ = x.shape
        d = self.d
        q = self.q_proj(x).view(B, L, -1, d.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(B, L, -1, d.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(B, L, -1, d.head_dim).transpose(1, 2)
        q, k = rope(q * mscale, cos, sin), rope(k * mscale, cos, sin)
        rep = d.num_attention_heads // d.num_key_value_heads
        k, v = k.repeat_interleave(rep, dim=1), v.repeat_interleave(rep, dim=1)
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(d.head_dim)
        scores = scores.masked_fill(~mask, float("-inf"))
        # The sink is one extra logit per head that takes probability mass and gives no value.
        sink = self.sinks.view(1, -1, 1, 1).expand(B, -1, L, 1)
        probs = torch.softmax(torch.cat([scores, sink], dim=-1), dim=-1)[..., :-1]
        out = (probs @ v).transpose(1, 2).reshape(B, L, -1)
        return self.o_proj(out)


class Experts(nn.Module):
    """E experts of the clamped SwiGLU; weights [E, out, in] like the checkpoint's rows."""

    def __init__(self, d: Dims) -> None:
        super().__init__()
        E, H, I = d.num_local_experts, d.hidden_size, d.intermediate_size
        self.d = d
        self.gate_proj = nn.Parameter(torch.randn(E, I, H) / math.sqrt(H))
        self.up_proj = nn.Parameter(torch.randn(E, I, H) / math.sqrt(H))
        self.down_proj = nn.Parameter(torch.randn(E, H, I) / math.sqrt(I) * 0.5)
        self.gate_bias = nn.Parameter(torch.zeros(E, I))
        self.up_bias = nn.Parameter(torch.zeros(E, I))
        self.down_bias = nn.Parameter(torch.zeros(E, H))
        self.fake_mxfp4 = False

    def weights(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        w = (self.gate_proj, self.up_proj, self.down_proj)
        return tuple(fake_quantize(t) for t in w) if self.fake_mxfp4 else w

    def forward(self, x: torch.Tensor, idx: torch.Tensor, gates: torch.Tensor) -> torch.Tensor:
        """x [N, H], idx/gates [N, k] -> [N, H]: each expert runs on the tokens routed to it."""
        wg, wu, wd = self.weights()
        limit, alpha = self.d.swiglu_limit, self.d.swiglu_alpha
        out = torch.zeros_like(x)
        flat = idx.reshape(-1)
        order = torch.argsort(flat, stable=True)
        counts = torch.bincount(flat, minlength=wg.shape[0]).tolist()
        token_of = order // idx.shape[1]
        gate_of = gates.reshape(-1)[order]
        start = 0
        for e, n in enumerate(counts):
            if n == 0:
                continue
            tok = token_of[start : start + n]
            h = x[tok]
            g = (h @ wg[e].T + self.gate_bias[e]).clamp(max=limit)
            u = (h @ wu[e].T + self.up_bias[e]).clamp(-limit, limit)
            a = (u + 1) * (g * torch.sigmoid(alpha * g))
            y = a @ wd[e].T + self.down_bias[e]
            out.index_add_(0, tok, y * gate_of[start : start + n, None])
            start += n
        return out


class MoE(nn.Module):
    def __init__(self, d: Dims) -> None:
        super().__init__()
        self.d = d
        self.router = nn.Linear(d.hidden_size, d.num_local_experts)
        self.experts = Experts(d)
        self.aux = torch.zeros(())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        x = x.reshape(-1, shape[-1])
        logits = self.router(x)
        top, idx = torch.topk(logits, self.d.experts_per_token, dim=-1)
        gates = torch.softmax(top, dim=-1)
        # Switch-style balance loss: fraction routed x mean router probability, per expert.
        E = self.d.num_local_experts
        frac = (
            torch.zeros(E, device=x.device).index_add_(
                0, idx.reshape(-1), torch.ones(idx.numel(), device=x.device)
            )
            / idx.numel()
        )
        self.aux = E * (frac * torch.softmax(logits, dim=-1).mean(0)).sum()
        self.last_idx = idx.detach()
        return self.experts(x, idx, gates).reshape(shape)


class Block(nn.Module):
    def __init__(self, d: Dims) -> None:
        super().__init__()
        self.input_layernorm = RMSNorm(d.hidden_size, d.rms_norm_eps)
        self.self_attn = Attention(d)
        self.post_attention_layernorm = RMSNorm(d.hidden_size, d.rms_norm_eps)
        self.mlp = MoE(d)

    def forward(self, x, cos, sin, mscale, mask):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, mscale, mask)
        return x + self.mlp(self.post_attention_layernorm(x))


class GptOss(nn.Module):
    def __init__(self, d: Dims) -> None:
        super().__init__()
        self.d = d
        self.embed_tokens = nn.Embedding(d.vocab_size, d.hidden_size)
        self.layers = nn.ModuleList(Block(d) for _ in range(d.num_hidden_layers))
        self.norm = RMSNorm(d.hidden_size, d.rms_norm_eps)
        self.lm_head = nn.Linear(d.hidden_size, d.vocab_size, bias=False)
        inv, mscale = yarn_tables(d)
        self.register_buffer("inv_freq", inv, persistent=False)
        self.mscale = mscale
        self._init()

    def _init(self) -> None:
        std = 0.02
        for name, p in self.named_parameters():
            if name.endswith(("q_proj.weight", "k_proj.weight", "v_proj.weight")):
                nn.init.normal_(p, 0, std)
            elif name.endswith("o_proj.weight"):
                nn.init.normal_(p, 0, std / math.sqrt(2 * self.d.num_hidden_layers))
            elif name.endswith("router.weight"):
                nn.init.normal_(p, 0, std)
            elif name.endswith(".bias") and "experts" not in name:
                nn.init.zeros_(p)
        nn.init.normal_(self.embed_tokens.weight, 0, 1.0)
        nn.init.normal_(self.lm_head.weight, 0, std)

    def set_fake_mxfp4(self, on: bool) -> None:
        for block in self.layers:
            block.mlp.experts.fake_mxfp4 = on

    def aux_loss(self) -> torch.Tensor:
        return sum(b.mlp.aux for b in self.layers) / len(self.layers)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        L = ids.shape[1]
        x = self.embed_tokens(ids)
        pos = torch.arange(L, dtype=torch.float32)
        ang = pos[:, None] * self.inv_freq[None]
        cos, sin = torch.cos(ang), torch.sin(ang)
        i = torch.arange(L)[:, None]
        j = torch.arange(L)[None]
        full = j <= i
        masks = {
            "full_attention": full,
            "sliding_attention": full & (i < j + self.d.sliding_window),
        }
        for n, block in enumerate(self.layers):
            x = block(x, cos, sin, self.mscale, masks[self.d.layer_type(n)])
        return self.lm_head(self.norm(x))
