"""Namespaces and the private root filesystem shared by the code jail and the bounded worker.

Stdlib only: the jail loads this file by path in an isolated interpreter, the worker imports it
as `tools.sandbox.rootfs`. `build_root` assembles a minimal read-only tree (system libraries, the
given prefixes, /dev basics, /proc with hidepid, a size-capped tmpfs /tmp) and pivots into it;
`enter_user_namespace` makes the caller `nobody` in a user namespace that cannot nest more.
"""

from __future__ import annotations

import os

try:
    from tools.sandbox import kernel
except ImportError:  # loaded by path inside the jail, next to kernel.py
    import kernel  # type: ignore[no-redef]

SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib64", "lib32", "libx32")
DEVICES = ("null", "zero", "random", "urandom")
NOBODY = 65534
IPC_QUEUES = 16  # System V message queues of 16 KB each: 256 KB per run
IPC_SEMAPHORES = (250, 4096, 64)  # per set, in all, sets: 4096 x ~64 bytes of kernel memory


def write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _touch(path: str) -> None:
    with open(path, "a"):
        pass


def unshare(want: list[str], applied: list[str], warnings: list[str]) -> None:
    """As root: all namespaces at once, else one by one, keeping whatever the kernel grants."""
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


def unshare_unprivileged(want: list[str], applied: list[str], warnings: list[str]) -> None:
    """Not root: a user namespace in which we are root makes the other namespaces possible."""
    uid, gid = os.geteuid(), os.getegid()
    flags = kernel.CLONE_NEWUSER
    for name in want:
        flags |= kernel.NAMESPACES[name]
    try:
        kernel.unshare(flags)
        write("/proc/self/setgroups", "deny")
        write("/proc/self/uid_map", f"0 {uid} 1")
        write("/proc/self/gid_map", f"0 {gid} 1")
    except OSError as exc:
        warnings.append(f"unprivileged user namespace unavailable: {exc}; no namespaces")
        return
    applied.append("unprivileged_userns")
    applied.extend(want)


def limit_ipc(memory_mb: int) -> None:
    """Bound System V IPC in the caller's own ipc namespace (never call it in the host's).

    Shared memory: segments vanish once no process has them attached (shm_rmid_forced), so
    every page is in some address space that RLIMIT_AS counts, and all of them together stay
    within `memory_mb`. Semaphores and message queues are kernel memory no rlimit sees; their
    defaults (10^9 semaphores, 32000 queues of 16 KB) would let one run pin gigabytes.
    """
    size = memory_mb * 1024 * 1024
    for name, value in (
        ("shm_rmid_forced", 1),
        ("shmmax", size),
        ("shmall", size // os.sysconf("SC_PAGE_SIZE")),
        ("shmmni", 64),
        ("msgmni", IPC_QUEUES),
        ("sem", f"{IPC_SEMAPHORES[0]} {IPC_SEMAPHORES[1]} 32 {IPC_SEMAPHORES[2]}"),
    ):
        write(f"/proc/sys/kernel/{name}", f"{value}\n")


def bind(src: str, dst: str, readonly: bool, extra: int = 0) -> None:
    kernel.mount(src, dst, None, kernel.MS_BIND | kernel.MS_REC)
    flags = kernel.MS_REMOUNT | kernel.MS_BIND | kernel.MS_NOSUID | extra
    if readonly:
        flags |= kernel.MS_RDONLY | kernel.MS_NODEV
    kernel.mount(None, dst, None, flags)


def _outermost(prefixes: list[str]) -> list[str]:
    """Real paths to expose, minus those under /usr etc. or under another prefix in the list."""
    kept: list[str] = []
    for path in sorted({os.path.realpath(p) for p in prefixes if os.path.isdir(p)}):
        if any(path == "/" + d or path.startswith("/" + d + "/") for d in SYSTEM_DIRS):
            continue
        if path == "/" or any(path.startswith(k.rstrip("/") + "/") for k in kept):
            continue
        kept.append(path)
    return kept


def _subdirs(parent: str, prefix: str) -> list[str]:
    try:
        names = sorted(os.listdir(parent))
    except OSError:
        return []
    return [
        f"{parent}/{n}" for n in names if n.startswith(prefix) and os.path.isdir(f"{parent}/{n}")
    ]


def _package_dirs(top: str) -> list[str]:
    """Real paths of the third-party package directories of every Python 3 under `top`
    (`lib*/python3*/` and `local/lib*/python3*/`, `site-packages` and `dist-packages`)."""
    found = set()
    for base in (top, top + "/local"):
        for lib in _subdirs(base, "lib"):
            for python in _subdirs(lib, "python3"):
                for name in ("site-packages", "dist-packages"):
                    if os.path.isdir(f"{python}/{name}"):
                        found.add(os.path.realpath(f"{python}/{name}"))
    return sorted(found)


def _hide(path: str) -> None:
    """Cover `path` with an empty read-only tmpfs."""
    flags = kernel.MS_RDONLY | kernel.MS_NOSUID | kernel.MS_NODEV | kernel.MS_NOEXEC
    kernel.mount("hidden", path, "tmpfs", flags, "size=4k,mode=0555")


def build_root(
    root: str,
    *,
    uid: int,
    gid: int,
    prefixes: list[str],
    tmp_mb: int,
    with_proc: bool,
    hide_packages: bool = False,
) -> None:
    """Assemble the whole filesystem view under `root` (an empty directory) and pivot into it.

    `prefixes` are exposed read-only at their own paths (the interpreter, and for the worker the
    project and its virtualenv); nothing else of the host is visible afterwards. With
    `hide_packages` the site-packages and dist-packages directories under them and under the
    system directories are shown empty, so only the standard library can be imported.
    After the pivot the host-side directory `root` is removed: nothing needs it any more, and
    so nothing is left in the host's temp dir however the server ends (SIGTERM skips atexit).
    """
    kernel.mount(None, "/", None, kernel.MS_REC | kernel.MS_PRIVATE)
    kernel.mount("sandbox", root, "tmpfs", kernel.MS_NOSUID | kernel.MS_NODEV, "size=1m,mode=0755")
    for name in SYSTEM_DIRS:
        host = "/" + name
        if os.path.islink(host):
            os.symlink(os.readlink(host), root + host)
        elif os.path.isdir(host):
            os.mkdir(root + host)
            bind(host, root + host, readonly=True)
    # The private /tmp goes up before the prefixes: a project checked out under /tmp (CI clones
    # there) is then bound inside it instead of being hidden by it or colliding with it.
    os.mkdir(root + "/tmp")
    kernel.mount(
        "tmp",
        root + "/tmp",
        "tmpfs",
        kernel.MS_NOSUID | kernel.MS_NODEV | kernel.MS_NOEXEC,
        f"size={tmp_mb}m,mode=0700,uid={uid},gid={gid}",
    )
    tops = [p for p in ("/" + d for d in SYSTEM_DIRS) if os.path.isdir(p) and not os.path.islink(p)]
    for prefix in _outermost(prefixes):
        os.makedirs(root + prefix, exist_ok=True)
        bind(prefix, root + prefix, readonly=True)
        tops.append(prefix)
    if hide_packages:
        for path in sorted({p for top in tops for p in _package_dirs(top)}):
            if os.path.isdir(root + path):  # a real path that one of the binds shows
                _hide(root + path)
    os.makedirs(root + "/etc")
    for name in ("ld.so.cache", "localtime"):
        if os.path.exists("/etc/" + name):
            _touch(root + "/etc/" + name)
            bind(os.path.realpath("/etc/" + name), root + "/etc/" + name, readonly=True)
    write(
        root + "/etc/passwd",
        f"sandbox:x:{uid}:{gid}:sandbox:/tmp:/bin/false\n"
        f"nobody:x:{NOBODY}:{NOBODY}:nobody:/tmp:/bin/false\n",
    )
    write(root + "/etc/group", f"sandbox:x:{gid}:\nnogroup:x:{NOBODY}:\n")
    write(root + "/etc/hosts", "127.0.0.1 localhost sandbox\n")
    os.mkdir(root + "/dev")
    for name in DEVICES:
        _touch(root + "/dev/" + name)
        bind("/dev/" + name, root + "/dev/" + name, readonly=False, extra=kernel.MS_NOEXEC)
    for i, name in enumerate(("stdin", "stdout", "stderr")):
        os.symlink(f"/proc/self/fd/{i}", root + "/dev/" + name)
    os.symlink("/proc/self/fd", root + "/dev/fd")
    os.mkdir(root + "/proc")
    if with_proc:
        # hidepid=2: a process sees only its own uid's entries, so neither the root-owned init
        # (whose command line names our paths) nor the server is visible.
        kernel.mount(
            "proc",
            root + "/proc",
            "proc",
            kernel.MS_NOSUID | kernel.MS_NODEV | kernel.MS_NOEXEC,
            "hidepid=2",
        )
    _pivot_into(root)
    kernel.mount(
        None, "/", None, kernel.MS_REMOUNT | kernel.MS_RDONLY | kernel.MS_NOSUID | kernel.MS_NODEV
    )


def _pivot_into(root: str) -> None:
    """Make `root` the root, drop the old one, and remove `root`'s now unneeded host directory."""
    # Held across the pivot only to reach the host's side of `root`; closed right after.
    parent = os.open(os.path.dirname(root), os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.chdir(root)
        try:
            # pivot_root(".", ".") stacks the old root under the new one; detaching it drops it.
            kernel.pivot_root(".", ".")
            kernel.umount2(".", kernel.MNT_DETACH)
            pivoted = True
        except OSError:
            os.chroot(".")
            pivoted = False  # `root` is still a mount point here: the caller removes it later
        os.chdir("/")
        if pivoted:
            try:
                os.rmdir(os.path.basename(root), dir_fd=parent)
            except OSError:
                pass  # e.g. a temp dir we may not write to: the caller's cleanup removes it
    finally:
        os.close(parent)


def drop_privileges(uid: int, gid: int) -> None:
    os.setgroups([])
    if hasattr(os, "setresuid"):
        os.setresgid(gid, gid, gid)
        os.setresuid(uid, uid, uid)
    else:  # macOS: setgid/setuid as root set real, effective and saved ids alike
        os.setgid(gid)
        os.setuid(uid)


def own_keyring(applied: list[str], warnings: list[str]) -> None:
    """A fresh anonymous session keyring instead of the server's (keys are not namespaced)."""
    try:
        kernel.join_new_session_keyring()
        applied.append("keyring")
    except OSError as exc:
        warnings.append(f"session keyring: {exc}")


def enter_user_namespace(applied: list[str], warnings: list[str]) -> None:
    """Become `nobody` (65534) in a user namespace of our own and forbid nesting more of them.

    Inside, the process holds no capability after exec, and with max_user_namespaces at 0 it
    cannot create namespaces either, which removes the kernel attack surface that needs them.
    """
    uid, gid = os.geteuid(), os.getegid()
    # Credential changes made us non-dumpable, which makes /proc/self/uid_map root-owned.
    kernel.prctl(kernel.PR_SET_DUMPABLE, 1)
    kernel.unshare(kernel.CLONE_NEWUSER)
    write("/proc/self/setgroups", "deny")
    write("/proc/self/uid_map", f"{NOBODY} {uid} 1")
    write("/proc/self/gid_map", f"{NOBODY} {gid} 1")
    applied.append("user")
    try:
        write("/proc/sys/user/max_user_namespaces", "0")
        applied.append("no_nested_namespaces")
    except OSError as exc:
        warnings.append(f"cannot forbid nested user namespaces: {exc}")
