"""Which experts to keep per layer: frequency, capability or REAP saliency, under per-layer counts.

Pure functions of an `ExpertAnalysis`; no I/O and no MLX. Every strategy returns, per layer, the
ORIGINAL expert ids to keep in ascending order, never fewer than top-k, with ties broken by expert
id so the same analysis always gives the same checkpoint.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from builder.analysis import ExpertAnalysis, ExpertStats
from builder.calibration import CORE, EXTERNALIZABLE
from builder.errors import BuildError

log = logging.getLogger(__name__)
STRATEGIES = ("frequency", "capability", "reap")
TIER = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*:\s*(\d+)\s*$")


def parse_tiers(spec: str, num_layers: int) -> list[int]:
    """`"0-11:32,12-23:48,24-35:32"` -> one count per layer; every layer exactly once."""
    counts: list[int | None] = [None] * num_layers
    for part in spec.split(","):
        m = TIER.match(part)
        if not m:
            raise BuildError(f"--tiers part {part!r} is not FIRST-LAST:COUNT, e.g. '0-11:32'")
        first, last, n = (int(g) for g in m.groups())
        if first > last or last >= num_layers:
            raise BuildError(f"--tiers range {first}-{last} is outside layers 0-{num_layers - 1}")
        for layer in range(first, last + 1):
            if counts[layer] is not None:
                raise BuildError(f"--tiers names layer {layer} twice")
            counts[layer] = n
    missing = [i for i, c in enumerate(counts) if c is None]
    if missing:
        raise BuildError(
            f"--tiers leaves layers {missing} without a count; cover 0-{num_layers - 1}"
        )
    return [int(c) for c in counts]


def layer_counts(
    available: Sequence[int],
    top_k: int,
    *,
    keep: int | None = None,
    keep_ratio: float | None = None,
    tiers: str | None = None,
) -> list[int] | None:
    """Experts to keep per layer from exactly one of the three options (None if none given).

    `available` is the source's expert count per layer. Explicit counts below top-k are an error;
    a ratio is rounded and raised to top-k, since a layer needs top-k experts to route at all.
    """
    given = [x is not None for x in (keep, keep_ratio, tiers)]
    if sum(given) > 1:
        raise BuildError("give only one of --keep, --keep-ratio, --tiers")
    if keep is not None:
        counts = [keep] * len(available)
    elif tiers is not None:
        counts = parse_tiers(tiers, len(available))
    elif keep_ratio is not None:
        if not 0 < keep_ratio <= 1:
            raise BuildError(f"--keep-ratio {keep_ratio} must be in (0, 1]")
        counts = [max(top_k, round(keep_ratio * n)) for n in available]
    else:
        return None
    for layer, (c, n) in enumerate(zip(counts, available)):
        if c < top_k:
            raise BuildError(
                f"layer {layer}: keep {c} is below top-k {top_k}; a layer needs at "
                f"least {top_k} experts to route"
            )
        if c > n:
            raise BuildError(f"layer {layer}: keep {c} but the source has only {n} experts")
    return counts


def _top(layer: dict[int, ExpertStats], n: int, key) -> list[int]:
    return sorted(sorted(layer, key=lambda e: (key(layer[e]), e))[:n])


def frequency(analysis: ExpertAnalysis, counts: Sequence[int]) -> list[list[int]]:
    """Keep the most-routed experts of each layer."""
    return [_top(layer, n, lambda s: -s.tokens) for layer, n in zip(analysis.layers, counts)]


def reap(analysis: ExpertAnalysis, counts: Sequence[int]) -> list[list[int]]:
    """Keep the highest REAP saliency (mean gate weight x output norm over routed tokens)."""
    if not analysis.has_saliency:
        raise BuildError(
            "reap needs saliency from calibration; telemetry only has counts. "
            "Use --strategy frequency or profile with calibration data"
        )
    return [
        _top(layer, n, lambda s: (-s.saliency, -s.tokens))
        for layer, n in zip(analysis.layers, counts)
    ]


def capability_scores(
    stats: ExpertStats, totals: dict[str, int] | None = None
) -> tuple[float, float]:
    """(externalizable share, core share) of an expert's routing over calibration categories.

    With `totals` (routed tokens per category in the layer) each category counts by the fraction
    of its tokens the expert took, so a calibration set with longer code texts does not make every
    expert look like a code expert; without, raw token counts are used.
    """
    weight = {
        c: n / totals[c] if totals else float(n)
        for c, n in stats.categories.items()
        if n and (not totals or totals.get(c))
    }
    total = sum(weight.values())
    if not total:
        return 0.0, 0.0
    ext = sum(weight.get(c, 0.0) for c in EXTERNALIZABLE) / total
    core = sum(weight.get(c, 0.0) for c in CORE) / total
    return ext, core


def capability(
    analysis: ExpertAnalysis,
    counts: Sequence[int] | None,
    *,
    ext_threshold: float = 0.6,
    core_threshold: float = 0.4,
    protect_top: int | None = None,
) -> list[list[int]]:
    """Remove experts whose work the virtual experts can do, keeping every core specialist.

    Shares weigh each category by the fraction of its routed tokens the expert took (see
    `capability_scores`). An expert is removable when its externalizable share > `ext_threshold`
    and its core share < `core_threshold`, unless it ranks among the `protect_top` (default top-k)
    experts of any core category in its layer (experts are polysemantic: pruning without this
    guard lost fluency in the measurements this project started from). Without counts every
    non-removable expert is kept; with counts, non-removable experts come first, ranked by core
    tokens, then removable ones - so a tight count still drops externalizable experts first.
    """
    if not analysis.has_saliency:
        raise BuildError(
            "capability needs per-category counts from calibration; telemetry has "
            "none. Use --strategy frequency or profile with calibration data"
        )
    protect = analysis.top_k if protect_top is None else protect_top
    out = []
    for i, layer in enumerate(analysis.layers):
        protected = set()
        for cat in CORE:
            ranked = sorted(layer, key=lambda e, c=cat: (-layer[e].categories.get(c, 0), e))
            protected |= {e for e in ranked[:protect] if layer[e].categories.get(cat, 0) > 0}
        totals: dict[str, int] = {}
        for s in layer.values():
            for c, n in s.categories.items():
                totals[c] = totals.get(c, 0) + n
        removable = set()
        for e, s in layer.items():
            ext, core = capability_scores(s, totals)
            if ext > ext_threshold and core < core_threshold and e not in protected:
                removable.add(e)

        def rank(e: int, layer=layer, removable=removable) -> tuple:
            s = layer[e]
            core_tokens = sum(s.categories.get(c, 0) for c in CORE)
            return (e in removable, -core_tokens, -s.tokens, e)

        ordered = sorted(layer, key=rank)
        n = counts[i] if counts is not None else max(analysis.top_k, len(layer) - len(removable))
        kept = sorted(ordered[:n])
        log.debug(
            "layer %d: %d removable, %d protected, keeping %d",
            i,
            len(removable),
            len(protected),
            len(kept),
        )
        out.append(kept)
    return out


def select(
    analysis: ExpertAnalysis, strategy: str, counts: Sequence[int] | None
) -> list[list[int]]:
    """Run `strategy` and check its result: ascending ids, at least top-k per layer."""
    if strategy == "capability":
        kept = capability(analysis, counts)
    elif counts is None:
        raise BuildError(f"--strategy {strategy} needs a size: --keep N, --keep-ratio R or --tiers")
    elif strategy == "frequency":
        kept = frequency(analysis, counts)
    elif strategy == "reap":
        kept = reap(analysis, counts)
    else:
        raise BuildError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    for i, row in enumerate(kept):
        assert row == sorted(set(row)) and len(row) >= min(analysis.top_k, len(analysis.layers[i]))
    return kept
