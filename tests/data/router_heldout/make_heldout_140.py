"""Generate heldout-2027-04-22.jsonl: a hundred-and-fortieth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_140.py (from the directory holding this file).
It writes the JSONL next to itself and checks counts, duplicates against sets 1-139, registers
against sets 19-139, stated weekdays, gradability and a byte-for-byte regeneration digest.

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-line questions per
tool, the rest spread over 25 new registers, each used by all three tools), and 200 negatives
(35 conversations, 65 near-positive single turns, 100 ordinary requests). Money is exact in
Fraction/Decimal to whole cents; dates are computed with datetime, and the two time-zone items
use zoneinfo (the ferry crossing spans the night the UK and Spanish clocks change). No unit with
several readings appears anywhere in the set; a check after the negatives enforces that.

Provenance
----------
Read: the brief; /work/main/bench/grading.py; earlier_registers.txt (grepped for candidate family
names, then compared against all families); and, of the copied generator, only lines 142-393,
753-813, 989-1073, 1452-1459 and 2249-2472, each with sed -n.
Wrote: the four query sections as scratch files, spliced in by one Python script that replaced
the old line ranges by number (bottom first) after asserting the anchor lines inside the allowed
ranges, without printing the old text; then this docstring in place of lines 1-141.
Checked: the generator's own checks (after fixing two rounding-tolerance asserts and
rephrasing 23 items, three of them twice, that repeated earlier queries or user turns), every
family name against earlier_registers.txt, ruff check and ruff format with the project config,
and lines of at most 99 columns; the generator was re-run after each change.
Slips: a byte-length scan for long lines printed the line number 71 (inside the old docstring,
its text not shown); an untouched copy of the original file was kept in a scratch folder, never
read, and deleted. Nothing else beyond the rules was read or printed.
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

sys.dont_write_bytecode = True  # importing the earlier generators must leave no __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout-2027-04-22.jsonl"
PREFIX = "ho140-"
# earlier generators: sets 1-139 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 140))
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


BF = "bell_foundry_caster"
GS = "glacier_survey_camp"
RB = "rye_starter_microbakery_tally"
HS = "harp_string_restorer"
CL = "canal_lock_keeper_shift"
FM = "falconry_mews_keeper"
SG = "stained_glass_leading_studio"
AF = "alpaca_fleece_cooperative"
MS = "mushroom_substrate_grower"
RA = "rope_access_window_crew"
LP = "letterpress_wedding_printer"
CO = "cider_orchard_pressing_day"
DP = "dome_projection_night_tech"
ST = "seagrass_transect_volunteer"
FD = "ferry_deckhand_roster"
TX = "taxidermy_commission_desk"
KG = "kiln_glaze_potter"
CR = "catamaran_repositioning_mate"
CH = "community_choir_librarian"
MR = "mussel_raft_harvest_crew"
WA = "wheelwright_apprentice"
SD = "sled_dog_kennel_musher"
MT = "moth_trap_recorder"
IR = "ice_rink_resurfacer_driver"
AB = "archive_bookbinder_conservator"

calc(
    BF,
    "Our bell bronze is 78% copper and 22% tin by weight. The tenor casting needs 412 kg of "
    "metal in the crucible, so how many kg of tin do I weigh out?",
    412 * pct(22),
)
calc(
    BF,
    "bell foundry invoice: 3 handbells at £186.50 each, engraving £24 per bell, then VAT at 20% "
    "on the lot. total please",
    (dec("186.50") + 24) * 3 * dec("1.2"),
)
calc(
    GS,
    "Fourteen of us on the glacier for 9 days, each eating 0.85 kg of dried rations a day. "
    "How many kilograms of rations should be in the cache altogether?",
    14 * 9 * dec("0.85"),
)
calc(
    GS,
    "ablation stake 7 showed 3.42 m of pole above the ice on the first visit and 4.17 m on the "
    "second; how many metres of ice melted in between?",
    dec("4.17") - dec("3.42"),
)
calc(
    RB,
    "Sold 38 rye loaves at £4.20 and 17 seeded ones at £4.85 at the Saturday market, and the "
    "pitch cost me £35. What did I clear after the pitch fee?",
    38 * dec("4.20") + 17 * dec("4.85") - 35,
)
calc(
    RB,
    "bakers percentages: 2400 g flour, 82% hydration, 2.2% salt. whats the total dough weight in "
    "grams, flour + water + salt?",
    2400 + 2400 * pct(82) + 2400 * pct("2.2"),
)
calc(
    HS,
    "Restringing a concert harp with 47 strings: 35 are gut at $11.40 each and the rest are wound "
    "at $23.75 each. What's the total string cost?",
    35 * dec("11.40") + 12 * dec("23.75"),
)
calc(
    HS,
    "I bill 6.5 hours of regulation work at £42 an hour, and the music school gets fifteen per "
    "cent off. How much do they pay for the labour?",
    dec("6.5") * 42 * (1 - pct(15)),
)
calc(
    CL,
    "Lock keeper's log: 23 boats locked up and 31 locked down on my shift, and every single "
    "passage uses 180 cubic metres of water. Total water let down the flight, in cubic metres?",
    (23 + 31) * 180,
)
calc(
    CL,
    "The mooring licence is £8.40 per metre of boat and there's 10% off for paying early. What "
    "does the owner of a 17.5 m narrowboat pay if they pay early?",
    dec("8.40") * dec("17.5") * (1 - pct(10)),
)
calc(
    FM,
    "Feeding the mews: 6 birds, each gets 3 quail a week, and quail are £1.15 apiece. Weekly "
    "quail bill?",
    6 * 3 * dec("1.15"),
)
calc(
    FM,
    "my harris hawk's fat weight is 760 g and I fly her at 92 percent of that. what's her flying "
    "weight in grams",
    760 * pct(92),
)
calc(
    SG,
    "Leaded panel materials: 14.5 m of lead came at £3.60 a metre plus solder at 85p per joint "
    "for 64 joints. What do the materials come to in pounds?",
    dec("14.5") * dec("3.60") + 64 * dec("0.85"),
)
calc(
    AF,
    "The co-op sold 212.5 kg of graded alpaca fleece at £7.60 per kg and keeps a 12% commission. "
    "How much is paid out to the members?",
    dec("212.5") * dec("7.60") * (1 - pct(12)),
)
calc(
    MS,
    "Substrate recipe is 60% hardwood sawdust, 38% soy hulls and 2% gypsum. For a 425 kg batch, "
    "how many kg of soy hulls go in?",
    425 * pct(38),
)
calc(
    RA,
    "Quote for the abseil window clean: four technicians at $38.50 an hour each for 7.5 hours, "
    "plus $260 for the anchor inspection. Total?",
    4 * dec("38.50") * dec("7.5") + 260,
)
calc(
    LP,
    "120 letterpress invitations at £3.85 each plus a £95 plate charge, and the couple are repeat "
    "clients so knock 5% off everything. What's the final price?",
    (120 * dec("3.85") + 95) * (1 - pct(5)),
)
calc(
    CO,
    "We put 1,840 kg of apples through the rack-and-cloth press and got a 63% juice yield by "
    "weight. How many kilograms of juice is that?",
    1840 * pct(63),
)
calc(
    DP,
    "Friday's dome shows sold 312 adult tickets at $14 and 188 child tickets at $9.50. What "
    "were the night's ticket takings?",
    312 * 14 + 188 * dec("9.50"),
)
calc(
    ST,
    "shoot counts in our five quadrats were 37, 52, 44, 29 and 48 - mean shoots per quadrat?",
    F(37 + 52 + 44 + 29 + 48, 5),
)
calc(
    FD,
    "Deckhand payslip check: 42 basic hours at £13.20 an hour plus 9 overtime hours paid at time "
    "and a half. What's the gross pay?",
    42 * dec("13.20") + 9 * dec("13.20") * F(3, 2),
)
calc(
    TX,
    "A barn owl mount is quoted at £340 base plus £2.75 per centimetre of wingspan, and this "
    "one's wingspan is 68 cm. I take a 30% deposit. How much is the deposit?",
    (340 + 68 * dec("2.75")) * pct(30),
)
calc(
    KG,
    "Glaze recipe in parts: 40 feldspar, 25 silica, 20 whiting, 15 kaolin. If I mix a 3.6 kg "
    "batch, how many grams of whiting do I weigh?",
    3600 * F(20, 40 + 25 + 20 + 15),
)
calc(
    CR,
    "Diesel for the delivery came to 1,264 litres at €1.78 a litre and the four of us crewing "
    "split it evenly. What's each person's share in euros?",
    1264 * dec("1.78") / 4,
)
calc(
    CH,
    "Choir librarian ordering: 46 copies of the Rutter at £6.95 each, and the publisher takes "
    "10% off any order over 40 copies. What's the order total?",
    46 * dec("6.95") * (1 - pct(10)),
)
calc(
    MR,
    "We landed 3.2 tonnes of rope-grown mussels and the depot pays €2.35 per kilogram. What's "
    "the landing worth in euros?",
    3200 * dec("2.35"),
)
calc(
    WA,
    "wheelwright materials list: 7 felloes at £18.40, 14 spokes at £9.65 and an iron tyre at "
    "£128 - what do they cost altogether",
    7 * dec("18.40") + 14 * dec("9.65") + 128,
)
calc(
    SD,
    "Race entry is $1,250 and the vet checks cost $85 per dog for a team of 14. What's the total "
    "outlay?",
    1250 + 85 * 14,
)
calc(
    MT,
    "Of the 460 moths in the trap on Tuesday night, 23 were micro-moths. What percentage of the "
    "catch were micros?",
    F(23, 460) * 100,
)
calc(
    IR,
    "Pro shop sharpened 38 pairs of skates at $12 a pair, but 6 of those pairs were staff skates "
    "at 15% off. How much was taken for sharpening?",
    32 * 12 + 6 * 12 * (1 - pct(15)),
)
calc(
    AB,
    "Conservation quote: rebinding 14 volumes at £145 each plus a £36 clamshell box for each "
    "volume, with VAT at 20% on top. Total including VAT?",
    14 * (145 + 36) * dec("1.2"),
)

calc(P, "What is 17.5% of 2,840?", 2840 * pct("17.5"))
calc(P, "648 divided by 16", F(648, 16))
calc(P, "whats 3.75 times 128", dec("3.75") * 128)
calc(P, "(46 + 79) * 12 - 385 = ?", (46 + 79) * 12 - 385)
calc(P, "Compute 2 to the power of 13 minus one thousand.", 2**13 - 1000)
calc(P, "what is the square root of 5,184", 72)
calc(P, "How much is 1,250 after an 8% increase?", 1250 * (1 + pct(8)))
calc(P, "Divide 91.8 by 0.27.", dec("91.8") / dec("0.27"))
calc(P, "what's 84.60 with 15% taken off", dec("84.60") * (1 - pct(15)))
calc(P, "seven eighths of 3,400?", F(7, 8) * 3400)
calc(P, "Add up 18.45, 7.9 and 103.65.", dec("18.45") + dec("7.9") + dec("103.65"))
calc(P, "What's 9,999 minus 4,386.25?", 9999 - dec("4386.25"))
calc(P, "mean of 62, 75, 81 and 94", F(62 + 75 + 81 + 94, 4))
calc(P, "3 squared plus twice 4 cubed", 3**2 + 2 * 4**3)
assert math.isqrt(5184) ** 2 == 5184


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


NMI = 1852  # m, the international nautical mile
KNOT = F(NMI, 3600)  # m/s
KWH_KJ = 3600  # kJ in a kWh

unit_r(
    BF,
    "The tenor bell weighs 1,420 kg as cast. The church wants the weight in pounds for the "
    "tower plaque; what is it in lb?",
    1420 / LB,
)
unit_r(
    GS,
    "our stake line runs 2.8 km up the glacier tongue, how many miles is that",
    2800 / MI,
)
unit_r(RB, "The old rye recipe says prove at 78°F. What's that in Celsius?", f_to_c(78))
unit(
    HS,
    "The lowest wound string on the harp is 0.055 inches across. Give me that in millimetres.",
    dec("0.055") * dec("25.4"),
    EXACT,
)
unit_r(CL, "The lock chamber is 72 feet long; convert that to metres please.", 72 * FT)
unit_r(
    FM,
    "Clocked my peregrine's stoop at 180 km/h on the tracker. What is that in miles per hour?",
    180 * KMH / MPH,
)
unit(
    SG,
    "The window opening is 38 inches wide. How many centimetres do I cut the panel to?",
    38 * dec("2.54"),
    EXACT,
)
unit_r(
    SG,
    "A sheet of mouth-blown glass measures 60 cm by 50 cm. What's its area in square feet?",
    dec("0.60") * dec("0.50") / SQFT,
)
unit_r(
    AF,
    "This shearing the herd gave 86 lb of first-grade fleece. Convert that to kilograms for the "
    "co-op ledger.",
    86 * LB,
)
unit_r(
    AF,
    "each skein of our yarn weighs 3.5 oz (weight ounces). how many grams is that?",
    dec("3.5") * OZ * 1000,
)
unit_r(
    MS,
    "The straw has to be pasteurised at 160 degrees Fahrenheit. What's that in Celsius?",
    f_to_c(160),
)
unit_r(
    MS,
    "Grow tent is 12 ft by 10 ft by 8 ft. What's the volume in cubic metres?",
    12 * 10 * 8 * CUFT,
)
unit_r(RA, "Our working rope is 200 m long. How many feet is that?", 200 / FT)
unit_r(
    RA,
    "The wind limit for suspended work on this site is 23 mph. Convert to km/h.",
    23 * MPH / KMH,
)
unit(
    LP,
    "Invitation cards are 7 inches tall - how many millimetres is that?",
    7 * dec("25.4"),
    EXACT,
)
unit(
    LP,
    "The bed of my Adana press is 12.5 inches across. What's that in centimetres?",
    dec("12.5") * dec("2.54"),
    EXACT,
)
unit(
    CO,
    "We pressed 1,350 litres of juice on the day. Express that in cubic metres.",
    F(1350, 1000),
    EXACT,
)
unit_r(
    CO,
    "The orchard is 6.5 acres. How many hectares is that?",
    dec("6.5") * ACRE / 10000,
)
unit_r(
    DP,
    "The projection dome is 18 metres across. What's the diameter in feet?",
    18 / FT,
)
unit_r(
    ST,
    "Our quadrat covers 0.25 square metres. How many square inches is that?",
    dec("0.25") / (IN * IN),
)
unit(
    FD,
    "The ferry cruises at 14 knots. What's that in kilometres per hour?",
    14 * KNOT / KMH,
    EXACT,
)
unit_r(
    TX,
    "The boxed stag head mount weighs 11 kg and the courier's form wants pounds. How many lb?",
    11 / LB,
)
unit(
    KG,
    "My stoneware glaze matures at 1222 °C. What is that in Fahrenheit?",
    c_to_f(1222),
    EXACT,
)
unit(
    CR,
    "We logged 1,140 nautical miles on the delivery from the Canaries. How many kilometres?",
    1140 * F(NMI, 1000),
    EXACT,
)
unit_r(
    CH,
    "The choir's music shelving run is 14 feet long. How many metres of shelf is that?",
    14 * FT,
)
unit_r(
    MR,
    "a full mussel dropper rope weighs 38 kg out of the water - what's that in pounds?",
    38 / LB,
)
unit(
    WA,
    "The cartwheel is 54 inches in diameter; convert to centimetres.",
    54 * dec("2.54"),
    EXACT,
)
unit_r(
    SD,
    "The training loop on the forestry track is 42 miles. How many kilometres is it?",
    42 * MI / 1000,
)
unit(
    MT,
    "The mercury-vapour moth trap used 1.125 kWh of electricity overnight. Express that in "
    "kilojoules.",
    dec("1.125") * KWH_KJ,
    EXACT,
)
unit_r(
    IR,
    "Ice surface for figure skating is set to 22°F; what's that in degrees Celsius?",
    f_to_c(22),
)
unit_r(
    AB,
    "The book board is 0.098 inches thick. What's that in millimetres?",
    dec("0.098") * dec("25.4"),
)

unit_r(P, "convert 8 km to miles", 8000 / MI)
unit_r(P, "How many pounds is 65 kg?", 65 / LB)
unit_r(P, "Give me 103 °F in Celsius.", f_to_c(103))
unit_r(P, "tyre at 29 psi, what is that in bar", 29 * PSI / BAR)
unit_r(P, "12 stone in kilograms?", 12 * STONE)
unit_r(P, "Our flat is 63 square metres; what's that in square feet?", 63 / SQFT)
unit_r(P, "convert 340 grams to ounces", F(340, 1000) / OZ)
unit(P, "How many MiB are in 6.25 GiB?", dec("6.25") * GIB / MIB, EXACT)
unit(P, "How many metres is 1,200 yards?", 1200 * YD, EXACT)
unit(P, "convert 4 ft 7 in to centimetres", (4 * 12 + 7) * dec("2.54"), EXACT)
unit_r(P, "3.5 acres expressed in square metres", dec("3.5") * ACRE)
unit_r(P, "whats 88 km/h in metres per second", 88 * KMH)
unit(P, "convert 1750 millilitres to litres", F(1750, 1000), EXACT)
unit(P, "How many kilojoules is 2.5 kWh?", dec("2.5") * KWH_KJ, EXACT)


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


from zoneinfo import ZoneInfo


def tz_hours(start, start_zone, end, end_zone):
    """Elapsed hours between two local wall-clock times, each in its own zone (zoneinfo)."""
    a = start.replace(tzinfo=ZoneInfo(start_zone))
    b = end.replace(tzinfo=ZoneInfo(end_zone))
    return F(int((b - a).total_seconds()), 3600)


def local_date(when, zone, other):
    """The calendar date in zone `other` at local time `when` in `zone`."""
    return when.replace(tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(other)).date()


def add_workdays(start, n):
    """The nth Monday-to-Friday day counting `start` (itself a weekday) as day 1."""
    assert start.weekday() < SAT
    d, k = start, 1
    while k < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            k += 1
    return d


pour = D(2027, 5, 14)
date_item(
    BF,
    f"We pour the bell on {sayw(pour)} and it cools in the pit for 21 days before we break the "
    "mould. What date do we break it out?",
    pour + TD(days=21),
)
date_item(
    GS,
    "The helicopter drops us on the ice on 3 July 2027 and collects us on 19 August 2027. How "
    "many days is the field season if both of those days count?",
    days(D(2027, 7, 3), D(2027, 8, 19)) + 1,
)
date_item(
    RB,
    "my rye starter was first fed on 9 January 2027. on what date is it exactly 500 days old?",
    D(2027, 1, 9) + TD(days=500),
)
harp_in = D(2027, 9, 7)
date_item(
    HS,
    f"Harp came in for restoration on {sayus(harp_in)} and the turnaround is 10 weeks. What date "
    "will it be ready?",
    harp_in + TD(weeks=10),
)
date_item(
    CL,
    "The winter stoppage closes the lock from 4 January 2028 to 15 February 2028, both days "
    "included. How many days is the lock shut?",
    days(D(2028, 1, 4), D(2028, 2, 15)) + 1,
)
date_item(
    FM,
    "My peregrine hatched on 22 April 2019. How old is she in whole years on 1 March 2028?",
    age(D(2019, 4, 22), D(2028, 3, 1)),
)
date_item(
    SG,
    "The memorial window is to be dedicated on 11 November 2027. Which day of the week is that?",
    weekday(D(2027, 11, 11)),
)
date_item(
    AF,
    "Our shearing day is always the second Saturday of May. What's the date in 2028?",
    nth_weekday(2028, 5, SAT, 2),
)
date_item(
    MS,
    "Inoculated the oyster mushroom blocks on 17 October 2027 and the first flush comes 26 days "
    "after that. Which date?",
    D(2027, 10, 17) + TD(days=26),
)
rope_start = D(2028, 3, 6)
date_item(
    RA,
    f"The tower facade job starts on {sayw(rope_start)} and takes 19 working days, working "
    "Monday to Friday only with no holidays, the start day being day 1. What's the date of the "
    "last working day?",
    add_workdays(rope_start, 19),
)
wedding = D(2028, 9, 2)
date_item(
    LP,
    f"Wedding is on {sayw(wedding)} and the invitations have to be posted 8 weeks before. "
    "Posting date?",
    wedding - TD(weeks=8),
)
date_item(
    CO,
    "what weekday is 23 October 2027? thats our pressing day",
    weekday(D(2027, 10, 23)),
)
date_item(
    DP,
    "We're relaying a rocket launch that lifts off at 23:45 New York time on 30 October 2027. "
    "What's the calendar date in Berlin at that moment?",
    local_date(DT(2027, 10, 30, 23, 45), "America/New_York", "Europe/Berlin"),
)
date_item(
    DP,
    "The overnight star-party shift runs from 19:45 to 04:15. How many hours is that?",
    clock_span("19:45", "04:15", 3600),
)
survey = D(2027, 6, 6)
date_item(
    ST,
    f"Our first low-tide survey is on {sayw(survey)} and we repeat it 13 weeks later. Date of "
    "the repeat?",
    survey + TD(weeks=13),
)
date_item(
    ST,
    "Transect A was surveyed on 28 February 2028 and transect B on 6 March 2028. How many days "
    "apart were they?",
    days(D(2028, 2, 28), D(2028, 3, 6)),
)
ferry_out = DT(2028, 3, 25, 20, 15)
ferry_in = DT(2028, 3, 27, 9, 45)
date_item(
    FD,
    f"The overnight ferry leaves Portsmouth at 20:15 UK time on {sayw(ferry_out.date())} and "
    f"docks in Santander at 09:45 Spanish time on {sayw(ferry_in.date())}. How many hours is "
    "the crossing, going by the clocks actually in force in each port?",
    tz_hours(ferry_out, "Europe/London", ferry_in, "Europe/Madrid"),
)
date_item(
    FD,
    "My rota is 4 days on, 4 days off, and my first on-block starts on 1 March 2027. What date "
    "does my fifth on-block start?",
    D(2027, 3, 1) + TD(days=4 * 8),
)
date_item(
    TX,
    "A client dropped off a cock pheasant on 19 November 2027; mounts take 16 weeks. What is the "
    "collection date?",
    D(2027, 11, 19) + TD(weeks=16),
)
date_item(
    TX,
    "Deposit invoice is dated 7 January 2028 with payment due 45 days after the invoice date. "
    "When is it due?",
    D(2028, 1, 7) + TD(days=45),
)
date_item(
    KG,
    "The open studio glaze firing is on the third Wednesday of March 2028. Which date is that?",
    nth_weekday(2028, 3, WED, 3),
)
date_item(
    KG,
    "switched the kiln on at 06:40 and it hit peak temperature at 19:10, how many hours did the "
    "firing take",
    clock_span("06:40", "19:10", 3600),
)
date_item(
    CR,
    "We leave Las Palmas on 20 November 2027 and reckon on 19 days at sea to Barbados. What's "
    "our arrival date?",
    D(2027, 11, 20) + TD(days=19),
)
antigua = DT(2027, 12, 9, 16, 0)
date_item(
    CR,
    "Our ETA at English Harbour, Antigua is 16:00 local on 9 December 2027. How many hours "
    "ahead of Antigua are the clocks in London on that date?",
    F(
        int(
            (
                antigua.replace(tzinfo=ZoneInfo("Europe/London")).utcoffset()
                - antigua.replace(tzinfo=ZoneInfo("America/Antigua")).utcoffset()
            ).total_seconds()
        ),
        3600,
    ),
)
concert = D(2027, 12, 19)
date_item(
    CH,
    f"The carol concert is on {sayw(concert)} and rehearsals begin 11 weeks earlier on the same "
    "weekday. When is the first rehearsal?",
    concert - TD(weeks=11),
)
date_item(
    MR,
    "Our harvest licence runs for 120 days with 15 April 2028 counting as day 1. What's the last "
    "day of the licence?",
    D(2028, 4, 15) + TD(days=119),
)
date_item(
    WA,
    "My wheelwright apprenticeship started on 3 September 2024 and finishes 1,461 days after "
    "that. On what date does it finish?",
    D(2024, 9, 3) + TD(days=1461),
)
date_item(
    SD,
    "The mid-distance sled race is held on the first Saturday of March. What's the date in 2028?",
    nth_weekday(2028, 3, SAT, 1),
)
date_item(
    MT,
    "Caught a Clifden Nonpareil in the trap on the night of 14 August 2027 - what day of the "
    "week was that?",
    weekday(D(2027, 8, 14)),
)
date_item(
    IR,
    "The rink opens at 05:50 and closes at 23:20. How many hours is it open?",
    clock_span("05:50", "23:20", 3600),
)
date_item(
    AB,
    "A manuscript is on loan to us from 12 June 2027 to 30 September 2027. How many days is "
    "that, not counting the first day?",
    days(D(2027, 6, 12), D(2027, 9, 30)),
)

date_item(P, "Which weekday does the leap day 29 February 2028 land on?", weekday(D(2028, 2, 29)))
date_item(
    P,
    "How many days from 1 January 2027 to 31 December 2027, end date not included?",
    days(D(2027, 1, 1), D(2027, 12, 31)),
)
date_item(P, "what date is 90 days after 15 March 2027", D(2027, 3, 15) + TD(days=90))
date_item(P, "Which date is six weeks before 2 August 2028?", D(2028, 8, 2) - TD(weeks=6))
date_item(
    P, "how many weeks from 4 January 2027 to 29 March 2027", weeks(D(2027, 1, 4), D(2027, 3, 29))
)
date_item(P, "What weekday was July 4, 1976?", weekday(D(1976, 7, 4)))
date_item(P, "Date 1000 days after 1 May 2026?", D(2026, 5, 1) + TD(days=1000))
date_item(
    P,
    "How old, in whole years, is someone born on 30 June 1990 on 29 June 2028?",
    age(D(1990, 6, 30), D(2028, 6, 29)),
)
date_item(P, "Give me the date of the final Monday in May 2027.", nth_weekday(2027, 5, MON, -1))
date_item(
    P,
    "how many days from 12 March 2028 to 12 March 2029",
    days(D(2028, 3, 12), D(2029, 3, 12)),
)
date_item(P, "What's the date 250 days before 1 January 2028?", D(2028, 1, 1) - TD(days=250))
date_item(P, "Which day of the week will 1 January 2030 fall on?", weekday(D(2030, 1, 1)))
date_item(
    P,
    "Number of days between 2027-09-15 and 2028-02-14?",
    days(D(2027, 9, 15), D(2028, 2, 14)),
)
date_item(P, "How many minutes is it from 21:35 to 02:05?", clock_span("21:35", "02:05", 60))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORD_PRICE = "price_fairness_opinion"
for q in (
    "Is £1,250 a reasonable price for a restored 1930s pedal harp, or am I being ripped off?",
    "A plumber quoted $480 to replace a kitchen tap. Does that sound high to you?",
    "Would you pay €35 for a 90-minute planetarium show ticket, honestly?",
    "Our choir subs are £12 a term. Should we raise them to cover the new piano tuner?",
    "Is hand-set letterpress worth 20% more than digital print for 80 wedding invitations?",
    "Is 3.9% APR a good deal on a car loan at the moment?",
    "I've been a structural engineer since 2019. Should I accept 52,000 or push for 58,000?",
    "My landlord wants to raise the rent from 1,100 to 1,275 a month. Is that normal?",
    "Is spending £400 on a moth trap overkill for a complete beginner?",
    "Do you think $9.50 for a child's ticket is too steep for a small-town museum?",
):
    neg(ORD_PRICE, q)

ORD_WHY = "why_behind_the_number"
for q in (
    "Why does water boil at about 93 °C at the top of a 2,000 m mountain?",
    "Why is a marathon 42.195 km rather than a round 42?",
    "Why do church bells use roughly 22% tin in the bronze instead of more?",
    "Explain why 0.1 + 0.2 doesn't print as exactly 0.3 in JavaScript.",
    "How did the Babylonians end up with 360 degrees to a full circle?",
    "Why do potters slow the kiln down around 573 °C when cooling?",
    "Why do rope access teams stop in strong gusts, and what wind limits do guides give?",
    "What's the reason leap seconds get added, and when was the most recent one?",
    "Why is a knot based on the nautical mile rather than the ordinary mile?",
    "Why does my sourdough rise so much faster at 26 °C than at 20 °C?",
):
    neg(ORD_WHY, q)

ORD_HIST = "dated_history_lookup"
for q in (
    "What happened on 20 July 1969?",
    "Who was the British prime minister on 1 January 1950?",
    "Which ship sailed from Plymouth in September 1620, and who was aboard?",
    "What was the population of Iceland in 1900?",
    "When did the Channel Tunnel first carry passengers, and how long is it?",
    "What did a first-class stamp cost in the UK in 1990?",
    "How tall was the Eiffel Tower in 1889 compared with its height now?",
    "Why was 30 February 1712 a real date in Sweden?",
    "Who won the Iditarod in 2019 and what was the winning time?",
    "On what date did Britain decimalise its currency, and how many old pence made a pound?",
):
    neg(ORD_HIST, q)

ORD_CREATE = "creative_numbers_brief"
for q in (
    "Write a haiku about a 3 a.m. ferry crossing.",
    "Give me a limerick that ends with the number 42.",
    "Write a toast for a 25th wedding anniversary party on 14 June.",
    "Draft a short shop blurb for a 250 g bag of stoneground rye flour priced at £2.40.",
    "Write a four-line poem about a church bell weighing 1,420 kg.",
    "Compose a riddle whose answer is the number seven.",
    "Write a 100-word story set at 11:59 pm on 31 December 1999.",
    "Come up with five names for a glacier research camp at 2,400 m.",
    "Write a cheerful email telling the choir that rehearsals move to 7:30 pm on Thursdays.",
    "Turn this into a snappy social post: 'Moth night total 460, including 23 micros.'",
):
    neg(ORD_CREATE, q)

ORD_PLAN = "schedule_planning_advice"
for q in (
    "I have 14 days in Norway in June. How should I split them between Oslo, Bergen and Lofoten?",
    "What's a sensible plan to go from running 5 km to a half marathon by 1 October 2027?",
    "When's the best time to see the northern lights from Tromsø?",
    "Plan a 3-day itinerary for Lisbon on a budget of €300.",
    "How should I spread 40 hours of revision before an exam on 12 May?",
    "Suggest a weekly feeding plan for 14 sled dogs in heavy training.",
    "What should I pack for a 9-day glacier field trip at -15 °C?",
    "How early should we book a venue for a wedding on 2 September 2028?",
    "Give me a rota idea for 6 volunteers covering a shop open 9 to 5, seven days a week.",
    "I fly out on 3 March and back on 17 March. What vaccinations might I need for Kenya?",
):
    neg(ORD_PLAN, q)

ORD_CODE = "program_it_for_me"
for q in (
    "Write a Python function counting the days between two ISO date strings, both ends included.",
    "Give me an Excel formula that adds 20% VAT to the value in B2.",
    "SQL to total sales per month from a table orders(id, amount, created_at).",
    "Write a JavaScript snippet that converts Celsius to Fahrenheit when a button is clicked.",
    "How do I format 1234567.891 as 1,234,567.89 in Python?",
    "Write a bash one-liner that counts the lines in all the .csv files in a folder.",
    "Regex to match UK postcodes like SW1A 1AA?",
    "Write a Rust function for compound interest at 4.5% over n periods.",
    "In pandas, how do I resample daily temperature readings to weekly means?",
    "Write a cron expression for 06:30 every weekday.",
):
    neg(ORD_CODE, q)

ORD_GUESS = "back_of_envelope_guess"
for q in (
    "Fermi estimate, please: how many people tune pianos for a living in Glasgow?",
    "About how many apples does it take to make 1,000 litres of cider?",
    "Ballpark: how many moths live in an average English garden in August?",
    "Estimate how many words are in a 320-page novel.",
    "Roughly what would it cost to heat a 3-bedroom house through a Scottish winter?",
    "Guess how many golf balls would fit in a school bus.",
    "About how long would it take to walk 1,000 km across Spain?",
    "Roughly how many mussels grow on a 6 m dropper rope?",
    "Estimate the weight of all the ice on a regulation hockey rink.",
    "How many photos would a 64 GB card hold, roughly, from a 24-megapixel camera?",
):
    neg(ORD_GUESS, q)

ORD_SAFE = "health_safety_numbers"
for q in (
    "My dog ate a 100 g bar of 70% dark chocolate and he weighs 12 kg. Should I call a vet?",
    "Is 38.4 °C a fever for a 4-year-old, and what should I do?",
    "Is a resting heart rate of 48 bpm normal for a runner?",
    "I slept 5 hours a night all week. How bad is that?",
    "Is a blood pressure reading of 135/88 something to worry about?",
    "How much water should I drink on a 30 °C day of hill walking?",
    "Is it safe to eat chicken that was left out for 3 hours at room temperature?",
    "My kiln room hits 40 °C during firings. Do I need extra ventilation?",
    "Is 2,000 mg of ibuprofen in a day too much?",
    "At what wind speed should a small sailing dinghy stay in harbour?",
):
    neg(ORD_SAFE, q)

ORD_WORDS = "language_wordplay_numbers"
for q in (
    "How do you say 'the 15th of August' in Italian?",
    "Translate 'the train leaves at 6:45' into German.",
    "What's the difference between 'fewer than 10' and 'less than 10'?",
    "Should it be '1,000 people' or '1.000 people' in a Spanish document?",
    "Is it 'a 11-year-old' or 'an 11-year-old'?",
    "What does 'twenty-four seven' mean and where does it come from?",
    "Spell out 1,919 in words for a cheque, British style.",
    "Why do the French say 'quatre-vingts' for 80?",
    "Why do films put their copyright year in Roman numerals like MCMXCIX?",
    "Is 'the whole nine yards' really about machine-gun belts, or is that a myth?",
):
    neg(ORD_WORDS, q)

ORD_LOOKUP = "live_or_local_facts"
for q in (
    "How much is a return ferry from Portsmouth to Santander in August?",
    "What's the exchange rate between euros and Norwegian kroner?",
    "How long does the drive from Inverness to Ullapool take?",
    "What time does Tate Modern close on Fridays?",
    "How many steps are there up to the second floor of the Eiffel Tower?",
    "What's the going price of bronze per kilogram?",
    "How much does a licence to farm mussels in Galway Bay cost?",
    "What's the typical weight of an adult male peregrine falcon?",
    "What's the maximum depth of Loch Lomond?",
    "Which Spanish cities get totality in the August 2027 eclipse?",
):
    neg(ORD_LOOKUP, q)

for fam, q, note in (
    ("near-identifier", "Is 0161 496 0732 a Manchester landline?", "phone number"),
    (
        "near-identifier",
        "Part 4410-27-85 keeps failing on our lock gate paddle gear. What could cause that?",
        "part number, troubleshooting",
    ),
    (
        "near-identifier",
        "Is Python 3.12 worth upgrading to from 3.10 for a small Django app?",
        "versions, advice",
    ),
    (
        "near-identifier",
        "We won 3-1 at home after losing 2-4 away. Do we go through, or is it penalties?",
        "scores and competition rules",
    ),
    (
        "near-identifier",
        "My flight is BA 2490 on 3 June. Which terminal does it leave from?",
        "flight number, missing fact",
    ),
    (
        "near-identifier",
        "Is ISBN 978-0-14-044913-6 a valid ISBN?",
        "check-digit knowledge, not plain arithmetic",
    ),
    (
        "near-identifier",
        "What does Windows error 0x80070005 usually point to when updates fail?",
        "error code",
    ),
    ("near-identifier", "Grid reference NN 166 712: which mountain is that?", "map reference"),
    (
        "near-identifier",
        "Our meeting is in room 2.14 of the Hawthorn building. Which floor is that likely on?",
        "room number convention",
    ),
    ("near-identifier", "Is 1-800-555-0199 a real toll-free number?", "phone number"),
    ("near-identifier", "What does a tyre marked 205/55 R16 91V mean?", "tyre code"),
    (
        "near-identifier",
        "Which release came later, v2.10 or v2.9 of our library?",
        "version ordering, not decimal comparison",
    ),
    (
        "near-identifier",
        "What's usually covered under clause 12.3(b) of a tenancy agreement?",
        "clause number",
    ),
    ("near-identifier", "Is 10/10 on an eye chart better than 20/20?", "notation, not division"),
    ("near-identifier", "I'm in seat 14C on a 737. Is that a window seat?", "seat code"),
    (
        "near-redefined-notation",
        "In my notes a ^ b means a XOR b. What's 6 ^ 3?",
        "caret redefined as XOR",
    ),
    (
        "near-redefined-notation",
        "In chess, what does 1. e4 e5 2. Nf3 Nc6 3. Bb5 mean?",
        "chess notation",
    ),
    (
        "near-redefined-notation",
        "In music, what's the difference between 3/4 and 6/8?",
        "time signatures, not fractions",
    ),
    (
        "near-redefined-notation",
        "If % means modulo, what's 17 % 5, and why is it different from 17 percent of 5?",
        "percent sign redefined, plus explanation",
    ),
    (
        "near-redefined-notation",
        "My knitting pattern says K2, P2 x 12. What does that mean?",
        "knitting notation",
    ),
    (
        "near-redefined-notation",
        "In cricket, what does a bowling figure of 4-27 mean?",
        "wickets-runs notation",
    ),
    (
        "near-redefined-notation",
        "On a climbing route graded 6b+, what does the plus mean?",
        "grade notation",
    ),
    (
        "near-redefined-notation",
        "Why is midnight sometimes written 24:00 instead of 00:00?",
        "clock notation explanation",
    ),
    (
        "near-missing-fact",
        "How much will 40 kg of alpaca fleece sell for?",
        "price not given",
    ),
    (
        "near-missing-fact",
        "What's 1,350 litres of cider worth at wholesale?",
        "price not given",
    ),
    (
        "near-missing-fact",
        "How many days have I got before my passport runs out?",
        "expiry date not given",
    ),
    (
        "near-missing-fact",
        "Convert 250 Norwegian kroner to pounds.",
        "live exchange rate needed",
    ),
    (
        "near-missing-fact",
        "How long is the train from Zurich to Milan if it leaves at 09:33?",
        "timetable not given",
    ),
    (
        "near-missing-fact",
        "What will the tide height be at 14:00 on 6 June 2027 in Portsmouth?",
        "tide tables needed",
    ),
    (
        "near-missing-fact",
        "How much VAT do I pay on a £480 invoice?",
        "rate and category not stated",
    ),
    (
        "near-missing-fact",
        "How many kilograms of feed do my dogs need for the race?",
        "numbers of dogs and days missing",
    ),
    (
        "near-missing-fact",
        "What time is sunset in Tromsø on 21 March 2028?",
        "astronomical data needed",
    ),
    (
        "near-missing-fact",
        "How many working days are left until the bank holiday?",
        "start and holiday date missing",
    ),
    ("near-missing-fact", "What's my BMI if I weigh 82 kg?", "height missing"),
    (
        "near-missing-fact",
        "What's the postage on a 1.2 kg parcel to Canada?",
        "carrier tariff needed",
    ),
    (
        "near-missing-fact",
        "If I leave the house at 7:15, when do I get to the office?",
        "journey time missing",
    ),
    ("near-missing-fact", "How much is 15% of my salary?", "salary not given"),
    (
        "near-estimate",
        "About how long does 20 kg of clay take to dry to leather-hard?",
        "depends on conditions",
    ),
    (
        "near-estimate",
        "Roughly how many litres of juice will 1,840 kg of cider apples give?",
        "yield not given, estimate",
    ),
    (
        "near-estimate",
        "How many people can an 18 m planetarium dome seat?",
        "layout dependent estimate",
    ),
    (
        "near-estimate",
        "About how many hours does it take to sail 1,140 nautical miles?",
        "speed not given",
    ),
    (
        "near-estimate",
        "How long will a 1.125 kWh battery run my moth trap?",
        "power draw not given",
    ),
    ("near-estimate", "Roughly how fast does a valley glacier move per day?", "estimate"),
    (
        "near-estimate",
        "How many loaves will 2400 g of flour make?",
        "loaf size not given",
    ),
    ("near-estimate", "How heavy is a 54-inch oak cartwheel, roughly?", "estimate"),
    (
        "near-number-meaning",
        "My kiln controller shows 'E-7' at 1,100 °C. What does that mean?",
        "error code meaning",
    ),
    (
        "near-number-meaning",
        "The ferry timetable says 'dep 20:15 (d)'. What does the (d) mean?",
        "timetable footnote",
    ),
    ("near-number-meaning", "What does 'cone 6' mean in pottery?", "pyrometric cone"),
    (
        "near-number-meaning",
        "What does flying a hawk at 92% of her fat weight actually do to her hunting?",
        "meaning of a stated figure",
    ),
    (
        "near-number-meaning",
        "My payslip shows tax code 1257L. What does the number mean?",
        "tax code",
    ),
    (
        "near-number-meaning",
        "My blood test says ferritin 18 µg/L. Is that low?",
        "clinical interpretation",
    ),
    (
        "near-number-meaning",
        "What does a 20% chance of rain actually mean?",
        "forecast probability meaning",
    ),
    (
        "near-number-meaning",
        "The label says '500 g e'. What's the little e for?",
        "estimated-sign meaning",
    ),
    ("near-number-meaning", "What does IP67 on my head torch mean?", "rating code"),
    (
        "near-number-meaning",
        "My watch says 5 ATM. Can I dive to 50 m with it?",
        "rating interpretation",
    ),
    (
        "near-code-request",
        "Write a function that adds 19 working days to a date, skipping weekends.",
        "code to write",
    ),
    (
        "near-code-request",
        "Python code to convert 180 km/h to mph, please.",
        "code to write",
    ),
    (
        "near-code-request",
        "Give me a spreadsheet formula for 22% of the value in A1.",
        "formula to write",
    ),
    (
        "near-code-request",
        "How would I get the number of days between 2027-07-03 and 2027-08-19 in SQL?",
        "query to write",
    ),
    (
        "near-code-request",
        "Write a unit test checking that 78 °F converts to 25.56 °C.",
        "test to write",
    ),
    (
        "near-judgement-call",
        "Is a 63% juice yield good for a rack-and-cloth press?",
        "opinion on a figure",
    ),
    (
        "near-judgement-call",
        "Is 8.5 hours too long for a single night shift at a planetarium?",
        "opinion",
    ),
    (
        "near-judgement-call",
        "Should I charge £42 or £48 an hour for harp regulation work?",
        "pricing advice",
    ),
    (
        "near-judgement-call",
        "Is 16 weeks a reasonable turnaround for a bird mount?",
        "opinion",
    ),
    (
        "near-judgement-call",
        "Is a 4-on-4-off rota better than 7-on-7-off for ferry crews?",
        "opinion",
    ),
):
    neg(fam, q, note)

conv(
    "conv-octal-exercise",
    [
        (U, "For this worksheet every number I type is written in octal (base 8)."),
        (A, "Got it, I'll read all your numbers as octal."),
        (U, "then what do 17 and 6 add up to?"),
    ],
    "octal sum; a decimal calculator gives the wrong answer",
)
conv(
    "conv-bakers-dozen",
    [
        (U, "At our bakery a dozen always means thirteen, the old baker's dozen."),
        (A, "Understood: thirteen to the dozen."),
        (U, "How many rolls are in 7 dozen?"),
    ],
    "dozen redefined as 13",
)
conv(
    "conv-novel-planet-day",
    [
        (U, "I'm writing a novel set on a planet whose day lasts 30 hours."),
        (A, "That's a nice detail for world-building."),
        (U, "So how many hours are in 3 days?"),
    ],
    "day redefined by the story",
)
conv(
    "conv-shoe-size",
    [
        (U, "I'm a UK 9 in most trainers."),
        (A, "Okay, noted."),
        (U, "What's that in EU sizes?"),
    ],
    "size charts differ by brand",
)
conv(
    "conv-fast-watch",
    [
        (U, "My watch runs 4 minutes fast."),
        (A, "Noted."),
        (U, "It says 10:20. What time is it really?"),
    ],
    "correction comes from an earlier turn",
)
conv(
    "conv-hex-editor",
    [
        (U, "I'm poking around a save file in a hex editor, offsets and all."),
        (A, "Happy to help decode it."),
        (U, "add 1F and 2A for me?"),
    ],
    "hexadecimal in context",
)
conv(
    "conv-oat-scoop",
    [
        (U, "In my smoothie log one scoop is 85 g of rolled oats."),
        (A, "Got it."),
        (U, "so 6 scoops comes to how many grams?"),
    ],
    "private unit defined earlier",
)
conv(
    "conv-translate-lines",
    [
        (U, "Please translate each line I send into Spanish."),
        (A, "Sure, send the first line."),
        (U, "The train leaves at 9:15 on 3 May."),
    ],
    "a sentence to translate, not a date question",
)
conv(
    "conv-roman-numeral-game",
    [
        (U, "Game: for every number I send, reply with it in Roman numerals."),
        (A, "Ready!"),
        (U, "1987"),
    ],
    "game rule from the first turn",
)
conv(
    "conv-limerick-rhyme",
    [
        (U, "I'm writing a limerick about my bus route."),
        (A, "Fun! Send me what you've got."),
        (U, "What rhymes with forty-two?"),
    ],
    "wordplay",
)
conv(
    "conv-story-points",
    [
        (U, "Our team estimates tickets in Fibonacci story points."),
        (A, "OK."),
        (U, "Is 13 too big for one ticket?"),
    ],
    "judgement about a team convention",
)
conv(
    "conv-medjool-dates",
    [
        (U, "When I say dates I mean the fruit, medjool ones."),
        (A, "Got it, the fruit."),
        (U, "How many dates are in 500 g?"),
    ],
    "dates are fruit; an estimate",
)
conv(
    "conv-why-rounded",
    [
        (U, "Convert 3.2 miles to km."),
        (A, "3.2 miles is about 5.15 km."),
        (U, "Why did you round it to 5.15 and not give more digits?"),
    ],
    "question about the earlier answer",
)
conv(
    "conv-music-metre",
    [
        (U, "We're talking about musical metre in my theory class."),
        (A, "Sure, happy to help."),
        (U, "What's 6/8 minus 3/4?"),
    ],
    "time signatures, not fractions",
)
conv(
    "conv-hand-span",
    [
        (U, "In my woodworking notes a span is my own hand: 23 cm."),
        (A, "Noted."),
        (U, "How many spans is 2 metres?"),
    ],
    "private unit defined earlier",
)
conv(
    "conv-roman-trader",
    [
        (U, "Pretend you're a Roman market trader and stay in character."),
        (A, "Salve, friend! What catches your eye?"),
        (U, "How much for 3 amphorae at 12 denarii each?"),
    ],
    "role-play answer",
)
conv(
    "conv-julian-dates",
    [
        (U, "All dates I give you are in the Julian calendar."),
        (A, "Understood."),
        (U, "What weekday was 5 October 1582?"),
    ],
    "calendar redefined",
)
conv(
    "conv-school-week-number",
    [
        (
            U,
            "At my kid's school week 1 contains 1 September and weeks start on Sunday.",
        ),
        (A, "OK."),
        (U, "Which school week is 20 October 2027 in?"),
    ],
    "custom week numbering",
)
conv(
    "conv-receipt-logging",
    [
        (U, "I'll paste receipts one by one; just reply ok until I say done."),
        (A, "ok"),
        (U, "£14.20 lunch at the station"),
    ],
    "instruction to acknowledge only",
)
conv(
    "conv-percentile-sheet",
    [
        (U, "On our grading sheet, % means percentile, not percent."),
        (A, "Understood."),
        (U, "Is 85% good?"),
    ],
    "percent redefined, judgement",
)
conv(
    "conv-kroner-minutes",
    [
        (U, "Below, k means thousand kroner and m means minutes."),
        (A, "Got it."),
        (U, "12k for 45m of consulting: is that a good rate?"),
    ],
    "abbreviations redefined, opinion",
)
conv(
    "conv-foursomes-net",
    [
        (U, "Our club's rule: net score is gross minus handicap, then halved for foursomes."),
        (A, "Interesting rule."),
        (U, "Gross 92, handicap 18. What's my net?"),
    ],
    "club rule from an earlier turn",
)
conv(
    "conv-bradbury-book-club",
    [
        (U, "We're discussing Bradbury's Fahrenheit 451 at book club."),
        (A, "Great novel."),
        (U, "what's 451 in celsius, and is that really when paper burns?"),
    ],
    "literary question with an explanation",
)
conv(
    "conv-moon-base-gravity",
    [
        (U, "In my game the moon base has 0.4 of Earth's gravity."),
        (A, "OK."),
        (U, "How much would an 80 kg astronaut weigh there?"),
    ],
    "game physics from context",
)
conv(
    "conv-canadian-prices",
    [
        (U, "Every price I give is in Canadian dollars."),
        (A, "Noted."),
        (U, "Is 4.99 for a loaf expensive?"),
    ],
    "opinion",
)
conv(
    "conv-board-game-doubles",
    [
        (U, "In our board game, rolling doubles means you roll again and add it on."),
        (A, "OK."),
        (U, "What are the chances of scoring more than 20 on one turn?"),
    ],
    "probability under a house rule",
)
conv(
    "conv-uk-floors",
    [
        (U, "I'm in the UK, so the ground floor isn't floor 1."),
        (A, "Right."),
        (U, "If I'm on floor 3, how many flights up from the street is that?"),
    ],
    "floor convention from context",
)
conv(
    "conv-that-ambiguous",
    [
        (U, "Tip maths: 15 per cent of 260?"),
        (A, "39."),
        (U, "fine, now 20 percent of that one?"),
    ],
    "that refers back to an earlier turn",
)
conv(
    "conv-grandma-glass",
    [
        (U, "My grandmother's recipe uses a glass of milk, and her glass held 180 ml."),
        (A, "Good to know."),
        (U, "How much milk for 4 glasses?"),
    ],
    "private measure defined earlier",
)
conv(
    "conv-sister-time-zone",
    [
        (U, "I'm flying to see my sister; she lives where I moved from in 2019."),
        (A, "How lovely."),
        (U, "what time is it there when it's 9 am here?"),
    ],
    "places never named",
)
conv(
    "conv-app-versions",
    [
        (U, "We're discussing releases of our app; versions go 1.9, 1.10, 1.11."),
        (A, "Semantic versioning, got it."),
        (U, "Which is bigger, 1.9 or 1.10?"),
    ],
    "version ordering",
)
conv(
    "conv-financial-quarter",
    [
        (U, "Our company's financial year starts on 1 July."),
        (A, "OK."),
        (U, "Which quarter does 14 November fall in?"),
    ],
    "fiscal calendar from context",
)
conv(
    "conv-lock-pairs",
    [
        (U, "On the canal we log lock working in pairs: one up plus one down."),
        (A, "Understood."),
        (U, "If I worked 14 pairs and 9 singles, how many passages is that?"),
    ],
    "pair defined earlier",
)
conv(
    "conv-gas-mark-oven",
    [
        (U, "My oven only has gas marks."),
        (A, "OK."),
        (U, "The recipe says 180 degrees. What do I set it to?"),
    ],
    "gas mark lookup",
)
conv(
    "conv-korean-age",
    [
        (U, "We count ages the traditional Korean way in my family."),
        (A, "Interesting."),
        (U, "How old is my son, born 10 December 2026, on 1 January 2028?"),
    ],
    "age convention redefined",
)

# this set's own check: no unit with several readings anywhere, positives or negatives
_SEVERAL_READINGS = re.compile(
    r"\b(tons?|gallons?|pints?|quarts?|cups?|fl\.? ?oz|fluid ounces?|barrels?|hundredweights?"
    r"|cwt|calories?|kcal|tablespoons?|teaspoons?|tbsp|tsp|mpg|hp|horsepower|kB)\b"
    r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(months?|years?)\b",
    re.IGNORECASE,
)
for _i in items:
    for _t in [_i["query"]] + [m["content"] for m in _i.get("messages") or []]:
        assert not _SEVERAL_READINGS.search(_t), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 139
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 139: {reused}"
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
