"""Synthetic checkpoints: real gpt-oss-20b layout, determinism, tokenizer, CLI and demo cache."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import mlx.core as mx
import pytest

import loader
from loader.config import GptOssConfig
from loader.layout import hf_tensor_specs
from loader.safetensors_file import read_header
from synthetic import build_config, write_checkpoint
from synthetic.__main__ import main
from synthetic.tokenizer import HARMONY_SPECIAL_IDS, build_tokenizer

# Every key of openai/gpt-oss-20b's config.json.
REAL_CONFIG_KEYS = {
    "architectures",
    "attention_bias",
    "attention_dropout",
    "eos_token_id",
    "experts_per_token",
    "head_dim",
    "hidden_act",
    "hidden_size",
    "initial_context_length",
    "initializer_range",
    "intermediate_size",
    "layer_types",
    "max_position_embeddings",
    "model_type",
    "num_attention_heads",
    "num_experts_per_tok",
    "num_hidden_layers",
    "num_key_value_heads",
    "num_local_experts",
    "output_router_logits",
    "pad_token_id",
    "quantization_config",
    "rms_norm_eps",
    "rope_scaling",
    "rope_theta",
    "router_aux_loss_coef",
    "sliding_window",
    "swiglu_limit",
    "tie_word_embeddings",
    "transformers_version",
    "use_cache",
    "vocab_size",
}
HARMONY = [
    "<|start|>",
    "<|end|>",
    "<|message|>",
    "<|channel|>",
    "<|constrain|>",
    "<|return|>",
    "<|call|>",
    "<|startoftext|>",
    "<|endoftext|>",
    "<|endofprompt|>",
]


def _files(path: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in sorted(path.iterdir())}


def test_same_seed_gives_identical_bytes_across_processes(tiny_ckpt, tmp_path):
    # A fresh interpreter: catches hash-order dependence (e.g. in BPE training), not just reuse.
    again = tmp_path / "again"
    subprocess.run(
        [sys.executable, "-m", "synthetic", str(again), "--seed", "0"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert _files(again) == _files(tiny_ckpt)


def test_other_seed_gives_other_weights(tiny_ckpt, tmp_path):
    other = write_checkpoint(tmp_path / "other", shape="tiny", seed=7)
    shard = min(p.name for p in tiny_ckpt.glob("*.safetensors"))
    assert (other / shard).read_bytes() != (tiny_ckpt / shard).read_bytes()


def test_files_and_tensors_follow_the_hf_layout(tiny_ckpt):
    cfg = GptOssConfig.from_path(tiny_ckpt)
    raw = json.loads((tiny_ckpt / "config.json").read_text())
    assert REAL_CONFIG_KEYS <= set(raw)
    assert raw["quantization_config"]["quant_method"] == "mxfp4"
    assert raw["rope_scaling"]["rope_type"] == "yarn"
    index = json.loads((tiny_ckpt / "model.safetensors.index.json").read_text())
    shards = sorted(set(index["weight_map"].values()))
    assert len(shards) > 1  # sharded like the real checkpoint
    found = {}
    for shard in shards:
        found.update(read_header(tiny_ckpt / shard).tensors)
    specs = hf_tensor_specs(cfg)
    assert set(found) == set(specs) == set(index["weight_map"])
    for name, spec in specs.items():
        assert (found[name].dtype, found[name].shape) == (spec.dtype, spec.shape), name
    assert index["metadata"]["total_size"] == sum(e.nbytes for e in found.values())
    assert found["model.layers.0.mlp.experts.gate_up_proj_blocks"].shape == (8, 192, 4, 16)
    gen = json.loads((tiny_ckpt / "generation_config.json").read_text())
    assert len(gen["eos_token_id"]) == 3


def test_20b_shape_matches_the_real_model():
    cfg = GptOssConfig.from_dict(build_config("20b"))
    specs = hf_tensor_specs(cfg)
    assert cfg.experts_per_layer == (32,) * 24
    assert specs["model.layers.0.mlp.experts.gate_up_proj_blocks"].shape == (32, 5760, 90, 16)
    assert specs["model.layers.23.mlp.experts.down_proj_scales"].shape == (32, 2880, 90)
    assert specs["model.layers.0.self_attn.q_proj.weight"].shape == (4096, 2880)
    total = sum(math.prod(s.shape) * (1 if s.dtype == "U8" else 2) for s in specs.values())
    assert 12.5e9 < total < 14e9  # the real checkpoint is ~13 GB
    big = GptOssConfig.from_dict(build_config("120b"))
    assert big.experts_per_layer == (128,) * 36


def test_tiny_specials_sit_at_small_non_o200k_ids(tiny_ckpt):
    _, tok, _ = loader.load(tiny_ckpt, lazy=True)
    ids = {t: tok.convert_tokens_to_ids(t) for t in HARMONY}
    assert max(ids.values()) < 32 and len(set(ids.values())) == len(HARMONY)
    for t, i in ids.items():
        assert tok.encode(t, add_special_tokens=False) == [i]
    rendered = tok.apply_chat_template(
        [{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True
    )
    assert rendered.endswith("<|start|>user<|message|>hi<|end|><|start|>assistant")


def test_real_shape_tokenizer_uses_o200k_harmony_ids():
    tok = build_tokenizer(201088, HARMONY_SPECIAL_IDS)
    assert tok.get_vocab_size() == 201088
    for name, i in HARMONY_SPECIAL_IDS.items():
        assert tok.token_to_id(name) == i
    assert tok.token_to_id("<|reserved_200013|>") == 200013
    assert tok.encode("<|start|>user<|message|>").ids[0] == 200006


def test_expert_weights_have_sane_magnitudes(tiny_ckpt):
    model, _, _ = loader.load(tiny_ckpt)
    proj = model.layers[0].mlp.experts.down_proj
    w = mx.dequantize(proj.weight, proj.scales, None, proj.group_size, proj.bits, mode="mxfp4")
    rms = mx.sqrt(mx.mean(w.astype(mx.float32) ** 2)).item()
    fan_in = w.shape[-1]
    assert 0.25 < rms * math.sqrt(fan_in) < 4.0  # ~unit-scale outputs for unit-scale inputs


def test_cli_writes_a_lite_checkpoint(tmp_path, capsys):
    out = tmp_path / "cli"
    assert main([str(out), "--shape", "tiny", "--experts-per-layer", "8,6,4", "--seed", "3"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    info = loader.inspect(out)
    assert info.layout == "lite" and info.experts_per_layer == (8, 6, 4)
    cfg = json.loads((out / "config.json").read_text())
    assert [len(m) for m in cfg["expert_map"]] == [8, 6, 4]
    assert cfg["original_num_local_experts"] == 8


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--experts", "2"], "layer 0 keeps 2 experts"),
        (["--layers", "3", "--experts-per-layer", "8,8"], "2 per-layer expert counts for 3 layers"),
        (["--layers", "0"], "layers must be positive"),
    ],
)
def test_cli_rejects_bad_requests(tmp_path, capsys, argv, message):
    assert main([str(tmp_path / "x"), *argv]) == 2
    assert message in capsys.readouterr().err


def test_refuses_to_overwrite(tiny_ckpt):
    with pytest.raises(FileExistsError):
        write_checkpoint(tiny_ckpt)
