"""Which way a dated story's span runs from its one date, for `slots`: said next to it ("9 days
later", "10 weeks before the wedding", "within 21 days of"), or told by what was done on the
date ("We pressed on 2 October 2027 and the cider needs 14 weeks in the cask. Bottling date?",
"A commission came in on Monday 12 April 2027 and I quote 5 weeks' turnaround. What date do I
promise the customer?").

Something done on the date happened (a verb in the past tense right before "on <date>", not "is
scheduled on"); a span told as what it needs, takes or waits then runs forward from it. The
span must say so next to it (needs, takes, wait, let it ... for, a quoted turnaround) and say no
direction of its own, or say "before" the thing the question asks of ("let it cycle for 6 weeks
before any fish go in. what date can i add fish"). A question that asks for a latest day or a
deadline is left alone ("The exam is on 23 November and I want ten weeks before it" counts
back), and so is one in the past that names another event than the span's ("The parcel arrived
on 3 May 2027 and took 5 days to get here. What date was it sent?" asks for its start).
Pure regexes.
"""

from __future__ import annotations

import re

from tools.dates.counted_from import from_date
from tools.dates.deadlines import NEEDS as _NEEDS
from tools.dates.deadlines import ends_on_the_day, notice_given, start_asked
from tools.dates.phrases import parse_duration

# A span's direction, said right after it ("9 days later", "10 weeks before", "45 days after
# that") or right before it ("within 21 days of", "took 17 days")
_AFTER_SPAN = re.compile(
    r"\s*(?P<way>later|afterwards|after|from|on\s+from|before|earlier|prior\s+to|ahead\s+of|ahead|of)"
    r"(?P<what>\s+[^,.;:!?—–]*)?",  # (a dash ends the clause: "after the service — what …")
    re.IGNORECASE,
)
# (not "lasts": "starts on 3 May and lasts 10 days" may end on the 12th or the 13th; not
# "takes" or "needs": "expires on 9 May and renewal takes 6 weeks. What date should I apply
# by?" counts back)
_AND = re.compile(r"\s+(?:and|but)\s+", re.IGNORECASE)
_UNTIL = re.compile(r"\s+(?:before|until|till)\s+", re.IGNORECASE)
_BEFORE_SPAN = re.compile(r"\b(?P<pre>within|due\s+in|in|took|takes|after)\s+$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;!?]|$)")
_ENDS = re.compile(r"[.;!?]")
_BACK = {"before", "earlier", "prior to", "ahead of", "ahead"}
_MADE_ON = re.compile(
    r"\b(?:made|started|begun|brewed|bottled|poured|planted|sown|laid|set|mixed|cast|put\s+down)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# ("from seeding to cut in our towers", "from delivery to open a return": counted from the first)
_TO_VERB = re.compile(r"\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}\s*$", re.IGNORECASE)
# ... but "needs 28 days to cure" after something done on the date runs forward from it, unless
# the story has an end or the question a latest day ("renewal needs 6 weeks … apply by?")
# ... or "the parts take 12 days. What date will it be ready?": what takes the span is done
_READY_ASKED = re.compile(
    r"\s*[.!]\s+(?:so\s+)?(?:what|which)\s+date\s+will\s+(?:it|they)\s+be\s+(?:ready|done|finished"
    r"|complete|completed)\s*\?$",
    re.IGNORECASE,
)
_TO_EVENT = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?(?:first\s+)?[a-z]+", re.IGNORECASE)
_TO_DO = re.compile(
    r"\s+(?:to|for)\s+(?:[a-z]+\s+)?[a-z]+|\s+(?:cure|curing|drying|rest|quarantine)\b"  # "a 6 week cure"
    r"|\s+of\s+(?:[a-z]+\s+)?[a-z]+ing\b|['’]\s+[a-z]+ing\b",  # "270 days of air drying", "18 weeks' seasoning"
    re.IGNORECASE,
)
_BY_WHEN = re.compile(
    r"\b(?:by|before|latest|deadline|expir\w*|ends?|due|closes?|apply|order|renew\w*|start\w*"
    r"|begin\w*|prior)\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"\b(?:left|departed|set\s+(?:off|out|sail)|sailed|started|began|posted|sent|shipped"
    r"|dispatched)\b",
    re.IGNORECASE,
)
_START_REACH = 30
# Something handed in on a date and promised back in a span: forward from the handing in
_HANDED_IN = re.compile(
    r"\b(?:came\s+in|brought\s+(?:it\s+)?in|left|dropped\s+(?:it\s+)?off|handed\s+(?:it\s+)?in"
    r"|booked\s+(?:it\s+)?in"
    # ("I accepted a faceting commission on …": a job taken on)
    r"|accepted|took\s+on|taken\s+on|commissioned)(?:\s+[a-z]+){0,4}?\s+on\s+$",
    re.IGNORECASE,
)
_READY_IN = re.compile(
    r"\b(?:ready|back|done|finished|returned|turn\s+(?:repairs|it|them|jobs)\s+(?:a)?round"
    r"|promised\s+(?:it|them))\s+in\s+$",
    re.IGNORECASE,
)
_AGED = re.compile(r"\s+old\b")
_BIRTH = re.compile(  # ("The gelato lab opened on 17 March 2025. … is it 1,000 days old?")
    r"\b(?:born|arrived|birth|opened|founded|launched|established|hatched|planted)"
    r"(?:\s+(?:my|our|the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:on\s+)?$",  # ("opened my shop on")
    re.IGNORECASE,
)
_DATED = re.compile(r"\b(?:dated|issued|sent|raised|invoiced)\s+(?:on\s+)?$", re.IGNORECASE)

# A verb in the past tense and up to five words of its object before "on": "We pressed on",
# "filled the new tank on", "I gave whole blood on", "A commission came in on"
_DONE_ON = re.compile(
    r"\b(?P<verb>[a-z]+ed|gave|came|went|began|made|put|sent|got|took|bought|sold|left|sowed|sown"
    r"|laid|dug|cut|brought|drove|rode|wrote|flew|ran|paid|dropped|set)"
    r"(?:\s+on(?=\s+(?:a|an|the|my|our|his|her|their)\s))?"  # ("took on a rug commission on")
    r"(?:\s+(?!on\b)[a-z']+){0,7}\s+on\s+$"  # ("Sent the watch off to the repair centre on")
    # ("Drying racks filled Saturday 9 October 2027": the date right after its verb)
    r"|\b(?P<verb2>[a-z]+ed|laid|sown|dug|bought|sold|sent|began)(?:\s+(?:off|in|out|up|back))?\s+$"
    r"|\blast\s+(?P<event>[a-z]+)\s+was\s+(?:on\s+)?$",  # ("My last grading was 14 September")
    re.IGNORECASE,
)
# ... but not a plan or a state: "is scheduled on", "was booked on", "we planned on"
_PLANNED = frozenset(
    [
        "scheduled",
        "planned",
        "booked",
        "arranged",
        "expected",
        "fixed",
        "timed",
        "supposed",
        "set",
        "due",
        "needed",
        "wanted",
        "hoped",
        "aimed",
    ]
)
# ... though "set" with its object was done: "We set a tray on Tuesday 6 April" (in an incubator)
_SET_SOMETHING = re.compile(
    r"set\s+(?:a|an|the|our|my|his|her|their|some|\d+)\s+(?!for\b)[a-z]+", re.IGNORECASE
)
# ("This cheddar was made on …" was done; "is made on" is a habit)
# ... or an event said to have been on the date, when the span is said before what the question
# asks of: "wait 28 days before a touch-up. … the session was on 15 December 2026"
_WAS_ON = re.compile(
    r"\b(?:the|my|our|her|his|their|your)\s+[a-z]+\s+was\s+(?:on\s+)?$", re.IGNORECASE
)
_COPULA = re.compile(r"\b(?:is|are|be|being|'s|'re)\s+$", re.IGNORECASE)
_REACH = 48  # characters before the date in which its verb is looked for

# The span told as what is needed, taken or waited, right before it ("needs 14 weeks in the
# cask", "took 5 days to arrive", "let it cycle for 6 weeks", "wait 12 weeks between donations") ...
_SPAN_NEEDED = re.compile(
    r"\b(?:needs?|needed|takes?|took|requires?|required|wait|waits|waited|allow|give\s+it|has|have"
    r"|lead\s+time(?:\s+is|\s+of)?|(?:gestation|incubation)(?:\s+is|\s+of)?"  # ("…, lead time 10 weeks")
    r"|(?:here\s+)?is\s+taken\s+as"  # ("gestation here is taken as 283 days")
    r"|count\s+(?:gestation|it)\s+as|(?:is\s+)?planned\s+at"  # ("… the passage is planned at 47 days")
    r"|reckon\s+on"  # ("mated on 2 August 2026 and we reckon on 345 days of gestation")
    # ("Poured the tapers on …; they cure for 2 weeks.")
    r"|(?:cure|cures|dry|dries|set|sets|soak|soaks|rest|rests|settle|settles|cool|cools|harden"
    r"|hardens|mature|matures|ferment|ferments|steep|steeps|sit|sits|season|seasons|incubate"
    r"|incubates|age|ages|keep|keeps)(?:\s+(?:it|them))?\s+for"  # ("have to age for 21 days")
    # ("the back props stay in for 28 days")
    r"|(?:stay|stays|remain|remains)(?:\s+(?:in|up|on|in\s+place))?\s+for"
    r"|at\s+least"
    r"|let\s+it\s+[a-z]+\s+for|leave\s+it\s+(?:for\s+)?|rest\s+(?:it\s+)?for)"
    r"\s+(?:an?\s+|another\s+)?$",
    re.IGNORECASE,
)
# ... or a turnaround quoted ("I quote 5 weeks' turnaround", "with a 10 day turnaround")
_QUOTED = re.compile(r"\b(?:quote[sd]?|offers?|gives?|with|an?)\s+$", re.IGNORECASE)
_QUOTED_FOR = re.compile(
    r"\b(?:quote[sd]?|quoted\s+at|(?:supplier|maker|shop|seller|courier)\s+says)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)  # ("I ordered the kit on 3 March 2027 and the supplier says six weeks.")
_FOR_THE_JOB = re.compile(r"\s+for\s+(?:the|its|their|his|her|an?)\s+[a-z]", re.IGNORECASE)
_TURNAROUND = re.compile(r"(?:'s?|s')?[\s-]+(?:turnaround|lead\s+time)\b", re.IGNORECASE)
# ... and what it is needed for right after it: "to cure", "in the cask", "of ageing", "between
# donations",
# "before any fish go in", or nothing ("needs 6 weeks."); not "a 6 week holiday" or "2 months'
# notice" (which runs from when it is given)
_NEEDED_FOR = re.compile(
    r"\s+(?:to|in|between|before|of)\s+[a-z]|\s*(?:[.,;!?]|$)|\s+(?:and|but|so)\s"
    r"|\s+by\s+(?:sea|air|road|rail|ship|boat|post|courier)\b"  # ("takes 37 days by sea")
    r"|'\s+[a-z]+ing\b",  # ("needs 270 days' maturing")
    re.IGNORECASE,
)
# A question in the past may ask for the span's start ("… took 5 days to come. What date was it
# posted?"): it must then name what the span's clause tells ("What date did it arrive?")
_PAST = re.compile(r"\b(?:was|were|did|had|have|been)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?]|,\s|\s(?:and|but)\s", re.IGNORECASE)
_DIRECTION = re.compile(
    r"\s*(?:later|afterwards|after|from|on\s+from|before|earlier|prior|ahead|ago|old|late"
    r"|early|since|until|till|back)\b",
    re.IGNORECASE,
)
_BEFORE_THING = re.compile(r"\s+before\s+(?P<thing>[^,.;:!?]+)", re.IGNORECASE)
_THAT_ASKED = re.compile(r"^(?:so\s+)?(?:what|which)\s+date\s+is\s+that\s*\?$", re.IGNORECASE)
_DEADLINE = re.compile(
    r"\b(?:latest|by|before|no\s+later|ago|start(?:ed)?\s*\?|begin\s*\?)", re.IGNORECASE
)
# Something that ended on the date: a span with it may be counted back to its start ("The
# parcel arrived on 3 May 2027 and took 5 days to get here.")
_ENDED = re.compile(
    r"\b(?:arrived|delivered|landed|finished|ended|completed|expired|closed|returned|came\s+back"
    r"|got\s+back|got\s+home|came\s+home|died|retired|stopped|lapsed)\b[^.;!?]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{4,}")
_PLAIN = frozenset(("what", "date", "when", "will", "does", "have", "that", "this", "with", "from"))


def _stems(text: str) -> set[str]:
    return {w[:4] for w in _WORD.findall(text.lower())} - _PLAIN


def _before_date(
    pattern: re.Pattern[str], text: str, date: re.Match[str], reach: int
) -> re.Match[str] | None:
    """`pattern` said in the `reach` characters right before `date`."""
    return pattern.search(text, max(0, date.start() - reach), date.start())


def done_on(text: str, date: re.Match[str]) -> bool:
    """True when the story tells something done on `date`, in the past tense."""
    m = _before_date(_DONE_ON, text, date, _REACH)
    if m is None:
        return False
    if (m["verb"] or m["verb2"] or "").lower() in _PLANNED and not _SET_SOMETHING.match(m.group()):
        return False
    if (m["verb2"] or "").lower() in ("dated", "issued", "served", "postmarked"):
        return True  # "The letter is dated 21 June 2027": a paper's date is when it was done
    return _COPULA.search(text, max(0, m.start() - 8), m.start()) is None


def _ended_on(text: str, date: re.Match[str]) -> bool:
    return _before_date(_ENDED, text, date, _REACH) is not None


def _later_asked(text: str, question: str, span: re.Match[str]) -> bool:
    """False when a question in the past names another thing than the span's clause tells."""
    return not _PAST.search(question) or bool(_stems(question) & _stems(_clause(text, span)))


def _clause(text: str, m: re.Match[str]) -> str:
    """The words of `m`'s clause, from up to 24 characters before it."""
    starts = [e.end() for e in _CLAUSE_END.finditer(text, max(0, m.start() - 24), m.start())]
    end = _CLAUSE_END.search(text, m.end())
    return text[max([max(0, m.start() - 24), *starts]) : end.start() if end else len(text)]


def forward_from_done(text: str, question: str, span: re.Match[str], date: re.Match[str]) -> bool:
    """True when `span` runs forward from something done on `date` (see the module docstring)."""
    before = _BEFORE_THING.match(text, span.end())
    was_on = before and _before_date(_WAS_ON, text, date, _REACH)
    if _DEADLINE.search(question) or not (was_on or done_on(text, date)):
        return False
    if _ended_on(text, date) and not (before and _SPAN_NEEDED.search(text, 0, span.start())):
        # (what ended on the date may be counted back; not a span needed after it "before it
        # can be painted", of "We finished rendering on …")
        return False
    told = text[max(0, span.start() - 24) : span.start()]
    if not (
        (_SPAN_NEEDED.search(told) and _NEEDED_FOR.match(text, span.end()))
        or (_QUOTED.search(told) and _TURNAROUND.match(text, span.end()))
        # "came in on 2 December 2026 and I quoted 8 weeks for the overhaul"
        or (
            _QUOTED_FOR.search(told)
            and (_NEEDED_FOR.match(text, span.end()) or _FOR_THE_JOB.match(text, span.end()))
        )
    ):
        return False
    if not _later_asked(text, question, span):
        return False
    if before:  # "for 6 weeks before any fish go in" of "what date can i add fish"
        asked = _stems(question)
        if not asked and _THAT_ASKED.match(question.strip()):
            return True  # "… needs 10 days before the decorators can paint. What date is that?"
        return bool(asked & _stems(before["thing"])) and not asked & _stems(_clause(text, date))
    if span.start() < date.start() and not _stems(_clause(text, span)) & _stems(
        _clause(text, date)
    ):
        # told first, the span must be of what was done: "The dyed leather needs 21 days to
        # cure and I dyed it on …"; not "Renewal needs 6 weeks. My passport was issued on …"
        return False
    return not _DIRECTION.match(text, span.end())


# A second offset in words beside the span: "… Sunday 25 July 2027, we fly out the day after, and
# the pro-am is 9 days after we fly" (counted from the day after, not the date)
_ANOTHER_OFFSET = re.compile(
    r"\bthe\s+(?:day|night|morning|week|weekend)\s+(?:after|before)\b"
    r"|\b(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|week)\b",
    re.IGNORECASE,
)


# Counting backwards told as an instruction: "Go back 90 days from …", "Count back 3 weeks from …"
_BACK_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:go|count|step|jump|going|counting)\s+(?:back|backwards)\s+$", re.IGNORECASE
)
_FROM_THE_DATE = re.compile(r"\s+(?:from|before)\s+", re.IGNORECASE)


def direction(text: str, question: str, span: re.Match[str], date: re.Match[str]) -> int | None:
    """+1 or -1 for the way `span` runs from `date`, or None when the story does not say."""
    if _ANOTHER_OFFSET.search(text, 0, len(text) - len(question)):
        return None
    if _BACK_BEFORE.search(text[: span.start()]) and _FROM_THE_DATE.fullmatch(
        text, span.end(), date.start()
    ):
        return -1  # "Go back 90 days from 1 October 2027" ("… go back 9 days later": return)
    sign = _said(text, question, span, date)
    if sign is None and forward_from_done(text, question, span, date):
        return 1  # "We pressed on 2 October 2027 and the cider needs 14 weeks in the cask."
    if (
        sign is None
        and _TO_DO_FOR.fullmatch(text, date.end(), span.start())
        and _ITS_END.search(question)
    ):
        return 1  # "… into the kegs on 14 October 2026 to ferment for 16 weeks. On what date are the 16 weeks up?"
    if (
        sign is None
        and _GIVEN_TO_DO.fullmatch(text, date.end(), span.start())
        and _TO_DO.match(text, span.end())
        and _DEADLINE_ASKED.match(question.strip())
    ):
        return 1  # "… get the pattern on 10 January 2027 and have 6 weeks to finish."
    if sign is None and _started_then(text, question, span, date):
        return 1  # "A bespoke hat takes 45 days to make. I order on 3 April 2028. When …ready?"
    if (
        sign is None
        and _GESTATION.match(text, span.end())
        and _BRED_ON.search(text, max(0, date.start() - 24), date.start())
    ):
        return 1  # "bred on 14 August 2027 and we reckon on 285 days' gestation"
    if sign is None and ends_on_the_day(text, span) and start_asked(question):
        return -1  # "… my training plan is 18 weeks long, ending on race day. … start it?"
    if sign is None and notice_given(text, question, span):
        return -1  # "… needs 38 days' notice for the pampas. By what date must I order?"
    if sign is None and _LATEST_START.match(question.strip()) and date.end() < span.start():
        # "The festival is on 9 August 2027 and I need 65 days to build stock. What's the latest
        # date I can start?": the span is needed before the dated event
        rest = text[span.end() : len(text) - len(question)]  # (not "… to recover after it")
        needed = _NEEDS.search(text, max(0, span.start() - 12), span.start())
        return -1 if needed and not _AFTER_IT.search(rest) else None
    return sign


# A span told as what was done on the date is for ("on 14 October 2026 to ferment for 16 weeks"),
# and the question asks for its end
# ("… on 11 January for 28 days", "went into the sweatboxes on … and stay in for 6 days", "Flax
# pulled on … lies out to dew-ret for 24 days")
_TO_DO_FOR = re.compile(
    r"(?:\s+(?:and\s+)?(?:(?:the|its|their)\s+[a-z]+\s+|it\s+|they\s+)?"  # ("… and the kit stayed in")
    # ("… and has to stay in quarantine for two weeks")
    r"(?:(?:has|have|had|must|needs?)\s+to\s+)?"
    r"(?:stays?|stayed|sits?|sat|lies|lie|lay|rests?|hangs?|hung)"
    r"(?:\s+(?:in|out)(?:\s+(?:quarantine|isolation|kennels|hospital))?)?"
    # ("We cut the bamboo on … and it cures for 12 weeks")
    r"|\s+and\s+(?:it|they)\s+(?:cures?|dries|dry|seasons?|ages?|ferments?|steeps?|soaks?|sets?))?"
    r"(?:\s+to\s+[a-z-]+)?\s+for\s+(?:exactly\s+)?",
    re.IGNORECASE,
)
# A span given from the date to do something in, and its end asked: "Test knitters get the
# pattern on 10 January 2027 and have 6 weeks to finish. What is their deadline?"
_GIVEN_TO_DO = re.compile(
    r"\s+and\s+(?:have|has|get|gets|are\s+given|is\s+given)\s+", re.IGNORECASE
)
_DEADLINE_ASKED = re.compile(
    r"^(?:so\s+)?what(?:'s|\s+is)\s+(?:the|their|his|her|my|our|your)\s+deadline\s*\?$",
    re.IGNORECASE,
)
_ITS_END = re.compile(
    r"\b(?:up|ready|done|finished|over|complete|ends?|finish(?:es)?|come\s+out)\s*\?$"
    r"|^\s*when\s+(?:can|should)\s+(?:i|we)\s+[a-z]+\s+(?:it|them)\s*\?$"  # "When should we lift it?"
    # "On what date can he go home?" after a stay in kennels ("… join the herd?" names a thing
    # the story never told, and `referents.unknown_thing` leaves it to the model)
    r"|^\s*(?:on\s+)?(?:what|which)\s+date\s+can\s+(?:she|he|it|they)\s+(?:join|go\s+home"
    r"|come\s+home|leave|be\s+released|go\s+back)\b[^?]{0,20}\?$",
    re.IGNORECASE,
)
_AFTER_IT = re.compile(r"\b(?:after|afterwards|later|following|since)\b", re.IGNORECASE)
_LATEST_START = re.compile(
    r"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+latest\s+(?:date|day)\s+(?:i|we)\s+(?:can|could|should)"
    r"\s+(?:start|begin)(?:\s+[a-z]+ing)?|by\s+when\s+must\s+(?:i|we)\s+(?:start|begin)"
    r"|what(?:'s|\s+is)\s+the\s+latest\s+start(?:ing)?\s+date)\s*\?$",  # ("… start carving?")
    re.IGNORECASE,
)
# A span of gestation from the day the animal was bred: "bred on 14 August 2027 and we reckon
# on 285 days' gestation"
_GESTATION = re.compile(r"(?:'|’|'s|’s)?\s+(?:of\s+)?(?:gestation|pregnancy)\b", re.IGNORECASE)
_BRED_ON = re.compile(
    r"\b(?:bred|served|mated|covered|inseminated|tupped|put\s+to\s+the\s+bull)\s+on\s+$",
    re.IGNORECASE,
)


# What a span is told of first, started on the date after it, and its end asked: "Surface mail
# takes 6 weeks. I post the parcel on 11 October 2027. What date should it arrive?", "Our
# alpacas carry for 345 days. One was mated on 22 June 2027. What's the due date?" ("lasts" is
# not read: a course that lasts 10 weeks from a Monday ends on a Friday or a Sunday; nor a start:
# "The job takes 10 days. We start on 3 April." may be done on the 12th or the 13th)
_PROCESS = re.compile(
    r"\b(?:takes?|needs?|averages?|carry\s+for|carries\s+for|gestation\s+is)\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_STARTS_IT = re.compile(
    r"\b(?:i|we|you|they|he|she|one|it)\s+(?:was\s+|were\s+)?(?:post(?:ed)?|send|sent|ship(?:ped)?"
    r"|order(?:ed)?|plant(?:ed)?|sow(?:ed|n)?|served|mated|covered|bred|inseminated|put\s+it\s+in"
    r"|drop(?:ped)?\s+(?:it\s+)?off|hand(?:ed)?\s+(?:it\s+)?in)"
    r"(?:\s+(?:the|my|our|it|her|them)(?:\s+[a-z]+)?)?\s+on\s+$"
    # ... or a thing sent, said first: "A club order ships on 11 November 2029 and the courier
    # takes 8 days."
    r"|\b(?:ships|is\s+shipped|was\s+shipped|is\s+posted|was\s+posted|goes\s+out|went\s+out"
    r"|is\s+dispatched|was\s+dispatched)\s+on\s+$",
    re.IGNORECASE,
)
_END_ASKED = re.compile(
    r"^(?:so\s+)?(?:(?:what|which)\s+date\s+(?:should|will|would|does|do)|when\s+(?:will|should"
    r"|would|does|do))\s+(?:it|they|she|he|the\s+(?P<thing>[a-z]+))\s+(?:arrive|be\s+(?:ready|done|finished"
    r"|due)|come\s+back|hatch|calve|foal)\s*\?$"
    r"|^(?:so\s+)?what(?:'s|\s+is)\s+(?:her|the|its|their)\s+due\s+date\s*\?$"
    r"|^(?:so\s+)?(?:what|which)\s+(?:weekday|day\s+of\s+the\s+week)\s+(?:does|will)\s+it"
    r"\s+arrive\s*\?$",
    re.IGNORECASE,
)


def _started_then(text: str, question: str, span: re.Match[str], date: re.Match[str]) -> bool:
    asked = _END_ASKED.match(question.strip())
    if asked is None or (
        # "… when will the refund arrive?" of a return sent: the thing asked is the one told
        asked["thing"] and asked["thing"].lower() not in text[: len(text) - len(question)].lower()
    ):
        return False
    return (
        (
            span.end() < date.start()
            or (_SENT_FIRST.search(text, 0, date.start()) and "arriv" in question.lower())
        )
        and _PROCESS.search(text, max(0, span.start() - 20), span.start()) is not None
        and _STARTS_IT.search(text, max(0, date.start() - 40), date.start()) is not None
        and not _DIRECTION.match(text, span.end())
    )


_SENT_FIRST = re.compile(r"\b(?:ships|shipped|posted|goes\s+out|went\s+out|dispatched)\s+on\s+$")


def _said(text: str, question: str, span: re.Match[str], date: re.Match[str]) -> int | None:
    """+1 or -1 for a span said with its direction next to it, counted from `date`."""
    if parse_duration(span.group()) is None:
        return None
    after = _AFTER_SPAN.match(text, span.end())
    if after:
        way = re.sub(r"\s+", " ", after["way"].lower())
        what = _AND.split(after["what"] or "", maxsplit=1)[0]  # "after the birth and she was …"
        what = _UNTIL.split(what, maxsplit=1)[0]  # "after a session before a touch-up"
        if way == "from":  # "145 days from blossom to pick": counted from the blossom
            what = _TO_VERB.sub("", what)
        if way == "of" and not _BEFORE_SPAN.search(text, 0, span.start()):
            return None  # "a 10 days of rest"
        if not from_date(text, what, date, after.start("what") if what else after.end()):
            return None
        return -1 if way in _BACK else 1
    pre = _BEFORE_SPAN.search(text, max(0, span.start() - 12), span.start())
    if (
        (
            (
                _NEEDS.search(text, max(0, span.start() - 12), span.start())
                and (_TO_DO.match(text, span.end()) or _READY_ASKED.match(text, span.end()))
            )
            or _TO_EVENT.match(text, span.end())  # "the packet says 55 days to the first harvest"
        )
        and (
            date.end() < span.start()
            # "Our cheddar needs 270 days to mature. This batch was made on 1 March 2027."
            or _before_date(_MADE_ON, text, date, _START_REACH)
        )
        and not any(
            m.end() > date.start() or not m.group().lower().startswith(("start", "begin"))
            for m in _BY_WHEN.finditer(text)
        )  # ("Started the cider on 1 October 2027 and it needs 45 days to ferment" runs on)
        and not _ended_on(text, date)
        and _later_asked(text, question, span)
    ):
        return 1  # "poured on 9 September 2027 and needs 28 days to cure": done 28 days after
    if pre and pre["pre"].lower() in ("took", "takes"):
        # "left on D and took 17 days"; not "arrived on D and took 5 days. When was it posted?"
        started = _before_date(_STARTED, text, date, _START_REACH)
        return 1 if started and date.start() < span.start() else None
    if _AGED.match(text, span.end()) and _BIRTH.search(text, 0, date.start()):
        return 1 if date.end() < span.start() else None  # "born on D … when she's 8 weeks old"
    if pre and pre["pre"].lower() == "in" and date.end() < span.start():
        # "came in for repair on 9 November 2026 and we promise it back in 8 weeks"
        handed = _before_date(_HANDED_IN, text, date, _REACH)
        ready = _READY_IN.search(text, max(0, span.start() - 26), span.start())
        return 1 if handed and ready else None
    if pre and pre["pre"].lower() == "after" and date.end() < span.start():
        # "Eggs were laid on 30 May 2027 and hatch after 21 days.": 21 days on, in one sentence
        between = text[date.end() : pre.start()]
        # (a semicolon may join them: "I set eggs … on 6 April 2031; chicks hatch after 21 days")
        one_sentence = not _ENDS.search(between.replace(";", ","))
        # ... or the next, of a thing done on the date ("… on D. We rack it off after 5 weeks.")
        next_one = len(_ENDS.findall(between)) == 1 and done_on(text, date)
        return 1 if _CLAUSE_ENDS.match(text, span.end()) and (one_sentence or next_one) else None
    if pre and pre["pre"].lower().startswith("due") and date.end() < span.start():
        # "The invoice is dated 10 June 2028 and payment is due in 30 days": 30 days after it
        return 1 if _before_date(_DATED, text, date, _START_REACH) else None
    return None
