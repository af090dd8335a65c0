"""Expert-usage telemetry and the per-token observer hook of the MoE blocks.

`ExpertTelemetry` counts routed tokens per ORIGINAL expert id (through a lite model's
expert_map). While off, the model holds `telemetry = None` and the forward pass does no extra
work. Recording keeps references to the already-computed routing indices and folds them into
host-side counts only when asked (or when many are pending), so decoding never waits on it.
`ExpertObservation` is what an observer callback (REAP saliency profiling) receives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import mlx.core as mx
import numpy as np

_FLUSH_EVERY = 512  # pending index arrays per layer before folding them into counts


class ExpertTelemetry:
    """Per-layer routed-token counts keyed by ORIGINAL expert id."""

    def __init__(self, original_ids: Sequence[Sequence[int]]) -> None:
        self._ids = [np.asarray(ids, dtype=np.int64) for ids in original_ids]
        self._rows = [np.zeros(len(ids), dtype=np.int64) for ids in self._ids]
        self._pending: list[list[mx.array]] = [[] for _ in self._ids]
        self._lock = threading.Lock()

    def record(self, layer: int, indices: mx.array) -> None:
        """Called by the MoE block with the routed row indices [..., k] of one forward pass."""
        with self._lock:
            pending = self._pending[layer]
            pending.append(indices)
            if len(pending) >= _FLUSH_EVERY:
                self._fold(layer)

    def _fold(self, layer: int) -> None:
        pending, self._pending[layer] = self._pending[layer], []
        if not pending:
            return
        mx.eval(pending)
        flat = np.concatenate([np.asarray(a).reshape(-1) for a in pending])
        self._rows[layer] += np.bincount(flat, minlength=len(self._ids[layer]))

    def counts(self) -> list[dict[int, int]]:
        """Per layer: {original expert id: routed-token count}, every kept expert listed.

        Evaluates pending routing arrays, so call it on the thread that runs the model (the
        engine does). Padding positions of a left-padded batch are routed too and so counted.
        """
        with self._lock:
            for layer in range(len(self._ids)):
                self._fold(layer)
            return [
                {int(i): int(c) for i, c in zip(ids, rows)}
                for ids, rows in zip(self._ids, self._rows)
            ]

    def reset(self) -> None:
        with self._lock:
            for layer, rows in enumerate(self._rows):
                rows[:] = 0
                self._pending[layer] = []


@dataclass(frozen=True)
class ExpertObservation:
    """One MoE layer's routing for one forward pass; arrays are lazy MLX arrays [B, L, k].

    expert_ids: ORIGINAL expert ids routed to (through expert_map in lite models).
    gates: the routing weights after the softmax over the top-k logits.
    output_norms: L2 norm (float32) of each routed expert's output before gate weighting.
    """

    layer: int
    expert_ids: mx.array
    gates: mx.array
    output_norms: mx.array


ExpertObserver = Callable[[ExpertObservation], None]
