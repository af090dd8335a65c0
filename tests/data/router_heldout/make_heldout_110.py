r"""Generate heldout-2027-03-23.jsonl: a hundred-and-tenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed110. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho110-", earlier generators 1-109, register check against sets 19 to 109).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed110/earlier_registers.txt (2083 earlier family names), grepped for candidate
  registers so that none of this set's family names repeats one;
- of the copied script: the docstring, set-up and helpers (lines 1-294), the units header and
  unit_r (562-622), the datetime header and helpers up to the first `assert sayus` (813-897),
  the negatives header with neg/conv (1141-1148), and the weekday check, checks and output at
  the end (1753-1976).
The previous set's query sections were never viewed: their boundary lines were asserted and
they were replaced by line number, from the bottom range up, with four new sections written
from scratch in scratch files (since deleted). No git history, web or code search, router,
tools, tests, other sealed directories or other generators were read (the script imports
earlier generators itself, in memory, for its duplicate and register checks). No JSONL was
read; this script's own items were printed in memory to read each positive's expected value
beside its text, and to see the text of items the duplicate check flagged.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a fire lookout tower ranger, a
  camogie club kit officer, a zip line park instructor, a ballet pointe shoe fitter, a circus
  trapeze rigger, a tin whistle maker's bench, an altar gilding restorer, a kendo dojo
  treasurer, a pretzel bakery night shift, a seaweed longline farm crew, a solar eclipse chaser
  tour, a wooden boat caulker, a giant pumpkin weigh-off grower, a scuba nitrox gas blender, a
  timpani section player, an ice climbing wall setter, a Venetian gondolier, a clockwork
  automaton restorer, a reindeer sleigh ride operator, a hooked rug guild treasurer, a shodo
  calligraphy class, a fish ladder salmon counter, an onsen ryokan attendant, a carnival float
  builder and a guide dog puppy raiser), each register used by all three tools, the first six
  with two items per tool. Phrasing varies: statements, questions, imperatives, lowercase,
  numbers in words, British and American forms, extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, terminating, at most three decimals for the
  calculator), exact unit definitions (inch, foot, yard, mile, fathom, avoirdupois pound and
  ounce, kilogram-force, acre, hectare, psi, bar, GiB/MiB, km/h and mph, Celsius/Fahrenheit/
  kelvin) for conversions, graded exactly when the result terminates in at most three decimals
  and at 0.1% otherwise, and datetime/date arithmetic for dates, weekdays, ages, spans,
  inclusive day counts, whole weeks, nth and last weekdays, clock intervals and repeating
  rotas. Weekdays written next to dates come from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday explanations, personal advice,
  writing, programming, history, language, science, cooking, house and garden, travel and the
  outdoors), 65 near-negatives shaped like positives but needing the model (identifiers,
  missing facts, non-arithmetic notation, code to write, meanings of stated numbers,
  estimates, judgements, facts to look up), and 35 conversations in which an earlier turn
  changes what the last question means (redefined operators, number bases and decimal commas,
  house or reread units, calendar, fiscal and week-numbering rules, identifiers, missing facts,
  tasks, judgements); none ends in a plain exact question that the earlier turns leave
  unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 109, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), a
grep of every family name against earlier_registers.txt before use, and a read-through of
every positive's expected value beside its text. The first run stopped at the duplicate check:
35 queries or user turns matched earlier sets word for word (all reworded, with the figures
and the code that computes them changed together); the second flagged one more (reworded) and
the third passed. A conversation whose last turn stayed a plain sum was replaced, and four
day-count or end-date questions were reworded so that their counting rule is unambiguous. Ruff
check and format were run from /work/main; lines over 99 columns were split or shortened, and
the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_110.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-23.jsonl"
PREFIX = "ho110-"
# earlier generators: sets 1-109 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 110))
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

# plain one-line questions
calc(P, "What is 17.5% of 2,340?", pct("17.5") * 2340)
calc(P, "4321 * 67 - 985", 4321 * 67 - 985)
calc(P, "how much is 7/16 of 2,800", F(7, 16) * 2800)
calc(P, "What's 48.6 divided by 0.12?", dec("48.6") / dec("0.12"))
calc(P, "Compute (14.2 + 7.85) × 4.", (dec("14.2") + dec("7.85")) * 4)
calc(P, "what is the square root of 3481", 59)
assert 59 * 59 == 3481
calc(P, "What is 2 to the power of 15?", 2**15)
calc(P, "whats 15% off 86.40", dec("86.40") * (1 - pct(15)))
calc(
    P,
    "Add up 19.99, 4.75, 12.30 and 8.06.",
    dec("19.99") + dec("4.75") + dec("12.30") + dec("8.06"),
)
calc(P, "Nine thousand four hundred divided by sixteen?", F(9400, 16))
calc(P, "What is 6.5 squared?", dec("6.5") ** 2)
calc(P, "Increase 1,368 by 12.5 percent.", 1368 * (1 + pct("12.5")))
calc(P, "(3.6 - 1.45) / 0.5 =", (dec("3.6") - dec("1.45")) / dec("0.5"))
calc(P, "What is 0.35 times 0.8 times 120?", dec("0.35") * dec("0.8") * 120)

# registers: the first six have two items per tool
FL = "fire_lookout_tower_ranger"
rain = ["2.4", "0", "11.6", "7.8", "0.6", "3.2", "4.5"]
calc(
    FL,
    "Rain gauge on the lookout tower this week read "
    + ", ".join(rain[:-1])
    + f" and {rain[-1]} mm on the seven days. What was the daily average in mm?",
    sum(dec(r) for r in rain) / 7,
)
calc(
    FL,
    (
        "Fire lookout here, on my own up the tower. The water tank holds 1,850 litres and I get "
        "through 42.5 litres a day. How many litres are left after 30 days?"
    ),
    1850 - dec("42.5") * 30,
)
CK = "camogie_club_kit_officer"
calc(
    CK,
    (
        "Kit order for the camogie club: 18 jerseys at €27.50 each and 18 pairs of socks at "
        "€6.80, then a 10% club discount on the whole lot. What's the total in euro?"
    ),
    (18 * dec("27.50") + 18 * dec("6.80")) * (1 - pct(10)),
)
calc(
    CK,
    "we have 23 players and 1,196 euro in the kit fund, how much each if we split it evenly",
    F(1196, 23),
)
ZL = "zip_line_park_instructor"
calc(
    ZL,
    (
        "Our longest zip line is 414 m and riders average 11.5 metres per second on it. "
        "How many seconds does a run take?"
    ),
    414 / dec("11.5"),
)
calc(
    ZL,
    (
        "Harness check day: 64 harnesses, 7.5 minutes each, split evenly between two "
        "instructors. How many minutes does each of us spend?"
    ),
    64 * dec("7.5") / 2,
)
PS = "ballet_pointe_shoe_fitter"
calc(
    PS,
    (
        "A principal gets through one pair of pointe shoes every 9 performances. The season is "
        "117 performances and a pair costs £98.50. What does her season of shoes cost?"
    ),
    F(117, 9) * dec("98.50"),
)
calc(
    PS,
    (
        "Sewing up 36 pairs: each pair takes two ribbons of 55 cm and two elastics of 18 cm. "
        "How many centimetres of ribbon and elastic altogether?"
    ),
    36 * (2 * 55 + 2 * 18),
)
TR = "circus_trapeze_rigger"
calc(
    TR,
    (
        "Safety net is 14.5 m by 8 m and the rigging plan adds 1.25 m of overhang on every "
        "side. Area of the bigger rectangle in square metres?"
    ),
    (dec("14.5") + 2 * dec("1.25")) * (8 + 2 * dec("1.25")),
)
calc(
    TR,
    (
        "Trapeze bar weighs 22 kg and the two flyers 58 kg and 71 kg. Apply a safety factor of "
        "10 and share the load equally between the two lines: what rating in kg per line?"
    ),
    F((22 + 58 + 71) * 10, 2),
)
TW = "tin_whistle_maker_bench"
calc(
    TW,
    (
        "Brass tube is £14.40 for a 1.2 m length and each whistle body uses 30 cm of it. "
        "What's the tube cost per whistle?"
    ),
    dec("14.40") / (dec("1.2") / dec("0.3")),
)
calc(
    TW,
    (
        "sold 37 whistles at £24 and 12 of the low D ones at £31.50 at the folk festival, "
        "pitch fee was £85. what did i clear"
    ),
    37 * 24 + 12 * dec("31.50") - 85,
)
calc(
    "altar_gilding_restorer",
    (
        "A book of 25 gold leaves costs £67.50. Regilding the altar rail needs 340 leaves; at "
        "the same rate per leaf, what do they cost?"
    ),
    340 * dec("67.50") / 25,
)
calc(
    "kendo_dojo_treasurer",
    (
        "Dojo rent is ¥96,000 a month. 28 adults pay a full share and 4 juniors pay half a "
        "share each. How many yen is one full share?"
    ),
    F(96000) / (28 + F(4, 2)),
)
calc(
    "pretzel_bakery_night_shift",
    (
        "One batch uses 12.5 kg of flour and makes 220 pretzels. The morning run needs 1,540 "
        "pretzels - how many kg of flour?"
    ),
    F(1540, 220) * dec("12.5"),
)
calc(
    "seaweed_longline_farm_crew",
    "14 longlines of 180 m each, and the harvest came in at 6.2 kg of kelp per metre. Total kg?",
    14 * 180 * dec("6.2"),
)
calc(
    "solar_eclipse_chaser_tour",
    (
        "Eclipse tour is $4,850 per person, single supplement $1,275, and an 8% booking fee on "
        "the total. What does a solo traveller pay?"
    ),
    (4850 + 1275) * (1 + pct(8)),
)
calc(
    "wooden_boat_caulker",
    (
        "The hull seams add up to 96 metres and one reel of caulking cotton does 7.5 metres. "
        "How many whole reels do I need to buy?"
    ),
    whole_up(96 / dec("7.5")),
)
calc(
    "giant_pumpkin_weigh_off_grower",
    "Weigh-off pays $9 per lb to the winner. Mine went 2,164.5 lb. What's the prize in dollars?",
    9 * dec("2164.5"),
)
calc(
    "scuba_nitrox_gas_blender",
    "Using MOD = 10 × (1.4 / FO2 − 1), what is the MOD in metres for FO2 = 0.32?",
    10 * (dec("1.4") / dec("0.32") - 1),
)
calc(
    "timpani_section_player",
    "Five pairs of timpani mallets at €62 a pair plus 21% VAT. Total?",
    5 * 62 * (1 + pct(21)),
)
calc(
    "ice_climbing_wall_setter",
    "three ice faces, each 18 m high and 6.5 m wide. total face area in square metres?",
    3 * 18 * dec("6.5"),
)
calc(
    "venetian_gondolier",
    (
        "Gondola fare is €90 for the first 30 minutes and €40 for each extra 20 minutes. Four "
        "friends take a 70-minute ride and split it equally; how much each?"
    ),
    (90 + (70 - 30) // 20 * 40) / F(4),
)
calc(
    "clockwork_automaton_restorer",
    (
        "Gear train in the automaton: an 84-tooth wheel drives a 12-tooth pinion, whose arbor "
        "carries a 60-tooth wheel driving an 8-tooth pinion. Turns of the last pinion per turn "
        "of the first wheel?"
    ),
    F(84, 12) * F(60, 8),
)
calc(
    "reindeer_sleigh_ride_operator",
    (
        "Sleigh rides are NOK 650 per adult and NOK 390 per child. The evening booking is 7 "
        "adults and 5 children with a 15% group discount. Total in NOK?"
    ),
    (7 * 650 + 5 * 390) * (1 - pct(15)),
)
calc(
    "hooked_rug_guild_treasurer",
    (
        "Guild accounts: 27 members paid the £18 sub, the raffle made £246.50, and hall hire "
        "was £35 a session for 11 sessions. What's the balance?"
    ),
    27 * 18 + dec("246.50") - 35 * 11,
)
calc(
    "shodo_calligraphy_class",
    (
        "Hanshi paper comes at 1,000 sheets for ¥4,200. Twelve students use 35 sheets each per "
        "lesson over 8 lessons. What does the paper cost in yen?"
    ),
    12 * 35 * 8 * F(4200, 1000),
)
calc(
    "fish_ladder_salmon_counter",
    "Fish counter logged 2,016 salmon in July, and 37.5% of them were grilse. How many grilse?",
    2016 * pct("37.5"),
)
calc(
    "onsen_ryokan_attendant",
    (
        "Rate is ¥28,000 per person per night plus a bathing tax of ¥150 per person per night. "
        "Party of three for two nights - total yen?"
    ),
    (28000 + 150) * 3 * 2,
)
calc(
    "carnival_float_builder",
    (
        "The float deck is 9.6 m by 2.5 m and we're covering it with paper flowers at 85 per "
        "square metre. How many flowers?"
    ),
    dec("9.6") * dec("2.5") * 85,
)
calc(
    "guide_dog_puppy_raiser",
    "pup eats 320 g of kibble a day and a sack is 12 kg, how many days' feeding in one sack",
    F(12000, 320),
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
FATHOM = 2 * YD  # m
KGF = G0  # N
SQIN = IN * IN  # m^2
HECTARE = F(10**4)  # m^2
assert FATHOM == dec("1.8288")

# plain one-line questions
unit(P, "Convert 83 inches to centimetres.", 83 * IN * 100, EXACT)
unit_r(P, "How many kilometres is 31.7 miles?", dec("31.7") * MI / 1000)
unit_r(P, "What is 338 degrees Fahrenheit in Celsius?", f_to_c(338))
unit_r(P, "25 kg in pounds", 25 / LB)
unit_r(P, "how many square feet in 40 square metres", 40 / SQFT)
unit_r(P, "Convert 3.5 hectares to acres.", dec("3.5") * HECTARE / ACRE)
unit_r(P, "What's 115 km/h in mph?", 115 * KMH / MPH)
unit_r(P, "1.75 metres in feet?", dec("1.75") / FT)
unit(P, "Convert 2.5 GiB to MiB.", dec("2.5") * GIB / MIB, EXACT)
unit(P, "How many millilitres are in 4.2 litres?", dec("4.2") * 1000, EXACT)
unit_r(P, "What is 30 psi in bar?", 30 * PSI / BAR)
unit_r(P, "convert 12 avoirdupois ounces to grams", 12 * OZ * 1000)
unit(P, "What is 300 kelvin in degrees Celsius?", 300 - dec("273.15"), EXACT)
unit(P, "90 km/h in metres per second", 90 * KMH, EXACT)

# registers
FL = "fire_lookout_tower_ranger"
unit_r(
    FL,
    "The cab of my lookout tower sits 96 feet above the ground. How many metres is that?",
    96 * FT,
)
unit_r(
    FL, "Anemometer on the tower rail showed gusts of 38 mph. What's that in km/h?", 38 * MPH / KMH
)
CK = "camogie_club_kit_officer"
unit(
    CK,
    "The supplier lists the hurley as 34 inches long. How long is that in centimetres?",
    34 * IN * 100,
    EXACT,
)
unit_r(CK, "our pitch is 145 metres long, how many yards is that", 145 / YD)
ZL = "zip_line_park_instructor"
unit_r(ZL, "Maximum rider weight on our zip line is 120 kg. What's that in pounds?", 120 / LB)
unit_r(ZL, "The line drops 46 metres from platform to landing. Convert that to feet.", 46 / FT)
PS = "ballet_pointe_shoe_fitter"
unit_r(
    PS, "Her foot measures 23.5 cm heel to toe. How many inches is that?", dec("23.5") / 100 / IN
)
unit_r(PS, "A carton of twelve pairs of pointe shoes weighs 5.4 kg. In pounds?", dec("5.4") / LB)
TR = "circus_trapeze_rigger"
unit_r(TR, "The fly bar hangs 9.5 metres above the ring. How many feet?", dec("9.5") / FT)
unit_r(TR, "Cable breaking strength is 26 kN. What is that in kilograms-force?", 26000 / KGF)
TW = "tin_whistle_maker_bench"
unit(TW, "The bore is 12.7 mm. What is that in inches?", dec("12.7") / 1000 / IN, EXACT)
unit_r(TW, "This batch of brass tube weighs 3.4 lb; how many grams?", dec("3.4") * LB * 1000)
unit(
    "altar_gilding_restorer",
    "The gold leaf we use is 0.12 micrometres thick. How many nanometres is that?",
    dec("0.12") * 1000,
    EXACT,
)
unit_r(
    "kendo_dojo_treasurer",
    "A member's shinai measures 118 cm. How long is it in inches?",
    dec("1.18") / IN,
)
unit(
    "pretzel_bakery_night_shift",
    "The deck oven runs at 230 °C. What's that in Fahrenheit?",
    c_to_f(230),
    EXACT,
)
unit(
    "seaweed_longline_farm_crew",
    "We hang the longlines at 2.5 fathoms. How many metres is that?",
    dec("2.5") * FATHOM,
    EXACT,
)
unit_r(
    "solar_eclipse_chaser_tour",
    "The path of totality is 115 miles wide there. How many kilometres?",
    115 * MI / 1000,
)
unit(
    "wooden_boat_caulker",
    "Planking is 1 1/4 inches thick. What is that in millimetres?",
    F(5, 4) * IN * 1000,
    EXACT,
)
unit_r(
    "giant_pumpkin_weigh_off_grower",
    "The winning pumpkin weighed 1,046 kg. How many pounds is that?",
    1046 / LB,
)
unit_r(
    "scuba_nitrox_gas_blender", "Cylinder's filled to 232 bar. What is it in psi?", 232 * BAR / PSI
)
unit(
    "timpani_section_player",
    "What is the diameter of a 32-inch timpani bowl in centimetres?",
    32 * IN * 100,
    EXACT,
)
unit_r(
    "ice_climbing_wall_setter", "the ice tower is 18 metres high, how many feet is that?", 18 / FT
)
unit_r(
    "venetian_gondolier", "A gondola here is 10.85 m long. What's that in feet?", dec("10.85") / FT
)
unit(
    "clockwork_automaton_restorer",
    "The replacement mainspring is 0.35 mm thick. How many micrometres is that?",
    dec("0.35") * 1000,
    EXACT,
)
unit_r(
    "reindeer_sleigh_ride_operator",
    "Our sleigh trail is 7.5 km long. In miles?",
    dec("7.5") * 1000 / MI,
)
unit(
    "hooked_rug_guild_treasurer",
    "A hooked rug measures 36 inches by 60 inches. What is its area in square feet?",
    36 * 60 * SQIN / SQFT,
    EXACT,
)
unit_r(
    "shodo_calligraphy_class",
    "A sheet of hanshi is 24.2 cm by 33.3 cm. What is its area in square inches?",
    dec("0.242") * dec("0.333") / SQIN,
)
unit_r(
    "fish_ladder_salmon_counter",
    "Flow down the fish pass is 1.8 cubic metres per second. In cubic feet per second?",
    dec("1.8") / CUFT,
)
unit(
    "onsen_ryokan_attendant",
    "The outdoor bath is kept at 42 °C. What is that in degrees Fahrenheit?",
    c_to_f(42),
    EXACT,
)
unit_r(
    "carnival_float_builder",
    "The height limit for floats is 4.6 metres. How many feet is that?",
    dec("4.6") / FT,
)
unit_r(
    "guide_dog_puppy_raiser",
    "The pup weighed in at 18.6 kg at the vet. What's that in pounds?",
    dec("18.6") / LB,
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

# plain one-line questions
date_item(P, "What date is 93 days after 14 March 2031?", D(2031, 3, 14) + TD(days=93))
date_item(
    P,
    "How many days are there between 3 January 2029 and 19 August 2029?",
    days(D(2029, 1, 3), D(2029, 8, 19)),
)
date_item(P, "What day of the week was 21 July 1969?", weekday(D(1969, 7, 21)))
date_item(P, "what day of the week is 25 December 2033", weekday(D(2033, 12, 25)))
date_item(P, "add 6 weeks to 28 October 2030", D(2030, 10, 28) + TD(weeks=6))
date_item(
    P,
    "Someone born on 9 May 1987 - how old are they on 1 March 2032?",
    age(D(1987, 5, 9), D(2032, 3, 1)),
)
date_item(P, "What date is 100 days before 1 June 2030?", D(2030, 6, 1) - TD(days=100))
date_item(
    P,
    "How many weeks from 5 February 2029 to 30 April 2029?",
    weeks(D(2029, 2, 5), D(2029, 4, 30)),
)
date_item(P, "How many minutes from 08:45 to 17:20?", clock_span("08:45", "17:20", 60))
date_item(P, "What is the date 1000 days after 1 January 2030?", D(2030, 1, 1) + TD(days=1000))
date_item(P, "Which weekday falls on 1 January 2040?", weekday(D(2040, 1, 1)))
date_item(P, "What date is the third Thursday of November 2031?", nth_weekday(2031, 11, THU, 3))
date_item(
    P,
    "How many days from July 4, 2030 to December 25, 2030?",
    days(D(2030, 7, 4), D(2030, 12, 25)),
)
date_item(
    P, "how many hours between 22:00 and 06:30 next morning", clock_span("22:00", "06:30", 3600)
)

# registers
FL = "fire_lookout_tower_ranger"
open_day = D(2030, 5, 15)
date_item(
    FL,
    (
        f"Fire season at my tower opens on {say(open_day)} and I'm posted up here for 120 days, "
        "counting opening day as day 1. What date is my last day?"
    ),
    open_day + TD(days=119),
)
relief1 = D(2031, 6, 7)
date_item(
    FL,
    (
        f"The relief crew hikes up every 14 days, the first visit on {sayw(relief1)}. "
        "What date is their 5th visit?"
    ),
    relief1 + TD(days=14 * 4),
)
CK = "camogie_club_kit_officer"
final = D(2030, 9, 8)
date_item(
    CK,
    (
        f"Kit orders close 6 weeks before the county final, which is on {sayw(final)}. "
        "What's the closing date for orders?"
    ),
    final - TD(weeks=6),
)
date_item(
    CK,
    "The club was founded on 12 April 1958. What weekday is its 75th anniversary, 12 April 2033?",
    weekday(D(2033, 4, 12)),
)
ZL = "zip_line_park_instructor"
date_item(
    ZL,
    (
        "Harness certificates run out 730 days after inspection and ours were inspected on "
        "3 September 2029. On what date do they expire?"
    ),
    D(2029, 9, 3) + TD(days=730),
)
date_item(
    ZL,
    "The park opens for the season on the first Saturday of April 2031. What date is that?",
    nth_weekday(2031, 4, SAT, 1),
)
PS = "ballet_pointe_shoe_fitter"
date_item(
    PS,
    "She was born on 30 November 2014. How old is she at the audition on 18 March 2031?",
    age(D(2014, 11, 30), D(2031, 3, 18)),
)
date_item(
    PS,
    "Custom pointe shoes ordered on 2 February 2030 with a 45-day lead time arrive on what date?",
    D(2030, 2, 2) + TD(days=45),
)
TR = "circus_trapeze_rigger"
date_item(
    TR,
    "rigging inspection is due every 90 days, the last one was 22 December 2029. next due date?",
    D(2029, 12, 22) + TD(days=90),
)
date_item(
    TR,
    (
        "The big top season runs from 1 July 2030 to 28 September 2030. How many days is that, "
        "counting both the first and last day?"
    ),
    days(D(2030, 7, 1), D(2030, 9, 28)) + 1,
)
TW = "tin_whistle_maker_bench"
date_item(
    TW,
    "The folk festival where I sell starts on 25 July 2031. What day of the week is that?",
    weekday(D(2031, 7, 25)),
)
date_item(
    TW,
    "I leave the fipple blocks to cure for 21 days. Started them on 17 October 2030 - ready when?",
    D(2030, 10, 17) + TD(days=21),
)
date_item(
    "altar_gilding_restorer",
    (
        "The altar restoration contract starts on 4 March 2030 and the work must be "
        "signed off 210 days after that start date. What is the sign-off date?"
    ),
    D(2030, 3, 4) + TD(days=210),
)
date_item(
    "kendo_dojo_treasurer",
    "Grading is held on the last Sunday of May 2031. What date is that?",
    nth_weekday(2031, 5, SUN, -1),
)
date_item(
    "pretzel_bakery_night_shift",
    "My shift runs from 22:30 to 06:15. How many minutes is that?",
    clock_span("22:30", "06:15", 60),
)
date_item(
    "seaweed_longline_farm_crew",
    "We seeded the lines on 20 October 2029 and harvest 160 days later. Harvest date?",
    D(2029, 10, 20) + TD(days=160),
)
date_item(
    "solar_eclipse_chaser_tour",
    "Bookings open 400 days before the eclipse on 2 August 2027. What date do bookings open?",
    D(2027, 8, 2) - TD(days=400),
)
date_item(
    "wooden_boat_caulker",
    "How many days passed between her haul-out on 2 April 2030 and relaunch on 19 May 2030?",
    days(D(2030, 4, 2), D(2030, 5, 19)),
)
date_item(
    "giant_pumpkin_weigh_off_grower",
    (
        "seeds went in on 18 April 2030 and the weigh-off is 5 October "
        "2030, how many days from sowing to weigh-off"
    ),
    days(D(2030, 4, 18), D(2030, 10, 5)),
)
date_item(
    "scuba_nitrox_gas_blender",
    (
        "The cylinder's visual inspection sticker says 11 "
        "November 2030. Which day of the week was that?"
    ),
    weekday(D(2030, 11, 11)),
)
concert = D(2031, 2, 22)
date_item(
    "timpani_section_player",
    (
        f"The concert is on {sayw(concert)} and first rehearsal is "
        "17 days before it. What date is that?"
    ),
    concert - TD(days=17),
)
date_item(
    "ice_climbing_wall_setter",
    "Ice season runs 8 December 2030 to 9 March 2031 inclusive. How many days is that?",
    days(D(2030, 12, 8), D(2031, 3, 9)) + 1,
)
date_item(
    "venetian_gondolier",
    "my licence renewal is on the second Monday of January 2032, what date is that",
    nth_weekday(2032, 1, MON, 2),
)
date_item(
    "clockwork_automaton_restorer",
    (
        "Work on the automaton began on 14 January 2029 and it ticked again on 3 "
        "October 2029. How many days after the start was that?"
    ),
    days(D(2029, 1, 14), D(2029, 10, 3)),
)
date_item(
    "reindeer_sleigh_ride_operator",
    (
        "Sleigh season starts 1 December 2030 and runs for 100 days, with 1 December as day 1. "
        "What is the last day?"
    ),
    D(2030, 12, 1) + TD(days=99),
)
meet1 = D(2031, 1, 7)
date_item(
    "hooked_rug_guild_treasurer",
    (
        f"The guild meets every 3 weeks, first on {sayw(meet1)}. "
        "What is the date of the 10th meeting?"
    ),
    meet1 + TD(weeks=3 * 9),
)
date_item(
    "shodo_calligraphy_class",
    "Our student exhibition opens on 3 November 2030. What weekday is that?",
    weekday(D(2030, 11, 3)),
)
date_item(
    "fish_ladder_salmon_counter",
    "The counting window opens at 05:50 and closes at 21:20. How many hours is it open?",
    clock_span("05:50", "21:20", 3600),
)
date_item(
    "onsen_ryokan_attendant",
    "A guest's passport says born 2 August 1953. How old is he on 1 August 2033?",
    age(D(1953, 8, 2), D(2033, 8, 1)),
)
date_item(
    "carnival_float_builder",
    "Parade day is 24 February 2032 and we start building 75 days before. What's the start date?",
    D(2032, 2, 24) - TD(days=75),
)
date_item(
    "guide_dog_puppy_raiser",
    "The pup was born on 29 March 2030 and comes to me at exactly 8 weeks old. What date is that?",
    D(2030, 3, 29) + TD(weeks=8),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
for q in (
    "Why do my ears pop when a plane starts to descend?",
    "Why does a loaf kept in the fridge seem to dry out quicker than one in a bread bin?",
    "How does a credit score actually get calculated, roughly speaking?",
    "Why is the sky more orange at sunset on dusty days?",
    "Can you explain what a mortgage offset account does?",
    "why do cats knead blankets before lying down",
    "What is the difference between a will and a living trust?",
    "How do noise-cancelling headphones cancel noise?",
    "Explain why ice floats but most solids sink in their own liquid.",
    "What does it mean when a bank says a cheque has 'cleared'?",
):
    neg("ordinary_everyday_explanations", q)
for q in (
    "My flatmate never does the washing-up. How do I raise it without a row?",
    "I've been offered a promotion that means managing my friends. Should I take it?",
    "How can I get better at saying no to extra work at the office?",
    "what should i say to my grandad who keeps asking when i'm getting married",
    "I get nervous before job interviews. Any tips to stay calm?",
    "Is it rude to leave a wedding before the speeches?",
    "How do I politely ask a neighbour to trim a hedge that blocks my light?",
    "I keep procrastinating on my dissertation. What actually helps?",
    "My teenage son games until 2am. How do I set limits without constant fights?",
    "How do I tell a close friend I can't afford to go on her hen weekend?",
):
    neg("ordinary_personal_advice", q)
for q in (
    "Write a short thank-you note to a nurse who looked after my mum.",
    "Give me three opening lines for a ghost story set on a canal boat.",
    "Can you make this sentence sound less stiff: 'Please be advised that the meeting is moved.'",
    "Draft a polite complaint email about a late sofa delivery.",
    "write a limerick about a forgetful lighthouse cat",
    "Suggest a title for a memoir about growing up above a chip shop.",
    "Help me write a toast for my sister's fortieth birthday, warm but funny.",
    (
        "Rewrite this cover letter paragraph to sound more "
        "confident: 'I think I might be good at sales.'"
    ),
    "What's a good way to end a eulogy for a grandmother who loved gardening?",
    "Write a haiku about a heron waiting at a weir in November.",
):
    neg("ordinary_writing_help", q)
for q in (
    "Why does my Python list comprehension return a generator object instead of a list?",
    "What's the difference between a git merge and a git rebase?",
    "Explain JavaScript closures with a simple example.",
    "How do I stop pandas from printing scientific notation?",
    "my docker container exits immediately after starting, what could cause that",
    "When should I use a HashMap versus a TreeMap in Java?",
    "What is a race condition and how do I avoid one in Go?",
    "How do I write a SQL query that finds duplicate email addresses in a users table?",
    "Explain what Big-O notation means to a beginner.",
    "Why would a React component render twice in development mode?",
):
    neg("ordinary_programming", q)
for q in (
    "What were the main causes of the collapse of the Western Roman Empire?",
    "Why did the Hanseatic League decline?",
    "Who was Mary Anning and what did she find at Lyme Regis?",
    "What was daily life like for a medieval monk?",
    "how did the printing press change europe",
    "What was the significance of the Treaty of Westphalia?",
    "Why was the Silk Road so important for trade?",
    "Tell me about the building of the Panama Canal.",
    "What role did women play in the Bletchley Park codebreaking effort?",
    "How did the Black Death affect wages in England?",
):
    neg("ordinary_history", q)
for q in (
    "When do I write 'practice' and when 'practise' in British English?",
    "Where does the phrase 'to let the cat out of the bag' come from?",
    "Is it 'different from' or 'different than'?",
    "how do you say 'I'm just looking, thanks' in Italian",
    "Why does English spell 'colonel' that way?",
    "What's the subjunctive mood and when do I use it in Spanish?",
    "Explain the difference between 'who' and 'whom' simply.",
    "What does the German word 'Feierabend' mean and is there an English equivalent?",
    "Why do Americans say 'math' and Brits say 'maths'?",
    "Is 'alot' ever correct?",
):
    neg("ordinary_language", q)
for q in (
    "Why does a spoon look bent in a glass of water?",
    "How does a tetanus booster keep protecting you years after the first jab?",
    "What causes the Northern Lights?",
    "Why can't we see the far side of the Moon from Earth?",
    "how do bees decide where to build a new hive",
    "What is entropy, in plain language?",
    "Why do some metals rust and others don't?",
    "How does a heat pump move heat from a cold place to a warm one?",
    "Why don't antibiotics work against a cold?",
    "Why does Venus look so bright in the evening sky some months?",
):
    neg("ordinary_science", q)
for q in (
    "Why did my risotto turn gluey?",
    "What can I use instead of buttermilk in scones?",
    "How do I stop my pastry shrinking in the tin?",
    "what herbs go well with roast lamb",
    "Is it safe to refreeze chicken that was defrosted in the fridge?",
    "Why do you rest a steak after cooking it?",
    "Give me a vegetarian main course that would impress my in-laws.",
    "How do I get crackling to go properly crisp?",
    "Why did my banana bread sink in the middle once it cooled?",
    "Why is my sourdough starter smelling of nail varnish?",
):
    neg("ordinary_cooking", q)
for q in (
    "Why are the lower leaves on my courgette plant going white and powdery?",
    "How do I get rid of black mould around the bathroom window?",
    "What's the best way to bleed a radiator?",
    "Should I prune my hydrangea in autumn or spring?",
    "my kitchen tap drips even when shut tight, what's wrong with it",
    "How can I keep slugs off my hostas without pellets?",
    "Is it a good idea to lay underfloor insulation between old joists myself?",
    "What plants grow well in a north-facing shady border?",
    "How do I stop condensation on my bedroom windows in winter?",
    "What's the easiest way to remove old wallpaper?",
):
    neg("ordinary_house_and_garden", q)
for q in (
    "What should I pack for a week of walking in the Scottish Highlands?",
    "Is it better to see Kyoto or Osaka if I only have one free day?",
    "How do I avoid altitude sickness on a trek?",
    "what's the etiquette for tipping in Portugal",
    "Any tips for camping with a toddler for the first time?",
    "How do I choose a good sleeping bag for spring camping?",
    "What are some quiet Greek islands for a relaxing holiday?",
    "Is it safe to swim in the sea where there are jellyfish warnings?",
    "How should I prepare for a long overnight train journey?",
    "What's a good way to beat jet lag flying east?",
):
    neg("ordinary_travel_outdoors", q)

# near-negatives: shaped like positives, but they need the model
NI = "near-identifier"
neg(NI, "What's 0800 555 0199 plus the area code?", "a phone number, not a sum")
neg(NI, "Part number 4417-22-B for the fuel pump: is that the same as 4417-22-C?", "part numbers")
neg(
    NI,
    "The match finished 3-1. What does that say about the second half?",
    "a score, not subtraction",
)
neg(NI, "Is Python 3.12 newer than Python 3.9?", "version numbers compare as versions")
neg(NI, "My flight is BA 2490 at gate 14. What terminal is that?", "flight and gate numbers")
neg(NI, "what does the 205/55 R16 on my tyre mean", "a tyre size code")
neg(
    NI,
    "Is ISBN 978-0-14-044913-6 a valid checksum? Explain how you checked.",
    "an identifier check",
)
neg(NI, "Room 12/4 in the old block: which floor is that on?", "a room number, not a fraction")
neg(NI, "Our postcode is SW1A 2AA - what borough is that?", "a postcode needing outside facts")
NM = "near-missing-fact"
neg(NM, "How much will the council tax be on a band D house in Leeds?", "needs a current rate")
neg(NM, "What is 20% of my salary?", "the salary is not given")
neg(NM, "How many days have I got left on my visa?", "no dates stated")
neg(NM, "convert my height into centimetres", "the height is not given")
neg(NM, "What's the exchange rate for 500 euros into yen at the moment?", "needs a live rate")
neg(NM, "How old was the Queen Mother when she died?", "a fact to look up, not a calculation")
neg(NM, "How many miles is it from Inverness to Penzance by road?", "a route distance to look up")
neg(NM, "What time does the sun set in Reykjavik on 21 June?", "needs an almanac")
neg(NM, "How much would 40 shares of Apple be worth?", "needs a share price")
NN = "near-notation"
neg(
    NN,
    "Why does a jig written in 6/8 feel different from a waltz in 3/4?",
    "time signatures, not fractions",
)
neg(NN, "What does 2+2 mean in a job advert for a cabin crew rota?", "a rota pattern")
neg(NN, "What does Qxf7# mean in a chess score sheet?", "chess notation")
neg(NN, "My eyesight is 6/9 in one eye. Is that bad?", "visual acuity, not a fraction")
neg(
    NN,
    "Our coach wants to switch to a 3-5-2. What does that change for the wing backs?",
    "a formation",
)
neg(
    NN,
    "A recipe says bake at gas mark 4 for 40-45 mins. What does the range mean for doneness?",
    "a cooking judgement",
)
neg(NN, "What does '1:50' mean on an architect's drawing?", "a scale explained")
neg(NN, "In climbing, is a 6a harder than a 5c+?", "grades, not arithmetic")
NC = "near-code"
neg(NC, "Write a Python function that turns a number of knots into km/h.", "code to write")
neg(
    NC,
    "Give me a Google Sheets formula that shows the weekday of the date in C4.",
    "a formula to write",
)
neg(NC, "Write SQL giving each customer's average basket value over 2030.", "code to write")
neg(NC, "how do I compute 15% VAT in a JavaScript function, show me the code", "code to write")
neg(NC, "Write a bash one-liner that counts the days between two dates.", "code to write")
neg(
    NC,
    "What does 7 // 2 return in Python and why is it different from 7 / 2?",
    "language semantics",
)
neg(NC, "Why does round(2.675, 2) give 2.67 in Python?", "floating point explained")
neg(NC, "Write a regex that matches a time like 14:05 but not 25:61.", "code to write")
NMe = "near-meaning"
neg(NMe, "My blood pressure reading was 142 over 91. Is that high?", "a medical reading's meaning")
neg(
    NMe,
    "The weather app says 30% chance of rain. What does that actually mean?",
    "meaning of a number",
)
neg(NMe, "My cholesterol is 5.8 mmol/L. Should I worry?", "a medical judgement")
neg(
    NMe,
    "The paint tin says 12 m² per litre - does that mean one coat or two?",
    "label interpretation",
)
neg(NMe, "An APR of 29.9% on a store card - is that a lot?", "a financial judgement")
neg(NMe, "what does a 4.2 star average on 18 reviews tell me about a hotel", "interpretation")
neg(NMe, "My baby is on the 9th centile for weight. What does that mean?", "meaning of a centile")
neg(
    NMe,
    "The label says SPF 50. Does that mean I can stay out 50 times longer?",
    "meaning of a rating",
)
NE = "near-estimate"
neg(NE, "Roughly how many tennis balls would fill a village hall?", "a Fermi estimate")
neg(NE, "About how long would it take to walk across London?", "an estimate")
neg(NE, "How many piano tuners are there in Chicago, roughly?", "a Fermi estimate")
neg(NE, "How much should I budget per day for food in Lisbon?", "an estimate")
neg(NE, "roughly what would it cost to rewire a three-bed semi", "an estimate")
neg(NE, "How many litres of water does a typical shower use?", "an estimate of typical use")
neg(NE, "About how many words is a 300-page novel?", "an estimate")
neg(NE, "How long will a 5 kg bag of birdseed last in winter?", "depends on birds, an estimate")
NJ = "near-judgement"
neg(NJ, "Is £1,450 a month a fair rent for a two-bed flat in Bristol?", "a judgement")
neg(NJ, "Should I pay off my 3.9% car loan early or put the £4,000 in savings?", "advice")
neg(NJ, "I ran 5 km in 31 minutes. Is that good for a 45-year-old?", "a judgement")
neg(
    NJ,
    "Is 72 kg a healthy weight for someone 1.68 m tall? What else matters?",
    "a health judgement",
)
neg(NJ, "Would you rather take 12% of a start-up or a £6,000 pay rise?", "advice")
neg(
    NJ,
    "Which is better value for a family of four, a 7-day or a 10-day holiday?",
    "a judgement without figures",
)
neg(NJ, "is a 2.5% pay rise good when inflation is running at 3%", "a judgement")
neg(NJ, "We sleep 7 hours a night. Is that enough for teenagers?", "a health judgement")
NL = "near-lookup"
neg(NL, "How many days did Shackleton's boat journey to South Georgia take?", "a fact to look up")
neg(NL, "What year was the Eiffel Tower finished, and how tall was it then?", "facts to look up")
neg(NL, "How many bones are in an adult human hand?", "a fact")
neg(NL, "What's the speed limit on a single carriageway in France?", "a fact, may change")
neg(NL, "Which date is the Mid-Autumn Festival in 2032?", "needs a lunisolar calendar lookup")
neg(NL, "What is the boiling point of water at the top of Kilimanjaro?", "needs altitude facts")
neg(NL, "How many stamps does a large letter to Canada need?", "postal rates to look up")

# conversations: an earlier turn changes what the last question means
conv(
    "conv-redefined-operator",
    [
        (U, "For this puzzle, a ⊕ b means a times b plus a."),
        (A, "Got it: a ⊕ b = ab + a."),
        (U, "So what is 7 ⊕ 3?"),
    ],
    "an operator defined in the conversation",
)
conv(
    "conv-redefined-operator",
    [
        (U, "In my son's homework, @ means 'double the first number and subtract the second'."),
        (A, "Understood, x @ y = 2x − y."),
        (U, "what's 9 @ 4"),
    ],
    "an operator defined in the conversation",
)
conv(
    "conv-redefined-operator",
    [
        (U, "Let's say ^ is just a separator in these codes, not a power."),
        (A, "Okay, I'll read ^ as a separator."),
        (U, "What is 2^5 then?"),
    ],
    "notation reread by an earlier turn",
)
conv(
    "conv-number-base",
    [
        (U, "Heads up: every number in my next questions is written in binary."),
        (A, "Sure, I'll treat them as base 2."),
        (U, "so what do 1101 and 110 add up to?"),
    ],
    "a number base set earlier",
)
conv(
    "conv-number-base",
    [
        (U, "I'm debugging memory addresses, everything's hex."),
        (A, "Right, hexadecimal it is."),
        (U, "What is 1F plus 20?"),
    ],
    "a number base set earlier",
)
conv(
    "conv-number-base",
    [
        (U, "The worksheet is all octal, base 8, for this lesson."),
        (A, "Fine, octal."),
        (U, "then 23 times 5 comes to what?"),
    ],
    "a number base set earlier",
)
conv(
    "conv-decimal-comma",
    [
        (U, "I live in Austria and write 1.000 for a thousand and 0,5 for a half."),
        (A, "Got it, a dot groups thousands and a comma marks decimals."),
        (U, "How much is 2.375 times 6?"),
    ],
    "number format set earlier",
)
conv(
    "conv-decimal-comma",
    [
        (U, "Our supplier's invoices use a comma as the decimal mark."),
        (A, "Okay, so 3,5 means three and a half."),
        (U, "Then what's 2,400 divided by 8?"),
    ],
    "number format set earlier",
)
conv(
    "conv-house-unit",
    [
        (
            U,
            (
                "At our allotment society, a 'rod' plot is the standard "
                "half-plot, about 125 square metres."
            ),
        ),
        (A, "Understood, a society rod is a half-plot."),
        (U, "How many square metres are 6 rods?"),
    ],
    "a house unit redefined, unclear whether the standard rod or the society one",
)
conv(
    "conv-house-unit",
    [
        (
            U,
            (
                "In our kitchen a 'scoop' is whatever the big flour "
                "scoop holds, we've never weighed it."
            ),
        ),
        (A, "So a scoop is your own measure."),
        (U, "How many grams is 4 scoops?"),
    ],
    "a house unit with no stated size",
)
conv(
    "conv-house-unit",
    [
        (U, "When the crew says 'a load' they mean one full wheelbarrow of gravel."),
        (A, "Okay, a load is one wheelbarrow."),
        (U, "How many kilograms in 30 loads?"),
    ],
    "a house unit with no stated weight",
)
conv(
    "conv-house-unit",
    [
        (U, "For the old plans I'm reading, a foot is the Rhineland foot, not the modern one."),
        (A, "Understood, Rhineland feet."),
        (U, "So what's 40 feet in metres?"),
    ],
    "a historical unit named earlier",
)
conv(
    "conv-calendar-rule",
    [
        (U, "Our firm counts only working days, Monday to Friday, and skips bank holidays."),
        (A, "Working days only, noted."),
        (U, "What date is 20 days after 1 December 2030?"),
    ],
    "business days with unstated holidays",
)
conv(
    "conv-calendar-rule",
    [
        (U, "We're using the ISO week numbering for the production plan."),
        (A, "ISO weeks, okay."),
        (U, "Which week is 30 December 2030 in?"),
    ],
    "an ISO week, not a plain date question",
)
conv(
    "conv-calendar-rule",
    [
        (U, "Our school year starts in September and that's how we number terms."),
        (A, "So the year runs September to July."),
        (U, "What's the date at the start of the second term?"),
    ],
    "depends on the school's term dates",
)
conv(
    "conv-calendar-rule",
    [
        (U, "The festival counts days from sunset to sunset."),
        (A, "Understood, days begin at sunset."),
        (U, "If it starts on the evening of 3 May 2031 and lasts 8 days, when does it end?"),
    ],
    "sunset days change the count",
)
conv(
    "conv-calendar-rule",
    [
        (U, "The charity's financial year begins on 1 July."),
        (A, "So July to June."),
        (U, "Which quarter does 15 January 2031 fall in for us?"),
    ],
    "fiscal quarter, depends on the earlier turn",
)
conv(
    "conv-identifier",
    [
        (U, "I'm sorting parcels by their bay codes."),
        (A, "Happy to help with the bay codes."),
        (U, "What is 12-7?"),
    ],
    "a code, not a subtraction",
)
conv(
    "conv-identifier",
    [
        (U, "These are shelf references in the library stacks."),
        (A, "Okay, shelf references."),
        (U, "Is 823.912 before or after 823.92?"),
    ],
    "Dewey ordering, not arithmetic",
)
conv(
    "conv-identifier",
    [
        (U, "I'm comparing software releases for our app."),
        (A, "Sure, which versions?"),
        (U, "Which is bigger, 2.10 or 2.9?"),
    ],
    "version ordering",
)
conv(
    "conv-identifier",
    [
        (U, "I'm reading the town bus timetable, routes are numbered like 25 and 25A."),
        (A, "Got it, those are route numbers."),
        (U, "How far apart are the 25 and the 38?"),
    ],
    "route numbers, not a subtraction; needs the map",
)
conv(
    "conv-missing-fact",
    [
        (U, "I bought the same coat as my sister but in the sale."),
        (A, "Nice, how much did you save?"),
        (U, "It was 35% off, so how much did I pay?"),
    ],
    "the price is not stated",
)
conv(
    "conv-missing-fact",
    [
        (U, "My train leaves at the usual time."),
        (A, "Okay."),
        (U, "If the journey takes 2 hours 40, when do I arrive?"),
    ],
    "the departure time is not stated",
)
conv(
    "conv-missing-fact",
    [
        (U, "We're splitting the bill from last night's curry four ways."),
        (A, "What was the total?"),
        (U, "I can't remember but add a 12.5% tip - how much each?"),
    ],
    "the total is missing",
)
conv(
    "conv-missing-fact",
    [
        (U, "My daughter was born the same day as her cousin, a few years later."),
        (A, "That's a nice coincidence."),
        (U, "How old will she be on 1 June 2031?"),
    ],
    "the birth date is not given",
)
conv(
    "conv-task",
    [
        (U, "I'm writing a quiz for my pub."),
        (A, "Fun! What kind of questions?"),
        (U, "Give me three questions whose answer is 144."),
    ],
    "a writing task",
)
conv(
    "conv-task",
    [
        (U, "I need to teach Year 4 how to convert units."),
        (A, "Sure, what level?"),
        (U, "How would you explain turning 3.5 km into metres to a nine-year-old?"),
    ],
    "an explanation, not a conversion",
)
conv(
    "conv-task",
    [
        (U, "Check my working, please."),
        (A, "Go ahead."),
        (U, "I said 48 × 25 = 1,250 because 50 × 25 is 1,250. Where did I go wrong?"),
    ],
    "feedback on working",
)
conv(
    "conv-task",
    [
        (U, "I'm writing a spreadsheet to track my savings."),
        (A, "What would you like it to do?"),
        (U, "What formula gives 4% a year compounded monthly on the balance in B2?"),
    ],
    "a formula to write",
)
conv(
    "conv-judgement",
    [
        (U, "I've got two job offers, one at £38,000 and one at £34,500 with a four-day week."),
        (A, "Those are quite different packages."),
        (U, "Which one should I take?"),
    ],
    "advice",
)
conv(
    "conv-judgement",
    [
        (U, "My marathon training plan has me at 55 km a week."),
        (A, "That's a solid base."),
        (U, "Is bumping it to 70 next week too much?"),
    ],
    "a training judgement",
)
conv(
    "conv-judgement",
    [
        (U, "One roofer quoted £8,400 for the whole roof and another £6,900 just for patching."),
        (A, "Those cover different amounts of work."),
        (U, "Which quote would you pick in my shoes?"),
    ],
    "advice",
)
conv(
    "conv-reread-question",
    [
        (U, "When I say 'double' I mean a double shift, which at our place is 14 hours."),
        (A, "Understood, a double is 14 hours."),
        (U, "How many hours is 3 doubles plus a single?"),
    ],
    "a single is not defined",
)
conv(
    "conv-reread-question",
    [
        (U, "In our club, 'a round' of the course means two laps."),
        (A, "So one round is two laps."),
        (U, "If a lap is 2.4 km, how far is a round and a half?"),
    ],
    "house meaning; answer hinges on the club definition and the model must apply it",
)
conv(
    "conv-reread-question",
    [
        (U, "My scale shows stones and pounds, like 11.6 meaning 11 stone 6 pounds."),
        (A, "So the part after the point is pounds, not a decimal."),
        (U, "What's 11.6 in kilograms?"),
    ],
    "a reading format redefined earlier",
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
    # no register (family name) of this set is a family name of sets 19 to 109
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 109: {reused}"
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
