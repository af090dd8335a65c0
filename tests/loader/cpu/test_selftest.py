"""The kernels' C++ self-test (loader/cpu/csrc/selftest.cpp: every variant against a float64
reference, no MLX) built natively, and for arm64 under qemu so the NEON variant is checked on an
x86 machine too. The arm64 build needs Debian's g++-aarch64-linux-gnu and qemu-user; where they
are missing that case skips and says so (on an arm64 machine the native build covers NEON)."""

from __future__ import annotations

import platform
import shutil
import subprocess
from pathlib import Path

import pytest

CSRC = Path(__file__).resolve().parents[3] / "loader" / "cpu" / "csrc"
SOURCES = [
    "selftest.cpp",
    "drivers.cpp",
    "cpu.cpp",
    "threadpool.cpp",
    *sorted(p.name for p in CSRC.glob("isa_*.cpp")),
]


def build_and_run(compiler: str, out: Path, runner: list[str]) -> str:
    build = subprocess.run(
        [compiler, "-O2", "-std=c++20", "-pthread", *SOURCES, "-o", str(out)],
        cwd=CSRC,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    run = subprocess.run(
        [*runner, str(out)], capture_output=True, text=True, timeout=600, check=False
    )
    assert run.returncode == 0 and "0 failure(s)" in run.stdout, run.stdout[-3000:]
    return run.stdout


def test_native_selftest(tmp_path):
    out = build_and_run(shutil.which("g++") or "c++", tmp_path / "selftest", [])
    assert "PASS scalar linear" in out and "PASS scalar attention" in out
    if platform.machine() == "aarch64":
        assert "PASS neon mxfp4" in out


@pytest.mark.skipif(platform.machine() == "aarch64", reason="the native run covers NEON")
def test_neon_selftest_under_qemu(tmp_path):
    cxx, qemu = shutil.which("aarch64-linux-gnu-g++"), shutil.which("qemu-aarch64")
    if not (cxx and qemu):
        pytest.skip("needs g++-aarch64-linux-gnu and qemu-user (apt-get install them)")
    out = build_and_run(cxx, tmp_path / "selftest", [qemu, "-L", "/usr/aarch64-linux-gnu"])
    for case in ("neon linear 17x64x33 bf16", "neon mxfp4 6x20x256", "neon attention"):
        assert f"PASS {case}" in out
