"""The long-lived bounded worker: runs allow-listed `tools.` functions on pickled payloads.

Started by `tools.sandbox.bounded`; speaks length-prefixed pickle frames over stdin/stdout. It
confines itself (namespaces, private read-only root, nobody, seccomp), pre-imports sympy and pint,
and caps its address space and CPU per call; the parent kills and replaces it on overrun. It
never evaluates user text; it only calls functions named by the allow-list.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import pickle
import re
import resource
import struct
import sys
import time
from collections.abc import Callable
from typing import Any, BinaryIO

log = logging.getLogger(__name__)

ALLOWED_PREFIXES = ("tools.",)
_TARGET_RE = re.compile(
    r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+:[A-Za-z][A-Za-z0-9_]*$"
)
HEADER = struct.Struct(">I")
MAX_FRAME = 64 * 1024 * 1024


def check_target(target: str) -> str | None:
    """Why `target` may not be called, or None when it is allowed."""
    if not isinstance(target, str) or not _TARGET_RE.match(target):
        return f"bad target {target!r}: expected 'package.module:function'"
    module = target.split(":", 1)[0] + "."
    if not any(module.startswith(p) for p in ALLOWED_PREFIXES):
        return f"target {target!r} is not allowed: only {', '.join(ALLOWED_PREFIXES)} functions"
    if module.startswith("tools.sandbox.") and not module.startswith("tools.sandbox.probes."):
        return f"target {target!r} is not allowed: sandbox internals are not callable"
    return None


def send_frame(stream: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def recv_frame(stream: BinaryIO) -> Any:
    """One frame, or EOFError when the peer has gone."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        raise EOFError("peer closed")
    (size,) = HEADER.unpack(head)
    if size > MAX_FRAME:
        raise EOFError(f"frame of {size} bytes exceeds {MAX_FRAME}")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("peer closed mid-frame")
    return pickle.loads(data)


_statm_fd: int | None = None


def _vm_bytes() -> int:
    """Current address-space size, so a per-call budget is added on top of the baseline."""
    global _statm_fd
    try:
        if _statm_fd is None:
            # Opened once, before any pivot: the private root may have no /proc of its own.
            _statm_fd = os.open("/proc/self/statm", os.O_RDONLY)
        return int(os.pread(_statm_fd, 128, 0).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _exposed_paths(config: dict[str, Any]) -> list[str]:
    """What the worker must still read after the pivot: interpreter, virtualenv, project."""
    paths = [sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix]
    paths += list(config.get("path", ())) + [p for p in sys.path if p]
    return [p for p in paths if os.path.isdir(p)]


def _harden(config: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Best-effort confinement of the worker itself: (applied, warnings).

    It only ever runs our allow-listed functions, but a parser bug must not turn into file,
    network or privilege access: own mount/network/ipc namespaces and a read-only private root
    with just the interpreter and project, a private uid, nobody in a user namespace, no new
    privileges. Unlike the code jail it fails open (logged), since the tools need it running.
    """
    applied: list[str] = []
    warnings: list[str] = []
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        pass
    _vm_bytes()
    from tools.sandbox import kernel, rootfs

    if not kernel.available():
        return applied, [f"{sys.platform}: no namespaces for the worker"]
    privileged = os.geteuid() == 0
    want = ["mount", "network", "ipc"]
    if privileged:
        rootfs.unshare(want, applied, warnings)
    else:
        rootfs.unshare_unprivileged(want, applied, warnings)
    uid = config.get("uid", rootfs.NOBODY) if privileged else 0
    if config.get("root") and "mount" not in applied:
        with contextlib.suppress(OSError):  # no private root to mount there: nobody needs it
            os.rmdir(config["root"])
    try:
        if "mount" in applied and config.get("root"):
            rootfs.build_root(
                config["root"],
                uid=uid,
                gid=uid,
                prefixes=_exposed_paths(config),
                tmp_mb=16,
                with_proc=privileged,
            )
            os.chdir("/tmp")
            applied.append("private_root")
        if privileged:
            rootfs.drop_privileges(uid, uid)
            applied.append(f"uid={uid}")
        rootfs.own_keyring(applied, warnings)
        rootfs.enter_user_namespace(applied, warnings)
    except OSError as exc:
        warnings.append(f"worker confinement incomplete: {exc}")
    try:
        kernel.prctl(kernel.PR_SET_NO_NEW_PRIVS, 1)
        applied.append("no_new_privs")
        from tools.sandbox import seccomp

        seccomp.install()
        applied.append("seccomp")
    except OSError as exc:
        warnings.append(f"no_new_privs / seccomp: {exc}")
    return applied, warnings


def _resolve(target: str, cache: dict[str, Callable[[Any], Any]]) -> Callable[[Any], Any]:
    fn = cache.get(target)
    if fn is None:
        module_name, func_name = target.split(":", 1)
        fn = getattr(importlib.import_module(module_name), func_name)
        if not callable(fn):
            raise TypeError(f"{target} is not callable")
        cache[target] = fn
    return fn


def _set_limits(memory_mb: int, timeout_s: float) -> None:
    if memory_mb > 0 and sys.platform.startswith("linux"):
        budget = _vm_bytes() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (budget, resource.RLIM_INFINITY))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu_now = int(used.ru_utime + used.ru_stime)
    # Backstop for a dead parent: SIGXCPU ends a call that outlives its wall clock by CPU.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_now + int(timeout_s) + 2, resource.RLIM_INFINITY))


def _clear_limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _call(request: dict[str, Any], cache: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
    target = request["target"]
    why = check_target(target)
    if why:
        return {"ok": False, "error": why}
    try:
        fn = _resolve(target, cache)
    except Exception as exc:  # noqa: BLE001 - any import failure is reported, not raised
        return {"ok": False, "error": f"cannot load {target}: {type(exc).__name__}: {exc}"}
    start = time.perf_counter()
    try:
        _set_limits(int(request.get("memory_mb", 0)), float(request.get("timeout_s", 5.0)))
        try:
            value = fn(request.get("payload"))
        finally:
            _clear_limits()
    except MemoryError:
        return {
            "ok": False,
            "error": f"memory limit exceeded ({request.get('memory_mb')} MB)",
            "recycle": True,
        }
    except RecursionError:
        return {"ok": False, "error": "recursion limit exceeded", "recycle": True}
    except Exception as exc:  # noqa: BLE001 - the tool's failure is data for the caller
        return {"ok": False, "error": f"{type(exc).__name__}: {str(exc)[:500]}"}
    try:
        pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": f"result of {target} cannot be returned: {exc}"}
    return {"ok": True, "value": value, "elapsed_ms": (time.perf_counter() - start) * 1000}


def serve(config: dict[str, Any]) -> None:
    """Loop until stdin closes: read a request frame, answer with a result frame."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # Library code that prints must not corrupt the frame stream.
    sys.stdout = sys.stderr
    applied, warnings = _harden(config)
    for warning in warnings:
        log.warning("bounded worker: %s", warning)
    # "module" is imported; "module:function" is imported and called (a warm-up hook, so work
    # such as building pint's unit registry happens before the first request, not during it).
    for name in config.get("preload", ()):
        module, _, hook = name.partition(":")
        try:
            loaded = importlib.import_module(module)
            if hook:
                getattr(loaded, hook)()
        except Exception as exc:  # noqa: BLE001 - a missing optional library is not fatal
            log.warning("worker could not preload %s: %s", name, exc)
    send_frame(
        stdout, {"ready": True, "pid": os.getpid(), "isolation": applied, "warnings": warnings}
    )
    cache: dict[str, Callable[[Any], Any]] = {}
    while True:
        try:
            request = recv_frame(stdin)
        except EOFError:
            return
        reply = _call(request, cache)
        try:
            send_frame(stdout, reply)
        except MemoryError:
            return
        if reply.get("recycle"):
            return


# The parent starts the worker with `python -I -c BOOT`: -I keeps the environment and cwd out of
# sys.path, so the project root is passed in explicitly before importing this module.
BOOT = (
    "import sys,pickle,struct\n"
    "n=struct.unpack('>I',sys.stdin.buffer.read(4))[0]\n"
    "cfg=pickle.loads(sys.stdin.buffer.read(n))\n"
    "sys.path[:0]=cfg['path']\n"
    "from tools.sandbox.worker import serve\n"
    "serve(cfg)\n"
)
