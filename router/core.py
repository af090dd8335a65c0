"""The routing decision: which virtual expert, if any, answers the last user turn.

`route(messages, ctx)` is pure (no I/O, no MLX, no tool execution): it checks the
conversation guards, asks every registered tool's `parse`, and returns the most confident
claim, or None. Ties between different tools, low confidence, and any hint that earlier
turns change the meaning all abstain: a wrong tool answer is worse than none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from router.beside import asks_for_form, asks_more
from router.conversation import buried_questions, last_user_text
from router.corrections import corrected
from router.noise import tidy
from router.redefinition import redefines
from router.terse import expanded
from router.words import read_words, word_set
from tools.base import Tool, ToolCall, ToolContext
from tools.calculator import consistent_history, is_arithmetic, stated_results_hold
from tools.dates import kept_elsewhere
from tools.words import has_digit

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.9
_TIE_MARGIN = 0.02
# A question for everything told so far: with numbers in earlier turns, they may be part of it
# ("Shift one ran from 09:00 to 13:30." … "Second shift was 14:15 till 18:00, so how long did I
# work in total?"); a message's own rest is `conversation`'s (`_ADDS_UP`)
_QUESTION_TAIL = 300
_ALL_OF_IT = re.compile(
    r"\b(?:in\s+total|total\s+(?:time|hours|cost|bill|spend|distance)|altogether|all\s+together"
    r"|in\s+all|overall|combined|grand\s+total|both\s+(?:shifts|days|trips|legs|parts|of\s+them))\b"
    r"|\bwhat(?:'s|\s+is)\s+the\s+total\s*\?",  # ("What's the total?": of all that was told)
    re.IGNORECASE,
)
# A percentage asked alone, after earlier figures it may be of: "All percentages I mention refer
# to my back squat max of 140 kg." … "What's 72.5%?"
_BARE_PERCENT = re.compile(
    r"^\s*(?:(?:what(?:'s|\s+is)|and)\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s*\??\s*$", re.IGNORECASE
)
# Two numbers glued by a dash ("12-7"), asked after an earlier turn that talks of codes: "I'm
# sorting parcels by their bay codes." … "What is 12-7?" (a code, not a difference)
# (or more: "What is 7-2-5 then?" after "aisle-shelf-bin codes", set 148; not a date: "2027-03-01")
_GLUED_PAIR = re.compile(r"(?<![\d./-])(?!\d{4}-\d\d-\d\d)\d{1,4}(?:-\d{1,4})+(?![\d./-])")
_CODE_WORDS = word_set(
    "code codes id ids identifier identifiers reference references ref refs serial serials sku skus"
)
# A message that goes on from the one before with more figures: "And 58 on the day at £18."
# One person's part asked after an earlier turn told a split: the share is the model's to apply
_ONES_SHARE = re.compile(
    r"\b(?:(?:do|should|must|will)\s+(?:i|we)\s+(?:owe|pay|put\s+in)|(?:my|our|each)\s+(?:share"
    r"|part|cut)|(?:i|we)\s+owe|each\s+(?:pay|owe)|per\s+(?:person|head))\b",
    re.IGNORECASE,
)
_SPLIT_TOLD = re.compile(
    r"\b(?:shar|split|divid)\w*\b[^.?!]{0,60}\b(?:equally|evenly|ways|between|among)\b"
    r"|\b(?:equally|evenly)\s+(?:shar|split|divid)\w*"
    # "I pay 60% of the rent …, but utilities we split down the middle" (set 167)
    r"|\b(?:split|shar\w*|go(?:ing)?)\s+(?:it\s+)?(?:down\s+the\s+middle|halves|fifty[- ]fifty|50/50)"
    r"|\b(?:i|we|you|they|he|she)\s+pays?\s+\d+(?:\.\d+)?\s*%",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"^\s*(?:and|plus|also)\s+(?!(?:what|how|which|when|who|is|are|can|could|do|does|would)\b)",
    re.IGNORECASE,
)

# A long message that asks nothing (no question mark, no asking word near its end) is no
# question for a tool: none of the 11,187 texts the tools answer in the sets and tests is one,
# and each tool's parser spends up to 0.4 ms learning that such a paragraph is prose
_LONG_STATEMENT = 140
_ASKING = re.compile(
    r"\b(?:how|what|whats|which|when|calculate|compute|convert|work\s+out|find|total|express|give"
    r"|tell|wants?|needs?|equals?|is)\b",
    re.IGNORECASE,
)


def _asks_nothing(text: str) -> bool:
    return (
        len(text) > _LONG_STATEMENT
        and "?" not in text
        and not _ASKING.search(text, len(text) - 100)
    )


@dataclass(frozen=True)
class Route:
    """A decision to let `tool` answer, with the parsed call and how sure the parser is."""

    tool: str
    call: ToolCall
    confidence: float


def _registry() -> Mapping[str, Tool]:
    from tools.registry import TOOLS  # deferred so importing router stays cheap

    return TOOLS


def _claims(
    text: str, ctx: ToolContext, tools: Mapping[str, Tool]
) -> list[tuple[float, str, ToolCall]]:
    found = []
    for name, tool in tools.items():
        try:
            call = tool.parse(text, ctx)
        except Exception:
            log.exception("parser of tool %s failed; treating as no claim", name)
            continue
        if call is not None:
            found.append((call.confidence, name, call))
    found.sort(key=lambda c: -c[0])
    return found


# Numbers joined by a dash, slash or colon that the rest of the message also holds are a name
# there ("Score was 21-14. What is 21-14?"), not a sum to work out.
_JOINED_NUMBERS = re.compile(r"\d+(?:\s?[-–/:]\s?\d+)+")
# A rule told beside the question with a figure of its own may change its answer: "Loyalty card:
# every 10th smoothie is free. A regular bought 30 smoothies at £3.85 - how much did she pay?"
_OWN_FIGURE = re.compile(
    r"\b(?:every|each)\s+\d+(?:st|nd|rd|th)\b|\d+\s*(?:%|for\s+\d)", re.IGNORECASE
)


def _buried_claims(
    text: str, ctx: ToolContext, tools: Mapping[str, Tool]
) -> tuple[list[tuple[float, str, ToolCall]], str]:
    """The claims on the one question of a longer message and the rest of it, when the rest
    asks for nothing more (`asks_more`) and does not use the question's numbers as a name;
    ([], "") otherwise."""
    for question, rest in buried_questions(text):
        if (
            asks_more(rest, question)
            or any(m.group() in rest for m in _JOINED_NUMBERS.finditer(question))
            or _OWN_FIGURE.search(rest)
        ):
            return [], ""
        claims = _claims(tidy(question), ctx, tools)
        if claims:
            return claims, rest
    return [], ""


# The currencies a text names, by sign, code or word: an earlier turn naming another than the
# question's may set the one the answer is wanted in ("We're budgeting the whole trip in Swiss
# francs."), which needs a rate no tool has. Searched in the lowered text, each pattern starting
# with its literals and the word start checked after (a leading \b or IGNORECASE would make the
# scan of a 2,000-character turn about 20 times slower).
_CURRENCY = {
    "gbp": re.compile(r"£|(?:gbp|pounds?\s+sterling|sterling|quid|pence)\b"),
    "eur": re.compile(r"€|(?:eur|euros?)\b"),
    "usd": re.compile(r"\$|(?:usd|dollars?|bucks|cents?)\b"),
    "chf": re.compile(r"(?:chf|francs?)\b"),
    "jpy": re.compile(r"¥|(?:jpy|yen)\b"),
    "inr": re.compile(r"₹|(?:inr|rupees?)\b"),
}
_CURRENCY_HINT = re.compile(
    r"[£€$¥₹]|gbp|eur|usd|chf|jpy|inr|euro|dollar|franc|yen|rupee|sterling|quid|bucks|pence|cent"
)


def _names(pattern: re.Pattern[str], low: str) -> bool:
    """Whether `pattern` matches `low` at a sign or at the start of a word."""
    return any(
        not m.start() or not m.group()[0].isalpha() or not low[m.start() - 1].isalnum()
        for m in pattern.finditer(low)
    )


def _currencies(text: str) -> set[str]:
    """The currencies `text` names (its last 2,000 characters: a long earlier turn's tail)."""
    low = text[-2000:].lower()
    if not _names(_CURRENCY_HINT, low):
        return set()
    return {code for code, said in _CURRENCY.items() if _names(said, low)}


def route(
    messages: list[Any], ctx: ToolContext | None = None, *, tools: Mapping[str, Tool] | None = None
) -> Route | None:
    """The route for the conversation's last user turn, or None to let the model answer."""
    ctx = ctx or ToolContext()
    tools = _registry() if tools is None else tools
    text, earlier = last_user_text(messages)
    if text is None or _asks_nothing(text):
        return None
    said = len(earlier)  # the turns before the last (the rest of a message may follow)
    claims = _claims(tidy(text), ctx, tools)
    if not claims and (fixed := corrected(text)):
        claims = _claims(tidy(fixed), ctx, tools)  # "… — sorry, I meant 2,540"
    if not claims and (full := expanded(text)):
        claims = _claims(tidy(full), ctx, tools)  # "… room fee. Total please?"
    if claims and asks_for_form(text):
        return None  # "Answer in French. What date is 8 weeks after 14 January 2028?"
    if not claims:
        claims, rest = _buried_claims(text, ctx, tools)
        if not claims:
            return None
        # The rest of the message is read as an earlier turn: nothing in it may change the
        # question, and a second question the tools would answer makes it a few-shot prompt.
        earlier = [*earlier, ("user", rest)]
    asked = text[-_QUESTION_TAIL:]  # (the question ends the message: a 10 KB one is not scanned)
    if (_ALL_OF_IT.search(asked) or _GOES_ON.match(text) or _BARE_PERCENT.match(text)) and any(
        has_digit(body) for _, body in earlier
    ):
        return None  # "Second shift was 14:15 till 18:00, so how long did I work in total?"
    if (
        earlier
        and (money := _currencies(asked))
        and any(_currencies(body) - money for _, body in earlier)
    ):
        return None  # "We're budgeting the whole trip in Swiss francs." … "180 euros a night?"
    if _ONES_SHARE.search(asked) and any(_SPLIT_TOLD.search(body) for _, body in earlier):
        return None  # "There are 6 of us sharing all the costs equally." … "What do I owe?"
    if _GLUED_PAIR.search(asked) and any(
        not _CODE_WORDS.isdisjoint(read_words(body)[1]) for _, body in earlier
    ):
        return None  # "… by their bay codes." … "What is 12-7?"
    arithmetic_before = False
    for turn, (role, body) in enumerate(earlier):
        # an earlier user turn may also set a standing instruction or convention ("Answer only
        # in Spanish words."); the rest of this message was checked for more (`asks_more`)
        instructions = role == "user" and turn < said
        if redefines(body, role=role, instructions=instructions) or not stated_results_hold(body):
            return None
        # An earlier user turn that is itself a tool query may be a few-shot example defining
        # another operation; only plain arithmetic answered the ordinary way is let through.
        if role != "user":
            continue
        if is_arithmetic(body):
            arithmetic_before = True
        elif (told := _claims(body, ctx, tools)) and not (turn >= said and _same_ask(told, claims)):
            return None  # (the rest of this message may ask the same: "… the old field gauge is
            # in psi. Convert 14.5 bar to psi.")
    # One pass over the history (checking it once per earlier question was quadratic).
    if arithmetic_before and not consistent_history(earlier):
        return None
    confidence, name, call = claims[0]
    if confidence < MIN_CONFIDENCE:
        return None
    if name == "datetime" and any(kept_elsewhere(call.args, body[-2000:]) for _, body in earlier):
        return None  # "Flight Tokyo to London. leave at 10:00, arrive at 15:00. How many hours?"
    tied = len(claims) > 1 and claims[1][1] != name and confidence - claims[1][0] < _TIE_MARGIN
    if tied and not _agree(claims, ctx, tools):
        log.debug("tools %s and %s both claim %r; abstaining", name, claims[1][1], text[:80])
        return None
    return Route(tool=name, call=call, confidence=confidence)


def _same_ask(
    told: list[tuple[float, str, ToolCall]], asked: list[tuple[float, str, ToolCall]]
) -> bool:
    """Whether the rest of a message is claimed only as the same request as its question."""
    return all(
        any(name == q_name and call.args == q_call.args for _, q_name, q_call in asked)
        for _, name, call in told
    )


# Tools whose runs are cheap, in-process and without side effects: when two of them claim a
# question alike ("The tap drips 3 ml a second. How many litres an hour?": the calculator and the
# converter), both are run, and the question is answered only if they agree.
_PURE = frozenset(("calculator", "units", "datetime"))


def _agree(
    claims: list[tuple[float, str, ToolCall]], ctx: ToolContext, tools: Mapping[str, Tool]
) -> bool:
    close = [c for c in claims if claims[0][0] - c[0] < _TIE_MARGIN]
    if len(close) != 2 or not {close[0][1], close[1][1]} <= _PURE:
        return False
    values = []
    for _, name, call in close:
        try:
            result = tools[name].run(call, ctx)
        except Exception:
            log.exception("tool %s failed while checking a tie", name)
            return False
        if (
            not result.ok
            or not isinstance(result.value, int | float)
            or result.value != result.value
        ):
            return False
        values.append(float(result.value))
    a, b = values
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
