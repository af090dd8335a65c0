"""Sentence frames of the units virtual expert: where the quantity and the target are in a request.

"convert 100 meters to feet", "how many ounces in 2 kg", "23.5 daN expressed in units of N is",
target first ("Expressed in units of centigrams, 4.2 grams is", "In meters, how much is 5
feet?"), "17 in - 7844 in = ____ inches", "If I take A from B how many T do I have?" and chains
("convert 5 km to m, then to cm"). `parse_units_request` tries each frame; the quantity and
the target go to `tools.units.grammar.build`, which must account for all of them.
"""

from __future__ import annotations

import re

from tools.units.areas import area_request
from tools.units.described import NAMED_NUMBER, YEAR, quantity_in, unless_unit
from tools.units.grammar import UnitsRequest, build, convertible, parse_targets
from tools.units.names import CURRENCY, dimensionality
from tools.units.spoken import number_words
from tools.units.tidy import normalise
from tools.words import has_digit

MAX_TEXT = 300
_POLITE = r"(?:(?:please|kindly)\s+(?:to\s+)?)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?)?"
_HOW = r"how\s+(?:much|far|long|heavy|big|fast|tall|high|deep|wide|hot|cold|warm)\s+(?:is|are)"
_LEAD = re.compile(
    _POLITE + rf"(?:(?:what\s+is|what's|whats|what\s+are|{_HOW}"
    r"|convertt?(?:\s+for\s+me)?|calculate|compute|express|change|turn|evaluate|find|give\s+me"
    r"|(?:what\s+is\s+)?the\s+value\s+of)\s+)?"
    # "A length of 12 inches equals how many millimeters?"
    r"(?:(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:length|distance|height|width|depth|mass|weight|volume"
    r"|area|speed|pace|pressure|temperature|duration|energy|power|force)\s+of\s+)?",
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
_HOW_MANY = re.compile(r"^how\s+many\s+(?P<rest>.+)$", re.IGNORECASE)
# learners' English: "How much kilometers is 15 miles?"
_HOW_MUCH_UNITS = re.compile(
    r"^how\s+much\s+(?P<target>[a-z]{2,}s)\s+(?:is|are|makes?|in)\s+(?P<expr>.+)$", re.IGNORECASE
)
# ("a 1.5 carat diamond", "a shift of 7.75 hours")
_ARTICLE_NUMBER = re.compile(
    r"(?:an?|the|my|our|this|that)\s+(?:\d|[a-z]+\s+of\s+\d)", re.IGNORECASE
)
# "What does 180 pounds come to in kilograms?", "What do 3 feet equal in inches?"
_WHAT_DOES = re.compile(
    r"^what\s+(?:does|do|would|will)\s+(?P<expr>.+?)\s+(?:come\s+to|equal|make|amount\s+to"
    r"|convert\s+to|work\s+out\s+(?:to|at))\s+in\s+(?P<target>.+)$",
    re.IGNORECASE,
)
_HOW_MANY_CONN = re.compile(
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
    r"(?:how\s+many\s+(?P<t1>.+?)(?:\s+of\s+(?P<of>[a-z]+))?(?:\s+(?:is|are|was|were|would\s+be)\s+"
    r"(?:that|this|it|those|these)|\s+(?:that|this|it)\s+(?:is|was)|\s+(?:do|should|must|will)\s+(?:i|we)\s+(?:buy|need|get|order"
    # "How many pounds do I write on the customs form?"
    r"|(?:write|put|enter|declare)(?:\s+on\s+(?:the|my|our)\s+[a-z]+(?:\s+form)?)?))?"
    # "treadmill is at 6.5 mph, convert to km/h"
    r"|convert(?:\s+(?:it|that|this))?\s+(?:in)?to\s+(?P<t7>.+?)"
    r"|in\s+(?P<t8>[^.?!]{1,30}?)"
    # "My fridge show 4 degree celsius, how much it is in fahrenheit?" (learners' English)
    r"|how\s+much\s+(?:it|that|this)\s+is\s+in\s+(?P<t9>.+?)"
    r"|what(?:'s|\s+is|\s+are)\s+(?:that|this|it|those|these)\s+in\s+(?P<t2>.+?)"
    r"|(?:that|this|it)\s+is\s+how\s+many\s+(?P<t3>.+?)"
    # "Ran 21.1 km this morning. How far is that in miles?"
    r"|how\s+(?:far|tall|fast|long|heavy|big|large|much|high|deep|wide|hot|cold|warm)\s+is\s+"
    r"(?:that|this|it)\s+in\s+(?P<t4>.+?))$",
    re.IGNORECASE,
)
# "The train hit 320 km/h. In metres per second?", "Forecast says -12 °F tonight. Celsius?": a
# sentence of its own that is only the unit asked for.
_STATED_BARE = re.compile(
    r"^(?P<clause>[^.?!]{1,80}?)\.\s+(?:in\s+(?P<t5>[^.?!]{1,30}?)"
    r"|(?P<t6>[A-Za-z°][A-Za-z° /^²³-]{0,29}))$",
    re.IGNORECASE,
)

# "Kilograms please: 220 lb"
_TARGET_COLON = re.compile(
    r"^(?:in\s+)?(?P<target>[A-Za-z][A-Za-z /^²³-]{0,30}?)(?:,?\s+please)?\s*:\s*(?P<expr>.+)$",
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


# A told quantity, then a last segment asking for it in another unit, in words no frame above
# lists: "The import's odometer shows 63,400 miles; how many kilometres has it done?",
# "The gas is at 2.5 atm. Express that in kPa.", "My boxer weighed in at 147 lb; in kg that's?"
_ASKED_SEGMENT = re.compile(
    r"(?:[.;:!?]|\s[—–-])\s+|,\s+(?=(?:so\s+)?(?:in|how|what|whats|what's)\s)"
)
# "… is 600 mm in inches" (a unit's words only: "in her garden (m…" is none)
_RUN_ON_IN = re.compile(r"\s+(?=in\s+[A-Za-z°][A-Za-z°/ ]{0,24}$)")
_MEASURED = r"(?:\s+(?:long|wide|tall|high|deep|thick|heavy|far))?"
_ASKED_FOR = (
    re.compile(
        # ("… 64 inches long. that's how many cm?")
        # ("Roughly how many square feet?": the exact figure answers it too)
        rf"^(?:so\s+)?(?:(?:that's|thats|that\s+is)\s+)?(?:(?:roughly|about|approximately)\s+)?"
        rf"how\s+many\s+(?P<t>[^\d]{{1,30}}?){_MEASURED}"
        r"(?:\s+(?:is|are|was|were)\s+"
        r"(?:that|this|it|those|he|she|they)"
        r"|\s+(?:has|have|had|did)\s+(?:it|he|she|they|i|we)\s+(?:done|travelled|traveled|driven"
        r"|covered|gone|run|walked|flown)"
        # "How many miles will the kids do?"
        r"|\s+will\s+(?:it|he|she|they|i|we|you|the\s+[a-z]+)\s+(?:do|cover|walk|ride|run|cycle|swim"
        r"|drive|travel)"
        # "How many grams should I weigh out?", "How many kg do I key into our system?"
        r"|\s+(?:should|do|must|shall)\s+(?:i|we)\s+(?:weigh(?:\s+out)?|measure\s+out|pour|cut|key|enter"
        r"|type|write|put)(?:\s+(?:in|into|on)\s+(?:the|our|my)\s+[a-z]+)?"
        # "How many metres do I get from one hank?"
        r"|\s+(?:do|will|would)\s+(?:i|we|you)\s+get(?:\s+(?:from|out\s+of)\s+(?:one|1|a|each|the)\s+[a-z]+)?"
        # "How many kilograms is one sack?"
        r"|\s+(?:is|are)\s+(?:one|1|a|each)\s+[a-z]+"
        # "How many minutes do I have to edit?" (the whole told quantity, not a part of it)
        r"|\s+(?:do|will)\s+(?:i|we|you|they)\s+have\s+to\s+(?:edit|watch|listen\s+to|walk|drive"
        r"|cover|swim|cycle|ride|travel|wait|sit\s+through))?"
        # what the answer is for: "… how many pounds is that, for my American client?"
        r"(?:,?\s+for\s+(?:my|our|the|his|her|their|a|an)\s+[a-z' -]{1,30})?$",
        re.IGNORECASE,
    ),
    re.compile(
        # ("My training partner asked what that is in pounds.")
        r"^(?:so\s+)?(?:[a-z' ]{0,40}?\b(?:asked|asks|wonders|wondering|wants\s+to\s+know)\s+what\s+"
        r"(?:that|this|it)\s+is\s+in"
        r"|what(?:'s|s|\s+is)\s+(?:that|this|it)\s+in|express\s+(?:that|this|it)\s+in"
        # "What does that read in Fahrenheit?", "What pace is that in minutes per mile?"
        r"|what\s+(?:does|would|will)\s+(?:that|this|it)\s+(?:read|show|come\s+to)\s+in"
        r"|what\s+(?:pace|speed|temperature|length|weight|distance)\s+is\s+(?:that|this|it)\s+in"
        # "What is its volume in cubic metres?", "Diameter in metres?", "How much in kg?"
        r"|(?:what(?:'s|\s+is)\s+(?:its|the|his|her|their|my|your|our)\s+)?(?:volume|capacity|length|weight|height|width|depth"
        r"|diameter|distance)\s+in|how\s+much\s+in"
        # "What's the peak in Celsius?" of a story that tells the peak
        r"|what(?:'s|\s+is)\s+the\s+(?P<thing>[a-z]{4,})\s+in"
        r"|convert\s+(?:that|this|it)\s+(?:in)?to|(?:give|show|tell)\s+me\s+(?:that|this|it)\s+in"
        r"|put\s+(?:that|this|it)\s+in(?:to)?|in)\s+(?P<t>[^\d]{1,30}?)"
        r"(?:,?\s+(?:please|that's(?:\s+what)?|that\s+is|is\s+that|then))?"
        # what the answer is for: "… in Fahrenheit for my American thermometer?"
        r"(?:\s+for\s+(?:my|our|the|his|her|their)\s+[a-z' -]{1,30})?$",
        re.IGNORECASE,
    ),
    # "What psi is that?": the unit named as the thing asked
    re.compile(r"^(?:so\s+)?what\s+(?P<t>[A-Za-z°]+)\s+is\s+(?:that|this|it)$", re.IGNORECASE),
    # "How tall is he in centimetres?", learners' "how much km is it?"
    re.compile(
        r"^(?:so\s+)?(?:how\s+(?:tall|long|far|heavy|big|wide|high|deep|hot|cold|fast)\s+(?:is|was|are"
        r"|were)\s+(?:he|she|it|they|that|this|the\s+(?P<subject>[a-z]+))\s+in\s+(?P<t>[^\d]{1,30}?)"
        # ("… in kilometres for the European visitors?")
        r"(?:\s+for\s+(?:the|my|our|a|an|his|her|their)\s+[a-z' -]{1,30})?"
        # "A customer asked how many pounds that is", "… wants it in metres for the programme."
        r"|[a-z' ]{0,40}?\b(?:asked|asks|wondered|wonders|wants\s+to\s+know)\s+how\s+many\s+"
        r"(?P<t3>[^\d]{1,30}?)\s+(?:that|this|it)\s+(?:is|was|would\s+be)"
        r"|[a-z' ]{0,40}?\b(?:wants?|needs?)\s+(?:it|that|this)\s+in\s+(?P<t4>[^\d]{1,30}?)"
        r"(?:\s+for\s+(?:the|my|our|a|an|his|her|their)\s+[a-z' -]{1,30})?\.?"
        r"|how\s+much\s+(?P<t2>[a-z]{1,12})\s+(?:is|are|was)\s+(?:it|that|this)"
        # "How tall in metres?"
        r"|how\s+(?:tall|long|far|heavy|wide|high|deep)\s+in\s+(?P<t10>[^\d]{1,30}?))$",
        re.IGNORECASE,
    ),
)
# The unit a reading is wanted in, named in the story, and a question for that reading
_NAMED_TARGET = re.compile(
    r"\b(?:only\s+)?(?:does|do|shows?|reads?|displays?|uses?|wants?(?:\s+(?:it|them)\s+in)?|in"
    # "the dial on this one is fahrenheit", "asked how many pounds that is"
    r"|(?:dial|display|scale|gauge|thermostat|readout|screen)\s+(?:[a-z]+\s+){0,4}?is(?:\s+in)?"
    r"|asked\s+how\s+many)\s+"
    r"(?:degrees\s+)?(?P<t>[A-Za-z°]+(?:/[A-Za-z]+)?)\b(?=\s*(?:[.,;—–-]|$)"
    r"|\s+(?:that|it)\s+(?:is|was)\b"
    r"|\s+and\s+(?:i|i'm|we|we're|my|our|the|it|it's|he|she|they)\b)",  # (a new clause after)
    re.IGNORECASE,
)
_WHAT_SHOULD = re.compile(
    r"^(?:so\s+)?(?:what\s+(?:should|do|does|will|would|must)\s+(?:it|the\s+[a-z]+|i|we)\s+(?:read"
    r"|show|say|display|set\s+it\s+to|pump\s+(?:it|them)\s+to|tell\s+(?:him|her|them)"
    r"|program\s+(?:it|the\s+[a-z]+)\s+to|set(?:\s+(?:it|them|the\s+[a-z]+)(?:\s+(?:to|at))?)?"
    r"|write(?:\s+down)?|put(?:\s+down)?|enter)"
    r"|what\s+number\s+(?:do|should|must)\s+(?:i|we)\s+set(?:\s+(?:it|the\s+[a-z]+)\s+to)?"
    # "What figure do I put in the loan agreement?"
    r"|what\s+(?:figure|number)\s+(?:do|should|must)\s+(?:i|we)\s+(?:put|write|enter|quote)"
    r"(?:\s+(?:in|on|into)\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"|what(?:'s|\s+is)\s+(?:it|that))$",
    re.IGNORECASE,
)
# Labels that hold a number without being a quantity: "Day 3 of the itinerary", "Year 7"
_LABEL = re.compile(
    r"\b(?:day|year|week|stage|leg|room|gate|platform|route|level|grade|part|chapter|page|step"
    r"|section|question|round|lap|hole)\s+\d{1,2}\b",
    re.IGNORECASE,
)
# Words that make the story more than one quantity told
_WORKED = re.compile(
    # ("before I left it": the verb, not what is left over)
    # ("27 miles each way" is one way's length; "weighs about 25 lb" is a quantity told roughly)
    # ("Our club half is 21.0975 km": a half marathon named, not halved)
    # ("12 feet long each" is one's length)
    r"\b(?:twice|half(?!\s+(?:is|was|marathon)\b)|halved|doubled?(?![\s-]+deckers?\b)|tripled?|times"
    r"|(?<!long\s)(?<!wide\s)(?<!tall\s)(?<!high\s)(?<!deep\s)(?<!thick\s)each(?!\s+way\b)"
    r"|(?<!\d\s)(?<!minutes\s)(?<!seconds\s)(?<!min\s)per|every|total|altogether|more|less"
    r"|fewer|(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)left"
    r"|remain\w*|minus|plus|add\w*|subtract\w*|divid\w*|split|share|between|if|instead|rounded"
    r"|rounding|round(?=\s+(?:up|down|off|to|it)\b)"  # (not "the paper round")
    r"|(?:roughly|about|approx\w*|nearly|almost|around)(?!\s+\d)|over|under)\b|%",
    re.IGNORECASE,
)
_SHOWS_ONLY = re.compile(
    r"\bonly\s+(?:shows?|reads?|displays?|does|works\s+in|goes\s+up\s+in)\s+(?P<u>[A-Za-z°/]+)\b",
    re.IGNORECASE,
)
_LOOSE_QUANTITY = re.compile(r"(?<![\w.,'])[-+]?\d[\d,]*(?:\.\d+)?")


def _told_then_asked(body: str) -> UnitsRequest | None:
    if not has_digit(body):
        return None  # (no quantity told: most prose ends here)
    parts = _ASKED_SEGMENT.split(body)
    if len(parts) >= 2 and (found := _told(body[: len(body) - len(parts[-1])], parts[-1])):
        return found
    # run on without a mark, the quantity must end the story ("7 hours of sleep for the first
    # time in weeks" is no question)
    parts = _RUN_ON_IN.split(body)
    return _told(parts[0], parts[-1], ending=True) if len(parts) == 2 else None


def _told(story: str, asked: str, *, ending: bool = False) -> UnitsRequest | None:
    asked = asked.strip()
    target = next(
        (
            m["t"]
            or m.groupdict().get("t2")
            or m.groupdict().get("t10")
            or m.groupdict().get("t3")
            or m.groupdict().get("t4")
            for pattern in _ASKED_FOR
            if (m := pattern.match(asked))
        ),
        None,
    )
    subject = next(
        (m["subject"] for p in _ASKED_FOR if (m := p.match(asked)) and "subject" in p.groupindex),
        None,
    )
    if subject and not re.search(rf"\b{subject}\b[^.,;\d]{{0,30}}\d", story, re.IGNORECASE):
        return None  # "How heavy is the stair climber in kg?" after the safe's weight
    thing = next(
        (m["thing"] for p in _ASKED_FOR if (m := p.match(asked)) and "thing" in p.groupindex), None
    )
    if thing and not re.search(rf"\b{thing[:4]}", story, re.IGNORECASE):
        return None  # "What's the peak in Celsius?" of a story that never tells a peak
    if target is None and _WHAT_SHOULD.match(asked):
        # "my thermometer only does Celsius. What should it read?": the unit the story names
        named = [m["t"] for m in _NAMED_TARGET.finditer(story) if parse_targets(m["t"])]
        target = named[0] if len(named) == 1 else None
    # ("Each revision block is 2.75 hours." says how long one is: no working)
    worked = _WORKED.search(re.sub(r"^\s*each\s+(?=[a-z])", "", story, flags=re.IGNORECASE))
    if target is None or worked or not parse_targets(target):
        return None  # (the target first: a question "in Python" reads no number)
    story = _LABEL.sub(" ", NAMED_NUMBER.sub(" ", YEAR.sub(unless_unit, story)))
    found: list[tuple[UnitsRequest, int, int]] = []  # each quantity read, where it starts, ends
    for number in _LOOSE_QUANTITY.finditer(story):
        if found and number.start() < found[-1][2]:
            continue  # part of the quantity already read ("11 stone 2 lb")
        words = story[number.start() :].split()
        # the longest reading ("5 ft 11 in") that converts ("40 km/h are forecast" is not km per
        # hour-are), else the longest (another kind of quantity, left out below: "in 2 hours")
        readings = [
            (req, size)
            for size in range(min(len(words), 5), 0, -1)
            if (req := build(" ".join(words[:size]).rstrip(".,;:!?—–-"), target))
        ]
        converts = [
            (r, n)
            for r, n in readings
            if r.terms and r.target and convertible(r.terms[0].unit, r.target)
        ]
        if readings:
            req, size = (converts or readings)[0]
        else:
            # "My speedo only shows mph and I was doing 70": the one unit the story's dial shows
            shown = {m["u"].lower() for m in _SHOWS_ONLY.finditer(story)}
            bare = words[0].rstrip(".,;:!?—–-")
            if len(shown) != 1 or not (req := build(f"{bare} {shown.pop()}", target)):
                return None  # a number that is not a quantity in a unit
            size = 1
        found.append((req, number.start(), number.start() + len(" ".join(words[:size]))))
    if len(found) > 1 and not ending:
        # "The 10 m beacon is listed on 28,205 kHz. In MHz please?": the one quantity of the
        # asked unit's kind; two of that kind (or none) leave which one is meant open
        found = [f for f in found if _of_the_asked_kind(f[0])]
    if len(found) > 1 and subject:  # "… and my camper van is 7 ft 6 in. How high is the van …?"
        said = re.compile(rf"\b{subject}\b[^.,;\d]{{0,30}}$", re.IGNORECASE)
        found = [f for f in found if said.search(story, 0, f[1])]
    if len(found) != 1 or (ending and found[0][2] < len(story.rstrip())):
        return None
    return found[0][0]


def _of_the_asked_kind(req: UnitsRequest) -> bool:
    kind = dimensionality(req.target) if req.target else ""
    return bool(kind) and all(dimensionality(term.unit) == kind for term in req.terms)


_ONE_THING = re.compile(
    r"^one\s+(?=[a-z]+\s+(?:of\s+[a-z' ]{1,30}?\s+)?(?:is|was|measures)\s+\d)", re.IGNORECASE
)


def parse_units_request(text: str) -> UnitsRequest | None:
    """The whole message as one units request, or None when it is anything else."""
    if len(text) > MAX_TEXT:
        return None
    text = number_words(_ONE_THING.sub("A ", text))  # "One lap of our track is 250 metres."
    if not re.search(r"\d|\b(?:an?|one)\b", text, re.IGNORECASE):
        return None
    if CURRENCY.search(text):
        return None  # no live rates: currency conversion is not ours
    body = normalise(text)
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
    if m:
        return build(m.group("expr"), m.group("target"))
    m = _HOW_MUCH_UNITS.match(body)
    if m and (req := build(m.group("expr"), m.group("target"))):
        return req
    m = _WHAT_DOES.match(body)
    if m:
        return build(m.group("expr"), m.group("target"))
    if req := _stated(body):
        return req
    m = _THING_HOW_MANY.match(body)
    if m and (req := quantity_in(m.group("thing"), m.group("target"))):
        return req
    m = _TARGET_COLON.match(body)
    if m and (req := build(m.group("expr"), m.group("target"))):
        return req
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
            return req if _of_the_asked_kind(req) else None
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
            return req if _of_the_asked_kind(req) else None
    if lead and lead.group(0):
        req = build(rest, None)
        if req and len(req.terms) > 1:  # "what is 5 min - 1 min": result in the first unit
            return req
    m = _TARGET_IN.match(body)
    req = build(m.group("expr"), m.group("target")) if m else None
    # Terse enough to be something else ("calories in 100 g"): only a same-kind conversion.
    if req and dimensionality(req.terms[0].unit) == dimensionality(req.target):
        return req
    return _told_then_asked(body) or area_request(body)
