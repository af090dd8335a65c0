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
from tools.dates.apart import (
    BETWEEN,
    IS_THAT,
    PLAIN_DAYS,
    THAT_FROM,
    a_period,
    counts_the_difference,
)
from tools.dates.asked import (
    ASKS_DATE,
    ASKS_LENGTH,
    ASKS_TODAY,
    EVERY_DAY,
    THE_DATE,
    WEEKDAY_OF_THAT,
)
from tools.dates.counted_from import from_date
from tools.dates.deadlines import ends_on_the_day, notice_given
from tools.dates.direction import direction
from tools.dates.inclusive import COUNT_WORDS, INCLUSIVE, MON_FRI, ends_said, weekdays_between
from tools.dates.moments import (
    between_moments,
    between_times,
    dated_time,
    runs_on_from,
    runs_to_its_end,
)
from tools.dates.parts import CHANGES, DATE, SENTENCE, SPAN, TIME, WEEKDAY, year_said_twice
from tools.dates.phrases import DURATION_RE, written_date
from tools.dates.referents import asks_about_the_date, first_thing, unknown_thing
from tools.dates.restated import kth_asked, periods_said, span_asked_again
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
    r"(?:(?:[.,;!]|\s[-–—])\s+(?:so\s+)?|^)(?:how|what|which|when)\b[^.?!,;:]*"
    # ("how many days is that, both dates included": set 172)
    r"(?:,\s+(?:both|counting|including|not\s+counting|excluding|inclusive|in\s+(?:whole|full"
    r"|complete)\s+years)\b[^.?!,;:]*)?$",
    re.IGNORECASE,
)

# "Spat went on the trestles on 1 August 2028. If they reach market size 540 days later, what
# date is that?": a condition that only tells the span after the story's date
_IF_SPAN = re.compile(
    r"(?<=[.!?]\s)If\s+(?P<told>(?:i|we|you|he|she|they|it|the\s+[a-z]+)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+"
    r"(?:exactly\s+)?\d{1,4}\s+(?:days|weeks)\s+(?:later|after\s+(?:that|it|[a-z]+ing)|afterwards"
    r"|before(?:\s+(?:that|it))?)),\s+"  # ("If we start revising exactly 12 weeks before, …")
    r"(?P<q>(?:what|when|which|on\s+what)\b[^?]*\?)$",
    re.IGNORECASE,
)
_IF_DATED = re.compile(
    rf"(?:^|(?<=[.!?]\s))If\s+(?P<told>(?:(?P<whose>the|my|our|your|her|his|their)\s+[a-z]+\s+"
    rf"(?:was(?:\s+(?:laid|sown|planted|poured|made|sent|posted|bottled|bought))?|went\s+in"
    rf"|started|began|arrives|arrived|starts|begins|opens|opened|lands|landed|is\s+born)|(?:i|we|you|he|she|they|it|it's)\s+(?:was\s+|were\s+|is\s+)?[a-z]+(?:\s+(?:the|my|our|it"
    rf"|her|his|their|them|a|an)(?:\s+[a-z]+)?)?)\s+on\s+{DATE.pattern}),\s+"
    rf"(?P<q>(?:on\s+)?(?:what|when|which)\b[^?]*\?)$",
    re.IGNORECASE,
)


_DASH_ASKED = re.compile(
    r"(?:\s+[-–—]\s+|,\s+so\s+|:\s+)(?=(?:so\s+)?(?:what|when|which|how)\b[^.?!]*\?$)",
    re.IGNORECASE,
)
# "Last service was 17 October 2030, when's the next one?": a question after a comma that ends
# a dated statement (not "If …, when …?", nor a clause of a question: "How many days from …,
# when the casks were charred, …")
_COMMA_ASKED = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?!(?:if|when|how|what|which|once|after|before)\b)"
    r"(?P<told>[^.?!,]*\d(?:[^.?!,]*\b(?:that|this)\s+(?:date|day))?),\s+"  # ("… from that date,")
    r"(?=(?:when(?:'s|\s+is|\s+will|\s+was|\s+does|\s+do|\s+should)|what(?:'s|\s+is)\s+the"
    r"|which\s+(?:date|day|weekday)|how\s+many)\b[^.?!,]*\?$)",
    re.IGNORECASE,
)
_TERSE_DATE = re.compile(  # "… - due date?", "… and hatch after 21 days. Hatch date?"
    r"(?:\s+[-–—]|(?<=[.!]))\s+((?:due|arrival|ready|finish|delivery|hatch|hatching|completion"
    r"|expiry|collection|release|revisit|return|review|inspection|renewal|weaning|closing)\s+date"
    # "Earliest access date?", "Final vesting date?"
    r"|(?:earliest|latest|final|first|last)\s+[a-z]+(?:-[a-z]+)?\s+date"
    r"|deadline)\?$",
    re.IGNORECASE,
)
# A count asked by its unit alone: "… clocked out 06:20 the next morning. minutes worked?" (set 171)
_TERSE_COUNT = re.compile(
    r"(?<=[.!,])\s+(?:total\s+)?(?P<u>minutes|hours|days|weeks)(?P<w>\s+(?:worked|on\s+shift|asleep|awake|on\s+the\s+road|in\s+the\s+air|spent\s+[a-z]+ing|in\s+the\s+[a-z]+))?\??$",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"^[A-Za-z' ]{3,30},\s+(?=(?:how|what|which|when|date)\b)"
    # "Counting that one as the first, when is …", "counting that as no. 1, date of the 10th?"
    r"|^counting\s+(?:that|this|it|from)(?:\s+one)?(?:\s+as)?\s+(?:the\s+first|no\.?\s*1|number\s+(?:1|one)"
    r"|[a-z]+\s+1)\s*,\s+(?=(?:how|what|which|when|date)\b)",
    re.IGNORECASE,
)
# A count of things in a dated story, not a rate ("60 arrows", not "4 arrows a day"), or the
# ordinal naming a dated anniversary ("its 900th anniversary on 24 June 2028")
_COUNT_OF_THINGS = re.compile(
    r"(?<![\d.,])\d[\d,]*\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|nights?)\b)[a-z]+s\b"
    r"(?!\s+(?:a|an|per|each|every|at|for|in|a-day|an-hour)\b)"
    # an event named by its ordinal: "our 40th anniversary on", "the 50th anniversary dinner is on"
    r"|(?<![\d.,])\d+(?:st|nd|rd|th)\s+(?:anniversary|birthday|annual|edition|reunion|jubilee)"
    r"(?:\s+[a-z]+)?\s+(?:(?:is|was|falls|fell|will\s+be)\s+)?on\b"
    r"|\bthe\s+(?:[a-z]+\s+)?\d{1,3}k(?=\s+(?:is|was|race|run)\b)",  # a race: "The 10k is on …"
    re.IGNORECASE,
)
# A thing numbered in its series, told in the story: its number is no count of days
_LABELLED = re.compile(
    r"(?<![\w-])(?:round|stage|leg|game|match|heat|race|lap|part|episode|lesson|module|phase|level"
    r"|section|clause|article|schedule|form|theatre|carriage|coach|pot|unit|bay|ward|line|cell"
    r"|car|tram|engine|loco|locomotive|wagon|truck|van|bus)"  # ("The Section 20 notice went out on …")
    r"\s+\d{1,2}(?![\d,.:/-])",
    re.IGNORECASE,
)
_WHEN_CAN = re.compile(r"when\s+can\s+(?:i|we)\b", re.IGNORECASE)
_TERSE_WEEKDAY = re.compile(
    r"(?:so\s+)?(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday)\s*\?$", re.IGNORECASE
)
_NO_LATER = re.compile(r"\b(?:no|not)\s+later\s+than\b", re.IGNORECASE)
# After the asked word, a question that picks another day than the span's end.
_ANOTHER_DAY = re.compile(
    # ("the best-before" is a thing, not a day before another)
    rf"\b(?<!-)(?:{WEEKDAY}|last|first|final(?!s\b)|next|previous|following|week|month|year|before"
    r"|after)",  # ("the finals" are an event: "What date are the finals?")
    re.IGNORECASE,
)
_AT_TIME = re.compile(r",?\s+(?:at|from)\s+")
_PARTY_WEEKEND = re.compile(r"\b(?:hen|stag)\s+weekend\b", re.IGNORECASE)
_IN_UNIT = re.compile(r"(?:\bin\s+|^)(?P<unit>minutes|hours|seconds)\b", re.IGNORECASE)


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
    one = _one_verb(verb)
    said = "|".join([one, *(other for other, same in _SAME_VERB.items() if same == one)])
    return bool(re.search(rf"\b(?:{said})(?:e?s|e?d)?\b", story[start:end], re.IGNORECASE))


_START_OR_END = re.compile(
    r"\b(start|begin|end|finish|open|close)(?:e?s|e?d|ing)?\b", re.IGNORECASE
)

_SAME_VERB = {"begin": "start", "finish": "end", "delivery": "arrive", "delivered": "arrive"}
_TOOK = re.compile(r"\b(?:took|takes|lasted|lasts|runs|ran)\s+(?:for\s+)?$", re.IGNORECASE)


def _took(story: str, spans: list[re.Match[str]]) -> bool:
    """Whether the one span is how long the started thing took ("started on 10 February 2027 and
    took 140 days"): its end is then asked of the same thing."""
    return len(spans) == 1 and _TOOK.search(story, 0, spans[0].start()) is not None


def _one_verb(verb: str) -> str:
    """ "begin" and "start" as one verb ("follow-ups begin 10 days later … do follow-ups start?")."""
    return _SAME_VERB.get(verb.lower(), verb.lower())


_SPAN_FROM_EVENT = re.compile(
    rf"^(?:so\s+)?(?:what(?:'s|\s+is)\s+the\s+date|(?:what|which)\s+date\s+is)\s+(?P<span>{DURATION_RE})\s+"
    r"(?P<way>after|before)"
    r"(?P<what>\s+(?:the|my|our|their|his|her)\s+[a-z]+(?:-[a-z]+)?)\s*\?$",
    re.IGNORECASE,
)


# Days a count may leave out: they change a count of days, never the weekday of a date told
_COUNTED_DAYS = re.compile(
    r"\b(?:business|working|weekends?|week\s*days?|holidays|(?:bank|public|national|federal)"
    r"\s+holiday)\b",
    re.IGNORECASE,
)
_RUN_OUT = re.compile(rf"\b(?:are|is)\s+the\s+(?:{DURATION_RE})\s+up\b", re.IGNORECASE)
_SPAN_AND_WAY = re.compile(
    rf"(?:{DURATION_RE})\s+(?:after|before|later|earlier|on\s+from|from)\b"
    rf"|{_RUN_OUT.pattern}",  # the story's span run out
    re.IGNORECASE,
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


# The date asked, said again as a count from the story's start in brackets: "The genoa repair
# starts 14 April 2031 and we've allowed 38 days. What date should it be ready (38 days after the
# start)?", "Festival runs four nights starting 2 November 2029. What date is the last night (3
# days after the first)?" (the bracket settles whether the first day counts)
_SAID_AGAIN = re.compile(
    r"\s*\((?P<span>\d{1,4}\s+(?:days?|weeks?))\s+after\s+(?:the\s+)?(?:start|first(?:\s+[a-z]+)?"
    r"|opening)\)\s*\?$",
    re.IGNORECASE,
)
_STARTS = re.compile(r"\b(?:start\w*|begin\w*|began|first|open\w*)\b", re.IGNORECASE)


def _counted_from_the_start(told: str, span: str) -> str | None:
    dates = list(DATE.finditer(told))
    if (
        len(dates) != 1
        or not _STARTS.search(told)
        or not ASKS_DATE.match(SENTENCE.split(told.strip())[-1].strip() + "?")
    ):
        return None
    return f"What date is {span} after {dates[0].group()}?"


def read_story(text: str) -> str | None:
    """The plain question a dated story asks, or None (see the module docstring)."""
    if len(text) > _MAX_TEXT:
        return None
    if text.rstrip()[-1:].isalnum() and _ASKED_UNMARKED.search(text):
        text = text.rstrip() + "?"  # typed in chat: "…, what date is that"
    if "(" in text and (said := _SAID_AGAIN.search(text)):
        return _counted_from_the_start(text[: said.start()], said["span"])
    text = periods_said(text)  # "a 270-day shelf life from that date"
    text = year_said_twice(text)  # "from 2 July to 27 August 2028"
    dashed = " - " in text or " — " in text or " – " in text or ", so " in text or ": " in text
    if dashed and (dash := _DASH_ASKED.search(text)):
        text = f"{text[: dash.start()]}. {text[dash.end() :]}"  # "… 150 days later - what date …?"
    elif ", " in text and (comma := _COMMA_ASKED.search(text)):
        text = f"{text[: comma.end('told')]}. {text[comma.end() :]}"
    if (" date?" in text or "eadline?" in text) and (terse := _TERSE_DATE.search(text)):
        text = f"{text[: terse.start()]}. What's the {terse[1]}?"  # "… - due date?", "Deadline?"
    elif terse := _TERSE_COUNT.search(text, max(0, len(text) - 30)):
        text = f"{text[: terse.start()]} How many {terse['u'].lower()}{terse['w'] or ''}?"
    elif ("the " in text[-24:] or "ate of " in text[-24:]) and (kth := kth_asked(text)):
        text = kth  # "… when's the sixth?"
    elif text.endswith((". When?", ". when?")):
        text = f"{text[:-5]}What date is that?"  # "… 130 days later. When?"
    elif text.lower().endswith((". by what date?", ". until what date?")):
        text = (
            f"{text[: text.rfind('. ') + 2]}What date is that?"  # "… 8 weeks before. By what date?"
        )
    if "If " in text and (span_given := _IF_SPAN.search(text)):
        told = span_given["told"]
        text = f"{text[: span_given.start()]}{told[0].upper()}{told[1:]}. {span_given['q']}"
    given = "If " in text and _IF_DATED.search(text)
    if given and (given["whose"] or given.start() > 0) and len(DATE.findall(text)) == 1:
        # "If the session was on 15 December 2026, what's the earliest touch-up date?": the
        # condition only tells the story's date
        text = f"{text[: given.start()]}{given['told'][0].upper()}{given['told'][1:]}. {given['q']}"
    sentences = [s for s in SENTENCE.split(text.strip()) if s]
    if len(sentences) > _MAX_SENTENCES:
        return None
    question = _ASIDE.sub("", sentences[-1].strip(), count=1)  # "Out of curiosity, how many …"
    if not question.endswith("?") or _SECOND_QUESTION.search(question):
        return None
    if span_asked_again(question, text[: -len(question)]):
        question = "What date is that?"  # "… 4 weeks after that. What's the date 4 weeks on?"
        text = f"{text.rstrip()[: -len(sentences[-1])].rstrip()} {question}"
    if _TERSE_WEEKDAY.match(question):  # "… starts on 19 November 2027 — what weekday?"
        question = "What day of the week is that?"
        text = f"{text.rstrip()[: -len(sentences[-1])].rstrip()} {question}"
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
    if restated and _RUN_OUT.search(question):  # "On what date are the 16 weeks up?": the story's
        spans, restated = restated, spans
    date_asked = ASKS_DATE.match(question)
    told = text[: len(text) - len(question)]
    if (
        date_asked
        and date_asked["done"]
        and not ASKS_END.match(question)  # ("When does it end?" after a warranty: its end)
        and not _done_in_span(date_asked["done"], told, spans)
        and not (times and len(spans) == 1 and runs_to_its_end(text, question, told, spans[0]))
    ):
        return None  # "When will they hatch?" asks when what the span is told of is done
    ran, asked = from_a_start(text, story, question, dates, times, spans, bool(date_asked))
    if ran:
        return asked  # a series, a term, a monthly rule or a stay of nights (see `runs`)
    counts = list(_COUNT_OF_THINGS.finditer(told))  # "A club ordered 60 arrows on …"
    counts += _LABELLED.finditer(told)  # "Round 1 of the congress is on …"
    # ... and asked by the label the story gave it: "… and round 5 is 9 weeks later. What date
    # is round 5?"
    counts += (m for m in _LABELLED.finditer(text, len(told)) if m.group().lower() in told.lower())
    if stray_digit(text, dates + times + spans + restated + counts):
        return None
    if (asked := _SPAN_FROM_EVENT.match(question)) and len(dates) == 1 and not times:
        # "What's the date 26 weeks after the start?": counted from the story's dated event
        if (
            len(spans) != 1
            or CHANGES.search(_CALENDAR_DAYS.sub("days", text))
            or not from_date(
                text, asked["what"], dates[0], len(text) - len(question) + asked.start("what")
            )
        ):
            return None
        return f"What date is {asked['span']} {asked['way'].lower()} {dates[0].group()}?"
    if date_asked:
        # (the asked words may say "weekday": "What weekday will it be ...?"; "no later than 30
        # days after" is the deadline itself)
        said = _NO_LATER.sub(" ", story) + " " + question[date_asked.end() :]
        if not spans and WEEKDAY_OF_THAT.fullmatch(question):
            said = _COUNTED_DAYS.sub(" ", said)  # ("Our open weekend starts on 2 October …")
        if (
            (THE_DATE.match(question) and not spans)
            or ASKS_TODAY.search(question)
            or CHANGES.search(said)
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
        ends = {_one_verb(m[1]) for m in _START_OR_END.finditer(story)}
        if (
            (verb := _START_OR_END.search(asked_rest))
            and ends
            and _one_verb(verb[1]) not in ends
            and not (ends == {"start"} and _one_verb(verb[1]) == "end" and _took(story, spans))
            and not (len(spans) == 1 and ends_on_the_day(text, spans[0]))  # (its start asked)
        ):
            return None  # "The beta ends 45 days after launch … Which date does it start?"
        if (
            verb
            and _one_verb(verb[1]) in ends
            and asked_rest == question[date_asked.end() :]  # (no span of its own: "45 days after")
            and not _done_in_span(verb[1], story, spans)
        ):
            return None  # "… starts on 17 January and finishes 18 days later. When does it start?"
        if any(not first_thing(m, asked_rest, story) for m in _ANOTHER_DAY.finditer(asked_rest)):
            return None  # "What's the date of the Friday of the last week?"
        if unknown_thing(question[date_asked.end() :], story) and not (
            len(spans) == 1 and notice_given(text, question, spans[0])
        ):  # ("… needs 10 days' notice. What's the latest date I can place the order?")
            return None  # "The concert is 3 weeks after 5 September. What date is the party?"
        moment = times and len(dates) == 1 and dated_time(text, dates[0], times)
        if len(dates) != 1 or len(spans) != 1 or (times and not moment):
            return None  # (a time said with the date is counted from: "at 22:00 on …")
        sign = direction(text, question, spans[0], dates[0])
        if sign is None and moment and runs_on_from(text, question, spans[0]):
            sign = 1  # "… at 16:20 on 30 October 2031 and rendered for 57 hours. … finish?"
        if sign is None or asks_about_the_date(text, question, spans[0], dates[0]):
            return None
        if sign < 0 and _WHEN_CAN.match(question):
            return None  # "When can I fix the stone?" asks for the end of a wait, never before

        way = "before" if sign < 0 else "after"
        if INCLUSIVE.search(text):  # "took 41 days, counting the first and the last day" (set 182)
            days = re.fullmatch(r"(\d{1,4})\s+days?", spans[0].group())
            if not days or moment or int(days[1]) < 1:
                return None  # (both ends of 3 weeks, or of hours: the model's)
            return f"What date is {int(days[1]) - 1} days {way} {dates[0].group()}?"
        # (a weekday asked gets the date too: a date's answer names its weekday)
        return f"What date is {spans[0].group()} {way} {moment or dates[0].group()}?"
    length = ASKS_LENGTH.match(question)
    if not length or spans:
        return None
    unit = (length["unit"] or length["unit2"] or "").lower()
    kind = length["unit2"] and (MON_FRI.search(story) or not EVERY_DAY.search(story))
    if unit == "weekdays" or kind or (unit == "days" and MON_FRI.search(story)):
        return weekdays_between(text, story, unit, dates, times)
    if len(dates) == 2 and not times and unit in ("days", "weeks", "nights"):
        if any(_DAY_NEXT_TO.search(story, max(0, d.start() - 60), d.start()) for d in dates):
            return None  # "close the day before the championship on 26 September" (set 188)
        inclusive, exclusive, rest, plain = ends_said(text, question)
        rest = _PARTY_WEEKEND.sub(" ", rest)  # ("The hen weekend starts …": no weekend days)
        if (
            CHANGES.search(rest)
            or COUNT_WORDS.search(rest)
            or (inclusive or exclusive)
            and unit == "nights"
        ):
            return None
        that_from = THAT_FROM.match(question)
        # "The festival runs from 28 July to 2 August. How many days?": 5, or 6 counting both
        # ends; the difference is given with the other count named
        period = not inclusive and PLAIN_DAYS.match(question) and a_period(story, dates)
        if (
            not inclusive
            and not period
            and unit != "nights"
            and not counts_the_difference(question, text, story, dates, unit)
        ):
            return None
        a, b = (m.group() for m in dates)
        symmetric = bool(IS_THAT.search(plain) or BETWEEN.search(question)) and not that_from
        if that_from and dates[0].end() <= len(story) < dates[1].start():
            a, b = b, a  # "Exams start 10 May. How many weeks is that from 1 February?"
        first, last = written_date(a, None), written_date(b, None)
        if first is not None and last is not None and first.value > last.value and symmetric:
            a, b, first, last = b, a, last, first  # "How many weeks is that?" of two dates
        if first is None or last is None or first.value > last.value:
            return None  # (a story's two dates read the wrong way round: never a negative count)
        ends = (
            " inclusive"
            if inclusive
            else ", exclusive"
            if exclusive
            else ", as a period"
            if period
            else ""
        )
        return f"How many {unit} from {a} to {b}{ends}?"
    if len(times) == 2 and len(dates) == 2 and unit in ("minutes", "hours"):
        return between_moments(text, story, unit, dates, times)
    if len(times) == 2 and not dates:
        unit = unit or ((_IN_UNIT.search(question) or {"unit": "hours"})["unit"]).lower()
        return between_times(text, story, unit, times)
    return None


_DAY_NEXT_TO = re.compile(
    r"\bthe\s+(?:day|night|week)\s+(?:before|after)\s+(?:[a-z']+\s+){0,4}?(?:on\s+)?$",
    re.IGNORECASE,
)


def _inside(m: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(o.start() <= m.start() and m.end() <= o.end() for o in others)
