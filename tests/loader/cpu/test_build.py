"""The compiled kernels load on any x86-64 CPU: nothing built for a wider instruction set than the
CPU has runs before the run-time check chooses a variant. A translation unit compiled with AVX-512
flags had a static initializer (a lookup table built at namespace scope), which ran when the
module loaded; on an AVX2-only CPU `import` died of an illegal instruction."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from loader import cpu


def test_no_instruction_set_variant_runs_code_when_the_module_loads() -> None:
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("nm (binutils) is not installed")
    built = sorted(Path(cpu.__file__).parent.glob("_ext*.so"))
    if not built:
        pytest.skip("the extension is not built")
    symbols = subprocess.run([nm, str(built[0])], capture_output=True, text=True, check=True)
    initializers = [
        line.split()[-1] for line in symbols.stdout.splitlines() if "_GLOBAL__sub_I_" in line
    ]
    assert not [name for name in initializers if "isa_" in name], initializers


def test_the_kernels_load_and_pass_their_self_check_here() -> None:
    status = cpu.status()
    assert status.available, status.reason
    assert status.variants[-1] == "scalar"
