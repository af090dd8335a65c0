"""Helpers for the server tests (no tests here): run a real uvicorn server on a free port in a
background thread, and start a real `mlx_lm.server` subprocess for upstream mode.

One server per test module keeps the suite fast; each helper stops what it started.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from server.app import create_app
from server.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60.0, ok=(200,)) -> httpx.Response:
    end = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < end:
        try:
            r = httpx.get(url, timeout=2.0)
            if r.status_code in ok:
                return r
            last = r.status_code
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.1)
    raise TimeoutError(f"{url} not ready after {timeout}s (last: {last})")


class ServerThread:
    """uvicorn serving `create_app(settings, **kw)` in a daemon thread."""

    def __init__(self, settings: Settings, **app_kwargs: Any) -> None:
        self.port = free_port()
        self.settings = settings
        self.app = create_app(settings, **app_kwargs)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=2,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def state(self) -> Any:
        return self.app.state.server

    def start(self, wait_ready: bool = True, timeout: float = 120.0) -> ServerThread:
        self.thread.start()
        end = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < end and self.thread.is_alive(), "uvicorn did not start"
            time.sleep(0.02)
        if wait_ready:
            wait_for(self.url + "/health", timeout)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


class MlxLmServer:
    """A real `mlx_lm server` subprocess on a checkpoint folder."""

    def __init__(self, model: Path, extra: list[str] | None = None) -> None:
        self.port = free_port()
        self.model = model
        cmd = [
            sys.executable,
            "-m",
            "mlx_lm",
            "server",
            "--model",
            str(model),
            "--port",
            str(self.port),
            "--log-level",
            "WARNING",
            *(extra or []),
        ]
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait(self, timeout: float = 90.0) -> MlxLmServer:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"mlx_lm server exited: {err[-2000:]}")
            try:
                httpx.get(self.url + "/v1/models", timeout=2.0)
                return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise TimeoutError("mlx_lm server did not come up")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def endless_checkpoint(src: Path, dst: Path) -> Path:
    """A copy of `src` whose greedy decoding never stops by itself (see bench.server)."""
    from bench.server import stop_free_copy

    return stop_free_copy(src, dst)
