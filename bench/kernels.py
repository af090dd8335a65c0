"""`python -m bench.kernels`: where the MXFP4 expert kernel's time goes at decoding shapes.

Batched decoding gives each expert only a few tokens: 8 sequences x top-4 of 32 experts is 32
(token, expert) pairs on ~20 experts, most with one or two tokens. Below 16 tokens an expert's
weights go through the dot-product path: each group of 128 codes is decoded once and then costs
four bf16 dot-product instructions and one FMA per token. This bench measures both costs and
checks whether the expert block is bound by memory or by those instructions:

1. Compute ceiling: `mxfp4_linear` over a weight small enough to stay in L2 (no memory traffic)
   at 1-8 activation rows, in ns per group of 128 codes on one thread. A least-squares line
   through those points splits it into the decode cost (intercept) and the per-token cost (slope).
2. `moe_swiglu` at 20b widths (H = I = 2880) on synthetic routings: one token on 4 experts, and
   8 tokens on 32, 16 and 8 experts (1, 2 and 4 tokens each) and at random. For each: the expert
   bytes read, the time, and two lower bounds: memory (bytes / the streaming-read bandwidth
   measured here at the same thread count) and compute (groups x (experts x decode + pairs x
   per-token cost) / threads, from part 1).

Weights are random codes and scales (no checkpoint needed). Writes bench/results/kernels.json/md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench._common import RESULTS, markdown_table, run_and_write

GROUP = 128  # codes per decode step


def _median_s(fn, repeat: int) -> float:
    fn()  # warm: page in, thread pool up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _mxfp4(shape: tuple[int, ...], seed: int):
    """Random MXFP4 weights in MLX's layout: codes [..., K/8] uint32, scales [..., K/32] uint8
    (exponents 120-129: values of ordinary size)."""
    import mlx.core as mx
    import numpy as np

    *lead, k = shape
    rng = np.random.default_rng(seed)
    w = mx.array(rng.integers(0, 2**32, (*lead, k // 8), dtype=np.uint32))
    s = mx.array(rng.integers(120, 130, (*lead, k // 32), dtype=np.uint8))
    mx.eval(w, s)
    return w, s


def fit_line(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares intercept and slope of ys over xs."""
    n = len(xs)
    mx_, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx_) ** 2 for x in xs)
    slope = sum((x - mx_) * (y - my) for x, y in zip(xs, ys, strict=True)) / var
    return my - slope * mx_, slope


def compute_ceiling(k: int, rows_per_call: int, tokens: list[int], repeat: int) -> dict[str, Any]:
    """ns per 128-code group on one thread for an L2-resident weight, per token count."""
    import mlx.core as mx

    from loader import cpu

    ext = cpu.ext()
    cpu.set_threads(1)
    w, s = _mxfp4((rows_per_call, k), seed=1)
    groups = rows_per_call * k / GROUP
    calls = 64  # one op per eval is dominated by dispatch; chain several
    per_group: dict[int, float] = {}
    for m in tokens:
        x = mx.random.normal((m, k), key=mx.random.key(m)).astype(mx.bfloat16)
        mx.eval(x)

        def run(x: mx.array = x) -> None:
            mx.eval([ext.mxfp4_linear(x, w, s) for _ in range(calls)])

        per_group[m] = _median_s(run, repeat) / (calls * groups) * 1e9
    decode, per_token = fit_line([float(m) for m in tokens], [per_group[m] for m in tokens])
    return {
        "weight_rows": rows_per_call,
        "k": k,
        "ns_per_group": {str(m): per_group[m] for m in tokens},
        "decode_ns": decode,
        "per_token_ns": per_token,
    }


ROUTINGS: dict[str, tuple[int, Any]] = {
    # name: (tokens, expert ids per token or "random")
    "1 token, 4 experts": (1, [[0, 1, 2, 3]]),
    "8 tokens on 32 experts (1 each)": (8, [[4 * t + j for j in range(4)] for t in range(8)]),
    "8 tokens on 16 experts (2 each)": (
        8,
        [[(4 * t + j) % 16 for j in range(4)] for t in range(8)],
    ),
    "8 tokens on 8 experts (4 each)": (8, [[(4 * t + j) % 8 for j in range(4)] for t in range(8)]),
    "8 tokens, random top-4": (8, "random"),
}


def expert_block(
    experts: int, hidden: int, threads: int, ceiling: dict[str, Any], bandwidth: float, repeat: int
) -> list[dict[str, Any]]:
    import mlx.core as mx
    import numpy as np

    from loader import cpu

    ext = cpu.ext()
    cpu.set_threads(threads)
    weights = []
    for i, (rows, cols) in enumerate([(hidden, hidden), (hidden, hidden), (hidden, hidden)]):
        w, s = _mxfp4((experts, rows, cols), seed=10 + i)
        b = mx.zeros((experts, rows), dtype=mx.bfloat16)
        weights += [w, s, b]
    mx.eval(weights)
    expert_bytes = sum(int(a.nbytes) for a in weights) / experts
    groups = 3 * hidden * hidden / GROUP  # per expert
    out = []
    for name, (tokens, ids) in ROUTINGS.items():
        if ids == "random":
            rng = np.random.default_rng(0)
            ids = [rng.choice(experts, 4, replace=False).tolist() for _ in range(tokens)]
        x = mx.random.normal((tokens, hidden), key=mx.random.key(tokens)).astype(mx.bfloat16)
        idx = mx.array(ids, dtype=mx.uint32)
        mx.eval(x, idx)
        used = len({e for row in ids for e in row})
        pairs = sum(len(row) for row in ids)
        seconds = _median_s(
            lambda x=x, idx=idx: mx.eval(ext.moe_swiglu(x, idx, *weights, 1.702, 7.0)), repeat
        )
        nbytes = used * expert_bytes
        compute_s = (
            groups
            * (used * ceiling["decode_ns"] + pairs * ceiling["per_token_ns"])
            * 1e-9
            / threads
        )
        out.append(
            {
                "routing": name,
                "experts_read": used,
                "pairs": pairs,
                "ms": seconds * 1e3,
                "gbps": nbytes / seconds / 1e9,
                "memory_bound_ms": nbytes / (bandwidth * 1e9) * 1e3,
                "compute_bound_ms": compute_s * 1e3,
            }
        )
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    from loader import cpu

    if not cpu.status().available:
        raise RuntimeError(f"our CPU kernels are unavailable: {cpu.status().reason}")
    ext = cpu.ext()
    res: dict[str, Any] = {
        "machine": {
            "platform": f"{platform.system()} {platform.machine()}",
            "cpus": os.cpu_count(),
            "variants": ext.supported_variants(),
            "mxfp4_variant": ext.variant_for(True, True),
            "mlx": version("mlx"),
            "load_average_start": os.getloadavg(),
        },
        "ceiling": compute_ceiling(args.hidden, args.ceiling_rows, [1, 2, 3, 4, 6, 8], args.repeat),
        "threads": {},
    }
    for threads in [int(t) for t in args.threads.split(",")]:
        cpu.set_threads(threads)
        bandwidth = ext.read_bandwidth_gbps(2 << 30, 5)
        res["threads"][str(threads)] = {
            "bandwidth_gbps": bandwidth,
            "routings": expert_block(
                args.experts, args.hidden, threads, res["ceiling"], bandwidth, args.repeat
            ),
        }
    res["machine"]["load_average_end"] = os.getloadavg()
    return res


def _markdown(res: dict[str, Any]) -> str:
    mach, ceil = res["machine"], res["ceiling"]
    lines = [
        "# MXFP4 expert kernel at decoding shapes",
        "",
        (
            f"{mach['platform']}, {mach['cpus']} CPUs, MXFP4 variant `{mach['mxfp4_variant']}`, "
            f"mlx {mach['mlx']}; load average {mach['load_average_start'][0]:.2f} at the start, "
            f"{mach['load_average_end'][0]:.2f} at the end."
        ),
        "",
        (
            f"Compute ceiling (one thread, a {ceil['weight_rows']} x {ceil['k']} weight that "
            f"stays in L2): ns per group of {GROUP} codes by activation rows; least squares: "
            f"decode {ceil['decode_ns']:.2f} ns + {ceil['per_token_ns']:.2f} ns per row."
        ),
        "",
        markdown_table(
            ["rows", *ceil["ns_per_group"]],
            [["ns per group", *ceil["ns_per_group"].values()]],
        ),
    ]
    for threads, part in res["threads"].items():
        lines += [
            "",
            f"`moe_swiglu`, {threads} thread(s), streaming-read bandwidth {part['bandwidth_gbps']:.1f} GB/s:",
            "",
            markdown_table(
                [
                    "routing",
                    "experts read",
                    "pairs",
                    "ms",
                    "GB/s",
                    "memory bound ms",
                    "compute bound ms",
                ],
                [
                    [
                        r["routing"],
                        r["experts_read"],
                        r["pairs"],
                        r["ms"],
                        r["gbps"],
                        r["memory_bound_ms"],
                        r["compute_bound_ms"],
                    ]
                    for r in part["routings"]
                ],
            ),
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.kernels", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("--threads", default="1,2", help="thread counts, comma-separated")
    ap.add_argument("--experts", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=2880, help="expert input and output width")
    ap.add_argument(
        "--ceiling-rows", type=int, default=256, help="weight rows of the L2-resident weight"
    )
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--out", type=Path, default=RESULTS)
    return run_and_write("kernels", run, _markdown, ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
