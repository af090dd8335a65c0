"""mlx-lm converted checkpoints (split gate/up, `quantization` block) load and match stock mlx-lm.

The converted copies are produced offline by mlx-lm's own convert/save utilities from the
tiny HF-layout fixtures.
"""

from __future__ import annotations

import json
import shutil

import mlx.core as mx
import mlx_lm
import pytest
from mlx_lm.convert import convert
from mlx_lm.utils import save

import loader

TOKENS = mx.array([list(range(60, 84))])


@pytest.mark.parametrize("quantize", [False, True], ids=["as-is", "affine-q4-attention"])
def test_converted_checkpoint_matches_stock(tiny_ckpt, tmp_path, quantize):
    out = tmp_path / "mlx"
    convert(str(tiny_ckpt), str(out), quantize=quantize, q_group_size=32, q_bits=4)
    model, tok, info = loader.load(out, kernels="mlx")  # same graph as stock: bit-identical
    assert info.layout == "mlx" and info.experts_per_layer == (8, 8, 8, 8)
    ref, _ = mlx_lm.load(str(out))
    assert mx.array_equal(model(TOKENS), ref(TOKENS)).item()
    experts = model.layers[0].mlp.experts.gate_proj
    assert experts.mode == "mxfp4"  # experts kept as MXFP4, not re-quantized or dequantized
    if quantize:
        assert model.layers[0].self_attn.q_proj.mode == "affine"
    else:
        hf_model, _, _ = loader.load(tiny_ckpt, kernels="mlx")
        assert mx.array_equal(model(TOKENS), hf_model(TOKENS)).item()
    assert tok.convert_tokens_to_ids("<|call|>") in tok.eos_token_ids


def test_lite_model_saved_with_mlx_lm_loads_back(tiny_lite_ckpt, tmp_path):
    # Saving needs every weight in model.parameters(), so the embedding must be on the device.
    model, tok, info = loader.load(tiny_lite_ckpt, embeddings="device")
    config = dict(info.config.raw)
    config["quantization"] = {"group_size": 32, "bits": 4, "mode": "mxfp4"}
    out = tmp_path / "mlx-lite"
    save(out, tiny_lite_ckpt, model, tok, config, donate_model=False)
    assert "gate_up_proj_blocks" not in (out / "model.safetensors.index.json").read_text()
    assert json.loads((out / "config.json").read_text())["num_local_experts"] == [8, 6, 4, 8]
    again, _, again_info = loader.load(out)
    assert again_info.layout == "mlx" and again_info.experts_per_layer == (8, 6, 4, 8)
    assert mx.array_equal(model(TOKENS), again(TOKENS)).item()


def test_mlx_layout_without_quantization_block_is_rejected(tiny_ckpt, tmp_path):
    out = tmp_path / "mlx"
    convert(str(tiny_ckpt), str(out))
    cfg = json.loads((out / "config.json").read_text())
    cfg.pop("quantization")
    cfg.pop("quantization_config")
    (out / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(loader.CheckpointError, match="no 'quantization' block"):
        loader.load(out)


@pytest.fixture(scope="module")
def converted(tiny_ckpt, tmp_path_factory):
    out = tmp_path_factory.mktemp("mlx") / "tiny-mlx"
    convert(str(tiny_ckpt), str(out))
    return out


def _config(**changes):
    def apply(path):
        cfg = json.loads((path / "config.json").read_text())
        cfg.update(changes)
        if "num_hidden_layers" in changes:
            cfg.pop("layer_types", None)
        (path / "config.json").write_text(json.dumps(cfg))

    return apply


def _tensor(name, value):
    def apply(path):
        index = json.loads((path / "model.safetensors.index.json").read_text())
        shard = path / index["weight_map"][name]
        tensors = mx.load(str(shard))
        if value is None:
            tensors.pop(name)
            del index["weight_map"][name]
            (path / "model.safetensors.index.json").write_text(json.dumps(index))
        else:
            tensors[name] = value
        mx.save_safetensors(str(shard), tensors, metadata={"format": "mlx"})

    return apply


SINKS = "model.layers.2.self_attn.sinks"


@pytest.mark.parametrize(
    "breaker, fragments",
    [
        (
            _config(num_hidden_layers=3),
            ["tensors cover layers [0, 1, 2, 3]", "num_hidden_layers is 3"],
        ),
        (_config(num_local_experts=6), ["leading dim should be 6 experts", "layer 0"]),
        (_tensor(SINKS, None), ["missing", SINKS]),
        (_tensor(SINKS, mx.zeros((3,), dtype=mx.bfloat16)), [SINKS, "layer 2", "[4]", "[3]"]),
    ],
    ids=["layers", "experts", "missing", "shape"],
)
def test_mlx_layout_errors(converted, tmp_path, breaker, fragments):
    broken = tmp_path / "broken"
    shutil.copytree(converted, broken)
    breaker(broken)
    with pytest.raises(loader.CheckpointError) as err:
        loader.load(broken)
    for fragment in fragments:
        assert fragment in str(err.value)
