"""Times of day for the dates grammar: spans between two ("How many minutes are there between
9:40 and 13:15?", "from 11:45 p.m. to 1:10 a.m. the next day") and a time moved by hours and
minutes ("What time is 2 hours 30 minutes after 12:45?", "A train leaves at 14:35 and the trip
takes 2 h 50 min. When does it arrive?"). Pure regex work; `tools.dates.grammar` asks it first."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from tools.dates.phrases import MONTH_RE
from tools.dates.zones import zone_of

# "How many minutes are there between 9:40 and 13:15?": two times of one day, the later second,
# unless the text says the second is the next day ("from 11:45 p.m. to 1:10 a.m. the next day");
# an earlier second time without that may mean the next day or a slip: the model asks.
TIME_OF_DAY = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?"
    r"|(?:1[0-2]|0?[1-9])\.[0-5]\d\s*[ap]\.?m\.?"  # ("7.45pm": a dot, then am or pm)
    r"|noon|midnight"
)
# A second time said to be on the next day: "… return it at 16:30 the following day"
NEXT_DAY = re.compile(
    r"\s*,?\s*(?:on\s+)?(?:the\s+)?(?:next|following)\s+(?:day|morning|evening)\b"
    r"|\s*,?\s*the\s+day\s+after\b",
    re.IGNORECASE,
)
_NEXT = r"(?P<next>\s+(?:the\s+)?(?:next|following)\s+(?:day|morning))?"
_CLOCK_BETWEEN = re.compile(
    r"^(?:(?:please\s+)?(?:state|give|tell\s+me)\s+)?(?:(?:how\s+many|the\s+number\s+of|number\s+of)\s+)?"
    r"(?P<unit>hours|minutes|seconds)\s+(?:are\s+there\s+|are\s+|is\s+it\s+|is\s+that\s+|pass\s+"
    rf"|elapse\s+|elapsed\s+|passed\s+)?(?:between|from)\s+(?P<a>{TIME_OF_DAY})\s+(?:and|to|until|till)\s+"
    rf"(?P<b>{TIME_OF_DAY}){_NEXT}$",
    re.IGNORECASE,
)


# "A film starts at 7:50 pm and finishes at 10:05 pm. How long is it in minutes?", "My night
# shift runs from 22:30 to 06:15 the next morning. How many hours is that?": one span, stated,
# then its length asked. No digits before the first time (a date or a break would change it).
_CLOCK_STORY = re.compile(
    r"^[^\d]{0,60}?\b(?:starts?|started|begins?|began|runs?|ran|lasts?|opens?|goes"
    r"|(?P<trip>leaves|left|departs|departed|takes\s+off|took\s+off))\s+(?:at\s+|from\s+)?"
    rf"(?P<a>{TIME_OF_DAY})\s+(?:and\s+)?(?:finishes|finished|ends|ended|closes|closed|stops"
    r"|stopped|lands|landed|arrives|arrived|gets\s+in|got\s+in|to|until|till)\s+(?:at\s+)?"
    rf"(?P<b>{TIME_OF_DAY}){_NEXT}"
    # a trip's two times are local times: one zone must be said ("same time zone")
    r"(?P<zone>,?\s+(?:in\s+the\s+)?same\s+time\s*zone)?(?:[.,;]|\s+[—–-])?\s+"
    r"(?:how\s+long\s+is\s+(?:it|that|the\s+\w+)\s+in\s+(?P<unit>hours|minutes|seconds)"
    r"|how\s+many\s+(?P<unit2>hours|minutes|seconds)\s+(?:is\s+(?:it|that)|does\s+it\s+last"
    r"|is\s+the\s+\w+))$",
    re.IGNORECASE,
)
# Spans that end the next morning when the clock says so: a night shift, a night's sleep
# (a day shift is read the same way, but never past midnight).
# "Night shift 21:30 to 06:00 — how many hours is that?"
_NIGHT_SHIFT = re.compile(
    r"^(?:my\s+|the\s+|a\s+)?(?:(?P<overnight>night|overnight|late)|day|early|morning|evening)"
    r"\s+shift\s+(?:is\s+|runs\s+"
    rf"|goes\s+)?(?:from\s+)?(?P<a>{TIME_OF_DAY})\s+(?:to|until|till|-|–)\s+(?P<b>{TIME_OF_DAY})"
    r"(?:[.,;:]|\s+[—–-])?\s+how\s+many\s+(?P<unit>hours|minutes)\s+is\s+(?:that|it|the\s+shift)$",
    re.IGNORECASE,
)
# "How long is a 19:45 to 08:15 night shift, in hours?" (asked of the shift itself)
_A_SHIFT = re.compile(
    r"^how\s+(?:long|many\s+(?P<unit>hours|minutes))\s+is\s+(?:a|an|the|my)\s+"
    rf"(?P<a>{TIME_OF_DAY})\s+(?:to|until|till|-|–)\s+(?P<b>{TIME_OF_DAY})\s+"
    r"(?:(?P<overnight>night|overnight)\s+|(?:day|early|morning|evening)\s+)?shift"
    r"(?:,?\s+in\s+(?P<unit2>hours|minutes))?$",
    re.IGNORECASE,
)
# "Fell asleep at 23:40, woke at 07:10. How many minutes did I sleep?"
_SLEEP = re.compile(
    r"^(?:i\s+)?(?:(?P<overnight>fell\s+asleep|went\s+to\s+(?:bed|sleep))\s+at\s+"
    rf"(?P<a>{TIME_OF_DAY}),?\s+(?:and\s+)?(?:woke(?:\s+up)?|got\s+up)\s+at\s+"
    # "slept from 11:15 pm to 7:45 am, how many hours of sleep is that"
    rf"|(?P<slept>slept)\s+from\s+(?P<a2>{TIME_OF_DAY})\s+(?:to|until|till)\s+)"
    rf"(?P<b>{TIME_OF_DAY})[.,;]?\s+how\s+(?:many\s+(?P<unit>hours|minutes)\s+(?:did\s+i\s+sleep"
    r"|of\s+sleep\s+is\s+that)|long\s+did\s+i\s+sleep\s+in\s+(?P<unit2>hours|minutes))$",
    re.IGNORECASE,
)
# "meeting from 2:30 pm to 4:10 pm, how many minutes": something held in one place (never a
# trip, whose two times may be in two zones), then its length.
_HELD_FROM_TO = re.compile(
    r"^(?:my\s+|the\s+|a\s+|our\s+)?(?:[a-z]+\s+)?(?:meeting|class|lesson|call|appointment|session|workout"
    r"|lecture|exam|webinar|match|game|concert|show|movie|film|rehearsal|practice|training)"
    rf"\s+(?:is\s+|runs\s+|ran\s+|lasts\s+|lasted\s+|goes\s+|went\s+)?from\s+(?P<a>{TIME_OF_DAY})"
    rf"\s+(?:to|until|till)\s+(?P<b>{TIME_OF_DAY})(?:[.,;:]|\s+[—–-])?\s+how\s+many\s+"
    r"(?P<unit>hours|minutes)(?:\s+is\s+(?:that|it)|\s+long\s+(?:was|is)\s+(?:it|that))?$",
    re.IGNORECASE,
)
# "From 8:15 am to 4:45 pm is how many hours?"
# "The dive surfaced at 16:40 and the flight home leaves at 10:10 next morning - how many hours
# between the two?": two things done at two times in one place (an arrival may be in another
# zone: `clock_between` leaves those to the model)
_TWO_TIMES = re.compile(
    rf"^[^\d]{{0,60}}?\bat\s+(?P<a>{TIME_OF_DAY})(?:,?\s+and\s+|,\s+)[^\d]{{0,60}}?\bat\s+"
    rf"(?P<b>{TIME_OF_DAY}){_NEXT}"
    r"(?:[.,;:]|\s+[—–-])?\s+how\s+many\s+(?P<unit>hours|minutes)\s+(?:is\s+that|(?:are\s+there\s+)?"
    r"between\s+(?:the\s+two|them|those))"
    # "Morning flight window is 05:50 to 08:35. How many hours is that?": one span of one day
    rf"|^[^\d]{{0,60}}?\b(?:is|was|runs|ran)\s+(?:from\s+)?(?P<a2>{TIME_OF_DAY})\s+(?:to|until|till)\s+"
    rf"(?P<b2>{TIME_OF_DAY})[.,;:]?\s+how\s+many\s+(?P<unit2>hours|minutes)\s+is\s+that$",
    re.IGNORECASE,
)
_ARRIVES = re.compile(
    r"\b(?:lands?|landed|arrives?|arrived|gets\s+(?:in|to)|got\s+(?:in|to)|reach(?:es|ed)?|dock(?:s|ed)?)\b",
    re.IGNORECASE,
)
_CLOCK_FROM_TO = re.compile(
    rf"^from\s+(?P<a>{TIME_OF_DAY})\s+(?:to|until|till)\s+(?P<b>{TIME_OF_DAY}){_NEXT}\s+"
    r"(?:is|are)\s+how\s+many\s+(?P<unit>hours|minutes|seconds)$",
    re.IGNORECASE,
)


# A span in hours, minutes and seconds: "2 hours 30 minutes", "2 h 50 min", "95 minutes",
# "1.5 hours". Days and longer are calendar arithmetic, not a time of day.
_SPAN = (
    r"(?:\d{1,2}(?:\.\d{1,2})?\s*(?:hours?|hrs?|h)\b(?:,?\s*(?:and\s+)?\d{1,4}\s*(?:minutes?|mins?|m)\b)?"
    r"|\d{1,4}\s*(?:minutes?|mins?|m)\b)"
)
_SHIFT_PATTERNS = (
    # "What time is 2 hours 30 minutes after 12:45?", "What time will it be 3 hours after 9:30 am?"
    re.compile(
        r"^what\s+time\s+(?:is\s+it|is|will\s+it\s+be|was\s+it|would\s+it\s+be)\s+"
        rf"(?P<span>{_SPAN})\s+(?P<dir>after|before|from|past|later\s+than|earlier\s+than)\s+"
        rf"(?P<t>{TIME_OF_DAY})$",
        re.IGNORECASE,
    ),
    # "What's 12:45 plus 2 hours 30 minutes?", "9:40 am + 3 hours 35 minutes"
    re.compile(
        rf"^(?:what(?:'s|\s+is)\s+)?(?P<t>{TIME_OF_DAY})\s+(?P<dir>plus|minus|\+|-)\s+"
        rf"(?P<span>{_SPAN})$",
        re.IGNORECASE,
    ),
    # "If it is 11:20 now, what time will it be in 95 minutes?", "It's 7:05 pm. What time was it
    # 40 minutes ago?"
    re.compile(
        rf"^(?:if\s+)?it(?:'s|\s+is)\s+(?P<t>{TIME_OF_DAY})(?:\s+now)?[,.]?\s+"
        rf"what\s+time\s+(?:will\s+it\s+be\s+in\s+(?P<span>{_SPAN})"
        rf"|was\s+it\s+(?P<ago>{_SPAN})\s+ago)$",
        re.IGNORECASE,
    ),
    # "A train leaves at 14:35 and the trip takes 2 h 50 min. When does it arrive?": one start,
    # one length, then the end asked. No digits before the time (a date or a delay would count).
    re.compile(
        r"^[^\d]{0,60}?\b(?:leaves|left|departs|departed|starts|started|begins|began|sets\s+off)"
        rf"\s+at\s+(?P<t>{TIME_OF_DAY})\s+and\s+(?:the\s+\w+\s+|it\s+)?(?:takes|took|lasts"
        rf"|lasted)\s+(?P<span>{_SPAN})[.,;]?\s+(?:when|what\s+time)\s+(?:does|did|will)\s+"
        r"(?:it|the\s+\w+|they|we|she|he|i)\s+(?:arrive|get\s+there|get\s+in|end|finish)$",
        re.IGNORECASE,
    ),
)


_FLIGHT = re.compile(r"\b(?:flights?|fly|flies|flying|plane|airport|land|lands)\b", re.IGNORECASE)


def _span_seconds(text: str) -> int | None:
    hours = re.search(r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b", text, re.IGNORECASE)
    minutes = re.search(r"(\d+)\s*(?:minutes?|mins?|m)\b", text, re.IGNORECASE)
    seconds = (float(hours[1]) * 3600 if hours else 0) + (int(minutes[1]) * 60 if minutes else 0)
    return int(seconds) if seconds == int(seconds) and 0 < seconds < 86400 else None


def clock_shift(body: str) -> dict | None:
    """A "clock_shift" request for a time of day moved by a span under a day, or None."""
    for pattern in _SHIFT_PATTERNS:
        m = pattern.match(body)
        if m:
            break
    else:
        return None
    if _FLIGHT.search(body):
        return None  # a flight's arrival is told in the local time of another zone, maybe
    gd = m.groupdict()
    start, span = clock_seconds(m["t"]), _span_seconds(gd.get("span") or gd.get("ago") or "")
    if start is None or span is None:
        return None
    back = gd.get("ago") or (gd.get("dir") or "").lower() in (
        "before",
        "minus",
        "-",
        "earlier than",
    )
    return {
        "kind": "clock_shift",
        "t": _shown(m["t"]),
        "start": start,
        "seconds": -span if back else span,
        "twelve": bool(re.search(r"[ap]\.?m\.?$|noon|midnight", m["t"], re.IGNORECASE)),
    }


def clock_seconds(text: str) -> int | None:
    """Seconds after midnight of "9:40", "13:15:30", "1:15 pm", "9 am", "noon"; None if
    malformed."""
    t = re.sub(r"^(\d{1,2})\.(?=\d\d\s*[ap])", r"\1:", text.strip().lower()).replace(".", "")
    if t in ("noon", "midnight"):
        return 43200 if t == "noon" else 0
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))?(?::(\d\d))?\s*([ap]m)?", t)
    if not m:
        return None
    hour, minute, second, half = int(m[1]), int(m[2] or 0), int(m[3] or 0), m[4]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour >= 24 or minute >= 60 or second >= 60:
        return None
    return hour * 3600 + minute * 60 + second


_EVENING, _NOON, _SMALL_HOURS = 18 * 3600, 12 * 3600, 6 * 3600


_NOT_A_NAME = re.compile(
    rf"(?:{MONTH_RE}|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|I|[AP]\.?M\.?)[.,;:!?]?",
    re.IGNORECASE,
)


def names_said(story: str) -> set[str]:
    """The capitalised words other than a sentence's first (a place, a line, a carrier, each of
    which may keep its own clock), months, weekdays and "I" aside."""
    found = set()
    for sentence in re.split(r"(?<=[.!?:])\s+", story):
        for word in sentence.split()[1:]:
            if word[:1].isupper() and not _NOT_A_NAME.fullmatch(word):
                found.add(word.rstrip(".,;:!?'’s"))
    return found


# Two instants of a year whose offsets tell whether two zones keep one clock all year
_WINTER, _SUMMER = (dt.datetime(2030, m, 15, 12, tzinfo=dt.UTC) for m in (1, 7))


def one_clock(names: set[str]) -> bool:
    """Whether the places named keep one clock: none or one named, or cities whose zones have
    the same offsets winter and summer ("Vienna" and "Rome"); an unknown second name may not."""
    if len(names) < 2:
        return True
    zones = {zone_of(name) for name in names}
    return None not in zones and len({_offsets(ZoneInfo(z)) for z in zones}) == 1


def _offsets(zone: ZoneInfo) -> tuple:
    return _WINTER.astimezone(zone).utcoffset(), _SUMMER.astimezone(zone).utcoffset()


def clock_between(body: str) -> dict | None:
    """A "clock_between" request for a span between two times of day, or None."""
    m = (  # a night first: the general story reads the same words without its next morning
        _NIGHT_SHIFT.match(body)
        or _A_SHIFT.match(body)
        or _SLEEP.match(body)
        or _CLOCK_BETWEEN.match(body)
        or _CLOCK_STORY.match(body)
        or _CLOCK_FROM_TO.match(body)
        or _HELD_FROM_TO.match(body)
        or (None if _ARRIVES.search(body) else _TWO_TIMES.match(body))
    )
    if not m:
        return None
    gd = m.groupdict()
    if gd.get("trip") and not gd.get("zone"):
        return None  # a flight's departure and arrival may be in two zones
    if not gd.get("zone") and not one_clock(names_said(body)):
        return None  # "Our Tokyo office opens at 09:00 and the London office closes at 17:30"
    unit = m["unit"] or gd.get("unit2")
    if unit is None:
        return None  # ("How long is a 09:00 to 17:30 shift?" in what?)
    start = gd.get("a") or gd.get("a2")
    end_key = "b" if gd.get("b") else "b2"
    end = m[end_key]
    a, b = clock_seconds(start), clock_seconds(end)
    if a is None or b is None:
        return None
    later = gd.get("next")
    if not later and NEXT_DAY.search(body, m.start(end_key)):
        return None  # "From 10:00 to 16:30 the next day, how many hours …?": the day not read
    # a plain question from an evening to a morning asks across the night ("from 23:05 to
    # 02:35"); a story may not ("Day shift 22:00 to 06:00": the model asks), unless it ends in
    # the small hours ("The stargazing session runs from 21:40 to 01:10"; not a trip's times)
    small_hours = b < _SMALL_HOURS and not gd.get("trip") and m.re is not _TWO_TIMES
    night = (
        (m.re in (_CLOCK_BETWEEN, _CLOCK_FROM_TO) or small_hours) and a >= _EVENING and b < _NOON
    )
    overnight = gd.get("overnight") or gd.get("slept") or night
    if b < a and not later and overnight:
        later = " the next day"  # (an evening to a morning is a night: "from 23:05 to 02:35")
    if later:
        b += 86400
    if b < a or b - a > (2 if later else 1) * 86400:
        return None
    return {
        "kind": "clock_between",
        "a": _shown(start),
        "b": _shown(end) + (later or ""),
        "seconds": b - a,
        "unit": unit.lower(),
    }


def _shown(time: str) -> str:
    """A time as written, without a sentence's full stop ("10:05 pm." -> "10:05 pm")."""
    return time[:-1] if time.endswith(".") and not time.lower().endswith(".m.") else time
