"""A cost shared evenly by a stated number of people, for `told.read_story`.

"A family room is £189 a night for 3 nights, shared equally by 4 adults. What is each person's
share?" -> "(189 * 3) / 4"
"The coach is £1,380 and the entry fee £95, split evenly among 25 of us, and everyone also pays
£11.50 for their own lunch. What does each member owe in total?" -> "((1380 + 95)) / 25 + 11.50"

The group must be said once, and the one asked about must be one of it; what each pays on top,
a deposit paid first or a cost taken off before the split are read, and the rest of the story
must be read whole by the cost readers of `takeaway`. Precision first: an uneven split (children,
"but", a discount), a second group or a share asked of another thing abstain.

`used_share` reads a cost shared by the part of something one used: "The firing cost £54 and I
used 3 of the 8 shelves. What's my share?" -> "54 * 3 / 8". Pure string work.
"""

from __future__ import annotations

import re

from tools.calculator.rates import MAX_STORY, NUM, SENTENCES
from tools.calculator.takeaway import MONEY, money_number, total_cost
from tools.words import SIZED_NAME, stray_digit

# A cost shared evenly: "A family room is £189 a night for 3 nights, shared equally by 4
# adults. What is each person's share?", "We are 6 friends and the apartment is costing 1290
# euro for all the week, how much must pay each one?"
_GROUP = re.compile(
    r"(?:,?\s*(?:all\s+)?(?:shared|split|divided)\s+(?:(?:it|that|the\s+(?:cost|bill|total))\s+)?"
    r"(?:equally\s+|evenly\s+)?(?:by|between|among)\s+(?:the\s+(?=\d+\s+(?:of\s+us|[a-z]+))|(?:his|her|their)\s+)?"
    r"(?P<k>\d+)(?:\s+of\s+us|\s+(?P<who>[a-z]+))"
    r"|\bwe\s+are\s+(?P<k2>\d+)\s+(?:friends|people|adults|of\s+us)(?:\s+and)?"
    # "…, split five ways evenly"
    r"|,?\s*(?:shared|split|divided)\s+(?:(?:it|that)\s+)?(?:evenly\s+|equally\s+)?(?P<k6>\d+)\s+ways"
    r"(?:\s+(?:evenly|equally))?"  # ("split evenly 5 ways")
    # "you can spread it over 8 equal instalments"
    # ("… a £60 deposit I pay the rest in 4 equal instalments")
    r"|\b(?:spread|splits?|divided|paid|pays?|(?=(?:rest|balance|remainder)\s+in\s))\s*(?:it\s+|(?P<rest>(?:the\s+)?(?:rest|balance"
    r"|remainder))\s+)?"
    r"(?:over|into|in)\s+(?P<k7>\d+)\s+(?:equal\s+)?"
    r"(?:instalments|installments|monthly\s+payments|payments)"
    # "3 friends split a £96 taxi and a £45 meal"
    r"|^(?P<k5>\d+)\s+(?:friends|people|flatmates|housemates|colleagues|of\s+us)"
    r"(?:\s+in\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:split|share)"  # ("12 of us in the syndicate split")
    # "… and 9 of us are splitting it evenly"
    # ("… and four of us in the partnership split it evenly")
    # ("… and there are four of us sharing the boat equally")
    r"|(?:,?\s+and\s+|\.\s+|^)(?:the\s+|there\s+are\s+)?(?P<k3>\d+)\s+of\s+us(?:\s+in\s+the\s+[a-z]+"
    r"|\s+(?:kids|children|siblings|sisters|brothers|grandchildren))?\s+"  # ("The 4 of us kids …")
    r"(?:(?:are|will\s+be)\s+(?:splitting|sharing)|split|share|sharing|splitting)\s+(?:it|that"
    r"|the\s+(?:cost|bill)|the\s+[a-z]+(?=\s+(?:evenly|equally)))"
    r"(?:\s+(?:evenly|equally))?"
    # "14 of us are splitting a $309.40 batting order equally"
    r"|(?:^|(?<=[.,]\s))(?P<k10>\d+)\s+of\s+us\s+(?:are\s+)?(?:splitting|sharing|split|share)"
    r"(?=\s+(?:an?\s+|the\s+)?[$€£¥₹]\s?\d)"
    # "… and the four siblings split the rest equally", "The 4 siblings share the bill."
    r"|(?:,?\s+and\s+|\.\s+|^)(?:the\s+)?(?P<k8>\d+)\s+(?P<who2>[a-z]+)\s+(?:split|share)\s+"
    r"(?:it|that|(?P<rest2>the\s+(?:rest|remainder|balance))|the\s+(?:whole\s+)?(?:cost|bill|lot|total))"
    r"(?:\s+(?:evenly|equally|between\s+them))?)"
    r"(?=[\s,.]|$)",
    re.IGNORECASE,
)
_PEOPLE = frozenset(  # each person's share
    ("people", "adults", "friends", "guests", "ways", "flatmates", "housemates", "colleagues")
)
_EACH_PAYS = re.compile(
    # "What's each player's share?": the group's own noun, or a person
    r"^(?:what(?:'s|\s+is)\s+each\s+(?P<one>[a-z]+)'s\s+(?:(?:equal|fair)\s+)?(?:share|part|bill)"
    r"|what(?:'s|\s+is)\s+(?:my|each)\s+share|how\s+much\s+did\s+each\s+(?P<one5>[a-z]+)\s+get"
    # ("each one" reaches here as "each 1")
    r"|how\s+much\s+(?:must|should|does|do|will|would)\s+(?:pay\s+each(?:\s+one|\s+1|\s+person)?"
    r"|each\s+(?:(?:one|1|person|of\s+us|(?P<one2>[a-z]+(?:-[a-z]+)?))\s+)?(?:pay|owe|put\s+in|send|chip\s+in"
    r"|contribute))"
    r"|how\s+much\s+(?:is\s+it\s+|is\s+that\s+)?(?:each|per\s+person|per\s+head|a\s+head)"
    r"|how\s+much\s+is\s+each(?:\s+(?:one|instalment|installment|payment))?"
    r"|how\s+much\s+is\s+each\s+of\s+(?:those|these|the)\s+(?:instalments|installments|payments)"
    # "What does each angler pay?", "What should I charge each child?"
    r"|what\s+(?:does|do|should|will|would)\s+each\s+(?:(?:one|1|person|of\s+us|(?P<one3>[a-z]+))\s+)?"
    r"(?:pay|owe)|what\s+(?:should|do|will)\s+(?:i|we)\s+charge\s+each\s+(?P<one4>[a-z]+)"
    r"|(?:so\s+)?each\s+(?:person\s+|one\s+|1\s+)?pays"  # "Each pays?"
    # "how much do we each owe?", "What do we each pay?"
    r"|(?:how\s+much|what)\s+(?:do|should|will)\s+we\s+each\s+(?:pay|owe|put\s+in))"
    r"(?:\s+in\s+total)?\s*[?.]?$",
    re.IGNORECASE,
)
_HOUSEHOLDS = frozenset(("families", "couples", "households", "teams"))
_A_PERSON_ASKED = re.compile(
    r"\beach\s+(?:person|one\s+of\s+us|of\s+us)\b|\bper\s+(?:person|head)|\ba\s+head\b"
)


def _plural(who: str, one: str) -> bool:
    """True when `who` is `one` said of many: "families" of "family", "coaches" of "coach"."""
    return bool(one) and who in (f"{one}s", f"{one}es", f"{one.removesuffix('y')}ies")


_A_PERSON = frozenset(  # (one of "us" by the part each has: "each co-owner", "each member")
    ("person", "one", "adult", "friend", "guest", "member", "owner", "co-owner", "sharer")
)
# One group named two ways: "split between 48 pupils … What should I charge each child?"
_YOUNG = frozenset(("child", "children", "kid", "kids", "pupil", "pupils", "student", "students"))
# Paid by each on top of the share: "and on top everyone pays £15 for bait", "and entry is
# £6.50 per pupil"
_EACH_EXTRA = re.compile(
    rf",?\s+and\s+(?:on\s+top\s*,?\s+|also\s+)?(?:(?:everyone|everybody|each\s+(?:person|of\s+us))"
    rf"\s+(?:also\s+)?pays\s+(?P<b>{MONEY})(?:\s+for\s+(?:the\s+|(?:their|his|her)\s+own\s+)?[a-z]+)?"
    rf"|[a-z]+\s+is\s+(?P<b2>{MONEY})\s+(?:per|a|each)\s+(?P<per>[a-z]+))(?=\s*(?:[.,;](?!\d)|$))",
    re.IGNORECASE,
)
_NOT_EVEN = re.compile(
    r"\b(?:but|except|kids?|child\w*|half|more|less|extra|only|if|apart|unequal\w*|discount\w*"
    r"|deposit|already|paid|each)\b|%",
    re.IGNORECASE,
)
_ONE_AMOUNT = re.compile(
    rf"(?:{MONEY}|(?<![\w.,]){NUM}\s?(?:euros?|dollars|pounds)\b)", re.IGNORECASE
)


def shared_cost(body: str) -> str | None:
    """ "(189 * 3) / 4" for a cost shared evenly by a stated number of people, else None."""
    if len(body) > MAX_STORY or not (
        "each" in body or "share" in body or "per " in body
    ):  # (cheap test first)
        return None
    sentences = SENTENCES.split(body.strip())
    if len(sentences) == 1 and (comma := body.rfind(", how much")) > 0:
        sentences = [body[:comma], body[comma + 2 :]]
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1].strip(), " ".join(sentences[:-1])
    if (comma := question.rfind(", ")) > 0 and _EACH_PAYS.match(question[comma + 2 :]):
        # "Split equally between 40 players, what's each player's share?"
        story, question = f"{story} {question[:comma]}", question[comma + 2 :]
    if (per := _PER_PERIOD.search(question)) and (once := _per_period(story, per["p"])):
        story, question = once, question[: per.start()]  # "£410 a term … my share per term?"
    asked = _EACH_PAYS.match(question)
    extra = _EACH_EXTRA.search(story)
    if extra:
        story = story[: extra.start()] + story[extra.end() :]
    groups = list(_GROUP.finditer(story))
    if not asked or len(groups) != 1:
        return None
    outside = story[: groups[0].start()] + story[groups[0].end() :]
    if groups[0]["rest"]:  # (the rest after a deposit: read below)
        outside = _DEPOSIT_SAID.sub(" ", _PCT_DEPOSIT.sub(" ", outside))
    if _NOT_EVEN.search(outside):
        return None  # ("split between 8 children" names the group, not a child's price)
    group = groups[0]
    people = next(group[k] for k in ("k", "k2", "k3", "k5", "k6", "k7", "k8", "k10") if group[k])
    if int(people) < 2:
        return None
    who = (group["who"] or group["who2"] or "").lower()
    one = next((asked[g] for g in ("one", "one2", "one3", "one4", "one5") if asked[g]), "").lower()
    young = one in _YOUNG and who in _YOUNG  # (the pupils are the children asked about)
    if (
        young
        or not who
        and not (
            group["k2"] or group["k3"] or group["k5"] or group["k6"] or group["k7"] or group["k10"]
        )
    ):
        one = ""  # ("8 of us" are the anglers asked about)
    if (
        extra
        and extra["per"]
        and extra["per"].lower() not in (one, who.removesuffix("s"), "person")
    ):
        return None  # "£6.50 per car": not per person
    if one and one not in _A_PERSON and not _plural(who, one):
        return None  # "split between 4 rooms … each guest's share": not the group asked about
    if who in _HOUSEHOLDS:  # "between the 4 families": a family's share, not a person's
        if not _plural(who, one) and (one or _A_PERSON_ASKED.search(question)):
            return None
    elif (
        who
        and who not in _PEOPLE
        and not _plural(who, one)
        and not young
        and (one or _A_PERSON_ASKED.search(question))
    ):
        return None  # (a bare "each" is one of the group: "four siblings … each pay?")
    rest = story[: groups[0].start()] + story[groups[0].end() :]
    amounts = list(_ONE_AMOUNT.finditer(rest))
    if (
        len(amounts) == 2
        and (gone := _AFTER_COSTS.search(rest))
        and gone.start("a") == amounts[1].start()
        and not stray_digit(rest, amounts)
    ) or (
        group["rest2"]
        and len(amounts) == 2
        and _TAKEN_OFF.match(rest, amounts[1].start())
        and not stray_digit(rest, amounts)
    ):  # "The will left £1,240. After £96 of funeral costs the rest was split …", "The bill
        # comes to £5,376, a £250 grant comes off it, and the four siblings split the rest"
        whole, spent = (money_number(a.group()) for a in amounts)
        return f"({whole} - {spent}) / {people}"
    # ("a five-week course": a number inside a word is no amount)
    sized = SIZED_NAME.sub(lambda m: "x" * len(m.group()), rest)
    if group["k7"] and group["rest"] and len(amounts) == 2 and not stray_digit(sized, amounts):
        # "The caravan is £18,950. The buyer puts down a £4,550 deposit and pays the balance in
        # 36 equal instalments.": what is left after the deposit, shared
        paid = [
            a
            for a in amounts
            if _DEPOSIT.match(rest, a.end()) or _DEPOSIT_OF.search(rest, 0, a.start())
        ]
        if len(paid) != 1:
            return None
        whole = next(a for a in amounts if a is not paid[0])
        return f"({money_number(whole.group())} - {money_number(paid[0].group())}) / {people}"
    if group["k7"] and len(amounts) != 1:
        return None  # "… over 8 equal instalments with a £20 fee": the fee may be paid once
    if group["rest"] and len(amounts) == 1:  # the rest after a share paid first, or of nothing
        pct = _PCT_DEPOSIT.search(rest)
        if pct is None or stray_digit(rest, [pct, amounts[0]]):
            return None
        return f"{money_number(amounts[0].group())} * (1 - {pct['p']}/100) / {people}"
    if len(amounts) == 1 and not stray_digit(rest, amounts):
        cost = money_number(re.sub(r"[a-z]", "", amounts[0].group(), flags=re.IGNORECASE))
    elif (cost := total_cost(rest)) is None:
        return None
    if extra:
        return f"({cost}) / {people} + {money_number(extra['b'] or extra['b2'])}"
    return f"({cost}) / {people}"


_DEPOSIT = re.compile(r"\s+deposit\b", re.IGNORECASE)
_DEPOSIT_SAID = re.compile(
    rf"(?:\ban?\s+)?{MONEY}\s+deposit\b|\bdeposit\s+of\s+{MONEY}", re.IGNORECASE
)
_PCT_DEPOSIT = re.compile(rf"\b(?:an?\s+)?(?P<p>{NUM})\s*%\s+deposit\b", re.IGNORECASE)
_DEPOSIT_OF = re.compile(r"\bdeposit\s+of\s+$", re.IGNORECASE)
_AFTER_COSTS = re.compile(
    rf"\b(?:after|less)\s+(?P<a>{MONEY})\s+(?:of|for|on|in)\s+[a-z ]{{1,30}}?,?\s+the\s+rest\b",
    re.IGNORECASE,
)
_TAKEN_OFF = re.compile(
    rf"{MONEY}\s+(?:[a-z]+\s+){{0,2}}(?:comes?\s+off|is\s+taken\s+off|is\s+deducted)\b",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\s+(?:per|a|each)\s+(?P<p>day|week|month|term|year|night)\s*\??$")


def _per_period(story: str, period: str) -> str:
    """The story without the period its every amount is said for ("£410 a term"), or ""."""
    said = re.compile(rf"(?<=\d)\s+(?:a|per|each)\s+{period}\b", re.IGNORECASE)
    every = len(said.findall(story)) == len(_ONE_AMOUNT.findall(story))
    return said.sub("", story) if every else ""


# A cost shared by how much of something each used: "The firing cost £54 and I used 3 of the 8
# shelves. What's my share?" -> "54 * 3 / 8"
_PART_OF = re.compile(
    # (used: "we won £54 and I scored 3 of the 8 goals" says nothing of how it is split)
    r"\b(?:use[sd]?|using|fill(?:ed|s)?|took|takes?|book(?:ed|s)?|occup(?:y|ies|ied)|rent(?:ed|s)?"
    r"|hire[sd]?)\s+(?P<k>\d{1,3})\s+of\s+the\s+(?P<n>\d{1,3})\s+[a-z]+",
    re.IGNORECASE,
)
_USED_MAX = 260  # the longest story `used_share` reads
_ONE_MONEY = re.compile(rf"[$€£]\s?(?P<x>{NUM})")
_SHARE_ASKED = re.compile(
    r"(?:^|[.?!]\s+|,\s+)(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:my|her|his|their|our)\s+share"
    r"|(?:what|how\s+much)\s+(?:do|does|should|will)\s+(?:i|she|he|they|we)\s+(?:pay|owe))\s*\??$",
    re.IGNORECASE,
)
# Something more than the one cost shared: an extra, a discount, a rate, a payment made
_MORE_THAN_SHARED = re.compile(
    r"\b(?:plus|extra|more|less|discount\w*|off|minus|except|each|per|every|free|already|deposit"
    r"|paid|tip|tax|vat|fee)\b|%",
    re.IGNORECASE,
)


def used_share(body: str) -> str | None:
    """ "54 * 3 / 8" for one cost shared by the part of something one person used, or None."""
    if len(body) > _USED_MAX or not _SHARE_ASKED.search(body):
        return None
    parts, money = list(_PART_OF.finditer(body)), list(_ONE_MONEY.finditer(body))
    if len(parts) != 1 or len(money) != 1 or _MORE_THAN_SHARED.search(body):
        return None
    part = parts[0]
    if not 0 < int(part["k"]) < int(part["n"]) or stray_digit(body, [part, money[0]]):
        return None
    return f"{money[0]['x'].replace(',', '')} * {part['k']} / {part['n']}"
