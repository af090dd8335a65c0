"""Perplexity per calibration category for one or more checkpoints, side by side.

Each model is loaded with `loader.load`, scored on the same token streams (teacher forcing, every
position after the first) and released before the next loads, so two 20B models never share memory.
It only measures; choosing and writing experts live elsewhere.
"""

from __future__ import annotations

import gc
import logging
import math
from dataclasses import dataclass
from pathlib import Path

import mlx.core as mx
from mlx import nn
from tqdm import tqdm

from builder.calibration import Calibration
from builder.profile import token_batches

log = logging.getLogger(__name__)


@dataclass
class Perplexity:
    """Summed negative log-likelihood and token counts per category for one model."""

    model: str
    nll: dict[str, float]
    tokens: dict[str, int]

    def value(self, category: str | None = None) -> float:
        if category is None:
            n = sum(self.tokens.values())
            return math.exp(sum(self.nll.values()) / n) if n else float("nan")
        n = self.tokens.get(category, 0)
        return math.exp(self.nll[category] / n) if n else float("nan")


def perplexity(
    model,
    tokenizer,
    calibration: Calibration,
    *,
    max_tokens: int | None = None,
    name: str = "",
    show_progress: bool = True,
) -> Perplexity:
    """Per-category perplexity of `model` on `calibration` (tokenized with its own tokenizer)."""
    nll: dict[str, float] = {}
    tokens: dict[str, int] = {}
    batches = list(token_batches(tokenizer, calibration, max_tokens))
    with tqdm(
        total=sum(len(ids) for _, ids in batches),
        unit="tok",
        desc=f"eval {name}"[-40:],
        disable=not show_progress,
    ) as bar:
        for category, ids in batches:
            x = mx.array([ids])
            logits = model(x[:, :-1]).astype(mx.float32)
            loss = nn.losses.cross_entropy(logits, x[:, 1:], reduction="sum")
            nll[category] = nll.get(category, 0.0) + float(loss.item())
            tokens[category] = tokens.get(category, 0) + len(ids) - 1
            bar.update(len(ids))
    return Perplexity(name, nll, tokens)


def evaluate(
    paths: list[Path],
    calibration: Calibration,
    *,
    max_tokens: int | None = None,
    show_progress: bool = True,
) -> list[Perplexity]:
    """Load each checkpoint in turn and score it on the same calibration texts."""
    from loader import load  # deferred: importing MLX models is not needed for --help

    results = []
    for path in paths:
        model, tokenizer, _ = load(path)
        results.append(
            perplexity(
                model,
                tokenizer,
                calibration,
                max_tokens=max_tokens,
                name=str(path),
                show_progress=show_progress,
            )
        )
        del model, tokenizer
        gc.collect()
        mx.clear_cache()
    return results


def to_json(results: list[Perplexity]) -> dict:
    cats = sorted({c for r in results for c in r.tokens})
    return {
        "models": [r.model for r in results],
        "categories": {c: [round(r.value(c), 4) for r in results] for c in cats},
        "all": [round(r.value(), 4) for r in results],
        "tokens": {c: results[0].tokens.get(c, 0) for c in cats},
    }


def table(results: list[Perplexity]) -> str:
    """Markdown table: one row per category, one column per model, plus change vs the first."""
    cats = sorted({c for r in results for c in r.tokens})
    head = ["category", "tokens"] + [f"ppl {i + 1}" for i in range(len(results))]
    if len(results) > 1:
        head += [f"change {i + 1} vs 1" for i in range(1, len(results))]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for cat in cats + [None]:
        vals = [r.value(cat) for r in results]
        n = sum(results[0].tokens.values()) if cat is None else results[0].tokens.get(cat, 0)
        row = [cat or "**all**", str(n)] + [f"{v:.3f}" for v in vals]
        row += [f"{100 * (v / vals[0] - 1):+.1f}%" for v in vals[1:]]
        lines.append("| " + " | ".join(row) + " |")
    legend = "\n".join(f"{i + 1}: {r.model}" for i, r in enumerate(results))
    return "\n".join(lines) + "\n\n" + legend
