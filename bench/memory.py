"""Resident memory of a full and a lite checkpoint at real depth: our engine, with the embedding
table on the device and on the host, against stock mlx-lm; each system in its own process.

`python -m bench.memory --shape 20b --lite-experts 16` synthesizes the shape at its real depth
(`--layers N` for fewer) with all its experts and with N experts a layer, then each child loads
one checkpoint, runs a short greedy generation and reads MLX's active and peak memory and the
process's resident set after loading and at its peak. The children are `bench.decode`'s, so a
number means the same in both benchmarks. Writes bench/results/memory.json and memory.md.
"""

from __future__ import annotations

import argparse
import logging
import platform
import shutil
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench._common import (
    RESULTS,
    gib,
    markdown_table,
    ratio,
    run_and_write,
    run_child,
    synthetic_checkpoint,
)

log = logging.getLogger("bench.memory")
PLACEMENTS = ("device", "host")
# (label, how to read it from a child's result); the first is what "resident" means below.
METRICS = (
    ("model weights in MLX", lambda r: r["resident"]["model_bytes"]),
    ("MLX active after load", lambda r: r["after_load"]["mx_active_bytes"]),
    ("MLX buffer cache after load", lambda r: r["after_load"]["mx_cache_bytes"]),
    ("RSS after load", lambda r: r["after_load"]["rss_now_bytes"]),
    ("MLX peak (load + generate)", lambda r: r["mx_peak_bytes"]),
    ("peak RSS (load + generate)", lambda r: r["rss_peak_bytes"]),
)


def _child(system: str, path: Path, args: argparse.Namespace, placement: str = "auto") -> dict:
    cmd = [
        "--child",
        system,
        "--model",
        str(path),
        "--prompt-tokens",
        str(args.prompt_tokens),
        "--gen-tokens",
        str(args.gen_tokens),
    ]
    if system == "ours":
        cmd += ["--embeddings", placement]
    return run_child(cmd, args.timeout)


def run(args: argparse.Namespace) -> dict[str, Any]:
    import mlx.core as mx

    from synthetic import SHAPES

    layers = args.layers or SHAPES[args.shape]["num_hidden_layers"]
    full_experts = args.experts or SHAPES[args.shape]["num_local_experts"]
    made: list[Path] = []
    paths: dict[str, Path] = {}
    for kind, experts in (("full", args.experts), ("lite", [args.lite_experts] * layers)):
        paths[kind], new = synthetic_checkpoint(args.shape, layers, experts)
        made += [paths[kind]] if new else []
    try:
        systems: dict[str, dict] = {"mlx-lm full": _child("mlx-lm", paths["full"], args)}
        for placement in args.placements:
            for kind in ("full", "lite"):
                systems[f"ours {kind}, embeddings on {placement}"] = _child(
                    "ours", paths[kind], args, placement
                )
    finally:
        if not args.keep:
            for p in made:
                shutil.rmtree(p, ignore_errors=True)
    lite_vs_full = {
        placement: {
            label: ratio(
                get(systems[f"ours lite, embeddings on {placement}"]),
                get(systems[f"ours full, embeddings on {placement}"]),
            )
            for label, get in METRICS
        }
        for placement in args.placements
    }
    ours_vs_mlx_lm = {
        placement: {
            label: ratio(
                get(systems[f"ours full, embeddings on {placement}"]), get(systems["mlx-lm full"])
            )
            for label, get in METRICS
        }
        for placement in args.placements
    }
    return {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": {
            "summary": f"{platform.machine()} {platform.system()}, "
            f"{mx.default_device()}, mlx {version('mlx')}, mlx-lm {version('mlx-lm')}"
        },
        "settings": {
            "shape": args.shape,
            "layers": layers,
            "full_experts": full_experts,
            "lite_experts": args.lite_experts,
            "prompt_tokens": args.prompt_tokens,
            "gen_tokens": args.gen_tokens,
        },
        "systems": systems,
        "lite_vs_full": lite_vs_full,
        "ours_vs_mlx_lm": ours_vs_mlx_lm,
    }


def _markdown(res: dict[str, Any]) -> str:
    st = res["settings"]
    placements = list(res["lite_vs_full"])
    out = [
        f"# Resident memory benchmark ({res['when']})",
        "",
        (
            f"Synthetic `{st['shape']}` checkpoints, {st['layers']} layers: full = "
            f"{st['full_experts']} experts a layer, lite = {st['lite_experts']}. Each system "
            f"loads in its own process, then generates {st['gen_tokens']} tokens greedily from "
            f"a {st['prompt_tokens']}-token prompt. Machine: {res['machine']['summary']}."
        ),
        "",
        "## Lite / full",
        "",
        markdown_table(
            ("metric", *(f"embeddings on {p}" for p in placements), "target"),
            [
                (
                    label,
                    *(res["lite_vs_full"][p][label] for p in placements),
                    "<= 0.6" if i == 0 else "",
                )
                for i, (label, _) in enumerate(METRICS)
            ],
        ),
        "",
        "## Ours (full) / stock mlx-lm (full)",
        "",
        markdown_table(
            ("metric", *(f"embeddings on {p}" for p in placements), "target"),
            [
                (label, *(res["ours_vs_mlx_lm"][p][label] for p in placements), "<= 1.05")
                for label, _ in METRICS
            ],
        ),
        "",
        "## Every system (GiB; decode tok/s is indicative: a few tokens only)",
        "",
        markdown_table(
            ("system", *(label for label, _ in METRICS), "decode tok/s"),
            [
                (name, *(gib(get(r)) for _, get in METRICS), r.get("decode_tps"))
                for name, r in res["systems"].items()
            ],
        ),
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.memory",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--shape", default="20b")
    ap.add_argument("--layers", type=int, help="depth (default: the shape's real depth)")
    ap.add_argument(
        "--experts", type=int, help="experts a layer of the full checkpoint (default: the shape's)"
    )
    ap.add_argument("--lite-experts", type=int, default=16)
    ap.add_argument(
        "--placements",
        type=lambda s: s.split(","),
        default=list(PLACEMENTS),
        help="comma-separated embedding placements to measure (device,host)",
    )
    ap.add_argument("--prompt-tokens", type=int, default=8)
    ap.add_argument("--gen-tokens", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--keep", action="store_true", help="keep synthesized checkpoints")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if not set(args.placements) <= set(PLACEMENTS):
        ap.error(f"--placements takes {','.join(PLACEMENTS)}")
    return run_and_write("memory", run, _markdown, args)


if __name__ == "__main__":
    sys.exit(main())
