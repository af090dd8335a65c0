"""Percentage changes: "the percentage increase from 48 to 60", "went from 1,240 down to 1,054 -
what's the percentage fall", "640 -> 776, what % increase is that?", "creatinine was 612 before the
transplant and 153 on day five. what's the percentage fall".

Each is signed for a change, and only in its own direction for an increase or a decrease (a "20%
increase" from 60 to 48 is not what was asked): `change_frame` refuses the other way round.
`percent_change(body)` gives the expression for a story of a change, or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.percent_frames import NUM as _NUM

# for an increase or a decrease (a "20% increase" from 60 to 48 is not what was asked).
CHANGE = re.compile(
    rf"^(?:the )?(?:percent(?:age)?|%) (change|difference|increase|decrease) (?:going )?from ({_NUM}) to"
    rf" ({_NUM})$",
    re.IGNORECASE,
)

_WENT = re.compile(
    r"^[^\d%]{0,40}?(?:went|rose|grew|fell|dropped|increased|decreased|changed|climbed|jumped"
    r"|(?:was|is)\s+(?:marked\s+)?(?:up|down))"
    # "went from 1,240 patients down to 1,054", "from 3,200 to 4,144 this quarter"
    rf"\s+(?:up\s+|down\s+)?from ({_NUM})(?: [a-z]+)? (?:(?:up|down) )?to ({_NUM})(?: [a-z]+){{0,3}}"
    r"(?:[.,!;]|\s+[—–-])?\s+(?:(?:by\s+)?what"
    r" (?:percent(?:age)?|%) did (?:it|they|the \w+) (increase|decrease|rise|fall|drop|grow|change)"
    # "my salary went from 52,000 to 55,900 — what % raise is that"
    r"|what (?:percent(?:age)?|%) (increase|decrease|rise|raise|fall|drop|discount|cut|change)"
    r" is (?:that|this)"
    # "What's the percentage increase?"
    r"|what(?:'s| is) the (?:percentage|percent|%) (increase|decrease|rise|fall|drop|change)"
    # "What percentage was taken off?"
    r"|what (?:percent(?:age)?|%) (?:was|has been) (taken off|knocked off|added|put on))$",
    re.IGNORECASE,
)
_CHANGE_WORDS = {
    "taken off": "decrease",
    "knocked off": "decrease",
    "added": "increase",
    "put on": "increase",
    "rise": "increase",
    "raise": "increase",
    "grow": "increase",
    "fall": "decrease",
    "drop": "decrease",
    "discount": "decrease",
    "cut": "decrease",
}
# A change written with an arrow: "by what percent did it go up, 640 -> 776?", "640 → 776: what %
# increase is that?"
_ARROW_CHANGE = re.compile(
    r"^(?:by\s+what\s+(?:percent(?:age)?|%)\s+did\s+it\s+(?P<w>go\s+up|go\s+down|rise|fall|increase"
    rf"|decrease|change)[,:]?\s+)?({_NUM})\s*(?:->|→|=>)\s*({_NUM})(?<!,)"
    r"(?:[,:]?\s+(?:by\s+)?what\s+(?:percent(?:age)?|%)\s+(?:did\s+it\s+(?P<w2>go\s+up|go\s+down|rise"
    r"|fall|increase|decrease|change)|(?P<w3>increase|decrease|rise|fall|change)\s+is\s+(?:that|this)))?$",
    re.IGNORECASE,
)
_ARROW_WORDS = {"go up": "increase", "go down": "decrease", "rise": "increase", "fall": "decrease"}
# ... or with words: "by what percent did 1,840 go up if it's now 2,047", "… did 640 rise to 776"
_DID_CHANGE = re.compile(
    rf"^by\s+what\s+(?:percent(?:age)?|%)\s+did\s+({_NUM})\s+(?P<w>go\s+up|go\s+down|rise|fall"
    rf"|increase|decrease|grow|drop)\s+(?:to|if\s+it(?:'s|\s+is)\s+now)\s+({_NUM})$",
    re.IGNORECASE,
)
# Two readings told one after the other, each at its time: "creatinine was 612 before the transplant
# and 153 on day five. what's the percentage fall" (set 170); the first is the earlier
_WAS_THEN = re.compile(
    rf"^[^\d%]{{0,40}}?\b(?:was|were|stood\s+at)\s+({_NUM})(?: [a-z]+)?\s+(?:before|at|on|in|last)\b"
    rf"[^\d%.?!]{{0,30}}?,?\s+and\s+({_NUM})(?: [a-z]+)?\s+(?:on|at|by|after|in|this)\b"
    r"[^\d%.?!]{0,30}(?:\s(?:day|week|month|year|hour)\s\d{1,3})?[.,!;]?\s+"  # ("on day five")
    r"(?:what(?:'s| is) the (?:percentage|percent|%) (increase|decrease|rise|fall|drop|change)"
    r"|what (?:percent(?:age)?|%) "
    r"(increase|decrease|rise|fall|drop|change) is (?:that|this))$",
    re.IGNORECASE,
)


def percent_change(body: str) -> str | None:
    """The expression for a change told with an arrow, "by what percent did …", "went from …
    to …" or two readings at two times, then asked as a percentage; None for any other body."""
    low = body.lower()
    if ">" in body or "→" in body:
        m = _ARROW_CHANGE.match(body)
        word = m and (m["w"] or m["w2"] or m["w3"])
        if word:  # (one of the two says what is asked: a bare "640 -> 776" is not a question)
            word = " ".join(word.lower().split())
            kind = _ARROW_WORDS.get(word, word)
            return change_frame(f"percent {kind} from {m.group(2)} to {m.group(3)}")
    if low.startswith("by what") and (m := _DID_CHANGE.match(body)):
        word = " ".join(m["w"].lower().split())
        kind = _ARROW_WORDS.get(word) or _CHANGE_WORDS.get(word, word)
        return change_frame(f"percent {kind} from {m.group(1)} to {m.group(3)}")
    m = (" from " in low and _WENT.match(body)) or (" and " in low and _WAS_THEN.match(body))
    if m:
        word = next(g for g in m.groups()[2:] if g).lower()
        kind = _CHANGE_WORDS.get(word, word)
        return change_frame(f"percent {kind} from {m.group(1)} to {m.group(2)}")
    return None


def change_frame(body: str) -> str:
    m = CHANGE.match(body)
    if not m:
        return body
    kind, old, new = m.group(1).lower(), m.group(2), m.group(3)
    a, b = (Fraction(v.replace(",", "")) for v in (old, new))
    if a == 0 or (kind == "increase" and b < a) or (kind == "decrease" and b > a):
        return "change?"  # the grammar refuses: the model says what happened
    if kind == "decrease":
        return f"({old} - {new}) / {old} * 100"
    return f"({new} - {old}) / {old} * 100"
