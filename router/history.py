"""Few-shot detection: do earlier tool-shaped turns show ordinary arithmetic, or a redefinition?

A conversation like "2+2" -> "5", "3+3" -> ? defines its own operation, so the router must
abstain. "2+2" -> "4", "3+3" -> ? is just a user asking twice. `consistent_history` checks each
earlier calculator-shaped user turn against the reply that followed, exactly
(`tools.calculator.exact`). Anything it cannot check counts as inconsistent.
"""

from __future__ import annotations

from tools.calculator import parse_request
from tools.calculator.exact import answers_match, quick_value


def consistent_history(earlier: list[tuple[str, str]]) -> bool:
    """False when an earlier calculator-shaped user turn got a non-standard (or no) answer."""
    for i, (role, body) in enumerate(earlier):
        if role != "user":
            continue
        found = parse_request(body, bare=True)
        if found is None:
            continue
        reply = (
            earlier[i + 1][1] if i + 1 < len(earlier) and earlier[i + 1][0] == "assistant" else None
        )
        if not answers_match(quick_value(found[0]), reply):
            return False
    return True
