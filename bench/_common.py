"""Helpers shared by the benchmarks: synthetic checkpoints in a cache dir, child processes
that report one JSON line, memory readings, and markdown tables.

Each measured system runs in its own child process so its load time and peak memory are not
polluted by the other's allocations. Nothing here imports MLX at module level.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RESULT_PREFIX = "BENCH_RESULT "


def synthetic_checkpoint(
    shape: str, layers: int | None, experts: int | Sequence[int] | None, seed: int = 0
) -> tuple[Path, bool]:
    """Path of a cached synthetic checkpoint (written now if missing) and whether we wrote it."""
    from synthetic import cache_root, write_checkpoint

    tag = "x".join(str(e) for e in experts) if isinstance(experts, (list, tuple)) else experts
    name = f"{shape}-L{layers if layers is not None else 'all'}-E{tag or 'default'}-s{seed}"
    if isinstance(experts, (list, tuple)) and len(set(experts)) == 1:
        name = f"{shape}-L{layers}-lite{experts[0]}-s{seed}"
    path = cache_root() / "bench" / name
    if (path / "config.json").is_file():
        return path, False
    if path.exists():  # a previous run died half way
        shutil.rmtree(path)
    log.info("writing synthetic checkpoint %s", path)
    write_checkpoint(path, shape=shape, layers=layers, experts=experts, seed=seed)
    return path, True


RESULTS = Path(__file__).resolve().parent / "results"


def run_child(args: list[str], timeout: float, module: str = "bench.decode") -> dict[str, Any]:
    """Run `python -m <module> <args>` and return the JSON it reported with `report`."""
    cmd = [sys.executable, "-m", module, *args]
    log.info("running %s", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    raise RuntimeError(
        f"child {' '.join(args)} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    )


def report(result: dict[str, Any]) -> None:
    """Child side: print the result line the parent looks for."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def max_rss_bytes() -> int:
    """Peak resident set size of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def current_rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux: fall back to the peak
        return max_rss_bytes()


def ratio(ours: float | None, ref: float | None) -> float | None:
    if not ours or not ref:
        return None
    return round(ours / ref, 3)


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}" if abs(v) < 100 else f"{v:.1f}"
        return "" if v is None else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def gib(n: float | None) -> float | None:
    return None if n is None else round(n / 2**30, 3)


def run_and_write(
    name: str,
    run: Callable[[Any], dict[str, Any]],
    markdown: Callable[[dict[str, Any]], str],
    args: Any,
    stem: str | None = None,
) -> int:
    """The parent side of a benchmark CLI: run it, write `<stem or name>.json/.md` into
    `args.out`, or print one readable line and return 2 when it fails."""
    try:
        res = run(args)
    except Exception as exc:  # noqa: BLE001 - one readable line at the CLI edge
        print(f"bench.{name}: {exc}", file=sys.stderr)
        return 2
    write_results(args.out, stem or name, res, markdown(res))
    return 0


def write_results(out: Path, name: str, result: dict[str, Any], table: str) -> None:
    """Write `<name>.json` and `<name>.md` into `out` and show the table (the bench's output)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    (out / f"{name}.md").write_text(table)
    print(table)
