"""Child-side bootstrap of `run_python`: isolate, drop privileges, limit, then exec Python.

Run by path as `python -I -S -B jail.py CONFIG_JSON` (stdlib only). It unshares namespaces, forks
the process that becomes pid 1 of the new pid namespace, builds a minimal read-only root (system
libraries, the interpreter, /dev basics, a fresh /proc, a size-capped tmpfs /tmp) and pivots into
it, switches to a per-run unprivileged uid, applies rlimits and execs the interpreter on the code
waiting on stdin. The jail parent waits, kills everything on request, and reports the exit status.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import sys

# Loaded by path: this script runs in an isolated interpreter outside the project's packages.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kernel

MB = 1024 * 1024
_SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib64", "lib32", "libx32")
_DEVICES = ("null", "zero", "random", "urandom")


def _emit(fd: int, obj: dict) -> None:
    try:
        os.write(fd, (json.dumps(obj) + "\n").encode())
    except OSError:
        pass


def _unshare(want: list[str], applied: list[str], warnings: list[str]) -> None:
    """All namespaces at once, else one by one, keeping whatever the kernel grants."""
    flags = 0
    for name in want:
        flags |= kernel.NAMESPACES[name]
    try:
        kernel.unshare(flags)
        applied.extend(want)
        return
    except OSError as exc:
        warnings.append(f"unshare all: {exc}")
    for name in want:
        try:
            kernel.unshare(kernel.NAMESPACES[name])
            applied.append(name)
        except OSError as exc:
            warnings.append(f"{name} namespace: {exc}")


def _unshare_unprivileged(want: list[str], applied: list[str], warnings: list[str]) -> None:
    """Not root: a user namespace in which we are root makes the other namespaces possible."""
    uid, gid = os.geteuid(), os.getegid()
    flags = kernel.CLONE_NEWUSER
    for name in want:
        flags |= kernel.NAMESPACES[name]
    try:
        kernel.unshare(flags)
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"0 {uid} 1")
        _write("/proc/self/gid_map", f"0 {gid} 1")
    except OSError as exc:
        warnings.append(f"unprivileged user namespace unavailable: {exc}; no namespaces")
        return
    applied.append("unprivileged_userns")
    applied.extend(want)


def _bind(src: str, dst: str, readonly: bool, extra: int = 0) -> None:
    kernel.mount(src, dst, None, kernel.MS_BIND | kernel.MS_REC)
    flags = kernel.MS_REMOUNT | kernel.MS_BIND | kernel.MS_NOSUID | extra
    if readonly:
        flags |= kernel.MS_RDONLY | kernel.MS_NODEV
    kernel.mount(None, dst, None, flags)


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _touch(path: str) -> None:
    with open(path, "a"):
        pass


def _build_root(cfg: dict, with_proc: bool) -> None:
    """Assemble the sandbox's whole filesystem view under cfg['root'] and pivot into it."""
    root = cfg["root"]
    uid, gid = cfg["uid"], cfg["gid"]
    kernel.mount(None, "/", None, kernel.MS_REC | kernel.MS_PRIVATE)
    kernel.mount("sandbox", root, "tmpfs", kernel.MS_NOSUID | kernel.MS_NODEV, "size=1m,mode=0755")
    for name in _SYSTEM_DIRS:
        host = "/" + name
        if os.path.islink(host):
            os.symlink(os.readlink(host), root + host)
        elif os.path.isdir(host):
            os.mkdir(root + host)
            _bind(host, root + host, readonly=True)
    for prefix in cfg["prefixes"]:
        if any(prefix == "/" + d or prefix.startswith("/" + d + "/") for d in _SYSTEM_DIRS):
            continue
        os.makedirs(root + prefix, exist_ok=True)
        _bind(prefix, root + prefix, readonly=True)
    os.makedirs(root + "/etc")
    for name in ("ld.so.cache", "localtime"):
        if os.path.exists("/etc/" + name):
            _touch(root + "/etc/" + name)
            _bind(os.path.realpath("/etc/" + name), root + "/etc/" + name, readonly=True)
    with open(root + "/etc/passwd", "w") as f:
        f.write(f"sandbox:x:{uid}:{gid}:sandbox:/tmp:/bin/false\n"
                "nobody:x:65534:65534:nobody:/tmp:/bin/false\n")
    with open(root + "/etc/group", "w") as f:
        f.write(f"sandbox:x:{gid}:\nnogroup:x:65534:\n")
    with open(root + "/etc/hosts", "w") as f:
        f.write("127.0.0.1 localhost sandbox\n")
    os.mkdir(root + "/dev")
    for name in _DEVICES:
        _touch(root + "/dev/" + name)
        _bind("/dev/" + name, root + "/dev/" + name, readonly=False, extra=kernel.MS_NOEXEC)
    for i, name in enumerate(("stdin", "stdout", "stderr")):
        os.symlink(f"/proc/self/fd/{i}", root + "/dev/" + name)
    os.symlink("/proc/self/fd", root + "/dev/fd")
    os.mkdir(root + "/proc")
    if with_proc:
        # Only a pid namespace of our own makes a fresh /proc safe: it lists the sandbox alone,
        # and hidepid=2 hides even the root-owned init (its command line names our paths).
        kernel.mount("proc", root + "/proc", "proc",
                     kernel.MS_NOSUID | kernel.MS_NODEV | kernel.MS_NOEXEC, "hidepid=2")
    os.mkdir(root + "/tmp")
    kernel.mount("tmp", root + "/tmp", "tmpfs",
                 kernel.MS_NOSUID | kernel.MS_NODEV | kernel.MS_NOEXEC,
                 f"size={cfg['tmp_mb']}m,mode=0700,uid={uid},gid={gid}")
    os.chdir(root)
    try:
        # pivot_root(".", ".") stacks the old root under the new one; detaching it drops it.
        kernel.pivot_root(".", ".")
        kernel.umount2(".", kernel.MNT_DETACH)
    except OSError:
        os.chroot(".")
    os.chdir("/")
    kernel.mount(None, "/", None,
                 kernel.MS_REMOUNT | kernel.MS_RDONLY | kernel.MS_NOSUID | kernel.MS_NODEV)


def _drop_privileges(uid: int, gid: int) -> None:
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)


def _set_rlimits(cfg: dict) -> None:
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
    for which, value in pairs.items():
        resource.setrlimit(which, value)


def _enter_user_namespace(applied: list[str], warnings: list[str]) -> None:
    """Become `nobody` (65534) in a user namespace of our own and forbid nesting more of them.

    Inside, the process holds no capability after exec, and with max_user_namespaces at 0 it
    cannot create namespaces either, which removes the kernel attack surface that needs them.
    """
    uid, gid = os.geteuid(), os.getegid()
    # Credential changes made us non-dumpable, which makes /proc/self/uid_map root-owned.
    kernel.prctl(kernel.PR_SET_DUMPABLE, 1)
    kernel.unshare(kernel.CLONE_NEWUSER)
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"65534 {uid} 1")
    _write("/proc/self/gid_map", f"65534 {gid} 1")
    applied.append("user")
    try:
        _write("/proc/sys/user/max_user_namespaces", "0")
        applied.append("no_nested_namespaces")
    except OSError as exc:
        warnings.append(f"cannot forbid nested user namespaces: {exc}")


def _exec_user(cfg: dict, status_fd: int, applied: list[str]) -> None:
    """The user's process: drop to the run's uid, limit, exec the interpreter. Never returns."""
    extra: list[str] = []
    warnings: list[str] = []
    try:
        if cfg["privileged"]:
            if "mount" not in applied:
                os.chown(cfg["root"], cfg["uid"], cfg["gid"])
            _drop_privileges(cfg["uid"], cfg["gid"])
        if "user" in cfg["namespaces"] and kernel.available():
            try:
                _enter_user_namespace(extra, warnings)
            except OSError as exc:
                warnings.append(f"user namespace: {exc}")
        kernel.prctl(kernel.PR_SET_NO_NEW_PRIVS, 1)
        # Changing credentials clears the parent-death signal, so arm it again.
        kernel.prctl(kernel.PR_SET_PDEATHSIG, signal.SIGKILL)
        _set_rlimits(cfg)
    except Exception as exc:  # noqa: BLE001 - fail closed: never run code half-isolated
        _emit(status_fd, {"error": f"sandbox setup failed: {type(exc).__name__}: {exc}"})
        os._exit(125)
    _emit(status_fd, {"user_isolation": extra, "user_warnings": warnings})
    os.close(status_fd)
    python = cfg["python"]
    try:
        os.execve(python, [python, "-I", "-S", "-B", "-"], {})
    except OSError as exc:
        os.write(2, f"sandbox: cannot exec {python}: {exc}\n".encode())
        os._exit(126)


def _init(cfg: dict, status_fd: int, kill_fd: int, applied: list[str],
          warnings: list[str]) -> None:
    """pid 1 of the new pid namespace (when granted): set up, start the user's process, reap.

    Keeping init separate (and root) means the user's code runs with normal signal semantics
    (pid 1 ignores default-action signals, even SIGXCPU) and cannot signal or ptrace its reaper.
    """
    os.close(kill_fd)
    try:
        kernel.prctl(kernel.PR_SET_PDEATHSIG, signal.SIGKILL)
        if "mount" in applied:
            _build_root(cfg, with_proc="pid" in applied)
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
    applied += ["no_new_privs", "rlimits"]
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
    cfg = json.loads(sys.argv[1])
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
        except OSError as exc:
            warnings.append(f"parent-death signal: {exc}")
        wanted = [n for n in cfg["namespaces"] if n != "user"]
        if cfg["privileged"]:
            _unshare(wanted, applied, warnings)
        elif "user" in cfg["namespaces"]:
            _unshare_unprivileged(wanted, applied, warnings)
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
    while pidfd is not None:
        ready, _, _ = select.select([pidfd, kill_fd], [], [])
        if pidfd in ready:
            break
        # A byte or EOF (the server went away) on the kill pipe: end the whole run now.
        os.kill(child, signal.SIGKILL)
        killed = True
        break
    _, status = os.waitpid(child, 0)
    # With a pid namespace its init's death already killed every process in it (and no more
    # forks are possible in it); without one, sweep the run's uid for escaped stragglers.
    if cfg["privileged"] and kernel.available() and "pid" not in applied:
        _kill_uid(cfg["uid"])
    final = {"killed": killed}
    if os.WIFSIGNALED(status):
        final["init_signal"] = os.WTERMSIG(status)
    _emit(status_fd, final)
    os._exit(0)

if __name__ == "__main__":
    main()
