"""Generate heldout-2027-06-03.jsonl: a hundred-and-eighty-second held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_182.py (from this directory). It writes the JSONL
next to itself and checks counts, duplicates against sets 1-181, registers, weekdays and that
the output regenerates byte for byte.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools) and 200 negatives
(35 conversations, 65 near-negatives, 100 ordinary). Expected answers are computed in code:
calculator values as exact Fractions/Decimals (percentages via pct, whole items rounded up via
whole_up), unit conversions from the exact definitions above (EXACT for terminating results,
unit_r within 0.1% otherwise), and dates with datetime (day spans, ages, nth weekdays, working
days, clock spans across midnight) and zoneinfo (flights between zones via utc_minutes). Weekdays
written next to dates are generated with sayw, never typed.

Provenance
----------
Read: this file, grading.py and earlier_registers.txt, with cat/head/sed; the register list was
also searched with grep (keyword counts, the matching register names, and exact-name checks for
the 25 new names). Nothing under /work/main, /work/shared or /work/.library was opened.
Wrote: the four sections by hand, drafted as scratch files in this directory and spliced in with
a short python script; items the duplicate check flagged (ids only) were reworded from my own
text, and one unit value was changed to pass the two-decimal check.
Checked: /work/main/.venv/bin/python make_heldout_182.py (also with --show to review my own
expected values, and an in-memory import of this file to print my own flagged items), ruff check
(with its unsafe fix to parenthesise implicit string concatenations) and ruff format, both with
--config /work/main/pyproject.toml, then the generator again.
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
OUT = HERE / "heldout-2027-06-03.jsonl"
PREFIX = "ho182-"
# earlier generators: sets 1-181 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 182))
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
    "make_heldout_180.py",
    "make_heldout_181.py",
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


KAZOO = "kazoo_ensemble_conductor_at_a_comedy_gala"
VOLE = "vole_ecologist_on_a_tundra_transect"
FEZZAN = "well_digger_at_an_oasis_in_the_fezzan"
TENERE = "tuareg_guide_crossing_the_tenere"
ELKO = "cowboy_poet_booked_for_the_elko_gathering"
GLOCK = "glockenspiel_player_in_a_regimental_band"
ODONT = "forensic_odontologist_matching_dental_records"
PATER = "paternoster_lift_restorer_in_prague"
CHAO = "river_taxi_pilot_on_the_chao_phraya"
CHERRY = "cherry_picker_on_a_working_holiday_in_the_okanagan"
HYDRO = "hydrofoil_ticket_clerk_on_lake_maggiore"
MOMO = "momo_cart_owner_in_kathmandu"
CABLE = "cable_ship_jointer_splicing_a_subsea_link"
WALL = "wall_of_death_rider_at_a_motorcycle_rally"
BRIDGE = "duplicate_bridge_director_scoring_a_pairs_event"
JINGLE = "jingle_dress_dancer_on_the_pow_wow_circuit"
NEVIS = "ben_nevis_hill_race_runner"
SAPPER = "sapper_launching_a_bailey_bridge"
JESTER = "court_jester_at_a_renaissance_faire"
WHALE = "whale_shark_snorkel_guide_at_ningaloo"
KAPA = "kapa_haka_leader_preparing_for_te_matatini"
RAIL = "trainspotter_on_a_charter_railtour"
DHOL = "bhangra_dhol_drummer_booked_for_weddings"
BEARD = "beard_and_moustache_championship_entrant"
TYPHOON = "sales_rep_stranded_in_taipei_by_a_typhoon"

# plain one-liners
calc(P, "17.5 per cent of £2,364?", pct("17.5") * 2364)
calc(P, "3,847 times 29 equals", 3847 * 29)
calc(P, "(14.6 + 9.85) / 0.25", (dec("14.6") + dec("9.85")) / dec("0.25"))
assert math.isqrt(7056) ** 2 == 7056
calc(P, "what number squared gives 7,056", math.isqrt(7056))
calc(P, "seven thousand two hundred and one divided by nineteen", F(7201, 19))
calc(P, "2^17 − 3^9 =", 2**17 - 3**9)
calc(P, "1,250,000 minus 387,445", 1250000 - 387445)
calc(P, "what is 0.375 as a percentage", dec("0.375") * 100)
calc(P, "12.5% off $86.40 — what do i actually pay", dec("86.40") * (1 - pct("12.5")))
calc(P, "mean of 42, 57, 61, 38 and 77", F(42 + 57 + 61 + 38 + 77, 5))
calc(P, "-48 ÷ 6 × -3.5", F(-48, 6) * dec("-3.5"))
calc(P, "if 8 is 32% of something, what's the something", 8 / pct(32))
calc(P, "3/8 plus 1/4 as a decimal please", F(3, 8) + F(1, 4))
calc(P, "take 640, add 15%, then knock 15% off the result", 640 * (1 + pct(15)) * (1 - pct(15)))

# registers
calc(
    KAZOO,
    "Ordering kazoos for the gala finale: 48 players plus 6 spares. They're £1.35 each and the "
    "supplier knocks 20% off any order over 40 kazoos. What's the bill?",
    (48 + 6) * dec("1.35") * (1 - pct(20)),
)
calc(
    KAZOO,
    "the gala took £7,412.50 altogether. £1,087.50 of that was the raffle, the rest was 1,150 "
    "tickets all sold at the same price. what was a ticket",
    (dec("7412.50") - dec("1087.50")) / 1150,
)
calc(
    VOLE,
    "Mark-recapture on the tundra grid: first session I caught and marked 37 voles, second "
    "session I caught 45 and 9 of them carried marks. What's the Lincoln-Petersen estimate of "
    "the population?",
    F(37 * 45, 9),
)
calc(
    VOLE,
    "transect is 2.4 km long with a quadrat every 40 m, starting with one at the 0 m mark and "
    "ending with one right at the far end. how many quadrats altogether",
    F(2400, 40) + 1,
)
calc(
    FEZZAN,
    "The well has to reach 38.5 m. There was already an old shaft 1.2 m deep when we started, "
    "and since then we've had three days digging at 2.75 m a day. How many metres still to dig?",
    dec("38.5") - dec("1.2") - 3 * dec("2.75"),
)
calc(
    FEZZAN,
    "concrete lining rings are 0.6 m tall and the finished well will be 38.5 m deep. how many "
    "rings to line the whole depth? whole rings only, so round up",
    whole_up(dec("38.5") / dec("0.6")),
)
calc(
    TENERE,
    "Water planning for the Ténéré crossing. 14 camels, each drinks about 95 litres at every "
    "well, and we reach 3 wells. Then 6 people at 5 litres a day each for 11 days. Total litres?",
    14 * 95 * 3 + 6 * 5 * 11,
)
calc(
    TENERE,
    "guide fee 45,000 CFA a day, each camel 12,500 CFA a day. 9 days with 5 camels and the "
    "4 tourists split everything equally. how much does each tourist pay",
    F((45000 + 5 * 12500) * 9, 4),
)
calc(
    ELKO,
    "Elko booked me for 3 sets at $275 a set and they pay mileage at $0.58 a mile on my "
    "412-mile round trip. What's the whole check?",
    3 * 275 + dec("0.58") * 412,
)
calc(
    ELKO,
    "sold 37 chapbooks at $12 apiece at the gathering. printer charged $3.15 a copy for a run "
    "of 60 and the merch table cost me $40. what's my profit so far",
    37 * 12 - dec("3.15") * 60 - 40,
)
calc(
    GLOCK,
    "we march at 116 paces a minute and a pace is 75 cm. how many metres does the band cover "
    "on a 12 minute leg of the parade",
    116 * dec("0.75") * 12,
)
calc(
    GLOCK,
    "Band fund stood at £3,600. We spent 35% of it on a new glockenspiel, then a sixth of "
    "what was left on mallets and a lyre harness. How much is left in the fund?",
    3600 * (1 - pct(35)) * F(5, 6),
)
calc(
    ODONT,
    "Of the 32 positions on the chart, 25 teeth were present post mortem and 19 of those "
    "matched the antemortem record. What percentage of the teeth present matched?",
    F(19, 25) * 100,
)
calc(
    PATER,
    "Restoring the paternoster: 15 cabins, each needs 4 new oak panels at 1,850 Kč a panel, "
    "plus 2,400 Kč labour per cabin. Total in koruna?",
    15 * (4 * 1850 + 2400),
)
calc(
    CHAO,
    "orange flag boat is 16 baht a ride and the blue tourist boat is 30. three of us take the "
    "orange one up to the pier and the tourist boat back down. total fare for all of us",
    3 * (16 + 30),
)
calc(
    CHERRY,
    "Paid $7.50 per 20-lb lug. I picked 38 lugs Monday, 41 Tuesday and 17 on Wednesday "
    "morning, and the orchard charges $12 a night for the campsite, 3 nights. What do I clear?",
    (38 + 41 + 17) * dec("7.50") - 12 * 3,
)
calc(
    HYDRO,
    "hydrofoil to Locarno is €16.80 for adults and children go half price. family of 2 adults "
    "and 3 kids, and they get 10% group discount off the total. how much do i charge them",
    (2 * dec("16.80") + 3 * dec("16.80") / 2) * (1 - pct(10)),
)
calc(
    MOMO,
    "A plate of 10 momos sells for Rs 180. Flour and filling cost Rs 62 a plate and gas about "
    "Rs 9 a plate. I sold 143 plates during Tihar week. What was my profit?",
    143 * (180 - 62 - 9),
)
calc(
    CABLE,
    "the final joint took 18 hours with 7 jointers on it at $64.50 an hour each. labour cost "
    "for the joint?",
    18 * 7 * dec("64.50"),
)
calc(
    WALL,
    "Six-day rally, 4 shows a day, and every show I ride 11 circuits of the wall. Rain "
    "cancelled 3 of the shows. How many circuits did I ride in the end?",
    (6 * 4 - 3) * 11,
)
calc(
    BRIDGE,
    "pair 7 north-south scored 187.5 matchpoints out of a possible 300. what percentage is that",
    dec("187.5") / 300 * 100,
)
calc(
    JINGLE,
    "My jingle dress needs 365 cones. I've rolled 128 so far and I can roll 12 in an evening. "
    "How many more evenings, rounded up to whole evenings?",
    whole_up(F(365 - 128, 12)),
)
calc(
    NEVIS,
    "summit split was 1 hr 42 min 30 s and the descent took 38 min 45 s. total race time in "
    "minutes?",
    F(102 * 60 + 30 + 38 * 60 + 45, 60),
)
calc(
    SAPPER,
    "The Bailey is 14 bays, built double-single, so 4 panels per bay. Each panel weighs "
    "263 kg. What's the total weight of panels?",
    14 * 4 * 263,
)
calc(
    JESTER,
    "The faire pays me £9.50 an hour for a 7.5 hour day and my tips averaged £63.40 a day. "
    "What did I make over the 3 days?",
    3 * (dec("9.50") * dec("7.5") + dec("63.40")),
)
calc(
    WHALE,
    "tour's $475 a head. 17 booked and one of them is a kid who pays half. takings for the boat",
    16 * 475 + F(475, 2),
)
calc(
    KAPA,
    "40 performers each need a piupiu at NZ$385 and the group has raised NZ$9,860. If we split "
    "the shortfall equally, how much does each performer need to find?",
    F(40 * 385 - 9860, 40),
)
calc(
    RAIL,
    "railtour is £189 standard plus a £65 supplement for first. two of us are going first and "
    "three standard, and we get 10% off the lot as society members. total",
    (2 * (189 + 65) + 3 * 189) * (1 - pct(10)),
)
calc(
    DHOL,
    "Six weddings at £220 and two big ones at £350. My agent takes 15%. What do I keep?",
    (6 * 220 + 2 * 350) * (1 - pct(15)),
)
calc(
    BEARD,
    "five judges gave me 8.5, 9, 7.5, 9.5 and 8. they drop the highest and lowest and average "
    "the rest. my score?",
    (dec("8.5") + 9 + 8) / 3,
)
calc(
    TYPHOON,
    "The typhoon kept me in Taipei 3 extra nights at NT$3,200 a night, plus meals at NT$850 a "
    "day for 4 days. Company reimburses 80%. How much do I get back?",
    (3 * 3200 + 4 * 850) * pct(80),
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
unit_r(P, "I weigh 72.4 kg, what's that in stone as a decimal", dec("72.4") / STONE)
unit(P, "five foot nine, how many cm is that", (5 * FT + 9 * IN) * 100, EXACT)
unit_r(P, "oven dial says 350 F, what is it in C", f_to_c(350))
unit_r(P, "26.2 miles → km", dec("26.2") * MI / 1000)
unit_r(P, "3.5 acres to square metres", dec("3.5") * ACRE)
unit(P, "how many MiB are in 1.5 GiB", dec("1.5") * GIB / MIB, EXACT)
unit_r(P, "tyre pressure 36 psi, in bar?", 36 * PSI / BAR)
unit_r(P, "speed limit sign says 110 km/h, what's that in mph", 110 * KMH / MPH)
unit_r(P, "2.5 kg bag of flour = how many ounces", dec("2.5") / OZ)
unit(P, "-12°C in fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "4,500 sq ft in square metres", 4500 * SQFT)
unit(P, "boat doing 23 knots, how fast is that in km/h", 23 * KNOT / KMH, EXACT)
unit(P, "0.75 cubic metres = how many litres", dec("0.75") * 1000, EXACT)
unit_r(P, "someone who's 6 foot 2, what's that in metres", 6 * FT + 2 * IN)

# registers
unit_r(
    ODONT,
    "Mortuary weight is 61.4 kg; the missing person report gives 9 st 10 lb. What's 9 st 10 lb "
    "in kg?",
    9 * STONE + 10 * LB,
)
unit(
    ODONT,
    "the tooth samples go in the -80 °C freezer, what's that in Fahrenheit",
    c_to_f(-80),
    EXACT,
)
unit_r(
    PATER,
    "the paternoster runs at 0.25 m/s. what's that in feet per minute",
    dec("0.25") * 60 / FT,
)
unit_r(
    PATER,
    "Seven floors at 3.6 m each. How tall is the lift shaft in feet?",
    7 * dec("3.6") / FT,
)
unit(CHAO, "we cruise at 14 knots on the river, km/h?", 14 * KNOT / KMH, EXACT)
unit_r(
    CHAO,
    "The Chao Phraya is about 372 km long. How many miles is that?",
    372 * 1000 / MI,
)
unit_r(CHERRY, "a lug of cherries is 20 lb, how many kilos", 20 * LB)
unit(
    CHERRY,
    "it hit 38 degrees Celsius in the orchard, what's that in Fahrenheit",
    c_to_f(38),
    EXACT,
)
unit_r(HYDRO, "The hydrofoil does 60 km/h. In knots?", 60 * KMH / KNOT)
unit_r(
    HYDRO,
    "lake maggiore is 212 km², how many square miles",
    212 * 10**6 / (MI * MI),
)
unit_r(MOMO, "Kathmandu sits at about 1,400 m. What's that in feet?", 1400 / FT)
unit_r(
    MOMO,
    "gas cylinder for the cart holds 14.2 kg of LPG, how many pounds is that",
    dec("14.2") / LB,
)
unit(KAZOO, "the kazoo body is 5 inches long, cm?", 5 * IN * 100, EXACT)
unit_r(VOLE, "Our transect is 2.4 km. How many yards?", 2400 / YD)
unit_r(FEZZAN, "38.5 m deep well, how many feet is that", dec("38.5") / FT)
unit(TENERE, "It was 47°C at noon out in the Ténéré. What's that in °F?", c_to_f(47), EXACT)
unit_r(ELKO, "412 miles round trip to Elko, how many km", 412 * MI / 1000)
unit_r(
    GLOCK,
    "The glockenspiel is 9.5 kg and the harness another 1.3 kg. What's the total in pounds?",
    (dec("9.5") + dec("1.3")) / LB,
)
unit(
    CABLE,
    "Cable weighs 1.4 kg per metre and we're laying 85 nautical miles of it. How many tonnes "
    "of cable is that?",
    dec("1.4") * 85 * 1852 / 1000,
    EXACT,
)
unit_r(WALL, "I hit 45 mph on the wall. km/h?", 45 * MPH / KMH)
unit_r(
    BRIDGE,
    "playing room is 18 m by 24 m, how many square feet is that",
    18 * 24 / SQFT,
)
unit(
    JINGLE,
    "each of my 365 cones gets 3 inches of ribbon, how many metres of ribbon do I need",
    365 * 3 * IN,
    EXACT,
)
unit_r(NEVIS, "Ben Nevis is 1,345 m high. How many feet?", 1345 / FT)
unit(SAPPER, "gap to bridge is 30 yards, how many metres", 30 * YD, EXACT)
unit_r(
    JESTER,
    "my juggling clubs are 8 oz each and I carry 7. total weight in grams?",
    7 * 8 * OZ * 1000,
)
unit_r(
    WHALE,
    "the whale shark we swam with was about 7.2 m long, in feet?",
    dec("7.2") / FT,
)
unit_r(
    KAPA,
    "it's 1,690 km from our marae to the festival grounds, how many miles",
    1690 * 1000 / MI,
)
unit_r(
    RAIL,
    "We covered 14.3 miles between the two stations in 11 minutes. Average speed in km/h?",
    dec("14.3") * MI / 1000 / F(11, 60),
)
unit(DHOL, "my dhol shell is 16 inches across, what's that in cm", 16 * IN * 100, EXACT)
unit_r(BEARD, "beard measures 38 cm, in inches?", F(38, 100) / IN)
unit_r(
    TYPHOON,
    "they're forecasting gusts of 185 km/h for Taipei, what's that in mph",
    185 * KMH / MPH,
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
    P, "storming of the Bastille, 14 July 1789: which weekday was it", weekday(D(1789, 7, 14))
)
date_item(
    P,
    "how many days between 3 March 2029 and 19 November 2029",
    days(D(2029, 3, 3), D(2029, 11, 19)),
)
date_item(P, "what's the date 100 days after 25 December 2030", D(2030, 12, 25) + TD(days=100))
date_item(P, "1 January 2032 + 60 days = ?", D(2032, 1, 1) + TD(days=60))
date_item(
    P,
    f"how many weeks from {sayw(D(2031, 5, 5))} to {sayw(D(2031, 9, 22))}",
    weeks(D(2031, 5, 5), D(2031, 9, 22)),
)
date_item(
    P,
    "someone born on 29 February 2004, how old are they on 28 February 2033",
    age(D(2004, 2, 29), D(2033, 2, 28)),
)
date_item(P, "25/12/2034 falls on which day of the week", weekday(D(2034, 12, 25)))
date_item(
    P, "how many days does Feb 2100 have, given the century rule", calendar.monthrange(2100, 2)[1]
)
date_item(
    P,
    f"45 working days after {sayw(D(2031, 6, 6))}, not counting the 6th itself, weekends off "
    "and ignoring bank holidays. what date is that",
    working_day_after(D(2031, 6, 6), 45),
)
date_item(
    P, "bed at 22:40, alarm at 06:15, how many minutes is that", clock_span("22:40", "06:15", 60)
)
date_item(P, "2033-11-30 minus 90 days", D(2033, 11, 30) - TD(days=90))
date_item(P, "what's the third Thursday in October 2030", nth_weekday(2030, 10, THU, 3))
date_item(
    P,
    "how many sundays are there in august 2032",
    sum(1 for d in range(1, 32) if D(2032, 8, d).weekday() == SUN),
)
date_item(P, "date of the last Friday of May 2029?", nth_weekday(2029, 5, FRI, -1))

# registers
date_item(
    CABLE,
    "We sail from Brest on 12 March 2030 and the repair is planned as 23 days at sea, counting "
    "the sailing day as day 1. What date is the last day?",
    D(2030, 3, 12) + TD(days=22),
)
date_item(
    CABLE,
    "Fault logged at 21:50 ship's time on 3 November 2030 and the finished joint passed its "
    "test at 04:20 on 5 November, same ship's time. How many hours did the job take?",
    F(int((DT(2030, 11, 5, 4, 20) - DT(2030, 11, 3, 21, 50)).total_seconds()), 3600),
)
date_item(
    WALL,
    f"the rally runs from {sayw(D(2028, 7, 28))} to {sayw(D(2028, 8, 7))}, how many days is "
    "that counting both ends",
    days(D(2028, 7, 28), D(2028, 8, 7)) + 1,
)
date_item(
    WALL,
    "last show finishes at 23:35 and the crew bus goes at 01:10, how many minutes do we get "
    "to pack up",
    clock_span("23:35", "01:10", 60),
)
date_item(
    BRIDGE,
    f"The winter league plays on 6 consecutive Saturdays starting {sayw(D(2031, 10, 4))}. "
    "What's the date of the final session?",
    D(2031, 10, 4) + TD(weeks=5),
)
date_item(
    BRIDGE,
    "club was founded on 17 September 1952 and the anniversary dinner is 17 September 2032. "
    "how many days apart is that",
    days(D(1952, 9, 17), D(2032, 9, 17)),
)
date_item(
    JINGLE,
    "Our first powwow is on 24 April 2031 and the next one I'm dancing at is 63 days after "
    "that. What date is it?",
    D(2031, 4, 24) + TD(days=63),
)
date_item(
    JINGLE,
    "the solstice powwow is on 21 June 2031, what weekday is that",
    weekday(D(2031, 6, 21)),
)
date_item(
    NEVIS,
    "The race is always held on the first Saturday of September. What's the date of it in 2031?",
    nth_weekday(2031, 9, SAT, 1),
)
date_item(
    NEVIS,
    "night ascent: left the hostel at 23:20 and topped out at 02:05. how many minutes was that",
    clock_span("23:20", "02:05", 60),
)
date_item(
    SAPPER,
    f"exercise starts {sayw(D(2032, 2, 2))} and runs 26 working days, Monday to Friday only, "
    "counting the first day. what date is the last day",
    working_day_counting(D(2032, 2, 2), 26),
)
date_item(
    SAPPER,
    "I was born 11 August 2009. How old will I be on 1 March 2031?",
    age(D(2009, 8, 11), D(2031, 3, 1)),
)
date_item(
    KAZOO,
    "the gala is on the second Friday of November 2030, what's the date",
    nth_weekday(2030, 11, FRI, 2),
)
date_item(
    VOLE,
    "field season runs 14 June to 23 August 2031 inclusive. how many days on the tundra",
    days(D(2031, 6, 14), D(2031, 8, 23)) + 1,
)
date_item(
    FEZZAN,
    "We started digging on 20 January 2030 and it took 41 days, counting the first and the "
    "last day. On what date did we finish?",
    D(2030, 1, 20) + TD(days=40),
)
date_item(
    TENERE,
    "We leave Agadez on 27 February 2032 and spend 9 nights in the desert, reaching Bilma the "
    "morning after the ninth night. What date do we arrive?",
    D(2032, 2, 27) + TD(days=9),
)
date_item(
    ELKO,
    "my slot at the gathering is 30 January 2030, what day of the week is that",
    weekday(D(2030, 1, 30)),
)
date_item(
    GLOCK,
    "Enlisted 3 September 2024, discharged 2 September 2031. How many days of service is that, "
    "not counting the discharge day?",
    days(D(2024, 9, 3), D(2031, 9, 2)),
)
date_item(
    ODONT,
    "The last dental record is dated 14 October 2019 and the remains were found on 2 May 2031. "
    "How many days between the two?",
    days(D(2019, 10, 14), D(2031, 5, 2)),
)
date_item(
    PATER,
    "lift was shut on 31 August 2029 for restoration and reopens 140 days later. which date",
    D(2029, 8, 31) + TD(days=140),
)
date_item(
    CHAO,
    "Flight leaves Bangkok at 23:45 on 6 April 2031 and lands at Heathrow at 06:10 on 7 April, "
    "both local times. How long is the flight in minutes?",
    utc_minutes("2031-04-06T23:45", "Asia/Bangkok", "2031-04-07T06:10", "Europe/London"),
)
date_item(
    CHERRY,
    f"I picked every weekday, holidays included, from {sayw(D(2031, 7, 7))} through "
    f"{sayw(D(2031, 8, 15))}, and never at weekends. How many days did I pick?",
    sum(
        1
        for k in range(days(D(2031, 7, 7), D(2031, 8, 15)) + 1)
        if (D(2031, 7, 7) + TD(days=k)).weekday() < SAT
    ),
)
date_item(
    HYDRO,
    "The hydrofoil season runs from 24 March to 26 October 2030 inclusive. How many days of "
    "sailings is that?",
    days(D(2030, 3, 24), D(2030, 10, 26)) + 1,
)
date_item(
    MOMO,
    "cart licence was issued on 16 December 2030 and is valid for 180 days counting the day of "
    "issue as day 1. last valid date?",
    D(2030, 12, 16) + TD(days=179),
)
date_item(
    JESTER,
    f"the faire is open Saturdays and Sundays only, from {sayw(D(2031, 7, 5))} to "
    f"{sayw(D(2031, 8, 24))}. how many days am I performing",
    sum(
        1
        for k in range(days(D(2031, 7, 5), D(2031, 8, 24)) + 1)
        if (D(2031, 7, 5) + TD(days=k)).weekday() >= SAT
    ),
)
date_item(
    WHALE,
    "Flying Sydney to Perth on 15 May 2031, leaving 09:05 Sydney time and landing 12:20 Perth "
    "time. How many minutes in the air?",
    utc_minutes("2031-05-15T09:05", "Australia/Sydney", "2031-05-15T12:20", "Australia/Perth"),
)
date_item(
    KAPA,
    f"The festival opens {sayw(D(2031, 2, 20))} and we fly out of Auckland 9 days before that. "
    "What's our departure date?",
    D(2031, 2, 20) - TD(days=9),
)
date_item(
    RAIL,
    "railtour leaves Crewe at 07:12 and gets back at 00:36. how long is the day out in minutes",
    clock_span("07:12", "00:36", 60),
)
date_item(
    DHOL,
    "got a wedding booked for 14 February 2032, what day of the week does that fall on",
    weekday(D(2032, 2, 14)),
)
date_item(
    BEARD,
    f"Started growing the beard on {sayw(D(2029, 11, 1))} and the championship is on "
    f"{sayw(D(2031, 9, 11))}. How many weeks of growth is that?",
    weeks(D(2029, 11, 1), D(2031, 9, 11)),
)
date_item(
    TYPHOON,
    "rebooked flight leaves Taipei at 08:30 on 23 September 2030 and lands in Frankfurt at "
    "15:55 local time the same day. how long is that in minutes",
    utc_minutes("2030-09-23T08:30", "Asia/Taipei", "2030-09-23T15:55", "Europe/Berlin"),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


CONVS = [
    (
        "conv-operator",
        [
            (U, "For this puzzle, a ★ b means a times b minus the sum of a and b."),
            (A, "Understood: a ★ b = ab − (a + b)."),
            (U, "so what's 9 ★ 4"),
        ],
        "★ is defined earlier in the chat; no calculator knows it",
    ),
    (
        "conv-operator",
        [
            (
                U,
                (
                    "Let's play a game: whenever I say 'plus' I actually mean multiply the two "
                    "numbers and then add one."
                ),
            ),
            (A, "Okay, in this game 'plus' means a × b + 1."),
            (U, "what is 6 plus 8"),
        ],
        "'plus' was redefined earlier; the literal sum is the wrong answer",
    ),
    (
        "conv-base",
        [
            (U, "I'm doing octal homework, so every number I give you is base 8."),
            (A, "Got it, I'll read your numbers as base 8."),
            (U, "what's 17 + 26"),
        ],
        "the numbers are octal per the earlier turn; decimal addition is wrong",
    ),
    (
        "conv-base",
        [
            (S, "The user works in hexadecimal. Treat all numbers as hex unless marked."),
            (U, "3A times 4?"),
        ],
        "hex operands set by the system turn",
    ),
    (
        "conv-base",
        [
            (U, "switching to base 2 for the next sum, ok?"),
            (A, "Sure, go ahead."),
            (U, "so 1011 plus 110 makes what"),
        ],
        "binary operands; read as decimal the sum is wrong",
    ),
    (
        "conv-modulus",
        [
            (U, "For my discrete maths worksheet everything is in Z mod 12."),
            (A, "Okay, I'll reduce everything mod 12."),
            (U, "then 9 + 8 is?"),
        ],
        "the answer must be reduced mod 12 as agreed earlier",
    ),
    (
        "conv-modulus",
        [
            (S, "You are a modular arithmetic tutor. Every answer is reduced modulo 7."),
            (U, "what is 5 × 6"),
        ],
        "system turn sets arithmetic mod 7",
    ),
    (
        "conv-calendar",
        [
            (
                U,
                (
                    "In my novel the year has ten months of 36 days each, named after trees: Ash, "
                    "Birch, Cedar, Damson, Elm, and so on."
                ),
            ),
            (A, "Lovely worldbuilding. So Birch is the second month and Elm the fifth."),
            (U, "how many days from 3 Birch to 20 Elm"),
        ],
        "a fictional calendar defined in the conversation",
    ),
    (
        "conv-unit",
        [
            (U, "In the game, 1 glim is 12 shards and a shard is 8 motes."),
            (A, "Got it: 1 glim = 96 motes."),
            (U, "how many motes in 3.5 glims"),
        ],
        "invented units defined earlier in the chat",
    ),
    (
        "conv-unit",
        [
            (U, "Our homebrew setting: 1 crown = 8 marks, and 1 mark = 20 pence."),
            (A, "Noted, so a crown is 160 pence."),
            (U, "how many pence for 2 crowns and 5 marks"),
        ],
        "fictional currency from the campaign described earlier",
    ),
    (
        "conv-code",
        [
            (U, "Working in Python 3.11 here."),
            (A, "Go ahead."),
            (U, "what's the result of 7 // -2 then"),
        ],
        "Python floor division semantics (-4), not ordinary division",
    ),
    (
        "conv-code",
        [
            (U, "I'm debugging some JavaScript."),
            (A, "Sure, paste the expression."),
            (U, "what's '5' + 3 - 1"),
        ],
        "JavaScript string coercion gives 52, not 7",
    ),
    (
        "conv-code",
        [
            (U, "This is C and every variable is an int."),
            (A, "Okay, integer arithmetic then."),
            (U, "what's 7 / 2 * 2"),
        ],
        "C integer division truncates: 6, not 7",
    ),
    (
        "conv-code",
        [
            (U, "in this firmware every counter is a uint8 that wraps"),
            (A, "Okay, values 0 to 255 with wraparound."),
            (U, "so what does 200 + 100 come out as"),
        ],
        "overflow semantics from the earlier turn give 44",
    ),
    (
        "conv-split",
        [
            (
                U,
                (
                    "Dinner: I had the £24 steak, Priya had pasta, and we agreed whoever had the "
                    "dearer main also pays for the wine."
                ),
            ),
            (A, "Got it, the dearer main covers the wine."),
            (U, "bill came to £71 including £15 of wine, what do we each pay"),
        ],
        "the split rule and prices come from the earlier turn",
    ),
    (
        "conv-facts",
        [
            (U, "Reading about Apollo 11 tonight."),
            (A, "Great mission to read about. What would you like to know?"),
            (U, "how many days was it from launch to splashdown"),
        ],
        "needs the mission's dates, which only the model knows",
    ),
    (
        "conv-facts",
        [
            (U, "My daughter was born on the day the Berlin Wall fell."),
            (A, "What a day to be born!"),
            (U, "how old was she on her birthday in 2024"),
        ],
        "the birth date is a historical fact the model must supply",
    ),
    (
        "conv-context",
        [
            (U, "In my sheet A1 is 40, B1 is 15 and C1 is =A1*B1-A1."),
            (A, "So C1 works out to 560."),
            (U, "and what's C1 divided by B1"),
        ],
        "cell values only exist in the earlier turns",
    ),
    (
        "conv-context",
        [
            (U, "my batter recipe: 200 g plain flour, 3 eggs, 150 ml semi-skimmed, enough for 4"),
            (A, "That sounds like a pancake batter."),
            (U, "how much flour would I need for 10 of us"),
        ],
        "scaling a recipe given earlier in the chat",
    ),
    (
        "conv-context",
        [
            (U, "What's the population of Iceland, roughly?"),
            (A, "About 390,000 people."),
            (U, "ok now divide that by 12"),
        ],
        "'that' refers to the model's earlier answer",
    ),
    (
        "conv-rules",
        [
            (
                S,
                (
                    "You help with Ruritanian income tax: the first 10,000 crowns are "
                    "tax-free and everything above is taxed at 23%."
                ),
            ),
            (U, "what do I owe on 34,000"),
        ],
        "a fictional tax rule stated in the system turn",
    ),
    (
        "conv-rules",
        [
            (
                U,
                (
                    "In our card game aces are 15, face cards 10, the rest their pip value, and "
                    "hearts count double."
                ),
            ),
            (A, "Got it."),
            (U, "ace of hearts, king of spades and 7 of hearts, what's my score"),
        ],
        "house scoring rules from the earlier turn",
    ),
    (
        "conv-rules",
        [
            (U, "I work four on, four off. My first day on was 1 March 2031."),
            (A, "Okay, a four-on four-off rota."),
            (U, "am I working on 20 March 2031"),
        ],
        "needs the rota described earlier",
    ),
    (
        "conv-facts",
        [
            (U, "Excel on Windows, the default 1900 date system."),
            (A, "Sure, what do you need?"),
            (U, "what date is serial number 45000"),
        ],
        "Excel's serial-date convention (with its 1900 leap-year bug) is model knowledge",
    ),
    (
        "conv-rules",
        [
            (U, "Cricket question."),
            (A, "Go on."),
            (U, "bowler's figures say 4.3 overs, how many balls is that"),
        ],
        "4.3 overs means 4 overs and 3 balls (27), not a decimal",
    ),
    (
        "conv-rules",
        [
            (U, "I'm rated 1500 and just beat someone rated 1700, K-factor is 20."),
            (A, "Nice win!"),
            (U, "so what's my new rating"),
        ],
        "the Elo formula and the ratings come from the earlier turn",
    ),
    (
        "conv-rules",
        [
            (U, "Playing Stableford and I get one shot on this hole."),
            (A, "Okay, one stroke received."),
            (U, "I took 6 on a par 4, how many points"),
        ],
        "Stableford scoring with a handicap stroke is model knowledge",
    ),
    (
        "conv-unit",
        [
            (U, "Let's invent the Zed scale: water freezes at 0 Zed and boils at 50 Zed."),
            (A, "So it's linear, 1 Zed = 2 °C."),
            (U, "what's 37 C in Zed"),
        ],
        "an invented temperature scale defined in the chat",
    ),
    (
        "conv-rules",
        [
            (U, "On the research station we keep our clocks 5 h 20 min ahead of Houston."),
            (A, "Got it, station time is Houston plus 5:20."),
            (U, "what time is it here when it's 3pm there"),
        ],
        "an ad hoc station clock offset given earlier",
    ),
    (
        "conv-calendar",
        [
            (U, "I'm working in the Hebrew calendar."),
            (A, "Sure, go ahead."),
            (U, "what's 10 days after 25 Kislev 5791"),
        ],
        "Hebrew calendar arithmetic needs the model",
    ),
    (
        "conv-puzzle",
        [
            (
                U,
                (
                    "Riddle: in a family each girl has as many brothers as sisters, but each boy "
                    "has twice as many sisters as brothers."
                ),
            ),
            (A, "A classic. Want to try it yourself first?"),
            (U, "no just tell me how many kids"),
        ],
        "a logic puzzle set up in the earlier turn",
    ),
    (
        "conv-context",
        [
            (U, "Gauge on my pattern is 22 stitches to 10 cm."),
            (A, "That's a standard DK gauge."),
            (U, "how many do I cast on for 56 cm"),
        ],
        "the gauge is only in the earlier turn",
    ),
    (
        "conv-rules",
        [
            (U, "In this RPG a turn is 10 minutes and a round is 6 seconds."),
            (A, "Classic old-school timekeeping."),
            (U, "how many rounds in 3 turns"),
        ],
        "game time units defined earlier",
    ),
    (
        "conv-context",
        [
            (U, "The tune's in 7/8 and the quaver pulse is 140 bpm."),
            (A, "Nice odd meter."),
            (U, "so 32 bars lasts how many seconds"),
        ],
        "metre and tempo come from the earlier turn",
    ),
    (
        "conv-context",
        [
            (U, "I earn 42,000 a year and my partner earns 35,500."),
            (A, "Okay, what would you like to work out?"),
            (U, "what's 8% of the bigger one"),
        ],
        "'the bigger one' refers to figures in the earlier turn",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)

NEAR = [
    ("near-identifier", "got a missed call from +44 20 7946 0018, is that a scam", "phone number"),
    ("near-identifier", "which country uses the +598 dialling code", "lookup, not arithmetic"),
    ("near-identifier", "is 1-800-275-2273 really apple support", "phone number lookup"),
    ("near-identifier", "what book is ISBN 978-0-14-044913-6", "ISBN lookup"),
    ("near-identifier", "why do some ISBNs start with 979 instead of 978", "explanation"),
    ("near-identifier", "which street is the EH1 2NG postcode on", "postcode lookup"),
    ("near-identifier", "what does error code 0x80070005 mean on windows", "error code"),
    ("near-identifier", "what is HTTP status 429 and how do I avoid it", "status code"),
    ("near-identifier", "what does E471 mean on a food label", "additive code"),
    ("near-identifier", "what's John 3:16 actually say", "verse reference, not a time"),
    ("near-identifier", "what happened on 14/07/1789", "historical fact, not a date sum"),
    ("near-version", "should I upgrade from Django 4.2 to 5.1 or wait", "advice on versions"),
    ("near-version", "is ubuntu 22.04 still getting security updates", "support facts"),
    ("near-version", "what's the real difference between HTTP/1.1 and HTTP/2", "explanation"),
    ("near-version", "does python 3.12 still ship distutils", "release facts"),
    ("near-version", "is iOS 17.4 or 17.5 the one with the battery fix", "release facts"),
    ("near-score", "in tennis what does 40-15 mean", "score notation"),
    ("near-score", "was the 7-1 germany brazil game a semi final or a final", "sports fact"),
    ("near-score", "is a 3-5-2 formation better than 4-4-2 for a slow defence", "opinion"),
    ("near-score", "how many points is a try worth in rugby union", "rules knowledge"),
    ("near-range", "is 18.5-24.9 still the healthy BMI range for people over 70", "medical"),
    ("near-range", "toy box says ages 5-7, ok for a bright 4 year old?", "advice"),
    ("near-range", "my blood pressure reads 128/84, is that ok", "medical reading"),
    ("near-range", "my 2 year old is 37.9 under the arm, should I worry", "medical advice"),
    ("near-range", "what does a 9-5 job with 'core hours 10-3' mean", "explanation"),
    ("near-part", "difference between a 6205-2RS and a 6205-ZZ bearing", "part numbers"),
    ("near-part", "can I swap an 18650 battery for a 21700 in my torch", "part numbers"),
    ("near-part", "what's a 2N3904 used for", "component knowledge"),
    ("near-part", "is an M8 bolt close enough to 5/16 to use the same nut", "fit advice"),
    ("near-part", "the 5W and the 30 in 5W-30 oil, what do they each mean", "rating explanation"),
    ("near-part", "18/10 vs 18/0 stainless cutlery, which is better", "material grades"),
    ("near-part", "what does 1:50 on an architect's drawing tell me", "scale meaning"),
    ("near-opinion", "is 4.2% a decent rate for a 5 year fixed mortgage", "opinion"),
    ("near-opinion", "is 7 hours of sleep enough at 40", "opinion/health"),
    ("near-opinion", "would £32,500 be a comfortable wage for one person in Leeds", "opinion"),
    ("near-opinion", "would 3 coats of varnish be overkill on an oak table", "craft advice"),
    (
        "near-opinion",
        "on a 24 inch screen at arm's length is 1440p noticeably sharper than 1080p",
        "opinion",
    ),
    ("near-opinion", "what does a 0-60 time of 3.2 seconds actually feel like", "description"),
    ("near-opinion", "what's a good VO2 max for a 45 year old woman", "fitness norms"),
    ("near-explain", "why does python print 0.30000000000000004 for 0.1 + 0.2", "why"),
    ("near-explain", "my kid asked why 1 isn't prime, how do I explain it simply", "explanation"),
    ("near-explain", "is 0.999 recurring really the same number as 1? convince me", "proof"),
    ("near-explain", "why is 0 factorial equal to 1", "explanation"),
    ("near-explain", "why does a year have 365 days and not a round 360", "history"),
    ("near-explain", "why are there 60 seconds in a minute and not 100", "history"),
    ("near-explain", "what does p < 0.05 actually mean in a study", "statistics concept"),
    ("near-explain", "explain the 50/30/20 budgeting rule", "concept"),
    (
        "near-explain",
        "does the 3-2-1 rule for backups still make sense with cloud storage",
        "concept",
    ),
    ("near-facts", "Burj Khalifa height in feet, roughly?", "needs the height"),
    (
        "near-facts",
        "the siege of Leningrad lasted how many days all told",
        "needs historical dates",
    ),
    ("near-facts", "count of bones in one human hand and wrist together?", "fact"),
    ("near-facts", "what's the speed of sound at 10,000 m up", "physics fact"),
    ("near-facts", "average earth to moon distance in miles", "fact"),
    ("near-facts", "how many time zones does russia use", "fact"),
    ("near-facts", "boiling point of water at the top of everest?", "fact"),
    ("near-facts", "how much protein in 100 g of chicken breast", "nutrition fact"),
    ("near-facts", "what percentage of the earth's surface is ocean", "fact"),
    ("near-facts", "how long is the Chao Phraya compared with the Thames", "needs lengths"),
    ("near-live", "convert 250 euros to yen", "exchange rates change"),
    ("near-live", "how much is an ounce of gold in dollars", "live price"),
    ("near-live", "what does a litre of petrol cost in norway", "live price"),
    ("near-rules", "at what age do I get my full UK state pension if I was born in 1975", "law"),
    ("near-rules", "how many days of annual leave do you get by law in France", "law"),
    ("near-rules", "stamp duty on a £340,000 first home in england?", "tax rules change"),
    ("near-rules", "is a uk size 5 shoe a 38 or a 38.5 in EU sizes", "no exact standard"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)

ORDINARY = {
    "writing": [
        "write a limerick about a kazoo that won't stop buzzing",
        "help me write a toast for my brother's second wedding, he's quite shy",
        "draft a polite email chasing an invoice that's three weeks overdue",
        "make this less passive aggressive: as per my last email the file is attached",
        "five title ideas for a short story about a lighthouse that wanders off",
        "4-line poem for the retirement card of our school caretaker, Dennis",
        "write a product description for hand-thrown mugs with a speckled glaze",
        "opening paragraph of a mystery set on a sleeper train to Inverness",
        "help me word a message turning down a wedding invite without offending anyone",
    ],
    "coding": [
        "how do I reverse a linked list in rust without cloning the nodes",
        "when should I rebase instead of merge in git",
        "python says ModuleNotFoundError even after pip install, what's going on",
        "bash one-liner to list files over 500 MB under my home folder",
        "explain async/await in JavaScript to someone coming from PHP",
        "how should I lay out a flask app using blueprints",
        "regex for validating british postcodes, including GIR 0AA",
        "undo my last git commit but keep the changes in the working tree",
        "what does 'borrowed value does not live long enough' mean in rust",
        "postgres or sqlite for a tiny personal budgeting app?",
        "turn this into a list comprehension: for x in xs: if x > 0: out.append(x * 2)",
    ],
    "cooking": [
        "what can I make with leftover rice, two eggs and a bag of frozen peas",
        "my sourdough keeps spreading flat, what am I doing wrong",
        "vegetarian swap for fish sauce in a green curry",
        "how do you make momo dough that doesn't tear when you pleat it",
        "why did my caramel go grainy",
        "picnic ideas that don't need a cool box",
        "what wine goes with a wild mushroom risotto",
        "make-ahead dessert for twelve people that isn't tiramisu",
    ],
    "travel": [
        "best way to get from Malpensa to Stresa without a car",
        "is it worth visiting kathmandu during the monsoon",
        "things to do in Perth with kids when it's 40 degrees",
        "do I need a visa for Taiwan on a british passport",
        "what to pack for a week hillwalking around Fort William in October",
        "tips for actually sleeping on a long-haul economy flight",
        "which Bangkok river boat should a tourist take to the Grand Palace",
    ],
    "health": [
        "early signs of dehydration in elderly parents",
        "how do I stop getting a stitch when I run downhill",
        "is cracking your knuckles bad for you",
        "stretches for lower back pain from sitting at a desk all day",
        "I keep waking at 3am and can't get back to sleep, any tips",
        "how can I tell if a cut needs stitches",
    ],
    "life": [
        "my flatmate never does the washing up, how do I bring it up without a row",
        "how do I tell my manager I'm burnt out",
        "first date ideas that aren't dinner or drinks",
        "my 15 year old barely talks to me, what can I do",
        "how do people make friends after moving to a new city in their 30s",
        "is it rude to leave a party without saying goodbye",
        "how do I turn down a side project my boss offered without it hurting my review",
        "what do I write in a sympathy card for a colleague I don't know well",
    ],
    "explain": [
        "who invented the kazoo",
        "what is a bailey bridge and why did it matter in ww2",
        "how does a paternoster lift work and why are they rare now",
        "where does the word 'jester' come from",
        "why do whale sharks turn up at Ningaloo every autumn",
        "what's the story behind the jingle dress",
        "how do ships repair a broken undersea cable",
        "how do voles survive an arctic winter under the snow",
        "what makes a typhoon different from a hurricane",
        "what's the history of the wall of death sideshow",
    ],
    "language": [
        "how do I say 'where is the pier' in Thai",
        "how do you pronounce Nevis in Ben Nevis",
        "what does 'kia ora' mean and when do you use it",
        "is it 'different from' or 'different to' in british english",
        "a few Italian phrases for ordering at a bar counter",
    ],
    "tech": [
        "laptop fan suddenly really loud, what should I check first",
        "how do I stop whatsapp photos filling my phone storage",
        "do I actually need a VPN at home",
        "why does my wifi drop out in the evenings",
        "how do I turn on two-factor authentication for gmail",
        "printer says offline but it's switched on and connected, help",
    ],
    "career": [
        "how do I ask for a pay rise after only a year",
        "what should go in a cover letter for a museum collections job",
        "is a masters worth it in your mid thirties",
        "how do index funds actually work",
        "tips for a panel interview for a council job",
        "I took 2 years out to care for my mum, how do I put that on my CV",
    ],
    "home": [
        "kitchen mixer tap drips from the spout, how do I fix it",
        "what shrubs do well in a north facing garden",
        "black mould keeps coming back on the ceiling above the shower, what actually works",
        "can I paint over woodchip wallpaper or should I strip it",
        "why are the lower leaves on my tomatoes going yellow",
        "can I grow a cherry tree in a pot on a balcony",
        "organic ways to keep slugs off hostas in a shady border",
    ],
    "pets": [
        "why does my cat knock things off the table while looking at me",
        "how do I get my dog to stop pulling on the lead",
        "is it normal for a rabbit to sleep with its eyes open",
    ],
    "hobbies": [
        "how do I get a cleaner buzz out of a kazoo",
        "tips for learning the dhol as a complete beginner",
        "how do I start writing cowboy poetry",
        "board games for two people that aren't chess",
        "what goes in a good beard oil for a coarse beard",
        "how do you juggle three balls, step by step",
        "simple bidding system for a beginner bridge player",
        "how do I photograph moving trains without blur",
        "playlist ideas for a long drive across the desert",
    ],
    "misc": [
        "what's the point of the ship of Theseus puzzle",
        "summarise Moby Dick in a paragraph",
        "recommend some good books about antarctic expeditions",
        "stoicism vs buddhism, what's the main difference",
        "recommend a film like Spirited Away for a 9 year old",
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
    # no register (family name) of this set is a family name of sets 19 to 181
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 181: {reused}"
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
