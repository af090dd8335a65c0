"""What a story's question asks for, in units: a count ("How many litres …?"), money ("What do
I owe?"), money per one of something ("How much does each pupil pay?") or per a period ("my
weekly income"), or a rate ("What's its average speed in km per hour?"). `asked_units(question)`
gives them as a Counter of unit powers, which the story readers cancel against the story's
numbers (see `rates`). Pure string work."""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.measures import one_unit

# What a money question asks: "How much do I invoice?", "What's the total collected?"
_NOT_MONEY_VERBS = (
    "eat|ate|eaten|drink|drank|drunk|weigh|weighs|weighed|use|used|burn|burnt|burned|lose|lost"
    "|gain|gained|grow|grew|carry|carried|hold|held|pour|poured"
)
_MONEY_ASKED = re.compile(
    r"^(?:how\s+much\s+(?:money\s+)?(?:do|does|did|will|would|should|is|was|are|were|have|has)\b"
    # (not a weight or an amount eaten: "How much did I eat?", "How much does it weigh?")
    rf"(?!\s+(?:[a-z]+\s+){{0,2}}?(?:{_NOT_MONEY_VERBS})\b)"
    r"|what\s+(?:do|does|did|will|should)\s+(?:i|we|you|they|he|she)\s+owe\b"  # "what do I owe?"
    # "What's she owed?", "What am I owed?", "What goes on their invoice?"
    r"|what(?:'s|\s+is|\s+am|\s+are)\s+(?:i|we|you|they|he|she)\s+owed\b"
    r"|what\s+goes\s+on\s+(?:the|their|his|her|my|our|your)\s+(?:invoice|bill)\b"
    # "How much altogether?", "how much in total?" (a bare "How much?" is read by the stories)
    r"|how\s+much\s+(?=(?:altogether|in\s+total|all\s+together)\s*\??$)"
    # "How much to fill it from empty?"
    r"|how\s+much\s+(?:money\s+)?(?:to|for)\s+(?:fill|buy|hire|rent|book|run|heat|charge)\b"
    # "How much for 40 litres?", "How much per kg?": money for the quantity the question names
    r"|how\s+much\s+(?:for|would\s+it\s+be\s+for|is\s+it\s+for)\s+(?:an?\s+)?(?=\d)"
    # "What do 750g cost?", "What do 175 dozen bring in?"
    r"|what\s+(?:do|does|would|will)\s+(?=\d[\d,.]*\s*(?:full\s+|whole\s+)?[a-z]+\s+(?:cost|bring\s+in)\s*\??$)"
    # "How much for a week?": money for one of a period
    r"|how\s+much\s+(?:is\s+it\s+)?for\s+(?:a|an|one)\s+(?=(?:week|month|year|night|hour)\s*\??$)"
    r"|how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:per|an?)\s+(?=[a-z]+\s*\??$)"
    r"|how\s+much\s+(?:per|an?)\s+(?=[a-z]+\s+is\s+(?:that|it)\s*\??$)"  # "how much per wig is that"
    # "How much ticket income is that?"
    # "What were ticket sales?"
    r"|what\s+(?:were|was)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:sales|takings|income|revenue)\s*\??$"
    # (not "profit": what is left after costs the story may not give)
    r"|how\s+much\s+(?:[a-z]+\s+)?(?:income|money|revenue|takings)\s+(?:is|was|did)\b"
    # "What's the invoice total?", "What were the ticket takings?", "What's the final price?"
    r"|what(?:'s|\s+is|\s+was|\s+were)\s+(?:the|our|my|your|their|its|his|her)\s+"
    r"(?:(?!(?:hourly|daily|weekly|monthly|yearly|annual)\b)[a-z'-]+\s+){0,2}(?:total|bill|cheque"
    r"|cost|takings|income|revenue|price|fee|charge|quote|fare|pay(?:roll)?|wages?|earnings|invoice|labour"
    r"|labor|rent|rental|postage|tuition|claim)\b"
    # "Total for the job?" (not for a period: "Total for the week?" asks a rate's worth)
    r"|(?:the\s+)?total\s+(?:for|of)\s+(?:the|this|that|my|our|her|his|their)\s+(?:[a-z-]+\s+)?"
    r"(?!(?:day|week|month|year|night|hour|fortnight|term|season|weekend)s?\b)[a-z]+\s*\??$"
    # "what's that before tax" (a wage's gross: set 170)
    r"|what(?:'s|s|\s+is)\s+(?:that|it)\s+(?=(?:before\s+tax|gross|pre-?tax)\s*\??$)"
    # "What does it come to?"
    r"|(?:what|how\s+much)\s+(?:does|did|will)\s+(?:it|that|this|the\s+[a-z]+)\s+come\s+to\b"
    r"|what\s+(?:do|does|did|will|would|should)\s+(?:i|we|you|they|he|she|(?:the|that|this)\s+[a-z]+"
    r"(?:\s+[a-z]+)?)"
    r"\s+(?:invoice|charge|pay|earn|make|take|bill|spend|claim)\b"
    # "What have I earned so far?"
    r"|what\s+(?:have|has|had)\s+(?:i|we|you|they|he|she)\s+(?:earned|made|invoiced|spent)\b"
    # "What does it bring in?"
    r"|what\s+(?:do|does|did|will|would)\s+(?:it|that|this|the\s+[a-z]+)\s+bring\s+in\b"
    # "What did the fill-up cost?"
    r"|what\s+(?:do|does|did|will|would)\s+(?:(?:the|my|our|this|that|it|they|these|those)"
    r"(?:\s+[a-z-]+)?|[a-z]+ing)(?:\s+for\s+(?:\d[\d,]*|one|a|an)\s+[a-z]+)?\s+cost\b"  # ("the fabric for 48 kites", "heating")
    # "What should an 11.6-mile run to the station cost?", "What does a 250 g bag cost?"
    r"|what\s+(?:do|does|did|will|would|should)\s+an?\s+\d[\d,]*(?:\.\d+)?[\s-]?[a-z]+"
    r"(?:\s+[a-z]+)?(?:\s+(?:to|from)\s+the\s+[a-z]+|\s+(?:covering|of|for)\s+\d[\d,.]*\s+[a-z]+)?"
    r"\s+cost\b"  # ("What does a three-day hire covering 286 miles cost?")
    # "What's the crop worth?", "whats the load worth", "what are 120 bags worth to us?"
    r"|what(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:the|our|my|this|that|it|they|these|those)"
    r"(?:\s+[a-z-]+){0,2}|\d[\d,]*\s+[a-z]+)\s+worth(?:\s+to\s+(?:us|me|them|him|her))?"
    r"(?:\s+(?:altogether|in\s+total))?\s*\??$"  # ("What's the order worth altogether?")
    # "What's the card going to cost?"
    r"|what(?:'s|\s+is|\s+are)\s+(?:the|my|our|this|that|it|they|these|those)(?:\s+[a-z-]+)?"
    r"\s+going\s+to\s+cost\b"
    # "What's each climber's share?"
    r"|what(?:'s|\s+is)\s+each\s+[a-z]+'s\s+(?:(?:equal|fair)\s+)?(?:share|part|cost|bill)\b"
    # "My salary is £32,000 a year. What's that per month?"
    r"|what(?:'s|\s+is)\s+(?:that|it)\s+(?=(?:per|a|an|each)\s+[a-z]+\s*\??$)"
    # "What total do I put on the invoice?", "What should the takings be?", "Can you total …"
    r"|what\s+total\s+(?:do|does|did|will|should)\b"
    r"|what\s+(?:should|will|would)\s+(?:the|my|our)\s+(?:[a-z-]+\s+)?(?:total|bill|takings|income"
    r"|quote|fare|price|charge)\s+be\b|(?:can|could)\s+you\s+total\b"
    # "What's my weekly income?": money per week
    r"|what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:my|our|the|his|her|their|your)\s+"
    r"(?P<period>hourly|daily|weekly|monthly|yearly|annual)\s+(?:[a-z]+\s+)?(?:income|takings|earnings|pay|cheque"
    r"|wages?|bill|cost|revenue|profit|total|money|sales|spend)\b)",
    re.IGNORECASE,
)

# The whole bill asked as what the teller charges: "What do I invoice?", "What should we quote?",
# "what total do I quote the customer?" (a pattern to join into a question's alternatives)
QUOTED_ASKED = (
    r"what\s+(?:(?:total|price|figure)\s+)?(?:do|should)\s+(?:i|we)\s+(?:quote|charge|invoice|bill)"
    r"(?:\s+(?:the|our|my)\s+(?:customer|client))?"
)

PERIODS = {f"{w}ly": w for w in ("hour", "week", "month", "year")} | {
    "daily": "day",
    "annual": "year",
}

# Money asked per one of something: "each pupil", "per plot", "each climber's share"
_EACH_ASKED = re.compile(r"\b(?:each|per|a)\s+(?P<noun>[a-z]+)(?:'s)?\b", re.IGNORECASE)
# "How much is that in GBP for 4 nights?": another currency, at a rate the story never gave
_IN_CURRENCY = re.compile(
    r"\bin\s+(?!total\b|all\b|(?:the|our|my)\s+(?:kitty|pot|fund|jar|tin)\b|an?\s+\d"
    r"|(?:a|an|one)\s+(?:day|night|week|month|year|shift|session)\b)[a-z]",
    re.IGNORECASE,
)
# A rate asked: "What's its average speed in km per hour?"
_RATE_ASKED = re.compile(
    r"^what(?:'s|\s+is|\s+was)\s+(?:its|the|his|her|their|my|your|our)\s+(?:average\s+|mean\s+)?"
    r"(?:(?:walking|running|cycling|driving|riding|swimming|rowing|flying)\s+)?"  # "walking speed"
    r"(?:speed|rate|pace|flow(?:\s+rate)?)\s+in\s+(?P<top>[a-z]+)\s*(?:/|\s+per\s+)\s*(?P<per>[a-z]+)$",
    re.IGNORECASE,
)
_SPEEDS = {
    "mph": "miles per hour",
    "kph": "km per hour",
    "kmh": "km per hour",
    "km/h": "km per hour",
}
_SPEED_NAMED = re.compile(r"\b(?:mph|kph|kmh|km/h)$", re.IGNORECASE)

_EACH_COUNTED = re.compile(  # "How many pages each day", "How many km a day"
    r"\b(?:each|per|every|an?(?=\s+(?:second|minute|hour|day|night|week|month|year)\b))\s+"
    r"(?P<noun>(?!of\b)[a-z]+)\b",
    re.IGNORECASE,
)

# "cost per scoop?"
_COST_PER = re.compile(
    r"^(?:so\s+)?(?:the\s+)?(?:cost|price)\s+(?:per|a|an|each|of\s+(?:a|one|each))\s+"
    r"(?P<noun>[a-z]+)\s*\??$",
    re.IGNORECASE,
)

# "What's the average distance per day in km?"
_AVERAGE_ASKED = re.compile(
    r"^what(?:'s|s|\s+is|\s+was|\s+will\s+be)\s+(?:the|my|our|its|their|his|her)\s+(?:average|mean)"
    r"\s+(?:[a-z]+\s+)?(?:per|a|each)\s+(?P<per>[a-z]+)\s+in\s+(?P<top>[a-z]+)$",
    re.IGNORECASE,
)
# "How many litres …?", "I had 5 slices, so how many grams of salt?"
_COUNT_ASKED = re.compile(
    r"(?:^|[,;]\s+(?:so\s+)?|\bso\s+)how\s+many\s+"
    # ("How many volunteer hours …", "man-hours": whose hours, all of them)
    r"(?:(?:volunteer|man|person|staff|crew|machine|engine|flying|riding|driving|walking|sailing"
    r"|rowing|running|cycling)[\s-](?=hours|minutes|days)\b)?(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
_SQUARE_ASKED = re.compile(
    r"(?:^|[,;]\s+(?:so\s+)?|\bso\s+)how\s+many\s+(?:square|sq\.?)\s+(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
# "What's the total payload in kg?": a total asked in a unit of the story's counts
_MONEY_NAMES = frozenset(
    [
        "pounds",
        "pound",
        "quid",
        "euros",
        "euro",
        "dollars",
        "dollar",
        "bucks",
        "pence",
        "cents",
        "rupees",
        "yen",
        "money",
    ]
)
_TOTAL_IN = re.compile(
    r"\btotal\s+(?:[a-z]+\s+)?in\s+(?P<unit>[a-z]+)\s*\??$"
    # "What does the finished stone weigh, in grams?"
    r"|^what\s+(?:does|did|will|would)\s+(?:it|the\s+(?:[a-z-]+\s+)?[a-z]+)\s+weigh,?\s+in\s+"
    r"(?P<unit2>[a-z]+)\s*\??$"
    # "what's the dose in mg" (set 170), "what's the total weight in kg"
    r"|^what(?:'s|s|\s+is)\s+the\s+(?:total\s+)?(?:dose|amount|weight|volume|distance|length)"
    r"\s+in\s+(?P<unit3>[a-z]+)\s*\??$",
    re.IGNORECASE,
)

# Units asked for that are products of others.
PRODUCTS = {"kwh": ("kilowatt", "hour")}


def asked_units(question: str) -> Counter | None:
    """The units a question asks for: a count ("How many litres"), money, money per one of
    something ("How much does each pupil pay?") or per a period ("my weekly income")."""
    question = _SPEED_NAMED.sub(lambda m: _SPEEDS[m[0].lower()], question)  # "in mph"
    if speed := _RATE_ASKED.match(question) or _AVERAGE_ASKED.match(question):
        return Counter({one_unit(speed["top"]): 1, one_unit(speed["per"]): -1})
    if square := _SQUARE_ASKED.search(question):  # "How many square metres is that?"
        return Counter({one_unit(square["unit"]): 2})
    total_in = _TOTAL_IN.search(question)
    if (
        total_in
        and (total_in["unit"] or total_in["unit2"] or total_in["unit3"]).lower() in _MONEY_NAMES
    ):
        total_in = None  # "the total in euros" is money, read below
    if count := _COUNT_ASKED.search(question) or total_in:
        groups = count.groupdict()
        unit = (groups["unit"] or groups.get("unit2") or groups.get("unit3") or "").lower()
        asked = Counter(PRODUCTS.get(unit, (one_unit(unit),)))
        if each := _EACH_COUNTED.search(question, count.end()):  # "How many pages each day"
            asked[one_unit(each["noun"])] -= 1
        return asked
    if terse := _COST_PER.match(question):  # "cost per scoop?"
        return Counter({"money": 1, one_unit(terse["noun"]): -1})
    money = _MONEY_ASKED.match(question)
    if not money or _IN_CURRENCY.search(question):
        return None
    asked = Counter({"money": 1})
    if money["period"]:
        asked[PERIODS[money["period"].lower()]] -= 1
    elif each := _EACH_ASKED.search(question):  # "How much does each pupil pay?"
        asked[one_unit(each["noun"])] -= 1
    return asked


# The question's own verb ("How many pages does it scan?") must be the story's ("prints 45
# pages per minute"), or one that asks only for the amount.
_ASKED_VERB = re.compile(
    r"\b(?:do|does|did|will|would|can|could|should)\s+(?:it|he|she|they|i|we|you|the\s+[a-z]+"
    r"(?:\s+for\s+\d[\d,]*\s+[a-z]+)?)\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_AMOUNT_VERBS = frozenset(
    re.findall(
        r"\w+",
        "use need cover get make take go do have weigh travel come be fill hold produce collect "
        "earn pay cost invoice charge bill spend walk run drive ride cycle swim burn eat drink "
        "quote allow budget plan book order pack bring carry load stock mix owe",
    )
)


# A measure of one stuff asked after a measure of another told: "180 g of rice each … How many
# grams of pasta?"
_STUFF_ASKED = re.compile(
    r"\bhow\s+(?:many|much)\s+[a-z]+\s+of\s+(?P<stuff>[a-z]{3,})", re.IGNORECASE
)
_STUFF_TOLD = re.compile(
    r"\d[\d,.]*\s*[a-z]*\s+of\s+(?P<stuff>[a-z]{3,}(?:\s+[a-z]{3,})?)", re.IGNORECASE
)  # ("100 g of henna powder" is powder too)


def other_stuff(question: str, story: str) -> bool:
    """True when the question asks a measure of another stuff than the story measures."""
    asked = _STUFF_ASKED.search(question)
    if asked is None:
        return False
    told = {w.lower()[:4] for m in _STUFF_TOLD.finditer(story) for w in m["stuff"].split()}
    return bool(told) and asked["stuff"].lower()[:4] not in told


def other_verb(question: str, story: str) -> bool:
    """True when the question's verb is neither the story's nor one that asks only an amount."""
    m = _ASKED_VERB.search(question)
    if m is None:
        return False
    verb, told = m["verb"].lower(), story.lower()
    if verb.endswith("e") and f"{verb[:-1]}ing" in told:
        return False  # "is losing 42 seconds a day" … "How many minutes does it lose …?"
    return verb not in _AMOUNT_VERBS and verb[:4] not in told
