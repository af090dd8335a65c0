"""A list of amounts in one unit, added up or averaged, for `told.read_story`: "My hives gave
23.5, 19, 31.25 and 25 kg. What's the total?" -> "23.5 + 19 + 31.25 + 25"; "Sales were £450,
£1,275 and £880. What's the average?" -> "(450 + 1275 + 880) / 3". The story may say how many
were listed, and nothing else. Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.asked import asked_units
from tools.calculator.measures import one_unit
from tools.calculator.rates import story_and_question
from tools.calculator.terms import TOTAL_ASKED
from tools.words import SIZED_NAME, has_digit, stray_digit

# Numbers listed with "and" before the last: "23.5, 19, 31.25 and 25 kg", "£450, £1,275 and £880"
_MONEY_SIGN = r"[$€£¥₹]?"
_UNIT_WORD = r"(?:\s+(?!(?:and|or|for|of|on|in|at|to|from|by|each|per|a|an|the)\b)[a-z]{1,12})?"
_ITEM = rf"{_MONEY_SIGN}\d[\d,]*(?:\.\d+)?{_UNIT_WORD}"
_LIST = re.compile(
    rf"(?<![\w.,]){_ITEM}(?:(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}"  # ("41.36 s and 38.9 s" too)
    # ... or three or more with commas only, ending the sentence: "35 min, 50 min, 20 min."
    rf"|(?:,\s+{_ITEM}){{2,}}(?=\s*[.;:?]|$))",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(rf"({_MONEY_SIGN})(\d[\d,]*(?:\.\d+)?)(?:\s+([a-z]+))?", re.IGNORECASE)
# The story may say how many were listed: "My eight hives gave …", "Four club members raised …",
# "… in his five innings"
_HOW_MANY = re.compile(r"(?<![\w.,])(\d+)\s+(?:[a-z]+\s+){0,2}[a-z]+s\b", re.IGNORECASE)
_AVERAGE_ASKED = re.compile(r"\b(?:average|mean)\b", re.IGNORECASE)
# ... asked by the one word after a comma: "… 8 and 31, mean?"
_BARE_ASKED = re.compile(r",\s+(?P<what>mean|average|total)\s*\??$", re.IGNORECASE)
# ... of some of them only: "What's her average against Kent?", "… over the last three?"
_AVERAGE_OF_SOME = re.compile(
    r"\b(?:against|versus|vs|excluding|except|without|when|if|first|last|best|worst|top|bottom"
    r"|home|away|only)\b",
    re.IGNORECASE,
)
_LIST_CHANGES = re.compile(
    r"\b(?:minus|less|fewer|off|discount\w*|refund\w*|return\w*|except|not|without|subtract\w*"
    r"|take\s+away|if|but|instead|already|than|more|left|remain\w*|each|per)\b|%",
    re.IGNORECASE,
)


def listed_total(body: str) -> str | None:
    """ "(450 + 1275 + 880 + 2015) / 4" for a story of one list of amounts in one unit, and a
    question for their total or average; the story may only also say how many there were."""
    if bare := _BARE_ASKED.search(body):  # "… 14, 19, 23, 8 and 31, mean?" (set 185)
        said = body[: bare.start()], f"what is the {bare['what'].lower()}?"
    elif (said := story_and_question(body)) is None:
        return None
    story, question = said
    story = SIZED_NAME.sub(lambda m: "x" * len(m.group()), story)  # ("four-man heat times were")
    average = bool(_AVERAGE_ASKED.search(question))
    if has_digit(question) or not (average or TOTAL_ASKED.search(question)):
        return None
    if average and _AVERAGE_OF_SOME.search(question):
        return None
    lists = list(_LIST.finditer(story))
    if len(lists) != 1 or _LIST_CHANGES.search(story[: lists[0].start()] + story[lists[0].end() :]):
        return None
    listed = lists[0]
    items = [_LIST_ITEM.match(i.strip()) for i in re.split(r",\s+|,?\s+and\s+", listed.group())]
    if len(items) < 3 and not average:
        return None  # (two told, and their total asked: "We're staying 9 nights and 4 nights.")
    units = [(m[1] and "money") or (m[3] or "").lower() for m in items if m]
    if len(units) != len(items) or set(units[:-1]) - {"", units[-1]} or len(set(units) - {""}) > 1:
        return None  # "3 km, 4 miles and 5 km": not one unit
    if "" in units[:-1] and units[-1] and any(units[:-1]):
        return None  # "3 km, 4 and 5 km": which unit is the 4?
    told, asked = units[-1], asked_units(question)
    if (
        told not in ("", "money")
        and asked
        and "money" not in asked
        and set(asked) != {one_unit(told)}
    ):
        return None  # "… 9.8 km and 15 km. total distance in miles?": the converter's to answer
    # (before the list or after it: "made 46, 72, 18, 103 and 61 in his five innings")
    said = [
        m
        for m in _HOW_MANY.finditer(story)
        if m.end() <= listed.start() or m.start() >= listed.end()
    ]
    if len(said) > 1 or (said and int(said[0][1]) != len(items)):
        return None
    if stray_digit(story, [listed, *said]):
        return None
    total = " + ".join(m[2].replace(",", "") for m in items if m)
    return f"({total}) / {len(items)}" if average else total
