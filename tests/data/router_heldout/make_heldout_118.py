r"""Generate heldout-2027-03-31.jsonl: a hundred-and-eighteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-31 by a helper session working only in /work/sealed118, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-03-31.jsonl, PREFIX "ho118-", earlier generators 1-117, register check against sets
19 to 117); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed118/earlier_registers.txt (2357 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats or
  sits close to one (near matches such as newlyweds_saving_for_a_deposit,
  secondary_physics_teacher, grandparents_doing_summer_holiday_childcare,
  comedy_club_open_mic_promoter, festive_lights_installer, vintage_clothes_resale_app,
  rural_postal_delivery_round and parish_register_genealogist led to other choices);
- of the copied script (2127 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-337), the units set-up (711-771), the datetime set-up
  (995-1079), the negatives set-up with neg/conv (1444-1451), and the weekday check, checks and
  output (1904-2127).
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines read above (line 771 being the blank line after unit_r) and kept only the five read
ranges, so lines 338-710, 772-994, 1080-1443 and 1452-1903 were dropped by line number, and four
new sections were written from scratch in scratch files (an unread byte copy of the original
was kept beside them until the end; all were then deleted). No git history, web or code search,
router, tools, tests, other files under /work/main or other generators were read (the script
imports earlier generators itself, in memory, for its duplicate and register checks). No JSONL
was read; the questions and expected values were reviewed from this script's items in memory
(id, expected value, tolerance and query text), and from its source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a new dad on shared parental
  leave, an evening bookkeeping course student, a honeymooning couple island hopping, a couple
  doing a DIY kitchen renovation, a trainee commercial pilot building hours, a wedding guest
  flying abroad, a weekend bike mechanic, a Sunday roast pub chef, a learner driver paying for
  lessons, a dental hygienist going part-time, a jazz trio pianist, a flotilla sailing holiday
  crew, a five-a-side league organiser, a community litter picking group, a toddler swim class
  parent, car-sharing commuting colleagues, a radio-controlled model aircraft flyer, a home
  poker night host, a part-time game streamer, an urban sketching meetup member, a rugby sevens
  touring side, a spin class instructor, a mechanical watch collector, a hen weekend planner and
  a first-time dog owner), each register used by all three tools, the first six with two items
  per tool. Phrasing varies: statements, questions, imperatives, lowercase, symbols (÷, ×, √,
  m², °F) and written-out units, pounds, pence, dollars and euros, ISO, British and American
  dates with and without computed weekdays, clock times, h and min durations, fixed offsets
  such as +11:00, +08:00 and -05:00, extra context sentences.
- Every expected value is computed in code from the figures the question states (the figures
  are held in variables and interpolated into the text): Fraction and Decimal for money and
  quantities (exact, at most three decimals for the calculator; lit() keeps a decimal literal
  exact while printing it as written, cash() writes £, € or $ amounts, whole_cents() asserts
  whole pence or cents, whole_up where only whole boxes of tiles count), exact unit definitions
  for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre,
  square and cubic feet and yards, psi, bar, GiB/MiB, km/h, m/s and mph, Celsius/Fahrenheit;
  added here: the international nautical mile for knots, and the hectare), graded exactly when the
  result terminates in at most three decimals and at 0.1% otherwise (unit_r asserting that an
  answer rounded to two decimals still passes), and datetime/date arithmetic for dates,
  weekdays, ages, spans, inclusive day counts, whole weeks, days on chosen weekdays (count_on),
  working days (nth_workday), nth and last weekdays, clock intervals across midnight, and fixed
  offsets converted with tz-aware datetimes (tz_of(), moment(), hours_of()). Weekdays written
  next to dates come from the computed date (sayw), and the weekdays the prose relies on
  (a Monday leave start, Wednesday match nights, a Friday poker night) were asserted. Answers
  that people would naturally give as h:mm ask for a decimal or for the hour number alone, so
  that the last number graded is the intended one.
- 200 negatives: 100 ordinary ones in ten topics (the deep sea and caves, landlord and
  neighbour diplomacy, speeches, eulogies and card verses, JavaScript, Go and shell critique,
  mills, steam and railway whys, album and box set verdicts, vegetable beds and fruit trees,
  slang and phrase origins, birds and insects, AI and social media dilemmas), 65 near-negatives
  shaped like positives but needing the model (numbers used as labels, back-of-envelope
  guesses, why a piece of arithmetic works, code that does a calculation, what stated figures
  mean, whether something is worth the money, facts nobody stated), and 35 conversations in
  which the last turn asks for writing after a sum, for advice while the needed figures are
  still missing, for a verdict on a result, for the reasoning behind an answer, or about titles
  and names that contain numbers; none ends in a plain exact question that the earlier turns
  leave unchanged. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 117,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), a separate comparison of all 47 family names of this set with
earlier_registers.txt (none found), a check that no module-level name of the new sections
rebinds a set-up constant or helper, and a read-through of every positive's expected value and
text. The first run stopped in pct(): it takes a decimal literal, and 17.5 and 7.5 had been
passed as Fractions; they were passed as literals. The unit_r two-decimal assertion then stopped
four times (1,500 m² in acres, 32 psi in bar, 1.25 acres in hectares, an 84-inch table in
metres, each more than 0.1% off once rounded); they became 15,000 m², 36 psi, 12.5 acres and 96
inches. The 1.25-acre message showed that decimal figures were being written into the text as
fractions (5/4): the lit() helper was added and the new sections' 54 dec() literals became
lit(), and a scan of every text for a slash between digits found only the intended 3/8 and a
tyre size. The duplicate check then flagged 7 items matching earlier sets word for word (a
square root of 7,569, 5 ft 9 in in centimetres, -12 °C in Fahrenheit, the postcode SW1A 1AA,
water's boiling point on Everest, and two conversations through a first user turn: 26.2 miles
in kilometres and 180 cm in feet and inches); all were reworded with new figures (√9,409, 5 ft
7 in, -17 °C, SW1A 2AA, Kilimanjaro, 21.1 km in miles, 183 cm), computed in code where they are
positives, and the second run passed. The read-through removed "about" from an exact distance.
Ruff check flagged 26 implicit string concatenations in tuples (ISC004), fixed with
parentheses; ruff format then left eleven lines at 100 columns (strings it joined, an assert,
a calc call and two lines written too long), fixed by rewording or re-splitting, and the
parentheses left around single joined strings were removed; after that ruff check and ruff
format were clean, no line exceeded 99 columns, and the script was re-run with all checks
passing.

Run: /work/main/.venv/bin/python make_heldout_118.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-31.jsonl"
PREFIX = "ho118-"
# earlier generators: sets 1-117 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 118))
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


class Lit(F):
    """A decimal literal, exact, that prints as written (38.5, not 77/2) in question text."""

    def __new__(cls, text):
        self = super().__new__(cls, Decimal(text))
        self.text = text
        return self

    def __str__(self):
        return self.text


def lit(text):
    return Lit(text)


assert f"{lit('38.5')} km" == "38.5 km" and lit("38.5") * 2 == 77
assert str(pct(lit("7.5"))) == "3/40"  # arithmetic gives plain fractions


def cash(x, sym="£"):
    """Money as written in a question or story: whole units bare, else two decimals."""
    x = F(x)
    assert x > 0 and (x * 100).denominator == 1, x
    cents = int(x * 100)
    whole = f"{cents // 100:,}"
    return f"{sym}{whole}" if cents % 100 == 0 else f"{sym}{whole}.{cents % 100:02d}"


def whole_cents(x):
    """A money answer: asserts it comes to whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert cash(lit("12.5")) == "£12.50" and cash(1240) == "£1,240" and cash(3, "€") == "€3"
assert whole_cents(lit("0.35") * 38) == lit("13.3")

# ---------------------------------------------------------------- calculator, plain
v1, v2 = "17.5", 2380
calc(P, f"What is {v1}% of {v2:,}?", pct(v1) * v2)
v1, v2 = 7416, 24
calc(P, f"{v1:,} ÷ {v2}", F(v1, v2))
v1, v2, v3 = 384, 129, lit("0.35")
calc(P, f"({v1} + {v2}) × {v3} = ?", (v1 + v2) * v3)
v1 = 1976
calc(P, f"what's 3/8 of {v1:,}", F(3, 8) * v1)
v1, v2 = lit("12.6"), 48
calc(P, f"Compute 12.6 squared minus {v2}.", v1 * v1 - v2)
v1, v2 = 845, 12
calc(P, f"Increase {v1} by {v2}%.", v1 * (1 + pct(v2)))
v1, v2 = 2450, 18
calc(P, f"How much is {v1:,} reduced by {v2} percent?", v1 * (1 - pct(v2)))
marks = (62, 75, 81, 94, 58)
calc(P, f"Mean of {', '.join(map(str, marks[:-1]))} and {marks[-1]}?", F(sum(marks), len(marks)))
v1 = 9409
root = math.isqrt(v1)
assert root * root == v1
calc(P, f"√{v1:,} = ?", root)
v1, v2, v3 = 9, lit("31.05"), 14
calc(P, f"If {v1} notebooks cost {cash(v2)}, what do {v3} cost?", whole_cents(v2 / v1 * v3))
v1, v2 = 1250, lit("1.04")
calc(P, f"{v1:,} × {v2} × {v2}", v1 * v2 * v2)
v1, v2 = 36, 45
calc(P, f"{v1}% of what number is {v2}?", v2 / pct(v1))
v1, v2 = lit("287.40"), 6
calc(P, f"Split a {cash(v1)} restaurant bill equally between {v2} people.", whole_cents(v1 / v2))
v1, v2, v3 = lit("6.25"), 48, lit("19.5")
calc(P, f"6.25 × {v2} − {v3}", v1 * v2 - v3)

# ---------------------------------------------------------------- calculator, registers
R1 = "new_dad_on_shared_parental_leave"
R2 = "evening_bookkeeping_course_student"
R3 = "honeymooning_couple_island_hopping"
R4 = "kitchen_renovation_diy_couple"
R5 = "trainee_commercial_pilot_hour_building"
R6 = "wedding_guest_flying_abroad"
R7 = "weekend_bike_mechanic_hobbyist"
R8 = "sunday_roast_pub_chef"
R9 = "learner_driver_paying_for_lessons"
R10 = "dental_hygienist_going_part_time"
R11 = "jazz_trio_pianist"
R12 = "flotilla_sailing_holiday_crew"
R13 = "five_a_side_league_organiser"
R14 = "community_litter_picking_group"
R15 = "toddler_swim_class_parent"
R16 = "car_share_commuting_colleagues"
R17 = "rc_model_aircraft_flyer"
R18 = "home_poker_night_host"
R19 = "part_time_game_streamer"
R20 = "urban_sketching_meetup_member"
R21 = "rugby_sevens_touring_side"
R22 = "spin_class_instructor"
R23 = "mechanical_watch_collector"
R24 = "hen_weekend_planner"
R25 = "first_time_dog_owner"

spp_wk, spp_rate, top_wk, top_up = 9, lit("187.18"), 4, 45
calc(
    R1,
    f"I'm taking {spp_wk} weeks of shared parental leave paid at {cash(spp_rate)} a week, and my "
    f"employer tops that up by {cash(top_up)} a week for the first {top_wk} weeks. How much do I "
    "get altogether over the leave?",
    whole_cents(spp_wk * spp_rate + top_wk * top_up),
)
box_n, box_p, per_day, span = 84, lit("14.70"), 9, 28
calc(
    R1,
    f"nappies come in boxes of {box_n} for {cash(box_p)} and the little one goes through "
    f"{per_day} a day. what do nappies cost us over {span} days?",
    whole_cents(box_p * F(per_day * span, box_n)),
)
net, trade, vat = 1340, 5, 20
calc(
    R2,
    f"Homework question: an invoice has a net value of {cash(net)}, less a {trade}% trade "
    f"discount, and then VAT at {vat}% is added. What's the invoice total?",
    whole_cents(net * (1 - pct(trade)) * (1 + pct(vat))),
)
cost, rate = 12500, 20
calc(
    R2,
    f"A machine costing {cash(cost)} is depreciated at {rate}% a year on the reducing balance "
    "method. What is its carrying value after the second year's depreciation charge?",
    whole_cents(cost * (1 - pct(rate)) ** 2),
)
fare, tax, fee = lit("68.50"), 12, 9
calc(
    R3,
    f"Two adult ferry tickets from Naxos to Santorini at {cash(fare, '€')} each, plus "
    f"{cash(tax, '€')} port tax per person and one {cash(fee, '€')} booking fee for the "
    "whole order. What do we pay in total?",
    2 * (fare + tax) + fee,
)
night, stay, off, isl = 142, 5, 15, lit("4.20")
calc(
    R3,
    f"Our hotel on Milos is {cash(night, '€')} a night for {stay} nights with a {off}% "
    f"honeymoon discount on the room, and there's an island tax of {cash(isl, '€')} per person "
    "per night that isn't discounted. There are two of us. What's the total bill?",
    whole_cents(night * stay * (1 - pct(off)) + isl * 2 * stay),
)
sb_w, sb_h, box_m2, box_cost, spare = lit("3.2"), lit("0.6"), lit("0.5"), lit("23.40"), 10
boxes = whole_up(sb_w * sb_h * (1 + pct(spare)) / box_m2)
calc(
    R4,
    f"The splashback is {sb_w} m by {sb_h} m. Tiles come in boxes covering {box_m2} m² at "
    f"{cash(box_cost)} a box, and we're adding {spare}% for cuts and breakages. Buying whole "
    "boxes only, what will the tiles cost?",
    boxes * box_cost,
)
wt_n, wt_p, cut_p, voucher = 2, 189, 65, 12
calc(
    R4,
    f"We need {wt_n} oak worktop lengths at {cash(wt_p)} each plus a {cash(cut_p)} cutting "
    f"service per length. Our {voucher}% voucher only applies to the worktops, not the cutting. "
    "How much do we pay?",
    whole_cents(wt_n * wt_p * (1 - pct(voucher)) + wt_n * cut_p),
)
hire, need, block_off = 178, 38, "7.5"
calc(
    R5,
    f"Hiring a Cessna 152 is {cash(hire)} per flying hour, fuel included. I still need {need} "
    f"hours for my licence and the club knocks {block_off}% off if I prepay the whole block. "
    "What's the block price?",
    whole_cents(hire * need * (1 - pct(block_off))),
)
tng_n, tng_fee, full_fee = 13, lit("9.50"), 16
calc(
    R5,
    f"Circuit session: {tng_n} touch-and-goes at {cash(tng_fee)} landing fee each, then one "
    f"full-stop landing charged at {cash(full_fee)}. What did the landings cost me?",
    tng_n * tng_fee + full_fee,
)
flight, room, nights, gift = 246, 118, 3, 85
calc(
    R6,
    f"For my friend's wedding in Porto: return flights {cash(flight)}, a hotel room at "
    f"{cash(room)} a night for {nights} nights that I'm splitting with my sister, and a "
    f"{cash(gift)} present off the gift list. What's my share of it all?",
    flight + F(room * nights, 2) + gift,
)
change, fx_fee, fx = 600, lit("3.50"), lit("1.16")
calc(
    R6,
    f"I'm changing {cash(change)} into euros for the wedding trip. The bureau takes a "
    f"{cash(fx_fee)} fee off first and then gives {fx} euros per pound. How many euros do I get?",
    whole_cents((change - fx_fee) * fx),
)
pads, chain, cable = lit("7.80"), lit("22.50"), lit("3.25")
calc(
    R7,
    f"Parts run for two bikes: each needs 2 pairs of brake pads at {cash(pads)} a pair, one "
    f"chain at {cash(chain)} and 2 gear cables at {cash(cable)} each. Total parts bill?",
    2 * (2 * pads + chain + 2 * cable),
)
per_kg, grams, covers = lit("14.60"), 180, 65
calc(
    R8,
    f"Topside of beef is {cash(per_kg)} a kilo. We portion {grams} g per plate and have "
    f"{covers} covers booked for Sunday lunch. What does the beef cost us?",
    whole_cents(per_kg * F(grams, 1000) * covers),
)
hourly, block, block_h, hours_needed = 38, 340, 10, 22
calc(
    R9,
    f"My driving instructor charges {cash(hourly)} an hour, or {cash(block)} for a block of "
    f"{block_h} hours. If I need {hours_needed} hours and buy two blocks plus the rest at the "
    "hourly rate, how much do I save versus paying hourly for everything?",
    hours_needed * hourly - (2 * block + (hours_needed - 2 * block_h) * hourly),
)
salary, full_h, part_h = 41600, lit("37.5"), lit("22.5")
calc(
    R10,
    f"I'm on {cash(salary)} a year for {full_h} hours a week. If I go down to {part_h} hours a "
    "week on the same hourly rate, what will my new annual salary be?",
    salary * part_h / full_h,
)
fee_gig, petrol = 450, 30
calc(
    R11,
    f"The trio gets {cash(fee_gig)} for the gig. Our bassist drove, so {cash(petrol)} petrol "
    "money comes off the top and the rest is split equally between the three of us. My share?",
    F(fee_gig - petrol, 3),
)
boat, pack, clean, crew = 3480, 240, 150, 6
calc(
    R12,
    f"The flotilla yacht is {cash(boat, '€')} for the week, plus {cash(pack, '€')} for the "
    f"skipper pack and a {cash(clean, '€')} end clean. Shared equally by {crew} crew, how much "
    "is each person's share?",
    F(boat + pack + clean, crew),
)
teams, pitch, ref = 8, 62, 18
calc(
    R13,
    f"{teams} teams in the league, each pair plays each other once, every match takes one "
    f"hour of pitch time at {cash(pitch)} an hour, and the referee is {cash(ref)} a match. What "
    "does the season cost?",
    math.comb(teams, 2) * (pitch + ref),
)
recyc, general, credit, charge = 38, 12, lit("0.35"), lit("0.12")
calc(
    R14,
    f"Of the {recyc + general} bags we filled on the beach, {recyc} went for recycling. The "
    f"council credits the group 35p per recycled bag and charges 12p for each of the other "
    f"{general}. What's our net credit in pounds?",
    whole_cents(recyc * credit - general * charge),
)
sessions, lesson, sib = 12, lit("9.75"), 10
calc(
    R15,
    f"A term of toddler swimming is {sessions} sessions at {cash(lesson)} each. The second "
    f"child gets {sib}% off. What's the term cost for both my two?",
    whole_cents(sessions * lesson * (2 - pct(sib))),
)
miles_day, ppm, park, riders, commute_days = 64, lit("0.145"), 6, 4, 5
calc(
    R16,
    f"Our car share: {miles_day} miles round trip a day, fuel at 14.5p a mile and {cash(park)} "
    f"a day to park, split {riders} ways. What does each of us pay for a {commute_days}-day week?",
    whole_cents(commute_days * (miles_day * ppm + park) / riders),
)
lipo = lit("34.99")
calc(
    R17,
    f"LiPo packs are {cash(lipo)} each and the model shop has a 3 for the price of 2 deal, "
    "usable once per order. I want 5 packs in one order. What's the total?",
    (2 + 2) * lipo,
)
players, buy_in, second = 7, 15, 30
calc(
    R18,
    f"{players} of us buy in at {cash(buy_in)} each. The pot pays 50% to first, {second}% to "
    "second and 20% to third. How much does the runner-up take home?",
    players * buy_in * pct(second),
)
subs, sub_p, tips = 214, lit("4.99"), lit("127.40")
calc(
    R19,
    f"I keep half of every {cash(sub_p, '$')} subscription. I had {subs} subs and also got "
    f"{cash(tips, '$')} in tips. What did streaming pay me?",
    whole_cents(subs * sub_p / 2 + tips),
)
paints, book, brush, disc = lit("46.50"), lit("12.95"), lit("6.40"), 20
calc(
    R20,
    f"Pocket watercolour set {cash(paints)}, a sketchbook at {cash(book)} and two waterbrush "
    f"pens at {cash(brush)} each. The meetup gets {disc}% off the lot at the art shop. What do I "
    "pay?",
    whole_cents((paints + book + 2 * brush) * (1 - pct(disc))),
)
coach, ferry, squad, staff = 2860, 340, 21, 4
calc(
    R21,
    f"Coach hire for the tournament trip is {cash(coach)} and the ferry {cash(ferry)}. "
    f"{squad} players and {staff} staff split it equally. How much each?",
    F(coach + ferry, squad + staff),
)
classes, per_class, commission = 11, 28, 15
calc(
    R22,
    f"I teach {classes} spin classes a week at {cash(per_class)} a class and the studio keeps "
    f"{commission}% commission. What do I take home each week?",
    whole_cents(classes * per_class * (1 - pct(commission))),
)
bought, service, sold, seller_fee = 1850, 295, 2600, 6
calc(
    R23,
    f"I paid {cash(bought)} for a 1960s Omega, spent {cash(service)} on a full service, and "
    f"sold it for {cash(sold)} on a site that takes a {seller_fee}% seller's fee. What was my "
    "profit?",
    sold * (1 - pct(seller_fee)) - bought - service,
)
cottage, cocktail, hens = 1240, 38, 10
calc(
    R24,
    f"Cottage {cash(cottage)} for the weekend, cocktail class {cash(cocktail)} a head, "
    f"{hens} of us including the bride. The bride pays nothing, so the other {hens - 1} cover "
    "everything between us. How much each?",
    F(cottage + cocktail * hens, hens - 1),
)
bag_kg, bag_p, daily_g, stretch = 10, lit("48.50"), 240, 50
calc(
    R25,
    f"A {bag_kg} kg bag of puppy food is {cash(bag_p)} and he eats {daily_g} g a day. What does "
    f"feeding him cost over {stretch} days?",
    whole_cents(bag_p * F(daily_g * stretch, bag_kg * 1000)),
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


NMI = 1852  # m, the international nautical mile
KNOT = F(NMI, 3600)  # m/s
HECTARE = 10**4  # m^2
assert abs(KNOT / MPH - lit("1.150779")) < lit("1e-6")

# ---------------------------------------------------------------- units, plain
x1 = lit("38.5")
unit_r(P, f"Convert {x1} km to miles.", x1 * 1000 / MI)
x1 = 2350
unit_r(P, f"How many feet is {x1:,} metres?", x1 / FT)
ft_part, in_part = 5, 7
unit(
    P,
    f"Height {ft_part} ft {in_part} in: how many cm is that?",
    (ft_part * FT + in_part * IN) * 100,
    EXACT,
)
x1 = lit("104.9")
unit(P, f"Convert {x1} °F to Celsius", f_to_c(x1), EXACT)
x1 = lit("18.5")
unit_r(P, f"how many square feet in {x1} square metres", x1 / SQFT)
x1 = 45
unit_r(P, f"{x1} mph in metres per second?", x1 * MPH)
x1 = lit("2.75")
unit(P, f"Convert {x1} GiB to MiB.", x1 * GIB / MIB, EXACT)
x1 = 15000
unit_r(P, f"What's {x1:,} m² in acres?", x1 / ACRE)
x1 = 36
unit_r(P, f"{x1} psi = how many bar?", x1 * PSI / BAR)
x1 = lit("3.4")
unit(P, f"How many millilitres are in {x1} litres?", x1 * 1000, EXACT)
x1 = -17
unit(P, f"{x1} °C in Fahrenheit, please.", c_to_f(x1), EXACT)
x1 = lit("12.5")
unit_r(P, f"A {x1}-acre plot is how many hectares?", x1 * ACRE / HECTARE)
x1 = 430
unit_r(P, f"{x1} grams in ounces (avoirdupois)", F(x1, 1000) / OZ)
x1 = lit("2.2")
unit_r(P, f"Express {x1} cubic metres in cubic feet.", x1 / CUFT)

# ---------------------------------------------------------------- units, registers
lb_part, oz_part = 7, 11
unit_r(
    R1,
    f"Our daughter weighed {lb_part} lb {oz_part} oz at birth. What is that in kilograms?",
    lb_part * LB + oz_part * OZ,
)
warm_c = 37
unit(
    R1,
    f"The bottle warmer is set to {warm_c} °C but the instructions for the old one were in "
    "Fahrenheit. What's the setting in °F?",
    c_to_f(warm_c),
    EXACT,
)
archive_cuft = 420
unit_r(
    R2,
    f"Our class visit: the firm's paper archive takes up {archive_cuft} cubic feet of storage. "
    "How many cubic metres is that?",
    archive_cuft * CUFT,
)
scans_mib = 3584
unit(
    R2,
    f"My folder of scanned receipts for coursework is {scans_mib:,} MiB. How many GiB is that?",
    scans_mib * MIB / GIB,
    EXACT,
)
ferry_kn = 27
unit(
    R3,
    f"The fast ferry between the islands cruises at {ferry_kn} knots. What's that in km/h?",
    ferry_kn * KNOT * 3600 / 1000,
    EXACT,
)
walk_km = lit("10.2")
unit_r(
    R3,
    f"The caldera path from Fira to Oia is {walk_km} km. How far is it in miles?",
    walk_km * 1000 / MI,
)
cab_in = 30
unit(
    R4,
    f"The old kitchen cabinets are {cab_in} inches wide. How wide is that in cm, so we can "
    "match the new metric units?",
    cab_in * IN * 100,
    EXACT,
)
floor_a_ft, floor_b_ft, floor_b_in = 14, 11, 6
unit_r(
    R4,
    f"The kitchen floor measures {floor_a_ft} ft by {floor_b_ft} ft {floor_b_in} in. What is "
    "the floor area in square metres?",
    floor_a_ft * FT * (floor_b_ft * FT + floor_b_in * IN),
)
alt_ft = 8500
unit(
    R5,
    f"I was cleared to cruise at {alt_ft:,} feet on my cross-country. What's that in metres?",
    alt_ft * FT,
    EXACT,
)
cruise_kn = 105
unit_r(
    R5,
    f"The PA-28 cruises at {cruise_kn} knots true airspeed. Convert that to miles per hour.",
    cruise_kn * KNOT / MPH,
)
bag_limit = 23
unit_r(
    R6,
    f"The airline's checked bag allowance is {bag_limit} kg and my scales only do pounds. "
    "What's the limit in lb?",
    bag_limit / LB,
)
heat_c = 31
unit(
    R6,
    f"Forecast for the wedding day in Porto is {heat_c} °C. My aunt in Ohio wants it in "
    "Fahrenheit. What is it?",
    c_to_f(heat_c),
    EXACT,
)
tyre_psi = 65
unit_r(
    R7,
    f"The tyre sidewall says inflate to {tyre_psi} psi but my track pump's gauge is in bar. "
    "What should it read?",
    tyre_psi * PSI / BAR,
)
oven_f = 425
unit_r(
    R8,
    f"The American roast potato recipe says {oven_f} °F. What do I set the combi oven to in °C?",
    f_to_c(oven_f),
)
limit_mph = 30
unit_r(
    R9,
    f"My instructor said the limit on that road is {limit_mph} mph. My cousin learning in "
    "France wants to know how many km/h that is.",
    limit_mph * MPH * 3600 / 1000,
)
autoclave_c = 134
unit(
    R10,
    f"The surgery autoclave sterilises at {autoclave_c} °C. What's that in Fahrenheit for the "
    "American supplier's form?",
    c_to_f(autoclave_c),
    EXACT,
)
keys_lb = lit("26.5")
unit_r(
    R11,
    f"My stage piano weighs {keys_lb} lb. What's that in kilograms for the venue's load-in sheet?",
    keys_lb * LB,
)
depth_m = 12
unit_r(
    R12,
    f"The pilot book gives the anchorage as {depth_m} metres deep, but our depth sounder reads "
    "in feet. What should it show?",
    depth_m / FT,
)
pitch_l, pitch_w = 40, 25
unit_r(
    R13,
    f"The hired pitch is {pitch_l} yards by {pitch_w} yards. What's its area in square metres?",
    pitch_l * pitch_w * SQYD,
)
bank_mi = lit("3.8")
unit_r(
    R14,
    f"We cleared {bank_mi} miles of riverbank on Saturday. How many kilometres is that for the "
    "council report?",
    bank_mi * MI / 1000,
)
pool_f = 90
unit_r(
    R15,
    f"The leisure centre says the baby pool is kept at {pool_f} °F. What's that in Celsius?",
    f_to_c(pool_f),
)
each_way = 32
unit_r(
    R16,
    f"The office is {each_way} miles from home each way. How many kilometres do we drive in a "
    "day there and back?",
    2 * each_way * MI / 1000,
)
span_mm = 1400
unit_r(
    R17,
    f"The foam glider kit has a {span_mm:,} mm wingspan. What's that in inches?",
    F(span_mm, 1000) / IN,
)
table_in = 96
unit_r(
    R18,
    f"The folding poker table is {table_in} inches long. How long is that in metres?",
    table_in * IN,
)
vod_mib = 7168
unit(
    R19,
    f"The recording of last night's stream is {vod_mib:,} MiB. How many GiB is that?",
    vod_mib * MIB / GIB,
    EXACT,
)
page_in = lit("8.25")
unit(
    R20,
    f"My landscape sketchbook is {page_in} inches wide. What is that in centimetres?",
    page_in * IN * 100,
    EXACT,
)
field_m = 100
unit_r(
    R21,
    f"The sevens pitch is {field_m} m between the try lines. How many yards is that?",
    field_m / YD,
)
bike_kmh = lit("32.5")
unit_r(
    R22,
    f"The bike computer showed {bike_kmh} km/h average for my sprint set. What's that in mph?",
    bike_kmh * KMH / MPH,
)
case_in = lit("1.65")
unit(
    R23,
    f"An old catalogue gives the watch case as {case_in} inches across. What is that in "
    "millimetres?",
    case_in * IN * 1000,
    EXACT,
)
tub_c = 40
unit(
    R24,
    f"The cottage hot tub is heated to {tub_c} °C. What's that in Fahrenheit?",
    c_to_f(tub_c),
    EXACT,
)
pup_lb, pup_oz = 19, 4
unit_r(
    R25,
    f"The vet weighed our puppy at {pup_lb} lb {pup_oz} oz. How much is that in kg?",
    pup_lb * LB + pup_oz * OZ,
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


def count_on(first, last, wds):
    """How many dates from first to last, both included, fall on the given weekdays."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() in wds)


def nth_workday(start, n):
    """The nth Monday-to-Friday day counting from start (a weekday) as the first."""
    assert start.weekday() < SAT
    d, seen = start, 1
    while seen < n:
        d += TD(days=1)
        seen += d.weekday() < SAT
    return d


def tz_of(text):
    """A fixed offset written as +hh:mm or -hh:mm."""
    sign = -1 if text[0] == "-" else 1
    hh, mm = text[1:].split(":")
    return dt.timezone(sign * TD(hours=int(hh), minutes=int(mm)))


def moment(day, clock, offset):
    """An aware datetime: a date, a 24-hour clock time and a fixed offset."""
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=tz_of(offset))


def hours_of(t):
    """A clock time of day as a number of hours after midnight."""
    return F(t.hour * 60 + t.minute, 60)


assert count_on(D(2030, 3, 4), D(2030, 3, 10), {MON, SUN}) == 2
assert nth_workday(D(2030, 3, 8), 2) == D(2030, 3, 11)
assert moment(D(2030, 1, 1), "00:30", "+05:30").astimezone(tz_of("-01:00")).day == 31
assert hours_of(dt.time(18, 30)) == lit("18.5")

# ---------------------------------------------------------------- datetime, plain
day1 = D(1966, 8, 23)
date_item(P, f"What weekday was {say(day1)}?", weekday(day1))
day1, day2 = D(2029, 2, 3), D(2029, 6, 19)
date_item(P, f"How many days are there from {say(day1)} to {say(day2)}?", days(day1, day2))
day1, gap = D(2027, 10, 14), 100
date_item(P, f"What date is {gap} days after {say(day1)}?", day1 + TD(days=gap))
day1, gap = D(2028, 11, 27), 6
date_item(P, f"Add {gap} weeks to {day1.isoformat()}.", day1 + TD(weeks=gap))
day1, gap = D(2031, 3, 3), 45
date_item(P, f"which date is {gap} days before March 3, 2031?", day1 - TD(days=gap))
born, on_day = D(1991, 5, 29), D(2030, 5, 1)
date_item(P, f"How old will someone born on {say(born)} be on {say(on_day)}?", age(born, on_day))
date_item(P, "Date of the third Thursday of July 2029?", nth_weekday(2029, 7, THU, 3))
date_item(P, "How many minutes are there from 21:40 to 06:15?", clock_span("21:40", "06:15", 60))
day1, day2 = D(2029, 4, 2), D(2029, 4, 27)
date_item(
    P,
    f"How many weekdays (Monday to Friday) are there from {say(day1)} to {say(day2)} inclusive?",
    count_on(day1, day2, {MON, TUE, WED, THU, FRI}),
)
day1 = D(2033, 1, 1)
date_item(P, f"On what day of the week does {say(day1)} fall?", weekday(day1))
date_item(P, "When is the last Monday in May 2030?", nth_weekday(2030, 5, MON, -1))
day1, day2 = D(2029, 1, 7), D(2029, 4, 22)
date_item(P, f"How many weeks are there between {say(day1)} and {say(day2)}?", weeks(day1, day2))
call_day, call_at, here, there = D(2029, 3, 15), "09:00", "+11:00", "-05:00"
date_item(
    P,
    f"A video call is at {call_at} on {say(call_day)} in Sydney ({here}). What's the date then "
    f"for someone joining from Chicago ({there})?",
    moment(call_day, call_at, here).astimezone(tz_of(there)).date(),
)
day1, gap = D(2026, 12, 31), 250
date_item(P, f"The date {gap} days after {day1.isoformat()}?", day1 + TD(days=gap))

# ---------------------------------------------------------------- datetime, registers
leave_start, leave_wk = D(2029, 3, 5), 12
assert leave_start.weekday() == MON  # so that the leave finishes on a Sunday
date_item(
    R1,
    f"My shared parental leave starts on {sayw(leave_start)} and runs for exactly {leave_wk} "
    "weeks, finishing on a Sunday. What's the date of my last day off?",
    leave_start + TD(weeks=leave_wk) - TD(days=1),
)
baby_born, check_day = D(2029, 1, 17), D(2029, 4, 30)
date_item(
    R1,
    f"Our son was born on {say(baby_born)}. How many days old is he on {say(check_day)}?",
    days(baby_born, check_day),
)
inv_day, terms = D(2027, 11, 18), 30
date_item(
    R2,
    f"An invoice dated {say(inv_day)} has {terms}-day payment terms counted from the invoice "
    "date. On what date is payment due?",
    inv_day + TD(days=terms),
)
fy_start, fy_end = D(2027, 4, 6), D(2028, 4, 5)
date_item(
    R2,
    f"The client's financial year runs from {say(fy_start)} to {say(fy_end)}. How many days "
    "does it contain, counting both ends?",
    days(fy_start, fy_end) + 1,
)
dep_day, dep_at, dep_off, arr_off, trip_min = D(2028, 11, 4), "21:55", "+08:00", "+00:00", 1055
date_item(
    R3,
    f"Our flight home leaves Denpasar ({dep_off}) at {dep_at} on {sayw(dep_day)}, and the whole "
    f"journey takes {trip_min // 60} h {trip_min % 60} min door to gate. What date will it be in "
    f"London ({arr_off}) when we land?",
    (moment(dep_day, dep_at, dep_off) + TD(minutes=trip_min)).astimezone(tz_of(arr_off)).date(),
)
wed_day = D(2028, 10, 14)
first_anniv = D(wed_day.year + 1, wed_day.month, wed_day.day)
date_item(
    R3,
    f"We got married on {sayw(wed_day)}. How many days is it from the wedding to our first "
    "anniversary?",
    days(wed_day, first_anniv),
)
fit_start, fit_days = D(2029, 1, 8), 12
date_item(
    R4,
    f"Our kitchen fitter starts on {sayw(fit_start)} and needs {fit_days} working days, Monday "
    "to Friday, with no days off in between. On what date should he finish?",
    nth_workday(fit_start, fit_days),
)
order_day, lead = D(2029, 2, 2), 6
date_item(
    R4,
    f"The quartz worktop was ordered on {say(order_day)} with delivery quoted at exactly {lead} "
    "weeks after the order date. When does it arrive?",
    order_day + TD(weeks=lead),
)
med_expiry, early = D(2029, 6, 13), 45
date_item(
    R5,
    f"My class 1 medical expires on {say(med_expiry)}. I want the renewal exam exactly {early} "
    "days before that. What date should I book?",
    med_expiry - TD(days=early),
)
legs = ((1, 24), (2, 12), (0, 54), (1, 45))
date_item(
    R5,
    "Logbook for the weekend: "
    + ", ".join(f"{h} h {m:02d} min" for h, m in legs)
    + ". What's the total flying time in hours, as a decimal?",
    F(sum(60 * h + m for h, m in legs), 60),
)
big_day, rsvp_wk = D(2028, 6, 3), 6
date_item(
    R6,
    f"The wedding is on {sayw(big_day)} and RSVPs are due {rsvp_wk} weeks before. What's the "
    "RSVP deadline?",
    big_day - TD(weeks=rsvp_wk),
)
fly_day, fly_at, home_off, away_off, fly_min = D(2029, 5, 18), "13:20", "+01:00", "-05:00", 670
landing = (moment(fly_day, fly_at, home_off) + TD(minutes=fly_min)).astimezone(tz_of(away_off))
date_item(
    R6,
    f"I fly from London ({home_off}) at {fly_at} on {say(fly_day)} for a wedding in Cancún "
    f"({away_off}); the flight is {fly_min // 60} h {fly_min % 60} min. What's the local arrival "
    "time in Cancún, as hours after midnight in decimal form?",
    hours_of(landing),
)
ride_from, ride_to = D(2029, 5, 1), D(2029, 6, 30)
date_item(
    R7,
    f"I test-ride my rebuilds every Saturday and Sunday. How many weekend days are there from "
    f"{say(ride_from)} to {say(ride_to)} inclusive?",
    count_on(ride_from, ride_to, {SAT, SUN}),
)
roast_from, roast_to = D(2028, 10, 1), D(2028, 12, 31)
date_item(
    R8,
    f"We only do the roast on Sundays. How many Sundays are there from {say(roast_from)} to "
    f"{say(roast_to)}, both dates included?",
    count_on(roast_from, roast_to, {SUN}),
)
theory_day, wait_wk = D(2028, 5, 11), 19
date_item(
    R9,
    f"I passed my theory test on {say(theory_day)} and the first practical slot I could get is "
    f"{wait_wk} weeks later. What date is my practical?",
    theory_day + TD(weeks=wait_wk),
)
recall_from, recall_wk, nth_recall = D(2028, 12, 4), 26, 3
date_item(
    R10,
    f"A patient's recalls are every {recall_wk} weeks starting from their visit on "
    f"{say(recall_from)}. On what date is the third recall due?",
    recall_from + TD(weeks=recall_wk * nth_recall),
)
gig_in, gig_out = "20:30", "00:15"
date_item(
    R11,
    f"We're on from {gig_in} until {gig_out} at the jazz bar, breaks included. How long is that "
    "in hours, as a decimal?",
    clock_span(gig_in, gig_out, 3600),
)
charter_start, charter_nights = D(2029, 6, 16), 10
date_item(
    R12,
    f"Our flotilla charter starts on {sayw(charter_start)} and we keep the boat for "
    f"{charter_nights} nights. On which day of the week do we hand it back?",
    weekday(charter_start + TD(days=charter_nights)),
)
league_from, league_to = D(2028, 9, 6), D(2028, 12, 13)
assert league_from.weekday() == league_to.weekday() == WED
date_item(
    R13,
    f"Our games are on Wednesday nights from {say(league_from)} to {say(league_to)} inclusive, "
    "with no weeks off. How many match nights is that?",
    count_on(league_from, league_to, {WED}),
)
date_item(
    R14,
    "The litter pick is always the first Sunday of the month. What date is it in November 2028?",
    nth_weekday(2028, 11, SUN, 1),
)
swim_start, swim_n = D(2029, 1, 11), 10
date_item(
    R15,
    f"Toddler swim runs for {swim_n} weekly sessions in a row starting {sayw(swim_start)}. What "
    "date is the last session?",
    swim_start + TD(weeks=swim_n - 1),
)
march_first, march_last = D(2029, 3, 1), D(2029, 3, 31)
date_item(
    R16,
    "We share the drive on every Monday-to-Friday day. How many of those are there in March 2029?",
    count_on(march_first, march_last, {MON, TUE, WED, THU, FRI}),
)
slot_in, slot_out = "09:40", "13:10"
date_item(
    R17,
    f"The club field is booked for us from {slot_in} to {slot_out}. How many hours of flying "
    "time is that, as a decimal?",
    clock_span(slot_in, slot_out, 3600),
)
poker_first, poker_n = D(2029, 1, 12), 8
assert poker_first.weekday() == FRI
date_item(
    R18,
    f"Poker night is every other Friday, starting on {sayw(poker_first)}. What date is game "
    f"number {poker_n}?",
    poker_first + TD(weeks=2 * (poker_n - 1)),
)
stream_day, stream_at, my_off, ny_off = D(2029, 2, 20), "20:00", "+01:00", "-05:00"
date_item(
    R19,
    f"I go live at {stream_at} on {say(stream_day)} in Berlin ({my_off}). For viewers in New "
    f"York ({ny_off}), what hour of the day is that? Just the hour number on the 24-hour clock.",
    moment(stream_day, stream_at, my_off).astimezone(tz_of(ny_off)).hour,
)
date_item(
    R20,
    "Our sketchcrawl is on the last Saturday of every month. When is it in April 2029?",
    nth_weekday(2029, 4, SAT, -1),
)
ko_day, ko_at, hk_off, lima_off = D(2029, 4, 6), "10:30", "+08:00", "-05:00"
date_item(
    R21,
    f"Our first game kicks off at {ko_at} on {sayw(ko_day)} in Hong Kong ({hk_off}). What date "
    f"is it for the families watching at home in Lima ({lima_off}) at kick-off?",
    moment(ko_day, ko_at, hk_off).astimezone(tz_of(lima_off)).date(),
)
pass_day, pass_len = D(2029, 2, 17), 60
date_item(
    R22,
    f"A member bought a {pass_len}-day class pass on {say(pass_day)}, and the purchase day "
    "counts as day 1. What's the last day it's valid?",
    pass_day + TD(days=pass_len - 1),
)
made_day, asked_day = D(1968, 3, 21), D(2029, 3, 3)
date_item(
    R23,
    f"The extract from the archives says my watch was made on {say(made_day)}. How old is it in "
    f"whole years on {say(asked_day)}?",
    age(made_day, asked_day),
)
hen_day, wedding_day = D(2029, 4, 27), D(2029, 6, 2)
date_item(
    R24,
    f"The hen weekend starts {sayw(hen_day)} and the wedding is {sayw(wedding_day)}. How many "
    "days apart are they?",
    days(hen_day, wedding_day),
)
pup_born, pup_wk = D(2028, 8, 8), 8
date_item(
    R25,
    f"Our puppy was born on {say(pup_born)} and the breeder lets them go at {pup_wk} weeks old. "
    "What's the earliest date we can bring him home?",
    pup_born + TD(weeks=pup_wk),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- negatives, ordinary
for q in (
    "Why do so many deep-sea fish make their own light, and what do they use it for?",
    "How do stalactites form, and why do they take so long to grow?",
    "What keeps the animals around hydrothermal vents alive with no sunlight at all?",
    "Why have we mapped the surface of Mars in more detail than our own ocean floor?",
    "How do blind cave fish manage to find food in complete darkness?",
    "What gives some flooded caves and cenotes that unreal blue colour?",
    "Why aren't deep-sea creatures squashed flat by the pressure down there?",
    "How did the giant squid manage to stay a mystery to scientists for so long?",
    "Can you explain what marine snow is and why the deep ocean depends on it?",
    "Why do some big caves seem to have their own weather, with mist and breezes?",
):
    neg("ask-abyss-and-cavern-marvels", q)

for q in (
    (
        "My upstairs neighbour stomps around after midnight. How do I bring it up without "
        "starting a feud?"
    ),
    "Is it petty to ask my landlord to come and fix a dripping tap?",
    (
        "The neighbours' sycamore drops leaves all over our drive every autumn. How do I mention "
        "it nicely?"
    ),
    "How do I tell the couple next door that their dog howls all day while they're at work?",
    (
        "My flatmate's boyfriend has more or less moved in without paying anything. How do I "
        "raise it?"
    ),
    "Should I go and introduce myself to the new neighbours, or wait for them to knock?",
    "What's a polite way to ask a neighbour to stop parking across our shared access lane?",
    (
        "My landlord wants to show the flat to new tenants while I still live there. What's "
        "reasonable to ask for?"
    ),
    "How do I say no to a neighbour who keeps borrowing my tools and never brings them back?",
    "Is leaving a note through the door a cowardly way to complain about noise, or is it fine?",
):
    neg("ask-landlord-and-next-door-diplomacy", q)

for q in (
    (
        "Write a warm opening line for a best man's speech that doesn't rely on embarrassing "
        "stories."
    ),
    "Help me write a short eulogy for my grandad, who loved sea fishing and terrible puns.",
    "Draft a funny toast of about a hundred words for my sister's engagement party.",
    "Write a haiku about clearing your desk on the last day of a job you loved.",
    "Give me three different ways to end a retirement speech for a much-loved colleague.",
    "Write a short poem for a card to a friend who has just emigrated to New Zealand.",
    "Write a limerick about a cat who refuses to sleep in the expensive bed we bought it.",
    "Help me thank the bride's parents in my speech without sounding stiff or formal.",
    "Draft a heartfelt two-line message for a colleague's leaving card.",
    "Write the opening paragraph of a bedtime story about a mouse who lives in a lighthouse.",
):
    neg("ask-speeches-eulogies-and-card-verses", q)

for q in (
    "Why does `for (var i = 0; i < 3; i++) setTimeout(() => console.log(i))` log 3 three times?",
    (
        "Review this Go: `if err != nil { return nil }` inside a function returning (T, error). "
        "Bug or fine?"
    ),
    "What's wrong with `for f in $(ls *.txt); do rm $f; done` in bash?",
    "When should I use == instead of === in JavaScript, if ever?",
    "My goroutines sometimes print their output and sometimes don't before main exits. Why?",
    "Critique this pipeline: `cat access.log | grep 404 | wc -l`. Is it bad style?",
    "Why does `[] + {}` produce such a strange result in JavaScript?",
    "How should I wrap errors in Go so that the logs actually tell me where things failed?",
    (
        "Is putting `set -euo pipefail` at the top of every bash script a good habit? What are "
        "the gotchas?"
    ),
    (
        "My React component re-renders forever because I call setState in the function body. "
        "Why, and what's the fix?"
    ),
):
    neg("ask-javascript-go-and-shell-critique", q)

for q in (
    (
        "Why did the Industrial Revolution get going in Britain first rather than in France or "
        "China?"
    ),
    "Why did early railways use different track gauges, and how did they settle on one?",
    "How did canals lose out to the railways so quickly in the nineteenth century?",
    "Why were Victorian mill chimneys built so tall?",
    "What made the spinning jenny such a turning point for the textile trade?",
    "How did the railways end up forcing towns across Britain onto one standard time?",
    "How did the first factory laws limiting child labour come about?",
    "Why did steam locomotives eventually give way to diesel and electric trains?",
    "Why did so many industrial towns grow up right on top of coalfields?",
    "Were the Luddites really against technology, or was something else going on?",
):
    neg("ask-mills-steam-and-railway-whys", q)

for q in (
    "Abbey Road or Revolver: which is the better Beatles album, in your opinion?",
    "What makes The Wire so much more highly rated than other police dramas?",
    "I loved Succession. What should I binge next, and why?",
    "Was the last season of Game of Thrones really that bad, or is the hate overblown?",
    "Which Radiohead album should a complete newcomer start with?",
    "Breaking Bad or Better Call Saul: make the case for one of them.",
    "Suggest a handful of albums for a long drive through the night.",
    "Why do jazz fans rate Kind of Blue so highly?",
    "What's a comedy series to binge that isn't too cringe-inducing?",
    "Are remastered editions of albums worth buying if I already own the originals?",
):
    neg("ask-album-and-box-set-verdicts", q)

for q in (
    "Why are the flowers on my courgette plants dropping off before any fruit forms?",
    "My apple tree was loaded one summer and nearly bare the next. Why does that happen?",
    "Is netting brassicas worth the bother, or do the cabbage whites always win anyway?",
    "Why do my tomatoes split open after a heavy downpour?",
    "Should I prune my plum tree in winter the way I do the apples?",
    "Something is chewing ragged holes in my lettuces overnight. What could it be?",
    "Why do my carrots come out forked and twisted instead of straight?",
    "Is companion planting backed by evidence, or is it mostly garden folklore?",
    "My pear leaves have bright orange spots on them. What might that be?",
    "How do I tell when a butternut squash is ready to pick for winter storage?",
):
    neg("ask-veg-bed-and-fruit-tree-hunches", q)

for q in (
    "Where does the word 'gobsmacked' come from?",
    "Why do we call an on-screen mistake a 'blooper'?",
    "What's the origin of 'skint' meaning broke?",
    "Why is quitting something abruptly called going 'cold turkey'?",
    "Where did the word 'OK' actually come from?",
    "How did 'cheers' come to mean thank you in Britain?",
    "What's the story behind 'mind your Ps and Qs'?",
    "Why do people call gossip 'spilling the tea'?",
    "Where does the word 'naff' come from?",
    "How did 'cool' come to mean good or fashionable?",
):
    neg("ask-slang-and-phrase-origins", q)

for q in (
    "Why do crows gather in huge noisy roosts at dusk?",
    "Why are moths drawn to lights when it seems to do them no good?",
    "How does a honeybee swarm decide where to build its new home?",
    "Do magpies really steal shiny things, or is that a myth?",
    "Why do ants march in neat lines?",
    "Why do pigeons bob their heads back and forth as they walk?",
    "How do swifts manage to sleep while they're flying?",
    "Why do wasps seem to get so much more aggressive in late summer?",
    "How do starling murmurations stay so perfectly coordinated?",
    "Why do robins sing in the middle of the night near streetlights?",
):
    neg("ask-birdsong-and-insect-habits", q)

for q in (
    "Is it ethical to post photos of my children online before they're old enough to consent?",
    "Should AI-generated images have to be labelled on social media?",
    "Is it wrong to get a chatbot to write a personal apology for me?",
    "Should I tell a friend that I've muted their posts?",
    "Is it fair for employers to look through candidates' social media before hiring?",
    "Is using AI to help write a cover letter a form of cheating?",
    "Should under-16s be kept off social media altogether? Give me both sides.",
    "Is it okay to use an AI voice clone of a relative who has died?",
    "Is it hypocritical to criticise big tech companies while using their apps every day?",
    "Should influencers have to say when a photo has been edited or filtered?",
):
    neg("ask-ai-and-feed-etiquette-dilemmas", q)

# ---------------------------------------------------------------- negatives, near-positives
for q, note in (
    ("Which famous building has the postcode SW1A 2AA?", "a postcode is an identifier"),
    ("My combi boiler is showing fault F28. What does that usually mean?", "error code"),
    ("What's so special about driving Route 66?", "road number"),
    ("What is ISO 9001 and does a five-person firm really need it?", "standard number"),
    ("Why is the UK emergency number 999 rather than 911?", "phone number history"),
    ("Why is A4 paper a different shape from US Letter?", "paper names, not a conversion"),
    ("What's the practical difference between USB 3.1 and USB 3.2?", "version numbers"),
    ("For a laptop, 16 GB of DDR4 or 8 GB of DDR5?", "a judgement between specs"),
    ("What's the difference between type 1 and type 2 diabetes?", "numbers as names"),
    ("What was Article 50 and why did everyone talk about it?", "article number"),
    ("Where does the name 7-Eleven come from?", "number in a brand name"),
):
    neg("near-numbers-used-as-labels", q, note)

for q, note in (
    ("Walk me through a Fermi estimate of how many piano tuners work in London.", "Fermi"),
    ("Ballpark: how many golf balls would fit inside a double-decker bus?", "estimate"),
    ("Roughly how many words does a person speak in a lifetime?", "estimate, no figures"),
    ("Estimate how many croissants get sold in Paris every morning.", "Fermi, no figures"),
    ("Roughly how many trees would offset one long-haul return flight?", "estimate"),
    ("About how many people are up in the air on planes at any given moment?", "estimate"),
    ("How would you estimate the number of hairs on a human head?", "estimation method"),
    ("Ballpark how many bricks go into a three-bedroom semi.", "estimate, no figures"),
    ("Guess how many pizzas the UK eats on a Friday night, and show your reasoning.", "Fermi"),
):
    neg("near-back-of-envelope-guesses", q, note)

for q, note in (
    ("Why does adding up the digits tell you whether a number divides by 9?", "why, not what"),
    ("Why is dividing by a fraction the same as multiplying by it flipped?", "explanation"),
    ("Why does losing 50% need a 100% gain to get back to where you were?", "explanation"),
    ("Explain without formulas why compound interest beats simple interest.", "explanation"),
    ("Why does a negative times a negative come out positive?", "explanation"),
    ("Why is 0.999 recurring exactly equal to 1?", "explanation"),
    ("Why isn't 20% off followed by another 20% off the same as 40% off?", "explain the idea"),
    ("Why does the rule of 72 give roughly the doubling time?", "explanation"),
    ("What actually goes wrong if you try to divide by zero?", "explanation"),
):
    neg("near-why-the-arithmetic-works", q, note)

for q, note in (
    ("Write a Python function that adds 20% VAT to every price in a list.", "code to write"),
    ("Give me an Excel formula for the days between the dates in A2 and B2.", "a formula"),
    ("Write JavaScript that converts a Celsius form field to Fahrenheit.", "code to write"),
    ("How do I write a SQL query that totals sales by calendar month?", "code to write"),
    ("A bash one-liner to total the third column of a CSV file, please.", "code to write"),
    ("Write a Python function counting working days between two dates.", "code to write"),
    ("What Google Sheets formula gives compound interest on a balance?", "a formula"),
    ("Write a Rust function converting miles to kilometres, with unit tests.", "code to write"),
    ("How do I round money safely in JavaScript without float errors?", "code advice"),
):
    neg("near-code-that-does-the-sum", q, note)

for q, note in (
    ("My blood pressure came out at 138 over 88. Is that something to worry about?", "health"),
    ("What's the difference between an APR of 4.5% and an AER of 4.7%?", "meaning of rates"),
    ("My phone's battery health says 82%. Time to replace it?", "judgement"),
    ("What does a 60% chance of rain in the forecast actually mean?", "interpretation"),
    ("Is a credit score of 720 any good?", "interpretation"),
    ("What does a '1 in 100 year flood' really mean?", "interpretation"),
    ("Does SPF 50 mean I can stay in the sun fifty times longer?", "interpretation"),
    ("What does a p-value of 0.03 tell me about my experiment?", "interpretation"),
    ("What do the numbers in a tyre size like 205/55 R16 91V mean?", "codes, not sums"),
):
    neg("near-reading-the-figures", q, note)

for q, note in (
    ("Is a £1,200 bean-to-cup machine worth it if I buy two coffees a day?", "judgement"),
    ("Should I pay £15 a month for a gym I'd use twice a week at most?", "judgement"),
    ("Is it worth paying extra for a refundable hotel rate?", "judgement"),
    ("Is a £300 standing desk worth it for working from home?", "judgement"),
    ("Should I overpay my mortgage or put the money into an index fund?", "judgement"),
    ("Is an extended warranty on a £500 TV ever worth buying?", "judgement"),
    ("Is a railcard worth getting if I only take the train a few times a year?", "judgement"),
    ("Do I need £80 running shoes as a beginner, or are £30 ones fine?", "judgement"),
    ("Is upgrading from an iPhone 13 to the newest model worth the money?", "judgement"),
):
    neg("near-worth-the-money", q, note)

for q, note in (
    ("How many bones does an adult human skeleton have?", "a fact, nothing to compute"),
    ("In what year was the Eiffel Tower completed?", "a historical fact"),
    ("How high is Ben Nevis?", "a fact"),
    ("Roughly what's the population of Iceland?", "a fact"),
    ("How long is the Great Wall of China end to end?", "a fact"),
    ("Does water boil cooler on top of Kilimanjaro, and by roughly how much?", "a fact"),
    ("How many time zones does Russia span?", "a fact"),
    ("When was the first Harry Potter book published?", "a fact"),
    ("Who holds the men's marathon world record, and what's the time?", "a fact"),
):
    neg("near-figures-nobody-gave", q, note)

# ---------------------------------------------------------------- negatives, conversations
for turns, note in (
    (
        [
            (U, "Split a £186 dinner bill between 6 people?"),
            (A, "That's £31 each."),
            (
                U,
                (
                    "Great. Write a cheeky group-chat message asking everyone to send me their "
                    "share, with a joke about who ordered the lobster."
                ),
            ),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "What's 15% off a £240 sofa?"),
            (A, "£204."),
            (
                U,
                (
                    "Write a short, polite email asking the shop whether they'll give the same "
                    "discount on the matching armchair."
                ),
            ),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "How many days from 2 March 2029 to 18 April 2029?"),
            (A, "47 days."),
            (
                U,
                (
                    "Nice. Now write an upbeat countdown post for our running club's page about "
                    "the race."
                ),
            ),
        ],
        "writing after a date count",
    ),
    (
        [
            (U, "convert 10 km to miles"),
            (A, "About 6.21 miles."),
            (U, "Write a two-line caption for my first 10K finish photo that isn't cheesy."),
        ],
        "writing after a conversion",
    ),
    (
        [
            (U, "£1,450 rent split three ways?"),
            (A, "£483.33 each, with one person paying a penny extra."),
            (
                U,
                (
                    "Draft a tactful message to my housemates suggesting we split by room size "
                    "instead."
                ),
            ),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "The bake sale took £312 and ingredients cost £47. Profit?"),
            (A, "£265."),
            (
                U,
                (
                    "Write a thank-you paragraph for the school newsletter celebrating the "
                    "volunteers."
                ),
            ),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "How many weeks from 7 July 2029 to 1 September 2029?"),
            (A, "8 weeks."),
            (
                U,
                (
                    "Write a cheerful reminder to parents to get uniform orders in before term "
                    "starts."
                ),
            ),
        ],
        "writing after a date span",
    ),
):
    conv("conv-sum-then-write-it-up", turns, note)

for turns, note in (
    (
        [
            (U, "I'm thinking of going part-time at work."),
            (A, "Happy to help you think it through. What are your hours and pay now?"),
            (U, "I'd rather not get into numbers yet. What should I be asking myself first?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "We want to buy our first house next spring."),
            (A, "Exciting! Do you know your budget or deposit yet?"),
            (U, "Not yet. What should we sort out before we even talk to a broker?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "I want to plan training for a half marathon."),
            (A, "When's the race, and how much are you running each week at the moment?"),
            (U, "No race picked yet. What general principles should a plan follow?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "My landlord says the rent is going up."),
            (A, "By how much, and what does your tenancy agreement say about increases?"),
            (U, "I haven't seen the letter yet. How should I prepare for talking to him?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "I'm starting to save for a car."),
            (A, "What price range do you have in mind?"),
            (U, "No idea yet. New or used — what should I weigh up before deciding?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "Our team's budget for the away day is being cut."),
            (A, "Do you know what the new budget will be?"),
            (U, "Not yet. How do I decide which activities are worth fighting to keep?"),
        ],
        "advice with the figures still missing",
    ),
    (
        [
            (U, "I'm going freelance in the spring."),
            (A, "What day rate are you thinking of charging?"),
            (U, "That's exactly what I'm stuck on. How do freelancers usually settle on a rate?"),
        ],
        "advice with the figures still missing",
    ),
):
    conv("conv-advice-before-any-figures", turns, note)

for turns, note in (
    (
        [
            (U, "What's 4% of £28,000?"),
            (A, "£1,120."),
            (
                U,
                (
                    "That's my pay rise. With prices going up the way they are, should I push "
                    "back or take it?"
                ),
            ),
        ],
        "a judgement after a figure",
    ),
    (
        [
            (U, "How far is 21.1 km in miles?"),
            (A, "About 13.11 miles."),
            (
                U,
                (
                    "That's a half marathon. Can a complete non-runner realistically be ready "
                    "for one by the autumn?"
                ),
            ),
        ],
        "a judgement after a conversion",
    ),
    (
        [
            (U, "Days between 1 June 2029 and 30 August 2029?"),
            (A, "90 days."),
            (U, "Is that enough time to get to basic conversational Italian before our trip?"),
        ],
        "a judgement after a date span",
    ),
    (
        [
            (U, "£35 a week over 52 weeks?"),
            (A, "£1,820."),
            (U, "That's my takeaway habit. Honestly, is that a lot for someone living alone?"),
        ],
        "a judgement after a sum",
    ),
    (
        [
            (U, "What's 18% of 95?"),
            (A, "17.1."),
            (
                U,
                (
                    "The card reader suggested that as a tip in New York. Is 18% normal there or "
                    "on the high side?"
                ),
            ),
        ],
        "a judgement after a sum",
    ),
    (
        [
            (U, "What's 183 cm in feet and inches?"),
            (A, "About 6 ft 0 in."),
            (U, "Is that tall enough to be a decent goalkeeper in Sunday league football?"),
        ],
        "a judgement after a conversion",
    ),
    (
        [
            (U, "3 hours 20 minutes in minutes?"),
            (A, "200 minutes."),
            (U, "That's my daily phone screen time. Should I be worried about it?"),
        ],
        "a judgement after a sum",
    ),
):
    conv("conv-verdict-on-the-result", turns, note)

for turns, note in (
    (
        [
            (U, "What's 25% of 80?"),
            (A, "20."),
            (U, "How do I explain to my nine-year-old why a quarter and 25% are the same?"),
        ],
        "the reasoning behind an answer",
    ),
    (
        [
            (U, "How many days are in 2028?"),
            (A, "366, because 2028 is a leap year."),
            (U, "Why do we have leap years at all, and why do some century years skip them?"),
        ],
        "the reasoning behind an answer",
    ),
    (
        [
            (U, "0 °C in Fahrenheit?"),
            (A, "32 °F."),
            (U, "Why did Fahrenheit choose such odd fixed points for his scale?"),
        ],
        "history behind a conversion",
    ),
    (
        [
            (U, "What's 7 × 8?"),
            (A, "56."),
            (U, "What's a good trick for helping a child remember that one?"),
        ],
        "teaching, not computing",
    ),
    (
        [
            (U, "1 mile is how many km?"),
            (A, "1.609344 km."),
            (U, "Why is a mile that length in the first place? Where did it come from?"),
        ],
        "history behind a unit",
    ),
    (
        [
            (U, "2 to the power 10?"),
            (A, "1,024."),
            (U, "Why do computers size memory in powers of two rather than tens?"),
        ],
        "the reasoning behind an answer",
    ),
    (
        [
            (U, "100 divided by 3?"),
            (A, "33.333…, with the 3 recurring forever."),
            (U, "Why does that one never end when 100 divided by 4 stops neatly?"),
        ],
        "the reasoning behind an answer",
    ),
):
    conv("conv-why-that-answer", turns, note)

for turns, note in (
    (
        [
            (U, "I've just started reading 1984."),
            (A, "A classic. How are you finding it so far?"),
            (U, "Gripping. Why did Orwell pick that particular year for the title?"),
        ],
        "a year in a title",
    ),
    (
        [
            (U, "We watched 12 Angry Men last night."),
            (A, "A brilliant film. What did you think?"),
            (U, "Loved it. Why do people say it still matters for how juries work today?"),
        ],
        "a number in a film title",
    ),
    (
        [
            (U, "My book club has picked Catch-22 for next time."),
            (A, "Good choice — it's funny and bleak at once."),
            (U, "How did 'catch-22' turn into an everyday phrase?"),
        ],
        "a number in a book title",
    ),
    (
        [
            (U, "I've had 99 Luftballons stuck in my head all day."),
            (A, "It's a very catchy song."),
            (U, "What is it actually about? I never knew the German lyrics."),
        ],
        "a number in a song title",
    ),
    (
        [
            (U, "I'm giving a talk on Apollo 13 at school."),
            (A, "Great topic! What angle are you taking?"),
            (U, "The rescue. What went wrong on the mission, and how did they get home?"),
        ],
        "a number in a mission name",
    ),
    (
        [
            (U, "Listening to Beethoven's 9th on the train."),
            (A, "Perfect travelling music."),
            (U, "How did the Ode to Joy end up as the European anthem?"),
        ],
        "a number in a symphony name",
    ),
    (
        [
            (U, "Just finished Fahrenheit 451."),
            (A, "What did you make of it?"),
            (
                U,
                (
                    "I can't decide whether it's mainly about censorship or about television. "
                    "What's your reading?"
                ),
            ),
        ],
        "a number in a book title",
    ),
):
    conv("conv-numbers-in-titles-and-names", turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 117
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 117: {reused}"
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
