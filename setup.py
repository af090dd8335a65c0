"""Build step for the CPU kernels (loader/cpu, C++ against MLX); the rest is in pyproject.toml.

`pip install` (editable or not) configures loader/cpu/CMakeLists.txt with the build
environment's MLX, nanobind and CMake and puts `loader/cpu/_ext*.so` next to its Python
package. A failed kernel build does not fail the install: the model then runs on MLX's own
kernels, and `python -m loader info` or the server's start-up log says why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


class CMakeExtension(Extension):
    def __init__(self, name: str, source_dir: Path) -> None:
        super().__init__(name, sources=[])
        self.source_dir = source_dir


class OptionalCMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        try:
            self._cmake(ext)
        except (OSError, subprocess.CalledProcessError) as exc:
            # Warn loudly but keep the install: MLX's kernels still work without ours.
            self.warn(
                f"the CPU kernels were not built ({exc}); the model will run on "
                "MLX's kernels. Install gcc/g++ and reinstall to build them."
            )

    def _cmake(self, ext: CMakeExtension) -> None:
        out_dir = Path(self.get_ext_fullpath(ext.name)).resolve().parent
        build_dir = Path(self.build_temp).resolve() / ext.name
        build_dir.mkdir(parents=True, exist_ok=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(
            [
                "cmake",
                "-S",
                str(ext.source_dir),
                "-B",
                str(build_dir),
                "-DCMAKE_BUILD_TYPE=Release",
                f"-DPython_EXECUTABLE={sys.executable}",
                f"-DCMAKE_LIBRARY_OUTPUT_DIRECTORY={out_dir}",
            ],
            check=True,
        )
        subprocess.run(["cmake", "--build", str(build_dir), "-j", jobs], check=True)


setup(
    ext_modules=[CMakeExtension("loader.cpu._ext", ROOT / "loader" / "cpu")],
    cmdclass={"build_ext": OptionalCMakeBuild},
)
