r"""Generate heldout-2027-03-22.jsonl: a hundred-and-ninth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed109. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho109-", earlier generators 1-108, register check against sets 19 to 108).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  weekday strings are graded;
- /work/sealed109/earlier_registers.txt (2048 earlier family names), grepped for candidate
  registers so that none of this set's family names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-293 of the copy), the units header
  and unit_r (515-575), the datetime header and helpers up to the first `assert sayus`
  (772-856), the negatives header with neg/conv (1107-1114), and the weekday check, checks and
  output at the end (1929-2152).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No git history, web or code search, router, tools,
tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks). No JSONL was read; this
script's own items were printed in memory to read each positive's expected value beside its text.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a submarine cable repair ship,
  an ice hotel carving team, a dinosaur dig field camp, a harp string gauge bench, a Channel
  relay swim team, a dog sled kennel, a pipe organ tuner's rounds, a historic tram museum
  driver, a croquet lawn handicapper, a meteorite hunting expedition, a lavender still room, a
  bagpipe reed maker, a wind tunnel model shop, an oyster shucking contest judge, a cathedral
  stonemason's yard, a rodeo barrel race timekeeper, a theatre wig room supervisor, a coral reef
  survey diver, a clock tower winder's rounds, an alpaca shearing contractor, a vintage trials
  bike clerk, a salt pan harvester, a snow cannon night operator, an Antarctic station galley
  and a mosaic floor apprentice), each register used by all three tools, the first six with two
  items per tool. Phrasing varies: statements, questions, imperatives, lowercase, numbers in
  words, British and American forms, extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, terminating, at most three decimals for the
  calculator), exact unit definitions (inch, foot, yard, mile, fathom, nautical mile and knot,
  avoirdupois pound and ounce, troy ounce, kilogram-force, acre, hectare, psi, bar, GiB/MiB,
  Celsius/Fahrenheit/kelvin) for conversions, graded exactly when the result terminates in at
  most three decimals and at 0.1% otherwise, and datetime/date arithmetic for dates, weekdays,
  ages, spans, inclusive day counts, whole weeks, nth and last weekdays, clock intervals and
  repeating rotas. Weekdays written next to dates come from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday explanations, personal advice,
  writing, programming, history, language, science, cooking, house and garden, travel and the
  outdoors), 65 near-negatives shaped like positives but needing the model (identifiers, missing
  facts, non-arithmetic notation, code to write, meanings of stated numbers, estimates,
  judgements), and 35 conversations in which an earlier turn changes what the last question
  means (redefined operators, number bases and decimal commas, house or reread units, calendar
  and week-numbering rules, identifiers, missing facts, tasks, judgements); none ends in a plain
  exact question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 108, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), a
check that no family name of this set is in earlier_registers.txt, and a read-through of every
positive's expected value beside its text. The first run stopped at the contested-unit check
(the word "barrel" in two rodeo questions, reworded); the second found 28 queries or user turns
matching earlier sets word for word (all reworded), and the third passed. One datetime question
was then reworded to make its day count unambiguous. Ruff check and format were run from
/work/main; three string lines over 99 columns were split or shortened, and the script was
re-run.

Run: /work/main/.venv/bin/python make_heldout_109.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-03-22.jsonl"
PREFIX = "ho109-"
# earlier generators: sets 1-108 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 109))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
    "make_heldout_24.py",
    "make_heldout_25.py",
    "make_heldout_26.py",
    "make_heldout_27.py",
    "make_heldout_28.py",
    "make_heldout_29.py",
    "make_heldout_30.py",
    "make_heldout_31.py",
    "make_heldout_32.py",
    "make_heldout_33.py",
    "make_heldout_34.py",
    "make_heldout_35.py",
    "make_heldout_36.py",
    "make_heldout_37.py",
    "make_heldout_38.py",
    "make_heldout_39.py",
    "make_heldout_40.py",
    "make_heldout_41.py",
    "make_heldout_42.py",
    "make_heldout_43.py",
    "make_heldout_44.py",
    "make_heldout_45.py",
    "make_heldout_46.py",
    "make_heldout_47.py",
    "make_heldout_48.py",
    "make_heldout_49.py",
    "make_heldout_50.py",
    "make_heldout_51.py",
    "make_heldout_52.py",
    "make_heldout_53.py",
    "make_heldout_54.py",
    "make_heldout_55.py",
    "make_heldout_56.py",
    "make_heldout_57.py",
    "make_heldout_58.py",
    "make_heldout_59.py",
    "make_heldout_60.py",
    "make_heldout_61.py",
    "make_heldout_62.py",
    "make_heldout_63.py",
    "make_heldout_64.py",
    "make_heldout_65.py",
    "make_heldout_66.py",
    "make_heldout_67.py",
    "make_heldout_68.py",
    "make_heldout_69.py",
    "make_heldout_70.py",
    "make_heldout_71.py",
    "make_heldout_72.py",
    "make_heldout_73.py",
    "make_heldout_74.py",
    "make_heldout_75.py",
    "make_heldout_76.py",
    "make_heldout_77.py",
    "make_heldout_78.py",
    "make_heldout_79.py",
    "make_heldout_80.py",
    "make_heldout_81.py",
    "make_heldout_82.py",
    "make_heldout_83.py",
    "make_heldout_84.py",
    "make_heldout_85.py",
    "make_heldout_86.py",
    "make_heldout_87.py",
    "make_heldout_88.py",
    "make_heldout_89.py",
    "make_heldout_90.py",
    "make_heldout_91.py",
    "make_heldout_92.py",
    "make_heldout_93.py",
    "make_heldout_94.py",
    "make_heldout_95.py",
    "make_heldout_96.py",
    "make_heldout_97.py",
    "make_heldout_98.py",
    "make_heldout_99.py",
    "make_heldout_100.py",
    "make_heldout_101.py",
    "make_heldout_102.py",
    "make_heldout_103.py",
    "make_heldout_104.py",
    "make_heldout_105.py",
    "make_heldout_106.py",
    "make_heldout_107.py",
    "make_heldout_108.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {
    "positive:calculator": 45,
    "positive:units": 45,
    "positive:datetime": 45,
    "negative": 200,
}
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


P = "plain"

# plain one-line questions
calc(P, "What is 17.5% of 3,480?", pct("17.5") * 3480)
calc(P, "437 * 28 = ?", 437 * 28)
calc(P, "whats 9,876 minus 4,389", 9876 - 4389)
calc(P, "Divide 7,245 by 35.", F(7245, 35))
calc(P, "What is 13 cubed?", 13**3)
calc(P, "Find the square root of 5329 please.", 73)
calc(P, "Calculate (48 + 27) × 16 − 250.", (48 + 27) * 16 - 250)
calc(P, "What is three eighths of 1,000?", F(3, 8) * 1000)
calc(P, "how much is 0.125 times 664", dec("0.125") * 664)
calc(P, "What's 1,250 increased by 12%?", 1250 * (1 + pct(12)))
calc(P, "what is 84 percent of 2,150", pct(84) * 2150)
calc(P, "Evaluate 6 × 7 + 144 ÷ 12 − 5.", 6 * 7 + F(144, 12) - 5)
calc(P, "What is 2 raised to the 13th power?", 2**13)
calc(P, "Seventy-two thousand divided by nine hundred?", F(72000, 900))
assert 73 * 73 == 5329

# registers
R_CABLE = "submarine_cable_repair_ship"
calc(
    R_CABLE,
    (
        "On the cable ship we paid out 38.6 km of new cable on Monday, 41.25 km on Tuesday and "
        "29.8 km on Wednesday. What's the total laid, in km?"
    ),
    dec("38.6") + dec("41.25") + dec("29.8"),
)
calc(
    R_CABLE,
    (
        "Jointer day rate is £412.50 per technician and we've got 7 technicians aboard for "
        "18 days. What's the total labour bill?"
    ),
    dec("412.50") * 7 * 18,
)
R_ICE = "ice_hotel_carving_team"
calc(
    R_ICE,
    (
        "Each ice block costs 145 SEK to cut from the river. We need 2,340 blocks for the main "
        "hall plus 15% spare. How many SEK for the lot?"
    ),
    2340 * (1 + pct(15)) * 145,
)
calc(
    R_ICE,
    (
        "six of us on the carving team split a 28,000 kroner bonus, but the lead carver gets a "
        "double share. how much does the lead carver get?"
    ),
    F(28000, 7) * 2,
)
R_DIG = "dinosaur_dig_field_camp"
calc(
    R_DIG,
    (
        "Field camp fees: 9 volunteers at $1,275 each, less a 6% early-bird discount on the "
        "whole total. What do we actually collect?"
    ),
    9 * 1275 * (1 - pct(6)),
)
calc(
    R_DIG,
    (
        "We plaster-jacketed 14 small bones using 3.2 kg of plaster each and 4 big ones using "
        "11.5 kg each. Total plaster used in kg?"
    ),
    14 * dec("3.2") + 4 * dec("11.5"),
)
R_HARP = "harp_string_gauge_bench"
calc(
    R_HARP,
    (
        "A full set of pedal harp strings is 47 strings. I've sent out 3 full sets and 58 loose "
        "strings. How many strings is that altogether?"
    ),
    3 * 47 + 58,
)
calc(
    R_HARP,
    (
        "Gut strings cost me £6.40 each wholesale and I sell at a 65% markup. Selling price per "
        "string?"
    ),
    dec("6.40") * (1 + pct(65)),
)
R_SWIM = "channel_relay_swim_team"
calc(
    R_SWIM,
    (
        "The pilot boat booking is £3,150, the observer fee £720, and the association charges "
        "£45 membership per swimmer. Split the boat and observer evenly between our 6 swimmers "
        "and add each one's membership - what does each of us owe?"
    ),
    F(3150 + 720, 6) + 45,
)
calc(
    R_SWIM,
    (
        "Relay legs are one hour each. Our average pace worked out at 3.35 km per hour and the "
        "crossing took 14 legs. How many km did we swim through the water?"
    ),
    dec("3.35") * 14,
)
R_SLED = "dog_sled_kennel_musher"
calc(
    R_SLED,
    (
        "Forty dogs in the kennel, each eating 0.45 kg of kibble a day. A sack holds 18 kg. "
        "How many sacks do I get through in 30 days?"
    ),
    40 * dec("0.45") * 30 / 18,
)
calc(
    R_SLED,
    (
        "Vet bill for the kennel: 23 vaccinations at $38.50 each, a $95 call-out fee, then 8% "
        "tax on everything. Total?"
    ),
    (23 * dec("38.50") + 95) * (1 + pct(8)),
)
calc(
    "pipe_organ_tuner_rounds",
    (
        "I charge €85 per rank to tune, and the organ at St Anne's has 23 ranks. Add €60 travel. "
        "invoice total?"
    ),
    85 * 23 + 60,
)
calc(
    "historic_tram_museum_driver",
    (
        "Tram rides at the museum are £4.50 adult and £2.25 child. On Sunday we carried 318 "
        "adults and 247 children. What were the fare takings?"
    ),
    318 * dec("4.50") + 247 * dec("2.25"),
)
calc(
    "croquet_lawn_handicapper",
    (
        "Croquet club subscription is £186 a head. 37 full members paid in full and 9 juniors "
        "paid a third of that. Total subs collected?"
    ),
    37 * 186 + 9 * F(186, 3),
)
calc(
    "meteorite_hunting_expedition",
    (
        "We recovered fragments of 214 g, 87.5 g and 1,362 g. The dealer offers $2.80 per gram "
        "for the lot. How many dollars is the offer?"
    ),
    (214 + dec("87.5") + 1362) * dec("2.80"),
)
calc(
    "lavender_still_room",
    (
        "One still run takes 150 kg of flowers and gives an oil yield of 1.2% by weight. How "
        "many kg of oil do 7 runs give?"
    ),
    150 * pct("1.2") * 7,
)
calc(
    "bagpipe_reed_maker",
    (
        "I make chanter reeds in batches of 36 and exactly one in nine failed testing. From 12 "
        "batches, how many good reeds did I end up with?"
    ),
    12 * 36 * F(8, 9),
)
calc(
    "wind_tunnel_model_shop",
    "The 1:40 scale model wing has a span of 0.925 m. what's the full-size span in metres",
    dec("0.925") * 40,
)
calc(
    "oyster_shucking_contest_judge",
    (
        "A competitor opened 24 oysters in a raw time of 148 seconds, then picked up four "
        "5-second penalties and two 10-second penalties. Final time in seconds?"
    ),
    148 + 4 * 5 + 2 * 10,
)
calc(
    "cathedral_stonemason_yard",
    (
        "Portland stone is quoted at £2,380 per cubic metre. The new pinnacle needs a block "
        "0.8 m by 0.65 m by 1.5 m. What will the block cost?"
    ),
    dec("0.8") * dec("0.65") * dec("1.5") * 2380,
)
calc(
    "rodeo_barrel_race_timekeeper",
    (
        "Her run in the arena clocked 16.482 seconds and she knocked one over, which costs a "
        "5 second penalty. What's her official time?"
    ),
    dec("16.482") + 5,
)
calc(
    "theatre_wig_room_supervisor",
    (
        "Each lace-front wig takes 40 hours of knotting at £18.75 an hour, and the chorus needs "
        "11 wigs. What's the labour cost?"
    ),
    40 * dec("18.75") * 11,
)
calc(
    "coral_reef_survey_diver",
    "Parrotfish counts on the five transects were 34, 29, 41, 38 and 26. Mean per transect?",
    F(34 + 29 + 41 + 38 + 26, 5),
)
calc(
    "clock_tower_winder_rounds",
    (
        "The clock weights drop 1.35 m a day and the shaft allows 12.15 m of drop. How many days "
        "can it run between windings?"
    ),
    dec("12.15") / dec("1.35"),
)
calc(
    "alpaca_shearing_contractor",
    (
        "I charge $32 per alpaca, plus $15 for toes and teeth on 40% of them. The Hendersons have "
        "85 animals. What's their bill?"
    ),
    85 * 32 + 85 * pct(40) * 15,
)
calc(
    "vintage_trials_bike_clerk",
    (
        "a rider dropped 0, 1, 3, 0, 5, 2, 0 and 1 marks on the eight sections and repeated "
        "exactly that on all three laps. total marks lost?"
    ),
    (0 + 1 + 3 + 0 + 5 + 2 + 0 + 1) * 3,
)
calc(
    "salt_pan_harvester",
    "We raked 2,640 kg of fleur de sel and pack it in 125 g jars. How many jars does that fill?",
    F(2640 * 1000, 125),
)
calc(
    "snow_cannon_night_operator",
    (
        "Each snow gun uses 6.5 m³ of water an hour. I ran 14 guns for 9 hours on the night "
        "shift. Total water used in m³?"
    ),
    dec("6.5") * 14 * 9,
)
calc(
    "antarctic_station_galley",
    (
        "Winter crew of 26, each allowed 3 eggs a week for 24 weeks, plus 25% extra for "
        "breakage. How many eggs do I order?"
    ),
    26 * 3 * 24 * (1 + pct(25)),
)
calc(
    "mosaic_floor_apprentice",
    (
        "Tesserae come on sheets of 225 pieces and the border needs 3,960 pieces. How many whole "
        "sheets must I buy?"
    ),
    whole_up(F(3960, 225)),
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


SQFT = FT * FT  # m^2
SQYD = YD * YD  # m^2
CUFT = FT * FT * FT  # m^3


def close_enough_at_2dp(x):
    """An answer rounded to two decimals still falls within the ROUNDED tolerance."""
    x = F(x)
    r = F(round(x * 100)) / 100
    return abs(r - x) <= abs(x) * F(1, 1000)


def unit_r(family, query, value):
    assert close_enough_at_2dp(value), query
    unit(family, query, value, ROUNDED)


# plain one-line questions
NMI = 1852  # m, international nautical mile
KNOT = F(NMI, 3600)  # m/s
unit_r(P, "Convert 26.2 miles to kilometres.", dec("26.2") * MI / 1000)
unit_r(P, "1,500 metres is how many feet?", 1500 / FT)
unit(P, "What's 68 Fahrenheit in Celsius, please?", f_to_c(68), EXACT)
unit_r(P, "convert 250 pounds to kg", 250 * LB)
unit_r(P, "How many ounces are in 2.5 kilograms?", dec("2.5") / OZ)
unit_r(P, "45 mph in km/h?", 45 * MPH / KMH)
unit_r(P, "How many square feet are in 12 square metres?", 12 / SQFT)
unit_r(P, "How many hectares is a 30-acre field?", 30 * ACRE / 10000)
unit(P, "what's 5 nautical miles in metres", 5 * NMI, EXACT)
unit(P, "How many MiB is 3.5 GiB?", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "30 psi equals how many kilopascals?", 30 * PSI / 1000)
unit(P, "What's 300 kelvin in Fahrenheit?", c_to_f(300 - dec("273.15")), EXACT)
unit(P, "How many seconds are in 3.25 hours?", dec("3.25") * 3600, EXACT)
unit(P, "Express 5 ft 9 in in centimetres.", (5 * FT + 9 * IN) * 100, EXACT)

# registers
FATHOM = 6 * FT
unit(
    R_CABLE,
    "The grapnel is down at 2,150 fathoms. How deep is that in metres?",
    2150 * FATHOM,
    EXACT,
)
unit(
    R_CABLE,
    "Ship's making 11.5 knots over the ground; give me that in km/h.",
    dec("11.5") * KNOT / KMH,
    EXACT,
)
unit(
    R_ICE,
    "The bar on our carving chainsaw is 20 inches. What's that in centimetres?",
    20 * IN * 100,
    EXACT,
)
unit(
    R_ICE,
    ("The ice suites hold at -5 °C all night. What's that in Fahrenheit, for US guests?"),
    c_to_f(-5),
    EXACT,
)
unit_r(
    R_DIG,
    "the femur jacket weighed 340 lb on the hoist scale. convert to kilograms please",
    340 * LB,
)
unit(
    R_DIG,
    "The quarry face is 85 feet above the riverbed. How many metres is that?",
    85 * FT,
    EXACT,
)
unit(
    R_HARP,
    "This nylon string is 0.045 inches thick. What's that in millimetres?",
    dec("0.045") * IN * 1000,
    EXACT,
)
unit_r(
    R_HARP,
    (
        "The tension chart gives 18.5 kilograms-force for the bass C string. Convert that to "
        "newtons."
    ),
    dec("18.5") * G0,
)
unit(
    R_SWIM,
    "Water temperature at the start was 59 degrees Fahrenheit. what's that in celsius",
    f_to_c(59),
    EXACT,
)
unit_r(
    R_SWIM,
    "Our GPS track shows 33.7 nautical miles actually swum. How many statute miles is that?",
    dec("33.7") * NMI / MI,
)
unit(
    R_SLED,
    "The race trail is 1,000 miles end to end. How far is that in kilometres?",
    1000 * MI / 1000,
    EXACT,
)
unit_r(R_SLED, "Loaded sled weighs 145 kg. What is that in pounds?", 145 / LB)
unit(
    "pipe_organ_tuner_rounds",
    "The longest pipe in the pedal division is 32 feet. How many metres is that?",
    32 * FT,
)
unit_r(
    "historic_tram_museum_driver",
    "Speed on the heritage line is capped at 12 mph. What's that in km/h?",
    12 * MPH / KMH,
)
unit_r(
    "croquet_lawn_handicapper",
    "A full-size croquet lawn is 35 yards by 28 yards. What's its area in square metres?",
    35 * 28 * SQYD,
)
TROY_OZ = dec("31.1034768") / 1000  # kg
unit_r(
    "meteorite_hunting_expedition",
    "The main mass weighs 4.6 kg. How many troy ounces is that?",
    dec("4.6") / TROY_OZ,
)
unit_r(
    "lavender_still_room",
    "The boiler gauge on the still reads 1.5 bar. What's that in psi?",
    dec("1.5") * BAR / PSI,
)
unit(
    "bagpipe_reed_maker",
    "The cane I order is 24 mm in diameter. What's that in inches?",
    F(24, 1000) / IN,
)
unit_r(
    "wind_tunnel_model_shop",
    "Test section airspeed was 60 m/s. Express it in knots.",
    60 / KNOT,
)
unit(
    "oyster_shucking_contest_judge",
    "Rules say the oysters must be held below 41 °F. What's that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit_r(
    "cathedral_stonemason_yard",
    "The rough block is 2.5 cubic metres. How many cubic feet is that?",
    dec("2.5") / CUFT,
)
unit(
    "rodeo_barrel_race_timekeeper",
    "It's 90 feet from the start line to the first marker. In metres?",
    90 * FT,
    EXACT,
)
unit(
    "theatre_wig_room_supervisor",
    "The human hair we buy is sold in 18 inch lengths. How many cm is that?",
    18 * IN * 100,
    EXACT,
)
unit_r(
    "coral_reef_survey_diver",
    "Max depth on my dive computer was 27 metres; my buddy's reads feet. How many feet is 27 m?",
    27 / FT,
)
unit(
    "clock_tower_winder_rounds",
    "The pendulum is 39.14 inches long. What is that in metres?",
    dec("39.14") * IN,
)
unit_r(
    "alpaca_shearing_contractor",
    "The herdsire's fleece weighed 7 lb 4 oz. what's that in kilograms",
    7 * LB + 4 * OZ,
)
unit_r(
    "vintage_trials_bike_clerk",
    "Tyre pressure for the sections is 4 psi. What's that in kPa?",
    4 * PSI / 1000,
)
unit_r(
    "salt_pan_harvester",
    "Our salt pans cover 3.2 hectares. How many acres is that?",
    dec("3.2") * 10000 / ACRE,
)
unit_r(
    "snow_cannon_night_operator",
    "It's -7 °F up on the ridge. What's that in Celsius?",
    f_to_c(-7),
)
unit(
    "antarctic_station_galley",
    "The galley freezer is kept at -18 °C. What's that in Fahrenheit?",
    c_to_f(-18),
    EXACT,
)
unit_r(
    "mosaic_floor_apprentice",
    "The floor panel is 9 square metres. How many square feet is that?",
    9 / SQFT,
)


# =========================================================================== datetime
D = dt.date
DT = dt.datetime
TD = dt.timedelta
WEEKDAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]
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


def weeks(a, b):
    n = days(a, b)
    assert n % 7 == 0, (a, b)  # whole weeks only
    return n // 7


def say(d):
    """A date written out, e.g. 4 March 2030."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def sayw(d):
    """A date written out with its computed weekday, e.g. Monday 4 March 2030."""
    return f"{weekday(d)} {say(d)}"


assert say(D(2030, 3, 4)) == "4 March 2030" and sayw(D(2030, 3, 4)) == "Monday 4 March 2030"


def sayus(d):
    """A date written the American way with its computed weekday, e.g. Monday, March 4, 2030."""
    return f"{weekday(d)}, {calendar.month_name[d.month]} {d.day}, {d.year}"


assert sayus(D(2030, 3, 4)) == "Monday, March 4, 2030"

# plain one-line questions
date_item(P, "What day of the week was 14 July 1989?", weekday(D(1989, 7, 14)))
date_item(
    P,
    "How many days are there between 3 March 2031 and 19 August 2031?",
    days(D(2031, 3, 3), D(2031, 8, 19)),
)
date_item(P, "What date is 100 days after 12 January 2030?", D(2030, 1, 12) + TD(days=100))
date_item(P, "what date is 45 days before 1 June 2029", D(2029, 6, 1) - TD(days=45))
date_item(P, "25 December 2033 falls on which day of the week?", weekday(D(2033, 12, 25)))
date_item(
    P,
    "How old is someone born on 30 November 1974 on 15 May 2031?",
    age(D(1974, 11, 30), D(2031, 5, 15)),
)
date_item(
    P,
    "How many weeks are there from 5 January 2032 to 29 March 2032?",
    weeks(D(2032, 1, 5), D(2032, 3, 29)),
)
date_item(P, "What is the date 9 weeks after 17 October 2030?", D(2030, 10, 17) + TD(weeks=9))
date_item(
    P, "A shift runs 07:45 to 16:15; how many hours is that?", clock_span("07:45", "16:15", 3600)
)
date_item(P, "What's the third Thursday in November 2030?", nth_weekday(2030, 11, THU, 3))
date_item(P, "What date is 1,000 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1000))
date_item(
    P,
    "how many days from 21 June 2030 to 21 December 2030",
    days(D(2030, 6, 21), D(2030, 12, 21)),
)
date_item(P, "What day of the week will 1 January 2040 be?", weekday(D(2040, 1, 1)))
date_item(P, "What date falls 18 weeks after 2 September 2030?", D(2030, 9, 2) + TD(weeks=18))

# registers
_sail = D(2031, 2, 11)
date_item(
    R_CABLE,
    (
        f"We sailed from Calais on {sayw(_sail)} and the repair plus transit is planned at 23 "
        "days. On what date do we expect to be back alongside?"
    ),
    _sail + TD(days=23),
)
date_item(
    R_CABLE,
    (
        "The fault was located on 4 March 2031 and the cable was back in service on 29 March "
        "2031. How many days passed from the fault being found to its repair?"
    ),
    days(D(2031, 3, 4), D(2031, 3, 29)),
)
date_item(
    R_ICE,
    (
        "Carving starts on 18 November 2030 and the ice hotel opens on 13 December 2030. How "
        "many days do we have?"
    ),
    days(D(2030, 11, 18), D(2030, 12, 13)),
)
date_item(
    R_ICE,
    "the hotel closes after its last night on 6 April 2031 - what day of the week is that?",
    weekday(D(2031, 4, 6)),
)
date_item(
    R_DIG,
    (
        "Dig season runs from 16 June 2031 to 8 August 2031 inclusive. How many days in the "
        "field is that, counting both ends?"
    ),
    days(D(2031, 6, 16), D(2031, 8, 8)) + 1,
)
date_item(
    R_DIG,
    (
        "The landowner wants the permit filed 60 days before the first dig day, which is 16 June "
        "2031. What's the filing deadline?"
    ),
    D(2031, 6, 16) - TD(days=60),
)
_restring = D(2030, 9, 3)
date_item(
    R_HARP,
    (
        f"A customer ordered a full restring on {sayw(_restring)} and we quote 5 weeks for the "
        "work. What date should I promise?"
    ),
    _restring + TD(weeks=5),
)
date_item(
    R_HARP,
    "What day of the week is the harp festival's opening day, 22 August 2031?",
    weekday(D(2031, 8, 22)),
)
date_item(
    R_SWIM,
    (
        "Our tide window opens on 12 July 2031 and lasts 8 days, counting 12 July as day one. "
        "What's the last day of the window?"
    ),
    D(2031, 7, 12) + TD(days=7),
)
date_item(
    R_SWIM,
    "We left Shakespeare Beach at 06:40 and touched France at 19:55. How many minutes was that?",
    clock_span("06:40", "19:55", 60),
)
_race = D(2031, 3, 1)
date_item(
    R_SLED,
    f"The pups were born on 9 December 2029. How many days old will they be on {sayus(_race)}?",
    days(D(2029, 12, 9), _race),
)
date_item(
    R_SLED,
    (
        f"The race starts {sayus(_race)}, and the vet check can be done at most 30 days before "
        "the start. What's the earliest date for the vet check?"
    ),
    _race - TD(days=30),
)
_tuned = D(2030, 10, 7)
date_item(
    "pipe_organ_tuner_rounds",
    f"I tune St Anne's organ every 13 weeks. Last tuning was {sayw(_tuned)}. When's the next one?",
    _tuned + TD(weeks=13),
)
date_item(
    "historic_tram_museum_driver",
    "Our oldest tram entered service on 2 May 1904. How many years old is it on 2 May 2030?",
    age(D(1904, 5, 2), D(2030, 5, 2)),
)
date_item(
    "croquet_lawn_handicapper",
    "The handicap review is held on the second Saturday of May 2031. Which date is that?",
    nth_weekday(2031, 5, SAT, 2),
)
_fall = DT(2031, 2, 17, 22, 10)
_found = DT(2031, 2, 20, 9, 25)
date_item(
    "meteorite_hunting_expedition",
    (
        "The fall was seen at 22:10 on 17 February 2031 and we picked up the first fragment at "
        "09:25 on 20 February 2031. How many hours after the fall was that?"
    ),
    F(int((_found - _fall).total_seconds()), 3600),
)
date_item(
    "lavender_still_room",
    "Harvest starts on the last Monday of June 2031. what date is that",
    nth_weekday(2031, 6, MON, -1),
)
date_item(
    "bagpipe_reed_maker",
    (
        "Cane has to season for 40 days after cutting. I cut a batch on 19 January 2031; when "
        "is it ready?"
    ),
    D(2031, 1, 19) + TD(days=40),
)
date_item(
    "wind_tunnel_model_shop",
    "Tunnel time is booked 08:30 to 17:45 on each of 4 days. How many hours is that in total?",
    clock_span("08:30", "17:45", 3600) * 4,
)
_contest = D(2031, 9, 13)
date_item(
    "oyster_shucking_contest_judge",
    f"The contest is on {sayus(_contest)} and entries close 3 weeks earlier. Closing date?",
    _contest - TD(weeks=3),
)
date_item(
    "cathedral_stonemason_yard",
    (
        "Her apprenticeship in the mason's yard ran from 1 September 2026 to 31 August 2030. "
        "How many days is that, counting both the first and last day?"
    ),
    days(D(2026, 9, 1), D(2030, 8, 31)) + 1,
)
date_item(
    "rodeo_barrel_race_timekeeper",
    "What weekday is the county rodeo final on 4 July 2031?",
    weekday(D(2031, 7, 4)),
)
_opening = D(2031, 4, 24)
date_item(
    "theatre_wig_room_supervisor",
    f"Opening night is {sayw(_opening)} and wigs must be dressed 10 days before. What date?",
    _opening - TD(days=10),
)
date_item(
    "coral_reef_survey_diver",
    (
        "Survey dives run every 9 days, the first one on 2 January 2031. On what date is the "
        "12th dive?"
    ),
    D(2031, 1, 2) + TD(days=9 * 11),
)
date_item(
    "clock_tower_winder_rounds",
    (
        "I wind the tower clock every 8 days and last wound it on 28 December 2030. What date is "
        "the fifth winding after that one?"
    ),
    D(2030, 12, 28) + TD(days=8 * 5),
)
date_item(
    "alpaca_shearing_contractor",
    "Shearing at the Hendersons' is booked for the first Tuesday in November 2030. Date?",
    nth_weekday(2030, 11, TUE, 1),
)
date_item(
    "vintage_trials_bike_clerk",
    "First rider started at 10:15 and the last one finished at 16:50. How many minutes is that?",
    clock_span("10:15", "16:50", 60),
)
date_item(
    "salt_pan_harvester",
    "We flooded the pans on 15 May 2031 and raked the first salt on 3 July 2031. How many weeks?",
    weeks(D(2031, 5, 15), D(2031, 7, 3)),
)
date_item(
    "snow_cannon_night_operator",
    "We fired up the snow guns on 3 November 2030 and the resort opens 34 days later. What date?",
    D(2030, 11, 3) + TD(days=34),
)
date_item(
    "antarctic_station_galley",
    (
        "The last flight out is 24 February 2031 and the first flight in is 1 November 2031. "
        "How many days between them?"
    ),
    days(D(2031, 2, 24), D(2031, 11, 1)),
)
date_item(
    "mosaic_floor_apprentice",
    "The conservation grant report is due 120 days after 14 March 2031. What's the due date?",
    D(2031, 3, 14) + TD(days=120),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
for _q in (
    "Why does the moon look bigger when it's near the horizon?",
    "Why do onions make you cry when you chop them?",
    "How can a heat pump give out more heat than the electricity it uses?",
    "Can you explain why the sky goes red at sunset?",
    "why do my ears pop on a plane",
    "What makes sourdough bread taste sour?",
    "Explain how noise-cancelling headphones work, in simple terms.",
    "Why do cats knead blankets with their paws?",
    "How do tides work, and why are there usually two a day?",
    "Why does ice float when most solids sink in their own liquid?",
):
    neg("talk-why-explained", _q)
for _q in (
    "My flatmate keeps eating my food. How do I bring it up without a row?",
    (
        "I've been offered a job that pays more but has a much longer commute. How should I "
        "think it through?"
    ),
    "how do i stop procrastinating on my thesis",
    "What's a kind way to turn down a wedding invitation?",
    "I get really nervous before giving presentations. Any tips?",
    "My teenager won't talk to me about school at all. What can I do?",
    "Should I tell my manager I'm interviewing elsewhere?",
    "How do I make friends after moving to a new city in my mid-thirties?",
    "I'm thinking of going back to university part-time. What should I weigh up?",
    "How can I get better at saying no to extra work?",
):
    neg("talk-personal-advice", _q)
for _q in (
    "Write a short thank-you note to my neighbour for watering my plants while I was away.",
    "Can you draft a polite complaint email about a delivery that's three weeks late?",
    "Give me a limerick about a lighthouse keeper who keeps forgetting to light the lamp.",
    'Make this sound more formal: "we can\'t make it on Friday, sorry".',
    "Help me write a toast for my sister's 40th birthday party.",
    "Suggest three titles for a blog post about learning to sail as an adult.",
    "Write a haiku about the first frost of the year.",
    "make my cover letter opening less boring - it starts 'I am writing to apply for...'",
    "Draft a two-paragraph bio for a jazz pianist who also teaches.",
    "Summarise the plot of Moby-Dick in five sentences.",
):
    neg("talk-writing-help", _q)
for _q in (
    "When would I pick a tuple over a list in Python?",
    "I committed too early. How do I undo the last git commit without losing my edits?",
    "Explain what a race condition is, with a small example.",
    "Write a bash one-liner that finds every file over 100 MB in my home directory.",
    "My React useEffect runs twice locally but once in production. Why?",
    "What does the static keyword mean on a function in C?",
    "How should I structure a REST API for a library's book loans?",
    "write a SQL query that lists customers who have never placed an order",
    "What's the actual point of dependency injection?",
    "Explain big-O notation to a complete beginner.",
):
    neg("talk-programming", _q)
for _q in (
    "What led the Roman Empire to divide into eastern and western halves?",
    "What caused the Great Fire of London to spread so far?",
    "Tell me about Ada Lovelace and why she's still talked about.",
    "Why is Magna Carta considered such an important document?",
    "how did the Black Death change European society",
    "Why did the Titanic sink so quickly after hitting the iceberg?",
    "What was everyday life like for a medieval peasant?",
    "Briefly, what were the causes of the First World War?",
    "Who built Great Zimbabwe, and what was it for?",
    "What was the Silk Road and what was traded along it?",
):
    neg("talk-history-questions", _q)
for _q in (
    "I always mix up affect and effect. Any trick to remember?",
    "Is it 'fewer people' or 'less people'?",
    "What does 'bite the bullet' mean and where does it come from?",
    "How would I ask 'where is the train station?' in Brazilian Portuguese?",
    "Can you explain when a semicolon is better than a comma or a full stop?",
    "Where does the word 'quarantine' come from?",
    "Is 'irregardless' actually a word?",
    "Translate 'I'd like the bill, please' into Italian.",
    "What's the difference between 'who' and 'whom'?",
    "Why is English spelling so inconsistent?",
):
    neg("talk-language-usage", _q)
for _q in (
    "How do vaccines train the immune system?",
    "What is dark matter, and how do we know it's there?",
    "Why do some people have perfect pitch?",
    "Are viruses alive or not?",
    "How do birds find their way when they migrate?",
    "What's the difference between weather and climate?",
    "How does CRISPR gene editing actually work?",
    "Why aren't there any green mammals?",
    "What happens to something that falls into a black hole?",
    "How do octopuses change colour so fast?",
):
    neg("talk-science-curiosity", _q)
for _q in (
    "My risotto always ends up gluey. What am I doing wrong?",
    "What can I use instead of eggs in a sponge cake?",
    "Why didn't my bread rise?",
    "Give me a vegetarian dinner idea using leeks and lentils.",
    "How can I tell a steak is medium-rare without a thermometer?",
    "What wine goes with mushroom stroganoff?",
    "is it safe to refreeze chicken that's been thawed in the fridge",
    "How do I make a roux without lumps?",
    "Bicarbonate of soda versus baking powder: when do I use which?",
    "Suggest a make-ahead lunch for a long day's hike.",
):
    neg("talk-kitchen", _q)
for _q in (
    "How do I get rid of black mould on the bathroom ceiling?",
    "When should I prune a climbing rose?",
    "My radiator is cold at the top and warm at the bottom. What's wrong?",
    "What vegetables grow well in a shady garden?",
    "How do I fix a dripping kitchen tap?",
    "Is it worth insulating the loft myself?",
    "why are the leaves on my tomato plants curling",
    "How do I stop slugs eating my hostas without using pellets?",
    "What's the easiest way to strip old wallpaper?",
    "How do I choose between laminate and vinyl flooring for a kitchen?",
):
    neg("talk-house-and-garden", _q)
for _q in (
    "What should I pack for a week of hiking in the Scottish Highlands?",
    "Is Lisbon or Porto better for a first trip to Portugal?",
    "How do I avoid jet lag when flying east?",
    "What are the basics of leave-no-trace camping?",
    "How do I read the contour lines on a topographic map?",
    "Suggest a three-day itinerary for Kyoto.",
    "what should you do if you meet a bear on a trail",
    "How do I choose a sleeping bag for spring camping?",
    "Any tips for travelling with a toddler on a long-haul flight?",
    "Is it rude not to tip in Japan?",
):
    neg("talk-trips-and-outdoors", _q)

# near-negatives: shaped like positives, but they need the model
for _q, _n in (
    (
        "My parcel tracking number is 4471-2290-18. Can you tell me where it is?",
        "a tracking number, not a subtraction; needs a live lookup",
    ),
    (
        "Is a 3/8-16 x 1-1/2 bolt the right one for a lawnmower handle?",
        "a thread and length specification, not fractions to compute",
    ),
    ("My boiler is showing error code F.28. What does that mean?", "a fault code"),
    (
        "We lost 2-4 to them last season and drew 3-3 this season. Who's the better side?",
        "match scores and an opinion, not arithmetic",
    ),
    (
        "Should I move from Python 3.11 to 3.12 for a small web app?",
        "version numbers; a judgement",
    ),
    (
        "I had a missed call from 0800 555 0199. Is that likely to be a scam?",
        "a phone number, not a sum",
    ),
    (
        "Can I fit 225/45 R17 tyres on a car that came with 205/55 R16?",
        "tyre size notation; needs expertise",
    ),
    (
        "My flight is BA 2490 on 12 June. Which terminal does it leave from?",
        "a flight number; needs a live fact",
    ),
    (
        "We're booked in seats 14C and 14D on an A320. Are we sitting next to each other?",
        "seat identifiers; needs cabin layout knowledge",
    ),
    (
        "Truckers on the CB keep saying 10-4 to each other. What does it mean?",
        "radio code, not subtraction",
    ),
):
    neg("near-lookalike-ids", _q, _n)
for _q, _n in (
    ("How much will 40 litres of diesel cost me?", "the price is not stated"),
    ("What's my take-home pay on a £42,000 salary?", "tax rules and year not stated"),
    (
        "Can you work out how many days are left before my passport runs out?",
        "expiry date and current date missing",
    ),
    ("Convert 250 euros to yen.", "needs a live exchange rate"),
    ("How long will it take me to drive from Leeds to Bristol?", "route and traffic facts"),
    ("What time is sunrise in Reykjavik on 21 June 2031?", "needs astronomical data"),
    ("How much does it cost to post a 3 kg parcel to Canada?", "carrier prices not given"),
    (
        "My train leaves at 14:20. Will I make my 15:05 connection at Crewe?",
        "arrival time and origin not given",
    ),
    ("How many grams of protein are in 150 g of chicken breast?", "needs a nutrition fact"),
    ("What's the going rate for a two-year fixed mortgage?", "needs current market rates"),
):
    neg("near-missing-facts", _q, _n)
for _q, _n in (
    (
        "In music, what's the difference between 6/8 time and 3/4 time?",
        "time signatures, not fractions",
    ),
    ("What does 1 Corinthians 13:4-7 say?", "a verse reference, not arithmetic"),
    ("Reading an old chess book: what does 1. e4 e5 2. Nf3 Nc6 mean?", "chess notation"),
    (
        "My knitting pattern says 'k2, p2 rib for 5 cm, then k2tog x 6'. What does that mean?",
        "knitting abbreviations",
    ),
    ("What is 20/20 vision actually measuring?", "a Snellen fraction, not a division"),
    ("What does 2 + 2 = 5 stand for in Orwell's Nineteen Eighty-Four?", "literary meaning"),
    ("Is a 6a+ sport climb harder than a 5.10b?", "climbing grade systems"),
    ("What's a 4-4-2 in football and why do teams play it?", "a formation, not a sum"),
):
    neg("near-odd-notation", _q, _n)
for _q, _n in (
    ("Write a Python function that adds 20% VAT to a list of prices.", "code to write"),
    (
        "What Excel formula gives the days between a start date in A2 and an end date in B2?",
        "a formula to write",
    ),
    ("Write a JavaScript function that converts Celsius to Fahrenheit.", "code to write"),
    ("How would I compute compound interest per account row in SQL?", "code to write"),
    ("Write a regex that matches UK postcodes like SW1A 1AA.", "code to write"),
    ("In pandas, how do I convert a column of weights in kg to pounds?", "code to write"),
    ("Write a cron expression that runs at 02:30 every Sunday.", "a schedule expression"),
    (
        "Write a shell script that prints the date 30 days after a date passed as an argument.",
        "code to write",
    ),
):
    neg("near-code-task", _q, _n)
for _q, _n in (
    (
        "The pharmacy machine gave my blood pressure as 142/91. Should I be worried?",
        "medical interpretation",
    ),
    ("The bottle says 13.5% ABV. Is that strong for a red wine?", "a judgement about a figure"),
    ("My credit score is 710. Is that good?", "meaning of a stated number"),
    ("My car takes 5W-30 oil. What do the numbers mean?", "oil grade notation"),
    ("What does the 18/10 stamped on my cutlery mean?", "a steel grade, not a division"),
    (
        "Speed test says 38 Mbps down and 4 up. Is that enough for video calls from home?",
        "a judgement about stated figures",
    ),
    ("The UV index is 8. Do I need sunscreen for a 20-minute walk?", "advice"),
    ("My cholesterol came back at 6.2 mmol/L. What does that mean?", "medical interpretation"),
    ("What does f/2.8 on a camera lens mean?", "an aperture, not a division"),
    (
        "My sourdough starter doubles in 6 hours at 24 °C. Is that a healthy starter?",
        "a judgement",
    ),
):
    neg("near-number-meaning", _q, _n)
for _q, _n in (
    (
        "Fermi question for my class: roughly how many piano tuners work in Chicago?",
        "a Fermi estimate",
    ),
    ("About how much paint will I need for a bedroom?", "an estimate with missing sizes"),
    ("How many golf balls would fit in a school bus, roughly?", "an estimate"),
    ("Ballpark, how long would it take to walk around the equator?", "an estimate"),
    ("Roughly what does a wedding for 80 guests cost in Scotland?", "an estimate"),
    ("How much firewood would a 5 kW stove burn over a winter?", "an estimate"),
    ("Roughly how many words long is a typical debut novel?", "a general-knowledge estimate"),
    (
        "What might a 2019 Golf with 60,000 miles on the clock sell for?",
        "a market estimate",
    ),
    ("How many people could stand on a football pitch?", "an estimate"),
    ("About how many steps is 5 km for someone 1.6 m tall?", "an estimate"),
):
    neg("near-estimates", _q, _n)
for _q, _n in (
    ("Is £1,200 a month too much rent on a £34,000 salary?", "a judgement"),
    ("Is 19 °C a sensible thermostat setting for a living room?", "a judgement"),
    ("Would you pay £85 for a two-hour cookery class?", "an opinion"),
    ("Is a 15% tip enough in a New York restaurant?", "a custom and a judgement"),
    ("I run 5 km in 31 minutes. Is that decent for a 45-year-old?", "a judgement"),
    ("Is it worth paying £300 extra for the 1 TB model over the 512 GB one?", "a judgement"),
    ("Should I pay off a 4.9% car loan early or invest the money?", "financial advice"),
    ("Is a 10,000 mAh power bank enough for a weekend away?", "a judgement"),
    ("We scored 47 out of 60 in the pub quiz. Is that good?", "a judgement"),
):
    neg("near-judgement-calls", _q, _n)

# conversations: an earlier turn changes what the last question means
_ops = "an operator redefined earlier in the conversation"
conv(
    "conv-redefined-ops",
    [
        (U, "For this puzzle, let a ⊕ b mean a times b, plus a."),
        (A, "Got it: a ⊕ b = ab + a."),
        (U, "So what's 4 ⊕ 5?"),
    ],
    _ops,
)
conv(
    "conv-redefined-ops",
    [
        (U, "In our family game the ^ sign means 'repeat the digits', so 3^2 is 33."),
        (A, "Understood, ^ repeats the number that many times."),
        (U, "Then what is 7^3?"),
    ],
    _ops,
)
conv(
    "conv-redefined-ops",
    [
        (U, "My son's worksheet uses ÷ to mean the remainder after dividing."),
        (A, "So on that sheet 17 ÷ 5 would be 2."),
        (U, "And 47 ÷ 6?"),
    ],
    _ops,
)
conv(
    "conv-redefined-ops",
    [
        (U, "In this cipher every number gets shifted up by 3 before you add anything."),
        (A, "Okay, I'll shift each number first."),
        (U, "What does 10 + 12 come to?"),
    ],
    _ops,
)
conv(
    "conv-redefined-ops",
    [
        (U, "Let's say the # operator gives the average of the two numbers."),
        (A, "So 4 # 8 = 6."),
        (U, "what's 15 # 40"),
    ],
    _ops,
)
conv(
    "conv-number-bases",
    [
        (U, "I'm doing everything in binary for my networking homework."),
        (A, "Sure, binary it is."),
        (U, "What's 1011 + 110?"),
    ],
    "binary numerals set by an earlier turn",
)
conv(
    "conv-number-bases",
    [
        (U, "All the numbers I give you from here on are hexadecimal."),
        (A, "Okay, I'll read them as hex."),
        (U, "What is 1A times 3?"),
    ],
    "hexadecimal set by an earlier turn",
)
conv(
    "conv-number-bases",
    [
        (U, "For this exercise we're counting in base eight."),
        (A, "Okay, octal."),
        (U, "So what do 17 and 25 add up to?"),
    ],
    "octal set by an earlier turn",
)
conv(
    "conv-number-bases",
    [
        (U, "In my ledger the comma is the decimal separator, like in Germany."),
        (A, "Noted, so 1,5 means one and a half."),
        (U, "What's 2,75 plus 1,5?"),
    ],
    "decimal comma set by an earlier turn",
)
conv(
    "conv-unit-readings",
    [
        (U, "At our brewery a 'brew length' is 800 litres."),
        (A, "Okay, one brew length = 800 L."),
        (U, "How many litres is 3.5 brew lengths?"),
    ],
    "a house unit defined earlier",
)
conv(
    "conv-unit-readings",
    [
        (U, "When I say stones I mean the curling stones we're shipping, each about 19 kg."),
        (A, "Right, curling stones rather than the 14 lb unit."),
        (U, "What do 16 stones weigh in pounds?"),
    ],
    "'stone' reread by an earlier turn; the weight is approximate",
)
conv(
    "conv-unit-readings",
    [
        (U, "On this forum 'k' means thousands of miles driven, not kilometres."),
        (A, "Got it, 85k would be 85,000 miles."),
        (U, "My car's done 85k. How many km is that?"),
    ],
    "'k' redefined earlier",
)
conv(
    "conv-unit-readings",
    [
        (U, "For my novel I want the nautical league, three nautical miles."),
        (A, "Okay, one league = 3 nautical miles."),
        (U, "How far is 20,000 leagues in km?"),
    ],
    "which league is meant is set earlier",
)
conv(
    "conv-unit-readings",
    [
        (U, "My grandmother's recipe is Australian, and there a tablespoon is 20 ml."),
        (A, "Yes, Australian tablespoons are 20 ml."),
        (U, "so how many ml is 3 tablespoons?"),
    ],
    "the tablespoon reading is set earlier",
)
conv(
    "conv-calendar-rules",
    [
        (U, "Our company's financial year starts on 1 April."),
        (A, "Okay, so Q1 is April to June."),
        (U, "Which quarter is 15 May in?"),
    ],
    "a fiscal calendar set earlier",
)
conv(
    "conv-calendar-rules",
    [
        (U, "We use ISO week numbers at work, not the US style."),
        (A, "Sure, weeks start on Monday and week 1 holds the first Thursday."),
        (U, "Which week number is 1 January 2031 in?"),
    ],
    "week-numbering rule set earlier",
)
conv(
    "conv-calendar-rules",
    [
        (U, "In my novel's world every month has exactly 30 days."),
        (A, "A tidy calendar. Go on."),
        (U, "What date is 45 days after the 20th of the 3rd month?"),
    ],
    "an invented calendar",
)
conv(
    "conv-calendar-rules",
    [
        (U, "I'm reading an old parish register that uses Julian calendar dates."),
        (A, "Okay, I'll treat the dates as Julian."),
        (U, "What weekday was 1 March 1700?"),
    ],
    "Julian rather than Gregorian dates",
)
conv(
    "conv-calendar-rules",
    [
        (U, "On our rota a 'day' means one 12-hour shift."),
        (A, "Understood, a rota day is 12 hours."),
        (U, "How many days is 90 hours on the rota?"),
    ],
    "'day' redefined earlier",
)
conv(
    "conv-identifiers",
    [
        (U, "Flat numbers in our building are floor then door, like 3-2."),
        (A, "So 3-2 is the second door on floor 3."),
        (U, "What floor is 11-4 on?"),
    ],
    "an identifier, not a subtraction",
)
conv(
    "conv-identifiers",
    [
        (U, "Our bus routes have a plus for the express version, like 10+."),
        (A, "Okay, 10+ is the express 10."),
        (U, "What's the difference between the 10 and the 10+?"),
    ],
    "route names; needs facts",
)
conv(
    "conv-identifiers",
    [
        (U, "I label jam jars year/batch, so 31/4 is the fourth batch of 2031."),
        (A, "Nice system."),
        (U, "Which came first, 30/12 or 31/2?"),
    ],
    "labels, not fractions",
)
conv(
    "conv-identifiers",
    [
        (U, "In our choir, 1/2 on the score means first and second sopranos together."),
        (A, "Got it, a divisi marking."),
        (U, "So who sings a 2/3 passage?"),
    ],
    "part markings, not fractions",
)
conv(
    "conv-missing-facts",
    [
        (U, "I'm buying fabric for new curtains."),
        (A, "Happy to help work out the amount."),
        (U, "How many metres do I need for two windows?"),
    ],
    "window sizes missing",
)
conv(
    "conv-missing-facts",
    [
        (U, "We're driving to my aunt's on Saturday."),
        (A, "Sounds nice."),
        (U, "What time should we leave to get there by 2?"),
    ],
    "distance missing",
)
conv(
    "conv-missing-facts",
    [
        (U, "I get paid on the last working day of each month."),
        (A, "Okay."),
        (U, "How many days until payday?"),
    ],
    "the current date is missing",
)
conv(
    "conv-missing-facts",
    [
        (U, "My daughter was born in the spring."),
        (A, "Lovely."),
        (U, "How old will she be on 1 September 2031?"),
    ],
    "birth year missing",
)
conv(
    "conv-task-shift",
    [
        (U, "Write me a Python function for splitting a restaurant bill."),
        (A, "Sure, what should it take as inputs?"),
        (U, "A total like 184.60 and 4 people, with each share rounded to cents."),
    ],
    "a coding task, not a calculation",
)
conv(
    "conv-task-shift",
    [
        (U, "I'm writing a maths quiz for ten-year-olds."),
        (A, "Fun! What topics?"),
        (U, "Give me five questions like 7 × 8."),
    ],
    "questions to write",
)
conv(
    "conv-task-shift",
    [
        (U, "Can you check how I explained something to my nephew?"),
        (A, "Of course."),
        (U, "I said 15% of 80 is 12 because 10% is 8 and 5% is 4. Is that clear for a child?"),
    ],
    "feedback on an explanation",
)
conv(
    "conv-task-shift",
    [
        (U, "I'm making flashcards for unit conversions."),
        (A, "Great idea."),
        (U, "Make me one for metres to feet, with a memory trick."),
    ],
    "a card to write",
)
conv(
    "conv-judgements",
    [
        (U, "We're choosing between two quotes for a new roof."),
        (A, "What are they?"),
        (U, "£8,400 with a 10-year guarantee, or £7,100 with 5 years. Which is better?"),
    ],
    "a judgement between stated quotes",
)
conv(
    "conv-judgements",
    [
        (U, "I'm trying to get fitter before a charity walk."),
        (A, "Good plan. How fit are you now?"),
        (U, "Not very. Is 12 km a day for a week too much to start with?"),
    ],
    "advice",
)
conv(
    "conv-judgements",
    [
        (U, "I've got £6,000 in savings and some credit card debt."),
        (A, "What rate is the card?"),
        (U, "22.9%. Should I clear it all at once?"),
    ],
    "financial advice",
)
conv(
    "conv-judgements",
    [
        (U, "My landlord wants to put the rent up from £950 to £1,040."),
        (A, "That's a rise of about 9.5%."),
        (U, "Would you call that a fair increase?"),
    ],
    "a judgement",
)


# weekdays stated next to a date anywhere in this set's text must be right
_WD_STATED = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) ("
    + "|".join(calendar.month_name[1:])
    + r") (\d{4})\b"
)


def _check_stated_weekdays():
    for i in items:
        texts = [i["query"]] + [m["content"] for m in i.get("messages") or []]
        for t in texts:
            for m in _WD_STATED.finditer(t):
                mon = list(calendar.month_name).index(m.group(3))
                d = D(int(m.group(4)), mon, int(m.group(2)))
                assert weekday(d) == m.group(1), (i["id"], m.group(0))


_check_stated_weekdays()


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


# the grading rules of bench/grading.py for numbers, ISO dates, restated to check expected values
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
            banned = r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b"
            assert not re.search(banned, text, re.IGNORECASE), i["id"]
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
    # set 27: every positive register is used by all three tools
    partial = sorted(f for f, t in tools_of.items() if len(t) < 3)
    assert not partial, partial
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(earlier_path(name)))
    # no register (family name) of this set is a family name of sets 19 to 108
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 108: {reused}"
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
