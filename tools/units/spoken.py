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
# "minus four degrees": a negative quantity wherever one starts, not after a quantity ("5 m
# minus 2 m" subtracts)
_MINUS = re.compile(r"\b(?:minus|negative) (?=\d)", re.IGNORECASE)
# "12 °C below zero", "38 degrees below zero": a negative reading ("below freezing" is left:
# freezing is 32 on the Fahrenheit scale)
BELOW_ZERO = re.compile(
    r"(?<![\w.-])(\d+(?:\.\d+)?)((?:\s*(?:°|degrees?\b|deg\b|celsius\b|fahrenheit\b|centigrade\b"
    r"|[CF]\b)\.?){1,3})\s+below\s+zero\b",
    re.IGNORECASE,
)
_QUANTITY_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[A-Za-z°²³/]+\.?\s*){0,2}$")


def _decimal(numerator: int, denominator: int) -> str | None:
    value = Fraction(numerator, denominator)
    text = f"{float(value):.6g}"
    return text if Fraction(text) == value else None  # "1/3 of a mile" stays as it was


_NUMBER_NAMES = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million|dozen|half|quarters?|minus|negative"
)
_NUMBER_WORD = re.compile(rf"\b{initials(_NUMBER_NAMES)}(?:{_NUMBER_NAMES})\b", re.IGNORECASE)


# "a mile and a half", "2 hours and a half": one unit and a half of it
_AND_A_HALF = re.compile(
    r"\b(?:(?P<a>an?|one)|(?P<n>\d+))\s+(?P<u>[a-z]+)\s+and\s+a\s+half\b", re.IGNORECASE
)


def number_words(text: str) -> str:
    """The text with its number words as digits ("twelve and a half kilograms" -> "12.5
    kilograms"), as far as they make one decimal number each."""
    if "below zero" in text.lower():
        text = BELOW_ZERO.sub(r"-\1\2", text)
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
    if "minus" not in text.lower() and "negative" not in text.lower():
        return text
    return _MINUS.sub(lambda m: m[0] if _QUANTITY_BEFORE.search(text, 0, m.start()) else "-", text)
