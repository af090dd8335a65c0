"""What the server shows for a routed request: the direct answer, or the assist-mode tool message.

`render_direct` is the whole assistant message in `direct` mode ("127 × 89 = 11303").
`assist_text` is the content of the harmony tool message (from `functions.<tool>`) put into
the model's context in `assist` mode, so the model writes the answer around an exact result.
Neither runs a tool; the server runs `TOOLS[route.tool].run(call, ctx)` first. Every tool's
text passes here on its way to a person or the model, so this is where invisible characters
become visible (`tools.visible`).
"""

from __future__ import annotations

import json

from tools.base import ToolCall, ToolResult
from tools.visible import escape_invisible


def render_direct(call: ToolCall, result: ToolResult) -> str:
    """The assistant's reply in direct mode. Only meaningful when `result.ok`: on failure the
    server should fall back to the model (this returns a one-line reason for logs)."""
    if not result.ok:
        return escape_invisible(f"{call.tool} could not answer: {result.error or 'unknown error'}")
    return escape_invisible(result.output)


def assist_text(call: ToolCall, result: ToolResult) -> str:
    """JSON the model reads as the tool's reply: request span, exact output, or the error."""
    body: dict[str, object] = {"tool": call.tool, "request": call.text}
    if result.ok:
        body["result"] = result.output
        value = result.value
        body["value"] = value if isinstance(value, (int, float, str, bool)) else str(value)
    else:
        body["error"] = result.error or "unknown error"
    return escape_invisible(json.dumps(body, ensure_ascii=False))
