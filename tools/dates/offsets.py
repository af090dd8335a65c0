"""A moment at a stated UTC offset read at another offset, and the time between two local times
at two stated offsets, for the dates grammar (`offset_question`) and the tool (`run_offset`).

"When it is 06:30 on 4 May 2029 at +09:00, what is the date at -04:00?"
  -> 17:30 on Thursday, May 3, 2029 at UTC-04:00
"A flight leaves at 22:40 on 3 November 2030 local time (offset -08:00) and is in the air for
13 h 05 min. On what local date does it land at a +08:00 airport?" -> the landing, read at +08:00
"Our flight leaves London (+01:00) at 10:40 on 16 July 2028 and lands in Vienna (+02:00) at 14:05
local time. How many minutes are we in the air?" -> 145 minutes

An offset is fixed ("+09:00", "UTC-4", "GMT+5:30"), so no daylight-saving rule is guessed; a
place named without one is left to the model. The moment is the story's one time of day (on its
one date, if any), the first offset is said in its sentence and the second is where it is read
(in the question or another sentence); a span it runs for ("in the air for 13 h 05 min", "a
24-hour race") is added when the question asks for its end. Precision first: a third offset, a
zone named by letters (EST, CET), summer or daylight time, or a second date abstain. Pure regex
work and datetime arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re

from tools.dates.clock import NEXT_DAY, clock_seconds
from tools.dates.parts import DATE, SENTENCE, SPAN, TIME
from tools.dates.phrases import MONTH_RE, parse_duration, written_date
from tools.dates.spans import span_text

# "+09:00", "-04:00", "UTC+5:30", "GMT-4", "UTC +01:00" (a bare "+5" may be a sum: never read)
_OFFSET = re.compile(
    r"(?:\b(?:UTC|GMT)\s?(?P<s1>[+\-−])(?P<h1>\d{1,2})(?::(?P<m1>[0-5]\d))?"
    r"|(?<![\w.:+\-−])(?P<s2>[+\-−])(?P<h2>\d{2}):(?P<m2>[0-5]\d))(?![\d:])"
)
# zones named by letters, or a clock rule: the offset at that moment is not stated
_NAMED_ZONE = re.compile(
    r"\b(?:[ECMP][SD]T|BST|CES?T|EES?T|WES?T|IST|JST|AES[DT]|daylight|summer\s+time|DST)\b"
)
_DURATION_ASKED = re.compile(r"\bhow\s+(?:many\s+(?P<unit>minutes|hours)|long)\b", re.IGNORECASE)
# a day of a month, with or without its year (one outside every full date has none: set 172)
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?![a-z])|\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_ASKS = re.compile(r"(?:so\s+)?(?:how|what|when|which)\b", re.IGNORECASE)
_IN_UNIT = re.compile(r"\bin\s+(?P<unit>minutes|hours)\b", re.IGNORECASE)
_MOMENT_ASKED = re.compile(
    r"\b(?:(?:what|which)(?:'s|\s+is|\s+will\s+be|\s+was)?\s+(?:the\s+)?(?:local\s+|calendar\s+)?"
    r"(?P<what>date|time|day|hour)|on\s+what\s+(?:local\s+|calendar\s+)?date|what\s+date\s+(?:is|will)"
    r"|when\s+(?:is|does|will|do))\b",
    re.IGNORECASE,
)
# the end of what runs for the story's span: "… does it land?", "… does the race finish?"
_END_ASKED = re.compile(
    r"\b(?:land|lands|arrive|arrives|finish|finishes|end|ends|close|closes|drive\s+off|get\s+in"
    r"|dock|docks)\b",
    re.IGNORECASE,
)
# a span the moment runs for: "in the air for 13 h 05 min", "takes 29 hours", "a 24-hour race"
_RUNS_FOR = re.compile(r"\b(?:for|takes|lasts|lasting|runs)\s+$", re.IGNORECASE)
_HOURS_LONG = re.compile(
    r"\b(?P<n>\d{1,3})-hour\b(?!\s+clock)"  # ("a 24-hour race"; not "the 24-hour clock")
    r"|(?:(?<=for\s)|(?<=is\s)|(?<=takes\s))(?P<h>\d{1,3})\s*h\s+(?P<m>[0-5]?\d)\s*min\b",  # ("for 13 h 05 min")
    re.IGNORECASE,
)
# ("at 22:45 UK time (+01:00) on 28 August 2027": what the time is kept in, then its offset)
_ON_DATE = re.compile(
    r"\s+(?:[a-z]+(?:\s+[a-z]+)?\s+time\s+)?(?:\([^)]{1,12}\)\s+)?on\s+", re.IGNORECASE
)
_WHOSE_TIME = re.compile(r"\s+(?:my|her|his|their|our|your|local)\s+time\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\bthe\s+same\s+day\b", re.IGNORECASE)
_MAX_TEXT = 400


def _minutes(m: re.Match[str]) -> int | None:
    sign, hours, mins = (m["s1"], m["h1"], m["m1"]) if m["s1"] else (m["s2"], m["h2"], m["m2"])
    hours_n, mins_n = int(hours), int(mins or 0)
    if hours_n > 14 or mins_n % 15:
        return None
    return (-1 if sign in "-−" else 1) * (hours_n * 60 + mins_n)


def _inside(m: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(_gap(m, o) == 0 and m.end() != o.start() and o.end() != m.start() for o in others)


def _gap(a: re.Match[str], b: re.Match[str]) -> int:
    """Characters between two matches (0 when they touch or overlap)."""
    return max(0, b.start() - a.end(), a.start() - b.end())


def _sentence_of(text: str, at: int) -> tuple[int, int]:
    starts = [0, *(b.end() for b in SENTENCE.finditer(text))]
    start = max(s for s in starts if s <= at)
    ends = [b.start() for b in SENTENCE.finditer(text) if b.start() >= at]
    return start, min(ends, default=len(text))


def has_offset(text: str) -> bool:
    """Whether a text states a UTC offset ("+09:00", "UTC-4")."""
    return ("+" in text or "-" in text or "−" in text) and _OFFSET.search(text) is not None


def offset_question(text: str) -> dict | None:
    """The "offset" request a story of stated UTC offsets asks, or None."""
    if len(text) > _MAX_TEXT or not any(c in text for c in "+-−"):
        return None
    offsets = list(_OFFSET.finditer(text))
    if len(offsets) != 2 or _NAMED_ZONE.search(text):
        return None
    values = [_minutes(m) for m in offsets]
    if None in values:
        return None
    times = [t for t in TIME.finditer(text) if not _inside(t, offsets)]
    dates = [d for d in DATE.finditer(text) if not _inside(d, offsets)]
    if any(not _inside(m, dates) for m in _DAY_OF_MONTH.finditer(text)):
        return None  # a day without its year ("… at 22:15 on 14 October"): which date is it?
    sentences = [s for s in SENTENCE.split(text.strip()) if s]
    last = sentences[-1].strip() if sentences else ""
    # (typed without its mark: "… how long is the flight in minutes", set 171)
    question = last if last.endswith("?") or _ASKS.match(last) else ""
    if not question or len(dates) > 2:
        return None
    if (length := _DURATION_ASKED.search(question)) and len(times) == 2 and len(dates) <= 2:
        # ("How long is the flight in hours, as a decimal?": the unit said after, else hours)
        said = length["unit"] or (_IN_UNIT.search(question) or {"unit": "hours"})["unit"]
        return _between(text, offsets, values, times, dates, said.lower())
    asked = _MOMENT_ASKED.search(question)
    if not asked or len(times) != 1 or len(dates) > 1 or (asked["what"] or "").lower() == "day":
        return None
    return _moment(text, question, offsets, values, times[0], dates, asked)


def _moment(
    text: str,
    question: str,
    offsets: list[re.Match[str]],
    values: list[int | None],
    time: re.Match[str],
    dates: list[re.Match[str]],
    asked: re.Match[str],
) -> dict | None:
    start, end = _sentence_of(text, time.start())
    said = [k for k, m in enumerate(offsets) if start <= m.start() < end]
    if not said:
        return None
    # the moment's offset is the one said nearest it ("… 9:30 pm at -04:00", "A student at
    # +08:00 booked a lesson for 07:30 …"); the other is where it is read
    told = [time, *(d for d in dates if start <= d.start() < end)]
    near = [min(_gap(offsets[k], m) for m in told) for k in (0, 1)]
    if len(said) == 2 and (near[0] == near[1] or _WHOSE_TIME.match(text, time.end())):
        return None  # ("… Lima (-05:00) … Leeds (+01:00) at 19:00 my time": whose is "my"?)
    source = said[0] if len(said) == 1 else 0 if near[0] < near[1] else 1
    hours_long = list(_HOURS_LONG.finditer(text))
    spans = [
        s for s in SPAN.finditer(text) if not _inside(s, [*offsets, time, *dates, *hours_long])
    ]
    add = 0
    if spans or hours_long:
        if len(spans) + len(hours_long) != 1 or not _END_ASKED.search(question):
            return None  # a span, and the moment asked is not its end
        if spans:
            if not _RUNS_FOR.search(text, max(0, spans[0].start() - 12), spans[0].start()):
                return None
            dur = parse_duration(spans[0].group())
            if dur is None or set(dur) - {"days", "hours", "minutes"}:
                return None
            add = dur.get("days", 0) * 1440 + dur.get("hours", 0) * 60 + dur.get("minutes", 0)
        elif hours_long[0]["n"]:
            add = int(hours_long[0]["n"]) * 60
        else:
            add = int(hours_long[0]["h"]) * 60 + int(hours_long[0]["m"])
    seconds = clock_seconds(time.group())
    if seconds is None or NEXT_DAY.match(text, time.end()):
        return None
    what = (asked["what"] or "date").lower()
    if not dates and what not in ("time", "hour"):
        return None  # (a date asked of a moment told without one)
    day = written_date(dates[0].group(), None) if dates else None
    if dates and day is None:
        return None
    base = day.value if day else dt.datetime(2000, 1, 1)
    moment = dt.datetime(base.year, base.month, base.day) + dt.timedelta(seconds=seconds)
    return {
        "kind": "offset",
        "moment": moment.isoformat(),
        "dated": bool(dates),
        "from": values[source],
        "to": values[1 - source],
        "add": add,
        "hour": what == "hour",
    }


def _between(
    text: str,
    offsets: list[re.Match[str]],
    values: list[int | None],
    times: list[re.Match[str]],
    dates: list[re.Match[str]],
    unit: str,
) -> dict | None:
    """Two local times, each beside its own offset ("leaves London (+01:00) at 10:40 … lands
    in Vienna (+02:00) at 14:05"; "left at 09:15 … at +01:00 and arrived … at 18:40 … at
    +03:00")."""
    order = sorted([*offsets, *times], key=lambda m: m.start())
    kinds = ["o" if m in offsets else "t" for m in order]
    if kinds not in (["o", "t", "o", "t"], ["t", "o", "t", "o"]) or SPAN.search(text):
        return None
    a, b = (clock_seconds(t.group()) for t in times)
    if a is None or b is None:
        return None
    later = 1440 if NEXT_DAY.match(text, times[1].end()) else 0
    if len(dates) == 2:  # each time on its own date ("at 21:30 on 31 December 2031 … at 06:00
        # on 2 January 2032"): the date said right after its time
        days = [written_date(d.group(), None) for d in dates]
        if any(d is None for d in days) or later:
            return None
        if not all(_ON_DATE.fullmatch(text, t.end(), d.start()) for t, d in zip(times, dates)):
            return None
        later = (days[1].value - days[0].value).days * 1440  # type: ignore[union-attr]
    minutes = (b // 60 - values[1]) - (a // 60 - values[0]) + later  # type: ignore[operator]
    if minutes <= 0 or minutes >= 1440 * (1 + later // 1440) or (later and _SAME_DAY.search(text)):
        return None  # (arrived before leaving: another day, which the story does not say)
    return {
        "kind": "offset_span",
        "a": times[0].group(),
        "b": times[1].group(),
        "from": values[0],
        "to": values[1],
        "minutes": minutes,
        "unit": unit,
    }


def signed_offset(minutes: int) -> str:
    """An offset from UTC as this reader reads and writes it: "+09:00", "−04:00"."""
    sign = "−" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _utc(minutes: int) -> str:
    return f"UTC{signed_offset(minutes)}"


def run_offset(args: dict, long_date) -> tuple[str, object]:
    """The answer to an "offset" or "offset_span" request."""
    if args["kind"] == "offset_span":
        said = f"From {args['a']} at {_utc(args['from'])} to {args['b']} at {_utc(args['to'])}"
        return span_text(said, args["minutes"], args["unit"])
    moment = dt.datetime.fromisoformat(args["moment"])
    read = moment + dt.timedelta(minutes=args["to"] - args["from"] + args["add"])
    hours, mins = divmod(args["add"], 60)
    ran = f"{hours} h {mins:02d} min" if mins else f"{hours} hour{'' if hours == 1 else 's'}"
    after = f" and {ran} later" if args["add"] else ""
    told = f"{moment:%H:%M} at {_utc(args['from'])}{after}"
    if args.get("hour"):  # "What hour is it there, on the 24-hour clock?": the hour, last
        on = f" on {long_date(read)}" if args["dated"] else ""
        return f"{told} is {read:%H:%M} at {_utc(args['to'])}{on}: hour {read.hour}.", read.hour
    if not args["dated"]:
        days = (read.date() - moment.date()).days
        when = {0: "the same day", 1: "the next day", -1: "the day before"}.get(days, "")
        return f"{told} is {read:%H:%M} at {_utc(args['to'])}, {when}.", f"{read:%H:%M}"
    return (
        f"{told} is {read:%H:%M} at {_utc(args['to'])} on {long_date(read)}.",
        read.date().isoformat(),
    )
