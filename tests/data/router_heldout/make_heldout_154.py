"""Generate heldout-2027-05-06.jsonl: a hundred-and-fifty-fourth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_154.py (from /work/sealed154). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-153, registers, stated weekdays,
gradability and that the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest spread over 25 new registers, each used by all three tools) and 200 negatives (100 ordinary,
65 near-positive single turns, 35 conversations whose earlier turns change the last question).
Answers are computed in code: Fraction/Decimal for money and quantities, exact unit factors,
datetime for dates and zoneinfo (compared in UTC) for clock changes and time zones.

Provenance
----------
Read: /work/main/bench/grading.py; earlier_registers.txt (its head and grep -x of candidate names); and
of the copied previous generator only lines 32-298, 528-588, 728-812, 1069-1076 and 1664-1887,
each with sed -n. The previous set's docstring and query sections were never displayed.
Wrote: all four query sections anew in scratch files, spliced in by line number (bottom range
first) by a small script that asserted the anchor lines without printing them; then replaced
lines 1-31 with this docstring, also without printing the old one.
Checked: the generator's own checks (a first run flagged 26 items repeating earlier queries or
user turns, a second run 4 more; all were reworded), my own JSONL's expected values by eye (a
same-zone aware datetime subtraction that ignored a clock change was fixed by converting to UTC)
and a word scan of my own JSONL for contested units; ruff check and ruff format with the project
config.
Slips: after splicing, small fix-up scripts and an awk line-length scan read the whole generator
file in memory (matching only my own strings, printing only my own lines and line numbers);
nothing of the previous set was shown.
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
OUT = HERE / "heldout-2027-05-06.jsonl"
PREFIX = "ho154-"
# earlier generators: sets 1-153 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 154))
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

BF = "bellfounder_casting_ledger"
HL = "hedgelaying_contractor"
GE = "glass_eel_licence_holder"
MQ = "marquee_rigging_gang"
OT = "pipe_organ_tuner_round"
SS = "heirloom_seed_swap_host"
CS = "chimney_sweep_daybook"
CF = "chain_ferry_purser"
OM = "oyster_mushroom_grower"
PS = "planetarium_show_scheduler"
CP = "cider_press_cooperative"
CB = "cello_bow_hair_bench"
IR = "ice_hockey_rink_engineer"
TE = "tea_estate_leaf_weigher"
SG = "stained_glass_conservator"
GR = "gallopers_ride_examiner"
PB = "peat_bog_restoration_ranger"
WT = "wind_turbine_blade_tech"
CD = "cine_film_digitiser"
LR = "inshore_lifeboat_raffle_team"
TC = "turret_clock_winder"
HB = "hot_air_balloon_pilot"
HM = "hawk_mews_handler"
BB = "hand_bookbinder_trainee"
CL = "canal_lock_keeper_log"

calc(
    BF,
    "Bell metal for the new treble is 78% copper and 22% tin by weight. The casting needs "
    "340 kg of metal in all, so how many kg of tin do we order?",
    340 * pct(22),
)
calc(
    BF,
    "invoice for the recast: 3 bells at £2,450 each plus tuning at £385 per bell, then 20% VAT "
    "on the whole lot. total please",
    3 * (2450 + 385) * (1 + pct(20)),
)
calc(
    HL,
    "Laid 185 metres of hedge this winter at £14.50 a metre, less the £120 I owe the farmer "
    "for stakes and binders. What does he owe me?",
    185 * dec("14.50") - 120,
)
calc(
    GE,
    "The buyer pays €310 per kilo of glass eels. I landed 1.35 kg on one tide and 0.85 kg on "
    "the next, and the co-op keeps 6% commission. What do I clear in euros?",
    (dec("1.35") + dec("0.85")) * 310 * (1 - pct(6)),
)
calc(
    MQ,
    "A 12 m by 27 m marquee, allowing 1.2 square metres per seated guest - how many guests "
    "can we seat?",
    12 * 27 / dec("1.2"),
)
calc(
    MQ,
    "crew of 5 did 9.5 hrs each on the build at £16.40/hr, then three of them did another 4 hrs "
    "on the take-down. whats the wage bill",
    (5 * dec("9.5") + 3 * 4) * dec("16.40"),
)
calc(
    OT,
    "I charge £95 per organ plus 45p a mile. Monday's round was four organs and 138 miles "
    "of driving. What do I bill altogether?",
    4 * 95 + 138 * dec("0.45"),
)
calc(
    SS,
    "We got 1,260 seed packets donated and 35 members each take an equal share. how many "
    "packets does each member get",
    F(1260, 35),
)
calc(
    CS,
    "Swept 7 chimneys at £65 and 2 inglenooks at £90, and knocked 10% off one of the £65 jobs "
    "for a pensioner. What were the day's takings?",
    7 * 65 + 2 * 90 - 65 * pct(10),
)
calc(
    CF,
    "Fares are £3.80 a car, 60p a foot passenger and £1.20 a bike. The morning sheet shows 214 "
    "cars, 96 foot passengers and 37 bikes. Total takings in pounds?",
    214 * dec("3.80") + 96 * dec("0.60") + 37 * dec("1.20"),
)
calc(
    CF,
    "A commuter crosses twice a day on 230 working days. How much does a £390 season ticket "
    "save them compared with paying £3.80 per crossing?",
    2 * 230 * dec("3.80") - 390,
)
calc(
    OM,
    "Each straw bag gives 1.8 kg over three flushes. We've 140 bags and wholesale is £7.50 per "
    "kg. What's the crop worth?",
    140 * dec("1.8") * dec("7.50"),
)
calc(
    PS,
    "The dome seats 112. We ran six shows at 75% full and two that sold out. How many tickets "
    "were sold in total?",
    6 * 112 * pct(75) + 2 * 112,
)
calc(
    CP,
    "Our apples press out at 0.65 litres of juice per kilogram and we pressed 1,840 kg on "
    "Saturday. How many litres of juice is that?",
    1840 * dec("0.65"),
)
calc(
    CB,
    "A hank of horsehair costs £28 and does four cello bows. I charge £65 per rehair. What's my "
    "profit on 22 rehairs if I can only buy whole hanks?",
    22 * 65 - 28 * whole_up(F(22, 4)),
)
calc(
    IR,
    "public session: 340 adults at £9.50, 215 juniors at £6.75, and 60% of those 555 skaters "
    "hired skates at £2.50 each. what did the session take",
    340 * dec("9.50") + 215 * dec("6.75") + 555 * pct(60) * dec("2.50"),
)
calc(
    TE,
    "Pluckers get 14 rupees per kilo of green leaf. Anjali brought in 23.5 kg in the morning and "
    "18.75 kg after lunch. What does she earn for the day?",
    (dec("23.5") + dec("18.75")) * 14,
)
calc(
    TE,
    "green leaf to made tea runs at 4.5 to 1 here. how much made tea do we get from 3,150 kg of "
    "leaf",
    3150 / dec("4.5"),
)
calc(
    SG,
    "The panel has 140 pieces of glass and 35% of them are cracked. Replacing each costs "
    "£18.50. What will the replacements come to?",
    140 * pct(35) * dec("18.50"),
)
calc(
    GR,
    "The gallopers have 36 horses, each rated for one rider at up to 95 kg, plus 4 chariots "
    "rated at 190 kg each. What is the maximum passenger load in kg?",
    36 * 95 + 4 * 190,
)
calc(
    PB,
    "Dams go in every 8.5 m along a 1,020 m ditch, with one at the very start and one at the "
    "far end. How many dams is that?",
    1020 / dec("8.5") + 1,
)
calc(
    WT,
    "Each leading-edge repair kit covers 0.35 m2 and the three blades have 1.45 m2 of erosion "
    "each. How many kits do I need, whole kits only?",
    whole_up(3 * dec("1.45") / dec("0.35")),
)
calc(
    WT,
    "The turbine produced 1,845 MWh last quarter and the purchase agreement pays £52.40 per "
    "MWh. Revenue for the quarter?",
    1845 * dec("52.40"),
)
calc(
    CD,
    "Customer sent eleven 50-foot reels of Super 8 and three 200-foot reels. I charge 28p per "
    "foot of film scanned. What's the quote?",
    (11 * 50 + 3 * 200) * dec("0.28"),
)
calc(
    LR,
    "The raffle sold 1,275 tickets at £2, the cake stall made £386.40 and the tins £912.15. "
    "Gift Aid adds 25% on £640 of the tin money. What's the grand total?",
    1275 * 2 + dec("386.40") + dec("912.15") + 640 * pct(25),
)
calc(
    TC,
    "The church clock loses 18 seconds a day. If I set it right and come back 23 days later, "
    "how many minutes slow will it be?",
    F(18 * 23, 60),
)
calc(
    HB,
    "Propane costs £0.68 a litre and the flight burned 95 litres. I flew four passengers at "
    "£189 each and paid the retrieve crew £120. What was the profit on the flight?",
    4 * 189 - 95 * dec("0.68") - 120,
)
calc(
    HB,
    "basket load: me at 82 kg plus four passengers weighing 311 kg between them. The envelope "
    "will lift 545 kg of people. how many kg of margin are left",
    545 - 82 - 311,
)
calc(
    HM,
    "Each of our 6 Harris hawks gets 110 g of chicks a day, and chicks come in 2.5 kg boxes. "
    "How many boxes do I order for 28 days, rounding up to whole boxes?",
    whole_up(6 * dec("0.110") * 28 / dec("2.5")),
)
calc(
    BB,
    "Each sheet folds into a signature of 16 pages. How many sheets for a 368-page book?",
    F(368, 16),
)
calc(
    CL,
    "The lock chamber is 22 m long and 2.15 m wide and the fall is 1.8 m. How many cubic metres "
    "of water go down the cut each time it's emptied?",
    22 * dec("2.15") * dec("1.8"),
)

calc(P, "what is 17.5% of 2,968?", 2968 * pct("17.5"))
calc(P, "863 x 47", 863 * 47)
calc(P, "Compute 12,096 divided by 48.", F(12096, 48))
calc(P, "(3.75 + 8.9) * 14 = ?", (dec("3.75") + dec("8.9")) * 14)
calc(P, "What is 7 to the power of 5?", 7**5)
calc(P, "square root of 5,329", 73)
calc(P, "How much is 1,375 once it goes up by 8%?", 1375 * (1 + pct(8)))
calc(P, "4,312 minus 1,987.65", 4312 - dec("1987.65"))
calc(P, "what's three eighths of 920", 920 * F(3, 8))
calc(
    P,
    "Add up 19.99, 4.25, 7.80 and 12.46.",
    dec("19.99") + dec("4.25") + dec("7.80") + dec("12.46"),
)
calc(P, "What is 84 with 15% taken off?", 84 * (1 - pct(15)))
calc(P, "23 squared minus 17 squared?", 23**2 - 17**2)
calc(P, "Divide 7 by 8.", F(7, 8))
calc(P, "what is 6.4 percent of 1,875", 1875 * pct("6.4"))
assert 73**2 == 5329


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


unit_r(BF, "The tenor bell weighs 1,120 kg. What is that in pounds?", 1120 / LB)
unit(
    HL,
    "The roadside hedge runs 440 yards from the gate to the corner. How long is that in metres?",
    440 * YD,
    EXACT,
)
unit(
    HL,
    "my stakes are cut at 5 ft 6 in - what's that in centimetres?",
    (5 * FT + 6 * IN) * 100,
    EXACT,
)
unit(
    GE,
    "The river was 9 °C at the weir when we set the nets. What is that in degrees Fahrenheit?",
    c_to_f(9),
    EXACT,
)
unit_r(
    MQ,
    "The marquee is rated for gusts up to 50 mph. Convert that to kilometres per hour.",
    50 * MPH / KMH,
)
unit_r(
    OT,
    "The longest pipe on the pedal division is a 16-foot stop. How many metres long is 16 ft?",
    16 * FT,
)
unit_r(
    OT,
    "It was 57 °F up in the organ loft this morning. What's that in Celsius?",
    f_to_c(57),
)
unit(
    SS,
    "The packet says sow the carrot seed 0.25 inch deep. how many millimetres is that",
    dec("0.25") * IN * 1000,
    EXACT,
)
unit(
    CS,
    "The flue liner is 6 inches across. How many millimetres is that?",
    6 * IN * 1000,
    EXACT,
)
unit(
    CF,
    "The chain is 270 yards long from slipway to slipway. Convert that to metres.",
    270 * YD,
    EXACT,
)
unit_r(OM, "Our grow room is 28 m². How many square feet is that?", 28 / SQFT)
unit_r(
    OM,
    "A restaurant ordered 3 lb of oyster mushrooms - how many kilograms should I weigh out?",
    3 * LB,
)
unit_r(PS, "The dome is 18 metres across. What's that in feet?", 18 / FT)
unit_r(
    CP,
    "One of the members turned up with 5 stone of windfalls. How many kilograms is that?",
    5 * STONE,
)
unit_r(
    CB,
    "The hair on a cello bow runs about 650 mm between the frog and the tip. Convert 650 mm to "
    "inches.",
    F(650, 1000) / IN,
)
unit(
    IR,
    "We keep the hockey ice at 23 °F. what is that in celsius",
    f_to_c(23),
    EXACT,
)
unit_r(
    IR,
    "The rink surface is 200 ft by 85 ft. What is its area in square metres?",
    200 * 85 * SQFT,
)
unit_r(TE, "A chest of tea weighs 44 kg. How many pounds is that?", 44 / LB)
unit_r(
    SG,
    "The east window lancet is 1.45 m tall. How many inches is that?",
    dec("1.45") / IN,
)
unit_r(
    GR,
    "Top speed on the platform edge is 45 km/h. What's that in mph?",
    45 * KMH / MPH,
)
unit_r(
    PB,
    "The restoration site covers 340 hectares. How many acres is that?",
    340 * 10000 / ACRE,
)
unit_r(
    PB,
    "In the dipwell the water table sits 15 cm below the surface. Convert 15 cm to inches.",
    F(15, 100) / IN,
)
unit_r(WT, "Hub height is 105 m. How high is that in feet?", 105 / FT)
unit(
    CD,
    "How many metres of film are on a 50-foot reel of Super 8?",
    50 * FT,
    EXACT,
)
unit_r(
    LR,
    "The sponsored sea swim is 2.5 miles. How far is that in kilometres?",
    dec("2.5") * MI / 1000,
)
unit_r(
    TC,
    "The going-train weight on our turret clock is 140 lb. Convert that to kilograms.",
    140 * LB,
)
unit(
    HB,
    "Our ceiling for the festival is 3,000 ft above ground level. What is that in metres?",
    3000 * FT,
    EXACT,
)
unit_r(
    HM,
    "The female peregrine flies at 1 lb 12 oz. What's her weight in grams?",
    (LB + 12 * OZ) * 1000,
)
unit_r(
    HM,
    "A stoop was clocked at 240 mph. Convert that to metres per second.",
    240 * MPH,
)
unit(
    BB,
    "The nipping press takes sheets up to 20 by 25 inches. What's that sheet area in square "
    "centimetres?",
    20 * 25 * IN * IN * 10000,
    EXACT,
)
unit_r(CL, "the narrowboat is 57 feet long. how many metres?", 57 * FT)

unit_r(P, "Convert 73 kilometres to miles.", 73000 / MI)
unit_r(P, "how many feet in 250 metres", 250 / FT)
unit(P, "What is 38 °C in Fahrenheit?", c_to_f(38), EXACT)
unit(P, "How many centimetres are in 6 feet 11 inches?", (6 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "What is 5 kilograms in ounces?", 5 / OZ)
unit_r(P, "Convert 3.7 acres to square metres.", dec("3.7") * ACRE)
unit_r(P, "how many square feet is 45 square metres", 45 / SQFT)
unit_r(P, "What's 100 km/h in miles per hour?", 100 * KMH / MPH)
unit_r(P, "Express 36 psi in bar.", 36 * PSI / BAR)
unit(P, "How many mebibytes are in 4.25 GiB?", dec("4.25") * GIB / MIB, EXACT)
unit(P, "Convert 9 kWh to megajoules.", 9 * F(3600, 1000), EXACT)
unit_r(P, "What is -12 °F in Celsius?", f_to_c(-12))
unit_r(P, "Convert 9 stone 4 pounds to kilograms.", 9 * STONE + 4 * LB)
unit_r(P, "31.5 miles is how many km?", dec("31.5") * MI / 1000)


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

_cast = D(2027, 9, 2)
date_item(
    BF,
    f"We cast the treble on {sayw(_cast)} and the mould has to cool for 10 days before we dig "
    "it out. On what date do we lift it?",
    _cast + TD(days=10),
)
_hl_a, _hl_b = D(2028, 1, 8), D(2028, 3, 1)
date_item(
    HL,
    f"I start laying the long hedge on {say(_hl_a)} and the farmer wants it done by "
    f"{say(_hl_b)}. How many days is that, counting both the first and the last day?",
    days(_hl_a, _hl_b) + 1,
)
_ge_open = D(2028, 2, 1)
date_item(
    GE,
    f"The eel season opens on {say(_ge_open)} and lasts 80 days, with the opening day as day "
    "1. What date is the last day of the season?",
    _ge_open + TD(days=79),
)
_ge_tide = D(2028, 3, 15)
date_item(
    GE,
    f"The big spring tide falls on {say(_ge_tide)}. What day of the week is that? I need to "
    "book the van",
    weekday(_ge_tide),
)
_wed = D(2027, 7, 17)
date_item(
    MQ,
    f"Wedding is on {sayw(_wed)} and the gang builds the marquee 4 days before. What date is "
    "the build?",
    _wed - TD(days=4),
)
_ot = D(2027, 3, 3)
date_item(
    OT,
    f"I tune St Mary's every 13 weeks. The last visit was {sayw(_ot)}. When is the next one due?",
    _ot + TD(weeks=13),
)
_frost = D(2027, 5, 20)
date_item(
    SS,
    f"tomatoes want sowing 8 weeks before the last frost, which we take as {say(_frost)}. what "
    "date do I sow",
    _frost - TD(weeks=8),
)
_cert = D(2026, 10, 9)
date_item(
    CS,
    f"The sweeping certificate was issued on {say(_cert)}. What date falls 365 days after that?",
    _cert + TD(days=365),
)
_fa, _fb = D(2027, 1, 4), D(2027, 3, 19)
date_item(
    CF,
    f"The ferry went off for refit on {say(_fa)} and came back on {say(_fb)}. How many days "
    "are there from the first date to the second?",
    days(_fa, _fb),
)
_spawn = D(2027, 9, 6)
date_item(
    OM,
    f"spawned the bags on {sayw(_spawn)}; first flush comes 19 days later. what day of the week "
    "will that be",
    weekday(_spawn + TD(days=19)),
)
_pl_day = D(2027, 3, 10)
_pl_show = DT(2027, 3, 10, 19, 30, tzinfo=ZoneInfo("Europe/London"))
_pl_feed = DT(2027, 3, 10, 16, 0, tzinfo=ZoneInfo("America/Santiago"))
date_item(
    PS,
    f"On {say(_pl_day)} the live feed from the telescope in Santiago opens at 16:00 Santiago "
    "time and our show in London starts at 19:30 London time. How many minutes after the feed "
    "opens does the show start?",
    F(
        int((_pl_show.astimezone(dt.UTC) - _pl_feed.astimezone(dt.UTC)).total_seconds()),
        60,
    ),
)
_pl_a, _pl_b = D(2027, 5, 14), D(2027, 8, 2)
date_item(
    PS,
    f"Bookings for the eclipse special opened on {say(_pl_a)} and the show is on "
    f"{say(_pl_b)}. How many days apart are those dates?",
    days(_pl_a, _pl_b),
)
_press = D(2027, 10, 23)
date_item(
    CP,
    f"The cider ferments for 6 weeks from pressing on {say(_press)}. Which date can we bottle?",
    _press + TD(weeks=6),
)
_drop = D(2027, 11, 5)


def _add_working_days(d, n):
    while n:
        d += TD(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


date_item(
    CB,
    f"A customer left her cello bow with me on {sayw(_drop)} and I promised it back in 12 "
    "working days (Monday to Friday, no bank holidays in between). What date is that?",
    _add_working_days(_drop, 12),
)
_ir_a, _ir_b = D(2028, 3, 5), D(2028, 4, 30)
date_item(
    IR,
    f"How many weeks are there from {sayw(_ir_a)}, when the play-offs start, to {sayw(_ir_b)}, "
    "when we melt the ice?",
    weeks(_ir_a, _ir_b),
)
_pluck = D(2028, 2, 16)
date_item(
    TE,
    f"We pluck each section every 7 days. The first round of the season was {sayw(_pluck)}. "
    "What date is the 10th round?",
    _pluck + TD(days=7 * 9),
)
_win = D(2027, 11, 22)
date_item(
    SG,
    f"The window was installed on 22 November 1887 and the parish wants a service on "
    f"{say(_win)}. What day of the week is that?",
    weekday(_win),
)
_gr_cert = D(2027, 4, 3)
date_item(
    GR,
    f"The ride's inspection certificate is dated {say(_gr_cert)} and the next one must be done "
    "no later than 364 days after that date. What is the latest date?",
    _gr_cert + TD(days=364),
)
date_item(
    GR,
    "The showmen start building up at 06:15 and the fair opens at 17:30. How many hours is that?",
    clock_span("06:15", "17:30", 3600),
)
_dip = D(2027, 4, 1)
date_item(
    PB,
    f"Dipwell readings are taken every 10 days, the first one on {say(_dip)}. What date is the "
    "12th reading?",
    _dip + TD(days=10 * 11),
)
_cph = ZoneInfo("Europe/Copenhagen")
_wt_a = DT(2027, 10, 30, 20, 0, tzinfo=_cph)
_wt_b = DT(2027, 10, 31, 8, 0, tzinfo=_cph)
assert _wt_a.utcoffset() != _wt_b.utcoffset()  # the clocks go back that night
date_item(
    WT,
    "Our night shift on the turbines off Esbjerg ran from 20:00 local time on "
    f"{sayw(_wt_a.date())} to 08:00 local time on {sayw(_wt_b.date())}. How many hours did we "
    "actually work?",
    F(
        int((_wt_b.astimezone(dt.UTC) - _wt_a.astimezone(dt.UTC)).total_seconds()),
        3600,
    ),
)
_born_cd = D(1961, 5, 3)
date_item(
    CD,
    f"The baby in this christening film was born on {say(_born_cd)}. How old was he on "
    f"{say(D(2027, 5, 2))}, when his daughter brought the reel in?",
    age(_born_cd, D(2027, 5, 2)),
)
_scan = D(2027, 11, 29)
date_item(
    CD,
    f"What date is 9 days after {say(_scan)}? That's when the scanner comes back from repair.",
    _scan + TD(days=9),
)
_lr = D(2028, 9, 12)
date_item(
    LR,
    f"The station opened on 12 September 1828, so the bicentenary is {say(_lr)}. What day of the "
    "week does that fall on?",
    weekday(_lr),
)
date_item(
    TC,
    "British clocks go forward on the last Sunday of March. What's the date of that Sunday in "
    "2028? I have to climb the tower to change the turret clock",
    nth_weekday(2028, 3, SUN, -1),
)
date_item(
    HB,
    "We took off at 06:40 and landed at 08:05. How many minutes were we in the air?",
    clock_span("06:40", "08:05", 60),
)
_fiesta = DT(2027, 10, 9, 12, 0)
_abq = _fiesta.replace(tzinfo=ZoneInfo("America/Denver")).utcoffset()
_bri = _fiesta.replace(tzinfo=ZoneInfo("Europe/London")).utcoffset()
date_item(
    HB,
    "I'm flying at the balloon fiesta in Albuquerque on 9 October 2027. How many hours ahead "
    "of Albuquerque is Bristol on that date?",
    F(int((_bri - _abq).total_seconds()), 3600),
)
_owl = D(2019, 4, 21)
date_item(
    HM,
    f"Our eagle owl hatched on {say(_owl)}. How old is she on {say(D(2027, 6, 1))}?",
    age(_owl, D(2027, 6, 1)),
)
_glue = DT(2027, 9, 7, 15, 0)
date_item(
    BB,
    f"The book went into the press at 15:00 on {sayw(_glue.date())} and has to stay in for 72 "
    "hours. What day of the week does it come out?",
    weekday((_glue + TD(hours=72)).date()),
)
_st_a, _st_b = D(2028, 1, 3), D(2028, 2, 11)
date_item(
    CL,
    f"The stoppage for new lock gates runs from {say(_st_a)} to {say(_st_b)} inclusive. How many "
    "days is the lock shut?",
    days(_st_a, _st_b) + 1,
)
date_item(
    CL,
    "The navigation reopens on the first Saturday of March 2028. What date is that?",
    nth_weekday(2028, 3, SAT, 1),
)

date_item(P, "What day of the week was 23 July 1969?", weekday(D(1969, 7, 23)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 28 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 28)),
)
date_item(P, "What date is 100 days after 15 January 2027?", D(2027, 1, 15) + TD(days=100))
date_item(P, "what date is 6 weeks before 9 May 2028", D(2028, 5, 9) - TD(weeks=6))
date_item(
    P,
    "How many weeks from 4 January 2027 to 22 March 2027?",
    weeks(D(2027, 1, 4), D(2027, 3, 22)),
)
date_item(P, "Which weekday is Christmas Day 2029?", weekday(D(2029, 12, 25)))
date_item(
    P,
    "How old is someone born on 30 September 1984 on 15 August 2027?",
    age(D(1984, 9, 30), D(2027, 8, 15)),
)
date_item(P, "When is the third Thursday of October 2027?", nth_weekday(2027, 10, THU, 3))
date_item(P, "What's the date 250 days after 1 June 2027?", D(2027, 6, 1) + TD(days=250))
date_item(P, "How many hours is it from 09:45 to 17:15?", clock_span("09:45", "17:15", 3600))
_tk = DT(2027, 7, 5, 12, 0)
date_item(
    P,
    "How many hours is New York behind Tokyo on 5 July 2027?",
    F(
        int(
            (
                _tk.replace(tzinfo=ZoneInfo("Asia/Tokyo")).utcoffset()
                - _tk.replace(tzinfo=ZoneInfo("America/New_York")).utcoffset()
            ).total_seconds()
        ),
        3600,
    ),
)
date_item(P, "What day of the week will 1 January 2030 be?", weekday(D(2030, 1, 1)))
date_item(P, "What date is 45 days before 10 April 2028?", D(2028, 4, 10) - TD(days=45))
date_item(
    P, "How many days from 4 February 2028 to 2 March 2028?", days(D(2028, 2, 4), D(2028, 3, 2))
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


for _q in (
    "Why does a bell founder add tin to copper instead of casting in pure copper?",
    "Explain how a chain ferry manages to cross a river when it's pulled along fixed chains.",
    "What makes glass eels change from see-through to dark as they move upriver?",
    "How does the escapement on a turret clock actually keep time?",
    "Why do hot air balloons mostly fly around dawn and dusk?",
    "explain the difference between a leap second and a leap day",
    "Why is ice for hockey kept colder than ice for figure skating?",
    "What is Gift Aid and who is allowed to claim it?",
    "Why do tea planters go on about 'two leaves and a bud'?",
    "How does sphagnum moss help a peat bog hold on to water?",
    "Explain what a signature is in bookbinding, for a complete beginner.",
    "Why are organ stops described in feet, like an 8-foot principal?",
    "What was the point of a pound lock compared with the older flash locks?",
    "What causes leading-edge erosion on wind turbine blades?",
    "Why does rosin make a bow grip the string?",
    "Why did Super 8 cameras offer both 18 and 24 frames per second?",
    "What does registering for VAT actually mean for a small sole trader?",
    "Explain compound interest to a twelve-year-old.",
    "Why does the US still use the Fahrenheit scale?",
    "what causes a spring tide",
):
    neg("explain-craft", _q)

for _q in (
    "Should I lay my hedge in the Midland style or the South of England style?",
    "Is a ferry season ticket worth it if I only commute in the summer?",
    "What's a fair price to charge for sweeping a chimney out in the countryside?",
    "Which is better for a beginner falconer, a Harris hawk or a kestrel?",
    "Do you reckon oyster mushrooms or shiitake are easier to grow at home?",
    "How should I price a stained glass repair for a church that has very little money?",
    "Is it rude to ask wedding guests to chip in for the marquee?",
    "What would you name a new treble bell?",
    "Is a narrowboat a sensible place to live through the winter?",
    "How do I tell a customer kindly that their cine films are too damaged to scan?",
    "What's the best glue for a first bookbinding project?",
    "Should our lifeboat station do a raffle or a sponsored swim for the next appeal?",
    "give me some tips for keeping a seed swap organised",
    "Any advice for my first solo balloon flight?",
    "What should I check before buying a second-hand cider press?",
    "Would you recommend studying physics or engineering if I want to work on wind turbines?",
    "How can I stop my cello bow hair going slack in damp weather?",
    "What's the best way to learn to ice skate as an adult?",
    "Is peat-free compost really as good as the peat stuff?",
    "How do I ask my boss for a pay rise without it being awkward?",
):
    neg("advice-opinion", _q)

for _q in (
    "Write a short poem about a lock keeper at dawn.",
    "Draft a polite email reminding a client that their invoice is overdue.",
    "Write a limerick about a chimney sweep.",
    "Can you write a thank-you note to the volunteers at our seed swap?",
    "Suggest a catchy name for a small mushroom farm.",
    "Write a two-line slogan for a lifeboat appeal.",
    "Compose a haiku about a hot air balloon over the fields.",
    "Help me write a job advert for an apprentice organ builder.",
    "Write a toast for a bell founder's retirement party.",
    "Summarise the plot of The Wind in the Willows in three sentences.",
    "Make this sound more formal: 'we can't do the job till the weather clears'.",
    "Translate 'the ferry is cancelled due to high winds' into French.",
    "Write an outline risk assessment for a ride at a village fair.",
    "Give me five interview questions for a tea estate manager.",
    "Write a bedtime story about an owl who can't hoot.",
    "Turn these notes into a paragraph: bog restored, water table up, curlews back.",
    "Write a product description for handmade notebooks.",
    "Suggest three titles for a talk about canal history.",
    "Write a short obituary template for a parish newsletter.",
    "What's a good opening line for a speech at a cider festival?",
):
    neg("writing-help", _q)

for _q in (
    "Write a Python function that counts weekdays between two dates, skipping a list of holidays.",
    "How do I turn a string like '2027-03-04' into a Date in JavaScript?",
    "Write an SQL query to find the top five customers by total spend.",
    "Why doesn't 0.1 + 0.2 equal 0.3 in Python?",
    "Write a bash one-liner to count the lines in every .csv file in a folder.",
    "How do I handle time zones properly in a Django app?",
    "Write a regex that matches a current-format UK car registration plate.",
    "What's the difference between a set and a frozenset in Python?",
    "Write a spreadsheet formula that takes the 20% VAT out of the gross amount in cell C7.",
    "How do I show two decimal places in Excel without changing the stored value?",
    "Write a C function that reverses a string in place.",
    "Explain what a race condition is, with an example.",
    "How do I make a local branch track a remote branch?",
    "Write a Python script that renames photos by the date they were taken.",
    "What does the Z at the end of an ISO 8601 timestamp mean?",
):
    neg("code-help", _q)

for _q in (
    "Who cast Big Ben?",
    "When did the Super 8 format come out, and who made it?",
    "What's the oldest chain ferry still working in England?",
    "Who invented the hot air balloon?",
    "Was the Tsar Bell in Moscow ever actually rung?",
    "Why did Britain switch to the Gregorian calendar in 1752?",
    "Tell me about the history of the Darjeeling tea estates.",
    "Who was Thomas Telford?",
    "What happened to the glass eel trade after the EU stopped exports?",
    "Which country makes the most stained glass nowadays?",
    "How did medieval monks keep time at night?",
    "Who wrote The Compleat Angler, and why is it still read?",
    "What's the largest raised bog in Europe?",
    "Where does the name 'Harris hawk' come from?",
    "When were the first lifeboat stations set up in Britain?",
):
    neg("history-knowledge", _q)

for _q in (
    "What should I cook for six people when one of them is vegetarian?",
    "Recommend a novel for a long train journey.",
    "How do I get red wine out of a carpet?",
    "What are the basic rules of curling?",
    "Can you explain icing in ice hockey?",
    "What's a good stretching routine after a long day on my feet?",
    "How can I tell if an egg is still fresh?",
    "What's the difference between a crocodile and an alligator?",
    "Plan me a three-day walking route in the Lake District.",
    "why do cats knead blankets",
):
    neg("everyday-chat", _q)

for _q, _n in (
    ("Is 0161 496 0795 a Manchester landline?", "phone number"),
    (
        "The old ringing board lists 1-4-7-11 under the peal. What would those numbers mean?",
        "numbers as a label",
    ),
    ("Our hockey team lost 3-7 on Saturday. Was that our worst defeat ever?", "score"),
    ("What does 1/2-14 mean on the label of a pipe fitting?", "thread size code"),
    (
        "I'm on version 3.12.4 and it wants me to update to 3.13 - is that a big change?",
        "version numbers",
    ),
    ("My order reference is 2027/0415-33. When will it arrive?", "reference number"),
    ("Which terminal does flight BA 2490 leave from?", "flight number"),
    ("What does section 12(3)(b) of a lease usually cover?", "legal citation"),
    ("Why does the form reject SW1A 2AA as a postcode?", "postcode"),
    ("The film can is stamped 7276/40. What film stock is that?", "stock code"),
    ("Lock 21 of 29 on the flight - what's that one called?", "ordinal label"),
    ("What does 24/7/365 actually promise in a support contract?", "slogan, not a sum"),
):
    neg("near-identifier", _q, _n)

for _q, _n in (
    (
        (
            "In place notation x16x16 on six bells, what order are the bells in after the four "
            "changes, starting from rounds?"
        ),
        "change-ringing notation",
    ),
    ("Let a # b mean a*b - a - b. Is # associative?", "redefined operator, proof"),
    ("In this word game 'plus' means stick the digits together. What's 12 plus 34?", "redefined"),
    ("For this quiz ^ means XOR. What's 6 ^ 3?", "redefined operator"),
    (
        "On a 12-hour dial, why does 9 + 5 show as 2? Explain it to a child.",
        "modular explanation",
    ),
    (
        (
            "Our spreadsheet's % column means percentage points. If a rate of 4% goes up by 2% in "
            "that column, what does the sheet mean?"
        ),
        "redefined percent",
    ),
    (
        (
            "The old keeper wrote dates as month.day and the new one as day.month. Is the entry "
            "03.04 in March or April?"
        ),
        "notation unknown",
    ),
    ("The pickers call 40 kg a 'maund'. Is that the real weight of a maund?", "definition check"),
):
    neg("near-redefined", _q, _n)

for _q, _n in (
    ("The marquee needs 340 pegs. How many bags should I order?", "bag size missing"),
    ("We sold 1,200 raffle tickets. How much did we make?", "price missing"),
    ("How long does the lock take to fill?", "no figures"),
    ("My balloon burns 95 litres an hour. How long can I stay up?", "fuel carried missing"),
    ("How many days until the bog is fully restored?", "unknowable"),
    ("The hedge is 185 m long. How long will it take me to lay?", "rate missing"),
    ("She was 980 g and has dropped a bit. What does she weigh now?", "loss missing"),
    ("What was the pound to euro exchange rate on 3 March 2027?", "outside data"),
    ("How much tin goes into a church bell?", "knowledge"),
    (
        "What's the VAT rate on stained glass repairs for a listed church?",
        "tax knowledge",
    ),
    ("How many cello bows can I rehair from one hank?", "depends"),
    ("The ferry takes 18 cars. How many crossings to clear the queue?", "queue size missing"),
    ("How many seeds are in a packet of carrots?", "varies"),
    ("The blade is 80 m long. How fast is the tip moving?", "speed of rotation missing"),
    ("How much juice did we press last autumn?", "unknown records"),
):
    neg("near-missing", _q, _n)

for _q, _n in (
    ("Roughly how many church bells are there in England?", "estimate"),
    ("About how many people ride the gallopers over a fair weekend?", "estimate"),
    ("Estimate the weight of a 16-foot metal organ pipe.", "estimate"),
    ("ballpark, how many glass eels in a kilo?", "estimate"),
    ("Roughly what does it cost to run an ice rink for a day?", "estimate"),
    ("How far might a balloon drift in an hour on a breezy day?", "estimate"),
    ("Guess how many books a hand bookbinder finishes in a week.", "estimate"),
    ("What's a rough figure for how much leaf one plucker picks in a day?", "estimate"),
    ("About how much water does a hectare of healthy peat bog hold?", "estimate"),
    ("Approximately how many narrowboats are there on the canals?", "estimate"),
):
    neg("near-estimate", _q, _n)

for _q, _n in (
    ("My card statement says APR 24.9%. What does that mean in practice?", "meaning"),
    (
        "The forecast says 40% chance of rain at 3pm. Does it mean rain for 40% of the hour?",
        "meaning",
    ),
    ("The ride's paperwork says it's rated Class 2. What does that class cover?", "meaning"),
    ("Why is 98.6 °F called normal when mine is usually 97.9?", "explanation"),
    ("My flue liner is marked T450 N1 D 3 G. What do those codes mean?", "meaning"),
    ("My payslip shows tax code 1257L. What does the L stand for?", "meaning"),
    ("Forecast is force 6 gusting 35. Is that safe for a balloon flight?", "judgement"),
    ("The old film box says 50/18°. What does the 18° part mean?", "meaning"),
    ("Why does my kitchen scale say a pound is 454 g and not 453.59?", "explanation"),
    ("The tide table says 4.6 m at 07:12. Is that how deep the water is?", "meaning"),
):
    neg("near-meaning", _q, _n)

for _q, _n in (
    ("Write a function that converts Fahrenheit to Celsius.", "code"),
    (
        (
            "Give me a spreadsheet formula that counts the days between two dates, leaving out "
            "weekends."
        ),
        "code",
    ),
    ("Teach me a trick for working out 17% of a bill in my head.", "method"),
    ("Is a kilobyte 1,000 or 1,024 bytes?", "convention question"),
    ("Explain why dividing by 0.5 doubles a number.", "explanation"),
    ("Which is the better deal, 10% off or buy four get one free, and why?", "judgement"),
    ("Prove that the cube root of 5 is irrational.", "proof"),
    (
        "If a balloon flew at the speed of sound, would the passengers hear the burner?",
        "physics explanation",
    ),
    ("What's the next number in 2, 6, 12, 20, 30 and why?", "pattern"),
    ("Why were 1900 and 2100 not leap years when 2000 was?", "explanation"),
):
    neg("near-reasoning", _q, _n)

_CONVS = (
    (
        "conv-alien-day",
        [
            (
                U,
                "For my tabletop game, a Keth day lasts 30 hours and a Keth week is 5 days.",
            ),
            (A, "Nice - noted: 30-hour days and 5-day weeks on Keth."),
            (U, "Then how many hours make up two Keth weeks?"),
        ],
        "weeks and days redefined earlier",
    ),
    (
        "conv-bead-unit",
        [
            (U, "In our mews log we write weights in 'beads', and one bead is 25 g."),
            (A, "Understood, one bead is 25 grams in your log."),
            (U, "She's at 31 beads - what's that in grams?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-vat-included",
        [
            (U, "Every price I give you in this chat already includes VAT."),
            (A, "OK, I'll treat all your prices as VAT-inclusive."),
            (U, "So what's £240 plus VAT?"),
        ],
        "contradicts the earlier statement",
    ),
    (
        "conv-month-first",
        [
            (U, "My lock log writes dates month first, American style."),
            (A, "Got it, month/day/year."),
            (U, "How many days from 03/04/2027 to 04/03/2027?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-fast-clock",
        [
            (U, "The church clock in our village runs 12 minutes fast and nobody fixes it."),
            (A, "That must confuse visitors!"),
            (U, "The wedding started at 2:30 by that clock. What time was it really?"),
        ],
        "clock offset stated earlier",
    ),
    (
        "conv-follow-on-percent",
        [
            (U, "work out 15% of 86 for me"),
            (A, "15% of 86 is 12.9."),
            (U, "and then 15% of that result?"),
        ],
        "refers to the previous answer",
    ),
    (
        "conv-son-age",
        [
            (U, "I was born on 3 May 1990."),
            (A, "Thanks, noted."),
            (U, "How old will I be when my son reaches the age I am now?"),
        ],
        "son's birth date missing",
    ),
    (
        "conv-in-character",
        [
            (U, "Stay in character as a 1920s tea planter in Assam for this chat."),
            (A, "Right you are, old chap - the leaf is coming on nicely this season."),
            (U, "What's a fair day's pay for a plucker, in your view?"),
        ],
        "role-play opinion",
    ),
    (
        "conv-witch-dozen",
        [
            (U, "In my story a baker's dozen is 13 but a witch's dozen is 11."),
            (A, "Fun detail! Noted."),
            (U, "So how many loaves in 4 witch's dozens?"),
        ],
        "invented unit",
    ),
    (
        "conv-octal",
        [
            (U, "Let's do all the arithmetic in octal from here on."),
            (A, "Sure, I'll work in base 8."),
            (U, "What is 17 + 25?"),
        ],
        "base changed earlier",
    ),
    (
        "conv-two-quotes",
        [
            (U, "I've got two quotes for the marquee: £1,850 and £2,300."),
            (A, "That's a sizeable gap between them."),
            (U, "What's the cheaper one with 20% added?"),
        ],
        "figures in an earlier turn",
    ),
    (
        "conv-sister-call",
        [
            (U, "I live in Auckland and my sister lives in Cardiff."),
            (A, "That's about as far apart as you can get!"),
            (U, "If I ring her at 7pm my time on 12 June 2027, what time is it for her?"),
        ],
        "places given earlier",
    ),
    (
        "conv-meant-subtract",
        [
            (U, "Add 40 to 125."),
            (A, "40 + 125 = 165."),
            (U, "Sorry, I meant subtract. Then halve that?"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-company-weeks",
        [
            (U, "Our weeks start on Wednesday and week 1 is the week containing 1 April."),
            (A, "Understood, Wednesday-start weeks counted from the one with 1 April."),
            (U, "Which week number is 20 May 2027?"),
        ],
        "week numbering redefined",
    ),
    (
        "conv-club-stone",
        [
            (U, "At our club a 'stone' of apples means a 10 kg crate, not the imperial stone."),
            (A, "Noted, a club stone is 10 kg."),
            (U, "So how many kg are 7 stone of apples?"),
        ],
        "unit redefined",
    ),
    (
        "conv-points",
        [
            (U, "When I say a rate goes up by 2%, I always mean percentage points."),
            (A, "Got it."),
            (U, "The loan was at 5% and went up by 2%. What's the new rate?"),
        ],
        "percent meaning fixed earlier",
    ),
    (
        "conv-scale-drawing",
        [
            (U, "I'm working from a 1:50 scale drawing of the lock."),
            (A, "OK, 1:50."),
            (U, "The chamber measures 44 cm. How long is it?"),
        ],
        "scale given earlier",
    ),
    (
        "conv-round-down",
        [
            (U, "At our co-op weights are rounded down to the half kilo before we pay out."),
            (A, "Understood."),
            (U, "Anjali brought 23.8 kg. At 14 rupees a kilo, what does she get?"),
        ],
        "rounding rule stated earlier",
    ),
    (
        "conv-pool-mile",
        [
            (U, "For our sponsored swim a 'mile' is 64 lengths of a 25 m pool."),
            (A, "OK, a swim mile is 64 lengths here."),
            (U, "How many metres is 2.5 miles then?"),
        ],
        "mile redefined",
    ),
    (
        "conv-bell-numbers",
        [
            (U, "In our tower we number the bells from the heaviest, so bell 1 is the tenor."),
            (A, "That's unusual, but noted."),
            (U, "On a ring of 8, which bell is our 3 in the usual numbering?"),
        ],
        "numbering reversed",
    ),
    (
        "conv-julian",
        [
            (U, "I'm reading an Orthodox church calendar that keeps the Julian calendar."),
            (A, "Right, some churches still follow the Julian reckoning."),
            (U, "Christmas is 25 December there. What's that on the usual calendar for 2027?"),
        ],
        "calendar changed earlier",
    ),
    (
        "conv-darts",
        [
            (U, "We're playing darts, counting down from 501."),
            (A, "Classic game. Good luck!"),
            (U, "I've thrown 60, 45 and 100. What's my score?"),
        ],
        "score means remainder",
    ),
    (
        "conv-service-included",
        [
            (U, "Service is already included in the bill at this restaurant."),
            (A, "Good to know."),
            (U, "The bill is £84; what's a 12.5% tip on top?"),
        ],
        "earlier turn makes the tip questionable",
    ),
    (
        "conv-typo-fix",
        [
            (U, "What's 7.5% of 1,840?"),
            (A, "7.5% of 1,840 is 138."),
            (U, "no wait, the figure was 1,480 and I swapped the percent digits round"),
        ],
        "correction depends on earlier turn",
    ),
    (
        "conv-charity-year",
        [
            (U, "Our charity's financial year starts on 6 April."),
            (A, "Like the UK tax year, then."),
            (U, "How many days are left in the financial year on 2 March 2028?"),
        ],
        "year start given earlier",
    ),
    (
        "conv-watch-sydney",
        [
            (U, "My watch is still on Sydney time but I'm in Perth now."),
            (A, "Easy to forget to change it."),
            (U, "It says 18:00 on 10 August 2027. What's the local time?"),
        ],
        "which clock depends on earlier turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm German, so I use dots for thousands and commas for decimals."),
            (A, "Got it, I'll read your numbers that way."),
            (U, "What's 1.250 times 3?"),
        ],
        "number format changed",
    ),
    (
        "conv-case-of-rolls",
        [
            (U, "In our bakery order system a 'case' of rolls is 18."),
            (A, "Noted."),
            (U, "How many rolls in 7 cases?"),
        ],
        "quantity defined earlier",
    ),
    (
        "conv-hex",
        [
            (U, "Treat every number I type from here on as hexadecimal, please."),
            (A, "Okay, hex it is."),
            (U, "What is 2F times 3?"),
        ],
        "base changed earlier",
    ),
    (
        "conv-mortgage-offers",
        [
            (U, "My first mortgage offer is 4.2% and the second is 3.9%."),
            (A, "The second looks better on rate alone."),
            (
                U,
                (
                    "How much interest would the cheaper one save me in the first 12 payments on "
                    "£180,000?"
                ),
            ),
        ],
        "needs loan terms",
    ),
    (
        "conv-take-off",
        [
            (U, "Our balloon took off at 06:40."),
            (A, "Lovely time to fly!"),
            (U, "We landed 85 minutes after that - what time was it?"),
        ],
        "start time in earlier turn",
    ),
    (
        "conv-pi-three",
        [
            (U, "Suppose, as a thought experiment, that pi were exactly 3."),
            (A, "OK, hypothetically pi = 3."),
            (U, "What's the circumference of a circle 14 m across?"),
        ],
        "constant redefined",
    ),
    (
        "conv-split-six",
        [
            (U, "There are 6 of us sharing all the costs equally."),
            (A, "OK."),
            (U, "The marquee was £2,300 and the band £900. What do I owe?"),
        ],
        "share given earlier",
    ),
    (
        "conv-leap-redo",
        [
            (U, "How many days from 1 March to 1 April?"),
            (A, "There are 31 days."),
            (U, "Same again but for 1 February to 1 March in a leap year?"),
        ],
        "refers to earlier question",
    ),
    (
        "conv-trade-discount",
        [
            (U, "I get 15% trade discount at the timber yard."),
            (A, "Handy."),
            (U, "Stakes are £2.40 each and I need 200. What will I pay?"),
        ],
        "discount stated earlier",
    ),
)
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
    # no register (family name) of this set is a family name of sets 19 to 153
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 153: {reused}"
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
