"""An age at a second dated event, for the dates readers: someone born on one date and an event
of theirs on another ("Grandma was born on 12 June 1931 and married on 4 September 1954. How old
was she on her wedding day?"), asked again as the plain question the grammar answers. Ages with
the second date in the question are `age_stories.age_story`'s."""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES, DATE
from tools.dates.phrases import ORDINALS
from tools.words import stray_digit


def age_question(text: str, question: str) -> str | None:
    """The plain question an age story asks, or None when it is not one (or abstains)."""
    return _age_between(text, question) if _AGE_AT.match(question) else None


# An age at a second dated event: "Grandma was born on 12 June 1931 and married on 4 September
# 1954. How old was she on her wedding day?"
_AGE_AT = re.compile(
    r"^(?:how\s+old|what\s+age)\s+(?:was|were|is|are|will|am)\s+(?:he|she|they|i|we)\b[^\d]*\??$",
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\bborn\s+(?:on\s+)?$|\b(?:dob|date\s+of\s+birth)(?:\s+(?:is|was))?[:\s]\s*$", re.IGNORECASE
)
# "married on", "arrives on" (not "is on", "was on": a date of something else)
_DID = re.compile(
    r"\b(?:and\s+)?(?!born\b|is\b|was\b|has\b|does\b)[a-z]+(?:ed|es|s)\s+(?:on\s+)?$"
    # "… and wants to book for 28 October 2027"
    r"|\b(?:book|booked|booking|scheduled|planned|set)\s+(?:in\s+|it\s+)?for\s+$"
    # "… and lost her first tooth on 9 November 2030" (her own doing, said right after "and")
    r"|\band\s+(?:(?:she|he|they)\s+)?(?:[a-z]+ed|lost|left|met|got|went|won|began|broke|built"
    r"|bought|sold|took|wrote|ran|came|became|made|gave|flew|rode|drove|fell|caught|sang|saw)"
    r"\s+(?:[a-z']+\s+){1,3}on\s+$",
    re.IGNORECASE,
)


# An event of theirs on the date ("her party is on …", "We're holding her party on …"), or one
# the question names again ("the stag do is …" of "how old will he be on the stag?")
_EVENT_IS = re.compile(
    r"(?:\b(?P<whose>her|his|their)\s+|\bthe\s+|(?<=,\s))(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+(?:is|was|will\s+be)"
    r"\s+(?:on\s+)?$"
    r"|\b(?:holding|having|throwing)\s+(?P<whose2>her|his|their)\s+(?P<what2>[a-z]+)\s+on\s+$"
    # "Patient DOB 22 September 1951, appointment on 15 March 2027" (named again when asked)
    r"|(?<=\d,\s)(?P<what3>[a-z]+)\s+on\s+$",
    re.IGNORECASE,
)


def _named_again(what: str, question: str) -> bool:
    return any(re.search(rf"\b{re.escape(w[:4])}", question, re.IGNORECASE) for w in what.split())


def _age_between(text: str, question: str) -> str | None:
    dates = list(DATE.finditer(text))
    if len(dates) != 2 or CHANGES.search(text) or stray_digit(text, dates):
        return None
    born, then = dates
    if not _BORN.search(text, max(0, born.start() - 12), born.start()) or "born" in question:
        return None
    event = _EVENT_IS.search(text, max(0, then.start() - 40), then.start())
    if not (
        _DID.search(text, max(0, then.start() - 50), then.start())
        or event
        and (
            event["whose"]
            or event["whose2"]
            or _named_again(event["what"] or event["what3"], question)
        )
    ):
        return None  # "… and Ann on 4 September 1934": someone else's birth, not an event of hers
    return f"How old was someone born on {born.group()} on {then.group()}?"


# "I was born on 19 October 1961 and my state pension starts on my 67th birthday. What date
# does it start?": the date of an Nth birthday, asked as the date N years after the birth.
# (an ordinal in words too: "my sixteenth birthday", "our first wedding anniversary")
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_NTH = rf"(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL_WORDS}))"
_NTH2 = _NTH.replace("?P<n>", "?P<n2>").replace("?P<word>", "?P<word2>")
_NTH3 = _NTH.replace("?P<n>", "?P<n3>").replace("?P<word>", "?P<word3>")
_NTH_BIRTHDAY = re.compile(
    rf"\b(?P<whose>my|our|his|her|their)\s+{_NTH}\s+birthday\b", re.IGNORECASE
)
_BIRTHDAY_ASKED = re.compile(
    r"^(?:(?:on\s+)?(?:what|which)\s+(?:date|day\s+of\s+the\s+week|weekday)\b"
    r"|when\s+(?:is|was|will|does|did)\b)",
    re.IGNORECASE,
)
# Another day counted from the birthday, or another thing asked than the birthday
_DAY_FROM_IT = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:after|before|following|of\s+the\s+week)\b",
    re.IGNORECASE,
)
_THING_ASKED = re.compile(
    r"\b(?:is|was|will\s+be)\s+(?:the|his|her|my|their|our)\s+(?:\w+(?:st|nd|rd|th)\s+)?(?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)
_I_WAS_BORN = re.compile(r"\bI\s+was\s+born\b")
_WE_WERE_BORN = re.compile(r"\bwe\s+were\s+(?:both\s+)?born\b", re.IGNORECASE)


# "We got married on 12 June 2010. When is our 20th anniversary?": N years after the wedding
_NTH_ANNIVERSARY = re.compile(
    r"^(?:when(?:'s|\s+is|\s+will\s+be)|(?:on\s+)?what\s+date\s+is)\s+"
    rf"(?P<whose>our|my|their|his|her|its)\s+{_NTH}"
    r"\s+(?:wedding\s+)?anniversary\s*\?$"
    # "On what weekday does its 100th anniversary fall?" (a date's answer names its weekday)
    r"|^(?:on\s+)?(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+(?:does|will)\s+"
    rf"(?:our|my|their|his|her|its)\s+{_NTH2}"
    r"\s+(?:wedding\s+)?anniversary\s+(?:fall|be)(?:\s+on)?\s*\?$"
    # "What weekday is their 50th anniversary?"
    r"|^(?:on\s+)?(?:what|which)\s+(?:week)?day(?:\s+of\s+the\s+week)?\s+is\s+"
    rf"(?:our|my|their|his|her|its)\s+{_NTH3}\s+(?:wedding\s+)?anniversary\s*\?$",
    re.IGNORECASE,
)
_WED = re.compile(
    r"\b(?:we|i|they|he|she|mum\s+and\s+dad|my\s+parents)\s+(?:got\s+married|were\s+married"
    r"|was\s+married|married)\s+on\s+$"
    r"|\b(?:our|my|their|his|her)\s+wedding\s+(?:was|is)\s+on\s+$"
    # ("The club was founded on 29 May 1928.")
    r"|\b(?:was|were)\s+(?:founded|established|formed|opened)\s+on\s+$",
    re.IGNORECASE,
)


_WEEKDAY_ASKED = re.compile(r"^(?:on\s+)?(?:what|which)\s+weekday\b", re.IGNORECASE)


def anniversary_date(text: str, question: str) -> str | None:
    """The plain question for the date of a couple's Nth wedding anniversary, or None."""
    asked = _NTH_ANNIVERSARY.match(question)
    dates = list(DATE.finditer(text))
    said = text[: len(text) - len(question)] + _WEEKDAY_ASKED.sub(" ", question)
    if asked is None or len(dates) != 1 or CHANGES.search(said):
        return None  # (the weekday asked is no count of weekdays)
    wed = dates[0]
    story = text[: len(text) - len(question)]
    if not _WED.search(text, max(0, wed.start() - 25), wed.start()) or stray_digit(story, [wed]):
        return None
    if re.search(r"\b29(?:th)?\s+feb|\bfeb\w*\.?\s+29", wed.group(), re.IGNORECASE):
        return None  # (a leap-day wedding's anniversary: readings differ)
    years = (
        _count(asked, "n", "word") or _count(asked, "n2", "word2") or _count(asked, "n3", "word3")
    )
    return f"What is the date {years} years after {wed.group()}?"


def birthday_date(text: str, question: str) -> str | None:
    """The plain question for the date of someone's Nth birthday, or None."""
    nth = _NTH_BIRTHDAY.search(text)
    said = text[: len(text) - len(question)] + _WEEKDAY_ASKED.sub(" ", question)
    if nth is None or not _BIRTHDAY_ASKED.match(question) or CHANGES.search(said):
        return None  # (the weekday asked is no count of weekdays)
    thing = _THING_ASKED.search(question)
    if _DAY_FROM_IT.search(text) or (thing and thing["thing"].lower() != "birthday"):
        return None  # "the party is on the first Sunday after his 13th birthday. what date is the party"
    dates = list(DATE.finditer(text))
    if len(dates) != 1 or stray_digit(text, [*dates, nth]):
        return None
    born = dates[0]
    if not _BORN.search(text, max(0, born.start() - 12), born.start()):
        return None
    if (nth["whose"].lower() == "my") != bool(_I_WAS_BORN.search(text)):
        return None  # "I was born … her 60th birthday": someone else's
    if (nth["whose"].lower() == "our") != bool(_WE_WERE_BORN.search(text)):
        return None  # ("our 18th birthday" of twins: "We were born on …")
    if re.search(r"\b29(?:th)?\s+feb|\bfeb\w*\.?\s+29", born.group(), re.IGNORECASE):
        return None  # a leap-day birthday falls on 28 February or 1 March: readings differ
    return f"What is the date {_count(nth, 'n', 'word')} years after {born.group()}?"


def _count(m: re.Match[str], digits: str, word: str) -> int | None:
    """The N of an ordinal said in digits ("16th") or in words ("sixteenth")."""
    if m[digits]:
        return int(m[digits])
    return ORDINALS[m[word].lower()] if m[word] else None
