r"""Generate heldout-2027-03-18.jsonl: a hundred-and-fifth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed105. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho105-", earlier generators 1-104, register check against sets 19 to 104).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed105/earlier_registers.txt (1919 earlier family names), grepped for each candidate
  register so that none of this set's names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-278 of the copy), the units header
  and unit_r (493-553), the datetime header and helpers up to the first `assert sayus`
  (744-828), the negatives header with neg/conv (1042-1049), and the weekday check, checks and
  output at the end (1865-2088).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No JSONL file, git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a nitrox blending dive shop, a
  snail nursery, a lighthouse relief boatman, a wool mill carding shift, a cathedral clock
  winder, a ski patrol hut, a funeral florist, a lacrosse stick stringer, a commercial diver's
  log, a rare-breed pig show steward, a zamboni driver, a wasabi grower, an amateur radio
  contester, a shoe-last maker, an alpine hut guardian and so on), each register used by all
  three tools, six of them with two items per tool. Phrasing varies: statements, questions,
  imperatives, lowercase, numbers in words, British and American forms, extra context.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, foot,
  pound, stone, nautical mile, psi from standard gravity, bar, kWh, MiB/GiB) for conversions,
  graded exactly when the result terminates in at most three decimals and at 0.1% otherwise
  (only where two decimals stay within 0.1%), and datetime/date arithmetic for dates, weekdays,
  ages, spans, nth weekdays and clock intervals. Weekdays written next to dates come from the
  computed date.
- 200 negatives: 100 ordinary ones (explanations, opinions, writing, code, facts, advice,
  history, how-to, language), 65 near-negatives shaped like positives but needing the model
  (identifiers, missing facts, redefined notation, code, meanings of stated numbers, estimates,
  judgements, lookups), and 35 conversations in which an earlier turn changes what the last
  question means (redefined notation, requested format or language, identifiers, missing facts,
  judgements, tasks); none ends in a plain exact question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 104, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), and a
read-through of every expected value printed with --show. The first run failed the relative-date
check (a calculator query said "today"; reworded), the next found eight queries matching earlier
sets word for word (rephrased). Ruff check and format were run from /work/main (six ISC004
concatenations parenthesised), two lines the formatter joined past 99 columns were split, and
the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_105.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-03-18.jsonl"
PREFIX = "ho105-"
# earlier generators: sets 1-104 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 105))
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


calc(P, "what is 17.5% of 3,240?", pct("17.5") * 3240)
calc(P, "Compute 48 x 0.375 + 19.25", 48 * dec("0.375") + dec("19.25"))
calc(P, "9,876 divided by 16 = ?", F(9876, 16))
calc(P, "whats 2 to the power 13 minus 777", 2**13 - 777)
calc(P, "(345 - 129) / 8, please", F(345 - 129, 8))
calc(P, "what's the square root of seven thousand and fifty-six", 84)
calc(P, "What's 0.65 times 0.48?", dec("0.65") * dec("0.48"))
calc(
    P, "Add up 1,204.50 and 387.25 and 96.80 for me", dec("1204.50") + dec("387.25") + dec("96.80")
)
calc(P, "three hundred and twelve times forty-five", 312 * 45)
calc(P, "How much is 15% off a price of 86 pounds?", 86 * (1 - pct(15)))
calc(P, "7/8 plus 3/20, written as a decimal", F(7, 8) + F(3, 20))
calc(P, "what percentage of 360 is 27", F(27, 360) * 100)
calc(P, "Find the mean of 82, 91, 77, 68 and 95.", F(82 + 91 + 77 + 68 + 95, 5))
calc(P, "If 14 is 35 percent of some number, what's the number?", 14 / pct(35))

NX = "nitrox_blending_dive_shop"
calc(
    NX,
    "Dive shop pricing: an air fill is £4.50 and nitrox costs an extra £0.08 for every percent "
    "of oxygen above 21. What do I charge for 9 fills of EAN32?",
    9 * (dec("4.50") + dec("0.08") * (32 - 21)),
)
calc(
    NX,
    "blending log - the oxygen quad started at 180 bar and each twinset top-up takes 12.5 bar "
    "out of it. after 11 top-ups how many bar are left in the quad",
    180 - 11 * dec("12.5"),
)
HS = "heliciculture_snail_nursery"
calc(
    HS,
    "Snail nursery numbers: 2,400 juveniles per pen, 14 pens, and we typically lose 6% before "
    "harvest. How many snails should reach harvest?",
    2400 * 14 * (1 - pct(6)),
)
LR = "lighthouse_relief_boatman"
calc(
    LR,
    "Relief boat fuel: diesel's 1.37 a litre, we burn 46 litres per round trip and run 3 trips "
    "a week for 8 weeks. What's the fuel bill?",
    46 * 3 * 8 * dec("1.37"),
)
calc(
    LR,
    "Stores order for the keepers — 18 tins at 1.15, 6 sacks of coal at 14.80 and 4 boxes of "
    "candles at 7.35. Total please.",
    18 * dec("1.15") + 6 * dec("14.80") + 4 * dec("7.35"),
)
WM = "wool_mill_carding_shift"
calc(
    WM,
    "On the carding shift the machine turns out 38 kg of sliver an hour. The shift is seven and "
    "a half hours, 45 minutes of which the machine is stopped. How many kg do we make?",
    38 * (dec("7.5") - dec("0.75")),
)
CW = "cathedral_clock_winder"
calc(
    CW,
    "The cathedral clock's going weight drops 1.6 metres per day and the shaft allows 11.2 "
    "metres of fall in total. Most days I can leave it between windings?",
    dec("11.2") / dec("1.6"),
)
SP = "ski_patrol_dispatch_hut"
calc(
    SP,
    "Patrol hut tally: 37 callouts in January, 52 in February, 46 in March. Average per month "
    "over those three?",
    F(37 + 52 + 46, 3),
)
calc(
    SP,
    "Family lift passes for patrollers are 62 a day with 20 percent off. cost for 6 days for 3 "
    "people?",
    62 * 6 * 3 * (1 - pct(20)),
)
FF = "funeral_florist_workroom"
calc(
    FF,
    "Casket spray quote: 85 stems at £1.90 a stem plus £18 of foliage and foam, then we add 40% "
    "on the whole lot for labour. What's the price to the family?",
    (85 * dec("1.90") + 18) * (1 + pct(40)),
)
LS = "lacrosse_stick_stringer"
calc(
    LS,
    "I restring lacrosse heads for the club at £22 a head and the mesh costs me £7.40 a head. "
    "Seventeen heads this month — what's my profit?",
    17 * (22 - dec("7.40")),
)
SF = "samphire_foraging_licence"
calc(
    SF,
    "Our foraging licence allows 15 kg of samphire per picker per day. 4 pickers, 9 days, and "
    "the restaurant pays £11.20 a kilo. Maximum we could earn?",
    15 * 4 * 9 * dec("11.20"),
)
CD = "commercial_diver_decompression_log"
calc(
    CD,
    "Day rate is 480 plus 35 for every hour in the water past the first two. Logged 5.5 hours "
    "in the water on Tuesday's shift, what's the pay for that day?",
    480 + 35 * (dec("5.5") - 2),
)
calc(
    CD,
    "gas for the job: 14 cylinders of heliox at 136.75 each, less a 5 percent contract rebate. "
    "what do we owe the supplier",
    14 * dec("136.75") * (1 - pct(5)),
)
PS = "rare_breed_pig_show_steward"
calc(
    PS,
    "Show entries in: 23 Gloucester Old Spots and 17 Tamworths at £6.50 a head, plus 9 "
    "Berkshires at £8. How much entry money is that altogether?",
    (23 + 17) * dec("6.50") + 9 * 8,
)
BM = "book_marbling_studio"
calc(
    BM,
    "Marbling endpapers: each sheet uses 0.045 litres of carrageen size and a full tray is 60 "
    "sheets. Size costs £9.60 a litre. Cost of the size for one full tray?",
    60 * dec("0.045") * dec("9.60"),
)
ZR = "zamboni_rink_operator"
calc(
    ZR,
    "Each resurface of the rink uses 380 litres of hot water. We do 9 resurfaces a day, six "
    "days a week. Litres of water per week?",
    380 * 9 * 6,
)
GT = "ghost_tour_guide_lantern"
calc(
    GT,
    "lantern ghost walk takings: 26 adults at 14 and 9 kids at 8.50, and the pub where we "
    "finish gets 10% of the takings. how much do i keep",
    (26 * 14 + 9 * dec("8.50")) * (1 - pct(10)),
)
OT = "church_organ_tuning_round"
calc(
    OT,
    "Tuning round invoice: seven churches at £95 each plus mileage, 312 miles at 45p a mile. "
    "Invoice total in pounds?",
    7 * 95 + 312 * dec("0.45"),
)
TP = "theatre_prop_maker_bench"
calc(
    TP,
    "Props budget for the panto is £1,850. So far I've spent 412.60, 389.99 and 275.45. What's "
    "left in the budget?",
    1850 - dec("412.60") - dec("389.99") - dec("275.45"),
)
WG = "wasabi_greenhouse_grower"
calc(
    WG,
    "Fresh wasabi rhizome goes for 2,800 yen per 100 g. A sushi bar wants 1.35 kg. How many yen "
    "is the order?",
    dec("1350") / 100 * 2800,
)
calc(
    WG,
    "18 beds in the greenhouse, 64 plants per bed, and 75% usually reach saleable size. how "
    "many saleable plants should I expect?",
    18 * 64 * pct(75),
)
FD = "ferry_car_deck_loader"
calc(
    FD,
    "Car deck lane is 92 m long and I allow 5.75 m per car including the gap. How many cars go "
    "in one lane?",
    dec("92") / dec("5.75"),
)
MC = "dog_sled_musher_checkpoint"
calc(
    MC,
    "Each dog gets 1.2 kg of food a day on the trail. With 14 dogs and 8 days between "
    "resupplies, how many kg go in the drop bags?",
    dec("1.2") * 14 * 8,
)
AR = "amateur_radio_contest_logger"
calc(
    AR,
    "Contest score is QSO points times multipliers. I have 412 contacts worth 2 points and 87 "
    "worth 3 points, with 58 multipliers. What's my claimed score?",
    (412 * 2 + 87 * 3) * 58,
)
calc(
    AR,
    "logged 1,146 contacts over the 48 hour contest. average contacts per hour?",
    F(1146, 48),
)
CE = "competitive_eating_referee_desk"
calc(
    CE,
    "Referee's sheet: she ate 40 dumplings in round one and 46.5 in round two. By what "
    "percentage did she improve on round one?",
    (dec("46.5") - 40) / 40 * 100,
)
SL = "shoe_last_maker_workshop"
calc(
    SL,
    "Pair of bespoke lasts: 6.5 hours of carving at £42 an hour, £38 of hornbeam and a £25 "
    "fitting appointment. What do I invoice?",
    dec("6.5") * 42 + 38 + 25,
)
AH = "alpine_hut_guardian_ledger"
calc(
    AH,
    "Hut ledger for the night: 31 half-board guests at €64 and 12 bunk-only at €28, minus a 10% "
    "Alpine Club discount on the lot. Total takings?",
    (31 * 64 + 12 * 28) * (1 - pct(10)),
)
ND = "natural_dye_vat_workshop"
calc(
    ND,
    "Mordanting with alum at 12% of the dry weight of fibre; I have 1,350 g of dry wool. How "
    "many grams of alum do I weigh out?",
    1350 * pct(12),
)
FM = "festival_monitor_engineer"
calc(
    FM,
    "Monitor rig hire is 1,200 per day and every extra wedge is 35 per day. For a three-day "
    "festival with 8 extra wedges, what's the total hire?",
    3 * 1200 + 3 * 8 * 35,
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


NMI = F(1852)  # m
KWH = F(3600000)  # J
CM = F(1, 100)  # m
MM = F(1, 1000)  # m
SQIN = IN * IN  # m^2

unit_r(P, "Convert 42 kilometres to miles.", 42000 / MI)
unit(P, "How many centimetres are in 5 feet 11 inches?", (5 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "what is 72 degrees Fahrenheit in Celsius", f_to_c(72))
unit_r(P, "1.5 metric tonnes expressed in pounds?", dec("1500") / LB)
unit(P, "Convert 3.2 GiB to MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "A flat listed at 45 square metres: how many square feet would that be?", 45 / SQFT)
unit_r(P, "Express 88 km/h in metres per second.", 88 * KMH)
unit_r(P, "60 mph in kilometres per hour?", 60 * MPH / KMH)
unit(P, "convert 2.75 kWh to megajoules", dec("2.75") * KWH / 10**6, EXACT)
unit(P, "How many millimetres in 0.375 of an inch?", dec("0.375") * IN / MM, EXACT)
unit(P, "What's 300 kelvin in degrees Fahrenheit?", c_to_f(300 - dec("273.15")), EXACT)
unit(P, "Convert fourteen nautical miles to kilometres.", 14 * NMI / 1000, EXACT)
unit_r(P, "How many avoirdupois ounces are in 2.5 kg?", dec("2.5") / OZ)
unit(P, "give 101.6 millimetres in inches", dec("101.6") * MM / IN, EXACT)

unit_r(
    NX,
    "The filling whip on our nitrox panel is rated to 3,000 psi. What is that in bar?",
    3000 * PSI / BAR,
)
unit_r(
    NX,
    "Max operating depth for this EAN36 tank is marked as 29 metres; the American diver wants "
    "it in feet.",
    29 / FT,
)
unit_r(
    HS,
    "The snail pen floor is 24 square feet - how many square metres is that?",
    24 * SQFT,
)
unit(
    LR,
    "Relief boat logged 11.5 knots on the run out to the rock. What's that in km/h?",
    dec("11.5") * NMI / 1000,
    EXACT,
)
unit_r(
    LR,
    "Depth alongside the landing stage is 4 fathoms at low water. How many metres is that?",
    4 * 6 * FT,
)
unit_r(
    WM,
    "Carding room scale: a bale of fleece weighs 410 lb. Convert that to kilograms.",
    410 * LB,
)
unit_r(
    CW,
    "The clock's pendulum rod measures 3.9 metres. How long is that in feet?",
    dec("3.9") / FT,
)
unit_r(
    SP,
    "Snow depth at the top station this morning: 142 cm. What is that in inches?",
    142 * CM / IN,
)
unit_r(
    SP,
    "Summit wind gusting 95 km/h — convert to miles per hour for the board, please.",
    95 * KMH / MPH,
)
unit(
    FF,
    "The wreath frame is 18 inches across. How many centimetres is that?",
    18 * IN / CM,
    EXACT,
)
unit(
    LS,
    "Pocket depth on the women's sticks has to be measured; the spec says 2.5 inches. Give me "
    "that in millimetres.",
    dec("2.5") * IN / MM,
    EXACT,
)
unit_r(
    SF,
    "The licence caps each picker at 15 kg a day. what's that in pounds",
    15 / LB,
)
unit(
    CD,
    "Job is at 165 feet of seawater. Convert that depth to metres.",
    165 * FT,
    EXACT,
)
unit_r(
    CD,
    "Chamber gauge reads 2.8 bar. How many psi is that?",
    dec("2.8") * BAR / PSI,
)
unit_r(
    PS,
    "The Large Black boar weighed in at 19 stone 6 pounds. What's that in kilograms?",
    19 * STONE + 6 * LB,
)
unit_r(
    BM,
    "Marbling tray is 24 by 36 inches. What is its area in square centimetres?",
    24 * 36 * SQIN / (CM * CM),
)
unit_r(
    ZR,
    "Ice surface temperature is set to 22 degrees Fahrenheit. What's that in Celsius?",
    f_to_c(22),
)
unit_r(
    GT,
    "The lantern tour route is 2.4 miles end to end. How many kilometres do the guests walk?",
    dec("2.4") * MI / 1000,
)
unit_r(
    OT,
    "Longest pipe in the swell organ is 16 feet. Express that in metres.",
    16 * FT,
)
unit(
    TP,
    "The prop sword blade is 31 inches; the director works in centimetres. Convert it.",
    31 * IN / CM,
    EXACT,
)
unit(
    WG,
    "Greenhouse max for wasabi is 30 degrees C. What's that in Fahrenheit?",
    c_to_f(30),
    EXACT,
)
unit_r(
    WG,
    "a rhizome weighing 0.28 lb - convert to grams",
    dec("0.28") * LB * 1000,
)
unit(
    FD,
    "A camper van's height is given as 7 feet 2 inches. What's that in centimetres?",
    (7 * FT + 2 * IN) / CM,
    EXACT,
)
unit(
    MC,
    "Checkpoint thermometer says minus 38 degrees Celsius. What is that in Fahrenheit?",
    c_to_f(-38),
    EXACT,
)
unit_r(
    AR,
    "My 20 m band dipole is cut to 33 feet 6 inches overall. How long is that in metres?",
    33 * FT + 6 * IN,
)
unit(
    AR,
    "My contest log export is 3.5 MiB. How many bytes is that exactly?",
    dec("3.5") * MIB,
    EXACT,
)
unit_r(
    CE,
    "The challenge burrito weighed 2.2 kilograms. How many pounds is that?",
    dec("2.2") / LB,
)
unit_r(
    SL,
    "Customer's foot length measured at 27.3 cm. What's that in inches?",
    dec("27.3") * CM / IN,
)
unit_r(
    AH,
    "The hut stands at 2,857 metres; our American guests want the altitude in feet.",
    2857 / FT,
)
unit(
    ND,
    "Dye bath for the madder is held at 85 °C. Convert that to Fahrenheit.",
    c_to_f(85),
    EXACT,
)
unit(
    FM,
    "Cable run from the stage to front of house is 120 feet. In metres?",
    120 * FT,
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


date_item(P, "What day of the week was 9 July 1994?", weekday(D(1994, 7, 9)))
date_item(
    P,
    "How many days are there between 3 March 2031 and 19 November 2031?",
    days(D(2031, 3, 3), D(2031, 11, 19)),
)
date_item(P, "what date is 100 days after 14 January 2029", D(2029, 1, 14) + TD(days=100))
date_item(
    P,
    "Someone born on 22 August 1987 - how old are they on 1 March 2033?",
    age(D(1987, 8, 22), D(2033, 3, 1)),
)
date_item(P, "Which weekday is December 25, 2036?", weekday(D(2036, 12, 25)))
date_item(
    P,
    "Count the days from June 30, 2028 to October 2, 2028.",
    days(D(2028, 6, 30), D(2028, 10, 2)),
)
date_item(P, "What date falls 6 weeks before 11 April 2030?", D(2030, 4, 11) - TD(weeks=6))
date_item(P, "How many hours from 07:45 to 16:15?", clock_span("07:45", "16:15", 3600))
date_item(P, "Add 250 days to 5 May 2027. What's the date?", D(2027, 5, 5) + TD(days=250))
date_item(
    P,
    "What is the date 3 weeks and 4 days after 28 September 2034?",
    D(2034, 9, 28) + TD(weeks=3, days=4),
)
date_item(
    P,
    "number of weeks between 4 Jan 2027 and 29 Mar 2027",
    weeks(D(2027, 1, 4), D(2027, 3, 29)),
)
date_item(P, "How many minutes between 22:10 and 01:35?", clock_span("22:10", "01:35", 60))
date_item(
    P,
    "What date is the third Thursday of May 2032?",
    nth_weekday(2032, 5, THU, 3),
)
date_item(P, "What day of the week will 1 January 2041 be?", weekday(D(2041, 1, 1)))

date_item(
    NX,
    "Our oxygen-clean certificate was issued on 14 March 2027 and expires 365 days after that. "
    "What's the expiry date?",
    D(2027, 3, 14) + TD(days=365),
)
_nx = D(2027, 5, 8)
date_item(
    NX,
    f"The nitrox and deco course starts {sayw(_nx)} and runs for 9 consecutive days. What date "
    "is the final day?",
    _nx + TD(days=8),
)
date_item(
    HS,
    "Snail eggs laid on 2 June 2028 take 21 days to hatch. On what date should they hatch?",
    D(2028, 6, 2) + TD(days=21),
)
_lr = D(2027, 10, 4)
date_item(
    LR,
    f"Relief rota: my first trip out is {sayw(_lr)} and then every 28 days. What's the date of "
    "my fourth trip, counting the first as number one?",
    _lr + TD(days=3 * 28),
)
date_item(
    LR,
    "The keeper's stint began 17 November 2027 and ended 9 February 2028. How many days was "
    "that, counting both the first and the last day?",
    days(D(2027, 11, 17), D(2028, 2, 9)) + 1,
)
date_item(
    WM,
    "the mill's new carding engine was started up on 12 September 1898 - what day of the week "
    "was that?",
    weekday(D(1898, 9, 12)),
)
date_item(
    CW,
    "Wound the tower clock at 08:40 and the chimes stopped at 14:25. How many minutes did it run?",
    clock_span("08:40", "14:25", 60),
)
_sp = D(2027, 12, 11)
date_item(
    SP,
    f"Ski season opens {sayw(_sp)} and closes 18 April 2028. How many days from opening day to "
    "closing day?",
    days(_sp, D(2028, 4, 18)),
)
date_item(
    SP,
    "The avalanche refresher is booked for the second Tuesday of January 2028. "
    "Which date is that, please?",
    nth_weekday(2028, 1, TUE, 2),
)
date_item(
    FF,
    "The funeral is on 3 February 2029 and the tribute letters must be ordered 10 days before. "
    "What's the latest order date?",
    D(2029, 2, 3) - TD(days=10),
)
date_item(
    LS,
    "Club season starts on 6 March 2027 and I want every stick strung 45 days before that. "
    "Date I need to finish by?",
    D(2027, 3, 6) - TD(days=45),
)
date_item(
    SF,
    "Our samphire licence runs from 1 July 2027 to 15 September 2027. how many days are there "
    "between those two dates",
    days(D(2027, 7, 1), D(2027, 9, 15)),
)
date_item(
    CD,
    "Surfaced at 11:50, next dive planned for 15:20. "
    "How many minutes of surface interval does that give me?",
    clock_span("11:50", "15:20", 60),
)
date_item(
    CD,
    "Saturation team went into the chamber on 26 August 2027 and come out 23 days later. What "
    "date do they come out?",
    D(2027, 8, 26) + TD(days=23),
)
date_item(
    PS,
    "The county show is 13 weeks after the entry deadline of 5 April 2028. What date is the show?",
    D(2028, 4, 5) + TD(weeks=13),
)
date_item(
    BM,
    "Marbled sheets hang for 72 hours starting 16:00 on 29 December 2027. On what date do they "
    "come down?",
    (DT(2027, 12, 29, 16, 0) + TD(hours=72)).date(),
)
date_item(
    ZR,
    "The rink shuts for summer on 30 April 2028 and reopens on 21 August 2028. Which weekday "
    "is the reopening?",
    weekday(D(2028, 8, 21)),
)
date_item(
    GT,
    "I led my first lantern ghost tour on 31 October 2019. How many days is it from then to 31 "
    "October 2027?",
    days(D(2019, 10, 31), D(2027, 10, 31)),
)
_ot = D(2027, 1, 7)
date_item(
    OT,
    f"Organ tuning visits every 13 weeks, the first on {sayw(_ot)}. What's the date of the "
    "third visit after that one?",
    _ot + TD(weeks=3 * 13),
)
date_item(
    TP,
    "Opening night is 2 December 2027, the tech rehearsal is 4 days before it, and props must "
    "be finished 17 days before the tech. What date must props be done?",
    D(2027, 12, 2) - TD(days=4 + 17),
)
date_item(
    WG,
    "planted wasabi on 20 March 2027 and it needs 540 days to mature. harvest date?",
    D(2027, 3, 20) + TD(days=540),
)
date_item(
    WG,
    "My greenhouse assistant was born on 30 June 2001. How old will she be on 15 June 2029?",
    age(D(2001, 6, 30), D(2029, 6, 15)),
)
date_item(
    FD,
    "Night ferry sails at 23:40 and docks at 06:10. How many hours is the crossing?",
    clock_span("23:40", "06:10", 3600),
)
date_item(
    MC,
    "The race starts on 4 March 2028 and the final checkpoint closes 12 days later. Which day "
    "of the week does it close?",
    weekday(D(2028, 3, 4) + TD(days=12)),
)
_ar = D(2027, 11, 27)
date_item(
    AR,
    f"The contest starts at 12:00 on {sayw(_ar)} and runs 48 hours. On what date does it end?",
    (DT(2027, 11, 27, 12, 0) + TD(hours=48)).date(),
)
date_item(
    AR,
    "My callsign licence was issued on 8 February 2015. How many days old is it on 8 February "
    "2028?",
    days(D(2015, 2, 8), D(2028, 2, 8)),
)
date_item(
    CE,
    "Referee certification lapses 120 days after 19 May 2028. What's the lapse date?",
    D(2028, 5, 19) + TD(days=120),
)
_sl = D(2027, 4, 12)
date_item(
    SL,
    f"Customer ordered the lasts on {sayus(_sl)}; turnaround is ten weeks. What date will they "
    "be ready?",
    _sl + TD(weeks=10),
)
date_item(
    AH,
    "Hut season runs 18 June 2028 to 24 September 2028, with the last guests leaving the "
    "morning of the 24th. How many nights is that?",
    days(D(2028, 6, 18), D(2028, 9, 24)),
)
date_item(
    ND,
    "Indigo vat was started on 6 January 2028. How many weeks old is it on 16 March 2028?",
    weeks(D(2028, 1, 6), D(2028, 3, 16)),
)
date_item(
    FM,
    "Load-in at 07:30, doors at 14:45. How many hours between them?",
    clock_span("07:30", "14:45", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


_ORDINARY = {
    "explain": [
        "Why does ice float on water instead of sinking to the bottom of a pond?",
        "explain how a capacitor stores energy, in plain words for a hobbyist",
        "What's the real difference between weather and climate? My uncle mixes them up.",
        "How do noise-cancelling headphones actually cancel the noise?",
        "Can you explain what inflation does to money sitting in a current account?",
        "Why do cats purr, and do they only do it when they're happy?",
        "what causes the northern lights and why are they mostly green",
        "Explain recursion to a ten-year-old who likes Russian dolls.",
        "How does a bill become law in the UK, from first reading to royal assent?",
        "Why is the sky often red at sunset but blue at midday?",
        (
            "What's the difference between a virus and a bacterium, and why don't antibiotics "
            "work on colds?"
        ),
        "Conceptually, how does compound interest differ from simple interest?",
    ],
    "opinion": [
        "Is it still worth learning Latin at secondary school these days?",
        "For a nervous new driver, is a hatchback or a small SUV the better first car?",
        "Do you think fully remote work is here to stay for office jobs?",
        "What's the most underrated Beatles album, in your view?",
        "Should I paint my north-facing living room a warm grey or a cream?",
        "Is a PhD worth doing if I ultimately want to work in industry rather than academia?",
        "which is more rewarding to learn as an adult, chess or go",
        "Are electric bikes cheating if you use them on a club ride?",
        "Honest take: does pineapple belong on pizza?",
        "Is it rude to recline your seat on a short-haul flight?",
    ],
    "writing": [
        "Write a haiku about a lighthouse standing in thick fog.",
        "Draft a polite email turning down a job offer I've decided against.",
        "Can you write a limerick about a forgetful ginger cat?",
        "Give me a short, funny toast for my sister's wedding - she's a vet.",
        'Rewrite this to sound more formal: "we can\'t make it, sorry, something came up".',
        "write a product description for handmade beeswax taper candles",
        "Compose a short bedtime story about a dragon who is scared of the dark.",
        "Help me with an opening line for a cover letter for a school librarian post.",
        "Summarise the plot of Hamlet in three sentences for a revision card.",
        "Suggest five names for a bakery run by two sisters in a seaside town.",
        "Write a thank-you note to my neighbour for watering my tomatoes while I was away.",
        (
            "Turn these notes into a tidy paragraph: met client, agreed scope, follow-up call "
            "Friday, budget still open."
        ),
        "Write a short poem about autumn leaves for a primary school newsletter.",
        'Make this post punchier: "Our new cafe is now open, please come by sometime".',
    ],
    "code": [
        "Write a Python function that reverses a singly linked list in place.",
        "How do I centre a div both horizontally and vertically with CSS?",
        "What does `git rebase -i` actually do to my commits?",
        "Explain the difference between let and const in JavaScript with an example.",
        "Write a SQL query that finds duplicate email addresses in a users table.",
        (
            'why does my python script say "ModuleNotFoundError: No module named requests" when '
            "I just installed it"
        ),
        "Give me a bash one-liner that counts the lines in every .txt file in a folder.",
        "How do I read a CSV with pandas and skip its first row?",
        "What's a race condition? Show a small example in any language.",
        "Write a regular expression that matches a UK postcode.",
        "How do I make my Rust struct printable with {:?}?",
        "Turn this loop into a list comprehension: for x in xs: if x > 0: out.append(x * 2)",
    ],
    "facts": [
        "Who wrote the novel One Hundred Years of Solitude?",
        "What's the capital city of Mongolia called?",
        "Which planet in our solar system has the most known moons?",
        "Which artist painted the Sistine Chapel ceiling, and how long did it take?",
        "What is the main language spoken in Brazil, and why isn't it Spanish?",
        "When did the Berlin Wall come down?",
        "Who is usually credited with inventing the telephone?",
        "What is the tallest mountain in Africa?",
        "Which element has the chemical symbol W, and why W?",
        "what's the longest river entirely in europe",
        "Who was the first woman to win a Nobel Prize, and in what field?",
        "Which country is the city of Porto in?",
    ],
    "advice": [
        "How can I sleep better during the day when I'm working night shifts?",
        "My sourdough starter smells like nail polish remover. What should I do?",
        "Tips for a first job interview held over video call?",
        "How do I politely ask my flatmate to pull their weight with the cleaning?",
        "What should I pack for a week of hut-to-hut hiking in the Scottish Highlands?",
        "how do i stop my spaniel pulling on the lead",
        "What's a good way to start learning the guitar as a complete beginner at 50?",
        "How do I get a red wine stain out of a cream carpet?",
        "Any advice for pacing my first half marathon?",
        "How can I make a small overlooked balcony feel more private?",
        "What should I ask a landlord before signing a tenancy agreement?",
        "How do I keep supermarket basil alive on a kitchen windowsill?",
    ],
    "history": [
        "Why did the Roman Empire split into eastern and western halves?",
        "What were the main causes of the Great Depression?",
        "Tell me about how the printing press changed Europe.",
        "Who were the Luddites and what were they actually protesting?",
        "Why is Magna Carta considered important?",
        "How did the Silk Road shape trade between China and Europe?",
        "What happened at the Battle of Hastings and why did Harold lose?",
        "Give me a brief history of the bicycle, from the dandy horse on.",
    ],
    "howto": [
        "How do I bleed a radiator that's cold at the top?",
        "How do you tie a bowline knot? Step by step please.",
        "What's the best way to learn touch typing as an adult?",
        "How do I change a bike inner tube at the roadside?",
        "How do you make a roux that doesn't go lumpy?",
        "how do I set up two-factor authentication on my email account",
        "How do I repot a moth orchid without killing it?",
        "What's the proper way to sharpen a bench chisel on water stones?",
        "How do I write a good README for a small open-source project?",
        "How do I descale a kettle using vinegar?",
    ],
    "language": [
        'What does the word "sonder" mean and where did it come from?',
        'Translate "where is the train station, please?" into Italian.',
        "Where does the phrase \"mind your p's and q's\" come from?",
        'Is it "fewer" or "less" when you can count the things?',
        'What does "petrichor" mean?',
        'Give me some synonyms for "tired" that sound less casual.',
        'What\'s the difference between "affect" and "effect"?',
        'How do you say "thank you very much" politely in Japanese?',
        "What does RSVP stand for on an invitation?",
        'Explain the idiom "bite the bullet" and where it comes from.',
    ],
}
for _fam, _qs in _ORDINARY.items():
    for _q in _qs:
        neg(_fam, _q)

_NEAR = {
    "near-identifier": (
        "an identifier or code, not a quantity",
        [
            "My flight is BA 2490 - which terminal does it usually leave from?",
            "Is 0800 123 4567 free to call from a mobile in the UK?",
            "What does error code 0x80070005 mean during a Windows update?",
            "The part number on my dishwasher pump is 481236018558. Which models does it fit?",
            "Our pub quiz team scored 42/50 last night; is that a decent score?",
            "What were the headline changes going from Python 3.11 to 3.12?",
            "Is ISBN 978-0-14-118776-1 a paperback or a hardback?",
            "We're in rooms 12-14 at the guest house; are those likely to be on the first floor?",
            "Which council covers the postcode SW1A 1AA?",
            "Route 66 - which US states does it run through?",
            "Is the 256 GB model worth it over the 128 GB one for a phone I keep 4 years?",
            "What does the 1-2-3 magic method for toddler discipline involve?",
        ],
    ),
    "near-missing": (
        "a quantity question with a fact the question does not give",
        [
            "How much will my electricity bill be next quarter?",
            "How long will it take me to drive from Leeds to Bristol on a Friday afternoon?",
            "What will the euro to dollar rate be on 1 June 2028?",
            "How many people watched the 1966 World Cup final at Wembley?",
            "What's a 15% tip on my dinner?",
            "How much does a return flight from Dublin to Boston cost in May?",
            "What's the height of the Eiffel Tower including its antennas, in feet?",
            "How many days until my passport runs out?",
            "What's the population density of Lagos in people per square kilometre?",
            "How many calories are in 200 g of cooked basmati rice?",
        ],
    ),
    "near-redefined": (
        "notation redefined in the question",
        [
            (
                "In our family card game, a+b means double a then add b. So what's 3+5 in our "
                "game, and is it fair to the player holding the 5?"
            ),
            "Let a ⊕ b = a² − b. Is ⊕ commutative? Explain with 4 and 3.",
            "In base 7, add 25 and 16 and show where the carries happen.",
            (
                "In the French Republican calendar with its 10-day weeks, what was the tenth day "
                "called?"
            ),
            "In cricket figures like 4-37, which number is the wickets?",
            "On a knitting chart, what does 'k2tog, yo' tell me to do?",
        ],
    ),
    "near-code": (
        "code to write or explain about numbers",
        [
            "Write a Go function that converts Celsius to Fahrenheit.",
            "Python prints 0.30000000000000004 for 0.1 + 0.2. Why?",
            "Write an Excel formula that adds 20% VAT to the value in cell B2.",
            "In JavaScript why does [10, 9, 1].sort() give [1, 10, 9]?",
            "How do I get the number of days between two dates in SQL Server?",
            "Give me a Python snippet that converts a list of distances from miles to km.",
            "What does 1e-3 mean when it shows up in my program's output?",
            "Write a cron expression that runs a job at 03:15 every Monday.",
        ],
    ),
    "near-meaning": (
        "the meaning of a stated number",
        [
            "The GP's machine gave me 142/91 for blood pressure. Should those figures worry me?",
            "My tyre says 205/55 R16 91V. What do all those numbers mean?",
            "My credit score is 712 out of 999 - is that good?",
            "What does 18/10 stamped on stainless steel cutlery mean?",
            "What does the 5W-30 on a bottle of engine oil mean?",
            "The nursery thermostat shows 19.5°C. Is that right for a newborn?",
            "What does 1:50 scale mean on an architect's floor plan?",
            "A wine label says 13.5% vol. What is the vol part?",
        ],
    ),
    "near-estimate": (
        "an estimate that needs judgement",
        [
            "Roughly how many piano tuners work in Chicago?",
            "About how long would it take to walk across Australia east to west?",
            "What's a sensible daily food budget for a mid-range trip to Tokyo?",
            "Estimate how many golf balls would fit inside a school bus.",
            "How long does 500 ml of water take to boil on a gas hob, roughly?",
            "What's a fair hourly rate for a freelance copy editor in 2027?",
            "How many words is a 20-minute speech, roughly?",
            "How much paint do I need for a bedroom about 3 by 4 metres?",
        ],
    ),
    "near-judgement": (
        "a judgement about stated numbers",
        [
            "Is 3.5% a good rate for a five-year fixed mortgage?",
            "I ran 5 km in 27 minutes at 40. Is that good for my age?",
            "Should I pay off my £4,000 credit card or keep the cash in savings at 4%?",
            "Is 8 hours of screen time a day too much for a 15-year-old?",
            "Is a 1.2 kg laptop light enough to carry on a daily commute by bike?",
            "Two-year fix at 4.1% or five-year at 4.4%: which would you choose and why?",
            "Is it reasonable to ask for a 12% raise after my first year?",
        ],
    ),
    "near-lookup": (
        "a number that must be looked up",
        [
            "What year did someone first run a mile in under 4 minutes, and who was it?",
            "How many World Cup goals did Pelé score in total?",
            "What was the UK inflation rate in March 2022?",
            "After 2026, when can people in Spain next see a total solar eclipse?",
            "What time does the sun set in Oslo on 21 June?",
            "How far is the Moon from the Earth in kilometres, on average?",
        ],
    ),
}
for _fam, (_note, _qs) in _NEAR.items():
    for _q in _qs:
        neg(_fam, _q, _note)

conv(
    "conv-notation",
    [
        (U, "For this chat, 'a # b' means multiply a by b and then subtract 1."),
        (A, "Understood: a # b = a × b − 1."),
        (U, "so what is 6 # 7 then?"),
    ],
    "the operator was defined in an earlier turn",
)
conv(
    "conv-notation",
    [
        (U, "I'm writing a story where a 'dozen' on the planet Vex means fourteen."),
        (A, "Nice worldbuilding detail!"),
        (U, "How many eggs would three Vex dozens be, and how would a baker there say it?"),
    ],
    "a unit redefined earlier, plus a writing task",
)
conv(
    "conv-language",
    [
        (U, "Translate everything I send from now on into Spanish, nothing else."),
        (A, "Claro, lo haré."),
        (U, "The train leaves at 14:30 and arrives at 17:05."),
    ],
    "a sentence to translate, not a question",
)
conv(
    "conv-format",
    [
        (U, "I'll send you numbers. Tell me in one word whether each one is prime."),
        (A, "Okay, send them over."),
        (U, "91"),
    ],
    "a primality judgement in a format set earlier",
)
conv(
    "conv-judgement",
    [
        (U, "My phone PIN is four digits and I'm worried it's weak."),
        (A, "Happy to help you think about it."),
        (U, "is 1984 a bad choice for it?"),
    ],
    "a judgement about a PIN",
)
conv(
    "conv-format",
    [
        (U, "My recipe card says to bake at gas mark 4."),
        (A, "That's a moderate oven."),
        (U, "What should I set my fan oven to for that?"),
    ],
    "an oven-setting convention, not an exact conversion",
)
conv(
    "conv-judgement",
    [
        (U, "Two boiler quotes: £2,800 with a 10-year warranty, or £2,350 with a 5-year one."),
        (A, "Those are quite different offers."),
        (U, "Which one would you go for?"),
    ],
    "a judgement between stated offers",
)
conv(
    "conv-code",
    [
        (U, "My CSV header is: date,amount,category"),
        (A, "Got it, three columns."),
        (U, "Write pandas code that totals amount per category for 2027 only."),
    ],
    "code for data described earlier",
)
conv(
    "conv-task",
    [
        (U, "In my notes 'k' means thousand pounds and 'm' means minutes."),
        (A, "Noted."),
        (U, "The meeting ran 45m and we agreed 12k. Summarise that in one line for my boss."),
    ],
    "a writing task with notation from an earlier turn",
)
conv(
    "conv-missing",
    [
        (U, "The recipe says 180 degrees but it was written for a conventional oven."),
        (A, "Okay."),
        (U, "Mine's a fan oven, so what do I set it to?"),
    ],
    "an oven convention, not a plain conversion",
)
conv(
    "conv-format",
    [
        (U, "Whatever date I give you, reply only with the year in Roman numerals."),
        (A, "Understood."),
        (U, "14 October 1066"),
    ],
    "a format task set earlier",
)
conv(
    "conv-judgement",
    [
        (U, "My daughter's spelling test marks were 14/20, 17/20 and 9/20."),
        (A, "Thanks for sharing those."),
        (U, "Should I be worried about the third one?"),
    ],
    "a judgement about stated marks",
)
conv(
    "conv-identifier",
    [
        (U, "I'm talking about software version numbers here, not decimals."),
        (A, "Okay, versions."),
        (U, "Is 3.10 newer than 3.9?"),
    ],
    "version numbers, not decimals",
)
conv(
    "conv-format",
    [
        (U, "Answer only with the number of syllables in what I type."),
        (A, "Understood."),
        (U, "Seventy-seven"),
    ],
    "syllable counting set up earlier",
)
conv(
    "conv-judgement",
    [
        (U, "Our team estimates in story points: 1, 2, 3, 5, 8, 13."),
        (A, "The usual Fibonacci-ish scale."),
        (U, "Should a task I think is about 4 hours be a 3 or a 5?"),
    ],
    "an estimation judgement",
)
conv(
    "conv-meaning",
    [
        (U, "I'm a student nurse and the drug chart writes adrenaline as 1:1000."),
        (A, "That's a common way to label it."),
        (U, "What does that ratio mean in terms of what's in the ampoule?"),
    ],
    "meaning of a stated ratio",
)
conv(
    "conv-format",
    [
        (U, "Please reply with only a Python expression, never the result."),
        (A, "Okay, expressions only."),
        (U, "VAT at 17.5 percent on 240"),
    ],
    "code requested instead of a value",
)
conv(
    "conv-meaning",
    [
        (U, "In this spreadsheet, column A is in thousands of yen."),
        (A, "Got it."),
        (U, "Cell A4 says 3.2. How should I write that figure in the report text?"),
    ],
    "a unit convention from an earlier turn and a writing question",
)
conv(
    "conv-missing",
    [
        (U, "My grandfather's medal has 1914-1918 stamped on the back."),
        (A, "That sounds like a First World War medal."),
        (U, "What would he most likely have been given it for?"),
    ],
    "history, not arithmetic on the years",
)
conv(
    "conv-task",
    [
        (
            U,
            (
                "We're building an escape room; the padlock code is the moon landing year minus "
                "the number of Apollo missions that landed on the Moon."
            ),
        ),
        (A, "Fun puzzle!"),
        (U, "What would the code come out as, and is it too easy?"),
    ],
    "needs outside facts and an opinion",
)
conv(
    "conv-notation",
    [
        (U, "For the rest of this chat, 'a week' means a working week of five days."),
        (A, "Okay, a week is five days here."),
        (U, "How many weeks is 35 days?"),
    ],
    "a week redefined as five days",
)
conv(
    "conv-missing",
    [
        (U, "My mate reckons his road bike 'does 40' on the flat."),
        (A, "That depends a lot on the units."),
        (U, "Is that even believable for an amateur?"),
    ],
    "unit unstated, judgement",
)
conv(
    "conv-meaning",
    [
        (U, "Take 'score' in the old sense of twenty."),
        (A, "Right, a score is twenty."),
        (U, "Then what was Lincoln counting back to with 'four score and seven years ago'?"),
    ],
    "history needing the earlier sense",
)
conv(
    "conv-task",
    [
        (U, "In my sci-fi novel the planet's day is 26 hours long."),
        (A, "Interesting setting."),
        (U, "What would a character mean by 'half past 25'?"),
    ],
    "a worldbuilding question",
)
conv(
    "conv-code",
    [
        (U, "Here's my script: for i in $(seq 1 10); do echo $((i*i)); done"),
        (A, "A loop printing squares."),
        (U, "what does it print last, and how do I make it stop at 5?"),
    ],
    "code explanation and change",
)
conv(
    "conv-identifier",
    [
        (U, "The numbers I send are UK shoe sizes."),
        (A, "Got it."),
        (U, "Convert 9 to EU for me."),
    ],
    "shoe sizes, not an exact unit conversion",
)
conv(
    "conv-judgement",
    [
        (U, "Our bowling league handicap is 80% of the difference between 200 and your average."),
        (A, "A fairly common formula."),
        (U, "Is that fair on newcomers, do you think?"),
    ],
    "an opinion about a stated rule",
)
conv(
    "conv-missing",
    [
        (U, "I'll paste a receipt line by line."),
        (A, "Go ahead."),
        (U, "Milk 1.15, bread 2.40, 'misc' 6.00 - what might the misc have been?"),
    ],
    "speculation, not a total",
)
conv(
    "conv-notation",
    [
        (U, "When I write 3/4 I mean the 3rd of April, not a fraction."),
        (A, "Noted, day/month."),
        (U, "What notable things happened in history on 3/4?"),
    ],
    "a date notation set earlier and a history lookup",
)
conv(
    "conv-notation",
    [
        (U, "Treat every number I write as hexadecimal."),
        (A, "Okay, hex."),
        (U, "What's 1A plus 2F, answer in hex too?"),
    ],
    "hexadecimal set in an earlier turn",
)
conv(
    "conv-format",
    [
        (U, "Only answer yes or no from now on."),
        (A, "Yes."),
        (U, "Is 2,048 bytes more than two kilobytes?"),
    ],
    "a yes/no format and a contested unit",
)
conv(
    "conv-identifier",
    [
        (U, "My son's football shirt has a big 10 on the back."),
        (A, "The classic playmaker's number."),
        (U, "Which famous players have worn that number?"),
    ],
    "a shirt number, not a quantity",
)
conv(
    "conv-missing",
    [
        (U, "Sorry, the greenhouse thermometer only reads in Fahrenheit."),
        (A, "No problem."),
        (U, "It read 41 overnight. Will my tomato seedlings be OK?"),
    ],
    "a gardening judgement",
)
conv(
    "conv-task",
    [
        (U, "Imagine a world where pi is exactly 3."),
        (A, "A strange geometry!"),
        (U, "What would wheels look like there?"),
    ],
    "a speculative question",
)
conv(
    "conv-task",
    [
        (U, "We shared a cab; I paid the £36 fare because Tom had no cash on him."),
        (A, "That was kind of you."),
        (U, "How do I bring it up with him without it being awkward?"),
    ],
    "social advice",
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
    # no register (family name) of this set is a family name of sets 19 to 104
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 104: {reused}"
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
