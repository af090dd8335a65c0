"""Write a lite checkpoint: stream shard by shard, slice experts, copy the rest, verify, rename.

Expert tensors and router rows are sliced along the expert axis with their bytes untouched; every
other tensor is copied bit for bit. The build happens in a temporary sibling of DST that is fsynced,
verified against the source and only then renamed into place, so DST never holds half a checkpoint.
It does not choose experts (see builder.strategies) and never loads weights into a model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from builder.errors import BuildError
from builder.source import SourceCheckpoint
from loader.layout import INDEX_NAME, count_parameters, read_shards
from loader.safetensors_file import ShardHeader, TensorEntry, TensorPlan, iter_tensor, write_shard

log = logging.getLogger(__name__)

# Top-level files that travel with the weights; the rest (README, original/, metal/) does not.
SIDE_FILES = (".json", ".jinja", ".txt", ".model", ".tiktoken")
OWN_FILES = {"config.json", INDEX_NAME, "expert_analysis.json", "build_report.json"}


def check_expert_map(src: SourceCheckpoint, expert_map: Sequence[Sequence[int]]) -> list[list[int]]:
    """Validate a per-layer list of kept ORIGINAL ids against the source; return it sorted."""
    if len(expert_map) != src.num_layers:
        raise BuildError(
            f"expert map has {len(expert_map)} layers, the source has {src.num_layers}"
        )
    out = []
    for layer, kept in enumerate(expert_map):
        ids = sorted(int(i) for i in kept)
        available = set(src.expert_map[layer])
        if len(set(ids)) != len(ids) or not set(ids) <= available:
            bad = sorted(set(ids) - available) or "duplicates"
            raise BuildError(f"layer {layer}: kept experts {bad} are not in the source checkpoint")
        if len(ids) < src.top_k:
            raise BuildError(
                f"layer {layer}: {len(ids)} experts kept, fewer than top-k {src.top_k}"
            )
        out.append(ids)
    return out


def _plan_shard(
    src: SourceCheckpoint, shard: ShardHeader, rows_per_layer: list[list[int]]
) -> list[TensorPlan]:
    plan = []
    # Source on-disk order, so each shard is read front to back.
    for entry in sorted(shard.tensors.values(), key=lambda e: e.start):
        layer = src.expert_layer(entry.name)
        rows = None if layer is None else rows_per_layer[layer]
        shape = entry.shape if rows is None else (len(rows),) + entry.shape[1:]
        plan.append(
            TensorPlan(
                entry.name,
                entry.dtype,
                shape,
                lambda s=shard, n=entry.name, r=rows: iter_tensor(s, n, r),
            )
        )
    return plan


def _digest(shard: ShardHeader, name: str, rows: list[int] | None = None) -> str:
    h = hashlib.sha256()
    for block in iter_tensor(shard, name, rows):
        h.update(block)
    return h.hexdigest()


def verify(
    src: SourceCheckpoint,
    out_dir: Path,
    rows_per_layer: list[list[int]],
    show_progress: bool = False,
) -> int:
    """Re-read the output and compare with the source; raise BuildError on any difference.

    Every source tensor must be present; non-expert tensors identical in dtype, shape and bytes;
    expert tensors equal to the source rows named by the map. Returns the number of tensors checked.
    """
    out_shards, _ = read_shards(out_dir)
    out = {name: (s, info) for s in out_shards for name, info in s.tensors.items()}
    problems = []
    where = {n: s for s in src.shards for n in s.tensors}
    bar = tqdm(
        total=sum(i.nbytes for _, i in out.values()),
        unit="B",
        unit_scale=True,
        desc="verifying",
        disable=not show_progress,
    )
    for name, info in src.tensors.items():
        if name not in out:
            problems.append(f"{name} missing")
            continue
        oshard, oinfo = out[name]
        bar.update(oinfo.nbytes)
        layer = src.expert_layer(name)
        rows = None if layer is None else rows_per_layer[layer]
        shape = info.shape if rows is None else (len(rows),) + info.shape[1:]
        if oinfo.dtype != info.dtype or oinfo.shape != shape:
            problems.append(
                f"{name} is {oinfo.dtype} {list(oinfo.shape)}, expected {info.dtype} {list(shape)}"
            )
        elif _digest(oshard, name) != _digest(where[name], name, rows):
            problems.append(f"{name} bytes differ from the source")
    bar.close()
    extra = sorted(set(out) - set(src.tensors))
    problems += [f"{n} not in the source" for n in extra]
    if problems:
        raise BuildError(
            f"verification failed for {len(problems)} tensor(s): "
            + "; ".join(problems[:5])
            + "; the output was discarded"
        )
    return len(src.tensors)


def _parameters(tensors: dict[str, TensorEntry]) -> int:
    return count_parameters({name: entry.shape for name, entry in tensors.items()})


def lite_config(src: SourceCheckpoint, expert_map: list[list[int]]) -> dict:
    """The source config with per-layer counts, `expert_map` and the original expert count."""
    cfg = dict(src.config.raw)
    counts = [len(k) for k in expert_map]
    # A plain int when uniform: mlx-lm, vLLM and transformers only accept that form.
    cfg["num_local_experts"] = counts[0] if len(set(counts)) == 1 else counts
    cfg["expert_map"] = expert_map
    cfg["original_num_local_experts"] = src.original_num_experts
    return cfg


def _fsync(path: Path) -> None:
    """Flush a file or a directory (its entries) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json(path: Path, obj: object) -> None:
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


def write_lite(
    src: SourceCheckpoint,
    dst: Path,
    expert_map: Sequence[Sequence[int]],
    *,
    force: bool = False,
    analysis: dict | None = None,
    report: dict | None = None,
    show_progress: bool = True,
) -> dict:
    """Build the lite checkpoint at `dst`; return the build report that was written with it.

    `expert_map` lists, per layer, the ORIGINAL expert ids to keep. `report` holds extra fields
    (strategy, calibration hash, ...) merged into build_report.json.
    """
    dst = Path(dst).absolute()
    if dst.exists() and not force:
        raise BuildError(f"{dst} already exists; choose another --output or pass --force")
    if dst.resolve() == src.path.resolve():
        raise BuildError(f"--output {dst} is the source checkpoint; choose another directory")
    if not dst.parent.is_dir():
        raise BuildError(f"{dst.parent} does not exist; create it or choose another --output")
    kept = check_expert_map(src, expert_map)
    position = [{orig: i for i, orig in enumerate(row)} for row in src.expert_map]
    rows_per_layer = [[position[layer][o] for o in ids] for layer, ids in enumerate(kept)]

    _remove_stale(dst)
    tmp = dst.parent / f".{dst.name}.building-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        plans = [(s, _plan_shard(src, s, rows_per_layer)) for s in src.shards]
        total = sum(t.nbytes for _, plan in plans for t in plan)
        weight_map = {}
        with tqdm(
            total=total, unit="B", unit_scale=True, desc="writing", disable=not show_progress
        ) as bar:
            for shard, plan in plans:
                write_shard(
                    tmp / shard.path.name,
                    plan,
                    shard.metadata or {"format": "pt"},
                    progress=bar.update,
                    fsync=True,
                )
                weight_map.update({t.name: shard.path.name for t in plan})
        _write_json(tmp / INDEX_NAME, {"metadata": {"total_size": total}, "weight_map": weight_map})
        _write_json(tmp / "config.json", lite_config(src, kept))
        for f in sorted(src.path.iterdir()):
            if f.is_file() and f.suffix in SIDE_FILES and f.name not in OWN_FILES:
                shutil.copy2(f, tmp / f.name)
                _fsync(tmp / f.name)
        if analysis is not None:
            _write_json(tmp / "expert_analysis.json", analysis)
        checked = verify(src, tmp, rows_per_layer, show_progress)
        _, out_tensors = read_shards(tmp)
        full = dict(report or {})
        full.update(
            {
                "source": str(src.path),
                "experts_per_layer": [len(k) for k in kept],
                "expert_map": kept,
                "experts_before": sum(src.experts_per_layer),
                "experts_after": sum(len(k) for k in kept),
                "parameters_before": _parameters(src.tensors),
                "parameters_after": _parameters(out_tensors),
                "bytes_before": sum(s.path.stat().st_size for s in src.shards),
                "bytes_after": sum(p.stat().st_size for p in tmp.glob("*.safetensors")),
                "tensors_verified": checked,
            }
        )
        _write_json(tmp / "build_report.json", full)
        _fsync(tmp)
        _swap_into_place(tmp, dst)
    except BaseException:
        # Any failure, including Ctrl-C and SIGTERM, leaves DST as it was.
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info(
        "wrote %s: %d -> %d experts, %d tensors verified",
        dst,
        full["experts_before"],
        full["experts_after"],
        checked,
    )
    return full


def _remove_stale(dst: Path) -> None:
    """Delete temporary directories left by builds of DST whose process no longer exists."""
    for p in dst.parent.glob(f".{dst.name}.building-*"):
        pid = p.name.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            log.warning("removing %s left by an interrupted build", p)
            shutil.rmtree(p, ignore_errors=True)
        except PermissionError:
            pass  # alive, owned by someone else


def _swap_into_place(tmp: Path, dst: Path) -> None:
    if dst.exists():
        old = dst.parent / f".{dst.name}.replaced-{os.getpid()}"
        os.rename(dst, old)
        os.rename(tmp, dst)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(tmp, dst)
    _fsync(dst.parent)
