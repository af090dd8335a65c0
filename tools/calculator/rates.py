"""Word problems read by their units: every number of the story with what it counts, and the
product whose units leave exactly what the question asks for.

"We milk 142 cows and they averaged 27.5 litres each. How many litres went into the tank?"
  142 cow × 27.5 litre/cow = litres -> "142 * 27.5"
"Priming sugar goes in at 6.5 g per litre and the batch is 21 litres. How many grams?"
  6.5 gram/litre × 21 litre = grams -> "6.5 * 21"
"A 2 kW heater runs 3.5 hours a day for 30 days. How many kWh does it use in total?"
  2 kW × 3.5 hour/day × 30 day = kW·hour -> "2 * 3.5 * 30"

The frames in `stories` each match one telling; this reads any telling whose units cancel to
the one asked for, which is a check a wrong reading rarely passes. Precision first, so it
abstains when
- a number's unit or rate cannot be read, or a number is left out of the product,
- an "each" could belong to more than one count,
- a word adds, takes away, compares or scales (left, minus, discount, %, half, more, if, ...),
- the units do not cancel to the question's, or the question asks for money and the story
  holds a count of money too.
What the question asks for is read by `asked.asked_units`. `rate_product(body)` gives the
expression or None. Pure string work.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.calculator.asked import PRODUCTS, asked_units, other_stuff, other_verb
from tools.calculator.like_terms import added, listed_alike
from tools.calculator.measures import ALIASES as _ALIASES
from tools.calculator.measures import MEASURE_UNITS, NUM, one_area, one_unit
from tools.calculator.pricelist import priced_items
from tools.calculator.products import MEASURES, TIMES, Quantity, only_reading, unitary
from tools.calculator.rate_words import NOT_UNITS, another_said, names_listed, rates_said
from tools.words import has_digit, initials, stray_digit

# Money written with its sign: "£45", "$ 12"
SIGNED = re.compile(r"[$€£¥₹]\s?\d")
MAX_STORY = 300  # the longest story any of the story readers reads (rates, terms, named)
_MAX_NUMBERS = 5
# A number, the word after it (its unit), and the rate that follows ("each", "per day", "a day",
# "every second", "/h"); a unit written with a slash is a rate of its own ("27.5 km/h").
# A second rate may follow ("6 a week per player"); "a 32-week season" is 32 weeks.
# With a currency sign the number is money, and a word after it says what for ("a £45 fee").
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<money>[$€£¥₹]\s?)?(?P<n>{NUM})(?:(?:\s*|-)"
    # a word saying what kind, before a counted thing with its rate ("5 track sessions a day")
    r"(?(money)|(?:(?!(?:each|apiece|per|a|an|every|for|of|and|or|at|in|on|to)\b)[a-z]+\s+"
    r"(?=[a-z]+s\s+(?:each\b|apiece\b|per\s|(?:an?|every)\s+(?:hour|day|night|week|month|year)\b))"
    r"(?!(?:each|apiece|per|a|an|every)\b))?)"
    r"(?P<unit>(?!(?:each|apiece|per|a|an|every|for)\b)[a-z]+"
    r"(?:/[a-z]+)?))?"
    r"(?:\s+(?:of(?:\s+[a-z]+){1,2}?\s+|(?(money)(?!for\b)[a-z]+\s+(?=each\b|per\b|an?\s+(?:day|night|week|month|year|term)\b)|(?!)))?"
    r"(?P<rate>each|apiece|(?:per|a|an|every|for\s+every|for\s+each)\s+(?P<per>[a-z]+)))?"
    # "25 g per kg of body weight per day": what the per-unit measures may come between
    r"(?:(?:\s+of(?:\s+[a-z]+){1,2}?)?\s+(?:per|a|an|every)\s+(?P<per2>[a-z]+))?",
    re.IGNORECASE,
)
# "14 rows of 26 seats", "3 crates of 12 kg": the second number is per one of the first
_OF = re.compile(r"\s+of\s+$")
# A length of time after its number ("over 16 days", "took 3 hours"): not more than, not taken
AFTER_A_TIME = rf"\s+\d[\d,.]*\s*(?:{'|'.join(f'{t}s?' for t in TIMES)})\b"
# "How much does 1 roll cost?": one of them
_ALIKE = re.compile(r"(?<=\d\s)(?:identical|matching)\s+(?=[a-z])", re.IGNORECASE)
_ONE_OF_THEM = re.compile(
    r"^(?:so\s+)?(?:how\s+much|what)\s+(?:(?:does|did|will)\s+(?:each|1|one)(?:\s+(?:one|of\s+them))?"
    r"|(?:do|would|will)\s+(?P<n>\d[\d,]*))\s+cost\s*\??$",
    re.IGNORECASE,
)
_PRICED_COUNT = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+(?:cost|costs|came\s+to|come\s+to)\s+[$€£]?\d",
    re.IGNORECASE,
)
_ONE_THING = re.compile(r"(?<=\bdoes\s)1\s+(?=[a-z]+\s+cost\b)", re.IGNORECASE)
# "How much do 12 monthly payments add up to?": so many of the story's periods
_PERIOD_PAYMENTS = re.compile(
    r"(?<=\d\s)(?P<p>month|week)ly\s+(?:payments|instalments|installments)\b", re.IGNORECASE
)
_ROUNDED_UP = re.compile(
    r",?\s*(?:\(|[-—–]\s*)?(?:rounding|rounded|round(?:ing)?)\s+up(?:\s+to\s+(?:the\s+next\s+)?(?:whole|full)"
    r"(?:\s+[a-z]+)?)?\)?(?=\s*[?.!]*$)",
    re.IGNORECASE,
)
# The average of money (the units must still cancel: "48 km over 4 days" is no money): "We
# took £1,240 over 8 days. What's the average per day?"
_AVERAGE_MONEY = re.compile(
    r"^(?:what(?:'s|s|\s+is|\s+was)\s+(?:the|my|our|its|their)\s+|the\s+)?average\s+(?:[a-z]+\s+)?"
    r"(?:per|a|each)\s+(?P<per>[a-z]+)"  # (the units must still cancel: "£4,260 … 71 runners")
    r"(?:,?\s+in\s+(?P<unit>[a-z]+))?\??$",  # ("average distance per day, in km?")
    re.IGNORECASE,
)
_FIGURE = r"(?!\s+[$€£¥₹]?\s?\d)"  # (a word before a number: see below)
_CHANGE_WORDS = (
    r"left|remain\w*|minus|less|fewer|off|discount\w*|refund\w*|return\w*|except|not"
    r"|without|more|extra|plus|add\w*(?!\s+up\b)|subtract\w*|take\s+away|half|twice|triple"
    r"|q(?<!last\sq)(?<!this\sq)(?<!next\sq)(?<!per\sq)(?<!each\sq)uarter"  # (not "last quarter")
    r"|double(?![\s-]+deckers?\b)"  # ("our double deckers" are buses)
    # ("How much is that a week before tax?": the pay as told)
    r"|percent|per\s*cent|t(?<!before\st)ax|v(?<!before\sv)at|tip|if|but|instead|already|spent|change"
    r"|rest|free(?<!-free)(?!-)"
    # bought in whole containers: "they only sell whole jars" rounds the count up first
    r"|whole\s+[a-z]+s\b"
    # a price told of another time than the question's: "Cheese used to be £22.50 a kilo"
    r"|used\s+to|now|nowadays|anymore|any\s+more"
    r"|difference|than|sav(?:e|es|ed|ing)(?!\s+[$€£¥₹\d])|savings?|deposit|net|gross(?!\s+(?:pay|wages?|earnings|takings|income))|unequal\w*"
    r"|after\s+(?:the\s+|my\s+|our\s+)?(?:[a-z]+\s+)?(?:fees?|costs?|charges?|tax|expenses)"
    r"|up(?<!\badd\sup)(?<!\badds\sup)\s+to|at\s+least|at\s+most|estimate\w*|nearly|almost"
    # a round figure is still the figure ("cost about £2.15 per tortoise"), a bound is not
    rf"|about{_FIGURE}|around{_FIGURE}|roughly{_FIGURE}|approx\w*{_FIGURE}"
    rf"|over(?!\s+(?:a|an|the)\s)(?!{AFTER_A_TIME})|under|each\s+of|both|either|or"
    # a count said once for two journeys: "62 miles away each way" ("the round trip is 172 miles"
    # is both)
    r"|each\s+way"
)
_CHANGES = re.compile(rf"\b{initials(_CHANGE_WORDS)}(?:{_CHANGE_WORDS})\b|\wn't\b|%", re.IGNORECASE)
# where a story's sentences end (not at a factorial's "!": "What does 6! ÷ 4! come to?")
SENTENCES = re.compile(r"(?:(?<=[.?])|(?<=\D!))\s+")
# A question after the story's last comma, in one sentence: "… and spent £412.50 on diesel, whats
# left", "With 20% VAT on the lot, what's the total?"
ASKED_AFTER_COMMA = re.compile(
    r",\s+(?=(?:what|how)\b(?:[^,?!]|(?<=\d),(?=\d{3}))*[?.]?$)", re.IGNORECASE
)  # (a thousands comma is no clause: "… for 55,296 tortillas?")
# "If 5 notebooks cost £8.75, how much would 12 of them cost?": the condition tells the story
_IF_TOLD = re.compile(
    r"^if\s+(?P<told>[^,?;]+?),\s*(?P<asked>(?:so\s+)?(?:how|what)\b[^,?;]*\??)$", re.IGNORECASE
)
_ADDED = (MEASURES | frozenset(TIMES)) - {"money"}  # what like quantities may be added in
_OF_THEM = re.compile(r"(?<![\d.,])(\d[\d,]*)\s+of\s+them\b", re.IGNORECASE)
# "there are 2 of us", "our team of 6": so many people
OF_US = re.compile(
    r"\b(\d+)\s+of\s+us\b|\b(?:a|an|our|my|the)\s+(?:team|group|party|crew|family)\s+of\s+(\d+)\b",
    re.IGNORECASE,
)


# So much of something said after a count of things, for each of them: "312 ends, each 4.25 m
# long", "26 volunteers, each doing 4 shifts"
_EACH_AFTER = re.compile(
    r"(?P<n>(?<![\w.,])\d[\d,]*\s+[a-z]+(?:\s+[a-z]+)?)(?:,|\s+and)\s+each\s+(?:(?:is|one\s+is|measures"
    r"|weighs|doing|lasting|of)\s+)?(?P<q>\d[\d,.]*\s*[a-z]+)(?:\s+(?:long|wide|high|tall|deep|heavy))?\b",
    re.IGNORECASE,
)


# The story's own currency named in the question: "What were the takings in yen?" after "¥1,200"
_IN_OWN_CURRENCY = re.compile(r",?\s+in\s+(?P<c>yen|euros?|pounds|dollars|rupees)\b", re.IGNORECASE)
# (a currency's word, in the singular, and its sign)
CURRENCY_SIGNS = {"yen": "¥", "euro": "€", "pound": "£", "dollar": "$", "rupee": "₹"}


def changes(text: str) -> bool:
    """Whether a word of the text adds, takes away, compares or scales (see _CHANGE_WORDS)."""
    return _CHANGES.search(text) is not None


def people_said(text: str) -> str:
    """The text with a group of so many said as that many people, and a group of so many things
    as those things ("a yard of 7 horses": 7 horses)."""
    if " of " in text:
        text = _GROUP_OF_THINGS.sub(r"\1 ", text)
    return OF_US.sub(lambda m: f"{m[1] or m[2]} people", text)


_GROUP_OF_THINGS = re.compile(
    r"\b(?:a|an|the|our|my)\s+(?:yard|herd|flock|stable|group|party|team|class|crew|family|batch"
    r"|table)\s+of\s+(\d[\d,]*)\s+(?=[a-z]{2,}s\b)",  # (a thing counted: "… of 6 raised" is no thing)
    re.IGNORECASE,
)


def sentences_asked(body: str) -> list[str]:
    """The body's sentences; a last sentence with its question after a comma is two ("6 boats
    each took 38.5 litres at £1.12 a litre, what's the fuel bill")."""
    sentences = SENTENCES.split(body)
    if asked := ASKED_AFTER_COMMA.search(sentences[-1]):  # (the last of several too)
        last = sentences[-1]
        return [*sentences[:-1], last[: asked.start()], last[asked.end() :]]
    return sentences


def story_and_question(body: str) -> tuple[str, str] | None:
    """(story, question) of a short body of exactly two sentences, else None."""
    if len(body) > MAX_STORY:
        return None
    sentences = sentences_asked(body.strip())
    if len(sentences) == 3 and not has_digit(sentences[0]):
        sentences = sentences[1:]  # "Filling in my logbook for the week. I flew … What's …?"
    return (sentences[0], sentences[1]) if len(sentences) == 2 else None


# A sound or a trip that comes back: the distance one way is half of speed × time ("the echo
# comes back 2.4 seconds later … how many metres away": set 162, answered as the whole trip)
_THERE_AND_BACK = re.compile(
    r"\b(?:echo\w*|round[- ]trips?|there\s+and\s+back|bounc\w+|reflect\w*)\b", re.IGNORECASE
)


def rate_product(body: str) -> str | None:
    """ "142 * 27.5" for a story whose numbers' units multiply to the asked unit, else None."""
    if len(body) > MAX_STORY or _THERE_AND_BACK.search(body):
        return None
    body = one_area(people_said(another_said(body.strip())))  # ("per square metre", "21.6 m²")
    if "each" in body:  # "312 ends, each 4.25 m long": 312 ends of 4.25 m each
        body = _EACH_AFTER.sub(r"\g<n> of \g<q> each", body)
    if "ach of " in body:  # "Each of our 7 sea lions gets …": our 7 lions each get …
        body = _EACH_OF_OURS.sub(r"Our \g<n> \g<noun> each ", body)
    if "ident" in body or "matching" in body:  # "12 identical notebooks": 12 notebooks
        body = _ALIKE.sub("", body)
    if body[:3].lower() == "if " and (given := _IF_TOLD.match(body)):
        body = f"{given['told']}. {given['asked']}"  # "If 5 notebooks cost £8.75, how much …?"
    sentences = sentences_asked(body)
    if not 2 <= len(sentences) <= 3:
        return None
    question, story = sentences[-1], " ".join(sentences[:-1])
    if story != (listed := names_listed(story, question)):  # "Ana picked 386 kg, Tomas 412 kg …"
        story, body = listed, f"{listed} {question}"
    if lead := _PRICE_LEAD.match(question):  # "at £1.45 a litre whats the weekly fuel bill?"
        story, question = f"{story} {lead['told']}.", question[lead.end() :]
        body = f"{story} {question}"
    if " of them" in question and (of_them := _OF_THEM.search(question)):
        nouns = {m["unit"] for m in _QUANTITY.finditer(story) if m["unit"] and not m["money"]}
        if len(nouns) != 1:
            return None  # "12 of them" of two things counted
        question = f"{question[: of_them.end(1)]} {nouns.pop()}{question[of_them.end() :]}"
        body = " ".join([*sentences[:-1], question])
    if "ly " in question and (paid := _PERIOD_PAYMENTS.search(question)):
        question = f"{question[: paid.start()]}{paid['p']}s{question[paid.end() :]}"
        body = " ".join([*sentences[:-1], question])
    bare = _ONE_OF_THEM.match(question.strip())
    if bare and len(priced := list(_PRICED_COUNT.finditer(story))) == 1:
        # "12 identical notebooks cost £40.20 … What does one cost?": one notebook; "If 9
        # notebooks cost £31.05, what do 14 cost?": 14 notebooks
        noun, many = priced[0]["noun"], bare["n"]
        question = (
            f"How much would {many} {noun} cost?" if many else f"How much does each {noun} cost?"
        )
        body = " ".join([*sentences[:-1], question])
    if one := _ONE_THING.search(question):  # "How much does one roll cost?": each roll
        question = f"{question[: one.start()]}each {question[one.end() :]}"
        body = " ".join([*sentences[:-1], question])
    rounded = _ROUNDED_UP.search(question)  # "How many days should we quote, rounding up?"
    if rounded:
        question = question[: rounded.start()] + question[rounded.end() :]
        body = " ".join([*sentences[:-1], question])
    own = _IN_OWN_CURRENCY.search(question) if " in " in question else None
    if own and CURRENCY_SIGNS[own["c"].lower().rstrip("s")] in story:
        question = question[: own.start()] + question[own.end() :]  # "… takings in yen?"
    asked = asked_units(question)
    if asked is None and question.strip(" ?").lower() == "how much" and SIGNED.search(story):
        asked = Counter({"money": 1})  # a bare "How much?" (its "altogether" taken off) of prices
    if asked is None and (average := _AVERAGE_MONEY.match(question)):
        # "… the average per day?": money a day, or the one thing the story counts a day
        top = "money" if SIGNED.search(story) else _counted(story, one_unit(average["per"]))
        if average["unit"] and top != one_unit(average["unit"]):
            top = None  # ("… average per day, in miles?" of a story told in km)
        asked = Counter({top: 1, one_unit(average["per"]): -1}) if top else None
    if asked is None or _CHANGES.search(body):  # (the question first: it is the cheaper test)
        return None
    if asked["money"] and _AVERAGE.search(question) and asked["money"] == sum(asked.values()):
        return None  # "312 drinks at £5.75. What was the average price?" is no total
    if asked["money"] and (priced := priced_items(story, question, asked)):
        return priced  # "86 cupcakes at 1.50 and 42 brownies at 2.25"
    if other_verb(question, story) or other_stuff(question, story):
        return None
    found = quantities(body, asked)
    if found is not None and len(found) == 1 and not rounded:
        # one rate or amount of money in another period or measure: "£24 a month. How much is
        # that a year?" (a measure alone is the units tool's: "1.5 litres … how many ml?")
        if not (found[0][1]["money"] or any(power < 0 for power in found[0][1].values())):
            return None
        read = only_reading(found, asked)
        return read if read and read != found[0][0] else None
    if found is None or not 2 <= len(found) <= _MAX_NUMBERS:
        return None  # (2 ** n readings are tried: a story of many numbers is not one of these)
    if rounded:  # a count that must be whole, rounded up as asked
        read = only_reading(found, asked, whole=False)
        return f"ceil({read})" if read and "/" in read and not asked["money"] else None
    read = only_reading(found, asked) or unitary(found, asked, story, question)
    if read is None and (period := _FOR_THE_PERIOD.search(question)):
        # "£14.99 a month per site … 24 sites. What's the income for the year?": a year of it
        per_period = asked.copy()
        per_period[one_unit(period["p"])] -= 1
        read = only_reading(found, per_period)
    return read


_AVERAGE = re.compile(r"\b(?:average|mean|typical)\b", re.IGNORECASE)
# A period the question asks the total over: "for the year", "over the whole month"
_FOR_THE_PERIOD = re.compile(
    r"\b(?:for|over|across)\s+the\s+(?:whole\s+|full\s+)?(?P<p>year|month|week|day)\s*\??$",
    re.IGNORECASE,
)


def _counted(story: str, per: str) -> str | None:
    """The one unit other than `per` the story's numbers are said in ("1,284 lockages over 107
    days": lockage), or None."""
    units = {one_unit(m["unit"]) for m in _QUANTITY.finditer(story) if m["unit"]} - {per}
    return units.pop() if len(units) == 1 else None


_SIZED_THING = re.compile(
    r"\s+(?!(?:at|of|for|and|or|in|on|to|each|per|an?|the|from|by|with|is|are|was|were)\b)[a-z]{3,}\b",
    re.IGNORECASE,
)


def quantities(text: str, asked: Counter, *, signed: bool = False) -> list[Quantity] | None:
    """Every number of `text` with its units, or None when one cannot be read (or a digit is
    not part of a number read). `signed`: the story `text` is part of writes money with its
    sign."""
    found: list[Quantity] = []
    counts, eaches = [], []  # plain counts, and rates "each" (of one of those counts)
    subjects: dict[int, str] = {}  # an "each" said as a subject: of the count said before it
    sized: set[str] = set()  # measures said as a thing's size ("a 24 kg wheel")
    text = listed_alike(rates_said(text))  # "12.5, 8.75 and 15 hours": each in hours
    matches = list(_QUANTITY.finditer(text))
    signed = signed or any(m["money"] for m in matches)
    for k, m in enumerate(matches):
        unit = m["unit"] if m["unit"] and m["unit"].lower() not in NOT_UNITS else None
        if m["money"]:
            unit = "money"
        elif unit is None and _GETS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            unit = _bare_count(text)  # "Each ticket is £15 and we need 6": 6 tickets
            if unit is None:
                return None  # "… and we bought 6": 6 of something, never £6
        elif unit is None:
            if not asked["money"] or signed:
                # a bare number is read only as money ("14 per visit", "£1,377"), and only in
                # a story that never writes money with its sign ("£58.50 a head for 96 guests
                # and 140 in the evening": 140 guests)
                return None
            unit = "money"
        top, _, bottom = (_ALIASES.get(unit.lower()) or unit).partition("/")
        units = Counter(PRODUCTS.get(top.lower(), (one_unit(top),)))  # "412 kWh": kW × h
        if bottom:
            units[one_unit(bottom)] -= 1
        for per in (m["per"], m["per2"]):
            for name in PRODUCTS.get(per.lower(), (one_unit(per),)) if per else ():
                units[name] -= 1  # "25p per kWh": per kilowatt hour
        if m["per"] and units["time"] == 1:
            del units["time"]  # "feed 3 times a day": so many a day, of what each time gets
        if m["money"] and (slash := _SLASH_PER.match(text, m.end())):
            units[one_unit(slash[1])] -= 1  # "£6.40/kg": money per kilogram
        before = matches[k - 1] if k else None
        # "8 people each pay £2.50 a week", "6 boats each took 38.5 litres": per one of the
        # things counted just before
        group = (m["per"] or not m["rate"]) and _COUNT_EACH.search(
            text, max(0, m.start() - _EACH_REACH), m.start()
        )
        if group:
            units[one_unit(group["noun"])] -= 1
        if m["per"]:
            if _EACH_DOES.search(text, max(0, m.start() - _EACH_REACH), m.start()) and counts:
                subjects[len(found)] = counts[-1][1]  # "12 hens and each lays 5 eggs a week"
            elif each := _EACH_BEFORE.search(text, max(0, m.start() - _EACH_REACH), m.start()):
                units[_each_noun(each, text)] -= 1  # "Each machine knits 96 pairs a shift"
        elif m["rate"] and not (m["rate"].lower() == "each" and _EACH_PAYS.match(text, m.end())):
            eaches.append(len(found))
        elif group:
            pass
        elif _EACH_DOES.search(text, max(0, m.start() - _EACH_REACH), m.start()):
            eaches.append(len(found))  # "24 kids … and each needs 2 pencils": per kid
        elif each := _EACH_BEFORE.search(text, max(0, m.start() - _EACH_REACH), m.start()):
            units[_each_noun(each, text)] -= 1  # "each match gives 1,600 XP"
        elif (one := _ONE_PRICED.search(text, max(0, m.start() - _EACH_REACH), m.start())) and (
            _bare_count(text) == one_unit(one["noun"])
        ):
            units[one_unit(one["noun"])] -= 1  # "A ticket costs £15 and we need 6": per ticket
        elif (
            before is not None
            and (m["unit"] or m["money"])  # "12 monthly instalments of £34.99": each
            and before["unit"]
            and found[-1][1] == Counter({one_unit(before["unit"]): 1})
            and _OF.search(text, before.end(), m.start())
        ):
            units[one_unit(before["unit"])] -= 1  # "14 rows of 26 seats": 26 seats per row
        elif (
            units == Counter({"money": 1})  # (not "18 hours at £24/hr": per hour already)
            and before is not None
            and before["unit"]
            and found[-1][1] == Counter({one_unit(before["unit"]): 1})
            and _AT.fullmatch(text, before.end(), m.start())
        ):
            units[one_unit(before["unit"])] -= 1  # "312 drinks at £5.75": per drink
        elif not bottom:
            counts.append((len(found), one_unit(top)))
            if one_unit(top) in MEASURE_UNITS and _SIZED_THING.match(text, m.end()):
                sized.add(one_unit(top))  # "A 24 kg wheel": the size of a thing, no count
        found.append((m["n"].replace(",", ""), units))
    if stray_digit(text, matches):
        return None
    for i in eaches:  # "27.5 litres each": per one of the story's only count
        things = (
            {name for k, name in counts if k < i}
            # "7 dogs a day at £42 each": per dog (not per one of "5 days" asked later)
            or {name for _, units in found[:i] for name, power in units.items() if power == 1}
            - {"money"}
            or {name for _, name in counts}  # "at £4 each, and we sold 30": per one sold
        )
        if len(things) != 1 or things <= sized:
            # ("A 24 kg wheel sells at €31.20 each": per wheel, not per kilogram)
            return None
        found[i][1][things.pop()] -= 1
    for i, thing in subjects.items():
        found[i][1][thing] -= 1
    return added(found, [m.span() for m in matches], text, _ADDED)  # (None: one of them asked)


_EACH_OF_OURS = re.compile(
    r"(?:^|(?<=[.!?]\s))each\s+of\s+(?:our|the|my|their|his|her)\s+(?P<n>\d[\d,]*)\s+(?:[a-z]+\s+)?"
    r"(?P<noun>[a-z]+)\s+(?=[a-z]+s\s)",
    re.IGNORECASE,
)
# A price said before the question in its sentence: "at £1.45 a litre whats the weekly fuel bill?"
_PRICE_LEAD = re.compile(
    r"^(?P<told>(?:at|with)\s+[$€£¥₹]\s?\d[\d,.]*\s+(?:a|an|per)\s+[a-z]+),?\s+(?=(?:what|how)\b)",
    re.IGNORECASE,
)
_AT = re.compile(r"\s+at\s+[$€£¥₹]?\s?")
_SLASH_PER = re.compile(r"\s*/\s*([a-z]+)\b", re.IGNORECASE)
_GETS_BEFORE = re.compile(
    r"\b(?:need|needs|want|wants|buy|buys|bought|order|ordered|get|got|book|booked)\s+$",
    re.IGNORECASE,
)
_EACH_PRICED = re.compile(
    r"\b(?:each|every|one|a|an)\s+(?P<noun>[a-z]+)\s+(?:is|costs?)\s+[$€£¥₹]?\d", re.IGNORECASE
)
_BARE = re.compile(r"(?<![\w.,$€£¥₹])\d+(?![\w,]|\.\d)")
_ONE_PRICED = re.compile(
    r"\b(?:one|a|an)\s+(?P<noun>[a-z]+)\s+(?:is|costs?)\s+[$€£¥₹]?\s?$", re.IGNORECASE
)


def _bare_count(text: str) -> str | None:
    """The thing a bare number after "need", "buy", … counts, when the story prices one thing
    each ("Each ticket is £15 and we need 6"), else None."""
    nouns = {one_unit(m["noun"]) for m in _EACH_PRICED.finditer(text)}
    if len(nouns) != 1 or not any(
        _GETS_BEFORE.search(text, max(0, d.start() - 12), d.start()) for d in _BARE.finditer(text)
    ):
        return None
    return nouns.pop()


# A count said after "each": "each match gives 1,600 XP", "every pallet is stacked 6 layers"
_EACH_BEFORE = re.compile(
    # (not "£1.20 each and I bought 7": "each" ends a price there)
    r"\b(?:each|every)\s+(?!(?:and|or|but|then|so|for|to|in|on|at|of|the|an?)\b)(?P<noun>[a-z]+)\s+"
    r"(?:(?:in|at|on)\s+(?:the|our|my|their)\s+(?:[a-z]+\s+){1,2}?)?"  # "Each horse in our herd gives"
    r"(?:[a-z]+\s+){1,3}$",
    re.IGNORECASE,
)
_EACH_REACH = 40


def _each_noun(each: re.Match[str], text: str) -> str:
    """The thing "each" is said of: its first word, or the next when only that one is counted
    ("Each dialysis chair runs 3 sessions … 14 chairs": per chair)."""
    first = one_unit(each["noun"])
    second = each.string[each.end("noun") :].split(maxsplit=1)[0]
    counted = r"(?<![\w.,])(?!1\s)\d[\d,]*\s+{}s?\b"  # (more than one)
    if re.search(counted.format(re.escape(first)), text, re.IGNORECASE):
        return first
    if re.search(counted.format(re.escape(one_unit(second))), text, re.IGNORECASE):
        return one_unit(second)
    return first


# "each" alone as the subject, right before the number: "… and each needs 2 pencils"
_EACH_DOES = re.compile(
    r"(?:^|,\s+|\band\s+)each\s+(?:one\s+)?(?:needs?|gets?|has|takes?|uses?|eats?|wants?|brings?"
    r"|receives?|makes?|[a-z]{3,}s)\s+$",  # ("each one covers 212 km a day")
    re.IGNORECASE,
)
# "8 people each pay £", "6 boats each took 38.5 litres": "each" of the subject, not a price
_EACH_PAYS = re.compile(
    r"\s+(?:[a-z]+\s+){1,2}[$€£¥₹]"
    r"|\s+(?!(?:and|or|for|to|of|in|at|on|but|then|so|with|from|by)\b)[a-z]+\s+\d",
    re.IGNORECASE,
)
_COUNT_EACH = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+(?:(?!each\b)[a-z]+\s+(?=(?!(?:and|or|but|so)\b)[a-z]+\s+each\b))?(?P<noun>[a-z]+)"  # ("36 pet shops")
    r"(?:\s+(?:in|at|on)\s+(?:the|our|my|their)\s+[a-z]+)?"  # "6 wrestlers in the stable each use"
    r"\s+each\s+(?:[a-z]+\s+){1,2}$",
    re.IGNORECASE,
)
