"""A share of the whole takings kept by someone else, for `told`: what is left, or their share;
and a share of a whole cost paid first ("… and the theatre pays 30% upfront. upfront amount?").

"Open day sales: 46 hooks at £12 and 19 pokers at £28. The card machine takes 1.75% of
everything — what do we net?" -> "(46 * 12 + 19 * 28) * (1 - 1.75/100)"; "… and the hall keeps
30%. What's our share?" -> the same with 30; "… and the fair takes 18% of gross. How many
dollars does the fair get?" -> "(640 * 4.25) * 18/100".

The takings are read whole by the cost readers of `takeaway` from the rest of the story, the
share is said once and is under 100%, and the question asks either what the teller keeps or what
the one taking the share gets (named as in the story). Anything else is left to the model. Pure
string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, NUM
from tools.calculator.takeaway import question_and_story, total_cost

# "The card machine takes 1.75% of everything", "the hall keeps 30%", "the fair takes 18% of
# gross", "The ship keeps 35%"
_CUT = re.compile(
    r"(?:^|(?<=[.;])\s*|,?\s+and\s+|,\s+|\s+[—–-]\s+)(?:the\s+|our\s+|their\s+)?(?P<taker>[a-z]+(?:\s+[a-z]+)?)\s+"
    rf"(?:takes|keeps|charges|gets|deducts)\s+(?P<p>{NUM})\s*%"
    r"(?:\s+(?:of\s+(?:everything|it\s+all|the\s+(?:lot|total|takings|gross|sales|money))|of\s+gross"
    r"|commission|cut|fee))?(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
# What the teller keeps: "what do we net?", "What's our share?", "how much do we keep?"
_KEPT_ASKED = re.compile(
    r"^(?:so\s+)?(?:what\s+do\s+(?:we|i)\s+(?:net|keep|take\s+home|clear)|what(?:'s|\s+is)\s+(?:our|my)"
    r"\s+(?:share|cut|net)|how\s+much\s+do\s+(?:we|i)\s+(?:keep|net|take\s+home|clear)"
    r"|how\s+much\s+goes\s+to\s+(?:the\s+)?(?P<other>[a-z]+(?:\s+[a-z]+)?))\s*[?.]?$",
    re.IGNORECASE,
)
# What the one taking the share gets: "How many dollars does the fair get?"
_TAKER_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much|how\s+many\s+(?:dollars|pounds|euros))\s+(?:does|will|did)\s+(?:the\s+)?"
    r"(?P<who>[a-z]+(?:\s+[a-z]+)?)\s+(?:get|take|keep|receive)\s*[?.]?$",
    re.IGNORECASE,
)


def _one_percentage(body: str) -> tuple[str, str] | None:
    """(question, story) of a short story of 2 or 3 sentences holding one percentage."""
    if len(body) > MAX_STORY or "%" not in body:  # (cheap test first)
        return None
    told = question_and_story(body, 3)
    return told if told is not None and told[1].count("%") == 1 else None


def cut_of_the_whole(body: str) -> str | None:
    """ "(takings) * (1 - 30/100)" or "(takings) * 18/100" for takings, one share of them kept by
    someone else, and what is left or what that one gets asked; None otherwise."""
    if (told := _one_percentage(body)) is None:
        return None
    question, story = told
    cuts = list(_CUT.finditer(story))
    if len(cuts) != 1:
        return None
    cut = cuts[0]
    if not 0 < Fraction(cut["p"]) < 100:
        return None
    taker = cut["taker"].lower().split()[-1]
    rest = story[: cut.start()] + story[cut.end() :]
    kept, taken = _KEPT_ASKED.match(question), _TAKER_ASKED.match(question)
    named = (kept and kept["other"]) or (taken and taken["who"])
    if named and named.lower().split()[-1] == taker:
        kept, taken = None, kept or taken  # "how much goes to the ship?": the share itself
    elif taken:
        return None  # "How much does the band get?" after "the hall keeps 30%"
    if not (kept or taken) or (cost := total_cost(rest)) is None:
        return None
    p = cut["p"]
    return f"({cost}) * {p}/100" if taken else f"({cost}) * (1 - {p}/100)"


# A share of the whole paid first: "12 wigs at £1,275 each and the theatre pays 30% upfront.
# upfront amount?" -> "(12 * 1275) * 30/100"
_UP_FRONT = re.compile(
    r"(?:,?\s+and\s+|,\s+|(?<=[.;])\s*|^)(?:the\s+|our\s+|their\s+)?(?:[a-z]+(?:\s+[a-z]+)?\s+)?"
    rf"(?:pays?|takes?|wants?|needs?|asks?\s+for|puts?\s+down)\s+(?:an?\s+)?(?P<p>{NUM})\s*%"
    r"\s+(?:up\s*front|upfront|up-front|in\s+advance|as\s+(?:a\s+)?deposit|deposit)(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
_UP_FRONT_ASKED = re.compile(
    r"^(?:so\s+)?(?:(?:how\s+much|what)\s+(?:is|'s)\s+the\s+|what's\s+the\s+)?(?:deposit|upfront"
    r"(?:\s+(?:amount|payment))?|up-front\s+(?:amount|payment)|amount\s+(?:paid\s+)?up\s*front)\s*[?.]?$",
    re.IGNORECASE,
)


def paid_up_front(body: str) -> str | None:
    """ "(cost) * 30/100" for a whole cost, a share of it paid first, and that share asked."""
    if (told := _one_percentage(body)) is None:
        return None
    question, story = told
    found = list(_UP_FRONT.finditer(story))
    if len(found) != 1 or not _UP_FRONT_ASKED.match(question):
        return None
    if not 0 < Fraction(found[0]["p"]) < 100:
        return None
    cost = total_cost(story[: found[0].start()] + story[found[0].end() :])
    return None if cost is None else f"({cost}) * {found[0]['p']}/100"
