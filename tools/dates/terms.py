"""Stories that date a span for the dates grammar: a payment term counted from a dated
document ("An invoice dated 28 November 2026 is due in 30 days. What's the due date?"), a
stay counted in nights ("We check in on 27 December 2026 and check out on 3 January 2027. How
many nights is that?"), and a question about the date a clause before it stated ("Starting
from 27.04.2027, what's the date 75 days later?"). Pure regex and date work;
`tools.dates.grammar` asks them with the other one-event stories."""

from __future__ import annotations

import re

from tools.dates.facts import calendar_fact
from tools.dates.formats import split_format
from tools.dates.holidays import nth_weekday
from tools.dates.phrases import (
    DURATION_RE,
    MONTH_RE,
    iso_of,
    parse_duration,
    parse_holiday,
    part_day,
    written_date,
)
from tools.words import has_digit

# "An invoice dated 28 November 2026 is due in 30 days. What's the due date?": a dated document
# and a payment term in calendar days or weeks (business days need a holiday calendar).
_DUE_OFFSET = re.compile(
    r"^(?:the|my|our|his|her|their|an?)\s+[a-z][a-z' ]{0,30}?\s+(?:dated|issued|sent|signed)"
    r"\s+(?:on\s+)?(?P<date>[^.?!]+?)\s+is\s+(?:due|payable)\s+(?:in|within)\s+"
    r"(?P<n>\d{1,4})\s+(?:calendar\s+)?(?P<unit>days|weeks)\.\s+"
    r"(?:what(?:'s|\s+is)\s+(?:the|its)\s+due\s+date|when\s+is\s+(?:it|payment)\s+due"
    r"|what\s+date\s+is\s+(?:it|payment)\s+due)\?$",
    re.IGNORECASE,
)
# "The contract says payment is due 60 days after the invoice date of 14 December 2026.
# What's the due date?": the term counted from a named date of the document
_DUE_AFTER = re.compile(
    r"^(?:the\s+[a-z]+\s+(?:says|states)\s+(?:that\s+)?)?(?:payment|it|the\s+[a-z]+)\s+is\s+"
    r"(?:due|payable)\s+(?P<n>\d{1,4})\s+(?:calendar\s+)?(?P<unit>days|weeks)\s+(?:after|from)\s+"
    r"(?:the\s+)?(?:invoice|delivery|purchase|order|shipping|billing|receipt)\s+date"
    r"(?:\s+of|,|\s+\(|:)?\s+(?P<date>[^.?!()]+?)\)?\.\s+"
    r"(?:what(?:'s|\s+is)\s+(?:the|its)\s+due\s+date|when\s+is\s+(?:it|payment)\s+due"
    r"|what\s+date\s+is\s+(?:it|payment)\s+due)\?$",
    re.IGNORECASE,
)
# "I started a 14-day course on 19 January 2027, and 19 Jan counts as day 1. What date is day
# 14?": the same count, the start said first
_DAY_ONE_AFTER = re.compile(
    r"^[a-z0-9' -]{0,60}?\s+(?:on|from)\s+(?P<date>[^,.?!]+?),?\s+and\s+(?P<same>that|it|this"
    r"|[^,.?!]{1,20}?)"
    r"\s+counts\s+as\s+day\s+(?:1|one)[.,;]?\s+(?:which|what)\s+date\s+is\s+day\s+(?P<n>\d{1,4})\??$",
    re.IGNORECASE,
)
# "Invoice dated 18 Jan 2027 on net 30 terms: what date is payment due?": net N, due N days
# after the invoice date
_NET_TERMS = re.compile(
    r"^(?:an?\s+|the\s+|my\s+|our\s+)?invoice\s+dated\s+(?P<date>[^.?!:;]+?)"
    # ("Invoice dated Friday 17 May 2030, terms net 45 days.")
    r"(?:\s+(?:on|with|at)\s+|,\s+(?:payment\s+)?terms\s+)"
    r"net\s+(?P<n>\d{1,3})(?:\s+terms|\s+days)?\s*[:.,;]?\s+(?:what\s+date\s+is\s+(?:payment|it)\s+due"
    r"|when\s+is\s+(?:payment|it)\s+due|what(?:'s|\s+is)\s+the\s+due\s+date)\??$",
    re.IGNORECASE,
)
# "Counting 30 Aug 2027 as day 1 of the semester, which date is day 100?": day N is N - 1 later
_DAY_ONE = re.compile(
    r"^(?:counting|taking|if)\s+(?P<date>[^,.?!]+?)\s+(?:as|is)\s+day\s+(?:1|one)"
    r"(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?,\s+(?:which|what)\s+date\s+is\s+day\s+"
    r"(?P<n>\d{1,4})\??$",
    re.IGNORECASE,
)
# "I have an injection every 28 days. The last one was on 30 March 2027 — when is the next?":
# something every N days or weeks, its last date, then the next one asked.
_EVERY_NEXT = re.compile(
    r"^(?:[a-z' ]{0,60}?)\s*every\s+(?P<n>\d{1,3})\s+(?P<unit>days|weeks)[.,;]?\s+(?:and\s+)?the\s+"
    r"last(?:\s+one)?\s+(?:was|is)\s+(?:[a-z]+\s+)?(?:on\s+)?(?P<date>[^.?!—–]+?)(?:[.,;]|\s+[—–-])\s+"
    r"when\s+is\s+the\s+next(?:\s+one)?(?:\s+due)?\??$",
    re.IGNORECASE,
)
# "The beta ends 45 days after launch, and launch is 2027-03-01. Which date does it end?": an
# event counted from another, and that one dated
_AFTER_EVENT = re.compile(
    r"^(?:the|my|our|their)\s+(?P<a>[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>ends|starts|begins|closes"
    r"|opens|expires)\s+(?P<dur>" + DURATION_RE + r")\s+(?P<dir>after|before)\s+(?:the\s+)?"
    r"(?P<b>[a-z]+(?:\s+[a-z]+)?),?\s+and\s+(?:the\s+)?(?P<b2>[a-z]+(?:\s+[a-z]+)?)\s+is\s+"
    r"(?:on\s+)?(?P<date>[^.?!]+?)\.\s+(?:which|what)\s+date\s+does\s+(?:it|the\s+(?P<a2>[a-z]+"
    r"(?:\s+[a-z]+)?))\s+(?P<verb2>end|start|begin|close|open|expire)\?$",
    re.IGNORECASE,
)
# "We check in on 27 December 2026 and check out on 3 January 2027. How many nights is that?"
_STAY = re.compile(
    r"^(?:(?:i|we|they|he|she)\s+(?:check|arrive)|checking|(?:flying|going|heading)\s+out)\s+"
    r"(?:in\s+)?(?:on\s+)?(?P<a>[^.?!]+?)\s+and\s+(?:check(?:ing)?\s+out|leave|leaving|back"
    r"|returning|coming\s+back)\s+(?:on\s+)?(?P<b>[^.?!—–]+?)(?:\.|\s+[—–-]|,)"
    r"\s+how\s+many\s+nights(?:\s+away)?"
    r"(?:\s+is\s+that|\s+(?:is|will\s+be)\s+the\s+stay)?\?$",
    re.IGNORECASE,
)


def nights_of_stay(text: str, cue: str | None) -> dict | None:
    """A "between" request in nights for a stay story, or None."""
    m = _STAY.match(text)
    a = m and written_date(m["a"], cue)
    b = m and written_date(m["b"], cue)
    if not (a and b):
        return None
    return {"kind": "between", "a": iso_of(a), "b": iso_of(b), "unit": "nights", "inclusive": False}


def due_date(text: str, cue: str | None) -> dict | None:
    """A "shift" request from a dated document by its payment term (or from day 1 to day N of
    a count), or None."""
    m = _DAY_ONE.match(text) or _DAY_ONE_AFTER.match(text)
    if m and (d := written_date(m["date"], cue)) and int(m["n"]) > 0 and _same_day(m, d, cue):
        return _days_after(d, int(m["n"]) - 1)
    if (m := _EVERY_NEXT.match(text)) and (d := written_date(m["date"], cue)):
        return _days_after(d, int(m["n"]) * (7 if m["unit"].lower() == "weeks" else 1))
    if (m := _NET_TERMS.match(text)) and (d := written_date(m["date"], cue)):
        return _days_after(d, int(m["n"]))
    m = _DUE_OFFSET.match(text) or _DUE_AFTER.match(text)
    d = m and written_date(m["date"], cue)
    if not d:
        return None
    return _days_after(d, int(m["n"]) * (7 if m["unit"].lower() == "weeks" else 1))


def after_event(text: str, cue: str | None) -> dict | None:
    """A "shift" request for an event counted from another dated one, or None. The question
    asks about the first event with its own verb; the dated one is the one counted from."""
    m = _AFTER_EVENT.match(text)
    if not m or m["b"].lower() != m["b2"].lower() or (m["a2"] or m["a"]).lower() != m["a"].lower():
        return None
    if m["verb"].lower().rstrip("s") != m["verb2"].lower():
        return None
    d, dur = written_date(m["date"], cue), parse_duration(m["dur"])
    if not d or not dur or part_day(dur):
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    return {"kind": "shift", "base": iso_of(d), "steps": [(sign, dur)], "fmt": None}


# "The warranty lasts 730 days from the purchase date, 23 November 2026. What date is 730 days
# after that?", "Starting from 27.04.2027, what's the date 75 days later?": a clause that ends in
# one date, then a question that points back at it. The clause may say nothing else with a
# number in it (but the question's own span), nor anything that changes how days are counted.
_STATED = re.compile(
    r"^(?P<head>[A-Za-z0-9][A-Za-z0-9' ,:./-]{0,140}?)\s*(?:[.;]|,|\s+[—–-])\s+"
    r"(?P<question>[^.;?!,]+\??)$",
    re.IGNORECASE,
)
# Where the date starts in the clause: after "on", "from", "is", a colon or a comma, or at once
_DATE_START = re.compile(r"\b(?:on|from|of|dated|is|was)\s+|[:,]\s+", re.IGNORECASE)
# How a written date can start: a digit, a month or weekday name, "the" ("the 4th of July")
_DATE_OPENING = re.compile(
    r"\d|the\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\b",
    re.IGNORECASE,
)


def _date_like(text: str, starts: list[int]) -> list[int]:
    """The positions among `starts` where a date may begin (each costs a date parse)."""
    return [i for i in starts if _DATE_OPENING.match(text, i)]


_CHANGES_THE_COUNT = re.compile(
    r"\b(?:business|working|week\s*days?|weekends?|holidays?|exclud\w*|skip\w*|except|not|\w+n't"
    r"|never|only|count(?:s|ed|ing)?|calendars?|julian|hebrew|islamic|lunar|fiscal|zones?|utc|gmt|if"
    r"|suppose|assume|assuming|pretend|imagine|clock|time|hours?|minutes?|moved|changed"
    r"|rescheduled|postponed|delayed|shifted|pushed|brought)\b",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(r"(?:which|what)\s+(?:week)?day(?:\s+of\s+the\s+week)?", re.IGNORECASE)
_BACK = re.compile(
    r"\b(?P<dir>after|before|from|since)\s+(?:that|that\s+date|that\s+day|it|then|this\s+date)$"
    rf"|\b(?P<dur>{DURATION_RE})\s+(?P<way>later|afterwards|on|earlier|before)$"
    # "Which day of the week is that?", "What day of the week does it fall on?"
    r"|\b(?:that|it|this)(?:\s+date|\s+day)?(?P<fall>\s+fall(?:\s+on)?|\s+be)?$",
    re.IGNORECASE,
)


_THING = r"[^\W\d_](?:[^\W\d_]|[' -]){2,60}?"  # ("Şeb-i Arus")
_MOVES_THE_DAY = re.compile(
    r"\b(?:after|before|eve|next|following|previous|later|earlier|since|until|from)\b",
    re.IGNORECASE,
)


# A day told once a year, then its weekday asked in a year: "Ferragosto is 15 August. What day
# of the week is it in 2027?" (read as "What weekday is 15 August 2027?")
_YEARLY_DAY = re.compile(
    rf"^(?P<thing>{_THING})\s+(?:is|falls)\s+(?:on\s+)?(?P<date>\d{{1,2}}\s+(?:{MONTH_RE})|(?:{MONTH_RE})\s+\d{{1,2}})"
    r"(?:\s+(?:every|each)\s+year)?\.\s+(?:what|which)\s+(?:weekday|day\s+of\s+the\s+week)\s+"
    r"(?:is\s+it|does\s+it\s+fall\s+on|will\s+it\s+be(?:\s+on)?|is\s+that)\s+in\s+(?P<year>\d{4})\s*\??$",
    re.IGNORECASE,
)


def about_stated_date(text: str, cue: str | None) -> str | None:
    """The question with the stated date put where it points back ("… 75 days after
    27.04.2027?"), or None when `text` is not such a pair."""
    if (y := _YEARLY_DAY.match(text.strip())) and not _MOVES_THE_DAY.search(y["thing"]):
        return f"What weekday is {y['date']} {y['year']}?"
    m = _STATED.match(text.strip())
    if not m:
        return None
    head = m["head"]
    starts = [0, *(d.end() for d in _DATE_START.finditer(head))]
    starts += [d.start() for d in _WORD_BEFORE_DATE.finditer(head)]
    start = next(
        (i for i in _date_like(head, sorted(set(starts))) if written_date(head[i:], cue)), None
    )
    lead, date = head[:start].strip(), head[start:] if start is not None else ""
    if start is None or _CHANGES_THE_COUNT.search(lead):
        return None
    question = m["question"].rstrip("?").strip()
    if _BARE_WEEKDAY.fullmatch(question):  # "2028-02-29 — which weekday?"
        return None if lead else f"What weekday is {date}?"
    back = _BACK.search(question)
    if not back:
        return None
    spans = re.findall(DURATION_RE, lead, re.IGNORECASE)
    if has_digit(re.sub(DURATION_RE, "", lead)) or any(span not in question for span in spans):
        return None  # a number in the clause that is not the question's own span
    if back["dir"]:
        pointed = f"{back['dir']} {date}"
    elif not back["dur"]:  # the date itself: "what weekday is 2028-03-17"
        pointed = f"{date}{back['fall'] or ''}"
    else:
        way = "after" if back["way"].lower() in ("later", "afterwards", "on") else "before"
        pointed = f"{back['dur']} {way} {date}"
    return f"{question[: back.start()]}{pointed}?"


# "The concert is 3 weeks after 5 September 2026. What date is the concert?": one event, dated
# from a written date, then asked for by the same name.
_EVENT_OFFSET = re.compile(
    r"^(?:the|my|our|his|her|their|an?)\s+(?P<subject>[a-z][a-z' ]{0,40}?)\s+(?:is|will\s+be|was)"
    r"\s+(?:scheduled\s+|planned\s+|set\s+)?(?:for\s+)?"
    rf"(?P<dur>{DURATION_RE})\s+(?P<dir>after|before)\s+(?P<date>[^.?!]+)\.\s+"
    r"(?:(?:what|which)\s+(?:date|day)\s+is|what\s+is|what's|when\s+is)\s+"
    r"(?:the|my|our|his|her|their)\s+(?P<event>[a-z][a-z' ]{0,30}?)(?P<tail>\s+in\s+[^?]+)?\?$",
    re.IGNORECASE,
)


def event_offset(text: str, cue: str | None) -> dict | None:
    """A "shift" request for a one-event story (a payment term, a stay, an event dated from a
    written date and asked for by its name), or None."""
    text = " ".join(text.split())
    if found := (
        due_date(text, cue)
        or nights_of_stay(text, cue)
        or after_event(text, cue)
        or later_than_stated(text, cue)
        or kth_repeat(text, cue)
    ):
        return found
    m = _EVENT_OFFSET.match(text)
    # the question names what the first sentence dated: "A baby's due date … the due date?"
    if not m or not m["subject"].lower().endswith(m["event"].lower()):
        return None
    d, dur = written_date(m["date"], cue), parse_duration(m["dur"])
    if not d or not dur or part_day(dur):
        return None
    fmt = split_format("x" + (m["tail"] or ""))[1] if m["tail"] else None
    if m["tail"] and fmt is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    return {"kind": "shift", "base": iso_of(d), "steps": [(sign, dur)], "fmt": fmt}


# "US Memorial Day is the last Monday in May. What date is it in 2027?": a rule stated, then
# the year asked. A holiday the calendar knows must agree with the stated rule.
_RULE_THEN_YEAR = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z' ()-]{0,60}?)\s+(?:is|falls?|are|is\s+(?:held|run|observed|celebrated"
    r"|marked)|is\s+always)(?:\s+on)?"
    r"\s+(?:always\s+)?(?:on\s+)?the\s+(?P<rule>(?:first|second|third|fourth|fifth|last|1st|2nd"
    r"|3rd|4th|5th)\s+[a-z]+day\s+(?:in|of)\s+[a-z]+)\s*(?:[.;,]|\s+[—–-])\s+(?:so\s+)?"
    r"(?:(?:what|which)\s+date\s+is\s+(?:it|that)|what(?:'s|\s+is)\s+the\s+date|when\s+is\s+it"
    r"|when\s+does\s+it\s+fall|(?:the\s+)?date)\s+in\s+(?P<year>\d{4})\??$",
    re.IGNORECASE,
)


def by_stated_rule(text: str, cue: str | None) -> dict | None:
    """The date of a weekday rule stated, then asked for a year ("the last Monday in May
    2027"), or None. A holiday the calendar knows must fall on it, or the model says which is
    right."""
    m = _RULE_THEN_YEAR.match(text.strip())
    found = m and calendar_fact(f"the {m['rule']} {m['year']}", cue)
    if not found or found.get("what") != "nth_weekday":
        return None
    known = parse_holiday(f"{m['name']} {m['year']}")
    ruled = nth_weekday(found["year"], found["month"], found["weekday"], found["n"])
    return None if known is not None and known.value.date() != ruled else found


# "The lease runs from 1 February 2027 to 31 January 2028, both days included. How many days is
# that?": a span stated, then its length asked (with how its ends count said either side).
_BOTH = (
    r"(?:both\s+(?:days|dates|ends)\s+included|inclusive|(?:counting|including)\s+both\s+"
    r"(?:the\s+first\s+and\s+(?:the\s+)?last\s+days?|(?:the\s+|those\s+)?(?:days|dates|ends)))"
)
_SPAN_THEN = re.compile(
    r"^(?P<lead>[A-Za-z][A-Za-z' ]{0,60}?)\s+(?:runs?|ran|lasts?|lasted|goes|went|is|was|will\s+run)"
    r"\s+from\s+(?P<a>[^.;?!]+?)\s+(?:to|until|till|through)\s+(?P<b>[^.;?!,]+?)"
    rf"(?P<incl1>,\s+{_BOTH})?[.;]\s+(?P<incl0>{_BOTH},\s+)?how\s+many\s+"
    rf"(?P<unit>days|weeks)\s+is\s+(?:that|it)(?P<incl2>,?\s+{_BOTH})?\??$",
    re.IGNORECASE,
)


def about_stated_span(text: str) -> str | None:
    """The length question asked directly ("How many days from 1 February 2027 to 31 January
    2028 inclusive?"), or None when `text` is not a span, said to count both ends, then "how
    many days is that"."""
    m = _SPAN_THEN.match(text.strip())
    # A period that runs from one day to another holds both, to many readers; to others its
    # length is the difference. Only a span that says how its ends count is answered.
    if (
        not m
        or not (m["incl0"] or m["incl1"] or m["incl2"])
        or _CHANGES_THE_COUNT.search(m["lead"])
    ):
        return None
    return f"How many {m['unit']} from {m['a']} to {m['b']} inclusive?"


# "The school trip is on the second Thursday of June 2030. Which date is that?": a day named by
# its place in a month, then its date asked
_NTH_TOLD = re.compile(
    r"^(?P<lead>[A-Za-z][A-Za-z' -]{0,60}?)(?:'s|'ve\s+booked|\s+(?:is|was|will\s+be|falls|runs|takes\s+place|are"
    r"|(?:have\s+)?booked"  # ("I've booked the chimney sweep for the first Friday of …")
    r"|starts?|begins?|opens?|leaves?|departs?|sets\s+off|arrives?|ends?|finishes|closes?|meets?"
    r"|comes?|(?:can|will)\s+come|visits?|wants?|asked\s+for|asks\s+for"  # ("A stag group wants …")
    r"|(?:has|have)\s+to\s+be\s+[a-z]+\s+by|must\s+be\s+[a-z]+\s+by"  # "… has to be finished by"
    r"|on(?=\s+the\s)))"  # ("We're ringing a quarter peal on the second Sunday of …")
    # ("We open the ice cream parlour for summer on …": what is opened, and for what)
    # ("… wants matinee tickets for the second Saturday …": set 175)
    r"(?:\s+(?:(?:the|our|my|their)\s+)?[a-z' ]{1,40}?(?:\s+for\s+[a-z ]{1,20}?)?(?=\s+(?:on|for)\s+the\s))?"
    r"(?:\s+for\s+(?:the\s+)?(?:winter|summer|spring|autumn|season|holidays?)(?=\s+on\s))?"
    r"(?:\s+(?:held|on|for))*(?:\s+(?:booked|set|scheduled|planned|fixed)\s+for)?\s+(?P<nth>the\s+(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th"
    r"|5th)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+[A-Za-z]+\s+\d{4})(?:[.;,]|\s+[—–-])\s+"
    r"(?:so\s+)?(?:(?:(?:which|what)(?:'s|\s+is)?\s+(?:the\s+)?)?date(?:\s+is\s+(?:that|it))?"
    r"|(?:which|what)\s+date\s+(?:do|should|shall)\s+(?:i|we)\s+book)"  # ("What date do I book?")
    r"(?:,\s+so\s+(?:that\s+)?(?:i|we)\s+can\s+[a-z' ]{1,60})?\s*\??$",  # ("…, so I can book the pitch?")
    re.IGNORECASE,
)


_WEEKEND_NAMED = re.compile(
    r"\bweekends?\b|\b(?:opening|summer|winter)\s+hours\b|\bholiday\b(?!\s+(?:days?|weeks?))",
    re.IGNORECASE,
)
# A note with no subject: "Booked in for the second Tuesday of October 2030."
_BOOKED_FOR = re.compile(
    r"^(?:booked|set|scheduled|planned|pencilled)(?:\s+in)?\s+for\s+(?=the\s)", re.IGNORECASE
)


def nth_weekday_told(text: str) -> str | None:
    """ "What date is the second Thursday of June 2030?" for a day told by its place in a month
    and its date then asked; None otherwise."""
    m = _NTH_TOLD.match(_BOOKED_FOR.sub("It is on ", text.strip(), count=1))
    # ("Lambing weekend … starts on the second Saturday", "Summer opening hours begin on …",
    # "Brownie holiday starts on …": a weekend, opening hours or a holiday named change no count)
    if not m or _CHANGES_THE_COUNT.search(_WEEKEND_NAMED.sub(" ", m["lead"])):
        return None
    return f"What date is {m['nth']}?"


# "Spring break begins 2028-03-18 and school resumes 9 days later. Which date is that?",
# "Library book borrowed on 5 March 2027 is due 21 days later. Which date is that?": a date,
# a span after (or before) it in the same sentence, then that date asked.
_LATER_THAN_STATED = re.compile(
    rf"^(?P<head>[A-Za-z0-9][A-Za-z0-9' ,./-]{{0,120}}?)\s+(?P<dur>{DURATION_RE})\s+"
    r"(?P<way>later|afterwards|earlier|before|beforehand)[.;]\s+(?:which|what)\s+date\s+is\s+"
    r"(?:that|it)\??$",
    re.IGNORECASE,
)
_WORD_BEFORE_DATE = re.compile(
    r"(?<=\s)(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE
)
_DATE_END = re.compile(r"\s+(?:and|is|was|will)\s+|,\s+", re.IGNORECASE)


def later_than_stated(text: str, cue: str | None) -> dict | None:
    """A "shift" request from the one date in a sentence by the span after it, or None. Nothing
    else in the sentence may hold a number or change how days are counted."""
    m = _LATER_THAN_STATED.match(text.strip())
    if not m or _CHANGES_THE_COUNT.search(m["head"]):
        return None
    head = m["head"]
    starts = [0, *(d.end() for d in _DATE_START.finditer(head))]
    starts += [d.start() for d in _WORD_BEFORE_DATE.finditer(head)]
    for start in _date_like(head, sorted(set(starts))):
        for end in _DATE_END.finditer(head, start):
            rest = head[:start] + head[end.start() :]
            if has_digit(rest) or not (d := written_date(head[start : end.start()], cue)):
                continue
            dur = parse_duration(m["dur"])
            if not dur or part_day(dur):
                return None
            sign = -1 if m["way"].lower() in ("earlier", "before", "beforehand") else 1
            return {"kind": "shift", "base": iso_of(d), "steps": [(sign, dur)], "fmt": None}
    return None


def _same_day(m: re.Match[str], start, cue: str | None) -> bool:
    """Whether the day said to count as day 1 ("19 Jan counts as day 1") is the start date."""
    same = m.groupdict().get("same")
    if same is None or same.lower() in ("that", "it", "this"):
        return True
    said = written_date(same, cue) or written_date(f"{same} {start.value.year}", cue)
    return said is not None and said.value.date() == start.value.date()


# The k-th of something that repeats from a first date: "Payday is every other Friday, first one
# 8 Jan 2027. What is the date of the 6th payday?", "I work every 3rd day starting 2027-02-01
# (that's shift 1). What's the date of shift 10?", "Two-week sprints, sprint 1 starts on 21 June
# 2027. What date does sprint 4 start?" The k-th is (k - 1) periods after the first.
_KTH_REPEAT = re.compile(
    r"^[a-z' ]{0,40}?\bevery\s+(?:(?P<other>other)\s+(?P<unit1>day|week|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|(?P<nth>\d{1,2})(?:st|nd|rd|th)\s+(?P<unit2>day|week)"
    r"|(?P<n>\d{1,3})\s+(?P<unit3>days|weeks)),?\s+(?:starting(?:\s+on)?|from|beginning(?:\s+on)?"
    r"|(?:the\s+)?first\s+one(?:\s+(?:is|was))?(?:\s+on)?)\s+(?P<date>[^.;()?!]+?)"
    r"(?:\s*\(that's\s+[a-z]+\s+(?:1|one)\))?[.;]\s+what(?:'s|\s+is)\s+the\s+date\s+of\s+"
    r"(?:the\s+)?(?:(?P<k>\d{1,3})(?:st|nd|rd|th)\s+[a-z]+|[a-z]+\s+(?P<k2>\d{1,3}))\??$",
    re.IGNORECASE,
)
_SPRINTS = re.compile(
    r"^(?P<n>one|two|three|four|\d)[- ]week\s+(?P<what>sprint|cycle|iteration|block)s?,?\s+"
    r"(?P=what)\s+(?:1|one)\s+(?:starts|begins)\s+(?:on\s+)?(?P<date>[^.;?!]+?)[.;]\s+what\s+date\s+"
    r"does\s+(?P=what)\s+(?P<k>\d{1,3})\s+(?:start|begin)\??$",
    re.IGNORECASE,
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4}


def kth_repeat(text: str, cue: str | None) -> dict | None:
    """A "shift" request to the k-th of something repeating from a first date, or None."""
    if m := _SPRINTS.match(text.strip()):
        days, k = 7 * int(_SMALL.get(m["n"].lower(), m["n"])), int(m["k"])
    elif m := _KTH_REPEAT.match(text.strip()):
        unit = (m["unit1"] or m["unit2"] or m["unit3"]).lower().rstrip("s")
        step = 2 if m["other"] else int(m["nth"] or m["n"])
        days = step * (7 if unit != "day" else 1)
        k = int(m["k"] or m["k2"])
    else:
        return None
    d = written_date(m["date"], cue)
    if not d or k < 1:
        return None
    weekday = m.groupdict().get("unit1")
    if (
        weekday
        and weekday.lower() not in ("day", "week")
        and d.value.strftime("%A").lower() != weekday.lower()
    ):
        return None  # "every other Friday, first one 8 Jan 2027" must be a Friday
    return _days_after(d, days * (k - 1))


def _days_after(d, days: int) -> dict:
    """A "shift" request: `days` calendar days after the written date `d`."""
    return {
        "kind": "shift",
        "base": iso_of(d),
        "steps": [(1, parse_duration(f"{days} days"))],
        "fmt": None,
    }
