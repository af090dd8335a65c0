"""Logit parity: the torch model with the exported weights (experts dequantized from the MXFP4
bytes) against our loader's MLX model on the same prompts, and greedy tokens step by step.

The MLX model computes in bf16 (the checkpoint's dtype), torch in float32, so logits agree to
bf16 rounding, not bit for bit: the report gives the max and mean absolute difference and the
logit scale, and greedy continuations are compared token by token.
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
    import loader

    model_dir = Path(model_dir)
    config = json.loads((model_dir / "config.json").read_text())
    d = dims_of(config)
    ref = GptOss(d)
    ref.load_state_dict(exported_state(model_dir, d))
    ref.eval()
    mlx_model, tokenizer, _ = loader.load(model_dir)
    vocab = HarmonyVocab(tokenizer)
    stops = set(vocab.stop_ids)
    diffs, scales, same, total, rows, prompt_lengths = [], [], 0, 0, [], []
    for text in PROMPTS:
        tools = [f.tool() for f in FUNCTIONS[:3]] if "weather" in text else None
        msgs = [{"role": "user", "content": text}]
        ids = vocab.encode_parts(render_chat(msgs, tools=tools, system=SystemConfig()).parts)
        prompt_lengths.append(len(ids))
        t_ids, m_ids = list(ids), list(ids)
        for _ in range(steps):
            with torch.no_grad():
                t_logits = ref(torch.tensor([t_ids]))[0, -1].numpy()
            m_logits = np.array(mlx_model(mx.array([m_ids]))[0, -1].astype(mx.float32))
            if t_ids == m_ids:
                diffs.append(float(np.abs(t_logits - m_logits).max()))
                scales.append(float(np.abs(t_logits).max()))
            t_next, m_next = int(t_logits.argmax()), int(m_logits.argmax())
            total += 1
            same += t_next == m_next
            t_ids.append(t_next)
            m_ids.append(m_next)
            if t_next in stops and m_next in stops:
                break
        rows.append(
            {
                "prompt": text,
                "torch": vocab.decode(t_ids[len(ids) :]),
                "mlx": vocab.decode(m_ids[len(ids) :]),
            }
        )
    return {
        "prompt_tokens": prompt_lengths,
        "max_abs_logit_diff": round(max(diffs), 4),
        "mean_of_max_abs_logit_diff": round(float(np.mean(diffs)), 4),
        "max_abs_logit": round(max(scales), 2),
        "greedy_tokens_identical": f"{same}/{total}",
        "completions": rows,
    }
