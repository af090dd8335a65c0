"""Per-layer, per-expert routing statistics and their expert_analysis.json form.

Holds what profiling measured (tokens routed, gate-weight sum, REAP saliency, per-category counts)
keyed by ORIGINAL expert id, and reads the server's telemetry export (counts only). It does not run
a model (see builder.profile) nor decide what to keep (see builder.strategies).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from builder.errors import BuildError

FORMAT = "gptoss-expert-analysis/1"
TELEMETRY_FORMAT = "gptoss-expert-telemetry/1"


@dataclass
class ExpertStats:
    """Accumulated routing statistics of one expert."""

    tokens: int = 0
    gate_sum: float = 0.0
    saliency_sum: float = 0.0  # sum over routed tokens of gate weight * ||expert output||_2
    categories: dict[str, int] = field(default_factory=dict)

    @property
    def saliency(self) -> float:
        """REAP saliency: the mean of gate weight * output norm over the tokens routed here."""
        return self.saliency_sum / self.tokens if self.tokens else 0.0


@dataclass
class ExpertAnalysis:
    """Statistics for every expert of every layer of one checkpoint."""

    layers: list[dict[int, ExpertStats]]
    top_k: int
    source: str = "calibration"  # or "telemetry": then only token counts are known
    model: str = ""
    calibration: dict = field(default_factory=dict)

    @classmethod
    def empty(cls, expert_map, top_k: int, **kw) -> ExpertAnalysis:
        """Zeroed statistics for the original ids present in each layer."""
        return cls([{int(e): ExpertStats() for e in row} for row in expert_map], top_k, **kw)

    @property
    def has_saliency(self) -> bool:
        return self.source == "calibration"

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "model": self.model,
            "source": self.source,
            "num_hidden_layers": len(self.layers),
            "num_experts_per_tok": self.top_k,
            "experts_per_layer": [len(layer) for layer in self.layers],
            "calibration": self.calibration,
            "layers": [
                {
                    "layer": i,
                    "experts": [
                        {
                            "id": e,
                            "tokens": s.tokens,
                            "gate_sum": round(s.gate_sum, 6),
                            "saliency": round(s.saliency, 6),
                            "categories": dict(sorted(s.categories.items())),
                        }
                        for e, s in sorted(layer.items())
                    ],
                }
                for i, layer in enumerate(self.layers)
            ],
        }

    @classmethod
    def from_json(cls, obj: dict) -> ExpertAnalysis:
        if obj.get("format") != FORMAT:
            raise BuildError(
                f"expert analysis format {obj.get('format')!r}, expected {FORMAT!r}; "
                "re-run `python -m builder profile`"
            )
        layers = []
        for layer in obj["layers"]:
            layers.append(
                {
                    int(x["id"]): ExpertStats(
                        int(x["tokens"]),
                        float(x["gate_sum"]),
                        float(x["saliency"]) * int(x["tokens"]),
                        {k: int(v) for k, v in x.get("categories", {}).items()},
                    )
                    for x in layer["experts"]
                }
            )
        return cls(
            layers,
            int(obj["num_experts_per_tok"]),
            obj.get("source", "calibration"),
            obj.get("model", ""),
            obj.get("calibration", {}),
        )


def read_analysis(path: Path) -> ExpertAnalysis:
    """Load an expert_analysis.json written by `python -m builder profile`."""
    try:
        return ExpertAnalysis.from_json(json.loads(Path(path).read_text()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{path}: cannot read expert analysis ({exc}); re-run profile") from exc


def read_telemetry(path: Path, expert_map, top_k: int) -> ExpertAnalysis:
    """Counts from the server's telemetry export (docs/CONTRACTS.md) as an analysis of `expert_map`.

    Experts absent from the export count zero; ids the source does not hold are an error, since the
    export then belongs to another model.
    """
    try:
        obj = json.loads(Path(path).read_text())
    except (OSError, ValueError) as exc:
        raise BuildError(f"{path}: cannot read telemetry export ({exc})") from exc
    counts = obj.get("layers") if isinstance(obj, dict) else obj
    if not isinstance(counts, list) or len(counts) != len(expert_map):
        got = len(counts) if isinstance(counts, list) else type(counts).__name__
        raise BuildError(
            f"{path}: telemetry has {got} layers, the model has {len(expert_map)}; "
            "export it from a server running this model"
        )
    analysis = ExpertAnalysis.empty(
        expert_map,
        top_k,
        source="telemetry",
        model=str(obj.get("model", "")) if isinstance(obj, dict) else "",
    )
    for i, layer in enumerate(counts):
        for key, n in layer.items():
            stats = analysis.layers[i].get(int(key))
            if stats is None:
                raise BuildError(f"{path}: layer {i} reports expert {key}, which this model lacks")
            stats.tokens = int(n)
    total = sum(s.tokens for layer in analysis.layers for s in layer.values())
    analysis.calibration = {"name": str(path), "tokens_routed": total}
    return analysis
