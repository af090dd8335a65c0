"""Writes the router's own dev sets next to this file: units, dates, arith and fresh (.jsonl).

`python tests/data/router/make_sets.py` (deterministic: fixed seeds; rerun after editing a
family). Items follow /work/shared/eval/router_dev.jsonl ({"id", "query", "label",
"expected", "tolerance"}) plus "family" and, for conversations, "messages" (both read by
`python -m bench.router`). These are development sets: the router's rules were written
against them, so their figures are not held-out estimates.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import arith_set
import dates_set
import fresh_set
import units_set

SETS = {
    "units": (units_set, 11),
    "dates": (dates_set, 12),
    "arith": (arith_set, 13),
    "fresh": (fresh_set, 14),
}


def write(name: str, items: list[dict]) -> Path:
    path = HERE / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, item in enumerate(items):
            f.write(json.dumps({"id": f"{name}-{i}", **item}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    for name, (module, seed) in SETS.items():
        path = write(name, module.build(random.Random(seed)))
        print(f"{path.relative_to(HERE.parents[2])}: {sum(1 for _ in path.open())} items")


if __name__ == "__main__":
    main()
