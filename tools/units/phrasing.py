"""Sentence frames of the units virtual expert: where the quantity and the target are in a request.

"convert 100 meters to feet", "how many ounces in 2 kg", "23.5 daN expressed in units of N is",
target first ("Expressed in units of centigrams, 4.2 grams is", "In meters, how much is 5
feet?"), "17 in - 7844 in = ____ inches", "If I take A from B how many T do I have?" and chains
("convert 5 km to m, then to cm"). `parse_units_request` tries each frame; the quantity and
the target go to `tools.units.grammar.build`, which must account for all of them.
"""

from __future__ import annotations

import re

from tools.units.areas import area_request, volume_request
from tools.units.combined import combined_request
from tools.units.compared import compared_request
from tools.units.described import quantity_in
from tools.units.devices import device_left_out
from tools.units.grammar import UnitsRequest, build
from tools.units.names import CURRENCY, dimensionality
from tools.units.products import product_request
from tools.units.scales import other_scale
from tools.units.spoken import number_words
from tools.units.tidy import normalise
from tools.units.told import WORKED, of_the_asked_kind, told_then_asked
from tools.words import has_digit

MAX_TEXT = 300
_POLITE = r"(?:(?:please|kindly)\s+(?:to\s+)?)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?)?"
_HOW = r"how\s+(?:much|far|long|heavy|big|fast|tall|high|deep|wide|hot|cold|warm)\s+(?:is|are)"
_LEAD = re.compile(
    _POLITE + rf"(?:(?:what\s+is|what's|whats|what\s+are|{_HOW}"
    r"|convertt?(?:\s+for\s+me)?|calculate|compute|express|change|turn|put|evaluate|find|give\s+me"
    r"|(?:what\s+is\s+)?the\s+value\s+of)\s+)?"
    # "A length of 12 inches equals how many millimeters?"
    r"(?:(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:length|distance|height|width|depth|mass|weight|volume"
    r"|area|speed|pace|pressure|temperature|duration|energy|power|force)"
    r"(?:\s+(?:limit|rating|setting|reading|target))?\s+of\s+)?",  # ("speed limit of 72 km/h")
    re.IGNORECASE,
)
# "grams in 2.5 oz?": the target, then the quantity, with "how many" left out.
_TARGET_IN = re.compile(
    r"^(?P<target>[A-Za-z][^\d,]{0,40}?)\s+in\s+(?P<expr>(?:an?\s|one\s|[-+]?\.?\d).*)$",
    re.IGNORECASE,
)
# Connectors between quantity and target. The trailing space is looked at, not taken, so that
# the next connector ("460 in to m": " in", then " to") is found too.
_CONN = re.compile(
    r"\s+(?:expressed\s+in\s+units\s+of|expressed\s+in|expressed\s+as|in\s+units\s+of"
    r"|in\s+terms\s+of|converted\s+(?:in)?to|(?:is\s+equal\s+to|equal\s+to|is|are|equals?)\s+how"
    r"\s+many|is\s+equal\s+to|(?:is\s+)?equivalent\s+to(?:\s+how\s+many)?"
    r"|corresponds\s+to(?:\s+how\s+many)?|is\s+what\s+in|equals|in|to|into|as)(?=\s)",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"^(?:how\s+many|(?:the\s+)?number\s+of)\s+(?P<rest>.+)$", re.IGNORECASE)
# learners' English: "How much kilometers is 15 miles?"
_HOW_MUCH_UNITS = re.compile(
    r"^how\s+much\s+(?P<target>[a-z]{2,}s)\s+(?:is|are|makes?|in)\s+(?P<expr>.+)$", re.IGNORECASE
)
# ("a 1.5 carat diamond", "a shift of 7.75 hours")
_ARTICLE_NUMBER = re.compile(
    r"(?:an?|the|my|our|this|that)\s+(?:\d|[a-z]+\s+of\s+\d)", re.IGNORECASE
)
# "How fast in mph is 125 km/h?", "What bar reading is 65 psi?": the unit asked inside the
# question's words
_HOW_IN = re.compile(
    r"^(?:how\s+(?:far|fast|long|heavy|big|tall|high|deep|wide|hot|cold|warm)\s+in"
    r"|what(?=\s+[a-z/ ]{1,30}?\s+(?:reading|figure|setting)\s))\s+(?P<target>[a-z][a-z/ ]{0,29}?)"
    r"(?:\s+(?:reading|figure|setting))?\s+(?:is|are)\s+(?P<expr>\d.*)$",
    re.IGNORECASE,
)
# "What does 180 pounds come to in kilograms?", "What do 3 feet equal in inches?"
_WHAT_DOES = re.compile(
    r"^what\s+(?:does|do|would|will)\s+(?P<expr>.+?)\s+(?:come\s+to|equal|make|amount\s+to"
    r"|convert\s+to|work\s+out\s+(?:to|at))\s+in\s+(?P<target>.+)$",
    re.IGNORECASE,
)
# "How many pounds does one of our 15 kg pellet bags weigh?": the weight of a thing described
_DOES_WEIGH = re.compile(
    # (not tons: which ton a lorry's weight is wanted in is the asker's to say)
    r"^how\s+many\s+(?P<t>(?!tons?\b)[a-z]+)\s+(?:does|do|will|would)\s+(?:an?|one\s+of\s+(?:our|the|my|their))"
    r"\s+(?P<thing>\d[\d,.]*\s?[a-z]+\s+[a-z]+(?:\s+[a-z]+)?)\s+weigh\s*\??$"
    r"|^how\s+many\s+(?P<t2>(?!tons?\b)[a-z]+)\s+(?:does|do|would)\s+(?P<q>\d[\d,.]*\s?[a-z]+)\s+weigh\s*\??$",
    re.IGNORECASE,
)
# "How many litres does 2 cubic feet hold?": a volume's capacity asked in another unit
_DOES_HOLD = re.compile(
    r"^how\s+many\s+(?P<t>litres|liters|millilitres|milliliters|cubic\s+[a-z]+)\s+(?:does|do|will"
    r"|would)\s+(?P<q>\d[\d,.]*\s?(?:cubic\s+[a-z]+|[a-z]+\s?(?:³|\^3|3)))\s+(?:hold|contain)\s*\??$"
    # "How many litres of water fill a tank of exactly 8 cubic feet?"
    r"|^how\s+many\s+(?P<t2>litres|liters|millilitres|milliliters)\s+(?:of\s+[a-z]+\s+)?"
    r"(?:(?:will|would|does|do)\s+)?fill\s+(?:an?\s+[a-z]+\s+of\s+(?:exactly\s+)?)?"
    r"(?P<q2>\d[\d,.]*\s?(?:cubic\s+[a-z]+|[a-z]+\s?(?:³|\^3|3)))\s*\??$",
    re.IGNORECASE,
)
_HOW_MANY_CONN = re.compile(
    # ("How many metres long is an 8-foot organ pipe?": how it is measured, then the thing)
    r"(?:\s+(?:long|wide|tall|high|deep|across))?"
    r"\s+(?:are\s+there\s+in|is\s+there\s+in|are\s+in|is\s+in|in|make\s+up|make|equals?|is|are"
    r"|fit\s+in(?:to)?|go\s+into)"
    r"(?=\s)",
    re.IGNORECASE,
)
_EQ = re.compile(
    r"^(?P<expr>.+?)\s*=\s*(?:_+|\?+|how\s+many)?\s*(?P<target>[^=_?]+)$", re.IGNORECASE
)
_ADD_TAKE = [
    re.compile(
        r"^if\s+i\s+(?P<op>add|take|subtract|remove)\s+(?P<a>.+?)\s+(?P<prep>to|from)\s+"
        r"(?P<b>.+?),?\s+how\s+many\s+(?P<target>.+?)\s+(?:do|will|would)\s+i\s+have$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^how\s+many\s+(?P<target>.+?)\s+(?:do|will|would)\s+i\s+have,?\s+if\s+i\s+"
        r"(?P<op>add|take|subtract|remove)\s+(?P<a>.+?)\s+(?P<prep>to|from)\s+(?P<b>.+)$",
        re.IGNORECASE,
    ),
]
# Target first: "Expressed in units of cg, 4.2 g is", "In meters, how much is 5 feet".
_TARGET_FIRST = re.compile(
    r"^(?:(?:expressed|converted|given|written|measured)\s+)?(?:in|into|to)\s+"
    r"(?:units\s+of\s+|terms\s+of\s+)?(?P<target>[^,]{1,60}),\s*"
    rf"(?:{_HOW}|what\s+is|what's|what\s+are)?\s*(?P<expr>.+?)"
    r"(?:\s+(?:is|are|equals?|is\s+equal\s+to|equal\s+to|would\s+be|will\s+be|makes?|gives?"
    r"|comes\s+to))?$",
    re.IGNORECASE,
)


# A stated quantity, then a question about it: "a marathon is 26.2 miles, how many km is
# that?", "I ran 10 km; what's that in miles". The quantity is read from the clause's end.
_STATED = re.compile(
    # (or no mark at all, as typed on a phone: "parkrun is 5 km how many miles is that")
    r"^(?P<clause>(?:[^,;:!]|,(?=\d{3}\b)){1,120}?)(?:[,;:]|[.!]+(?=\s)|\s+[—–-](?=\s)"
    r"|(?<=[a-z])(?=\s+(?:how\s+many|what(?:'s|\s+is)\s+(?:that|this|it)\s+in)\s))\s*"
    r"(?:so\s+|and\s+)?"
    # "how many metres of yarn is that": what is measured may follow the unit
    # "How many pounds does it weigh?"
    r"(?:how\s+many\s+(?P<t14>[a-z]+)\s+(?:does|do|did|would|will)\s+(?:it|that|this|they|those"
    r"|these)\s+weigh"
    r"|how\s+many\s+(?P<t1>.+?)(?:\s+of\s+(?P<of>[a-z]+))?(?:\s+(?:is|are|was|were|would\s+be)\s+"
    r"(?:that|this|it|those|these)|\s+(?:that|this|it)\s+(?:is|was)|\s+(?:do|should|must|will)\s+(?:i|we)\s+(?:buy|need|get|order"
    r"|weigh(?:\s+out)?|measure(?:\s+out)?|pour(?:\s+out)?|cut"
    # "How many pounds do I write on the customs form?"
    r"|(?:write|put|enter|declare)(?:\s+on\s+(?:the|my|our)\s+[a-z]+(?:\s+form)?)?))?"
    # "treadmill is at 6.5 mph, convert to km/h"
    r"|convert(?:\s+(?:it|that|this))?\s+(?:in)?to\s+(?P<t7>.+?)"
    r"|in\s+(?P<t8>[^.?!]{1,30}?)"
    # "My fridge show 4 degree celsius, how much it is in fahrenheit?" (learners' English)
    r"|how\s+much\s+(?:it|that|this)\s+is\s+in\s+(?P<t9>.+?)"
    r"|what(?:'s|\s+is|\s+are)\s+(?:that|this|it|those|these)(?:\s+(?:limit|figure|size|length|weight"
    r"|distance|amount|reading|speed|spacing|gap|height|width|depth))?\s+in\s+(?P<t2>.+?)"
    r"|what\s+(?P<t11>[a-z/ ]{1,20}?)\s+(?:reading|figure|setting)\s+is\s+(?:that|this|it)"  # (bar)
    # "What height is that in centimetres?"
    r"|what\s+(?:height|length|size|weight|distance|speed|width|depth)\s+is\s+(?:that|this|it)\s+in"
    r"\s+(?P<t13>.+?)"
    r"|give\s+(?:it|that|this)\s+in\s+(?P<t10>.+?)"
    # "Her recipe says 180 °C. What should she set in Fahrenheit?"
    r"|what\s+(?:should|do|does|must)\s+(?:i|we|you|she|he|they)\s+set(?:\s+(?:it|the\s+[a-z]+))?"
    r"(?:\s+to)?\s+in\s+(?P<t12>.+?)"  # ("Prop diameter is 13 inches. Give it in cm.")
    r"|(?:that|this|it)\s+is\s+how\s+many\s+(?P<t3>.+?)"
    # "Ran 21.1 km this morning. How far is that in miles?"
    r"|how\s+(?:far|tall|fast|long|heavy|big|large|much|high|deep|wide|hot|cold|warm)\s+is\s+"
    r"(?:that|this|it)\s+in\s+(?P<t4>.+?))$",
    re.IGNORECASE,
)
# "The train hit 320 km/h. In metres per second?", "Forecast says -12 °F tonight. Celsius?": a
# sentence of its own that is only the unit asked for.
_STATED_BARE = re.compile(
    r"^(?P<clause>(?:[^.?!]|\.(?=\d)){1,80}?)\.\s+(?:in\s+(?P<t5>[^.?!]{1,30}?)"
    r"|(?:what\s+|how\s+many\s+)?(?P<t6>[A-Za-z°][A-Za-z° /^²³-]{0,29}))$",  # ("What psi?")
    re.IGNORECASE,
)

# "Kilograms please: 220 lb"
_TARGET_COLON = re.compile(
    r"^(?:in\s+)?(?P<target>[A-Za-z][A-Za-z /^²³-]{0,30}?)(?:,?\s+please)?\s*:\s*(?P<expr>.+)$"
    # "Kilograms, please, for a 14 lb turkey."
    r"|^(?P<target2>[A-Za-z][A-Za-z /^²³-]{0,30}?),\s+please,\s+for\s+(?:an?\s+)?(?P<expr2>\d.+)$",
    re.IGNORECASE,
)


def _stated(body: str) -> UnitsRequest | None:
    m = _STATED.match(body) or _STATED_BARE.match(body)
    if not m:
        return None
    measured = m.groupdict().get("of")
    if measured and measured.lower()[:4] not in m["clause"].lower():
        return None  # "My can holds 12 litres — how many ml of feed?": something else
    targets = (g for name, g in m.groupdict().items() if g and name not in ("clause", "of"))
    return quantity_in(m.group("clause"), next(targets))


_PLAIN_WORD = re.compile(r"[a-z][a-z'-]*[,.]?")
_QUALIFIERS = frozenset(
    (
        *("us", "uk", "imperial", "metric", "nautical", "statute", "survey", "international"),
        *("troy", "avoirdupois", "fluid", "dry", "liquid", "square", "cubic"),
    )
)


_NOTE_LABEL = re.compile(r"^(?P<label>[a-z]+(?:\s+[a-z]+){0,2})\s+(?P<q>\d[\d,.]*\s*[a-z].{0,30})$")
_NOT_A_LABEL = frozenset(
    (*_QUALIFIERS, *("about", "approx", "approximately", "roughly", "around", "nearly", "almost"))
)


def _plain_label(label: str) -> bool:
    """Whether the words before a note's quantity only name it ("shelf depth"), not qualify it
    ("US", "roughly") or ask something ("what is", "convert")."""
    words = label.split()
    return not any(w in _NOT_A_LABEL or w in _NOT_LABEL_WORDS for w in words)


_NOT_LABEL_WORDS = frozenset(
    (
        *("what", "whats", "how", "is", "are", "convert", "change", "turn", "put", "express"),
        # a label names a thing: with these it says what to do with the quantity
        *("the", "a", "an", "of", "from", "plus", "minus", "times", "and", "or", "more", "less"),
        *("than", "per", "each", "over", "under", "by", "with", "without", "for", "add", "take"),
    )
)


# "A 350 cubic inch V8 is how many litres?", "A ship doing 18 knots is going how many mph?":
# a thing described by one quantity, then how many of another unit it comes to.
_THING_HOW_MANY = re.compile(
    r"^(?P<thing>(?:an?|the|my|our|this|that)\s+[^?]{1,60}?)\s+(?:is(?:\s+going)?|are|has|have"
    r"|moves|weighs|measures|holds|does)\s+how\s+(?:many|(?:long|far|heavy|tall|wide|high|deep)"
    r"\s+in)\s+(?P<target>.+)$",  # "A 21 ft scaffold tube is how long in metres?"
    re.IGNORECASE,
)


# Someone asking it of a described thing: "Customer from the States wants to know how long a 3
# metre worktop is in feet.", "kid wants to know what a 14 lb ball weighs in kg"
_WANTS_TO_KNOW = re.compile(
    r"^[a-z' ]{0,60}?\b(?:wants?\s+to\s+know|asked|asks|wonders?|wondered)(?:\s+(?:me|us))?\s+"
    r"(?:how\s+(?:long|tall|heavy|far|wide|big|deep|high)|what)\s+"
    r"(?P<thing>(?:an?|the|our|my|his|her|their)\s+(?:[^.?!,]|(?<=\d)[.,](?=\d)){1,60}?)"
    r"\s+(?:is|weighs|measures)\s+in\s+"
    r"(?P<target>[^\d.?!,]{1,30}?)$",
    re.IGNORECASE,
)
# A described thing wanted in another unit: "client wants the 7 metre exclusion zone in feet"
_WANTS_THING = re.compile(
    r"^[a-z' ]{0,40}?\b(?:wants?|needs?)\s+(?P<thing>(?:the|a|an|our|my|their)\s+(?:[^.?!,]|(?<=\d)[.,]"
    r"(?=\d)){1,40}?)\s+in\s+(?P<target>[^\d.?!,]{1,30}?)$",
    re.IGNORECASE,
)
# The unit wanted first, then the quantity: "airline wants the trumpet case weight in kg, it's
# 28 lb", "my passport form wants cm, I'm 5 ft 9 in"
_WANTS_THEN_TOLD = re.compile(
    r"^[a-z' ]{0,40}?\b(?:wants?|needs?|asks\s+for)\s+(?:(?:the|its|my|our|his|her)\s+[a-z ]{1,30}?"
    r"\s+in\s+)?(?P<target>[a-z°/² ]{1,20}?),\s+(?:it's|it\s+is|i'm|im|i\s+am|she's|he's|she\s+is"
    r"|he\s+is|that's|they're)\s+(?P<q>\d[^?!]{0,30}?)[.!]?$",
    re.IGNORECASE,
)
# A thing sized by a quantity, asked in another unit: "A 13.1-mile half marathon is how many
# km?", "square feet in a 20 m² room", "Centimetres please: how long is a 31-inch deck?"
_THING_IS_HOW_MANY = re.compile(
    r"^(?P<thing>(?:an?|the|our|my)\s+\d[^?]{0,40}?)\s+is\s+how\s+many\s+(?P<target>[a-z][^?\d]{0,30}?)$",
    re.IGNORECASE,
)
_UNIT_IN_THING = re.compile(
    # ("Metres of cable for an 85-foot run?": what is measured, then the thing it is for)
    r"^(?:how\s+many\s+)?(?P<target>[a-z][a-z ²³]{1,25}?)(?:\s+(?:are\s+there\s+)?in|\s+of\s+[a-z]+\s+for)"
    r"\s+(?P<thing>(?:an?|the"
    r"|our|my)\s+\d[^?]{0,40}?)$",
    re.IGNORECASE,
)
_HOW_SIZED = re.compile(
    r"^how\s+(?:long|wide|tall|high|deep|far|big|heavy)\s+(?:is|are)\s+(?P<thing>(?:an?|the|our|my)\s+"
    r"\d[^?]{0,40}?)$",
    re.IGNORECASE,
)
# Someone's question about a quantity, reported: "Customer asks what 1,250 kWh comes to in
# megajoules." -> "what 1,250 kWh is in megajoules"
_REPORTED = re.compile(
    r"^[a-z' ]{0,60}?\b(?:wants?\s+to\s+know|asked|asks|is\s+asking|keeps\s+asking|wonders?"
    r"|wondered)(?:\s+(?:me|us))?\s+what\s+(?P<q>[-+]?\d[^.?!]{0,60}?)\s+(?:is|comes\s+to"
    r"|works\s+out\s+(?:at|to))\s+in\s+(?P<target>[^\d.?!,—–]{1,30}?)"
    r"(?:\s+[—–-]\s+[^\d]{0,80})?$",  # ("… in Fahrenheit — that's what we run the digester at")
    re.IGNORECASE,
)


# "… is how many metres long?": the measure said again after the unit asked
_MEASURE_AFTER = re.compile(
    r"(?P<asked>\bhow\s+many\s+[a-z]+)\s+(?:long|wide|tall|high|deep|thick|across)(?=\s*[?.!]*$)",
    re.IGNORECASE,
)


def _splits(body: str, conn: re.Pattern[str]):
    for m in conn.finditer(body):
        yield body[: m.start()], body[m.end() :].strip()


def _add_or_take(body: str) -> UnitsRequest | None | bool:
    for pattern in _ADD_TAKE:
        m = pattern.match(body)
        if m:
            op, prep = m.group("op").lower(), m.group("prep").lower()
            if (op == "add") != (prep == "to"):
                return None
            minus = "-" if op != "add" else "+"
            return build(f"{m.group('b')} {minus} {m.group('a')}", m.group("target"))
    return False


# ("at the clinic one twin was 3 st 9 lb and the other …": set 175)
_ONE_THING = re.compile(
    r"(?:^|(?<=\s))one\s+(?=[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:of\s+[a-z' ]{1,30}?\s+)?(?:is|was"
    r"|measures|weighed|weighs)\s+\d)",
    re.IGNORECASE,
)


# "one" for a thing said before it: "the pub's home-made one measures 52 cm" (set 176)
_ONE_SAID = re.compile(r"(?<=[a-z]\s)one\s+(?=(?:measures|weighs|weighed|is|was)\s+\d)")


def parse_units_request(text: str) -> UnitsRequest | None:
    """The whole message as one units request, or None when it is anything else."""
    if len(text) > MAX_TEXT:
        return None
    text = _ONE_THING.sub("a ", text)  # "One lap of our track is 250 metres."
    text = number_words(_ONE_SAID.sub("it ", text))
    if " weigh" in text and (weighs := _DOES_WEIGH.match(text)):
        text = (  # "… does a 15 kg bag weigh?", "How many ounces does 250 g weigh?"
            f"How many {weighs['t']} is a {weighs['thing']}?"
            if weighs["thing"]
            else f"How many {weighs['t2']} is {weighs['q']}?"
        )
    elif (" hold" in text or " contain" in text or " fill" in text) and (
        held := _DOES_HOLD.match(text)
    ):
        text = (
            f"How many {held['t'] or held['t2']} is {held['q'] or held['q2']}?"  # "… 2 ft³ hold?"
        )
    if not re.search(r"\d|\b(?:an?|one)\b", text, re.IGNORECASE):
        return None
    if CURRENCY.search(text):
        return None  # no live rates: currency conversion is not ours
    body = _MEASURE_AFTER.sub(r"\g<asked>", normalise(text))  # "… how many metres long?"
    found = _add_or_take(body)
    if found is not False:
        return found  # type: ignore[return-value]
    m = _HOW_MANY.match(body)
    if m:
        for target, expr in _splits(m.group("rest"), _HOW_MANY_CONN):
            req = build(expr, target)
            if req:
                return req
            # "How many grams is a 1.5 carat diamond?": the quantity inside a described thing
            if _ARTICLE_NUMBER.match(expr) and (req := quantity_in(expr, target)):
                return req
        return None
    m = _EQ.match(body)
    if (
        m
        and not (req := build(m.group("expr"), m.group("target")))
        and _ARTICLE_NUMBER.match(f"a {m['expr']}")
    ):  # "2.5 kg bag of flour = how many ounces" (set 182): the quantity in a described thing
        req = quantity_in(m["expr"], m["target"])
        req = req if req and of_the_asked_kind(req) else None
    if m and (req or not _LAST_ASKED.search(body)):
        return req  # (a story before "28 in = ? cm" is read below: set 181)
    m = _HOW_MUCH_UNITS.match(body)
    if m and (req := build(m.group("expr"), m.group("target"))):
        return req
    m = _WHAT_DOES.match(body) or _HOW_IN.match(body)
    if m:
        return build(m.group("expr"), m.group("target"))
    if req := _stated(body):
        return req
    m = _THING_HOW_MANY.match(body) or _WANTS_TO_KNOW.match(body)
    if m and (req := quantity_in(m.group("thing"), m.group("target"))):
        return req
    if (m := _REPORTED.match(body)) and (req := build(m["q"], m["target"])):
        return req
    m = _WANTS_THEN_TOLD.match(body)
    if m and (req := build(m["q"], m["target"])):
        return req if of_the_asked_kind(req) else None
    m = _WANTS_THING.match(body)  # "client wants the 7 metre exclusion zone in feet"
    if m and (req := quantity_in(m["thing"], m["target"])):
        return req if of_the_asked_kind(req) else None
    m = _TARGET_COLON.match(body)
    if m and m["target2"] and (req := quantity_in(m["expr2"], m["target2"])):
        return req if of_the_asked_kind(req) else None  # ("… please, for a 14 lb turkey")
    if m and m["expr"] and (sized := _HOW_SIZED.match(m["expr"])):
        req = quantity_in(sized["thing"], m["target"])  # "Feet: how wide is a 4 m roll …?"
        return req if req and of_the_asked_kind(req) else None
    thing = _THING_IS_HOW_MANY.match(body) or _UNIT_IN_THING.match(body)
    if thing and (req := quantity_in(thing["thing"], thing["target"])):
        return req if of_the_asked_kind(req) else None
    if m and m["expr"] and (req := build(m.group("expr"), m.group("target"))):
        return req
    if m and m["expr"] and (req := quantity_in(m["expr"], m["target"])):
        return req if of_the_asked_kind(req) else None  # "Feet, please: our fencing is 2.4 m tall"
    m = _TARGET_FIRST.match(body)
    if m and (req := build(m.group("expr"), m.group("target"))):
        return req
    lead = _LEAD.match(body)
    rest = body[lead.end() :] if lead else body
    for expr, target in _splits(rest, _CONN):
        req = build(expr, target)
        if req:
            return req
        # a note's label before its quantity: "shelf depth 11.75 in -> cm?"
        named = _NOTE_LABEL.match(expr)
        if named and _plain_label(named["label"]) and (req := build(named["q"], target)):
            return req if of_the_asked_kind(req) else None
        # "What is a 5 kg turkey in pounds?", "5/8 inch seam allowance in mm?": the quantity
        # inside a described thing
        described = (lead and _ARTICLE_NUMBER.match(expr)) or (
            # (with no lead, only plain words after it: "3 miles (US)", "5 miles nautical" say
            # which unit it is)
            expr[:1].isdigit()
            and all(
                _PLAIN_WORD.fullmatch(w) and w.lower() not in _QUALIFIERS for w in expr.split()[2:]
            )
        )
        if described and (req := quantity_in(expr, target)):
            return req if of_the_asked_kind(req) else None
    if lead and lead.group(0):
        req = build(rest, None)
        if req and len(req.terms) > 1:  # "what is 5 min - 1 min": result in the first unit
            return req
    m = _TARGET_IN.match(body)
    req = build(m.group("expr"), m.group("target")) if m else None
    # Terse enough to be something else ("calories in 100 g"): only a same-kind conversion.
    if req and dimensionality(req.terms[0].unit) == dimensionality(req.target):
        return req
    return (
        told_then_asked(body)
        or area_request(body)
        or combined_request(body)
        or compared_request(body)
        or product_request(body)
        or volume_request(body)
        or other_scale(body)
        or _restated(body)
        or device_left_out(body, parse_units_request)
    )


# The last question of a story, asked again whole: "We pumped about 1,200 cubic feet of water
# out of the cellar - how many litres is 1,200 cubic feet?"
_LAST_ASKED = re.compile(
    r"(?:[.!?;]|\s[—–-])\s+(?=(?:so\s+)?(?:how|what|what's|whats|convert)\b[^.!?;—–]*\??$"
    r"|\d[\d.,]*\s*[a-z°]+\s+(?:in|to|into)\s+[a-z°][^.!?;—–]*\??$"  # (". 9 m in feet")
    r"|\d[\d.,]*\s*[a-z°]+\s+(?:is|are)\s+how\s+many\s[^.!?;—–]*\??$"  # (". 280 mm is how many inches")
    r"|\d[\d.,]*\s*[a-z°]+\s*=\s*(?:\?+|_+)?\s*[a-z°][a-z°/ ]*\??$)",  # (". 28 in = ? cm": set 181)
    re.IGNORECASE,
)


def _restated(body: str) -> UnitsRequest | None:
    """The request the story's last question makes on its own, when it converts a quantity the
    story told in the same words and nothing in the story works on it."""
    cut = [m.end() for m in _LAST_ASKED.finditer(body)]
    if not cut:
        return None
    story, asked = body[: cut[-1]], body[cut[-1] :]
    if not has_digit(asked):
        return None  # (no quantity asked again: most prose with a question ends here)
    req = parse_units_request(asked)
    if req is None or len(req.terms) != 1 or WORKED.search(story):
        return None
    told = re.escape(req.terms[0].magnitude)
    return req if re.search(rf"(?<![\d.]){told}(?![\d.]\d)", story.replace(",", "")) else None
