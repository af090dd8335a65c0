"""Generate heldout-2027-05-10.jsonl: a hundred-and-fifty-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_158.py (from /work/sealed158). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-157, registers against sets 19-157,
stated weekdays, gradability of expected values and a byte-for-byte regeneration digest.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest spread over 25 new registers, each used by all three tools, 1-2 items per tool) and 200
negatives (100 ordinary, 65 near-positives, 35 conversations whose earlier turns change the last
question). Expected values are computed in code: Fraction/Decimal for money and quantities, exact
unit constants, datetime and zoneinfo (times in two zones are taken to UTC before subtracting;
a shift across a clock change is computed with the change).

Provenance
----------
Read: /work/main/bench/grading.py; /work/sealed158/earlier_registers.txt (head, and exact-name
look-ups of candidate register names); lines 33-303, 511-571, 711-795, 1053-1060 and 1573-1796 of
the copied generator, each with sed -n, plus single boundary lines inside those ranges to anchor
the splice.
Wrote: all four query sections (calculator, units, datetime, negatives) new, in scratch files,
spliced in by line number bottom range first without viewing the old text; a small utc_hours
helper in the datetime section; this docstring, written last over lines 1-32 by line number.
Checked: the generator's own checks (first failures: two unit_r values not close at two
decimals, re-asked in grams and centimetres; fourteen queries repeating earlier sets, reworded),
ruff check and ruff format with the project config, lines at most 99 columns.
Slips: a line-length scan after the splice iterated over every line of this file (old docstring
included) but printed only line numbers of my own over-long lines; I then viewed those few new
lines. No other file, range or output beyond the rules was read or printed.
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
OUT = HERE / "heldout-2027-05-10.jsonl"
PREFIX = "ho158-"
# earlier generators: sets 1-157 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 158))
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
    "make_heldout_157.py",
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

BQ = "beekeeper_queen_rearing_yard"
BB = "bookbinder_marbling_bench"
CM = "cheesemonger_washed_rind_cave"
SM = "stonemason_cathedral_repairs"
TS = "tidal_sea_salt_pans"
BR = "bell_ringer_peal_secretary"
SD = "sled_dog_kennel_manager"
VC = "vintage_clock_fusee_repair"
FP = "fossil_preparator_airscribe"
CR = "circus_aerial_rigger"
SL = "scuba_liveaboard_divemaster"
WL = "wildfire_lookout_tower_ranger"
VV = "violin_varnish_workshop"
AR = "accordion_reed_tuner"
LP = "letterpress_poster_printer"
MR = "marionette_string_repairer"
LL = "lighthouse_lens_restorer"
OB = "oyster_bed_lease_holder"
SG = "snowcat_groomer_night_shift"
CF = "community_radio_fundraiser"
IH = "ice_hotel_carver"
TE = "tea_estate_plucking_roster"
CL = "canoe_livery_outfitter"
HF = "horseshoe_farrier_van_rounds"
TM = "telescope_mirror_grinder"

calc(
    BQ,
    "Grafting day. I put 48 larvae on each cell bar and about 70% of grafts take for me. "
    "With 5 bars in the cell builder, how many queen cells should I expect?",
    5 * 48 * pct(70),
)
calc(
    BQ,
    "sold 23 mated queens at £38.50 each this season and the postage boxes cost me £41.20 in "
    "total. what are my net takings?",
    23 * dec("38.50") - dec("41.20"),
)
calc(
    BB,
    "Quoting a small press job: twelve hand-marbled ledgers at £64.75 apiece, plus VAT at 20%. "
    "What's the total on the invoice?",
    12 * dec("64.75") * (1 + pct(20)),
)
calc(
    CM,
    "A whole washed-rind wheel came in at 7.8 kg. If I cut it into 0.325 kg wedges, how many "
    "wedges do I get?",
    dec("7.8") / dec("0.325"),
)
calc(
    CM,
    "our rinds lose 4.5 percent of their weight over the affinage. we put 36 kg of young cheese "
    "into the cave, how many kg should come out",
    36 * (1 - pct("4.5")),
)
calc(
    SM,
    "We're replacing 14 voussoirs on the west arch, each is 0.18 cubic metres of limestone, and "
    "the quarry charges £1,240 per cubic metre. Stone cost?",
    14 * dec("0.18") * 1240,
)
calc(
    TS,
    "Harvested 2,340 kg of flake salt off the pans and we pack it in 250 g tubs. How many tubs "
    "does that fill?",
    2340 * 1000 / F(250),
)
calc(
    BR,
    "For the peal record: 5,040 changes rung in 3 hours 12 minutes. Work out the average number "
    "of changes per minute.",
    F(5040, 3 * 60 + 12),
)
calc(
    SD,
    "sixteen dogs on the training run, each eats 1.35 kg of kibble a day. how much kibble for a "
    "9 day camp, in kg?",
    16 * dec("1.35") * 9,
)
calc(
    VC,
    "The fusee chain on this bracket clock has 420 links and 3/7 of them are too worn to keep. "
    "How many links do I need to replace?",
    420 * F(3, 7),
)
calc(
    FP,
    "my airscribe takes off roughly 2.4 cubic centimetres of matrix an hour, and there's about "
    "57.6 cm³ left around the skull. hours of prep remaining?",
    dec("57.6") / dec("2.4"),
)
calc(
    CR,
    "Two-leg bridle holding a 3.6 kN aerial load. Each leg takes half the load and I then "
    "multiply by my 1.25 design factor. What figure in kN do I get per leg?",
    dec("3.6") / 2 * dec("1.25"),
)
calc(
    SL,
    "Twelve guests, three dives a day for four days, nitrox fills at $9.50 each. What's the total "
    "nitrox charge for the trip?",
    12 * 3 * 4 * dec("9.50"),
)
calc(
    SL,
    "Crew tip pool is $2,250. The divemaster gets one and a half shares, the other six crew get "
    "one share each. How much does the divemaster take home?",
    F(2250) / (F(3, 2) + 6) * F(3, 2),
)
calc(
    WL,
    "Tower cistern holds 1,500 litres at the start of the season and I use 38.5 litres a day. "
    "How many litres are left after 28 days?",
    1500 - dec("38.5") * 28,
)
calc(
    VV,
    "Varnish recipe is 3 parts colophony to 5 parts linseed oil by weight. I've weighed out "
    "340 g of oil; how many grams of colophony go in?",
    340 * F(3, 5),
)
calc(
    AR,
    "4 rows of reeds on this block, 41 reeds per row. ive retuned 97 so far, how many still to do",
    4 * 41 - 97,
)
calc(
    LP,
    "Gig poster run of 350, printed two-up so each sheet gives two posters. Paper is 86p a "
    "sheet. What does the paper cost me in pounds?",
    F(350, 2) * dec("0.86"),
)
calc(
    MR,
    "Each marionette takes nine control strings of 1.15 m. I'm restringing seven of them; how "
    "many metres of thread is that altogether?",
    9 * dec("1.15") * 7,
)
calc(
    LL,
    "Restoration estimate for the Fresnel lens: 26 prisms to reset at €145 each, plus a 15% "
    "contingency on top. Total estimate?",
    26 * 145 * (1 + pct(15)),
)
calc(
    OB,
    "The foreshore lease is 2.75 hectares at £212 a hectare per annum. What's the annual rent?",
    dec("2.75") * 212,
)
calc(
    SG,
    "Last night I groomed at an average of 14.6 km/h for six and a half hours. Total distance "
    "groomed in km?",
    dec("14.6") * dec("6.5"),
)
calc(
    CF,
    "Pledge drive closed with 18,420 raised from 614 donors - what was the average gift?",
    F(18420, 614),
)
calc(
    CF,
    "A local bakery matches 50% of every listener donation, capped at 5,000. Listeners gave "
    "8,640. What's the grand total including the match?",
    8640 + min(8640 * pct(50), 5000),
)
calc(
    IH,
    "Each ice block we harvest from the river is 1.2 m x 0.6 m x 0.5 m and the chapel needs 85 "
    "blocks. How many cubic metres of ice is that?",
    dec("1.2") * dec("0.6") * dec("0.5") * 85,
)
calc(
    TE,
    "Pluckers are paid 11.5 rupees a kilo. Meena brought in 23.6 kg on Monday and 27.8 kg on "
    "Tuesday - what does she earn for the two days?",
    (dec("23.6") + dec("27.8")) * dec("11.5"),
)
calc(
    TE,
    "Roster check: 42 pluckers each hit the 28 kg daily target for 6 days straight. Total green "
    "leaf in kg?",
    42 * 28 * 6,
)
calc(
    CL,
    "Canoes rent at 42 a day, plus a 15 per person shuttle. Group of six in three canoes for two "
    "days - what do I bill them?",
    3 * 42 * 2 + 6 * 15,
)
calc(
    HF,
    "Thursday round: seven horses had full sets at £95 a set and three just had fronts at £55. "
    "What did I take in?",
    7 * 95 + 3 * 55,
)
calc(
    HF,
    "I claim 45p a mile. The yard is a 46.3 mile round trip and I went out 12 times this "
    "quarter. how much do I claim?",
    dec("46.3") * 12 * dec("0.45"),
)
calc(
    TM,
    "Grinding log for the 8-inch: 80 grit 3.5 h, 120 grit 2.25 h, 220 grit 1.75 h, 500 grit "
    "1.5 h. Total hours at the grinding post?",
    dec("3.5") + dec("2.25") + dec("1.75") + dec("1.5"),
)

calc(P, "17.5 per cent of 2,488 comes to?", pct("17.5") * 2488)
calc(P, "84.6 divided by 0.12 = ?", dec("84.6") / dec("0.12"))
calc(P, "Multiply 3,456 by 0.075.", 3456 * dec("0.075"))
calc(P, "(48 + 72) / 16", F(48 + 72, 16))
calc(P, "whats the square root of 1764", 42)
calc(P, "compute 2^13 for me", 2**13)
calc(P, "Knock 18% off 1,350 and tell me what remains.", 1350 * (1 - pct(18)))
calc(P, "express nineteen fortieths as a decimal number", F(19, 40))
calc(P, "19.99 times 36", dec("19.99") * 36)
calc(P, "Mean of 14, 22, 37 and 51?", F(14 + 22 + 37 + 51, 4))
calc(P, "6.4 squared please", dec("6.4") ** 2)
calc(P, "27 is what percentage of 360?", F(27, 360) * 100)
calc(P, "a 15 percent tip on a bill of 86.40 comes to how much", pct(15) * dec("86.40"))
calc(P, "one million divided by sixty-four", F(10**6, 64))


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


unit_r(
    BQ,
    "A full frame of capped brood weighed 4 lb 6 oz on the hive scale. What is that in grams?",
    (4 * 16 + 6) * OZ * 1000,
)
unit_r(
    BB,
    "My marbling tray is 24 inches by 18 inches. What's its area in square centimetres?",
    24 * 18 * IN * IN * 10**4,
)
unit_r(
    CM,
    "that washed-rind wheel was 7.8 kg, how many pounds is that for the American customer",
    dec("7.8") / LB,
)
unit_r(
    CM,
    "The cave thermostat reads 54 °F. Convert that to degrees Celsius for our HACCP sheet.",
    f_to_c(54),
)
unit(
    SM,
    "The old lintel measures 6 ft 9 in. How long is it in centimetres?",
    (6 * 12 + 9) * IN * 100,
    EXACT,
)
unit_r(
    TS,
    "Our evaporation pans cover 1.5 acres in all. How many square metres is that?",
    dec("1.5") * ACRE,
)
unit_r(
    BR,
    "the new tenor bell weighs 1,150 kg according to the foundry. whats that in pounds",
    1150 / LB,
)
unit_r(
    SD,
    "Race leg is 42 miles. How many kilometres is that?",
    42 * MI / 1000,
)
unit(
    VC,
    "Seconds pendulum on the regulator is 39.1 inches long. Give me that in centimetres.",
    dec("39.1") * IN * 100,
    EXACT,
)
unit(
    FP,
    "The ichthyosaur jacket is 3.25 feet long - in centimetres please.",
    dec("3.25") * FT * 100,
    EXACT,
)
unit_r(
    CR,
    "The beam clamp is marked 2,000 lb working load. What is that in kilograms?",
    2000 * LB,
)
unit_r(
    SL,
    "Cylinders are filled to 3,000 psi. Convert to bar.",
    3000 * PSI / BAR,
)
unit_r(
    SL,
    "deepest point on the reef dive was 98 feet, put that in metres for the logbook",
    98 * FT,
)
unit_r(
    WL,
    "Gusts hitting 38 mph on the ridge. What's that in km/h?",
    38 * MPH / KMH,
)
unit(
    VV,
    "The UV drying cabinet runs at 30 °C. What is that in Fahrenheit?",
    c_to_f(30),
    EXACT,
)
unit(
    AR,
    "A bass reed tongue measures 1.75 inches. How many millimetres is that?",
    dec("1.75") * IN * 1000,
    EXACT,
)
unit_r(
    LP,
    "The Vandercook bed takes sheets 457 mm wide. What's that width in inches?",
    F(457, 1000) / IN,
)
unit_r(
    MR,
    "Head string on the big marionette is 52 inches. Convert to metres.",
    52 * IN,
)
unit_r(
    LL,
    "The first-order lens assembly weighs about 2,800 kg. What's that in pounds?",
    2800 / LB,
)
unit_r(
    OB,
    "lease plan says 2.75 hectares. how many acres is that",
    dec("2.75") * 10**4 / ACRE,
)
unit_r(
    SG,
    "The tiller on the groomer is 6.4 metres wide. How wide is that in feet?",
    dec("6.4") / FT,
)
unit(
    SG,
    "Thermometer on the cab said -13 °F at 3 am. What's that in Celsius?",
    f_to_c(-13),
    EXACT,
)
unit(
    CF,
    "Our transmitter mast is 150 feet tall. Convert that to metres for the licence form.",
    150 * FT,
    EXACT,
)
unit(
    IH,
    "The suites are held at 23 °F. In Celsius that's what?",
    f_to_c(23),
    EXACT,
)
unit_r(
    TE,
    "The top garden of the estate sits at 1,850 metres. What is that altitude in feet?",
    1850 / FT,
)
unit_r(
    TE,
    "Meena's Tuesday basket was 23.6 kg. How many pounds is that?",
    dec("23.6") / LB,
)
unit_r(
    CL,
    "The day trip paddles 14.5 km of river. How far is that in miles?",
    dec("14.5") * 1000 / MI,
)
unit_r(
    CL,
    "The tandem canoe is 16 ft 6 in long. What's that in metres?",
    (16 * 12 + 6) * IN,
)
unit_r(
    HF,
    "The vet weighed the pony at 310 kg. How many stone is that?",
    310 / STONE,
)
unit(
    TM,
    "Blank for the new mirror is 8 inches across. What's the diameter in millimetres?",
    8 * IN * 1000,
    EXACT,
)
unit_r(
    TM,
    "The finished Pyrex mirror weighs 10 lb 4 oz. Convert that to grams.",
    (10 * 16 + 4) * OZ * 1000,
)

unit(P, "how many metres is 2,750 feet", 2750 * FT, EXACT)
unit_r(P, "68 kg in lb?", 68 / LB)
unit(P, "Convert 95 °F to °C.", f_to_c(95), EXACT)
unit_r(P, "7.25 miles in kilometres", dec("7.25") * MI / 1000)
unit_r(P, "Our flat is 48.5 square metres - how many square feet?", dec("48.5") / SQFT)
unit_r(P, "12 stone 9 pounds in kilograms", (12 * 14 + 9) * LB)
unit(P, "what is 3.5 litres in millilitres", 3500, EXACT)
unit_r(P, "110 km/h expressed in mph", 110 * KMH / MPH)
unit_r(P, "Convert 2.4 bar into psi.", dec("2.4") * BAR / PSI)
unit(P, "5 kWh is how many megajoules?", 5 * 3600 * 1000 / F(10**6), EXACT)
unit(P, "6 GiB in MiB", 6 * GIB / MIB, EXACT)
unit_r(P, "How many inches is 1.9 m?", dec("1.9") / IN)
unit_r(P, "150 acres to hectares", 150 * ACRE / 10**4)
unit(P, "how many minutes are in 3.75 hours", dec("3.75") * 60, EXACT)


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


def utc_hours(a, b):
    """Hours from aware datetime a to aware datetime b, both taken to UTC first."""
    ua = a.astimezone(dt.UTC)
    ub = b.astimezone(dt.UTC)
    return F(int((ub - ua).total_seconds()), 3600)


MANILA = ZoneInfo("Asia/Manila")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
MELBOURNE = ZoneInfo("Australia/Melbourne")
ROME = ZoneInfo("Europe/Rome")
KOLKATA = ZoneInfo("Asia/Kolkata")
LONDON = ZoneInfo("Europe/London")
ZURICH = ZoneInfo("Europe/Zurich")

graft = D(2028, 5, 9)
date_item(
    BQ,
    f"Grafted the larvae on {sayw(graft)}. Queens emerge 12 days after grafting, so what date "
    "do I need the mating nucs ready by?",
    graft + TD(days=12),
)
date_item(
    BQ,
    "A virgin queen emerged on 21 May 2028 and began laying 10 days after that. Which day of "
    "the week did she start laying?",
    weekday(D(2028, 5, 21) + TD(days=10)),
)
date_item(
    BB,
    "The library commission is due six weeks after 14 September 2027. What date is that?",
    D(2027, 9, 14) + TD(weeks=6),
)
date_item(
    CM,
    "batch made on 3 March 2028 needs 75 days in the cave before it goes out. ready date?",
    D(2028, 3, 3) + TD(days=75),
)
date_item(
    SM,
    "The scaffold went up on 2 April 2029 and comes down on 19 November 2029. How many days "
    "is that?",
    days(D(2029, 4, 2), D(2029, 11, 19)),
)
rake = D(2028, 6, 6)
date_item(
    TS,
    f"We rake the pans every 15 days, first rake on {sayw(rake)}. On what date is the fifth rake?",
    rake + TD(days=15 * 4),
)
date_item(
    BR,
    "The quarter peal for the wedding is booked for 17 August 2030. What day of the week is that?",
    weekday(D(2030, 8, 17)),
)
date_item(
    SD,
    "One of my handlers was born on 29 February 2004. How old is she on 1 March 2031?",
    age(D(2004, 2, 29), D(2031, 3, 1)),
)
date_item(
    VC,
    "Customer dropped the carriage clock off on 11 October 2027 and I promised it back 100 "
    "days later. Which date did I promise?",
    D(2027, 10, 11) + TD(days=100),
)
prep = D(2029, 1, 8)
end = prep
count = 1
while count < 37:
    end += TD(days=1)
    if end.weekday() < SAT:
        count += 1
date_item(
    FP,
    f"Prep on the plesiosaur starts {sayw(prep)} and I've estimated 37 working days, Monday to "
    "Friday, no holidays, counting the first day as day one. What date do I finish?",
    end,
)
opening = D(2027, 11, 19)
date_item(
    CR,
    f"The new aerial show opens {sayus(opening)} and runs 23 consecutive nights. What's the "
    "date of the closing night?",
    opening + TD(days=22),
)
dep = DT(2028, 3, 14, 23, 40, tzinfo=MANILA)
arr = DT(2028, 3, 14, 20, 25, tzinfo=LOS_ANGELES)
flight = utc_hours(dep, arr)
assert 0 < flight < 16 and terminates(flight)
date_item(
    SL,
    "Flying home after the Tubbataha trip: we leave Manila at 23:40 on 14 March 2028 and land "
    "in Los Angeles at 20:25 on 14 March 2028, both local times. How many hours is the flight?",
    flight,
)
date_item(
    SL,
    "Our rule is no flying for 18 hours after the last dive. Last dive ends at 16:40 on 6 May "
    "2028. On what date is the earliest they can fly?",
    (DT(2028, 5, 6, 16, 40) + TD(hours=18)).date(),
)
date_item(
    WL,
    "I'm staffing the lookout from 15 June 2028 to 30 September 2028, both days included. How "
    "many days is that?",
    days(D(2028, 6, 15), D(2028, 9, 30)) + 1,
)
coat = D(2029, 2, 3)
date_item(
    VV,
    f"I lay a coat of varnish every 4 days and the first went on {sayw(coat)}. What date does "
    "the seventh coat go on?",
    coat + TD(days=4 * 6),
)
call = DT(2028, 10, 4, 8, 30, tzinfo=MELBOURNE).astimezone(ROME)
assert call.date() != D(2028, 10, 4)
date_item(
    AR,
    "A customer in Melbourne wants a video call about her piano accordion at 08:30 Melbourne "
    "time on 4 October 2028. What's the date in Castelfidardo, Italy at that moment?",
    call.date(),
)
date_item(
    LP,
    "Posters have to be up three weeks before the gig on 22 June 2029. By what date?",
    D(2029, 6, 22) - TD(weeks=3),
)
date_item(
    MR,
    "The puppets were crated on 9 August 2027 and reached the festival on 2 September 2027. "
    "How many days in transit?",
    days(D(2027, 8, 9), D(2027, 9, 2)),
)
date_item(
    LL,
    "The light was first exhibited on 17 October 1859. How many complete years had it been in "
    "service as of 1 June 2029?",
    age(D(1859, 10, 17), D(2029, 6, 1)),
)
date_item(
    OB,
    "Renewal notice has to reach the Crown Estate 90 days before the lease ends on 31 March "
    "2030. What's the last date it can arrive?",
    D(2030, 3, 31) - TD(days=90),
)
date_item(
    SG,
    "night shift on the groomer runs 21:30 to 06:15. how many hours is that",
    clock_span("21:30", "06:15", 3600),
)
night = D(2031, 10, 25)
shift = utc_hours(DT(2031, 10, 25, 22, 0, tzinfo=ZURICH), DT(2031, 10, 26, 7, 0, tzinfo=ZURICH))
assert shift == 10
date_item(
    SG,
    f"Grooming in Zermatt from 22:00 on {sayw(night)} until 07:00 the next morning, local "
    "time. How many hours was I actually on shift?",
    shift,
)
drive = D(2028, 3, 6)
date_item(
    CF,
    f"Our ten-day pledge drive starts on {sayw(drive)}. What date is the tenth and final day?",
    drive + TD(days=9),
)
date_item(
    IH,
    "The ice hotel opens on 12 December 2027 and closes on 9 April 2028. How many days between "
    "the two?",
    days(D(2027, 12, 12), D(2028, 4, 9)),
)
date_item(
    IH,
    "How many weeks are there from 12 December 2027 to 5 March 2028, when we carve the spring "
    "suites?",
    weeks(D(2027, 12, 12), D(2028, 3, 5)),
)
flush = D(2028, 3, 14)
date_item(
    TE,
    f"First flush plucking began on {sayw(flush)}. What date is 45 days after that?",
    flush + TD(days=45),
)
noon = DT(2028, 6, 20, 12, 0)
ahead = F(
    int(
        (
            noon.replace(tzinfo=KOLKATA).utcoffset() - noon.replace(tzinfo=LONDON).utcoffset()
        ).total_seconds()
    ),
    3600,
)
date_item(
    TE,
    "On 20 June 2028, how many hours ahead of London is Kolkata?",
    ahead,
)
season_start = nth_weekday(2029, 5, SAT, 1)
season_end = nth_weekday(2029, 9, SUN, -1)
date_item(
    CL,
    "Our season runs from the first Saturday of May 2029 to the last Sunday of September 2029, "
    "both included. How many days are we open?",
    days(season_start, season_end) + 1,
)
shod = D(2028, 11, 28)
date_item(
    HF,
    f"Reset the shoes on {sayw(shod)}; she's on a six-week cycle. When's the next visit?",
    shod + TD(weeks=6),
)
date_item(
    TM,
    "Sent the mirror off for aluminising on 3 February 2031 and it came back on 19 March 2031. "
    "How many days was it away?",
    days(D(2031, 2, 3), D(2031, 3, 19)),
)
date_item(
    TM,
    "Star party observing ran from 21:45 until 04:15. How many hours at the eyepiece?",
    clock_span("21:45", "04:15", 3600),
)

date_item(P, "What weekday is 29 February 2032?", weekday(D(2032, 2, 29)))
date_item(
    P,
    "how many days between 3 January 2029 and 28 August 2029",
    days(D(2029, 1, 3), D(2029, 8, 28)),
)
date_item(P, "Which date is 250 days after 10 April 2027?", D(2027, 4, 10) + TD(days=250))
date_item(P, "What date is nine weeks before 2 February 2030?", D(2030, 2, 2) - TD(weeks=9))
date_item(P, "day of the week for Christmas Day 2034?", weekday(D(2034, 12, 25)))
date_item(P, "Days from 15 May 2026 to 15 May 2031?", days(D(2026, 5, 15), D(2031, 5, 15)))
date_item(P, "Third Thursday of November 2028 - which date?", nth_weekday(2028, 11, THU, 3))
date_item(P, "Born 23 September 1988 - how old on 1 May 2029?", age(D(1988, 9, 23), D(2029, 5, 1)))
date_item(P, "what date falls 1000 days after 1 January 2028", D(2028, 1, 1) + TD(days=1000))
date_item(P, "Clock on 07:50, off 16:20 - hours between?", clock_span("07:50", "16:20", 3600))
date_item(
    P, "Number of weeks from 4 June 2029 to 27 August 2029?", weeks(D(2029, 6, 4), D(2029, 8, 27))
)
date_item(P, "Date of the last Friday in March 2030?", nth_weekday(2030, 3, FRI, -1))
date_item(
    P,
    "What's the date 36 hours after 18:00 on 30 December 2027?",
    (DT(2027, 12, 30, 18, 0) + TD(hours=36)).date(),
)
date_item(P, "minutes between 11:35 and 15:05", clock_span("11:35", "15:05", 60))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "explain-craft": [
        "Why do beekeepers graft larvae under a day old rather than older ones?",
        "Explain why washed-rind cheeses smell so much stronger than a cheddar of the same age.",
        "How does a fusee even out the pull of a mainspring as it runs down?",
        "Peal versus quarter peal: what's the difference, and why do ringers prize 5,040?",
        "Why does a Fresnel lens use rings of prisms instead of one thick lens?",
        "Explain how nitrox cuts nitrogen loading but lowers the maximum operating depth.",
        "why do sled dogs need so much fat in their diet in deep winter",
        "How does an airscribe work, and why is it gentler than a needle on hard matrix?",
        "Why was colophony used in old Cremonese-style violin varnishes?",
        "What does 'wet' tuning mean on an accordion with three middle reeds?",
        "Why does letterpress give that debossed bite, and was that ever the historical look?",
        "How does a groomer's tiller turn loose powder into corduroy?",
        "Explain how the tidal range affects a sea salt harvest on open pans.",
        "Why do oysters from the same bay taste different depending on where they're grown?",
        "How do ice hotels keep rooms below freezing without the walls sagging?",
        "Why is first flush Darjeeling so much lighter in flavour than second flush?",
        "Explain why a fast Newtonian needs a parabolic mirror rather than a spherical one.",
        "Why do farriers hot-fit shoes instead of fitting them cold?",
        "Why should lime mortar for old limestone be softer than the stone itself?",
        "Roughly how does a community radio station in the UK get its licence?",
    ],
    "advice-opinion": [
        "Is a second extractor worth it for fourteen hives or should I share with a neighbour?",
        "Which is better for a first mirror project, a 6 inch or an 8 inch, and why?",
        "Should I charge customers for a written quote on a clock restoration?",
        "What would you call a marionette company that tours village halls?",
        "Is a 15% contingency reasonable on a heritage restoration estimate?",
        "How do I tell a long-standing client I'm putting my shoeing prices up by £10?",
        "Do you think canoe hire places should insist on a swim test?",
        "How do we run an on-air fundraising marathon without listeners getting sick of it?",
        "Carrageen or methylcellulose size for a beginner's marbling tray - which would you pick?",
        "Lime or jelutong for carving a marionette head?",
        "How can I keep pluckers motivated through the monsoon without raising the rate?",
        "Is it wrong to feed sugar syrup in autumn instead of leaving them their honey?",
        "What kind of music works best under a slow static trapeze act?",
        "How would you structure the safety briefing on a liveaboard with twenty guests?",
        "Suggest five names for an oyster farm on a sea loch.",
        "Pros and cons of selling cheese by the wedge versus cut to weight?",
        "What's the best way to store loose metal type so it doesn't get pied?",
        "Should a new ringer learn on six bells or go straight to eight?",
        "Is it worth putting solar panels on a fire lookout tower?",
        "What should go in the first-aid kit for a dog sled camp?",
        "How do I politely turn down a bookbinding commission with an impossible deadline?",
        "Can you recommend some good books on the history of lighthouses?",
        "What are good warm-ups before an aerial silks session?",
        "What should I check when buying a second-hand snowcat?",
        "Should I stick to accordions or start taking in concertina repairs too?",
    ],
    "code-request": [
        "Write Python that counts Mon-Fri days between two datetime.date objects, ends included.",
        "Write a SQL query that totals donations per donor from a table called pledges.",
        "Give me a JavaScript snippet that converts Fahrenheit to Celsius as the user types.",
        "bash one-liner to rename every .jpg in a folder by the date the photo was taken?",
        "How do I format a cell as currency with two decimals in Excel?",
        "I need a regular expression to validate a UK postcode field, with a test or two.",
        "Write a Python dataclass for a hive inspection with a date and a count of brood frames.",
        "My formula =SUM(B2:B40)/COUNT(B2:B40) gives #DIV/0! - why would that happen?",
        "How should I store timestamps with time zones in PostgreSQL?",
        "Write an Arduino sketch that logs the cave temperature to an SD card every 10 minutes.",
        "Write a Rust function splitting a bill among n people, sharing leftover pennies fairly.",
        "How do I build a pivot table in Google Sheets of kg plucked per worker per day?",
        "Write a pytest test for a function that converts feet to metres.",
        "What does this Python do: sum(x * y for x, y in zip(a, b))",
        "Write a cron expression that fires at 02:30 every Sunday.",
    ],
    "writing-task": [
        "Write a short poem about a lighthouse keeper polishing the lens at dawn.",
        "Draft an email thanking our volunteers for the spring pledge drive.",
        "Write a product blurb for a 250 g tub of hand-raked flake sea salt.",
        "write a limerick about a sled dog called Biscuit",
        "Help me write a grant paragraph for repairing the cathedral's west arch.",
        "A haiku about grinding a telescope mirror, please.",
        "Translate 'the cheese needs another two weeks in the cave' into French.",
        "Write a friendly sign for the canoe livery asking people to hose down their paddles.",
        "Compose a short toast for the bell ringers' annual dinner.",
        "Make this sound more professional: 'ur clock is done come get it'.",
        "Write the opening paragraph of a ghost story set in an ice hotel.",
        "Give me a three-sentence summary of Moby-Dick for a lighthouse museum display.",
        "Write a job advert for a seasonal divemaster on a liveaboard.",
        "Give me a catchy slogan for a mobile farrier business.",
        "Write a thirty-second intro for a podcast about life on a tea estate.",
    ],
    "history-general": [
        "Who invented the Fresnel lens, and what problem was he trying to solve?",
        "How did change ringing develop in English churches?",
        "Who was Antonio Stradivari and why are his instruments so prized?",
        "Tell me about the history of wood type in American poster printing.",
        "Where did the accordion originate?",
        "Why was the marine chronometer such a big deal for navigation?",
        "What caused the Big Burn of 1910 to spread so far?",
        "Who started farming oysters commercially in Europe?",
        "Where does the word 'farrier' come from?",
        "Tell me about the first ice hotel at Jukkasjärvi.",
        "How were marionettes used in Sicilian opera dei pupi?",
        "What is a Ritchey-Chrétien telescope and who uses them?",
        "What do the letters FTGFOP mean on a tea label?",
        "Who is the Iditarod race named after, if anyone?",
        "How did medieval masons set out a pointed arch without drawings?",
    ],
    "everyday-help": [
        "Can you plan me a three-day walking route in the Lake District?",
        "What's a good name for a black labrador puppy?",
        "Beeswax dripped on the sitting-room wool rug; how do I lift it out?",
        "What are the signs of a varroa problem in a hive?",
        "Any tips for sleeping properly on a rotating night shift?",
        "How do I stop my glasses fogging up in the cold?",
        "What should I pack for a week on a dive boat?",
        "How do I take rust off old clock hands without ruining the blueing?",
        "What's the difference between affinage and just ageing a cheese?",
        "How can I get better at remembering people's names?",
    ],
}
for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)

NEAR = {
    "near-identifier": [
        ("My queen tag reads 2028-B-14; what does the B usually stand for?", "tag code"),
        ("Is 0800 458 2210 free to call from a mobile in the UK?", "phone number"),
        ("Is part 47-110-3 the right reed plate for a Hohner Morino?", "part number"),
        (
            "Dive computer firmware 3.12.1 or 3.9.4 - which one is the newer release?",
            "version ordering, not decimals",
        ),
        ("We lost the striking competition 14-9; what should we practise?", "score"),
        ("Is ISBN 978-0-14-044913-6 a Penguin edition of the Odyssey?", "ISBN"),
        ("Upload of the tide log fails with error 0x80070005 - what does that mean?", "code"),
        ("Our postcode is PL26 6BX; which council collects our bins?", "postcode"),
        ("Ticket 2028/114 in the fault log - is that the 114th fault this season?", "ticket"),
        ("Is flight BA 257 usually on time into Delhi?", "flight number"),
        ("What does the stamp 'DIN 300' on my regulator mean?", "stamp"),
        ("Highway 97 past the lookout: is it ploughed in winter?", "road number"),
        ("Track 3-2-1 on the show CD keeps skipping; how can I fix it?", "track code"),
    ],
    "near-missing-fact": [
        ("How much will 40 kg of sled dog kibble cost me next winter?", "future price"),
        ("What's the rent on a 2.75 hectare oyster lease in Cornwall?", "unknown rate"),
        ("How long will the groomer's 400 litre diesel tank last?", "no consumption given"),
        ("What will the rupee to pound rate be on 1 March 2029?", "future rate"),
        ("How much does a restored Vandercook proof press sell for?", "market price"),
        ("How many visitors will the ice hotel get over the 2028 season?", "forecast"),
        ("What's the price of 250 g of Maldon salt at my local shop?", "unknown price"),
        ("What was the mean temperature in Zermatt in February 2027?", "data lookup"),
        ("What does a full set of shoes cost in North Yorkshire on average?", "survey data"),
        ("What's the population of Castelfidardo?", "fact lookup"),
        ("How many bells hang in the tower of St Paul's Cathedral?", "fact lookup"),
        ("How much did we raise in our 2026 pledge drive?", "private data"),
        ("What's my handler's date of birth?", "unknown to the assistant"),
    ],
    "near-estimate": [
        ("About how many hours to prep a 2 m ichthyosaur out of shale?", "estimate"),
        ("How long does it take to hand-grind an 8-inch mirror, roughly?", "estimate"),
        ("Ballpark, how many ice blocks go into building an ice hotel?", "estimate"),
        ("How many canoes does a livery need to serve 60 customers a day?", "judgement"),
        ("Roughly how many oysters fit in a 10 kg sack?", "estimate"),
        ("How long does a fusee chain usually last before it needs replacing?", "estimate"),
        ("How many queen cells can one strong starter colony raise at once?", "estimate"),
        ("About how many people listen to a small community radio station?", "estimate"),
        ("How long will the varnish take to cure in a humid workshop?", "estimate"),
        ("Roughly how many changes can a good band ring in an afternoon?", "estimate"),
        ("How many kg of green leaf does a skilled plucker manage in a day?", "estimate"),
        ("What size shoe does a 310 kg pony usually take?", "outside knowledge"),
        ("How far could a sled team cover in a day on a good trail?", "estimate"),
    ],
    "near-number-meaning": [
        ("The kibble bag says 30/20 - what do those two numbers mean?", "label meaning"),
        ("My tide table shows 5.2 m at 06:14; does that count as a spring tide?", "judgement"),
        ("Varnish tin says 'recoat after 24 h' - touch dry or fully hardened?", "meaning"),
        ("The launch sign says 'Grade 2' - is that fine for beginners?", "grade meaning"),
        ("Why is our peal board 5056 Cambridge Surprise Major and not exactly 5040?", "why"),
        ("A shackle stamped 'WLL 1t 4:1' - what does the 4:1 tell me?", "ratio meaning"),
        ("Spec sheet says Dawes limit 0.57 arcsec. What does that mean in practice?", "meaning"),
        ("Is 1013 hPa on the lookout barometer high or low pressure?", "judgement"),
        ("The reed is stamped 440/442 - what does that mean for tuning?", "meaning"),
        ("My varnish notes say 3:5 w/w; which way round is resin to oil?", "notation"),
        ("Should the snowcat take 10W-40 or 5W-30 oil?", "looks like subtraction"),
        ("Is 3/4 or 6/8 better for a marionette waltz?", "time signature"),
        ("What does 20/20 vision mean, and does a fire lookout need it?", "looks like a ratio"),
    ],
    "near-judgement": [
        ("Is 54 °F warm enough for a washed-rind cave or should it be cooler?", "judgement"),
        ("Is 3,000 psi safe in an aluminium cylinder stamped 1987?", "safety judgement"),
        ("Is 11.5 rupees a kilo a fair rate for tea pluckers?", "opinion"),
        ("Is a 1:4 gradient too steep for the path up to the lookout?", "judgement"),
        ("How much should I charge per poster on a run of 350?", "pricing advice"),
        ("Will 52 inches of string do for a marionette worked from a 1.2 m bridge?", "fit"),
        ("We raised 18,420 last spring; what target should we set for the autumn?", "opinion"),
        ("Is 7/16 rope too thick for a standard rescue pulley?", "judgement"),
        ("Are 23 nights too long a run for a new circus show?", "opinion"),
        ("Is a six-week shoeing cycle too long for a barefoot-trimmed cob?", "judgement"),
        ("Is 18 hours long enough to wait before flying after a multi-day trip?", "medical"),
        ("Would 1.2 m ice blocks be too heavy for two carvers to lift safely?", "judgement"),
        ("Is a 15 percent pay cut during the off-season legal in India?", "legal question"),
    ],
}
for fam, pairs in NEAR.items():
    for q, note in pairs:
        neg(fam, q, note)

conv(
    "conv-redefined-plus",
    [
        (U, "For our ringing puzzle, 'a + b' means the number of different changes on a+b bells."),
        (A, "Understood: a + b will stand for the count of changes on that many bells."),
        (U, "Then what's 3 + 2?"),
    ],
    "plus redefined as factorial of the sum",
)
conv(
    "conv-hex-numbers",
    [
        (U, "Every number I give you in this chat is hexadecimal, it's for a register dump."),
        (A, "Got it, I'll read all numbers as hex."),
        (U, "What's 10 + 10?"),
    ],
    "hex context",
)
conv(
    "conv-rota-week",
    [
        (U, "On the ice hotel carving rota, a 'week' just means four shifts, nothing else."),
        (A, "Okay, one rota week equals four shifts."),
        (U, "How many shifts is 6 weeks then?"),
    ],
    "custom week",
)
conv(
    "conv-fantasy-week",
    [
        (U, "In my novel the kingdom uses a nine-day week."),
        (A, "Interesting! A nine-day week changes a lot of everyday rhythm."),
        (U, "If the harvest fair is four weeks off, how many days is that?"),
    ],
    "fictional calendar",
)
conv(
    "conv-irish-mile",
    [
        (U, "The old towpath markers along our river are in Irish miles, not statute miles."),
        (A, "Right, the Irish mile was longer than the English one."),
        (U, "So how far in km is 5 miles on those markers?"),
    ],
    "unit redefined, outside fact",
)
conv(
    "conv-explain-earlier",
    [
        (U, "What's 15% of the 240 jars we sold at the fair?"),
        (A, "15% of 240 is 36."),
        (U, "Why multiply by 0.15 there rather than divide by it?"),
    ],
    "explanation of earlier working",
)
conv(
    "conv-fair-split",
    [
        (U, "Split a £120 dinner bill between four of us."),
        (A, "That's £30 each."),
        (U, "Sam only had a starter though - what would be fair?"),
    ],
    "fairness judgement",
)
conv(
    "conv-varnish-temp",
    [
        (U, "Workshop is at 20 °C, put that in Fahrenheit."),
        (A, "20 °C is 68 °F."),
        (U, "Is that warm enough to varnish a cello in?"),
    ],
    "judgement on earlier result",
)
conv(
    "conv-pendulum-beat",
    [
        (U, "My pendulum is 39.1 inches long."),
        (A, "That's 99.314 cm."),
        (U, "So will it beat seconds or do I need to shorten it?"),
    ],
    "physics judgement",
)
conv(
    "conv-hmm-times",
    [
        (U, "In my grinding log I write times as h.mm, so 3.45 means three hours forty-five."),
        (A, "Understood, I'll read the decimals as minutes."),
        (U, "What's 3.45 + 2.30?"),
    ],
    "h.mm notation",
)
conv(
    "conv-tally-crates",
    [
        (U, "On the oyster tally each stroke is one crate of a dozen."),
        (A, "Got it, one stroke is twelve oysters."),
        (U, "I've made 7 strokes, how many oysters?"),
    ],
    "context-defined unit",
)
conv(
    "conv-version-compare",
    [
        (U, "We're deciding between firmware 2.10 and 2.9 for the lookout's weather station."),
        (A, "Those look like version numbers - happy to compare the release notes."),
        (U, "which is bigger?"),
    ],
    "version semantics",
)
conv(
    "conv-lower-is-better",
    [
        (U, "In striking competitions the judges count faults, so the lower score wins."),
        (A, "Yes, fewer faults is better."),
        (U, "We got 42 and Holt got 37. Did we beat them?"),
    ],
    "scoring rule",
)
conv(
    "conv-dozenal-reeds",
    [
        (U, "I count reeds in dozenal: digits 0 to 9, then X for ten and E for eleven."),
        (A, "Okay, base twelve it is."),
        (U, "How many reeds is 3 rows of 1E, written in dozenal?"),
    ],
    "base twelve",
)
conv(
    "conv-keeper-roleplay",
    [
        (U, "Pretend you're a lighthouse keeper in the 1880s and answer in character."),
        (A, "Aye, I've kept this light through many a gale."),
        (U, "How long did it take you to trim the wicks each evening?"),
    ],
    "roleplay",
)
conv(
    "conv-bonus-rule",
    [
        (U, "Pluckers get a bonus on anything over target."),
        (A, "Sounds like a good incentive."),
        (U, "Meena did 34 kg, what's her bonus?"),
    ],
    "missing target and rate",
)
conv(
    "conv-quiz-distractors",
    [
        (U, "I'm writing a kids' maths quiz and need wrong answers as distractors."),
        (A, "Happy to help make plausible wrong options."),
        (U, "Give me three believable wrong answers for 7 x 8."),
    ],
    "wants wrong answers",
)
conv(
    "conv-k-is-crate",
    [
        (U, "In this chat, 'k' means a crate of 12 oysters, not a thousand."),
        (A, "Noted: 1k = 12 oysters here."),
        (U, "how many oysters in 5k?"),
    ],
    "k redefined",
)
conv(
    "conv-french-narrator",
    [
        (U, "The narrator in our puppet show counts everything in French."),
        (A, "Lovely touch for the audience."),
        (U, "How would he say 97?"),
    ],
    "translation",
)
conv(
    "conv-portages",
    [
        (U, "I measure trips in portages - each one is about a kilometre, give or take."),
        (A, "A handy rough unit."),
        (U, "So how far is 6 portages in miles?"),
    ],
    "approximate custom unit",
)
conv(
    "conv-logged-hours",
    [
        (U, "In the lookout log, 'hours' means staffed hours, which leave out a 30-minute lunch."),
        (A, "Understood, logged hours exclude the lunch break."),
        (U, "If I'm up there 07:00 to 17:00, how many hours do I log?"),
    ],
    "hours redefined",
)
conv(
    "conv-thermometer-offset",
    [
        (U, "The cave thermometer reads 2 degrees high, remember that."),
        (A, "Noted, I'll subtract 2 from its readings."),
        (U, "It says 14 °C. What is it really?"),
    ],
    "calibration offset",
)
conv(
    "conv-bell-numbering",
    [
        (U, "In our tower we number bells from the heaviest, so bell 1 is the tenor."),
        (A, "That's unusual, but okay."),
        (U, "On eight bells, what number is the treble?"),
    ],
    "reversed numbering",
)
conv(
    "conv-indian-commas",
    [
        (U, "My figures use Indian digit grouping, like 1,23,450."),
        (A, "Got it, lakh-style grouping."),
        (U, "What's 1,23,450 plus 2,00,000, written the same way?"),
    ],
    "notation",
)
conv(
    "conv-lignes",
    [
        (U, "My old watchmaking books give movement sizes in lignes."),
        (A, "Yes, the traditional French measure."),
        (U, "How big is an 11½ movement then, in mm?"),
    ],
    "outside fact",
)
conv(
    "conv-refund-policy",
    [
        (U, "Can you help me word a refund policy for the canoe trips?"),
        (A, "Sure, what terms do you have in mind?"),
        (U, "Full refund up to 14 days before, half after that. Sound fair?"),
    ],
    "opinion",
)
conv(
    "conv-show-working",
    [
        (U, "Earlier you said the lens weighs 6,172.94 lb."),
        (A, "Yes, that came from 2,800 kg."),
        (U, "Where did the .94 come from? Show me the working."),
    ],
    "explanation",
)
conv(
    "conv-score-twenty",
    [
        (U, "My daughter's homework says a 'score' is an old word for twenty."),
        (A, "That's right."),
        (U, "So what's four score and seven?"),
    ],
    "archaic number word",
)
conv(
    "conv-press-stones",
    [
        (U, "In the dairy a 'stone' just means one of our 5 kg press weights."),
        (A, "Okay, a stone is a 5 kg weight here."),
        (U, "What pressure do 3 stones put on the curd?"),
    ],
    "needs area, custom unit",
)
conv(
    "conv-bridle-legs",
    [
        (U, "The rig has four bridle legs and the show load is 4 kN."),
        (A, "Got it, four legs sharing 4 kN."),
        (U, "Is a 1 kN shackle on each leg enough?"),
    ],
    "safety judgement",
)
conv(
    "conv-shire-calendar",
    [
        (U, "I'll give you dates from the Shire calendar in my tabletop campaign."),
        (A, "Sure, go ahead."),
        (U, "What day of the week is 22 Halimath?"),
    ],
    "fictional calendar",
)
conv(
    "conv-focuser-zero",
    [
        (U, "My focuser scale is in mm but it starts at 20, not zero."),
        (A, "So a reading of 20 means fully racked in."),
        (U, "If it reads 47, how far is it racked out?"),
    ],
    "offset scale",
)
conv(
    "conv-day-first",
    [
        (U, "We write dates day-first in the shop."),
        (A, "Noted."),
        (U, "How many days from 03/04 to 05/04?"),
    ],
    "date order from context",
)
conv(
    "conv-two-up-waste",
    [
        (U, "We print two-up and always spoil about one sheet in ten on make-ready."),
        (A, "So spoilage is roughly 10%."),
        (U, "How many sheets should I order for 350 posters to be safe?"),
    ],
    "judgement on margin",
)
conv(
    "conv-which-earlier",
    [
        (U, "Yesterday we talked about two leases, the bay one and the creek one."),
        (A, "I don't have that earlier conversation, but I'm happy to help."),
        (U, "Which one had the lower rent per hectare?"),
    ],
    "missing earlier facts",
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
    # no register (family name) of this set is a family name of sets 19 to 157
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 157: {reused}"
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
