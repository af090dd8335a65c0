"""Logit parity: the torch model with the exported weights (experts dequantized from the MXFP4
bytes) against our loader's MLX model on the same prompts, and greedy tokens step by step.

The MLX model computes in bf16 (the checkpoint's dtype), torch in float32, so logits agree to
bf16 rounding, not bit for bit: the report gives the max and mean absolute difference, the logit
scale, and the same figures for torch float32 against torch under bf16 autocast (what bf16
rounding alone does to this model); greedy continuations are compared token by token.
"""

from __future__ import annotations

import json
from pathlib import Path

import mlx.core as mx
import numpy as np
import torch

from demo.data.functions import FUNCTIONS
from demo.train.export import exported_state
from demo.train.model import Dims, GptOss
from harmony import HarmonyVocab, SystemConfig, render_chat

PROMPTS = (
    "What is 48 + 37?",
    "Add 12 days to 2025-02-20.",
    "Convert 7 kilometers to meters.",
    "Hello!",
    "What's the weather in Oslo in celsius?",  # with three tools declared: > 128 tokens
)


def dims_of(config: dict) -> Dims:
    rs = config["rope_scaling"]
    return Dims(
        vocab_size=config["vocab_size"],
        hidden_size=config["hidden_size"],
        intermediate_size=config["intermediate_size"],
        num_hidden_layers=config["num_hidden_layers"],
        num_local_experts=config["num_local_experts"],
        experts_per_token=config["num_experts_per_tok"],
        num_attention_heads=config["num_attention_heads"],
        num_key_value_heads=config["num_key_value_heads"],
        head_dim=config["head_dim"],
        sliding_window=config["sliding_window"],
        rope_theta=float(config["rope_theta"]),
        rope_factor=rs["factor"],
        rope_original_max=rs["original_max_position_embeddings"],
        rope_beta_fast=rs["beta_fast"],
        rope_beta_slow=rs["beta_slow"],
        rms_norm_eps=config["rms_norm_eps"],
        swiglu_limit=config["swiglu_limit"],
    )


def parity(model_dir: Path, steps: int = 40) -> dict:
    """Teacher-forced on torch's greedy continuation of each prompt: logits of both models at
    every step; then our engine's own greedy continuation (KV caches, rotating for the sliding
    layers) against torch's, token by token."""
    import loader
    from engine import Engine, SamplingParams

    model_dir = Path(model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    d = dims_of(config)
    ref = GptOss(d)
    ref.load_state_dict(exported_state(model_dir, d))
    ref.eval()
    mlx_model, tokenizer, _ = loader.load(model_dir)
    vocab = HarmonyVocab(tokenizer)
    stops = set(vocab.stop_ids)
    diffs, scales, agree, total, rows, prompt_lengths = [], [], 0, 0, [], []
    bf16_floor: list[float] = []  # torch float32 vs torch bf16 autocast: rounding alone
    engine = Engine(mlx_model, tokenizer, max_batch=1)
    try:
        for text in PROMPTS:
            tools = [f.tool() for f in FUNCTIONS[:3]] if "weather" in text else None
            msgs = [{"role": "user", "content": text}]
            ids = vocab.encode_parts(render_chat(msgs, tools=tools, system=SystemConfig()).parts)
            prompt_lengths.append(len(ids))
            seq = list(ids)
            for _ in range(steps):
                with torch.no_grad():
                    t_logits = ref(torch.tensor([seq]))[0, -1].numpy()
                    with torch.autocast("cpu", dtype=torch.bfloat16):
                        b_logits = ref(torch.tensor([seq]))[0, -1].float().numpy()
                bf16_floor.append(float(np.abs(t_logits - b_logits).max()))
                m_logits = np.array(mlx_model(mx.array([seq]))[0, -1].astype(mx.float32))
                diffs.append(float(np.abs(t_logits - m_logits).max()))
                scales.append(float(np.abs(t_logits).max()))
                total += 1
                agree += int(t_logits.argmax()) == int(m_logits.argmax())
                seq.append(int(t_logits.argmax()))
                if seq[-1] in stops:
                    break
            torch_tokens = seq[len(ids) :]
            params = SamplingParams(temperature=0.0, max_tokens=len(torch_tokens))
            engine_tokens = [ev.token for ev in engine.generate_sync(ids, params)]
            same = 0
            for a, b in zip(torch_tokens, engine_tokens):
                if a != b:
                    break
                same += 1
            rows.append(
                {
                    "prompt": text,
                    "prompt_tokens": len(ids),
                    "torch_greedy": vocab.decode(torch_tokens),
                    "engine_greedy": vocab.decode(engine_tokens),
                    "identical_leading_tokens": f"{same}/{len(torch_tokens)}",
                }
            )
    finally:
        engine.close()
    return {
        "max_abs_logit_diff": round(max(diffs), 4),
        "mean_max_abs_logit_diff": round(float(np.mean(diffs)), 4),
        "max_abs_logit": round(max(scales), 2),
        "torch_fp32_vs_torch_bf16_max_abs_diff": round(max(bf16_floor), 4),
        "torch_fp32_vs_torch_bf16_mean_max_abs_diff": round(float(np.mean(bf16_floor)), 4),
        "argmax_agreement_teacher_forced": f"{agree}/{total}",
        "completions": rows,
    }
