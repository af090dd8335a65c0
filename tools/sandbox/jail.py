"""Child-side bootstrap of `run_python`: isolate, drop privileges, limit, then exec Python.

Run by path as `python -I -S -B jail.py CONFIG_JSON` (stdlib only). It unshares namespaces and
forks a root init (pid 1 of the new pid namespace) that builds the private root (rootfs.py) and
forks the code's process: private uid, nobody in a user namespace, seccomp, rlimits, then exec
of the interpreter on the code waiting on stdin. The jail waits, kills on request, reports.
"""

from __future__ import annotations

import marshal
import os
import resource
import select
import signal
import sys

# Loaded by path: this script runs in an isolated interpreter outside the project's packages.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kernel
import rootfs
import seccomp

MB = 1024 * 1024


def _emit(fd: int, obj: dict) -> None:
    """One length-prefixed marshal frame; kept under PIPE_BUF so concurrent writers never mix."""
    data = marshal.dumps(obj)
    if len(data) > 4000:
        data = marshal.dumps({k: v for k, v in obj.items() if "warnings" not in k})
    try:
        os.write(fd, len(data).to_bytes(4, "big") + data)
    except OSError:
        pass


def _set_rlimits(cfg: dict, warnings: list[str]) -> None:
    cpu = int(cfg["cpu_s"])
    pairs = {
        resource.RLIMIT_CPU: (cpu, cpu + 1),
        resource.RLIMIT_AS: (cfg["memory_mb"] * MB,) * 2,
        resource.RLIMIT_NPROC: (cfg["processes"],) * 2,
        resource.RLIMIT_NOFILE: (cfg["open_files"],) * 2,
        resource.RLIMIT_FSIZE: (cfg["file_size_mb"] * MB,) * 2,
        resource.RLIMIT_CORE: (0, 0),
        resource.RLIMIT_MEMLOCK: (0, 0),
    }
    if hasattr(resource, "RLIMIT_MSGQUEUE"):  # Linux: POSIX message queues are kernel memory
        pairs[resource.RLIMIT_MSGQUEUE] = (0, 0)
    for which, value in pairs.items():
        try:
            resource.setrlimit(which, value)
        except (OSError, ValueError) as exc:
            if kernel.available():
                raise  # Linux honours every one of these: failing to set one is a real fault
            warnings.append(f"rlimit {which}: {exc}")  # e.g. macOS refuses some


def _exec_user(cfg: dict, status_fd: int, applied: list[str]) -> None:
    """The user's process: drop to the run's uid, limit, exec the interpreter. Never returns."""
    extra: list[str] = []
    warnings: list[str] = []
    try:
        if cfg["privileged"]:
            if "mount" not in applied:
                os.chown(cfg["root"], cfg["uid"], cfg["gid"])
            rootfs.drop_privileges(cfg["uid"], cfg["gid"])
        if kernel.available():
            rootfs.own_keyring(extra, warnings)
        if "user" in cfg["namespaces"] and kernel.available():
            try:
                rootfs.enter_user_namespace(extra, warnings)
            except OSError as exc:
                warnings.append(f"user namespace: {exc}")
        if kernel.available():
            kernel.prctl(kernel.PR_SET_NO_NEW_PRIVS, 1)
            extra.append("no_new_privs")
            # Changing credentials clears the parent-death signal, so arm it again.
            kernel.prctl(kernel.PR_SET_PDEATHSIG, signal.SIGKILL)
            if cfg.get("seccomp", True):
                # Without limits of its own, System V IPC could pin unbounded kernel memory.
                sysv = () if "ipc_limits" in applied else seccomp.SYSV_IPC
                try:
                    seccomp.install(sysv)  # last: the steps above need mount, unshare, keyctl
                    extra.append("seccomp")
                except OSError as exc:
                    warnings.append(f"seccomp: {exc}")
        _set_rlimits(cfg, warnings)
        extra.append("rlimits")
    except Exception as exc:  # noqa: BLE001 - fail closed: never run code half-isolated
        _emit(status_fd, {"error": f"sandbox setup failed: {type(exc).__name__}: {exc}"})
        os._exit(125)
    _emit(status_fd, {"user_isolation": extra, "user_warnings": warnings})
    os.close(status_fd)
    python = cfg["python"]
    try:
        seed = cfg.get("hash_seed")
        if seed is None:
            os.execve(python, [python, "-I", "-S", "-B", "-"], {})
        # -P -s -S is -I minus -E, so that PYTHONHASHSEED, the one variable we set, is honoured.
        os.execve(python, [python, "-P", "-s", "-S", "-B", "-"], {"PYTHONHASHSEED": str(seed)})
    except OSError as exc:
        os.write(2, f"sandbox: cannot exec {python}: {exc}\n".encode())
        os._exit(126)


def _init(cfg: dict, status_fd: int, kill_fd: int, applied: list[str], warnings: list[str]) -> None:
    """pid 1 of the new pid namespace (when granted): set up, start the user's process, reap.

    Keeping init separate (and root) means the user's code runs with normal signal semantics
    (pid 1 ignores default-action signals, even SIGXCPU) and cannot signal or ptrace its reaper.
    """
    os.close(kill_fd)
    try:
        if kernel.available():
            kernel.prctl(kernel.PR_SET_PDEATHSIG, signal.SIGKILL)
        if "ipc" in applied:  # only ever the run's own namespace, never the host's
            try:
                rootfs.limit_ipc(cfg["memory_mb"])
                applied.append("ipc_limits")
            except OSError as exc:
                warnings.append(f"System V IPC limits: {exc}; System V IPC is denied instead")
        if "mount" in applied:
            # Only a pid namespace of our own makes a fresh /proc safe to show.
            rootfs.build_root(
                cfg["root"],
                uid=cfg["uid"],
                gid=cfg["gid"],
                prefixes=cfg["prefixes"],
                tmp_mb=cfg["tmp_mb"],
                with_proc="pid" in applied,
                hide_packages=True,  # the standard library only, as the docs promise
            )
            applied.append("private_root")
            os.chdir("/tmp")
        else:
            os.chdir(cfg["root"])
        if "uts" in applied:
            kernel.sethostname("sandbox")
    except Exception as exc:  # noqa: BLE001 - fail closed: never run code half-isolated
        _emit(status_fd, {"error": f"sandbox setup failed: {type(exc).__name__}: {exc}"})
        os._exit(125)
    if cfg["privileged"]:
        applied.append(f"uid={cfg['uid']}")
    else:
        warnings.append("not root: no private uid; the code runs under the server's uid")
    user = os.fork()
    if user == 0:
        _exec_user(cfg, status_fd, applied)
    os.close(0)
    _emit(status_fd, {"isolation": applied, "warnings": warnings})
    while True:  # reap every orphan; stop when the user's main process is gone
        pid, status = os.waitpid(-1, 0)
        if pid == user:
            break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = round(usage.ru_utime + usage.ru_stime, 3)
    if os.WIFSIGNALED(status):
        _emit(status_fd, {"signal": os.WTERMSIG(status), "cpu_s": cpu})
    else:
        _emit(status_fd, {"exit": os.WEXITSTATUS(status), "cpu_s": cpu})
    os._exit(0)


def _kill_uid(uid: int) -> None:
    """Kill every process of the run's private uid (stragglers that left the process group)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setresuid(uid, uid, uid)
            os.kill(-1, signal.SIGKILL)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def main() -> None:
    # marshal, not json: json drags in re and enum, a fifth of the jail's start-up time.
    cfg = marshal.loads(bytes.fromhex(sys.argv[1]))
    # A uid derived from our pid is unique among live runs, so RLIMIT_NPROC and kill(-1) of one
    # run never touch another; nothing else on the host uses this range.
    cfg["privileged"] = os.geteuid() == 0
    if cfg["privileged"]:
        cfg["uid"] = cfg["gid"] = cfg["uid_base"] + os.getpid() % cfg["uid_span"]
    else:
        cfg["uid"] = cfg["gid"] = 0  # root of our own user namespace, i.e. the server's uid
    status_fd, kill_fd = cfg["status_fd"], cfg["kill_fd"]
    applied: list[str] = []
    warnings: list[str] = []
    if kernel.available():
        try:
            kernel.prctl(kernel.PR_SET_PDEATHSIG, signal.SIGKILL)
            # Orphans of the code come to us (not the host's init), so we can reap them.
            kernel.prctl(kernel.PR_SET_CHILD_SUBREAPER, 1)
        except OSError as exc:
            warnings.append(f"parent-death signal / subreaper: {exc}")
        wanted = [n for n in cfg["namespaces"] if n != "user"]
        if cfg["privileged"]:
            rootfs.unshare(wanted, applied, warnings)
        elif "user" in cfg["namespaces"]:
            rootfs.unshare_unprivileged(wanted, applied, warnings)
        else:
            warnings.append("not root and user namespaces not requested: no namespaces")
    else:
        warnings.append(f"{sys.platform}: no namespaces; rlimits, private dir and -I -S only")
    child = os.fork()
    if child == 0:
        _init(cfg, status_fd, kill_fd, applied, warnings)
    os.close(0)  # the code on stdin is for the child alone
    pidfd = os.pidfd_open(child) if hasattr(os, "pidfd_open") else None
    killed = False
    if pidfd is not None:
        # poll(), not select(): the kill pipe keeps the server's descriptor number (maybe >1024).
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        poller.register(kill_fd, select.POLLIN | select.POLLHUP)
        ready = {fd for fd, _ in poller.poll()}
        if pidfd not in ready:
            # A byte or EOF (the server went away) on the kill pipe: end the whole run now.
            os.kill(child, signal.SIGKILL)
            killed = True
    _, status = os.waitpid(child, 0)
    # With a pid namespace its init's death already killed every process in it (and no more
    # forks are possible in it); without one, sweep the run's uid for escaped stragglers.
    if cfg["privileged"] and kernel.available() and "pid" not in applied:
        _kill_uid(cfg["uid"])
        while True:  # as subreaper we inherited the orphans: reap them so none stays a zombie
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                break
    final = {"killed": killed}
    if os.WIFSIGNALED(status):
        final["init_signal"] = os.WTERMSIG(status)
    _emit(status_fd, final)
    os._exit(0)


if __name__ == "__main__":
    main()
