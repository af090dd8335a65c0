"""Attack tests, memory in every form: what one run can hold is bounded by its limits.

Each program tries one kind of memory RLIMIT_AS alone does not see (System V shared memory,
memfd files, semaphores, message queues) and prints how much it still holds at the end; the
run may hold no more than its memory limit (files: its tmpfs), whatever the form.
"""

from __future__ import annotations

import pytest

from tests.support.sandbox import assert_still_serving, needs_linux_root, run
from tools.sandbox import Limits
from tools.sandbox.runner import NAMESPACES, _run

pytestmark = needs_linux_root

MB = 1024 * 1024
LIMITS = Limits(timeout_s=10, cpu_s=5, memory_mb=128, file_size_mb=8, tmp_mb=8)

# Each program prints the bytes it holds when it stops (it keeps every object it made).
HOLD = {
    "anonymous": (
        "held = []\ntry:\n    while True:\n        held.append(bytearray(8 << 20))\n"
        "except MemoryError:\n    pass\nprint(len(held) * (8 << 20))"
    ),
    # Attach, fill and detach 32 MB segments: a detached segment is in no address space.
    "sysv-shm": (
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "libc.shmat.restype = ctypes.c_void_p\n"
        "libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]\n"
        "libc.shmdt.argtypes = [ctypes.c_void_p]\n"
        "for _ in range(12):\n    sid = libc.shmget(0, 32 << 20, 0o1600)\n    if sid < 0:\n"
        "        break\n    addr = libc.shmat(sid, None, 0)\n"
        "    if addr is None or addr == ctypes.c_void_p(-1).value:\n        break\n"
        "    ctypes.memset(addr, 1, 32 << 20)\n    libc.shmdt(ctypes.c_void_p(addr))\n"
        "rows = open('/proc/sysvipc/shm').read().split('\\n')\ncol = rows[0].split().index('rss')\n"
        "print(sum(int(r.split()[col]) for r in rows[1:] if r.strip()))"
    ),
    # memfd files live in the kernel's internal tmpfs, not in any address space once unmapped.
    "memfd": (
        "import os\nfds = []\ntry:\n    for _ in range(40):\n"
        "        fd = os.memfd_create('x')\n        fds.append(fd)\n"
        "        for _ in range(8):\n            os.write(fd, b'\\1' * (1 << 20))\n"
        "except OSError:\n    pass\nprint(sum(os.fstat(fd).st_blocks * 512 for fd in fds))"
    ),
    "tmpfs": (
        "import os\ntotal = 0\ntry:\n    for i in range(64):\n"
        "        with open(f'/tmp/f{i}', 'wb') as f:\n            f.write(b'\\1' * (1 << 20))\n"
        "        total += 1 << 20\nexcept OSError:\n    pass\n"
        "print(sum(os.stat(f'/tmp/{n}').st_blocks * 512 for n in os.listdir('/tmp')))"
    ),
    "posix-shm": (
        "from multiprocessing import shared_memory\nheld = []\ntry:\n    for _ in range(40):\n"
        "        s = shared_memory.SharedMemory(create=True, size=8 << 20)\n"
        "        s.buf[:] = b'\\1' * (8 << 20)\n        held.append(s)\n"
        "except OSError:\n    pass\nprint(len(held) * (8 << 20))"
    ),
}
BOUND = {"tmpfs": LIMITS.tmp_mb * MB}


@pytest.mark.parametrize("form", sorted(HOLD))
def test_no_form_of_memory_holds_more_than_the_runs_limit(form):
    result = run(HOLD[form], LIMITS)
    assert result.ok, result
    held = int(result.stdout)
    assert held <= BOUND.get(form, LIMITS.memory_mb * MB), (form, held // MB)
    assert_still_serving()


def test_memfd_create_is_refused():
    result = run("import os\nos.memfd_create('x')", LIMITS)
    assert not result.ok and result.error == "PermissionError: [Errno 1] Operation not permitted"
    assert_still_serving()


def test_system_v_semaphores_cannot_pin_kernel_memory():
    # Each semaphore is ~64 bytes of kernel memory; the kernel's defaults allow 10^9 of them.
    code = (
        "import ctypes\nlibc = ctypes.CDLL(None)\nn = 0\nfor _ in range(400):\n"
        "    if libc.semget(0, 250, 0o1600) < 0:\n        break\n    n += 250\nprint(n)"
    )
    result = run(code, LIMITS)
    assert result.ok, result
    assert int(result.stdout) * 64 <= 1 * MB, result.stdout
    assert_still_serving()


def test_system_v_message_queues_cannot_pin_kernel_memory():
    code = (
        "import ctypes\nlibc = ctypes.CDLL(None)\nbuf = ctypes.create_string_buffer(8 + 8192)\n"
        "buf[0] = 1\nheld = 0\nfor _ in range(2000):\n    q = libc.msgget(0, 0o1600)\n"
        "    if q < 0:\n        break\n    while libc.msgsnd(q, buf, 8192, 0o4000) == 0:\n"
        "        held += 8192\nprint(held)"
    )
    result = run(code, LIMITS)
    assert result.ok, result
    assert int(result.stdout) <= 1 * MB, result.stdout
    assert_still_serving()


def test_without_an_ipc_namespace_of_its_own_system_v_ipc_is_refused():
    # The host's limits are not ours to change: the filter denies System V IPC instead.
    namespaces = [n for n in NAMESPACES if n != "ipc"]
    code = "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
    code += "print(libc.semget(0, 1, 0o1600), libc.shmget(0, 4096, 0o1600), ctypes.get_errno())"
    result = _run(code, LIMITS, namespaces=namespaces)
    assert "ipc" not in result.isolation and "ipc_limits" not in result.isolation
    assert result.ok and result.stdout == "-1 -1 1\n", result
