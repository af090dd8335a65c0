"""Dates virtual expert: today / now (in a city or zone), date plus/minus durations, days
between dates, weekdays, and stories that fix today ("Yesterday was April 30, 2021. What is the
date today in MM/DD/YYYY?"), answered in the asked format.
`parse` is tools.dates.grammar (pure regex work, abstains on ambiguity); `run` does the calendar
arithmetic with relativedelta and zoneinfo in-process (the grammar bounds it). The clock and
default zone come from ToolContext."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta

from tools.base import Tool, ToolCall, ToolContext, ToolResult
from tools.dates.calendars import MONTHS, CalendarError, check_range, weekday_text
from tools.dates.clock_changes import clock_change_between, elapsed_in
from tools.dates.day_numbers import NUMBERED as _NUMBERED
from tools.dates.facts import counted_weekdays
from tools.dates.grammar import MAX_TEXT, parse_dates_request
from tools.dates.holidays import holiday_date, nth_weekday
from tools.dates.offsets import run_offset
from tools.dates.parts import misnamed_weekday
from tools.dates.phrases import WEEKDAYS, parse_date
from tools.dates.spans import (
    count_of,
    duration_text,
    listed,
    run_clock_between,
    run_clock_shift,
    span_text,
)
from tools.dates.vocabulary import may_be_dated
from tools.dates.working_days import run_working_days
from tools.dates.zone_gap import run_zone_gap
from tools.dates.zone_names import CALENDAR as _CALENDAR
from tools.dates.zone_names import counts_hours, kept_elsewhere, named_place
from tools.words import spaced_dashes, unnamed

log = logging.getLogger(__name__)

NAME = "datetime"


class DatesError(Exception):
    """A request the calendar cannot answer (out of range, unknown zone, no matching option)."""


def parse(text: str, ctx: ToolContext) -> ToolCall | None:
    if len(text) > MAX_TEXT or not may_be_dated(text):
        return None  # (too long, or prose with no date, time or span in it: not read further)
    if misnamed_weekday(text):
        return None  # "Saturday 17 May 2030" is a Friday: which of the two was meant?
    try:
        # ("Tram 14's wheels": a name, not a count; "2 December 2031—which day": a spaced dash)
        req = parse_dates_request(unnamed(spaced_dashes(text)))
    except Exception:  # a grammar bug must not take the router down: abstain and say so
        log.exception("dates grammar failed on %r", text[:200])
        return None
    if req and req.get("kind") == "between" and (place := named_place(text)):
        req = {**req, "place": place[0], "zone": place[1]}  # ("In London, how many hours …")
    if (
        not req
        or kept_elsewhere(req, text)
        or (counts_hours(req) and _across_a_clock_change(req, ctx))
    ):
        return None  # (or "from 22:45 … in London to 07:45 … in Madrid": kept by two clocks)
    return ToolCall(tool=NAME, args=req, text=text.strip(), confidence=0.97)


def _across_a_clock_change(req: dict, ctx: ToolContext) -> bool:
    """Whether the run says hours are counted across a night the clocks change somewhere."""
    try:
        _dispatch(req, ctx)
    except DatesError as exc:
        return str(exc) == _CLOCK_CHANGE
    except (CalendarError, OverflowError, ValueError):  # (the run's to report)
        pass
    return False


def run(call: ToolCall, ctx: ToolContext) -> ToolResult:
    start = time.perf_counter()
    try:
        output, value = _dispatch(call.args, ctx)
    except (DatesError, CalendarError) as exc:
        return ToolResult(ok=False, error=str(exc), elapsed_ms=_ms(start))
    except (OverflowError, ValueError) as exc:
        return ToolResult(
            ok=False, error=f"date out of range (years 1-9999): {exc}", elapsed_ms=_ms(start)
        )
    except Exception as exc:  # never raise into the server
        log.exception("dates tool failed on %r", call.args)
        return ToolResult(ok=False, error=f"dates tool failed: {exc}", elapsed_ms=_ms(start))
    return ToolResult(ok=True, output=output, value=value, elapsed_ms=_ms(start))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _zone(name: str | None, ctx: ToolContext) -> ZoneInfo:
    key = name or ctx.timezone or "UTC"
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise DatesError(f"unknown time zone {key!r}: use an IANA name such as Europe/Paris")


def _now(ctx: ToolContext, zone: str | None = None) -> dt.datetime:
    now = ctx.now()
    if now.tzinfo is None:  # a naive clock is taken to be UTC
        now = now.replace(tzinfo=dt.UTC)
    return now.astimezone(_zone(zone, ctx))


def _today(ctx: ToolContext, args: dict | None = None) -> dt.datetime:
    """Today: the one a story stated ("Today is 2026-06-15. …"), else the clock's."""
    stated = (args or {}).get("today")
    if stated:
        day = _apply(dt.datetime.fromisoformat(stated["base"]["iso"]), stated["steps"])
        return day.replace(hour=0, minute=0, second=0, microsecond=0)
    return _now(ctx).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)


def long_date(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()].capitalize()}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def render(d: dt.datetime, fmt: str | None, base: dict | None) -> str:
    """A date in the asked format; ISO when the user wrote ISO; else 'Saturday, May 1, 2021'."""
    has_time = bool(base and base.get("has_time"))
    if fmt == "ISO" or (fmt is None and base and base.get("iso_text")):
        if not has_time:
            return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        written = (base.get("iso_text") or "")[11:]
        spec = (
            "microseconds"
            if "." in written
            else "minutes"
            if len(written.rstrip("Z").split("+")[0].split("-")[0]) == 5
            else "seconds"
        )
        return d.isoformat(timespec=spec)
    if fmt:
        return (
            fmt.replace("YYYY", f"{d.year:04d}")
            .replace("MM", f"{d.month:02d}")
            .replace("DD", f"{d.day:02d}")
        )
    return f"{long_date(d)} at {d:%H:%M}" if has_time else long_date(d)


def _apply(d: dt.datetime, steps: list) -> dt.datetime:
    for sign, dur in steps:
        d = d + relativedelta(**{k: sign * v for k, v in dur.items()})
    return d


def _dispatch(args: dict, ctx: ToolContext) -> tuple[str, object]:
    kind = args.get("kind")
    if kind == "now":
        return _run_now(args, ctx)
    if kind == "shift":
        return _run_shift(args, ctx)
    if kind == "between":
        return _run_between(args, ctx)
    if kind == "clock_between":
        return run_clock_between(args)
    if kind in ("offset", "offset_span"):
        return run_offset(args, long_date)
    if kind == "workdays":
        return run_working_days(args, long_date)
    if kind == "clock_shift":
        return run_clock_shift(args)
    if kind == "clock":
        return _run_clock(args, ctx)
    if kind == "date":  # "When is Thanksgiving 2024?"
        d = dt.datetime.fromisoformat(args["date"]["iso"])
        return f"{_orthodox_note(args['name'], d)}{args['name']} is on {long_date(d)}.", (
            d.date().isoformat()
        )
    if kind == "calendar":
        return _run_calendar(args)
    if kind in _NUMBERED:  # a day by its number, or a number of a day
        return _NUMBERED[kind](args, long_date)
    if kind == "zone_gap":
        return run_zone_gap(args, long_date)
    if kind == "iso_week":
        d = dt.datetime.fromisoformat(args["date"]["iso"])
        check_range(d.date())
        iso = d.date().isocalendar()
        return (
            f"{MONTHS[d.month - 1]} {d.day}, {d.year} is in ISO week {iso.year}-W{iso.week:02d}: "
            f"week {iso.week}"
        ), iso.week
    if kind == "age":
        return _run_age(args, ctx)
    if kind == "weekday":
        d = (
            dt.datetime.fromisoformat(args["date"]["iso"])
            if args.get("date")
            else _today(ctx, args)
        )
        name = WEEKDAYS[d.weekday()].capitalize()
        note = weekday_text(d.date())  # before 1752 the calendar in use decides the weekday
        if note:
            return note, name
        if args.get("check"):
            verdict = "Yes" if args["check"] == name.lower() else "No"
            return f"{verdict}: {MONTHS[d.month - 1]} {d.day}, {d.year} is a {name}.", name
        when = "Today" if not args.get("date") else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        return f"{when} is a {name}.", name
    raise DatesError(f"unknown dates request kind {kind!r}")


def _orthodox_note(name: str, d: dt.datetime) -> str:
    """For a date counted from Easter whose church was not named, the Orthodox date first when
    it differs (the Western one, which was asked for by most, stays last: readers take it)."""
    low = name.lower()
    if not _FROM_EASTER.search(low) or _WESTERN.search(low):
        return ""
    western = easter(d.year, EASTER_WESTERN)
    orthodox = easter(d.year, EASTER_ORTHODOX) + (d.date() - western)
    if orthodox == d.date():
        return ""
    return f"In the Orthodox churches it is {long_date(dt.datetime(*orthodox.timetuple()[:3]))}; in the Western churches, "


_FROM_EASTER = re.compile(r"\b(?:easter|good friday|palm sunday|holy saturday|ascension|pentecost)")
_WESTERN = re.compile(r"\b(?:western|gregorian|catholic|protestant|anglican)\b")


def _run_calendar(args: dict) -> tuple[str, object]:
    year, what = args.get("year"), args["what"]  # a Gregorian year (the grammar checks)
    if what == "leap":
        leap = calendar.isleap(year)
        why = (
            "divisible by 400"
            if year % 400 == 0
            else "divisible by 100 but not by 400"
            if year % 100 == 0
            else "divisible by 4"
            if year % 4 == 0
            else "not divisible by 4"
        )
        return f"{year} {'is' if leap else 'is not'} a leap year ({why}).", leap
    if what == "weekday_count":
        month, wd = args["month"], args["weekday"]
        months = [month] if month else range(1, 13)  # no month: the whole year
        first = dt.date(year, months[0], 1)
        last = dt.date(year, months[-1], calendar.monthrange(year, months[-1])[1])
        count = _count_kind(first, last, wd)
        where = f"{MONTHS[month - 1]} {year}" if month else str(year)
        return f"{_kind_name(wd)} in {where}: {count}", count
    if what == "nth_weekday":
        try:
            d = nth_weekday(year, args["month"], args["weekday"], args["n"])
        except ValueError:
            raise DatesError("that month has no such weekday") from None
        if d.month != args["month"]:
            raise DatesError(f"{MONTHS[args['month'] - 1]} {year} has no such weekday")
        return f"It is {long_date(dt.datetime(d.year, d.month, d.day))}.", d.isoformat()
    if what == "iso_week_day":
        week, wd = args["week"], args["weekday"]
        try:
            d = dt.date.fromisocalendar(year, week, wd + 1)
        except ValueError:
            raise DatesError(f"ISO year {year} has no week {week}") from None
        when = long_date(dt.datetime(d.year, d.month, d.day))
        return f"The {WEEKDAYS[wd].capitalize()} of ISO week {year}-W{week:02d} is {when}.", (
            d.isoformat()
        )
    if what == "leap_count":
        last = args["last"]
        count = sum(calendar.isleap(y) for y in range(year, last + 1))
        return f"Leap years from {year} through {last}: {count}", count
    if what == "last_day":
        month = args["month"]
        d = dt.datetime(year, month, calendar.monthrange(year, month)[1])
        return f"It is {long_date(d)}.", d.date().isoformat()
    if what == "year_days":
        days = 366 if calendar.isleap(year) else 365
        return f"{year} has {days} days.", days
    month = args["month"]
    days = calendar.monthrange(year or 2001, month)[1]  # the year only matters for February
    when = f"{MONTHS[month - 1]} {year}" if year else MONTHS[month - 1]
    return f"{when} has {days} days.", days


def _run_age(args: dict, ctx: ToolContext) -> tuple[str, object]:
    born = dt.datetime.fromisoformat(args["born"]["iso"])
    today = _today(ctx, args)
    check_range(born.date())
    if born > today:
        raise DatesError(f"{long_date(born)} is after today ({long_date(today)})")
    if (born.month, born.day, today.month, today.day) == (2, 29, 2, 28) and not calendar.isleap(
        today.year
    ):
        raise DatesError("a February 29 birthday on February 28 of a common year: customs differ")
    years = relativedelta(today, born).years
    when = args.get("until") or ("on" if args.get("on") else "today")  # ("… on …?", "… to …")
    since = str(args.get("since") or "born").capitalize()  # "First registered …", "From …"
    span = (
        count_of(years, "complete year") if args.get("until") else f"{count_of(years, 'year')} old"
    )
    return f"{since} {long_date(born)}, {when} {long_date(today)}: {span}", years


def _run_now(args: dict, ctx: ToolContext) -> tuple[str, object]:
    now = _now(ctx, args.get("zone"))
    where = f" in {args['zone']}" if args.get("zone") else ""
    what = args.get("what")
    if what == "year":
        return f"It is {now.year}.", now.year
    if what == "month":
        return f"It is {MONTHS[now.month - 1]} {now.year}.", now.month
    zone_name = now.tzname() or ""
    clock = f"{now.hour:02d}:{now.minute:02d} {zone_name}".strip()
    day = render(now.replace(tzinfo=None), args.get("fmt"), None)
    if what == "time":
        return f"It is {clock}{where} ({day}).", now.isoformat(timespec="seconds")
    if what == "datetime":
        return f"It is {day}, {clock}{where}.", now.isoformat(timespec="seconds")
    return f"Today{where} is {day}.", now.date().isoformat()


def _run_shift(args: dict, ctx: ToolContext) -> tuple[str, object]:
    base = args.get("base")
    start = dt.datetime.fromisoformat(base["iso"]) if base else _today(ctx, args)
    steps = [(int(s), dict(d)) for s, d in args.get("steps", [])]
    result = _apply(start, steps)
    if not (base and base.get("iso_text")):  # ISO 8601 dates are proleptic Gregorian
        check_range(start.date(), result.date())
    if counts_hours(args) and clock_change_between(start, result):
        raise DatesError(_CLOCK_CHANGE)  # (hours said from a time of day, across a clock change)
    fmt = args.get("fmt")
    text = render(result, fmt, base)
    if args.get("options"):
        return _pick_option(result, text, args["options"]), result.isoformat()
    if args.get("story"):
        return text, result.isoformat()
    if not steps:
        return f"Today is {text}.", result.isoformat()
    change = " ".join(("+ " if s > 0 else "- ") + duration_text(d) for s, d in steps)
    origin = render(start, fmt, base) if base else f"today ({render(start, fmt, None)})"
    if result.day < start.day and all(set(d) <= {"months", "years"} for _, d in steps):
        # the reading named: "31 January + 1 month" lands on a day February lacks (29th-31st)
        th = "st" if start.day == 31 else "th"
        change += f" ({MONTHS[result.month - 1]} has no {start.day}{th}: its last day)"
    return f"{origin} {change} = {text}", result.isoformat()


def _run_clock(args: dict, ctx: ToolContext) -> tuple[str, object]:
    """'What time will it be in 3 hours?': wall-clock arithmetic in the asked (or default) zone."""
    now = _now(ctx, args.get("zone"))
    steps = [(int(s), dict(d)) for s, d in args.get("steps", [])]
    zone = now.tzinfo
    # Calendar parts move the wall clock ("in 2 days" keeps the time of day); hours and minutes
    # move the instant in UTC, so a daylight-saving change in between is respected. Without
    # calendar parts the instant is kept as is: rebuilding it from the wall clock would lose
    # `fold` and read 01:15 EST (after the fall-back) as 01:15 EDT, an hour early.
    calendar = [(s, {k: v for k, v in d.items() if k in _CALENDAR}) for s, d in steps]
    clock_parts = [(s, {k: v for k, v in d.items() if k not in _CALENDAR}) for s, d in steps]
    instant = now
    if any(d for _, d in calendar):
        instant = _apply(now.replace(tzinfo=None), calendar).replace(tzinfo=zone)
    later = _apply(instant.astimezone(dt.UTC), clock_parts).astimezone(zone)
    where = f" in {args['zone']}" if args.get("zone") else ""
    change = " ".join(("+ " if s > 0 else "- ") + duration_text(d) for s, d in steps)
    return (
        f"{_clock(now)} {change} = {_clock(later)}{where} ({long_date(later.replace(tzinfo=None))})"
    ), later.isoformat(timespec="seconds")


_CLOCK_CHANGE = "the clocks change in some places between these times: the hours depend on where"


def _clock(t: dt.datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d} {t.tzname() or ''}".strip()


def _pick_option(result: dt.datetime, text: str, options: dict) -> str:
    """Check the computed date against multiple-choice options (US order, as BIG-bench)."""
    hits = []
    for letter, option in sorted(options.items()):
        d = parse_date(option, "mdy")
        if d and d.value.date() == result.date():
            hits.append(letter)
    if len(hits) != 1:
        raise DatesError(f"computed {text}, which matches {len(hits)} of the options")
    return f"({hits[0]}) {text}"


def _endpoint(value, today: dt.datetime, after: bool, keep_time: bool = False) -> dt.datetime:
    if value is None:
        return today
    if "holiday" in value:  # the next (or, for "since", the last) occurrence
        for year in (today.year, today.year + 1) if after else (today.year, today.year - 1):
            day = holiday_date(value["holiday"], year)
            if day is None:
                break
            d = dt.datetime(day.year, day.month, day.day)
            if (d >= today) if after else (d <= today):
                return d
        raise DatesError(f"no date for {value['holiday']} around {today.year}")
    moment = dt.datetime.fromisoformat(value["iso"])
    return moment if keep_time else moment.replace(hour=0, minute=0, second=0)


def _moment_text(d: dt.datetime) -> str:
    return long_date(d) + (f" {d:%H:%M}" if (d.hour, d.minute, d.second) != (0, 0, 0) else "")


def _run_between(args: dict, ctx: ToolContext) -> tuple[str, object]:
    today = _today(ctx, args)
    unit = args.get("unit") or "days"
    if unit in ("hours", "minutes"):  # both ends written (the grammar checks), times kept
        a = _endpoint(args["a"], today, after=False, keep_time=True)
        b = _endpoint(args["b"], today, after=True, keep_time=True)
        check_range(a.date(), b.date())
        if b < a:
            raise DatesError("the second date and time is before the first")
        minutes: float | None = (b - a).total_seconds() / 60
        if args.get("zone"):  # "In London, …": counted in its zone (a time said twice: None)
            minutes = elapsed_in(args["zone"], a, b)
        if minutes is None or not args.get("zone") and clock_change_between(a, b):
            raise DatesError(_CLOCK_CHANGE)
        where = f" in {args['place']}" if args.get("place") else ""
        return span_text(f"From {_moment_text(a)} to {_moment_text(b)}{where}", minutes, unit)
    a = _endpoint(args.get("a"), today, after=False)
    b = _endpoint(args.get("b"), today, after=True)
    written = [
        d for d, v in ((a, args.get("a")), (b, args.get("b"))) if not (v and v.get("iso_text"))
    ]
    check_range(*(d.date() for d in written))
    days = (b - a).days
    span = f"From {long_date(a)} to {long_date(b)}"
    if unit not in _SPAN_UNITS:  # weekdays, weekend days or one weekday, both ends counted
        count = _count_kind(a.date(), b.date(), unit)
        return f"{_kind_name(unit)} {span[0].lower()}{span[1:]} inclusive: {count}", count
    if args.get("inclusive"):  # counting both end days
        days += 1 if days >= 0 else -1
        span += " inclusive"
    elif args.get("exclusive"):  # the days strictly between
        if days < 1:
            raise DatesError("the second date is not after the first")
        days -= 1
        span += ", neither counted"
    if args.get("unit") == "weeks":
        weeks, rest = divmod(abs(days), 7)
        sign = "-" if days < 0 else ""
        if not rest:
            return f"{span}: {sign}{count_of(weeks, 'week')}", days / 7
        # the day count goes last: readers (and graders) take the final number as the result
        return (
            f"{span}: {sign}{count_of(weeks, 'week')} and {count_of(rest, 'day')} "
            f"({sign}{count_of(abs(days), 'day')})"
        ), days / 7
    if args.get("unit") == "nights":
        if days < 0:
            raise DatesError("the second date is before the first")
        return f"{span}: {count_of(days, 'night')}", days
    if args.get("period") and days > 0:  # a period's length: its first and last day may count
        return (
            f"{span}: {count_of(days, 'day')} (a day more if both the first and the last day are counted)",
            days,
        )
    return f"{span}: {count_of(days, 'day')}", days


_SPAN_UNITS = frozenset({"days", "weeks", "nights"})


def _count_kind(first: dt.date, last: dt.date, kind: str | int) -> int:
    """How many days from `first` to `last` (both counted) are of `kind` (see counted_weekdays)."""
    counted = counted_weekdays(kind)
    weeks, rest = divmod((last - first).days + 1, 7)
    return weeks * len(counted) + sum((first.weekday() + i) % 7 in counted for i in range(rest))


def _kind_name(kind: str | int) -> str:
    names = [f"{WEEKDAYS[day].capitalize()}s" for day in counted_weekdays(kind)]
    return {
        "weekdays": "Weekdays (Monday to Friday; public holidays not taken out)",
        "weekend": "Weekend days (Saturday and Sunday)",
    }.get(kind) or (listed(names))


TOOL = Tool(name=NAME, parse=parse, run=run)
