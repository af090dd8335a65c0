"""The tool registry: every virtual-expert module is listed and exposes the Tool protocol."""

from __future__ import annotations

import pytest

from tools.base import ToolContext
from tools.registry import TOOL_MODULES, TOOLS, _load


def test_every_listed_tool_is_registered_under_its_name() -> None:
    assert set(TOOLS) == {"calculator", "symbolic", "units", "datetime", "code"}
    for name, tool in TOOLS.items():
        assert tool.name == name
        assert callable(tool.parse) and callable(tool.run)


def test_no_tool_claims_plain_chat() -> None:
    ctx = ToolContext()
    for tool in TOOLS.values():
        assert tool.parse("Write a short poem about the sea.", ctx) is None


def test_missing_module_is_skipped_other_import_errors_raise() -> None:
    assert set(_load(("tools.calculator", "tools.not_a_tool_module"))) == {"calculator"}
    with pytest.raises(ModuleNotFoundError):
        _load(("not_a_package.tool",))  # the package itself is missing: a real bug


def test_registry_order_lists_math_first() -> None:
    assert TOOL_MODULES[:2] == ("tools.calculator", "tools.symbolic")
