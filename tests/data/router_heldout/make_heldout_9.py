"""Generate heldout-2026-12-12.jsonl: a ninth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_8.py, the latter ONLY for its record format, its label/tolerance/family conventions,
its table of exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened, except that the first five lines of make_heldout.py's docstring (its
provenance header, no items) were glanced at by mistake; no JSONL file was opened, no commit history was looked at, no network was
used, and neither the router nor the bench was ever run on this set. Every query here is newly
written by the author (none copied from make_heldout_8.py, none built from its templates);
`main()` asserts that every query is unique and that none equals (case-insensitively,
whitespace-normalised) a query or user turn of make_heldout.py, make_heldout_2.py ...
make_heldout_8.py, whose items are built in memory by importing those generators (their queries
are never printed, their JSONL files never read; on a clash only the ids of THIS set's items are
reported).

Registers (families) chosen for this set, deliberately different from set 8's where possible:
  calculator: customer-support chats, exam revision (GCSE/A-level), parents helping with
    homework, small-business bookkeeping (VAT/GST, markup, straight-line depreciation, Indian
    lakh digit grouping), cooking for a crowd, gardening (feed dilution, seed rates), sewing and
    knitting (gauge, increases), photography (crop factor, ND filters, frame counts), cycling and
    running logs, questions with emoji or markdown, numbers written in words, questions embedded
    in e-mails, questions after an aside, British/Indian/Australian English, one harmless
    conversation.
  units: aviation (feet, knots, nautical miles), sailing, cycling and running, sewing and
    knitting (yards, fractional inches, needle millimetres), cooking for a crowd (lb/kg, oven and
    sugar temperatures), gardening, travel forums (road signs, baggage, hiking), Australian tyre
    pressure, weather, diving/tyre pressure in bar/atm/psi, data sizes written with binary
    prefixes, energy (kWh/MJ/kJ), body weight (stone+pounds, newborn), jewellery (carat),
    astronomy (au), shutter speed, numbers in words, Indian English, emoji/markdown, time units,
    one harmless conversation.
  datetime: event planning (invitations, deposits, inclusive festival days), project timelines
    (sprints, milestones, weekday counts), medication schedules as pure calendar/clock
    arithmetic (injection intervals, day N of a course, repeat prescriptions, hours between
    doses), travel (nights away, hotel hours, cruise dates, DD-MM-YYYY), ages on a stated date,
    holidays stated WITH their fixed rule (Melbourne Cup, US Thanksgiving, UK early May bank
    holiday, Australian Father's Day), weekday look-ups (including a year written in words),
    calendar facts (day of the year, ISO week, days in a month, weekday counts), durations from
    clock times (answer a number), gardening and marathon-training dates, emoji/e-mail/aside
    framings, an Indian-English look-up with its format stated, one harmless conversation.

Negatives (label "negative"): identifiers, explanations, opinions/advice, estimates, world
knowledge, live data, code, text tasks, chit-chat with numbers, plans, medical/legal judgement,
riddles. Hard single-turn negatives (families "near-...", each with a "note"): conversions
missing a density or an exchange rate, calculations missing a number, calendar questions
missing "today" or a date, calculations needing a world fact, estimates dressed as conversions,
requests for steps or explanations, error-finding in someone's working, output in words/Roman
numerals/another base/programming semantics, nominal sizes (needle, shoe, lumber, f-stops),
holidays without a fixed rule, time zones, dosing, photography rules of thumb, sequence puzzles.
Conversations (families "conv-...", field "messages"; "query" repeats the last user turn, each
with a "note"): notation redefined earlier (modular, base, XOR, natural log, decimal comma,
lakh/k shorthand, knitting "dec"), numbers or rates fixed in earlier turns, follow-ups,
personas and output formats, units/date orders/week definitions fixed earlier, advice chat.

Left out entirely (their grading is contested): US vs imperial pints/cups/gallons/fluid
ounces/tablespoons, short/long tons, barrels, mpg, calories, horsepower, kB vs KiB, "a month"
as a length, nominal sizes in positives, leap-day birthdays, all-numeric dates whose day and
month are both <= 12 (unless the format is stated), time zones and daylight saving in positives,
and anything depending on the current date (no "now" or "timezone" field is set; no positive
needs a "today").

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
Exact conversion factors (same sources as make_heldout_8.py):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 stone = 14 lb; 1 metric carat = 200 mg
    standard gravity g_n = 9.806 65 m/s^2 exactly; 1 lbf = 1 lb * g_n; 1 psi = 1 lbf/in^2
    1 bar = 100 000 Pa exactly; 1 standard atmosphere = 101 325 Pa exactly (10th CGPM 1954,
      Resolution 4; NIST SP 811 B.8)
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour
  IAU 2012 Resolution B2: 1 astronomical unit = 149 597 870 700 m exactly
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s,
    1 h = 60 min, 1 d = 24 h; 1 W*h = 3600 J (so 1 kWh = 3.6 MJ); 1 week = 7 d
  Calendar rules are stated in the queries themselves; ISO 8601 week numbering
    (datetime.date.isocalendar).

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_9.py   (writes the JSONL next to
this file and prints counts per label and family; add --show to list every positive's expected
value)
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import json
import math
import re
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-12.jsonl"
PREFIX = "ho9-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
    "make_heldout_6.py",
    "make_heldout_7.py",
    "make_heldout_8.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
WANT_CONVERSATION_NEGATIVES = 35
WANT_NEAR_NEGATIVES = 65

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


assert num(F(6, 2)) == 3 and num(dec("0.1") * 3) == 0.3 and pct("2.5") == F(1, 40)
assert terminates(F(7, 40)) and not terminates(F(2, 3))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# customer-support chats
calc(
    "support-chat",
    "Hi, order #55812 here 🙂 I was billed 3 × £18.45 plus £4.99 postage. What should the "
    "total have been?",
    3 * dec("18.45") + dec("4.99"),
)
calc(
    "support-chat",
    "The agent said my refund is 40% of $212.50 — how much is that exactly?",
    pct(40) * dec("212.50"),
)
calc(
    "support-chat",
    "you offered me 15% off the £64 plan, so what's the monthly price after the discount?",
    64 * (1 - pct(15)),
)
calc(
    "support-chat",
    "If I clear the 1,250 balance in 8 equal instalments, how much is each instalment?",
    F(1250, 8),
)

# exam revision
calc(
    "exam-revision",
    "GCSE revision: work out (3.6 × 10^4) ÷ (1.2 × 10^-2)",
    dec("3.6") * 10**4 / (dec("1.2") / 100),
)
calc(
    "exam-revision",
    "revising for my maths mock - mean of 14, 17, 21, 9 and 24?",
    F(14 + 17 + 21 + 9 + 24, 5),
)
calc(
    "exam-revision",
    "Past paper Q7: find the percentage increase from 250 to 315.",
    F(315 - 250, 250) * 100,
)
calc("exam-revision", "A-level stats revision, quick check of sqrt(0.0144) please", dec("0.12"))
calc(
    "exam-revision",
    "flashcard says evaluate 5! / (3! × 2!) — what is it",
    F(math.factorial(5), math.factorial(3) * math.factorial(2)),
)

# parents helping with homework
calc("parents-homework", "helping my 9 yo with long division... 7,248 ÷ 6 = ?", F(7248, 6))
calc("parents-homework", "Year 4 worksheet: what is three quarters of 96?", F(3, 4) * 96)
calc(
    "parents-homework",
    "my daughter has to multiply 347 by 28 and we keep getting different answers lol",
    347 * 28,
)
calc("parents-homework", "Kid's homework question: 1000 − 386 + 49", 1000 - 386 + 49)
calc(
    "parents-homework",
    "What's 0.6 × 0.35? grade 6 decimals, want to be sure before I tell him",
    dec("0.6") * dec("0.35"),
)

# small-business bookkeeping
calc("bookkeeping", "VAT at 20% on a £1,240 invoice — how much VAT is that?", pct(20) * 1240)
calc(
    "bookkeeping",
    "Receipt total is £1,800 including 20% VAT. What's the net amount before VAT?",
    F(1800) / (1 + pct(20)),
)
calc("bookkeeping", "GST @ 18% on ₹12,500 = ?", pct(18) * 12500)
calc(
    "bookkeeping",
    "Q3 sales were 14,380 + 9,765.50 + 22,104.25, what's the total",
    14380 + dec("9765.50") + dec("22104.25"),
)
calc(
    "bookkeeping",
    "We buy at $8.40 a unit and sell at $12.60. What's the markup as a percentage of cost?",
    (dec("12.60") - dec("8.40")) / dec("8.40") * 100,
)
calc(
    "bookkeeping",
    "Straight-line depreciation on an $18,000 van over 6 years, zero salvage value: what's the "
    "yearly charge?",
    F(18000, 6),
)

# cooking for a crowd
calc(
    "cooking-crowd",
    "Recipe serves 6 and uses 450 g flour. I'm cooking for 22, how much flour do I need?",
    F(450 * 22, 6),
)
calc(
    "cooking-crowd",
    "catering for 120 guests at 180 g of rice each, how many grams of rice in total?",
    120 * 180,
)
calc(
    "cooking-crowd",
    "Party punch is 2.5 parts juice to 1 part soda and I want 14 litres altogether. How many "
    "litres of juice?",
    14 * dec("2.5") / (dec("2.5") + 1),
)

# gardening
calc(
    "gardening",
    "Tomato feed is 15 ml per 5 litres of water. My can holds 12 litres — how many ml of feed?",
    F(15 * 12, 5),
)
calc(
    "gardening",
    "Lawn seed goes down at 35 g per square metre and the lawn is 48 square metres. Grams needed?",
    35 * 48,
)

# sewing and knitting
calc(
    "sewing-knitting",
    "My gauge is 22 stitches per 10 cm. How many stitches should I cast on for 50 cm?",
    F(22 * 50, 10),
)
calc(
    "sewing-knitting",
    "Pattern says increase 8% evenly on a 125-stitch round, how many stitches do I add?",
    pct(8) * 125,
)
calc(
    "sewing-knitting",
    "Curtains: 6 panels at 0.45 m each plus 0.3 m extra. Total fabric length in metres?",
    6 * dec("0.45") + dec("0.3"),
)

# photography
calc(
    "photography",
    "What's 50 × 1.5? Working out the full-frame equivalent of my 50mm on a crop body.",
    50 * dec("1.5"),
)
calc(
    "photography",
    "Metered at 1/125 s and a 10-stop ND multiplies that by 1024. New exposure time in seconds?",
    F(1024, 125),
)
calc(
    "photography",
    "Shot 14 rolls of 36 exposures on the trip and 23 frames were duds. How many keepers?",
    14 * 36 - 23,
)

# cycling and running logs
calc(
    "cycling-running",
    "This week's runs: 5.2, 7.8, 10.4 and 6.6 km. Total distance?",
    dec("5.2") + dec("7.8") + dec("10.4") + dec("6.6"),
)
calc(
    "cycling-running",
    "Rode 63 km in 2.5 hours on Sunday. What was my average speed in km/h?",
    63 / dec("2.5"),
)
calc(
    "cycling-running",
    "Strava shows 1,840 m of climbing over 4 rides — average per ride?",
    F(1840, 4),
)

# emoji and markdown
calc("emoji-markdown", "**Quick one** 🙏 what's 12.5% of 3,480?", pct("12.5") * 3480)
calc("emoji-markdown", "`(1299 - 249) * 3` = ? 🤔", (1299 - 249) * 3)

# numbers in words
calc("numbers-in-words", "what's fifteen percent of two hundred and forty", pct(15) * 240)
calc("numbers-in-words", "Quick: seven hundred and twenty divided by sixteen?", F(720, 16))
calc("numbers-in-words", "twelve squared minus nineteen", 12**2 - 19)

# questions embedded in e-mails
calc(
    "email-embedded",
    "Hi Sam,\n\nThanks for the spreadsheet. Before I sign it off, could you tell me what "
    "1,275 × 16 comes to? I keep getting something odd.\n\nBest,\nPriya",
    1275 * 16,
)
calc(
    "email-embedded",
    "Re: gala budget\n\nTeam — venue quote is 4,350 and catering is 2,875.50. What's the "
    "combined total?\n\nThanks, J.",
    4350 + dec("2875.50"),
)

# after an aside
calc(
    "aside-first",
    "ugh my calculator app just died halfway through the budget. anyway: 9,876 − 4,321.5?",
    9876 - dec("4321.5"),
)

# British / Indian / Australian English
calc(
    "regional-english",
    "₹2,45,000 is to be split equally among 7 partners. What is each share?",
    F(245000, 7),
)
calc("regional-english", "Mate, what's 2.5 per cent of $18,600?", pct("2.5") * 18600)


# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)  # m
KNOT = NMI / 3600  # m/s
AU = F(149597870700)  # m
LB = F(45359237, 10**8)  # kg
STONE = 14 * LB
CARAT = F(200, 10**6)  # kg
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
PSI = LBF / (IN * IN)  # Pa
BAR = F(100000)  # Pa
ATM = F(101325)  # Pa
KWH = F(3600000)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s

assert MI == F(1609344, 1000) and YD == F(9144, 10000)
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)
assert KNOT / KMH == dec("1.852")


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


# aviation
unit("aviation", "Cruising at 35,000 ft tonight — what's that in metres?", 35000 * FT, EXACT)
unit("aviation", "approach speed is 140 knots. In km/h?", 140 * KNOT / KMH, EXACT)
unit(
    "aviation",
    "My next leg is 250 nautical miles; how many kilometres is that?",
    250 * NMI / 1000,
    EXACT,
)
unit("aviation", "The runway is 2,400 m long. How many feet?", 2400 / FT)

# sailing
unit(
    "sailing",
    "We averaged 6.5 kn on the crossing, what's that in km/h",
    dec("6.5") * KNOT / KMH,
    EXACT,
)
unit("sailing", "depth sounder reads 18 ft — in metres?", 18 * FT, EXACT)

# cycling and running
unit(
    "cycling-running",
    "A half marathon is 21.0975 km. How many miles is that?",
    dec("21.0975") * 1000 / MI,
)
unit(
    "cycling-running",
    "Signed up for a 100-mile sportive!! what's that in km",
    100 * MI / 1000,
    EXACT,
)
unit("cycling-running", "Hit 45 km/h on the descent, what's that in mph?", 45 * KMH / MPH)
unit(
    "cycling-running",
    "treadmill says 6.2 mph, convert to km/h pls",
    dec("6.2") * MPH / KMH,
    EXACT,
)

# sewing and knitting
unit(
    "sewing-knitting",
    "The dress pattern needs 2.5 yards of fabric. How many metres?",
    dec("2.5") * YD,
    EXACT,
)
unit("sewing-knitting", "5/8 inch seam allowance in mm?", F(5, 8) * IN * 1000, EXACT)
unit(
    "sewing-knitting",
    "Yarn label says 220 yds — how many metres of yarn is that?",
    220 * YD,
    EXACT,
)
unit("sewing-knitting", "What is a 4.5 mm knitting needle in inches?", dec("4.5") / 1000 / IN)

# cooking for a crowd
unit("cooking-crowd", "12 lb brisket for the street party, how many kilos is that?", 12 * LB)
unit("cooking-crowd", "What's 425°F in °C? Roasting veg for forty people.", f_to_c(425))
unit("cooking-crowd", "Bought 2.75 kg of mince for the barbecue — in pounds?", dec("2.75") / LB)
unit(
    "cooking-crowd",
    "Sugar thermometer needs to read 240 °F. What's that in Celsius?",
    f_to_c(240),
)

# gardening
unit("gardening", "New fence run is 40 ft long. How many metres of fencing?", 40 * FT, EXACT)
unit(
    "gardening",
    "Soil should be 10 °C before I sow beans — what's that in Fahrenheit?",
    c_to_f(10),
    EXACT,
)

# travel forums
unit("travel", "Road signs in Spain say 80 km/h — what's that in mph?", 80 * KMH / MPH)
unit("travel", "Checked bag limit is 23 kg. How many pounds is that?", F(23) / LB)
unit(
    "travel",
    "Our hotel is 1.5 km from the station; how far is that in miles?",
    dec("1.5") * 1000 / MI,
)
unit("travel", "The trail climbs 1,200 metres. How many feet of elevation is that?", 1200 / FT)

# Australian tyre pressure and other pressures
unit("pressure", "Aussie here, my ute's tyres say 36 psi — what's that in kPa?", 36 * PSI / 1000)
unit("pressure", "Tyre pressure 2.4 bar, convert to psi", dec("2.4") * BAR / PSI)
unit(
    "pressure",
    "dive tank filled to 200 bar, how many standard atmospheres is that?",
    200 * BAR / ATM,
)

# weather
unit("weather", "It's 31 °C in Sydney this arvo. In Fahrenheit?", c_to_f(31), EXACT)
unit("weather", "forecast low of -18C tonight, what's that in F", c_to_f(-18), EXACT)

# data sizes with binary prefixes written out
unit("data", "4 GiB is how many MiB?", 4 * GIB // MIB, EXACT)
unit("data", "How many bytes are there in 1.5 GiB?", dec("1.5") * GIB, EXACT)
unit("data", "Convert 750 MiB to KiB.", 750 * MIB // KIB, EXACT)

# energy
unit("energy", "The EV used 12 kWh on the trip — how many megajoules?", 12 * KWH / 10**6, EXACT)
unit("energy", "1800 kJ in kWh?", F(1800 * 1000) / KWH, EXACT)

# body weight
unit("body-weight", "11 stone 4 lb in kg?", 11 * STONE + 4 * LB)
unit("body-weight", "Our baby weighed 3.4 kg at birth, what's that in pounds?", dec("3.4") / LB)

# jewellery, astronomy, photography, time units
unit("jewellery", "A 2.5 carat sapphire weighs how many grams?", dec("2.5") * CARAT * 1000, EXACT)
unit("astronomy", "How many km is 1.5 AU?", dec("1.5") * AU / 1000, EXACT)
unit("photography", "1/250 of a second is how many milliseconds?", F(1, 250) * 1000, EXACT)
unit("time-units", "How many seconds are in 3.5 hours?", dec("3.5") * 3600, EXACT)

# numbers in words, Indian English, emoji/markdown
unit("numbers-in-words", "convert twenty-six miles to kilometres", 26 * MI / 1000, EXACT)
unit(
    "numbers-in-words",
    "how many centimetres is six feet two inches",
    (6 * FT + 2 * IN) * 100,
    EXACT,
)
unit("regional-english", "Kindly convert 65 kgs into pounds.", F(65) / LB)
unit("emoji-markdown", "🌡️ **38.5 °C** → °F?", c_to_f(dec("38.5")), EXACT)


# =========================================================================== dates
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(d):
    return WEEKDAYS[d.weekday()]


def stated(d, name):
    """Assert that a weekday written in a query is right."""
    assert weekday(d) == name, (d, name, weekday(d))
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


def weekdays_between(a, b):
    """Mon-Fri days from a to b, both included."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(k)).weekday() < 5)


def count_weekday(year, month, wd):
    return sum(
        1
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    )


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


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(1990, 7, 4), D(2027, 7, 3)) == 36
assert nth_weekday(2024, 11, THU, 4) == D(2024, 11, 28)  # US Thanksgiving 2024
assert clock_span("21:30", "06:15", 60) == 525
assert weekdays_between(D(2026, 12, 7), D(2026, 12, 13)) == 5
assert count_weekday(2026, 1, THU) == 5


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


# event planning
date_item(
    "event-planning",
    "Our wedding is on Saturday 18 September 2027 and invitations go out 10 weeks before. "
    "What date is that?",
    stated(D(2027, 9, 18), "Saturday") - TD(weeks=10),
)
date_item(
    "event-planning",
    "Throwing a surprise party on 3rd March 2028, what day of the week will that be?",
    weekday(D(2028, 3, 3)),
)
date_item(
    "event-planning",
    "The venue wants the deposit 45 days before the event on 12 August 2027. When's the deadline?",
    D(2027, 8, 12) - TD(45),
)
date_item(
    "event-planning",
    "how many days between 1 April 2027 and our charity gala on 19 November 2027?",
    days(D(2027, 4, 1), D(2027, 11, 19)),
)
date_item(
    "event-planning",
    "The festival runs from 28 July 2027 to 2 August 2027. Counting both the first and the last "
    "day, how many days is that?",
    days(D(2027, 7, 28), D(2027, 8, 2)) + 1,
)

# project timelines
date_item(
    "project-timeline",
    "Kick-off is Monday 3 May 2027 and the pilot ends 90 days later. Which date is that?",
    stated(D(2027, 5, 3), "Monday") + TD(90),
)
date_item(
    "project-timeline",
    "Two-week sprints, sprint 1 starts on 21 June 2027. What date does sprint 4 start?",
    D(2027, 6, 21) + TD(weeks=3 * 2),
)
date_item(
    "project-timeline",
    "How many weekdays (Mon–Fri) are there from 1 March 2027 to 31 March 2027, both inclusive?",
    weekdays_between(D(2027, 3, 1), D(2027, 3, 31)),
)
date_item(
    "project-timeline",
    "milestone is due 250 days after 15 January 2027 — date?",
    D(2027, 1, 15) + TD(250),
)
date_item(
    "project-timeline",
    "Phase 2 lasts 6 weeks starting Wednesday 13 October 2027. What date is 6 weeks after the "
    "start?",
    stated(D(2027, 10, 13), "Wednesday") + TD(weeks=6),
)

# medication schedules (pure calendar and clock arithmetic)
date_item(
    "medication-schedule",
    "I have an injection every 28 days. The last one was on 30 March 2027 — when is the next?",
    D(2027, 3, 30) + TD(28),
)
date_item(
    "medication-schedule",
    "I started a 14-day course on 19 January 2027, and 19 Jan counts as day 1. What date is "
    "day 14?",
    D(2027, 1, 19) + TD(13),
)
date_item(
    "medication-schedule",
    "Pill reminder: one dose at 08:00 and the next at 20:30. How many hours apart is that?",
    clock_span("08:00", "20:30", 3600),
)
date_item(
    "medication-schedule",
    "Repeat prescription every 56 days, the last was collected on 2 February 2028. When is the "
    "next one due?",
    D(2028, 2, 2) + TD(56),
)

# travel
date_item(
    "travel",
    "Flying out 23rd Dec 2027 and back 6th Jan 2028 — how many nights away is that?",
    days(D(2027, 12, 23), D(2028, 1, 6)),
)
date_item(
    "travel",
    "Entered Thailand on 17 June 2027. What date is exactly 90 days after that?",
    D(2027, 6, 17) + TD(90),
)
date_item(
    "travel",
    "Check-in is 15:00 on 22 March 2027 and check-out 11:00 on 25 March 2027. How many hours "
    "is the stay?",
    span("2027-03-22T15:00", "2027-03-25T11:00", 3600),
)
date_item(
    "travel",
    "My train ticket says 15-08-2027 (DD-MM-YYYY). Which day of the week is that?",
    weekday(D(2027, 8, 15)),
)
date_item(
    "travel",
    "Cruise departs Sunday 9 January 2028 and lasts 11 nights. What date do we get off?",
    stated(D(2028, 1, 9), "Sunday") + TD(11),
)

# ages on a stated date
date_item(
    "ages",
    "born 4 July 1990, how old will I be on 3 July 2027?",
    age(D(1990, 7, 4), D(2027, 7, 3)),
)
date_item(
    "ages",
    "My nan was born on 29 October 1941. How old will she be on 1 January 2028?",
    age(D(1941, 10, 29), D(2028, 1, 1)),
)
date_item(
    "ages",
    "How many days old is someone born on 1 January 2000 on 1 January 2027?",
    days(D(2000, 1, 1), D(2027, 1, 1)),
)

# holidays stated with their fixed rule
date_item(
    "holiday-rule",
    "The Melbourne Cup is run on the first Tuesday in November. What's the date in 2027?",
    nth_weekday(2027, 11, TUE, 1),
)
date_item(
    "holiday-rule",
    "US Thanksgiving is the fourth Thursday of November — which date is it in 2028?",
    nth_weekday(2028, 11, THU, 4),
)
date_item(
    "holiday-rule",
    "The UK early May bank holiday is the first Monday in May. Date in 2029?",
    nth_weekday(2029, 5, MON, 1),
)
date_item(
    "holiday-rule",
    "Father's Day in Australia falls on the first Sunday of September; what date is that in 2027?",
    nth_weekday(2027, 9, SUN, 1),
)

# weekday look-ups
date_item("weekday-lookup", "What day of the week is 26th January 2029?", weekday(D(2029, 1, 26)))
date_item("weekday-lookup", "2028-02-29 — which weekday?", weekday(D(2028, 2, 29)))
date_item(
    "weekday-lookup",
    "which weekday was the fourth of July, nineteen seventy-six",
    weekday(D(1976, 7, 4)),
)
date_item(
    "regional-english",
    "Kindly tell me which day falls on 02-10-2027 (DD-MM-YYYY format).",
    weekday(D(2027, 10, 2)),
)
date_item(
    "weekday-lookup",
    "Christmas Day 2031 falls on what day of the week?",
    weekday(D(2031, 12, 25)),
)

# calendar facts
date_item(
    "calendar-facts",
    "What day of the year is 1 March 2028?",
    D(2028, 3, 1).timetuple().tm_yday,
)
date_item(
    "calendar-facts",
    "Which ISO week number is 30 December 2027 in?",
    D(2027, 12, 30).isocalendar()[1],
)
date_item(
    "calendar-facts",
    "February 2100: how many days does it have? (century rule and all)",
    calendar.monthrange(2100, 2)[1],
)
date_item(
    "calendar-facts",
    "Payroll runs every Friday. How many Fridays does October 2027 have?",
    count_weekday(2027, 10, FRI),
)

# durations from clock times (answer is a number)
date_item(
    "clock-duration",
    "Night shift runs 21:30 to 06:15. How many minutes is that?",
    clock_span("21:30", "06:15", 60),
)
date_item(
    "clock-duration",
    "slept from 11:15 pm to 7:45 am, how many hours of sleep is that",
    clock_span("23:15", "07:45", 3600),
)
date_item(
    "clock-duration",
    "The board meeting ran from 09:40 to 13:05. How many minutes long was it?",
    clock_span("09:40", "13:05", 60),
)
date_item(
    "clock-duration",
    "Flight leaves 14:25 and lands 19:55, same time zone. How long is it in minutes?",
    clock_span("14:25", "19:55", 60),
)

# gardening and training dates
date_item(
    "garden-training",
    "Sowed tomato seeds on 14 March 2027 and the packet says 75 days to harvest. Harvest date?",
    D(2027, 3, 14) + TD(75),
)
date_item(
    "garden-training",
    "My marathon is Sunday 10 October 2027 and the plan is 16 weeks long. What date do I start "
    "(16 weeks before race day)?",
    stated(D(2027, 10, 10), "Sunday") - TD(weeks=16),
)

# emoji, e-mail, aside
date_item(
    "emoji-markdown", "📅 what's the date 100 days after 1 Feb 2027?", D(2027, 2, 1) + TD(100)
)
date_item(
    "email-embedded",
    "Hi all,\n\nThe contract starts on 1 September 2027 and runs for 18 weeks. Could someone "
    "confirm the end date, i.e. 18 weeks after the start?\n\nCheers,\nDev",
    D(2027, 9, 1) + TD(weeks=18),
)
date_item(
    "aside-first",
    "sorry, kids are screaming in the background 🙈 how many days from 10 Dec 2027 to 25 Dec 2027?",
    days(D(2027, 12, 10), D(2027, 12, 25)),
)


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
        (S, "You are the chat assistant for a small bike shop."),
        (U, "Hiya, I'm about to order inner tubes."),
        (A, "Great, what can I help with?"),
        (U, "Quick maths first: what's 4 × 37.50?"),
    ],
    4 * dec("37.50"),
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "I'm writing the allotment society newsletter this month."),
        (A, "Lovely! What do you need?"),
        (U, "How many metres is 60 feet?"),
    ],
    60 * FT,
    EXACT,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "I'm organising my sister's hen do and I'm already stressed 😅"),
        (A, "Happy to help — what do you need?"),
        (U, "What day of the week is 17 June 2028?"),
    ],
    weekday(D(2028, 6, 17)),
    None,
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "identifiers": [
        ("My tracking number is JD014600006281234567, which courier uses numbers like that?", None),
        ("What do the parts of an IFSC code like SBIN0001234 mean?", None),
        ("Is SW1A 1AA a real postcode, and whose address is it?", None),
        ("My booking reference is QX7P2L, can you tell me my seat number?", None),
        ("Which cars does brake disc part no. 1K0 615 301 AA fit?", None),
        ("What does the L stand for in Canon's EF 70-200mm f/2.8L lens name?", None),
        ("Dishwasher flashing error E24, what's wrong with it?", None),
        ("Which bank does the IBAN GB29 NWBK 6016 1331 9268 19 belong to?", None),
        ("Order #55812 still hasn't arrived after 9 days, can you draft a complaint?", None),
        ("Where does Route 66 start and end?", None),
    ],
    "explanations": [
        ("Why is a knot called a knot? Where does the name come from?", None),
        ("explain how compound interest differs from simple interest, words only please", None),
        ("Why do tyre gauges show both bar and psi?", None),
        ("Why do we need leap years at all?", None),
        ("How does ISO 8601 decide which week is week 1 of the year?", None),
        ("Why does a crop sensor seem to change depth of field?", None),
        ("What is VAT and who actually ends up paying it?", None),
        ("Why is the Fahrenheit scale built the way it is?", None),
        ("Explain knitting gauge swatches to a total beginner.", None),
        ("Why do pilots use feet for altitude while most of the world uses metres?", None),
    ],
    "opinions-advice": [
        ("Is a 35mm or a 50mm prime better for street photography?", None),
        ("Should I pay off my 6% car loan early or put the money into an index fund?", None),
        ("road bike or gravel bike for a beginner who commutes 12 km each way?", None),
        ("Is it rude to split the bill evenly when I only had a side salad?", None),
        ("Sage green or navy for my mum's 60th birthday party theme?", None),
        ("When's the best time of year to plant garlic in Melbourne?", None),
        ("Should our startup run 1-week or 2-week sprints?", None),
        ("Is a 2019 Corolla with 120,000 km on the clock worth buying?", None),
        ("What's a sensible wedding gift budget for a colleague I barely know?", None),
        ("Honestly, is running 5 km every day too much at 50?", None),
    ],
    "estimates": [
        ("About how many people can you squeeze into a village hall for a ceilidh?", None),
        ("How long would it take me to cycle from London to Paris?", None),
        ("roughly what does a single-storey extension cost in Leeds these days", None),
        ("How many sandwiches should I make for 60 people at a wake?", None),
        ("How long does a 10 kg bag of kibble last a Labrador?", None),
        ("How many tomatoes will one plant give me over a summer?", None),
        ("I run 10k in 55 minutes — what's a realistic marathon time for me?", None),
        ("How much should I budget per day for food in Tokyo?", None),
        ("How many balls of DK yarn for an adult jumper?", None),
        ("How long is the drive from Sydney to Brisbane with two kids in the back?", None),
    ],
    "world-knowledge": [
        ("How tall is Mount Kosciuszko?", None),
        ("When did India adopt the metric system?", None),
        ("What's the speed of sound at sea level?", None),
        ("What altitude does a 737 usually cruise at?", None),
        ("How many stages does the Tour de France usually have?", None),
        ("What's the UK minimum wage for over-21s?", None),
        ("When did Australia switch to decimal currency?", None),
        ("Which countries still use Fahrenheit day to day?", None),
        ("What's the GST rate in New Zealand?", None),
        ("Who came up with the Celsius scale?", None),
    ],
    "live-data": [
        ("What's the pound to euro rate right now?", None),
        ("Is the M25 jammed around junction 10 at the moment?", None),
        ("What's the weather going to be like in Cairns this Saturday?", None),
        ("Has flight QF1 landed yet?", None),
        ("What's Bitcoin trading at?", None),
        ("Is the Sensex up or down today?", None),
    ],
    "code-writing": [
        ("Write a Python function that converts knots to km/h.", None),
        ("Excel formula to add 20% VAT to the price in cell B2?", None),
        ("regex that matches dates like 15-08-2027", None),
        ("Bash one-liner that prints the weekday for a given date?", None),
        ("In JavaScript, how do I add 30 days to a Date object?", None),
        ("SQL query to total invoice amounts per month from an invoices table", None),
        ("Google Sheets formula to count weekdays between the dates in A1 and B1", None),
        ("Make me a tiny HTML page with a tip calculator on it.", None),
    ],
    "text-tasks": [
        ("Write a 60th birthday toast for my dad, he was born in 1967 and loves fishing.", None),
        ("Translate 'the parcel will arrive on 14 March' into Hindi.", None),
        ("Proofread this: 'We will meet at 3pm on the 14th, bring £20 each.'", None),
        (
            (
                "Write a polite email asking a client to pay invoice 2027-118 for £1,240 within "
                "14 days."
            ),
            None,
        ),
        ("Give me a catchy name for a 5k charity fun run.", None),
        ("Summarise: Q3 revenue rose 12% to £1.4m while costs fell 3%.", None),
        ("Turn these notes into bullet points: meeting 9:30, budget 4k, deadline 21st", None),
        ("Write a haiku about 6 a.m. bike rides.", None),
        ("rewrite this more formally: 'yo the 3 boxes are 40 quid each'", None),
        ("Make a packing list for 10 days in Bali.", None),
    ],
    "chit-chat": [
        ("I just ran my first 5k in 28:41!!! 🎉🎉", None),
        ("turned 40 today lol, send help", None),
        ("3 kids, 2 dogs, 1 very tired mum. How's your day going?", None),
        ("Finally hit 10,000 steps 30 days in a row 💪", None),
        ("We've been married 25 years today!", None),
        ("my sourdough starter is 2 weeks old and smells like nail varnish haha", None),
        ("Got 92% in my mock, so relieved!!", None),
        ("Flew 14 hours to Singapore and my bag went to Dubai 🙃", None),
        ("Knitted 3 rows and dropped 2 stitches. Send wine.", None),
        ("Can't believe it's only 11 sleeps till my holiday", None),
    ],
    "planning": [
        ("Plan a 7-day road trip around Tasmania.", None),
        ("Make me a 12-week couch to 5k schedule.", None),
        ("Seating plan for 48 guests on 6 round tables, keep the in-laws apart please", None),
        ("Draft a project plan for migrating our website in 10 weeks.", None),
        ("Suggest a planting calendar for a small veg patch in Yorkshire.", None),
        ("Give me a menu for a curry night for 30 people.", None),
        ("Plan a 3-day photography trip to Iceland in February.", None),
        ("Build me a revision timetable for 5 GCSE subjects over 6 weeks.", None),
    ],
    "judgement": [
        ("Is it okay to take ibuprofen 4 hours after paracetamol?", "medical judgement"),
        ("I missed my 8 am tablet, should I double up at 8 pm?", "medical judgement"),
        ("Can my landlord put the rent up by 15% in one go?", "legal judgement"),
    ],
    "riddles": [
        ("A rooster lays an egg on the peak of a barn roof. Which side does it roll down?", None),
        ("Riddle: what has 13 hearts but no other organs?", None),
        ("I'm thinking of a number between 1 and 100, guess it!", None),
        ("Can you make 24 from 3, 3, 8, 8 using + − × ÷?", "a search puzzle, not one expression"),
        ("Next number in the sequence 3, 7, 15, 31, 63 …?", "pattern inference"),
    ],
    # ------------------------------------------------------------------ hard near-positives
    "near-missing-density": [
        ("How many grams is 250 ml of honey?", "volume to mass needs honey's density"),
        ("Convert 1.5 litres of olive oil to kg", "volume to mass needs the oil's density"),
        ("500 g of plain flour in millilitres?", "mass to volume needs flour's bulk density"),
        ("How many litres is 20 kg of building sand?", "needs sand's bulk density"),
        ("What does 3 litres of milk weigh in kg?", "needs milk's density (not exactly water)"),
    ],
    "near-exchange-rate": [
        ("What's £250 in euros?", "needs a live exchange rate"),
        ("convert ₹5,000 to AUD", "needs a live exchange rate"),
        ("12,000 yen in US dollars?", "needs a live exchange rate"),
        (
            "The hotel is 180 USD a night. How much is that in GBP for 4 nights?",
            "4 nights is arithmetic, but GBP needs an exchange rate",
        ),
        ("Is 45 euros more or less than 40 pounds?", "needs an exchange rate"),
    ],
    "near-missing-number": [
        ("What's 15% off the jacket?", "the price is not given"),
        ("Split the bill between the 6 of us please.", "the bill total is not given"),
        ("How much VAT is on that invoice?", "no amount and no rate"),
        ("What's my average if I got 72 and 85 and then the last test?", "third score missing"),
        ("and what's 20% of it", "'it' refers to nothing in this single turn"),
        ("How many stitches do I cast on for a 50 cm hat?", "gauge not given"),
    ],
    "near-missing-today": [
        ("How many days until Christmas from today?", "depends on today's date"),
        ("How old am I if I was born on 4 July 1990?", "age depends on today's date"),
        ("what's the date on Friday next week?", "depends on today's date"),
        ("How long until my flight on 3 March 2027?", "'until' is counted from today"),
        (
            "How many weeks pregnant am I if my due date is 19 August 2027?",
            "depends on today's date (and is a medical convention)",
        ),
        ("How many sleeps till my birthday on the 14th?", "today and the month are missing"),
    ],
    "near-missing-date": [
        ("What's 30 days after the invoice date?", "the invoice date is not given"),
        ("My prescription runs out after 28 days — when's that?", "start date not given"),
        ("What day of the week is the 25th?", "month and year missing"),
        (
            "If the wedding is on a Saturday in June, what date is 10 weeks before?",
            "which Saturday (and year) is not given",
        ),
    ],
    "near-world-fact": [
        ("How many feet tall is the Eiffel Tower?", "needs the tower's height (world fact)"),
        ("How many km from Mumbai to Pune?", "needs a distance (world fact)"),
        ("How many feet long is an Olympic swimming pool?", "needs the pool length (world fact)"),
        (
            "What's Mount Everest's height in metres divided by the Burj Khalifa's?",
            "needs two heights (world facts)",
        ),
        (
            "How many days from 1 September 2027 to Diwali 2027?",
            "Diwali follows the lunisolar calendar: a world fact",
        ),
        ("When does Ramadan 2028 start?", "depends on the Islamic calendar and moon sighting"),
        ("How many miles is a marathon?", "needs the race distance (world knowledge)"),
    ],
    "near-estimate": [
        ("How many steps is 10 km?", "stride length unknown: an estimate"),
        ("How long does it take to walk 5 miles?", "walking pace unknown: an estimate"),
        ("How many bricks do I need for a 10 m garden wall?", "height and bond unknown"),
        ("How much paint for a room 4 m by 3.5 m?", "wall height, coats and coverage unknown"),
        ("How long should I roast a 5 kg turkey at 180 °C?", "cooking advice, not arithmetic"),
        (
            "How much fuel will a Cessna 172 burn on a 250 nm leg?",
            "fuel burn rate not given: an estimate",
        ),
    ],
    "near-steps": [
        (
            "Show me step by step how to divide 7,248 by 6 using long division.",
            "asks for the method, not just the number",
        ),
        (
            "Explain how to convert 425 °F to Celsius so I can do it myself next time.",
            "asks for an explanation",
        ),
        (
            (
                "How do I work out VAT backwards from a price that includes it? Use £1,800 as an "
                "example."
            ),
            "asks for the method with a worked example",
        ),
        (
            "Walk me through working out the weekday of 26 January 2029 in my head.",
            "asks for a mental method",
        ),
        ("Why is 0.1 + 0.2 not exactly 0.3 on a computer?", "asks for an explanation"),
        (
            "Can you write out the compound interest formula and say what each symbol stands for?",
            "asks for an explanation",
        ),
    ],
    "near-check-work": [
        (
            "My son wrote 347 × 28 = 9,616. Where did he go wrong?",
            "asks to locate the error in someone's working",
        ),
        (
            "Is my working right? 15% of 240 = 240 ÷ 15 = 16",
            "asks to critique the method",
        ),
    ],
    "near-format": [
        ("Write 20,400 in words for a cheque.", "wants words, a text task"),
        ("What's 1994 in Roman numerals?", "another numeral system"),
        ("Convert 0b101101 to hexadecimal.", "base conversion, not a calculator number"),
        ("What does 7 // -2 return in Python?", "programming-language semantics"),
    ],
    "near-nominal": [
        ("What's a US size 8 knitting needle in mm?", "nominal needle sizes are a lookup table"),
        ("Convert a UK shoe size 9 to EU.", "shoe sizes are a convention, not a unit"),
        ("How big is a 2x4 actually, in mm?", "nominal lumber size"),
        ("f/2.8 to f/8 is how many stops?", "counted on the nominal f-number scale"),
    ],
    "near-holiday-no-rule": [
        ("What date is Easter Sunday 2029?", "which Easter (Western or Orthodox) is not said"),
        ("When is Chinese New Year in 2028?", "lunisolar calendar: world knowledge"),
        (
            "How many working days are there in May 2027 in England?",
            "needs England's bank holidays",
        ),
    ],
    "near-timezone": [
        ("If it's 3pm in London, what time is it in Sydney?", "depends on the date (DST)"),
        (
            "My call is at 9:00 EST on 14 March 2027, what's that in IST?",
            "EST vs EDT on a DST-change day; time-zone knowledge",
        ),
    ],
    "near-medical": [
        ("Is 38.5 °C a fever for a toddler?", "medical judgement, not a conversion"),
        ("My son weighs 18 kg, how many ml of Calpol can he have?", "dosing judgement"),
    ],
    "near-photography": [
        (
            "What shutter speed do I need on a 200 mm lens to avoid camera shake?",
            "a rule of thumb plus advice",
        ),
        (
            "What aperture keeps everything sharp from 2 m to infinity on a 24 mm lens?",
            "hyperfocal distance needs a circle of confusion",
        ),
    ],
    "near-puzzle": [
        (
            "If 3 cats catch 3 mice in 3 minutes, how many cats catch 100 mice in 100 minutes?",
            "a riddle needing reasoning",
        ),
    ],
}

for fam, pairs in NEG.items():
    for q, note in pairs:
        add("negative", fam, q, **({"note": note} if note else {}))


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


# notation redefined in an earlier turn
conv(
    "conv-redefine",
    [
        (U, "In this chat 'k' means thousand rupees and 'L' means lakh."),
        (A, "Understood."),
        (U, "So what's 3L + 40k?"),
    ],
    "shorthand units defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "We're doing clock arithmetic, everything is mod 12."),
        (A, "Okay, mod 12 it is."),
        (U, "What's 9 + 7 then?"),
    ],
    "modular arithmetic fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Heads up: in my pattern 'dec' means decrease, not decimal."),
        (A, "Got it, dec = decrease."),
        (U, "120 sts, dec 8 every row for 5 rows, how many left?"),
    ],
    "knitting abbreviation defined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "All numbers from me are in octal for this exercise."),
        (A, "Sure, I'll read them as octal."),
        (U, "17 + 5?"),
    ],
    "octal base fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Treat ^ as bitwise XOR like in C, not as a power."),
        (A, "Noted."),
        (U, "what is 6 ^ 3"),
    ],
    "^ redefined as XOR",
)
conv(
    "conv-redefine",
    [
        (U, "In my course log always means the natural log."),
        (A, "Okay, log = ln."),
        (U, "what's log(100)?"),
    ],
    "log base fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "I'm in Germany, so I use a comma as the decimal separator."),
        (A, "Understood, 2,5 means two and a half."),
        (U, "Then what's 2,5 + 1,25?"),
    ],
    "decimal comma fixed earlier",
)

# numbers, rates or definitions fixed in earlier turns
conv(
    "conv-context",
    [
        (U, "My salary is £42,000 a year."),
        (A, "Thanks, what would you like to know?"),
        (U, "What's 7% of that?"),
    ],
    "'that' is a number from an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "Let a = 14 and b = 9 for the rest of this."),
        (A, "Okay."),
        (U, "Now work out 2a + 5b."),
    ],
    "variables defined earlier",
)
conv(
    "conv-context",
    [
        (U, "Assume 1 GBP = 1.17 EUR for this trip."),
        (A, "Will do."),
        (U, "How much is the £250 hotel deposit in euros then?"),
    ],
    "exchange rate fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "On our track a 'round' is 4 laps of 400 m."),
        (A, "Got it, a round is 1.6 km."),
        (U, "How many km are 5 rounds?"),
    ],
    "a custom unit defined earlier",
)
conv(
    "conv-context",
    [
        (U, "My gauge is 18 stitches per 4 inches."),
        (A, "Nice, that's a worsted-weight gauge."),
        (U, "How many stitches for 20 inches?"),
    ],
    "gauge given in an earlier turn",
)
conv(
    "conv-context",
    [
        (A, "Your plan is £12 a month with a 3-month minimum term."),
        (U, "So what's the least I'll end up paying?"),
    ],
    "the figures are in the agent's earlier turn",
)
conv(
    "conv-context",
    [
        (U, "The crop factor on my camera is 1.6."),
        (A, "That's typical of Canon APS-C."),
        (U, "So what's a 35mm lens equivalent to?"),
    ],
    "crop factor from an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "First dose was at 7:00 this morning and I take it every 6 hours."),
        (A, "Okay."),
        (U, "When's my third dose?"),
    ],
    "schedule from an earlier turn; answer is a clock time",
)
conv(
    "conv-context",
    [
        (U, "My birthday is 14 June."),
        (A, "Noted!"),
        (U, "How many days from my birthday to Christmas 2027?"),
    ],
    "the start date comes from an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "Recipe: 300 g flour, 2 eggs, 250 ml milk. Serves 4."),
        (A, "Sounds like pancakes!"),
        (U, "Scale it for 10 people."),
    ],
    "scales a list given earlier; output is a list",
)

# follow-ups
conv(
    "conv-followup",
    [
        (U, "quick, 19 × 21?"),
        (A, "19 × 21 = 389."),
        (U, "hmm, can you double-check that one for me?"),
    ],
    "disputes an earlier answer (which was wrong)",
)
conv(
    "conv-followup",
    [
        (U, "How many km is 26 miles?"),
        (A, "About 41.84 km."),
        (U, "ok and how would that look in yards instead"),
    ],
    "follow-up whose quantity is in an earlier turn",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 9 March 2028?"),
        (A, "It's a Thursday."),
        (U, "Same for the week after?"),
    ],
    "follow-up relative to an earlier date",
)
conv(
    "conv-followup",
    [
        (U, "15% tip on a $86 bill?"),
        (A, "$12.90."),
        (U, "What if we went for 18 instead?"),
    ],
    "what-if on an earlier calculation",
)
conv(
    "conv-followup",
    [
        (U, "Convert 23 kg to pounds."),
        (A, "About 50.7 lb."),
        (U, "Why isn't it just double?"),
    ],
    "asks for an explanation",
)

# personas and output formats
conv(
    "conv-format",
    [
        (U, "Answer every question as a limerick from here on, please."),
        (A, "A limerick each time, I'll oblige / with rhythm and rhyme side by side."),
        (U, "what's 13 × 11?"),
    ],
    "output format set earlier",
)
conv(
    "conv-format",
    [
        (S, "You are a Socratic maths tutor. Never give the final answer; guide with questions."),
        (U, "What's 456 ÷ 8?"),
    ],
    "persona forbids giving the answer",
)
conv(
    "conv-format",
    [
        (U, "Explain everything like I'm five please."),
        (A, "Sure thing!"),
        (U, "What's three quarters of 20?"),
    ],
    "explanation style set earlier",
)
conv(
    "conv-format",
    [
        (S, "You are a pirate. Always reply in pirate speak."),
        (U, "How many km is 30 nautical miles?"),
    ],
    "persona sets the reply style",
)
conv(
    "conv-format",
    [
        (U, "Réponds uniquement en français à partir de maintenant."),
        (A, "D'accord !"),
        (U, "so, 35% of 60?"),
    ],
    "reply language set earlier",
)

# units, date orders and definitions fixed earlier
conv(
    "conv-units",
    [
        (U, "Note: I'm talking about temperature changes, not readings."),
        (A, "Understood, differences only."),
        (U, "convert 20 C to F"),
    ],
    "a temperature difference: no +32",
)
conv(
    "conv-units",
    [
        (U, "All distances in this chat are nautical miles."),
        (A, "Okay."),
        (U, "How far is 120 in km?"),
    ],
    "unit fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "I use DD-MM-YYYY dates."),
        (A, "Got it."),
        (U, "What weekday is 03-04-2027?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "I'm American, so my dates are month/day."),
        (A, "Okay, month first."),
        (U, "What day is 04/03/2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "At our company weeks run Sunday to Saturday and week 1 contains 1 January."),
        (A, "Understood."),
        (U, "Which week number is 3 January 2027?"),
    ],
    "custom week numbering defined earlier",
)
conv(
    "conv-units",
    [
        (U, "We count the day of arrival as day 1 of the trip."),
        (A, "Okay."),
        (U, "I arrive 2 March 2027 — which day of the trip is 14 March?"),
    ],
    "counting convention fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "Let's define a sprint as 10 working days."),
        (A, "Sure."),
        (U, "How many sprints fit between 1 March and 30 April 2027?"),
    ],
    "custom unit of time defined earlier",
)

# advice chat
conv(
    "conv-advice",
    [
        (U, "I've been running 3 times a week, about 30 km total."),
        (A, "That's a solid base!"),
        (U, "Should I go up to 50 km a week?"),
    ],
    "training advice",
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
    near = sum(1 for i in items if i["label"] == "negative" and i["family"].startswith("near-"))
    assert near == WANT_NEAR_NEGATIVES, near
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
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # user turns of my own conversations count too
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(name)
    mine = {}
    for i in items:
        mine.setdefault(_norm(i["query"]), i["id"])
        for m in i.get("messages") or []:
            if m["role"] == "user":
                mine.setdefault(_norm(m["content"]), i["id"])
    clash = sorted({iid for q, iid in mine.items() if q in earlier})
    assert not clash, f"these items repeat an earlier held-out query or user turn: {clash}"
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}: {by}")
    print(f"negatives: {near} near-positive single turns, {convs} conversations")
    fams: dict[tuple[str, str], int] = {}
    for i in items:
        key = (i["label"], i["family"])
        fams[key] = fams.get(key, 0) + 1
    for (label, family), n in sorted(fams.items()):
        print(f"  {label:22s} {family:24s} {n:3d}")
    if "--show" in sys.argv:
        for i in items:
            if i["label"] != "negative":
                print(i["id"], repr(i["expected"]), i["tolerance"], "|", i["query"][:70])


if __name__ == "__main__":
    main()
