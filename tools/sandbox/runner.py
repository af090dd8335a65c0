"""`run_python`: run untrusted Python source in a fresh isolated child and collect its output.

Parent side only: spawns `jail.py` in a new session with an empty environment and a private
temporary directory, feeds the code on stdin, reads capped stdout/stderr, enforces the wall clock
(asking the jail to kill everything, then killing the process group), removes the directory, and
turns what happened into an `ExecResult` with a one-line error. Never raises into the caller.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tools.sandbox import kernel
from tools.sandbox.output import clean_output, last_error_line
from tools.sandbox.results import ExecResult, Limits

log = logging.getLogger(__name__)

_JAIL = str(Path(__file__).with_name("jail.py"))
NAMESPACES = ["mount", "pid", "network", "ipc", "uts", "cgroup", "user"]
UID_BASE = 1_500_000_000  # far above any real account; one uid per concurrent run
UID_SPAN = 4_194_304  # the kernel's largest pid_max
_KILL_GRACE_S = 1.0
_CANCEL_POLL_S = kernel.CANCEL_POLL_S
MAX_CONCURRENT_RUNS = max(4, 2 * (os.cpu_count() or 1))
_RUNS = threading.BoundedSemaphore(MAX_CONCURRENT_RUNS)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b")


def _interpreter() -> tuple[str, list[str]]:
    """The real interpreter (not the venv shim) and the prefixes it needs to start."""
    python = os.path.realpath(sys.executable)
    prefixes = sorted({os.path.realpath(sys.base_prefix), os.path.realpath(sys.base_exec_prefix)})
    return python, prefixes


def _config(
    tmp: str, limits: Limits, status_w: int, kill_r: int, python: str, prefixes: list[str]
) -> dict:
    return {
        "root": tmp,
        "python": python,
        "prefixes": prefixes,
        "namespaces": NAMESPACES,
        "uid_base": UID_BASE,
        "uid_span": UID_SPAN,
        "status_fd": status_w,
        "kill_fd": kill_r,
        "cpu_s": max(1, int(limits.cpu_s)),
        "memory_mb": limits.memory_mb,
        "processes": limits.processes,
        "open_files": limits.open_files,
        "file_size_mb": limits.file_size_mb,
        "tmp_mb": limits.tmp_mb,
    }


class _Collector:
    """Pumps code into stdin and capped output out of stdout/stderr/status until all close."""

    def __init__(self, proc: subprocess.Popen, status_r: int, code: bytes, cap: int) -> None:
        self.sel = selectors.DefaultSelector()
        self.cap = cap
        self.out = {"stdout": bytearray(), "stderr": bytearray(), "status": bytearray()}
        self.overflow = False
        self.pending = memoryview(code)
        for name, fd in (
            ("stdout", proc.stdout.fileno()),
            ("stderr", proc.stderr.fileno()),
            ("status", status_r),
        ):
            os.set_blocking(fd, False)
            self.sel.register(fd, selectors.EVENT_READ, name)
        self.stdin = proc.stdin
        os.set_blocking(self.stdin.fileno(), False)
        self.sel.register(self.stdin.fileno(), selectors.EVENT_WRITE, "stdin")

    def open_streams(self) -> int:
        return len(self.sel.get_map())

    def pump(self, timeout: float) -> None:
        for key, _ in self.sel.select(timeout):
            if key.data == "stdin":
                self._write(key.fd)
            else:
                self._read(key.fd, key.data)

    def _write(self, fd: int) -> None:
        try:
            sent = os.write(fd, self.pending[:65536])
            self.pending = self.pending[sent:]
        except (BrokenPipeError, BlockingIOError, OSError) as exc:
            if isinstance(exc, BlockingIOError):
                return
            self.pending = memoryview(b"")
        if not self.pending:
            self.sel.unregister(fd)
            self.stdin.close()

    def _read(self, fd: int, name: str) -> None:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return
        if not chunk:
            self.sel.unregister(fd)
            return
        buf = self.out[name]
        room = self.cap + 1 - len(buf)
        buf.extend(chunk[: max(0, room)])
        if name != "status" and len(buf) > self.cap:
            self.overflow = True

    def close(self) -> None:
        for key in list(self.sel.get_map().values()):
            self.sel.unregister(key.fd)
        self.sel.close()
        if not self.stdin.closed:
            try:
                self.stdin.close()
            except OSError:
                pass


def _status_messages(raw: bytes) -> dict:
    """Merge the jail's length-prefixed marshal frames (written by our own jail code)."""
    merged: dict = {}
    pos = 0
    while pos + 4 <= len(raw):
        size = int.from_bytes(raw[pos : pos + 4], "big")
        frame = raw[pos + 4 : pos + 4 + size]
        pos += 4 + size
        try:
            merged.update(marshal.loads(frame))
        except (ValueError, EOFError, TypeError):
            break
    return merged


def _drain(fd: int) -> bytes:
    """What is left in the status pipe once the jail has exited (its last report)."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            if not kernel.wait_readable(fd, 0.5):
                break
            continue
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _stop(proc: subprocess.Popen, kill_w: int) -> None:
    """Ask the jail to kill its tree (race-free, it owns the pid); then kill the group."""
    try:
        os.write(kill_w, b"k")
    except OSError:
        pass
    try:
        proc.wait(timeout=_KILL_GRACE_S)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        pass


def _explain(
    status: dict,
    exit_code: int | None,
    sig: int | None,
    stderr: str,
    limits: Limits,
    timed_out: bool,
    overflow: bool,
) -> tuple[str | None, str | None]:
    """(killed reason, one-line error) for the caller."""
    if "error" in status:
        return "sandbox setup", status["error"]
    if timed_out:
        return "timeout", f"timed out after {limits.timeout_s:g} s"
    if overflow:
        return "output", f"output limit exceeded ({limits.output_bytes} bytes); output truncated"
    cpu_used = float(status.get("cpu_s") or 0.0)
    if sig == signal.SIGXCPU or (
        sig == signal.SIGKILL and not status.get("killed") and cpu_used >= limits.cpu_s
    ):
        return "cpu", f"CPU time limit exceeded ({limits.cpu_s} s)"
    if last_error_line(stderr).startswith("MemoryError"):
        return "memory", f"memory limit exceeded ({limits.memory_mb} MB)"
    if sig is not None:
        return "signal", f"killed by signal {signal.Signals(sig).name}"
    if exit_code:
        last = last_error_line(stderr)
        if _EXCEPTION_LINE.match(last):
            return None, last
        return None, f"exited with status {exit_code}" + (f": {last}" if last else "")
    return None, None


def _run(
    code: str,
    limits: Limits,
    *,
    hash_seed: int | None = None,
    interpreter: tuple[str, list[str]] | None = None,
    run_as: tuple[int, int] | None = None,
    namespaces: list[str] | None = None,
    cancel: threading.Event | None = None,
) -> ExecResult:
    """`interpreter`, `run_as` and `namespaces` let tests exercise the non-root path and the
    portable (no-namespace, as on macOS) path on a Linux machine."""
    for name in (
        "timeout_s",
        "cpu_s",
        "memory_mb",
        "processes",
        "open_files",
        "file_size_mb",
        "tmp_mb",
        "output_bytes",
        "code_bytes",
    ):
        if not getattr(limits, name) > 0:
            return ExecResult(
                "",
                "",
                None,
                killed="input",
                error=f"limits.{name} must be positive, got {getattr(limits, name)!r}",
            )
    data = code.encode("utf-8", "surrogatepass")
    if len(data) > limits.code_bytes:
        return ExecResult(
            "",
            "",
            None,
            killed="input",
            error=f"code is {len(data)} bytes; the limit is {limits.code_bytes}",
        )
    tmp = tempfile.mkdtemp(prefix="sbx-")
    status_r, status_w = os.pipe()
    kill_r, kill_w = os.pipe()
    start = time.monotonic()
    proc = None
    try:
        python, prefixes = interpreter or _interpreter()
        cfg = _config(tmp, limits, status_w, kill_r, python, prefixes)
        cfg["hash_seed"] = hash_seed
        if namespaces is not None:
            cfg["namespaces"] = namespaces
        identity = {}
        if run_as is not None:
            os.chown(tmp, *run_as)
            identity = {"user": run_as[0], "group": run_as[1], "extra_groups": []}
        proc = subprocess.Popen(
            [python, "-I", "-S", "-B", _JAIL, marshal.dumps(cfg).hex()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={},
            cwd=tmp,
            start_new_session=True,
            close_fds=True,
            pass_fds=(status_w, kill_r),
            **identity,
        )
        os.close(status_w)
        os.close(kill_r)
        status_w = kill_r = -1
        collector = _Collector(proc, status_r, data, limits.output_bytes)
        deadline = start + limits.timeout_s
        timed_out = cancelled = False
        try:
            while collector.open_streams():
                left = deadline - time.monotonic()
                if left <= 0:
                    timed_out = True
                    break
                if cancel is not None and cancel.is_set():
                    cancelled = True
                    break
                collector.pump(min(left, 0.5 if cancel is None else _CANCEL_POLL_S))
                if collector.overflow:
                    break
        finally:
            if collector.open_streams():
                _stop(proc, kill_w)
            collector.close()
        try:
            proc.wait(timeout=_KILL_GRACE_S + 1)
        except subprocess.TimeoutExpired:  # a wedged jail must not hold the request thread
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        elapsed = time.monotonic() - start
        status = _status_messages(bytes(collector.out["status"]) + _drain(status_r))
        sig = status.get("signal")
        exit_code = status.get("exit")
        if exit_code is None and sig is None:
            # Killed before init could report (timeout, output cap): the tree died by SIGKILL.
            sig = status.get("init_signal", signal.SIGKILL)
        stdout = clean_output(bytes(collector.out["stdout"][: limits.output_bytes]))
        stderr = clean_output(bytes(collector.out["stderr"][: limits.output_bytes]))
        killed, error = _explain(
            status, exit_code, sig, stderr, limits, timed_out, collector.overflow
        )
        if cancelled:
            killed, error = "cancelled", "cancelled: the caller no longer wants the result"
        return ExecResult(
            stdout=stdout,
            stderr=stderr,
            exit_code=None if sig else exit_code,
            timed_out=timed_out,
            killed=killed,
            elapsed_s=elapsed,
            error=error,
            truncated=collector.overflow,
            isolation=tuple(status.get("isolation", ())) + tuple(status.get("user_isolation", ())),
            signal=sig,
            warnings=tuple(status.get("warnings", ())) + tuple(status.get("user_warnings", ())),
        )
    finally:
        for fd in (status_r, status_w, kill_r, kill_w):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        if proc is not None:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if stream is not None and not stream.closed:
                    stream.close()
        shutil.rmtree(tmp, ignore_errors=True)


def run_python(
    code: str,
    *,
    limits: Limits | None = None,
    hash_seed: int | None = None,
    cancel: threading.Event | None = None,
) -> ExecResult:
    """Run `code` as a Python program in a fresh sandboxed process; never raises.

    `hash_seed` pins str/bytes hash randomisation (set iteration order), so a caller can run
    the same code under two seeds to tell deterministic output from output that varies.
    `cancel`, once set, stops the run (its whole process tree is killed) or its wait for a turn.
    """
    limits = limits or Limits()
    # Each run may hold `processes x memory_mb`; a flood of requests must queue, not stack up.
    if not kernel.acquire(_RUNS, time.monotonic() + limits.timeout_s, cancel):
        gone = cancel is not None and cancel.is_set()
        return ExecResult(
            "",
            "",
            None,
            killed="cancelled" if gone else "busy",
            error="cancelled before it ran"
            if gone
            else f"sandbox busy: {MAX_CONCURRENT_RUNS} runs already in progress",
        )
    try:
        return _run(code, limits, hash_seed=hash_seed, cancel=cancel)
    except Exception as exc:  # the contract: never raise into the caller
        log.exception("run_python failed before the code could run")
        return ExecResult(
            "",
            "",
            None,
            killed="sandbox setup",
            error=f"sandbox failure: {type(exc).__name__}: {exc}",
        )
    finally:
        _RUNS.release()
