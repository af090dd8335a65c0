"""Calculator virtual expert: exact arithmetic on requests that are only an expression.

`parse` accepts a request whose whole text is a question frame ("What is", "Calculate", "… =")
around one constant expression of the whitelisted grammar ("697 times 205", "15% of 80",
"square root of 144"); anything else returns None so the language model answers. `run`
evaluates the AST with sympy inside the bounded worker (`build`) and answers "127 × 89 = 11303".
The router also asks `is_arithmetic`, `consistent_history` (few-shot history) and
`expression_call` (assist mode's embedded expression); nothing else here is its business.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from tools.base import Tool, ToolCall, ToolContext, ToolResult, run_in_worker, warm_worker
from tools.calculator.exact import answers_match, quick_value
from tools.calculator.exchange import exchanged
from tools.calculator.frames import UNREAD_STEP, rewrite
from tools.calculator.grammar import RELATION_KINDS, Node, parse_math
from tools.calculator.identifiers import identifier_reason
from tools.calculator.if_done import if_done
from tools.calculator.latex import latex_to_text
from tools.calculator.lexer import GrammarError
from tools.calculator.measures import hours_said
from tools.calculator.money import money_said, prices_said
from tools.calculator.render import render
from tools.calculator.told import read_story
from tools.calculator.trail import trail_start
from tools.words import has_digit, spaced_dashes, words_to_digits

log = logging.getLogger(__name__)

NAME = "calculator"

# The question frames around an expression. Order matters: longer frames first.
POLITE_PREFIX = (
    r"(?:(?:hey|hi|ok|okay|so)[,!]?\s+)*(?:quick\s+(?:q|question)\s*:\s*)?"
    r"(?:(?:please|pls|plz|kindly|quickly),?\s+)?(?:you can\s+(?=tell|give|show))?"
    r"(?:(?:can|could|would|will) (?:you|u)(?: please| kindly)?\s+)?(?:(?:please|quickly)\s+)?"
    r"(?:do\s+(?=[\d(.-]))?"
    # learners' "I want know how much is …"
    r"(?:i\s+(?:want|need|would\s+like)\s+(?:to\s+)?know\s+(?=how\s+much|what))?"
)
_LEAD = re.compile(
    r"^(?:q:\s*)?"
    + POLITE_PREFIX
    + r"(?:(?:tell me|show me|give me|find|calculate|calc|calcualte|calulate|caculate|compute|evaluate"
    r"|determine|work out|figure out|solve|simplify"
    # ("Write 7/8 as a decimal.", "Give 3/8 plus 1/4 as a decimal number.")
    r"|(?:write|give|express)(?=\s.*\bas an? (?:decimal|percent|percentage)\b))"
    r"(?:\s+(?:the following|this)(?: expression| calculation| sum)?)?\s*[:.]?\s+"
    # "Sum these: 1,284.75 + 96.4 + 3,019.06", "Add up: …" (its colon said)
    # (a list said with ", " is left for the list frames: "Sum these: 389.40, 1,276.85, 45.05")
    r"|(?:sum|add up|total)(?:\s+(?:these|this|the following)(?: numbers| figures| amounts)?)?\s*:\s+"
    r"(?!.*\d,\s\d)"
    r"|add(?: up)?\s+(?=\d[\d,.]*\s*\+)"  # ("add up 1,288 + 3,905 + 417": the sum written out)
    r"|add\s+(?:these|them)\s+up(?:\s+for\s+me)?\s*:?\s+(?=\d[\d,.]*\s*\+)"  # ("add these up for me")
    r"|take\s+(?=\d[\d,.]*\s*%\s+of\s))?"  # ("Take 35% of 60% of 8,500.": not a taking away)
    r"(?:what(?:'s| is|s)(?: the number)?|(?:what|which) number is|how (?:much|many) is|what do i pay for"
    r"|how much do i pay for|what does"
    # "How much do I bill for a footsteps session of 3.75 hours at £85 an hour?", "How much for
    # 12 notebooks at £1.50 each?"
    r"|how much (?:(?:do|should|would) (?:i|we) (?:bill|charge|invoice) |is it |would it be )?for"
    r"(?: an? (?:[a-z]+ )?(?:session|job|shift|booking|visit|call) of)?(?=\s+\d[^?]*\s(?:at|@)\s)"
    r"|how much (?:makes?|gives?)(?=\s+[\d(])"  # learners' English: "how much make 48 and 25"
    r"|what do|what(?=\s.*\sis(?:,?\s*please)?\W*$))?\s*"
    r"(?:(?:the )?(?:exact )?(?:value|result|answer|total) (?:of|for|to)\s+)?"
    r"(?:(?:the )?(?:value|result|answer) of\s+)?"
    r"(?:the exact (?=(?:square|cube) root of\s))?",  # "what's the exact square root of 7,056?"
    re.IGNORECASE,
)
_CURRENCY = re.compile(
    r"[$€£¥₹](?=\s?\d)|\brs\.?\s?(?=\d)|(?<=\d)\s?(?:dollars|usd|euros?|rupees|inr)\b",
    re.IGNORECASE,
)
_PCT_ON = re.compile(
    r"(?:%|\s*per ?cent)\s*(?:tip|tax|discount|commission|interest|vat|markup)?\s*(?:on|of|for)\s"
    r"(?:an?\s+|the\s+)?(?:(?:bill|check|cheque|tab|total|invoice|order|purchase)\s+of\s+)?(?=[\d.])",
    re.IGNORECASE,  # ("a 15% tip on a bill of 86.40")
)
_AMPERSAND = re.compile(r"(?<=\d) & (?=[$€£¥₹]?\d)")
# "an 18% tip on a $64 bill": the thing the percentage is taken of, after its amount
_PCT_BASE_NOUN = re.compile(
    # (a share of "3500 pounds" is pounds, of money or of weight alike)
    r"(?<=\d)\s+(?:bill|check|cheque|tab|meal|purchase|order|total|invoice|dinner|lunch|pounds|quid"
    r"|bucks)$",
    re.IGNORECASE,
)
# A part of a number said before a sum: "half of 2 plus 2" is 3 or 2, "20% of 50 plus 10" 12 or 20
_SPOKEN_GROUPING = re.compile(
    r"(?:\b(?:half|an?\s+(?:third|quarter|fifth|eighth|tenth)|\d+\s+(?:thirds?|quarters?|fifths?"
    r"|eighths?|tenths?)|twice|double|triple)\s+(?:of\s+)?(?:the\s+)?|%\s+of\s+)\d[\d,.]*\s*"
    # (not a share of one plus a share of another: "35% of 1,240 plus 8% of 950")
    r"(?:plus|minus|\+|-|−)\s*(?!\d[\d,.]*\s*(?:%|percent|per\s*cent)\s+of\b)\d",
    re.IGNORECASE,
)
# "697 x 205": a spaced "x" between numbers is a times sign (never in "2x + 3").
# "15 percent od 380": a slip of "of" after a percentage
_OF_SLIP = re.compile(r"(?:(?<=%)|(?<=percent)|(?<=per cent))\s+od\s+(?=[$€£¥₹]?\d)", re.IGNORECASE)
# Learners' "how much is 15 percent from 2400?" (Spanish "de", German "von"): a share of it,
# asked as a plain "how much is" (the lead is gone); "take 15% from 2400" keeps its verb.
_FROM_SLIP = re.compile(
    r"^(\d[\d.]*\s*(?:%|percent|per\s+cent))\s+from\s+"
    r"(?=[$€£¥₹]?\d[\d,.]*(?:\s+[a-z]+)?\s*\??$)",
    re.IGNORECASE,
)
_ASKED_BANG = re.compile(r"\d!\?\s*$")
_WHATS = re.compile(r"\bwhats\b", re.IGNORECASE)
_TIMES_X = re.compile(r"(?<=[\d)])\s+[xX]\s+(?=[\d(.]|[-−]\d)")  # ("-48 x -12.5": set 183)
_WORDY = re.compile(r"[A-Za-z]{3,}")
_MATH_SIGN = re.compile("[÷×]")


# A question is at most MAX_QUESTION characters once its whitespace and LaTeX are tidied; a
# text RAW_REACH long or more is never one (tidying shrinks a real question far less).
MAX_QUESTION = 300
RAW_REACH = 4 * MAX_QUESTION


_FACTORIAL_BEFORE = re.compile(
    r"\d!\s*(?:[-+*/×÷^]|(?:divided\s+by|times|plus|minus|multiplied\s+by)\s)", re.IGNORECASE
)  # ("7! divided by 5!": the first factorial says what the last "!" is)


def extract_expression(text: str) -> str | None:
    """The expression part of a request that is nothing but a question about its value."""
    if len(text) > RAW_REACH:
        return None  # not worth normalising 10 KB to find it is longer than a question
    body = " ".join(latex_to_text(text).split())  # "Calculate:\n\n2+2" -> "Calculate: 2+2"
    if not body or len(body) > MAX_QUESTION:
        return None
    if expr := exchanged(body, extract_expression):
        return expr  # "… NOK 340 a night for 5 nights. At NOK 11.25 to the euro, what's that …?"
    if "hats " in body:  # "whats the total": the apostrophe left out
        body = _WHATS.sub("what's", body)
    if body[:3].lower() in ("if ", "wha") and (done := if_done(body)):
        body = done  # "If I increase 640 by 12.5%, what do I get?": "increase 640 by 12.5%"
    body = _LEAD.sub("", body, count=1)
    if " od " in body.lower():  # (the slip is rare: its pattern is not run on every question)
        body = _OF_SLIP.sub(" of ", body)
    if " from " in body:
        body = _FROM_SLIP.sub(r"\1 of ", body)
    if " onto " in body and body[:4].lower() == "add ":  # "Add 6% of 1,250 onto 1,250."
        body = body.replace(" onto ", " to ", 1)
    if " & " in body:  # "the mean of 12, 19, 23 & 30": the list's last "and"
        body = _AMPERSAND.sub(" and ", body)
    if " as a" in body:  # "seven eighths as a decimal": the words read before the form is cut
        body = words_to_digits(body)
    cut = trail_start(body)
    body, trail = body[:cut].strip(), body[cut:]
    # "what does 2+2 equal" leaves no verb behind; "what is the sum" never reaches here.
    worded = hours_said(prices_said(money_said(words_to_digits(body))))
    body = _CURRENCY.sub("", worded)
    framed = rewrite(body)
    if (framed == body or framed.endswith(UNREAD_STEP)) and has_digit(worded):
        # No frame (or a "then" step it could not read): a story that adds up terms, read with
        # its currency signs ("a £45 young driver fee" is money), its total maybe asked in the
        # trail; if none reads it, the frame's answer stands (an unread step is refused)
        framed = read_story(worded, trail) or framed
    body = framed
    body = _TIMES_X.sub(" * ", body)
    if _PCT_ON.search(body):
        body = _PCT_BASE_NOUN.sub("", _PCT_ON.sub("% of ", body))
    return body or None


def _chat_shaped(node: Node) -> bool:
    """Unframed messages that are usually chat: "+1", "-3", "100%!", "8/10" (a rating), "9-5"
    (hours, ranges). Framed ones ("What is 8/10?", "9-5 =") are questions and still route."""
    if node[0] in ("num", "const"):
        return True
    if node[0] in ("neg", "pct", "deg"):
        return node[1][0] in ("num", "const")
    plain = (
        node[0] in ("div", "sub")
        and node[1][0] == "num"
        and node[2][0] == "num"
        and node[1][1].isdigit()
        and node[2][1].isdigit()
    )
    # ("1296 / 16" is a sum; "8/10", "12/25" and "2023/24" are a rating, a date and a season)
    return plain and not (node[0] == "div" and _is_a_quotient(int(node[1][1]), int(node[2][1])))


def _is_a_quotient(top: int, bottom: int) -> bool:
    return top > 100 and not (1900 <= top <= 2099 and bottom < 100) and 1 < bottom < top


_QA = re.compile(
    r"\s*(?:q|question)\s*:\s*(.+?)\s*\n\s*(?:a|answer)\s*:[ \t]*([^\n]*)\s*", re.IGNORECASE
)
MAX_FEW_SHOT = 2000


def _few_shot(text: str) -> tuple[Node, str] | None:
    """The last question of a "Q: … A: …" prompt whose examples are all ordinary arithmetic.

    Every example must parse and its written answer must equal the exact value; otherwise
    the examples may define another operation and the model must answer.
    """
    if len(text) > MAX_FEW_SHOT:
        return None
    pairs, pos = [], 0
    while pos < len(text):
        m = _QA.match(text, pos)
        if not m:
            return None
        pairs.append(m.groups())
        pos = m.end()
    if len(pairs) < 2 or pairs[-1][1].strip():
        return None
    for question, answer in pairs[:-1]:
        found = parse_request(question, bare=True)
        if found is None or not answers_match(quick_value(found[0]), answer):
            return None
    return parse_request(pairs[-1][0], bare=True)  # "Q:" is the question frame


def parse_request(
    text: str, *, bare: bool = False, number: bool = False
) -> tuple[Node, str] | None:
    """(AST, expression text) when the whole request asks for one constant's value.

    `bare` also accepts chat-shaped messages ("8/10"), for reading few-shot history; `number`
    a lone number ("0.75", to be written as a fraction).
    A "Q: … A: …" prompt with checked examples is answered for its last question.
    """
    if text.lstrip()[:1] in ("Q", "q") and text.count("\n") >= 2:
        return _few_shot(text)
    expr = extract_expression(text)
    if expr is None or not has_digit(expr):
        return None
    why = identifier_reason(expr) or (_SPOKEN_GROUPING.search(text) and "a spoken grouping")
    if why:
        log.debug("calculator abstains: %r looks like %s", expr, why)
        return None
    try:
        node = parse_math(expr, variables=False)
    except GrammarError as exc:
        log.debug("calculator grammar rejected %r: %s", expr, exc)
        return None
    if node[0] in RELATION_KINDS:
        return None  # "1+1=3", "3 > 2": claims to check or discuss, not values to compute
    if _reading_depends(node) or _NOTATION_DIFFERS.search(expr):
        return None  # "sin(30)": 0.5 in degrees, -0.988 in radians; "0^0": 1 or undefined
    if (
        expr.rstrip().endswith("!")
        and node[0] not in ("fact", "fact2")
        and not _ASKED_BANG.search(text)
        and not _FACTORIAL_BEFORE.search(expr)
    ):
        # "what is 2+3!" may be an exclamation, not a factorial ("6!?" is one; in "12! / 10!"
        # the first factorial says what the last "!" is)
        return None
    if node[0] in ("num", "const") and not number and not expr.lstrip().startswith(("+", "-")):
        return None  # "What is 5?" or "What is pi?" asks about the thing, not for arithmetic
    framed = expr.strip() != re.sub(r"[\s?.!]+$", "", " ".join(text.split()))
    # "56 ÷ 7" and "3 × 4" are written as sums; "8/10" and "9-5" are often chat.
    # A worded operator ("1,250 divided by 8") is a question, never chat.
    worded = _WORDY.search(expr)
    if (
        not framed
        and not bare
        and not worded
        and _chat_shaped(node)
        and not _MATH_SIGN.search(text)
    ):
        return None
    return node, expr


_TRIG = frozenset({"sin", "cos", "tan", "cot", "sec", "csc"})

# Written notation that tools read differently: "2^3^2" (512 read right to left, 64 in
# spreadsheets), "-2^2" (-4 by convention, 4 in spreadsheets), "7!!" (the double factorial, or
# (7!)!; "the double factorial of 7" is read), "/" mixed with "÷".
_NOTATION_DIFFERS = re.compile(
    r"(?:\^|\*\*)\s*[\w.]+\s*(?:\^|\*\*)"
    r"|(?:^|[-+*/(^×÷,]\s*)-\s*[\d.]+\s*(?:\^|\*\*)"
    r"|!!"
    r"|÷.*/|/.*÷"  # "12/3 ÷ 2/4": fractions divided, or one chain left to right
)


def _is_zero(node: Node) -> bool:
    return node[0] == "num" and not node[1].strip("0.")


def _reading_depends(node: Node) -> bool:
    """Notation whose value depends on a convention the text does not state: a trigonometric
    function of a bare whole number of 10 or more ("sin(30)", "tan 45": degrees written without
    their unit as often as radians) and 0^0 (1 in combinatorics, undefined in analysis)."""
    if not isinstance(node, tuple) or not node:
        return False
    if not isinstance(node[0], str):  # a call's argument tuple
        return any(_reading_depends(child) for child in node)
    if node[0] == "call" and node[1] in _TRIG and len(node[2]) == 1:
        arg = node[2][0]
        if arg[0] == "neg":
            arg = arg[1]
        if arg[0] == "num" and arg[1].isdigit() and int(arg[1]) >= 10:
            return True
    if node[0] == "pow" and _is_zero(node[1]) and _is_zero(node[2]):
        return True
    if node[0] == "call" and node[1] == "log" and len(node[2]) == 1:
        return True  # "log 100": base 10 on calculators, e in mathematics ("ln", "log10" are read)
    return any(_reading_depends(child) for child in node[1:] if isinstance(child, tuple))


def _call(node: Node, text: str, confidence: float) -> ToolCall:
    return ToolCall(
        tool=NAME, args={"ast": node, "expression": render(node)}, text=text, confidence=confidence
    )


# "What is 0.75 as a fraction?", "1/3 + 1/6 in simplest form": the exact value as p/q.
_AS_FRACTION = re.compile(
    r",?\s+(?:as|in(?:to)?)\s+(?:an?\s+)?(?:(?:simplified|common|reduced|proper)\s+)?"
    r"(?:fraction(?:\s+form)?|simplest\s+form|lowest\s+terms)"
    r"(?:\s+in\s+(?:its\s+)?(?:lowest|simplest)\s+(?:terms|form))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_FRACTION_LEAD = re.compile(
    r"^\s*(?:please\s+)?(?:write|express|convert|reduce|put)\s+", re.IGNORECASE
)


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    text = spaced_dashes(text)  # ("… £1,846.20—how much each?": the dash of " — ")
    # only a question's end can hold the phrase (searching 10 KB for it took milliseconds)
    fraction = _AS_FRACTION.search(text, max(0, len(text) - 80)) if len(text) <= RAW_REACH else None
    if fraction:  # the phrase frames it: "2.5 as a fraction", "Write 12/16 in simplest form"
        body = _FRACTION_LEAD.sub("", text[: fraction.start()], count=1)
        found = parse_request(body, bare=True, number=True)
    else:
        found = parse_request(text)
    if found is None:
        return None
    node, expr = found
    # Word operators ("times", "of") are read with slightly less certainty than symbols.
    confidence = 0.97 if _WORDY.search(expr) else 0.99
    call = _call(node, expr, confidence)
    if fraction:
        call.args["form"] = "fraction"
    return call


# What the router asks of the calculator beyond parse and run: few-shot history and assist spans.


def is_arithmetic(text: str) -> bool:
    """Whether `text` is a bare arithmetic question ("2+2", "8/10"), as an earlier turn that
    may be a few-shot example is written."""
    return parse_request(text, bare=True) is not None


def consistent_history(earlier: list[tuple[str, str]]) -> bool:
    """False when an earlier arithmetic user turn got a non-standard (or no) answer.

    `earlier` is the conversation before the last user turn as (role, text) pairs. "2+2" ->
    "5", "3+3" -> ? defines its own operation; "2+2" -> "4", "3+3" -> ? is a user asking
    twice. Each reply is checked exactly (`exact`); one that cannot be checked is inconsistent.
    """
    for i, (role, body) in enumerate(earlier):
        if role != "user":
            continue
        found = parse_request(body, bare=True)
        if found is None:
            continue
        reply = (
            earlier[i + 1][1] if i + 1 < len(earlier) and earlier[i + 1][0] == "assistant" else None
        )
        if not answers_match(quick_value(found[0]), reply):
            return False
    return True


# "9+10 is 21", "2 + 2 = 5": an arithmetic claim written in prose (a few-shot set-up or a quiz
# rule when it is wrong). Found from its verb and result, then its expression is read back
# from a bounded window before it: linear in the text, whatever runs of digits it holds.
# One scan per verb (a literal first: fast), in any order: every claim must hold.
# (An ASCII letter right before a worded verb, or before the one space in front of it, is
# never the end of an expression: "what date is 1 day …" is skipped inside the scan. The check
# follows the verb, so the scan still looks for the verb's letters first.)
_CLAIMED = tuple(
    re.compile(rf"{verb}{guard}\s*(?P<result>-?\d[\d.,]*)")
    for verb, guard in (
        ("=", ""),
        ("->", ""),
        ("→", ""),
        *(
            (word, rf"(?<![a-zA-Z]{word})(?<![a-zA-Z]\s{word})")
            for word in ("is", "equals", "makes", "gives")
        ),
    )
)
_CLAIM_WINDOW = 80
# The expression before the verb, matched on the reversed window from its end (re.match at 0:
# a search anchored with $ would retry from every position of the window).
_CLAIM_EXPR_REVERSED = re.compile(r"\s*([\d.,]*\d(?:\s*(?:\*\*|[-+*/^×÷x])\s*[\d.,]*\d)+)")
MAX_CLAIMS = 20


def stated_results_hold(text: str) -> bool:
    """False when `text` states an arithmetic result that is not the ordinary exact value
    ("For this quiz, 9+10 is 21."), or one that cannot be checked: such a turn redefines
    the operation for the rest of the conversation."""
    claims = 0
    for m in (m for pattern in _CLAIMED for m in pattern.finditer(text)):
        at = m.start()
        if text[at].isalpha() and at and text[at - 1].isalnum():
            continue  # "this 5": not the verb "is"
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before < 0 or not (text[before].isdigit() or text[before] in ".,"):
            continue  # "What is 5": no expression ends before the verb (most of them)
        window = text[max(0, at - _CLAIM_WINDOW) : at][::-1]
        e = _CLAIM_EXPR_REVERSED.match(window)
        if e is None:
            continue
        before = window[e.end() : e.end() + 1]
        if before and (before.isalnum() or before == "."):
            continue  # "v2+3 is 5", "1.2.3-4 = 5": part of a name
        claims += 1
        found = parse_request(_TIMES_X.sub(" * ", e.group(1)[::-1]), bare=True)
        if claims > MAX_CLAIMS or found is None:
            return False
        if not answers_match(quick_value(found[0]), m["result"]):
            return False
    return True


def expression_call(span: str, confidence: float) -> ToolCall | None:
    """A calculator call for `span` when all of it is one arithmetic expression (assist mode
    lifts such spans out of mixed requests), else None."""
    found = parse_request(span)
    return None if found is None else _call(found[0], span, confidence)


def evaluate(payload: dict[str, Any]) -> dict[str, Any]:
    """The bounded worker's entry point: `build.evaluate`, imported on the first call, so sympy
    is loaded in the worker and never in the server or the router."""
    from tools.calculator.build import evaluate as build_evaluate

    return build_evaluate(payload)


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    node = call.args.get("ast")
    if not isinstance(node, tuple):
        return ToolResult(ok=False, error="calculator call has no parsed expression")
    payload = {"ast": node, "form": call.args.get("form")}
    res = run_in_worker(evaluate, payload, ctx, memory_mb=512, failed="calculation failed")
    if not res.ok:
        return res
    out = res.value
    expression = call.args.get("expression") or render(node)
    text = out["text"]
    if text.startswith(expression + " ≈"):
        output = text  # "√2 ≈ 1.414…", not "√2 = √2 ≈ 1.414…"
    else:
        output = f"{expression}{' ' if text.startswith('≈') else ' = '}{text}"
    return ToolResult(
        ok=True,
        output=output,
        value=out["value"],
        elapsed_ms=res.elapsed_ms,
        details={"expression": expression, "result": text},
    )


TOOL = Tool(name=NAME, parse=parse, run=run, warm=warm_worker)
