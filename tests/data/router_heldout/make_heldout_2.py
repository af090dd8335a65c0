"""Generate heldout-2026-12-05.jsonl: a second held-out router evaluation set.

Provenance: written WITHOUT seeing the router's rules. The author read only bench/router.py and
bench/grading.py (how a JSONL set is read and graded), /work/shared/eval (the dev set's record
format) and make_heldout.py (for its record format and label/tolerance/family conventions; its
queries were seen but none is reused: no query here equals one of its queries). Nothing under router/, tools/, tests/router/, tests/data/router/ or the
first held-out JSONL was read. The queries imitate how people and benchmarks phrase questions
(GSM8K-style one-liners, MMLU-style statements to complete, BIG-bench-style date problems,
chat with typos and lowercase), not what the code handles.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on a few items,
"note" (why a borderline item got its label). No item sets "now": every positive that needs
"today" states the date in its own text.

Labels follow bench/router.py's LABEL_OF: "positive:calculator", "positive:units",
"positive:datetime" and "negative". Tolerances follow make_heldout.py: 1e-6 relative for
calculator and date numbers and exact unit results, 1e-3 for unit results a tool may round.
Dates are expected as ISO "YYYY-MM-DD" (the grader accepts any common written form), weekdays
as the English name (substring match), everything else as a number (the grader reads the LAST
number in the answer).

Every expected value is computed below: fractions.Fraction for arithmetic, datetime/calendar for
dates, and exact conversion factors typed from their definitions. Sources of the factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 mi = 5280 ft; 1 furlong = 660 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz = 1/16 lb; 1 st = 14 lb
    1 US gal = 231 in^3 = 3.785 411 784 L exactly; 1 US fl oz = 1/128 US gal
    standard gravity g_n = 9.806 65 m/s^2 exactly (3rd CGPM, 1901); 1 lbf = 1 lb * g_n
    1 psi = 1 lbf / in^2; 1 atm = 101 325 Pa exactly; 1 torr = 1/760 atm
    1 hp (mechanical) = 550 ft*lbf/s; 1 dyn = 1e-5 N; 1 angstrom = 1e-10 m
    1 nautical mile = 1852 m exactly; 1 knot = 1 nmi/h
    1 thermochemical calorie = 4.184 J exactly (kcal = 1000 cal)
  SI Brochure, 9th edition (2019): the SI prefixes; e = 1.602 176 634e-19 C exactly (so
    1 eV = 1.602 176 634e-19 J); t(degC) = T(K) - 273.15
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  python tests/data/router_heldout/make_heldout_2.py   (writes the JSONL next to this file)
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

OUT = Path(__file__).with_name("heldout-2026-12-05.jsonl")

items: list[dict] = []


def add(label, family, query, expected=None, tol=None, **extra):
    n = sum(1 for i in items if i["family"] == family and i["label"] == label) + 1
    kind = label.split(":")[-1]
    item = {
        "id": f"ho2-{kind}-{family}-{n:02d}",
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
    """A decimal literal as an exact Fraction (so 86.50 is exactly 8650/100)."""
    return F(Decimal(s))


# =========================================================================== calculator
def calc(family, query, value, **extra):
    add("positive:calculator", family, query, num(value), 1e-6, **extra)


# percentages and percent change
calc("percent", "What is 18% of 350?", F(18, 100) * 350)
calc("percent", "wat is 12 percent of 900", F(12, 100) * 900)
calc("percent", "What percentage of 60 is 45?", F(45, 60) * 100)
calc("percent", "What's the percentage increase from 48 to 60?", (F(60) - 48) / 48 * 100)
calc("percent", "percent change from 1,250 to 1,000", (F(1000) - 1250) / 1250 * 100)
calc("percent", "Increase 240 by 15%.", 240 * (1 + F(15, 100)))
calc(
    "percent",
    "A $120 jacket is marked 35% off. What is the sale price?",
    120 * (1 - F(35, 100)),
)
calc("percent", "What's a 20% tip on $86.50?", dec("86.50") * F(20, 100))

# words: "N less than M", fractions of numbers, big numbers in words
calc("words", "What is 7 less than 52?", 52 - 7)
calc("words", "What is 3/8 of 96?", F(3, 8) * 96)
calc("words", "two thirds of 45", F(2, 3) * 45)
calc("words", "How much is 4.5 million divided by 1,500?", F(4_500_000, 1500))
calc("words", "what's 2.4 billion / 8 million", F(2_400_000_000, 8_000_000))
calc("words", "what is negative seven times negative eight", (-7) * (-8))

# remainders, gcd, lcm, averages
calc("number-theory", "What is the remainder when 2026 is divided by 9?", 2026 % 9)
calc("number-theory", "17 mod 5", 17 % 5)
calc("number-theory", "gcd(84, 126)", math.gcd(84, 126))
calc("number-theory", "What is the least common multiple of 12, 18 and 30?", math.lcm(12, 18, 30))
calc("average", "Find the mean of 12, 15, 9, 20 and 14.", F(12 + 15 + 9 + 20 + 14, 5))
calc("average", "average of 3.5, 4.25, and 6", (dec("3.5") + dec("4.25") + 6) / 3)

# powers and roots
calc("powers-roots", "3 to the power of 7", 3**7)
calc("powers-roots", "square root of 729", math.isqrt(729))
assert math.isqrt(729) ** 2 == 729
calc("powers-roots", "√50", math.sqrt(50))
calc("powers-roots", "What's the cube root of 343?", 7)
assert 7**3 == 343
calc("powers-roots", "(2^3)^2", (2**3) ** 2)

# order of operations
calc("order-of-ops", "6 + 4 × 3 − 8 ÷ 2", 6 + 4 * 3 - F(8, 2))
calc("order-of-ops", "Evaluate (15 - 3) / 4 + 2^3", F(15 - 3, 4) + 2**3)
calc("order-of-ops", "20 - 4 * (3 + 1)^2 / 8", 20 - F(4 * (3 + 1) ** 2, 8))

# money
calc("money", "$19.99 x 3 + $4.50 shipping, what's the total?", dec("19.99") * 3 + dec("4.50"))
calc("money", "Split $137.60 evenly among 4 people.", dec("137.60") / 4)

# benchmark-style one-liners (GSM8K calculator steps, MMLU statements to complete)
calc("benchmark", "Calculate 48 * 25", 48 * 25)
calc("benchmark", "600/0.75 =", 600 / dec("0.75"))
calc("benchmark", "The product of 15 and 24 is", 15 * 24)
calc("benchmark", "The sum of 2/3 and 5/6 is", F(2, 3) + F(5, 6))

# casual chat, lowercase and typos
calc("casual", "whats 45 times 1.5", 45 * dec("1.5"))
calc("casual", "how much is 3/4 + 1/8", F(3, 4) + F(1, 8))
calc("casual", "round 2.71828 to the nearest hundredth", dec("2.72"))

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
MI = 5280 * FT
FURLONG = 660 * FT
NMI = F(1852)
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
GAL_L = F(3785411784, 10**9)  # L
assert GAL_L == 231 * (IN * 10) ** 3  # 231 in^3, with IN*10 in dm: 1 dm^3 = 1 L
FLOZ_L = GAL_L / 128
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
ATM = F(101325)
TORR = ATM / 760
HP = 550 * FT * LBF  # W
CAL = F(4184, 1000)  # J
EV = F(1602176634, 10**28)  # J
HOUR = 3600
DAY = 86400

# sanity checks against published rounded values
assert abs(PSI - F(689475729, 100000)) < F(1, 100000)  # 6894.757 29 Pa
assert abs(HP - F(74569987, 100000)) < F(1, 100000)  # 745.699 87 W
assert abs(LBF - F(44482216, 10**7)) < F(1, 10**7)  # 4.448 221 6 N


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def unit(family, query, value, tol=1e-3, **extra):
    add("positive:units", family, query, num(value), tol, **extra)


EXACT = 1e-6

# everyday "how many X in Y"
unit("everyday", "how many feet is 100 meters", 100 / FT)
unit("everyday", "How many kilograms is 165 lbs?", 165 * LB)
unit("everyday", "How many ounces is 750 grams?", F(750, 1000) / OZ)
unit("everyday", "how many cm in 6 feet", 6 * FT * 100, EXACT)
unit("everyday", "convert 5 kilos to pounds", 5 / LB)
unit("everyday", "wats 10 miles in km", 10 * MI / 1000, EXACT)

# statement style and target unit first
unit("statement", "6.5 grams is how many centigrams?", dec("6.5") * 100, EXACT)
unit("statement", "Expressed in kilometers, 2,500 meters is", F(2500, 1000), EXACT)
unit("statement", "A length of 12 inches equals how many millimeters?", 12 * IN * 1000, EXACT)
unit("target-first", "In kilometers, how far is 13.1 miles?", dec("13.1") * MI / 1000)
unit("target-first", "In liters, how much is 3 US gallons?", 3 * GAL_L)
unit("target-first", "grams in 2.5 oz?", dec("2.5") * OZ * 1000)

# feet and inches, fluid ounces, fuel economy
unit("feet-inches", "How tall is 5'11\" in centimeters?", (5 * FT + 11 * IN) * 100, EXACT)
unit("feet-inches", "6 ft 3 in to meters", 6 * FT + 3 * IN, EXACT)
unit("feet-inches", "11 st 4 lb in kg", (11 * STONE + 4 * LB))
unit("fluid", "How many US fluid ounces are in a liter?", 1 / FLOZ_L)
unit("fuel", "25 mpg (US) in km per liter", 25 * (MI / 1000) / GAL_L)
unit("fuel", "What is 8 L/100 km in US miles per gallon?", F(100, 8) * GAL_L / (MI / 1000))

# temperatures
unit("temperature", "What is 72 degrees Fahrenheit in Celsius?", f_to_c(72))
unit("temperature", "convert 37.5 °C to °F", c_to_f(dec("37.5")), EXACT)
unit("temperature", "0 K in Fahrenheit", c_to_f(-dec("273.15")), EXACT)
unit("temperature", "What's 98.6°F in kelvin?", f_to_c(dec("98.6")) + dec("273.15"), EXACT)

# SI prefixes, full names and symbols
unit("si-prefix", "How many newtons is 3 daN?", 3 * 10, EXACT)
unit("si-prefix", "12 GHz in MHz", 12 * 1000, EXACT)
unit("si-prefix", "250 µs in milliseconds", F(250, 1000), EXACT)
unit("si-prefix", "35 hectopascals to pascals", 35 * 100, EXACT)
unit("si-prefix", "1.5 kilomoles in moles", dec("1.5") * 1000, EXACT)
unit("si-prefix", "how many amps is 20 mA", F(20, 1000), EXACT)
unit("si-prefix", "How many candela is 5000 millicandela?", F(5000, 1000), EXACT)
unit("si-prefix", "3 nanometers in angstroms", 3 * F(1, 10**9) / F(1, 10**10), EXACT)

# scientific and compound units
unit("scientific", "How many kilopascals is 30 psi?", 30 * PSI / 1000)
unit("scientific", "1 torr in pascals", TORR)
unit("scientific", "How many watts is 1 mechanical horsepower?", HP)
unit("scientific", "How many electronvolts are in 1 joule?", 1 / EV)
unit("scientific", "convert 9.81 m/s^2 to ft/s^2", dec("9.81") / FT)
unit("scientific", "convert 2000 kcal to megajoules", 2000 * 1000 * CAL / 10**6, EXACT)
unit("compound", "Convert 3 lbf/in^2 to N/cm^2", 3 * LBF / ((IN * 100) ** 2))
unit("compound", "Convert 2 g·cm/s² to newtons", 2 * F(1, 1000) * F(1, 100), EXACT)
unit("compound", "What is 5000 kg·m²/s² in kilojoules?", F(5000, 1000), EXACT)
unit("compound", "60 miles per hour in meters per second", 60 * MI / HOUR, EXACT)
unit("compound", "50 km/h in knots", 50 * 1000 / NMI)
unit(
    "compound",
    "convert 1 furlong per fortnight to millimeters per second",
    FURLONG * 1000 / (14 * DAY),
)

# =========================================================================== dates
D = dt.date
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday(d):
    return WEEKDAYS[d.weekday()]


def nth_weekday(year, month, wd, n):
    """The n-th weekday `wd` (0 = Monday) of a month; n = -1 for the last one."""
    days = [D(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    hits = [d for d in days if d.weekday() == wd]
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
    """Same day-of-month n months later; only used where that day exists (asserted)."""
    y, m = divmod(d.month - 1 + n, 12)
    out = D(d.year + y, m + 1, d.day)  # raises if the day does not exist
    return out


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# sanity checks of the helpers against known dates
assert easter(2024) == D(2024, 3, 31) and easter(2025) == D(2025, 4, 20)
assert nth_weekday(2026, 11, 3, 4) == D(2026, 11, 26)  # US Thanksgiving 2026
assert weekday(D(1963, 11, 22)) == "Friday"
assert weekday(D(1969, 7, 20)) == "Sunday"


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    tol = 1e-6 if isinstance(expected, (int, float)) else None
    add("positive:datetime", family, query, expected, tol, **extra)


def days(a, b):
    return (b - a).days


TD = dt.timedelta

date_item(
    "days-between",
    "How many days are there between March 14, 2026 and November 3, 2026?",
    days(D(2026, 3, 14), D(2026, 11, 3)),
)
date_item(
    "days-between",
    "number of days between 01/15/2024 and 03/15/2024",
    days(D(2024, 1, 15), D(2024, 3, 15)),
)
_w = days(D(2026, 6, 1), D(2026, 9, 7))
assert _w % 7 == 0
date_item(
    "days-between", "How many weeks are there between June 1, 2026 and September 7, 2026?", _w // 7
)
date_item(
    "days-between",
    "How many days are left in 2026 after October 20, 2026?",
    days(D(2026, 10, 20), D(2026, 12, 31)),
)

date_item("weekday", "What day of the week was November 22, 1963?", weekday(D(1963, 11, 22)))
date_item("weekday", "what weekday is 2031-08-19", weekday(D(2031, 8, 19)))
date_item("weekday", "On what day of the week did 1 January 1901 fall?", weekday(D(1901, 1, 1)))
date_item("weekday", "wat day of the week is dec 25 2030", weekday(D(2030, 12, 25)))

date_item("offset", "What date is 90 days after March 3, 2025?", D(2025, 3, 3) + TD(days=90))
date_item("offset", "What is the date 45 days before 2027-02-10?", D(2027, 2, 10) - TD(days=45))
date_item("offset", "what date is 10 weeks after 12/01/2026", D(2026, 12, 1) + TD(weeks=10))
date_item(
    "offset", "What's the date 3 months after January 15, 2027?", add_months(D(2027, 1, 15), 3)
)
date_item(
    "offset",
    "The concert is 3 weeks after 5 September 2026. What date is the concert?",
    D(2026, 9, 5) + TD(weeks=3),
)
date_item("offset", "What date is 1000 days after 2000-01-01?", D(2000, 1, 1) + TD(days=1000))

date_item(
    "stated-today",
    "Today is March 10, 2026. What is the date 100 days from today?",
    D(2026, 3, 10) + TD(days=100),
)
date_item(
    "stated-today",
    "Today is 2026-06-15. How many days until Christmas?",
    days(D(2026, 6, 15), D(2026, 12, 25)),
)
date_item(
    "stated-today",
    "Today is Christmas Day 2026. What was the date 10 days ago in MM/DD/YYYY?",
    D(2026, 12, 25) - TD(days=10),
)
date_item(
    "stated-today",
    "Yesterday was April 30, 2027. What is the date tomorrow?",
    D(2027, 4, 30) + TD(days=2),
)
date_item(
    "stated-today",
    "Jane's flight on 07/30/2026 was pushed back by one day. What's the new date in MM/DD/YYYY?",
    D(2026, 7, 30) + TD(days=1),
)
date_item(
    "stated-today",
    "Today is New Year's Day 2027. What was the date one week ago?",
    D(2027, 1, 1) - TD(weeks=1),
)

date_item("holiday", "What date is US Thanksgiving in 2028?", nth_weekday(2028, 11, 3, 4))
date_item("holiday", "What date is Easter Sunday in 2030?", easter(2030))
date_item("holiday", "When is Labor Day 2027 in the US?", nth_weekday(2027, 9, 0, 1))
date_item("holiday", "Memorial Day 2026 (US) falls on what date?", nth_weekday(2026, 5, 0, -1))
date_item("holiday", "What day of the week is Independence Day 2029?", weekday(D(2029, 7, 4)))
date_item("holiday", "Christmas Eve 2026 falls on which day of the week?", weekday(D(2026, 12, 24)))
date_item(
    "holiday",
    "How many days from Thanksgiving 2026 to Christmas 2026?",
    days(nth_weekday(2026, 11, 3, 4), D(2026, 12, 25)),
)

date_item(
    "calendar",
    "What day number of the year is October 1, 2027?",
    D(2027, 10, 1).timetuple().tm_yday,
)
date_item("calendar", "How many days are in February 2028?", calendar.monthrange(2028, 2)[1])
date_item("calendar", "how many days were in the year 1900", 366 if calendar.isleap(1900) else 365)
date_item(
    "calendar",
    "How many leap years are there from 2001 through 2100?",
    sum(calendar.isleap(y) for y in range(2001, 2101)),
)
date_item("calendar", "What is the ISO week number of 2026-07-15?", D(2026, 7, 15).isocalendar()[1])

date_item(
    "age",
    "I was born on 14 August 1992 and today is 1 March 2026. How old am I?",
    age(D(1992, 8, 14), D(2026, 3, 1)),
)
date_item(
    "age",
    "My daughter was born 2019-11-30; today is 2026-11-29. How old is she?",
    age(D(2019, 11, 30), D(2026, 11, 29)),
)
date_item(
    "age",
    "Today is 2026-12-05. My grandfather was born on 2 February 1941. How old is he?",
    age(D(1941, 2, 2), D(2026, 12, 5)),
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
    [(S, "You are a helpful assistant."), (U, "What is 12% of 450?")],
    num(F(12, 100) * 450),
    1e-6,
)
conv_pos(
    "positive:units",
    "conv-benign",
    [(U, "hi! hope you're well"), (A, "Hi! How can I help?"), (U, "how many ounces in 3 pounds")],
    3 * 16,
    EXACT,
)
conv_pos(
    "positive:datetime",
    "conv-benign",
    [
        (U, "What's the capital of France?"),
        (A, "The capital of France is Paris."),
        (U, "Thanks. What day of the week was 1 May 2026?"),
    ],
    weekday(D(2026, 5, 1)),
    None,
)

# =========================================================================== negatives
NEG = {
    "id-phone": [
        "Is 1-888-555-0142 a toll-free number?",
        "What is 0800 111 0 111 in Germany?",
        "call me at 617-555-0123 after 6",
        "Got a text saying reply STOP to 72-166 — is this a scam?",
        "how do I dial 1-877-382-4357 from Canada",
        "Format 4155550132 as a US phone number with dashes",
    ],
    "id-code": [
        "Which book is ISBN 978-1-4028-9462-6?",
        "Is 978-3-16-148410-0 a valid ISBN-13?",
        "What area does ZIP+4 10001-0001 belong to?",
        "What part of London is postcode SW1A 1AA?",
        "track my package 1Z999-AA1-01-2345-6784",
        "What does ICD-10 code E11.9 mean?",
        "what does error 0xC0000005 mean on Windows",
        "Which bank issued IBAN DE89 3704 0044 0532 0130 00?",
        "Is 4111-1111-1111-1111 a real credit card number?",
    ],
    "id-model": [
        "Is the Sony WH-1000XM5 better than the XM4?",
        "What engine does the 2020 BMW 330i have?",
        "How many passengers can an Airbus A320-200 carry?",
        "Ryzen 7 7800X3D vs Ryzen 9 7950X for gaming?",
        "What does 5W-30 mean on a bottle of motor oil?",
        "Which battery can replace a CR2032?",
        "Will a 10-32 screw fit in an M5 threaded hole?",
    ],
    "id-version": [
        "What changed in the typing module between Python 3.11 and 3.12?",
        "Is Java 17 or Java 21 the current LTS?",
        "Should I start a new project on React 18.2 or 19?",
        "macOS 14.4.1 broke my wifi, how do I fix it",
        "Is TLS 1.0 still safe to use?",
        "What does 2.0.0-rc.1 mean in semver?",
        "Does PyTorch 2.3 work with CUDA 12.1?",
    ],
    "id-date": [
        "What happened on 1989-11-09?",
        "Tell me about what happened in London on 7/7/2005.",
        "My passport expires 2027-03-01. Can I still visit Thailand in December 2026?",
        "My server log says 2026-12-05T03:14:07Z — what time zone is that?",
        "what does MM/DD/YYYY mean",
        "Write a script to rename photos like IMG_20240315_1230.jpg to 2024-03-15_1230.jpg",
        "Who wrote the novel 11/22/63?",
        "Who sang 'Summer of '69'?",
    ],
    "id-score": [
        "The Yankees won 7-3 yesterday, who was the winning pitcher?",
        "Did Brazil lose 1-7 to Germany or was it the other way round?",
        "what does 30-love mean in tennis",
        "Chelsea 2-0 Spurs, who scored?",
        "We're 12-4 this season, will we make the playoffs?",
        "what's a 3-2 count in baseball",
    ],
    "id-time-range": [
        "Is 9-5 Monday to Friday considered full time in the UK?",
        "good toys for ages 3-5?",
        "What does 'ships in 1-2 business days' mean if I order on a Friday?",
        "What does 10-4 mean on a CB radio?",
        "The label says take 1-2 tablets every 4-6 hours. Is 10 a day okay?",
        "It's 9:45 pm here in Chicago, is it too late to call a friend in Berlin?",
        "Who wrote 'The 4.50 from Paddington'?",
        "Is '3:10 to Yuma' the 1957 or the 2007 version better?",
    ],
    "id-name": [
        "Who founded 7-Eleven?",
        "What is Area 51?",
        "best blink-182 songs?",
        "Plot of Catch-22 in two sentences",
        "Who were the members of the Jackson 5?",
        "Explain the 4-7-8 breathing technique",
        "what's the 50-30-20 budget rule",
        "Tell me about 221B Baker Street",
    ],
    "knowledge-number": [
        "What is the population of Tokyo?",
        "How many moons does Jupiter have?",
        "How far is Paris from London in km?",
        "How tall is Mount Everest in feet?",
        "how many bones are in the human body",
        "What's the melting point of iron in Fahrenheit?",
        "What is the average salary of a software engineer in Berlin?",
        "How many grams of protein are in 100 g of chicken breast?",
        "How long does light from the Sun take to reach Mars?",
        "what's the fed funds rate right now",
        "What's the half-life of carbon-14 in years?",
        "how deep is the Mariana Trench in miles",
        "What's the speed of sound in mph?",
    ],
    "units-missing-fact": [
        "how many calories in an apple",
        "How many cups are in a pound of flour?",
        "How many liters of paint do I need for a 4 by 5 meter wall?",
        "How much does a cubic meter of sand weigh?",
        "how many miles can my car go on a full tank",
        "How long does it take to drive 250 miles?",
        "How many kWh does a 1.5 ton AC use in a month?",
        "how many steps is 5 km",
        "6 inches of snow is how much rain?",
        "How much is 20 pounds in euros?",
        "How many feet tall is a 10-story building?",
        "How many grams of sugar are in a can of Coke?",
    ],
    "explain": [
        "In JS, 0.1 + 0.2 gives 0.30000000000000004. Why?",
        "Explain how to convert Celsius to Fahrenheit",
        "Is it better to pay off a 4% loan or invest at 7%?",
        "Why was 1900 not a leap year when 2000 was?",
        "What's the intuition behind e ≈ 2.718?",
        "Why is dividing by zero undefined?",
        "Why do the digits of 9 × n always add up to 9?",
        "If a stock goes up 50% and then down 50%, why am I not back to even?",
        "Why are there 60 minutes in an hour and not 100?",
        "Is 1 a prime number? Explain.",
        "What does ppm mean, and how does it relate to mg/L?",
        "How does a UTC+5:30 time zone work?",
    ],
    "teach-show-work": [
        "Can you teach me long division using 156 ÷ 12, step by step?",
        "Show your work: 347 × 26",
        "Walk me through converting 5 miles to km so I can do it on my own",
        "explain step by step how to find the LCM of 8 and 12",
        "How do I solve 3x + 5 = 20? Explain each step so my kid understands.",
        "Explain to a 7-year-old why 3 × 4 = 12",
        "Give me a trick for working out a 15% tip quickly",
        "I keep getting 2/3 + 1/4 = 3/7. What am I doing wrong?",
        "Make me a worksheet of 10 division problems with an answer key",
    ],
    "code-write": [
        "Write a Python function that returns the sum of 1 to n",
        "Excel formula for 18% of the value in B2?",
        "javascript: how do I round 2.345 to 2 decimals correctly?",
        "Write a SQL query that adds 30 days to order_date",
        "bash one-liner to convert 100 Celsius to Fahrenheit",
        "In pandas, how do I compute the percent change between rows?",
        "Give me a regex that matches dates like 12/25/2026",
        "Write C code that computes 10 factorial",
        "How do I get the number of days between two dates in Java?",
    ],
    "semantics": [
        "What is '2' + '2' in JavaScript?",
        "In C, what does 7/2 give when both are ints?",
        "Is 2**3**2 in Python the same as =2^3^2 in Excel?",
        "In Excel, what does =-3^2 return and why?",
        "what is [] + [] in javascript",
        "What is -7 % 3 in C compared with Python?",
        "In Python 2, what is 5/2?",
        "Why does Python's round(2.5) return 2?",
        "What's the largest value a 32-bit signed int can hold?",
    ],
    "word-problem": [
        "How much would 3 large pizzas from Domino's cost?",
        "How much will it cost to fill up a 15-gallon tank?",
        "I make 85k a year, what's my take-home pay in California?",
        "If I save $300 a month, how long until I can afford a house?",
        "If 10 people each shake hands with everyone else once, how many handshakes are there?",
        (
            "A snail climbs 3 feet up a 10-foot well each day and slides back 2 feet each "
            "night. On which day does it get out?"
        ),
        "If I leave at 8am and drive to Boston, when will I get there?",
        "How much should I tip on a $60 dinner bill?",
        "Rent is $2400 and I have the bigger room. How should my roommate and I split it?",
        "Lisa is twice as old as Tom was when Lisa was as old as Tom is now. How old is Lisa?",
    ],
    "translate": [
        "How do you say 'twenty-five percent' in Japanese?",
        "Translate to Spanish: the meeting is on 3/14 at 2:30",
        "How do you say 99 in French?",
        "Translate 'half a kilo of tomatoes, please' into Italian",
        "Write 2026 in Roman numerals",
        "How would a German write 1,234.56?",
        "Translate 'what is 5 plus 5' into Portuguese",
    ],
    "joke-riddle": [
        "Why was 6 afraid of 7?",
        "Tell me a math joke about pi",
        "I'm thinking of a number between 1 and 100. Guess it!",
        "What has 4 legs in the morning, 2 at noon and 3 in the evening?",
        "Write a limerick about 2 + 2",
        "what's 9 + 10 (like in the vine) lol",
        "If a rooster lays an egg on a roof, which way does it roll?",
    ],
    "trick": [
        "8 ÷ 2(2+2) — is it 1 or 16?",
        "How many months have 28 days?",
        "If you have 3 apples and take away 2, how many do you have?",
        "How many times can you subtract 10 from 100?",
        "Is 0.999... repeating really equal to 1? Prove it.",
        "A doctor gives you 3 pills and tells you to take one every half hour. How long do they last?",
        "What's 1+1? Wrong answers only.",
    ],
    "date-needs-knowledge": [
        "What day of the week was the first Moon landing?",
        "When does Ramadan start in 2027?",
        "How many days until my birthday?",
        "When is Chinese New Year 2028?",
        "How old is the Eiffel Tower?",
        "How many days until the next Summer Olympics opening ceremony?",
        "How many working days are in May 2027 in England?",
        "What's the date of the next total solar eclipse visible from Spain?",
        "How long ago did the Berlin Wall fall?",
    ],
    "date-task": [
        "Plan a 10-day itinerary in Japan starting 2027-04-03",
        "Write a reminder email about the 04/15 tax deadline",
        "Is March 15, 2027 a good day to launch a product?",
        "Make me a study schedule for the 6 weeks before my exam on June 1",
    ],
    "chitchat": [
        "just turned 30 today 🎂",
        "ran a 5k in 28:45 this morning!",
        "I have 3 exams tomorrow, wish me luck",
        "my 2 year old said 'four' for the first time",
        "we're 4 weeks out from the wedding and I'm panicking",
        "got 98/100 on my test!!",
    ],
}

NOTES = {
    "Is 978-3-16-148410-0 a valid ISBN-13?": "needs the ISBN check-digit rule, not subtraction",
    "8 ÷ 2(2+2) — is it 1 or 16?": "conventions disagree (implicit multiplication); the user asks which",
    "what's 9 + 10 (like in the vine) lol": "asks for the meme (21), not the sum",
    "Write 2026 in Roman numerals": "a numeral system answer, not a number a calculator gives",
    "If 10 people each shake hands with everyone else once, how many handshakes are there?": (
        "needs modelling (C(10,2)); no expression is stated"
    ),
    "Is 1 a prime number? Explain.": "asks for an explanation",
    "What's the largest value a 32-bit signed int can hold?": "needs knowledge of the encoding",
}

for family, queries in NEG.items():
    for q in queries:
        extra = {"note": NOTES[q]} if q in NOTES else {}
        add("negative", family, q, **extra)
assert all(any(i["query"] == q for i in items) for q in NOTES)


# Conversations: an earlier turn (system, user or assistant) changes what the last turn means,
# or supplies a value the last turn refers to.
def conv(family, turns, note=None):
    msgs = [{"role": r, "content": c} for r, c in turns]
    extra = {"messages": msgs}
    if note:
        extra["note"] = note
    add("negative", family, msgs[-1]["content"], **extra)


conv(
    "conv-system",
    [
        (S, "You are MathBot for a modular arithmetic course. All arithmetic is done mod 5."),
        (U, "What is 4 + 3?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "You are a JavaScript REPL. Reply only with exactly what the console would print."),
        (U, "0.1 + 0.2"),
    ],
)
conv(
    "conv-system",
    [
        (S, "You are a patient tutor. Never give the final answer, only hints."),
        (U, "What's 24 × 17?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "You are a calculator for a dozenal society: read and write every number in base 12."),
        (U, "What is 10 + 5?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "Users are solving equations in the variable x; 'x' is never a multiplication sign."),
        (U, "what is 4 x 2?"),
    ],
)
conv(
    "conv-system",
    [
        (S, "Evaluate everything the way Microsoft Excel would."),
        (U, "=-3^2"),
    ],
)
conv(
    "conv-system",
    [
        (S, "You help a kindergarten class. Any number above 10 is just called 'lots'."),
        (U, "What is 8 + 7?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "In my notation a + b means a + b + 1. I'll keep writing it as + to save time."),
        (A, "Okay, + means a + b + 1 from now on."),
        (U, "What is 6 + 2?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "For this question, % means per mille (per thousand), not per hundred."),
        (A, "Understood, % = per mille here."),
        (U, "what is 5% of 2000?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "In our bakery a dozen is 13, like a baker's dozen."),
        (A, "Got it, a dozen = 13."),
        (U, "How many rolls in 4 dozen?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "Pretend 7 is the biggest number that exists and everything wraps around after it."),
        (A, "Fun! 7 is the max."),
        (U, "What is 5 + 4?"),
    ],
)
conv(
    "conv-redefine",
    [
        (
            U,
            "Cipher game: every digit I write stands for the next digit (1 means 2, 2 means 3, ...).",
        ),
        (A, "Okay, I'll decode your digits first."),
        (U, "What's 12 + 34?"),
    ],
)
conv(
    "conv-redefine",
    [
        (U, "We number weekdays with Sunday = 1 and Saturday = 7."),
        (A, "Sure, Sunday is 1."),
        (U, "What number is the weekday of 2026-12-05?"),
    ],
)
conv(
    "conv-assistant",
    [
        (U, "Can you help me with this homework set?"),
        (A, "Sure! Note that in this exercise set the ÷ sign means integer (floor) division."),
        (U, "What is 23 ÷ 4?"),
    ],
)
conv(
    "conv-assistant",
    [
        (U, "let's do roman numerals"),
        (A, "Great, I'll write every answer in Roman numerals, for example 2 + 2 = IV."),
        (U, "what is 12 + 9?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "I'm writing C with 8-bit unsigned chars."),
        (A, "Okay, uint8_t arithmetic wraps at 256."),
        (U, "what's 200 + 100?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "I'm debugging float32 precision on a GPU."),
        (A, "Sure, what are you seeing?"),
        (U, "what is 16777216 + 1?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "I price bonds with the 30/360 day-count convention."),
        (A, "Okay, 30/360."),
        (U, "How many days between 2026-01-31 and 2026-03-31?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "Our fiscal Q1 starts on October 1."),
        (A, "Noted."),
        (U, "How many days are in Q1 2027?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "We're sailors, so 'mile' always means nautical mile here."),
        (A, "Aye, nautical miles."),
        (U, "convert 20 miles to km"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "Dates I write are German style, DD.MM.YYYY."),
        (A, "Verstanden, day first."),
        (U, "What weekday is 04.05.2027?"),
    ],
)
conv(
    "conv-semantics",
    [
        (U, "All lengths in this chat are US survey feet."),
        (A, "Okay, survey feet."),
        (U, "How many meters is 1000 feet?"),
    ],
    note="survey foot = 1200/3937 m; differs from the international foot by 2 ppm",
)
conv(
    "conv-context",
    [
        (U, "My rent is $1,850 a month."),
        (A, "Got it."),
        (U, "What's 12 times that?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "I was born on 3 June 1990."),
        (A, "Nice! How can I help?"),
        (U, "How many days old will I be on 2027-01-01?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "The recipe serves 4 and needs 250 g of butter."),
        (A, "Okay."),
        (U, "how much for 10 people?"),
    ],
)
conv(
    "conv-context",
    [
        (U, "Take the sequence where each term is the sum of the previous two, starting 2, 5."),
        (A, "2, 5, 7, 12, ..."),
        (U, "What is the 8th term?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Quiz me on times tables, one at a time."),
        (A, "What's 13 × 7?"),
        (U, "91?"),
    ],
)
conv(
    "conv-quiz",
    [
        (U, "Check my answers. Just say right or wrong, don't redo them."),
        (A, "Okay, send them."),
        (U, "34 × 12 = 418"),
    ],
)


def main():
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    queries = [(i["query"], json.dumps(i.get("messages"))) for i in items]
    assert len(queries) == len(set(queries)), "duplicate queries"
    for i in items:
        if i["label"] == "negative":
            assert i["expected"] is None
        else:
            assert i["expected"] is not None and "now" not in i
            if isinstance(i["expected"], (int, float)):
                assert i["expected"] != 0 and i["tolerance"], i["id"]
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    print(f"wrote {len(items)} items to {OUT}: {by}")


if __name__ == "__main__":
    main()
