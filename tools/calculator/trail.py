"""The trailing frame of a calculator question: the words after the expression that only ask
for its value ("= ?", "equals what", "in total", ", please", "as a decimal", "- what's left?",
". Total?"), cut off by `trail_start` before the expression is read. Pure string work."""

from __future__ import annotations

import re

_TRAIL = re.compile(
    # only where a trailing frame can start: a space, a sign or the first letter of a word below
    r"(?=[\s=,.?!:;_\-—–eicmgfawl]|$)"
    r"(?:\s*(?:=\s*\?*|equals?\s*\??|equal to\??|is equal to\??|(?:is|equals?|comes? to) what\??"
    r"|comes? to\??|is|make\??|give\??|,? exactly|,? please|,? plz|,? pls|for me|again"
    r"|,? (?:that is|that's|is that) what\??"  # ("57 out of 380: as a percentage that is what?")
    r"|\((?:it'?s|it\s+is)\s+a\s+perfect\s+(?:square|cube)\)"  # (a hint, not a condition)
    # ("…, using the normal order of operations": how any expression here is read; at most 44)
    r"|,?\s*(?:using|with|following|by)\s+(?:the\s+)?(?:(?:normal|standard|usual|correct)\s+)?"
    r"(?:order\s+of\s+operations|bodmas|bidmas|pemdas)"
    r"|(?:leaves|gives|makes) what\??|,? and you get(?: what)?\??"
    r"|,? it makes? how much\??|\s*[-—–,]\s*what do (?:you|i|we) (?:get|end up with)\??|"
    r"in total|altogether|,? ?(?:expressed |written )?as a decimal(?: number)?|,? ?in decimal(?: form)?|"
    r",\s*go|"  # ("(14.6 + 9.85) divided by 2.5, go": set 186)
    # ("what's the square root of 8,281, checking my working": set 181)
    r",?\s*(?:just\s+)?(?:checking|to\s+check)\s+my\s+(?:working|work|answer|maths|math|homework)|"
    r"(?:and )?give (?:the|your) answer as a decimal(?: number)?|"
    # a sentence of its own: "What's 2 1/2 plus 3 3/4? Give it as a decimal."
    r"(?:give|write|express) (?:it|that|the answer|the result) (?:as a decimal(?: number)?"
    r"|in decimal(?: form)?)|"
    r"\?|\.|(?<![\d)!])!|:|_{2,}|comes? to how much(?: each)?|is how much(?: each)?|"
    # ("if i add a 15% tip to a $64.80 bill whats the total": no mark before it, set 177)
    r"(?:\s*[-—–,:;.]\s*|\s+(?=what's the total))(?:what(?:'s| is) the total(?: (?:i|we) (?:pay|owe|spend))?|how much is (?:that|it)(?: in total)?"
    r"|what does (?:that|it) (?:actually |really )?come to|where do (?:you|i|we) end up"
    r"|what(?:'s| is) (?:it|that))|"  # ("17.5% of 3,280 — what is it?")
    # "23% off 189.00, what's the sale price", "Add VAT at 20% to £86.45, what's the gross?"
    r",\s*what(?:'s| is) the (?:sale|discounted|reduced) price|\s*[,—–]\s*what(?:'s| is) the gross(?: total| figure)?|"
    r",\s*what(?:'s| is) (?:that|it)|"  # ("3 to the power of 9, what's that")
    r"[.!]\s*what do (?:you|i|we) (?:get|end up with)\??|"  # ("Knock 12.5% off 9,600, then add 340. What do you get?")
    # ("Split 1,234.56 evenly five ways. How much is each share?": after a split only)
    r"(?<=ways)\s*[.!—–-]\s*(?:how much is|what(?:'s| is)) each (?:share|one|portion)\??|"
    # ("9,876 shared equally between 12. How much is each share?": "share" after the count)
    r"(?:(?<=between \d)|(?<=between \d\d)|(?<=between \d\d\d)|(?<=among \d)|(?<=among \d\d)"
    r"|(?<=into \d)|(?<=into \d\d))\s*[.!—–-]\s*(?:how much is|what(?:'s| is)) each share\??|"
    # "Take 18% off 2,350 - what's left?", "… - what is the new figure?" (after a dash only: "…
    # spent £18.40 on lunch. What's left?" asks a story's question)
    r"\s+[-—–]\s*(?:what(?:'s| is) left|what remains|what(?:'s| is) the (?:new|final|resulting) (?:figure|total"
    r"|amount|number|value|price)|what (?:do|will) (?:i|we) (?:actually |really )?pay)|"
    r"(?<=%),\s*what (?:do|will) (?:i|we) (?:actually |really )?pay|"
    # ("… 10% off the lot. what do I charge him": set 187, the total asked)
    r"[.!]\s*what (?:do|should|will) (?:i|we) charge (?:him|her|them|the [a-z]+)|"  # ("£249.60 less 15%, what …": set 185)
    # a last word of its own: "… Fri £644, Sat £811.25. Total?"
    r"\s*[.!:—–,]\s*(?:(?:the|grand)\s+)?total(?:,?\s+please)?|\s*[.!:—–,]\s*(?:the\s+)?result|"
    # "Increase 1,250 by 8% and give me the new figure", "… off £12,480. What's the new price?"
    r",?\s*and\s+tell\s+me\s+what(?:(?:'s|\s+is)\s+left|\s+remains)|"  # ("Take 15% off 84.60 and tell me …")
    r",?\s*and\s+(?:give|tell)\s+me\s+the\s+(?:new|final|resulting|gross)\s+(?:figure|total|amount"
    r"|number|value|price)|[.!,:]\s*what(?:'s|\s+is)\s+the\s+new\s+(?:figure|price|total)))*"
    r"\s*(?:\n?\s*a:\s*)?$",
    re.IGNORECASE,
)
# The trailing frame is looked for in the last 48 characters, then the last 120, then the whole
# body (the pattern is tried at every position it is given). Its parts are at most _TRAIL_PART
# long once spaces are single, so a frame that begins before a reach has a part boundary, where
# the search would find it, within _TRAIL_PART of the reach's start: a find there widens it.
_TRAIL_REACHES = (48, 120)
_TRAIL_PART = 44


def trail_start(body: str) -> int:
    """Where the trailing frame of a body with single spaces begins (len(body) if none)."""
    for reach in _TRAIL_REACHES:
        start = len(body) - reach
        if start <= 0:
            break
        found = _TRAIL.search(body, start).start()
        if found >= start + _TRAIL_PART:
            return found
    return _TRAIL.search(body).start()
