"""A length on a scale model, or the real thing's from the model's: "N gauge models are 1:160
scale. The real coach is 23 metres long - how many millimetres long is the model?" ->
"23 * 1000 / 160".

The story must hold the scale (1:N, 1/N or "a scale of 1 to N") and one length in metric units,
and say which of the two it is: the question asks for the other one by name ("the model", "the
real one") and in a unit of its own. Any other number, or a second length, abstains.
`scaled_length(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.measures import SCALE, in_one, one_unit
from tools.calculator.rates import MAX_STORY, NUM, SENTENCES
from tools.words import stray_digit

_RATIO = re.compile(
    rf"(?<![\w.,])1\s*(?::|/|\s+to\s+)\s*(?P<n>{NUM})(?=\s+scale\b|\s*(?:scale|[.,]|$))"
    r"|\bscale\s+(?:of\s+)?1\s*(?::|/|\s+to\s+)\s*(?P<n2>\d[\d,]*)",
    re.IGNORECASE,
)
_LENGTH = re.compile(rf"(?<![\w.,])(?P<v>{NUM})\s*(?P<unit>[a-z]+)\b", re.IGNORECASE)
_MODEL = r"(?:the\s+|my\s+|our\s+)?model(?:'s)?"
_REAL = r"(?:the\s+)?(?:real|actual|full[\s-]size|life[\s-]size|prototype)(?:\s+[a-z]+)?"
# "how many millimetres long is the model", "how long is the model in mm", "what's the model's
# length in cm"
_ASKED = re.compile(
    rf"^(?:so\s+)?(?:how\s+many\s+(?P<t>[a-z]+)\s+(?:long|tall|high|wide)\s+(?:is|will)\s+(?P<who>{_MODEL}|{_REAL})"
    rf"|how\s+(?:long|tall|high|wide)\s+(?:is|will)\s+(?P<who2>{_MODEL}|{_REAL})(?:\s+be)?\s+in\s+(?P<t2>[a-z]+)"
    rf"|what(?:'s|\s+is)\s+(?P<who3>{_MODEL}|{_REAL})(?:'s)?\s+length\s+in\s+(?P<t3>[a-z]+))"
    r"(?:\s+be)?\s*\??$",
    re.IGNORECASE,
)


def scaled_length(body: str) -> str | None:
    """ "23 * 1000 / 160" for the model's length from the real one at a stated scale (or the
    real one's from the model's), else None."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or not 2 <= len(sentences) <= 3 or "scale" not in body.lower():
        return None
    story, question = " ".join(sentences[:-1]), sentences[-1].strip()
    asked, ratios = _ASKED.match(question), list(_RATIO.finditer(story))
    if asked is None or len(ratios) != 1:
        return None
    who = (asked["who"] or asked["who2"] or asked["who3"]).lower()
    target = one_unit(asked["t"] or asked["t2"] or asked["t3"])
    lengths = [
        m
        for m in _LENGTH.finditer(story)
        if one_unit(m["unit"]) in SCALE and not ratios[0].start() <= m.start() < ratios[0].end()
    ]
    if len(lengths) != 1 or target not in SCALE or stray_digit(story, [ratios[0], lengths[0]]):
        return None
    length, unit = lengths[0], one_unit(lengths[0]["unit"])
    told = story[max(0, length.start() - 40) : length.start()]
    to_model = "model" in who
    said_model = bool(re.search(r"\bmodel", told, re.IGNORECASE))
    if to_model == said_model:
        return None  # the length told must be the other one than the one asked
    n = (ratios[0]["n"] or ratios[0]["n2"]).replace(",", "")
    value = length["v"].replace(",", "")
    if (many := in_one(target, unit)) is not None:  # "23 metres" in millimetres
        converted = value if many == 1 else f"{value} * {many}"
    elif (few := in_one(unit, target)) is not None:
        converted = f"{value} / {few}"
    else:
        return None
    if int(n) == 0 or SCALE[unit][0] != "length":
        return None
    return f"{converted} / {n}" if to_model else f"{converted} * {n}"
