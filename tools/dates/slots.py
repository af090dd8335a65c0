"""A dated story read by its parts, for the dates grammar: the dates, times of day and spans it
states, and what its question asks ("Half term starts on Saturday 13 February 2027 and the
children go back 9 days later. What date do they go back?").

The frames in `terms` and `clock` each match one way of telling such a story; people tell it in
more ways than frames can list. This reads any telling whose parts leave one answer: one date
and one span with its direction, when a date is asked; two dates, when days, weeks or nights are
asked; two times of day, when minutes or hours are; two dates each with its time of day. The
story is then asked again as the plain question it is ("What date is 9 days after Saturday 13
February 2027?") and the single-question grammar answers that. Stories about something that
runs from a date (a series, a term, a monthly rule, a stay of nights) are read by `runs` first.
Precision first, so it abstains when
- any number of the story is not one of those parts ("14 daily doses, the first on ..."),
- a part is left over or missing (two spans, a second date, a time beside dates),
- a word may change the count (business days, weekends, moved, except, not, only, if, ...),
- a span's direction is not said next to it, or is said from something other than the date
  ("10 weeks before the RSVP deadline"),
- two times of day may be in two zones (a flight, a named place) or the later one is earlier
  without a journey or a night to explain it.
Pure regex and set work over at most _MAX_TEXT characters.
"""

from __future__ import annotations

import re

from tools.dates.ages import age_question, anniversary_date, birthday_date
from tools.dates.asked import ASKS_DATE, ASKS_LENGTH, ASKS_TODAY, THE_DATE, WEEKDAY_OF_THAT
from tools.dates.inclusive import COUNT_WORDS, INCLUSIVE, MON_FRI, weekdays_between
from tools.dates.moments import between_moments, between_times
from tools.dates.parts import CHANGES, DATE, SPAN, TIME, WEEKDAY
from tools.dates.phrases import DURATION_RE, parse_duration, written_date
from tools.dates.referents import asks_about_the_date, unknown_thing
from tools.dates.runs import ASKS_END, ASKS_KTH, ASKS_NEXT, from_a_start
from tools.words import stray_digit

_MAX_TEXT = 400
_MAX_SENTENCES = 4
# A second question joined to the first: "How many minutes between 07:30 and 16:00, and what
# breaks are builders entitled to?"
_SECOND_QUESTION = re.compile(
    r"(?:,|\s)\s*(?:and|or|but|also|plus|then)\s+(?:also\s+)?(?:what|how|why|when|where|who"
    r"|which|whether|can|could|should|would|do|does|did|is|are|was|were|will|tell|explain)\b",
    re.IGNORECASE,
)
# A last question without its question mark, after a story
_ASKED_UNMARKED = re.compile(
    r"[.,;!]\s+(?:so\s+)?(?:how|what|which|when)\b[^.?!,;:]*$", re.IGNORECASE
)
_SENTENCE = re.compile(
    r"(?<=[.!?])\s+|\s*\n+\s*|\s+[—–]\s+|;\s+|\s+-\s+(?=(?:so\s+)?(?:how|what|which|when)\b)"
    # "… and go home on 2 April 2028, how many days is that?"
    r"|,\s+(?=(?:so\s+)?(?:how\s+(?:many|long)|(?:what|which)\s+(?:date|day|weekday))\b)",
    re.IGNORECASE,
)

_ASIDE = re.compile(r"^[A-Za-z' ]{3,30},\s+(?=(?:how|what|which|when)\b)", re.IGNORECASE)
_NO_LATER = re.compile(r"\b(?:no|not)\s+later\s+than\b", re.IGNORECASE)
# After the asked word, a question that picks another day than the span's end.
_ANOTHER_DAY = re.compile(
    rf"\b(?:{WEEKDAY}|last|first|final(?!s\b)|next|previous|following|week|month|year|before"
    r"|after)",  # ("the finals" are an event: "What date are the finals?")
    re.IGNORECASE,
)
# Days between two events, said so: the ends of a period ("runs from ... to ...") may count.
_BETWEEN = re.compile(r"\b(?:between|apart)\b", re.IGNORECASE)
# Two things done on two dates, and how long it took between them: "I cast on … on 3 November
# 2027 and cast off on 19 January 2028. How many days did it take?" (a period said to run from
# one day to another may count both; one told as two events is their difference)
_TOOK = re.compile(
    r"\bhow\s+many\s+(?:days|weeks)\s+(?:did|had|have|has|was|were)\s+(?:it|i|we|you|they|he|she"
    r"|the(?:\s+[a-z]+){1,2})\s+(?:take|took|own(?:ed)?|ha[dv]e?|been|keep|kept|last(?:ed)?"
    # "How many days did it spend in the rack?", "… were the supers on the hives?", "… was it up"
    r"|spen[dt]|on|in|up)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\bfrom\b|\b(?:to|until|till|through)\s+(?:the\s+)?\d|\bruns?\b|\blasts\b|\blasted\b"
    r"|\blast\s+(?:for|until|till)\b|\bopen(?!ed\b)",  # ("opened it on …" is an event)
    re.IGNORECASE,
)
# ... or how far apart two things done on two dates are ("bought … on 15 March 2027 and it
# matures on 15 September 2029. How many days is that?"), unless they may be a period's ends
_IS_THAT = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+(?:is|was|were)\s+(?:that|it|they)(?:\s+(?:in|on|at|away|stored"
    r"|kept|left|there)(?:\s+(?:the|my|our)\s+[a-z]+|\s+for)?)?\s*\?$",
    re.IGNORECASE,
)
# ... or the two events named in the question: "How many days is that from my start date to my
# retirement date?"
_FROM_EVENT_TO_EVENT = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+is\s+(?:that|it)\s+from\s+(?:the\s+|my\s+|our\s+)?[a-z]+"
    r"(?:\s+[a-z]+)?\s+to\s+(?:the\s+|my\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s*\?$",
    re.IGNORECASE,
)
# ... or the time there is from a start to a deadline: "I cast on on 2 October 2027 and it has to
# be done by 24 December 2027. How many days do I have?"
_TIME_LEFT = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+(?:do|does|will|did)\s+(?:i|we|you|he|she|they)\s+(?:have|get)"
    r"(?:\s+left)?\s*\?$",
    re.IGNORECASE,
)
# ... or from a date the question names to the story's one: "Exams start Monday 10 May 2027. How
# many weeks is that from 1 February 2027?"
_THAT_FROM = re.compile(
    # (the date right after "from": not "from then until his birthday on …", the other way)
    r"^how\s+many\s+(?:days|weeks)\s+(?:(?:is|was)\s+(?:that|it)\s+(?:from|after|since)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d[^?a-z]*[a-z]+\s+\d{4}"
    r"|(?:from|after|since)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d[^?a-z]*[a-z]+\s+\d{4}"
    r"\s+(?:is|was)\s+(?:that|it))\s*\?$",
    re.IGNORECASE,
)
# ... or from the story's date ("then") to one the question names: "Sam started his paper round on
# 3 January 2027. How many days is it from then until his birthday on 19 June 2027?"
_FROM_THEN = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+is\s+(?:it|that)\s+from\s+(?:then|that\s+(?:date|day))\s+"
    r"(?:until|till|to)\b",
    re.IGNORECASE,
)
_AT_TIME = re.compile(r",?\s+(?:at|from)\s+")
_BY_LAST = re.compile(r"\b(?:by|due(?:\s+on)?|deadline\s+is)\s+$", re.IGNORECASE)
# ... or how old something started on the first date is on the second: "I started my sourdough
# starter on 2 February 2028. How many days old is it on 1 March 2028?"
_OLD_ON = re.compile(
    r"^how\s+many\s+(?:days|weeks)\s+old\s+(?:is|was|will)\s+(?:it|they|he|she)(?:\s+be)?\s+on\s+",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\b(?:start|begin|began|end|finish|clos|stay|inclusive)", re.IGNORECASE)
# "How many days is that after installation?": counted from the first date's event
_AFTER_EVENT = re.compile(
    r"\b(?:is|was|will\s+be)\s+(?:that|it)\s+after\s+(?:the\s+|my\s+|our\s+)?(?P<what>[a-z]+)\s*\?$",
    re.IGNORECASE,
)
_IN_UNIT = re.compile(r"\bin\s+(?P<unit>minutes|hours)\b", re.IGNORECASE)


# A span's direction, said right after it ("9 days later", "10 weeks before", "45 days after
# that") or right before it ("within 21 days of", "took 17 days")
_AFTER_SPAN = re.compile(
    r"\s*(?P<way>later|afterwards|after|from|on\s+from|before|earlier|prior\s+to|ahead\s+of|of)"
    r"(?P<what>\s+[^,.;:!?—–]*)?",  # (a dash ends the clause: "after the service — what …")
    re.IGNORECASE,
)
# (not "lasts": "starts on 3 May and lasts 10 days" may end on the 12th or the 13th; not
# "takes" or "needs": "expires on 9 May and renewal takes 6 weeks. What date should I apply
# by?" counts back)
_AND = re.compile(r"\s+(?:and|but)\s+", re.IGNORECASE)
_BEFORE_SPAN = re.compile(r"\b(?P<pre>within|due\s+in|in|took|takes)\s+$", re.IGNORECASE)
_BACK = {"before", "earlier", "prior to", "ahead of"}
_MADE_ON = re.compile(
    r"\b(?:made|started|begun|brewed|bottled|poured|planted|sown|laid|set|mixed|cast|put\s+down)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_TO_VERB = re.compile(r"\s+to\s+[a-z]+\s*$", re.IGNORECASE)
# ... but "needs 28 days to cure" after something done on the date runs forward from it, unless
# the story has an end or the question a latest day ("renewal needs 6 weeks … apply by?")
_NEEDS = re.compile(r"\b(?:needs?|takes?|requires?)\s+(?:an?\s+)?$", re.IGNORECASE)
# ... or "the parts take 12 days. What date will it be ready?": what takes the span is done
_READY_ASKED = re.compile(
    r"\s*[.!]\s+(?:so\s+)?(?:what|which)\s+date\s+will\s+(?:it|they)\s+be\s+(?:ready|done|finished"
    r"|complete|completed)\s*\?$",
    re.IGNORECASE,
)
_TO_EVENT = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?(?:first\s+)?[a-z]+", re.IGNORECASE)
_TO_DO = re.compile(
    r"\s+(?:to|for)\s+(?:[a-z]+\s+)?[a-z]+|\s+(?:cure|curing|drying|rest|quarantine)\b",  # "a 6 week cure"
    re.IGNORECASE,
)
_BY_WHEN = re.compile(
    r"\b(?:by|before|latest|deadline|expir\w*|ends?|due|closes?|apply|order|renew\w*|start\w*"
    r"|begin\w*|prior)\b",
    re.IGNORECASE,
)
_EVENT_WORDS = 6  # words that may name the dated event between a span's direction and its date
_STARTED = re.compile(
    r"\b(?:left|departed|set\s+(?:off|out|sail)|sailed|started|began|posted|sent|shipped"
    r"|dispatched)\b",
    re.IGNORECASE,
)
_START_REACH = 30
_AGED = re.compile(r"\s+old\b")
_BIRTH = re.compile(r"\b(?:born|arrived|birth)\s+(?:on\s+)?$", re.IGNORECASE)
_DATED = re.compile(r"\b(?:dated|issued|sent|raised|invoiced)\s+(?:on\s+)?$", re.IGNORECASE)
_THAT = re.compile(
    r"\s*(?:that|it|then|this|that\s+date|that\s+day|this\s+date)\s*$", re.IGNORECASE
)
# What a span is counted from, named: "the invoice date", "the wedding", "booking-in"
_CLAUSE_END = re.compile(r"[.,;]|\s(?:and|but)\s", re.IGNORECASE)


def _done_in_span(verb: str, story: str, spans: list[re.Match[str]]) -> bool:
    """Whether the clause of the story's one span says `verb` ("they take 21 days to hatch",
    "pre-orders open 45 days before launch"; not "opens on 3 April and closes 21 days later")."""
    if len(spans) != 1 or spans[0].start() >= len(story):
        return False
    ends = [m.start() for m in _CLAUSE_END.finditer(story)]
    start = max([0, *(e for e in ends if e < spans[0].start())])
    end = min([len(story), *(e for e in ends if e >= spans[0].end())])
    return bool(re.search(rf"\b{verb}(?:s|es)?\b", story[start:end], re.IGNORECASE))


_START_OR_END = re.compile(r"\b(start|begin|end|finish|open|close)(?:s|ed|ing)?\b", re.IGNORECASE)
_NAMED_EVENT = re.compile(
    # ("after they start": the event told by its doer)
    r"\s*(?:the\s+|my\s+|our\s+|their\s+|his\s+|her\s+|(?:they|we|i|you|he|she)\s+"
    r"|it\s+was\s+)?"  # ("after it was made": the thing made on the date)
    r"(?P<name>[a-z]+(?:-[a-z]+)*)(?:\s+(?:end|start|close|off|out))?"  # ("the year end", "we set off")
    r"(?:\s+(?:date|day))?\s*$",
    re.IGNORECASE,
)

_SPAN_FROM_EVENT = re.compile(
    rf"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+date|(?:what|which)\s+date\s+is)\s+(?P<span>{DURATION_RE})\s+"
    r"(?P<way>after|before)"
    r"(?P<what>\s+(?:the|my|our|their|his|her)\s+[a-z]+(?:-[a-z]+)?)\s*\?$",
    re.IGNORECASE,
)


_SPAN_AND_WAY = re.compile(
    rf"(?:{DURATION_RE})\s+(?:after|before|later|earlier|on\s+from|from)\b", re.IGNORECASE
)


def _restated(text: str, asked_at: int, spans: list[re.Match[str]]) -> list[re.Match[str]]:
    """Where the story before the question says a span of the question again ("26-week",
    "45 calendar days")."""
    found = []
    for span in spans:
        if span.start() < asked_at:
            continue
        parts = span.group().split()
        if len(parts) != 2 or not parts[0].isdigit():
            continue
        unit = parts[1].lower().rstrip("s")
        said = rf"(?<![\w.,-]){parts[0]}(?:-|\s+)(?:calendar\s+)?{unit}s?(?:'s|s')?(?![\w-])"
        found += [m for m in re.finditer(said, text[:asked_at], re.IGNORECASE)]
    return found


_CALENDAR_DAYS = re.compile(r"\bcalendar\s+days\b", re.IGNORECASE)


def read_story(text: str) -> str | None:
    """The plain question a dated story asks, or None (see the module docstring)."""
    if len(text) > _MAX_TEXT:
        return None
    if text.rstrip()[-1:].isalnum() and _ASKED_UNMARKED.search(text):
        text = text.rstrip() + "?"  # typed in chat: "…, what date is that"
    sentences = [s for s in _SENTENCE.split(text.strip()) if s]
    if len(sentences) > _MAX_SENTENCES:
        return None
    question = _ASIDE.sub("", sentences[-1].strip(), count=1)  # "Out of curiosity, how many …"
    if not question.endswith("?") or _SECOND_QUESTION.search(question):
        return None
    if age := (
        age_question(text, question)
        or birthday_date(text, question)
        or anniversary_date(text, question)
    ):
        return age
    if not (
        ASKS_DATE.match(question)
        or ASKS_LENGTH.match(question)
        or ASKS_END.match(question)
        or ASKS_NEXT.match(question)
        or ASKS_KTH.match(question)
    ):
        return None  # (asked first: finding the parts costs more than reading the question)
    story = " ".join(sentences[:-1])
    dates = list(DATE.finditer(text))
    times = list(TIME.finditer(text))
    spans = [m for m in SPAN.finditer(text) if not _inside(m, dates + times)]
    # the story saying the question's own span again ("with a 26-week probation. What's the
    # date 26 weeks after the start?", "need 45 calendar days. What date is 45 days after …")
    restated = _restated(text, len(text) - len(question), spans)
    spans = [m for m in spans if not _inside(m, restated)]
    date_asked = ASKS_DATE.match(question)
    told = text[: len(text) - len(question)]
    if (
        date_asked
        and date_asked["done"]
        and not ASKS_END.match(question)  # ("When does it end?" after a warranty: its end)
        and not _done_in_span(date_asked["done"], told, spans)
    ):
        return None  # "When will they hatch?" asks when what the span is told of is done
    ran, asked = from_a_start(text, story, question, dates, times, spans, bool(date_asked))
    if ran:
        return asked  # a series, a term, a monthly rule or a stay of nights (see `runs`)
    if stray_digit(text, dates + times + spans + restated):
        return None
    if (asked := _SPAN_FROM_EVENT.match(question)) and len(dates) == 1 and not times:
        # "What's the date 26 weeks after the start?": counted from the story's dated event
        if (
            len(spans) != 1
            or CHANGES.search(_CALENDAR_DAYS.sub("days", text))
            or not _from_date(
                text, asked["what"], dates[0], len(text) - len(question) + asked.start("what")
            )
        ):
            return None
        return f"What date is {asked['span']} {asked['way'].lower()} {dates[0].group()}?"
    if date_asked:
        # (the asked words may say "weekday": "What weekday will it be ...?"; "no later than 30
        # days after" is the deadline itself)
        if (
            (THE_DATE.match(question) and not spans)
            or ASKS_TODAY.search(question)
            or CHANGES.search(_NO_LATER.sub(" ", story) + " " + question[date_asked.end() :])
        ):
            return None
        if (
            not spans
            and WEEKDAY_OF_THAT.fullmatch(question)
            and len(dates) == 1
            and all(_AT_TIME.fullmatch(text, dates[0].end(), t.start()) for t in times)
            and len(times) <= 1
            and not unknown_thing(question[date_asked.end() :], story)
        ):
            # "@channel code freeze starts 2027-12-17 — what weekday is that?" ("… on 12
            # December 2028 at 7:30 pm": the time of day said right after it changes nothing)
            return f"What day of the week is {dates[0].group()}?"
        asked_rest = _SPAN_AND_WAY.sub(" ", question[date_asked.end() :])  # "12 weeks after"
        ends = {m[1].lower() for m in _START_OR_END.finditer(story)}
        if (verb := _START_OR_END.search(asked_rest)) and ends and verb[1].lower() not in ends:
            return None  # "The beta ends 45 days after launch … Which date does it start?"
        if any(not _first_thing(m, asked_rest, story) for m in _ANOTHER_DAY.finditer(asked_rest)):
            return None  # "What's the date of the Friday of the last week?"
        if unknown_thing(question[date_asked.end() :], story):
            return None  # "The concert is 3 weeks after 5 September. What date is the party?"
        if len(dates) != 1 or len(spans) != 1 or times:
            return None
        sign = _direction(text, spans[0], dates[0])
        if sign is None or asks_about_the_date(text, question, spans[0], dates[0]):
            return None
        way = "before" if sign < 0 else "after"
        # (a weekday asked gets the date too: a date's answer names its weekday)
        return f"What date is {spans[0].group()} {way} {dates[0].group()}?"
    length = ASKS_LENGTH.match(question)
    if not length or spans:
        return None
    unit = (length["unit"] or length["unit2"] or "").lower()
    if unit == "weekdays" or length["unit2"] or (unit == "days" and MON_FRI.search(story)):
        return weekdays_between(text, story, unit, dates, times)
    if len(dates) == 2 and not times and unit in ("days", "weeks", "nights"):
        inclusive = INCLUSIVE.search(text)
        rest = INCLUSIVE.sub(" ", text) if inclusive else text
        if CHANGES.search(rest) or COUNT_WORDS.search(rest) or (inclusive and unit == "nights"):
            return None
        that_from = _THAT_FROM.match(question)
        if (
            not inclusive
            and unit != "nights"
            and not _BETWEEN.search(question)
            and not (_AFTER_EVENT.search(question) and _from_date_words(text, dates[0]))
            and not (_TOOK.search(question) and not _PERIOD.search(story))
            and not (_OLD_ON.match(question) and dates[0].end() <= len(story))
            and not (
                _IS_THAT.search(question) and not _PERIOD.search(story) and not _ENDS.search(story)
            )
            and not _FROM_EVENT_TO_EVENT.match(question)
            and not (_TIME_LEFT.match(question) and _BY_LAST.search(text, 0, dates[1].start()))
            and not that_from
            and not _FROM_THEN.match(question)
        ):
            return None  # "The festival runs from 28 July to 2 August. How many days?": 5 or 6
        a, b = (m.group() for m in dates)
        if that_from and dates[0].end() <= len(story) < dates[1].start():
            a, b = b, a  # "Exams start 10 May. How many weeks is that from 1 February?"
        first, last = written_date(a, None), written_date(b, None)
        if first is None or last is None or first.value > last.value:
            return None  # (a story's two dates read the wrong way round: never a negative count)
        return f"How many {unit} from {a} to {b}{' inclusive' if inclusive else ''}?"
    if len(times) == 2 and len(dates) == 2 and unit in ("minutes", "hours"):
        return between_moments(text, story, unit, dates, times)
    if len(times) == 2 and not dates:
        unit = unit or ((_IN_UNIT.search(question) or {"unit": "hours"})["unit"]).lower()
        return between_times(text, story, unit, times)
    return None


_TIME_WORDS = frozenset(("day", "week", "weekend", "month", "year", "time", "date", "one", "of"))


def _first_thing(m: re.Match[str], asked: str, story: str) -> bool:
    """True when "first" or "last" in the question picks a thing the story tells of, not another
    day ("What date can I open the first bottle?" after "I bottled my stout …")."""
    if m.group().lower() not in ("first", "last"):
        return False
    noun = re.match(r"\s+([a-z]+)", asked[m.end() :], re.IGNORECASE)
    if noun is None or noun[1].lower().rstrip("s") in _TIME_WORDS:
        return False
    return noun[1].lower()[:4] in story.lower()


def _inside(m: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(o.start() <= m.start() and m.end() <= o.end() for o in others)


def _direction(text: str, span: re.Match[str], date: re.Match[str]) -> int | None:
    """+1 or -1 for a span said with its direction next to it, counted from `date`."""
    if parse_duration(span.group()) is None:
        return None
    after = _AFTER_SPAN.match(text, span.end())
    if after:
        way = re.sub(r"\s+", " ", after["way"].lower())
        what = _AND.split(after["what"] or "", maxsplit=1)[0]  # "after the birth and she was …"
        if way == "from":  # "145 days from blossom to pick": counted from the blossom
            what = _TO_VERB.sub("", what)
        if way == "of" and not _BEFORE_SPAN.search(text, 0, span.start()):
            return None  # "a 10 days of rest"
        if not _from_date(text, what, date, after.start("what") if what else after.end()):
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
            or _MADE_ON.search(text, max(0, date.start() - _START_REACH), date.start())
        )
        and not any(
            m.end() > date.start() or not m.group().lower().startswith(("start", "begin"))
            for m in _BY_WHEN.finditer(text)
        )  # ("Started the cider on 1 October 2027 and it needs 45 days to ferment" runs on)
    ):
        return 1  # "poured on 9 September 2027 and needs 28 days to cure": done 28 days after
    if pre and pre["pre"].lower() in ("took", "takes"):
        # "left on D and took 17 days"; not "arrived on D and took 5 days. When was it posted?"
        started = _STARTED.search(text, max(0, date.start() - _START_REACH), date.start())
        return 1 if started and date.start() < span.start() else None
    if _AGED.match(text, span.end()) and _BIRTH.search(text, 0, date.start()):
        return 1 if date.end() < span.start() else None  # "born on D … when she's 8 weeks old"
    if pre and pre["pre"].lower().startswith("due") and date.end() < span.start():
        # "The invoice is dated 10 June 2028 and payment is due in 30 days": 30 days after it
        return 1 if _DATED.search(text, max(0, date.start() - _START_REACH), date.start()) else None
    return None


def _from_date(text: str, what: str, date: re.Match[str], at: int) -> bool:
    """True when what follows a span's direction names the story's date: the date itself,
    nothing (the end of the clause), "that", or one word for the event the date's sentence
    tells ("the invoice date" after "An invoice is dated …", "booking-in" after "booked in on
    …"; not "the RSVP deadline" after "The wedding is on …")."""
    if not what.strip() or _THAT.fullmatch(what):
        return True
    between = text[at : date.start()].split() if at <= date.start() < at + len(what) else None
    if between is not None and len(between) <= _EVENT_WORDS:
        return True  # "8 weeks after the application was validated on 23 November 2027"
    named = _NAMED_EVENT.fullmatch(what)
    stem = _stem(named["name"].split("-")[0]) if named else ""
    if len(stem) < 3 or named["name"].lower() in ("that", "this", "then", "it"):
        return False
    # (the span's own words taken out where they are said: "45 days before launch" leaves
    # "launches" in "The game launches on …")
    rest = f"{text[:at]} {' ' * len(what)}{text[at + len(what) :]}"
    told = [s for s in _SENTENCE.split(rest) if date.group() in s]
    words = {_stem(w) for s in told for w in re.findall(r"[a-z]+", s.lower())}
    return stem in words or not words.isdisjoint(_SAME_EVENT.get(stem, ()))


# An event named by another word than the one its sentence used ("90 days after purchase" of
# "bought on …", "after leaving" of "set sail on …"), as _stem gives them: each word of a group
# names the same event as the others.
_SAME_EVENTS = (
    ("purc", "boug", "buy"),
    ("star", "bega", "begi", "begu", "comm", "open"),
    ("inst", "fitt", "went", "put"),
    ("deli", "arri", "land"),
    ("depa", "left", "leav", "sail", "set", "sett"),
    ("regi", "join", "enro"),
    ("birt", "born"),
)
_SAME_EVENT = {
    stem: tuple(other for other in group if other != stem)
    for group in _SAME_EVENTS
    for stem in group
}


def _from_date_words(text: str, date: re.Match[str]) -> bool:
    """True when the question's "after <event>" names the event of the story's first date."""
    m = _AFTER_EVENT.search(text)
    return m is not None and _from_date(text, " " + m["what"], date, m.start("what"))


def _stem(word: str) -> str:
    """The first letters of a word without its ending: "baking" and "baked" -> "bak"."""
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word.lower())[:4]
