"""Quantities said in words, for the units frames: "three quarters of a mile", "a dozen inches",
"twelve and a half kilograms", "minus four degrees". Pure string work."""

from __future__ import annotations

import re
from fractions import Fraction

from tools.words import initials, words_to_digits

# Number words as a quantity: "three quarters of a mile", "a dozen inches", "twelve and a half
# kilograms", "minus four degrees". The calculator's reading first, then the forms it leaves
# for arithmetic ("(12 + 1/2)", "3/4 * a") as one decimal number.
_WORDED_FRACTION = re.compile(r"(?<![\w./])(\d+)/(\d+) \* (?:a|an|one) ")
_WORDED_MIXED = re.compile(r"\((\d+) \+ (\d+)/(\d+)\)")
# "minus four degrees": a negative quantity only where one starts ("5 m minus 2 m" subtracts)
_MINUS = re.compile(
    r"(?:^|(?<=\bis )|(?<=\bconvert )|(?<=\bwhats )|(?<=\bwhat's ))minus (?=\d)", re.IGNORECASE
)


def _decimal(numerator: int, denominator: int) -> str | None:
    value = Fraction(numerator, denominator)
    text = f"{float(value):.6g}"
    return text if Fraction(text) == value else None  # "1/3 of a mile" stays as it was


_NUMBER_NAMES = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million|dozen|half|quarters?|minus"
)
_NUMBER_WORD = re.compile(rf"\b{initials(_NUMBER_NAMES)}(?:{_NUMBER_NAMES})\b", re.IGNORECASE)


# "a mile and a half", "2 hours and a half": one unit and a half of it
_AND_A_HALF = re.compile(
    r"\b(?:(?P<a>an?|one)|(?P<n>\d+))\s+(?P<u>[a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE
)


def number_words(text: str) -> str:
    """The text with its number words as digits ("twelve and a half kilograms" -> "12.5
    kilograms"), as far as they make one decimal number each."""
    if not _NUMBER_WORD.search(text):
        return text
    if " and a half" in text:
        text = _AND_A_HALF.sub(lambda m: f"{int(m['n'] or 1)}.5 {m['u']}", text)
    text = words_to_digits(text)

    def fraction(m: re.Match[str]) -> str:
        d = _decimal(int(m.group(1)), int(m.group(2)))
        return m.group() if d is None else d + " "

    def mixed(m: re.Match[str]) -> str:
        d = _decimal(int(m.group(1)) * int(m.group(3)) + int(m.group(2)), int(m.group(3)))
        return m.group() if d is None else d

    text = _WORDED_MIXED.sub(mixed, _WORDED_FRACTION.sub(fraction, text))
    return _MINUS.sub("-", text) if "minus" in text.lower() else text
