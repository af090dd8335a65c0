"""Times of day said in named places, written with their UTC offsets for `offsets`: "A flight
leaves London at 13:05 on 20 March 2027 and lands in New York at 16:25 local time the same day.
How many minutes is it in the air?" becomes "… London at 13:05 (+00:00) … New York at 16:25
local time (-04:00) …" (440 minutes), and "… What date will it be in Tokyo when we land?" gets
"Tokyo is on +09:00." before its question.

A time takes the zone of the place said in its own words ("06:00 Milan time", "21:30 UK time",
"13:30 French time") or of the last place named before it in its sentence ("leaves Lisbon at
07:00", "lands in New York at 16:25 local time"). Places are those of the zone table
(`zones.PLACES`: the city table and the UK's ports and airports), said with a capital; nations by
their adjective only where one zone is meant. A time with its own date right beside it ("at 22:00 UK
time on 30 October 2027") takes the offset of that moment, even on a night the clocks change.
Precision first: a time with no place, a zone given by letters or already as an offset, more than
two dates, a time the clocks skip or pass twice, or, for a time with no date of its own, a clock
change in any of the zones within a day before and three days after the first date (the offset
would depend on the hour) leave the text unread, and `offsets` reads the rest as it reads any
stated offsets. Pure regex work and zoneinfo lookups.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from tools.dates.offsets import signed_offset
from tools.dates.parts import DATE
from tools.dates.phrases import written_date
from tools.dates.zones import LONDON as _LONDON
from tools.dates.zones import PLACES as _PLACES

# a place's name as written: capitalised ("Reading" the verb and "nice" are no places here)
_PLACE = re.compile(
    r"\b(?=[A-Z])(?i:"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_PLACES, key=len, reverse=True)
    )
    + r")\b"
)
_TIME = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# what a time is said in, right after it: "Milan time", "UK time", "local time", "their time"
_NATION_ZONES = {
    "french": "Europe/Paris",
    "german": "Europe/Berlin",
    "italian": "Europe/Rome",
    "dutch": "Europe/Amsterdam",
    "belgian": "Europe/Brussels",
    "irish": "Europe/Dublin",
    "swiss": "Europe/Zurich",
    "austrian": "Europe/Vienna",
    "norwegian": "Europe/Oslo",
    "swedish": "Europe/Stockholm",
    "danish": "Europe/Copenhagen",
    "finnish": "Europe/Helsinki",
    "polish": "Europe/Warsaw",
    "greek": "Europe/Athens",
    "icelandic": "Atlantic/Reykjavik",
    "japanese": "Asia/Tokyo",
    "indian": "Asia/Kolkata",
    "spanish": "Europe/Madrid",  # (the mainland's: a text naming the Canaries is not read)
}
_OTHER_CLOCKS = re.compile(
    r"canar(?:y|ies)|tenerife|lanzarote|fuerteventura|la\s+palma", re.IGNORECASE
)
_SAID_IN = re.compile(
    rf"\s+(?:(?P<place>{_PLACE.pattern})(?:'s)?|(?P<uk>UK|British)|(?P<local>local|their)"
    rf"|(?P<nation>(?-i:{'|'.join(n.capitalize() for n in _NATION_ZONES)})))\s+time\b"
    rf"|\s+in\s+(?P<place2>{_PLACE.pattern.replace('?i:', '?i:', 1)})"  # ("14:00 in London")
)
_LOCAL_ON = re.compile(r"(?<=\d\d:\d\d)\s+local(?=\s+on\s)")  # (set 183)
_STATED = re.compile(
    r"[+\-−]\d{1,2}:\d\d|\b(?:UTC|GMT)\s?[+\-−]|\b[A-Z]{2,4}T\b|daylight|summer\s+time"
    # ("…, ship's time throughout": every time kept on one clock)
    r"|ship['’]?s?\s+time|\bthroughout\b|\bsame\s+clock"
)
_SENTENCE_END = re.compile(r"[.;!?]\s")
_QUESTION = re.compile(r"(?:^|(?<=[.!?;])\s+)(?P<q>[^.!?;]*\?)\s*$")
_STEADY_BEFORE, _STEADY_AFTER = dt.timedelta(days=1), dt.timedelta(days=3)


def with_offsets(text: str) -> str | None:
    """`text` with each time of day followed by its place's UTC offset (and the asked place's
    offset told before the question), or None when a time's place or offset is in doubt."""
    if ":" not in text or _STATED.search(text):
        return None
    if " local on " in text:  # ("landed … at 19:50 local on 9 October": each time is local)
        text = _LOCAL_ON.sub("", text)
    places = [m for m in _PLACE.finditer(text) if not _inside(m, DATE)]
    nations = {_NATION_ZONES[m["nation"].lower()] for m in _SAID_IN.finditer(text) if m["nation"]}
    zones = {_zone(m.group()) for m in places} | nations
    if len(zones) < 2 or any(map(_qualified, places)) or (nations and _OTHER_CLOCKS.search(text)):
        return None
    dates = list(DATE.finditer(text))
    days = [written_date(d.group(), None) for d in dates]
    if not 1 <= len(days) <= 2 or None in days:
        return None
    day = days[0]
    times = list(_TIME.finditer(text))
    owns = [_own_date(text, time, dates) for time in times]
    if None in owns and abs(days[-1].value - day.value) > _STEADY_AFTER - dt.timedelta(days=1):  # type: ignore[union-attr]
        return None  # (each offset is taken near the first date: a later one may differ)
    out, last, used = [], 0, set()
    for time, own in zip(times, owns, strict=True):
        said = _SAID_IN.match(text, time.end())
        zone = _time_zone(text, time, said, places)
        if zone is None:
            return None
        hour, minute = (int(part) for part in time.group().split(":"))
        if own is not None:  # "at 22:00 UK time on 30 October 2027": the offset of that moment
            offset = _exact_offset(zone, dt.datetime.combine(own, dt.time(hour, minute)))
        else:
            offset = _steady_offset(
                zone, dt.datetime.combine(day.value.date(), dt.time(hour, minute))
            )
        if offset is None:
            return None
        end = said.end() if said else time.end()
        out.append(f"{text[last:end]} ({offset})")
        last, used = end, used | {zone}
    if not used:
        return None
    written = "".join(out) + text[last:]
    asked = _QUESTION.search(text)
    if asked is None:
        return written
    wanted = {_zone(m.group()) for m in _PLACE.finditer(asked["q"])} - used
    if len(wanted) > 1:
        return None
    if not wanted:
        return written
    zone = wanted.pop()
    offset = _steady_offset(zone, dt.datetime.combine(day.value.date(), dt.time(12)))
    if offset is None:
        return None
    name = next(m.group() for m in _PLACE.finditer(asked["q"]) if _zone(m.group()) == zone)
    told = f"{name} is on {offset}."
    if asked.start("q") < last:  # one sentence ("When it's 14:00 in London …, what hour …?")
        return f"{told} {written}"
    cut = len(written) - (len(text) - asked.start("q"))  # (before the question)
    return f"{written[:cut]}{told} {written[cut:]}"


def _qualified(place: re.Match[str]) -> bool:
    """ "Paris, Texas", "Perth, Scotland": a name said with where it is may be another place."""
    return re.match(r",\s+[A-Z][a-z]|\s+in\s+[A-Z]", place.string[place.end() :]) is not None


def _zone(name: str) -> str:
    return _PLACES[" ".join(name.lower().split())]


def _inside(m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    return any(d.start() <= m.start() < d.end() for d in pattern.finditer(m.string))


def _time_zone(
    text: str, time: re.Match[str], said: re.Match[str] | None, places: list[re.Match[str]]
) -> str | None:
    """The zone a time is said in: its own words', or the last place's before it in its
    sentence."""
    if said and (said["place"] or said["place2"]):
        return _zone(said["place"] or said["place2"])
    if said and said["uk"]:
        return _LONDON
    if said and said["nation"]:
        return _NATION_ZONES[said["nation"].lower()]
    before = [m for m in places if m.end() <= time.start()]
    if not before or _SENTENCE_END.search(text, before[-1].end(), time.start()):
        return None
    return _zone(before[-1].group())


def _steady_offset(zone: str, moment: dt.datetime) -> str | None:
    """The zone's UTC offset at `moment` as "+hh:mm", or None when its clocks change near it."""
    tz = ZoneInfo(zone)
    offsets = {
        (moment + step).replace(tzinfo=tz).utcoffset()
        for step in (-_STEADY_BEFORE, dt.timedelta(), _STEADY_AFTER)
    }
    if len(offsets) != 1:
        return None
    return signed_offset(int(offsets.pop().total_seconds() // 60))  # type: ignore[union-attr]


# A date said right after a time (and what the time is kept in) or right before it: "22:00 UK
# time on Saturday 30 October 2027", "on 31 October 2027 at 13:30"
_DATE_AFTER = re.compile(  # ("19:50 local on 9 October 2027": set 183)
    r"(?:\s+[A-Za-z]+)?\s+time\s+on\s+|(?:\s+local)?\s+on\s+", re.IGNORECASE
)
_DATE_BEFORE = re.compile(r",?\s+at\s+", re.IGNORECASE)


def _own_date(text: str, time: re.Match[str], dates: list[re.Match[str]]) -> dt.date | None:
    """The date said right next to `time`, or None."""
    for date in dates:
        if _DATE_AFTER.fullmatch(text, time.end(), date.start()) or _DATE_BEFORE.fullmatch(
            text, date.end(), time.start()
        ):
            day = written_date(date.group(), None)
            return day.value.date() if day is not None else None
    return None


def _exact_offset(zone: str, moment: dt.datetime) -> str | None:
    """The zone's UTC offset at the local `moment` as "+hh:mm", or None when the clocks skip it
    or pass it twice that night."""
    tz = ZoneInfo(zone)
    earlier, later = moment.replace(tzinfo=tz, fold=0), moment.replace(tzinfo=tz, fold=1)
    if earlier.utcoffset() != later.utcoffset():
        return None
    return signed_offset(int(earlier.utcoffset().total_seconds() // 60))  # type: ignore[union-attr]


# Someone else's place: "my sister in Sydney" is not where the times are kept
_SOMEONE_ELSES = re.compile(
    r"\b(?:sister|brother|mum|mom|dad|friend|family|cousin|colleague|client|office|aunt|uncle|son"
    r"|daughter|gran|grandad|nan|partner|boss|team)\s+(?:is\s+)?(?:in|at)\s+$",
    re.IGNORECASE,
)


def named_place(text: str) -> tuple[str, str] | None:
    """(the place, its zone) when the text names one place, where its first time of day is
    kept: said before that time in its sentence ("Night shift in Leeds: on at 20:00 …", "In
    London, how many hours …"), and not as someone else's ("my sister in Sydney")."""
    places = list(_PLACE.finditer(text))
    first = _TIME.search(text)
    if (
        first is None
        or len({_zone(m.group()) for m in places}) != 1
        or any(map(_qualified, places))
    ):
        return None
    place = places[0]
    if place.start() > first.start() or _SENTENCE_END.search(text, place.end(), first.start()):
        return None
    if _SOMEONE_ELSES.search(text, max(0, place.start() - 30), place.start()):
        return None
    return place.group(), _zone(place.group())


CALENDAR = frozenset(("years", "months", "weeks", "days"))
# Words that put a story's times of day on more than one clock: "Flight Tokyo to London. leave
# at 10:00, arrive at 15:00" (each time is its own place's)
_FLOWN = re.compile(
    r"\b(?:fly|flies|flying|flew|flown|flights?|plane|airport|jet\s?lag|time\s?zones?|timezones?"
    r"|local\s+times?)\b",
    re.IGNORECASE,
)

_TRIP = re.compile(r"\b(?:trips?|journey|voyage|travel\w*|crossing)\b", re.IGNORECASE)


def counts_hours(req: dict) -> bool:
    """Whether a request counts hours from a time of day (the only ones a clock change moves;
    "24 hours later" than a date with no time is the next day)."""
    if req.get("kind") == "between":
        return req.get("unit") in ("hours", "minutes")
    timed = req.get("kind") == "shift" and (req.get("base") or {}).get("has_time")
    return bool(timed) and any(set(d) - CALENDAR for _, d in req.get("steps", ()))


def kept_elsewhere(req: dict, text: str) -> bool:
    """True when a request counts hours and `text` (the question, or a turn beside it) keeps
    them on other clocks: places in two time zones, or, for two bare times of day, places on
    two clocks or a place named beside a flight or a trip ("Flight Tokyo to London. leave at
    10:00, arrive at 15:00", "the Paris trip: …"), unless one zone is said."""
    if req.get("kind") != "clock_between":
        return counts_hours(req) and two_clocks(text)
    if _ONE_ZONE.search(text):
        return False  # ("… same time zone")
    places = [_zone(m.group()) for m in _PLACE.finditer(text)]
    clocks = {_clock(zone) for zone in places if zone}
    return len(clocks) > 1 or bool(places and (_FLOWN.search(text) or _TRIP.search(text)))


_ONE_ZONE = re.compile(
    r"\bsame\s+(?:time\s*zone|timezone|zone|clock|local\s+time)\b", re.IGNORECASE
)


def _clock(zone: str) -> tuple:
    """A zone's offsets in January and July (Vienna's and Rome's clocks are one clock)."""
    tz = ZoneInfo(zone)
    return tuple(dt.datetime(2027, month, 1, tzinfo=tz).utcoffset() for month in (1, 7))


def two_clocks(text: str) -> bool:
    """True when the text names places in two or more time zones ("from 22:45 on 28 August 2027
    in London to 07:45 on 30 August 2027 in Madrid")."""
    return len({_zone(m.group()) for m in _PLACE.finditer(text)} - {None}) > 1


def place_zone(name: str) -> str | None:
    """The zone of a place in the table or of the UK's ports and airports ("Bristol"), or None."""
    return _PLACES.get(" ".join(name.lower().split()))
