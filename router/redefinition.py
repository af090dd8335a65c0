"""Does an earlier turn change what a later exact question means? `redefines(text, role=...)`.

Any turn (system, developer, user, assistant) that names a setting for the arithmetic (modulo 7,
base 8, C ints, JavaScript or floating-point numbers, significant figures, angle units, number
separators, a role to play), a place, zone or
calendar (dates, times and units depend on them), a standing instruction ("from here on",
"every sum", "I will answer..."), an operation named as another ("addition is subtraction"), a
unit given a size of its own ("a year has 400 days", "metric cups (250 ml)"), a word quoted and
given a meaning ("a 'knot' is one finished knot") or
a symbol defined between letters ("a+b is a*b") makes the router abstain. User and system
turns also abstain on notation words ("means", "treat", "let x be", "notation", "game").
A mention is enough: precision first. Linear time: one word set per turn, substring-gated
phrase patterns, no alternation scanned at every position of a long text.
"""

from __future__ import annotations

import itertools
import re

from router.instructions import foreign, instructs
from router.words import SEPARATOR_CHARS, read_words, word_set


def _phrases(*pairs: tuple[str, str]) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """(words, pattern) pairs: the pattern runs only when all its gate words (space-separated)
    are among the text's words, a set lookup instead of a scan of the text. A leading \\b is
    dropped: `_has_phrase` checks the word start itself, and a pattern that starts with a
    literal is searched for that literal first (5 KB: 27 µs -> 2 µs)."""
    return tuple(
        (frozenset(gate.split()), re.compile(pattern.removeprefix(r"\b")))
        for gate, pattern in pairs
    )


# Whole words that name a setting, in any role.
_SETTING_WORDS = word_set(
    "modulo modular modulus radix binary hexadecimal hex octal xor bitwise unsigned int ints "
    "integer integers float floats floating doubles precision javascript typescript js python "
    "python2 python3 java c++ c# rust golang ruby perl php swift kotlin scala haskell lua matlab "
    "octave fortran cobol sql excel spreadsheet spreadsheets bash shell powershell julia assembly "
    "verilog vhdl interpreter code coding timezone timezones calendar calendars julian hebrew "
    "islamic lunar fiscal imperial british uk roman henceforth hereafter pretend troy apothecary "
    "orthodox "  # (its Easter and Christmas are other dates)
    "separator separators roleplay persona ℤ "
    "vinyl turntable turntables gramophone "  # ("What's the difference between 33 and 45?": speeds)
    "sol sols martian "  # ("we count days in sols": a day of Mars, 24 h 39 min)
    "boolean "  # ("we're doing boolean algebra: + is OR": set 183)
    # places whose gallons, pints and tons are not the US ones
    "britain canada canadian australia australian scotland scottish wales welsh ireland irish"
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
# Every pattern starts with a literal (a leading \b or alternation would be tried at every
# position of a long text: 20x slower); `_starts_word` checks the boundary at its start.
_CHANGES = "change|difference|delta|interval|rise|drop|increase|decrease|swing"
_SETTING_PHRASES = _phrases(
    ("mod", r"mod\s*\d"),
    ("z", r"(?<![a-z])z\s*/\s*\(?\s*\d+\s*\)?\s*z(?![a-z])"),  # "Z/13Z": the integers modulo 13
    ("clock arithmetic", r"clock arithmetic"),
    # a week or a day of another length ("the kingdom uses a nine-day week", "a 10-hour day")
    ("day", r"day week(?<!seven[- ]day week)(?<!7[- ]day week)"),
    ("hour", r"hour day(?<!24[- ]hour day)(?<!twenty-four[- ]hour day)"),
    ("decimal comma", r"decimal comma"),
    # ("So the part after the point is minutes.": said by either side, set 179)
    ("point minutes", r"(?:after|past) the (?:decimal )?point (?:is|are|means?|counts?) minutes"),
    # "a point separates thousands", "thousands are separated by dots"
    ("thousands", r"separat\w* (?:the )?thousands|thousands (?:are |is )?separated"),
    ("in character", r"in character\b"),
    ("role play", r"role play"),
    ("12 hour", r"12[- ]hour"),
    ("24 hour", r"24[- ]hour"),
    ("twelve hour", r"twelve[- ]hour"),
    ("in base", r"in base\b"),
    ("base", r"base[- ]\d"),
    ("to base", r"to base\b"),
    ("complement", r"(?:two|one)s?'? complement"),
    # "We're talking about temperature changes": 10 °C more is 18 °F more, not 50 °F
    *(
        (
            word,
            rf"{word} (?:{_CHANGES})s?\b|(?:{_CHANGES})s? (?:in|of|between) {word}",
        )
        for word in ("temperature", "temperatures")
    ),
    # a count of days or nights said the asker's own way: "we charge the hand-back day as a
    # night too", "we count both days", "counting the first day"
    *((f"as {unit}", rf"as an? (?:full |whole |extra )?{unit}\b") for unit in ("night", "day")),
    *(
        (verb, rf"{verb} (?:both|the (?:first|last|start|end|arrival|departure|hand-back))\b")
        for verb in ("count", "counts", "counting", "counted")
    ),
    # an average taken the asker's own way: "our teacher drops each student's lowest test mark
    # before working out the average" (set 175)
    *(
        (
            f"{which} {kind}",
            (
                rf"(?:drops?|dropping|ignores?|ignoring|discards?|excludes?|removes?|leaves? out|throws? out)"
                rf" (?:each [a-z']+ |the |their |your |my |his |her )?{which}\b"
            ),
        )
        for which in ("lowest", "highest", "worst", "best")
        for kind in ("average", "mean")
    ),
    # "… counts the issue date itself as day 1": which day a count starts from
    *((f"day {n}", rf"(?:as|is|be|being) day {n}\b") for n in ("1", "one", "0", "zero")),
    # prices said the asker's own way: "In my shop all prices are quoted excluding 20% VAT."
    *(
        (
            word,
            (
                rf"{word} (?:are |is )?(?:all |always )?(?:quoted |shown |listed |given |marked )?"
                r"(?:exclud\w*|includ\w*|ex|inc|before|after|plus|without|net|gross)\b"
            ),
        )
        for word in ("prices", "price")
    ),
    # a pay rule said once for the chat: "Crew overtime after 8 hours a day is paid at time and
    # a half." (a later "11 hours at £20 an hour. What's her pay?" follows it)
    # a form of identifier said for the chat: "Our product codes look like 120-45" (a later
    # "what's 120-45?" asks of a code, not a difference)
    *(
        (
            gate,
            rf"(?:codes?|ids?|numbers|references?|refs?|serials?|skus?|labels?|tags?) (?:all )?{gate}\b",
        )
        for gate in ("look like", "looks like", "are written as", "are formatted as")
    ),
    ("overtime", r"overtime\b"),
    ("time half", r"time and a half\b"),
    ("double time", r"double time\b"),
    ("wrap", r"wrap(?:s|ping)?[- ]?around"),
    ("wraps", r"wraps[- ]?around"),
    ("division", r"(?:integer|floor|truncat\w*|euclidean) division"),
    ("bit", r"\d[- ]bits?\b"),
    ("bits", r"\d[- ]bits\b"),
    # a clock said to be off: "Heads up, my watch runs 10 minutes fast." (a later "It says 14:25
    # … how long have I actually got?" asks of true time, not of the reading)
    *(
        (
            device,
            (
                rf"{device}e?s? (?:runs?|is|was|'s|has been|keeps|is running) (?:about |roughly )?"
                r"(?:[\w.]+ (?:minutes?|mins?|seconds?|secs?|hours?) )?(?:fast|slow|ahead|behind)\b"
            ),
        )
        for device in ("watch", "clock", "phone", "timer")
    ),
    # fractions that are music's: "We're talking about musical metre in my theory class." (a
    # later "What's 6/8 minus 3/4?" asks of time signatures, not of numbers)
    ("time signature", r"time signatures?\b"),
    ("time signatures", r"time signatures\b"),
    *((word, rf"musical (?:{word})") for word in ("metre", "meter", "metres", "meters", "time")),
    ("music theory", r"music theory\b"),
    ("number system", r"number system"),
    ("numeral system", r"numeral system"),
    ("metric system", r"metric system"),
    ("significant", r"significant (?:figures?|digits?)"),
    ("double", r"double[- ]precision|a double\b"),
    ("signed", r"signed (?:int|integer|char|long|short)"),
    ("time zone", r"time zones?\b"),
    ("time zones", r"time zones\b"),
    ("local time", r"local time\b"),
    ("i'm", r"i'm (?:in|at|from|based|located|living|staying)\b"),
    ("i am", r"i am (?:in|at|from|based|located|living|staying)\b"),
    ("i live", r"i live\b"),
    ("we're", r"we're (?:in|at|based)\b"),
    ("we are", r"we are (?:in|at|based)\b"),
    ("located in", r"located in\b"),
    ("us customary", r"us customary\b"),
    ("google sheets", r"google sheets\b"),
    ("from now on", r"from now on\b"),
    ("from here on", r"from here on"),
    ("going forward", r"going forward\b"),
    ("for rest of", r"for the rest of\b"),
    ("in this", r"in this (?:chat|conversation|thread|context|game|puzzle|exercise)\b"),
    ("let's play", r"let's play\b"),
    ("quiz me", r"quiz me\b"),
    ("test me", r"test me\b"),
    ("hints", r"(?:only|just) (?:give )?(?:me )?hints?\b"),
    ("hint", r"(?:only|just) (?:give )?(?:me )?(?:a )?hint\b"),
    ("hints only", r"hints only\b"),
    # the asker wants to find the answer, or only to hear whether theirs is right
    *(
        (
            f"{neg} {noun}",
            rf"{neg} (?:give|tell|show|state|say) (?:me )?(?:the |your |final |any )?{noun}\b",
        )
        for neg in ("don't", "do not", "never")
        for noun in ("answer", "answers")
    ),
    ("not the answer", r"not the answer\b"),
    ("out myself", r"out myself\b"),
    ("by myself", r"by myself\b"),
    ("if i'm right", r"if i'm (?:right|correct)\b"),
    ("lets play", r"lets play\b"),
    ("opposite day", r"opposite day\b"),
    (
        "every",
        (
            r"every (?:sum|product|difference|quotient|answer|result|number|time|question"
            r"|calculation|operation|\+|-|\*)"
        ),
    ),
    ("i will", r"i will (?:answer|reply|respond|treat|interpret|read|use|give|always)\b"),
    ("i'll", r"i'll (?:answer|reply|respond|treat|interpret|read|use|give|always)\b"),
)
# Glued forms the word set cannot see ("base-8" is two words, "base8" and "mod7" one).
# (gate, pattern, after a digit: "32bit", rather than at a word start: "base8")
_GLUED = (
    ("base", re.compile(r"base\d"), False),
    ("mod", re.compile(r"mod\d"), False),
    ("bit", re.compile(r"bits?\b"), True),
)
# Case matters for one-letter language names: "in C", "C ints", "in Go", "in R". Each name is
# found as a literal; the words around it are checked in a small window.
_LANGUAGE_NAMES = tuple(re.compile(rf"{name}\b") for name in ("C", "Go", "R"))
_BEFORE_LANGUAGE = re.compile(r"\b(?:in|using|with|about|of|for|like) $", re.IGNORECASE)
_TEMPERATURE_NEAR = re.compile(r"°|degree|fahrenheit|kelvin|\d\s*[FK]\b", re.IGNORECASE)
_AFTER_LANGUAGE = re.compile(r" (?:ints?|integers?|code|programs?|semantics|compilers?|language)\b")
# Notation words: user, system and developer turns only (assistants say "this means" a lot).
_NOTATION_WORDS = word_set(
    "mean means meaning denote denotes denoted represent represents represented notation "
    "notations convention conventions imagine suppose game games rule rules puzzle puzzles "
    "riddle riddles trick tricks cipher ciphers opposite backwards lie lying incorrect "
    "symbol symbols operator operators operation operations instead "
    # a standing instruction written in another language: "Réponds uniquement en français."
    "réponds répondez répondre uniquement seulement français francais responde responda "
    "responder solamente únicamente español espanol antworte antworten ausschließlich nur "
    "deutsch rispondi rispondere soltanto italiano responda português portugues"
)
_NOTATION_STEMS = ("defin", "denot", "treat", "interpret", "encod", "decod", "swap", "revers")
_NOTATION_PHRASES = _phrases(
    ("stand for", r"stand for\b"),
    ("stands for", r"stands for\b"),
    ("let", r"let \S{1,20} (?:be|equal|denote|mean|stand|represent)"),
    ("wrong answer", r"wrong answer"),
    ("wrong answers", r"wrong answers"),
    ("call", r"call (?:them|it|those|these|that)\b"),
    # a number written another way: "my timesheet writes 7.30 for seven and a half hours" (set 179)
    *((f"{verb} for", rf"{verb} \d+[.:,]\d+ for\b") for verb in ("writes", "write", "written")),
    # a standing instruction on how to answer: "Answer me only in Spanish words, no digits.",
    # "Explain everything like I'm five.", "Always reply in French."
    *(
        (verb, rf"\b{verb}\b[^.?!\n]{{0,40}}\b(?:only|always|everything|every answer|like i'?m)\b")
        for verb in ("answer", "reply", "respond", "write", "explain", "talk", "speak", "give")
    ),
    ("always", r"(?:^|[.!?\n]\s*)always\b"),
    ("digits", r"\bno digits\b"),
    ("numerals", r"\bno numerals\b"),
)
# "addition is subtraction", "answer every sum with its product": two operations, linked.
_OPERATION_WORDS = word_set(
    "addition subtraction multiplication division plus minus sum sums product products quotient "
    "quotients"
)
_LINK = re.compile(r"\b(?:is|are|means?|becomes?|as|with|into|by|equals?|for)\b")
_SENTENCE_END = re.compile(r"[.?!\n]")
_NEAR = 60
# An operator between single letters, then a definition: "a+b is a*b", "x ^ y be x XOR y".
_SYMBOL_DEFINITION = re.compile(
    r"[-+*/^%×÷] ?[a-z] ?(?:is|=|be|means?|as|equals|denotes|->|→)(?!\w)"
)

# An operator given another operation's name: "+ is OR and · is AND", "* means concatenation"
_OPERATOR_NAMED = re.compile(
    r"[-+*/^%×÷·&|] ?(?:is|means?|=|stands\s+for|denotes|as) ?(?:an? |the )?(?:or|and|xor"
    r"|not|nand|nor|union|intersection|max|min|maximum|minimum|concatenat\w*|composition)\b"
)

# A unit given a size of its own: "a day on Kethra lasts 20 hours", "a year has 400 days",
# "metric cups (250 ml)". Each quantity's unit is looked up, then a short window before it.
_UNIT_NOUNS = word_set(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "inch inches foot feet yard yards mile miles meter meters metre metres km cm mm "
    "cup cups tablespoon tablespoons tbsp teaspoon teaspoons tsp pint pints quart quarts "
    "gallon gallons liter liters litre litres ml pound pounds lb lbs ounce ounces oz "
    "gram grams g kg kilogram kilograms stone stones ton tons tonne tonnes "
    # ("we measure snow in 'hands' of 10 cm", "a hand is 10 cm")
    # (not rods, chains or spans: "Our longest willow rods are 8 feet" are things measured)
    "hand hands cubit cubits fathom fathoms furlong furlongs league leagues bushel bushels peck "
    "pecks gill gills dram drams"
)
# A size given to a unit: a verb or a bracket, then a quantity ("lasts 20 hours", "(250 ml");
# the defined unit's noun must come earlier in the same sentence, shortly before.
_SIZE = re.compile(
    r"(?:lasts?|has|have|is|are|equals?|contains?|holds?|measures?|of|\(|=)\s*"
    r"(?:(?:exactly|only|about|just)\s+)?\d[\d.,]*\s*"
    r"(?:(?:nautical|statute|imperial|metric|us|square|cubic)\s+)?([a-z]+)"  # ("= 3 nautical miles")
)
_UNQUOTE = str.maketrans({c: " " for c in SEPARATOR_CHARS + "'‘’“”"})  # a 'cup' is a cup
_NOUN_REACH = 45  # characters before the verb in which the defined unit's noun is looked for
_SUBJECT_WORDS = 3  # … among its last words: "a day on Kethra lasts", "one league is"


def _unit_definition(low: str, words: frozenset[str]) -> bool:
    if _UNIT_NOUNS.isdisjoint(words):
        return False
    for m in _SIZE.finditer(low):
        start = m.start()
        if m.group(1) not in _UNIT_NOUNS or not _starts_word(low, start):
            continue
        clause = _SENTENCE_END.split(low[max(0, start - _NOUN_REACH) : start])[-1]
        # the verb's last words, and the one before them (a 'cup' is …)
        said = clause.translate(_UNQUOTE).split()[-_SUBJECT_WORDS - 1 :]
        if _UNIT_NOUNS.isdisjoint(said):
            continue
        for i in range(max(0, len(said) - _SUBJECT_WORDS), len(said)):
            # the unit is the verb's subject, and not a quantity's ("23 kg and … is 49 lb")
            if said[i] in _UNIT_NOUNS and not (i and said[i - 1][:1].isdigit()):
                return True
    return False


# A word quoted and given a meaning: "In our macrame workshop a 'knot' is one finished knot"
# (a later "What's 9 knots in km/h?" asks of that word, not of the unit of speed)
# (found by its closing quote and verb first: a scan that tried every apostrophe's words cost
# 28 µs on a 5 KB turn, this one a few)
_QUOTE_CLOSE = re.compile(r"['’\"”]\s+(?:is|are|means|equals|=|stands\s+for|refers\s+to)\b")
_QUOTED_BEFORE = re.compile(r"['‘\"“][a-z]+(?:[ -][a-z]+){0,2}['’\"”]$")


def _quoted_term(low: str) -> bool:
    if "' " not in low and '" ' not in low and "’ " not in low and "” " not in low:
        return False  # (no closing quote before a space: str.find is ten times the regex's speed)
    return any(
        _QUOTED_BEFORE.search(low, max(0, m.start() - 40), m.start() + 1)
        for m in _QUOTE_CLOSE.finditer(low)
    )


def _starts_word(low: str, i: int) -> bool:
    return i == 0 or not low[i - 1].isalnum()


# How angles are read ("in degrees", "radians mode"), in any role; "240 degrees" or "1.2 radians"
# right after a number is an angle or a temperature, which sets nothing.
_ANGLE_MODES = word_set("degrees radians radian gradians")
_NUMBER_BEFORE = re.compile(r"\d\s?$")


def _angle_mode(low: str, words: frozenset[str]) -> bool:
    for word in words & _ANGLE_MODES:
        i = low.find(word)
        while i >= 0:
            if _starts_word(low, i) and not _NUMBER_BEFORE.search(low, max(0, i - 2), i):
                return True
            i = low.find(word, i + 1)
    return False


def _has_word(
    low: str, words: frozenset[str], vocabulary: frozenset[str], stems: tuple[str, ...]
) -> bool:
    if not vocabulary.isdisjoint(words):
        return True
    for stem in stems:  # a word starts with it: found with str.find, not word by word
        i = low.find(stem)
        while i >= 0:
            if i == 0 or low[i - 1].isspace() or low[i - 1] in SEPARATOR_CHARS:
                return True
            i = low.find(stem, i + 1)
    return False


def _has_phrase(
    low: str, words: frozenset[str], phrases: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
) -> bool:
    for gate, pattern in phrases:
        if not gate <= words:
            continue
        m = pattern.search(low)
        while m:  # any match at a word start (a match inside a word hides none after it)
            if _starts_word(low, m.start()):
                return True
            m = pattern.search(low, m.start() + 1)
    return False


def _operation_swap(low: str, words: frozenset[str]) -> bool:
    present = words & _OPERATION_WORDS
    if not present:
        return False
    spans = []  # (start, end) of every whole-word occurrence, found with str.find
    for word in present:
        i = low.find(word)
        while i >= 0:
            end = i + len(word)
            if _starts_word(low, i) and (end == len(low) or not low[end].isalnum()):
                spans.append((i, end))
            i = low.find(word, end)
    spans.sort()
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start - end <= _NEAR:
            between = low[end:start]
            if not _SENTENCE_END.search(between) and _LINK.search(between):
                return True
    return False


def _symbol_definition(low: str) -> bool:
    for m in _OPERATOR_NAMED.finditer(low):  # "+ is OR and · is AND" (not "3 + 4 is 7 or so")
        before = low[max(0, m.start() - 2) : m.start()].strip()
        if not before[-1:].isalnum() and before[-1:] != ")":
            return True
    for m in _SYMBOL_DEFINITION.finditer(low):
        i = m.start() - 1
        if i >= 0 and low[i] == " ":
            i -= 1
        if i >= 0 and low[i].isalpha() and _starts_word(low, i):
            return True
    return False


def _glued(low: str, pattern: re.Pattern[str], after_digit: bool) -> bool:
    """ "base8", "mod7" (at a word start), "32bit" (right after a digit)."""
    for m in pattern.finditer(low):
        i = m.start()
        if (i and low[i - 1].isdigit()) if after_digit else _starts_word(low, i):
            return True
    return False


def _language_letter(text: str) -> bool:
    for pattern in _LANGUAGE_NAMES:
        for m in pattern.finditer(text):
            if not m.start() or text[m.start() - 1] != " ":
                continue
            before, after = text[max(0, m.start() - 7) : m.start()], text[m.end() : m.end() + 12]
            celsius = m.group() == "C" and _TEMPERATURE_NEAR.search(
                text[max(0, m.start() - 30) : m.start()]
            )
            if (_BEFORE_LANGUAGE.search(before) and not celsius) or (
                m.group() == "C" and _AFTER_LANGUAGE.match(after)
            ):
                return True
    return False


# An order of a date's fields set for what follows: "Dates I paste are year/day/month.", "Our
# dates are DD/MM/YYYY." (a later numeric date is read that way, not the calendar's way)
_DATE_ORDER = re.compile(
    r"(?:dd|mm|yy|yyyy|day|month|year)s?\s*[/.-]\s*(?:dd|mm|yy|yyyy|day|month|year)s?\b"
)


def _date_order(low: str) -> bool:
    # (an order names the month and joins its fields with a mark: the regex runs on few turns)
    return (
        ("month" in low or "mm" in low)
        and ("/" in low or "-" in low or "." in low)
        and _DATE_ORDER.search(low) is not None
    )


def redefines(text: str, *, role: str = "user", instructions: bool = False) -> bool:
    """True when a turn may change what a later exact question means (notation, a setting
    such as modulo 7 or JavaScript numbers, a place or calendar, a standing instruction);
    with `instructions`, also when it says how to answer (see `instructions.instructs`)."""
    low, words = read_words(text)
    if instructions and instructs(low, words):
        return True
    if (
        _has_word(low, words, _SETTING_WORDS, _SETTING_STEMS)
        or _angle_mode(low, words)
        or _has_phrase(low, words, _SETTING_PHRASES)
        or any(gate in low and _glued(low, p, digit) for gate, p, digit in _GLUED)
        or _language_letter(text)
        or _operation_swap(low, words)
        or _symbol_definition(low)
        or _unit_definition(low, words)
        or _quoted_term(low)
        or _date_order(low)
    ):
        return True
    if role == "assistant":  # a reply in Spanish: the chat is in Spanish
        return foreign(low, words, unknown=False)
    return _has_word(low, words, _NOTATION_WORDS, _NOTATION_STEMS) or _has_phrase(
        low, words, _NOTATION_PHRASES
    )
