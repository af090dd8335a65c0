"""Start-up, limits and failure paths: the CLI (demo model, bad flags), /health while loading
or after a failed load, the bounded queue (429), and internal errors that must reach the client
as a clean 500 (or an in-band SSE error) while the server keeps serving.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from server.local import LocalBackend
from server.settings import Settings
from tests.support.server import ServerThread, endless_checkpoint, free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
HI = [{"role": "user", "content": "hi"}]


def run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    "args,needle",
    [
        (["--virtual-experts", "sometimes"], "invalid choice"),
        (["--date", "yesterday"], "YYYY-MM-DD"),
        (["--max-queue", "0"], "max_queue"),
        (["--upstream", "gpu-box:8000"], "http://"),
        (["--model", "/no/such/folder"], "not a folder"),
        (["--embeddings", "disk"], "invalid choice"),
        (["--kernels", "fast"], "invalid choice"),
        (["--cpu-threads", "0"], "cpu_threads"),
        (["--experts", "disk"], "--experts"),
        (["--max-batch", "0"], "max_batch"),
        (["--prefill-batch", "0"], "prefill_batch"),
    ],
)
def test_cli_rejects_bad_flags_with_one_line(args, needle):
    r = run_cli(*args)
    assert r.returncode == 2
    assert needle in r.stderr and "Traceback" not in r.stderr


def test_cli_defaults_are_the_settings_defaults():
    from server.__main__ import settings_from_args

    assert settings_from_args([]) == Settings()
    parsed = settings_from_args(["--max-batch", "3", "--experts", "mapped"])
    assert (parsed.max_batch, parsed.prefill_batch, parsed.experts) == (3, None, "mapped")


def test_server_choices_are_the_loaders():
    # server.settings keeps its own copies so parsing flags does not import MLX.
    from loader.cpu import KERNELS
    from loader.host_embedding import PLACEMENTS
    from loader.loading import EXPERT_PLACEMENTS
    from server.settings import CHOICES

    assert CHOICES["kernels"] == KERNELS and CHOICES["embeddings"] == PLACEMENTS
    assert CHOICES["experts"] == EXPERT_PLACEMENTS


def test_engine_options_follow_the_settings():
    from engine import EngineOptions

    assert EngineOptions().prefill == EngineOptions().max_batch == Settings().max_batch
    assert EngineOptions(max_batch=3).prefill == 3 and EngineOptions(prefill_batch=2).prefill == 2
    with pytest.raises(ValueError, match="prefill_step=0"):
        EngineOptions(prefill_step=0)


def serve_demo(tmp_path: Path, *args: str, env: dict | None = None) -> str:
    """`python -m server` on the demo model: one chat request must succeed; returns its log."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port), "--date", "2025-01-02", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path), **(env or {})},
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/health", timeout=90)
        r = httpx.post(
            f"http://127.0.0.1:{port}/v1/chat/completions",
            timeout=60,
            json={"model": "gpt-oss-demo", "messages": HI, "max_tokens": 3},
        )
        assert r.status_code == 200, r.text
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    return out


def test_cli_serves_the_demo_model_and_says_so(tmp_path):
    out = serve_demo(tmp_path, "--cpu-threads", "1", "--experts", "mapped")
    assert "the tiny demo model trained in this repository" in out
    assert str(ROOT / "demo" / "checkpoint") in out  # the committed checkpoint, nothing generated
    assert "--model" in out  # tells how to serve real weights
    assert not (tmp_path / "gptoss-mlx").exists()
    assert "computed by our CPU kernels (" in out and ", 1 threads)" in out
    assert "experts mapped from the checkpoint files" in out


def test_cli_without_the_cpu_kernels_says_why_in_one_line_and_serves(tmp_path):
    # A sitecustomize that makes the compiled extension unimportable, as on a machine where
    # it failed to build.
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'loader.cpu._ext':\n"
        "            raise ImportError('blocked by the test')\n"
        "sys.meta_path.insert(0, Block())\n"
    )
    out = serve_demo(tmp_path, env={"PYTHONPATH": str(site)})
    warnings = [line for line in out.splitlines() if "CPU kernels are unavailable (" in line]
    assert len(warnings) == 1 and "running on MLX's kernels" in warnings[0]
    assert "blocked by the test" in warnings[0]
    assert "computed by MLX's kernels" in out


@pytest.mark.parametrize("placement", ["device", "host"])
def test_embeddings_flag_reaches_the_loader(tiny_ckpt, placement):
    s = ServerThread(Settings(model=tiny_ckpt, embeddings=placement)).start()
    try:
        assert s.state.backend.info.embeddings == placement
        r = httpx.post(
            s.url + "/v1/chat/completions",
            timeout=60,
            json={"model": "tiny", "messages": HI, "max_tokens": 2},
        )
        assert r.status_code == 200, r.text
    finally:
        s.stop()


def test_failed_load_keeps_health_503_with_the_reason(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text(json.dumps({"model_type": "gpt_oss"}))
    s = ServerThread(Settings(model=broken)).start(wait_ready=False)
    try:
        end = time.monotonic() + 30
        while not s.state.load_failed:
            assert time.monotonic() < end
            time.sleep(0.05)
        h = httpx.get(s.url + "/health")
        assert h.status_code == 503
        assert h.json()["status"] == "error" and "loading failed" in h.json()["detail"]
        r = httpx.post(s.url + "/v1/chat/completions", json={"model": "broken", "messages": HI})
        assert r.status_code == 503 and r.json()["error"]["type"] == "server_error"
    finally:
        s.stop()


@pytest.fixture(scope="module")
def small_queue(tiny_ckpt, tmp_path_factory):
    ckpt = endless_checkpoint(tiny_ckpt, tmp_path_factory.mktemp("endless") / "ckpt")
    s = ServerThread(Settings(model=ckpt, model_id="tiny", max_queue=1, max_batch=1)).start()
    yield s
    s.stop()


def test_full_queue_is_429_and_recovers(small_queue):
    url = small_queue.url
    body = {
        "model": "tiny",
        "prompt": "story:",
        "max_tokens": 5000,
        "temperature": 0,
        "stream": True,
    }
    engine = small_queue.state.backend.engine

    def wait_in_queue() -> None:
        # Headers come with the first token, so this blocks while the request is queued.
        with httpx.stream("POST", url + "/v1/completions", json=body, timeout=60) as r:
            next(r.iter_lines())  # (dropping the iterator closes the connection: fine here)

    with httpx.stream("POST", url + "/v1/completions", json=body, timeout=60) as running:
        lines = running.iter_lines()  # keep a reference: a dropped iterator hangs up
        next(lines)  # decoding now: holds the only batch slot
        waiter = threading.Thread(target=wait_in_queue, daemon=True)
        waiter.start()
        end = time.monotonic() + 20
        while engine.stats.queue_depth < 1:
            assert time.monotonic() < end, "second request never queued"
            time.sleep(0.02)
        r = httpx.post(url + "/v1/completions", json=body, timeout=30)
        assert r.status_code == 429, r.text
        assert r.json()["error"]["code"] == "queue_full"
        assert r.json()["error"]["type"] == "rate_limit_error"
    waiter.join(timeout=30)  # the slot freed up: the queued request got its first token
    assert not waiter.is_alive()
    end = time.monotonic() + 20
    while engine.stats.active or engine.stats.queue_depth:
        assert time.monotonic() < end, "cancelled requests still occupy the engine"
        time.sleep(0.05)
    r = httpx.post(
        url + "/v1/chat/completions",
        timeout=60,
        json={"model": "tiny", "messages": HI, "max_tokens": 2},
    )
    assert r.status_code == 200


class ExplodingBackend(LocalBackend):
    """The real local backend with one fault injected: chat fails (before or mid-stream)."""

    SECRET = "secret-internal-detail-42"

    def chat(self, req, messages):
        if req.max_tokens == 1:
            raise RuntimeError(self.SECRET)
        inner = super().chat(req, messages)

        async def broken():
            async for d in inner:
                yield d
                raise RuntimeError(self.SECRET)

        return broken()


def test_internal_errors_are_clean_500s(tiny_ckpt):
    settings = Settings(model=tiny_ckpt, model_id="tiny", virtual_experts="off")
    s = ServerThread(settings, backend=ExplodingBackend(settings)).start()
    try:
        r = httpx.post(
            s.url + "/v1/chat/completions",
            timeout=60,
            json={"model": "tiny", "messages": HI, "max_tokens": 1},
        )
        assert r.status_code == 500
        err = r.json()["error"]
        assert err["type"] == "server_error"
        assert ExplodingBackend.SECRET not in r.text and "Traceback" not in r.text
        body = {"model": "tiny", "messages": HI, "max_tokens": 50, "temperature": 0, "stream": True}
        with httpx.stream("POST", s.url + "/v1/chat/completions", json=body, timeout=60) as r:
            lines = [ln for ln in r.iter_lines() if ln]
        assert lines[-1] == "data: [DONE]"
        last = json.loads(lines[-2][6:])
        assert last["error"]["type"] == "server_error"
        assert ExplodingBackend.SECRET not in "".join(lines)
        assert httpx.get(s.url + "/health").status_code == 200
        m = httpx.get(s.url + "/metrics").text
        assert 'gptoss_requests_total{endpoint="/v1/chat/completions",status="500"} 1' in m
    finally:
        s.stop()


def test_a_500_leaves_the_keep_alive_connection_usable(tiny_ckpt):
    """One HTTP/1.1 connection: a request that fails with a 500, then another on the same
    socket. The server must answer both (or say `Connection: close`), as a pooled client
    reuses the connection."""
    settings = Settings(model=tiny_ckpt, model_id="tiny", virtual_experts="off")
    s = ServerThread(settings, backend=ExplodingBackend(settings)).start()
    try:
        host, port = s.url.removeprefix("http://").split(":")
        fail = json.dumps({"model": "tiny", "messages": HI, "max_tokens": 1}).encode()
        with socket.create_connection((host, int(port)), timeout=30) as sock:
            stream = sock.makefile("rb")
            status, headers = _request(sock, stream, "POST", "/v1/chat/completions", fail)
            assert status == 500
            assert headers.get("connection") != "close"
            status, _ = _request(sock, stream, "GET", "/health", b"")
            assert status == 200
    finally:
        s.stop()


def _request(sock, stream, method: str, path: str, body: bytes) -> tuple[int, dict[str, str]]:
    head = f"{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n"
    sock.sendall((head + "Content-Type: application/json\r\n\r\n").encode() + body)
    status = int(stream.readline().split()[1])
    headers = {}
    while (line := stream.readline().decode().strip()) != "":
        name, _, value = line.partition(":")
        headers[name.lower()] = value.strip().lower()
    stream.read(int(headers.get("content-length", 0)))
    return status, headers


def test_expert_telemetry_on_a_lite_model(tiny_lite_ckpt, tmp_path):
    out = tmp_path / "usage.json"
    s = ServerThread(
        Settings(
            model=tiny_lite_ckpt,
            model_id="lite",
            telemetry=True,
            telemetry_out=out,
            virtual_experts="off",
        )
    ).start()
    try:
        r = httpx.post(
            s.url + "/v1/completions",
            timeout=60,
            json={"model": "lite", "prompt": "count experts", "max_tokens": 6},
        )
        assert r.status_code == 200
        export = httpx.get(s.url + "/v1/telemetry/experts").json()
        metrics = httpx.get(s.url + "/metrics").text
    finally:
        s.stop()
    cfg = json.loads((tiny_lite_ckpt / "config.json").read_text())
    assert export["format"] == "gptoss-expert-telemetry/1"
    assert len(export["layers"]) == cfg["num_hidden_layers"]
    totals = set()
    for layer, counts in enumerate(export["layers"]):
        assert {int(k) for k in counts} <= set(cfg["expert_map"][layer])  # ORIGINAL ids
        totals.add(sum(counts.values()))
    assert len(totals) == 1 and totals.pop() > 0  # every layer routed the same tokens
    assert 'gptoss_expert_activations{expert="' in metrics and 'layer="3"' in metrics
    assert json.loads(out.read_text())["layers"] == export["layers"]  # written at shutdown


def test_telemetry_off_is_a_clear_400(small_queue):
    r = httpx.get(small_queue.url + "/v1/telemetry/experts")
    assert r.status_code == 400 and r.json()["error"]["code"] == "telemetry_off"
    assert "--telemetry" in r.json()["error"]["message"]


def test_queued_request_that_hangs_up_leaves_the_queue(small_queue):
    url = small_queue.url
    engine = small_queue.state.backend.engine
    body = {
        "model": "tiny",
        "prompt": "story:",
        "max_tokens": 5000,
        "temperature": 0,
        "stream": True,
    }
    with httpx.stream("POST", url + "/v1/completions", json=body, timeout=60) as running:
        lines = running.iter_lines()
        next(lines)  # holds the only slot
        before = engine.stats.cancelled_total
        with pytest.raises(httpx.ReadTimeout):  # gives up while queued, before any token
            httpx.post(url + "/v1/completions", json=body, timeout=1.0)
        end = time.monotonic() + 20
        while engine.stats.queue_depth or engine.stats.cancelled_total == before:
            assert time.monotonic() < end, "the abandoned request stayed queued"
            time.sleep(0.02)
        assert engine.stats.active == 1  # the running stream was not disturbed
        assert any(next(lines).startswith("data: ") for _ in range(2))  # still streaming


def test_oversized_body_is_413_before_it_is_read(small_queue):
    import socket

    port = int(small_queue.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: "
            b"application/json\r\nContent-Length: " + str(65 * 2**20).encode() + b"\r\n\r\n{"
        )
        reply = b""
        while b"body_too_large" not in reply:
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
        reply = reply.decode()
    assert reply.startswith("HTTP/1.1 413")
    assert json.loads(reply.split("\r\n\r\n", 1)[1])["error"]["code"] == "body_too_large"
