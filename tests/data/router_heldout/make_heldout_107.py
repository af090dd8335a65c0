r"""Generate heldout-2027-03-20.jsonl: a hundred-and-seventh held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed107. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho107-", earlier generators 1-106, register check against sets 19 to 106).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  weekday strings are graded;
- /work/sealed107/earlier_registers.txt (1979 earlier family names), grepped for candidate
  registers so that none of this set's names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-286 of the copy), the units header
  and unit_r (503-563), the datetime header and helpers up to the first `assert sayus`
  (743-827), the negatives header with neg/conv (1057-1064), and the weekday check, checks and
  output at the end (1643-1866).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No JSONL file, git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a swan upping skiff crew, a
  llama trekking farm, a cathedral chorister chaperone, a heritage ropewalk demonstrator, a bus
  depot night cleaning gang, a sauna society stove keeper, a fossil preparation lab volunteer, a
  tide mill, a pigeon race secretary, a curling ice technician, a coracle regatta marshal, a
  cinema projection relief, a wheelwright, a woodland charcoal camp, a bobbin lace tutor, a tall
  ship galley cook, an organ blower restoration trust, a stamp fair dealer, a hedge flailing
  contractor, a theatre wig knotter, a dial-a-ride driver, a jigsaw swap club, a sett-laying
  paviour gang, a lido boiler attendant and a funfair big wheel operator), each register used by
  all three tools, the first six with two items per tool. Phrasing varies: statements,
  questions, imperatives, lowercase, numbers in words, British and American forms, extra context.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, foot,
  yard, mile, fathom, avoirdupois pound and ounce, acre, psi from standard gravity, bar, GiB/MiB,
  Celsius/Fahrenheit/kelvin) for conversions, graded exactly when the result terminates in at
  most three decimals and at 0.1% otherwise (only where two decimals stay within 0.1%), and
  datetime/date arithmetic for dates, weekdays, ages, spans, whole weeks, nth and last weekdays,
  clock intervals, a Monday-to-Friday working-day count and a run of days skipping Sundays.
  Weekdays written next to dates come from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday explanations, personal advice,
  writing, code, history, language, general facts, cooking, DIY, outdoor life), 65
  near-negatives shaped like positives but needing the model (identifiers, missing facts,
  non-arithmetic notation, code to write, meanings of stated numbers, estimates, judgements),
  and 35 conversations in which an earlier turn changes what the last question means (redefined
  operators, number bases, unit readings, calendar and week-numbering rules, identifiers, missing
  facts, judgements, tasks, requested answer formats); none ends in a plain exact question that
  the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 106, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), and a
read-through of every expected value printed with --show. The first run passed every check
but the duplicate one, which found 26 queries or user turns matching earlier sets word for
word (rephrased). Ruff check and format were run from /work/main; seven string lines over 99
columns were shortened or split, and the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_107.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-20.jsonl"
PREFIX = "ho107-"
# earlier generators: sets 1-106 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 107))
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
calc(P, "What is 18% of 2,450?", pct(18) * 2450)
calc(P, "347 * 29", 347 * 29)
calc(P, "compute 7,812 divided by 24", F(7812, 24))
calc(P, "what's 15.6 squared", dec("15.6") ** 2)
calc(P, "(128 + 372) / 8 - 17.5", F(128 + 372, 8) - dec("17.5"))
calc(P, "What is three eighths of 1,064?", F(3, 8) * 1064)
calc(P, "Subtract 2,987.45 from 10,000.", 10000 - dec("2987.45"))
calc(P, "increase 648 by 12.5 percent", 648 * (1 + pct("12.5")))
assert 84 * 84 == 7056
calc(P, "What is the square root of 7,056?", 84)
calc(P, "1.25 x 0.8 x 46.3", dec("1.25") * dec("0.8") * dec("46.3"))
calc(P, "whats 2 to the power of 13 minus one thousand", 2**13 - 1000)
calc(P, "Divide 9,375 by 0.25, please.", F(9375) / dec("0.25"))
calc(P, "How much is 4,096 minus 1,337 plus 512?", 4096 - 1337 + 512)
calc(P, "65 is what percent of 260?", F(65, 260) * 100)

# registers (six with two items per tool)
R1 = "swan_upping_skiff_crew"
calc(
    R1,
    (
        "Swan upping tally: our skiffs counted 31 cygnets on the first day, 27 on the second, "
        "44 on the third, 19 on the fourth and 36 on the fifth. Total cygnets for the voyage?"
    ),
    31 + 27 + 44 + 19 + 36,
)
calc(
    R1,
    (
        "Each of the 6 skiffs has 4 rowers and the livery company pays every rower £55 a day "
        "for 5 days. What's the total wage bill in pounds?"
    ),
    6 * 4 * 55 * 5,
)
R2 = "llama_trekking_farm"
calc(
    R2,
    (
        "A llama trek costs £65 per walker and groups of 6 or more get 15% off. "
        "A party of 8 has booked. What do they pay altogether?"
    ),
    8 * 65 * (1 - pct(15)),
)
calc(
    R2,
    (
        "we've 14 llamas and each eats 1.8 kg of hay a day. a bale weighs 22.5 kg. "
        "how many bales' worth of hay do they get through in 30 days"
    ),
    14 * dec("1.8") * 30 / dec("22.5"),
)
R3 = "cathedral_chorister_chaperone"
calc(
    R3,
    (
        "I'm chaperoning 18 choristers on tour. The lunch allowance is €11.50 per child per day "
        "for 4 days, plus €120 for me. What's the total lunch budget in euros?"
    ),
    18 * dec("11.50") * 4 + 120,
)
calc(
    R3,
    (
        "Evensong lasts 55 minutes and the boys sing six of them a week, plus a 75-minute "
        "Sunday Eucharist. How many minutes of services is that each week?"
    ),
    6 * 55 + 75,
)
R4 = "ropewalk_heritage_demonstrator"
calc(
    R4,
    (
        "At the ropewalk, laying the strands shortens a rope to 72% of its yarn length. "
        "If the yarns are run out to 300 m, how long is the finished rope in metres?"
    ),
    300 * pct(72),
)
calc(
    R4,
    (
        "Demo tickets are £12.50 per adult and £7.25 per child. On Saturday we had 143 adults "
        "and 88 children through the gate. Takings?"
    ),
    143 * dec("12.50") + 88 * dec("7.25"),
)
R5 = "bus_depot_night_cleaning_gang"
calc(
    R5,
    "126 buses in the depot, 7 of us cleaning, split equally. how many buses each?",
    F(126, 7),
)
calc(
    R5,
    (
        "Night cleaning pays £13.80 an hour plus a 30% unsocial-hours premium on top. "
        "What do I earn for a 9-hour shift?"
    ),
    dec("13.80") * (1 + pct(30)) * 9,
)
R6 = "sauna_society_stove_keeper"
calc(
    R6,
    (
        "The sauna stove burns 14 kg of birch logs per session and logs cost £0.38 a kilo. "
        "We heat it for 3 sessions a week. What's the weekly log bill?"
    ),
    14 * dec("0.38") * 3,
)
calc(
    R6,
    (
        "Membership is £240 a year and we have 75 members. The society spends 62% of "
        "subscriptions on fuel and upkeep. How much of the subscription money is left over?"
    ),
    240 * 75 * (1 - pct(62)),
)
R7 = "fossil_prep_lab_volunteer"
calc(
    R7,
    (
        "I've logged 37.5 hours on the ichthyosaur block and the curator budgeted 120 hours "
        "for the whole job. What percentage is done?"
    ),
    dec("37.5") / 120 * 100,
)
R8 = "tide_mill_flour_grinder"
calc(
    R8,
    (
        "The tide mill grinds 85 kg of flour per tide and works two tides a day. How many "
        "1.5 kg bags can we fill from six days of milling?"
    ),
    85 * 2 * 6 / dec("1.5"),
)
R9 = "pigeon_loft_race_secretary"
calc(
    R9,
    (
        "Race secretary here. A bird covered 410,130 yards in 378 minutes of flying. "
        "What's its velocity in yards per minute?"
    ),
    F(410130, 378),
)
R10 = "curling_ice_technician_log"
calc(
    R10,
    (
        "We pebble each sheet before every draw: 5 sheets, 4 draws a day, and one pebbling "
        "uses 18 litres of water. Litres used per day?"
    ),
    5 * 4 * 18,
)
R11 = "coracle_regatta_marshal"
calc(
    R11,
    (
        "Entry is £8 per coracle and 40% of entry fees go to the lifeboat charity. We had "
        "57 coracles entered. How much does the charity get?"
    ),
    57 * 8 * pct(40),
)
R12 = "cinema_projection_booth_relief"
calc(
    R12,
    (
        "The festival's four features run 118, 97, 142 and 105 minutes with a 15 minute "
        "turnaround between each. Minutes from the first start to the last finish?"
    ),
    118 + 97 + 142 + 105 + 3 * 15,
)
R13 = "wheelwright_tyre_shrinking"
calc(
    R13,
    (
        "the wheel's circumference is 3,770 mm and i cut the iron tyre 1.5% shorter so it "
        "shrinks on tight. how long do i cut the tyre bar, in mm?"
    ),
    3770 * (1 - pct("1.5")),
)
R14 = "charcoal_kiln_woodland_camp"
calc(
    R14,
    (
        "One burn of the ring kiln gives 230 kg of charcoal. We bag it in 2.5 kg sacks and "
        "sell each sack for £6.40. What does one burn bring in?"
    ),
    230 / dec("2.5") * dec("6.40"),
)
R15 = "bobbin_lace_guild_tutor"
calc(
    R15,
    (
        "My bobbin lace workshop: 11 students at £36 each, less £95 room hire and £4.20 per "
        "student for thread packs. What's my profit?"
    ),
    11 * 36 - 95 - 11 * dec("4.20"),
)
R16 = "tall_ship_galley_cook"
calc(
    R16,
    (
        "Provisioning the galley for 42 crew for 9 days at £7.35 per head per day. "
        "What's the food budget?"
    ),
    42 * 9 * dec("7.35"),
)
R17 = "organ_blower_restoration_trust"
calc(
    R17,
    (
        "The organ blower restoration appeal needs £48,600 and we've raised £31,347 so far. "
        "What percentage of the target is that?"
    ),
    F(31347, 48600) * 100,
)
R18 = "stamp_fair_dealer_table"
calc(
    R18,
    (
        "At the stamp fair I sold 64 covers at £2.75 and 9 albums at £18, and the organisers "
        "take 12% of my sales. What do I keep?"
    ),
    (64 * dec("2.75") + 9 * 18) * (1 - pct(12)),
)
R19 = "hedge_cutting_flail_contractor"
calc(
    R19,
    (
        "I charge £52 an hour for tractor and flail. I cut 3.6 km of roadside hedge at "
        "0.8 km an hour. What's the bill?"
    ),
    dec("3.6") / dec("0.8") * 52,
)
R20 = "theatre_wig_knotting_room"
calc(
    R20,
    (
        "A full lace-front wig needs 150,000 knots and I tie 1,250 an hour. "
        "How many hours of knotting is that?"
    ),
    F(150000, 1250),
)
R21 = "dial_a_ride_minibus_driver"
calc(
    R21,
    (
        "Dial-a-ride fare is £2.40 a trip, and concession pass holders pay a quarter of that. "
        "I carried 38 full-fare and 64 concession trips. Fares collected?"
    ),
    38 * dec("2.40") + 64 * dec("2.40") / 4,
)
R22 = "jigsaw_exchange_club_host"
calc(
    R22,
    (
        "At our jigsaw swap 23 members brought 3 puzzles each. All were 1000-piece except "
        "five 500-piece ones. How many pieces changed hands in total?"
    ),
    (23 * 3 - 5) * 1000 + 5 * 500,
)
R23 = "cobbled_street_paviour_gang"
calc(
    R23,
    (
        "We relay granite setts at 38 to the square metre. The lane is 64 m long and "
        "3.25 m wide. How many setts do we need?"
    ),
    64 * dec("3.25") * 38,
)
R24 = "lido_boiler_attendant"
calc(
    R24,
    (
        "The heat pump lifts the lido by 0.6 degrees an hour. How many hours to take the "
        "water from 18.2 degrees to 26.0 degrees?"
    ),
    (dec("26.0") - dec("18.2")) / dec("0.6"),
)
R25 = "funfair_ferris_wheel_operator"
calc(
    R25,
    (
        "Our big wheel has 24 gondolas seating 6 each, and one full ride including loading "
        "takes 12 minutes. Running full all evening for 7 hours, how many riders is that?"
    ),
    7 * 60 // 12 * 24 * 6,
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


FATHOM = 6 * FT
SQIN = IN * IN  # m^2

# plain one-line questions
unit_r(P, "convert 43.5 km to miles", dec("43500") / MI)
unit_r(P, "How many grams are in 11 avoirdupois ounces?", 11 * OZ * 1000)
unit_r(P, "what is 73 °F in Celsius?", f_to_c(73))
unit_r(P, "What is 3.5 acres in square metres?", dec("3.5") * ACRE)
unit_r(P, "convert 250 psi to bar", 250 * PSI / BAR)
unit(P, "How many seconds are there in 3.85 hours?", dec("3.85") * 3600, EXACT)
unit(P, "5 ft 11 in, in centimetres please", 71 * IN * 100, EXACT)
unit(P, "1.8 GiB in MiB", dec("1.8") * GIB / MIB, EXACT)
unit_r(P, "convert 95 km/h to mph", 95 * KMH / MPH)
unit_r(P, "How many square feet is 40 square metres?", 40 / SQFT)
unit(P, "What is 2.6 kilonewtons in newtons?", dec("2.6") * 1000, EXACT)
unit(P, "express 1.75 cubic metres in litres", dec("1.75") * 1000, EXACT)
unit(P, "How many kilopascals is one standard atmosphere?", dec("101.325"), EXACT)
unit(P, "300 kelvin in degrees Fahrenheit", c_to_f(300 - dec("273.15")), EXACT)

# registers
unit_r(R1, "Our swan upping skiff is 26 feet long. What's that in metres?", 26 * FT)
unit_r(
    R1,
    "A mute cob on the weighing sling came in at 12.4 kg. How many pounds is that?",
    dec("12.4") / LB,
)
unit_r(
    R2,
    (
        "A pack llama carries about a quarter of its body weight, so our big male's pack limit "
        "is 40 kg. What's 40 kg in pounds?"
    ),
    40 / LB,
)
unit_r(R2, "the long trek route is 11 miles — how many kilometres is that", 11 * MI / 1000)
unit_r(R3, "The cathedral nave is 156 feet long. In metres?", 156 * FT)
unit_r(
    R3,
    "Our choir tour coach leg is 340 km. How many miles is that for the American parents?",
    340000 / MI,
)
unit(R4, "The ropewalk is a quarter of a mile long. How many metres is that?", MI / 4, EXACT)
unit(
    R4,
    "Rope is sized by circumference here: this one is 3 inches round. In millimetres?",
    3 * IN * 1000,
    EXACT,
)
unit_r(R5, "The bus wash pump runs at 180 kPa. What's that in psi?", 180000 / PSI)
unit_r(R5, "A double-decker stands 14.4 feet high. How many metres is that?", dec("14.4") * FT)
unit(R6, "The sauna sits at 90 °C. What is that in Fahrenheit?", c_to_f(90), EXACT)
unit(R6, "the cold plunge is 41 °F, what's that in celsius", f_to_c(41), EXACT)
unit_r(R7, "Our air-pen scribe runs at 90 psi. How many kilopascals is that?", 90 * PSI / 1000)
unit(
    R8,
    "The millstones are 4 ft 6 in across. What's the diameter in centimetres?",
    54 * IN * 100,
    EXACT,
)
unit_r(
    R9,
    "The race distance is 412 miles 1,300 yards. Convert that to kilometres.",
    (412 * MI + 1300 * YD) / 1000,
)
unit(R10, "We keep the curling ice at 23 °F. What's that in Celsius?", f_to_c(23), EXACT)
unit_r(R11, "My coracle weighs 29 lb. How many kilograms is that?", 29 * LB)
unit(
    R12,
    "A feature on 35 mm film runs to 10,800 feet of print. How many metres of film is that?",
    10800 * FT,
    EXACT,
)
unit(R13, "The cart wheel is 52 inches across. How many millimetres?", 52 * IN * 1000, EXACT)
unit(R14, "The ring kiln gets up to 450 °C. What's that in °F?", c_to_f(450), EXACT)
unit(R15, "My lace pillow is 18 inches across. In centimetres?", 18 * IN * 100, EXACT)
unit_r(R16, "We anchored in 8.5 fathoms. How deep is that in metres?", dec("8.5") * FATHOM)
unit_r(R17, "The longest pipe in the organ is 32 feet. How many metres is that?", 32 * FT)
unit_r(
    R18,
    "My display frames are 16 by 12 inches. What's the area of one in square centimetres?",
    16 * 12 * SQIN * 10000,
)
unit_r(R19, "The flail head is 1.5 metres wide. How wide is that in feet?", dec("1.5") / FT)
unit(R20, "The hair for this wig is 14 inches long. How many centimetres?", 14 * IN * 100, EXACT)
unit_r(R21, "My dial-a-ride route is 68 miles a day. What's that in km?", 68 * MI / 1000)
unit_r(
    R22,
    "A finished puzzle measures 68 cm by 48 cm. What is its area in square inches?",
    F(68 * 48, 10000) / SQIN,
)
unit_r(R23, "The lane surface is 640 square yards. How many square metres is that?", 640 * SQYD)
unit_r(R24, "The lido water is at 79 °F. What's that in Celsius?", f_to_c(79))
unit_r(R25, "The big wheel stands 45 metres tall. How many feet is that?", 45 / FT)


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


def working_days_end(start, n):
    """The nth Monday-to-Friday day counting start (a weekday) as the first."""
    d, k = start, 1
    assert d.weekday() < SAT
    while k < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            k += 1
    return d


def skip_sundays_end(start, n):
    """The nth day counting start as the first and never counting a Sunday."""
    d, k = start, 1
    assert d.weekday() != SUN
    while k < n:
        d += TD(days=1)
        if d.weekday() != SUN:
            k += 1
    return d


assert working_days_end(D(2030, 3, 4), 6) == D(2030, 3, 11)
assert skip_sundays_end(D(2030, 3, 9), 2) == D(2030, 3, 11)

# plain one-line questions
date_item(P, "What day of the week was 14 July 2021?", weekday(D(2021, 7, 14)))
date_item(
    P,
    "How many days are there between 3 March 2026 and 19 November 2026?",
    days(D(2026, 3, 3), D(2026, 11, 19)),
)
date_item(P, "What date is 100 days after 9 August 2027?", D(2027, 8, 9) + TD(days=100))
date_item(P, "what date is 6 weeks before 2 May 2028", D(2028, 5, 2) - TD(weeks=6))
date_item(
    P, "How many weeks from 5 January 2027 to 13 April 2027?", weeks(D(2027, 1, 5), D(2027, 4, 13))
)
date_item(
    P,
    "Someone born on 30 September 1988: how old are they on 1 June 2029?",
    age(D(1988, 9, 30), D(2029, 6, 1)),
)
date_item(
    P, "What is the date of the third Thursday of October 2027?", nth_weekday(2027, 10, THU, 3)
)
date_item(P, "Which weekday is 1 January 2031?", weekday(D(2031, 1, 1)))
date_item(P, "How many minutes from 21:40 to 06:15?", clock_span("21:40", "06:15", 60))
date_item(P, "What date is 250 days after 15 March 2029?", D(2029, 3, 15) + TD(days=250))
date_item(P, "how many hours between 08:30 and 17:45", clock_span("08:30", "17:45", 3600))
date_item(P, "Add 45 days to December 20, 2026. What's the date?", D(2026, 12, 20) + TD(days=45))
date_item(P, "what date falls on the final Monday in May 2030", nth_weekday(2030, 5, MON, -1))
date_item(
    P, "Number of days from 1 February 2028 to 1 March 2028?", days(D(2028, 2, 1), D(2028, 3, 1))
)

# registers
date_item(
    R1,
    "Swan upping starts on the third Monday of July 2027. What date is that?",
    nth_weekday(2027, 7, MON, 3),
)
date_item(
    R1,
    (
        "The cygnets on the upper reach hatched on 28 May 2027. "
        "How many days old are they on 19 July 2027?"
    ),
    days(D(2027, 5, 28), D(2027, 7, 19)),
)
date_item(
    R2,
    (
        "Our female llama was mated on 3 September 2026 and we count gestation as 350 days. "
        "What's her due date?"
    ),
    D(2026, 9, 3) + TD(days=350),
)
date_item(
    R2,
    "the half-day trek leaves at 09:45 and gets back at 14:20. how many minutes is that?",
    clock_span("09:45", "14:20", 60),
)
TOUR = D(2027, 7, 24)
date_item(
    R3,
    f"The choir tour leaves on {sayw(TOUR)} and comes back 11 days later. Return date?",
    TOUR + TD(days=11),
)
date_item(
    R3,
    (
        "One of my choristers was born on 17 March 2015. How old is he on 1 September 2027, "
        "the first day of the autumn term?"
    ),
    age(D(2015, 3, 17), D(2027, 9, 1)),
)
date_item(
    R4,
    "The ropewalk first opened on 4 April 1790. Which day of the week was that?",
    weekday(D(1790, 4, 4)),
)
date_item(
    R4,
    (
        "Our demonstration season runs from 4 April 2026 to 31 October 2026. How many days "
        "is it from the first date to the second?"
    ),
    days(D(2026, 4, 4), D(2026, 10, 31)),
)
date_item(
    R5,
    "The night cleaning shift is 22:30 to 06:00. How many hours is that?",
    clock_span("22:30", "06:00", 3600),
)
ROTA = D(2027, 1, 11)
date_item(
    R5,
    (
        f"The new depot rota starts on {sayus(ROTA)} and repeats every 8 weeks. On what date "
        "does the fourth cycle begin?"
    ),
    ROTA + TD(weeks=3 * 8),
)
date_item(
    R6,
    (
        "The stove was relined on 15 November 2025 and the guarantee runs out 730 days after "
        "the relining. What date is that?"
    ),
    D(2025, 11, 15) + TD(days=730),
)
date_item(
    R6,
    "Winter swims at the sauna start on the first Sunday of November 2026. Which date is that?",
    nth_weekday(2026, 11, SUN, 1),
)
date_item(
    R7,
    (
        "The plesiosaur block arrived in the prep lab on 12 January 2027 and took 164 days to "
        "prepare. On what date was it finished?"
    ),
    D(2027, 1, 12) + TD(days=164),
)
date_item(
    R8,
    "Our tide mill reopened after restoration on 21 June 1997. What weekday was that?",
    weekday(D(1997, 6, 21)),
)
date_item(
    R9,
    "Birds were liberated at 07:15 and my first bird clocked in at 13:42. Flying time in minutes?",
    clock_span("07:15", "13:42", 60),
)
date_item(
    R10,
    (
        "The ice went in on 6 September 2026 and comes out on 2 April 2027. How many days "
        "is that from one to the other?"
    ),
    days(D(2026, 9, 6), D(2027, 4, 2)),
)
date_item(
    R11,
    "The coracle regatta is held on the last Saturday of August. What's the date in 2027?",
    nth_weekday(2027, 8, SAT, -1),
)
date_item(
    R12,
    (
        "The retrospective screens every day from 3 February 2027 to 23 February 2027, "
        "both days included. How many days of screenings is that?"
    ),
    days(D(2027, 2, 3), D(2027, 2, 23)) + 1,
)
date_item(
    R13,
    (
        "Oak felled on 10 December 2025 is left to season for 400 days before I cut felloes "
        "from it. When will it be ready?"
    ),
    D(2025, 12, 10) + TD(days=400),
)
date_item(
    R14,
    "we lit the burn at 18:00 and sealed the kiln off at 07:30 next morning. how many hours?",
    clock_span("18:00", "07:30", 3600),
)
LACE = D(2027, 1, 16)
date_item(
    R15,
    (
        f"My beginners' lace course meets weekly for 10 sessions, the first on {sayw(LACE)}. "
        "What's the date of the last session?"
    ),
    LACE + TD(weeks=9),
)
date_item(
    R16,
    "We sail on 30 April 2027 and the passage is planned at 47 days. Expected arrival date?",
    D(2027, 4, 30) + TD(days=47),
)
date_item(
    R17,
    "The organ was inaugurated on 8 November 1883. What day of the week was that?",
    weekday(D(1883, 11, 8)),
)
date_item(
    R18,
    "The stamp fair is held on the second Saturday of every month. What date is it in March 2027?",
    nth_weekday(2027, 3, SAT, 2),
)
date_item(
    R19,
    (
        "Hedge cutting resumes on 1 September 2027 after the nesting season. How many days "
        "from 1 September 2027 to 1 March 2028?"
    ),
    days(D(2027, 9, 1), D(2028, 3, 1)),
)
WIG = D(2027, 8, 2)
date_item(
    R20,
    (
        f"I start knotting a wig on {sayw(WIG)} and it takes 30 working days, Monday to Friday, "
        "counting the first day as day one. On what date do I finish?"
    ),
    working_days_end(WIG, 30),
)
date_item(
    R21,
    "My regular passenger was born 2 October 1951. What age is she on 2 October 2027?",
    age(D(1951, 10, 2), D(2027, 10, 2)),
)
date_item(
    R22,
    (
        "The club's 5000-piece puzzle was started on 6 January 2027 and finished on "
        "24 March 2027. How many weeks did it take?"
    ),
    weeks(D(2027, 1, 6), D(2027, 3, 24)),
)
SETTS = D(2027, 6, 5)
date_item(
    R23,
    (
        f"Relaying starts on {sayw(SETTS)} and we work every day except Sundays. If the job "
        "needs 20 working days, counting the first day, what date do we finish?"
    ),
    skip_sundays_end(SETTS, 20),
)
date_item(
    R24,
    (
        "The lido opens for the season on 22 May 2027 and the boiler service is booked 60 days "
        "before opening. What date is the service?"
    ),
    D(2027, 5, 22) - TD(days=60),
)
date_item(
    R25,
    "The wheel opened at 11:00 and stopped at 23:30. How many hours did it run?",
    clock_span("11:00", "23:30", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives (100): ten topics of ten
ORDINARY = {
    "explain-everyday": [
        "Why does bread go stale faster in the fridge than on the counter?",
        "Explain how compound interest differs from simple interest, in plain words.",
        "How does a heat pump move heat from cold outside air into a warm house?",
        "What actually happens to clocks during a leap second?",
        "Why are there 360 degrees in a circle rather than 100?",
        "Can you explain what a p-value tells you, and what it doesn't?",
        "How do noise-cancelling headphones work?",
        "why do ships float when they're made of steel",
        "Explain the difference between weather and climate to a ten-year-old.",
        "What's the difference between a virus and a bacterium?",
    ],
    "advice-personal": [
        "Is it worth paying extra for a fixed-rate energy tariff?",
        "Should I learn piano or guitar first as an adult beginner?",
        "Which would suit a small walled garden better, a plum tree or a pear tree?",
        "What's a fair way for flatmates with very different incomes to split the rent?",
        "Do you think remote work is good or bad for junior employees?",
        "I've been offered two jobs, one better paid and one closer to home. How should I decide?",
        "Is it rude to bring a shop-bought dessert to a dinner party?",
        "What are good questions to ask at the end of a job interview?",
        "How can I politely tell a neighbour their dog barks all day while they're out?",
        "what should I check before buying a second-hand road bike",
    ],
    "writing-help": [
        "Write a short thank-you note to my daughter's swimming teacher.",
        "Draft a polite email asking my landlord to fix a leaking kitchen tap.",
        "Give me a limerick about a forgetful lighthouse keeper.",
        "Rewrite this to sound more formal: we're gonna be late cos of the trains.",
        "Write a two-line toast for my parents' ruby wedding anniversary.",
        "Suggest five names for a bakery that only does sourdough.",
        "Summarise the plot of Moby-Dick in three sentences.",
        "Write a short shop listing for a hand-turned walnut fruit bowl.",
        "Help me write a resignation letter that keeps things friendly.",
        "Compose a haiku about the first frost on an allotment.",
    ],
    "code-general": [
        "Write a Python function that tells me if a word reads the same backwards, ignoring case.",
        "How do I reverse a singly linked list in C?",
        "When would I pick a tuple over a list in Python, and does it matter for speed?",
        "Write a SQL query listing customers who share a phone number in a contacts table.",
        "Explain what a race condition is and how a mutex prevents it.",
        "my git push gets rejected as non-fast-forward, what does that mean and how do i fix it",
        "Give me a bash loop that prints each .csv file's name next to its line count.",
        "Using flexbox, how do I put a login box dead centre of the page?",
        "What does the yield keyword do in Python?",
        "Write a regex to validate Dutch postcodes like 1234 AB.",
    ],
    "history-why": [
        "Why did the Roman Empire split into an eastern and a western half?",
        "Who invented the printing press in Europe, and why did it matter so much?",
        "What caused the Great Fire of London to spread so quickly?",
        "Why did Britain switch from the Julian to the Gregorian calendar?",
        "What was the significance of Magna Carta?",
        "How did sailors navigate across oceans before satellite positioning?",
        "Tell me about the history of the Penny Black stamp.",
        "Why was the metric system introduced in revolutionary France?",
        "What was life like for children working in Victorian cotton mills?",
        "How did the Silk Road shape trade between Europe and Asia?",
    ],
    "language-usage": [
        "What's the difference between 'affect' and 'effect'?",
        "Translate 'where is the railway station?' into Spanish.",
        "Is it 'fewer' or 'less' when talking about money?",
        "What does 'the whole nine yards' mean and where does it come from?",
        "How do you pronounce Worcestershire?",
        "Give me three synonyms for 'meticulous'.",
        "What is the plural of octopus?",
        "When should I use a semicolon instead of a comma?",
        "What does 'per annum' mean on a payslip?",
        "Explain the difference between 'biweekly' and 'bimonthly'.",
    ],
    "general-facts": [
        "Which is higher, Kilimanjaro or Mount Kenya, and by roughly how much?",
        "Which of Jupiter's moons might have an ocean under its ice?",
        "Who composed the Brandenburg Concertos?",
        "What's the boiling point of water at the summit of Everest?",
        "Which planet in the solar system has the longest day?",
        "What's the population of Iceland?",
        "Which Spanish cities will see the total solar eclipse of August 2026?",
        "How fast does sound travel in seawater?",
        "How far away is the Moon?",
        "What is the capital of Mongolia?",
    ],
    "kitchen-cooking": [
        "How do I stop my risotto going gluey?",
        "What can I use instead of buttermilk in pancakes?",
        "How long should I rest a roast chicken before carving it?",
        "Why did my macarons crack on top?",
        "Is it safe to refreeze prawns that have been defrosted?",
        "What's the best way to keep fresh herbs longer?",
        "Give me a simple vegetarian curry recipe for four people.",
        "How do I know when my sourdough starter is ready to use?",
        "What wine goes with a mushroom stroganoff?",
        "Why is my homemade bread so dense?",
    ],
    "diy-home": [
        "The top of my radiator stays cold. How do I bleed it without soaking the carpet?",
        "What's the best way to fill a crack in a plaster wall?",
        "Should I use a drill or an impact driver for decking screws?",
        "How do I stop condensation forming on my bedroom windows?",
        "What grit of sandpaper should I use before varnishing a table?",
        "How do I fix a toilet cistern that keeps running?",
        "Can I paint over wallpaper or should I strip it first?",
        "What makes a circuit breaker keep tripping?",
        "How do I choose the right wall plug for a heavy mirror?",
        "how often should i re-seal a slate patio",
    ],
    "life-outdoors": [
        "What should I pack for a week of hill walking in Scotland in October?",
        "How do I get over jet lag after flying east?",
        "Is it better to stretch before or after running?",
        "How can I sleep better when I work night shifts?",
        "What are the pros and cons of an electric car if I have no driveway?",
        "How do I teach my dog to stop pulling on the lead?",
        "What's a good way for an adult to learn front crawl?",
        "How do I start a compost heap?",
        "Recommend some board games for a family with young children.",
        "How should I prepare for my first marathon?",
    ],
}
for fam, queries in ORDINARY.items():
    for q in queries:
        neg(fam, q)

# near-negatives (65): shaped like positives but needing the language model
NEAR = {
    "near-identifier": (
        "an identifier that looks like arithmetic",
        [
            "Is 020 7946 0018 a London phone number?",
            "My part number is 4471-220-15. Which manufacturers use that format?",
            "The match finished 3-1 after extra time. Who scored the goals?",
            "What changed in the f-string syntax between Python 3.11 and 3.12?",
            "Which book has the ISBN 978-0-14-044913-6, and which edition is it?",
            "Flight BA 2490 leaves at 14:35. Which terminal does it use?",
            "Windows Update fails with 0x80070005. What does that code mean?",
            "My bike lock combination is 7-3-9-1. Is that a secure choice?",
            "What does 1/4-20 mean on a camera tripod screw?",
            "The invoice reference says 2026/118-B. How should I quote it on a bank transfer?",
        ],
    ),
    "near-missing-fact": (
        "a fact the question needs is not given",
        [
            "How much council tax will I pay on a band D house in Leeds?",
            "What's 15% off the price of the blue sofa we looked at?",
            "How many days are left before my passport runs out?",
            "Convert my height to centimetres.",
            "How many yen would I get for 250 euros at the airport?",
            "How long will it take me to drive from Bristol to Inverness?",
            "How much is the train fare from York to Durham on Friday morning?",
            "What will 1,000 dollars be worth in 20 years with inflation?",
            "How many litres of paint do I need for my living room?",
            "What time does the sun set in Oslo on 21 June 2027?",
        ],
    ),
    "near-notation": (
        "notation that is not ordinary arithmetic",
        [
            "In my puzzle book 3 ◇ 5 = 34 and 2 ◇ 7 = 53. What rule could ◇ be?",
            "In this riddle x means divide and ÷ means multiply. What is 8 x 2 ÷ 4, and why?",
            "In base 7, what is 65 + 23?",
            "What does US 20/20 vision correspond to in the UK, and why the different numbers?",
            "In clock arithmetic, why does 9 + 7 come out as 4?",
            "My spreadsheet cell shows 1.23E+05. What does that notation mean?",
            "Why does 0.1 + 0.2 print as 0.30000000000000004 in JavaScript?",
            "What does 2d6+3 mean in a tabletop game, and what's the average roll?",
        ],
    ),
    "near-code": (
        "code to write, not a number to compute",
        [
            "Write a Python function that adds 17.5% VAT to a price and rounds to the penny.",
            "Give me an Excel formula for the number of days between the dates in A2 and B2.",
            "How do I convert a pandas column from miles to kilometres?",
            "Write a JavaScript snippet that shows the weekday of 1 January for any year.",
            "What's the SQL to total order values by month?",
            "Write a C function that converts Fahrenheit to Celsius.",
            "Write a cron schedule for 06:30 on the first Monday of every month.",
        ],
    ),
    "near-meaning": (
        "the meaning of a stated number",
        [
            "The pharmacist took my blood pressure and got 142/91. Should I be worried?",
            "The tyre says 205/55 R16 91V. What do those numbers mean?",
            "How strong is a 4.5% ABV beer compared with a glass of wine?",
            "My credit score is 742. Is that good?",
            "What does a 3:1 mortar mix mean?",
            "The forecast says a 40% chance of rain at 3pm. What does the 40% actually mean?",
            "Our house has an EPC score of 68. What would improve it?",
            "What does 1:25,000 on a walking map mean in practice?",
            "My running watch says my VO2 max is 48. Is that good for a 40-year-old?",
            "The eggs say best before 14 March 2027. Can I still eat them after that?",
        ],
    ),
    "near-estimate": (
        "an estimate, not an exact computation",
        [
            "Roughly how many window cleaners work in Manchester?",
            "About how many days would it take to cycle from Land's End to John o' Groats?",
            "How many golf balls would fit inside a double-decker bus, roughly?",
            "Estimate what a family of four spends on groceries a month in the UK.",
            "How many words does a typical novel have?",
            "What's a reasonable hourly rate for a freelance copy editor?",
            "How many hours of practice does it take to reach grade 5 piano?",
            "Roughly how much does it cost to run a fridge freezer for a year?",
            "How many times will a 10,000 mAh power bank charge my phone?",
            "How many bricks are in an average three-bedroom house?",
        ],
    ),
    "near-judgement": (
        "a judgement about numbers, not a computation",
        [
            "I earn £31,000 and my rent is £1,050 a month. Is that too much of my income?",
            "We've saved £18,400 for a deposit. Should we buy now or wait for rates to drop?",
            "I run 5 km in 27 minutes. Is that a decent time for a beginner?",
            "My commute is 52 minutes each way. Is moving closer worth £150 a month more rent?",
            "Is a 7% annual return a realistic assumption for a pension projection?",
            "I've been quoted £14,500 to re-roof a semi. Does that sound fair?",
            "Is 18 °C warm enough for a baby's bedroom at night?",
            "Our startup spends £42,000 a month with £300,000 in the bank. Should we raise now?",
            "Is it sensible to take out a 25-year mortgage at 61?",
            "My 14-year-old wants to work 12 hours a week during term. Is that too much?",
        ],
    ),
}
for fam, (note, queries) in NEAR.items():
    for q in queries:
        neg(fam, q, note)

# conversations (35): an earlier turn changes what the last question means
conv(
    "conv-redefined-operator",
    [
        (U, "For this game let a # b mean a squared minus b."),
        (A, "Got it: a # b = a² − b."),
        (U, "So what's 6 # 4, and is # commutative?"),
    ],
    "# redefined by the user",
)
conv(
    "conv-redefined-operator",
    [
        (U, "In my notes the caret means bitwise XOR, not a power."),
        (A, "Understood, ^ is XOR here."),
        (U, "what is 12 ^ 10"),
    ],
    "^ is XOR, not exponentiation",
)
conv(
    "conv-redefined-operator",
    [
        (U, "In this exercise % means the remainder after division, like in code."),
        (A, "OK, % is modulo."),
        (U, "so 17 % 5 = ?"),
    ],
    "% is modulo, not percent",
)
conv(
    "conv-redefined-operator",
    [
        (U, "We're playing a puzzle where every number is written backwards."),
        (A, "Fun, so 21 would mean twelve."),
        (U, "Then what is 21 + 31?"),
    ],
    "digits reversed by the game's rule",
)
conv(
    "conv-number-base",
    [
        (U, "Treat every number I give you as hexadecimal for the rest of this chat."),
        (A, "Sure, I'll read all numbers as hex."),
        (U, "ok, 1A plus 2F comes to?"),
    ],
    "hexadecimal operands",
)
conv(
    "conv-number-base",
    [
        (U, "Everything I type next is in binary."),
        (A, "OK, binary it is."),
        (U, "101 times 11?"),
    ],
    "binary operands",
)
conv(
    "conv-unit-reading",
    [
        (U, "I'm in the US and baking from an American recipe."),
        (A, "Happy to help with that."),
        (U, "How many grams is a cup of plain flour?"),
    ],
    "volume-to-mass depends on the ingredient",
)
conv(
    "conv-unit-reading",
    [
        (U, "When I say a bag I mean one of our 25 kg cement bags."),
        (A, "Noted."),
        (U, "How many bags is 1.2 tonnes, and should I order spares for waste?"),
    ],
    "bag defined earlier; judgement about spares",
)
conv(
    "conv-unit-reading",
    [
        (U, "Our survey uses US survey feet, not international feet."),
        (A, "Understood, the pre-2023 US survey foot."),
        (U, "How many metres is 5,280 of them?"),
    ],
    "the unit is fixed by the earlier turn",
)
conv(
    "conv-unit-reading",
    [
        (U, "The tyre placard on my door says 2.3 bar for the front tyres."),
        (A, "That's the recommended cold pressure."),
        (U, "My gauge reads 31 psi. Is that okay or should I add air?"),
    ],
    "compare with the earlier figure and judge",
)
conv(
    "conv-calendar-rule",
    [
        (U, "I plan everything by ISO week numbers."),
        (A, "OK, ISO 8601 weeks starting on Monday."),
        (U, "On what date does week 1 of 2027 start?"),
    ],
    "ISO week rule from the earlier turn",
)
conv(
    "conv-calendar-rule",
    [
        (U, "Our financial year starts on 6 April, like the UK tax year."),
        (A, "Got it."),
        (U, "Which quarter is 20 July in?"),
    ],
    "fiscal quarter, not calendar quarter",
)
conv(
    "conv-calendar-rule",
    [
        (U, "We use a 4-4-5 retail calendar whose year starts on the Sunday nearest 1 February."),
        (A, "Understood."),
        (U, "Which period does 20 March fall in?"),
    ],
    "retail calendar defined by the user",
)
conv(
    "conv-calendar-rule",
    [
        (U, "In our office week 1 is the week containing 1 January, and weeks start on Sunday."),
        (A, "OK, US-style week numbers."),
        (U, "What week number is 10 March 2027 then?"),
    ],
    "week numbering defined earlier",
)
conv(
    "conv-calendar-rule",
    [
        (U, "For my game, a sol is 24 hours 39 minutes 35 seconds."),
        (A, "That's the Martian solar day."),
        (U, "How many sols is 1,000 of our hours, and what would a colonist call a week?"),
    ],
    "game definition plus an open question",
)
conv(
    "conv-identifier",
    [
        (U, "The tracking code on my parcel is 2027-0315-44."),
        (A, "What would you like to know about it?"),
        (U, "Does that mean it was posted on 15 March 2027?"),
    ],
    "whether an identifier encodes a date",
)
conv(
    "conv-identifier",
    [
        (U, "Our room numbers are floor then room, so 312 is floor 3, room 12."),
        (A, "Got it."),
        (U, "How many floors apart are 312 and 1108?"),
    ],
    "room numbers are identifiers, not quantities",
)
conv(
    "conv-identifier",
    [
        (U, "I'm looking up a Bible reference for a reading."),
        (A, "Which one?"),
        (U, "Is 3:16 a time or something else here?"),
    ],
    "chapter and verse, not a time",
)
conv(
    "conv-identifier",
    [
        (U, "The dates in this spreadsheet are stored as Excel serial numbers."),
        (A, "OK, days counted from the 1900 epoch."),
        (U, "What date is 46500?"),
    ],
    "Excel serial date convention",
)
conv(
    "conv-missing-fact",
    [
        (U, "I'm buying the same laptop my brother bought in the sale."),
        (A, "Nice choice."),
        (U, "What's 20% off what he paid?"),
    ],
    "the brother's price is not given",
)
conv(
    "conv-missing-fact",
    [
        (U, "Use the interest rate I gave you yesterday."),
        (A, "I don't have anything from an earlier conversation."),
        (U, "Just use it and tell me the interest on £5,000."),
    ],
    "the rate is not available",
)
conv(
    "conv-missing-fact",
    [
        (U, "My boss says we'll get the same rise as last year."),
        (A, "That's good news."),
        (U, "So what will my salary be if it's 38,500 now?"),
    ],
    "last year's rise is not given",
)
conv(
    "conv-missing-fact",
    [
        (U, "My sister is three years older than me."),
        (A, "OK."),
        (U, "How old will she be on my 40th birthday, and will she mind me asking?"),
    ],
    "depends on the earlier turn, with an open part",
)
conv(
    "conv-judgement",
    [
        (U, "I take home £2,600 a month."),
        (A, "Thanks, what are you weighing up?"),
        (U, "Can I afford a £340 car payment?"),
    ],
    "affordability judgement",
)
conv(
    "conv-judgement",
    [
        (U, "The bank quoted me 6.1% APR on a car loan."),
        (A, "That's the annual percentage rate."),
        (U, "and the dealer offers 4.9% flat. which is actually cheaper?"),
    ],
    "flat rate versus APR needs explanation",
)
conv(
    "conv-judgement",
    [
        (U, "In this card game aces count 1 or 11 and picture cards count 10."),
        (A, "Like blackjack."),
        (U, "I've got an ace, a king and a 4. What's my total, and should I take another card?"),
    ],
    "game rules plus strategy",
)
conv(
    "conv-judgement",
    [
        (U, "Darts league rules: we count down from 501 and must finish on a double."),
        (A, "Standard 501."),
        (U, "I've thrown 140, 100 and 85. What's left and how should I check out?"),
    ],
    "game rules and advice",
)
conv(
    "conv-task",
    [
        (U, "I'm writing a quiz for my local pub."),
        (A, "Fun! How can I help?"),
        (U, "Give me a tricky question whose answer is 144."),
    ],
    "a writing task",
)
conv(
    "conv-task",
    [
        (U, "Help me write a unit test."),
        (A, "Sure, what is it testing?"),
        (U, "A function that adds 30 days to 31 January 2027."),
    ],
    "code to write",
)
conv(
    "conv-task",
    [
        (U, "Can you check my maths homework?"),
        (A, "Of course, send it over."),
        (U, "I wrote 3/4 + 2/5 = 5/9."),
    ],
    "checking and explaining a mistake",
)
conv(
    "conv-task",
    [
        (U, "Make me a set of revision flashcards."),
        (A, "What topic?"),
        (U, "Converting between Celsius and Fahrenheit, with the tricks for doing it in my head."),
    ],
    "a teaching task",
)
conv(
    "conv-answer-format",
    [
        (U, "Reply only in Roman numerals please, it's for our museum's history display."),
        (A, "Will do."),
        (U, "What is forty-eight plus nineteen, then?"),
    ],
    "answer format requested earlier",
)
conv(
    "conv-answer-format",
    [
        (U, "I'm learning Welsh and want numbers written out in Welsh words."),
        (A, "Da iawn, happy to help."),
        (U, "How would I say the total of 47 and 26?"),
    ],
    "answer in Welsh words",
)
conv(
    "conv-answer-format",
    [
        (U, "In this bakery a dozen means thirteen, a baker's dozen."),
        (A, "Right, thirteen to the dozen."),
        (U, "How many rolls in 7 dozen?"),
    ],
    "dozen redefined by the user",
)
conv(
    "conv-answer-format",
    [
        (U, "I'm making a kids' worksheet, so explain every step in simple words."),
        (A, "Sure."),
        (U, "How do you work out a quarter of 36 using halving?"),
    ],
    "an explanation for children",
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
    # no register (family name) of this set is a family name of sets 19 to 106
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 106: {reused}"
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
