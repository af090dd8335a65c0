"""Strategy, count, analysis and calibration tests: pure functions on hand-made statistics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.analysis import ExpertAnalysis, ExpertStats, read_analysis, read_telemetry
from builder.calibration import CATEGORIES, load_calibration, render_harmony
from builder.errors import BuildError
from builder.strategies import capability, capability_scores, layer_counts, parse_tiers, select


def _analysis(
    rows: list[dict[int, tuple]], top_k: int = 2, source: str = "calibration"
) -> ExpertAnalysis:
    """rows: per layer {id: (tokens, saliency, {category: count})}."""
    layers = [
        {e: ExpertStats(t, 0.5 * t, sal * t, dict(cats)) for e, (t, sal, cats) in row.items()}
        for row in rows
    ]
    return ExpertAnalysis(layers, top_k, source=source)


@pytest.mark.parametrize(
    "spec, layers, expected",
    [
        ("0-1:4,2-3:6", 4, [4, 4, 6, 6]),
        ("0-11:32,12-23:48,24-35:32", 36, [32] * 12 + [48] * 12 + [32] * 12),
        (" 0-0:3 , 1-2:5 ", 3, [3, 5, 5]),
    ],
)
def test_parse_tiers(spec: str, layers: int, expected: list[int]) -> None:
    assert parse_tiers(spec, layers) == expected


@pytest.mark.parametrize(
    "spec, message",
    [
        ("0-1:4", "without a count"),
        ("0-2:4,2-3:4", "twice"),
        ("0-4:4", "outside"),
        ("zero-3:4", "FIRST-LAST:COUNT"),
    ],
)
def test_parse_tiers_rejects(spec: str, message: str) -> None:
    with pytest.raises(BuildError, match=message):
        parse_tiers(spec, 4)


@pytest.mark.parametrize(
    "kw, expected",
    [
        ({"keep": 4}, [4, 4, 4]),
        ({"keep_ratio": 0.5}, [4, 3, 4]),
        ({"keep_ratio": 0.1}, [2, 2, 2]),  # raised to top-k
        ({"tiers": "0-0:8,1-2:2"}, [8, 2, 2]),
        ({}, None),
    ],
)
def test_layer_counts(kw: dict, expected) -> None:
    assert layer_counts([8, 6, 8], 2, **kw) == expected


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"keep": 1}, "below top-k"),
        ({"keep": 7}, "only 6 experts"),
        ({"keep": 3, "keep_ratio": 0.5}, "only one"),
        ({"keep_ratio": 1.5}, r"\(0, 1\]"),
    ],
)
def test_layer_counts_rejects(kw: dict, message: str) -> None:
    with pytest.raises(BuildError, match=message):
        layer_counts([8, 6, 8], 2, **kw)


# Layer: expert 0 busy but low saliency, expert 3 rare but salient, 1 and 2 tie on tokens.
LAYER = {0: (100, 0.1, {}), 1: (50, 0.5, {}), 2: (50, 0.4, {}), 3: (5, 2.0, {}), 4: (0, 0.0, {})}


@pytest.mark.parametrize(
    "strategy, n, expected",
    [
        ("frequency", 2, [0, 1]),  # tie 1 vs 2 broken by lower id
        ("frequency", 3, [0, 1, 2]),
        ("reap", 2, [1, 3]),
        ("reap", 3, [1, 2, 3]),
    ],
)
def test_frequency_and_reap(strategy: str, n: int, expected: list[int]) -> None:
    assert select(_analysis([LAYER]), strategy, [n]) == [expected]


def test_results_are_deterministic_under_reordering() -> None:
    shuffled = dict(reversed(list(LAYER.items())))
    for strategy in ("frequency", "reap"):
        assert select(_analysis([shuffled]), strategy, [2]) == select(
            _analysis([LAYER]), strategy, [2]
        )


CAP = {
    0: (10, 1, {"arithmetic": 9, "prose": 1}),  # externalizable -> removed
    1: (
        10,
        1,
        {"dates": 7, "units": 1, "reasoning": 2},
    ),  # ext 0.8, core 0.2 but top reasoning expert
    2: (10, 1, {"prose": 6, "arithmetic": 4}),  # core
    3: (10, 1, {"knowledge": 5, "code_writing": 5}),  # core
    4: (10, 1, {"code_execution": 5, "style": 5}),  # ext 0.5: not removable
    5: (10, 1, {"symbolic_math": 10}),  # removed
}


def test_capability_removes_externalizable_but_protects_core_specialists() -> None:
    kept = capability(_analysis([CAP], top_k=1), None)
    assert kept == [[1, 2, 3, 4]]


def test_capability_with_count_drops_removable_first_then_least_core() -> None:
    assert capability(_analysis([CAP], top_k=1), [5]) == [[0, 1, 2, 3, 4]]
    assert capability(_analysis([CAP], top_k=1), [2]) == [[2, 3]]


def test_capability_weighs_categories_by_their_volume() -> None:
    # Prose dominates the calibration tokens; expert 0 took all the arithmetic but little prose.
    layer = {
        0: (60, 1, {"prose": 50, "arithmetic": 10}),
        1: (950, 1, {"prose": 950}),
        2: (0, 0, {}),
    }
    a = _analysis([layer], top_k=1)
    raw_ext, _ = capability_scores(a.layers[0][0])
    ext, core = capability_scores(a.layers[0][0], {"prose": 1000, "arithmetic": 10})
    assert raw_ext == pytest.approx(10 / 60) and ext == pytest.approx(1 / 1.05) and core < 0.4
    assert capability(a, None) == [[1, 2]]


@pytest.mark.parametrize("strategy", ["reap", "capability"])
def test_telemetry_only_supports_frequency(strategy: str) -> None:
    a = _analysis([LAYER], source="telemetry")
    with pytest.raises(BuildError, match="telemetry"):
        select(a, strategy, [2])
    assert select(a, "frequency", [2]) == [[0, 1]]


def test_size_required_for_frequency() -> None:
    with pytest.raises(BuildError, match="needs a size"):
        select(_analysis([LAYER]), "frequency", None)


def test_analysis_json_round_trip(tmp_path: Path) -> None:
    a = _analysis([LAYER, CAP])
    p = tmp_path / "a.json"
    p.write_text(json.dumps(a.to_json()))
    b = read_analysis(p)
    assert select(b, "reap", [3, 3]) == select(a, "reap", [3, 3])
    assert b.layers[1][1].categories == {"dates": 7, "units": 1, "reasoning": 2}
    assert b.to_json()["experts_per_layer"] == [5, 6]


def test_read_telemetry(tmp_path: Path) -> None:
    p = tmp_path / "t.json"
    p.write_text(
        json.dumps({"format": "gptoss-expert-telemetry/1", "layers": [{"0": 5, "3": 9}, {"7": 2}]})
    )
    a = read_telemetry(p, [[0, 1, 3], [2, 7]], top_k=1)
    assert a.layers[0][3].tokens == 9 and a.layers[0][1].tokens == 0 and a.layers[1][7].tokens == 2
    assert select(a, "frequency", [2, 1]) == [[0, 3], [7]]
    p.write_text(json.dumps({"layers": [{"0": 5}, {"5": 1}]}))
    with pytest.raises(BuildError, match="expert 5"):
        read_telemetry(p, [[0, 1, 3], [2, 7]], top_k=1)
    p.write_text(json.dumps({"layers": [{"0": 5}]}))
    with pytest.raises(BuildError, match="1 layers"):
        read_telemetry(p, [[0, 1, 3], [2, 7]], top_k=1)


def test_builtin_calibration_covers_every_category() -> None:
    cal = load_calibration()
    counts = cal.by_category()
    assert set(counts) == set(CATEGORIES)
    assert min(counts.values()) >= 25
    assert all(s.text.startswith("<|start|>user<|message|>") for s in cal.samples)
    assert len(cal.sha256) == 64


def test_user_calibration_and_rendering(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    p.write_text(
        '{"category": "mine", "text": "plain text"}\n\n'
        '{"category": "chat", "messages": [{"role": "user", "content": "hi"},'
        ' {"role": "assistant", "content": "hello", "thinking": "greet"}]}\n'
    )
    cal = load_calibration(p)
    assert [s.category for s in cal.samples] == ["mine", "chat"]
    assert cal.samples[1].text == render_harmony(
        [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello", "thinking": "greet"},
        ]
    )
    assert "<|channel|>analysis<|message|>greet<|end|>" in cal.samples[1].text
    p.write_text('{"text": "no category"}\n')
    with pytest.raises(BuildError, match=':1: needs a "category"'):
        load_calibration(p)
