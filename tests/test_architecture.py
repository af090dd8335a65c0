"""The import graph keeps the one-way rules of docs/CONTRACTS.md: import-linter checks the
contracts in pyproject.toml ([tool.importlinter]) over the source tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    cmd = [str(lint), "--no-cache", "--config", str(ROOT / "pyproject.toml")]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout and " kept" in proc.stdout
