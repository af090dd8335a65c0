"""Builder benchmark: build time and peak memory per strategy, 20b-shaped source, few layers.

`python -m bench.builder [--shape 20b --layers 2 --keep-ratio 0.5 --max-tokens 64]` synthesizes the
source into the cache dir, profiles it once (child process), then builds one lite checkpoint per
strategy from that analysis (one child each, so each peak RSS is the writer's own), against a plain
copy of the shards as the reference. Writes bench/results/builder.json and builder.md; deletes the
generated checkpoints unless --keep.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench._common import (
    RESULTS,
    gib,
    markdown_table,
    max_rss_bytes,
    ratio,
    report,
    run_child,
    synthetic_checkpoint,
    write_results,
)

log = logging.getLogger("bench.builder")
STRATEGIES = ("frequency", "capability", "reap")


def _child(argv: list[str]) -> None:
    """Run one builder command in this process and report wall time and peak RSS."""
    from builder.__main__ import main

    start = time.perf_counter()
    rc = main(argv)
    report(
        {"rc": rc, "seconds": round(time.perf_counter() - start, 3), "peak_rss": max_rss_bytes()}
    )


def _run(argv: list[str], timeout: float = 3600) -> dict[str, Any]:
    out = run_child(["--child", *argv], timeout, module="bench.builder")
    if out["rc"] != 0:
        raise RuntimeError(f"{' '.join(argv)} failed with exit status {out['rc']}")
    return out


def _copy_reference(src: Path, dst: Path) -> float:
    """Seconds to copy the shards with fsync: the floor any streaming writer can reach."""
    start = time.perf_counter()
    dst.mkdir()
    for p in sorted(src.glob("*.safetensors")):
        shutil.copyfile(p, dst / p.name)
        fd = os.open(dst / p.name, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
    return round(time.perf_counter() - start, 3)


def _one_layer_expert_bytes(src: Path) -> int:
    from builder.source import read_source

    s = read_source(src)
    return sum(t.nbytes for n, t in s.tensors.items() if s.expert_layer(n) == 0)


def run(args: argparse.Namespace) -> dict[str, Any]:
    src, wrote = synthetic_checkpoint(args.shape, args.layers, None)
    work = Path(tempfile.mkdtemp(prefix="bench-builder-", dir=src.parent))
    try:
        analysis = work / "expert_analysis.json"
        prof = _run(
            [
                "profile",
                "--model",
                str(src),
                "--output",
                str(analysis),
                "--max-tokens",
                str(args.max_tokens),
                "--quiet",
            ]
        )
        copy_s = _copy_reference(src, work / "copy")
        shutil.rmtree(work / "copy")
        layer_bytes = _one_layer_expert_bytes(src)
        rows: dict[str, dict[str, Any]] = {}
        # Interleave strategies across repeats: page-cache state and busy neighbours hit all alike.
        for _ in range(args.repeat):
            for strategy in STRATEGIES:
                out = work / strategy
                res = _run(
                    [
                        "--model",
                        str(src),
                        "--output",
                        str(out),
                        "--analysis",
                        str(analysis),
                        "--strategy",
                        strategy,
                        "--keep-ratio",
                        str(args.keep_ratio),
                        "--quiet",
                    ]
                )
                rep = json.loads((out / "build_report.json").read_text())
                shutil.rmtree(out)
                row = rows.setdefault(
                    strategy,
                    {
                        "strategy": strategy,
                        "seconds": res["seconds"],
                        "peak_rss": res["peak_rss"],
                        "experts_before": rep["experts_before"],
                        "experts_after": rep["experts_after"],
                        "bytes_before": rep["bytes_before"],
                        "bytes_after": rep["bytes_after"],
                        "tensors_verified": rep["tensors_verified"],
                        "runs": [],
                    },
                )
                row["runs"].append(res["seconds"])
                row["seconds"] = min(row["runs"])  # best time, worst memory
                row["peak_rss"] = max(row["peak_rss"], res["peak_rss"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if wrote and not args.keep:
            shutil.rmtree(src, ignore_errors=True)
    budget = 2 * 10**9 + layer_bytes
    return {
        "bench": "builder",
        "shape": args.shape,
        "layers": args.layers,
        "keep_ratio": args.keep_ratio,
        "machine": f"{platform.system()} {platform.machine()}",
        "profile": {
            "seconds": prof["seconds"],
            "peak_rss": prof["peak_rss"],
            "max_tokens": args.max_tokens,
        },
        "reference_copy_seconds": copy_s,
        "one_layer_expert_bytes": layer_bytes,
        "peak_rss_budget": budget,
        "repeat": args.repeat,
        "builds": list(rows.values()),
        "all_within_budget": all(r["peak_rss"] < budget for r in rows.values()),
    }


def markdown(r: dict[str, Any]) -> str:
    rows = [
        [
            b["strategy"],
            b["seconds"],
            ratio(b["seconds"], r["reference_copy_seconds"]),
            gib(b["peak_rss"]),
            f"{b['experts_before']} -> {b['experts_after']}",
            gib(b["bytes_before"]),
            gib(b["bytes_after"]),
            b["tensors_verified"],
        ]
        for b in r["builds"]
    ]
    table = markdown_table(
        [
            "strategy",
            "build s",
            "x plain copy",
            "peak RSS GiB",
            "experts",
            "GiB before",
            "GiB after",
            "tensors verified",
        ],
        rows,
    )
    return (
        f"# Builder benchmark\n\n{r['shape']}-shaped source, {r['layers']} layers, "
        f"--keep-ratio {r['keep_ratio']}, {r['machine']}; best of {r['repeat']} build(s) per "
        f"strategy, peak RSS the worst.\n\n{table}\n\n"
        f"Reference: plain copy of the source shards (with fsync) took "
        f"{r['reference_copy_seconds']} s. Peak RSS budget (2 GB + one layer's expert tensors, "
        f"{gib(r['one_layer_expert_bytes'])} GiB): {gib(r['peak_rss_budget'])} GiB; all builds "
        f"within: {r['all_within_budget']}. Profiling ({r['profile']['max_tokens']} calibration "
        f"tokens, model loaded with loader.load): {r['profile']['seconds']} s, peak RSS "
        f"{gib(r['profile']['peak_rss'])} GiB.\n"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1:])
        return 0
    p = argparse.ArgumentParser(prog="python -m bench.builder", description=__doc__.split("\n")[0])
    p.add_argument("--shape", default="20b", choices=["tiny", "20b", "120b"])
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--keep-ratio", type=float, default=0.5)
    p.add_argument("--max-tokens", type=int, default=64, help="calibration tokens for profiling")
    p.add_argument("--repeat", type=int, default=1, help="builds per strategy; best time is kept")
    p.add_argument("--keep", action="store_true", help="keep the synthetic source afterwards")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    result = run(args)
    write_results(RESULTS, "builder", result, markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
