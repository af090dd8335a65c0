"""SIGTERM: the server stops accepting, answers queued requests 503 at once, lets running ones
go on for --shutdown-timeout, then ends them with an error (in-band for a stream, a 503 for a
non-streaming request) and exits 0. A real `python -m server` process, a real signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.support.server import endless_checkpoint, free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
LONG = {"model": "tiny", "prompt": "story:", "max_tokens": 5000, "temperature": 0}


def engine_load(url: str) -> dict[str, float]:
    out = {}
    for line in httpx.get(url + "/metrics", timeout=10).text.splitlines():
        if line.startswith("gptoss_engine_load{"):
            kind = line.split('"')[1]
            out[kind] = float(line.split()[-1])
    return out


def until(cond, what: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, what
        time.sleep(0.05)


@pytest.fixture
def server(tiny_ckpt, tmp_path):
    ckpt = endless_checkpoint(tiny_ckpt, tmp_path / "endless")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--model", str(ckpt), "--model-id", "tiny",
         "--port", str(port), "--max-batch", "2", "--max-queue", "4",
         "--shutdown-timeout", "3", "--virtual-experts", "off"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/health", timeout=90)
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def test_sigterm_drains_then_ends_running_requests_and_exits_0(server):
    proc, url = server
    events: list[tuple[str, object]] = []  # in arrival order, across threads
    lock = threading.Lock()

    def note(what: str, value: object = None) -> None:
        with lock:
            events.append((what, value))

    def streaming() -> None:
        with httpx.stream("POST", url + "/v1/completions", json={**LONG, "stream": True},
                          timeout=120) as r:  # fmt: skip
            for line in r.iter_lines():
                if line.startswith("data: {"):
                    obj = json.loads(line[6:])
                    note("stream-error" if "error" in obj else "stream-token", obj)
                elif line == "data: [DONE]":
                    note("stream-done")

    def plain(name: str) -> None:
        r = httpx.post(url + "/v1/completions", json=LONG, timeout=120)
        note(name, (r.status_code, r.json()))

    running = [threading.Thread(target=streaming), threading.Thread(target=plain, args=("b",))]
    for t in running:
        t.start()
    until(lambda: engine_load(url).get("active") == 2, "two requests never ran together")
    queued = threading.Thread(target=plain, args=("queued",))
    queued.start()
    until(lambda: engine_load(url).get("queue_depth") == 1, "the third request never queued")

    proc.send_signal(signal.SIGTERM)
    for t in [queued, *running]:
        t.join(timeout=90)
    assert proc.wait(timeout=60) == 0

    kinds = [k for k, _ in events]
    at = kinds.index("queued")
    status, body = events[at][1]
    assert status == 503 and body["error"]["code"] == "shutting_down"
    # the queued one was answered while the running stream still produced tokens
    assert "stream-token" in kinds[at + 1 :]
    stream = [k for k in kinds if k.startswith("stream")]
    assert stream[-2:] == ["stream-error", "stream-done"]  # then its error event and [DONE]
    err = next(v for k, v in events if k == "stream-error")["error"]
    assert err["code"] == "shutting_down" and "--shutdown-timeout" in err["message"]
    status, body = next(v for k, v in events if k == "b")
    assert status == 503 and body["error"]["code"] == "shutting_down"
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/health", timeout=5)
