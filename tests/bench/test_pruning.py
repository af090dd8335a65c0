"""bench.pruning: the sparsity statistics on a hand-made analysis, and one small end-to-end run
on the demo checkpoint (one strategy and size, both calibration sets)."""

from __future__ import annotations

import json
import math

import pytest

from bench import pruning
from demo import checkpoint_path


@pytest.mark.parametrize(
    ("counts", "share", "want"),
    [
        ([90, 5, 5, 0], 0.9, 1),
        ([50, 40, 10, 0], 0.9, 2),
        ([25, 25, 25, 25], 0.9, 4),
        ([0, 0, 0, 0], 0.9, 1),  # nothing routed: the first expert already "covers" it
    ],
)
def test_cover_counts_the_busiest_experts(counts, share, want):
    assert pruning._cover(counts, share) == want


def test_sparsity_counts_cold_experts_per_layer(tmp_path):
    def expert(i, tokens, cats):
        return {"id": i, "tokens": tokens, "gate_sum": 0, "saliency": 0, "categories": cats}

    obj = {
        "layers": [
            {
                "layer": 0,
                "experts": [
                    expert(0, 900, {"arithmetic": 600, "prose": 300}),
                    expert(1, 95, {"prose": 95}),
                    expert(2, 5, {"arithmetic": 5}),  # 0.5%: cold
                    expert(3, 0, {}),  # cold
                ],
            }
        ]
    }
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(obj))
    [layer] = pruning.sparsity(path)
    assert layer["experts"] == 4 and layer["cold_at_1pct"] == 2
    assert layer["busiest_share"] == 0.9
    assert layer["experts_for_90pct"] == {"arithmetic": 1, "prose": 2}


@pytest.mark.parametrize(
    ("answer", "content", "right"),
    [
        (85, "47 + 38 = 85.", True),
        (85, "47 + 38 = 86.", False),
        (3, "There are 3 days between those dates.", True),
        ("2024-03-01", "5 days after 2024-02-25 is 2024-03-01 (Friday).", True),
        ("Friday", "In 3 days it will be Thursday.", False),
    ],
)
def test_right_answer(answer, content, right):
    assert pruning.right_answer({"answer": answer}, content) is right


def test_prompt_tokens_are_not_scored():
    """Perplexity counts only masked-in targets: a model sure of every token but the prompt's."""
    import mlx.core as mx

    class Sure:
        def __call__(self, x):
            logits = mx.full((*x.shape, 8), -30.0)
            # predicts token 3 everywhere: right on the scored tokens, wrong on the prompt
            return logits + 60.0 * (mx.arange(8) == 3)

    scored = [("arithmetic", [1, 2, 5, 3, 3], [0, 0, 0, 1, 1])]
    ppl = pruning.perplexity(Sure(), scored)
    assert ppl["arithmetic"] == pytest.approx(1.0, abs=1e-3)
    unmasked = pruning.perplexity(Sure(), [("arithmetic", [1, 2, 5, 3, 3], [1] * 5)])
    assert unmasked["arithmetic"] > 1e6


def test_small_run_on_the_demo_checkpoint(tmp_path, monkeypatch):
    monkeypatch.setattr(pruning, "SIZES", {"50% uniform": ["--keep-ratio", "0.5"]})
    monkeypatch.setattr(pruning, "STRATEGIES", ("frequency",))
    monkeypatch.setattr("demo.evaluate.training_prompts", lambda seed: (set(), set()))
    out = tmp_path / "results"
    argv = ["--model", str(checkpoint_path()), "--out", str(out), "--per-kind", "1",
            "--additions", "2", "--tasks", "1"]  # fmt: skip
    assert pruning.main(argv) == 0
    res = json.loads((out / "pruning.json").read_text())
    full, *lite = res["rows"]
    assert full["strategy"] == "-" and len(lite) == 2  # one per calibration set
    assert {r["calibration"] for r in lite} == {"mixed", "no-math"}
    for r in lite:
        assert r["experts_per_layer"] == [8, 8, 8, 8]
        assert all(len(ids) == 8 and ids == sorted(ids) for ids in r["expert_map"])
    for r in res["rows"]:
        assert set(r["ppl"]) == set(pruning.CATEGORY.values()) | {"all"}
        assert all(math.isfinite(v) and v >= 1 for v in r["ppl"].values())
        assert 0 <= r["addition_exact_pct"] <= 100 and 0 <= r["well_formed_pct"] <= 100
    assert res["calibration"]["no-math"].get("arithmetic") is None
    assert res["calibration"]["mixed"]["arithmetic"] == 1
    assert [s["layer"] for s in res["sparsity"]["mixed"]] == [0, 1, 2, 3]
    assert all(0 <= s["cold_at_1pct"] <= 16 for s in res["sparsity"]["mixed"])
    table = (out / "pruning.md").read_text()
    assert "| frequency | 50% uniform | no-math |" in table and "cold at 1%" in table
