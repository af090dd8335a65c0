"""Generate heldout-2027-05-09.jsonl: a hundred-and-fifty-seventh held-out router evaluation set
(SEALED).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest in 25 new registers, each used by all three tools) and 200 negatives (100
ordinary, 65 near-positive single turns, 35 conversations). Expected values are computed in
code: Fraction/Decimal for money and rates, exact unit constants, datetime and zoneinfo for
dates, weekdays, ages and spans across time zones (real offsets, clock changes included).

Run: /work/main/.venv/bin/python make_heldout_157.py (from /work/sealed157). It writes the JSONL
next to itself and runs every check; --show also lists ids with expected values, --digest prints
the output's sha256.

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt (grepped for candidate names); of the
copied generator only lines 33-302, 526-586, 690-774, 1026-1033 and 1634-1857, each printed
with sed. The previous set's docstring and query sections were never viewed.
Wrote: all calculator, units, datetime and negative query sections anew in scratch files, spliced
in by line number (bottom range first) with a small Python script; a time-zone helper
(at_utc), hours_between and add_workdays in the datetime section; this docstring.
Checked: the generator's own checks (counts, plain counts, near/conversation counts, registers
unused in sets 19-156, duplicates against sets 1-156, weekdays next to dates, gradability,
byte-for-byte regeneration); a scratch scan of every query and turn, negatives included, for
contested units and month/year lengths; ruff check and ruff format with the project config,
lines at most 99 columns. Fixes made while iterating: two unit values too coarse at two
decimals, two surplus near-negatives, 31 items that repeated earlier wording (reworded).
Slips: to count and fix items I imported this module and scanned its line lengths in full
(after the splice, printing only my own items, line numbers and my own lines); a backup copy
of the original file was kept in a scratch directory, never viewed, and deleted.
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
OUT = HERE / "heldout-2027-05-09.jsonl"
PREFIX = "ho157-"
# earlier generators: sets 1-156 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 157))
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
    "make_heldout_153.py",
    "make_heldout_154.py",
    "make_heldout_155.py",
    "make_heldout_156.py",
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
calc(P, "What is 48.5% of 3,260?", pct("48.5") * 3260)
calc(P, "17 * 243 - 1,088", 17 * 243 - 1088)
calc(P, "divide 9,876 by 12", F(9876, 12))
calc(P, "(3.75 + 2.125) x 16 = ?", (dec("3.75") + dec("2.125")) * 16)
calc(P, "whats 2 to the power of 13 minus 999", 2**13 - 999)
calc(P, "Square root of 15,129?", 123)
calc(P, "seventy-two times fourteen", 72 * 14)
calc(P, "How much is 1,250 after an increase of 18%?", 1250 * (1 + pct(18)))
calc(P, "Work out seven eighths of 1,336.", F(7, 8) * 1336)
calc(P, "calculate 0.045 x 2,400", dec("0.045") * 2400)
calc(P, "What's 6.4 squared plus 3.6 squared?", dec("6.4") ** 2 + dec("3.6") ** 2)
calc(P, "add up 418, 2,097, 66 and 5,309", 418 + 2097 + 66 + 5309)
calc(P, "What is 45 divided by 8?", F(45, 8))
calc(P, "Take 35% off 14,400. What's left?", 14400 * (1 - pct(35)))
assert terminates(F(45, 8)) and 123**2 == 15129

# registers
FERRY = "ferry_purser_night_crossing"
calc(
    FERRY,
    "Night crossing tally: 214 foot passengers at £38.50, 96 cars at £142 each (driver "
    "included) and 31 cabins at £65. What's the total fare take?",
    214 * dec("38.50") + 96 * 142 + 31 * 65,
)
calc(
    FERRY,
    "purser here. bar till shows takings of £1,926.40 in all, £1,208.75 of it on card. add "
    "back the £350 float - how much physical cash should be in the drawer?",
    dec("1926.40") - dec("1208.75") + 350,
)
calc(
    "tapestry_conservation_studio_clerk",
    "Invoice for a tapestry wet-clean: 37.5 conservator hours at £68 an hour plus £412 of "
    "materials, then VAT at 20% on the lot. Total please.",
    (dec("37.5") * 68 + 412) * (1 + pct(20)),
)
calc(
    "rope_access_wind_turbine_tech",
    "We're inspecting 18 turbines with 3 blades each, and every blade takes 55 minutes on the "
    "ropes. Total rope time in minutes?",
    18 * 3 * 55,
)
calc(
    "reindeer_herding_cooperative_bookkeeper",
    "The cooperative sold 146 animals at 3,250 kronor each and paid a slaughter fee of 410 "
    "kronor per animal. What's the net in kronor?",
    146 * (3250 - 410),
)
KELP = "kelp_farm_harvest_skipper"
calc(
    KELP,
    "We hauled 12 long lines giving 340 kg of wet kelp each, and the buyer pays 0.85 euro a "
    "kilo. What's the cheque?",
    12 * 340 * dec("0.85"),
)
calc(
    KELP,
    "Crew share: €1,140 fuel comes off the €3,468 cheque, the skipper takes 40% of what's "
    "left and the other 60% is split evenly between three deckhands. How much per deckhand?",
    (3468 - 1140) * (1 - pct(40)) / 3,
)
calc(
    "ski_lift_mechanic_preseason",
    "Replacing grips on the chairlift - 124 chairs, 2 grips per chair, CHF 287.50 a grip. "
    "whats the parts bill in francs",
    124 * 2 * dec("287.50"),
)
calc(
    "dinosaur_bone_prep_lab_volunteer",
    "The plaster jacket came in at 186 kg and we've removed 97.4 kg of matrix so far. How "
    "many kilos are still in the jacket?",
    186 - dec("97.4"),
)
QUILT = "quilting_bee_fabric_buyer"
calc(
    QUILT,
    "Buying fat quarters for the bee: 28 of them at $4.75 each, less the shop's 15% guild "
    "discount. What do I pay?",
    28 * dec("4.75") * (1 - pct(15)),
)
calc(
    QUILT,
    "fourteen of us are splitting a $309.40 batting order equally, how much each?",
    dec("309.40") / 14,
)
calc(
    "orienteering_club_course_setter",
    "Legs measured off the map for the blue course: 420, 385, 610, 275, 540 and 190 metres. "
    "Add them up for me.",
    420 + 385 + 610 + 275 + 540 + 190,
)
calc(
    "model_railway_exhibition_manager",
    "Gate figures for the exhibition: 1,240 adults at £9, 610 children at £4.50 and 185 family "
    "tickets at £24. Total takings?",
    1240 * 9 + 610 * dec("4.50") + 185 * 24,
)
HURL = "hurling_club_kit_secretary"
calc(
    HURL,
    "Ordering for the under-14s: 32 jerseys at €42, 32 pairs of socks at €7.50 and 6 helmets "
    "at €65. What's the total?",
    32 * 42 + 32 * dec("7.50") + 6 * 65,
)
calc(
    HURL,
    "Our sponsor pays 35% of the €1,974 kit bill. What's left for the club to cover?",
    1974 * (1 - pct(35)),
)
NOTES = "banknote_collector_fair_dealer"
calc(
    NOTES,
    "I bought a run of 45 consecutive notes at £12.80 each and have sold 30 of them at £21 "
    "apiece. How much more have I taken than I paid out?",
    30 * 21 - 45 * dec("12.80"),
)
calc(
    NOTES,
    "The fair table costs £85 plus 6% of my sales. If I sell £2,340 worth, what do I owe the "
    "organisers?",
    85 + pct(6) * 2340,
)
calc(
    "lace_bobbin_maker_orders",
    "Order for 36 plain turned bobbins at £6.40 and 12 spangled ones at £9.85, plus £4.95 "
    "postage. Total?",
    36 * dec("6.40") + 12 * dec("9.85") + dec("4.95"),
)
calc(
    "salt_marsh_sheep_grazier",
    "The 280 ewes scanned at 165 per cent, meaning 165 lambs per 100 ewes. How many lambs?",
    280 * F(165, 100),
)
calc(
    "radio_ham_contest_logger",
    "Contest claimed score: 1,346 QSOs at 2 points each, multiplied by 87 multipliers. what "
    "do I enter?",
    1346 * 2 * 87,
)
calc(
    "meteorite_hunter_field_trip",
    "A dealer offers $2.40 a gram for my 312 g stone, minus a 12.5% fee for cutting and "
    "cataloguing. What's my net payout?",
    dec("2.40") * 312 * (1 - pct("12.5")),
)
TAT = "tattoo_studio_booking_desk"
calc(
    TAT,
    "A 5.5-hour sitting at £110 an hour, less the £150 deposit already paid. What's due on "
    "the day?",
    dec("5.5") * 110 - 150,
)
calc(
    TAT,
    "the artist gets 60% of the studio's £8,740 week and the studio keeps the rest. artist's cut?",
    8740 * pct(60),
)
calc(
    "horse_farrier_round_planner",
    "My round: 9 full sets at £115, 14 trims at £35 and 3 remedial sets at £160. What's that "
    "come to?",
    9 * 115 + 14 * 35 + 3 * 160,
)
calc(
    "mosaic_tile_restorer_chapel",
    "The chapel panel needs 96 rows of 148 tesserae and we've salvaged 9,860. How many more "
    "do we have to cut?",
    96 * 148 - 9860,
)
calc(
    "shipwright_apprentice_dory_build",
    "Timber and fixings for the dory: 14 planks at $38.60, 6 frames at $22.25 and $186.40 of "
    "copper rivets. Total?",
    14 * dec("38.60") + 6 * dec("22.25") + dec("186.40"),
)
calc(
    "pigeon_racing_loft_secretary",
    "Entries for Saturday: 48 birds at £2.50 each plus £1 pool money on 31 of them. How much "
    "did I collect?",
    48 * dec("2.50") + 31,
)
calc(
    "stained_glass_kiln_firing_log",
    "Each firing uses 14 kWh and electricity is 27.5p per kWh. What do 12 firings cost in pounds?",
    14 * 12 * dec("0.275"),
)
calc(
    "fjord_cruise_shore_excursion_desk",
    "Kayak excursion: 23 passengers at 1,150 NOK each, and the operator keeps 82%. What's the "
    "ship's share in NOK?",
    23 * 1150 * (1 - pct(82)),
)
calc(
    "harpsichord_restorer",
    "Re-quilling 183 jacks at 2 minutes 40 seconds each - how many minutes altogether?",
    183 * (2 + F(40, 60)),
)
calc(
    "subtitle_timing_freelancer",
    "I charge $3.20 per runtime minute; the documentary is 94 minutes and there's a 25% rush "
    "fee on top. Invoice total?",
    dec("3.20") * 94 * (1 + pct(25)),
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
unit_r(P, "convert 26.2 miles into kilometres please", dec("26.2") * MI / 1000)
unit_r(P, "What is 83.5 kg in pounds?", dec("83.5") / LB)
unit(P, "Convert 365 degrees Fahrenheit to Celsius.", f_to_c(365), EXACT)
unit_r(P, "How many feet are there in 2,750 metres?", 2750 / FT)
unit(P, "my son is 5 ft 11 in now - what is that in centimetres?", 71 * IN * 100, EXACT)
unit_r(P, "the studio flat is listed as 42 square metres, how many square feet is that", 42 / SQFT)
unit_r(P, "What's 67 mph in km/h?", 67 * MPH / KMH)
unit(P, "the log archive is 3.2 GiB; express that in MiB", dec("3.2") * GIB / MIB, EXACT)
unit(P, "How many litres are in 2.75 cubic metres?", dec("2.75") * 1000, EXACT)
unit_r(P, "13 stone 9 pounds in kilograms?", (13 * 14 + 9) * LB)
unit(P, "Convert 4.6 litres to millilitres.", dec("4.6") * 1000, EXACT)
unit(P, "Turn 1,500 yards into metres for me.", 1500 * YD, EXACT)
unit(P, "What is 9,000 kJ in kilowatt-hours?", F(9000, 3600), EXACT)
unit_r(P, "45 psi in bar?", 45 * PSI / BAR)

# registers
unit_r(FERRY, "The car deck is 168 metres long. How long is that in feet?", 168 / FT)
unit_r(
    "tapestry_conservation_studio_clerk",
    "The tapestry measures 4.2 m by 3.1 m. What is its area in square feet?",
    dec("4.2") * dec("3.1") / SQFT,
)
ROPE = "rope_access_wind_turbine_tech"
unit_r(
    ROPE,
    "Our anchor slings are rated at 22 kN. What is that in pounds-force (standard gravity)?",
    22000 / (LB * G0),
)
unit_r(ROPE, "rope work stops at 23 mph of wind - convert that to km/h", 23 * MPH / KMH)
unit_r(
    "reindeer_herding_cooperative_bookkeeper",
    "A big bull weighed in at 182 kg. What's that in pounds?",
    182 / LB,
)
unit_r(KELP, "The lease covers 6.5 hectares; how many acres is that?", dec("6.5") * 10000 / ACRE)
SKI = "ski_lift_mechanic_preseason"
unit_r(
    SKI,
    "Tensioning cylinder reads 48 bar. What's that in psi?",
    48 * BAR / PSI,
)
unit_r(SKI, "chair spacing on the old lift is 62 feet, in metres?", 62 * FT)
unit_r(
    "dinosaur_bone_prep_lab_volunteer",
    "The femur we're prepping is 1.38 m long. How many inches is that?",
    dec("1.38") / IN,
)
unit(
    QUILT,
    "The quilt top is 90 inches on each side. What's one side in centimetres?",
    90 * IN * 100,
    EXACT,
)
unit_r(
    "orienteering_club_course_setter",
    "The long course is 9.7 km. Give it to me in miles.",
    dec("9.7") * 1000 / MI,
)
unit_r(
    "model_railway_exhibition_manager",
    "Our OO gauge layout runs 14 feet 6 inches. How many metres is that?",
    (14 * 12 + 6) * IN,
)
unit_r(HURL, "A hurley weighs 17 ounces (weight). How many grams?", 17 * OZ * 1000)
unit_r(
    NOTES,
    "A bundle of notes weighs 1.1 kg - how many ounces of weight is that?",
    dec("1.1") / OZ,
)
unit(
    "lace_bobbin_maker_orders",
    "A lace pillow is 18 inches across. In cm?",
    18 * IN * 100,
    EXACT,
)
MARSH = "salt_marsh_sheep_grazier"
unit_r(MARSH, "The marsh grazing is 212 acres. How many hectares?", 212 * ACRE / 10000)
unit_r(MARSH, "a ewe weighed 11 stone 4 pounds; kilos?", (11 * 14 + 4) * LB)
unit_r(
    "radio_ham_contest_logger",
    "My dipole is 66 feet end to end. What's that in metres?",
    66 * FT,
)
MET = "meteorite_hunter_field_trip"
unit_r(MET, "The stone weighed 312 grams. How many ounces (weight) is it?", F(312, 1000) / OZ)
unit_r(MET, "The strewn field is 3.4 miles long; how many kilometres?", dec("3.4") * MI / 1000)
unit(
    TAT,
    "Our autoclave runs at 121 °C. What's that in Fahrenheit?",
    c_to_f(121),
    EXACT,
)
unit(
    "horse_farrier_round_planner",
    "The forge sits at about 1,250 degrees C. Convert 1,250 °C to °F.",
    c_to_f(1250),
    EXACT,
)
unit_r(
    "mosaic_tile_restorer_chapel",
    "The chapel floor is 58 square yards. How many square metres is that?",
    58 * SQYD,
)
DORY = "shipwright_apprentice_dory_build"
unit_r(DORY, "The dory is 19 ft 6 in overall - metres please", (19 * 12 + 6) * IN)
unit_r(DORY, "We need 1.5 cubic metres of oak. How many cubic feet is that?", dec("1.5") / CUFT)
GLASS = "stained_glass_kiln_firing_log"
unit_r(GLASS, "Full fuse is at 1,480 °F. What is that in Celsius?", f_to_c(1480))
unit_r(
    GLASS,
    "The window panel is 28 by 64 inches. Area in square centimetres?",
    28 * 64 * IN * IN * 10000,
)
unit_r(
    "pigeon_racing_loft_secretary",
    "My hen averaged 1,420 yards per minute. What's that in km/h?",
    1420 * YD * 60 / 1000,
)
unit(
    "fjord_cruise_shore_excursion_desk",
    "We cruise up the fjord at 18 knots (1 knot = 1.852 km/h). What is that in km/h?",
    18 * dec("1.852"),
    EXACT,
)
unit_r(
    "harpsichord_restorer",
    "The longest bass string is 1,720 mm. How many inches?",
    F(1720, 1000) / IN,
)
unit(
    "subtitle_timing_freelancer",
    "The master file is 4.7 GiB. How many MiB is that?",
    dec("4.7") * GIB / MIB,
    EXACT,
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


def at_utc(y, mo, d, h, mi, zone):
    """A local clock time in a named zone, as an aware UTC datetime (real offsets via zoneinfo)."""
    return DT(y, mo, d, h, mi, tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def hours_between(a, b):
    return F(int((b - a).total_seconds()), 3600)


def add_workdays(start, n):
    """The n-th Monday-to-Friday day counting start as day 1 (start must be a weekday)."""
    assert start.weekday() < SAT
    d, k = start, 1
    while k < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            k += 1
    return d


assert add_workdays(D(2030, 3, 4), 6) == D(2030, 3, 11)

# plain one-line questions
date_item(P, "What date is 100 days after 14 March 2028?", D(2028, 3, 14) + TD(days=100))
date_item(
    P,
    "Count the days from 3 January 2029 to 19 August 2029.",
    days(D(2029, 1, 3), D(2029, 8, 19)),
)
date_item(P, "What day of the week was 22 November 1963?", weekday(D(1963, 11, 22)))
date_item(P, "date six weeks before 2 October 2027", D(2027, 10, 2) - TD(weeks=6))
date_item(
    P,
    "how many whole weeks separate 5 April 2027 and 28 June 2027",
    weeks(D(2027, 4, 5), D(2027, 6, 28)),
)
date_item(P, "What weekday is 1 January 2031?", weekday(D(2031, 1, 1)))
date_item(
    P,
    "Someone born on 30 June 1988 - how old are they on 15 May 2027?",
    age(D(1988, 6, 30), D(2027, 5, 15)),
)
date_item(P, "add 250 days to 10 August 2026", D(2026, 8, 10) + TD(days=250))
date_item(P, "How many minutes is it from 07:40 to 16:15?", clock_span("07:40", "16:15", 60))
date_item(P, "What date falls 45 days before 12 February 2030?", D(2030, 2, 12) - TD(days=45))
date_item(
    P,
    "How many days from July 4, 2027 to December 25, 2027?",
    days(D(2027, 7, 4), D(2027, 12, 25)),
)
date_item(P, "Which day of the week is 29 February 2032?", weekday(D(2032, 2, 29)))
date_item(P, "What is the date 1000 days after 1 May 2027?", D(2027, 5, 1) + TD(days=1000))
date_item(P, "minutes between 23:20 and 01:05 the next day?", clock_span("23:20", "01:05", 60))

# registers
dep = at_utc(2027, 3, 27, 23, 0, "Europe/London")
arr = at_utc(2027, 3, 28, 8, 0, "Europe/Amsterdam")
date_item(
    FERRY,
    f"The night boat leaves Harwich at 23:00 UK time on {sayw(D(2027, 3, 27))} and docks at "
    "Hook of Holland at 08:00 Dutch time the next morning. How many hours is the crossing?",
    hours_between(dep, arr),
)
assert hours_between(dep, arr) == 7  # both countries' clocks go forward that night
date_item(
    "tapestry_conservation_studio_clerk",
    "A loaned tapestry goes up on 3 June 2027 and may hang for 84 days, counting 3 June as "
    "day 1. What date is its last day on the wall?",
    D(2027, 6, 3) + TD(days=83),
)
date_item(
    "rope_access_wind_turbine_tech",
    f"Blade inspections start on {sayw(D(2027, 9, 6))} and need 19 working days, Monday to "
    "Friday only, with the first day counted as day 1 and no holidays. Which date is the "
    "last day?",
    add_workdays(D(2027, 9, 6), 19),
)
REIN = "reindeer_herding_cooperative_bookkeeper"
date_item(
    REIN,
    "Calf marking begins on 21 June 2027 and the autumn round-up is 97 days after that. What "
    "date is the round-up?",
    D(2027, 6, 21) + TD(days=97),
)
date_item(
    REIN,
    "Our oldest herder was born on 2 February 1961. How old will he be on 1 December 2027?",
    age(D(1961, 2, 2), D(2027, 12, 1)),
)
date_item(
    KELP,
    "seed lines went out on 14 October 2026 and we harvest 168 days later. what date is harvest?",
    D(2026, 10, 14) + TD(days=168),
)
date_item(
    "ski_lift_mechanic_preseason",
    "The lift opens on 18 December 2027 and the rope inspection has to happen 40 days "
    "before that. What day of the week is the inspection?",
    weekday(D(2027, 12, 18) - TD(days=40)),
)
date_item(
    "dinosaur_bone_prep_lab_volunteer",
    "The specimen was collected on 11 August 2019 and prep was finished on 30 April 2027. "
    "How many days is that?",
    days(D(2019, 8, 11), D(2027, 4, 30)),
)
date_item(
    QUILT,
    "Our bee meets every 3 weeks, first meeting on 9 January 2028. What's the date of the "
    "8th meeting?",
    D(2028, 1, 9) + TD(weeks=3 * 7),
)
date_item(
    "orienteering_club_course_setter",
    "The regional championships are on 16 April 2028. Which day of the week is that?",
    weekday(D(2028, 4, 16)),
)
RAIL = "model_railway_exhibition_manager"
date_item(
    RAIL,
    "We start packing the layout at 17:30 and the hall has to be empty by 21:15. How many "
    "minutes do we have?",
    clock_span("17:30", "21:15", 60),
)
date_item(
    RAIL,
    "The exhibition is on 12 November 2027 and trader bookings close 6 weeks before it. "
    "Closing date?",
    D(2027, 11, 12) - TD(weeks=6),
)
date_item(
    HURL,
    "Club registrations close on 31 March 2028. If I send ours in on 17 February 2028, how "
    "many days early is that?",
    days(D(2028, 2, 17), D(2028, 3, 31)),
)
date_item(
    NOTES,
    "The paper money fair is held on the second Saturday of September 2027. What's the date?",
    nth_weekday(2027, 9, SAT, 2),
)
date_item(
    "lace_bobbin_maker_orders",
    "Order came in on 25 May 2027; turning takes 33 days and the post takes 4 more. When "
    "does it arrive?",
    D(2027, 5, 25) + TD(days=37),
)
date_item(
    "salt_marsh_sheep_grazier",
    "tups go in on 5 November 2027. with a 147 day gestation, on what date do we expect the "
    "first lambs?",
    D(2027, 11, 5) + TD(days=147),
)
HAM = "radio_ham_contest_logger"
akl = at_utc(2028, 1, 2, 9, 30, "Pacific/Auckland")
date_item(
    HAM,
    "I logged a contact at 09:30 on 2 January 2028, Auckland time. What was the date in "
    "Honolulu at that moment?",
    akl.astimezone(ZoneInfo("Pacific/Honolulu")).date(),
)
a = at_utc(2028, 3, 25, 19, 0, "America/Chicago")
b = at_utc(2028, 3, 27, 3, 0, "Europe/London")
date_item(
    HAM,
    "I went on the air from Chicago at 19:00 Chicago time on 25 March 2028 and a friend in "
    "London says I stopped at 03:00 London time on 27 March 2028. How many hours was I on "
    "the air?",
    hours_between(a, b),
)
assert hours_between(a, b) == 26  # London's clocks go forward on 26 March 2028
perth = at_utc(2027, 10, 31, 5, 20, "Australia/Perth")
date_item(
    MET,
    "The fireball was seen at 05:20 on 31 October 2027 in Perth, Western Australia. What "
    "was the date in London at that instant?",
    perth.astimezone(ZoneInfo("Europe/London")).date(),
)
date_item(
    TAT,
    "The healing gap between sessions is 24 days. First session was 15 January 2028, so "
    "what's the earliest date for the next one?",
    D(2028, 1, 15) + TD(days=24),
)
FARR = "horse_farrier_round_planner"
date_item(
    FARR,
    f"She was last shod on {sayw(D(2027, 5, 4))} and goes every six weeks. When is she due next?",
    D(2027, 5, 4) + TD(weeks=6),
)
date_item(
    FARR,
    "The mare was foaled on 22 April 2009. How old is she on 10 March 2028?",
    age(D(2009, 4, 22), D(2028, 3, 10)),
)
date_item(
    "mosaic_tile_restorer_chapel",
    "Our contract runs from 1 March 2027 to 31 October 2027, both days included. How many "
    "days is that?",
    days(D(2027, 3, 1), D(2027, 10, 31)) + 1,
)
date_item(
    DORY,
    "Launch is set for 17 June 2028. How many weeks is that after 4 March 2028?",
    weeks(D(2028, 3, 4), D(2028, 6, 17)),
)
date_item(
    GLASS,
    "Annealing starts at 22:40 and the controller switches off at 06:10. How many hours is that?",
    clock_span("22:40", "06:10", 3600),
)
lib = at_utc(2027, 6, 12, 7, 30, "Europe/Madrid")
clk = at_utc(2027, 6, 12, 19, 6, "Europe/London")
date_item(
    "pigeon_racing_loft_secretary",
    "The birds were liberated in Barcelona at 07:30 local time on 12 June 2027 and my first "
    "bird clocked in at my Manchester loft at 19:06 UK time the same day. How many minutes "
    "was she flying?",
    F(int((clk - lib).total_seconds()), 60),
)
FJORD = "fjord_cruise_shore_excursion_desk"
date_item(
    FJORD,
    f"We sail from Bergen on {sayw(D(2027, 6, 10))} and the Geiranger shore day is 4 days "
    "later. What day of the week is the shore day?",
    weekday(D(2027, 6, 14)),
)
date_item(
    FJORD,
    "The cruise leaves on 10 June 2027 and comes back after 12 nights. What's the return date?",
    D(2027, 6, 10) + TD(days=12),
)
date_item(
    "harpsichord_restorer",
    "The client collects on 3 September 2027 and the soundboard work needs 11 weeks. What's "
    "the latest date I can start?",
    D(2027, 9, 3) - TD(weeks=11),
)
SUB = "subtitle_timing_freelancer"
got = at_utc(2027, 5, 11, 16, 0, "Europe/Lisbon")
due = at_utc(2027, 5, 14, 10, 0, "America/Los_Angeles")
date_item(
    SUB,
    "I get the files at 16:00 Lisbon time on 11 May 2027 and delivery is due at 10:00 Los "
    "Angeles time on 14 May 2027. How many hours do I have?",
    hours_between(got, due),
)
date_item(
    SUB,
    "the broadcaster wants subtitles delivered 21 days before the 2 August 2027 premiere. "
    "delivery date?",
    D(2027, 8, 2) - TD(days=21),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: need the language model, no single exact answer from a tool
neg("write", "Write a short toast for my parents' 40th wedding anniversary.")
neg("write", "draft a polite email asking my landlord to fix the boiler before the weekend")
neg("write", "Can you write a limerick about a ferry that is always late?")
neg("write", "Give me three opening lines for a cosy mystery set in a bell tower.")
neg("write", "Write a product description for a hand-turned wooden lace bobbin.")
neg("write", "compose a haiku about frost on a canal boat roof")
neg("write", "Help me write a resignation letter that stays on good terms.")
neg("write", "Write a two-paragraph bio for a wedding photographer's website.")
neg("write", "Could you write a bedtime story about a reindeer who is scared of snow?")
neg("write", "I need a catchy slogan for a community bike repair café.")
neg("explain", "Why do leap years exist, and why is 1900 not one?")
neg("explain", "Explain how a pendulum clock keeps time.")
neg("explain", "what's the difference between weather and climate")
neg("explain", "How does compound interest differ from simple interest, in plain words?")
neg("explain", "Why does a frozen pond freeze from the top down rather than the bottom up?")
neg("explain", "Explain what a p-value tells you and what it doesn't.")
neg("explain", "My noise-cancelling earbuds hiss on planes. Why would that be?")
neg("explain", "why do we have time zones at all")
neg("explain", "What makes sourdough rise without commercial yeast?")
neg("explain", "Explain the offside rule in football to a complete beginner.")
neg("explain", "How is a tide table predicted so far ahead?")
neg("explain", "What does a kiln's 'soak' stage do to glass?")
neg("advice", "How do I tell my flatmate he keeps leaving the heating on without a row?")
neg("advice", "My sourdough starter smells like nail varnish. Is it ruined?")
neg("advice", "What should I pack for a week of hiking in the Scottish Highlands in May?")
neg("advice", "how do i get my toddler to sleep past 5am")
neg("advice", "Any tips for a first job interview at a bank?")
neg("advice", "Should I learn to play the ukulele or the guitar first?")
neg("advice", "What's a good way to memorise the periodic table?")
neg("advice", "How can I stop procrastinating on my thesis?")
neg("advice", "What are good houseplants for a north-facing flat?")
neg("advice", "I'm nervous about driving on motorways. How do I build confidence?")
neg("advice", "how should i store homemade jam so it keeps")
neg("advice", "What's the kindest way to rehome an elderly cat?")
neg("opinion", "Is it worth learning Latin these days?")
neg("opinion", "What's the best Beatles album and why?")
neg("opinion", "Are electric cars really better for the environment?")
neg("opinion", "which is the better pet, a rabbit or a guinea pig")
neg("opinion", "Do you think remote work is here to stay?")
neg("opinion", "Is Moby-Dick worth finishing if I'm bored by chapter 30?")
neg("opinion", "Tea or coffee for a long night shift?")
neg("trivia", "Which painter is associated with Flatford Mill, and why is it famous?")
neg("trivia", "What led to the opening of the Berlin Wall checkpoints in 1989?")
neg("trivia", "What is life like in the Mongolian capital during winter?")
neg("trivia", "who wrote the novel Middlemarch")
neg("trivia", "Which planet has the most moons known so far?")
neg("trivia", "In what year did the Titanic sink?")
neg("trivia", "What's the longest river in Africa?")
neg("trivia", "Tell me about the first woman to win two Nobel Prizes.")
neg("trivia", "Which route up Kilimanjaro is best for avoiding altitude sickness?")
neg("trivia", "Why does Brazil speak Portuguese when its neighbours speak Spanish?")
neg("trivia", "When was the first Glastonbury festival held?")
neg("translate", "Translate 'where is the nearest pharmacy?' into Spanish.")
neg("translate", "How do you say 'happy birthday' in Welsh?")
neg("translate", "what does 'Feierabend' mean in German")
neg("translate", "Translate this into French: the meeting has moved to Thursday afternoon.")
neg("translate", "Is 'gracias' or 'de nada' the right reply when someone thanks me?")
neg(
    "code",
    "Write a Python function that returns the longest word in a sentence, ignoring punctuation.",
)
neg("code", "How do I reverse a list in JavaScript without mutating it?")
neg("code", "Explain what a SQL LEFT JOIN does with an example.")
neg("code", "write a bash one-liner that counts the lines in every .txt file in a folder")
neg("code", "Why does my Python loop print the same value every time in a closure?")
neg("code", "When would a team prefer squash merges over ordinary merge commits?")
neg("code", "Give me a regular expression that matches a UK postcode.")
neg("code", "How do I centre a div horizontally and vertically in CSS?")
neg("summarise", "Summarise the plot of Pride and Prejudice in three sentences.")
neg("summarise", "Give me the main arguments for and against a four-day working week.")
neg("summarise", "What were the main causes of the First World War?")
neg("summarise", "Summarise what photosynthesis is for a ten-year-old.")
neg("recommend", "Recommend a few board games for four adults who like strategy.")
neg("recommend", "Suggest a novel for someone who loved The Remains of the Day.")
neg("recommend", "what podcasts are good for learning about ancient history")
neg("recommend", "Can you suggest a vegetarian dish to impress my in-laws?")
neg("recommend", "Recommend some stretches for a stiff lower back after cycling.")
neg("recommend", "What are some good names for a black-and-white sheepdog puppy?")
neg("creative", "Invent a fictional island and describe its three strangest customs.")
neg("creative", "Give me five riddles suitable for a school quiz.")
neg("creative", "Come up with a theme for a village fête this summer.")
neg("creative", "Describe a sunset over a salt marsh in the style of a Victorian novelist.")
neg("creative", "Make up a tongue-twister about a pigeon and a parcel.")
neg("health", "Is it normal to feel dizzy after giving blood?")
neg("health", "What are the early signs of dehydration in older people?")
neg("health", "How much sleep do teenagers actually need, and why?")
neg("health", "my knee clicks when i climb stairs, should i worry?")
neg("legal", "Can my employer make me work on a bank holiday in England?")
neg("legal", "What happens if I die without a will in Scotland?")
neg("legal", "Do I need planning permission for a garden shed?")
neg("language", "Is it 'complement' or 'compliment' when a wine goes well with cheese?")
neg("language", "Is it 'fewer' or 'less' with the word 'people'?")
neg("language", "Give me a synonym for 'meticulous' that sounds less formal.")
neg("language", "Why is the 'w' silent in 'sword' but not in 'swore'?")
neg("language", "Correct the grammar: me and him was going to the shop yesterday.")
neg("history", "Why did the Romans build Hadrian's Wall?")
neg("history", "What was daily life like for a lighthouse keeper in the 1800s?")
neg("history", "How did sailors navigate before GPS?")
neg("science", "Why do mountains look blue from a long way off?")
neg("science", "How do swifts manage to sleep while flying?")
neg("science", "What would happen if the Moon disappeared?")
neg("science", "Why does my cat knead the blanket before lying down?")
neg("chat", "I had a really rough day at work. Can we just talk for a bit?")

# near-negatives: look like the positives but need the language model
neg("near-identifier", "Is 0161 496 0732 a Manchester number?", "phone number")
neg("near-identifier", "What does 6204-2RS on a bearing mean?", "part number")
neg("near-identifier", "My boiler shows error code F28 - what does that mean?", "fault code")
neg(
    "near-identifier",
    "Is Python 3.10 newer than Python 3.9, or older?",
    "version numbers are not decimals",
)
neg("near-identifier", "what does the 205/55 R16 91V on my tyre mean", "tyre size code")
neg("near-identifier", "What does 'ISO 9001:2015' refer to?", "standard identifier")
neg("near-identifier", "Which road is the M6 toll, and where does it run?", "road number")
neg("near-identifier", "Is flight BA 117 a morning or evening departure?", "flight number")
neg("near-identifier", "What does the 18/8 stamp on my stainless steel pan mean?", "alloy code")
neg("near-identifier", "My bank card ends 4417, is that a Visa?", "card digits")
neg("near-score", "We lost 2-3 after extra time. Did we play well?", "score, opinion")
neg("near-score", "Is a 7.5 in IELTS good enough for a UK master's?", "test score meaning")
neg("near-score", "I got 1450 on the SAT - is that competitive for Ivy League?", "score meaning")
neg("near-score", "Our pub quiz team scored 38 out of 50. Is that decent?", "score opinion")
neg("near-score", "My cholesterol is 5.8 mmol/L. Is that high?", "reading meaning")
neg("near-score", "resting heart rate of 48, is that healthy for a man of forty", "reading")
neg("near-score", "An 8.2 magnitude quake - how bad is that usually?", "scale meaning")
neg("near-score", "What does a UV index of 9 mean for going out at midday?", "index meaning")
neg("near-estimate", "Roughly how many litres of paint for a three-bedroom house?", "estimate")
neg("near-estimate", "About how long does it take to walk from London to Brighton?", "estimate")
neg("near-estimate", "Roughly how many pages would a 90,000-word history thesis run to?", "guess")
neg("near-estimate", "how many people fit in Wembley Stadium roughly", "fact recall")
neg("near-estimate", "Guess how many jelly beans fit in a 2 litre jar.", "estimate")
neg("near-estimate", "What would a 12 kg bag of dog food cost at a supermarket?", "price unknown")
neg("near-estimate", "How many kWh does a typical UK home use a day?", "estimate")
neg("near-estimate", "About how many steps are in 5 km of walking?", "depends on stride")
neg(
    "near-missing",
    "What will my gas and electricity direct debit be after the spring price change?",
    "missing facts",
)
neg("near-missing", "What's the exchange rate of pounds to euros?", "live rate not given")
neg("near-missing", "how many days until my next dentist appointment", "date not given")
neg("near-missing", "What will I pay in tax on a £42,000 salary?", "tax rules and year")
neg("near-missing", "How much is 15% of my rent?", "rent not stated")
neg("near-missing", "When does my passport expire?", "no data")
neg("near-missing", "How far is the ferry terminal from my hotel in km?", "places unknown")
neg("near-missing", "What time does the last train to Leeds leave?", "timetable")
neg("near-missing", "How many days of annual leave do I have left?", "no data")
neg("near-missing", "What's the price of gold per ounce at the moment?", "live price")
neg("near-notation", "In my notes ^ means XOR. What is 6 ^ 3?", "redefined operator")
neg("near-notation", "If a = 1, b = 2 and so on, what number does 'kelp' spell?", "cipher")
neg("near-notation", "Why do programmers write 31 as 0x1F?", "hex notation explained")
neg(
    "near-notation",
    "Why do film credits use Roman numerals like MMXXVII for the year?",
    "numeral system",
)
neg("near-notation", "In sheet music, what does a 3/4 time signature mean?", "not a fraction")
neg("near-notation", "what does 3d6 mean in a tabletop game", "dice notation")
neg("near-notation", "What does 1.e4 c5 mean in chess notation?", "chess notation")
neg("near-notation", "In a crochet chart, what does 'dc2tog' tell me to do?", "abbreviation")
neg("near-meaning", "My recipe says 180 fan. What does 'fan' mean?", "oven wording")
neg("near-meaning", "Why is a marathon 42.195 km and not a round number?", "history")
neg("near-meaning", "The forecast says 70% chance of rain. What does that really mean?", "meaning")
neg("near-meaning", "Why do some speed limit signs say 20 and others 30 in towns?", "policy")
neg("near-meaning", "What does APR 22.9% on a credit card really mean for me?", "explanation")
neg("near-meaning", "Why do ships measure speed in knots?", "history")
neg("near-meaning", "Is 37.8 °C a fever in a toddler?", "medical threshold")
neg("near-meaning", "Why does February have 28 days?", "history")
neg("near-code", "Write a Python function that converts kilometres to miles.", "code to write")
neg("near-code", "Write JavaScript to count the days between two dates.", "code to write")
neg("near-code", "In Excel, how do I add 30 days to a date in cell A2?", "spreadsheet how-to")
neg("near-code", "write SQL to total order amounts per customer for March 2027", "code")
neg(
    "near-code",
    "How do I round 2.675 to 2 decimals in JavaScript without float surprises?",
    "code how-to",
)
neg(
    "near-code",
    "How do I show 1234567.891 with thousands separators and a pound sign in a Jinja template?",
    "code how-to",
)
neg("near-opinion", "Is £2,400 a fair price for a second-hand sea kayak?", "opinion")
neg("near-opinion", "Should I take the £38,000 job or the £34,000 one closer to home?", "advice")
neg("near-opinion", "Is 15% a good tip in a London restaurant?", "custom")
neg("near-opinion", "is 62 too early to retire", "advice")
neg("near-opinion", "Is a 4.5% mortgage rate good right now?", "opinion, live data")
neg("near-opinion", "Is 10,000 steps a day really necessary?", "evidence question")
neg("near-opinion", "Would 3 weeks be enough to see New Zealand properly?", "travel advice")

# conversations: an earlier turn changes what the last question means
conv(
    "conv-base",
    [
        (U, "Quick rule for this chat: read every number I type as octal, base 8."),
        (A, "Understood - I'll read your numbers as octal."),
        (U, "right, then what's 17 + 5 and 21 + 3?"),
    ],
    "octal redefines the digits",
)
conv(
    "conv-notation",
    [
        (U, "In my puzzle, x joins two numbers side by side, so 2 x 3 is 23."),
        (A, "Got it: x is concatenation here."),
        (U, "So what's 12 x 34?"),
    ],
    "x redefined as concatenation",
)
conv(
    "conv-fiction",
    [
        (U, "In my novel the year has thirteen moons of 28 days, starting with Frostmoon."),
        (A, "Lovely. So 364 days plus a festival day?"),
        (U, "No festival day. Which moon is the 100th day of the year in?"),
    ],
    "invented calendar",
)
conv(
    "conv-darts",
    [
        (U, "Pub darts tonight, 501 with a double to finish."),
        (A, "Classic. How are you getting on?"),
        (U, "I'm on 87 with three darts in hand. How should I go out?"),
    ],
    "darts rules",
)
conv(
    "conv-missing",
    [
        (U, "I scored 34 out of 50 on my theory test."),
        (A, "That's 68%."),
        (U, "Is that enough to pass?"),
    ],
    "pass mark not stated",
)
conv(
    "conv-version",
    [
        (U, "We're running version 2.14.3 of the library in production."),
        (A, "OK, noted."),
        (U, "Is 2.9 newer than what we have?"),
    ],
    "version ordering, not decimals",
)
conv(
    "conv-explain",
    [
        (U, "Convert a 30 km sportive into miles for my American friend."),
        (A, "30 km is about 18.64 miles."),
        (U, "why isn't a kilometre some neat fraction of a mile?"),
    ],
    "explanation follow-up",
)
conv(
    "conv-advice",
    [
        (U, "How many days from 1 March 2027 to 4 July 2027?"),
        (A, "125 days."),
        (U, "What's a fun way to count that down with my kids?"),
    ],
    "advice follow-up",
)
conv(
    "conv-custom",
    [
        (U, "What's 15% of an 80 dollar dinner bill?"),
        (A, "12."),
        (U, "And would leaving that much on the table offend a waiter in Osaka?"),
    ],
    "cultural question",
)
conv(
    "conv-puzzle",
    [
        (U, "Cryptarithm: SEND + MORE = MONEY, each letter a different digit."),
        (A, "A classic! Want a hint or the answer?"),
        (U, "just tell me what M is and why"),
    ],
    "puzzle reasoning",
)
conv(
    "conv-decimal-time",
    [
        (U, "Let's use French decimal time: 10 hours a day, 100 minutes an hour."),
        (A, "Sure, revolutionary time it is."),
        (U, "What is 18:00 then?"),
    ],
    "redefined clock",
)
conv(
    "conv-chess",
    [
        (U, "I'm white. We've played 1.e4 e5 2.Nf3."),
        (A, "The King's Knight opening."),
        (U, "If black plays Nc6, what's my best plan?"),
    ],
    "chess analysis",
)
conv(
    "conv-story",
    [
        (U, "Mystery plot: the library clock stopped at 10:40 and the butler left at 10:15."),
        (A, "So the clock stopped after he left?"),
        (U, "Right - so who could have stopped it?"),
    ],
    "story reasoning",
)
conv(
    "conv-oddoneout",
    [
        (U, "Part codes on the shelf: KX-204, KX-208, KX-216, KX-232, KX-250."),
        (A, "Looks like a series. Anything you need?"),
        (U, "Which one is the odd one out?"),
    ],
    "pattern reasoning",
)
conv(
    "conv-scrabble",
    [
        (U, "My Scrabble rack is Q, I, Z, A, R, E, T."),
        (A, "Nice letters. Any premium squares open?"),
        (U, "A triple word on the edge. What should I play?"),
    ],
    "game judgement",
)
conv(
    "conv-rewrite",
    [
        (U, "Write a haiku about winter ferries."),
        (A, "Grey deck, gulls asleep / the night boat hums to itself / harbour lights go out"),
        (U, "Now make it seven lines and rhyme."),
    ],
    "creative rewrite",
)
conv(
    "conv-hydration",
    [
        (U, "My dough is 500 g strong flour and 350 g water."),
        (A, "That's 70% hydration."),
        (U, "Is that too wet for a first loaf?"),
    ],
    "baking advice",
)
conv(
    "conv-summary",
    [
        (U, "Board minutes: costs rose 12%, two suppliers are late, and the lease ends soon."),
        (A, "Noted. Would you like a summary?"),
        (U, "Which of those is the biggest risk?"),
    ],
    "judgement over text",
)
conv(
    "conv-translate",
    [
        (U, "Translate 'the tram leaves at quarter past eight' into German."),
        (A, "Die Strassenbahn fährt um Viertel nach acht ab."),
        (U, "would a Bernese speaker say that differently?"),
    ],
    "dialect question",
)
conv(
    "conv-meta",
    [
        (U, "My numbers: 14 hives, 38 frames, 3 queens."),
        (A, "Noted - 14 hives, 38 frames and 3 queens."),
        (U, "Which of those figures should worry me most?"),
    ],
    "beekeeping judgement",
)
conv(
    "conv-documents",
    [
        (U, "My passport was issued 3 March 2019 and my visa 10 June 2024."),
        (A, "Got both dates."),
        (U, "Which should I renew first?"),
    ],
    "validity rules not given",
)
conv(
    "conv-24game",
    [
        (U, "Game of 24: make 24 from 3, 3, 8, 8 using + - x /."),
        (A, "8 / (3 - 8/3) = 24."),
        (U, "is there any other way?"),
    ],
    "puzzle search",
)
conv(
    "conv-roleplay",
    [
        (U, "Pretend you're a baker in 1850s London and I'm a customer."),
        (A, "Morning, sir! Fresh loaves just out."),
        (U, "How much for two loaves and a bun?"),
    ],
    "fictional prices",
)
conv(
    "conv-debug",
    [
        (U, "My code does total = price * qty with price = 0.1 and qty = 3."),
        (A, "What does it print?"),
        (U, "0.30000000000000004. Why, and how do I fix it?"),
    ],
    "code explanation",
)
conv(
    "conv-music",
    [
        (U, "The song is 120 bpm in 6/8 with a four-bar intro."),
        (A, "Got it."),
        (U, "How should the drummer count it in?"),
    ],
    "music practice",
)
conv(
    "conv-travel",
    [
        (U, "I have three days in Rome: Friday, Saturday and Sunday."),
        (A, "Great - what do you want to see?"),
        (U, "Vatican, Colosseum, Trastevere. Which day for which?"),
    ],
    "planning judgement",
)
conv(
    "conv-football",
    [
        (U, "First leg: we won 2-1 away."),
        (A, "Good result."),
        (U, "What happens if they win 1-0 at our place?"),
    ],
    "competition rules",
)
conv(
    "conv-unit",
    [
        (U, "In this chat give every distance in versts, the old Russian unit."),
        (A, "Alright, versts it is."),
        (U, "So how far is 10 kilometres?"),
    ],
    "unusual unit requested by context",
)
conv(
    "conv-medicine",
    [
        (U, "The label says 5 ml every 6 hours, no more than 4 doses in 24 hours."),
        (A, "Understood."),
        (U, "I gave one at 2pm and another at 6pm. Was that okay?"),
    ],
    "medical judgement",
)
conv(
    "conv-guess",
    [
        (U, "I'm thinking of a number from 1 to 100. Guess it!"),
        (A, "50?"),
        (U, "Higher. Your move."),
    ],
    "game turn",
)
conv(
    "conv-tabletop",
    [
        (U, "In my campaign 1 gold = 10 silver = 100 copper. A sword is 15 gold."),
        (A, "Pricey for a level-one rogue."),
        (U, "He has 43 silver and 260 copper. How should he haggle?"),
    ],
    "role-play advice",
)
conv(
    "conv-poker",
    [
        (U, "Pocket aces, and the flop comes K-7-2 rainbow."),
        (A, "A dry board. What did the others do?"),
        (U, "One caller checks. Do I bet?"),
    ],
    "strategy",
)
conv(
    "conv-knitting",
    [
        (U, "In this pattern a 'repeat' means k3, p2, k1 and it's worked across the row."),
        (A, "Okay, six stitches per repeat."),
        (U, "Does it look better in chunky or double knit?"),
    ],
    "craft opinion",
)
conv(
    "conv-shifts",
    [
        (U, "I'm on nights at the hospital and finish at 7am."),
        (A, "That's a tough pattern."),
        (U, "When should I sleep so I can see my kids after school?"),
    ],
    "personal advice",
)
conv(
    "conv-sequence",
    [
        (U, "Our team's estimates go 1, 2, 3, 5, 8."),
        (A, "Planning poker with Fibonacci points."),
        (U, "Is this task a 5 or an 8? It's a login page."),
    ],
    "judgement",
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
    # no register (family name) of this set is a family name of sets 19 to 156
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 156: {reused}"
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
