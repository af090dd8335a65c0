"""Generate heldout-2027-05-24.jsonl: a hundred-and-seventy-second held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_172.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-171, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (terminating, at most 3 decimals); unit values
from the exact definitions above (unit(..., EXACT) for exact terminating answers, unit_r for
rounded ones); dates with datetime (date arithmetic, weekdays, ages, nth weekdays, working
days, clock spans) and zoneinfo (utc_minutes for times in two zones, including any clock
change crossed). Weekdays written next to dates are produced by sayw/sayus, not typed.

Provenance
----------
Read: this file (its set-up, helpers, checks and output code, with cat), grading.py (cat) and
earlier_registers.txt (head, and grep -c/grep for candidate words to pick new register names).
Nothing under /work/main, /work/shared or /work/.library was opened; no earlier set's questions
were viewed.
Wrote: picked 25 register names whose key words had no or few hits in earlier_registers.txt;
wrote the four sections by hand in scratch files inside this directory and spliced them in
with a small script; all answers computed in code. The run's duplicate check named my own
items that repeated earlier queries (about 55 on the first run, then 3); I reworded those
items without looking at the earlier text. Fixed a positive that tripped the contested-unit
check (the word "barrel").
Checked: ran this generator until it passed; ruff check and ruff format with
--config /work/main/pyproject.toml (one --fix --unsafe-fixes to parenthesise implicit string
concatenations); line lengths at most 99; ran the generator again.
Slips: none.
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
OUT = HERE / "heldout-2027-05-24.jsonl"
PREFIX = "ho172-"
# earlier generators: sets 1-171 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 172))
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
    "make_heldout_158.py",
    "make_heldout_159.py",
    "make_heldout_160.py",
    "make_heldout_161.py",
    "make_heldout_162.py",
    "make_heldout_163.py",
    "make_heldout_164.py",
    "make_heldout_165.py",
    "make_heldout_166.py",
    "make_heldout_167.py",
    "make_heldout_168.py",
    "make_heldout_169.py",
    "make_heldout_170.py",
    "make_heldout_171.py",
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


MARS = "mars_analogue_crew_member_in_the_utah_desert"
CARAVAN = "salt_caravan_trader_bound_for_taoudenni"
WOLF = "wolf_tracker_in_the_abruzzo_hills"
GORILLA = "gorilla_trekking_guide_in_bwindi"
ROUNDUP = "farmer_riding_the_autumn_sheep_roundup_in_iceland"
CANNON = "human_cannonball_performer_with_a_touring_circus"
IKEBANA = "ikebana_teacher_before_a_spring_exhibition"
BODA = "boda_boda_rider_in_kampala"
KENTE = "kente_weaver_in_bonwire"
CLOVE = "clove_picker_on_pemba_island"
ROADTRAIN = "road_train_driver_on_the_stuart_highway"
GALAPAGOS = "galapagos_naturalist_guide_on_a_yacht"
LUCHA = "lucha_libre_wrestler_planning_a_tour"
SOAPSTONE = "soapstone_carver_in_an_arctic_hamlet"
LONGSHIP = "viking_longship_replica_oarsman"
JOUST = "jousting_knight_at_a_summer_tournament"
ICEBERG = "iceberg_patrol_observer_off_newfoundland"
ASTEROID = "asteroid_survey_astronomer_on_a_mountaintop"
COLLIDER = "collider_control_room_physicist"
SINKHOLE = "sinkhole_repair_engineer_on_a_village_road"
GOATHERD = "goatherd_on_transhumance_in_the_pyrenees"
MARZIPAN = "marzipan_confectioner_in_lubeck"
CASTELL = "casteller_team_building_human_towers"
FAIRISLE = "fair_isle_knitter_on_a_winter_commission"
BAOBAB = "baobab_fruit_harvester_in_malawi"

# plain one-liners
calc(P, "what's 18.5% of 2,460", pct("18.5") * 2460)
calc(P, "1284 times 37 pls", 1284 * 37)
calc(P, "(7.25 + 3.9) * 12 - 15.6", (dec("7.25") + dec("3.9")) * 12 - dec("15.6"))
assert math.isqrt(2916) ** 2 == 2916
calc(P, "square root of 2916?", math.isqrt(2916))
calc(P, "three eighths of 1000 plus two fifths of 625 =", F(3, 8) * 1000 + F(2, 5) * 625)
calc(P, "forty-eight thousand divided by sixty four", F(48000, 64))
calc(P, "increase 380 by 15 per cent", 380 * (1 + pct(15)))
calc(P, "2^13 minus 1,000 equals", 2**13 - 1000)
calc(P, "0.6 × 0.35 × 40", dec("0.6") * dec("0.35") * 40)
calc(P, "knock 12.5% off £96.80, what's left", dec("96.80") * (1 - pct("12.5")))
calc(P, "17 squared plus 23 squared, what do you get", 17**2 + 23**2)
calc(P, "mean of 14, 19, 23, 8 and 31", F(14 + 19 + 23 + 8 + 31, 5))
calc(P, "57 is what percent of 76", F(57, 76) * 100)
calc(P, "3/4 + 5/8 - 1/5 as a decimal please", F(3, 4) + F(5, 8) - F(1, 5))

# registers
calc(
    MARS,
    "sim day 9 in the hab. water ration is 11.5 litres per person per day, there are six of "
    "us, the tank started at 1,500 L and nothing has been recycled yet. how many litres are "
    "left after those 9 days",
    1500 - dec("11.5") * 6 * 9,
)
calc(
    MARS,
    "CO2 scrubber cartridges last 36 hours each with the full crew of 6 breathing on them. two "
    "of us are out on a long EVA so only 4 are inside - assuming use is proportional to people, "
    "how many hours does one cartridge last now",
    F(36 * 6, 4),
)
_slab, _camels, _per = 9500, 42, 4
_takings = _camels * _per * _slab
calc(
    CARAVAN,
    "our caravan is 42 camels, each carrying 4 slabs of salt. in Timbuktu a slab fetches 9,500 "
    "CFA. the guide takes 8% of the takings and fodder for the trip cost 150,000 CFA. what's "
    "left for us",
    _takings - _takings * pct(8) - 150000,
)
_profit = (9500 - 3200) * 168
calc(
    CARAVAN,
    "bought 168 slabs at the mine for 3,200 CFA each and sold them all at 9,500. the tax man "
    "takes 12% of the profit (not of the sales). profit after tax?",
    _profit * (1 - pct(12)),
)
calc(
    WOLF,
    "the collared female covered 14.2 km the first night, 9.8 the second and 21.6 the third "
    "before the signal dropped. average distance per night?",
    (dec("14.2") + dec("9.8") + dec("21.6")) / 3,
)
_permits = 5 * 800 + 3 * 100
calc(
    GORILLA,
    "trekking permits: $800 each for foreign non-residents, $100 for East African residents. "
    "group of 8, 3 of them residents. 6 people want a porter at $25 each, and the lodge adds "
    "10% service on the permits only. total in dollars",
    _permits * (1 + pct(10)) + 6 * 25,
)
calc(
    GORILLA,
    "we climbed 3.4 km up to the family in 2 h 45 min and came back down the same 3.4 km in "
    "1 h 15. what was the average speed for the whole walk in km/h",
    dec("6.8") / 4,
)
calc(
    ROUNDUP,
    "we brought 1,150 sheep down off the highland. 38% of them carry our earmark, the rest go "
    "back to the neighbouring farms at the sorting pen. how many are ours",
    1150 * pct(38),
)
_shots = 11 * 6
calc(
    CANNON,
    "contract is 11 shots a week for 6 weeks at £340 a shot, plus £75 a week per diem. my "
    "agent takes 15% of the shot fees only. what do I end up with before tax",
    _shots * 340 * (1 - pct(15)) + 6 * 75,
)
calc(
    IKEBANA,
    "each student's arrangement needs 3 branches of flowering quince at ¥480 and 5 tulips at "
    "¥220. there are 18 students. total yen",
    18 * (3 * 480 + 5 * 220),
)
calc(
    BODA,
    "petrol is 5,200 shillings a litre and my bike does 38 km on a litre. I rode 152 km and "
    "the owner wants his 15,000 a day for the bike. what did the day cost me in shillings",
    F(152, 38) * 5200 + 15000,
)
calc(
    KENTE,
    "I weave 8 inches of strip an hour on the narrow loom. a man's cloth is 24 strips, each 11 "
    "feet long. how many hours of weaving is that",
    F(24 * 11 * 12, 8),
)
calc(
    CLOVE,
    "we picked 62 kg of green buds; drying takes 68% of the weight away. dried cloves fetch "
    "18,000 TSh a kilo at the ZSTC. what are they worth",
    62 * (1 - pct(68)) * 18000,
)
calc(
    ROADTRAIN,
    "three trailers at 22.5 t each loaded, the prime mover is 9.8 t and the two dollies are 3.1 t "
    "apiece. what's the gross combination mass in tonnes",
    3 * dec("22.5") + dec("9.8") + 2 * dec("3.1"),
)
calc(
    GALAPAGOS,
    "the yacht is $4,850 per person for the 8 days, there are 6 of us, early booking takes 12% "
    "off the total, then two families split what's left evenly. how much does each family pay",
    4850 * 6 * (1 - pct(12)) / 2,
)
calc(
    LUCHA,
    "12 fights on the tour, arena pays 7,500 pesos a fight. promoter keeps 20% of that, and I "
    "need 3 new máscaras at 4,200 pesos each. what do I clear",
    12 * 7500 * (1 - pct(20)) - 3 * 4200,
)
calc(
    SOAPSTONE,
    "the raw block weighed 18.4 kg and the finished dancing bear is 6.9 kg. what percentage of "
    "the stone did I carve away",
    (dec("18.4") - dec("6.9")) / dec("18.4") * 100,
)
calc(
    LONGSHIP,
    "32 oars on the ship, we pull 26 strokes a minute and my stint at the oar was 2 hours 15 "
    "minutes. how many strokes did I row",
    26 * 135,
)
calc(
    JOUST,
    "each of us two knights shatters 3 lances a day, lances are £45 each, the "
    "tournament runs 4 days and horse hire is £260 per horse per day (one horse each). total "
    "cost",
    2 * 3 * 4 * 45 + 2 * 4 * 260,
)
calc(
    ICEBERG,
    "bergs logged by week over the 4-week patrol: 47, 63, 44, 56. average per day across the "
    "28 days",
    F(47 + 63 + 44 + 56, 28),
)
calc(
    ASTEROID,
    "the overnight pipeline flagged 4,800 candidate detections. 0.75% turn out to be new "
    "objects and 1 in 4 of those get confirmed. how many confirmations is that",
    4800 * pct("0.75") / 4,
)
calc(
    COLLIDER,
    "2,808 bunches per beam with 1.15e11 protons in each bunch. total protons in one beam",
    2808 * dec("1.15e11"),
)
calc(
    COLLIDER,
    "1,840 hours were scheduled for the run. 14.5% were lost to faults, then 6% of what "
    "remained went to machine development. how many hours were left for physics",
    1840 * (1 - pct("14.5")) * (1 - pct(6)),
)
calc(
    SINKHOLE,
    "the void is roughly a box 3.5 m by 2.8 m and 4 m deep. gravel bulks up so order 1.2 times "
    "the volume, at £42 per cubic metre. cost of the gravel?",
    dec("3.5") * dec("2.8") * 4 * dec("1.2") * 42,
)
calc(
    GOATHERD,
    "the commune charges €0.35 per goat per day for the summer pasture. I'm taking 170 goats "
    "up for 101 days and the hut rent is €600 on top. what do I owe",
    dec("0.35") * 170 * 101 + 600,
)
calc(
    GOATHERD,
    "I milk 64 goats twice a day, each gives 1.35 litres a milking, and the tomme needs "
    "8 litres of milk per kilo of cheese. kilos of cheese a day?",
    64 * 2 * dec("1.35") / 8,
)
calc(
    MARZIPAN,
    "for 25 kg of marzipan at 70:30 almonds to sugar, how many kg of almonds",
    25 * F(70, 100),
)
calc(
    CASTELL,
    "our castell: the pinya at the base is 112 people, then six tiers of 4, and the top three "
    "tiers have 2, 1 and 1. how many people in total",
    112 + 6 * 4 + 2 + 1 + 1,
)
calc(
    FAIRISLE,
    "the yoke is 288 stitches round, the pattern repeat is 24 stitches, and it's 31 rounds "
    "deep. total stitches in the yoke",
    288 * 31,
)
_fee = 260 * dec("14.50") + 11 * dec("6.75")
calc(
    FAIRISLE,
    "commission: 260 hours at £14.50 an hour plus 11 balls of yarn at £6.75. she already paid a "
    "20% deposit. what's still owed",
    _fee * (1 - pct(20)),
)
calc(
    BAOBAB,
    "we cracked 340 pods, 180 g of powder per pod on average. powder sells at 4,500 kwacha a kilo "
    "and the co-op keeps 15%. what do we get",
    340 * dec("0.18") * 4500 * (1 - pct(15)),
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


KNOT = F(1852, 3600)  # m/s (nautical mile = 1852 m)
KGF = G0  # N

# plain one-liners
unit_r(P, "73.5 kg in lbs", dec("73.5") / LB)
unit(P, "5 foot 11 in centimetres", 71 * IN * 100, EXACT)
unit(P, "101.3 F to celsius", f_to_c(dec("101.3")), EXACT)
unit_r(P, "the ultra is 31 miles, how many km is that", 31 * MI / 1000)
unit_r(P, "340 sq ft to m2", 340 * SQFT)
unit(P, "6.25 GiB is how many MiB", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "60 mph -> km/h", 60 * MPH / KMH)
unit_r(P, "12 st 4 lb in kilos", 12 * STONE + 4 * LB)
unit_r(P, "2.5 acres to m²", dec("2.5") * ACRE)
unit_r(P, "what's 32 psi in kPa", 32 * PSI / 1000)
unit(P, "17 knots in km/h", 17 * KNOT / KMH, EXACT)
unit(P, "seconds in 2.85 hours?", dec("2.85") * 3600, EXACT)
unit(P, "400 yards in metres?", 400 * YD, EXACT)
unit_r(P, "11 oz in grams", 11 * OZ * 1000)

# registers
unit_r(
    MARS,
    "the hab airlock is rated to 10.2 psi differential. what's that in kPa for the log",
    dec("10.2") * PSI / 1000,
)
unit_r(
    MARS,
    "the habitat's lower deck is 1,200 square feet. mission control wants it in square metres",
    1200 * SQFT,
)
unit_r(
    CARAVAN,
    "each salt slab weighs 30 kg and a camel carries four. how many pounds is one camel's load",
    120 / LB,
)
unit_r(CARAVAN, "it's roughly 750 km from Taoudenni to Timbuktu. in miles?", 750000 / MI)
unit(
    WOLF,
    "the front paw print in the snow measured 4.5 inches long. in cm",
    dec("4.5") * IN * 100,
    EXACT,
)
unit_r(GORILLA, "the silverback is estimated at 180 kg. how much is that in stone", 180 / STONE)
unit(
    ROUNDUP,
    "forecast says gusts of 22 m/s on the ridge where we gather. what's that in km/h",
    22 / KMH,
    EXACT,
)
unit_r(CANNON, "the cannon fires me out at 88 km/h, convert that to mph", 88 * KMH / MPH)
unit_r(IKEBANA, "the kenzan is 12 cm across, how many inches", F(12, 100) / IN)
unit_r(
    BODA,
    "the sticker on my swingarm says rear tyre 29 psi. the pump at the station reads bar. "
    "what's 29 psi in bar",
    29 * PSI / BAR,
)
unit(
    KENTE,
    "each strip is 4 inches wide and I sew 24 strips edge to edge. how wide is the cloth in cm",
    24 * 4 * IN * 100,
    EXACT,
)
unit_r(CLOVE, "the exporter's sacks say 110 lb. how many kg is that", 110 * LB)
unit_r(
    ROADTRAIN,
    "my triple is 53.5 metres from bumper to the last trailer. in feet",
    dec("53.5") / FT,
)
unit(
    ROADTRAIN,
    "loaded she burns 80 litres per 100 km. what's that as km per litre",
    F(100, 80),
    EXACT,
)
unit_r(
    GALAPAGOS,
    "a guest asked how heavy the big male tortoise is in pounds. we reckon 250 kg",
    250 / LB,
)
unit(LUCHA, "the ring is 20 ft between the ropes. in metres", 20 * FT, EXACT)
unit_r(
    LUCHA,
    "I weigh in at 94 kg but the US promoter wants my weight in pounds for the poster",
    94 / LB,
)
unit_r(SOAPSTONE, "block came in at 18.4 kg, the gallery down south wants lb", dec("18.4") / LB)
unit(LONGSHIP, "we cruise under oars at a steady 6 knots, in km/h?", 6 * KNOT / KMH, EXACT)
unit_r(JOUST, "the lances are 12 feet long, how many metres", 12 * FT)
unit_r(
    ICEBERG,
    "the berg is drifting south at 0.7 knots. how many km does it cover in a day at that speed",
    dec("0.7") * KNOT * 86400 / 1000,
)
unit_r(ASTEROID, "our primary mirror is 1.8 m across, what's that in inches", dec("1.8") / IN)
unit(
    COLLIDER,
    "the dipoles run at 1.9 kelvin. what is that in degrees celsius",
    dec("1.9") - dec("273.15"),
    EXACT,
)
unit_r(SINKHOLE, "the survey says the hole is 18 ft deep, convert to metres", 18 * FT)
unit_r(
    SINKHOLE,
    "we've poured 47 cubic metres of foamed concrete into it. the American client asks how many "
    "cubic yards that is",
    47 / (YD**3),
)
unit_r(
    GOATHERD,
    "from the village at 900 m we climb to the cabane at 2,350 m. the elevation gain in feet?",
    (2350 - 900) / FT,
)
unit_r(MARZIPAN, "an export order of 25 kg — how many pounds is that", 25 / LB)
unit_r(
    MARZIPAN,
    "our Lübeck marzipan loaf is €24.80 a kilo. a shop in Boston wants the price per pound in "
    "euros",
    dec("24.80") * LB,
)
unit_r(
    CASTELL,
    "the tower stood 13.5 metres to the enxaneta's raised hand. how many feet",
    dec("13.5") / FT,
)
unit_r(
    FAIRISLE,
    "the yoke used 11 balls of shetland jumper weight, 25 g each. total in ounces",
    11 * 25 / (OZ * 1000),
)
unit_r(BAOBAB, "the biggest tree in the grove has a girth of 28 m. in feet?", 28 / FT)


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


def utc_minutes(start, start_zone, end, end_zone):
    """Minutes from one local wall-clock time to another, each in its own zone, via UTC."""
    a = DT.fromisoformat(start).replace(tzinfo=ZoneInfo(start_zone))
    b = DT.fromisoformat(end).replace(tzinfo=ZoneInfo(end_zone))
    utc = ZoneInfo("Etc/UTC")
    span = b.astimezone(utc) - a.astimezone(utc)
    assert span.total_seconds() % 60 == 0
    return F(int(span.total_seconds()) // 60)


def working_day_after(start, n):
    """The n-th Monday-to-Friday day after start (start itself not counted)."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


def working_day_counting(start, n):
    """The n-th Monday-to-Friday day counting start itself as the first."""
    assert start.weekday() < SAT
    return working_day_after(start, n - 1)


# plain one-liners
date_item(
    P, "storming of the Bastille, 14 July 1789 - which weekday was that", weekday(D(1789, 7, 14))
)
_d = D(2028, 3, 7)
date_item(P, "days from 7 March 2028 until 23 November 2028?", days(_d, D(2028, 11, 23)))
date_item(P, "what date is 100 days after 15 January 2029", D(2029, 1, 15) + TD(days=100))
date_item(P, "25 December 2031 falls on which day", weekday(D(2031, 12, 25)))
date_item(P, "born 30 June 1988, how old on 1 June 2031", age(D(1988, 6, 30), D(2031, 6, 1)))
date_item(
    P,
    "how many whole weeks is it from 13 January 2030 to 7 April 2030",
    weeks(D(2030, 1, 13), D(2030, 4, 7)),
)
date_item(P, "what was the date 90 days before 10 April 2028", D(2028, 4, 10) - TD(days=90))
date_item(P, "21:35 to 06:20 the next morning, how many minutes", clock_span("21:35", "06:20", 60))
date_item(P, "3rd Wednesday of October 2029, what's the date", nth_weekday(2029, 10, WED, 3))
date_item(
    P,
    "count the days from 1 Dec 2027 to 31 Jan 2028, both ends included",
    days(D(2027, 12, 1), D(2028, 1, 31)) + 1,
)
date_item(P, "what weekday is 1 January 2100", weekday(D(2100, 1, 1)))
_d = D(2030, 12, 6)
date_item(
    P,
    f"10 working days after {sayw(_d)}, just skipping weekends - what date",
    working_day_after(_d, 10),
)
date_item(P, "last Monday of May 2032?", nth_weekday(2032, 5, MON, -1))
date_item(P, "number of days in February of the year 2100", calendar.monthrange(2100, 2)[1])

# registers
_d = D(2030, 9, 2)
date_item(
    MARS,
    f"our 180-day isolation sim starts {sayw(_d)} and that counts as day 1. what's the date of "
    "day 180",
    _d + TD(days=179),
)
date_item(
    MARS,
    "EVA crew cycled out of the airlock at 22:50 and were back in at 03:35. how many minutes "
    "were they out",
    clock_span("22:50", "03:35", 60),
)
date_item(
    CARAVAN,
    "the azalai left Timbuktu on 4 November 2029 and the round trip to the mines takes 42 days. "
    "what date do we get back",
    D(2029, 11, 4) + TD(days=42),
)
date_item(
    WOLF,
    "collar went on the female on 17 January 2029 and we recovered it on 2 July 2029. how many "
    "days was it deployed",
    days(D(2029, 1, 17), D(2029, 7, 2)),
)
date_item(
    GORILLA,
    "the group's permits are for 14 March 2030, what day of the week is that",
    weekday(D(2030, 3, 14)),
)
date_item(
    GORILLA,
    "flying home: leave Entebbe 23:55 local time on 9 March 2030, land at London Heathrow 06:40 "
    "local on 10 March. how long is the flight in minutes",
    utc_minutes("2030-03-09T23:55", "Africa/Kampala", "2030-03-10T06:40", "Europe/London"),
)
date_item(
    ROUNDUP,
    "our réttir is always the second Saturday of September. what date is it in 2028",
    nth_weekday(2028, 9, SAT, 2),
)
_d = D(2030, 4, 5)
_shows, _day = 0, _d
while True:
    if _day.weekday() != MON:
        _shows += 1
        if _shows == 38:
            break
    _day += TD(days=1)
date_item(
    CANNON,
    f"the tour opens {sayw(_d)} with one show a day, Mondays dark, 38 shows in all. what "
    "date is the last show",
    _day,
)
date_item(
    IKEBANA,
    "the spring exhibition runs 21 March to 2 April 2029, first and last days included. how many "
    "days do my students' pieces need to stay fresh",
    days(D(2029, 3, 21), D(2029, 4, 2)) + 1,
)
date_item(
    BODA,
    "bike loan: first weekly payment was 8 June 2028, one every 7 days, 52 payments in all. date "
    "of the final payment",
    D(2028, 6, 8) + TD(days=51 * 7),
)
_d = D(2029, 8, 6)
date_item(
    KENTE,
    f"I only weave Monday to Friday. this cloth needs 66 working days and I start on "
    f"{sayw(_d)} (that's day one). what date will I finish",
    working_day_counting(_d, 66),
)
date_item(
    CLOVE,
    "picking season ran 28 July 2030 to 9 October 2030. how many days is that counting both",
    days(D(2030, 7, 28), D(2030, 10, 9)) + 1,
)
date_item(
    ROADTRAIN,
    "left Adelaide at 18:00 on 12 October 2029 and pulled into Darwin at 22:15 on 14 October, "
    "local times both. how many hours on the road",
    utc_minutes("2029-10-12T18:00", "Australia/Adelaide", "2029-10-14T22:15", "Australia/Darwin")
    / 60,
)
_d = D(2031, 6, 8)
date_item(
    GALAPAGOS,
    f"guests board {sayus(_d)} for 7 nights on the boat. what date do they disembark",
    _d + TD(days=7),
)
date_item(
    LUCHA,
    "the big card in Guadalajara is on 16 September 2029. what day of the week",
    weekday(D(2029, 9, 16)),
)
date_item(
    LUCHA,
    "I was born 2 November 1991. how old will I be on fight night, 16 September 2029",
    age(D(1991, 11, 2), D(2029, 9, 16)),
)
date_item(
    SOAPSTONE,
    "sealift ship comes 4 August 2030 and the second one is due 58 days after. what date is that",
    D(2030, 8, 4) + TD(days=58),
)
date_item(
    SOAPSTONE,
    "my grandmother was born 12 December 1958. how old will she be at the print show opening "
    "on 3 May 2030",
    age(D(1958, 12, 12), D(2030, 5, 3)),
)
date_item(
    LONGSHIP,
    "we rowed out at 05:20 and landed at 19:05. hours at the oars as a decimal?",
    clock_span("05:20", "19:05", 3600),
)
date_item(
    JOUST,
    "the tournament is on the last Saturday of August 2028 - what's the date",
    nth_weekday(2028, 8, SAT, -1),
)
date_item(
    ICEBERG,
    "ice season opened 15 February 2028 and closed 26 July 2028. how many days counting the "
    "opening and closing days",
    days(D(2028, 2, 15), D(2028, 7, 26)) + 1,
)
date_item(
    ICEBERG,
    "recon flight leaves St. John's at 08:30 local on 20 November 2029 and lands at Halifax at "
    "09:05 local. actual minutes in the air?",
    utc_minutes("2029-11-20T08:30", "America/St_Johns", "2029-11-20T09:05", "America/Halifax"),
)
date_item(
    ASTEROID,
    "first detection at 21:30 on 3 May 2029 from Maui (Hawaii time), follow-up frame at 10:15 on "
    "4 May 2029 from La Palma (Canary Islands time). how many minutes apart were they",
    utc_minutes("2029-05-03T21:30", "Pacific/Honolulu", "2029-05-04T10:15", "Atlantic/Canary"),
)
date_item(
    ASTEROID,
    "for a talk on the Tunguska blast: what weekday was 30 June 1908",
    weekday(D(1908, 6, 30)),
)
date_item(
    COLLIDER,
    "1,840 hours of beam time running non-stop from 06:00 on 5 March 2030. on what date does "
    "it end",
    (DT(2030, 3, 5, 6) + TD(hours=1840)).date(),
)
_d = D(2030, 12, 11)
date_item(
    SINKHOLE,
    f"the lane is closed for 15 working days starting {sayw(_d)}, which counts as the first. "
    "weekdays only, ignore bank holidays. last day of the closure?",
    working_day_counting(_d, 15),
)
date_item(
    GOATHERD,
    "we go up to the estive on 21 June 2029 and come down on 29 September 2029. how many "
    "nights on the mountain",
    days(D(2029, 6, 21), D(2029, 9, 29)),
)
date_item(
    MARZIPAN,
    "Christmas export order must ship 6 weeks before 24 December 2030. what date do we ship",
    D(2030, 12, 24) - TD(weeks=6),
)
date_item(
    CASTELL,
    "the Concurs in Tarragona is on the first Sunday of October 2030 - date?",
    nth_weekday(2030, 10, SUN, 1),
)
date_item(
    FAIRISLE,
    "the jumper needs 260 hours and I can knit 4 hours every day, starting 4 January 2031 (that "
    "day counts). on what date do I finish",
    D(2031, 1, 4) + TD(days=260 // 4 - 1),
)
date_item(
    BAOBAB,
    "harvest runs 1 May 2030 to 31 August 2030. how many days is that, both dates included",
    days(D(2030, 5, 1), D(2030, 8, 31)) + 1,
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-redefined-operator",
        [
            (S, "In this worksheet the symbol # is defined as a # b = a × b + a."),
            (U, "ok so what is 9 # 5"),
        ],
        "# is defined only in the system turn (a×b + a); a tool would not know it.",
    ),
    (
        "conv-base-seven",
        [
            (U, "my daughter's maths club is doing everything in base 7 for the whole term"),
            (A, "Fun! In base 7 the digits run 0 to 6, so 10 means seven."),
            (U, "right, so what's 46 + 35"),
        ],
        "The numbers are base-7 numerals from the earlier turn; the answer is not 81.",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic mod 11 in number theory"),
            (A, "Sure, every result gets reduced to something from 0 to 10."),
            (U, "8 × 7 = ?"),
        ],
        "The modulus 11 was set earlier; a plain calculator would answer 56.",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                S,
                (
                    "Worldbuilding helper. In the realm of Ostmark the year has eight months of "
                    "45 days: Thaw, Sowing, Bloom, Highsun, Reaping, Ember, Frost and Deepdark."
                ),
            ),
            (U, "if the harvest fair is on the 40th of Sowing, what's the date 20 days later"),
        ],
        "A fictional calendar defined in the system turn; only the model can apply it.",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in my hex-crawl game one league is 3 hexes and one hex is 4 squares"),
            (A, "Got it: 1 league = 3 hexes = 12 squares."),
            (U, "how many squares is 2.5 leagues"),
        ],
        "Leagues here are a game unit defined earlier, not the real league.",
    ),
    (
        "conv-javascript-coercion",
        [
            (U, "I'm debugging some old JavaScript on our checkout page"),
            (A, "Happy to help — what's it doing?"),
            (U, "what does '7' + 3 - 2 give"),
        ],
        "JavaScript string coercion ('73' - 2 = 71) is a language question, not arithmetic.",
    ),
    (
        "conv-python-floor-division",
        [
            (U, "a python thing is confusing me in my homework"),
            (A, "Go ahead."),
            (U, "in python 3 what does -9 // 4 come out as, and why"),
        ],
        "Python's floor division semantics (gives -3) and an explanation need the model.",
    ),
    (
        "conv-bill-split-told-earlier",
        [
            (
                U,
                (
                    "me and my two housemates agreed I pay 40% of the bills because I've got the "
                    "big room, and they split the rest evenly"
                ),
            ),
            (A, "That sounds like a fair arrangement."),
            (U, "electric came to £186.50, how much does each of them owe"),
        ],
        "The split was set in an earlier turn; the last question alone is underspecified.",
    ),
    (
        "conv-rate-given-earlier",
        [
            (U, "use the rate printed on my receipt: 1 EUR = 1.0834 CHF"),
            (A, "Noted, I'll use 1.0834."),
            (U, "so 240 euros comes to what"),
        ],
        "Uses an exchange rate from the conversation; the target currency is only there.",
    ),
    (
        "conv-uint8-wraparound",
        [
            (
                S,
                (
                    "You are helping with embedded C on an 8-bit microcontroller; uint8_t "
                    "arithmetic wraps around."
                ),
            ),
            (U, "uint8_t x = 200 + 100; what ends up in x"),
        ],
        "Overflow semantics of C uint8_t (44), not the arithmetic sum 300.",
    ),
    (
        "conv-left-to-right-calculator",
        [
            (U, "my dad's old pocket calculator doesn't do BODMAS, it just goes left to right"),
            (A, "Right, a lot of basic calculators evaluate as you key it in."),
            (U, "so what would it show for 2 + 3 × 4"),
        ],
        "Asks what a left-to-right calculator shows (20); a precedence-aware tool says 14.",
    ),
    (
        "conv-julian-letter",
        [
            (U, "I'm transcribing a letter from Moscow dated old style, in the Julian calendar"),
            (A, "Russia kept the Julian calendar until 1918, so the dates are shifted."),
            (U, "what weekday was 12 March 1700 for the writer"),
        ],
        "The date is Julian per the earlier turn; a Gregorian calendar tool gives the wrong day.",
    ),
    (
        "conv-shift-rota",
        [
            (U, "my rota is four on, four off, and my first day on was the 3rd of March"),
            (A, "OK — days 1 to 4 on, 5 to 8 off, and it repeats."),
            (U, "am I working on the 20th"),
        ],
        "Depends on a rota and month given earlier in the conversation.",
    ),
    (
        "conv-variable-defined",
        [
            (U, "let x be the number of eggs in the tray, which is 12"),
            (A, "OK, x = 12."),
            (U, "what's 3x + 4"),
        ],
        "x is defined in an earlier turn; the final question alone has an unknown.",
    ),
    (
        "conv-hex-dump",
        [
            (U, "we're reading a hex dump off the flash chip"),
            (A, "Sure, paste the bytes when you're ready."),
            (U, "add 3A and 1F for me"),
        ],
        "Hexadecimal context from the earlier turn; '3A' and '1F' are not decimal numbers.",
    ),
    (
        "conv-stableford",
        [
            (U, "I'm scoring stableford off a handicap of 18 today"),
            (A, "So you get one shot on every hole."),
            (U, "I took 6 on a par 4, how many points is that"),
        ],
        "Needs stableford rules and the handicap from earlier.",
    ),
    (
        "conv-darts-checkout",
        [
            (U, "we're playing 501, double out"),
            (A, "Classic rules. Good luck!"),
            (U, "I'm on 121, what should I go for"),
        ],
        "Darts checkout advice needs game knowledge, not a sum.",
    ),
    (
        "conv-music-interval",
        [
            (U, "we're working through intervals in D major for my grade 5 theory"),
            (A, "Great, D major has two sharps, F# and C#."),
            (U, "what's a fifth plus a third above D"),
        ],
        "'Fifth plus a third' is music theory, not 5 + 3.",
    ),
    (
        "conv-fictional-day-length",
        [
            (
                S,
                (
                    "Worldbuilding assistant. On the planet Vesk a day lasts 30 hours and each "
                    "hour has 50 minutes."
                ),
            ),
            (U, "how many minutes are in 2 days there"),
        ],
        "Vesk time units are defined only in the system turn.",
    ),
    (
        "conv-family-teacup",
        [
            (
                U,
                (
                    "my nan's scone recipe serves 6 and uses a 'teacup' of flour, which in her "
                    "kitchen is 180 g"
                ),
            ),
            (A, "Lovely — a family measure."),
            (U, "how much flour for 10 people"),
        ],
        "The teacup measure and serving size come from the earlier turn.",
    ),
    (
        "conv-percentage-points",
        [
            (U, "support for the bypass went from 40% to 50% between the two polls"),
            (A, "That's a notable shift."),
            (U, "so how much did it go up by"),
        ],
        "Ambiguous between 10 points and 25 percent; needs explanation, not one number.",
    ),
    (
        "conv-excel-round",
        [
            (U, "doing a spreadsheet in Excel for the club accounts"),
            (A, "Sure, what do you need?"),
            (U, "what does =ROUND(-2.5,0) return"),
        ],
        "Excel's rounding convention is a software question.",
    ),
    (
        "conv-sql-null",
        [
            (U, "writing a report query in Postgres"),
            (A, "OK, what's the issue?"),
            (U, "what's NULL + 5"),
        ],
        "SQL NULL semantics, not arithmetic.",
    ),
    (
        "conv-history-gap",
        [
            (U, "we were just reading about the Great Fire of London"),
            (A, "Yes, it started in a bakery on Pudding Lane."),
            (U, "how many years after the Great Plague was that"),
        ],
        "Needs historical dates the model knows; no numbers are given.",
    ),
    (
        "conv-grandad-world-cup",
        [
            (
                U,
                "my grandad always said he was born the summer England won the World Cup",
            ),
            (A, "That would be 1966."),
            (U, "so how old was he when the millennium fireworks went off"),
        ],
        "The birth year comes from the earlier turns and world knowledge.",
    ),
    (
        "conv-pairs-cricket",
        [
            (
                U,
                (
                    "we're scoring a kids' pairs cricket match where every wicket costs the "
                    "batting side 5 runs"
                ),
            ),
            (A, "Yes, that's the usual pairs format."),
            (U, "they made 94 and lost 6 wickets, what's the final total"),
        ],
        "The wicket penalty rule was given earlier.",
    ),
    (
        "conv-budget-list",
        [
            (U, "my monthly outgoings: rent 850, food 300, travel 120, phone 25"),
            (A, "Got it, I've noted those four."),
            (U, "add them up and tell me what's left out of 1,600"),
        ],
        "The numbers to add are in an earlier turn only.",
    ),
    (
        "conv-fictional-currency",
        [
            (
                S,
                (
                    "In this game 1 gold crown = 12 silver stags and 1 silver stag = 20 copper "
                    "pennies."
                ),
            ),
            (U, "how many pennies is 3 crowns"),
        ],
        "Fictional currency defined in the system turn.",
    ),
    (
        "conv-street-block",
        [
            (U, "when I say 'a block' I mean the blocks on our street, which are 140 m"),
            (A, "Noted, 1 block = 140 m."),
            (U, "I walked 7 blocks, how far is that in km"),
        ],
        "The block length is defined earlier in the conversation.",
    ),
    (
        "conv-date-order-told",
        [
            (U, "all the dates in this spreadsheet are day/month"),
            (A, "OK, I'll read them as day then month."),
            (U, "how many days from 03/04 to 05/06 in 2029"),
        ],
        "The day/month order and meaning come only from the earlier turn.",
    ),
    (
        "conv-brother-loan",
        [
            (U, "I borrowed £2,000 off my brother and we agreed £150 a month back"),
            (A, "That's a generous arrangement."),
            (U, "how many more payments if I've already made 5"),
        ],
        "The loan terms were given earlier; the last turn alone has no numbers to work with.",
    ),
    (
        "conv-boolean-plus",
        [
            (U, "in logic class we use + for OR and · for AND on 0s and 1s"),
            (A, "Boolean algebra, yes."),
            (U, "1 + 1 = ?"),
        ],
        "In Boolean algebra 1 + 1 = 1; a calculator says 2.",
    ),
    (
        "conv-chess-increment",
        [
            (U, "we play 5 minutes with a 10 second increment per move"),
            (A, "OK, Fischer increment."),
            (U, "how much will I have left after 30 moves if each one takes me 12 seconds"),
        ],
        "The clock settings are in the earlier turn.",
    ),
    (
        "conv-fixed-calendar-game",
        [
            (U, "our tabletop calendar has 13 months of 28 days plus one festival day at the end"),
            (A, "Like the International Fixed Calendar."),
            (U, "what day of the year is the 5th of the 7th month"),
        ],
        "Fictional 13-month calendar; a real calendar tool would answer for July.",
    ),
    (
        "conv-french-numbers",
        [
            (U, "I'm learning French numbers for my trip"),
            (A, "Great, the ones from 70 to 99 are the tricky ones."),
            (U, "how do I say 97"),
        ],
        "Asks for a French number word, which is a language question.",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    (
        "near-phone-number",
        "is 0845 46 47 a real NHS number or a scam",
        "A phone number; needs knowledge.",
    ),
    (
        "near-phone-number",
        "which country uses the dialling code +998",
        "Dialling code lookup is a fact.",
    ),
    (
        "near-phone-number",
        "can I still call 112 from a mobile with no SIM in Spain",
        "Emergency numbers are facts, not sums.",
    ),
    ("near-isbn", "what book is ISBN 978-0-19-953556-9", "An ISBN is an identifier to look up."),
    ("near-isbn", "why do some ISBNs end in X", "Explanation of the check-digit scheme."),
    (
        "near-version",
        "is node 18.19 still supported or should I move to 20",
        "Version numbers, support policy.",
    ),
    (
        "near-version",
        "what changed between python 3.11 and 3.12 for asyncio",
        "Versions, not subtraction.",
    ),
    (
        "near-version",
        "should I update from iOS 17.4 to 17.5 on an old iPhone XR",
        "Advice about versions.",
    ),
    (
        "near-score",
        "Leinster beat Munster 28-14, would that earn a bonus point",
        "Depends on try count and rugby rules.",
    ),
    ("near-score", "what do you call a 6-0 6-0 win in tennis", "Tennis slang for a score."),
    ("near-score", "is 145 a high IQ score", "Interpretation of a score."),
    (
        "near-score",
        "a 7.5 in the IELTS, is that good enough for a UK nursing registration",
        "Needs requirements knowledge.",
    ),
    (
        "near-range",
        "my son is 6, is a toy marked 3-5 still ok for him",
        "An age range on packaging; advice.",
    ),
    (
        "near-range",
        "is walking at 16-18 months late for a baby",
        "Developmental norms, not arithmetic.",
    ),
    (
        "near-range",
        "what does 'what's your 20' mean when truckers say it on the radio",
        "Radio code, not a subtraction.",
    ),
    (
        "near-part-number",
        "is bearing 6204-2RS the same as 6204-ZZ",
        "Part numbers, not subtraction.",
    ),
    (
        "near-part-number",
        "will a Brother TN-2420 toner fit the HL-L2350DW",
        "Compatibility question about part numbers.",
    ),
    (
        "near-part-number",
        "what's the difference between an H7 and an H4 headlight bulb",
        "Bulb types are identifiers.",
    ),
    (
        "near-part-number",
        "is an M8 bolt the same as a 5/16 inch one",
        "Thread standards differ; needs knowledge.",
    ),
    ("near-opinion", "is 4.5% a good mortgage rate to lock in", "Opinion on a number."),
    (
        "near-opinion",
        "is running 5k in 28 minutes decent for a 40 year old woman",
        "Judgment about a time.",
    ),
    ("near-opinion", "is 2,000 words too long for a best man's speech", "Opinion about a length."),
    ("near-opinion", "is £32k a liveable salary in Bristol", "Judgment about cost of living."),
    (
        "near-opinion",
        "is 7 hours of sleep a night enough for a teenager",
        "Health guidance, not a sum.",
    ),
    ("near-opinion", "is 1080p fine for a 50 inch TV or do I need 4K", "Advice on resolutions."),
    (
        "near-explain",
        "why does 0.1 + 0.2 not equal 0.3 in most programming languages",
        "Explanation of floating point.",
    ),
    (
        "near-explain",
        "my kid asked why you can't divide by zero, how do I explain it to a nine year old",
        "Conceptual explanation.",
    ),
    (
        "near-explain",
        "why does the Gregorian year average 365.2425 days",
        "Explanation of calendar design.",
    ),
    ("near-explain", "why is an hour 60 minutes and not 100", "History of units."),
    ("near-explain", "why did mathematicians decide 1 isn't a prime", "Definition question."),
    (
        "near-explain",
        "what's the story behind Ramanujan and 1729",
        "Number trivia (Hardy–Ramanujan).",
    ),
    (
        "near-explain",
        "what does the 50/30/20 budget rule mean",
        "A rule to explain, not a fraction.",
    ),
    (
        "near-explain",
        "explain how the 4-7-8 breathing technique works",
        "Breathing method, not numbers to compute.",
    ),
    (
        "near-explain",
        "how do I factorise x^2 + 5x + 6 — show me the method",
        "Asks for a method explained.",
    ),
    (
        "near-facts",
        "how tall will the Sagrada Família's tallest tower be in feet once finished",
        "Needs the building's height, a fact.",
    ),
    ("near-facts", "what's the population of Ulaanbaatar, roughly", "Population fact."),
    ("near-facts", "how old was Schubert when he died", "Needs his dates, a fact."),
    ("near-facts", "how long did Queen Victoria reign for", "Historical fact."),
    ("near-facts", "how many days did the Apollo 13 mission last", "Needs mission dates."),
    ("near-facts", "what animal of the Chinese zodiac is 2030", "Zodiac is cultural knowledge."),
    (
        "near-facts",
        "how far is it by road from Leeds to Edinburgh in miles",
        "Road distance is a fact.",
    ),
    ("near-facts", "how many bones are there in an adult human body", "Anatomy fact."),
    ("near-facts", "what's the speed of sound at 11,000 metres up", "Needs atmosphere knowledge."),
    ("near-facts", "how many moons does Jupiter have now", "Astronomy fact that changes."),
    ("near-facts", "how much does a blue whale's heart weigh", "Biology fact."),
    (
        "near-estimate",
        "how many steps is 5 km for someone about 1.65 m tall",
        "Depends on stride; estimate.",
    ),
    (
        "near-estimate",
        "how long would it take to walk 10 miles with a toddler",
        "Estimate, no single answer.",
    ),
    (
        "near-estimate",
        "how long does light take to get from Mars to Earth",
        "Distance varies; needs knowledge.",
    ),
    (
        "near-estimate",
        "what's UK size 9 in EU shoe sizes",
        "Shoe size charts differ between brands.",
    ),
    (
        "near-estimate",
        "how many bags of compost to fill a raised bed for tomatoes",
        "No dimensions; advice.",
    ),
    ("near-identifier", "what's HTTP status 451 used for", "Status code meaning."),
    ("near-identifier", "my Bosch dishwasher shows E24, what do I do", "Error code lookup."),
    ("near-identifier", "whose is the postcode SW1A 2AA", "Postcode lookup."),
    ("near-identifier", "what does 24/7/365 mean in a job advert", "Phrase meaning."),
    ("near-identifier", "what is 1 Corinthians 13:4-7 about", "Bible reference, not a division."),
    ("near-identifier", "what's a 401(k) and do I need one", "Retirement account explanation."),
    ("near-identifier", "why is 42 the answer in Hitchhiker's Guide", "Literary reference."),
    (
        "near-identifier",
        "my optician wrote 6/9 for my left eye, is that bad",
        "Eyesight notation, not a fraction.",
    ),
    (
        "near-identifier",
        "is an 18650 battery safe to post",
        "Battery type identifier; shipping rules.",
    ),
    (
        "near-health",
        "my toddler is 38.2 degrees, should I ring 111",
        "Medical advice, not a conversion.",
    ),
    (
        "near-health",
        "is 120 over 80 a healthy blood pressure for a 60 year old",
        "Health interpretation.",
    ),
    (
        "near-money-advice",
        "should I overpay a 3.9% car loan or put it in a 5% saver",
        "Financial advice.",
    ),
    (
        "near-money-advice",
        "how much should I charge an hour as a freelance proofreader",
        "Opinion on pricing.",
    ),
    (
        "near-sport",
        "is a 4-3-3 better than a 4-4-2 for an under-11s team",
        "Formations, not arithmetic.",
    ),
    (
        "near-sport",
        "what's a good 2000 m rowing machine time for a 50 year old man",
        "Judgment about a time.",
    ),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing-help": [
        (
            "can you tighten up this sentence: 'we are reaching out to you in order to let you "
            "know about the fact that the meeting has moved'"
        ),
        "write a short thank-you note to my son's football coach at the end of the season",
        "help me write a polite email to my landlord about a leaking kitchen tap",
        "make my cover letter sound less desperate, I'll paste it in",
        "what's a good opening line for a eulogy for my grandmother who loved her allotment",
        "write a two-line bio for a pottery teacher's Instagram",
        "rewrite this complaint so it sounds firm but not rude",
        "give me catchy subject lines for a newsletter about a church jumble sale",
        "proofread my wedding toast for the maid of honour",
        "how do I end a formal letter in British English",
    ],
    "cooking": [
        "what can I make with leftover roast lamb and a tin of chickpeas",
        "why did my sourdough come out flat and gummy",
        "I defrosted mince in the fridge on Sunday, can it go back in the freezer",
        "suggest a vegetarian main for a dinner party that isn't risotto",
        "how do I stop my pancakes sticking to a stainless pan",
        "can I swap bicarbonate of soda for baking powder in banana bread",
        "recipe idea for a rhubarb glut",
        "my Yorkshires come out flat like pancakes, what am I doing wrong",
    ],
    "coding": [
        "how do I reverse a linked list in rust without cloning",
        "explain closures in javascript using a click counter as the example",
        "why is my docker container exiting immediately with code 0",
        "write a bash one-liner to find files larger than 100MB under my home folder",
        "what's the difference between git merge and git rebase",
        "how do I read a CSV into pandas and skip the first two rows",
        "my react component re-renders forever, what are the usual causes",
        "write a SQL query to find customers with no orders",
        "how should I structure a small flask app with blueprints",
        "rust says 'borrowed value does not live long enough' on my Vec<&str>, why",
    ],
    "health-wellbeing": [
        "easing back into 5-a-side after a hamstring tear, how should I build up",
        "tips for sleeping better on night shifts",
        "my desk job is wrecking my neck, which stretches actually help",
        "how do I talk to my GP about anxiety without feeling awkward",
        "is it normal to feel tired all the time in winter",
        "what are some easy high-protein breakfasts",
    ],
    "travel": [
        "what should I see in Porto if I only have a weekend",
        "is it worth getting a rail pass for a trip around Japan",
        "what do I need to pack for a winter trip to Lapland with kids",
        "tips for dealing with jet lag flying east",
        "do people tip taxi drivers in Portugal",
        "easiest way from Naples airport to Sorrento with two big suitcases",
        "is the Isle of Skye worth visiting in November",
        "things to do in Marrakech that aren't shopping",
    ],
    "history-culture": [
        "why did the Roman Empire split into east and west",
        "what caused the Irish famine",
        "explain the significance of the Magna Carta simply",
        "who were the Suffragettes and what did they achieve",
        "what was daily life like in a medieval monastery",
        "why is Stonehenge where it is",
        "summarise the causes of the First World War for a 12 year old",
        "what is the origin of Halloween",
    ],
    "science-explain": [
        "why does the sea look green in Cornwall but blue in Greece",
        "how does an mRNA vaccine get the body to make antibodies",
        "what is quantum entanglement in plain English",
        "why do dogs tilt their heads when you talk to them",
        "how does an air source heat pump pull heat out of freezing air",
        "why does ice float",
        "why are some auroras green and others red",
        "how does a swarm of bees decide where to settle",
    ],
    "relationships-advice": [
        "I can't afford my best friend's hen weekend abroad, how do I tell her",
        "my 15 year old only grunts at dinner, how do I get him to open up",
        "how to handle a coworker who keeps taking credit for my work",
        "what's a kind way to end a short relationship",
        "my in-laws visit every weekend, how do I set boundaries",
        "how do I support a friend who's just lost her dad",
    ],
    "creative": [
        "write a limerick about a tortoise who escapes the garden every summer",
        "give me a plot idea for a cosy mystery set in a lighthouse",
        "write a bedtime story about a hedgehog who's afraid of the dark",
        "suggest names for a fantasy tavern",
        "write a haiku about the first frost on a vegetable patch",
        "help me come up with a team name for a pub quiz",
        "describe an abandoned railway station in a spooky way",
        "write a short poem for my parents' ruby wedding card",
    ],
    "language": [
        "I always mix up 'complement' and 'compliment', any trick to remember",
        "how do you say 'I'm allergic to nuts' in Italian",
        "is it 'different from' or 'different to'",
        "what does the Welsh word 'hiraeth' mean",
        "explain when to use the subjunctive in Spanish",
        "what's the origin of the phrase 'cold turkey'",
        "translate 'see you at the station' into German",
        "is 'data' singular or plural in a scientific paper",
    ],
    "work-career": [
        "I've taken on my old manager's duties without the title, how do I raise it with HR",
        "what should I put in a LinkedIn summary as a career changer",
        "tips for a panel interview for a teaching assistant job",
        "how do I push back when my boss keeps adding projects on Friday afternoons",
        "is it worth doing an MBA in my thirties",
        "how do I prepare for a performance review",
        "good questions to ask a primary school at the end of a teaching interview",
        "how do I deal with imposter syndrome at a new job",
    ],
    "home-garden": [
        "why are the leaves on my lemon tree going yellow",
        "the sealant round my shower has gone black, can it be cleaned or does it need redoing",
        "what can I plant in a shady north-facing border",
        "something is shredding my dahlias overnight, how do I work out what",
        "my grandmother's cast iron skillet has orange spots, how do I rescue it",
        "upstairs radiators are cold at the top, is that air and how do I let it out",
    ],
    "tech-support": [
        "my laptop fan is really loud all of a sudden, what should I check",
        "moving to a Pixel from an iPhone, will my WhatsApp history come across",
        "why does my wifi drop out every evening",
        "how do I set up parental controls on an Xbox",
        "my printer says offline but it's connected, help",
        "how do I stop Chrome opening a tab I didn't ask for",
    ],
}
for fam, qs in ORDINARY.items():
    for q in qs:
        neg(fam, q)


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
    # no register (family name) of this set is a family name of sets 19 to 171
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 171: {reused}"
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
