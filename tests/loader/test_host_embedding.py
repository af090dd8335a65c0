"""Host (memory-mapped) token embeddings: same numbers as device ones, none of the MLX memory."""

from __future__ import annotations

import mlx.core as mx
import numpy as np
import pytest
from mlx.utils import tree_flatten
from mlx_lm.convert import convert

import loader
from engine import Engine, SamplingParams
from loader.host_embedding import HostEmbedding, resolve_placement
from tests.engine.test_generation import PROMPTS, run_together

TOKENS = mx.array([list(range(60, 84)), list(range(200, 224))])


def param_bytes(model) -> int:
    return sum(v.nbytes for _, v in tree_flatten(model.parameters()))


@pytest.fixture(scope="module")
def converted_q4(tiny_ckpt, tmp_path_factory):
    """mlx-lm conversion with affine 4-bit quantization, embedding included."""
    out = tmp_path_factory.mktemp("mlxq") / "tiny-q4"
    convert(str(tiny_ckpt), str(out), quantize=True, q_group_size=32, q_bits=4)
    return out


@pytest.mark.parametrize("which", ["hf", "lite", "mlx-q4"])
def test_host_logits_equal_device_logits(which, tiny_ckpt, tiny_lite_ckpt, converted_q4):
    path = {"hf": tiny_ckpt, "lite": tiny_lite_ckpt, "mlx-q4": converted_q4}[which]
    device, _, _ = loader.load(path, embeddings="device")
    host, _, _ = loader.load(path, embeddings="host")
    assert isinstance(host.model.embed_tokens, HostEmbedding)
    assert not isinstance(device.model.embed_tokens, HostEmbedding)
    assert mx.array_equal(device(TOKENS), host(TOKENS)).item()


def test_quantized_embedding_maps_all_three_tables(converted_q4):
    host, _, _ = loader.load(converted_q4, embeddings="host")
    device, _, _ = loader.load(converted_q4, embeddings="device")
    emb = device.model.embed_tokens
    assert emb.bits == 4 and emb.scales is not None  # the fixture really quantized it
    mapped = emb.weight.nbytes + emb.scales.nbytes + emb.biases.nbytes
    assert host.model.embed_tokens.nbytes_mapped == mapped
    assert param_bytes(device) - param_bytes(host) == mapped


def test_table_leaves_mlx_memory_and_the_estimate(tiny_ckpt):
    device, _, dinfo = loader.load(tiny_ckpt, embeddings="device")
    host, _, hinfo = loader.load(tiny_ckpt, embeddings="host")
    table = device.model.embed_tokens.weight.nbytes
    assert table == dinfo.config.vocab_size * dinfo.config.hidden_size * 2
    assert param_bytes(device) - param_bytes(host) == table
    assert "embed_tokens" not in str([k for k, _ in tree_flatten(host.parameters())])
    assert dinfo.estimated_resident_bytes - hinfo.estimated_resident_bytes == table
    assert (hinfo.embeddings, dinfo.embeddings) == ("host", "device")
    assert "memory-mapped" in hinfo.describe() and "memory-mapped" not in dinfo.describe()


def test_rows_are_read_only_views_of_the_file(tiny_ckpt):
    host, _, _ = loader.load(tiny_ckpt, embeddings="host")
    rows = host.model.embed_tokens._weight.rows
    assert isinstance(rows, np.memmap) and not rows.flags.writeable
    assert str(rows.filename).endswith(".safetensors")


def test_out_of_vocabulary_id_is_an_error_not_garbage(tiny_ckpt):
    host, _, info = loader.load(tiny_ckpt, embeddings="host")
    with pytest.raises(IndexError, match="outside the vocabulary"):
        host(mx.array([[1, info.config.vocab_size]]))


def test_placement_choice():
    assert resolve_placement("device") == "device" and resolve_placement("host") == "host"
    on_cpu = mx.default_device().type == mx.DeviceType.cpu
    assert resolve_placement("auto") == ("host" if on_cpu else "device")
    with pytest.raises(ValueError, match="placement"):
        resolve_placement("disk")


def test_engine_batches_identically_with_host_embeddings(tiny_ckpt):
    # The engine pipelines steps (the next graph is built from still-lazy sampled ids); the
    # host gather must wait for them and feed the same rows, alone and batched.
    greedy = SamplingParams(temperature=0, max_tokens=10, ignore_eos=True)
    out = {}
    for placement in ("device", "host"):
        model, tok, _ = loader.load(tiny_ckpt, embeddings=placement)
        with Engine(model, tok, max_batch=4, prompt_cache_size=0) as engine:
            out[placement] = run_together(engine, PROMPTS, [greedy] * len(PROMPTS))
    assert all(len(t) == 10 for t in out["host"])
    assert out["host"] == out["device"]
