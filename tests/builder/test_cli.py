"""`python -m builder` end to end on the tiny checkpoint: profile, build per strategy, eval, errors.

Most cases call `builder.__main__.main` in-process (fast); exit status and signal handling are
checked in real subprocesses.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.__main__ import main
from loader import load


@pytest.fixture(scope="module")
def analysis(tiny_ckpt: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prof") / "expert_analysis.json"
    assert (
        main(
            [
                "profile",
                "--model",
                str(tiny_ckpt),
                "--output",
                str(out),
                "--max-tokens",
                "300",
                "--quiet",
            ]
        )
        == 0
    )
    return out


def test_profile_writes_documented_schema(analysis: Path) -> None:
    a = json.loads(analysis.read_text())
    assert a["format"] == "gptoss-expert-analysis/1" and a["source"] == "calibration"
    assert a["num_hidden_layers"] == 4 and a["experts_per_layer"] == [8, 8, 8, 8]
    assert a["calibration"]["tokens"] == 300 and len(a["calibration"]["sha256"]) == 64
    for layer in a["layers"]:
        assert [e["id"] for e in layer["experts"]] == list(range(8))
        # Every token is routed to exactly top-k experts in every layer.
        assert sum(e["tokens"] for e in layer["experts"]) == 300 * a["num_experts_per_tok"]
        assert all(
            e["saliency"] >= 0 and e["gate_sum"] <= e["tokens"] + 1e-6 for e in layer["experts"]
        )
    # Round-robin over categories: a 300-token budget already reaches more than one category.
    cats = {c for e in a["layers"][0]["experts"] for c in e["categories"]}
    assert len(cats) >= 2


@pytest.mark.parametrize(
    "args, counts",
    [
        (["--strategy", "frequency", "--keep", "5"], 5),
        (["--strategy", "reap", "--keep-ratio", "0.75"], 6),
        (["--strategy", "reap", "--tiers", "0-1:6,2-3:4"], [6, 6, 4, 4]),
        (["--strategy", "capability", "--keep", "4"], 4),
    ],
)
def test_build_from_analysis(tiny_ckpt: Path, analysis: Path, tmp_path: Path, args, counts) -> None:
    dst = tmp_path / "lite"
    rc = main(
        [
            "--model",
            str(tiny_ckpt),
            "--output",
            str(dst),
            "--analysis",
            str(analysis),
            "--quiet",
            *args,
        ]
    )
    assert rc == 0
    cfg = json.loads((dst / "config.json").read_text())
    assert cfg["num_local_experts"] == counts
    report = json.loads((dst / "build_report.json").read_text())
    assert report["strategy"] == args[1] and report["calibration"]["tokens"] == 300
    assert report["parameters_after"] < report["parameters_before"]
    assert json.loads((dst / "expert_analysis.json").read_text()) == json.loads(
        analysis.read_text()
    )
    _, _, info = load(dst)
    assert sum(info.experts_per_layer) == report["experts_after"]


def test_build_from_telemetry(tiny_ckpt: Path, tmp_path: Path) -> None:
    stats = tmp_path / "telemetry.json"
    layers = [{str(e): (100 if e in (1, 3, 4, 6, 7) else e) for e in range(8)} for _ in range(4)]
    stats.write_text(json.dumps({"format": "gptoss-expert-telemetry/1", "layers": layers}))
    dst = tmp_path / "lite"
    assert (
        main(
            [
                "--model",
                str(tiny_ckpt),
                "--output",
                str(dst),
                "--strategy",
                "frequency",
                "--keep",
                "5",
                "--from-telemetry",
                str(stats),
                "--quiet",
            ]
        )
        == 0
    )
    assert json.loads((dst / "config.json").read_text())["expert_map"] == [[1, 3, 4, 6, 7]] * 4


def test_eval_side_by_side(tiny_ckpt: Path, analysis: Path, tmp_path: Path, capsys) -> None:
    dst = tmp_path / "lite"
    main(
        [
            "--model",
            str(tiny_ckpt),
            "--output",
            str(dst),
            "--analysis",
            str(analysis),
            "--strategy",
            "frequency",
            "--keep",
            "4",
            "--quiet",
        ]
    )
    capsys.readouterr()
    out = tmp_path / "eval.json"
    assert (
        main(
            [
                "eval",
                "--model",
                str(tiny_ckpt),
                "--model",
                str(dst),
                "--max-tokens",
                "150",
                "--output",
                str(out),
                "--quiet",
            ]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert "| **all** |" in table and "change 2 vs 1" in table
    res = json.loads(out.read_text())
    assert len(res["all"]) == 2 and all(v > 1 for v in res["all"])
    assert res["models"] == [str(tiny_ckpt), str(dst)]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--strategy", "frequency"], "needs a size"),
        (["--strategy", "reap", "--keep", "2"], "below top-k 4"),
        (["--strategy", "reap", "--tiers", "0-2:4"], "without a count"),
        (
            ["--strategy", "reap", "--keep", "4", "--from-telemetry", "{tele}"],
            "telemetry only has counts",
        ),
        (
            ["--strategy", "reap", "--keep", "4", "--analysis", "{missing}"],
            "cannot read expert analysis",
        ),
    ],
)
def test_errors_are_one_line(tiny_ckpt: Path, tmp_path: Path, capsys, args, message) -> None:
    tele = tmp_path / "t.json"
    tele.write_text(json.dumps({"layers": [{"0": 1}] * 4}))
    args = [a.format(tele=tele, missing=tmp_path / "nope.json") for a in args]
    rc = main(["--model", str(tiny_ckpt), "--output", str(tmp_path / "lite"), "--quiet", *args])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and message in err and err.startswith("error: ") and "\n" not in err
    assert not (tmp_path / "lite").exists()


def test_exit_status_2_from_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "builder",
            "--model",
            str(tmp_path / "none"),
            "--output",
            str(tmp_path / "out"),
            "--strategy",
            "frequency",
            "--keep",
            "4",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no config.json" in proc.stderr


def test_sigterm_mid_build_cleans_up(
    tiny_ckpt: Path, analysis: Path, tmp_path: Path, slow_reads: str
) -> None:
    dst = tmp_path / "lite"
    code = slow_reads + (
        "from builder.__main__ import main\n"
        f"sys.exit(main(['--model', {str(tiny_ckpt)!r}, '--output', {str(dst)!r}, '--analysis',"
        f" {str(analysis)!r}, '--strategy', 'frequency', '--keep', '4', '--quiet']))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline and not any(
        p.name.startswith(".lite.") for p in tmp_path.iterdir()
    ):
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert not dst.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".lite.")]


def test_dry_run_prints_the_plan_and_writes_nothing(
    tiny_ckpt: Path, analysis: Path, tmp_path: Path, capsys
) -> None:
    dst = tmp_path / "lite"
    assert (
        main(
            [
                "--model",
                str(tiny_ckpt),
                "--output",
                str(dst),
                "--analysis",
                str(analysis),
                "--strategy",
                "reap",
                "--tiers",
                "0-1:6,2-3:4",
                "--dry-run",
                "--quiet",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "layer 0: keep 6/8" in out and "layer 3: keep 4/8" in out
    assert "experts 32 -> 20" in out and "nothing written" in out
    assert not dst.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
