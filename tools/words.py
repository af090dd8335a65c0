"""English number words to digits, for the calculator and the units tool ("twenty-five" -> "25").

Converts a run of number words only when it is a well-formed cardinal ("one hundred five",
"three thousand two hundred"); malformed runs ("five five", "hundred twenty hundred") are left
untouched so the grammar refuses them. "and" is never absorbed, because "the sum of one hundred
and five" would then change meaning. Pure string work.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def initials(alternation: str) -> str:
    """`(?=[…])` of the first letters of an alternation whose top-level branches each start
    with a letter ("one|two|take\\s+away|every\\s+(?:other|\\d)"; no "(" or "|" in a class).

    Placed before the alternation it lets Python's re leave a position after one character
    test instead of trying every branch there: 28 µs -> 8 µs for a word list searched in a
    200-character message, and the router runs dozens of them on every message.
    """
    firsts, depth, escaped, start = set(), 0, False, True
    for c in alternation:
        if start:
            firsts.add(c)
        start = False
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            start = True
    if not all(c.isalpha() for c in firsts):
        raise ValueError(f"not a flat alternation of words: {alternation[:60]!r}")
    return "(?=[" + "".join(sorted({*firsts, *(c.upper() for c in firsts)})) + "])"


_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", *_SCALES], key=len, reverse=True))
_RUN = re.compile(rf"\b{initials(_WORD)}(?:{_WORD})(?:(?:\s+|-)(?:{_WORD}))*\b", re.IGNORECASE)
# "1.2 million", "3 thousand": digits times a scale word, exactly; a whole number of thousands
# may be followed by the rest ("2 thousand 750"), and hundreds are read first ("7 hundred 50").
_SCALED = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?) (thousand|million|billion|trillion)\b"
    r"(?: (?:and )?(\d{1,3})(?![\d.,]*\d)(?!\s*(?:hundred|thousand|million|billion|trillion)))?",
    re.IGNORECASE,
)
_HUNDREDS = re.compile(
    r"(?<![\d.,])(\d{1,2}) hundred\b"
    r"(?: (?:and )?(\d{1,2})(?![\d.,]*\d)(?!\s*(?:hundred|thousand|million|billion|trillion)))?",
    re.IGNORECASE,
)
# "a million", "half a million", "a quarter of a million"
_A_SCALE = re.compile(
    r"(?<![\w.])(half\s+a|a\s+quarter\s+of\s+a|a)\s+(hundred|thousand|million|billion|trillion)\b"
    r"(?!\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thousand|million|billion)\b)",
    re.IGNORECASE,
)
# "2 1/4": a mixed number (whole part, space, proper fraction)
_MIXED = re.compile(r"(?<![\d./])(\d+) (\d+)/(\d+)(?![\d./])")
# ... said with "and", between operations only ("3 and 3/4 times 2 and 2/5"; not "add 3 and 3/4")
_AND_MIXED = re.compile(r"(?<![\d./])(\d+) and (\d+)/(\d+)(?![\d./])")
_OPERATION_SAID = re.compile(r"\b(?:times|plus|minus|divided|multiplied)\b", re.IGNORECASE)
_PAIR_SAID = re.compile(
    r"\b(?:add|sum|between|from|product|difference|multiply|and\s+then)\b", re.IGNORECASE
)


def _and_mixed(m: re.Match[str]) -> str:
    """ "(3 + 3/4)" of "3 and 3/4" when the fraction is less than one, else as said."""
    return f"({m[1]} + {m[2]}/{m[3]})" if 0 < int(m[2]) < int(m[3]) else m.group()


def _mixed(text: str) -> str:
    """Mixed numbers as sums: "3 3/4" -> "(3 + 3/4)", and "3 and 3/4" between operations."""
    if "/" not in text:
        return text
    text = _MIXED.sub(r"(\1 + \2/\3)", text)
    if " and " in text and _OPERATION_SAID.search(text) and not _PAIR_SAID.search(text):
        text = _AND_MIXED.sub(_and_mixed, text)  # "3 and 3/4 times 2 and 2/5"
    return text


_FRACTION_NAMES = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "hundredth": 100,
}
# "one third of 99", "a quarter of 80", "two thirds of 90" (after the cardinal pass: "2 thirds").
# ... and "seven eighths as a decimal": the fraction itself, in another form
_FRACTION = re.compile(
    rf"(?<![\w.])(a|an|\d+)[ -]({'|'.join(_FRACTION_NAMES)}|halves|{'s|'.join(_FRACTION_NAMES)}s)"
    r"(?P<of> of\b|(?=,? (?:written |expressed )?as an? (?:decimal|percent(?:age)?)\b))",
    re.IGNORECASE,
)


def cardinal(words: list[str]) -> int | None:
    """The value of a well-formed cardinal, or None."""
    total, group, last_scale = 0, None, None
    hundreds = tens = units = None
    for word in words:
        w = word.lower()
        if w in _UNITS:
            if units is not None or (tens is not None and _UNITS[w] >= 10):
                return None
            units = _UNITS[w]
        elif w in _TENS:
            if tens is not None or units is not None:
                return None
            tens = _TENS[w]
        elif w == "hundred":
            if hundreds is not None or tens is not None or units is None or units == 0:
                return None
            hundreds, units = units * 100, None
        else:
            scale = _SCALES.get(w)  # (None for a word that is no number: "twenty-pound notes")
            if scale is None or (last_scale is not None and scale >= last_scale):
                return None
            group = (hundreds or 0) + (tens or 0) + (units or 0)
            if group == 0:
                return None
            total += group * scale
            last_scale, hundreds, tens, units = scale, None, None, None
    rest = [hundreds, tens, units]
    if all(v is None for v in rest) and last_scale is None:
        return None
    return total + sum(v or 0 for v in rest)


# "four hundred and eighty": the British "and" inside one number. Taken in only when the text
# has no other "and" and no operation that joins two numbers with one ("the sum of one hundred
# and five" stays two numbers).
_HUNDRED_AND = re.compile(
    rf"\b(hundred|thousand|million|billion)\s+and\s+(?=(?:{'|'.join([*_UNITS, *_TENS])})\b)",
    re.IGNORECASE,
)
_UNIT_WORDS, _TENS_WORDS = "|".join(_UNITS), "|".join(_TENS)
_HUNDRED_AND_NOUN = re.compile(
    rf"\b(hundred|thousand|million|billion)\s+and\s+(?=(?:(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?"
    rf"|{_UNIT_WORDS})\s+(?!(?:and|or|plus|minus|times|{_UNIT_WORDS}|{_TENS_WORDS})\b)[a-z])",
    re.IGNORECASE,
)
_JOINS_WITH_AND = re.compile(
    r"\b(?:sum|product|difference|quotient|add|multiply|between)\b", re.IGNORECASE
)
# Two fractions by name joined by an operation: "three eighths plus a quarter" (after the
# cardinal pass: "3 eighths plus a quarter")
_FRACTION_OPS = ("plus", "minus", "times")
_FRACTION_WORDS = rf"{'|'.join(_FRACTION_NAMES)}|halves|{'s|'.join(_FRACTION_NAMES)}s"
_FRACTION_PAIR = re.compile(
    rf"(?<![\w.])(?P<n1>a|an|\d+)[ -](?P<f1>{_FRACTION_WORDS})\s+(?P<op>{'|'.join(_FRACTION_OPS)})"
    rf"\s+(?P<n2>a|an|\d+)[ -](?P<f2>{_FRACTION_WORDS})(?![\w-])",
    re.IGNORECASE,
)
# "twelve and a half", "3 and three quarters": a whole number and a fraction
_AND_FRACTION = re.compile(
    r"(?<![\w.])(\d+) and (a half|a quarter|three quarters|a third|two thirds)\b", re.IGNORECASE
)
_AND_FRACTIONS = {
    "a half": "1/2",
    "a quarter": "1/4",
    "three quarters": "3/4",
    "a third": "1/3",
    "two thirds": "2/3",
}
# "a dozen", "half a dozen", "3 dozen", "a dozen dozens"
_DOZEN = re.compile(r"(?<![\w.])(half a|a|\d+) dozens?\b", re.IGNORECASE)
# A price per dozen ("€9.60 per dozen", "£9.50 a dozen"): a dozen is the unit counted, kept as
# a word ("What do 175 dozen cost?" is 175 of them, not 2,100)
_PRICED_DOZEN = re.compile(r"\bper\s+dozen\b|[\d.]\s*p?\s+a\s+dozen\b", re.IGNORECASE)
# "seven to the fourth power", "ten to the eighth": ordinal words after "to the"
_ORDINALS = {
    "second": 2,
    **{word: n for word, n in _FRACTION_NAMES.items() if word not in ("half", "quarter")},
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# Ordinal words as the numbers they count ("the third compounding")
ORDINAL_NUMBERS = {"first": 1, **_ORDINALS}
_ORDINAL_POWER = re.compile(rf"\bto the ({'|'.join(_ORDINALS)})\b", re.IGNORECASE)


# Every word the passes below read; a text without one skips them (most requests: a few µs).
# "nineteen point five", "seven point two five", "zero point oh five", "3 point 5": a number
# said aloud with its decimals read digit by digit.
_DIGIT_NAMES = {w: str(i) for w, i in _UNITS.items() if i < 10} | {"oh": "0"}
_SPOKEN_DECIMAL = re.compile(
    rf"\b((?:{_WORD})(?:(?:\s+|-)(?:{_WORD}))*|\d+)\s+point((?:\s+(?:{'|'.join(_DIGIT_NAMES)}|\d+))+)\b",
    re.IGNORECASE,
)


def _spoken_decimal(m: re.Match[str]) -> str:
    whole = m.group(1)
    value = int(whole) if whole.isdigit() else cardinal(re.split(r"\s+|-", whole))
    if value is None:
        return m.group()
    # "three point five", "3 point 5": the decimals as names or digits
    return f"{value}." + "".join(_DIGIT_NAMES.get(w.lower(), w) for w in m.group(2).split())


_ANY_NAMES = (
    f"{_WORD}|dozens?|half|halves|quarters?|thirds?|{'|'.join(_FRACTION_NAMES)}"
    f"|{'|'.join(_ORDINALS)}"
)
_ANY_WORD = re.compile(rf"\b{initials(_ANY_NAMES)}(?:{_ANY_NAMES})\b", re.IGNORECASE)


_ONE_OF = re.compile(r"\s+of\s+(?:our|the|my|your|his|her|their|these|those)\b", re.IGNORECASE)
_A_ONE = re.compile(
    r"\b(?:this|that|which|another|other|no|any|each|every|next|last|first|same|old|new|previous|nearest"
    r"|little|big|small)\s+$",  # "from the hostel to the next one is 18 km"
    re.IGNORECASE,
)


def words_to_digits(text: str) -> str:
    """Replace each well-formed run of number words with its digits."""
    if not _ANY_WORD.search(text):
        if " point " in text.lower():  # "3 point 5"
            text = _SPOKEN_DECIMAL.sub(_spoken_decimal, text)
        return _mixed(text)

    def sub(m: re.Match[str]) -> str:
        if m.group().lower() == "one" and (
            _A_ONE.search(m.string, 0, m.start()) or _ONE_OF.match(m.string, m.end())
        ):
            return m.group()  # "the dial on this one", "One of our buses": a thing, not a number
        value = cardinal(re.split(r"\s+|-", m.group()))
        return m.group() if value is None else str(value)

    def scaled(m: re.Match[str]) -> str:
        number, scale, rest = m.groups()
        value = Decimal(number) * _SCALES[scale.lower()]
        if rest and scale.lower() == "thousand" and "." not in number:
            return str(value + int(rest))  # "2 thousand 750"
        text = format(value, "f")
        text = text.rstrip("0").rstrip(".") if "." in text else text  # "1500.0" -> "1500"
        return text + m.group()[m.end(2) - m.start() :]  # any rest stays as written

    def a_scale(m: re.Match[str]) -> str:
        share = {"half a": Fraction(1, 2), "a quarter of a": Fraction(1, 4)}.get(
            re.sub(r"\s+", " ", m.group(1).lower()), Fraction(1)
        )
        value = share * {"hundred": 100, **_SCALES}[m.group(2).lower()]
        return str(value.numerator)  # a whole number: every scale is divisible by 4

    def fraction(m: re.Match[str]) -> str:
        count, name, of = m.groups()
        value = _fraction_name(count, name)
        return m.group() if value is None else f"{value}{' *' if of else ''}"  # ("a thirds of")

    def fraction_pair(m: re.Match[str]) -> str:
        left = _fraction_name(m["n1"], m["f1"])
        right = _fraction_name(m["n2"], m["f2"])
        return m.group() if left is None or right is None else f"{left} {m['op']} {right}"

    def dozen(m: re.Match[str]) -> str:
        count = m.group(1).lower()
        return {"a": "12", "half a": "6"}.get(count, f"({count} * 12)")

    # Each pass runs only when the words it reads are there (the passes write digits and
    # signs, never words, so the text as given answers for every pass).
    low = text.lower()
    scaled_said = any(scale in low for scale in ("thousand", "million", "billion", "trillion"))
    hundred_said = "hundred" in low
    if hundred_said or scaled_said:
        text = _A_SCALE.sub(a_scale, text)
        if "and" in low and not _JOINS_WITH_AND.search(text):
            if low.count(" and ") == len(_HUNDRED_AND.findall(text)):
                # (every "and" inside a number: "seven hundred and twelve minus three hundred and
                # ninety-eight")
                text = _HUNDRED_AND.sub(r"\1 ", text)
            else:  # "sold two hundred and twelve adult tickets … and …": a number before its noun
                text = _HUNDRED_AND_NOUN.sub(r"\1 ", text)
    if "to the " in low:
        text = _ORDINAL_POWER.sub(lambda m: f"to the {_ORDINALS[m.group(1).lower()]}th", text)
    if " point " in low:
        text = _SPOKEN_DECIMAL.sub(_spoken_decimal, text)
    text = _RUN.sub(sub, text)
    if " and " in low:
        text = _AND_FRACTION.sub(
            lambda m: f"({m.group(1)} + {_AND_FRACTIONS[m.group(2).lower()]})", text
        )
    if "dozen" in low and not _PRICED_DOZEN.search(text):
        text = _DOZEN.sub(dozen, _DOZEN.sub(dozen, text))  # "a dozen dozens": twice
    if "/" in text:
        text = _mixed(text)
    if hundred_said:
        text = _HUNDREDS.sub(lambda m: str(int(m.group(1)) * 100 + int(m.group(2) or 0)), text)
    if scaled_said:
        text = _SCALED.sub(scaled, text)
    if any(f" {op} " in low for op in _FRACTION_OPS):  # "three eighths plus a quarter"
        text = _FRACTION_PAIR.sub(fraction_pair, text)
    return _FRACTION.sub(fraction, text) if " of" in low or " as a" in low else text


def _fraction_name(count: str, name: str) -> str | None:
    """ "3/8" of ("3", "eighths"), "1/4" of ("a", "quarter"); None when not English ("a
    thirds", "3 third")."""
    name = "halfs" if name.lower() == "halves" else name.lower()  # (a plural, read as "half")
    singular = name[:-1] if name.endswith("s") and name[:-1] in _FRACTION_NAMES else name
    one = count.lower() in ("a", "an", "1")
    if (singular != name) == one:
        return None
    return f"{1 if one else int(count)}/{_FRACTION_NAMES[singular]}"


# A year said aloud after a month or a day: "july fourth twenty twenty eight", "the 3rd of
# March nineteen ninety-four", "june 5 twenty oh five".
_SPOKEN_YEAR = (
    r"(?P<century>nineteen|twenty)[\s-]+(?P<rest>oh[\s-]+[a-z]+|[a-z]+(?:[\s-]+[a-z]+)?)\b"
)


def spoken_years(text: str, after: str) -> str:
    """`text` with each year said aloud right after a match of the regex `after` in digits."""
    low = text.lower()
    if "nineteen" not in low and "twenty" not in low:
        return text

    def year(m: re.Match[str]) -> str:
        century = 1900 if m["century"].lower() == "nineteen" else 2000
        first, _, more = m["rest"].partition(" ") if " " in m["rest"] else (m["rest"], "", "")
        words = re.split(r"[\s-]+", m["rest"].lower())
        if words[0] == "oh":
            value = cardinal(words[1:])
            if value is not None and value < 10:
                return f"{m['head']}{century + value}"
            return m.group()
        value = cardinal(words)
        if value is not None and 10 <= value <= 99:  # "twenty twenty eight"
            return f"{m['head']}{century + value}"
        value = cardinal(re.split(r"-", first.lower()))
        if value is not None and 10 <= value <= 99:  # "twenty twenty at noon"
            return f"{m['head']}{century + value}{' ' + more if more else ''}"
        return m.group()

    pattern = rf"(?P<head>\b(?:{after})[,\s]\s*)" + _SPOKEN_YEAR
    return re.sub(pattern, year, text, flags=re.IGNORECASE)


# ... and a school year or a class: "the Year 5 trip", "my Class 2 medical" (capitalised, as
# a name is)
_NAMED = re.compile(
    r"\b[A-Za-z]+-\d+[A-Za-z]*\b|\b(?:Year|Class|[Ss]eason|Phase)\s\d{1,2}\b(?!\s*(?:[-/.:]\s*)?\d)"
    # ("T1 fungicide went on …, I want T2 21 days later"; not a code such as "M3-P2")
    r"|(?<![\w-])[A-Z]\d{1,2}\b(?![-.,:/]?\d|-)"
    r"|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b"  # ("an 18th-century county map")
)


# A number glued to a word, which sizes a thing by name: "a five-week course" as "a 5-week
# course", "an 8-yard skip", "the 1000-piece puzzle" (no quantity of the story)
SIZED_NAME = re.compile(r"\b\d+-[a-z]+\b", re.IGNORECASE)


def has_digit(text: str) -> bool:
    """True when `text` holds a digit (map: about twice as fast as a generator on prose)."""
    return any(map(str.isdigit, text))


def starts_inside(m: re.Match[str], others: list[re.Match[str]]) -> bool:
    """True when `m` starts inside one of `others` (a count read as part of a percentage)."""
    return any(o.start() <= m.start() < o.end() for o in others)


def stray_digit(text: str, parts: list[re.Match[str]]) -> bool:
    """True when a digit of `text` lies in none of `parts`: a number a reading of the text did
    not use ("14 daily doses, the first on 2 November 2027", a time beside two dates). A number
    inside a name ("my first MX-5", "Covid-19", "the Year 5 trip") is no number of the story."""
    used = [(m.start(), m.end()) for m in parts]
    used += [(m.start(), m.end()) for m in _NAMED.finditer(text)]
    return any(c.isdigit() and not any(a <= i < b for a, b in used) for i, c in enumerate(text))


# A number that names a thing, not a count of it: "Table 9 had 6 plates at £4.20", "the level 1
# maths course", "Tram 14's wheels", "Round 4 of the series is on …"
_NAMED_BY_NUMBER = re.compile(
    # (only where a name can start: one of their first letters, not every position's branches)
    r"\b(?=[lgtbrpscwfvhmLGTBRPSCWFVHM])"
    r"(?:(?P<w>level|grade)\s+\d{1,2}\b(?![.,]\d|\s*[%x×*/+-])"
    r"|(?P<w2>table|tram|bus|route|platform|gate|room|studio|court|pitch|lane|bay|ward|bed|plot"
    r"|pen|block|flat|van|truck|lorry|coach|boat|round|heat|leg|stage|match|game)\s+\d{1,3}"
    r"(?=[,;:?!]|'s\b|\s+(?:had|has|have|is|was|were|are|on|at|in|of|for|and|with|took|takes"
    r"|needs|ordered|costs?|seats|holds|used|ran|did|does)\b))",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?;]\s+(?=\S)")


def unnamed(text: str) -> str:
    """`text` with the number of its one thing named by a number dropped ("Table 9 had …" ->
    "Table had …"); as it is when it names none or more than one ("Table 9 … table 12": which
    one may be what is asked), or names it in its last sentence, the question."""
    if not has_digit(text):
        return text
    named = list(_NAMED_BY_NUMBER.finditer(text))
    if len(named) != 1:
        return text
    m = named[0]
    asked = max((s.end() for s in _SENTENCE_END.finditer(text)), default=0)
    if m.start() >= asked:
        return text  # (in the question: "What's the date of round 9?" asks for that one)
    return f"{text[: m.start()]}{m['w'] or m['w2']}{text[m.end() :]}"


# An em dash set close between words ("on 2 December 2031—which day is that?", "4.6 hectares—how
# many acres") is the dash of " — ", read alike; an en dash between digits is a range and stays.
_EM_DASH = re.compile("—")  # (a literal search: lookbehinds at every place cost 0.7 ms on 10 KB)


def spaced_dashes(text: str) -> str:
    """`text` with each em dash set close between words spaced as " — "."""
    return _EM_DASH.sub(_spaced, text) if "—" in text else text


def _spaced(m: re.Match[str]) -> str:
    text, at = m.string, m.start()
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    close = (before.isascii() and (before.isalnum() or before in ".?!") and after.isascii()) and (
        after.isalpha() or (before.isalpha() and after.isdigit())
    )
    return " — " if close else "—"
