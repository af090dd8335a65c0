"""Command line: `python -m loader info PATH` describes a checkpoint without loading weights.

Validates config.json and every shard's header and size; prints layers, experts per layer,
parameters, bytes on disk, estimated resident memory and which kernels would compute the
layers (ours on the CPU, or MLX's, with the reason when ours are unavailable). A bad checkpoint
prints one line
and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys

from loader.cpu import KERNELS
from loader.errors import CheckpointError
from loader.host_embedding import PLACEMENTS
from loader.info import inspect


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loader", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    info = sub.add_parser("info", help="describe and validate a checkpoint directory")
    info.add_argument("path")
    info.add_argument(
        "--embeddings",
        choices=PLACEMENTS,
        default="auto",
        help="embedding placement to estimate resident memory for (as in serving)",
    )
    info.add_argument(
        "--kernels",
        choices=KERNELS,
        default="auto",
        help="which kernels to report (auto: ours when MLX runs on the CPU)",
    )
    args = ap.parse_args(argv)
    try:
        print(inspect(args.path, embeddings=args.embeddings, kernels=args.kernels).describe())
    except (CheckpointError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
