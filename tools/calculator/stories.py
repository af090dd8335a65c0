"""One-step word problems the calculator reads: a story of one sentence that fixes a count or
a rate, then a question about the same things.

"A crate holds 24 bottles. How many bottles are in 37 crates?" -> "24 * 37"
"Tickets cost 12.50 each. How much do 18 tickets cost?" -> "12.50 * 18"
"A printer prints 45 pages per minute. How many pages does it print in 12 minutes?" -> "45 * 12"
"Maria had 350 stickers and gave away 128 of them. How many does she have left?" -> "350 - 128"

Each shape matches the whole text, and the question must name the same things the story did
(bottles and crates, pages and minutes, the same verb), so a story with one more fact or a
question about something else is not read. `one_step(body)` gives the expression or None.
Pure string work; `frames` asks it with the other story frames.
"""

from __future__ import annotations

import re

_NUM = r"\d[\d,]*(?:\.\d+)?"
_NOUN = r"[a-z]+"
_THING = r"[a-z]+(?: [a-z]+)?"  # "crate", "shipping box"
_STOP = r"[.;,]?\s+"

# "A crate holds 24 bottles. How many bottles are in 37 crates?"
_HOLDS = re.compile(
    rf"^(?:a|an|one|1|each|every) (?P<box>{_THING}) (?:holds|contains|has|fits|takes|carries)"
    rf" (?P<n>{_NUM}) (?P<item>{_NOUN}){_STOP}how many (?P<item2>{_NOUN})"
    r" (?:are|would be|will be|are there|fit|can fit|go)"
    rf" in (?P<m>{_NUM}) (?P<box2>{_THING})$",
    re.IGNORECASE,
)
# "Tickets cost 12.50 each. How much do 18 tickets cost?", "One ticket costs 12.50. How much
# do 18 tickets cost?"
_EACH_COSTS = re.compile(
    rf"^(?:(?P<items>{_THING}) cost (?P<p>{_NUM}) (?:each|apiece|a piece)"
    rf"|(?:a|an|one|1|each) (?P<item>{_THING}) costs (?P<p2>{_NUM})){_STOP}"
    rf"how much (?:do|would|will) (?P<n>{_NUM}) (?P<items2>{_THING}) cost$",
    re.IGNORECASE,
)
# "A printer prints 45 pages per minute. How many pages does it print in 12 minutes?"
_RATE = re.compile(
    rf"^(?:a|an|the|one|1|my|our) (?P<agent>{_THING}) (?P<verb>{_NOUN})s (?P<n>{_NUM})"
    rf" (?P<item>{_NOUN}) (?:per|a|an|each|every) (?P<unit>{_NOUN}){_STOP}"
    rf"how many (?P<item2>{_NOUN}) (?:does|will|would|can) (?:it|the (?P<agent2>{_THING}))"
    rf" (?P<verb2>{_NOUN}) in (?P<m>{_NUM}) (?P<unit2>{_NOUN})$",
    re.IGNORECASE,
)
# "Maria had 350 stickers and gave away 128 of them. How many does she have left?"
_LEFT = re.compile(
    rf"^(?P<who>(?-i:[A-Z][a-z]+)|i|we|he|she|they) (?:had|has|have|bought|baked|collected"
    rf"|picked|made) (?P<n>{_NUM}) (?P<item>{_NOUN}),? and (?:then )?"
    r"(?P<verb>gave away|gave|sold|lost|ate|used|spent|broke|donated|threw away)"
    rf" (?P<m>{_NUM})(?: of them| (?P<item2>{_NOUN}))?{_STOP}"
    rf"how many (?:(?P<item3>{_NOUN}) )?(?:does|do|did) (?P<who2>{_NOUN}) have left$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def one_step(body: str) -> str | None:
    """The expression for a one-step word problem (see the module doc), or None."""
    if m := _HOLDS.match(body):
        if _same(m["item"], m["item2"]) and _same(m["box"], m["box2"]):
            return f"{m['n']} * {m['m']}"
        return None
    if m := _EACH_COSTS.match(body):
        if _same(m["items"] or m["item"], m["items2"]):
            return f"{m['p'] or m['p2']} * {m['n']}"
        return None
    if m := _RATE.match(body):
        same_agent = m["agent2"] is None or _same(m["agent"], m["agent2"])
        if (
            same_agent
            and m["verb"].lower() == m["verb2"].lower()
            and _same(m["item"], m["item2"])
            and _same(m["unit"], m["unit2"])
        ):
            return f"{m['n']} * {m['m']}"
        return None
    if m := _LEFT.match(body):
        items = [x for x in (m["item2"], m["item3"]) if x]
        fewer = float(m["m"].replace(",", "")) <= float(m["n"].replace(",", ""))
        if fewer and all(_same(m["item"], x) for x in items) and _same_person(m["who"], m["who2"]):
            return f"{m['n']} - {m['m']}"
    return None


def _same(a: str, b: str) -> bool:
    """The same things, one or many: "crate" and "crates", "box" and "boxes"."""
    return _stem(a) == _stem(b)


def _stem(words: str) -> str:
    *head, last = words.lower().split()
    for ending in ("ies", "es", "s"):
        if last.endswith(ending) and len(last) > len(ending) + 2:
            last = last[: -len(ending)] + ("y" if ending == "ies" else "")
            break
    return " ".join([*head, last.rstrip("e")])


def _same_person(story: str, question: str) -> bool:
    """The question asks about who the story is about: "Maria ... does she", "I ... do I"."""
    story, question = story.lower(), question.lower()
    if story in _PRONOUNS:
        return story == question
    return question in (story, "he", "she", "they")
