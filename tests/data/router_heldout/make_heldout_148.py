"""Generate heldout-2027-04-30.jsonl: a hundred-and-forty-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_148.py (from /work/sealed148). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-147, registers against sets 19-147,
stated weekdays, gradability of every expected value and a byte-for-byte regeneration digest.

Contents: 335 items. 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per
tool, the rest spread over 25 new registers, each used by all three tools), and 200 negatives:
100 ordinary, 65 near-positives (families "near-...") and 35 conversations (families "conv-...")
whose earlier turns change what the last question means. Answers are computed in code: Fraction
and Decimal for money (whole cents), exact unit factors, datetime and zoneinfo for dates, with
time-zone spans converted to absolute time before subtracting (two spans cross a clock change).

Provenance
----------
Read: bench/grading.py; earlier_registers.txt (names only, checked by exact match); of this
file only lines 31-291, 493-553, 741-825, 1083-1090 and 1799-2022 of the copy handed over.
Wrote: all four query sections anew, each in a scratch file, spliced in by line numbers (bottom
range first) by a small script, without viewing the old sections; then this docstring.
Checked: the generator's own checks (a first run flagged 28 items repeating earlier wording, by
id only, and one psi value that failed the two-decimal rounding check; all were reworded or
changed), --show of this set's own expected values, ruff check and ruff format.
Slips: after the splice, whole-file line counts and line-length scans were run that printed only
line numbers (plus four over-long lines of this set's own text, then shortened); a backup copy of
the handed-over file was kept in a scratch directory, never viewed, and deleted. Nothing else was
read or printed beyond the rules.
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
OUT = HERE / "heldout-2027-04-30.jsonl"
PREFIX = "ho148-"
# earlier generators: sets 1-147 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 148))
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

calc(P, "Quick one: 17.5 percent of 2,480?", pct("17.5") * 2480)
calc(P, "3,147 x 28 = ?", 3147 * 28)
calc(P, "whats 9,876 minus 4,589", 9876 - 4589)
calc(P, "Divide 7,293 by eleven.", F(7293, 11))
calc(P, "How much is 0.125 times 648?", dec("0.125") * 648)
calc(P, "square root of 1369 please", 37)
calc(P, "What is 46 squared plus 19 squared?", 46**2 + 19**2)
calc(P, "(482 + 317) * 6, what does that come to?", (482 + 317) * 6)
calc(P, "what is 2 to the power of 13", 2**13)
calc(P, "Take 15% off 84.60 and tell me what's left.", dec("84.60") * (1 - pct(15)))
calc(P, "What's 1,250 divided by 16?", F(1250, 16))
calc(P, "How much is three eighths of 2,104?", F(3, 8) * 2104)
calc(P, "Work out 12.4 multiplied by 3.75.", dec("12.4") * dec("3.75"))
calc(P, "what is 999 * 37", 999 * 37)

_honey_kg = 14 * dec("11.5")
assert (_honey_kg * 1000 / 340).denominator != 1
calc(
    "beekeeper_apiary_ledger",
    "Harvested 14 supers this season and each gave 11.5 kg of honey. I jar it in 340 g jars. "
    "How many completely full jars can I fill?",
    math.floor(_honey_kg * 1000 / 340),
)
calc(
    "beekeeper_apiary_ledger",
    "sold 86 jars at £7.50 and 41 comb sections at £9.25 at the farmers market, minus the £38 "
    "pitch fee. what did i clear?",
    86 * dec("7.50") + 41 * dec("9.25") - 38,
)
calc(
    "organ_tuner_rounds",
    "I charge $145 per church visit plus $0.62 a mile. This round was 4 churches and 138 miles "
    "in total. What's the invoice?",
    4 * 145 + 138 * dec("0.62"),
)
calc(
    "organ_tuner_rounds",
    "The Great division has 23 ranks and the Swell has 17, every rank with 58 pipes. How many "
    "pipes is that across both divisions?",
    58 * (23 + 17),
)
calc(
    "glassblower_studio",
    "Propane costs me 2.38 a litre and the glory hole burns 9.5 litres an hour. Running it six "
    "hours a day for five days, what's the propane bill?",
    dec("2.38") * dec("9.5") * 6 * 5,
)
_pw = F(25) / dec("0.42")
assert _pw.denominator != 1
calc(
    "glassblower_studio",
    "each paperweight uses 0.42 kg of batch glass. how many whole paperweights can i make from a "
    "25 kg sack?",
    math.floor(_pw),
)
calc(
    "ferry_purser_desk",
    "Car plus driver is €86.40 on this crossing, each extra adult €21.15 and each child €10.60. "
    "Two cars, each with a driver, plus 3 extra adults and 4 kids: total fare?",
    2 * dec("86.40") + 3 * dec("21.15") + 4 * dec("10.60"),
)
calc(
    "ferry_purser_desk",
    "We carried 1,146 foot passengers over 12 sailings. What's the average per sailing?",
    F(1146, 12),
)
calc(
    "alpaca_fleece_coop",
    "Our 23 members sent in 184.6 kg of fleece. The mill charges 18.40 per kg to process it and "
    "we split the bill equally - what is each member's share?",
    dec("184.6") * dec("18.40") / 23,
)
calc(
    "alpaca_fleece_coop",
    "Fleece payout: 42.5 kg of grade one at 32 a kilo and 61 kg of grade two at 19.50 a kilo. "
    "Total?",
    dec("42.5") * 32 + 61 * dec("19.50"),
)
calc(
    "bell_foundry_clerk",
    "Bell metal is 78% copper and 22% tin by weight. For a 640 kg casting plus 12% extra for "
    "runners and risers, how many kilograms of tin do we need?",
    640 * (1 + pct(12)) * pct(22),
)
calc(
    "bell_foundry_clerk",
    "Ring of eight bells: the tenor was invoiced at 18,450 and the other seven average 6,230 "
    "each. Whole ring total?",
    18450 + 7 * 6230,
)
calc(
    "rope_access_technician",
    "Day rate 385, three and a half days on the facade, plus 48 a night for 3 nights of "
    "accommodation. Invoice total?",
    385 * dec("3.5") + 48 * 3,
)
calc(
    "puppet_theatre_tour",
    "Venue holds 180, we sold 85% of the seats at 12 each for all 9 shows. Box office total?",
    180 * pct(85) * 12 * 9,
)
calc(
    "bonsai_nursery_owner",
    "I bought juniper pre-bonsai at 14.75 each and sell them at a 160% markup on cost. What's "
    "the selling price of one?",
    dec("14.75") * (1 + pct(160)),
)
calc(
    "quarry_blasting_supervisor",
    "Each hole takes 42.5 kg of emulsion and the pattern is 7 rows of 11 holes. Total "
    "explosive in kg?",
    7 * 11 * dec("42.5"),
)
calc(
    "dog_sled_kennel",
    "16 dogs each eat 0.9 kg of kibble a day on training days. Kibble comes in 20 kg bags. How "
    "many bags do I have to buy to cover 21 training days?",
    whole_up(16 * dec("0.9") * 21 / 20),
)
calc(
    "chess_arbiter_desk",
    "double round robin with 14 players, everyone plays everyone twice. how many games in total?",
    14 * 13,
)
calc(
    "scuba_dive_shop",
    "Air fills are 8.50 each. We did 37 on Saturday and 52 on Sunday, and the Sunday ones all "
    "got the 10% club discount. Weekend takings?",
    37 * dec("8.50") + 52 * dec("8.50") * (1 - pct(10)),
)
calc(
    "bookbinding_workshop",
    "The text block has 320 pages and each sheet folds into a 16-page signature. How many "
    "signatures do I sew?",
    F(320, 16),
)
calc(
    "observatory_volunteer",
    "Open night takings: 312 visitors paid 6 each, 148 concessions paid 3.50, and the donations "
    "box had 417.25 in it. Total?",
    312 * 6 + 148 * dec("3.50") + dec("417.25"),
)
calc(
    "clock_winding_contractor",
    "I wind 27 clocks every week at 12.40 a clock. What's the fee for a 52-week contract?",
    27 * dec("12.40") * 52,
)
calc(
    "snail_farm_heliciculture",
    "We keep 2,400 breeding snails, each lays on average 85 eggs per clutch and 72% of the eggs "
    "hatch. How many hatchlings is that per clutch round?",
    2400 * 85 * pct(72),
)
calc(
    "carillon_practice_log",
    "practice log: 35 min monday, 50 wednesday, 1 hr 25 friday, 40 saturday. average minutes per "
    "session?",
    F(35 + 50 + 85 + 40, 4),
)
calc(
    "ice_sculpture_commission",
    "Each block is 136 kg, the swan centrepiece uses 4 blocks and about 38% of the weight is "
    "carved away. Call it exactly 38%: how many kg of ice are left in the finished swan?",
    4 * 136 * (1 - pct(38)),
)
calc(
    "wool_dyeing_cottage",
    "Recipe is dye at 2% of the weight of fibre and I'm dyeing 1,350 g of yarn. Grams of dye "
    "powder?",
    1350 * pct(2),
)
calc(
    "velodrome_track_official",
    "Team pursuit is 4,000 m and our track is 250 m a lap. How many laps is that?",
    F(4000, 250),
)
calc(
    "sawmill_offcut_yard",
    "Offcut bundles are 6.80 each or 5 for 30. Customer wants exactly 23 bundles, what's the "
    "cheapest price I can charge under that deal?",
    4 * 30 + 3 * dec("6.80"),
)
calc(
    "mobile_sauna_hire",
    "Weekend hire is 290 plus 1.15 per km for delivery, charged both ways. The site is 64 km from "
    "our yard. Total?",
    290 + dec("1.15") * 64 * 2,
)
calc(
    "balloon_launch_field_crew",
    "The basket takes 16 passengers at 219 a seat. We flew full on 11 flights and with 12 aboard "
    "on 4 flights. Revenue?",
    (16 * 11 + 12 * 4) * 219,
)
calc(
    "marathon_water_station",
    "1,900 runners, we plan 2.5 bottles of water per runner at our station, bottles come in packs "
    "of 24. How many packs should we order?",
    whole_up(1900 * dec("2.5") / 24),
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


unit_r(P, "Convert 13.1 miles to kilometres, please.", dec("13.1") * MI / 1000)
unit(P, "Convert 68 degrees Fahrenheit to Celsius.", f_to_c(68), EXACT)
unit(P, "What is 5 feet 11 inches in centimetres?", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "how many pounds in 84 kg", 84 / LB)
unit_r(P, "Convert 2.5 acres into square metres.", dec("2.5") * ACRE)
unit(P, "What's 350 millilitres expressed in litres?", F(350, 1000), EXACT)
unit_r(P, "45 psi equals how many bar?", 45 * PSI / BAR)
unit(P, "How many metres are there in 1,500 yards?", 1500 * YD, EXACT)
unit_r(P, "100 km/h in miles per hour?", 100 * KMH / MPH)
unit(P, "How many seconds in three and a half hours?", dec("3.5") * 3600, EXACT)
unit_r(P, "Convert 12 stone 4 pounds to kilograms.", 12 * STONE + 4 * LB)
unit(P, "What is 4 GiB in MiB?", 4 * GIB / MIB, EXACT)
unit(P, "convert minus 10 degrees celsius to fahrenheit", c_to_f(-10), EXACT)
unit_r(P, "Convert 45 square metres into square feet.", 45 / SQFT)

unit_r(
    "beekeeper_apiary_ledger",
    "My hive scale reads 41.3 kg. What's that in pounds?",
    dec("41.3") / LB,
)
unit_r(
    "organ_tuner_rounds",
    "The 32-foot stop's longest pipe is taken as exactly 32 feet. How long is that in metres?",
    32 * FT,
)
unit_r(
    "glassblower_studio",
    "The annealer is set to 960 °F. What's that in Celsius?",
    f_to_c(960),
)
unit(
    "ferry_purser_desk",
    "The crossing is 23 nautical miles. Taking 1 nautical mile as 1,852 m, how many kilometres "
    "is that?",
    F(23 * 1852, 1000),
    EXACT,
)
unit_r(
    "alpaca_fleece_coop",
    "A fleece weighed 3 lb 6 oz on the old spring balance. How many grams is that?",
    (3 * LB + 6 * OZ) * 1000,
)
unit_r(
    "bell_foundry_clerk",
    "The tenor weighs 1,180 kg but the old peal records want it in pounds. Convert please.",
    1180 / LB,
)
unit(
    "rope_access_technician",
    "The anchor is rated at 15 kN. What is that in newtons?",
    15000,
    EXACT,
)
unit_r(
    "rope_access_technician",
    "drop from the parapet to the ground is 187 ft, how many metres of rope is that before "
    "allowances?",
    187 * FT,
)
unit_r(
    "puppet_theatre_tour",
    "Our van's cargo area is 3.4 m long, 1.7 m wide and 1.9 m high. How many cubic feet is that?",
    dec("3.4") * dec("1.7") * dec("1.9") / CUFT,
)
unit_r(
    "puppet_theatre_tour",
    "The marionette strings are cut to 2.2 metres. How long is that in inches?",
    dec("2.2") / IN,
)
unit(
    "bonsai_nursery_owner",
    "The display pot is 18 inches wide. What's that in cm?",
    18 * IN * 100,
    EXACT,
)
unit(
    "bonsai_nursery_owner",
    "Forecast low is -7 °C and my customer in Ohio wants it in Fahrenheit. What is it?",
    c_to_f(-7),
    EXACT,
)
unit_r(
    "quarry_blasting_supervisor",
    "The face height is 14 m. Convert that to feet for the American drill crew.",
    14 / FT,
)
unit_r(
    "quarry_blasting_supervisor",
    "The haul road is 2.8 km long. How many miles is that?",
    dec("2.8") * 1000 / MI,
)
unit_r(
    "dog_sled_kennel",
    "The race is 300 miles end to end. How many kilometres?",
    300 * MI / 1000,
)
unit_r(
    "dog_sled_kennel",
    "my lead dog weighs 52 lb, what is that in kg?",
    52 * LB,
)
unit(
    "chess_arbiter_desk",
    "The base time is 1 hour 40 minutes per player. How many seconds do I key into the digital "
    "clock?",
    100 * 60,
    EXACT,
)
unit_r(
    "scuba_dive_shop",
    "The cylinder is filled to 3,000 psi. What's that in bar?",
    3000 * PSI / BAR,
)
unit_r(
    "bookbinding_workshop",
    "The boards are 250 mm by 350 mm. What is the area of one board in square inches?",
    dec("0.25") * dec("0.35") / (IN * IN),
)
unit(
    "observatory_volunteer",
    "Our telescope has a focal length of 2,032 mm. What is that in inches?",
    dec("2.032") / IN,
    EXACT,
)
unit_r(
    "clock_winding_contractor",
    "The pendulum bob weighs 9.5 lb. Convert to kilograms.",
    dec("9.5") * LB,
)
unit(
    "snail_farm_heliciculture",
    "The polytunnel covers 0.3 hectares. How many square metres is that?",
    dec("0.3") * 10000,
    EXACT,
)
unit_r(
    "carillon_practice_log",
    "The bourdon bell weighs 8,950 pounds. How many tonnes is that?",
    8950 * LB / 1000,
)
unit(
    "ice_sculpture_commission",
    "Storage freezer runs at -18 °C, what's that in Fahrenheit for the venue's spec sheet?",
    c_to_f(-18),
    EXACT,
)
unit(
    "wool_dyeing_cottage",
    "The dyebath should sit at 185 °F. What is that in Celsius?",
    f_to_c(185),
    EXACT,
)
unit_r(
    "velodrome_track_official",
    "Top speed in the sprint was 72.5 km/h. What's that in metres per second?",
    dec("72.5") * KMH,
)
unit_r(
    "sawmill_offcut_yard",
    "A beam 14 feet 6 inches long: how many metres?",
    14 * FT + 6 * IN,
)
unit(
    "mobile_sauna_hire",
    "The stove gets the cabin to 194 °F. What's that in Celsius?",
    f_to_c(194),
    EXACT,
)
unit_r(
    "balloon_launch_field_crew",
    "Our envelope is rated at 2,800 cubic metres but the manual works in cubic feet. "
    "What is the figure in cubic feet?",
    2800 / CUFT,
)
unit(
    "balloon_launch_field_crew",
    "Our ceiling on the permit is 3,000 ft. How many metres is that?",
    3000 * FT,
    EXACT,
)
unit_r(
    "marathon_water_station",
    "our station is at the 35 km mark. how far is that in miles?",
    35000 / MI,
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


def _zone_hours(start, start_zone, end, end_zone):
    """Hours between two local wall-clock times, each converted to an absolute instant first."""
    a = start.replace(tzinfo=ZoneInfo(start_zone)).astimezone(dt.UTC)
    b = end.replace(tzinfo=ZoneInfo(end_zone)).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), 3600)


def _date_in(moment, from_zone, to_zone):
    """The calendar date in to_zone at a wall-clock moment in from_zone."""
    return moment.replace(tzinfo=ZoneInfo(from_zone)).astimezone(ZoneInfo(to_zone)).date()


date_item(P, "What day of the week is 14 November 2027?", weekday(D(2027, 11, 14)))
date_item(P, "What date is 90 days after 3 March 2028?", D(2028, 3, 3) + TD(days=90))
date_item(
    P,
    "How many days are there between 1 February 2027 and 15 August 2027?",
    days(D(2027, 2, 1), D(2027, 8, 15)),
)
date_item(P, "what date is 6 weeks before 2 october 2027", D(2027, 10, 2) - TD(weeks=6))
date_item(
    P,
    "How old is someone born on 29 April 1961 on 30 April 2027?",
    age(D(1961, 4, 29), D(2027, 4, 30)),
)
date_item(P, "4 July 1976 fell on which day of the week?", weekday(D(1976, 7, 4)))
date_item(P, "What's the date 1,000 days after 1 January 2027?", D(2027, 1, 1) + TD(days=1000))
date_item(
    P,
    "Count the weeks between 5 January 2027 and 13 April 2027 for me.",
    weeks(D(2027, 1, 5), D(2027, 4, 13)),
)
date_item(
    P, "Which date is the third Thursday in November 2027, please?", nth_weekday(2027, 11, THU, 3)
)
date_item(
    P,
    "number of days from 24 December 2027 to 7 March 2028?",
    days(D(2027, 12, 24), D(2028, 3, 7)),
)
date_item(
    P,
    "When it is 21:30 in Los Angeles on 31 December 2027, what is the date in Auckland?",
    _date_in(DT(2027, 12, 31, 21, 30), "America/Los_Angeles", "Pacific/Auckland"),
)
date_item(
    P,
    "How many hours from 22:15 to 06:45 the following morning?",
    clock_span("22:15", "06:45", 3600),
)
date_item(P, "What date is the last Monday of May 2028?", nth_weekday(2028, 5, MON, -1))
date_item(
    P,
    "counting from 1 September 2027, how many days until 25 December 2027?",
    days(D(2027, 9, 1), D(2027, 12, 25)),
)

_egg = D(2027, 5, 11)
date_item(
    "beekeeper_apiary_ledger",
    f"A queen emerges 16 days after her egg is laid. If the egg was laid on {say(_egg)}, on what "
    "date should she emerge?",
    _egg + TD(days=16),
)
_tuned = D(2027, 3, 9)
date_item(
    "organ_tuner_rounds",
    f"I retune this organ every 26 weeks. The last tuning was {sayw(_tuned)}. When is the next "
    "one due?",
    _tuned + TD(weeks=26),
)
date_item(
    "glassblower_studio",
    "The furnace was lit on 3 January 2027 and gets rebuilt after 420 days of continuous "
    "running. On what date is the rebuild?",
    D(2027, 1, 3) + TD(days=420),
)
_sail = DT(2027, 3, 27, 17, 15)
_land = DT(2027, 3, 28, 18, 45)
date_item(
    "ferry_purser_desk",
    f"The ship leaves Portsmouth at 17:15 UK time on {sayw(_sail.date())} and docks in Santander "
    f"at 18:45 Spanish time on {sayw(_land.date())}. How many hours is the crossing?",
    _zone_hours(_sail, "Europe/London", _land, "Europe/Madrid"),
)
_season = D(2027, 5, 14)
date_item(
    "ferry_purser_desk",
    f"A season ticket is valid for 120 days with {say(_season)} counting as day 1. What's the "
    "last valid day?",
    _season + TD(days=119),
)
_mated = D(2027, 6, 10)
date_item(
    "alpaca_fleece_coop",
    f"Alpaca gestation, call it 342 days. Our female was mated on {say(_mated)}. Due date?",
    _mated + TD(days=342),
)
date_item(
    "bell_foundry_clerk",
    "We pour the tenor on 9 September 2027 and it cools in the pit for 17 days before we dig it "
    "out. What day of the week is the dig?",
    weekday(D(2027, 9, 9) + TD(days=17)),
)
date_item(
    "rope_access_technician",
    "Harness gets inspected every 182 days. Last inspection was 11 February 2027, when is the "
    "next due?",
    D(2027, 2, 11) + TD(days=182),
)
_open, _close = D(2027, 8, 6), D(2027, 9, 12)
date_item(
    "puppet_theatre_tour",
    f"Opening night is {sayw(_open)} and closing night {sayw(_close)}, one show every night. "
    "How many nights is that, counting both?",
    days(_open, _close) + 1,
)
date_item(
    "bonsai_nursery_owner",
    "I repotted the trident maple on 20 March 2027 and no feeding for 6 weeks after that. What's "
    "the first date I can feed it?",
    D(2027, 3, 20) + TD(weeks=6),
)
date_item(
    "quarry_blasting_supervisor",
    "Blast is scheduled for 2 November 2027 and the notice has to be posted 28 days before. "
    "Posting date?",
    D(2027, 11, 2) - TD(days=28),
)
_start, _nome = DT(2027, 3, 6, 10, 0), DT(2027, 3, 15, 14, 30)
date_item(
    "dog_sled_kennel",
    "our musher left Anchorage at 10:00 on 6 March 2027 and reached Nome at 14:30 local time on "
    "15 March 2027. how many hours on the trail?",
    _zone_hours(_start, "America/Anchorage", _nome, "America/Nome"),
)
_r1 = D(2027, 10, 2)
date_item(
    "chess_arbiter_desk",
    f"One round every Saturday, round 1 is {sayw(_r1)}. What's the date of round 9?",
    _r1 + TD(weeks=8),
)
date_item(
    "chess_arbiter_desk",
    "Age for the junior sections is taken on 1 January 2027. A player born on 3 September 2015 "
    "is how old on that date?",
    age(D(2015, 9, 3), D(2027, 1, 1)),
)
date_item(
    "scuba_dive_shop",
    "The nitrox card was issued on 19 June 2027 and is valid for 1,095 days. Expiry date?",
    D(2027, 6, 19) + TD(days=1095),
)
date_item(
    "scuba_dive_shop",
    "The liveaboard trip boards on 12 October 2027 and we disembark on 19 October 2027. How "
    "many nights aboard?",
    days(D(2027, 10, 12), D(2027, 10, 19)),
)
_commission = D(2027, 1, 18)
date_item(
    "bookbinding_workshop",
    f"Commission taken on {sayw(_commission)}, promised in 11 weeks. Delivery date?",
    _commission + TD(weeks=11),
)
date_item(
    "observatory_volunteer",
    "Our Perseids public night is 12 August 2027. What weekday is that?",
    weekday(D(2027, 8, 12)),
)
date_item(
    "observatory_volunteer",
    "A livestream from a Sydney observatory starts at 20:00 Sydney time on 7 November 2027. "
    "What's the date in Honolulu at that moment?",
    _date_in(DT(2027, 11, 7, 20, 0), "Australia/Sydney", "Pacific/Honolulu"),
)
date_item(
    "clock_winding_contractor",
    "British clocks go back on the last Sunday of October. What date is that in 2027?",
    nth_weekday(2027, 10, SUN, -1),
)
date_item(
    "snail_farm_heliciculture",
    "Eggs incubate for 21 days. This clutch was laid on 28 April 2027, so when should they hatch?",
    D(2027, 4, 28) + TD(days=21),
)
_first, _last = D(2027, 5, 2), D(2027, 9, 26)
assert _first.weekday() == SUN and _last.weekday() == SUN
date_item(
    "carillon_practice_log",
    f"There's a recital every Sunday from {sayw(_first)} to {sayw(_last)} inclusive. How many "
    "recitals is that?",
    weeks(_first, _last) + 1,
)
_yyz, _ams = DT(2027, 7, 2, 18, 50), DT(2027, 7, 3, 8, 5)
date_item(
    "carillon_practice_log",
    "The guest carillonneur flies out of Toronto at 18:50 local on 2 July 2027 and lands in "
    "Amsterdam at 08:05 local on 3 July 2027. How many hours is the flight?",
    _zone_hours(_yyz, "America/Toronto", _ams, "Europe/Amsterdam"),
)
_wedding = D(2027, 12, 18)
date_item(
    "ice_sculpture_commission",
    f"The wedding is {sayw(_wedding)} and carving starts 9 days before. Start date?",
    _wedding - TD(days=9),
)
date_item(
    "wool_dyeing_cottage",
    "Started the indigo vat on 30 January 2027 and feed it every 4 days. What's the date of the "
    "6th feeding?",
    D(2027, 1, 30) + TD(days=24),
)
_tue1, _tue2 = D(2027, 9, 7), D(2027, 11, 30)
date_item(
    "velodrome_track_official",
    f"Track sessions every Tuesday starting {sayw(_tue1)}. How many weeks is it from then until "
    f"{sayw(_tue2)}?",
    weeks(_tue1, _tue2),
)
date_item(
    "velodrome_track_official",
    "A commissaire's licence issued 15 March 2027 runs for 365 days from the issue date. What "
    "date is 365 days after issue?",
    D(2027, 3, 15) + TD(days=365),
)
date_item(
    "sawmill_offcut_yard",
    "Oak boards were stickered to air-dry on 9 April 2027 for 150 days. When are they ready?",
    D(2027, 4, 9) + TD(days=150),
)
date_item(
    "mobile_sauna_hire",
    "Picked up at noon on 17 December 2027, returned at noon on 3 January 2028. How many days of "
    "hire is that?",
    days(D(2027, 12, 17), D(2028, 1, 3)),
)
date_item(
    "balloon_launch_field_crew",
    "A flight voucher bought on 28 February 2027 is valid for 540 days. What's the expiry date?",
    D(2027, 2, 28) + TD(days=540),
)
date_item(
    "marathon_water_station",
    "Race day is the last Sunday of April 2028. What date is that?",
    nth_weekday(2028, 4, SUN, -1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# near-negatives: they look like tool questions but need the language model
_NEAR = [
    (
        "near-identifier",
        "Is 0161 496 0732 a Manchester landline or a mobile number?",
        "phone number",
    ),
    (
        "near-identifier",
        "My router firmware is 3.2.14 and the latest is 3.4.1. Is it worth updating?",
        "version numbers, advice",
    ),
    (
        "near-identifier",
        "The tyre sidewall says 205/55 R16 91V. What do all those numbers mean?",
        "tyre code, not a division",
    ),
    (
        "near-identifier",
        "We lost 2-3 after leading 2-0 at half time. What changes would you make for the rematch?",
        "score, tactics",
    ),
    (
        "near-identifier",
        "What does Windows Update error 0x80070005 mean and how do I fix it?",
        "error code",
    ),
    (
        "near-identifier",
        "Part number 44-120-7B keeps coming up as discontinued. What should I ask the supplier?",
        "part number, advice",
    ),
    (
        "near-identifier",
        "what does 1/125 at f/8 on my camera actually do compared with 1/60 at f/11",
        "camera settings, explanation",
    ),
    (
        "near-identifier",
        "The bus timetable lists route 12-14 on weekdays. Does that mean two buses or one?",
        "route identifier, missing facts",
    ),
    (
        "near-meaning",
        "My cholesterol came back at 5.8 mmol/L. Should I be worried?",
        "meaning of a stated number, health",
    ),
    (
        "near-meaning",
        "The bread recipe says 75% hydration. What does that mean for how the dough should feel?",
        "meaning of a percentage",
    ),
    (
        "near-meaning",
        "Is a resting heart rate of 48 bpm normal for someone who cycles 200 km a week?",
        "meaning, health",
    ),
    (
        "near-meaning",
        "My credit score is 712 on Experian. Is that good enough for a mortgage?",
        "meaning of a score",
    ),
    (
        "near-meaning",
        "The soil test says pH 5.6. Which vegetables will do well in it?",
        "meaning, gardening",
    ),
    (
        "near-meaning",
        "Our house has an energy rating of 68. What would get it to 75?",
        "meaning, advice",
    ),
    (
        "near-meaning",
        "tyres are at 2.3 bar but the pressure warning light is still on, why?",
        "diagnosis",
    ),
    (
        "near-meaning",
        (
            "The weather app says 40% chance of rain at 3 pm. Does that mean it rains 40% of "
            "the afternoon?"
        ),
        "meaning of a probability",
    ),
    (
        "near-meaning",
        "My kid's reading age is 9.5 and he's 8. What does that actually measure?",
        "meaning of a stated number",
    ),
    (
        "near-estimate",
        "Roughly how many ping-pong balls would fill a village hall?",
        "Fermi estimate",
    ),
    (
        "near-estimate",
        "About how much does it cost to run a dishwasher every day in Germany?",
        "estimate, missing prices",
    ),
    (
        "near-estimate",
        "How long would it take to walk from Lisbon to Madrid?",
        "estimate, missing distance",
    ),
    (
        "near-estimate",
        "How many kg of potatoes should I buy to feed 40 people at a wedding buffet?",
        "judgement",
    ),
    (
        "near-estimate",
        "What's a sensible budget per head for a 60-person office party in Leeds?",
        "estimate",
    ),
    (
        "near-estimate",
        "how many litres of paint for a living room about 4 by 5 metres, walls and ceiling?",
        "estimate, coverage unknown",
    ),
    (
        "near-missing",
        "What's 250 euros in US dollars?",
        "needs a live exchange rate",
    ),
    (
        "near-missing",
        "How many kilometres is it from Oslo to Bergen by road?",
        "missing distance",
    ),
    (
        "near-missing",
        "How many days are left before my driving licence photo needs renewing?",
        "no date given",
    ),
    (
        "near-missing",
        "What did the FTSE 100 close at on 3 March 2027?",
        "market data",
    ),
    (
        "near-missing",
        "How much council tax will I pay in band D in Leeds for 2027/28?",
        "missing rates",
    ),
    (
        "near-missing",
        "What's the population density of Malta per square kilometre?",
        "missing facts",
    ),
    (
        "near-missing",
        "How much is 40 kg of checked baggage on Ryanair?",
        "missing prices",
    ),
    (
        "near-code",
        "Write a Python function that adds 30 days to a date string like 2027-05-01.",
        "code to write",
    ),
    (
        "near-code",
        "Give me an Excel formula that adds 17.5% to every value in column B.",
        "formula to write",
    ),
    (
        "near-code",
        "Why does 1.1 * 3 show 3.3000000000000003 in Python?",
        "explanation of floating point",
    ),
    (
        "near-code",
        "Write SQL that totals order values per week for 2026.",
        "code to write",
    ),
    (
        "near-code",
        "regex to match 24h times like 09:45 or 23:10 but not 24:00?",
        "code to write",
    ),
    (
        "near-code",
        "In bash, why does echo $((7/2)) give 3 instead of 3.5?",
        "explanation of integer division",
    ),
    (
        "near-notation",
        (
            "In my board game a star b means a doubled plus b halved, but only when a is prime. "
            "Is that a balanced scoring rule?"
        ),
        "redefined notation, opinion",
    ),
    (
        "near-notation",
        "In cricket, what does a bowling figure of 4/27 mean?",
        "notation",
    ),
    (
        "near-notation",
        "Excel keeps turning 3/4 into 03-Apr. How do I stop it?",
        "spreadsheet help",
    ),
    (
        "near-notation",
        "What colour is #FF8800, roughly?",
        "hex colour",
    ),
    (
        "near-notation",
        "In music theory what does a 6/8 time signature feel like compared with 3/4?",
        "notation, explanation",
    ),
    (
        "near-notation",
        "what does 2+2 mean on a property listing in Spain?",
        "notation, not addition",
    ),
    (
        "near-notation",
        "In our office, 9/80 is a schedule name. How does a 9/80 work week usually run?",
        "notation, explanation",
    ),
    (
        "near-explain",
        "Why is a nautical mile 1,852 metres rather than a round 1,000?",
        "explanation",
    ),
    (
        "near-explain",
        "Why do we divide the hour into 60 minutes rather than some decimal split?",
        "history",
    ),
    (
        "near-explain",
        "Explain why 0.999 recurring equals 1, for a ten-year-old.",
        "explanation",
    ),
    (
        "near-explain",
        "Why does the Fahrenheit scale put water's freezing point at 32 degrees?",
        "history",
    ),
    (
        "near-explain",
        "Why did Britain skip 11 days in September 1752?",
        "history of the calendar",
    ),
    (
        "near-explain",
        "Why is 1 kg of feathers the same mass as 1 kg of steel but feels different to carry?",
        "explanation",
    ),
    (
        "near-explain",
        "Why do leap years skip 2100 but not 2000?",
        "explanation of a rule",
    ),
    (
        "near-opinion",
        "Is 45 minutes each way too long a commute?",
        "opinion",
    ),
    (
        "near-opinion",
        "Should I pay off a 3.9% car loan early or invest the 8,000 instead?",
        "financial advice",
    ),
    (
        "near-opinion",
        "Is 1,200 euros a fair rent for a one-bed flat in Valencia?",
        "opinion, missing facts",
    ),
    (
        "near-opinion",
        "Is running 42 km a week enough to train for a marathon?",
        "advice",
    ),
    (
        "near-opinion",
        "We pay the cleaner 14 an hour. Is that fair in Bristol?",
        "opinion",
    ),
    (
        "near-opinion",
        "Is 3,500 steps a day too few for a 70-year-old?",
        "health advice",
    ),
    (
        "near-opinion",
        "Is a 15% tip expected for a 60-euro dinner in Rome?",
        "etiquette",
    ),
    (
        "near-opinion",
        "is 28 degrees too warm for a baby's bedroom?",
        "advice",
    ),
    (
        "near-vague",
        "What's the best time to leave Paris on 14 July 2027 to avoid traffic?",
        "judgement, missing facts",
    ),
    (
        "near-vague",
        "How much should I save each week for a 3,000 holiday?",
        "no deadline given",
    ),
    (
        "near-vague",
        "When is the cheapest week to fly to Lisbon in 2027?",
        "missing prices",
    ),
    (
        "near-vague",
        "How long should I boil a 65 g egg for a runny yolk at altitude?",
        "cooking judgement",
    ),
    (
        "near-vague",
        "How heavy a backpack can a 12 kg child safely carry?",
        "guideline, judgement",
    ),
    (
        "near-vague",
        "How many hours of sleep does a 15-year-old need before an exam on 8 June 2027?",
        "advice",
    ),
    (
        "near-vague",
        "What's a good speed in km/h for a beginner on a road bike?",
        "opinion",
    ),
]
for _fam, _q, _note in _NEAR:
    neg(_fam, _q, _note)

# ordinary negatives
_ORD = [
    ("writing", "Write a short thank-you note to my neighbour who fed our cat for a week."),
    ("writing", "Can you draft a polite complaint email about a late furniture delivery?"),
    ("writing", "Help me write a toast for my brother's wedding, funny but not mean."),
    (
        "writing",
        "Turn these notes into a paragraph for a parish newsletter: fete, raffle, tea tent.",
    ),
    ("writing", "write a limerick about a grumpy lighthouse cat"),
    ("writing", "Give me three subject lines for a newsletter about spring pruning."),
    ("writing", "Rewrite this to sound more confident: I think maybe we could possibly try it."),
    ("writing", "Summarise the plot of Jane Eyre in five sentences."),
    ("writing", "Draft a job advert for a part-time bookkeeper at a small brewery."),
    ("writing", "Write a haiku about the first frost on a vegetable patch."),
    ("advice", "How do I tell my manager I'm burning out without sounding like I'm quitting?"),
    ("advice", "Packing list for six days of wild camping on Skye in late September?"),
    ("advice", "How can I get my toddler to sleep in her own bed?"),
    ("advice", "Any tips for a first-time juror?"),
    ("advice", "How do I politely decline a wedding invitation?"),
    ("advice", "What should I ask a landlord before signing for a flat above a chip shop?"),
    ("advice", "My sourdough starter smells like nail polish remover. What's wrong?"),
    ("advice", "how do i get red wine out of a wool rug"),
    ("advice", "What's the best way to learn to touch type as an adult?"),
    ("advice", "Should I repaint the fence or replace it? It's old and wobbly."),
    ("explain", "How does a heat pump work in winter?"),
    ("explain", "How is a weather forecast different from a climate projection?"),
    ("explain", "Why is the sky blue but sunsets red?"),
    ("explain", "Explain how vaccines train the immune system."),
    ("explain", "What makes the aurora green sometimes and red other times?"),
    ("explain", "How do bone-conduction headphones get sound to your ear?"),
    ("explain", "What is inflation and why do central banks care about it?"),
    ("explain", "Why do cats purr?"),
    ("explain", "How do tides work, and why are there two a day?"),
    ("explain", "What does a notary public actually do?"),
    ("code", "Write a Python script that renames all .jpeg files in a folder to .jpg."),
    ("code", "How do I undo my last commit but keep the changes?"),
    ("code", "Explain what a closure is in JavaScript with an example."),
    ("code", "Write a bash one-liner that counts lines in every .csv file in a directory."),
    ("code", "When would I pick a frozenset over a set in Python?"),
    ("code", "my React component re-renders forever, what usually causes that?"),
    ("code", "Write a SQL query to find duplicate email addresses in a users table."),
    ("code", "How do I read a JSON file in Go?"),
    ("code", "Make this a list comprehension: for x in xs: if x > 0: out.append(2 * x)"),
    ("code", "Why does my Docker container exit immediately after starting?"),
    ("trivia", "Who sculpted the Angel of the North?"),
    ("trivia", "What's the capital city of Kyrgyzstan?"),
    ("trivia", "Which of Jupiter's moons is thought to hide an ocean under its ice?"),
    ("trivia", "Who wrote the opera Carmen?"),
    ("trivia", "Which languages are official in Luxembourg?"),
    ("trivia", "Which river runs through Budapest?"),
    ("trivia", "Who was the first person to win Nobel Prizes in two different sciences?"),
    ("trivia", "What is the national animal of Scotland?"),
    ("trivia", "When did the Berlin Wall fall?"),
    ("trivia", "Which element has the symbol W?"),
    ("language", "Translate 'where is the nearest pharmacy?' into Portuguese."),
    ("language", "Is 'alright' acceptable in a formal report or should I write 'all right'?"),
    ("language", "How do you say 'good luck with the exam' in Japanese?"),
    ("language", "Should it be 'compared to' or 'compared with' in an academic essay?"),
    ("language", "What does the German word 'Feierabend' mean?"),
    ("language", "Give me five synonyms for 'happy' that aren't cheesy."),
    ("language", "Correct the grammar: me and him goes to the market on saturdays."),
    ("language", "What's the origin of the phrase 'mind your p's and q's'?"),
    ("language", "Translate 'the meeting has been moved' into French, formal register."),
    ("language", "How do I pronounce 'Worcestershire'?"),
    ("health", "What are early signs of dehydration in older people?"),
    ("health", "Is it safe to exercise with a cold?"),
    ("health", "What stretches help with lower back pain from sitting all day?"),
    ("health", "How can I tell if a mole needs checking?"),
    ("health", "What foods are good sources of iron for vegetarians?"),
    ("health", "How do I help someone who's having a panic attack?"),
    ("health", "Why do I wake up at 3am every night?"),
    ("health", "Is intermittent fasting safe for teenagers?"),
    ("health", "What's the difference between a cold and the flu?"),
    ("health", "How do I treat a minor burn at home?"),
    ("planning", "Plan a three-day itinerary for Kyoto for someone who loves gardens."),
    ("planning", "Suggest a weekly chore rota for four flatmates."),
    ("planning", "What should be on a checklist for moving house?"),
    ("planning", "Help me plan a vegetarian dinner party menu for six."),
    ("planning", "Give me a beginner's strength routine for three days a week."),
    ("planning", "What's a good order to visit the Greek islands by ferry?"),
    ("planning", "Outline a study plan for learning basic Spanish before a trip."),
    ("planning", "What games work well at a seventh birthday party?"),
    ("planning", "How should I structure a 10-minute presentation on recycling?"),
    ("planning", "Ideas for a rainy weekend in Edinburgh with teenagers?"),
    ("creative", "Invent a name for a cafe that also repairs bicycles."),
    ("creative", "Give me a plot twist for a mystery set on a canal boat."),
    ("creative", "Describe a dragon that is afraid of the dark."),
    ("creative", "Suggest a theme for a school art exhibition."),
    ("creative", "Come up with a slogan for a community orchard."),
    ("creative", "Write the opening line of a ghost story set in a launderette."),
    ("creative", "What would a medieval knight think of a smartphone? Write it as a diary entry."),
    ("creative", "Name five fictional moons for a sci-fi board game."),
    ("creative", "Give me a riddle whose answer is 'a shadow'."),
    ("creative", "Invent a folk tale explaining why owls hunt at night."),
    ("tech", "My laptop fan is always loud. What can I check?"),
    ("tech", "How do I set up two-factor authentication on my email?"),
    ("tech", "What's the difference between RAM and storage?"),
    ("tech", "Why is my Wi-Fi slow in the evenings?"),
    ("tech", "Should I use a password manager, and which kind?"),
    ("tech", "How do I back up photos from my phone without paying for cloud storage?"),
    ("tech", "what does a VPN actually protect me from"),
    ("tech", "How do I stop my printer saying it's offline?"),
    ("tech", "Is it worth upgrading to an SSD in an old desktop?"),
    ("tech", "How do I find out what's using all the space on my Mac?"),
]
for _fam, _q in _ORD:
    neg(_fam, _q)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-translate",
    [
        (U, "Give me the Spanish words for these numbers: 15, 40."),
        (A, "15 is quince and 40 is cuarenta."),
        (U, "and 99?"),
    ],
    "translation of a number, not arithmetic",
)
conv(
    "conv-roman",
    [
        (U, "I'm painting Roman numerals onto a clock face for my workshop."),
        (A, "Lovely project. Do you want the traditional style?"),
        (U, "What about 4 and 9?"),
    ],
    "numerals on a clock face (IIII or IV), a style choice",
)
conv(
    "conv-rhyme",
    [
        (U, "I'm writing song lyrics and need rhymes."),
        (A, "Happy to help. Which word?"),
        (U, "What rhymes with forty-eight?"),
    ],
    "rhyme, not a number",
)
conv(
    "conv-wrong-game",
    [
        (U, "New game. Every answer you give must be wrong on purpose."),
        (A, "Game on! Ask me anything."),
        (U, "Right then: 13 times 7?"),
    ],
    "the game asks for a wrong answer",
)
conv(
    "conv-octal",
    [
        (U, "I'm teaching my class to count in base 8."),
        (A, "Great, octal uses the digits 0 to 7."),
        (U, "So what is 7 + 1?"),
    ],
    "octal, the answer is written 10",
)
conv(
    "conv-shift-rota",
    [
        (U, "Our factory rota names shifts A, B, C and D and moves on one letter every day."),
        (A, "Got it, a four-day cycle."),
        (U, "If 1 March 2027 is an A day, which shift is 20 March 2027?"),
    ],
    "a shift letter from the user's own rota",
)
conv(
    "conv-spelling-score",
    [
        (U, "My son got 17/20 in his spelling test."),
        (A, "That's 85%, a great result."),
        (U, "What about 14/20 for his sister, should I be worried?"),
    ],
    "reassurance, not a fraction",
)
conv(
    "conv-guitar-scale",
    [
        (U, "Let's talk guitars. Mine has a 25.5 scale."),
        (A, "That's the classic Fender scale length."),
        (U, "Is 24.75 better for small hands?"),
    ],
    "scale length opinion",
)
conv(
    "conv-needle-size",
    [
        (U, "I'm converting an old knitting pattern that uses US needle sizes."),
        (A, "Sure, which sizes come up?"),
        (U, "What's a 7 in metric?"),
    ],
    "needle size table, not a unit conversion",
)
conv(
    "conv-shoe-size",
    [
        (U, "I'm ordering trainers from an Italian site and only know my UK size."),
        (A, "European sizes run differently, which one do you wear?"),
        (U, "what's a 9 in European?"),
    ],
    "size chart, brands differ",
)
conv(
    "conv-fixed-calendar",
    [
        (U, "Let's use the International Fixed Calendar: thirteen 28-day periods plus Year Day."),
        (A, "OK, with the extra period Sol between June and July."),
        (U, "What date would 1 July be?"),
    ],
    "date in an invented calendar",
)
conv(
    "conv-trick-quiz",
    [
        (U, "Making a pub quiz round of trick questions for eight-year-olds."),
        (A, "Fun! What have you got so far?"),
        (U, "And the one about months: how many of them contain a 28th day?"),
    ],
    "a trick question (all of them)",
)
conv(
    "conv-homework-check",
    [
        (U, "Please check my homework working, don't just give me answers."),
        (A, "Sure, show me your working."),
        (U, "I got 3,504 for 68 x 53 by doing 68 x 50 then adding 68 x 3. Where did I slip?"),
    ],
    "finding a mistake in working",
)
conv(
    "conv-bakery-name",
    [
        (U, "We're naming our bakery and want a number in the name."),
        (A, "Numbers can make names memorable."),
        (U, "Is 24 Loaves better than 7 Crumbs?"),
    ],
    "opinion on a name",
)
conv(
    "conv-meal-review",
    [
        (U, "I'll describe my meals and you tell me whether they're balanced."),
        (A, "Go ahead."),
        (U, "Monday: 200 g pasta, 80 g cheese, no veg. Too much?"),
    ],
    "nutrition judgement",
)
conv(
    "conv-rugby-score",
    [
        (U, "My daughter plays rugby union, where a try is 5 and a conversion 2."),
        (A, "And penalties and drop goals are 3."),
        (U, "They won 31-12. How might they have scored the 31?"),
    ],
    "several possible breakdowns",
)
conv(
    "conv-bin-code",
    [
        (U, "I'm labelling the storeroom with aisle-shelf-bin codes like 4-12-3."),
        (A, "A clear scheme. Aisle first, then shelf, then bin."),
        (U, "What is 7-2-5 then?"),
    ],
    "a location code, not subtraction",
)
conv(
    "conv-hotel-scale",
    [
        (U, "We rate hotels from 1 to 5, where 3 means perfectly fine."),
        (A, "Understood."),
        (U, "Is a 3.5 worth a detour then?"),
    ],
    "opinion",
)
conv(
    "conv-bracket-negatives",
    [
        (U, "In my accounting class negatives are written in brackets."),
        (A, "Yes, (500) means minus 500."),
        (U, "Why do accountants prefer that over a minus sign?"),
    ],
    "explanation of notation",
)
conv(
    "conv-hemisphere",
    [
        (U, "I live in Perth, Australia, by the way."),
        (A, "Thanks, noted."),
        (U, "When does winter start?"),
    ],
    "meteorological or astronomical winter, southern hemisphere",
)
conv(
    "conv-chess-opening",
    [
        (U, "We're discussing chess openings in algebraic notation."),
        (A, "Sure, which ones?"),
        (U, "Is e4 better than d4 for a beginner?"),
    ],
    "opinion on moves",
)
conv(
    "conv-recipe-scale",
    [
        (U, "My lasagne recipe serves 4 and I've scaled it to 10."),
        (A, "So two and a half times every ingredient."),
        (U, "Will the baking time change too?"),
    ],
    "cooking judgement",
)
conv(
    "conv-race-pace",
    [
        (U, "My 5k best is 24:30."),
        (A, "That's a solid time."),
        (U, "What pace should I aim for in a half marathon?"),
    ],
    "training estimate",
)
conv(
    "conv-chord-frets",
    [
        (U, "These are guitar chord fret numbers: x32010."),
        (A, "That's an open C major."),
        (U, "And 320003?"),
    ],
    "chord name from frets",
)
conv(
    "conv-follower-count",
    [
        (U, "I write k for thousand in my notes."),
        (A, "OK, so 5k is five thousand."),
        (U, "Is 1.2k followers a lot for a pottery account?"),
    ],
    "opinion",
)
conv(
    "conv-korean-age",
    [
        (U, "Our family counts ages the traditional Korean way."),
        (A, "Where everyone is one at birth and gains a year on New Year's Day."),
        (U, "How old is my son born in December 2020 on 1 January 2027 then?"),
    ],
    "a different age convention",
)
conv(
    "conv-reading-log",
    [
        (U, "I keep a reading log in pages per day."),
        (A, "Nice habit."),
        (U, "Is 40 a day realistic for War and Peace?"),
    ],
    "estimate, opinion",
)
conv(
    "conv-vinyl",
    [
        (U, "Let's talk about vinyl records."),
        (A, "Happy to. What would you like to know?"),
        (U, "What's the difference between 33 and 45?"),
    ],
    "record speeds, not subtraction",
)
conv(
    "conv-scripture",
    [
        (U, "Some questions about Bible verses for my confirmation class."),
        (A, "Which passage?"),
        (U, "What does Psalm 23:4 say?"),
    ],
    "a verse reference, not a time or ratio",
)
conv(
    "conv-paper-size",
    [
        (U, "We're designing a poster for the village hall."),
        (A, "What size are you thinking?"),
        (U, "Is A4 or A3 better if people read it from 5 m away?"),
    ],
    "design judgement",
)
conv(
    "conv-phone-plan",
    [
        (U, "I'm comparing phone contracts, prices are per week."),
        (A, "OK, send me the options."),
        (U, "Which is better value, 30 GB for 15 or unlimited for 22?"),
    ],
    "judgement of value",
)
conv(
    "conv-bad-maths-character",
    [
        (U, "I'm writing a character who is bad at maths but confident."),
        (A, "Fun character! How does he show it?"),
        (U, "How would he work out 15% of 60 out loud, getting it wrong believably?"),
    ],
    "creative writing",
)
conv(
    "conv-base-rate",
    [
        (U, "In this chat, 'the rate' means the Bank of England base rate."),
        (A, "Understood."),
        (U, "If the rate drops 0.25 points, what happens to my tracker mortgage payments?"),
    ],
    "missing loan facts",
)
conv(
    "conv-cryptic",
    [
        (U, "We're solving cryptic crossword clues."),
        (A, "Great, read me one."),
        (U, "Fifty-fifty split (4)?"),
    ],
    "wordplay",
)
conv(
    "conv-old-money",
    [
        (U, "I'm reading a novel set in Paris in the 1840s."),
        (A, "A great period for fiction."),
        (U, "What would 20 sous be worth now?"),
    ],
    "historical estimate",
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
    # no register (family name) of this set is a family name of sets 19 to 147
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 147: {reused}"
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
