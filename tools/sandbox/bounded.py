"""`run_bounded`: call an allow-listed `tools.` function in a limited, reusable worker process.

A small thread-safe pool of `tools.sandbox.worker` processes (sympy and pint pre-imported, plus
the warm-up hooks tools register with `preload`) serves request threads; a call that overruns
its wall clock gets an error and its worker is killed and replaced at once, so `9**9**9` or
`factorial(10**10)` never hangs or bloats the server. Never raises. For our own parsers' pure
functions, passed as function objects (or "module:function" names); untrusted code goes through
`run_python`.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.sandbox import kernel
from tools.sandbox.results import BoundedResult
from tools.sandbox.worker import BOOT, HEADER, MAX_FRAME, check_target

log = logging.getLogger(__name__)

_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
DEFAULT_PRELOAD = ("sympy", "pint")
STARTUP_TIMEOUT_S = 60.0
# Workers get private uids below the code jail's range (tools.sandbox.runner.UID_BASE).
WORKER_UID_BASE = 1_400_000_000
UID_SPAN = 4_194_304
_CANCEL_POLL_S = kernel.CANCEL_POLL_S


class _Worker:
    """One worker process and its pipes. Used by one thread at a time (the pool guarantees it)."""

    def __init__(self, preload: tuple[str, ...]) -> None:
        self.root = tempfile.mkdtemp(prefix="sbxw-")  # mount point of its private root
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-B", "-c", BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={"PATH": "/usr/bin:/bin", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
            cwd="/",
            start_new_session=True,
            close_fds=True,
        )
        self.ready = False
        self.isolation: list[str] = []
        self.warnings: list[str] = []
        self.calls = 0
        config = pickle.dumps(
            {
                "path": [_PROJECT_ROOT],
                "preload": list(preload),
                "root": self.root,
                "uid": WORKER_UID_BASE + self.proc.pid % UID_SPAN,
            }
        )
        try:
            self.proc.stdin.write(HEADER.pack(len(config)) + config)
            self.proc.stdin.flush()
        except OSError:
            pass  # a dead worker shows up as EOF on the first read

    def _read_exact(
        self, size: int, deadline: float, cancel: threading.Event | None = None
    ) -> bytes | None:
        """Read `size` bytes before `deadline` (or until `cancel` is set); None on timeout or
        cancel. EOFError if the worker died."""
        fd = self.proc.stdout.fileno()
        chunks, got = [], 0
        while got < size:
            left = deadline - time.monotonic()
            if left <= 0 or (cancel is not None and cancel.is_set()):
                return None
            if not kernel.wait_readable(fd, left if cancel is None else min(left, _CANCEL_POLL_S)):
                continue
            chunk = os.read(fd, min(size - got, 1 << 20))
            if not chunk:
                raise EOFError("worker exited")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def read_frame(self, deadline: float, cancel: threading.Event | None = None) -> Any:
        head = self._read_exact(HEADER.size, deadline, cancel)
        if head is None:
            return None
        (size,) = HEADER.unpack(head)
        if size > MAX_FRAME:
            raise EOFError(f"oversized frame ({size} bytes)")
        # Once the header arrived the body follows immediately; give it a short grace period.
        body = self._read_exact(size, max(deadline, time.monotonic() + 5.0))
        if body is None:
            return None
        return pickle.loads(body)

    def wait_ready(self) -> None:
        if self.ready:
            return
        hello = self.read_frame(time.monotonic() + STARTUP_TIMEOUT_S)
        if not isinstance(hello, dict) or not hello.get("ready"):
            raise EOFError("worker did not start")
        self.isolation = list(hello.get("isolation", []))
        self.warnings = list(hello.get("warnings", []))
        for warning in self.warnings:
            log.warning("bounded worker %d: %s", self.proc.pid, warning)
        self.ready = True

    def send(self, data: bytes) -> None:
        self.proc.stdin.write(HEADER.pack(len(data)) + data)
        self.proc.stdin.flush()

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            log.error("bounded worker %d did not die after SIGKILL", self.proc.pid)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def exit_reason(self) -> str:
        try:
            code = self.proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return "worker stopped answering"
        if code < 0:
            sig = -code
            if sig == signal.SIGXCPU:
                return "CPU time limit exceeded"
            if sig in (signal.SIGSEGV, signal.SIGBUS):
                return "worker crashed (memory limit exceeded?)"
            return f"worker killed by signal {signal.Signals(sig).name}"
        return f"worker exited with status {code}"


class WorkerPool:
    """Up to `size` workers; each call borrows one exclusively and returns it if still healthy."""

    def __init__(self, size: int = 2, preload: tuple[str, ...] = DEFAULT_PRELOAD) -> None:
        self.size = size
        self.preload = preload
        self._slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self.replaced = 0  # workers killed for overrun or death, for metrics and tests
        self._closed = False

    def _take(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
            worker = _Worker(self.preload)
            self._all.add(worker)
            return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            self.replaced += 1
            closed = self._closed
        if not closed:
            # Start the replacement now so its imports overlap with whatever comes next.
            self._give_back(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self.preload)
        with self._lock:
            self._all.add(worker)
        return worker

    def warm(self) -> None:
        """Start every worker now and wait until each has run its preloads (optional; the server
        calls it at start-up, off the event loop), so no request pays for worker start-up."""
        with self._lock:
            missing = self.size - len(self._all)
        started = [self._spawn() for _ in range(max(0, missing))]  # their imports overlap
        for worker in started:
            try:
                worker.wait_ready()
            except (EOFError, OSError) as exc:
                log.warning("bounded worker failed to start while warming: %s", exc)
                worker.kill()
                with self._lock:
                    self._all.discard(worker)
                continue
            self._give_back(worker)

    def call(
        self,
        target: str,
        payload: Any,
        timeout_s: float,
        memory_mb: int,
        cancel: threading.Event | None = None,
    ) -> BoundedResult:
        """Run one call; `cancel` set (the client left) ends the wait for a worker, or kills
        the worker doing the call, within ~0.1 s."""
        start = time.perf_counter()
        # Every call ahead of us ends within its own timeout, so a queue longer than a few of
        # those means overload: answer (the model takes over) rather than hold the request.
        wait = max(10.0, 3 * timeout_s)
        if not kernel.acquire(self._slots, time.monotonic() + wait, cancel):
            why = "cancelled" if cancel is not None and cancel.is_set() else "busy"
            return BoundedResult(
                ok=False, error=f"bounded worker pool {why} (waited up to {wait:g} s)"
            )
        try:
            return self._call_locked(target, payload, timeout_s, memory_mb, start, cancel)
        finally:
            self._slots.release()

    def _call_locked(
        self,
        target: str,
        payload: Any,
        timeout_s: float,
        memory_mb: int,
        start: float,
        cancel: threading.Event | None,
    ) -> BoundedResult:
        worker = self._take()
        try:
            worker.wait_ready()
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            self._discard(worker)
            return BoundedResult(ok=False, error=f"bounded worker failed to start: {exc}")
        request = {
            "target": target,
            "payload": payload,
            "timeout_s": timeout_s,
            "memory_mb": memory_mb,
        }
        try:
            data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - nothing was written, the worker stays usable
            self._give_back(worker)
            return BoundedResult(ok=False, error=f"payload cannot be pickled: {exc}")
        try:
            worker.send(data)
        except OSError as exc:
            reason = worker.exit_reason()
            self._discard(worker)
            return BoundedResult(ok=False, error=f"bounded worker is gone: {reason} ({exc})")
        call_start = time.monotonic()
        try:
            reply = worker.read_frame(call_start + timeout_s, cancel)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            reason = worker.exit_reason()
            self._discard(worker)
            log.warning("bounded call %s lost its worker: %s (%s)", target, reason, exc)
            return self._result(False, None, reason, start, worker)
        if reply is None:
            self._discard(worker)
            if cancel is not None and cancel.is_set():
                return self._result(False, None, "cancelled: the client left", start, worker)
            return self._result(False, None, f"timed out after {timeout_s:g} s", start, worker)
        worker.calls += 1
        if reply.get("recycle"):
            self._discard(worker)
        else:
            self._give_back(worker)
        return self._result(
            bool(reply.get("ok")), reply.get("value"), reply.get("error"), start, worker
        )

    @staticmethod
    def _result(
        ok: bool, value: Any, error: str | None, start: float, worker: _Worker
    ) -> BoundedResult:
        return BoundedResult(
            ok=ok,
            value=value if ok else None,
            error=None if ok else error,
            elapsed_ms=(time.perf_counter() - start) * 1000,
            details={
                "worker_pid": worker.proc.pid,
                "isolation": tuple(worker.isolation),
                "warnings": tuple(worker.warnings),
            },
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            worker.kill()


_pools: dict[str, WorkerPool] = {}
_pools_pid = 0
_pool_lock = threading.Lock()
_hooks: list[str] = []  # registered by `preload`, run by every worker the pools start


def default_pool(lane: str = "default") -> WorkerPool:
    """The process's pool for `lane`: each lane has workers of its own, so slow work in one
    (symbolic math) never queues fast work in another (arithmetic, units)."""
    global _pools_pid
    with _pool_lock:
        # A forked server process (pre-fork workers) must not share its parent's worker pipes.
        if _pools_pid != os.getpid():
            _pools.clear()
            _pools_pid = os.getpid()
        pool = _pools.get(lane)
        if pool is None or pool._closed:
            pool = _pools[lane] = WorkerPool(preload=DEFAULT_PRELOAD + tuple(_hooks))
        return pool


def target_name(target: Callable[[Any], Any] | str) -> str:
    """The worker's name for `target`: "package.module:function" for a function object (it must
    be found again under that name, as pickle requires), a string unchanged. ValueError for a
    lambda, a nested function or a method."""
    if isinstance(target, str):
        return target
    module, name = getattr(target, "__module__", None), getattr(target, "__qualname__", "")
    if getattr(sys.modules.get(module or ""), name, None) is not target:
        raise ValueError(f"{target!r} is not a module-level function the worker can import")
    return f"{module}:{name}"


def preload(hook: Callable[[], None]) -> None:
    """Call `hook` (a module-level `tools.` function) in every worker the default pool starts
    from now on, before it serves: a tool's warm-up (units: pint's registry) runs at worker
    start-up instead of inside a request. Tools register at import; repeats are ignored."""
    name = target_name(hook)
    with _pool_lock:
        if name not in _hooks:
            _hooks.append(name)
        for pool in _pools.values():
            if name not in pool.preload:
                pool.preload += (name,)


def shutdown() -> None:
    """Kill every pool's workers (tests, server shutdown). The next call starts new pools."""
    with _pool_lock:
        pools = list(_pools.values()) if _pools_pid == os.getpid() else []
    for pool in pools:
        pool.close()


atexit.register(shutdown)


def run_bounded(
    target: Callable[[Any], Any] | str,
    payload: Any,
    *,
    timeout_s: float = 5.0,
    memory_mb: int = 1024,
    lane: str = "default",
    cancel: threading.Event | None = None,
) -> BoundedResult:
    """Call `target` (a module-level `tools.` function, or its "tools.pkg.module:function"
    name) on `payload` in a limited worker of `lane`'s pool, which imports it by that name.

    `memory_mb` is the address space the call may add to the worker's baseline (sympy and pint
    already loaded). `cancel`, once set, gives up the call (killing its worker if it started).
    Returns BoundedResult(ok, value, error); never raises.
    """
    start = time.perf_counter()
    try:
        try:
            name = target_name(target)
        except ValueError as exc:
            return BoundedResult(ok=False, error=str(exc))
        why = check_target(name)
        if why:
            return BoundedResult(ok=False, error=why)
        if not timeout_s or timeout_s <= 0:
            return BoundedResult(ok=False, error=f"timeout_s must be positive, got {timeout_s!r}")
        return default_pool(lane).call(name, payload, float(timeout_s), int(memory_mb), cancel)
    except Exception as exc:  # the contract: never raise into the caller
        log.exception("run_bounded(%s) failed unexpectedly", target)
        return BoundedResult(
            ok=False,
            error=f"sandbox failure: {type(exc).__name__}: {exc}",
            elapsed_ms=(time.perf_counter() - start) * 1000,
        )
