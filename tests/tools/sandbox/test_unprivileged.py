"""The sandbox when the server is not root: an unprivileged user namespace carries the isolation.

The jail is started as `nobody` with a system interpreter (the project's may sit in a private
home), exactly as a non-root server would start it; the same containment must hold.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.support.sandbox import FAST, REPO, processes_of
from tools.sandbox.runner import _run

NOBODY = (65534, 65534)
SYSTEM_PYTHON = next(
    (
        p
        for p in ("/usr/bin/python3", "/usr/local/bin/python3")
        if shutil.which(p) and not os.path.realpath(p).startswith("/root")
    ),
    None,
)


def run_unprivileged(code: str):
    return _run(code, FAST, interpreter=(SYSTEM_PYTHON, []), run_as=NOBODY)


def _why_skip() -> str | None:
    if os.geteuid() != 0 or SYSTEM_PYTHON is None:
        return "needs root to start the jail as nobody, and a system python3 nobody can run"
    refused = [w for w in run_unprivileged("pass").warnings if "user namespace" in w]
    return "; ".join(refused) or None  # the kernel (or a container) refuses them: not our bug


SKIP = _why_skip()
pytestmark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")


def test_unprivileged_run_gets_every_namespace():
    result = run_unprivileged("import os\nprint(os.getuid(), sorted(os.listdir('/')))")
    assert result.ok, result
    for part in (
        "unprivileged_userns",
        "mount",
        "pid",
        "network",
        "ipc",
        "ipc_limits",
        "uts",
        "cgroup",
        "private_root",
        "user",
        "no_nested_namespaces",
        "rlimits",
    ):
        assert part in result.isolation, (part, result.isolation)
    assert result.stdout.startswith("65534 ['bin', 'dev', 'etc', 'lib'")


def test_unprivileged_run_cannot_see_the_project():
    result = run_unprivileged(f"print(open({str(REPO / 'pyproject.toml')!r}).read())")
    assert not result.ok and "No such file" in result.error


def test_unprivileged_run_has_no_network():
    result = run_unprivileged("import socket\nsocket.create_connection(('127.0.0.1', 22), 1)")
    assert not result.ok and "Network is unreachable" in result.error


def test_unprivileged_fork_bomb_is_capped_and_leaves_nothing():
    result = run_unprivileged(
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"
    )
    assert not result.ok and result.killed in ("timeout", "cpu")
    assert processes_of(NOBODY[0]) == []


def test_unprivileged_memory_bomb_is_refused():
    result = run_unprivileged("x = bytearray(2 * 1024 ** 3)")
    assert result.killed == "memory" and "memory limit exceeded" in result.error
