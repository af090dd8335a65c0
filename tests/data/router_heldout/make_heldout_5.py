"""Generate heldout-2026-12-08.jsonl: a fifth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only issue 13, bench/router.py and bench/grading.py (how a JSONL set is read and
graded) and make_heldout_4.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its table of exact conversion factors with their sources and its date helpers
(nth weekday, Easter). Nothing under router/, tools/, docs/ or tests/ (other than that one
generator) was read, no held-out JSONL file was opened, no commit history was looked at, and the
router was never run on this set. Every query here is newly written; `main()` asserts that none
equals (case-insensitively) a query of make_heldout_4.py, make_heldout_3.py, make_heldout_2.py or
make_heldout.py, whose items are built in memory by importing those generators (their queries
are never printed).

What is new here is the spread of phrasing rather than the arithmetic: registers (terse,
chatty, formal, non-native English, typos), frames (imperatives, statements to complete, a
context sentence before the question, markdown, LaTeX, code fences or quotes around the
expression, a greeting before the question), quantities (large and small numbers, commas as
thousands separators, negative numbers, scientific notation), date questions that state "today"
in their own text (no item relies on a real clock: none sets "now"), and unit conversions written
with full names, symbols and SI prefixes, compound units and chained conversions. The negatives
look exact but need the model: identifiers (phone numbers, part and product codes, dates used as
names, versions, scores, coordinates, IP addresses, scripture references, ratios), numbers that
need knowledge (densities, molar masses, distances) or live data (prices, exchange rates),
explanations and teaching, code to write, word problems with missing facts or needing
interpretation (riddles, puzzles, estimates), ambiguous notation (6/2(1+2), 2^3^2, decimal
commas, sin 30, log 100), units whose reading is ambiguous or set by context (pints, tons,
gallons in the UK, horsepower, calories), and conversations (field "messages") whose earlier turns
change what the last question means (notation, bases, modular arithmetic, programming-language
semantics, custom units and calendars, a value the last turn refers back to, instructions on
the answer's form, a pretend date).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on borderline
items, "note" (why the item got its label).

Labels: "positive:calculator", "positive:units", "positive:datetime" and "negative".
Tolerances (as in make_heldout_4.py): 1e-6 relative for calculator and date numbers and for
exact unit results, 1e-3 for unit results a tool may round. Dates are expected as ISO
"YYYY-MM-DD" (the grader accepts any common written form), weekdays as the English name
(substring match), everything else as a number (the grader reads the LAST number in the answer).
No positive asks for a result in a unit written with a power, as a clock time or as a fraction
"a/b", and no positive result is a repeating decimal a tool would have to round: each expects a
single number whose natural display ends the answer. Cups, tablespoons and fluid ounces are kept
out of the positives (US customary and US "legal" nutrition-label sizes differ by more than the
1e-3 tolerance); where a positive uses gallons or quarts it says "US".

Every expected value is computed below: fractions.Fraction / decimal.Decimal for arithmetic,
datetime/calendar for dates, and exact conversion factors typed from their definitions.
Sources of the factors (the same table as make_heldout_4.py):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 acre = 43 560 ft^2; 1 ha = 10 000 m^2
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 US gal = 231 in^3 = 3.785 411 784 L exactly; 1 US liquid qt = 1/4 gal
    standard gravity g_n = 9.806 65 m/s^2 exactly (3rd CGPM, 1901); 1 lbf = 1 lb * g_n;
      1 psi = 1 lbf/in^2; 1 ft*lbf = 1 ft * 1 lbf
    1 atm = 101 325 Pa exactly; 1 bar = 100 000 Pa exactly
    1 mmHg (conventional) = 13.5951 g/cm^3 * 1 mm * g_n = 133.322 387 415 Pa
    1 nautical mile = 1852 m exactly; 1 kWh = 3.6 MJ
  SI Brochure, 9th edition (2019): the SI prefixes (da = 10, h = 100, d = 0.1, c = 0.01,
    m, u, n, p, k, M, G, T); c = 299 792 458 m/s exactly; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32
  IEC 80000-13 (2008): binary prefixes, 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB;
    1 byte = 8 bits
  IAU Julian year = 365.25 d of 86 400 s, so
    1 ly = 365.25 * 86 400 s * c = 9 460 730 472 580 800 m exactly
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_5.py   (writes the JSONL next to
this file)
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import json
import math
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-08.jsonl"
PREFIX = "ho5-"
EARLIER = ("make_heldout.py", "make_heldout_2.py", "make_heldout_3.py", "make_heldout_4.py")

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    n = sum(1 for i in items if i["family"] == family and i["label"] == label) + 1
    kind = label.split(":")[-1]
    item = {
        "id": f"{PREFIX}{kind}-{family}-{n:02d}",
        "query": query,
        "label": label,
        "expected": expected,
        "tolerance": tol,
        "family": family,
    }
    item.update(extra)
    items.append(item)


def num(x):
    """Exact Fraction -> int when whole, else the nearest float."""
    if isinstance(x, float):
        return x
    x = F(x)
    if x.denominator == 1:
        return int(x)
    return float(x)


def dec(s):
    """A decimal literal as an exact Fraction (so 184.60 is exactly 18460/100)."""
    return F(Decimal(s))


def pct(p):
    return F(Decimal(str(p))) / 100


def terminates(x):
    """True when the exact value has a finite decimal expansion (denominator 2^a 5^b)."""
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("12.5") == F(1, 8)
assert terminates(F(1, 8)) and not terminates(F(1, 3))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    assert terminates(value), query  # no repeating decimals a tool would round
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# terse
calc("terse", "7.25*16", dec("7.25") * 16)
calc("terse", "sqrt 1764", 42)
assert 42**2 == 1764
calc("terse", "19^3", 19**3)
calc("terse", "-48/-6+2.5", F(-48, -6) + dec("2.5"))

# chatty
calc("chatty", "ok so random q but whats 365 times 24 lol", 365 * 24)
calc("chatty", "ugh my brain is fried. 1,250 divided by 8??", F(1250, 8))
calc(
    "chatty",
    "Quick sanity check before I send this invoice: 14 hours at $62.50 an hour comes to how much?",
    14 * dec("62.50"),
)

# non-native English
calc("non-native", "Please how much is 45 multiply by 12?", 45 * 12)
calc("non-native", "What is the result of 1000 minus 387, thank you.", 1000 - 387)

# typos
calc("typos", "waht is 84 divded by 12", F(84, 12))
calc("typos", "calcualte 2.5 tiems 40", dec("2.5") * 40)

# formal register
calc("formal", "Kindly compute the product of 128 and 0.375.", 128 * dec("0.375"))
calc(
    "formal",
    "Please evaluate the following expression: (2.5 + 3.75) × 8.",
    (dec("2.5") + dec("3.75")) * 8,
)

# imperatives
calc("imperative", "Multiply 64 by 1.5, then subtract 17.", 64 * dec("1.5") - 17)
calc("imperative", "Take 2,048, halve it three times, and tell me the result.", F(2048, 2**3))

# statements to complete
calc("statement", "The sum of 4,567 and 8,910 is", 4567 + 8910)
calc("statement", "Twelve squared minus twelve equals ___", 12**2 - 12)

# a context sentence before the question
calc(
    "context-first",
    "We're four people and the restaurant bill is $184.60. Splitting it evenly, what does "
    "each of us pay?",
    dec("184.60") / 4,
)
calc(
    "context-first",
    "My car went 378 km on 31.5 litres of fuel. How many kilometres per litre is that?",
    378 / dec("31.5"),
)

# markdown, LaTeX, code fences, quotes
calc("markup", "What is `3 * (14 - 5) ** 2`?", 3 * (14 - 5) ** 2)
calc("markup", "Evaluate **48 ÷ 0.6**", 48 / dec("0.6"))
calc("markup", 'Compute "(9 + 6) / 5" for me', F(9 + 6, 5))
calc("markup", "What does $\\frac{3}{4} \\times 96$ equal?", F(3, 4) * 96)
calc("markup", "```\n125 * 8 - 1\n```\nresult?", 125 * 8 - 1)

# after a greeting
calc("greeting", "Good morning! Could you tell me what 7% of 2,400 is?", pct(7) * 2400)

# large and small numbers
calc("large-numbers", "What is 123,456,789 × 9?", 123456789 * 9)
calc("large-numbers", "Compute 2^64.", 2**64)
calc("small-numbers", "0.0004 × 0.25", dec("0.0004") * dec("0.25"))
calc("small-numbers", "What is 0.003 divided by 0.15?", dec("0.003") / dec("0.15"))

# negative numbers
calc("negative-numbers", "(-7) - (-12)", (-7) - (-12))
calc(
    "negative-numbers",
    "What's -3 to the power of 3?",
    (-3) ** 3,
    note="(-3)^3 and -(3^3) are both -27, so the sign convention does not matter",
)
assert (-3) ** 3 == -(3**3)
calc("negative-numbers", "−250 + 75 − 30", -250 + 75 - 30)

# scientific notation
calc("scientific", "(6.02e23) / (2e3)", dec("6.02e23") / dec("2e3"))
calc("scientific", "What's 4.5 × 10^6 times 2 × 10^-3?", dec("4.5") * 10**6 * 2 * F(1, 1000))
calc("scientific", "3e8 * 2.5e-9 = ?", dec("3e8") * dec("2.5e-9"))

# commas as thousands separators
calc("thousands-separators", "1,234.5 + 8,765.5", dec("1234.5") + dec("8765.5"))

# percentages and other one-liners
calc("percentage", "18 is what percentage of 80?", F(18, 80) * 100)
calc("percentage", "Increase 640 by 12.5%.", 640 * (1 + pct("12.5")))
calc("number-theory", "What's the greatest common divisor of 84 and 126?", math.gcd(84, 126))
calc("rounding", "Round 2.71828 to 3 decimal places.", dec("2.718"))
calc("averages", "Average of -4, 10, 3.5 and 6.5", (-4 + 10 + dec("3.5") + dec("6.5")) / 4)
calc("word-problem", "A crate holds 24 bottles. How many bottles are in 17 crates?", 24 * 17)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
ACRE = 43560 * FT * FT  # m^2
HECTARE = F(10000)  # m^2
NMI = F(1852)  # m
LB = F(45359237, 10**8)  # kg
GAL_L = F(3785411784, 10**9)  # L
QT_L = GAL_L / 4
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
FT_LBF = FT * LBF  # J
ATM = F(101325)  # Pa
BAR = F(100000)  # Pa
MMHG = F(135951, 10000) * 1000 * F(1, 1000) * G0  # rho (kg/m^3) * h (m) * g_n = Pa
KWH = F(3600000)  # J
C_LIGHT = F(299792458)  # m/s
LY = F(36525, 100) * 86400 * C_LIGHT  # m
HOUR = 3600  # s

# sanity checks of the factors against published values
assert GAL_L == 231 * (IN * 10) ** 3  # 231 in^3, in dm^3 = L
assert ACRE == F(40468564224, 10**7)  # 4046.856 422 4 m^2
assert MMHG == F(133322387415, 10**9)  # 133.322 387 415 Pa
assert abs(LBF - F(44482216, 10**7)) < F(1, 10**7)  # 4.448 221 6 N
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)  # 6894.757 3 Pa
assert abs(FT_LBF - F(13558179, 10**7)) < F(1, 10**7)  # 1.355 818 J
assert LY == 9460730472580800  # IAU light-year, m
assert MI == F(1609344, 1000)


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - F(27315, 100)


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and k_to_c(F(27315, 100)) == 0

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    assert value != 0
    add("positive:units", family, query, num(value), tol, **extra)


# SI prefixes written in full
unit("si-prefix-names", "How many millilitres are in 2.75 litres?", dec("2.75") * 1000, EXACT)
unit("si-prefix-names", "Convert 4.2 hectopascals to pascals.", dec("4.2") * 100, EXACT)
unit("si-prefix-names", "7 decanewtons is how many newtons?", 7 * 10, EXACT)
unit("si-prefix-names", "0.8 megahertz in kilohertz", dec("0.8") * 1000, EXACT)
unit("si-prefix-names", "Express 2,500 milliamperes in amperes.", F(2500, 1000), EXACT)
unit("si-prefix-names", "How many millimoles are there in 0.35 moles?", dec("0.35") * 1000, EXACT)
unit("si-prefix-names", "What is 12 kilocandelas in candelas?", 12 * 1000, EXACT)

# SI prefixes as symbols
unit("si-prefix-symbols", "12 kN → N", 12 * 1000, EXACT)
unit("si-prefix-symbols", "450 mg in g", F(450, 1000), EXACT)
unit("si-prefix-symbols", "1.2 MPa = ? kPa", dec("1.2") * 1000, EXACT)
unit("si-prefix-symbols", "3 µs in ns", 3 * 1000, EXACT)

# US customary and imperial
unit("customary", "Convert 6 feet 2 inches to centimetres.", (6 * FT + 2 * IN) * 100, EXACT)
unit("customary", "How many pounds is 68 kilograms?", 68 / LB)
unit("customary", "How many litres are 3 US liquid quarts?", 3 * QT_L)
unit("customary", "18 nautical miles in kilometres", 18 * NMI / 1000, EXACT)
unit("customary", "How many acres is 2 hectares?", 2 * HECTARE / ACRE)
unit("customary", "Convert 1,609.344 metres to miles.", dec("1609.344") / MI, EXACT)

# temperatures
unit("temperature", "Convert 451 degrees Fahrenheit to Celsius.", f_to_c(451))
unit("temperature", "300 K in °F", c_to_f(k_to_c(300)))
unit("temperature", "What's −18 °C in Fahrenheit?", c_to_f(-18))

# compound units (products, quotients, powers in the source unit)
unit("compound", "60 miles per hour in metres per second", 60 * MI / HOUR, EXACT)
unit("compound", "30 psi in kPa", 30 * PSI / 1000)
unit("compound", "2 atm in mmHg", 2 * ATM / MMHG)
unit("compound", "Convert 250 newton-metres of torque to pound-feet.", 250 / FT_LBF)
unit(
    "compound", "350 g/L in mg/mL", 350 * F(1000, 1) / F(1000, 1), EXACT
)  # g/L = 1000 mg / 1000 mL
unit("compound", "How many megapascals is 250 N/mm²?", F(250) / (F(1, 1000) ** 2) / 10**6, EXACT)

# data sizes (binary prefixes are unambiguous)
unit("data", "How many MiB in 3 GiB?", 3 * 1024, EXACT)

# statements to complete
unit("statement", "Expressed in millimetres, 0.37 metres is", dec("0.37") * 1000, EXACT)
unit("statement", "Fill in the blank: 9 decalitres = ___ litres", 9 * 10, EXACT)

# non-native English and typos
unit("non-native", "how many kilo is 5 pound?", 5 * LB)
unit("non-native", "Please to convert 2 mile in kilometre", 2 * MI / 1000, EXACT)
unit("typos", "convertt 12 inchs to centimeter pls", 12 * IN * 100, EXACT)

# chained and with context
unit("chained", "How many centimetres in 3 yards?", 3 * YD * 100, EXACT)
unit(
    "context-first",
    "I'm filling a 20-gallon aquarium (US gallons). How many litres of water is that?",
    20 * GAL_L,
)
unit("context-first", "Our fridge is 178 cm tall. In feet, how tall is it?", F(178, 100) / FT)
unit("greeting", "Hello! quick one: 72 °F in °C?", f_to_c(72))
unit("markup", "Convert `42 mi` to km", 42 * MI / 1000, EXACT)

# scientific notation, very large and very small
unit("scientific", "3.0e8 m/s in km/h", dec("3.0e8") * HOUR / 1000, EXACT)
unit("scientific", "Convert 2.5e-6 m to micrometres", dec("2.5e-6") * 10**6, EXACT)
unit("scientific", "6.5 × 10^4 pascals in bar", dec("6.5") * 10**4 / BAR, EXACT)
unit("small-numbers", "0.000045 km in mm", dec("0.000045") * 1000 * 1000, EXACT)
unit(
    "large-numbers",
    "How many kilometres are in 1.5 light-years?",
    dec("1.5") * LY / 1000,
    note="light-year taken as the IAU (Julian-year) light-year",
)

# =========================================================================== dates
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def nth_weekday(year, month, wd, n):
    """The n-th weekday `wd` (0 = Monday) of a month; n = -1 for the last one."""
    days_ = [D(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    hits = [d for d in days_ if d.weekday() == wd]
    return hits[n - 1] if n > 0 else hits[n]


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return D(year, month, day)


def thanksgiving_us(year):
    return nth_weekday(year, 11, THU, 4)


def add_months(d, n):
    """Same day-of-month n months later; raises where that day does not exist."""
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, d.day)


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


# sanity checks of the helpers against known dates
assert easter(2024) == D(2024, 3, 31) and easter(2025) == D(2025, 4, 20)
assert thanksgiving_us(2026) == D(2026, 11, 26)
assert nth_weekday(2027, 9, MON, 1) == D(2027, 9, 6)
assert weekday(D(1969, 7, 20)) == "Sunday"
assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
assert dt.datetime.fromtimestamp(2_000_000_000, dt.UTC).date() == D(2033, 5, 18)


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    elif isinstance(expected, (int, F)):
        assert expected != 0
        expected = num(expected)
    tol = 1e-6 if isinstance(expected, (int, float)) else None
    add("positive:datetime", family, query, expected, tol, **extra)


# day of the week, in several registers
date_item("weekday", "What day of the week was 14 July 1789?", weekday(D(1789, 7, 14)))
date_item("weekday", "Which weekday is Christmas Day 2031?", weekday(D(2031, 12, 25)))
date_item(
    "formal",
    "Kindly state the day of the week on which 1 January 2040 falls.",
    weekday(D(2040, 1, 1)),
)
date_item("weekday", "What weekday will 29 February 2032 be?", weekday(D(2032, 2, 29)))
date_item("markup", "Date: **2027-09-17**. What weekday is that?", weekday(D(2027, 9, 17)))
date_item("typos", "wat day of week is 3rd of august 2029", weekday(D(2029, 8, 3)))
date_item(
    "weekday",
    "Ana was born on the last day of February 2012. What weekday was she born on?",
    weekday(D(2012, 3, 1) - TD(1)),
)

# offsets from a "today" stated in the text
date_item(
    "today-stated",
    "Today is 2026-12-08. What's the date 100 days from now?",
    D(2026, 12, 8) + TD(100),
)
date_item(
    "today-stated",
    "Today is 03/15/2027 (MM/DD/YYYY). What will the date be 45 days later? Answer in MM/DD/YYYY.",
    D(2027, 3, 15) + TD(45),
)
date_item(
    "today-stated",
    "Date today: 28/02/2028 (day/month/year). What's tomorrow's date?",
    D(2028, 2, 28) + TD(1),
)
assert D(2028, 2, 28) + TD(1) == D(2028, 2, 29)
date_item(
    "non-native",
    "Today is 5 of march 2027. Which date is it after 3 weeks?",
    D(2027, 3, 5) + TD(weeks=3),
)
date_item(
    "typos",
    "todays date is dec 8 2026, whats the date in 2 weeks and 3 days",
    D(2026, 12, 8) + TD(weeks=2, days=3),
)
date_item(
    "greeting",
    "Hey! hope ur well :) today's 2026-12-08 — what day of the week is new year's day 2027?",
    weekday(D(2027, 1, 1)),
)
_today = D(2026, 12, 8)
assert weekday(_today) == "Tuesday"
_next_fri = next(_today + TD(k) for k in range(1, 8) if (_today + TD(k)).weekday() == FRI)
date_item(
    "today-stated",
    "It's Tuesday, 8 December 2026. What is the date of the first Friday after today?",
    _next_fri,
)
date_item(
    "today-stated",
    "Today is New Year's Eve 2026. Give the date 60 days from today as DD/MM/YYYY.",
    D(2026, 12, 31) + TD(60),
)
date_item("offset", "What date was 1,000 days before 2027-01-01?", D(2027, 1, 1) - TD(1000))
date_item(
    "offset",
    "Counting forward 12,345 days from 1 January 2000, which date do you land on?",
    D(2000, 1, 1) + TD(12345),
)
assert weekday(D(2027, 6, 7)) == "Monday"
date_item(
    "statement",
    "Exactly 8 weeks after Monday 7 June 2027 is the date",
    D(2027, 6, 7) + TD(weeks=8),
)
date_item("offset", "What date is 6 months after 31 January 2027?", add_months(D(2027, 1, 31), 6))
date_item(
    "today-stated",
    "If today were 2027-07-04, what would the date be 18 months from today?",
    add_months(D(2027, 7, 4), 18),
)

# spans between dates
date_item(
    "between",
    "How many days lie between 1 March 2027 and 1 March 2028?",
    days(D(2027, 3, 1), D(2028, 3, 1)),
)
assert days(D(2027, 1, 4), D(2027, 6, 28)) % 7 == 0
date_item(
    "between",
    "How many weeks are there from 2027-01-04 to 2027-06-28?",
    days(D(2027, 1, 4), D(2027, 6, 28)) // 7,
)
date_item(
    "between",
    "How many days from Halloween 2026 to Christmas Day 2026?",
    days(D(2026, 10, 31), D(2026, 12, 25)),
)
date_item(
    "between",
    "How many hours are there from 2027-03-01 00:00 to 2027-03-03 12:00?",
    int((dt.datetime(2027, 3, 3, 12) - dt.datetime(2027, 3, 1)).total_seconds() // 3600),
    note="no time zone is named and no DST change falls on 1-3 March 2027 in any zone that "
    "changes in March (they change on 14 or 28 March)",
)
assert nth_weekday(2027, 3, SUN, 2) == D(2027, 3, 14)  # US DST start
assert nth_weekday(2027, 3, SUN, -1) == D(2027, 3, 28)  # EU summer time start
date_item(
    "today-stated",
    "Today is November 30, 2026. How many days until Christmas?",
    days(D(2026, 11, 30), D(2026, 12, 25)),
)
date_item(
    "today-stated",
    "Today is 2027-11-01. How many days is it until US Thanksgiving?",
    days(D(2027, 11, 1), thanksgiving_us(2027)),
)
date_item(
    "between",
    "How many days are left in 2027 after October 15, 2027?",
    days(D(2027, 10, 15), D(2027, 12, 31)),
)
date_item(
    "formal",
    "Formal request: please state the number of days elapsed between 1 January 1970 and "
    "1 January 2000.",
    days(D(1970, 1, 1), D(2000, 1, 1)),
)

# holidays with fixed or computable dates
date_item("holiday", "On what date does Western (Gregorian) Easter fall in 2030?", easter(2030))
date_item("holiday", "Thanksgiving in the US in 2027 — which date?", thanksgiving_us(2027))
date_item(
    "holiday", "What's the date of the last Monday of May 2027?", nth_weekday(2027, 5, MON, -1)
)
date_item("holiday", "What day of the week is US Independence Day in 2029?", weekday(D(2029, 7, 4)))
date_item(
    "holiday",
    "Today is Easter Sunday 2027. What was the date 2 days ago?",
    easter(2027) - TD(2),
)

# calendar facts
date_item("calendar", "What's the last day of February 2100?", D(2100, 3, 1) - TD(1))
assert not calendar.isleap(2100)
date_item(
    "calendar",
    "How many Fridays are there in 2027?",
    sum(1 for k in range(365) if (D(2027, 1, 1) + TD(k)).weekday() == FRI),
)
date_item("calendar", "Today is the 200th day of 2027. What's the date?", D(2027, 1, 1) + TD(199))
date_item(
    "calendar", "Which day of the year is 31 December 2028?", D(2028, 12, 31).timetuple().tm_yday
)

# ages, timestamps, deadlines
date_item(
    "age",
    "I was born on 15 June 1990 and today is 14 June 2027. How old am I?",
    age(D(1990, 6, 15), D(2027, 6, 14)),
)
date_item(
    "age",
    "Grandpa was born 2 Jan 1938; today is 8 Dec 2026. How old is he in years?",
    age(D(1938, 1, 2), D(2026, 12, 8)),
)
date_item(
    "timestamp",
    "Convert Unix timestamp 1,800,000,000 to a UTC calendar date.",
    dt.datetime.fromtimestamp(1_800_000_000, dt.UTC).date(),
)
date_item(
    "context-first",
    "My passport was issued on 12 August 2019 and is valid for exactly 10 years. On what date "
    "does the 10-year mark fall?",
    D(2029, 8, 12),
)
assert weekday(D(2027, 1, 4)) == "Monday"
date_item(
    "context-first",
    "Our sprint started Monday, 4 January 2027 and lasts 14 days including the start day. "
    "What date is the last day of the sprint?",
    D(2027, 1, 4) + TD(14 - 1),
)

# =========================================================================== conversations
U, A, S = "user", "assistant", "system"


def conv_pos(label, family, turns, expected, tol):
    msgs = [{"role": r, "content": c} for r, c in turns]
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    add(label, family, msgs[-1]["content"], expected, tol, messages=msgs)


conv_pos(
    "positive:calculator",
    "conv-harmless",
    [
        (S, "You are a friendly assistant for a neighbourhood bakery."),
        (U, "Fifteen croissants at 2.40 each — what's the total?"),
    ],
    num(15 * dec("2.40")),
    CALC_TOL,
)
conv_pos(
    "positive:calculator",
    "conv-harmless",
    [
        (U, "Thanks for explaining compound interest earlier!"),
        (A, "You're welcome — happy to help."),
        (U, "Unrelated: what's 1.05 to the power of 3?"),
    ],
    num(dec("1.05") ** 3),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "Planning a hike in Colorado next summer."),
        (A, "Great choice! Acclimatise for a day or two before going high."),
        (U, "How many metres is 14,000 feet?"),
    ],
    num(14000 * FT),
    EXACT,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [(S, "Answer concisely."), (U, "5 kg in pounds?")],
    num(5 / LB),
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "I'm writing a cover letter and want the date right."),
        (A, "Sure — what do you need?"),
        (U, "What day of the week is 2026-12-08?"),
    ],
    weekday(D(2026, 12, 8)),
    None,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "My visa starts in February."),
        (A, "Okay! Anything you want to work out?"),
        (U, "What date is 90 days after 2027-02-01?"),
    ],
    D(2027, 2, 1) + TD(90),
    None,
)

# =========================================================================== negatives
# (query, note) pairs; note is None when the label needs no explanation.
NEG = {
    "phone": [
        ("What's 0300 123 3000?", None),
        ("Who picks up when you dial 1-866-555-0147?", None),
        ("whose number is 020 7946 0958", None),
        ("What is 112?", "the European emergency number, not an arithmetic question"),
        ("+44 20 7946 0000 — which country is this?", None),
        ("My bank called me from 0345-300-0000, is that legit?", None),
        ("What is 1-877-726-4727?", "a phone number written with dashes"),
    ],
    "product-code": [
        ("What is SKU 4409-22-A?", None),
        ("Is the 74HC595 still in production?", None),
        ("What size is a 6205-2RS bearing?", None),
        ("What does 5W-30 mean on motor oil?", None),
        ("What is a 10-32 x 1/2 screw?", "a screw specification, not a product"),
        ("What's the actual size of a 2x4?", "lumber nominal vs actual size is knowledge"),
        ("What's a 1/4-20 thread used for?", None),
        ("What tyre is 225/45R17?", None),
        ("My router is model AX-1800/2.4 — is it dual band?", None),
    ],
    "date-as-name": [
        ("What happened on 11-11-1918?", None),
        ("What's special about 3/14?", None),
        ("Tell me about the 7/7 bombings.", None),
        ("Why is 4/20 associated with cannabis?", None),
        ("Who performed at the 12-12-12 concert?", None),
        ("Who won the 1995-96 NBA championship?", None),
        ("What's the story behind the band name Blink-182?", None),
    ],
    "version": [
        ("What changed from Python 3.11 to 3.12?", None),
        (
            "Is version 2.10 newer than 2.9?",
            "version ordering (2.10 > 2.9), not decimal comparison",
        ),
        ("Does Node 20.11.1 have native fetch?", None),
        ("Going from 1.4.2 to 1.5.0 — is that a breaking change under semver?", None),
        ("What's new in iOS 17.5 compared to 17.4?", None),
        ("Is Django 4.2 an LTS release?", None),
        ("Is a Java 8 - 11 migration hard?", "a range of versions, not a subtraction"),
        ("Is HTTP/2 faster than HTTP/1.1?", None),
    ],
    "score": [
        ("The match ended 3-1. Who won?", None),
        ("Spurs 2 - 2 Chelsea, was it a good game?", None),
        ("What does 6-4, 3-6, 7-6 mean in a tennis result?", None),
        ("Is 147 the maximum break in snooker?", None),
        ("What does 4-3-3 mean in football tactics?", None),
        (
            "Lakers 112 - 104 Celtics: did the Lakers cover a -6.5 spread?",
            "needs betting conventions; the numbers are a score and a line",
        ),
        ("Is a 2:1 degree good in the UK?", None),
    ],
    "coordinates": [
        ("What is at 48.8584, 2.2945?", None),
        ("Where is 35.6762° N, 139.6503° E?", None),
        ("Is -33.8688, 151.2093 in Australia?", None),
        (
            "How far is 40.7128 N, 74.0060 W from 51.5074 N, 0.1278 W in km?",
            "great-circle distance depends on the Earth model chosen; not a single exact value",
        ),
        ("What timezone is 19.4326, -99.1332 in?", None),
        ("Which country contains 64.1466 N 21.9426 W?", None),
    ],
    "network": [
        ("What does 192.168.1.0/24 mean?", None),
        ("Is 10.0.0.256 a valid IP address?", None),
        ("Why use port 8443 instead of 443?", None),
        ("Is 255.255.255.0 the same as /24?", None),
        ("What's 2001:db8::1 used for?", None),
        ("My IP is 172.16.5.4 — is it private?", None),
    ],
    "ratio-or-reference": [
        ("Quote Romans 8:28 for me.", None),
        ("Explain Psalm 23:4.", None),
        ("What does a 16:9 aspect ratio mean?", None),
        ("Is 3:2 better than 4:3 for photos?", None),
        ("What are 5/2 odds in decimal?", "betting-odds convention, not a division the user wants"),
        ("My blood pressure reading was 135/85 — should I worry?", None),
        ("I got 27/30 on my test — is that an A?", "the grading scale is not given"),
        ("What does 20/20 vision mean?", None),
        ("What is 1:43 scale?", None),
    ],
    "needs-facts": [
        ("How tall is Mount Kilimanjaro in feet?", "a conversion of a fact the tool lacks"),
        ("At what temperature in °F does acetone boil?", "needs the boiling point"),
        ("How many km from Paris to Berlin?", None),
        ("What is the speed of sound in mph?", "depends on medium and temperature"),
        ("How many grams in a mole of NaCl?", "needs molar masses"),
        ("Convert 2 moles of water to grams.", "needs the molar mass of water"),
        ("How much does 1 litre of honey weigh in kg?", "needs the density of honey"),
        ("How many grams is one cup of flour?", "volume to mass needs a density"),
        ("How many tablespoons is 100 g of butter?", "mass to volume needs a density"),
        (
            "How many joules does it take to heat 1 L of water from 20 °C to 100 °C?",
            "needs the specific heat of water",
        ),
        ("Convert 100 km/h to Mach.", "Mach depends on the local speed of sound"),
        ("What's twice the number of bones in an adult human?", "needs the count of bones"),
        ("How many legs do 3 spiders and 2 ants have altogether?", "needs leg counts"),
        ("What's the half-life of carbon-14 in days?", "needs the half-life"),
    ],
    "live-data": [
        ("What's 100 USD in EUR right now?", "exchange rates are live data"),
        ("How much is 1 BTC in dollars today?", None),
        ("Convert £45 to dollars.", "currency conversion needs a live rate"),
        ("How many yen is €300?", "currency conversion needs a live rate"),
        ("What's the temperature in Oslo in Celsius?", None),
        ("What's the current price of gold per ounce?", None),
        ("Is flight BA 2490 delayed?", None),
        ("What's Apple's stock price times 10?", None),
    ],
    "date-knowledge": [
        ("What's the date of Holi in 2029?", "lunisolar festival; needs a calendar table"),
        ("What date is Chinese New Year in 2030?", "lunisolar; needs a calendar table"),
        ("When does Ramadan start in 2028?", "depends on the lunar calendar and sighting"),
        ("When is Mother's Day?", "country and year missing"),
        ("how many sleeps till my bday", "the birthday and today are not given"),
        ("When is the next full moon?", None),
        (
            "How many working days are in March 2027 in Germany?",
            "public holidays vary by federal state",
        ),
        (
            "How many business days are there between 2027-01-04 and 2027-01-29?",
            "whether holidays (e.g. US MLK Day, 18 Jan 2027) count is not stated",
        ),
        ("What time is 3pm PST in London?", "GMT or BST depends on a date that is not given"),
        ("How old would Einstein be today?", "needs the real date and a fact"),
        ("How many years ago did the Titanic sink?", "needs the real date and a fact"),
        ("What date is Labor Day?", "country and year missing"),
    ],
    "explanation": [
        ("Why is 0.1 + 0.2 not exactly 0.3 in floating point?", None),
        ("Explain how to convert Celsius to Fahrenheit.", None),
        ("Why do leap years have 366 days?", None),
        ("What's the difference between a US gallon and an imperial gallon?", None),
        ("How do I work out a 15% tip in my head?", None),
        ("Prove that the sum of two odd numbers is always even.", None),
        ("Explain why dividing by zero is undefined.", None),
        (
            "Walk me through multiplying 348 by 27 by hand, step by step.",
            "asks for the method; a bare product is not the answer",
        ),
        ("What is a light-year?", None),
        ("What does 1e-9 mean?", None),
    ],
    "code": [
        ("Write a Python function that returns 2**n for a given n.", None),
        ("How do I get today's date in JavaScript?", None),
        ("Regex for dates like 2026-12-08?", None),
        ("How do I format 1234567.891 with thousands separators in Python?", None),
        ("Write a JS function converting Celsius to Fahrenheit.", None),
        ("My Excel formula =SUM(A1:A10)/COUNT(A1:A10) gives #DIV/0! — why?", None),
        ("Bash one-liner to count lines in all *.csv files?", None),
        ("Translate x = 3 * (y + 2) into Rust.", None),
    ],
    "missing-facts": [
        ("A train leaves at 3 pm going 80 km/h. When does it arrive?", "distance missing"),
        ("If I save $200 a month, when can I afford a house?", None),
        ("How many litres of paint will my living room need?", None),
        ("My recipe serves 4. How much flour do I need for 10 people?", "amount missing"),
        ("Sally has 3 times as many apples as Tom. How many does Sally have?", None),
        ("How long will it take to fill my pool with a garden hose?", None),
        ("A shirt costs 20% more than the trousers. What does the shirt cost?", None),
        ("How much will I pay in tax on a salary of 55,000?", "jurisdiction and year missing"),
        ("What's my BMI if I'm 180 cm?", "weight missing"),
        ("How many 500 mg tablets should I take for a headache?", "medical advice"),
        ("I'm 5 km from the station; will I make the 8:15 train?", None),
    ],
    "interpretation": [
        ("Some months have 31 days; how many have 28?", "riddle: all twelve"),
        ("A farmer had 17 sheep and all but 9 ran away. How many are left?", "riddle wording"),
        (
            "You take 2 pears from a bowl of 5 pears. How many pears do you have?",
            "riddle wording: 2",
        ),
        (
            (
                "Half of 12 is 6, but what is half of twelve written in Roman numerals and cut "
                "horizontally?"
            ),
            "riddle: VII",
        ),
        ("What's the next number: 2, 6, 12, 20, ?", "pattern guessing has no single answer"),
        ("Make 24 using 3, 3, 8 and 8 once each.", None),
        ("Which is heavier, a kilogram of feathers or a kilogram of steel?", "trick question"),
        ("Pick a random number between 1 and 100.", "not deterministic"),
        ("Give me three numbers that add up to 100.", None),
        ("Estimate how many piano tuners work in Chicago.", None),
        ("How many r's are in 'strawberry'?", "a question about spelling"),
    ],
    "ambiguous-notation": [
        ("8 ÷ 2(2 + 2) = ?", "implied multiplication: 16 or 1 depending on convention"),
        ("What's 2^3^2?", "tower associativity differs between tools (512 or 64)"),
        ("What is -2^2?", "-4 by convention, 4 in some calculators and spreadsheets"),
        ("What's 1/2x when x = 4?", "1/(2x) or x/2"),
        ("What is 10 % 3?", "percent or modulo"),
        ("What's 7!!?", "double factorial or factorial of a factorial"),
        ("What's 1,5 + 2,5?", "decimal commas (4) or a list"),
        ("How much is 1.000 + 2.000?", "decimals (3) or dots as thousands separators (3000)"),
        ("What's sin 30?", "degrees or radians"),
        ("log 100?", "base 10 or natural log"),
        ("What's 0^0?", "convention-dependent"),
        ("What is 12/03?", "a date (Dec 3 or Mar 12) or a division"),
    ],
    "words-and-format": [
        ("Write 1234 in words.", None),
        ("How do you say 'twenty-five' in French?", None),
        ("Translate 'seven times eight is fifty-six' into Spanish.", None),
        ("What's 2027 in Roman numerals?", "a numeral system, not a calculation"),
        ("Write a haiku about 3.14.", None),
        ("Tell me a joke about the number 42.", None),
        ("Spell out 3.5 million in words.", None),
        ("Is it 'fewer than 10 items' or 'less than 10 items'?", None),
    ],
    "ambiguous-units": [
        ("How many ounces in a pint?", "US (16) or imperial (20) pint"),
        ("What's 3 tons in kilograms?", "short, long or metric ton"),
        ("How many cups are in a litre?", "US customary, US legal, metric or imperial cup"),
        (
            "I'm in London — how many litres is 10 gallons of petrol?",
            "context implies imperial gallons; a default US reading would be wrong",
        ),
        ("My British recipe says 1 pint of milk; how many ml is that?", "imperial by context"),
        ("How many horsepower is 750 W?", "mechanical or metric horsepower"),
        ("How many calories are in 1 kJ?", "small calories or food (kilo)calories"),
        ("Convert 1 barrel to litres.", "oil, US beer, US dry or imperial barrel"),
        ("How many miles is 10 leagues?", "the league has no single definition"),
    ],
    "looks-exact": [
        ("Is 180 cm tall for a woman?", None),
        ("Is 30 °C too hot for a baby's bath?", None),
        ("Is 100 km/h safe in fog?", None),
        ("Is 5'11\" above average height?", None),
        ("What is 36-24-36?", None),
        ("What's a 401(k)?", None),
        ("Convert shoe size 42 EU to US.", "sizing tables differ by brand and gender"),
        ("Is 4111 1111 1111 1111 a valid card number?", "a known test card number"),
        ("What's a 3.7 GPA as a percentage?", "no standard conversion"),
        ("Why is 1729 called the taxicab number?", None),
        ("Did the new millennium start on 1 January 2000?", "a matter of convention"),
    ],
}

for fam, pairs in NEG.items():
    for q, note in pairs:
        add("negative", fam, q, **({"note": note} if note else {}))


def conv(family, turns, note=None):
    msgs = [{"role": r, "content": c} for r, c in turns]
    extra = {"messages": msgs}
    if note:
        extra["note"] = note
    add("negative", family, msgs[-1]["content"], **extra)


# notation, bases, arithmetic systems
conv(
    "conv-notation",
    [
        (U, "In my puzzle, a # b means add the two numbers and double the result."),
        (A, "Understood — a # b = 2(a + b)."),
        (U, "What is 3 # 4?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "All numbers from now on are written in base 8."),
        (A, "Okay, octal it is."),
        (U, "What's 17 + 5?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "We're doing clock arithmetic on a 12-hour clock."),
        (A, "Sure, everything wraps around at 12."),
        (U, "what does 9 + 5 come to?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "Numbers in this chat are hexadecimal."),
        (A, "Got it."),
        (U, "What is 1F + 1?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "We're working in GF(7) for this exercise."),
        (A, "Alright, arithmetic modulo 7."),
        (U, "What's 3 / 5?"),
    ],
)
conv(
    "conv-notation",
    [
        (S, "You are MathBot for a kids' game where × means 'repeat the digit': 3 × 4 = 3333."),
        (U, "What is 5 × 3?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "let's play opposite day"),
        (A, "Okay! On opposite day every plus is a minus and every minus is a plus."),
        (U, "What's 10 plus 5?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "Let x be the number of apples Maria has."),
        (A, "Okay, x is Maria's apples."),
        (U, "What is x + 5?"),
    ],
)

# programming-language or device semantics
conv(
    "conv-language",
    [
        (U, "I'm writing Java and both variables are ints."),
        (A, "Go ahead."),
        (U, "What does 17 / 5 evaluate to?"),
    ],
)
conv(
    "conv-language",
    [
        (U, "Question about JavaScript type coercion."),
        (A, "Sure."),
        (U, "What is '5' + 3?"),
    ],
)
conv(
    "conv-language",
    [
        (U, "I'm typing this straight into an Excel cell."),
        (A, "Okay."),
        (U, "What is =-3^2?"),
    ],
    note="Excel gives 9 (unary minus binds first); plain arithmetic gives -9",
)
conv(
    "conv-language",
    [
        (U, "Debugging a Python float issue."),
        (A, "Sure, paste the expression."),
        (U, "What does 1.1 * 3 give?"),
    ],
    note="the question is what Python prints (3.3000000000000003), not the exact product",
)
conv(
    "conv-language",
    [
        (U, "My calculator is in radian mode."),
        (A, "Okay."),
        (U, "so what's sin(30) then?"),
    ],
)

# custom units and calendars
conv(
    "conv-custom-unit",
    [
        (U, "In our tabletop game, one league is 5 km and a day's march is 6 leagues."),
        (A, "Noted."),
        (U, "How many km is 4 days' march?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "For this chat, 'a mile' means a nautical mile."),
        (A, "Got it."),
        (U, "How many km is 10 miles?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "I'm in the UK, so gallons and pints are imperial for me."),
        (A, "Noted — imperial measures."),
        (U, "How many litres in 5 gallons, then?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "Our company's fiscal year starts on 1 April."),
        (A, "Okay."),
        (U, "Which fiscal quarter is 15 August 2027 in?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "On the Mars colony we count time in sols of 24 h 39 min 35 s."),
        (A, "Sounds fun."),
        (U, "How many hours are in 3 sols?"),
    ],
    note="computable only from the definition in the earlier turn",
)
conv(
    "conv-calendar",
    [
        (U, "In my novel, the hero was born in year 3 of the Second Age."),
        (A, "Interesting!"),
        (U, "How old is he in year 47?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "Let's pretend today is 1 April 2030."),
        (A, "Okay, it's 1 April 2030!"),
        (U, "What's tomorrow's date?"),
    ],
    note="the pretend date lives only in the earlier turn; a clock would answer differently",
)

# the last turn refers back to an earlier value
conv(
    "conv-refer-back",
    [
        (U, "Water boils at 100 °C at sea level."),
        (A, "Correct."),
        (U, "What's that in Fahrenheit?"),
    ],
    note="the value is only in the earlier turn",
)
conv(
    "conv-refer-back",
    [
        (U, "I have a budget of $600 for my three kids' presents."),
        (A, "That's a nice budget."),
        (U, "How much per kid if I split it evenly?"),
    ],
    note="the amounts are only in the earlier turn",
)
conv(
    "conv-refer-back",
    [
        (U, "My flight lands on 2027-03-14."),
        (A, "Safe travels!"),
        (U, "What day of the week is that?"),
    ],
    note="the date is only in the earlier turn",
)
conv(
    "conv-refer-back",
    [
        (U, "My salary went up 10% last year and down 10% this year."),
        (A, "Okay."),
        (U, "So what's my net change?"),
    ],
    note="the percentages are only in the earlier turn",
)
conv(
    "conv-refer-back",
    [
        (U, "I live in Sydney."),
        (A, "Lovely city!"),
        (U, "What time is it there when it's noon UTC on 2027-01-15?"),
    ],
    note="the place is only in the earlier turn, and the answer is a clock time",
)

# instructions on how to answer
conv(
    "conv-instructions",
    [
        (U, "Quiz me, but never tell me the answers — only hints."),
        (A, "Deal."),
        (U, "What is 17 × 23?"),
    ],
)
conv(
    "conv-instructions",
    [(S, "Always reply in Roman numerals."), (U, "What's 12 × 12?")],
)


# =========================================================================== checks and output
def _generator_queries(filename):
    """The queries of an earlier generator, built in memory by importing it."""
    spec = importlib.util.spec_from_file_location(filename[:-3], HERE / filename)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # module level builds `items`; only main() writes a file
    return {i["query"].strip().lower() for i in mod.items}


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith(PREFIX) for i in ids)
    lowered = [i["query"].strip().lower() for i in items]
    assert len(lowered) == len(set(lowered)), "duplicate queries"
    labels = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
    for i in items:
        assert i["label"] in labels, i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            assert i["expected"] is not None
            if isinstance(i["expected"], (int, float)):
                assert i["expected"] != 0 and i["tolerance"], i["id"]
                assert math.isfinite(i["expected"]), i["id"]
            else:
                e = i["expected"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(name)
    clash = sum(1 for q in lowered if q in earlier)
    assert clash == 0, f"{clash} queries equal an earlier held-out query"
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    print(f"wrote {len(items)} items to {OUT}: {by}")


if __name__ == "__main__":
    main()
