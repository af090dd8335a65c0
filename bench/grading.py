"""Answer grading for `bench.router`, matching the rules of the shared router scorer.

Numbers: the LAST number in the answer must be within the item's relative tolerance.
Dates: any date written in a common form (ISO, Y/M/D, "Month D, YYYY", "D Month YYYY",
M/D/YYYY or D/M/YYYY) equal to the expected calendar date. Other text: whitespace-free,
case-folded substring. No I/O.
"""

from __future__ import annotations

import math
import re
from typing import Any

NUM_RE = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+")
ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = (
    (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
    (r"(\d{4})/(\d{1,2})/(\d{1,2})", "ymd"),
    (_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", "Mdy"),
    (r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+(\d{4})", "dMy"),
    (r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", "mdy"),
    (r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", "dmy"),
)


def last_number(text: str) -> float | None:
    found = NUM_RE.findall(text.replace("\u2212", "-"))
    return float(found[-1].replace(",", "")) if found else None


def dates_in(text: str) -> set[tuple[int, int, int]]:
    found = set()
    for pattern, order in _DATE_PATTERNS:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            parts = {}
            for key, val in zip(order, m.groups()):
                parts[key.lower()] = MONTHS.index(val[:3].lower()) + 1 if key == "M" else int(val)
            if 1 <= parts["m"] <= 12 and 1 <= parts["d"] <= 31:
                found.add((parts["y"], parts["m"], parts["d"]))
    return found


def answer_correct(item: dict[str, Any], answer: str | None) -> bool | None:
    """True/False for a gradable positive; None when the item has no expected answer."""
    expected = item.get("expected")
    if expected is None or item.get("label") == "negative":
        return None
    if not answer:
        return False
    if isinstance(expected, (int, float)):
        got = last_number(answer)
        tol = item.get("tolerance") or 1e-6
        return got is not None and math.isclose(got, expected, rel_tol=tol, abs_tol=1e-9)
    iso = ISO_RE.match(str(expected))
    if iso:
        return tuple(int(g) for g in iso.groups()) in dates_in(answer)
    norm = lambda s: re.sub(r"\s+", "", str(s).lower())
    return norm(expected) in norm(answer)
