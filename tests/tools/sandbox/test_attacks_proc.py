"""Attack tests, processes and resources: bombs, loops, signals, network, privileges, output.

One property per test; each asserts containment and a clear error, then that the next run works.
Limits are small (about a second) so the whole file stays fast on two cores.
"""

from __future__ import annotations

import os
import socket
import threading

import pytest

from tests.support.sandbox import (
    FAST,
    assert_contained,
    assert_still_serving,
    needs_linux_root,
    processes_of,
    run,
    sandbox_uid,
)
from tools.sandbox import Limits

pytestmark = needs_linux_root


def test_infinite_loop_hits_the_cpu_limit():
    result = run("while True:\n    pass", Limits(timeout_s=4, cpu_s=1))
    assert result.killed == "cpu"
    assert_contained(result, "CPU time limit exceeded (1 s)")
    assert_still_serving()


def test_sleeping_past_the_wall_clock_is_killed():
    result = run("import time\nprint('start', flush=True)\ntime.sleep(60)")
    assert result.timed_out and result.killed == "timeout"
    assert result.stdout == "start\n"  # output produced before the kill is kept
    assert_contained(result, "timed out after 1.5 s")
    assert result.elapsed_s < FAST.timeout_s + 1.5
    assert_still_serving()


def test_fork_bomb_is_capped_and_cleaned_up():
    result = run(
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass"
    )
    assert_contained(result, "timed out", "CPU time limit")
    assert_still_serving()


def test_fork_count_stops_at_the_process_limit():
    code = (
        "import os, time\nn = 0\nfor _ in range(200):\n    try:\n        pid = os.fork()\n"
        "    except OSError as e:\n        print('refused', n, e.strerror, flush=True)\n"
        "        break\n    if pid == 0:\n        time.sleep(30)\n        os._exit(0)\n"
        "    n += 1\nraise SystemExit(3)"
    )
    result = run(code)
    words = result.stdout.split()
    assert words[0] == "refused" and int(words[1]) < FAST.processes, result.stdout
    assert "Resource temporarily unavailable" in result.stdout
    # The 15 sleeping children died with the run: the pid namespace went with its init.
    assert_contained(result, "exited with status 3")
    assert_still_serving()


def test_thread_bomb_is_refused():
    code = (
        "import threading, time\nts = []\nfor _ in range(10000):\n"
        "    t = threading.Thread(target=time.sleep, args=(30,), daemon=True)\n"
        "    t.start()\n    ts.append(t)"
    )
    result = run(code)
    assert_contained(result, "can't start new thread", "memory limit")
    assert_still_serving()


@pytest.mark.parametrize(
    "code",
    [
        "x = bytearray(2 * 1024 ** 3)",
        "chunks = []\nwhile True:\n    chunks.append(bytearray(16 * 1024 * 1024))",
        "s = 'x' * (10 ** 10)",
    ],
    ids=["one-block", "gradual", "string"],
)
def test_memory_bomb_is_refused(code):
    result = run(code)
    assert result.killed == "memory"
    assert_contained(result, "memory limit exceeded (256 MB)")
    assert_still_serving()


def test_huge_stdout_is_capped_and_the_run_stopped():
    result = run("while True:\n    print('x' * 1000)")
    assert result.truncated and result.killed == "output"
    assert len(result.stdout.encode()) <= FAST.output_bytes
    assert_contained(result, "output limit exceeded")
    assert_still_serving()


def test_huge_stderr_is_capped_too():
    result = run("import sys\nwhile True:\n    sys.stderr.write('e' * 1000)")
    assert result.truncated and len(result.stderr.encode()) <= FAST.output_bytes
    assert_contained(result, "output limit exceeded")
    assert_still_serving()


def test_terminal_escapes_are_stripped_from_output():
    code = (
        "import sys\nprint('\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mred\\x1b[0m\\x9b1m\\r')\n"
        "sys.stderr.write('\\x1b[?1049h\\x1bPq#0\\x1b\\\\err\\u202e\\n')\nraise SystemExit(1)"
    )
    result = run(code)
    assert result.stdout == "red\n"  # the trailing \\r\\n became one newline
    assert result.stderr == "err<U+202E>\n"  # the bidi override is shown, not obeyed
    assert "\x1b" not in result.stdout + result.stderr + (result.error or "")
    assert_contained(result, "exited with status 1")
    assert_still_serving()


def test_listening_loopback_port_of_the_server_is_unreachable():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    port = server.getsockname()[1]
    try:
        result = run(f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=1)")
        with pytest.raises(BlockingIOError):
            server.accept()  # nothing ever connected
    finally:
        server.close()
    assert_contained(result, "Network is unreachable", "Connection refused")
    assert_still_serving()


def test_outside_network_is_unreachable():
    result = run("import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=1)")
    assert_contained(result, "Network is unreachable")
    assert_still_serving()


def test_only_a_down_loopback_interface_exists():
    result = run("import socket\nprint(socket.if_nameindex())\nprint(socket.gethostname())")
    assert result.ok, result
    assert result.stdout == "[(1, 'lo')]\nsandbox\n"  # own netns and uts namespace
    assert_still_serving()


def test_runs_as_nobody_in_its_own_user_namespace_over_a_private_host_uid():
    result = run("import os\nprint(os.getuid(), os.geteuid(), os.getgroups())\nos.setuid(0)")
    uid = sandbox_uid(result)
    assert uid is not None and uid >= 1_000_000  # unique on the host, never a real account
    assert "user" in result.isolation
    assert result.stdout == "65534 65534 []\n"
    # uid 0 does not even exist in its namespace (EINVAL); without one it is EPERM.
    assert_contained(result, "Invalid argument", "Operation not permitted")
    assert_still_serving()


def test_nested_namespaces_are_forbidden():
    code = (
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "print(libc.unshare(0x10000000), ctypes.get_errno())\n"
        "print(open('/proc/sys/user/max_user_namespaces').read().strip())\n"
        "open('/proc/sys/user/max_user_namespaces', 'w').write('100')"
    )
    result = run(code)
    assert "no_nested_namespaces" in result.isolation
    # EPERM from the seccomp filter, or ENOSPC from the zero namespace quota behind it.
    assert result.stdout in ("-1 1\n0\n", "-1 28\n0\n")
    assert_contained(result, "Permission denied", "Read-only")
    assert_still_serving()


def test_no_new_privileges_and_no_capabilities():
    result = run(
        "for line in open('/proc/self/status'):\n"
        "    if line.startswith(('NoNewPrivs', 'CapEff', 'CapPrm')):\n"
        "        print(line.split()[1])\nimport os\nos.chroot('/tmp')"
    )
    assert result.stdout.split() == ["0000000000000000", "0000000000000000", "1"]
    assert_contained(result, "Operation not permitted")
    assert_still_serving()


def test_ctypes_segfault_is_contained():
    result = run("import ctypes\nctypes.string_at(0)")
    assert result.signal == 11
    assert_contained(result, "killed by signal SIGSEGV")
    assert_still_serving()


def test_ctypes_syscalls_cannot_regain_root_or_remount():
    code = (
        "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "print(libc.setuid(0), libc.unshare(0x20000), libc.umount2(b'/', 2),"
        " libc.mount(b'none', b'/tmp', b'tmpfs', 0, None))\n"
        "print(os.getuid() != 0)\nos.setuid(0)"
    )
    result = run(code)
    assert result.stdout == "-1 -1 -1 -1\nTrue\n"
    assert_contained(result, "Invalid argument", "Operation not permitted")
    assert_still_serving()


@pytest.mark.parametrize(
    "code",
    [
        "import os, signal\nos.kill(1, signal.SIGKILL)",
        "import os, signal\nos.kill(os.getppid(), signal.SIGTERM)",
    ],
    ids=["kill-init", "kill-parent"],
)
def test_signalling_the_jail_is_refused(code):
    result = run(code)
    assert_contained(result, "Operation not permitted", "PermissionError")
    assert_still_serving()


def test_signalling_the_server_by_host_pid_fails():
    result = run(f"import os, signal\nos.kill({os.getpid()}, signal.SIGKILL)")
    assert_contained(result, "No such process")
    assert_still_serving()


def test_killing_its_own_process_group_only_ends_itself():
    result = run("import os, signal\nos.killpg(os.getpgrp(), signal.SIGKILL)")
    assert result.signal == 9 and result.killed == "signal"
    assert_contained(result, "killed by signal SIGKILL")
    assert_still_serving()


def test_kill_everything_reaches_nothing_outside():
    result = run("import os, signal\nos.kill(-1, signal.SIGKILL)")
    assert_contained(result, "No such process", "killed by signal")
    assert_still_serving()


def test_escaped_session_does_not_outlive_the_run():
    code = (
        "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(60)\n"
        "    os._exit(0)\ntime.sleep(0.2)\nraise SystemExit(4)"
    )
    result = run(code)
    uid = sandbox_uid(result)
    assert uid is not None and processes_of(uid) == []
    assert_contained(result, "exited with status 4")
    assert_still_serving()


def test_subprocess_and_os_system_stay_inside():
    code = (
        "import os, subprocess\nprint(subprocess.run(['cat', '/etc/shadow'], "
        "capture_output=True).returncode, flush=True)\nos.system('ls /work /root/.ssh 2>/dev/null; "
        "echo rc=$?')\nsubprocess.run(['touch', '/usr/pwned'], check=True)"
    )
    result = run(code)
    assert result.stdout == "1\nrc=2\n", result
    assert not os.path.exists("/usr/pwned")
    assert_contained(result, "CalledProcessError")
    assert_still_serving()


def test_deep_recursion_is_a_clean_error():
    result = run("def f(n):\n    return f(n + 1)\nf(0)")
    assert_contained(result, "RecursionError")
    assert_still_serving()


def test_stack_overflow_with_raised_recursion_limit_is_contained():
    result = run("import sys\nsys.setrecursionlimit(10 ** 7)\ndef f(n):\n    return f(n + 1)\nf(0)")
    assert_contained(result, "SIGSEGV", "RecursionError", "memory limit", "timed out", "CPU time")
    assert_still_serving()


def test_concurrent_runs_are_isolated_from_each_other():
    results = [None] * 3

    def go(i):
        results[i] = run(
            f"open('/tmp/mine', 'w').write('{i}')\nimport time\ntime.sleep(0.3)\n"
            f"print(open('/tmp/mine').read())"
        )

    threads = [threading.Thread(target=go, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.stdout for r in results] == ["0\n", "1\n", "2\n"]
    assert len({sandbox_uid(r) for r in results}) == 3  # a private uid per concurrent run
    assert_still_serving()


def test_the_servers_session_keyring_is_not_inherited():
    import ctypes
    import platform

    nr = {"x86_64": 250, "aarch64": 219}.get(platform.machine())
    if nr is None:
        pytest.skip("keyctl syscall number unknown here")
    libc = ctypes.CDLL(None, use_errno=True)
    ours = libc.syscall(nr, 0, -3, 0)  # KEYCTL_GET_KEYRING_ID of KEY_SPEC_SESSION_KEYRING
    code = (
        f"import ctypes\nlibc = ctypes.CDLL(None)\nprint(libc.syscall({nr}, 0, -3, 0))\n"
        f"print(libc.syscall({nr}, 0, {ours}, 0))\nraise SystemExit(9)"
    )
    result = run(code)
    theirs, direct = (int(x) for x in result.stdout.split())
    assert "keyring" in result.isolation
    assert theirs != ours and direct == -1  # a fresh keyring; the server's is not reachable
    assert_contained(result, "exited with status 9")
    assert_still_serving()


@pytest.mark.parametrize(
    "name, number, expected_errno",
    [
        ("io_uring_setup", 425, 1),
        ("bpf", 321, 1),
        ("ptrace", 101, 1),
        ("userfaultfd", 323, 1),
        ("perf_event_open", 298, 1),
        ("keyctl", 250, 1),
        ("modify_ldt", 154, 1),
        ("clone3", 435, 38),  # ENOSYS so libc falls back to clone
        ("x32-abi getpid", 0x40000000 | 39, 1),
    ],
)
def test_seccomp_denies_kernel_attack_surface(name, number, expected_errno):
    import platform

    if platform.machine() != "x86_64":
        pytest.skip("syscall numbers in this test are x86_64's")
    code = (
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        f"r = libc.syscall({number}, 0, 0, 0, 0, 0)\nprint(r, ctypes.get_errno())\n"
        "raise SystemExit(7)"
    )
    result = run(code)
    assert "seccomp" in result.isolation
    assert result.stdout == f"-1 {expected_errno}\n", (name, result.stdout)
    assert_contained(result, "exited with status 7")
    assert_still_serving()


def test_personality_can_be_read_but_not_changed():
    # personality(0xffffffff) queries; 0x0040000 (ADDR_NO_RANDOMIZE) would switch off ASLR.
    code = (
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "print(libc.personality(0xFFFFFFFF), libc.personality(0x0040000), ctypes.get_errno())\n"
        "print(libc.personality(0xFFFFFFFF))"
    )
    result = run(code)
    assert result.ok and result.stdout == "0 -1 1\n0\n", result
    assert_still_serving()


def test_seccomp_leaves_threads_forks_and_subprocesses_working():
    code = (
        "import os, subprocess, threading\nt = threading.Thread(target=print, args=('t',))\n"
        "t.start()\nt.join()\npid = os.fork()\nif pid == 0:\n    os._exit(3)\n"
        "print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n"
        "print(subprocess.run(['echo', 'sub'], capture_output=True, text=True).stdout, end='')"
    )
    result = run(code)
    assert result.ok and result.stdout == "t\n3\nsub\n", result


@pytest.mark.parametrize(
    "family, proto",
    [
        ("AF_INET", 1),  # ICMP
        ("AF_INET6", 58),  # ICMPv6
        ("AF_PACKET", 0x0300),  # htons(ETH_P_ALL)
    ],
)
def test_raw_and_packet_sockets_are_refused(family, proto):
    result = run(f"import socket\nsocket.socket(socket.{family}, socket.SOCK_RAW, {proto})")
    assert_contained(result, "Operation not permitted")
    assert_still_serving()
