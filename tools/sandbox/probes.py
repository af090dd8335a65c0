"""Deliberately hostile or trivial pure functions used to exercise `run_bounded`.

They are real targets on the allow-list (`tools.sandbox.probes:*`) so tests and operators can
check that overruns in time, memory or recursion are contained without depending on sympy.
"""

from __future__ import annotations

import time
from typing import Any

_WARMED = False


def mark_warm() -> None:
    """A preload hook: records that the worker called it before serving."""
    global _WARMED
    _WARMED = True


def warmed(_: Any) -> bool:
    """Whether `mark_warm` ran in this worker."""
    return _WARMED


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


def escape(attempt: tuple[str, ...]) -> str:
    """Try one fixed escape from inside the worker, as a parser bug might; say what happened.

    The actions are fixed here (no caller-chosen paths or code); tests use them to show what a
    compromised tool function could and could not reach.
    """
    import os
    import socket

    kind = attempt[0]
    if kind == "read_shadow":
        return open("/etc/shadow").read()[:20]
    if kind == "list_home":
        return ",".join(sorted(os.listdir(os.path.expanduser("~root"))))
    if kind == "write_project":
        target = os.path.join(
            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
            "sandbox-escape.txt",
        )
        with open(target, "w") as f:
            f.write("escaped")
        return target
    if kind == "connect":
        socket.create_connection(("127.0.0.1", int(attempt[1])), timeout=1).close()
        return "connected"
    if kind == "whoami":
        return f"{os.getuid()} {os.geteuid()}"
    if kind == "processes":
        return ",".join(sorted(p for p in os.listdir("/proc") if p.isdigit()))
    raise ValueError(f"unknown attempt {kind!r}")
