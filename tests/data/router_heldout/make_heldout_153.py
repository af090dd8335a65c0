"""Generate heldout-2027-05-05.jsonl: a hundred-and-fifty-third held-out router evaluation set
(SEALED).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest in 25 new registers, each register used by all three tools) and 200 negatives
(100 ordinary, 65 near-positives in "near-" families, 35 conversations in "conv-" families).
Every expected value is computed in code (Fraction/Decimal for money, datetime and zoneinfo
for dates, clock times and UTC offsets); no ambiguous units, no relative dates in positives.

Run: /work/main/.venv/bin/python make_heldout_153.py  (from this directory; writes the JSONL
next to this file and runs every check; --show lists the positives' expected values)

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt; of this file, lines 33-298,
503-563, 753-837, 1096-1103 and 1824-2047 as handed over (set-up, helpers, units and
datetime headers, negatives helpers, weekday check, checks and output).
Wrote: all four query sections (calculator, units, datetime, negatives) anew in scratch
files, spliced in by line number bottom range first, never viewing the replaced text; this
docstring, replacing the old one unread. A few datetime helpers (zoned_hours, offset_hours,
plus_working_days) were added at the top of the datetime section.
Checked: the generator's own checks (counts, plain counts, registers, weekdays, contested
units, gradability, duplicates against sets 1-152, regeneration digest); a first run found
34 queries repeating earlier sets, which were reworded; ruff check and ruff format with the
project config (ISC004 and UP017 fixed by ruff's fixer), lines at most 99 columns.
Slips: to find the new section boundaries and over-long lines after splicing, one grep -n
for header comments and a few awk runs for line lengths went over the whole file; they
printed only header lines already seen, line numbers and counts; the long lines shown were
this set's own.
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
from zoneinfo import ZoneInfo

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-05-05.jsonl"
PREFIX = "ho153-"
# earlier generators: sets 1-152 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 153))
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
    "make_heldout_109.py",
    "make_heldout_110.py",
    "make_heldout_111.py",
    "make_heldout_112.py",
    "make_heldout_113.py",
    "make_heldout_114.py",
    "make_heldout_115.py",
    "make_heldout_116.py",
    "make_heldout_117.py",
    "make_heldout_118.py",
    "make_heldout_119.py",
    "make_heldout_120.py",
    "make_heldout_121.py",
    "make_heldout_122.py",
    "make_heldout_123.py",
    "make_heldout_124.py",
    "make_heldout_125.py",
    "make_heldout_126.py",
    "make_heldout_127.py",
    "make_heldout_128.py",
    "make_heldout_129.py",
    "make_heldout_130.py",
    "make_heldout_131.py",
    "make_heldout_132.py",
    "make_heldout_133.py",
    "make_heldout_134.py",
    "make_heldout_135.py",
    "make_heldout_136.py",
    "make_heldout_137.py",
    "make_heldout_138.py",
    "make_heldout_139.py",
    "make_heldout_140.py",
    "make_heldout_141.py",
    "make_heldout_142.py",
    "make_heldout_143.py",
    "make_heldout_144.py",
    "make_heldout_145.py",
    "make_heldout_146.py",
    "make_heldout_147.py",
    "make_heldout_148.py",
    "make_heldout_149.py",
    "make_heldout_150.py",
    "make_heldout_151.py",
    "make_heldout_152.py",
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


R_GLASS = "glassblowing_studio_night_annealer"
R_LOCK = "canal_lock_keeper_toll_book"
R_HARP = "concert_harp_string_maker"
R_FORAGE = "fungi_foray_club_treasurer"
R_BALLOON = "hot_air_balloon_crew_chief"
R_REPTILE = "zoo_reptile_house_keeper"
R_CLOCK = "longcase_clock_winder_estate"
R_PIPES = "highland_pipe_reed_whittler"
R_BIND = "hand_bookbinding_evening_class"
R_SAIL = "sailmaker_for_classic_gaff_cutters"
R_TRAM = "heritage_tramway_conductor"
R_CAVE = "cave_survey_expedition"
R_THATCH = "reed_thatcher_crew"
R_POLAR = "antarctic_base_galley_cook"
R_ORGAN = "cathedral_organ_tuner"
R_KOMBU = "kombucha_taproom_brewer"
R_HAWK = "hawk_walk_experience_guide"
R_PUPPET = "touring_marionette_theatre"
R_SEED = "heritage_seed_library_volunteer"
R_FERRY = "ferry_purser_overnight_crossing"
R_CIDER = "community_orchard_cider_press"
R_PIANO = "piano_removals_crew"
R_RIG = "theatre_lighting_rig_electrician"
R_SHEEP = "sheepdog_trial_course_director"
R_ICE = "ice_hotel_block_cutter"

calc(
    R_GLASS,
    "Our glory hole burns 3.2 cubic metres of gas an hour at £0.85 per cubic metre, and the "
    "studio runs it 9.5 hours a day for 6 days a week. What's a week's gas bill in pounds?",
    dec("3.2") * dec("0.85") * dec("9.5") * 6,
)
calc(
    R_LOCK,
    "narrowboats pay £7.40 a passage through my lock. saturday 23 boats came through and "
    "sunday 31. total tolls for the weekend?",
    (23 + 31) * dec("7.40"),
)
calc(
    R_LOCK,
    "The boat licence is £1,046 for the year and there are four of us sharing the boat equally. "
    "How much does each co-owner pay?",
    F(1046, 4),
)
calc(
    R_HARP,
    "A full pedal harp set is 47 strings: 12 wire strings at £9.80 each and the rest gut at "
    "£14.25 each. What does one complete set cost me?",
    12 * dec("9.80") + (47 - 12) * dec("14.25"),
)
calc(
    R_FORAGE,
    "Fourteen members paid £6.50 each for Sunday's foray and nine guests paid £8 each. The "
    "guide charged £95. How much did the club clear?",
    14 * dec("6.50") + 9 * 8 - 95,
)
calc(
    R_BALLOON,
    "We carry 4 propane cylinders of 38 kg each and burned 71% of the total on this morning's "
    "flight. How many kilograms of propane did we use?",
    4 * 38 * pct(71),
)
calc(
    R_BALLOON,
    "Group booking: 14 passengers at £185 a head with a 15% group discount off the total. "
    "What does the group pay?",
    14 * 185 * (1 - pct(15)),
)
calc(
    R_REPTILE,
    "The Aldabra tortoise gets through 1.8 kg of greens a day and greens cost £2.35 per kg. "
    "Work out his feed bill for 28 days.",
    dec("1.8") * 28 * dec("2.35"),
)
calc(
    R_CLOCK,
    "I wind 37 clocks on the estate at £6.80 per clock per visit and I visit 4 times this "
    "quarter. What do I invoice for the quarter?",
    37 * dec("6.80") * 4,
)
calc(
    R_PIPES,
    "Order in: six chanter reeds at £18.50 and nine drone reeds at £7.25. whats the total",
    6 * dec("18.50") + 9 * dec("7.25"),
)
calc(
    R_BIND,
    "Each book in the class project has 11 signatures of 4 folded sheets. How many sheets "
    "do we need for seventeen books?",
    11 * 4 * 17,
)
calc(
    R_SAIL,
    "The mains'l is a right-angled triangle with a 4.6 m luff and a 2.3 m foot. What's its "
    "area in square metres?",
    dec("4.6") * dec("2.3") / 2,
)
calc(
    R_TRAM,
    "Takings on the heritage line: 38 adult fares at £5.60, 25 child fares at £2.80 and 12 "
    "family tickets at £14. Total please.",
    38 * dec("5.60") + 25 * dec("2.80") + 12 * 14,
)
calc(
    R_CAVE,
    "Survey legs through the new passage were 12.4, 8.75, 15.1, 6.05 and 21.3 metres. Total "
    "surveyed length?",
    dec("12.4") + dec("8.75") + dec("15.1") + dec("6.05") + dec("21.3"),
)
calc(
    R_CAVE,
    "We need rope for three pitches of 27 m, 41 m and 18 m plus 20% extra for rigging. How "
    "many metres of rope is that?",
    (27 + 41 + 18) * (1 + pct(20)),
)
calc(
    R_THATCH,
    "One square of thatch takes 80 bundles of water reed and this roof is 14.5 squares. At "
    "£3.90 a bundle what does the reed cost?",
    dec("14.5") * 80 * dec("3.90"),
)
calc(
    R_POLAR,
    "Twenty-three people are wintering over and each gets through 0.45 kg of flour a day. How "
    "many kg of flour for 196 days?",
    23 * dec("0.45") * 196,
)
calc(
    R_POLAR,
    "The galley's luxuries budget is NZ$48,600 shared equally among 24 winterers. How much is "
    "that per head in NZ$?",
    F(48600, 24),
)
calc(
    R_ORGAN,
    "I charge the cathedral £38 an hour; the tuning took 9.5 hours and travel is a flat £62. "
    "What's my invoice?",
    38 * dec("9.5") + 62,
)
calc(
    R_KOMBU,
    "a 240 litre batch goes into 330 ml bottles. how many completely full bottles do we get?",
    F(240 * 1000 // 330),
)
calc(
    R_HAWK,
    "Our Harris hawk flies best at 640 g and she's weighed in 3.5% over that. What does she "
    "weigh now in grams?",
    640 * (1 + pct("3.5")),
)
calc(
    R_PUPPET,
    "We sold 163 tickets at £11.50 and the venue keeps 30% of box office. What's the "
    "company's share?",
    163 * dec("11.50") * (1 - pct(30)),
)
calc(
    R_PUPPET,
    "The van does 8.5 litres per 100 km and the tour is 1,240 km. With diesel at €1.75 a "
    "litre, what's the fuel cost in euros?",
    1240 * dec("8.5") / 100 * dec("1.75"),
)
calc(
    R_SEED,
    "We've got 2,380 bean seeds to pack at 35 per packet, and packets go for £1.75. Income if "
    "every packet sells?",
    F(2380, 35) * dec("1.75"),
)
calc(
    R_FERRY,
    "Tonight's cabin sales: 42 standard cabins at £89 and 17 premium cabins at £135. Total "
    "cabin revenue?",
    42 * 89 + 17 * 135,
)
calc(
    R_CIDER,
    "The press costs £45 a day to hire plus 12p per kg of fruit pressed. Three days and "
    "1,850 kg of apples: what's the hire bill in pounds?",
    3 * 45 + 1850 * dec("0.12"),
)
calc(
    R_PIANO,
    "Grand piano job: £260 base charge plus £18 per stair step, 14 steps, then VAT at 20% on "
    "top. Total to the customer?",
    (260 + 18 * 14) * (1 + pct(20)),
)
calc(
    R_RIG,
    "48 lanterns at 575 watts each are on for 3.5 hours during the show. How many kilowatt "
    "hours is that?",
    F(48 * 575) * dec("3.5") / 1000,
)
calc(
    R_SHEEP,
    "Fifty-seven dogs entered at £22 each and the prize fund is 40% of entry fees. How big is "
    "the prize fund?",
    57 * 22 * pct(40),
)
calc(
    R_SHEEP,
    "A run is marked out of 110. The judge took off 7, 4, 9, 3 and 6 points. What did the dog "
    "score?",
    110 - (7 + 4 + 9 + 3 + 6),
)
calc(
    R_ICE,
    "Each block of river ice we cut is 1.2 m by 0.6 m by 0.8 m. What volume in cubic metres "
    "do 350 blocks make?",
    dec("1.2") * dec("0.6") * dec("0.8") * 350,
)

calc(P, "Work out 17.5 per cent of 2,480 for me.", pct("17.5") * 2480)
calc(P, "(384 + 1216) / 25", F(384 + 1216, 25))
calc(P, "what's 3.75 multiplied by 48.2 exactly", dec("3.75") * dec("48.2"))
calc(P, "Give me the square root of 7225, please.", 85)
calc(P, "Raise 2 to the 13th power — what do you get?", 2**13)
calc(P, "12.6 percent of 950", pct("12.6") * 950)
calc(P, "1,000 minus 387.45 = ?", 1000 - dec("387.45"))
calc(P, "Divide 9801 by 99.", F(9801, 99))
calc(P, "seven eighths of one thousand three hundred and fifty-two = ?", F(7, 8) * 1352)
calc(P, "68.4 squared", dec("68.4") ** 2)
calc(P, "What's 15! divided by 13!?", F(math.factorial(15), math.factorial(13)))
calc(P, "add 48.75, 19.3 and 102.95", dec("48.75") + dec("19.3") + dec("102.95"))
calc(P, "Calculate 4.5% of 18,200.", pct("4.5") * 18200)
calc(P, "2048 ÷ 0.32", 2048 / dec("0.32"))


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


KNOT = F(1852, 3600)  # m/s
NMI = 1852  # m

unit(
    R_GLASS,
    "The annealer is set to 482 °C. What is that in degrees Fahrenheit?",
    c_to_f(482),
    EXACT,
)
unit_r(R_LOCK, "Our narrowboat is 21.95 m long. How long is that in feet?", dec("21.95") / FT)
unit_r(
    R_HARP,
    "The lowest C string on this harp uses 1.42 metres of gut. Convert that to inches for the "
    "American customer.",
    dec("1.42") / IN,
)
unit_r(
    R_FORAGE,
    "Someone found a hen-of-the-woods weighing 3 lb 6 oz! What's that in grams?",
    (3 * 16 + 6) * OZ * 1000,
)
unit(
    R_BALLOON,
    "Pilot reported 2,600 feet above ground level. How many metres is that?",
    2600 * FT,
    EXACT,
)
unit_r(
    R_REPTILE,
    "The basking spot should sit at 88 degrees Fahrenheit. What's that in Celsius?",
    f_to_c(88),
)
unit_r(
    R_REPTILE,
    "Our saltwater croc measures 14 ft 3 in. How many metres long is he?",
    (14 * 12 + 3) * IN,
)
unit(
    R_CLOCK,
    "The seconds pendulum in the hall clock is 39.1 inches long. Give that in centimetres.",
    dec("39.1") * IN * 100,
    EXACT,
)
unit(
    R_PIPES,
    "A finished chanter reed is 1.875 inches from tip to seat. How many millimetres?",
    dec("1.875") * IN * 1000,
    EXACT,
)
unit(
    R_BIND,
    "The book board is 9.25 inches wide — what's that in mm?",
    dec("9.25") * IN * 1000,
    EXACT,
)
unit(
    R_SAIL,
    "It was gusting 22 knots off the harbour wall. Convert that to kilometres per hour.",
    22 * KNOT / KMH,
    EXACT,
)
unit_r(
    R_SAIL,
    "This Dacron is sold as 6.2 oz per square yard. What is that in grams per square metre?",
    dec("6.2") * OZ * 1000 / SQYD,
)
unit_r(
    R_TRAM,
    "The tramway is 2.4 miles end to end. How far is that in kilometres?",
    dec("2.4") * MI / 1000,
)
unit(R_CAVE, "The entrance shaft is 165 feet deep; in metres?", 165 * FT, EXACT)
unit(R_CAVE, "convert 380 yards of passage to metres", 380 * YD, EXACT)
unit_r(R_THATCH, "The ridge runs 38 feet along the cottage. What is that in metres?", 38 * FT)
unit(
    R_POLAR,
    "Thermometer outside the hut reads -31 °F. What's that in Celsius?",
    f_to_c(-31),
    EXACT,
)
unit_r(R_POLAR, "Katabatic wind at 95 km/h — how many miles per hour is that?", 95 * KMH / MPH)
unit_r(
    R_ORGAN,
    "The longest pipe in the pedal division is 32 feet. How long is that in metres?",
    32 * FT,
)
unit_r(R_KOMBU, "Fermentation room is held at 75°F. Convert to °C please.", f_to_c(75))
unit_r(
    R_HAWK,
    "A peregrine's stoop has been timed at 180 mph. What's that in kilometres per hour?",
    180 * MPH / KMH,
)
unit_r(
    R_PUPPET,
    "Each control string on the big marionette is 2.1 metres. Convert to feet.",
    dec("2.1") / FT,
)
unit(
    R_SEED,
    "The packet says the seeds germinate best at 18 °C; what's that in Fahrenheit?",
    c_to_f(18),
    EXACT,
)
unit(
    R_FERRY,
    "The crossing is 145 nautical miles. How many kilometres is that?",
    F(145 * NMI, 1000),
    EXACT,
)
unit_r(R_CIDER, "Biggest apple of the day weighed 9.5 oz. How many grams?", dec("9.5") * OZ * 1000)
unit_r(R_PIANO, "The concert grand weighs 1,100 lb; what's that in kilograms?", 1100 * LB)
unit(
    R_PIANO,
    "The staircase is 34 inches wide at its narrowest. What is that in centimetres?",
    34 * IN * 100,
    EXACT,
)
unit(R_RIG, "We're flying a 40 ft truss. How long is that in metres?", 40 * FT, EXACT)
unit(R_SHEEP, "The outrun is 450 yards. Convert to metres.", 450 * YD, EXACT)
unit_r(R_ICE, "One of our ice blocks weighs 530 kg. How much is that in pounds?", 530 / LB)
unit(R_ICE, "The suites are kept at -5 degrees C. What's that in Fahrenheit?", c_to_f(-5), EXACT)

unit_r(P, "How many metres in 14.5 feet?", dec("14.5") * FT)
unit_r(P, "Turn 72 kilometres into miles, roughly to two decimals.", 72 * 1000 / MI)
unit_r(P, "what is 5 stone 11 lb in kg", (5 * 14 + 11) * LB)
unit(P, "Convert 1,250 mL to litres.", F(1250, 1000), EXACT)
unit_r(P, "How many square metres is 2.5 acres?", dec("2.5") * ACRE)
unit_r(P, "What does 45 miles per hour come to in km per hour?", 45 * MPH / KMH)
unit_r(P, "Convert 350 °F to °C.", f_to_c(350))
unit(P, "How many kilojoules are in 3.6 megajoules?", F(3600), EXACT)
unit_r(P, "A pressure of 30 psi expressed in bar is what?", 30 * PSI / BAR)
unit(P, "Convert 6 GiB to MiB", F(6 * GIB, MIB), EXACT)
unit(P, "3.25 hours is how many seconds all told?", dec("3.25") * 3600, EXACT)
unit_r(P, "250 grams to ounces", F(250, 1000) / OZ)
unit_r(P, "Convert 5,000 square feet to square metres.", 5000 * SQFT)
unit(P, "What is 90 km/h in metres per second?", 90 * KMH, EXACT)


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


LONDON = ZoneInfo("Europe/London")
MADRID = ZoneInfo("Europe/Madrid")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
TOKYO = ZoneInfo("Asia/Tokyo")
DENVER = ZoneInfo("America/Denver")


def zoned_hours(start, zone_a, end, zone_b):
    """Hours from a wall-clock time in one zone to one in another, both taken to UTC first."""
    a = start.replace(tzinfo=zone_a).astimezone(dt.UTC)
    b = end.replace(tzinfo=zone_b).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), 3600)


def offset_hours(when, zone):
    return F(int(when.replace(tzinfo=zone).utcoffset().total_seconds()), 3600)


def plus_working_days(start, n):
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


_anneal_in = DT(2027, 5, 14, 17, 40)
date_item(
    R_GLASS,
    f"A big vase went into the annealer at 17:40 on {sayw(_anneal_in.date())} and the cycle "
    "takes 38 hours. On what date does it come out?",
    (_anneal_in + TD(hours=38)).date(),
)
date_item(
    R_LOCK,
    "The lock shuts for winter stoppage on 8 November 2027 and stays shut for 11 weeks. What "
    "date does it reopen?",
    D(2027, 11, 8) + TD(weeks=11),
)
_harp_order = D(2027, 6, 7)
date_item(
    R_HARP,
    f"Order placed {sayw(_harp_order)}. We dispatch 18 working days (Mon-Fri, no holidays "
    "in between) after the order. What's the dispatch date?",
    plus_working_days(_harp_order, 18),
)
date_item(
    R_FORAGE,
    "The autumn foray is always on the third Saturday of October. What date is that in 2027?",
    nth_weekday(2027, 10, SAT, 3),
)
date_item(
    R_BALLOON,
    "We launched at 06:12 and landed at 07:47. How many minutes were we airborne?",
    clock_span("06:12", "07:47", 60),
)
date_item(
    R_REPTILE,
    "Our royal python laid her clutch on 19 July 2027 and incubation is 61 days. Expected "
    "hatch date?",
    D(2027, 7, 19) + TD(days=61),
)
_wind_last = D(2027, 6, 3)
date_item(
    R_CLOCK,
    f"I go round winding every 19 days. Last round was {sayw(_wind_last)}. When's the round "
    "after the next one?",
    _wind_last + TD(days=38),
)
date_item(
    R_PIPES,
    "The local Highland games fall on the second Saturday of June. Which date is that in 2028?",
    nth_weekday(2028, 6, SAT, 2),
)
_bind_first = D(2027, 9, 15)
date_item(
    R_BIND,
    f"The class runs ten weekly sessions starting {sayw(_bind_first)}. What's the date of "
    "the final session?",
    _bind_first + TD(weeks=9),
)
_bind_night = _bind_first + TD(weeks=12)
date_item(
    R_BIND,
    f"Our oldest student was born on 17 November 1948. How old will she be at the exhibition "
    f"evening on {sayw(_bind_night)}?",
    age(D(1948, 11, 17), _bind_night),
)
date_item(
    R_SAIL,
    "The owner in Auckland wants a call on 6 March 2027. How many hours ahead of London is "
    "Auckland on that date?",
    offset_hours(DT(2027, 3, 6, 12), AUCKLAND) - offset_hours(DT(2027, 3, 6, 12), LONDON),
)
date_item(
    R_TRAM,
    "The running season goes from 27 March 2027 to 31 October 2027, both days included, and "
    "the trams run every day. How many operating days is that?",
    days(D(2027, 3, 27), D(2027, 10, 31)) + 1,
)
date_item(
    R_TRAM,
    "what day of the week is 27 March 2027? opening day of the tram season",
    weekday(D(2027, 3, 27)),
)
date_item(
    R_CAVE,
    "We went underground at 09:40 on Saturday and surfaced at 02:10 on Sunday morning. How "
    "many hours was that?",
    clock_span("09:40", "02:10", 3600),
)
date_item(
    R_THATCH,
    "The new roof was finished on 30 June 2027. What's the date 1,500 days after that, when "
    "the first inspection is due?",
    D(2027, 6, 30) + TD(days=1500),
)
_last_flight = D(2027, 2, 19)
date_item(
    R_POLAR,
    f"The last flight out leaves on {sayw(_last_flight)} and the first flight in lands 247 "
    "days later. What date is that?",
    _last_flight + TD(days=247),
)
date_item(
    R_POLAR,
    "The sun set on 24 April 2027 and won't rise again till 19 August 2027. How many days "
    "from sunset to sunrise?",
    days(D(2027, 4, 24), D(2027, 8, 19)),
)
_organ_first = D(2027, 3, 2)
date_item(
    R_ORGAN,
    f"I tune every six weeks, starting {sayw(_organ_first)}. On what date is the fifth tuning "
    "after that one?",
    _organ_first + TD(weeks=30),
)
_kombu_start = D(2027, 5, 9)
date_item(
    R_KOMBU,
    f"First ferment started {sayw(_kombu_start)} and runs 11 days, then the second ferment "
    "takes 4 days. When's the batch ready?",
    _kombu_start + TD(days=15),
)
date_item(
    R_KOMBU,
    "Best before is 120 days after bottling and we bottled on 23 June 2027. What's the best "
    "before date?",
    D(2027, 6, 23) + TD(days=120),
)
_hawk_a, _hawk_b = D(2027, 5, 1), D(2027, 9, 25)
date_item(
    R_HAWK,
    f"First hawk walk of the season is {sayw(_hawk_a)} and the last is {sayw(_hawk_b)}. How "
    "many weeks apart are they?",
    weeks(_hawk_a, _hawk_b),
)
date_item(
    R_PUPPET,
    "The van left Bristol at 22:00 on Saturday night, 27 March 2027, and pulled into "
    "Inverness at 07:00 UK time on the Sunday morning, the night the clocks went forward. "
    "How many hours was it on the road?",
    zoned_hours(DT(2027, 3, 27, 22), LONDON, DT(2027, 3, 28, 7), LONDON),
)
date_item(
    R_SEED,
    "Sow on 14 March 2027; germination takes 21 days and we transplant 6 weeks after "
    "germination. Transplant date?",
    D(2027, 3, 14) + TD(days=21) + TD(weeks=6),
)
date_item(
    R_FERRY,
    "We sail from Portsmouth at 20:15 UK time on 2 July 2027 and dock in Santander at 12:15 "
    "Spanish time the next day. How many hours is the crossing?",
    zoned_hours(DT(2027, 7, 2, 20, 15), LONDON, DT(2027, 7, 3, 12, 15), MADRID),
)
date_item(
    R_FERRY,
    "Return sailing: Santander at 09:00 local on 30 October 2027, arriving Portsmouth 08:30 "
    "UK time on 31 October, the night both countries put the clocks back. How long is that "
    "crossing in hours?",
    zoned_hours(DT(2027, 10, 30, 9), MADRID, DT(2027, 10, 31, 8, 30), LONDON),
)
_cider_in = D(2027, 10, 9)
date_item(
    R_CIDER,
    f"Juice went into the fermenter on {sayw(_cider_in)}. We rack it off after five weeks. "
    "Which date is racking day?",
    _cider_in + TD(weeks=5),
)
_piano_book = D(2027, 5, 11)
date_item(
    R_PIANO,
    f"The customer rang on {sayus(_piano_book)} and the first free slot is 8 weeks later. "
    "What date is the move?",
    _piano_book + TD(weeks=8),
)
date_item(
    R_RIG,
    "Get-in starts at 08:30 and we're out after the show at 22:45. How many hours on site?",
    clock_span("08:30", "22:45", 3600),
)
date_item(
    R_RIG,
    "The touring show opens in New York at 19:30 local on 12 November 2027. Our desk op is "
    "watching the stream in Tokyo. How many hours ahead of New York is Tokyo that evening?",
    offset_hours(DT(2027, 11, 12, 19, 30), TOKYO)
    - offset_hours(DT(2027, 11, 12, 19, 30), NEW_YORK),
)
date_item(
    R_SHEEP,
    "Our trials are held on the last Saturday of August. What's the date in 2027?",
    nth_weekday(2027, 8, SAT, -1),
)
_ice_start = D(2027, 11, 8)
date_item(
    R_ICE,
    f"Carving starts {sayw(_ice_start)} and the hotel opens to guests 38 days later. What "
    "day of the week is opening day?",
    weekday(_ice_start + TD(days=38)),
)

date_item(P, "What day of the week is 19 March 2029?", weekday(D(2029, 3, 19)))
date_item(
    P,
    "How many days between 3 January 2027 and 30 September 2027?",
    days(D(2027, 1, 3), D(2027, 9, 30)),
)
date_item(P, "what date is 100 days after 15 august 2027", D(2027, 8, 15) + TD(days=100))
date_item(P, "What date is 9 weeks before 4 December 2028?", D(2028, 12, 4) - TD(weeks=9))
date_item(P, "Which weekday was 2 February 1990?", weekday(D(1990, 2, 2)))
date_item(
    P,
    "How many days are there from 1 March 2028 to 1 March 2029?",
    days(D(2028, 3, 1), D(2029, 3, 1)),
)
date_item(P, "What is the date 250 days after 1 January 2030?", D(2030, 1, 1) + TD(days=250))
date_item(
    P, "How many weeks from 6 June 2027 to 7 November 2027?", weeks(D(2027, 6, 6), D(2027, 11, 7))
)
date_item(P, "What day of the week does 25 December 2031 fall on?", weekday(D(2031, 12, 25)))
date_item(P, "Date 45 days before 10 February 2028?", D(2028, 2, 10) - TD(days=45))
date_item(
    P,
    "How many days from 14 July 2027 to 11 November 2027?",
    days(D(2027, 7, 14), D(2027, 11, 11)),
)
date_item(P, "What day of the week is 1 January 2035?", weekday(D(2035, 1, 1)))
date_item(P, "When is 1,000 days after 5 May 2027?", D(2027, 5, 5) + TD(days=1000))
date_item(P, "How many hours are in 17 days?", 17 * 24)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


_ORDINARY = {
    "explain-why-maths": [
        "Why can't you divide a number by zero? My son keeps asking and I can't explain it well.",
        "What's the intuition behind compound interest growing faster than simple interest?",
        "Explain why a negative times a negative is a positive, in a way a 12-year-old gets.",
        "why do we say 0.999 recurring equals 1? it feels wrong",
        "How does long division actually work, step by step, conceptually?",
        "What is the difference between a mean and a median, and when should I use each?",
        "Why is pi irrational, roughly? I don't need the full proof.",
        "Can you explain what a logarithm is without using the word exponent?",
        "Why does the order of operations put multiplication before addition?",
        (
            "What does it mean for a percentage change to be asymmetric, like losing 50% then "
            "gaining 50%?"
        ),
    ],
    "money-opinion": [
        "Is it worth overpaying my mortgage or should I put spare cash into an index fund?",
        "How much emergency savings do people usually recommend keeping?",
        "Do you think tipping 20% in restaurants has become excessive?",
        "My landlord wants to raise the rent by £75 a month. How should I negotiate?",
        "Is a credit card with 0% on purchases a trap?",
        "What should I consider before lending my brother £2,000?",
        "Are premium bonds a good place for savings, in your opinion?",
        "Which is the better habit: paying bills on the 1st or on payday?",
        "How do freelancers usually decide what day rate to charge?",
    ],
    "write-for-me-numbers": [
        "Write a polite email reminding a client that invoice 2291 for £640 is overdue.",
        "Draft a short toast for my grandparents' ruby anniversary party in the village hall.",
        "Write a limerick about a man who counted to a million.",
        "Compose a notice for the office fridge saying it gets cleared every Friday at 4pm.",
        "Write a product description for a 750 ml stainless steel water bottle.",
        "Can you write a two-line text telling my team the meeting moved to 3:30?",
        "Write a cover letter opening for a bookkeeping job; I've kept books since 2019.",
        "Give me a catchy headline for a sale with 30% off all garden furniture.",
        "Write a haiku about a train leaving at 6:05 in the morning.",
    ],
    "code-with-numbers": [
        "Write a Python function that returns the nth Fibonacci number using memoisation.",
        "In TypeScript, how do I print 1234567.891 as 1,234,567.89 for a German and a US locale?",
        "Write an SQL query that totals sales per customer for the year 2026.",
        "Show me a bash one-liner that counts lines in every .csv file in a folder.",
        "How do I parse an ISO 8601 date string in Go?",
        "Write a Rust function that returns the ISO week number for a chrono NaiveDate.",
        "In polars, how do I group tide-gauge readings taken every 6 minutes into hourly maxima?",
        "Why does my C code print 2147483647 when I add 1 to a big int? Explain overflow.",
        "Write a regex for Dutch postcodes like 1015 CJ, allowing an optional space.",
    ],
    "history-and-calendar-lore": [
        "Why did Sweden have a 30 February in 1712?",
        "Where does the seven-day week come from historically?",
        "Why do July and August both have 31 days, and is the Augustus story true?",
        "How did Polynesian navigators judge distance travelled across open ocean?",
        "Why did decimal time, 10 hours a day, never catch on after the French tried it?",
        "What was the French Republican calendar and why did it fail?",
        "Who decided that the day starts at midnight rather than sunrise?",
        "How did railways lead to standard time zones in the 1800s?",
    ],
    "fermi-estimates": [
        "Roughly how many piano tuners work in Chicago? Walk me through a Fermi estimate.",
        "Estimate how many ping-pong balls would fill a double-decker bus, with assumptions.",
        "Roughly how many words does a primary school teacher say during a school day?",
        "How many people are airborne on planes at any given moment, roughly?",
        "Give me a ballpark for how many trees there are in London.",
        "Approximately how many feathers does an adult mute swan have?",
        "How many times does a heart beat in an average lifetime, ballpark?",
        "Roughly how many lentils are there in a 500 g packet? Walk me through it.",
    ],
    "science-explain-units": [
        "Why is zero kelvin the lowest possible temperature?",
        "What's the difference between a kilowatt and a kilowatt-hour?",
        "Why do we still use feet for aircraft altitude?",
        "Explain what a newton actually measures.",
        "Why does pasta take longer to cook at a ski resort?",
        "What's the difference between mass and weight?",
        "Why did the metre get redefined in terms of the speed of light?",
        "How is a second defined these days, and why caesium?",
        "What does relative humidity of 80% actually mean?",
    ],
    "health-and-body-numbers": [
        "How many hours of sleep does a teenager really need?",
        "My watch says my resting pulse fell from 64 to 55 since I took up rowing. Good sign?",
        "How much water should I drink when hiking in hot weather?",
        "What does a BMI of 27 tell you and what doesn't it tell you?",
        "Why do doctors measure blood pressure with two numbers?",
        "How long should I wait after eating before swimming, or is that a myth?",
        "Is 10,000 steps a day based on science?",
    ],
    "travel-planning-advice": [
        "What's the best way to beat jet lag flying from London to Tokyo?",
        "Is 2 hours enough for a connection at Frankfurt airport?",
        "Suggest a 5-day itinerary for Lisbon on a budget.",
        "Should I exchange money before travelling to Japan or use cards?",
        "What's a sensible amount of cash to carry on a week in Morocco?",
        "How early should I get to the airport for an international flight?",
        "Is it cheaper to take the train or fly from Paris to Barcelona, usually?",
        "Which week in October has the best weather for hiking in the Dolomites?",
    ],
    "sport-and-games-numbers": [
        "In darts, why is the highest checkout 170?",
        "Explain how tennis scoring got 15, 30, 40.",
        "What's a good opening strategy in chess for a beginner rated around 800?",
        "How does the Duckworth-Lewis method work in cricket, broadly?",
        "Is a 3-5-2 formation outdated in modern football?",
        "Why is a marathon 42.195 km?",
        "How do I improve my 5k time from 28 minutes?",
        "What are the odds-related mistakes beginners make in poker?",
    ],
    "language-of-numbers": [
        "Where does the phrase 'dressed to the nines' come from?",
        "Why is a dozen twelve and not ten?",
        "Why do Danes count fifty as halvtreds? The logic escapes me.",
        "What's the origin of the word 'zero'?",
        "Why does 'billion' mean different things in old British and American usage?",
        "Should a style guide write '5-10 metres' or '5 to 10 metres' in running text?",
        "Why do we call it a 'baker's dozen'?",
        "Should numbers under ten be spelled out in formal writing?",
    ],
    "data-interpretation": [
        (
            "My A/B test had 4.1% vs 4.4% conversion with 2,000 users each. Is that significant "
            "enough to trust?"
        ),
        "What does a correlation of 0.3 mean in practice?",
        "How should I read a p-value of 0.04?",
        "Our survey got 63 responses from 900 staff. Can we trust the results?",
        "What's wrong with using averages for house prices?",
        "Explain what a confidence interval of 12 to 18 actually says.",
        "When is a log scale better than a linear one on a chart?",
    ],
}
for _fam, _qs in _ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

_NEAR = {
    "near-identifier-digits": [
        ("Who uses the phone number 0800 731 4422?", "phone number"),
        ("Is version 1.10 of the library newer than 1.9?", "version ordering, not decimals"),
        ("What's part number 6203-2RS used for?", "bearing part number"),
        ("The match ended 3-1. Who won, the home side or the away side?", "score, missing fact"),
        ("What is flight BA 2490 and where does it go?", "flight number"),
        ("My ticket says row 12 seat 48 — is that near the stage?", "seat identifier"),
        ("Is ISBN 978-0-14-044913-6 a real book?", "ISBN lookup"),
        ("What does the boiler fault code F28 mean on a Worcester combi?", "error code"),
        ("Which road is the A1(M) junction 34 near?", "road number"),
    ],
    "near-missing-fact": [
        ("How much will it cost to tile my 14 square metre kitchen floor?", "no tile price"),
        ("How long does it take to drive from my house to the airport?", "no locations"),
        ("How much should I charge for a 3 hour babysitting job?", "going rate unknown"),
        ("What will £5,000 be worth after I invest it?", "no rate or term"),
        ("How many days until my next dentist appointment?", "appointment date unknown"),
        ("How old is the lighthouse keeper in the novel I'm reading?", "unknown book"),
        ("What's my share of the electricity bill if we split it fairly?", "no amounts"),
        ("How much paint do I need for the living room?", "no dimensions"),
        ("When will my parcel from the warehouse arrive?", "no dispatch info"),
    ],
    "near-redefined-notation": [
        ("In cricket, what does a bowling figure of 4/32 mean?", "cricket notation"),
        ("What does a 6/8 time signature mean and how do I count it?", "music notation"),
        ("My knitting pattern says '*k2, p2* rep to end' — what does that mean?", "pattern"),
        ("On a bike, what does 50/34 on the chainset mean?", "gearing notation"),
        ("What does 6/12 on my eye test report mean?", "vision notation"),
        ("In poker, what do people mean by 2/5 no-limit?", "stakes notation"),
    ],
    "near-meaning-of-number": [
        ("My blood pressure reading was 135/85. Should I be worried?", "medical meaning"),
        ("My credit score is 712. Is that good?", "meaning of score"),
        ("The fridge thermometer says 6 °C. Is my food safe?", "safety judgement"),
        ("My car's tyre pressure light came on at 28 psi. Is it safe to drive?", "judgement"),
        ("The pollen count is 94 — is that high for hay fever?", "meaning of count"),
        ("My broadband speed test says 38 Mbps. Is that good enough for streaming 4K?", "opinion"),
        ("Our office CO2 monitor reads 1,400 ppm. Is that bad?", "meaning of reading"),
        ("The UV index tomorrow is 7. Do I need sunscreen for a walk?", "advice"),
    ],
    "near-estimates": [
        (
            "Roughly how many litres does an electric shower use in 8 minutes on a weak setting?",
            "estimate",
        ),
        ("About how long would it take to walk 40 km with a heavy pack?", "estimate"),
        ("How many bricks, more or less, are in a typical terraced house?", "estimate"),
        ("Approximately how many people fit in Wembley for a concert?", "fact, estimate"),
        ("Ballpark: how much does it cost to run a fridge for a week?", "missing rates"),
        ("How many steps is 5 km for someone my height?", "estimate, no height"),
        ("About how long does it take to read a 300-page novel?", "estimate"),
        ("How many kilometres does a typical car do before the clutch wears out?", "estimate"),
    ],
    "near-opinion-money": [
        (
            "Our village café charges £2.95 for a pot of tea. Too cheap to stay in business?",
            "opinion",
        ),
        ("Should I pay off my 4.9% car loan early or invest the money?", "advice"),
        ("Is a 2% pay rise fair when inflation was 3%?", "opinion"),
        ("We're splitting a £180 dinner but I didn't drink. What's fair?", "fairness"),
        ("Is £45 a reasonable price for a haircut in Manchester?", "opinion"),
        ("Would you take a £2,000 signing bonus or an extra 3 days off?", "opinion"),
        ("Is it rude to give £20 as a wedding present?", "etiquette"),
        ("My quote for a new boiler is £2,900. Does that sound right?", "market judgement"),
    ],
    "near-code": [
        ("Write a Python function to convert Celsius to Fahrenheit.", "code"),
        ("What's the Excel formula for the number of days between two dates?", "spreadsheet"),
        ("How do I add 30 days to a date in JavaScript?", "code"),
        ("Write a SQL expression that rounds a price to 2 decimal places.", "code"),
        ("How do I compute 15% VAT in a Google Sheets cell?", "spreadsheet help"),
        ("Write a shell command that prints the date 90 days ago.", "code"),
    ],
    "near-explain-calc": [
        ("Explain how to work out a 15% tip in my head quickly.", "method"),
        ("In Python, why does round(2.675, 2) give 2.67 and not 2.68?", "explanation"),
        ("How do I work out percentage increase? I always get it backwards.", "method"),
        ("What's the trick for multiplying by 11 mentally?", "method"),
        ("Why is a 20% discount followed by a 20% markup not back to the start?", "explanation"),
        (
            "Teach me a rough mental shortcut for turning Celsius into Fahrenheit on holiday.",
            "method",
        ),
    ],
    "near-unit-judgement": [
        ("Is 30 km/h a sensible speed limit outside schools?", "opinion"),
        ("Is 21 °C too warm for a spare room where my elderly mum sleeps?", "advice"),
        ("Is 1,800 metres too high to get altitude sickness?", "medical judgement"),
        ("Would a 2 metre sofa fit through a standard door?", "missing dimensions"),
        ("Is 40 kg too heavy for one person to lift safely?", "safety judgement"),
    ],
}
for _fam, _pairs in _NEAR.items():
    for _q, _note in _pairs:
        neg(_fam, _q, _note)

_CONVS = [
    (
        "conv-game-day-length",
        [
            (U, "In the farming game I'm playing, one in-game day lasts 20 real minutes."),
            (A, "Got it, so time moves quickly in the game."),
            (U, "So how many days is 3 hours?"),
        ],
        "'day' redefined by an earlier turn",
    ),
    (
        "conv-club-points",
        [
            (U, "At our quiz night a 'round' is worth 12 points but bonus rounds count double."),
            (A, "Understood."),
            (U, "Then we played 5 rounds — how do I explain the scoring to newcomers?"),
        ],
        "explanation of house rules",
    ),
    (
        "conv-draft-invoice-tone",
        [
            (U, "Here's my note: 'Invoice 118 for £420 is now 30 days late. Pay immediately.'"),
            (A, "That's quite direct."),
            (U, "Can you make it friendlier but keep the numbers?"),
        ],
        "rewrite",
    ),
    (
        "conv-custom-operator",
        [
            (U, "Let's define a ◇ b as the larger of a and b, minus the smaller."),
            (A, "Okay, a ◇ b is the absolute difference."),
            (U, "what's 4 ◇ 9 ◇ 2 then, and is it associative?"),
        ],
        "redefined notation plus reasoning",
    ),
    (
        "conv-recipe-scale-opinion",
        [
            (U, "I'm cooking risotto for 6 with 450 g of rice."),
            (A, "That's about 75 g per person, a normal portion."),
            (U, "Will that be enough if they're all hungry teenagers?"),
        ],
        "judgement",
    ),
    (
        "conv-which-job-offer",
        [
            (U, "Offer A pays £41,000 with 25 days off; offer B pays £44,500 with 20 days."),
            (A, "B pays more, A gives more leave."),
            (U, "Which would you take and why?"),
        ],
        "opinion",
    ),
    (
        "conv-shop-hours-meaning",
        [
            (U, "The sign says 'Open 9-5, closed Weds pm'."),
            (A, "So it's open mornings only on Wednesdays."),
            (U, "Does that mean I can drop my parcel at 2 on Wednesday?"),
        ],
        "interpret a sign",
    ),
    (
        "conv-story-ages",
        [
            (
                U,
                (
                    "In my novel the heroine is 17 when the war starts and her brother is 'a few "
                    "years older'."
                ),
            ),
            (A, "Nice setup."),
            (U, "How old should he be for the plot to feel believable?"),
        ],
        "creative judgement",
    ),
    (
        "conv-base-twelve",
        [
            (
                U,
                (
                    "For this puzzle, write every number in base twelve, with X for ten and E for "
                    "eleven."
                ),
            ),
            (A, "Okay, I'll read numbers as base twelve."),
            (U, "So what's 1X plus E5, and does the answer look odd?"),
        ],
        "notation changed by earlier turn",
    ),
    (
        "conv-team-rota-fairness",
        [
            (U, "Four of us cover weekend shifts; Sam has done 7 this quarter, the others 4."),
            (A, "Sam has done noticeably more."),
            (U, "How should I raise that with the manager?"),
        ],
        "advice",
    ),
    (
        "conv-score-shorthand",
        [
            (U, "In our office league, 'W3' means three wins in a row and 'L2' two losses."),
            (A, "Got it."),
            (U, "Our record reads W3 L2 W1. Are we improving?"),
        ],
        "interpret notation",
    ),
    (
        "conv-rent-split-fairness",
        [
            (U, "Rent is £1,500. My room is twice my flatmate's size and has an en suite."),
            (A, "A fair split might weigh the room sizes."),
            (U, "What split would you suggest?"),
        ],
        "fairness judgement",
    ),
    (
        "conv-unit-nickname",
        [
            (U, "At the bakery we call a tray of 24 rolls a 'sheet'."),
            (A, "Sounds handy."),
            (U, "How many rolls in three and a half sheets?"),
        ],
        "private unit defined earlier",
    ),
    (
        "conv-version-pinning",
        [
            (U, "Our app pins library version 2.9 and the latest is 2.10."),
            (A, "2.10 is the newer release."),
            (U, "Is it risky to upgrade just before the release?"),
        ],
        "engineering judgement",
    ),
    (
        "conv-diet-meaning",
        [
            (U, "My doctor said to keep salt under 6 g a day."),
            (A, "That's the usual adult guidance."),
            (U, "Is a ready meal with 2.4 g a bad idea then?"),
        ],
        "health judgement",
    ),
    (
        "conv-translated-date",
        [
            (U, "My German colleague wrote 'Termin am 3.4.' in her email."),
            (A, "German dates put the day first."),
            (U, "So which day did she mean, and should I confirm with her?"),
        ],
        "interpretation",
    ),
    (
        "conv-grade-boundaries",
        [
            (U, "In our school, 70+ is a distinction and 55-69 a merit."),
            (A, "Noted."),
            (U, "My daughter got 68. How do I encourage her without making it about the grade?"),
        ],
        "parenting advice",
    ),
    (
        "conv-percent-of-what",
        [
            (U, "Sales fell 20% in spring and then rose 25% in summer."),
            (A, "That takes them back to where they started."),
            (U, "How would you present that to the board so it doesn't look flat?"),
        ],
        "presentation advice",
    ),
    (
        "conv-moon-base-clock",
        [
            (
                U,
                (
                    "In my sci-fi setting, a moon-base 'shift' is 10 hours and a 'cycle' is "
                    "3 shifts."
                ),
            ),
            (A, "Okay."),
            (U, "How many cycles is a week, and does that make a good rhythm for the crew?"),
        ],
        "redefined units plus judgement",
    ),
    (
        "conv-poem-syllables",
        [
            (U, "I want a poem where each line has as many syllables as the digits of 31415."),
            (A, "So lines of 3, 1, 4, 1 and 5 syllables."),
            (U, "Write it about the sea."),
        ],
        "creative writing",
    ),
    (
        "conv-loan-choice",
        [
            (U, "Bank A offers 5.1% with a £999 fee; bank B offers 5.6% with no fee."),
            (A, "It depends on the loan size."),
            (U, "For a small loan, which would you pick?"),
        ],
        "advice",
    ),
    (
        "conv-kit-numbers",
        [
            (U, "In our five-a-side team the shirt numbers are just birthdays, mine is 14."),
            (A, "Fun tradition."),
            (U, "Does 14 mean anything special in football?"),
        ],
        "number meaning",
    ),
    (
        "conv-hex-colour",
        [
            (U, "Our brand colour is #1E90FF."),
            (A, "That's a bright blue."),
            (U, "Suggest a complementary accent colour for the buttons."),
        ],
        "design advice",
    ),
    (
        "conv-weeks-in-school-speak",
        [
            (
                U,
                (
                    "At our school 'week A' and 'week B' alternate, and week A always has double "
                    "maths."
                ),
            ),
            (A, "Understood."),
            (U, "If term starts with week B, what should my son pack for the third week?"),
        ],
        "depends on earlier facts and advice",
    ),
    (
        "conv-garden-layout",
        [
            (U, "My garden is 8 m by 5 m and faces north."),
            (A, "North-facing gardens get less direct sun."),
            (U, "Where should I put the vegetable bed?"),
        ],
        "gardening advice",
    ),
    (
        "conv-chess-rating",
        [
            (U, "My online chess rating went from 1180 to 1260 over the autumn."),
            (A, "That's steady progress."),
            (U, "What should I study next to keep improving?"),
        ],
        "advice",
    ),
    (
        "conv-deadline-feeling",
        [
            (U, "The report is due on 14 June and I've written 2,000 of 8,000 words."),
            (A, "You're a quarter of the way."),
            (U, "Honestly, am I behind?"),
        ],
        "judgement without dates",
    ),
    (
        "conv-tip-culture",
        [
            (U, "We're visiting the US and the bill for dinner was $86."),
            (A, "Tipping is customary there."),
            (U, "What's considered normal, and is it different for a buffet?"),
        ],
        "custom",
    ),
    (
        "conv-hotel-stars",
        [
            (U, "Hotel X is 3 stars at €95; hotel Y is 4 stars at €140."),
            (A, "Y costs more but may have better facilities."),
            (U, "Which is better value for a two-night business trip?"),
        ],
        "opinion",
    ),
    (
        "conv-sandwich-code",
        [
            (
                U,
                (
                    "At the café, orders are coded: B = bacon, E = egg, the digit is how many "
                    "slices of toast."
                ),
            ),
            (A, "Got it."),
            (U, "What does BE3 mean, and could the system be clearer?"),
        ],
        "private code",
    ),
    (
        "conv-cricket-overs",
        [
            (U, "In our village cricket, an over is 8 balls, not 6."),
            (A, "Old-fashioned but fine."),
            (U, "So how many balls in 12.5 overs?"),
        ],
        "over redefined, notation 12.5 means overs and balls",
    ),
    (
        "conv-thermostat-argument",
        [
            (U, "My partner wants the thermostat at 23 and I want 19."),
            (A, "That's a big gap."),
            (U, "What's a good compromise that won't wreck the energy bill?"),
        ],
        "opinion",
    ),
    (
        "conv-marathon-pace",
        [
            (U, "I ran my first half marathon in 2:05 and I'm entering a full one."),
            (A, "Congratulations."),
            (U, "What finishing time is realistic for me?"),
        ],
        "estimate",
    ),
    (
        "conv-price-label",
        [
            (U, "The label on the cheese says '£18/kg, 0.35'."),
            (A, "That looks like a price per kg and a weight."),
            (U, "Is it possible the 0.35 is something else? What else could it be?"),
        ],
        "meaning of a number",
    ),
    (
        "conv-book-club-pages",
        [
            (U, "Our book club reads 'a chunk' a week, and a chunk is whatever the host picks."),
            (A, "Flexible!"),
            (U, "How many chunks will a 400-page book take?"),
        ],
        "undefined private unit",
    ),
]
for _fam, _turns, _note in _CONVS:
    conv(_fam, _turns, _note)


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
    # no register (family name) of this set is a family name of sets 19 to 152
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 152: {reused}"
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
