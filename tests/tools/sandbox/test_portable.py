"""The portable layers alone (what macOS gets): private dir, empty env, rlimits, clock, cleanup.

Run on Linux with namespaces switched off, so the code path without them is exercised here too.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
import tempfile

import pytest

from tests.support.sandbox import FAST, processes_of, sandbox_uid
from tools.sandbox.runner import _run

# Without a private root the run's uid must reach the interpreter on the host itself, and this
# project's interpreter may sit in a private home: use a system one for these tests.
SYSTEM_PYTHON = next(
    (
        p
        for p in ("/usr/bin/python3", "/usr/local/bin/python3")
        if shutil.which(p) and not os.path.realpath(p).startswith("/root")
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0 or SYSTEM_PYTHON is None,
    reason="compares against the namespaced path (Linux, root, a system python3)",
)


def run_portable(code: str):
    return _run(code, FAST, namespaces=[], interpreter=(SYSTEM_PYTHON, []))


def test_portable_path_runs_in_a_private_temp_dir_with_an_empty_env():
    result = run_portable("import os\nprint(os.getcwd())\nprint(sorted(os.environ))")
    assert result.ok, result
    cwd, env = result.stdout.splitlines()
    assert os.path.basename(cwd).startswith("sbx-") and not os.path.exists(cwd)  # removed
    assert env in ("[]", "['LC_CTYPE']")
    assert not {"mount", "pid", "network", "user"} & set(result.isolation)
    assert "rlimits" in result.isolation


def test_portable_path_still_drops_root_and_limits_memory():
    result = run_portable("import os\nprint(os.getuid())\nx = bytearray(2 * 1024 ** 3)")
    uid = sandbox_uid(result)
    assert uid is not None and result.stdout == f"{uid}\n"
    assert result.killed == "memory"


def test_portable_path_kills_escaped_children_by_uid():
    code = (
        "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(60)\n"
        "    os._exit(0)\ntime.sleep(0.2)"
    )
    result = run_portable(code)
    assert result.ok, result
    assert processes_of(sandbox_uid(result)) == []  # the jail swept the run's private uid


def test_portable_path_enforces_the_wall_clock():
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), "sbx-*")))
    result = run_portable("import time\ntime.sleep(60)")
    assert result.timed_out and result.error == "timed out after 1.5 s"
    assert set(glob.glob(os.path.join(tempfile.gettempdir(), "sbx-*"))) <= before


def test_portable_path_reports_what_it_could_not_apply():
    result = _run("print(1)", FAST, namespaces=[], interpreter=(SYSTEM_PYTHON, []))
    assert result.ok
    assert "rlimits" in result.isolation and "user" not in result.isolation
    assert result.warnings == ()  # nothing was requested that failed
    unprivileged = _run(
        "print(1)", FAST, namespaces=[], interpreter=(SYSTEM_PYTHON, []), run_as=(65534, 65534)
    )
    assert unprivileged.ok
    assert any("no namespaces" in w for w in unprivileged.warnings), unprivileged.warnings
