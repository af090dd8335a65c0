"""Make a tool's text show everything it carries: invisible characters become `<U+XXXX>`.

Unicode tag characters, zero-width characters, invisible operators, the BOM, bidi controls and
supplementary variation selectors render as nothing, so output such as "42" followed by tag
characters spelling an instruction would reach a reader (or the model) as a plain "42" with a
hidden message. Escaping them visibly, rather than deleting them, shows that something was there.
Variation selectors 1-16 (U+FE00-FE0F) stay: emoji need them. Standard library only; the
sandbox's output cleaning and the router's rendering both use it.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile(
    "["
    "\u200b-\u200f"  # zero-width space, non-joiner, joiner; left-to-right / right-to-left marks
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064"  # word joiner, invisible function application / times / separator / plus
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"  # zero-width no-break space (byte order mark)
    "\U000e0000-\U000e007f"  # tag characters: invisible ASCII
    "\U000e0100-\U000e01ef"  # variation selectors 17-256: invisible bytes after any letter
    "]"
)


def escape_invisible(text: str) -> str:
    """`text` with every invisible character replaced by its visible code point, `<U+E0041>`."""
    return _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
