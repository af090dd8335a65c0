"""Quantities told one after another and their total asked in another unit, for the units
frames: "canoe is 42 lb, food pack 58 lb, gear pack 47 lb. total load in kg for the carry?" ->
42 lb + 58 lb + 47 lb in kg; "one twin was 3 st 9 lb and the other 3 st 12 lb. what's their
combined weight in kg".

The question must say it wants them all together ("total", "combined", "altogether", "in all",
"how many pounds am I hauling") and name the unit; the story must tell two to six quantities of that unit's kind and nothing
else with a number in it, and no word that works on them ("each", "per", "twice", "left",
"spare", "%": those are the calculator's or the model's). `combined_request(body)` gives the
request or None. Pure string work over `grammar.build`.
"""

from __future__ import annotations

import re

from tools.units.grammar import UnitsRequest, build, convertible
from tools.words import stray_digit

_MAX_TEXT = 300
# A quantity: a number and its unit, or two said together ("3 st 9 lb", "4 lb 6 oz", "5 ft 2 in")
QUANTITY = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s*(?:[a-zA-Zµ°²³]+)(?:\s+\d+(?:\.\d+)?\s*(?:lb|lbs|oz|in|inches))?"
    r"(?![\w])"
)
_ASKED = re.compile(
    r"(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?(?:what(?:'s|\s+is|\s+are)\s+(?:the|their|our|my|its)\s+)?"
    r"(?:total|combined|whole)\s+(?:[a-z]+\s+){0,2}?in\s+(?P<t>[a-z°²³ ]{1,20}?)"
    r"(?:\s+for\s+(?:the|my|our|a)\s+[a-z' -]{1,30})?\s*\??$"
    r"|(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?how\s+many\s+(?P<t2>[a-z°²³ ]{1,20}?)\s+(?:is\s+that|are\s+they"
    r"|is\s+it|do\s+they\s+weigh|am\s+i\s+[a-z]+(?:\s+[a-z]+){0,3})\s+(?:altogether|in\s+total|in\s+all"
    r"|combined|all\s+together)\s*\??$"
    # ("iron is 1.6 kg and the board 7.5 kg. how many pounds am i hauling up the stack": set 176)
    r"|(?:^|(?<=[.?!;])\s+|,\s+)(?:so\s+)?how\s+many\s+(?P<t3>[a-z°²³ ]{1,20}?)\s+(?:am\s+i|are\s+we"
    r"|is\s+(?:he|she))\s+(?:hauling|carrying|lugging|lifting|towing|pulling)(?:\s+[a-z]+){0,3}\s*\??$",
    re.IGNORECASE,
)
# The question's words for all of the quantities together
_ALL = re.compile(
    r"total|combined|altogether|in all|hauling|carrying|lugging|lifting|towing|pulling"
)
WORKED = re.compile(
    r"\b(?:each|every|per|a\s+piece|apiece|times|twice|half|double|left|remain\w*|spare|extra"
    r"|minus|less|except|without|plus|more|if|about|roughly|around|approx\w*)\b|%|/",
    re.IGNORECASE,
)


def combined_request(body: str) -> UnitsRequest | None:
    """The units request for the total of a story's quantities asked in another unit, or None."""
    if len(body) > _MAX_TEXT or not _ALL.search(body.lower()):
        return None
    asked = _ASKED.search(body)
    if asked is None:
        return None
    story, target = body[: asked.start()], (asked["t"] or asked["t2"] or asked["t3"]).strip()
    quantities = list(QUANTITY.finditer(story))
    if not 2 <= len(quantities) <= 6 or WORKED.search(story) or stray_digit(story, quantities):
        return None
    terms = [q.group().strip() for q in quantities]
    parts = [build(term, target) for term in terms]
    if not all(p and p.terms and convertible(p.terms[0].unit, p.target) for p in parts):
        return None  # (a number that is no quantity of the asked kind: "3 of us")
    return build(" + ".join(terms), target)
