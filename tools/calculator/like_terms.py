"""Like quantities of a story added before its units are read: "Marta picked 612 kg on Monday and
587 kg on Tuesday" is (612 + 587) kg, and "Three jobs took 12.5, 8.75 and 15 hours" is
(12.5 + 8.75 + 15) hours, so a rate times them ("€0.16 a kilo", "£14 an hour") has one
reading. Only measures (lengths, weights, volumes, times) are added when each is written with
its unit ("12 hens and 5 hens died" counts hens that differ); a list whose last number alone
carries the unit gives all of them that unit. Pure string work."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# A number as a list writes it: "1,450" but not the "104," of "104, 117 and 89"
_ITEM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "104, 117 and 89 tickets", "12.5, 8.75 and 15 hours": numbers listed, the last with its unit
_LISTED = re.compile(
    rf"(?<![\w.,$€£¥₹])(?P<items>{_ITEM}(?:,\s*{_ITEM})*),?\s+and\s+(?P<last>{_ITEM})\s+"
    r"(?P<unit>(?!(?:and|or|of|for|to|in|at|on|each|per|a|an)\b)[a-z]+)\b",
    re.IGNORECASE,
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# What may come between two like quantities added: "612 kg on Monday and 587 kg", "3 kg, 2 kg",
# "9.5 hours Monday and 11.25 hours Tuesday"
_BETWEEN = re.compile(
    rf"(?:\s+(?:(?:on|in|at)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?|{_DAY}\b))?(?:,\s+and\s+|,\s*|\s+and\s+)",
    re.IGNORECASE,
)


# A count said before its list: "we fenced 3 stretches of bank, 412 m, 287.5 m and 619 m" (the 3
# is how many the list holds, no quantity of its own)
_COUNTED_LIST = re.compile(
    rf"(?<![\w.,$€£¥₹])(?P<n>\d)\s+(?P<what>[a-z]+(?:\s+of\s+[a-z]+)?),\s+(?=(?P<list>{_ITEM}\s*[a-z]*"
    rf"(?:,\s*{_ITEM}\s*[a-z]*)*,?\s+and\s+{_ITEM})\b)",
    re.IGNORECASE,
)


def listed_alike(text: str) -> str:
    """The text with each number of a list given the unit said after its last (and the count
    said before a list of that many dropped)."""
    if " and " not in text:
        return text

    def each(m: re.Match[str]) -> str:
        items = [i.strip() for i in re.split(r",\s*", m["items"])]
        unit = m["unit"]
        return ", ".join(f"{i} {unit}" for i in items) + f" and {m['last']} {unit}"

    def uncounted(m: re.Match[str]) -> str:
        listed = len(re.findall(rf"(?<![\d.,]){_ITEM}", m["list"]))
        return f"{m['what']}, " if listed == int(m["n"]) else m.group()

    return _LISTED.sub(each, _COUNTED_LIST.sub(uncounted, text))


# What tells like quantities apart: "612 kg on Monday and 587 kg on Tuesday"
_QUALIFIER = re.compile(rf"(?:\b(?:on|in|at)\s+|\b(?=(?i:{_DAY})\b))([A-Za-z]+)")
_QUALIFIED = re.compile(rf"\s+(?:(?:on|in|at)\s+[A-Za-z]+|(?i:{_DAY})\b)")


def added(
    found: list[tuple[str, Counter]],
    spans: Sequence[tuple[int, int]],
    text: str,
    measures: frozenset[str],
) -> list[tuple[str, Counter]] | None:
    """`found` with runs of like measures next to each other added into one "(a + b)"; None
    when the rest of the text names what tells them apart ("… How much did she earn on
    Monday?" asks one of them)."""
    out: list[tuple[str, Counter]] = []
    ends: list[int] = []
    told_apart: set[str] = set()
    for (value, units), (start, end) in zip(found, spans, strict=True):
        alike = (
            out
            and units == out[-1][1]
            and len(units) == 1
            and next(iter(units.values())) == 1
            and next(iter(units)) in measures
            and _BETWEEN.fullmatch(text, ends[-1], start)
        )
        if alike:
            parts = out[-1][0].strip("()").split(" + ")
            out[-1] = (f"({' + '.join([*parts, value])})", units)
            told_apart.update(w.lower() for w in _QUALIFIER.findall(text, ends[-1], start))
            if after := _QUALIFIED.match(text, end):
                told_apart.update(w.lower() for w in _QUALIFIER.findall(after.group()))
                end = after.end()
            ends[-1] = end
        else:
            out.append((value, units))
            ends.append(end)
    rest = re.findall(r"[a-z]+", text[ends[-1] :].lower()) if ends else []
    return None if told_apart & set(rest) else out
