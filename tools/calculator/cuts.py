"""A share of the whole takings kept by someone else, for `told`: what is left, or their share;
and a share of a whole cost paid first ("… and the theatre pays 30% upfront. upfront amount?").

"Open day sales: 46 hooks at £12 and 19 pokers at £28. The card machine takes 1.75% of
everything — what do we net?" -> "(46 * 12 + 19 * 28) * (1 - 1.75/100)"; "… and the hall keeps
30%. What's our share?" -> the same with 30; "… and the fair takes 18% of gross. How many
dollars does the fair get?" -> "(640 * 4.25) * 18/100".

The takings are read whole by the cost readers of `takeaway` from the rest of the story, the
share is said once and is under 100%, and the question asks either what the teller keeps or what
the one taking the share gets (named as in the story). Anything else is left to the model. Pure
string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.rates import MAX_STORY, NUM, SENTENCES
from tools.calculator.takeaway import (
    MONEY,
    money_number,
    one_amount,
    question_and_story,
    total_cost,
)
from tools.words import has_digit

# "The card machine takes 1.75% of everything", "the hall keeps 30%", "the fair takes 18% of
# gross", "The ship keeps 35%"
_CUT = re.compile(
    r"(?:^|(?<=[.;])\s*|,?\s+(?:and|but)\s+|,\s+|\s+[—–-]\s+)(?:the\s+|our\s+|their\s+)?"
    r"(?P<taker>[a-z']+(?:\s+[a-z]+){0,2})\s+"  # ("The show's payment terminal keeps 8%")
    rf"(?:takes?|keeps?|charges?|gets?|deducts?|eats?|skims?)\s+(?:an?\s+)?(?P<p>{NUM})\s*%"
    r"(?:\s+(?:of\s+(?:everything|it\s+all|the\s+(?:lot|total|takings|gross|sales|money)|takings"
    r"|(?:my|our|his|her|their)\s+(?:sales|takings|gross))"
    r"|of\s+gross|of\s+(?:the\s+)?(?:ticket|door|bar|box\s+office|merch|merchandise)"
    r"(?:\s+(?:money|takings|sales))?"
    r"|(?:commission|cut|fee)(?:\s+on\s+(?:everything|it\s+all|the\s+lot|all\s+sales))?))?"
    # ("The guild keeps 70% and the hospice gets the rest")
    r"(?:,?\s+and\s+(?:the\s+|our\s+|their\s+)?(?P<rest>[a-z]+(?:\s+[a-z]+)?)\s+(?:gets|takes|has)"
    r"\s+the\s+rest)?(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
# What the teller keeps: "what do we net?", "What's our share?", "how much do we keep?"
_KEPT_ASKED = re.compile(
    r"^(?:so\s+)?(?:what\s+do\s+(?:we|i)\s+(?:actually\s+|really\s+)?(?:net|keep|take\s+home|clear"
    r"|get|receive)(?:\s+before\s+tax)?|what(?:'s|\s+is)\s+(?:our|my)"
    r"\s+(?:share|cut|net)|what(?:'s|\s+is)\s+(?:mine|ours)"  # ("What's mine?": set 178)
    r"|how\s+much\s+do\s+(?:we|i)\s+(?:actually\s+|really\s+)?(?:keep|net"
    r"|take\s+home|clear|receive|get)"
    r"|how\s+much\s+(?:comes|is\s+coming)\s+back\s+to\s+(?:me|us)"
    r"|what(?:'s|\s+is)\s+left(?:\s+for\s+(?:me|us)|\s+after\s+(?:the|its|their)\s+(?:fee|cut"
    r"|commission))?"
    r"|how\s+much\s+goes\s+to\s+(?:the\s+)?(?P<other>[a-z]+(?:\s+[a-z]+)?))"
    r"(?:\s+(?:in\s+a|a|per|for\s+the)\s+(?P<period>day|night|week|month|year))?"
    r"(?:,?\s+in\s+(?:pounds|dollars|euros))?\s*[?.]?$",
    re.IGNORECASE,
)
# One thing sold for one amount: "Sold an F-style mandolin through a dealer for $2,850"
_ONE_SALE = re.compile(
    rf"^(?:i\s+|we\s+)?sold\s+(?:a|an|the|my|our)\s+(?:[a-z][a-z-]*\s+){{1,4}}?(?:(?:through|via"
    rf"|to)\s+(?:a|an|the|my|our)\s+[a-z]+\s+)?for\s+(?P<amount>{MONEY})[\s.,]*$",
    re.IGNORECASE,
)


def one_sale(rest: str) -> str | None:
    """The one amount a thing was sold for, when that is all the rest of the story says."""
    m = _ONE_SALE.match(rest.strip())
    return money_number(m["amount"]) if m else None


# What the one taking the share gets: "How many dollars does the fair get?"
_TAKER_ASKED = re.compile(
    r"^(?:so\s+)?(?:(?:how\s+much|how\s+many\s+(?:dollars|pounds|euros))\s+(?:does|will|did)\s+(?:the\s+)?"
    r"(?P<who>[a-z]+(?:\s+[a-z]+)?)\s+(?:get|take|keep|receive)"
    r"|what(?:'s|\s+is)\s+the\s+(?P<who2>[a-z]+)'s\s+(?:cut|share))\s*[?.]?$",  # "What's the guide's cut?"
    re.IGNORECASE,
)


def _one_percentage(body: str) -> tuple[str, str] | None:
    """(question, story) of a short story of 2 or 3 sentences holding one percentage."""
    if len(body) > MAX_STORY or "%" not in body:  # (cheap test first)
        return None
    told = question_and_story(body, 3)
    return told if told is not None and told[1].count("%") == 1 else None


# A cost told beside the takings, which the cut is not taken from and which is not income
_OUTGOING = re.compile(
    r"\b(?:rent|hire|licen[cs]e|expenses?|wages?|(?:i|we)\s+(?:also\s+)?(?:paid|spent)"
    r"|(?:booth|stall|pitch|table)\s+(?:fee|costs?))\b",
    re.IGNORECASE,
)


def cut_of_the_whole(body: str) -> str | None:
    """ "(takings) * (1 - 30/100)" or "(takings) * 18/100" for takings, one share of them kept by
    someone else, and what is left or what that one gets asked; None otherwise."""
    if (told := _one_percentage(body)) is None:
        return None
    question, story = told
    cuts = list(_CUT.finditer(story))
    if len(cuts) != 1:
        return None
    cut = cuts[0]
    if not 0 < Fraction(cut["p"]) < 100:
        return None
    taker = cut["taker"].lower().split()[-1]
    rest = story[: cut.start()] + story[cut.end() :]
    if _OUTGOING.search(rest):
        return None  # "booth rent is £180 … 23 readings at £25": a cost, not takings (set 188)
    kept, taken = _KEPT_ASKED.match(question), _TAKER_ASKED.match(question)
    named = (kept and kept["other"]) or (taken and (taken["who"] or taken["who2"]))
    rest_to = (cut["rest"] or "").lower().split()[-1:]
    if named and named.lower().split()[-1] == taker:
        kept, taken = None, kept or taken  # "how much goes to the ship?": the share itself
    elif rest_to and (not named or named.lower().split()[-1] != rest_to[0]):
        return None  # "… and the hospice gets the rest. How much goes to the church?"
    elif taken and not rest_to:
        return None  # "How much does the band get?" after "the hall keeps 30%"
    per = kept and kept["period"]  # "What do I clear in a week?": the takings of a week
    asked_as = f" How much is that a {per.lower()}?" if per else None
    if per and per.lower() not in rest.lower():
        return None  # "20 sessions at $140 each …" says nothing of a week
    cost = total_cost(rest, *filter(None, [asked_as])) or (None if per else one_sale(rest))
    if not (kept or taken) or cost is None:
        return None
    p = cut["p"]
    itself = bool(named) and named.lower().split()[-1] == taker
    if itself or (taken and not rest_to):
        return f"({cost}) * {p}/100"  # (the taker's own share: "What's the orchard's share?")
    return f"({cost}) * (1 - {p}/100)"


# One share of a whole, and the others sharing what is left equally: "Four of us split a $5,380
# commission: the lead artist takes 40% and the other 3 share what's left equally. How much does
# each of those 3 get?" -> "5380 * (1 - 40/100) / 3"
_REST_SHARED = re.compile(
    r"(?:^|(?<=[.;:])\s*|,?\s+and\s+|,\s+|\s+[—–-]\s+)(?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    rf"(?:takes|gets|keeps|has)\s+(?P<p>{NUM})\s*%,?\s+and\s+the\s+other\s+(?P<n>\d+)(?:\s+[a-z]+)?"
    r"\s+(?:share|split|divide)\s+(?:the\s+rest|what(?:'s|\s+is)\s+left|the\s+remainder)"
    r"(?:\s+(?:equally|evenly|between\s+them))?(?=\s*[.,;]|$)"
    # "The hall keeps 15% and the rest is split equally between 5 winners"
    r"|(?:^|(?<=[.;:])\s*|,?\s+and\s+|,\s+)(?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    rf"(?:takes|gets|keeps|has)\s+(?P<p2>{NUM})\s*%(?:\s+off\s+the\s+top)?,?\s+and\s+the\s+(?:rest"
    r"|remainder)\s+is\s+(?:split|shared|divided)\s+(?:equally\s+|evenly\s+)?(?:between|among)\s+"
    r"(?:the\s+)?(?P<n2>\d+)\s+(?:of\s+us|[a-z]+)(?=\s*[.,;—–-]|$)"
    # "40% goes to the panyard, the rest is shared equally among 125 players" (set 170)
    rf"|(?:^|(?<=[.;:])\s*|,?\s+and\s+|,\s+)(?P<p3>{NUM})\s*%\s+goes\s+to\s+(?:the\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?,?\s+(?:and\s+)?the\s+(?:rest|remainder)\s+is\s+(?:split|shared|divided)\s+"
    r"(?:equally\s+|evenly\s+)?(?:between|among)\s+(?:the\s+)?(?P<n3>\d+)\s+(?:of\s+us|[a-z]+)"
    r"(?=\s*[.,;—–-]|$)",
    re.IGNORECASE,
)
_EACH_OTHER_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:does|will|do)\s+each(?:\s+[a-z]+(?=\s+get\b))?(?:\s+of\s+(?:those|the|them|these|us)"
    r"(?:\s+(?P<n>\d+))?)?\s+(?:get|receive|take)|how\s+much\s+(?:for|to)\s+each(?:\s+of\s+(?:those"
    r"|the|these)(?:\s+(?P<n2>\d+))?)?|what\s+does\s+each\s+of\s+the\s+others\s+get"
    r"|what\s+does\s+each(?:\s+[a-z]+)?\s+(?:get|receive))\s*[?.]?$",  # ("what does each player get")
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?<![\w.,$€£¥₹])(\d+)(?![\d.,])")


def rest_shared(body: str) -> str | None:
    """ "5380 * (1 - 40/100) / 3" for one amount, a share of it taken by one and the rest shared
    equally by the others, and what each of those others gets asked; None otherwise."""
    if (told := _one_percentage(body)) is None:
        return None
    question, story = told
    found = list(_REST_SHARED.finditer(story))
    asked = _EACH_OTHER_ASKED.match(question)
    if len(found) != 1 or not asked:
        return None
    shared = found[0]
    n = int(shared["n"] or shared["n2"] or shared["n3"])
    p = shared["p"] or shared["p2"] or shared["p3"]
    if (said := asked["n"] or asked["n2"]) and int(said) != n or not 0 < Fraction(p) < 100:
        return None
    rest = story[: shared.start()] + story[shared.end() :]
    amounts = [money_number(m) for m in re.findall(MONEY, rest)]
    counts = [int(c) for c in _COUNT.findall(re.sub(MONEY, " ", rest))]
    if (
        len(amounts) != 1
        or n < 1
        or any(c != n + 1 or shared["n2"] or shared["n3"] for c in counts)
    ):
        return None  # ("Five of us … the other 3": who is the fifth?)
    return f"{amounts[0]} * (1 - {p}/100) / {n}"


# An amount covered by someone and the rest shared equally: "Roof works come to £142,000. The
# reserve fund covers £58,000 and the rest is split equally between the 24 flats. How much per
# flat?" -> "(142000 - 58000) / 24"
_COVERED = re.compile(
    r"(?:^|(?<=[.;:])\s*|,?\s+and\s+|,\s+)(?:the\s+|our\s+|a\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:covers|pays"
    rf"|contributes|puts\s+in)\s+(?P<b>{MONEY}),?\s+and\s+the\s+(?:rest|remainder|balance)\s+is\s+"
    r"(?:split|shared|divided)\s+(?:equally\s+|evenly\s+)?(?:between|among)\s+(?:the\s+)?"
    r"(?P<n>\d+)\s+(?P<who>[a-z]+)(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
_EACH_ONE_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:per|for\s+each)\s+(?P<one>[a-z]+)"
    r"|(?:how\s+much|what)\s+(?:does|will)\s+each\s+(?P<one2>[a-z]+)\s+(?:pay|get|owe))\s*[?.]?$",
    re.IGNORECASE,
)


_NOT_PLAIN = re.compile(
    r"\b(?:each|per|except|but|only|if|unless|double|twice|half|extra|more|less|plus|minus|minimum"
    r"|maximum|up\s+to|about|around|roughly)\b|%",
    re.IGNORECASE,
)


def rest_covered(body: str) -> str | None:
    """ "(142000 - 58000) / 24" for one amount, a part of it covered by someone, the rest split
    equally by a count of things, and what one of them pays asked; None otherwise."""
    if len(body) > MAX_STORY or " rest " not in body and "remainder" not in body:
        return None
    if (told := question_and_story(body, 3)) is None:
        return None
    question, story = told
    found, asked = list(_COVERED.finditer(story)), _EACH_ONE_ASKED.match(question)
    if len(found) != 1 or not asked or int(found[0]["n"]) < 2:
        return None
    who, one = found[0]["who"].lower(), (asked["one"] or asked["one2"]).lower()
    if who not in (f"{one}s", f"{one}es"):
        return None  # "… between the 24 flats. How much per owner?"
    if found[0].end() != len(story.rstrip(". ")):
        return None  # ("…, with the penthouse paying double": not equally after all)
    rest = story[: found[0].start()]
    amounts = re.findall(MONEY, rest)
    if len(amounts) != 1 or has_digit(re.sub(MONEY, " ", rest)) or _NOT_PLAIN.search(story):
        return None
    whole, part = money_number(amounts[0]), money_number(found[0]["b"])
    return None if Fraction(part) >= Fraction(whole) else f"({whole} - {part}) / {found[0]['n']}"


# A share of the whole paid first: "12 wigs at £1,275 each and the theatre pays 30% upfront.
# upfront amount?" -> "(12 * 1275) * 30/100"
_UP_FRONT = re.compile(
    r"(?:,?\s+and\s+|,\s+|(?<=[.;])\s*|^)(?:the\s+|our\s+|their\s+)?(?:[a-z'’]+(?:\s+[a-z]+)?\s+)?"
    rf"(?:pays?|(?:has|have|had)\s+paid|paid|takes?|wants?|needs?|asks?\s+for|puts?\s+down)\s+"
    rf"(?:an?\s+|the\s+)?(?P<p>{NUM})\s*%"
    r"\s+(?:up\s*front|upfront|up-front|in\s+advance|as\s+(?:a\s+)?deposit"
    r"|deposit(?:\s+(?:up\s*front|upfront|up-front|in\s+advance))?)"
    # ("… the 25% deposit when booking", "a 25% deposit on the whole £12,370")
    rf"(?:\s+(?:when|on)\s+booking|\s+on\s+the\s+(?:whole\s+)?(?P<of>{MONEY}))?(?=\s*[.,;]|$)",
    re.IGNORECASE,
)
_UP_FRONT_ASKED = re.compile(
    r"^(?:so\s+)?(?:(?:how\s+much|what)\s+(?:is|'s)\s+the\s+|what's\s+the\s+)?(?:deposit|upfront"
    r"(?:\s+(?:amount|payment))?|up-front\s+(?:amount|payment)|amount\s+(?:paid\s+)?up\s*front)\s*[?.]?$",
    re.IGNORECASE,
)


# ... or what is still to pay after it: "How much is still owing?", "What's the balance?"
_OWING_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:is|do\s+(?:they|we|i|you)\s+still\s+owe|will\s+be)\s+(?:still\s+)?"
    r"(?:owing|owed|due|outstanding)|what(?:'s|\s+is)\s+(?:still\s+)?(?:owing|outstanding"
    r"|the\s+balance(?:\s+(?:due|owing|to\s+pay))?)"
    # "How much do they owe on the day?"
    r"|how\s+much\s+do\s+(?:they|we|i|you|he|she)\s+(?:still\s+)?owe(?:\s+on\s+the\s+day|\s+now)?)"
    r"\s*[?.]?$",
    re.IGNORECASE,
)


def paid_up_front(body: str) -> str | None:
    """ "(cost) * 30/100" for a whole cost, a share of it paid first, and that share asked;
    "(cost) * (1 - 30/100)" when what is still owing is asked."""
    if (told := _one_percentage(body)) is None:
        return None
    question, story = told
    found = list(_UP_FRONT.finditer(story))
    first, owing = _UP_FRONT_ASKED.match(question), _OWING_ASKED.match(question)
    if len(found) != 1 or not (first or owing):
        return None
    if not 0 < Fraction(found[0]["p"]) < 100:
        return None
    rest = story[: found[0].start()] + story[found[0].end() :]
    if (of := found[0]["of"]) and not has_digit(rest):
        cost: str | None = money_number(of)  # ("a 25% deposit on the whole £12,370")
    else:  # ("The quote is $1,820 and …", "Fox mount quoted at £385, …")
        cost = total_cost(rest) or one_amount(rest) or _quoted(rest)
    p = found[0]["p"]
    if cost is None:
        return None
    return f"({cost}) * {p}/100" if first else f"({cost}) * (1 - {p}/100)"


# The one price a story quotes: "Fox mount quoted at £385" (not a price a thing: "£385 per bird")
_QUOTED_AT = re.compile(
    rf"^[a-z' -]{{1,40}}?\s+(?:is\s+)?(?:quoted|priced)\s+at\s+(?P<a>{MONEY})[\s.,]*$",
    re.IGNORECASE,
)


def _quoted(rest: str) -> str | None:
    said = _QUOTED_AT.match(rest.strip())
    return money_number(said["a"]) if said else None


# A whole split in proportion to named parts: "Beach hut hire of £4,620 is split between
# instructors by days worked: Zoe 42, Raf 35 and Kim 28. What's Zoe's share?" -> "4620 * 42 / (42
# + 35 + 28)"
_BY_PARTS = re.compile(
    r"\b(?:split|shared|divided)\b[^.:?!]{0,60}?\b(?:by|in\s+proportion\s+to|pro\s+rata\s+to"
    r"|according\s+to)\b[^.:?!\d]{0,40}:\s*(?P<parts>[A-Z][a-z]+\s+\d+(?:\.\d+)?"
    r"(?:,\s+[A-Z][a-z]+\s+\d+(?:\.\d+)?)*,?\s+and\s+[A-Z][a-z]+\s+\d+(?:\.\d+)?)\s*$"
)
_PART = re.compile(r"(?P<name>[A-Z][a-z]+)\s+(?P<n>\d+(?:\.\d+)?)")
_PART_ASKED = re.compile(  # (a name keeps its capital)
    r"^(?i:so\s+)?(?:(?i:what(?:'s|\s+is))\s+(?P<a>[A-Z][a-z]+)'s\s+(?i:share|cut|part)"
    r"|(?i:how\s+much\s+(?:does|will|should))\s+(?P<b>[A-Z][a-z]+)\s+(?i:get|receive|pay)"
    r"|(?P<c>[A-Z][a-z]+)'s\s+(?i:share))\s*[?.]?$"
)


def shared_by_parts(body: str) -> str | None:
    """ "4620 * 42 / (42 + 35 + 28)" for one amount split in proportion to named parts and one
    part's share asked; None otherwise."""
    if len(body) > MAX_STORY or ":" not in body:
        return None
    told = question_and_story(body, 3)
    if told is None:
        return None
    question, story = told
    story = story.rstrip(". ")
    split, asked = _BY_PARTS.search(story), _PART_ASKED.match(question)
    if split is None or asked is None:
        return None
    parts = {m["name"]: m["n"] for m in _PART.finditer(split["parts"])}
    who = asked["a"] or asked["b"] or asked["c"]
    amounts = [money_number(m) for m in re.findall(MONEY, story[: split.start()])]
    if who not in parts or len(amounts) != 1 or len(parts) < 2 or has_digit(story[split.end() :]):
        return None
    if _COUNT.findall(re.sub(MONEY, " ", story[: split.start()])):
        return None  # (another number before the split: "£4,620 for 3 huts …")
    return f"{amounts[0]} * {parts[who]} / ({' + '.join(parts.values())})"


# A share of one bill paid by someone, and what is left asked: "Our sponsor pays 35% of the
# €1,974 kit bill. What's left for the club to cover?" -> "1974 * (1 - 35/100)"
_SHARE_PAID = re.compile(
    r"^(?:the|our|a|my|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:pays|covers|contributes|puts\s+in)\s+"
    rf"(?P<p>{NUM})\s*%\s+of\s+(?:the|our|my|their|a)\s+(?:[a-z-]+\s+)?(?P<m>{MONEY})"
    r"(?:\s+[a-z-]+){0,2}$",
    re.IGNORECASE,
)
_LEFT_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)|how\s+much\s+is)\s+left(?:\s+(?:for|to)\s+[a-z ]{1,30})?\s*[?.]?$",
    re.IGNORECASE,
)


def rest_after_share(body: str) -> str | None:
    """ "1974 * (1 - 35/100)" for a share of one bill paid by someone and what is left asked."""
    if len(body) > MAX_STORY or "%" not in body or " left" not in body:
        return None
    sentences = [s.strip() for s in SENTENCES.split(body.strip()) if s.strip()]
    if len(sentences) != 2 or not _LEFT_ASKED.match(sentences[1]):
        return None
    paid = _SHARE_PAID.match(sentences[0].rstrip(". "))
    if paid is None or not 0 < Fraction(paid["p"]) < 100:
        return None
    return f"{money_number(paid['m'])} * (1 - {paid['p']}/100)"


# A share paid first (a deposit, or by someone else) and the rest in equal instalments: "A new
# eight costs £38,400. The club puts down 35% and pays the rest in 12 equal instalments. How much
# is each instalment?" -> "38400 * (1 - 35/100) / 12"
_PAID_FIRST = re.compile(
    rf"\b(?:pays|paid|pay|puts\s+down|put\s+down|covers|covered)\s+(?:a\s+)?(?P<p>{NUM})\s*%"
    rf"|\b(?:an?\s+)?(?P<p2>{NUM})\s*%\s+(?:deposit|down\s+payment|up\s*front)\b",
    re.IGNORECASE,
)
_REST_IN_PARTS = re.compile(
    r"\b(?:the\s+)?(?:rest|balance|remainder)\s+(?:is\s+)?(?:split\s+into|spread\s+over|paid\s+in"
    r"|paid\s+over|in|over|into)\s+(?P<n>\d+)\s+equal\s+(?:monthly\s+|weekly\s+)?"
    r"(?:instalments|installments|payments)\b",
    re.IGNORECASE,
)
_EACH_PART_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+is\s+each(?:\s+(?:instalment|installment|payment|one))?"
    r"|what(?:'s|\s+is)\s+each\s+(?:instalment|installment|payment)"
    r"|how\s+many\s+(?:dollars|pounds|euros)\s+is\s+each\s+(?:instalment|installment|payment))"
    r"\s*[?.]?$",
    re.IGNORECASE,
)
_CHARGED_MORE = re.compile(
    r"\b(?:interest|fees?|charges?|discount\w*|tax|vat|apr)\b", re.IGNORECASE
)


def rest_in_instalments(body: str) -> str | None:
    """ "38400 * (1 - 35/100) / 12" for one price, a share of it paid first and the rest in
    equal instalments, and one instalment asked; None otherwise."""
    if len(body) > MAX_STORY or "%" not in body or "equal" not in body:
        return None
    if (told := _one_percentage(body)) is None or _CHARGED_MORE.search(body):
        return None
    question, story = told
    first, parts = list(_PAID_FIRST.finditer(story)), list(_REST_IN_PARTS.finditer(story))
    if len(first) != 1 or len(parts) != 1 or not _EACH_PART_ASKED.match(question):
        return None
    p, n = first[0]["p"] or first[0]["p2"], int(parts[0]["n"])
    amounts = re.findall(MONEY, story)
    left = re.sub(MONEY, " ", story[: first[0].start()] + story[first[0].end() : parts[0].start()])
    if len(amounts) != 1 or n < 2 or has_digit(left) or not 0 < Fraction(p) < 100:
        return None
    return f"{money_number(amounts[0])} * (1 - {p}/100) / {n}"
