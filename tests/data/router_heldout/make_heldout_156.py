"""Generate heldout-2027-05-08.jsonl: a hundred-and-fifty-sixth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_156.py   (from /work/sealed156)

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest in 25 new registers, each register used by all three tools), and 200 negatives (100
ordinary, 65 near-negatives, 35 conversations). Every expected value is computed in code:
Fraction/Decimal for money and rates, the exact unit definitions above, datetime and zoneinfo
for dates, spans and time zones (both ends converted to UTC; the Rosslare-Cherbourg item
crosses the October 2027 clock change).

Provenance
- Read: /work/main/bench/grading.py; /work/sealed156/earlier_registers.txt; this file's
  set-up, helpers and checks only in the permitted line ranges (33-301, 534-594, 784-868,
  1124-1131, 1665-1888), by sed -n (once with cat -n on the same ranges to find the join
  lines). The previous set's docstring and query sections were never displayed.
- Wrote: all four query sections anew (calculator, units, datetime, negatives) in scratch
  files, spliced in by line number from the bottom up with a small Python script; then edited
  my own strings by exact replacement to clear duplicate clashes, one rounding check and the
  99-column limit; this docstring last.
- Checked: the generator's own checks (counts, plain counts, registers unused by sets 19-155,
  duplicates against sets 1-155, weekday check, contested units, gradability, byte-for-byte
  regeneration); a separate pass over my output for contested unit words and month/year
  lengths in every item, negatives included; ruff check and ruff format with the project config.
- Fixes along the way: the duplicate check flagged 17 items from earlier sets (reworded), then
  one rewording that still repeated an earlier query (replaced); one pounds-to-kilograms value
  failed the two-decimal rounding check and was changed.
- Slips: after splicing I printed a few of my own new lines by their (new) line numbers to
  shorten them, and counted lines 1-32 with wc -l (contents not shown). Nothing else was read.
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
OUT = HERE / "heldout-2027-05-08.jsonl"
PREFIX = "ho156-"
# earlier generators: sets 1-155 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 156))
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

# ---- plain one-line calculator questions
calc(P, "17.5 per cent of 2,360 comes to what?", pct("17.5") * 2360)
calc(P, "Divide 9,471 by 7 for me", F(9471, 7))
calc(P, "how much is 48 times 365, exactly", 48 * 365)
calc(P, "What is three eighths of 1,144?", F(3, 8) * 1144)
calc(P, "Take 17 percent off 1,250 - what remains?", 1250 * (1 - pct(17)))
calc(P, "seventy-two squared minus nineteen squared", 72**2 - 19**2)
calc(P, "Whats the square root of 7056", 84)
calc(P, "Add up 14.75, 209.1, 3.08 and 66.", dec("14.75") + dec("209.1") + dec("3.08") + 66)
calc(P, "2 to the power 13, minus 1000 =", 2**13 - 1000)
calc(P, "What is 0.35 multiplied by 0.48?", dec("0.35") * dec("0.48"))
calc(P, "mean of 81, 94, 77, 102 and 88 please", F(81 + 94 + 77 + 102 + 88, 5))
calc(P, "If 640 rises by 12.5 per cent, what's the new figure?", 640 * (1 + pct("12.5")))
calc(P, "How many times does 23 go into 2,967", F(2967, 23))
calc(P, "5,000 divided by sixteen?", F(5000, 16))

# ---- registers (each is used by all three tools)
GLASS = "glass_paperweight_lampworker_stall"
FALCON = "peregrine_falconry_display_team"
ORGAN = "pipe_organ_winter_tuning_circuit"
CHEESE = "washed_rind_cheese_cellar_hand"
FERRY = "island_car_ferry_purser_desk"
PEAL = "change_ringing_peal_secretary"
TAXI = "game_bird_taxidermy_bench"
BEAN = "heritage_bean_seed_swap_clerk"
TURB = "wind_turbine_rope_access_crew"
MOSAIC = "roman_mosaic_replica_workshop"
SHEAR = "merino_shearing_gang_cook"
MARI = "touring_marionette_company"
CHESS = "chess_club_treasurer"
CAKE = "wedding_cake_tier_decorator"
RADIO = "radio_telescope_night_operator"
KENNEL = "dog_kennel_holiday_desk"
TATTOO = "fine_line_tattoo_apprentice"
GRAPE = "grape_picking_gang_leader"
BUS = "rural_school_bus_dispatcher"
COURT = "deposition_court_reporter"
ARCH = "field_archery_marshal"
SHOHIN = "shohin_bonsai_seller"
OVAL = "speed_skating_oval_ice_crew"
QUEEN = "queen_cell_grafting_beekeeper"
PACE = "marathon_pace_group_leader"

calc(
    GLASS,
    "Sold 14 paperweights at £38 each and 6 small vases at £125 at the craft fair. The fair takes "
    "35% commission on everything. How much do I actually keep, in pounds?",
    (14 * 38 + 6 * 125) * (1 - pct(35)),
)
calc(
    GLASS,
    "my torch and kiln used 4,380 kWh over the winter at 9.2p per kWh, what's that in pounds",
    4380 * dec("0.092"),
)
calc(
    FALCON,
    "Our Harris hawk flies best at 680 g and the falconer wants her brought down by 2.5% before "
    "the weekend display. Target weight in grams?",
    680 * (1 - pct("2.5")),
)
calc(
    ORGAN,
    "I charge $95 per tuning visit plus 60 cents a mile. Over the fortnight I did 11 visits and "
    "drove 238 miles - what's the invoice total in dollars?",
    11 * 95 + 238 * dec("0.60"),
)
calc(
    CHEESE,
    "A fresh wheel went in at 11.2 kg and lost 14% of its weight in the cellar. How many kg "
    "is left?",
    dec("11.2") * (1 - pct(14)),
)
calc(
    FERRY,
    "Crossing tally: 212 adults at €16.40, 87 children at €8.20 and 41 cars at €52. Total takings "
    "for the sailing?",
    212 * dec("16.40") + 87 * dec("8.20") + 41 * 52,
)
calc(
    FERRY,
    "The bar till started with a €250 float and held €612.45 in cash at close. How much cash did "
    "the bar take during the sailing?",
    dec("612.45") - 250,
)
calc(
    PEAL,
    "Our peal of 5,040 changes took 3 hours 12 minutes. How many changes per minute was that?",
    F(5040, 3 * 60 + 12),
)
calc(
    TAXI,
    "Customer brought in three pheasants at £85 each and a fox at £340. I take a 20% deposit up "
    "front - how much is the deposit?",
    (3 * 85 + 340) * pct(20),
)
calc(
    BEAN,
    "We packed 1,836 runner bean seeds into envelopes of 18 each. how many envelopes is that",
    F(1836, 18),
)
calc(
    TURB,
    "Day rate is £310 plus £45 an hour overtime. I did 5 days on the blades and 7.5 hours of "
    "overtime. Gross pay?",
    5 * 310 + dec("7.5") * 45,
)
calc(
    MOSAIC,
    "Ordering 3,160 glass tesserae at $0.14 each plus $22 shipping. What's the total in dollars?",
    3160 * dec("0.14") + 22,
)
calc(
    SHEAR,
    "The gang sheared 1,284 ewes at $3.85 a head and 46 rams at $6.50 a head. What's the farmer's "
    "bill?",
    1284 * dec("3.85") + 46 * dec("6.50"),
)
calc(
    MARI,
    "We sold 318 full-price tickets at £12 and 94 concessions at £8; the venue keeps 30% of the "
    "box office. What is the company's share?",
    (318 * 12 + 94 * 8) * (1 - pct(30)),
)
calc(
    CHESS,
    "42 adult members paid the £36 sub and 17 juniors paid £15. We spent £1,120 on the congress "
    "hall. What's left in the account from that?",
    42 * 36 + 17 * 15 - 1120,
)
calc(
    CHESS,
    "Rapid entry fees: sixty-four players at £25 each. The prize fund is 60% of the entry fees. "
    "How big is the prize fund?",
    64 * 25 * pct(60),
)
calc(
    CAKE,
    "The three tiers need 1.8 kg, 1.2 kg and 0.75 kg of fondant and fondant costs £7.40 per kilo. "
    "What does the fondant cost me?",
    (dec("1.8") + dec("1.2") + dec("0.75")) * dec("7.40"),
)
calc(
    CAKE,
    "I charge £4.75 a portion for 140 portions plus £60 delivery. The couple already paid a "
    "deposit of 10% of the portion cost. How much do they still owe?",
    dec("4.75") * 140 * (1 - pct(10)) + 60,
)
calc(
    RADIO,
    "Logged 141 scans of 300 seconds each on the pulsar last night - how many hours of data "
    "is that?",
    F(141 * 300, 3600),
)
calc(
    KENNEL,
    "Two dogs staying 9 nights at £28 per dog per night, with a 10% discount for multiple dogs. "
    "What's the total?",
    2 * 9 * 28 * (1 - pct(10)),
)
calc(
    KENNEL,
    "18 dogs in, each eats 350 g of kibble a day. How many kilograms for a full 7-day week?",
    F(18 * 350 * 7, 1000),
)
calc(
    TATTOO,
    "Sleeve is quoted at 14 hours at $160 an hour and the client has paid a $300 deposit. Balance "
    "due?",
    14 * 160 - 300,
)
calc(
    GRAPE,
    "pickers get €0.45 per kilo. Marta brought in 612 kg. how much is she owed",
    dec("0.45") * 612,
)
calc(
    BUS,
    "617 pupils need a ride to the county sports day and each coach seats 53. How many coaches do "
    "I have to book?",
    whole_up(F(617, 53)),
)
calc(
    COURT,
    "Deposition transcript runs 286 pages at $4.25 a page, plus a $75 expedite fee. Bill total?",
    286 * dec("4.25") + 75,
)
calc(
    ARCH,
    "Six ends of six arrows, 10 points max per arrow. She shot 306. What percentage of the "
    "maximum is that?",
    F(306 * 100, 6 * 6 * 10),
)
calc(
    SHOHIN,
    "Bought 40 juniper starter plants at $18.50 each, styled them and sold 34 at $65. Profit in "
    "dollars?",
    34 * 65 - 40 * dec("18.50"),
)
calc(
    OVAL,
    "Each resurface takes 12 minutes. Normal days we do 14, tournament days 3 more. Minutes spent "
    "resurfacing over a two-day tournament?",
    (14 + 3) * 2 * 12,
)
calc(
    QUEEN,
    "I split eight hives into three nucs each and keep four of the nucs. The rest sell at £185. "
    "What do I take for them?",
    (8 * 3 - 4) * 185,
)
calc(
    QUEEN,
    "Sold 46 jars of honey at £6.50 and 28 big jars at £8 at the village show, total takings?",
    46 * dec("6.50") + 28 * 8,
)
calc(
    PACE,
    "i'll run 8 km at 5:15 per km then 6 km at 4:50 per km. total time in minutes?",
    8 * (5 + F(15, 60)) + 6 * (4 + F(50, 60)),
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


# ---- plain one-line unit questions
unit_r(P, "How many kilometres is 57 miles?", 57 * MI / 1000)
unit(P, "convert 98.6 Fahrenheit to Celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "What is 3.2 kilograms in pounds?", dec("3.2") / LB)
unit(P, "how many centimetres in 7 feet 2 inches", (7 * 12 + 2) * IN * 100, EXACT)
unit_r(P, "Convert 250 grams to ounces.", F(250, 1000) / OZ)
unit_r(P, "What's 11 stone 4 pounds in kilograms?", 11 * STONE + 4 * LB)
unit_r(P, "2.5 acres in square metres?", dec("2.5") * ACRE)
unit_r(P, "how many psi is 2.4 bar", dec("2.4") * BAR / PSI)
unit_r(P, "Express 120 km/h in miles per hour", 120 * KMH / MPH)
unit(P, "3 GiB is how many MiB?", F(3 * GIB, MIB), EXACT)
unit_r(P, "Convert 800 square feet into square metres", 800 * SQFT)
unit(P, "-12 degrees C in Fahrenheit?", c_to_f(-12), EXACT)
unit_r(P, "How many yards are in 1500 metres?", 1500 / YD)
unit_r(P, "What is 45 cubic feet in litres?", 45 * CUFT * 1000)

# ---- registers
unit(
    GLASS,
    "My annealing kiln is set to 482 degrees Celsius. What's that in Fahrenheit?",
    c_to_f(482),
    EXACT,
)
unit_r(FALCON, "Her flying weight is 1 lb 9 oz. Give me that in grams please.", 25 * OZ * 1000)
unit(FALCON, "the new leash is 18 inches long, how many cm is that", 18 * IN * 100, EXACT)
unit_r(
    ORGAN,
    "The longest pipe in the cathedral organ is sixteen feet. How many metres is that?",
    16 * FT,
)
unit_r(CHEESE, "The cellar has to sit at 54 °F. What is that in °C?", f_to_c(54))
unit(
    FERRY,
    "The crossing to the island is 23 nautical miles (1,852 m each). How many kilometres is that?",
    F(23 * 1852, 1000),
    EXACT,
)
unit_r(PEAL, "Our tenor bell weighs 1,130 kg - what's that in pounds?", 1130 / LB)
unit(
    TAXI,
    "The display case for the owl needs to be 34 inches wide. In centimetres?",
    34 * IN * 100,
    EXACT,
)
unit(
    BEAN,
    "The germination mat should keep the trays at 21 °C. What's that in Fahrenheit?",
    c_to_f(21),
    EXACT,
)
unit_r(
    TURB,
    "The anchor sling is rated at 22 kN. How many kilograms-force is that (1 kgf = 9.80665 N)?",
    22000 / G0,
)
unit_r(TURB, "We're rigging a 200 metre rope. How long is that in feet?", 200 / FT)
unit_r(
    MOSAIC, "The villa floor panel is 9 ft by 6 ft. What area is that in square metres?", 54 * SQFT
)
unit_r(SHEAR, "Average fleece off the merinos was 4.6 kg. What's that in pounds?", dec("4.6") / LB)
unit_r(MARI, "the drive to the next venue is 412 miles, how far is that in km", 412 * MI / 1000)
unit(
    CHESS,
    "The club's display board is 21 inches square. How many centimetres is each side?",
    21 * IN * 100,
    EXACT,
)
unit_r(CAKE, "Recipe says bake the sponges at 325 °F. What is that in Celsius?", f_to_c(325))
unit_r(RADIO, "The dish surface is 6.7 metres across. What's that in feet?", dec("6.7") / FT)
unit_r(KENNEL, "Each outdoor run is 12 feet by 5 feet. Area in square metres?", 60 * SQFT)
unit_r(TATTOO, "Client's design is 18 cm tall - how many inches is that?", F(18, 100) / IN)
unit_r(GRAPE, "We took 3.6 tonnes off the top block. How many pounds is that?", 3600 / LB)
unit_r(GRAPE, "That block is 4.2 hectares. What's it in acres?", dec("4.2") * 10000 / ACRE)
unit_r(BUS, "The longest route is 38 km one way. How many miles is that?", 38000 / MI)
unit_r(BUS, "Bus limit on the bypass is 50 mph. What is that in km/h?", 50 * MPH / KMH)
unit_r(
    COURT,
    "The hearing room is 2,150 square feet. How many square metres is that?",
    2150 * SQFT,
)
unit_r(ARCH, "The longest peg on the course is 70 metres. How far is that in yards?", 70 / YD)
unit(SHOHIN, "This shohin juniper is 14 inches tall. In centimetres?", 14 * IN * 100, EXACT)
unit(
    OVAL,
    "Ice is supposed to be 1.25 inches thick. Convert to millimetres.",
    dec("1.25") * IN * 1000,
    EXACT,
)
unit_r(
    OVAL,
    "The snow tank on the machine holds 750 litres. How many cubic feet is that?",
    F(750, 1000) / CUFT,
)
unit_r(QUEEN, "a full frame of honey weighed 6.5 lb. whats that in kg", dec("6.5") * LB)
unit_r(QUEEN, "The out-apiary field is 0.8 acres. How many square metres?", dec("0.8") * ACRE)
unit_r(
    PACE,
    "Our group's race is 26.2 miles. How many kilometres do I pace them over?",
    dec("26.2") * MI / 1000,
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


def zspan(zone_a, start, zone_b, end, unit_s):
    """From a clock time in one place to a clock time in another, via UTC, in units of unit_s s."""
    a = start.replace(tzinfo=ZoneInfo(zone_a)).astimezone(dt.UTC)
    b = end.replace(tzinfo=ZoneInfo(zone_b)).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), unit_s)


def zdate(zone_a, moment, zone_b):
    """The calendar date in zone_b at a clock time in zone_a."""
    return moment.replace(tzinfo=ZoneInfo(zone_a)).astimezone(ZoneInfo(zone_b)).date()


# ---- plain one-line date questions
date_item(P, "What date is 100 days after 14 February 2027?", D(2027, 2, 14) + TD(days=100))
date_item(
    P,
    "How many days lie between 3 March 2027 and 19 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "On what weekday did 9 November 1989 fall?", weekday(D(1989, 11, 9)))
date_item(P, "what weekday is christmas day 2031", weekday(D(2031, 12, 25)))
date_item(P, "Which date is six weeks before 12 April 2028?", D(2028, 4, 12) - TD(weeks=6))
a, b = D(2027, 7, 5), D(2027, 12, 27)
date_item(P, f"How many weeks from {sayw(a)} to {sayw(b)}?", weeks(a, b))
date_item(
    P,
    "Someone born on 30 August 1971: how old are they on 1 August 2027?",
    age(D(1971, 8, 30), D(2027, 8, 1)),
)
date_item(
    P, "What's the date of the fourth Thursday in November 2028?", nth_weekday(2028, 11, THU, 4)
)
date_item(
    P, "Days from 1 January 2028 up to 1 March 2028: how many?", days(D(2028, 1, 1), D(2028, 3, 1))
)
date_item(P, "date 250 days after may 20 2027", D(2027, 5, 20) + TD(days=250))
date_item(
    P, "How many hours from 07:45 to 23:15 on the same day?", clock_span("07:45", "23:15", 3600)
)
date_item(P, "What weekday falls on 1 July 2030?", weekday(D(2030, 7, 1)))
date_item(
    P, "Give me the date of the final Friday of September 2027.", nth_weekday(2027, 9, FRI, -1)
)
date_item(
    P, "Count the days from 8 May 2027 to 31 December 2027.", days(D(2027, 5, 8), D(2027, 12, 31))
)

# ---- registers
d = D(2027, 12, 3)
assert (DT.combine(d, dt.time(17, 30)) + TD(hours=62)).date() == D(2027, 12, 6)
date_item(
    GLASS,
    f"The paperweights went into the annealer at 17:30 on {sayw(d)} and need a 62-hour cool-down. "
    "On what date do they come out?",
    (DT.combine(d, dt.time(17, 30)) + TD(hours=62)).date(),
)
date_item(
    FALCON,
    "I'm allowing 94 days for her moult, counting from 14 May 2027. What date does that reach?",
    D(2027, 5, 14) + TD(days=94),
)
date_item(
    ORGAN,
    "The cathedral has me in every 13 weeks and the last tuning was on 9 March 2027. What's the "
    "date of the fourth visit after that one?",
    D(2027, 3, 9) + TD(weeks=13 * 4),
)
date_item(
    CHEESE,
    "Wheels made on 21 June 2027 need 150 days of washing and turning. When are they ready?",
    D(2027, 6, 21) + TD(days=150),
)
date_item(
    CHEESE,
    "a batch of tommes went into the cellar on 2 february 2027 and out on 29 may 2027 - how many "
    "days did they age",
    days(D(2027, 2, 2), D(2027, 5, 29)),
)
date_item(
    FERRY,
    "On 16 July 2027 the boat leaves Dover at 08:25 local time and docks in Calais at 10:55 local "
    "time. How many minutes is the crossing?",
    zspan("Europe/London", DT(2027, 7, 16, 8, 25), "Europe/Paris", DT(2027, 7, 16, 10, 55), 60),
)
a, b = D(2027, 10, 30), D(2027, 10, 31)
date_item(
    FERRY,
    f"Our overnight sailing leaves Rosslare at 21:00 Irish time on {sayw(a)} and arrives in "
    f"Cherbourg at 15:30 French time on {sayw(b)}. How many hours is the voyage?",
    zspan("Europe/Dublin", DT(2027, 10, 30, 21), "Europe/Paris", DT(2027, 10, 31, 15, 30), 3600),
)
date_item(
    PEAL,
    "The tower's first recorded peal was rung on 26 December 1887. How many years will it have "
    "been on 26 December 2027?",
    age(D(1887, 12, 26), D(2027, 12, 26)),
)
date_item(
    TAXI,
    "Drying time on a mounted head is 6 weeks. If I finish mounting on 19 October 2027, what date "
    "can the client collect?",
    D(2027, 10, 19) + TD(weeks=6),
)
d = D(2027, 3, 7)
date_item(
    BEAN,
    f"Tomatoes sown on {sayw(d)} need ten weeks before planting out. Which date is that?",
    d + TD(weeks=10),
)
date_item(
    TURB,
    "Rope inspections are due every 90 days. Last one was 28 November 2027. When's the next due?",
    D(2027, 11, 28) + TD(days=90),
)
d = D(2027, 11, 11)
date_item(
    MOSAIC,
    f"Grout needs 72 hours to cure. I grouted at 14:00 on {sayw(d)}. What day of the week can I "
    "seal it?",
    weekday(d + TD(hours=72)),
)
d = D(2027, 10, 11)
date_item(
    SHEAR,
    f"The shearing run starts {sayw(d)} and lasts 23 days in a row, counting the first day. What "
    "date is the last day?",
    d + TD(days=22),
)
d = D(2027, 8, 3)
assert d.weekday() != MON
shows, cur = 0, d
while True:
    if cur.weekday() != MON:
        shows += 1
        if shows == 26:
            break
    cur += TD(days=1)
date_item(
    MARI,
    f"Our festival run opens on {sayw(d)}: 26 performances, one a day, never on a Monday. On what "
    "date is the final performance?",
    cur,
)
date_item(
    CHESS,
    "Our club's congress is on the third Saturday of November 2027. What date is that?",
    nth_weekday(2027, 11, SAT, 3),
)
date_item(
    CHESS,
    "The online match against a Tokyo club starts at 08:00 Tokyo time on 7 November 2027. What "
    "calendar date is it in Chicago at that moment?",
    zdate("Asia/Tokyo", DT(2027, 11, 7, 8), "America/Chicago"),
)
d = D(2027, 9, 18)
date_item(
    CAKE,
    f"The wedding is on {sayus(d)}, and I bake the sponges 4 days before. Which date do I bake?",
    d - TD(days=4),
)
date_item(
    RADIO,
    "The session opened at 21:50 and the last scan ended at 04:35. How many minutes of observing "
    "was that?",
    clock_span("21:50", "04:35", 60),
)
d = D(2027, 3, 12)
date_item(
    RADIO,
    f"A 37-hour drift scan starts at 22:00 on {sayw(d)}. On what date does it finish?",
    (DT.combine(d, dt.time(22)) + TD(hours=37)).date(),
)
a, b = D(2027, 7, 23), D(2027, 8, 9)
date_item(
    KENNEL,
    f"Rex checks in on {sayw(a)} and goes home on {sayw(b)}. How many nights is he with us?",
    days(a, b),
)
d = D(2027, 10, 5)
date_item(
    TATTOO,
    f"Needs 4 weeks to heal between sessions. First session was {sayw(d)}. Earliest date for the "
    "second?",
    d + TD(weeks=4),
)
date_item(
    GRAPE,
    "Veraison started on 4 August 2027 and we usually pick 45 days after that. Harvest date?",
    D(2027, 8, 4) + TD(days=45),
)
date_item(
    BUS,
    "Routes get reviewed 100 days after the start of term, which was 1 September 2027. What date "
    "is the review?",
    D(2027, 9, 1) + TD(days=100),
)
date_item(
    COURT,
    "The transcript is due 30 days after the deposition of 17 November 2027. What's the due date?",
    D(2027, 11, 17) + TD(days=30),
)
date_item(
    COURT,
    "We went on the record at 09:40 and recessed at 12:55. how many minutes is that",
    clock_span("09:40", "12:55", 60),
)
d = D(2027, 3, 6)
date_item(
    ARCH,
    f"Club shoots are every fortnight starting {sayw(d)}. What date is the 10th shoot?",
    d + TD(weeks=2 * 9),
)
date_item(
    SHOHIN,
    "Repotted junipers on 27 March 2027 and they get no feed for 6 weeks. From what date can I "
    "feed them again?",
    D(2027, 3, 27) + TD(weeks=6),
)
date_item(
    OVAL,
    "The ice lines were last repainted on 1 July 2022. How many days is it from then to 1 July "
    "2027?",
    days(D(2022, 7, 1), D(2027, 7, 1)),
)
date_item(
    QUEEN,
    "The egg was laid on 27 May 2027, the cell gets sealed 9 days later and the queen emerges 7 "
    "days after sealing. Emergence date?",
    D(2027, 5, 27) + TD(days=9 + 7),
)
date_item(
    PACE,
    "Flying to Boston for the marathon: leave London Heathrow 10:20 on 15 April 2027, land in "
    "Boston 13:05 local time the same day. How many minutes in the air?",
    zspan(
        "Europe/London",
        DT(2027, 4, 15, 10, 20),
        "America/New_York",
        DT(2027, 4, 15, 13, 5),
        60,
    ),
)
date_item(
    PACE,
    "I was born on 3 March 1988. How old will I be on race day, 18 April 2027?",
    age(D(1988, 3, 3), D(2027, 4, 18)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: opinions, explanations, code, writing, knowledge
for q in (
    (
        "Is an extra £40 a month for a fixed-rate energy deal worth it, or should I stay on the "
        "variable tariff?"
    ),
    "My landlord wants a 6% rent rise. How should I word an email pushing back on it politely?",
    "Should I put my £3,000 bonus towards the credit card or into an emergency fund?",
    "Is 21 too young to buy a house with a partner? I'd love some honest thoughts.",
    (
        "We're torn between a 25-minute commute by bike and 12 minutes by car. Which would you "
        "pick and why?"
    ),
    "do you think a 4-day work week would actually raise productivity",
):
    neg("opinion-household-choices", q)
for q in (
    "Why does compound interest grow so much faster than simple interest over long periods?",
    "Explain what an APR of 29.9% actually means for someone paying off a store card.",
    (
        "What's the difference between a median and a mean salary, and why do reports pick one "
        "over the other?"
    ),
    "Why do the percentages in a pie chart sometimes add up to 101?",
    "Can you explain in plain words why dividing by zero is undefined?",
    "how does inflation at 3% erode savings, explained for a teenager",
):
    neg("explain-money-and-maths", q)
for q in (
    "Why does water boil at a lower temperature on top of a mountain?",
    "What's the reason the Fahrenheit scale puts freezing at 32?",
    "Explain why a kilogram was redefined using the Planck constant.",
    "Why do Americans still use feet and inches for building work?",
    "What's the difference between mass and weight, and why do scales show kilograms?",
    "Why is a nautical mile a different length from an ordinary mile?",
):
    neg("explain-measurement-history", q)
for q in (
    "Why does February have 28 days while the other months have 30 or 31?",
    "How did the Julian calendar differ from the Gregorian one, and why was it replaced?",
    "Why do leap years skip the rule in 1900 but not in 2000? Explain the reasoning.",
    "What is ISO week numbering and why does week 1 sometimes start in December?",
    "Why do Britons write the day before the month when Americans do the reverse?",
):
    neg("explain-calendar-rules", q)
for q in (
    "Write a Python function that returns the number of business days between two dates.",
    "Can you give me a SQL query that sums invoice totals per customer for 2027?",
    "write me a bash one-liner to rename 300 files by adding the date to the front",
    "In JavaScript, how do I format 1234567.891 as a currency string with two decimals?",
    "Write me a regular expression for UK postcodes such as SW1A 1AA, with or without the space.",
    "Give me a spreadsheet formula that converts a column of Celsius readings to Fahrenheit.",
    "How do I make a Python datetime aware of the Europe/Berlin time zone?",
    (
        "Write a function in Rust that splits a bill between n people and handles the leftover "
        "pennies fairly."
    ),
):
    neg("code-to-write", q)
for q in (
    "Write a short speech for my parents' 40th wedding anniversary on 14 June.",
    "Draft a polite reminder email about an unpaid invoice of $1,850 that's 21 days overdue.",
    "Give me a catchy slogan for a bakery selling loaves at £2.50.",
    "Write a limerick about a man who measured everything in millimetres.",
    "Compose a haiku about the clocks going back in autumn.",
    "Help me write a job ad for a part-time bookkeeper, 16 hours a week, £14 an hour.",
    "Write a birthday card message for my grandmother who turns 90 on Saturday.",
):
    neg("writing-with-numbers", q)
for q in (
    "Who invented the metric system?",
    "When did the UK switch to decimal currency and what was a shilling worth?",
    "What year did the Berlin Wall come down and what happened next?",
    "Which country was the first to adopt the Gregorian calendar?",
    "Who first measured the speed of sound, and how?",
    "What is the tallest mountain in Africa and how high is it?",
    "how many bones are in the adult human body",
    "What was the population of Rome at its peak?",
):
    neg("general-knowledge", q)
for q in (
    "Plan me a 5-day itinerary for Lisbon on a budget of about €600.",
    "What should I pack for a 10-day hiking trip in the Dolomites in September?",
    "Suggest a weekly meal plan for a family of four spending around £90.",
    "Recommend a beginner's half-marathon training schedule.",
    "What's a sensible daily routine for revising for exams that start on 2 June?",
    "Help me plan a children's party for 12 kids with a budget of $250.",
):
    neg("planning-help", q)
for q in (
    "Summarise the main points of the Paris climate agreement.",
    "Put 'the train leaves at half past seven from platform 4' into German.",
    "What's the French for 'three hundred and twenty-five euros'?",
    "Proofread this: 'Their are 15 apple's in the basket and we need 20 more.'",
    "Turn this into a bullet list: rent 950, food 300, transport 120, gym 35.",
    "Rewrite 'the meeting is on 3/4' so nobody can misread the date.",
):
    neg("language-tasks", q)
for q in (
    "Is it safe to leave cooked rice out for 6 hours?",
    "My toddler has a temperature of 38.4 °C. Should I call a doctor?",
    "How much sleep does a 15-year-old really need?",
    "is running 40 km a week too much for a beginner",
    "Is 140/90 blood pressure something to worry about at 50?",
    "Should I take ibuprofen and paracetamol together for a sprained ankle?",
):
    neg("health-worries", q)
for q in (
    "What are the pros and cons of a 30-year mortgage versus a 15-year one?",
    "How do index funds work, and are they good for someone starting with £100 a month?",
    "What's a good way to teach a 9-year-old fractions?",
    "Is it better to learn the times tables by rote or through games?",
    "Why do so many people find percentages confusing?",
    "What's the best way to estimate quantities in my head quickly?",
):
    neg("learning-and-finance-advice", q)
for q in (
    "Tell me a fun fact about the number 1,729.",
    "Why is 7 considered a lucky number in so many cultures?",
    "Which is more interesting, pi or e? Make the case for one.",
    "Give me a riddle whose answer is a date.",
    "What's a good name for a cat born on Halloween?",
    "Invent a board game that uses two dice and a clock.",
):
    neg("playful-numbers", q)
for q in (
    "How do I get my landlord to return a £1,200 deposit he's holding back?",
    "What rights do I have if my flight was delayed 4 hours?",
    "Can my employer change my shift pattern with one week's notice?",
    "Do I need planning permission for a 3-metre garden shed?",
    "Is it legal to pay a babysitter £6 an hour cash in hand?",
    "What happens if I miss a tax return deadline by a few days?",
):
    neg("rights-and-rules", q)
for q in (
    "Compare the Nikon Z6 and the Sony A7 III for wedding photography.",
    "Which is better value for a student: a £700 laptop or a £450 tablet with keyboard?",
    "Is an electric car worth it if I drive 9,000 km a year?",
    "What's the best budget coffee grinder under £100?",
    "Should I get a 55-inch or 65-inch TV for a room that's 3.5 metres deep?",
    "Recommend a readable book about the history of clocks and timekeeping at sea.",
    "What's the nicest walk near Keswick of about 10 km?",
    "Which programming language should a 40-year-old learn first for a career change?",
    "Is a 2019 Honda Jazz with 80,000 miles a sensible buy?",
    "Which is a better present for a 7-year-old: a telescope or a microscope?",
):
    neg("product-and-choice", q)
for q in (
    "My manager says a 2% raise is generous given inflation. Is he right?",
    "How do I tell a client that my day rate is going up from £400 to £450?",
    "Is it rude to ask guests to chip in £20 each for a birthday dinner?",
    "How should a small café decide what to charge for a flat white?",
    "Three offers: £38k remote, £42k hybrid, £45k in the office. Help me think it through.",
    "Why do shops price things at £9.99 instead of £10?",
    "What's a polite way to remind housemates the electricity bill of £184 is due on Friday?",
    "How can I cut my screen time down from 6 hours a day?",
):
    neg("workplace-and-home-judgement", q)

# ---- near-negatives: look like the positives but need the language model
for q, note in (
    ("What's 0800 555 0199 minus 0800?", "a phone number, not a subtraction"),
    ("Part number 4410-22-7 — what does it divide to?", "a part number read as a sum"),
    ("The final score was 3-1. What's 3 minus 1 in terms of who won?", "a match score"),
    ("Is version 3.10 of Python newer than 3.9, even though 3.9 is bigger?", "version numbers"),
    ("Flight BA 2490 leaves at 0715 — is 2490 + 715 my booking code?", "identifiers, not a sum"),
    ("What is ISBN 978-0-14-044913-6 the book of?", "an ISBN"),
    ("My postcode is M14 6HR, so what's 14 times 6?", "a postcode, the product means nothing"),
    ("Is 1/2/3 a date or a fraction in a spreadsheet?", "notation question"),
    ("What does the 5W-30 on my engine oil bottle mean?", "an oil grade, not a subtraction"),
    ("Our room number is 12-04. Which floor is that on?", "a room numbering convention"),
    ("Is 192.168.1.254 a valid address for my home router?", "an IP address, not decimals"),
    ("what does 24/7 mean on a shop sign", "an idiom, not a division"),
):
    neg("near-identifier-looks-like-sum", q, note)
for q, note in (
    ("How many euros will I get for £500 at the bank?", "needs a current exchange rate"),
    ("What's 15% off the price of an iPhone 16?", "the price is not given"),
    (
        "Work out how many days are left on my driving licence photocard before renewal.",
        "the expiry date is not given",
    ),
    ("How much will 3 kg of apples cost at Tesco?", "the price is not given"),
    (
        "What's the driving distance from Leeds to Bristol, in miles, on the usual route?",
        "a distance that must be looked up",
    ),
    ("How old is the King of Norway?", "a birth date that must be known"),
    ("What's the VAT on a £240 hotel bill in Italy?", "a foreign tax rate that must be known"),
    ("How many weeks until the next World Chess Championship match?", "the date is not given"),
    ("What will my take-home pay be on a salary of £52,000?", "tax rules and options unstated"),
    ("What's the boiling point of water on Everest, in °C?", "needs physical knowledge"),
    ("How many kilometres is the Great Wall of China?", "a fact to look up, not a conversion"),
    ("Can you convert my height to centimetres for the form?", "the height is not stated"),
):
    neg("near-missing-fact", q, note)
for q, note in (
    ("Roughly how many piano tuners make a living in Glasgow?", "an estimate"),
    ("About how long would it take to walk from Paris to Rome?", "an estimate with unknowns"),
    ("How many tennis balls could you pack into a double-decker bus, roughly?", "an estimate"),
    ("Ballpark: what would a 3-bed house extension cost in Manchester?", "an estimate"),
    ("Roughly how many words do I speak in a day?", "an estimate"),
    ("how many litres of paint for a whole house, roughly", "no sizes given, an estimate"),
    ("What's a reasonable hourly rate for a freelance translator?", "a judgement"),
    ("How many days should I allow to drive across Australia?", "a planning estimate"),
    ("About how much does a wedding for 80 guests cost?", "an estimate"),
    ("How many hours would it take to learn conversational Spanish?", "an estimate"),
):
    neg("near-estimate", q, note)
for q, note in (
    (
        "If a # b means a squared plus b, and I tell you 3 # 4, what do you get?",
        "invented notation",
    ),
    (
        "In my puzzle book ⊗ means 'add the digits of both numbers'. What is 47 ⊗ 85?",
        "redefined operator",
    ),
    ("Suppose every week had 10 days. What weekday would day 23 fall on?", "a made-up calendar"),
    ("If I write a date as 7.11, is that July or November?", "a date-order convention"),
    ("If a 'dozen' meant 13 in our game, how many items are in 4 dozen?", "redefined word"),
    ("In the French Republican calendar, what was 14 July 1794 called?", "another calendar"),
):
    neg("near-redefined-notation", q, note)
for q, note in (
    (
        "My bank statement shows -£42.10. Does that mean I owe them or they owe me?",
        "meaning of a figure",
    ),
    (
        "The forecast says 70% chance of rain. Will it rain for 70% of the day?",
        "meaning of a figure",
    ),
    ("My payslip says tax code 1257L. What does 1257 mean?", "meaning of a code"),
    ("A recipe says 'gas mark 4'. What does that mean?", "meaning of an oven setting"),
    ("My tyre says 205/55 R16. What do those numbers tell me?", "a tyre size"),
    (
        "The speed limit sign shows 30 in a red circle. Is that km/h or mph in the UK?",
        "a convention",
    ),
    ("My child's reading age is 9.6. Is that nine and six tenths years?", "meaning of a figure"),
    ("My optician wrote 6/9 for my left eye. What does that mean?", "meaning of a figure"),
    ("A 1:50 scale drawing — is it the model that's fifty times bigger?", "a scale convention"),
    ("What does an SPF of 50 mean on sun cream?", "meaning of a rating"),
    (
        "My credit score came back as 742 out of 999. Is that decent?",
        "a judgement about a stated number",
    ),
    ("Does 'due net 30' on an invoice mean 30 working days?", "a payment-terms convention"),
):
    neg("near-meaning-of-a-number", q, note)
for q, note in (
    ("Is it 'a billion' meaning a thousand million in British English now?", "usage question"),
    ("Should I write 1,000.50 or 1.000,50 for a German customer?", "formatting convention"),
    ("Is 12 pm noon or midnight?", "a convention question"),
    ("Is a week Monday to Sunday or Sunday to Saturday?", "a convention question"),
    ("When people say 'a fortnight on Tuesday', which Tuesday do they mean?", "phrase meaning"),
    ("Is a 'stone' still used for body weight anywhere except the UK and Ireland?", "usage fact"),
    (
        "Why do some file managers count a kilobyte as 1000 bytes and others as 1024?",
        "an explanation",
    ),
    ("What's the 'rule of 72' and how accurate is it?", "an explanation"),
    ("If a shop says 'up to 50% off', how much will I actually save?", "not determinable"),
    ("Is 5'11\" tall for a woman?", "a judgement about a height"),
    ("How many decimal places should I round a bank interest rate to?", "a convention"),
    ("Should I say 'two thousand and twenty-seven' or 'twenty twenty-seven'?", "usage"),
    ("Would 19 °C be warm enough for a picnic?", "a judgement about a temperature"),
):
    neg("near-convention-or-judgement", q, note)

# ---- conversations: an earlier turn changes what the last question means
conv(
    "conv-invented-operator",
    [
        (U, "For this puzzle, let a ◇ b mean (a + b) times the smaller of the two."),
        (A, "Got it: a ◇ b = (a + b) × min(a, b)."),
        (U, "So what's 6 ◇ 9?"),
    ],
    "the operator was defined earlier",
)
conv(
    "conv-fantasy-calendar",
    [
        (U, "In my novel the kingdom uses weeks of 8 days, named Firstday to Eighthday."),
        (A, "Nice worldbuilding. Do the weeks line up with anything astronomical?"),
        (U, "No. If the festival is on a Thirdday, what day is it 20 days later?"),
    ],
    "an invented week makes the weekday question fictional",
)
conv(
    "conv-which-one-was-cheaper",
    [
        (
            U,
            "Roof quote A is £8,400 with a 10-year guarantee; quote B is £7,200 with none.",
        ),
        (A, "B is cheaper up front but A includes long-term cover. Want to weigh them up?"),
        (U, "Yes, which one would you go for?"),
    ],
    "a judgement between quotes given earlier",
)
conv(
    "conv-score-meaning",
    [
        (U, "My son got 47 out of 60 in his mock GCSE maths paper."),
        (A, "That's about 78%. Grade boundaries vary by paper, though."),
        (U, "Would that be a grade 7?"),
    ],
    "needs grade-boundary knowledge",
)
conv(
    "conv-recipe-scaling-judgement",
    [
        (U, "I'm making a bread recipe with 7 g of yeast for 500 g of flour."),
        (A, "That's a standard ratio for a single loaf."),
        (U, "If I triple it, do I really need 21 g or is that overkill?"),
    ],
    "a baking judgement, not a multiplication",
)
conv(
    "conv-time-zone-unstated-home",
    [
        (U, "I'm flying out to see my sister next week, she's in Auckland."),
        (A, "Lovely! Do you need help with the time difference or the flights?"),
        (U, "When it's 9 am for her, what time is it for me?"),
    ],
    "the user's own place is never stated",
)
conv(
    "conv-units-in-story",
    [
        (
            U,
            "In my game, one 'league' of travel is 5 km and a 'march' is 4 leagues.",
        ),
        (A, "So a march would be 20 km in your game."),
        (U, "And how many marches is a 3-league road plus a 9-league road?"),
    ],
    "game units defined in conversation",
)
conv(
    "conv-phone-digits",
    [
        (U, "The plumber's number is 07700 900461."),
        (A, "Noted. Shall I draft a message to send him?"),
        (U, "What's the last bit divided by the first bit?"),
    ],
    "a phone number, not a division",
)
conv(
    "conv-which-date-format",
    [
        (U, "My American colleague wrote the deadline as 04/06."),
        (A, "In the US that's usually month first."),
        (U, "So how many days do I have from 1 April?"),
    ],
    "the date format reading is what's at issue",
)
conv(
    "conv-tax-rules-unknown",
    [
        (U, "I moved from Scotland to Wales halfway through the tax year."),
        (A, "That can affect which income tax rates apply to you."),
        (U, "So how much tax do I pay on £34,000?"),
    ],
    "needs tax rules and residency judgement",
)
conv(
    "conv-vague-it",
    [
        (U, "The dishwasher takes 2 hours 40 minutes on eco and 1 hour 10 on quick."),
        (A, "Eco uses less energy but takes longer."),
        (U, "Is it worth the extra time?"),
    ],
    "a judgement about the earlier figures",
)
conv(
    "conv-redefined-percent",
    [
        (U, "At our club a 'percent' in the handicap sheet means points per 1,000, not per 100."),
        (A, "Understood, so the sheet's percentages are really per-mille values."),
        (U, "Then what's 15 percent of 2,400 on that sheet?"),
    ],
    "a redefined word changes the calculation",
)
conv(
    "conv-recommendation-after-numbers",
    [
        (U, "My car does 6.2 litres per 100 km and I drive about 18,000 km a year."),
        (A, "That's roughly 1,116 litres of fuel a year."),
        (U, "Would a hybrid make sense for me then?"),
    ],
    "a recommendation, not a calculation",
)
conv(
    "conv-ambiguous-that",
    [
        (U, "My parents married on 12 May 1979 and my grandparents on 3 June 1951."),
        (A, "Two long marriages! Anything you'd like to plan?"),
        (U, "Which anniversary name is that for them this time round?"),
    ],
    "anniversary names and an ambiguous 'them'",
)
conv(
    "conv-rota-fairness",
    [
        (U, "Three of us share the car: I drive 120 km a week, Jo 60, Sam 20."),
        (A, "So you drive 60% of the distance."),
        (U, "What's a fair way to split the insurance, then?"),
    ],
    "a fairness judgement",
)
conv(
    "conv-code-after-sum",
    [
        (U, "I need to add VAT at 20% to a list of prices in a CSV."),
        (A, "Sure, what language are you working in?"),
        (U, "Python. Should I round each line or just the total?"),
    ],
    "code and rounding conventions in context",
)
conv(
    "conv-bad-timestamp",
    [
        (U, "The log line says 1714564800 — that's the time the server crashed."),
        (A, "That looks like a Unix timestamp in seconds."),
        (U, "Okay, add 90 to it and tell me what that is."),
    ],
    "a timestamp whose meaning and time zone need interpretation",
)
conv(
    "conv-house-rules-darts",
    [
        (U, "In our pub darts league, doubles score triple and trebles score double, house rule."),
        (A, "An unusual house rule! So the scoring's swapped around."),
        (U, "Right, so what is a double 20 worth under that?"),
    ],
    "house rules redefine the scoring",
)
conv(
    "conv-age-of-whom",
    [
        (U, "Grandad was born in 1938 and Nan in 1941. Nan is the younger one."),
        (A, "Thanks, good to know."),
        (U, "How old was the other one when they met?"),
    ],
    "the date they met is unstated",
)
conv(
    "conv-shoe-sizing",
    [
        (U, "I'm a UK 8 in trainers."),
        (A, "Trainer sizes vary a bit by brand."),
        (U, "And in European sizes for this brand?"),
    ],
    "size charts differ by brand",
)
conv(
    "conv-budget-advice",
    [
        (U, "I earn £2,300 a month after tax and rent is £950."),
        (A, "That leaves £1,350 for everything else."),
        (U, "Is that enough to live on in Bristol?"),
    ],
    "a judgement about a budget",
)
conv(
    "conv-renamed-months",
    [
        (U, "In my diary I call the months by the seasons: Spring-1 is March, Spring-2 is April."),
        (A, "So you're numbering months within each season."),
        (U, "What would Winter-2 the 14th be as a normal date, then?"),
    ],
    "private month names, year unstated",
)
conv(
    "conv-percent-of-what",
    [
        (U, "Our team got a 12% budget cut last round and now another 8%."),
        (A, "Cuts compound, so the total isn't just 20%."),
        (U, "How do I explain that to the team without maths?"),
    ],
    "asks for an explanation",
)
conv(
    "conv-lap-times-meaning",
    [
        (U, "My best lap at the karting track was 42.318 and my friend's was 41.907."),
        (A, "Your friend was about 0.4 seconds quicker per lap."),
        (U, "Where should I look to find that time on a track like that?"),
    ],
    "driving advice",
)
conv(
    "conv-temperature-setting",
    [
        (U, "Our thermostat is set to 19 and the baby's room feels chilly."),
        (A, "Room temperature advice for babies is usually 16 to 20 °C."),
        (U, "Should I put it up to 21?"),
    ],
    "a safety judgement",
)
conv(
    "conv-octal-permissions",
    [
        (U, "On my server the uploads folder has permissions 755."),
        (A, "That's owner read/write/execute, everyone else read/execute."),
        (U, "And what does 644 give the group?"),
    ],
    "file permissions, not a number",
)
conv(
    "conv-cricket-overs",
    [
        (U, "We're playing cricket and the scorer wrote 12.4 overs."),
        (A, "In cricket that means 12 overs and 4 balls."),
        (U, "So add 3.5 overs to that, what do we get?"),
    ],
    "over notation is not decimal",
)
conv(
    "conv-hours-minutes-notation",
    [
        (U, "My timesheet app writes durations like 7.45, meaning 7 hours 45 minutes."),
        (A, "So it's hours.minutes, not decimal hours."),
        (U, "What's 7.45 plus 1.30 in that format?"),
    ],
    "hours.minutes notation",
)
conv(
    "conv-which-birthday",
    [
        (
            U,
            "My twins arrived either side of midnight, 23:58 on 31 December, 00:03 on 1 January.",
        ),
        (A, "So they have different birthdays and even different birth years."),
        (U, "How should we celebrate their birthdays fairly?"),
    ],
    "advice",
)
conv(
    "conv-grade-average",
    [
        (U, "My grades are A, B+, A- and B."),
        (A, "On a typical 4.0 scale those vary by school."),
        (U, "What's my average, then?"),
    ],
    "letter-grade scale is school-specific",
)
conv(
    "conv-price-history",
    [
        (U, "I bought the bike for $1,200 and I've ridden it maybe 3,000 km."),
        (A, "That's about 40 cents per km so far."),
        (U, "What should I sell it for?"),
    ],
    "a valuation judgement",
)
conv(
    "conv-roman-numerals-era",
    [
        (U, "The cornerstone of our chapel reads MDCCCXLVII."),
        (A, "That's 1847."),
        (U, "What style of architecture was popular for chapels then?"),
    ],
    "history",
)
conv(
    "conv-speed-but-which",
    [
        (U, "My old phone downloads at 40 and my new one at 300."),
        (A, "Those are probably megabits per second."),
        (U, "How much faster will a film download be, realistically?"),
    ],
    "a realistic estimate, not a ratio",
)
conv(
    "conv-stakes-odds",
    [
        (U, "The bookie has the horse at 7/2."),
        (A, "Those are fractional odds."),
        (U, "So if I put a tenner on, what happens?"),
    ],
    "betting odds need interpreting",
)
conv(
    "conv-knitting-pattern",
    [
        (U, "The pattern says 'k2, p2 rib for 8 cm' and my tension square is off."),
        (A, "Gauge matters a lot for the final size."),
        (U, "How many rows should I actually knit?"),
    ],
    "gauge is not stated",
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
    # no register (family name) of this set is a family name of sets 19 to 155
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 155: {reused}"
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
