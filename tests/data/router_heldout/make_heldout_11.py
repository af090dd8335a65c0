"""Generate heldout-2026-12-14.jsonl: an eleventh held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_10.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened; no other file was opened (the folder tests/data/router_heldout/ was
listed only to count the earlier generators); no JSONL file was opened, no git history was
looked at, no network was used, and neither the router nor the bench was ever run on this set.
Every query here is newly written by the author (none copied from make_heldout_10.py, none built
from its templates); `main()` asserts that every query is unique and that none equals
(case-insensitively, whitespace-normalised) a query or user turn of make_heldout.py,
make_heldout_2.py ... make_heldout_10.py, whose items are built in memory by importing those
generators (their queries are never printed, their JSONL files never read; on a clash only the
ids of THIS set's items are reported).

Registers (families) chosen for this set, deliberately different from set 10's (office/HR,
renovation, car, pets, academic, sports coaching, physics homework, nutrition labels,
fundraising, freelance invoicing, music practice, board games, Slack, Reddit, voice-typed):
  calculator: plain one-liners and terse search-box queries (about a third), cooking for crowds
    (scaling a recipe, canapes per guest), gardening (seed packets, feed dilution), small
    business bookkeeping (takings, markup on cost), travel budgeting (splitting a villa, daily
    allowance), cycling/running training logs (weekly total, distance at an average speed),
    photography (crop-factor equivalent focal length, timelapse clip length, as plain
    arithmetic), knitting and crafts (stitch counts, yarn per square), home energy (meter
    readings times a stated unit price, kWh from a stated power and hours), parents helping with
    homework, exam revision (share of past papers, combined mock marks), event planning
    (costs per head), customer-service messages (refunds, coupons), aviation hobbyists (fuel
    burn), lower case with no punctuation, non-native English, a long preamble, textbook
    one-liners, one harmless conversation.
  units: plain one-liners (about a third), aviation (circuit height in feet, wind in knots,
    glider distances in nautical miles), sailing (knots to mph, depth in feet), cycling/running
    (sportive miles, parkrun, pace per km to pace per mile), cooking by mass and oven
    temperature (no volumes), gardening (hose length, soil temperature), photography (filter
    thread, camera weight), knitting and quilting (yarn yards, border strips), home energy (kWh
    to MJ), medication labels (mg to micrograms; no dosing judgement), a newborn's weight in
    pounds and ounces, travel (luggage, forecast, road signs), stone to kg, exam revision
    (km/h to m/s, kelvin), customer-service parcel weight, lower case, non-native English, a
    long preamble.
  datetime: plain one-liners (about a third), school timetables (length of the school day,
    half-term return), exam revision (revision days, exam weekday), event planning (party
    date, invitations N weeks before), transit timetables (journey minutes, overnight bus
    hours), medication schedules with the times and counts stated (last dose date, hours
    between doses; no dosing judgement), gardening (days to harvest, frost-free days), cooking
    (roasting hours), cycling/running (plan start N weeks before race day, an inclusive
    streak), aviation/sailing (block time, passage arrival date), small-business bookkeeping
    (payment terms as days, weekdays in a quarter), customer-service (delivery promise, returns
    window), travel (nights away), terse queries, non-native English, a long preamble,
    homework, a DD/MM/YYYY date with its format stated, one harmless conversation.

Negatives (label "negative"): explanations, advice, writing tasks, code, world facts, live
information, small talk with numbers in it, hobby how-tos (gardening, knitting, photography,
sailing, flying), translation, reference codes and symbols, recommendations and opinions,
riddles, plans and lists. Hard single-turn negatives (families "near-...", each with a "note"),
phrased almost like this set's positives: conversions needing a density or an exchange rate,
calculations with a number missing, dates relative to an unstated "today", dates missing their
anchor, world facts (distances, heights, festival dates, record times), estimates, requests for
a method, checking someone's working, output as words/Roman numerals/another language,
contested units (US vs imperial pints and cups, tons, calories, mpg, a month as a length), time
zones, numeric dates whose order is not stated, medicine and veterinary dosing, rules
knowledge (tax, sport scoring, leave entitlement), nominal sizes, and exact questions embedded
in a message that also needs the model for another part. Conversations (families "conv-...",
field "messages"; "query" repeats the last user turn; each with a "note"): notation redefined
earlier (operator meaning, base 8, decimal comma, per mille, minutes.seconds, feet.inches),
numbers or rates fixed in earlier turns, follow-ups on an earlier answer, personas and output
formats, units/date orders/working weeks/week numbering fixed earlier, house rules of a card
game, advice chat.

Left out entirely (their grading is contested): US vs imperial pints/cups/gallons/quarts/fluid
ounces/tablespoons, short/long tons, barrels, mpg, calories, horsepower, kB vs KiB, "a month"
or "a year" as a length, nominal sizes in positives, leap-day birthdays, all-numeric dates
whose day and month are both <= 12 (unless the format is stated; asserted), time zones and
daylight saving in positives, Easter and other movable feasts, and anything depending on the
current date (no "now" or "timezone" field is set; no positive needs a "today").

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard or borderline items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time, as a mixed unit (feet and
inches) or as a fraction "a/b"; no calculator, date or exact unit result is a repeating decimal
(asserted). A positive is a question whose tool answer IS the whole answer.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 nautical mile = 1852 m exactly; 1 knot = 1 nautical mile per hour = 1852/3600 m/s
      (NIST SP 811, Table 8 and B.8)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (micro = 1e-6, milli = 1e-3, kilo = 1e3,
    mega = 1e6); T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s,
    1 h = 60 min, 1 d = 24 h; 1 W*h = 3600 J (so 1 kWh = 3.6 MJ); 1 L = 1 dm^3
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; ISO 8601 week numbering
    (datetime.date.isocalendar); any other rule is stated in the query itself.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_11.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-14.jsonl"
PREFIX = "ho11-"
EARLIER = (
    "make_heldout.py",
    "make_heldout_2.py",
    "make_heldout_3.py",
    "make_heldout_4.py",
    "make_heldout_5.py",
    "make_heldout_6.py",
    "make_heldout_7.py",
    "make_heldout_8.py",
    "make_heldout_9.py",
    "make_heldout_10.py",
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


assert num(F(12, 4)) == 3 and num(dec("0.1") * 7) == 0.7 and pct("37.5") == F(3, 8)
assert terminates(F(7, 40)) and not terminates(F(2, 7))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain one-liners and search-box queries (15)
calc("plain", "What is 4,836 + 9,275?", 4836 + 9275)
calc("plain", "15% of 240", pct(15) * 240)
calc("plain", "calculate 7.25 * 48", dec("7.25") * 48)
calc("plain", "What's 1,000,000 divided by 64?", F(1000000, 64))
calc("plain", "square root of 1764", F(math.isqrt(1764)))
assert math.isqrt(1764) ** 2 == 1764
calc("plain", "What is 2 to the power of 20?", 2**20)
calc("plain", "83.6 - 127.45 = ?", dec("83.6") - dec("127.45"))
calc("plain", "What is 12.5% of 3,208?", pct("12.5") * 3208)
calc("plain", "compute (17 + 38) * 14 - 260", (17 + 38) * 14 - 260)
calc("plain", "what is 9 cubed minus 5 squared", 9**3 - 5**2)
calc("plain", "How much is 3/8 of 1,240?", F(3, 8) * 1240)
calc("plain", "Evaluate 2.4 × 10^3 ÷ 0.75", dec("2.4") * 10**3 / dec("0.75"))
calc("plain", "whats 48 percent of 675", pct(48) * 675)
calc("plain", "Work out 6,045 ÷ 15.", F(6045, 15))
calc(
    "plain",
    "What is the mean of 84, 91, 77, 68 and 95?",
    F(84 + 91 + 77 + 68 + 95, 5),
)

# cooking for crowds
calc(
    "cooking-crowd",
    "I'm making chilli for a church supper. The recipe serves 6 and uses 750 g of beef mince. "
    "How many grams of mince do I need to feed 84 people?",
    F(750, 6) * 84,
)
calc(
    "cooking-crowd",
    "Catering a wedding for 140 guests: 3 canapés each, plus an extra 10% on top of that "
    "total to be safe. How many canapés should we order?",
    140 * 3 * (1 + pct(10)),
)

# gardening
calc(
    "gardening",
    "One box of lawn seed covers 35 square metres and my lawn is 14 m by 12.5 m. How many "
    "boxes do I need?",
    14 * dec("12.5") / 35,
)
calc(
    "gardening",
    "Tomato feed dilution is 20 ml per 4.5 litres of water. How many ml of feed go into a "
    "13.5 litre watering can?",
    F(20) / dec("4.5") * dec("13.5"),
)

# small business bookkeeping
calc(
    "bookkeeping",
    "Our café sold 312 flat whites at £3.40 and 187 teas at £2.20 last week. What were the "
    "total takings from those two drinks?",
    312 * dec("3.40") + 187 * dec("2.20"),
)
calc(
    "bookkeeping",
    "bought a batch of stock for 1,850 and sold the lot for 2,405. what's the markup as a "
    "percentage of cost?",
    F(2405 - 1850, 1850) * 100,
)

# travel budgeting
calc(
    "travel-budget",
    "Four of us rented a villa for 2,736 euros, plus a cleaning fee of 164 euros. Split "
    "evenly, how much does each person owe?",
    F(2736 + 164, 4),
)
calc(
    "travel-budget",
    "I set aside 1,350 dollars for the trip and I've already spent 423. If I spread the rest "
    "evenly over the remaining 9 days, how much can I spend per day?",
    F(1350 - 423, 9),
)

# cycling / running training logs
calc(
    "training-log",
    "Training log this week: 12.4 km, 8.75 km, 21.1 km, 6.3 km and 15 km. What's my total "
    "distance?",
    dec("12.4") + dec("8.75") + dec("21.1") + dec("6.3") + 15,
)
calc(
    "training-log",
    "Long ride on Sunday: I averaged 27.5 km/h for 3.2 hours of riding. How many km did I cover?",
    dec("27.5") * dec("3.2"),
)

# photography
calc(
    "photography",
    "My camera has a crop factor of 1.6. What's the full-frame equivalent focal length of a "
    "35 mm lens on it?",
    dec("1.6") * 35,
)
calc(
    "photography",
    "Timelapse plan: one frame every 4 seconds for 2.5 hours, played back at 25 frames per "
    "second. How many seconds long will the clip be?",
    dec("2.5") * 3600 / 4 / 25,
)

# knitting and crafts
calc(
    "crafts",
    "Hat pattern: cast on 96 stitches, then on each of 5 increase rounds add 8 stitches. How "
    "many stitches will be on the needles after the last increase round?",
    96 + 5 * 8,
)
calc(
    "crafts",
    "Each granny square takes 14 g of yarn and the blanket is 12 squares by 15 squares. How "
    "many grams of yarn is that altogether?",
    14 * 12 * 15,
)

# home energy
calc(
    "home-energy",
    "Electricity meter read 48,213 kWh at the start of January and 48,927 kWh at the start of "
    "February. At 0.28 per kWh, how much did January's usage cost?",
    (48927 - 48213) * dec("0.28"),
)
calc(
    "home-energy",
    "A 2 kW oil heater runs 3.5 hours a day for 30 days. How many kWh does it use in total?",
    2 * dec("3.5") * 30,
)

# parents helping with homework
calc(
    "homework-help",
    "helping my son with his maths sheet: a baker makes 36 muffins, packs them in boxes of 4 "
    "and sells each box for £2.75. how much money does he take if he sells every box?",
    F(36, 4) * dec("2.75"),
)

# exam revision
calc(
    "exam-revision",
    "Revision tracker: I've finished 17 of the 25 past papers. What percentage is that?",
    F(17, 25) * 100,
)
calc(
    "exam-revision",
    "Mock exams: Paper 1 I scored 62 out of 80 and Paper 2 I scored 71 out of 120. What is my "
    "combined percentage across both papers?",
    F(62 + 71, 80 + 120) * 100,
)

# event planning
calc(
    "event-planning",
    "Planning our club's anniversary dinner: hall hire 450, catering 38.50 per head for 120 "
    "guests, and a DJ at 380. What's the total cost?",
    450 + dec("38.50") * 120 + 380,
)

# customer-service messages
calc(
    "customer-service",
    "Hi, I only placed one order but my card was charged £89.99 three times. How much should "
    "be refunded to me?",
    dec("89.99") * 2,
)
calc(
    "customer-service",
    "Hello, my order was 4 items at 12.40 each and the coupon was meant to take 15% off the "
    "total. What should the final price have been?",
    4 * dec("12.40") * (1 - pct(15)),
)

# aviation hobbyist
calc(
    "aviation",
    "Fuel planning for my club's plane: it burns 9.5 gallons per hour, the flight is 2.4 hours "
    "and I want a 0.75 hour reserve on top. How many gallons is that in total?",
    dec("9.5") * (dec("2.4") + dec("0.75")),
)

# lower case, no punctuation
calc("lowercase", "whats 3 point 5 times 260", dec("3.5") * 260)
calc("lowercase", "how much is an 18 percent tip on 64 dollars", pct(18) * 64)

# non-native English
calc(
    "non-native",
    "Please I need to know how much is 1250 multiply by 0.16 for my tax form",
    1250 * dec("0.16"),
)
calc(
    "non-native",
    "Sorry for my english, we are 9 people and the bill is 315.90, how much pay each one?",
    dec("315.90") / 9,
)

# long preamble
calc(
    "long-preamble",
    "So I've taken over as treasurer of our allotment society, and honestly the books are a "
    "mess since the last treasurer moved away — there's a shoebox full of receipts and a "
    "spreadsheet nobody understands. Anyway, the bit I'm stuck on right at the start: 37 "
    "members each paid the annual fee of 24.50. What's the total we should have collected?",
    37 * dec("24.50"),
)

# textbook one-liners
calc(
    "textbook",
    "A rectangle is 13.5 cm long and 8 cm wide. Find its perimeter in cm.",
    2 * (dec("13.5") + 8),
)


# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
NMI = F(1852)  # m
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
STONE = 14 * LB
KWH = F(3600000)  # J
MJ = F(10**6)  # J
MIB, GIB = 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KNOT = NMI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and KNOT * 3600 / 1000 == dec("1.852")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and k_to_c(dec("273.15")) == 0

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain one-liners and search-box queries (15)
unit("plain", "convert 3.5 km to miles", 3500 / MI)
unit("plain", "72 degrees Fahrenheit in Celsius", f_to_c(72))
unit("plain", "How many kilograms is 165 pounds?", 165 * LB)
unit("plain", "What is 250 nautical miles in kilometres?", 250 * NMI / 1000, EXACT)
unit("plain", "Convert 6 ft 3 in to cm.", (6 * FT + 3 * IN) * 100, EXACT)
unit("plain", "How many ounces are in 500 grams?", F(500, 1000) / OZ)
unit("plain", "35,000 feet in metres", 35000 * FT, EXACT)
unit("plain", "What's 35 knots in km/h?", 35 * KNOT / KMH, EXACT)
unit("plain", "convert 1.8 MJ to kWh", dec("1.8") * MJ / KWH, EXACT)
unit("plain", "How many millilitres is 2.75 litres?", dec("2.75") * 1000, EXACT)
unit("plain", "convert 120 km/h to mph", 120 * KMH / MPH)
unit("plain", "What's 98.6 °F in Celsius?", f_to_c(dec("98.6")), EXACT)
unit("plain", "How many metres are in 440 yards?", 440 * YD, EXACT)
unit("plain", "Convert 2.5 GiB to MiB", dec("2.5") * GIB / MIB, EXACT)
unit("plain", "4.2 metres in feet", dec("4.2") / FT)

# aviation
unit(
    "aviation",
    "Student pilot here. The circuit height at my airfield is 1,000 ft. What is that in metres?",
    1000 * FT,
    EXACT,
)
unit(
    "aviation",
    "The tower gave the wind as 270 degrees at 15 knots. How fast is 15 knots in metres per "
    "second?",
    15 * KNOT,
)
unit(
    "aviation",
    "Gliding logbook: my longest cross-country flight so far was 312 km. How many nautical "
    "miles is that?",
    312000 / NMI,
)

# sailing
unit(
    "sailing",
    "We averaged 6.5 knots on the Channel crossing — what's that in miles per hour?",
    dec("6.5") * KNOT / MPH,
)
unit(
    "sailing",
    "The new chart gives 8.2 metres of depth but my old sounder reads in feet. What is 8.2 m "
    "in feet?",
    dec("8.2") / FT,
)

# cycling / running
unit(
    "training-log",
    "Just signed up for a 50 mile sportive. How many km is that?",
    50 * MI / 1000,
    EXACT,
)
unit("training-log", "parkrun is 5 km how many miles is that", 5000 / MI)
unit(
    "training-log",
    "My easy pace is 5.5 minutes per kilometre. Convert that to minutes per mile, as a decimal.",
    dec("5.5") * MI / 1000,
)

# cooking by mass and temperature
unit(
    "cooking",
    "Grandma's recipe card says bake at 350 °F. What's that in °C?",
    f_to_c(350),
)
unit(
    "cooking",
    "The American recipe calls for 8 ounces of butter by weight. How many grams is that?",
    8 * OZ * 1000,
)
unit(
    "cooking",
    "Brisket for the street party — the butcher weighed it at 4.5 kg. How many pounds is that?",
    dec("4.5") / LB,
)

# gardening
unit("gardening", "The new hosepipe is 25 metres long. How many feet is that?", 25 / FT)
unit(
    "gardening",
    "Runner beans want the soil above 10 °C before sowing. What is 10 °C in Fahrenheit?",
    c_to_f(10),
    EXACT,
)

# photography
unit(
    "photography",
    "My lens has a 77 mm filter thread. What's that in inches?",
    F(77, 1000) / IN,
)
unit(
    "photography",
    "The spec sheet lists the camera body at 1.35 lb. How many grams is that?",
    dec("1.35") * LB * 1000,
)

# knitting and quilting
unit(
    "crafts",
    "The yarn label says 218 yards per ball. How many metres of yarn is that?",
    218 * YD,
    EXACT,
)
unit(
    "crafts",
    "The quilt pattern wants a 90 inch border strip — how long is that in centimetres?",
    90 * IN * 100,
    EXACT,
)

# home energy
unit(
    "home-energy",
    "Our gas bill shows 1,250 kWh but the boiler manual talks in megajoules. Convert 1,250 kWh "
    "to MJ.",
    1250 * KWH / MJ,
    EXACT,
)

# medication labels (no dosing judgement)
unit(
    "medication-label",
    "The prescription label says 0.25 mg per tablet. How many micrograms is that?",
    dec("0.25") * 1000,
    EXACT,
)

# newborn weight
unit(
    "parenting",
    "Our daughter weighed 7 lb 8 oz at birth. What's that in kilograms?",
    7 * LB + 8 * OZ,
)

# travel
unit(
    "travel",
    "The airline limit is 23 kg and my bathroom scale says the suitcase is 49 lb. What is "
    "49 lb in kg?",
    49 * LB,
)
unit(
    "travel",
    "forecast for phoenix says 104°F. what's that in celsius",
    f_to_c(104),
    EXACT,
)
unit(
    "travel",
    "Road signs here say 80 km/h but the rental car's speedo is in mph. What is 80 km/h in mph?",
    80 * KMH / MPH,
)

# stone, search-box style
unit("terse", "17 stone in kg", 17 * STONE)

# lower case
unit(
    "lowercase",
    "how many kilometres is a 26.2 mile run",
    dec("26.2") * MI / 1000,
)

# non-native English
unit(
    "non-native",
    "Please, how many centimetre is 5 feet and 7 inch? I need it for a form",
    (5 * FT + 7 * IN) * 100,
    EXACT,
)

# long preamble
unit(
    "long-preamble",
    "Bit of a long story: we've inherited my grandad's old workshop and everything in it is "
    "marked in imperial, which none of us grew up with. There are boxes of screws, drill bits "
    "labelled in fractions of an inch and a pile of timber. I'm starting with one plank that's "
    "marked 96 inches long. How many metres is that?",
    96 * IN,
    EXACT,
)

# customer service
unit(
    "customer-service",
    "Hello, your website lists the parcel as 2.2 lb but the courier form needs kilograms. Can "
    "you convert 2.2 lb to kg for me?",
    dec("2.2") * LB,
)

# exam revision
unit("exam-revision", "Physics revision: convert 36 km/h to m/s.", 36 * KMH, EXACT)
unit(
    "exam-revision",
    "Chemistry revision card: what is 298 K in degrees Celsius?",
    k_to_c(298),
    EXACT,
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
    """From one clock time to the next occurrence of another, in units of unit_s seconds."""
    day = D(2001, 1, 1)
    a = dt.datetime.combine(day, dt.time.fromisoformat(start))
    b = dt.datetime.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(2018, 10, 23), D(2027, 9, 1)) == 8
assert nth_weekday(2027, 11, THU, 3) == D(2027, 11, 18)
assert clock_span("23:35", "05:05", 3600) == F(11, 2)
assert weekdays_between(D(2027, 9, 6), D(2027, 9, 12)) == 5
assert count_weekday(2028, 2, TUE) == 5


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


# plain one-liners (15)
date_item("plain", "What day of the week is 14 March 2029?", weekday(D(2029, 3, 14)))
date_item(
    "plain",
    "How many days are there between 3 February 2027 and 19 August 2027?",
    days(D(2027, 2, 3), D(2027, 8, 19)),
)
date_item("plain", "What date is 100 days after 1 June 2028?", D(2028, 6, 1) + TD(100))
date_item("plain", "What date was 45 days before 10 January 2028?", D(2028, 1, 10) - TD(45))
date_item(
    "plain",
    "How many weeks are there from 6 September 2027 to 13 December 2027?",
    F(days(D(2027, 9, 6), D(2027, 12, 13)), 7),
)
date_item("plain", "How many days are in February 2032?", calendar.monthrange(2032, 2)[1])
date_item("plain", "What weekday is 25 December 2026?", weekday(D(2026, 12, 25)))
date_item("plain", "How many minutes is it from 08:45 to 14:20?", clock_span("08:45", "14:20", 60))
date_item(
    "plain",
    "How many hours are there between 22:00 and 06:30 the next morning?",
    clock_span("22:00", "06:30", 3600),
)
date_item("plain", "What's the date 6 weeks after 22 November 2027?", D(2027, 11, 22) + TD(42))
date_item(
    "plain",
    "What ISO week number does 1 October 2028 fall in?",
    D(2028, 10, 1).isocalendar()[1],
)
date_item("plain", "How many Tuesdays are there in August 2028?", count_weekday(2028, 8, TUE))
date_item(
    "plain",
    "What is the date of the third Thursday in November 2027?",
    nth_weekday(2027, 11, THU, 3),
)
date_item(
    "plain",
    "How old will someone born on 9 July 1994 be on 1 March 2030?",
    age(D(1994, 7, 9), D(2030, 3, 1)),
)
date_item(
    "plain",
    "How many days from 31 December 2027 to 1 March 2028, counting both days?",
    days(D(2027, 12, 31), D(2028, 3, 1)) + 1,
)

# school timetables
date_item(
    "school",
    "At my kids' school the first bell is at 08:40 and the last bell at 15:25. How many minutes "
    "long is the school day?",
    clock_span("08:40", "15:25", 60),
)
date_item(
    "school",
    "Half term starts on Saturday 13 February 2027 and the children go back 9 days later. "
    "What date do they go back?",
    stated(D(2027, 2, 13), "Saturday") + TD(9),
)

# exam revision
date_item(
    "exam-revision",
    "I start revising on 2 March 2028 and my first exam is on 17 May 2028. How many days of "
    "revision do I get, counting the first day but not the exam day?",
    days(D(2028, 3, 2), D(2028, 5, 17)),
)
date_item(
    "exam-revision",
    "The maths exam is on 21 May 2027 — which day of the week is that?",
    weekday(D(2027, 5, 21)),
)

# event planning
date_item(
    "event-planning",
    "We're throwing the leaving party 40 days after 18 September 2027. What date is that?",
    D(2027, 9, 18) + TD(40),
)
date_item(
    "event-planning",
    "The wedding is on 9 September 2028 and the invitations should go out 10 weeks before. "
    "On what date should we send them?",
    D(2028, 9, 9) - TD(weeks=10),
)

# transit timetables
date_item(
    "transit",
    "The train leaves at 07:52 and arrives at 11:19. How long is the journey in minutes?",
    clock_span("07:52", "11:19", 60),
)
date_item(
    "transit",
    "The night bus departs at 23:35 and gets in at 05:05. How many hours is the trip?",
    clock_span("23:35", "05:05", 3600),
)

# medication schedules (times and counts stated; no dosing judgement)
date_item(
    "medication-schedule",
    "I've been prescribed 14 daily doses of antibiotics, the first one on 2 November 2027. "
    "On what date do I take the last dose?",
    D(2027, 11, 2) + TD(14 - 1),
)
date_item(
    "medication-schedule",
    "I took a painkiller at 06:15 and the next one at 14:45. How many hours apart were they?",
    clock_span("06:15", "14:45", 3600),
)

# gardening
date_item(
    "gardening",
    "Sowed the courgettes on 12 April 2027 and the packet says 55 days to the first harvest. "
    "What date is that?",
    D(2027, 4, 12) + TD(55),
)
date_item(
    "gardening",
    "Our last spring frost was on 14 April 2028 and the first autumn frost on 28 October 2028. "
    "How many days were there between the two?",
    days(D(2028, 4, 14), D(2028, 10, 28)),
)

# cooking
date_item(
    "cooking",
    "The turkey went into the oven at 10:40 and came out at 15:10. How many hours did it cook for?",
    clock_span("10:40", "15:10", 3600),
)

# cycling / running
date_item(
    "training-log",
    "My marathon is on Sunday 23 April 2028 and the training plan starts exactly 16 weeks "
    "before race day. What date does the plan start?",
    stated(D(2028, 4, 23), "Sunday") - TD(weeks=16),
)
date_item(
    "training-log",
    "I ran every single day from 1 July 2027 to 23 September 2027, both days included. How "
    "many days long is the streak?",
    days(D(2027, 7, 1), D(2027, 9, 23)) + 1,
)

# aviation / sailing
date_item(
    "aviation",
    "Logbook entry: chocks off at 09:25, chocks on at 12:07. How many minutes of block time "
    "is that?",
    clock_span("09:25", "12:07", 60),
)
date_item(
    "sailing",
    "Our Atlantic passage left on Tuesday 8 June 2027 and took 17 days. On what date did we "
    "make landfall?",
    stated(D(2027, 6, 8), "Tuesday") + TD(17),
)

# small-business bookkeeping
date_item(
    "bookkeeping",
    "An invoice is dated 19 March 2028 and payment is due 45 days after that. What's the due date?",
    D(2028, 3, 19) + TD(45),
)
date_item(
    "bookkeeping",
    "How many weekdays (Monday to Friday) are there from 1 April 2027 to 30 June 2027, both "
    "included? Ignore bank holidays.",
    weekdays_between(D(2027, 4, 1), D(2027, 6, 30)),
)

# customer service
date_item(
    "customer-service",
    "I ordered on 27 January 2028 and you promised delivery within 21 days of the order date. "
    "What's the latest date it should arrive?",
    D(2028, 1, 27) + TD(21),
)
date_item(
    "customer-service",
    "Your returns window is 28 days from the delivery date. Mine was delivered on 3 December "
    "2027 — what's the last day I can send it back?",
    D(2027, 12, 3) + TD(28),
)

# travel
date_item(
    "travel",
    "We fly out on Friday 1 September 2028 and come back on 16 September 2028. How many "
    "nights are we away?",
    days(stated(D(2028, 9, 1), "Friday"), D(2028, 9, 16)),
)

# terse / lower case
date_item(
    "terse",
    "days between 4 jul 2027 and 25 dec 2027",
    days(D(2027, 7, 4), D(2027, 12, 25)),
)
date_item("terse", "what day was 1 jan 2000", weekday(D(2000, 1, 1)))

# non-native English
date_item(
    "non-native",
    "Please which day of week is the 30 of November 2028?",
    weekday(D(2028, 11, 30)),
)
date_item(
    "non-native",
    "My son is born 23 of October 2018, how many years old he is on 1 of September 2027?",
    age(D(2018, 10, 23), D(2027, 9, 1)),
)

# long preamble
date_item(
    "long-preamble",
    "I'm organising my nan's 90th and the family group chat has been chaos — people arguing "
    "about venues, who's bringing what, whether the cousins are even coming. Putting all of "
    "that aside, her birthday is 6 March 2029. What day of the week will that be?",
    weekday(D(2029, 3, 6)),
)

# homework
date_item(
    "homework-help",
    "My daughter's homework asks how many days there are from 5 April 2027 to 5 April 2028. "
    "What's the answer?",
    days(D(2027, 4, 5), D(2028, 4, 5)),
)

# a numeric date with its format stated
date_item(
    "format-stated",
    "Dates in our booking system are DD/MM/YYYY. What weekday is 07/11/2027?",
    weekday(D(2027, 11, 7)),
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
        (U, "hi! quick one if you don't mind"),
        (A, "Of course, go ahead."),
        (
            U,
            (
                "helping my kid with long multiplication and i've completely forgotten how it "
                "goes — what is 405 × 23?"
            ),
        ),
    ],
    405 * 23,
    CALC_TOL,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "Thanks for the packing list earlier, it was really useful."),
        (A, "Glad it helped! Anything else?"),
        (U, "One more thing: what day of the week is 2 August 2028?"),
    ],
    weekday(D(2028, 8, 2)),
    None,
)


# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why does the moon look so much bigger when it's near the horizon?", None),
        ("Can you explain what a crop sensor actually does to the picture?", None),
        ("How does compound interest work, in simple terms?", None),
        ("Why do planes fly at around 35,000 feet rather than lower?", None),
        ("What's the difference between a knot and a mile per hour?", None),
        ("Why is a leap year needed at all?", None),
        ("Explain why bread dough needs to rest before baking.", None),
        ("What does kilowatt-hour actually mean on my electricity bill?", None),
        ("Why do marathon runners taper before a race?", None),
        ("How do sails let a boat go upwind?", None),
    ],
    "advice": [
        ("How should I plan my revision if I have six exams in three weeks?", None),
        ("I'm starting running at 45 — any tips so I don't get injured?", None),
        ("What's a sensible way to budget for a month of backpacking in Vietnam?", None),
        ("How can I cut my home energy use this winter without being cold?", None),
        ("My toddler refuses to eat vegetables, what can I try?", None),
        ("How do I deal with a customer who keeps asking for refunds?", None),
        ("Should I learn to knit on straight needles or circular ones?", None),
        ("What should I look for when buying a second-hand road bike?", None),
        ("How do I keep 60 party guests from all arriving at once?", None),
        ("Any advice for a first solo cross-country flight?", None),
    ],
    "writing": [
        ("Write a short thank-you note to my son's Year 4 teacher.", None),
        ("Draft a polite email to a customer whose parcel is delayed by a week.", None),
        ("Write a limerick about a cat who hates Mondays.", None),
        ("Can you write a toast for my parents' 40th wedding anniversary?", None),
        ("Give me a catchy name for a small bakery that sells sourdough.", None),
        ("Write a product description for a hand-knitted wool scarf.", None),
        ("Rewrite this to sound more professional: 'hey, your invoice is late again'", None),
        ("Compose a four-line poem about sailing at dawn.", None),
        ("Write an out-of-office reply for two weeks of holiday.", None),
        ("Draft a notice for the allotment gate asking people to close it.", None),
    ],
    "code": [
        ("Write a Python function that checks whether a string is a palindrome.", None),
        ("How do I read a CSV file into a pandas DataFrame?", None),
        ("Why does my JavaScript for loop print the same number five times?", None),
        ("Write a SQL query that finds customers with no orders.", None),
        ("What's the difference between a list and a tuple in Python?", None),
        ("How do I centre a div horizontally and vertically with CSS?", None),
        ("Write a bash one-liner that counts lines in all .txt files in a folder.", None),
        ("Explain what a race condition is with a small example.", None),
    ],
    "world-facts": [
        ("What's the capital of Mongolia?", None),
        ("Who was the first woman to fly solo across the Atlantic?", None),
        ("Which planet has the most moons?", None),
        ("What language is spoken in Brazil?", None),
        ("Who wrote 'The Old Man and the Sea'?", None),
        ("What is the national flower of Japan?", None),
        ("Which river flows through Budapest?", None),
        ("Who painted the ceiling of the Sistine Chapel?", None),
        ("What's the largest desert in the world?", None),
        ("Which country has the most time zones?", None),
    ],
    "live-info": [
        ("What's the weather going to be like in Lisbon this weekend?", None),
        ("Is the Piccadilly line running normally at the moment?", None),
        ("How much is one Bitcoin worth in sterling at the moment?", None),
        ("Who won the football last night?", None),
        ("Are there any train strikes planned this week?", None),
        ("What time does the Tesco on the high street close tonight?", None),
        ("What's the latest news on the election?", None),
        ("Is my flight BA 283 delayed?", None),
    ],
    "small-talk-numbers": [
        ("I just turned 40 and honestly it feels weird.", None),
        ("We lost 3-1 again on Saturday, I'm starting to lose hope lol", None),
        ("Finally hit 10,000 steps every day this week!", None),
        ("My sourdough starter is 2 years old now, it's basically a pet.", None),
        ("Only 5 more sleeps until the holidays and the kids are bouncing off the walls", None),
        ("I've knitted 12 hats for the charity drive so far, feeling proud", None),
        ("Got 78% on my mock, not bad but not great either", None),
        ("Our shop turned 10 years old this month 🎉", None),
    ],
    "hobby-howto": [
        ("When is the best time to prune an apple tree?", None),
        ("Why are the leaves on my tomato plants curling up?", None),
        ("How do I do a provisional cast-on?", None),
        ("What settings should I use to photograph fireworks?", None),
        ("How do I tie a bowline knot?", None),
        ("What's the best way to store dahlia tubers over winter?", None),
        ("How do I stop my sourdough from coming out dense?", None),
        ("How do I fix a dropped stitch a few rows down?", None),
        ("How do I practise crosswind landings safely?", None),
        ("How do I get a blurry background in portraits?", None),
    ],
    "translation": [
        ("Translate 'the train is twenty minutes late' into German.", None),
        ("How do you say 'thank you for your patience' in Japanese?", None),
        ("What does 'ne quittez pas' mean on the phone in French?", None),
        ("Translate 'two coffees and a croissant, please' into Italian.", None),
        ("What's the Spanish word for 'knitting needle'?", None),
        ("Translate this into Polish: 'Your order has been shipped.'", None),
    ],
    "reference-codes": [
        ("What does the washing symbol with a tub and two lines underneath mean?", None),
        ("My Bosch dishwasher shows E24, what does that mean?", None),
        ("What does squawk 7600 mean in aviation?", None),
        ("What does the 'Fragile' wine-glass symbol on a box stand for?", None),
        ("What's UN 1203 on a tanker's orange plate?", None),
        ("What does a flashing amber light on a Hive thermostat mean?", None),
    ],
    "opinion": [
        ("Recommend a good beginner's book about sailing.", None),
        ("Which is nicer for a winter city break, Prague or Vienna?", None),
        ("Is it worth buying a prime lens as a beginner photographer?", None),
        ("What's the best board game for a family of five?", None),
        ("Is merino or acrylic yarn better for a baby blanket?", None),
        ("What podcast should I listen to on a long run?", None),
    ],
    "riddles": [
        ("What has keys but can't open locks?", None),
        ("I'm tall when I'm young and short when I'm old. What am I?", None),
        ("What has a neck but no head?", None),
        ("What can you catch but not throw?", None),
    ],
    "plans-lists": [
        ("Make me a weekly chore rota for three kids aged 7, 10 and 13.", None),
        ("Give me ten ideas for a 7-year-old's birthday party.", None),
        ("Plan a three-day itinerary for Edinburgh.", None),
        ("Suggest a packing list for a week of sailing in Croatia.", None),
    ],
    # ------------------------------------------------------------------ hard ones
    "near-density": [
        ("How many grams is 2 cups of flour?", "needs a density (and a cup size)"),
        ("convert 500 ml of honey to grams", "volume to mass needs honey's density"),
        ("How much does a litre of olive oil weigh in pounds?", "needs the oil's density"),
        (
            "The recipe says 300 g of rice — how many millilitres is that?",
            "mass to volume needs a density",
        ),
    ],
    "near-exchange": [
        ("What's 250 euros in pounds?", "needs a live exchange rate"),
        ("convert 1,200 yen to US dollars", "needs a live exchange rate"),
        (
            "Our villa is 2,736 euros, how much is that in Australian dollars?",
            "needs a live exchange rate",
        ),
        ("How many dollars is £85?", "needs a live exchange rate"),
    ],
    "near-missing-number": [
        ("What's 20% off my basket total?", "the total is not given"),
        (
            "How many tiles do I need for my kitchen floor if each tile is 30 cm square?",
            "the floor size is not given",
        ),
        ("Split the restaurant bill between the 5 of us please.", "the bill is not given"),
        ("What was my average pace if I ran 10 km on Sunday?", "the time is not given"),
        (
            "How many kWh did my heater use this week at 3 hours a day?",
            "the heater's power is not given",
        ),
    ],
    "near-relative-today": [
        ("What date will it be 90 days from now?", "relative to an unstated today"),
        ("how many sleeps till christmas eve", "relative to an unstated today"),
        ("How old am I if I was born on 3 May 1990?", "needs today's date"),
        ("what date is the friday after next", "relative to an unstated today"),
        (
            "How many weeks is it until my exam on 17 May 2028?",
            "counts from an unstated today",
        ),
        ("what day of the week is it tomorrow", "relative to an unstated today"),
    ],
    "near-missing-anchor": [
        (
            "What date is 45 days after the invoice date?",
            "the invoice date is not given",
        ),
        ("How many nights is my hotel stay?", "neither date is given"),
        (
            "What day of the week does my birthday fall on in 2029?",
            "the birthday is not given",
        ),
        (
            "The returns window is 28 days from delivery — when's my last day?",
            "the delivery date is not given",
        ),
    ],
    "near-world-fact": [
        ("How far is it from London to Edinburgh in miles?", "a world fact, not a conversion"),
        (
            "How tall is the Elizabeth Tower (Big Ben) in metres?",
            "a world fact (height) to look up",
        ),
        ("When is Diwali in 2028?", "a lunisolar festival date to look up"),
        ("What date is Easter Sunday in 2029?", "movable feast; left out of positives"),
        ("What's the world record for the marathon, in minutes?", "a record to look up"),
        (
            "At what altitude in metres does a 737 usually cruise?",
            "world knowledge and an estimate",
        ),
    ],
    "near-estimate": [
        (
            "Roughly how long would it take to cycle from Paris to Amsterdam?",
            "an estimate needing world knowledge",
        ),
        ("About how many litres of water does a bath hold?", "an estimate"),
        (
            "How much will heating my house cost this winter?",
            "an estimate with nothing given",
        ),
    ],
    "near-method": [
        (
            "How do I convert Fahrenheit to Celsius in my head?",
            "asks for a method, not a value",
        ),
        (
            "Show me how to work out 15% of a number without a calculator.",
            "asks for a method",
        ),
        (
            "Explain step by step how to count the days between two dates.",
            "asks for a method",
        ),
        (
            "What's the formula for converting knots to km/h and why does it work?",
            "asks for a formula and an explanation",
        ),
    ],
    "near-check-working": [
        (
            "My son says 7 × 8 = 54 — can you explain to him where he went wrong?",
            "asks for an explanation of an error",
        ),
        (
            (
                "I worked out my 10k pace as 5:20 per km for a 53 minute run. Did I do it right, "
                "and what's the mistake if not?"
            ),
            "checking someone's working",
        ),
        (
            "Is my method right? To get 12% of 250 I did 250 / 12. Please explain.",
            "checking someone's method",
        ),
    ],
    "near-output-format": [
        ("Write 2027 in Roman numerals.", "output as Roman numerals"),
        ("Spell out 3,507 in words for a cheque.", "output as words"),
        ("How do you say 47 in French?", "output in another language"),
        ("Write the number 1,250,000 in words, British style.", "output as words"),
    ],
    "near-contested-unit": [
        ("Convert 3 pints to litres.", "US vs imperial pint"),
        ("How many cups are in a quart?", "US vs imperial and cup sizes"),
        ("Convert 2 tons to kilograms.", "short, long or metric ton"),
        ("What's 45 mpg in litres per 100 km?", "US vs imperial gallon"),
        ("How many kilojoules is 250 calories?", "calorie vs kilocalorie"),
        ("How many weeks are there in a month?", "a month has no fixed length"),
    ],
    "near-timezone": [
        ("When it's 3pm in Manchester, what time is it in Auckland?", "time zones and DST"),
        (
            (
                "My flight leaves New York at 18:00 and lands in London at 06:30. How long is the "
                "flight?"
            ),
            "the times are in different zones",
        ),
        (
            "What's 09:00 Pacific time in Berlin?",
            "time zones and DST",
        ),
    ],
    "near-ambiguous-date": [
        ("What day of the week is 04/06/2028?", "day/month order not stated"),
        (
            "How many days from 03/05/2027 to 10/11/2027?",
            "day/month order not stated",
        ),
        ("What date is 30 days after 02/08/2028?", "day/month order not stated"),
    ],
    "near-dosing": [
        (
            "How many ml of children's paracetamol should a 14 kg toddler have?",
            "medical dosing judgement",
        ),
        (
            "My dog weighs 30 kg, how much ibuprofen can I give him?",
            "veterinary dosing judgement (and a hazard)",
        ),
    ],
    "near-rules": [
        (
            "How much stamp duty would I pay on a £350,000 house?",
            "needs current tax bands",
        ),
        (
            "In rugby union, how many points is 3 tries, 2 conversions and a penalty?",
            "needs the scoring rules",
        ),
        (
            "How many days of annual leave am I entitled to if I work 3 days a week in the UK?",
            "needs statutory rules",
        ),
    ],
    "near-nominal": [
        ("What are the actual dimensions of a 2x4 in millimetres?", "nominal timber size"),
        ("A 6x4 photo print is how big in centimetres?", "nominal print size"),
    ],
    "near-embedded": [
        (
            "What's 15% of 80, and is it rude to tip less than that in the US?",
            "the second part needs the model",
        ),
        (
            "Convert 10 km to miles and then suggest an 8-week plan to run it.",
            "the plan needs the model",
        ),
        (
            "What day of the week is 5 June 2028, and what could we do for a picnic that day?",
            "the picnic ideas need the model",
        ),
    ],
}

for family, entries in NEG.items():
    for query, note in entries:
        if family.startswith("near-"):
            assert note, query
        extra = {"note": note} if note else {}
        add("negative", family, query, **extra)


def conv(family, turns, note):
    msgs = msgs_of(turns)
    add("negative", family, msgs[-1]["content"], messages=msgs, note=note)


# notation redefined in an earlier turn
conv(
    "conv-redefine",
    [
        (U, "For this puzzle game, the symbol x means add, not multiply."),
        (A, "Got it: x means addition here."),
        (U, "so what's 7 x 6?"),
    ],
    "x redefined as addition",
)
conv(
    "conv-redefine",
    [
        (U, "All the numbers in this chat are written in base 8, please."),
        (A, "Understood, I'll read them as octal."),
        (U, "ok, 17 + 25 = ?"),
    ],
    "octal fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Ich bin Deutscher: comma is my decimal mark and the dot separates thousands."),
        (A, "Okay, I'll read numbers that way."),
        (U, "what is 1.250 times 4?"),
    ],
    "dot is a thousands separator here",
)
conv(
    "conv-redefine",
    [
        (U, "In my lab notes, when I write % I actually mean per mille, out of 1000."),
        (A, "Noted, % means per mille in your notes."),
        (U, "So what is 35% of 6000?"),
    ],
    "% redefined as per mille",
)
conv(
    "conv-redefine",
    [
        (U, "I log swim splits as minutes.seconds, so 1.30 means one minute thirty."),
        (A, "Makes sense."),
        (U, "add 1.45 and 2.30 for me"),
    ],
    "minutes.seconds notation",
)
conv(
    "conv-redefine",
    [
        (U, "When I write a height like 5.10 I mean 5 feet 10 inches."),
        (A, "Understood."),
        (U, "Convert 5.10 to centimetres."),
    ],
    "feet.inches notation",
)
conv(
    "conv-redefine",
    [
        (U, "I'm sailing, so whenever I say miles I mean nautical miles."),
        (A, "Nautical miles it is."),
        (U, "How many km is 40 miles?"),
    ],
    "miles means nautical miles here",
)

# numbers fixed in earlier turns
conv(
    "conv-numbers-earlier",
    [
        (U, "Our village hall holds 180 people."),
        (A, "That's a good size for a community event."),
        (U, "What's 65% of capacity?"),
    ],
    "capacity given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "Our tariff is 24.5p per kWh on weekdays and 18p per kWh at weekends."),
        (A, "Thanks, I'll keep those rates in mind."),
        (U, "What did Saturday's 12 kWh cost?"),
    ],
    "rates given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "My bike wheel has a circumference of 2.1 m."),
        (A, "That's typical for a 700c road wheel."),
        (U, "How far have I gone after 1,500 turns of it?"),
    ],
    "circumference given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "Here's my pancake recipe: 200 g flour, 2 eggs, 300 ml milk. It serves 4."),
        (A, "Classic ratios!"),
        (U, "Can you scale that up so it feeds 10?"),
    ],
    "recipe given earlier; scaling several quantities",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "On our club course one pace is 0.8 m."),
        (A, "Okay."),
        (U, "How many metres is 150 paces?"),
    ],
    "pace length given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "The shop sells yarn at 6.40 a ball and I have a 15% loyalty discount."),
        (A, "Nice discount!"),
        (U, "how much for 9 balls then"),
    ],
    "price and discount given earlier",
)

# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "Multiply 24 by 17."),
        (A, "24 × 17 = 408."),
        (U, "Now divide that by 6."),
    ],
    "'that' is the earlier result",
)
conv(
    "conv-followup",
    [
        (U, "Convert 5 km to miles."),
        (A, "5 km is about 3.11 miles."),
        (U, "and a half marathon?"),
    ],
    "follow-up needs world knowledge and context",
)
conv(
    "conv-followup",
    [
        (U, "Our family holiday starts on 14 July 2028!"),
        (A, "How exciting!"),
        (U, "Which weekday does that land on?"),
    ],
    "the date is in an earlier turn",
)
conv(
    "conv-followup",
    [
        (U, "How many days between 1 March 2027 and 1 June 2027?"),
        (A, "92 days."),
        (U, "And in weeks, roughly?"),
    ],
    "follow-up on an earlier answer, approximate",
)

# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Answer everything in pirate speak and never use digits."),
        (U, "what's 13 times 11 then"),
    ],
    "persona and no-digits format",
)
conv(
    "conv-persona",
    [
        (U, "Please give all answers in words, not digits — it's for my son's worksheet."),
        (A, "Sure, I'll write numbers out in words."),
        (U, "What is 45 + 38?"),
    ],
    "answer must be in words",
)
conv(
    "conv-persona",
    [
        (S, "You are a maths tutor. Never give the final answer, only a hint."),
        (U, "What is 144 divided by 12?"),
    ],
    "tutor persona withholds the answer",
)
conv(
    "conv-persona",
    [
        (U, "Reply only in Spanish from now on, please."),
        (A, "¡Claro! Responderé solo en español."),
        (U, "How many miles is 30 km?"),
    ],
    "answer must be in Spanish",
)
conv(
    "conv-persona",
    [
        (U, "My daughter's teacher wants answers as mixed numbers, like 2 1/3."),
        (A, "Okay, mixed numbers."),
        (U, "What's 17 divided by 4?"),
    ],
    "mixed-number format required",
)
conv(
    "conv-persona",
    [
        (S, "Answer every question as a Shakespearean couplet."),
        (U, "How many days are there in a leap year?"),
    ],
    "verse format",
)

# units, date orders, working weeks, week numbering fixed earlier
conv(
    "conv-context",
    [
        (U, "I'm in the UK, so dates I type are day/month/year."),
        (A, "Noted."),
        (U, "What weekday is 03/04/2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "Our office writes dates month/day/year."),
        (A, "Okay, US order."),
        (U, "how many days from 02/03/2028 to 04/05/2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "Our shop only opens Tuesday to Saturday; those are our working days."),
        (A, "Got it."),
        (U, "How many working days are there from 3 May 2027 to 28 May 2027?"),
    ],
    "working week redefined",
)
conv(
    "conv-context",
    [
        (U, "At our school, week 1 is the week beginning 6 September 2027."),
        (A, "Okay."),
        (U, "Which week number is 15 November 2027 in?"),
    ],
    "school week numbering, not ISO",
)
conv(
    "conv-context",
    [
        (U, "I'm in America, so pints means US pints for me."),
        (A, "Understood, US customary units."),
        (U, "How many litres is 6 pints?"),
    ],
    "pint system fixed earlier; contested unit",
)
conv(
    "conv-context",
    [
        (U, "For this whole chat, temperatures I give are in Celsius unless I say otherwise."),
        (A, "Okay."),
        (U, "convert 30 for me"),
    ],
    "source unit fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "Our company's financial year starts on 1 July, and Q1 is July to September."),
        (A, "Thanks, I'll use that calendar."),
        (U, "Which quarter is 20 February 2028 in?"),
    ],
    "financial-year quarters fixed earlier",
)

# house rules of a game
conv(
    "conv-house-rules",
    [
        (U, "In our family rummy, aces count 15 and picture cards count 10."),
        (A, "Fun house rule!"),
        (U, "I'm holding two aces, a king and a 7. What's my hand worth?"),
    ],
    "card values set earlier",
)
conv(
    "conv-house-rules",
    [
        (U, "In our pub quiz a correct answer is 3 points and a wrong one loses 1."),
        (A, "Okay."),
        (U, "We got 14 right and 6 wrong, what's our score?"),
    ],
    "scoring rule set earlier",
)

# advice chat with numbers
conv(
    "conv-advice",
    [
        (U, "I'm training for my first 10k in 8 weeks."),
        (A, "Great goal! How many runs do you do a week?"),
        (U, "3 runs a week, about 4 km each. Is that enough?"),
    ],
    "asks for a judgement",
)
conv(
    "conv-advice",
    [
        (U, "I have 2,400 on a credit card at 22% and 1,000 in savings."),
        (A, "Thanks for sharing — what would you like to know?"),
        (U, "Should I use the 1,000 to pay part of the card off?"),
    ],
    "financial advice",
)
conv(
    "conv-advice",
    [
        (U, "We're catering for 60 at my daughter's christening."),
        (A, "Lovely! What kind of food are you thinking of?"),
        (U, "Would 3 kg of salmon be enough, or too much?"),
    ],
    "asks for a judgement",
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


NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


def _ambiguous_numeric_date(text):
    """True when a positive writes a date like 04/05/2028 without saying its order."""
    said = re.search(r"DD[/.-]MM|day/month|MM[/.-]DD|month/day", text)
    return not said and any(
        int(m.group(1)) <= 12 and int(m.group(2)) <= 12 for m in NUMERIC_DATE.finditer(text)
    )


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
    for label in ("positive:calculator", "positive:units", "positive:datetime"):
        plain = sum(1 for i in items if i["label"] == label and i["family"] == "plain")
        assert 13 <= plain <= 17, (label, plain)  # roughly a third plain and direct
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
            relative = r"\b(today|tonight's date|right now|from now|tomorrow|yesterday)\b"
            assert not re.search(relative, i["query"], re.IGNORECASE), i["id"]
            assert not _ambiguous_numeric_date(i["query"]), i["id"]
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
