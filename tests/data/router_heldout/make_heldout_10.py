"""Generate heldout-2026-12-13.jsonl: a tenth held-out router evaluation set.

Provenance: written WITHOUT any knowledge of how the router works or what it was tuned on. The
author read only bench/router.py and bench/grading.py (how a JSONL set is read and graded) and
make_heldout_9.py, the latter ONLY for its record format, its label/tolerance/family conventions,
its table of exact conversion factors with their sources, its date helpers, the rules of its
docstring (what positives may and may not ask) and how its main() checks for duplicates against
earlier generators. Nothing under router/, tools/, docs/, server/ or tests/ (other than that one
generator) was opened; no other file was opened (the folder was listed only to count the
earlier generators); no JSONL file was opened, no commit history was looked at, no network was
used, and neither the router nor the bench was ever run on this set. Every query here is newly written by
the author (none copied from make_heldout_9.py, none built from its templates); `main()` asserts
that every query is unique and that none equals (case-insensitively, whitespace-normalised) a
query or user turn of make_heldout.py, make_heldout_2.py ... make_heldout_9.py, whose items are
built in memory by importing those generators (their queries are never printed, their JSONL
files never read; on a clash only the ids of THIS set's items are reported).

Registers (families) chosen for this set, deliberately different from set 9's where possible:
  calculator: office admin and HR (overtime, pro-rata leave, mileage claims, training budgets),
    renovation and property (floor area, quotes, paint, price gain), car maintenance and fuel
    logs (fill-up cost, odometer, litres per 100 km; no mpg), pet care (feeding by body weight,
    how long a bag lasts), academic (weighted marks, word limits, GPA), sports coaching
    (free-throw percentage, relay splits), physics/chemistry homework with SI units (F = ma,
    Ohm's law, moles with the molar mass given), nutrition labels (protein, salt; no
    calories), fundraising and charity totals (bake sale, pledges, target percentage),
    freelance invoicing (VAT, platform fee, withholding), music practice (beat length, tempo
    increase, piece length), board-game and darts scoring (as plain arithmetic), Slack
    messages, Reddit-post style, voice-typed text without punctuation, long preambles, and
    questions with a correction ("sorry, I meant ...") where the corrected value counts.
  units: renovation (feet+inches, square feet in words, worktops), car (torque in N*m to
    lbf*ft, odometer, tyre kPa to psi), pet care (cat weight, aquarium temperature, pouch weight
    in avoirdupois ounces), science homework (kelvin, angstrom, atm to kPa, km/h to m/s,
    nanometres to micrometres), sports (yards, shot put, boxer's weight), nutrition labels (mg,
    ounces of weight), weather logs (rainfall inches, gusts, m/s, hPa to atm, degF), travel,
    practice time, data sizes with binary prefixes written out, office and freelance sizes,
    charity rides, Slack, Reddit, voice-typed, long preamble, corrections, non-US spellings
    (tonnes, litres, kilometres), one harmless conversation.
  datetime: office/HR (leave weekdays, notice periods, overtime hours, probation in weeks,
    payday as "last Friday" with the rule stated), renovation schedules, car service and tax
    dates, pet vaccinations/flea treatments/pet age on a stated date, academic (library loans,
    dissertation countdown with both dates, exam weekday, semester weeks), sports (rule-stated
    tournament date, season length, match minutes, fixtures every N days), travel itineraries
    (nights, inclusive visa days, night-train hours, weekday after N days), weather-log calendar
    facts, fundraising and freelance deadlines (net-30 stated as days), music practice, board
    game night (rule stated), Slack, Reddit, voice-typed years in words, a long preamble,
    corrections, "fortnight", a DD/MM/YYYY date with its format stated, ISO week numbering, one
    harmless conversation.

Negatives (label "negative"): reference codes, explanations, advice, ballpark estimates, world
facts, live information, code, writing tasks, small talk with numbers, plans and rotas,
legal/medical judgement, brain-teasers. Hard single-turn negatives (families "near-...", each
with a "note"), phrased almost like this set's positives: conversions missing a density or an
exchange rate, calculations missing a number, dates relative to an unstated "today", dates
missing their anchor, world facts (distances, heights, lunar holidays), estimates, requests for
a method, checking someone's working, output as words/Roman numerals/binary/another language,
nominal sizes, numeric dates whose order is not stated, rules knowledge (statutory leave,
Scrabble letter values, tax bands), veterinary dosing, chemistry needing a molar mass, time
zones, musical interpretation. Conversations (families "conv-...", field "messages"; "query"
repeats the last user turn, each with a "note"): notation redefined earlier (binary, hex,
% as remainder, European thousands point, baker's dozen, darts "ton", kelvin default, log
base 2), numbers fixed in earlier turns, follow-ups, personas and output formats, units/date
orders/working weeks/financial years fixed earlier, advice chat.

Left out entirely (their grading is contested): US vs imperial pints/cups/gallons/fluid
ounces/tablespoons, short/long tons, barrels, mpg, calories, horsepower, kB vs KiB, "a month"
or "a year" as a length, nominal sizes in positives, leap-day birthdays, all-numeric dates whose
day and month are both <= 12 (unless the format is stated; asserted), time zones and daylight
saving in positives, Easter, and anything depending on the current date (no "now" or "timezone"
field is set; no positive needs a "today").

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" for
conversations and "note" on hard or borderline items (why the item got its label).
Labels: "positive:calculator", "positive:units", "positive:datetime", "negative".
Tolerances: 1e-6 relative for calculator and date numbers and for exact unit results, 1e-3 for
unit results a tool may round. Dates are expected as ISO "YYYY-MM-DD", weekdays as the English
name, everything else as a number (the grader reads the LAST number of the answer). No positive
asks for a result in a unit written with a power, as a clock time or as a fraction "a/b"; no
calculator, date or exact unit result is a repeating decimal (asserted). A positive is a
question whose tool answer IS the answer. In a "correction" item the corrected value is the one
asked about.

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors:
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    standard gravity g_n = 9.806 65 m/s^2 exactly; 1 lbf = 1 lb * g_n; 1 psi = 1 lbf/in^2;
      1 lbf*ft = 1 lbf * 1 ft (torque)
    1 bar = 100 000 Pa exactly (so 1 mbar = 1 hPa); 1 standard atmosphere = 101 325 Pa exactly
      (10th CGPM 1954, Resolution 4; NIST SP 811 B.8)
    1 angstrom = 1e-10 m exactly (NIST SP 811, Table 10 / B.8)
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  SI Brochure, 9th edition (2019): SI prefixes; T(K) = t(degC) + 273.15;
    t(degF) = t(degC) * 9/5 + 32; 1 min = 60 s, 1 h = 60 min, 1 d = 24 h; 1 W*h = 3600 J;
    1 t (tonne) = 1000 kg; 1 L = 1 dm^3 (1 mL = 1e-3 L); 1 week = 7 d (a fortnight = 14 d)
  Calendar rules are stated in the queries themselves; ISO 8601 week numbering
    (datetime.date.isocalendar).

Run:  .venv/bin/python tests/data/router_heldout/make_heldout_10.py   (writes the JSONL next to
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
OUT = HERE / "heldout-2026-12-13.jsonl"
PREFIX = "ho10-"
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


assert num(F(9, 3)) == 3 and num(dec("0.2") * 3) == 0.6 and pct("12.5") == F(1, 8)
assert terminates(F(3, 8)) and not terminates(F(1, 3))

# =========================================================================== calculator
CALC_TOL = 1e-6


def calc(family, query, value, **extra):
    value = F(value)
    assert terminates(value) and value != 0, query
    add("positive:calculator", family, query, num(value), CALC_TOL, **extra)


# office admin and HR
calc(
    "office-hr",
    "Overtime is paid at 1.5 times my base rate of £16.40 an hour. What do I get for 7 hours "
    "of overtime?",
    dec("1.5") * dec("16.40") * 7,
)
calc(
    "office-hr",
    "The L&D budget for our team of 14 is €9,310. How much is that per head?",
    F(9310, 14),
)
calc(
    "office-hr",
    "pro rata question: full-time staff get 28 days leave and I'm on 0.6 FTE, so 28 x 0.6 = ?",
    28 * dec("0.6"),
)
calc(
    "office-hr",
    "Mileage claim for 312 business miles at 45p a mile, what's the total in pounds?",
    312 * dec("0.45"),
)

# renovation and property
calc(
    "renovation",
    "The kitchen floor is 4.2 m by 3.6 m — how many square metres of vinyl is that?",
    dec("4.2") * dec("3.6"),
)
calc(
    "renovation",
    "Builder's quote: labour £2,350, materials £1,780.60 and skip hire £265. What's the total?",
    2350 + dec("1780.60") + 265,
)
calc(
    "renovation",
    "Paint covers 12 square metres per litre. The walls come to 66 square metres and I'm doing "
    "two coats, so how many litres is that?",
    F(66 * 2, 12),
)

# car maintenance and fuel logs (no mpg)
calc(
    "car-log",
    "Fuel log: put in 46.8 litres at 1.795 per litre. What did the fill-up cost?",
    dec("46.8") * dec("1.795"),
)
calc(
    "car-log",
    "Odometer read 48,215 km at the last fill-up and 48,902 km at this one. Distance driven?",
    48902 - 48215,
)
calc(
    "car-log",
    "Used 38.5 L of petrol over 550 km — what's that as litres per 100 km?",
    dec("38.5") / 550 * 100,
)

# pet care
calc(
    "pet-care",
    "The raw-feeding guide says 25 g per kg of body weight per day and my collie is 18.4 kg. "
    "How many grams a day?",
    25 * dec("18.4"),
)
calc(
    "pet-care",
    "If a 12 kg sack of kibble is fed at 240 g a day, how many days does it last? (12,000 ÷ 240)",
    F(12000, 240),
)

# academic
calc(
    "academic",
    "Module mark: coursework is weighted 40% and the exam 60%. I got 68 in coursework and 74 in "
    "the exam, what's my overall mark?",
    pct(40) * 68 + pct(60) * 74,
)
calc(
    "academic",
    "Essay limit is 3,500 words and we're allowed 10% over. What's the maximum word count?",
    3500 * (1 + pct(10)),
)
calc(
    "academic",
    "Can you compute (4.0×3 + 3.7×4 + 3.3×3) / 10 for my GPA?",
    (dec("4.0") * 3 + dec("3.7") * 4 + dec("3.3") * 3) / 10,
)

# sports coaching
calc(
    "sports-coaching",
    "My point guard made 37 of 50 free throws this season. What's that as a percentage?",
    F(37, 50) * 100,
)
calc(
    "sports-coaching",
    "4x100 relay splits were 11.42, 10.98, 11.05 and 10.87 seconds. Add them up for the team time?",
    dec("11.42") + dec("10.98") + dec("11.05") + dec("10.87"),
)

# physics / chemistry homework with SI units
calc(
    "science-homework",
    "Physics HW: F = m × a with m = 12.5 kg and a = 3.2 m/s². What is F in newtons?",
    dec("12.5") * dec("3.2"),
)
calc(
    "science-homework",
    "Ohm's law, V = I × R. If I = 0.25 A and R = 470 Ω, how many volts?",
    dec("0.25") * 470,
)
calc(
    "science-homework",
    "Chem: 36 g of water, molar mass 18 g/mol — how many moles?",
    F(36, 18),
)

# nutrition labels (no calories)
calc(
    "nutrition-label",
    "Yoghurt label says 7.5 g protein per 100 g. How much protein is in the whole 240 g pot?",
    dec("7.5") * 240 / 100,
)
calc(
    "nutrition-label",
    "Each slice of bread has 0.45 g of salt. I had 5 slices, so how many grams of salt?",
    5 * dec("0.45"),
)

# fundraising and charity
calc(
    "fundraising",
    "Bake sale takings: 86 cupcakes at £1.50 and 42 brownies at £2.25. How much did we raise?",
    86 * dec("1.50") + 42 * dec("2.25"),
)
calc(
    "fundraising",
    "Sponsored walk: 12 sponsors each pledged £5 per km and I walked 8 km. Total pledged?",
    12 * 5 * 8,
)
calc(
    "fundraising",
    "We've raised $14,725 of our $19,000 target. What percentage of the target is that?",
    F(14725, 19000) * 100,
)

# freelance invoicing
calc(
    "freelance",
    "Invoice: 37.5 hours at €64 an hour, plus 21% VAT on top. What's the invoice total?",
    dec("37.5") * 64 * (1 + pct(21)),
)
calc(
    "freelance",
    "Day rate 650, worked 13 days, and the platform keeps 5%. What do I actually receive?",
    650 * 13 * (1 - pct(5)),
)
calc(
    "freelance",
    "Client withholds 20% tax from a gross invoice of 3,275. What's the net payment?",
    3275 * (1 - pct(20)),
)

# music practice
calc(
    "music-practice",
    "At 120 beats per minute, how many seconds long is one beat? (60 ÷ 120)",
    F(60, 120),
)
calc(
    "music-practice",
    "Moving the metronome from 80 to 92 bpm — what percent increase is that?",
    F(92 - 80, 80) * 100,
)
calc(
    "music-practice",
    "The étude is 32 bars of 3 beats at 144 beats per minute. How many seconds does it last? "
    "(32 × 3 × 60 ÷ 144)",
    F(32 * 3 * 60, 144),
)

# board games and darts, as plain arithmetic
calc(
    "board-games",
    "Scrabble tally: my letters add up to 1+4+1+1+3 and it's on a triple word, so what's "
    "(1+4+1+1+3)×3?",
    (1 + 4 + 1 + 1 + 3) * 3,
)
calc(
    "board-games",
    "Darts, playing 501: I've scored 140, 100 and 85 so far. 501 − 140 − 100 − 85 leaves what?",
    501 - 140 - 100 - 85,
)

# Slack messages
calc(
    "slack",
    "@here quick sanity check before I raise the PO :eyes: 18 × 42.50?",
    18 * dec("42.50"),
)
calc("slack", ":thinking_face: what's 2,760 / 23 again", F(2760, 23))

# Reddit-post style
calc(
    "reddit",
    "Throwaway because my boss browses here. Not asking for advice, just the maths: what is "
    "17.5% of 4,360?",
    pct("17.5") * 4360,
)
calc(
    "reddit",
    "[Q] what's 1,024 × 768?\n\nEDIT: it's for a wallpaper resolution thing, don't ask",
    1024 * 768,
)

# voice-typed, no punctuation
calc("voice-typed", "what is three hundred forty five times twelve", 345 * 12)
calc(
    "voice-typed",
    "ok so um whats eighty five percent of six hundred and forty",
    pct(85) * 640,
)

# long preamble
calc(
    "long-preamble",
    "So I've been going back and forth with my old landlord about the deposit for weeks now and "
    "honestly it's exhausting. He's finally agreed to return it minus a cleaning fee, and I "
    "just want to check his numbers before I sign anything. The deposit was 1,450 and the "
    "cleaning fee is 185. How much should I get back?",
    1450 - 185,
)
calc(
    "long-preamble",
    "Bit of background: our book club shares one streaming subscription and I'm the mug who "
    "pays for it up front every year. Nobody minds settling up, they just want a number. This "
    "year it came to 143.50 and there are 7 of us. What's each person's share?",
    dec("143.50") / 7,
)

# corrections: the corrected value is the one asked about
calc(
    "correction",
    "what's 18% of 2,450 — sorry, I meant 2,540",
    pct(18) * 2540,
)
calc("correction", "Can you do 96 × 14? wait no, 96 × 41", 96 * 41)
calc(
    "correction",
    "Add 1,275 and 3,860. Oops, typo: 1,275 and 3,680.",
    1275 + 3680,
)


# =========================================================================== units
IN = F(254, 10000)  # m
FT = 12 * IN
YD = 3 * FT
MI = 5280 * FT
LB = F(45359237, 10**8)  # kg
OZ = LB / 16
G0 = F(980665, 100000)  # m/s^2
LBF = LB * G0  # N
LBF_FT = LBF * FT  # N*m
PSI = LBF / (IN * IN)  # Pa
BAR = F(100000)  # Pa
HPA = F(100)  # Pa
ATM = F(101325)  # Pa
ANGSTROM = F(1, 10**10)  # m
KWH = F(3600000)  # J
KIB, MIB, GIB = 2**10, 2**20, 2**30  # bytes
KMH = F(1000, 3600)  # m/s
MPH = MI / 3600  # m/s

assert MI == F(1609344, 1000) and YD == F(9144, 10000) and OZ * 1000 == dec("28.349523125")
assert abs(PSI - F(68947573, 10**4)) < F(1, 10**3)
assert abs(LBF_FT - dec("1.3558179483314004")) < F(1, 10**12)
assert ATM / HPA == dec("1013.25")


def f_to_c(f):
    return (F(f) - 32) * F(5, 9)


def c_to_f(c):
    return F(c) * F(9, 5) + 32


def c_to_k(c):
    return F(c) + dec("273.15")


assert f_to_c(212) == 100 and c_to_f(-40) == -40 and c_to_k(0) == dec("273.15")

EXACT = 1e-6
ROUNDED = 1e-3


def unit(family, query, value, tol=ROUNDED, **extra):
    value = F(value)
    assert value != 0, query
    if tol == EXACT:
        assert terminates(value), query
    add("positive:units", family, query, num(value), tol, **extra)


# renovation
unit(
    "renovation",
    "Measured the alcove wall at 9 ft 7 in. How many centimetres is that?",
    (9 * FT + 7 * IN) * 100,
    EXACT,
)
unit(
    "renovation",
    "The listing says the bedroom is 150 square feet — how many square metres is that?",
    150 * FT * FT,
    EXACT,
)
unit("renovation", "Skirting board comes in 3.6 m lengths; what's that in feet?", dec("3.6") / FT)
unit("renovation", "Standard worktop depth here is 600 mm, in inches please", dec("0.6") / IN)

# car maintenance
unit(
    "car-log",
    "Wheel nut torque spec is 120 N·m. What's that in lbf·ft?",
    120 / LBF_FT,
)
unit(
    "car-log",
    "The import's odometer shows 63,400 miles; how many kilometres has it done?",
    63400 * MI / 1000,
    EXACT,
)
unit("car-log", "Door sticker says tyres at 230 kPa. Convert that to psi.", 230000 / PSI)

# pet care
unit("pet-care", "Our cat weighs 11.5 lb at the vet's. What's that in kilograms?", dec("11.5") * LB)
unit(
    "pet-care",
    "The aquarium heater is set to 78 °F — what is that in Celsius?",
    f_to_c(78),
)
unit("pet-care", "Each wet food pouch weighs 3 oz. How many grams is that?", 3 * OZ * 1000)

# physics / chemistry homework
unit(
    "science-homework",
    "Chem lab: convert 25 °C to kelvin.",
    c_to_k(25),
    EXACT,
)
unit(
    "science-homework",
    "An X-ray wavelength of 1.54 Å is how many nanometres?",
    dec("1.54") * ANGSTROM * 10**9,
    EXACT,
)
unit(
    "science-homework",
    "The gas is at 2.5 atm. Express that in kPa.",
    dec("2.5") * ATM / 1000,
    EXACT,
)
unit(
    "science-homework",
    "physics homework: a car doing 90 km/h, what's that in m/s?",
    90 * KMH,
    EXACT,
)
unit("science-homework", "Convert 350 nm to micrometres.", F(350, 1000), EXACT)
unit("science-homework", "What is −40 °F in kelvin?", c_to_k(f_to_c(-40)), EXACT)

# sports
unit(
    "sports-coaching",
    "Our club pool is 25 yards long. How many metres is one length?",
    25 * YD,
    EXACT,
)
unit("sports-coaching", "She threw the shot 21.5 m — how far is that in feet?", dec("21.5") / FT)
unit("sports-coaching", "My boxer weighed in at 147 lb; in kg that's?", 147 * LB)

# nutrition labels
unit(
    "nutrition-label",
    "Label lists sodium as 2,300 mg. How many grams is that?",
    F(2300, 1000),
    EXACT,
)
unit(
    "nutrition-label",
    "The snack bar weighs 1.76 oz according to the US label. In grams?",
    dec("1.76") * OZ * 1000,
)

# weather logs
unit(
    "weather-log",
    "Rain gauge caught 1.8 inches overnight. What's that in millimetres?",
    dec("1.8") * IN * 1000,
    EXACT,
)
unit("weather-log", "Gusts of 25 mph forecast, how many km/h is that", 25 * MPH / KMH, EXACT)
unit("weather-log", "Anemometer logged 15 m/s. Convert to km/h.", 15 / KMH, EXACT)
unit(
    "weather-log",
    "Station pressure 1013.25 hPa — how many standard atmospheres?",
    dec("1013.25") * HPA / ATM,
    EXACT,
)
unit("weather-log", "Overnight low of 14 °F in my log. What's that in °C?", f_to_c(14), EXACT)

# travel itineraries
unit(
    "travel-itinerary",
    "Day 3 of the itinerary is a 13.1-mile coastal hike. How many km?",
    dec("13.1") * MI / 1000,
    EXACT,
)
unit("travel-itinerary", "The ferry allows 50 lb of luggage; what's that in kg?", 50 * LB)

# practice time, data sizes, office, freelance, fundraising
unit(
    "music-practice",
    "My practice target is 2.75 hours this week — in minutes?",
    dec("2.75") * 60,
    EXACT,
)
unit("data", "How many MiB is 2,048 KiB?", F(2048 * KIB, MIB), EXACT)
unit("office-hr", "The new standing desk is 160 cm wide. How many inches?", dec("1.60") / IN)
unit(
    "freelance",
    "Client wants a pull-up banner 1.2 m wide — what's that in inches?",
    dec("1.2") / IN,
)
unit(
    "fundraising",
    "Charity bike ride is 160 km. How many miles is that?",
    F(160 * 1000) / MI,
)

# Slack, Reddit, voice-typed
unit("slack", "anyone know 72 inches in cm? :straight_ruler:", 72 * IN * 100, EXACT)
unit(
    "reddit",
    "Europeans of Reddit, I'm 5'11\" — what's that in centimetres?",
    (5 * FT + 11 * IN) * 100,
    EXACT,
)
unit("reddit", "r/AskEurope: what's 68 °F in real units (Celsius)?", f_to_c(68), EXACT)
unit(
    "voice-typed",
    "convert sixty five kilometers per hour to miles per hour",
    65 * KMH / MPH,
)
unit(
    "voice-typed",
    "how many grams in two point five pounds",
    dec("2.5") * LB * 1000,
    EXACT,
)

# long preamble
unit(
    "long-preamble",
    "My sister has signed us both up for a charity walk in June without asking me first, which "
    "is very her. I've never walked further than the shops, and the website only gives the "
    "distance in miles, which means nothing to me. How many kilometres is 8 miles?",
    8 * MI / 1000,
    EXACT,
)

# corrections
unit(
    "correction",
    "what's 180 cm in feet — sorry, I meant in inches",
    dec("1.80") / IN,
)
unit("correction", "Convert 15 kg to lb, no wait, 51 kg.", F(51) / LB)

# non-US spellings
unit("non-us-spelling", "How many tonnes is 2,750 kilograms?", F(2750, 1000), EXACT)
unit("non-us-spelling", "A 750 millilitre bottle is how many litres?", F(750, 1000), EXACT)
unit("non-us-spelling", "42,195 metres in kilometres, please.", F(42195, 1000), EXACT)


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


assert weekday(D(2028, 1, 1)) == "Saturday" and age(D(2019, 2, 14), D(2027, 9, 1)) == 8
assert nth_weekday(2028, 6, FRI, -1) == D(2028, 6, 30)
assert clock_span("23:10", "07:25", 60) == 495
assert weekdays_between(D(2027, 12, 6), D(2027, 12, 12)) == 5
assert D(2028, 1, 1).isocalendar()[:2] == (2027, 52)


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


# office admin and HR
date_item(
    "office-hr",
    "I've booked annual leave from Monday 6 December 2027 to Friday 17 December 2027. How many "
    "weekdays is that, counting both ends?",
    weekdays_between(stated(D(2027, 12, 6), "Monday"), stated(D(2027, 12, 17), "Friday")),
)
date_item(
    "office-hr",
    "I handed in four weeks' notice on Thursday 2 March 2028. What date is four weeks after that?",
    stated(D(2028, 3, 2), "Thursday") + TD(weeks=4),
)
date_item(
    "office-hr",
    "Logged overtime from 17:30 to 21:15 last night. How many hours is that for the timesheet?",
    clock_span("17:30", "21:15", 3600),
)
date_item(
    "office-hr",
    "New starter begins on 10 January 2028 with a 26-week probation. What's the date 26 weeks "
    "after the start?",
    D(2028, 1, 10) + TD(weeks=26),
)
date_item(
    "office-hr",
    "Payday is the last Friday of the month. Which date is payday in June 2028?",
    nth_weekday(2028, 6, FRI, -1),
)

# renovation
date_item(
    "renovation",
    "Kitchen fitters start on Monday 14 February 2028 and need 45 calendar days. What date is "
    "45 days after the start?",
    stated(D(2028, 2, 14), "Monday") + TD(45),
)
date_item(
    "renovation",
    "The council said the planning decision is due 8 weeks after the application was validated "
    "on 23 November 2027. What date is that?",
    D(2027, 11, 23) + TD(weeks=8),
)

# car maintenance
date_item(
    "car-log",
    "Last oil change was on 19 August 2027 and the service interval is 180 days. When is the "
    "next one due?",
    D(2027, 8, 19) + TD(180),
)
date_item(
    "car-log",
    "Car tax runs out on 31 March 2028. How many days is it from 1 January 2028 to 31 March 2028?",
    days(D(2028, 1, 1), D(2028, 3, 31)),
)

# pet care
date_item(
    "pet-care",
    "Puppy had her first jab on 17 October 2027 and the second is 4 weeks later. What date is "
    "the second one?",
    D(2027, 10, 17) + TD(weeks=4),
)
date_item(
    "pet-care",
    "Flea treatment every 30 days, first dose on 5 January 2028. What's the date of the third "
    "dose?",
    D(2028, 1, 5) + TD(2 * 30),
)
date_item(
    "pet-care",
    "Our spaniel was born on 14 February 2019. How old is she, in whole years, on 1 September "
    "2027?",
    age(D(2019, 2, 14), D(2027, 9, 1)),
)

# academic
date_item(
    "academic",
    "Library book borrowed on 29 January 2028 on a 3-week loan. When is it due back?",
    D(2028, 1, 29) + TD(weeks=3),
)
date_item(
    "academic",
    "How many days are there from 20 March 2028 to my dissertation deadline on 12 May 2028?",
    days(D(2028, 3, 20), D(2028, 5, 12)),
)
date_item(
    "academic",
    "My organic chemistry exam is on 6th June 2028 — what day of the week is that?",
    weekday(D(2028, 6, 6)),
)
date_item(
    "academic",
    "Semester starts Monday 4 September 2028 and each teaching week starts on a Monday. What "
    "date does week 15 start?",
    stated(D(2028, 9, 4), "Monday") + TD(weeks=14),
)

# sports
date_item(
    "sports-coaching",
    "The regional tournament is always on the second Saturday of April. Which date is that in "
    "2028?",
    nth_weekday(2028, 4, SAT, 2),
)
date_item(
    "sports-coaching",
    "Our season runs from 7 August 2027 to 20 May 2028. How many days is that?",
    days(D(2027, 8, 7), D(2028, 5, 20)),
)
date_item(
    "sports-coaching",
    "Kick-off was at 19:45 and the final whistle went at 21:38. How many minutes in total?",
    clock_span("19:45", "21:38", 60),
)
date_item(
    "sports-coaching",
    "Fixtures are every 10 days starting 3 September 2027. What date is the 6th fixture?",
    D(2027, 9, 3) + TD(5 * 10),
)

# travel itineraries
date_item(
    "travel-itinerary",
    "We land in Lisbon on 28 June 2028 and fly home on 9 July 2028. How many nights is that?",
    days(D(2028, 6, 28), D(2028, 7, 9)),
)
date_item(
    "travel-itinerary",
    "The visa is valid for 30 days including the day of entry. If I enter on 15 May 2028, what "
    "is the last valid day?",
    D(2028, 5, 15) + TD(29),
)
date_item(
    "travel-itinerary",
    "Night train leaves at 23:10 and arrives at 07:25 the next morning. How many hours is the "
    "journey?",
    clock_span("23:10", "07:25", 3600),
)
date_item(
    "travel-itinerary",
    "Road trip starts Tuesday 18 July 2028. What weekday will it be 12 days later?",
    weekday(stated(D(2028, 7, 18), "Tuesday") + TD(12)),
)

# weather logs
date_item(
    "weather-log",
    "For my weather log: which day of the year is 21 June 2028?",
    D(2028, 6, 21).timetuple().tm_yday,
)
date_item(
    "weather-log",
    "Counting both ends, how many days are there from 1 December 2027 to 28 February 2028?",
    days(D(2027, 12, 1), D(2028, 2, 28)) + 1,
)

# fundraising, freelance, music, board games
date_item(
    "fundraising",
    "The appeal launched on 9 October 2027 and closes 75 days later. What's the closing date?",
    D(2027, 10, 9) + TD(75),
)
date_item(
    "freelance",
    "Invoice dated 17 November 2027, payment due 30 days after the invoice date. What's the "
    "due date?",
    D(2027, 11, 17) + TD(30),
)
date_item(
    "freelance",
    "invoice date 2028-01-27, terms are 45 days. due date?",
    D(2028, 1, 27) + TD(45),
)
date_item(
    "music-practice",
    "My piano recital is on Sunday 26 March 2028 and I'm starting serious practice 8 weeks "
    "before. Which date is that?",
    stated(D(2028, 3, 26), "Sunday") - TD(weeks=8),
)
date_item(
    "music-practice",
    "Practised from 19:20 to 20:05 tonight. How many minutes was that?",
    clock_span("19:20", "20:05", 60),
)
date_item(
    "board-games",
    "Board game night is the third Thursday of every month. What's the date in November 2027?",
    nth_weekday(2027, 11, THU, 3),
)

# Slack, Reddit, voice-typed
date_item(
    "slack",
    "@channel code freeze starts 2027-12-17 — what weekday is that?",
    weekday(D(2027, 12, 17)),
)
date_item(
    "slack",
    "sprint review is 3 weeks after Wed 10 Nov 2027, what date is that :calendar:",
    stated(D(2027, 11, 10), "Wednesday") + TD(weeks=3),
)
date_item(
    "reddit",
    "Not a trick question lol — how many days are there from 4 July 2027 to 4 July 2028?",
    days(D(2027, 7, 4), D(2028, 7, 4)),
)
date_item(
    "voice-typed",
    "what day of the week is march fifteenth twenty twenty eight",
    weekday(D(2028, 3, 15)),
)
date_item(
    "voice-typed",
    "how many days between june first twenty twenty eight and august fifteenth twenty twenty eight",
    days(D(2028, 6, 1), D(2028, 8, 15)),
)

# long preamble
date_item(
    "long-preamble",
    "My partner and I have been planning our first proper holiday in years, and after a lot of "
    "arguing over spreadsheets we've finally booked the flights. The travel insurance covers "
    "trips of up to 40 days from the departure date and we fly out on 18 January 2028. What's "
    "the date 40 days after 18 January 2028?",
    D(2028, 1, 18) + TD(40),
)

# corrections
date_item(
    "correction",
    "What weekday is 14 October 2027? sorry, I meant 14 October 2028",
    weekday(D(2028, 10, 14)),
)
date_item(
    "correction",
    "How many days from 3 Feb 2028 to 9 Mar 2028... oops, to 19 Mar 2028",
    days(D(2028, 2, 3), D(2028, 3, 19)),
)

# non-US spellings and formats, calendar facts
date_item(
    "non-us-spelling",
    "What date is a fortnight after 24 December 2027?",
    D(2027, 12, 24) + TD(14),
)
date_item(
    "non-us-spelling",
    "My receipt is dated 07/11/2027 (that's DD/MM/YYYY). Which day of the week was it?",
    weekday(D(2027, 11, 7)),
)
date_item(
    "calendar-facts",
    "Which ISO 8601 week number does 1 January 2028 fall in?",
    D(2028, 1, 1).isocalendar()[1],
)
date_item(
    "calendar-facts",
    "How many Sundays are there in February 2032?",
    count_weekday(2032, 2, SUN),
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
        (S, "You help volunteers at a community food bank."),
        (U, "Morning! I'm doing the stock count for the tins."),
        (A, "Morning! What do you need?"),
        (U, "What's 27 boxes × 24 tins?"),
    ],
    27 * 24,
    CALC_TOL,
)
conv_pos(
    "positive:units",
    "conv-harmless",
    [
        (U, "I coach an under-14 athletics squad and I'm writing the session plan."),
        (A, "Sounds fun. How can I help?"),
        (U, "How many metres is 100 yards?"),
    ],
    100 * YD,
    EXACT,
)
conv_pos(
    "positive:datetime",
    "conv-harmless",
    [
        (U, "We're finally getting the loft converted, eek!"),
        (A, "Exciting! What can I help with?"),
        (U, "What day of the week is 9 September 2028?"),
    ],
    weekday(D(2028, 9, 9)),
    None,
)

# =========================================================================== negatives
# family -> list of (query, note); "near-" families are the hard ones and must carry a note.
NEG = {
    "reference-codes": [
        ("My VIN is WVWZZZ1KZ6W123456, which model year does that make it?", None),
        ("What does engine fault code P0420 mean on a 2014 Ford Focus?", None),
        ("ISBN 978-0-14-044913-6 — which book is that?", None),
        ("Our HR system shows leave type 'SL-U' on my record. What might that stand for?", None),
        ("Is ticket number 125-2345678901 a British Airways ticket?", None),
        ("what does the W in 5W-30 oil actually mean", None),
        ("My dog's microchip number starts with 985. Which manufacturer is that?", None),
        ("Tyre sidewall says 91V — what do the 91 and the V mean?", None),
        ("What does module code CHEM2410 tell me about the year of study?", None),
        ("Is 'GB123456789' a valid format for a UK VAT number?", None),
    ],
    "why-how": [
        ("Why does my car use more fuel in winter?", None),
        ("How do vets decide how much a growing puppy should eat?", None),
        ("Why is absolute zero −273.15 °C rather than a round number?", None),
        ("How does a Swiss-system chess tournament pair players each round?", None),
        ("Explain what net-30 payment terms mean for a freelancer.", None),
        ("Why do sheet music tempo markings say 'crotchet = 96'?", None),
        ("How does Gift Aid actually work for a UK charity?", None),
        ("Why do weather stations report pressure adjusted to sea level?", None),
        ("What's the difference between mass and weight, in plain English?", None),
        ("Why does my payslip show holiday pay accruing as 12.07%?", None),
    ],
    "advice": [
        ("Should I take my last 6 days of leave before Christmas or carry them over?", None),
        ("Is it worth replacing the sash windows in a 1930s semi?", None),
        ("Is a 13-year-old cat too old to bring a kitten home to?", None),
        ("Day rate or fixed project fee — which is better for a freelance designer?", None),
        ("Should my under-10s play 2-3-1 or 3-2-1 in 7-a-side?", None),
        ("Is 20 minutes of scales every day better than an hour twice a week?", None),
        ("Do I need winter tyres to drive to the Alps in February?", None),
        ("Should the charity bake sale open at 9 or 10 on a Saturday?", None),
        ("My landlord in Berlin wants three months' rent as a deposit. Is that normal?", None),
        ("Which is better for a first-year chemistry student, a textbook or lecture notes?", None),
    ],
    "ballpark": [
        ("Roughly how much does it cost to re-plaster a two-bed flat?", None),
        ("How much fuel will I use driving from Madrid to Porto, roughly?", None),
        ("Ballpark, how much does a 30 kg dog eat in a month?", None),
        ("About how long does it take an adult beginner to learn Für Elise?", None),
        ("How many runners usually turn up to a village charity 5k?", None),
        ("How long does a one-day 12-team five-a-side tournament usually run?", None),
        ("Roughly how many words fit in a 20-minute conference talk?", None),
        ("ballpark, how much rain does Manchester get in a year", None),
    ],
    "facts": [
        ("What's the boiling point of ethanol?", None),
        ("How many tiles are there in a standard English Scrabble set?", None),
        ("What's the statutory minimum annual leave in Ireland?", None),
        ("What year was the MOT test introduced in the UK?", None),
        ("What is the molar mass of sulfuric acid?", None),
        ("How many keys does a standard modern piano have?", None),
        ("What's the average lifespan of a golden retriever?", None),
        ("When was the kelvin redefined using the Boltzmann constant?", None),
        ("What's the lowest temperature ever recorded in the UK?", None),
        ("How long is the court in professional basketball?", None),
    ],
    "live-info": [
        ("What's diesel costing in France this week?", None),
        ("Is the A1 closed near Newark right now?", None),
        ("What's the Bank of England base rate at the moment?", None),
        ("Are there still tickets left for Saturday's cup final?", None),
        ("What's USD/JPY doing this morning?", None),
        ("Is it raining in Galway at the moment?", None),
    ],
    "code-requests": [
        ("Write a Python script that logs my fuel fill-ups to a CSV file.", None),
        ("Excel formula to pay 1.5x for hours over 37.5 in column C?", None),
        ("JavaScript function that converts Celsius to kelvin, please", None),
        ("How do I get the ISO week number of a date column in pandas?", None),
        ("SQL to find library loans more than 21 days overdue", None),
        ("write a metronome in python that clicks at a given bpm", None),
        ("Google Sheets formula that adds 21% VAT to column B", None),
        ("Regex for UK number plates like AB12 CDE?", None),
    ],
    "writing": [
        ("Write a thank-you note to everyone who gave to our £3,000 roof appeal.", None),
        ("Draft an out-of-office message for 18–29 December.", None),
        ("Write a Slack announcement that the office is closed this Friday.", None),
        ("Compose a short bio for my freelance translation website.", None),
        ("Translate 'your invoice is due within 30 days' into German.", None),
        ("Write a limerick about a cat who weighs 7 kg.", None),
        ("Summarise: the team won 4, drew 2 and lost 1, finishing second in the league.", None),
        ("Rewrite this politely: 'pay me the 1,200 you owe or else'", None),
        ("Give me 5 names for a pub quiz team made of maths teachers.", None),
        ("Write the rules section for our office fantasy football league.", None),
    ],
    "smalltalk": [
        ("Just got my first freelance payment — 2,400 euros!!", None),
        ("our puppy is 12 weeks old and has already eaten 3 shoes 😂", None),
        ("Passed my driving test on the 4th attempt 🎉", None),
        ("Hit 180 at darts for the first time ever!!!", None),
        ("Practised piano for 45 minutes without crying, progress", None),
        ("Thermometer hit 41 degrees here, I'm melting", None),
        ("Handed in my 12,000-word dissertation, free at last", None),
        ("Raised £1,260 for the hospice with my sponsored swim 🏊", None),
        ("Our under-11s won 5–0 on Saturday, proud coach moment", None),
        ("Day 3 of the renovation and we've found 2 wasps' nests in the loft", None),
    ],
    "plans-rotas": [
        ("Plan a 10-day train itinerary around Portugal.", None),
        ("Make me a 4-week practice plan to get a piece from 60 to 100 bpm.", None),
        ("Draw up a rota for 6 volunteers covering a 3-day charity shop event.", None),
        ("What order should the trades come in for a bathroom refit?", None),
        ("Schedule a round robin for 6 teams over 5 weeks.", None),
        ("Weekly feeding and walking routine for a rescue greyhound, please.", None),
        ("Revision timetable for three chemistry modules before exams in June.", None),
        ("Plan the first week for a new hire who starts on a Monday.", None),
    ],
    "judgement": [
        (
            "My boss says I can't take more than 5 days off in a row. Is that legal in the UK?",
            "legal judgement",
        ),
        ("Can I give my dog ibuprofen for a limp?", "veterinary judgement"),
        ("Is it safe to keep driving on tyres with 1.4 mm of tread?", "safety and legal judgement"),
        (
            "Can a client refuse to pay an invoice if there was no signed contract?",
            "legal judgement",
        ),
    ],
    "brain-teasers": [
        ("What gets wetter the more it dries?", None),
        (
            (
                "A plane crashes exactly on the border of two countries. Where do they bury the "
                "survivors?"
            ),
            None,
        ),
        ("How can you drop a raw egg onto a concrete floor without cracking it?", None),
        ("Which month has 28 days?", "trick question"),
        ("What comes next: J, F, M, A, M, J, ...?", "pattern inference"),
        ("Two fathers and two sons catch 3 fish, one each. How?", None),
    ],
    # ------------------------------------------------------------------ hard near-positives
    "near-density": [
        ("How many millilitres is 200 g of golden syrup?", "mass to volume needs syrup's density"),
        (
            "Convert 5 kg of dry kibble to litres so I know what size tub to buy",
            "needs the kibble's bulk density",
        ),
        ("What does 12 litres of diesel weigh in kilograms?", "needs diesel's density"),
        ("How many grams is 100 ml of sunflower oil?", "volume to mass needs the oil's density"),
        ("How many kg is 2 cubic metres of topsoil?", "needs the soil's bulk density"),
    ],
    "near-currency": [
        ("Invoice total is 2,904 EUR — how much is that in GBP?", "needs an exchange rate"),
        ("Convert my £16.40 hourly rate to US dollars.", "needs an exchange rate"),
        (
            "The kennels charge 45 CHF a night. What's that in euros for 6 nights?",
            "6 nights is arithmetic, but euros need an exchange rate",
        ),
        ("How many rupees is the $120 course fee?", "needs an exchange rate"),
        ("Is 3,000 SEK more than 300 EUR?", "needs an exchange rate"),
    ],
    "near-missing-value": [
        (
            "Overtime is paid at 1.5 times my base rate. What do I get for 7 hours of overtime?",
            "the base rate is not given",
        ),
        (
            "At 240 g a day, how many days will the sack of kibble last?",
            "the sack size is not given",
        ),
        ("Add 21% VAT to my invoice total please.", "the invoice amount is not given"),
        (
            "Coursework is 40% and the exam 60%. What's my overall mark?",
            "the marks are not given",
        ),
        ("How much Gift Aid do we get on this month's donations?", "the donation total is missing"),
        (
            "Fuel log: petrol was 1.795 per litre. What did the fill-up cost?",
            "the number of litres is not given",
        ),
    ],
    "near-relative-date": [
        (
            "How many working days until my annual leave starts on 6 December 2027?",
            "'until' is counted from today",
        ),
        ("My library book is due in 3 weeks — what date is that?", "counted from today"),
        (
            "How many days has it been since the dog's flea treatment on 5 January 2028?",
            "'since' is counted to today",
        ),
        ("What date is next Thursday?", "depends on today's date"),
        (
            "How long is it until the tournament on the second Saturday of April 2028?",
            "'until' is counted from today",
        ),
        (
            "Is my invoice from 17 November 2027 overdue yet on 30-day terms?",
            "depends on today's date",
        ),
    ],
    "near-no-anchor": [
        ("What's the due date on 30-day terms?", "the invoice date is not given"),
        (
            "Puppy's second jab is 4 weeks after the first. What date is it?",
            "the first date is not given",
        ),
        ("When does my 26-week probation end?", "the start date is not given"),
        ("The semester lasts 15 weeks. What date does it finish?", "the start date is not given"),
    ],
    "near-world-fact": [
        (
            "How many km is the Camino Francés from Saint-Jean-Pied-de-Port to Santiago?",
            "needs the route length (world knowledge)",
        ),
        ("How many miles is it from Lisbon to Porto by road?", "needs a road distance"),
        (
            "How many days from 1 January 2028 to Eid al-Fitr 2028?",
            "Eid follows the lunar Islamic calendar: world knowledge",
        ),
        ("What's the height of Ben Nevis in feet?", "needs the mountain's height"),
        ("How long is a cricket pitch in metres?", "needs the pitch length (world knowledge)"),
    ],
    "near-estimate": [
        ("How many litres of paint for a three-bedroom house?", "wall areas unknown: an estimate"),
        ("How long does it take to drive 420 km?", "speed and stops unknown: an estimate"),
        (
            "How many minutes a day should I practise to reach grade 5 in a year?",
            "an estimate and advice",
        ),
        ("How many tiles do I need for my bathroom?", "dimensions and tile size unknown"),
    ],
    "near-method": [
        (
            (
                "Show me how to work out time-and-a-half on £16.40 an hour so I can check my payslip "
                "myself."
            ),
            "asks for the method",
        ),
        ("Explain step by step how to convert 78 °F to Celsius.", "asks for an explanation"),
        (
            "How do I work out the weekday of 15 March 2028 by hand?",
            "asks for a mental method",
        ),
        (
            "Derive the kinetic energy of a 2 kg mass at 3 m/s and explain each step.",
            "asks for a derivation with explanation",
        ),
        (
            "Teach me how to count inclusive days between 28 June and 9 July.",
            "asks for a counting method",
        ),
    ],
    "near-critique": [
        (
            (
                "My invoice says 37.5 h × €64 = €2,340. Is that right, and where's the mistake if "
                "not?"
            ),
            "asks to find the error in someone's working",
        ),
        (
            "Is my working correct? 18% of 2,540 = 2,540 × 0.18 = 475.2",
            "asks to check the working",
        ),
        (
            "My son says 9 ft 7 in is 291 cm because 9.7 × 30 — what did he do wrong?",
            "asks to explain a mistake",
        ),
    ],
    "near-format": [
        ("Write 2,904 in words for the cheque.", "wants words, a text task"),
        ("What's 2028 in Roman numerals for the trophy engraving?", "another numeral system"),
        ("Convert 176 to binary.", "base conversion, not a calculator number"),
        ("Write 17 November 2027 out in Welsh.", "translation of a date"),
    ],
    "near-nominal": [
        ("What's a UK ring size N in millimetres?", "ring sizes are a lookup table"),
        (
            "What's the actual outside diameter of 3/4 inch copper pipe in mm?",
            "nominal pipe size",
        ),
        ("Convert a size medium dog harness to cm.", "brand sizing, not a unit"),
    ],
    "near-ambiguous-date": [
        ("What weekday is 04/05/2028?", "4 May or 5 April: the date order is not stated"),
        (
            "How many days from 03/08/2028 to 10/09/2028?",
            "day/month order not stated; the answers differ",
        ),
        ("Is 06/07/2028 a Thursday?", "date order not stated"),
    ],
    "near-rules-knowledge": [
        (
            "How many days' annual leave do I get in the UK working 3 days a week?",
            "needs the statutory entitlement rule",
        ),
        ("How many points is QUIZ in Scrabble?", "needs the letter values"),
        (
            "How many matches are played in a World Cup group stage?",
            "needs the tournament format",
        ),
        ("How much income tax on a £52,800 salary in England?", "needs current tax bands"),
    ],
    "near-vet-medical": [
        ("My dog weighs 18.4 kg — how much Metacam should he get?", "veterinary dosing"),
        ("Is 39.2 °C a fever for a cat?", "veterinary judgement, not a conversion"),
    ],
    "near-chemistry": [
        ("How many moles are there in 36 g of glucose?", "needs glucose's molar mass"),
        ("What's 2.5 mol of sodium chloride in grams?", "needs NaCl's molar mass"),
        ("Convert 0.5 M hydrochloric acid to grams per litre.", "needs HCl's molar mass"),
    ],
    "near-timezone": [
        (
            (
                "Stand-up is at 09:30 in London — what time is that for our Sydney dev on 2 April "
                "2028?"
            ),
            "time zones and daylight saving",
        ),
        ("Kick-off is 20:00 CET, what time is that in New York?", "time-zone knowledge"),
    ],
    "near-interpretation": [
        ("I'm at 92 bpm now, is that fast enough for an allegro?", "musical interpretation"),
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
        (U, "For this computing homework every number I give you is in binary."),
        (A, "Okay, binary it is."),
        (U, "ok first one, what does 1011 + 110 come to?"),
    ],
    "binary fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "We're working in hexadecimal throughout this exercise."),
        (A, "Understood, hex."),
        (U, "So what's 19 + 17?"),
    ],
    "hexadecimal fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In this puzzle book % means remainder, not percent."),
        (A, "Got it, % is modulo."),
        (U, "what's 50 % 7"),
    ],
    "% redefined as remainder",
)
conv(
    "conv-redefine",
    [
        (
            U,
            (
                "I write numbers the Spanish way, a point separates thousands: 1.250 is twelve "
                "hundred and fifty."
            ),
        ),
        (A, "Understood."),
        (U, "What's 1.250 × 4?"),
    ],
    "thousands separator fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "At our bakery a 'dozen' is a baker's dozen, 13."),
        (A, "Noted, a dozen is 13 here."),
        (U, "How many rolls in 5 dozen?"),
    ],
    "'dozen' redefined earlier",
)
conv(
    "conv-redefine",
    [
        (U, "Darts slang in this chat: a 'ton' means 100 points."),
        (A, "Okay."),
        (U, "3 tons plus 40 is what?"),
    ],
    "'ton' defined as 100 earlier",
)
conv(
    "conv-redefine",
    [
        (U, "All temperatures in my lab notebook are in kelvin unless I say otherwise."),
        (A, "Understood, kelvin by default."),
        (U, "Convert 300 to Fahrenheit."),
    ],
    "the input unit is fixed earlier",
)
conv(
    "conv-redefine",
    [
        (U, "In my algorithms notes log always means log base 2."),
        (A, "Okay, log = log2."),
        (U, "what's log 64?"),
    ],
    "log base fixed earlier",
)

# numbers fixed in earlier turns
conv(
    "conv-context",
    [
        (U, "My hourly rate is £18.20."),
        (A, "Thanks, what would you like to work out?"),
        (U, "What do I earn for 37.5 hours then?"),
    ],
    "the rate is in an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "Bella weighs 24 kg."),
        (A, "Good to know."),
        (U, "The guide says 20 g per kg a day — how much does she need?"),
    ],
    "the weight is in an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "The project fee is €4,800."),
        (A, "Okay."),
        (U, "Add 19% VAT to that."),
    ],
    "'that' is a number from an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "My car does 6.2 litres per 100 km."),
        (A, "That's fairly efficient."),
        (U, "How many litres for a 420 km trip?"),
    ],
    "consumption rate given earlier",
)
conv(
    "conv-context",
    [
        (U, "Our target is £12,000 and we're at £8,730."),
        (A, "Great progress!"),
        (U, "How much more do we need?"),
    ],
    "both figures are in an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "Term starts on Tuesday 5 September 2028."),
        (A, "Noted."),
        (U, "What date is the Monday of week 7?"),
    ],
    "start date and week numbering from an earlier turn",
)
conv(
    "conv-context",
    [
        (U, "The piece is marked at 84 bpm."),
        (A, "A moderate tempo."),
        (U, "How many beats in 3 minutes?"),
    ],
    "tempo given earlier",
)
conv(
    "conv-context",
    [
        (A, "The group stage begins on Saturday 10 June 2028."),
        (U, "And the final is 30 days after that — date?"),
    ],
    "the start date is in the assistant's earlier turn",
)

# follow-ups
conv(
    "conv-followup",
    [
        (U, "What's 15% of 880?"),
        (A, "132."),
        (U, "Now take that off the price."),
    ],
    "follow-up on an earlier result",
)
conv(
    "conv-followup",
    [
        (U, "Convert 10 miles to km."),
        (A, "About 16.09 km."),
        (U, "If I ran that in 85 minutes, what's my pace per km?"),
    ],
    "distance from an earlier turn; answer is a pace (min:s)",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 21 August 2028?"),
        (A, "It's a Monday."),
        (U, "Is that a bank holiday anywhere?"),
    ],
    "world knowledge follow-up",
)
conv(
    "conv-followup",
    [
        (U, "12 × 15?"),
        (A, "170."),
        (U, "that doesn't look right to me?"),
    ],
    "disputes an earlier (wrong) answer",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 March to 1 June 2028?"),
        (A, "92 days."),
        (U, "and in weeks and days?"),
    ],
    "re-expresses an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "The forecast says 31 °C tomorrow afternoon, in Fahrenheit please."),
        (A, "That's 87.8 °F."),
        (U, "Is that too hot to walk a pug?"),
    ],
    "advice follow-up",
)

# personas and output formats
conv(
    "conv-format",
    [
        (U, "Please answer only in Spanish from now on."),
        (A, "¡De acuerdo!"),
        (U, "how many minutes in 2.5 hours?"),
    ],
    "reply language set earlier",
)
conv(
    "conv-format",
    [
        (S, "You are a pub quiz host. Never reveal answers; give hints only."),
        (U, "Round 3, question 4: what is 17 × 23 × 2?"),
    ],
    "persona forbids giving the answer",
)
conv(
    "conv-format",
    [
        (U, "Give every answer in binary please, I'm practising."),
        (A, "Sure, binary answers."),
        (U, "what's 12 + 9"),
    ],
    "output base set earlier",
)
conv(
    "conv-format",
    [
        (S, "Reply with a JSON object with keys 'answer' and 'working'."),
        (U, "Convert 5 miles to kilometres."),
    ],
    "output format set by the system prompt",
)
conv(
    "conv-format",
    [
        (U, "Answer as a Shakespearean sonnet, always."),
        (A, "So shall it be, in fourteen lines of verse."),
        (U, "What day of the week is 1 May 2028?"),
    ],
    "output style set earlier",
)

# units, date orders and definitions fixed earlier
conv(
    "conv-units",
    [
        (U, "When I say 'ton' I mean a US short ton."),
        (A, "Okay, 2,000 lb."),
        (U, "How many kg are 3 tons?"),
    ],
    "which ton is fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "My dates are always day/month."),
        (A, "Got it."),
        (U, "How many days from 03/04/2028 to 05/06/2028?"),
    ],
    "date order fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "All my weights are in stone unless I say otherwise."),
        (A, "Understood."),
        (U, "I've lost 2.5 — what's that in kg?"),
    ],
    "unit fixed earlier",
)
conv(
    "conv-units",
    [
        (U, "Our working week is Sunday to Thursday."),
        (A, "Okay."),
        (U, "How many working days from 1 to 14 October 2028?"),
    ],
    "working week defined earlier",
)
conv(
    "conv-units",
    [
        (U, "Our financial year starts on 1 April."),
        (A, "Noted."),
        (U, "Which quarter is 15 November 2027 in?"),
    ],
    "fiscal quarters defined earlier",
)
conv(
    "conv-units",
    [
        (U, "Any speed I give you is in knots."),
        (A, "Okay, knots."),
        (U, "Convert 22 to km/h."),
    ],
    "unit fixed earlier",
)

# advice chat
conv(
    "conv-advice",
    [
        (U, "I've got 18 days of leave left this year."),
        (A, "That's quite a lot!"),
        (U, "Should I take them in one go or spread them out?"),
    ],
    "advice",
)
conv(
    "conv-advice",
    [
        (U, "My puppy is 14 weeks old."),
        (A, "Lovely age!"),
        (U, "When can I start taking her on 5 km walks?"),
    ],
    "veterinary advice",
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
    stated = re.search(r"DD[/.-]MM|day/month|MM[/.-]DD|month/day", text)
    return not stated and any(
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
            relative = r"\b(today|tonight's date|right now|from now)\b"
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
