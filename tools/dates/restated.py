"""A dated story's words said the plain way before `slots` reads it: a span said as a kind of
period ("with a 270-day shelf life from that date", "published 12 March 2031 with a 35-day
response period"), the k-th of a series asked bare ("… - when's the sixth?"), and the story's
span asked again as "so long on" ("… until 4 weeks after that. What's the date 4 weeks on?"),
and an instruction then its date asked ("Add 45 days to December 20, 2026. What's the date?").
Pure regex work."""

from __future__ import annotations

import re

from tools.dates.inclusive import INCLUSIVE
from tools.dates.parts import CHANGES, DATE

# A span said as a kind of period and counted from a date: "with a 270-day shelf life from that
# date" is a shelf life of 270 days from it
_HYPHEN_SPAN = re.compile(
    r"\ban?\s+(?P<n>\d{1,4})-(?P<u>day|week)\s+(?P<what>(?:[a-z]+\s+){0,2}?(?:life|period|window"
    r"|warranty|guarantee|quarantine|notice))\s+(?P<way>from|after)\b",
    re.IGNORECASE,
)
# ... or right after the date it runs from: "Tender published 12 March 2031 with a 35-day
# response period"
_DATED_PERIOD = re.compile(
    r"(?<=\d{4})\s+with\s+an?\s+(?P<n>\d{1,4})-(?P<u>day|week)\s+(?P<what>(?:[a-z]+\s+){0,2}?"
    r"(?:period|window))\b(?!\s+(?:from|after|before|of|to|for)\b)",
    re.IGNORECASE,
)
# ... or a check named by its span and asked: "The baby arrives on 6 September 2027. What date is
# the 6-week check?" (6 weeks after the story's date; not a scan, counted from elsewhere)
_CHECK_ASKED = re.compile(
    r"(?<=[.!?,]\s)(?:so\s+)?(?:what|which)\s+date\s+is\s+(?:the|my|our|his|her|their)\s+"
    r"(?P<n>\d{1,3})-(?P<u>day|week|month)\s+(?:check(?:-?up)?|review|follow-up|inspection)\s*\?$",
    re.IGNORECASE,
)
# The story's span asked again as "so long on": "What's the date 4 weeks on?"
_SPAN_ON = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+date|what\s+date\s+is\s+it)\s+"
    r"(?P<span>\d{1,4}\s+(?:days|weeks))\s+(?:on|later)\s*\?$",
    re.IGNORECASE,
)
# The k-th of a series asked bare: "… first one on Wednesday 7 March 2029 - when's the sixth?"
_BARE_KTH = re.compile(
    r"(?<=[.!?]\s)when(?:'s|\s+is)\s+the\s+(?P<k>\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:\s+one)?\s*\?$",
    re.IGNORECASE,
)


# A span said with what it is of, before its start: "Counting 345 days of gestation from …"
_SPAN_OF = re.compile(r"\b(\d[\d,]*\s+(?:days|weeks))\s+of\s+[a-z]+\s+(?=from\s)", re.IGNORECASE)


_TERMS = re.compile(
    r"(?<=\d{4}),?\s+(?:on\s+)?(?:payment\s+)?terms\s+(?:of\s+|are\s+)?(?:net\s+)?(?P<n>\d{1,3})\s+days\b"
    r"(?!\s+(?:after|from|following|of)\b)",
    re.IGNORECASE,
)


# "14 calendar days after the date of the letter": 14 days after the letter (set 186)
_DATE_OF_THING = re.compile(
    r"\b(?P<way>after|before|from)\s+the\s+date\s+of\s+the\s+(?P<thing>[a-z]+)\b", re.IGNORECASE
)
# "ready on the 60th day after making": 60 days after it
_NTH_DAY_AFTER = re.compile(
    r"\bon\s+the\s+(?P<n>\d{1,4})(?:st|nd|rd|th)\s+day\s+(?P<way>after|before)\b", re.IGNORECASE
)
# "working days (Mon-Fri, no holidays)": weekdays, said so
_WEEKDAYS_SAID = re.compile(
    r"\bworking\s+days\s*\(mon(?:day)?\s*[-–]\s*fri(?:day)?,?\s*(?:no|ignoring|excluding|without)\s+"
    r"(?:bank\s+|public\s+)?holidays\)",
    re.IGNORECASE,
)
_TERSE_LIMIT = re.compile(
    r"(?<=[.!?]\s)(?P<which>latest|earliest)\s+date\s+(?=to\s+[a-z]+|(?:i|we)\s+can\s)",
    re.IGNORECASE,
)
_CALENDAR_DAYS = re.compile(r"\b(\d{1,4})\s+calendar\s+days\b", re.IGNORECASE)
# A bracket saying the sum again: "… 14 days before the hearing date. What's the last date
# (hearing date minus 14 days)?" (set 186)
_SUM_AGAIN = re.compile(
    r"\s*\((?:the\s+)?[a-z]+(?:\s+date)?\s+(?P<sign>minus|plus)\s+(?P<span>\d{1,4}\s+(?:days|weeks))\)",
    re.IGNORECASE,
)


def _sum_again(m: re.Match[str]) -> str:
    """The bracket taken off when the text already says its span the same way, else kept."""
    way = "before" if m["sign"].lower() == "minus" else "after"
    said = re.search(rf"\b{m['span']}\s+{way}\b", m.string, re.IGNORECASE)
    return "" if said else m.group()


def spans_of_said(text: str) -> str:
    """The text with "345 days of gestation from …" said as "345 days from …"."""
    return _SPAN_OF.sub(r"\1 ", text) if " of " in text else text


def periods_said(text: str) -> str:
    """The text with each span said as a kind of period said as a span from its date (and
    payment terms as a date due so many days later; "14 calendar days after the date of the
    letter" as "14 days after the letter"; a bracket saying the sum again taken off)."""
    text = spans_of_said(text)
    if "atest date" in text or "arliest date" in text:  # ("… Latest date to lodge it?": set 188)
        text = _TERSE_LIMIT.sub(r"What's the \g<which> date ", text)
    if "th day " in text or "working days (" in text:  # (set 187)
        text = _WEEKDAYS_SAID.sub("weekdays", _NTH_DAY_AFTER.sub(r"\g<n> days \g<way>", text))
    if " of the " in text or "calendar" in text or " minus " in text or " plus " in text:
        text = _DATE_OF_THING.sub(r"\g<way> the \g<thing>", _SUM_AGAIN.sub(_sum_again, text))
        text = _CALENDAR_DAYS.sub(r"\1 days", text)
    if "terms" in text:  # "Invoice dated 28 January 2028, payment terms 45 days" (set 183)
        text = _TERMS.sub(r", due \g<n> days later", text)
    if "-day " not in text and "-week " not in text and "-month " not in text:
        return text
    text = _CHECK_ASKED.sub(r"What date is \g<n> \g<u>s after that?", text)
    text = _HYPHEN_SPAN.sub(r"a \g<what> of \g<n> \g<u>s \g<way>", text)
    return _DATED_PERIOD.sub(r" with a \g<what> of \g<n> \g<u>s from that date", text)


# "Date of round 8?": a labelled one of a series asked tersely
_DATE_OF_LABEL = re.compile(
    r"(?<=[.!?]\s)(?:the\s+)?date\s+of\s+(?P<l>[a-z]+\s+\d{1,3})\s*\?$", re.IGNORECASE
)


def kth_asked(text: str) -> str | None:
    """The text with a bare "when's the sixth?" asked as "What date is the sixth one?" ("Date of
    round 8?" as "What date is round 8?"), or None."""
    if kth := _BARE_KTH.search(text):
        return f"{text[: kth.start()]}What date is the {kth['k']} one?"
    label = _DATE_OF_LABEL.search(text)
    return f"{text[: label.start()]}What date is {label['l']}?" if label else None


def span_asked_again(question: str, told: str) -> bool:
    """Whether the question asks "the date 4 weeks on" of a story that said "4 weeks after"."""
    said_on = _SPAN_ON.match(question)
    return bool(said_on) and bool(
        re.search(rf"\b{said_on['span']}\s+(?:after|later)\b", told, re.IGNORECASE)
    )


# A series' count told before its step, and the last one asked: "The winter league is 8 matches,
# one every 14 days, starting …. What's the date of the final match?", "We have 14 weekend
# possessions, one every 7 days, … the last one?"
_COUNT_TOLD = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+s)\b(?=,?\s+one\s+every\b)"
)
_LAST_ONE = re.compile(r"\b(?:last|final)\s+(?P<noun>[a-z]+)\s*\??$", re.IGNORECASE)


def counted_last(text: str, question: str) -> re.Match[str] | None:
    """The count told of a series ("8 matches, one every 14 days") whose last one the question
    asks ("the final match", "the last one"), or None."""
    last = _LAST_ONE.search(question)
    told = list(_COUNT_TOLD.finditer(text, 0, len(text) - len(question)))
    if not last or len(told) != 1:
        return None
    asked, noun = last["noun"].lower(), told[0]["noun"].lower()
    return told[0] if asked == "one" or noun.startswith(asked[:4]) else None


# A sum asked as an instruction, then the date it gives asked alone: "Add 45 days to December
# 20, 2026. What's the date?" (the instruction is the question)
_DONE_THEN_ASKED = re.compile(
    r"^(?P<do>(?:add|subtract|take|count)\s+[^.?!]+?\d[^.?!]*?)[.!]?\s+(?:so\s+)?(?:what(?:'s|\s+is"
    r"|\s+will\s+be)\s+the\s+(?:new\s+|resulting\s+|final\s+)?date(?:\s+then)?"
    r"|(?:which|what)\s+date\s+(?:is\s+(?:it|that)|do\s+(?:you|i|we)\s+get))\s*\??$",  # ("Which date is it?")
    re.IGNORECASE,
)


def instruction_asked(text: str) -> str | None:
    """The instruction of "Add 45 days to December 20, 2026. What's the date?", else None."""
    m = _DONE_THEN_ASKED.match(text.strip()) if "date" in text[-24:].lower() else None
    return m["do"] if m else None


# A period told by its two ends, both counted, and a count of weekdays asked in it: "my mayoral
# year runs 14 May 2029 to 13 May 2030 inclusive and council meets on a Monday. how many Mondays
# are there in my year" (set 180) -> "How many Mondays from … to … inclusive?"
_PERIOD_TOLD = re.compile(
    rf"^[^.?!;\d]*?\b(?:runs|ran|lasts|lasted|goes|went|is|was)\s+(?:from\s+)?(?P<a>{DATE.pattern})"
    rf"\s+(?:to|until|till|through|thru)\s+(?P<b>{DATE.pattern})(?P<both>{INCLUSIVE.pattern})"
    r"(?P<rest>[^.?!;\d]*)[.?!;]?\s+how\s+many\s+(?P<what>(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|weekdays|weekend\s+days)\s+(?:are|were|will\s+there\s+be|fall)(?:\s+there)?\s+in\s+(?:it|that"
    r"|(?:the|my|our|his|her|their|this|that)\s+[a-z]+)\s*\??$",
    re.IGNORECASE,
)


def counted_in_period(text: str) -> str | None:
    """The plain question for a count of weekdays asked in a period told by its ends, both
    counted; None when anything else is told beside it (an exception, a break, another date)."""
    if "how many" not in text.lower() or not (m := _PERIOD_TOLD.match(text.strip())):
        return None
    if CHANGES.search(m["rest"]) or re.search(r"\b(?:holidays?|off|closed|break)\b", m["rest"]):
        return None
    return f"How many {m['what']} from {m['a']} to {m['b']} inclusive?"
