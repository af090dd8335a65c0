"""bench.decode end to end on a tiny synthetic checkpoint: both systems run in child processes
and the JSON + markdown results carry every promised number."""

from __future__ import annotations

import json
import math

import pytest

from bench import decode, kernels, mapped, memory, placement
from synthetic import SHAPES


def test_decode_bench_writes_json_and_table(tiny_ckpt, tmp_path):
    out = tmp_path / "results"
    rc = decode.main(
        [
            "--model",
            str(tiny_ckpt),
            "--prompt-tokens",
            "16",
            "--gen-tokens",
            "4",
            "--concurrency",
            "2",
            "--out",
            str(out),
        ]
    )
    assert rc == 0
    res = json.loads((out / "decode.json").read_text())
    for system in ("ours", "mlx_lm"):
        r = res[system]
        assert r["generated_tokens"] == 4 and r["prompt_tokens"] == 16
        assert r["prompt_tps"] > 0 and r["decode_tps"] > 0 and r["load_s"] > 0
        assert r["mx_peak_bytes"] > 0 and r["rss_peak_bytes"] > 0
    assert set(res["ratios"]) == {
        "prompt_tps",
        "decode_tps",
        "mx_peak_bytes",
        "rss_peak_bytes",
        "load_s",
    }
    assert res["ratios"]["decode_tps"] == round(
        res["ours"]["decode_tps"] / res["mlx_lm"]["decode_tps"], 3
    )
    concurrent = res["ours"]["concurrent"]
    assert concurrent["sequences"] == 2 and concurrent["generated_tokens"] == 8
    assert concurrent["aggregate_decode_tps"] > 0
    table = (out / "decode.md").read_text()
    assert "| decode tok/s |" in table and "| prompt tok/s |" in table


def test_decode_bench_on_a_lite_checkpoint_reports_ours_only(tiny_lite_ckpt, tmp_path):
    rc = decode.main(
        [
            "--model",
            str(tiny_lite_ckpt),
            "--prompt-tokens",
            "8",
            "--gen-tokens",
            "3",
            "--out",
            str(tmp_path),
        ]
    )
    assert rc == 0
    res = json.loads((tmp_path / "decode.json").read_text())
    assert res["ours"]["generated_tokens"] == 3 and "error" in res["mlx_lm"]
    assert res["ratios"]["decode_tps"] is None
    assert "only our numbers" in (tmp_path / "decode.md").read_text()


def test_memory_bench_compares_lite_full_and_placements(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # children inherit it
    out = tmp_path / "results"
    rc = memory.main(
        [
            "--shape",
            "tiny",
            "--lite-experts",
            "4",
            "--prompt-tokens",
            "4",
            "--gen-tokens",
            "2",
            "--out",
            str(out),
        ]
    )
    assert rc == 0
    res = json.loads((out / "memory.json").read_text())
    systems = res["systems"]
    assert set(systems) == {"mlx-lm full"} | {
        f"ours {k}, embeddings on {p}" for k in ("full", "lite") for p in ("device", "host")
    }
    weights = {name: r["resident"]["model_bytes"] for name, r in systems.items()}
    table = SHAPES["tiny"]["vocab_size"] * SHAPES["tiny"]["hidden_size"] * 2  # bf16
    for kind in ("full", "lite"):
        assert (
            weights[f"ours {kind}, embeddings on device"]
            - weights[f"ours {kind}, embeddings on host"]
        ) == table
    assert weights["ours full, embeddings on device"] == weights["mlx-lm full"]
    for where in ("device", "host"):
        r = res["lite_vs_full"][where]["model weights in MLX"]
        assert 0.3 < r < 1.0
        assert systems[f"ours lite, embeddings on {where}"]["experts_per_layer"] == [4] * 4
    assert (
        res["lite_vs_full"]["host"]["model weights in MLX"]
        < res["lite_vs_full"]["device"]["model weights in MLX"]
    )
    md = (out / "memory.md").read_text()
    assert "## Lite / full" in md and "| model weights in MLX |" in md
    assert not (tmp_path / "cache" / "gptoss-mlx" / "bench").exists() or not any(
        (tmp_path / "cache" / "gptoss-mlx" / "bench").iterdir()
    )  # synthesized, then removed


def test_placement_bench_times_both_placements(tiny_ckpt, tmp_path):
    rc = placement.main(
        ["--model", str(tiny_ckpt), "--rounds", "2", "--gen-tokens", "4", "--out", str(tmp_path)]
    )
    assert rc == 0
    res = json.loads((tmp_path / f"placement-{tiny_ckpt.name}.json").read_text())
    assert {p: len(v) for p, v in res["decode_tps"].items()} == {"device": 2, "host": 2}
    med = res["median_decode_tps"]
    assert all(v > 0 for v in med.values())
    assert res["host_over_device"] == round(med["host"] / med["device"], 3)
    assert "host / device" in (tmp_path / f"placement-{tiny_ckpt.name}.md").read_text()


def test_best_of_takes_each_metric_from_its_best_run():
    runs = [
        {
            "prompt_tps": 10.0,
            "decode_tps": 5.0,
            "mx_peak_bytes": 90,
            "rss_peak_bytes": 200,
            "load_s": 2.0,
        },
        {
            "prompt_tps": 8.0,
            "decode_tps": 6.0,
            "mx_peak_bytes": 100,
            "rss_peak_bytes": 150,
            "load_s": 3.0,
        },
    ]
    best = decode.best_of(runs)
    assert (best["prompt_tps"], best["decode_tps"]) == (10.0, 6.0)
    assert (best["mx_peak_bytes"], best["rss_peak_bytes"], best["load_s"]) == (90, 150, 2.0)
    assert decode.best_of([{"error": "x"}]) == {"error": "x"}


def test_mapped_bench_reports_both_routings(tiny_ckpt, tmp_path):
    assert (
        mapped.main(
            [
                "--model",
                str(tiny_ckpt),
                "--threads",
                "1",
                "--gen-tokens",
                "4",
                "--repeat",
                "2",
                "--hot-fraction",
                "0.5",
                "--out",
                str(tmp_path),
            ]
        )
        == 0
    )
    res = json.loads((tmp_path / "mapped.json").read_text())
    uniform, skewed = res["routings"]["uniform"], res["routings"]["skewed"]
    assert uniform["experts"] == skewed["experts"] == "mapped"
    # tiny: 8 experts a layer, top-4; the skewed router sends every token to the same 4
    assert skewed["cold_fraction"] == 0.5 and uniform["cold_fraction"] < 0.5
    assert all(r["decode_tps"] > 0 and len(r["decode_runs"]) == 2 for r in (uniform, skewed))
    assert "| skewed | 50.0% |" in (tmp_path / "mapped.md").read_text()


@pytest.mark.parametrize(
    ("xs", "ys", "line"),
    [
        ([1, 2, 3], [5, 7, 9], (3.0, 2.0)),
        ([1, 2, 4, 8], [2.5, 2.5, 2.5, 2.5], (2.5, 0.0)),
        ([0, 2], [1, 0], (1.0, -0.5)),
    ],
)
def test_kernels_bench_fits_decode_and_per_row_costs(xs, ys, line):
    assert kernels.fit_line(xs, ys) == pytest.approx(line)


def test_kernels_bench_reports_every_routing_with_its_bounds(tmp_path):
    pytest.importorskip("loader.cpu._ext")
    argv = ["--threads", "1", "--experts", "32", "--hidden", "256", "--ceiling-rows", "32"]
    assert kernels.main([*argv, "--repeat", "1", "--out", str(tmp_path)]) == 0
    res = json.loads((tmp_path / "kernels.json").read_text())
    ceiling = res["ceiling"]
    assert set(ceiling["ns_per_group"]) == {"1", "2", "3", "4", "6", "8"}
    # the fitted costs are timings on a shared machine: finite, but their sign is not asserted
    assert all(math.isfinite(ceiling[key]) for key in ("decode_ns", "per_token_ns"))
    part = res["threads"]["1"]
    assert part["bandwidth_gbps"] > 0
    rows = {r["routing"]: r for r in part["routings"]}
    assert set(rows) == set(kernels.ROUTINGS)
    assert [rows[name]["experts_read"] for name in list(kernels.ROUTINGS)[:4]] == [4, 32, 16, 8]
    assert all(
        r["ms"] > 0 and r["memory_bound_ms"] > 0 and math.isfinite(r["compute_bound_ms"])
        for r in rows.values()
    )
    assert "8 tokens on 16 experts (2 each)" in (tmp_path / "kernels.md").read_text()
