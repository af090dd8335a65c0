"""Sandboxed execution for the virtual experts.

`run_python` runs untrusted Python source in a fresh, namespaced, unprivileged child process
(see docs/SANDBOX.md for what holds where). `run_bounded` runs our own allow-listed `tools.`
functions (sympy, pint work) in a reusable worker that is killed and replaced on overrun.
Neither raises into the caller.
"""

from tools.sandbox.bounded import run_bounded, shutdown
from tools.sandbox.results import BoundedResult, ExecResult, Limits
from tools.sandbox.runner import run_python

__all__ = ["BoundedResult", "ExecResult", "Limits", "run_bounded", "run_python", "shutdown"]
