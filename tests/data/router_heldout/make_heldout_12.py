"""Generate heldout-2026-12-15.jsonl: a twelfth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_11.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened; no other file was opened (the folder tests/data/router_heldout/ was
listed only to count the earlier generators); no JSONL file was opened, no git history was
looked at, no network was used, and neither the router nor the bench was ever run on this set.
Every query here is newly written by the author (none copied from make_heldout_11.py, none built
from its templates); `main()` asserts that every query is unique and that none equals
(case-insensitively, whitespace-normalised) a query or user turn of make_heldout.py,
make_heldout_2.py ... make_heldout_11.py, whose items are built in memory by importing those
generators (their queries are never printed, their JSONL files never read; on a clash only the
ids of THIS set's items are reported).

Registers (families) chosen for this set, deliberately different from set 11's (cooking for
crowds, gardening, small-business bookkeeping, travel budgeting, cycling/running logs,
photography, knitting, home energy, homework help, exam revision, event planning, customer
service, aviation, sailing, medication labels and schedules, school timetables, transit,
lower case, non-native English, long preambles, textbook one-liners):
  all three tools: plain and direct one-liners (about a third of each tool's positives),
    warehouse and logistics (pallet counts, shipping labels, stock rotation, bay shifts),
    construction and trades (slab volume turned into a bag count, tile counts, old imperial
    drawings, curing time), retail tills (change, stacked discounts, sale length),
    farming and livestock (milk yield, a ram's weight, hectares and acres, tupping to lambing,
    grazing season), metric-only home brewing and winemaking (ABV from gravities with the
    formula stated, priming sugar, mash temperature, hectolitres, conditioning time), astronomy
    club (light-seconds as plain arithmetic, magnification with its rule stated, overnight
    temperature, dark-sky weekend), sports statistics, esports and gaming (KDA with its formula
    stated, XP, install size, season dates), swimming and rowing (erg splits, relay totals,
    pool lengths, boat speed, training blocks), chess tournaments (games per event, round
    dates), library and publishing (royalties, trim size, loans,
    manuscript deadlines), real-estate listings (price per square metre, ceiling height,
    plot size in hectares, completion date; no result in a unit written with a power), classroom
    teachers (weighted mark, an answer key, weekdays in a term), nurses' shift handovers
    (fluid balance, temperature, weight for the chart, shift length, nights in hospital; no
    dosing judgement), wedding planning, moving house, pet sitting, volunteering rotas,
    science lab notebooks (percent yield, incubator kelvin, microlitres, culture hours), chat
    messages with typos, voice-assistant transcripts (numbers partly spoken as words),
    questions written as a request ("Please ..."), questions whose question comes first and
    the facts after, messages with a greeting and a sign-off around the question, one numeric
    date whose DD/MM/YYYY format is stated, and two harmless conversations.

Negatives (label "negative"): explanations, advice, writing tasks, code, world facts, live
information, small talk with numbers in it, how-tos for this set's registers, translation,
opinions and recommendations, riddles, plans and lists. Hard single-turn negatives (families
"near-...", each with a "note"), phrased almost like this set's positives: conversions needing
a density or an exchange rate, calculations with a number missing, dates missing their anchor
event, world facts (distances, heights, festival dates, course lengths), estimates, requests for
a method or formula, checking someone's working, output as words/Roman numerals/another
language, veterinary and medical dosing, rules knowledge (sport scoring, tenancy and working-
time law), exact questions embedded in a message that also needs the model for another part,
judgements about a number, a fair-split question needing interpretation, sizes that are
standards to look up, and code or spreadsheet formulas. Conversations (families "conv-...",
field "messages"; "query" repeats the last user turn; each with a "note"): notation redefined
earlier (XOR caret, base 2, decimal comma, rowing splits and clock times written with a dot, a
"/" redefined, a local stone), numbers or rates fixed in earlier turns, follow-ups on an
earlier answer, personas and output formats, date orders/working weeks/week numbering/season
years/default temperature scale fixed earlier, house rules of darts and a pub quiz, advice chat.
No negative here is negative only because of a contested unit reading or an unstated "today"
(those are policy questions, not routing ones); every negative needs the language model.

Left out entirely (their grading is contested): US vs imperial pints/cups/gallons/quarts/fluid
ounces/tablespoons, short/long tons, barrels, mpg, calories, horsepower, kB vs KiB (only the
binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs,
nominal sizes in positives, leap-day birthdays, all-numeric dates whose day and month are both
<= 12 (unless the format is stated; asserted), time zones and daylight saving in positives,
Easter and other movable feasts, and anything depending on the current date (no "now" or
"timezone" field is set; no positive needs a "today"; asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard items (why the item got its label).
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
    1 acre = 43 560 ft^2 = 4840 yd^2 (NIST Handbook 44, Appendix C; international foot; the
      US survey acre differs by about 4 parts per million, far inside the 1e-3 tolerance)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2 (3rd CGPM 1901; NIST SP 811 B.8),
      so 1 psi = 1 lbf / in^2 = 6894.757... Pa (NIST SP 811 B.8: 6.894 757 E+03 Pa)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (micro = 1e-6, milli = 1e-3, centi = 1e-2,
    hecto = 1e2, kilo = 1e3, mega = 1e6); T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5
    + 32; 1 min = 60 s, 1 h = 60 min, 1 d = 24 h; 1 W*h = 3600 J (so 1 kWh = 3.6 MJ);
    1 L = 1 dm^3; 1 ha = 10^4 m^2 (Table 8)
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; ISO 8601 week numbering
    (datetime.date.isocalendar); any other rule is stated in the query itself.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_12.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-15.jsonl"
PREFIX = "ho12-"
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
    "make_heldout_11.py",
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


assert num(F(18, 6)) == 3 and num(dec("0.3") * 3) == 0.9 and pct("12.5") == F(1, 8)
assert terminates(F(3, 160)) and not terminates(F(5, 12))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (15)
calc("plain", "What is 7,482 − 3,965?", 7482 - 3965)
calc("plain", "calculate 18% of 1,350", pct(18) * 1350)
calc("plain", "What's 96.4 × 2.5?", dec("96.4") * dec("2.5"))
calc("plain", "Divide 7,344 by 48.", F(7344, 48))
assert math.isqrt(2809) ** 2 == 2809
calc("plain", "What is the square root of 2,809?", math.isqrt(2809))
calc("plain", "3 to the 7th power", 3**7)
calc("plain", "What's 0.125 × 6,400?", dec("0.125") * 6400)
calc("plain", "Compute 45.6 + 78.95 + 102.3", dec("45.6") + dec("78.95") + dec("102.3"))
calc("plain", "what is 11 percent of 9,900", pct(11) * 9900)
calc("plain", "(250 − 38) ÷ 8 = ?", F(250 - 38, 8))
calc("plain", "What is 5/16 of 2,048?", F(5, 16) * 2048)
calc(
    "plain",
    "Average of 12.5, 17, 9.5 and 21?",
    (dec("12.5") + 17 + dec("9.5") + 21) / 4,
)
calc("plain", "How much is 1.08 to the power 2?", dec("1.08") ** 2)
calc("plain", "What's 64 squared plus 36 squared?", 64**2 + 36**2)
calc("plain", "Work out 3,375 divided by 0.25", 3375 / dec("0.25"))

# warehouse and logistics
calc(
    "warehouse",
    "Stock count for bay C: every pallet is stacked 6 layers high with 8 cartons per layer, "
    "and there are 37 full pallets. How many cartons is that in total?",
    6 * 8 * 37,
)

# construction and trades
calc(
    "construction",
    "Pouring a garage base 6 m long, 4 m wide and 0.125 m deep. The supplier reckons 8 bags "
    "of mix per cubic metre of concrete. How many bags is that?",
    6 * 4 * dec("0.125") * 8,
)
calc(
    "construction",
    "Tiling a shower wall that's 2.4 m by 1.8 m with 30 cm by 20 cm tiles, ignoring grout "
    "gaps and cuts. How many tiles exactly cover the wall?",
    dec("2.4") * dec("1.8") / (dec("0.30") * dec("0.20")),
)

# retail tills
calc(
    "retail-till",
    "Customer's total is 37.85 and they've handed me a 50 note and a 5 coin. How much change "
    "do I give back?",
    50 + 5 - dec("37.85"),
)
calc(
    "retail-till",
    "A jumper priced 48.00 is 25% off, and at the till there's a further 10% off the reduced "
    "price. What does the customer pay?",
    48 * (1 - pct(25)) * (1 - pct(10)),
)

# farming and livestock
calc(
    "farming",
    "We milk 142 cows and on Tuesday they averaged 27.5 litres each. How many litres went "
    "into the bulk tank?",
    142 * dec("27.5"),
)

# home brewing (metric only)
calc(
    "brewing",
    "Homebrew readings: original gravity 1.054, final gravity 1.012. Using ABV = (OG − FG) × "
    "131.25, what's the ABV?",
    (dec("1.054") - dec("1.012")) * dec("131.25"),
)
calc(
    "brewing",
    "Priming sugar goes in at 6.5 g per litre and the batch is 21 litres. How many grams do I "
    "weigh out?",
    dec("6.5") * 21,
)

# astronomy club
calc(
    "astronomy",
    "For the astronomy club quiz: light covers 299,792.458 km every second. How many km does "
    "it travel in 8.5 seconds?",
    dec("299792.458") * dec("8.5"),
)
calc(
    "astronomy",
    "Magnification is the telescope's focal length divided by the eyepiece's. My scope is "
    "1,000 mm and the eyepiece is 8 mm, so what magnification do I get?",
    F(1000, 8),
)

# sports statistics
calc(
    "sports-stats",
    "She's had 47 hits from 160 at-bats this season. What's her batting average as a decimal?",
    F(47, 160),
)

# esports and gaming
calc(
    "gaming",
    "Ranked match: 14 kills, 11 assists, 4 deaths. KDA is (kills + assists) / deaths — "
    "what's mine?",
    F(14 + 11, 4),
)
calc(
    "gaming",
    "I need 48,000 XP for the next level and each match gives 1,600 XP. How many matches is that?",
    F(48000, 1600),
)

# swimming and rowing
calc(
    "rowing-swimming",
    "Erg test: 2,000 m at an average split of 1:54 per 500 m. How many seconds did the whole "
    "piece take?",
    F(2000, 500) * (60 + 54),
)
calc(
    "rowing-swimming",
    "Swim gala relay legs: 31.42, 30.87, 32.05 and 29.96 seconds. What was the team's total "
    "time in seconds?",
    dec("31.42") + dec("30.87") + dec("32.05") + dec("29.96"),
)

# chess tournaments
calc(
    "chess",
    "Our chess congress has 56 players and 7 rounds, and everyone plays in every round with "
    "no byes. How many games are played over the whole event?",
    F(56, 2) * 7,
)

# library and publishing
calc(
    "publishing",
    "Royalty is 7.5% of the 12.99 cover price and we sold 4,200 copies. What do the royalties "
    "come to?",
    pct("7.5") * dec("12.99") * 4200,
)

# real-estate listings
calc(
    "real-estate",
    "The flat is listed at 412,500 for 75 square metres of floor space. What's the asking "
    "price per square metre?",
    F(412500, 75),
)

# classroom teachers
calc(
    "classroom",
    "Coursework counts 40% and the exam 60%. A pupil got 72 in coursework and 65 in the exam, "
    "both out of 100. What's the final weighted mark?",
    pct(40) * 72 + pct(60) * 65,
)

# nurses' shift handovers (no dosing judgement)
calc(
    "nursing",
    "Fluid balance for bed 4 this shift: intake 250 ml, 180 ml and 500 ml; output 400 ml and "
    "350 ml. What's the net balance in ml?",
    250 + 180 + 500 - 400 - 350,
)

# wedding planning
calc(
    "wedding",
    "We have 126 wedding guests and the round tables seat 9 each. How many tables does that fill?",
    F(126, 9),
)

# moving house
calc(
    "moving-house",
    "Van hire is 68 a day for 3 days plus 0.35 per mile, and the move is 240 miles. What's "
    "the total hire cost?",
    68 * 3 + dec("0.35") * 240,
)

# pet sitting
calc(
    "pet-sitting",
    "I charge 14 per visit, two visits a day, and the job is 11 days. What do I invoice?",
    14 * 2 * 11,
)

# volunteering rotas
calc(
    "volunteering",
    "Food bank weekend: 18 volunteers did 3.5 hours each on Saturday and 11 did 2.25 hours "
    "each on Sunday. How many volunteer hours is that altogether?",
    18 * dec("3.5") + 11 * dec("2.25"),
)

# science lab notebooks
calc(
    "lab-notebook",
    "Lab notebook: theoretical yield 4.8 g, actual yield 3.6 g. What's the percent yield?",
    dec("3.6") / dec("4.8") * 100,
)

# chat messages with typos
calc("typos", "whats 356 x 24 pls, my calcualtor died", 356 * 24)

# voice-assistant transcripts
calc("voice", "alexa what's twelve percent of eight hundred and fifty", pct(12) * 850)

# written as a request
calc("request", "Please work out 2,750 multiplied by 0.065 for me.", 2750 * dec("0.065"))

# question first, facts after
calc(
    "question-first",
    "How much does each of us owe? The cabin cost 1,140 for the weekend, firewood was 36, and "
    "there are 6 of us splitting everything equally.",
    F(1140 + 36, 6),
)

# greeting and sign-off
calc(
    "greeting",
    "Hi there! Quick sum for the club newsletter: 87 members paid 12.50 each for the "
    "Christmas meal. What's the total collected? Thanks so much, Jan",
    87 * dec("12.50"),
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
ACRE = 4840 * YD * YD  # m^2
HECTARE = F(10**4)  # m^2
G0 = dec("9.80665")  # m/s^2
PSI = LB * G0 / (IN * IN)  # Pa
KWH = F(3600000)  # J
MJ = F(10**6)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KNOT = NMI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - dec("273.15")


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(32) == 0 and c_to_f(100) == 212 and c_to_k(k_to_c(300)) == 300

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (15)
unit("plain", "Convert 42 km to miles", 42000 / MI)
unit("plain", "What is 68 °F in Celsius?", f_to_c(68), EXACT)
unit("plain", "How many pounds is 73 kg?", 73 / LB)
unit("plain", "convert 9 inches to millimetres", 9 * IN * 1000, EXACT)
unit("plain", "How many feet are in 1,250 metres?", 1250 / FT)
unit("plain", "What's 12 stone 6 lb in kilograms?", 12 * STONE + 6 * LB)
unit("plain", "Convert 15 °C to Fahrenheit", c_to_f(15), EXACT)
unit("plain", "How many kilometres per hour is 25 m/s?", 25 / KMH, EXACT)
unit("plain", "What is 300 K in Fahrenheit?", c_to_f(k_to_c(300)), EXACT)
unit("plain", "Convert 45 MJ to kWh", 45 * MJ / KWH, EXACT)
unit("plain", "How many grams are in 3 ounces?", 3 * OZ * 1000)
unit("plain", "800 metres in yards", 800 / YD)
unit("plain", "65 miles per hour is how many km/h?", 65 * MPH / KMH)
unit("plain", "How many KiB are in 3 MiB?", 3 * MIB / KIB, EXACT)
unit("plain", "How many centilitres in 0.75 litres?", dec("0.75") * 100, EXACT)

# warehouse and logistics
unit(
    "warehouse",
    "The shipping label for our US customer wants the weight in pounds. The carton weighs "
    "18.6 kg — what's that in lb?",
    dec("18.6") / LB,
)

# construction and trades
unit(
    "construction",
    "The old drawings give the beam span as 14 ft 6 in. What is that in metres?",
    14 * FT + 6 * IN,
    EXACT,
)
unit(
    "construction",
    "The joiner's tape is inches only and the gap measures 835 mm. How many inches is that?",
    F(835, 1000) / IN,
)

# farming and livestock
unit("farming", "Our farm is 240 hectares. How many acres is that?", 240 * HECTARE / ACRE)
unit(
    "farming",
    "The Texel ram weighed in at 96 kg at the county show. What's that in pounds?",
    96 / LB,
)

# home brewing and winemaking (metric only)
unit(
    "brewing",
    "Mash temperature should be 66 °C but my old thermometer reads Fahrenheit. What should it "
    "show?",
    c_to_f(66),
    EXACT,
)
unit(
    "brewing",
    "Winemaking log: the demijohns add up to 0.23 hectolitres. How many litres is that?",
    dec("0.23") * 100,
    EXACT,
)

# astronomy club
unit(
    "astronomy",
    "The star party forecast says it'll drop to 23 °F overnight. What's that in Celsius?",
    f_to_c(23),
    EXACT,
)

# sports statistics
unit(
    "sports-stats",
    "The quarterback threw for 4,380 yards this season. How many kilometres is that?",
    4380 * YD / 1000,
    EXACT,
)

# esports and gaming
unit(
    "gaming",
    "The game's install size is 96 GiB. How many MiB is that?",
    96 * GIB / MIB,
    EXACT,
)

# swimming and rowing
unit(
    "rowing-swimming",
    "Our hotel pool is 25 yards long. How many metres is one length?",
    25 * YD,
    EXACT,
)
unit(
    "rowing-swimming",
    "The coxless four hit 5.2 m/s in the final sprint. What's that in km/h?",
    dec("5.2") / KMH,
    EXACT,
)

# library and publishing
unit(
    "publishing",
    "The printer's spec sheet says the book is trimmed to 6 inches wide. How many "
    "centimetres is that?",
    6 * IN * 100,
    EXACT,
)

# real-estate listings
unit(
    "real-estate",
    "The listing says the ceilings are 9 ft high. What's that in metres?",
    9 * FT,
    EXACT,
)
unit(
    "real-estate",
    "The plot for sale is 0.75 acres. How many hectares is that?",
    dec("0.75") * ACRE / HECTARE,
)

# classroom teachers
unit(
    "classroom",
    "Year 7 worksheet answer key: how many millimetres are there in 0.36 m?",
    dec("0.36") * 1000,
    EXACT,
)

# nurses' shift handovers (no dosing judgement)
unit(
    "nursing",
    "At handover the patient's temperature was 38.4 °C and the family asked what that is in "
    "Fahrenheit. What is it?",
    c_to_f(dec("38.4")),
    EXACT,
)
unit(
    "nursing",
    "New admission says she weighs 11 stone 2 lb, but the chart needs kilograms. What's that "
    "in kg?",
    11 * STONE + 2 * LB,
)

# wedding planning
unit(
    "wedding",
    "The marquee company says the tent is 40 ft wide. How many metres is that?",
    40 * FT,
    EXACT,
)

# moving house
unit(
    "moving-house",
    "Moving day worry: the sofa is 88 inches long. What's 88 inches in metres?",
    88 * IN,
    EXACT,
)

# pet sitting
unit(
    "pet-sitting",
    "The labrador I'm minding weighs 62 lb according to the owner. What's that in kg?",
    62 * LB,
)

# volunteering
unit(
    "volunteering",
    "Our charity walk is 13 miles. How far is that in km?",
    13 * MI / 1000,
    EXACT,
)

# science lab notebooks
unit(
    "lab-notebook",
    "The incubator is set to 37 °C. What is that in kelvin?",
    c_to_k(37),
    EXACT,
)
unit(
    "lab-notebook",
    "I pipetted 0.025 L into the flask. How many microlitres is that?",
    dec("0.025") * 10**6,
    EXACT,
)

# chat messages with typos
unit("typos", "hw many kilos is 145 pounds plz", 145 * LB)

# voice-assistant transcripts
unit(
    "voice",
    "hey google convert seventy five degrees fahrenheit to celsius",
    f_to_c(75),
)

# written as a request
unit("request", "Please convert 2.5 nautical miles to metres.", dec("2.5") * NMI, EXACT)

# question first, facts after
unit(
    "question-first",
    "What's this in km/h? The wind gauge on the boat shed is showing 22 knots.",
    22 * KNOT / KMH,
    EXACT,
)

# greeting and sign-off
unit(
    "greeting",
    "Morning! Bit of a random one — our tyre gauge reads 32 psi. What is that in kPa? Cheers, Dev",
    32 * PSI / 1000,
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


def moment_span(a, b, unit_s):
    """Between two datetimes, in units of unit_s seconds."""
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(1976, 7, 4)) == "Sunday" and age(D(1987, 11, 28), D(2031, 6, 15)) == 43
assert nth_weekday(2028, 5, MON, -1) == D(2028, 5, 29)
assert clock_span("21:30", "07:00", 3600) == F(19, 2)
assert weekdays_between(D(2028, 1, 3), D(2028, 1, 9)) == 5
assert count_weekday(2027, 10, SAT) == 5


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


# plain and direct (15)
date_item("plain", "What day of the week is 19 October 2027?", weekday(D(2027, 10, 19)))
date_item(
    "plain",
    "How many days are there from 11 January 2028 to 23 September 2028?",
    days(D(2028, 1, 11), D(2028, 9, 23)),
)
date_item("plain", "What date is 150 days after 15 March 2027?", D(2027, 3, 15) + TD(150))
date_item("plain", "What was the date 90 days before 2 February 2029?", D(2029, 2, 2) - TD(90))
date_item(
    "plain",
    "How many weeks are there between 4 January 2027 and 29 March 2027?",
    F(days(D(2027, 1, 4), D(2027, 3, 29)), 7),
)
date_item("plain", "How many days does February 2030 have?", calendar.monthrange(2030, 2)[1])
date_item("plain", "Which weekday was 4 July 1976?", weekday(D(1976, 7, 4)))
date_item("plain", "How many minutes from 09:20 to 17:05?", clock_span("09:20", "17:05", 60))
date_item(
    "plain",
    "How many hours from 21:30 to 07:00 the following morning?",
    clock_span("21:30", "07:00", 3600),
)
date_item(
    "plain", "What is the date 9 weeks after 30 December 2027?", D(2027, 12, 30) + TD(weeks=9)
)
date_item(
    "plain",
    "Which ISO week is 28 February 2029 in?",
    D(2029, 2, 28).isocalendar()[1],
)
date_item("plain", "How many Saturdays are in October 2027?", count_weekday(2027, 10, SAT))
date_item("plain", "What's the date of the last Monday in May 2028?", nth_weekday(2028, 5, MON, -1))
date_item(
    "plain",
    "How old is a person born on 28 November 1987 on 15 June 2031?",
    age(D(1987, 11, 28), D(2031, 6, 15)),
)
date_item(
    "plain",
    "What day of the year is 1 August 2028?",
    D(2028, 8, 1).timetuple().tm_yday,
)

# warehouse and logistics
date_item(
    "warehouse",
    "A pallet was booked into the warehouse on 17 January 2028, and the system flags stock 60 "
    "days after booking-in. On what date will it be flagged?",
    D(2028, 1, 17) + TD(60),
)
date_item(
    "warehouse",
    "The loading bay night shift runs from 22:15 to 06:45. How many hours is that?",
    clock_span("22:15", "06:45", 3600),
)

# construction and trades
date_item(
    "construction",
    "The slab was poured on Thursday 9 September 2027 and needs 28 days to cure. What date "
    "is it fully cured?",
    stated(D(2027, 9, 9), "Thursday") + TD(28),
)

# retail tills
date_item(
    "retail-till",
    "Our winter sale runs from 27 December 2027 to 16 January 2028, both days included. How "
    "many days is the sale on for?",
    days(D(2027, 12, 27), D(2028, 1, 16)) + 1,
)

# farming and livestock
date_item(
    "farming",
    "The ewes were tupped on 5 October 2027 and we count 147 days of gestation. What date is "
    "lambing due?",
    D(2027, 10, 5) + TD(147),
)
date_item(
    "farming",
    "The cows went out to grass on 12 April 2028 and came back in on 3 November 2028. How "
    "many days is that?",
    days(D(2028, 4, 12), D(2028, 11, 3)),
)

# home brewing
date_item(
    "brewing",
    "I bottled my stout on 14 November 2027 and it needs 3 weeks to condition. What date can "
    "I open the first bottle?",
    D(2027, 11, 14) + TD(weeks=3),
)

# astronomy club
date_item(
    "astronomy",
    "Our dark-sky weekend is always the second Saturday of March. What date is that in 2028?",
    nth_weekday(2028, 3, SAT, 2),
)

# sports statistics
date_item(
    "sports-stats",
    "The league season opens on Sunday 8 August 2027 and the final is on Sunday 21 May "
    "2028. How many weeks apart are they?",
    F(days(stated(D(2027, 8, 8), "Sunday"), stated(D(2028, 5, 21), "Sunday")), 7),
)

# esports and gaming
date_item(
    "gaming",
    "Season 9 of the game starts on 16 February 2028 and season 10 starts exactly 84 days "
    "later. What's the date season 10 starts?",
    D(2028, 2, 16) + TD(84),
)

# swimming and rowing
date_item(
    "rowing-swimming",
    "The head race is on Saturday 18 March 2028 and our crew's training block starts 10 weeks "
    "before it. What date does the block start?",
    stated(D(2028, 3, 18), "Saturday") - TD(weeks=10),
)

# chess tournaments
date_item(
    "chess",
    "Round 1 of our chess league is on Wednesday 13 October 2027 and the rounds are 14 days "
    "apart. What date is round 6?",
    stated(D(2027, 10, 13), "Wednesday") + TD(14 * 5),
)

# library and publishing
date_item(
    "publishing",
    "A book was borrowed on 29 November 2027 and is due back 21 days after the borrowing "
    "date. What's the due date?",
    D(2027, 11, 29) + TD(21),
)
date_item(
    "publishing",
    "I start writing on 6 March 2028 and the manuscript deadline is 30 June 2028. How many "
    "days do I have, counting the start day but not the deadline day?",
    days(D(2028, 3, 6), D(2028, 6, 30)),
)

# real-estate
date_item(
    "real-estate",
    "Contracts were exchanged on 11 August 2028 and completion is 28 days later. What's the "
    "completion date?",
    D(2028, 8, 11) + TD(28),
)

# classroom teachers
date_item(
    "classroom",
    "Spring term runs from 5 January 2028 to 31 March 2028. How many weekdays, Monday to "
    "Friday, are in that range with both ends included? Ignore bank holidays.",
    weekdays_between(D(2028, 1, 5), D(2028, 3, 31)),
)

# nurses' shift handovers
date_item(
    "nursing",
    "Night shift runs 19:45 to 08:15. How many hours is that?",
    clock_span("19:45", "08:15", 3600),
)
date_item(
    "nursing",
    "The patient was admitted on 3 February 2028 and discharged on 24 February 2028. How many "
    "nights did she spend on the ward?",
    days(D(2028, 2, 3), D(2028, 2, 24)),
)

# wedding planning
date_item(
    "wedding",
    "The wedding is on Saturday 16 September 2028 and the venue wants final numbers 6 weeks "
    "before. What date is that?",
    stated(D(2028, 9, 16), "Saturday") - TD(weeks=6),
)

# moving house
date_item(
    "moving-house",
    "We get the keys on 14 March 2028 and the removal firm comes 19 days after that. What "
    "date is the removal?",
    D(2028, 3, 14) + TD(19),
)

# pet sitting
date_item(
    "pet-sitting",
    "I'm house and pet sitting from 20 December 2027 to 3 January 2028. How many nights is that?",
    days(D(2027, 12, 20), D(2028, 1, 3)),
)

# volunteering rotas
date_item(
    "volunteering",
    "The food bank rota repeats every 3 weeks. I'm on duty on Sunday 7 November 2027 — what's "
    "the date of my fourth duty after that one?",
    stated(D(2027, 11, 7), "Sunday") + TD(weeks=3 * 4),
)

# science lab notebooks
date_item(
    "lab-notebook",
    "Cell culture started at 09:40 on 3 May 2028 and was harvested at 15:10 on 5 May 2028. "
    "How many hours did it grow?",
    moment_span(dt.datetime(2028, 5, 3, 9, 40), dt.datetime(2028, 5, 5, 15, 10), 3600),
)

# chat messages with typos
date_item("typos", "wat day of teh week is 2 feb 2029", weekday(D(2029, 2, 2)))

# voice-assistant transcripts
date_item(
    "voice",
    "hey siri how many days is it from the fifteenth of november twenty twenty seven to "
    "christmas day twenty twenty seven",
    days(D(2027, 11, 15), D(2027, 12, 25)),
)

# written as a request
date_item(
    "request",
    "Please tell me the date 13 weeks after 2 October 2028.",
    D(2028, 10, 2) + TD(weeks=13),
)

# question first, facts after
date_item(
    "question-first",
    "Which day of the week will the party be on? It's booked for 11 November 2028.",
    weekday(D(2028, 11, 11)),
)

# greeting and sign-off
date_item(
    "greeting",
    "Hello! Our book club meets on the first Tuesday of every month. What date is the "
    "February 2029 meeting? Thanks, Priya",
    nth_weekday(2029, 2, TUE, 1),
)

# a numeric date with its format stated
date_item(
    "format-stated",
    "Our volunteer rota writes dates as DD/MM/YYYY. How many days are there from 06/04/2028 "
    "to 09/05/2028?",
    days(D(2028, 4, 6), D(2028, 5, 9)),
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
    "positive:units",
    "conv-harmless",
    [
        (U, "Thanks for the help with the removal checklist earlier!"),
        (A, "You're welcome. Anything else for the move?"),
        (U, "Yes — the new bedroom is listed as 3.6 m wide. How many feet is that?"),
    ],
    dec("3.6") / FT,
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "Good evening, I'm sorting out the chess club calendar."),
        (A, "Happy to help. What do you need?"),
        (U, "What weekday is 27 February 2029?"),
    ],
    weekday(D(2029, 2, 27)),
    None,
)


# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why does a rowing boat go faster with a longer stroke rate at the start?", None),
        ("How does a dairy cow's milk yield change over a lactation?", None),
        ("Why does beer need a secondary fermentation in the bottle to get fizzy?", None),
        ("Explain what a Swiss-system chess tournament is.", None),
        ("Why do stars twinkle but planets mostly don't?", None),
        ("What does an estate agent mean by 'chain free'?", None),
        ("How does concrete actually harden — is it just drying out?", None),
        ("Why do warehouses use FIFO for perishable stock?", None),
        ("Explain the difference between a lease and a freehold.", None),
        ("What is the point of a fluid balance chart on a ward?", None),
        ("Why are swimming pools for racing often 50 metres long?", None),
        ("How does an ISBN check digit work?", None),
    ],
    "advice": [
        ("How do I keep my labrador calm while the owners are away for a week?", None),
        ("What's the best way to pack a kitchen when moving house?", None),
        ("My first batch of homebrew tastes a bit like cider. What did I do wrong?", None),
        ("How can I get better at chess endgames without a coach?", None),
        ("Tips for a nervous new nurse on her first night shift?", None),
        ("How do I stop my Year 9 class talking over each other?", None),
        ("How can I make volunteers at our food bank feel appreciated?", None),
        ("How should I prepare for a 2k erg test mentally?", None),
        ("What should I ask when viewing a flat to rent?", None),
        ("How do I stop losing my cool in ranked matches?", None),
        ("What's a good way to train a new till operator quickly?", None),
        ("How do I choose a first telescope for a 10-year-old?", None),
    ],
    "writing": [
        ("Write a short welcome speech for new volunteers at a food bank.", None),
        ("Draft a listing description for a two-bed flat with a balcony and river view.", None),
        ("Write a funny best-man opening line that won't offend the bride's family.", None),
        ("Compose a haiku about a frosty night at the telescope.", None),
        ("Write a polite note to a neighbour asking them to move their car on moving day.", None),
        ("Write a blurb for a cosy mystery set in a village library.", None),
        ("Draft a reminder email to parents about the school trip consent forms.", None),
        ("Write a short poem for a retiring ward sister.", None),
        ("Create a tagline for a small craft brewery called Hopworks.", None),
        ("Write a handover message for the pet owners describing how the week went.", None),
        ("Write a motivational message for my rowing crew before the regatta.", None),
        ("Draft a complaint to a builder whose patio is cracking after two months.", None),
    ],
    "code": [
        ("Write a Python class for a warehouse bin with add and remove methods.", None),
        ("How do I sort a list of dictionaries by a key in Python?", None),
        ("Write a regex that matches a UK postcode.", None),
        ("Explain what a Python generator is and when to use one.", None),
        ("How do I make a git branch and push it to GitHub?", None),
        ("Write a JavaScript function that shuffles an array.", None),
        ("Why does my SQL GROUP BY query complain about a column not in the aggregate?", None),
        ("Write a Rust function that reads a file into a string.", None),
    ],
    "world-facts": [
        ("Who was the first women's world chess champion?", None),
        ("Which breed of sheep is most common in Wales?", None),
        ("Who discovered Uranus?", None),
        ("Which country won the first Rugby World Cup?", None),
        ("Who wrote 'Middlemarch'?", None),
        ("What is the Dewey decimal class for history?", None),
        ("Which city hosted the 1908 Olympic Games?", None),
        ("What grape is Chablis made from?", None),
        ("Who designed the Sydney Opera House?", None),
        ("What is the largest moon of Saturn?", None),
    ],
    "live-info": [
        ("Are there any clear skies forecast for Northumberland this weekend?", None),
        ("What's the current price of barley per tonne?", None),
        ("Who's top of the Premier League at the moment?", None),
        ("Is the M6 busy near Birmingham right now?", None),
        ("What are mortgage rates doing this week?", None),
        ("Has the new season of the game dropped yet?", None),
        ("What's the score in the cricket?", None),
        ("Is the library on Park Road open this evening?", None),
    ],
    "small-talk-numbers": [
        ("Our crew finally broke 7 minutes for the 2k, I'm buzzing!", None),
        ("Just lambed our 200th ewe of the season, shattered doesn't cover it", None),
        ("Moved into flat number 42 last week, still surrounded by boxes", None),
        ("Hit 1,500 rating in rapid chess after two years of trying 😅", None),
        ("Three night shifts in a row and now I can't sleep at 11pm, typical", None),
        ("We've got 126 people coming to the wedding and I already feel faint", None),
        ("Saw Saturn's rings through a 70 mm scope for the first time tonight!", None),
        ("My 12 litre batch of cider is bubbling away nicely", None),
        ("Spent 9 hours on the till Saturday, my feet are gone", None),
        ("Got 14 out of 20 on the pub quiz, the music round killed us", None),
    ],
    "howto": [
        ("How do I build a simple raised timber deck on uneven ground?", None),
        ("How do I sanitise brewing equipment without bleach?", None),
        ("How do I set up a round-robin schedule for a small chess club?", None),
        ("How do I collimate a Newtonian telescope?", None),
        ("How do I feather the blade properly when sculling?", None),
        ("How do I bottle-feed an orphan lamb?", None),
        ("How do I grout tiles neatly?", None),
        ("How do I laminate a flip turn in freestyle? I keep getting water up my nose.", None),
        ("How do I catalogue donated books for a small community library?", None),
        ("How do I wrap fragile glasses for a house move?", None),
    ],
    "translation": [
        ("Translate 'the lambs were born overnight' into Welsh.", None),
        ("How do you say 'checkmate' in Russian?", None),
        ("Translate 'please mind the wet floor' into Portuguese.", None),
        ("What does 'Gemütlichkeit' mean in English?", None),
        ("Translate 'the flat has two bedrooms and a garden' into Spanish.", None),
        ("How do you say 'congratulations on your wedding' in Korean?", None),
    ],
    "opinion": [
        ("Which is more fun to watch, snooker or darts?", None),
        ("Is The Queen's Gambit a realistic depiction of chess?", None),
        ("Should our wedding have a cake or a dessert table?", None),
        ("Which is the better first pet for a flat, a cat or a rabbit?", None),
        ("Recommend a good beginner's book on astronomy.", None),
        ("Is it worth getting a survey on a new-build house?", None),
    ],
    "riddles": [
        ("What runs all the way round the field without ever moving?", None),
        ("What has many pages but isn't a book you can read?", None),
        ("The more you take, the more you leave behind. What are they?", None),
    ],
    "plans-lists": [
        ("Make a moving-house checklist for the week before the move.", None),
        ("Plan a 6-week couch-to-2k programme for a novice rowing squad.", None),
        ("Give me ideas for a themed star-gazing night for Scouts.", None),
    ],
    # ------------------------------------------------------------------ hard ones
    "near-density": [
        ("How many kilograms does 20 litres of diesel weigh?", "needs diesel's density"),
        ("Convert 750 ml of maple syrup to grams.", "volume to mass needs a density"),
        ("What's 5 kg of dry sand in litres?", "mass to volume needs a density"),
        ("How many litres is a 25 kg sack of wheat?", "needs the grain's bulk density"),
    ],
    "near-exchange": [
        ("What's 1,500 Swiss francs in euros?", "needs a live exchange rate"),
        ("convert 89.99 dollars to pounds for me", "needs a live exchange rate"),
        ("How many rupees is 250 US dollars?", "needs a live exchange rate"),
        (
            "The villa on the Algarve is listed at 412,500 euros — what's that in sterling?",
            "needs a live exchange rate",
        ),
    ],
    "near-missing-number": [
        (
            "How many of our cartons fit in a 40 ft container?",
            "the carton size is not given",
        ),
        ("What's the VAT on this invoice at 20%?", "the invoice amount is not given"),
        ("How many bags of concrete do I need for my patio?", "no dimensions or bag size"),
        (
            "What's my batting average if I've had 47 hits this year?",
            "the number of at-bats is not given",
        ),
        (
            "How much change should I give if they paid with a 50?",
            "the total owed is not given",
        ),
        (
            "The tank collected 3,905 litres — what was the yield per cow?",
            "the number of cows is not given",
        ),
    ],
    "near-missing-anchor": [
        (
            "What date is lambing due if gestation is 147 days?",
            "the tupping date is not given",
        ),
        (
            "When is my library book due back if the loan is 3 weeks?",
            "the borrowing date is not given",
        ),
        (
            "How many nights was I on the ward if I was discharged on 24 February 2028?",
            "the admission date is not given",
        ),
        (
            "What day of the week is completion if it's 28 days after exchange?",
            "the exchange date is not given",
        ),
    ],
    "near-world-fact": [
        ("How far is the Moon from the Earth in kilometres?", "a world fact, not a conversion"),
        (
            "How many minutes does sunlight take to reach the Earth?",
            "needs the Sun's distance (world knowledge)",
        ),
        (
            "How long is an Olympic rowing course in miles?",
            "needs the course length (world fact) before any conversion",
        ),
        ("What date is Chinese New Year in 2029?", "a lunisolar festival date to look up"),
        (
            "How high above sea level is Lake Titicaca, in feet?",
            "a world fact (altitude) to look up",
        ),
        (
            "What was the date of the first Moon landing, and what weekday was it?",
            "the date is a world fact to recall",
        ),
    ],
    "near-estimate": [
        (
            "Roughly how many bricks do I need for a 10 metre garden wall?",
            "an estimate needing height, bond and brick size",
        ),
        (
            "About how long does it take to drive a removal van from Bristol to Glasgow?",
            "an estimate needing world knowledge",
        ),
        (
            "If I invite 150 people to the wedding, how many will actually turn up?",
            "an estimate from experience",
        ),
        ("Roughly how much milk does a dairy cow give per day?", "an estimate from knowledge"),
    ],
    "near-method": [
        (
            "How do I work out my average 500 m split from my total 2k time?",
            "asks for a method, not a value",
        ),
        (
            "What's the formula for ABV from gravity readings, and why the 131.25?",
            "asks for a formula and an explanation",
        ),
        (
            "Teach my class a quick trick for multiplying two-digit numbers by 11.",
            "asks for a method to teach",
        ),
        (
            "How can I work out the day of the week for any date in my head?",
            "asks for a method",
        ),
    ],
    "near-check-working": [
        (
            "A pupil wrote 3/4 + 2/5 = 5/9. How do I explain the mistake kindly?",
            "asks for an explanation of an error",
        ),
        (
            "I reckoned 126 guests at tables of 9 needs 15 tables. Where did I go wrong?",
            "checking someone's reasoning",
        ),
        (
            (
                "My fluid balance came out at +240 but the charge nurse says it's wrong. What are "
                "the usual mistakes when totting these up?"
            ),
            "asks about errors in someone's working",
        ),
        (
            (
                "Is it true that 20% off followed by a 20% price rise gets you back to the "
                "original price? Explain why or why not."
            ),
            "asks for an explanation",
        ),
    ],
    "near-output-format": [
        ("Write 1,776 in Roman numerals for the plaque.", "output as Roman numerals"),
        ("Write 4,091.85 in words for a cheque.", "output as words"),
        ("How do you write the number 18 in Welsh?", "output in another language"),
        (
            "How would a Spanish speaker read the year 2028 aloud?",
            "output in another language",
        ),
    ],
    "near-dosing": [
        ("How much wormer paste should I give a 450 kg horse?", "veterinary dosing judgement"),
        (
            "The ewe weighs 70 kg — how many ml of antibiotic injection does she need?",
            "veterinary dosing judgement",
        ),
        (
            "How many mg of melatonin can a 9-year-old safely take?",
            "medical dosing judgement",
        ),
    ],
    "near-rules": [
        (
            "In cricket, how many runs is a no-ball that the batter hits for four?",
            "needs the scoring rules",
        ),
        (
            "How many league points does a team get for a bonus-point win in rugby union?",
            "needs the competition rules",
        ),
        (
            "How many days' notice must a private landlord give in Scotland?",
            "needs tenancy law",
        ),
        (
            "What's the maximum average weekly working time for a nurse under UK law, in hours?",
            "needs working-time rules",
        ),
        (
            "In ten-pin bowling, what does a strike followed by a 7 and a 2 score for that frame?",
            "needs the scoring rules",
        ),
    ],
    "near-embedded": [
        (
            "What's 18% of 1,350, and how do I explain percentages to a 10-year-old?",
            "the explanation needs the model",
        ),
        (
            "Convert 96 kg to pounds and tell me whether that's heavy for a Texel ram.",
            "the judgement needs the model",
        ),
        (
            "What weekday is 16 September 2028, and is that a good day for a wedding?",
            "the opinion needs the model",
        ),
        (
            (
                "Work out the ABV from OG 1.054 and FG 1.012 using the 131.25 rule and suggest a "
                "name for the beer."
            ),
            "the naming needs the model",
        ),
        (
            (
                "How many minutes are there between 07:30 and 16:00, and what breaks are "
                "builders entitled to?"
            ),
            "the entitlement needs the model",
        ),
        (
            (
                "Convert 9 feet to metres and tell me if that's a normal ceiling height in a "
                "Victorian terrace."
            ),
            "the judgement needs the model",
        ),
    ],
    "near-judgement": [
        (
            "Is 5,500 per square metre a fair price for a flat in central Lisbon?",
            "a market judgement",
        ),
        ("My KDA is 6.25 — is that good for a support player?", "a judgement"),
        ("Is 27.5 litres a day a good yield for a Holstein?", "a judgement"),
        ("Is a 12.5% wine too strong for the wedding toast?", "an opinion"),
        (
            "We have 126 guests over 14 tables — should the kids sit at their own table?",
            "an etiquette judgement",
        ),
    ],
    "near-interpretation": [
        (
            (
                "The cabin cost 1,176 for two nights and two of our six only came for one night. "
                "What's a fair way to split it?"
            ),
            "fairness needs interpretation and a choice of method",
        ),
        (
            "How many matches would I need to win to get from Gold to Diamond rank?",
            "needs the game's ranking rules and missing numbers",
        ),
    ],
    "near-standard-size": [
        (
            "What are the dimensions of a UK king-size duvet in centimetres?",
            "a standard size to look up",
        ),
        ("How big is an A4 sheet in inches?", "needs A4's size (a standard) first"),
    ],
    "near-code": [
        (
            "Write a spreadsheet formula that adds 20% VAT to whatever is in cell B2.",
            "asks for a formula, not a value",
        ),
        (
            "Give me a Python one-liner that turns a Celsius reading into Fahrenheit.",
            "asks for code",
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
        (U, "In our code-breaking club the ^ sign means bitwise XOR, not a power."),
        (A, "Understood, ^ is XOR here."),
        (U, "what's 6 ^ 3 then?"),
    ],
    "caret redefined as XOR",
)
conv(
    "conv-redefine",
    [
        (U, "This worksheet is all in binary, so every number I give is base 2."),
        (A, "Okay, I'll treat them as binary."),
        (U, "1011 + 110 = ?"),
    ],
    "base 2 fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my lab book a comma is the decimal separator, so 2,5 means two and a half."),
        (A, "Got it — decimal commas."),
        (U, "What is 3,75 times 4?"),
    ],
    "decimal comma fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "When I write a rowing split like 1.52 I mean 1 minute 52 seconds per 500 m."),
        (A, "Makes sense."),
        (U, "add 1.52 and 1.48"),
    ],
    "minutes.seconds notation",
)
conv(
    "conv-redefine",
    [
        (U, "On my chess clock notes, 1.30 means one hour thirty minutes."),
        (A, "Okay, hours.minutes."),
        (U, "What's 1.30 plus 0.45?"),
    ],
    "hours.minutes notation",
)
conv(
    "conv-redefine",
    [
        (U, "In this puzzle, a slash means 'percent of', so 20 / 50 is 20 percent of 50."),
        (A, "Interesting rule, noted."),
        (U, "so what's 30 / 70?"),
    ],
    "slash redefined",
)
conv(
    "conv-redefine",
    [
        (U, "For this old butchery ledger, a 'stone' is the 8 lb meat stone, not 14 lb."),
        (A, "Understood, 8 lb stones."),
        (U, "How many kg is 5 stone?"),
    ],
    "stone redefined earlier",
)

# numbers fixed in earlier turns
conv(
    "conv-numbers-earlier",
    [
        (U, "Our standard pallet holds 48 cartons."),
        (A, "Thanks, noted."),
        (U, "How many cartons on 37 pallets?"),
    ],
    "pallet size given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "The herd averaged 27.5 litres per cow last week."),
        (A, "That's a solid average."),
        (U, "What's that for all 142 of them?"),
    ],
    "yield given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "Star party tickets are 8 for members and 12 for guests."),
        (A, "Sounds like a good night."),
        (U, "23 members and 9 guests are coming. What's the take?"),
    ],
    "prices given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "Hop schedule: 20 g at 60 minutes, 10 g at 15 minutes, 5 g at flameout."),
        (A, "Nice simple bitter."),
        (U, "double it for me"),
    ],
    "schedule given earlier; several quantities",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "The library charges 0.20 per book per day overdue."),
        (A, "Okay."),
        (U, "3 books, 16 days late, total?"),
    ],
    "rate given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "My 2k erg personal best is 7:36."),
        (A, "That's a strong time!"),
        (U, "What's that as an average 500 m split?"),
    ],
    "time given earlier",
)
conv(
    "conv-numbers-earlier",
    [
        (U, "The van quote was 68 a day plus 35p a mile."),
        (A, "Thanks for the details."),
        (U, "what would 3 days and 240 miles come to?"),
    ],
    "rates given earlier",
)

# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 412,500 divided by 75?"),
        (A, "5,500."),
        (U, "And if it were 80 square metres instead?"),
    ],
    "follow-up reuses the earlier price",
)
conv(
    "conv-followup",
    [
        (U, "Convert 18.6 kg to pounds."),
        (A, "About 41.01 lb."),
        (U, "and in stone?"),
    ],
    "'and in stone' refers to the earlier weight",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 16 September 2028?"),
        (A, "Saturday."),
        (U, "And the rehearsal dinner the evening before — what weekday is that?"),
    ],
    "relative to an earlier date in the chat",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 3 February 2028 to 24 February 2028?"),
        (A, "21 days."),
        (U, "Double it."),
    ],
    "'it' is the earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 15% of 82?"),
        (A, "12.30."),
        (U, "Round that up to the nearest pound and add it to the bill."),
    ],
    "'that' and 'the bill' come from earlier turns",
)

# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a quiz host. Never reveal answers; only say 'correct' or 'try again'."),
        (U, "Is 17 × 23 equal to 391?"),
    ],
    "quiz-host persona, yes/no format",
)
conv(
    "conv-persona",
    [
        (U, "Réponds uniquement en français, s'il te plaît."),
        (A, "D'accord, je répondrai en français."),
        (U, "How many kilometres is 13 miles?"),
    ],
    "answer must be in French",
)
conv(
    "conv-persona",
    [
        (S, "You only ever reply in haiku."),
        (U, "What day of the week is 1 May 2029?"),
    ],
    "verse format",
)
conv(
    "conv-persona",
    [
        (U, "Please give every number as a fraction in lowest terms."),
        (A, "Will do."),
        (U, "What's 0.375 plus 0.5?"),
    ],
    "fraction output format required",
)
conv(
    "conv-persona",
    [
        (U, "Give all answers in Roman numerals, it's for a puzzle hunt."),
        (A, "Understood."),
        (U, "What is 44 times 46?"),
    ],
    "Roman numeral output required",
)
conv(
    "conv-persona",
    [
        (S, "You are a maths teacher. Always show the full column method, never just a result."),
        (U, "What's 4,218 minus 1,979?"),
    ],
    "worked method required",
)

# date orders, working weeks, numbering fixed earlier
conv(
    "conv-context",
    [
        (U, "I'm in the US, so any date I type is month/day/year."),
        (A, "Got it."),
        (U, "What day of the week is 3/4/2029?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "We write dates as day.month.year here in Germany."),
        (A, "Okay."),
        (U, "How many days between 1.2.2028 and 1.3.2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "On the farm our working week is Monday to Saturday."),
        (A, "Noted."),
        (U, "How many working days from 1 March 2028 to 31 March 2028?"),
    ],
    "working week redefined",
)
conv(
    "conv-context",
    [
        (U, "At the library, week 1 is the week containing 1 January and weeks start Sunday."),
        (A, "Okay, not ISO weeks then."),
        (U, "What week is 20 March 2028 in?"),
    ],
    "week numbering redefined",
)
conv(
    "conv-context",
    [
        (U, "All the temperatures I give in this chat are Fahrenheit unless I say otherwise."),
        (A, "Understood."),
        (U, "convert 50 to kelvin"),
    ],
    "source unit fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "Our chess club's season starts on 1 September, and that's month 1."),
        (A, "Okay."),
        (U, "Which month of the season is February 2028?"),
    ],
    "season month numbering fixed earlier",
)

# house rules of a game
conv(
    "conv-house-rules",
    [
        (U, "In our pub darts league, doubles count triple and trebles count double."),
        (A, "That's a twist!"),
        (U, "I hit double 16, treble 20 and a single 5. What's my score?"),
    ],
    "scoring redefined earlier",
)
conv(
    "conv-house-rules",
    [
        (U, "In our quiz a joker doubles your round score, but each wrong answer costs 2."),
        (A, "Okay."),
        (U, "We played the joker and got 7 of 10 right. How many points?"),
    ],
    "scoring rule set earlier",
)

# advice chat with numbers
conv(
    "conv-advice",
    [
        (U, "We're moving out of our three-bed semi in six weeks."),
        (A, "Exciting! How's the packing going?"),
        (U, "Not started. Is 40 boxes going to be enough?"),
    ],
    "asks for a judgement",
)
conv(
    "conv-advice",
    [
        (U, "Someone offered me 14 an hour for pet sitting their two dogs."),
        (A, "What would you like to know?"),
        (U, "Is that fair, or should I ask for more?"),
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
