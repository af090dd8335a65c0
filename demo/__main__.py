"""Command line of the demo model.

`python -m demo build --seed 0 --out DIR [--minutes N | --steps N]` rebuilds the model from
nothing (needs the `train` extra: torch); `python -m demo evaluate [--model DIR]` measures a
checkpoint through our loader and MLX (no torch); `python -m demo parity --model DIR --run DIR`
compares the torch model's logits with the MLX engine's.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="data -> tokenizer -> train -> export")
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--minutes", type=float, default=45.0, help="training budget (wall clock)")
    b.add_argument("--steps", type=int, default=0, help="exact step count (overrides --minutes)")
    b.add_argument("--extra-steps", type=int, default=0, help="second phase, fresh schedule")
    b.add_argument(
        "--math-steps",
        type=int,
        nargs="*",
        default=[],
        help="focus phases after the second (arithmetic rows x4), steps of each",
    )
    b.add_argument("--chat", type=int, default=60000, help="chat samples generated")
    b.add_argument("--text", type=int, default=6000, help="code and prose chunks, each")
    e = sub.add_parser("evaluate", help="measure a checkpoint through our loader (no torch)")
    e.add_argument("--model", type=Path, default=None)
    e.add_argument("--out", type=Path, default=None, help="write demo.json/demo.md here")
    e.add_argument("--seed", type=int, default=1234)
    e.add_argument("--train-seed", type=int, default=0)
    p = sub.add_parser("parity", help="torch logits vs our MLX engine's")
    p.add_argument("--model", type=Path, required=True)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.command == "build":
        from demo.data.build import DataSpec
        from demo.train.pipeline import build

        spec = DataSpec(chat=args.chat, code=args.text, prose=args.text)
        report = build(
            args.out,
            args.seed,
            args.minutes,
            args.steps,
            spec,
            None,
            args.extra_steps,
            tuple(args.math_steps),
        )
        print(json.dumps({k: report[k] for k in ("steps", "train_seconds", "val_loss")}))
        return 0
    if args.command == "evaluate":
        from demo import checkpoint_path
        from demo.evaluate import run

        report = run(args.model or checkpoint_path(), args.seed, args.train_seed, args.out)
        print(json.dumps(report["summary"], indent=2))
        return 0
    from demo.train.parity import parity

    print(json.dumps(parity(args.model), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
