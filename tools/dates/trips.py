"""A trip told by its start and its length in days, its return asked, for `runs`: "We leave port
on 20 October 2031 for a 38-day survey cruise. On what date do we return?" is asked again as
"What date is 38 days after 20 October 2031?" (a trip of N days away comes back N days after
it leaves, as a hire of N days is due back N days after it starts). Only when the story leaves
one answer: one date, the leaving said just before it and the length just after, every number
used, no word that changes the count. Pure regex work."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES
from tools.words import stray_digit

# Leaving, said just before the date: "We leave port on", "we set off on", "She flies out on"
_LEAVING = re.compile(
    r"\b(?:leave|leaves|leaving|set(?:s|ting)?\s+off|depart(?:s|ing)?|sail(?:s|ing)?"
    r"|fl(?:y|ies|ying)\s+out|head(?:s|ing)?\s+off)(?:\s+(?:port|home|harbour|the\s+[a-z]+))?"
    r"\s+on\s+$",
    re.IGNORECASE,
)
# ... and the length just after it: ", for a 38-day survey cruise", " for 12 days"
_FOR_DAYS = re.compile(
    r",?\s+for\s+(?:an?\s+)?(?P<n>\d{1,3})(?:-day(?:\s+[a-z]+){0,2}|\s+days)(?=\s*[.,;!]|$)",
    re.IGNORECASE,
)
# The return asked: "On what date do we return?", "When do we get back?"
_BACK_ASKED = re.compile(
    r"\b(?:do|does|will|should|would)\s+(?:we|i|they|he|she|the\s+[a-z]+)\s+(?:return|get\s+back"
    r"|come\s+back|come\s+home|get\s+home|arrive\s+back|dock)\b",
    re.IGNORECASE,
)


def days_away(
    text: str, question: str, dates: list[re.Match[str]], times: list[re.Match[str]]
) -> str | None:
    """The plain question of a trip's return (see the module docstring), or None."""
    if len(dates) != 1 or times or not _BACK_ASKED.search(question):
        return None
    date = dates[0]
    length = _FOR_DAYS.match(text, date.end())
    if length is None or not _LEAVING.search(text, max(0, date.start() - 30), date.start()):
        return None
    if CHANGES.search(text) or stray_digit(text, [date, length]):
        return None
    return f"What date is {length['n']} days after {date.group()}?"
