"""Prometheus metrics for the server, on prometheus_client with one registry per app.

A per-app CollectorRegistry (never the global default, so several apps in one test process stay
separate): request counts by endpoint and status, token counters, latency and time-to-first-token
histograms, virtual-expert hits per tool, and gauges read at scrape time by custom collectors
(queue depth, active sequences, readiness, per-layer expert activations when telemetry is on).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
TTFT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
# generate_latest writes the 0.0.4 text format; CONTENT_TYPE_LATEST says 1.0.0 since 0.23.
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4

GaugeSource = Callable[[], Iterable[tuple[dict[str, str], float]]]


class _ScrapeGauge(Collector):
    """One gauge whose samples come from `source()` at every scrape."""

    def __init__(self, name: str, help_: str, source: GaugeSource) -> None:
        self._name, self._help, self._source = name, help_, source

    def describe(self) -> Iterable[Metric]:
        return [GaugeMetricFamily(self._name, self._help)]

    def collect(self) -> Iterable[Metric]:
        family = GaugeMetricFamily(self._name, self._help)
        try:
            samples = list(self._source())
        except Exception:  # a broken gauge must not take /metrics down
            log.debug("gauge %s failed at scrape", self._name, exc_info=True)
            samples = []
        for labels, value in samples:
            family.add_sample(self._name, dict(labels), float(value))
        return [family]


class _WithoutCreated(Collector):
    """The registry minus `_created` samples; per app, unlike the process-wide switch."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry

    def collect(self) -> Iterator[Metric]:
        for family in self._registry.collect():
            family.samples = [s for s in family.samples if not s.name.endswith("_created")]
            yield family


class Metrics:
    """Counters, histograms and scrape-time gauges; `render()` gives the exposition bytes."""

    def __init__(self, prefix: str = "gptoss") -> None:
        self.prefix = prefix
        self.registry = CollectorRegistry()
        self._exposed = _WithoutCreated(self.registry)

        def counter(name: str, help_: str, labels: tuple[str, ...] = ()) -> Counter:
            return Counter(f"{prefix}_{name}", help_, labels, registry=self.registry)

        def histogram(name: str, help_: str, buckets: tuple[float, ...]) -> Histogram:
            return Histogram(
                f"{prefix}_{name}", help_, ("endpoint",), registry=self.registry, buckets=buckets
            )

        self._counters = {
            "requests_total": counter(
                "requests_total",
                "HTTP requests by endpoint and status code.",
                ("endpoint", "status"),
            ),
            "prompt_tokens_total": counter("prompt_tokens_total", "Prompt tokens processed."),
            "completion_tokens_total": counter(
                "completion_tokens_total", "Completion tokens generated."
            ),
            "reasoning_tokens_total": counter(
                "reasoning_tokens_total", "Completion tokens of analysis."
            ),
            "virtual_expert_hits_total": counter(
                "virtual_expert_hits_total", "Requests a virtual expert served.", ("tool", "mode")
            ),
        }
        self._histograms = {
            "request_latency_seconds": histogram(
                "request_latency_seconds", "Request latency, end to end.", LATENCY_BUCKETS
            ),
            "time_to_first_token_seconds": histogram(
                "time_to_first_token_seconds", "Time to first generated token.", TTFT_BUCKETS
            ),
        }

    def inc(self, name: str, value: float = 1.0, **labels: str) -> None:
        c = self._counters[name]
        (c.labels(**labels) if labels else c).inc(value)

    def observe(self, name: str, value: float, **labels: str) -> None:
        self._histograms[name].labels(**labels).observe(value)

    def add_gauge(self, name: str, help_: str, source: GaugeSource) -> None:
        """Register a gauge whose samples are read from `source()` at every scrape."""
        self.registry.register(_ScrapeGauge(f"{self.prefix}_{name}", help_, source))

    def render(self) -> bytes:
        """The text exposition format; serve it with `CONTENT_TYPE`."""
        return generate_latest(self._exposed)
