"""GPT-OSS in MLX with a per-layer expert count, built from mlx-lm's gpt_oss layers.

Attention, RoPE (YaRN), sinks, caches, SwitchGLU and the GPT-OSS SwiGLU are mlx-lm's; this
module only gives each layer its own `ModelArgs` (so layer l has E_l experts), lets the layer
types be any mix, and adds telemetry/observer hooks to the MoE block. It does not load weights
(see `loader.loading`).
"""

from __future__ import annotations

import dataclasses

import mlx.core as mx
from mlx import nn
from mlx_lm.models import gpt_oss
from mlx_lm.models.activations import SwigluOAI
from mlx_lm.models.base import create_attention_mask

from loader.config import GptOssConfig
from loader.telemetry import ExpertObservation, ExpertObserver, ExpertTelemetry


class MoEBlock(gpt_oss.MLPBlock):
    """mlx-lm's MLPBlock with E_l experts, ORIGINAL-id bookkeeping and optional hooks."""

    def __init__(
        self,
        args: gpt_oss.ModelArgs,
        layer: int,
        original_ids: tuple[int, ...],
        swiglu_limit: float,
    ) -> None:
        super().__init__(args)
        if swiglu_limit != 7.0:  # mlx-lm's SwigluOAI default is GPT-OSS's 7.0
            self.experts.activation = SwigluOAI(limit=swiglu_limit)
        self.layer = layer
        # Underscored so MLX does not treat them as parameters to load.
        self._original_ids = original_ids
        self._id_lookup: mx.array | None = None
        self.telemetry: ExpertTelemetry | None = None
        self.observer: ExpertObserver | None = None

    def __call__(self, x: mx.array) -> mx.array:
        g = self.router(x)
        logits, indices = gpt_oss.mlx_topk(g, k=self.num_experts_per_tok, axis=-1)
        gates = mx.softmax(logits, axis=-1, precise=True)
        out = self.experts(x, indices)
        if self.telemetry is not None:
            self.telemetry.record(self.layer, indices)
        if self.observer is not None:
            self.observer(self._observe(indices, gates, out))
        return (out * mx.expand_dims(gates, axis=-1)).sum(axis=-2)

    def _observe(self, indices: mx.array, gates: mx.array, out: mx.array) -> ExpertObservation:
        if self._id_lookup is None:
            self._id_lookup = mx.array(self._original_ids, dtype=mx.int32)
        norms = mx.linalg.norm(out.astype(mx.float32), axis=-1)
        return ExpertObservation(self.layer, self._id_lookup[indices], gates, norms)


class GptOssBody(nn.Module):
    """Embedding, blocks and final norm; same attribute names as mlx-lm's GptOssMoeModel."""

    def __init__(self, cfg: GptOssConfig, base: gpt_oss.ModelArgs) -> None:
        super().__init__()
        self.embed_tokens = nn.Embedding(cfg.vocab_size, cfg.hidden_size)
        self.norm = nn.RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)
        self.layer_types = list(cfg.layer_types)
        self.window_size = cfg.sliding_window
        self.layers = []
        for layer, count in enumerate(cfg.experts_per_layer):
            args = dataclasses.replace(base, num_local_experts=count)
            block = gpt_oss.TransformerBlock(args)
            block.mlp = MoEBlock(args, layer, cfg.original_ids(layer), cfg.swiglu_limit)
            self.layers.append(block)
        # Any mix of layer types is allowed (e.g. a 1-layer model is sliding-only).
        types = self.layer_types
        self.ga_idx = types.index("full_attention") if "full_attention" in types else None
        self.swa_idx = types.index("sliding_attention") if "sliding_attention" in types else None

    def __call__(
        self, inputs: mx.array, cache=None, input_embeddings: mx.array | None = None
    ) -> mx.array:
        x = input_embeddings if input_embeddings is not None else self.embed_tokens(inputs)
        if cache is None:
            cache = [None] * len(self.layers)
        full_mask = swa_mask = None
        if self.ga_idx is not None:
            full_mask = create_attention_mask(x, cache[self.ga_idx])
        if self.swa_idx is not None:
            swa_mask = create_attention_mask(x, cache[self.swa_idx], window_size=self.window_size)
        for layer, c, layer_type in zip(self.layers, cache, self.layer_types):
            x = layer(x, full_mask if layer_type == "full_attention" else swa_mask, c)
        return self.norm(x)


class GptOssModel(gpt_oss.Model):
    """mlx-lm model protocol (`__call__`, `layers`, `make_cache`, `sanitize`) + our hooks."""

    def __init__(self, cfg: GptOssConfig) -> None:
        nn.Module.__init__(self)
        raw = dict(cfg.raw)
        raw.update(
            num_local_experts=max(cfg.experts_per_layer),
            layer_types=list(cfg.layer_types),
            head_dim=cfg.head_dim,
        )
        self.args = gpt_oss.ModelArgs.from_dict(raw)
        self.model_type = cfg.model_type
        self.config = cfg
        self.model = GptOssBody(cfg, self.args)
        self.lm_head = nn.Linear(cfg.hidden_size, cfg.vocab_size, bias=False)
        self.telemetry: ExpertTelemetry | None = None

    @property
    def moe_blocks(self) -> list[MoEBlock]:
        return [block.mlp for block in self.model.layers]

    def set_telemetry(self, on: bool) -> None:
        """Switch expert-usage counting on (fresh counts) or off (`telemetry is None`)."""
        self.telemetry = (
            ExpertTelemetry([self.config.original_ids(i) for i in range(len(self.layers))])
            if on
            else None
        )
        for block in self.moe_blocks:
            block.telemetry = self.telemetry

    def set_expert_observer(self, observer: ExpertObserver | None) -> None:
        """Install (or remove, with None) a callback that sees every MoE layer's routing."""
        for block in self.moe_blocks:
            block.observer = observer
