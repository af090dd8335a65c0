"""Random-weight GPT-OSS checkpoints in the exact Hugging Face layout, for tests and benches.

`write_checkpoint` streams tensor by tensor (chunks of a few MB), so a 20b-shaped checkpoint
(~13 GB) is written with little resident memory; output is a deterministic function of shape,
counts and seed. The weights are
random: nothing here produces a model that says anything sensible.
"""

from __future__ import annotations

import json
import logging
import math
import os
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from loader.config import GptOssConfig
from loader.layout import TensorSpec, hf_tensor_specs
from loader.safetensors_file import DTYPE_BYTES, TensorPlan, write_shard
from synthetic.tokenizer import (
    HARMONY_SPECIAL_IDS,
    TINY_SPECIAL_ORDER,
    write_tokenizer_files,
)

log = logging.getLogger(__name__)

GENERATOR_VERSION = 1
_CHUNK = 1 << 22  # elements per generated chunk: bounds resident memory while writing

# Width/depth of each shape; 20b and 120b are the real models' numbers.
_REAL = {
    "vocab_size": 201088,
    "hidden_size": 2880,
    "intermediate_size": 2880,
    "num_attention_heads": 64,
    "num_key_value_heads": 8,
    "head_dim": 64,
    "sliding_window": 128,
    "max_shard_bytes": 4_000_000_000,
}
SHAPES: dict[str, dict] = {
    "tiny": {
        "vocab_size": 512,
        "hidden_size": 128,
        "intermediate_size": 96,
        "num_hidden_layers": 4,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 16,
        "num_local_experts": 8,
        "sliding_window": 16,
        "max_shard_bytes": 400_000,
    },
    "20b": {**_REAL, "num_hidden_layers": 24, "num_local_experts": 32},
    # gpt-oss-20b's widths with a small vocabulary and few experts: real kernel shapes in tests.
    "20b-narrow": {**_REAL, "vocab_size": 4096, "num_hidden_layers": 2, "num_local_experts": 8},
    "120b": {**_REAL, "num_hidden_layers": 36, "num_local_experts": 128},
}


def special_token_ids(shape: str) -> dict[str, int]:
    if SHAPES[shape]["vocab_size"] > max(HARMONY_SPECIAL_IDS.values()):
        return dict(HARMONY_SPECIAL_IDS)
    return {tok: i for i, tok in enumerate(TINY_SPECIAL_ORDER)}


def build_config(
    shape: str = "tiny",
    layers: int | None = None,
    experts: int | Sequence[int] | None = None,
    seed: int = 0,
) -> dict:
    """config.json content with every key the real gpt-oss-20b config has (plus lite keys)."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; choose one of {sorted(SHAPES)}")
    s = SHAPES[shape]
    n_layers = layers if layers is not None else s["num_hidden_layers"]
    if layers is None and experts is not None and not isinstance(experts, int):
        n_layers = len(experts)  # a per-layer list implies the depth
    if n_layers <= 0:
        raise ValueError(f"layers must be positive, got {n_layers}")
    default_e = s["num_local_experts"]
    specials = special_token_ids(shape)
    cfg: dict = {
        "architectures": ["GptOssForCausalLM"],
        "attention_bias": True,
        "attention_dropout": 0.0,
        "eos_token_id": specials["<|return|>"],
        "experts_per_token": 4,
        "head_dim": s["head_dim"],
        "hidden_act": "silu",
        "hidden_size": s["hidden_size"],
        "initial_context_length": 4096,
        "initializer_range": 0.02,
        "intermediate_size": s["intermediate_size"],
        "layer_types": [("sliding_attention", "full_attention")[i % 2] for i in range(n_layers)],
        "max_position_embeddings": 131072,
        "model_type": "gpt_oss",
        "num_attention_heads": s["num_attention_heads"],
        "num_experts_per_tok": 4,
        "num_hidden_layers": n_layers,
        "num_key_value_heads": s["num_key_value_heads"],
        "num_local_experts": default_e,
        "output_router_logits": False,
        "pad_token_id": specials["<|endoftext|>"],
        "quantization_config": {
            "modules_to_not_convert": [
                "model.layers.*.self_attn",
                "model.layers.*.mlp.router",
                "model.embed_tokens",
                "lm_head",
            ],
            "quant_method": "mxfp4",
        },
        "rms_norm_eps": 1e-05,
        "rope_scaling": {
            "beta_fast": 32.0,
            "beta_slow": 1.0,
            "factor": 32.0,
            "original_max_position_embeddings": 4096,
            "rope_type": "yarn",
            "truncate": False,
        },
        "rope_theta": 150000,
        "router_aux_loss_coef": 0.9,
        "sliding_window": s["sliding_window"],
        "swiglu_limit": 7.0,
        "tie_word_embeddings": False,
        "transformers_version": "4.55.0.dev0",
        "use_cache": True,
        "vocab_size": s["vocab_size"],
        # Marks random weights so servers can say so; real checkpoints never carry it.
        "synthetic": {
            "generator": "gptoss-mlx synthetic",
            "version": GENERATOR_VERSION,
            "shape": shape,
            "seed": seed,
        },
    }
    if isinstance(experts, int):
        cfg["num_local_experts"] = experts
    elif experts is not None:
        counts = [int(e) for e in experts]
        if len(counts) != n_layers:
            raise ValueError(f"{len(counts)} per-layer expert counts for {n_layers} layers")
        original = max(default_e, *counts)
        rng = np.random.default_rng([seed, 0xE4])
        cfg["num_local_experts"] = counts
        cfg["original_num_local_experts"] = original
        cfg["expert_map"] = [
            sorted(rng.choice(original, c, replace=False).tolist()) for c in counts
        ]
    return cfg


def write_checkpoint(
    out: str | Path,
    shape: str = "tiny",
    layers: int | None = None,
    experts: int | Sequence[int] | None = None,
    seed: int = 0,
) -> Path:
    """Write a random-weight checkpoint in the HF layout into `out` (new or empty) and return it."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty; pass a new directory")
    cfg_dict = build_config(shape, layers, experts, seed)
    cfg = GptOssConfig.from_dict(cfg_dict)  # validates the requested counts (e.g. >= top-k)
    out.mkdir(parents=True, exist_ok=True)
    specs = hf_tensor_specs(cfg)
    shards = _plan_shards(specs, SHAPES[shape]["max_shard_bytes"])
    weight_map, total = {}, 0
    for n, names in enumerate(shards, start=1):
        fname = f"model-{n:05d}-of-{len(shards):05d}.safetensors"
        plans = [_plan(name, specs[name], cfg, seed) for name in names]
        write_shard(out / fname, plans)
        total += sum(p.nbytes for p in plans)
        weight_map.update({name: fname for name in names})
        log.info("wrote %s (%d tensors)", fname, len(names))
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n")
    (out / "config.json").write_text(json.dumps(cfg_dict, indent=2) + "\n")
    specials = special_token_ids(shape)
    gen = {
        "bos_token_id": specials["<|startoftext|>"],
        "do_sample": True,
        "eos_token_id": [specials["<|return|>"], specials["<|endoftext|>"], specials["<|call|>"]],
        "pad_token_id": specials["<|endoftext|>"],
        "transformers_version": "4.55.0.dev0",
    }
    (out / "generation_config.json").write_text(json.dumps(gen, indent=2) + "\n")
    write_tokenizer_files(out, cfg.vocab_size, specials)
    return out


def _plan_shards(specs: dict[str, TensorSpec], max_bytes: int) -> list[list[str]]:
    shards: list[list[str]] = [[]]
    size = 0
    for name, spec in specs.items():
        nbytes = math.prod(spec.shape) * DTYPE_BYTES[spec.dtype]
        if shards[-1] and size + nbytes > max_bytes:
            shards.append([])
            size = 0
        shards[-1].append(name)
        size += nbytes
    return shards


def _plan(name: str, spec: TensorSpec, cfg: GptOssConfig, seed: int) -> TensorPlan:
    def produce() -> Iterator[bytes]:
        # One generator per tensor, keyed by name: the bytes do not depend on shard order.
        rng = np.random.default_rng([seed, zlib.crc32(name.encode())])
        n = math.prod(spec.shape)
        if name.endswith("_blocks"):
            for start in range(0, n, _CHUNK):
                yield rng.bytes(min(_CHUNK, n - start))
            return
        if name.endswith("_scales"):
            fan_in = spec.shape[-1] * 32
            # E8M0 exponent: FP4 codes have RMS ~2.9, so 2^(s-127) ~ 1/(2.9*sqrt(fan_in))
            # keeps each projection's output at roughly unit scale.
            base = 127 - round(math.log2(2.9 * math.sqrt(fan_in)))
            for start in range(0, n, _CHUNK):
                yield rng.integers(base - 1, base + 2, min(_CHUNK, n - start), np.uint8).tobytes()
            return
        mean, std = _init(name, cfg)
        for start in range(0, n, _CHUNK):
            chunk = rng.standard_normal(min(_CHUNK, n - start), np.float32) * std + mean
            yield _to_bf16(chunk).tobytes()

    return TensorPlan(name, spec.dtype, spec.shape, produce)


def _init(name: str, cfg: GptOssConfig) -> tuple[float, float]:
    if name.endswith("norm.weight"):
        return 1.0, 0.05
    if name.endswith("sinks"):
        return 0.0, 1.0
    if name.endswith("router.bias"):
        return 0.0, 0.5
    if name.endswith("bias"):
        return 0.0, 0.02
    if name == "model.embed_tokens.weight":
        return 0.0, 1.0
    if name.endswith("o_proj.weight"):
        return 0.0, 1.0 / math.sqrt(cfg.num_attention_heads * cfg.head_dim)
    return 0.0, 1.0 / math.sqrt(cfg.hidden_size)


def _to_bf16(x: np.ndarray) -> np.ndarray:
    bits = x.astype(np.float32).view(np.uint32)
    rounded = bits + 0x7FFF + ((bits >> 16) & 1)  # round to nearest even
    return (rounded >> 16).astype(np.uint16)


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gptoss-mlx"
