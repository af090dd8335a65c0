"""Profile expert usage: run calibration texts through `loader.load`'s model and record routing.

Uses the loader's expert observer hook (`model.set_expert_observer`), which reports per MoE layer
the ORIGINAL expert ids routed to, their gate weights and the L2 norm of each expert's output. From
these it accumulates tokens routed, gate-weight sum, REAP saliency and per-category counts. It does
not choose or write experts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import mlx.core as mx
import numpy as np
from tqdm import tqdm

from builder.analysis import ExpertAnalysis
from builder.calibration import Calibration, Sample
from builder.errors import BuildError

log = logging.getLogger(__name__)


def interleave(samples: tuple[Sample, ...]) -> list[Sample]:
    """Round-robin over categories so a token budget still sees every category."""
    queues: dict[str, list[Sample]] = {}
    for s in samples:
        queues.setdefault(s.category, []).append(s)
    out: list[Sample] = []
    while any(queues.values()):
        for q in queues.values():
            if q:
                out.append(q.pop(0))
    return out


def token_batches(
    tokenizer, calibration: Calibration, max_tokens: int | None
) -> Iterator[tuple[str, list[int]]]:
    """(category, token ids) per sample, interleaved, stopping once `max_tokens` are used."""
    used = 0
    for sample in interleave(calibration.samples):
        ids = list(tokenizer.encode(sample.text))
        if max_tokens is not None:
            ids = ids[: max_tokens - used]
        if len(ids) < 2:
            if max_tokens is not None and used >= max_tokens:
                return
            continue
        used += len(ids)
        yield sample.category, ids


class _Accumulator:
    """Host-side sums per layer over ORIGINAL expert ids (dense arrays, folded per sample)."""

    def __init__(self, num_ids: int, layers: int) -> None:
        self.n = num_ids
        self.tokens = np.zeros((layers, num_ids), dtype=np.int64)
        self.gates = np.zeros((layers, num_ids), dtype=np.float64)
        self.saliency = np.zeros((layers, num_ids), dtype=np.float64)
        self.by_cat: dict[str, np.ndarray] = {}
        self.pending: list = []

    def observe(self, obs) -> None:
        # Arrays are lazy; keep them until the forward pass is evaluated once for all layers.
        self.pending.append(obs)

    def fold(self, category: str) -> None:
        mx.eval([(o.expert_ids, o.gates, o.output_norms) for o in self.pending])
        cat = self.by_cat.setdefault(category, np.zeros_like(self.tokens))
        for o in self.pending:
            ids = np.asarray(o.expert_ids).reshape(-1).astype(np.int64)
            gates = np.asarray(o.gates.astype(mx.float32)).reshape(-1).astype(np.float64)
            norms = np.asarray(o.output_norms.astype(mx.float32)).reshape(-1).astype(np.float64)
            counts = np.bincount(ids, minlength=self.n)
            self.tokens[o.layer] += counts
            cat[o.layer] += counts
            self.gates[o.layer] += np.bincount(ids, weights=gates, minlength=self.n)
            self.saliency[o.layer] += np.bincount(ids, weights=gates * norms, minlength=self.n)
        self.pending.clear()


def profile(
    model,
    tokenizer,
    calibration: Calibration,
    *,
    max_tokens: int | None = None,
    model_name: str = "",
    show_progress: bool = True,
) -> ExpertAnalysis:
    """Route the calibration set through `model` and return every expert's statistics."""
    if not hasattr(model, "set_expert_observer"):
        raise BuildError("this model has no expert observer hook; load it with loader.load")
    cfg = model.config
    expert_map = [cfg.original_ids(i) for i in range(cfg.num_hidden_layers)]
    acc = _Accumulator(max(max(r) for r in expert_map) + 1, len(expert_map))
    # The body suffices: routing happens there, and skipping the vocab projection saves time.
    body = getattr(model, "model", model)
    model.set_expert_observer(acc.observe)
    texts = tokens = 0
    batches = list(token_batches(tokenizer, calibration, max_tokens))
    try:
        with tqdm(
            total=sum(len(ids) for _, ids in batches),
            unit="tok",
            desc="profiling",
            disable=not show_progress,
        ) as bar:
            for category, ids in batches:
                mx.eval(body(mx.array([ids])))
                acc.fold(category)
                texts += 1
                tokens += len(ids)
                bar.update(len(ids))
    finally:
        model.set_expert_observer(None)
    if not texts:
        raise BuildError("no calibration text was long enough to profile; raise --max-tokens")
    analysis = ExpertAnalysis.empty(
        expert_map, cfg.num_experts_per_tok, source="calibration", model=model_name
    )
    for layer, row in enumerate(analysis.layers):
        for e, stats in row.items():
            stats.tokens = int(acc.tokens[layer, e])
            stats.gate_sum = float(acc.gates[layer, e])
            stats.saliency_sum = float(acc.saliency[layer, e])
            stats.categories = {
                c: int(a[layer, e]) for c, a in sorted(acc.by_cat.items()) if a[layer, e]
            }
    analysis.calibration = {
        "name": calibration.name,
        "sha256": calibration.sha256,
        "texts": texts,
        "tokens": tokens,
        "max_tokens": max_tokens,
        "categories": calibration.by_category(),
    }
    log.info("profiled %d texts, %d tokens", texts, tokens)
    return analysis
