"""So many things of one size told, and their total asked in another unit, for the units frames:
"Seven floors at 3.6 m each. How tall is the lift shaft in feet?" -> 25.2 m in ft; "we loaded
1,800 sacks of 50 kg onto the barge. how many pounds is that altogether" -> 90000 kg in lb; "my
juggling clubs are 8 oz each and I carry 7. total weight in grams?" -> 56 oz in g.

The story must tell one quantity with its unit and one whole count of the things it is the size
of, joined as "N things at/of Q (each)", "N things weighing Q each", "things are Q each … I
carry N" or "Q per thing … N things", and no other number or word that works on them (`combined`'s, "each" aside). The total
is the count times the quantity, worked out exactly here and converted by pint as one quantity
(as `areas` does for a rectangle). `product_request(body)` gives the request or None. Pure
string work over `grammar.build`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.units.combined import WORKED
from tools.units.grammar import UnitsRequest, build, convertible
from tools.words import stray_digit

_MAX_TEXT = 300
_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)"
_Q = r"(?P<q>\d[\d,]*(?:\.\d+)?)\s*(?P<u>[a-zA-Zµ°²³/]+)"
_EACH = r"(?:\s+each|\s+apiece|\s+a\s+piece)?"
_TOLD = (
    # "Seven floors at 3.6 m each", "1,800 sacks of 50 kg", "12 posts weighing 9 kg each"
    re.compile(
        rf"(?<![\w.,]){_COUNT}\s+(?:[a-z]+\s+){{1,3}}?(?:at|of|weighing|measuring)\s+{_Q}{_EACH}\b",
        re.IGNORECASE,
    ),
    # "4 lb of seasoning per sack and we're boiling 6 sacks" (set 188)
    re.compile(
        rf"(?<![\w.,]){_Q}(?:\s+of\s+[a-z]+)?\s+(?:per|a|each)\s+"
        r"(?!(?:second|minute|hour|day|night|week|month|year)s?\b)"  # (a rate in time: the calculator's)
        rf"(?P<thing>[a-z]{{3,}})\b[^.?!\d]{{0,40}}?"
        rf"\b{_COUNT}\s+(?P=thing)s?\b",
        re.IGNORECASE,
    ),
    # "my juggling clubs are 8 oz each and I carry 7"
    re.compile(
        rf"\b(?:is|are|weighs?|measures?)\s+{_Q}\s+(?:each|apiece)\s*(?:,|and)?\s+(?:i|we|you|they"
        r"|he|she)\s+(?:carry|carries|have|has|need|needs|bought|buy|use|uses|stack|load|loaded"
        rf"|laid|lay|fit|fitted)\s+{_COUNT}(?:\s+of\s+them)?\b",
        re.IGNORECASE,
    ),
)
_UNIT_ASKED = r"(?P<t>(?:(?:square|cubic)\s+)?[a-z°²³]{1,14})"
_ASKED = re.compile(
    r"(?:^|(?<=[.?!;])\s+|,\s+|\s+[-—–]\s+)(?:so\s+)?(?:"
    # "total weight in grams?", "what's the total in kg"
    r"(?:what(?:'s|\s+is)\s+(?:the|their|its|our|my)\s+)?(?:total|combined|whole)\s+"
    rf"(?:(?:weight|length|height|mass|volume|distance|load)\s+)?in\s+{_UNIT_ASKED}"
    # "How tall is the lift shaft in feet?"
    r"|how\s+(?:tall|high|long|heavy|far|deep)\s+(?:is|are|was)\s+(?:the|it|that|this|they|my|our)"
    rf"(?:\s+[a-z]+){{0,3}}\s+in\s+{_UNIT_ASKED.replace('<t>', '<t2>')}"
    # "how many pounds is that altogether"
    rf"|how\s+many\s+{_UNIT_ASKED.replace('<t>', '<t3>')}(?:\s+of\s+[a-z]+)?\s+(?:is\s+that|are\s+they"
    r"|do\s+they\s+weigh"
    r"|in\s+total|altogether)(?:\s+(?:altogether|in\s+total|all\s+together))?"
    r")\s*\??$",
    re.IGNORECASE,
)


def product_request(body: str) -> UnitsRequest | None:
    """The units request for so many things of one size, their total asked in a unit."""
    if len(body) > _MAX_TEXT or not (asked := _ASKED.search(body)):
        return None
    story = body[: asked.start()]
    told = [m for pattern in _TOLD for m in pattern.finditer(story)]
    if len(told) != 1 or stray_digit(story, told):
        return None
    said = told[0]
    if WORKED.search(story[: said.start()] + story[said.end() :]):
        return None  # ("… and 3 spare", "… twice")
    target = asked["t"] or asked["t2"] or asked["t3"]
    one = build(f"{said['q']} {said['u']}", target)
    if not one or one.readings or len(one.terms) != 1:
        return None  # (a word of several readings: "How many tons is that?")
    if not convertible(one.terms[0].unit, one.target):
        return None  # (a count that is no size: "7 floors at 3 flats each")
    total = Decimal(said["n"].replace(",", "")) * Decimal(said["q"].replace(",", ""))  # (exact)
    return build(f"{total.normalize():f} {said['u']}", target)
