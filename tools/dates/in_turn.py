"""Spans that follow one another from a stated date, for the dates grammar: their end is the
date plus all of them.

"Inoculated on Tuesday 10 April 2029; colonisation takes 18 days and then fruiting another 12
days. What's the harvest date?"  -> "What date is 30 days after Tuesday 10 April 2029?"
"Bags were cased on 2 August 2027. First flush is picked 19 days later and the second flush 12
days after that. What date is the second flush?"  -> "What date is 31 days after 2 August 2027?"

The story tells one date and two or three spans in days or weeks, each after the first said to
follow the one before ("then", "another", "more", "after that", "later"); "35 more" is 35 of the
span before's unit. The question asks for a date, of nothing told with an earlier span only ("the
first flush"). Precision first: a span in months or years, a time of day, anything counted back
or to a deadline ("before", "by", "until"), a start asked ("When do we start?"), a change word
(working days, except) or a number the reading does not use abstain. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.asked import ASKS_DATE
from tools.dates.parts import CHANGES, DATE, SPAN, TIME, story_and_question
from tools.words import has_digit, starts_inside, stray_digit

_MOST = 3
_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
_UNIT = re.compile(r"\b(days?|weeks?|fortnights?)\b", re.IGNORECASE)
# "drying 35 more": a number of the span before's unit
_MORE = re.compile(r"(?<![\w.,])\d+\s+more\b(?!\s+[a-z])", re.IGNORECASE)
_IN_TURN = re.compile(
    r"\b(?:then|another|more|after\s+that|after\s+which|later|afterwards|followed\s+by|on\s+top)\b",
    re.IGNORECASE,
)
_NOT_FORWARD = re.compile(
    r"\b(?:before|earlier|back|ago|prior|by|until|till|deadline|latest|earliest|including|of\s+which"
    r"|within|during|overlap\w*|each|every|per)\b",
    re.IGNORECASE,
)
_START_ASKED = re.compile(r"\b(?:start|starts|begin|begins|first)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}", re.IGNORECASE)
_PLAIN_WORDS = frozenset(
    ("what", "which", "when", "date", "will", "would", "should", "that", "this", "ready", "done")
)


def spans_in_turn(text: str) -> str | None:
    """ "What date is N days after D?" for spans told one after another from one date."""
    if (
        not (" after " in text or _IN_TURN.search(text))
        or (told := story_and_question(text)) is None
    ):
        return None
    story, question = told
    if not ASKS_DATE.match(question) or has_digit(question) or _START_ASKED.search(question):
        return None
    if _NOT_FORWARD.search(text) or CHANGES.search(text) or TIME.search(text):
        return None
    dates = list(DATE.finditer(story))
    spans = sorted(
        [m for m in SPAN.finditer(story) if not starts_inside(m, dates)]
        + list(_MORE.finditer(story)),
        key=lambda m: m.start(),
    )
    if len(dates) != 1 or not 2 <= len(spans) <= _MOST or stray_digit(story, [*dates, *spans]):
        return None
    days, unit = 0, None
    for i, span in enumerate(spans):
        said = _UNIT.search(span.group())
        if said:
            unit = said[1].lower()
        if unit is None or (said is None and span.re is not _MORE):
            return None  # ("3 months": not whole days; "35 more" first: more of what?)
        if (
            i
            and not _IN_TURN.search(story, spans[i - 1].end(), _clause_end(story, span.end()))
            and not _after_the_one_before(story, spans[i - 1], span)
        ):
            return None  # (not said to follow the one before: "takes 18 days, 12 of them …")
        if not (n := re.match(r"\d+\b", span.group())):
            return None  # ("a fortnight", "1.5 weeks": read by the grammar, not added here)
        days += int(n.group()) * _DAYS[unit]
    if _asks_an_earlier_end(question, story, spans):
        return None
    return f"What date is {days} days after {dates[0].group()}?"


_AFTER_NAMED = re.compile(r"\s+after\s+(?:the\s+)?(?P<w>[a-z]{4,})\b", re.IGNORECASE)


def _after_the_one_before(story: str, before: re.Match[str], span: re.Match[str]) -> bool:
    """Whether `span` is said after what the span before it is told of ("germination takes 21
    days and we transplant 6 weeks after germination")."""
    named = _AFTER_NAMED.match(story, span.end())
    told = story[max(0, before.start() - 40) : before.start()].lower()
    return named is not None and re.search(rf"\b{named['w'][:5].lower()}", told) is not None


def _clause_end(story: str, at: int) -> int:
    end = re.search(r"[,.;]|\band\b", story[at:])
    return at + end.start() + 24 if end else len(story)  # ("12 days after that", "35 more")


def _asks_an_earlier_end(question: str, story: str, spans: list[re.Match[str]]) -> bool:
    """Whether the question names a thing told only with a span before the last ("What date
    is the first flush?")."""
    last = story[spans[-2].end() :].lower()
    earlier = story[: spans[-2].end()].lower()
    return any(
        w in earlier and w not in last
        for w in (m.group().lower() for m in _WORD.finditer(question))
        if w not in _PLAIN_WORDS
    )
