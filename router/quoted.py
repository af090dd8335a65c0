"""A question asked for someone else: quoted ("Her homework asks 'how many grams are in two
and a half kilograms'. What's the answer?") or reported ("My daughter's homework asks how many
days there are from 5 April 2027 to 5 April 2028. What's the answer?"), with nothing after it
but a request for its answer. `quoted_question(text)` gives (the question, the words before
it), which the router reads like any question beside the rest of its message."""

from __future__ import annotations

import re

# A question quoted from someone else, and only its answer asked: "Her homework asks 'how many
# grams are in two and a half kilograms'. What's the answer?"
_QUOTED_QUESTION = re.compile(
    r"(?:^|(?<=[\s:,]))['\"“‘](?P<q>[^'\"“”‘’\n]{8,200})['\"”’](?=[\s.,?!]|$)"
)
_ANSWER_ASKED = re.compile(
    r"^[.?!]*\s*(?:(?:so\s+)?what(?:'s|\s+is)\s+the\s+(?:answer|result)|can\s+you\s+(?:answer|solve"
    r"|work\s+out)\s+(?:it|that|this)"
    # "… asked what a 30 mph limit is in km/h. What should I tell her?"
    r"|(?:so\s+)?what\s+(?:should|do|shall)\s+i\s+(?:tell|say\s+to)\s+(?:her|him|them))\s*[.?!]*$",
    re.IGNORECASE,
)


# ... or reported: "My daughter's homework asks how many days there are from 5 April 2027 to 5
# April 2028. What's the answer?"
_REPORTED_QUESTION = re.compile(
    r"\b(?:asks?|asked)\s+(?:me\s+|us\s+|you\s+)?(?P<q>(?:how|what|which|when)\b[^.?!\n]{5,200}?)"
    r"(?=[.?]\s)",
    re.IGNORECASE,
)
_THERE_ARE = re.compile(
    r"^(how\s+many\s+[a-z]+)\s+there\s+(are|were|will\s+be|is)\b", re.IGNORECASE
)

_WHAT_IT_IS = re.compile(
    r"^what\s+(?!is\b|are\b)(.{1,60}?)\s+(is|are|was|were)\s+in\s+", re.IGNORECASE
)


def quoted_question(text: str) -> tuple[str, str] | None:
    """(the quoted or reported question, the rest) when a message quotes one question and then
    asks for its answer and nothing else ("What's the answer?"); None otherwise."""
    quotes = list(_QUOTED_QUESTION.finditer(text)) or list(_REPORTED_QUESTION.finditer(text))
    if len(quotes) != 1:
        return None
    end = quotes[0].end() + (quotes[0].re is _REPORTED_QUESTION)  # (past its full stop)
    if not _ANSWER_ASKED.match(text[end:]):
        return None
    question = _THERE_ARE.sub(r"\1 \2 there", quotes[0]["q"].strip())  # "… there are" asked
    question = _WHAT_IT_IS.sub(r"what \2 \1 in ", question)  # "what 30 mph is in km/h" asked
    return question, text[: quotes[0].start()].strip()
