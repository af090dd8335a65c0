"""Generate heldout-2026-12-27.jsonl: a twenty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full: how answers are graded) and parts of
/work/main/tests/data/router_heldout/make_heldout_23.py: lines 1-223 (its docstring, imports,
configuration and helpers up to and including calc()), lines 433-477 (its unit factors, their
asserts, f_to_c/c_to_f and unit()), lines 666-717 (its date helpers and date_item()), lines
925-935 (neg, conv and the comment line that opens its ordinary negatives) and lines 1759-1909
(its checks and main()), plus one `grep -n` of its `def`, constant and section-comment lines
(which printed only those lines: names, constants and section comments, no query). None of its
query blocks was opened. Nothing else under /work/main was opened: nothing under router/, tools/,
docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one generator), and not
README.md. /work/main/tests/data/router_heldout/ was listed once, names only, with JSONL names
filtered out by grep, and later checked for a __pycache__ directory (none). The earlier
generators (sets 1-23) are only imported, in memory, by main() for the duplicate and register
checks, and by two small stdin `python3` scripts run before this file existed, which imported
sets 19-23 and printed only which of 61 candidate register names were already family names
there (climbing_wall, driving_school, florist, laundrette, locksmith, pottery_class,
recording_studio, school_trip, tailor, window_cleaner, chimney_sweep, cinema, escape_room,
food_truck, kennels and orchard: all dropped). Their queries were never printed. No JSONL file
was opened (not even this set's own output: only its --show listing of ids and expected values
was read), no git command was run, no network was used, and neither the router nor the bench nor
the tests were run.

What was run: `date -u` (often); `wc -l` on grading.py and make_heldout_23.py; `cat` of
grading.py; `grep -n` and `sed -n` on make_heldout_23.py for the line ranges above; the two
candidate-register scripts above; a small `python3` script (stdin) that copied set 23's lines
107-223 (imports, configuration, add, msgs_of, num, dec, pct, terminates, decimals, whole_up,
calc), 433-477, 666-717, 925-934 and 1759-1909 into blocks under /tmp/h24/ by line slicing,
substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_23.py), EARLIER (sets 1-23)
and REGISTER_CHECK (sets 19-23) and adding the hashlib, os and subprocess imports; a second that
edited main() (see below); `cat` heredocs that wrote this set's own query blocks to /tmp/h24/;
`python3 -c` one-liners that counted the entries of this set's own NEAR and CONVS blocks; a
script that assembled this file from those blocks; small `python3` replace scripts for the
rewordings below and for this docstring; this generator itself, from /tmp as the working
directory (also with --show); `/work/main/.venv/bin/ruff format --line-length 100 --no-cache -q`
and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100 --no-cache -q` on
this file; `grep -n -i` on this file (for "about", "roughly", "approx"); `awk` and `python3`
line-length checks and a `python3` script that rewrapped five of this set's own strings longer
than 100 characters (then format and check again); the generator again and `sha256sum` of the
JSONL; `ls` checks that no __pycache__ was left. Writes: /work/sealed24/ was created for this
file and its JSONL; temporary blocks under /tmp/h24/ were deleted afterwards. Nothing was
written into /work/main.

Changes to set 23's main(): a --digest mode that prints only the sha256 of the output; after
writing, main() checks that the file on disk hashes the same and that a fresh run of this script
(another process, another PYTHONHASHSEED) gives the same digest, i.e. that the JSONL regenerates
byte for byte; an answers' consistency block (calculator and units answers are numbers,
calculator and exact unit answers need at most three decimals, and every expected value, written
out plainly, is graded correct by grading.py's rules, restated here as _GRADE_NUM/_gradable); the
register check now covers sets 19 to 23. Everything else in main() is set 23's.

Disclosures: the kinds of item follow set 23's docstring on purpose (plain one-liners of the same
operations; near-positive and conversation family names of a similar style), and the helpers,
unit factors and checks are set 23's, copied. Every query here was newly written. Registers of
sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact
repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 23. Ten of the brief's suggested register names were
already used by sets 19-23 (listed above) and were replaced; hospital_pharmacy was not used (to
keep dosing out of positives). Own items reworded while writing: eight items that main()'s
duplicate check reported by id (one plain calculator one-liner, two plain unit one-liners, one
unit word problem, and the code, Easter, working-days and current-date near-positives), all
reworded without the earlier queries being looked at; and, after reading this set's own --show
output, five positives: a training-plan start date made unambiguous ("exactly 16 weeks before
race day"), an "about" dropped from a scoop count and from a tree height, and two money answers
(a fuel bill and a kit order) changed so that they come to whole pence.

Registers (families), 25, new: tyre_fitter, holiday_cottage, bakery_wholesale, mobile_library,
vet_surgery, brewery_tour, bus_depot, model_railway, box_office, student_flat, marathon_club,
ice_cream_van, skip_hire, chess_club, village_fete, scaffolder, bowling_alley, hair_salon,
ferry_port, tree_surgeon, upholsterer, car_boot_sale, cheesemonger, youth_hostel,
riding_stables. Every register is used by all three tools (at least two asserted). Positives are
one-liners (family "plain") or word problems of one to three sentences in UK and US usage with
£, $ and €, some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private or looked-up dates and timetables, world facts, estimates,
judgements, words / Roman numerals / another language, code or spreadsheet formulas, dosing,
standard sizes, time zones, Easter, working days, contested units, all-numeric dates of unstated
order, the current date, or a persona / format / language / unit / convention / number fixed in
an earlier turn, a follow-up or correction of an earlier turn, or writing from earlier context.

Left out entirely (their grading is contested), as in set 23: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No count is rounded in this set. No calculator, date or
exact unit result is a repeating decimal (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 23):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_24.py   (writes the JSONL next to this file, checks that it
regenerates byte for byte, and prints its sha256 and counts per label and family; add --show to
list every positive's expected value)
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2026-12-27.jsonl"
PREFIX = "ho24-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_23.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 24))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
WANT_PLAIN = 14
WANT_CONVERSATION_NEGATIVES = 35
WANT_NEAR_NEGATIVES = 65
WANT_ORDINARY_NEGATIVES = 100

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
    x = F(x)
    if x.denominator == 1:
        return int(x)
    return float(x)


def dec(s):
    """A decimal literal (as a string) as an exact Fraction."""
    return F(Decimal(s))


def pct(p):
    return dec(str(p)) / 100


def terminates(x):
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def decimals(x):
    """How many decimal places a terminating value needs."""
    x = F(x)
    assert terminates(x), x
    k = 0
    while (x * 10**k).denominator != 1:
        k += 1
    return k


def whole_up(x):
    """The smallest whole number of items covering x (bought or filled whole)."""
    x = F(x)
    assert x.denominator != 1, x  # otherwise rounding up is not being tested
    return math.ceil(x)


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("17.5") == F(7, 40)
assert terminates(F(3, 40)) and not terminates(F(1, 6)) and whole_up(F(9, 4)) == 3
assert decimals(dec("7.652")) == 3 and decimals(11) == 0

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0 and decimals(value) <= 3, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain one-liners
calc("plain", "what's 17.5% of 2,360", pct("17.5") * 2360)
calc("plain", "312 x 48", 312 * 48)
assert 84 * 84 == 7056
calc("plain", "square root of 7056?", 84)
calc("plain", "9,315 divided by 27", F(9315, 27))
calc("plain", "2 raised to the 13th power?", 2**13)
calc("plain", "1250 increased by 8 percent", 1250 * (1 + pct(8)))
calc("plain", "4.75 times 3.2 =", dec("4.75") * dec("3.2"))
calc("plain", "percentage increase from 640 to 752?", F(752 - 640, 640) * 100)
calc("plain", "15 cubed", 15**3)
calc("plain", "86.4 + 137.95 - 49.3", dec("86.4") + dec("137.95") - dec("49.3"))
calc("plain", "what is seven eighths of 1,096", F(7, 8) * 1096)
calc("plain", "take 35% off 380", 380 * (1 - pct(35)))
calc("plain", "(48 + 72) / 16 * 5", F(48 + 72, 16) * 5)
calc("plain", "56 is what percent of 1600", F(56, 1600) * 100)

# word problems in this set's registers
calc(
    "tyre_fitter",
    "Four new tyres at £89.50 each, plus £12 fitting and £4.25 for a new valve on each one. "
    "What's the total bill?",
    4 * (dec("89.50") + 12 + dec("4.25")),
)
calc(
    "tyre_fitter",
    "busy saturday at the garage - 17 puncture repairs at £22 and 9 tyres sold at £74.99. how "
    "much did we take",
    17 * 22 + 9 * dec("74.99"),
)
calc(
    "holiday_cottage",
    "The cottage is £1,140 for the week plus a £90 cleaning fee, split evenly between the 6 of "
    "us. How much does each person pay?",
    F(1140 + 90, 6),
)
calc(
    "holiday_cottage",
    "Booked a cottage for £1,680, paid a 25% deposit. How much is the balance still owed?",
    1680 * (1 - pct(25)),
)
calc(
    "bakery_wholesale",
    "A café orders 36 sourdough loaves at £2.85 and 120 bread rolls at 38p each, and gets 10% "
    "off the whole order as a wholesale customer. What's the invoice total?",
    (36 * dec("2.85") + 120 * dec("0.38")) * (1 - pct(10)),
)
calc(
    "mobile_library",
    "our library van covers 180 miles a week and burns 12 litres of diesel per 100 miles. at "
    "£1.45 a litre whats the weekly fuel bill?",
    F(180, 100) * 12 * dec("1.45"),
)
calc(
    "vet_surgery",
    "Vet bill: a $68 consultation plus two dogs' boosters at $42 each, and the practice takes "
    "15% off for multi-pet households. What do I pay?",
    (68 + 2 * 42) * (1 - pct(15)),
)
calc(
    "brewery_tour",
    "Brewery tour tickets are €22 each and for groups every 7th ticket is free. There are 14 of "
    "us, what's the total?",
    (14 - 14 // 7) * 22,
)
calc(
    "bus_depot",
    "The depot runs 38 buses and each one covers 212 km a day. How many km does the fleet do "
    "over 6 days?",
    38 * 212 * 6,
)
calc(
    "bus_depot",
    "One of our double deckers uses 38.5 litres per 100 km and its route is 264 km a day. How "
    "many litres does it get through in a day?",
    dec("38.5") * F(264, 100),
)
calc(
    "model_railway",
    "Model railway club subs: 46 adult members at £35 and 9 juniors at £12.50. What's the total "
    "subscription income?",
    46 * 35 + 9 * dec("12.50"),
)
calc(
    "box_office",
    "Last night we sold 318 stalls seats at £27.50 and 146 circle seats at £19, with a £1.50 "
    "booking fee on every ticket. Total takings?",
    318 * dec("27.50") + 146 * 19 + (318 + 146) * dec("1.50"),
)
calc(
    "box_office",
    "The theatre has 1,240 seats and the matinee was 85% full. How many seats were sold?",
    1240 * pct(85),
)
calc(
    "student_flat",
    "rent is £2380 a month for the flat plus £32 broadband, split five ways evenly. what's my "
    "share",
    F(2380 + 32, 5),
)
calc(
    "marathon_club",
    "71 runners from our club raised £4,260 between them for charity. What's the average per "
    "runner?",
    F(4260, 71),
)
calc(
    "marathon_club",
    "Club kit order: 28 running vests at £19.99 and 28 pairs of socks at £6.49, minus a 25% "
    "team discount. How much is the order?",
    28 * (dec("19.99") + dec("6.49")) * (1 - pct(25)),
)
calc(
    "ice_cream_van",
    "Sold 214 cones at £2.40 and 96 ice lollies at £1.75 at the seafront, and the stock for the "
    "day cost me £63.80. What was my profit?",
    214 * dec("2.40") + 96 * dec("1.75") - dec("63.80"),
)
calc(
    "ice_cream_van",
    "a tub of vanilla costs £14.50 and gives 58 scoops. cost per scoop?",
    dec("14.50") / 58,
)
calc(
    "skip_hire",
    "An 8-yard skip is £265 plus 20% VAT, and the council permit to put it on the road is £45 "
    "with no VAT. Total cost?",
    265 * (1 + pct(20)) + 45,
)
calc(
    "chess_club",
    "Our chess congress had 52 players paying an $18 entry fee and the prize fund is 60% of the "
    "entries. How big is the prize fund?",
    52 * 18 * pct(60),
)
calc(
    "village_fete",
    "The tombola sold 340 tickets at 50p each and the prizes cost £38.75. How much did it make "
    "for the church roof?",
    340 * dec("0.50") - dec("38.75"),
)
calc(
    "scaffolder",
    "Scaffold hire is £14.20 per metre of frontage per week. The house is 23 metres wide and the "
    "job takes 3 weeks - how much?",
    dec("14.20") * 23 * 3,
)
calc(
    "bowling_alley",
    "7 of us bowled 2 games each at £8.95 per person per game, plus £1.50 shoe hire each. what "
    "was the bill?",
    7 * 2 * dec("8.95") + 7 * dec("1.50"),
)
calc(
    "hair_salon",
    "I'm on 45% commission and did £1,860 of cuts and colours in the week. What do I earn?",
    1860 * pct(45),
)
calc(
    "ferry_port",
    "Ferry: car plus two adults is £148 and the three kids are £21.50 each, one way. The return "
    "crossing costs the same again. Total for the round trip?",
    (148 + 3 * dec("21.50")) * 2,
)
calc(
    "tree_surgeon",
    "Felling job: 2 climbers for 3 days at £190 per man per day, plus £120 to hire the chipper. "
    "What should I quote?",
    2 * 3 * 190 + 120,
)
calc(
    "upholsterer",
    "Recovering a sofa takes 11.5 metres of fabric at £27.80 a metre plus £420 labour. What's "
    "the quote?",
    dec("11.5") * dec("27.80") + 420,
)
calc(
    "car_boot_sale",
    "car boot sale: pitch cost £12, sold 37 things at an average of £3.40. what did I clear "
    "after the pitch fee?",
    37 * dec("3.40") - 12,
)
calc(
    "cheesemonger",
    "We bought a 24 kg wheel of Comté for £372 and sell it at £22.50 a kilo. Profit if the whole "
    "wheel sells?",
    24 * dec("22.50") - 372,
)
calc(
    "youth_hostel",
    "3 friends in a hostel dorm for 4 nights at $34 per bed per night, plus breakfast at $6.50 "
    "each every morning (4 mornings). Total?",
    3 * 4 * (34 + dec("6.50")),
)
calc(
    "riding_stables",
    "Riding lessons are £38 each, or a block of 10 with 15% off. How much is the block?",
    10 * 38 * (1 - pct(15)),
)


# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
ACRE = 4840 * YD * YD  # m^2
G0 = dec("9.80665")  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
BAR = F(10**5)  # Pa
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


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
        assert terminates(value) and decimals(value) <= 3, query
    add("positive:units", family, query, num(value), tol, **extra)


# plain one-liners
unit("plain", "26.2 miles in km", dec("26.2") * MI / 1000)
unit("plain", "68 kg to lbs", 68 / LB)
unit("plain", "5ft 9in in cm", (5 * 12 + 9) * IN * 100, EXACT)
unit("plain", "180 celsius in fahrenheit", c_to_f(180), EXACT)
unit("plain", "convert 2.5 acres to square metres", dec("2.5") * ACRE)
unit("plain", "32 psi to bar", 32 * PSI / BAR)
unit("plain", "11st 4lb to kilos", (11 * 14 + 4) * LB)
unit("plain", "how fast is 100 km/h in mph?", 100 * KMH / MPH)
unit("plain", "3.5 GiB is how many MiB", dec("3.5") * GIB / MIB, EXACT)
unit("plain", "750 ml to litres", F(750, 1000), EXACT)
unit("plain", "14 oz in grams", 14 * OZ * 1000)
unit("plain", "98.6 F in C", f_to_c(dec("98.6")), EXACT)
unit("plain", "how many metres is 400 yards", 400 * YD, EXACT)
unit("plain", "1.2 hectares in acres", dec("1.2") * 10**4 / ACRE)

# word problems in this set's registers
unit(
    "tyre_fitter",
    "The door sticker says 2.4 bar for the front tyres but my gauge only reads psi. What should "
    "I set them to?",
    dec("2.4") * BAR / PSI,
)
unit(
    "holiday_cottage",
    "The listing says the cottage is 3.5 miles from the beach. How far is that in km?",
    dec("3.5") * MI / 1000,
)
unit(
    "holiday_cottage",
    "hot tub at the cottage is set to 104°F, what's that in celsius",
    f_to_c(104),
    EXACT,
)
unit(
    "bakery_wholesale",
    "The recipe for the wholesale batch calls for 45 lb of strong flour. How many kg is that?",
    45 * LB,
)
unit(
    "bakery_wholesale",
    "Our deck oven runs at 220 °C for the baguettes. What's that in Fahrenheit for the American "
    "manual?",
    c_to_f(220),
    EXACT,
)
unit(
    "mobile_library",
    "The library van is 3.4 m tall and there's a low bridge on the route. What's 3.4 m in feet?",
    dec("3.4") / FT,
)
unit(
    "vet_surgery",
    "My labrador weighed in at the vet's at 38 lb. What's that in kilos?",
    38 * LB,
)
unit(
    "vet_surgery",
    "The nurse said the cat's temperature was 102.5 °F. What's that in °C?",
    f_to_c(dec("102.5")),
)
unit(
    "brewery_tour",
    "The guide said the ale ferments at 68 degrees Fahrenheit. What's that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit(
    "bus_depot",
    "Our buses are limited to 50 mph. What's that in km/h for the European drivers?",
    50 * MPH / KMH,
)
unit(
    "bus_depot",
    "Bus tyres get inflated to 120 psi. How many bar is that?",
    120 * PSI / BAR,
)
unit(
    "model_railway",
    "Our OO gauge layout is 16 feet long. How long is that in metres?",
    16 * FT,
)
unit(
    "box_office",
    "The stage is 42 feet wide. The touring company wants it in metres - what is it?",
    42 * FT,
)
unit(
    "student_flat",
    "my room is 3.2 m by 4.1 m, how many square feet is that? landlord's ad said 150",
    dec("3.2") * dec("4.1") / (FT * FT),
)
unit(
    "student_flat",
    "my dissertation backup folder is 6,144 MiB. how many GiB is that",
    6144 * MIB / GIB,
    EXACT,
)
unit(
    "marathon_club",
    "Our club half is the standard 21.0975 km. What's that in miles for the American runners?",
    dec("21.0975") * 1000 / MI,
)
unit(
    "marathon_club",
    "I run 5 minutes per km. What pace is that in minutes per mile?",
    5 * MI / 1000,
)
unit(
    "ice_cream_van",
    "The van freezer has to hold -18 °C. What does that read in Fahrenheit?",
    c_to_f(-18),
    EXACT,
)
unit(
    "skip_hire",
    "Our builders' skip is 12 feet long. Will it fit a 3.5 m driveway gap? What's 12 ft in metres?",
    12 * FT,
)
unit(
    "chess_club",
    "The final round game lasted 3.75 hours. How many minutes is that?",
    dec("3.75") * 60,
    EXACT,
)
unit(
    "village_fete",
    "The fete field is 1.5 acres. How many hectares is that?",
    dec("1.5") * ACRE / 10**4,
)
unit(
    "scaffolder",
    "A 21 ft scaffold tube is how long in metres?",
    21 * FT,
)
unit(
    "bowling_alley",
    "My bowling ball is 14 lb. How heavy is that in kg?",
    14 * LB,
)
unit(
    "hair_salon",
    "Client wants 6 cm taken off. How many inches is that?",
    F(6, 100) / IN,
)
unit(
    "ferry_port",
    "Our car is 4.7 metres long and the ferry prices by feet. How many feet is it?",
    dec("4.7") / FT,
)
unit(
    "tree_surgeon",
    "The oak we're taking down is 85 ft tall. In metres?",
    85 * FT,
    EXACT,
)
unit(
    "upholsterer",
    "The seat foam is 4 inches thick. What's that in cm?",
    4 * IN * 100,
    EXACT,
)
unit(
    "car_boot_sale",
    "walked round the whole car boot field, my watch says 2400 yards. how many km is that",
    2400 * YD / 1000,
)
unit(
    "cheesemonger",
    "Our Stilton supplier quotes the wheel at 52 lb. What's that in kilograms?",
    52 * LB,
)
unit(
    "youth_hostel",
    "The walk from the hostel to the next one is 18 km. How far is that in miles?",
    18 * 1000 / MI,
)
unit(
    "riding_stables",
    "The pony measures 64 inches at the withers. How many cm is that?",
    64 * IN * 100,
    EXACT,
)


# =========================================================================== datetime
D = dt.date
DT = dt.datetime
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
    found = [
        D(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if D(year, month, d).weekday() == wd
    ]
    return found[n - 1] if n > 0 else found[n]


def clock_span(start, end, unit_s):
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2006, 6, 6)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def date_item(family, query, value):
    if isinstance(value, D):
        assert (value.month, value.day) != (2, 29), query  # no leap-day results
        add("positive:datetime", family, query, value.isoformat(), None)
    elif isinstance(value, str):
        assert value in WEEKDAYS
        add("positive:datetime", family, query, value, None)
    else:
        value = F(value)
        assert value != 0 and terminates(value), query
        add("positive:datetime", family, query, num(value), CALC_TOL)


# plain one-liners
date_item("plain", "what day of the week is 14 March 2028?", weekday(D(2028, 3, 14)))
date_item(
    "plain",
    "how many days between 3 June 2027 and 19 November 2027",
    days(D(2027, 6, 3), D(2027, 11, 19)),
)
date_item("plain", "90 days after 11 January 2028 is what date", D(2028, 1, 11) + TD(days=90))
date_item("plain", "what date is 6 weeks before 2 October 2027?", D(2027, 10, 2) - TD(weeks=6))
assert days(D(2027, 4, 5), D(2027, 6, 28)) % 7 == 0
date_item(
    "plain",
    "how many weeks from 5 April 2027 to 28 June 2027",
    F(days(D(2027, 4, 5), D(2027, 6, 28)), 7),
)
date_item("plain", "Christmas Day 2026 falls on which day of the week", weekday(D(2026, 12, 25)))
date_item(
    "plain",
    "how old on 1 March 2029 is someone born on 17 August 1961?",
    age(D(1961, 8, 17), D(2029, 3, 1)),
)
date_item(
    "plain", "minutes between 21:40 and 06:15 the next morning", clock_span("21:40", "06:15", 60)
)
date_item("plain", "what's the date 1000 days after 1 Jan 2027", D(2027, 1, 1) + TD(days=1000))
date_item("plain", "date of the third Thursday in November 2028", nth_weekday(2028, 11, THU, 3))
date_item("plain", "last Monday of May 2029?", nth_weekday(2029, 5, MON, -1))
date_item(
    "plain", "days from 28 February 2028 to 1 March 2028", days(D(2028, 2, 28), D(2028, 3, 1))
)
date_item("plain", "what weekday was 4 July 1976", weekday(D(1976, 7, 4)))
date_item("plain", "250 days before 30 September 2028", D(2028, 9, 30) - TD(days=250))

# word problems in this set's registers
date_item(
    "tyre_fitter",
    "Fitted a customer's winter tyres on 6 November 2027 and booked the swap back to summers 20 "
    "weeks later. What date is the booking?",
    D(2027, 11, 6) + TD(weeks=20),
)
_arrive = D(2027, 7, 16)
date_item(
    "holiday_cottage",
    f"We arrive at the cottage on {weekday(_arrive)} 16 July 2027 and stay 10 nights. What date "
    "do we check out?",
    _arrive + TD(days=10),
)
date_item(
    "holiday_cottage",
    "Cottage check-out is on 2 August 2027. Which day of the week is that?",
    weekday(D(2027, 8, 2)),
)
date_item(
    "bakery_wholesale",
    "Our bread contract with the hotel starts on 1 March 2028 and lasts 182 days counting the "
    "first day. What's the last day of the contract?",
    D(2028, 3, 1) + TD(days=181),
)
date_item(
    "mobile_library",
    "Books borrowed from the library van on 9 August 2027 are due back 3 weeks later. What day "
    "of the week is the due date?",
    weekday(D(2027, 8, 9) + TD(weeks=3)),
)
date_item(
    "vet_surgery",
    "Our puppy was born on 12 April 2027 and the vet wants to see her at exactly 12 weeks old. "
    "What date is that?",
    D(2027, 4, 12) + TD(weeks=12),
)
date_item(
    "vet_surgery",
    "Our cat was born on 3 March 2014. How old will she be on 2 March 2029?",
    age(D(2014, 3, 3), D(2029, 3, 2)),
)
date_item(
    "brewery_tour",
    "The brewery first opened its doors on 19 May 1998. How many days is it from then to 19 May "
    "2028?",
    days(D(1998, 5, 19), D(2028, 5, 19)),
)
date_item(
    "bus_depot",
    "My bus gets back to the depot at 17:48 and my shift finishes at 23:05. How many minutes "
    "is that?",
    clock_span("17:48", "23:05", 60),
)
date_item(
    "bus_depot",
    "The new winter timetable starts on 4 September 2028. What day of the week is that?",
    weekday(D(2028, 9, 4)),
)
date_item(
    "model_railway",
    "Our club exhibition is always the second Saturday in October. What's the date in 2027?",
    nth_weekday(2027, 10, SAT, 2),
)
date_item(
    "box_office",
    "The panto runs from 22 November 2027 to 8 January 2028, both days included. How many days "
    "is the run?",
    days(D(2027, 11, 22), D(2028, 1, 8)) + 1,
)
date_item(
    "box_office",
    "Tickets go on sale 100 days before opening night, which is 3 March 2028. What date do "
    "they go on sale?",
    D(2028, 3, 3) - TD(days=100),
)
date_item(
    "student_flat",
    "Our tenancy runs from 1 September 2027 to 30 June 2028 inclusive. How many days is that?",
    days(D(2027, 9, 1), D(2028, 6, 30)) + 1,
)
date_item(
    "student_flat",
    "landlord has to return the deposit 10 days after the tenancy ends on 30 June 2028. what day "
    "of the week will that be",
    weekday(D(2028, 6, 30) + TD(days=10)),
)
date_item(
    "marathon_club",
    "The marathon is on 23 April 2028 and my training plan starts exactly 16 weeks before race "
    "day. What date does the plan start?",
    D(2028, 4, 23) - TD(weeks=16),
)
date_item(
    "marathon_club",
    "I started the long run at 09:15 and got back at 12:57. How many minutes was I out?",
    clock_span("09:15", "12:57", 60),
)
_season_start = nth_weekday(2028, 4, SAT, 1)
_season_end = nth_weekday(2028, 9, SUN, -1)
date_item(
    "ice_cream_van",
    "My ice cream season runs from the first Saturday in April 2028 to the last Sunday in "
    "September 2028. How many days is that, counting both ends?",
    days(_season_start, _season_end) + 1,
)
date_item(
    "skip_hire",
    "The skip was dropped off on 3 May 2028 for a 14-day hire. What date will it be collected?",
    D(2028, 5, 3) + TD(days=14),
)
date_item(
    "chess_club",
    "Our blitz night started at 19:35 and the last game finished at 23:50. How many minutes did "
    "it run?",
    clock_span("19:35", "23:50", 60),
)
date_item(
    "village_fete",
    "The village fete is always on the last Saturday of June. What date is it in 2028?",
    nth_weekday(2028, 6, SAT, -1),
)
date_item(
    "scaffolder",
    "The scaffold went up on 17 January 2028 and came down on 9 April 2028. How many days was "
    "it up?",
    days(D(2028, 1, 17), D(2028, 4, 9)),
)
_league = nth_weekday(2027, 9, TUE, 1)
date_item(
    "bowling_alley",
    f"Our bowling league plays every Tuesday, starting {weekday(_league)} {_league.day} September "
    "2027. What's the date of the 15th league night?",
    _league + TD(weeks=14),
)
date_item(
    "hair_salon",
    "Client has her colour done every 6 weeks; last one was 23 October 2027. What's the date of "
    "the appointment after next?",
    D(2027, 10, 23) + TD(weeks=12),
)
date_item(
    "ferry_port",
    "The overnight ferry leaves at 22:45 and docks at 07:15. How many hours is the crossing?",
    clock_span("22:45", "07:15", 3600),
)
date_item(
    "tree_surgeon",
    "We sent in the tree works application on 14 February 2028 and the council has 8 weeks to "
    "decide. What's the deadline date?",
    D(2028, 2, 14) + TD(weeks=8),
)
date_item(
    "upholsterer",
    "Armchair ordered on 30 November 2027, and the fabric has a 9-week lead time. When should it "
    "be ready?",
    D(2027, 11, 30) + TD(weeks=9),
)
_boot = nth_weekday(2028, 4, SUN, 1)
date_item(
    "car_boot_sale",
    "The car boot runs every Sunday from the first Sunday in April 2028. What's the date of the "
    "12th one?",
    _boot + TD(weeks=11),
)
date_item(
    "cheesemonger",
    "This cheddar was made on 5 March 2027 and needs 400 days of ageing. When is it ready?",
    D(2027, 3, 5) + TD(days=400),
)
date_item(
    "youth_hostel",
    "Checking into the hostel on 28 December 2027 and out on 4 January 2028. How many nights?",
    days(D(2027, 12, 28), D(2028, 1, 4)),
)
date_item(
    "riding_stables",
    "Our old cob was foaled on 21 May 2009. How old is he on 1 January 2028?",
    age(D(2009, 5, 21), D(2028, 1, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "tyre_fitter": [
        (
            "What's the difference between all-season and winter tyres, and are they worth it "
            "in the UK?"
        ),
        "how do I read the numbers on the side of a tyre",
        "Write a short, friendly text reminding a customer their tyres are ready to collect.",
        "Why does my steering wheel shake at motorway speed after new tyres were fitted?",
    ],
    "holiday_cottage": [
        "Suggest five rainy-day things to do near a holiday cottage in the Lake District.",
        (
            "write a welcome note for guests arriving at our cottage, mention the wifi and the "
            "log burner"
        ),
        "Is it rude to leave a holiday cottage without stripping the beds?",
        "What should I put in a house manual for a self-catering cottage?",
    ],
    "bakery_wholesale": [
        "How do I approach local cafés to supply them with bread wholesale?",
        "why does my sourdough go flat when I make it in big batches",
        "Draft a polite email telling a café we're putting our wholesale prices up.",
        "What paperwork does a small bakery need to supply supermarkets?",
    ],
    "mobile_library": [
        "What kinds of books are most popular on rural mobile library routes?",
        "Write a short poem about the library van coming to the village.",
        "how can a mobile library reach housebound readers better",
        "Give me ideas for a children's story time on a library bus.",
    ],
    "vet_surgery": [
        "My dog keeps scratching his ears and shaking his head, what could cause that?",
        "How do I get a nervous cat into a carrier for a vet visit?",
        "Write a gentle message to a client whose old dog has just been put to sleep.",
        "is pet insurance worth it for an indoor cat",
    ],
    "brewery_tour": [
        "What's the difference between an IPA and a pale ale?",
        "explain what hops actually do in beer",
        "Write a fun two-minute script for the start of a brewery tour.",
        (
            "What questions should I ask on a brewery tour to sound like I know what I'm "
            "talking about?"
        ),
    ],
    "bus_depot": [
        "How do bus companies decide the order routes are cleaned and refuelled at night?",
        "What are the pros and cons of electric buses for a small depot?",
        "Write a notice for drivers about keeping the depot yard tidy.",
        "why do buses sometimes bunch up and arrive three at once",
    ],
    "model_railway": [
        "What's the difference between OO and HO gauge?",
        "how do I make realistic looking trees for a model railway layout",
        "Give me tips for wiring points on a DCC layout.",
        "Write a short article for our club newsletter about our new station building.",
    ],
    "box_office": [
        "How should I handle a customer who's furious their show was cancelled?",
        "Write the wording for a sold-out sign that doesn't sound unfriendly.",
        "what's the best way to stop ticket touts buying up seats",
        "Explain how dynamic pricing works for theatre tickets.",
    ],
    "student_flat": [
        "How do we split chores fairly between five people in a student flat?",
        "my flatmate never washes up, how do I bring it up without a row",
        "Write a polite message to our landlord about the damp in the bathroom.",
        "Give me some cheap meals I can batch cook for the week as a student.",
    ],
    "marathon_club": [
        "What should I eat the night before a marathon?",
        "how do I stop getting blisters on long runs",
        "Write a motivational message for our club members running their first marathon.",
        "Is it better to run with music or without on race day?",
    ],
    "ice_cream_van": [
        "What are the rules on playing chimes from an ice cream van?",
        "Suggest some fun names for new ice lolly flavours.",
        "how do I find good pitches for an ice cream van in summer",
        "Write a cheerful Facebook post telling people where the van will be at the weekend.",
    ],
    "skip_hire": [
        "What can't you put in a skip?",
        "Do I need to tell my neighbours if I'm having a skip outside the house?",
        "write a short checklist for customers before their skip arrives",
        "How do skip companies deal with people dumping stuff in other people's skips?",
    ],
    "chess_club": [
        "What's a good opening for a beginner playing white?",
        "Explain the en passant rule simply.",
        "how do I get more juniors to join our chess club",
        "Write a short match report for our club's win against the next town.",
    ],
    "village_fete": [
        "Give me ideas for stalls at a village fete that don't cost much to run.",
        "Write a poster for our summer fete with a dog show and a cake stall.",
        "how do we stop the tombola running out of prizes halfway through",
        "What's a fun competition for kids at a village fete?",
    ],
    "scaffolder": [
        "What safety checks should be done on scaffolding after high winds?",
        "Explain what a scaffold tag system is.",
        "write a message to a homeowner explaining why the scaffold has to stay up an extra week",
        "How do I become a qualified scaffolder in the UK?",
    ],
    "bowling_alley": [
        "How do I stop my bowling ball hooking into the gutter?",
        "Ideas for a kids' birthday party at a bowling alley?",
        "what does it mean when someone bowls a turkey",
        (
            "Write a short review of our night out at the bowling alley, it was fun but the "
            "food was poor."
        ),
    ],
    "hair_salon": [
        "How do I tell a client a look they want won't suit their hair type?",
        "Write an Instagram caption for a before and after balayage photo.",
        "what's the difference between a gloss and a semi-permanent colour",
        "How can a small salon cut down on no-shows?",
    ],
    "ferry_port": [
        "What should I do if I get seasick on an overnight ferry?",
        "is it better to book a cabin or a reclining seat on a night crossing",
        "Write a short message to my family saying our ferry is delayed but we're fine.",
        "What do I need to take with me when driving onto a ferry to France?",
    ],
    "tree_surgeon": [
        "How can I tell if a tree in my garden is dying?",
        "Explain what crown thinning is and why people do it.",
        "write a short advert for a tree surgery business for the parish magazine",
        "Is it OK to prune a cherry tree in winter?",
    ],
    "upholsterer": [
        "What fabric is best for a sofa if you have a dog?",
        "how do I know if an old armchair is worth reupholstering",
        "Write a description of a restored Victorian chair for our shop website.",
        "Explain the difference between traditional and modern upholstery.",
    ],
    "car_boot_sale": [
        "What sells best at a car boot sale?",
        "how should I price old books and DVDs at a car boot",
        "Give me tips for haggling at a car boot sale without being rude.",
        "Write a funny list of things you always find at a car boot sale.",
    ],
    "cheesemonger": [
        "What cheeses should go on a cheeseboard for a dinner party?",
        "Why do some cheeses have a white rind and others orange?",
        "write a tasting note for a mature farmhouse cheddar",
        "What wine goes best with blue cheese?",
    ],
    "youth_hostel": [
        "Is it safe to leave my bag in a hostel dorm during the day?",
        "What should I pack for a week of hostelling in Scotland?",
        "how do I sleep in a dorm when someone snores",
        "Write a friendly review of a youth hostel with great staff but cold showers.",
    ],
    "riding_stables": [
        "How do I get over being nervous of horses after a fall?",
        "What should I wear to my first riding lesson?",
        "explain the difference between trot and canter",
        "Write a short welcome message for new riders at our stables.",
    ],
}
for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)


# hard single-turn negatives that look like positives
NEAR = [
    # exchange rates
    (
        "near-currency",
        "The ferry to Spain is €310 return. How much is that in pounds?",
        "exchange rate",
    ),
    ("near-currency", "convert $486 hostel bill to euros", "exchange rate"),
    ("near-currency", "How many Swiss francs would I get for £250?", "exchange rate"),
    (
        "near-currency",
        "Our brewery tour in Prague cost 1,450 koruna. What's that in dollars?",
        "exchange rate",
    ),
    (
        "near-currency",
        "is 5000 yen a lot for a bowling game in tokyo, what's it in GBP",
        "exchange rate",
    ),
    # densities / material properties
    ("near-density", "How many kg does 5 litres of honey weigh?", "density of honey"),
    (
        "near-density",
        "What does a 2 m length of 48 mm scaffold tube weigh in kg?",
        "tube weight per metre",
    ),
    ("near-density", "How many litres is 3 kg of flour?", "density of flour"),
    ("near-density", "How heavy is a cubic metre of wet soil in a skip?", "soil density"),
    ("near-density", "what's 500 ml of olive oil in grams", "density of oil"),
    # missing numbers
    (
        "near-missing",
        "How much change do I get from a £20 note after two ice creams?",
        "prices not given",
    ),
    (
        "near-missing",
        "If we split the cottage bill between the four of us, what's each share?",
        "no bill given",
    ),
    ("near-missing", "What's my pace per mile if I finished the half marathon?", "no time given"),
    ("near-missing", "How many days until the fete?", "no fete date and no current date"),
    ("near-missing", "What's 20% off the sofa recovering quote?", "no quote given"),
    ("near-missing", "How many buses do we need for the school's trip?", "no numbers given"),
    # private dates and lookups
    ("near-private", "When is my car's MOT due?", "private record"),
    ("near-private", "What date did I last take the cat to the vet?", "private record"),
    ("near-private", "When does my library book need to go back?", "private record"),
    (
        "near-private",
        "What time does the last bus leave our depot on Sundays?",
        "lookup of a timetable",
    ),
    ("near-private", "When is the next chess congress in Hastings?", "lookup of an event"),
    # world facts
    (
        "near-fact",
        "How long is the London Marathon course in miles, exactly as measured?",
        "fact; the standard distance is a lookup",
    ),
    (
        "near-fact",
        "In what year did the first ice cream van chimes play Greensleeves?",
        "history lookup",
    ),
    (
        "near-fact",
        "How many squares are attacked by a queen in the centre of an empty chessboard?",
        "chess fact, not arithmetic asked of a tool",
    ),
    ("near-fact", "What's the speed limit for buses on a UK motorway?", "regulation lookup"),
    ("near-fact", "How tall is the tallest tree in Britain in metres?", "world fact"),
    ("near-fact", "When did the Dover to Calais ferry first carry cars?", "history lookup"),
    # estimates
    (
        "near-estimate",
        "Roughly how many scoops of ice cream does a van sell on a hot bank holiday?",
        "estimate",
    ),
    ("near-estimate", "About how many trees could a two-man crew fell in a day?", "estimate"),
    ("near-estimate", "How long does it take to reupholster a dining chair?", "estimate"),
    ("near-estimate", "How many people usually come to a village fete?", "estimate"),
    (
        "near-estimate",
        "how long will a set of tyres last if i drive 12,000 miles a year",
        "estimate",
    ),
    # judgement
    ("near-judgement", "Is £38 a fair price for a one-hour riding lesson?", "judgement"),
    ("near-judgement", "Is 45% commission good for a junior stylist?", "judgement"),
    ("near-judgement", "£265 for an 8-yard skip, is that a rip-off?", "judgement"),
    ("near-judgement", "Is 3 hours 50 a good time for a first marathon at 45?", "judgement"),
    # words / Roman numerals / other languages
    ("near-words", "Write 1,722.50 in words for a cheque.", "number in words"),
    ("near-words", "what is 2028 in roman numerals", "Roman numerals"),
    ("near-words", "How do you say 'four hundred and twelve' in French?", "another language"),
    ("near-words", "Spell out the date 14 March 2028 in German.", "another language"),
    ("near-words", "What number is MCMXCVIII?", "Roman numerals"),
    # code and spreadsheets
    (
        "near-code",
        "excel formula to put 20% VAT on top of whatever is in C7 please",
        "spreadsheet formula",
    ),
    ("near-code", "python one-liner to get the number of days between two dates", "code"),
    (
        "near-code",
        "Give me a Google Sheets formula for the last Saturday of June in any year.",
        "spreadsheet formula",
    ),
    ("near-code", "How do I convert miles to km in a SQL query?", "code"),
    # dosing
    ("near-dosing", "How much paracetamol can I give a 38 lb child?", "dosing"),
    ("near-dosing", "My dog weighs 30 kg, how many mg of meloxicam does he need?", "dosing"),
    ("near-dosing", "How many ml of calpol for a 4 year old?", "dosing"),
    # standard sizes
    ("near-size", "How big is a standard 8-yard skip in metres?", "nominal size lookup"),
    ("near-size", "What size is a regulation chess board square?", "standard size lookup"),
    ("near-size", "What's the width of a ten-pin bowling lane in inches?", "standard size lookup"),
    ("near-size", "What diameter is standard scaffold tube?", "standard size lookup"),
    # time zones
    (
        "near-timezone",
        (
            "If the ferry leaves Portsmouth at 22:45 and takes 8 hours, what's the local time "
            "in Spain when it arrives?"
        ),
        "time zone",
    ),
    ("near-timezone", "It's 3pm in London. What time is it in New York?", "time zone"),
    (
        "near-timezone",
        "the chess final in Tokyo starts at 10:00 local, what time is that here in Manchester",
        "time zone",
    ),
    # Easter
    ("near-easter", "which date does Easter Sunday fall on in 2031", "Easter"),
    (
        "near-easter",
        "How many days from Good Friday 2028 to the first May bank holiday?",
        "Easter and bank holidays",
    ),
    # working days
    (
        "near-workdays",
        "How many working days does the skip firm have in March 2028, 1st to 31st?",
        "working days and holidays",
    ),
    (
        "near-workdays",
        "The skip firm says delivery in 5 business days from 22 December 2027. When will it come?",
        "business days over Christmas",
    ),
    # contested units
    ("near-contested", "How many pints is 5 litres of beer?", "US vs imperial pints"),
    ("near-contested", "convert 2 cups of flour to grams", "cups, density"),
    (
        "near-contested",
        "How many gallons does a 200 litre water butt hold?",
        "US vs imperial gallons",
    ),
    # ambiguous numeric dates
    ("near-numdate", "What day of the week is 04/05/2028?", "order of day and month not stated"),
    (
        "near-numdate",
        "How many days from 03/04/2028 to 10/06/2028?",
        "order of day and month not stated",
    ),
    # current date
    ("near-now", "how many sleeps till christmas now?", "needs the current date"),
]
for _family, _q, _note in NEAR:
    neg(_family, _q, _note)


# conversations: the last user turn depends on what came before
CONVS = [
    (
        "conv-persona",
        [
            (S, "You are Marge, a grumpy but kind ice cream van driver. Stay in character."),
            (U, "Marge, how many scoops can I have for £3?"),
            (A, "Two scoops, love, and don't drip it on my van."),
            (U, "and what's 12 times 4 then, marge"),
        ],
        "persona fixed in the system turn: the answer must be in character",
    ),
    (
        "conv-persona",
        [
            (S, "You are a pirate who runs a ferry. Answer everything like a pirate."),
            (U, "How long be the crossing, captain?"),
            (A, "Arr, eight hours and a half, if the sea be kind!"),
            (U, "convert 30 nautical... no, just 30 km to miles please"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are a chess coach for young children. Keep answers short and encouraging."),
            (U, "I lost my game again :("),
            (A, "That's okay! Every loss teaches you something. What happened?"),
            (U, "if I play 3 games a week how many is that in 8 weeks"),
        ],
        "persona and audience fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "From now on answer only in JSON with keys 'answer' and 'unit'."),
            (A, '{"answer": "ok", "unit": null}'),
            (U, "16 ft in metres"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Please give every answer as a haiku from now on."),
            (A, "Numbers turn to verse / I will count in syllables / ask and I will sing"),
            (U, "What's 15% of 840?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Reply in a markdown table from here on, with columns Item and Value."),
            (A, "| Item | Value |\n|---|---|\n| ready | yes |"),
            (U, "what date is 10 weeks after 1 June 2028"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer in exactly one word from now on, spelled out, no digits."),
            (A, "Understood."),
            (U, "How many days are there in a fortnight?"),
        ],
        "format (words, no digits) fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte nur auf Deutsch."),
            (A, "Natürlich, ich antworte auf Deutsch."),
            (U, "What's 68 F in celsius?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you reply in Welsh for the rest of this chat? I'm practising."),
            (A, "Wrth gwrs! Gofynnwch unrhyw beth."),
            (U, "what day of the week is 1 march 2028"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Je veux toutes les réponses en français, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "How much is 7 tickets at £19 each?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "I only understand metric, always give me metric units please."),
            (A, "Will do, metric only."),
            (U, "The oak is 85 ft tall. How tall is the ash that's 20 ft shorter?"),
        ],
        "unit convention fixed earlier: the answer must be in metres",
    ),
    (
        "conv-unit",
        [
            (U, "Whenever I give you a weight, reply in stone and pounds, not kg."),
            (A, "Okay, stone and pounds it is."),
            (U, "my horse's saddle plus me is 82 kg"),
        ],
        "unit convention fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "We do all our tyre pressures in bar in this shop, remember that."),
            (A, "Noted, bar it is."),
            (U, "customer's van wants 65 at the back, what do I set"),
        ],
        "unit (and what 65 means) fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "The cottage costs £1,540 for the week."),
            (A, "Got it, £1,540 for the week."),
            (U, "How much each if there are seven of us?"),
        ],
        "number given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our skip was delivered on 12 June 2028."),
            (A, "Okay, delivered on 12 June 2028."),
            (U, "And it's a 10 day hire, so when does it go?"),
        ],
        "date given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "I ran the half marathon in 1 hour 52 minutes."),
            (A, "Well done! That's a solid time."),
            (U, "what's that per km"),
        ],
        "time given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The tombola made £212 and the cake stall £148.50."),
            (A, "Nice, both did well."),
            (U, "What about together with the £96 from the raffle?"),
        ],
        "numbers given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Fabric is £27.80 a metre."),
            (A, "Okay."),
            (U, "and I need 9.5 of it"),
        ],
        "price given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The panto opens on 24 November 2028."),
            (A, "Lovely, opening night 24 November 2028."),
            (U, "and closes 45 days later. what date is that"),
        ],
        "date given in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% of 320?"),
            (A, "15% of 320 is 48."),
            (U, "and of 480?"),
        ],
        "elliptical follow-up",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 50 mph to km/h."),
            (A, "50 mph is about 80.47 km/h."),
            (U, "what about 70"),
        ],
        "elliptical follow-up",
    ),
    (
        "conv-followup",
        [
            (U, "What day of the week is 3 March 2028?"),
            (A, "3 March 2028 is a Friday."),
            (U, "And a week after?"),
        ],
        "elliptical follow-up",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 1 May to 20 July 2028?"),
            (A, "80 days."),
            (U, "Is that right? Double check it"),
        ],
        "checking an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "Give me three ideas for a chess club fundraiser."),
            (A, "1. A simul against the club champion. 2. A blitz marathon. 3. A quiz night."),
            (U, "Tell me more about the second one."),
        ],
        "refers to an earlier list",
    ),
    (
        "conv-correction",
        [
            (U, "What's 48 x 27?"),
            (A, "48 x 27 = 1,296."),
            (U, "sorry I meant 84"),
        ],
        "correction of an earlier query",
    ),
    (
        "conv-correction",
        [
            (U, "How many kg is 11 stone?"),
            (A, "11 stone is about 69.85 kg."),
            (U, "oops, 12 stone 3, not 11"),
        ],
        "correction of an earlier query",
    ),
    (
        "conv-correction",
        [
            (U, "The scaffold went up on 3 April 2028, how many days until 1 June 2028?"),
            (A, "59 days."),
            (U, "No wait, it went up on the 10th"),
        ],
        "correction of an earlier query",
    ),
    (
        "conv-writing",
        [
            (U, "Our bakery invoice total is £133.38 for the café order."),
            (A, "Okay, £133.38."),
            (U, "Write the email to send it to them, friendly but firm about 14-day payment."),
        ],
        "writing task using earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "Three dogs were booked in today: Biscuit, Rolo and Pepper."),
            (A, "Noted, three appointments."),
            (U, "Write a cheerful reminder text for each of them"),
        ],
        "writing task using earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "We raised £4,260 at the marathon club this spring."),
            (A, "That's a great total!"),
            (U, "Can you turn that into a thank you post for our page?"),
        ],
        "writing task using earlier context",
    ),
    (
        "conv-convention",
        [
            (U, "In our flat we always round bills up to the next whole pound each."),
            (A, "Got it, always round up to the pound."),
            (U, "gas bill is £187 between 5 of us"),
        ],
        "rounding convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "At our hostel the week starts on a Sunday, keep that in mind."),
            (A, "Understood, weeks start on Sunday."),
            (U, "Which week of the year is 9 January 2028 then?"),
        ],
        "week convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "All prices I give you include VAT at 20%."),
            (A, "Okay, VAT-inclusive prices."),
            (U, "the skip was 318 so how much was the VAT part"),
        ],
        "VAT convention fixed earlier",
    ),
    (
        "conv-context",
        [
            (U, "I'm planning the fete and the weather forecast says heavy rain."),
            (A, "That's a shame. Do you have a backup plan?"),
            (U, "what would you do"),
        ],
        "open advice depending on context",
    ),
    (
        "conv-context",
        [
            (U, "Our club exhibition is on 9 October 2027 and we have 14 layouts coming."),
            (A, "Sounds like a great show."),
            (U, "how many weeks do I have to get the posters out, and what should they say"),
        ],
        "mixed: depends on the current date and needs writing",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)


# =========================================================================== checks and output
def _norm(q):
    return re.sub(r"\s+", " ", q).strip().lower()


def _load(path):
    """An earlier generator, imported in memory (its module level builds `items`)."""
    spec = importlib.util.spec_from_file_location(f"_earlier_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # only main() writes a file, and main() is not called
    return mod


def _generator_queries(mod):
    """The queries and user turns of an earlier generator (never printed)."""
    out = set()
    for i in mod.items:
        out.add(_norm(i["query"]))
        for m in i.get("messages") or []:
            if m["role"] == "user":
                out.add(_norm(m["content"]))
    return out


NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
CONTESTED = re.compile(
    r"\b(pints?|gallons?|quarts?|cups?|fl\.? ?oz|fluid ounces?|tablespoons?|teaspoons?|tbsp|tsp"
    r"|tons?|barrels?|mpg|calories?|kcal|horsepower|hp|kB|cwt|hundredweights?"
    r"|light-?years?|parsecs?)\b",
    re.IGNORECASE,
)
LENGTH_IN_MONTHS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|years?)\b",
    re.IGNORECASE,
)


def _ambiguous_numeric_date(text):
    """True when a positive writes a date like 04/05/2028 without saying its order."""
    said = re.search(r"DD[/.-]MM|day/month|MM[/.-]DD|month/day", text)
    return not said and any(
        int(m.group(1)) <= 12 and int(m.group(2)) <= 12 for m in NUMERIC_DATE.finditer(text)
    )


def _serialized():
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


# the grading rules of bench/grading.py for numbers and ISO dates, restated to check expected values
_GRADE_NUM = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+")


def _gradable(item):
    """A plain answer stating the expected value is graded correct under grading.py's rules."""
    e = item["expected"]
    if isinstance(e, (int, float)):
        shown = f"{e:,}" if isinstance(e, int) else repr(e)
        found = _GRADE_NUM.findall(f"The answer is {shown}.")
        got = float(found[-1].replace(",", ""))
        return math.isclose(got, e, rel_tol=item["tolerance"] or 1e-6, abs_tol=1e-9)
    if e in WEEKDAYS:
        return True
    y, m, d = (int(p) for p in e.split("-"))
    return dt.date(y, m, d).isoformat() == e


def main():
    if "--digest" in sys.argv:  # used by main() itself to check the output regenerates
        print(hashlib.sha256(_serialized().encode("utf-8")).hexdigest())
        return
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
    ordinary = by["negative"] - convs - near
    assert ordinary == WANT_ORDINARY_NEGATIVES, ordinary
    for label in ("positive:calculator", "positive:units", "positive:datetime"):
        plain = sum(1 for i in items if i["label"] == label and i["family"] == "plain")
        assert plain == WANT_PLAIN, (label, plain)
    registers = {i["family"] for i in items if i["label"] != "negative"} - {"plain"}
    assert len(registers) == 25, sorted(registers)
    for i in items:
        assert i["label"] in LABELS, i["id"]
        assert i.get("family"), i["id"]
        assert "now" not in i and "timezone" not in i, i["id"]
        if i["family"].startswith(("near-", "conv-")) and i["label"] == "negative":
            assert i.get("note"), i["id"]
        if i["family"].startswith("conv-"):
            assert i.get("messages") and i["label"] == "negative", i["id"]
        if i.get("messages"):
            assert i["messages"][-1]["role"] == "user"
            assert i["messages"][-1]["content"] == i["query"]
        if i["label"] == "negative":
            assert i["expected"] is None and i["tolerance"] is None
        else:
            assert not i.get("messages"), i["id"]  # no positive conversations
            e = i["expected"]
            assert e is not None
            text = i["query"]
            relative = r"\b(today|tonight's date|right now|from now|tomorrow|yesterday)\b"
            assert not re.search(relative, text, re.IGNORECASE), i["id"]
            if i["label"] == "positive:datetime":
                this = r"\b(this|next|last) (year|month|week)\b"
                assert not re.search(this, text, re.IGNORECASE), i["id"]
            assert not _ambiguous_numeric_date(text), i["id"]
            assert not CONTESTED.search(text), i["id"]
            assert not LENGTH_IN_MONTHS.search(text), i["id"]
            assert not re.search(r"\bwithin\b", text, re.IGNORECASE), i["id"]
            assert not re.search(r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b", text, re.IGNORECASE), (
                i["id"]
            )
            if isinstance(e, (int, float)):
                assert e != 0 and i["tolerance"], i["id"]
                assert math.isfinite(e), i["id"]
            else:
                # the two string forms bench/grading.py grades: ISO date or weekday substring
                assert e in WEEKDAYS or re.fullmatch(r"\d{4}-\d{2}-\d{2}", e), i["id"]
                assert e in WEEKDAYS or dt.date.fromisoformat(e), i["id"]
                assert i["tolerance"] is None, i["id"]
    # answers' consistency: types per tool, and each expected value gradable as written
    for i in items:
        if i["label"] == "negative":
            continue
        e = i["expected"]
        if i["label"] in ("positive:calculator", "positive:units"):
            assert isinstance(e, (int, float)) and not isinstance(e, bool), i["id"]
        if i["label"] == "positive:calculator" or (
            i["label"] == "positive:units" and i["tolerance"] == EXACT
        ):
            assert i["tolerance"] == 1e-6 and decimals(F(Decimal(repr(e)))) <= 3, i["id"]
        assert _gradable(i), i["id"]
    # every positive register is used by at least two of the three tools
    tools_of: dict[str, set[str]] = {}
    for i in items:
        if i["label"] != "negative" and i["family"] != "plain":
            tools_of.setdefault(i["family"], set()).add(i["label"])
    thin = sorted(f for f, t in tools_of.items() if len(t) < 2)
    assert not thin, thin
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 23
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 23: {reused}"
    mine = {}
    for i in items:
        mine.setdefault(_norm(i["query"]), i["id"])
        for m in i.get("messages") or []:
            if m["role"] == "user":
                mine.setdefault(_norm(m["content"]), i["id"])
    clash = sorted({iid for q, iid in mine.items() if q in earlier})
    assert not clash, f"these items repeat an earlier held-out query or user turn: {clash}"
    text = _serialized()
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    # regenerates byte for byte: the file as written, and a fresh run of this script, agree
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert hashlib.sha256(OUT.read_bytes()).hexdigest() == digest
    env = dict(os.environ, PYTHONHASHSEED="1", PYTHONDONTWRITEBYTECODE="1")
    again = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--digest"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    assert again == digest, "the output does not regenerate byte for byte"
    print(f"wrote {len(items)} items to {OUT}: {by}")
    print(f"sha256 {digest} (regenerated byte for byte)")
    print(
        f"negatives: {ordinary} ordinary, {near} near-positive single turns, {convs} conversations"
    )
    fams: dict[tuple[str, str], int] = {}
    for i in items:
        key = (i["label"], i["family"])
        fams[key] = fams.get(key, 0) + 1
    for (label, family), n in sorted(fams.items()):
        print(f"  {label:22s} {family:24s} {n:3d}")
    if "--show" in sys.argv:
        for i in items:
            if i["label"] != "negative":
                print(i["id"], repr(i["expected"]), i["tolerance"])


if __name__ == "__main__":
    main()
