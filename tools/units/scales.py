"""A temperature told on one scale and read on the other, asked of a thing that shows the other
scale: "We heat the tubs to 38 °C before delivery. What would a guest's Fahrenheit thermometer
read?", "The naan recipe says 180 °C but our old oven only shows Fahrenheit. What setting is
that?", "Fahrenheit 41 on the old bar fridge dial is what in Celsius?".

The message must tell exactly one number, a temperature with its scale, name the other scale
after it (once or more), and ask for that reading in one of the ways below; a word that changes
the temperature (warmer, a rise, a difference) or compares it leaves it to the model.
`other_scale(body)` gives the request or None. Pure string work over `grammar.build`."""

from __future__ import annotations

import re

from tools.units.grammar import UnitsRequest, build

_SCALES = {"c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F"}
_TOLD = re.compile(
    r"(?<![\w.,])(?P<n>-?\d+(?:\.\d+)?)\s*(?:°\s*|degrees?\s+)?(?P<s>celsius|centigrade"
    r"|fahrenheit|(?<=°)[cf]|(?<=°\s)[cf]|(?<=\d)[cf])\b"
    # "Fahrenheit 41 on the old bar fridge dial"
    r"|\b(?P<s2>celsius|fahrenheit)\s+(?P<n2>-?\d+(?:\.\d+)?)(?![\w.,°])",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\b(?:celsius|centigrade|fahrenheit)\b|°\s?[cf]\b", re.IGNORECASE)
_INSTRUMENT = r"(?:thermometer|thermostat|dial|gauge|display|probe|oven|scale|controller)"
_ASKED = re.compile(
    r"(?:^|[.;!?]\s+|,\s+|\s[-—–]\s+)(?:so\s+)?(?:"
    # "What would a guest's Fahrenheit thermometer read?"
    rf"what\s+(?:would|will|should|does)\s+(?:an?\s+|the\s+|my\s+|our\s+|their\s+|his\s+|her\s+)?"
    rf"(?:[a-z']+\s+){{0,3}}{_INSTRUMENT}\s+(?:read|show|say)"
    # "What's that on a Fahrenheit thermostat?", "What setting is that?"
    rf"|what(?:'s|\s+is)\s+(?:that|it|this)\s+on\s+(?:an?|the|my|our)\s+(?:[a-z]+\s+){{0,2}}"
    rf"{_INSTRUMENT}"
    r"|what\s+(?:setting|reading|number)\s+(?:is\s+that|is\s+it|do\s+(?:i|we)\s+(?:use|set|need))"
    r"|what\s+(?:do|should)\s+(?:i|we)\s+set\s+(?:it|the\s+[a-z]+)\s+(?:to|at)"
    r"(?:\s+in\s+(?:°\s?[cf]|celsius|fahrenheit))?"  # "What do I set it to in °F?"
    r"|what\s+reading\s+(?:am\s+i|are\s+we)\s+after)\s*\??$"
    # "Fahrenheit 41 on the old bar fridge dial is what in Celsius?"
    r"|\bis\s+what\s+in\s+(?:celsius|fahrenheit)\s*\??$",
    re.IGNORECASE,
)
_CHANGED = re.compile(
    r"\b(?:warm\w*|hott\w*|cool\w*|cold\w*|rais\w*|rise|rises|drop\w*|fall\w*|increas\w*"
    r"|decreas\w*|differ\w*|than|above|below|up|down|by|between|per|each|every|more|less"
    r"|higher|lower|average|change\w*|record|feels?)\b",
    re.IGNORECASE,
)


def other_scale(body: str) -> UnitsRequest | None:
    """The request for the one temperature told, read on the other scale the message names."""
    if len(body) > 240 or not _ASKED.search(body) or _CHANGED.search(body):
        return None
    told = list(_TOLD.finditer(body))
    if len(told) != 1 or len(re.findall(r"\d+(?:\.\d+)?", body)) != 1:
        return None
    m = told[0]
    scale = _SCALES[(m["s"] or m["s2"]).lower()]
    others = [n for n in _NAMED.finditer(body) if not m.start() <= n.start() < m.end()]
    named = {_SCALES[re.sub(r"[°\s]", "", n[0]).lower()] for n in others}
    if len(named) != 1 or named == {scale} or others[0].start() < m.start():
        return None
    target = named.pop()
    return build(f"{m['n'] or m['n2']} {scale}", target)
