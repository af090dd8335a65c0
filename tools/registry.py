"""The registry of virtual experts: `TOOLS` maps a tool name to its family's `TOOL`.

Every package in `TOOL_MODULES` exports `TOOL` (a `tools.base.Tool`). A family that is not
installed yet is skipped with a warning so one missing tool never disables the others; any
other import error is a real bug and propagates. `warm()` runs every tool's start-up work.
"""

from __future__ import annotations

import importlib
import logging

from tools.base import Tool

log = logging.getLogger(__name__)

# Order is the router's tie-break order: exact, narrow grammars first.
TOOL_MODULES: tuple[str, ...] = (
    "tools.calculator",
    "tools.symbolic",
    "tools.units",
    "tools.dates",
    "tools.code",
)


def _load(modules: tuple[str, ...]) -> dict[str, Tool]:
    tools: dict[str, Tool] = {}
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            log.warning("virtual expert %s is not available: %s", name, exc)
            continue
        tool = module.TOOL
        tools[tool.name] = tool
    return tools


TOOLS: dict[str, Tool] = _load(TOOL_MODULES)


def warm() -> None:
    """Do now what each tool's first request would otherwise pay for (starting the bounded
    workers, loading pint's registry). Blocking: call it off the event loop. May raise."""
    for tool in TOOLS.values():
        if tool.warm is not None:
            tool.warm()
