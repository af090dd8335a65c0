"""Generate heldout-2027-05-03.jsonl: a hundred-and-fifty-first held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_151.py (from /work/sealed151); it writes the JSONL
next to itself and runs every check below (counts, duplicates, registers, weekdays, digest).

335 items: 45 calculator, 45 units and 45 datetime positives (14 plain one-liners per tool, the
rest in 25 new registers, each used by all three tools) and 200 negatives (100 ordinary, 65
near-positives, 35 conversations whose earlier turns change what the last question means).

Provenance
- Read: bench/grading.py; earlier_registers.txt; and only the permitted line ranges of the copied
  generator (set-up and helpers, units header and unit_r, datetime header and helpers, negatives
  header and conv, weekday check, checks and output), each with sed -n. The previous set's
  queries and docstring were not read. No other JSONL, git, web or code search was used.
- Wrote: all four query sections anew in scratch files, spliced in by line number (bottom range
  first) with a small Python script; answers computed in code (Fraction/Decimal for money,
  datetime and zoneinfo for dates, clock changes and offsets); this docstring last.
- Checked: this script's own checks (first run: 190 negatives, so one near-negative family was
  added; then 33 and then 2 items repeated earlier queries or user turns and were reworded), ruff
  check (dt.UTC alias) and ruff format with the project config, lines within 99 columns (seven
  of my own lines shortened), and a scan of the output JSONL for contested units.
- Slips: whole-file commands beyond the sed ranges: awk (line lengths, printing line numbers,
  then the flagged lines, all my own new text), one grep for a phrase I had just written (it
  matched only my line), and wc -l. No old query text was shown by any of them.
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
OUT = HERE / "heldout-2027-05-03.jsonl"
PREFIX = "ho151-"
# earlier generators: sets 1-150 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 151))
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

# plain one-line arithmetic
calc(P, "17.5 percent of 2,480 comes to what?", pct("17.5") * 2480)
calc(P, "whats 3847 times 29", 3847 * 29)
calc(P, "Compute (845 - 127) / 8.", F(845 - 127, 8))
calc(P, "Work out 2 raised to the 17th power.", 2**17)
calc(P, "Divide 7,391 by 8.", F(7391, 8))
calc(P, "square root of 59049?", 243)
calc(P, "What is 12.6 squared minus 40?", dec("12.6") ** 2 - 40)
calc(P, "How much is 0.35 of 1,260?", dec("0.35") * 1260)
calc(P, "What's 48 plus 17 plus 239 plus 6.5?", 48 + 17 + 239 + dec("6.5"))
calc(P, "Calculate 1,000,000 divided by 640.", F(1000000, 640))
calc(P, "what is fifteen percent of three hundred and forty", pct(15) * 340)
calc(P, "What is 7 factorial divided by 36?", F(math.factorial(7), 36))
calc(P, "Please work out 3.75 × 48 − 19.2.", dec("3.75") * 48 - dec("19.2"))
calc(P, "Increase 860 by 12.5%.", 860 * (1 + pct("12.5")))
assert math.isqrt(59049) ** 2 == 59049 and math.isqrt(59049) == 243

FRES = "fresnel_lens_restoration_bench"
calc(
    FRES,
    "The lighthouse trust pays me £38.50 an hour for restoring the lens. I logged 6.5 hours on "
    "Monday, 7.25 on Tuesday and 4.75 on Wednesday. What do I invoice for the three days?",
    dec("38.50") * (dec("6.5") + dec("7.25") + dec("4.75")),
)
calc(
    FRES,
    "need 8 tubs of cerium oxide polishing compound at £14.80 a tub plus 20% VAT - what's the "
    "total i pay?",
    8 * dec("14.80") * (1 + pct(20)),
)
HURDY = "hurdy_gurdy_busker"
calc(
    HURDY,
    "Counting the hat after an afternoon busking with the hurdy-gurdy: three £20 notes, seven "
    "£10 notes, eleven £5 notes, 23 pound coins and £6.40 in small change. Total in pounds?",
    60 + 70 + 55 + 23 + dec("6.40"),
)
YAK = "yak_wool_hand_spinner"
calc(
    YAK,
    "I spun 740 g of yak down and sell it in 25 g skeins at $18.50 a skein. If I sell every full "
    "skein (the leftover bit I keep), how many dollars do I take?",
    (740 // 25) * dec("18.50"),
)
MARQ = "marquee_hire_foreman"
calc(
    MARQ,
    "Marquee quote for a 12 m x 30 m frame: £4.20 per square metre for the structure, £2.65 per "
    "square metre for flooring, plus a flat £350 delivery charge. What's the total?",
    12 * 30 * (dec("4.20") + dec("2.65")) + 350,
)
calc(
    MARQ,
    "we've got 9 riggers on 11.5 hour shifts at £16.40/hr for the festival build, three days "
    "straight. whats the wage bill",
    9 * dec("11.5") * dec("16.40") * 3,
)
VIA = "via_ferrata_guide_office"
calc(
    VIA,
    "A group of 7 books the via ferrata; the guiding fee is €89 per person with 15% off for "
    "groups of six or more, plus €6 per person kit hire which isn't discounted. Total in euros?",
    7 * 89 * (1 - pct(15)) + 7 * 6,
)
CORAL = "coral_frag_aquarist"
calc(
    CORAL,
    "Frag swap sales: 14 zoanthid frags at $22, 9 acropora frags at $45 and 6 torch coral heads "
    "at $65.50. The payment app keeps 3.5% of the total. What do I actually receive?",
    (14 * 22 + 9 * 45 + 6 * dec("65.50")) * (1 - pct("3.5")),
)
SUGAR = "sugarcraft_cake_decorator"
calc(
    SUGAR,
    "Pricing a four-tier wedding cake: 180 sugar roses at 45p each, 7.5 kg of fondant at £6.80 "
    "per kg, and 14 hours of my labour at £22 an hour. What should I charge in total?",
    180 * dec("0.45") + dec("7.5") * dec("6.80") + 14 * 22,
)
BOAT = "narrowboat_hire_yard_fitter"
calc(
    BOAT,
    "Galley refit on a hire narrowboat: 3 sheets of marine ply at £47.60, 2 oak worktops at "
    "£129.99 and 18 hours of my time at £31.50. What's the bill?",
    3 * dec("47.60") + 2 * dec("129.99") + 18 * dec("31.50"),
)
THATCH = "reed_thatcher_bundles"
calc(
    THATCH,
    "a roof needs 1,350 bundles of water reed. they're £3.85 a bundle and i've already got 220 "
    "in the yard. how much to buy the rest",
    (1350 - 220) * dec("3.85"),
)
MYST = "murder_mystery_dinner_host"
calc(
    MYST,
    "Murder mystery dinner: 46 guests paid £42 each, the venue keeps 30% of the ticket money, "
    "and I pay 6 actors £85 apiece. How much is left for me?",
    46 * 42 * (1 - pct(30)) - 6 * 85,
)
calc(
    MYST,
    "Split a profit of £842.40 between me and my two co-writers in the ratio 5:2:2, with the 5 "
    "being my share. How much do I get?",
    dec("842.40") * F(5, 9),
)
CROSS = "cryptic_crossword_setter"
calc(
    CROSS,
    "The paper pays £215 per cryptic crossword and £90 per quick one. Over the season I set 26 "
    "cryptics and 52 quicks, and 20% is withheld for tax. What's my net pay?",
    (26 * 215 + 52 * 90) * (1 - pct(20)),
)
LIFE = "lifeboat_coxswain_log"
calc(
    LIFE,
    "For the station log: the lifeboat burned 412 litres of diesel on the shout at €1.785 a "
    "litre. What did the fuel cost, to the cent?",
    412 * dec("1.785"),
)
VINE = "vineyard_picker_crew_boss"
calc(
    VINE,
    "Pickers get 0.42 euro per kilo. Ana picked 386 kg, Tomas 412 kg and Lea 298.5 kg. What's "
    "the total payroll for the three?",
    (386 + 412 + dec("298.5")) * dec("0.42"),
)
calc(
    VINE,
    "The crew filled 214 crates averaging 18.5 kg of grapes each. How many kilograms of grapes "
    "is that altogether?",
    214 * dec("18.5"),
)
FARR = "travelling_farrier_rounds"
calc(
    FARR,
    "Day's round: shod 5 horses all round at £95 a set, trimmed 8 ponies at £30 each, and "
    "charged mileage of 64 miles at 45p a mile. Invoice total for the day?",
    5 * 95 + 8 * 30 + 64 * dec("0.45"),
)
KARA = "karaoke_bar_night_manager"
calc(
    KARA,
    "Saturday's till at the karaoke bar: 312 drinks at an average of £5.75 and 48 private room "
    "bookings at £35 each. What's the total?",
    312 * dec("5.75") + 48 * 35,
)
calc(
    KARA,
    "Tip jar came to £486.60 after close. Split equally between 6 staff, how much each?",
    dec("486.60") / 6,
)
MARB = "paper_marbling_bookbinder"
calc(
    MARB,
    "Each marbled sheet costs me £1.35 in paint and carrageen and sells for £4.80. How many "
    "sheets must I sell to cover a £621 craft fair stall fee exactly?",
    621 / (dec("4.80") - dec("1.35")),
)
SWIM = "open_water_swim_marshal"
calc(
    SWIM,
    "Lake swim entries: 138 swimmers at £28 and 42 late entries at £35. Every swimmer gets a "
    "cap costing us £1.60. What's the entry money left after paying for caps?",
    138 * 28 + 42 * 35 - (138 + 42) * dec("1.60"),
)
ORCH = "orchid_show_judge"
calc(
    ORCH,
    "Judging weights: form 30%, colour 25%, size 15%, floriferousness 30%. A Phalaenopsis scored "
    "88, 92, 75 and 81 in that order. What is its weighted score?",
    pct(30) * 88 + pct(25) * 92 + pct(15) * 75 + pct(30) * 81,
)
KITE = "kitesurf_school_instructor"
calc(
    KITE,
    "Single kitesurf lessons are $120 each; a pack of 10 lessons costs $1,020. How many dollars "
    "per lesson does the pack save?",
    120 - F(1020, 10),
)
TIN = "tin_toy_restorer"
calc(
    TIN,
    "Bought a 1950s clockwork tin robot for £240, spent £65 on parts, and it sold at auction "
    "for £520 less 12.5% commission. What was my profit?",
    520 * (1 - pct("12.5")) - 240 - 65,
)
SIGN = "sign_language_interpreter_rota"
calc(
    SIGN,
    "Invoice for BSL cover: two interpreters for a 3.5 hour conference at $78 an hour each, "
    "plus travel at $0.67 a mile for 42 miles each. Total?",
    2 * dec("3.5") * 78 + 2 * 42 * dec("0.67"),
)
SEPT = "septic_tank_emptier_rounds"
calc(
    SEPT,
    "The tanker holds 9,000 litres. This round's jobs took 3,400, 2,850 and 2,100 litres. How "
    "many litres of space are left in the tanker?",
    9000 - 3400 - 2850 - 2100,
)
SHIP = "tall_ship_bosun"
calc(
    SHIP,
    "Bosun's order: 14 new lines, each 36.5 metres long, in rope costing £3.20 a metre. What "
    "does the rope cost?",
    14 * dec("36.5") * dec("3.20"),
)
calc(
    SHIP,
    "32 trainees each pay £1,150 for the voyage, but 3 of them get a 40% bursary off their "
    "fee. What's the total fee income?",
    29 * 1150 + 3 * 1150 * (1 - pct(40)),
)
ULTRA = "ultramarathon_aid_station_captain"
calc(
    ULTRA,
    "Stocking the aid station: 2 gels per runner at 1.95 each for 265 runners, plus 40 kg of "
    "bananas at 1.20 per kg. Total spend?",
    2 * 265 * dec("1.95") + 40 * dec("1.20"),
)
KNIFE = "mobile_knife_grinder_van"
calc(
    KNIFE,
    "Sharpened 23 kitchen knives at £4.50, six pairs of scissors at £6 and two mower blades at "
    "£12.50 for a restaurant; they get 10% off the whole lot. What do they pay?",
    (23 * dec("4.50") + 6 * 6 + 2 * dec("12.50")) * (1 - pct(10)),
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


# plain one-line conversions
unit_r(P, "Put 26.2 miles into kilometres.", dec("26.2") * MI / 1000)
unit(P, "A body temperature of 98.6 °F is how many degrees Celsius?", f_to_c(dec("98.6")), EXACT)
unit_r(P, "How many pounds is 80 kg?", 80 / LB)
_h = (5 * FT + 11 * IN) * 100
unit(P, "I'm 5 feet 11 inches tall; how many centimetres is that?", _h, EXACT)
unit_r(P, "convert 350 square feet to square metres", 350 * SQFT)
unit(P, "3.5 hours equals how many seconds?", dec("3.5") * 3600, EXACT)
unit(P, "What's 2.5 GiB in MiB?", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "what is 120 km/h in mph", 120 * KMH / MPH)
unit(P, "How many millilitres in 4.2 litres?", dec("4.2") * 1000, EXACT)
unit_r(P, "30 psi expressed in bar?", 30 * PSI / BAR)
unit_r(P, "What is 15 stone in kilograms?", 15 * STONE)
unit_r(P, "How many square metres make up 2 acres?", 2 * ACRE)
unit(P, "How many kilojoules are in 500 kWh?", 500 * 3600, EXACT)
unit(P, "Change -12 °C into degrees Fahrenheit.", c_to_f(-12), EXACT)

unit_r(
    FRES,
    "The first-order Fresnel lens has a focal length of 920 mm. What is that in inches?",
    F(920, 1000) / IN,
)
unit_r(
    HURDY,
    "my hurdy gurdy in its case weighs 7.8 kg and the coach company lists its luggage limit in "
    "pounds. how many pounds is 7.8 kg",
    dec("7.8") / LB,
)
unit_r(HURDY, "The hurdy-gurdy's string length is 34 cm; what is that in inches?", F(34, 100) / IN)
unit_r(YAK, "A raw yak fleece weighed 1.9 kg. How many ounces is that?", dec("1.9") / OZ)
unit_r(
    YAK,
    "My hat pattern gives yarn in yards but my skein label says 450 metres. How many yards is "
    "450 m?",
    450 / YD,
)
unit_r(MARQ, "The marquee floor is 15 m by 25 m. What is that area in square feet?", 375 / SQFT)
unit_r(VIA, "The via ferrata climbs 1,150 metres of height. How many feet is that?", 1150 / FT)
unit_r(
    VIA,
    "The cable anchors are rated to 22 kN. Convert that to kilograms-force (standard gravity).",
    22000 / G0,
)
unit(
    CORAL,
    "The reef tank has to sit at 25.5 °C. What's that in Fahrenheit?",
    c_to_f(dec("25.5")),
    EXACT,
)
unit_r(
    SUGAR,
    "An old royal icing recipe calls for 2 lb of icing sugar. How many grams is that?",
    2 * LB * 1000,
)
unit_r(BOAT, "The hire boat is 57 feet long. What is her length in metres?", 57 * FT)
unit_r(
    THATCH, "A bundle of water reed is about 1.8 m long. How long is it in feet?", dec("1.8") / FT
)
unit(
    MYST,
    "The script says the body lay 40 yards from the house, but our venue plan is metric. How "
    "many metres is 40 yards?",
    40 * YD,
    EXACT,
)
unit_r(
    CROSS, "The crossword grid is printed 11 cm square. How wide is it in inches?", F(11, 100) / IN
)
unit(
    LIFE,
    "The casualty vessel was drifting at 3 knots. What is that in km/h?",
    3 * F(1852, 1000),
    EXACT,
)
unit_r(
    LIFE,
    "Wind was gusting 55 mph during the shout. Convert that to kilometres per hour.",
    55 * MPH / KMH,
)
unit_r(VINE, "The Syrah block is 6.5 hectares. How many acres is that?", dec("6.5") * 10000 / ACRE)
unit_r(
    FARR,
    "A steel shoe blank is 5/16 inch thick. How many millimetres is that?",
    F(5, 16) * IN * 1000,
)
unit_r(
    KARA,
    "the new speaker stack weighs 68 kg, what's that in stone",
    68 / STONE,
)
unit_r(
    MARB,
    "My marbling tray is 60 cm by 45 cm. What's its area in square inches?",
    F(60, 100) * F(45, 100) / (IN * IN),
)
unit_r(SWIM, "The lake course is 3.8 km. How many miles is that?", 3800 / MI)
unit(
    ORCH,
    "The orchid house must not drop below 59 °F. What's that in Celsius?",
    f_to_c(59),
    EXACT,
)
unit(
    ORCH,
    "The flower spike measured 28 inches. How long is that in centimetres?",
    28 * IN * 100,
    EXACT,
)
unit_r(KITE, "Our training kite lines are 24 metres. How many feet is that?", 24 / FT)
unit(TIN, "the robot stands 9.5 inches tall - in millimetres please", 95 * IN * 100, EXACT)
unit_r(
    SIGN,
    "The conference hall is 1,200 square metres; what's that in square feet?",
    1200 / SQFT,
)
unit_r(SEPT, "The tank holds 2,700 litres. How many cubic feet is that?", F(2700, 1000) / CUFT)
unit(SHIP, "The mainmast rises 110 feet above the deck. How many metres?", 110 * FT, EXACT)
unit_r(ULTRA, "The race is 100 miles. How many kilometres is that?", 100 * MI / 1000)
unit_r(ULTRA, "Our aid station sits at 2,450 m altitude. What is that in feet?", 2450 / FT)
unit(
    KNIFE,
    "The grinding wheel spins at 3,450 revolutions per minute. How many revolutions per second?",
    F(3450, 60),
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


def tz_ahead(a, b, day):
    """Hours zone a is ahead of zone b at noon on day."""
    t = DT.combine(day, dt.time(12))
    off_a = t.replace(tzinfo=ZoneInfo(a)).utcoffset()
    off_b = t.replace(tzinfo=ZoneInfo(b)).utcoffset()
    return F(int((off_a - off_b).total_seconds()), 3600)


def working_day_end(start, n):
    """The nth Monday-to-Friday day counting start (a weekday) as the first."""
    assert start.weekday() < 5
    d, k = start, 1
    while k < n:
        d += TD(days=1)
        if d.weekday() < 5:
            k += 1
    return d


# plain one-line calendar questions
date_item(P, "14 July 1789 fell on which day of the week?", weekday(D(1789, 7, 14)))
date_item(
    P,
    "How many days are there between 3 March 2027 and 19 November 2027?",
    days(D(2027, 3, 3), D(2027, 11, 19)),
)
date_item(P, "What date is 90 days after 12 January 2028?", D(2028, 1, 12) + TD(days=90))
date_item(P, "What's the date 6 weeks before 1 August 2027?", D(2027, 8, 1) - TD(weeks=6))
date_item(
    P,
    "how many weeks is it from 4 Jan 2027 until 29 Mar 2027",
    weeks(D(2027, 1, 4), D(2027, 3, 29)),
)
date_item(P, "25 December 2031 lands on what weekday?", weekday(D(2031, 12, 25)))
date_item(
    P,
    "Someone born on 9 November 1984: how old are they on 2 May 2027?",
    age(D(1984, 11, 9), D(2027, 5, 2)),
)
date_item(P, "What date is 250 days after 20 February 2027?", D(2027, 2, 20) + TD(days=250))
date_item(P, "How many hours are there from 08:15 to 17:45?", clock_span("08:15", "17:45", 3600))
date_item(P, "When is the third Thursday of November 2029?", nth_weekday(2029, 11, THU, 3))
date_item(
    P, "How many minutes from 22:40 to 06:10 the next morning?", clock_span("22:40", "06:10", 60)
)
date_item(P, "What is the date of the last Friday of June 2028?", nth_weekday(2028, 6, FRI, -1))
date_item(
    P, "How many days from 1 January 2028 to 1 March 2028?", days(D(2028, 1, 1), D(2028, 3, 1))
)
date_item(
    P,
    "How many hours ahead of New York is Tokyo on 10 July 2027?",
    tz_ahead("Asia/Tokyo", "America/New_York", D(2027, 7, 10)),
)

_d = D(2027, 9, 7)
date_item(
    FRES,
    f"The lens panels went off for re-silvering on {sayw(_d)} and the workshop quotes 45 days. "
    "On what date should they come back?",
    _d + TD(days=45),
)
date_item(
    HURDY,
    "My busking pitch permit runs for 120 days, with 1 April 2027 as day one. What's the last "
    "day it's valid?",
    D(2027, 4, 1) + TD(days=119),
)
date_item(
    YAK,
    "Shearing was on 18 June 2027 and the fleece needs 3 weeks of drying before I spin it. What "
    "date can I start spinning?",
    D(2027, 6, 18) + TD(weeks=3),
)
date_item(
    MARQ,
    "The wedding marquee goes up on 12 August 2028 and comes down 9 days later. What day of the "
    "week is the takedown?",
    weekday(D(2028, 8, 12) + TD(days=9)),
)
date_item(
    VIA,
    "The guide office opens for the season on 15 June 2027 and closes on 30 September 2027. How "
    "many days is it open, counting both the opening and the closing day?",
    days(D(2027, 6, 15), D(2027, 9, 30)) + 1,
)
date_item(
    CORAL,
    "I glued a frag onto its plug on 3 March 2027 and it needs 10 weeks to encrust before I sell "
    "it. Earliest sale date?",
    D(2027, 3, 3) + TD(weeks=10),
)
_w = D(2027, 9, 18)
date_item(
    SUGAR,
    f"The wedding is on {sayw(_w)} and the fruit cake has to be baked 8 weeks before to mature. "
    "What date do I bake it?",
    _w - TD(weeks=8),
)
date_item(
    SUGAR,
    "The couple ordered a first-anniversary cake for 18 September 2028. What weekday is that?",
    weekday(D(2028, 9, 18)),
)
_s = D(2027, 4, 2)
date_item(
    BOAT,
    f"Our hire season runs from {sayw(_s)} to 31 October 2027. How many days is that from the "
    "first date to the second?",
    days(_s, D(2027, 10, 31)),
)
date_item(
    BOAT,
    "A fit-out starts on 11 January 2028 and the yard books it for 37 days. What date is 37 "
    "days after the start?",
    D(2028, 1, 11) + TD(days=37),
)
_t = D(2027, 6, 7)
date_item(
    THATCH,
    f"Re-thatching starts on {sayw(_t)} and takes 23 working days, Monday to Friday only, with no "
    "holidays, counting the first day as day one. On what date do we finish?",
    working_day_end(_t, 23),
)
date_item(
    THATCH,
    "A long-straw thatch was laid on 5 May 1998. How old is it, in whole years, on 5 May 2027?",
    age(D(1998, 5, 5), D(2027, 5, 5)),
)
_m = D(2027, 10, 1)
date_item(
    MYST,
    f"Our murder mystery runs every second Friday starting {sayw(_m)}. What's the date of the "
    "6th show?",
    _m + TD(weeks=2 * 5),
)
_c = D(2027, 3, 6)
date_item(
    CROSS,
    f"My puzzle appears every Saturday; number 500 ran on {sayw(_c)}. On what date does number "
    "550 run?",
    _c + TD(weeks=50),
)
date_item(
    CROSS,
    "How many days between filing my Christmas special on 14 December 2027 and its publication "
    "on 8 January 2028?",
    days(D(2027, 12, 14), D(2028, 1, 8)),
)
date_item(
    LIFE,
    "Pagers went off at 23:47 and the boat was back on the slipway at 03:12. How many minutes "
    "was the shout?",
    clock_span("23:47", "03:12", 60),
)
date_item(
    VINE,
    "Budburst was 2 April 2028 and we picked on 14 September 2028. How many days between them?",
    days(D(2028, 4, 2), D(2028, 9, 14)),
)
_f = D(2027, 3, 4)
date_item(
    FARR,
    f"She's shod every 6 weeks and was last done on {sayw(_f)}. When is she next due?",
    _f + TD(weeks=6),
)
date_item(
    FARR,
    "A trim booked 45 days after 9 October 2027 lands on which day of the week?",
    weekday(D(2027, 10, 9) + TD(days=45)),
)
date_item(
    KARA,
    "Our premises licence paperwork has to be in 28 days before 1 March 2028. What's the "
    "deadline date?",
    D(2028, 3, 1) - TD(days=28),
)
date_item(
    MARB,
    "The carrageen size must rest 36 hours. I mixed it at 19:00 on 4 November 2027; on what "
    "date will it be ready?",
    (DT(2027, 11, 4, 19) + TD(hours=36)).date(),
)
_dover = DT(2027, 10, 30, 22, 0, tzinfo=ZoneInfo("Europe/London"))
_land = DT(2027, 10, 31, 13, 30, tzinfo=ZoneInfo("Europe/Paris"))
_swim_h = F(
    int((_land.astimezone(dt.UTC) - _dover.astimezone(dt.UTC)).total_seconds()),
    3600,
)
assert _dover.utcoffset() != DT(2027, 11, 1, tzinfo=ZoneInfo("Europe/London")).utcoffset()
date_item(
    SWIM,
    f"Our relay left Dover at 22:00 UK time on {sayw(_dover.date())} and landed near Cap "
    f"Gris-Nez at 13:30 French time on {sayw(_land.date())}. How many hours was the swim?",
    _swim_h,
)
date_item(
    ORCH,
    "The spring orchid show is on the second Sunday of May 2028. What date is that?",
    nth_weekday(2028, 5, SUN, 2),
)
date_item(
    KITE,
    "Summer camp runs from 19 July to 13 August 2027 inclusive. How many days of camp is that?",
    days(D(2027, 7, 19), D(2027, 8, 13)) + 1,
)
date_item(
    TIN,
    "The factory stamp says the robot was made on 1 March 1957. How old was it, in whole years, "
    "when I sold it on 15 February 2027?",
    age(D(1957, 3, 1), D(2027, 2, 15)),
)
date_item(
    SIGN,
    "How many hours is London ahead of Toronto on 14 June 2027?",
    tz_ahead("Europe/London", "America/Toronto", D(2027, 6, 14)),
)
_b = D(2027, 12, 2)
date_item(
    SIGN,
    f"A court booking came in on {sayw(_b)} for a hearing 75 days later. What's the hearing date?",
    _b + TD(days=75),
)
date_item(
    SEPT,
    "Tank emptied 20 May 2027, and the service interval is 26 weeks. When is it next due?",
    D(2027, 5, 20) + TD(weeks=26),
)
date_item(
    SHIP,
    "We sail from Falmouth on 4 June 2027 and the passage plan says 41 days at sea. What date "
    "do we arrive?",
    D(2027, 6, 4) + TD(days=41),
)
_u = DT(2027, 9, 18, 5)
date_item(
    ULTRA,
    f"The race starts at 05:00 on {sayw(_u.date())} with a 30-hour cut-off. On which day of "
    "the week does the cut-off fall?",
    weekday((_u + TD(hours=30)).date()),
)
date_item(
    KNIFE,
    "I sharpen at the farmers' market every 10 days, first visit 3 January 2027. What date is "
    "my 20th visit?",
    D(2027, 1, 3) + TD(days=10 * 19),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: opinions, explanations, missing facts, identifiers, code, estimates
_ORD = {
    "ord-spending-opinions-151": [
        "Is it worth paying £40 extra a month for faster broadband if I mostly stream in HD?",
        "Should I put my £5,000 bonus toward my car loan at 6.9% or into an index fund?",
        "My landlord wants to put the rent up by 8%. Is that reasonable for a one-bed flat?",
        "Which is the better deal in your view: 25% off now or holding out for the January sales?",
        "Do you think $18 an hour is a fair wage for a weekend dog walker?",
        "is splitting the restaurant bill evenly fairer than everyone paying for what they had",
        "Would you rather have £1,000 now or £1,100 next spring, and why?",
        "Is a 4.5% mortgage rate considered high at the moment?",
        "How much is it polite to tip a hairdresser in Canada?",
        "My teenager wants a 30 euro weekly allowance. Is that too much?",
    ],
    "ord-why-it-works-151": [
        "Why does dividing by a fraction make a number bigger?",
        "Convince me that 0.999 recurring is exactly 1.",
        "Why are most century years not leap years?",
        "Why is the kilogram no longer defined by a metal cylinder in Paris?",
        "What's the intuition behind compound interest outgrowing simple interest?",
        "How did some countries end up writing the day before the month?",
        "Why isn't absolute zero a round number like -273 °C or -300 °C?",
        "how come multiplying two negatives gives a positive",
        "Why does the International Date Line zigzag instead of running straight?",
        "In plain words, what is a percentage point as opposed to a percent?",
    ],
    "ord-needs-outside-facts-151": [
        "How much would it cost to fill my car's tank at the current petrol price?",
        "What's 200 US dollars in Japanese yen at the going exchange rate?",
        "How long does it take to drive from Leeds to Inverness?",
        "What did a loaf of bread cost in Britain in 1970?",
        "What's the population of Lagos these days?",
        "Water boils at what temperature on top of Kilimanjaro?",
        "Give me the Burj Khalifa's height in feet.",
        "How much do two adult Shetland ponies weigh together?",
        "What interest rate are UK premium bonds paying right now?",
        "How many steps does an average person take to walk a marathon?",
    ],
    "ord-codes-and-labels-151": [
        "Which terminal does flight BA 2490 go from?",
        "The fridge display shows error E-21-4. What does it mean?",
        "Is 0800 800 150 a scam number?",
        "Part number 6205-2RS: what kind of bearing is that?",
        "What are the main differences going from Python 3.11 to 3.12?",
        "What does a cricket score of 245/7 declared mean?",
        "My tyre sidewall says 205/55 R16 91V. What do the numbers mean?",
        "Which book is ISBN 978-0-14-044913-6, and who wrote it?",
        "Does the 7/11 bus still run on Sundays?",
        "Room 12-04 on the office floor plan: which floor is that on?",
    ],
    "ord-write-me-code-151": [
        "Write a Python function that returns the number of days between two ISO dates.",
        "Give me an Excel formula that adds 20% VAT to the value in cell B2.",
        "Write a SQL query that totals invoice amounts per calendar month.",
        "Can you write a JavaScript snippet that converts Celsius to Fahrenheit?",
        "Write a bash one-liner to print the line count of each .csv file in a folder.",
        "How do I format a number as currency with two decimals in Go?",
        "Write a regular expression to validate a UK postcode like SW1A 1AA.",
        "Write a Python class for a bank account with deposit and withdraw methods.",
        "How do I compute a 7-day moving average in pandas?",
        "Write a Rust function that checks whether a year is a leap year.",
    ],
    "ord-ballpark-guesses-151": [
        "Give me a rough guess at the number of piano tuners working in Chicago.",
        "About how much would a kitchen renovation cost in a small terraced house?",
        "Estimate how many golf balls fit in a school bus.",
        "Roughly how many words does an average novel have?",
        "Ballpark: how long would it take to read the whole of Wikipedia?",
        "How much paint will I need for a bedroom, roughly?",
        "What's a sensible weekly grocery budget for two adults in Dublin?",
        "Around how many hours does it take a beginner to knit a jumper?",
        "Roughly how many bricks go into a typical two-storey house?",
        "Approximately how far can a honeybee fly in a day?",
    ],
    "ord-what-does-my-number-mean-151": [
        "My blood pressure reading was 142 over 91. Is that something to worry about?",
        "My credit score is 690. What does that say about me to a lender?",
        "The forecast says 70% chance of rain. Does that mean it rains for 70% of the day?",
        "What does an APR of 29.9% actually mean on a credit card?",
        "My running watch says my VO2 max is 48. Is that good for a woman in her forties?",
        "The house's energy rating is 68 D. What should I improve first?",
        "My son got a 7 in GCSE maths. How good is that?",
        "My experiment gave p = 0.03. What can I conclude?",
        "My phone's battery health shows 81%. Should I replace the battery?",
        "The sign says the bridge clearance is 4.2 m. Why are those signs usually rounded down?",
    ],
    "ord-house-rules-notation-151": [
        "Let x ◇ y mean 3x minus y. What is 7 ◇ 5?",
        "In this puzzle 2 + 3 = 10 and 4 + 5 = 36. What does 6 + 7 equal?",
        "If 'plus' means multiply and 'minus' means add, what's 8 plus 3 minus 4?",
        "In clock arithmetic, can you explain why 9 + 5 comes to 2?",
        "If every number here is written in base 7, what is 65 + 14?",
        "Our lab writes 2.400,75 in the continental way. How would that be written in English?",
        "In this riddle a dozen means thirteen. How many eggs are in 4 dozen?",
        "SEND + MORE = MONEY, each letter a different digit. What digit is M?",
        "Treating ^ as XOR like in C, what is 6 ^ 3?",
        "If a star b means a squared plus b, what is 3 star 4?",
    ],
    "ord-wordsmithing-151": [
        "Help me write a polite email chasing a £1,240 invoice that's 30 days overdue.",
        "Draft a tweet announcing our bakery's 10th anniversary sale, 15% off everything.",
        "Rewrite this to be clearer: 'Costs went up 3% to 4% over the last quarter.'",
        "Write a short poem about turning 60.",
        "How should I word a wedding invitation for a Saturday at 3:30 pm?",
        "Suggest a name for a café that opens at 6 am for shift workers.",
        "Make this sound professional: 'ur order of 12 boxes ships tues'.",
        "Summarise the pros and cons of a four-day working week.",
        "Translate 'the meeting is at half past two on Thursday' into French.",
        "Write a toast for my parents' 40th wedding anniversary.",
    ],
    "ord-training-and-health-151": [
        "I ran 5 km in 31 minutes. How should I train to get under 28?",
        "How much water should a 70 kg person drink while hiking in the heat?",
        "Is lifting weights 3 times a week enough to build muscle?",
        "My baby is 9 weeks old and sleeps 5 hours a night. Is that normal?",
        "How many hours of sleep does a teenager need?",
        "What pace should I aim for in my first half marathon?",
        "Is 12,000 steps a day better than 8,000 for losing weight?",
        "My dog weighs 24 kg. How long should his daily walk be?",
        "Should I stretch before or after a 10 km run?",
        "How long should I rest between sets of squats?",
    ],
}
for _fam, _qs in _ORD.items():
    for _q in _qs:
        neg(_fam, _q)

# near-negatives: look like tool questions but lack a fact or need judgement
_NEAR = {
    "near-rate-not-given-151": (
        "the rate or price the answer depends on is not stated",
        [
            "Parking is the usual rate and I stayed 3 hours 40 minutes. How much do I owe?",
            "What's the VAT on a €250 invoice in Ireland?",
            "Convert 150 euros to dollars.",
            "How much income tax do I pay on a £42,000 salary in Scotland?",
            "My electricity meter went from 3,410 to 3,785. What will the bill be?",
            "The cab charged the night tariff for 12 km. How much should that be?",
            "What's the stamp duty on a £385,000 house?",
            "Split the bill five ways, including what I ordered.",
            "How much is a 20% deposit on the flat I mentioned?",
            "If I add the service charge, what does the £86 meal come to?",
        ],
    ),
    "near-date-not-given-151": (
        "the date the answer depends on is missing or a historical fact",
        [
            "Count the days left before my passport runs out, please.",
            "What weekday will my birthday fall on in 2029?",
            "How old was Mozart when he wrote his first symphony?",
            "How many days after a full moon is the next spring tide?",
            "When can people in Spain next see a total solar eclipse?",
            "What date did the Berlin Wall come down, and what day of the week was it?",
            "What date was 10,000 days after the first Moon landing?",
            "My lease started on the day we signed. When does the 52-week term end?",
            "The gig is the night after the band's album release. What date is that?",
            "How many Sundays are left before my exam?",
        ],
    ),
    "near-no-fixed-factor-151": (
        "a conversion that depends on a density, size table or convention, not a fixed factor",
        [
            "How many grams is one stick of butter?",
            "Convert 5 scoops of protein powder to grams.",
            "What's the weight of one litre of runny honey?",
            "What Beaufort force is a 40 knot wind?",
            "How many bricks do I need per square metre of wall?",
            "I'm a UK size 9 shoe. What's that in EU sizes?",
            "How many kilograms of flour make 3 loaves?",
            "How heavy is 2 cubic metres of wet sand?",
            "Turn my 10 km race time into a marathon prediction.",
            "A 1 in 12 ramp rises 45 cm. Is that wheelchair-compliant where I live?",
        ],
    ),
    "near-digits-as-labels-151": (
        "the numbers are identifiers, scores or versions, not quantities",
        [
            "On CB radio, what's meant by 10-4?",
            "Our app went from version 2.9 to 2.10. Is 2.10 the newer one?",
            "My locker code is 3-7-9. Can you suggest a harder one?",
            "The score was 6-4, 3-6, 7-5. Did the first-named player win?",
            "Is flight UA 90/91 a round trip?",
            "Is a 1/2 inch BSP fitting the same thread as a 1/2 inch NPT?",
            "Gate 14B: which terminal is that at Heathrow?",
            "What does 24/7/365 mean on a shop sign?",
            "Does the 4x4 bus go to the hospital?",
            "Is a 2x4 really 2 inches by 4 inches?",
        ],
    ),
    "near-sums-with-judgement-151": (
        "the numbers are there but the question asks for a judgement",
        [
            "I take home £2,300 a month and rent is £1,150. Am I spending too much on rent?",
            "Is 18% a good return on a rental that cost $240,000?",
            "We spend €620 a month on food for four. Is that high?",
            "The quote is £4,800 for a new boiler. Is that a rip-off?",
            "I have 14 days of annual leave left. What's the best way to spread them?",
            "My car does 14 km per litre. Is that efficient for a hatchback?",
            "500 g at £3.20 or 750 g at £4.60, when the big bag often goes stale?",
            "I save £150 a week. Is it smarter to save or pay off my 19.9% credit card?",
            "A 3% pay rise with 4% inflation: is that really a pay cut?",
            "My 800 m time is 2:31. Is that decent for a club runner?",
        ],
    ),
    "near-teach-the-method-151": (
        "asks how to do the sum, not for its value",
        [
            "Show me how to work out 15% of 80 in my head.",
            "Explain how to convert Fahrenheit to Celsius without a calculator.",
            "Why does 1 January 2028 fall on a Saturday?",
            "Teach me the trick for multiplying two-digit numbers by 11.",
            "How do I count the working days in a month by hand?",
        ],
    ),
}
_NEAR["near-vague-amounts-151"] = (
    "the quantity is vague or the answer is a judgement call",
    [
        "About how many weeks is a university semester?",
        "What's a few hundred grams in kilograms, roughly?",
        "How many hours is a long weekend?",
        "Is 37.8 °C a fever for an adult?",
        "What's a decent tip on a £64 taxi fare?",
        "When a train is 'slightly delayed', how many minutes is that usually?",
        "How many square metres counts as a small garden?",
        "How many days does an opened jar of pesto keep in the fridge?",
        "Is 2,000 kJ a big lunch?",
        "How far is walking distance, in km?",
    ],
)
for _fam, (_note, _qs) in _NEAR.items():
    for _q in _qs:
        neg(_fam, _q, _note)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-points-back-151",
    [
        (U, "A sofa is £1,299 and the matching armchair is £649."),
        (A, "Together that's £1,948."),
        (U, "What if I only buy the cheaper one with 15% off?"),
    ],
    "the cheaper one is the armchair named earlier",
)
conv(
    "conv-points-back-151",
    [
        (U, "We drove 312 km on Saturday and 188 km on Sunday."),
        (A, "That's 500 km over the weekend."),
        (U, "And in miles for the first day only?"),
    ],
    "the first day's distance is in the earlier turn",
)
conv(
    "conv-points-back-151",
    [
        (U, "My night shift runs from 21:30 to 06:00."),
        (A, "That's eight and a half hours."),
        (U, "How about last week's, which started an hour later?"),
    ],
    "refers to a shift described only earlier",
)
conv(
    "conv-points-back-151",
    [
        (U, "Invoice one is $4,200 and invoice two is $3,950."),
        (A, "Noted."),
        (U, "Add 8.25% sales tax to the second and give me the total."),
    ],
    "the second invoice's amount is in the earlier turn",
)
conv(
    "conv-points-back-151",
    [
        (U, "The evening course started on 6 September 2027."),
        (A, "Okay."),
        (U, "What date is 100 days after that?"),
    ],
    "that refers to a date given earlier",
)
conv(
    "conv-house-units-151",
    [
        (U, "In my fantasy novel a day lasts 30 hours and a week has 6 days."),
        (A, "Interesting world-building!"),
        (U, "So how many hours are in a week?"),
    ],
    "the earlier turn redefines the day and the week",
)
conv(
    "conv-house-units-151",
    [
        (U, "For this quiz, treat a mile as exactly 1.6 km."),
        (A, "Understood."),
        (U, "Convert 45 miles to km."),
    ],
    "the earlier turn replaces the real conversion factor",
)
conv(
    "conv-house-units-151",
    [
        (U, "In our shop, 'a box' means 24 jars."),
        (A, "Got it."),
        (U, "How many jars are in 17 boxes?"),
    ],
    "box size is defined only in the earlier turn",
)
conv(
    "conv-house-units-151",
    [
        (U, "From here on, when I put x after a number I mean add 20% VAT to it."),
        (A, "Okay, I'll read it that way."),
        (U, "What is 350x plus 40x?"),
    ],
    "x is redefined notation",
)
conv(
    "conv-house-units-151",
    [
        (U, "Our school week runs Sunday to Thursday, no other days."),
        (A, "Okay."),
        (U, "How many school days are there in 3 weeks?"),
    ],
    "the school week's length is given earlier",
)
conv(
    "conv-oops-redo-151",
    [
        (U, "What's 41 times 16?"),
        (A, "656."),
        (U, "Sorry, I typed it backwards, the first number should be 14. Redo it."),
    ],
    "the corrected sum exists only with the earlier turn",
)
conv(
    "conv-oops-redo-151",
    [
        (U, "Convert 5 km into miles for me."),
        (A, "About 3.11 miles."),
        (U, "oops i meant metres not km, what then"),
    ],
    "the quantity to convert is in the earlier turn",
)
conv(
    "conv-oops-redo-151",
    [
        (U, "How many days between 3 March and 9 April 2027?"),
        (A, "37 days."),
        (U, "No wait, the start should be a week later."),
    ],
    "the corrected range depends on the earlier question",
)
conv(
    "conv-oops-redo-151",
    [
        (U, "Split £240 between the 4 of us."),
        (A, "£60 each."),
        (U, "Actually Sam isn't coming any more."),
    ],
    "the new split depends on the earlier amount and headcount",
)
conv(
    "conv-oops-redo-151",
    [
        (U, "The recipe serves 6 and needs 450 g of flour."),
        (A, "Okay."),
        (U, "Scale it for 10."),
    ],
    "what to scale is in the earlier turn",
)
conv(
    "conv-so-is-that-ok-151",
    [
        (U, "What's 12% of £58,000?"),
        (A, "£6,960."),
        (U, "Is that a normal pension contribution?"),
    ],
    "an opinion about the earlier result",
)
conv(
    "conv-so-is-that-ok-151",
    [
        (U, "26.2 miles is how many km?"),
        (A, "About 42.2 km."),
        (U, "Could a beginner run that after 16 weeks of training?"),
    ],
    "an opinion about the earlier distance",
)
conv(
    "conv-so-is-that-ok-151",
    [
        (U, "How many days between 1 February and 30 June 2027?"),
        (A, "149 days."),
        (U, "Is that long enough to save up for the trip?"),
    ],
    "a judgement about the earlier span",
)
conv(
    "conv-so-is-that-ok-151",
    [
        (U, "My rent is £1,450 and I take home £3,900 a month."),
        (A, "Rent is about 37% of your take-home pay."),
        (U, "Should I move?"),
    ],
    "advice that depends on the earlier figures",
)
conv(
    "conv-so-is-that-ok-151",
    [
        (U, "How much is 40 hours at £11.44?"),
        (A, "£457.60."),
        (U, "Would that be enough to live on in Bristol?"),
    ],
    "a judgement about the earlier result",
)
conv(
    "conv-game-world-151",
    [
        (S, "You are the quartermaster of a pirate crew in a tabletop game."),
        (U, "Arr, we plundered 480 doubloons."),
        (A, "A fine haul, captain!"),
        (U, "Share it out among the 12 crew, with the captain taking a double share."),
    ],
    "a share-out under game rules set in earlier turns",
)
conv(
    "conv-game-world-151",
    [
        (U, "Let's play: I run a shop on Mars, where a sol is 24 hours 39 minutes."),
        (A, "Fun! I'll be the customer."),
        (U, "How many minutes are in 3 sols?"),
    ],
    "the sol is defined in the earlier turn",
)
conv(
    "conv-game-world-151",
    [
        (U, "In my campaign, 10 copper make a silver and 10 silver make a gold."),
        (A, "Classic coinage."),
        (U, "So how much is 3,450 copper in gold?"),
    ],
    "the coin rates are set in the earlier turn",
)
conv(
    "conv-game-world-151",
    [
        (U, "In our story the space station's clocks use 100-minute hours."),
        (A, "Neat detail."),
        (U, "How many minutes is a 6-hour shift?"),
    ],
    "the hour is redefined earlier",
)
conv(
    "conv-game-world-151",
    [
        (
            U,
            "Mystery game clue: the victim's watch stopped at 11:52 and it runs 17 minutes fast.",
        ),
        (A, "Good clue!"),
        (U, "So when did they really die?"),
    ],
    "the times are in the earlier turn",
)
conv(
    "conv-that-day-151",
    [
        (U, "My sister's wedding is on 12 June 2027."),
        (A, "Congratulations to her!"),
        (U, "What weekday is it?"),
    ],
    "it refers to the date given earlier",
)
conv(
    "conv-that-day-151",
    [
        (U, "We signed the lease on 1 March 2027."),
        (A, "Okay."),
        (U, "If I give 90 days' notice that day, when does it run out?"),
    ],
    "that day refers to the earlier date",
)
conv(
    "conv-that-day-151",
    [
        (U, "I'm flying out of Auckland on 3 April 2027."),
        (A, "Have a good trip!"),
        (U, "What's the time difference with where I'm landing?"),
    ],
    "the destination is never given",
)
conv(
    "conv-that-day-151",
    [
        (U, "Dad was born on 14 August 1961."),
        (A, "Noted."),
        (U, "How old will he be at the party?"),
    ],
    "the party date is unknown",
)
conv(
    "conv-that-day-151",
    [
        (U, "The warranty started when I bought the drill on 9 May 2027."),
        (A, "Okay."),
        (U, "Is it still valid?"),
    ],
    "needs the warranty length and the earlier date",
)
conv(
    "conv-follow-on-151",
    [
        (U, "My test scores were 72, 85, 91 and 64."),
        (A, "Thanks."),
        (U, "What's the average if I drop the lowest?"),
    ],
    "the scores are in the earlier turn",
)
conv(
    "conv-follow-on-151",
    [
        (U, "The bathroom floor is 2.4 by 1.8 metres."),
        (A, "That's 4.32 square metres."),
        (U, "How many 30 cm tiles do I need?"),
    ],
    "the floor size is in the earlier turn",
)
conv(
    "conv-follow-on-151",
    [
        (U, "I'm paid fortnightly, £1,240 each time."),
        (A, "Okay."),
        (U, "What's that per week?"),
    ],
    "that refers to the earlier pay",
)
conv(
    "conv-follow-on-151",
    [
        (U, "The pool is 25 metres long."),
        (A, "A standard short-course pool."),
        (U, "How many lengths for 1.5 km?"),
    ],
    "the pool length is in the earlier turn",
)
conv(
    "conv-follow-on-151",
    [
        (U, "Two trains: one leaves at 08:12, the other at 08:47."),
        (A, "Okay."),
        (U, "How long do I wait if I miss the first?"),
    ],
    "the departure times are in the earlier turn",
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
    # no register (family name) of this set is a family name of sets 19 to 150
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 150: {reused}"
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
