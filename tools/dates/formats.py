"""The output format a dates question asks for: "… in MM/DD/YYYY", "(ISO 8601)". `split_format`
takes it off the question and gives the spec `render` in `tools.dates` understands. Pure regex
work."""

from __future__ import annotations

import re

# Output formats: the asked spelling -> a format spec understood by `render` in tools.dates.
_FORMAT_RE = re.compile(
    r"(?P<spec>(?:mm|dd|yyyy)(?P<sep>[/.-])(?:mm|dd|yyyy)(?P=sep)(?:mm|dd|yyyy))"
    r"|(?P<iso>iso(?:[- ]?8601)?)",
    re.IGNORECASE,
)


def parse_format(text: str) -> str | None:
    """'MM/DD/YYYY' -> 'MM/DD/YYYY'; 'ISO 8601' -> 'ISO'; None when unrecognised."""
    m = _FORMAT_RE.fullmatch(text.strip())
    if not m:
        return None
    if m["iso"]:
        return "ISO"
    spec = m["spec"].upper()
    parts = re.split(r"[/.-]", spec)
    return spec if sorted(parts) == ["DD", "MM", "YYYY"] else None


_FMT = r"(?:(?:mm|dd|yyyy)[/.-](?:mm|dd|yyyy)[/.-](?:mm|dd|yyyy)|iso(?:[- ]?8601)?)"
_FMT_TAIL = re.compile(
    rf"(?=[\s,(])(?:,?\s+(?:in|using|as|formatted\s+as|in\s+the\s+format(?:\s+of)?)\s+(?:the\s+)?"
    rf"(?:format\s+)?(?P<a>{_FMT})(?:\s+format)?|\s*\((?:format:?\s*)?(?P<b>{_FMT})\))$",
    re.IGNORECASE,
)


def split_format(body: str) -> tuple[str, str | None]:
    """'what is the date today in MM/DD/YYYY' -> ('what is the date today', 'MM/DD/YYYY')."""
    m = _FMT_TAIL.search(body)
    if not m:
        return body, None
    return body[: m.start()].strip().rstrip(","), parse_format(m["a"] or m["b"])
