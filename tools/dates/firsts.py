"""Which of a repeating series a dated first thing is, for `runs`: the first of the series
itself ("the first session was on …"), or another thing the series follows ("the first dose went
in on … and boosters follow every 21 days after it": the fourth booster is four steps after the
dose). Pure regexes."""

from __future__ import annotations

import re
from collections.abc import Sequence

# (a noun: not "the first on …", "the first one was …")
_FIRST_THING = re.compile(
    r"\bfirst\s+(?!(?:on|one|was|is|being|of|in|at|came|went|time|ever|the)\b)([a-z]+)",
    re.IGNORECASE,
)
# the things that repeat, named: "boosters follow every 21 days"
_REPEATED = re.compile(
    r"\b([a-z]+?)e?s\s+(?:follow|come|are\s+given|are\s+due|run|repeat|recur)\s+every\b",
    re.IGNORECASE,
)


def other_first(lead: str, text: str, asked: str) -> bool:
    """Whether the dated first thing is another than the series asked, which the story names
    repeating: "the first dose went in on …, and boosters follow every 21 days … the fourth
    booster?" """
    first, repeated = _FIRST_THING.search(lead), _REPEATED.search(text)
    same = asked.lower()[:4]
    return bool(first and repeated) and repeated[1].lower()[:4] == same != first[1].lower()[:4]


FOLLOWS = re.compile(
    r"\s+(?:after\s+(?:it|that|the\s+first(?:\s+[a-z]+)?)|afterwards|thereafter)\b", re.IGNORECASE
)


# "Inspections are every 13 weeks from commissioning on 12 March 2027": counted from another
# event, which may or may not be the first of them (the first inspection is 13 weeks on, or on
# the day?)
_FROM_EVENT = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?P<event>[a-z]+)\s+(?:on\s+)?$", re.IGNORECASE
)


def from_another(
    lead: str, asked: str, text: str = "", steps: Sequence[re.Match[str]] = ()
) -> bool:
    """Whether the series is said to run from an event on its date that is not one of it, or
    (with the text and its step) to follow a start that may or may not be one of it ("Started
    the indigo vat on … and feed it every 4 days. … the 6th feeding?")."""
    event = _FROM_EVENT.search(lead)
    if event is not None and event["event"].lower()[:4] != asked.lower()[:4]:
        return True
    if not steps:
        return False
    before = text[: steps[0].start()]  # (up to "every", which `_VERB_EVERY` ends on)
    if not _DATED_AND.search(before):
        return False  # ("meets every other Wednesday, starting …": the date is the series' own)
    said = steps[0].group().lower()
    before += "every " if said.startswith("every") else ""
    return after_the_start(before, asked) is False


# A start dated in a clause of its own, then "and" the series: "Started the indigo vat on 30
# January 2027 and feed it every …"
_DATED_AND = re.compile(r"\d{4}\s+and\s+(?:[a-z]+\s+){1,3}$", re.IGNORECASE)


# The series named by its verb after a start: "The contract started on … and renews every 13
# weeks. … the second renewal?" A renewal (a review, a service, an inspection) is never the start
# itself, so the k-th is k steps on; another verb that names the thing asked ("meets every week
# … the 4th meeting") may or may not count the start.
_VERB_EVERY = re.compile(
    # ("… and feed it every 4 days": the verb before its object)
    r"\b(?P<verb>[a-z]{3,}?)(?:(?:e?s|ed)\s+(?:(?:it|them|her|him)\s+)?|\s+(?:it|them|her|him)\s+)"
    r"every\s+$",
    re.IGNORECASE,
)
_NEVER_THE_START = ("renew", "review", "servic", "inspect", "audit", "recertif", "calibrat")


def after_the_start(before: str, asked: str) -> bool | None:
    """True when the verb before "every" names the asked thing and no start can be one of it,
    False when it names it and a start may be, None when it names something else."""
    verb = _VERB_EVERY.search(before)
    if verb is None or verb["verb"].lower()[:4] != asked.lower()[:4]:
        return None
    return verb["verb"].lower().startswith(_NEVER_THE_START)
