"""A question asked for someone else: quoted ("Her homework asks 'how many grams are in two
and a half kilograms'. What's the answer?") or reported ("My daughter's homework asks how many
days there are from 5 April 2027 to 5 April 2028. What's the answer?"), with nothing after it
but a request for its answer. `quoted_question(text)` gives (the question, the words before
it), which the router reads like any question beside the rest of its message."""

from __future__ import annotations

import re

from tools.words import has_digit

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


# ... or wanted, at the end of the message: "My tank was filled to 232 bar and my American buddy
# wants to know what that is in psi."
_WANTS_TO_KNOW = re.compile(
    r"(?:,?\s+and\s+|,\s+|^)(?:(?:my|our|his|her|their|the|a)\s+(?:[\w'-]+\s+){0,3}?|i\s+|we\s+)"
    r"(?:wants?|would\s+like|needs?)\s+to\s+know\s+"
    r"(?P<q>(?:how|what|which|when)\b[^.?!\n]{5,200}?)\s*[.?!]*$",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:that|it|this)\b", re.IGNORECASE)
# ... or wanted in a unit, then asked for: "I rinse colour out at 38 °C. My trainee wants it in
# Fahrenheit - what is it?"
_WANTS_IT_IN = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:my|our|his|her|their|the|a)\s+[a-z' ]{1,40}?|i|we|they|he|she)\s+"
    r"(?:wants?|would\s+like|needs?)\s+(?:it|that)\s+in\s+(?P<unit>[a-z°][a-z°/ ]{0,24}?)"
    r"\s*(?:[-—–,:;.]\s*|\s+so\s+)(?:so\s+)?what(?:'s|\s+is|\s+would\s+(?:it|that)\s+be)"
    r"(?:\s+(?:it|that))?\s*\??$",
    re.IGNORECASE,
)


def _wanted(text: str) -> tuple[str, str] | None:
    """(the story then the wanted question, "") for a question wanted at the end of a message
    about the one sentence before it ("… 232 bar and my buddy wants to know what that is in
    psi."); None otherwise."""
    if (unit := _WANTS_IT_IN.search(text)) and (story := text[: unit.start()].strip()):
        if any(mark in story.rstrip(".!") for mark in ".?!\n") or not any(
            c.isdigit() for c in story
        ):
            return None  # "it" may point anywhere in a longer story
        return f"{story.rstrip('.!')}. What is it in {unit['unit']}?", ""
    m = _WANTS_TO_KNOW.search(text)
    if m is None:
        return None
    question = _WHAT_IT_IS.sub(r"what \2 \1 in ", m["q"].strip())
    story = text[: m.start()].strip()
    if has_digit(question) or not _POINTS_BACK.search(question):
        return (f"{question}?", story) if story else None
    if not story or any(mark in story for mark in ".?!\n"):
        return None  # "that" may point anywhere in a longer story
    return f"{story}. {question[:1].upper()}{question[1:]}?", ""


def quoted_question(text: str) -> tuple[str, str] | None:
    """(the quoted or reported question, the rest) when a message quotes one question and then
    asks for its answer and nothing else ("What's the answer?"); None otherwise."""
    if wanted := _wanted(text):
        return wanted
    quotes = list(_QUOTED_QUESTION.finditer(text)) or list(_REPORTED_QUESTION.finditer(text))
    if len(quotes) != 1:
        return None
    end = quotes[0].end() + (quotes[0].re is _REPORTED_QUESTION)  # (past its full stop)
    if not _ANSWER_ASKED.match(text[end:]):
        return None
    question = _THERE_ARE.sub(r"\1 \2 there", quotes[0]["q"].strip())  # "… there are" asked
    question = _WHAT_IT_IS.sub(r"what \2 \1 in ", question)  # "what 30 mph is in km/h" asked
    return question, text[: quotes[0].start()].strip()
