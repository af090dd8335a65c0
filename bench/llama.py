"""llama.cpp as the reference of bench.cpu: its own `llama-bench` and `llama-batched-bench`
binaries on a GGUF of the same weights, results keyed like ours. llama.cpp is built outside this
repository (see docs/BENCHMARKS.md, "CPU kernels"); weights are read into memory (`-lm none`), as ours are:
memory-mapped, llama.cpp measured 10-15% slower and more variable here (pages of the GGUF fall
out of the page cache between runs).
"""

from __future__ import annotations

import json
import logging
import subprocess
from pathlib import Path

log = logging.getLogger("bench.llama")


def _run(cmd: list[str], timeout: float) -> str:
    log.info("running %s", " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{Path(cmd[0]).name} failed: {proc.stderr[-2000:]}")
    return proc.stdout


def llama_bench(
    binary: Path,
    gguf: Path,
    prompts: list[int],
    gen: int,
    threads: list[int],
    repeat: int,
    timeout: float,
) -> dict[str, float]:
    """`llama-bench` tok/s: prefill_<n>_tps@<threads> and decode_tps@<threads>."""
    ts = ",".join(map(str, threads))
    ps = ",".join(map(str, prompts)) if prompts else "0"
    args = f"-t {ts} -r {repeat} -o json -lm none -n {gen} -p {ps}".split()
    found: dict[str, float] = {}
    for row in json.loads(_run([str(binary), "-m", str(gguf), *args], timeout)):
        key = f"prefill_{row['n_prompt']}_tps" if row["n_prompt"] else "decode_tps"
        found[f"{key}@{row['n_threads']}"] = row["avg_ts"]
    return found


def llama_batched(
    binary: Path, gguf: Path, batch: int, gen: int, threads: int, timeout: float
) -> dict[str, float]:
    """Aggregate decode tok/s of `llama-batched-bench` at 1 and `batch` parallel sequences of
    16-token prompts, keyed batch_decode_tps@<n>: llama.cpp's own batch-1 to batch-n ratio,
    measured the same way for it at both sizes."""
    args = (
        f"-c {batch * (16 + gen) + 64} -npp 16 -ntg {gen} -npl 1,{batch} -t {threads} "
        f"-tb {threads} -lm none --output-format jsonl"
    ).split()
    out = _run([str(binary), "-m", str(gguf), *args], timeout)
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return {f"batch_decode_tps@{r['pl']}": r["speed_tg"] for r in rows}
