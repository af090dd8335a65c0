"""Process settings for the OpenAI-compatible server: one typed, frozen object.

Built once in `server.__main__` from the command line (or directly by tests and benches) and
passed to `server.app.create_app`. Handlers never read the environment; they read this. The
command line takes its defaults and choices from here, so each is written once.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from harmony.system import REASONING_EFFORTS

VirtualExpertMode = Literal["direct", "assist", "off"]
VIRTUAL_EXPERT_MODES: tuple[str, ...] = ("direct", "assist", "off")

# The fields with a fixed set of values. The loader's own copies (loader.host_embedding,
# loader.cpu, loader.loading) are not imported: that would load MLX to parse the command line;
# tests/server/test_lifecycle.py holds the two equal.
CHOICES: dict[str, tuple[str, ...]] = {
    "virtual_experts": VIRTUAL_EXPERT_MODES,
    "reasoning_effort": REASONING_EFFORTS,
    "embeddings": ("auto", "device", "host"),
    "kernels": ("auto", "cpu", "mlx"),
    "experts": ("auto", "memory", "mapped"),
    "log_level": ("DEBUG", "INFO", "WARNING", "ERROR"),
}


@dataclass(frozen=True)
class Settings:
    """Everything the server process is configured with.

    `model` None means "serve the demo model trained in this repository" (local mode) unless `upstream`
    is set, in which case generation goes to that OpenAI-compatible server and no weights load.
    """

    model: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = None
    upstream: str | None = None
    upstream_api_key: str | None = None
    upstream_model: str | None = None  # name sent upstream for `model_id`; default: its first
    upstream_timeout_s: float = 600.0
    virtual_experts: VirtualExpertMode = "direct"
    max_queue: int = 64  # requests waiting for a batch slot (local) or in flight (upstream)
    max_batch: int = 8  # sequences the engine decodes together
    prefill_batch: int | None = None  # prompts prefilled together; None: max_batch
    context_length: int | None = None  # None: the checkpoint's max_position_embeddings
    date: _dt.date | None = None  # None: today's date (UTC) at render time
    model_id: str | None = None  # name shown in /v1/models; default: the checkpoint's folder name
    default_max_tokens: int | None = None  # when the request sets none: rest of the context
    reasoning_effort: Literal["low", "medium", "high"] = "medium"
    timezone: str = "UTC"  # for the dates virtual expert
    log_level: str = "INFO"
    telemetry: bool = False  # count routed tokens per expert (metrics + export for the builder)
    telemetry_out: Path | None = None  # write the telemetry export here at shutdown
    embeddings: str = "auto"  # embedding table placement for loader.load: auto|device|host
    kernels: str = "auto"  # loader.load: cpu (ours) | mlx | auto (ours when MLX runs on the CPU)
    cpu_threads: int | None = None  # threads of our CPU kernels; None: every CPU we may use
    experts: str = "memory"  # loader.load: memory | mapped (left in the files) | auto
    shutdown_timeout: float = 30.0  # on SIGTERM: seconds running requests may still take
    max_request_mb: float = 8.0  # request body limit (413 beyond): 16x a 131k-token context
    max_messages: int = 2048  # chat messages in one request (400 beyond)
    builtin_python: bool = False  # every chat request may call the python tool (sandboxed)
    python_rounds: int = 4  # python calls one response may make before it must answer
    responses_db: str | None = None  # stored responses: a SQLite file, ":memory:"; None: cache
    responses_max: int = 10_000  # stored responses kept (the oldest go first)
    responses_max_age_days: float = 30.0

    def __post_init__(self) -> None:
        for name, allowed in CHOICES.items():
            if getattr(self, name) not in allowed:
                raise ValueError(
                    f"{name}={getattr(self, name)!r} is not one of {', '.join(allowed)}"
                )
        if self.max_batch < 1:
            raise ValueError(f"max_batch={self.max_batch} must be at least 1")
        if self.prefill_batch is not None and self.prefill_batch < 1:
            raise ValueError(f"prefill_batch={self.prefill_batch} must be at least 1")
        if self.cpu_threads is not None and self.cpu_threads < 1:
            raise ValueError(f"cpu_threads={self.cpu_threads} must be at least 1")
        if self.max_request_mb <= 0 or self.max_messages < 1:
            raise ValueError(
                f"max_request_mb={self.max_request_mb} and max_messages={self.max_messages} "
                "must be positive"
            )
        if self.responses_max < 1 or self.responses_max_age_days <= 0:
            raise ValueError(
                f"responses_max={self.responses_max} and responses_max_age_days="
                f"{self.responses_max_age_days} must be positive"
            )
        if self.shutdown_timeout < 0:
            raise ValueError(f"shutdown_timeout={self.shutdown_timeout} must not be negative")
        if self.max_queue < 1:
            raise ValueError(f"max_queue={self.max_queue} must be at least 1")
        if self.context_length is not None and self.context_length < 16:
            raise ValueError(f"context_length={self.context_length} must be at least 16")
        if self.upstream is not None and not self.upstream.startswith(("http://", "https://")):
            raise ValueError(
                f"upstream={self.upstream!r} must be an http:// or https:// URL, "
                "e.g. http://gpu-box:8000/v1"
            )

    def responses_path(self) -> str:
        """Where stored responses live: --responses-db, else a file in the cache directory."""
        if self.responses_db:
            return self.responses_db
        cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return str(Path(cache) / "gptoss-mlx" / "responses.sqlite3")

    def today(self) -> _dt.date:
        """The date written into the harmony system message (pinned by --date)."""
        return self.date or _dt.datetime.now(_dt.UTC).date()
