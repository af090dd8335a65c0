"""The one quantity inside a described thing or a told clause, for `phrasing`: "Ran 21.1 km
this morning", "a 1.5 carat diamond", "A 21 ft scaffold tube". None when the phrase holds another
number before it, a word after it that changes the amount ("I cut 5 m in half"), or a thing sold
by a nominal size ("a 2 inch pipe" is not 2 inches across). Pure regexes over a short phrase.
"""

from __future__ import annotations

import re

from tools.units.grammar import UnitsRequest, build, parse_unit

_CLAUSE_TAIL = 5  # words after a stated quantity that may be dropped ("… km this morning")
# (not "an acre" inside "half an acre", which is read from "half")
_QUANTITY_START = re.compile(
    r"(?:^|\s)(?=[-+]?\d|half\s+an?\s)|(?:^|(?<!\bhalf)(?<!\bof)\s)(?=(?:an?|one)\s)",
    re.IGNORECASE,
)
_PART_MORE = re.compile(r"^and\s+an?\s+(?:half|quarter|third)\b", re.IGNORECASE)
_BEFORE_WORKS = re.compile(
    r"\b(?:half|halves|thirds?|quarters?)\s+of\b|\b(?:doubled?|tripled?|twice|times|halved?)\b",
    re.IGNORECASE,
)
_TAIL_WORKS = re.compile(
    # (not "a 13.1-mile half marathon": a race)
    r"\b(?:half(?![\s-]+marathons?\b)|halves|halved|twice|double|doubled|triple|tripled|times"
    r"|thirds?|quarters?)\b",
    re.IGNORECASE,
)


# A number inside a name, not a quantity: "the under-11s pitch", "the U-12s", "Covid-19"
NAMED_NUMBER = re.compile(
    r"\b[A-Za-z]+-\d+[A-Za-z]*\b|\b\d{1,3}(?:st|nd|rd|th)\b"  # "the 7th hole"
    # "a 2-man tent", "a 3-bedroom house": a size of a thing in what it holds
    r"|\b\d{1,2}-(?:man|person|people|seater|berth|bed|bedroom|door|storey|tier|wheel|speed|hole"
    r"|sheet|piece|pack|ply|pin|way|gang|channel|string|cylinder|burner|star|toed|legged|wheeled"
    r"|headed|horned|masted|sided|storey|stroke)\b"  # ("a three-toed sloth": set 185)
    r"|\b\d{1,2}[- ](?:footer|tonner|wheeler|decker|pounder)s?\b"  # ("this forty-footer")
    # a screen's resolution, not kelvins: "Each 4K reel scan"
    r"|\b[48]K(?=\s+(?:reel|video|tv|screen|monitor|camera|scan|film|footage|display|stream)s?\b)"
)


# Labels that hold a number without being a quantity: "Day 3 of the itinerary", "Year 7"
LABEL = re.compile(
    r"\b(?:day|year|week|stage|leg|room|gate|platform|route|level|grade|part|chapter|page|step"
    r"|section|question|round|lap|hole|cage|court|lane|pen|stall|table|rink|bay|tank|kiln|oven"
    r"|booth|bed|ward|pitch|track|pond|pool|silo|vat|well|field|theatre|pot|cell|line|dock|berth"
    r"|pump|coach|carriage|unit|zone|press|machine|deck|hangar|aisle|wing|studio|pier|pit|shaft|ruta|highway|interstate)\s+\d{1,3}\b(?!\s*[.,]\d)",  # ("Cage 3's pitching machine is set at 70 mph")
    re.IGNORECASE,
)
# A year before the quantity: "His 1916 enlistment form gives his weight as 9 stone 11 lb"
YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b(?=\s+([A-Za-z]+))")


def unless_unit(year: re.Match[str]) -> str:
    return year.group() if parse_unit(year[1]) else ""


_TEMPERATURE = re.compile(r"°|\b(?:celsius|fahrenheit|centigrade|degrees?|kelvin)\b", re.IGNORECASE)
_DIFFERENCE = re.compile(
    r"\b(?:rises?|rose|risen|increase\w*|drops?|dropped|falls?|fell|change\w*|difference|warmer"
    r"|colder|hotter|cooler)\b",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"\b(?:pipes?|piping|tubes?|tubing|hoses?|ducts?|ducting|conduits?|fittings?|tyres?|tires?"
    r"|rims?|timber|lumber|studs?|joists?)\b",
    re.IGNORECASE,
)
_ACROSS = re.compile(r"\d\s*(?:in|inch|inches|\"|mm|cm|x)\b|\d\s*[x×]\s*\d", re.IGNORECASE)


def quantity_in(phrase: str, target: str) -> UnitsRequest | None:
    """The request for the one quantity inside `phrase` ("Ran 21.1 km this morning", "a 1.5
    carat diamond") in `target`; None when the phrase holds another number, or none, or
    describes a thing sold by a nominal size ("a 2 inch pipe" is not 2 inches across)."""
    if _TEMPERATURE.search(phrase) and _DIFFERENCE.search(phrase):
        return None  # "A temperature rise of 15 °C": 27 °F more, not 59 °F
    digit = next((i for i, c in enumerate(phrase) if c.isdigit()), len(phrase))
    if _NOMINAL.search(phrase, digit) and _ACROSS.search(phrase):
        # (the thing after its size; not "Tyre pressure 2.4 bar", nor "a 21 ft tube" long)
        return None
    for start in _QUANTITY_START.finditer(phrase):
        if _BEFORE_WORKS.search(phrase, 0, start.end()):
            return None  # "We doubled 3 kg", "Half of the 21.1 km": another amount may be asked
        if any(
            c.isdigit()
            for c in LABEL.sub(
                "", NAMED_NUMBER.sub("", YEAR.sub(unless_unit, phrase[: start.end()]))
            )
        ):
            return None  # a number before this one: which one is meant is unclear
        words = phrase[start.end() :].split()
        for cut in range(min(_CLAUSE_TAIL, len(words) - 1) + 1):
            if any(ch.isdigit() for w in words[len(words) - cut :] for ch in w):
                break  # the quantity would leave a number behind
            req = build(" ".join(words[: len(words) - cut]), target)
            if req and _PART_MORE.match(tail := " ".join(words[len(words) - cut :])):
                return None  # "an acre and a half": more than the acre read
            if req and _TAIL_WORKS.search(tail):
                return None  # "I cut 5 m in half": the halves may be asked
            if req:
                return req
    return None
