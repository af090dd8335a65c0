"""How many hours one place's clocks are ahead of or behind another's on a date, for the dates
grammar: "On 15 July 2027, how many hours ahead of London is Sydney?" (9), "We land in Vancouver
on 20 March 2028. How many hours behind the UK is Vancouver on that date?" (7).

Both places must be in the zone table (`zones.parse_zone`, with the UK and its nations as
London), the text must say one date and no other number, and the gap is taken at noon UTC on
that date, so summer time is the date's own. A question whose direction is wrong (Denver
"ahead of" London) is an error of the run, left to the model. `zone_gap` parses; `run_zone_gap`
answers with zoneinfo.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from zoneinfo import ZoneInfo

from tools.dates.calendars import CalendarError
from tools.dates.clock import TIME_OF_DAY, clock_seconds
from tools.dates.offsets import signed_offset
from tools.dates.parts import DATE, story_and_question
from tools.dates.phrases import written_date
from tools.dates.zone_names import place_zone
from tools.dates.zones import parse_zone
from tools.words import stray_digit

_NATIONS = {"uk": "Europe/London", "britain": "Europe/London", "england": "Europe/London"}
_NATIONS |= {"scotland": "Europe/London", "wales": "Europe/London"}
_PLACE = r"[a-z .'-]{2,30}?"
# The moment the gap is asked at, after the question: "on 4 October 2027", "at noon London time
# on 4 October 2027", "at that moment" (of a time told in the story)
_WHEN = (
    r"(?:\s+(?:then|on\s+that\s+(?:day|date)|that\s+day|at\s+that\s+(?P<that>moment|time)"
    r"|that\s+(?P<that2>evening|morning|afternoon|night)"
    rf"|(?:at\s+(?P<at>{TIME_OF_DAY})\s+(?P<at_place>{_PLACE})\s+time\s+)?"
    r"on\s+(?P<date2>[a-z0-9][^?]{5,30}?)))?\s*\?$"
)
_GAP_ASKED = re.compile(
    r"(?:^|(?<=:\s))(?:(?P<lead>on\s+|for\s+[a-z' ]{1,30}?\s+on\s+)(?P<date>[^,?]{6,40}?),\s+)?"
    r"how\s+many\s+hours\s+(?:(?P<way>ahead\s+of|behind)\s+(?P<a>{p})\s+(?:is|will\s+be)\s+"
    r"(?P<b>{p})|(?:is|are|will)\s+(?P<b2>{p})\s+(?:be\s+)?(?P<way2>ahead\s+of|behind)\s+(?P<a2>{p}))".replace(
        "{p}", _PLACE
    )
    + _WHEN,
    re.IGNORECASE,
)
# The story's one time, told with its place: "The couple marry at 15:00 in Sydney on 20 November"
_TOLD_AT = re.compile(
    rf"\bat\s+(?P<at>{TIME_OF_DAY})\s+(?:in\s+(?P<at_place>[A-Z][A-Za-z .'-]{{1,30}}?)|(?P<at_place2>"
    rf"[A-Z][A-Za-z .'-]{{1,30}}?)\s+time)\s+on\s+"
    # ("The show opens in New York at 19:30 local on 12 November 2027")
    rf"|\bin\s+(?P<at_place3>[A-Z][A-Za-z .'-]{{1,30}}?)\s+at\s+(?P<at3>{TIME_OF_DAY})"
    r"\s+(?:local(?:\s+time)?\s+)?on\s+"
)


_DECIMAL_ASKED = re.compile(
    r"(?<=\?)\s*\((?:in\s+)?decimal\s+hours(?:,?\s+please)?\)\s*$", re.IGNORECASE
)


def _zone(place: str) -> str | None:
    name = re.sub(r"^the\s+", "", place.strip(), flags=re.IGNORECASE).lower()
    return _NATIONS.get(name) or parse_zone(place) or place_zone(place)


def zone_gap(text: str) -> dict | None:
    """A "zone_gap" request for the hours between two places' clocks on the one date told."""
    if "hours" not in text or not ("ahead" in text or "behind" in text):
        return None
    text = _DECIMAL_ASKED.sub("", text)  # "… Kathmandu then? (decimal hours please)"
    told = story_and_question(text)
    story, question = told if told else ("", text.strip())
    asked = _GAP_ASKED.search(question)  # (after a colon: "Planning a call on …: how many …")
    dates = list(DATE.finditer(text))
    if asked is None or len(dates) != 1:
        return None
    # the moment: a time with its place in the question, or told in the story ("at that moment")
    that = asked["that"] or asked["that2"]
    at = asked if asked["at"] else _TOLD_AT.search(story) if that else None
    clock = at and (at["at"] or at.groupdict().get("at3"))
    told = text.replace(clock, " " * len(clock), 1) if clock else text  # (its digits read)
    if (that and at is None) or stray_digit(told, dates):
        return None
    story = story or question[: asked.start()]  # (what the colon follows)
    said = asked["date"] or asked["date2"]
    if said and not story and dates[0].group() != said.strip():
        return None  # ("On the 3rd day after 15 July 2027, …")
    if not said and not story:
        return None  # (a date is needed: the gap changes with summer time)
    names = [asked["a"] or asked["a2"], asked["b"] or asked["b2"]]
    a, b = _zone(names[0]), _zone(names[1])
    day = written_date(dates[0].group(), None)
    if a is None or b is None or a == b or day is None:
        return None
    moment = {}
    if at is not None:
        place = at["at_place"] or at.groupdict().get("at_place2") or at.groupdict().get("at_place3")
        seconds, zone = clock_seconds(clock), _zone(place)
        if seconds is None or zone is None:
            return None
        moment = {"at": seconds, "at_zone": zone}
    return {
        "kind": "zone_gap",
        "a": a,
        "b": b,
        "names": [name.strip() for name in names],
        "ahead": (asked["way"] or asked["way2"]).lower().startswith("ahead"),
        "date": day.value.date().isoformat(),
        **moment,
    }


def run_zone_gap(args: dict, long_date: Callable[[dt.datetime], str]) -> tuple[str, object]:
    day = dt.date.fromisoformat(args["date"])
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)  # (noon UTC)
    if "at" in args:  # a time of day in a named place's clocks
        local = dt.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(args["at_zone"]))
        local += dt.timedelta(seconds=args["at"])
        moment = local.astimezone(dt.UTC)
        if moment.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
            raise CalendarError("that time is skipped by the clocks changing that day")
    offsets = [
        moment.astimezone(ZoneInfo(zone)).utcoffset() or dt.timedelta()
        for zone in (args["a"], args["b"])
    ]
    hours = (offsets[1] - offsets[0]).total_seconds() / 3600
    if not args["ahead"]:
        hours = -hours
    a, b = args["names"]
    way = "ahead of" if args["ahead"] else "behind"
    if hours < 0:
        raise CalendarError(f"{b} is not {way} {a} on that date")
    count = int(hours) if hours == int(hours) else hours
    shown = " and ".join(
        f"{name} UTC{signed_offset(int(o.total_seconds() // 60))}"
        for name, o in zip((a, b), offsets, strict=True)
    )
    when = long_date(dt.datetime(day.year, day.month, day.day))
    return f"On {when} ({shown}), {b} is {count:g} hours {way} {a}: {count:g}", count
