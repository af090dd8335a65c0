"""`python -m bench.router`: table, predictions file and grading on a tiny labeled set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.grading import answer_correct, dates_in, last_number
from bench.router import main

ITEMS = [
    {
        "id": "c-1",
        "query": "What is 697 times 205?",
        "label": "positive:calculator",
        "expected": 142885,
        "tolerance": 1e-6,
    },
    {
        "id": "c-2",
        "query": "Compute 3/4",
        "label": "positive:calculator",
        "expected": 0.75,
        "tolerance": 1e-6,
    },
    {
        "id": "c-3",
        "query": "Janet has 3 ducks and buys 2. How many ducks?",
        "label": "positive:calculator",
        "expected": 5,
        "tolerance": 1e-6,
    },
    {
        "id": "n-1",
        "query": "write a poem about 2+2",
        "label": "negative",
        "expected": None,
        "tolerance": None,
    },
]


def test_cli_prints_table_and_writes_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n")
    preds = tmp_path / "preds.jsonl"
    assert main([str(gold), "--predictions", str(preds)]) == 0
    out = capsys.readouterr().out
    table = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert table["positive:calculator"].split()[1:4] == ["3", "66.7%", "(2/3)"]
    assert table["negative"].split()[1:4] == ["1", "100.0%", "(1/1)"]
    assert "false-positive rate on negatives:    0.0% (0/1)" in out
    assert "route latency ms: p50" in out
    rows = {r["id"]: r for r in map(json.loads, preds.read_text().splitlines())}
    assert rows["c-1"] == {
        "id": "c-1",
        "virtual_expert": "calculator",
        "answer": "697 × 205 = 142885",
    }
    assert rows["c-3"]["virtual_expert"] is None and rows["n-1"]["virtual_expert"] is None


def test_cli_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "item, answer, ok",
    [
        ({"label": "positive:calculator", "expected": 11303}, "127 × 89 = 11303", True),
        (
            {"label": "positive:calculator", "expected": 1 / 3, "tolerance": 1e-6},
            "1 ÷ 3 = 1/3 ≈ 0.333333333333333",
            True,
        ),
        ({"label": "positive:calculator", "expected": 2}, "1 ÷ 3 = 1/3", False),
        ({"label": "positive:datetime", "expected": "2021-05-01T00:00:00"}, "05/01/2021", True),
        ({"label": "positive:datetime", "expected": "2021-05-01T00:00:00"}, "May 2, 2021", False),
        ({"label": "positive:code", "expected": "[1, 2]"}, "Output: [1,2]", True),
        ({"label": "negative", "expected": None}, "anything", None),
    ],
)
def test_grading_rules(item: dict, answer: str, ok: bool | None) -> None:
    assert answer_correct(item, answer) == ok


def test_grading_helpers() -> None:
    assert last_number("−3 and 1,234.5") == 1234.5
    assert dates_in("on 1 May 2021 or 2021/05/02") == {(2021, 5, 1), (2021, 5, 2)}


def test_long_inputs_report_each_shape_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(i) for i in ITEMS) + "\n")
    assert main([str(gold), "--long", "300"]) == 0
    out = capsys.readouterr().out
    shapes = [line for line in out.splitlines() if line.startswith("route latency ms, ")]
    assert [line.split(":")[0].split(", ")[1].strip() for line in shapes] == [
        "one long message",
        "long history + question",
    ]
    assert all(line.endswith(f"(n={len(ITEMS)})") for line in shapes)
