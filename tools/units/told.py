"""A quantity told in a story and asked for in another unit, for the units frames: "The import's
odometer shows 63,400 miles; how many kilometres has it done?", "The gas is at 2.5 atm. Express
that in kPa.", "Our glaze firing peaks at 2232 °F. What's the peak in Celsius?". The story must
tell exactly one quantity of the kind asked (or one of the thing asked about), and nothing that
works on it (twice, each, left, about …). `told_then_asked(body)` gives the request or None;
`of_the_asked_kind(req)` says whether a request's quantity is of its target's kind. Pure string
work over `grammar.build`."""

from __future__ import annotations

import re

from tools.units.described import LABEL, NAMED_NUMBER, YEAR, unless_unit
from tools.units.grammar import UnitsRequest, build, convertible, parse_targets
from tools.units.names import dimensionality
from tools.words import has_digit

# A told quantity, then a last segment asking for it in another unit, in words no frame above
# lists: "The import's odometer shows 63,400 miles; how many kilometres has it done?",
# "The gas is at 2.5 atm. Express that in kPa.", "My boxer weighed in at 147 lb; in kg that's?"
_ASKED_SEGMENT = re.compile(
    # ("… 28,000 lb and the rally field wants it in kg")
    # ("… 94 kg but the US promoter wants my weight in pounds for the poster": set 172)
    # ("The costume waist is 28 inches and wardrobe needs it in centimetres.": set 174)
    r"(?:[.;:!?]|\s[—–-])\s+|\s+(?:and|but)\s+(?=(?:(?:the|my|our|his|her|their)\s+)?(?:[A-Za-z']+\s+){0,5}"
    r"(?:wants?|needs?)\s+(?:it|(?:the|my|his|her|our|its)\s+(?:figure|number|weight|reading|height"
    r"|size|length))\s+in\s+(?:(?:square|cubic)\s+)?[a-z°]+(?:\s+for\s+the\s+[a-z]+)?\s*[.!]?$)"
    # ("… and the group keeps asking what that is in Fahrenheit": set 180)
    r"|\s+and\s+(?=(?:[a-z']+\s+){1,4}(?:keeps?\s+asking|asked|asks|wants\s+to\s+know)(?:\s+(?:me|us))?"
    r"\s+what\s+(?:that|it|this)\s+is\s+in\s+[a-z°]+\s*[.!?]?$)"
    # (", give me it in kilometres": set 180)
    r"|,\s+(?=[a-z°/]{2,12}\s*\??$|(?:so\s+)?(?:in|how|what|whats|what's|give|show|tell)\s"  # (", fahrenheit?")
    r"|(?:height|weight|length|width|depth|distance)\s+in\s"  # (", height in cm for the diary")
    # "…, the French driver wants it in kilometres", "…, my housemate wants fahrenheit"
    # ("…, the European customer wants the size in square metres": set 171)
    r"|(?:[a-z']+\s+){1,5}(?:wants?|needs?|asked\s+for|asks\s+for)\s+(?:(?:it|(?:the|my|his|her|our|its)\s+(?:figure|number"
    r"|weight|reading|size|length|area|height|width|volume))\s+in\s+)?(?:(?:square|cubic)\s+)?"
    r"[a-z°]+(?:\s+for\s+the\s+[a-z]+)?\s*[.!]?$"
    # "…, a tourist asked what that is in km/h" (set 171)
    r"|(?:[a-z']+\s+){1,4}(?:asked|asks|wondered|wonders|wants\s+to\s+know)(?:\s+(?:me|us))?"
    r"\s+(?:what|how)\s"
    r"|which\s+(?:is\s+what\s+)?in\s+)",  # "…, which in megajoules is…?"
    re.IGNORECASE,
)
# "… is 600 mm in inches" (a unit's words only: "in her garden (m…" is none)
_RUN_ON_IN = re.compile(r"\s+(?=in\s+[A-Za-z°][A-Za-z°/ ]{0,24}$)")
_MEASURES = (
    *("long", "wide", "tall", "high", "deep", "thick", "heavy", "far", "across", "apart"),
    *("up", "away", "down"),  # "Apogee was 112 km. How many miles up is that?"
    r"above\s+sea\s+level",  # "The estate sits at 6,200 feet. How many metres above sea level …?"
)
# When a reading was taken, said after it: "averaged 7.5 m/s overnight, in km/h please"
_WHEN_SAID = ("overnight", "on average", "all day", "all night", "this morning", "at noon")
# ... or where it was measured ("23 inches at the shoulder, in cm": set 184)
_WHERE_SAID = ("at the shoulder", "at the withers", "at the waist", "at the chest")
# ... or over a time that is no count ("covered 27.4 km in one night": set 175)
_IN_ONE = re.compile(
    r"\s+in\s+(?:one|1|a|a\s+single)\s+(?:night|day|evening|morning)\b", re.IGNORECASE
)
_MEASURED = rf"(?:\s+(?:{'|'.join(_MEASURES)}|in\s+(?:weight|length|height|width|depth)))?"
_ASKED_FOR = (
    re.compile(
        # ("… 64 inches long. that's how many cm?")
        # ("Roughly how many square feet?": the exact figure answers it too)
        rf"^(?:so\s+)?(?:(?:that's|thats|that\s+is)\s+)?(?:(?:roughly|about|approximately)\s+)?"
        rf"how\s+many\s+(?P<t>[^\d]{{1,30}}?){_MEASURED}(?:\s+of\s+(?:drop|rise|climb|fall|travel|height|floor|space|ground|retreat|erosion|descent|aperture"
        r"|ascent|clearance|headroom))?"
        r"(?:\s+(?:is|are|was|were)\s+"
        r"(?:that|this|it|those|he|she|they|we)"  # ("how many metres down are we": set 177)
        r"|\s+(?:would|will)\s+(?:that|this|it)\s+be"  # ("how many square feet would that be")
        r"|\s+(?:has|have|had|did)\s+(?:it|he|she|they|i|we)\s+(?:done|travelled|traveled|driven"
        r"|covered|gone|run|walked|flown)"
        # "How many miles will the kids do?"
        r"|\s+will\s+(?:it|he|she|they|i|we|you|the\s+[a-z]+)\s+(?:do|cover|walk|ride|run|cycle|swim"
        r"|drive|travel)"
        # "How many grams should I weigh out?", "How many kg do I key into our system?"
        r"|\s+(?:should|do|must|shall)\s+(?:i|we)\s+(?:weigh(?:\s+out)?|measure\s+out|pour|cut|key|enter"
        r"|type|write|put|send|order|batch|mix|deliver|mark|draw|allow|bag|pack|ship|load"
        r"|need\s+to\s+(?:cover|buy|order|lay|tile|paint|fill|fence|turf))"
        r"(?:\s+(?:in|into|on)\s+(?:the|our|my)\s+(?:[a-z]+\s+)?[a-z]+)?"  # ("the digital clock")
        # "How many pounds can I pack?" after a baggage allowance told
        r"|\s+can\s+(?:i|we|you)\s+(?:pack|carry|take|bring|load|check\s+in)"
        # "How many metres do I get from one hank?"
        r"|\s+(?:do|will|would)\s+(?:i|we|you)\s+get(?:\s+(?:from|out\s+of)\s+(?:one|1|a|each|the)\s+[a-z]+)?"
        # "how many miles do we march?"
        r"|\s+(?:do|will|did)\s+(?:i|we|you|they|the\s+[a-z]+)\s+(?:march|walk|hike|run|ride|cycle|swim|drive|sail"
        r"|row|paddle|fly|climb|cover|travel)"
        # "How many square metres are we surfacing?"
        r"|\s+(?:(?:are|will)\s+(?:we|you|they)|am\s+i)\s+(?:be\s+)?[a-z]+ing"
        # "How many millimetres of rain fell?" after "1.8 inches of rain" ("of rain" is tidied away)
        r"|\s+(?:fell|came\s+down)"
        # "How many kilograms is one sack?", "How many miles is the drive?"
        r"|\s+(?:is|are|in)\s+(?:one|1|a|each)\s+[a-z]+"  # ("how many metres in a coil": set 176)
        r"|\s+is\s+the\s+(?:drive|journey|trip|walk|ride|run|flight|route|distance|climb)"
        # "How many MiB is my file?" (the story must tell the file's size: `subject`)
        r"|\s+(?:is|was)\s+(?:my|our|his|her|their|the)\s+(?P<subject>[a-z]{3,})"
        # "How many pounds should the US listing say?"
        r"|\s+(?:should|will|would|does)\s+(?:the|our|my)\s+(?:[a-z]+['’]?\s+){0,2}?[a-z]+\s+(?:say|show"
        r"|read|list)"
        # "How many minutes do I have to edit?" (the whole told quantity, not a part of it)
        r"|\s+(?:do|will)\s+(?:i|we|you|they)\s+have\s+to\s+(?:edit|watch|listen\s+to|walk|drive"
        r"|cover|swim|cycle|ride|travel|wait|sit\s+through))?"
        # what the answer is for: "… how many pounds is that, for my American client?", "…, to
        # see if it fits the alcove?"
        r"(?:,?\s+exactly)?"  # ("How many bytes is that exactly?")
        r"(?:,?\s+(?:for|on)\s+(?:my|our|the|his|her|their|a|an)\s+[a-z' -]{1,30}"
        r"|,?\s+for\s+(?:comparison|reference)(?:\s+with\s+[a-z' -]{1,40})?"  # "…, for comparison"
        r"|,?\s+to\s+(?:see|check|know)\s+(?:if|whether)\s+[a-z' -]{1,40}\??)?$",
        re.IGNORECASE,
    ),
    re.compile(
        # ("My training partner asked what that is in pounds.")
        r"^(?:so\s+)?(?:[a-z' ]{0,40}?\b(?:asked|asks|ask|asking|wonders|wondering|wants\s+to\s+know)"
        r"(?:\s+(?:me|us|him|her|them))?\s+(?:what|how\s+(?:far|long|heavy|tall|high|deep|fast|big"
        r"|wide))\s+(?:that|this|it|(?:the|my|our|his|her)\s+[a-z]+(?:\s+[a-z]+)?)"
        r"\s+(?:is|was|weighed|weighs|measured|measures)\s+in"  # ("… what my octopus weighed in": set 180)  # ("the airport run")  # ("… asked how far that is in miles", set 171)
        r"|what(?:'s|s|\s+is|\s+was)\s+(?:that|this|it|she|he)\s+in|express\s+(?:that|this|it)"
        r"(?:\s+(?:volume|weight|length|distance|area|speed|pressure|temperature|height|depth))?\s+in"
        # "What does that read in Fahrenheit?", "What pace is that in minutes per mile?"
        r"|what\s+(?:does|would|will)\s+(?:that|this|it)\s+(?:read|show|come\s+to)\s+in"
        # "what do I set in Fahrenheit?" after the temperature told
        r"|what\s+(?:do|should|must)\s+(?:i|we)\s+set(?:\s+(?:it|the\s+[a-z]+))?\s+in"
        r"|what\s+(?:pace|speed|temperature|length|weight|distance|height|width|depth|altitude"
        r"|elevation)\s+is"
        r"\s+(?:that|this|it)\s+in"
        # "What is its volume in cubic metres?", "Diameter in metres?", "How much in kg?"
        r"|(?:what(?:'s|\s+is)\s+(?:its|the|his|her|their|my|your|our|that)\s+)?(?:volume|capacity|length|mass"
        r"|side(?:\s+length)?|weight|height|width|depth|(?:(?:floor|surface|plot|land)\s+)?area"
        r"|diameter|distance)\s+in|how\s+much\s+in"
        # "What's the peak in Celsius?" of a story that tells the peak
        r"|what(?:'s|\s+is)\s+(?:the|that)\s+(?:[a-z]+\s+)?(?P<thing>[a-z]{4,})\s+in"
        # "His weight in pounds?" of a story that tells his weight
        r"|(?:his|her|its|their|my|our|the)\s+(?P<thing2>weight|height|length|temperature|draught"
        r"|draft|beam|depth|width)\s+in"
        # "What does that weigh in grams?"
        r"|what\s+(?:does|did|would|should|will)\s+(?:that|it|this)\s+weigh\s+in"
        r"|(?:convert|change|turn)\s+(?:(?:that|this|it)(?:\s+(?:depth|height|length|distance|weight|reading"
        r"|temperature|speed|altitude))?\s+)?(?:in)?to|(?:give|show|tell)\s+me\s+(?:that|this|it)\s+in"
        # ("Give that height in metres.")
        r"|give\s+(?:it|that|this)(?:\s+(?:height|altitude|depth|length|distance|weight|reading"
        r"|temperature|speed|figure))?(?:\s+to\s+me)?\s+in"
        r"|put\s+(?:that|this|it)\s+in(?:to)?|which\s+in|which\s+is\s+what\s+in|in)\s+"
        r"(?P<t>[^\d,]{1,30}?)"
        r"(?:\s+is(?:…|\.\.\.)?)?"  # ("…, which in megajoules is…?")
        r"(?:,?\s+(?:please|that's(?:\s+what)?|that\s+is|is\s+that|then|roughly|approximately))?"
        # what the answer is for: "… in Fahrenheit for my American thermometer?", "… for me"
        r"(?:,?\s+for\s+(?:(?:my|our|the|his|her|their|us|american|british|uk|european|canadian)"
        r"\s+[a-z' -]{1,30}|me|us)"
        # "What does that read in Fahrenheit on the old dial?"
        r"|\s+on\s+(?:the|my|our)\s+(?:[a-z]+\s+)?(?:dial|display|gauge|thermostat|scale|screen"
        r"|panel|readout|pump|meter|app|watch|computer))?$",  # ("in psi on my track pump": set 183)
        re.IGNORECASE,
    ),
    # a note's bare unit asked: "Each riser step is 18 inches high; centimetres?", "…, kg?",
    # "a 37 m² flat — square feet?"
    re.compile(
        # ("… 60 mph — kilometres per hour?": set 186)
        r"^(?P<t>(?:(?:square|sq|cubic)\s+)?[A-Za-z°][A-Za-z°/²³]{0,20}(?:\s+per\s+[a-z]{3,7})?)"
        r"(?:\s+equivalent)?\s*\??$",
        re.IGNORECASE,
    ),
    # "What do I set the new Celsius thermostat to?": the unit named on the device set
    re.compile(
        r"^(?:so\s+)?what\s+(?:do|should|must|will)\s+(?:i|we)\s+set\s+(?:the|my|our)\s+"
        r"(?:new\s+|old\s+)?(?P<t>[A-Za-z°]+)\s+(?:thermostat|dial|controller|gauge|display)\s+"
        r"(?:to|at)\s*\??$",
        re.IGNORECASE,
    ),
    # "What psi is that?": the unit named as the thing asked
    re.compile(r"^(?:so\s+)?what\s+(?P<t>[A-Za-z°]+)\s+is\s+(?:that|this|it)$", re.IGNORECASE),
    # "How tall is he in centimetres?", learners' "how much km is it?"
    re.compile(
        r"^(?:so\s+)?(?:how\s+(?:tall|long|far|heavy|big|wide|high|deep|thick|hot|cold|fast)\s+(?:is|was|are"
        r"|were)\s+(?:he|she|it|they|that|this|the\s+(?:[a-z]+\s+)?(?P<subject>[a-z]+))\s+in\s+"
        r"(?P<t>[^\d]{1,30}?)"  # ("how big is the moss garden in square feet": set 181)
        # ("… in kilometres for the European visitors?")
        r"(?:\s+for\s+(?:the|my|our|a|an|his|her|their)\s+[a-z' -]{1,30})?"
        # "A customer asked how many pounds that is", "… wants it in metres for the programme."
        r"|[a-z' ]{0,40}?\b(?:asked|asks|asking|wondered|wonders|wants\s+to\s+know)"
        r"(?:\s+(?:me|us|him|her|them))?\s+how\s+many\s+"
        r"(?P<t3>[^\d]{1,30}?)(?:\s+(?:that|this|it)\s+(?:is|was|would\s+be))?"
        r"|[a-z' ]{0,40}?\b(?:wants?|needs?|asked\s+for|asks\s+for|asks\s+in|asked\s+in|asks|asked)\s+(?:(?:it|that|this"
        r"|(?:the|its|my|his|her|our)\s+(?:[a-z]+'s\s+)?(?:[a-z]+\s+)?(?:figure|number|weight|reading|(?:floor\s+)?area|altitude|height|length"
        r"|depth|distance|temperature|speed|size|volume|capacity|width)"
        r"(?:\s+of\s+(?:the|my|our|his|her)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+in\s+)?"  # ("of the necklace")
        r"(?P<t4>[^\d]{1,30}?)"
        r"(?:\s+for\s+(?:(?:the|my|our|a|an|his|her|their)\s+)?[a-z' -]{1,30})?\.?"  # ("for customs")
        r"|how\s+much\s+(?P<t2>[a-z]{1,12})\s+(?:is|are|was)\s+(?:it|that|this)"
        # "How tall in metres?", "In yards, how far is that?"
        r"|how\s+(?:tall|long|far|heavy|wide|high|deep|thick)\s+in\s+(?P<t10>[^\d]{1,30}?)"
        # "Setting for my Celsius oven?", "Tell my dad in Texas in Fahrenheit."
        r"|(?:what(?:'s|\s+is)\s+the\s+)?setting\s+(?:for|on)\s+(?:my|the|our|a)\s+"
        r"(?P<t12>celsius|fahrenheit)\s+(?:oven|thermometer|dial|hob|grill)"
        r"|tell\s+(?:my|her|his|our|the)\s+[a-z]+(?:\s+in\s+[A-Z][a-z]+)?\s+in\s+"
        r"(?P<t13>celsius|fahrenheit|[a-z]+)"
        r"|in\s+(?P<t11>[^\d,]{1,30}?),\s+how\s+(?:tall|long|far|heavy|wide|high|deep|thick|hot|cold|fast"
        r"|much|many)\s+(?:is|was|are|were)\s+(?:that|this|it|he|she|they))$",
        re.IGNORECASE,
    ),
)
# The unit a reading is wanted in, named in the story, and a question for that reading
_NAMED_TARGET = re.compile(
    r"\b(?:only\s+)?(?:does|do|shows?|reads?|displays?|uses?|wants?(?:\s+(?:it|them)\s+in)?|in"
    r"|needs?|gives?\s+(?:[a-z]+\s+)?in"  # "The CRF needs kilograms", "give speeds in feet per …"
    # "the dial on this one is fahrenheit", "asked how many pounds that is"
    r"|(?:dial|display|scale|gauge|thermostat|readout|screen|listing|chart)\s+(?:[a-z]+\s+){0,4}?is"
    r"(?:\s+in)?"
    r"|(?:form|label|docket|manifest|schedule|brief|spec|specification|rules)\s+asks\s+for"
    # "the carrier's form only takes pounds", "the lease quotes square metres", "buyers keep
    # asking for square feet", "keeps asking for it in feet"
    r"|(?:form|system|portal|app|lease|plan|listing)\s+(?:only\s+)?(?:takes|accepts|quotes)"
    r"|(?:keeps?|kept)\s+asking\s+(?:for|about)(?:\s+(?:it|that|them)\s+in)?"
    r"|asked\s+for\s+(?:it|that|them)\s+in"  # "The customer asked for it in pounds"
    r"|asked(?:\s+(?:me|us))?\s+how\s+many|asked\s+what\s+(?:that|it|this)\s+is\s+in"
    r"|(?:counts|works|reports|measures)\s+in)\s+"  # ("Our delivery system counts in MiB")
    # ("asked for it in feet per minute")
    r"(?:degrees\s+)?(?P<t>(?:(?:square|cubic)\s+)?[A-Za-z°]+(?:/[A-Za-z]+|\s+per\s+[a-z]+)?)\b"
    r"(?=\s*(?:[.,;:—–-]|$)|\s+for\s+(?:the|my|our|a)\s+[a-z]"  # ("I need kg for the dosing chart")
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
    r"|what\s+(?:do|should|must)\s+(?:i|we)\s+(?:put|type|key)(?:\s+in|\s+down)?"  # "… wants hectares. What do I put in?"
    r"|what\s+(?:figure|number|setpoint|value)\s+(?:do|should|must)\s+(?:i|we)\s+(?:put|write|enter"
    r"|quote|give|type|key\s+in|use)"
    r"(?:\s+(?:in|on|into)\s+(?:the|our|my)\s+[a-z]+(?:\s+[a-z]+)?)?"
    # "What number goes in?", "what figure should match?"
    r"|what\s+(?:figure|number|value)\s+(?:goes\s+(?:in|on)|should\s+(?:match|it\s+be|go\s+in))"
    r"(?:\s+(?:the|our|my)\s+[a-z]+)?"  # ("What figure goes on the form?")
    # "What temperature do I write?", "what should I tell her?"
    r"|what\s+(?:temperature|weight|length|height|distance|speed|pressure)\s+(?:do|should|must)"
    r"\s+(?:i|we)\s+(?:write|enter|put|give|quote|use)(?:\s+down)?"
    r"|what\s+(?:should|do)\s+(?:i|we)\s+tell\s+(?:him|her|them)"
    r"|how\s+(?:high|far|long|tall|heavy|deep|wide)\s+is\s+(?:that|it)"
    r"|what\s+(?:temperature|weight|length|height|distance|speed|pressure)\s+is\s+(?:that|it)"
    r"|what(?:'s|\s+is)\s+(?:it|that|the\s+(?:figure|number|reading|(?:floor\s+)?area))"
    r"|what\s+(?:figure|number|reading)\s+(?:should|do|must)\s+(?:i|we)\s+look\s+for"
    r"|what\s+(?:number|figure|reading)\s+(?:will|should|does|would)\s+(?:it|the\s+[a-z]+)\s+(?:show"
    r"|read|display|say)"  # "… the dashboard reports in MiB. What number will it show?"
    r"|how\s+many(?:\s+(?:is\s+(?:that|it)|then))?"  # "… wants it in pounds. How many?"
    r"|what\s+(?:does|will)\s+(?:that|it|this)\s+come\s+to"  # ("… asks for inches - what does it come to?")
    r"|convert\s+(?:it|that|this)(?:\s+for\s+(?:me|us))?"  # "… wants square feet. Convert it."
    # "… my gauge only reads in bar. What should I see on it?", "… dial is in Fahrenheit. Which
    # setting?"
    r"|what\s+(?:should|will|would)\s+(?:i|we)\s+see(?:\s+on\s+(?:it|the\s+[a-z]+))?"
    r"|what\s+(?:number|figure|size)\s+am\s+i\s+looking\s+for|what\s+(?:number|figure|reading)"
    r"|(?:which|what)\s+setting(?:\s+(?:should|do)\s+(?:i|we)\s+use)?)$",
    re.IGNORECASE,
)
# Words that make the story more than one quantity told
WORKED = re.compile(
    # ("before I left it": the verb, not what is left over)
    # ("27 miles each way" is one way's length; "weighs about 25 lb" is a quantity told roughly)
    # ("Our club half is 21.0975 km": a half marathon named, not halved)
    # ("12 feet long each" is one's length)
    r"\b(?:twice|half(?!\s+(?:is|was|marathon)\b)|halved|doubled?(?![\s-]+deckers?\b)(?!-[a-z])|tripled?|times"
    r"|(?<!long\s)(?<!wide\s)(?<!tall\s)(?<!high\s)(?<!deep\s)(?<!thick\s)each(?!\s+way\b)"
    # ("my rate card is per hectare", "the contractor quotes per square foot": how it is priced)
    r"|(?<!\d\s)(?<!minutes\s)(?<!seconds\s)(?<!min\s)(?<!quotes\s)(?<!prices\s)(?<!is\s)"
    r"(?<!metres\s)(?<!meters\s)(?<!feet\s)(?<!litres\s)(?<!liters\s)(?<!miles\s)(?<!kg\s)"
    r"(?<!grams\s)(?<!pounds\s)(?<!lb\s)per"  # (a unit's: "380 kg per cubic metre")
    r"|every|total|altogether|more|less"
    r"|fewer|(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)left"
    r"|remain\w*|minus|plus|add\w*|subtract\w*|divid\w*|split|share|if|instead|rounded"
    # ("9.5 miles between pubs" says where; "between 3 of us" divides)
    r"|between(?!\s+(?:the\s+|these\s+|those\s+)?(?!us\b|them\b)[a-z]+s\b)"
    r"|rounding|round(?=\s+(?:up|down|off|to|it)\b)"  # (not "the paper round")
    r"|(?:roughly|about|approx\w*|nearly|almost|around)(?!\s+\d)"
    # ("under 8 stone" is a limit; "under the new dormer" where)
    r"|(?:over|under)(?!\s+(?:the|a|an|our|my|its|their|this|that|oars?|sail|power|engine|ambient)\b|\s+\d+s\b))\b|%",
    re.IGNORECASE,
)
_DEFINED = re.compile(
    r"\b(?:tak(?:e|ing)|treat(?:ing)?|count(?:ing)?|call(?:ing)?|reckon(?:ing)?)\s+(?:a|an|one|each)"
    r"\s+[a-z]+\s+as\b",
    re.IGNORECASE,
)
_SHOWS_ONLY = re.compile(
    r"\bonly\s+(?:shows?|reads?|displays?|does|works\s+in|goes\s+up\s+in)\s+(?P<u>[A-Za-z°/]+)\b",
    re.IGNORECASE,
)
ONE_OF = re.compile(r"\b(?:is|are|in)\s+(?:one|1|a|each)\s+(?P<noun>[a-z]+)\s*\??$", re.IGNORECASE)
# (a measure of the thing told, not another thing: "25 yards long. How many metres is one length?")
_ONE_MEASURE = frozenset(
    [
        "length",
        "lap",
        "side",
        "leg",
        "circuit",
        "round",
        "edge",
        "width",
        "height",
        "stretch",
        "loop",
        "pass",
        "way",
        "trip",
        "run",
    ]
)
_ONE_ASKED = re.compile(r"\b(?:is|was)\s+(?:one|1|a|each)\s+[a-z]+\s*\??$", re.IGNORECASE)
_EACH_AFTER = re.compile(r"(?<=[a-z])\s+each(?=\s*[.,;]|\s*$)", re.IGNORECASE)
_PER = re.compile(r"per\b|/", re.IGNORECASE)
_LOOSE_QUANTITY = re.compile(r"(?<![\w.,'])[-+]?\d[\d,]*(?:\.\d+)?")


# What a measure is called, asked of a story that need not say it: "We pour the bronze at 2,012
# °F. What's the pour temperature in °C?" (the quantity must still be of the asked kind)
_MEASURE_NOUNS = frozenset(
    (
        *("temperature", "height", "length", "distance", "weight", "depth", "width", "vertical"),
        *("drop", "calibre", "caliber", "bore", "diameter", "altitude", "elevation"),
        *("limit", "setpoint"),  # ("… has to stay below 35 °C. What's the limit in °F?")
        *("figure", "reading"),  # ("What is the figure in cubic feet?": the one told)
    )
)


def told_then_asked(body: str) -> UnitsRequest | None:
    if not has_digit(body):
        return None  # (no quantity told: most prose ends here)
    parts = _ASKED_SEGMENT.split(body)
    if len(parts) >= 3 and parts[-2][:3].lower() == "in " and body.endswith(", ".join(parts[-2:])):
        parts[-2:] = [", ".join(parts[-2:])]  # "In yards, how far is that?" is one question
    if len(parts) >= 2 and (found := _told(body[: len(body) - len(parts[-1])], parts[-1])):
        return found
    if (
        len(parts) == 2
        and not has_digit(parts[0])
        and (found := _told(parts[1], parts[0], told_after=True))
    ):
        return found  # asked first: "buyer in Texas asks for the length in inches. the shawl is …"
    # run on without a mark, the quantity must end the story ("7 hours of sleep for the first
    # time in weeks" is no question)
    parts = _RUN_ON_IN.split(body)
    if len(parts) == 3 and parts[1].lower() in _INCHES_MEASURED:
        parts = [
            f"{parts[0]} {parts[1]}",
            parts[2],
        ]  # ("the mace is 5 ft 2 in long in centimetres")
    return _told(parts[0], parts[-1], ending=True) if len(parts) == 2 else None


def _told(
    story: str, asked: str, *, ending: bool = False, told_after: bool = False
) -> UnitsRequest | None:
    asked = asked.strip()
    if re.search(r" (?:one|1) way\b", asked) and "each way" in story.lower():  # "one way …?"
        asked = re.sub(r"\s+(?:one|1)\s+way\b", " it", asked, flags=re.IGNORECASE)
    if " each way" in asked.lower():  # "46 km each way. How many miles each way?": as told
        if "each way" not in story.lower():
            return None
        asked = re.sub(r"\s+each\s+way\b", "", asked, flags=re.IGNORECASE)
    target = next(
        (
            m["t"]
            or m.groupdict().get("t2")
            or m.groupdict().get("t10")
            or m.groupdict().get("t11")
            or m.groupdict().get("t3")
            or m.groupdict().get("t4")
            or m.groupdict().get("t12")
            or m.groupdict().get("t13")
            for pattern in _ASKED_FOR
            if (m := pattern.match(asked))
        ),
        None,
    )
    subject = next(
        (m["subject"] for p in _ASKED_FOR if (m := p.match(asked)) and "subject" in p.groupindex),
        None,
    )
    said_of_it = told_after and _IT_IS.match(story.strip())  # ("… in square feet. it's 1,850 m²")
    if (
        subject
        and not said_of_it
        and not re.search(rf"\b{subject}\b[^.,;\d]{{0,30}}\d", story, re.IGNORECASE)
    ):
        return None  # "How heavy is the stair climber in kg?" after the safe's weight
    one = ONE_OF.search(asked)
    if (
        one
        and one["noun"].lower() not in _ONE_MEASURE
        and not re.search(rf"\b{re.escape(one['noun'][:4])}", story, re.IGNORECASE)
    ):
        return None  # "a sack is 25 kg. how many pounds is a bag?": a thing the story never told
    thing = next(
        (m["thing"] for p in _ASKED_FOR if (m := p.match(asked)) and "thing" in p.groupindex), None
    )
    if (
        thing
        and thing.lower() not in _MEASURE_NOUNS
        and not re.search(rf"\b{thing[:4]}", story, re.IGNORECASE)
    ):
        return None  # "What's the peak in Celsius?" of a story that never tells a peak
    if (target is None or not parse_targets(target)) and _WHAT_SHOULD.match(asked):
        # "my thermometer only does Celsius. What should it read?": the unit the story names
        named = [m["t"] for m in _NAMED_TARGET.finditer(story) if parse_targets(m["t"])]
        target = named[0] if len(named) == 1 else None
    # ("Each revision block is 2.75 hours." says how long one is: no working; nor does "drums
    # hold 205 litres each" asked "… is one drum?")
    said = re.sub(r"^\s*each\s+(?=[a-z]|[48]K\s)", "", story, flags=re.IGNORECASE)
    if _ONE_ASKED.search(asked):
        said = _EACH_AFTER.sub("", said)
    # ("Taking a furlong as 220 yards, …": a unit defined, not told)
    worked = WORKED.search(said) or _DEFINED.search(story)
    if target is None or worked or not parse_targets(target):
        return None  # (the target first: a question "in Python" reads no number)
    story = LABEL.sub(" ", NAMED_NUMBER.sub(" ", YEAR.sub(unless_unit, _IN_ONE.sub("", story))))
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
            if converts and readings[0][1] > size and _PER.match(words[size]):
                req, size = readings[0]  # "125 millilitres per hour": a rate, not a volume
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
        if any(_rate_of_the_asked(f[0]) for f in found):
            return None  # "… 18.4 kg … 15 mg/kg. How many mg?": a rate works on the quantity
        found = [f for f in found if of_the_asked_kind(f[0])]
        if any(_PER_ONE.match(story, end) for _, _, end in found):
            return None  # "1,150 bushels of wheat, figuring 60 lb to the bushel" (each one's)
    if len(found) > 1 and subject:  # "… and my camper van is 7 ft 6 in. How high is the van …?"
        said = re.compile(rf"\b{subject}\b[^.,;\d]{{0,30}}$", re.IGNORECASE)
        found = [f for f in found if said.search(story, 0, f[1])]
    after = story[found[0][2] :].strip().lower() if len(found) == 1 else ""
    if len(found) != 1 or (
        ending
        and after
        and after not in (*_MEASURES, *_WHEN_SAID, *_WHERE_SAID)
        and not _PLACE_AFTER.fullmatch(after)
    ):
        return None  # (run on, the quantity ends the story: "… is 8 ft long in metres")
    return found[0][0]


_IT_IS = re.compile(r"^(?:it's|it\s+is|its|that's|she's|he's)\s+(?=\d)", re.IGNORECASE)
_INCHES_MEASURED = frozenset(f"in {m}" for m in ("long", "tall", "high", "wide", "deep", "thick"))
# Where a quantity was read, after it: "gusts of 65 km/h on the pampa, in knots?" (set 186)
_PLACE_AFTER = re.compile(r"(?:on|at|across|over)\s+the\s+[a-z]+")
# A quantity said of each one of something else: "60 lb to the bushel", "2 kg per box"
_PER_ONE = re.compile(
    r"\s+(?:to\s+(?:the|a|an|each)|per|a|an|each|for\s+(?:each|every))\s+[a-z]", re.IGNORECASE
)


def _rate_of_the_asked(req: UnitsRequest) -> bool:
    """Whether a quantity told is a rate of the asked unit per another ("15 mg/kg" when mg is
    asked)."""
    asked = {name for name, _ in req.target or ()}
    unit = req.terms[0].unit if req.terms else ()
    return len(unit) > 1 and any(name in asked and power > 0 for name, power in unit)


def of_the_asked_kind(req: UnitsRequest) -> bool:
    kind = dimensionality(req.target) if req.target else ""
    return bool(kind) and all(dimensionality(term.unit) == kind for term in req.terms)
