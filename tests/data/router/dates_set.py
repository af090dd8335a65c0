"""Date word-problem items for the router's dev sets: a story fixes today (a date written in any
common way, a holiday, a birthday, a rescheduled event) and asks for an offset date in a format;
plus holiday look-ups and look-alike negatives. Answers are computed here with datetime,
dateutil's relativedelta and easter (the holiday rules are written out below).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from common import negative, positive
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

MONTHS = list(calendar.month_name)[1:]
ABBR = list(calendar.month_abbr)[1:]
WEEKDAYS = list(calendar.day_name)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n=-1: last) given weekday (Monday=0) of a month, read off the month's
    calendar (the tool computes it with date arithmetic instead)."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    return [d for d in days if d.weekday() == weekday][n - 1 if n > 0 else n]


# The first year each moving holiday followed today's rule (US law; Easter: the Gregorian reform).
SINCE = {
    "Thanksgiving": 1942,
    "US Thanksgiving": 1942,
    "Labor Day": 1894,
    "Memorial Day": 1971,
    "Mother's Day": 1914,
    "Father's Day": 1972,
}
HOLIDAYS = {  # name as written -> date in a year
    "Christmas Eve": lambda y: dt.date(y, 12, 24),
    "Christmas Day": lambda y: dt.date(y, 12, 25),
    "Christmas": lambda y: dt.date(y, 12, 25),
    "New Year's Eve": lambda y: dt.date(y, 12, 31),
    "New Year's Day": lambda y: dt.date(y, 1, 1),
    "Independence Day": lambda y: dt.date(y, 7, 4),
    "the Fourth of July": lambda y: dt.date(y, 7, 4),
    "Halloween": lambda y: dt.date(y, 10, 31),
    "Valentine's Day": lambda y: dt.date(y, 2, 14),
    "Boxing Day": lambda y: dt.date(y, 12, 26),
    "St. Patrick's Day": lambda y: dt.date(y, 3, 17),
    "Thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "US Thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "Labor Day": lambda y: nth_weekday(y, 9, 0, 1),
    "Memorial Day": lambda y: nth_weekday(y, 5, 0, -1),
    "Mother's Day": lambda y: nth_weekday(y, 5, 6, 2),
    "Father's Day": lambda y: nth_weekday(y, 6, 6, 3),
    "Easter": easter,
    "Easter Sunday": easter,
    "Good Friday": lambda y: easter(y) - dt.timedelta(days=2),
}
OFFSETS = [  # question tail -> relativedelta from today
    ("today", relativedelta()),
    ("tomorrow", relativedelta(days=1)),
    ("yesterday", relativedelta(days=-1)),
    ("one week from today", relativedelta(weeks=1)),
    ("one week ago", relativedelta(weeks=-1)),
    ("a month ago", relativedelta(months=-1)),
    ("10 days ago", relativedelta(days=-10)),
    ("3 days from today", relativedelta(days=3)),
    ("one year ago", relativedelta(years=-1)),
    ("24 hours later", relativedelta(days=1)),
    ("2 weeks from today", relativedelta(weeks=2)),
    ("5 days later", relativedelta(days=5)),
]
NAMES = [("Tom", "his"), ("Jane", "her"), ("Ravi", "his"), ("Mei", "her"), ("Sam", "their")]
EVENTS = ["meeting", "concert", "exam", "flight", "appointment", "party"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def written(d: dt.date, rng: random.Random, fmt: str) -> str:
    """`d` as people write it; numeric forms follow the question's stated order."""
    forms = [
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"the {ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}",
        f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
        f"{ABBR[d.month - 1]} {d.day}, {d.year}",
        f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
        d.isoformat(),
        f"{d.month:02d}/{d.day:02d}/{d.year}"
        if fmt == "MM/DD/YYYY"
        else f"{d.day:02d}/{d.month:02d}/{d.year}",
    ]
    return rng.choice(forms)


def _item(family: str, query: str, answer: dt.date) -> dict:
    iso = dt.datetime(answer.year, answer.month, answer.day).isoformat()
    return positive("datetime", family, query, iso)


def _question(rng: random.Random) -> tuple[str, relativedelta, str]:
    tail, delta = rng.choice(OFFSETS)
    fmt = rng.choice(["MM/DD/YYYY", "MM/DD/YYYY", "DD/MM/YYYY"])
    verb = "was" if "ago" in tail or tail == "yesterday" else "is"
    return f"What {verb} the date {tail} in {fmt}?", delta, fmt


def holiday_stories(rng: random.Random, n: int) -> list[dict]:
    out = []
    shapes = [
        "Today is {h} of {y}.",
        "Today is {h} {y}.",
        "It is {h}, {y} today.",
        "Today is {h} in {y}.",
    ]
    for i in range(n):
        name = rng.choice(list(HOLIDAYS))
        year = rng.randint(SINCE.get(name, 1900), 2030)
        question, delta, _ = _question(rng)
        story = shapes[i % len(shapes)].format(h=name, y=year)
        out.append(_item("d-holiday", f"{story} {question}", HOLIDAYS[name](year) + delta))
    return out


def birthdays(rng: random.Random, n: int) -> list[dict]:
    out = []
    for i in range(n):
        who, pronoun = rng.choice(NAMES)
        question, delta, fmt = _question(rng)
        if i % 4 == 0:  # the last day of February: a leap day only in leap years
            born_year = (
                rng.choice([1992, 1996, 2000, 2004])
                if i % 8 == 0
                else rng.choice([1990, 1995, 2001])
            )
            born = dt.date(born_year, 3, 1) - dt.timedelta(days=1)
            age = rng.choice([4, 8, 12, 16, 20, 24]) if born.day == 29 else rng.randint(2, 40)
            born_text = f"the last day of February in {born_year}"
        else:
            born = dt.date(rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28))
            age = rng.randint(1, 60)
            born_text = written(born, rng, fmt)
        today = born + relativedelta(years=age)
        shape = i % 3
        if shape == 0:
            query = f"{who} was born on {born_text}. Today is {pronoun} {ordinal(age)} birthday. {question}"
        elif shape == 1:
            query = f"{who} was born on {born_text}; today is {pronoun} {ordinal(age)} birthday; {question[0].lower()}{question[1:]}"
        else:
            query = f"Today is {who}'s {ordinal(age)} birthday. {who} was born on {born_text}. {question}"
        out.append(_item("d-birthday", query, today + delta))
    return out


def rescheduled(rng: random.Random, n: int) -> list[dict]:
    out = []
    for i in range(n):
        event = rng.choice(EVENTS)
        question, delta, fmt = _question(rng)
        planned = dt.date(rng.randint(1900, 2030), rng.randint(1, 12), rng.randint(1, 28))
        days = rng.randint(1, 5)
        word = {1: "one day", 2: "two days"}.get(days, f"{days} days")
        shape = i % 4
        text = written(planned, rng, fmt)
        if shape == 0:
            story, today = (
                f"The {event} set for {text} was moved {word} later, to today.",
                planned + dt.timedelta(days=days),
            )
        elif shape == 1:
            story, today = (
                f"The {event} scheduled for {text} was postponed by {word} to today.",
                planned + dt.timedelta(days=days),
            )
        elif shape == 2:
            story, today = (
                f"The {event} planned for {text} was moved {word} earlier, to today.",
                planned - dt.timedelta(days=days),
            )
        else:
            story, today = (
                f"The {event} was set for {text}, but it was pushed back {word} to today.",
                planned + dt.timedelta(days=days),
            )
        out.append(_item("d-rescheduled", f"{story} {question}", today + delta))
    return out


def anchored(rng: random.Random, n: int) -> list[dict]:
    """Today fixed by a written date, or by yesterday / tomorrow."""
    out = []
    for i in range(n):
        question, delta, fmt = _question(rng)
        d = dt.date(rng.randint(1800, 2100), rng.randint(1, 12), rng.randint(1, 28))
        shape = i % 4
        if shape == 0:
            story, today = f"Today is {written(d, rng, fmt)}.", d
        elif shape == 1:
            story, today = f"Yesterday was {written(d, rng, fmt)}.", d + dt.timedelta(days=1)
        elif shape == 2:
            story, today = f"Tomorrow is {written(d, rng, fmt)}.", d - dt.timedelta(days=1)
        else:
            story, today = f"It is {written(d, rng, fmt)} today.", d
        out.append(_item("d-anchored", f"{story} {question}", today + delta))
    return out


def holiday_lookups(rng: random.Random, n: int) -> list[dict]:
    shapes = [
        ("When is {h} {y}?", 0),
        ("What is the date of {h} {y}?", 0),
        ("What date is {k} days after {h} {y}?", 1),
        ("What date was {k} days before {h} {y}?", -1),
    ]
    out = []
    for i in range(n):
        name = rng.choice([h for h in HOLIDAYS if not h.startswith("the ")])
        year, k = rng.randint(max(1950, SINCE.get(name, 0)), 2035), rng.randint(1, 30)
        text, sign = shapes[i % len(shapes)]
        answer = HOLIDAYS[name](year) + dt.timedelta(days=sign * k)
        out.append(_item("d-holiday-lookup", text.format(h=name, y=year, k=k), answer))
    return out


NEGATIVES = [
    "When is Ramadan 2025?",
    "When is Diwali 2024?",
    "What date is Chinese New Year 2026?",
    "When is Hanukkah 2025?",
    "When is my mom's birthday?",
    "What date was the moon landing?",
    "When did World War II end?",
    "What happened on July 4, 1776?",
    "Jane thinks today is 3/11/2002, but she is wrong. What is the date tomorrow in MM/DD/YYYY?",
    "On May 9, 2017 Jane bought 40 eggs. She ate one per day. Today she ran out. What is the date today in MM/DD/YYYY?",
    "Today is 03/04/2021. What is the date tomorrow?",
    "Today is my birthday. What is the date tomorrow in MM/DD/YYYY?",
    "Tom's 20th birthday is today. What was the date yesterday in MM/DD/YYYY?",
    "Tom was born on February 29, 1996. Today is his 21st birthday. What is the date today in MM/DD/YYYY?",
    "Today is the palindrome day of 2020. What is the date tomorrow in MM/DD/YYYY?",
    "The concert was moved to today. What is the date tomorrow in MM/DD/YYYY?",
    "If the meeting had not been moved, it would be on 04/02/1977. What is the date today in MM/DD/YYYY?",
    "Today is Tuesday. What is the date tomorrow?",
    "Today is the first Monday of the month. What is the date tomorrow?",
    "What time is it in Springfield?",
    "How many days until my vacation?",
    "Write a poem about Christmas Eve of 1951.",
    "Today is New Year's Eve. Plan a party for 20 people.",
    "Tom was born on the last day of February in 1996. How old is he?",
    "When is Thanksgiving in Canada this year?",
    "What date should I plant tomatoes?",
    "Is it Easter yet?",
    "Which day is better for a wedding, Saturday or Sunday?",
    "Today is Christmas Day of 2023. What should I cook?",
    "The exam set for 04/02/1977 was cancelled. What is the date today in MM/DD/YYYY?",
    "Today is Thanksgiving of 1939. What is the date tomorrow in MM/DD/YYYY?",
    "Today is Memorial Day of 1950. What is the date tomorrow in MM/DD/YYYY?",
    "When is Father's Day 1960?",
    "The concert planned for May 3, 2020 was moved forward 2 days, to today. What is the date today in MM/DD/YYYY?",
    "Today is Jane's 16th birthday. Tom was born on May 1, 2000. What is the date today in MM/DD/YYYY?",
    "Jane was born in 1990. Today is her 30th birthday. What is the date today in MM/DD/YYYY?",
]


def build(rng: random.Random) -> list[dict]:
    items = (
        holiday_stories(rng, 64)
        + birthdays(rng, 48)
        + rescheduled(rng, 48)
        + anchored(rng, 64)
        + holiday_lookups(rng, 40)
    )
    items += [negative("d-look-alike", q) for q in NEGATIVES]
    return items
