"""The harmony system and developer message texts.

System: model identity, knowledge cutoff, current date (a parameter, so a server can pin it and
keep its prompt cache across midnight), reasoning effort, built-in tools (browser, python) and the
valid channels. Developer: instructions, function tools as `namespace functions`, and response
formats. No clock reads and no request parsing here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from harmony.errors import HarmonyError
from harmony.tools_ts import ToolSpec, render_namespace, render_tools_section

DEFAULT_IDENTITY = "You are ChatGPT, a large language model trained by OpenAI."
DEFAULT_KNOWLEDGE_CUTOFF = "2024-06"
DEFAULT_CHANNELS = ("analysis", "commentary", "final")
REASONING_EFFORTS = ("low", "medium", "high")
FUNCTIONS_LINE = "Calls to these tools must go to the commentary channel: 'functions'."

_BROWSER_DESCRIPTION = (
    "Tool for browsing.\n"
    "The `cursor` appears in brackets before each browsing display: `[{cursor}]`.\n"
    "Cite information from the tool using the following format:\n"
    "`\u3010{cursor}\u2020L{line_start}(-L{line_end})?\u3011`, for example: "
    "`\u30106\u2020L9-L11\u3011` or `\u30108\u2020L3\u3011`.\n"
    "Do not quote more than 10 words directly from the tool output.\n"
    "sources=web (default: web)"
)


def _params(props: dict[str, Any], required: Sequence[str] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(required)}


_BROWSER_TOOLS = (
    ToolSpec(
        "search",
        "Searches for information related to `query` and displays `topn` results.",
        _params(
            {
                "query": {"type": "string"},
                "topn": {"type": "number", "default": 10},
                "source": {"type": "string"},
            },
            ["query"],
        ),
    ),
    ToolSpec(
        "open",
        (
            "Opens the link `id` from the page indicated by `cursor` starting at line number "
            "`loc`, showing `num_lines` lines.\n"
            "Valid link ids are displayed with the formatting: `\u3010{id}\u2020.*\u3011`.\n"
            "If `cursor` is not provided, the most recent page is implied.\n"
            "If `id` is a string, it is treated as a fully qualified URL associated with "
            "`source`.\n"
            "If `loc` is not provided, the viewport will be positioned at the beginning of the "
            "document or centered on the most relevant passage, if available.\n"
            "Use this function without `id` to scroll to a new location of an opened page."
        ),
        _params(
            {
                "id": {"type": ["number", "string"], "default": -1},
                "cursor": {"type": "number", "default": -1},
                "loc": {"type": "number", "default": -1},
                "num_lines": {"type": "number", "default": -1},
                "view_source": {"type": "boolean", "default": False},
                "source": {"type": "string"},
            }
        ),
    ),
    ToolSpec(
        "find",
        "Finds exact matches of `pattern` in the current page, or the page given by `cursor`.",
        _params(
            {"pattern": {"type": "string"}, "cursor": {"type": "number", "default": -1}},
            ["pattern"],
        ),
    ),
)

_PYTHON_DESCRIPTION = (
    "Use this tool to execute Python code in your chain of thought. The code will not be shown to "
    "the user. This tool should be used for internal reasoning, but not for code that is intended "
    "to be visible to the user (e.g. when creating plots, tables, or files).\n\n"
    "When you send a message containing Python code to python, it will be executed in a stateful "
    "Jupyter notebook environment. python will respond with the output of the execution or time "
    "out after 120.0 seconds. The drive at '/mnt/data' can be used to save and persist user files. "
    "Internet access for this session is UNKNOWN. Depends on the cluster."
)

BUILTIN_TOOLS = {
    "browser": lambda: render_namespace("browser", _BROWSER_TOOLS, _BROWSER_DESCRIPTION),
    "python": lambda: render_namespace("python", (), _PYTHON_DESCRIPTION),
}


@dataclass(frozen=True)
class SystemConfig:
    """What goes into the system message; None leaves a line out, as openai-harmony does."""

    model_identity: str | None = DEFAULT_IDENTITY
    knowledge_cutoff: str | None = DEFAULT_KNOWLEDGE_CUTOFF
    current_date: str | None = None
    reasoning_effort: str | None = "medium"
    valid_channels: tuple[str, ...] = DEFAULT_CHANNELS
    channel_required: bool = True
    builtin_tools: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.reasoning_effort is not None and self.reasoning_effort not in REASONING_EFFORTS:
            raise HarmonyError(
                f"reasoning_effort {self.reasoning_effort!r} is not supported; "
                f"use one of {', '.join(REASONING_EFFORTS)}",
                param="reasoning_effort",
            )
        unknown = [t for t in self.builtin_tools if t not in BUILTIN_TOOLS]
        if unknown:
            raise HarmonyError(
                f"unknown built-in tool(s) {unknown}; available: {', '.join(sorted(BUILTIN_TOOLS))}"
            )


def system_text(cfg: SystemConfig, has_function_tools: bool) -> str:
    """The system message content."""
    sections = []
    top = [cfg.model_identity] if cfg.model_identity else []
    if cfg.knowledge_cutoff:
        top.append(f"Knowledge cutoff: {cfg.knowledge_cutoff}")
    if cfg.current_date:
        top.append(f"Current date: {cfg.current_date}")
    if top:
        sections.append("\n".join(top))
    if cfg.reasoning_effort:
        sections.append(f"Reasoning: {cfg.reasoning_effort}")
    if cfg.builtin_tools:
        # upstream keeps namespaces in a sorted map, so browser precedes python
        names = sorted(set(cfg.builtin_tools))
        sections.append(render_tools_section([BUILTIN_TOOLS[n]() for n in names]))
    if cfg.valid_channels:
        line = f"# Valid channels: {', '.join(cfg.valid_channels)}."
        if cfg.channel_required:
            line += " Channel must be included for every message."
        if has_function_tools:
            line += "\n" + FUNCTIONS_LINE
        sections.append(line)
    return "\n\n".join(sections)


@dataclass(frozen=True)
class ResponseFormatSpec:
    """A structured-output format for the developer message's `# Response Formats` section."""

    name: str
    schema: Mapping[str, Any]
    description: str | None = None


def developer_text(
    instructions: str | None,
    functions: Sequence[ToolSpec],
    response_format: ResponseFormatSpec | None = None,
) -> str | None:
    """The developer message content, or None when there is nothing to say."""
    sections = []
    if instructions is not None:
        sections += ["# Instructions", instructions]
    if functions:
        sections.append(render_tools_section([render_namespace("functions", functions)]))
    if response_format is not None:
        body = json.dumps(response_format.schema, ensure_ascii=False, separators=(",", ":"))
        fmt = f"## {response_format.name}\n\n"
        if response_format.description:
            fmt += "".join(f"// {line}\n" for line in response_format.description.splitlines())
        sections += ["# Response Formats", fmt + body]
    return "\n\n".join(sections) if sections else None
