"""Generate heldout-2026-12-10.jsonl: a seventh held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_6.py, the latter ONLY for its record format, its label/tolerance/family conventions,
its table of exact conversion factors with their sources, its date helpers and the rules of its
docstring (what positives may and may not ask). Nothing under router/, tools/, docs/ or tests/
(other than that one generator) was opened, no JSONL file was opened, no commit history was
looked at, and neither the router nor the bench was ever run on this set. Every query here is
newly written by the author (none copied from make_heldout_6.py, none built from its
templates); `main()` asserts that none equals (case-insensitively, whitespace-normalised) a
query of make_heldout.py, make_heldout_2.py ... make_heldout_6.py, whose items are built in
memory by importing those generators (their queries are never printed).

Registers and frames chosen for this set: spreadsheet and work-task phrasing (cells, columns,
invoices, payroll), voice-assistant transcripts (lower case, no punctuation, numbers in words,
fillers), forum and chat posts, LaTeX and Unicode maths, mixed numbers, one-step word problems
in the style of public arithmetic benchmarks, chained percentages, GCD/LCM and factorial ratios,
non-native phrasing (including space as thousands separator), body measures in compound units
(feet+inches, stone+pounds), kitchen, weather, car, lab, jewellery, data-rate and DIY
conversions, running pace, holidays given by fixed rules (US Thanksgiving, Western Easter and
Good Friday, Christmas), n-th weekday of a month, month offsets that do not hit a month end,
Monday-to-Friday counts that explicitly ignore holidays, ISO week to date, Unix timestamps read
in UTC, and durations across midnight in a stated single time zone.

Negatives look exact but need the model: version numbers, ISBNs, IP ranges, forms and
formations, sports scores, dates used as names, live data, facts from outside the text (including
lunisolar holidays), calendar questions missing a "today" or a birth date, explanations, code,
opinions and advice (blood pressure "120/80"), estimates, puzzles, requests to check work,
numbers in words or other numeral systems, text tasks that contain numbers (sort, summarise,
translate, extract), plans and schedules, conversions that need a density, voltage, time or
molar mass that is not given, disputed notation, voice commands (timers, reminders) and
conversations (field "messages") whose earlier turns change what the last question means:
redefined operators, number bases, modular arithmetic, follow-ups asking "how did you get that?",
references to numbers fixed earlier in the chat, personas and output formats (translation
engine, JSON only, Roman numerals only, proofreader), "hints only", programming-language
semantics (JavaScript, Python's round, 8-bit overflow, Excel serial dates), fiscal quarters and
week-numbering conventions, and units fixed by an earlier turn.
Left out entirely (their grading is contested): units whose reading is ambiguous (US vs imperial
pints/gallons/cups/fluid ounces, short/long/metric tons, barrels, calories, BTU, GB vs GiB) and
calendar facts needing an explanation (dates skipped by the Gregorian reform, Julian dates).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on borderline
items, "note" (why the item got its label). No item sets "now" or "timezone": every date
question that needs a "today" states it in its own text.

Labels: "positive:calculator", "positive:units", "positive:datetime" (the calendar/dates label:
bench/router.py maps the dates tool to the kind "datetime") and "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD" (the grader accepts any
common written form), weekdays as the English name (substring match), everything else as a
number (the grader reads the LAST number in the answer). No positive asks for a result in a
unit written with a power, as a clock time or as a fraction "a/b"; no calculator, date or exact
unit result is a repeating decimal (asserted). A positive is a question whose tool answer IS the
answer: nothing else (an explanation, a judgment, a form of words) is asked for.

Every expected value is computed below: fractions.Fraction / decimal.Decimal for arithmetic,
datetime/calendar for dates and clock times, and exact conversion factors typed from their
definitions. Sources of the factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois) = 1/16 lb;
      1 stone = 14 lb; 1 grain = 64.798 91 mg exactly (1/7000 lb);
      1 troy ounce = 480 grains = 31.103 476 8 g; 1 metric carat = 200 mg
    standard gravity g_n = 9.806 65 m/s^2 exactly; 1 lbf = 1 lb * g_n;
      1 psi = 1 lbf/in^2; 1 lbf*ft = 1 ft * 1 lbf (torque and energy share the factor)
    1 horsepower (metric, PS) = 75 kgf*m/s = 75 * g_n W = 735.498 75 W
    1 bar = 100 000 Pa exactly
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour
    1 angstrom = 1e-10 m exactly
  IAU 2012 Resolution B2: 1 astronomical unit = 149 597 870 700 m exactly
  IEC 80000-13: 1 byte = 8 bit; 1 KiB = 1024 B; decimal prefixes k, M, G = 10^3, 10^6, 10^9
  SI Brochure, 9th edition (2019): the SI prefixes; 1 L = 1 dm^3 (so 1 cm^3 = 1 mL);
    T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5 + 32; 1 degree = pi/180 rad;
    1 min = 60 s, 1 h = 60 min, 1 d = 24 h (Table 8); 1 week = 7 d, 1 fortnight = 14 d
  Calendar rules: US Thanksgiving is the fourth Thursday of November (5 U.S.C. 6103(a));
    Western Easter by the anonymous Gregorian computus (Meeus/Jones/Butcher), Good Friday two
    days before it; Unix time = seconds since 1970-01-01T00:00:00Z (POSIX, no leap seconds).
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_7.py   (writes the JSONL next to
this file)
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import json
import math
import re
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-10.jsonl"
PREFIX = "ho7-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
    "make_heldout_6.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
MIN_CONVERSATION_NEGATIVES = 30

U, A, S = "user", "assistant", "system"

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    assert label in LABELS, label
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


def msgs_of(turns):
    return [{"role": r, "content": c} for r, c in turns]


def num(x):
    """Exact Fraction -> int when whole, else the nearest float (floats pass through)."""
    if isinstance(x, float):
        return x
    x = F(x)
    if x.denominator == 1:
        return int(x)
    return float(x)


def dec(s):
    """A decimal literal as an exact Fraction (so 14.75 is exactly 1475/100)."""
    return F(Decimal(s))


def pct(p):
    return dec(str(p)) / 100


def terminates(x):
    """True when the exact value has a finite decimal expansion (denominator 2^a 5^b)."""
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def iroot(n, k):
    """Exact integer k-th root of n (asserts that n is a perfect k-th power)."""
    r = round(n ** (1.0 / k))
    for c in (r - 1, r, r + 1):
        if c**k == n:
            return c
    raise AssertionError(f"{n} is not a perfect {k}-th power")


def mixed(whole, n, d):
    return whole + F(n, d)


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("12.5") == F(1, 8)
assert terminates(F(3, 8)) and not terminates(F(2, 3))
assert iroot(1764, 2) == 42 and mixed(2, 1, 2) == F(5, 2)

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    assert terminates(value) and value != 0, query  # no repeating decimals a tool would round
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# spreadsheets and work tasks
calc(
    "spreadsheet",
    "Column B has 1,240, 985, 2,310 and 760 in it. What's the sum?",
    1240 + 985 + 2310 + 760,
)
calc(
    "spreadsheet",
    "I need 3,875 ÷ 12.5 for cell D4, what number goes there?",
    F(3875) / dec("12.5"),
)
calc(
    "spreadsheet",
    "Budget sheet row 7: 4 × 129.99 + 2 × 49.50 = ?",
    4 * dec("129.99") + 2 * dec("49.50"),
)
calc(
    "spreadsheet",
    "What's 2,400 less 15%? It goes in the 'net' column.",
    2400 * (1 - pct(15)),
)
calc(
    "work-task",
    "Invoice check: 37.5 hours at €64 an hour. What's the total?",
    dec("37.5") * 64,
)
calc(
    "work-task",
    "Quarterly figures were 18,450, 21,300, 19,875 and 22,125. What's the annual total?",
    18450 + 21300 + 19875 + 22125,
)
calc(
    "work-task",
    "For the margin line I need 84,300 minus 61,725.",
    84300 - 61725,
)
calc(
    "work-task",
    "Payroll estimate: 52 weeks × 38.5 hours × $22.40 per hour = ?",
    52 * dec("38.5") * dec("22.40"),
)

# voice-assistant transcripts
calc("voice-transcript", "ok so um what is forty two times sixteen", 42 * 16)
calc("voice-transcript", "what is three hundred twelve divided by eight", F(312, 8))
calc(
    "voice-transcript",
    "calculate nineteen point five plus seven point two five",
    dec("19.5") + dec("7.25"),
)
calc("voice-transcript", "whats fifteen percent of sixty five dollars", pct(15) * 65)
calc("voice-transcript", "uh what's eleven squared minus twenty", 11**2 - 20)

# forum and social posts
calc(
    "forum",
    "Noob question, what's 1,850 × 0.35? Trying to figure out my commission lol",
    1850 * dec("0.35"),
)
calc(
    "forum",
    "Everyone says 2^32 is about 4.3 billion, but what's the exact number?",
    2**32,
    note="asks for the exact value of 2^32; the approximation is context, not a claim to check",
)
calc(
    "forum",
    "Posting my macro totals: 42 + 38.5 + 61 + 27.5 grams of protein. What's the total?",
    42 + dec("38.5") + 61 + dec("27.5"),
)

# LaTeX maths
calc("latex", r"Compute $\frac{7}{8} \times 96$.", F(7, 8) * 96)
calc("latex", r"Evaluate \(2^{10} - 3^{5}\)", 2**10 - 3**5)
calc("latex", r"What is $\sqrt{1764} + 12$?", iroot(1764, 2) + 12)
calc(
    "latex",
    r"Simplify to a single number: $\dfrac{3.6 \times 10^{4}}{1.2 \times 10^{2}}$",
    dec("3.6e4") / dec("1.2e2"),
)

# Unicode maths symbols
calc("unicode-math", "√625 × 4 = ?", iroot(625, 2) * 4)
calc("unicode-math", "(−12) × (−7) + 5 = ?", (-12) * (-7) + 5)
calc("unicode-math", "What's 7² + 24²?", 7**2 + 24**2)

# mixed numbers
calc(
    "mixed-number",
    "What's 2 1/2 plus 3 3/4? Give it as a decimal.",
    mixed(2, 1, 2) + mixed(3, 3, 4),
)
calc("mixed-number", "1 3/8 times 16", mixed(1, 3, 8) * 16)
calc(
    "mixed-number",
    "How much is 5 and 7/8 minus 2 and 1/4, in decimal form?",
    mixed(5, 7, 8) - mixed(2, 1, 4),
)

# one-step word problems, benchmark style
calc("word-problem", "A crate holds 24 bottles. How many bottles are in 37 crates?", 24 * 37)
calc(
    "word-problem",
    "Tickets cost $12.50 each. How much do 18 tickets cost?",
    dec("12.50") * 18,
)
calc(
    "word-problem",
    "A printer prints 45 pages per minute. How many pages does it print in 12 minutes?",
    45 * 12,
)
calc(
    "word-problem",
    "Maria had 350 stickers and gave away 128 of them. How many does she have left?",
    350 - 128,
)
calc(
    "word-problem",
    "A 2.4 m plank is cut into 8 equal pieces. How long is each piece, in metres?",
    dec("2.4") / 8,
)

# chained percentages
calc(
    "percent-chain",
    "Price is $250. Take 20% off, then add 10% tax. What's the final price?",
    250 * (1 - pct(20)) * (1 + pct(10)),
)
calc(
    "percent-chain",
    "A price starts at 400, falls by 25%, then rises by 25%. What is it now?",
    400 * (1 - pct(25)) * (1 + pct(25)),
)
calc("percent-chain", "What is 12% of 35% of 5,000?", pct(12) * pct(35) * 5000)

# number theory
calc("number-theory", "Find the highest common factor of 84 and 126.", math.gcd(84, 126))
calc("number-theory", "Least common multiple of 12, 15 and 20?", math.lcm(12, 15, 20))
calc(
    "number-theory",
    "What is 13 factorial divided by 11 factorial?",
    F(math.factorial(13), math.factorial(11)),
)

# non-native speakers
calc("non-native", "How much make 48 multiply 25 please?", 48 * 25)
calc(
    "non-native",
    "I need calculate: 7 500 minus 1 275, what is result?",
    7500 - 1275,
    note="a space as thousands separator, as written in much of Europe",
)
calc("non-native", "What is the half of 1 530?", F(1530, 2))

# scientific notation
calc("sci-notation", "What's 6.02 × 10^23 divided by 2?", dec("6.02e23") / 2)
calc("sci-notation", "Compute 4.5e-3 × 2e4.", dec("4.5e-3") * dec("2e4"))

# chat
calc("chat", "yo whats 65 divided by 4", F(65, 4))
calc("chat", "quick maths pls: 17% of 2,300", pct(17) * 2300)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
ANGSTROM = F(1, 10**10)  # m
AU = F(149597870700)  # m
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
GRAIN = F(6479891, 10**11)  # kg
TROY_OZ = 480 * GRAIN
CARAT = F(200, 10**6)  # kg
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
LBF_FT = FT * LBF  # N*m
PS = 75 * G0  # W (metric horsepower, 75 kgf*m/s)
BAR = F(100000)  # Pa
CUBIC_IN_L = (IN * 10) ** 3  # L (1 L = 1 dm^3)
CUBIC_FT_L = (FT * 10) ** 3  # L
HOUR = 3600  # s

# sanity checks of the factors against published values
assert GRAIN * 7000 == LB  # 1 lb = 7000 grains
assert TROY_OZ == F(311034768, 10**10)  # 31.103 476 8 g
assert PS == F(73549875, 10**5)  # 735.498 75 W
assert CUBIC_IN_L == F(16387064, 10**9)  # 16.387 064 mL
assert abs(CUBIC_FT_L - F(28316846592, 10**9)) == 0  # 28.316 846 592 L
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)  # 6894.757 3 Pa
assert abs(LBF_FT - F(13558179, 10**7)) < F(1, 10**7)  # 1.355 818 N*m
assert MI == F(1609344, 1000) and YD == F(9144, 10000)


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def c_to_k(c):
    return F(c) + F(27315, 100)


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and c_to_k(0) == F(27315, 100)

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# body measures and fitness
unit("fitness-body", "I weigh 82 kg. What's that in pounds?", 82 / LB)
unit(
    "fitness-body",
    "I'm 5 ft 11 in. How tall is that in centimetres?",
    (5 * FT + 11 * IN) * 100,
    EXACT,
)
unit("fitness-body", "11 stone 4 lb in kilograms?", 11 * STONE + 4 * LB, EXACT)
unit("fitness-body", "Ran 21.1 km this morning. How far is that in miles?", dec("21.1") * 1000 / MI)
unit(
    "fitness-body",
    "My pace is 5 minutes per kilometre. What's that in minutes per mile?",
    5 * MI / 1000,
    EXACT,
)

# kitchen (weights and oven temperatures only)
unit("kitchen", "Recipe says 8 oz of butter. How many grams is that?", 8 * OZ * 1000, EXACT)
unit("kitchen", "Oven at 425 °F, what's that in Celsius?", f_to_c(425))
unit(
    "kitchen",
    "Convert 350 grams to ounces (weight) for an American recipe.",
    F(350, 1000) / OZ,
)
unit("kitchen", "Set the oven to 200 degrees C. What's that in F?", c_to_f(200), EXACT)

# weather
unit("weather", "It's 31 °C in Athens today. What's that in Fahrenheit?", c_to_f(31), EXACT)
unit("weather", "Forecast says -12 °F tonight. Celsius?", f_to_c(-12))
unit("weather", "Wind gusts of 110 km/h, how many knots is that?", 110 * 1000 / NMI)

# cars and engines
unit("automotive", "A 350 cubic inch V8 is how many litres?", 350 * CUBIC_IN_L, EXACT)
unit(
    "automotive",
    "Torque spec is 120 N·m. What is that in lb-ft?",
    120 / LBF_FT,
    note="lb-ft here is the torque unit pound-force foot",
)
unit("automotive", "Tyre pressure of 2.2 bar in psi?", dec("2.2") * BAR / PSI)
unit(
    "automotive",
    "A car with 150 PS (metric horsepower) has how many kilowatts?",
    150 * PS / 1000,
    EXACT,
)

# travel and speed
unit("speed", "The sign says 100 km/h. How fast is that in mph?", 100 * 1000 / MI)
unit("speed", "The train hit 320 km/h. In metres per second?", F(320 * 1000, HOUR))
unit("speed", "A ship doing 18 knots is going how many mph?", 18 * NMI / MI)
unit("speed", "A sprinter hits 12.4 m/s. What's that in km/h?", dec("12.4") * HOUR / 1000, EXACT)

# science and lab
unit("lab", "Convert 0.75 mol/L to mmol/L.", dec("0.75") * 1000, EXACT)
unit("lab", "What's 5.5 ångströms in nanometres?", dec("5.5") * ANGSTROM * 10**9, EXACT)
unit("lab", "Express 2.5 astronomical units in kilometres.", dec("2.5") * AU / 1000, EXACT)
unit("lab", "How many micrograms are in 0.04 milligrams?", dec("0.04") * 1000, EXACT)
unit("lab", "Convert 37 degrees Celsius to kelvin.", c_to_k(37), EXACT)

# precious metals, gems, ammunition
unit(
    "jewellery",
    "How many grams is a 1.5 carat diamond?",
    dec("1.5") * CARAT * 1000,
    EXACT,
    note="the carat for gems is the metric carat, 200 mg",
)
unit("jewellery", "Convert 5 troy ounces to grams.", 5 * TROY_OZ * 1000, EXACT)
unit(
    "jewellery",
    "A rifle bullet weighs 150 grains. How many grams is that?",
    150 * GRAIN * 1000,
    EXACT,
)

# data sizes and rates
unit(
    "data-rate",
    "How many megabits per second is 125 megabytes per second?",
    125 * 8,
    EXACT,
)
unit("data-rate", "How many bits are in 3 KiB?", 3 * 1024 * 8, EXACT)
unit(
    "data-rate",
    "A 2.5 gigabit per second link moves how many megabytes per second?",
    dec("2.5") * 1000 / 8,
    EXACT,
)

# DIY and construction
unit("diy", "I need a 3/8 inch drill bit. What's that in millimetres?", F(3, 8) * IN * 1000, EXACT)
unit("diy", "Convert 16 feet 6 inches to metres.", 16 * FT + 6 * IN, EXACT)
unit("diy", "How many litres is 2 cubic feet?", 2 * CUBIC_FT_L, EXACT)

# e-mails and work messages
unit(
    "email-buried",
    "Hi Tomas,\n\nthe carrier lists the shipment at 1,250 lb. What is that in kilograms, for the "
    "customs form?\n\nThanks,\nInes",
    1250 * LB,
    EXACT,
)
unit("email-buried", "Quick q before standup: 750 metres in yards?", 750 / YD)
unit(
    "email-buried",
    "Re: lab report. Please convert 450 kPa to bar for table 2.",
    450 * 1000 / BAR,
    EXACT,
)

# voice-assistant transcripts
unit(
    "voice-transcript",
    "how many kilometers is twenty six point two miles",
    dec("26.2") * MI / 1000,
    EXACT,
)
unit("voice-transcript", "convert sixty eight fahrenheit to celsius", f_to_c(68), EXACT)
unit("voice-transcript", "hey how many feet in a hundred meters", 100 / FT)

# non-native speakers
unit(
    "non-native",
    "Please how much is 6 feet in centimeter? I want buy bed.",
    6 * FT * 100,
    EXACT,
)
unit("non-native", "Kindly convert 45 kilogram into pound.", 45 / LB)

# time and angle
unit("time-angle", "How many minutes are in a fortnight?", 14 * 24 * 60, EXACT)
unit("time-angle", "Convert 45 degrees to radians.", math.pi * 45 / 180)

# =========================================================================== dates
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


def nth_weekday(year, month, wd, n):
    """The n-th (1-based) weekday `wd` of a month; n = -1 for the last one."""
    found = [
        D(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    ]
    return found[n - 1] if n > 0 else found[n]


def easter(year):
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return D(year, month, day)


def add_months(d, n):
    """Same day of the month n months later (only for days that exist in every month)."""
    assert d.day <= 28
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, d.day)


def weekdays_between(a, b):
    """Monday-to-Friday days from a to b, both included (no holidays)."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(k)).weekday() < 5)


def clock_span(start, end, unit_s):
    """Length from clock time `start` to `end` ("HH:MM", 24-hour), rolling over midnight when
    `end` is earlier, in units of `unit_s` seconds (exact Fraction)."""
    day = D(2000, 1, 1)
    a = dt.datetime.combine(day, dt.time.fromisoformat(start))
    b = dt.datetime.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


# sanity checks of the helpers against known dates
assert easter(2024) == D(2024, 3, 31) and easter(2025) == D(2025, 4, 20)
assert easter(2026) == D(2026, 4, 5) and easter(2000) == D(2000, 4, 23)
assert nth_weekday(2024, 11, THU, 4) == D(2024, 11, 28)  # US Thanksgiving 2024
assert nth_weekday(2025, 11, THU, 4) == D(2025, 11, 27)  # US Thanksgiving 2025
assert weekday(D(2000, 1, 1)) == "Saturday" and weekday(D(2026, 12, 10)) == "Thursday"
assert age(D(2000, 3, 1), D(2026, 2, 28)) == 25 and add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
assert weekdays_between(D(2026, 12, 7), D(2026, 12, 13)) == 5
assert clock_span("23:00", "01:30", 60) == 150


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
        tol = None
    elif isinstance(expected, str):
        assert expected in WEEKDAYS
        tol = None
    else:
        assert expected != 0 and terminates(expected), query
        expected = num(expected)
        tol = 1e-6
    add("positive:datetime", family, query, expected, tol, **extra)


# weekdays of historical and future dates
date_item("weekday", "Which day of the week was 9 November 1989?", weekday(D(1989, 11, 9)))
date_item("weekday", "On what weekday did 1 January 1900 fall?", weekday(D(1900, 1, 1)))
date_item(
    "weekday",
    "The Titanic sank on 15 April 1912. Which day of the week was that?",
    weekday(D(1912, 4, 15)),
    note="the date is given in the text; only its weekday is asked",
)

# holidays with fixed rules
date_item(
    "holiday-rule", "What's the date of US Thanksgiving in 2027?", nth_weekday(2027, 11, THU, 4)
)
date_item("holiday-rule", "When is Easter Sunday in 2027?", easter(2027))
date_item("holiday-rule", "What day of the week is Christmas Day 2030?", weekday(D(2030, 12, 25)))
date_item(
    "holiday-rule",
    "How many days are there from US Thanksgiving 2026 to Christmas Day 2026?",
    days(nth_weekday(2026, 11, THU, 4), D(2026, 12, 25)),
)
date_item(
    "holiday-rule",
    "What's the date of Good Friday 2028 (Western churches)?",
    easter(2028) - TD(2),
)

# n-th weekday of a month
date_item(
    "nth-weekday",
    "What's the date of the second Tuesday in March 2027?",
    nth_weekday(2027, 3, TUE, 2),
)
date_item(
    "nth-weekday", "Which date is the last Friday of October 2027?", nth_weekday(2027, 10, FRI, -1)
)
date_item(
    "nth-weekday",
    "First Monday of September 2027, what's the date?",
    nth_weekday(2027, 9, MON, 1),
)
date_item("nth-weekday", "third wednesday of january 2027?", nth_weekday(2027, 1, WED, 3))

# offsets
date_item("offset", "What date is 90 days after 15 November 2026?", D(2026, 11, 15) + TD(90))
date_item(
    "offset",
    "Add 18 months to 2026-12-10. What date do you get?",
    add_months(D(2026, 12, 10), 18),
)
date_item("offset", "Subtract 6 weeks from 3 February 2027.", D(2027, 2, 3) - TD(weeks=6))
date_item(
    "offset",
    "What was the date 500 days before 1 January 2027?",
    D(2027, 1, 1) - TD(500),
)
date_item(
    "offset",
    "Starting from 27.04.2027, what's the date 75 days later?",
    D(2027, 4, 27) + TD(75),
    note="day.month.year; 27 cannot be a month",
)

# days between stated dates
date_item(
    "days-between",
    "How many days between 03/14/2027 and 07/22/2027?",
    days(D(2027, 3, 14), D(2027, 7, 22)),
    note="month/day/year; 14 and 22 cannot be months",
)
date_item(
    "days-between",
    "Number of days from 2026-12-10 to 2027-12-10?",
    days(D(2026, 12, 10), D(2027, 12, 10)),
)
date_item(
    "days-between",
    "The lease runs from 1 February 2027 to 31 January 2028, both days included. How many days "
    "is that?",
    days(D(2027, 2, 1), D(2028, 1, 31)) + 1,
)
date_item(
    "days-between",
    "How many days are there between 5 January 2027 and 30 June 2027?",
    days(D(2027, 1, 5), D(2027, 6, 30)),
)
date_item(
    "days-between",
    "How many weeks is it from 1 March 2027 to 24 May 2027?",
    F(days(D(2027, 3, 1), D(2027, 5, 24)), 7),
)

# Monday-to-Friday counts that say holidays are ignored; weekday counts in a year
date_item(
    "weekday-count",
    "Not counting any holidays, how many weekdays (Mon–Fri) are there in March 2027?",
    weekdays_between(D(2027, 3, 1), D(2027, 3, 31)),
)
date_item(
    "weekday-count",
    "Ignoring public holidays, how many Monday-to-Friday days are there from 14 December 2026 "
    "to 8 January 2027 inclusive?",
    weekdays_between(D(2026, 12, 14), D(2027, 1, 8)),
)
date_item(
    "weekday-count",
    "How many Saturdays are there in 2027?",
    sum(1 for k in range(365) if (D(2027, 1, 1) + TD(k)).weekday() == SAT),
)

# ages and tenure with every date stated
date_item(
    "age-tenure",
    "She was born on 2 August 1991. How old will she be on 1 August 2027?",
    age(D(1991, 8, 2), D(2027, 8, 1)),
)
date_item(
    "age-tenure",
    "I started this job on 17 May 2021 and today is 10 December 2026. How many full years have "
    "I been here?",
    age(D(2021, 5, 17), D(2026, 12, 10)),
)
date_item(
    "age-tenure",
    "Today is 10 December 2026. My son was born on 29 June 2024. How many days old is he?",
    days(D(2024, 6, 29), D(2026, 12, 10)),
)
date_item(
    "age-tenure",
    "Someone born 31 December 1999, how old are they on 1 January 2027?",
    age(D(1999, 12, 31), D(2027, 1, 1)),
)

# deadlines in work messages
date_item(
    "deadline",
    "The contract says payment is due 60 days after the invoice date of 14 December 2026. "
    "What's the due date?",
    D(2026, 12, 14) + TD(60),
)
date_item(
    "deadline",
    "Hi all, the beta ends 45 days after launch, and launch is 2027-03-01. Which date does it end?",
    D(2027, 3, 1) + TD(45),
)
date_item(
    "deadline",
    "The warranty lasts 730 days from the purchase date, 23 November 2026. What date is 730 "
    "days after that?",
    D(2026, 11, 23) + TD(730),
)
date_item(
    "deadline",
    "Returns deadline: what date is 28 days after 26 December 2026?",
    D(2026, 12, 26) + TD(28),
)

# ISO weeks and days of the year
date_item(
    "iso-week-doy",
    "What date is the Monday of ISO week 10 in 2027?",
    D.fromisocalendar(2027, 10, 1),
)
date_item(
    "iso-week-doy",
    "ISO week number of 30 June 2027, please.",
    D(2027, 6, 30).isocalendar()[1],
)
date_item("iso-week-doy", "Day 100 of 2028 is which date?", D(2028, 1, 1) + TD(99))
date_item(
    "iso-week-doy",
    "What is the day-of-year number of 2027-07-04?",
    D(2027, 7, 4).timetuple().tm_yday,
)

# durations
date_item(
    "duration",
    "A flight leaves at 21:35 and lands at 06:10 the next morning, same time zone. How long is "
    "the flight in minutes?",
    clock_span("21:35", "06:10", 60),
)
date_item(
    "duration", "From 8:15 am to 4:45 pm is how many hours?", clock_span("08:15", "16:45", 3600)
)
date_item(
    "duration",
    "How many hours are there between 2027-01-01 06:00 and 2027-01-03 18:00 (same time zone, no "
    "clock changes)?",
    F(
        int((dt.datetime(2027, 1, 3, 18, 0) - dt.datetime(2027, 1, 1, 6, 0)).total_seconds()),
        3600,
    ),
)

# Unix time
date_item(
    "unix-time",
    "What calendar date (UTC) is Unix timestamp 1,800,000,000?",
    dt.datetime.fromtimestamp(1_800_000_000, tz=dt.UTC).date(),
)

# registers: voice, chat, non-native
date_item(
    "voice-transcript",
    "hey what day of the week is the fourth of july twenty twenty eight",
    weekday(D(2028, 7, 4)),
)
date_item("chat", "wat day is 2027-02-14 lol", weekday(D(2027, 2, 14)))
date_item(
    "non-native",
    "Please, how many days have the month February in year 2032?",
    calendar.monthrange(2032, 2)[1],
)


# =========================================================================== positive conversations
def conv_pos(label, family, turns, expected, tol, **extra):
    msgs = msgs_of(turns)
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    elif not isinstance(expected, str):
        assert expected != 0
        if tol == 1e-6:
            assert terminates(expected)
        expected = num(expected)
    add(label, family, msgs[-1]["content"], expected, tol, messages=msgs, **extra)


conv_pos(
    "positive:calculator",
    "conv-harmless",
    [
        (U, "I run a small bakery and I'm pricing a wedding order."),
        (A, "Lovely! What do you need worked out?"),
        (U, "What's 36 × 2.75?"),
    ],
    36 * dec("2.75"),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (S, "You are a friendly assistant for a cycling club."),
        (U, "What is 160 km in miles?"),
    ],
    160 * 1000 / MI,
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "I'm booking leave for my sister's wedding."),
        (A, "How exciting. How can I help?"),
        (U, "What day of the week is 18 September 2027?"),
    ],
    weekday(D(2027, 9, 18)),
    None,
)

# =========================================================================== negatives
# (query, note) pairs; note is None when the label needs no explanation.
NEG = {
    "version-ids": [
        ("What changed between Python 3.11 and 3.12?", None),
        ("Is Node 18.20.4 still supported?", None),
        ("Should I upgrade from iOS 17.6.1 to 18.2?", None),
        ("What's new in Django 5.1 compared with 4.2 LTS?", None),
        (
            "My package.json has ^2.3.1. Will npm install 3.0.0?",
            "semver range semantics, not arithmetic",
        ),
        ("Does Windows 11 24H2 fix the Bluetooth dropouts?", None),
        ("What's the difference between HTTP/1.1 and HTTP/2?", "protocol versions, not a division"),
        ("Is USB 3.2 Gen 2x2 the same thing as USB4?", None),
    ],
    "identifiers": [
        (
            "Is 978-0-14-044913-6 a valid ISBN?",
            "a checksum rule, not the subtraction the dashes suggest",
        ),
        ("What addresses does the range 10.0.0.0/8 cover?", "CIDR notation, not a division"),
        ("What is form 1099-NEC used for?", None),
        ("How much can I put into a 401(k) in 2027?", "needs the published limit"),
        ("Is WD-40 safe to use on a bike chain?", None),
        ("How big is A4 paper in inches?", "needs the size of A4 from outside the text"),
        ("What is ISO 9001 certification?", None),
        ("Is a 4-3-3 or a 4-4-2 better for a Sunday league team?", "football formations"),
        ("Truckers say 10-4 on the radio. What does it mean?", None),
    ],
    "scores": [
        ("Arsenal won 3-1 on Saturday, who scored?", None),
        ("Was the 7-1 against Brazil the biggest World Cup semi-final defeat ever?", None),
        ("When the umpire says 30-15, who is winning the game?", None),
        ("What does 6-4 6-4 mean in a tennis result?", None),
        ("In cricket, what does 245/6 mean?", "runs for wickets, not a division"),
        ("The Lakers are 12-8. Will they make the playoffs?", None),
    ],
    "dates-as-names": [
        ("What happened on 9/11?", None),
        ("Why is 4/20 a thing?", None),
        ("Why is 3/14 called Pi Day?", None),
        ("Why do computers count time from 1/1/1970?", "asks for a reason"),
        ("Why do Americans write Christmas as 12/25?", None),
    ],
    "live-data": [
        ("How much is 1,000 Swiss francs in US dollars today?", None),
        ("What's the gold price per troy ounce right now?", None),
        ("Is the S&P 500 up or down more than 2% today?", None),
        ("What time is it in Sydney right now?", None),
        ("How many days is it until Diwali this year?", "no today given, and a lunisolar date"),
        (
            "How long will my train from Zurich to Milan take tomorrow with the current delays?",
            None,
        ),
        ("What's Tesla's market cap divided by its revenue right now?", None),
        ("What's the current inflation rate in the eurozone?", None),
    ],
    "outside-facts": [
        ("How many miles is it from Chicago to Denver by car?", None),
        ("At what temperature in °F does ethanol boil at sea level?", None),
        ("How many seconds does sunlight take to reach Earth?", None),
        ("How long is a marathon in kilometres?", "needs the race distance, a fact not given"),
        ("What's 20% of the height of Mount Everest?", None),
        ("How many 500 mg paracetamol tablets can an adult take in a day?", "medical guidance"),
        ("How many bones does an adult human have, times two?", None),
        ("What year will it be 100 years after the first Moon landing?", "needs the year 1969"),
        ("How many days did World War I last?", None),
        ("When is Chinese New Year in 2027?", "a lunisolar date, not a fixed rule"),
        ("On what date does Ramadan begin in 2027?", "depends on the moon and local practice"),
    ],
    "calendar-missing": [
        ("how many sleeps till christmas", "today is not given"),
        ("What's the date three Fridays from now?", "today is not given"),
        ("How old am I if I was born in 1990?", "birthday and today are not given"),
        (
            "How many working days are there in Germany in May 2027?",
            "public holidays vary by state",
        ),
        (
            "When does my 90-day Schengen stay run out if I arrived in March?",
            "no dates, and a rolling 180-day rule",
        ),
        ("What's the deadline to file my taxes this year?", None),
        ("How many weeks pregnant am I if my due date is 1 June 2027?", "today is not given"),
        ("What day of the week will my 40th birthday be on?", "the birth date is not given"),
        ("Is next Tuesday the 15th?", "today is not given"),
    ],
    "explain": [
        ("Why can't you divide a number by zero?", None),
        ("How do I work out 17.5% VAT in my head?", "asks for a method"),
        (
            "Explain how compound interest turns 1,000 into more than 1,100 over two years at 5%.",
            "asks for an explanation",
        ),
        ("Why does 0.1 + 0.2 not equal 0.3 in JavaScript?", None),
        ("What's the logic behind the ISO week-numbering year?", None),
        ("How is a percentage point different from a percent?", None),
        (
            "Walk me through turning 3/8 into a percentage, with the working shown.",
            "asks for the working",
        ),
        ("Explain the rule that made 1900 a common year but 2000 a leap year.", None),
        ("Explain mean vs median using salaries as the example.", None),
        ("How does the Doomsday rule find the weekday of a date?", None),
    ],
    "code": [
        ("Write a Rust function that converts Celsius to Fahrenheit.", None),
        ("Google Sheets formula for the number of days between A2 and B2?", None),
        ("Write a Python script that prints every Friday the 13th in 2027.", None),
        ("What does 7 // -2 return in Python, and why?", "language semantics and a reason"),
        ("Give me a pandas one-liner that adds 15% to a price column.", None),
        ("How do I format 1234567.891 as 1,234,567.89 in JavaScript?", None),
        ("Write a cron expression for 9:30 every weekday.", None),
        ("In Excel, how do I convert a whole column from inches to centimetres?", None),
        ("My code does total = price * 1.2 and I get 119.99999. What's wrong?", None),
        ("Write a SQL query that returns orders older than 30 days.", None),
    ],
    "opinion-advice": [
        ("Is a 4% raise good when inflation is 3%?", None),
        ("Should I buy a car for 18,000 or lease one at 299 a month?", None),
        ("Is running 50 km a week too much for a beginner?", None),
        ("Is it rude to tip only 10% in the US?", None),
        ("Would you take 1 million now or 50,000 a year for 25 years?", None),
        ("Is 22 °C a good temperature for a bedroom?", None),
        (
            "Which is the better deal, 2 for 5 euros or 3 for 7 euros?",
            "a comparison of offers, not a single calculation",
        ),
        ("What's a fair price for a 2019 Golf with 80,000 km on it?", None),
        ("Is a blood pressure of 120/80 normal?", "a reading, not a division"),
    ],
    "estimate": [
        ("Roughly how many words are in a 300-page novel?", None),
        ("About how many hours would it take to drive across Canada?", None),
        ("How long does it take to boil a litre of water?", None),
        ("Roughly what will 10 square metres of floor tiles cost?", None),
        ("Approximately how many piano tuners are there in Chicago?", None),
        ("Ballpark, how long would it take to read 1,000 pages?", None),
        ("How many steps are in 10 km for someone 1.80 m tall?", "stride length is not given"),
    ],
    "puzzle": [
        ("Using 3, 3, 8 and 8 once each with + − × ÷, make 24.", None),
        (
            (
                "A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much "
                "is the ball?"
            ),
            "a word problem whose naive arithmetic is wrong",
        ),
        (
            "If 6 people dig 6 holes in 6 days, how long does 1 person take to dig 1 hole?",
            "a reasoning puzzle",
        ),
        ("What number comes next: 1, 1, 2, 3, 5, 8, ...?", None),
        (
            "How many times does the digit 7 appear when you write the numbers 1 to 100?",
            "a counting puzzle, not an expression",
        ),
        (
            (
                "A snail climbs 3 m each day and slips back 2 m each night. How many days to get out of "
                "a 10 m well?"
            ),
            None,
        ),
        (
            "Counting 1×1 up to 8×8, how many squares does a chessboard contain in total?",
            "a counting puzzle",
        ),
        ("Which weighs more: 10 kg of cotton wool or 10 kg of bricks?", "a trick question"),
    ],
    "check-work": [
        ("I worked out 48 × 25 = 1,150. Where did I go wrong?", None),
        ("The answer key says 2/3 ÷ 4/9 = 1.5. Is that right?", "asks for a judgment"),
        ("Can you double-check my conversion: 10 °C = 50 °F?", None),
        ("I said there are 59 days from 1 Jan to 1 Mar 2027. Correct?", "asks for a check"),
        ("Mark this: √(16+9) = 4+3 = 7", None),
        ("Did I round correctly? 2.345 to two decimals = 2.35", None),
        ("Is my budget right: 1,200 rent + 300 food + 150 bills = 1,750?", None),
        ("Proofread my invoice: 12 hours × £40 = £480, plus 20% VAT = £560.", None),
        ("My son thinks a kilometre is longer than a mile. How do I explain he's wrong?", None),
    ],
    "words-numerals": [
        ("How do you write 3,400,000 in words in British English?", None),
        ("What is 1999 in Roman numerals?", None),
        ("How do you say 75 in Danish?", None),
        ("Write out the ordinal word for 42.", None),
        ("Is 10 million one crore or ten lakh?", None),
        ("How is 2027 written in Chinese characters?", None),
        ("How do you read 10^100 aloud?", None),
    ],
    "text-task": [
        (
            "Sort these from smallest to largest: 0.7, 2/3, 65%, 0.66.",
            "an ordering, not a single value",
        ),
        ("Summarise in one line: sales rose 14% to 2.3M in Q3 while costs fell 3%.", None),
        ("Translate into Italian: 'The train leaves at 7:45 and costs 23 euros.'", None),
        ("Make a table of my expenses: rent 950, food 320, transport 85.", None),
        (
            "Turn this into a polite reminder: invoice 4471 for 1,280 is 14 days overdue.",
            None,
        ),
        (
            "Extract all the dates from: 'Kick-off 3 May, draft due 17 June, review 2 July.'",
            None,
        ),
        ("Rewrite '5 ÷ 2 = 2.5' as a sentence a child would understand.", None),
        ("Give me a mnemonic for the first 10 digits of pi.", None),
    ],
    "plan-schedule": [
        ("Make me a 16-week marathon plan starting 4 January 2027.", None),
        ("Plan a 3-day itinerary in Rome for 15–17 April 2027.", None),
        ("Draft a weekly food budget of £400 for a family of four.", None),
        ("I have 90 minutes to study 3 subjects. How should I split it?", None),
        ("Create a revision timetable from 1 May to 10 June 2027.", None),
    ],
    "missing-quantity": [
        ("How many kilograms is 1 litre of honey?", "needs the density of honey"),
        ("How many kWh does a 2 kW heater use?", "the running time is not given"),
        ("How many litres of fuel do I need to drive 500 km?", "consumption is not given"),
        ("How many calories are in 100 g of almonds?", None),
        (
            "Convert a blood glucose of 126 mg/dL to mmol/L.",
            "needs the molar mass of glucose, not given",
        ),
        ("How much does 1 cubic metre of concrete weigh?", None),
        ("How many amps does a 2,000 W kettle draw?", "the mains voltage is not given"),
        ("EU shoe size 42 in US sizes?", "a sizing convention, not a unit conversion"),
    ],
    "disputed-notation": [
        ("6/2(1+2) = ?", "precedence of implied multiplication is disputed"),
        ("What is 1/2/3?", "a date or a chained division"),
        ("Is 0 to the power 0 equal to 1 or undefined?", "a convention that needs explaining"),
        ("What's 10 ÷ 0?", "undefined; the answer is an explanation"),
    ],
    "voice-command": [
        ("hey set a timer for twenty five minutes", "an action, not a calculation"),
        ("remind me in three days to call mum", None),
        ("what's the weather gonna be like on the fifth", None),
        ("text sam that i'll be ten minutes late", None),
    ],
    "email-negative": [
        ("Hi Leo, can we move the 2:30 to 3:15 on the 14th? Let me know. Best, Ama", None),
        (
            (
                "Dear HR, I have 12 days of leave left. Can I carry 5 of them over into 2027? "
                "Regards, P. Novak"
            ),
            "company policy",
        ),
        (
            (
                "Hi team, Q3 numbers attached (revenue 1.8M, +6%). Could someone write a short "
                "commentary for the newsletter?"
            ),
            None,
        ),
        (
            "Could you confirm the 3 x 40ft containers reach Felixstowe by 22 Jan? Thx",
            "a shipping query, not a multiplication",
        ),
        (
            "Hello, order 55-2231-09 arrived with 2 of the 6 items missing. What should I do?",
            None,
        ),
    ],
    "homework-negative": [
        ("Q3 (4 marks): Show that the sum of the first n odd numbers is n².", None),
        ("Derive the formula for the area of a circle.", None),
        ("Exercise 9: A rectangle has a perimeter of 30 cm. Find its area.", "underdetermined"),
        ("Explain with an example why 1/3 is a recurring decimal.", None),
        ("Problem 4: Sketch the graph of y = x² − 4x + 3.", None),
    ],
    "non-native-negative": [
        ("What means 'a ballpark figure'?", None),
        ("Why English say 'half past seven' and not 'seven and half'?", None),
        ("How I say the year 2005 in English, 'two thousand five' or 'twenty oh five'?", None),
        ("Is correct to write 1.000 for one thousand in English?", None),
    ],
    "stats-judgment": [
        ("My survey got 52% yes and 48% no from 200 people. Is that a real difference?", None),
        ("Is a correlation of 0.3 strong?", None),
        ("Our conversion rate went from 2.1% to 2.4%. Is that worth celebrating?", None),
        ("Is a 1 in 10,000 risk high?", None),
    ],
}

for fam, pairs in NEG.items():
    for q, note in pairs:
        add("negative", fam, q, **({"note": note} if note else {}))


def conv(family, turns, note=None):
    msgs = msgs_of(turns)
    extra = {"messages": msgs}
    if note:
        extra["note"] = note
    add("negative", family, msgs[-1]["content"], **extra)


# redefined operators and notation
conv(
    "conv-notation",
    [(U, "Let a ★ b = 2a − b."), (A, "Okay, noted."), (U, "Then what's 5 ★ 3?")],
    "the operator is defined by the earlier turn",
)
conv(
    "conv-notation",
    [(S, "In this worksheet ^ means bitwise XOR, as in C."), (U, "So what is 6 ^ 3 then?")],
    "XOR gives 5; exponentiation would give 216",
)
conv(
    "conv-notation",
    [
        (U, "In my notation, [x] means rounding x up to the next whole number."),
        (A, "Got it."),
        (U, "What is [7.2] + [3.9]?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "For this chat, % means per thousand, not per hundred."),
        (A, "Understood, % is per mille here."),
        (U, "What's 25% of 4000?"),
    ],
    "per mille gives 100, not 1000",
)

# number bases
conv(
    "conv-base",
    [(U, "We're working in base 16 now."), (A, "Sure."), (U, "What do 19 and 27 add up to?")],
    "hexadecimal: 0x19 + 0x27 = 0x40",
)
conv("conv-base", [(S, "All numbers in this session are in base 5."), (U, "What is 4 × 3?")])
conv(
    "conv-base",
    [
        (U, "Binary practice: every number I give you is binary."),
        (A, "Ready."),
        (U, "What's 1011 × 11?"),
    ],
)

# modular arithmetic
conv("conv-modular", [(U, "We're working in Z/13Z."), (A, "Okay."), (U, "What's 9 + 8?")])
conv(
    "conv-modular",
    [
        (U, "Think of hours on a 24-hour clock, so results wrap around."),
        (A, "Sure."),
        (U, "What's 20 + 9?"),
    ],
)
conv(
    "conv-modular",
    [(S, "You are a tutor for arithmetic modulo 11."), (U, "Compute 7 × 9.")],
)

# follow-ups that ask for an explanation or reassurance
conv(
    "conv-followup",
    [(U, "What's 15% of 80?"), (A, "15% of 80 is 12."), (U, "How did you get that?")],
)
conv(
    "conv-followup",
    [
        (U, "Convert 30 °C to Fahrenheit."),
        (A, "30 °C is 86 °F."),
        (U, "Is there an easy way to do that in my head?"),
    ],
)
conv(
    "conv-followup",
    [
        (U, "What day of the week was 1 January 2000?"),
        (A, "It was a Saturday."),
        (U, "Why isn't it a Friday like I thought?"),
    ],
)
conv("conv-followup", [(U, "What's 2^10?"), (A, "1024."), (U, "Are you sure?")])
conv(
    "conv-followup",
    [
        (U, "How many days are there between 1 March and 1 April 2027?"),
        (A, "31 days."),
        (U, "Can you show me that on a calendar?"),
    ],
)

# the last turn depends on numbers given earlier
conv(
    "conv-context",
    [
        (U, "I'm splitting a £240 dinner between 6 friends."),
        (A, "That's £40 each."),
        (U, "And if two of them leave before dessert?"),
    ],
    "depends on the earlier turns and on what dessert cost",
)
conv(
    "conv-context",
    [
        (U, "My fence run is 14 metres long."),
        (A, "Okay, what would you like to know?"),
        (U, "How many 1.8 m panels do I need?"),
    ],
    "the length is in an earlier turn, and panels are whole",
)
conv(
    "conv-context",
    [
        (U, "Sales: Jan 4,200; Feb 3,900; Mar 5,100."),
        (A, "Got it."),
        (U, "So what's the quarter's total?"),
    ],
    "the numbers are only in an earlier turn",
)
conv(
    "conv-context",
    [(U, "Let x = 12 and y = 5."), (A, "Noted."), (U, "What's x² − y²?")],
    "variables bound in an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "Convert 5 miles to km."),
        (A, "5 miles is 8.04672 km."),
        (U, "Now do it for the other two legs of my ride."),
    ],
    "the other legs are never given",
)

# personas and output formats
conv(
    "conv-persona",
    [
        (
            S,
            (
                "You are a translation engine. Translate each user message into German and output "
                "only the translation."
            ),
        ),
        (U, "How much is 12 times 12?"),
    ],
    "the expected output is the German sentence, not 144",
)
conv(
    "conv-persona",
    [
        (S, "Always reply with JSON that has the keys 'answer' and 'explanation'."),
        (U, "What's 45 × 12?"),
    ],
)
conv(
    "conv-persona",
    [
        (S, "You are a kindergarten teacher. Use little stories, never bare numbers."),
        (U, "What's 8 + 5?"),
    ],
)
conv(
    "conv-persona",
    [(S, "Answer only in Roman numerals."), (U, "What's 14 + 29?")],
)
conv(
    "conv-persona",
    [
        (S, "You are a proofreader. Fix spelling and grammar only; never answer questions."),
        (U, "what is 40 percent of 90"),
    ],
)

# hints only
conv(
    "conv-no-answer",
    [
        (U, "I'm revising for an exam. Give me hints only, never the final result."),
        (A, "Deal."),
        (U, "What's 3/8 as a percentage?"),
    ],
)
conv(
    "conv-no-answer",
    [
        (U, "Test me! I'll guess and you only say warmer or colder."),
        (A, "Ready when you are."),
        (U, "How many seconds are in a day?"),
    ],
)
conv(
    "conv-no-answer",
    [
        (
            S,
            (
                "You are a maths tutor. Never compute answers for the student; ask questions that "
                "lead them there."
            ),
        ),
        (U, "What's 240 divided by 16?"),
    ],
)

# programming-language semantics
conv(
    "conv-language",
    [(U, "I'm talking about JavaScript here."), (A, "Sure."), (U, "What's '5' + 3?")],
    "string concatenation gives '53'",
)
conv(
    "conv-language",
    [(U, "This is about Python 3."), (A, "Okay."), (U, "What does round(2.5) give?")],
    "round half to even gives 2",
)
conv(
    "conv-language",
    [(U, "I'm using 8-bit signed integers."), (A, "OK."), (U, "What's 127 + 1?")],
    "overflow wraps to -128",
)
conv(
    "conv-language",
    [
        (U, "In Excel, dates are stored as serial numbers."),
        (A, "Right, days counted from 1900."),
        (U, "Which date is serial 45000?"),
    ],
    "an Excel serial-date convention (with its 1900 leap-year quirk)",
)

# calendar conventions set by context
conv(
    "conv-calendar-context",
    [
        (U, "Our fiscal year starts on 1 April."),
        (A, "Noted."),
        (U, "Which quarter is 15 May 2027 in?"),
    ],
    "fiscal quarter, set by the earlier turn",
)
conv(
    "conv-calendar-context",
    [
        (U, "For the board game, every month has exactly 4 weeks of 7 days."),
        (A, "Okay."),
        (U, "How many days are in 3 months?"),
    ],
)
conv(
    "conv-calendar-context",
    [
        (U, "We number weeks US-style: weeks start on Sunday and week 1 contains 1 January."),
        (A, "Sure."),
        (U, "What week number is 3 January 2027?"),
    ],
    "a US week-numbering convention, not ISO",
)

# units fixed by an earlier turn
conv(
    "conv-units-context",
    [(U, "I'm a pilot, so all speeds are in knots."), (A, "Got it."), (U, "Convert 250 to km/h.")],
    "the unit is only in the earlier turn",
)
conv(
    "conv-units-context",
    [
        (U, "Every length I give you is in millimetres."),
        (A, "Okay."),
        (U, "How many inches is 300?"),
    ],
    "the unit is only in the earlier turn",
)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _generator_queries(filename):
    """The queries of an earlier generator, built in memory by importing it (never printed)."""
    spec = importlib.util.spec_from_file_location(filename[:-3], HERE / filename)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # module level builds `items`; only main() writes a file
    out = set()
    for i in mod.items:
        out.add(_norm(i["query"]))
        for m in i.get("messages") or []:
            if m["role"] == "user":
                out.add(_norm(m["content"]))
    return out


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith(PREFIX) for i in ids)
    lowered = [_norm(i["query"]) for i in items]
    assert len(lowered) == len(set(lowered)), "duplicate queries"
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    assert by == WANT, by
    convs = sum(1 for i in items if i["label"] == "negative" and i.get("messages"))
    assert convs >= MIN_CONVERSATION_NEGATIVES, convs
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
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
    print(f"wrote {len(items)} items to {OUT}: {by}, {convs} negative conversations")


if __name__ == "__main__":
    main()
