"""run_python's ordinary behaviour: output, exit status, error lines, hash seeds, the REPL wrapper."""

from __future__ import annotations

import os
import threading
import time

import pytest

from tests.support.sandbox import FAST, needs_linux_root
from tools.sandbox import Limits, run_python
from tools.sandbox.repl import repl_program

pytestmark = needs_linux_root


def test_hello_world_is_ok_with_full_isolation():
    result = run_python("print('hello')", limits=FAST)
    assert result.ok and result.stdout == "hello\n" and result.stderr == ""
    assert result.exit_code == 0 and result.error is None and result.signal is None
    assert {"mount", "pid", "network", "ipc", "uts", "user", "private_root"} <= set(
        result.isolation
    )


@pytest.mark.parametrize(
    "code, exit_code, error",
    [
        ("raise SystemExit(3)", 3, "exited with status 3"),
        (
            "import sys\nsys.stderr.write('bad thing\\n')\nsys.exit(2)",
            2,
            "exited with status 2: bad thing",
        ),
        ("1/0", 1, "ZeroDivisionError: division by zero"),
        ("def f(:\n  pass", 1, "SyntaxError: invalid syntax"),
    ],
)
def test_failures_carry_the_status_and_one_line(code, exit_code, error):
    result = run_python(code, limits=FAST)
    assert not result.ok and result.exit_code == exit_code and result.error == error


def test_unicode_round_trips():
    result = run_python("print('ünïcödé ✓ 漢字')", limits=FAST)
    assert result.stdout == "ünïcödé ✓ 漢字\n"


def test_hash_seed_pins_set_order_and_differs_between_seeds():
    code = "print({'apple', 'banana', 'cherry', 'date'})"
    one = [run_python(code, limits=FAST, hash_seed=1).stdout for _ in range(2)]
    two = run_python(code, limits=FAST, hash_seed=2).stdout
    assert one[0] == one[1] and one[0] != two


@pytest.mark.parametrize(
    "code, stdout",
    [
        ("sorted([3, 1, 2])", "[1, 2, 3]\n"),
        ("x = 2\nx ** 10", "1024\n"),
        ("print('shown')\n'silent'", "shown\n"),
        ("'text'", "'text'\n"),
        ("None", ""),
        ("import sys\nsys.stdout.buffer.write(b'raw\\n')\n'silent'", "raw\n"),
    ],
)
def test_repl_program_echoes_a_lone_trailing_value(code, stdout):
    result = run_python(repl_program(code), limits=FAST)
    assert result.ok and result.stdout == stdout, result


def test_repl_program_tracebacks_show_only_user_lines():
    result = run_python(repl_program("x = 1\ny = x / 0"), limits=FAST)
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "Traceback (most recent call last):",
        '  File "<code>", line 2, in <module>',
        "    y = x / 0",
    ]
    assert lines[-1] == "ZeroDivisionError: division by zero"
    assert "<stdin>" not in result.stderr and "_sandbox_main" not in result.stderr


def test_descriptors_above_1024_work_for_both_entry_points():
    import resource

    from tools.sandbox.bounded import WorkerPool

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 2048:
        pytest.skip("cannot raise the descriptor limit here")
    resource.setrlimit(resource.RLIMIT_NOFILE, (2048, hard))
    null = os.open(os.devnull, os.O_RDONLY)
    held = [os.dup(null) for _ in range(1100)]  # a busy server: new pipes land above 1024
    pool = WorkerPool(size=1, preload=())
    try:
        result = run_python("print('high')", limits=FAST)
        assert result.ok and result.stdout == "high\n", result
        bounded = pool.call("tools.sandbox.probes:echo", 3, timeout_s=30, memory_mb=64)
        assert bounded.ok and bounded.value == 3, bounded
    finally:
        pool.close()
        for fd in held + [null]:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.parametrize("field", ["timeout_s", "memory_mb", "processes", "output_bytes"])
def test_non_positive_limits_are_an_error_not_a_crash(field):
    from dataclasses import replace

    result = run_python("print(1)", limits=replace(FAST, **{field: 0}))
    assert not result.ok and result.error == f"limits.{field} must be positive, got 0"


def test_a_flood_of_runs_queues_and_overflow_is_refused(monkeypatch):
    from tools.sandbox import runner

    monkeypatch.setattr(runner, "_RUNS", threading.BoundedSemaphore(1))
    monkeypatch.setattr(runner, "MAX_CONCURRENT_RUNS", 1)
    results = {}
    slow = threading.Thread(
        target=lambda: results.update(
            slow=run_python("import time\ntime.sleep(1)\nprint('slow')", limits=FAST)
        )
    )
    slow.start()
    time.sleep(0.2)  # the slow run holds the only slot now
    results["refused"] = run_python("print('x')", limits=Limits(timeout_s=0.3))
    slow.join()
    results["after"] = run_python("print('after')", limits=FAST)
    assert results["slow"].stdout == "slow\n"
    assert results["refused"].killed == "busy"
    assert results["refused"].error == "sandbox busy: 1 runs already in progress"
    assert results["after"].ok and results["after"].stdout == "after\n"
