"""What the rest of a message asks for beside the one question in it: `asks_more(text)` is
True when it asks for more than the question's exact value or for another form of it ("Round to
the nearest dollar.", "Show your steps.", "Also book the room."), and the router leaves the
whole message to the model. Whether the rest changes what the question means is
`redefinition.redefines`, which the router runs on it as on any earlier turn."""

from __future__ import annotations

import re

from router.conversation import SENTENCE_BREAK
from router.instructions import SAID_LANGUAGES
from router.words import read_words, word_set

# Words that, beside a question in the same message, ask for more than its exact value or say
# how to read it ("Round to the nearest dollar.", "Show your steps.", "Don't tell me, just a
# hint.", "Today is the first Monday of June."): the model answers such a message whole.
_ASKS_MORE_WORDS = (
    word_set(
        "explain explanation explaining show showing steps step working workings why how "
        "verify confirm wrong right correct incorrect mistake mistakes error errors teacher hint "
        "hints estimate estimated roughly approx approximately approximate guess round rounded "
        "rounding nearest decimal decimals digits significant format formatted words spell spelled "
        "write written translate language answer answers reply respond response express give "
        "fraction fractions compare versus vs than not don't dont without only except excluding "
        "including inclusive exclusive business working consider assume assuming assumption "
        "use using quiz test exam joke trick prove proof solve solving method formula "
        "count counting counted both opinion think "
        # days left out of a count, or a date that moved: "We skip weekends.", "It was postponed."
        "skip skips skipping skipped weekend weekends weekday weekdays holiday holidays "
        "moved rescheduled postponed delayed "
        # a second request beside the question: "Also book the room.", "Then send it to Ana.",
        # "Describe the number 42.", "Write a poem about it."
        "also then describe compose draft poem story essay song haiku limerick summarise summarize "
        # a correction after the question: "wait no, 96 × 41", "sorry, I meant 14 October 2028"
        "meant mean wait oops whoops typo correction scratch instead "
        # the clock, set beside a question that may read it
        "today today's tomorrow tomorrow's yesterday yesterday's tonight now current currently"
    )
    | SAID_LANGUAGES
)  # (a language the answer may be wanted in)
# The order of a date's fields, which matters beside a question that writes a date in numbers
_DATE_ORDER_WORDS = word_set("dd mm yyyy american european order")
_NUMERIC_DATE = re.compile(r"\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}")


def asks_more(text: str, question: str = "") -> bool:
    """True when text beside a question asks for more than its exact answer, or for another form
    (see _ASKS_MORE_WORDS), or sets the order of a date's fields beside a question with a
    numeric date ("An American restaurant wants a 9 lb tub" says nothing of "9 lb"). Whether it
    changes what the question means is `redefines`, which the router runs on it as on any
    earlier turn."""
    low, words = read_words(_NOT_ASKED.sub(" ", text))  # "Our pub quiz is every Tuesday."
    if "working" in words and _WORKING_OUT.search(low):  # "Working out the … of my 50mm"
        words = words - {"working"}  # (what the sum is for, not working to be shown)
    if "count" in words and _COUNT_DOWN.search(low):  # "trying to count down to the trip"
        words = words - {"count", "counting"}
    if "then" in words and _THEN_AS_TIME.search(low) and low.count("then") == 1:
        words = words - {"then"}  # "The new lease on the shop starts then.": at that time
    if "round" in words and not _ROUND_ASKED.search(low):  # "We shoot the 70 metre round."
        words = words - {"round"}  # (a round of a game, not rounding asked for)
    if not _DATE_ORDER_WORDS.isdisjoint(words) and (not question or _NUMERIC_DATE.search(question)):
        return True
    return not _ASKS_MORE_WORDS.isdisjoint(words) or bool(_RATE.search(text))


# "round" asking for rounding: "round it to 2 dp", "Round up.", "rounded to the nearest", said
# first in its sentence; not "the 70 metre round", "a round of golf", "my round"
_ROUND_ASKED = re.compile(
    r"\bround\s+(?:it\s+|that\s+|this\s+|them\s+|the\s+answer\s+)?(?:to|up|down|off)\b"
    r"|(?:^|[.!?,:;]\s*|\b(?:and|please|pls|then|but)\s+)round\b"
    r"|\bround\s+(?:it|that|this|them|the\s+answer)\b"
)
_THEN_AS_TIME = re.compile(
    r"\b(?:starts?|begins?|opens?|ends?|closes?|is|was|due)\s+then\s*[.!]?\s*$"
)
_COUNT_DOWN = re.compile(r"\bcount(?:ing)?\s+down\s+(?:to|till|until)\b")
_WORKING_OUT = re.compile(r"\bworking\s+out\b(?!\s+(?:how|why|the\s+steps))")


# A sentence asking for the answer in another form or with more than its value, beside a
# question a tool reads whole ("Answer in French. What date is …?"); a date format is no other
# form ("Answer in MM/DD/YYYY.")
_LANGUAGES = "|".join(sorted(SAID_LANGUAGES))
_FORM_ASKED = re.compile(
    r"\b(?:answer|reply|respond|write\s+(?:it|the\s+answer)|give\s+(?:it|the\s+answer|me\s+the\s+answer)"
    r"|say\s+it)\s+(?:only\s+)?(?:in|using|with|as)\s+"
    r"(?!mm\b|dd\b|yyyy\b|iso\b|the\s+format\b|(?:an?\s+)?(?:decimals?|numbers?|figures?)\b)"
    rf"|\bin\s+(?:roman\s+numerals|words|{_LANGUAGES})\s*[.!]?$"
    r"|\btranslate\s+(?:it|this|that|the\s+answer)\b|\b(?:explain\w*|hints?)\b",
    re.IGNORECASE,
)
_WHOLE_REACH = 1200  # the longest message a tool reads whole (the dates grammar's limit)
_FORM_GATE = word_set(
    "answer reply respond write give say words roman translate explain explains explained "
    "explaining explanation "
    "hint hints " + _LANGUAGES.replace("|", " ")
)


# A message that opens by asking for something written: "Write a poem about 22 lb - kilos?"
# (not "Write 0.75 as a fraction": a number follows)
_WRITING_ASKED = re.compile(
    r"\s*(?:please\s+)?(?:write|compose|draft|create|generate|make\s+up|describe|summari[sz]e)"
    r"\s+(?:me\s+|us\s+)?(?:a|an|some|the|my|our)\b",
    re.IGNORECASE,
)


def asks_for_form(text: str) -> bool:
    """True when a sentence of `text` other than its question asks for the answer in another
    form ("Answer in French.", "Give the answer in Roman numerals."), or the message opens by
    asking for something written: the model answers."""
    if _WRITING_ASKED.match(text):
        return True
    if len(text) > _WHOLE_REACH or _FORM_GATE.isdisjoint(read_words(text)[1]):
        return False  # (no tool reads a longer message whole; most ask for no form)
    sentences = [s for s in SENTENCE_BREAK.split(text.strip()) if s]
    if len(sentences) < 2:
        return False
    asked = max((i for i, s in enumerate(sentences) if "?" in s), default=len(sentences) - 1)
    return any(_FORM_ASKED.search(s) for i, s in enumerate(sentences) if i != asked)


# A rate the question may be about: "Tomato feed is 15 ml per 5 litres of water." (not a
# "per-head budget": a number comes first)
_RATE = re.compile(r"\d[\d.,]*\s*[^\s\d]{0,12}\s+per\s+\w", re.IGNORECASE)

# words that name something rather than ask for more: a quiz held somewhere ("our pub quiz",
# "quiz night"), not a question set as a test; notice given ("to give notice on 14 January")
_NOT_ASKED = re.compile(
    r"\bpub\s+quiz(?:zes)?\b|\bquiz\s+(?:night|team|league)s?\b"
    r"|\bgive\s+(?:(?:my|our|his|her|their|a\s+month's|\d+\s+weeks')\s+)?notice\b",
    re.IGNORECASE,
)
