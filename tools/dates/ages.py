"""An age at a second dated event, for the dates readers: someone born on one date and an event
of theirs on another ("Grandma was born on 12 June 1931 and married on 4 September 1954. How old
was she on her wedding day?"), asked again as the plain question the grammar answers. Ages with
the second date in the question are `facts.age_story`'s."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE
from tools.words import stray_digit


def age_question(text: str, question: str) -> str | None:
    """The plain question an age story asks, or None when it is not one (or abstains)."""
    return _age_between(text, question) if _AGE_AT.match(question) else None


# An age at a second dated event: "Grandma was born on 12 June 1931 and married on 4 September
# 1954. How old was she on her wedding day?"
_AGE_AT = re.compile(
    r"^(?:how\s+old|what\s+age)\s+(?:was|were|is|will)\s+(?:he|she|they)\b[^\d]*\?$", re.IGNORECASE
)
_BORN = re.compile(r"\bborn\s+(?:on\s+)?$", re.IGNORECASE)
_DID = re.compile(r"\b(?:and\s+)?(?!born\b)[a-z]+ed\s+(?:on\s+)?$", re.IGNORECASE)  # "married on"


def _age_between(text: str, question: str) -> str | None:
    dates = list(DATE.finditer(text))
    if len(dates) != 2 or CHANGES.search(text) or stray_digit(text, dates):
        return None
    born, then = dates
    if not _BORN.search(text, max(0, born.start() - 12), born.start()) or "born" in question:
        return None
    if not _DID.search(text, max(0, then.start() - 20), then.start()):
        return None  # "… and Ann on 4 September 1934": someone else's birth, not an event of hers
    return f"How old was someone born on {born.group()} on {then.group()}?"
