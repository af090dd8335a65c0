"""Value types of the sandbox: the limits a run gets and the results it returns.

Plain frozen dataclasses with no behaviour beyond small derived properties, so every caller
(tools, router evaluation, server) can build and inspect them without importing the machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Limits:
    """Bounds for one `run_python` call. Defaults suit a short snippet answered inside a request."""

    timeout_s: float = 5.0  # wall clock; the whole process tree is killed after it
    cpu_s: int = 5  # RLIMIT_CPU per process
    memory_mb: int = 256  # RLIMIT_AS per process
    processes: int = 8  # RLIMIT_NPROC for the run's private uid (threads count too)
    open_files: int = 64  # RLIMIT_NOFILE
    file_size_mb: int = 8  # RLIMIT_FSIZE: largest single file the code may write
    tmp_mb: int = 16  # size of the private writable tmpfs (/tmp, the working directory)
    output_bytes: int = 64 * 1024  # cap on each of stdout and stderr; the run is stopped beyond it
    code_bytes: int = 256 * 1024  # largest source accepted


@dataclass(frozen=True)
class ExecResult:
    """Outcome of one `run_python` call. `error` is a one-line human reason when `ok` is false."""

    stdout: str
    stderr: str
    exit_code: int | None  # None when killed by a signal
    timed_out: bool = False
    killed: str | None = None  # timeout, cpu, memory, output, signal, input, busy, sandbox setup
    elapsed_s: float = 0.0
    error: str | None = None
    truncated: bool = False  # stdout or stderr hit the output cap
    isolation: tuple[str, ...] = ()  # the protections that were actually applied
    signal: int | None = None  # terminating signal number, if any
    warnings: tuple[str, ...] = ()  # protections that were wanted but could not be applied

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.timed_out and self.killed is None


@dataclass(frozen=True)
class BoundedResult:
    """Outcome of one `run_bounded` call: `value` when ok, else a one-line `error`."""

    ok: bool
    value: Any = None
    error: str | None = None
    elapsed_ms: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)
