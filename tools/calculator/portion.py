"""A percentage of one whole told in a story, and the part or the rest asked, for `told`.

"We hold 18,500 accessions and 12% are due for regeneration. How many accessions is that?"
  -> "12% of 18500" (the part the percentage names: "that")
"The museum gave us £18,400 for the tapestry and we've used 62.5% of it so far. How much
remains?" -> "18400 - 62.5% of 18400" (the rest, after a percentage used, spent or lost)

The story holds exactly one amount (a count, a measure or money) and one percentage under 100;
the question asks either for "that" (the part) in the whole's unit, or for what is left after
a percentage taken away. Anything else (a second number, a rate, an estimate, a condition, a
part asked by another name: "40% are girls. How many boys?") is left to the model.

`part_as_percent` reads a part told after its whole and asked as a percentage ("We have 24
kayaks and 18 were out … What percentage …?"); `part_of_a_mixture` a part of a mixture told as a
percentage and the amount of the mixture asked about ("Tin is 22% of our bell metal by weight —
how many kg of tin go into a 1,450 kg pour?"). Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from tools.calculator.asked import asked_units
from tools.calculator.measures import NUM, SCALE, in_one, one_unit
from tools.calculator.rates import SENTENCES
from tools.words import starts_inside, stray_digit

_MAX_STORY = 260
_WHOLE = re.compile(
    rf"(?<![\w.,%])(?P<money>[$€£]\s?)?(?P<n>{NUM})(?![\d%]|[.,]\d)(?:\s*(?P<unit>[a-z]+))?",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"(?<![\w.,])(?P<p>{NUM})\s*(?:%|per\s*cent)", re.IGNORECASE)
# The part asked as what the percentage names: "How many accessions is that?", "How many metres
# of chain is that?", "How much is that?"
_PART_ASKED = re.compile(
    r"^(?:so\s+)?how\s+(?:many|much)(?:\s+(?P<unit>[a-z]+(?:-[a-z]+)?)(?:\s+of\s+[a-z]+)?)?\s+(?:is|are"
    r"|was|were)\s+(?:that|it|those|they)\s*\??$",
    re.IGNORECASE,
)
# ... or by what the percentage's clause tells: "How many kilos of juice should we get?" after
# "the press gives 62% of that weight as juice", "how many kilos is lost" after "loses 1.5%"
_PART_NAMED = re.compile(
    r"^(?:so\s+)?how\s+(?:many|much)(?:\s+(?P<unit>[a-z]+))?(?:\s+of\s+(?P<noun>[a-z]+))?(?:\s+(?:is|are"
    r"|was|were|should|will|would|do|does|did|can)(?:\s+(?P<who>we|i|you|they|it))?)?\s+(?P<verb>[a-z]+)"
    r"\s*\??$",
    re.IGNORECASE,
)
# ... or by the kind the percentage's clause names and the whole's unit: "How many tomato packets
# (are there)?" after "3,125 packets … 28% were tomatoes", "How many girls are there?"
_KIND_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<kind>[a-z]+)(?:\s+(?P<unit>[a-z]+))?"
    r"(?:\s+(?:are|were)\s+there|\s+(?:is|are)\s+(?:that|they))?\s*\??$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;,]\s+|\s+and\s+", re.IGNORECASE)
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|it|the|his|her|their|its)\b")
_GENERIC_VERBS = frozenset({"get", "have", "be", "make", "need", "expect", "there", "left"})
# The rest asked after a share taken away: "How much remains?", "How much is left (for …)?"
_REST_ASKED = re.compile(  # ("How many kilos of dry kelp are left?")
    r"^(?:so\s+)?how\s+(?:many|much)(?:\s+(?P<unit>[a-z]+))?(?:\s+of\s+(?:[a-z]+\s+)?[a-z]+)?"
    r"\s+(?:(?:is|are)\s+(?:still\s+)?"
    r"(?:left|remaining|free|available|empty|vacant|unsold|spare)|remains?)(?:\s+(?:for\s+(?:everything|anything)\s+else|over|to\s+[a-z]+))?\s*\??$"
    # "What does it weigh when it comes out, in kg?" after a share of its weight lost
    r"|^(?:what|how\s+much)\s+(?:does|will|did)\s+(?:it|the\s+[a-z]+)\s+weigh(?:\s+now|\s+(?:when|after)"
    r"\s+[a-z ]{1,40}?)?(?:,?\s+in\s+(?P<unit2>[a-z]+))?\s*\??$"
    # "How many good rings went on to assembly?" after a share scrapped
    r"|^(?:so\s+)?how\s+many\s+good\s+(?P<unit3>[a-z]+)(?:\s+(?:went|go|are|were|passed|made"
    r"|remain|do|did|is|was)\b[^?]{0,40})?\s*\??$",
    re.IGNORECASE,
)
# What takes a share away from the whole: "used 62.5% of it", "37.5% of it went on …"
_TAKEN = re.compile(
    r"\b(?:used|spent|went\s+on|gone|lost|loses?|sold|given\s+away|gave\s+away|paid\s+out|wasted"
    r"|taken|booked|occupied|reserved|filled|let"  # ("72.5% of the pitches are taken")
    r"|scrapped|rejected|failed|discarded|damaged|broken|spoiled|binned|culled)\b",
    re.IGNORECASE,
)
# Words that make the reading more than a part of one whole
_NOT_ONE_PART = re.compile(
    r"\b(?:each|per|about|around|roughly|approx\w*|nearly|almost|under|if|unless|more"
    r"|over(?!\s+the\s+(?:week|weekend|month|day|year)\b)"  # ("… over the weekend": when)
    r"|less|than|another|then|plus|minus|twice|half|average|rate|interest|increase\w*"
    r"|decrease\w*|rise|rose|fall|fell|grew|growth|discount|off|vat|tax|tip)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = frozenset({"money", "pounds", "dollars", "euros"})


def portion_of(worded: str) -> str | None:
    """ "12% of 18500" or "18400 - 62.5% of 18400" for a percentage of one told whole, with the
    part or the rest asked; None otherwise."""
    if len(worded) > _MAX_STORY or "%" not in worded and "cent" not in worded:
        return None
    sentences = SENTENCES.split(worded.strip())
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].strip(), " ".join(sentences[:-1])
    pcts = list(_PERCENT.finditer(story))
    if len(pcts) != 1 or _NOT_ONE_PART.search(story):
        return None
    pct = pcts[0]
    part = _PART_ASKED.match(question) or _named_part(question, story, pct)
    rest = None if part else _REST_ASKED.match(question)
    wholes = [m for m in _WHOLE.finditer(story) if not starts_inside(m, [pct])]
    if not (part or rest) or len(wholes) != 1 or stray_digit(story, [pct, *wholes]):
        return None
    whole = wholes[0]
    if not 0 < Fraction(pct["p"]) < 100 or whole.start() > pct.start():
        return None  # (the whole told first: "12% of our 18,500" may be another reading)
    asked = ((part or rest)["unit"] or (rest and (rest["unit2"] or rest["unit3"])) or "").lower()
    said = "money" if whole["money"] else one_unit(whole["unit"] or "")
    after = story[whole.end("n") :].lower()
    if asked and re.match(rf"\s*[a-z]+\s+{re.escape(asked)}\b", after):
        said = one_unit(asked)  # ("14,400 inner rings … How many good rings …?")
    n, p = whole["n"].replace(",", ""), pct["p"]
    if asked and (many := in_one(one_unit(asked), said)) and many > 1:
        n, said = f"({n} * {many})", one_unit(asked)  # "3.5 tonnes …. How many kg of tar is that?"
    # (in the percentage's clause: "made offers to 35% of them. How many offers is that?")
    clause = max([0, *(m.end() for m in _CLAUSE_BREAK.finditer(story, 0, pct.start()))])
    named_after = re.search(rf"\b{re.escape(asked[:4])}", story[clause:], re.IGNORECASE)
    if (
        asked
        and one_unit(asked) != said
        and not (said == "money" and asked in _MONEY_WORDS)
        and not (part and named_after)  # "38% survived to seed size. How many seed is that?"
    ):
        return None  # "How many boys is that?" after "40% are girls"
    if rest and not _TAKEN.search(story, pct.start() - 30 if pct.start() > 30 else 0):
        return None  # what is left after the share only when the share was taken away
    return f"{p}% of {n}" if part else f"{n} - {p}% of {n}"


# A share of the share told first: "… and 1/5 * those were heirloom" ("a fifth of those", as
# words_to_digits writes it), "… and 20% of the tomatoes were heirloom"
_OF_THOSE = re.compile(
    rf"(?:(?P<p>{NUM})\s*(?:%|per\s*cent)\s+of|(?P<top>\d+)/(?P<bottom>\d+)\s*(?:\*|of))\s+"
    r"(?:those|them|these|the\s+[a-z]+(?:\s+ones)?)\s+(?:were|are)\s+(?P<kind>[a-z]+)",
    re.IGNORECASE,
)
_BOTH_KINDS_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,2}?)"
    r"(?:\s+(?:are|were)\s+there|\s+(?:is|are)\s+(?:that|they))?\s*\??$",
    re.IGNORECASE,
)
_SHARE_CLAUSE = re.compile(r"\s*(?:were|are)\s+(?P<kind>[a-z]+)", re.IGNORECASE)


def share_of_share(worded: str) -> str | None:
    """ "3125 * 28/100 * 1/5" for a count, a percentage of it named by a kind, and a share of
    those named by another kind, with the count of both kinds asked ("How many heirloom tomato
    packets is that?"); None otherwise."""
    if len(worded) > _MAX_STORY or "%" not in worded and "cent" not in worded:
        return None
    sentences = SENTENCES.split(worded.strip())
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].strip(), " ".join(sentences[:-1])
    pcts, second = list(_PERCENT.finditer(story)), list(_OF_THOSE.finditer(story))
    asked = _BOTH_KINDS_ASKED.match(question)
    if len(second) != 1 or asked is None:
        return None
    second_ = second[0]
    first = [m for m in pcts if not second_.start() <= m.start() < second_.end()]
    if len(first) != 1 or first[0].start() > second_.start():
        return None
    pct = first[0]
    clause = _SHARE_CLAUSE.match(story, pct.end())
    outside = story[: second_.start()] + story[second_.end() :]
    wholes = [m for m in _WHOLE.finditer(outside) if not starts_inside(m, [pct])]
    if clause is None or len(wholes) != 1 or _NOT_ONE_PART.search(outside) or wholes[0]["money"]:
        return None
    whole = wholes[0]
    if whole.start() > pct.start() or stray_digit(outside, [pct, whole]):
        return None
    kinds = {clause["kind"][:4].lower(), second_["kind"][:4].lower()}
    unit = one_unit(whole["unit"] or "")
    words = asked["words"].lower().split()
    if {w[:4] for w in words if one_unit(w) != unit} != kinds:
        return None  # the count of both kinds, named by both, in the whole's unit if any
    p = second_["p"]
    share = f"{p}/100" if p else f"{second_['top']}/{second_['bottom']}"
    if not (0 < Fraction(pct["p"]) < 100 and 0 < Fraction(share) < 1):
        return None
    count = Fraction(whole["n"].replace(",", "")) * Fraction(pct["p"]) / 100 * Fraction(share)
    if count.denominator != 1:
        return None  # not a whole count: the story's figures are not the part of a part
    return f"{whole['n'].replace(',', '')} * {pct['p']}/100 * {share}"


def _named_part(question: str, story: str, pct: re.Match[str]) -> re.Match[str] | None:
    """The question when it names the part by a word of the percentage's clause: its noun ("of
    juice") or its verb ("is lost" after "loses")."""
    start = max((b.end() for b in _CLAUSE_BREAK.finditer(story, 0, pct.start())), default=0)
    said = story[start:].lower()  # the percentage's clause: "… loses 1.5% in combing"
    kind = _KIND_ASKED.match(question)
    if kind and re.search(rf"\b{re.escape(kind['kind'][:4].lower())}", said[pct.end() - start :]):
        return kind
    m = _PART_NAMED.match(question)
    if m is None:
        return None
    clause = {w[:3] for w in re.findall(r"[a-z]+", said) if len(w) > 2}
    noun, verb = (m["noun"] or "").lower(), m["verb"].lower()
    if noun:
        return m if noun[:4] in said else None
    if (m["who"] or "").lower() in ("i", "we") and _SOMEONE_ELSE.search(
        said, 0, pct.start() - start
    ):
        return None  # "… and he keeps 22%. How much do I keep?": the rest is mine, not his share
    return m if verb not in _GENERIC_VERBS and verb[:3] in clause else None


# A share of the whole sold at a price each or a unit: "We jarred 45 SCOBY starters and sold 80%
# of them at £6 each. How much did they take?" -> "(80% of 45) * 6"
_SOLD_SHARE = re.compile(
    rf"\bsold\s+(?P<p>{NUM})\s*%\s+of\s+(?:it|them)\s+at\s+[$€£](?P<price>{NUM})"
    r"(?:\s+(?:each|apiece)|\s+(?:a|an|per)\s+(?P<per>[a-z]+))?\s*$",
    re.IGNORECASE,
)


# A bare "Total takings?" asks for money as "What is the total?" does
_TOTAL_ASKED = re.compile(r"^(?:total\s+)?(?:takings|revenue|income)\s*\??$", re.IGNORECASE)


def _money_story(worded: str) -> str | None:
    """The story of a body of two sentences whose second asks for money ("What's the revenue?",
    "Total takings?"), without its end mark; None otherwise."""
    if len(worded) > _MAX_STORY:
        return None
    sentences = SENTENCES.split(worded.strip())
    if len(sentences) != 2:
        return None
    asked = _TOTAL_ASKED.sub("What is the total", sentences[1].strip())
    return sentences[0].rstrip(".!; ") if asked_units(asked) == Counter({"money": 1}) else None


def _priced_per_whole(per: str | None, said: str) -> bool:
    """Whether a price "a kilo" (per) or "each" (no per) is for one of the whole's units: "1,845
    kg … at £4.20 a kilo" is, "24 kg … at €31.20 each" is not."""
    per = one_unit(per or "")
    return per == said if per else said not in SCALE


def sold_share(worded: str) -> str | None:
    """ "(80% of 45) * 6" for a share of one told whole sold at one price, the money asked."""
    if "sold" not in worded or (story := _money_story(worded)) is None:
        return None
    sold = _SOLD_SHARE.search(story)
    wholes = [m for m in _WHOLE.finditer(story, 0, sold.start() if sold else 0) if not m["money"]]
    if sold is None or len(wholes) != 1 or stray_digit(story, [*wholes, sold]):
        return None
    whole, said = wholes[0], one_unit(wholes[0]["unit"] or "")
    if not _priced_per_whole(sold["per"], said) or not 0 < Fraction(sold["p"]) < 100:
        return None
    return f"({sold['p']}% of {whole['n'].replace(',', '')}) * {sold['price']}"


# A share of the whole lost, and the rest sold at a price: "We lifted 18,400 oysters, 7.5% failed
# grading and the rest sell at 68 cents each. What's the revenue?" -> "(18400 - 7.5% of 18400) *
# 0.68"; "A 24 kg wheel loses 9.5% of its weight while it matures, then sells at €31.20 a kilo"
_REST_SOLD = re.compile(
    r"(?:,?\s+and\s+|,\s+(?:then\s+)?|\s+then\s+)(?:the\s+(?:rest|remainder)\s+|what(?:'s|\s+is)\s+left\s+)?"
    r"(?:sells?|sold|go|goes|went|are\s+sold|is\s+sold|fetch(?:es)?)\s+(?:for|at)\s+"
    rf"(?:(?P<sign>[$€£])\s?(?P<price>{NUM})|(?P<minor>\d+(?:\.\d+)?)\s*(?:cents|p)\b)"
    r"(?:\s+(?P<each>each|apiece)|\s+(?:a|an|per)\s+(?P<per>[a-z]+))?\s*$",
    re.IGNORECASE,
)
_LOST = re.compile(
    r"\b(?:fail(?:s|ed)?|lost|los(?:es|e|ing)|reject(?:s|ed)?|spoil(?:s|ed|t)?|broke(?:n)?|damaged"
    r"|died|wasted|culled|evaporates?|evaporated|shrinks?|shrank|condemned)\b",
    re.IGNORECASE,
)


def rest_sold(worded: str) -> str | None:
    """ "(18400 - 7.5% of 18400) * 0.68" for a whole, a share of it lost and the rest sold at a
    price each or a unit of the whole, the money asked; None otherwise."""
    if "%" not in worded or (story := _money_story(worded)) is None:
        return None
    sold = _REST_SOLD.search(story)
    if sold is None:
        return None
    pcts = list(_PERCENT.finditer(story, 0, sold.start()))
    wholes = [m for m in _WHOLE.finditer(story, 0, sold.start()) if not m["money"]]
    wholes = [m for m in wholes if not any(p.start() <= m.start() < p.end() for p in pcts)]
    if len(pcts) != 1 or len(wholes) != 1 or stray_digit(story, [*pcts, *wholes, sold]):
        return None
    pct, whole = pcts[0], wholes[0]
    if whole.start() > pct.start() or not _LOST.search(story, whole.end(), sold.start()):
        return None  # (the whole first, and the share lost, not a share of something else)
    said = one_unit(whole["unit"] or "")
    if not _priced_per_whole(sold["per"], said) or not 0 < Fraction(pct["p"]) < 100:
        return None
    price = sold["price"] or f"{sold['minor']}/100"
    n = whole["n"].replace(",", "")
    return f"({n} - {pct['p']}% of {n}) * {price}"


# A whole sold in two shares at two prices: "Harvested 148.5 kg of oysters; 80% went to
# restaurants at €7.40/kg and the rest sold at the market for €9/kg. Total takings?" ->
# "(80% of 148.5) * 7.40 + (148.5 - 80% of 148.5) * 9"
_PRICE_AT = (
    r"(?:at|for)\s+[$€£]\s?(?P<{0}>" + NUM + r")(?:\s*/\s*(?P<{0}per>[a-z]+)|\s+(?:a|an|per)\s+"
    r"(?P<{0}per2>[a-z]+)|\s+(?P<{0}each>each|apiece))?"
)
_TWO_PRICES = re.compile(
    rf"(?P<p>{NUM})\s*%\s+(?:went|go|goes|were\s+sold|was\s+sold|sold)\s+(?:[a-z' ]{{0,30}}?\s)?"
    + _PRICE_AT.format("a")
    + r"(?:,?\s+and\s+|;\s+|,\s+)the\s+(?:rest|remainder)\s+(?:went|go|were\s+sold|was\s+sold|sold)"
    r"\s+(?:[a-z' ]{0,30}?\s)?" + _PRICE_AT.format("b") + r"\s*$",
    re.IGNORECASE,
)


def sold_at_two_prices(worded: str) -> str | None:
    """The takings of a whole sold in two shares at two prices, each per the whole's unit (or
    each, of a count), the money asked; None otherwise."""
    if "%" not in worded or "rest" not in worded or (story := _money_story(worded)) is None:
        return None
    sold = _TWO_PRICES.search(story)
    if sold is None:
        return None
    wholes = [m for m in _WHOLE.finditer(story, 0, sold.start()) if not m["money"]]
    if len(wholes) != 1 or stray_digit(story, [*wholes, sold]) or not 0 < Fraction(sold["p"]) < 100:
        return None
    whole, said = wholes[0], one_unit(wholes[0]["unit"] or "")
    if not all(_priced_per_whole(sold[f"{k}per"] or sold[f"{k}per2"], said) for k in "ab"):
        return None
    n, p = whole["n"].replace(",", ""), sold["p"]
    return f"({p}% of {n}) * {sold['a']} + ({n} - {p}% of {n}) * {sold['b']}"


# A part of a whole told after it, asked as a percentage of the whole: "We have 24 kayaks and 18
# were out at high tide. What percentage of the fleet was out?" -> "18 / 24 * 100", "Out of 312
# bookings last quarter, 78 teams got out …", "raised £2,340 against a target of £3,600"
_WHOLE_THEN_PART = re.compile(
    # ("Germination test: 400 seeds sown, 362 came up": a label, then the whole told bare)
    r"^(?:[a-z][\w' -]{0,30}:\s+)?"
    r"(?:(?:(?P<had>(?:we|i|they|he|she)\s+(?:have|had|has|hold|held|own|owned|keep|kept|run|ran"
    r"|took|received|got)|(?:our|the|my)\s+[a-z]+\s+(?:has|had))|(?P<out>out\s+of|of))\s+)?"
    rf"(?:our\s+|the\s+|a\s+)?(?P<whole>{NUM})\s+(?P<noun>[a-z]+)(?:\s+[a-z-]+){{0,3}}?(?:,?\s+and|,)\s+"
    rf"(?P<part>{NUM})(?:\s+(?P<of>of\s+(?:them|those|these))|\s+(?P<noun2>[a-z]+))?"
    r"\s+(?P<said>(?:are|were|was|is|got|went|came|did|have|had|(?!need)[a-z]+ed)\b[^\d%]*)$",
    re.IGNORECASE,
)
_AGAINST_TARGET = re.compile(
    rf"^[a-z' ]{{0,40}}?(?P<sign>[$€£]\s?)?(?P<part>{NUM})\s+(?:against|towards?)\s+(?:a|the|our|its|"
    rf"their)\s+target\s+of\s+(?P=sign)?(?P<whole>{NUM})$",
    re.IGNORECASE,
)
_PERCENT_ASKED = re.compile(
    r"^what\s+(?:percentage|per\s*cent|%)\s+(?:of\s+(?:the\s+|our\s+|my\s+|their\s+)?(?P<of>[a-z]+)"
    r"\s+)?(?:(?:is|was|were|are)\s+(?:that|this|it|(?P<state>[a-z]+))|(?P<verb>[a-z]+ed|came\s+up"
    r"|turned\s+up|got\s+through))\s*\??$",
    re.IGNORECASE,
)
# A question for the rest of the whole, not the part told ("What percentage failed?" after "362
# sprouted"), unless the story says the part so
_OTHER_PART = re.compile(
    r"\b(?:fail\w*|died|dead|lost|miss\w*|reject\w*|declin\w*|refus\w*|absent|unsold|remain\w*"
    r"|left|rest|rotted|spoil\w*|broke\w*|damaged|cancel\w*|not|didn't|wasn't|weren't)\b",
    re.IGNORECASE,
)
# What a whole of things may be called in the question: "What percentage of the fleet …?"
_WHOLES = frozenset(("fleet", "stock", "total", "lot", "group", "class", "herd", "flock", "target"))


def part_as_percent(worded: str) -> str | None:
    """ "18 / 24 * 100" for a whole, then a part of it, and the part asked as a percentage."""
    if len(worded) > _MAX_STORY or "percent" not in worded.lower() and "%" not in worded:
        return None
    sentences = SENTENCES.split(worded.strip())
    if len(sentences) != 2 or not (asked := _PERCENT_ASKED.match(sentences[1].strip())):
        return None
    story = sentences[0].rstrip(".!; ")
    told = _WHOLE_THEN_PART.match(story) or _AGAINST_TARGET.match(story)
    if told is None or stray_digit(story, [told]):
        return None
    noun = (told.groupdict().get("noun") or "target").lower()
    if told.re is _WHOLE_THEN_PART:
        other = told["noun2"] and told["noun2"][:4].lower() != noun[:4]
        if other and not told["out"]:
            return None  # "We have 24 kayaks and 18 paddles were lost": not a part of them
    of, named = (asked["of"] or "").lower(), {noun[:4], (told.groupdict().get("noun2") or "")[:4]}
    if of and of[:4] not in named and of not in _WHOLES:
        return None  # "What percentage of the paddlers …?": another whole
    other = _OTHER_PART.search(asked.group())
    if (
        told.re is _WHOLE_THEN_PART
        and other
        and other.group().lower()[:4] not in told["said"].lower()
    ):
        return None  # "… and 362 sprouted. What percentage failed?": the rest, not the part told
    part, whole = (Fraction(told[g].replace(",", "")) for g in ("part", "whole"))
    if not 0 < part <= whole:
        return None
    return f"{told['part'].replace(',', '')} / {told['whole'].replace(',', '')} * 100"


_NAME_GOES_ON = (
    r"\s+(?!(?:and|by|in|of|for|to|per)\b)[a-z][a-z-]*"  # ("soy hulls"; not "salt by weight")
)
_SHARE = rf"{NUM}\s*%\s+[a-z][a-z-]*(?:{_NAME_GOES_ON}){{0,2}}"
_SHARE_OF = re.compile(rf"(?P<p>{NUM})\s*%\s+(?P<part>[a-z][a-z-]*(?:{_NAME_GOES_ON}){{0,2}})")
# A part of a mixture by weight, and how much of it a given amount holds: "Tin is 22% of our
# bell metal by weight — how many kg of tin go into a 1,450 kg pour?" -> "22% of 1450"
_MADE_OF = re.compile(
    rf"\b(?P<part>[a-z]+)\s+is\s+(?P<p>{NUM})\s*%(?:\s+of\s+(?:our|the|my)\s+[a-z ]{{1,30}}?)?"
    r"(?:\s+by\s+(?:weight|mass|volume))?(?=\s*[.,;—–-]|$)"
    # "Bell metal here is 78% copper and 22% tin", "brine is 23% salt by weight", "The mix is 60%
    # hardwood sawdust, 38% soy hulls and 2% gypsum"
    rf"|\b(?:is|are)\s+(?P<list>{_SHARE}(?:(?:,\s+|,?\s+and\s+){_SHARE}){{0,3}})"
    r"(?:\s+by\s+(?:weight|mass|volume))?(?=\s*[.,;—–-]|$)",
    re.IGNORECASE,
)
_PART_IN_ASKED = re.compile(
    r"^(?:so\s+)?(?:for\s+an?\s+(?P<n0>\d[\d,.]*)\s*(?P<u0>[a-z]+)\s+[a-z]+,\s+)?how\s+(?:many|much)\s+"
    r"(?P<unit>[a-z]+)\s+of\s+(?P<part>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:go\s+into|go\s+in|are\s+in"
    r"|is\s+in|in)"
    r"(?:\s+(?:an?|the)\s+(?P<n>\d[\d,.]*)\s*(?P<u>[a-z]+)(?:\s+[a-z]+)?|\s+(?P<n2>\d[\d,.]*)\s*(?P<u2>[a-z]+)"
    r"(?:\s+of\s+[a-z]+)?|\s+the\s+[a-z]+|(?<=go\sin)(?=\s*\??$))\s*\??$",  # ("For a 425 kg …, … go in?")
    re.IGNORECASE,
)


def part_of_a_mixture(worded: str) -> str | None:
    """ "22% of 1450" for a part of a mixture told as a percentage and the amount of the mixture
    asked about; None otherwise."""
    if len(worded) > _MAX_STORY or "%" not in worded:
        return None
    parts = SENTENCES.split(worded.strip())
    if len(parts) == 1:  # "… by weight — how many kg …?", "…, how many kg …"
        parts = re.split(r"\s+[—–-]\s+|,\s+(?=how\s)", parts[0], maxsplit=1)
    if len(parts) != 2 or not (asked := _PART_IN_ASKED.match(parts[1].strip())):
        return None
    told = list(_MADE_OF.finditer(parts[0]))
    if len(told) != 1:
        return None
    m, want = told[0], asked["part"].lower()
    if m["list"]:
        listed = [(s["part"].lower(), s["p"]) for s in _SHARE_OF.finditer(m["list"])]
        if sum(Fraction(p) for _, p in listed) > 100:
            return None  # (no mixture: its shares are more than the whole)
    else:
        listed = [(m["part"].lower(), m["p"])]
    shares = dict(listed)
    pct = shares.get(want)
    n = asked["n"] or asked["n2"] or asked["n0"]
    unit = (asked["u"] or asked["u2"] or asked["u0"] or "").lower()
    if pct is None or n is None or one_unit(unit) != one_unit(asked["unit"].lower()):
        return None  # ("how many kg of copper …" after "22% tin": not told; a unit to convert)
    numbers = [x for x in re.findall(r"\d[\d,.]*", parts[0]) if x not in shares.values()]
    if numbers or not 0 < Fraction(pct) < 100:
        return None  # a number of the story that is no share of the mixture
    return f"{pct}% of {n.replace(',', '')}"


# A count with a share more allowed on top, and the whole needed asked: "print order tonight
# 46,800 copies, we allow 3.5% extra for waste … how many copies do we need to run?" ->
# "46800 + 3.5% of 46800" (a count: abstains unless it comes out whole)
_EXTRA = re.compile(
    rf"\b(?:allow|add|adding|plus|with|order|ordering)\s+(?:an?\s+)?(?:further\s+)?(?P<p>{NUM})\s*%"
    r"\s+(?:extra|more|over|on\s+top|spare)\b",
    re.IGNORECASE,
)
_NEEDED_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<unit>[a-z]+)\s+(?:do|should|will|must)\s+(?:we|i)\s+(?:need"
    r"|order|run|print|make|buy|bake|cut)(?:\s+to\s+[a-z]+)?(?:\s+in\s+total|\s+altogether)?\s*\??$",
    re.IGNORECASE,
)


def with_extra(worded: str) -> str | None:
    """ "46800 + 3.5% of 46800" for a count with a share more allowed, the whole needed asked."""
    if len(worded) > _MAX_STORY or "%" not in worded:
        return None
    sentences = SENTENCES.split(worded.strip())
    question, story = sentences[-1].strip(), " ".join(sentences[:-1])
    asked, extra = _NEEDED_ASKED.match(question), _EXTRA.search(story)
    if not asked or not extra or len(_PERCENT.findall(story)) != 1:
        return None
    wholes = [m for m in _WHOLE.finditer(story) if not starts_inside(m, [extra])]
    if len(wholes) != 1 or wholes[0]["money"] or stray_digit(story, [extra, wholes[0]]):
        return None
    whole, unit = wholes[0], asked["unit"].lower()
    if one_unit(whole["unit"] or "") != one_unit(unit) or whole.start() > extra.start():
        return None  # ("46,800 copies … how many plates …?", a share of what comes after it)
    n = Fraction(whole["n"].replace(",", ""))
    if (n * (100 + Fraction(extra["p"])) / 100).denominator != 1:
        return None  # (no whole count)
    return f"{whole['n'].replace(',', '')} + {extra['p']}% of {whole['n'].replace(',', '')}"
