"""One part of a mixture told by a ratio of named parts, for `told`.

"for 25 kg of marzipan at 70:30 almonds to sugar, how many kg of almonds" -> "25 * 70 / (70 + 30)"
"our sand mix is 8 parts sand to 1 part water by volume and the sculpture needs 2.7 cubic metres of
mix in total. how many cubic metres of that is water" -> "2.7 * 1 / (8 + 1)"
"mortar is 1 part cement to 3 parts sand. I have 60 kg of sand, how many kg of cement?"
  -> "60 * 1 / 3" (the amount told is one of the parts)

The story tells one ratio whose parts are named ("almonds to sugar 70:30", "1:3 cement to sand",
"indigo : fructose : lime = 1 : 2 : 3", "8 parts sand to 1 part water", "sand and water in the
ratio 8:1") and exactly one other amount, in the unit the question asks; the question asks how
much of one named part. The amount is a part when it is said of that part's name ("60 kg of
sand"), the whole when said of anything else ("25 kg of marzipan") or "in total", and neither
(abstain) when it names nothing. A second amount, a percentage or any other number abstains.
`part_by_ratio(worded)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.measures import NUM, one_unit
from tools.calculator.rates import SENTENCES
from tools.words import stray_digit

_MAX_STORY = 300
_NAME = r"[a-z]{3,}"
_SEP = r"\s*(?::|to)\s*"
_RATIO_NUMS = rf"(?P<nums>{NUM}(?:\s*:\s*{NUM}){{1,3}})"
_RATIOS = (
    # "almonds to sugar 70:30", "indigo : fructose : lime = 1 : 2 : 3", "cement to sand is 1:3"
    re.compile(
        rf"\b(?P<names>{_NAME}(?:{_SEP}{_NAME}){{1,3}})\s*(?:=|is|are|at|of)?\s*"
        rf"(?:(?:in\s+)?(?:the|a)\s+ratio(?:\s+of)?\s+)?{_RATIO_NUMS}",
        re.IGNORECASE,
    ),
    # "70:30 almonds to sugar", "at 1:3 cement to sand"
    re.compile(
        rf"{_RATIO_NUMS}\s+(?:of\s+)?(?P<names>{_NAME}(?:{_SEP}{_NAME}){{1,3}})\b", re.IGNORECASE
    ),
    # "sand and water in the ratio 8:1"
    re.compile(
        rf"\b(?P<names>{_NAME}(?:,\s*{_NAME})*\s+and\s+{_NAME})\s+(?:are\s+)?in\s+(?:the|a)\s+ratio"
        rf"(?:\s+of)?\s+{_RATIO_NUMS}",
        re.IGNORECASE,
    ),
)


# "anchovy and salt 3 to 1": two names, then their ratio said with "to"
_SAID_TO = re.compile(
    rf"\b(?P<names>{_NAME}\s+and\s+{_NAME})\s+(?P<a>{NUM})\s+to\s+(?P<b>{NUM})\b(?!\s*(?:%|[a-z]+s\b))",
    re.IGNORECASE,
)


# "8 parts sand to 1 part water", "1 part cement to 3 parts sand and 0.5 parts lime"
def _part(k: int) -> str:
    return rf"(?P<n{k}>{NUM})\s+parts?\s+(?:of\s+)?(?P<p{k}>{_NAME})"


_PARTS = re.compile(
    _part(0) + "".join(rf"(?:\s*(?:to|and|,)\s*{_part(k)})?" for k in (1, 2, 3)), re.IGNORECASE
)
# An amount with its unit and, maybe, what it is of: "25 kg of marzipan", "2.7 cubic metres of mix"
_AMOUNT = re.compile(
    rf"(?<![\d:.])(?P<n>{NUM})\s*(?P<u>(?:(?:square|cubic)\s+)?[a-z]+)(?:\s+of\s+(?:the\s+)?(?P<of>{_NAME}))?",
    re.IGNORECASE,
)
_WHOLE_WORDS = frozenset(("total", "mix", "mixture", "batch", "blend", "altogether", "all"))
# "how many kg of almonds", "how many cubic metres of that is water", "how much sugar"
_ASKED = re.compile(
    r"^(?:so\s+)?how\s+(?:many|much)\s+(?:(?P<u>(?:(?:square|cubic)\s+)?[a-z]+)\s+of\s+)?"
    rf"(?:(?:that|it|this)\s+(?:is|are|will\s+be|should\s+be)\s+)?(?:the\s+)?(?P<part>{_NAME})"
    r"(?:\s+(?:do|will|should|would|must)\s+(?:i|we|you)\s+(?:need|use|add|put\s+in|weigh\s+out)"
    r"|\s+(?:is\s+that|goes?\s+in|go\s+in(?:to\s+it)?|is\s+needed|are\s+needed))?\s*\??$",
    re.IGNORECASE,
)


def _ratio(story: str) -> tuple[dict[str, Fraction], re.Match[str]] | None:
    """The story's one ratio as {part name: share}, with its match; None unless exactly one."""
    found = []
    for pattern in _RATIOS:
        for m in pattern.finditer(story):
            names = re.split(r"\s*(?::|\bto\b|,|\band\b)\s*", m["names"].lower())
            nums = [Fraction(x.replace(",", "")) for x in re.split(r"\s*:\s*", m["nums"])]
            found.append((names, nums, m))
    for m in _PARTS.finditer(story):
        pairs = [(m[f"p{k}"], m[f"n{k}"]) for k in range(4) if m[f"p{k}"]]
        if len(pairs) >= 2:
            names = [p.lower() for p, _ in pairs]
            found.append((names, [Fraction(n.replace(",", "")) for _, n in pairs], m))
    if len({(tuple(n), tuple(r)) for n, r, _ in found}) != 1:
        return None
    names, nums, m = found[0]
    if len(names) != len(nums) or len(set(names)) != len(names) or not all(nums):
        return None
    return {one_unit(n): r for n, r in zip(names, nums, strict=True)}, m


# What joins an amount to the ratio that makes it up: "25 kg of marzipan at 70:30 …", "25 kg of
# marzipan is almonds and sugar in the ratio 70:30" (not a comma: "25 kg of flour, sugar to
# butter 1:2" tells two things)
_GLUE = re.compile(r"\s*(?:at|in|with|is|=|made\s+(?:with|of|from))?\s*", re.IGNORECASE)
_ASKED_AFTER = re.compile(r",?\s+(?=(?:so\s+)?how\s+(?:many|much)\s)", re.IGNORECASE)


def _the_whole(story: str, amount: re.Match[str], told: re.Match[str], of: str) -> bool:
    """Whether `amount` is the whole mixture: said of a mixture word or "in total", or of the
    thing the ratio is told of, right before it or as its subject ("mortar is 1 part …")."""
    if of in _WHOLE_WORDS or re.search(r"\bin\s+total\b", story, re.IGNORECASE):
        return True
    if not of:
        return False
    if amount.end() <= told.start() and _GLUE.fullmatch(story, amount.end(), told.start()):
        return True
    subject = rf"\b{re.escape(of)}s?\s+(?:is|are|=|:)\s*(?:made\s+(?:with|of|from)\s+)?$"
    return re.search(subject, story[: told.start()], re.IGNORECASE) is not None


def part_by_ratio(worded: str) -> str | None:
    """ "25 * 70 / (70 + 30)" for one named part of a mixture told by its ratio, else None."""
    if len(worded) > _MAX_STORY:
        return None
    if " to " in worded:  # "anchovy and salt 3 to 1 by weight" (set 187): the ratio 3:1
        worded = _SAID_TO.sub(r"\g<names> in the ratio \g<a>:\g<b>", worded)
    if "part" not in worded and ":" not in worded and "ratio" not in worded:
        return None
    sentences = SENTENCES.split(worded.strip())
    # ("for 25 kg of marzipan at 70:30 …, how many kg of almonds", "I have 60 kg of sand, how …")
    sentences[-1:] = _ASKED_AFTER.split(sentences[-1], maxsplit=1)
    if len(sentences) < 2 or not (asked := _ASKED.match(sentences[-1].strip())):
        return None
    story = " ".join(sentences[:-1])
    if "%" in story or (ratio := _ratio(story)) is None:
        return None
    shares, told = ratio
    want = one_unit(asked["part"].lower())
    if want not in shares:
        return None  # ("how many kg of salt" of almonds and sugar)
    amounts = [m for m in _AMOUNT.finditer(story) if not told.start() <= m.start() < told.end()]
    if len(amounts) != 1 or stray_digit(story, [told, *amounts]):
        return None
    amount = amounts[0]
    unit = one_unit(amount["u"])
    if asked["u"] and one_unit(asked["u"]) != unit:
        return None  # (another unit: a conversion on top)
    n = amount["n"].replace(",", "")
    of = one_unit((amount["of"] or "").lower())
    if not of and one_unit(amount["u"].lower()) in shares:
        of = one_unit(amount["u"].lower())  # a count of one part: "there are 12 boys"
    if of in shares:  # "60 kg of sand": the amount is that part
        return None if of == want else f"{n} * {shares[want]} / {shares[of]}"
    if not _the_whole(story, amount, told, of):
        return None  # (25 kg of what? "25 kg of flour" is not the almonds and sugar)
    return f"{n} * {shares[want]} / ({' + '.join(str(r) for r in shares.values())})"
