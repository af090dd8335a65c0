"""`python -m builder`: build a lite checkpoint, profile expert usage, or compare perplexity.

  python -m builder --model SRC --output DST --strategy frequency|capability|reap
      [--keep N | --keep-ratio R | --tiers "0-11:32,12-23:48,24-35:32"] [--calibration FILE.jsonl]
      [--max-tokens N] [--from-telemetry STATS.json | --analysis expert_analysis.json] [--force]
      [--dry-run]
  python -m builder profile --model SRC --output expert_analysis.json [--calibration ...]
  python -m builder eval --model A --model B [--calibration ...] [--output eval.json]
Errors are one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import signal
import sys
from pathlib import Path

from builder.analysis import ExpertAnalysis, read_analysis, read_telemetry
from builder.calibration import load_calibration
from builder.errors import BuildError
from builder.source import SourceCheckpoint, read_source
from builder.strategies import STRATEGIES, layer_counts, select
from builder.writer import write_lite

log = logging.getLogger("builder")
COMMANDS = ("build", "profile", "eval")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--calibration",
        type=Path,
        help="JSONL of {text|messages, category} (default: the built-in set)",
    )
    p.add_argument(
        "--max-tokens",
        type=int,
        help="stop after this many calibration tokens (taken round-robin across categories)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("-v", "--verbose", action="store_true")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m builder",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = root.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write a pruned lite checkpoint (the default command)")
    b.add_argument("--model", type=Path, required=True, help="source checkpoint directory")
    b.add_argument("--output", type=Path, required=True, help="lite checkpoint directory to create")
    b.add_argument("--strategy", choices=STRATEGIES, required=True)
    size = b.add_mutually_exclusive_group()
    size.add_argument("--keep", type=int, help="experts to keep in every layer")
    size.add_argument("--keep-ratio", type=float, help="fraction of each layer's experts to keep")
    size.add_argument("--tiers", help='per-layer-range counts, e.g. "0-11:32,12-23:48,24-35:32"')
    stats = b.add_mutually_exclusive_group()
    stats.add_argument(
        "--from-telemetry",
        type=Path,
        help="server telemetry export instead of calibration (frequency only)",
    )
    stats.add_argument("--analysis", type=Path, help="reuse an expert_analysis.json from profile")
    b.add_argument("--force", action="store_true", help="replace an existing --output")
    b.add_argument(
        "--dry-run",
        action="store_true",
        help="print the experts each layer would keep and the size; write nothing",
    )
    _common(b)
    p = sub.add_parser("profile", help="write expert_analysis.json")
    p.add_argument("--model", type=Path, required=True)
    p.add_argument("--output", type=Path, required=True)
    _common(p)
    e = sub.add_parser("eval", help="perplexity per category, side by side")
    e.add_argument(
        "--model",
        type=Path,
        action="append",
        required=True,
        help="checkpoint to score; repeat to compare",
    )
    e.add_argument("--output", type=Path, help="also write the numbers as JSON here")
    _common(e)
    return root


def _profile(model_path: Path, args: argparse.Namespace) -> ExpertAnalysis:
    from builder.profile import profile
    from loader import load  # deferred: MLX model code is only needed when profiling

    calibration = load_calibration(args.calibration)
    model, tokenizer, _ = load(model_path)
    try:
        return profile(
            model,
            tokenizer,
            calibration,
            max_tokens=args.max_tokens,
            model_name=str(model_path),
            show_progress=not args.quiet,
        )
    finally:
        # Free the model before the writer runs: it needs none of it.
        del model, tokenizer
        gc.collect()
        import mlx.core as mx

        mx.clear_cache()


def _check_analysis(a: ExpertAnalysis, src: SourceCheckpoint, where: str) -> None:
    have = [sorted(layer) for layer in a.layers]
    if have != [sorted(r) for r in src.expert_map]:
        raise BuildError(
            f"{where} describes experts {[len(r) for r in have]} per layer, the source "
            f"has {list(src.experts_per_layer)}; profile this checkpoint again"
        )


def cmd_build(args: argparse.Namespace) -> int:
    src = read_source(args.model)
    if args.output.exists() and not args.force and not args.dry_run:  # fail before profiling
        raise BuildError(f"{args.output} already exists; choose another --output or pass --force")
    counts = layer_counts(
        src.experts_per_layer,
        src.top_k,
        keep=args.keep,
        keep_ratio=args.keep_ratio,
        tiers=args.tiers,
    )
    if counts is None and args.strategy != "capability":
        raise BuildError(
            f"--strategy {args.strategy} needs a size: --keep N, --keep-ratio R or --tiers"
        )
    if args.from_telemetry:
        analysis = read_telemetry(args.from_telemetry, src.expert_map, src.top_k)
    elif args.analysis:
        analysis = read_analysis(args.analysis)
        _check_analysis(analysis, src, str(args.analysis))
    else:
        analysis = _profile(args.model, args)
    kept = select(analysis, args.strategy, counts)
    if args.dry_run:
        return _print_plan(src, kept)
    size = {"keep": args.keep, "keep_ratio": args.keep_ratio, "tiers": args.tiers}
    report = {
        "strategy": args.strategy,
        "size": {k: v for k, v in size.items() if v is not None},
        "analysis_source": analysis.source,
        "calibration": analysis.calibration,
    }
    full = write_lite(
        src,
        args.output,
        kept,
        force=args.force,
        analysis=analysis.to_json(),
        report=report,
        show_progress=not args.quiet,
    )
    print(
        f"wrote {args.output}: experts {full['experts_before']} -> {full['experts_after']}, "
        f"{_size(full['bytes_before'])} -> {_size(full['bytes_after'])}, "
        f"{full['tensors_verified']} tensors verified"
    )
    return 0


def _print_plan(src: SourceCheckpoint, kept: list[list[int]]) -> int:
    """--dry-run: the expert map and the tensor bytes it would give, nothing written."""
    after = 0
    for name, t in src.tensors.items():
        layer = src.expert_layer(name)
        after += t.nbytes if layer is None else t.row_bytes * len(kept[layer])
    before = sum(t.nbytes for t in src.tensors.values())
    for layer, ids in enumerate(kept):
        print(f"layer {layer}: keep {len(ids)}/{src.experts_per_layer[layer]}: {ids}")
    print(
        f"dry run: experts {sum(src.experts_per_layer)} -> {sum(len(k) for k in kept)}, "
        f"tensor bytes {_size(before)} -> {_size(after)}; nothing written"
    )
    return 0


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.1f} MiB"


def cmd_profile(args: argparse.Namespace) -> int:
    src = read_source(args.model)
    analysis = _profile(args.model, args)
    _check_analysis(analysis, src, "profile")
    args.output.write_text(json.dumps(analysis.to_json(), indent=1) + "\n")
    print(
        f"wrote {args.output}: {analysis.calibration['texts']} texts, "
        f"{analysis.calibration['tokens']} tokens"
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from builder.evaluate import evaluate, table, to_json

    for m in args.model:
        read_source(m)  # header-level check of every model before any slow loading
    results = evaluate(
        args.model,
        load_calibration(args.calibration),
        max_tokens=args.max_tokens,
        show_progress=not args.quiet,
    )
    print(table(results))
    if args.output:
        args.output.write_text(json.dumps(to_json(results), indent=1) + "\n")
    return 0


def _sigterm(signum, frame) -> None:
    # Turn SIGTERM into an exception so the writer's cleanup removes its temporary directory.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        argv.insert(0, "build")
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    signal.signal(signal.SIGTERM, _sigterm)
    from loader.errors import CheckpointError

    try:
        return {"build": cmd_build, "profile": cmd_profile, "eval": cmd_eval}[args.command](args)
    except (BuildError, CheckpointError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written to --output", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
