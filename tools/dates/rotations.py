"""A rota of so many days on and so many off, for the dates grammar: the first day of the k-th
stint is (k - 1) whole turns of the rota after the first. "I work 21 days on, 7 off. My first
stint on started 2 February 2027. What date does my third stint on begin?" -> "What date is 56
days after 2 February 2027?"; "booth rota is 4 days on, 4 days off. the first shift of my first
cycle was Thursday 2 September 2027. what date is the first shift of my 10th cycle" -> 72 days
after it; "28 days on the rock, 28 days ashore … my first stint began …".

The story tells the rota once, the first stint's start (one date) and nothing else with a
number; a change to the rota ("swapped", "extra", "except") leaves it to the model.
`rota_asked(text)` gives the plain question or None. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE, story_and_question
from tools.dates.phrases import ORDINALS
from tools.words import stray_digit

_STINT = r"(?:stint|cycle|rotation|tour|hitch|on-block|block|swing|spell)"  # ("on-block": set 188)
_ROTA = re.compile(
    r"\b(?P<on>\d{1,3})\s+days?\s+(?:on(?:\s+the\s+[a-z]+)?|at\s+sea|offshore|away)"
    r",?\s+(?:and\s+|then\s+)?(?P<off>\d{1,3})(?:\s+days?)?\s+(?:off|ashore|at\s+home|home)\b",
    re.IGNORECASE,
)
_ORDINAL = (
    r"(?P<k>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
)
_FIRST = re.compile(
    rf"\b(?:(?:my|the|our)\s+first\s+{_STINT}(?:\s+on)?|the\s+first\s+(?:shift|day)\s+of\s+"
    rf"(?:my|the|our)\s+first\s+{_STINT})\s+(?:started|began|starts|begins|was|is)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_ASKED = re.compile(
    rf"^(?:so\s+)?(?:(?:on\s+)?(?:what|which)\s+date\s+(?:does|will|is)\s+(?:my|the|our)\s+{_ORDINAL}"
    rf"\s+{_STINT}(?:\s+on)?\s+(?:begin|start)"
    rf"|(?:what|which)\s+date\s+is\s+the\s+first\s+(?:shift|day)\s+of\s+(?:my|the|our)\s+{_ORDINAL.replace('<k>', '<k2>')}"
    rf"\s+{_STINT})\s*\??$",
    re.IGNORECASE,
)


_ALTERED = re.compile(
    r"\b(?:but|except|swap\w*|switch\w*|extra|instead|skip\w*|missed|sick|leave|extended|shortened)\b",
    re.IGNORECASE,
)


def rota_asked(text: str) -> str | None:
    """The plain question for the first day of the k-th stint of a rota, or None."""
    low = text.lower()
    if " on" not in low or " off" not in low and "ashore" not in low and " home" not in low:
        return None
    if (told := story_and_question(text)) is None:
        return None
    story, question = told
    asked, rotas, dates = _ASKED.match(question.strip()), list(_ROTA.finditer(story)), []
    if asked is None or len(rotas) != 1 or CHANGES.search(story) or _ALTERED.search(story):
        return None
    dates = list(DATE.finditer(story))
    if len(dates) != 1 or not _FIRST.search(story, 0, dates[0].start()):
        return None
    if stray_digit(story, [*rotas, *dates]):
        return None
    said = (asked["k"] or asked["k2"]).lower()
    k = int(said[:-2]) if said[:1].isdigit() else ORDINALS[said]
    turn = int(rotas[0]["on"]) + int(rotas[0]["off"])
    if k < 1 or turn < 2:
        return None
    return f"What date is {(k - 1) * turn} days after {dates[0].group()}?"
