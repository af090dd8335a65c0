"""Decode benchmark: our Engine vs stock mlx-lm (`mlx_lm.load` + `stream_generate`) on the same
checkpoint, each in its own child process; writes bench/results/decode.json and decode.md.

`python -m bench.decode --model PATH` or `--shape 20b --layers 2 [--experts N]` (synthesized
into the cache dir and deleted afterwards unless --keep). `--embeddings` places our embedding
table as `loader.load` does (auto: host on the CPU backend). Lite-versus-full resident memory
at real depth is `bench.memory`, which reuses the children defined here.
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
    current_rss_bytes,
    gib,
    markdown_table,
    max_rss_bytes,
    ratio,
    report,
    run_and_write,
    run_child,
    synthetic_checkpoint,
)

log = logging.getLogger("bench.decode")


# ------------------------------------------------------------------ children (one system each)


def _prompt(vocab: int, n: int, seed: int) -> list[int]:
    import numpy as np

    # Stay clear of the top of the vocabulary, where the special tokens live.
    hi = max(2, min(vocab, 199_000))
    return np.random.default_rng(seed).integers(1, hi, size=n).tolist()


def _memory(mx: Any) -> dict[str, Any]:
    return {
        "mx_peak_bytes": mx.get_peak_memory(),
        "mx_active_bytes": mx.get_active_memory(),
        "mx_cache_bytes": mx.get_cache_memory(),
        "rss_peak_bytes": max_rss_bytes(),
        "rss_now_bytes": current_rss_bytes(),
    }


def resident_breakdown(model: Any) -> dict[str, Any]:
    """Bytes held by the loaded model: total, per layer, and the experts' share."""
    from mlx.utils import tree_flatten

    def nbytes(tree: Any) -> int:
        return sum(v.nbytes for _, v in tree_flatten(tree) if hasattr(v, "nbytes"))

    layers = [nbytes(layer.parameters()) for layer in model.layers]
    experts = [nbytes(layer.mlp.experts.parameters()) for layer in model.layers]
    total = nbytes(model.parameters())
    return {
        "model_bytes": total,
        "layer_bytes": layers,
        "expert_bytes": experts,
        "non_layer_bytes": total - sum(layers),
    }


def _timed(stream: Any, t0: float) -> list[float]:
    return [time.perf_counter() - t0 for _ in stream]


def _speeds(n_prompt: int, stamps: list[float]) -> dict[str, Any]:
    decode = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else None
    return {
        "prompt_tokens": n_prompt,
        "generated_tokens": len(stamps),
        "time_to_first_token_s": stamps[0],
        "prompt_tps": n_prompt / stamps[0],
        "decode_tps": decode,
    }


def child_ours(
    model_path: str,
    n_prompt: int,
    n_gen: int,
    seed: int,
    concurrency: int = 1,
    embeddings: str = "auto",
) -> dict[str, Any]:
    import mlx.core as mx

    import loader
    from engine import Engine, SamplingParams

    t0 = time.perf_counter()
    model, tok, info = loader.load(model_path, embeddings=embeddings)
    mx.eval(model.parameters())
    load_s = time.perf_counter() - t0
    after_load = _memory(mx)
    prompt = _prompt(info.config.vocab_size, n_prompt, seed)
    with Engine(model, tok, max_batch=max(1, concurrency), prompt_cache_size=0) as engine:
        warm = SamplingParams(temperature=0, max_tokens=2, ignore_eos=True)
        list(engine.generate_sync(prompt[:8], warm))
        params = SamplingParams(temperature=0, max_tokens=n_gen, ignore_eos=True)
        t0 = time.perf_counter()
        stamps = _timed(engine.generate_sync(prompt, params), t0)
        # Memory is read before the concurrent run so it compares like with like (batch 1).
        result = {
            "system": "ours",
            "embeddings": info.embeddings,
            "load_s": load_s,
            "after_load": after_load,
            "experts_per_layer": list(info.experts_per_layer),
            "resident": resident_breakdown(model),
            **_speeds(n_prompt, stamps),
            **_memory(mx),
        }
        if concurrency > 1:
            result["concurrent"] = _concurrent(
                engine, info.config.vocab_size, n_prompt, n_gen, seed, concurrency
            )
    return result


def _concurrent(
    engine: Any, vocab: int, n_prompt: int, n_gen: int, seed: int, n: int
) -> dict[str, Any]:
    """Aggregate decode throughput of n sequences decoded together (continuous batching)."""
    import threading

    from engine import SamplingParams

    params = SamplingParams(temperature=0, max_tokens=n_gen, ignore_eos=True)
    prompts = [_prompt(vocab, n_prompt, seed + 1 + i) for i in range(n)]
    with engine.paused():  # all n prompts start in one batch
        t0 = time.perf_counter()
        streams = [engine.generate_sync(p, params) for p in prompts]
    stamps: list[list[float]] = [[] for _ in range(n)]
    threads = [
        threading.Thread(target=lambda i=i: stamps[i].extend(_timed(streams[i], t0)))
        for i in range(n)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    decode_start = max(s[0] for s in stamps)
    end = max(s[-1] for s in stamps)
    after = sum(sum(1 for x in s if x > decode_start) for s in stamps)
    return {
        "sequences": n,
        "generated_tokens": sum(len(s) for s in stamps),
        "wall_s": end,
        "aggregate_decode_tps": after / (end - decode_start),
    }


def child_mlx_lm(model_path: str, n_prompt: int, n_gen: int, seed: int) -> dict[str, Any]:
    import mlx.core as mx
    from mlx_lm import load, stream_generate

    t0 = time.perf_counter()
    model, tok = load(model_path)
    mx.eval(model.parameters())
    load_s = time.perf_counter() - t0
    after_load = _memory(mx)
    prompt = _prompt(model.args.vocab_size, n_prompt, seed)
    list(stream_generate(model, tok, prompt[:8], max_tokens=2))
    t0 = time.perf_counter()
    stamps, responses = [], []
    for resp in stream_generate(model, tok, prompt, max_tokens=n_gen):
        stamps.append(time.perf_counter() - t0)
        responses.append(resp)
    own = {
        "own_prompt_tps": responses[-1].prompt_tps,
        "own_generation_tps": responses[-1].generation_tps,
    }
    return {
        "system": "mlx-lm",
        "load_s": load_s,
        "after_load": after_load,
        "resident": resident_breakdown(model),
        **own,
        **_speeds(n_prompt, stamps),
        **_memory(mx),
    }


# ------------------------------------------------------------------ parent


def best_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per metric, the best of repeated runs (fastest speeds, smallest memory and load time),
    the usual way to take scheduler noise out of a benchmark on a shared machine."""
    if len(runs) == 1 or "error" in runs[0]:
        return runs[0]
    best = dict(runs[-1])
    for key in ("prompt_tps", "decode_tps"):
        best[key] = max(r[key] for r in runs)
    for key in ("mx_peak_bytes", "rss_peak_bytes", "load_s"):
        best[key] = min(r[key] for r in runs)
    return best


def _markdown(res: dict[str, Any]) -> str:
    o, m, r = res["ours"], res["mlx_lm"], res["ratios"]
    rows = [
        ("prompt tok/s", o["prompt_tps"], m.get("prompt_tps"), r["prompt_tps"], ">= 1.0"),
        ("decode tok/s", o["decode_tps"], m.get("decode_tps"), r["decode_tps"], ">= 1.0"),
        (
            "peak memory (MLX, GiB)",
            gib(o["mx_peak_bytes"]),
            gib(m.get("mx_peak_bytes")),
            r["mx_peak_bytes"],
            "<= 1.05",
        ),
        (
            "peak RSS (GiB)",
            gib(o["rss_peak_bytes"]),
            gib(m.get("rss_peak_bytes")),
            r["rss_peak_bytes"],
            "<= 1.05",
        ),
        ("load time (s)", o["load_s"], m.get("load_s"), r["load_s"], ""),
    ]
    if "concurrent" in o:
        c = o["concurrent"]
        rows.append(
            (
                f"decode tok/s, {c['sequences']} sequences batched (aggregate)",
                c["aggregate_decode_tps"],
                None,
                ratio(c["aggregate_decode_tps"], m.get("decode_tps")),
                "",
            )
        )
    ck, st = res["checkpoint"], res["settings"]
    out = [
        f"# Decode benchmark ({res['when']})",
        "",
        (
            f"Checkpoint: `{ck['name']}` ({ck['layers']} layers, experts/layer "
            f"{ck['experts_per_layer']}), prompt {st['prompt_tokens']} tokens, "
            f"{st['gen_tokens']} generated, greedy, batch 1, best of {st['repeat']} run(s), "
            f"our embedding table on the {o.get('embeddings', 'device')}. "
            f"Machine: {res['machine']['summary']}."
        ),
        "",
        markdown_table(
            ("metric", "ours (engine)", "mlx-lm stream_generate", "ours / mlx-lm", "target"), rows
        ),
    ]
    if "error" in m:
        out += [
            "",
            (
                "mlx-lm could not load this checkpoint (stock mlx-lm has no per-layer "
                "expert counts), so only our numbers are shown."
            ),
        ]
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> dict[str, Any]:
    import loader

    made: list[Path] = []
    if args.model:
        path = Path(args.model)
    else:
        path, new = synthetic_checkpoint(args.shape, args.layers, args.experts)
        made += [path] if new else []
    try:
        info = loader.inspect(path)
        common = [
            "--model",
            str(path),
            "--prompt-tokens",
            str(args.prompt_tokens),
            "--gen-tokens",
            str(args.gen_tokens),
            "--seed",
            str(args.seed),
        ]
        ours_runs, mlx_runs = [], []
        for i in range(args.repeat):  # interleaved, so load from other processes hits both
            last = i == args.repeat - 1
            if not (mlx_runs and "error" in mlx_runs[0]):
                try:
                    mlx_runs.append(run_child(["--child", "mlx-lm", *common], args.timeout))
                except RuntimeError as exc:  # e.g. lite layouts, which stock mlx-lm can't load
                    log.warning(
                        "mlx-lm could not run this checkpoint: %s", str(exc).splitlines()[0]
                    )
                    mlx_runs.append({"error": str(exc)[-2000:]})
            conc = str(args.concurrency if last else 1)
            ours_runs.append(
                run_child(
                    [
                        "--child",
                        "ours",
                        *common,
                        "--concurrency",
                        conc,
                        "--embeddings",
                        args.embeddings,
                    ],
                    args.timeout,
                )
            )
        ours, mlx_lm = best_of(ours_runs), best_of(mlx_runs)
        import mlx.core as mx  # only for the version/device line

        res: dict[str, Any] = {
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "machine": {
                "summary": f"{platform.machine()} {platform.system()}, "
                f"{mx.default_device()}, mlx {version('mlx')}, "
                f"mlx-lm {version('mlx-lm')}",
                "python": sys.version.split()[0],
            },
            "checkpoint": {
                "name": path.name,
                "path": str(path),
                "layers": len(info.experts_per_layer),
                "experts_per_layer": sorted(set(info.experts_per_layer)),
                "bytes_on_disk": info.bytes_on_disk,
            },
            "settings": {
                "prompt_tokens": args.prompt_tokens,
                "gen_tokens": args.gen_tokens,
                "repeat": args.repeat,
            },
            "ours": ours,
            "mlx_lm": mlx_lm,
            "runs": {"ours": ours_runs, "mlx_lm": mlx_runs},
            "ratios": {
                key: ratio(ours[key], mlx_lm.get(key))
                for key in ("prompt_tps", "decode_tps", "mx_peak_bytes", "rss_peak_bytes", "load_s")
            },
        }
        return res
    finally:
        if not args.keep:
            for p in made:
                shutil.rmtree(p, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.decode",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", help="checkpoint directory (HF, mlx-lm or lite layout)")
    ap.add_argument("--shape", default="20b", help="synthetic shape when no --model")
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--experts", type=int, help="experts per layer of the synthetic checkpoint")
    ap.add_argument(
        "--embeddings",
        choices=["auto", "device", "host"],
        default="auto",
        help="where our engine keeps the embedding table (see loader.load)",
    )
    ap.add_argument("--prompt-tokens", type=int, default=128)
    ap.add_argument("--gen-tokens", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each system this many times (interleaved) and keep the best",
    )
    ap.add_argument(
        "--concurrency",
        type=int,
        default=1,
        help="also time this many sequences decoded together by our engine",
    )
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--keep", action="store_true", help="keep synthesized checkpoints")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", choices=["ours", "mlx-lm"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")

    if args.child:
        if args.child == "ours":
            report(
                child_ours(
                    args.model,
                    args.prompt_tokens,
                    args.gen_tokens,
                    args.seed,
                    args.concurrency,
                    args.embeddings,
                )
            )
        else:
            report(child_mlx_lm(args.model, args.prompt_tokens, args.gen_tokens, args.seed))
        return 0

    return run_and_write("decode", run, _markdown, args)


if __name__ == "__main__":
    sys.exit(main())
