"""A figure changed by two or three percentages in turn, each on what the one before left:
"Take 1,250, knock 18% off it, then add 7.5% to whatever that leaves. What do you get?"
  -> "1250 * (1 - 18/100) * (1 + 7.5/100)"
"A jacket costs £64. It's reduced by 25% in the sale, then there's a further 10% off the sale
price at the till. What does it finally cost?"  -> "64 * (1 - 25/100) * (1 - 10/100)"

Each percentage after the first must be said to follow the one before ("then", "a further", "on
the discounted price", "the result"), and each says by its own words whether it comes off or
goes on. The story holds one amount besides the percentages and no other number; it says no
condition, count or share ("another 3.8% for bruising, both as shares of the intake" are each of
the first amount, not one on the other); and the question asks for the figure at the end.
`chained_percents(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import ASKED_AFTER_COMMA, MAX_STORY, NUM, SENTENCES
from tools.words import stray_digit

_MOST = 3
_PCT = re.compile(rf"(?<![\w.,])(?P<p>{NUM})\s*%")
_NUMBER = re.compile(rf"(?<![\w.,]){NUM}")
# The clauses a story's changes are told in (a decimal point ends none)
_CLAUSE = re.compile(r",\s*|;\s*|\.(?!\d)\s*|\s+(?:then|and|but)\s+", re.IGNORECASE)
# What a change is applied to, said with it: no direction of its own ("off the sale price")
_APPLIED_TO = re.compile(
    r"\b(?:the\s+)?(?:discounted|reduced|sale|new|marked[- ]up)\s+(?:price|figure|total)\b"
    r"|\bthe\s+result\b",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"\b(?:off|discount\w*|reduc\w*|less|cut|falls?|fell|drops?|dropped|decreas\w*|knock\w*"
    r"|minus|lower\w*)\b",
    re.IGNORECASE,
)
_UP = re.compile(
    r"\b(?:add|adds|added|adding|plus|vat|tax|rises?|rose|risen|increas\w*|raise[sd]?|grows?|grew"
    r"|mark(?:s|ed)?\s+(?:it|them)\s+up|mark-?up|on\s+top|surcharge|goes\s+on|up\s+by)\b",
    re.IGNORECASE,
)
# Said between two changes: the second is on what the first left
_IN_TURN = re.compile(
    r"\b(?:then|further|(?:discounted|reduced|sale|new|marked[- ]up)\s+price|the\s+result"
    r"|that\s+leaves|(?:off|on|of)\s+that)\b",
    re.IGNORECASE,
)
# "another 2% on top of the new total" (set 184): said to be on what the change before left
_ANOTHER_ON_NEW = re.compile(
    r"\banother\s+(?=\d[\d.]*\s*%\s+(?:on\s+top\s+of|on|off)\s+(?:the\s+)?(?:new|result|that)\b)",
    re.IGNORECASE,
)
_AGAIN = re.compile(r"\b(?:again|once\s+more)\b", re.IGNORECASE)
# A condition, a count, a share or a change of something else: the model reads these
_NOT_IN_TURN = re.compile(
    r"\b(?:if|unless|only|over|above|under|both|each|every|per(?!\s*cent)|share|shares|shared"
    r"|original|another|first|second|split|between|deposit|commission|interest|annual\w*)\b",
    re.IGNORECASE,
)
# An operation told as one to do: what it leaves is asked (by a trail the frames took off)
_DONE = re.compile(
    r"^(?:take|start\s+with|knock|cut|raise|increase|reduce|decrease|add)\b", re.IGNORECASE
)
_FINAL_ASKED = re.compile(
    r"^(?:so\s+)?(?:what\s+(?:do|does|will|would|should)\s+(?:i|we|you|they|he|she|it|the\s+[a-z]+"
    r"|a\s+[a-z]+)\s+(?:finally\s+|actually\s+|now\s+)?(?:pay|cost|get|come\s+to)"
    r"(?:\s+(?:now|then|in\s+the\s+end|finally))?"
    r"|how\s+much\s+(?:do|does|will|would|should)\s+(?:i|we|you|they|he|she|the\s+[a-z]+)"
    r"\s+(?:finally\s+|actually\s+)?pay"
    r"|what(?:'s|\s+is)\s+(?:it|that)\s+now|what(?:'s|\s+is)\s+left"
    r"|what(?:'s|\s+is)\s+it\s+worth(?:\s+now|\s+at\s+the\s+end)?"
    r"|what(?:'s|\s+is)\s+the\s+(?:final|new|end|invoice|bill|sale)\s+(?:price|figure|total|amount|cost)"
    r"|(?:the\s+)?final\s+(?:price|figure|total|amount)"
    r"|what(?:'s|\s+is)\s+the\s+(?:total|figure)"
    r"|what\s+(?:(?:number|figure|amount)\s+)?do\s+(?:you|i|we)\s+end\s+up\s+with)\s*[?.!]?$",
    re.IGNORECASE,
)


def chained_percents(body: str) -> str | None:
    """The expression for one amount changed by 2-3 percentages in turn, or None."""
    if len(body) > MAX_STORY or body.count("%") < 2:
        return None
    sentences = SENTENCES.split(body.strip())
    if len(sentences) == 1 and (asked := ASKED_AFTER_COMMA.search(body)):
        sentences = [body[: asked.start()], body[asked.end() :]]  # "…, what's the final price?"
    if len(sentences) == 1 and _DONE.match(body):
        story = body  # "Take 15% off 340 then a further 10% off" (its "- what's left" cut off)
    else:
        story, question = " ".join(sentences[:-1]), sentences[-1].strip()
        if not story or not _FINAL_ASKED.match(question):
            return None
    story = _ANOTHER_ON_NEW.sub("a further ", story)  # ("then another 2% on top of the new total")
    if _NOT_IN_TURN.search(story):
        return None
    pcts = list(_PCT.finditer(story))
    amounts = [
        m
        for m in _NUMBER.finditer(story)
        if not any(p.start() <= m.start() < p.end() for p in pcts)
    ]
    if not 2 <= len(pcts) <= _MOST or len(amounts) != 1 or stray_digit(story, pcts + amounts):
        return None
    factors = []
    for i, pct in enumerate(pcts):
        if i and not _IN_TURN.search(story, pcts[i - 1].end(), _clause_end(story, pct.end())):
            return None  # ("20% off and 10% for members": of what, in turn or both of the price?)
        clause = _APPLIED_TO.sub(" ", _clause_of(story, pct))
        down, up = bool(_DOWN.search(clause)), bool(_UP.search(clause))
        if i and not (down or up) and _AGAIN.search(clause):  # "then by 4% again": as before
            down, up = factors[-1].startswith("(1 -"), factors[-1].startswith("(1 +")
        if down == up or (down and Fraction(pct["p"].replace(",", "")) >= 100):
            return None
        factors.append(f"(1 {'-' if down else '+'} {pct['p']}/100)")
    return " * ".join([amounts[0].group().replace(",", ""), *factors])


def _clause_of(story: str, pct: re.Match[str]) -> str:
    starts = [m.end() for m in _CLAUSE.finditer(story, 0, pct.start())]
    return story[starts[-1] if starts else 0 : _clause_end(story, pct.end())]


def _clause_end(story: str, at: int) -> int:
    end = _CLAUSE.search(story, at)
    return end.start() if end else len(story)
