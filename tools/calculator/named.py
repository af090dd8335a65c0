"""Word problems whose question names the amounts it uses: a share of one named amount in
another, and a mark weighted by named parts.

"Food cost this week was £3,114 against sales of £10,380. What is food cost as a percentage of
sales?"  -> "3114 / 10380 * 100"
"A module is 40% coursework and 60% exam. A student got 72 in coursework and 58 in the exam.
What's the module mark?"  -> "40% of 72 + 60% of 58"

Each name must be found once in the story with one number right after it (or, for weights,
right before it), every number of the story must be used, and the weights must add up to 100%.
Anything else abstains. `named_amounts(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.words import stray_digit

_MAX_TEXT = 300
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_NUM = r"\d[\d,]*(?:\.\d+)?"
_NAME = r"[a-z][a-z' -]{0,30}?"
# "What is food cost as a percentage of sales", "What percentage of sales is food cost",
# "food cost is what percentage of sales"
_SHARE_ASKED = (
    re.compile(
        rf"^what(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?P<a>{_NAME})\s+as\s+a\s+(?:percentage|per\s*cent)"
        rf"\s+of\s+(?:the\s+)?(?P<b>{_NAME})$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^what\s+(?:percentage|per\s*cent)\s+of\s+(?:the\s+)?(?P<b>{_NAME})\s+(?:is|was|were|are)"
        rf"\s+(?:the\s+)?(?P<a>{_NAME})$",
        re.IGNORECASE,
    ),
)
# The number that follows a name within a few words: "food cost this week was £3,114",
# "sales of £10,380", "72 in coursework" is found from the other side (see _SCORE).
_AFTER_NAME = r"(?:\s+[a-z']+){0,4}?\s+(?:was|is|were|are|came\s+to|of|totalled|totaled|:)?\s*"
_MONEY = r"[$€£¥₹]?\s?"
# Questions that ask for a weighted mark
_MARK_ASKED = re.compile(
    r"^what(?:'s|\s+is|\s+was|\s+will\s+be)\s+(?:the|my|his|her|their|our)\s+(?:[a-z]+\s+){0,2}"
    r"(?:mark|grade|score|result)(?:\s+for\s+the\s+[a-z]+)?$",
    re.IGNORECASE,
)
_WEIGHT = re.compile(rf"(?P<w>{_NUM})\s*%\s+(?:for\s+)?(?:the\s+)?(?P<name>[a-z]+)", re.IGNORECASE)
_SCORE = re.compile(
    rf"(?P<s>{_NUM})(?:\s*%)?\s+(?:in|on|for)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+)?"
    r"(?P<name>[a-z]+)",
    re.IGNORECASE,
)


def named_amounts(body: str) -> str | None:
    """The expression for a share of named amounts or a weighted mark, else None."""
    if len(body) > _MAX_TEXT:
        return None
    sentences = _SENTENCES.split(body.strip())
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].rstrip("?. "), " ".join(sentences[:-1])
    for pattern in _SHARE_ASKED:
        if m := pattern.match(question):
            return _share(story, m["a"].strip(), m["b"].strip())
    if _MARK_ASKED.match(question):
        return _weighted(story)
    return None


def _amount_of(story: str, name: str) -> re.Match[str] | None:
    """The one number said right after `name` in the story."""
    found = list(
        re.finditer(
            rf"\b{re.escape(name)}\b{_AFTER_NAME}{_MONEY}(?P<n>{_NUM})(?![\d%])",
            story,
            re.IGNORECASE,
        )
    )
    return found[0] if len(found) == 1 else None


def _share(story: str, a: str, b: str) -> str | None:
    if a.lower() == b.lower():
        return None
    first, second = _amount_of(story, a), _amount_of(story, b)
    if first is None or second is None or first.start("n") == second.start("n"):
        return None
    if stray_digit(story, [first, second]):
        return None
    top, bottom = (m["n"].replace(",", "") for m in (first, second))
    return None if Fraction(bottom) == 0 else f"{top} / {bottom} * 100"


def _weighted(story: str) -> str | None:
    weights = list(_WEIGHT.finditer(story))
    scores = [
        m for m in _SCORE.finditer(story) if m.start() >= (weights[-1].end() if weights else 0)
    ]
    names = [w["name"].lower() for w in weights]
    if len(weights) < 2 or len(set(names)) != len(names):
        return None
    if sum(Fraction(w["w"].replace(",", "")) for w in weights) != 100:
        return None
    by_name = {s["name"].lower(): s["s"] for s in scores}
    if len(scores) != len(weights) or set(by_name) != set(names):
        return None
    if stray_digit(story, [*weights, *scores]):
        return None
    return " + ".join(f"{w['w']}% of {by_name[w['name'].lower()]}" for w in weights)


# "the meal came to £247.80 and there's 7 of us, how much each": an even share per head
_PER_HEAD = re.compile(
    rf"^(?:[a-z' ]{{0,40}}?\s)?(?:came\s+to|comes\s+to|was|is|cost|costs|totalled|totaled)\s+"
    rf"{_MONEY}(?P<n>{_NUM})(?:,|\s+and)\s+(?:there(?:'s|\s+is|\s+are|\s+were)|we(?:'re|\s+are"
    r"|\s+were))\s+(?P<k>\d+)\s+of\s+us[,.]?\s+(?:so\s+)?how\s+much\s+(?:is\s+it\s+|is\s+that\s+)?"
    r"(?:each|per\s+person|per\s+head|a\s+head)$",
    re.IGNORECASE,
)


def per_head(body: str) -> str | None:
    """ "247.80 / 7" for a bill and a number of people asking how much each pays."""
    m = _PER_HEAD.match(body.strip())
    if m is None or int(m["k"]) < 2:
        return None
    return f"{m['n']} / {m['k']}".replace(",", "")
