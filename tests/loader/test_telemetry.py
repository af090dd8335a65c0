"""Expert telemetry (counts per ORIGINAL expert id) and the MoE observer hook used for REAP."""

from __future__ import annotations

import mlx.core as mx
import pytest

import loader
import loader.telemetry as telemetry_mod


@pytest.fixture(scope="module", params=["tiny_ckpt", "tiny_lite_ckpt"])
def loaded(request):
    model, _, info = loader.load(request.getfixturevalue(request.param))
    yield model, info
    model.set_telemetry(False)
    model.set_expert_observer(None)


def test_off_by_default_and_switchable(loaded):
    model, _ = loaded
    assert model.telemetry is None
    assert all(b.mlp.telemetry is None for b in model.layers)
    model.set_telemetry(True)
    assert model.telemetry is not None
    assert all(b.mlp.telemetry is model.telemetry for b in model.layers)
    model.set_telemetry(False)
    assert model.telemetry is None and all(b.mlp.telemetry is None for b in model.layers)


def test_counts_are_per_original_id_and_match_routing(loaded):
    model, info = loaded
    k = info.config.num_experts_per_tok
    routed: list[list[int]] = [[] for _ in model.layers]
    model.set_expert_observer(lambda o: routed[o.layer].extend(o.expert_ids.reshape(-1).tolist()))
    model.set_telemetry(True)
    tokens = [[11, 12, 13, 14, 15], [21, 22, 23, 24, 25]]
    mx.eval(model(mx.array(tokens)))
    mx.eval(model(mx.array([[7]])))
    counts = model.telemetry.counts()
    assert len(counts) == info.num_layers
    for layer, per_expert in enumerate(counts):
        assert sorted(per_expert) == list(info.config.original_ids(layer))
        assert sum(per_expert.values()) == 11 * k
        for expert, n in per_expert.items():
            assert routed[layer].count(expert) == n
    model.telemetry.reset()
    assert all(sum(c.values()) == 0 for c in model.telemetry.counts())


def test_off_records_nothing(loaded):
    model, _ = loaded
    model.set_telemetry(True)
    stats = model.telemetry
    model.set_telemetry(False)
    mx.eval(model(mx.array([[1, 2, 3]])))
    assert all(sum(c.values()) == 0 for c in stats.counts())


def test_pending_indices_are_folded_in_batches(loaded, monkeypatch):
    model, info = loaded
    monkeypatch.setattr(telemetry_mod, "_FLUSH_EVERY", 2)
    model.set_telemetry(True)
    for tok in range(5):
        mx.eval(model(mx.array([[tok + 1]])))
    assert max(len(p) for p in model.telemetry._pending) < 2
    counts = model.telemetry.counts()
    assert sum(counts[0].values()) == 5 * info.config.num_experts_per_tok


def test_observer_reports_gates_and_output_norms(loaded):
    model, info = loaded
    seen = []
    model.set_expert_observer(seen.append)
    mx.eval(model(mx.array([[3, 4, 5]])))
    model.set_expert_observer(None)
    assert [o.layer for o in seen] == list(range(info.num_layers))
    k = info.config.num_experts_per_tok
    for obs in seen:
        assert obs.expert_ids.shape == obs.gates.shape == obs.output_norms.shape == (1, 3, k)
        assert mx.allclose(obs.gates.astype(mx.float32).sum(-1), mx.ones((1, 3)), atol=1e-2).item()
        assert (obs.output_norms > 0).all().item()
        assert set(obs.expert_ids.reshape(-1).tolist()) <= set(info.config.original_ids(obs.layer))
    mx.eval(model(mx.array([[3]])))
    assert len(seen) == info.num_layers  # removed observer is not called
