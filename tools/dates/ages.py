"""Ages told as a story, for the dates readers: someone born on one date and a second date,
told as an event of theirs ("married on …") or asked in the question ("How many weeks old is he
on 15 August 2026?"). Each is asked again as the plain question the grammar answers."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE
from tools.words import stray_digit


def age_question(text: str, question: str) -> str | None:
    """The plain question an age story asks, or None when it is not one (or abstains)."""
    if _AGE_AT.match(question):
        return _age_between(text, question)
    return _age_in(text, question)


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


# An age in days or weeks on a date the question gives: "Our son was born on 9 May 2026. How
# many weeks old is he on 15 August 2026?"
_AGE_IN = re.compile(
    r"^how\s+many\s+(?P<unit>days|weeks)\s+old\s+(?:is|was|will\s+be)\s+(?:he|she|it|they"
    r"|the\s+baby|[A-Z][a-z]+)(?:\s+be)?\s+on\s+",
    re.IGNORECASE,
)


def _age_in(text: str, question: str) -> str | None:
    asked = _AGE_IN.match(question)
    dates = list(DATE.finditer(text))
    if not asked or len(dates) != 2 or CHANGES.search(text) or stray_digit(text, dates):
        return None
    born, then = dates
    at = len(text) - len(question) + asked.end()
    if not _BORN.search(text, max(0, born.start() - 12), born.start()) or then.start() != at:
        return None
    if not re.fullmatch(r"\s*\?", text[then.end() :]):
        return None
    return f"How many {asked['unit'].lower()} from {born.group()} to {then.group()}?"
