"""Generate heldout-2026-12-16.jsonl: a thirteenth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_12.py, the latter ONLY for its record format, its label/tolerance/family
conventions, its exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened (the folder tests/data/router_heldout/ was listed only to count the
earlier generators); no JSONL file was opened, no git history was looked at, no network was
used, and neither the router nor the bench was ever run on this set. (One disclosure: the
[tool.ruff] section of pyproject.toml was grepped for the line length; it says nothing about
routing.) Every query here is newly written by the author (none copied from make_heldout_12.py,
none built from its templates); `main()` asserts that every query is unique and that none
equals (case-insensitively, whitespace-normalised) a query or user turn of make_heldout.py,
make_heldout_2.py ... make_heldout_12.py, whose items are built in memory by importing those
generators (their queries are never printed, their JSONL files never read; on a clash only the
ids of THIS set's items are reported).

Registers (families) chosen for this set, deliberately different from set 12's (warehouse and
logistics, construction and trades, retail tills, farming and livestock, home brewing and
winemaking, astronomy club, sports statistics, esports and gaming, swimming and rowing, chess
tournaments, library and publishing, real-estate listings, classroom teachers, nurses' shift
handovers, wedding planning, moving house, pet sitting, volunteering rotas, science lab
notebooks, chat messages with typos, voice-assistant transcripts, requests starting "Please",
question-first messages, greetings and sign-offs):
  all three tools: plain and direct one-liners (about a third of each tool's positives),
    hospital and clinic administration (waiting lists, admissions forms, referral-to-treatment
    dates, follow-up bookings; no dosing and no clinical judgement), airline crew rosters
    (allowances, duty hours between sign-on and sign-off at one place, cruising altitude, sector
    length in nautical miles; no time zones), bakery and restaurant back office (takings, food-cost
    percentage, an old recipe card in ounces, best-before dates, closures), museums and tourism
    (ticket income, store-room temperature, exhibition runs), car rental desks (daily rate plus a
    fee, tyre pressure, hours on hire), theatres (seat counts, stage width, run length), marathon
    and triathlon clubs (sponsorship average, a swim leg in yards, training-plan start), dog
    grooming (weekly income, a dog's weight, booking intervals), plumbing and electrics (plain
    arithmetic for parts, mains pressure, energy; no code or regulation judgement), school trips
    (cost per pupil, walk distance, deposit deadline), university administration (a weighted module
    mark with its weights stated, a hand-in date), insurance claims (excess, claim deadline),
    tailoring and dressmaking (alteration bills, measurements, fabric lengths, fitting dates),
    beekeeping (honey totals, brood temperature, queen emergence with the day count stated), fishing
    (tickets, a pike's weight, close season with its dates stated), mountaineering (budget share,
    summit height, sleeping-bag rating, climb hours), camping (pitch fees, nights), music festivals
    (tickets with a booking fee, stage power use), podcasts (download growth, file sizes in MiB and
    KiB, release schedule), charity shops (takings, Saturdays in a month), community gardens (a
    shared water bill, site size in hectares), phone plans and data (contract cost, GiB and MiB,
    upgrade date), home baking for markets (profit per batch, oven temperature), youth football
    (subs, pitch length, a player's age on a cut-off date, last Sunday of a month), parents' and
    friends' group chats (lower case, bill splitting), e-mails about a landlord (a reimbursement
    total, a notice period end), messages typed on a phone with autocorrect slips, very short
    questions with no question mark, and three harmless conversations (one per tool) whose earlier
    turns change nothing.

Negatives (label "negative", 200): 100 ordinary ones (explanations, advice, writing tasks,
code, world facts, live information, small talk with numbers in it, how-tos for this set's
registers, translation, opinions and recommendations, riddles, plans and lists); 65 hard
single-turn negatives (families "near-...", each with a "note"), phrased almost like this set's
positives: conversions needing a density or an exchange rate, calculations with a number
missing, dates missing their anchor event (a private date never given, or a lunar or sporting
date that must be looked up), world facts (distances, heights, depths, capacities), estimates,
requests for a method or formula, checking someone's working, output as words / Roman
numerals / another language, medical and veterinary dosing, rules knowledge (youth football,
rugby scoring, crew duty limits, tenancy law, cabin-bag limits), exact questions embedded in a
message that also needs the model for another part, judgements about a number, fair splits
needing interpretation, standard sizes to look up, and code or spreadsheet formulas; and 35
conversations (families "conv-...", field "messages"; "query" repeats the last user turn; each
with a "note"): notation redefined earlier (a baker's dozen, a decimal comma, roster times
written with a dot, a club's own length unit, hexadecimal, a waist/leg "/" in tailoring,
percentage points), numbers or rates fixed in earlier turns, follow-ups on an earlier answer,
personas and output formats, date order / working week / week numbering / season year /
default temperature scale fixed earlier, house rules of a pub quiz, a league table and a board
game, and advice chat. No negative here is negative only because of a contested unit reading
or an unstated "today" (those are policy questions, not routing ones); every negative needs
the language model.

Left out entirely (their grading is contested), as in set 12: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, short/long tons, barrels, mpg, calories,
horsepower, kB vs KiB (only the binary KiB/MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nominal sizes in positives, leap-day birthdays, all-numeric
dates whose day and month are both <= 12 (unless the format is stated; asserted), time zones
and daylight saving in positives, Easter and other movable feasts, and anything depending on
the current date (no "now" or "timezone" field is set; no positive needs a "today"; asserted).
Also left out here: running paces (min/km to min/mile; the answer would be a clock-like mixed
unit), "within N days" deadlines (whether day N counts is contested: deadlines are worded as
"N days after"), "how many weeks" between dates that are not a whole number of weeks apart,
and "counting both ends" spans unless the query says so.

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
    1 bar = 10^5 Pa exactly (NIST SP 811 B.8: bar to pascal 1.0 E+05, exact; also SI
      Brochure, 8th edition (2006), Table 8)
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (milli = 1e-3, kilo = 1e3, mega = 1e6);
    T(K) = t(degC) + 273.15; t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min,
    1 d = 24 h; 1 W*h = 3600 J (so 1 kWh = 3.6 MJ); 1 L = 1 dm^3 (so 1 L = 1000 mL);
    1 ha = 10^4 m^2 (Table 8)
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime; ISO 8601 week numbering
    (datetime.date.isocalendar); any other rule is stated in the query itself.

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_13.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-16.jsonl"
PREFIX = "ho13-"
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
    "make_heldout_12.py",
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


assert num(F(21, 7)) == 3 and num(dec("0.7") * 3) == 2.1 and pct("17.5") == F(7, 40)
assert terminates(F(7, 40)) and not terminates(F(7, 30))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# plain and direct (15)
calc("plain", "What is 12,806 + 4,397?", 12806 + 4397)
calc("plain", "What's 9,015 − 2,748?", 9015 - 2748)
calc("plain", "multiply 365 by 24", 365 * 24)
calc("plain", "What is 4,212 divided by 36?", F(4212, 36))
calc("plain", "What's 35% of 2,460?", pct(35) * 2460)
calc("plain", "What is 2 to the power of 13?", 2**13)
assert math.isqrt(5184) ** 2 == 5184
calc("plain", "square root of 5,184", math.isqrt(5184))
calc("plain", "What is 0.75 × 3,208?", dec("0.75") * 3208)
calc("plain", "Calculate 1.08 × 47.5", dec("1.08") * dec("47.5"))
calc("plain", "What's (124 + 88) × 15?", (124 + 88) * 15)
calc("plain", "What is 17.5% of 640?", pct("17.5") * 640)
calc("plain", "What's 7 factorial?", math.factorial(7))
calc("plain", "what is 2,500 / 0.125", 2500 / dec("0.125"))
calc("plain", "What is 11 cubed?", 11**3)
calc("plain", "How much is 48.6 + 27.35 − 9.8?", dec("48.6") + dec("27.35") - dec("9.8"))

# hospital and clinic administration
calc(
    "clinic-admin",
    "Our outpatient waiting list went from 1,240 patients down to 1,054. By what percentage "
    "did it fall?",
    F(1240 - 1054, 1240) * 100,
)
# airline crew rosters
calc(
    "crew-roster",
    "A crew of 4 pilots and 9 cabin crew each get a £32.50 meal allowance per night for a "
    "3-night trip. What's the total allowance?",
    (4 + 9) * dec("32.50") * 3,
)
# bakery and restaurant back office
calc(
    "bakery",
    "Our bakery sold 184 sourdough loaves at £4.20 and 96 baguettes at £1.65. What were the "
    "takings?",
    184 * dec("4.20") + 96 * dec("1.65"),
)
calc(
    "restaurant",
    "Food cost this week was £3,114 against sales of £10,380. What is food cost as a "
    "percentage of sales?",
    F(3114, 10380) * 100,
)
# museums and tourism
calc(
    "museum",
    "The museum had 2,345 adult visitors at £14 and 1,120 concessions at £9.50 last weekend. "
    "How much ticket income is that?",
    2345 * 14 + 1120 * dec("9.50"),
)
# car rental desks
calc(
    "car-rental",
    "Hire is £38.75 a day for 9 days plus a one-off £45 young driver fee. What's the total?",
    dec("38.75") * 9 + 45,
)
# theatres and cinemas
calc(
    "theatre",
    "The circle has 14 rows of 26 seats and the stalls have 22 rows of 31 seats. How many "
    "seats are there altogether?",
    14 * 26 + 22 * 31,
)
# marathon and triathlon clubs
calc(
    "running-club",
    "Four club members raised £450, £1,275, £880 and £2,015 for the hospice. What's the "
    "average raised per runner?",
    F(450 + 1275 + 880 + 2015, 4),
)
# dog grooming
calc(
    "dog-grooming",
    "I groom 7 dogs a day at £42 each, 4 days a week. What's my weekly income?",
    7 * 42 * 4,
)
# plumbing and electrics
calc(
    "trades",
    "Copper pipe is £11.60 per length and the bathroom job needs 14 lengths. What do they "
    "cost in total?",
    dec("11.60") * 14,
)
# school trips
calc(
    "school-trip",
    "The coach costs £1,377 and 54 pupils are going. How much does each pupil need to pay "
    "to cover it?",
    F(1377, 54),
)
# university administration
calc(
    "university",
    "A module is 40% coursework and 60% exam. A student got 72 in coursework and 58 in the "
    "exam. What's the module mark?",
    pct(40) * 72 + pct(60) * 58,
)
# insurance claims
calc(
    "insurance",
    "The repair bill is £2,840 and my excess is £350. How much will the insurer pay out?",
    2840 - 350,
)
# tailoring and dressmaking
calc(
    "tailoring",
    "Alterations: 3 trouser hems at £12, 2 zip replacements at £18.50 and one jacket taken "
    "in for £35. What's the bill?",
    3 * 12 + 2 * dec("18.50") + 35,
)
# beekeeping
calc(
    "beekeeping",
    "My eight hives gave 23.5, 19, 31.25, 27, 15.5, 22, 28.75 and 25 kg of honey. What's the "
    "total harvest?",
    sum(dec(x) for x in ("23.5", "19", "31.25", "27", "15.5", "22", "28.75", "25")),
)
# fishing
calc(
    "fishing",
    "A day ticket at the lake is £12 and a night ticket £18. This season I bought 15 day "
    "tickets and 6 night tickets. How much did I spend?",
    15 * 12 + 6 * 18,
)
# mountaineering
calc(
    "mountaineering",
    "Our expedition budget of £18,600 is shared equally by 12 climbers. What's each "
    "climber's share?",
    F(18600, 12),
)
# camping
calc(
    "camping",
    "Pitch fees are £27 a night for 6 nights, plus £3.50 a night for the dog. What's the total?",
    27 * 6 + dec("3.50") * 6,
)
# music festivals
calc(
    "festival",
    "Weekend tickets are £289 each plus a £14.45 booking fee per ticket. How much for 4 tickets?",
    4 * (289 + dec("14.45")),
)
# podcasts and streaming
calc(
    "podcast",
    "Our episode downloads went from 3,200 to 4,144 this quarter. What's the percentage increase?",
    F(4144 - 3200, 3200) * 100,
)
# charity shops
calc(
    "charity-shop",
    "The charity shop took £412.60 on Monday, £388.15 on Tuesday and £506.25 on Wednesday. "
    "What's the total so far this week?",
    dec("412.60") + dec("388.15") + dec("506.25"),
)
# community gardens
calc(
    "community-garden",
    "The allotment water bill of £546 is split equally between 24 plots. How much is that "
    "per plot?",
    F(546, 24),
)
# phone plans
calc(
    "phone-plan",
    "A phone contract is £23.50 a month for 24 months plus £99 upfront. What's the total "
    "cost of the contract?",
    dec("23.50") * 24 + 99,
)
# home baking for markets
calc(
    "market-baking",
    "I sell brownies at £2.75 each and each one costs me £0.95 to make. What's my profit on "
    "120 brownies?",
    (dec("2.75") - dec("0.95")) * 120,
)
# youth football
calc(
    "youth-football",
    "Subs are £6 a week per player, with 17 players over a 32-week season. How much should "
    "the club collect?",
    6 * 17 * 32,
)
# group chats
calc(
    "group-chat",
    "ok so the meal came to £247.80 and there's 7 of us, how much each",
    dec("247.80") / 7,
)
# landlord e-mails
calc(
    "landlord-email",
    "I'm invoicing my landlord: he agreed to repay the £186.40 boiler repair plus half of the "
    "£52 call-out fee. What total do I put on the invoice?",
    dec("186.40") + F(52, 2),
)
# autocorrect slips
calc("autocorrect", "whats 15 percent od 380", pct(15) * 380)
# very short, no question mark
calc("terse", "1,750 split 14 ways", F(1750, 14))

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
BAR = F(10**5)  # Pa
KWH = F(3600000)  # J
MJ = F(10**6)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s
KNOT = NMI / 3600  # m/s

assert MI == dec("1609.344") and YD == dec("0.9144") and OZ * 1000 == dec("28.349523125")
assert STONE == dec("6.35029318") and ACRE == dec("4046.8564224")
assert abs(PSI - dec("6894.757")) < dec("0.001") and abs(BAR / PSI - dec("14.5038")) < dec("1e-4")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def k_to_c(k):
    return F(k) - dec("273.15")


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and c_to_k(k_to_c(250)) == 250

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# plain and direct (15)
unit("plain", "Convert 27 miles to kilometres", 27 * MI / 1000)
unit("plain", "How many kilograms is 147 lb?", 147 * LB)
unit("plain", "What is 104 °F in Celsius?", f_to_c(104), EXACT)
unit("plain", "Convert 30 °C to Fahrenheit", c_to_f(30), EXACT)
unit("plain", "How many centimetres is 14 inches?", 14 * IN * 100, EXACT)
unit("plain", "How many metres are 500 yards?", 500 * YD, EXACT)
unit("plain", "Convert 8 ounces to grams", 8 * OZ * 1000)
unit("plain", "How many feet is 3,000 metres?", 3000 / FT)
unit("plain", "Convert 45 mph to km/h", 45 * MPH / KMH)
unit("plain", "How many millilitres are in 2.4 litres?", dec("2.4") * 1000, EXACT)
unit("plain", "Convert 310 K to Celsius", k_to_c(310), EXACT)
unit("plain", "How many MiB are in 6 GiB?", F(6 * GIB, MIB), EXACT)
unit("plain", "convert 50 kWh to megajoules", 50 * KWH / MJ, EXACT)
unit("plain", "How many hectares is 25 acres?", 25 * ACRE / HECTARE)
unit("plain", "Convert 32 psi to kPa", 32 * PSI / 1000)

# hospital and clinic administration
unit(
    "clinic-admin",
    "For the admissions form: the patient says he is 13 stone 4 lb. What's that in kg?",
    13 * STONE + 4 * LB,
)
unit(
    "clinic-admin",
    "Patient height on the referral letter is 5 ft 7 in. What is that in centimetres?",
    (5 * FT + 7 * IN) * 100,
    EXACT,
)
unit(
    "clinic-admin",
    "The outpatient thermometer was left on Fahrenheit and reads 99.5 °F. What is that in °C "
    "for the record?",
    f_to_c(dec("99.5")),
    EXACT,
)
# airline crew rosters
unit(
    "crew-roster",
    "We cruise at 37,000 ft on the Faro sector. How many metres is that?",
    37000 * FT,
    EXACT,
)
unit(
    "crew-roster",
    "The roster shows the sector as 540 nautical miles. How many kilometres is that?",
    540 * NMI / 1000,
    EXACT,
)
# bakery
unit("bakery", "The old recipe card says 12 oz of butter. How many grams is that?", 12 * OZ * 1000)
# museums
unit(
    "museum",
    "The conservator wants the textile store kept at 64.4 °F. What is that in °C?",
    f_to_c(dec("64.4")),
    EXACT,
)
# car rental
unit(
    "car-rental",
    "The tyre placard on the hire car says 2.4 bar. What's that in psi?",
    dec("2.4") * BAR / PSI,
)
# theatres
unit(
    "theatre",
    "The touring set needs a stage 42 feet wide. What's that in metres?",
    42 * FT,
    EXACT,
)
# triathlon
unit("triathlon", "The swim leg is 1,500 m. How many yards is that?", 1500 / YD)
# dog grooming
unit("dog-grooming", "The springer spaniel weighs 31 lb. How many kilograms is that?", 31 * LB)
# plumbing and electrics
unit(
    "trades",
    "Mains water pressure at the property is 3.5 bar. What is that in psi?",
    dec("3.5") * BAR / PSI,
)
unit(
    "trades",
    "The immersion heater used 7.5 kWh last week. How many MJ is that?",
    dec("7.5") * KWH / MJ,
    EXACT,
)
# school trips
unit(
    "school-trip",
    "The walk from the youth hostel to the castle is 4.5 miles. How far is that in km?",
    dec("4.5") * MI / 1000,
)
# tailoring
unit(
    "tailoring",
    "The bride wants the gown taken in to a 28-inch waist. How many cm is that?",
    28 * IN * 100,
    EXACT,
)
unit(
    "tailoring",
    "The pattern calls for 3.5 yards of silk. How many metres should I buy?",
    dec("3.5") * YD,
    EXACT,
)
# beekeeping
unit(
    "beekeeping",
    "Bees keep the brood nest at 35 °C. What is that in Fahrenheit?",
    c_to_f(35),
    EXACT,
)
# fishing
unit(
    "fishing",
    "I landed a pike of 22 lb 8 oz. What is that in kilograms?",
    22 * LB + 8 * OZ,
)
# mountaineering
unit("mountaineering", "The summit is 6,962 m high. How many feet is that?", 6962 / FT)
unit(
    "mountaineering",
    "My sleeping bag's limit rating is −15 °C. What is that in °F?",
    c_to_f(-15),
    EXACT,
)
# camping
# festivals
unit(
    "festival",
    "The second stage's sound system used 48 kWh on Friday night. How many MJ is that?",
    48 * KWH / MJ,
    EXACT,
)
# podcasts
unit("podcast", "Each episode file is 85 MiB. How many KiB is that?", F(85 * MIB, KIB), EXACT)
# phone plans
unit("phone-plan", "My SIM plan has 30 GiB of data. How many MiB is that?", F(30 * GIB, MIB), EXACT)
# community gardens
unit(
    "community-garden",
    "Our allotment site covers 1.8 hectares. How many acres is that?",
    dec("1.8") * HECTARE / ACRE,
)
# youth football
unit(
    "youth-football",
    "The under-11s pitch is 80 yards long. How many metres is that?",
    80 * YD,
    EXACT,
)
# market baking
unit(
    "market-baking",
    "My American brownie recipe says bake at 356 °F. What's that in Celsius?",
    f_to_c(356),
    EXACT,
)
# group chats
unit(
    "group-chat",
    "lads the lake was 57 degrees fahrenheit this morning what's that in celsius",
    f_to_c(57),
)
# autocorrect slips
unit("autocorrect", "convert 70 kilos to pounda", 70 / LB)
# very short, no question mark
unit("terse", "5 feet 11 inches in cm", (5 * FT + 11 * IN) * 100, EXACT)

# =========================================================================== dates
D = dt.date
DT = dt.datetime
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


def inclusive(a, b):
    return days(a, b) + 1


def whole_weeks(a, b):
    n = days(a, b)
    assert n % 7 == 0, (a, b, n)
    return n // 7


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
    day = D(2003, 3, 3)
    a = DT.combine(day, dt.time.fromisoformat(start))
    b = DT.combine(day, dt.time.fromisoformat(end))
    if b <= a:
        b += TD(days=1)
    return F(int((b - a).total_seconds()), unit_s)


def moment_span(a, b, unit_s):
    """Between two datetimes, in units of unit_s seconds."""
    return F(int((b - a).total_seconds()), unit_s)


assert weekday(D(2000, 1, 1)) == "Saturday" and age(D(1990, 6, 30), D(2030, 6, 29)) == 39
assert nth_weekday(2027, 2, FRI, -1) == D(2027, 2, 26) and nth_weekday(2027, 2, MON, 1) == D(
    2027, 2, 1
)
assert clock_span("23:15", "01:45", 60) == 150 and clock_span("06:00", "18:30", 3600) == F(25, 2)
assert (
    weekdays_between(D(2027, 3, 1), D(2027, 3, 14)) == 10
    and inclusive(D(2027, 1, 1), D(2027, 12, 31)) == 365
)
assert count_weekday(2027, 5, SAT) == 5


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
date_item("plain", "What weekday is 23 November 2028?", weekday(D(2028, 11, 23)))
date_item(
    "plain",
    "How many days are there between 4 March 2027 and 19 August 2027?",
    days(D(2027, 3, 4), D(2027, 8, 19)),
)
date_item("plain", "What date is 200 days after 1 June 2027?", D(2027, 6, 1) + TD(200))
date_item("plain", "What was the date 45 days before 10 January 2028?", D(2028, 1, 10) - TD(45))
date_item("plain", "What day of the week is 1 January 2030?", weekday(D(2030, 1, 1)))
date_item(
    "plain",
    "How many weeks are there from 6 September 2027 to 29 November 2027?",
    whole_weeks(D(2027, 9, 6), D(2027, 11, 29)),
)
date_item(
    "plain", "How many hours are there between 08:15 and 17:45?", clock_span("08:15", "17:45", 3600)
)
date_item(
    "plain",
    "How old is someone born on 9 May 1994 on 20 October 2031?",
    age(D(1994, 5, 9), D(2031, 10, 20)),
)
date_item("plain", "What date is the third Thursday of March 2028?", nth_weekday(2028, 3, THU, 3))
date_item(
    "plain",
    "How many weekdays (Monday to Friday) are there from 2 August 2027 to 27 August 2027 "
    "inclusive?",
    weekdays_between(D(2027, 8, 2), D(2027, 8, 27)),
)
date_item("plain", "What date is 10 weeks after 17 February 2028?", D(2028, 2, 17) + TD(weeks=10))
date_item("plain", "How many days does February 2036 have?", calendar.monthrange(2036, 2)[1])
date_item("plain", "What is the ISO week number of 15 May 2029?", D(2029, 5, 15).isocalendar()[1])
date_item("plain", "How many minutes is it from 22:40 to 01:10?", clock_span("22:40", "01:10", 60))
date_item("plain", "What date is 1,000 days after 12 December 2026?", D(2026, 12, 12) + TD(1000))

# hospital and clinic administration
date_item(
    "clinic-admin",
    "The follow-up clinic is 6 weeks after the operation on 13 April 2027. What date should I "
    "book?",
    D(2027, 4, 13) + TD(weeks=6),
)
date_item(
    "clinic-admin",
    "A referral arrived on 21 January 2028 and the patient must be treated no later than 18 "
    "weeks after that. What is the latest date?",
    D(2028, 1, 21) + TD(weeks=18),
)
# airline crew rosters (all times local to one base; no time zones)
date_item(
    "crew-roster",
    "My duty signs on at 05:50 and signs off at 16:20. How many hours is that?",
    clock_span("05:50", "16:20", 3600),
)
date_item(
    "crew-roster",
    "Night standby: I sign on at 21:35 and sign off at 07:05 the next morning at the same "
    "base. How many hours on duty?",
    clock_span("21:35", "07:05", 3600),
)
# bakery and restaurant back office
date_item(
    "bakery",
    "Our stollen is baked on 11 November 2027 and is best before 60 days after baking. What "
    "date goes on the label?",
    D(2027, 11, 11) + TD(60),
)
date_item(
    "restaurant",
    "The refit closes the restaurant from 8 January 2028 to 3 February 2028. How many days are "
    "we shut, counting both of those days?",
    inclusive(D(2028, 1, 8), D(2028, 2, 3)),
)
# museums
date_item(
    "museum",
    "The exhibition opens on 17 March 2028 and closes on 9 September 2028. How many days is it "
    "open, counting the opening and closing days?",
    inclusive(D(2028, 3, 17), D(2028, 9, 9)),
)
# car rental
date_item(
    "car-rental",
    "Picked up the car at 09:30 on 14 August 2027 and returned it at 15:30 on 19 August 2027. "
    "How many hours did I have it?",
    moment_span(DT(2027, 8, 14, 9, 30), DT(2027, 8, 19, 15, 30), 3600),
)
# theatres
date_item(
    "theatre",
    "Our panto opens on 10 December 2027 and closes on 2 January 2028. How many days is the "
    "run, both days included?",
    inclusive(D(2027, 12, 10), D(2028, 1, 2)),
)
# marathon and triathlon
date_item(
    "running-club",
    "What date is exactly 16 weeks before Sunday 23 April 2028? That's when my marathon plan "
    "starts.",
    stated(D(2028, 4, 23), "Sunday") - TD(weeks=16),
)
# dog grooming
date_item(
    "dog-grooming",
    "Bella is groomed every 6 weeks and her last trim was on 11 March 2027. What date is her "
    "next one?",
    D(2027, 3, 11) + TD(weeks=6),
)
# plumbing
# school trips
date_item(
    "school-trip",
    "The deposit deadline is 45 days before the trip on 22 May 2028. What date is the deadline?",
    D(2028, 5, 22) - TD(45),
)
# university
date_item(
    "university",
    "Dissertations are due 12 weeks after 29 January 2029. What is the hand-in date?",
    D(2029, 1, 29) + TD(weeks=12),
)
# insurance
date_item(
    "insurance",
    "My claim has to be in no later than 30 days after the incident on 17 December 2027. What "
    "date is that?",
    D(2027, 12, 17) + TD(30),
)
# tailoring
date_item(
    "tailoring",
    "The final fitting has to be exactly 3 weeks before the wedding on 18 June 2028. What date "
    "is the fitting?",
    D(2028, 6, 18) - TD(weeks=3),
)
# beekeeping
date_item(
    "beekeeping",
    "A queen cell was sealed on 2 May 2028 and the queen emerges 8 days after sealing. On what "
    "date should she emerge?",
    D(2028, 5, 2) + TD(8),
)
# fishing
date_item(
    "fishing",
    "Our river's close season runs from 15 March to 15 June 2028. How many days is that, both "
    "dates included?",
    inclusive(D(2028, 3, 15), D(2028, 6, 15)),
)
# mountaineering
date_item(
    "mountaineering",
    "We left high camp at 02:30 and reached the summit at 11:45. How many hours did the climb "
    "take?",
    clock_span("02:30", "11:45", 3600),
)
# camping
date_item(
    "camping",
    "We're camping from 27 July 2027 to 3 August 2027. How many nights is that?",
    days(D(2027, 7, 27), D(2027, 8, 3)),
)
# festivals
# podcasts
date_item(
    "podcast",
    "We release an episode every 14 days, the first on 5 January 2028. What date does the 10th "
    "episode come out?",
    D(2028, 1, 5) + TD(14 * 9),
)
# charity shops
date_item(
    "charity-shop",
    "How many Saturdays are there in October 2027? Our volunteers do Saturdays.",
    count_weekday(2027, 10, SAT),
)
# community gardens
# phone plans
date_item(
    "phone-plan",
    "My phone contract began on 14 September 2026 and I can upgrade 104 weeks after that. "
    "What date can I upgrade?",
    D(2026, 9, 14) + TD(weeks=104),
)
# youth football
date_item(
    "youth-football",
    "How old will a player born on 17 November 2015 be on 31 August 2027?",
    age(D(2015, 11, 17), D(2027, 8, 31)),
)
date_item(
    "youth-football",
    "What date is the last Sunday of March 2028? That's our tournament.",
    nth_weekday(2028, 3, SUN, -1),
)
# group chats
date_item("group-chat", "guys what day of the week is 31 december 2027", weekday(D(2027, 12, 31)))
# landlord e-mails
date_item(
    "landlord-email",
    "I'm e-mailing my landlord to give notice on 14 January 2028 and the tenancy says 8 weeks' "
    "notice. What date is 8 weeks after 14 January 2028?",
    D(2028, 1, 14) + TD(weeks=8),
)
# autocorrect slips
date_item("autocorrect", "what dat is 90 days aftr 3 may 2028", D(2028, 5, 3) + TD(90))
# very short, no question mark
date_item("terse", "days from 1 feb 2027 to 1 nov 2027", days(D(2027, 2, 1), D(2027, 11, 1)))
date_item("terse", "weekday of 29 feb 2028", weekday(D(2028, 2, 29)))


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
        (U, "Hi! I'm counting the float for the charity shop till before we open."),
        (A, "Happy to help. What do you need?"),
        (U, "Add up fourteen £5 notes, nine £10 notes and three £20 notes for me."),
    ],
    14 * 5 + 9 * 10 + 3 * 20,
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "Morning, I'm filling in the kit list for our Alps hut-to-hut trip."),
        (A, "Sounds great. What do you need?"),
        (U, "The highest hut is at 2,710 m. What's that in feet?"),
    ],
    2710 / FT,
    ROUNDED,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "Quick one for the beekeeping association newsletter, please."),
        (A, "Sure, go ahead."),
        (U, "What day of the week is 14 September 2028?"),
    ],
    weekday(D(2028, 9, 14)),
    None,
)


# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "explain": [
        ("Why do A&E departments triage patients instead of seeing them in arrival order?", None),
        ("Explain how flight time limitations protect cabin crew from fatigue.", None),
        ("Why does sourdough need a starter rather than a sachet of dried yeast?", None),
        ("How do museums keep the humidity steady around old oil paintings?", None),
        ("Why do car hire firms charge extra for drivers under 25?", None),
        ("What is the fly tower in a theatre actually for?", None),
        ("Why do triathletes wear wetsuits for open-water swims?", None),
        ("How does a swarm of honeybees choose where to set up a new home?", None),
        ("Why do fish seem to feed more at dawn and dusk?", None),
        ("What causes altitude sickness, and why does climbing slowly help?", None),
        ("How does an excess work on a car insurance policy?", None),
        ("What is the real difference between a podcast and a radio show?", None),
    ],
    "advice": [
        (
            "Clients at my grooming salon keep cancelling at the last minute. How can I cut no-shows?",
            None,
        ),
        ("What should I pack for three nights of wild camping in the Cairngorms?", None),
        (
            "How do I tell a parent on my under-10s team that their child won't get more minutes?",
            None,
        ),
        ("I'm nervous about my first marathon. Any tips for race morning?", None),
        ("How can I make our charity shop window more eye-catching on a tiny budget?", None),
        ("How do I stop slugs eating every seedling on our community garden plot?", None),
        (
            "What's a polite but firm way to chase a landlord about a leak he's ignored for weeks?",
            None,
        ),
        ("How do I calm a nervous rescue dog during its first bath?", None),
        ("Any advice for keeping thirty Year 6 pupils together on a museum visit?", None),
        (
            "How should I price my cakes at a farmers' market without undercutting other stalls?",
            None,
        ),
        ("How do I ask my university for an extension on compassionate grounds?", None),
    ],
    "writing": [
        ("Write a short welcome e-mail for new volunteers at our charity shop.", None),
        ("Draft a polite complaint to a car hire company about a surprise valeting charge.", None),
        ("Write a haiku about a beehive in midwinter.", None),
        ("Write a 100-word blurb for our village theatre's Christmas panto.", None),
        (
            (
                "Write a group-chat message telling parents that football training is off this week "
                "because the pitch is waterlogged."
            ),
            None,
        ),
        ("Write a limerick about an angler who only ever catches old boots.", None),
        ("Draft an out-of-office reply for a university admissions officer on annual leave.", None),
        ("Write a two-sentence pitch for a podcast about forgotten inventors.", None),
        ("Write a thank-you card to the ward staff who looked after my grandad.", None),
        ("Write a product description for a jar of lavender honey from a small apiary.", None),
        ("Write a short speech for our girls' football team end-of-season awards night.", None),
    ],
    "code": [
        ("Write a Python function that counts the weekdays between two dates.", None),
        ("How do I sort a list of dictionaries by their 'date' key in Python?", None),
        (
            "Write a SQL query for the five films with the most tickets sold in a screenings table.",
            None,
        ),
        ("Why does my JavaScript give NaN when I add the values of two text inputs?", None),
        ("Write a bash one-liner that counts the lines in every .csv file in a folder.", None),
        ("Write a regular expression that matches UK postcodes.", None),
        (
            "Rewrite this as a list comprehension: for x in items: if x > 0: out.append(x * 2)",
            None,
        ),
        ("What does HTTP status 429 mean and how should my app back off?", None),
    ],
    "world-fact": [
        ("Which architect designed the Guggenheim museum in Bilbao?", None),
        ("Which play has run longest in London's West End?", None),
        ("What is the highest mountain in the Alps?", None),
        ("Which museum holds the Rosetta Stone?", None),
        ("Who wrote the novel the musical Les Misérables is based on?", None),
        ("What is the capital of New Zealand?", None),
        ("Which airline is the oldest still flying under its original name?", None),
        ("Which river runs through the middle of Budapest?", None),
    ],
    "live": [
        ("What's the weather forecast for the Glastonbury site this weekend?", None),
        ("Are there any delays on the M25 at the moment?", None),
        ("What's showing at the Odeon in Leicester Square tonight?", None),
        ("Who won last night's Champions League game?", None),
        ("Has the Bank of England changed interest rates this month?", None),
        ("Are there still tickets left for Reading Festival?", None),
        ("Has my Royal Mail parcel been delivered yet?", None),
    ],
    "smalltalk": [
        ("Just finished my third half marathon in 1:52! Buzzing.", None),
        ("We got 4 new hens and 2 of them are already laying, so happy", None),
        ("My podcast just hit 1,000 subscribers!!", None),
        ("Six hours on a coach with 40 teenagers. Send help.", None),
        ("Our under-9s won 5-2 this morning, very proud coach here", None),
        ("Been at the bakery since 4am, I'm shattered", None),
        ("Finally bagged my first Munro, 3 down and 279 to go", None),
        ("Day 12 of my 30-day sketching challenge and still going!", None),
        ("Thanks, that really helped before my 2 o'clock meeting", None),
    ],
    "howto": [
        ("How do I re-queen a hive that's turned aggressive?", None),
        ("How do I fix a dripping mixer tap?", None),
        ("How do you tie a palomar knot?", None),
        ("How do I take in the waist of a pair of jeans?", None),
        ("How do I pitch a tunnel tent in strong wind?", None),
        ("How do I set up an RSS feed for a new podcast?", None),
        ("How do I keep my number when I switch phone network in the UK?", None),
        ("How do I clip a dog's nails without cutting the quick?", None),
        ("How do I laminate dough for croissants?", None),
        ("How do I set up a shared rota for our hospital volunteer drivers?", None),
    ],
    "translate": [
        ("Translate 'Where is the cloakroom?' into Italian.", None),
        ("How do you say 'the show starts at eight' in Spanish?", None),
        ("What's the German word for beekeeper?", None),
        ("Translate 'please return the car with a full tank' into French.", None),
        ("How do you say 'thank you for coming' in Welsh?", None),
        ("What does 'mise en place' mean in a kitchen?", None),
    ],
    "opinion": [
        ("Is Les Mis or Phantom the better musical for a first trip to the theatre?", None),
        ("What's the best dog breed for a small flat?", None),
        (
            "Should our school trip go to the Natural History Museum or the Science Museum?",
            None,
        ),
        ("Is it worth paying for excess cover when I hire a car?", None),
        ("Is a SIM-only deal better than a handset contract?", None),
        ("What are some good podcasts about medieval history?", None),
        ("Which is the nicer campsite area, the Lake District or Snowdonia?", None),
        ("Is a dome tent or a tunnel tent the better first tent for a family?", None),
    ],
    "riddle": [
        (
            "Riddle for the campfire: I have a bed but never sleep and a mouth but never speak. What am I?",
            None,
        ),
        (
            "Riddle time at Brownies: the more of these you take, the more you leave behind. What are they?",
            None,
        ),
        (
            "Our panto needs a riddle answer: what runs all the way round the garden but never moves?",
            None,
        ),
        ("Quiz-night riddle: what goes up a chimney down but can't come down a chimney up?", None),
    ],
    "plan": [
        ("Plan a three-day visit to Edinburgh during the Fringe.", None),
        ("Make a packing list for a week-long school exchange to France.", None),
        ("Draw up a 12-week plan for a first sprint triathlon.", None),
        ("Give me a weekly cleaning rota for a shared house of four.", None),
        ("Outline a Year 4 lesson on the water cycle.", None),
        ("Suggest a menu for a vegetarian supper club for 20 people.", None),
    ],
    # ------------------------------------------------------------------- hard near-positives
    "near-density": [
        ("How many kilograms do 12 litres of honey weigh?", "needs the density of honey"),
        ("How many litres is 25 kg of bread flour?", "needs the bulk density of flour"),
        ("How many millilitres is 200 g of olive oil?", "needs the density of olive oil"),
        ("What does a 5 litre can of diesel weigh in kg?", "needs the density of diesel"),
    ],
    "near-currency": [
        ("How much is €240 in pounds?", "needs an exchange rate"),
        ("Convert $1,500 to Japanese yen.", "needs an exchange rate"),
        (
            "The hotel in Kraków is 980 złoty a night. What's that in sterling?",
            "needs an exchange rate",
        ),
        ("What's 75 Swiss francs in euros?", "needs an exchange rate"),
    ],
    "near-missing": [
        (
            "If the coach firm charges per mile, what will our school trip to York cost?",
            "the rate and the distance are missing",
        ),
        (
            "How much will each of us pay for the festival campsite if we split it evenly?",
            "the total and the number of people are missing",
        ),
        ("How many jars will my hives fill this year?", "no harvest weight or jar size given"),
        (
            "What's my module average if the exam counts for 70%?",
            "the marks are missing",
        ),
        (
            "What will the extra two days of car hire cost me?",
            "the daily rate is missing",
        ),
    ],
    "near-anchor": [
        ("What date is 6 weeks after my operation?", "the operation date is never given"),
        (
            "What date is Bella's next groom if she goes every 5 weeks?",
            "the last grooming date is missing",
        ),
        (
            "My boiler warranty runs for 700 days from installation. When does it end?",
            "the installation date is missing",
        ),
        (
            "What date should I start an 18-week plan for the 2029 London Marathon?",
            "the race date has to be looked up",
        ),
        (
            "What date is 40 days after Chinese New Year 2029?",
            "a lunar-calendar date has to be looked up",
        ),
    ],
    "near-world-fact": [
        (
            "How many miles is it by road from Edinburgh to Inverness?",
            "a world fact (road distance)",
        ),
        (
            "How tall is the Elizabeth Tower at Westminster in feet?",
            "a world fact before any conversion",
        ),
        ("How deep is Loch Ness in metres?", "a world fact"),
        ("How many seats does the Royal Albert Hall have?", "a world fact"),
        (
            "What's the bike leg of an Olympic-distance triathlon in miles?",
            "the standard distance must be known first",
        ),
    ],
    "near-estimate": [
        (
            "Roughly how many people fit in a festival field the size of ten football pitches?",
            "an estimate needing assumptions",
        ),
        ("About how long does it take to walk up Snowdon?", "an estimate from world knowledge"),
        (
            "How many loaves could I bake from a 16 kg sack of flour?",
            "depends on a recipe: an estimate",
        ),
        ("How much data does an hour of HD streaming use?", "an estimate that varies by service"),
    ],
    "near-method": [
        ("What's the formula for a percentage increase?", "asks for a method, not a value"),
        (
            "How do I work out my pace per kilometre from a finish time?",
            "asks for a method",
        ),
        ("How do I work out how much fabric I need for lined curtains?", "asks for a method"),
        ("How do I take VAT back out of a VAT-inclusive price?", "asks for a method"),
    ],
    "near-check": [
        ("My son wrote 56 × 7 = 382. Where did he go wrong?", "asks where a mistake is"),
        (
            "Is my shortcut right? For 20 °C in Fahrenheit I doubled it and added 30.",
            "judging an approximation method",
        ),
        ("Check my working: 3/4 + 2/3 = 5/7?", "asks to explain the working"),
        (
            (
                "My plumber's invoice adds 20% VAT on a price that already said 'inc VAT'. Is that a "
                "mistake?"
            ),
            "judging an invoice",
        ),
    ],
    "near-format": [
        ("Write 2,350 in words for a cheque.", "output in words"),
        ("What's 1987 in Roman numerals?", "output as Roman numerals"),
        ("How would I say 83 out loud in French?", "output in another language"),
        ("Spell out the total of 125 and 380 in words.", "result wanted in words"),
    ],
    "near-dosing": [
        ("My 12 kg dog is on Metacam. How many ml should I give her?", "veterinary dosing"),
        (
            "My daughter weighs 24 kg. How much children's paracetamol can she have?",
            "medical dosing",
        ),
        (
            "The vet said 2 mg per kg. Is that safe for a 4 kg cat with kidney disease?",
            "veterinary dosing judgement",
        ),
    ],
    "near-rules": [
        (
            "How many substitutions are allowed in an under-11s football match?",
            "rules knowledge",
        ),
        ("How many points is a conversion worth in rugby league?", "rules knowledge"),
        (
            "How many hours can cabin crew legally be on duty in one day in the UK?",
            "regulation knowledge",
        ),
        (
            "How much notice does a landlord in England have to give for a rent increase?",
            "tenancy law",
        ),
    ],
    "near-mixed": [
        (
            "Convert 10 miles to km and suggest a nice running route of that length in Bath.",
            "the second part needs the model",
        ),
        (
            "What's 15% of $68, and is that a normal tip in the US?",
            "the judgement part needs the model",
        ),
        (
            "What weekday is 2 June 2028, and what could we do for a 7th birthday party that day?",
            "the ideas part needs the model",
        ),
        (
            "Work out 14 × £12.50 and write a short friendly invoice note for the customer.",
            "the writing part needs the model",
        ),
        (
            "Convert 220 °C to Fahrenheit and tell me if that's hot enough for Yorkshire puddings.",
            "the cooking judgement needs the model",
        ),
    ],
    "near-judgement": [
        ("Is 38.2 °C a fever for a toddler?", "a medical judgement about a number"),
        (
            "We made £412 at the bake sale. Is that good for a small primary school?",
            "a judgement about a number",
        ),
        (
            "My podcast gets 320 downloads an episode. Is that good?",
            "a judgement about a number",
        ),
        ("Is £18 an hour a fair rate for a dog groomer?", "a judgement about a number"),
    ],
    "near-split": [
        (
            (
                "Four of us rented a cottage for five nights but one only stayed two. How should we "
                "split the £800 fairly?"
            ),
            "what counts as fair needs interpretation",
        ),
        (
            (
                "The kit cost £340 but two kids joined halfway through the season. What's a fair "
                "share for them?"
            ),
            "a fair share needs interpretation",
        ),
        (
            (
                "The taxi was £48 and I was dropped first, about a third of the way. What should I "
                "chip in?"
            ),
            "a fair split needs interpretation",
        ),
    ],
    "near-standard": [
        ("What size is a single duvet in the UK, in cm?", "a standard size to look up"),
        ("What's a UK size 8 shoe in EU sizing?", "a sizing standard to look up"),
        ("How big is a size 4 football?", "a standard size to look up"),
    ],
    "near-code": [
        (
            "In Google Sheets, what formula gives the number of weekdays between A2 and B2?",
            "asks for a formula",
        ),
        ("In Python, how do I get the day of the week for 2028-05-17?", "asks for code"),
        ("What does =ROUND(A1*1.2,2) do in Excel?", "asks to explain a formula"),
        (
            "Write a JavaScript function that turns kilometres into miles for our club website.",
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
        (U, "In our bakery a 'dozen' always means a baker's dozen, so 13."),
        (A, "Got it: a dozen is 13 in your bakery."),
        (U, "How many rolls is 9 dozen, then?"),
    ],
    "dozen redefined as 13",
)
conv(
    "conv-redefine",
    [
        (U, "I'm writing from Valencia, so I use a comma for decimals: 2,5 means two and a half."),
        (A, "Understood, a comma is the decimal separator."),
        (U, "What's 4,5 × 12?"),
    ],
    "decimal comma set earlier",
)
conv(
    "conv-redefine",
    [
        (U, "On our crew rosters times are written with a dot, so 6.45 means quarter to seven."),
        (A, "Thanks, I'll read 6.45 as 06:45."),
        (U, "How long is a duty from 6.45 to 14.30?"),
    ],
    "clock times written with a dot",
)
conv(
    "conv-redefine",
    [
        (U, "In our climbing club a 'pitch' always means one 50 m rope length."),
        (A, "OK, a pitch is 50 m for you."),
        (U, "How many km is 38 pitches?"),
    ],
    "a club's own length unit",
)
conv(
    "conv-redefine",
    [
        (U, "We're practising hexadecimal in my computing class, so every number is base 16."),
        (A, "Sure, I'll treat numbers as hexadecimal."),
        (U, "what is 3F + 2A?"),
    ],
    "base 16 fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my tailoring notes 34/30 means a 34 inch waist and a 30 inch leg."),
        (A, "Got it, waist/leg."),
        (U, "So what's 36/32 in centimetres?"),
    ],
    "'/' means waist and leg, not division",
)
conv(
    "conv-redefine",
    [
        (U, "When I say our podcast's completion rate is 'up 5', I mean 5 percentage points."),
        (A, "Understood, percentage points rather than percent."),
        (U, "It was 42% and it's up 5. What is it now?"),
    ],
    "percentage points, not percent",
)
# numbers or rates fixed in earlier turns
conv(
    "conv-context",
    [
        (U, "Our hire rate for the estate car is £42 a day and insurance is £9 a day."),
        (A, "Noted."),
        (U, "What's the total for 6 days?"),
    ],
    "the rates were given earlier",
)
conv(
    "conv-context",
    [
        (U, "For the school trip budget we're using 1 GBP = 1.16 EUR."),
        (A, "OK, I'll use 1.16."),
        (U, "So how many euros is £850?"),
    ],
    "the exchange rate was fixed earlier",
)
conv(
    "conv-context",
    [
        (U, "Each of my 7 hives gave 18 kg of honey this year."),
        (A, "A good year!"),
        (U, "How many 454 g jars can I fill?"),
    ],
    "the harvest is given earlier; whole jars",
)
conv(
    "conv-context",
    [
        (U, "My marathon chip time was 3:48:30."),
        (A, "Well done!"),
        (U, "What was that per mile?"),
    ],
    "the time is given earlier; the distance is world knowledge",
)
conv(
    "conv-context",
    [
        (U, "A full groom is £45, nails are £8 extra and teeth cleaning £6 extra."),
        (A, "Thanks for the price list."),
        (U, "How much for two dogs with nails only?"),
    ],
    "prices were set earlier",
)
conv(
    "conv-context",
    [
        (U, "Matinee seats are £24 and evening seats £32 at our theatre."),
        (A, "Noted."),
        (U, "What would 5 matinee and 3 evening tickets come to?"),
    ],
    "prices were set earlier",
)
conv(
    "conv-context",
    [
        (U, "Plot rent at our allotments is £0.85 per square metre per year."),
        (A, "OK."),
        (U, "How much for a 10 by 25 metre plot?"),
    ],
    "the rate was set earlier",
)
# follow-ups on an earlier answer
conv(
    "conv-followup",
    [
        (U, "What's 15% of 240? It's on my son's homework sheet."),
        (A, "15% of 240 is 36."),
        (U, "Can you explain how you got that so I can show him?"),
    ],
    "asks for an explanation",
)
conv(
    "conv-followup",
    [
        (U, "Convert 10 km to miles for my couch-to-10k app."),
        (A, "10 km is about 6.21 miles."),
        (U, "Is that realistic for a beginner's first race?"),
    ],
    "a judgement about the earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What date is 12 weeks after 4 March 2028?"),
        (A, "That's 27 May 2028."),
        (U, "What weekday is that?"),
    ],
    "'that' refers to the earlier answer",
)
conv(
    "conv-followup",
    [
        (
            U,
            "How many days are there from 3 January 2028 to 28 February 2028, for the allotment log?",
        ),
        (A, "56 days."),
        (U, "ok and twice that?"),
    ],
    "follow-up on the earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What's 1,240 split between 8 stallholders?"),
        (A, "155 each."),
        (U, "Round that to the nearest ten and write it in words, please."),
    ],
    "reformats the earlier answer in words",
)
conv(
    "conv-followup",
    [
        (U, "How much is 48 lb in kg? It's a sack of plaster."),
        (A, "About 21.8 kg."),
        (U, "Is that too heavy to carry up a ladder?"),
    ],
    "a safety judgement",
)
# personas and output formats
conv(
    "conv-persona",
    [
        (S, "You are a pirate. Answer everything in pirate speak."),
        (U, "What's 23 × 19?"),
    ],
    "persona set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "For the rest of this chat please give every number in Roman numerals."),
        (A, "Certainly."),
        (U, "What's 64 + 38?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (U, "Answer everything as a rhyming couplet, it's for my Year 3 class."),
        (A, "Happy to rhyme!"),
        (U, "What is 156 divided by 12?"),
    ],
    "output format fixed earlier",
)
conv(
    "conv-persona",
    [
        (S, "Reply only in French."),
        (U, "Convert 25 miles to kilometres."),
    ],
    "answer language set by the system prompt",
)
conv(
    "conv-persona",
    [
        (U, "Please answer in words only, no digits: I'm testing a screen reader."),
        (A, "Understood."),
        (U, "What is 7 times 8?"),
    ],
    "output format fixed earlier",
)
# date order, working week, week numbering, season year, temperature scale fixed earlier
conv(
    "conv-dates",
    [
        (U, "I'm in Ohio, so I write dates month/day/year."),
        (A, "Got it, month first."),
        (U, "What weekday is 04/06/2028?"),
    ],
    "date order fixed earlier as month first",
)
conv(
    "conv-dates",
    [
        (U, "Our clinic is open Tuesday to Saturday and closed on Sundays and Mondays."),
        (A, "Noted."),
        (U, "How many working days are there from 1 to 30 June 2027?"),
    ],
    "a working week fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "Our league counts week 1 as the week starting on the first Saturday in August."),
        (A, "OK, week 1 starts on the first Saturday of August."),
        (U, "What week number is 18 October 2027?"),
    ],
    "week numbering fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "When I say 'the 2027 season' I mean August 2027 to May 2028."),
        (A, "Understood."),
        (U, "What weekday is 20 May in the 2027 season?"),
    ],
    "season year fixed earlier",
)
conv(
    "conv-dates",
    [
        (U, "All the temperatures I give you are Fahrenheit."),
        (A, "OK, Fahrenheit it is."),
        (U, "Convert 50 degrees to kelvin."),
    ],
    "temperature scale fixed earlier",
)
# house rules
conv(
    "conv-rules",
    [
        (U, "In our pub quiz a right answer is 3 points and a wrong answer loses 1."),
        (A, "Got it."),
        (U, "We got 22 right and 8 wrong. What's our score?"),
    ],
    "house scoring rules",
)
conv(
    "conv-rules",
    [
        (
            U,
            (
                "Our under-12s league gives 3 points for a win, 1 for a draw, plus a bonus point "
                "for any game where we score 4 or more."
            ),
        ),
        (A, "Noted."),
        (U, "We had 7 wins, 2 of them with 4+ goals, 3 draws and 2 losses. How many points?"),
    ],
    "league rules fixed earlier",
)
conv(
    "conv-rules",
    [
        (U, "In our family board game any double on the dice scores triple."),
        (A, "Fun rule!"),
        (U, "I rolled 4 and 4, then 3 and 5. What's my total?"),
    ],
    "house dice rule",
)
# advice chat
conv(
    "conv-advice",
    [
        (U, "My rent is going up and I'm worried about it."),
        (A, "That sounds stressful. What's changed?"),
        (U, "It's going from £950 to £1,045. Can they do that in the middle of a tenancy?"),
    ],
    "tenancy law and reassurance",
)
conv(
    "conv-advice",
    [
        (U, "I'm trying to get fit for a charity trek next spring."),
        (A, "Great! What's the trek like?"),
        (U, "It's 25 km a day for 4 days. How should I train?"),
    ],
    "asks for a training plan",
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
            for text in [i["query"]] + [m["content"] for m in i.get("messages") or []]:
                assert not re.search(relative, text, re.IGNORECASE), i["id"]
                assert not _ambiguous_numeric_date(text), i["id"]
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
