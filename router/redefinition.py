"""Does an earlier turn change what a later exact question means? `redefines(text, role=...)`.

Any turn (system, developer, user, assistant) that names a setting for the arithmetic (modulo 7,
base 8, C ints, JavaScript or floating-point numbers, significant figures), a place, zone or
calendar (dates, times and units depend on them), a standing instruction ("from here on",
"every sum", "I will answer..."), an operation named as another ("addition is subtraction") or
a symbol defined between letters ("a+b is a*b") makes the router abstain. User and system
turns also abstain on notation words ("means", "treat", "let x be", "notation", "game").
A mention is enough: precision first. Linear time: one word set per turn, substring-gated
phrase patterns, no alternation scanned at every position of a long text.
"""

from __future__ import annotations

import re

# Characters that separate words here; "'", "#" and "+" stay inside ("i'm", "c#", "c++").
_SEPARATORS = str.maketrans({c: " " for c in '\t\n\r.,;:!?()[]{}"`<>/\\|=*^%~@$&_-'})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(gate, pattern) pairs: the pattern runs only when its literal gate occurs in the text."""
    return tuple((gate, re.compile(pattern)) for gate, pattern in pairs)


# Whole words that name a setting, in any role.
_SETTING_WORDS = _words(
    "modulo modular modulus radix binary hexadecimal hex octal xor bitwise unsigned int ints "
    "integer integers float floats floating doubles precision javascript typescript js python "
    "python2 python3 java c++ c# rust golang ruby perl php swift kotlin scala haskell lua matlab "
    "octave fortran cobol sql excel spreadsheet spreadsheets bash shell powershell julia assembly "
    "verilog vhdl interpreter code coding timezone timezones calendar calendars julian hebrew "
    "islamic lunar fiscal imperial british uk roman henceforth hereafter pretend"
)
_SETTING_STEMS = (
    "truncat",
    "saturat",
    "overflow",
    "redefin",
    "compil",
    "ieee",
    "program",
    "script",
)
# Patterns start with their gate's literal where they can: a leading \b or alternation would be
# tried at every position of a long text (20x slower); `_starts_word` checks the boundary.
_SETTING_PHRASES = _phrases(
    ("mod", r"mod\s*\d"),
    (
        "arithmetic",
        r"(?:clock|modular|saturating|wrapping|integer|fixed|interval|boolean) arithmetic",
    ),
    ("hour", r"(?:12|24|twelve|twenty-four)[- ]hour"),
    ("base", r"\b(?:in|to|into) base\b|\bbase[- ]?\d"),
    ("complement", r"\b(?:two|one)s?'? complement"),
    ("wrap", r"wrap(?:s|ping)?[- ]?around"),
    ("division", r"\b(?:integer|floor|truncat\w*|euclidean) division"),
    ("bit", r"\b\d+[- ]?bits?\b"),
    ("system", r"\b(?:numeral|number|metric|unit) system"),
    ("significant", r"significant (?:figures?|digits?)"),
    ("double", r"double[- ]precision|\ba double\b"),
    ("signed ", r"signed (?:int|integer|char|long|short)"),
    ("zone", r"\btime ?zones?\b"),
    ("local time", r"local time\b"),
    ("i'm ", r"i'm (?:in|at|from|based|located|living|staying)\b"),
    ("i am ", r"i am (?:in|at|from|based|located|living|staying)\b"),
    ("i live", r"i live\b"),
    ("we're ", r"we're (?:in|at|based)\b"),
    ("we are ", r"we are (?:in|at|based)\b"),
    ("located in", r"located in\b"),
    ("customary", r"us customary\b"),
    ("google sheets", r"google sheets\b"),
    ("now on", r"from now on\b"),
    ("here on", r"from here on"),
    ("going forward", r"going forward\b"),
    ("rest of", r"for the rest of\b"),
    ("in this ", r"in this (?:chat|conversation|thread|context|game|puzzle|exercise)\b"),
    ("play", r"let'?s play\b"),
    ("opposite day", r"opposite day\b"),
    (
        "every ",
        (
            r"every (?:sum|product|difference|quotient|answer|result|number|time|question"
            r"|calculation|operation|\+|-|\*)"
        ),
    ),
    ("i will ", r"i will (?:answer|reply|respond|treat|interpret|read|use|give|always)\b"),
    ("i'll ", r"i'll (?:answer|reply|respond|treat|interpret|read|use|give|always)\b"),
)
# Case matters for one-letter language names: "in C", "C ints", "in Go", "in R".
_LANGUAGE_LETTER = re.compile(
    r"\b(?:in|using|with|about|of|for|like) (?:C|Go|R)\b(?!\s*°)"
    r"|\bC (?:ints?|integers?|code|programs?|semantics|compilers?|language)\b"
)
_LETTER_GATES = (" C", " Go", " R")
# Notation words: user, system and developer turns only (assistants say "this means" a lot).
_NOTATION_WORDS = _words(
    "mean means meaning denote denotes denoted represent represents represented notation "
    "notations convention conventions imagine suppose game games rule rules puzzle puzzles "
    "riddle riddles trick tricks cipher ciphers opposite backwards lie lying incorrect sign signs "
    "symbol symbols operator operators operation operations instead"
)
_NOTATION_STEMS = ("defin", "denot", "treat", "interpret", "encod", "decod", "swap", "revers")
_NOTATION_PHRASES = _phrases(
    ("stand", r"stands? for\b"),
    ("let ", r"let \S{1,20} (?:be|equal|denote|mean|stand|represent)"),
    ("wrong answer", r"wrong answer"),
)
# "addition is subtraction", "answer every sum with its product": two operations, linked.
_OPERATION_WORDS = _words(
    "addition subtraction multiplication division plus minus sum sums product products quotient "
    "quotients"
)
_OPERATION = re.compile(
    r"\b(?:addition|subtraction|multiplication|division|plus|minus|sums?|products?|quotients?)\b"
)
_LINK = re.compile(r"\b(?:is|are|means?|becomes?|as|with|into|by|equals?|for)\b")
_SENTENCE_END = re.compile(r"[.?!\n]")
_NEAR = 60
# An operator between single letters, then a definition: "a+b is a*b", "x ^ y be x XOR y".
_SYMBOL_DEFINITION = re.compile(
    r"[-+*/^%×÷] ?[a-z] ?(?:is|=|be|means?|as|equals|denotes|->|→)(?!\w)"
)


def _starts_word(low: str, i: int) -> bool:
    return i == 0 or not low[i - 1].isalnum()


def _has_word(words: set[str], vocabulary: frozenset[str], stems: tuple[str, ...]) -> bool:
    return not vocabulary.isdisjoint(words) or any(w.startswith(stems) for w in words)


def _has_phrase(low: str, phrases: tuple[tuple[str, re.Pattern[str]], ...]) -> bool:
    for gate, pattern in phrases:
        if gate in low and any(_starts_word(low, m.start()) for m in pattern.finditer(low)):
            return True
    return False


def _operation_swap(low: str, words: set[str]) -> bool:
    if _OPERATION_WORDS.isdisjoint(words):
        return False
    previous = None
    for m in _OPERATION.finditer(low):
        if previous is not None and m.start() - previous.end() <= _NEAR:
            between = low[previous.end() : m.start()]
            if not _SENTENCE_END.search(between) and _LINK.search(between):
                return True
        previous = m
    return False


def _symbol_definition(low: str) -> bool:
    for m in _SYMBOL_DEFINITION.finditer(low):
        i = m.start() - 1
        if i >= 0 and low[i] == " ":
            i -= 1
        if i >= 0 and low[i].isalpha() and _starts_word(low, i):
            return True
    return False


def redefines(text: str, *, role: str = "user") -> bool:
    """True when a turn may change what a later exact question means (notation, a setting
    such as modulo 7 or JavaScript numbers, a place or calendar, a standing instruction)."""
    low = text.lower()
    words = set(low.translate(_SEPARATORS).split())
    if (
        _has_word(words, _SETTING_WORDS, _SETTING_STEMS)
        or _has_phrase(low, _SETTING_PHRASES)
        or (any(g in text for g in _LETTER_GATES) and _LANGUAGE_LETTER.search(text) is not None)
        or _operation_swap(low, words)
        or _symbol_definition(low)
    ):
        return True
    if role == "assistant":
        return False
    return _has_word(words, _NOTATION_WORDS, _NOTATION_STEMS) or _has_phrase(low, _NOTATION_PHRASES)
