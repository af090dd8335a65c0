"""What the last question of a dated story asks, for `slots`: a date (or its weekday), a length
in days, weeks, nights, hours or minutes, or the weekday of the story's one date. Pure regexes."""

from __future__ import annotations

import re

# What the question asks: a date (or its weekday, which a date's answer also names) ...
ASKS_DATE = re.compile(
    r"^(?:so\s+|and\s+)?(?:on\s+|from\s+|by\s+)?(?:what|which)(?:'s|\s+is|\s+was|\s+will\s+be)?\s+"
    r"(?:the\s+|our\s+|my\s+|his\s+|her\s+|their\s+|your\s+)?"
    r"(?:[a-z-]+\s+){0,2}"  # "the due date", "the completion date", "the earliest touch-up date"
    r"(?:date|day(?:\s+of\s+the\s+week)?|weekday|deadline)\b"
    # "Bottling date?", "When must it be posted?"
    r"|^(?:the\s+)?(?:[a-z-]+\s+)?date\s*\?$"
    r"|^(?:the\s+)?(?:expected|estimated|likely|planned)\s+[a-z-]+\s+date\s*\?$"  # ("Expected arrival date?")
    r"|^(?:ready|done|finished|due|back)\s+(?:on|by)(?:\s+what\s+date)?\s*\?$"  # "Ready on (what date)?"
    # "When can I fix the stone?": what the span's end lets be done
    r"|^when\s+(?:can|should)\s+(?:i|we)\s+[a-z]+\s+(?:the|it|them)(?:\s+[a-z]+)?\s*\?$"
    # "Date of the final match night?"
    r"|^date\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[a-z]+\s*\?$"  # ("Date of finals day?")
    # "When's the last one?" of a counted series
    r"|^when(?:'s|\s+is|\s+will\s+be)\s+the\s+(?:last|final)\s+(?:one|[a-z]+)\s*\?$"
    # "When is it ready?", "When will the batch be ready?"
    r"|^when(?:'s|\s+is|\s+are|\s+will|\s+should|\s+would)\s+(?:it|they|the\s+[a-z]+|this\s+[a-z]+)\s+(?:be\s+)?(?:ready|done"
    r"|finished|back)\s*\?$"
    r"|^when\s+(?:must|should|will|can|does|do)\s+(?:it|i|we|they|he|she|the\s+[a-z]+)\s+(?:be\s+)?"
    r"[a-z]+ed\s*\?$"
    # "When was it bought?": the day a thing told in the story was done
    r"|^when\s+(?:was|were)\s+(?:it|they|the\s+[a-z]+)\s+(?:[a-z]+ed|bought|sold|sent|made|paid|done"
    r"|taken|given|built|written|held|set|sown|laid|cut|begun|started)\s*\?$"
    # what the span's end lets begin: "When can I start covering?"
    r"|^when\s+(?:can|could|will)\s+(?:i|we|you|he|she|they)\s+(?:start|begin)\s+[a-z]+ing"
    r"(?:\s+(?:the|my|our|its|their)\s+[a-z]+)?\s*\?$"  # ("… start cutting the combs?")
    # a monthly rule's date in one month: "When is it in August 2028?"
    r"|^when(?:'s|\s+is|\s+will)\s+(?:it|the\s+[a-z]+)(?:\s+be)?\s+in\s+[a-z]+\s+\d{4}\s*\?$"
    r"|^when(?:'s|\s+is)\s+(?:the|my|our|their)\s+deadline\s*\?$"
    # "When's the fitting?": the event the span leads to, named (`unknown_thing` checks the name)
    r"|^when(?:'s|\s+is|\s+will\s+be)\s+(?:the|her|his|my|our|their)\s+(?:[a-z]+\s+)?[a-z]+ing\s*\?$"
    # "Latest date I can book?"
    r"|^(?:the\s+)?(?:latest|earliest|last|first)\s+date\s+(?:i|we|you|they|it)\s+(?:can|could|should"
    r"|must)\s+[a-z]+(?:\s+[a-z]+)?\s*\?$"
    r"|^when(?:'s|\s+is)\s+(?:it|that|she|payment|the\s+next\s+one|(?:the|my|our|their|her|his)\s+[a-z]+)"
    r"\s+due(?:\s+to\s+(?:calve|foal|lamb|farrow|hatch))?\s*\?$"  # ("When's she due to calve?")
    r"|^when\s+(?:will|should|would)\s+(?:it|they|the\s+[a-z]+)\s+(?:arrive|get\s+there|be\s+delivered)\s*\?$"
    # what the story's span is taken to do: "… take 21 days to hatch. When will they hatch?"
    # or "… pre-orders open 45 days before launch. When do pre-orders open?"
    # ("When do entries close?": a plural named bare)
    r"|^when\s+(?:will|should|would|do|does|can)\s+(?:it|they|the\s+[a-z]+|[a-z]+(?:-[a-z]+)+"
    r"|(?!(?:you|we|i|he|she|this|these|those|us|his)\b)[a-z]{3,}s)\s+(?P<done>[a-z]+)"
    r"(?:\s+(?:out(?:side|doors)?|back|home))?\s*\?$",  # ("When can they go outside?")
    re.IGNORECASE,
)
# ... but never the clock's own date: "What date is it?", "What's the date today?"
# (a plain "What's the date?" after a story with a span to count asks for the span's end:
# "… the next service is due 365 days after that. What's the date?")
ASKS_TODAY = re.compile(
    r"^(?:what|which)(?:'s|\s+is)\s+(?:the\s+)?(?:date|day)(?:\s+is\s+it|\s+today)\s*\?$"
    r"|\b(?:today|tomorrow|yesterday|tonight|now)\b",
    re.IGNORECASE,
)
THE_DATE = re.compile(r"^(?:what|which)(?:'s|\s+is)\s+(?:the\s+)?(?:date|day)\s*\?$", re.IGNORECASE)
# ... or a length: in days, weeks or nights between two dates, minutes or hours between times.
ASKS_LENGTH = re.compile(
    r"^(?:so\s+|and\s+)?how\s+(?:many\s+(?P<unit>seconds|minutes|hours|days|weeks|nights|weekdays)"
    r"|long)\b"
    # "How many induction days is that?" after "runs Monday to Friday only"
    r"|^(?:so\s+|and\s+)?how\s+many\s+[a-z]+\s+(?P<unit2>days)\b"
    # "What's the duty span in minutes?", "What was our time in seconds?" of two times (the unit
    # read from "in minutes")
    r"|^(?:so\s+)?what(?:'s|\s+is|\s+was)\s+(?:the|my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:span"
    r"|length|duration|time)\s+in\s+(?:seconds|minutes|hours)\s*\?$"
    # terse: "Dive time in minutes?", "Total time in hours?"
    r"|^(?:[a-z]+\s+){0,2}(?:span|length|duration|time)\s+in\s+(?:seconds|minutes|hours)\s*\?$"
    r"|^(?:hours|minutes)\s+(?:underground|underwater|asleep|aloft|airborne|open|awake|on\s+site"
    r"|on\s+shift|at\s+work|in\s+the\s+[a-z]+)\s*\?$",  # "hours underground?" of two times
    re.IGNORECASE,
)
# Held on every day of a span: "trips run every day from …" ("How many sailing days is that?"
# counts days, not weekdays)
EVERY_DAY = re.compile(r"\b(?:every\s+(?:single\s+)?day|daily)\b", re.IGNORECASE)
# The weekday of the story's one date, asked by pointing back at it.
WEEKDAY_OF_THAT = re.compile(
    r"(?:so\s+)?(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday|day)\s+(?:(?:is|was|will\s+be)"
    r"\s+(?:that|it|this)(?:\s+date|\s+day)?(?:\s+(?:fall\s+)?on)?"
    r"|(?:does|did|will)\s+(?:that|it|this)(?:\s+date|\s+day)?\s+fall\s+on"
    # "Which day of the week will it be on?", "… will the party be on?" (a thing the story names)
    r"|(?:will|would)\s+(?:that|it|this|the\s+[a-z]+)\s+be(?:\s+on)?"
    r"|(?:is|was)\s+the\s+[a-z]+(?:\s+on)?"  # ("… is the opening?": a thing the story names)
    # "… what day of the week is opening day?" (a day the story names by what happens)
    r"|(?:is|was|will\s+be)\s+(?!(?:next|this|that|the|every|each|any|a|one)\b)[a-z]+\s+day)\s*\?",
    re.IGNORECASE,
)
