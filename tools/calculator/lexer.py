"""Tokenizer for the math grammar shared by the calculator and symbolic tools.

Turns a short math request ("697 times 205", "2x^2 - 3x = 5", "15% of 80") into a flat list of
`Token`s from a fixed whitelist: numbers, operators, known words and single-letter variables.
Anything else (quotes, dots after names, underscores, unknown words) is a `GrammarError`, so text
that merely contains some math never gets this far. It does not evaluate anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


class GrammarError(ValueError):
    """The text is not a request this grammar accepts; the message says which part and why."""


@dataclass(frozen=True)
class Token:
    kind: str  # "num" | "op" | "name" | "end"
    text: str


# Word phrases rewritten to operator symbols before tokenizing. Longest phrases first so that
# "raised to the power of" wins over "raised to". Only phrases with one reading are listed.
_PHRASES: tuple[tuple[str, str, str | Callable[[re.Match[str]], str]], ...] = (
    ("the", r"(?:raised )?to the (\d+)(?:st|nd|rd|th)(?: power)?", r" ^ \1 "),
    ("factorial", r"(?:the )?double factorial of (\d+)", r" \1!! "),  # before "double" = 2 *
    ("square", r"(?:the )?square of (\d[\d.,]*)", r" (\1)^2 "),
    ("cube", r"(?:the )?cube of (\d[\d.,]*)", r" (\1)^3 "),
    ("square", r"^\s*square (\d[\d.,]*)\s*$", r" (\1)^2 "),  # "Square 6.5 for me."
    ("cube", r"^\s*cube (\d[\d.,]*)\s*$", r" (\1)^3 "),
    ("reciprocal", r"(?:the )?reciprocal of (\d[\d.,]*)", r" 1/(\1) "),
    ("half", r"(?:the )?half of", " 1/2 * "),
    # "0.125 of 3,912": a decimal share of a number
    ("of", r"(?<![\d.,])(0?\.\d+) of (?=\d)", r" \1 * "),
    # "three quarters of 96" (the number words already digits), "a third of 90"
    (
        "quarter quarters third thirds fifth fifths eighth eighths tenth tenths",
        r"(?:(\d+) (quarter|third|fifth|eighth|tenth)s?|an? (quarter|third|fifth|eighth|tenth)) of",
        lambda m: f" {m[1] or 1}/{PARTS[(m[2] or m[3]).lower()]} * ",
    ),
    ("twice double", r"(?:twice|double)", " 2 * "),
    ("triple", r"triple", " 3 * "),
    ("power", r"raised to the power of", " ^ "),
    ("power", r"raised to the power", " ^ "),
    ("power", r"to the power of", " ^ "),
    ("power", r"to the power(?= \d)", " ^ "),  # "1.08 to the power 2"
    ("raised", r"raised to", " ^ "),
    ("multiplied", r"multiplied by", " * "),
    (
        "multiply multiplicated",
        r"(?:multiply|multiplicated) by",
        " * ",
    ),  # "45 multiply by 12" (learners' English)
    ("multiply", r"(?<=\d )multiply(?= [\d(])", " * "),  # "48 multiply 25"
    ("divide divided", r"(?:divide|divided) with", " / "),
    ("times tiems tims", r"(?:times|tiems|tims)", " * "),
    ("lots", r"(?<=\d )lots of(?= [\d(])", " * "),  # "14 lots of 2.35 take away 4.9"
    ("divided divide divded devided divied", r"(?:divided|divide|divded|devided|divied) by", " / "),
    ("over", r"over", " / "),
    ("plus", r"plus", " + "),
    ("minus", r"minus", " - "),
    # "12,005 take away 3,847", "15 cubed take away 1,000"
    ("take", r"(?:(?<=\d )|(?<=\) )|(?<=cubed )|(?<=squared ))take away(?= [\d(])", " - "),
    ("negative", r"negative", " - "),
    ("modulo", r"modulo", " mod "),
    ("per percent percentage", r"per ?cent(?:age)?", " % "),
    ("root", r"(?:the )?(?:square|sq\.?) root of", " sqrt "),  # ("sq root of 5329")
    ("sqrt", r"sqrt\s+of", " sqrt "),  # "sqrt of 5,329", "√ of 11,449"
    ("root", r"(?:the )?cube root of", " cbrt "),
    ("fourth", r"(?:the )?fourth root of (\d[\d.,]*)", r" (\1)^(1/4) "),
    ("fifth", r"(?:the )?fifth root of (\d[\d.,]*)", r" (\1)^(1/5) "),
    ("absolute", r"(?:the )?absolute value of", " abs "),
    ("factorial", r"(?:the )?factorial of", " factorial "),
    ("natural", r"(?:the )?natural log(?:arithm)? of", " ln "),
    ("log logarithm", r"(?:the )?log(?:arithm)? base (\d+) of", r" log_\1 "),
    ("log logarithm", r"(?:the )?log(?:arithm)? of", " log "),
    ("sine", r"(?:the )?sine of", " sin "),
    ("cosine", r"(?:the )?cosine of", " cos "),
    ("tangent", r"(?:the )?tangent of", " tan "),
    # Postfix words apply left to right: "2 cubed squared" is (2^3)^2, not 2^(3^2).
    ("squared", r"squared", " \u00b2 "),
    ("cubed", r"cubed", " \u00b3 "),
    ("factorial", r"(?<=[\d)])\s*factorial(?!\s*\()", " ! "),
    ("degree degrees", r"degrees?", " ° "),
)
# The parts a whole is said in: "three eighths" is 3/8
PARTS = {"quarter": 4, "third": 3, "fifth": 5, "eighth": 8, "tenth": 10}
_PHRASE_RE = tuple(
    (
        frozenset(gate.split()),
        re.compile(r"(?<![A-Za-z_])" + p + r"(?![A-Za-z_])", re.IGNORECASE),
        r,
    )
    for gate, p, r in _PHRASES
)
_LETTERS = re.compile(r"[a-z]+")

_SYMBOLS = {
    "\u2212": "-",
    "\u2013": "-",
    "\u00d7": "*",
    "\u22c5": "*",
    "\u00b7": "*",
    "\u2217": "*",
    "\u00f7": "/",
    "\u2215": "/",
    "**": "^",
    "\u00b2": "^2",
    "\u00b3": "^3",
    "\u221a": " sqrt ",
    "\u03c0": " pi ",
    "\u221e": " oo ",
    "\u2264": "<=",
    "\u2265": ">=",
    # vulgar fractions ("⅔ × 27")
    "\u00bd": "(1/2)",
    "\u2153": "(1/3)",
    "\u2154": "(2/3)",
    "\u00bc": "(1/4)",
    "\u00be": "(3/4)",
    "\u2155": "(1/5)",
    "\u2156": "(2/5)",
    "\u2157": "(3/5)",
    "\u2158": "(4/5)",
    "\u2159": "(1/6)",
    "\u215a": "(5/6)",
    "\u215b": "(1/8)",
    "\u215c": "(3/8)",
    "\u215d": "(5/8)",
    "\u215e": "(7/8)",
}
# A whole number and a vulgar fraction written together: a mixed number
_MIXED = re.compile(r"(?<![\d.,])(\d+)\s?([\u00bd\u00bc\u00be\u2153-\u215e])")

# Names the grammar knows: functions (with arity) and constants. Everything else that is a
# letter run must be a single-letter variable, and only when the caller allows variables.
_LIST_ARITY = tuple(range(2, 33))  # gcd, lcm, max and min of up to 32 numbers
FUNCTIONS: dict[str, tuple[int, ...]] = {
    "sqrt": (1,),
    "cbrt": (1,),
    "abs": (1,),
    "factorial": (1,),
    "exp": (1,),
    "ln": (1,),
    "log": (1, 2),
    "log10": (1,),
    "log2": (1,),
    "sin": (1,),
    "cos": (1,),
    "tan": (1,),
    "cot": (1,),
    "sec": (1,),
    "csc": (1,),
    "asin": (1,),
    "acos": (1,),
    "atan": (1,),
    "arcsin": (1,),
    "arccos": (1,),
    "arctan": (1,),
    "sinh": (1,),
    "cosh": (1,),
    "tanh": (1,),
    "gcd": _LIST_ARITY,
    "lcm": _LIST_ARITY,
    "max": _LIST_ARITY,
    "min": _LIST_ARITY,
    "median": _LIST_ARITY,
    "floor": (1,),
    "ceil": (1,),
    "round": (1, 2),
    "binomial": (2,),
    "choose": (2,),
}
CONSTANTS = {"pi": "pi", "e": "e", "oo": "oo", "infinity": "oo", "inf": "oo"}
WORD_OPS = {"mod": "mod", "of": "of"}

_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+(?![A-Za-z]))?")
# Thousands grouped with commas ("1,530"; in India "2,45,000") or, as much of Europe writes them, with spaces
# ("7 500", "1 234 567"; a space, a no-break space or a narrow one), never before a "/" where
# "1 100/3" could be a mixed number.
_GROUPED = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,/])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # lakh grouping: "2,45,000"
)
_NAME = re.compile(r"[A-Za-z]+(?:_\d+|\d+)?")
_OPS = (
    "<=",
    ">=",
    "!=",
    "//",
    "!!",
    "<",
    ">",
    "+",
    "-",
    "*",
    "/",
    "^",
    "(",
    ")",
    "[",
    "]",
    "=",
    "!",
    "%",
    ",",
    "°",
    "|",
    "'",
    "\u00b2",
    "\u00b3",
)
_HAS_WORD = re.compile(r"[A-Za-z]{2,}")
MAX_TEXT = 400
MAX_NUMBER_DIGITS = 2000


def _slips(word: str) -> set[str]:
    """Every spelling one dropped letter or one swap of neighbours away ("percnt", "tiems")."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {
        a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1
    }


# Operator words typed with a letter dropped or two swapped ("multipled", "percnt", "powr",
# "tiems"): read as meant. Real words among those slips ("time", "mins", "cued") are left
# alone ("cube", "square" are words of their own), as is a slip of two operator words; the
# text must still parse as a whole.
_OPERATOR_WORDS = frozenset(
    {
        "times",
        "plus",
        "minus",
        "multiplied",
        "multiply",
        "divided",
        "divide",
        "percent",
        "power",
        "squared",
        "cubed",
        "factorial",
        "modulo",
    }
)
_REAL_WORDS = frozenset({"time", "mins", "cued", "cube", "square", "ties"})
_TYPOS: dict[str, str] = {}
for _word in sorted(_OPERATOR_WORDS):
    for _slip in _slips(_word):
        _TYPOS[_slip] = "" if _TYPOS.get(_slip, _word) != _word else _word
_TYPOS = {
    k: v
    for k, v in _TYPOS.items()
    if v and len(k) >= 4 and k not in _OPERATOR_WORDS and k not in _REAL_WORDS
}


def normalize(text: str) -> str:
    """Rewrite symbol variants and the known word phrases into the operator alphabet."""
    if _MIXED.search(text):  # "3¼" is three and a quarter, never 3 × ¼ (set 184)
        text = _MIXED.sub(lambda m: f"({m[1]} + {_SYMBOLS[m[2]]})", text)
    for sym, rep in _SYMBOLS.items():
        text = text.replace(sym, rep)
    if not _HAS_WORD.search(text):
        return text  # symbols only: none of the word phrases can apply
    words = set(_LETTERS.findall(text.lower()))
    if typos := [w for w in words if w in _TYPOS]:
        for typo in typos:
            text = re.sub(
                rf"(?<![A-Za-z]){typo}(?![A-Za-z])", _TYPOS[typo], text, flags=re.IGNORECASE
            )
        words = set(_LETTERS.findall(text.lower()))
    for gate, pat, rep in _PHRASE_RE:
        if not gate.isdisjoint(words):
            text = pat.sub(rep, text)
    return text


def tokenize(text: str) -> list[Token]:
    """Split normalized math text into tokens; raise GrammarError on anything off-whitelist."""
    if len(text) > MAX_TEXT:
        raise GrammarError(f"expression is {len(text)} characters; the limit is {MAX_TEXT}")
    text = normalize(text)
    out: list[Token] = []
    # One entry per open bracket: True when it holds function arguments, where "," separates.
    brackets: list[bool] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        # Thousands separators only where a comma cannot separate function arguments.
        in_args = bool(brackets) and brackets[-1]
        m = (None if in_args else _GROUPED.match(text, i)) or _NUMBER.match(text, i)
        if m:
            digits = re.sub(r"[, \u00a0\u202f]", "", m.group())
            if len(m.group()) > 1 and m.group()[0] == "0" and m.group()[1].isdigit():
                # "log(1,000)" would read as log(1, 0): a leading zero means a misread comma.
                raise GrammarError(f"number {m.group()!r} has a leading zero; ambiguous")
            if len(digits) > MAX_NUMBER_DIGITS:
                raise GrammarError(
                    f"a number has {len(digits)} digits; the limit is {MAX_NUMBER_DIGITS}"
                )
            out.append(Token("num", digits))
            i = m.end()
            continue
        m = _NAME.match(text, i)
        if m:
            out.extend(_name_tokens(m.group()))
            i = m.end()
            continue
        op = text[i : i + 2] if text[i : i + 2] in _OPS else (ch if ch in _OPS else None)
        if op is None:
            raise GrammarError(f"character {ch!r} at position {i} is not part of the math grammar")
        if op in ("(", "["):
            brackets.append(bool(out) and out[-1].kind == "name" and out[-1].text in FUNCTIONS)
        elif op in (")", "]") and brackets:
            brackets.pop()
        out.append(Token("op", op))
        i += len(op)
    out.append(Token("end", ""))
    return out


def _name_tokens(word: str) -> list[Token]:
    low = word.lower()
    if low.startswith("log_") and low[4:].isdigit():
        return [Token("name", "log"), Token("op", "_"), Token("num", low[4:])]
    if low in FUNCTIONS or low in CONSTANTS:
        return [Token("name", low)]
    if low in WORD_OPS:
        return [Token("name", low)]
    if len(word) == 1 or re.fullmatch(r"[A-Za-z]_?\d", word):
        return [Token("name", word)]  # variables keep their case: X and x differ
    raise GrammarError(
        f"unknown word {word!r}; only numbers, operators, known functions and "
        "single-letter variables are accepted"
    )
