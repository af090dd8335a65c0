"""Shared checks for the sandbox attack tests (no tests here): limits, liveness, leftover processes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tools.sandbox import ExecResult, Limits, run_python

REPO = Path(__file__).resolve().parents[2]
FAST = Limits(
    timeout_s=1.5,
    cpu_s=1,
    memory_mb=256,
    processes=16,
    open_files=64,
    file_size_mb=4,
    tmp_mb=8,
    output_bytes=16 * 1024,
)

_NAMESPACED = {"mount", "pid", "network", "user", "private_root"}


def _why_no_isolation() -> str | None:
    """Skip reason when this machine cannot give namespaces (e.g. a default Docker container).

    Only a kernel refusal skips: a sandbox that fails for any other reason must fail the tests.
    """
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return "namespace isolation needs Linux and root (CI runs as root)"
    probe = run_python("pass", limits=Limits(timeout_s=30))
    refused = [w for w in probe.warnings if "namespace" in w or "unshare" in w]
    if refused and not _NAMESPACED <= set(probe.isolation):
        return "the kernel refuses namespaces here: " + "; ".join(refused)
    return None


NO_ISOLATION = _why_no_isolation()
needs_linux_root = pytest.mark.skipif(NO_ISOLATION is not None, reason=NO_ISOLATION or "")


def run(code: str, limits: Limits = FAST) -> ExecResult:
    return run_python(code, limits=limits)


def sandbox_uid(result: ExecResult) -> int | None:
    for item in result.isolation:
        if item.startswith("uid="):
            return int(item[4:])
    return None


def processes_of(uid: int) -> list[int]:
    """Host pids still running as `uid` (the sandbox's private uid must leave none behind)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            found.append(int(entry))
                        break
        except OSError:
            continue
    return found


def assert_contained(result: ExecResult, *error_parts: str) -> None:
    """The run failed with a clear one-line error naming the cause, and left nothing running."""
    assert not result.ok, result
    assert result.error, result
    assert "\n" not in result.error
    low = result.error.lower()
    assert any(p.lower() in low for p in error_parts), (result.error, error_parts)
    uid = sandbox_uid(result)
    if uid is not None:
        assert processes_of(uid) == []


def assert_still_serving() -> None:
    """The next run works normally: the attack damaged nothing the server depends on."""
    again = run("print(6 * 7)")
    assert again.ok, again
    assert again.stdout == "42\n"
