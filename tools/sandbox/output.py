"""Make captured program output safe to show: decode, drop terminal escapes and control bytes.

Sandboxed code controls its output completely, so before it reaches a terminal, a log or a chat
client we strip ANSI/VT escape sequences (CSI, OSC, DCS and friends) and C0/C1 control
characters other than newline and tab, and show invisible characters (bidi controls, zero-width
and tag characters that can disguise text or hide a message) as visible `<U+XXXX>` escapes.
"""

from __future__ import annotations

import re

from tools.visible import escape_invisible

_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[\x20-/]*[@-~]              # CSI: colours, cursor moves, screen clears
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?       # OSC: window titles, hyperlinks, clipboard
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?            # DCS, SOS, PM, APC strings
  | \x1b[\x20-/]*[0-~]                       # two- and three-byte escapes (charset, reset)
  | \x9b[0-?]*[\x20-/]*[@-~]                 # 8-bit CSI
  | \x1b                                     # a lone ESC left over
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_output(raw: bytes) -> str:
    """Decode `raw` as UTF-8 (replacing bad bytes), remove everything a terminal would act on and
    escape what a reader could not see."""
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return escape_invisible(_CONTROLS.sub("", text))


def last_error_line(stderr: str) -> str:
    """The final non-blank line of a traceback ("ZeroDivisionError: division by zero")."""
    for line in reversed(stderr.splitlines()):
        if line.strip():
            return line.strip()[:300]
    return ""
