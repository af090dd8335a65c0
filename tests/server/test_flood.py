"""No request can stall the others: while floods of slow virtual-expert work run (code that
sleeps, code requests whose clients hung up, symbolic factoring that times out, requests built to
be expensive to route), /health and a calculator question still answer at once.

This is a liveness check, not a benchmark. A stall here lasts as long as the slow work it waits
behind: the tools' 5 s time limit, or the 30 s sleeps. So the bound is 2 s, well under any stall
and far above scheduling noise on a loaded 2-core CI machine (a bound of 0.25 s once failed
there at 0.29 s with nothing stalled).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from router import route
from tests.support.server import free_port, wait_for
from tools.base import ToolContext
from tools.code import MAX_CODE_CHARS
from tools.code import parse as parse_code

ROOT = Path(__file__).resolve().parents[2]
STALL_S = 2.0  # under the tools' 5 s limit: waiting behind any slow request exceeds it
# p*q of two 61-digit primes: factoring it runs into the symbolic tool's time limit.
SEMIPRIME = (
    "30000000000000000000000000000000000000000000000000000000003320"
    "00000000000000000000000000000000000000000000000000000002177"
)


def long_history(pairs: int) -> list[dict]:
    msgs = []
    for i in range(pairs):
        msgs += [
            {"role": "user", "content": f"What is {i}+1?"},
            {"role": "assistant", "content": str(i + 1)},
        ]
    return [*msgs, {"role": "user", "content": "What is 17*23?"}]


@pytest.fixture(scope="module")
def srv(tiny_ckpt, tmp_path_factory):
    """A server process of its own: clients in this process must not share its GIL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--model", str(tiny_ckpt), "--model-id", "tiny",
         "--port", str(port), "--virtual-experts", "direct", "--log-level", "WARNING"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/health", timeout=90)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def ask(url: str, content: str | list[dict], timeout: float = 60) -> httpx.Response:
    messages = [{"role": "user", "content": content}] if isinstance(content, str) else content
    body = {"model": "tiny", "messages": messages, "max_tokens": 2}
    return httpx.post(url + "/v1/chat/completions", json=body, timeout=timeout)


def in_background(fn, *args) -> threading.Thread:
    def quiet() -> None:
        try:
            fn(*args)
        except httpx.HTTPError:
            pass  # the hung-up clients

    t = threading.Thread(target=quiet, daemon=True)
    t.start()
    return t


def test_slow_tools_and_expensive_requests_stall_nobody(srv):
    url = srv
    assert ask(url, "What is 17*23?").json()["choices"][0]["message"]["content"].endswith("391")
    flood = [in_background(ask, url, "Run this: import time; time.sleep(30)") for _ in range(6)]
    flood += [
        in_background(ask, url, "Run this: import time; time.sleep(30)", 0.3) for _ in range(18)
    ]
    flood += [in_background(ask, url, f"factor {SEMIPRIME}") for _ in range(2)]
    flood += [in_background(ask, url, "run" + " ." * 10_000 + " x: print(1)")]
    flood += [in_background(ask, url, long_history(300))]
    time.sleep(1.0)  # everything above is in flight now

    worst_health = worst_calc = 0.0
    body = {"model": "tiny", "messages": [{"role": "user", "content": "What is 127 times 89?"}]}
    with httpx.Client(base_url=url, timeout=30) as client:  # one connection: time the server
        for _ in range(5):
            t = time.monotonic()
            assert client.get("/health").status_code == 200
            worst_health = max(worst_health, time.monotonic() - t)
            t = time.monotonic()
            r = client.post("/v1/chat/completions", json=body)
            worst_calc = max(worst_calc, time.monotonic() - t)
            assert r.json()["virtual_expert"]["name"] == "calculator"
            time.sleep(0.3)
    assert worst_health < STALL_S, f"/health took {worst_health:.3f} s during the flood"
    assert worst_calc < STALL_S, f"a calculator question took {worst_calc:.3f} s during the flood"
    for t in flood:
        t.join(timeout=60)


def test_routing_work_is_linear_in_the_history(monkeypatch):
    """300 earlier question/answer pairs: every earlier turn is parsed a bounded number of times
    (the history check once ran once per earlier question: quadratic)."""
    import tools.calculator as calc

    calls = {"n": 0}
    real = calc.parse_request

    def counted(*args, **kwargs):
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(calc, "parse_request", counted)
    for pairs in (50, 300):
        calls["n"] = 0
        assert route(long_history(pairs), ToolContext()).tool == "calculator"
        assert calls["n"] <= 4 * pairs + 4, (pairs, calls["n"])


def test_trailing_punctuation_is_trimmed_in_linear_time():
    text = "run" + " ." * (MAX_CODE_CHARS // 2) + " x: print(1)"  # the longest the tool reads
    parse_code("run x: print(1)", ToolContext())  # imports done
    start = time.monotonic()
    parse_code(text, ToolContext())
    # ~10 ms now; the quadratic regex took ~1 s on this input (holding the GIL throughout)
    assert time.monotonic() - start < 0.3
