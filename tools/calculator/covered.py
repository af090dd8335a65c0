"""A bill told charge by charge of which someone else covers a share, and the asker's own part
asked, for `told`: "I bought 40 cache containers at £3.65 each and paid £12 postage. The club
covers three quarters of it; how much do I pay?" -> "(40 * 3.65 + 12) * (1 - 3/4)". The bill
is read by `bill.told_bill` whole; the share is a percentage, a fraction or a half of all of it,
and the one asked is not the one who covers. Pure string work."""

from __future__ import annotations

import re

from tools.calculator.bill import told_bill
from tools.calculator.measures import NUM
from tools.calculator.rates import SENTENCES

# Someone else covers a share of the bill, and the asker's own part asked: "The club covers three
# quarters of it; how much do I pay?", "The council grant covers 60% of it. What does the group
# itself pay?" (fractions come here as digits: "3/4 * it")
_COVERS = re.compile(
    r"^(?:the|our|a|my)\s+(?P<who>[a-z]+(?:\s+[a-z]+)?)\s+(?:covers|pays|funds|meets|picks\s+up)\s+"
    rf"(?:(?P<x>{NUM})%\s+of|(?P<f>[1-9]/[1-9]\d?)\s+\*|(?P<half>half)\s+of)\s+"
    r"(?:it|that|the\s+(?:cost|bill|total|lot))$",
    re.IGNORECASE,
)
_OWN_PART_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much|what)\s+(?:do|does|will|should)\s+(?:i|we|(?:the|our)\s+(?P<who>[a-z]+)"
    r"(?:\s+itself)?)\s+(?:pay|put\s+in)\s*[?.]?$",
    re.IGNORECASE,
)


def share_left(body: str) -> str | None:
    """The asker's part of a bill told charge by charge when someone else covers a share of it
    ("(40 * 3.65 + 12) * (1 - 3/4)"), else None."""
    if " covers " not in body and " pays " not in body and " funds " not in body:
        return None
    sentences = SENTENCES.split(body.strip())
    *told, asked = sentences
    if "; " in asked:  # "… covers three quarters of it; how much do I pay?"
        covered, asked = asked.split("; ", 1)
        told.append(covered)
    if len(told) < 2 or not (own := _OWN_PART_ASKED.match(asked.strip())):
        return None
    if not (m := _COVERS.fullmatch(told[-1].strip().rstrip(".!"))):
        return None
    if own["who"] and own["who"].lower() in m["who"].lower().split():
        return None  # "The club covers three quarters of it; how much does the club pay?"
    if (whole := told_bill(f"{' '.join(told[:-1])} What is the total?")) is None:
        return None
    share = f"{m['x'].replace(',', '')}/100" if m["x"] else m["f"] or "1/2"
    return f"({whole}) * (1 - {share})"
