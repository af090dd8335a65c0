"""CPU benchmark: our engine on our kernels against llama.cpp, stock mlx-lm and our engine on
MLX's kernels ("today's"), on the same 20b-shaped checkpoint, in one run. Writes
bench/results/cpu[-<name>].json and .md.

Measured, each system in its own child process: decode tok/s at batch 1 for every --threads,
prefill tok/s for every --prompts length (time to first token), aggregate decode of --batch
sequences, decode with the other core kept busy, peak memory, and the machine's streaming-read
bandwidth at the same thread counts, from which the bandwidth-limit fraction follows (bytes read
per token x tok/s / bandwidth). llama.cpp is measured with its own `llama-bench` on a GGUF of
the same weights (`--llama-bench`, `--gguf`), built outside this repository (see docs/BENCHMARKS.md), and
its aggregate batched decode with `llama-batched-bench` when that is built next to it.
`python -m bench.cpu --shape 20b --layers 4 --llama-bench PATH --gguf PATH`.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench._common import (
    RESULTS,
    gib,
    markdown_table,
    max_rss_bytes,
    ratio,
    report,
    run_and_write,
    run_child,
    synthetic_checkpoint,
)
from bench.llama import llama_batched, llama_bench

log = logging.getLogger("bench.cpu")


# ------------------------------------------------------------------------------ children


def _prompt(vocab: int, n: int, seed: int) -> list[int]:
    import numpy as np

    return np.random.default_rng(seed).integers(1, min(vocab, 199_000), size=n).tolist()


def child_ours(
    model: str, kernels: str, threads: int, prompts: list[int], gen: int, batch: int, repeat: int
) -> dict[str, Any]:
    """Our engine: prefill speed per prompt length, batch-1 decode, aggregate batched decode."""
    import threading

    import mlx.core as mx

    import loader
    from engine import Engine, SamplingParams

    t0 = time.perf_counter()
    m, tok, info = loader.load(model, kernels=kernels, cpu_threads=threads)
    load_s = time.perf_counter() - t0
    vocab = info.config.vocab_size
    out: dict[str, Any] = {"kernels": info.kernels, "threads": threads, "load_s": load_s}
    with Engine(m, tok, max_batch=max(batch, 1), prompt_cache_size=0) as eng:
        warm = SamplingParams(temperature=0, max_tokens=2, ignore_eos=True)
        list(eng.generate_sync(_prompt(vocab, 8, 99), warm))
        one = SamplingParams(temperature=0, max_tokens=1, ignore_eos=True)
        for n in prompts:
            ttft = []
            for r in range(repeat):
                t = time.perf_counter()
                list(eng.generate_sync(_prompt(vocab, n, 1000 * n + r), one))
                ttft.append(time.perf_counter() - t)
            out[f"prefill_{n}_tps"] = n / statistics.median(ttft)
        params = SamplingParams(temperature=0, max_tokens=gen, ignore_eos=True)
        rates = []
        for r in range(repeat):
            stamps = [time.perf_counter() for _ in eng.generate_sync(_prompt(vocab, 16, r), params)]
            rates.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
        out["decode_tps"] = statistics.median(rates)
        out["decode_runs"] = rates
        if batch > 1:
            with eng.paused():  # all sequences start in one batch
                streams = [
                    eng.generate_sync(_prompt(vocab, 16, 500 + i), params) for i in range(batch)
                ]
            stamps: list[list[float]] = [[] for _ in range(batch)]
            workers = [
                threading.Thread(
                    target=lambda i=i: stamps[i].extend(time.perf_counter() for _ in streams[i])
                )
                for i in range(batch)
            ]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            start, end = max(s[0] for s in stamps), max(s[-1] for s in stamps)
            tokens = sum(sum(1 for x in s if x > start) for s in stamps)
            out["batch"] = batch
            out["batch_decode_tps"] = tokens / (end - start)
    out.update(mx_peak_bytes=mx.get_peak_memory(), rss_peak_bytes=max_rss_bytes())
    return out


def child_mlx_lm(model: str, prompt: int, gen: int) -> dict[str, Any]:
    """Stock mlx-lm (`load` + `stream_generate`); its CPU speed makes long prompts impractical."""
    import mlx.core as mx
    from mlx_lm import load, stream_generate

    m, tok = load(model)
    p = _prompt(m.args.vocab_size, prompt, 7)
    list(stream_generate(m, tok, p[:4], max_tokens=1))
    last = None
    for last in stream_generate(m, tok, p, max_tokens=gen):
        pass
    return {
        f"prefill_{prompt}_tps": last.prompt_tps,
        "decode_tps": last.generation_tps,
        "mx_peak_bytes": mx.get_peak_memory(),
        "rss_peak_bytes": max_rss_bytes(),
    }


def child_bandwidth(threads: int) -> dict[str, Any]:
    from loader import cpu

    cpu.set_threads(threads)
    return {"threads": threads, "gbps": cpu.ext().read_bandwidth_gbps(2 << 30, 5)}


@contextmanager
def busy_core(cpu_index: int):
    """A spinning process pinned to one CPU, as another program competing for it."""
    code = f"import os\nos.sched_setaffinity(0, {{{cpu_index}}})\nwhile True:\n    pass\n"
    proc = subprocess.Popen([sys.executable, "-c", code])
    try:
        time.sleep(0.5)
        yield
    finally:
        proc.kill()
        proc.wait()


# ------------------------------------------------------------------------------ parent


def bytes_per_token(path: Path) -> int:
    """Weight bytes one decode step reads at batch 1: every dense weight, top-k experts' share of
    each layer's expert tensors, and one embedding row."""
    import loader
    from loader.layout import scan_checkpoint

    info = loader.inspect(path)
    cfg, total = info.config, 0
    for name, entry in scan_checkpoint(path, cfg).tensors.items():
        if name.startswith("model.embed_tokens"):
            total += entry.nbytes // cfg.vocab_size
        elif ".mlp.experts." in name:
            layer = int(name.split(".")[2])
            total += entry.nbytes * cfg.num_experts_per_tok // cfg.experts_per_layer[layer]
        else:
            total += entry.nbytes
    return total


def _child(kind: str, args: argparse.Namespace, *extra: str) -> dict[str, Any]:
    return run_child(
        ["--child", kind, "--model", str(args.model_path), *extra], args.timeout, module="bench.cpu"
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    import mlx.core as mx

    if args.model:
        args.model_path = Path(args.model)
    else:
        args.model_path, _ = synthetic_checkpoint(args.shape, args.layers, None)
    threads = [int(t) for t in args.threads.split(",")]
    prompts = [int(p) for p in args.prompts.split(",")]
    common = [
        "--prompts",
        args.prompts,
        "--gen-tokens",
        str(args.gen_tokens),
        "--repeat",
        str(args.repeat),
    ]
    res: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": {
            "summary": f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs, "
            f"{mx.default_device()}, mlx {version('mlx')}, mlx-lm {version('mlx-lm')}",
            "load_average_start": os.getloadavg(),
        },
        "checkpoint": {
            "path": str(args.model_path),
            "name": args.model_path.name,
            "bytes_per_token": bytes_per_token(args.model_path),
        },
        "settings": {
            k: getattr(args, k)
            for k in (
                "threads",
                "prompts",
                "gen_tokens",
                "batch",
                "repeat",
                "busy",
                "reference_tokens",
            )
        },
        "bandwidth_gbps": {},
        "ours": {},
        "llama_cpp": {},
        "busy": {},
    }
    for t in threads:
        res["bandwidth_gbps"][t] = _child("bandwidth", args, "--threads", str(t))["gbps"]
        batch = args.batch if t == max(threads) else 1
        res["ours"][t] = _child("ours", args, "--threads", str(t), "--batch", str(batch), *common)
    if args.llama_bench and args.gguf:
        res["llama_cpp"] = llama_bench(
            args.llama_bench,
            args.gguf,
            prompts,
            args.gen_tokens,
            threads,
            args.repeat,
            args.timeout,
        )
        batched = args.llama_bench.with_name("llama-batched-bench")
        if args.batch > 1 and batched.exists():
            res["llama_cpp"].update(
                llama_batched(
                    batched, args.gguf, args.batch, args.gen_tokens, max(threads), args.timeout
                )
            )
    if args.busy and (os.cpu_count() or 1) > 1:
        with busy_core(1):
            res["busy"]["load_average"] = os.getloadavg()
            for t in threads:
                res["busy"][f"ours@{t}"] = _child(
                    "ours",
                    args,
                    "--threads",
                    str(t),
                    "--batch",
                    "1",
                    "--prompts",
                    "",
                    "--gen-tokens",
                    str(args.gen_tokens),
                    "--repeat",
                    str(args.repeat),
                )["decode_tps"]
            if args.llama_bench and args.gguf:
                for key, v in llama_bench(
                    args.llama_bench,
                    args.gguf,
                    [],
                    args.gen_tokens,
                    threads,
                    args.repeat,
                    args.timeout,
                ).items():
                    res["busy"][f"llama.cpp:{key}"] = v
    if args.references:  # the same short workload for all three, so memory compares too
        small = [
            "--prompts",
            str(min(prompts)),
            "--gen-tokens",
            str(args.reference_tokens),
            "--repeat",
            "1",
        ]
        one = ["--threads", str(max(threads)), "--batch", "1", *small]
        res["ours_short"] = _child("ours", args, *one)
        res["today"] = _child("ours", args, "--kernels", "mlx", *one)
        res["mlx_lm"] = _child("mlx-lm", args, *small)
    res["machine"]["load_average_end"] = os.getloadavg()
    return res


def _markdown(res: dict[str, Any]) -> str:
    ours, llama, bw = res["ours"], res["llama_cpp"], res["bandwidth_gbps"]
    per_tok = res["checkpoint"]["bytes_per_token"]
    rows = []
    for t, o in ours.items():
        frac = o["decode_tps"] * per_tok / 1e9 / bw[t] if bw.get(t) else None
        lt = llama.get(f"decode_tps@{t}")
        rows.append(
            (
                f"decode tok/s, batch 1, {t} thread(s)",
                o["decode_tps"],
                lt,
                ratio(o["decode_tps"], lt),
                ">= 1.0",
            )
        )
        rows.append(
            (
                f"  fraction of the read bandwidth ({bw.get(t, 0):.1f} GB/s)",
                frac,
                None,
                None,
                ">= 0.70",
            )
        )
        for key in sorted(k for k in o if k.startswith("prefill_")):
            n = key.split("_")[1]
            lt = llama.get(f"{key}@{t}")
            rows.append(
                (
                    f"prefill tok/s, {n}-token prompt, {t} thread(s)",
                    o[key],
                    lt,
                    ratio(o[key], lt),
                    ">= 1.0",
                )
            )
        if "batch_decode_tps" in o:
            lb = llama.get(f"batch_decode_tps@{o['batch']}")
            rows.append(
                (
                    f"decode tok/s, {o['batch']} sequences (aggregate), {t} threads",
                    o["batch_decode_tps"],
                    lb,
                    ratio(o["batch_decode_tps"], lb),
                    "",
                )
            )
            l1 = llama.get("batch_decode_tps@1")
            rows.append(
                (
                    f"  aggregate / batch 1 (llama.cpp: llama-batched-bench at 1 and {o['batch']})",
                    ratio(o["batch_decode_tps"], o["decode_tps"]),
                    ratio(lb, l1),
                    None,
                    ">= 4.0",
                )
            )
    for key, v in res["busy"].items():
        if key.startswith("ours@"):
            t = key.split("@")[1]
            lt = res["busy"].get(f"llama.cpp:decode_tps@{t}")
            rows.append((f"decode tok/s, other core busy, {t} thread(s)", v, lt, ratio(v, lt), ""))
    out = [
        f"# CPU benchmark ({res['when']})",
        "",
        (
            f"Checkpoint `{res['checkpoint']['name']}`, {per_tok / 1e9:.3f} GB of weights read "
            f"per decoded token. Machine: {res['machine']['summary']}; load average "
            f"{res['machine']['load_average_start'][0]:.2f} at the start, "
            f"{res['machine']['load_average_end'][0]:.2f} at the end. Medians of "
            f"{res['settings']['repeat']} runs; greedy; our engine on our kernels."
        ),
        "",
        markdown_table(("metric", "ours", "llama.cpp", "ours / llama.cpp", "target"), rows),
    ]
    if "today" in res:
        top = max(ours)
        o, today, stock = res["ours_short"], res["today"], res["mlx_lm"]
        n = min(int(k.split("_")[1]) for k in today if k.startswith("prefill_"))
        key = f"prefill_{n}_tps"
        refs = [
            ("decode tok/s", o["decode_tps"], today["decode_tps"], stock["decode_tps"]),
            (f"prefill tok/s ({n} tokens)", o.get(key), today.get(key), stock.get(key)),
            (
                "peak MLX memory (GiB)",
                gib(o["mx_peak_bytes"]),
                gib(today["mx_peak_bytes"]),
                gib(stock["mx_peak_bytes"]),
            ),
            (
                "peak RSS (GiB)",
                gib(o["rss_peak_bytes"]),
                gib(today["rss_peak_bytes"]),
                gib(stock["rss_peak_bytes"]),
            ),
        ]
        out += [
            "",
            (
                f"Against MLX's own kernels, {top} threads, each system in its own "
                f"process on the same short workload ({n}-token prompt, "
                f"{res['settings']['reference_tokens']} tokens: the references are that "
                "slow):"
            ),
            "",
            markdown_table(
                (
                    "metric",
                    "ours",
                    "our engine on MLX's kernels (today's)",
                    "stock mlx-lm",
                    "ours / today's",
                    "ours / mlx-lm",
                ),
                [(m, a, b, c, ratio(a, b), ratio(a, c)) for m, a, b, c in refs],
            ),
        ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.cpu",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", help="checkpoint (default: a synthetic --shape/--layers one)")
    ap.add_argument("--shape", default="20b")
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--threads", default="1,2", help="thread counts, comma-separated")
    ap.add_argument("--prompts", default="128,1024", help="prompt lengths for prefill")
    ap.add_argument("--gen-tokens", type=int, default=32)
    ap.add_argument("--batch", type=int, default=8, help="sequences for the aggregate decode")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--busy", action="store_true", help="also decode with the other core busy")
    ap.add_argument(
        "--references",
        action="store_true",
        help="also run stock mlx-lm and our engine on MLX's kernels (slow)",
    )
    ap.add_argument("--reference-tokens", type=int, default=8)
    ap.add_argument("--llama-bench", type=Path, help="llama.cpp's llama-bench binary")
    ap.add_argument("--gguf", type=Path, help="the checkpoint converted to GGUF for llama.cpp")
    ap.add_argument("--name", help="results file suffix (cpu-<name>.json)")
    ap.add_argument("--timeout", type=float, default=7200)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", choices=["ours", "mlx-lm", "bandwidth"], help=argparse.SUPPRESS)
    ap.add_argument("--kernels", default="cpu", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.child == "ours":
        prompts = [int(p) for p in args.prompts.split(",") if p]
        report(
            child_ours(
                args.model,
                args.kernels,
                int(args.threads),
                prompts,
                args.gen_tokens,
                args.batch,
                args.repeat,
            )
        )
        return 0
    if args.child == "mlx-lm":
        report(child_mlx_lm(args.model, int(args.prompts), args.gen_tokens))
        return 0
    if args.child == "bandwidth":
        report(child_bandwidth(int(args.threads)))
        return 0
    return run_and_write(
        "cpu", run, _markdown, args, stem=f"cpu-{args.name}" if args.name else "cpu"
    )


if __name__ == "__main__":
    sys.exit(main())
