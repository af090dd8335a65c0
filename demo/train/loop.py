"""Train the demo model on `data.npz` with PyTorch on the CPU.

Batches group samples of similar length (right-padded, padding never trained) up to a token
budget; AdamW with linear warmup and cosine decay; bf16 autocast (measured faster here than
fp32, weights and optimizer state stay fp32); a small Switch-style load-balancing loss on the
routers. In the last `qat_fraction` of the steps the experts are trained through fake MXFP4
(`demo.train.mxfp4`), so the exported MXFP4 model is the model that was trained. Checkpoints
(model, optimizer, step, generator state) every few minutes; a run resumes from its checkpoint.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from demo.train.model import Dims, GptOss

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainSpec:
    seed: int = 0
    steps: int = 0  # 0: choose from `minutes` after timing the first steps
    minutes: float = 45.0
    batch_tokens: int = 8192
    lr: float = 2e-3
    min_lr_ratio: float = 0.05
    warmup: int = 150
    weight_decay: float = 0.05
    aux_coef: float = 0.01
    qat_fraction: float = 0.2
    val_samples: int = 200
    threads: int = 2
    checkpoint_minutes: float = 4.0
    bf16: bool = True
    # (kind, factor): that kind's training rows appear `factor` times per epoch (a focus phase)
    oversample: tuple[tuple[str, int], ...] = ()
    split_seed: int | None = None  # the validation split's seed when not `seed`


class Batches:
    """Length-bucketed batches over the training rows, reshuffled each epoch from the seed."""

    def __init__(self, data: dict, rows: np.ndarray, budget: int, seed: int) -> None:
        self.data, self.rows, self.budget = data, rows, budget
        self.rng = np.random.default_rng(seed)
        self.queue: list[np.ndarray] = []

    def _epoch(self) -> None:
        off = self.data["offsets"]
        rows = self.rng.permutation(self.rows)
        # Sort within chunks of 200 rows: similar lengths per batch, still shuffled overall.
        batches = []
        for c in range(0, len(rows), 200):
            chunk = rows[c : c + 200]
            chunk = chunk[np.argsort(off[chunk + 1] - off[chunk], kind="stable")]
            cur: list[int] = []
            for r in chunk:
                longest = max([off[i + 1] - off[i] for i in cur] + [off[r + 1] - off[r]])
                if cur and longest * (len(cur) + 1) > self.budget:
                    batches.append(np.array(cur))
                    cur = []
                cur.append(int(r))
            if cur:
                batches.append(np.array(cur))
        order = self.rng.permutation(len(batches))
        self.queue = [batches[i] for i in order]

    def next(self) -> np.ndarray:
        if not self.queue:
            self._epoch()
        return self.queue.pop()


def tensors(data: dict, rows: np.ndarray) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(inputs, targets, loss mask) for rows, right-padded with token 0 (never trained)."""
    off, tok, mask = data["offsets"], data["tokens"], data["mask"]
    n = max(int(off[r + 1] - off[r]) for r in rows)
    ids = np.zeros((len(rows), n), dtype=np.int64)
    m = np.zeros((len(rows), n), dtype=np.float32)
    for i, r in enumerate(rows):
        a, b = off[r], off[r + 1]
        ids[i, : b - a] = tok[a:b]
        m[i, : b - a] = mask[a:b]
    t = torch.from_numpy(ids)
    return t[:, :-1], t[:, 1:], torch.from_numpy(m[:, 1:])


def masked_loss(model: GptOss, x, y, m) -> torch.Tensor:
    logits = model(x)
    ce = F.cross_entropy(
        logits.float().reshape(-1, logits.shape[-1]), y.reshape(-1), reduction="none"
    )
    return (ce * m.reshape(-1)).sum() / m.sum().clamp(min=1)


def evaluate_loss(model: GptOss, data: dict, rows: np.ndarray, bf16: bool = False) -> float:
    """Mean loss per trained token over rows (in batches of 16)."""
    model.eval()
    total, count = 0.0, 0.0
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for i in range(0, len(rows), 16):
            x, y, m = tensors(data, rows[i : i + 16])
            logits = model(x).float()
            ce = F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]), y.reshape(-1), reduction="none"
            )
            total += float((ce * m.reshape(-1)).sum())
            count += float(m.sum())
    model.train()
    return total / max(count, 1.0)


def split(data: dict, spec: TrainSpec) -> tuple[np.ndarray, np.ndarray]:
    n = len(data["offsets"]) - 1
    seed = spec.seed if spec.split_seed is None else spec.split_seed
    perm = np.random.default_rng(seed + 7).permutation(n)
    return perm[spec.val_samples :], perm[: spec.val_samples]


def oversampled(data: dict, rows: np.ndarray, spec: TrainSpec) -> np.ndarray:
    """rows, with the rows of each kind in `spec.oversample` repeated `factor` times in all."""
    kinds = [str(k) for k in data["kinds"]]
    extra = [
        np.repeat(rows[data["kind"][rows] == kinds.index(kind)], factor - 1)
        for kind, factor in spec.oversample
    ]
    return np.concatenate([rows, *extra])


def lr_at(step: int, total: int, spec: TrainSpec) -> float:
    if step < spec.warmup:
        return spec.lr * (step + 1) / spec.warmup
    p = min(1.0, (step - spec.warmup) / max(1, total - spec.warmup))
    return spec.lr * (
        spec.min_lr_ratio + (1 - spec.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * p))
    )


def load_data(path: Path) -> dict:
    with np.load(path) as z:
        return {k: z[k] for k in z.files}


def train(
    data_dir: Path, run_dir: Path, dims: Dims, spec: TrainSpec, init: Path | None = None
) -> dict:
    """Train (or resume) and return a summary; the final weights are in run_dir/final.pt.
    `init` starts from earlier weights (a second phase) with a fresh optimizer and schedule."""
    torch.set_num_threads(spec.threads)
    torch.manual_seed(spec.seed)
    run_dir.mkdir(parents=True, exist_ok=True)
    data = load_data(data_dir / "data.npz")
    train_rows, val_rows = split(data, spec)
    model = GptOss(dims)
    if init is not None:
        model.load_state_dict(torch.load(init, weights_only=True))
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and "embed" not in n]
    other = [p for n, p in model.named_parameters() if not (p.dim() >= 2 and "embed" not in n)]
    opt = torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": spec.weight_decay},
            {"params": other, "weight_decay": 0},
        ],
        lr=spec.lr,
        betas=(0.9, 0.95),
    )
    batches = Batches(data, oversampled(data, train_rows, spec), spec.batch_tokens, spec.seed)
    ckpt = run_dir / "checkpoint.pt"
    step, total, elapsed, history = 0, spec.steps, 0.0, []
    if ckpt.is_file():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        step, total, elapsed, history = (
            state["step"],
            state["total"],
            state["elapsed"],
            state["history"],
        )
        batches.rng.bit_generator.state = state["batch_rng"]
        batches.queue = state["queue"]
        log.info("resumed at step %d of %d", step, total)
    started = time.perf_counter() - elapsed
    last_ckpt = time.perf_counter()
    timing_steps = 20
    while total == 0 or step < total:
        if total == 0 and step == timing_steps:
            per = (time.perf_counter() - started) / step
            # the QAT steps are slower (quantizing every forward); measured about 1.15x
            total = int(spec.minutes * 60 / per / (1 + 0.15 * spec.qat_fraction))
            log.info(
                "%.2fs/step over %d steps: %d steps for %.0f minutes",
                per,
                step,
                total,
                spec.minutes,
            )
        qat = total > 0 and step >= total * (1 - spec.qat_fraction)
        model.set_fake_mxfp4(qat)
        for g in opt.param_groups:
            g["lr"] = lr_at(step, total or spec.warmup * 10, spec)  # 0: still timing
        x, y, m = tensors(data, batches.next())
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=spec.bf16):
            loss = masked_loss(model, x, y, m)
            aux = model.aux_loss()
        (loss + spec.aux_coef * aux).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        if step % 25 == 0:
            rec = {
                "step": step,
                "loss": round(loss.item(), 4),
                "aux": round(aux.item(), 4),
                "lr": opt.param_groups[0]["lr"],
                "qat": qat,
                "tokens": int(x.numel()),
                "elapsed_s": round(time.perf_counter() - started, 1),
            }
            if step % 250 == 0:
                rec["val_loss"] = round(evaluate_loss(model, data, val_rows, spec.bf16), 4)
            history.append(rec)
            log.info(json.dumps(rec))
        if time.perf_counter() - last_ckpt > spec.checkpoint_minutes * 60:
            _save(ckpt, model, opt, step, total, time.perf_counter() - started, history, batches)
            last_ckpt = time.perf_counter()
    elapsed = time.perf_counter() - started
    _save(ckpt, model, opt, step, total, elapsed, history, batches)
    torch.save(model.state_dict(), run_dir / "final.pt")
    summary = {
        "steps": step,
        "train_seconds": round(elapsed, 1),
        "dims": asdict(dims),
        "spec": asdict(spec),
        "history": history,
    }
    (run_dir / "train.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def _save(path, model, opt, step, total, elapsed, history, batches) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(
        {
            "model": model.state_dict(),
            "opt": opt.state_dict(),
            "step": step,
            "total": total,
            "elapsed": elapsed,
            "history": history,
            "batch_rng": batches.rng.bit_generator.state,
            "queue": batches.queue,
        },
        tmp,
    )
    tmp.replace(path)
