"""Deliberately hostile or trivial pure functions used to exercise `run_bounded`.

They are real targets on the allow-list (`tools.sandbox.probes:*`) so tests and operators can
check that overruns in time, memory or recursion are contained without depending on sympy.
"""

from __future__ import annotations

import time
from typing import Any


def echo(payload: Any) -> Any:
    """Return the payload unchanged (round-trip check)."""
    return payload


def power(payload: tuple[int, int]) -> int:
    """Exact integer power; `(9, 9**9)` runs far past any timeout."""
    base, exponent = payload
    return base**exponent


def allocate(megabytes: int) -> int:
    """Hold `megabytes` of memory at once and return its size."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def recurse(depth: int) -> int:
    return 0 if depth <= 0 else 1 + recurse(depth - 1)


def fail(message: str) -> None:
    raise ValueError(message)


def unpicklable(_: Any) -> Any:
    return lambda: None


def sympy_factorial(n: int) -> str:
    """Exact factorial through sympy; `10**10` must be stopped by the caller's limits."""
    import sympy

    return str(sympy.factorial(sympy.Integer(n)))


def pint_power(exponent: int) -> str:
    """`6^exponent m` through pint: a quantity with a huge magnitude, formatted."""
    import pint

    ureg = pint.UnitRegistry()
    return f"{(6 * ureg.meter) ** exponent:~}"[:100]
