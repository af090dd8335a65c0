"""Stories about something that runs from a date, for the dates grammar: a series that repeats
("every 14 days, the first on 5 January 2028 … the 10th episode"), a term with an end ("on a
3-week loan. When is it due back?"), a weekday rule for every month ("the last Friday of the
month … in June 2028") and a stay of nights ("lasts 9 nights. What date do we come home?").

Like `slots`, each is asked again as the plain question it is ("What date is 126 days after 5
January 2028?") for the single-question grammar, and only when the story leaves one answer: one
date, every number used, no word that changes the count. Pure regex work.
"""

from __future__ import annotations

import re

from tools.dates.firsts import FOLLOWS, after_the_start, from_another, other_first
from tools.dates.monthly import monthly_rule
from tools.dates.parts import CHANGES, DATE, WEEKDAY
from tools.dates.phrases import ORDINALS, written_date
from tools.dates.restated import counted_last
from tools.dates.trips import STARTS, days_away, last_of_days
from tools.words import cardinal, stray_digit

# Something that repeats from a first or a last date: "We release an episode every 14 days, the
# first on 5 January 2028. What date does the 10th episode come out?" (9 steps after the first),
# "Bella is groomed every 6 weeks and her last trim was on 11 March 2027. What date is her next
# one?" (1 step after the last).
_EVERY = re.compile(r"\bevery\s+$", re.IGNORECASE)
_FIRST_SAID = re.compile(
    r"\b(?:first|starting|beginning|from|starts?|begins?|started|began|launch(?:es|ed)?|opens?"
    r"|opened)\b"  # ("Fortnightly mediation sessions start on …")
    r"(?:\s+[a-z]+){0,6}?"
    r"(?:\s+(?:is|was|will\s+be|on|from))*\s+$",
    re.IGNORECASE,
)
_LAST_SAID = re.compile(
    r"\b(?:last|latest|previous|most\s+recent)\b(?:\s+[a-z]+){0,3}?(?:\s+(?:is|was|on))*\s+$"
    # "The farrier came on 9 May 2027 and comes back every 6 weeks"
    r"|\b(?:came|visited|called)\s+(?:on\s+)?$"
    # "was last groomed Tuesday …", "I last tuned Mrs Okafor's piano on …", "was groomed on …"
    r"|\blast\s+[a-z]+ed(?:\s+(?!on\b)[a-z']+){0,4}\s+(?:on\s+)?$|\bwas\s+(?:last\s+)?[a-z]+ed\s+(?:on\s+)?$"
    # "We emptied the tank on 15 March 2029 and it's on a schedule of every 26 weeks"
    r"|\b(?:i|we|they)\s+(?:last\s+)?[a-z]+ed(?:\s+(?!on\b)[a-z']+){0,3}\s+on\s+$",
    re.IGNORECASE,
)
_ORDINAL_NAMES = "|".join(w for w, n in ORDINALS.items() if 2 <= n <= 12)  # "the sixth meeting"
_KTH = re.compile(
    r"\b(?:(?P<k>\d{1,3})(?:st|nd|rd|th)\s+[a-z]+|(?:number|no\.?|#)\s*(?P<k2>\d{1,3})"
    rf"|(?P<word>{_ORDINAL_NAMES})\s+[a-z]+)\b",
    re.IGNORECASE,
)
# "Ten weekly lessons … What's the date of the last lesson?": the last of a counted series
_LAST_ASKED = re.compile(r"\b(?:the\s+)?(?:last|final)\s+[a-z]+", re.IGNORECASE)
_NEXT = re.compile(r"\bnext\s+(?:one|[a-z]+)\b", re.IGNORECASE)
# ("Ten weekly swimming lessons": a count in words too)
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ADVERB = re.compile(
    rf"(?:\b(?P<count>\d{{1,3}}|{_COUNT_WORDS})\s+)?(?<![\w-])(?P<adverb>weekly|fortnightly|daily)"
    rf"(?:\s+for\s+(?P<after>\d{{1,3}}|{_COUNT_WORDS})(?=\s+[a-z]+s\b))?\s+[a-z]+"  # ("… for 12 sessions")
    r"|\b(?P<cycle>\d{1,2})[- ]week\s+(?:cycle|rota|rotation)\b"  # "on a 6-week cycle"
    # "runs on 8 consecutive Saturdays, starting 4 September 2027" (weekly, from a Saturday)
    rf"|\b(?P<days>\d{{1,3}}|{_COUNT_WORDS})\s+(?:consecutive|successive|straight)\s+"
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s\b",
    re.IGNORECASE,
)
_ADVERBS = {"weekly": ("1", "weeks"), "fortnightly": ("2", "weeks"), "daily": ("1", "days")}
# "When is the next visit?": the next of something that repeats
ASKS_NEXT = re.compile(
    r"^(?:so\s+)?when(?:'s|\s+is|\s+will\s+be)\s+(?:the|her|his|their|our|my|its)\s+next\b"
    r"|^(?:so\s+)?when\s+(?:is|will|are)\s+(?:he|she|it|they)\s+(?:be\s+)?next\s+(?:due|back)\b",
    re.IGNORECASE,
)
_SERIES_REACH = 40
_AFTER_ONE = re.compile(
    r"\s+(?:after|following)\s+(?:that|this|it|the\s+first)(?:\s+one)?\b", re.IGNORECASE
)


def _series(text: str, question: str, spans: list[re.Match[str]]) -> str | None:
    """The plain question for the k-th (or the next) of something that repeats, or None; the
    caller checks the story holds just its one date and one span."""
    every = [m for m in spans if _EVERY.search(text, max(0, m.start() - 8), m.start())]
    dates = list(DATE.finditer(text))
    adverb = _ADVERB.search(text) if not every else None  # "16 weekly sessions starting …"
    if len(every) + bool(adverb) != 1 or len(dates) != 1 or (adverb and spans):
        return None
    step, date = every[0] if every else adverb, dates[0]
    lead = text[max(0, date.start() - _SERIES_REACH) : date.start()]
    rest = text[: step.start()] + text[step.end() :]
    if CHANGES.search(_EVERY.sub(" ", rest[: step.start()]) + rest[step.start() :]):
        return None  # "every 14 days, skipping holidays"
    k = _KTH.search(text, len(text) - len(question))
    kth = k and (int(k["k"] or k["k2"]) if not k["word"] else ORDINALS[k["word"].lower()])
    if told := every and not k and counted_last(text, question):
        kth = int(told["n"])  # the final match of "8 matches, one every 14 days"
    if adverb and adverb["cycle"]:
        count, unit = adverb["cycle"], "weeks"
    elif adverb and adverb["weekday"]:
        first = written_date(date.group(), None)
        if first is None or first.value.strftime("%A").lower() != adverb["weekday"].lower():
            return None  # ("8 consecutive Saturdays, starting 2 September": from the 4th?)
        days = _count(adverb["days"])
        if (not k and not _LAST_ASKED.search(question)) or (k and kth > days):
            return None  # (which one? "the 9th class" of 8)
        count, unit, kth = "1", "weeks", kth if k else days
    elif adverb:
        count, unit = _ADVERBS[adverb["adverb"].lower()]
        said = adverb["count"] or adverb["after"]
        if said and not k and _LAST_ASKED.search(question):
            kth = _count(said)  # the last of "10 weekly lessons" is the 10th
        elif said and not k:
            return None  # "16 weekly sessions": which one is asked?
        elif said and kth > _count(said):
            return None  # "the 11th class" of "10 weekly classes"
    elif step.group().lower() == "fortnight":  # "every fortnight"
        count, unit = "2", "weeks"
    else:
        count, unit = (*step.group().replace(",", "").split(maxsplit=1), "")[:2]  # ("1,460 days")
    if not count.isdigit() or not unit:
        return None
    if k and from_another(lead, k.group().split()[-1]):
        return None  # "every 13 weeks from commissioning on …": is commissioning the first?
    if _FIRST_SAID.search(lead) and kth:
        later = None  # (a first said is one of the series: "the first renewal was on …")
        if k and "first" not in lead.lower():
            later = after_the_start(text[: step.start()], k[0].split()[-1])
        if later is False:
            return None  # "The course started on … and meets every week. … the 4th meeting?"
        steps = kth if later else kth - 1
        if k and _AFTER_ONE.match(text, k.end()):
            steps = kth  # "the third visit after that one": counted on from the dated one
        if k and other_first(lead, text, k.group().split()[-1]):
            # "the first dose went in on …, and boosters follow every 21 days after it. … the
            # fourth booster?": the series asked follows the first thing, which is none of it
            if not FOLLOWS.match(text, step.end()):
                return None
            steps = kth
    elif _LAST_SAID.search(lead) and _NEXT.search(question) and not kth:
        steps = 1
    else:
        return None
    if steps < 1 or stray_digit(
        text,
        [step, date, *([k] if k else []), *([adverb] if adverb else []), *filter(None, [told])],
    ):
        return None
    unit = unit.lower().rstrip("s") + "s"
    return f"What date is {steps * int(count)} {unit} after {date.group()}?"


# A numbered series: "Round 1 … is on 13 October 2027 and the rounds are 14 days apart. What
# date is round 6?", "Episode 1 went out on 4 January 2028 and we release one every week …
# What date does episode 20 go out?", "counts 24 July 2027 as day 1 … What date is day 12?";
# or the k-th after a dated one: "The rota repeats every 3 weeks. I'm on duty on 7 November
# 2027 — what's the date of my fourth duty after that one?"
_NUMBER_ONE = re.compile(
    # ("first one was …", "with one episode a week": no series' number one)
    r"\b(?!(?:first|last|with|the|only|every|each|no|at|for|and|of|just)\b)(?P<noun>[a-z]+)\s+"
    r"(?:1|one|#1|no\.?\s*1)\b(?![.,:]\d)",
    re.IGNORECASE,
)
_STEP = re.compile(
    r"\bevery\s+(?P<u>day|week|fortnight)\b"
    r"|\b(?:one|once)\s+(?:(?:an?\s+)?[a-z]+\s+)?(?:a|per|each)\s+(?P<u2>day|week|fortnight)\b"
    r"|\b(?P<n3>\d{1,3})\s+(?P<u3>days|weeks)\s+apart\b"
    rf"|\bevery\s+(?P<n4>\d{{1,3}}|{_COUNT_WORDS})\s+(?P<u4>days|weeks)\b"
    r"|\b(?P<n5>\d{1,3})\s+(?P<u5>days|weeks)\s+(?:each|long),?\s+back[\s-]to[\s-]back\b"
    r"|\b(?:are|is|run|runs|held|fall|falls|due)\s+(?P<u6>week|fortnight|dai|month)ly\b"
    # "Our fortnightly simultaneous pairs started …" (not "bi-weekly": twice, or every 2?)
    r"|(?<![\w-])(?P<u7>week|fortnight|month)ly\s+(?=[a-z])"
    # "… and they fall on the 28th of each calendar month": a month apart, on the date's day
    r"|\b(?:on\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\s+of\s+)?(?:each|every)\s+"
    r"(?:calendar\s+)?(?P<u8>month)\b"
    # "every Tuesday": a week apart, from a date that is a Tuesday; "every other Saturday": two
    rf"|\bevery\s+(?P<other>(?:other|second|alternate)\s+)?(?P<wd>{WEEKDAY})\b",
    re.IGNORECASE,
)
_MORE_DAYS = re.compile(rf",?\s*(?:,|and|&|or)\s+{WEEKDAY}", re.IGNORECASE)
_ORDINAL_WORD = "|".join(ORDINALS)
_AFTER_THAT = re.compile(
    rf"\b(?:(?P<k>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL_WORD}))\s+(?P<noun>[a-z]+)\s+"
    r"(?:after|following)\s+(?:that|this)(?:\s+one)?\b",
    re.IGNORECASE,
)
# "When does sprint 4 start?", "When is the 26th quiz?"
ASKS_KTH = re.compile(
    r"^(?:so\s+)?when\s+(?:does|will|is)\s+(?:the\s+)?(?:[a-z]+\s+(?:number\s+)?\d{1,3}|\d{1,3}(?:st|nd|rd|th)"
    r"\s+[a-z]+(?:-[a-z]+)?)(?:\s+(?:start|begin|go\s+out|come\s+out|happen|take\s+place|be\s+held))?"
    r"\s*\?$",
    re.IGNORECASE,
)


def _numbered(text: str, question: str) -> str | None:
    """The plain question for the k-th of a numbered series (see above), or None."""
    dates = list(DATE.finditer(text))
    steps = list(_STEP.finditer(text))
    if len(dates) != 1 or len(steps) > 1 or _IN_A_PLACE.search(question):
        return None  # ("… go out in the US?": another clock, maybe another date)
    date, asked_at = dates[0], len(text) - len(question)
    step = steps[0] if steps else None
    if step is not None and step["wd"] and _MORE_DAYS.match(text, step.end()):
        return None  # "every Monday, Wednesday and Friday": three days a week, not one
    after = _AFTER_THAT.search(text, asked_at)
    one = [m for m in _NUMBER_ONE.finditer(text, 0, asked_at) if _near(m, date, text)]
    lead = text[max(0, date.start() - _SERIES_REACH) : date.start()]
    if after:  # (the dated one is one of the series the question names)
        noun, k = after["noun"], _kth(after)
        parts: list[re.Match[str]] = [after]
        if one or not re.search(rf"\b{re.escape(noun[:4])}", text[:asked_at], re.IGNORECASE):
            return None
    elif len(one) == 1 and (asked := _asked_kth(one[0]["noun"], text, asked_at)):
        noun, k, parts = one[0]["noun"], _kth(asked), [one[0], asked]
    elif not one and _FIRST_SAID.search(lead) and (asked := _asked_kth(r"[a-z]+", text, asked_at)):
        noun, k, parts = asked["noun2"] or asked["noun"], _kth(asked), [asked]  # "… the 26th quiz"
        if other_first(lead, text, noun) or from_another(lead, noun, text, steps):
            return None  # "the first dose went in on … the fourth booster?": not one series
    elif (
        not one
        and _FIRST_SAID.search(lead)
        and step is not None
        and step["wd"]
        and not step["other"]
        and _LAST_ASKED.search(question)
        and (weeks := _FOR_WEEKS.search(text, 0, asked_at))
    ):  # "every Tuesday for 10 weeks, starting Tuesday 12 January 2027 … the last class?"
        noun, k, parts = "week", int(weeks["n"] or weeks["n2"]), [weeks]
    elif not one and STARTS.search(lead) and (asked := _week_or_day(text, asked_at)):
        noun, k, parts = asked[0], _kth(asked[1]), [asked[1]]  # "Term starts D … week 15"
        rule = _WEEKS_START.search(text)
        if rule and not date.group().lower().startswith(rule["wd"].lower()):
            return None  # "weeks start on a Monday" from a date not said to be one
    else:
        return None
    if step is None and noun.lower() in ("day", "week"):
        count, unit = "1", f"{noun.lower()}s"
    elif step is None:
        return None
    elif step["wd"]:
        if not on_weekday(date.group(), step["wd"]):
            return None  # "every Tuesday" from a date that is not one
        count, unit = ("2" if step["other"] else "1"), "weeks"
    else:
        count = str(_count(next((g for g in step.group("n3", "n4", "n5") if g), "1")))
        unit = next(
            g for g in step.group("u", "u2", "u3", "u4", "u5", "u6", "u7", "u8") if g
        ).lower()
        if unit == "month" and not _monthly_from(date.group(), step["dom"]):
            return None
        unit = "day" if unit == "dai" else unit
        count, unit = (str(2 * int(count)), "weeks") if unit == "fortnight" else (count, unit)
    said = _said_again(noun, k, text, asked_at)
    told = _told_count(noun, k, text, asked_at)
    if step is not None and (count, unit) == ("1", "weeks"):  # "every Tuesday for 10 weeks"
        told += [m for m in _FOR_WEEKS.finditer(text, 0, asked_at) if int(m["n"] or m["n2"]) >= k]
    rest = text if step is None else text[: step.start()] + " " + text[step.end() :]
    if CHANGES.search(_NO_BREAKS.sub(" ", _WEEKDAY_ASKED.sub(" ", rest))) or k < 2 - bool(after):
        return None
    used = [date, *parts, *said, *told, *([step] if step else [])]
    if stray_digit(text, used):
        return None
    steps_taken = k if after else k - 1
    return f"What date is {steps_taken * int(count)} {unit.rstrip('s')}s after {date.group()}?"


# ("What weekday is day 9?": the weekday asked, no count of weekdays)
_WEEKDAY_ASKED = re.compile(r"\b(?:what|which)\s+weekday\s+(?:is|will\s+be)\b", re.IGNORECASE)
# ("League nights are weekly, starting on …, with no breaks": said to keep the series whole)
_NO_BREAKS = re.compile(r",?\s*(?:with\s+)?no\s+(?:breaks|gaps)\b", re.IGNORECASE)
# "for 10 weeks", "12 sessions in all"
_FOR_WEEKS = re.compile(
    r"\bfor\s+(?P<n>\d{1,3})\s+(?:weeks|sessions|classes|meetings|lessons)\b"
    r"|\b(?P<n2>\d{1,3})\s+[a-z]+\s+in\s+(?:all|total)\b",
    re.IGNORECASE,
)
_WEEKS_START = re.compile(
    rf"\bweeks?\s+(?:starts?|begins?)\s+on\s+(?:a\s+)?(?P<wd>{WEEKDAY})", re.IGNORECASE
)
_IN_A_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _monthly_from(date: str, day_said: str | None) -> bool:
    """Whether a monthly series from `date` keeps its day of the month: the 28th or earlier (a
    later one is not in every month) and the day said, if any ("on the 28th of each month")."""
    found = written_date(date, None)
    return (
        found is not None
        and found.value.day <= 28
        and (day_said is None or int(day_said) == found.value.day)
    )


def _week_or_day(text: str, asked_at: int) -> tuple[str, re.Match[str]] | None:
    """ "week 15" or "day 12" asked, counted from a start said on the date."""
    found = [(n, m) for n in ("week", "day") if (m := _asked_kth(n, text, asked_at))]
    return found[0] if len(found) == 1 else None


def _near(one: re.Match[str], date: re.Match[str], text: str) -> bool:
    """ "Round 1 … is on D" (before it, in reach) or "D as day 1" (just after it)."""
    if one.end() <= date.start():
        return date.start() - one.end() <= _SERIES_REACH
    # ("… on Saturday 24 July 2027, which is day 1", "… on 11 January 2027 - that's day 1")
    return bool(_AS_NUMBER_ONE.fullmatch(text[date.end() : one.start()]))


_AS_NUMBER_ONE = re.compile(
    r",?\s+as\s+|,\s+which\s+is\s+|\s+[-—–]\s+that(?:'s|\s+is)\s+"
    r"|,\s+with\s+(?:that|it)(?:\s+day)?\s+(?:being|counting\s+as|as)\s+",  # (", with that being day 1")
    re.IGNORECASE,
)


_SERIES_NOUNS = frozenset(
    re.findall(r"\w+", "episode round session walk class lesson meeting show market delivery issue")
)


def _asked_kth(noun: str, text: str, asked_at: int) -> re.Match[str] | None:
    """ "round 6", "the 26th quiz", "the sixth round" in the question, of the series' noun (a
    pattern for any noun gives the noun found)."""
    stem = _stem(noun) if noun.isalpha() else noun
    found = list(
        re.compile(
            rf"\b(?P<noun>{stem})(?:e?s)?\s+(?P<num>number\s+|no\.\s*|#)?(?P<k>\d{{1,3}})\b(?![.,:]\d)"
            rf"|\b(?:(?P<k2>\d{{1,3}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL_WORD}))\s+(?P<noun2>{stem})(?:e?s)?\b",
            re.IGNORECASE,
        ).finditer(text, asked_at)
    )
    if len(found) != 1 or (
        not noun.isalpha()
        and found[0]["noun"]
        and not found[0]["num"]
        and found[0]["noun"].lower() not in _SERIES_NOUNS
    ):
        return None  # (with any noun, "the 26th quiz", "episode 10" or "market number 6": "what
        # date is it 6" is none)
    return found[0]


def _stem(noun: str) -> str:
    """The noun for one, as a pattern: "rounds" -> round, "classes" -> class, "class" -> class."""
    word = noun.lower()
    if word.endswith(("sses", "shes", "ches", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return re.escape(word)


def _kth(m: re.Match[str]) -> int:
    if m["word"]:
        return ORDINALS[m["word"].lower()]
    return int(next(v for k, v in m.groupdict().items() if k in ("k", "k2") and v))


def _said_again(noun: str, k: int, text: str, end: int) -> list[re.Match[str]]:
    """The story naming the asked one again: "the solo check is on day 12"."""
    stem = _stem(noun)
    return list(re.finditer(rf"\b{stem}\s+{k}\b", text[:end], re.IGNORECASE))


def _told_count(noun: str, k: int, text: str, end: int) -> list[re.Match[str]]:
    """How many there are, when the asked one is among them: "26 Wednesday quizzes"."""
    stem = _stem(noun)
    found = list(
        re.finditer(
            rf"\b(\d{{1,3}})\s+(?:[a-z]+\s+)?{stem}(?:s|es|zes)\b", text[:end], re.IGNORECASE
        )
    )
    return [m for m in found if int(m[1]) >= k]


def _count(said: str) -> int:
    return int(said) if said.isdigit() else cardinal([said]) or 0


# A term that runs from the story's date: "borrowed on 29 January 2028 on a 3-week loan",
# "the service interval is 180 days", "terms are 45 days", "8 weeks' notice"; and a question
# for its end: "When is it due back?", "When is the next one due?", "due date?"
_TERM_NOUNS = (
    r"loan|probation|warranty|guarantee|notice|trial|contract|lease|subscription|course|interval"
    r"|period|window|terms?|membership|pass|visa|licen[cs]e|rental|hire|tenancy|placement"
    r"|internship|quarantine|cooling[- ]off\s+period|shelf\s+life|payment\s+terms|tariff|deal"
    r"|agreement|policy|cover|scheme|lead\s+time|turnaround|gestation|incubation"
)
_TERM = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,4}})[- ](?P<unit>day|week|month|year)(?:s'|'s)?\s+(?:[a-z]+\s+)?"
    rf"(?:{_TERM_NOUNS})\b"
    rf"|\b(?:{_TERM_NOUNS})(?:\s+(?:period|length))?\s+(?:is|are|was|of|lasts?|runs?\s+for)\s+"
    r"(?P<n2>\d{1,4})\s+(?P<unit2>days?|weeks?|months?|years?)\b"
    # "started on 1 March 2027 and runs for 78 weeks" (not days: a run of days may count both)
    r"|\bruns?\s+for\s+(?P<n3>\d{1,4})\s+(?P<unit3>weeks?|months?|years?)\b",
    re.IGNORECASE,
)
ASKS_END = re.compile(
    r"^(?:so\s+|and\s+)?(?:when\s+(?:is|was|will|does|do|should|must)\s+(?:it|she|he|they|the\s+"
    r"[a-z]+|my\s+[a-z]+|the\s+next\s+one|our\s+[a-z]+)\s+(?:be\s+)?(?:due(?:\s+back)?|end|over"
    r"|expire|finish|run\s+out|up)\b|what(?:'s|\s+is)\s+the\s+(?:due|end|expiry|expiration"
    r"|finish|renewal)\s+date\b|(?:the\s+)?(?:due|end|expiry)\s+date\s*\?"
    r"|when\s+is\s+the\s+next\s+one\s+due\b"
    r"|what\s+date\s+(?:is|was|will|are)\s+(?:it|they|the\s+[a-z]+)\s+(?:be\s+)?(?:due(?:\s+back)?|collected"
    r"|picked\s+up)\b"  # ("… for a 14-day hire. What date will it be collected?")
    r"|when\s+(?:(?:should|will|would)\s+(?:it|they|the\s+[a-z]+)\s+be|(?:is|are)\s+(?:it|they"
    r"|the\s+[a-z]+))\s+ready\b"  # (a lead time: "When will it be ready?", "When is it ready?")
    r"|when\s+can\s+(?:we|i)\s+(?:fit|collect|use|fit\s+up|pick\s+up|install)\s+(?:it|them)\b"
    r"|when\s+(?:do|does|will|should)\s+(?:we|i|they|he|she)\s+(?:return|get\s+back|come\s+back"
    r"|come\s+home|get\s+home)\b"  # (a trip's end: `trips`)
    r"|(?:on\s+)?what\s+date\s+(?:does|will|did)\s+(?:it|the\s+[a-z]+)\s+(?:end|expire|finish"
    r"|run\s+out)\b)",
    re.IGNORECASE,
)


_TERM_CHANGES = re.compile(
    r"\b(?:but|however|although|renew\w*|extend\w*|extra|plus|more|paus\w*|suspend\w*|overdue"
    r"|late|early|again|twice|once|grace)\b",
    re.IGNORECASE,
)


def _term_end(
    text: str, term: re.Match[str], dates: list[re.Match[str]], times: list[re.Match[str]]
) -> str | None:
    """ "What date is 3 weeks after 29 January 2028?" for a term said to run from the story's
    one date, or None."""
    if len(dates) != 1 or times or term.start() < dates[0].start() - 80:
        return None
    if CHANGES.search(text) or _TERM_CHANGES.search(text):
        return None  # "…, but I renewed it once", "with 30 days' extra cover"
    if stray_digit(text, [dates[0], term]):
        return None
    count = term["n"] or term["n2"] or term["n3"]
    unit = (term["unit"] or term["unit2"] or term["unit3"]).lower().rstrip("s")
    return f"What date is {count} {unit}s after {dates[0].group()}?"


# "starts on 31 July 2028 and lasts 9 nights. What date do we come home?": 9 days after
_NIGHTS = re.compile(
    r"\b(?:lasts?|for|of|stay(?:ing|s)?(?:\s+for)?|booked|agreed)\s+(?P<n>\d{1,3})\s+nights?\b",
    re.IGNORECASE,
)
_HOME = re.compile(
    r"\b(?:come|coming|get|getting|go|going|fly|flying|drive|driving|travel|travelling)\s+(?:home"
    r"|back)|check(?:ing)?[\s-]?out|leave|return"
    r"|end|finish|get(?:ting)?\s+off|disembark"  # (a cruise's last morning)
    r"|(?:hand|give|bring|take)\s+(?:it|them|the\s+[a-z]+)\s+back",  # (a hire's return)
    re.IGNORECASE,
)

_ARRIVING = re.compile(  # (where, first: "28 nights at the Algarve site, arriving …")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Za-z'’ -]{1,40}?)?\s*,?\s+(?:arriving|starting|from"
    r"|checking\s+in|check-in)(?:\s+on)?\s+",
    re.IGNORECASE,
)


def from_a_start(
    text: str,
    story: str,
    question: str,
    dates: list[re.Match[str]],
    times: list[re.Match[str]],
    spans: list[re.Match[str]],
    date_asked: bool,
) -> tuple[bool, str | None]:
    """(True, the plain question, or None to abstain) when the story is one of these; (False,
    None) when it is not, for `slots` to read it by its other parts."""
    if (date_asked or ASKS_NEXT.match(question)) and (repeat := _series(text, question, spans)):
        return True, repeat if len(dates) == 1 and len(spans) <= 1 and not times else None
    if (date_asked or ASKS_KTH.match(question)) and (numbered := _numbered(text, question)):
        return True, numbered
    if date_asked and (monthly := monthly_rule(text, story, question)):
        return True, monthly
    if date_asked and (nights := _NIGHTS.search(story)) and _HOME.search(question):
        if len(dates) != 1 or spans or times or CHANGES.search(text):
            return True, None
        if stray_digit(text, [dates[0], nights]):
            return True, None
        if dates[0].start() > nights.start() and not _ARRIVING.fullmatch(
            text, nights.end(), dates[0].start()
        ):
            return True, None  # the nights are counted from the date: "12 nights arriving on D"
        return True, f"What date is {nights['n']} days after {dates[0].group()}?"
    if (date_asked or ASKS_END.match(question)) and (
        trip := days_away(text, question, dates, times)
    ):
        return True, trip  # "We leave port on 20 October 2031 for a 38-day cruise. … return?"
    if date_asked:  # "starts Friday 16 July 2027 and runs for 10 days … the last day?"
        ran, asked = last_of_days(text, story, question, dates, times, spans)
        if ran:
            return True, asked
    if (term := _TERM.search(story)) and ASKS_END.match(question):
        return True, _term_end(text, term, dates, times)
    return False, None


def on_weekday(date: str, weekday: str) -> bool:
    """True when the written `date` falls on `weekday` ("12 January 2027" on a Tuesday)."""
    found = written_date(date, None)
    return found is not None and found.value.strftime("%A").lower() == weekday.lower()
