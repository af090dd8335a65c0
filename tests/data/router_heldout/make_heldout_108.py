r"""Generate heldout-2027-03-21.jsonl: a hundred-and-eighth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind by a helper session working only in /work/sealed108. The starting point was a copy
of the previous set's generator whose set-up, helpers and checks had already been adapted for this
set (OUT, PREFIX "ho108-", earlier generators 1-107, register check against sets 19 to 107).

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  weekday strings are graded;
- /work/sealed108/earlier_registers.txt (2014 earlier family names), grepped for candidate
  registers so that none of this set's names repeats one;
- of this script: the docstring, set-up and helpers (lines 1-287 of the copy), the units header
  and unit_r (579-639), the datetime header and helpers up to the first `assert sayus`
  (736-820), the negatives header with neg/conv (1089-1096), and the weekday check, checks and
  output at the end (1651-1874).
The previous set's query sections were never viewed: their boundary lines were asserted and they
were replaced by line number, from the bottom range up, with four new sections written from
scratch in scratch files (since deleted). No git history, web or code search, router, tools,
tests, other sealed directories or other generators were read (the script imports earlier
generators itself, in memory, for its duplicate and register checks). The JSONL written here was
opened once by a short script only to count its family names; no query text was printed.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a carillon tower practice rota,
  a saltmarsh lamb grazier, a piste groomer night crew, a queen bee rearing apiary, a velodrome
  timing desk, a lacrosse club kit secretary, a hovercraft race marshal, a shellfish depuration
  unit, a tapestry weaving guild, a harbour crane driver roster, a canal boat hire fitter, a
  lighthouse lens polisher, ski jump hill officials, a medieval re-enactment armourer, an orchid
  nursery propagation bench, a quarry blast engineer, a clog dancing troupe treasurer, a whisky
  cask cooperage yard, a fairground organ restorer, a sand sculpture festival team, an island
  ferry ticket office, a suspension bridge painting gang, a gliding club winch driver, a tortoise
  sanctuary keeper and a stilt walking street troupe), each register used by all three tools,
  the first six with two items per tool. Phrasing varies: statements, questions, imperatives,
  lowercase, numbers in words, British and American forms, extra context sentences.
- Every expected value is computed in code: Fraction/Decimal for money and quantities (exact,
  terminating, at most three decimals for the calculator), exact unit definitions (inch, foot,
  yard, mile, nautical mile and knot, avoirdupois pound and ounce, acre, hectare, litre, psi
  from standard gravity, bar, GiB/MiB, Celsius/Fahrenheit/kelvin, revolutions and degrees) for
  conversions, graded exactly when the result terminates in at most three decimals and at 0.1%
  otherwise (only where two decimals stay within 0.1%), and datetime/date arithmetic for dates,
  weekdays, ages, spans, inclusive day counts, whole weeks, nth and last weekdays, clock
  intervals, repeating rotas and a count of Monday-to-Friday days. Weekdays written next to
  dates come from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday explanations, personal advice,
  writing, code, history, language, general knowledge, cooking, home and DIY, outdoors and
  travel), 65 near-negatives shaped like positives but needing the model (identifiers, missing
  facts, non-arithmetic notation, code to write, meanings of stated numbers, estimates,
  judgements), and 35 conversations in which an earlier turn changes what the last question
  means (redefined operators and notation, number bases, unit readings, calendar and
  week-numbering rules, identifiers, missing facts, judgements, tasks, answer formats, shifts of
  context); none ends in a plain exact question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 107, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), and a
read-through of every expected value printed with --show. The first run stopped at the
contested-unit check (a beekeeping "cup" in a calculator question, reworded); the second found
21 queries or user turns matching earlier sets word for word (reworded), and the third one more
(reworded). Ruff check and format were run from /work/main; eight implicit concatenations were
parenthesised (ISC004) and string lines over 99 columns were split or shortened, and the script
was re-run.

Run: /work/main/.venv/bin/python make_heldout_108.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-21.jsonl"
PREFIX = "ho108-"
# earlier generators: sets 1-107 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 108))
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
calc(P, "What is 17.5% of 2,384?", pct("17.5") * 2384)
calc(P, "calculate 48.6 * 3.75", dec("48.6") * dec("3.75"))
calc(P, "What's 9,876 divided by 16?", F(9876, 16))
calc(P, "(1,250 - 387) x 4 = ?", (1250 - 387) * 4)
calc(P, "What is 2 to the power of 13, minus 1,006?", 2**13 - 1006)
calc(P, "Give 3/8 plus 1/4 as a decimal number.", F(3, 8) + F(1, 4))
calc(P, "square root of 3249?", 57)
calc(P, "What is 12 per cent more than 865?", 865 * (1 + pct(12)))
calc(P, "what's 7,203 minus 4,867.35", 7203 - dec("4867.35"))
calc(P, "How much is 0.45 of 1,860?", dec("0.45") * 1860)
calc(P, "Fifteen squared plus twenty-eight squared equals what?", 15**2 + 28**2)
calc(P, "Divide 5,481 by 7 and then add 93 to the result.", F(5481, 7) + 93)
calc(P, "Which number is 35% lower than 640?", 640 * (1 - pct(35)))
calc(P, "Work out 1,024 multiplied by 0.0625 please", 1024 * dec("0.0625"))
assert sum(1 for i in items if i["family"] == P) == WANT_PLAIN

# registers, two items each for the first six
R1 = "carillon_tower_practice_rota"
calc(
    R1,
    "The carillon guild pays the tower verger £14.50 per practice opening plus 3% of whatever "
    "visitors put in the donation box. Last quarter there were 26 openings and £4,380 in "
    "donations. What did the verger get in total for the quarter?",
    26 * dec("14.50") + pct(3) * 4380,
)
calc(
    R1,
    "carillon practice rota for the autumn term: 11 student players share 187 hours of clavier "
    "time equally. how many hours does each player get",
    F(187, 11),
)
R2 = "saltmarsh_lamb_grazier"
calc(
    R2,
    "I sold 84 saltmarsh lambs at the mart, averaging £132.75 a head. The auctioneer keeps 4% "
    "commission on the gross and charges a levy of £2.10 per head on top. What do I actually "
    "get paid?",
    84 * dec("132.75") * (1 - pct(4)) - 84 * dec("2.10"),
)
calc(
    R2,
    "Grazing licence on the saltings is £7.80 per ewe for the season. I'm putting 212 ewes out "
    "and the wildlife trust knocks 15% off because we keep them on after October. What's my "
    "licence fee after the discount?",
    212 * dec("7.80") * (1 - pct(15)),
)
R3 = "piste_groomer_night_crew"
calc(
    R3,
    "Each of our piste bashers burns 21.5 litres of diesel an hour. Three machines each ran for "
    "7.25 hours last night. Total litres burned?",
    3 * dec("7.25") * dec("21.5"),
)
calc(
    R3,
    "night crew payslip check: base rate is €19.40 an hour and night hours are paid at time and "
    "a half. I did 46 hours this period, 38 of them at night, the rest at base rate. whats my "
    "gross pay",
    8 * dec("19.40") + 38 * dec("19.40") * F(3, 2),
)
R4 = "queen_bee_rearing_apiary"
calc(
    R4,
    "Grafted 120 larvae into queen cell bases. The starter colony accepted "
    "75% of them, and 80% of the "
    "accepted cells emerged as virgin queens. How many virgin queens did I get?",
    120 * pct(75) * pct(80),
)
calc(
    R4,
    "A customer wants 7 mated queens at £38 each, sent in 3 separate parcels at £6.95 postage "
    "per parcel. What's the invoice total?",
    7 * 38 + 3 * dec("6.95"),
)
R5 = "velodrome_track_timing_desk"
calc(
    R5,
    "Timing desk here. A rider's four lap splits on the 250 m track were 17.832, 17.604, 17.719 "
    "and 17.905 seconds. What is the sum of the four laps in seconds?",
    dec("17.832") + dec("17.604") + dec("17.719") + dec("17.905"),
)
calc(
    R5,
    "Kilo time trial entries are £22 each and sprint entries £18. We took 37 kilo entries and 29 "
    "sprint entries, and the federation takes 12% of all entry money. How much does the "
    "velodrome keep?",
    (37 * 22 + 29 * 18) * (1 - pct(12)),
)
R6 = "lacrosse_club_kit_secretary"
calc(
    R6,
    "Kit order for the U14s: 18 sticks at $85.50 each, and the supplier takes 10% off any order "
    "over $1,000. What's the order total after the discount?",
    18 * dec("85.50") * (1 - pct(10)),
)
calc(
    R6,
    "The kit fund stands at £2,460. If I buy 34 new helmets at £67.50 each, how much is left in "
    "the fund?",
    2460 - 34 * dec("67.50"),
)

# registers, one item each
calc(
    "hovercraft_club_race_marshal",
    "Race fuel levy is £3.20 per craft per lap raced. Formula 1 ran 14 laps with 9 craft and "
    "Formula 2 ran 12 laps with 11 craft. Total levy for the meeting?",
    (14 * 9 + 12 * 11) * dec("3.20"),
)
calc(
    "shellfish_depuration_tank_unit",
    "Each depuration tank takes 280 kg of mussels per cycle and a cycle is 42 hours. With 5 "
    "tanks running back to back for 168 hours, how many kilograms of mussels go through?",
    5 * F(168, 42) * 280,
)
calc(
    "tapestry_loom_weaving_guild",
    "Guild sub is £36 for the year and loom hire is £4.25 a session. Margaret came to 23 "
    "sessions. What does she owe altogether?",
    36 + 23 * dec("4.25"),
)
calc(
    "harbour_crane_driver_roster",
    "ship-to-shore crane did 312 boxes on days and 278 on nights. bonus is 45p for every box "
    "over 500 in the 24 hours. how much bonus in pounds",
    (312 + 278 - 500) * dec("0.45"),
)
calc(
    "canal_boat_hire_base_fitter",
    "Replacing hull anodes across the hire fleet: 13 narrowboats, 4 anodes each, £27.40 per "
    "anode, plus £185 labour for the whole job. What's the total bill?",
    13 * 4 * dec("27.40") + 185,
)
calc(
    "lighthouse_lens_polisher",
    "Fourteen tubs of cerium oxide polishing compound at £11.60 a tub, less a 7.5% trade "
    "discount. How much do I pay?",
    14 * dec("11.60") * (1 - pct("7.5")),
)
calc(
    "ski_jump_hill_officials",
    "Distance points on our hill: 60 points at the K-point of 120 m, plus 1.8 points for every "
    "metre beyond it. The jumper landed at 131.5 m. How many distance points?",
    60 + (dec("131.5") - 120) * dec("1.8"),
)
calc(
    "medieval_reenactment_armourer",
    "My riveted mail runs at 48 rings per square inch and the hauberk pattern covers 2,350 "
    "square inches. How many rings do I need to make?",
    48 * 2350,
)
calc(
    "orchid_nursery_propagation_bench",
    "We deflasked 36 flasks of Phalaenopsis with 40 seedlings per flask and lost 15% of the "
    "seedlings in the first fortnight. How many seedlings survived?",
    36 * 40 * (1 - pct(15)),
)
calc(
    "quarry_blast_engineer_log",
    "Blast plan: 24 holes, each loaded with 68.5 kg of bulk explosive plus a 0.4 kg booster. "
    "What's the total charge in kg?",
    24 * (dec("68.5") + dec("0.4")),
)
calc(
    "clog_dancing_troupe_treasurer",
    "Festival paid us £640. Minibus hire was £212.40 and diesel £59.60; what's left is shared "
    "equally between the 8 dancers. How much does each dancer get?",
    (640 - dec("212.40") - dec("59.60")) / 8,
)
calc(
    "whisky_cask_cooperage_yard",
    "This week the yard rebuilt 17 hogsheads at £48 each and re-charred 26 casks at £31.50 each. "
    "Add 20% VAT. What's the invoice total?",
    (17 * 48 + 26 * dec("31.50")) * (1 + pct(20)),
)
calc(
    "fairground_organ_restorer",
    "The organ's book music has folds 9.5 cm deep and the waltz runs to 214 folds. How many "
    "centimetres of book is that end to end?",
    dec("9.5") * 214,
)
calc(
    "sand_sculpture_festival_team",
    "Four sculptors at €26 an hour, 9.5 hours a day, for a 6 day build. What's the wage bill?",
    4 * 26 * dec("9.5") * 6,
)
calc(
    "island_ferry_ticket_office",
    "Single fares: car with driver £47.30, each extra adult £12.60, each child £6.30. A return "
    "costs twice the single. A family with a car, two adults counting the driver and three "
    "children want returns. What's the fare?",
    2 * (dec("47.30") + dec("12.60") + 3 * dec("6.30")),
)
calc(
    "suspension_bridge_painting_gang",
    "each painter covers 37.5 square metres a shift and there are 12 in the gang. the next "
    "section of the main span is 6,750 square metres. how many shifts will it take the gang?",
    F(6750) / (12 * dec("37.5")),
)
calc(
    "gliding_club_winch_driver",
    "Winch launches are £9.50 for members and £14 for temporary members. Saturday we did 63 "
    "member launches and 17 temp member launches. What were the launch takings?",
    63 * dec("9.50") + 17 * 14,
)
calc(
    "tortoise_sanctuary_keeper",
    "Each of our 38 tortoises gets 140 grams of greens a day. How many grams of greens do we "
    "need for a 7 day week?",
    38 * 140 * 7,
)
calc(
    "stilt_walking_street_troupe",
    "We quoted 5 stilt walkers for a 2 hour slot at £165 per walker per hour, plus VAT at 20%. "
    "The client already paid a £400 deposit. What's the balance due?",
    5 * 2 * 165 * (1 + pct(20)) - 400,
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
KNOT = NMI / 3600  # m/s
LITRE = F(1, 1000)  # m^3
CUIN = IN * IN * IN  # m^3
HA = F(10**4)  # m^2
assert abs(LITRE / CUIN - dec("61.0237")) < dec("1e-4")

# plain one-line questions
unit_r(P, "How many kilometres is 31.5 miles?", dec("31.5") * MI / 1000)
unit_r(P, "convert 183 cm to inches", F(183, 100) / IN)
unit(P, "What is 23 degrees Fahrenheit in Celsius?", f_to_c(23), EXACT)
unit_r(P, "How many square feet are there in 45 square metres?", 45 / SQFT)
unit(P, "5 nautical miles in kilometres?", 5 * NMI / 1000, EXACT)
unit(P, "Convert 6.25 GiB to MiB.", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "How many ounces are in 2.3 kilograms?", dec("2.3") / OZ)
unit_r(P, "convert 45 mph into km/h please", 45 * MPH / KMH)
unit_r(P, "how many acres is 12 hectares", 12 * HA / ACRE)
unit_r(P, "1,500 psi expressed in bar?", 1500 * PSI / BAR)
unit(P, "How many metres is 650 yards?", 650 * YD, EXACT)
unit(P, "what is 5 feet 11 inches in centimetres", (5 * FT + 11 * IN) * 100, EXACT)
unit(P, "Convert 750 kelvin to degrees Celsius.", dec("750") - dec("273.15"), EXACT)
unit(P, "how many seconds are in 2.35 hours", dec("2.35") * 3600, EXACT)
assert sum(1 for i in items if i["family"] == P and i["label"] == "positive:units") == WANT_PLAIN

# registers, two items each for the first six
unit_r(
    R1,
    "The bourdon bell in our carillon weighs 5,600 kg. What is that in pounds?",
    5600 / LB,
)
unit_r(
    R1,
    "the stair to the carillon cabin climbs 48 metres. how many feet is that",
    48 / FT,
)
unit_r(
    R2,
    "The saltmarsh grazing I rent is 86 hectares. What's that in acres?",
    86 * HA / ACRE,
)
unit_r(
    R2,
    "Spring tide came 1.35 metres up the gauge on the sea wall. Give me that in inches.",
    dec("1.35") / IN,
)
unit_r(
    R3,
    "The tiller on the new groomer is 6.4 m wide. How wide is that in feet?",
    dec("6.4") / FT,
)
unit(
    R3,
    "Top station thermometer read -22 °F at 3am. What's that in Celsius?",
    f_to_c(-22),
    EXACT,
)
unit(
    R4,
    "The incubator for ripe queen cells is set to 34.5 °C. What is that in Fahrenheit?",
    c_to_f(dec("34.5")),
    EXACT,
)
unit_r(
    R4,
    "An empty queen mailing cage weighs 0.75 ounces. How many grams is that?",
    dec("0.75") * OZ * 1000,
)
unit(
    R5,
    "A sprinter hit 72 km/h in the flying 200. What's that in metres per second?",
    72 * KMH,
    EXACT,
)
unit_r(
    R5,
    "The points race is 40 km. Convert that to miles for the American commentator.",
    40000 / MI,
)
unit(
    R6,
    "Our pitch is 110 yards long. How long is it in metres?",
    110 * YD,
    EXACT,
)
unit_r(
    R6,
    "A lacrosse ball weighs 145 grams. How many ounces is that?",
    F(145, 1000) / OZ,
)

# registers, one item each
unit_r(
    "hovercraft_club_race_marshal",
    "Cushion pressure under the skirt is 0.35 psi. Convert that to pascals.",
    dec("0.35") * PSI,
)
unit_r(
    "shellfish_depuration_tank_unit",
    "Each depuration tank holds 4,200 litres of seawater. What's that in cubic feet?",
    4200 * LITRE / CUFT,
)
unit_r(
    "tapestry_loom_weaving_guild",
    "The finished tapestry is 2.4 m by 1.8 m. What is its area in square feet?",
    dec("2.4") * dec("1.8") / SQFT,
)
unit(
    "harbour_crane_driver_roster",
    "Cranes stop working when the wind gusts reach 38 knots. What's 38 knots in km/h?",
    38 * KNOT / KMH,
    EXACT,
)
unit_r(
    "canal_boat_hire_base_fitter",
    "the narrowboat on the slipway is 57 feet long, how many metres is that",
    57 * FT,
)
unit(
    "lighthouse_lens_polisher",
    "The optic turns at 0.5 revolutions per minute. How many degrees per second is that?",
    dec("0.5") * 360 / 60,
    EXACT,
)
unit_r(
    "ski_jump_hill_officials",
    "Takeoff speed on the large hill was 92 km/h. Convert it to miles per hour.",
    92 * KMH / MPH,
)
unit_r(
    "medieval_reenactment_armourer",
    "The arming sword I forged weighs 1.6 kg. How many pounds is that?",
    dec("1.6") / LB,
)
unit_r(
    "orchid_nursery_propagation_bench",
    "Night minimum in the propagation house is 64 °F. What's that in Celsius?",
    f_to_c(64),
)
unit(
    "quarry_blast_engineer_log",
    "Peak particle velocity at the closest house was 12.7 mm/s. What's that in inches per second?",
    dec("12.7") / 1000 / IN,
    EXACT,
)
unit_r(
    "clog_dancing_troupe_treasurer",
    "The dance board we carry is 20 ft by 16 ft. How many square metres is that?",
    20 * 16 * SQFT,
)
unit_r(
    "whisky_cask_cooperage_yard",
    "A barrique holds 225 litres. Express that volume in cubic inches.",
    225 * LITRE / CUIN,
)
unit(
    "fairground_organ_restorer",
    "The book music feeds through the key frame at 3 feet per minute. How many centimetres per "
    "second is that?",
    3 * FT * 100 / 60,
    EXACT,
)
unit_r(
    "sand_sculpture_festival_team",
    "Our tallest sand sculpture this year stands 4.5 m high. In feet?",
    dec("4.5") / FT,
)
unit_r(
    "island_ferry_ticket_office",
    "The crossing to the island is 14 nautical miles. How many statute miles is that?",
    14 * NMI / MI,
)
unit(
    "suspension_bridge_painting_gang",
    "Each main cable on the bridge is 2,300 feet long. What is that in metres?",
    2300 * FT,
    EXACT,
)
unit_r(
    "gliding_club_winch_driver",
    "Thermals were giving 3.5 knots of climb. Convert 3.5 knots to metres per second.",
    dec("3.5") * KNOT,
)
unit_r(
    "tortoise_sanctuary_keeper",
    "Our oldest leopard tortoise weighs 5 lb 8 oz. What is that in grams?",
    (5 * LB + 8 * OZ) * 1000,
)
unit(
    "stilt_walking_street_troupe",
    "My tallest stilts are 3 feet 6 inches. How tall are they in centimetres?",
    (3 * FT + 6 * IN) * 100,
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


def nth_workday_after(start, n):
    """The nth Monday-to-Friday day after start (start itself not counted)."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


assert nth_workday_after(D(2030, 3, 1), 1) == D(2030, 3, 4)

# plain one-line questions
date_item(P, "Tell me the weekday of 17 August 2031, please.", weekday(D(2031, 8, 17)))
date_item(
    P,
    "How many days are there between 3 March 2029 and 21 November 2029?",
    days(D(2029, 3, 3), D(2029, 11, 21)),
)
date_item(P, "What date is 100 days after 14 January 2030?", D(2030, 1, 14) + TD(days=100))
date_item(P, "what date falls 9 weeks before 2 October 2028", D(2028, 10, 2) - TD(weeks=9))
date_item(
    P,
    "How many weeks are there from 5 June 2028 to 4 September 2028?",
    weeks(D(2028, 6, 5), D(2028, 9, 4)),
)
date_item(P, "which weekday was 1 May 1986?", weekday(D(1986, 5, 1)))
date_item(
    P,
    "How old is someone born on 12 December 1979 on 30 November 2031?",
    age(D(1979, 12, 12), D(2031, 11, 30)),
)
date_item(
    P, "How many hours are there from 9:40 pm to 6:10 am?", clock_span("21:40", "06:10", 3600)
)
date_item(P, "third thursday in october 2030, what's the date?", nth_weekday(2030, 10, THU, 3))
date_item(P, "What is the date 45 days before 1 March 2031?", D(2031, 3, 1) - TD(days=45))
date_item(
    P,
    "How many days from July 4, 2029 to December 25, 2029?",
    days(D(2029, 7, 4), D(2029, 12, 25)),
)
date_item(
    P,
    "A course starts on 28 January 2030 and runs for 40 days counting the first day as day 1. "
    "What is the date of day 40?",
    D(2030, 1, 28) + TD(days=39),
)
date_item(P, "What's the date of the last Monday in May 2032?", nth_weekday(2032, 5, MON, -1))
date_item(P, "how many minutes between 07:45 and 16:20", clock_span("07:45", "16:20", 60))
_plain_dt = sum(1 for i in items if i["family"] == P and i["label"] == "positive:datetime")
assert _plain_dt == WANT_PLAIN

# registers, two items each for the first six
_rec = D(2030, 6, 2)
date_item(
    R1,
    f"Our summer recital series opens on {sayw(_rec)} and there's a recital every 2 weeks "
    "after that. What's the date of the sixth recital?",
    _rec + TD(weeks=2 * 5),
)
date_item(
    R1,
    "The bells were recast and rehung on 19 September 1938. How old will they be in whole "
    "years on 18 September 2031?",
    age(D(1938, 9, 19), D(2031, 9, 18)),
)
_tup = D(2029, 11, 5)
date_item(
    R2,
    f"The tups went in with the ewes on {sayw(_tup)}. Taking gestation as 147 days from that "
    "day, what date should lambing start?",
    _tup + TD(days=147),
)
date_item(
    R2,
    "We turned the flock out onto the marsh on 22 April 2030 and they come off on 15 October "
    "2030. Counting both of those days, how many days did they graze?",
    days(D(2030, 4, 22), D(2030, 10, 15)) + 1,
)
_open = D(2030, 12, 6)
date_item(
    R3,
    f"The resort opens on {sayw(_open)} and closes on 21 April 2031. How many days is it from "
    "opening day to closing day?",
    days(_open, D(2031, 4, 21)),
)
date_item(
    R3,
    "my grooming shift runs from 21:30 to 05:15. how many hours is that",
    clock_span("21:30", "05:15", 3600),
)
_graft = D(2029, 6, 11)
date_item(
    R4,
    f"I grafted on {sayw(_graft)}. If the queens emerge 11 days after grafting, what day of the "
    "week will that be?",
    weekday(_graft + TD(days=11)),
)
date_item(
    R4,
    "A virgin queen emerged on 22 June 2029. If she starts laying 16 days after emerging, on "
    "what date will that be?",
    D(2029, 6, 22) + TD(days=16),
)
_league = D(2030, 5, 7)
date_item(
    R5,
    f"Track league runs every Tuesday from {sayw(_league)} to Tuesday 27 August 2030, both "
    "included. How many league nights is that?",
    weeks(_league, D(2030, 8, 27)) + 1,
)
date_item(
    R5,
    "What day of the week is 12 October 2030, the date of the velodrome's open day?",
    weekday(D(2030, 10, 12)),
)
_round1 = D(2031, 9, 6)
date_item(
    R6,
    f"Round 1 of the league is on {sayw(_round1)} and rounds are a week apart with no breaks. "
    "What's the date of round 9?",
    _round1 + TD(weeks=8),
)
date_item(
    R6,
    "Club insurance is due 90 days after 1 August 2030. Which date is that?",
    D(2030, 8, 1) + TD(days=90),
)

# registers, one item each
date_item(
    "hovercraft_club_race_marshal",
    "The championship round is on the second Saturday of July 2031. What date is that?",
    nth_weekday(2031, 7, SAT, 2),
)
_batch = D(2030, 3, 18)
date_item(
    "shellfish_depuration_tank_unit",
    f"A batch of oysters went into tank 3 at 8pm on {sayw(_batch)} and has to stay in for 42 "
    "hours. On what day of the week does it come out?",
    weekday((DT.combine(_batch, dt.time(20, 0)) + TD(hours=42)).date()),
)
date_item(
    "tapestry_loom_weaving_guild",
    "The guild exhibition opens on 1 March 2031 and the hanging committee wants every piece 6 "
    "weeks before that. What date is the hand-in?",
    D(2031, 3, 1) - TD(weeks=6),
)
_block = D(2030, 1, 7)
date_item(
    "harbour_crane_driver_roster",
    f"We work 4 days on, 4 days off. My first on-block starts {sayw(_block)}. What date does my "
    "tenth on-block start?",
    _block + TD(days=8 * 9),
)
date_item(
    "canal_boat_hire_base_fitter",
    "The boat is out on hire from 14 August 2029 and back on 28 August 2029. How many nights is "
    "the hire?",
    days(D(2029, 8, 14), D(2029, 8, 28)),
)
_lens = D(2031, 2, 3)
date_item(
    "lighthouse_lens_polisher",
    f"The lens panels came down for polishing on {sayus(_lens)}. They go back up on the 38th "
    "weekday (Monday to Friday, no holidays counted) after that date. What date is that?",
    nth_workday_after(_lens, 38),
)
date_item(
    "ski_jump_hill_officials",
    "A jumper was born on 3 March 2005. How old is she on 9 February 2031?",
    age(D(2005, 3, 3), D(2031, 2, 9)),
)
date_item(
    "medieval_reenactment_armourer",
    "Our battle re-enactment is on 4 May 2031. What weekday does that fall on?",
    weekday(D(2031, 5, 4)),
)
date_item(
    "orchid_nursery_propagation_bench",
    "Seed was sown into flasks on 9 January 2030 and they get replated 120 days later. "
    "Replating date?",
    D(2030, 1, 9) + TD(days=120),
)
_blast = D(2030, 4, 1)
date_item(
    "quarry_blast_engineer_log",
    f"We blast every 9 days starting {sayw(_blast)}, that being blast number 1. What is the "
    "date of blast number 12?",
    _blast + TD(days=9 * 11),
)
date_item(
    "clog_dancing_troupe_treasurer",
    "how many days is it from 2 February 2030 to 30 May 2030",
    days(D(2030, 2, 2), D(2030, 5, 30)),
)
date_item(
    "whisky_cask_cooperage_yard",
    "The cask was filled on 14 November 2027 and we bottle it on 1 June 2031. How many days was "
    "it in wood?",
    days(D(2027, 11, 14), D(2031, 6, 1)),
)
date_item(
    "fairground_organ_restorer",
    "The steam and organ rally is on the last Sunday of August 2030. What's the date?",
    nth_weekday(2030, 8, SUN, -1),
)
_fest = D(2031, 7, 12)
date_item(
    "sand_sculpture_festival_team",
    f"The festival opens on {sayw(_fest)} and the build begins 10 days before. What date does "
    "the build begin?",
    _fest - TD(days=10),
)
date_item(
    "island_ferry_ticket_office",
    "A 180-day season ticket starts on 15 April 2030, which counts as day 1. What's the last "
    "day it's valid?",
    D(2030, 4, 15) + TD(days=179),
)
_contract = D(2029, 3, 5)
date_item(
    "suspension_bridge_painting_gang",
    f"The repaint contract starts on {sayus(_contract)} and is due to finish 260 days after "
    "that. What's the finish date?",
    _contract + TD(days=260),
)
date_item(
    "gliding_club_winch_driver",
    "My winch driver medical was signed on 23 October 2029. What date is 730 days after that?",
    D(2029, 10, 23) + TD(days=730),
)
date_item(
    "tortoise_sanctuary_keeper",
    "The tortoises went into hibernation boxes on 20 November 2030 and come out on 6 March 2031. "
    "How many days is that?",
    days(D(2030, 11, 20), D(2031, 3, 6)),
)
_gig = D(2030, 5, 18)
date_item(
    "stilt_walking_street_troupe",
    f"We've got the carnival on {sayw(_gig)} and the booking says rehearsal is 3 weeks before. "
    "What date is rehearsal?",
    _gig - TD(weeks=3),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
ORDINARY = {
    "everyday_explanations": [
        "Why does a kettle get louder just before it boils and then go quieter?",
        "How do noise-cancelling headphones actually cancel noise?",
        "why do my glasses steam up when I come indoors in winter",
        "What makes bread go stale faster in the fridge than on the counter?",
        "Explain how a heat pump can give out more heat than the electricity it uses.",
        "Why do cats knock things off tables?",
        "How does a contactless card pay without a battery in it?",
        "What causes the ringing in your ears after a loud concert?",
        "Why does cut grass smell the way it does?",
        "How do self-checkout scales know if you put the wrong item in the bagging area?",
    ],
    "personal_advice": [
        "My flatmate keeps eating my food. How do I bring it up without starting a war?",
        "I've been offered a promotion but it means managing my friends. Should I take it?",
        "How do I say no to being best man when I barely know the groom any more?",
        "any tips for sleeping better when you work rotating night shifts?",
        "My teenage son won't talk to me about anything. Where do I even start?",
        "I get really anxious before phone calls at work. What helps?",
        "How do I politely leave a book club that I've stopped enjoying?",
        "Is it weird to ask my ex's mum to stay in touch with my kids?",
        "I want to change careers at 45 to become a nurse. Am I being unrealistic?",
        "How can I stop comparing myself to people on social media?",
    ],
    "writing_help": [
        "Write a short toast for my grandparents' diamond wedding party.",
        "Can you make this sound more professional: 'hey, can't do thursday, something came up'",
        "Draft a polite complaint to my landlord about the mould in the bathroom.",
        "Give me five title ideas for a blog about restoring old bicycles.",
        "Write a limerick about a goat who joins a choir.",
        "Help me write a leaving card message for a colleague who's retiring after decades.",
        (
            "Rewrite this paragraph so a ten-year-old could follow it: "
            "photosynthesis converts light "
            "energy into chemical energy stored in glucose."
        ),
        "write an opening line for a ghost story set on a night bus",
        "Can you summarise the plot of Jane Eyre in three sentences?",
        "Suggest a catchy slogan for a village scarecrow festival.",
    ],
    "coding_help": [
        "In Python, when would I pick a tuple over a list for storing coordinates?",
        "How do I undo the last git commit but keep my changes?",
        "Why does my React component re-render every time I type in the input?",
        "Explain what a race condition is with a simple example.",
        "how do I center a div vertically and horizontally in CSS",
        "What does 'segmentation fault (core dumped)' usually mean in a C program?",
        "Should I use PostgreSQL or MongoDB for a small inventory app?",
        "Write a bash one-liner to find all files over 100 MB in my home folder.",
        "What's the point of dependency injection?",
        "How do I read a CSV file into a pandas DataFrame and skip the first two rows?",
    ],
    "history_questions": [
        "Why did the Roman Empire split into east and west?",
        "What was daily life like for a child working in a Victorian cotton mill?",
        "Who were the Luddites and what did they actually want?",
        "How did the Hanseatic League control trade in the Baltic?",
        "What caused the Dust Bowl in the 1930s?",
        "Why was the Suez Crisis such a turning point for Britain?",
        "Tell me about the women who worked at Bletchley Park.",
        "How did medieval monasteries make money?",
        "What happened to the Vikings in Greenland?",
        "why did the ottoman empire collapse after ww1",
    ],
    "language_questions": [
        "I always mix up 'affect' and 'effect' in reports. Is there a trick to remember?",
        "Is the battlefield surgery story behind 'bite the bullet' actually true?",
        "Is it 'different from', 'different to' or 'different than'?",
        "How do you pronounce 'Worcestershire'?",
        "What does the Spanish word 'sobremesa' mean and is there an English equivalent?",
        "When does a semicolon beat a comma? Show me with a line from a work email.",
        "Why is 'colonel' pronounced like 'kernel'?",
        "Translate 'the train is late again' into German.",
        "What's the plural of 'octopus', really?",
        "Is 'irregardless' a real word?",
    ],
    "general_knowledge": [
        "Why is the sea salty but rivers aren't?",
        "How do migrating birds find their way?",
        "What is the difference between a virus and a bacterium?",
        "Why do some trees lose their leaves in autumn and others don't?",
        "How are diamonds formed?",
        "What does the appendix do?",
        "Why is Pluto no longer called a planet?",
        "How do tides work?",
        "What is dark matter and how do we know it's there?",
        "why are flamingos pink",
    ],
    "cooking_questions": [
        "Why did my sourdough come out dense and gummy?",
        "I've run out of buttermilk for scones. What can I swap in?",
        "How do I stop my risotto from going gluey?",
        "Is it safe to reheat rice the next day?",
        "what's a good vegetarian main for a Christmas dinner that isn't a nut roast",
        "Why do recipes say to rest steak after cooking?",
        "How do I get crispy skin on salmon without it sticking?",
        "What's the difference between baking soda and baking powder?",
        "Give me an idea for using up half a tin of coconut milk.",
        "Why does my custard split and how do I rescue it?",
    ],
    "home_and_diy": [
        "The top of my hallway radiator is cold but the bottom is hot. How do I bleed it?",
        "What's the best way to get rid of black mould on silicone sealant?",
        "My front door sticks in wet weather. What can I do about it?",
        "Should I use gloss or eggshell paint on skirting boards?",
        "The kitchen mixer tap drips even when turned off hard. Can I fix it myself?",
        "Why does my circuit breaker keep tripping when I use the toaster?",
        "What's the easiest way to hang a heavy mirror on a plasterboard wall?",
        "how do i stop condensation on my bedroom windows",
        "Is it worth insulating a suspended timber floor?",
        "What's the difference between a combi boiler and a system boiler?",
    ],
    "outdoors_and_travel": [
        "What should I pack for a first wild camping trip on Dartmoor?",
        "How do I know if a mushroom I found is safe to eat?",
        "Is it better to visit Iceland in summer or winter?",
        "What do I do if I meet a herd of cows with calves on a footpath?",
        "How do I choose walking boots that won't give me blisters?",
        "Recommend a scenic train journey in Switzerland.",
        "How do I keep my tent dry in heavy rain?",
        "What's the etiquette for passing other cyclists on a narrow towpath?",
        "Which birds am I likely to see on a saltmarsh in winter?",
        "how can I get over my fear of flying before a long-haul trip",
    ],
}
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 10, _fam
    for _q in _qs:
        neg(_fam, _q)

# near-negatives: shaped like the positives, but need the model
NEAR = [
    ("near-identifier", "What is 0800 555 0199 divided by 3?", "a phone number, not a quantity"),
    (
        "near-identifier",
        "My order number is 4471-2093. Is that 4471 minus 2093?",
        "an order reference, not arithmetic",
    ),
    (
        "near-identifier",
        "The part number on the pump says 3/8-24 UNF. What fraction is that?",
        "a thread specification, not a fraction",
    ),
    (
        "near-identifier",
        "Python 3.12 vs 3.9 — which is bigger, and is it a big jump?",
        "versions, not decimals",
    ),
    (
        "near-identifier",
        "ISBN 978-0-14-143951-8: what is the final 8 checking, and how?",
        "an ISBN check digit to explain",
    ),
    (
        "near-identifier",
        "The match finished 3-1. What does that come to?",
        "a score, not a subtraction",
    ),
    (
        "near-identifier",
        "My flight is BA 2490, gate 14. Add those up for me?",
        "identifiers added for no reason: ask what is wanted",
    ),
    (
        "near-identifier",
        "Is postcode SW1A 2AA an even or an odd number?",
        "a postcode is not a number",
    ),
    (
        "near-identifier",
        "The wine label says 2019 and 13.5%. What does that tell me about how it'll taste?",
        "vintage and strength need explanation, not arithmetic",
    ),
    (
        "near-identifier",
        "Our router is model RT-AX86U rev 1.2. Is 86 divided by 1.2 the speed?",
        "a model name, not a sum",
    ),
    (
        "near-identifier",
        "Why does my tyre say 205/55 R16 91V? What do the numbers mean?",
        "a tyre code to explain",
    ),
    (
        "near-missing",
        "Roughly how much is my electricity bill going to be for the coming quarter?",
        "no usage or tariff given",
    ),
    (
        "near-missing",
        "What's 20% off the price of the blue jacket in the window?",
        "the price is not stated",
    ),
    (
        "near-missing",
        "How many days have I got left on my passport before I need to renew it?",
        "no expiry date or reference date given",
    ),
    (
        "near-missing",
        "Convert my height into centimetres.",
        "no height given",
    ),
    (
        "near-missing",
        "If I split the bill with everyone from last night, how much do I owe?",
        "neither the bill nor the number of people is stated",
    ),
    (
        "near-missing",
        "What weekday is my sister's birthday on in 2031?",
        "the birthday is not given",
    ),
    (
        "near-missing",
        "How far is it from the depot to the customer in miles?",
        "no locations or distance given",
    ),
    (
        "near-missing",
        "How much tax do I pay on a salary of £38,000?",
        "depends on country, year and allowances not stated",
    ),
    (
        "near-missing",
        "How long will it take me to pay off my credit card at £150 a month?",
        "no balance or interest rate given",
    ),
    (
        "near-missing",
        "What's the exchange rate going to be on 1 June 2031 for pounds to euros?",
        "a future rate cannot be computed",
    ),
    (
        "near-notation",
        "In music, what does 6/8 time feel like compared with 3/4?",
        "time signatures, not fractions",
    ),
    (
        "near-notation",
        "What does 4-4-2 mean in football formations?",
        "a formation, not a subtraction",
    ),
    (
        "near-notation",
        "My eye test gave 20/20 in one eye and 20/40 in the other. Is the second half as good?",
        "visual acuity notation needs explaining",
    ),
    (
        "near-notation",
        "In chess notation, what does 1. e4 e5 2. Nf3 mean?",
        "chess moves, not arithmetic",
    ),
    (
        "near-notation",
        "What does 2+2 mean on a job advert for a hybrid role?",
        "a working pattern, not a sum",
    ),
    (
        "near-notation",
        "A knitting pattern says k2, p2 for 24 rows. What does that mean?",
        "knitting abbreviations",
    ),
    (
        "near-notation",
        "Why is 0.1 + 0.2 not equal to 0.3 in JavaScript?",
        "asks for an explanation of floating point",
    ),
    (
        "near-notation",
        "What does 1:50 mean on an architect's drawing?",
        "a drawing scale to explain",
    ),
    (
        "near-notation",
        "In climbing grades, is a 6a harder than a 5c+?",
        "grading systems, not numbers",
    ),
    (
        "near-notation",
        "On a bike cassette, what does 11-34 mean?",
        "a gear range, not a subtraction",
    ),
    (
        "near-code",
        "Write a Python function that turns a list of Fahrenheit readings into Celsius values.",
        "asks for code, not a conversion",
    ),
    (
        "near-code",
        "Write an Excel formula that adds 15% VAT to the price in column B.",
        "asks for a formula",
    ),
    (
        "near-code",
        "How do I calculate the number of days between two dates in SQL Server?",
        "asks how to write a query",
    ),
    (
        "near-code",
        "Give me a JavaScript snippet that prints the weekday for any date.",
        "asks for code",
    ),
    (
        "near-code",
        "Write a regex that matches prices like £12.99 or £1,250.00.",
        "asks for a regular expression",
    ),
    (
        "near-code",
        "Can you write a bash script that converts every .wav file in a folder to 44.1 kHz?",
        "asks for a script",
    ),
    (
        "near-code",
        "What's wrong with this: total = price * 1.2 if vat else price — it always adds VAT.",
        "debugging, not arithmetic",
    ),
    (
        "near-meaning",
        "My home monitor showed 142/91 just after coffee. Is that something to worry about?",
        "medical interpretation of a stated number",
    ),
    (
        "near-meaning",
        "The survey said my house has a 'C' energy rating with a score of 72. Is that good?",
        "what a rating means",
    ),
    (
        "near-meaning",
        "My credit score went from 880 to 845. Why would that happen?",
        "explanation of a change",
    ),
    (
        "near-meaning",
        "The pollen count is 120 today. Should I take my antihistamine?",
        "advice about a stated number",
    ),
    (
        "near-meaning",
        "My car's tyre pressure warning came on at 28 psi. Is it safe to drive to the garage?",
        "safety judgement, not a conversion",
    ),
    (
        "near-meaning",
        "The UV index forecast is 7. What does that mean for a pale toddler at the beach?",
        "advice about a stated index",
    ),
    (
        "near-meaning",
        "Our baby is on the 9th centile for weight. Should we be concerned?",
        "interpretation of a percentile",
    ),
    (
        "near-meaning",
        "A house listed at £325,000 is 'offers over'. What should I actually offer?",
        "judgement about an offer",
    ),
    (
        "near-meaning",
        (
            "The weather app says 40% chance of rain at 3pm. Does that mean it'll rain for 40% of "
            "the hour?"
        ),
        "explaining a probability forecast",
    ),
    (
        "near-meaning",
        "My broadband is 67 Mbps down. Is that enough for two people streaming 4K?",
        "judgement about sufficiency",
    ),
    (
        "near-estimate",
        "Roughly how many piano tuners are there in Glasgow?",
        "a Fermi estimate",
    ),
    (
        "near-estimate",
        "About how many days would a fit walker need for Land's End to John o' Groats on foot?",
        "an estimate needing outside facts",
    ),
    (
        "near-estimate",
        "How many bricks would I need for a garden wall about waist high and 10 metres long?",
        "an estimate with unstated sizes and bond",
    ),
    (
        "near-estimate",
        "What would it cost to heat an outdoor swimming pool through the British winter?",
        "an open estimate",
    ),
    (
        "near-estimate",
        "How many people can you fit in a 12 by 8 metre marquee for a seated dinner?",
        "depends on layout: an estimate",
    ),
    (
        "near-estimate",
        "How much paint will I need for a large bedroom?",
        "size and coats not given",
    ),
    (
        "near-estimate",
        "How many hours of practice does it take to get to grade 5 piano?",
        "an estimate, not a calculation",
    ),
    (
        "near-judgement",
        "Is £12.50 an hour a fair wage for a cleaner in Leeds?",
        "an opinion",
    ),
    (
        "near-judgement",
        "Would you rather have £1,000 now or £1,100 in a year? Which is smarter?",
        "a judgement about preferences",
    ),
    (
        "near-judgement",
        "Is a 4% pay rise good in 2030?",
        "an opinion needing context",
    ),
    (
        "near-judgement",
        (
            "Which is the better deal overall, a 24-month phone contract at £35 or "
            "buying the phone "
            "outright and going SIM-only?"
        ),
        "prices for the alternative are missing and it is a judgement",
    ),
    (
        "near-judgement",
        "Is it worth paying £8 extra for the 5-day weather forecast subscription?",
        "a value judgement",
    ),
    (
        "near-judgement",
        "Should I fix my mortgage for 2 or 5 years at these rates?",
        "financial advice",
    ),
    (
        "near-judgement",
        "Is 37.8 °C a fever in a six-month-old, and should I call the doctor?",
        "medical advice, not a conversion",
    ),
    (
        "near-judgement",
        "Is it too late to plant garlic on 20 December 2030?",
        "gardening advice about a date",
    ),
    (
        "near-judgement",
        "Is 90 minutes too long for a primary school assembly?",
        "an opinion",
    ),
    (
        "near-judgement",
        (
            "We're aiming to finish the kitchen refit by 14 March 2031. Is that realistic if we "
            "haven't ordered the units yet?"
        ),
        "a planning judgement",
    ),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-redefined-operator",
    [
        (U, "For this puzzle, a # b means a times b minus a. Got it?"),
        (A, "Got it: a # b = a*b - a."),
        (U, "So what's 6 # 4, and why would anyone define it like that?"),
    ],
    "a redefined operator plus a request for an explanation",
)
conv(
    "conv-redefined-operator",
    [
        (U, "In my kid's homework, the symbol ⊕ is defined as adding then doubling."),
        (A, "So a ⊕ b = 2(a + b)."),
        (U, "ok so how do I explain 3 ⊕ 5 to a seven year old without just giving the answer"),
    ],
    "asks for a teaching explanation",
)
conv(
    "conv-number-base",
    [
        (U, "We're working in base 8 for this exercise."),
        (A, "Understood, octal it is."),
        (U, "What is 17 + 6?"),
    ],
    "an earlier turn makes the numbers octal",
)
conv(
    "conv-number-base",
    [
        (U, "All numbers I give you from now on are hexadecimal."),
        (A, "Okay, I'll read them as hex."),
        (U, "what's 1A times 3"),
    ],
    "hexadecimal operands set by an earlier turn",
)
conv(
    "conv-number-base",
    [
        (U, "Networking course homework: everything is binary for this part."),
        (A, "Happy to help with binary."),
        (U, "so 1011 plus 110 is what?"),
    ],
    "binary operands set by an earlier turn",
)
conv(
    "conv-unit-reading",
    [
        (U, "I'm in the US and following an old family recipe."),
        (A, "Sure, what do you need?"),
        (
            U,
            (
                "It says 2 quarts of stock. How many litres is that, and does it matter that it's "
                "my grandma's old recipe?"
            ),
        ),
    ],
    "a contested unit and a judgement",
)
conv(
    "conv-unit-reading",
    [
        (U, "When I say 'a stone' I mean the weight of one of the granite blocks in our wall."),
        (A, "Okay, a stone is one granite block for this chat."),
        (U, "How many kilos is 3 stone?"),
    ],
    "stone redefined as an unknown block weight",
)
conv(
    "conv-unit-reading",
    [
        (U, "In our bakery, a 'batch' is however much the big mixer holds, it varies by dough."),
        (A, "Understood."),
        (U, "So how many grams of flour in 4 batches?"),
    ],
    "a unit with no fixed size",
)
conv(
    "conv-calendar-rule",
    [
        (U, "In our company, the working week runs Sunday to Thursday."),
        (A, "Noted: Sunday to Thursday."),
        (
            U,
            (
                "How many working days between 3 March 2031 and 17 March 2031 — and do "
                "bank holidays "
                "in the UAE fall in there?"
            ),
        ),
    ],
    "a changed working week plus outside holiday facts",
)
conv(
    "conv-calendar-rule",
    [
        (U, "Our club's financial year begins on the 6th of April, like the tax year."),
        (A, "Okay, like the UK tax year."),
        (U, "Which quarter of our year is 19 August 2030 in, and what should the treasurer file?"),
    ],
    "a changed year start plus a filing question",
)
conv(
    "conv-calendar-rule",
    [
        (
            U,
            (
                "We number weeks the US way, week 1 being the one containing 1 January, starting "
                "Sunday."
            ),
        ),
        (A, "Okay, US week numbering."),
        (U, "which week number is 30 December 2030 and why does it differ from the ISO week?"),
    ],
    "a chosen week-numbering rule and an explanation",
)
conv(
    "conv-calendar-rule",
    [
        (U, "I'm working with the Hebrew calendar for a bar mitzvah."),
        (A, "Sure, what's the date question?"),
        (U, "If he was born on 14 May 2018, when is his bar mitzvah?"),
    ],
    "needs a different calendar and religious custom",
)
conv(
    "conv-identifier",
    [
        (U, "Our product codes look like 120-45, customer type then region."),
        (A, "Got it: customer type 120, region 45."),
        (U, "So what's 120-45?"),
    ],
    "an identifier, not a subtraction",
)
conv(
    "conv-identifier",
    [
        (U, "Room numbers in our hotel are floor then room: 12/05 is floor 12, room 5."),
        (A, "Okay."),
        (U, "What does 3/08 mean then? Is it near the lift?"),
    ],
    "an identifier, and a fact the model cannot know",
)
conv(
    "conv-identifier",
    [
        (U, "I'll paste in some bus route numbers."),
        (A, "Go ahead."),
        (U, "X5 and 25A. Add them?"),
    ],
    "route names, not numbers",
)
conv(
    "conv-missing-fact",
    [
        (U, "I earn more than my brother."),
        (A, "Okay."),
        (U, "If he earns £31,200, how much more do I earn?"),
    ],
    "the user's own salary is never stated",
)
conv(
    "conv-missing-fact",
    [
        (U, "Our car does the school run every weekday."),
        (A, "Right."),
        (U, "How many kilometres is that over the spring term?"),
    ],
    "distance and term length missing",
)
conv(
    "conv-missing-fact",
    [
        (U, "My landlord raised the rent by the same percentage as last time."),
        (A, "What was the last rise?"),
        (U, "I don't remember. the new rent is £1,140 though. what was it before?"),
    ],
    "the percentage is unknown",
)
conv(
    "conv-missing-fact",
    [
        (U, "We're planning the launch for the day after the board meeting."),
        (A, "When is the board meeting?"),
        (U, "Not fixed yet. What weekday will the launch be?"),
    ],
    "the reference date is not fixed",
)
conv(
    "conv-judgement",
    [
        (U, "I'm deciding between two job offers."),
        (A, "Tell me about them."),
        (
            U,
            (
                "One pays £41,000 with a 90 minute commute, the other £36,500 and I can walk. "
                "Which should I take?"
            ),
        ),
    ],
    "a life decision",
)
conv(
    "conv-judgement",
    [
        (U, "I've got £2,000 saved."),
        (A, "Nice. What are you thinking of doing with it?"),
        (U, "Is it better to overpay my student loan or put it in an ISA?"),
    ],
    "financial advice",
)
conv(
    "conv-judgement",
    [
        (U, "My marathon time was 4:12:40 last year."),
        (A, "Well done!"),
        (U, "What would be a realistic goal for the next one if I train four days a week?"),
    ],
    "a judgement about a target",
)
conv(
    "conv-task",
    [
        (U, "I'm writing a maths worksheet for Year 5."),
        (A, "Great, what do you need?"),
        (U, "Give me 10 word problems about multiplying money, with an answer key."),
    ],
    "asks for content, not one answer",
)
conv(
    "conv-task",
    [
        (U, "I need to explain percentage discounts to my staff."),
        (A, "Happy to help."),
        (U, "Write a short, friendly explanation using 25% off £60 as the example."),
    ],
    "asks for an explanation to write",
)
conv(
    "conv-task",
    [
        (U, "I'm building a small unit converter app in Kotlin."),
        (A, "Sounds fun."),
        (U, "How would I structure the code to convert 5 miles into kilometres and back?"),
    ],
    "asks for code design",
)
conv(
    "conv-task",
    [
        (U, "We're making a poster for the school trip."),
        (A, "Great."),
        (U, "Make a countdown line for it: the trip is on 12 June 2031. something fun"),
    ],
    "creative writing about a date",
)
conv(
    "conv-format",
    [
        (U, "Please only ever answer me in Roman numerals."),
        (A, "Understood."),
        (U, "How would you write the year of the Battle of Hastings plus 1,000?"),
    ],
    "a required format the grader cannot read, and a historical fact",
)
conv(
    "conv-redefined-notation",
    [
        (U, "In this chat, an x between two numbers means 'by', as in room sizes, not times."),
        (A, "Okay, 4 x 3 means four by three."),
        (U, "The spare room is 4 x 3. Is that big enough for a double bed and a desk?"),
    ],
    "notation redefined, and a judgement about space",
)
conv(
    "conv-unit-reading",
    [
        (U, "In my board game, one 'metre' on the map is seven squares of the grid."),
        (A, "Got it: a game metre is seven squares."),
        (U, "So how many squares is 3.2 metres, and is that a sensible scale for a dungeon map?"),
    ],
    "a game unit redefined, plus a design judgement",
)
conv(
    "conv-context-shift",
    [
        (U, "I want to talk about my grandad's old allotment shed."),
        (A, "Sure, tell me about it."),
        (U, "It was 8 by 6. How big does that make it?"),
    ],
    "units unstated; a conversational question",
)
conv(
    "conv-context-shift",
    [
        (U, "Let's play twenty questions. I'm thinking of a number between 1 and 100."),
        (A, "Is it more than 50?"),
        (U, "No. Your next guess?"),
    ],
    "a game move",
)
conv(
    "conv-context-shift",
    [
        (U, "My daughter is obsessed with dinosaurs."),
        (A, "What a great obsession!"),
        (U, "How long ago was 66 million years, in a way a five-year-old would get?"),
    ],
    "an explanation for a child",
)
conv(
    "conv-context-shift",
    [
        (U, "I'm reading a novel set in 1890s London."),
        (A, "Which one?"),
        (U, "A character pays 3 guineas for a coat. Was that a lot back then?"),
    ],
    "historical judgement, not a conversion",
)
conv(
    "conv-context-shift",
    [
        (U, "When I say 'the usual', I mean my regular coffee order at the café."),
        (A, "Okay, and what is your usual?"),
        (U, "Never mind that. How much would 5 of the usual cost?"),
    ],
    "the price of 'the usual' is never given",
)
conv(
    "conv-context-shift",
    [
        (U, "I'm a teacher and the school uses a 1 to 9 grading scale."),
        (A, "Like the GCSE scale?"),
        (U, "Yes. If a pupil moves from a 4 to a 6, is that a 50% improvement?"),
    ],
    "an ordinal grade scale, not a ratio",
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
    # no register (family name) of this set is a family name of sets 19 to 107
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 107: {reused}"
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
