"""Hand-written items in phrasings the rules were not written against, measured once before any
fix (see docs/VIRTUAL_EXPERTS.md) and kept here since. Answers are computed with Fraction,
datetime and relativedelta; the queries themselves are typed by hand, one per line.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F


def _D(d: dt.date) -> str:
    return dt.datetime(d.year, d.month, d.day).isoformat()


def build(rng: random.Random) -> list[dict]:
    items: list[dict] = []

    def P(kind, q, exp, tol=1e-4, fam=None, messages=None):
        it = {
            "query": q,
            "label": f"positive:{kind}",
            "expected": float(exp) if isinstance(exp, F) else exp,
            "tolerance": tol,
            "family": fam or f"fresh-{kind}",
        }
        if messages:
            it["messages"] = messages
        items.append(it)

    def N(q, fam="fresh-negative", messages=None):
        it = {"query": q, "label": "negative", "expected": None, "tolerance": None, "family": fam}
        if messages:
            it["messages"] = messages
        items.append(it)

    ft = F("0.3048")
    inch = F("0.0254")
    mi = F("1609.344")
    lb = F("0.45359237")
    gal = F("3.785411784")
    # units, fresh phrasings
    P("units", "Could you convert 26.2 miles into kilometers?", F("26.2") * mi / 1000)
    P("units", "How many millilitres are there in 3.5 litres?", 3500)
    P("units", "What does 180 pounds come to in kilograms?", 180 * lb)
    P("units", "Please express 72 inches in feet.", 6)
    P("units", "Turn 45 minutes into seconds", 2700)
    P("units", "12 gallons equals how many liters", 12 * gal)
    P("units", "In kilometres, how far is 10 miles?", 10 * mi / 1000)
    P("units", "Expressed in hours, 5400 seconds is", F(3 / 2))
    P("units", "Converted into grams, 2.5 kilograms is", 2500)
    P("units", "What is 100 km/h expressed in miles per hour?", F(100000, 1) / mi)
    P("units", "How many square centimeters are in 1 square meter?", 10000)
    P("units", "3 hectopascals in millibars", 3)
    P("units", "Express 4 kilowatts in watts", 4000)
    P("units", "What's 2 GHz in MHz?", 2000)
    P("units", "750 micrograms in milligrams", F(3, 4))
    P("units", "5 nanoseconds expressed in picoseconds is", 5000)
    P("units", "How many megajoules is 3 kilowatt hours?", F(108, 10))
    P("units", "Convert 0.25 mol to millimoles", 250)
    P("units", "What is 40 decibars in kilopascals?", 400)
    P("units", "8 centiliters in milliliters", 80)
    P("units", "In micrometres, what is 0.5 millimetres?", 500)
    P("units", "What is 6 ft 2 in in centimeters?", (6 * ft + 2 * inch) * 100)
    P("units", "1 hour 45 minutes in minutes", 105)
    P("units", "Convert 3 miles to yards, then to feet.", 15840)
    P("units", "What is 98.6 °F in Celsius?", (F("98.6") - 32) * F(5, 9))
    P("units", "-10 degrees Celsius in Fahrenheit", 14)
    P("units", "How many ounces are in 3 pounds?", 48)
    P("units", "2 metric tons in pounds", 2000 / lb)
    P("units", "What is 15 psi in kPa?", 15 * lb * F("9.80665") / inch**2 / 1000, 1e-3)
    P("units", "How many seconds are in a week?", 604800)
    N("How many kilometers is a marathon?")
    N("How many miles from New York to Boston?")
    N("Convert 50 GBP to USD")
    N("How many calories do I burn running 5 km?")
    N("How many cups of rice for 4 people?")
    N("In my opinion, 5 kg is too heavy for a carry-on.")
    N("In Paris, 20 degrees is warm. Is it warm in London?")
    N("What's the speed of light in mph?")
    N("How many gallons does a bathtub hold?")
    N("Is 10 km/h a fast walking pace?")
    N("If a car goes 60 mph for 2.5 hours, how far does it go?")
    N("Convert the following code from Python to JavaScript: x = 5")
    N("How many inches is a size 10 shoe?")
    N("What is 5 feet in Spanish?")
    N("How heavy is 1 liter of olive oil in kg?")
    # dates, fresh phrasings
    P(
        "datetime",
        "Today is July 14, 2021. What was the date 3 weeks ago in MM/DD/YYYY?",
        _D(dt.date(2021, 6, 23)),
        None,
    )
    P(
        "datetime",
        "Yesterday was 12/31/1999. What is the date tomorrow in MM/DD/YYYY?",
        _D(dt.date(2000, 1, 2)),
        None,
    )
    P(
        "datetime",
        "Today is New Year's Day of 2000. What was the date one week ago in MM/DD/YYYY?",
        _D(dt.date(1999, 12, 25)),
        None,
    )
    P(
        "datetime",
        "Today is Christmas Eve of 2010. What is the date 10 days from today in MM/DD/YYYY?",
        _D(dt.date(2011, 1, 3)),
        None,
    )
    P(
        "datetime",
        "Today is Halloween of 1999. What is the date tomorrow in MM/DD/YYYY?",
        _D(dt.date(1999, 11, 1)),
        None,
    )
    P(
        "datetime",
        "Anna was born on June 1, 2001. Today is her 21st birthday. What is the date one week from today in MM/DD/YYYY?",
        _D(dt.date(2022, 6, 8)),
        None,
    )
    P(
        "datetime",
        "Luis was born on 2/29/2000. Today is his 8th birthday. What was the date yesterday in MM/DD/YYYY?",
        _D(dt.date(2008, 2, 28)),
        None,
    )
    P(
        "datetime",
        "The interview scheduled for 9/15/2019 was postponed by 3 days to today. What is the date today in MM/DD/YYYY?",
        _D(dt.date(2019, 9, 18)),
        None,
    )
    P(
        "datetime",
        "The game set for Oct 2, 2015 was moved two days earlier, to today. What is the date tomorrow in MM/DD/YYYY?",
        _D(dt.date(2015, 10, 1)),
        None,
    )
    P("datetime", "When is Labor Day 2025?", _D(dt.date(2025, 9, 1)), None)
    P("datetime", "What date was Thanksgiving 2010?", _D(dt.date(2010, 11, 25)), None)
    P("datetime", "What day of the week was January 1, 2000?", "Saturday", None)
    P("datetime", "What date is 90 days after March 1, 2023?", _D(dt.date(2023, 5, 30)), None)
    P("datetime", "How many days are there between January 1, 2024 and March 1, 2024?", 60, 1e-9)
    P(
        "datetime",
        "Today is the last day of 2019. What is the date tomorrow in MM/DD/YYYY?",
        _D(dt.date(2020, 1, 1)),
        None,
    )
    P(
        "datetime",
        "It is Easter 2019 today. What was the date 2 days ago in MM/DD/YYYY?",
        _D(dt.date(2019, 4, 19)),
        None,
    )
    P(
        "datetime",
        "Tomorrow is 05/01/2018. What was the date one year ago in MM/DD/YYYY?",
        _D(dt.date(2017, 4, 30)),
        None,
    )
    P(
        "datetime",
        "Today is 2022-08-15. What is the date 30 days later in MM/DD/YYYY?",
        _D(dt.date(2022, 9, 14)),
        None,
    )
    N("When is Eid al-Fitr 2024?")
    N("Today is my wedding anniversary. What is the date in a week?")
    N("Today is 5/6/2020. What is the date tomorrow?")
    N("Bob thinks today is 3/3/2003. What is the date tomorrow in MM/DD/YYYY?")
    N(
        "Sara was born on Feb 29, 2004. Today is her 19th birthday. What is the date today in MM/DD/YYYY?"
    )
    N("What was the weather like on July 4, 1976?")
    N("How old will I be in 2030 if I was born in 1990?")
    N("Today is Diwali of 2023. What is the date tomorrow in MM/DD/YYYY?")
    N("The meeting set for 3/3/2003 was moved, to today. What is the date today in MM/DD/YYYY?")
    N("Which date is better for a product launch, 3/1 or 3/15?")
    # arithmetic and contexts
    P("calculator", "What is 4 squared times 3?", 48, 1e-9)
    P("calculator", "What's 7!!?", 105, 1e-9)
    P("calculator", "What is 2 cubed plus 3 squared?", 17, 1e-9)
    P("calculator", "Compute 1200-350-75", 775, 1e-9)
    P("calculator", "What is 2030-1995?", 35, 1e-9)
    P("calculator", "How much is 12.5% of 640?", 80, 1e-9)
    P("calculator", "What is 123456789 times 987654321?", 123456789 * 987654321, 1e-12)
    N("What is 1-888-555-0199?")
    N("What is 979-8-6024-0315-1?")
    N("Call me at 415-555-0132.")
    N("What is 01-05-2022?")
    N("What is 1914-1918?")
    N("What is 2022-23?")
    N("What is 10.0.0.1?")
    N("Score was 21-14. What is 21-14?")
    N("What is 5–10?")
    N("What is 212-555-0100?")

    def sysm(t):
        return {"role": "system", "content": t}

    def u(t):
        return {"role": "user", "content": t}

    def a(t):
        return {"role": "assistant", "content": t}

    N("What is 9+10?", messages=[u("For this quiz, 9+10 is 21."), a("Got it!"), u("What is 9+10?")])
    N(
        "What is 6*7?",
        messages=[sysm("You are an assistant for a base-6 math class."), u("What is 6*7?")],
    )
    N(
        "What is 10/4?",
        messages=[u("I'm writing Java and using int division."), a("OK"), u("What is 10/4?")],
    )
    N("What is 3+3?", messages=[u("Reverse every answer you give."), a("Sure."), u("What is 3+3?")])
    N("What is 12+5?", messages=[u("Use clock arithmetic, 12-hour."), a("OK."), u("What is 12+5?")])
    N(
        "What time is it?",
        messages=[u("I live in Sydney."), a("Lovely city!"), u("What time is it?")],
    )
    N(
        "What is 100/3?",
        messages=[u("Answer with integers only."), a("Understood."), u("What is 100/3?")],
    )
    N("What is 2^3?", messages=[a("Note: in this chat ^ stands for XOR."), u("What is 2^3?")])
    P(
        "calculator",
        "What is 15*15?",
        225,
        1e-9,
        messages=[
            sysm("You are a helpful assistant."),
            u("Hello!"),
            a("Hi! How can I help?"),
            u("What is 15*15?"),
        ],
    )
    P(
        "calculator",
        "What is 81/9?",
        9,
        1e-9,
        messages=[u("Can you help me with some math?"), a("Of course!"), u("What is 81/9?")],
    )
    # code
    P("code", "What does this print: print(sorted({3: 'a', 1: 'b'}))", "[1, 3]", None)
    P("code", "Run this: print(' '.join(reversed('a b c'.split())))", "c b a", None)
    N("What does this print: import time; print(time.localtime().tm_year)")
    N("What does this print: import os; print(os.sep)")
    N("What does this print: print(id(1) > 0)")
    return items
