"""Generated questions with computed answers: arithmetic (digit-wise carries and borrows in the
reasoning), dates (day offsets, weekdays) and unit conversions (exact factors), plus small talk.

Every answer is computed here (integers, `datetime`), never written by hand. Two-digit additions
with `held_out_addition(a, b)` true never appear in training data: the evaluation asks those.
"""

from __future__ import annotations

import datetime as dt
import random

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def held_out_addition(a: int, b: int) -> bool:
    """About one two-digit pair in ten is reserved for evaluation."""
    return (a * 7 + b * 13) % 10 == 3


ADD_ASK = (
    "What is {a} + {b}?",
    "What is {a} plus {b}?",
    "Compute {a} + {b}.",
    "Add {a} and {b}.",
    "{a} + {b} = ?",
    "Please calculate {a}+{b}",
    "What's the sum of {a} and {b}?",
)
SUB_ASK = (
    "What is {a} - {b}?",
    "What is {a} minus {b}?",
    "Compute {a} - {b}.",
    "Subtract {b} from {a}.",
    "{a} - {b} = ?",
)
MUL_ASK = (
    "What is {a} * {b}?",
    "What is {a} times {b}?",
    "Compute {a} x {b}.",
    "Multiply {a} by {b}.",
)


def _digits(n: int) -> list[int]:
    return [int(c) for c in reversed(str(n))]


PLACES = ("Ones", "Tens", "Hundreds", "Thousands")


def addition_steps(a: int, b: int) -> str:
    da, db = _digits(a), _digits(b)
    carry, lines = 0, []
    for i in range(max(len(da), len(db))):
        x, y = (da[i] if i < len(da) else 0), (db[i] if i < len(db) else 0)
        s = x + y + carry
        terms = f"{x} + {y}" + (f" + {carry}" if carry else "")
        note = f", write {s % 10} carry 1" if s >= 10 else ""
        lines.append(f"{PLACES[i]}: {terms} = {s}{note}.")
        carry = s // 10
    if carry:
        lines.append(f"{PLACES[len(lines)]}: carry 1.")
    return " ".join(lines)


def subtraction_steps(a: int, b: int) -> str:
    da, db = _digits(a), _digits(b)
    borrow, lines = 0, []
    for i in range(len(da)):
        x, y = da[i] - borrow, (db[i] if i < len(db) else 0)
        top = f"{da[i]} - {borrow}" if borrow else f"{da[i]}"
        if x < y:
            lines.append(f"{PLACES[i]}: {top} < {y}, borrow: {x + 10} - {y} = {x + 10 - y}.")
            borrow = 1
        else:
            lines.append(f"{PLACES[i]}: {top} - {y} = {x - y}.")
            borrow = 0
    return " ".join(lines)


def arithmetic(rng: random.Random, effort: str) -> tuple[str, str | None, str, dict]:
    """(question, reasoning, answer, meta)."""
    op = rng.choices(("add2", "add3", "sub2", "sub3", "mul"), (6, 2, 2, 1, 1))[0]
    if op.startswith("add"):
        lo, hi = (10, 99) if op == "add2" else (100, 999)
        while True:
            a, b = rng.randint(lo, hi), rng.randint(10, hi)
            if op != "add2" or not held_out_addition(a, b):
                break
        r = a + b
        q = rng.choice(ADD_ASK).format(a=a, b=b)
        steps = addition_steps(a, b)
        ans = f"{a} + {b} = {r}"
    elif op.startswith("sub"):
        lo, hi = (10, 99) if op == "sub2" else (100, 999)
        a, b = sorted((rng.randint(lo, hi), rng.randint(10, hi)), reverse=True)
        r = a - b
        q = rng.choice(SUB_ASK).format(a=a, b=b)
        steps = subtraction_steps(a, b)
        ans = f"{a} - {b} = {r}"
    else:
        a, b = rng.randint(11, 99), rng.randint(2, 9)
        r = a * b
        q = rng.choice(MUL_ASK).format(a=a, b=b)
        t, o = a // 10 * 10, a % 10
        steps = f"{t} * {b} = {t * b}. {o} * {b} = {o * b}. {t * b} + {o * b} = {r}."
        ans = f"{a} × {b} = {r}"
    if effort == "low":
        reasoning = f"{steps} So {r}."
    else:
        reasoning = f"We need to compute {ans.split(' =')[0]}. {steps} So the result is {r}."
    return q, reasoning, f"{ans}.", {"op": op, "a": a, "b": b, "result": r}


def dates(rng: random.Random, effort: str) -> tuple[str, str | None, str, dict]:
    kind = rng.choice(("offset", "weekday", "diff"))
    if kind == "weekday":
        today = rng.randrange(7)
        n = rng.randint(1, 30)
        day = WEEKDAYS[(today + n) % 7]
        q = rng.choice(
            (
                "Today is {d}. What day of the week will it be in {n} days?",
                "If today is {d}, what weekday is it {n} days from now?",
            )
        ).format(d=WEEKDAYS[today], n=n)
        reasoning = (
            f"{n} days is {n // 7} weeks and {n % 7} days. {WEEKDAYS[today]} + {n % 7} days "
            f"= {day}."
        )
        return q, reasoning, f"In {n} days it will be {day}.", {"answer": day}
    start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    if kind == "diff":
        n = rng.randint(1, 60)
        end = start + dt.timedelta(days=n)
        q = f"How many days are there from {start.isoformat()} to {end.isoformat()}?"
        reasoning = _walk(start, n) + f" So {n} days."
        return q, reasoning, f"There are {n} days between those dates.", {"answer": n}
    n = rng.randint(1, 60)
    end = start + dt.timedelta(days=n)
    q = rng.choice(
        (
            "What date is {n} days after {d}?",
            "Add {n} days to {d}.",
            "Which date comes {n} days after {d}?",
        )
    ).format(n=n, d=start.isoformat())
    reasoning = _walk(start, n) + f" So {end.isoformat()}."
    wd = WEEKDAYS[end.weekday()]
    return (
        q,
        reasoning,
        f"{n} days after {start.isoformat()} is {end.isoformat()} ({wd}).",
        {"answer": end.isoformat()},
    )


def _walk(start: dt.date, n: int) -> str:
    """Month-by-month reasoning for adding n days to start."""
    steps, day, left = [], start, n
    while True:
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        month_len = (nxt - dt.timedelta(days=1)).day
        room = month_len - day.day
        name = MONTHS[day.month - 1]
        if left <= room:
            steps.append(f"{name} {day.day} + {left} = {name} {day.day + left}.")
            return " ".join(steps)
        steps.append(
            f"{name} has {month_len} days, {room + 1} days to reach {MONTHS[nxt.month - 1]} 1."
        )
        left -= room + 1
        day = nxt


UNITS = (
    ("kilometers", "meters", 1000),
    ("meters", "centimeters", 100),
    ("centimeters", "millimeters", 10),
    ("kilograms", "grams", 1000),
    ("liters", "milliliters", 1000),
    ("hours", "minutes", 60),
    ("minutes", "seconds", 60),
    ("days", "hours", 24),
    ("weeks", "days", 7),
    ("feet", "inches", 12),
    ("yards", "feet", 3),
    ("dozens", "items", 12),
)


def units(rng: random.Random, effort: str) -> tuple[str, str | None, str, dict]:
    big, small, f = rng.choice(UNITS)
    n = rng.randint(2, 99)
    if rng.random() < 0.6:
        q = rng.choice(("Convert {n} {a} to {b}.", "How many {b} are in {n} {a}?")).format(
            n=n, a=big, b=small
        )
        r = n * f
        reasoning = f"1 {big[:-1]} = {f} {small}. {n} * {f} = {r}."
        return q, reasoning, f"{n} {big} = {r} {small}.", {"answer": r}
    r = n
    total = n * f
    q = rng.choice(("Convert {t} {b} to {a}.", "How many {a} is {t} {b}?")).format(
        t=total, a=big, b=small
    )
    reasoning = f"1 {big[:-1]} = {f} {small}. {total} / {f} = {r}."
    return q, reasoning, f"{total} {small} = {r} {big}.", {"answer": r}


SMALL_TALK = (
    ("Hello!", "The user greets. Reply with a greeting.", "Hello! How can I help you today?"),
    ("Hi there", "A greeting. Respond politely.", "Hi! What can I do for you?"),
    (
        "Who are you?",
        "The user asks who I am. I am a tiny demo model.",
        (
            "I am a tiny GPT-OSS demo model. I can do small arithmetic, dates, unit conversions "
            "and call the functions you declare."
        ),
    ),
    (
        "What can you do?",
        "List my abilities briefly.",
        "I can add and subtract numbers, count days between dates, convert units and call tools.",
    ),
    ("Thanks!", "The user thanks me. Reply briefly.", "You're welcome!"),
    ("Thank you very much.", "Gratitude. Reply briefly.", "Glad I could help!"),
    ("Good morning", "A greeting in the morning.", "Good morning! How can I help?"),
    ("Bye", "The user leaves.", "Goodbye! Have a nice day."),
)


def small_talk(rng: random.Random, effort: str) -> tuple[str, str | None, str, dict]:
    q, r, a = rng.choice(SMALL_TALK)
    return q, r, a, {}


TASKS = {"arithmetic": arithmetic, "dates": dates, "units": units, "small_talk": small_talk}
