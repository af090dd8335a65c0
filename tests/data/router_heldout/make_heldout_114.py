r"""Generate heldout-2027-03-27.jsonl: a hundred-and-fourteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-27 by a helper session working only in /work/sealed114, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT, PREFIX "ho114-",
earlier generators 1-113, register check against sets 19 to 113); only its two title lines, this
provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed114/earlier_registers.txt (2217 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats one
  (near matches such as amateur_dramatics_wardrobe, sauna_house or
  speech_and_language_therapist_caseload led to different choices);
- of the copied script (1869 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-312), the units set-up (553-613), the datetime set-up (726-810),
  the negatives set-up with neg/conv (1055-1062), and the weekday check, checks and output
  (1646-1869).
The previous set's question sections were never viewed: only the lengths of the lines next to
each boundary were printed, the boundary lines read above were asserted, and lines 313-552,
614-725, 811-1054 and 1063-1645 were cut out by line number, with four new sections written
from scratch in scratch files (since deleted). No git history, web or code search, router,
tools, tests, other files under /work/main or other generators were read (the script imports
earlier generators itself, in memory, for its duplicate and register checks). No JSONL was read;
this script's items were imported in memory by a scratch script to read each positive's
expected value beside its text.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a hospital night pharmacist, a
  winter sea swimming club, a motorbike touring couple, a retired watercolour painter, urban
  rain garden volunteers, a wedding DJ, a snowboard instructor's season, a freelance
  proofreader, a travel vlogger, a food delivery rider, a university lab demonstrator, a zine
  fair stallholder, a van-life solo traveller, a dance school recital, a poetry slam host, a
  primary school kitchen cook, an online maths tutor, a junior at a hairdressing salon, a junior
  tennis coach, new parents making over a nursery, a backyard aquaponics tank, a kite festival
  organiser, a game jam weekend team, a roof terrace barbecue host and a charity fun run
  organiser), each register used by all three tools, the first six with two items per tool.
  Phrasing varies: statements, questions, imperatives, lowercase, numbers in words, pounds,
  pence, dollars, euros and Swiss francs, British and American forms, extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, at most three decimals for the calculator and whole
  cents for money via cents(), with whole_up where only whole sheets are sold), exact unit
  definitions (inch, foot, yard, mile, international nautical mile, knot, avoirdupois pound,
  acre, hectare, litre, cubic foot, psi, bar, GiB/MiB, km/h and mph, Celsius/Fahrenheit) for
  conversions, graded exactly when the result terminates in at most three decimals and at 0.1%
  otherwise, and datetime/date arithmetic for dates, weekdays, ages, spans, inclusive day counts,
  whole weeks, weekly sessions, working days, nth and last weekdays, clock intervals across
  midnight, and fixed offsets written as +05:30 or -07:00 (converted with tz-aware datetimes).
  Weekdays written next to dates come from the computed date (sayw), and the weekdays the prose
  relies on were asserted.
- 200 negatives: 100 ordinary ones in ten topics (pets and animal behaviour, workplace and
  career dilemmas, poems, stories and toasts, code review and debugging, modern history,
  philosophy and ethics, sports rules and tactics, how gadgets work, book, film and music picks,
  body and mind curiosities), 65 near-negatives shaped like positives but needing the model
  (codes and reference numbers, rough guesstimates, proofs and symbolic algebra, programs to
  write, making sense of stated figures, worth-it judgements, facts not given, reading
  statistics), and 35 conversations in which an earlier turn changes what the last question
  means or the last turn asks for something other than an exact answer (rules and units set
  earlier in the chat, writing after sums, figures still missing, opinions after an answer,
  explaining the method, labels and codes); none ends in a plain exact question that the earlier
  turns leave unchanged.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 113,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), and a read-through of every positive's expected value beside its text. The
cutting script's own boundary assertion first failed (line 613 is the blank after the units
set-up, not its last statement) and was corrected before anything was cut. In the first
generator run every check passed up to the duplicate check, which flagged 16 queries or user
turns matching earlier sets word for word (eight plain positives, three conversation turns and
five single-turn negatives); all were reworded, and seven of the eight positives also got new
figures or dates, computed in code. The next run flagged one of the rewordings again (a bar-to-psi
question), which was reworded once more, and the run after passed. The read-through then
removed an "about" from a survival-percentage question so that its answer is exact.
Ruff check and format were run from /work/main: nine ISC004 implicit concatenations were
parenthesised, six lines over 99 columns were shortened by rewording, and the script was re-run
with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_114.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-27.jsonl"
PREFIX = "ho114-"
# earlier generators: sets 1-113 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 114))
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

R_PHARM = "hospital_night_pharmacist"
R_SEASWIM = "winter_sea_swimming_club"
R_MOTO = "motorbike_touring_couple"
R_PAINT = "retired_watercolour_painter"
R_RAIN = "urban_rain_garden_volunteers"
R_DJ = "wedding_dj_bookings"
R_SNOW = "snowboard_instructor_season"
R_PROOF = "freelance_proofreader"
R_VLOG = "travel_vlogger_channel"
R_RIDER = "food_delivery_rider"
R_LAB = "university_lab_demonstrator"
R_ZINE = "zine_fair_stallholder"
R_VAN = "van_life_solo_traveller"
R_DANCE = "dance_school_recital"
R_SLAM = "poetry_slam_host"
R_COOK = "primary_school_kitchen_cook"
R_TUTOR = "online_maths_tutor"
R_HAIR = "hairdressing_salon_junior"
R_TENNIS = "junior_tennis_coach"
R_NURSERY = "new_parents_nursery_makeover"
R_AQUA = "backyard_aquaponics_tank"
R_KITE = "kite_festival_organiser"
R_JAM = "game_jam_weekend_team"
R_BBQ = "roof_terrace_barbecue_host"
R_FUNRUN = "charity_fun_run_organiser"


def cents(x):
    """A money amount, asserted to come out in whole cents (or pence)."""
    x = F(x)
    assert decimals(x) <= 2, x
    return x


# plain one-line questions
calc(P, "What is 18% of 2,650?", pct(18) * 2650)
calc(P, "Work out 7,806 divided by 12.", F(7806, 12))
calc(P, "what's 46.75 times 16", dec("46.75") * 16)
calc(P, "Add up 1,284.60, 397.15 and 2,088.95.", dec("1284.60") + dec("397.15") + dec("2088.95"))
calc(P, "If I take 12.5% off 968, what's left?", 968 * (1 - pct("12.5")))
_root = math.isqrt(5329)
assert _root * _root == 5329
calc(P, "Square root of 5,329?", _root)
calc(P, "How much is three-eighths of 1,736?", F(3, 8) * 1736)
calc(P, "What's 2 to the power of 17?", 2**17)
calc(P, "Compute (845 - 392) x 14.", (845 - 392) * 14)
calc(P, "Increase 1,460 by 35 percent.", 1460 * (1 + pct(35)))
calc(P, "Find the average of 84, 91, 77, 68, 95 and 71.", F(84 + 91 + 77 + 68 + 95 + 71, 6))
calc(P, "Seventy-two thousand divided by one hundred and twenty-eight is what?", F(72000, 128))
calc(
    P,
    "Split £1,837.50 equally between 6 people: how much does each person pay?",
    cents(dec("1837.50") / 6),
)
calc(P, "What percentage of 780 is 117?", F(117, 780) * 100)

# registers: the first six have two questions per tool
calc(
    R_PHARM,
    (
        "On my night shift I sent up 38 bags of saline at £1.86 each and 14 vials of antibiotic "
        "at £12.40 each. What did that lot cost the ward altogether?"
    ),
    cents(38 * dec("1.86") + 14 * dec("12.40")),
)
calc(
    R_PHARM,
    (
        "The out-of-hours pharmacy has a weekly budget of £4,200 and we've spent £3,517.35 by "
        "Thursday night. How much is left for Friday to Sunday?"
    ),
    cents(4200 - dec("3517.35")),
)
calc(
    R_SEASWIM,
    (
        "Our winter sea swimming club has 57 members paying £28 each for the season, plus 19 "
        "visitors who paid £4.50 a dip. The beach hut hire was £1,150. What's our surplus?"
    ),
    cents(57 * 28 + 19 * dec("4.50") - 1150),
)
calc(
    R_SEASWIM,
    (
        "I swam 350 metres on each of 13 freezing mornings and 420 metres on each of 9 milder "
        "ones. What's my total distance in metres?"
    ),
    350 * 13 + 420 * 9,
)
calc(
    R_MOTO,
    (
        "Two-up on the bike we rode 412 km, then 287 km, then 356 km. The bike averages 20 km "
        "per litre and petrol was €1.84 a litre. How much did the fuel cost us?"
    ),
    cents(F(412 + 287 + 356, 20) * dec("1.84")),
)
calc(
    R_MOTO,
    (
        "The ferry charges €89 per passenger plus €64 for a motorbike, each way. There are two "
        "of us on one bike and we're going out and back. Total fare?"
    ),
    (89 * 2 + 64) * 2,
)
calc(
    R_PAINT,
    (
        "I sold 7 small watercolours at £45 and 3 large ones at £180, and the gallery keeps 30% "
        "commission. How much do I actually receive?"
    ),
    cents((7 * 45 + 3 * 180) * (1 - pct(30))),
)
_sheets = whole_up(F(150, 4))
calc(
    R_PAINT,
    (
        "A sheet of 300gsm paper costs £3.20 and I can cut 4 postcards from each sheet. The art "
        "shop only sells whole sheets. What will the paper for 150 postcards cost me?"
    ),
    cents(_sheets * dec("3.20")),
)
calc(
    R_RAIN,
    (
        "We planted 24 trays of 15 plug plants along the street's rain garden and 15% of "
        "them didn't make it. How many plants survived?"
    ),
    24 * 15 * (1 - pct(15)),
)
calc(
    R_RAIN,
    (
        "Supplies for the rain garden: 14 bags of compost at £6.75, 3 rolls of membrane at "
        "£22.90 and a £35 delivery charge. If 5 volunteers split it evenly, what's each share?"
    ),
    cents((14 * dec("6.75") + 3 * dec("22.90") + 35) / 5),
)
calc(
    R_DJ,
    (
        "For weddings I charge £95 an hour plus a flat £120 for setting up. This couple wants "
        "6.5 hours of music. What's the total with 20% VAT on top?"
    ),
    cents((95 * dec("6.5") + 120) * (1 + pct(20))),
)
calc(
    R_DJ,
    (
        "My deposit is 25% of the booking fee. The booking is £1,240 and the couple has already "
        "sent £150 towards the deposit. How much more deposit do they owe?"
    ),
    cents(pct(25) * 1240 - 150),
)
calc(
    R_SNOW,
    (
        "My season pass cost CHF 1,045 and I rode on 38 days. A day pass would have been CHF 69. "
        "How much did the season pass save me?"
    ),
    38 * 69 - 1045,
)
calc(
    R_PROOF,
    "I proofread a 68,500-word thesis at £9.50 per thousand words. What do I invoice?",
    cents(F(68500, 1000) * dec("9.50")),
)
calc(
    R_VLOG,
    (
        "A video of mine got 184,000 views and pays $3.40 per thousand views; my editor gets "
        "15% of that. How much do I keep?"
    ),
    cents(F(184000, 1000) * dec("3.40") * (1 - pct(15))),
)
calc(
    R_RIDER,
    (
        "friday night i did 23 drops at $4.25 base pay each, got $61.80 in tips and spent $12.35 "
        "on charging and snacks. what did i clear?"
    ),
    cents(23 * dec("4.25") + dec("61.80") - dec("12.35")),
)
calc(
    R_LAB,
    (
        "Each of the 96 first-years in my practical needs 2.5 g of copper sulfate, and I always "
        "make up 10% extra. How many grams should I weigh out?"
    ),
    96 * dec("2.5") * (1 + pct(10)),
)
calc(
    R_ZINE,
    "I printed 120 copies of my zine at 85p each and sold 94 of them at £3. What's my profit?",
    cents(94 * 3 - 120 * dec("0.85")),
)
calc(
    R_VAN,
    (
        "Over a 20-night trip in the van I paid €18 a night at campsites for 11 nights and wild "
        "camped free for the other 9. What did I average per night?"
    ),
    cents(F(18 * 11, 20)),
)
calc(
    R_DANCE,
    (
        "For the dance recital we sold 142 adult tickets at £12 and 67 child tickets at £7.50, "
        "and the theatre hire is £680. What's left after paying the theatre?"
    ),
    cents(142 * 12 + 67 * dec("7.50") - 680),
)
calc(
    R_SLAM,
    (
        "Entry to the poetry slam was £6 and 83 people came through the door. The winner's pot "
        "is 40% of the door money. How much does the winner take home?"
    ),
    cents(83 * 6 * pct(40)),
)
calc(
    R_COOK,
    (
        "Mince is £8.60 a kilo and each of the 46 school dinners needs 75 g of it. What does the "
        "mince for the whole sitting cost?"
    ),
    cents(46 * F(75, 1000) * dec("8.60")),
)
calc(
    R_TUTOR,
    (
        "I tutor 9 students once a week at $38 a session. How much do I earn over a 12-week "
        "term if nobody cancels?"
    ),
    9 * 38 * 12,
)
calc(
    R_HAIR,
    (
        "I get 15% commission on services. Monday I did 4 colours at £72 and 7 cuts at £38. "
        "What's my commission for the day?"
    ),
    cents((4 * 72 + 7 * 38) * pct(15)),
)
calc(
    R_TENNIS,
    (
        "Six kids sign up for a 10-session junior tennis course at £8.50 per child per session, "
        "and court hire costs me £22 a session. What's my profit for the course?"
    ),
    cents(6 * 10 * dec("8.50") - 10 * 22),
)
calc(
    R_NURSERY,
    (
        "For the baby's room we're buying 3 tins of paint at £27.50, a cot at £189 and a blackout "
        "blind at £45, and the shop gives 10% off the whole order. What do we pay?"
    ),
    cents((3 * dec("27.50") + 189 + 45) * (1 - pct(10))),
)
calc(
    R_AQUA,
    (
        "My aquaponics tank holds 1,200 litres and I top up 3.5% of that every week to replace "
        "evaporation. How many litres do I add over 8 weeks?"
    ),
    1200 * pct("3.5") * 8,
)
calc(
    R_KITE,
    (
        "The kite festival sold 1,340 wristbands at £4.50 and 260 family passes at £15, and "
        "traders paid £2,380 in pitch fees. What was the total income?"
    ),
    cents(1340 * dec("4.50") + 260 * 15 + 2380),
)
calc(
    R_JAM,
    (
        "Our team of four won $1,500 at the game jam. We spent $46.80 on pizza and $72 on an "
        "asset pack and split the rest equally. How much does each of us get?"
    ),
    cents((1500 - dec("46.80") - 72) / 4),
)
calc(
    R_BBQ,
    (
        "I'm hosting 14 people on the roof terrace: 2 burgers each at 85p a burger, £3.40 a "
        "head for salad and buns, and a £24 gas refill. What's the total cost?"
    ),
    cents(14 * 2 * dec("0.85") + 14 * dec("3.40") + 24),
)
calc(
    R_FUNRUN,
    (
        "412 runners raised an average of £63.25 each in sponsorship, and putting on the fun run "
        "cost £3,870. How much does the charity net?"
    ),
    cents(412 * dec("63.25") - 3870),
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


NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
LITRE = F(1, 1000)  # m^3
CM = F(1, 100)
MM = F(1, 1000)
KM = F(1000)
assert KNOT * 3600 / 1000 == dec("1.852") and CUFT / LITRE == dec("28.316846592")

# plain one-line questions
unit_r(P, "Convert 42 miles to kilometres.", 42 * MI / KM)
unit(P, "How many centimetres is 5 feet 9 inches?", (5 * FT + 9 * IN) / CM, EXACT)
unit_r(P, "170 pounds in kilograms?", 170 * LB)
unit(P, "Convert 33 °C into Fahrenheit.", c_to_f(33), EXACT)
unit_r(P, "convert 9.5 kg to lb", dec("9.5") / LB)
unit_r(P, "How many square feet is a 45 square metre flat?", 45 / SQFT)
unit_r(P, "2.75 hectares in acres, please", dec("2.75") * 10**4 / ACRE)
unit(P, "Express 4.2 GiB in MiB.", dec("4.2") * GIB / MIB, EXACT)
unit(P, "How many metres per second is 90 km/h?", 90 * KMH, EXACT)
unit(P, "Change 14 inches into millimetres.", 14 * IN / MM, EXACT)
unit_r(P, "What's 65 mph in kilometres per hour?", 65 * MPH / KMH)
unit_r(P, "Express a pressure of 2.6 bar in psi.", dec("2.6") * BAR / PSI)
unit_r(P, "What is 0 degrees Fahrenheit on the Celsius scale?", f_to_c(0))
unit_r(P, "How many yards make up 1,500 metres?", 1500 / YD)

# registers
unit(
    R_PHARM,
    (
        "The American leaflet says to store the vials below 77 °F. What's that in Celsius for "
        "our fridge and cupboard log?"
    ),
    f_to_c(77),
    EXACT,
)
unit(
    R_PHARM,
    (
        "An infusion pump is set to 125 millilitres per hour and runs for 18 hours overnight. "
        "How many litres is that?"
    ),
    F(125 * 18, 1000),
    EXACT,
)
unit_r(
    R_SEASWIM,
    "The buoy by the pier reads 48 °F this morning. What's the sea temperature in °C?",
    f_to_c(48),
)
unit(
    R_SEASWIM,
    (
        "Our midwinter challenge swim is 1.5 nautical miles from the harbour wall to the point. "
        "How many kilometres is that?"
    ),
    dec("1.5") * NMI / KM,
    EXACT,
)
unit_r(
    R_MOTO,
    (
        "On the French motorway the limit is 130 km/h. My speedo only shows mph clearly, so what "
        "figure am I keeping under?"
    ),
    130 * KMH / MPH,
)
unit_r(
    R_MOTO,
    (
        "The handbook wants 2.9 bar in the rear tyre when we're riding two-up with luggage, but "
        "the garage gauge is in psi. What should it read?"
    ),
    dec("2.9") * BAR / PSI,
)
unit(
    R_PAINT,
    "My watercolour block is 22 by 30 inches. How long is the 30-inch side in centimetres?",
    30 * IN / CM,
    EXACT,
)
unit_r(
    R_PAINT,
    "The framed painting I'm posting to my niece weighs 11.5 lb. How many kilos is that?",
    dec("11.5") * LB,
)
unit_r(
    R_RAIN,
    (
        "The council plan says our rain garden bed covers 320 square feet. What's that in "
        "square metres?"
    ),
    320 * SQFT,
)
unit(
    R_RAIN,
    "The gauge caught 1.8 inches of rain in the storm. How many millimetres of rain fell?",
    dec("1.8") * IN / MM,
    EXACT,
)
unit_r(
    R_DJ,
    (
        "My speaker stack weighs 143 pounds and the venue's goods lift is rated in kilograms. "
        "How heavy is the stack in kg?"
    ),
    143 * LB,
)
unit(
    R_DJ,
    "The barn where the reception is being held is 95 feet long. How many metres is that?",
    95 * FT,
    EXACT,
)
unit(
    R_SNOW,
    "The top lift station sits at 10,500 feet. What's that in metres?",
    10500 * FT,
    EXACT,
)
unit(
    R_PROOF,
    "The author's style sheet asks for 1.25-inch margins. What is that in centimetres?",
    dec("1.25") * IN / CM,
    EXACT,
)
unit_r(
    R_VLOG,
    (
        "My drone footage from Iceland is 38.6 GiB. How many gigabytes is that in the decimal "
        "sense, where a gigabyte is 10^9 bytes?"
    ),
    dec("38.6") * GIB / 10**9,
)
unit_r(
    R_RIDER,
    "my e-bike motor cuts out at 15.5 mph. what's that in km/h?",
    dec("15.5") * MPH / KMH,
)
unit(
    R_LAB,
    "The old protocol says to incubate the plates at 98.6 °F. What is that in Celsius?",
    f_to_c(dec("98.6")),
    EXACT,
)
unit(
    R_ZINE,
    "US letter paper is 8.5 by 11 inches. How wide is it in millimetres?",
    dec("8.5") * IN / MM,
    EXACT,
)
unit_r(
    R_VAN,
    "The van does about 410 miles on a full tank. How far is that in kilometres?",
    410 * MI / KM,
)
unit_r(
    R_DANCE,
    "The school stage is 36 feet wide. How many metres across is it?",
    36 * FT,
)
unit_r(
    R_SLAM,
    "The function room above the bar is 1,150 square feet. How many square metres is that?",
    1150 * SQFT,
)
unit_r(
    R_COOK,
    "An American flapjack recipe says bake at 375 °F. What's that in degrees Celsius?",
    f_to_c(375),
)
unit_r(
    R_TUTOR,
    "One of my students needs 2.5 acres converted into square metres. What's the answer?",
    dec("2.5") * ACRE,
)
unit(
    R_HAIR,
    "A client wants 22-inch extensions. How long is that in centimetres?",
    22 * IN / CM,
    EXACT,
)
unit_r(
    R_TENNIS,
    "The radar clocked my student's first serve at 124 mph. What's that in km/h?",
    124 * MPH / KMH,
)
unit_r(
    R_NURSERY,
    (
        "The nursery room measures 11 ft 6 in by 9 ft. What's the floor area in square metres, "
        "so we can order flooring?"
    ),
    (11 * FT + 6 * IN) * 9 * FT,
)
unit_r(
    R_AQUA,
    "My fish tank is 6 ft long, 3 ft wide and 2 ft deep. How many litres does it hold when full?",
    6 * 3 * 2 * CUFT / LITRE,
)
unit(
    R_KITE,
    "The forecast for the kite festival is a steady 18 knots. What's that in km/h?",
    18 * KNOT / KMH,
    EXACT,
)
unit(
    R_JAM,
    "Our game build came out at 3,584 MiB. How many GiB is that?",
    F(3584 * MIB, GIB),
    EXACT,
)
unit_r(
    R_BBQ,
    "The grill manual says chicken is done at 165 °F inside. What is that in °C?",
    f_to_c(165),
)
unit_r(
    R_FUNRUN,
    "Our fun run course is 6.5 km. How many miles is that for the American sponsors?",
    dec("6.5") * KM / MI,
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


def at_offset(d, hhmm, hours, minutes=0):
    """A wall-clock time on date d at a fixed offset from universal time."""
    sign = -1 if hours < 0 else 1
    tz = dt.timezone(TD(hours=hours, minutes=sign * minutes))
    return DT.combine(d, dt.time.fromisoformat(hhmm), tzinfo=tz)


def offset_date(d, hhmm, hours, minutes, to_hours, to_minutes=0):
    """The calendar date at another fixed offset at the same instant."""
    sign = -1 if to_hours < 0 else 1
    there = dt.timezone(TD(hours=to_hours, minutes=sign * to_minutes))
    return at_offset(d, hhmm, hours, minutes).astimezone(there).date()


def working_days_after(d, n):
    """The date n Monday-to-Friday days after d, d itself not counted."""
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


assert offset_date(D(2030, 1, 1), "23:00", 0, 0, 2) == D(2030, 1, 2)
assert working_days_after(D(2030, 3, 1), 1) == D(2030, 3, 4)  # a Friday, then Monday

# plain one-line questions
date_item(P, "Which day of the week was 17 July 1987?", weekday(D(1987, 7, 17)))
date_item(
    P,
    "How many days are there from 3 March 2031 to 19 October 2031?",
    days(D(2031, 3, 3), D(2031, 10, 19)),
)
date_item(P, "What date is 100 days after 12 November 2029?", D(2029, 11, 12) + TD(days=100))
date_item(P, "Which date falls six weeks before 2 May 2033?", D(2033, 5, 2) - TD(weeks=6))
date_item(
    P,
    "Someone born on 29 September 1994: how old are they on 1 June 2034?",
    age(D(1994, 9, 29), D(2034, 6, 1)),
)
date_item(
    P, "What's the date of the third Thursday in November 2030?", nth_weekday(2030, 11, THU, 3)
)
date_item(
    P, "How many minutes are there between 09:45 and 17:20?", clock_span("09:45", "17:20", 60)
)
date_item(P, "What weekday does 25 December 2032 fall on?", weekday(D(2032, 12, 25)))
date_item(
    P,
    "How many hours is it from 22:30 to 06:15 the following morning?",
    clock_span("22:30", "06:15", 3600),
)
date_item(P, "When is the last Monday of August 2031?", nth_weekday(2031, 8, MON, -1))
date_item(P, "what date is 250 days after 2035-01-01", D(2035, 1, 1) + TD(days=250))
_w1, _w2 = D(2031, 1, 13), D(2031, 7, 7)
assert _w1.weekday() == _w2.weekday() == MON
date_item(P, f"How many whole weeks lie between {sayw(_w1)} and {sayw(_w2)}?", weeks(_w1, _w2))
date_item(
    P,
    (
        "A video call is set for 08:00 on 3 April 2031 at offset -07:00. What is the calendar "
        "date at that moment for someone at +10:00?"
    ),
    offset_date(D(2031, 4, 3), "08:00", -7, 0, 10),
)
date_item(P, "What is the date 90 days before 1 March 2030?", D(2030, 3, 1) - TD(days=90))

# registers
date_item(
    R_PHARM,
    (
        "A pen of insulin was first opened on 18 March 2031 and has to be thrown away 28 days "
        "after opening. On what date should it be discarded?"
    ),
    D(2031, 3, 18) + TD(days=28),
)
date_item(
    R_PHARM,
    "My night shift runs from 21:30 until 08:00. How many hours is that?",
    clock_span("21:30", "08:00", 3600),
)
date_item(
    R_SEASWIM,
    "The club's New Year's Day dip is on 1 January 2032. Which day of the week is that?",
    weekday(D(2032, 1, 1)),
)
date_item(
    R_SEASWIM,
    (
        "Our winter swimming season runs from 1 November 2031 to 31 March 2032, both dates "
        "included. How many days is the season?"
    ),
    days(D(2031, 11, 1), D(2032, 3, 31)) + 1,
)
_leave = D(2031, 6, 7)
date_item(
    R_MOTO,
    (
        f"We set off on {sayw(_leave)} for a 16-day tour, counting the day we leave as day one. "
        "What's the date of the last day?"
    ),
    _leave + TD(days=16 - 1),
)
_dep = at_offset(D(2031, 6, 14), "09:15", 1)
_arr = at_offset(D(2031, 6, 14), "18:40", 3)
date_item(
    R_MOTO,
    (
        "We left at 09:15 local time where clocks are at +01:00 and arrived the same day at "
        "18:40 local time where clocks are at +03:00. How many minutes were we on the road?"
    ),
    F(int((_arr - _dep).total_seconds()), 60),
)
_opening = D(2031, 9, 12)
date_item(
    R_PAINT,
    (
        f"My exhibition opens on {sayw(_opening)} and the framer needs the pictures 9 days "
        "before that. What date do they have to be delivered?"
    ),
    _opening - TD(days=9),
)
date_item(
    R_PAINT,
    (
        "I painted every single day from 5 January 2031 to 22 April 2031 inclusive. How many "
        "days of painting is that?"
    ),
    days(D(2031, 1, 5), D(2031, 4, 22)) + 1,
)
date_item(
    R_RAIN,
    "Planting day is the second Saturday of April 2032. What's the date?",
    nth_weekday(2032, 4, SAT, 2),
)
_dug = D(2030, 10, 17)
_check = _dug + TD(weeks=23)
date_item(
    R_RAIN,
    (
        f"We dug the rain garden on {say(_dug)} and the council inspected it on {say(_check)}. "
        "How many weeks apart were those two dates?"
    ),
    weeks(_dug, _check),
)
date_item(
    R_DJ,
    (
        "A wedding I'm playing is on 20 June 2032 and the balance is due six weeks before the "
        "day. What's the due date?"
    ),
    D(2032, 6, 20) - TD(weeks=6),
)
date_item(
    R_DJ,
    "The evening set runs from 19:45 until 00:30. How many minutes of music is that?",
    clock_span("19:45", "00:30", 60),
)
date_item(
    R_SNOW,
    (
        "My instructor contract runs from 13 December 2031 to 12 April 2032, counting both the "
        "first and last day. How many days is that?"
    ),
    days(D(2031, 12, 13), D(2032, 4, 12)) + 1,
)
_ms = D(2031, 9, 3)
date_item(
    R_PROOF,
    (
        f"A manuscript landed on {sayw(_ms)} and I promised it back after 15 working days "
        "(Monday to Friday, no holidays), not counting the day it arrived. What's my deadline?"
    ),
    working_days_after(_ms, 15),
)
date_item(
    R_VLOG,
    (
        "My premiere goes live at 06:00 on 8 August 2031 where I am, at +05:30. What's the date "
        "for my viewers at -08:00 at that moment?"
    ),
    offset_date(D(2031, 8, 8), "06:00", 5, 30, -8),
)
date_item(
    R_RIDER,
    "logged on at 17:50, logged off at 23:05. how many hours was i out, as a decimal?",
    clock_span("17:50", "23:05", 3600),
)
_lab1 = nth_weekday(2031, 9, TUE, 3)
_lab2 = _lab1 + TD(weeks=12)
date_item(
    R_LAB,
    (
        f"Practicals run weekly, the first on {sayw(_lab1)} and the last on {sayw(_lab2)}, with "
        "no weeks off. How many practical sessions is that?"
    ),
    weeks(_lab1, _lab2) + 1,
)
date_item(
    R_ZINE,
    "The zine fair is always on the last Sunday of October. What's the date in 2031?",
    nth_weekday(2031, 10, SUN, -1),
)
date_item(
    R_VAN,
    "My van insurance renews on 14 February 2032. What day of the week is that?",
    weekday(D(2032, 2, 14)),
)
_recital = D(2031, 7, 5)
date_item(
    R_DANCE,
    (
        f"The recital is on {sayw(_recital)} and rehearsals start 10 weeks before. On what date "
        "do rehearsals begin?"
    ),
    _recital - TD(weeks=10),
)
date_item(
    R_SLAM,
    "Our slam night is the first Thursday of the month. What date is it in February 2032?",
    nth_weekday(2032, 2, THU, 1),
)
date_item(
    R_COOK,
    (
        "The school kitchen shuts on 24 July 2031 and reopens on 1 September 2031. How many "
        "days are there in between, not counting either of those two dates?"
    ),
    days(D(2031, 7, 24), D(2031, 9, 1)) - 1,
)
date_item(
    R_TUTOR,
    (
        "A student at +08:00 booked a lesson for 07:30 her time on 2 November 2031. I'm at "
        "-03:00. On what date is the lesson for me?"
    ),
    offset_date(D(2031, 11, 2), "07:30", 8, 0, -3),
)
date_item(
    R_HAIR,
    (
        "A client had her highlights done on 9 May 2031 and wants a root touch-up 8 weeks later. "
        "What date should I book?"
    ),
    D(2031, 5, 9) + TD(weeks=8),
)
date_item(
    R_TENNIS,
    "One of my juniors was born on 11 August 2019. How old is she on 1 January 2032?",
    age(D(2019, 8, 11), D(2032, 1, 1)),
)
date_item(
    R_NURSERY,
    (
        "The baby is due on 23 January 2032 and we want the nursery finished five weeks before "
        "that. Which date are we aiming for?"
    ),
    D(2032, 1, 23) - TD(weeks=5),
)
date_item(
    R_AQUA,
    (
        "I put the fish into the aquaponics system on 4 April 2031 and the beds need 42 days to "
        "settle. What's the first date I can plant?"
    ),
    D(2031, 4, 4) + TD(days=42),
)
date_item(
    R_KITE,
    "The kite festival is on 30 August 2031. Which weekday is that?",
    weekday(D(2031, 8, 30)),
)
_jam0 = DT(2032, 2, 6, 18, 0)
_jam1 = DT(2032, 2, 8, 21, 0)
assert _jam0.weekday() == FRI and _jam1.weekday() == SUN
date_item(
    R_JAM,
    (
        f"The game jam opens at 18:00 on {sayw(_jam0.date())} and submissions close at 21:00 on "
        f"{sayw(_jam1.date())}. How many hours long is the jam?"
    ),
    F(int((_jam1 - _jam0).total_seconds()), 3600),
)
date_item(
    R_BBQ,
    "I'm planning the barbecue for the last Saturday in May 2032. Which date is that?",
    nth_weekday(2032, 5, SAT, -1),
)
_race = D(2031, 9, 21)
date_item(
    R_FUNRUN,
    (
        f"Entries close 45 days before the fun run on {sayw(_race)}. What's the closing date "
        "for entries?"
    ),
    _race - TD(days=45),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics of ten
N_PETS = "pets-and-animal-behaviour"
for q in (
    "Why does my cat knead the blanket with her paws before she settles down?",
    "My rescue dog barks at every man wearing a hat. How can I help him get over it?",
    "Is it unkind to keep a guinea pig on its own without a companion?",
    "What's the gentlest way to introduce a new kitten to a grumpy older cat?",
    "Why can parrots copy human speech when most other birds can't?",
    "Our house rabbit keeps gnawing the skirting boards. Any ideas for stopping her?",
    "Do goldfish really only remember things for a few seconds, or is that a myth?",
    "How can I tell whether my hamster is bored, and what would perk him up?",
    "Why do dogs tilt their heads to one side when you talk to them?",
    "What should we think about before adopting a retired racing greyhound?",
):
    neg(N_PETS, q)

N_WORK = "workplace-and-career-dilemmas"
for q in (
    (
        "My manager keeps presenting my ideas as his own in meetings. How do I handle that "
        "without wrecking the relationship?"
    ),
    "Should I let my team know I'm quietly looking for another job?",
    "How do I ask for a pay rise when the company has just announced a hiring freeze?",
    (
        "I've been offered a promotion that would make me the boss of two close friends. What "
        "should I weigh up?"
    ),
    "Is it sensible to go back to university in my forties to retrain as a teacher?",
    "A colleague messages me about work at midnight. How do I set a boundary politely?",
    "How do I word a resignation letter so I leave on good terms?",
    "What are some good questions to ask at the end of a job interview for a design role?",
    "I made a mistake that cost a client money. How should I own up to my boss?",
    "My employer made a counter-offer after I resigned. Should I take it or leave anyway?",
):
    neg(N_WORK, q)

N_POEMS = "poems-stories-and-toasts"
for q in (
    "Write a short poem about the first frost settling on a vegetable patch.",
    "Write a limerick about a cat who flatly refuses to use the cat flap.",
    (
        "Can you write a two-minute best man's speech for my brother, who loves fishing and "
        "terrible puns?"
    ),
    "Write the opening paragraph of a murder mystery set on an overnight sleeper train.",
    "Give me a haiku about waiting for a late bus in the drizzle.",
    "Write a bedtime story about a hedgehog who is scared of the dark.",
    "Draft a retirement card message for our school caretaker, who everyone adores.",
    "Write a sonnet mourning a lost umbrella, mock-heroic in tone.",
    "Could you write a cheeky little poem for my nan's ninetieth birthday card?",
    "Write a piece of flash fiction, under 200 words, about a lighthouse with no keeper.",
):
    neg(N_POEMS, q)

N_CODE = "code-review-and-debugging"
for q in (
    "Why does my Python list comprehension give me a list of None when I call append inside it?",
    "Is this readable? def f(x): return [i for i in x if i % 2 == 0][::-1]",
    "My React component re-renders forever since I added a useEffect. What usually causes that?",
    "Why does git rebase keep making me resolve the same conflict over and over?",
    "What's the difference between == and is in Python, and which one should I use on strings?",
    "My LEFT JOIN loses rows once I add a WHERE clause on the right-hand table. Why?",
    "Why does setTimeout inside a for loop declared with var print the same number every time?",
    "How would you structure error handling in a small Go web service?",
    "Is it bad practice to wrap everything in a bare except in Python?",
    "My Docker container exits straight after starting. How do I find out why?",
):
    neg(N_CODE, q)

N_HIST = "modern-history-whys"
for q in (
    "Why did the Berlin Wall come down when it did rather than earlier?",
    "What actually caused the Suez Crisis?",
    "How did the Marshall Plan shape Europe after the Second World War?",
    "Why did Britain change its mind and apply to join the European Economic Community?",
    "Why is the Cuban Missile Crisis seen as the closest the Cold War came to going hot?",
    "What were the main reasons the Soviet Union collapsed?",
    "How did the humble shipping container transform world trade?",
    "What brought apartheid in South Africa to an end?",
    "Why did the moon landings matter so much politically, beyond the science?",
    "What were the biggest causes of the Great Depression?",
):
    neg(N_HIST, q)

N_PHIL = "philosophy-and-ethics-musings"
for q in (
    "Is it ever right to lie to spare someone's feelings?",
    "What is the trolley problem really trying to get at?",
    "Can we have free will if our brains follow the laws of physics?",
    "Is eating meat ethical if you could live healthily without it?",
    "What did Aristotle mean by eudaimonia, in everyday words?",
    "Could a machine ever be genuinely creative, or only imitate creativity?",
    "Explain the difference between utilitarianism and Kant's ethics as if to a teenager.",
    "Do we owe anything to people who haven't been born yet?",
    "Why does the ship of Theseus puzzle still bother philosophers?",
    "Should we judge a work of art separately from the behaviour of the artist?",
):
    neg(N_PHIL, q)

N_SPORT = "sports-rules-and-tactics"
for q in (
    "Can you explain football's offside rule to someone who's never watched a match?",
    "Why would a cricket captain declare an innings closed early?",
    "What is a false nine, tactically speaking?",
    "How does the NBA draft lottery work, broadly?",
    "Why do Tour de France riders stick together in a peloton?",
    "How do rugby union and rugby league differ, for a complete newcomer?",
    "When does it make sense for a tennis player to serve and volley these days?",
    "What does icing mean in ice hockey, and why is it penalised?",
    "Why do competitive swimmers shave their bodies before big races?",
    "How does the lbw rule in cricket work?",
):
    neg(N_SPORT, q)

N_GADGET = "how-gadgets-work"
for q in (
    "How do noise-cancelling headphones actually cancel out noise?",
    "Why does my phone battery run down faster when it's freezing outside?",
    "How does a microwave oven heat food from the inside?",
    "What's the real difference between OLED and LCD screens?",
    "How do induction hobs work, and why won't my aluminium pans work on one?",
    "How does my phone's GPS work out where I am?",
    "Why does Wi-Fi slow down so much through thick walls?",
    "How can a heat pump pull warmth out of cold winter air?",
    "What does a smart electricity meter actually measure and send?",
    "How does an e-ink screen keep showing a page with the power off?",
):
    neg(N_GADGET, q)

N_PICKS = "books-films-and-music-picks"
for q in (
    "Can you recommend some novels for someone who loved The Remains of the Day?",
    "What are good films to watch with a ten-year-old who's obsessed with space?",
    "I love Radiohead and Portishead. What else might I like?",
    "Suggest a history podcast that isn't dry.",
    "What would be a good first opera for someone who's never been to one?",
    "Which Studio Ghibli film should I start with?",
    "Recommend a gripping non-fiction book about mountaineering disasters.",
    "What are some cosy mystery series to get me through a long winter?",
    "I want to get into jazz. Which albums should I listen to first?",
    "What graphic novels would suit an adult who's never read one?",
):
    neg(N_PICKS, q)

N_BODY = "body-and-mind-curiosities"
for q in (
    "Why do we yawn, and why does seeing someone else yawn set us off?",
    "What is the brain doing when we dream?",
    "Why do fingertips go wrinkly after a long bath?",
    "Why do some people feel sick reading in a moving car?",
    "Why does time seem to go faster as we get older?",
    "What actually causes hiccups, and do any of the folk cures work?",
    "Why do we get goosebumps when we hear moving music?",
    "How does caffeine stop you feeling sleepy?",
    "Why do smells bring back memories so vividly?",
    "Why do my ears pop when a plane comes in to land?",
):
    neg(N_BODY, q)

# near-negatives: shaped like positives, but they need the language model
N_CODES = "near-codes-and-reference-numbers"
for q, note in (
    (
        (
            "My parcel tracking number is 4417 2290 8813 and it hasn't moved in three days. What "
            "should I do?"
        ),
        "the number is a tracking reference; advice needed",
    ),
    ("What does error 0x80070057 mean when Windows Update fails?", "an error code to explain"),
    (
        "My boarding pass says seat 23E. Is that a window, a middle or an aisle seat?",
        "a seat label; depends on the aircraft layout",
    ),
    ("Whose address is the postcode SW1A 1AA?", "a postcode is an identifier; a fact"),
    ("My boiler is flashing fault code F28. What does that usually mean?", "a fault code"),
    (
        "Which book has the ISBN 978-0-14-044913-6, and who translated it?",
        "an ISBN is an identifier; lookup",
    ),
    ("What does HTTP status 418 mean, and is it ever used for real?", "a status code"),
    (
        (
            "My hotel room is 1204. Does the first digit or the first two digits usually give the "
            "floor?"
        ),
        "a room number convention",
    ),
    (
        "What do all the parts of a tyre marking like 205/55 R16 91V stand for?",
        "a tyre code, not a sum or a date",
    ),
):
    neg(N_CODES, q, note)

N_GUESS = "near-rough-guesstimates"
for q, note in (
    ("Roughly how many piano tuners work in Chicago? Walk me through it.", "Fermi estimate"),
    ("About how many golf balls would fit inside a double-decker bus?", "rough estimate"),
    ("Ballpark, how many words does a typical person say in a day?", "estimate from knowledge"),
    ("Roughly what would it cost to repaint a three-bedroom house inside?", "estimate"),
    (
        "Very roughly, how many trees would it take to offset one return flight to New York?",
        "estimate with assumptions",
    ),
    ("How long would it take to walk all the way round the equator, roughly?", "estimate"),
    ("How many grains of sand are on a typical beach, to an order of magnitude?", "estimate"),
    ("About how many people are up in the air on planes at any one moment?", "estimate"),
):
    neg(N_GUESS, q, note)

N_PROOF = "near-proofs-and-algebra"
for q, note in (
    ("Prove that the square root of 3 is irrational, step by step.", "a proof"),
    ("Show that adding up the first n odd numbers always gives n squared.", "a proof"),
    ("Factorise x^2 - 7x + 12 and explain each step to a student.", "symbolic algebra"),
    ("Convince a sceptic that 0.999 recurring really equals 1.", "an argument"),
    ("Why are there infinitely many primes? Give Euclid's argument.", "a proof"),
    ("Differentiate x^3 sin x and explain how the product rule applies.", "calculus, symbolic"),
    ("Solve ax + b = 3x - 2a for x in terms of a and b.", "symbolic algebra"),
    ("Is the set of rational numbers countable? Explain why.", "a proof"),
):
    neg(N_PROOF, q, note)

N_PROG = "near-write-me-a-program"
for q, note in (
    ("Write me a Python function counting the days between two dates given as strings.", "code"),
    ("Write a spreadsheet formula that adds 20% VAT to the price in cell B2.", "a formula"),
    ("Write a JavaScript function converting Celsius to Fahrenheit for any input.", "code"),
    ("Write a SQL query that totals sales per month from an orders table.", "code"),
    ("Give me a bash one-liner that counts the lines in every CSV file in a folder.", "code"),
    ("Write a Rust function for compound interest given a rate and a number of periods.", "code"),
    ("Write a regular expression that matches dates written like 14/03/2031.", "a regex"),
    ("Write a Python script that splits a restaurant bill between n people with a tip.", "code"),
):
    neg(N_PROG, q, note)

N_MEAN = "near-making-sense-of-figures"
for q, note in (
    (
        (
            "My blood test says ferritin 18 micrograms per litre. Is that something to ask my GP "
            "about?"
        ),
        "interpreting a result",
    ),
    (
        "The energy label on our fridge-freezer says 142 kWh per annum. Is that good or bad?",
        "judging a figure",
    ),
    ("My credit score dropped from 742 to 718. What might have caused that?", "causes"),
    (
        "The mortgage offer shows an APRC of 5.8%. How is that different from the interest rate?",
        "what a figure means",
    ),
    (
        "My sourdough starter doubles in 4 hours at 24 °C. Does that mean it's healthy?",
        "judging a figure",
    ),
    ("My running watch says my VO2 max is 47. Is that good for a 45-year-old?", "interpretation"),
    ("A wine label says 13.5% vol. What does that tell me about how it will taste?", "meaning"),
    (
        "My broadband is sold as up to 900 Mbps but I only ever get 300. Why might that be?",
        "explanation",
    ),
):
    neg(N_MEAN, q, note)

N_WORTH = "near-worth-it-judgements"
for q, note in (
    (
        (
            "Is it worth paying £40 more for a direct flight rather than one with a three-hour "
            "layover?"
        ),
        "a judgement call",
    ),
    (
        "Should I pay off my £6,000 car loan at 7% or keep the money in savings earning 4.5%?",
        "advice, depends on circumstances",
    ),
    ("Is a £1,200 road bike worth it if I only ride twice a week?", "a judgement call"),
    (
        "Would you take a job paying £4,000 more if it added an hour to the daily commute?",
        "opinion",
    ),
    ("For a sofa 3.5 metres from the wall, is a 55-inch or a 65-inch TV better?", "judgement"),
    ("Should I lease or buy an electric car if I drive about 8,000 miles a year?", "advice"),
    ("Is a £150 ten-year warranty on a washing machine good value?", "a judgement call"),
    (
        "We've got £500 for a family day out with three kids. Theme park or the seaside?",
        "opinion",
    ),
):
    neg(N_WORTH, q, note)

N_FACTS = "near-facts-not-given"
for q, note in (
    ("How tall is the Eiffel Tower in metres?", "a fact, not a conversion"),
    ("What was the euro to dollar exchange rate in the summer of 2008?", "a historical fact"),
    ("How many people live in Lisbon?", "a fact"),
    ("How far is it by road from Edinburgh to Inverness?", "a fact"),
    ("In what year did the first iPhone go on sale?", "a fact"),
    ("How many bones are there in an adult human skeleton?", "a fact"),
    ("At the top of Everest, what temperature does water boil at, and why?", "a fact"),
    ("How many minutes does light from the Sun need to get to Mars?", "a fact; no distance given"),
):
    neg(N_FACTS, q, note)

N_STATS = "near-reading-the-statistics"
for q, note in (
    (
        "A survey of 50 people found 62% prefer tea. Is that sample big enough to trust?",
        "statistical judgement",
    ),
    (
        "If a drug cuts the risk from 2% to 1%, why do the adverts say it halves your risk?",
        "relative versus absolute risk, explained",
    ),
    (
        "Our exam results went up 8 points after the new timetable. Does that prove it worked?",
        "causation",
    ),
    ("What does a p-value of 0.04 actually tell you?", "explanation"),
    ("Why is the median house price usually quoted instead of the mean?", "explanation"),
    (
        (
            "A test is 99% accurate and the condition affects 1 in 1,000 people. Why might a "
            "positive result still probably be wrong?"
        ),
        "explanation of base rates",
    ),
    ("Is a correlation of 0.3 between sleep and grades strong or weak?", "interpretation"),
    (
        (
            "A poll with a margin of error of plus or minus 3 points has it 51 to 49. "
            "What does that really mean?"
        ),
        "interpretation",
    ),
):
    neg(N_STATS, q, note)

# conversations: earlier turns change what the last question means, or the last turn asks
# for something other than an exact answer
C_RULES = "conv-rules-set-earlier"
conv(
    C_RULES,
    [
        (U, "In my fantasy novel a 'moon' is 40 days and a year is 9 moons."),
        (A, "Got it: 40 days to a moon, 9 moons to a year, so a year is 360 days in your world."),
        (U, "How many days old is a character who is 2 years and 3 moons old?"),
    ],
    "units defined in the chat; in-world calendar",
)
conv(
    C_RULES,
    [
        (U, "In our pub bowling league a strike is worth 3 points, a spare 2, anything else 0."),
        (A, "Understood, those are your house scoring rules."),
        (
            U,
            "I had 4 strikes and 3 spares tonight. Did I beat Dave with 2 strikes and 6 spares?",
        ),
    ],
    "house scoring rules from earlier in the chat",
)
conv(
    C_RULES,
    [
        (U, "On my recipe blog, 'a handful' always means about 30 g."),
        (A, "Noted, I'll treat a handful as roughly 30 g."),
        (U, "How should I phrase three handfuls so readers know how much to use?"),
    ],
    "a writing question resting on a house convention",
)
conv(
    C_RULES,
    [
        (
            U,
            "Our school alternates Week A and Week B; the week starting 1 September is Week A.",
        ),
        (A, "Okay, so the weeks alternate from there."),
        (U, "Is the week starting 13 October Week A or Week B, and does half-term reset it?"),
    ],
    "a school rota; half-term rules are not given",
)
conv(
    C_RULES,
    [
        (U, "In my spreadsheet column D has prices without VAT and column E includes it."),
        (A, "Thanks, that's a clear layout."),
        (U, "Which column should I be totalling for my VAT return, and why?"),
    ],
    "explanation resting on the layout described",
)
conv(
    C_RULES,
    [
        (U, "In our tabletop game, 1 crown is 12 shillings and 1 shilling is 10 pence."),
        (A, "Got it, a made-up currency with those rates."),
        (U, "Write a shop sign pricing a sword at 2 crowns 5 shillings, also shown in shillings."),
    ],
    "invented currency and a writing task",
)

C_WORDS = "conv-words-after-the-sums"
conv(
    C_WORDS,
    [
        (U, "We raised £1,240 at the school bake sale!"),
        (A, "That's a brilliant total, well done."),
        (U, "Write a thank-you note to the parents that mentions how much we raised."),
    ],
    "writing after a figure",
)
conv(
    C_WORDS,
    [
        (U, "What's 15% of £80?"),
        (A, "£12."),
        (U, "Turn that into a friendly line about tipping for the café's chalkboard."),
    ],
    "writing after a sum",
)
conv(
    C_WORDS,
    [
        (U, "My commute is 42 minutes each way on a good day."),
        (A, "So roughly an hour and a half a day in total."),
        (U, "Write a paragraph for my flexible-working request on why that matters."),
    ],
    "writing",
)
conv(
    C_WORDS,
    [
        (U, "The holiday cottage cost £2,860 for the four of us."),
        (A, "That comes to £715 each."),
        (U, "Draft a message to the group chat asking everyone to pay me back by Friday."),
    ],
    "writing after a split",
)
conv(
    C_WORDS,
    [
        (U, "I ran 5 km in 27 minutes 30 seconds."),
        (A, "That's an average pace of 5:30 per kilometre."),
        (U, "Write me an upbeat caption for a photo from the finish."),
    ],
    "creative writing",
)
conv(
    C_WORDS,
    [
        (U, "Our energy bill went from £96 to £131 a month."),
        (A, "That's a rise of £35, or about 36%."),
        (U, "Help me write a polite email to the supplier asking them to explain it."),
    ],
    "writing",
)

C_MISSING = "conv-figure-still-missing"
conv(
    C_MISSING,
    [
        (U, "I'm splitting the bill after dinner with friends."),
        (A, "Happy to help. How much was the bill and how many of you are there?"),
        (U, "Five of us, and we want to add a tip. What does each person owe?"),
    ],
    "the bill total is never given",
)
conv(
    C_MISSING,
    [
        (U, "I need my height in centimetres for a visa form."),
        (A, "Sure, what's your height in feet and inches?"),
        (U, "It's on my old passport somewhere. Can you just work it out?"),
    ],
    "the height is never given",
)
conv(
    C_MISSING,
    [
        (U, "My train leaves at quarter past."),
        (A, "Okay, quarter past the hour."),
        (U, "How long have I got to get to the station?"),
    ],
    "current time and distance unknown",
)
conv(
    C_MISSING,
    [
        (U, "I'm buying paint for the spare bedroom."),
        (A, "Do you know the wall area or the room's measurements?"),
        (U, "No idea, it's a normal-sized room. How many litres should I get?"),
    ],
    "an estimate without measurements",
)
conv(
    C_MISSING,
    [
        (U, "My rent is going up by the same percentage as last time."),
        (A, "What was the increase last time, and what do you pay now?"),
        (U, "I can't remember the percentage. What will I be paying?"),
    ],
    "the percentage is never given",
)
conv(
    C_MISSING,
    [
        (U, "Our flight lands in Singapore at 19:40 local time."),
        (A, "Nice, that's an evening arrival."),
        (U, "What time will it be back home when we land?"),
    ],
    "home time zone never given",
)

C_OPINION = "conv-opinion-after-answer"
conv(
    C_OPINION,
    [
        (U, "How many minutes is 2 hours 40?"),
        (A, "160 minutes."),
        (U, "Is that too long for a film with a seven-year-old?"),
    ],
    "opinion after a computed answer",
)
conv(
    C_OPINION,
    [
        (U, "What's 30 degrees C in F?"),
        (A, "86 °F."),
        (U, "Would that feel too hot for a long run?"),
    ],
    "opinion",
)
conv(
    C_OPINION,
    [
        (U, "What's 12% of £9,500?"),
        (A, "£1,140."),
        (U, "Is that a sensible deposit to save for a first car?"),
    ],
    "opinion",
)
conv(
    C_OPINION,
    [
        (U, "What weekday is 24 December 2031?"),
        (A, "It's a Wednesday."),
        (U, "Is that a good day for the office party, or should we move it?"),
    ],
    "opinion after a date answer",
)
conv(
    C_OPINION,
    [
        (U, "How far is 10 km in miles?"),
        (A, "About 6.2 miles."),
        (U, "Is that a sensible first race for someone who's just finished a couch-to-5k plan?"),
    ],
    "advice",
)
conv(
    C_OPINION,
    [
        (U, "What's 1,500 divided by 12?"),
        (A, "125."),
        (U, "So the gym wants £125 a month. Does that sound like a rip-off to you?"),
    ],
    "opinion",
)

C_METHOD = "conv-explain-the-method"
conv(
    C_METHOD,
    [
        (U, "What's 18 times 25?"),
        (A, "450."),
        (U, "Show me a mental trick for doing that kind of multiplication quickly."),
    ],
    "explaining a method",
)
conv(
    C_METHOD,
    [
        (U, "What's five miles in km?"),
        (A, "About 8.05 km."),
        (U, "Why does the old five-miles-is-eight-kilometres rule of thumb work so well?"),
    ],
    "explanation",
)
conv(
    C_METHOD,
    [
        (U, "How many days from 1 March to 1 June?"),
        (A, "92 days."),
        (U, "Explain the knuckle trick for remembering which months have 31 days."),
    ],
    "explanation",
)
conv(
    C_METHOD,
    [
        (U, "What's 20% off £45?"),
        (A, "£36."),
        (U, "Why doesn't adding 20% back on take me to the original price?"),
    ],
    "explanation",
)
conv(
    C_METHOD,
    [
        (U, "How many seconds does one day have?"),
        (A, "86,400."),
        (U, "How would you teach a nine-year-old to work that out for themselves?"),
    ],
    "teaching",
)
conv(
    C_METHOD,
    [
        (U, "I'm at +02:00 and my friend is at -05:00, so my noon is her 05:00."),
        (A, "Yes, that's right: she's seven hours behind you."),
        (U, "Why do time zone offsets exist at all? Explain it simply."),
    ],
    "explanation",
)

C_LABELS = "conv-labels-and-codes"
conv(
    C_LABELS,
    [
        (U, "My order number is 58213."),
        (A, "Thanks, noted."),
        (U, "The courier reference is 4471. Which one should I quote to customer service?"),
    ],
    "identifiers, not numbers to compute with",
)
conv(
    C_LABELS,
    [
        (U, "The invite says our meeting is in room 3.14."),
        (A, "Okay, room 3.14."),
        (U, "Does that usually mean floor 3, room 14, or something else?"),
    ],
    "a room label",
)
conv(
    C_LABELS,
    [
        (U, "The bus I'm told to catch is the 73."),
        (A, "Right, the number 73."),
        (U, "Is the 73 or the 390 better for getting to King's Cross?"),
    ],
    "route numbers; needs local knowledge",
)
conv(
    C_LABELS,
    [
        (U, "My student ID is 20310457."),
        (A, "Noted."),
        (U, "Is it safe to paste that into a public forum post asking for help?"),
    ],
    "an identifier; advice",
)
conv(
    C_LABELS,
    [
        (U, "The HR form wants my National Insurance number and my employee number, 6602."),
        (A, "Those are two separate identifiers."),
        (U, "What's the difference between them, and why would HR need both?"),
    ],
    "identifiers; explanation",
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
    # no register (family name) of this set is a family name of sets 19 to 113
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 113: {reused}"
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
