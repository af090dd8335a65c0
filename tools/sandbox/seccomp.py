"""A seccomp-BPF deny-list for sandboxed code: kernel interfaces no Python snippet needs.

Stdlib only (ctypes), loadable by path inside the jail. Denied calls fail with EPERM (clone3 with
ENOSYS, so libc falls back to clone, whose namespace flags the user-namespace quota already
stops; personality only in its read-only query form); a foreign architecture kills the process,
an x32 ABI call fails. Numbers come from the kernel's unistd headers for x86_64 and the generic
table (aarch64, riscv64); other machines get no filter.
"""

from __future__ import annotations

import ctypes
import errno
import struct

try:
    from tools.sandbox import kernel
except ImportError:  # loaded by path inside the jail, next to kernel.py
    import kernel  # type: ignore[no-redef]

# Debuggers, other processes' memory, kernel programs and modules, keyrings, mounts and
# namespaces, io_uring (a large, frequently exploited surface), handle-based file access.
_DENY = (
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "process_madvise",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "open_tree",
    "move_mount",
    "fsopen",
    "fsmount",
    "fspick",
    "mount_setattr",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "swapon",
    "swapoff",
    "acct",
    "quotactl",
    "open_by_handle_at",
    "name_to_handle_at",
    "syslog",
    "fanotify_init",
    "lookup_dcookie",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "memfd_secret",
    # Anonymous tmpfs files: their pages are in no address space, so RLIMIT_AS never sees them
    # (nothing in the standard library creates one; os.memfd_create is only ever explicit).
    "memfd_create",
)
# Denied as well when the run has no System V IPC limits of its own (no private ipc namespace,
# or its limits could not be set): semaphores, queues and detached segments are kernel memory
# no rlimit counts. The standard library uses none of them.
SYSV_IPC = (
    "shmget",
    "shmat",
    "shmctl",
    "shmdt",
    "semget",
    "semop",
    "semtimedop",
    "semctl",
    "msgget",
    "msgsnd",
    "msgrcv",
    "msgctl",
)
_X86_64_ONLY = {
    # Segment descriptors for 16-bit code (Wine, DOSEMU); CPython and glibc never call it, and
    # it has been the way in for several kernel bugs.
    "modify_ldt": 154,
    "iopl": 172,
    "ioperm": 173,
    "uselib": 134,
    "ustat": 136,
    "sysfs": 139,
    "_sysctl": 156,
    "nfsservctl": 180,
}
_NUMBERS = {
    "x86_64": {
        "ptrace": 101,
        "process_vm_readv": 310,
        "process_vm_writev": 311,
        "pidfd_getfd": 438,
        "process_madvise": 440,
        "bpf": 321,
        "perf_event_open": 298,
        "userfaultfd": 323,
        "keyctl": 250,
        "add_key": 248,
        "request_key": 249,
        "mount": 165,
        "umount2": 166,
        "pivot_root": 155,
        "chroot": 161,
        "unshare": 272,
        "setns": 308,
        "open_tree": 428,
        "move_mount": 429,
        "fsopen": 430,
        "fsmount": 432,
        "fspick": 433,
        "mount_setattr": 442,
        "kexec_load": 246,
        "kexec_file_load": 320,
        "init_module": 175,
        "finit_module": 313,
        "delete_module": 176,
        "reboot": 169,
        "swapon": 167,
        "swapoff": 168,
        "acct": 163,
        "quotactl": 179,
        "open_by_handle_at": 304,
        "name_to_handle_at": 303,
        "syslog": 103,
        "fanotify_init": 300,
        "lookup_dcookie": 212,
        "io_uring_setup": 425,
        "io_uring_enter": 426,
        "io_uring_register": 427,
        "memfd_secret": 447,
        "memfd_create": 319,
        "clone3": 435,
        "personality": 135,
        "shmget": 29,
        "shmat": 30,
        "shmctl": 31,
        "shmdt": 67,
        "semget": 64,
        "semop": 65,
        "semtimedop": 220,
        "semctl": 66,
        "msgget": 68,
        "msgsnd": 69,
        "msgrcv": 70,
        "msgctl": 71,
    },
    "generic": {
        "ptrace": 117,
        "process_vm_readv": 270,
        "process_vm_writev": 271,
        "pidfd_getfd": 438,
        "process_madvise": 440,
        "bpf": 280,
        "perf_event_open": 241,
        "userfaultfd": 282,
        "keyctl": 219,
        "add_key": 217,
        "request_key": 218,
        "mount": 40,
        "umount2": 39,
        "pivot_root": 41,
        "chroot": 51,
        "unshare": 97,
        "setns": 268,
        "open_tree": 428,
        "move_mount": 429,
        "fsopen": 430,
        "fsmount": 432,
        "fspick": 433,
        "mount_setattr": 442,
        "kexec_load": 104,
        "kexec_file_load": 294,
        "init_module": 105,
        "finit_module": 273,
        "delete_module": 106,
        "reboot": 142,
        "swapon": 224,
        "swapoff": 225,
        "acct": 89,
        "quotactl": 60,
        "open_by_handle_at": 265,
        "name_to_handle_at": 264,
        "syslog": 116,
        "fanotify_init": 262,
        "lookup_dcookie": 18,
        "io_uring_setup": 425,
        "io_uring_enter": 426,
        "io_uring_register": 427,
        "memfd_secret": 447,
        "memfd_create": 279,
        "clone3": 435,
        "personality": 92,
        "shmget": 194,
        "shmat": 196,
        "shmctl": 195,
        "shmdt": 197,
        "semget": 190,
        "semop": 193,
        "semtimedop": 192,
        "semctl": 191,
        "msgget": 186,
        "msgsnd": 189,
        "msgrcv": 188,
        "msgctl": 187,
    },
}
_ARCH = {
    "x86_64": (0xC000003E, "x86_64"),
    "aarch64": (0xC00000B7, "generic"),
    "arm64": (0xC00000B7, "generic"),
    "riscv64": (0xC00000F3, "generic"),
}

_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_ALLOW, _ERRNO, _KILL_PROCESS = 0x7FFF0000, 0x00050000, 0x80000000
_X32_BIT = 0x40000000
_PERSONALITY_QUERY = 0xFFFFFFFF
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k & 0xFFFFFFFF)


def program(machine: str | None = None, extra: tuple[str, ...] = ()) -> bytes | None:
    """The raw BPF program for `machine` (default: this one), or None when unsupported.

    `extra` names more calls to deny with EPERM (e.g. `SYSV_IPC`).
    """
    arch = _ARCH.get(machine or kernel.machine())
    if arch is None:
        return None
    audit_arch, table_name = arch
    table = dict(_NUMBERS[table_name])
    if table_name == "x86_64":
        table.update(_X86_64_ONLY)
    names = (*_DENY, *extra, *(_X86_64_ONLY if table_name == "x86_64" else ()))
    checks = [(nr, "deny") for nr in sorted({table[n] for n in names})]
    checks += [(table["clone3"], "enosys"), (table["personality"], "query")]
    head = [
        _insn(_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _insn(_JEQ_K, 1, 0, audit_arch),
        _insn(_RET_K, 0, 0, _KILL_PROCESS),
        _insn(_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    n = len(checks) + (1 if table_name == "x86_64" else 0)
    # After the n checks: ALLOW, EPERM, ENOSYS, then personality's argument test (BPF only
    # jumps forward, so that test carries its own ALLOW and EPERM).
    where = {"deny": n + 1, "enosys": n + 2, "query": n + 3}
    body = []
    if table_name == "x86_64":
        body.append(_insn(_JGE_K, where["deny"] - 1, 0, _X32_BIT))  # x32 ABI numbers: deny
    for nr, verdict in checks:
        body.append(_insn(_JEQ_K, where[verdict] - len(body) - 1, 0, nr))
    tail = [
        _insn(_RET_K, 0, 0, _ALLOW),
        _insn(_RET_K, 0, 0, _ERRNO | errno.EPERM),
        _insn(_RET_K, 0, 0, _ERRNO | errno.ENOSYS),
        # personality(0xffffffff) only reads the persona; any other value would change it
        # (e.g. ADDR_NO_RANDOMIZE, READ_IMPLIES_EXEC). The kernel takes an unsigned int, so the
        # low word of args[0] is the whole argument (offset 16; every table here is little-endian).
        _insn(_LD_W_ABS, 0, 0, 16),
        _insn(_JEQ_K, 0, 1, _PERSONALITY_QUERY),
        _insn(_RET_K, 0, 0, _ALLOW),
        _insn(_RET_K, 0, 0, _ERRNO | errno.EPERM),
    ]
    return b"".join(head + body + tail)


def install(extra: tuple[str, ...] = ()) -> None:
    """Apply the filter to this process and its future children; requires no_new_privs.
    `extra` names more calls to deny (see `program`)."""
    prog = program(extra=extra)
    if prog is None:
        raise OSError(errno.ENOSYS, f"no seccomp syscall table for {kernel.machine()}")
    buf = ctypes.create_string_buffer(prog, len(prog))

    class _Fprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _Fprog(len(prog) // 8, ctypes.cast(buf, ctypes.c_void_p))
    lib = kernel._lib()
    rc = lib.prctl(
        ctypes.c_int(PR_SET_SECCOMP),
        ctypes.c_ulong(SECCOMP_MODE_FILTER),
        ctypes.byref(fprog),
        ctypes.c_ulong(0),
        ctypes.c_ulong(0),
    )
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"seccomp filter: {errno.errorcode.get(err, err)}")
