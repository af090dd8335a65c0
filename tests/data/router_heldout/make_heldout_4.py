"""Generate heldout-2026-12-07.jsonl: a fourth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only issue 13, bench/router.py and bench/grading.py (how a JSONL set is read and
graded) and make_heldout_3.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its table of exact conversion factors with their sources and its date helpers
(nth weekday, Easter). Nothing under router/, tools/, docs/ or tests/ (other than that one
generator) was read, no held-out JSONL file was opened, and no commit history was looked at.
Every query here is newly written; `main()` asserts that none equals (case-insensitively) a
query of make_heldout_3.py, make_heldout_2.py or make_heldout.py, whose items are built in
memory by importing those generators (their queries are never printed).

The queries imitate how people and benchmarks phrase exact questions: chat with typos and
lowercase, shopping maths, GSM8K-like one-step word problems, statements to complete, the target
unit first, SI prefixes in full and symbol form, compound and chained units, date word problems
that state "today" and ask for a format, holidays with computable dates, calendar facts and ages.
The negatives look exact but need the model: identifiers of every kind (hotlines, ISBNs, VINs,
IP addresses, versions, scores, model names), numbers that need knowledge or live data,
explanations, teaching, code, word problems with missing facts or needing interpretation,
translations, jokes, trick questions, ambiguous notation, and conversations whose earlier turns
change what the last question means (notation, modular or base arithmetic, programming-language
semantics, custom units and calendars, quiz rules, a value the last turn refers back to).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on borderline
items, "note" (why the item got its label). No item sets "now": every positive that needs
"today" states the date in its own text.

Labels: "positive:calculator", "positive:units", "positive:datetime" and "negative".
Tolerances (as in make_heldout_3.py): 1e-6 relative for calculator and date numbers and for
exact unit results, 1e-3 for unit results a tool may round. Dates are expected as ISO
"YYYY-MM-DD" (the grader accepts any common written form), weekdays as the English name
(substring match), everything else as a number (the grader reads the LAST number in the answer).
To keep that grader honest, no positive asks for a result in a unit written with a power
(m^2, ft^3, ...), in L/100 km, as a clock time or as a fraction "a/b": each expects a single
number whose natural display ends the answer.

Every expected value is computed below: fractions.Fraction / decimal.Decimal for arithmetic,
datetime/calendar for dates, and exact conversion factors typed from their definitions.
Sources of the factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft; 1 fathom = 6 ft;
      1 furlong = 660 ft
    1 acre = 43 560 ft^2; 1 ha = 10 000 m^2
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz = 1/16 lb; 1 stone = 14 lb
    1 US gal = 231 in^3 = 3.785 411 784 L exactly; 1 qt = 1/4 gal; 1 cup = 1/16 gal;
      1 US fl oz = 1/128 gal; 1 tbsp = 1/2 fl oz; 1 tsp = 1/3 tbsp
    standard gravity g_n = 9.806 65 m/s^2 exactly (3rd CGPM, 1901); 1 lbf = 1 lb * g_n;
      1 psi = 1 lbf/in^2; 1 ft*lbf = 1 ft * 1 lbf; 1 hp (mechanical) = 550 ft*lbf/s
    1 atm = 101 325 Pa exactly; 1 bar = 100 000 Pa exactly
    1 mmHg (conventional) = 13.5951 g/cm^3 * 1 mm * g_n = 133.322 387 415 Pa
    1 nautical mile = 1852 m exactly; 1 knot = 1 nmi/h
    1 thermochemical calorie = 4.184 J exactly; 1 kWh = 3.6 MJ; 1 dyn = 1e-5 N
  SI Brochure, 9th edition (2019): the SI prefixes (da = 10, h = 100, d = 0.1, c = 0.01, ...);
    c = 299 792 458 m/s exactly; T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5 + 32
  IEC 80000-13 (2008): binary prefixes, 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB;
    decimal prefixes on bytes and bits (1 GB = 10^9 B, 1 Mbit = 10^6 bit); 1 byte = 8 bits
  IAU 2012 Resolution B2: 1 au = 149 597 870 700 m exactly; IAU 2015 Resolution B2:
    1 pc = 648 000/pi au; IAU Julian year = 365.25 d of 86 400 s, so
    1 ly = 365.25 * 86 400 s * c = 9 460 730 472 580 800 m exactly
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  python tests/data/router_heldout/make_heldout_4.py   (writes the JSONL next to this file)
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
OUT = HERE / "heldout-2026-12-07.jsonl"
PREFIX = "ho4-"

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
    """A decimal literal as an exact Fraction (so 46.80 is exactly 4680/100)."""
    return F(Decimal(s))


def pct(p):
    return F(Decimal(str(p))) / 100


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("7.5") == F(3, 40)

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# percentages
calc("percentage", "what's 0.5 percent of 18,000", pct("0.5") * 18000)
calc(
    "percentage",
    "Of 640 survey respondents, 37.5% said yes. How many people is that?",
    pct("37.5") * 640,
)
calc(
    "percentage",
    "Enrollment: 12,500 students last year, 14,000 this year. Percent change?",
    (F(14000) - 12500) / 12500 * 100,
)
calc("percentage", "By how many percent is 150 smaller than 200?", (F(200) - 150) / 200 * 100)
calc("percentage", "Calculate 15% of 15% of 10,000", pct(15) * pct(15) * 10000)

# tips, tax, discounts
calc("shopping", "I want to leave 20% on a $46.80 lunch — tip amount?", pct(20) * dec("46.80"))
calc("shopping", "$249.50 plus 6% sales tax comes to?", dec("249.50") * (1 + pct(6)))
calc(
    "shopping",
    "A $120 jacket is 30% off, and my coupon takes a further 10% off the sale price. "
    "What do I pay?",
    120 * (1 - pct(30)) * (1 - pct(10)),
)
calc("shopping", "15 percent gratuity on seventy-three dollars forty?", pct(15) * dec("73.40"))
calc(
    "shopping",
    "The shelf price of £90 already includes 20% VAT. What is the price before VAT?",
    F(90) / (1 + pct(20)),
    note="reverse percentage: 90 / 1.2, not 90 * 0.8",
)

# fractions (each result is a whole number or a terminating decimal asked for as one)
calc("fractions", "2 1/4 + 3 3/4", F(9, 4) + F(15, 4))
calc("fractions", "What is 5/6 of 42?", F(5, 6) * 42)
calc("fractions", "What's ⅔ × 27?", F(2, 3) * 27)
calc(
    "fractions", "How much is 1/4 + 1/2 + 1/8 expressed as a decimal?", F(1, 4) + F(1, 2) + F(1, 8)
)

# averages and other list statistics
calc("averages", "Mean of 14, 22, 9, 31, 24", F(14 + 22 + 9 + 31 + 24, 5))
calc("averages", "What's the median of 7, 3, 12, 9, 5?", sorted([7, 3, 12, 9, 5])[2])
calc(
    "averages",
    "My bowling scores this week were 142, 168, 155 and 171. What's my average game?",
    F(142 + 168 + 155 + 171, 4),
)

# powers, roots, logarithms
calc("powers", "Square 3, then cube the result.", (3**2) ** 3)
calc("powers", "cube root of 2744", 14)
assert 14**3 == 2744
calc("powers", "sqrt(0.0625)", dec("0.25"))
assert dec("0.25") ** 2 == dec("0.0625")
calc("powers", "log base 2 of 4096", 12)
assert 2**12 == 4096

# order of operations, signs, absolute values
calc("expression", "(17 − 9) × (3 + 4)²", (17 - 9) * (3 + 4) ** 2)
calc("expression", "12 - 3 * (2 + 1) ^ 2 / 9", 12 - F(3 * (2 + 1) ** 2, 9))
calc("expression", "-15 + 7 × -3", -15 + 7 * -3)
calc("expression", "|−42| + |17|", abs(-42) + abs(17))

# number theory and counting
calc("number-theory", "What's the remainder when 2^100 is divided by 7?", pow(2, 100, 7))
calc(
    "number-theory",
    "How many positive divisors does 360 have?",
    sum(1 for d in range(1, 361) if 360 % d == 0),
)
calc("number-theory", "17 choose 5", math.comb(17, 5))
calc(
    "number-theory",
    "In how many ways can 6 runners take gold, silver and bronze?",
    math.perm(6, 3),
)
calc("number-theory", "What's the sum of all integers from 1 to 250?", sum(range(1, 251)))

# money
calc(
    "money",
    "If I earn $23.50 an hour and work 37.5 hours, what's my weekly pay before tax?",
    dec("23.50") * dec("37.5"),
)
calc(
    "money",
    "$2,000 invested at 10% interest compounded annually — how much after 2 years?",
    2000 * (1 + pct(10)) ** 2,
)
calc(
    "money",
    "I paid with a $50 bill for items costing $12.35, $8.99 and $4.66. How much change?",
    50 - (dec("12.35") + dec("8.99") + dec("4.66")),
)
calc("money", "Gas is $3.89 a gallon and I need 12 gallons. Cost?", dec("3.89") * 12)

# big numbers written in words
calc("big-numbers", "What's a quarter of a million divided by 125?", F(250_000, 125))
calc("big-numbers", "a billion minus a million", 10**9 - 10**6)
calc("big-numbers", "half a million plus 1.25 million", 500_000 + dec("1.25") * 10**6)
calc(
    "big-numbers", "What is 4.5 trillion divided by 900 million?", dec("4.5") * 10**12 / (9 * 10**8)
)

# chat style, typos, lowercase
calc("chatty", "wht is 45x12", 45 * 12)
calc("chatty", "hey can u do 1234+5678 for me", 1234 + 5678)
calc("chatty", "sqaure root of 625 plz", 25)
calc("chatty", "how mcuh is 15% of 80", pct(15) * 80)
calc("chatty", "ok so 3.5 * 4.2 = ??", dec("3.5") * dec("4.2"))
calc(
    "chatty",
    "2+2*2 ??? my friend swears it's 8",
    2 + 2 * 2,
    note="asks for the value; the friend's claim is context, the answer is 6",
)

# rounding and scientific notation
calc("rounding", "Round 3.14159 to two decimal places.", dec("3.14"))
calc("rounding", "Round 18,449 to the nearest thousand.", 18000)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
FATHOM = 6 * FT
FURLONG = 660 * FT
ACRE = 43560 * FT * FT  # m^2
HECTARE = F(10000)  # m^2
NMI = F(1852)  # m
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
GAL_L = F(3785411784, 10**9)  # L
QT_L = GAL_L / 4
CUP_L = GAL_L / 16
FLOZ_L = GAL_L / 128
TBSP_L = FLOZ_L / 2
TSP_L = TBSP_L / 3
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
FT_LBF = FT * LBF  # J
HP = 550 * FT_LBF  # W
ATM = F(101325)  # Pa
BAR = F(100000)  # Pa
MMHG = F(135951, 10000) * 1000 * F(1, 1000) * G0  # rho (kg/m^3) * h (m) * g_n = Pa
CAL = F(4184, 1000)  # J
KWH = F(3600000)  # J
C_LIGHT = F(299792458)  # m/s
AU = F(149597870700)  # m
LY = F(36525, 100) * 86400 * C_LIGHT  # m
HOUR = 3600  # s

# sanity checks of the factors against published values
assert GAL_L == 231 * (IN * 10) ** 3  # 231 in^3, in dm^3 = L
assert ACRE == F(40468564224, 10**7)  # 4046.856 422 4 m^2
assert CUP_L * 1000 == F(2365882365, 10**7)  # 236.588 236 5 mL
assert MMHG == F(133322387415, 10**9)  # 133.322 387 415 Pa
assert abs(LBF - F(44482216, 10**7)) < F(1, 10**7)  # 4.448 221 6 N
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)  # 6894.757 3 Pa
assert abs(FT_LBF - F(13558179, 10**7)) < F(1, 10**7)  # 1.355 818 J
assert abs(HP - F(7456999, 10**4)) < F(1, 10**3)  # 745.699 9 W
assert LY == 9460730472580800  # IAU light-year, m
assert abs(F(648000) / F(math.pi) - F(206264806, 1000)) < F(1, 1000)  # au per parsec
assert STONE == F(635029318, 10**8)  # 6.350 293 18 kg


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - F(27315, 100)


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and k_to_c(F(27315, 100)) == 0
assert c_to_f(37) == F(986, 10)

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    add("positive:units", family, query, num(value), tol, **extra)


# everyday lengths and masses
unit("everyday", "How tall in cm is someone who's 5 ft 9 in?", (5 * FT + 9 * IN) * 100)
unit("everyday", "A marathon is 26.2 miles. What is that in kilometers?", dec("26.2") * MI / 1000)
unit("everyday", "12 stone 6 pounds in kg", 12 * STONE + 6 * LB)
unit("everyday", "How many fathoms are 120 feet?", 120 * FT / FATHOM, EXACT)

# the target unit first
unit("target-first", "In meters, how long is a 50-yard pool?", 50 * YD)
unit("target-first", "Kilograms please: 220 lb", 220 * LB)
unit("target-first", "In liters, what's 3 US gallons?", 3 * GAL_L)
unit("target-first", "Give me, in ounces, the weight of 500 grams", F(500, 1000) / OZ)

# statements to complete
unit("statement", "2.5 kilometres is equal to ___ metres.", 2500, EXACT)
unit(
    "statement",
    "A 750 mL bottle holds this many US fluid ounces:",
    F(750, 1000) / FLOZ_L,
)
unit("statement", "80 km/h, expressed in miles per hour, is", 80 * 1000 / MI)
unit("statement", "Fill in the blank: 6 feet = ____ centimetres", 6 * FT * 100)

# cooking
unit("cooking", "How many teaspoons in 5 tablespoons?", 5 * TBSP_L / TSP_L, EXACT)
unit("cooking", "1.5 cups is how many tablespoons?", dec("1.5") * CUP_L / TBSP_L, EXACT)
unit("cooking", "what is 180°C in Fahrenheit for my oven?", c_to_f(180))
unit("cooking", "How many mL is 3/4 cup (US)?", F(3, 4) * CUP_L * 1000)

# science
unit(
    "science",
    "How many joules are in 2.5 kilocalories?",
    dec("2.5") * 1000 * CAL,
    note="thermochemical kcal (10 460 J); the IT kcal gives 10 467 J, inside the tolerance",
)
unit("science", "760 mmHg to kilopascals", 760 * MMHG / 1000)
unit("science", "Convert 320,000 pascals to bar", F(320000) / BAR)
unit("science", "How many astronomical units make one parsec?", 648000 / math.pi)
unit("science", "What is 2 mechanical horsepower in kilowatts?", 2 * HP / 1000)

# SI prefixes, full names and symbols, on many units
unit("si-prefix", "How many pascals in 3.5 hectopascals?", dec("3.5") * 100, EXACT)
unit("si-prefix", "72 dag in grams", 72 * 10, EXACT)
unit("si-prefix", "2500 mcd in candela", F(2500, 1000), EXACT)
unit("si-prefix", "15 decimoles, in moles", F(15, 10), EXACT)
unit("si-prefix", "What's 4.2 kA in milliamperes?", dec("4.2") * 10**6, EXACT)
unit("si-prefix", "How many newtons is 8 centinewtons?", F(8, 100), EXACT)
unit("si-prefix", "45 millikelvin in kelvin", F(45, 1000), EXACT)

# compound units (products, quotients, powers in the source unit only)
unit("compound", "60 mph in metres per second", 60 * MI / HOUR, EXACT)
unit("compound", "2 acres in hectares", 2 * ACRE / HECTARE)
unit("compound", "5 cubic feet in liters", 5 * (FT * 10) ** 3)
unit("compound", "30 psi in kilopascals", 30 * PSI / 1000)

# temperature
unit("temperature", "98.6 °F in °C", f_to_c(dec("98.6")))
unit("temperature", "300 K in Fahrenheit", c_to_f(k_to_c(300)))
unit("temperature", "-10 °F is what in °C", f_to_c(-10))
unit(
    "temperature",
    "A temperature rise of 15 °C corresponds to a rise of how many °F?",
    15 * F(9, 5),
    note="a temperature difference: 27 F-degrees, not the absolute 59 degF",
)

# fuel economy (targets never in L/100 km: the grader would read the 100)
unit("fuel", "8 L/100 km in US miles per gallon", 100 * 1000 * GAL_L / (MI * 8))
unit("fuel", "40 mpg (US) in kilometres per litre", 40 * MI / 1000 / GAL_L)

# speed and pace
unit("speed", "30 knots in km/h", 30 * NMI / 1000)
unit("speed", "A pace of 8 minutes per mile is how many km/h?", F(60, 8) * MI / 1000)

# data sizes and rates
unit("data", "500 GB in GiB", F(500 * 10**9, 2**30))
unit("data", "100 Mbit/s in megabytes per second", F(100, 8), EXACT)

# time units and chained conversions
unit("chained", "How many inches in a quarter mile?", MI / 4 / IN, EXACT)
unit("chained", "How many teaspoons fit in a gallon?", GAL_L / TSP_L, EXACT)

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
assert easter(2031) == D(2031, 4, 13) and easter(2038) == D(2038, 4, 25)
assert easter(2028) == D(2028, 4, 16) and easter(1818) == D(1818, 3, 22)
assert thanksgiving_us(2026) == D(2026, 11, 26) and thanksgiving_us(2025) == D(2025, 11, 27)
assert nth_weekday(2027, 5, SUN, 2) == D(2027, 5, 9)  # US Mother's Day 2027
assert nth_weekday(2027, 9, MON, 1) == D(2027, 9, 6)  # US Labor Day 2027
assert nth_weekday(2026, 10, FRI, -1) == D(2026, 10, 30)
assert weekday(D(1969, 7, 20)) == "Sunday"  # Apollo 11 landing
assert weekday(D(2000, 2, 29)) == "Tuesday"
assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
assert age(D(2004, 2, 29), D(2025, 2, 28)) == 20 and age(D(2004, 2, 29), D(2025, 3, 1)) == 21
assert dt.datetime.fromtimestamp(2_000_000_000, dt.UTC).date() == D(2033, 5, 18)


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    elif isinstance(expected, (int, F)):
        expected = num(expected)
    tol = 1e-6 if isinstance(expected, (int, float)) else None
    add("positive:datetime", family, query, expected, tol, **extra)


# days, weeks and hours between
date_item(
    "between",
    "How many days from March 3, 2025 to November 18, 2025?",
    days(D(2025, 3, 3), D(2025, 11, 18)),
)
date_item("between", "days between 07/04/2026 and 12/25/2026", days(D(2026, 7, 4), D(2026, 12, 25)))
date_item(
    "between",
    "Counting both the first and the last day, how many days is 10 June 2026 through 20 June 2026?",
    days(D(2026, 6, 10), D(2026, 6, 20)) + 1,
    note="inclusive count, stated in the question",
)

# weekdays
date_item("weekday", "What day of the week was July 20, 1969?", weekday(D(1969, 7, 20)))
date_item("weekday", "Which weekday is 1 January 2030?", weekday(D(2030, 1, 1)))
date_item("weekday", "Was 29 February 2000 a Tuesday?", weekday(D(2000, 2, 29)))
date_item("weekday", "I was born on 17 August 1994 — what day was that?", weekday(D(1994, 8, 17)))

# offsets
date_item("offset", "What date is 100 days after 2026-02-10?", D(2026, 2, 10) + TD(days=100))
date_item("offset", "Add 6 weeks to 15/08/2026", D(2026, 8, 15) + TD(weeks=6))
date_item("offset", "What date is 3 months after 15 November 2026?", add_months(D(2026, 11, 15), 3))
date_item(
    "offset",
    "What's the date 10,000 days after 1 January 2000?",
    D(2000, 1, 1) + TD(days=10000),
)

# stories that state today and ask in a format
date_item(
    "story-today",
    "Today is 14 March 2027. My passport expires in 200 days — on what date? Answer as DD/MM/YYYY.",
    D(2027, 3, 14) + TD(days=200),
)
date_item(
    "story-today",
    "It's Tuesday, December 8, 2026. What's the date this Friday?",
    D(2026, 12, 8) + TD(days=3),
)
assert weekday(D(2026, 12, 8)) == "Tuesday"
date_item(
    "story-today",
    "My subscription renewed today, 2026-11-30, and runs for 45 days. When does it run out? "
    "Give MM/DD/YYYY.",
    D(2026, 11, 30) + TD(days=45),
)
date_item(
    "story-today",
    "Today is the last day of February 2028. What was the date 2 weeks ago?",
    D(2028, 2, 29) - TD(weeks=2),
)
date_item(
    "story-today",
    "Today is the first Monday of June 2026. What's tomorrow's date in YYYY-MM-DD?",
    nth_weekday(2026, 6, MON, 1) + TD(days=1),
)
date_item(
    "story-today",
    "The concert was on 04/25/2026 and today is exactly three weeks after it. "
    "What is today's date?",
    D(2026, 4, 25) + TD(weeks=3),
)
date_item(
    "story-today",
    "My train left yesterday; today is 1 March 2026. What date did it leave?",
    D(2026, 3, 1) - TD(days=1),
)

# holidays with fixed or computable dates
date_item(
    "holiday",
    "How many days from US Thanksgiving 2026 to Christmas Day 2026?",
    days(thanksgiving_us(2026), D(2026, 12, 25)),
)
date_item("holiday", "What date is Easter Sunday in 2031?", easter(2031))
date_item(
    "holiday",
    "Today is Christmas Eve 2026. What will the date be 10 days from now, in MM/DD/YYYY?",
    D(2026, 12, 24) + TD(days=10),
)
date_item("holiday", "When is Mother's Day 2027 in the US?", nth_weekday(2027, 5, SUN, 2))
date_item(
    "holiday",
    "If today is Halloween 2026, how many days until New Year's Day 2027?",
    days(D(2026, 10, 31), D(2027, 1, 1)),
)
date_item("holiday", "Date of Good Friday 2028?", easter(2028) - TD(days=2))
date_item("holiday", "What's the date of US Labor Day 2027?", nth_weekday(2027, 9, MON, 1))
date_item("holiday", "Which day of the week is Valentine's Day 2029?", weekday(D(2029, 2, 14)))

# calendar facts
date_item("calendar", "How many days are in February 2100?", calendar.monthrange(2100, 2)[1])
date_item(
    "calendar",
    "What day of the year is December 31, 2028?",
    D(2028, 12, 31).timetuple().tm_yday,
)
date_item(
    "calendar",
    "How many Mondays are there in March 2027?",
    sum(1 for d in range(1, 32) if D(2027, 3, d).weekday() == MON),
)
date_item("calendar", "What's the last Friday of October 2026?", nth_weekday(2026, 10, FRI, -1))
date_item(
    "calendar",
    "Unix timestamp 2000000000 is what date in UTC?",
    dt.datetime.fromtimestamp(2_000_000_000, dt.UTC).date(),
)

# ages, with today stated
date_item(
    "age",
    "I was born on 1988-06-30 and today is 2026-06-29. How old am I?",
    age(D(1988, 6, 30), D(2026, 6, 29)),
)
date_item(
    "age",
    "Someone born on Feb 29, 2004 — how old are they on March 1, 2025?",
    age(D(2004, 2, 29), D(2025, 3, 1)),
)
date_item(
    "age",
    "Today is 7 December 2026; the baby was born on 1 September 2026. How many days old is she?",
    days(D(2026, 9, 1), D(2026, 12, 7)),
)
date_item(
    "age",
    "My grandma was born on May 12, 1941. It's 2026-12-07 now. How old is she?",
    age(D(1941, 5, 12), D(2026, 12, 7)),
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
    [(S, "You are a helpful assistant."), (U, "what's 18% of 350?")],
    num(pct(18) * 350),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "Thanks for the pasta ideas!"),
        (A, "Happy to help — enjoy the cooking."),
        (U, "oh and what's 12 oz in grams?"),
    ],
    num(12 * OZ * 1000),
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "I'm planning a trip to Portugal next year."),
        (A, "Sounds lovely! Lisbon and Porto are both great in early summer."),
        (U, "What day of the week is 2027-06-10?"),
    ],
    weekday(D(2027, 6, 10)),
    None,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (S, "Be brief."),
        (U, "hi"),
        (A, "Hi! How can I help?"),
        (U, "How many days are there between 2026-12-07 and 2027-03-01?"),
    ],
    days(D(2026, 12, 7), D(2027, 3, 1)),
    1e-6,
)

# =========================================================================== negatives
BAT_BALL = (
    "A bat and a ball cost $1.10 together, and the bat costs $1.00 more than the ball. "
    "How much is the ball?"
)
WIDGETS = (
    "If 5 machines make 5 widgets in 5 minutes, how long would 100 machines take to make "
    "100 widgets?"
)
NEG = {
    # phone numbers, hotlines, short codes
    "phone": [
        "Can you tell me what 1-888-373-7888 is?",
        "Who answers if I ring 0800 1111?",
        "What is 988 in the US?",
        "Is +1 (415) 555-0132 a real number?",
        "Which city is 212-555-0199 in?",
        "Text 741741 — what is that number for?",
        "is 1-800-FLOWERS still in business",
    ],
    # identifiers that look like arithmetic
    "identifier": [
        "Which book has ISBN 978-0-14-143951-8?",
        "Is 0-306-40615-2 a valid ISBN-10?",
        "What does ZIP code 90210-1234 cover?",
        "Validate this IBAN: GB82 WEST 1234 5698 7654 32",
        "Card number 4111 1111 1111 1111 — is that a test card?",
        "Track my package 1Z999AA10123456784",
        "What is CVE-2021-44228?",
        "Summarize RFC 7231 in two sentences.",
        "What is Whirlpool part number 279-838 used for?",
        "What does ICD-10 code J45.909 mean?",
        "Look up VIN 1HGCM82633A004352",
    ],
    # versions, addresses, ports and other technical numbers
    "tech-number": [
        "Should I upgrade from Python 3.11 to 3.13?",
        "Is 192.168.1.254/24 a private address?",
        "what does chmod 644 do",
        "Which service normally listens on port 5432?",
        "What does HTTP 418 mean?",
        "Does ^1.2.3 match 1.4.0 in npm?",
        "What changed between Node 18.20.4 and 20.11.1?",
        "Is 2001:db8::1 a valid IPv6 address?",
        "What does 0.0.0.0/0 mean in a firewall rule?",
        "What's new in USB 3.2 Gen 2x2?",
    ],
    # scores, ranges, ratios, formations, odds
    "score-range": [
        "The Lakers lost 98-112 last night. Who were they playing?",
        "Is a 4-3-3 better than a 4-4-2 for a small team?",
        "We ship in 3-5 business days. When will my order arrive?",
        "Is a 9-5 job better than working 7-3?",
        "What's a 16:9 aspect ratio?",
        "The odds are 7/2. What does that mean for my £10 bet?",
        "Citizens United was decided 5-4; who wrote the majority opinion?",
        "In tennis, what does 40-15 mean?",
        "Is 6-4, 3-6, 7-6 a three-set win?",
        "Why is a 50/50 raffle called that?",
    ],
    # names that contain numbers
    "named-number": [
        "Who wrote Catch-22?",
        "What year did Blink-182 form?",
        "When did 7-Eleven open its first store?",
        "What's the range of an Airbus A321-200 in km?",
        "What's the towing capacity of a 2024 F-150?",
        "What is WD-40 made of?",
        "Who flew on Apollo 11?",
        "Where does Route 66 start?",
        "What is Fahrenheit 451 about?",
        "Who starred in 10 Cloverfield Lane?",
        "Where do I mail Form 1040-ES?",
    ],
    # dates that need knowledge, not a calendar
    "date-knowledge": [
        "What happened on 12-07-1941?",
        "What's the weather forecast for 2026-12-25 in Oslo?",
        "Which date is Holi in 2027?",
        "On what date does the Lunar New Year fall in 2029?",
        "What date does Ramadan start in 2027?",
        "Is 03/04/2026 the 3rd of April or the 4th of March?",
        "Which weekday was 7 October 1582 in Rome?",
        "Who was born on 1955-02-24?",
        "Did anything important happen on 1989-11-09?",
        "When is the next full moon after 2026-12-07?",
        "When is Yom Kippur in 2027?",
    ],
    # numbers that need facts
    "needs-facts": [
        "How many metres high is K2?",
        "What's the boiling point of ethanol in Fahrenheit?",
        "How many bones does an adult human have?",
        "Population of Tokyo divided by population of Paris?",
        "How many calories are in a medium banana?",
        "How long is the Great Wall of China in miles?",
        "What was the US inflation rate in 1980?",
        "What's the melting point of tungsten in kelvin?",
        "How much does a blue whale weigh in tonnes?",
        "How many keys are on a standard piano, times 2?",
        "What's the half-life of uranium-238 in years?",
        "How many miles long is the Boston Marathon course?",
    ],
    # live data
    "live-data": [
        "How much is 250 dollars in euros today?",
        "What's 1 BTC in USD right now?",
        "Convert 10,000 yen to pounds sterling",
        "What's Apple's share price times 100?",
        "What's the current 30-year mortgage rate?",
    ],
    # explanations
    "explain": [
        "Why does 0.999 repeating equal 1?",
        "Explain why you can't divide by zero.",
        "Prove that the square root of 2 is irrational.",
        "Is 1 a prime number? Why or why not?",
        "Why is a negative times a negative positive?",
        "What's the difference between 5 kg and 5 kgf?",
        "Why is a right angle 90 degrees and not 100?",
        "Why was 2000 a leap year but 1900 wasn't?",
        "What does the e mean in 3e8?",
        "Why do Celsius and Fahrenheit meet at -40?",
    ],
    # teaching and showing the steps
    "teach": [
        "Show me step by step how to multiply 345 by 27 using long multiplication.",
        "Walk me through dividing 1234 by 7 with long division.",
        "How do I convert 72°F to Celsius by hand? Teach me the method.",
        "Explain to my 8-year-old how to figure out 7 x 8.",
        "What's a trick for working out a 15% tip in my head?",
        "How do I find the LCM of 12 and 18 using prime factorisation? Show each step.",
        "Give me 5 practice problems on adding fractions.",
        "Can you check my work: 23 x 14 = 23x10 + 23x4 = 230 + 82 = 312?",
    ],
    # code to write, debug or explain
    "code": [
        "Write a Python function that converts miles to kilometers.",
        "Why does 0.1 + 0.2 print 0.30000000000000004 in JavaScript?",
        "In C, what does 7 / 2 evaluate to when both are ints?",
        "What does -7 // 2 return in Python?",
        "What is -7 % 3 in Java?",
        "Fix my bug: total = price * 1.08 gives 10.799999999999999",
        "Write a SQL query that sums order totals by month.",
        "Give me a regex that matches dates like 2026-12-07.",
        "Why does new Date(2026, 12, 7) give January 2027 in JavaScript?",
        "Write a bash one-liner that prints the number of days between two dates.",
        "Is 0.1 + 0.2 == 0.3 true in Python?",
        "How do I compute 15% of a column in pandas?",
    ],
    # word problems with a missing fact
    "missing-fact": [
        "How long will it take me to drive from Boston to New York at 60 mph?",
        "How many litres of paint will my hallway need?",
        "If my rent goes up 5%, what will I pay next year?",
        "A train leaves at 3 pm going 80 mph. When does it arrive?",
        "How many boxes of tiles do I need for a 12 by 15 foot kitchen?",
        "What will my paycheck be after taxes if I make $60,000?",
        "How many calories did I burn running 5 km?",
        "How much insulin should I take for 60 grams of carbs?",
    ],
    # word problems that need interpretation or judgement
    "interpretation": [
        BAT_BALL,
        WIDGETS,
        "How should three roommates split $90 fairly if one was away for half the month?",
        "What's a fair price for a used 2018 Civic with 60,000 miles?",
        "Is 30 minutes enough time for a 2-mile walk?",
        "My recipe serves 4 but I'm cooking for 6 — how should I adjust the baking time?",
    ],
    # translations
    "translate": [
        "How do you say 'twenty-five percent off' in Spanish?",
        "Translate 'the meeting is at 3:30 on 4/5' into French.",
        "Write the number 1,234 in German words.",
        "What is 'seventeen' in Japanese?",
        "How do you write 4 in Chinese characters?",
        "Translate '2 kg of flour' into Portuguese.",
        "What does 'quatre-vingt-dix' mean?",
    ],
    # jokes and creative writing
    "creative": [
        "Write a knock-knock joke whose punchline is 24.",
        "Tell me a joke about 3.14.",
        "Write a limerick about 12 inches in a foot.",
        "Make up a riddle whose answer is 42.",
        "Write a haiku about February 29.",
        "Tell a dad joke about the metric system.",
    ],
    # trick questions
    "trick": [
        "A farmer has 17 sheep and all but 9 run away. How many are left?",
        "Five candles are burning and two of them go out. How many candles are left in the end?",
        "What weighs more, a pound of feathers or a pound of bricks?",
        "How many animals of each kind did Moses take on the ark?",
        "Divide 30 by half and add 10.",
        "A doctor gives you 3 pills and says take one every half hour. How long do they last?",
        "How many times can you subtract 5 from 25?",
        "If a plane crashes on the US-Canada border, where do they bury the survivors?",
    ],
    # ambiguous notation or undefined values
    "ambiguous": [
        "What is 6÷2(1+2)?",
        "8/2(2+2) = ?",
        "What's 10 % 3?",
        "What is 0^0?",
        "What is 1/0?",
        "What is ∞ − ∞?",
        "Is 1,5 + 2,5 equal to 4?",
        "What's 1/2x if x is 4?",
        "Compute sin(30)",
        "log(100) = ?",
    ],
    # units that need facts, densities, or have no single reading
    "unit-knowledge": [
        "How many cups of sugar is 1 kg?",
        "What does a US gallon of honey weigh in pounds?",
        "How many steps are in a mile?",
        "How many pages is 50,000 words?",
        "What's a US size 9 shoe in EU sizing?",
        "Convert 5 feet to seconds.",
        "How many dog years is 7 human years?",
        "How many ounces in a cup?",
    ],
}

NOTES = {
    "Is 0-306-40615-2 a valid ISBN-10?": "a checksum question about an identifier, not a sum",
    "Is 03/04/2026 the 3rd of April or the 4th of March?": "asks which locale reading applies",
    "Which weekday was 7 October 1582 in Rome?": (
        "the Gregorian calendar skipped 5-14 October 1582 in Rome; the date did not exist"
    ),
    "The odds are 7/2. What does that mean for my £10 bet?": (
        "fractional betting odds need explaining (profit vs return), not 7 / 2"
    ),
    "In C, what does 7 / 2 evaluate to when both are ints?": "C integer division gives 3",
    "What does -7 // 2 return in Python?": "Python floor division gives -4",
    "What is -7 % 3 in Java?": "Java remainder gives -1",
    "Can you check my work: 23 x 14 = 23x10 + 23x4 = 230 + 82 = 312?": (
        "asks to find the mistake in the working (23 x 4 = 92), not for the product"
    ),
    BAT_BALL: "a reasoning puzzle: the answer (5 cents) needs setting up equations",
    WIDGETS: "a reasoning puzzle (5 minutes); no expression to evaluate",
    "Divide 30 by half and add 10.": "trick wording: 30 / (1/2) + 10 = 70, often read as 25",
    "What is 6÷2(1+2)?": "famously ambiguous implied multiplication (1 or 9)",
    "8/2(2+2) = ?": "famously ambiguous implied multiplication (1 or 16)",
    "What's 10 % 3?": "percent or modulo: 0.3 or 1",
    "What is 0^0?": "convention-dependent (1 in combinatorics, undefined in analysis)",
    "What is 1/0?": "undefined; needs an explanation",
    "Is 1,5 + 2,5 equal to 4?": "decimal commas; a yes/no about a locale",
    "What's 1/2x if x is 4?": "1/(2x) = 1/8 or (1/2)x = 2",
    "Compute sin(30)": "degrees or radians: 0.5 or -0.988",
    "log(100) = ?": "log base 10 (2) or natural log (4.605)",
    "How many ounces in a cup?": "fluid ounces (8) or weight, depending on the ingredient",
    "Convert 5 feet to seconds.": "incompatible dimensions; needs an explanation",
}

for fam, queries in NEG.items():
    for q in queries:
        extra = {"note": NOTES[q]} if q in NOTES else {}
        add("negative", fam, q, **extra)
assert set(NOTES) <= {q for qs in NEG.values() for q in qs}, "a note without its query"


def conv(family, turns, note=None):
    msgs = [{"role": r, "content": c} for r, c in turns]
    extra = {"messages": msgs}
    if note:
        extra["note"] = note
    add("negative", family, msgs[-1]["content"], **extra)


# notation redefined in an earlier turn
conv(
    "conv-notation",
    [
        (U, "For this puzzle, 'plus' means writing the two numbers side by side."),
        (A, "Got it — 'plus' concatenates."),
        (U, "What's 12 plus 34?"),
    ],
)
conv(
    "conv-notation",
    [
        (S, "In this session the symbol * denotes the larger of two numbers."),
        (U, "What is 3 * 8?"),
    ],
)
conv(
    "conv-notation",
    [
        (U, "I'll write every number with its digits reversed from now on, so 21 means twelve."),
        (A, "Understood."),
        (U, "What is 21 + 31?"),
    ],
)
conv(
    "conv-notation",
    [
        (S, "You tutor a class where ^ means bitwise XOR, as in C."),
        (U, "What's 6 ^ 3?"),
    ],
)
conv(
    "conv-notation",
    [
        (
            U,
            (
                "Quick convention: in my notes a comma is the decimal separator and a dot "
                "groups thousands."
            ),
        ),
        (A, "Noted."),
        (U, "What's 1.250 + 2,5?"),
    ],
)

# modular arithmetic set up earlier
conv(
    "conv-modular",
    [
        (U, "Days of the week are numbered 0 to 6 here, Sunday = 0, and we add them mod 7."),
        (A, "OK."),
        (U, "What's 5 + 4?"),
    ],
)
conv(
    "conv-modular",
    [(S, "All arithmetic in this conversation is over GF(2)."), (U, "1 + 1 + 1 = ?")],
)
conv(
    "conv-modular",
    [
        (U, "Reduce every answer modulo 9, please."),
        (A, "Will do."),
        (U, "How much is 123 × 456?"),
    ],
)
conv(
    "conv-modular",
    [
        (U, "I'm checking a number theory homework on residues mod 13."),
        (A, "Sure, send the questions."),
        (U, "What's the multiplicative inverse of 5?"),
    ],
)

# another base
conv(
    "conv-base",
    [
        (U, "All numbers from now on are hexadecimal."),
        (A, "Understood."),
        (U, "What's 29 + 18?"),
    ],
)
conv("conv-base", [(U, "Work in binary please."), (A, "Sure."), (U, "101 + 11 = ?")])
conv("conv-base", [(S, "You are an octal calculator."), (U, "What is 7 + 1?")])
conv("conv-base", [(U, "Base 5 only."), (A, "OK, base 5."), (U, "What is 4 × 4?")])

# programming-language semantics
conv(
    "conv-code",
    [
        (U, "This is for a C program where everything is a 32-bit signed int."),
        (A, "OK."),
        (U, "What is 2147483647 + 1?"),
    ],
)
conv("conv-code", [(U, "I'm writing Java."), (A, "Great."), (U, "What's 7 / 2?")])
conv(
    "conv-code",
    [
        (U, "My firmware stores every value as an unsigned 8-bit byte."),
        (A, "Understood."),
        (U, "add 250 and 10 for me"),
    ],
)
conv(
    "conv-code",
    [
        (U, "Assume single-precision IEEE 754 floats."),
        (A, "OK."),
        (U, "so what does 2^24 + 1 come out as?"),
    ],
)
conv(
    "conv-code",
    [(U, "I'm in a Bash shell doing integer maths."), (A, "OK."), (U, "what's 17 / 5?")],
)
conv(
    "conv-code",
    [(U, "We're talking JavaScript numbers here."), (A, "Sure."), (U, "What's 0.1 * 3?")],
)

# custom or fictional units
conv(
    "conv-custom-unit",
    [
        (U, "In my fantasy novel a day on Zarnak has 30 hours."),
        (A, "Cool worldbuilding!"),
        (U, "How many hours do 4 days last?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "At our bakery a 'cup' is 250 mL."),
        (A, "Noted."),
        (U, "How many mL in 2 cups?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "We're talking imperial (UK) gallons throughout."),
        (A, "Understood."),
        (U, "How many litres is 5 gallons?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "In this game 1 gold = 12 silver and 1 silver = 20 copper."),
        (A, "Got it."),
        (U, "How many copper in 3 gold?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "For this exercise a 'stone' is 10 lb, not 14."),
        (A, "OK."),
        (U, "how many pounds are 3 stone?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "Here 'ton' always means a metric tonne."),
        (A, "Fine."),
        (U, "What's 2 tons in pounds?"),
    ],
)
conv(
    "conv-custom-unit",
    [
        (U, "Our company defines a work week as 4 days of 10 hours."),
        (A, "OK."),
        (U, "How many hours in 3 weeks?"),
    ],
)

# custom calendars and date conventions
conv(
    "conv-calendar",
    [
        (U, "I'm writing a history essay that uses the Julian calendar for every date."),
        (A, "Okay."),
        (U, "What day of the week was 25 December 1600?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "In my world the year has 13 months of 28 days each."),
        (A, "Lovely and tidy."),
        (U, "How many days are in 2 months?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "Our fiscal year starts on 1 July."),
        (A, "Noted."),
        (U, "Which quarter is 15 October 2026 in?"),
    ],
)
conv(
    "conv-calendar",
    [
        (U, "On the Mars base we count in sols of 24 h 39 min 35 s and call them days."),
        (A, "Understood."),
        (U, "How many hours is 10 days?"),
    ],
)
conv(
    "conv-calendar",
    [
        (S, "Dates in this chat are written DD/MM/YYYY."),
        (U, "How many days from 01/02/2026 to 01/03/2026?"),
    ],
    note="DD/MM gives 28 days; the US reading gives 1",
)

# quizzes and games with their own rules
conv(
    "conv-quiz",
    [
        (U, "Game: whenever I give you a sum, reply with the digit sum of the result."),
        (A, "Ready!"),
        (U, "48 + 37"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Opposite day: every answer must be the negative of the true value."),
        (A, "Ha, okay."),
        (U, "What's 9 × 6?"),
    ],
)
conv(
    "conv-quiz",
    [
        (S, "You are a quiz host. Never reveal an answer; give only a hint."),
        (U, "What's 144 / 12?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Trivia rules: answer only in Roman numerals."),
        (A, "Understood."),
        (U, "How much is 25 + 17?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Spell every answer out in words, no digits allowed."),
        (A, "Okay."),
        (U, "What's 13 times 3?"),
    ],
)

# the last turn refers back to a value given earlier
conv(
    "conv-refer",
    [(U, "My salary is $48,000 a year."), (A, "Got it."), (U, "and 15 percent of it would be?")],
)
conv(
    "conv-refer",
    [
        (U, "The recipe calls for 250 g of flour."),
        (A, "Okay."),
        (U, "How many cups is that?"),
    ],
)
conv(
    "conv-refer",
    [
        (U, "I was born on 12 March 1990."),
        (A, "Noted."),
        (U, "How old will I be on 1 June 2030?"),
    ],
    note="the birth date is only in the earlier turn",
)
conv(
    "conv-refer",
    [
        (U, "My test scores: 78, 85, 91 and 96."),
        (A, "Nice work!"),
        (U, "what's the average?"),
    ],
)
conv(
    "conv-refer",
    [
        (U, "What's 17 × 23?"),
        (A, "17 × 23 = 391."),
        (U, "And double it?"),
    ],
)
conv(
    "conv-refer",
    [(U, "We paid $1,250 for the venue."), (A, "That's a good deal."), (U, "split that 5 ways")],
)

# system prompts that change the expected answer
conv(
    "conv-system",
    [
        (
            S,
            (
                "You are Calcy, a teaching bot. Never state a final numeric answer; ask "
                "guiding questions instead."
            ),
        ),
        (U, "What's 56 ÷ 8?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "Answer in the voice of a pirate and round every number to the nearest ten."),
        (U, "What's 23 + 19?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "You are Acme's assistant. At Acme, 'plus' means minus and 'minus' means plus."),
        (U, "What is 9 plus 4?"),
    ],
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
                assert math.isfinite(i["expected"]), i["id"]
            else:
                e = i["expected"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
    earlier = set()
    for name in ("make_heldout.py", "make_heldout_2.py", "make_heldout_3.py"):
        earlier |= _generator_queries(name)
    clash = sum(1 for i in items if i["query"].strip().lower() in earlier)
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
