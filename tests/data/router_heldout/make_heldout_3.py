"""Generate heldout-2026-12-06.jsonl: a third held-out router evaluation set.

Provenance: written WITHOUT seeing the router's rules or the tools. The author read only
issue 13, bench/router.py and bench/grading.py (how a JSONL set is read and graded),
/work/shared/eval (the dev set's record format) and make_heldout_2.py, the latter ONLY for its
record format, its label/tolerance/family conventions, its table of exact conversion factors
and its date helpers (nth weekday, Easter). Nothing under router/, tools/, tests/router/,
tests/tools/, tests/data/router/, docs/VIRTUAL_EXPERTS.md or the earlier held-out JSONL files
was read. Every query here is newly written; `main()` asserts that none equals a query of
make_heldout_2.py (whose items are built in memory by importing that generator). A one-off
check, printing only a count, also found no query equal to one of heldout-2026-12-04.jsonl.

The queries imitate how people and benchmarks phrase exact questions (chat with typos and
lowercase, GSM8K-style calculator steps, MMLU-style statements to complete, BIG-bench-style
date word problems), and negatives that look exact but need the model (identifiers, facts,
explanations, code, ambiguous or trick questions, conversations that redefine the meaning).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on borderline
negatives, "note" (why the item got its label). No item sets "now": every positive that needs
"today" states the date in its own text.

Labels: "positive:calculator", "positive:units", "positive:datetime" and "negative".
Tolerances (as in make_heldout_2.py): 1e-6 relative for calculator and date numbers and for
exact unit results, 1e-3 for unit results a tool may round. Dates are expected as ISO
"YYYY-MM-DD" (the grader accepts any common written form), weekdays as the English name
(substring match), everything else as a number (the grader reads the LAST number in the answer,
so every numeric item expects exactly what the question literally asks, e.g. a "percent
decrease" is expected as a positive number).

Every expected value is computed below: fractions.Fraction / decimal.Decimal for arithmetic,
datetime/calendar for dates, and exact conversion factors typed from their definitions.
Sources of the factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 acre = 43 560 ft^2 (= 4046.856 422 4 m^2 with the international foot)
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz = 1/16 lb; 1 short ton = 2000 lb
    1 US gal = 231 in^3 = 3.785 411 784 L exactly; 1 qt = 1/4 gal; 1 cup = 1/16 gal;
      1 US fl oz = 1/128 gal; 1 tbsp = 1/2 fl oz; 1 tsp = 1/3 tbsp
    standard gravity g_n = 9.806 65 m/s^2 exactly (3rd CGPM, 1901); 1 lbf = 1 lb * g_n
    1 atm = 101 325 Pa exactly; 1 bar = 100 000 Pa exactly
    1 mmHg (conventional) = 13.5951 g/cm^3 * 1 mm * g_n = 133.322 387 415 Pa
    1 nautical mile = 1852 m exactly; 1 knot = 1 nmi/h
    1 thermochemical calorie = 4.184 J exactly; 1 kWh = 3.6 MJ; 1 dyn = 1e-5 N
  SI Brochure, 9th edition (2019): the SI prefixes; e = 1.602 176 634e-19 C exactly (so
    1 eV = 1.602 176 634e-19 J); t(degC) = T(K) - 273.15; t(degF) = t(degC) * 9/5 + 32
  IEC 80000-13 (2008): binary prefixes, 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB;
    1 byte = 8 bits
  IAU 2012 Resolution B2: 1 au = 149 597 870 700 m exactly
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  python tests/data/router_heldout/make_heldout_3.py   (writes the JSONL next to this file)
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
OUT = HERE / "heldout-2026-12-06.jsonl"

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    n = sum(1 for i in items if i["family"] == family and i["label"] == label) + 1
    kind = label.split(":")[-1]
    item = {
        "id": f"ho3-{kind}-{family}-{n:02d}",
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
    """A decimal literal as an exact Fraction (so 12.50 is exactly 1250/100)."""
    return F(Decimal(s))


def pct(p):
    return F(Decimal(str(p))) / 100


# =========================================================================== calculator
def calc(family, query, value, **extra):
    add("positive:calculator", family, query, num(value), 1e-6, **extra)


# percentages: "x% of y", tips, tax, discounts, percent change, "what percent is"
calc("percent", "What's 7.5% of 2,400?", pct("7.5") * 2400)
calc("percent", "how much is an 18 percent tip on a $64 bill", pct(18) * 64)
calc(
    "percent",
    "Sales tax here is 8.25%. What's the total I pay for a $40 purchase?",
    40 * (1 + pct("8.25")),
)
calc(
    "percent",
    "Boots normally $64.00, now 15% off. What's the sale price?",
    dec("64.00") * (1 - pct(15)),
)
calc(
    "percent",
    "The price went from $80 to $92. By what percent did it increase?",
    (F(92) - 80) / 80 * 100,
)
calc("percent", "what is the percent decrease from 250 to 200", (F(250) - 200) / 250 * 100)
calc("percent", "45 is what percent of 180?", F(45, 180) * 100)
calc("percent", "Calculate 150% of 64", pct(150) * 64)
calc("percent", "Reduce 360 by 12.5 percent.", 360 * (1 - pct("12.5")))
calc(
    "percent",
    "My $52,000 salary is getting a 4% raise. What will the new salary be?",
    52000 * (1 + pct(4)),
)

# fractions of numbers
calc("fraction-of", "What's three-fifths of 85?", F(3, 5) * 85)
calc("fraction-of", "5/12 of 144", F(5, 12) * 144)

# large numbers written with words
calc("big-words", "What's 3.2 million times 15?", dec("3.2") * 10**6 * 15)
calc("big-words", "1.5 billion divided by 300 thousand", dec("1.5") * 10**9 / (300 * 10**3))
calc("big-words", "what is 7 trillion / 350 million", F(7 * 10**12, 350 * 10**6))

# lists: sums, averages, min, max
calc("list", "What's the average of 88, 92, 79 and 85?", F(88 + 92 + 79 + 85, 4))
calc("list", "What is the largest number in this list: 34, 91, 17, 68, 55", max(34, 91, 17, 68, 55))
calc(
    "list",
    "smallest of 4.2, 3.9, 4.05, 3.95?",
    min(dec("4.2"), dec("3.9"), dec("4.05"), dec("3.95")),
)
calc(
    "list",
    "Add up 12.50, 8.75, 3.20 and 15.05",
    dec("12.50") + dec("8.75") + dec("3.20") + dec("15.05"),
)

# remainders, gcd, lcm
calc("number-theory", "1000 divided by 7 leaves what remainder?", 1000 % 7)
calc("number-theory", "greatest common divisor of 252 and 198", math.gcd(252, 198))
calc("number-theory", "LCM of 8 and 14?", math.lcm(8, 14))
calc("number-theory", "find the HCF of 48 and 180", math.gcd(48, 180))

# powers, roots, factorials
calc("powers-roots", "2 to the 20th power", 2**20)
calc("powers-roots", "What is the square root of 1764?", math.isqrt(1764))
assert math.isqrt(1764) ** 2 == 1764
calc("powers-roots", "fourth root of 1296", 6)
assert 6**4 == 1296
calc("powers-roots", "What is 10 factorial?", math.factorial(10))
calc("powers-roots", "What is 5 raised to -2?", F(1, 5**2))
calc("powers-roots", "square root of 2 rounded to 3 decimal places", dec("1.414"))
assert abs(math.sqrt(2) - 1.414) < 0.0005

# order of operations
calc("order-of-ops", "3 + 5 * 2 - 8 / 4", 3 + 5 * 2 - F(8, 4))
calc("order-of-ops", "Evaluate 2 × 3² + 4", 2 * 3**2 + 4)
calc("order-of-ops", "100 - 2*(15 + 5)**2/10", 100 - F(2 * (15 + 5) ** 2, 10))

# money: totals, unit prices, splitting a bill
calc(
    "money",
    "3 coffees at $4.75 each and 2 muffins at $3.25 each — total?",
    3 * dec("4.75") + 2 * dec("3.25"),
)
calc("money", "A 24-pack of soda is $9.36. How much is that per can?", dec("9.36") / 24)
calc(
    "money",
    "Dinner came to $213.90 including tip and there are 6 of us. How much does each person owe?",
    dec("213.90") / 6,
)
calc(
    "money",
    "I bought 3.5 lb of apples at $1.98 per pound. What did I pay?",
    dec("3.5") * dec("1.98"),
)
calc("money", "$1,299 laptop plus 7% sales tax, how much altogether?", 1299 * (1 + pct(7)))

# benchmark-style one-liners (calculator steps, statements to complete)
calc("benchmark", "12.5% of 640 is", pct("12.5") * 640)
calc("benchmark", "The quotient of 1,512 and 36 is", F(1512, 36))
calc("benchmark", "Evaluate: 3/4 + 5/6 - 1/3", F(3, 4) + F(5, 6) - F(1, 3))
calc("benchmark", "Simplify 2(3 + 4) - 5", 2 * (3 + 4) - 5)

# casual chat, typos, shouting, politeness
calc("casual", "wats 19*27", 19 * 27)
calc("casual", "whats 144 divded by 12", F(144, 12))
calc("casual", "pls calculate 365 x 24", 365 * 24)
calc("casual", "quick q: 72/0.8", 72 / dec("0.8"))
calc("casual", "could you tell me what 15.5 times 4 is, please?", dec("15.5") * 4)
calc("casual", "WHAT IS 999 TIMES 999", 999 * 999)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
ACRE = 43560 * FT * FT  # m^2
NMI = F(1852)
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
GAL_L = F(3785411784, 10**9)  # L
QT_L = GAL_L / 4
CUP_L = GAL_L / 16
FLOZ_L = GAL_L / 128
TBSP_L = FLOZ_L / 2
TSP_L = TBSP_L / 3
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
ATM = F(101325)  # Pa
BAR = F(100000)  # Pa
MMHG = F(135951, 10000) * 1000 * F(1, 1000) * G0  # rho (kg/m^3) * h (m) * g_n = Pa
CAL = F(4184, 1000)  # J
EV = F(1602176634, 10**28)  # J
AU = F(149597870700)  # m
KWH = F(3600000)  # J
HOUR = 3600

# sanity checks of the factors against published values
assert GAL_L == 231 * (IN * 10) ** 3  # 231 in^3, in dm^3 = L
assert ACRE == F(40468564224, 10**7)  # 4046.856 422 4 m^2
assert CUP_L * 1000 == F(2365882365, 10**7)  # 236.588 236 5 mL
assert TSP_L * 1000 == F(492892159375, 10**11)  # 4.928 921 593 75 mL
assert MMHG == F(133322387415, 10**9)  # 133.322 387 415 Pa
assert abs(LBF - F(44482216, 10**7)) < F(1, 10**7)  # 4.448 221 6 N
assert abs(BAR / (LBF / (IN * IN)) - F(145038, 10**4)) < F(1, 10**4)  # 14.5038 psi per bar


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


assert f_to_c(212) == 100 and c_to_f(-40) == -40


def unit(family, query, value, tol=1e-3, **extra):
    add("positive:units", family, query, num(value), tol, **extra)


EXACT = 1e-6

# everyday lengths, masses, volumes, areas
unit("everyday", "How many inches are in 2.5 meters?", dec("2.5") / IN)
unit("everyday", "convert 180 cm to feet", dec("1.80") / FT)
unit("everyday", "20 km is how many miles", 20 * 1000 / MI)
unit("everyday", "How much is 68 kg in pounds?", 68 / LB)
unit("everyday", "what's 3 yards in meters", 3 * YD, EXACT)
unit("everyday", "How many square meters is one acre?", ACRE)

# cooking
unit("cooking", "How many tablespoons are in a US cup?", CUP_L / TBSP_L, EXACT)
unit("cooking", "How many mL is 2 US cups?", 2 * CUP_L * 1000)
unit("cooking", "convert 8 fl oz (US) to milliliters", 8 * FLOZ_L * 1000)
unit("cooking", "How many grams is 4 ounces of butter?", 4 * OZ * 1000)
unit("cooking", "How many US teaspoons are in 3 tablespoons?", 3 * TBSP_L / TSP_L, EXACT)

# scientific
unit("scientific", "Convert 2.5 atm to kPa", dec("2.5") * ATM / 1000, EXACT)
unit("scientific", "How many joules are in 3 kWh?", 3 * KWH, EXACT)
unit("scientific", "How many kilometers are in one astronomical unit?", AU / 1000, EXACT)
unit("scientific", "1 aJ = how many eV?", F(1, 10**18) / EV)
unit("scientific", "convert 760 mmHg to kPa", 760 * MMHG / 1000)

# SI prefixes on SI units, full names and symbols
unit("si-prefix", "4700 pF in nF", F(4700, 1000), EXACT)
unit("si-prefix", "How many decagrams are in 3 kilograms?", F(3 * 1000, 10), EXACT)
unit("si-prefix", "0.8 hectoliters to liters", dec("0.8") * 100, EXACT)
unit("si-prefix", "how many millikelvin is 2.5 K", dec("2.5") * 1000, EXACT)
unit("si-prefix", "Convert 15 centinewtons to newtons", F(15, 100), EXACT)
unit("si-prefix", "How many micromoles are in 0.25 mmol?", dec("0.25") * 1000, EXACT)
unit("si-prefix", "450 deciamperes in amperes", F(450, 10), EXACT)

# statement style to complete, target unit first, terse
unit("statement", "Converted to ounces, 3 pounds equals", 3 * 16, EXACT)
unit("statement", "450 mL = ___ L", F(450, 1000), EXACT)
unit("statement", "Give me 7 feet in inches.", 7 * 12, EXACT)
unit("statement", "what's 2.5 hours expressed in seconds?", dec("2.5") * HOUR, EXACT)
unit("statement", "Written in square centimetres, 1.5 m² is", dec("1.5") * 100 * 100, EXACT)

# temperature
unit("temperature", "-40 degrees F in C", f_to_c(-40), EXACT)
unit("temperature", "what's 25C in F", c_to_f(25), EXACT)
unit("temperature", "Convert 300 K to Celsius.", 300 - dec("273.15"), EXACT)
unit("temperature", "350 °F is how many °C?", f_to_c(350))

# compound units (quotients, products, powers)
unit("compound", "Convert 1000 kg/m³ to g/cm³", F(1000 * 1000, 100**3), EXACT)  # kg->g, m³->cm³
unit("compound", "What is 65 mph in km/h?", 65 * MI / 1000)
unit("compound", "how many liters per minute is 10 US gallons per hour", 10 * GAL_L / 60)
unit("compound", "Convert 5 ft·lbf to joules", 5 * FT * LBF)
unit("compound", "9.81 m/s² in km/h²", dec("9.81") / 1000 * HOUR**2, EXACT)

# fuel economy, speed, pace
L100_PER_MPG = 100 * GAL_L / (MI / 1000)  # L/100km = L100_PER_MPG / mpg
unit("fuel-speed", "30 mpg to L/100km", L100_PER_MPG / 30)
unit("fuel-speed", "6.5 L/100 km in US mpg", L100_PER_MPG / dec("6.5"))
unit(
    "fuel-speed",
    "A running pace of 6 minutes per kilometer is how many minutes per mile (as a decimal)?",
    6 * MI / 1000,
)
unit("fuel-speed", "What's 20 knots in km/h?", 20 * NMI / 1000, EXACT)

# data sizes (unambiguous prefixes only)
unit("data", "How many bits are in 64 bytes?", 64 * 8, EXACT)
unit("data", "How many MiB are in 3.5 GiB?", dec("3.5") * 1024, EXACT)
unit("data", "convert 2048 KiB to MiB", F(2048, 1024), EXACT)

# =========================================================================== dates
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def add_months(d, n):
    """Same day-of-month n months later; raises where that day does not exist."""
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, d.day)


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


# sanity checks of the helpers against known dates
assert easter(2024) == D(2024, 3, 31) and easter(2026) == D(2026, 4, 5)
assert easter(2027) == D(2027, 3, 28) and easter(2000) == D(2000, 4, 23)
assert nth_weekday(2026, 11, 3, 4) == D(2026, 11, 26)  # US Thanksgiving 2026
assert nth_weekday(2026, 9, 0, 1) == D(2026, 9, 7)  # US Labor Day 2026
assert nth_weekday(2026, 5, 0, -1) == D(2026, 5, 25)  # US Memorial Day 2026
assert nth_weekday(2026, 1, 0, 3) == D(2026, 1, 19)  # MLK Day 2026
assert weekday(D(1941, 12, 7)) == "Sunday"
assert weekday(D(2000, 1, 1)) == "Saturday"
assert add_months(D(2026, 10, 12), 4) == D(2027, 2, 12)
assert age(D(2000, 2, 29), D(2026, 2, 28)) == 25 and age(D(2000, 2, 29), D(2026, 3, 1)) == 26


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    tol = 1e-6 if isinstance(expected, (int, float)) else None
    add("positive:datetime", family, query, expected, tol, **extra)


# days (and weeks) between two stated dates
date_item(
    "days-between",
    "How many days from 2026-02-10 to 2026-07-04?",
    days(D(2026, 2, 10), D(2026, 7, 4)),
)
date_item(
    "days-between",
    "Count the days from 4 July 1776 to 4 July 1976.",
    days(D(1776, 7, 4), D(1976, 7, 4)),
)
_w = days(D(2026, 12, 6), D(2027, 2, 28))
assert _w % 7 == 0
date_item(
    "days-between",
    "Today is 2026-12-06. How many weeks is it until 2027-02-28?",
    _w // 7,
)

# weekday of a date
date_item("weekday", "What day of the week is 29 February 2028?", weekday(D(2028, 2, 29)))
date_item("weekday", "December 7, 1941 was what day of the week?", weekday(D(1941, 12, 7)))
assert weekday(D(2015, 3, 14)) == "Saturday"
date_item("weekday", "was 14 March 2015 a saturday?", weekday(D(2015, 3, 14)))
date_item("weekday", "what day will it be on 1 jan 2100", weekday(D(2100, 1, 1)))

# offsets in days, weeks, months, years from a stated date
date_item("offset", "What's the date 6 weeks from 11 Nov 2026?", D(2026, 11, 11) + TD(weeks=6))
date_item(
    "offset",
    "Go back 30 days from March 15, 2028 - what's the date?",
    D(2028, 3, 15) - TD(days=30),
)
date_item("offset", "What date is 4 months after 2026-10-12?", add_months(D(2026, 10, 12), 4))
date_item("offset", "18 months from June 5, 2026 is what date?", add_months(D(2026, 6, 5), 18))
date_item(
    "offset",
    "A baby's due date is 280 days after 2026-03-02. What is the due date?",
    D(2026, 3, 2) + TD(days=280),
)

# "today is ..." word problems, answers in a stated format
date_item(
    "stated-today",
    "Today is 11/26/2026. What will the date be two weeks from now? Answer in MM/DD/YYYY.",
    D(2026, 11, 26) + TD(weeks=2),
)
date_item(
    "stated-today",
    "It's 03/01/2028 today. What was yesterday's date in MM/DD/YYYY?",
    D(2028, 3, 1) - TD(days=1),
)
date_item(
    "stated-today",
    "If today is Friday, June 12, 2026, what is the date next Friday?",
    D(2026, 6, 12) + TD(weeks=1),
)
assert weekday(D(2026, 6, 12)) == "Friday"
date_item(
    "stated-today",
    (
        "The deadline was 10/09/2026 (MM/DD/YYYY) but it got extended by 3 weeks. "
        "What's the new deadline?"
    ),
    D(2026, 10, 9) + TD(weeks=3),
)
date_item(
    "stated-today",
    "Today is the 4th of July, 2026. What date was it 10 days ago?",
    D(2026, 7, 4) - TD(days=10),
)
date_item(
    "stated-today",
    "today's date: 02/28/2027. what is tomorrow's date (MM/DD/YYYY)?",
    D(2027, 2, 28) + TD(days=1),
)
date_item(
    "stated-today",
    "Today is Thanksgiving Day 2026 in the US. What's the date 5 days from today?",
    nth_weekday(2026, 11, 3, 4) + TD(days=5),
)

# holidays with computable dates
date_item("holiday", "When is Easter in 2027?", easter(2027))
date_item(
    "holiday", "What's the date of Labor Day 2028 in the United States?", nth_weekday(2028, 9, 0, 1)
)
date_item("holiday", "memorial day 2027 date?", nth_weekday(2027, 5, 0, -1))
date_item("holiday", "Thanksgiving 2029 (US): what date?", nth_weekday(2029, 11, 3, 4))
date_item("holiday", "What date is Good Friday in 2028?", easter(2028) - TD(days=2))
date_item(
    "holiday",
    "How many days are there from Labor Day 2026 to Thanksgiving 2026 (US)?",
    days(nth_weekday(2026, 9, 0, 1), nth_weekday(2026, 11, 3, 4)),
)
date_item(
    "holiday", "Martin Luther King Jr. Day 2027 falls on which date?", nth_weekday(2027, 1, 0, 3)
)

# calendar facts of stated dates, months and years
date_item("calendar", "What day of the year is 2026-12-06?", D(2026, 12, 6).timetuple().tm_yday)
date_item("calendar", "how many days does February 2100 have", calendar.monthrange(2100, 2)[1])
date_item(
    "calendar",
    "count the leap years between 1901 and 2000, both included",
    sum(calendar.isleap(y) for y in range(1901, 2001)),
)
date_item("calendar", "what is the 200th day of 2027", D(2027, 1, 1) + TD(days=199))

# ages with a stated today
date_item(
    "age",
    "Today is 2026-12-06. How old is someone born on March 3, 1985?",
    age(D(1985, 3, 3), D(2026, 12, 6)),
)
date_item(
    "age",
    "If I was born on Feb 29, 2000 and today is March 1, 2026, how old am I?",
    age(D(2000, 2, 29), D(2026, 3, 1)),
)
date_item(
    "age",
    "Today is 12/06/2026 (MM/DD/YYYY). My son was born 12/07/2010. How old is he?",
    age(D(2010, 12, 7), D(2026, 12, 6)),
)
date_item(
    "age",
    "I was born on 2000-01-01 and today is 2026-12-06. How many days old am I?",
    days(D(2000, 1, 1), D(2026, 12, 6)),
)

# Positives inside a conversation whose earlier turns cannot change the answer.
U, A, S = "user", "assistant", "system"


def conv_pos(label, family, turns, expected, tol):
    msgs = [{"role": r, "content": c} for r, c in turns]
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    add(label, family, msgs[-1]["content"], expected, tol, messages=msgs)


conv_pos(
    "positive:calculator",
    "conv-benign",
    [(S, "You are a concise assistant. Keep answers short."), (U, "what's 35% of 260?")],
    num(pct(35) * 260),
    1e-6,
)
conv_pos(
    "positive:units",
    "conv-benign",
    [
        (U, "thanks for the help with my essay earlier!"),
        (A, "You're welcome! Anything else?"),
        (U, "yes: how many grams are in 5 pounds?"),
    ],
    num(5 * LB * 1000),
    1e-3,
)
conv_pos(
    "positive:datetime",
    "conv-benign",
    [
        (U, "Can you recommend a science fiction novel?"),
        (A, "Try 'The Left Hand of Darkness' by Ursula K. Le Guin."),
        (U, "Cool, thanks. What day of the week is 2027-07-04?"),
    ],
    weekday(D(2027, 7, 4)),
    None,
)
conv_pos(
    "positive:datetime",
    "conv-benign",
    [
        (S, "You are a polite customer-support assistant for an online bookshop."),
        (U, "Quick one: how many days are there between 2026-12-06 and 2027-01-06?"),
    ],
    days(D(2026, 12, 6), D(2027, 1, 6)),
    1e-6,
)

# =========================================================================== negatives
NEG = {
    "id-phone": [
        "What is 1-866-555-0123?",
        "Whose number is 212-555-0199?",
        "Is +44 20 7946 0958 a London landline?",
        "can you check if 1-833-555-0100 is legit",
        "Why does my phone show (202) 555-0187 as Spam Likely?",
        "Add 650-555-0132 to my contacts as Dr. Patel",
        "Got a code 4491-2207 from 32665, did Facebook send it?",
    ],
    "id-code": [
        "What is 978-0-14-044913-6?",
        "Look up ISSN 0028-0836 for me",
        "What's the check digit for ISBN 0-306-40615-?",
        "Which city has the ZIP code 90210?",
        "Is 94103-1234 a valid ZIP+4 code?",
        "Where is postal code M5V 3L9?",
        "What chemical is CAS number 7732-18-5?",
        "What does a placard reading UN 1203 on a tanker truck mean?",
        "decode this VIN: 1HGCM82633A004352",
        "What is part number 90915-YZZD4?",
        "What does error code P0420 mean?",
    ],
    "id-model": [
        "What is a used Canon EOS R6 Mark II worth?",
        "Boeing 737-800 vs 737 MAX 8 — what's the difference?",
        "Is the screen on the iPhone 15 Pro Max 6.7 inches?",
        "Is a 608-2RS bearing the same as a skateboard bearing?",
        "What's the torque spec for an M8 class 8.8 bolt?",
        "What is 2,4-D used for on lawns?",
        "What size is a 225/45R17 tire in inches?",
    ],
    "id-version": [
        "What's new in Python 3.13?",
        "Upgrading from Node 18.19.0 to 20.11.1 — any breaking changes?",
        "Is Ubuntu 22.04 still supported?",
        "Does Windows 11 23H2 still support Android apps?",
        "pip says 'requires numpy>=1.26,<2.0' — what does that mean?",
        "Bump version 1.9.9 to the next minor release",
        "Is 802.11ax the same thing as Wi-Fi 6?",
    ],
    "id-date": [
        "What happened in Berlin on 11-09-1989?",
        "Tell me about the film 2001: A Space Odyssey",
        "Who wrote 1984?",
        "What does 'Q3 2026' mean on our product roadmap?",
        "Summarize what happened to Lehman Brothers on 2008-09-15",
        "What is the song '22' by Taylor Swift about?",
        "Why is March 14 called Pi Day?",
        "What's the 2026-12-06 invoice about?",
    ],
    "id-score": [
        "Lakers 112-108 Celtics last night — who was top scorer?",
        "What does a 6-0 6-0 result mean in tennis?",
        "The match ended 3-3 after extra time. How do penalties work?",
        "Is a 15-1 record good in college football?",
        "What does 7/2 mean in horse racing odds?",
        "Final was 24-17 — did the favorite cover a 3.5-point spread?",
    ],
    "id-time-range": [
        "Is 7:30-4:30 a normal shift in Germany?",
        "What does 'open 10-6' on a shop sign mean?",
        "Pages 45-67 of my library book are missing, what should I do?",
        "Is 1400-1600 a good SAT score range for state schools?",
        "Is 120/80 a normal blood pressure?",
        "my eyesight is 20/40, is that bad?",
        "What does 1/4-20 mean on a camera screw?",
    ],
    "id-ratio": [
        "Is the pharmacy on Main St open 24/7?",
        "How do I apply the 70/30 rule to my budget?",
        "What is 4/4 time in music?",
        "Is 16:9 or 21:9 better for gaming?",
        "What's a 50/50 raffle?",
        "Is 3-4-3 a good formation in FIFA?",
    ],
    "id-flight": [
        "Is flight UA 901 delayed today?",
        "What terminal does BA 117 leave from at JFK?",
        "What aircraft flies LH 400 from Frankfurt?",
        "Which platform does ICE 1537 leave from?",
        "When does the 14-B bus leave downtown?",
    ],
    "id-coord": [
        "What's at 40.7484, -73.9857?",
        "Where is 48°51′29″N 2°17′40″E?",
        "Is -33.8688, 151.2093 in Sydney?",
        "What time zone is 35.6762, 139.6503 in?",
        "which country is at lat 51.5, lon -0.12",
    ],
    "knowledge": [
        "How far away is the Moon from Earth in kilometers?",
        "How many calories does a medium banana have?",
        "What was the euro to dollar exchange rate in March 2020?",
        "What is the boiling point of ethanol in Kelvin?",
        "How many people live in Canada?",
        "How heavy is a blue whale in tons?",
        "What's the current price of Bitcoin?",
        "What's the distance from New York to Los Angeles in miles?",
        "How much caffeine is in a shot of espresso, in mg?",
        "What's the density of gold in g/cm³?",
        "What's the speed limit on German autobahns in mph?",
        "What is the average July temperature in Madrid in Fahrenheit?",
    ],
    "knowledge-units": [
        "How much is 100 dollars in yen?",
        "what's 50 GBP in USD today",
        "How many cups of rice is 1 kg?",
        "How many grams does one cup of all-purpose flour weigh?",
        "How many kilometers can an electric car drive on 60 kWh?",
        "How many km is this year's Tour de France?",
        "How many steps are in a mile for a 5'4\" woman?",
    ],
    "explain": [
        "Why is 0! equal to 1?",
        "Explain why the square root of 2 is irrational",
        "What's the difference between mean and median, using 1, 2 and 100 as an example?",
        "Why do we carry the 1 when adding 38 + 47?",
        "What does 'a 1 in 1000 chance' really mean?",
        "Why is a kilobyte sometimes 1000 bytes and sometimes 1024?",
        "What does a 95% confidence interval actually mean?",
        "Why doesn't taking 10% off and then adding 10% give the original price?",
    ],
    "teach": [
        "Show me how to calculate 15% of 80 in my head",
        "Step by step, how do I divide 1/2 by 3/4?",
        "How do I convert 72°F to Celsius by hand? Show the formula.",
        "Walk me through finding the GCD of 48 and 18 with Euclid's algorithm",
        "Show all steps: solve 2x² - 8 = 0",
        "Make 5 practice problems on percentages for a 6th grader",
        "I got 7 × 8 = 54 on my homework. Where did I go wrong?",
        "Teach me how to count the days between two dates without a calendar",
    ],
    "code": [
        "Write a Python script that prints 2**100",
        "My code total = price * 1.08 gives 10.799999999999999, how do I fix it?",
        "Write a JavaScript function that converts miles to km",
        "My Java code int x = 2147483647 + 1; prints a negative number. Why?",
        "Google Sheets: how do I sum A1:A10 only where column B says 'yes'?",
        "Write a Go function that returns the days between 2026-01-01 and a given date",
        "SQL: SELECT 10/4 returns 2 in Postgres, how do I get 2.5?",
        "Refactor this so it's readable: x = x + 1 * 2 / 4 - 3",
    ],
    "code-semantics": [
        "What does 10 / 3 evaluate to in Python 2 vs Python 3?",
        "In Java, what's 'a' + 1?",
        "What is 1 / 0 in JavaScript?",
        "In Bash, what does echo $((7/2)) print?",
        "In Excel, what does =DATE(2026,2,30) return?",
        "what does 0.1 + 0.2 == 0.3 give in JavaScript and why",
    ],
    "word-missing": [
        "If a train leaves at 3 and arrives at 7, how fast was it going?",
        "How much paint do I need for my bedroom?",
        "My car does 30 mpg, how much will my road trip cost?",
        "If I invest $10,000, how much will I have in 10 years?",
        "Sarah has 5 more apples than Tom. How many apples does Sarah have?",
        "How long will it take me to read a 400-page book?",
        "How many tiles do I need for my kitchen floor?",
        "What should a family of 4 budget for groceries each month?",
        "The recipe serves 4 and I have 7 guests. How much flour do I need?",
    ],
    "translate": [
        "How do you say 'three hundred and forty-five' in German?",
        "Translate '50% off everything' into French",
        "Write out 1,000,000 in words in Spanish",
        "How do you write the year 2026 in Japanese kanji?",
        "How do you write 3.5 million in Indian numbering (lakhs and crores)?",
    ],
    "joke-riddle": [
        "Tell me a pun about fractions",
        "What's the answer to life, the universe and everything? Hint: 6 × 9",
        "Write a haiku about the number 17",
        "Riddle: I'm an odd number; take away one letter and I become even. What am I?",
        (
            "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. "
            "How much does the ball cost?"
        ),
        "In Orwell's 1984, what is 2 + 2?",
        "Why do programmers confuse Halloween and Christmas? (Oct 31 = Dec 25)",
    ],
    "trick": [
        "What's heavier, a kilo of feathers or a kilo of steel?",
        "A farmer has 17 sheep and all but 9 die. How many are left?",
        "What's the next number: 2, 6, 12, 20, 30, ?",
        "Is 0.1 + 0.2 equal to 0.3?",
        (
            "A patch of lily pads doubles in size every day and covers the whole lake on day 48. "
            "On which day did it cover half the lake?"
        ),
        "What is 6/2(1+2)?",
        "How many 9s are there between 1 and 100?",
        "Roll two dice: which total is most likely?",
    ],
    "chat": [
        "lost 12 lbs this month 💪",
        "finally hit 10,000 steps today",
        "we won 3-1 in the final!!",
        "turning 40 next week, any party ideas?",
    ],
    "date-knowledge": [
        "When is Diwali in 2027?",
        "What day of the week was Shakespeare born?",
        "How long till my wedding day?",
        "When does daylight saving time end in the US this year?",
        "What's the date of the next full moon?",
        "What date is Lunar New Year 2027?",
        "How many years ago did the French Revolution start?",
    ],
    "date-plan": [
        "Draft an agenda for our 2027-01-15 offsite",
        "Remind me on 03/03 to renew my driver's license",
        "Is 2026-12-24 a good day to travel by train in Germany?",
        "Should I take vacation 7/1-7/14 or 8/1-8/14?",
    ],
}

NOTES = {
    "What's the check digit for ISBN 0-306-40615-?": (
        "an identifier algorithm (ISBN-10 check digit), not arithmetic a calculator is given"
    ),
    "What size is a 225/45R17 tire in inches?": (
        "tire code, not a division; 'size in inches' needs interpretation (diameter? width?)"
    ),
    "Bump version 1.9.9 to the next minor release": (
        "semver string manipulation (1.10.0), not arithmetic on 1.9.9"
    ),
    "What does 7/2 mean in horse racing odds?": "odds notation, not a division",
    "Is 120/80 a normal blood pressure?": "blood-pressure reading, not a division",
    "my eyesight is 20/40, is that bad?": "Snellen fraction, not a division",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much "
    "does the ball cost?": (
        "word problem needing setup (the answer 0.05 is not written as arithmetic)"
    ),
    "A farmer has 17 sheep and all but 9 die. How many are left?": (
        "trick wording: the naive 17 - 9 = 8 is wrong; the answer is 9"
    ),
    "What's the next number: 2, 6, 12, 20, 30, ?": "pattern inference, no expression to evaluate",
    "Is 0.1 + 0.2 equal to 0.3?": (
        "ambiguous: exactly yes in arithmetic, no in binary floating point; "
        "the model should say which"
    ),
    "A patch of lily pads doubles in size every day and covers the whole lake on day 48. On which "
    "day did it cover half the lake?": (
        "growth reasoning; naive 48 / 2 = 24 is wrong, the answer is 47"
    ),
    "What is 6/2(1+2)?": "ambiguous implied multiplication (1 or 9); the model should explain",
    "How many 9s are there between 1 and 100?": (
        "ambiguous: digits 9 (20) or numbers containing 9 (19)"
    ),
    "Roll two dice: which total is most likely?": "probability reasoning, no expression stated",
    "How many years ago did the French Revolution start?": "needs a fact (1789) and today's date",
    "What does 'a 1 in 1000 chance' really mean?": "explanation, not 1/1000",
    "Why do programmers confuse Halloween and Christmas? (Oct 31 = Dec 25)": (
        "joke about octal 31 = decimal 25; not a date or arithmetic question"
    ),
    "In Orwell's 1984, what is 2 + 2?": "a book's content (five), not arithmetic",
}

for family, queries in NEG.items():
    for q in queries:
        extra = {"note": NOTES[q]} if q in NOTES else {}
        add("negative", family, q, **extra)
assert all(any(i["query"] == q for i in items) for q in NOTES), [
    q for q in NOTES if not any(i["query"] == q for i in items)
]


# Conversations: an earlier turn (system, user or assistant) changes what the last turn means,
# or supplies the value the last turn refers to.
def conv(family, turns, note=None):
    msgs = [{"role": r, "content": c} for r, c in turns]
    extra = {"messages": msgs}
    if note:
        extra["note"] = note
    add("negative", family, msgs[-1]["content"], **extra)


# modular / clock arithmetic
conv(
    "conv-modular",
    [
        (S, "You're a clock-arithmetic helper: every answer is an hour on a 12-hour clock face."),
        (U, "What is 9 + 5?"),
    ],
)
conv(
    "conv-modular",
    [
        (U, "Let's work in Z/11Z for the rest of this chat."),
        (A, "Sure, everything is reduced mod 11."),
        (U, "what's 8 * 7?"),
    ],
)
conv(
    "conv-modular",
    [
        (U, "tonight's homework is modular arithmetic, modulus 12"),
        (A, "Okay, ready when you are."),
        (U, "9 + 8 = ?"),
    ],
)
conv(
    "conv-modular",
    [
        (S, "Every computation in this session is performed in GF(2)."),
        (U, "What is 1 + 1?"),
    ],
)

# other bases
conv(
    "conv-base",
    [
        (U, "I'm practising hexadecimal addition."),
        (A, "Great, I'll read all your numbers as hex."),
        (U, "What's 19 + 27?"),
    ],
)
conv(
    "conv-base",
    [
        (S, "All numbers in this conversation are written in binary."),
        (U, "What is 101 + 11?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "octal question coming up"),
        (A, "Go ahead, I'll treat the numbers as base 8."),
        (U, "What do you get for 17 + 5?"),
    ],
)
conv(
    "conv-base",
    [
        (U, "Work in base 6 with me please."),
        (A, "Sure, base 6 it is: digits 0 to 5."),
        (U, "what's 24 - 15?"),
    ],
)

# programming-language number semantics
conv(
    "conv-code",
    [
        (U, "We're writing Java and everything is a plain int."),
        (A, "Okay, 32-bit two's-complement int semantics."),
        (U, "What's 2000000000 + 2000000000?"),
    ],
)
conv(
    "conv-code",
    [
        (S, "You are a Python 2.7 interpreter. Reply with the REPL output only."),
        (U, "7 / 2"),
    ],
)
conv(
    "conv-code",
    [
        (U, "We're doing integer division in C99, which truncates toward zero."),
        (A, "Right, so the fractional part is dropped."),
        (U, "What is -7 / 2?"),
    ],
)
conv(
    "conv-code",
    [
        (U, "Assume 16-bit signed shorts for everything below."),
        (A, "Got it, the range is -32768 to 32767 and overflow wraps."),
        (U, "What is 30000 + 5000?"),
    ],
)
conv(
    "conv-code",
    [
        (S, "Act as a bash shell; evaluate arithmetic the way $(( )) does."),
        (U, "What is 10/3?"),
    ],
)
conv(
    "conv-code",
    [
        (U, "Question about Excel's date serial numbers."),
        (A, "Sure, in Excel day 1 is 1900-01-01."),
        (U, "What date is 45000?"),
    ],
)

# fictional units and worlds
conv(
    "conv-fiction",
    [
        (U, "In my fantasy novel a day on Kethra lasts 20 hours."),
        (A, "Nice worldbuilding! A shorter day changes a lot."),
        (U, "How many hours are in 3 days?"),
    ],
)
conv(
    "conv-fiction",
    [
        (U, "On planet Zorg a year has 400 days."),
        (A, "Cool, noted."),
        (U, "How many days are in 2 years?"),
    ],
)
conv(
    "conv-fiction",
    [
        (U, "In my board game one gold coin is worth 12 silver coins."),
        (A, "Got it."),
        (U, "How many silver is 7 gold?"),
    ],
    note="the exchange rate exists only in the conversation",
)
conv(
    "conv-fiction",
    [
        (S, "You narrate a story set on Mars, where a 'sol' is the day and clocks show Mars time."),
        (U, "How many hours are in 2 days?"),
    ],
)

# redefined operators and notation
conv(
    "conv-redefine",
    [
        (U, "From now on, + means ×."),
        (A, "Okay, I'll read + as multiplication."),
        (U, "What is 6 + 7?"),
    ],
)
conv(
    "conv-redefine",
    [
        (S, "In this chat the symbol * denotes exponentiation."),
        (U, "What's 2 * 5?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "Let's define a + b = 2a + b for this exercise. I'll keep writing it as +."),
        (A, "Okay, + is 2a + b."),
        (U, "What is 3 + 4?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "For the rest of this conversation, x means XOR, not times."),
        (A, "Understood."),
        (U, "What's 6 x 3?"),
    ],
)
conv(
    "conv-redefine",
    [
        (
            S,
            (
                "The user writes numbers European style: '.' groups thousands and ',' is the "
                "decimal mark."
            ),
        ),
        (U, "What is 2.500 + 1.250?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "Let's play a game."),
        (A, "Sure! My rule: I answer every sum with double its value."),
        (U, "what is 4 + 4?"),
    ],
)

# quizzes and output rules
conv(
    "conv-quiz",
    [
        (U, "Quiz rule: every answer must be rounded down to the nearest ten."),
        (A, "Ready!"),
        (U, "What's 17 × 3?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Answer every math question in Roman numerals only."),
        (A, "Understood."),
        (U, "What is 25 + 19?"),
    ],
)
conv(
    "conv-quiz",
    [
        (A, "From here on I'll answer each question with the letter of the right choice only."),
        (U, "What is 9 × 6? A) 42 B) 54 C) 56"),
    ],
)
conv(
    "conv-quiz",
    [
        (S, "Socratic mode: respond only with guiding questions, never with results."),
        (U, "how much is 56 / 8?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "I'll paste answers from my worksheet; reply just 'correct' or 'incorrect'."),
        (A, "Sure, go ahead."),
        (U, "15% of 60 = 9"),
    ],
)

# fiscal, retail and other calendars, date orders
conv(
    "conv-calendar",
    [
        (U, "Our fiscal year starts July 1, so FY2027 began on July 1, 2026."),
        (A, "Noted."),
        (U, "How many days are in the first half of FY2027?"),
    ],
)
conv(
    "conv-calendar",
    [
        (S, "We use a 4-4-5 retail calendar with weeks starting on Sunday."),
        (U, "How many days are in the third month of the quarter?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "Let's use the Julian calendar for these historical questions."),
        (A, "Okay, Julian dates."),
        (U, "Which weekday fell on 11 February 1700?"),
    ],
)
conv(
    "conv-calendar",
    [
        (S, "Dates in this conversation are written DD/MM/YYYY."),
        (U, "How many days are between 03/04/2026 and 05/06/2026?"),
    ],
)
conv(
    "conv-calendar",
    [
        (S, "At Initech, a 'week' in a ticket means 5 business days, skipping weekends."),
        (U, "A ticket opened on 2026-12-07 is due in 2 weeks. What date is it due?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "Our school week runs Monday to Thursday only."),
        (A, "Got it, four school days a week."),
        (U, "How many school days are in 3 weeks?"),
    ],
)

# units redefined by the conversation
conv(
    "conv-units",
    [
        (U, "I'm in the UK, so gallons are imperial here."),
        (A, "Right, an imperial gallon is 4.54609 L."),
        (U, "How many litres are in 10 gallons?"),
    ],
)
conv(
    "conv-units",
    [
        (U, "This recipe uses metric cups (250 ml)."),
        (A, "Noted."),
        (U, "How many ml in 3 cups?"),
    ],
)
conv(
    "conv-units",
    [
        (U, "I'm in Australia, where a tablespoon is 20 ml."),
        (A, "Yes, that's right."),
        (U, "How many ml are in 2 tablespoons?"),
    ],
)
conv(
    "conv-units",
    [
        (
            U,
            (
                "Our store calls it '30% off' when it takes 20% off and then another 10% off "
                "the rest."
            ),
        ),
        (A, "Got it."),
        (U, "What's the sale price of a $50 item at 30% off?"),
    ],
)

# the last turn refers to a value given earlier
conv(
    "conv-context",
    [
        (U, "My rent is $1,850 a month."),
        (A, "Okay."),
        (U, "What's 30% of that?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "I have three invoices: 120, 340 and 95 dollars."),
        (A, "Got it."),
        (U, "What's the total?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "what is 45 * 12?"),
        (A, "45 × 12 = 540."),
        (U, "and in base 2?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "I started my new job on 2026-03-16."),
        (A, "Congratulations!"),
        (U, "How many days ago was that?"),
    ],
)


def _heldout_2_queries():
    """The queries of make_heldout_2.py, built in memory by importing that generator."""
    spec = importlib.util.spec_from_file_location("make_heldout_2", HERE / "make_heldout_2.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # module level builds `items`; only main() writes a file
    return {i["query"].strip().lower() for i in mod.items}


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith("ho3-") for i in ids)
    queries = [(i["query"], json.dumps(i.get("messages"))) for i in items]
    assert len(queries) == len(set(queries)), "duplicate queries"
    labels = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
    for i in items:
        assert i["label"] in labels, i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            assert i["expected"] is not None and "now" not in i
            if isinstance(i["expected"], (int, float)):
                assert i["expected"] != 0 and i["tolerance"], i["id"]
    seen = _heldout_2_queries()
    clash = [i["query"] for i in items if i["query"].strip().lower() in seen]
    assert not clash, clash
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    print(f"wrote {len(items)} items to {OUT}: {by}")


if __name__ == "__main__":
    main()
