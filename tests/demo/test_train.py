"""The training side (needs torch, the `train` extra; skipped without it): the torch model is
the architecture our loader runs, and export writes what quantization-aware training saw."""

from __future__ import annotations

import json

import mlx.core as mx
import numpy as np
import pytest

torch = pytest.importorskip("torch")

from demo.train.export import export, exported_state
from demo.train.model import Dims, GptOss
from demo.train.parity import dims_of
from synthetic.tokenizer import write_tokenizer_files

TINY = Dims(
    vocab_size=256,
    hidden_size=64,
    intermediate_size=64,
    num_hidden_layers=2,
    num_local_experts=8,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=16,
    sliding_window=8,
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    torch.manual_seed(0)
    model = GptOss(TINY)
    with torch.no_grad():  # non-trivial biases and sinks, so a dropped term shows
        for name, p in model.named_parameters():
            if "bias" in name or "sinks" in name:
                p.normal_(0, 0.1)
    out = tmp_path_factory.mktemp("tiny")
    from demo.data.build import SPECIAL_IDS

    write_tokenizer_files(out, TINY.vocab_size, SPECIAL_IDS)
    check = export(model, out, {"name": "test"})
    return model, out, check


def test_export_stores_exactly_what_qat_saw(exported):
    model, out, check = exported
    assert check["mismatched_fp4"] == 0
    config = json.loads((out / "config.json").read_text())
    assert dims_of(config) == TINY
    back = exported_state(out, TINY)
    assert torch.equal(
        back["layers.0.mlp.experts.gate_bias"],
        model.layers[0].mlp.experts.gate_bias.detach().bfloat16().float(),
    )


def test_torch_model_matches_our_loader_past_the_sliding_window(exported):
    import loader

    _, out, _ = exported
    ref = GptOss(TINY)
    ref.load_state_dict(exported_state(out, TINY))
    ids = np.random.default_rng(0).integers(10, 256, 24)  # 3x the window of 8
    with torch.no_grad():
        want = ref(torch.tensor(ids[None]))[0].numpy()
    model, _, _ = loader.load(out)
    got = np.array(model(mx.array(ids[None]))[0].astype(mx.float32))
    scale = np.abs(want).max()
    # bf16 activations in MLX vs float32 in torch: agreement to bf16 rounding
    assert np.abs(got - want).max() < 0.03 * scale
    assert (got.argmax(-1) == want.argmax(-1)).mean() > 0.9


def test_focus_phases_oversample_one_kind_and_keep_phase_one_validation_out():
    from demo.train.loop import TrainSpec, oversampled, split

    data = {
        "offsets": np.arange(0, 201 * 3, 3),
        "kind": np.array([0, 1] * 100, dtype=np.int16),
        "kinds": np.array(["arithmetic", "prose"]),
    }
    phase1 = TrainSpec(seed=0, val_samples=20)
    focus = TrainSpec(seed=10, split_seed=0, val_samples=20, oversample=(("arithmetic", 4),))
    train1, val1 = split(data, phase1)
    train3, val3 = split(data, focus)
    assert np.array_equal(val1, val3) and np.array_equal(np.sort(train1), np.sort(train3))
    rows = oversampled(data, train3, focus)
    arith = train3[data["kind"][train3] == 0]
    counts = np.bincount(rows, minlength=200)
    assert set(counts[arith]) == {4} and set(counts[train3[data["kind"][train3] == 1]]) == {1}
    assert not set(rows) & set(val3)
    assert np.array_equal(oversampled(data, train1, phase1), train1)  # no focus: unchanged
