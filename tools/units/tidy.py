"""A units request tidied for the frames of `phrasing`: one spelling for arrows, marks, dashes
and spaces, shouting in lower case, and the words around a quantity that are not part of it
("please", "over the past 12 months", "of water"). Pure string work."""

from __future__ import annotations

import re

from tools.units.grammar import parse_unit

# 6'2" and 5' 10": feet and inches written with marks.
_FEET_INCHES = re.compile(
    r"(?<![\w'\"])(\d+(?:\.\d+)?)\s*['′’]\s*(\d{1,2}(?:\.\d+)?)\s*(?:[\"″”]|''|(?=\s|$|[,;?!]|\.(?!\d)))"
)


# "Fill in the blank: 6 feet = ____ centimetres", "Science homework asks to convert …"
_TASK_LEAD = re.compile(
    r"^(?:(?:fill\s+in\s+the\s+blank|complete(?:\s+this)?|answer|convert)\s*:\s*"
    r"|[a-z ]{0,40}?\b(?:asks?|wants?|needs?|told)\s+(?:me\s+|us\s+|you\s+|him\s+|her\s+|them\s+)?"
    r"to\s+(?=convert\s))",
    re.IGNORECASE,
)


def _rewrites(
    *rules: tuple[str, str, tuple[str, ...]],
) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    return tuple((re.compile(p, re.IGNORECASE), repl, needles) for p, repl, needles in rules)


_BY_BEFORE = re.compile(r"\bby\s+\d+(?:\.\d+)?$")  # a side before: "12 ft by 9"
# Applied in order by `normalise` (compiled once: a units parse runs on every message), each
# only when the text holds one of its needles (lower case; none: always), which every match has.
_REWRITES = _rewrites(
    (r"(?<=\S) ?(?:→|->|⇒|=>) ?(?=\S)", " to ", ("→", "->", "⇒", "=>")),  # "12 kN → N"
    (r"\b(US) liquid (?=gal|quart|qt|pint|pt|fl)", r"\1 ", ("liquid",)),
    # "4 ft 8½ in": a vulgar half or quarter after a whole number is its decimal part
    (r"(?<=\d)½", ".5", ("½",)),
    # "23 and 5/8 inches": a whole number and a fraction said with "and" (set 184)
    (r"(?<=\d)\s+and\s+(?=\d{1,2}/\d{1,2}\s*[a-z\"])", " ", (" and ",)),
    (r"(?<=\d)¼", ".25", ("¼",)),
    (r"(?<=\d)¾", ".75", ("¾",)),
    # "a 30-acre field", "a 12-metre mast": the size said as a word of the thing's name
    (
        (
            r"(?<=\d)-(?=(?:acre|hectare|metre|meter|foot|inch|mile|yard|litre|liter|kilometre"
            r"|kilometer|kilogram|kilo|tonne|pound|ounce|gram|knot|watt|kilowatt|volt)\b)"
        ),
        " ",
        (
            *("acre", "hectare", "metre", "meter", "foot", "inch", "mile", "yard", "litre"),
            *("liter", "knot", "watt", "volt"),  # ("a 30-knot ferry": set 176)
        ),
    ),
    # "12 ounces avoirdupois": the system said after the unit
    (r"\b(ounces?|pounds?)\s+(?:avoirdupois|avdp)\b", r"avoirdupois \1", ("avoirdupois", "avdp")),
    # "Convert the book board height of 9.5 inches to centimetres": the quantity the words name
    (
        r"^(convert)\s+(?:the|my|our|this|that|his|her|their)\s+[a-z' -]{1,40}?\s+of\s+(?=\d)",
        r"\1 ",
        ("convert",),
    ),
    # "ounces (weight, avoirdupois)": the avoirdupois ounce named in brackets after it
    (
        (
            r"\b(ounces?|pounds?)\s*\((?:by\s+)?(?:weight(?:,?\s*(?:avoirdupois|avdp))?|avoirdupois"
            r"|avdp)\)"
        ),
        r"avoirdupois \1",
        ("avoirdupois", "avdp", "(weight)"),
    ),
    # "thousandths of an inch (thou)": the thou
    (r"\bthousandths?\s+of\s+an\s+inch(?:\s*\(thou\))?", "thou", ("thousandth",)),
    # "ounces (avoirdupois)", "avoirdupois ounces": the everyday ounce and pound, named so
    (r"\s*\(avoirdupois\)|\bavoirdupois\s+(?=(?:ounces?|oz|pounds?|lbs?)\b)", "", ("avoirdupois",)),
    # "kilograms-force (standard gravity)": what the unit is, said beside it
    (
        r"(?:(?<=force)|(?<=kgf)|(?<=lbf))\s*\((?:(?:at|using|with|under)\s+)?standard\s+gravity\)",
        "",
        ("standard gravity",),
    ),
    # "pounds-force", "kilogram force": the force a mass weighs under standard gravity
    (
        r"\b(pound|kilogram)s?[- ]force\b",
        r"\1_force",
        ("-force", " force"),
    ),
    # "Fahrenheit 102.2 -> Celsius?": a temperature scale named before its reading
    (
        r"^(fahrenheit|celsius|centigrade|kelvin)\s+(-?\d+(?:\.\d+)?)(?=\s+to\s)",
        r"\2 \1",
        ("fahrenheit", "celsius", "centigrade", "kelvin"),
    ),
    # "A gust of 61 mph was logged at 3pm": when, not a quantity
    (
        r"\s+(?:at|by|around)\s+\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?(?=[\s,.;:!?]|$)",
        "",
        ("am", "pm", "m."),
    ),
    (_TASK_LEAD.pattern, "", ()),
    # "30 psi expressed in bar is what?", "3.25 hours is how many seconds all told?": the
    # statement to complete, and a total that is the one quantity's
    (r"(?<=\s)is\s+what\s*\?$", "is", ("what",)),
    (r",?\s+all\s+told(?=\s*\??$)", "", ("all told",)),
    # "250 newton-metres of torque", "20 gallons of water": what is measured, not a unit (a
    # substance whose density a conversion would need still fails the dimension check)
    (
        (
            r"(?<=[A-Za-z²³.])\s+of\s+(?:torque|force|energy|work|power|pressure|heat|fuel|water"
            r"|milk|juice|liquid|distance|length|data|storage|rain|rainfall|snow|elevation|height"
            r"|altitude|ascent|climbing|depth|seawater|sea\s+water)\b"
            # ("28 kg of leaf per square metre": any one thing measured, before a rate's "per")
            r"|(?:(?<=kg)|(?<=lb)|(?<=lbs)|(?<=grams)|(?<=pounds)|(?<=tonnes))\s+of\s+[a-z]+"
            r"(?=\s+per\s)"
        ),
        "",
        ("of",),
    ),
    # "Minus 31.5 °C on the Fahrenheit scale is?": the scale said as a place
    (
        r"\bon\s+the\s+(fahrenheit|celsius|centigrade|kelvin)\s+scale\b",
        r"in \1",
        ("scale",),
    ),
    (r",?\s+(?:please|pls|plz|then)(?=[?.!]*$)", "", ("pl", "then")),
    # "27.4 miles to kilometres, roughly?", "Roughly how many square feet is that?": the exact
    # figure answers it too
    (
        (
            r",?\s+(?:roughly|approximately)(?=[?.!]*$)|(?:^|(?<=[.!?;]\s))(?:roughly|approximately),?\s+"
            r"(?=(?:how|what)\s)"
        ),
        "",
        ("roughly", "approximately"),
    ),
    # "… in metres. exactly, please" (set 177): the exact figure is what is given anyway
    (r"(?:,|(?<=[.!?]))\s+exactly(?=[?.!]*$)", "", ("exactly",)),
    # "saw the sign 'next services 87 miles' and asked …" (set 177): words quoted off a sign
    (r"(?<![\w'‘])['‘]([A-Za-z][^'‘’\n]{0,60}?[A-Za-z])['’](?![\w'’])", r"\1", ("'", "‘")),
    # "the span between these two pylons": the things it is between, not a quantity
    (r"\bbetween\s+(these|those|the)\s+(?:two|2)\s+(?=[a-z]+s\b)", r"between \1 ", ("between",)),
    # "A horse is 15.2 hands": a horse's height in hands and inches (15 hands 2 inches), never a
    # decimal of a hand; the figure after the point is 0 to 3
    (r"\b(\d{1,2})\.([0-3])\s*(?:hands|hh)\b", r"\1 hands \2 in", ("hand", "hh")),
    # what the answer is for, at the end: "… in centimetres so I can cut?", "Deck area in square
    # feet for the resurfacing quote?"
    (
        (
            r",?\s+(?:(?:roughly|approximately),?\s+)?(?:so\s+(?:that\s+)?(?:i|we|you|they|he|she)\s+can"
            r"\s+[a-z]+(?:\s+[a-z]+){0,3}"
            # ("72 km/h is how many m/s, roughly for a physics worksheet": set 180)
            r"|for\s+(?:the|a|an|my|our)\s+(?:[a-z]+\s+)?(?:quote|order|form|sheet|worksheet|homework"
            r"|assignment|invoice|report|plan|records?))(?=[?.!]*$)"
        ),
        "",
        ("so ", "for "),
    ),
    # ... or first: "For the new flooring quote, what's that in square metres?"
    (
        (
            r"(?:^|(?<=[.!?]\s))for\s+(?:the|our|my|a|an)\s+(?:[a-z]+\s+){0,2}(?:quote|order|form"
            r"|invoice|report|plan|records?|paperwork|listing),\s+"
        ),
        "",
        ("for ",),
    ),
    # "Deck area in square feet?": the area of the thing the story measures
    (
        (
            r"(?:^|(?<=[.!?]\s))(?:what(?:'s|\s+is)\s+)?(?:the\s+)?"
            r"(?!(?:total|combined|overall|whole|remaining|other|extra|usable|net|gross|free|wall"
            r"|floor|surface)\s)[a-z]+\s+(?=area\s+in\s)"
        ),
        "What is the ",
        ("area",),
    ),
    # "How many cubic feet does our 3,200-litre fermentation tank hold?": the size in its name
    (
        (
            r"^how\s+many\s+(?P<t>[a-z ]{2,30}?)\s+(?:does|do|will|can)\s+(?P<thing>(?:the|our|my|this|that"
            r"|a|an)\s+\d[\d,.]*[- ]?[a-z]+(?:\s+[a-z]+){0,2})\s+(?:hold|take|contain)(?=[?.!]*$)"
        ),
        r"how many \g<t> is \g<thing>",
        ("hold", "take", "contain"),
    ),
    # "how tall is someone of 5 ft 9 in": the quantity the person is described by
    (
        r"\b(?:someone|somebody|a\s+person|a\s+man|a\s+woman|a\s+child|a\s+player)\s+(?:of|who\s+is)\s+(?=\d)",
        "",
        ("someone", "somebody", "a person", "a man", "a woman", "a child", "a player"),
    ),
    # "In cubic feet that's how much?": the unit asked said first
    (
        r"(?:^|(?<=[.!?;,]\s))in\s+(?P<u>[a-z][a-z ]{1,30}?),?\s+(?:that's|that\s+is|it's|it\s+is)\s+how\s+(?:much|many)(?=[?.!]*$)",
        r"What is that in \g<u>",
        ("how m",),
    ),
    # "1,200 cubic feet an hour", "how many litres a minute": so much per hour or minute
    (
        (
            r"\b(feet|foot|ft|metres?|meters?|m|litres?|liters?|l|gallons?|miles?|kilometres?"
            r"|kilometers?|km|yards?|inches|tonnes?|kg|cm|mm|ml|m³|ft³)\s+an?\s+(hour|minute|second)\b"
        ),
        r"\1 per \2",
        (" a ", " an "),
    ),
    # "1/250 of a second", "3/4 of a mile": a fraction of one unit
    (r"(?<![\w/])(\d+/\d+)\s+of\s+an?\s+(?=[a-z])", r"\1 ", ("/",)),
    (r"(?<![\w/.])(\d*\.\d+)\s+of\s+an?\s+(?=[a-z])", r"\1 ", (" of a",)),  # "0.3 of an acre"
    # "weighs 3 lb 4 oz on my old scales": what it was measured with
    (
        (
            r"(?<=[a-z0-9²³])\s+(?:on|by)\s+(?:my|our|the|his|her|their)\s+(?:[a-z]+\s+)?(?:scales?"
            r"|tape(?:\s+measure)?|ruler|gauge|thermometer|meter|speedo(?:meter)?)\b"
        ),
        "",
        ("scale", "tape", "ruler", "gauge", "meter", "speedo"),
    ),
    # "generated 3,250 kWh over the past 12 months": when, not a quantity to convert
    (
        r",?\s+(?:over|in|during)\s+the\s+(?:past|last)\s+\d+\s+(?:days|weeks|months|years)\b",
        "",
        (" the past ", " the last "),
    ),
    # "a 100-mile sportive", "a 5-km run": a hyphen between a number and its unit
    (
        r"(?<=\d)-(?=(?:mile|km|kilomet|met|foot|feet|inch|yard|pound|kg|kilo|litre|liter|gallon)\w*\b)",
        " ",
        ("-",),
    ),
    (_FEET_INCHES.pattern, r"\1 ft \2 in", ("'", "′", "’")),
    # "I'm 5 foot 10": the inches said without their unit after feet
    (
        # ("5 foot 11 in centimetres": the inches' unit left out before the one asked)
        (
            r"(?<![\w.])(\d)\s*(?:foot|feet|ft)\s+(\d{1,2}(?:\.\d+)?)(?=\s*(?:[.,;?!](?!\d)|$)"
            r"|\s+[-—–]\s|\s+in\s+(?:centimet|centimeter|cm\b|met|m\b|millimet|mm\b))"
        ),
        r"\1 ft \2 in",
        ("foot", "feet", "ft"),
    ),
    # "twelve stone four in kilos": the pounds said without their unit after stone
    (
        (
            r"(?<![\w.])(\d{1,2})\s*stone\s+(\d{1,2}(?:\.\d+)?)(?=\s*(?:[.,;?!](?!\d)|$)"
            r"|\s+[-—–]\s|\s+in\s+(?:kilo|kg\b|gram|g\b))"
        ),
        r"\1 stone \2 lb",
        ("stone",),
    ),
    # "5 feet and 7 inches", "2 stone and 4 pounds", "one mile and 550 yards", "3 days and 4
    # hours": one mixed quantity, its larger unit first (not a third side: "12 ft by 9 ft and 8
    # inches thick", set 171)
    (
        (
            r"(?<=\d)(\s*(?:miles?|mi|yards?|yd|feet|foot|ft|stone|st|pounds?|lbs?|weeks?|days?"
            r"|hours?|hrs?|minutes?|mins?))\s*,?\s+and\s+"
            r"(?=\d+(?:\.\d+)?\s*(?:yards?|yd|inch|inches|in|pounds?|lbs?|lb|ounces?|oz|feet|foot|ft"
            r"|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)"
        ),
        lambda m: (
            m[0] if _BY_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) else m[1] + " "
        ),
        (
            *(f"{u} and " for u in ("mile", "miles", "mi", "yard", "yards", "yd", "feet", "foot")),
            *(f"{u} and " for u in ("ft", "stone", "st", "pound", "pounds", "lb", "lbs", "week")),
            *(f"{u} and " for u in ("weeks", "day", "days", "hour", "hours", "hrs", "minute")),
            *(f"{u} and " for u in ("minutes", "mins")),
        ),
    ),
    # "80 km/h, expressed in miles per hour, is" / "15 decimoles, in moles": commas around
    # the target are punctuation, not a list
    (r",\s+(?=(?:expressed|converted|in|into|to)\s)", " ", (",",)),
    (r",\s*(?=(?:is|are|equals?)$)", " ", (",",)),
    # Scientific notation as people type it: "2.5 × 10^-3 kg", "10^6 J" -> e-notation.
    (r"(\d)\s*[x×*·]\s*10\s*\^\s*([-+]?\d{1,3})\b", r"\1e\2", ("^",)),
    (r"(?<![\w.^])10\s*\^\s*([-+]?\d{1,3})(?=\s*[^\d\s.,])", r"1e\1", ("^",)),
    # "… In Fahrenheit, for the homeowner's app?", "… in feet, so it fits the patio?": what for
    (
        (
            r"(?:,\s+(?:for\s+(?:the|my|our|his|her|their|a)|so\s+(?:it|that|we|i|they|he|she)"
            r"|for(?=\s+(?:Grandad|Grandpa|Grandma|Gran|Granny|Nana|Nan|Mum|Mom|Dad)[?.!]*$))"
            # ("…, to check against the Italian height signs?", "…, so I can compare price per m²?";
            # the comma before "to" is gone by now)
            r"|,?\s+to\s+(?:check|compare|match|put|fill|show|tell))\s+[A-Za-z'’ ²³]{1,50}(?=[?.!]*$)"
        ),
        "",
        (", for ", ", so ", " to check ", " to compare ", " to match ", " to put ", " to fill "),
    ),
    (r"[?.!:]+$", "", ()),  # ("Litres in 10 cubic feet:": a blank to fill)
    # "drove 1,450 business miles": what the miles were for, not a unit
    (
        (
            r"(?<=\d)\s+(?:business|road|motorway|walking|cycling|running|driving|training)\s+(?=(?:miles?"
            r"|kilomet|km\b|hours?\b|minutes?\b))"
        ),
        " ",
        ("business", "road", "motorway", "walking", "cycling", "running", "driving", "training"),
    ),
    # "Her flight allows one 23 kg suitcase": one thing of that size
    # ("1 500 m" is 1,500 m written with a space)
    (r"\b(?:one\s+|1\s+(?!\d{3}\b))(?=\d[\d.,]*\s*[a-z])", "a ", ("one ", "1 ")),
    # "One bulk bag holds 0.75 cubic metres": one of a kind, not a number to convert
    (
        r"^(?:one|1)\s+(?=(?:[a-z]+\s+){1,2}(?:holds|weighs|measures|covers|is|takes)\s+\d)",
        "A ",
        ("one ", "1 "),
    ),
    # "Visitors ask how far the 14-mile path is in kilometres": the question they ask, in its
    # own word order ("how far is the 14-mile path in kilometres")
    (
        r"^(?:[a-z']+\s+){1,3}(?:asks?|asked|wants?\s+to\s+know|wonders?)\s+(?=how\s)",
        "",
        ("ask", "know", "wonder"),
    ),
    (
        (
            r"^(how\s+(?:far|long|big|heavy|tall|high|deep|wide|much))\s+((?:the|a|an|our|my|this|that"
            r"|your)\s+[^?]+?|\d[\d,.]*\s*[a-z]+)\s+(is|are|was|weighs)\s+(?=in\s)"
        ),
        r"\1 \3 \2 ",
        ("how",),
    ),
    # "Fahrenheit for -18 °C": the scale asked named first
    (
        r"^(fahrenheit|celsius|centigrade|kelvin)\s+(?:for|of)\s+(-?\d.*)$",
        r"\2 in \1",
        ("fahrenheit", "celsius", "centigrade", "kelvin"),
    ),
    # "… 4,500 lb rated capacity. In kilograms, that's how much?": the unit asked named first
    (
        (
            r"(?<=[.!?]\s)in\s+([a-z][a-z ]{1,30}),\s+(?:that's\s+how\s+much|what's\s+that|what\s+is\s+that"
            r"|how\s+much\s+is\s+that)\s*(?=[?.!]*$)"
        ),
        r"What is that in \1",
        (", that's", ", what", ", how much"),
    ),
    # "In acres, how big is our 3.5 hectare field": the unit asked named first
    (r"^in\s+([a-z][a-z ]{1,30}),\s+(how\s.*|what\s+does\s.*\sweigh\??)$", r"\2 in \1", ("in ",)),
    # "What does a 50 kg sack of pistachios weigh in pounds?": the weight in the thing's name
    (
        (
            r"^what\s+does\s+(?P<thing>(?:a|an|the|our|my|one)\s+\d[\d,.]*\s?[a-z]+\s+[a-z]+"
            r"(?:\s+of\s+[a-z]+)?)\s+weigh\??\s+in\s+(?P<t>[a-z]+)\??$"
        ),
        r"how many \g<t> is \g<thing>",
        ("weigh",),
    ),
    # "The deck is 4.8 m by 3.6 m; give the area in square feet"
    (
        (
            r"(?:[;,.]\s+|\s+and\s+)(?:please\s+)?(?:give|tell)\s+(?:me\s+|us\s+)?(the|his|her|its"
            r"|their|my|our)\s+(area|volume|length|distance|weight|size|height|depth|width)\s+(?=in\s)"
        ),
        r". What is \1 \2 ",
        ("give", "tell"),
    ),
)
# 5/16" and 2.5″: inches written with a mark after the number ("Drill bit is 5/16"")
_INCH_MARKS = ('"', "″", "”")
_INCH_MARK = re.compile(r"(\d(?:\s?/\s?\d+)?)\s*[\"″”](?=[\s,.?!]|$)")
_AS_DECIMAL = re.compile(r"\s*\(?as a decimal(?: number)?\)?(?=[?.!]*$)", re.IGNORECASE)


# Shouted ("HOW MANY CM IS 6 FEET??"): words in lower case, and the short unit symbols whose
# lower case cannot be another unit ("MW" stays: megawatts or milliwatts?)
_SHOUTED_KEPT_LOW = frozenset(
    (
        *("CM", "KM", "KG", "MM", "FT", "LB", "LBS", "OZ", "ML", "MPH", "KPH", "KMH", "MI", "YD"),
        *("HOW", "IS", "IN", "TO", "MANY", "MUCH", "ARE", "THE", "WHAT", "AS", "OF"),
    )
)
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _unshouted(text: str) -> str:
    if not text.isupper() or len(_SHOUTED_WORD.findall(text)) < 3:
        return text
    return _SHOUTED_WORD.sub(
        lambda m: m[0].lower() if len(m[0]) > 3 or m[0] in _SHOUTED_KEPT_LOW else m[0], text
    )


def normalise(text: str) -> str:
    """The request with its spelling made one (marks, dashes, spaces, shouting, the rewrites
    above), ready for the frames."""
    text = _unshouted(text)
    if "decimal" in text.lower():
        text = _AS_DECIMAL.sub("", text)
    text = text.replace("\u2212", "-").replace("\u2013", "-").replace("\u00a0", " ")
    text = " ".join(text.split())
    low = text.lower()
    for pattern, repl, needles in _REWRITES:
        if not needles or any(needle in low for needle in needles):
            text, changed = pattern.subn(repl, text)
            if changed:
                low = text.lower()
    if sum(text.count(mark) for mark in _INCH_MARKS) == 1:  # one mark: not a closing quote
        text = _INCH_MARK.sub(r"\1 in", text)
    if "(" in text:  # "how many mebibytes (MiB) are in …": the unit's symbol said again
        text = _SYMBOL_AGAIN.sub(_said_again, text)
    return text.strip()


_SYMBOL_AGAIN = re.compile(r"\b(?P<word>[a-z]{4,})\s*\((?P<symbol>[A-Za-zµ°][A-Za-z/²³]{0,4})\)")


def _said_again(m: re.Match[str]) -> str:
    """The unit word alone when the brackets after it hold its own symbol ("mebibytes (MiB)")."""
    word, symbol = parse_unit(m["word"]), parse_unit(m["symbol"])
    return m["word"] if word is not None and word == symbol else m[0]
