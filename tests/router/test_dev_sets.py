"""The router's own dev sets (tests/data/router/*.jsonl, written by make_sets.py) held to the
precision targets through `bench.router`'s evaluation: tools run, answers graded.

Thresholds, not timings: tool answer precision >= 99.8%, negatives routed <= 0.5%, positives
answered correctly >= 85% (per set). These are the sets the rules were written against.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.router import evaluate_items, summary
from tools.base import ToolContext

DATA = Path(__file__).resolve().parents[1] / "data" / "router"
SETS = sorted(DATA.glob("*.jsonl"))


def test_the_sets_exist() -> None:
    assert {p.stem for p in SETS} >= {"units", "dates", "arith"}


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_dev_set_meets_the_precision_targets(path: Path) -> None:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    records = evaluate_items(items, ToolContext(timeout_s=30.0))
    figures = summary(records)
    wrong = [r["id"] for r in records if r["tool"] and r["correct"] is False]
    routed_negatives = [r["id"] for r in records if r["label"] == "negative" and r["tool"]]
    assert figures["precision"] >= 0.998, wrong
    assert figures["negatives_routed"] <= 0.005, routed_negatives
    assert figures["positives_correct"] >= 0.85, figures
