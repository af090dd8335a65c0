"""Attack tests, filesystem and environment: what sandboxed code can see, read, write and keep.

One property per test; each asserts containment and a clear error, then that the next run works.
"""

from __future__ import annotations

import glob
import os
import sys
import sysconfig
import tempfile
import uuid
from pathlib import Path

import pytest

from tests.support.sandbox import (
    FAST,
    REPO,
    assert_contained,
    assert_still_serving,
    needs_linux_root,
    run,
)
from tools.sandbox import Limits

pytestmark = needs_linux_root


def test_etc_shadow_is_not_readable():
    result = run("print(open('/etc/shadow').read())")
    assert "root:" not in result.stdout
    assert_contained(result, "No such file", "Permission denied")
    assert_still_serving()


def test_etc_passwd_is_the_sandbox_stub_not_the_hosts():
    result = run("print(open('/etc/passwd').read())")
    assert result.ok, result
    assert "root:" not in result.stdout and result.stdout.startswith("sandbox:x:")
    assert_still_serving()


@pytest.mark.parametrize("relative", ["pyproject.toml", "tools/sandbox/jail.py", "."])
def test_project_files_are_invisible(relative):
    path = str(REPO / relative)
    result = run(
        f"import os\np = {path!r}\nprint(os.listdir(p) if os.path.isdir(p) else open(p).read())"
    )
    assert "[project]" not in result.stdout and "def main" not in result.stdout
    assert_contained(result, "No such file")
    assert_still_serving()


def test_home_directory_contents_are_invisible():
    home = Path.home()
    host_names = set(os.listdir(home))
    # Only the interpreter's own prefix may show through (read-only), never the rest of home.
    prefix = Path(os.path.realpath(sys.base_prefix))
    allowed = {prefix.relative_to(home).parts[0]} if prefix.is_relative_to(home) else set()
    result = run(f"import os\nprint('\\n'.join(os.listdir({str(home)!r})))")
    assert not (set(result.stdout.split()) & host_names) - allowed, result.stdout
    files = sorted(p for p in home.iterdir() if p.is_file() and p.name not in allowed)
    if files:
        hidden = run(f"print(open({str(files[0])!r}).read())")
        assert_contained(hidden, "No such file")
    assert_still_serving()


@pytest.mark.parametrize(
    "target",
    [
        "/evil.txt",
        "/etc/evil.txt",
        "/usr/evil.txt",
        "/usr/lib/evil.txt",
        "/dev/evil.txt",
        "/proc/evil.txt",
    ],
)
def test_writes_outside_the_temp_dir_fail(target):
    result = run(f"open({target!r}, 'w').write('x')")
    assert_contained(result, "Read-only file system", "Permission denied", "No such file")
    assert not os.path.exists(target)
    assert_still_serving()


def test_writes_into_its_tmp_never_reach_the_hosts_tmp():
    name = f"sbx-marker-{uuid.uuid4().hex}"
    result = run(f"open('/tmp/{name}', 'w').write('x')\nprint('wrote')")
    assert result.ok and result.stdout == "wrote\n", result
    assert not os.path.exists(os.path.join(tempfile.gettempdir(), name))
    assert_still_serving()


def test_secret_environment_variable_is_invisible(monkeypatch):
    monkeypatch.setenv("SANDBOX_TEST_SECRET", "hunter2-do-not-leak")
    result = run(
        "import os\nprint(sorted(os.environ))\nprint(repr(open('/proc/self/environ').read()))"
    )
    assert "hunter2" not in result.stdout + result.stderr
    # The exec'd environment is empty; Python itself only adds LC_CTYPE (PEP 538 coercion).
    assert result.ok and result.stdout in ("[]\n''\n", "['LC_CTYPE']\n''\n"), result
    parent = run("print(open('/proc/1/environ').read())")
    assert "hunter2" not in parent.stdout
    assert_contained(parent, "No such file", "Permission denied")
    assert_still_serving()


def test_files_do_not_persist_between_runs():
    first = run("open('/tmp/state.txt', 'w').write('left behind')\nprint('ok')")
    assert first.ok, first
    second = run("print(open('/tmp/state.txt').read())")
    assert "left behind" not in second.stdout
    assert_contained(second, "No such file")
    assert_still_serving()


def test_environment_changes_do_not_persist_between_runs():
    first = run("import os\nos.environ['LEAK'] = 'yes'\nos.putenv('LEAK2', 'yes')\nprint(1)")
    assert first.ok, first
    second = run("import os\nprint(os.environ.get('LEAK'), os.environ.get('LEAK2'))")
    assert second.stdout == "None None\n"
    assert_still_serving()


def test_host_temp_directory_is_removed_after_each_run(tmp_path, monkeypatch):
    # (a temp root of its own: another process's sandbox in /tmp at the same moment is no leak)
    made = []
    mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(
        tempfile, "mkdtemp", lambda *a, **k: made.append(mkdtemp(*a, **k)) or made[-1]
    )
    result = run("open('x', 'w').write('data')\nprint('ok')")
    assert result.ok, result
    assert [os.path.dirname(d) for d in made] == [str(tmp_path)]  # (the run made its directory)
    assert glob.glob(os.path.join(tmp_path, "sbx-*")) == []
    assert_still_serving()


def test_large_file_write_hits_the_file_size_limit():
    result = run(
        "f = open('/tmp/big', 'wb')\nfor _ in range(100):\n    f.write(b'x' * 1024 * 1024)\n"
        "    f.flush()"
    )
    assert_contained(result, "File too large")
    assert_still_serving()


def test_filling_the_private_tmpfs_stops_at_its_size():
    limits = Limits(timeout_s=3, cpu_s=2, file_size_mb=4, tmp_mb=8)
    result = run(
        "for i in range(10):\n    open(f'/tmp/f{i}', 'wb').write(b'x' * 3 * 1024 * 1024)", limits
    )
    assert_contained(result, "No space left on device")
    assert_still_serving()


def test_too_many_open_files_is_refused():
    result = run("fs = [open('/dev/null') for _ in range(10000)]")
    assert_contained(result, "Too many open files")
    assert_still_serving()


def test_proc_shows_only_the_sandbox_itself():
    result = run(
        "import os\npids = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())\n"
        "print(pids, os.getpid())\nopen('/proc/1/cmdline').read()"
    )
    pids_line = result.stdout.strip()
    assert pids_line.startswith("[2] 2"), pids_line  # init (pid 1) is hidden, host pids absent
    assert_contained(result, "No such file")
    assert_still_serving()


def test_server_process_proc_entry_is_invisible():
    result = run(f"print(open('/proc/{os.getpid()}/cmdline').read())")
    assert "pytest" not in result.stdout
    assert_contained(result, "No such file")
    assert_still_serving()


def test_sys_and_block_devices_are_absent():
    result = run("import os\nprint(sorted(os.listdir('/dev')))\nos.listdir('/sys')")
    assert result.stdout.strip() == str(
        sorted(["fd", "null", "random", "stderr", "stdin", "stdout", "urandom", "zero"])
    )
    assert_contained(result, "No such file")
    assert_still_serving()


def test_no_inherited_file_descriptors():
    result = run("import os\nprint(sorted(int(f) for f in os.listdir('/proc/self/fd')))")
    # 0-2 are stdio; 3 is the directory listing itself. The jail's status/kill pipes are gone.
    assert result.ok and result.stdout == "[0, 1, 2, 3]\n", result
    assert_still_serving()


def test_oversized_code_is_rejected_before_running():
    result = run("x = 1\n" * 100_000, Limits(code_bytes=64 * 1024))
    assert_contained(result, "limit is 65536")
    assert result.isolation == ()
    assert_still_serving()


def test_stdin_is_closed_so_input_fails_fast():
    result = run("input('name? ')", FAST)
    assert_contained(result, "EOFError")
    assert result.elapsed_s < FAST.timeout_s
    assert_still_serving()


def test_symlinks_and_proc_root_lead_nowhere_outside():
    code = (
        "import os\nos.symlink('/proc/1/root/etc', '/tmp/hostetc')\n"
        "print(sorted(os.listdir('/proc/self/root')))\nos.listdir('/tmp/hostetc')"
    )
    result = run(code)
    # /proc/self/root is the private root; init's root (and through it the host's) is hidden.
    assert result.stdout.startswith("['bin', 'dev', 'etc', 'lib'")
    assert_contained(result, "No such file")
    assert_still_serving()


def test_mount_table_names_no_host_paths():
    result = run("print(open('/proc/self/mountinfo').read())\nraise SystemExit(5)")
    assert str(REPO) not in result.stdout and "sbx-" not in result.stdout
    assert " / / ro," in result.stdout  # the private root is read-only
    assert_contained(result, "exited with status 5")
    assert_still_serving()


def test_proc_self_cgroup_names_no_host_cgroup():
    result = run("print(open('/proc/self/cgroup').read(), end='')")
    assert result.ok and result.stdout, result
    # Its own cgroup namespace: every hierarchy's path is its root, not the server's cgroup.
    assert [line.rsplit(":", 1)[1] for line in result.stdout.splitlines()] == [
        "/" for _ in result.stdout.splitlines()
    ], result.stdout
    assert "cgroup" in result.isolation


def test_host_site_packages_on_sys_path_still_import_nothing():
    # The interpreter's own site-packages holds numpy on the development machine.
    site = sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_exec_prefix})
    code = f"import sys\nsys.path += [{site['purelib']!r}, {site['platlib']!r}]\nimport numpy"
    result = run(code)
    assert_contained(result, "ModuleNotFoundError: No module named 'numpy'")
    assert_still_serving()


def test_no_site_or_dist_packages_directory_shows_any_package():
    code = (
        "import os\nfor top, dirs, _ in os.walk('/'):\n"
        "    if top in ('/proc', '/dev', '/tmp') or top.count('/') > 6:\n        dirs[:] = []\n"
        "    for d in dirs:\n        if d in ('site-packages', 'dist-packages'):\n"
        "            path = os.path.join(top, d)\n            print(path, len(os.listdir(path)))"
    )
    result = run(code, Limits(timeout_s=20, cpu_s=10))
    assert result.ok, result
    found = [line.rsplit(" ", 1) for line in result.stdout.splitlines()]
    assert found and all(count == "0" for _, count in found), result.stdout
