"""Days counted between two dates with both ends said to count: "from 5 January 2028 to 31 March
2028 … both ends included", or neither ("not counting either of those two dates"), and weekdays,
Monday to Friday, in such a range. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.parts import CHANGES

# Counting both ends of a span between dates, in words (the grammar's single questions and the
# story readers alike): "both days included", "counting both the first and last day"
BOTH_ENDS = (
    r"(?:(?:with\s+)?both\s+(?:(?:those\s+)?(?:days|dates|ends)\s+)?(?:included|inclusive|counted)"
    # "counting the opening and closing days", "counting both the first and last day"
    r"|(?:including|counting|include|count)\s+(?:both\s+)?the\s+(?:first|opening|start|arrival)\s+and"
    r"\s+(?:the\s+)?(?:last|closing|end|final|departure)\s+(?:days?|dates?)"
    # "counting both the first day and the raising day" (set 171)
    r"|(?:including|counting|include|count)\s+(?:both\s+)?the\s+(?:first|opening|start)\s+day\s+and"
    r"\s+the\s+[a-z]+(?:\s+day)?"  # ("if i count both the first day and the final": set 177)
    # "first and last included", "first and last day both included"
    r"|(?:the\s+)?first\s+and\s+(?:the\s+)?last\s+(?:(?:ones?|days?|dates?|sessions?)\s+)?"
    r"(?:both\s+)?(?:included|counted)"
    r"|(?:including|counting|include|count)\s+both(?:\s+of)?(?:\s+(?:those|these|the))?"
    r"(?:\s+days|\s+dates|\s+ends)?)"
)
INCLUSIVE = re.compile(
    rf",?\s*\(?\b(?:if\s+(?:i|we|you)\s+)?(?:{BOTH_ENDS}|inclusive(?:ly)?)\b\)?", re.IGNORECASE
)
# Counting neither end: "not counting either of those two dates", "excluding both days",
# "exclusive" (the days strictly between)
EXCLUSIVE = re.compile(
    r",?\s*\(?\b(?:(?:not\s+counting|excluding|without\s+counting)\s+(?:either|both)(?:\s+of)?"
    r"(?:\s+(?:those|these|the))?(?:\s+two)?(?:\s+(?:days|dates|ends))?"
    r"|(?:with\s+)?neither\s+(?:day|date|end)\s+(?:included|counted)|exclusive(?:ly)?)\b\)?",
    re.IGNORECASE,
)
# One end of a span between dates said not to count, which is the difference of the dates: "not
# counting the first day", "end date not included", "excluding the last day"
ONE_END_WORDS = (
    r"(?:(?:not|without)\s+counting|excluding|leaving\s+out)\s+the\s+(?:first|start|end|last|final"
    r"|arrival|departure|discharge|closing|opening|return|finishing)"  # ("the discharge day": set 182)
    r"\s+(?:day|date)|(?:the\s+)?(?:end|last|first|start)\s+(?:day|date)\s+(?:not\s+(?:included"
    r"|counted)|excluded)"
)
ONE_END = re.compile(rf",?\s*\(?\b(?:{ONE_END_WORDS})\b\)?", re.IGNORECASE)
COUNT_WORDS = re.compile(
    r"\b(?:count(?:s|ed|ing)?|includ\w*|first\s+day|last\s+day)\b", re.IGNORECASE
)


def ends_said(text: str, question: str) -> tuple[bool, bool, str, str]:
    """(both ends counted, neither, the text and the question without the words that say so;
    "not counting the first day" taken off too when neither is said)."""
    inclusive, exclusive = bool(INCLUSIVE.search(text)), bool(EXCLUSIVE.search(question))
    said = INCLUSIVE if inclusive else EXCLUSIVE
    if inclusive or exclusive:
        return inclusive, exclusive, said.sub(" ", text), said.sub(" ", question)
    return False, False, ONE_END.sub(" ", said.sub(" ", text)), ONE_END.sub(" ", question)


# Days counted Monday to Friday: "How many weekdays is that, counting both ends?", "runs Monday
# to Friday only, from … to … inclusive. How many induction days is that?"
MON_FRI = re.compile(
    r"\b(?:only\s+)?(?:(?:on\s+)?mon(?:day)?s?\s*(?:to|-|–|through)\s*fri(?:day)?s?|weekdays)"
    r"(?:\s+only)?\b",
    re.IGNORECASE,
)


def weekdays_between(
    text: str, story: str, unit: str, dates: list[re.Match[str]], times: list[re.Match[str]]
) -> str | None:
    """ "How many weekdays are there from D1 to D2 inclusive?" for two dates, both counted, and
    a question for the weekdays between them (said so, or days after "Monday to Friday")."""
    if len(dates) != 2 or times or unit != "weekdays" and not MON_FRI.search(story):
        return None
    inclusive = INCLUSIVE.search(text)
    rest = MON_FRI.sub(" ", INCLUSIVE.sub(" ", text)) if inclusive else text
    if not inclusive or CHANGES.search(rest) or COUNT_WORDS.search(rest):
        return None  # (both ends must be said to count: "from Monday to Friday" may mean 4)
    a, b = (m.group() for m in dates)
    return f"How many weekdays are there from {a} to {b} inclusive?"
