"""Loading keeps peak memory near the final model size (experts never dequantized, per-layer eval).

Measured in a fresh interpreter so other tests' MLX work cannot move the peak counter.
"""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
import mlx.core as mx
from mlx.utils import tree_flatten
import loader
mx.reset_peak_memory()
model, _, info = loader.load(sys.argv[1])
final = sum(v.nbytes for _, v in tree_flatten(model.parameters()))
print(json.dumps({"peak": mx.get_peak_memory(), "final": final,
                  "estimate": info.estimated_resident_bytes}))
"""


def test_peak_while_loading_within_ten_percent(tiny_lite_ckpt):
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tiny_lite_ckpt)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    m = json.loads(out.stdout.strip().splitlines()[-1])
    assert m["peak"] <= 1.10 * m["final"]
    # `python -m loader info` predicts the resident size from headers alone.
    assert abs(m["estimate"] - m["final"]) <= 0.02 * m["final"]
