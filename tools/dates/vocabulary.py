"""The words without which no message is a dates question, for a cheap first look: the grammar
reads a 200-character paragraph of prose in up to 0.6 ms, most of it spent learning that the
paragraph names no date, time or span. `may_be_dated(text)` says whether the grammar needs to
look at all. It must be generous: a question it turns away is never answered, so every word or
mark the grammar reads a date, a time, a span or a calendar fact from is here. Pure string work.
"""

from __future__ import annotations

import re

# Whole words (a trailing "s" allowed), matched on the lower-case text's letter runs, so
# "o'clock" gives "clock", "3pm" gives "pm" and "Christmas's" gives "christmas".
_SAID = """
    jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december
    mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat
    saturday sun sunday weekday weekend weeknight
    day daily week weekly fortnight fortnightly month monthly year yearly annual annually
    decade century centuries millennium millennia quarter semester
    hour hourly hr min minute sec second time date dated today tomorrow tomorow tmrw yesterday
    yday tonight now noon midday midnight morning afternoon evening night overnight clock am pm
    born birth birthday age aged old anniversary christmas xmas easter thanksgiving eve
    halloween valentine leap calendar gregorian julian epoch timestamp duration ago
"""
_WORDS = frozenset(_SAID.split())
_LETTERS = re.compile(r"[a-z]+")
# a date or time written in figures ("2027-03-04", "4/3", "17:30", "9.15"), or a number with a
# one-letter unit ("3h 20m", "10d", "6w", "2y")
_FIGURES = re.compile(r"\d\s?[-/.:]\s?\d|\d\s?[hmdwy]\b")


def may_be_dated(text: str) -> bool:
    """False only when `text` has none of the words or figures the dates grammar reads."""
    low = text.lower()
    if _FIGURES.search(low):
        return True
    return any(
        word in _WORDS or (word[-1] == "s" and word[:-1] in _WORDS)
        for word in _LETTERS.findall(low)
    )
