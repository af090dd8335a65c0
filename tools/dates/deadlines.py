"""Spans told before a dated event, for `direction`: notice needed before it ("my supplier needs
38 days' notice. By what date must I order?") and a plan told as ending on the day ("my plan is
16 weeks, finishing on race day. On what date does it start?"); each runs back from the date.
Pure regex work.
"""

from __future__ import annotations

import re

# What needs a span, right before it: "needs 14 weeks", "takes a 3-week", "requires"
NEEDS = re.compile(r"\b(?:needs?|takes?|requires?)\s+(?:an?\s+)?$", re.IGNORECASE)
_START_ASKED = re.compile(r"\b(?:start|begin)s?\b", re.IGNORECASE)


# Notice needed before a dated event, and the last day to give it asked: "The wedding is on
# Saturday 21 June 2031 and my supplier needs 38 days' notice. By what date must I order?"
_NOTICE = re.compile(r"['’]?s?\s+(?:notice|warning)\b", re.IGNORECASE)
_LAST_DAY_TO_ASK = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+latest\s+(?:date|day)\s+(?:i|we)\s+(?:can|could|should"
    r"|must)|by\s+(?:what\s+date|when)\s+(?:must|should|do)\s+(?:i|we))\s+(?:book|order|place|ask"
    r"|tell|let|give|send|request|call|contact)\b[^?]{0,30}\?$",
    re.IGNORECASE,
)


# A span told as ending on the dated day: "my plan is exactly 16 weeks, finishing on race day"
_ENDING_ON = re.compile(
    r"(?:\s+long)?,?\s+(?:ending|finishing|that\s+ends|which\s+ends|to\s+end)\s+on\s+"
    r"(?:race\s+day|the\s+day|that\s+day|the\s+day\s+itself|it)\b",
    re.IGNORECASE,
)


def ends_on_the_day(text: str, span: re.Match[str]) -> bool:
    """Whether the span is told as ending on the story's dated day ("16 weeks, finishing on
    race day"): its start is then the span before the date."""
    return _ENDING_ON.match(text, span.end()) is not None


def notice_given(text: str, question: str, span: re.Match[str]) -> bool:
    """Whether the span is notice needed ("needs 21 days' notice") and the last day to give it
    is asked ("What's the latest date I can book them?")."""
    return bool(
        _NOTICE.match(text, span.end())
        and NEEDS.search(text, max(0, span.start() - 12), span.start())
        and _LAST_DAY_TO_ASK.match(question.strip())
    )


def start_asked(question: str) -> bool:
    return _START_ASKED.search(question) is not None
