"""A question its asker corrects in the same message: "what's 18% of 2,450 — sorry, I meant
2,540", "Can you do 96 × 14? wait no, 96 × 41", "How many days from 3 Feb 2028 to 9 Mar 2028...
oops, to 19 Mar 2028", "what's 180 cm in feet — sorry, I meant in inches".

The correction replaces the one part of the question that has its shape: its numbers read as
any number and its words as written ("to 19 Mar 2028" replaces "to 9 Mar 2028"), else with only
its first word as written ("in inches" replaces "in feet"). A bare number replaces the number
it is a typo of (the same digits, or the fewest changed). More than one such part, or none, and
the message is left as it is: the model reads it. Pure string work.
"""

from __future__ import annotations

import re

from tools.words import has_digit

MAX_TEXT = 300
_MARKER = re.compile(
    r"(?:\s*[—–]\s*|\s+-\s+|[?.!,;:]*\s+|\.\.\.\s*)"
    r"(?:sorry,?\s+(?:i\s+meant|typo)|i\s+meant|no\s+wait|wait,?\s+no|oops(?:,?\s+typo)?"
    r"|correction|scratch\s+that|make\s+that|typo)[,:]?\s+(?P<fix>[^?!]{1,60}?)[.!?]*$",
    re.IGNORECASE,
)
_MARKED = ("sorry", "meant", "wait", "oops", "correction", "scratch", "make that", "typo")
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_TARGET = re.compile(r"(?:in|into|to)(?:\s+[A-Za-z°/]+){1,3}", re.IGNORECASE)  # "in inches"
_TOKEN = re.compile(rf"{_NUMBER}|[A-Za-z]+|[^\sA-Za-z\d]")


def corrected(text: str) -> str | None:
    """The message with its correction made, or None when it has none that fits one part."""
    if len(text) > MAX_TEXT:
        return None
    low = text.lower()
    if not any(word in low for word in _MARKED):
        return None  # (a plain word search first: most messages correct nothing)
    if not (found := _MARKER.search(text)):
        return None
    question, fix = text[: found.start()].rstrip(), found["fix"].strip().rstrip(".,;")
    if not question or not (has_digit(fix) or _TARGET.fullmatch(fix)):
        return None
    tokens = _TOKEN.findall(fix)
    if len(tokens) == 1:
        return _retyped(question, fix)
    for loose in (False, True):
        parts = [
            _NUMBER
            if re.fullmatch(_NUMBER, t)
            else (r"[A-Za-z]+" if loose and i and t.isalpha() else re.escape(t))
            for i, t in enumerate(tokens)
        ]
        pattern = r"(?<![\w.,])" + r"\s*".join(parts) + r"(?![\w])"
        spans = list(re.finditer(pattern, question, re.IGNORECASE))
        if len(spans) == 1:
            span = spans[0]
            return question[: span.start()] + fix + question[span.end() :]
        if spans:
            return None
    return None


def _retyped(question: str, fix: str) -> str | None:
    """The question with the one number `fix` is a typo of replaced."""
    numbers = list(re.finditer(rf"(?<![\w.,]){_NUMBER}(?![\w])", question))
    digits = fix.replace(",", "")
    if len(digits.replace(".", "")) < 2:
        return None  # "I meant 3": which number, one digit cannot say
    scored = sorted(
        (_changes(m.group().replace(",", ""), digits), i) for i, m in enumerate(numbers)
    )
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    best, index = scored[0]
    if best > 2:
        return None  # not a typo of any number there
    m = numbers[index]
    return question[: m.start()] + fix + question[m.end() :]


def _changes(a: str, b: str) -> int:
    """How many digits differ: the same digits in another order count as one change."""
    if len(a) != len(b):
        return 3
    if sorted(a) == sorted(b) and a != b:
        return 1
    return sum(x != y for x, y in zip(a, b, strict=True))
