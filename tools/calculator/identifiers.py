"""Numbers that are names, not quantities: phone numbers, ISBNs, dates, ranges, versions, idioms.

`identifier_reason(expr)` looks at every run of digit groups joined without spaces by "-", "–",
"/" or "." ("1-800-273-8255", "978-0-306-40615-7", "12-25-2023", "1990-2000", "3.11.2") and
says what kind of identifier the run looks like, or None when every run reads as arithmetic
("16-3-4", "5000-3755"). The calculator abstains on a reason: "What is 1-800-273-8255?" asks
about a hotline, not for -9327. One linear scan; no regex with nested quantifiers.
"""

from __future__ import annotations

import datetime as dt
import re

# A maximal run of digits and joiners with no space inside; analysed piece by piece below.
_RUN = re.compile(r"[\d./–-]+")
# Whole expressions that are idioms or names when written alone ("What is 9/11?").
_IDIOMS = frozenset(
    {"9/11", "24/7", "50/50", "4/20", "7/11", "20/20", "1/2/3", "365/24/7", "36-24-36"}
)
_THOUSANDS_DOT = re.compile(r"\d{1,3}\.000")
_TIME_OF_DAY = re.compile(r"\d:\d\d")
_LOCAL_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\d{3}[- ])?\d{3}-\d{4}")
_PHONE_SHAPES = frozenset({(1, 3, 3, 4), (3, 3, 4), (2, 3, 3, 4), (2, 4, 4), (1, 3, 4)})


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _date_shaped(parts: list[str]) -> bool:
    """m-d-yyyy, d-m-yyyy or yyyy-m-d with a real calendar date."""
    if len(parts) != 3:
        return False
    a, b, c = parts
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return _valid_date(int(a), int(b), int(c))
    if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
        y = int(c)
        return _valid_date(y, int(a), int(b)) or _valid_date(y, int(b), int(a))
    return False


def _dashed(parts: list[str]) -> str | None:
    """Why digit groups joined by "-" are an identifier, or None for a subtraction chain."""
    lengths = tuple(len(p) for p in parts)
    if len(parts) == 2:
        a, b = int(parts[0]), int(parts[1])
        if lengths == (4, 4) and 1000 <= a < b <= 2999:
            return "a range of years"  # "1990-2000"
        if lengths == (4, 2) and 1000 <= a <= 2999 and b == (a + 1) % 100:
            return "a season or fiscal year"  # "2019-20"
        if lengths == (3, 4):
            return "a phone number"
    elif _date_shaped(parts):
        return "a date"
    elif lengths in _PHONE_SHAPES:
        return "a phone number"
    elif lengths == (3, 2, 4):
        return "an identification number"
    elif len(parts) in (4, 5) and lengths[-1] == 1 and sum(lengths) in (10, 13):
        return "an ISBN"
    elif all(n == 4 for n in lengths):
        return "a card or account number"
    elif all(n == 1 for n in lengths) and sum(int(p) for p in parts) == 10:
        return "a football formation"  # "4-2-3-1", "4-4-2": the ten outfield players
    # "07-12", "2023-05", "10-0-5": nobody writes a zero-padded or zero operand in arithmetic.
    if any(
        p.startswith("0") and (len(p) > 1 or (i and len(parts) > 2)) for i, p in enumerate(parts)
    ):
        return "a code with zero-padded groups"
    return None


def _run_reason(run: str) -> str | None:
    run = run.strip("./-")
    if "–" in run:
        return "a range (en dash)"  # "10–20": typographic ranges, never a minus sign
    if run.count(".") >= 2 and "-" not in run and "/" not in run:
        return "a version number or address"  # "3.11.2", "192.168.0.1"
    if _THOUSANDS_DOT.fullmatch(run):
        return "a dot as a thousands separator"  # "1.000 + 2.000": 3 or 3000?
    if run.count("/") >= 2:
        parts = run.split("/")
        if not all(p.isdigit() for p in parts):
            return None
        if len(parts) > 3 or _date_shaped(parts):
            return "a date"  # "12/25/2023", "2023/12/25"
        a, b, c = parts
        short_year = len(c) == 2 and len(a) <= 2 and len(b) <= 2
        if short_year and (_valid_date(2000, int(a), int(b)) or _valid_date(2000, int(b), int(a))):
            return "a date"  # "12/25/23"
        return None
    parts = run.split("-")
    if len(parts) >= 2 and all(p.isdigit() for p in parts):
        return _dashed(parts)
    return None


def identifier_reason(expr: str) -> str | None:
    """What identifier `expr` contains ("a phone number", "an ISBN", "a date", ...), or None."""
    text = expr.strip()
    if text in _IDIOMS:
        return "a name, not a quantity"
    if _LOCAL_PHONE.fullmatch(text):
        return "a phone number"
    if _TIME_OF_DAY.search(text):
        return "a time of day"
    for m in _RUN.finditer(text):
        why = _run_reason(m.group())
        if why:
            return why
    return None
