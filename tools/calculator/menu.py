"""An order priced from a list given first: the prices, then what is bought, then the total.

"Adult tickets are £12 and child tickets are £7. How much for 2 adults and 3 children?"
  -> "(2 * 12) + (3 * 7)"
"Single lessons are £38, or a block of 10 costs £340. A pupil buys two blocks and three
singles. How much is that?" -> "(2 * 340) + (3 * 38)"

Each thing ordered must name exactly one priced thing by one of its words ("blocks" names
"a block of 10" and nothing else; "tickets" would name both kinds of ticket, and the reader
abstains). Every number of the story must be a price, a number inside a priced thing's name
("a block of 10"), or a count ordered; prices must be for one (no "a kg", no "3 for £5"),
and a story that changes a price (an offer, a discount, a condition) is left to the model.
`menu_order(body)` gives the expression or None. Pure string work.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tools.calculator.measures import one_unit
from tools.calculator.rates import CURRENCY_SIGNS, MAX_STORY, NUM, SENTENCES

_MONEY = rf"[$€£¥₹]\s?(?P<price>{NUM})"
_NAME = r"(?:(?:an?|one|the|our|my|each|every)\s+)?(?P<name>[a-z][a-z0-9 -]{0,60}?)"
# "Adult tickets are £12", "a block of 10 costs £340", "Coffee is £3 each", "… and a night
# ticket £18" (the verb said once)
_PRICE = re.compile(
    rf"^(?:or\s+|and\s+)?{_NAME}\s+(?:(?:is|are|was|were|costs?|cost|sells\s+for|sell\s+for|goes\s+for"
    r"|pay)\s+)?"
    rf"{_MONEY}(?:\s+(?:each|apiece|a\s+piece|per\s+(?:one|person|head)))?$",
    re.IGNORECASE,
)
# "Tickets are £12 for adults", "… and £7 for children": the price said first, then whose
_PRICE_FOR = re.compile(
    r"^(?:or\s+|and\s+)?(?:(?:an?\s+|the\s+)?[a-z][a-z -]{0,30}?\s+(?:is|are|was|were|costs?"
    r"|charges?)\s+)?"
    rf"{_MONEY}\s+(?:each\s+)?(?:for|per)\s+(?:an?\s+|one\s+|each\s+)?(?P<name>[a-z][a-z -]{{0,30}}?)$",
    re.IGNORECASE,
)
_MULTI_BUY = re.compile(r"(?:^|\s)(?:\d+\s+)?for$", re.IGNORECASE)
_CLAUSE = re.compile(r",?\s+(?:and|or|while|but)\s+|,\s+|;\s+", re.IGNORECASE)
# What is ordered: "2 adults and 3 children", "two blocks and three singles", "a cake"
_ITEM = re.compile(rf"^(?P<n>{NUM}|an?|one)\s+(?P<what>[a-z][a-z -]{{0,30}}?)$", re.IGNORECASE)
_ORDER_SAID = re.compile(
    r"^(?:(?:this|last|next|that)\s+[a-z]+,?\s+|so\s+"  # "This season I bought …"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december),?\s+"  # "In July we logged …"
    # "One busy Saturday I did …", "On Saturday we had …"
    r"|(?:on\s+)?(?:(?:one|1)\s+)?(?:[a-z]+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:i|we|you|he|she|they|(?:a|the|my|our|one|1)\s+[a-z]+(?:\s+[a-z]+)?|(?-i:[A-Z][a-z]+))\s+"
    r"|(?:i|we|you|they)(?:'ve|\s+have)\s+(?=got\b|sold\b)"
    r"|(?=(?:sold|did)\s+\d))"  # a note's "sold 27 day passes and 11 shoe hires"
    r"(?:buys?|bought|orders?|ordered|gets?|got|wants?|needs?|books?|booked|takes?|took|have|has|had"
    r"|did|logged|recorded|counted"  # services done: "I did 14 full sets and 9 trims"
    r"|sold|sells?|carried|carries"
    r"|(?:am|are|is|was|were|will\s+be)\s+(?:buying|ordering|getting|booking|taking|having))"
    r"\s+(?P<order>.+?)(?:\s+so\s+far)?"
    # when: "over the holiday weekend", "last night"
    r"(?:\s+(?:over|during)\s+the\s+(?:[a-z]+\s+)?(?:weekend|week|holiday|festival|fair|show|day)"
    r"|\s+(?:last|this)\s+(?:night|week|weekend|month|season|morning|afternoon|evening)"
    r"|\s+(?:yesterday|today|tonight)"
    # where or which month: "… on the round", "… in March", "… at the show"
    r"|\s+on\s+(?:the|my|our)\s+rounds?|\s+at\s+the\s+(?:show|fair|market|event|match)"
    r"|\s+(?:up|round|around|through|into|across|down)\s+the\s+[a-z]+"  # "… up the tower"
    r"|\s+in\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december))?\.?$"
    # "We're 2 adults and 3 kids.", "There are 4 adults."
    r"|^(?:we're|we\s+are|there\s+are|there'll\s+be|there\s+will\s+be"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+was)\s+(?P<party>.+?)\.?$"
    # "64 seniors and 27 juniors ran.", "On one hot Sunday 412 adults and 287 children came
    # through the gate."
    r"|^(?:on\s+(?:[a-z0-9]+\s+){0,3}[a-z]+,?\s+)?(?P<came>\d.+?)\s+(?:ran|raced|came(?:\s+through\s+the"
    r"\s+gate)?|came\s+in|entered|played|attended|visited|swam|skated|took\s+part|competed)\.?$",
    re.IGNORECASE,
)
_TOTAL_ASKED = re.compile(
    r"^(?:how\s+much(?=\s*[?.]?$)"
    r"|how\s+much\s+(?:is|will|would|does)\s+(?:that|it|this)(?:\s+(?:be|cost|come\s+to))?"
    r"|what(?:'s|\s+is|\s+will\s+be)\s+(?:the|my|our|his|her|their)\s+(?:gate\s+|grand\s+)?total(?:\s+cost"
    r"|(?:\s+[a-z]+)?\s+(?:income|takings))?"
    r"|(?:what|how\s+much)\s+(?:do|does|will|would|should)\s+(?:i|we|he|she|they|(?:the|my|our)"
    r"\s+[a-z]+)\s+(?:pay|spend|owe)"
    r"|(?:what|how\s+much)\s+did\s+(?:i|we|he|she|they|(?:the|my|our)\s+[a-z]+)\s+(?:pay|spend|take)"
    r"(?:\s+(?:altogether|in\s+total))?"
    r"|what\s+did\s+(?:that|the|this)\s+[a-z]+\s+take"  # "What did that crossing take?"
    # "How much do the subs bring in altogether?"
    r"|how\s+much\s+(?:do|does|did|will)\s+(?:the|our|my)\s+[a-z]+\s+bring\s+in(?:\s+altogether)?"
    # "What did landing fees bring in?"
    r"|what\s+did\s+(?:the\s+|our\s+|my\s+)?[a-z]+(?:\s+[a-z]+)?\s+bring\s+in(?:\s+altogether)?"
    r"|how\s+much\s+(?:[a-z]+\s+)?(?:money|revenue|income)\s+came\s+in"
    r"|what\s+does\s+(?:that|it)\s+come\s+to"
    # what was sold: "How much revenue is that?", "What have we taken?"
    r"|how\s+much\s+(?:revenue|income|money)\s+(?:is\s+that|does\s+that\s+bring\s+in)"
    r"|whats?(?:'s|\s+is)?\s+(?:the|our|my|that\s+in)\s+(?:revenue|takings|income)"
    r"|what\s+(?:were|are)\s+(?:the|our|my|their)\s+takings"
    # "Total gate takings?", "Takings?", "How many euros is that altogether?"
    r"|(?:total\s+)?(?:gate\s+)?takings|total|how\s+many\s+(?P<currency>pounds|euros|dollars)\s+is\s+that"
    r"(?:\s+(?:altogether|in\s+total))?)\s*[?.]?$",
    re.IGNORECASE,
)
_ORDER_ASKED = re.compile(
    r"^(?:how\s+much\s+(?:for|to\s+buy|would\s+it\s+be\s+for|is\s+it\s+for|are)"
    r"|(?:what|how\s+much)\s+(?:do|would|will|should)\s+(?:i|we)\s+pay\s+for"
    r"|what(?:'s|\s+is)\s+the\s+(?:total\s+)?(?:cost|price)\s+(?:of|for))\s+(?P<order>.+?)\s*[?.]?$",
    re.IGNORECASE,
)
# "What do 3 adults and 4 kids pay altogether?"
_ORDER_PAYS = re.compile(
    r"^what\s+(?:do|would|will)\s+(?P<order>\d.+?)\s+pay(?:\s+(?:altogether|in\s+total))?\s*[?.]?$",
    re.IGNORECASE,
)
# "How much does the pass save over buying ten singles?": the order's cost less the one price
_SAVE_ASKED = re.compile(
    r"^how\s+much\s+(?:does|would|will|do)\s+(?:the|a|an|my|our)\s+(?P<deal>[a-z][a-z -]{0,30}?)"
    r"\s+save\s+(?:me\s+|us\s+|you\s+|him\s+|her\s+|them\s+)?(?:over|compared\s+(?:with|to)|versus"
    r"|vs\.?)\s+(?:buying|paying\s+for|getting|booking)\s+(?P<order>.+?)\s*[?.]?$",
    re.IGNORECASE,
)
# A price that is not simply paid: an offer, a discount, a condition, a rate
_CHANGED = re.compile(
    r"\b(?:off|discount\w*|offer\w*|deal|free|save\w*|saving|if|unless|except|only|each\s+of"
    r"|for\s+(?:two|three|\d)|more|less|than|extra|plus|half|twice|double|instead|already"
    r"|deposit|refund\w*|tax|vat|tip|split|share|between|each\s+pay|left|change)\b|%"
    # a rate after a price: "£2 a kg", "£9 per hour" (not "£12 a head")
    r"|(?<=\d)\s+(?:an?|per)\s+(?!(?:one|person|head|piece|adult|child|kid|junior|senior|student"
    r"|concession|member|guest|dog|car|team|crew)s?\b)[a-z]+",
    re.IGNORECASE,
)
# A total asked after the order, in the same sentence: "Saturday we had 14 adults and 9
# children, what did we take altogether?"
_DASH = re.compile(r"\s+[-—–]\s+")
_ASKED_AFTER_COMMA = re.compile(r",\s+(?=(?:what|how)\s|total\s*\?)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=[a-z])'s\b", re.IGNORECASE)  # "children's £3.10"
_LABEL = re.compile(r"^[A-Za-z][A-Za-z' ]{0,40}:\s+(?=[$€£¥₹])")
# "How much for both?": one of each priced thing, so many of them
_EVERY_ONE = {"both": 2, "the 2": 2, "both of them": 2, "all 3": 3, "the 3": 3, "all 3 of them": 3}
# Who an order counts, said beside the priced kind ("64 adult members"): it names no price
_WHO = frozenset(("member", "person", "visitor", "customer", "guest", "player", "rider", "entrant"))
# What a place bought is called beside where it is ("9 circle seats" of "the circle is £24")
_SEATS = frozenset(("seat", "ticket", "place", "pitch", "space"))
_IRREGULAR = {
    "children": "child",
    "kids": "child",
    "kid": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
}


def menu_order(body: str, *, total: bool = False) -> str | None:
    """ "(2 * 12) + (3 * 7)" for a price list, an order from it and a question for its total.
    `total`: the question, a total, was a frame already taken off."""
    signs = {s for s in "$€£¥₹" if s in body}
    if len(body) > MAX_STORY or len(signs) != 1:  # (cheap test first; one currency)
        return None
    sentences = [s.rstrip(".!") for s in SENTENCES.split(body.strip())]
    if len(sentences) == 1:  # "mini valets are £25 and full valets £85 - we did 46 minis and …"
        sentences = _DASH.split(sentences[0])
    parts = _ASKED_AFTER_COMMA.split(sentences[-1]) if len(sentences) == 2 else []
    if len(parts) == 2 and _TOTAL_ASKED.match(parts[1].strip()):
        sentences[-1:] = parts
    last = sentences[-1].strip()  # ("… pay [altogether]?", "… what did they pay [altogether]?")
    if total and not (_ORDER_PAYS.match(last) or _TOTAL_ASKED.match(last)):
        sentences.append("What is the total")
    if not 2 <= len(sentences) <= 3:
        return None
    question, deal, order_told = sentences[-1].strip(), None, False
    asked = _ORDER_ASKED.match(question) or _ORDER_PAYS.match(question)
    if (asked := asked or _SAVE_ASKED.match(question)) and len(sentences) == 2:
        order, prices, deal = asked["order"], sentences[0], asked.groupdict().get("deal")
    elif (total_asked := _TOTAL_ASKED.match(question)) and len(sentences) == 3:
        currency = (total_asked["currency"] or "").lower().rstrip("s")
        if currency and CURRENCY_SIGNS[currency] not in signs:
            return None  # "How many euros is that?" of prices in pounds
        said = _ORDER_SAID.match(sentences[1].strip())
        if said is None:
            return None
        order, prices = said["order"] or said["party"] or said["came"], sentences[0]
        order_told = True
    else:
        return None
    if _CHANGED.search(prices) or _CHANGED.search(order):
        return None
    prices = _POSSESSIVE.sub(
        "", _LABEL.sub("", prices.strip(), count=1)
    )  # "Bowls club subs …: £95"
    menu = _menu(prices)
    if menu is not None and (every := _EVERY_ONE.get(order.strip().lower())):
        if len(menu) != every:
            return None  # "How much for both?" after three prices
        return " + ".join(price for _, price in menu)
    items = _order(order)
    if menu is None or items is None or len(items) < 2 and len(menu) < 2:
        return None
    if deal is not None:
        items.append(("-1", frozenset(_one(w) for w in deal.split())))
    terms, value = [], Fraction(0)
    # a word every price is said of ("Panto tickets are £9 for adults …"), which an order may
    # repeat ("84 adult and 131 child tickets")
    named_words = frozenset().union(*(words for words, _ in menu))
    asked_words = frozenset(_one(w) for w in re.findall(r"[a-z]+", question.lower()))
    if order_told and asked_words & (
        named_words - frozenset.intersection(*(words for words, _ in menu))
    ):
        return None  # "What did the adults pay?" of an order told asks one group's part
    said = frozenset(_one(w) for w in re.findall(r"[a-z]+", prices.lower())) - named_words
    for count, what in items:
        named = [
            price
            for words, price in menu
            if what <= words
            or what - said <= words
            or (what - said - _WHO) <= words < what
            or (what - _SEATS)
            and (what - _SEATS) <= words  # "9 circle seats" of "the circle"
        ]
        if len(named) != 1:
            return None  # unnamed, or naming two prices ("tickets" after adult and child tickets)
        terms.append(f"({count} * {named[0]})" if count != "-1" else f" - {named[0]}")
        value += Fraction(count) * Fraction(named[0])
    if deal is not None and value <= 0:
        return None  # the deal saves nothing: the model says so
    return " + ".join(t for t in terms if t[0] == "(") + "".join(t for t in terms if t[0] != "(")


def _menu(prices: str) -> list[tuple[frozenset[str], str]] | None:
    """[(the words naming a priced thing, its price)] when every clause is one price."""
    menu = []
    for clause in _CLAUSE.split(prices.strip()):
        m = _PRICE.match(clause.strip()) or _PRICE_FOR.match(clause.strip())
        if m is None or _MULTI_BUY.search(m["name"]):
            return None  # ("Apples are 3 for £1.20": a price for three, not for one)
        words = frozenset(_one(w) for w in re.findall(r"[a-z]+", m["name"].lower()))
        menu.append((words - {"of", "a", "an", "the"}, m["price"].replace(",", "")))
    return menu or None


def _order(order: str) -> list[tuple[str, frozenset[str]]] | None:
    """[(count, the words naming what is ordered)] for "2 adults and 3 children"."""
    items = []
    for part in re.split(r",?\s+and\s+|,\s+", order.strip()):
        m = _ITEM.match(part.strip())
        if m is None:
            return None
        count = m["n"].lower()
        count = "1" if count in ("a", "an", "one") else count.replace(",", "")
        # ("48 junior ones": the pronoun names nothing)
        words = frozenset(_one(w) for w in m["what"].split()) - {"one"}
        if not words:
            return None
        items.append((count, words))
    return items or None


def _one(word: str) -> str:
    """A thing's name in one spelling: "children" -> "child", "singles" -> "single"."""
    word = word.lower()
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]  # "passes", "brushes", "batches", "waxes"
    return _IRREGULAR.get(word) or one_unit(word)
