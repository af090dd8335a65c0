"""Command line: `python -m synthetic OUT --shape tiny|20b|120b [--layers N] [--experts N |
--experts-per-layer 8,8,6] [--seed S]` writes a random-weight checkpoint in the Hugging Face
layout (a lite one with per-layer expert counts) and prints its path; a bad argument prints one
line and exits with status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from loader.errors import CheckpointError
from synthetic.checkpoint import SHAPES, write_checkpoint


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synthetic", description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="tiny")
    ap.add_argument("--layers", type=int)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--experts", type=int, help="experts in every layer")
    group.add_argument("--experts-per-layer", help="comma-separated count per layer (lite)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    experts: int | list[int] | None = args.experts
    layers = args.layers
    try:
        if args.experts_per_layer:
            experts = [int(x) for x in args.experts_per_layer.split(",")]
        path = write_checkpoint(args.out, args.shape, layers, experts, args.seed)
    except (ValueError, FileExistsError, OSError, CheckpointError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(main())
