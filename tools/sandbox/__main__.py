"""`python -m tools.sandbox`: show what isolation holds on this machine and how fast it is.

Runs a few trivial programs through `run_python` and calls through `run_bounded`, then prints
the protections actually applied, any warnings, and latency percentiles. Short by default
(about two seconds); it is a self-check for operators, not a benchmark suite.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from tools.sandbox import Limits, run_bounded, run_python, shutdown


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"p50 {statistics.median(ordered):.2f} ms, p90 {p90:.2f} ms (n={len(ordered)})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10, help="run_python samples (default 10)")
    ap.add_argument("--calls", type=int, default=50, help="warm run_bounded samples (default 50)")
    args = ap.parse_args(argv)

    probe = run_python("print(6 * 7)", limits=Limits(timeout_s=10))
    if not probe.ok:
        print(f"run_python does not work here: {probe.error}", file=sys.stderr)
        return 2
    print("run_python isolation:", ", ".join(probe.isolation))
    for warning in probe.warnings:
        print("run_python warning:", warning)
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        run_python("pass")
        timings.append((time.perf_counter() - start) * 1000)
    print("run_python latency (trivial program):", _percentiles(timings))

    start = time.perf_counter()
    first = run_bounded("tools.sandbox.probes:echo", 0, timeout_s=60)
    cold = (time.perf_counter() - start) * 1000
    if not first.ok:
        print(f"run_bounded does not work here: {first.error}", file=sys.stderr)
        return 2
    print("run_bounded worker isolation:", ", ".join(first.details.get("isolation", ())))
    print(f"run_bounded cold start (interpreter + sympy + pint import): {cold:.0f} ms")
    warm = []
    for i in range(args.calls):
        start = time.perf_counter()
        run_bounded("tools.sandbox.probes:echo", i)
        warm.append((time.perf_counter() - start) * 1000)
    print("run_bounded warm call:", _percentiles(warm))
    start = time.perf_counter()
    over = run_bounded("tools.sandbox.probes:power", (9, 9**9), timeout_s=0.5)
    print(
        f"run_bounded 9**9**9 with 0.5 s budget: {over.error} "
        f"(answered in {(time.perf_counter() - start) * 1000:.0f} ms)"
    )
    shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
