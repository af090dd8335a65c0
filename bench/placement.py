"""What the host embedding placement costs in decode speed: our engine with the embedding table
on the device against the same engine with it memory-mapped on the host, same process, rounds
interleaved so machine noise hits both alike.

The host gather makes each step wait for the previous step's sampled ids before its graph is
built, so the loss (if any) is the graph-building time that no longer overlaps compute. That is
largest relative to a short step: `--shape tiny --layers 24` (real depth, tiny widths) is the
worst case; `--shape 20b --layers 2` is real widths. Writes
bench/results/placement-<checkpoint>.json/.md.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench._common import RESULTS, markdown_table, ratio, run_and_write, synthetic_checkpoint

log = logging.getLogger("bench.placement")
PLACEMENTS = ("device", "host")


def _decode_tps(engine: Any, prompt: list[int], n_gen: int) -> float:
    from engine import SamplingParams

    params = SamplingParams(temperature=0, max_tokens=n_gen, ignore_eos=True)
    stamps = [time.perf_counter() for _ in engine.generate_sync(prompt, params)]
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def run(args: argparse.Namespace) -> dict[str, Any]:
    import loader
    from engine import Engine

    made: list[Path] = []
    if args.model:
        path = Path(args.model)
    else:
        path, new = synthetic_checkpoint(args.shape, args.layers, None)
        made += [path] if new else []
    try:
        engines = {}
        for placement in PLACEMENTS:
            model, tok, info = loader.load(path, embeddings=placement)
            engines[placement] = Engine(model, tok, max_batch=1, prompt_cache_size=0)
        prompt = list(range(1, 1 + args.prompt_tokens))
        speeds: dict[str, list[float]] = {p: [] for p in PLACEMENTS}
        for engine in engines.values():  # warm-up, untimed
            _decode_tps(engine, prompt, 3)
        for r in range(args.rounds):
            order = PLACEMENTS if r % 2 == 0 else PLACEMENTS[::-1]
            for placement in order:
                speeds[placement].append(_decode_tps(engines[placement], prompt, args.gen_tokens))
                log.info("round %d %s: %.3f tok/s", r, placement, speeds[placement][-1])
        for engine in engines.values():
            engine.close()
    finally:
        if not args.keep:
            for p in made:
                shutil.rmtree(p, ignore_errors=True)
    median = {p: statistics.median(v) for p, v in speeds.items()}
    return {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "checkpoint": {
            "path": str(path),
            "layers": info.num_layers,
            "hidden_size": info.config.hidden_size,
        },
        "settings": {
            "rounds": args.rounds,
            "prompt_tokens": args.prompt_tokens,
            "gen_tokens": args.gen_tokens,
        },
        "decode_tps": speeds,
        "median_decode_tps": median,
        "host_over_device": ratio(median["host"], median["device"]),
    }


def _markdown(res: dict[str, Any]) -> str:
    ck, st, med = res["checkpoint"], res["settings"], res["median_decode_tps"]
    rows = [
        (p, med[p], min(res["decode_tps"][p]), max(res["decode_tps"][p]), 1000 / med[p])
        for p in PLACEMENTS
    ]
    return "\n".join(
        [
            f"# Embedding placement: decode speed ({res['when']})",
            "",
            (
                f"`{Path(ck['path']).name}`: {ck['layers']} layers, hidden {ck['hidden_size']}; "
                f"{st['rounds']} interleaved rounds of {st['gen_tokens']} greedy tokens after a "
                f"{st['prompt_tokens']}-token prompt, batch 1, one process."
            ),
            "",
            markdown_table(
                ("embeddings", "median decode tok/s", "min", "max", "ms per token"), rows
            ),
            "",
            f"host / device (median decode tok/s): **{res['host_over_device']}**",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.placement",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--model", help="checkpoint directory (default: a synthetic one)")
    ap.add_argument("--shape", default="tiny")
    ap.add_argument("--layers", type=int, default=24)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--prompt-tokens", type=int, default=16)
    ap.add_argument("--gen-tokens", type=int, default=64)
    ap.add_argument("--keep", action="store_true", help="keep the synthesized checkpoint")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    stem = "placement-" + (Path(args.model).name if args.model else f"{args.shape}-L{args.layers}")
    return run_and_write("placement", run, _markdown, args, stem=stem)


if __name__ == "__main__":
    sys.exit(main())
