"""A calculation asked as what comes of doing it, for `extract_expression`: "If I increase 640
by 12.5%, what do I get?", "What do you get if you increase 640 by 12.5%?", "If 245 goes up by
16%, what does it become?", "If 14,400 is cut by 15% and the result is then cut by a further
10%, what is left?", "If I split £1,846.20 four ways, how much does each person get?". Each is
said again as the operation the frames read ("increase 640 by 12.5%", "reduce 14,400 by 15%,
then reduce it by 10%"). Pure string work."""

from __future__ import annotations

import re

_OPS = (
    r"increase|decrease|reduce|raise|multiply|divide|add|subtract|take|double|halve|square|cube"
    r"|put|bump|mark"  # ("If I put 1,250 up by 8 per cent, …")
)
_NUM_SAID = r"\d[\d,]*(?:\.\d+)?"
_CHANGED_BY = r"cut|reduced|decreased|lowered|increased|raised"
_IMPERATIVE = {
    **dict.fromkeys(("cut", "reduced", "lowered"), "reduce"),
    "decreased": "decrease",
    "increased": "increase",
    "raised": "increase",
}
_IF_I_DO = re.compile(
    rf"^if\s+(?:i|we|you)\s+(?P<op>{_OPS})\s+(?P<rest>(?:[^,?]|,(?=\d))+?),?\s+(?:what|how\s+much)\s+(?:do"
    r"|does|will|would|should)\s+(?:i|we|you)\s+(?:get|have|end\s+up\s+with)\s*\??$"
    # "What do you get if you increase 640 by 12.5%?"
    rf"|^what\s+do\s+(?:i|we|you)\s+get\s+(?:if|when)\s+(?:i|we|you)\s+(?P<op2>{_OPS})\s+(?P<rest2>(?:[^,?]|,(?=\d))+?)\s*\??$"
    # "If 245 goes up by 16%, what does it become?"
    r"|^if\s+(?P<told>(?:[^,?]|,(?=\d))+?\s+(?:(?:goes|went)\s+(?:up|down)|rises|rose|falls|fell"
    r"|drops|dropped)\s+by\s+[^,?]+?),?\s+what(?:\s+(?:does|will|would)\s+it\s+(?:become|be"
    r"|come\s+to)|\s+do\s+(?:i|we|you)\s+(?:get|end\s+up\s+with)"
    r"|(?:'s|\s+is)\s+the\s+new\s+(?:figure|total|value|amount|number))\s*\??$"
    # "If 640 rises by 12.5 per cent" (the change told, with no question after it)
    r"|^if\s+(?P<told2>\d[\d,]*(?:\.\d+)?\s+(?:(?:goes|went)\s+(?:up|down)|rises|rose|falls|fell"
    r"|drops|dropped)\s+by\s+\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent))$"
    # "If 14,400 is cut by 15% and the result is then cut by a further 10%, what is left?"
    rf"|^if\s+(?P<n>{_NUM_SAID})\s+is\s+(?P<v>{_CHANGED_BY})\s+by\s+(?P<p>{_NUM_SAID}%)(?:,?\s+and\s+"
    rf"the\s+result\s+is\s+then\s+(?P<v2>{_CHANGED_BY})\s+by\s+(?:a\s+further\s+|another\s+)?"
    rf"(?P<q>{_NUM_SAID}%))?,?\s+what\s+(?:is\s+left|do\s+(?:i|we|you)\s+get|is\s+the\s+result)\s*\??$"
    # "If I split £1,846.20 four ways, how much does each person get?"
    r"|^if\s+(?:i|we|you)\s+(?P<split>split\s+(?:[^,?]|,(?=\d))+?\s+ways),?\s+how\s+much\s+(?:does"
    r"|will|would)\s+each\s+(?:person|one|of\s+us|of\s+them)\s+(?:get|pay|have)\s*\??$",
    re.IGNORECASE,
)


def if_done(body: str) -> str | None:
    """The operation a question "if I do this, what do I get?" asks for, or None."""
    if not (done := _IF_I_DO.match(body)):
        return None
    if done["n"]:
        return _changed_twice(done)
    return (
        done["told"]
        or done["told2"]
        or done["split"]
        or f"{done['op'] or done['op2']} {done['rest'] or done['rest2']}"
    )


def _changed_twice(done: re.Match[str]) -> str:
    """ "reduce 14,400 by 15%, then reduce it by 10%" for "If 14,400 is cut by 15% and the result
    is then cut by a further 10%"."""

    first = f"{_IMPERATIVE[done['v'].lower()]} {done['n']} by {done['p']}"
    if not done["v2"]:
        return first
    return f"{first}, then {_IMPERATIVE[done['v2'].lower()]} it by {done['q']}"
