"""Prometheus metrics for the server, rendered in the text exposition format (version 0.0.4).

A small per-app registry (no global state, so several apps in one test process stay separate):
request counts by endpoint and status, token counters, latency and time-to-first-token
histograms, virtual-expert hits per tool, and gauges read at scrape time (queue depth, active
sequences, per-layer expert activations when the model's telemetry is on).
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

Labels = tuple[tuple[str, str], ...]
GaugeSource = Callable[[], Iterable[tuple[dict[str, str], float]]]


def _fmt_labels(labels: Labels) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{k}="{_escape(v)}"' for k, v in labels)
    return "{" + inner + "}"


def _escape(v: str) -> str:
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _fmt_value(v: float) -> str:
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


class _Histogram:
    def __init__(self, buckets: tuple[float, ...]):
        self.buckets = buckets
        self.counts = [0] * len(buckets)
        self.total = 0
        self.sum = 0.0

    def observe(self, v: float) -> None:
        for i, b in enumerate(self.buckets):
            if v <= b:
                self.counts[i] += 1
        self.total += 1
        self.sum += v


class Metrics:
    """Counters, histograms and scrape-time gauges; `render()` gives the exposition text."""

    def __init__(self, prefix: str = "gptoss") -> None:
        self.prefix = prefix
        self._lock = threading.Lock()
        self._counters: dict[str, dict[Labels, float]] = defaultdict(dict)
        self._hists: dict[str, dict[Labels, _Histogram]] = defaultdict(dict)
        self._help: dict[str, tuple[str, str]] = {}
        self._gauges: list[tuple[str, str, GaugeSource]] = []
        self._declare("requests_total", "counter", "HTTP requests by endpoint and status code.")
        self._declare("prompt_tokens_total", "counter", "Prompt tokens processed.")
        self._declare("completion_tokens_total", "counter", "Completion tokens generated.")
        self._declare("reasoning_tokens_total", "counter", "Completion tokens of analysis.")
        self._declare("virtual_expert_hits_total", "counter", "Requests a virtual expert served.")
        self._declare("request_latency_seconds", "histogram", "Request latency, end to end.")
        self._declare("time_to_first_token_seconds", "histogram", "Time to first generated token.")

    def _declare(self, name: str, kind: str, help_: str) -> None:
        self._help[name] = (kind, help_)

    def inc(self, name: str, value: float = 1.0, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        with self._lock:
            series = self._counters[name]
            series[key] = series.get(key, 0.0) + value

    def observe(self, name: str, value: float, **labels: str) -> None:
        key = tuple(sorted(labels.items()))
        buckets = TTFT_BUCKETS if name.startswith("time_to_first") else LATENCY_BUCKETS
        with self._lock:
            series = self._hists[name]
            hist = series.get(key)
            if hist is None:
                hist = series[key] = _Histogram(buckets)
            hist.observe(value)

    def counter_value(self, name: str, **labels: str) -> float:
        with self._lock:
            return self._counters[name].get(tuple(sorted(labels.items())), 0.0)

    def add_gauge(self, name: str, help_: str, source: GaugeSource) -> None:
        """Register a gauge whose samples are read from `source()` at every scrape."""
        self._gauges.append((name, help_, source))

    def render(self) -> str:
        lines: list[str] = []
        p = self.prefix
        with self._lock:
            for name, (kind, help_) in self._help.items():
                lines.append(f"# HELP {p}_{name} {help_}")
                lines.append(f"# TYPE {p}_{name} {kind}")
                if kind == "counter":
                    for labels, v in sorted(self._counters.get(name, {}).items()):
                        lines.append(f"{p}_{name}{_fmt_labels(labels)} {_fmt_value(v)}")
                else:
                    for labels, h in sorted(self._hists.get(name, {}).items()):
                        lines.extend(self._render_hist(f"{p}_{name}", labels, h))
        for name, help_, source in self._gauges:
            lines.append(f"# HELP {p}_{name} {help_}")
            lines.append(f"# TYPE {p}_{name} gauge")
            try:
                samples = list(source())
            except Exception:  # noqa: BLE001 - a broken gauge must not take /metrics down
                samples = []
            for labels, v in samples:
                key = tuple(sorted(labels.items()))
                lines.append(f"{p}_{name}{_fmt_labels(key)} {_fmt_value(float(v))}")
        return "\n".join(lines) + "\n"

    @staticmethod
    def _render_hist(full: str, labels: Labels, h: _Histogram) -> list[str]:
        out = []
        for b, c in zip(h.buckets, h.counts, strict=True):
            out.append(f"{full}_bucket{_fmt_labels(labels + (('le', _fmt_value(b)),))} {c}")
        out.append(f"{full}_bucket{_fmt_labels(labels + (('le', '+Inf'),))} {h.total}")
        out.append(f"{full}_sum{_fmt_labels(labels)} {_fmt_value(h.sum)}")
        out.append(f"{full}_count{_fmt_labels(labels)} {h.total}")
        return out
