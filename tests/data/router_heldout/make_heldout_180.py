"""Generate heldout-2027-06-01.jsonl: a hundred-and-eightieth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_180.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-179, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (terminating, at most 3 decimals; whole items
rounded up with whole_up), units from the exact definitions above (EXACT when the answer
terminates in at most 3 decimals, ROUNDED otherwise), dates with datetime (days, weeks, ages,
nth weekdays, working days, clock spans) and zoneinfo (utc_minutes for flights between zones
and for a night shift across the October 2027 London clock change). Every weekday written next
to a date is produced by sayw() from the date itself.

Provenance
----------
Read: this file (cat), grading.py (cat) and earlier_registers.txt (printed once, the tool
cutting its middle, then grepped for candidate words to pick register situations not used
before). Nothing else: no router, tool, doc, test or other generator, no earlier .jsonl, no
earlier set's questions.
Wrote: the four sections by hand, drafted in scratch files in this directory and spliced in at
the markers with a small script; 25 registers, six doubled per tool (a different set for each
tool). The duplicate check flagged 63 of my items (plain one-liners, ordinary requests, three
conversation turns); only their ids were printed and I reworded them until the check passed (by
an index slip I also reworded one unflagged ordinary request).
Checked: ran the generator (also with --show to review my own expected values) until it passed;
fixed unit_r precision (a psi value) and money answers that would end in a half-penny or half-
paisa; ruff check --fix (implicit-concatenation parentheses, a list literal) and ruff format
with /work/main/pyproject.toml; split string lines to at most 99 columns; ran the generator
again (same sha256).
Slips: once ran the system python3 (`python3 -c "print()"`, a no-op chained after a sed
command) instead of the venv python; nothing else read or printed beyond the rules.
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
OUT = HERE / "heldout-2027-06-01.jsonl"
PREFIX = "ho180-"
# earlier generators: sets 1-179 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 180))
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
    "make_heldout_172.py",
    "make_heldout_173.py",
    "make_heldout_174.py",
    "make_heldout_175.py",
    "make_heldout_176.py",
    "make_heldout_177.py",
    "make_heldout_178.py",
    "make_heldout_179.py",
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


SHIPBREAK = "ship_breaking_foreman_on_alang_beach"
OCTOPUS = "octopus_pot_fisher_off_naxos"
STUPA = "ice_stupa_builder_in_ladakh"
SAPPHIRE = "sapphire_pit_digger_in_ratnapura"
SNOWMOBILE = "snowmobile_safari_guide_near_kiruna"
SWIFTLET = "swiftlet_nest_harvester_in_a_sarawak_cave"
MAYOR = "market_town_mayor_planning_civic_engagements"
SHOWJUMPER = "showjumper_on_the_county_show_circuit"
CLIFFDIVER = "cliff_diver_at_the_mostar_bridge_contest"
WHITEWATER = "whitewater_guide_on_the_zambezi_gorges"
CORK = "cork_oak_stripper_in_the_alentejo"
ALMOND = "almond_grower_renting_hives_for_pollination"
COMMENTATOR = "road_race_commentator_at_the_isle_of_man_tt"
CARDAMOM = "cardamom_auction_trader_in_the_western_ghats"
CRYONICS = "cryonics_standby_team_technician"
COCHINEAL = "cochineal_farmer_on_lanzarote"
KILTMAKER = "kiltmaker_measuring_a_wedding_party"
WALRUS = "walrus_haul_out_researcher_on_chukotka"
ALBATROSS = "albatross_chick_counter_on_south_georgia"
QANAT = "qanat_well_cleaner_in_yazd"
CANOPY = "canopy_crane_botanist_in_panama"
GEOTHERMAL = "geothermal_borehole_driller_near_reykjanes"
BARRIER = "storm_surge_barrier_operator_on_the_oosterschelde"
RADIOLOGIST = "hospital_radiologist_on_a_night_reporting_shift"
PARLIAMENT = "parliamentary_researcher_for_a_backbench_mp"

# plain one-liners
calc(P, "what's 17.5% of 3,480", pct("17.5") * 3480)
calc(P, "2 to the power of 23", 2**23)
assert math.isqrt(1522756) ** 2 == 1522756
calc(P, "square root of 1,522,756", math.isqrt(1522756))
calc(P, "£1,249.60 split four ways", dec("1249.60") / 4)
calc(P, "437 x 86 =", 437 * 86)
calc(P, "nine hundred and eighty-seven minus three hundred and ninety-nine", 987 - 399)
calc(P, "(14.6 + 9.85) * 3", (dec("14.6") + dec("9.85")) * 3)
calc(P, "what is 7/8 as a decimal", F(7, 8))
calc(P, "19,876 divided by 0.04", 19876 / dec("0.04"))
calc(P, "mean of 71, 84, 66, 93 and 58", F(71 + 84 + 66 + 93 + 58, 5))
calc(P, "put 12 percent on top of 2,450 for me", 2450 * (1 + pct(12)))
calc(P, "whats the cube root of 91,125 again", 45)
assert 45**3 == 91125
calc(P, "what is 15! divided by 13!", math.factorial(15) // math.factorial(13))
calc(P, "-27 + 113 - 8.5", -27 + 113 - dec("8.5"))

# registers
calc(
    SHIPBREAK,
    "We're breaking a bulk carrier with 11,400 tonnes of recoverable steel. The re-rolling mill "
    "pays ₹38,500 a tonne and the cutting gang's share is 6% of the sale, split equally between "
    "140 cutters. How many rupees does each cutter get?",
    11400 * 38500 * pct(6) / 140,
)
calc(
    SHIPBREAK,
    "steel cut this week: 318 t mon, 402 tue, 287 wed, 365 thu and only 44 fri before the rain "
    "stopped us. average per day over the five days",
    F(318 + 402 + 287 + 365 + 44, 5),
)
calc(
    OCTOPUS,
    "I lay 240 clay pots off Naxos. Roughly 1 pot in 8 comes up with an octopus, they average "
    "1.3 kg each and the taverna pays €11.50 a kilo. What's a haul like that worth in euros?",
    F(240, 8) * dec("1.3") * dec("11.50"),
)
calc(
    STUPA,
    "for the ice stupa we need 2,380 m of HDPE pipe from the stream. it only comes in 50 m rolls "
    "at ₹4,275 a roll. what do the rolls cost altogether, buying whole rolls only",
    whole_up(F(2380, 50)) * 4275,
)
calc(
    SAPPHIRE,
    "a parcel of 84 rough blue sapphires weighs 126.42 carats in total. the dealer offers $310 a "
    "carat and keeps back 2.5% commission. how many dollars do I end up with",
    dec("126.42") * 310 * (1 - pct("2.5")),
)
calc(
    SNOWMOBILE,
    "Six sleds on the 85 km lake loop, each burns 22 litres per 100 km and fuel at the lodge is "
    "19.40 kronor a litre. Fuel cost for the whole group for one loop, in kronor?",
    6 * 85 * F(22, 100) * dec("19.40"),
)
calc(
    SWIFTLET,
    "We brought down 3.6 kg of white nest. The buyer graded 15% of it as broken pieces and pays "
    "RM 4,200 a kilo for whole nest and RM 1,900 a kilo for broken. What's the total in ringgit?",
    dec("3.6") * (1 - pct(15)) * 4200 + dec("3.6") * pct(15) * 1900,
)
calc(
    MAYOR,
    "summer diary has 14 civic engagements. the mayoral car is charged at £1.35 a mile, average "
    "round trip 23.5 miles, plus a flat £40 chauffeur fee per engagement. total for the summer",
    14 * (dec("23.5") * dec("1.35") + 40),
)
calc(
    MAYOR,
    "Twinning gift fund stands at £2,840. We buy engraved plates at £37.50 each for the 11 "
    "visiting councillors from Bad Sooden, then share what's left equally between 5 local "
    "charities. How much does each charity get?",
    (2840 - 11 * dec("37.50")) / 5,
)
calc(
    SHOWJUMPER,
    "county circuit budget: 9 shows, 2 classes at each, £45 entry per class, plus stabling at £28 "
    "a night for 13 nights altogether. what's the total",
    9 * 2 * 45 + 28 * 13,
)
calc(
    CLIFFDIVER,
    "Seven judges scored my dive 8.5, 9, 8, 9.5, 8.5, 7.5 and 9. They throw out the single "
    "highest and single lowest, add up the other five and multiply by the degree of difficulty, "
    "3.2. What's my score for the dive?",
    sum(sorted(dec(s) for s in ["8.5", "9", "8", "9.5", "8.5", "7.5", "9"])[1:-1]) * dec("3.2"),
)
calc(
    WHITEWATER,
    "takings for the day on the lower gorge: 12 rafts with 7 paying clients each at $135 a head. "
    "we pay the park levy of $18 per client and $60 per raft to the guides. net for the day in "
    "dollars?",
    12 * 7 * 135 - 12 * 7 * 18 - 12 * 60,
)
calc(
    CORK,
    "We stripped 1,260 trees this campaign at an average of 42.5 kg of bark each. The factory "
    "pays €2.80/kg for first grade, which was 65% of it, and €1.10/kg for the rest. Total in "
    "euros?",
    1260 * dec("42.5") * (pct(65) * dec("2.80") + pct(35) * dec("1.10")),
)
calc(
    ALMOND,
    "Pollination contract: 2.5 hives an acre on our 340 acres, $215 rent per hive, and the "
    "beekeeper knocks 4% off if we pay up front. What do we pay up front?",
    dec("2.5") * 340 * 215 * (1 - pct(4)),
)
calc(
    ALMOND,
    "2,150 lb of kernels an acre across 340 acres at $2.85 a pound — gross before any costs is",
    2150 * 340 * dec("2.85"),
)
calc(
    COMMENTATOR,
    "for my notes — his five lap times in seconds were 1022.3, 1008.9, 1015.1, 1030.6 and "
    "1011.0. mean lap time in seconds?",
    (dec("1022.3") + dec("1008.9") + dec("1015.1") + dec("1030.6") + dec("1011.0")) / 5,
)
calc(
    CARDAMOM,
    "Lot 214: 1,840 kg of 8 mm bold sold at ₹2,365 a kilo. The auctioneer takes 1% commission "
    "from the seller; the buyer pays the hammer price plus 5% GST. What does the buyer pay in "
    "total, in rupees?",
    1840 * 2365 * (1 + pct(5)),
)
calc(
    CARDAMOM,
    "bought three lots: 620 kg at ₹2,410/kg, 950 kg at ₹2,280/kg and 430 kg at ₹2,520/kg. whats "
    "my weighted average price per kg",
    F(620 * 2410 + 950 * 2280 + 430 * 2520, 620 + 950 + 430),
)
calc(
    CRYONICS,
    "Standby invoice: 18 bags of ice a day at £2.35 a bag plus £640 a day for the two-person "
    "team, and the standby ran for 9 days. Total?",
    9 * (18 * dec("2.35") + 640),
)
calc(
    COCHINEAL,
    "if it takes about 70,000 dried insects to give one kilo of cochineal and we collected 1.19 "
    "million insects off the prickly pear, how many kilos is that",
    F(1190000, 70000),
)
calc(
    KILTMAKER,
    "Wedding order: 5 kilts at 8 yards of tartan each, cloth at £62.50 a yard, plus 5 sporrans "
    "at £95. The groom's father is paying half of the whole bill. What's his half?",
    (5 * 8 * dec("62.50") + 5 * 95) / 2,
)
calc(
    KILTMAKER,
    "out of 288 inches of cloth the aprons take 48 inches and the rest goes into 32 pleats, how "
    "many inches of cloth per pleat",
    F(288 - 48, 32),
)
calc(
    WALRUS,
    "drone counts at the haul-out over four flights: 3,418, 3,702, 2,996 and 3,540 animals. what "
    "was the mean count",
    F(3418 + 3702 + 2996 + 3540, 4),
)
calc(
    ALBATROSS,
    "Three of us spent 14 days counting. There were 1,250 wandering albatross nests on the ridge "
    "and 68% of them fledged a chick. How many chicks fledged?",
    1250 * pct(68),
)
calc(
    QANAT,
    "The qanat runs 3.2 km from the mother well to the outlet with a vertical access shaft every "
    "40 m, including one at the mother well and one at the outlet. How many shafts are there?",
    3200 // 40 + 1,
)
calc(
    QANAT,
    "my crew clears 28 metres of tunnel a day and there are 3,200 m to clear. we bill 1,850,000 "
    "rials per day and only in whole days. what's the bill",
    whole_up(F(3200, 28)) * 1850000,
)
calc(
    CANOPY,
    "we tagged 1,600 epiphytes from the crane gondola; 35% were bromeliads and 3/8 of the "
    "bromeliads were holding water. how many water-holding bromeliads is that",
    1600 * pct(35) * F(3, 8),
)
calc(
    GEOTHERMAL,
    "We're at 1,870 m, target depth is 2,600 m, and we're averaging 42.5 m per 12-hour shift "
    "with two shifts a day. How many more days of drilling do we need, rounded up to whole days?",
    whole_up(F(2600 - 1870) / (2 * dec("42.5"))),
)
calc(
    BARRIER,
    "test programme: 62 gates, each one lowered for 1.25 hours, and we work two gates at a time. "
    "how many hours for the full set",
    F(62, 2) * dec("1.25"),
)
calc(
    RADIOLOGIST,
    "Night list: 146 CTs at 6 minutes each, 38 MRIs at 14 minutes and 46 plain films at 2 "
    "minutes. How many hours of reporting is that?",
    F(146 * 6 + 38 * 14 + 46 * 2, 60),
)
calc(
    PARLIAMENT,
    "Division result: 406 ayes, 174 noes, and 70 of the 650 members didn't vote. What percentage "
    "of those voting voted aye?",
    F(406 * 100, 406 + 174),
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
unit(P, "72 km/h is how many m/s, roughly for a physics worksheet", 72 * KMH, EXACT)
unit(P, "I'm 5 ft 11 in — in cm please", (5 * 12 + 11) * IN * 100, EXACT)
unit(P, "98.6 Fahrenheit body temp in celsius?", f_to_c(dec("98.6")), EXACT)
unit_r(P, "2.5 kg bag of rice, how many ounces", dec("2.5") / OZ)
unit(
    P, "the ISO says 3.2 GiB, how many MiB is that for the USB tool", dec("3.2") * GIB / MIB, EXACT
)
unit(P, "40 knots in km/h", 40 * KNOT / KMH, EXACT)
unit_r(P, "65 square metres to square feet", 65 / SQFT)
unit_r(P, "11 stone 6 lb in kg", (11 * 14 + 6) * LB)
unit_r(P, "120 psi in bar", 120 * PSI / BAR)
unit(P, "-40 °C expressed in kelvin", dec("-40") + dec("273.15"), EXACT)
unit(P, "half a mile in metres", MI / 2, EXACT)
unit_r(P, "convert 12 acres to hectares", 12 * ACRE / 10000)
unit(P, "1.5 cubic metres is how many litres", dec("1.5") * 1000, EXACT)
unit_r(P, "10 mph in metres per second", 10 * MPH)

# registers
unit_r(
    SHIPBREAK,
    (
        "The scrap truck weighed in at 86,420 lb on the buyer's "
        "weighbridge. What's that in kilograms?"
    ),
    86420 * LB,
)
unit_r(
    OCTOPUS,
    "the Americans at the taverna asked what my big octopus weighed in pounds. it was 2.35 kg",
    dec("2.35") / LB,
)
unit(
    OCTOPUS,
    "My grandfather's pot lines were always 180 fathoms long. How many metres is that?",
    180 * 6 * FT,
    EXACT,
)
unit_r(
    STUPA,
    "our ice stupa topped out at 32 metres in March and the donors in Colorado want the height "
    "in feet",
    32 / FT,
)
unit(
    SAPPHIRE,
    "the cornflower blue from pit 3 weighs 12.75 carats, what's that in grams",
    dec("12.75") * dec("0.2"),
    EXACT,
)
unit(
    SNOWMOBILE,
    "It's -31 °C out on the lake and the group from Minnesota keeps asking what that is in "
    "Fahrenheit.",
    c_to_f(-31),
    EXACT,
)
unit_r(
    SNOWMOBILE,
    "the return trail to the ice hotel is 142 km, the Texans want it in miles",
    142000 / MI,
)
unit_r(
    SWIFTLET,
    "The rattan ladders up to the cave roof are 60 m long. My buyer in Perth asked how many feet "
    "that is.",
    60 / FT,
)
unit_r(
    MAYOR,
    "the 1960s plans give the civic square as 2,400 square yards. what's that in square metres "
    "for the press release",
    2400 * SQYD,
)
unit(
    SHOWJUMPER,
    "My mare measures 16.2 hh, that's 16 hands 2 inches. How tall is she in centimetres?",
    (16 * 4 + 2) * IN * 100,
    EXACT,
)
unit_r(
    CLIFFDIVER,
    "we hit the Neretva at roughly 20 metres per second off the bridge — what's that in mph",
    20 / MPH,
)
unit_r(
    WHITEWATER,
    "River's running at 1,100 cubic metres per second below the falls. What's that in cubic feet "
    "per second for the American kayakers?",
    1100 / CUFT,
)
unit_r(
    CORK,
    "Stack of stripped bark measures 2.5 m by 1.2 m by 1.6 m. How many cubic feet is that?",
    dec("2.5") * dec("1.2") * dec("1.6") / CUFT,
)
unit_r(
    CORK,
    "the lorry took 11,340 kg of planks to the stopper factory; the importer in Ohio wants the "
    "weight in pounds",
    11340 / LB,
)
unit_r(ALMOND, "our orchard is 340 acres, how many hectares is that", 340 * ACRE / 10000)
unit_r(
    COMMENTATOR,
    "Fastest through the Sulby speed trap was 206.5 mph. What's that in km/h for the European "
    "feed?",
    dec("206.5") * MPH / KMH,
)
unit_r(
    COMMENTATOR,
    "the mountain course lap is 37.73 miles, give me it in kilometres",
    dec("37.73") * MI / 1000,
)
unit(
    CARDAMOM,
    "drying chamber is set to 50 °C; the export buyer's spec sheet is in Fahrenheit. what is it",
    c_to_f(50),
    EXACT,
)
unit(
    CRYONICS,
    "Liquid nitrogen sits at -196 °C. What is that in degrees Fahrenheit?",
    c_to_f(-196),
    EXACT,
)
unit_r(
    COCHINEAL,
    "The nopal field is 3.5 hectares. A researcher from Arizona asked how many acres that is.",
    dec("3.5") * 10000 / ACRE,
)
unit(
    KILTMAKER,
    "groom's waist is 38 inches, what is that in cm for the order form",
    38 * IN * 100,
    EXACT,
)
unit_r(
    WALRUS,
    "The big bull we weighed with the sling scale came to 1,460 kg. In pounds?",
    1460 / LB,
)
unit(
    WALRUS,
    "haul-out beach is 2.5 nautical miles from our hut, how far in km",
    dec("2.5") * 1852 / 1000,
    EXACT,
)
unit_r(
    ALBATROSS,
    "Wingspan on the adult we measured was 3.1 m. What is that in feet?",
    dec("3.1") / FT,
)
unit(
    QANAT,
    "the qanat delivers 45 litres a second. how many cubic metres a day is that",
    F(45, 1000) * 86400,
    EXACT,
)
unit_r(
    CANOPY,
    "wind up at the crane gondola was gusting 38 km/h, what's that in knots",
    38 * KMH / KNOT,
)
unit_r(
    GEOTHERMAL,
    "Wellhead pressure reads 18.5 bar. The American service company wants it in psi.",
    dec("18.5") * BAR / PSI,
)
unit(
    GEOTHERMAL,
    "fluid at the bottom of the hole is 340 °C, what's that in F",
    c_to_f(340),
    EXACT,
)
unit(
    BARRIER,
    "Gusts of 62 knots forecast for the closure. What's that in km/h?",
    62 * KNOT / KMH,
    EXACT,
)
unit_r(
    RADIOLOGIST,
    "contrast dose is by weight and the referral just says 154 lb — how many kg is that",
    154 * LB,
)
unit_r(
    PARLIAMENT,
    "The constituency covers 1,240 square miles. The briefing note needs it in square kilometres.",
    1240 * MI * MI / 10**6,
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
    P,
    "the Bastille fell on 14 July 1789; was that a weekday or weekend, which day exactly",
    weekday(D(1789, 7, 14)),
)
date_item(
    P,
    "count the days from 3 March 2031 up to 19 November 2031",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what date is 90 days after 17 December 2028", D(2028, 12, 17) + TD(days=90))
date_item(P, "25 December 2033 falls on what day", weekday(D(2033, 12, 25)))
date_item(P, "born 11 August 1987, how old on 10 August 2029", age(D(1987, 8, 11), D(2029, 8, 10)))
date_item(P, "date 1000 days after January 1, 2030", D(2030, 1, 1) + TD(days=1000))
date_item(P, "minutes from 22:40 to 03:15", clock_span("22:40", "03:15", 60))
date_item(P, "how many days are there in February 2032", calendar.monthrange(2032, 2)[1])
date_item(P, "third Thursday of October 2029?", nth_weekday(2029, 10, THU, 3))
date_item(P, "last Monday in May 2031 is the", nth_weekday(2031, 5, MON, -1))
date_item(P, "what weekday is 1 jan 2050", weekday(D(2050, 1, 1)))
date_item(P, "hours from 9:45pm to 6:15am", clock_span("21:45", "06:15", 3600))
date_item(P, "what's the date 6 weeks before 2 April 2030", D(2030, 4, 2) - TD(weeks=6))
date_item(
    P,
    "days from 15/08/2030 to 01/01/2031 (dates are DD/MM/YYYY)",
    days(D(2030, 8, 15), D(2031, 1, 1)),
)

# registers
_beached = D(2029, 3, 12)
date_item(
    SHIPBREAK,
    f"The ship was beached on {say(_beached)} and the cutting contract gives us 200 days, "
    "counting the beaching day as day 1. What date is day 200?",
    _beached + TD(days=199),
)
date_item(
    OCTOPUS,
    "octopus fishing is shut from 1 June 2030 to 30 September 2030 inclusive, how many days is "
    "the closure",
    days(D(2030, 6, 1), D(2030, 9, 30)) + 1,
)
date_item(
    STUPA,
    "we start spraying water on the stupa frame on 20 November 2031. what date is 160 days after "
    "that",
    D(2031, 11, 20) + TD(days=160),
)
_licence = D(2031, 2, 3)
date_item(
    SAPPHIRE,
    f"Gem pit licence issued {say(_licence)} runs for 548 days with the issue date as day 1. "
    "On what date is the last day of the licence?",
    _licence + TD(days=547),
)
date_item(
    SAPPHIRE,
    "the Ratnapura gem auction I'm selling at is on 30 April 2032, which day of the week is that",
    weekday(D(2032, 4, 30)),
)
_first_safari, _last_safari = D(2031, 12, 8), D(2032, 4, 12)
date_item(
    SNOWMOBILE,
    f"First safari of the season is {sayw(_first_safari)}, the last is {say(_last_safari)}. "
    "How many days is the season, counting both the first and the last day?",
    days(_first_safari, _last_safari) + 1,
)
date_item(
    SWIFTLET,
    "The swiftlets in chamber B laid on 14 February 2030. Incubation takes 23 days and the "
    "chicks fledge 42 days after hatching; we only harvest once they've fledged. What's the "
    "earliest harvest date?",
    D(2030, 2, 14) + TD(days=23 + 42),
)
date_item(
    SWIFTLET,
    "flying Kuching to Hong Kong to meet the buyer: leave Kuching 23:50 on 9 October 2030, land "
    "Hong Kong 03:35 on 10 October 2030 (both local). how many minutes in the air",
    utc_minutes("2030-10-09 23:50", "Asia/Kuching", "2030-10-10 03:35", "Asia/Hong_Kong"),
)
date_item(
    MAYOR,
    "The remembrance parade is on the second Sunday of November 2030. What's the date?",
    nth_weekday(2030, 11, SUN, 2),
)
_term_a, _term_b = D(2029, 5, 14), D(2030, 5, 13)
date_item(
    MAYOR,
    f"my mayoral year runs {say(_term_a)} to {say(_term_b)} inclusive and full council always "
    "meets on a Monday. how many Mondays are there in my year",
    sum(1 for k in range(days(_term_a, _term_b) + 1) if (_term_a + TD(days=k)).weekday() == MON),
)
date_item(
    SHOWJUMPER,
    "I was born 23 September 2004. How old will I be at the county show on 22 September 2032?",
    age(D(2004, 9, 23), D(2032, 9, 22)),
)
date_item(
    CLIFFDIVER,
    "the bridge jump at Mostar is on the last Sunday of July 2030, what date is that",
    nth_weekday(2030, 7, SUN, -1),
)
_closed = D(2031, 2, 14)
date_item(
    WHITEWATER,
    f"We closed the lower gorge for high water on {sayw(_closed)} and reopened 58 days later. "
    "Which day of the week did we reopen?",
    weekday(_closed + TD(days=58)),
)
_strip_start = D(2031, 6, 2)
date_item(
    CORK,
    f"Stripping plan: 52 working days, Monday to Friday only, starting {sayw(_strip_start)} as "
    "day 1. On what date is day 52?",
    working_day_counting(_strip_start, 52),
)
date_item(
    ALMOND,
    "hives went into the orchard on 9 February 2032 and the contract has them out 21 days later. "
    "what date do they come out",
    D(2032, 2, 9) + TD(days=21),
)
_practice = D(2031, 5, 24)
date_item(
    COMMENTATOR,
    f"Opening practice is {sayw(_practice)} and the Senior race is 12 days later. What day of "
    "the week is the Senior?",
    weekday(_practice + TD(days=12)),
)
date_item(
    CARDAMOM,
    "auction on 2031-03-17, payment due 45 days after the auction date. due date?",
    D(2031, 3, 17) + TD(days=45),
)
date_item(
    CRYONICS,
    "Standby started at 22:40 and we stood down at 07:05 the next morning. How many minutes was "
    "that?",
    clock_span("22:40", "07:05", 60),
)
date_item(
    COCHINEAL,
    (
        "we seeded the pads with mother insects on 5 May 2030 "
        "and harvest 90 days later. harvest date?"
    ),
    D(2030, 5, 5) + TD(days=90),
)
_wedding = D(2032, 6, 19)
date_item(
    KILTMAKER,
    f"The wedding is {sayw(_wedding)}. I need the final fitting exactly 2 weeks before and the "
    "order placed 6 weeks before the fitting. What date must the order go in?",
    _wedding - TD(weeks=8),
)
_arrive, _leave = D(2031, 6, 18), D(2031, 9, 9)
date_item(
    WALRUS,
    f"We land on the island {say(_arrive)} and the boat picks us up {say(_leave)}. How many "
    "nights do we spend on the island?",
    days(_arrive, _leave),
)
date_item(
    ALBATROSS,
    "egg laid 27 December 2030, wandering albatross incubation taken as 78 days — what's the "
    "hatch date",
    D(2030, 12, 27) + TD(days=78),
)
date_item(
    QANAT,
    "we go down the shaft at 05:50 and climb out at 13:20 with one 35 minute break at the "
    "bottom. working minutes underground, not counting the break?",
    clock_span("05:50", "13:20", 60) - 35,
)
date_item(
    CANOPY,
    "Flying home for the herbarium meeting: depart Panama City 21:10 on 3 November 2030, land "
    "Madrid 13:45 on 4 November 2030, both local times. How many minutes is the journey?",
    utc_minutes("2030-11-03 21:10", "America/Panama", "2030-11-04 13:45", "Europe/Madrid"),
)
date_item(
    GEOTHERMAL,
    "rig started drilling the section at 14:00 on 28 February 2032 and hit target depth at "
    "02:00 on 4 March 2032. how many hours of drilling",
    F(int((DT(2032, 3, 4, 2) - DT(2032, 2, 28, 14)).total_seconds()), 3600),
)
date_item(
    BARRIER,
    "Barrier closed at 21:40 on 31 January 2030 and reopened at 04:55 on 2 February 2030. How "
    "many minutes was it closed?",
    F(int((DT(2030, 2, 2, 4, 55) - DT(2030, 1, 31, 21, 40)).total_seconds()), 60),
)
date_item(
    BARRIER,
    "test closures are on the first Wednesday of each month. date of the September 2031 one?",
    nth_weekday(2031, 9, WED, 1),
)
_night_a = D(2027, 10, 30)
date_item(
    RADIOLOGIST,
    f"My night shift in London runs from 20:00 on {sayw(_night_a)} to 08:00 the following "
    "morning, and the clocks go back an hour that night. How many hours do I actually work?",
    utc_minutes("2027-10-30 20:00", "Europe/London", "2027-10-31 08:00", "Europe/London") / 60,
)
_scan = D(2031, 12, 18)
date_item(
    RADIOLOGIST,
    f"scan done {sayw(_scan)}; the report is due 3 working days later (Mon-Fri, ignore any "
    "bank holidays). what date is it due",
    working_day_after(_scan, 3),
)
_opened = D(2030, 9, 9)
date_item(
    PARLIAMENT,
    f"The consultation opened on {say(_opened)} and closes 12 weeks later. Closing date?",
    _opened + TD(weeks=12),
)
date_item(
    PARLIAMENT,
    "My MP was born on March 4, 1979. How old will she be on polling day, May 2, 2030?",
    age(D(1979, 3, 4), D(2030, 5, 2)),
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
            (U, "for this puzzle, a ⊛ b means 3a minus b squared. just remember that"),
            (A, "Got it: a ⊛ b = 3a − b². Send me what you'd like worked out."),
            (U, "ok so 6 ⊛ 4 plus 5 ⊛ 1"),
        ],
        "⊛ was defined earlier in the chat; a calculator has no such operator",
    ),
    (
        "conv-redefined-operator",
        [
            (S, "In this worksheet the symbol # stands for 'the larger of the two numbers'."),
            (U, "what is 17 # 23 # 9"),
        ],
        "# means max only because the system turn says so",
    ),
    (
        "conv-other-base",
        [
            (U, "heads up, every number I type from here on is base 7 (septenary)"),
            (A, "Understood — I'll read your numbers as base 7."),
            (U, "so 46 + 35 is"),
        ],
        "the digits are base 7 by the earlier agreement; decimal arithmetic would be wrong",
    ),
    (
        "conv-other-base",
        [
            (U, "I'm doing my hex homework, all numbers are hexadecimal"),
            (A, "Sure, go ahead."),
            (U, "1A x 3 ="),
        ],
        "hexadecimal operands set up earlier in the chat",
    ),
    (
        "conv-modulus",
        [
            (U, "we're doing arithmetic modulo 11 in class this week"),
            (A, "Great, modular arithmetic mod 11. What would you like to check?"),
            (U, "7 × 9 ="),
        ],
        "the answer is wanted mod 11, agreed earlier, not the ordinary product",
    ),
    (
        "conv-modulus",
        [
            (S, "The user is practising 24-hour clock arithmetic; answers wrap round at 24."),
            (U, "19 plus 8 is"),
        ],
        "wrap-around at 24 comes from the system turn",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "In my novel the year has 10 months of 36 days "
                    "each, plus 5 feast days at the end "
                    "that belong to no month."
                ),
            ),
            (A, "Nice worldbuilding — 365 days in total. What do you want to work out?"),
            (U, "how many days from the 30th of month 8 to the 4th of month 2 of the next year"),
        ],
        "an invented calendar described earlier; the real calendar gives a different count",
    ),
    (
        "conv-fictional-calendar",
        [
            (
                U,
                (
                    "on our colony ship a 'watch-day' is 30 hours and a week is 6 watch-days. "
                    "it's for a tabletop campaign"
                ),
            ),
            (A, "Okay — 30-hour days, 6-day weeks. Ready when you are."),
            (U, "how many hours in 3 weeks then"),
        ],
        "days and weeks redefined in the campaign set-up",
    ),
    (
        "conv-fictional-unit",
        [
            (U, "in the game a glim is 7 shards and a crown is 12 glims"),
            (A, "Noted: 1 crown = 12 glims = 84 shards."),
            (U, "convert 500 shards to crowns and glims"),
        ],
        "game currency defined earlier; no converter knows shards",
    ),
    (
        "conv-fictional-unit",
        [
            (
                S,
                (
                    "You are helping a fantasy author. In her world a "
                    "league is 4 miles, not 3, and a "
                    "span is 10 inches."
                ),
            ),
            (U, "the army marched 27 leagues, how many miles is that"),
        ],
        "the league is redefined by the system turn; a unit converter would use 3 miles",
    ),
    (
        "conv-programming-semantics",
        [
            (U, "python 3 semantics please, not maths class"),
            (A, "Sure, what is it?"),
            (U, "-17 // 5 evaluates to?"),
        ],
        "floor division in Python gives -4; a calculator would say -3.4",
    ),
    (
        "conv-programming-semantics",
        [
            (U, "node REPL is giving me something weird"),
            (A, "Happy to help — paste the snippet or describe the problem."),
            (U, "'7' + 3 - 1 there — what comes out"),
        ],
        "JavaScript string coercion ('73' - 1 = 72) is language semantics, not arithmetic",
    ),
    (
        "conv-programming-semantics",
        [
            (U, "in C with unsigned 8-bit chars"),
            (A, "Okay, uint8_t arithmetic. Go on."),
            (U, "250 + 10 ="),
        ],
        "8-bit unsigned overflow wraps to 4; the context sets the semantics",
    ),
    (
        "conv-programming-semantics",
        [
            (U, "talking C now, not maths"),
            (A, "Understood."),
            (U, "what's 6 ^ 3"),
        ],
        "^ is bitwise XOR in C (5), not a power",
    ),
    (
        "conv-programming-semantics",
        [
            (S, "The user writes Excel formulas and wants to know what Excel returns."),
            (U, "=ROUND(-2.5, 0)"),
        ],
        "Excel's rounding rule for negative halves is product behaviour the model must explain",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "dinner came to £186. Priya didn't drink so she's "
                    "not paying towards the £48 of "
                    "wine, the rest of us four split the wine"
                ),
            ),
            (A, "Okay — food shared by all five, wine shared by the other four. Want shares?"),
            (U, "yeah so what do I owe"),
        ],
        "the split rules and amounts are only in the earlier turn",
    ),
    (
        "conv-split-told-earlier",
        [
            (
                U,
                (
                    "rent is £1,450, I have the big room so I pay 40% "
                    "and the other two split the rest"
                ),
            ),
            (A, "Got it."),
            (U, "how much each for them"),
        ],
        "the amounts needed are in the previous user turn",
    ),
    (
        "conv-previous-answer",
        [
            (U, "what's 12.5% of 640"),
            (A, "12.5% of 640 is 80."),
            (U, "now take that off the original and double it"),
        ],
        "'that' and 'the original' refer back to earlier turns",
    ),
    (
        "conv-previous-answer",
        [
            (U, "convert 30 km to miles"),
            (A, "30 km is about 18.64 miles."),
            (U, "and if I do that every day for a fortnight?"),
        ],
        "the quantity to multiply comes from the previous answer",
    ),
    (
        "conv-facts-only-model-knows",
        [
            (U, "we're going to Paris in spring and I want to go up the Eiffel Tower"),
            (A, "Lovely! Booking the summit ahead is a good idea."),
            (U, "how tall is it in feet"),
        ],
        "needs the tower's height, a fact; 'it' is resolved from context",
    ),
    (
        "conv-facts-only-model-knows",
        [
            (U, "my daughter is doing a project on Mount Kilimanjaro"),
            (A, "Great topic! What does she need?"),
            (U, "what's the summit height minus the base camp height at Machame gate"),
        ],
        "needs two facts about the mountain that a calculator does not have",
    ),
    (
        "conv-facts-only-model-knows",
        [
            (U, "I'm reading about the Apollo 11 mission"),
            (A, "A great read. Anything specific?"),
            (U, "how many days were they away in total"),
        ],
        "the mission's launch and splashdown dates must come from the model",
    ),
    (
        "conv-recipe-context",
        [
            (
                U,
                (
                    "recipe for 4: 300 g flour, 2 eggs, 450 ml milk, "
                    "30 g butter. I'm making it for 10"
                ),
            ),
            (A, "Scaling by 2.5 — want the full list?"),
            (U, "just the milk"),
        ],
        "the quantity and scale factor are only in the earlier turns",
    ),
    (
        "conv-fiscal-year",
        [
            (S, "Acme Ltd's financial year starts on 1 July; Q1 is July to September."),
            (U, "which quarter is 15 March 2031 in"),
        ],
        "fiscal quarters follow the company rule in the system turn, not calendar quarters",
    ),
    (
        "conv-japanese-era",
        [
            (U, "my Japanese pen pal wrote that she was born in Heisei 8"),
            (A, "Heisei 8 corresponds to 1996."),
            (U, "and her brother was born in Showa 60, how much older is he"),
        ],
        "era-name years need knowledge of the Japanese era calendar and the earlier turn",
    ),
    (
        "conv-school-terms",
        [
            (
                U,
                (
                    "our school's autumn term is 3 Sept to 19 Dec 2030, half term is the week of "
                    "28 Oct, and there's an inset day on 15 Nov"
                ),
            ),
            (A, "Noted the term dates, half term and the inset day."),
            (U, "so how many school days is that"),
        ],
        "the holidays to remove were given earlier; the last turn alone is unanswerable",
    ),
    (
        "conv-story-timetable",
        [
            (
                U,
                (
                    "In my story the mail coach leaves Ashby at 6, stops an hour at every third "
                    "village and travels at the pace of the slowest horse, Bramble."
                ),
            ),
            (A, "Charming. What do you need help with?"),
            (U, "what time does it reach Glenmor"),
        ],
        "depends on story details the model has to invent or ask about",
    ),
    (
        "conv-music-time",
        [
            (U, "the piece is in 7/8 and the bridge is 12 bars"),
            (A, "Okay, 7/8 for 12 bars."),
            (U, "how many quavers is that"),
        ],
        "the metre and bar count are in the earlier turn",
    ),
    (
        "conv-game-rules",
        [
            (
                U,
                (
                    "house rule in our Monopoly game: all fines go in the middle and you collect "
                    "double on Go"
                ),
            ),
            (A, "Classic house rules!"),
            (U, "I passed go twice and paid the £50 jail fine, am I up or down overall"),
        ],
        "the house rules from the earlier turn change the arithmetic",
    ),
    (
        "conv-float-semantics",
        [
            (U, "all in IEEE 754 double precision please"),
            (A, "Sure — I'll answer as a double would."),
            (U, "0.1 + 0.2 - 0.3"),
        ],
        "the floating-point result (about 5.55e-17) is wanted, not the exact 0",
    ),
    (
        "conv-roman-reckoning",
        [
            (
                S,
                (
                    "The user is writing a historical novel set in "
                    "Rome and wants dates given by the "
                    "Roman kalends, nones and ides."
                ),
            ),
            (U, "what's the day after the ides of March"),
        ],
        "the answer is wanted in Roman reckoning (a.d. XVII Kal. Apr.), which the model must give",
    ),
    (
        "conv-redefined-week",
        [
            (U, "at our lab weeks start on Wednesday and week 1 is the one with 1 January in it"),
            (A, "Okay, Wednesday-start weeks with that week-1 rule."),
            (U, "which week number is 20 February 2031"),
        ],
        "a private week-numbering rule set earlier",
    ),
    (
        "conv-knitting-gauge",
        [
            (U, "my gauge is 22 stitches and 30 rows to 10 cm"),
            (A, "Good, that's a standard DK-ish gauge."),
            (U, "how many stitches do I cast on for a 56 cm hat"),
        ],
        "the gauge comes from the earlier turn and rib/ease choices need judgement",
    ),
    (
        "conv-invented-tax",
        [
            (
                S,
                (
                    "In this classroom exercise, Ruritanian income tax is 0% on the first 8,000 "
                    "crowns and 22% on everything above."
                ),
            ),
            (U, "tax on 31,500"),
        ],
        "an invented tax band defined in the system turn",
    ),
    (
        "conv-dice-rules",
        [
            (U, "we play D&D 5e"),
            (A, "Nice! What's up?"),
            (U, "chance of rolling at least 15 with advantage"),
        ],
        "needs the game's rule for advantage; the probability follows from it",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)


NEAR = [
    (
        "near-identifier",
        "whose number is 0161 496 0738, it keeps ringing me",
        "a phone number, not a sum",
    ),
    ("near-identifier", "which book has ISBN 978-0-14-118776-1", "an ISBN to look up"),
    (
        "near-identifier",
        "do card numbers starting 4929 belong to visa or mastercard",
        "card issuer prefixes",
    ),
    ("near-identifier", "what's at postcode EH1 2NG", "a postcode, not arithmetic"),
    (
        "near-identifier",
        "tyre sidewall reads 205/55 R16 91V — decode it for me",
        "tyre size code to explain",
    ),
    ("near-identifier", "my boiler is showing F28, what do I do", "an error code"),
    (
        "near-identifier",
        "what's a 6204-2RS bearing and what would it fit",
        "a bearing part number",
    ),
    ("near-identifier", "error 0x80070643 when updating windows 10", "a Windows error code"),
    ("near-identifier", "what is HTTP status 429", "a status code to explain"),
    (
        "near-identifier",
        "flight LH 2417 — which airport does it usually go from",
        "a flight number needing schedule knowledge",
    ),
    (
        "near-identifier",
        "what is port 5432 normally used for",
        "a port number's conventional service",
    ),
    (
        "near-identifier",
        "what's the difference between A4 and US letter paper for printing a CV",
        "paper standards and advice",
    ),
    (
        "near-version",
        "is python 3.12 worth upgrading to from 3.10",
        "a version comparison needing judgement",
    ),
    (
        "near-version",
        "anything in Django 5.0 that'll break a 4.2 project when I upgrade",
        "release notes knowledge",
    ),
    (
        "near-version",
        "which is newer, iOS 17.6.1 or 17.7, and should I update",
        "version ordering plus advice",
    ),
    (
        "near-version",
        "node 18 vs 20 vs 22 — which should a new project pick",
        "a recommendation about versions",
    ),
    ("near-version", "does ubuntu 22.04 still get security updates", "support-lifecycle facts"),
    (
        "near-score",
        "we lost 2-3 after extra time, did we go out",
        "a match score, not a subtraction",
    ),
    ("near-score", "is 6-4 6-7 7-6 a close tennis match", "a tennis score to interpret"),
    ("near-score", "what does a 147 break in snooker involve", "a sports score to explain"),
    (
        "near-score",
        "my kid got 7/10 on her spelling test, should I be worried",
        "a mark needing an opinion",
    ),
    (
        "near-score",
        "I got 128 on an online IQ test, does that mean anything",
        "an opinion about a score",
    ),
    (
        "near-range",
        "what does 3-5 working days delivery usually mean in practice",
        "a range on a shipping notice",
    ),
    ("near-range", "the speed sign said 20-30, which is it", "a range on a sign to interpret"),
    (
        "near-range",
        "is 36.9 to 37.4 a normal temperature range for a toddler",
        "a medical range to interpret",
    ),
    (
        "near-range",
        "shoe size 42-43 EU, what does that translate to for UK kids' sizes",
        "sizing charts vary by brand",
    ),
    (
        "near-range",
        "salary band 38-44k, what should I ask for",
        "negotiation advice about a range",
    ),
    ("near-opinion", "is 7% a good return on a savings account", "an opinion on a rate"),
    ("near-opinion", "is 45 too old to start learning the piano", "advice about an age"),
    ("near-opinion", "is £2.40 for a coffee a rip-off", "an opinion on a price"),
    (
        "near-opinion",
        "would 1200 sq ft be big enough for a family of four",
        "judgement about a size",
    ),
    (
        "near-opinion",
        "is 25 minutes for 5k decent for a 50 year old",
        "an opinion on a running time",
    ),
    (
        "near-opinion",
        "is a 740 credit score good enough for a mortgage",
        "credit knowledge and advice",
    ),
    (
        "near-opinion",
        "100 Mbps fibre — overkill for two people working from home?",
        "advice about a speed",
    ),
    (
        "near-opinion",
        "is two hours of screen time a day too much for a six year old",
        "parenting advice",
    ),
    (
        "near-explain",
        "my daughter's teacher said 1 isn't prime and she's outraged — what's the reason",
        "explanation of a convention",
    ),
    (
        "near-explain",
        "console.log(0.1 + 0.2) prints 0.30000000000000004, why on earth",
        "floating-point explanation",
    ),
    (
        "near-explain",
        "my nephew asked why dividing by nothing is 'not allowed', how would you explain it",
        "a conceptual explanation",
    ),
    ("near-explain", "what's the rule of 72 and how accurate is it", "explaining a rule of thumb"),
    (
        "near-explain",
        "who decided a full turn is 360 degrees and not 100",
        "history of a convention",
    ),
    (
        "near-explain",
        "why does a leap year skip in 2100",
        "explaining a rule, not computing a date",
    ),
    (
        "near-explain",
        "how do I work out compound interest in a spreadsheet",
        "a how-to, not a calculation",
    ),
    (
        "near-explain",
        "what does 0.5 mm mean on a mechanical pencil and is it better than 0.7",
        "a product spec and opinion",
    ),
    ("near-explain", "what does f/1.8 mean on a camera lens", "a photography term"),
    ("near-explain", "what does 5W-30 on engine oil mean", "an oil grade to explain"),
    (
        "near-explain",
        "my BMI is 27.3, what does that actually mean for me",
        "health interpretation",
    ),
    (
        "near-explain",
        "blood pressure 138/88, is that high",
        "a reading to interpret, not a fraction",
    ),
    (
        "near-explain",
        "what's the difference between 18 carat and 9 carat gold",
        "jewellery knowledge",
    ),
    ("near-explain", "what does 1:76 scale mean for model trains", "scale convention to explain"),
    ("near-explain", "where does the odd .2 on a marathon come from", "history, not a conversion"),
    (
        "near-facts",
        "roughly how big is Lagos now, population-wise, compared to London",
        "a population fact",
    ),
    ("near-facts", "what's the height of Ben Nevis in feet", "needs the mountain's height"),
    ("near-facts", "how far is it from Lisbon to Porto by train", "a route fact"),
    ("near-facts", "what year did the Channel Tunnel open", "a history fact"),
    ("near-facts", "how many separate bones make up one human hand and wrist", "an anatomy fact"),
    ("near-facts", "what's 50 dollars in euros at the moment", "needs a live exchange rate"),
    (
        "near-facts",
        "what is the boiling point of water at the top of Everest",
        "needs physics and altitude facts",
    ),
    ("near-facts", "how many seats does the Scottish Parliament have", "a civic fact"),
    ("near-facts", "what's the average annual rainfall in Manchester in mm", "a climate fact"),
    (
        "near-facts",
        "how long does it take light from the sun to reach Mars",
        "needs astronomical distances",
    ),
    (
        "near-facts",
        "what's the UK personal allowance for income tax at the moment",
        "a current tax fact",
    ),
    (
        "near-language",
        "how do you say 97 in French and why is it so odd",
        "language, not a number",
    ),
    ("near-language", "write 1,250,000 in words in Spanish", "a translation task"),
    (
        "near-language",
        "is it 'ten items or less' or 'ten items or fewer'",
        "grammar, despite the number",
    ),
    ("near-language", "what does 'the whole nine yards' mean", "an idiom"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)


ORDINARY = {
    "cooking": [
        "my risotto always ends up gluey, what am I doing wrong",
        "what can I make with leftover roast lamb that isn't shepherd's pie",
        "is it safe to refreeze chicken that's thawed in the fridge",
        "my gran's shortbread recipe melts flat into one big slab in my fan oven, why",
        "my sister's veggie now — what do I use instead of fish sauce in the green curry paste",
        "give me a simple weeknight dal recipe",
        "why does my homemade bread go stale so fast",
        "doing a mushroom and smoked paprika stroganoff for friends, red or white with it",
        "how do you get crackling properly crispy on pork belly",
        "ideas for a picnic that travels well on a hot day",
    ],
    "writing": [
        "help me write a short thank-you note to my son's nursery staff",
        "soften this for me: 'Just circling back again since I still haven't heard anything.'",
        "limerick please about a ginger cat who sits on my keyboard during zoom calls",
        "suggest a title for a short story about a lighthouse that goes dark",
        "how do I start a wedding speech when I'm really nervous",
        "proofread: Their going to announce the winner's tommorow",
        "write a polite complaint to my landlord about the mould in the bathroom",
        "give me three opening lines for a cosy mystery novel",
        "how should I word a resignation letter if I liked the job",
        "rewrite this to sound more confident: I think I might be a good fit maybe",
    ],
    "coding": [
        (
            "reversing a singly linked list in rust keeps fighting "
            "the borrow checker, how do people do it"
        ),
        "in plain words, when would I reach for a separate process rather than a thread",
        "my git rebase went wrong, how do I get back to where I was",
        (
            "closures in javascript finally clicked for my colleague but "
            "not me — walk me through one with a counter"
        ),
        "why would I use a dataclass instead of a dict in python",
        "bash one-liner to list the twenty fattest files under ~/Downloads, biggest first",
        "how do I centre a div both ways with css grid",
        "what is dependency injection and do I need it for a small app",
        (
            "postgres: users table has repeated email addresses with "
            "different capitalisation, how do I find them"
        ),
        "should I learn go or kotlin for backend work",
    ],
    "travel": [
        "is the Lake District worth visiting in November",
        "what should I pack for a week of hiking in the Dolomites",
        "no car, staying in Naples — bus, ferry or SITA to Positano, which is least hassle",
        "is it rude to not tip in Japan",
        "things to do in Porto with a toddler",
        "UK passport holder going to Hanoi for a fortnight, do I need an e-visa",
        "quiet beaches in Crete away from the crowds?",
        "how do I avoid jet lag flying east",
        "what's the etiquette in a Finnish sauna",
        "recommend a scenic train journey in Switzerland",
    ],
    "health": [
        "just started four-on four-off nights at the depot and can't sleep in the day, any tricks",
        "what are good stretches for a stiff lower back",
        "felt really woozy on the bus home after my first blood donation, is that a thing",
        "sliced my thumb on a mandoline, it's gaping a bit — glue strips or A&E?",
        "I forget to drink anything at work until 4pm, how do I build a habit",
        "how would I actually tell whether I've got flu or just a stinking cold",
        "how do I build up to running without hurting my knees",
        "is intermittent fasting actually good for you",
        "antihistamines make me sleepy, what else takes the edge off grass pollen season",
        "my two year old spits out anything green, how did you get yours to try veg",
    ],
    "home-and-garden": [
        "greenhouse tomato leaves curling up at the edges like tacos — disease or just heat",
        "how do I get limescale off a glass shower screen",
        "what's the best way to paint over a dark wall",
        "mophead hydrangea by the front door got leggy, when's safe to cut it back",
        "upstairs radiator is cold at the top, talk me through bleeding it",
        "left my starter in the fridge for ages and it smells of acetone, can it be saved",
        "slugs shredding the hostas again, what works that won't hurt the hedgehogs",
        "ideas for a small north-facing balcony garden",
        "kitchen sink draining super slowly, plunger didn't do it, what next that isn't bleach",
        "should I put a rug in a small hallway",
    ],
    "learning": [
        "my ten year old asked how plants eat sunlight, help me explain it at the kitchen table",
        "why did the Roman Republic slide into empire — the short version for a pub argument",
        "how does a jab teach your body to recognise a virus it hasn't met",
        (
            "book club is on Middlemarch and I'm 200 pages behind, "
            "give me the gist without the ending"
        ),
        (
            "my uncle says a cold snap disproves warming — how do I "
            "explain weather versus climate kindly"
        ),
        "why does the sky go orange at sunset when it's blue at lunchtime",
        "why are there two high tides a day if the moon only goes round once",
        "who were the Tudors in a nutshell",
        "explain to a sixteen year old why prices creep up every year",
        "how do my headphones cancel out the plane engine noise, is it magic",
    ],
    "work-and-money": [
        "how do I ask my manager for a pay rise",
        "what should I say in a performance review about my weaknesses",
        "is it better to pay off my overdraft or save",
        "how do I write a good cover letter for a career change",
        (
            "they always say 'any questions for us?' at the end — "
            "what's a good one for a lab manager role"
        ),
        "how do I deal with a colleague who takes credit for my work",
        (
            "24, first proper job — should spare money go in a "
            "stocks ISA or into my workplace pension"
        ),
        "my weekly team stand-up always drags to an hour, how do I keep it short",
        "how do I tell a client their deadline is unrealistic",
        "should I go freelance or stay employed",
    ],
    "creative-and-fun": [
        "give me a fun name for a pub quiz team",
        "ideas for a 40th birthday party theme",
        "write a short poem about autumn leaves",
        "what's a good board game for four adults who don't like long rules",
        "suggest a costume for a book-themed fancy dress party",
        "make up a bedtime story about a sleepy hedgehog",
        "what are some good icebreaker questions for a team away day",
        "recommend a film like Paddington 2",
        "invent a cocktail name for a summer wedding",
        "ideas for a rainy Sunday with teenagers",
    ],
    "tech-help": [
        (
            "laptop fan sounds like a hairdryer even just "
            "browsing, what can I try before taking it in"
        ),
        "switching from android to iphone, will my whatsapp history come with me",
        "why is my wifi slow upstairs",
        "how do I make my passwords safer without forgetting them",
        "my printer says offline but it's on",
        "how do I stop spam calls on an android phone",
        "what's the easiest way to back up family photos",
        "should I get a tablet or a laptop for university",
        "how do I turn off autocorrect on an iphone",
        "my bluetooth headphones keep disconnecting",
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
    # no register (family name) of this set is a family name of sets 19 to 179
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 179: {reused}"
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
