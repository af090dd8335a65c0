"""Rates as a story says them, said one way before its quantities are read by `rates`:
"£0.53 daily" is £0.53 a day, "12 litres per 100 miles" 0.12 litres a mile, "84 organ pipes …
£27.50 a pipe" 84 pipes, "£68 a head for 112 guests" £68 a guest, "1 kilo makes 36 tortillas"
36 tortillas per kilo. `rates_said(text)` gives the text so said. Pure string work."""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator.asked import PERIODS
from tools.calculator.measures import NUM
from tools.calculator.products import TIMES

NOT_UNITS = frozenset(  # words after a number that are not its unit ("57 in April")
    re.findall(
        r"\w+",
        "and or of for to in at on the a an by with from is are was were it its this that these "
        "those my our your their his her we i you they he she over",
    )
)

# Who or what a price is for when it is a price per head, not a charge: "Adults £12, children
# £7" is a price list (how many of each is not told), never a bill of two charges
PER_HEAD = frozenset(
    re.findall(
        r"\w+",
        "adult adults child children kid kids person people senior seniors student students "
        "member members guest guests ticket tickets entry admission concession concessions",
    )
)
_PRICE_OF_A_KIND = re.compile(
    r"^(?:(?:the|an?)\s+)?(?P<words>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})\s+(?:(?:is|are|costs?)\s+)?"
    rf"[$€£¥₹]\s?{NUM}$",
    re.IGNORECASE,
)


def price_per_head(term: str) -> bool:
    """Whether `term` is a price for one of a kind of person or ticket ("Adults £12")."""
    m = _PRICE_OF_A_KIND.match(term.strip())
    return bool(m) and not PER_HEAD.isdisjoint(m["words"].lower().split())


# "16 riding days", "8 flying hours": what the time is spent doing says nothing of its unit
_TIME_OF_DOING = re.compile(
    rf"(?<=\d)\s+[a-z]+ing\s+(?=(?:{'|'.join(f'{t}s?' for t in TIMES)})\b)", re.IGNORECASE
)
_GETS_THROUGH = re.compile(r"\b(?:get|gets|got|go|goes|went)\s+through\b(?=\s+\d)", re.IGNORECASE)
# "142.5 stage kilometres": a distance of a kind, in its unit
_KIND_OF_DISTANCE = re.compile(
    r"(?<=\d)\s+(?:stage|race|road|track|motorway|trail|course)\s+(?=(?:kilometres?|km|miles?)\b)",
    re.IGNORECASE,
)
# "84 organ pipes" after "£27.50 a pipe": a count is of the thing a price is per, whatever
# word comes before that thing's name (its head noun is last)
_PRICED_PER = re.compile(
    r"[$€£¥₹]\s?\d[\d,.]*\s+(?:a|an|per)\s+([a-z]{3,})\b(?:\s+(?:a|an|per)\s+([a-z]{3,})\b)?",
    re.IGNORECASE,
)


def counted_as_priced(text: str) -> str:
    """ "84 organ pipes … £27.50 a pipe" -> "84 pipes … £27.50 a pipe" (and "24 client sites …
    £14.99 a month per site": 24 sites)."""
    said = {per.lower() for m in _PRICED_PER.finditer(text) for per in m.groups() if per}
    for per in said - NOT_UNITS:
        text = re.sub(
            rf"(?<=\d)\s+(?!(?:{'|'.join(NOT_UNITS)}|per|each|every)\b)[a-z]+\s+(?={per}(?:e?s)?\b)",
            " ",
            text,
            flags=re.IGNORECASE,
        )
    return text


# (money only: "12 monthly instalments" are 12 instalments)
_PERIODIC = re.compile(
    rf"([$€£¥₹]\s?{NUM})\s+(hourly|daily|weekly|monthly|yearly|annual)\b", re.IGNORECASE
)
_RATE_EACH = re.compile(
    r"\b(?P<rate>(?:a|an|per|every)\s+(?:day|night|week|month|year|shift|hour|session))\s+each\b",
    re.IGNORECASE,
)
# A rate per a hundred or a thousand of something, said per one: "12 litres per 100 miles"
_PER_HUNDRED = re.compile(
    rf"(?<![\w.,])(?:(?P<money>[$€£]\s?)(?P<price>{NUM})|(?P<n>{NUM})(?P<what>\s+[a-z]+(?:\s+of\s+[a-z]+)?))"
    r"\s+(?:per|every)\s+(?P<k>100|1,?000)\s*(?P<per>[a-z]+)\b",  # ("£2.60 per 100 g": of a gram)
    re.IGNORECASE,
)


def _per_one(m: re.Match[str]) -> str:
    n = Decimal((m["n"] or m["price"]).replace(",", "")) / Decimal(m["k"].replace(",", ""))
    return f"{m['money'] or ''}{n.normalize():f}{m['what'] or ''} per {m['per']}"


# A price a head for a count said right after it is a price for each of that count
_HEAD_FOR = re.compile(
    r"\b(?:a|per)\s+(?:head|person)(?=\s+for\s+(?:the\s+)?\d[\d,]*\s+(?P<noun>[a-z]+)\b)",
    re.IGNORECASE,
)
# What one of something yields is so many per one of it: "1 kilo makes 36 tortillas"; what so
# many take to make one: "4.5 litres of milk make 1 kg of cheese" is 4.5 litres per kg
_ONE_MAKES = re.compile(
    r"(?<![\w.,])(?:1|a|an|one)\s+(?P<x>[a-z]+)\s+(?:makes|gives|yields)\s+"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<y>[a-z]+)\b",
    re.IGNORECASE,
)
_MAKE_ONE = re.compile(
    r"(?<![\w.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<x>[a-z]+)(?P<of>\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:make|makes|give|gives|yield|yields)\s+(?:1|a|an|one)\s+(?P<y>[a-z]+)(?:\s+of\s+[a-z]+)?\b",
    re.IGNORECASE,
)


# A temperature that names a thing, no quantity of the story: "in the -36 °C store"
_TEMPERATURE_NAMED = re.compile(
    r"\b(?P<the>the|a|an|our|their|its)\s+[-−–]?\d+(?:\.\d+)?\s?°\s?[CF]\s+(?=[a-z])"
)


# "312 gingerbread hearts at £3.75 and another 146 at the closing-time price of £2.50": 146
# hearts at £2.50
_ANOTHER = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s)\s+at\s+[$€£¥₹]\s?\d[\d.,]*"
    r"(?P<mid>,?\s+and\s+another\s+(?P<n>\d[\d,]*)\s+at\s+"
    r"(?:(?:the\s+|a\s+)?(?:[a-z-]+\s+)?price\s+of\s+)?)(?=[$€£¥₹])",
    re.IGNORECASE,
)


def another_said(text: str) -> str:
    """ "… and another 146 at the closing-time price of £2.50" -> "… and 146 hearts at £2.50"."""
    if "another" not in text or (m := _ANOTHER.search(text)) is None:
        return text
    return f"{text[: m.start('mid')]} and {m['n']} {m['noun']} at {text[m.end() :]}"


def rates_said(text: str) -> str:
    """`text` with its rates said the one way `rates.quantities` reads."""
    if "°" in text:
        text = _TEMPERATURE_NAMED.sub(r"\g<the> ", text)
    text = _PERIODIC.sub(lambda m: f"{m[1]} a {PERIODS[m[2].lower()]}", text)  # "£0.53 daily"
    text = _PER_HUNDRED.sub(_per_one, text)  # "12 litres per 100 miles": 0.12 litres a mile
    text = _TIME_OF_DOING.sub(" ", text)  # "16 riding days" are 16 days
    text = _KIND_OF_DISTANCE.sub(" ", text)
    if " through " in text:  # "each get through 2.75 kg a day": each uses it
        text = _GETS_THROUGH.sub("use", text)
    text = counted_as_priced(text)  # "84 organ pipes … £27.50 a pipe"
    text = _HEAD_FOR.sub(lambda m: f"a {m['noun']}", text)  # "£68 a head for 112 guests"
    if "kes " in text or "ves " in text or "lds " in text:  # "1 kilo makes 36 tortillas"
        text = _ONE_MAKES.sub(r"\g<n> \g<y> per \g<x>", text)
    if "ke " in text or "ve " in text or "ld " in text:  # "4.5 litres of milk make 1 kg"
        text = _MAKE_ONE.sub(r"\g<n> \g<x>\g<of> per \g<y>", text)
    if " each" in text:
        text = _RATE_EACH.sub(r"each \g<rate>", text)  # "3.5 litres a day each": each a day
    return text


# Named people's amounts in one list: "Ana picked 386 kg, Tomas 412 kg and Lea 298.5 kg"
_NAMED_LIST = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?-i:(?P<first>[A-Z][a-z]+))\s+(?P<verb>[a-z]+ed\s+)?(?=\d)"
    r"(?P<rest>[^.?!;]*?(?:,\s+|\s+and\s+)(?-i:[A-Z][a-z]+)\s+\d[^.?!;]*)"
)
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "monday tuesday wednesday thursday friday saturday sunday january february march april "
        "may june july august september october november december week day year month",
    )
)
_NAME_BEFORE = re.compile(r"(?:(?<=,\s)|(?<=\sand\s))(?-i:(?P<name>[A-Z][a-z]+))\s+(?=\d)")


def names_listed(story: str, question: str) -> str:
    """ "They picked 386 kg, 412 kg and 298.5 kg" for a list of amounts each after a name, when
    the question names none of them (it then asks of them all); `story` as it is otherwise."""
    m = _NAMED_LIST.search(story)
    if m is None:
        return story
    names = [m["first"], *(n["name"] for n in _NAME_BEFORE.finditer(m["rest"]))]
    if len(names) < 2 or any(
        re.search(rf"\b{name}\b", question) or name.lower() in _NOT_NAMES for name in names
    ):
        return story
    listed = _NAME_BEFORE.sub("", m["rest"])
    return f"{story[: m.start()]}They {m['verb'] or ''}{listed}{story[m.end() :]}"
