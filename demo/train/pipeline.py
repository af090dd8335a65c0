"""`python -m demo build`: data -> tokenizer -> training -> export, reproducibly from a seed.

Layout of OUT: `data/` (data.npz, data.json, tokenizer files), `run/` (training checkpoint, log
history, final weights), `checkpoint/` (the exported model), `build.json` (every figure of the
build: data counts, steps, time, losses before and after export).
"""

from __future__ import annotations

import json
import logging
import platform
import shutil
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch

from demo.data.build import DataSpec, build_data
from demo.data.text import sources
from demo.train.export import export, exported_state
from demo.train.loop import TrainSpec, evaluate_loss, load_data, split, train
from demo.train.model import Dims, GptOss

log = logging.getLogger(__name__)
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
)


def build(
    out: Path,
    seed: int,
    minutes: float,
    steps: int = 0,
    data: DataSpec | None = None,
    dims: Dims | None = None,
    extra_steps: int = 0,
    math_steps: tuple[int, ...] = (),
) -> dict:
    """Run every step into `out` (data is reused when `out/data` holds it) and return build.json."""
    data = data or DataSpec()
    dims = dims or Dims()
    started = time.perf_counter()
    data_dir, run_dir, ckpt_dir = out / "data", out / "run", out / "checkpoint"
    if (data_dir / "data.npz").is_file():
        log.info("reusing %s", data_dir)
        data_summary = json.loads((data_dir / "data.json").read_text())
    else:
        data_summary = build_data(seed, data_dir, data)
    data_seconds = time.perf_counter() - started
    spec = TrainSpec(seed=seed, minutes=minutes, steps=steps)
    dims = Dims(**{**asdict(dims), "vocab_size": data.vocab_size})
    summary = train(data_dir, run_dir, dims, spec)
    phases = [summary]
    if extra_steps:
        # A second phase on a fresh shuffle (new samples, the first saw about a third) with a
        # new warmup and cosine, QAT again at its end.
        spec2 = TrainSpec(seed=seed + 1, steps=extra_steps, lr=1e-3, warmup=20)
        summary = train(data_dir, out / "run2", dims, spec2, init=run_dir / "final.pt")
        phases.append(summary)
        run_dir = out / "run2"
    for i, n in enumerate(math_steps):
        # Focus phases: the same data with arithmetic rows four times per epoch (the other
        # kinds stay in the mix so their format is not forgotten), each with its own warmup,
        # cosine and QAT at its end, a new shuffle, and phase 1's validation rows kept out.
        spec3 = TrainSpec(
            seed=seed + 10 * i,
            split_seed=seed,
            steps=n,
            lr=1e-3,
            warmup=20,
            oversample=(("arithmetic", 4),),
        )
        nxt = out / f"run{3 + i}"
        summary = train(data_dir, nxt, dims, spec3, init=run_dir / "final.pt")
        phases.append(summary)
        run_dir = nxt
    model = GptOss(dims)
    model.load_state_dict(torch.load(run_dir / "final.pt", weights_only=True))
    figures = export_and_measure(model, data_dir, ckpt_dir, spec, summary, seed)
    report = {
        "seed": seed,
        "command": (
            f"python -m demo build --seed {seed} --out OUT --steps {phases[0]['steps']}"
            + (f" --extra-steps {extra_steps}" if extra_steps else "")
            + (f" --math-steps {' '.join(map(str, math_steps))}" if math_steps else "")
        ),
        "machine": {
            "cpu_threads": spec.threads,
            "platform": platform.platform(),
            "torch": torch.__version__,
        },
        "data": data_summary,
        "data_seconds": round(data_seconds, 1),
        "train_seconds": sum(p["train_seconds"] for p in phases),
        "steps": [p["steps"] for p in phases],
        "phases": [{k: p[k] for k in ("steps", "train_seconds", "spec")} for p in phases],
        "dims": asdict(dims),
        "train_spec": asdict(spec),
        **figures,
        "sources": sources(),
    }
    (out / "build.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def export_and_measure(
    model: GptOss, data_dir: Path, ckpt_dir: Path, spec: TrainSpec, summary: dict, seed: int
) -> dict:
    """Losses before and after export (validation rows), the export itself, expert balance."""
    data = load_data(data_dir / "data.npz")
    _, val_rows = split(data, spec)
    losses = {}
    model.set_fake_mxfp4(True)
    losses["trained_fake_mxfp4"] = evaluate_loss(model, data, val_rows)
    model.set_fake_mxfp4(False)
    losses["trained_full_precision_experts"] = evaluate_loss(model, data, val_rows)
    demo = {
        "name": "gpt-oss-demo",
        "description": "A tiny GPT-OSS model trained on generated harmony chats; see README.md.",
        "seed": seed,
        "steps": summary["steps"],
    }
    if ckpt_dir.exists():
        shutil.rmtree(ckpt_dir)
    check = export(model, ckpt_dir, demo)
    for name in TOKENIZER_FILES:
        shutil.copy(data_dir / name, ckpt_dir / name)
    exported = GptOss(model.d)
    exported.load_state_dict(exported_state(ckpt_dir, model.d))
    losses["exported"] = evaluate_loss(exported, data, val_rows)
    by_kind = {}
    kinds = data["kinds"]
    for k, name in enumerate(kinds):
        rows = val_rows[data["kind"][val_rows] == k]
        if len(rows):
            by_kind[str(name)] = round(evaluate_loss(exported, data, rows), 4)
    return {
        "val_loss": {k: round(v, 4) for k, v in losses.items()},
        "val_loss_exported_by_kind": by_kind,
        "val_samples": len(val_rows),
        "mxfp4_mismatches_vs_qat": check["mismatched_fp4"],
        "checkpoint_bytes": sum(f.stat().st_size for f in ckpt_dir.iterdir()),
        "final_train_loss": summary["history"][-1]["loss"] if summary["history"] else None,
        "expert_load": expert_load(exported, data, val_rows),
        "np_version": np.__version__,
    }


def expert_load(model: GptOss, data: dict, rows: np.ndarray) -> list[list[float]]:
    """Share of routed slots each expert gets per layer on validation rows (balance check)."""
    from demo.train.loop import tensors

    counts = [torch.zeros(model.d.num_local_experts) for _ in model.layers]
    with torch.no_grad():
        for i in range(0, len(rows), 16):
            x, _, _ = tensors(data, rows[i : i + 16])
            model(x)
            for c, block in zip(counts, model.layers):
                c += torch.bincount(block.mlp.last_idx.reshape(-1), minlength=len(c)).float()
    return [[round(float(v), 3) for v in c / c.sum()] for c in counts]
