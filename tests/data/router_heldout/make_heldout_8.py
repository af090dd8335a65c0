"""Generate heldout-2026-12-11.jsonl: an eighth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_7.py, the latter ONLY for its record format, its label/tolerance/family conventions,
its table of exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened, no JSONL file was opened, no commit history was looked at, no network was
used, and neither the router nor the bench was ever run on this set. Every query here is newly
written by the author (none copied from make_heldout_7.py, none built from its templates);
`main()` asserts that every query is unique and that none equals (case-insensitively,
whitespace-normalised) a query or user turn of make_heldout.py, make_heldout_2.py ...
make_heldout_7.py, whose items are built in memory by importing those generators (their queries
are never printed, their JSONL files never read).

Registers and phrasing families chosen for this set (positives):
  calculator: homework-help posts, recipe scaling, shopping and discounts, personal finance
    (tips, bill splitting, simple and compound interest, raises, instalments), sports
    statistics, SMS shorthand, typos, non-native phrasing (space as thousands separator),
    polite framing with context before the question, code comments, lab notes (dilution, mean,
    percent error, scientific notation), gym and DIY logs, one harmless conversation.
  units: kitchen/oven, DIY and sewing (fractional inches, feet+inches), travel (road, air,
    sea), fitness (stone+pounds, race distances), science lab (nm/angstrom, kelvin, atm,
    microlitres, MJ/kWh), weather, cars (psi, N*m, cc), data sizes with binary prefixes written
    out (KiB, MiB), jewellery (carat, troy ounce), SMS/typo spellings, non-native phrasing, time
    units, nautical/astronomical distances, one harmless conversation.
  datetime: weekday look-ups in many date formats, deadline offsets (net terms, return windows,
    library loans), date differences (including an explicitly inclusive count and hotel
    nights), ages on a stated date, shift rotations and paydays, holidays stated WITH their
    fixed rule (US Memorial Day, US Labor Day, US Mother's Day, Canadian Thanksgiving), day of
    the year / ordinal dates / ISO week / days in a month or year / weekday counts, sleep and
    meeting durations from clock times (answer is a number, never a clock time), school
    calendars, hours across dates, SMS-style, calendar-month offsets that do not hit a month
    end, one harmless conversation.

Negatives (label "negative"; families prefixed "near-" or "conv-" are the hard ones, phrased
almost like a positive, each with a "note"): identifiers (phone, ISBN, part, flight, error and
model numbers, zip codes, jersey numbers), versions and years in titles, scores, explanations
and how-tos, opinions and advice, estimates of unknown quantities, world knowledge, live data,
code/essays/plans, text tasks containing numbers, chit-chat with numbers, riddles and puzzles,
numeric idioms (24/7, 50/30/20); near-positives: conversions missing a density, exchange rate,
voltage or duration; calendar questions missing "today" or a date; calculations needing a world
fact; calculations missing their number; requests for steps or explanations of an exact
computation; requests to check work; other numeral systems, spelled-out numbers and
programming-language semantics; estimates dressed as conversions; plans over stated dates.
Conversations (field "messages"; "query" repeats the last user turn): redefined notation
(operators, bases, modular arithmetic, log base, angle unit, dozen, decimal comma), numbers
fixed in earlier turns, follow-ups ("why?", "what if...", "same for..."), personas and output
formats (Socratic tutor, words only, haiku, ELI5), units or date orders fixed by an earlier turn
(temperature differences, DD/MM/YYYY, 5-day weeks) and advice-seeking chat.

Left out entirely (their grading is contested): US vs imperial pints/cups/gallons/fluid
ounces/tablespoons, short/long tons, barrels, mpg, calories, horsepower, kB vs KiB, "a month"
as a length, leap-day birthdays, all-numeric dates whose day and month are both <= 12, time
zones and daylight saving, and anything depending on the current date (no "now" or "timezone"
field is set; no positive needs a "today").

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard or borderline items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time or as a fraction "a/b"; no
calculator, date or exact unit result is a repeating decimal (asserted). A positive is a
question whose tool answer IS the answer.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (same sources as make_heldout_7.py, plus two):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz = 1/16 lb; 1 stone = 14 lb;
      1 grain = 64.798 91 mg exactly; 1 troy ounce = 480 grains; 1 metric carat = 200 mg
    standard gravity g_n = 9.806 65 m/s^2 exactly; 1 lbf = 1 lb * g_n; 1 psi = 1 lbf/in^2;
      1 lbf*ft = 1 ft * 1 lbf
    1 bar = 100 000 Pa exactly; 1 standard atmosphere = 101 325 Pa exactly (10th CGPM 1954,
      Resolution 4; NIST SP 811 B.8)
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour
    1 angstrom = 1e-10 m exactly
  IAU 2012 Resolution B2: 1 astronomical unit = 149 597 870 700 m exactly
  IEC 80000-13: 1 byte = 8 bit; 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB;
    decimal prefix M = 10^6
  SI Brochure, 9th edition (2019): SI prefixes; 1 L = 1 dm^3 (1 cm^3 = 1 mL);
    T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min,
    1 d = 24 h; 1 W*h = 3600 J (so 1 kWh = 3.6 MJ); 1 week = 7 d, 1 fortnight = 14 d
  Calendar rules are stated in the queries themselves; ISO 8601 week numbering
    (datetime.date.isocalendar).

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_8.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-11.jsonl"
PREFIX = "ho8-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
    "make_heldout_6.py",
    "make_heldout_7.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
WANT_CONVERSATION_NEGATIVES = 35

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
    """Exact Fraction -> int when whole, else the nearest float."""
    if isinstance(x, float):
        return x
    x = F(x)
    if x.denominator == 1:
        return int(x)
    return float(x)


def dec(s):
    """A decimal literal as an exact Fraction."""
    return F(Decimal(s))


def pct(p):
    return dec(str(p)) / 100


def terminates(x):
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def isqrt_exact(n):
    r = math.isqrt(n)
    assert r * r == n, n
    return r


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("12.5") == F(1, 8)
assert terminates(F(3, 8)) and not terminates(F(1, 3)) and isqrt_exact(1444) == 38

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# homework-help posts
calc("homework", "hw help pls: what is 7/8 - 1/3 + 5/24 as a decimal", F(7, 8) - F(1, 3) + F(5, 24))
calc("homework", "Homework Q4 says evaluate 3^4 - 2^5 + 6*7. What do you get?", 3**4 - 2**5 + 6 * 7)
calc(
    "homework",
    "can someone work out (48 + 36) / (9 - 2) for me? the answer key page is missing",
    F(48 + 36, 9 - 2),
)
calc("homework", "Math homework: square root of 1,444 = ?", isqrt_exact(1444))
calc("homework", "what's a quarter of 1,000 minus 60", F(1000, 4) - 60)

# recipe scaling
calc(
    "recipe-scaling",
    "My recipe makes 24 cookies with 340 g of flour. For 36 cookies how many grams of flour?",
    F(340 * 36, 24),
)
calc(
    "recipe-scaling",
    "scaling a bread recipe by 1.5 — what is 1.5 times 475 grams of water",
    dec("1.5") * 475,
)
calc(
    "recipe-scaling",
    "Soup for 6 people takes 1.2 kg of potatoes. How many kg do I need for 15 people?",
    dec("1.2") * 15 / 6,
)

# shopping and discounts
calc("shopping", "Sneakers are $120 with 35% off. What do I pay before tax?", 120 * (1 - pct(35)))
calc(
    "shopping",
    "A 750 g box of cereal costs 4.50. What's the price per 100 g?",
    dec("4.50") * 100 / 750,
)
calc(
    "shopping",
    "Shirts are $12.40 each, buy 3 get the 4th free. I'm taking 4, what's my total?",
    3 * dec("12.40"),
)
calc(
    "shopping",
    "what's the total on a $64 purchase with 8.25% sales tax added",
    64 * (1 + pct("8.25")),
)
calc(
    "shopping",
    "It was 250 and now it's marked down to 185. What percent discount is that?",
    F(250 - 185, 250) * 100,
)

# personal finance
calc("finance", "18% tip on a $72.50 dinner, how much is the tip?", pct(18) * dec("72.50"))
calc(
    "finance",
    "There are 5 of us and the bill came to 186.40 including tip. How much does each person pay?",
    dec("186.40") / 5,
)
calc(
    "finance",
    "How much interest does $5,000 earn at 4% simple interest over 3 years?",
    5000 * pct(4) * 3,
)
calc(
    "finance",
    "10,000 invested at 5% compounded annually for 3 years grows to what amount?",
    10000 * (1 + pct(5)) ** 3,
)
calc(
    "finance",
    "my salary went from 52,000 to 55,900 — what % raise is that",
    F(55900 - 52000, 52000) * 100,
)

# sports statistics
calc("sports-stats", "He scored 612 points in 24 games. Points per game?", F(612, 24))
calc("sports-stats", "She made 45 of 72 free throws; what's that as a percentage?", F(45, 72) * 100)
calc("sports-stats", "batting average for 57 hits in 200 at-bats?", F(57, 200))

# SMS shorthand
calc("sms", "wuts 12.5% of 640", pct("12.5") * 640)
calc("sms", "2 x 365 x 24 = ?? thx", 2 * 365 * 24)
calc("sms", "q: 45*45?", 45 * 45)

# typos
calc("typos", "whats 17 multipled by 23", 17 * 23)
calc("typos", "waht is 900 devided by 36", F(900, 36))
calc("typos", "calcualte 15 percnt of 260 please", pct(15) * 260)
calc("typos", "what is 2 to the powr of 12", 2**12)

# non-native phrasing
calc("non-native", "Please, how much make 3 500 plus 1 275?", 3500 + 1275)
calc("non-native", "I want know the result of 84 divide on 7.", F(84, 7))
calc("non-native", "Tell me please 15 % from 80 is how much?", pct(15) * 80)
calc("non-native", "How much give 250 minus 17 percent of it?", 250 * (1 - pct(17)))

# polite framing with context first
calc(
    "polite-context",
    "Hi there! I'm doing our club's accounts and just need one thing: what is 1,875 + 2,460 + 915?",
    1875 + 2460 + 915,
)
calc(
    "polite-context",
    "Sorry if this is a silly question, but what's 0.15 times 420?",
    dec("0.15") * 420,
)
calc(
    "polite-context",
    "Good morning. Could you kindly compute 7.5% of 1,240 for me? Thank you!",
    pct("7.5") * 1240,
)

# code comments
calc("code-comment", "// TODO double-check: 1920 * 1080 = ?", 1920 * 1080)
calc("code-comment", "# seconds in a week: 60*60*24*7 -- what does that come to?", 60 * 60 * 24 * 7)
calc("code-comment", "/* buffer = 4096 * 16 bytes, what's the number */", 4096 * 16)

# lab notes
calc(
    "lab-notes",
    "Dilution, C1V1 = C2V2: C1 = 2.5 M, C2 = 0.5 M, V2 = 40 mL. Solve for V1 in mL.",
    dec("0.5") * 40 / dec("2.5"),
)
calc(
    "lab-notes",
    "lab notes: mean of 12.4, 12.7, 12.1 and 12.8?",
    (dec("12.4") + dec("12.7") + dec("12.1") + dec("12.8")) / 4,
)
calc(
    "lab-notes",
    "Accepted value 8.0, I measured 7.8. Percent error?",
    abs(dec("7.8") - dec("8.0")) / dec("8.0") * 100,
)
calc("lab-notes", "(3.2e5) * (4e-2) = ?", dec("3.2e5") * dec("4e-2"))

# gym and DIY logs
calc("gym-diy", "Leg day: 5 sets x 8 reps at 102.5 kg, total volume in kg?", 5 * 8 * dec("102.5"))
calc("gym-diy", "I need 14 boards at 2.35 m each — total length?", 14 * dec("2.35"))

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
BAR = F(100000)  # Pa
ATM = F(101325)  # Pa
KWH = F(3600000)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes

assert GRAIN * 7000 == LB
assert TROY_OZ == F(311034768, 10**10)
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)
assert abs(LBF_FT - F(13558179, 10**7)) < F(1, 10**7)
assert MI == F(1609344, 1000) and YD == F(9144, 10000)


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


assert f_to_c(212) == 100 and c_to_f(-40) == -40

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# kitchen and oven
unit(
    "kitchen",
    "Oven's set to 180 °C but my old recipe is in Fahrenheit. What's 180C in F?",
    c_to_f(180),
    EXACT,
)
unit("kitchen", "Recipe wants 8 oz of cheddar — how many grams is that?", 8 * OZ * 1000)
unit("kitchen", "convert 450 degrees fahrenheit to celsius for my pizza stone", f_to_c(450))
unit("kitchen", "500 g butter in lbs?", F(500, 1000) / LB)
unit(
    "kitchen", "I need 1.5 litres of stock. How many millilitres is that?", dec("1.5") * 1000, EXACT
)

# DIY and sewing
unit("diy", "What's a 3/4 inch pipe in mm?", F(3, 4) * IN * 1000, EXACT)
unit("diy", "cut list says 2400 mm board, how many feet is that", F(2400, 1000) / FT)
unit("diy", 'Drill bit is 5/16" — what is that in millimetres?', F(5, 16) * IN * 1000, EXACT)
unit("diy", "Ceiling height is 8 ft 6 in. In metres?", 8 * FT + 6 * IN, EXACT)
unit("diy", "The pattern calls for 12 yards of fabric, how many meters do I buy?", 12 * YD, EXACT)

# travel
unit("travel", "Autobahn sign says 130 km/h — what's that in mph?", 130 * 1000 / MI)
unit("travel", "The trail is 14 miles long. How many km?", 14 * MI / 1000, EXACT)
unit("travel", "We're cruising at 35,000 ft, how many metres is that?", 35000 * FT, EXACT)
unit("travel", "The ferry does 22 knots. What's that in km/h?", 22 * NMI / 1000, EXACT)

# fitness
unit("fitness", "I deadlifted 140 kg today, how many lbs is that", 140 / LB)
unit(
    "fitness",
    "A half marathon is 21.0975 km. How far is that in miles?",
    dec("21.0975") * 1000 / MI,
)
unit("fitness", "my weight is 11 st 4 lb — in kg?", 11 * STONE + 4 * LB)
unit("fitness", "treadmill is at 6.5 mph, convert to km/h", dec("6.5") * MI / 1000)

# science lab
unit(
    "science-lab", "Laser wavelength 532 nm — how many ångströms?", F(532, 10**9) / ANGSTROM, EXACT
)
unit("science-lab", "Convert 310 K to degrees Celsius.", 310 - F(27315, 100), EXACT)
unit("science-lab", "What is 2.5 atm in kPa?", dec("2.5") * ATM / 1000, EXACT)
unit("science-lab", "How many microliters are in 0.75 mL?", dec("0.75") * 1000, EXACT)
unit("science-lab", "Convert 9 MJ to kWh.", 9 * 10**6 / KWH, EXACT)

# weather
unit("weather", "Forecast low is 14 °F. What's that in Celsius?", f_to_c(14), EXACT)
unit("weather", "gusts of 90 km/h, how many m/s is that", F(90 * 1000, 3600), EXACT)
unit("weather", "We got 1.8 inches of rain overnight — how many mm?", dec("1.8") * IN * 1000, EXACT)

# cars
unit("cars", "Tyre pressure is 32 psi, what is it in bar?", 32 * PSI / BAR)
unit("cars", "Wheel nut torque spec is 110 N·m. What's that in lb-ft?", 110 / LBF_FT)
unit("cars", "The engine is 1998 cc, how many litres is that?", F(1998, 1000), EXACT)

# data sizes (binary prefixes written out, decimal M for the line rate)
unit(
    "data", "My connection is 100 Mbit/s. How many megabytes per second is that?", F(100, 8), EXACT
)
unit("data", "Convert 64 KiB to bytes", 64 * KIB, EXACT)
unit("data", "How many GiB is 512 MiB?", F(512 * MIB, GIB), EXACT)

# jewellery
unit(
    "jewellery",
    "How many grams does a 1.25 carat diamond weigh?",
    dec("1.25") * CARAT * 1000,
    EXACT,
)
unit("jewellery", "50 g silver bar, how many troy ounces?", F(50, 1000) / TROY_OZ)

# SMS and typo spellings
unit("sms-typo", "whats 5'7\" in cm", (5 * FT + 7 * IN) * 100, EXACT)
unit("sms-typo", "how many ounzes in 2 pounds", 2 * LB / OZ, EXACT)
unit("sms-typo", "10 mi = ? km", 10 * MI / 1000, EXACT)

# non-native phrasing
unit("non-native", "How many centimetre have 1 foot?", FT * 100, EXACT)
unit("non-native", "Please convert for me 75 kilogram in pound.", 75 / LB)
unit(
    "non-native", "My fridge show 4 degree celsius, how much it is in fahrenheit?", c_to_f(4), EXACT
)

# time units
unit("time-units", "convert 2.75 hours into minutes", dec("2.75") * 60, EXACT)
unit("time-units", "How many hours is 4.5 days?", dec("4.5") * 24, EXACT)

# nautical and astronomical
unit(
    "nautical-astro",
    "A ship is 240 nautical miles offshore. How far is that in km?",
    240 * NMI / 1000,
    EXACT,
)
unit(
    "nautical-astro",
    "Mars orbits at about 1.52 AU. Convert 1.52 AU to kilometres.",
    dec("1.52") * AU / 1000,
)

# =========================================================================== dates
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def stated(d, name):
    """Assert that a weekday written in a query is right."""
    assert weekday(d) == name, (d, name)
    return d


def age(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days(a, b):
    return (b - a).days


def nth_weekday(year, month, wd, n):
    found = [
        D(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    ]
    return found[n - 1] if n > 0 else found[n]


def add_months(d, n):
    assert d.day <= 28
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, d.day)


def weekdays_between(a, b):
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(k)).weekday() < 5)


def clock_span(start, end, unit_s):
    day = D(2000, 1, 1)
    a = dt.datetime.combine(day, dt.time.fromisoformat(start))
    b = dt.datetime.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def span(a, b, unit_s):
    return F(
        int((dt.datetime.fromisoformat(b) - dt.datetime.fromisoformat(a)).total_seconds()), unit_s
    )


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(2000, 3, 1), D(2026, 2, 28)) == 25
assert nth_weekday(2024, 5, MON, -1) == D(2024, 5, 27)  # US Memorial Day 2024
assert nth_weekday(2025, 9, MON, 1) == D(2025, 9, 1)  # US Labor Day 2025
assert nth_weekday(2025, 10, MON, 2) == D(2025, 10, 13)  # Canadian Thanksgiving 2025
assert add_months(D(2027, 11, 17), 3) == D(2028, 2, 17)
assert clock_span("23:40", "07:10", 60) == 450
assert weekdays_between(D(2026, 12, 7), D(2026, 12, 13)) == 5


def date_item(family, query, expected, **extra):
    if isinstance(expected, dt.date):
        expected, tol = expected.isoformat(), None
    elif isinstance(expected, str):
        assert expected in WEEKDAYS
        tol = None
    else:
        expected = F(expected)
        assert expected != 0 and terminates(expected), query
        expected, tol = num(expected), 1e-6
    add("positive:datetime", family, query, expected, tol, **extra)


# weekday look-ups in assorted formats
date_item("weekday-lookup", "Dec 24 2027 — what weekday is that?", weekday(D(2027, 12, 24)))
date_item(
    "weekday-lookup",
    "My thesis defence is on 2028-03-17. Which day of the week is that?",
    weekday(D(2028, 3, 17)),
)
date_item("weekday-lookup", "which day of the week is 14/02/2028?", weekday(D(2028, 2, 14)))
date_item("weekday-lookup", "Which day of week will be 3 of June 2027?", weekday(D(2027, 6, 3)))
date_item(
    "weekday-lookup",
    "First day of school is September 1, 2027. What day of the week does it fall on?",
    weekday(D(2027, 9, 1)),
)
date_item("weekday-lookup", "wat day is 7th of august 2027", weekday(D(2027, 8, 7)))

# deadline offsets
date_item(
    "deadline-offset",
    "Invoice dated 18 Jan 2027 on net 30 terms: what date is payment due?",
    D(2027, 1, 18) + TD(30),
)
date_item(
    "deadline-offset",
    (
        "I bought a laptop on 2027-04-22 with a 90-day return window. "
        "What date is 90 days after the purchase?"
    ),
    D(2027, 4, 22) + TD(90),
)
date_item(
    "deadline-offset",
    "Library book borrowed on 5 March 2027 is due 21 days later. Which date is that?",
    D(2027, 3, 5) + TD(21),
)
date_item("deadline-offset", "What date is 45 days before 2027-10-01?", D(2027, 10, 1) - TD(45))
date_item(
    "deadline-offset",
    "Six weeks after Friday 19 November 2027 is which date?",
    stated(D(2027, 11, 19), "Friday") + TD(weeks=6),
)
date_item(
    "deadline-offset", "what's the date 180 days after 10 June 2027", D(2027, 6, 10) + TD(180)
)

# date differences
date_item(
    "date-diff",
    "How many days are there from 2027-02-14 to 2027-05-30?",
    days(D(2027, 2, 14), D(2027, 5, 30)),
)
_w = days(D(2027, 1, 4), D(2027, 4, 26))
assert _w % 7 == 0
date_item("date-diff", "how many weeks between 4 Jan 2027 and 26 Apr 2027", F(_w, 7))
date_item(
    "date-diff",
    (
        "A contract ran from 1 March 2026 to 28 February 2027. "
        "How many days is that, counting both the first and the last day?"
    ),
    days(D(2026, 3, 1), D(2027, 2, 28)) + 1,
)
date_item(
    "date-diff",
    "Checking in 2027-08-28 and checking out 2027-09-04 — how many nights is the stay?",
    days(D(2027, 8, 28), D(2027, 9, 4)),
)
date_item(
    "date-diff",
    "hw many days btwn 3/15/2027 and 4/20/2027",
    days(D(2027, 3, 15), D(2027, 4, 20)),
)

# ages on a stated date
date_item(
    "age-on-date",
    "Someone born on 12 August 1990 — how old are they on 1 March 2027?",
    age(D(1990, 8, 12), D(2027, 3, 1)),
)
date_item(
    "age-on-date",
    "My grandma was born 3 Nov 1941. How old will she turn on 3 Nov 2027?",
    age(D(1941, 11, 3), D(2027, 11, 3)),
)
date_item(
    "age-on-date",
    "Age on 2027-06-30 for a date of birth of 1999-07-01?",
    age(D(1999, 7, 1), D(2027, 6, 30)),
)

# shift rotations and paydays
date_item(
    "shift-rota",
    (
        "4 on 4 off rotation, my first day on is Monday 4 Jan 2027. "
        "What date does my 3rd block of shifts start?"
    ),
    stated(D(2027, 1, 4), "Monday") + TD(2 * 8),
)
date_item(
    "shift-rota",
    "I work every 3rd day starting 2027-02-01 (that's shift 1). What's the date of shift 10?",
    D(2027, 2, 1) + TD(3 * 9),
)
date_item(
    "shift-rota",
    "Payday is every other Friday, first one 8 Jan 2027. What is the date of the 6th payday?",
    stated(D(2027, 1, 8), "Friday") + TD(14 * 5),
)
date_item(
    "shift-rota",
    "Night shift 21:30 to 06:00 — how many hours is that?",
    clock_span("21:30", "06:00", 3600),
)
date_item(
    "shift-rota",
    "Ignoring bank holidays, how many weekdays (Mon-Fri) does March 2027 have?",
    weekdays_between(D(2027, 3, 1), D(2027, 3, 31)),
)

# holidays given with their rule
date_item(
    "holiday-rule",
    "US Memorial Day is the last Monday in May. What date is it in 2027?",
    nth_weekday(2027, 5, MON, -1),
)
date_item(
    "holiday-rule",
    "Labor Day (US) is the first Monday of September — what's the date in 2028?",
    nth_weekday(2028, 9, MON, 1),
)
date_item(
    "holiday-rule",
    "Mother's Day in the US is the 2nd Sunday of May, so which date is it in 2027?",
    nth_weekday(2027, 5, SUN, 2),
)
date_item(
    "holiday-rule",
    "Canadian Thanksgiving falls on the second Monday in October. When is it in 2027?",
    nth_weekday(2027, 10, MON, 2),
)

# calendar facts: day of year, ordinal date, counts, ISO week
date_item(
    "calendar-facts",
    "What number day of the year is 13 Sept 2027?",
    D(2027, 9, 13).timetuple().tm_yday,
)
date_item("calendar-facts", "day 200 of 2028 is which date?", D(2028, 1, 1) + TD(199))
date_item(
    "calendar-facts",
    "How many Fridays are there in October 2027?",
    sum(1 for d in range(1, 32) if D(2027, 10, d).weekday() == FRI),
)
date_item(
    "calendar-facts", "how many days does February 2100 have?", calendar.monthrange(2100, 2)[1]
)
date_item(
    "calendar-facts",
    "What's the ISO week number of 31 December 2027?",
    D(2027, 12, 31).isocalendar()[1],
)

# durations from clock times (answers are numbers)
date_item(
    "clock-duration",
    "Fell asleep at 23:40, woke at 07:10. How many minutes did I sleep?",
    clock_span("23:40", "07:10", 60),
)
date_item(
    "clock-duration",
    "The exam runs from 09:15 to 12:45; how long is that in hours?",
    clock_span("09:15", "12:45", 3600),
)
date_item(
    "clock-duration",
    "meeting from 2:30 pm to 4:10 pm, how many minutes",
    clock_span("14:30", "16:10", 60),
)

# school calendars
date_item(
    "school-calendar",
    (
        "Term starts Monday 10 January 2028 and lasts 11 weeks. "
        "What's the date of the Friday of the last week?"
    ),
    stated(D(2028, 1, 10), "Monday") + TD(weeks=10, days=4),
)
date_item(
    "school-calendar",
    "Spring break begins 2028-03-18 and school resumes 9 days later. Which date is that?",
    D(2028, 3, 18) + TD(9),
)
date_item(
    "school-calendar",
    "Counting 30 Aug 2027 as day 1 of the semester, which date is day 100?",
    D(2027, 8, 30) + TD(99),
)

# hours across dates (single zone, no DST change in range)
date_item(
    "datetime-span",
    "How many hours from 2027-03-05 08:00 to 2027-03-07 20:00, same time zone?",
    span("2027-03-05T08:00", "2027-03-07T20:00", 3600),
)
date_item(
    "datetime-span",
    "How many minutes between 23:15 on 31 Dec 2027 and 00:45 on 1 Jan 2028?",
    span("2027-12-31T23:15", "2028-01-01T00:45", 60),
)

# calendar-month offsets (day <= 28)
date_item("month-offset", "What date is 3 months after 17 Aug 2027?", add_months(D(2027, 8, 17), 3))
date_item("month-offset", "18 months after 5 Sep 2027 is what date?", add_months(D(2027, 9, 5), 18))


# =========================================================================== positive conversations
def conv_pos(label, family, turns, expected, tol):
    msgs = msgs_of(turns)
    if isinstance(expected, dt.date):
        expected = expected.isoformat()
    elif not isinstance(expected, str):
        expected = F(expected)
        assert expected != 0
        if tol == 1e-6:
            assert terminates(expected)
        expected = num(expected)
    add(label, family, msgs[-1]["content"], expected, tol, messages=msgs)


conv_pos(
    "positive:calculator",
    "conv-harmless",
    [
        (U, "Doing my tax return tonight, ugh."),
        (A, "Good luck! Tell me what you need worked out."),
        (U, "What's 2,450 × 0.22?"),
    ],
    2450 * dec("0.22"),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (S, "You are a helpful assistant for a hobby beekeeping club."),
        (U, "How many grams is 12 ounces?"),
    ],
    12 * OZ * 1000,
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "Planning my daughter's birthday party!"),
        (A, "How fun! How can I help?"),
        (U, "What weekday is 21 May 2028?"),
    ],
    weekday(D(2028, 5, 21)),
    None,
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and carry a note.
NEG = {
    "identifiers": [
        (
            "My number is 0412 555 019 — how should I write it for someone calling from abroad?",
            None,
        ),
        ("Can you tell me the title and author behind ISBN 978-0-19-953556-9?", None),
        (
            (
                "Need a replacement 6203-ZZ bearing for my skateboard, "
                "what are its inner and outer diameters?"
            ),
            None,
        ),
        ("Flight BA2490 from Gatwick, which terminal does it usually leave from?", None),
        ("Getting error 0x80070005 when installing updates on Windows 10, what do I do?", None),
        ("What does HTTP status 418 mean?", None),
        ("Where is zip code 10001 and is it a nice area to stay in?", None),
        ("I can't log into my router at 192.168.0.1, any ideas?", None),
        ("Is an i7-12700K compatible with a B660 motherboard?", None),
        (
            "Invoice no. 2027-0315-44 is overdue — write a polite reminder email to the client.",
            None,
        ),
        ("What does the 5W-30 on my motor oil mean?", None),
        ("Who wore number 23 for the Chicago Bulls?", None),
    ],
    "versions-titles": [
        ("Should I upgrade from Ubuntu 22.04 to 24.04 on my work laptop?", None),
        ("Summarize the plot of 2001: A Space Odyssey.", None),
        ("Who wrote 1984, and why do people still quote it?", None),
        ("Is Blade Runner 2049 worth watching if I haven't seen the 1982 one?", None),
        ("What caused the 1929 stock market crash?", None),
        ("What changed between Java 17 and Java 21?", None),
        ("recommend me a novel like Catch-22", None),
        ("best tracks on Taylor Swift's 1989?", None),
    ],
    "scores": [
        ("We lost 4-1 at home on Saturday. How do I keep my under-12 team motivated?", None),
        ("Who won the 2014 World Cup final and how?", None),
        ("We won 3–0!! Write a short celebratory post for our club's page.", None),
        ("In tennis why is the score 15-30-40 instead of 1-2-3?", None),
        ("Is a 1450 SAT good enough for a state university?", None),
        ("The final was 102-99 in overtime. Give me a dramatic two-sentence match report.", None),
    ],
    "explain": [
        ("Why do we flip the second fraction when dividing fractions?", None),
        ("Explain why 0.999 repeating is equal to 1.", None),
        ("What's the difference between compound and simple interest, in plain English?", None),
        ("Why does a leap year have an extra day?", None),
        ("why is anything to the power of zero equal to 1", None),
        ("What is the difference between mass and weight?", None),
        (
            "How do tax brackets actually work? If I earn 60k do I pay the top rate on all of it?",
            None,
        ),
        ("Why do some months have 31 days and others 30?", None),
        ("How do I teach my 8-year-old long division without tears?", None),
        ("How does an amortization schedule work for a 30-year mortgage?", None),
    ],
    "opinion": [
        ("Is 4.2% APR a good rate for a used car loan?", None),
        ("Do I really need 10,000 steps a day?", None),
        ("Should I put 15% of my salary into my pension or pay off my credit card first?", None),
        ("is 6 hours of sleep enough for a 30 year old", None),
        ("Is $1,800 a month too much for a one-bedroom flat?", None),
        ("Would a 65-inch TV be too big for a living room that's 3.5 m wide?", None),
        ("Is running 5 km in 30 minutes decent for a beginner?", None),
        ("Is it worth paying 20% more for the 256 GB phone?", None),
    ],
    "estimate": [
        ("Roughly how many golf balls would fit in a school bus?", None),
        ("How long would it take to count to a million out loud?", None),
        ("how much will it cost to run a space heater all winter", None),
        ("How many words is a 10-minute speech?", None),
        ("About how many hours of study does it take to reach JLPT N2?", None),
        ("How much should I budget per day for two weeks in Japan?", None),
        ("How many bricks do I need for a garden wall?", None),
    ],
    "world-knowledge": [
        ("What's the population of Nigeria?", None),
        ("How many moons has Saturn got these days?", None),
        ("In what year did the Berlin Wall fall?", None),
        ("How high is Mont Blanc?", None),
        ("what's the boiling point of ethanol", None),
        ("When did the first iPhone come out?", None),
        ("how many bones is a newborn baby born with", None),
        ("What is the atomic mass of gold?", None),
    ],
    "live-data": [
        ("What's the EUR/USD rate right now?", None),
        ("How much is petrol in Manchester this week?", None),
        ("Current share price of Apple?", None),
        ("What's the weather in Oslo tomorrow?", None),
        ("How many followers does NASA have on Instagram?", None),
    ],
    "code-essay-plan": [
        ("Write a Python function that returns the number of days between two dates.", None),
        ("Give me an Excel formula that adds 30 days to the date in A2.", None),
        ("Write a JavaScript snippet that converts km to miles.", None),
        ("SQL to select all orders over 500 placed in 2026?", None),
        ("Write a 300-word essay on why 1492 matters.", None),
        ("bash one-liner to sum column 3 of a CSV file", None),
        ("Make me a 12-week marathon plan starting at 20 km per week.", None),
        ("Write a lesson plan for teaching fractions to 10-year-olds.", None),
        ("Create a monthly budget for a family of four on an income of 4,500.", None),
        ("Write a limerick about the number 7.", None),
    ],
    "text-tasks": [
        ("Translate 'the meeting is on 5 May at 3 pm' into Italian.", None),
        (
            (
                "Pull out all the dates from: "
                "'we met on 3 March, again on 17 April and then on 2 June'."
            ),
            None,
        ),
        ("Summarize this: revenue grew 12% to $4.3M while costs fell 3%.", None),
        ("Proofread: 'The 3 kids has 12 apple in total.'", None),
        (
            "Turn this into a bulleted shopping list: 2 eggs, 250 ml milk, 120 g flour, 1 lemon.",
            None,
        ),
        ("Make this sound more formal: 'we'll be there around 7ish with like 20 people'.", None),
    ],
    "chit-chat": [
        ("Just ran my first 10k in 58:30!! 🎉", None),
        ("turned 40 today and feeling ancient lol", None),
        ("My daughter lost her 2nd tooth today, any cute tooth fairy ideas?", None),
        ("25 years married on 14 June — gift ideas for my wife?", None),
        ("Only 3 more days of work and then two weeks off!!", None),
        ("my cat is 16, is that old for a cat?", None),
        ("I got 7 hours of sleep for the first time in weeks 😴", None),
        ("2 kids, 3 dogs, 1 very tired mum. What family car should we get?", None),
        ("It's 38 degrees here and the AC broke. Send help (or tips).", None),
    ],
    "puzzles": [
        (
            (
                "A bat and a ball cost $1.10 and the bat costs $1 more than the ball. "
                "Why isn't the ball 10 cents?"
            ),
            None,
        ),
        (
            "A farmer has 17 sheep and all but 9 run away. How many does he have left?",
            "riddle: reading 'all but 9' takes language, not arithmetic",
        ),
        ("What comes next: 2, 6, 12, 20, 30, ?", None),
        ("In the Monty Hall problem, should I switch doors?", None),
        (
            "Writing every page number from 1 to 300, how many times do I write the digit 3?",
            "counting puzzle needing reasoning, not an expression",
        ),
    ],
    "numeric-idioms": [
        ("What does 24/7 actually stand for?", None),
        ("Truckers say '10-4, good buddy' — where do the 10-codes come from?", None),
        ("How does the 4-7-8 breathing technique work?", None),
        ("Explain the 50/30/20 budgeting rule.", None),
        ("Why is perfect eyesight called 20/20?", None),
        ("What's 5/3/1 in weightlifting?", None),
    ],
    # ---------------------------------------------------------------- hard (near-positive)
    "near-missing-fact": [
        ("Convert 250 ml of olive oil to grams.", "needs the density of olive oil"),
        ("How many kg is 2 litres of honey?", "needs the density of honey"),
        ("What is 80 euros in US dollars?", "needs an exchange rate"),
        ("convert 1,000 yen to pounds sterling", "needs an exchange rate"),
        ("How many amps is 1500 W?", "needs a voltage"),
        ("How many kWh does a 60 W bulb use?", "needs a running time"),
        ("Convert 5 moles of sodium chloride to grams.", "needs a molar mass"),
        ("What's 3 tablespoons of butter in grams?", "contested tablespoon and a density"),
        ("How many metres are 200 steps?", "needs a stride length"),
        ("Convert 40 kg of sand to litres.", "needs a bulk density"),
    ],
    "near-missing-today": [
        ("how many sleeps till christmas eve??", "needs today's date"),
        ("What's the date 45 days from now?", "needs today's date"),
        ("How old am I if I was born in 1992?", "needs today and a full birth date"),
        (
            "How many weeks pregnant am I if my last period started on 3 March?",
            "needs today, year and an obstetric convention",
        ),
        ("What day of the week was I born?", "no birth date given"),
        ("how many working days are left this month", "needs today's date"),
        ("Is the 15th a Monday?", "no month or year"),
        ("How long ago was 14 February 2019?", "needs today's date"),
    ],
    "near-world-fact": [
        ("What's 10% of the population of Brazil?", "needs a population figure"),
        ("Eiffel Tower height converted to feet please", "needs the tower's height"),
        ("How many days old is the Statue of Liberty?", "needs a dedication date and today"),
        ("What day of the week was the Apollo 11 moon landing?", "needs the landing date"),
        ("How many miles is it from London to Edinburgh?", "needs a distance"),
        (
            "What was the combined age of the four Beatles when Abbey Road came out?",
            "needs birth and release dates",
        ),
        ("How many hours long is the extended Lord of the Rings trilogy?", "needs running times"),
        ("Convert the height of Everest into feet.", "needs Everest's height"),
        ("What's Usain Bolt's top speed in mph?", "needs a measured speed"),
        (
            "If I walk at 5 km/h, how long to walk the length of the Thames?",
            "needs the river's length",
        ),
    ],
    "near-missing-number": [
        ("What's a 20% tip on my bill?", "no bill amount"),
        ("Split the rent three ways for me.", "no rent amount"),
        ("Convert my weight to stone.", "no weight given"),
        ("What's the average of my quiz scores?", "no scores given"),
        ("How much do I save if it's 30% off?", "no price"),
        ("Add 15% VAT to the price please.", "no price"),
    ],
    "near-show-steps": [
        ("Show me step by step how to get 15% of 80.", "asks for the working, not only the number"),
        ("Explain how to convert 72 °F to Celsius.", "asks for a method"),
        ("Walk me through the long division of 1,764 by 42.", "asks for the working"),
        (
            "Why is 7 × 8 = 56? My son wants a reason, not just the answer.",
            "asks for an explanation",
        ),
        ("Can you show the working for 3/4 ÷ 2/3?", "asks for the working"),
        (
            "Explain how you'd figure out which weekday 1 January 2030 is without a calendar.",
            "asks for a method",
        ),
        ("Where does the 1.609 in miles to kilometres come from?", "asks for an explanation"),
        ("How do I count the days between two dates in my head?", "asks for a method"),
    ],
    "near-check-work": [
        ("Is 17 × 24 = 418 right? If not, where did I go wrong?", "asks to diagnose a mistake"),
        (
            "I worked out that 2 March 2027 is a Wednesday — can you check my reasoning?",
            "asks to check reasoning",
        ),
        ("My kid wrote 3/5 + 1/5 = 4/10. How do I explain the mistake?", "asks for an explanation"),
        ("Mark my answers: 12×11=132, 15×15=215, 9×8=72.", "marking several answers"),
        ("Did I convert this right: 5 miles is exactly 8 km?", "a judgment about 'exactly'"),
    ],
    "near-notation": [
        ("What's XLII plus XXIX in Roman numerals?", "answer is wanted as a Roman numeral"),
        ("Write 3.5 million in Chinese characters.", "a numeral system, not a computation"),
        ("How do you say 1,000,000 in German?", "a translation"),
        (
            "How is 1.5 million written in the Indian numbering system?",
            "lakhs and crores, a wording task",
        ),
        (
            "Round 2.675 to two decimals the way Python's round() does it.",
            "binary floating-point semantics give 2.67",
        ),
        ("In Excel, what does =ROUND(-2.5,0) return?", "spreadsheet semantics"),
        ("What does 7 / 2 evaluate to in C with int variables?", "integer division semantics"),
    ],
    "near-estimate": [
        ("How many steps is 5 km?", "needs a stride length"),
        ("How long will it take me to drive 300 miles?", "needs a speed"),
        ("How much paint do I need for a 4 m by 2.5 m wall?", "needs a coverage rate and coats"),
        ("How many calories do I burn walking 8 km?", "depends on the person"),
        ("How many days will a 12 kg bag of dog food last?", "needs a daily amount"),
        ("How long does it take to charge a 75 kWh car battery?", "needs a charger power"),
    ],
    "near-plan": [
        ("Plan a 3-day itinerary for Rome from 12 to 14 May 2027.", "a plan over stated dates"),
        (
            "Make me a revision timetable for exams on 3, 7 and 12 June 2027.",
            "a plan over stated dates",
        ),
        ("Create a shift rota for 5 nurses covering 7 days.", "a plan"),
        ("Give me a 30-day savings challenge that adds up to 500.", "a plan"),
        ("Suggest a feeding schedule for a 3-month-old baby.", "advice"),
    ],
}

for fam, pairs in NEG.items():
    for q, note in pairs:
        add("negative", fam, q, **({"note": note} if note else {}))


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


# redefined notation
conv(
    "conv-redefine",
    [(U, "For this puzzle, a ⊕ b means a² + b."), (A, "Got it."), (U, "So what's 4 ⊕ 3?")],
    "the operator is defined by the earlier turn",
)
conv(
    "conv-redefine",
    [(U, "From now on % means remainder, like in code."), (A, "Okay."), (U, "what is 17 % 5")],
    "% redefined as modulo",
)
conv(
    "conv-redefine",
    [(U, "Everything in this chat is hexadecimal."), (A, "Understood."), (U, "What's 1F + 2A?")],
    "hexadecimal base set earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Think of a 12-hour clock face for these: we're adding hours, not plain numbers."),
        (A, "Sure, clock arithmetic."),
        (U, "So 9 + 5 on that clock gives?"),
    ],
    "modular arithmetic set earlier",
)
conv(
    "conv-redefine",
    [(U, "In my CS class log always means log base 2."), (A, "Noted."), (U, "What's log 1024?")],
    "log base fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "My calculator is in degree mode for this worksheet."),
        (A, "Okay."),
        (U, "sin(30) = ? (for question 3)"),
    ],
    "angle unit fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our bakery a dozen is a baker's dozen, 13."),
        (A, "Ha, noted."),
        (U, "so how many buns are in 4 of our dozens?"),
    ],
    "dozen redefined",
)
conv(
    "conv-redefine",
    [(U, "I'm German, so 2,5 means two and a half."), (A, "Understood."), (U, "what's 2,5 × 4,2?")],
    "decimal comma fixed earlier",
)

# numbers fixed in earlier turns
conv(
    "conv-context-ref",
    [(U, "Let x = 12 and y = 7."), (A, "Okay."), (U, "What is x times y plus 3?")],
    "variables defined earlier",
)
conv(
    "conv-context-ref",
    [
        (U, "My runs this week: Mon 5.2 km, Wed 7.8 km, Fri 10 km."),
        (A, "Nice week of running!"),
        (U, "What's my total for the week?"),
    ],
    "the numbers are in an earlier turn",
)
conv(
    "conv-context-ref",
    [
        (U, "This lasagne recipe serves 4 and uses 300 g of pasta."),
        (A, "Sounds tasty."),
        (U, "How much do I need for 10 people?"),
    ],
    "the quantities are in an earlier turn",
)
conv(
    "conv-context-ref",
    [(U, "My rent is 1,450 a month."), (A, "Okay."), (U, "So what's that per year?")],
    "the amount is in an earlier turn",
)
conv(
    "conv-context-ref",
    [
        (U, "My birthday is 12 June 1991."),
        (A, "Noted!"),
        (U, "How old will I be on 1 January 2030?"),
    ],
    "the birth date is in an earlier turn",
)
conv(
    "conv-context-ref",
    [
        (U, "Starting 3 March 2027 I take one pill every 3 days."),
        (A, "Okay, that's a regular schedule."),
        (U, "When is my 10th pill?"),
    ],
    "the schedule is in an earlier turn",
)
conv(
    "conv-context-ref",
    [
        (U, "Dinner came to 148 and there were four of us."),
        (A, "Okay."),
        (U, "Add a 15% tip and split it."),
    ],
    "the bill is in an earlier turn",
)
conv(
    "conv-context-ref",
    [
        (U, "My test scores so far: 78, 85, 91, 66."),
        (A, "Thanks for sharing."),
        (U, "What do I need on the last test to average 80?"),
    ],
    "the scores are in an earlier turn",
)

# follow-ups
conv(
    "conv-followup",
    [(U, "What's 2 to the 6th?"), (A, "64."), (U, "Why, though? I don't get exponents.")],
    "asks for an explanation of the previous answer",
)
conv(
    "conv-followup",
    [(U, "17 × 23?"), (A, "391."), (U, "Show me that as long multiplication.")],
    "asks for the working",
)
conv(
    "conv-followup",
    [(U, "How many km in a mile?"), (A, "About 1.609 km."), (U, "Is that exact or rounded?")],
    "a question about the previous answer",
)
conv(
    "conv-followup",
    [(U, "What's 20% of 350?"), (A, "70."), (U, "What if it were 15% instead?")],
    "the base number is in an earlier turn",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 1 January 2027?"),
        (A, "Friday."),
        (U, "Now do the same for 2028."),
    ],
    "the question is in an earlier turn",
)
conv(
    "conv-followup",
    [(U, "It's 30 °C outside."), (A, "That's warm!"), (U, "And in Fahrenheit?")],
    "the temperature is in an earlier turn",
)
conv(
    "conv-followup",
    [
        (U, "Divide 1,000 by 7 for me."),
        (A, "About 142.857."),
        (U, "Round that to the nearest ten."),
    ],
    "refers to the previous answer",
)

# personas and output formats
conv(
    "conv-persona-format",
    [
        (
            S,
            (
                "You are a Socratic tutor. "
                "Never give final numerical answers; only ask guiding questions."
            ),
        ),
        (U, "What's 45% of 260?"),
    ],
    "the system turn forbids a direct answer",
)
conv(
    "conv-persona-format",
    [
        (U, "Answer me only in Spanish words, no digits."),
        (A, "De acuerdo."),
        (U, "What's 12 times 12?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona-format",
    [
        (U, "Reply to everything with a haiku, please."),
        (A, "Words in five and seven / I will answer you this way / autumn leaves agree"),
        (U, "How many metres in 3 km?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona-format",
    [(U, "Explain everything like I'm five."), (A, "Okay!"), (U, "What is 100 divided by 4?")],
    "wants an explanation for a child",
)
conv(
    "conv-persona-format",
    [
        (
            S,
            (
                "You are a quiz host. "
                "When the user asks a question, reply with a harder follow-up question "
                "instead of answering."
            ),
        ),
        (U, "How many seconds are in 2 hours?"),
    ],
    "the system turn changes the task",
)
conv(
    "conv-persona-format",
    [(U, "Only tell me if my answer is right or wrong."), (A, "Okay."), (U, "48 ÷ 6 = 9?")],
    "a right/wrong judgment was requested",
)

# units or date order fixed by an earlier turn
conv(
    "conv-units-context",
    [
        (U, "We're talking about temperature changes, not temperatures."),
        (A, "Understood, differences."),
        (U, "Convert 10 °C to °F."),
    ],
    "a temperature difference: 18 °F, not 50 °F",
)
conv(
    "conv-units-context",
    [(U, "All dates I write are DD/MM/YYYY."), (A, "Noted."), (U, "What weekday is 04/07/2027?")],
    "date order fixed earlier",
)
conv(
    "conv-units-context",
    [
        (U, "In this question a week means a 5-day work week."),
        (A, "Okay."),
        (U, "How many days are in 3 weeks?"),
    ],
    "week redefined",
)

# advice-seeking chat with numbers
conv(
    "conv-chat",
    [
        (U, "I eat about 1,600 calories a day."),
        (A, "That's below many adult estimates."),
        (U, "Do you think I should eat more if I run 30 km a week?"),
    ],
    "advice",
)
conv(
    "conv-chat",
    [
        (U, "My son got 68 out of 100 in maths."),
        (A, "That's a solid pass in many schools."),
        (U, "How can I help him get to 80 next term?"),
    ],
    "advice",
)
conv(
    "conv-chat",
    [
        (U, "I have 3,000 saved."),
        (A, "Good start!"),
        (U, "Should I invest it or keep it as an emergency fund?"),
    ],
    "advice",
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
    assert convs == WANT_CONVERSATION_NEGATIVES, convs
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")) and i["label"] == "negative":
            assert i.get("note"), i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            e = i["expected"]
            assert e is not None
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
    # user turns of my own conversations must not repeat one another's last query either
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(name)
    mine = set(lowered)
    for i in items:
        for m in i.get("messages") or []:
            if m["role"] == "user":
                mine.add(_norm(m["content"]))
    clash = sum(1 for q in mine if q in earlier)
    assert clash == 0, f"{clash} queries or user turns equal an earlier held-out query"
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    near = sum(1 for i in items if i["label"] == "negative" and i["family"].startswith("near-"))
    print(f"wrote {len(items)} items to {OUT}: {by}")
    print(f"negatives: {near} near-positive single turns, {convs} conversations")


if __name__ == "__main__":
    main()
