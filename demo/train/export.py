"""Export a trained demo model to the Hugging Face gpt-oss layout with MXFP4 experts.

Non-expert tensors are bf16; experts are `*_blocks`/`*_scales` from `demo.mxfp4.quantize` with
gate and up rows interleaved (gate even, up odd) as the HF checkpoints store them. config.json
has every key the real gpt-oss configs have, without the `synthetic` marker (these weights are
trained) and with a `demo` block saying what the model is. `exported_state` reads the files back
into a torch state dict (experts dequantized) so the exported model's loss can be measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file

from demo import mxfp4
from demo.data.build import SPECIAL_IDS
from demo.train.model import Dims, GptOss
from demo.train.mxfp4 import quantize_values
from synthetic.checkpoint import build_config

EXPERT_KEYS = ("gate_proj", "up_proj", "down_proj", "gate_bias", "up_bias", "down_bias")


def config_dict(d: Dims, demo: dict) -> dict:
    cfg = build_config("tiny", layers=d.num_hidden_layers, experts=d.num_local_experts)
    del cfg["synthetic"]
    cfg.update(
        vocab_size=d.vocab_size,
        hidden_size=d.hidden_size,
        intermediate_size=d.intermediate_size,
        num_attention_heads=d.num_attention_heads,
        num_key_value_heads=d.num_key_value_heads,
        head_dim=d.head_dim,
        sliding_window=d.sliding_window,
        experts_per_token=d.experts_per_token,
        num_experts_per_tok=d.experts_per_token,
        rope_theta=int(d.rope_theta),
        swiglu_limit=d.swiglu_limit,
        rms_norm_eps=d.rms_norm_eps,
        layer_types=[d.layer_type(i) for i in range(d.num_hidden_layers)],
        eos_token_id=SPECIAL_IDS["<|return|>"],
        pad_token_id=SPECIAL_IDS["<|endoftext|>"],
        demo=demo,
    )
    cfg["rope_scaling"].update(
        factor=d.rope_factor,
        original_max_position_embeddings=d.rope_original_max,
        beta_fast=d.rope_beta_fast,
        beta_slow=d.rope_beta_slow,
    )
    return dict(sorted(cfg.items()))


def hf_tensors(model: GptOss) -> dict[str, torch.Tensor]:
    """The HF layout's tensors: bf16 torch tensors and uint8 MXFP4 blocks/scales."""
    sd = {k: v.detach().float() for k, v in model.state_dict().items()}
    out: dict[str, torch.Tensor] = {}
    bf16 = torch.bfloat16
    for name, value in sd.items():
        if ".mlp.experts." in name:
            continue
        out[name] = value.to(bf16).contiguous()
    for i in range(model.d.num_hidden_layers):
        p = f"layers.{i}.mlp.experts."
        gate, up, down = sd[p + "gate_proj"], sd[p + "up_proj"], sd[p + "down_proj"]
        E, I, H = gate.shape
        gate_up = torch.stack([gate, up], dim=2).reshape(E, 2 * I, H)  # rows g0 u0 g1 u1 ...
        gu_bias = torch.stack([sd[p + "gate_bias"], sd[p + "up_bias"]], dim=2).reshape(E, 2 * I)
        q = f"model.layers.{i}.mlp.experts."
        for key, w in (("gate_up_proj", gate_up), ("down_proj", down)):
            blocks, scales = mxfp4.quantize(w.numpy())
            out[q + key + "_blocks"] = torch.from_numpy(blocks)
            out[q + key + "_scales"] = torch.from_numpy(scales)
        out[q + "gate_up_proj_bias"] = gu_bias.to(bf16).contiguous()
        out[q + "down_proj_bias"] = sd[p + "down_bias"].to(bf16).contiguous()
    renamed = {}
    for name, value in out.items():
        if name.startswith(("layers.", "embed_tokens.", "norm.")):
            name = "model." + name
        renamed[name] = value
    return renamed


def check_fake_quant(model: GptOss, tensors: dict[str, torch.Tensor]) -> int:
    """Elements where the stored MXFP4 experts differ from what QAT's forward pass saw (0)."""
    bad = 0
    for i, block in enumerate(model.layers):
        ex = block.mlp.experts
        q = f"model.layers.{i}.mlp.experts."
        gu = mxfp4.dequantize(
            tensors[q + "gate_up_proj_blocks"].numpy(), tensors[q + "gate_up_proj_scales"].numpy()
        )
        down = mxfp4.dequantize(
            tensors[q + "down_proj_blocks"].numpy(), tensors[q + "down_proj_scales"].numpy()
        )
        bad += int((gu[:, 0::2] != quantize_values(ex.gate_proj.detach()).numpy()).sum())
        bad += int((gu[:, 1::2] != quantize_values(ex.up_proj.detach()).numpy()).sum())
        bad += int((down != quantize_values(ex.down_proj.detach()).numpy()).sum())
    return bad


def export(model: GptOss, out: Path, demo: dict) -> dict:
    """Write config.json, generation_config.json and model.safetensors (tokenizer files are
    written by the data step); returns {"mismatched_fp4": n}."""
    out.mkdir(parents=True, exist_ok=True)
    tensors = hf_tensors(model)
    save_file(tensors, str(out / "model.safetensors"), metadata={"format": "pt"})
    (out / "config.json").write_text(json.dumps(config_dict(model.d, demo), indent=2) + "\n")
    gen = {
        "bos_token_id": SPECIAL_IDS["<|startoftext|>"],
        "do_sample": True,
        "eos_token_id": [
            SPECIAL_IDS["<|return|>"],
            SPECIAL_IDS["<|endoftext|>"],
            SPECIAL_IDS["<|call|>"],
        ],
        "pad_token_id": SPECIAL_IDS["<|endoftext|>"],
        "transformers_version": "4.55.0.dev0",
    }
    (out / "generation_config.json").write_text(json.dumps(gen, indent=2) + "\n")
    return {"mismatched_fp4": check_fake_quant(model, tensors)}


def exported_state(path: Path, d: Dims) -> dict[str, torch.Tensor]:
    """The exported files as a float32 state dict of `GptOss` (experts dequantized)."""
    raw = {
        k: (v.float() if v.is_floating_point() else v).numpy()
        for k, v in load_file(str(path / "model.safetensors")).items()
    }
    sd: dict[str, torch.Tensor] = {}
    for name, value in raw.items():
        if ".mlp.experts." in name:
            continue
        key = name.removeprefix("model.")
        sd[key] = torch.from_numpy(_f32(value))
    for i in range(d.num_hidden_layers):
        q = f"model.layers.{i}.mlp.experts."
        p = f"layers.{i}.mlp.experts."
        gu = mxfp4.dequantize(raw[q + "gate_up_proj_blocks"], raw[q + "gate_up_proj_scales"])
        down = mxfp4.dequantize(raw[q + "down_proj_blocks"], raw[q + "down_proj_scales"])
        gub = _f32(raw[q + "gate_up_proj_bias"])
        sd[p + "gate_proj"] = torch.from_numpy(np.ascontiguousarray(gu[:, 0::2]))
        sd[p + "up_proj"] = torch.from_numpy(np.ascontiguousarray(gu[:, 1::2]))
        sd[p + "down_proj"] = torch.from_numpy(down)
        sd[p + "gate_bias"] = torch.from_numpy(np.ascontiguousarray(gub[:, 0::2]))
        sd[p + "up_bias"] = torch.from_numpy(np.ascontiguousarray(gub[:, 1::2]))
        sd[p + "down_bias"] = torch.from_numpy(_f32(raw[q + "down_proj_bias"]))
    return sd


def _f32(value: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(value, dtype=np.float32)
