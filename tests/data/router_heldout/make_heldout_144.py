"""Generate heldout-2027-04-26.jsonl: a hundred-and-forty-fourth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_144.py  (from the directory holding this file).
It writes the JSONL next to itself and checks counts, duplicates against sets 1-143, registers
against sets 19-143, weekdays stated next to dates, gradability and a byte-for-byte digest.

Contents: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest in 25 new registers such as bell founders, kelp farmers, wig makers and trapeze riggers,
each register used by all three tools), and 200 negatives: 100 ordinary, 65 near-positives
("near-" families, with notes) and 35 conversations ("conv-" families) whose earlier turns
change what the last question means. Answers are computed in code: Fraction/Decimal for money
and quantities, exact unit constants, datetime and zoneinfo (via UTC) for dates and zones.

Provenance
----------
Read: bench/grading.py; earlier_registers.txt; and of this file only the permitted line ranges
(set-up and helpers, units header and unit_r, datetime header and helpers, negatives header
and conv, weekday check, checks and output). The previous set's docstring and query sections
were never viewed; they were replaced by line number with a small splice script.
Wrote: all four query sections (calculator, units, datetime, negatives) from scratch, plus a
small working_day helper and an hours_between helper (zoneinfo, via UTC) in the datetime part.
Checked: ran the generator until every check passed. The duplicate check flagged 44 queries or
user turns that repeated earlier sets (short plain questions and common negatives); they were
reworded. Contested units and "N months/years" phrases were scanned for in all text of the
output, and three age phrases in negatives were reworded. ruff check and ruff format pass;
lines are at most 99 columns.
Slips: none beyond the rules; lines over 99 columns were located by number and only new lines
were printed to fix them.
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
OUT = HERE / "heldout-2027-04-26.jsonl"
PREFIX = "ho144-"
# earlier generators: sets 1-143 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 144))
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

# family registers used by all three tools
BELL = "bell_foundry_tuning_bench"
PEAT = "peat_bog_archaeology_dig"
ICE = "ice_hotel_sculptor_crew"
CLOCK = "clock_tower_winder_volunteer"
KELP = "kelp_farm_harvest_skiff"
ENVELOPE = "hot_air_balloon_envelope_repairer"
PUPPET = "shadow_puppet_touring_troupe"
VELO = "velodrome_track_commissaire"
SPAWN = "mushroom_spawn_lab_technician"
HARPS = "harpsichord_string_maker"
MUSHER = "iditarod_rookie_musher_support"
LEADED = "church_window_leaded_light_restorer"
SHEEPDOG = "sheepdog_trial_scorer"
GILDER = "bookbinding_gilder_bench"
LOCKS = "narrowboat_flight_of_locks_volunteer"
TAXI = "taxidermy_workshop_commissions"
SONDE = "upper_air_sounding_night_shift"
GLACIER = "glacier_hiking_guide_hut"
TRUFFLE = "truffle_hound_trainer"
NGAUGE = "n_gauge_layout_club_show"
SAMPHIRE = "salt_marsh_samphire_forager"
WALLER = "drystone_waller_apprentice"
WIG = "theatre_wig_maker"
KNIFE = "mobile_knife_sharpening_van"
TRAPEZE = "flying_trapeze_rig_crew_chief"

calc(P, "What is 17.5% of 3,360?", pct("17.5") * 3360)
calc(P, "calculate 3,906 divided by 14", F(3906, 14))
calc(P, "what's 48.75 times 16", dec("48.75") * 16)
calc(P, "Work out (1,250 - 385) x 4.", (1250 - 385) * 4)
calc(P, "How much is 7 to the power of 5?", 7**5)
calc(P, "add 19.99, 4.35 and 112.06", dec("19.99") + dec("4.35") + dec("112.06"))
calc(P, "work out the square root of 11,449", 107)
calc(P, "three thousand four hundred divided by sixteen", F(3400, 16))
calc(P, "What's 0.35 × 0.6?", dec("0.35") * dec("0.6"))
calc(P, "Compute 12% of 12% of 50,000.", pct(12) * pct(12) * 50000)
calc(P, "9.6 / 0.032 = ?", dec("9.6") / dec("0.032"))
calc(P, "what is 2 to the 12th minus 3 to the 6th", 2**12 - 3**6)
calc(P, "Find the average of 84, 91, 77, 68 and 95.", F(84 + 91 + 77 + 68 + 95, 5))
calc(P, "How much is 1,000 increased by 6.5%?", 1000 * (1 + pct("6.5")))
assert 14 * 279 == 3906 and 107 * 107 == 11449

calc(
    BELL,
    "Bell metal for the new treble is 78% copper and 22% tin by weight, and the furnace "
    "charge is 340 kg. How many kg of tin goes in?",
    pct(22) * 340,
)
calc(
    BELL,
    "quoting a ring of eight: six bells at £4,850 each and two heavier ones at £7,320 each, "
    "then 20% VAT on the lot. whats the total in pounds",
    (6 * 4850 + 2 * 7320) * (1 + pct(20)),
)
calc(
    PEAT,
    "Volunteers on the bog dig get £12.40 a day for lunch and travel. Fourteen of them worked "
    "9 days each and six more worked 4 days each. Total allowance in pounds?",
    dec("12.40") * (14 * 9 + 6 * 4),
)
calc(
    PEAT,
    "Trench B measures 4.5 m by 3.2 m and we took it down 0.85 m. How many cubic metres of "
    "peat did we lift?",
    dec("4.5") * dec("3.2") * dec("0.85"),
)
calc(
    ICE,
    "We cut river ice into blocks of 2 m x 1 m x 0.6 m. How many blocks make up 138 cubic "
    "metres of ice?",
    F(138) / (2 * 1 * dec("0.6")),
)
calc(
    ICE,
    "Carvers get 185 euros a day plus a 40 euro cold-weather allowance per day. Seven carvers "
    "for 12 days: what's the wage bill in euros?",
    (185 + 40) * 7 * 12,
)
calc(
    CLOCK,
    "The tower clock gains 4.2 seconds every day. How many seconds fast will it be after "
    "45 days without a correction?",
    dec("4.2") * 45,
)
calc(
    CLOCK,
    "the going-train weight drops 1.35 m a day and the shaft gives 9.45 m of drop. how many "
    "days does one full wind last?",
    dec("9.45") / dec("1.35"),
)
calc(
    KELP,
    "We seeded 36 longlines of 200 m each and averaged 7.5 kg of wet kelp per metre of line. "
    "Total wet harvest in kg?",
    36 * 200 * dec("7.5"),
)
calc(
    KELP,
    "Drying leaves 11.5% of the wet weight. If 2,360 kg of wet kelp goes into the shed, how "
    "many kg of dried kelp come out?",
    pct("11.5") * 2360,
)
calc(
    ENVELOPE,
    "Envelope panel repair: ripstop costs £18.60 per square metre, I need 6.25 square metres, "
    "plus a flat £45 labour charge. Total in pounds?",
    dec("18.60") * dec("6.25") + 45,
)
calc(
    ENVELOPE,
    "Our insurer charges 0.85 pence per cubic metre of envelope per flight. The envelope is "
    "2,800 cubic metres and we flew 64 flights. What's the premium in pounds?",
    dec("0.0085") * 2800 * 64,
)
calc(
    PUPPET,
    "Shadow show last night: 184 adult tickets at £9.50 and 67 child tickets at £6. The venue "
    "keeps 30% of takings. How much does the troupe get?",
    (184 * dec("9.50") + 67 * 6) * (1 - pct(30)),
)
calc(
    VELO,
    "points race result sheet: rider 14 scored 5, 3, 5, 2, 1, 5 and 3 in the sprints and "
    "gained a lap worth 20 points. what's his total",
    5 + 3 + 5 + 2 + 1 + 5 + 3 + 20,
)
calc(
    SPAWN,
    "We inoculate substrate at an 8% spawn rate by weight. How many kg of grain spawn do "
    "I need for 1,150 kg of substrate?",
    pct(8) * 1150,
)
calc(
    HARPS,
    "Brass wire is €0.42 a metre. The 8-foot register needs 56 strings averaging 1.25 m "
    "each. What does the wire cost in euros?",
    dec("0.42") * 56 * dec("1.25"),
)
calc(
    MUSHER,
    "Fourteen dogs eat 1.6 kg of kibble each per day on the trail. For a nine day run plus "
    "10% spare, how many kg do we ship out to the checkpoints?",
    14 * dec("1.6") * 9 * (1 + pct(10)),
)
calc(
    LEADED,
    "Replacement light is 0.9 m by 2.4 m. Antique glass costs £65 per square metre and I "
    "allow 15% extra for waste. Cost of glass in pounds?",
    dec("0.9") * dec("2.4") * 65 * (1 + pct(15)),
)
calc(
    SHEEPDOG,
    "Each run starts on 100 points. The judge took off 7 on the outrun, 4 on the lift, "
    "12 on the fetch, 9 on the drive, 6 at the pen and 3 at the shed. What is the score?",
    100 - (7 + 4 + 12 + 9 + 6 + 3),
)
calc(
    GILDER,
    "Gold leaf comes in books of 25 leaves at £48.50 a book and I can only buy whole books. "
    "The job needs 140 leaves. What do I spend?",
    whole_up(F(140, 25)) * dec("48.50"),
)
calc(
    LOCKS,
    "Each lock in the flight of sixteen uses 95 cubic metres per boat going up. 37 boats went "
    "up on Saturday. How many cubic metres of water came down the flight?",
    16 * 95 * 37,
)
calc(
    TAXI,
    "Fox mount quoted at £385, the client has paid a 40% deposit. What's the balance owing?",
    385 * (1 - pct(40)),
)
calc(
    SONDE,
    "Each sounding uses 1.8 cubic metres of helium at £14.20 per cubic metre. Two soundings a "
    "day for thirty days costs how much in pounds?",
    dec("1.8") * dec("14.20") * 2 * 30,
)
calc(
    GLACIER,
    "Hut booking: 9 guests, half-board at 68 CHF per night, 3 nights, and 10% off for groups. "
    "Total in francs?",
    9 * 68 * 3 * (1 - pct(10)),
)
calc(
    TRUFFLE,
    "My dog found 1.35 kg of black truffle, sold at 780 euros per kg, and I get 15% as the "
    "handler. How much is my cut in euros?",
    dec("1.35") * 780 * pct(15),
)
calc(
    NGAUGE,
    "A real coach is 20.4 m long. At 1:160 scale, how long is the model in millimetres?",
    F(20400, 160),
)
calc(
    SAMPHIRE,
    "i bag samphire in 150 g punnets at £3.20 each and picked 11.7 kg. if every punnet "
    "sells, how much do i take?",
    F(11700, 150) * dec("3.20"),
)
calc(
    WALLER,
    "A metre of this wall takes 1.4 tonnes of stone. We're building 85 metres and stone is "
    "£62 a tonne delivered. Cost of stone?",
    dec("1.4") * 85 * 62,
)
calc(
    WIG,
    "The front lace is 96 square cm, knotted at 60 knots per square cm, and I tie 1,200 "
    "knots an hour. How many hours of knotting?",
    F(96 * 60, 1200),
)
calc(
    KNIFE,
    "Restaurant job: 14 chef's knives at £6.50, 5 serrated at £8 and 3 pairs of scissors "
    "at £5, less 10% trade discount. What do I invoice?",
    (14 * dec("6.50") + 5 * 8 + 3 * 5) * (1 - pct(10)),
)
calc(
    TRAPEZE,
    "Two flyers of 68 kg and 74 kg and a catcher of 88 kg, with a safety factor of ten. What "
    "design load in kg do I give the venue?",
    (68 + 74 + 88) * 10,
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


unit_r(P, "Convert 37 kilometres to miles.", F(37000) / MI)
unit_r(P, "how many pounds is 75 kg", 75 / LB)
unit(P, "Convert 113 °F to Celsius.", f_to_c(113), EXACT)
unit(P, "6 feet 2 inches in centimetres?", (6 * FT + 2 * IN) * 100, EXACT)
unit_r(P, "Convert 3.5 acres to square metres.", dec("3.5") * ACRE)
unit_r(P, "How many square feet are in 50 square metres?", 50 / SQFT)
unit_r(P, "what's 85 km/h in miles per hour", 85 * KMH / MPH)
unit(P, "3.75 GiB expressed in MiB, please", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "36 psi equals how many bar?", 36 * PSI / BAR)
unit_r(P, "Convert 1 cubic metre to cubic feet.", 1 / CUFT)
unit(P, "How many seconds are in 2.75 hours?", dec("2.75") * 3600, EXACT)
unit_r(P, "13 stone 4 lb is how many kilograms?", 13 * STONE + 4 * LB)
unit(P, "What is 250 millilitres in litres?", F(250, 1000), EXACT)
unit(P, "How many kilojoules are in 1.5 kilowatt-hours?", dec("1.5") * 3600, EXACT)

unit_r(
    BELL,
    "The old board in the tower gives the tenor as 1,450 lb. What is that in kilograms?",
    1450 * LB,
)
unit_r(
    PEAT,
    "The dating lab's form wants the sample weight in ounces. Our bog-oak sample weighs 85 g; "
    "how many ounces is that?",
    dec("0.085") / OZ,
)
unit(
    ICE,
    "The ice suites are held at minus 5 °C. An American guest wants it in Fahrenheit. What is it?",
    c_to_f(-5),
    EXACT,
)
unit_r(
    CLOCK,
    "The driving weight is stamped 3 stone 6 lb. What's that in kilograms?",
    3 * STONE + 6 * LB,
)
unit(
    KELP,
    "Skiff cruises at 7 knots, and a knot is 1.852 km/h. What's our speed in km/h?",
    7 * dec("1.852"),
    EXACT,
)
unit_r(
    ENVELOPE,
    "Burner gauge reads 7.5 bar. What is that in psi?",
    dec("7.5") * BAR / PSI,
)
unit_r(
    PUPPET,
    "Our shadow screen frame is 14 feet wide. How wide is that in metres?",
    14 * FT,
)
unit_r(
    PUPPET,
    "next hop on the tour is 230 miles. how many kilometres is that",
    230 * MI / 1000,
)
unit_r(
    VELO,
    "A flying 200 m in 9.875 seconds. What's the average speed in km/h?",
    F(200) / dec("9.875") / KMH,
)
unit_r(
    VELO,
    "The track is 250 metres round. How many laps make one mile?",
    MI / 250,
)
unit_r(
    SPAWN,
    "Incubation room thermostat is set to 75 °F. What's that in Celsius?",
    f_to_c(75),
)
unit_r(
    SPAWN,
    "The pressure cooker for grain jars runs at 15 psi. Convert that to kilopascals.",
    15 * PSI / 1000,
)
unit(
    HARPS,
    "The longest bass string is 71 inches. How long is it in centimetres?",
    71 * IN * 100,
    EXACT,
)
unit_r(
    HARPS,
    "Wire diameter is 0.35 mm. What is that in thousandths of an inch?",
    dec("0.35") / 1000 / IN * 1000,
)
unit_r(
    MUSHER,
    "The race trail is 1,049 miles. How many kilometres is that?",
    1049 * MI / 1000,
)
unit(
    MUSHER,
    "It's minus 31 degrees Fahrenheit at the checkpoint. What's that in Celsius?",
    f_to_c(-31),
    EXACT,
)
unit_r(
    LEADED,
    "The lancet panel is 36 by 84 inches. What's its area in square metres?",
    36 * 84 * IN * IN,
)
unit_r(
    LEADED,
    "For slumping the glass the kiln goes to 1,250 °F. Convert that to °C please",
    f_to_c(1250),
)
unit(
    SHEEPDOG,
    "The outrun on this course is 400 yards. How many metres is that?",
    400 * YD,
    EXACT,
)
unit(
    GILDER,
    "The book block is 9.25 inches tall; the cover maker wants centimetres. Convert it.",
    dec("9.25") * IN * 100,
    EXACT,
)
unit_r(
    LOCKS,
    "Our narrowboat is 57 feet long. What's that in metres?",
    57 * FT,
)
unit_r(
    TAXI,
    "The client's specimen weighed 6.4 kg. How many pounds is that?",
    dec("6.4") / LB,
)
unit_r(
    SONDE,
    "The balloon burst at 32 km altitude. How many feet is that?",
    F(32000) / FT,
)
unit(
    GLACIER,
    "Since the 1980s the glacier snout has retreated 1,230 feet. Convert that to metres.",
    1230 * FT,
    EXACT,
)
unit_r(
    TRUFFLE,
    "Biggest truffle of the season weighed 9.5 ounces. What's that in grams?",
    dec("9.5") * OZ * 1000,
)
unit_r(
    NGAUGE,
    "The layout uses six baseboards, each 8 ft by 4 ft. Total area in square metres?",
    6 * 8 * 4 * SQFT,
)
unit_r(
    SAMPHIRE,
    "walked 6.8 miles across the marsh at low tide, how many km is that",
    dec("6.8") * MI / 1000,
)
unit(
    WALLER,
    "The old estate plan says the boundary wall runs 220 yards. What is that in metres?",
    220 * YD,
    EXACT,
)
unit(
    WIG,
    "The actor's head circumference is 22.5 inches. Give it in centimetres.",
    dec("22.5") * IN * 100,
    EXACT,
)
unit(
    KNIFE,
    "My grinding wheel is 8 inches across. What is that in millimetres?",
    8 * IN * 1000,
    EXACT,
)
unit_r(
    TRAPEZE,
    "The rig height is 9.5 m and the American venue wants it in feet. How many feet?",
    dec("9.5") / FT,
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


def working_day(start, n):
    """The nth Monday-to-Friday day counting from start (start itself is day 1 if a weekday)."""
    d, k = start, 0
    while True:
        if d.weekday() < SAT:
            k += 1
            if k == n:
                return d
        d += TD(days=1)


def hours_between(a, za, b, zb):
    """Hours from local time a in zone za to local time b in zone zb, via UTC."""
    ua = a.replace(tzinfo=ZoneInfo(za)).astimezone(ZoneInfo("UTC"))
    ub = b.replace(tzinfo=ZoneInfo(zb)).astimezone(ZoneInfo("UTC"))
    return F(int((ub - ua).total_seconds()), 3600)


date_item(P, "On what day of the week did 18 June 1815 fall?", weekday(D(1815, 6, 18)))
date_item(
    P,
    "How many days lie between 7 March 2031 and 23 August 2031?",
    days(D(2031, 3, 7), D(2031, 8, 23)),
)
date_item(P, "What date is 100 days after 1 January 2031?", D(2031, 1, 1) + TD(days=100))
date_item(P, "what is the date 90 days before 30 June 2031", D(2031, 6, 30) - TD(days=90))
date_item(P, "29 February 2032 falls on which weekday?", weekday(D(2032, 2, 29)))
date_item(
    P, "How old is someone born on 12 May 1987 on 1 May 2031?", age(D(1987, 5, 12), D(2031, 5, 1))
)
date_item(
    P,
    "How many weeks are there from 6 January 2031 to 7 April 2031?",
    weeks(D(2031, 1, 6), D(2031, 4, 7)),
)
date_item(P, "third thursday in nov 2031, what date is it", nth_weekday(2031, 11, THU, 3))
date_item(P, "How many hours from 07:50 to 16:20?", clock_span("07:50", "16:20", 3600))
date_item(P, "date 6 weeks after 25 November 2031?", D(2031, 11, 25) + TD(weeks=6))
date_item(P, "What day of the week will 1 January 2040 fall on?", weekday(D(2040, 1, 1)))
date_item(P, "how many minutes from 22:40 to 06:10", clock_span("22:40", "06:10", 60))
date_item(P, "When is the last Monday of May 2032?", nth_weekday(2032, 5, MON, -1))
date_item(
    P,
    "How many days in total from 1 Jan 2031 to 31 Dec 2031, counting both ends?",
    days(D(2031, 1, 1), D(2031, 12, 31)) + 1,
)

_cast = D(2028, 3, 9)
date_item(
    BELL,
    f"We cast on {sayw(_cast)} and the bell cools in the pit for 19 days before we dig it "
    "out. What date do we dig it out?",
    _cast + TD(days=19),
)
_dig = D(2028, 7, 3)
date_item(
    PEAT,
    f"The dig opens on {sayw(_dig)} and runs for 26 working days, Monday to Friday only, with "
    "no bank holidays in that stretch (the opening day is day 1). Date of the last digging day?",
    working_day(_dig, 26),
)
_ice = D(2028, 11, 13)
date_item(
    ICE,
    f"Building the ice hotel starts {sayw(_ice)} and it opens 5 weeks and 3 days later. "
    "What's the opening date?",
    _ice + TD(weeks=5, days=3),
)
_wind = D(2029, 1, 7)
date_item(
    CLOCK,
    f"I wind the clock every 8 days. Last wind was {sayw(_wind)}. What is the date of the "
    "fifth wind after that one?",
    _wind + TD(days=8 * 5),
)
date_item(
    KELP,
    "Sea temperature is forecast to pass 14 degrees on 22 May 2029 and we need 45 days of "
    "harvesting before that. What date is 45 days before 22 May 2029?",
    D(2029, 5, 22) - TD(days=45),
)
date_item(
    ENVELOPE,
    "The envelope had its 100-hour inspection on 14 June 2029 and the next is due 180 days "
    "after that. On what date?",
    D(2029, 6, 14) + TD(days=180),
)
_tour = D(2029, 3, 2)
date_item(
    PUPPET,
    f"Our tour opens {sayw(_tour)} and ends exactly nine weeks later. Date of the last show?",
    _tour + TD(weeks=9),
)
date_item(
    VELO,
    "Rider's licence says born 23 August 2011. How old is she on race day, 4 March 2029?",
    age(D(2011, 8, 23), D(2029, 3, 4)),
)
_inoc = D(2029, 4, 10)
date_item(
    SPAWN,
    f"Inoculated on {sayw(_inoc)}; colonisation takes 18 days and then fruiting another "
    "12 days. What's the harvest date?",
    _inoc + TD(days=18 + 12),
)
date_item(
    HARPS,
    "Restringing commission accepted on 5 September 2029, delivery 75 days later. What day of "
    "the week is delivery?",
    weekday(D(2029, 9, 5) + TD(days=75)),
)
date_item(
    MUSHER,
    "Our musher finished 9 days, 14 hours and 27 minutes after the start. How many hours is "
    "that in total, as a decimal?",
    9 * 24 + 14 + F(27, 60),
)
_faculty = D(2029, 10, 16)
date_item(
    LEADED,
    f"Faculty approval came through on {sayw(_faculty)} and the parish wants the window "
    "installed six weeks after. Installation date?",
    _faculty + TD(weeks=6),
)
date_item(
    SHEEPDOG,
    "Forty-two dogs entered and each run is allowed 13 minutes. How many hours of running is "
    "that, end to end?",
    F(42 * 13, 60),
)
_national = D(2029, 9, 7)
date_item(
    SHEEPDOG,
    f"The national trial is on {sayw(_national)} and entries close 23 days before. When do "
    "entries close?",
    _national - TD(days=23),
)
date_item(
    GILDER,
    "Commission arrived 29 January 2030. The bookcloth takes 19 days to come, then I need "
    "12 days of work. What date will it be ready?",
    D(2030, 1, 29) + TD(days=19 + 12),
)
date_item(
    GILDER,
    "Our bindery exhibition opens on 25 December 2030. what day of the week is that",
    weekday(D(2030, 12, 25)),
)
_stop = D(2030, 1, 7)
date_item(
    LOCKS,
    f"The winter stoppage starts {sayw(_stop)} and lasts 38 days counting the first day. "
    "What is the last day of the stoppage?",
    _stop + TD(days=38 - 1),
)
date_item(
    LOCKS,
    "How many days from 1 November 2029 to 15 March 2030?",
    days(D(2029, 11, 1), D(2030, 3, 15)),
)
date_item(
    TAXI,
    "Tanning takes 21 days and drying 35 more, starting 18 February 2030. Date it's ready?",
    D(2030, 2, 18) + TD(days=21 + 35),
)
date_item(
    TAXI,
    "The client dropped the pheasant off on 3 December 2029 and collects it on 17 June 2030. "
    "How many weeks was it with us?",
    weeks(D(2029, 12, 3), D(2030, 6, 17)),
)
_launch = DT(2030, 6, 30, 23, 15)
_launch_ny = (
    _launch.replace(tzinfo=ZoneInfo("Pacific/Honolulu"))
    .astimezone(ZoneInfo("America/New_York"))
    .date()
)
date_item(
    SONDE,
    "We launched at 23:15 Honolulu local time on 30 June 2030. The forecast centre in New "
    "York logs it by New York local time. What date do they record?",
    _launch_ny,
)
date_item(
    SONDE,
    "Soundings go up every 6 hours, the first at 00:00 on 1 March 2030. On what date is the "
    "250th sounding?",
    (DT(2030, 3, 1) + TD(hours=6 * 249)).date(),
)
_zrh = DT(2030, 10, 26, 22, 0)
_syd = DT(2030, 10, 28, 6, 0)
date_item(
    GLACIER,
    f"A client flies out of Zurich at 22:00 local time on {sayw(_zrh.date())} and lands in "
    f"Sydney at 06:00 local time on {sayw(_syd.date())}. How many hours is the journey?",
    hours_between(_zrh, "Europe/Zurich", _syd, "Australia/Sydney"),
)
date_item(
    GLACIER,
    "The hut is open from 20 June 2030 to 20 September 2030. How many days is that from the "
    "first date to the second?",
    days(D(2030, 6, 20), D(2030, 9, 20)),
)
date_item(
    TRUFFLE,
    "Puppy born 11 November 2029; scent training starts when she is 16 weeks old. What date "
    "is that?",
    D(2029, 11, 11) + TD(weeks=16),
)
_show = D(2030, 9, 14)
date_item(
    NGAUGE,
    f"Our show is {sayw(_show)} and {sayw(_show + TD(days=1))}. Exhibitor packs go out "
    "30 days before the first day. What date is that?",
    _show - TD(days=30),
)
date_item(
    SAMPHIRE,
    "Season opens 21 June 2030. I go out every fourth day starting on opening day. Date of my "
    "12th trip?",
    D(2030, 6, 21) + TD(days=4 * 11),
)
date_item(
    WALLER,
    "We start the wall on 2 September 2030 and the contract gives us 40 days after that. "
    "What's the deadline date?",
    D(2030, 9, 2) + TD(days=40),
)
date_item(
    WIG,
    "Opening night is 12 December 2030 and wigs are needed three weeks earlier for the dress "
    "fittings. What date?",
    D(2030, 12, 12) - TD(weeks=3),
)
date_item(
    KNIFE,
    "I set up at the farmers' market on the second Saturday of each month. What's the date "
    "in November 2030?",
    nth_weekday(2030, 11, SAT, 2),
)
date_item(
    TRAPEZE,
    "Our contract runs from 16 February 2031 to 4 May 2031. How many days is that, counting "
    "both the first and the last day?",
    days(D(2031, 2, 16), D(2031, 5, 4)) + 1,
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "opinion_with_figures": [
        "Is £14.50 an hour a fair wage for a dog walker in Bristol, in your view?",
        "Would you rather have 5% interest on £10,000 or a £600 bonus in hand, and why?",
        "Which makes a nicer wedding day in 2031, a Friday or a Saturday, thinking of guests?",
        "Do you think 3 km is too far for a child of seven to walk to school alone?",
        "Is a 22 °C office too warm for concentrating? what do you reckon",
        "Our band charges 450 euros for a two-hour set. Is that too cheap?",
        "Should I round my invoice of 1,998 pounds up to 2,000, or does that look greedy?",
        "honestly is 40 hours a week on a PhD enough or am I slacking",
        "Is a 12 kg sack of dog food really better value than two 6 kg bags, or is that a myth?",
        "Would a 6 am start on 1 January put people off a charity run?",
    ],
    "explain_why": [
        (
            "Why does a kilometre have 1000 metres but a mile has 5,280 feet? Where did that come "
            "from?"
        ),
        "Explain why 0.1 + 0.2 doesn't come out as exactly 0.3 in most programming languages.",
        "Why is the leap day added to February and not to December?",
        "Why does compound interest at 5% beat simple interest at 5%? explain like I'm twelve",
        "How did time zones with a 30-minute offset, like India's, come about?",
        "Why does water boil below 100 °C up a mountain?",
        "Can you explain what a kilowatt-hour actually measures, compared with a kilowatt?",
        "why do weeks have 7 days",
        "What's the difference between median and mean salary, and why do reports use the median?",
        "Explain how the Gregorian calendar fixed the drift of the Julian one.",
    ],
    "code_to_write": [
        "Write a Python function that converts Celsius to Fahrenheit and rounds to one decimal.",
        "Give me a SQL query that sums invoice totals per customer for March 2031.",
        "How would I count the working days between two dates in Excel?",
        "write a bash one-liner that adds up the numbers in column 3 of a CSV",
        "In JavaScript, how do I get the weekday name from a Date object?",
        "Write me a regex that matches UK postcodes such as EC1A 1BB.",
        "Write a Rust function returning the nth Fibonacci number as a u128.",
        "How do I format 1234567.891 as £1,234,567.89 in Python?",
        (
            "Can you write a spreadsheet formula that adds 20% VAT to column B and puts the total "
            "in C?"
        ),
        "What's the pandas code to resample hourly readings into daily means?",
    ],
    "identifier_lookalike": [
        "What does the part number 6204-2RS on my bearing mean?",
        "My flight is BA 2490 — is that a short-haul flight number?",
        "Are 0808 numbers free to call from a UK mobile?",
        "The derby finished 3-1; who usually wins these fixtures?",
        "Is it worth moving my scripts from Python 3.9 straight to 3.13?",
        "What is ISO 8601 for?",
        "My tyre says 205/55 R16 91V — what does each part mean?",
        "The router shows 192.168.1.254 as the gateway; what does that address mean?",
        "Is Route 66 still drivable end to end?",
        "What does 4-4-2 mean as a football formation?",
    ],
    "notation_meaning": [
        "Define a ⊗ b = a + b + ab. Is ⊗ associative? Prove it.",
        (
            "In my notes 5! means 5 + 4 + 3 + 2 + 1 rather than a product. "
            "Does that operation have "
            "a standard name?"
        ),
        "What does 3d6 mean in tabletop games, and what shape is its distribution?",
        "What does '1e-3' mean on my calculator display?",
        "In music, how is 6/8 different from 3/4?",
        "My knitting pattern says 'k2tog, p3' — what does that mean?",
        "What does 6/9 vision mean on an optician's report?",
        "In chess notation what does Nf3 mean?",
        "Why isn't a 2x4 piece of timber actually 2 by 4 inches?",
        "What does a '1 in 100' flood risk mean for my house?",
    ],
    "rough_estimate": [
        "Roughly how many chimney sweeps are working in Yorkshire at the moment?",
        "About how much would it cost to heat a 3-bedroom house in Leeds over the winter?",
        "Estimate how many words are in a 300-page novel.",
        "How many days would it take to walk the length of Wales?",
        "ballpark, how many litres of water does a family of four use in a day?",
        "What's a reasonable estimate of the total weight of all the ants on Earth?",
        "How many golf balls fit in a school bus, roughly?",
        "Approximately what does a wedding for 120 guests cost in Ireland?",
        "Estimate the number of heartbeats in a human lifetime.",
        "Roughly how long does it take to read 50 pages?",
    ],
    "missing_live_fact": [
        "What's the exchange rate from euros to yen right now?",
        "How much is the train fare from Leeds to York?",
        "What is the Bank of Canada's overnight rate at the moment?",
        "How much is band D council tax in Bath?",
        "What does a litre of diesel cost in France at the moment?",
        "On which date is the next total solar eclipse visible from Spain?",
        "What time is sunrise in Tromsø on 1 February?",
        "How many people live in Kinshasa now?",
        "How much is a stamp for a letter to Canada?",
        "Which date is the first night of Hanukkah in 2034?",
    ],
    "meaning_of_reading": [
        "My blood pressure reading is 135 over 88. Is that high?",
        "My credit score is 720; is that good?",
        "The washing label shows 40 with two bars underneath; what does that mean?",
        "My son is on the 91st percentile for height — should I worry?",
        "What does a magnitude 4.5 earthquake feel like?",
        "My resting heart rate is 48 — is that normal for a runner?",
        "The bottle says 13.5% ABV; is that strong for a wine?",
        "Is a UV index of 8 dangerous?",
        "My payslip shows tax code 1257L — what does that mean?",
        "The air quality index says 155; should I skip my run?",
    ],
    "writing_task": [
        "Write a short poem about the 29th of February.",
        "Draft a polite email asking a client to pay an overdue invoice of £2,340.",
        "Give me a catchy name for a bakery that opens at 5 am.",
        "Translate 'the train leaves at half past seven' into German.",
        "Summarise the causes of the 1929 stock market crash in three sentences.",
        "Suggest a 5-day itinerary for Lisbon in October.",
        "Write a limerick involving 12 kilometres and a goat.",
        "Help me word a toast for my parents' 40th wedding anniversary.",
        "Tell me a fun fact about the number 1729.",
        "Make a packing list for a 3-night camping trip in Scotland.",
    ],
    "advice_with_numbers": [
        "I have £3,000 saved; should I pay off my credit card or keep an emergency fund?",
        "Is 25 km a week enough training for a first half marathon?",
        "We have 48 hours in Rome — what should we skip?",
        "My landlord wants 6 weeks' deposit; is that allowed in England?",
        "Is it safe to leave cooked rice out for 4 hours?",
        "How should I split 120 minutes of revision between maths and chemistry?",
        "Should a 10 kg toddler still be rear-facing in the car?",
        "Is 1,500 euros enough spending money for two weeks in Japan?",
        "What's a sensible bedtime for a child aged nine on school nights?",
        "I sleep 5 hours a night on weekdays — how bad is that?",
    ],
}
for _fam, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

NEAR = [
    (
        "near-missing_fact",
        "Split the restaurant bill evenly between the six of us, including the tip we agreed on.",
        "bill total and tip not given",
    ),
    (
        "near-missing_fact",
        "my passport runs out sometime in spring, how many days have I got left on it?",
        "no dates given",
    ),
    ("near-missing_fact", "What's 15% off the price of the jacket I liked?", "price unknown"),
    ("near-missing_fact", "Put my height into centimetres for the form.", "height not stated"),
    (
        "near-missing_fact",
        "How old will my grandmother be at her next birthday?",
        "birth date unknown",
    ),
    ("near-missing_fact", "How much VAT did I pay on my last phone bill?", "bill unknown"),
    (
        "near-missing_fact",
        "What time will it be in my sister's city when my flight lands?",
        "places and times unknown",
    ),
    (
        "near-missing_fact",
        "How many litres does a Ford Fiesta's fuel tank hold?",
        "needs model knowledge, varies by model year",
    ),
    (
        "near-missing_fact",
        "If I leave Manchester at 8, when do I reach London by car?",
        "depends on route and traffic",
    ),
    (
        "near-missing_fact",
        "What's the distance from Paris to Rome in km?",
        "needs geography and a choice of route",
    ),
    (
        "near-missing_fact",
        "What will £5,000 be worth after inflation by 2040?",
        "future inflation unknown",
    ),
    ("near-missing_fact", "What weekday is my birthday on in 2034?", "birthday not stated"),
    (
        "near-missing_fact",
        "How many weeks pregnant is someone due on 3 October?",
        "reference date and year missing",
    ),
    ("near-estimate", "About how many kilograms does a fully grown Great Dane weigh?", "estimate"),
    ("near-estimate", "Roughly how many hours is a flight from London to Tokyo?", "estimate"),
    ("near-estimate", "how many steps are in 5 km for an average adult?", "stride length varies"),
    (
        "near-estimate",
        "How many litres of paint for a 4 by 5 metre bedroom, roughly?",
        "wall height, coats and coverage unknown",
    ),
    ("near-estimate", "Estimate the weekly cost in euros of feeding two teenagers.", "estimate"),
    (
        "near-estimate",
        "How many bricks do I need for a 10 metre garden wall?",
        "height and bond not given",
    ),
    (
        "near-estimate",
        "If I save £200 a week, about when can I afford a house?",
        "house price and deposit unknown",
    ),
    (
        "near-estimate",
        "What would a 3% pay rise mean in pounds for a nurse in Wales?",
        "salary band unknown",
    ),
    (
        "near-estimate",
        "How many hours of sleep does a baby of 16 weeks need?",
        "guideline range, not arithmetic",
    ),
    (
        "near-estimate",
        "About how many kilometres can an electric car go on a full charge?",
        "depends on the car",
    ),
    ("near-identifier", "What is 1-800-273-8255?", "phone number, not a subtraction"),
    (
        "near-identifier",
        "Is 978-1-4028-9462-6 a real book's ISBN?",
        "identifier check needing the ISBN rule",
    ),
    (
        "near-identifier",
        "It was 21-14 at half time; what happened in the second half?",
        "score, missing facts",
    ),
    (
        "near-identifier",
        "The label on the carton says 4-20-2031 — is that a batch code or a date?",
        "identifier meaning",
    ),
    ("near-identifier", "Which macOS release is version 10.15.7?", "version number"),
    ("near-identifier", "In cricket, what does a score of 242/7 mean?", "score, not division"),
    ("near-identifier", "Is room 3/14 on the third floor?", "room number, not a fraction"),
    (
        "near-identifier",
        "My ticket reference is 12x40-5; can you tell what show it's for?",
        "reference code",
    ),
    (
        "near-identifier",
        "The boiler display shows code A4 and 1.2 — what's wrong with it?",
        "fault code",
    ),
    ("near-identifier", "Why is the shop called 7-Eleven?", "name, not arithmetic"),
    (
        "near-ambiguous",
        "What is 6 ÷ 2(1+2)? People argue about it online; explain both readings.",
        "asks for explanation of ambiguity",
    ),
    ("near-ambiguous", "How many Fridays are in a typical month?", "no specific month"),
    ("near-ambiguous", "Why do people think 0.33 equals a third?", "explanation"),
    ("near-ambiguous", "Is a billion 10^9 or 10^12 in older British usage?", "usage question"),
    ("near-ambiguous", "How many days is 'a fortnight or so'?", "vague quantity"),
    (
        "near-ambiguous",
        "Is midnight on 12 March the start or the end of that day?",
        "convention question",
    ),
    (
        "near-ambiguous",
        "My lease runs 'one quarter from 15 February' — when does it end?",
        "contract wording needs interpretation",
    ),
    ("near-ambiguous", "Does 'biweekly' mean twice a week or every two weeks?", "word meaning"),
    (
        "near-ambiguous",
        "The shop is 'closed on bank holidays' — will it be open on 26 December 2031 in England?",
        "needs holiday rules",
    ),
    ("near-ambiguous", "How many Sundays are left before Christmas?", "no reference date"),
    ("near-opinion", "Is 4.9% APR on a car loan of £12,000 a good deal?", "opinion"),
    (
        "near-opinion",
        "My rent went up from £950 to £1,100. Is that legal in Scotland?",
        "legal question",
    ),
    ("near-opinion", "Should I overpay my mortgage by £300 a month or invest it?", "advice"),
    ("near-opinion", "Is 160 km too far to cycle in one day for a beginner?", "opinion"),
    (
        "near-opinion",
        "Is it worth paying €35 extra for a window seat on a 2-hour flight?",
        "opinion",
    ),
    ("near-opinion", "Would 18 °C be warm enough for a baby's bedroom at night?", "advice"),
    ("near-opinion", "Is 7,500 steps a day enough to stay healthy?", "health advice"),
    (
        "near-opinion",
        "Is a 2:1 degree good enough for a master's application?",
        "grade, not a ratio",
    ),
    (
        "near-opinion",
        "My electricity bill is £142 for March — is that normal for a 2-bed flat?",
        "comparison needs outside data",
    ),
    ("near-opinion", "Is 68 kg a healthy weight for someone 1.75 m tall?", "health judgement"),
    ("near-opinion", "Is a 20% tip expected for a haircut in Canada?", "etiquette"),
    (
        "near-reasoning",
        (
            "A bat and a ball cost £1.10 together and the bat costs £1 more than "
            "the ball. Why do most people get this wrong?"
        ),
        "asks why",
    ),
    (
        "near-reasoning",
        (
            "Five machines make five widgets in five minutes. What's the catch "
            "people miss with a hundred machines and a hundred widgets?"
        ),
        "explanation",
    ),
    (
        "near-reasoning",
        (
            "One train leaves at 14:00 at 80 km/h and another at 15:00 at 100 km/h "
            "on the same line; draw me a table showing when the second catches up."
        ),
        "table to produce",
    ),
    ("near-reasoning", "Prove there are infinitely many primes, in a few lines.", "proof"),
    (
        "near-reasoning",
        "Why is 2,147,483,647 a famous number in programming?",
        "knowledge question",
    ),
    ("near-reasoning", "Explain the Monty Hall problem with numbers.", "explanation"),
    (
        "near-reasoning",
        "Why is it surprising that 23 people are enough for a likely shared birthday?",
        "explanation",
    ),
    (
        "near-reasoning",
        "A kilogram of feathers or a kilogram of steel — why does that riddle trip people up?",
        "explanation",
    ),
    (
        "near-reasoning",
        "Put these in order: the moon landing, the fall of the Berlin Wall, the first iPhone.",
        "history knowledge",
    ),
    (
        "near-reasoning",
        "Give me three ways to estimate pi with a piece of string and a plate.",
        "method ideas",
    ),
    (
        "near-reasoning",
        "Is the 13th of a month really more often a Friday than any other weekday, and why?",
        "explanation of a calendar fact",
    ),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

CONV = [
    (
        "conv-redefine",
        [
            (U, "For this game a league is 4 km and a day's march is 6 leagues."),
            (A, "Got it: a league is 4 km and a day's march is 6 leagues."),
            (U, "How far is three days' march in km?"),
        ],
        "units defined only in the earlier turn",
    ),
    (
        "conv-redefine",
        [
            (U, "In my world-building a week has 5 days and a moon is 6 weeks."),
            (A, "Noted: 5-day weeks and 6-week moons."),
            (U, "How many days is two moons and three days?"),
        ],
        "invented calendar from the earlier turn",
    ),
    (
        "conv-redefine",
        [
            (U, "This worksheet is all in octal."),
            (A, "OK, octal it is."),
            (U, "what is 16 + 7 then?"),
        ],
        "base 8 changes the sum",
    ),
    (
        "conv-redefine",
        [
            (U, "In this chat ^ means bitwise XOR, as in C."),
            (A, "Understood, ^ is bitwise XOR."),
            (U, "what's 12 ^ 5 then"),
        ],
        "^ redefined as XOR",
    ),
    (
        "conv-redefine",
        [
            (U, "Treat % as the modulo operator from here on."),
            (A, "Will do."),
            (U, "What's 47 % 5?"),
        ],
        "% redefined as modulo, not percent",
    ),
    (
        "conv-redefine",
        [
            (U, "At our office a 'unit' of work means half a day, and a day is 7.5 hours."),
            (A, "OK, a unit is 3.75 hours then."),
            (U, "So how many hours is 9 units?"),
        ],
        "unit defined in context",
    ),
    (
        "conv-redefine",
        [
            (U, "My novel's calendar starts on the spring equinox: day 1 is 20 March."),
            (A, "Nice idea."),
            (U, "What's day 100 in normal terms?"),
        ],
        "custom day numbering",
    ),
    (
        "conv-redefine",
        [
            (U, "On the planet in my game a day lasts 30 hours."),
            (A, "Fun setting."),
            (U, "How many hours are in four and a half days there?"),
        ],
        "redefined day length",
    ),
    (
        "conv-redefine",
        [
            (U, "Say a crate holds 24 jars and a pallet is 40 crates."),
            (A, "Right, so a pallet is 960 jars."),
            (U, "How many jars on 3 pallets and 7 crates?"),
        ],
        "quantities defined earlier",
    ),
    (
        "conv-followup",
        [
            (U, "Our rent is £1,450 and there are three of us."),
            (A, "That's about £483.33 each if split equally."),
            (U, "What if Sam pays 40% and we split the rest?"),
        ],
        "refers to the earlier rent and people",
    ),
    (
        "conv-followup",
        [
            (U, "I'm driving from Lyon to Turin, 310 km."),
            (A, "That's a scenic drive through the Alps."),
            (U, "And how long would it take at the speed I mentioned before?"),
        ],
        "speed never given",
    ),
    (
        "conv-followup",
        [
            (U, "The recipe serves 4 and needs 300 g flour and 2 eggs."),
            (A, "Sounds like a simple batter."),
            (U, "scale it for 10 people"),
        ],
        "needs the earlier recipe and judgement about eggs",
    ),
    (
        "conv-followup",
        [
            (U, "My train is at 09:40 from Glasgow."),
            (A, "OK, noted."),
            (U, "and the one after that?"),
        ],
        "timetable lookup",
    ),
    (
        "conv-followup",
        [
            (U, "I was born on 17 October 1993."),
            (A, "Noted."),
            (U, "Which day of the week was that, then?"),
        ],
        "'it' refers to the earlier date",
    ),
    (
        "conv-followup",
        [
            (U, "The invoice was 2,400 euros before tax."),
            (A, "OK."),
            (U, "add the usual rate for Portugal"),
        ],
        "tax rate is outside knowledge",
    ),
    (
        "conv-followup",
        [
            (U, "Our flight lands in Denver at 16:20."),
            (A, "Hope it's a smooth one."),
            (U, "what time is that back home?"),
        ],
        "home unknown",
    ),
    (
        "conv-followup",
        [
            (U, "I bought 3.2 kg of apples at €2.15 per kg."),
            (A, "That comes to €6.88."),
            (U, "and with the discount?"),
        ],
        "discount unknown",
    ),
    (
        "conv-followup",
        [
            (U, "The fence is 18 m long."),
            (A, "OK."),
            (U, "how many panels would that need?"),
        ],
        "panel width not given",
    ),
    (
        "conv-correction",
        [
            (U, "What's 12% of 865?"),
            (A, "103.8."),
            (U, "Sorry, I meant the other figure on my receipt."),
        ],
        "other figure unknown",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 35 miles to km."),
            (A, "About 56.33 km."),
            (U, "No wait, I meant nautical miles — and explain the difference."),
        ],
        "asks for explanation",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 4 March to 20 April 2031?"),
            (A, "47 days."),
            (
                U,
                (
                    "Our office counts only working days and shuts over the spring break — "
                    "how many "
                    "then?"
                ),
            ),
        ],
        "office closure dates unknown",
    ),
    (
        "conv-correction",
        [
            (U, "What's 1,200 divided by 16?"),
            (A, "75."),
            (U, "Actually both numbers were hexadecimal. Does that change it?"),
        ],
        "reinterprets the earlier numbers",
    ),
    (
        "conv-correction",
        [
            (U, "Add a 15% tip to $84."),
            (A, "$96.60."),
            (U, "We tip on the pre-tax amount, not the total. Redo it with that."),
        ],
        "pre-tax amount unknown",
    ),
    (
        "conv-correction",
        [
            (U, "What's 5 feet in metres?"),
            (A, "1.524 m."),
            (U, "I meant the horse's height, 15 hands — is that the same sort of thing?"),
        ],
        "explanation of hands",
    ),
    (
        "conv-correction",
        [
            (U, "How many hours between 22:00 and 06:00?"),
            (A, "8 hours."),
            (U, "But the clocks change that night where I live; redo it."),
        ],
        "direction and place unknown",
    ),
    (
        "conv-correction",
        [
            (U, "Work out 7 x 8."),
            (A, "56."),
            (U, "Now show it the way my kid's school does, with the grid method, step by step."),
        ],
        "teaching explanation",
    ),
    (
        "conv-context",
        [
            (U, "I'm writing a murder mystery set in 1923."),
            (A, "Sounds fun!"),
            (U, "What would a loaf of bread have cost then, in shillings?"),
        ],
        "historical prices",
    ),
    (
        "conv-context",
        [
            (U, "My daughter is doing fractions homework."),
            (A, "Happy to help."),
            (U, "How should I explain why 3/4 is more than 2/3?"),
        ],
        "teaching explanation",
    ),
    (
        "conv-context",
        [
            (U, "I'm planning a surprise party for my wife's 50th."),
            (A, "Lovely."),
            (U, "Would the Friday or the Saturday before be better?"),
        ],
        "opinion, birthday unknown",
    ),
    (
        "conv-context",
        [
            (U, "Plan A is £18 a month with 30 GB, plan B is £25 unlimited."),
            (A, "Noted both plans."),
            (U, "Which would you pick for someone who streams a lot?"),
        ],
        "recommendation",
    ),
    (
        "conv-context",
        [
            (U, "I'm a student nurse revising drug calculations."),
            (A, "Good luck with the exam."),
            (U, "Is it OK to round 2.45 ml to 2.5 ml in practice?"),
        ],
        "clinical practice question",
    ),
    (
        "conv-context",
        [
            (U, "The thermostat in the lab shows 21.5."),
            (A, "OK."),
            (U, "Is that Fahrenheit or Celsius, do you think?"),
        ],
        "judgement",
    ),
    (
        "conv-context",
        [
            (U, "I got 34 out of 50 on my mock."),
            (A, "That's 68%."),
            (U, "Is that a pass at GCSE?"),
        ],
        "grade boundaries unknown",
    ),
    (
        "conv-context",
        [
            (U, "Our club meets on the second Tuesday."),
            (A, "Noted."),
            (U, "Does that clash with the council meeting?"),
        ],
        "council meeting date unknown",
    ),
    (
        "conv-context",
        [
            (U, "I'm reading a Victorian novel where a clerk earns 200 pounds a year."),
            (A, "That was a respectable income."),
            (U, "Was that a lot back then, compared to a servant?"),
        ],
        "historical wages",
    ),
]
for _fam, _turns, _note in CONV:
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
    # no register (family name) of this set is a family name of sets 19 to 143
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 143: {reused}"
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
