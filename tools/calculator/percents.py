"""A percentage of one amount in a story: added to it, taken off it, or a share of it.

"My invoice is £2,400 before VAT. With VAT at 20% added, what's the total?"  -> "2400 + 20% of 2400"
"In my 20%-off sale a mug is £14. What was its price before the sale?"  -> "14 / (1 - 20/100)"
"My pension is £221.20 a week and it goes up by 5% in April. What will my new weekly amount
be?"  -> "221.20 + 5% of 221.20"
"I have a pot of £184,000 and can take 25% of it as a lump sum. How much is that?"
  -> "25% of 184000"

The story must hold that one amount and that one percentage and no other number, say once what
happens to it, and the question must ask for the result of exactly that. Anything else abstains.
`percent_on(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.named import AMOUNT
from tools.calculator.rates import MAX_STORY, NUM, SENTENCES, sentences_asked
from tools.words import has_digit, starts_inside, stray_digit

# A percentage added to one amount, or taken off one: "My invoice is £2,400 before VAT. With VAT
# at 20% added, what's the total?", "In my 20%-off sale a mug is £14. What was its price before
# the sale?"
_PCT = re.compile(rf"(?<![\w.,])(?P<p>{NUM})\s*(?:%|per\s*cent)", re.IGNORECASE)
_ADDED = re.compile(
    r"\b(?:vat|tax|service(?:\s+charge)?|tip|surcharge|mark-?up)\b.{0,30}?\b(?:added|on\s+top|plus"
    r"|extra)\b|\b(?:plus|with|add(?:ing)?|leav(?:e|ing))\b.{0,20}?%.{0,12}?\b(?:vat|tax|service(?:\s+charge)?|tip"
    r"|surcharge)\b|\bbefore\s+(?:vat|tax)\b"
    r"|\bplus\s+(?:vat|tax)\s+(?:at|of)\s+\d",  # "£640 plus VAT at 20%"
    re.IGNORECASE,
)
_ADDED_TOTAL = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+will\s+be|\s+was)\s+the\s+(?:[a-z]+\s+)?(?:total|bill|price"
    r"|amount)|how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:in\s+total|altogether|all\s+in))\b"
    # (not "What was the price before VAT?": the amount told)
    r"(?!\s+(?:before|without|excluding|ex|pre)\b)",
    re.IGNORECASE,
)
_TAKEN_OFF = re.compile(
    r"(?<![\w.,])(?P<p>[\d.]+)\s*%[-\s](?:knocked\s+|taken\s+)?off\b"  # ("has 35% knocked off")
    r"|\bafter\s+an?\s+(?P<p2>[\d.]+)\s*%\s+(?:discount|reduction)\b",  # "£25 after a 20% discount"
    re.IGNORECASE,
)
# ... and what is paid after it: "A filling costs €85 and members get 15% off. What does a
# member pay?" The percentage ends its clause, said at most for one group the question names.
_OFF_ENDS = re.compile(
    r"\s*%[-\s](?:knocked\s+|taken\s+)?off(?:\s+for\s+(?P<who>[a-z]+))?\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_OFF_PAY_ASKED = re.compile(
    r"^(?:so\s+)?(?:what|how\s+much)\s+(?:does|do|will|would|should)\s+(?:(?:a|an|each)\s+"
    r"(?:(?P<kind>[a-z]+)\s+)?(?P<one>[a-z]+)|i|we|you)\s+pay(?:\s+(?:then|now|for\s+it))?$"
    r"|^what(?:'s|\s+is)\s+the\s+(?:(?P<one2>[a-z]+)\s+)?price(?:\s+(?:then|now))?$",
    re.IGNORECASE,
)
_BEFORE_ASKED = re.compile(
    r"^what\s+(?:was|is)\s+(?:its|the|it's|their)\s+(?:original\s+|full\s+)?price(?:\s+before\s+"
    r"the\s+(?:sale|discount|reduction))?$|^what\s+was\s+the\s+(?:original|full)\s+price$"
    r"|^what\s+(?:was|were)\s+(?:it|they)\s+before\s+the\s+(?:sale|discount|reduction)$",
    re.IGNORECASE,
)


def percent_on(body: str, *, total: bool = False) -> str | None:
    """ "2400 + 20% of 2400" for one amount with a percentage added and a total asked;
    "14 / (1 - 20/100)" for a price after a percentage off and the price before it asked.
    `total`: the total was asked in a frame already taken off ("…, what's the total?")."""
    if len(body) > MAX_STORY or _PER_ANYTHING.search(body):
        return None
    sentences = SENTENCES.split(body.strip())
    if total and has_digit(sentences[-1]):
        sentences.append("What is the total")
    if not 1 <= len(sentences) <= 3:
        return None
    question = sentences[-1].rstrip("?. ")
    if "," in question and len(sentences) <= 2:  # "With VAT at 20% added, what's the total"
        story_tail, question = question.rsplit(",", 1)
        story = " ".join([*sentences[:-1], story_tail])
        question = question.strip()
    else:
        story = " ".join(sentences[:-1])
    pcts = list(_PCT.finditer(story))
    if len(pcts) != 1:
        return None
    named = list(_YEAR_NAMED.finditer(story))  # "a 1937 crown": a year in a name
    amounts = [m for m in AMOUNT.finditer(story) if not starts_inside(m, [*pcts, *named])]
    if len(pcts) != 1 or len(amounts) != 1 or has_digit(question):
        return None
    if stray_digit(story, [pcts[0], amounts[0], *named]) or _NOT_ONCE.search(story):
        return None
    amount, pct = amounts[0]["n"].replace(",", ""), pcts[0]["p"]
    if _ADDED.search(story) and _ADDED_TOTAL.match(question):
        return f"{amount} + {pct}% of {amount}"
    off = _TAKEN_OFF.search(story)
    if off and _BEFORE_ASKED.match(question) and Fraction(pct) < 100:
        return f"{amount} / (1 - {pct}/100)"
    if off and (paid := _paid_after_off(story, pcts[0], question)):
        return (
            f"{amount} - {pct}% of {amount}" if paid and amounts[0].start() < off.start() else None
        )
    # "After a 12% rise my portfolio is worth £13,440. What was it worth before the rise?"
    moved = _ROSE.search(story) or _FELL.search(story)
    said_at = moved and (moved.start("p") if moved["p"] else moved.start("p2"))
    before = _WORTH_BEFORE.match(question)
    if moved and before and said_at == pcts[0].start("p"):
        up = before["change"] and before["change"].lower() in ("rise", "increase", "gain", "jump")
        if before["change"] and up != (moved.re is _ROSE):
            return None  # "After a 35% reduction … What was it before the rise?"
        if moved.re is _FELL:
            return f"{amount} / (1 - {pct}/100)" if Fraction(pct) < 100 else None
        return f"{amount} / (1 + {pct}/100)"
    # "Roasting loses 15% of the weight … If I roast 12 kg, how many kg do I end up with?"
    if _LOSES.search(story) and _LEFT_ASKED.match(question) and Fraction(pct) <= 100:
        return f"{amount} - {pct}% of {amount}"
    # "My pension is £221.20 a week and it goes up by 5%. What will my new weekly amount be?"
    goes = _GOES.search(story) or _RAISE.search(story)
    if goes and _NEW_ASKED.match(question) and goes.start("p") == pcts[0].start("p"):
        if amounts[0].start() > goes.start():
            return None  # "it rose by 12% to £13,440": the amount is the new one already
        if goes["down"]:
            return f"{amount} - {pct}% of {amount}" if Fraction(pct) <= 100 else None
        return f"{amount} + {pct}% of {amount}"
    # "Booked a cottage for £1,680, paid a 25% deposit. How much is the balance still owed?"
    deposit = _DEPOSIT.search(story)  # (of the price said first: not "a 25% deposit of £420")
    said_on = _DEPOSIT_ON.search(story)  # ("a 40% deposit on her £780 order": on that price)
    if deposit and (amounts[0].start() < deposit.start() or said_on) and Fraction(pct) <= 100:
        if _BALANCE_ASKED.match(question):
            return f"{amount} - {pct}% of {amount}"
        if _DEPOSIT_ASKED.match(question):
            return f"{pct}% of {amount}"
    # "I'm on 45% commission and did £1,860 of cuts. What do I earn?"; "The theatre has 1,240
    # seats and the matinee was 85% full. How many seats were sold?"
    if (_COMMISSION.search(story) and _EARN_ASKED.match(question)) or (
        _FULL.search(story)
        and (sold := _SOLD_ASKED.match(question))
        and amounts[0]["unit"]
        and amounts[0]["unit"].lower() == sold["unit"].lower()
        and Fraction(pct) <= 100
    ):
        return f"{pct}% of {amount}"
    # "A pot of £184,000; I can take 25% of it as a lump sum. How much is that lump sum?"
    share = _SHARE_OF.search(story)
    if share and share.start("p") == pcts[0].start("p") and _SHARE_ASKED.match(question):
        return f"{pct}% of {amount}" if amounts[0].start() < share.start() else None
    return None


# A deposit paid on the one amount, and the rest or the deposit asked
_DEPOSIT = re.compile(
    rf"\b(?:paid|pay|put\s+down|left)\s+an?\s+{NUM}\s*%\s+deposit\b"
    rf"|\bdeposit\s+(?:of|is|was)\s+{NUM}\s*%",
    re.IGNORECASE,
)
_DEPOSIT_ON = re.compile(
    rf"%\s+deposit\s+on\s+(?:the|her|his|my|our|their|a|an)\s+[$€£¥₹]\s?{NUM}(?![\d%])",
    re.IGNORECASE,
)
_BALANCE_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:is|was)\s+(?:the\s+balance|left\s+to\s+pay|still\s+(?:owed|due))"
    r"(?:\s+(?:still\s+)?(?:owed|due|to\s+pay))?"
    r"|what(?:'s|\s+is)\s+(?:the\s+)?(?:balance|rest)(?:\s+(?:still\s+)?(?:owed|due|to\s+pay))?"
    r"|how\s+much\s+(?:do|will)\s+(?:i|we)\s+still\s+(?:owe|have\s+to\s+pay))"
    r"(?:\s+(?:on|at)\s+(?:fitting|delivery|completion|collection))?$",
    re.IGNORECASE,
)
_DEPOSIT_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:is|was)\s+the\s+deposit|what(?:'s|\s+is|\s+was)\s+the\s+deposit)$",
    re.IGNORECASE,
)
# A commission on what was taken, and the earnings asked
_COMMISSION = re.compile(rf"\b(?:on|earn|get|take)\s+{NUM}\s*%\s+commission\b", re.IGNORECASE)
_EARN_ASKED = re.compile(
    r"^(?:so\s+)?(?:what|how\s+much)\s+(?:do|did|will|would)\s+(?:i|we|you|she|he|they)\s+"
    r"(?:earn|make|get|take\s+home)(?:\s+(?:in\s+commission|that\s+week|for\s+the\s+week))?"
    r"|what(?:'s|\s+is)\s+(?:my|her|his|their)\s+commission$",
    re.IGNORECASE,
)
# A place so full, and how many of its places were sold or taken
_FULL = re.compile(
    rf"\b(?:was|is|were|are)\s+{NUM}\s*%\s+(?:full|booked|sold|occupied)\b", re.IGNORECASE
)
_SOLD_ASKED = re.compile(
    r"^(?:so\s+)?how\s+many\s+(?P<unit>[a-z]+)\s+(?:were|are|was)\s+(?:sold|filled|taken|booked"
    r"|occupied)$",
    re.IGNORECASE,
)


def _paid_after_off(story: str, pct: re.Match[str], question: str) -> bool:
    """Whether the question asks what is paid after the one percentage off, which ends its
    clause ("15% off for members.") and is said for the group asked, or for everyone."""
    ends = _OFF_ENDS.match(story, pct.end("p"))
    asked = _OFF_PAY_ASKED.match(question)
    if not ends or not asked or _CONDITIONAL.search(story):
        return False
    who, one = (ends["who"] or "").lower(), (asked["one"] or asked["one2"] or "").lower()
    if gets := _GROUP_GETS.search(story, 0, pct.start()):  # "members get 15% off": for them
        who = who or gets[1].lower()
    if one in ("sale", "discounted", "reduced", "new"):
        one = ""
    if asked["kind"] and not re.search(rf"\b{asked['kind']}\s+{who}\b", story, re.IGNORECASE):
        return False  # "What does a returning customer pay?" only of "returning customers get …"
    return who == one == "" or bool(one) and who in (f"{one}s", f"{one}es")


_GROUP_GETS = re.compile(
    r"\b(?!(?:i|we|you|everyone|everybody|all)\b)([a-z]+)\s+(?:get|gets|receive|receives)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# (an offer on a condition: "15% off if you pay cash", "off orders over £50")
_CONDITIONAL = re.compile(
    r"\b(?:if|when|unless|only|over|above|orders?|first|next|before|after|now|reduced|was|were"
    r"|already|sale|until|till)\b",
    re.IGNORECASE,
)


_YEAR_NAMED = re.compile(
    r"\b(?:a|an|the|my|our|his|her|their)\s+(?:1[6-9]\d\d|20\d\d)\s+(?=[a-z]+\b)(?!(?:and|or|to)\b)"
)
_GOES = re.compile(
    r"\b(?:(?P<up>go(?:es|ing|ne)?\s+up|rises|rising|risen|increases|increasing|will\s+(?:rise"
    r"|increase|go\s+up)|went\s+up|rose|increased)|(?P<down>go(?:es|ing|ne)?\s+down|falls|falling"
    r"|fallen|drops|dropping|decreases|decreasing|will\s+(?:fall|drop|decrease|go\s+down)|went\s+down"
    rf"|fell|dropped|decreased|(?:is|was|will\s+be|has\s+been)\s+cut))\s+(?:by\s+)?(?P<p>{NUM})\s*"
    r"(?:%|per\s*cent)",
    re.IGNORECASE,
)
# "I get a 3% raise", "she was given a 4% pay rise": up by so much
_RAISE = re.compile(
    rf"\b(?:get|gets|got|getting|given|giving|award(?:ed)?)\s+an?\s+(?P<p>{NUM})\s*%\s+(?:pay\s+)?"
    r"(?:raise|rise|increase)\b(?P<down>(?!))?",
    re.IGNORECASE,
)
_NEW_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:the|my|our|its|their|his"
    r"|her)\s+new\b[a-z ]{0,30}|what\s+(?:will|would)\s+(?:the|my|our|its|their|his|her)\s+new"
    r"\b[a-z ]{0,30}\s+be|how\s+much\s+will\s+(?:it|that|the\s+[a-z]+|my\s+[a-z]+)\s+be\s+"
    r"(?:after(?:\s+that|\s+the\s+(?:rise|increase|cut|fall))?|then|now)"
    r"|what(?:'s|\s+is)\s+(?:it|that|the\s+[a-z]+|my\s+[a-z]+)\s+worth\s+now)$",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    rf"(?<![\w.,])(?P<p>{NUM})\s*(?:%|per\s*cent)\s+of\s+(?:it|that|this|the\s+[a-z]+|my\s+[a-z]+"
    r"|our\s+[a-z]+)\b",
    re.IGNORECASE,
)
_SHARE_ASKED = re.compile(
    r"^(?:so\s+)?(?!.*\b(?:rest|remainder|left|remaining|balance|other|else|after|total)\b)"
    r"how\s+much\s+(?:is|will\s+be|would\s+be)\s+(?:that|it|the|my|our|this)\b[a-z -]{0,30}$",
    re.IGNORECASE,
)


_UP_WORDS = r"rise|increase|gain|jump|(?:rose|grew|went\s+up|increased|gained|jumped)\s+(?:by\s+)?"
_DOWN_WORDS = (
    r"fall|drop|decrease|cut|reduction"
    r"|(?:fell|dropped|went\s+down|decreased|was\s+cut)\s+(?:by\s+)?"
)
_ROSE = re.compile(
    rf"\b(?:after|following)\s+an?\s+(?P<p>{NUM})\s*%\s+(?:{_UP_WORDS})\b"
    rf"|\b(?:rose|grew|went\s+up|increased|gained|jumped)\s+(?:by\s+)?(?P<p2>{NUM})\s*%",
    re.IGNORECASE,
)
_FELL = re.compile(
    rf"\b(?:after|following)\s+an?\s+(?P<p>{NUM})\s*%\s+(?:{_DOWN_WORDS})\b"
    rf"|\b(?:fell|dropped|went\s+down|decreased|lost)\s+(?:by\s+)?(?P<p2>{NUM})\s*%",
    re.IGNORECASE,
)
_WORTH_BEFORE = re.compile(
    r"^(?:what|how\s+much)\s+(?:(?:was|were)\s+(?:it|they|its\s+value|the\s+[a-z]+"
    r"|my\s+[a-z]+)\s+(?:worth\s+)?|did\s+(?:it|they|the\s+[a-z]+)\s+cost\s+)"  # ("did it cost")
    r"before(?:\s+the\s+(?P<change>rise|increase|gain|jump|fall|drop|decrease|cut"
    r"|reduction))?$",
    re.IGNORECASE,
)
_LOSES = re.compile(rf"\b(?:loses?|losing)\s+{NUM}\s*%", re.IGNORECASE)
_LEFT_ASKED = re.compile(
    r"^how\s+(?:many|much)\s+(?:[a-z]+\s+){0,4}(?:do|will|would)\s+(?:i|we|you)\s+(?:end\s+up\s+with"
    r"|have\s+left|get)$",
    re.IGNORECASE,
)


# A percentage of something else, or more than one change: the model reads these
_NOT_ONCE = re.compile(
    r"\b(?:already|included|including|inclusive|incl|inc|then|further|again|another|each|per|twice"
    r"|minus|less|off\s+the)\b",
    re.IGNORECASE,
)
_PER_ANYTHING = re.compile(r"\bper\s+(?!cent\b)[a-z]", re.IGNORECASE)


# What share of its price a thing costs: "The risotto sells for £18 and its ingredients cost
# £5.04. What percentage of the menu price is the food cost?" -> "5.04 / 18 * 100"
_COST_SHARE_ASKED = re.compile(
    r"^what\s+(?:percentage|per\s*cent)\s+of\s+(?:the|its|our|my)\s+(?:[a-z]+\s+)?price\s+"
    r"(?:is|are)\s+(?:the|its|our|my)\s+(?:[a-z]+\s+)?costs?$",
    re.IGNORECASE,
)
_SELLS_FOR = re.compile(
    rf"\b(?:sells|sold|goes|is\s+priced|retails)\s+(?:for|at)\s+[$€£¥₹]\s?(?P<n>{NUM})(?![\d%])",
    re.IGNORECASE,
)
_COSTS = re.compile(rf"\bcosts?\s+(?:us\s+|me\s+)?[$€£¥₹]\s?(?P<n>{NUM})(?![\d%])", re.IGNORECASE)


def cost_share(body: str) -> str | None:
    """ "5.04 / 18 * 100" for the share of a price a cost is, asked as a percentage; else None."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or not 2 <= len(sentences) <= 3:
        return None
    story, question = " ".join(sentences[:-1]), sentences[-1].strip().rstrip("?. ")
    if not _COST_SHARE_ASKED.match(question):
        return None
    sells, costs = list(_SELLS_FOR.finditer(story)), list(_COSTS.finditer(story))
    if len(sells) != 1 or len(costs) != 1 or stray_digit(story, [sells[0], costs[0]]):
        return None
    price, cost = (m["n"].replace(",", "") for m in (sells[0], costs[0]))
    return None if not Fraction(price) else f"{cost} / {price} * 100"


# A percentage named for what it pays, of the one amount it is paid on: "Stylists get 35%
# commission on services. Jade did £2,460 of services in November - how much commission is she
# owed?" -> "35% of 2460"; "The holiday is £1,800 and the deposit is 15%. How much is the
# deposit?" -> "15% of 1800".
_PAID = (
    r"commission|deposit|tip|gratuity|royalty|royalties|cashback|bonus|service\s+charge|vat|tax"
    r"|discount|down\s+payment|fee|dividend"
)
_NAMED_PCT = re.compile(
    rf"(?<![\w.,])(?P<p>{NUM})\s*(?:%|per\s*cent)\s+(?P<name>{_PAID})\b"
    r"(?:\s+on\s+(?:all\s+)?(?:the\s+|her\s+|his\s+|their\s+|my\s+|our\s+)?"
    r"(?!(?:the|her|his|their|my|our|a|an)\b)(?P<on>[a-z]+))?"
    rf"|\b(?P<name2>{_PAID})\s+(?:rate\s+)?(?:is|of|at|was)\s+(?P<p2>{NUM})\s*(?:%|per\s*cent)",
    re.IGNORECASE,
)
_NAMED_ASKED = re.compile(
    r"^(?:so\s+)?(?!.*\b(?:total|after|left|rest|altogether|including|with|plus|less)\b)"
    r"(?:how\s+much\s+(?:is\s+|was\s+|will\s+be\s+)?(?:the\s+|my\s+|her\s+|his\s+|their\s+"
    rf"|our\s+|your\s+)?(?P<name>{_PAID})\b(?:\s+(?:is|does|do|did|will|would|should|am|are"
    r"|was)\b[a-z' ]{0,30})?"
    r"|what(?:'s|\s+is|\s+will\s+be|\s+was|\s+would\s+be)\s+(?:the|my|her|his|their|our|your)\s+"
    rf"(?P<name2>{_PAID}))$",
    re.IGNORECASE,
)
# what the amount is before the percentage is paid on it: "costs £1,800", "did £2,460 of"
_BASE_BEFORE = re.compile(
    r"\b(?:costs?|is|was|came\s+to|comes\s+to|totals?|totalled|priced\s+at|sold|did|took|made"
    r"|bill\s+of|invoice\s+of|sales\s+of|worth|quoted(?:\s+at)?|quote\s+of"
    # "6.5% of the family's first-year cost of £9,800"
    r"|(?:cost|budget|price|value|turnover)\s+of)\s+(?:just\s+|only\s+|about\s+)?$"
    # "a 30% deposit on her $2,850 package": the percentage said right before it
    r"|%\s+[a-z]+\s+on\s+(?:the|her|his|my|our|their|a|an)\s+$",
    re.IGNORECASE,
)
# "The engineer gets 12.5% of the $3,600 album budget. What's his cut?"
_PART_OF = re.compile(
    rf"(?<![\w.,])(?P<p>{NUM})\s*(?:%|per\s*cent)\s+of\s+(?:the|her|his|my|our|their)\s+"
    rf"[$€£¥₹]\s?(?P<a>{NUM})(?![\d%])",
    re.IGNORECASE,
)
_CUT_ASKED = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+(?:his|her|my|their|our|your)\s+(?:cut|share)"
    r"|how\s+much\s+(?:does|do|will)\s+(?:he|she|they|i|we)\s+get)$",
    re.IGNORECASE,
)
# (a price already changed, or a percentage paid only on a condition)
_ALTERED = re.compile(
    r"\b(?:now|reduced|net|gross|after|before|sale|if|unless|when|over|above|under|below|only)\b",
    re.IGNORECASE,
)


# "we ask for a 30% deposit when booking"
_ON_BOOKING = re.compile(r"\s+(?:when|on|at|upon)\s+booking\b", re.IGNORECASE)
_EARNED = re.compile(r"\b(?:salary|income|earn\w*|wages?|pay|paid|pension)\b", re.IGNORECASE)


def _paid(name: str) -> str:
    return " ".join(name.lower().split()).replace("royalties", "royalty")


# VAT inside a price: "I paid £1,200 for the sofa including VAT at 20%. How much was the VAT?"
_VAT_INSIDE = re.compile(
    rf"\b(?:including|includes?|incl\.?|inc\.?|inclusive\s+of)\s+(?:(?P<p>{NUM})\s*%\s+)?"
    r"(?:(?:consumption|sales)\s+)?(?:vat|tax)\b"  # ("includes 10% consumption tax")
    rf"(?(p)|\s+(?:at|of)\s+(?P<p2>{NUM})\s*%)(?=\s*(?:[.,;]|$)|\s+(?:is|was)\s)",  # ("… VAT is £1,494")
    re.IGNORECASE,
)
_VAT_PART_ASKED = re.compile(
    r"^(?:so\s+)?(?:how\s+much\s+(?:was|is|of\s+that\s+(?:is|was))\s+(?:the\s+)?(?:vat|tax)"
    r"|what(?:'s|\s+is|\s+was)\s+the\s+(?:vat|tax)(?:\s+(?:on\s+it|part|element))?)$",
    re.IGNORECASE,
)
_VAT_BEFORE_ASKED = re.compile(
    r"^(?:so\s+)?(?:what|how\s+much)(?:'s|\s+is|\s+was)\s+(?:(?:the\s+|its\s+)?(?:price|cost|amount)|it|that)"
    r"\s+(?:before|without|excluding|ex|less)\s+(?:the\s+)?(?:vat|tax)$",
    re.IGNORECASE,
)


def vat_inside(body: str) -> str | None:
    """ "1200 * 20 / (100 + 20)" for the VAT inside a price said to include it at a rate, and
    "1200 / (1 + 20/100)" for the price before it; None otherwise."""
    body = body.replace(" incl. ", " incl ")  # (no sentence ends there: set 185)
    sentences = sentences_asked(body.strip())  # ("…, what was the price before tax")
    if len(body) > MAX_STORY or len(sentences) != 2 or "%" not in body:
        return None
    story, question = sentences[0], sentences[1].strip().rstrip("?. ")
    inside = _VAT_INSIDE.search(story)
    amounts = [m for m in AMOUNT.finditer(story) if not inside or not starts_inside(m, [inside])]
    if inside is None or len(amounts) != 1 or stray_digit(story, [inside, amounts[0]]):
        return None
    if _ALTERED.search(story) or story.count("%") != 1:
        return None
    amount, p = amounts[0]["n"].replace(",", ""), inside["p"] or inside["p2"]
    if _PER_ANYTHING.search(story):  # "¥19,800 per person per night including 10% tax"
        return f"{amount} / (1 + {p}/100)" if _VAT_BEFORE_ASKED.match(question) else None
    if _VAT_PART_ASKED.match(question):
        return f"{amount} * {p} / (100 + {p})"
    if _VAT_BEFORE_ASKED.match(question):
        return f"{amount} / (1 + {p}/100)"
    return None


def percent_named(body: str) -> str | None:
    """ "35% of 2460" for a percentage named for what it pays (commission, a deposit, a tip)
    and the one amount it is paid on, with that payment asked; None otherwise."""
    sentences = SENTENCES.split(body.strip())
    if len(body) > MAX_STORY or not 2 <= len(sentences) <= 3 or _PER_ANYTHING.search(body):
        return None
    story, question = " ".join(sentences[:-1]), sentences[-1].strip().rstrip("?. ")
    story = _ON_BOOKING.sub("", story)  # (a deposit's time, no condition on it)
    part = _PART_OF.search(story)
    if part and _CUT_ASKED.match(question) and not _NOT_ONCE.search(story):
        if stray_digit(story, [part]) or _ALTERED.search(story):
            return None
        return (
            f"{part['p']}% of {part['a'].replace(',', '')}" if Fraction(part["p"]) <= 100 else None
        )
    asked = _NAMED_ASKED.match(question)
    pcts = list(_NAMED_PCT.finditer(story))
    if not asked or len(pcts) != 1 or len(list(_PCT.finditer(story))) != 1:
        return None
    pct = pcts[0]
    if _paid(asked["name"] or asked["name2"]) != _paid(pct["name"] or pct["name2"]):
        return None
    amounts = [m for m in AMOUNT.finditer(story) if not starts_inside(m, [pct])]
    if len(amounts) != 1 or stray_digit(story, [pct, amounts[0]]):
        return None
    if _NOT_ONCE.search(story) or _ALTERED.search(story):
        return None  # "£2,400 including VAT", "now £544 after the discount": not its base
    if _paid(pct["name"] or pct["name2"]) == "tax" and _EARNED.search(story):
        return None  # income tax has allowances and bands: "tax is 20%" of a salary is not it
    amount = amounts[0]
    if pct["on"]:  # "commission on services": said by the amount ("£2,460 of services")
        on = re.escape(pct["on"])
        after = rf"\s+(?:[a-z]+\s+)?(?:of|in|worth\s+of)\s+(?:the\s+)?{on}\b"
        before = rf"\b{on}(?:\s+[a-z]+){{0,3}}\s+(?:of|worth|totall?ing|came\s+to|comes\s+to|(?:is|are|was|were)(?:\s+worth)?)\s+$"
        if not (
            re.match(after, story[amount.end("n") :], re.IGNORECASE)
            or re.search(before, story[: amount.start()], re.IGNORECASE)
        ):
            return None
    elif not _BASE_BEFORE.search(story, 0, amount.start()):
        return None
    p = pct["p"] or pct["p2"]
    return f"{p}% of {amount['n'].replace(',', '')}" if Fraction(p) <= 100 else None
