"""Generate heldout-2026-12-09.jsonl: a sixth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only issue 13, bench/router.py and bench/grading.py (how a JSONL set is read and
graded) and make_heldout_5.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its table of exact conversion factors with their sources, its date helpers and the
rules of its docstring (what positives may and may not ask). Nothing under router/, tools/, docs/
or tests/ (other than that one generator) was read, no JSONL file was opened, no commit history
was looked at, and neither the router nor the bench was ever run on this set. Every query here is
newly written (none copied from make_heldout_5.py, none built from its templates); `main()`
asserts that none equals (case-insensitively) a query of make_heldout_5.py, make_heldout_4.py,
make_heldout_3.py, make_heldout_2.py or make_heldout.py, whose items are built in memory by
importing those generators (their queries are never printed).

What is new here is the register and frame of the questions: e-mails and chat messages with the
question buried between greetings, dates and other numbers; homework-style instructions
("Question 7 (2 marks). Evaluate ..."); questions from non-native speakers; numbers and units
written in words ("twelve and a half", "a dozen", "three quarters of a mile"); percentages and
percent changes, tips, discounts and sales tax with every number given; means and medians of
listed numbers; powers, roots, factorials and remainders written in words; scientific notation;
clock-time arithmetic (minutes or hours between two stated times); ages from a stated birth date
and a stated "today"; weekdays of stated dates; offsets in calendar days; ISO week numbers; leap
years asked as day counts; day-of-year numbers; counts of a weekday in a month; SI prefixes on
less common units (kilopascal to hectopascal, megajoule to kilowatt-hour, millibar, microsecond,
picofarad, gigawatt-hour); speed, pressure, energy, power, area, volume, time and temperature
conversions. The negatives look exact but need the model: identifiers (tracking numbers, SKUs
and part numbers, chapter:verse, clock times used as names, flight and room numbers, model
numbers such as "RTX 4090", addresses and road numbers), numbers that need outside facts or live
data, opinions, explanations of a method ("explain how to compute 15% of 80"), code to write,
estimates, riddles and trick questions, ambiguous notation, units whose reading is ambiguous,
requests to check or mark someone's work, numbers to be written out in words or other languages
or numeral systems, calendar questions that need conventions or a clock the text does not give,
and conversations (field "messages") whose earlier turns change what the last question means
(redefined operators, number bases, modular arithmetic, pretend calendars, personas that must
answer in a special form, "don't give me the answer", units fixed by context, programming-language
semantics).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus, for conversations,
"messages" (the whole conversation; "query" repeats the last user turn) and, on borderline
items, "note" (why the item got its label). No item sets "now" or "timezone": every date
question that needs a "today" states it in its own text.

Labels: "positive:calculator", "positive:units", "positive:datetime" and "negative".
Tolerances (as in make_heldout_5.py): 1e-6 relative for calculator and date numbers and for
exact unit results, 1e-3 for unit results a tool may round. Dates are expected as ISO
"YYYY-MM-DD" (the grader accepts any common written form), weekdays as the English name
(substring match), everything else as a number (the grader reads the LAST number in the answer).
No positive asks for a result in a unit written with a power, as a clock time or as a fraction
"a/b", and no positive result is a repeating decimal a tool would have to round (asserted for
every calculator, date and exact unit value): each expects a single number, an ISO date or a
weekday name. Cups, tablespoons and fluid ounces are kept out of the positives; where a positive
uses gallons or quarts it says "US". A positive is a question whose tool answer IS the answer:
nothing else (an explanation, a judgment, a form of words) is asked for.

Every expected value is computed below: fractions.Fraction / decimal.Decimal for arithmetic,
datetime/calendar for dates and clock times, and exact conversion factors typed from their
definitions. Sources of the factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 acre = 43 560 ft^2; 1 ha = 10 000 m^2
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 US gal = 231 in^3 = 3.785 411 784 L exactly; 1 US liquid qt = 1/4 US gal
    standard gravity g_n = 9.806 65 m/s^2 exactly (3rd CGPM, 1901); 1 lbf = 1 lb * g_n;
      1 psi = 1 lbf/in^2; 1 ft*lbf = 1 ft * 1 lbf;
      1 horsepower (mechanical, 550 ft*lbf/s) = 550 ft*lbf/s (about 745.699 9 W)
    1 atm = 101 325 Pa exactly; 1 bar = 100 000 Pa exactly; 1 torr = 1/760 atm exactly
    1 mmHg (conventional) = 13.5951 g/cm^3 * 1 mm * g_n = 133.322 387 415 Pa
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour
    1 Wh = 3600 J; 1 kWh = 3.6 MJ
  SI Brochure, 9th edition (2019): the SI prefixes (da = 10, h = 100, d = 0.1, c = 0.01,
    m, u, n, p, k, M, G, T); 1 L = 1 dm^3; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; elementary charge e = 1.602 176 634e-19 C exactly, so
    1 eV = 1.602 176 634e-19 J exactly
  Time: 1 min = 60 s, 1 h = 60 min, 1 d = 24 h, 1 week = 7 d (SI Brochure, Table 8)
Conversions use exact Fractions; the float written out is the exact value rounded once.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_6.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-09.jsonl"
PREFIX = "ho6-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}

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


def num(x):
    """Exact Fraction -> int when whole, else the nearest float."""
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


def mean(xs):
    xs = [F(x) for x in xs]
    return sum(xs) / len(xs)


def median(xs):
    xs = sorted(F(x) for x in xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("17.5") == F(7, 40)
assert terminates(F(1, 8)) and not terminates(F(1, 3))
assert iroot(2744, 3) == 14 and median([7, 3, 9, 1, 5, 11]) == 6

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    assert terminates(value) and value != 0, query  # no repeating decimals a tool would round
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# e-mails and messages with the question buried among other numbers
calc(
    "email-buried",
    "Hi Marta,\n\nThanks for sending the venue options on Monday. Quick one before our call "
    "at 3: what is 2,340 divided by 18? That's the per-head budget question.\n\nTalk soon,\nJon",
    F(2340, 18),
)
calc(
    "email-buried",
    "Subject: Re: Q4 stationery order\n\nHello all, the supplier quoted 36 boxes at 14.75 each. "
    "Could someone tell me what 36 times 14.75 comes to? I'd like to check the invoice before "
    "Friday.\n\nBest,\nRuth",
    36 * dec("14.75"),
)
calc(
    "email-buried",
    "Dear Mr. Okafor, further to our meeting of 3 November, could you tell me the total of "
    "1,275.50 plus 389.25 plus 96.80? I need it for our records. Kind regards, L. Brandt",
    dec("1275.50") + dec("389.25") + dec("96.80"),
)
calc(
    "email-buried",
    "hey! hope the move went ok 🙂 random thing, what's 7.5% of 18,400? it's for the deposit. "
    "anyway let me know about saturday x",
    pct("7.5") * 18400,
)

# chat messages
calc("chat", "lmao ok 84 wings between 12 ppl, how many each??", F(84, 12))
calc("chat", "brb, what's 19 x 21 again", 19 * 21)
calc(
    "chat",
    "@channel anyone know 1,024 × 768 off the top of their head? need the pixel count",
    1024 * 768,
)

# homework-style instructions
calc("homework", "Question 7 (2 marks). Evaluate 4.5 × 12 − 9 ÷ 3.", dec("4.5") * 12 - F(9, 3))
calc("homework", "Exercise 3b: Find the value of (15 − 6)² + 4³.", (15 - 6) ** 2 + 4**3)
calc(
    "homework",
    "Homework, problem 12: work out 3/8 + 5/16 and give the answer as a decimal.",
    F(3, 8) + F(5, 16),
)

# non-native speakers
calc("non-native", "Please you can tell me how much is 345 and 678 together?", 345 + 678)
calc("non-native", "I want know the result when I make 1,500 divide with 24.", F(1500, 24))
calc("non-native", "How many is 13 multiplicated by 17?", 13 * 17)
calc(
    "non-native",
    "Excuse me, 9 thousand minus 2 thousand 750, it make how much?",
    9000 - 2750,
)

# numbers written in words
calc("number-words", "What is twelve and a half times eight?", (12 + F(1, 2)) * 8)
calc("number-words", "How much is a dozen dozens?", 12 * 12)
calc("number-words", "What's three quarters of four hundred and eighty?", F(3, 4) * 480)
calc("number-words", "two hundred and fifty thousand divided by forty", F(250000, 40))

# percentages and percent changes
calc("percent", "What is 17.5% of 360?", pct("17.5") * 360)
calc("percent", "14 is what percent of 80?", F(14, 80) * 100)
calc("percent", "What's the percentage increase from 250 to 310?", F(310 - 250, 250) * 100)
calc(
    "percent",
    "A rent of $1,600 goes up by 3.5%. What is the new rent?",
    1600 * (1 + pct("3.5")),
)
calc(
    "percent",
    "Our sign-ups rose from 1,200 to 1,530. By what percent did they grow?",
    F(1530 - 1200, 1200) * 100,
)

# tips, discounts, tax (all numbers given)
calc(
    "tip-discount",
    "The bill is $72.50 and I want to tip 18%. How much is the tip?",
    dec("72.50") * pct(18),
)
calc(
    "tip-discount",
    "Dinner came to $43.75. What's the total with a 20% tip?",
    dec("43.75") * (1 + pct(20)),
)
calc(
    "tip-discount",
    "A jacket is $79.90 with 30% off. What's the sale price?",
    dec("79.90") * (1 - pct(30)),
)
calc(
    "tip-discount",
    "$156 bill plus a 15% tip, split between 4 people: how much does each person pay?",
    156 * (1 + pct(15)) / 4,
)
calc(
    "tip-discount",
    "What do I pay for $48 of groceries plus 8.25% sales tax?",
    48 * (1 + pct("8.25")),
)

# means and medians of listed numbers
calc("average", "What's the average of 12, 15, 19, 22 and 27?", mean([12, 15, 19, 22, 27]))
calc(
    "average",
    "My test scores were 78, 85, 91 and 88. What's my mean score?",
    mean([78, 85, 91, 88]),
)
calc("average", "Find the median of 7, 3, 9, 1, 5, 11.", median([7, 3, 9, 1, 5, 11]))
calc(
    "average",
    "Steps over five days: 8,200, 10,450, 6,900, 12,100 and 9,350. What's the daily mean?",
    mean([8200, 10450, 6900, 12100, 9350]),
)

# powers, roots, factorials written in words
calc("powers-roots", "What is seven to the fourth power?", 7**4)
calc("powers-roots", "What's the cube root of 2,744?", iroot(2744, 3))
calc("powers-roots", "Two raised to the twentieth power equals what?", 2**20)
calc("powers-roots", "What is nine factorial?", math.factorial(9))
calc(
    "powers-roots",
    "square root of five thousand seven hundred and seventy-six",
    iroot(5776, 2),
)

# remainders
calc("modulo", "What is the remainder when 1,000 is divided by 37?", 1000 % 37)
calc("modulo", "2026 mod 7 = ?", 2026 % 7)
calc("modulo", "seventeen modulo five", 17 % 5)

# scientific notation
calc("sci-notation", "(3.2 × 10^5) × (4 × 10^-2) = ?", dec("3.2") * 10**5 * 4 * F(1, 100))
calc("sci-notation", "What is 6.4e6 divided by 1.6e-3?", dec("6.4e6") / dec("1.6e-3"))
calc(
    "sci-notation",
    "What's 2.5 times ten to the eighth plus 5 times ten to the seventh?",
    dec("2.5") * 10**8 + 5 * 10**7,
)

# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
MI = 5280 * FT
ACRE = 43560 * FT * FT  # m^2
HECTARE = F(10000)  # m^2
NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
LB = F(45359237, 10**8)  # kg
GAL_L = F(3785411784, 10**9)  # L
QT_L = GAL_L / 4
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
FT_LBF = FT * LBF  # J
HP = 550 * FT_LBF  # W (mechanical horsepower, 550 ft*lbf/s)
ATM = F(101325)  # Pa
BAR = F(100000)  # Pa
TORR = ATM / 760  # Pa
MMHG = F(135951, 10000) * 1000 * F(1, 1000) * G0  # rho (kg/m^3) * h (m) * g_n = Pa
WH = F(3600)  # J
KWH = 1000 * WH  # J
EV = F(1602176634, 10**28)  # J
HOUR = 3600  # s

# sanity checks of the factors against published values
assert GAL_L == 231 * (IN * 10) ** 3  # 231 in^3, in dm^3 = L
assert ACRE == F(40468564224, 10**7)  # 4046.856 422 4 m^2
assert MMHG == F(133322387415, 10**9)  # 133.322 387 415 Pa
assert abs(LBF - F(44482216, 10**7)) < F(1, 10**7)  # 4.448 221 6 N
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)  # 6894.757 3 Pa
assert abs(FT_LBF - F(13558179, 10**7)) < F(1, 10**7)  # 1.355 818 J
assert abs(HP - F(7456999, 10**4)) < F(1, 10**4)  # 745.699 9 W
assert abs(TORR - F(1333224, 10**4)) < F(1, 10**4)  # 133.322 4 Pa
assert MI == F(1609344, 1000) and KNOT * 3600 / 1000 == F(1852, 1000)
assert EV == F(Decimal("1.602176634e-19"))


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def c_to_k(c):
    return F(c) + F(27315, 100)


def k_to_c(k):
    return F(k) - F(27315, 100)


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and k_to_c(c_to_k(37)) == 37

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# SI prefixes on less common units
unit("si-prefix-uncommon", "Convert 101.3 kilopascals to hectopascals.", dec("101.3") * 10, EXACT)
unit("si-prefix-uncommon", "How many kilowatt-hours is 18 megajoules?", 18 * 10**6 / KWH, EXACT)
unit(
    "si-prefix-uncommon",
    "What is 1,013.25 millibars in hectopascals?",
    dec("1013.25") * F(1, 1000) * BAR / 100,
    EXACT,
)
unit("si-prefix-uncommon", "850 mbar in kPa", 850 * F(1, 1000) * BAR / 1000, EXACT)
unit(
    "si-prefix-uncommon",
    "How many milliseconds are 4,500 microseconds?",
    4500 * F(1, 10**6) / F(1, 1000),
    EXACT,
)
unit("si-prefix-uncommon", "Express 650 nanometres in micrometres.", F(650, 1000), EXACT)
unit("si-prefix-uncommon", "4700 pF to nF", F(4700, 1000), EXACT)

# speed
unit("speed", "What's 90 km/h in metres per second?", F(90 * 1000, HOUR), EXACT)
unit(
    "speed",
    "A ferry cruises at 30 knots. How many km/h is that?",
    30 * KNOT * HOUR / 1000,
    EXACT,
)
unit("speed", "Convert 65 mph to kilometres per hour.", 65 * MI / 1000, EXACT)
unit("speed", "Convert 343 metres per second to miles per hour.", F(343) * HOUR / MI)

# pressure
unit("pressure", "My tyres should be at 32 psi. What is that in kilopascals?", 32 * PSI / 1000)
unit("pressure", "How many psi is 2.5 bar?", dec("2.5") * BAR / PSI)
unit("pressure", "Convert 750 mmHg to hectopascals.", 750 * MMHG / 100)
unit("pressure", "3 atmospheres in kilopascals", 3 * ATM / 1000, EXACT)
unit("pressure", "What is 1,200 hectopascals in bars?", 1200 * 100 / BAR, EXACT)
unit("pressure", "760 torr in kilopascals", 760 * TORR / 1000, EXACT)

# energy
unit("energy", "2.5 kWh = how many megajoules?", dec("2.5") * KWH / 10**6, EXACT)
unit("energy", "How many watt-hours are 450 kilojoules?", 450 * 1000 / WH, EXACT)
unit("energy", "Convert 100 joules to foot-pounds.", 100 / FT_LBF)
unit("energy", "What is 3 × 10^-13 joules in MeV?", 3 * F(1, 10**13) / (EV * 10**6))

# power
unit(
    "power", "A wind turbine is rated 1.5 MW. How many kilowatts is that?", dec("1.5") * 1000, EXACT
)
unit(
    "power",
    "Convert 200 kW to mechanical horsepower (550 ft·lbf/s).",
    200 * 1000 / HP,
    note="horsepower has several readings; this one names the mechanical (550 ft·lbf/s) one",
)

# area
unit("area", "How many hectares is 5 acres?", 5 * ACRE / HECTARE)
unit("area", "Convert 12 hectares to acres.", 12 * HECTARE / ACRE)

# volume (litres = cubic decimetres)
unit("volume", "2.5 cubic metres is how many litres?", dec("2.5") * 1000, EXACT)
unit("volume", "Convert 15 US gallons to litres.", 15 * GAL_L, EXACT)
unit("volume", "How many litres is 4 US quarts?", 4 * QT_L, EXACT)
unit("volume", "200 litres in US gallons", 200 / GAL_L)

# temperature
unit("temperature", "98.6 °F in Celsius?", f_to_c(dec("98.6")), EXACT)
unit("temperature", "What's 25 degrees Celsius in kelvin?", c_to_k(25), EXACT)
unit("temperature", "Convert 300 K to Fahrenheit.", c_to_f(k_to_c(300)), EXACT)
unit("temperature", "The oven is at 180 °C. What is that in °F?", c_to_f(180), EXACT)
unit("temperature", "minus four degrees Fahrenheit in Celsius", f_to_c(-4), EXACT)

# numbers written in words
unit("number-words", "How many feet are in three quarters of a mile?", F(3, 4) * MI / FT, EXACT)
unit("number-words", "What's a dozen inches in centimetres?", 12 * IN * 100, EXACT)
unit("number-words", "twelve and a half kilograms in pounds", (12 + F(1, 2)) / LB)
unit("number-words", "How many metres is half a nautical mile?", NMI / 2, EXACT)

# time units
unit(
    "time-units",
    "How many microseconds are in a quarter of a second?",
    F(1, 4) * 10**6,
    EXACT,
)
unit("time-units", "Convert 2.5 hours to seconds.", dec("2.5") * HOUR, EXACT)

# registers: non-native, e-mail, chat
unit("non-native", "Hello, please I need know 180 centimetre is how many feet?", F(180, 100) / FT)
unit(
    "email-buried",
    "Hi Dana, re the charity run on the 14th: how far is 42 kilometres in miles? I told people "
    "about 26 but I want to be sure. Cheers, Will",
    42 * 1000 / MI,
)
unit("chat", "ngl no idea what 5 km is in miles lol", 5 * 1000 / MI)

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


def clock_span(start, end, unit_s):
    """Length from clock time `start` to `end` ("HH:MM[:SS]", 24-hour), rolling over midnight
    when `end` is earlier, in units of `unit_s` seconds (exact Fraction)."""
    day = D(2000, 1, 1)
    a = dt.datetime.combine(day, dt.time.fromisoformat(start))
    b = dt.datetime.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def count_weekday(year, month, wd):
    return sum(
        1
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    )


def iso_week(d):
    return d.isocalendar()[1]


def day_of_year(d):
    return d.timetuple().tm_yday


# sanity checks of the helpers against known dates
assert weekday(D(1969, 7, 20)) == "Sunday" and weekday(D(2000, 1, 1)) == "Saturday"
assert age(D(2000, 3, 1), D(2026, 2, 28)) == 25 and age(D(2000, 3, 1), D(2026, 3, 1)) == 26
assert clock_span("23:00", "01:30", 60) == 150 and clock_span("09:00", "17:00", 3600) == 8
assert count_weekday(2026, 12, TUE) == 5  # 1 Dec 2026 is a Tuesday
assert D(2026, 12, 1).weekday() == TUE
assert iso_week(D(2021, 1, 3)) == 53 and iso_week(D(2026, 1, 1)) == 1
assert day_of_year(D(2024, 12, 31)) == 366 and calendar.isleap(2000) and not calendar.isleap(2100)


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


# clock-time arithmetic
date_item(
    "time-arith",
    "How many minutes are there between 9:40 and 13:15?",
    clock_span("09:40", "13:15", 60),
)
date_item(
    "time-arith",
    "My night shift runs from 22:30 to 06:15 the next morning. How many hours is that?",
    clock_span("22:30", "06:15", 3600),
)
date_item(
    "time-arith",
    "How many seconds from 10:15:30 to 10:47:05?",
    clock_span("10:15:30", "10:47:05", 1),
)
date_item(
    "time-arith",
    "A film starts at 7:50 pm and finishes at 10:05 pm. How long is it in minutes?",
    clock_span("19:50", "22:05", 60),
)
date_item(
    "time-arith",
    "I clocked in at 08:20 and out at 17:05 and took a 45-minute lunch. How many hours did I work?",
    clock_span("08:20", "17:05", 60) / 60 - F(45, 60),
    note="a clock span minus a stated break; every number is given",
)
date_item(
    "time-arith",
    "How many minutes is it from 11:45 p.m. to 1:10 a.m. the next day?",
    clock_span("23:45", "01:10", 60),
)

# ages from a stated birth date and a stated today
date_item(
    "age",
    "I was born on 14 March 1988 and today is 9 December 2026. How old am I?",
    age(D(1988, 3, 14), D(2026, 12, 9)),
)
date_item(
    "age",
    "Today's date is 2026-11-29; my daughter was born on 2019-11-30. How old is she in whole "
    "years?",
    age(D(2019, 11, 30), D(2026, 11, 29)),
)
date_item(
    "age",
    "How old was someone born on 4 July 1976 on 1 January 2000?",
    age(D(1976, 7, 4), D(2000, 1, 1)),
)
date_item(
    "age",
    "Our baby was born on 15 January 2026. Today is 9 December 2026. How many days old is she?",
    days(D(2026, 1, 15), D(2026, 12, 9)),
)
date_item(
    "age",
    "My grandfather he is born 1 May 1950, today is 30 April 2027, how many years he have?",
    age(D(1950, 5, 1), D(2027, 4, 30)),
)

# weekday of a stated date
date_item("weekday", "What day of the week was 8 May 1945?", weekday(D(1945, 5, 8)))
date_item("weekday", "Which weekday is 2031-06-15?", weekday(D(2031, 6, 15)))
date_item("weekday", "On what day of the week does 1 January 2030 fall?", weekday(D(2030, 1, 1)))
date_item(
    "weekday",
    "what day of the week is my birthday, 22 september, in 2027?",
    weekday(D(2027, 9, 22)),
)
date_item("non-native", "Which day of week was 2 February 2000, please?", weekday(D(2000, 2, 2)))
date_item(
    "email-buried",
    "Hi Priya,\n\nCould we do the workshop on 17 March 2027? What weekday is that, by the way? "
    "I don't have a calendar handy.\n\nThanks,\nTom",
    weekday(D(2027, 3, 17)),
)
date_item(
    "homework",
    "Exercise 5: Determine the day of the week of 1 January 2001.",
    weekday(D(2001, 1, 1)),
)

# offsets in calendar days
assert weekday(D(2026, 12, 9)) == "Wednesday"  # as the query below states
date_item("offset", "What date is 45 days after 2027-01-20?", D(2027, 1, 20) + TD(45))
date_item("offset", "What was the date 100 days before 1 March 2028?", D(2028, 3, 1) - TD(100))
date_item(
    "offset",
    "Today is 9 December 2026. What will the date be six weeks from today?",
    D(2026, 12, 9) + TD(weeks=6),
)
date_item(
    "offset",
    "An invoice dated 28 November 2026 is due in 30 calendar days. What's the due date?",
    D(2026, 11, 28) + TD(30),
)
date_item("offset", "What date is 1,000 days after 1 June 2025?", D(2025, 6, 1) + TD(1000))
date_item(
    "offset",
    "Today is Wednesday 9 December 2026. What was the date 10 days ago?",
    D(2026, 12, 9) - TD(10),
)
date_item("chat", "whats the date 3 weeks after 2027-02-14", D(2027, 2, 14) + TD(weeks=3))

# days between stated dates
date_item(
    "days-between",
    "How many days are there from 9 December 2026 to 4 July 2027?",
    days(D(2026, 12, 9), D(2027, 7, 4)),
)
date_item(
    "days-between",
    "How many days after Christmas Day 2026 is Valentine's Day 2027?",
    days(D(2026, 12, 25), D(2027, 2, 14)),
)
date_item(
    "days-between",
    "We check in on 27 December 2026 and check out on 3 January 2027. How many nights is that?",
    days(D(2026, 12, 27), D(2027, 1, 3)),
)
date_item(
    "days-between",
    "Counting both the first and the last day, how many days are there from 10 March 2027 to "
    "24 April 2027?",
    days(D(2027, 3, 10), D(2027, 4, 24)) + 1,
)
date_item(
    "days-between",
    "How many weeks are there between 2027-01-04 and 2027-03-29?",
    F(days(D(2027, 1, 4), D(2027, 3, 29)), 7),
)

# ISO week numbers
date_item(
    "iso-week",
    "What is the ISO week number of 2027-01-01?",
    iso_week(D(2027, 1, 1)),
    note="1 January 2027 is a Friday, so it belongs to ISO week 53 of 2026",
)
date_item("iso-week", "Which ISO week does 15 March 2027 fall in?", iso_week(D(2027, 3, 15)))
date_item("iso-week", "ISO week number for Christmas Day 2026?", iso_week(D(2026, 12, 25)))
date_item(
    "iso-week",
    "In which ISO 8601 week of the year is 9 December 2026?",
    iso_week(D(2026, 12, 9)),
)

# leap years, asked as day counts
date_item(
    "leap-year", "February of the year 2100 has how many days?", calendar.monthrange(2100, 2)[1]
)
date_item("leap-year", "How many days does the year 2400 have?", 365 + calendar.isleap(2400))
date_item("leap-year", "How many days are there in February 2028?", calendar.monthrange(2028, 2)[1])
date_item(
    "leap-year",
    "How many leap years are there from 2001 to 2099 inclusive?",
    calendar.leapdays(2001, 2100),
)

# day of the year
date_item(
    "day-of-year", "What day number of the year is 1 October 2026?", day_of_year(D(2026, 10, 1))
)
date_item("day-of-year", "Which date is day 256 of 2027?", D(2027, 1, 1) + TD(256 - 1))
date_item(
    "day-of-year",
    "How many days are left in the year after 9 December 2026?",
    days(D(2026, 12, 9), D(2026, 12, 31)),
    note="the days after 9 December up to and including 31 December",
)

# how many of a weekday in a month
date_item(
    "count-weekdays", "How many Fridays are there in January 2027?", count_weekday(2027, 1, FRI)
)
date_item("count-weekdays", "How many Sundays fall in February 2026?", count_weekday(2026, 2, SUN))

# =========================================================================== conversations
U, A, S = "user", "assistant", "system"


def conv_pos(label, family, turns, expected, tol, **extra):
    msgs = [{"role": r, "content": c} for r, c in turns]
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
    [(S, "You are a helpful assistant."), (U, "What is 23% of 1,400?")],
    pct(23) * 1400,
    CALC_TOL,
)
conv_pos(
    "positive:calculator",
    "conv-harmless",
    [
        (U, "I'm doing my expense report for the Lisbon trip."),
        (A, "Happy to help. What do you need?"),
        (U, "What's 3 nights at 145.80 plus 62.35 for the taxi?"),
    ],
    3 * dec("145.80") + dec("62.35"),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "I'm planning a hike in the Alps next summer."),
        (A, "Sounds great! How can I help?"),
        (U, "How many feet is 2,962 metres?"),
    ],
    F(2962) / FT,
    ROUNDED,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "Training for my first half marathon, so excited"),
        (A, "Congratulations! What would you like to know?"),
        (U, "Convert 10 miles to kilometres."),
    ],
    10 * MI / 1000,
    EXACT,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "My passport renewal is dragging on."),
        (A, "Sorry to hear that. Anything I can work out for you?"),
        (U, "If I applied on 2026-10-02, what date is 10 weeks later?"),
    ],
    D(2026, 10, 2) + TD(weeks=10),
    None,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "planning a big party for new year's eve"),
        (A, "Fun! How can I help?"),
        (U, "What day of the week is 31 December 2027?"),
    ],
    weekday(D(2027, 12, 31)),
    None,
)

# =========================================================================== negatives
# (query, note) pairs; note is None when the label needs no explanation.
NEG = {
    "tracking": [
        ("Where is my parcel 1Z 999 AA1 01 2345 6784?", None),
        ("Track 9400 1118 9922 3344 5566 77 for me", None),
        ("My DHL number is 4201 2345 6789 — why has it said 'in transit' for 6 days?", None),
        ("Royal Mail tracking AB123456789GB shows 'held at depot', what does that mean?", None),
        ("Is 7748-3390-2211 a FedEx or a UPS tracking number?", None),
        ("order #100-4457281-5520394 hasn't arrived, what should I do?", None),
        ("What is 1Z9-99-AA1?", "a tracking-number fragment written with dashes"),
    ],
    "sku-part": [
        ("Is SKU 4410-22-B still in stock?", None),
        ("What's the difference between the 74HC595 and the 74HC164?", None),
        ("Can I replace a 6204-2RS bearing with a 6204-ZZ?", None),
        ("What does part number 31-5150-02 fit?", None),
        ("IKEA 302.214.09, which product is that?", None),
        ("Are 10-32 screws the same as M5?", "a US screw thread size, not a subtraction"),
        ("Do M8 x 1.25 bolts fit a 5/16-18 nut?", None),
    ],
    "scripture": [
        ("What is the message of John 3:16, in one sentence?", None),
        ("Quote Psalm 23:4 in the King James Version.", None),
        ("Explain Romans 8:28 in simple words.", None),
        ("What is Matthew 5:38-39 about?", "a verse range, not a subtraction"),
        ("Surah 2:255, what is it called?", None),
    ],
    "times-as-names": [
        ("Who starred in 3:10 to Yuma (2007)?", None),
        ("What is the 5:2 diet?", None),
        ("Why do people make a wish at 11:11?", None),
        ("Is the 7:45 from Paddington usually late?", None),
        ("Where does the phrase '24/7' come from?", "an expression, not a division"),
        ("Who sang '7:30' or was it '8:30'?", None),
        ("What is a 4:3 aspect ratio used for?", None),
    ],
    "flight-room": [
        ("Is flight BA 286 on time today?", None),
        ("Which gate does UA 901 leave from?", None),
        ("Where is room 4.105 in the engineering building?", None),
        ("How do I get to lecture hall B-204 from the main entrance?", None),
        ("Does LH 400 still fly the 747-8?", None),
        ("Which terminal does flight 2043 from Denver arrive at?", None),
        ("Is platform 9 3/4 real?", None),
        ("Is seat 14C on an A320 a window or an aisle seat?", None),
    ],
    "model-number": [
        ("Is the RTX 4090 worth it over a 4080?", None),
        ("How much VRAM does an RTX 3060 have?", None),
        ("What's the range of a Boeing 737-800 in km?", None),
        ("Is an i7-12700K faster than a Ryzen 7 5800X3D for gaming?", None),
        ("Canon EOS R6 vs R5: which should I buy?", None),
        ("Is the 4070 Ti Super closer to a 4080 or a 4070?", "model names of graphics cards"),
        ("Does the Galaxy S24 support 45 W charging?", None),
        ("Is a Fender Player II worth it?", None),
    ],
    "other-identifiers": [
        ("Who lived at 221B Baker Street?", None),
        ("What's the best stretch of Route 66 to drive?", None),
        ("How bad is traffic on I-405 right now?", None),
        ("Why is it called Area 51?", None),
        ("Is 90210 a real ZIP code, and for which neighbourhood?", None),
        ("What does the 20/20 in 20/20 vision mean?", "a vision measure, not a division"),
        ("What is a catch-22?", None),
        ("What is 3-2-1 backup?", "a backup rule, not a subtraction"),
        ("What does error 404 mean on a website?", "an HTTP status code"),
        ("Why is 7-Eleven called that?", None),
    ],
    "live-data": [
        ("How much is 250 US dollars in euros right now?", None),
        ("What's one bitcoin in pounds today?", None),
        ("What's 15% of Apple's current share price?", None),
        ("How many minutes until sunset in Oslo today?", None),
        ("What's the temperature in Tokyo right now in Celsius?", None),
        ("How many days until the next full moon?", None),
        ("What is the current 30-year mortgage rate in the US?", None),
        ("How much is a litre of petrol in Germany this week?", None),
        ("What are 1,000 yen worth in dollars at today's rate?", None),
    ],
    "outside-facts": [
        ("How many kilometres is it from Madrid to Lisbon?", None),
        ("What's the density of olive oil in g/mL?", None),
        ("How heavy is 1 litre of mercury?", "needs the density of mercury"),
        ("How tall is the Eiffel Tower in feet?", None),
        ("What's twice the population of Norway?", None),
        ("What is the melting point of tin in Fahrenheit?", None),
        ("How old was Mozart when he died?", None),
        ("How long did the Apollo 11 mission last, in days?", None),
        ("How many grams of sugar are in a 330 ml can of Coca-Cola?", None),
        ("What is the speed of a cheetah in km/h?", None),
        ("How many calories do I burn running 5 km?", "depends on body weight and pace"),
    ],
    "opinion": [
        ("Is 20% a good tip in a New York diner?", None),
        ("Is $45,000 a good salary in Lisbon?", None),
        ("Is 37.8 °C a fever I should worry about?", None),
        ("Should I pay off a 6% loan or invest at 7%?", None),
        ("Which is a luckier number, 7 or 8?", None),
        ("Is 2 hours of homework a night too much for a 10-year-old?", None),
        ("Do you think 1080p is enough for a 27 inch monitor?", None),
    ],
    "explain-method": [
        ("Explain how to compute 15% of 80.", "asks for the method, not the number"),
        ("Walk me through working out a percent change, using 40 to 50 as the example.", None),
        ("Can you explain why zero factorial is 1 and not 0?", None),
        ("Show me step by step how to convert 72 °F to Celsius.", "asks for the steps"),
        ("How would I estimate the square root of 50 by hand?", None),
        ("What's the trick for dividing by 5 in your head?", None),
        ("Teach me long division using 936 ÷ 12.", "asks to be taught the method"),
        ("Why does a negative times a negative give a positive?", None),
        ("How do you find the ISO week number of a date without a computer?", None),
        ("What's the formula for compound interest and what does each letter mean?", None),
    ],
    "code": [
        ("Write a Python function that returns the average of a list of numbers.", None),
        ("Give me an Excel formula for an 18% tip on the amount in B2.", None),
        ("SQL to count orders placed between 2026-01-01 and 2026-03-31", None),
        ("JavaScript one-liner to convert km/h to m/s", None),
        ("Write a regex that matches 24-hour times like 13:15.", None),
        ("Bash command that prints the weekday of 2027-05-01", None),
        ("How do I compute 2**64 in Java without overflow?", None),
        ("Write a Go function that returns the ISO week number of a date.", None),
    ],
    "estimate": [
        ("Roughly how many golf balls fit in a school bus?", None),
        ("Ballpark: how many pages can I read in 2 hours?", None),
        ("About how long would it take to walk 40 km?", "depends on walking speed"),
        ("Estimate how many litres of water a 10-minute shower uses.", None),
        ("Roughly what does 1 km of motorway cost to build?", None),
        ("How many heartbeats in a lifetime, roughly?", None),
        ("Give or take, how many grains of rice are in a 1 kg bag?", None),
        ("How many litres of paint will I need for a bedroom?", None),
    ],
    "riddle": [
        (
            (
                "A notebook and a pen cost $2.20 together, and the notebook costs $2.00 more "
                "than the pen. How much is the pen?"
            ),
            "a word problem to set up; naive arithmetic on its numbers gives the wrong answer",
        ),
        (
            (
                "If 5 machines take 5 minutes to make 5 widgets, how long would 100 machines "
                "take to make 100 widgets?"
            ),
            "a reasoning puzzle",
        ),
        (
            "A shepherd had 23 goats; all but 8 wandered off. How many does he still have?",
            "a trick question",
        ),
        ("How many months in a year have 28 days in them?", "a trick question"),
        ("What comes next: 2, 6, 12, 20, 30, ...?", None),
        ("Divide 30 by half and add 10. What do you get?", "a trick question about wording"),
        (
            (
                "I'm thinking of a number. Double it, add 6, halve it, take away the number I "
                "started with. What's left?"
            ),
            "an algebra puzzle, not an expression",
        ),
    ],
    "ambiguous-notation": [
        ("What is 8÷2(2+2)?", "precedence of implied multiplication is disputed"),
        ("What's -3^2?", "-9 by maths convention, 9 in Excel"),
        ("1,5 + 2,25 = ?", "decimal commas or a list of numbers"),
        ("What is log 1000?", "base 10 or natural log"),
        ("What's sin 90?", "degrees or radians"),
        ("What is 3/4/2025?", "a date or a division"),
        ("What is 5 % 3?", "percent or modulo"),
        ("What's 12/3 ÷ 2/4?", "fractions or a left-to-right chain"),
        ("What is 1.000 + 2.500?", "thousands separators or decimals"),
        ("What is 10:30 / 2?", "a clock time, a ratio or a score"),
    ],
    "ambiguous-units": [
        ("How many ml are in a pint?", "US and imperial pints differ"),
        ("How many pounds are in a ton?", "short, long or metric ton"),
        ("How many ounces are in a cup?", "fluid or weight ounces; US, metric or legal cup"),
        ("How many litres is a barrel?", "oil, beer and other barrels differ"),
        ("Convert 30 mpg to litres per 100 km.", "US or imperial gallons"),
        ("How many grams is a cup of flour?", "depends on the ingredient's density"),
        ("How many quarts are in a litre?", "US liquid, US dry or imperial quart"),
        ("How many kilobytes are in a megabyte?", "1000 or 1024"),
        ("How many gallons is a 50 litre tank?", "US or imperial gallons"),
        ("How many ounces in a pound of gold?", "troy (12) or avoirdupois (16)"),
    ],
    "check-work": [
        ("My kid wrote 7 × 8 = 54. Can you explain what went wrong?", None),
        ("Is this right? 15% of 60 = 6", "asks for a judgment of someone's answer"),
        (
            "I worked out that 30 days after 30 January 2027 is 1 March 2027. Did I get it right?",
            "asks for a check of an answer",
        ),
        ("Grade my answer: 3/4 + 1/4 = 4/8", None),
        ("Where's my mistake: 45 min + 30 min = 1 h 15 min = 1.15 h", None),
        ("Check my conversion please: 5 miles = 8 km exactly, yes?", None),
        ("My teacher marked 2^3 × 2^2 = 2^6 wrong. Why?", None),
        ("Student answer: 0.2 × 0.3 = 0.6. Mark it and give feedback.", None),
    ],
    "number-to-words": [
        ("How do you write 1,250,000 in words?", None),
        ("Write 2026 in Roman numerals.", None),
        ("How do you say 97 in French?", None),
        ("Spell out 40,315 for a cheque.", None),
        ("How is 3.14 read aloud in German?", None),
        ("What is 10,000 in Japanese?", None),
        ("How do I write $1,042.50 in words on a check?", None),
    ],
    "email-negative": [
        (
            (
                "Hi Sam,\n\nAttached is invoice 2026-0412 for £3,450. Could you let me know when "
                "it will be paid?\n\nThanks,\nAna"
            ),
            None,
        ),
        (
            (
                "Team, revenue was 4.2M vs 3.8M last quarter. Can someone write two sentences "
                "for the board explaining the jump?"
            ),
            None,
        ),
        (
            (
                "Dear Dr. Lee, my appointment on 12/03 at 10:30 needs to move. Is Thursday "
                "possible? Regards, K. Ito"
            ),
            None,
        ),
        ("hey, the wifi password is 7741-2290-abc right? can't log in", None),
        (
            (
                "Hi Jo, the landlord says my rent of £1,200 goes up by CPI + 1% next year. What "
                "will I actually pay?"
            ),
            "needs the current CPI",
        ),
        (
            (
                "Hello, re ticket #48213: the 2-for-1 offer didn't apply at checkout. Can you "
                "refund the difference? Best, Marco"
            ),
            None,
        ),
    ],
    "homework-negative": [
        ("Problem 2: Prove that the square root of 2 is irrational.", None),
        (
            "Exercise 6: Solve 3x + 7 = 22, showing every step.",
            "the steps are asked for, not only the value",
        ),
        ("Question 4: Explain in words why 0.999… equals 1.", None),
        ("Q5. Is 91 prime? Justify your answer.", "a justification is asked for"),
        ("Task 3: A train travels 240 km. How long does the journey take?", "the speed is missing"),
        ("Worksheet: give three fractions equivalent to 2/3.", None),
    ],
    "non-native-negative": [
        ("Please, what mean 'baker's dozen'?", None),
        ("How I can calculate percent in my head fast?", None),
        ("What is difference between billion in English and milliard?", None),
        ("Why in America they write the month before the day?", None),
        ("In my country we use comma for decimal, how I write 3,5 in English?", None),
    ],
    "calendar-convention": [
        (
            "What date is 10 business days after 18 December 2026?",
            "business days depend on the country's public holidays",
        ),
        (
            "Someone born on 29 February 2000: do they turn 27 on 28 February 2027 or on 1 March?",
            "a legal convention that differs between countries",
        ),
        (
            "What day of the week was 10 October 1582?",
            "the Gregorian calendar skipped that date",
        ),
        ("How many days until my birthday on 3 March?", "today is not given"),
        ("What's the date next Friday?", "today is not given, and 'next Friday' is ambiguous"),
        (
            "How many working hours are there in December 2026?",
            "depends on holidays and the length of a working day",
        ),
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


# redefined operators
conv(
    "conv-notation",
    [(U, "In this puzzle, a ⊕ b means a² + b."), (A, "Got it."), (U, "What is 3 ⊕ 4?")],
    "the operator is defined by the earlier turn",
)
conv(
    "conv-notation",
    [(U, "Let's say # means the average of two numbers."), (A, "Okay."), (U, "What's 4 # 10?")],
)
conv(
    "conv-notation",
    [
        (U, "From now on 'plus' means gluing the digits together, like strings."),
        (A, "Understood."),
        (U, "What's 12 plus 34, then?"),
    ],
    "plus redefined as concatenation",
)
conv(
    "conv-notation",
    [(S, "In this game, a*b means a raised to the power b."), (U, "What's 2*5?")],
)
conv(
    "conv-notation",
    [
        (U, "For my puzzle book, × means add then double."),
        (A, "Sure, I'll use that rule."),
        (U, "So what is 6 × 7?"),
    ],
)

# number bases
conv(
    "conv-base",
    [(U, "We're working in binary for this exercise."), (A, "Okay."), (U, "What is 101 + 110?")],
    "binary numbers",
)
conv(
    "conv-base",
    [(U, "All numbers from here on are hexadecimal."), (A, "Noted."), (U, "What's 1F + 1?")],
)
conv(
    "conv-base",
    [(S, "Answer every question in octal, with octal inputs."), (U, "What is 17 + 1?")],
)
conv(
    "conv-base",
    [(U, "Imagine we count in base 6."), (A, "Alright."), (U, "What is 5 + 5?")],
)

# modular arithmetic
conv(
    "conv-modular",
    [(U, "We're doing clock arithmetic, mod 12."), (A, "Okay."), (U, "What's 10 + 7?")],
)
conv(
    "conv-modular",
    [(U, "Everything is mod 7 today."), (A, "Sure."), (U, "What's 6 × 4?")],
)
conv(
    "conv-modular",
    [
        (S, "You are a tutor for a course on the integers modulo 10."),
        (U, "What is 7 × 8?"),
    ],
    "the course context fixes the arithmetic",
)

# pretend calendars and dates
conv(
    "conv-pretend-date",
    [
        (
            U,
            (
                "Let's roleplay: it's the year 3024 on a starship whose calendar has 10 months of "
                "36 days."
            ),
        ),
        (A, "Aye, captain."),
        (U, "What's the date 45 days after 3024-09-01?"),
    ],
    "a custom calendar",
)
conv(
    "conv-pretend-date",
    [
        (U, "For this story, today is 30 February 2027."),
        (A, "Interesting! Go on."),
        (U, "What date is it tomorrow, then?"),
    ],
)
conv(
    "conv-pretend-date",
    [
        (U, "Pretend the week has six days, with no Sunday."),
        (A, "Okay, a six-day week."),
        (U, "What weekday is 10 days after Monday?"),
    ],
)
conv(
    "conv-pretend-date",
    [
        (U, "In my fantasy world every month has exactly 30 days."),
        (A, "Nice and tidy."),
        (U, "What date is 40 days after 12/25?"),
    ],
)

# personas that must answer in a special form
conv(
    "conv-persona",
    [
        (S, "You are Count von Count. Answer every sum by counting up aloud one number at a time."),
        (U, "What's 4 + 3?"),
    ],
)
conv(
    "conv-persona",
    [(S, "Reply only in French words, never digits."), (U, "What's 250 times 4?")],
)
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Every answer must be a rhyming couplet."),
        (U, "How many kilometres is 5 miles?"),
    ],
    "the system prompt requires the answer as a rhyming couplet",
)
conv(
    "conv-persona",
    [
        (S, "You help six-year-olds. Explain every answer with apples."),
        (U, "What is 12 minus 5?"),
    ],
)

# "don't give me the answer"
conv(
    "conv-no-answer",
    [
        (U, "Don't give me the answer, I want to work it out myself. Just a hint."),
        (A, "Okay, hints only."),
        (U, "What's 17 × 23?"),
    ],
)
conv(
    "conv-no-answer",
    [
        (U, "My homework is 144 ÷ 12. I got 11. Only tell me if I'm right, not the answer."),
        (A, "Sure, I'll just check it."),
        (U, "So what's 144 ÷ 12?"),
    ],
    "the user asked not to be told the answer",
)
conv(
    "conv-no-answer",
    [
        (U, "Quiz me. I'll guess and you only say 'higher' or 'lower'. My first guess is 60."),
        (A, "Ready when you are."),
        (U, "What is 9 × 7?"),
    ],
)
conv(
    "conv-no-answer",
    [
        (S, "You are a Socratic tutor. Never state final answers; ask guiding questions."),
        (U, "What is 15% of 240?"),
    ],
)

# units fixed by context
conv(
    "conv-units-context",
    [(U, "I'm in the UK, by the way."), (A, "Noted!"), (U, "How many ml are in 2 pints?")],
    "imperial pints in the UK",
)
conv(
    "conv-units-context",
    [
        (U, "I'm weighing gold, so ounces are troy ounces."),
        (A, "Understood."),
        (U, "How many grams in 10 ounces?"),
    ],
    "troy ounces",
)
conv(
    "conv-units-context",
    [
        (U, "My old British cookbook gives oven settings in gas marks."),
        (A, "Okay."),
        (U, "Convert 6 to Fahrenheit."),
    ],
    "gas mark 6 is a convention, not a unit conversion",
)
conv(
    "conv-units-context",
    [
        (U, "I'm a programmer, for me a KB is 1024 bytes."),
        (A, "Got it."),
        (U, "How many bytes are in 64 KB?"),
    ],
    "binary kilobytes set by the earlier turn",
)

# programming-language semantics
conv(
    "conv-language",
    [(U, "I'm writing C with ints."), (A, "Sure."), (U, "What's -7 / 2?")],
    "C integer division truncates toward zero",
)
conv(
    "conv-language",
    [
        (U, "This is about Python 2.7."),
        (A, "Okay, Python 2 semantics."),
        (U, "What is 7 / 2?"),
    ],
    "Python 2 integer division",
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
    by: dict[str, int] = {}
    for i in items:
        by[i["label"]] = by.get(i["label"], 0) + 1
    print(f"wrote {len(items)} items to {OUT}: {by}")


if __name__ == "__main__":
    main()
