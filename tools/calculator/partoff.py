"""A discount on one priced thing of a bill, for `told`: "Sectional door £1,285, electric
operator £420, two extra remotes at £34.50 each and fitting at £260. Customer gets 12% off the
door itself only. What's the total?" -> "(1285 + 420 + 2 * 34.50 + 260) - 12/100 * 1285".

The bill is read whole by the cost readers of `takeaway`; the discount names one thing said
once with its one price right after it ("door £1,285", "door at £1,285"), and says it is on
that thing alone ("itself", "only", "just"). Anything else is left to the model. Pure string
work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, NUM, SENTENCES
from tools.calculator.takeaway import MONEY, money_number, total_cost

# "Customer gets 12% off the door itself only.", "… with 10% off the blinds only"
_OFF_ONE = re.compile(
    rf"(?:^|(?<=[.;])\s*|,?\s+(?:and|but|with)\s+|,\s+)(?:[a-z' ]{{0,30}}?\s)?(?:gets?|has|have|take|takes)?\s*"
    rf"(?P<p>{NUM})\s*%\s+off\s+(?:the\s+)?(?P<thing>[a-z]+)(?:\s+(?:itself|alone))?"
    r"(?:\s+only|\s+(?:itself|alone))+(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
_TOTAL_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+(?:total|bill|price)|total|how\s+much(?:\s+altogether)?)"
    r"\s*[?.]?$",
    re.IGNORECASE,
)


def one_thing_off(worded: str, *, total: bool = False) -> str | None:
    """ "(bill) - 12/100 * 1285" for a bill with a discount on one thing of it, else None.
    `total`: the question, a total, was a frame already taken off."""
    if len(worded) > MAX_STORY or "%" not in worded:
        return None
    sentences = [s.strip() for s in SENTENCES.split(worded.strip())]
    if not total:
        if not _TOTAL_ASKED.match(sentences[-1]):
            return None
        sentences = sentences[:-1]
    if not 1 <= len(sentences) <= 2:
        return None
    story = " ".join(sentences)
    offs = list(_OFF_ONE.finditer(story))
    if len(offs) != 1 or not 0 < Fraction(offs[0]["p"]) < 100:
        return None
    off = offs[0]
    bill = story[: off.start()] + story[off.end() :]
    thing = re.escape(off["thing"].lower().rstrip("s"))
    priced = list(
        re.finditer(
            rf"\b{thing}s?\s+(?:at\s+|is\s+|costs?\s+)?(?P<price>{MONEY})", bill, re.IGNORECASE
        )
    )
    named = re.findall(rf"\b{thing}s?\b", bill, re.IGNORECASE)
    if len(priced) != 1 or len(named) != 1 or (cost := total_cost(bill)) is None:
        return None  # the thing said once, with its one price
    return f"({cost}) - {off['p']}/100 * {money_number(priced[0]['price'])}"
