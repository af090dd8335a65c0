"""Thin bindings to the OS calls the sandbox needs and Python 3.11 lacks or gets wrong.

unshare(2), mount(2), umount2(2), pivot_root(2), keyctl(2) and prctl(2) through ctypes, plus a
poll()-based readiness wait and the sandbox's one cancellable wait for a turn (`acquire`).
Stdlib only: the jail loads this file by path in an isolated interpreter. Calls raise OSError
with errno set; off Linux `available()` is false.
"""

from __future__ import annotations

import ctypes
import os
import select
import sys
import threading
import time

CLONE_NEWNS = 0x00020000
CLONE_NEWCGROUP = 0x02000000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

NAMESPACES = {
    "mount": CLONE_NEWNS,
    "uts": CLONE_NEWUTS,
    "ipc": CLONE_NEWIPC,
    "pid": CLONE_NEWPID,
    "network": CLONE_NEWNET,
    "cgroup": CLONE_NEWCGROUP,
}

MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
MNT_DETACH = 0x2

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
PR_SET_NO_NEW_PRIVS = 38

# pivot_root and keyctl have no glibc wrapper; syscall numbers are per architecture.
_SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "arm64": 41, "riscv64": 41}
_SYS_KEYCTL = {"x86_64": 250, "aarch64": 219, "arm64": 219, "riscv64": 219}
KEYCTL_JOIN_SESSION_KEYRING = 1

_libc = None


def wait_readable(fd: int, timeout_s: float) -> bool:
    """poll(), not select(): a busy server's descriptors can exceed select's 1024 limit."""
    if not hasattr(select, "poll"):  # platforms without a usable poll()
        return bool(select.select([fd], [], [], max(0.0, timeout_s))[0])
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    return bool(poller.poll(max(0, int(timeout_s * 1000) + 1)))


def machine() -> str:
    """The CPU architecture (os.uname, not `platform`, which costs the jail a `re` import)."""
    return os.uname().machine


def available() -> bool:
    return sys.platform.startswith("linux")


def _lib() -> ctypes.CDLL:
    global _libc
    if _libc is None:
        # The interpreter already links libc: CDLL(None) finds its symbols without
        # find_library, which would spawn ldconfig/gcc on every sandbox start.
        _libc = ctypes.CDLL(None, use_errno=True)
    return _libc


def _check(rc: int, what: str) -> None:
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    _check(_lib().unshare(ctypes.c_int(flags)), f"unshare({flags:#x})")


def mount(
    source: str | None, target: str, fstype: str | None, flags: int = 0, data: str | None = None
) -> None:
    def enc(s: str | None) -> bytes | None:
        return None if s is None else s.encode()

    rc = _lib().mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data))
    _check(rc, f"mount {source!r} on {target!r}")


def umount2(target: str, flags: int = 0) -> None:
    _check(_lib().umount2(target.encode(), ctypes.c_int(flags)), f"umount {target!r}")


def pivot_root(new_root: str, put_old: str) -> None:
    nr = _SYS_PIVOT_ROOT.get(machine())
    if nr is None:
        raise OSError(38, f"pivot_root: unknown syscall number on {machine()}")
    rc = _lib().syscall(ctypes.c_long(nr), new_root.encode(), put_old.encode())
    _check(rc, "pivot_root")


def join_new_session_keyring() -> None:
    """Leave the inherited session keyring: possessing it would grant access to its keys."""
    nr = _SYS_KEYCTL.get(machine())
    if nr is None:
        raise OSError(38, f"keyctl: unknown syscall number on {machine()}")
    rc = _lib().syscall(
        ctypes.c_long(nr), ctypes.c_int(KEYCTL_JOIN_SESSION_KEYRING), ctypes.c_void_p(None)
    )
    if rc < 0:
        _check(rc, "keyctl(JOIN_SESSION_KEYRING)")


def prctl(option: int, arg: int) -> None:
    _check(
        _lib().prctl(
            ctypes.c_int(option),
            ctypes.c_ulong(arg),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
            ctypes.c_ulong(0),
        ),
        f"prctl({option})",
    )


def sethostname(name: str) -> None:
    raw = name.encode()
    _check(_lib().sethostname(raw, ctypes.c_size_t(len(raw))), "sethostname")


CANCEL_POLL_S = 0.05  # how often a cancellable wait looks at its event


def acquire(
    sem: threading.Semaphore, deadline: float, cancel: threading.Event | None = None
) -> bool:
    """Take `sem` before `deadline` (time.monotonic), giving up early once `cancel` is set."""
    while cancel is None or not cancel.is_set():
        left = max(0.0, deadline - time.monotonic())  # a free slot is taken even at 0
        if sem.acquire(timeout=left if cancel is None else min(left, CANCEL_POLL_S)):
            return True
        if time.monotonic() >= deadline:
            return False
    return False
