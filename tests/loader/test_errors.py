"""Every malformed checkpoint fails with one CheckpointError that names what is wrong.

Table-driven: each case copies a tiny fixture, breaks one thing, and checks both `loader.load`
and `python -m loader info` (one line on stderr, exit status 2) report it.
"""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import mlx.core as mx
import pytest

import loader
from loader.__main__ import main as cli_main


def _edit_config(**changes) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        cfg = json.loads((path / "config.json").read_text())
        for key, value in changes.items():
            if value is _DELETE:
                cfg.pop(key, None)
            else:
                cfg[key] = value
        (path / "config.json").write_text(json.dumps(cfg))

    return apply


_DELETE = object()


def _shard_of(path: Path, tensor: str) -> Path:
    index = json.loads((path / "model.safetensors.index.json").read_text())
    return path / index["weight_map"][tensor]


def _edit_tensors(tensor: str, fn: Callable[[dict], None], fix_index: bool = True):
    def apply(path: Path) -> None:
        shard = _shard_of(path, tensor)
        tensors = mx.load(str(shard))
        fn(tensors)
        mx.save_safetensors(str(shard), tensors, metadata={"format": "pt"})
        if fix_index:  # keep the index consistent so the tensor check itself is what fails
            index = json.loads((path / "model.safetensors.index.json").read_text())
            index["weight_map"] = {k: v for k, v in index["weight_map"].items() if k != tensor}
            index["weight_map"].update({k: shard.name for k in tensors})
            (path / "model.safetensors.index.json").write_text(json.dumps(index))

    return apply


def _truncate(n: int):
    def apply(path: Path) -> None:
        shard = max(path.glob("*.safetensors"))
        data = shard.read_bytes()
        shard.write_bytes(data[:-n])

    return apply


def _garbage_header_length(path: Path) -> None:
    shard = min(path.glob("*.safetensors"))
    data = bytearray(shard.read_bytes())
    data[:8] = struct.pack("<Q", 10**9)
    shard.write_bytes(bytes(data))


def _garbage_header_json(path: Path) -> None:
    shard = min(path.glob("*.safetensors"))
    data = bytearray(shard.read_bytes())
    data[8:20] = b"@@@@@@@@@@@@"
    shard.write_bytes(bytes(data))


def _remove(name: str):
    def apply(path: Path) -> None:
        for f in path.glob(name):
            f.unlink()

    return apply


SINKS = "model.layers.1.self_attn.sinks"

CASES = [
    # (id, fixture, breaker, substrings the message must contain)
    ("no-config", "tiny_ckpt", _remove("config.json"), ["config.json not found"]),
    (
        "config-not-json",
        "tiny_ckpt",
        lambda p: (p / "config.json").write_text("{nope"),
        ["not valid JSON"],
    ),
    (
        "unknown-model-type",
        "tiny_ckpt",
        _edit_config(model_type="llama"),
        ["unknown model_type 'llama'", "gpt_oss"],
    ),
    ("missing-config-key", "tiny_ckpt", _edit_config(hidden_size=_DELETE), ["hidden_size"]),
    (
        "per-layer-list-length",
        "tiny_ckpt",
        _edit_config(num_local_experts=[8, 8, 8]),
        ["lists 3 layers", "num_hidden_layers is 4"],
    ),
    (
        "top-k-above-experts",
        "tiny_ckpt",
        _edit_config(num_experts_per_tok=9),
        ["layer 0 keeps 8 experts", "num_experts_per_tok is 9"],
    ),
    (
        "top-k-above-lite-layer",
        "tiny_lite_ckpt",
        _edit_config(num_experts_per_tok=5),
        ["layer 2 keeps 4 experts"],
    ),
    (
        "expert-map-length",
        "tiny_lite_ckpt",
        _edit_config(expert_map=[[0, 1, 2, 3, 4, 5, 6, 7]]),
        ["expert_map must list 4 layers, found 1"],
    ),
    (
        "expert-map-not-ascending",
        "tiny_lite_ckpt",
        _edit_config(expert_map=[list(range(8)), [5, 4, 3, 2, 1, 0], [0, 1, 2, 3], list(range(8))]),
        ["expert_map[1] must be strictly ascending"],
    ),
    ("lite-without-map", "tiny_lite_ckpt", _edit_config(expert_map=_DELETE), ["no expert_map"]),
    (
        "layer-types-length",
        "tiny_ckpt",
        _edit_config(layer_types=["full_attention"]),
        ["layer_types must list 4 layers"],
    ),
    (
        "count-disagrees-with-tensors",
        "tiny_ckpt",
        _edit_config(num_local_experts=6),
        ["model.layers.0.mlp.router.weight", "layer 0", "[6, 128]", "[8, 128]"],
    ),
    (
        "fewer-layers-in-config",
        "tiny_ckpt",
        _edit_config(num_hidden_layers=3, layer_types=_DELETE),
        ["unexpected tensors", "layers.3"],
    ),
    (
        "missing-tensor",
        "tiny_ckpt",
        _edit_tensors(SINKS, lambda t: t.pop(SINKS)),
        ["missing tensors", SINKS],
    ),
    (
        "extra-tensor",
        "tiny_ckpt",
        _edit_tensors(SINKS, lambda t: t.update({"model.layers.1.self_attn.extra": mx.zeros(3)})),
        ["unexpected tensors", "model.layers.1.self_attn.extra"],
    ),
    (
        "wrong-shape",
        "tiny_ckpt",
        _edit_tensors(SINKS, lambda t: t.update({SINKS: mx.zeros((3,), dtype=mx.bfloat16)})),
        [SINKS, "layer 1", "BF16[4]", "BF16[3]"],
    ),
    (
        "wrong-dtype",
        "tiny_ckpt",
        _edit_tensors(SINKS, lambda t: t.update({SINKS: mx.zeros((4,), dtype=mx.float32)})),
        [SINKS, "F32[4]"],
    ),
    (
        "index-disagrees",
        "tiny_ckpt",
        _edit_tensors(SINKS, lambda t: t.pop(SINKS), fix_index=False),
        ["lists tensors no shard"],
    ),
    ("truncated-shard", "tiny_ckpt", _truncate(100), ["truncated", "re-download"]),
    ("corrupt-header-length", "tiny_ckpt", _garbage_header_length, ["header length"]),
    ("corrupt-header-json", "tiny_ckpt", _garbage_header_json, ["not valid JSON"]),
    (
        "no-weights",
        "tiny_ckpt",
        lambda p: [_remove("*.safetensors")(p), _remove("*.index.json")(p)],
        ["no *.safetensors"],
    ),
    (
        "index-names-missing-shard",
        "tiny_ckpt",
        _remove("model-00002-of-*.safetensors"),
        ["do not exist", "model-00002-of-00003.safetensors"],
    ),
]


@pytest.fixture
def broken(request, tmp_path):
    _, fixture, breaker, _ = request.param
    src = request.getfixturevalue(fixture)
    dst = tmp_path / "ckpt"
    shutil.copytree(src, dst)
    breaker(dst)
    return dst


@pytest.mark.parametrize(
    "broken, expected", [((c), c[3]) for c in CASES], ids=[c[0] for c in CASES], indirect=["broken"]
)
def test_load_rejects_with_clear_message(broken, expected):
    with pytest.raises(loader.CheckpointError) as err:
        loader.load(broken)
    for fragment in expected:
        assert fragment in str(err.value)


@pytest.mark.parametrize(
    "broken, expected", [((c), c[3]) for c in CASES], ids=[c[0] for c in CASES], indirect=["broken"]
)
def test_info_cli_prints_one_line_and_exits_2(broken, expected, capsys):
    assert cli_main(["info", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert expected[0] in err


def test_missing_tokenizer_is_reported_by_load(tiny_ckpt, tmp_path):
    dst = tmp_path / "ckpt"
    shutil.copytree(tiny_ckpt, dst)
    (dst / "tokenizer.json").unlink()
    (dst / "tokenizer_config.json").unlink()
    with pytest.raises(loader.CheckpointError, match="no tokenizer.json"):
        loader.load(dst)


def test_not_a_directory(tmp_path):
    with pytest.raises(loader.CheckpointError, match="not a directory"):
        loader.load(tmp_path / "nowhere")


def test_foreign_eos_ids_are_replaced_by_the_tokenizers_own_stops(tiny_ckpt, tmp_path, caplog):
    """A config copied from the real model names <|return|> as 200002; this tokenizer has ~600
    tokens. Stopping (and every constrained request's grammar) needs ids the tokenizer has."""
    ckpt = tmp_path / "ckpt"
    shutil.copytree(tiny_ckpt, ckpt)
    gen = json.loads((ckpt / "generation_config.json").read_text())
    gen["eos_token_id"] = [200002, 199999, 200012]
    (ckpt / "generation_config.json").write_text(json.dumps(gen))
    with caplog.at_level("WARNING", logger="loader.loading"):
        _, tok, _ = loader.load(ckpt, lazy=True)
    vocab = tok.get_vocab()
    assert sorted(tok.eos_token_ids) == sorted(
        vocab[t] for t in ("<|return|>", "<|call|>", "<|endoftext|>")
    )
    assert any("200002" in r.getMessage() for r in caplog.records)
    _, ok, _ = loader.load(tiny_ckpt, lazy=True)  # a consistent checkpoint is left alone
    assert sorted(ok.eos_token_ids) == sorted(gen_ids(tiny_ckpt))


def gen_ids(path: Path) -> list[int]:
    return json.loads((path / "generation_config.json").read_text())["eos_token_id"]
