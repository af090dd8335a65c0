"""Models larger than memory: experts left in the checkpoint files (`experts="mapped"`).

`python -m bench.mapped --shape 120b` writes (once, cached) a 120b-shaped synthetic checkpoint
(36 layers x 128 MXFP4 experts, ~65 GB), then loads it with mapped experts and decodes, once
with the synthetic router as it is (near-uniform routing: the whole expert set is live, far more
than RAM) and once skewed as gpt-oss-120b routes (80.6% of experts cold; a random --hot-fraction of
each layer's experts gets +10 on its router bias, so top-4 lands there and the rest stay cold).
Each routing runs in its own child process; with --drop-page-cache (root on Linux) both start
cold. Reported per routing: load time, decode tok/s per run (the first run starts
cold), peak and final RSS, the page cache at the end, and the fraction of experts that were
never routed (telemetry). No reference: neither stock mlx-lm nor our in-memory path can hold
these weights on this machine, which is the point. Writes bench/results/mapped[-<name>].json
and .md.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import statistics
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench._common import (
    RESULTS,
    current_rss_bytes,
    gib,
    markdown_table,
    max_rss_bytes,
    report,
    run_and_write,
    run_child,
    synthetic_checkpoint,
)
from loader.loading import meminfo

log = logging.getLogger("bench.mapped")

ROUTINGS = ("uniform", "skewed")


def _drop_page_cache() -> bool:
    """Start cold: write back and drop clean pages (Linux, root only)."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("1\n")
        return True
    except OSError:
        return False


def skew_router(model, hot_fraction: float, seed: int) -> None:
    """+10 on the router bias of a random `hot_fraction` of each layer's experts: the router's
    logits on random weights are O(1), so top-4 then (nearly) always picks among them."""
    import mlx.core as mx
    import numpy as np

    rng = np.random.default_rng(seed)
    for layer in model.layers:
        router = layer.mlp.router
        E = router.bias.shape[0]
        hot = rng.choice(E, max(1, round(hot_fraction * E)), replace=False)
        boost = np.zeros(E, dtype=np.float32)
        boost[hot] = 10.0
        router.bias = router.bias + mx.array(boost).astype(router.bias.dtype)


def child(
    model: str, routing: str, hot_fraction: float, threads: int, gen: int, repeat: int
) -> dict[str, Any]:
    import mlx.core as mx
    import numpy as np

    import loader
    from engine import Engine, SamplingParams

    t0 = time.perf_counter()
    m, tok, info = loader.load(model, kernels="cpu", cpu_threads=threads, experts="mapped")
    out: dict[str, Any] = {
        "routing": routing,
        "load_s": time.perf_counter() - t0,
        "rss_after_load_bytes": current_rss_bytes(),
        "experts": info.experts,
        "resident_estimate_bytes": info.estimated_resident_bytes,
    }
    if routing == "skewed":
        skew_router(m, hot_fraction, seed=1)
    m.set_telemetry(True)
    rng = np.random.default_rng(0)
    params = SamplingParams(temperature=0, max_tokens=gen, ignore_eos=True)
    rates = []
    with Engine(m, tok, max_batch=1, prompt_cache_size=0) as eng:
        for _ in range(repeat):
            prompt = rng.integers(1, min(info.config.vocab_size, 199_000), size=16).tolist()
            stamps = [time.perf_counter() for _ in eng.generate_sync(prompt, params)]
            rates.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
            log.info("%s: %.3f tok/s", routing, rates[-1])
        counts = eng.telemetry_counts()
    total = sum(info.experts_per_layer)
    used = sum(len([e for e, c in layer.items() if c]) for layer in counts)
    out.update(
        decode_runs=rates,
        decode_tps=statistics.median(rates),
        cold_fraction=1 - used / total,
        rss_peak_bytes=max_rss_bytes(),
        rss_end_bytes=current_rss_bytes(),
        # file pages are the mapped experts (clean, dropped under pressure); anonymous
        # memory is what the process itself holds
        rss_anon_end_bytes=meminfo("RssAnon", "/proc/self/status"),
        rss_file_end_bytes=meminfo("RssFile", "/proc/self/status"),
        page_cache_end_bytes=meminfo("Cached"),
        mx_peak_bytes=mx.get_peak_memory(),
    )
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    import mlx.core as mx

    path = (
        Path(args.model) if args.model else synthetic_checkpoint(args.shape, args.layers, None)[0]
    )
    on_disk = sum(f.stat().st_size for f in path.glob("*.safetensors"))
    res: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "checkpoint": {"path": str(path), "name": path.name, "bytes_on_disk": on_disk},
        "machine": {
            "summary": f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs, "
            f"mlx {mx.__version__}, mlx-lm {version('mlx-lm')}",
            "mem_total_bytes": meminfo("MemTotal"),
            "load_average_start": os.getloadavg(),
        },
        "settings": {
            k: getattr(args, k)
            for k in ("threads", "gen_tokens", "repeat", "hot_fraction", "drop_page_cache")
        },
        "routings": {},
    }
    for routing in ROUTINGS:
        dropped = args.drop_page_cache and _drop_page_cache()
        r = run_child(
            [
                "--child",
                routing,
                "--model",
                str(path),
                "--threads",
                str(args.threads),
                "--gen-tokens",
                str(args.gen_tokens),
                "--repeat",
                str(args.repeat),
                "--hot-fraction",
                str(args.hot_fraction),
            ],
            args.timeout,
            module="bench.mapped",
        )
        res["routings"][routing] = {**r, "started_cold": dropped}
    res["machine"]["load_average_end"] = os.getloadavg()
    return res


def _markdown(res: dict[str, Any]) -> str:
    ck, mach = res["checkpoint"], res["machine"]
    rows = []
    for routing, r in res["routings"].items():
        runs = ", ".join(f"{v:.2f}" for v in r["decode_runs"])
        rows.append(
            (
                routing,
                f"{r['cold_fraction']:.1%}",
                r["decode_tps"],
                runs,
                r["load_s"],
                gib(r["rss_after_load_bytes"]),
                gib(r["rss_peak_bytes"]),
                gib(r.get("rss_anon_end_bytes")),
                gib(r.get("rss_file_end_bytes")),
                gib(r["page_cache_end_bytes"]),
            )
        )
    return (
        "\n".join(
            [
                f"# Mapped experts ({res['when']})",
                "",
                (
                    f"Checkpoint `{ck['name']}`: {gib(ck['bytes_on_disk'])} GiB on disk, on a machine with "
                    f"{gib(mach['mem_total_bytes'])} GiB of RAM ({mach['summary']}); load average "
                    f"{mach['load_average_start'][0]:.2f} at the start, {mach['load_average_end'][0]:.2f} "
                    f"at the end. {res['settings']['threads']} threads, batch 1, greedy, "
                    f"{res['settings']['gen_tokens']} tokens per run from a 16-token prompt; each routing "
                    "in its own process"
                    + (
                        ", started with the page cache dropped."
                        if all(r["started_cold"] for r in res["routings"].values())
                        else "."
                    )
                ),
                "",
                markdown_table(
                    (
                        "routing",
                        "experts never routed",
                        "decode tok/s (median)",
                        "runs (first starts cold)",
                        "load s",
                        "RSS after load GiB",
                        "peak RSS GiB",
                        "RSS at end: anonymous GiB",
                        "RSS at end: file GiB",
                        "page cache at end GiB",
                    ),
                    rows,
                ),
                "",
                (
                    "RSS counts the pages of the mapped files the process has touched; they are clean "
                    "page cache, which the kernel drops under memory pressure. The anonymous part is what "
                    "the process itself holds (the rest of the model, caches, scratch)."
                ),
            ]
        )
        + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.mapped",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", help="checkpoint (default: a synthetic --shape one)")
    ap.add_argument("--shape", default="120b")
    ap.add_argument("--layers", type=int)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--gen-tokens", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--hot-fraction",
        type=float,
        default=0.2,
        help="share of each layer's experts the skewed router prefers",
    )
    ap.add_argument(
        "--drop-page-cache",
        action="store_true",
        help="drop the OS page cache before each routing (Linux, root)",
    )
    ap.add_argument("--name", help="results file suffix (mapped-<name>.json)")
    ap.add_argument("--timeout", type=float, default=7200)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", choices=ROUTINGS, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.child:
        report(
            child(
                args.model,
                args.child,
                args.hot_fraction,
                args.threads,
                args.gen_tokens,
                args.repeat,
            )
        )
        return 0
    stem = f"mapped-{args.name}" if args.name else "mapped"
    return run_and_write("mapped", run, _markdown, args, stem=stem)


if __name__ == "__main__":
    raise SystemExit(main())
