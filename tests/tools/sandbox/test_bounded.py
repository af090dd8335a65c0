"""run_bounded: allow-list, overruns in time/memory/recursion, worker replacement, thread safety.

Targets are the real probe functions in tools/sandbox/probes.py (and sympy through one of them),
so these tests exercise the same worker the calculator, symbolic and units tools use.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tools.sandbox import BoundedResult, run_bounded, shutdown
from tools.sandbox.bounded import WorkerPool, default_pool

P = "tools.sandbox.probes:"
REPO = Path(__file__).resolve().parents[3]


def serving() -> None:
    """The pool still answers normally after whatever the test did."""
    again = run_bounded(P + "echo", {"n": 42}, timeout_s=30)
    assert again.ok and again.value == {"n": 42}, again


def test_round_trip_returns_the_value():
    result = run_bounded(P + "echo", [1, "two", 3.0, None], timeout_s=30)
    assert isinstance(result, BoundedResult)
    assert result.ok and result.value == [1, "two", 3.0, None] and result.error is None


def test_worker_is_reused_between_calls():
    first = run_bounded(P + "echo", 1, timeout_s=30)
    second = run_bounded(P + "echo", 2, timeout_s=30)
    assert first.ok and second.ok
    assert first.details["worker_pid"] == second.details["worker_pid"]
    assert second.elapsed_ms < 1000  # warm: no interpreter start, no sympy import


def test_worker_has_no_network():
    result = run_bounded(P + "echo", 0, timeout_s=30)
    assert "network" in result.details["isolation"]


@pytest.mark.parametrize(
    "target, why",
    [
        ("os:system", "bad target"),
        ("builtins:eval", "bad target"),
        ("subprocess:run", "bad target"),
        ("os.path:join", "not allowed"),
        ("tools.sandbox.runner:run_python", "not allowed"),
        ("tools.sandbox.bounded:run_bounded", "not allowed"),
        ("tools.sandbox.probes:_private", "bad target"),
        ("tools.base:__class__", "bad target"),
        ("tools..base:x", "bad target"),
        ("tools.base:x; import os", "bad target"),
        ("toolsevil.mod:f", "not allowed"),
    ],
)
def test_targets_outside_the_allow_list_are_refused(target, why):
    result = run_bounded(target, "id")
    assert not result.ok and result.value is None
    assert why in result.error and repr(target) in result.error


def test_missing_target_function_is_an_error_not_a_crash():
    result = run_bounded(P + "no_such_function", 1, timeout_s=30)
    assert not result.ok and "cannot load" in result.error
    serving()


def test_huge_power_times_out_and_the_worker_is_replaced():
    pool = default_pool()
    run_bounded(P + "echo", 0, timeout_s=30)
    before = pool.replaced
    start = time.monotonic()
    result = run_bounded(P + "power", (9, 9**9), timeout_s=0.5)  # 9**9**9
    assert not result.ok and result.error == "timed out after 0.5 s"
    assert time.monotonic() - start < 3
    assert pool.replaced == before + 1
    after = run_bounded(P + "echo", "x", timeout_s=30)
    assert after.ok and after.details["worker_pid"] != result.details["worker_pid"]


def test_a_cancelled_call_gives_up_its_worker_at_once():
    pool = default_pool()
    run_bounded(P + "echo", 0, timeout_s=30)
    before = pool.replaced
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    start = time.monotonic()
    result = run_bounded(P + "power", (9, 9**9), timeout_s=20, cancel=cancel)
    assert not result.ok and "cancelled" in result.error
    assert time.monotonic() - start < 10  # far below the 20 s time limit
    assert pool.replaced == before + 1  # the busy worker was killed and replaced
    assert run_bounded(P + "echo", "x", timeout_s=30).ok


def test_lanes_have_workers_of_their_own():
    """Symbolic work that runs into its time limit holds only its own lane's workers."""
    slow = [
        threading.Thread(
            target=run_bounded, args=(P + "power", (9, 9**9)), kwargs={"timeout_s": 3, "lane": "t"}
        )
        for _ in range(2)
    ]
    for t in slow:
        t.start()
    time.sleep(0.3)
    quick = run_bounded(P + "echo", "x", timeout_s=30)  # the default lane is free
    for t in slow:
        t.join()
    assert quick.ok and quick.elapsed_ms < 2500  # did not wait out the 3 s calls
    assert default_pool("t") is not default_pool()


def test_sympy_factorial_of_ten_billion_is_stopped():
    result = run_bounded(P + "sympy_factorial", 10**10, timeout_s=0.8)
    assert not result.ok and result.error == "timed out after 0.8 s"
    small = run_bounded(P + "sympy_factorial", 20, timeout_s=30)
    assert small.ok and small.value == "2432902008176640000"


def test_memory_bomb_is_refused_and_the_worker_recycled():
    result = run_bounded(P + "allocate", 4096, memory_mb=200, timeout_s=30)
    assert not result.ok and result.error == "memory limit exceeded (200 MB)"
    fine = run_bounded(P + "allocate", 50, memory_mb=200, timeout_s=30)
    assert fine.ok and fine.value == 50 * 1024 * 1024


def test_memory_budget_is_per_call_not_cumulative():
    for _ in range(3):
        result = run_bounded(P + "allocate", 120, memory_mb=200, timeout_s=30)
        assert result.ok, result


def test_runaway_recursion_is_an_error_and_serving_continues():
    result = run_bounded(P + "recurse", 10**6, timeout_s=30)
    assert not result.ok and "recursion" in result.error
    serving()


def test_exception_in_the_target_keeps_the_worker():
    result = run_bounded(P + "fail", "bad input 7", timeout_s=30)
    assert not result.ok and result.error == "ValueError: bad input 7"
    after = run_bounded(P + "echo", 1, timeout_s=30)
    assert after.details["worker_pid"] == result.details["worker_pid"]


def test_unpicklable_payload_and_result_are_errors():
    sent = run_bounded(P + "echo", lambda: 1, timeout_s=30)
    assert not sent.ok and "cannot be pickled" in sent.error
    back = run_bounded(P + "unpicklable", 1, timeout_s=30)
    assert not back.ok and "cannot be returned" in back.error
    serving()


@pytest.mark.parametrize("timeout", [0, -1, None])
def test_nonsense_timeouts_are_errors_not_exceptions(timeout):
    result = run_bounded(P + "echo", 1, timeout_s=timeout)
    assert not result.ok and "timeout_s must be positive" in result.error


def test_concurrent_callers_each_get_their_own_answer():
    results: dict[int, BoundedResult] = {}

    def call(i: int) -> None:
        results[i] = run_bounded(P + "echo", i, timeout_s=30)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {i: r.value for i, r in results.items()} == {i: i for i in range(8)}
    assert all(r.ok for r in results.values())


def test_an_overrun_does_not_disturb_a_concurrent_caller():
    slow: list[BoundedResult] = []
    t = threading.Thread(target=lambda: slow.append(run_bounded(P + "sleep", 5, timeout_s=0.5)))
    t.start()
    quick = run_bounded(P + "sleep", 0.05, timeout_s=30)
    t.join()
    assert quick.ok and quick.value == 0.05
    assert not slow[0].ok and "timed out" in slow[0].error


def test_a_private_pool_closes_its_workers():
    pool = WorkerPool(size=1, preload=())
    try:
        result = pool.call(P + "echo", 5, timeout_s=30, memory_mb=64)
        assert result.ok and result.value == 5
        proc = next(iter(pool._all)).proc
    finally:
        pool.close()
    assert proc.wait(timeout=5) is not None  # killed, not leaked


def _why_no_worker_confinement() -> str | None:
    """Skip only when the kernel refuses the worker's namespaces (e.g. default Docker)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return "worker confinement is checked where namespaces apply (Linux, root)"
    probe = run_bounded(P + "echo", 0, timeout_s=60)
    refused = [w for w in probe.details.get("warnings", ()) if "namespace" in w or "unshare" in w]
    if refused and "mount" not in probe.details.get("isolation", ()):
        return "the kernel refuses namespaces here: " + "; ".join(refused)
    return None


NO_CONFINEMENT = _why_no_worker_confinement()
needs_linux_root = pytest.mark.skipif(NO_CONFINEMENT is not None, reason=NO_CONFINEMENT or "")


@needs_linux_root
def test_worker_reports_its_confinement():
    result = run_bounded(P + "echo", 0, timeout_s=30)
    for part in (
        "mount",
        "network",
        "private_root",
        "user",
        "no_nested_namespaces",
        "no_new_privs",
    ):
        assert part in result.details["isolation"], result.details


@needs_linux_root
@pytest.mark.parametrize(
    "attempt, error",
    [
        (("read_shadow",), "No such file"),
        (("write_project",), "Read-only file system"),
    ],
)
def test_a_compromised_tool_function_cannot_reach_the_host(attempt, error):
    result = run_bounded(P + "escape", attempt, timeout_s=30)
    assert not result.ok and error in result.error, result
    assert not (REPO / "sandbox-escape.txt").exists()
    serving()


@needs_linux_root
def test_a_compromised_tool_function_sees_no_home_files():
    home = Path(os.path.expanduser("~root"))
    host = set(os.listdir(home))
    result = run_bounded(P + "escape", ("list_home",), timeout_s=30)
    seen = set(result.value.split(",")) if result.ok and result.value else set()
    # At most the directory holding the interpreter shows through (read-only), nothing else.
    prefix = Path(os.path.realpath(sys.base_prefix))
    allowed = {prefix.relative_to(home).parts[0]} if prefix.is_relative_to(home) else set()
    if not host - allowed:
        pytest.skip("home holds nothing but the interpreter here")
    assert not (seen & host) - allowed, seen


@needs_linux_root
def test_a_compromised_tool_function_cannot_reach_the_servers_port():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        result = run_bounded(P + "escape", ("connect", server.getsockname()[1]), timeout_s=30)
    finally:
        server.close()
    assert not result.ok and "Network is unreachable" in result.error


@needs_linux_root
def test_worker_runs_as_nobody_and_sees_no_other_process():
    who = run_bounded(P + "escape", ("whoami",), timeout_s=30)
    assert who.ok and who.value == "65534 65534"
    procs = run_bounded(P + "escape", ("processes",), timeout_s=30)
    assert procs.ok and procs.value == str(procs.details["worker_pid"])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_server_process_gets_its_own_pool():
    parent_pool = default_pool()
    run_bounded(P + "echo", 0, timeout_s=30)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child must not talk to the parent's workers
        try:
            ok = run_bounded(P + "echo", 7, timeout_s=30).value == 7
            os.write(write, b"1" if ok and default_pool() is not parent_pool else b"0")
            shutdown()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    os.close(read)
    os.close(write)
    serving()  # the parent's pool still works after the child's exit


@pytest.mark.parametrize(
    "exponent, timeout, outcome",
    [
        (800_000, 10, "answered"),  # 6^800000 m: pint computes it; formatting refuses 600k digits
        (10**9, 1, "timed out after 1 s"),  # a magnitude that would take minutes is cut off
    ],
)
def test_pint_huge_powers_are_bounded(exponent, timeout, outcome):
    start = time.monotonic()
    result = run_bounded(P + "pint_power", exponent, timeout_s=timeout)
    assert time.monotonic() - start < timeout + 4
    if outcome == "answered":
        assert result.error is None or "timed out" not in result.error, result
    else:
        assert not result.ok and result.error == outcome
    serving()


@pytest.mark.parametrize(
    "preload, expected",
    [
        (("tools.sandbox.probes:mark_warm",), True),
        (("tools.sandbox.probes",), False),
        (("tools.sandbox.probes:no_such_hook",), False),  # a broken hook is logged, not fatal
    ],
)
def test_preload_hooks_run_before_the_first_call(preload, expected):
    pool = WorkerPool(size=1, preload=preload)
    try:
        result = pool.call("tools.sandbox.probes:warmed", None, 30.0, 512)
        assert result.ok and result.value is expected, result
    finally:
        pool.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals a real process")
def test_a_server_killed_by_sigterm_leaves_no_worker_directories(tmp_path):
    # SIGTERM's default action skips atexit, so nothing in the dying process may be needed to
    # clean up: the directories the workers used as mount points must be gone already.
    script = (
        "import time\nfrom tools.sandbox.bounded import default_pool\n"
        "default_pool().warm()\nprint(len(default_pool()._all), flush=True)\ntime.sleep(60)"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline() == "2\n"  # both workers started and serve
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == -signal.SIGTERM
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert list(tmp_path.glob("sbxw-*")) == []
