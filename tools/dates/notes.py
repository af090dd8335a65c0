"""Notes beside a dates question that leave its answer as it is, taken off before the grammar
reads it: "please", "exactly", what the calendar already assumes ("(same time zone)",
"(Western churches)", "Ignore bank holidays."), a result asked for after the request, and
weekdays said to be Monday to Friday."""

from __future__ import annotations

import re

from tools.dates.holidays import NAME_RE, holiday_date
from tools.dates.inclusive import ONE_END_WORDS
from tools.dates.parts import CHANGES, DATE, WEEKDAY
from tools.dates.phrases import MONTH_RE, written_date
from tools.dates.restated import spans_of_said

_RULE_GIVEN = re.compile(
    r",?\s+(?:given|using|with|by|under|applying)\s+the\s+(?:(?:gregorian|century|leap[-\s]year)\s+)+"
    r"rules?(?=[?.!]*$)",
    re.IGNORECASE,
)
_PLEASE = re.compile(
    r",?\s+(?:please|pls|plz)(?=[?.!]*$)"
    # "…, I need it for a deadline" (set 188): what the answer is for
    r"|,\s+(?:i|we)\s+need\s+(?:it|this|that)\s+for\s+(?:an?|the|my|our)\s+[a-z]+(?:\s+[a-z]+)?(?=[?.!]*$)",
    re.IGNORECASE,
)
_EXACTLY = re.compile(r"\b(?:exactly|precisely)\s+(?=\d|an?\s|one\s)", re.IGNORECASE)

# Notes that say what the question already assumes: "(same time zone, no clock changes)" on
# two written times, "(Western churches)" on Easter's dates, as the calendar here reckons them.
_ASSUMED = re.compile(
    r",?\s+(?:in\s+(?:the\s+)?)?same\s+time\s*zone(?=[?.!]*$)"
    r"|\s*\((?:(?:in\s+)?(?:the\s+)?same\s+time\s*zone(?:,?\s+(?:and\s+)?no\s+(?:clock|dst"
    r"|daylight[- ]saving(?:\s+time)?)\s+changes?)?|western(?:\s+churches|\s+church|\s+christianity)?"
    r"|gregorian(?:\s+calendar)?|mon(?:day)?\s*[-–]\s*fri(?:day)?"
    # "What number day of the year is 15 September 2029 (1 January being day 1)?"
    r"|(?:with\s+|counting\s+)?1\s+january\s+(?:being\s|as\s|is\s|=)\s*day\s+(?:1|one))\)"
    # "Counting 1 January as day 1, what day of the year is 17 October 2027?"
    r"|^(?:counting|with)\s+1\s+january\s+as\s+day\s+(?:1|one),\s+(?=what|which)"
    # "Which day of the year is 17 August 2027, counting 1 January as day 1?"
    r"|,\s+(?:with|counting)\s+1\s+january\s+(?:being\s+|as\s+)?day\s+(?:1|one)(?=[?.!]*$)"
    # "Counting Monday to Friday only, how many weekdays does March 2027 have?" (what weekdays are)
    r"|^counting\s+(?:only\s+)?mon(?:day)?\s+to\s+fri(?:day)?(?:\s+only)?,\s+(?=[^?]*\bweek\s?days\b)"
    # "How many Fridays are there in the calendar year 2027?"
    r"|(?<=\bin\s)the\s+calendar\s+year\s+(?=\d{4}\b)"
    # "Count the days from 25 December 2027 to 4 July 2028, not counting the first day." (a span
    # between two dates counts the last day and not the first; not said beside "inclusive")
    r"|^(?!.*\b(?:inclusive|inclusively|both|including|includes?|counting\s+both)\b)(?P<span>.+?)"
    r",?\s+(?:not|without)\s+counting\s+the\s+first\s+(?:day|one)(?=[?.!]*$)"
    # ("How many days from 1 January 2027 to 31 December 2027, end date not included?": of two
    # dates only)
    r"|^(?!.*\b(?:inclusive|inclusively|both|including|includes?|counting\s+both)\b)"
    rf"(?P<span2>(?=.*\b(?:from|between)\b).+?),?\s+(?:{ONE_END_WORDS})(?=[?.!]*$)"
    # "… inclusive? Ignore bank holidays." (the calendar takes none out)
    r"|(?<=\?)\s+(?:ignore|ignoring|no|not\s+counting|there\s+are\s+no)\s+(?:any\s+)?(?:bank|public)"
    r"\s+holidays(?:\s+in\s+(?:that|this|the)\s+(?:stretch|range|period))?[.!]?$",
    re.IGNORECASE,
)
# "Add 18 months to 2026-12-10. What date do you get?": the result asked for after the request.
_RESULT_ASKED = re.compile(
    r"\s+[—–-]\s+(?:the\s+)?date|"  # "milestone is due 250 days after 15 January 2027 — date?"
    r"[.,;:]\s+(?:what|which)\s+(?:date|day)\s+do\s+(?:you|i|we)\s+(?:get|land\s+on|reach"
    r"|end\s+up\s+(?:on|with))|[.,;:]\s+what(?:'s|\s+is)\s+the\s+(?:result|resulting\s+date"
    r"|new\s+date)",
    re.IGNORECASE,
)

# "weekdays (Monday to Friday)", "working days (Mon-Fri)": weekdays, as the calendar counts them
_WEEKDAYS_SAID = re.compile(
    r"(?:weekdays|working\s+days|business\s+days)(?:\s*\(|,\s*)mon(?:day)?\s*(?:to|-|–|through)"
    r"\s*fri(?:day)?(?:\)|,)",
    re.IGNORECASE,
)


# The end of a question, or of a statement to complete: "Days from 1 December 2030 to 1 March
# 2031:", "The date 45 days before 20 January 2032 is"
_FALLS_ON = re.compile(
    r"^(?P<date>[^?]{4,40}?\d{4})\s+(?:falls|fell|will\s+fall|is|was)\s+on\s+an?$", re.IGNORECASE
)
_TO_COMPLETE = re.compile(r"(?:(?<=\d)\s+(?:is|was|will\s+be)\s*:?|[?.!:]+)$", re.IGNORECASE)
# Whom or what a span between dates is for, after the last date: it leaves the count as it is
# ("… to 28 March 2032 for my client's programme?", "… on 1 September 2028, for grading entry?")
_FOR_WHOM = re.compile(
    r"(?<=\d{4}),?\s+for\s+(?:(?:my|our|the|his|her|their)\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,2}"
    r"(?=[?.!]*$)"
    # "How many days from 1 March 2027 to 31 October 2027, our dune season?": the span's name
    r"|(?<=\d{4}),\s+(?:our|my|the|their)\s+(?:[a-z-]+\s+){0,2}(?:season|term|trip|tour|holiday|run"
    r"|contract|lease|course|programme|program)(?=[?.!]*$)"
    # "… to 2 June 2029 in the rearing log?": where the count is written
    r"|(?<=\d{4})\s+in\s+(?:my|our|the)\s+(?:[a-z-]+\s+)?(?:log|diary|book|records?|register|calendar"
    r"|spreadsheet|notes)(?=[?.!]*$)",
    re.IGNORECASE,
)
_DATE_THAT = re.compile(r"^(?:the\s+)?date\s+that(?:'s|\s+is)\s+(?=\S)", re.IGNORECASE)


# Two days of one month said once: "from 2 to 27 October 2028" is from 2 October 2028
_SHARED_MONTH = re.compile(
    rf"\b(?P<way>from|between)\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<to>to|and|until|till|through)"
    rf"\s+(?P<b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_RE}),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
# What the answer is for, after the question: "…, so I can book the lifeguards?"
_SO_I_CAN = re.compile(
    r",\s+so\s+(?:that\s+)?(?:i|we)\s+can\s+[a-z][^,?\d]{1,60}(?=\?$)", re.IGNORECASE
)


_HOW_MANY_LAST = re.compile(
    r"^(?P<u>days|weeks|nights)\s+(?P<rest>(?:from|between)\s[^:?]+?)\s*[:,—–-]\s*how\s+many\s*\??$",
    re.IGNORECASE,
)
_ON_FROM = re.compile(
    r"\b(\d[\d,]*\s+(?:days?|weeks?|months?|years?))\s+on\s+from\b", re.IGNORECASE
)


# "Counting from 11 October 2027, how many days until 25 December 2027?": from the one to the other
_COUNTING_FROM = re.compile(
    r"^counting\s+from\s+(?P<d>[^,?]{4,40}),\s+how\s+many\s+(?P<u>days|weeks)\s+(?=until\s|till\s|to\s)",
    re.IGNORECASE,
)


_UP_TO_DATE = re.compile(
    rf"(?<=\bfrom\s)(?P<first>[^?]{{4,40}}?\d{{4}})\s+up\s+to\s+(?=\d{{1,2}}\s+{MONTH_RE}|{MONTH_RE}\s+\d)",
    re.IGNORECASE,
)


# "… 14 July 1789; was that a weekday or weekend, which day exactly" (set 180): the weekday
# answers both
_WEEKEND_TOO = re.compile(
    r"(?:[,;]\s*|\s+)(?:was|is)\s+(?:that|it)\s+a\s+weekday\s+or\s+(?:a\s+)?weekend(?:\s+day)?"
    r"(?:,?\s*(?:and\s+)?which\s+day(?:\s+exactly)?)?(?=[?.!]*$)"
    r"|(?P<after>,?\s+(?:a\s+)?weekday\s+or\s+(?:a\s+)?weekend(?:\s+day)?(?=[?.!]*$))",
    re.IGNORECASE,
)
# "last Monday in May 2031 is the" (set 180): a day told by its place in a month, to complete
_NTH_TO_COMPLETE = re.compile(
    rf"^(?:the\s+)?(?P<q>(?:first|second|third|fourth|fifth|last)\s+(?:{WEEKDAY})\s+(?:in|of)\s+"
    rf"(?:{MONTH_RE}),?\s+\d{{4}})\s+(?:is|falls\s+on)(?:\s+the)?\s*[?.!:]*$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """The question without the notes beside it that leave its answer as it is."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    text = " ".join(text.split())
    text = _SHARED_MONTH.sub(
        lambda m: (
            f"{m['way']} {m['a']} {m['month']} {m['year']} {m['to']} {m['b']} {m['month']}"
            f" {m['year']}"
        ),
        text,
    )
    text = _SO_I_CAN.sub("", text)
    if "weekend" in text:
        text = _WEEKEND_TOO.sub(
            lambda m: "" if m["after"] else "; which day of the week was that", text
        )
    text = _NTH_TO_COMPLETE.sub(r"What is the \g<q>", text)
    text = _ON_FROM.sub(r"\1 after", text)  # "1,000 days on from 12 May 2026"
    text = spans_of_said(text)  # "345 days of gestation from a mating on …"
    if "ow many" in text[-12:]:  # "Days from 1 January 2028 up to 1 March 2028: how many?"
        text = _HOW_MANY_LAST.sub(r"How many \g<u> \g<rest>?", text)
    text = _COUNTING_FROM.sub(r"How many \g<u> from \g<d> ", text)
    if " up to " in text:  # "from 3 March 2029 up to 19 November 2029": to that date
        text = _UP_TO_DATE.sub(r"\g<first> to ", text)
    text = _WEEKDAYS_SAID.sub("weekdays", text)
    text = _ASSUMED.sub(lambda m: m["span"] or m["span2"] or "", text)
    if (asked := _RESULT_ASKED.search(text)) and re.fullmatch(r"[?.!]*", text[asked.end() :]):
        text = text[: asked.start()]
    text = _PLEASE.sub("", text)
    if "rule" in text:  # "…, given the century rule" (set 182): the calendar's own rule
        text = _RULE_GIVEN.sub("", text)
    text = _EXACTLY.sub("", text)  # "exactly 8 weeks after": the same 8 weeks
    text = _DATE_THAT.sub("the date ", text)  # "date that's 6 weeks before …"
    if text.endswith((" on a", " on an")) and (falls := _FALLS_ON.match(text)):
        text = f"What day of the week is {falls['date']}"  # "1 January 2040 falls on a"
    if " for " in text or " in " in text or ", " in text:  # "… 28 March 2032 for my client?"
        text = _FOR_WHOM.sub("", text)
    return _TO_COMPLETE.sub("", text).strip()


# What a date is for, said beside it: "How old will she be at her check-up on 4 June 2030?",
# "What weekday is 1 April 2032, the day our tea room reopens?"
_OCCASION_ASIDE = re.compile(
    r"\s+at\s+(?:her|his|my|their|our|the)\s+[a-z-]+"  # ("at the print show opening on": set 172)
    r"(?:\s+(?!(?:was|is|were|are|will|be|been|had|has|have)\b)[a-z-]+){0,2}"
    r"(?=\s+on\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d))"  # ("… at her reading on April 4, 2031?")
    # "What day of the week was 6 May 1840, when the first adhesive stamps became valid?"
    r"|,\s+when\s+(?:the|our|my|we|i|they|he|she|it)\b[^,?\d]{1,60}(?=\?$)"
    # "How old is he on the first day of camp, 26 July 2031?"
    r"|(?<=\son\s)(?:the\s+)?[a-z][a-z' ]{1,40}?,\s+"
    r"(?=(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2},?)\s+\d{4}\??$)"  # ("on race day, January 24, 2027")
    # a note after the date asked of: "what day of the week is 9 November 2027, big group booked",
    # "what weekday is 26 June 2028 (independence day here)" (set 178; no word that counts)
    r"|(?<=\d{4})(?:,\s+|\s*\()(?!(?:counting|including|include|not|excluding|both|inclusive"
    r"|exclusive|local|in|on|at|and|plus|minus|before|after|from|to|until|then|what|how|which|when"
    r"|julian|gregorian|old|new|ad|bc|ce|bce|the|so|was|is|orthodox|western|eastern|catholic"
    r"|lunar|chinese|hebrew|jewish|islamic|hijri|persian|solar|uk|us|british|american)\b)"
    r"(?![a-z' ]*\b(?:what|which|when|how|weekday|date|day|due|was|is|were|falls?)\b)"
    r"[a-z][a-z' ]{2,30}\)?(?=\??$)"
    r"|,\s+the\s+(?:(?:first|last|final|opening|closing)\s+)?"
    r"(?:(?!(?:next|following|previous|same|other|day|date)\b)[a-z]+\s+)?"  # ("the launch day of …")
    r"(?:day|date)\s+(?:our|my|we|i|the|when|that"
    r"|they|his|her|of)\b[^,?\d]{1,50}(?=\??$)"
    # "What day of the week is the harp festival's opening day, 22 August 2031?", "What weekday
    # is the county rodeo final on 4 July 2031?" (the day named, then its date; not "the day
    # after the final on …")
    r"|(?:(?<=weekday\sis\s)|(?<=the\sweek\sis\s)|(?<=what\sday\sis\s))the\s+(?!(?:[a-z']+\s+)*?(?:before|after|following|preceding|next|previous|prior"
    r"|eve|week|weekend|day\s+of\s+the\s+week)\b)[a-z][a-z' ]{1,40}?(?:,\s+|\s+on\s+)"
    r"(?=\d{1,2}\s+[A-Za-z]+\s+\d{4}\?$)"
    r"|,\s+the\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:date|day)(?=\?$)"  # "…, the party date?"
    # "… 1 September 2028, for grading entry?", "… in 2031, for the jumu'ah rota" (set 173)
    r"|(?<=\d{4}),\s+for\s+[a-z']+(?:\s+[a-z']+){0,2}(?=\??$)"
    # "6 July 2030, the day of our street party, is what day of the week?"
    r"|(?<=\d{4}),\s+the\s+(?:day|date|night)\s+(?:of|when|that)\s+[^,?\d]{1,50},(?=\s+(?:is|was|will\s+be"
    r"|falls)\s)",
    re.IGNORECASE,
)


# A holiday the written date is, named after it in brackets: "25 December 2029 (christmas day)"
_HOLIDAY_AFTER = re.compile(
    r"(?:(?<=[A-Za-z]\s\d{4})|(?<=\d,\s\d{4}))\s*\((?P<name>[A-Za-z][A-Za-z' ]{2,30})\)"
)


def _holiday_after(m: re.Match[str]) -> str:
    """ "" when the name in brackets is the holiday of the date before it, else the brackets."""
    dates = list(DATE.finditer(m.string, max(0, m.start() - 40), m.start()))
    day = dates and dates[-1].end() == m.start() and written_date(dates[-1].group(), None)
    name = m["name"].lower()
    if day and not day.has_time and holiday_date(name, day.value.year) == day.value.date():
        return ""
    return m.group()


# A holiday's day said in brackets beside it: "Christmas Day (25 December) 2036", "christmas
# 2031 (25 December)" (dropped when it is that holiday's day)
_DAY_OF_HOLIDAY = re.compile(
    rf"(?P<name>{NAME_RE})\s*(?:\((?P<day>[^()]{{3,20}})\)\s*(?P<year>\d{{4}})|(?P<year2>\d{{4}})\s*"
    r"\((?P<day2>[^()]{3,20})\))",
    re.IGNORECASE,
)


def _day_of_holiday(m: re.Match[str]) -> str:
    year, day = m["year"] or m["year2"], m["day"] or m["day2"]
    said = written_date(f"{day} {year}", None)
    if said and not said.has_time and holiday_date(m["name"], int(year)) == said.value.date():
        return f"{m['name']} {year}"
    return m.group()


def without_occasion(text: str) -> str:
    """`text` without what a date is for said beside it (see _OCCASION_ASIDE)."""
    if "(" in text:
        text = _DAY_OF_HOLIDAY.sub(_day_of_holiday, _HOLIDAY_AFTER.sub(_holiday_after, text))
    if (
        " the " not in text
        and " at " not in text
        and ", when " not in text
        and ", for " not in text
        and " day, " not in text  # ("How old will I be on race day, 18 April 2027?")
        and " night, " not in text  # ("… on fight night, 16 September 2029": set 172)
        and ", " not in text[-40:]  # ("… 9 November 2027, big group booked": set 178)
        and "(" not in text[-40:]
    ):
        return text
    return _OCCASION_ASIDE.sub("", text)


# A label before the story ("Under-18s cut-off: a lad born …"), which tells nothing the story
# needs (a label with a word that changes the count is kept: "Julian calendar: …")
_LABEL = re.compile(r"^[A-Za-z][\w' -]{1,30}:\s+(?=[A-Za-z])")
# What the question is for, said first: "for my French history essay, …" (no number in it, and
# nothing that changes how days are counted)
_FOR_WHAT = re.compile(
    r"^for\s+(?:my|our|a|an|the|his|her|their)\s+(?![^,]*\b(?:calendar|julian|count\w*|zone|if)\b)"
    r"[A-Za-z' -]{2,40},\s+",
    re.IGNORECASE,
)
# ... but a label that tells the story's date, day or birth is the story ("Third Monday of June
# 2027: what date is that?", "Someone born on 23 June 1988: how old …")
_TELLS = re.compile(rf"\d{{3}}|{MONTH_RE}|{WEEKDAY}|\bborn\b|\bday\b", re.IGNORECASE)
# One of a series asked by its ordinal alone: "… every 9 days, the first one on …. What date is
# the sixth?"
_NEEDS_TO_DO = re.compile(
    r"\b(?P<needs>needs?|takes?)\s+to\s+(?P<do>rest|cure|set|dry|settle|prove|ferment|mature|age|sit"
    r"|soak|steep|cool|harden|bed\s+in)\s+(?:for\s+)?(?P<span>\d{1,3}\s+(?:days?|weeks?|hours?))\b",
    re.IGNORECASE,
)
_ONE_A_PERIOD = re.compile(
    r"\bone\s+(?P<what>round|match|game|session|class|meeting|episode|lesson|visit)\s+(?:a|per|each)\s+"
    r"(?P<period>week|fortnight|month)\b",
    re.IGNORECASE,
)
_NTH_IS_ON = re.compile(
    r"(?<=[.!]\s)the\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}"
    r"(?:nd|rd|th))(?:\s+and\s+(?:final|last))?\s+(?P<what>[a-z]+)\s+(?:is|falls|will\s+be)\s+on\s+"
    r"what\s+date\s*\?$",
    re.IGNORECASE,
)
_NTH_COMES = re.compile(
    r"(?<=[.!]\s)when\s+(?:does|will)\s+the\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|\d{1,2}(?:nd|rd|th))\s+(?P<what>[a-z]+)\s+(?:come|arrive|happen|take\s+place"
    r"|fall)\s*\?$",
    re.IGNORECASE,
)
_BARE_ORDINAL = re.compile(
    r"(?<=\sthe\s)(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))"
    r"(?=\?$)",
    re.IGNORECASE,
)


_SPAN_BEFORE_TIME = re.compile(
    r"\b(?P<n>\d{1,3})-(?P<unit>day|week)\s+(?P<what>lead\s+time|turnaround)\b", re.IGNORECASE
)


# A day named first and its weekday asked after a colon: "Christmas Day 2040: what weekday?"
# ... or an occasion then its date: "storming of the Bastille, 14 July 1789: which weekday was it"
# (set 182; not "the day after the wedding, …")
_WEEKDAY_AFTER = re.compile(
    r"^(?:(?![^:]*\b(?:before|after|eve|following|next|previous|day|week|weekend)\b)"
    rf"[A-Za-z][A-Za-z' ]{{1,50}}?(?:,\s+|\s+on\s+)(?P<date>{DATE.pattern})"
    r"|(?P<what>[A-Za-z][^:?]{2,40}?\b\d{4}))\s*:\s*(?:so\s+)?(?:what|which)\s+(?:weekday"
    r"|day\s+of\s+the\s+week)(?:\s+(?:is|was)\s+(?:it|that))?\s*\??$",
    re.IGNORECASE,
)


_COUNT_THE = re.compile(
    rf"^count\s+the\s+(?P<days>{WEEKDAY}s)\s+in\s+(?P<when>[A-Za-z]+\s+\d{{4}})(?:\s+for\s+me)?\s*[.!]?$",
    re.IGNORECASE,
)
# What the answer is for, said after the question: "Want it for the quiz.", "(decimal hours please)"
_ASIDE_AFTER = re.compile(
    r"(?<=\?)\s+(?:(?:i\s+)?(?:want|need)\s+it\s+for\s+[a-z' ]{1,30}[.!]?"
    r"|\((?:in\s+)?decimal\s+hours(?:,?\s+please)?\))$",
    re.IGNORECASE,
)
# "If 1 January 2027 is day 1, what day number is 15 September 2027?"
_DAY_ONE_OF_YEAR = re.compile(
    r"^if\s+1\s+january\s+(?P<year>\d{4})\s+is\s+day\s+(?:1|one),\s+what\s+day\s+number\s+is\s+"
    r"(?P<asked>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s*\?$",
    re.IGNORECASE,
)
_NUMBER_DAY_OF = re.compile(
    r"^what\s+number\s+day\s+of\s+(?P<year>\d{4})\s+is\s+(?P<day>\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2})"
    r"\s*\?$",
    re.IGNORECASE,
)
# "Someone born on 30 September 1988 — what age are they on 14 April 2027?"
_AGE_OF_SOMEONE = re.compile(
    r"^(?:someone|a\s+person)\s+born\s+on\s+(?P<born>[^—–:,;?]{6,40}?)\s*(?:[—–:,;]|\s-)\s*"
    r"(?:what\s+age\s+(?:are\s+they|is\s+(?:he|she|that\s+person))|how\s+old\s+(?:are\s+they"
    r"|is\s+(?:he|she|that\s+person)))\s+on\s+(?P<on>[^?]{6,40})\?$",
    re.IGNORECASE,
)


_IN_PLACE_FIRST = re.compile(
    r"^in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?=how\s+many\s+(?:hours|minutes)\b)", re.IGNORECASE
)
# Where a span of times is kept, said before it (the tool reads the place from the whole text)
_WHERE_BEFORE_FROM = re.compile(
    r"(?:\s+on\s+the\s+[a-z]+)?\s+in\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?=\s+(?:(?:runs|ran|goes|went|is|was)\s+)?from\s+\d)",
    re.IGNORECASE,
)
# An event named, its date set apart by commas, then its weekday asked: "The US bicentennial, 4
# July 1976, was which weekday?"
# ... or in brackets, asked after it ("the storming of the Bastille, 14 July 1789, was on which
# weekday", "the moon landing (20 July 1969) fell on what day of the week"), or asked first ("On
# which weekday was the moon landing, 20 July 1969?")
_NAMED_THEN_DATE = re.compile(
    # (not a day counted from the one dated: "The day after the launch, 4 July 1976, was …")
    r"^(?![^,(]*\b(?:before|after|prior|eve|following|previous|next|later|earlier)\b)"
    rf"(?:the\s+)?[^,(\d?]{{3,50}}(?:,\s+(?P<date>{DATE.pattern}),|\s+\((?P<date2>{DATE.pattern})\))\s+"
    r"(?:was|is|will\s+be|falls|fell)\s+(?:on\s+)?(?:which|what)\s+(?:weekday|day\s+of\s+the\s+week"
    r"|day)\s*\??$"
    r"|^(?:on\s+)?(?:which|what)\s+(?:weekday|day\s+of\s+the\s+week)\s+(?:was|is|will\s+be)\s+"
    r"(?![^,]*\b(?:before|after|prior|eve|following|previous|next|later|earlier)\b)"
    rf"(?:the\s+)?[^,\d?]{{3,50}},\s+(?P<date3>{DATE.pattern})\s*\??$",
    re.IGNORECASE,
)
# A terse count of Monday-to-Friday days said so: "working days (Mon–Fri) from … to …"
_MON_FRI_FROM = re.compile(
    r"^(?:number\s+of\s+)?(?:working\s+days|weekdays|week\s+days)\s*\(\s*mon(?:day)?\s*(?:-|–|to)\s*"
    r"fri(?:day)?\s*\)\s+(?=(?:from|between)\s)",
    re.IGNORECASE,
)
# "19 November 2031 is how many days after 3 March 2031" (asked as "How many days after …")
_IS_HOW_MANY_AFTER = re.compile(
    rf"^(?P<b>{DATE.pattern})\s+is\s+how\s+many\s+(?P<unit>days|weeks)\s+after\s+(?P<a>{DATE.pattern})"
    r"\s*\??$",
    re.IGNORECASE,
)
_WHEN_SPAN = re.compile(
    r"^when(?:'s|\s+is|\s+will\s+it\s+be|\s+was)\s+"
    r"(?=\d[\d,]*\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|from)\s+\S)",
    re.IGNORECASE,
)
_NO_BREAK = re.compile(r",?\s+with\s+no\s+breaks?(?=\s*[.?!])")
_UP_TO_AND_INCLUDING = re.compile(
    rf"\bup\s+to\s+and\s+including\s+(?P<last>{DATE.pattern})", DATE.flags
)


def plainly_asked(text: str) -> str:
    """`text` without a label before its story, a lead time said as a span, and one of a series
    asked by its ordinal alone said as "the sixth one" (terse questions are `router.terse`'s)."""
    if ":" in text and (weekday := _WEEKDAY_AFTER.match(text)):
        return (
            f"What weekday is {weekday['what'] or weekday['date']}?"  # "Christmas Day 2040: what …"
        )
    if text[:4].lower() == "for " and (purpose := _FOR_WHAT.match(text)):
        text = text[purpose.end() :]  # "for my French history essay, 14 July 1789 fell on …"
    label = _LABEL.match(text) if ":" in text else None
    if label and not CHANGES.search(label.group()) and not _TELLS.search(label.group()):
        text = text[label.end() :]
    if text[:10].lower() == "count the " and (counted := _COUNT_THE.match(text)):
        return (
            f"How many {counted['days']} are there in {counted['when']}?"  # "Count the Tuesdays …"
        )
    if text[-1:] in ".!)" and (aside := _ASIDE_AFTER.search(text)):
        text = text[: aside.start()]  # "… Which day of the week was that? Want it for the quiz."
    first = _DAY_ONE_OF_YEAR.match(text) if text[:3].lower() == "if " else None
    if first and first["year"] == first["asked"][-4:]:  # (day numbers of another year: no)
        return f"What day of the year is {first['asked']}?"
    if text[:12].lower() == "what number " and (nth := _NUMBER_DAY_OF.match(text)):
        return f"What day of the year is {nth['day']} {nth['year']}?"  # "… day of 2027 is 30 Sep?"
    if text[:4].lower() in ("some", "a pe") and (age := _AGE_OF_SOMEONE.match(text)):
        return f"How old is someone born on {age['born']} on {age['on']}?"
    if text[:3].lower() == "in " and (where := _IN_PLACE_FIRST.match(text)):
        text = text[where.end() :]  # "In London, how many hours …": the place is read by the tool
    if " in " in text and (where := _WHERE_BEFORE_FROM.search(text)):
        text = f"{text[: where.start()]}{text[where.end() :]}"  # "… shift in Manchester from 19:30"
    if " no break" in text:  # "The band plays from 19:30 to 23:45 with no break." (none taken)
        text = _NO_BREAK.sub("", text)
    if "up to and including " in text and (upto := _UP_TO_AND_INCLUDING.search(text)):
        # "from 16 September 2027 up to and including 20 April 2028": both ends counted
        text = f"{text[: upto.start()]}to {upto['last']} inclusive{text[upto.end() :]}"
    if (", " in text or " (" in text) and (named := _NAMED_THEN_DATE.match(text)):
        # "The US bicentennial, 4 July 1976, was …"
        return f"What day of the week is {named['date'] or named['date2'] or named['date3']}?"
    if text[:1].lower() in "wn" and (weekdays := _MON_FRI_FROM.match(text)):
        text = f"How many weekdays {text[weekdays.end() :]}"  # "working days (Mon–Fri) from …"
    if " is how many " in text and (after := _IS_HOW_MANY_AFTER.match(text)):
        return f"How many {after['unit']} after {after['a']} is {after['b']}?"
    if text[:4].lower() == "when" and (when := _WHEN_SPAN.match(text)):
        text = f"What date is {text[when.end() :]}"  # "When is 250 days after 10 February 2027?"
    if "date's" in text.lower():  # "What date's that?"
        text = re.sub(r"\b(date)'s\b", r"\1 is", text, flags=re.IGNORECASE)
    if "lead time" in text or "turnaround" in text:  # "with a 6-week lead time"
        text = _SPAN_BEFORE_TIME.sub(r"\g<what> of \g<n> \g<unit>s", text)
    if " to " in text:  # "it needs to rest 9 days": it needs 9 days to rest
        text = _NEEDS_TO_DO.sub(r"\g<needs> \g<span> to \g<do>", text)
    if " one " in text.lower():  # "one round a week": a round every week
        text = _ONE_A_PERIOD.sub(r"a \g<what> every \g<period>", text)
    if (nth := _NTH_IS_ON.search(text) or _NTH_COMES.search(text)) is not None:
        # "The sixth round is on what date?", "When does the fourth one come?"
        text = f"{text[: nth.start()]}What date is the {nth['nth']} {nth['what']}?"
    repeats = any(w in text.lower() for w in ("every", "weekly", "fortnightly", "daily"))
    if repeats and (nth := _BARE_ORDINAL.search(text)):
        text = f"{text[: nth.end()]} one?"
    elif repeats and text.lower().endswith(" the next?"):  # "… - when's the next?"
        text = f"{text[:-1]} one?"
    return text


# A named event before its date: "our charity gala on 19 November 2027", "the filing deadline
# of 31 January 2029" (not a day counted from it: "the day before the harvest on …")
# ... or a thing done, by its verb: "making the Comté on 14 August 2030"
_EVENT_NAMED = re.compile(
    r"^(?:(?:the|our|my|their|his|her|your)\s+|[a-z]+ing\s+(?:(?:the|our|my|their)\s+)?)"
    r"(?![\w' ]*\b(?:before|after|prior|eve|following|previous|next)\b)"
    r"[^\W\d_][\w' ]{0,29}?\s+(?:on|of)\s+(?=\d)",
    re.IGNORECASE,
)


def without_event(endpoint: str) -> str:
    """A span's endpoint without the event named before its date (see _EVENT_NAMED)."""
    return _EVENT_NAMED.sub("", endpoint)
