r"""Generate heldout-2027-03-28.jsonl: a hundred-and-fifteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-28 by a helper session working only in /work/sealed115, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-03-28.jsonl, PREFIX "ho115-", earlier generators 1-114, register check against sets
19 to 114); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed115/earlier_registers.txt (2252 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats one
  (near matches such as bouldering_gym_route_setter, escape_room_designer, mobile_dog_groomer,
  school_sports_day_organiser or student_flatshare_bills led to different choices);
- of the copied script (2203 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-316), the units set-up (620-680), the datetime set-up (904-988),
  the negatives set-up with neg/conv (1290-1297), and the weekday check, checks and output
  (1980-2203).
The previous set's question sections were never viewed: only the lengths of the lines next to
each boundary were printed, the boundary lines read above were asserted by a cutting script, and
lines 317-619, 681-903, 989-1289 and 1298-1979 were cut out by line number, with four new
sections written from scratch in scratch files (since deleted). No git history, web or code
search, router, tools, tests, other files under /work/main or other generators were read (the
script imports earlier generators itself, in memory, for its duplicate and register checks). No
JSONL was read; this script's items were imported in memory by a one-off command to read each
positive's expected value beside its text.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a houseboat liveaboard couple,
  an a cappella group treasurer, an allergy-aware party parent, an amateur astrophotographer, a
  vertical farm start-up grower, a wildlife camera-trap survey, a cross-stitch pattern seller, a
  home espresso enthusiast, an ultra trail runner in training, a garage band's first tour, a
  stamp collector bidding at auction, a language-learning streak keeper, grandparents on a rail
  tour, a volunteer clinic interpreter, a vintage sewing machine restorer, a graduate budgeting
  for a first job, a DIY standing-desk builder, a community tool library, a teenager's
  babysitting business, a plant swap organiser, a retiree learning to sail, a couch-to-5K
  beginner, a rescue greyhound adopter, a school debate team coach and an apartment balcony
  gardener), each register used by all three tools, the first six with two items per tool.
  Phrasing varies: statements, questions, imperatives, lowercase, numbers in words, pounds,
  pence, dollars and euros, symbols and written-out units, British and American date forms,
  extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, at most three decimals for the calculator and whole
  cents for money via cents(), with whole_up where only whole bags or whole items count),
  exact unit definitions (inch, foot, yard, mile, international nautical mile, knot,
  avoirdupois pound and ounce, acre, hectare, litre, cubic foot and inch, psi, bar, GiB/MiB,
  km/h and mph, Celsius/Fahrenheit) for conversions, graded exactly when the result terminates
  in at most three decimals and at 0.1% otherwise (unit_r also asserting that an answer rounded
  to two decimals still passes), and datetime/date arithmetic for dates, weekdays, ages, spans,
  inclusive day counts, whole weeks, weekly sessions, working days, nth and last weekdays, clock
  intervals across midnight, and fixed offsets written as +05:30 or -07:00 (converted with
  tz-aware datetimes). Weekdays written next to dates come from the computed date (sayw, sayus),
  and the weekdays the prose relies on were asserted.
- 200 negatives: 100 ordinary ones in ten topics (space and sky wonders, friendship and family
  advice, lyrics, limericks and speeches, Python, SQL and shell troubleshooting, the ancient
  world and its empires, ethics thought experiments, board game and esport strategy, sleep, food
  and exercise explainers, travel customs and etiquette, economics ideas explained), 65
  near-negatives shaped like positives but needing the model (codes and identifiers,
  back-of-envelope guesstimates, proofs and concepts, programs to write, interpreting stated
  figures, worth-it judgements, facts not given, statistical reasoning), and 35 conversations in
  which an earlier turn sets a rule the last turn asks a judgement or wording about, or the last
  turn asks for writing after a sum, for a result whose figures are still missing, for an
  opinion after an answer, for the method behind an answer, or about numbers that are names and
  codes; none ends in a plain exact question that the earlier turns leave unchanged. Symbolic
  algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 114,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), and a read-through of every positive's expected value beside its text. The
cutting script's boundary assertions passed first time. While drafting, three rounded unit
figures whose two-decimal answers would have missed the 0.1% tolerance (1,500 metres to miles,
3.5 acres to hectares, 35 psi to bar) were replaced by 15,000 metres, 35 acres and 58 psi
before the first run. In the first generator run every check passed up to the duplicate check,
which flagged 14 queries matching earlier sets word for word (six plain positives: one
calculator, two datetime, three units; and eight single-turn negatives); all were reworded, and
the six positives also got new figures or dates (17.5 per cent of 3,920, 16 October 1987, New
Year's Day 2036, 57 miles, 3.25 GiB, 3.1 bar), computed in code. The next run passed. Ruff
check then reported 25 ISC004 implicit concatenations, which were parenthesised; after ruff
format, twelve lines over 99 columns were fixed (ten by moving words between the two string
pieces, two by shortening the question) and three redundant parentheses around single strings
were removed. The read-through found one conversation whose assistant turn said "just under 12
weeks" for a span of exactly 12 weeks (6 January to 31 March 2031); it was corrected, and the
script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_115.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-28.jsonl"
PREFIX = "ho115-"
# earlier generators: sets 1-114 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 115))
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


def cents(x):
    """A money amount that must come out in whole cents (or pence)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# plain one-line questions
calc(P, "Work out 17.5 per cent of 3,920.", pct("17.5") * 3920)
calc(P, "Work out 3,906 divided by 42.", F(3906, 42))
calc(P, "(48 + 27) × 16 − 305 = ?", (48 + 27) * 16 - 305)
calc(P, "what's 0.375 times 1,928", dec("0.375") * 1928)
calc(P, "Calculate 7 to the power of 5, minus 9,999.", 7**5 - 9999)
_root = math.isqrt(50625)
assert _root * _root == 50625
calc(P, "Find the square root of 50,625.", _root)
calc(P, "How much is two fifths of three eighths of 1,600?", F(2, 5) * F(3, 8) * 1600)
calc(
    P,
    "Add up 1,284.65, 392.18 and 77.09 for me.",
    dec("1284.65") + dec("392.18") + dec("77.09"),
)
calc(P, "Increase 865 by 12 percent.", 865 * (1 + pct(12)))
calc(P, "Reduce 1,440 by three eighths of itself.", 1440 * (1 - F(3, 8)))
calc(P, "Mean of 84, 91, 77, 66 and 95?", F(84 + 91 + 77 + 66 + 95, 5))
calc(P, "Multiply 246 by 38, then take away 1,111.", 246 * 38 - 1111)
calc(P, "13 is 26% of which number?", 13 / pct(26))
calc(P, "Compute 14.4 ÷ 0.032", dec("14.4") / dec("0.032"))

# houseboat_liveaboard_couple
R = "houseboat_liveaboard_couple"
calc(
    R,
    (
        "We live on a narrowboat. The canal licence is £1,146 a year and our mooring is £385 a "
        "quarter. Split evenly between the two of us, what does each of us pay per year for "
        "licence plus mooring?"
    ),
    cents(F(1146 + 4 * 385, 2)),
)
calc(
    R,
    (
        "The diesel heater on our houseboat burns 0.6 litres an hour. We run it 7 hours every "
        "evening for 30 evenings and diesel is £1.48 a litre. What does that heating cost us?"
    ),
    cents(dec("0.6") * 7 * 30 * dec("1.48")),
)

# a_cappella_group_treasurer
R = "a_cappella_group_treasurer"
calc(
    R,
    (
        "Treasurer hat on: our a cappella group has 23 singers paying £12 subs per term, except "
        "4 of them who pay half price. The rehearsal hall is £190 a term. How much is left over "
        "after the hall is paid?"
    ),
    cents((23 - 4) * 12 + 4 * F(12, 2) - 190),
)
calc(
    R,
    (
        "For the spring concert we sold 148 full-price tickets at $14 and 37 student tickets at "
        "$9. The ticketing website keeps 6% of the gross. How much reaches the group's account?"
    ),
    cents((148 * 14 + 37 * 9) * (1 - pct(6))),
)

# allergy_aware_party_parent
R = "allergy_aware_party_parent"
calc(
    R,
    (
        "I'm making nut-free party bags for 14 children. Each bag gets a £1.35 certified "
        "nut-free chocolate bar, two stickers at 15p each and an 89p bubble wand. What do the "
        "bags cost altogether?"
    ),
    cents(14 * (dec("1.35") + 2 * dec("0.15") + dec("0.89"))),
)
calc(
    R,
    (
        "The gluten-free sponge recipe uses 320 g of gluten-free flour for 8 slices, but I need "
        "22 slices for the party. How many grams of flour should I weigh out?"
    ),
    F(320, 8) * 22,
)

# amateur_astrophotographer
R = "amateur_astrophotographer"
calc(
    R,
    (
        "I shot 184 sub-exposures of 45 seconds each on the Orion Nebula, then binned 19 of "
        "them because cloud drifted through. How many seconds of integration do I have left?"
    ),
    (184 - 19) * 45,
)
calc(
    R,
    (
        "A telescope is €1,290 and the mount €845. The shop takes 8% off the bundle and gives "
        "me €230 for my old mount as a trade-in. What do I end up paying?"
    ),
    cents((1290 + 845) * (1 - pct(8)) - 230),
)

# vertical_farm_startup_grower
R = "vertical_farm_startup_grower"
calc(
    R,
    (
        "Our vertical farm has 18 grow towers holding 40 lettuce plugs each. We lose 5% of the "
        "plants before harvest and sell the rest at 85p a head. What's the revenue per cycle "
        "in pounds?"
    ),
    cents(18 * 40 * (1 - pct(5)) * dec("0.85")),
)
calc(
    R,
    (
        "the LED racks pull 9.5 kW and run 16 hours a day. at 21.5p per kWh, what's the daily "
        "lighting bill in pounds?"
    ),
    cents(dec("9.5") * 16 * dec("0.215")),
)

# wildlife_camera_trap_survey
R = "wildlife_camera_trap_survey"
calc(
    R,
    (
        "We put out 12 camera traps for 21 nights each, but 3 of them had flat batteries for 4 "
        "nights apiece. How many working trap-nights did the survey get?"
    ),
    12 * 21 - 3 * 4,
)
calc(
    R,
    (
        "From 240 trap-nights we logged 54 badger detections. Express that as detections per "
        "100 trap-nights."
    ),
    F(54, 240) * 100,
)

# cross_stitch_pattern_seller
R = "cross_stitch_pattern_seller"
_price = dec("6.50")
_fee = dec("0.20") + pct("6.5") * _price + pct(4) * _price + dec("0.20")
calc(
    R,
    (
        "I sell cross-stitch PDF patterns at £6.50. Last quarter I sold 312. The marketplace "
        "charges 20p per sale plus 6.5% of the price, and the card processor takes 4% plus "
        "another 20p per sale. How much do I actually clear?"
    ),
    cents(312 * (_price - _fee)),
)

# home_espresso_enthusiast
R = "home_espresso_enthusiast"
calc(
    R,
    (
        "My espresso machine was $689 and the grinder $249. A café flat white costs me $4.75, "
        "and one made at home costs $0.85 in beans and milk. How many home-made flat whites "
        "before the kit has paid for itself?"
    ),
    whole_up(F(689 + 249) / (dec("4.75") - dec("0.85"))),
)

# ultra_trail_runner_in_training
R = "ultra_trail_runner_in_training"
_week = dec("12.5") + 18 + dec("9.5") + 34
calc(
    R,
    (
        "My training week is four runs: 12.5 km, 18 km, 9.5 km and a 34 km long run. The block "
        "is 16 weeks, all at that volume except 3 taper weeks at half distance. Total km?"
    ),
    (16 - 3) * _week + 3 * _week / 2,
)

# garage_band_first_tour
R = "garage_band_first_tour"
_doors = (420, 180, 610, 260, 350, 505)
_gigs = sum(150 + pct(70) * max(0, d - 200) for d in _doors)
calc(
    R,
    (
        "First tour! Six gigs, each paying a £150 guarantee plus 70% of the door above the first "
        "£200. The doors were £420, £180, £610, £260, £350 and £505. Van hire is £640. Split "
        "five ways (four of us plus our sound engineer), what does each person get?"
    ),
    cents((_gigs - 640) / 5),
)

# stamp_collector_auction_bidder
R = "stamp_collector_auction_bidder"
calc(
    R,
    (
        "I won a lot of Victorian stamps at a hammer price of £340. Buyer's premium is 22%, VAT "
        "at 20% is charged on the premium only, and postage is £7.50. What's my total bill?"
    ),
    cents(340 + 340 * pct(22) * (1 + pct(20)) + dec("7.50")),
)

# language_learning_streak_keeper
R = "language_learning_streak_keeper"
calc(
    R,
    (
        "I learn 12 new Spanish words each weekday and 20 on each weekend day. How many new "
        "words is that over 9 full weeks?"
    ),
    9 * (5 * 12 + 2 * 20),
)

# grandparents_rail_tour
R = "grandparents_rail_tour"
calc(
    R,
    (
        "My wife and I each need a €512 rail pass, and the seniors' discount takes 10% off the "
        "passes. Seat reservations average €11 a trip and we'll each make 13 trips. What's the "
        "total for the two of us?"
    ),
    cents(2 * 512 * (1 - pct(10)) + 2 * 13 * 11),
)

# volunteer_clinic_interpreter
R = "volunteer_clinic_interpreter"
calc(
    R,
    (
        "I interpret at the clinic on Mondays and Thursdays, and mileage is paid at 45p a mile "
        "for my 14-mile round trip each day. How much mileage can I claim for 11 weeks?"
    ),
    cents(11 * 2 * 14 * dec("0.45")),
)

# vintage_sewing_machine_restorer
R = "vintage_sewing_machine_restorer"
calc(
    R,
    (
        "I bought 5 old sewing machines at £35 each, spent £18.40 per machine on belts and oil "
        "plus £62 altogether on decals, and sold them for £129, £145, £99, £160 and £118. "
        "What was my profit?"
    ),
    cents(129 + 145 + 99 + 160 + 118 - (5 * 35 + 5 * dec("18.40") + 62)),
)

# first_job_graduate_budgeting
R = "first_job_graduate_budgeting"
_salary = 28500
calc(
    R,
    (
        "First graduate job: £28,500 salary. I pay 20% tax on everything above £12,570, and my "
        "pension takes 5% of the full salary. Ignoring anything else, what's my take-home per "
        "calendar month (a twelfth of the year)?"
    ),
    cents((_salary - pct(20) * (_salary - 12570) - pct(5) * _salary) / 12),
)

# standing_desk_diy_builder
R = "standing_desk_diy_builder"
calc(
    R,
    (
        "Building my own standing desk: frame $279, a solid oak top $214, cable tray and clips "
        "$36, all plus 8% sales tax. What's the grand total?"
    ),
    cents((279 + 214 + 36) * (1 + pct(8))),
)

# community_tool_library
R = "community_tool_library"
calc(
    R,
    (
        "Our tool library charges non-members £4 per borrow, or membership is £30 a year with "
        "free borrowing. What's the smallest number of borrows in a year at which membership is "
        "the cheaper choice?"
    ),
    whole_up(F(30, 4)),
)

# teen_babysitting_business
R = "teen_babysitting_business"
calc(
    R,
    (
        "I charge $16 an hour before 10 pm and $20 an hour after 10 pm. A family booked me from "
        "6:30 pm until 12:15 am. What do they owe me?"
    ),
    cents(dec("3.5") * 16 + dec("2.25") * 20),
)

# plant_swap_organiser
R = "plant_swap_organiser"
calc(
    R,
    (
        "At the plant swap 45 people brought 3.4 plants each on average and 131 plants found new "
        "homes. We sold every leftover plant for £1.50. How much did the leftovers raise?"
    ),
    cents((45 * dec("3.4") - 131) * dec("1.50")),
)

# retiree_learning_to_sail
R = "retiree_learning_to_sail"
calc(
    R,
    (
        "Learning to sail at 67: the dinghy course is £465, waterproofs £189 and a buoyancy aid "
        "£72. The club knocks 15% off the course fee for over-65s. What's the total outlay?"
    ),
    cents(465 * (1 - pct(15)) + 189 + 72),
)

# couch_to_5k_beginner
R = "couch_to_5k_beginner"
calc(
    R,
    (
        "Week five of my running plan has three sessions. Each is a 5-minute warm-up walk, then "
        "3 rounds of 5 minutes running and 3 minutes walking, then a 5-minute cool-down. How "
        "many minutes of actual running do I do that week?"
    ),
    3 * 3 * 5,
)

# rescue_greyhound_adopter
R = "rescue_greyhound_adopter"
calc(
    R,
    (
        "Adopting a retired greyhound: £250 adoption fee, a fleece coat at £34, a muzzle at "
        "£12.50, and food at £1.85 a day for the first 8 weeks. What's the total?"
    ),
    cents(250 + 34 + dec("12.50") + dec("1.85") * 8 * 7),
)

# school_debate_team_coach
R = "school_debate_team_coach"
calc(
    R,
    (
        "I'm taking 3 debate teams to regionals. Entry is $45 per team, plus a $12 judging fee "
        "per team per round, and every team debates 5 rounds. What's the school's bill?"
    ),
    3 * 45 + 3 * 5 * 12,
)

# apartment_balcony_gardener
R = "apartment_balcony_gardener"
_litres = dec("1.2") * dec("0.35") * dec("0.3") * 1000
calc(
    R,
    (
        "My balcony trough is 1.2 m long, 0.35 m wide and 0.3 m deep. Compost comes in 50-litre "
        "bags at €7.99 and I can only buy whole bags. What will filling the trough cost?"
    ),
    cents(whole_up(_litres / 50) * dec("7.99")),
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


LITRE = F(1, 1000)  # m^3
NMI = F(1852)  # m, international nautical mile
KNOT = NMI / 3600  # m/s
CM = F(1, 100)
MM = F(1, 1000)
KM = F(1000)
GRAM = F(1, 1000)  # kg
HECTARE = F(10**4)  # m^2
assert KNOT * 3600 / 1000 == dec("1.852") and HECTARE / ACRE > dec("2.47")

# plain one-line questions
unit_r(P, "How many kilometres are 57 miles?", 57 * MI / KM)
unit(P, "How many centimetres tall is a person of 5 feet 9 inches?", (5 * FT + 9 * IN) / CM, EXACT)
unit_r(P, "83 kg in pounds?", 83 / LB)
unit(P, "What is minus 12 degrees Celsius in Fahrenheit?", c_to_f(-12), EXACT)
unit(P, "A reading of 98.6 °F equals how many °C?", f_to_c(dec("98.6")), EXACT)
unit_r(P, "express 35 acres in hectares", 35 * ACRE / HECTARE)
unit_r(P, "How many square feet are there in 30 square metres?", 30 / SQFT)
unit_r(P, "Turn 15,000 metres into miles, please.", 15000 / MI)
unit_r(P, "65 mph is how many km/h?", 65 * MPH / KMH)
unit(P, "3.25 GiB is how many MiB?", dec("3.25") * GIB / MIB, EXACT)
unit_r(P, "Express a pressure of 3.1 bar in psi.", dec("3.1") * BAR / PSI)
unit_r(P, "How many ounces make up 2.2 kilograms?", dec("2.2") / OZ)
unit(P, "250 yards = ? metres", 250 * YD, EXACT)
unit_r(P, "What is 2.5 cubic metres in cubic feet?", dec("2.5") / CUFT)

# houseboat_liveaboard_couple
R = "houseboat_liveaboard_couple"
unit_r(R, "Our narrowboat is 57 feet long. What's that in metres, for the marina form?", 57 * FT)
unit_r(
    R,
    "The canal speed limit is 4 mph. What is that in kilometres per hour?",
    4 * MPH / KMH,
)

# a_cappella_group_treasurer
R = "a_cappella_group_treasurer"
unit_r(
    R,
    (
        "The church we're hiring has a performing area 24 feet wide and 14 feet deep. What's "
        "the area in square metres?"
    ),
    24 * 14 * SQFT,
)
unit(
    R,
    "Our concert recording came to 2.6 GiB and the cloud plan bills in MiB. How many MiB is it?",
    dec("2.6") * GIB / MIB,
    EXACT,
)

# allergy_aware_party_parent
R = "allergy_aware_party_parent"
unit_r(
    R,
    "The allergen-free chocolate bars are 1.5 oz each. How many grams is one bar?",
    dec("1.5") * OZ / GRAM,
)
unit_r(
    R,
    (
        "The American free-from cake recipe says to bake at 350 °F. What temperature is that "
        "in Celsius?"
    ),
    f_to_c(350),
)

# amateur_astrophotographer
R = "amateur_astrophotographer"
unit(
    R,
    "My dark-sky site sits at 2,350 feet above sea level. How many metres is that?",
    2350 * FT,
    EXACT,
)
unit_r(
    R,
    "The dew heater strap for my lens is 48 cm long. How long is it in inches?",
    48 * CM / IN,
)

# vertical_farm_startup_grower
R = "vertical_farm_startup_grower"
unit_r(
    R,
    "We're leasing a 1,200 square foot grow room. Convert that to square metres.",
    1200 * SQFT,
)
unit_r(
    R,
    "The nutrient line pressure gauge reads 58 psi. What is that in bar?",
    58 * PSI / BAR,
)

# wildlife_camera_trap_survey
R = "wildlife_camera_trap_survey"
unit(
    R,
    "Our camera traps sit on a grid 0.75 miles apart. What's that spacing in metres?",
    dec("0.75") * MI,
    EXACT,
)
unit_r(
    R,
    "The survey block covers 640 acres. How many square kilometres is that?",
    640 * ACRE / (KM * KM),
)

# cross_stitch_pattern_seller
R = "cross_stitch_pattern_seller"
unit(
    R,
    (
        "On 14-count Aida (14 stitches to the inch) a design 196 stitches wide comes out how "
        "many centimetres wide?"
    ),
    F(196, 14) * IN / CM,
    EXACT,
)

# home_espresso_enthusiast
R = "home_espresso_enthusiast"
unit_r(
    R,
    "My espresso machine's pump is rated at 15 bar. What is that in psi?",
    15 * BAR / PSI,
)

# ultra_trail_runner_in_training
R = "ultra_trail_runner_in_training"
unit_r(
    R,
    "My target race is a 100 km mountain ultra. How far is that in miles?",
    100 * KM / MI,
)

# garage_band_first_tour
R = "garage_band_first_tour"
unit_r(
    R,
    (
        "The drive from our first gig to the second is 187 miles in the van. How many "
        "kilometres is that?"
    ),
    187 * MI / KM,
)

# stamp_collector_auction_bidder
R = "stamp_collector_auction_bidder"
unit(
    R,
    "The catalogue gives the stamp's width as 0.87 inches. What's the width in millimetres?",
    dec("0.87") * IN / MM,
    EXACT,
)

# language_learning_streak_keeper
R = "language_learning_streak_keeper"
unit_r(
    R,
    (
        "In my Spanish reading exercise the pilgrims walk 13 kilometres a day. How many miles "
        "is that a day?"
    ),
    13 * KM / MI,
)

# grandparents_rail_tour
R = "grandparents_rail_tour"
unit_r(
    R,
    (
        "Grandad wants to know: the high-speed train tops out at 300 km/h. What's that in "
        "miles per hour?"
    ),
    300 * KMH / MPH,
)

# volunteer_clinic_interpreter
R = "volunteer_clinic_interpreter"
unit(
    R,
    (
        "A patient tells me her fever was 39.2 °C. The visiting American doctor wants it in "
        "Fahrenheit. What do I tell him?"
    ),
    c_to_f(dec("39.2")),
    EXACT,
)

# vintage_sewing_machine_restorer
R = "vintage_sewing_machine_restorer"
unit_r(
    R,
    "A cast-iron sewing machine head weighs 31 lb. How many kilograms is it?",
    31 * LB,
)

# first_job_graduate_budgeting
R = "first_job_graduate_budgeting"
unit_r(
    R,
    "The flat I'm renting is listed at 540 sq ft. What's that in square metres?",
    540 * SQFT,
)

# standing_desk_diy_builder
R = "standing_desk_diy_builder"
unit(
    R,
    "My desk frame raises to 47.5 inches at its highest. What height is that in cm?",
    dec("47.5") * IN / CM,
    EXACT,
)

# community_tool_library
R = "community_tool_library"
unit_r(
    R,
    (
        "The hedge trimmer's fuel tank holds 1.2 litres. How many cubic inches is that, for "
        "the old manual?"
    ),
    dec("1.2") * LITRE / (IN * IN * IN),
)

# teen_babysitting_business
R = "teen_babysitting_business"
unit_r(
    R,
    "The family's baby monitor has a range of 300 metres. How many feet is that?",
    300 / FT,
)

# plant_swap_organiser
R = "plant_swap_organiser"
unit_r(
    R,
    "The church hall for the plant swap measures 18 m by 11 m. What's that in square feet?",
    18 * 11 / SQFT,
)

# retiree_learning_to_sail
R = "retiree_learning_to_sail"
unit(
    R,
    "On my first cruise we made 6.5 knots. How many kilometres per hour is that?",
    dec("6.5") * KNOT / KMH,
    EXACT,
)

# couch_to_5k_beginner
R = "couch_to_5k_beginner"
unit_r(
    R,
    "I set the treadmill to 6.2 mph for my run. What speed is that in km/h?",
    dec("6.2") * MPH / KMH,
)

# rescue_greyhound_adopter
R = "rescue_greyhound_adopter"
unit_r(
    R,
    "Our rescue greyhound weighs 32 kg. The US adoption group asks for pounds. How many?",
    32 / LB,
)

# school_debate_team_coach
R = "school_debate_team_coach"
unit(
    R,
    (
        "The tournament rules say the debate hall must be kept at 68 °F. What is that in "
        "degrees Celsius?"
    ),
    f_to_c(68),
    EXACT,
)

# apartment_balcony_gardener
R = "apartment_balcony_gardener"
unit_r(
    R,
    "My balcony is 3.2 m by 1.4 m. What's its floor area in square feet?",
    dec("3.2") * dec("1.4") / SQFT,
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


def off(text):
    """A fixed offset written as +05:30 or -07:00, as a tzinfo."""
    sign = 1 if text[0] == "+" else -1
    hours, minutes = (int(p) for p in text[1:].split(":"))
    return dt.timezone(sign * TD(hours=hours, minutes=minutes))


def moved(day, clock, src, dst):
    """The calendar date at offset dst when it is `clock` on `day` at offset src."""
    when = DT.combine(day, dt.time.fromisoformat(clock), tzinfo=off(src))
    return when.astimezone(off(dst)).date()


def weekly_count(first, last):
    """Sessions every 7 days from first up to and including last."""
    assert first.weekday() == last.weekday()
    return days(first, last) // 7 + 1


def add_working_days(start, n):
    """n working days (Monday to Friday) after start."""
    d = start
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


assert moved(D(2030, 1, 1), "23:00", "+00:00", "+05:30") == D(2030, 1, 2)
assert add_working_days(D(2030, 3, 8), 1) == D(2030, 3, 11)  # a Friday, then Monday
assert weekly_count(D(2030, 1, 2), D(2030, 1, 16)) == 3

# plain one-line questions
date_item(P, "Which weekday was 16 October 1987?", weekday(D(1987, 10, 16)))
date_item(P, "Which date is 100 days after 3 June 2029?", D(2029, 6, 3) + TD(days=100))
date_item(
    P,
    "How many days are there from 14 February 2028 to 1 August 2028?",
    days(D(2028, 2, 14), D(2028, 8, 1)),
)
date_item(P, "Give me the date 6 weeks before 2 April 2031.", D(2031, 4, 2) - TD(weeks=6))
date_item(
    P,
    "How old is a person born on 29 August 1994 on 15 July 2030, in whole years?",
    age(D(1994, 8, 29), D(2030, 7, 15)),
)
date_item(P, "New Year's Day 2036 lands on which day of the week?", weekday(D(2036, 1, 1)))
date_item(
    P,
    "How many weeks are there between 5 March 2029 and 28 May 2029?",
    weeks(D(2029, 3, 5), D(2029, 5, 28)),
)
date_item(P, "how many minutes is it from 22:40 to 06:15", clock_span("22:40", "06:15", 60))
date_item(
    P, "What is the date of the third Thursday in October 2029?", nth_weekday(2029, 10, THU, 3)
)
date_item(P, "Date of the final Friday in February 2030?", nth_weekday(2030, 2, FRI, -1))
date_item(
    P,
    "Counting both ends, how many days run from 2030-12-20 to 2031-01-09?",
    days(D(2030, 12, 20), D(2031, 1, 9)) + 1,
)
date_item(P, "What date comes 250 days before 2032-01-01?", D(2032, 1, 1) - TD(days=250))
date_item(P, "On what weekday is Christmas Day 2033?", weekday(D(2033, 12, 25)))
date_item(
    P,
    "When it is 06:30 on 4 May 2029 at +09:00, what is the date at -04:00?",
    moved(D(2029, 5, 4), "06:30", "+09:00", "-04:00"),
)

# houseboat_liveaboard_couple
R = "houseboat_liveaboard_couple"
_moor = D(2029, 4, 3)
assert _moor.weekday() == TUE
date_item(
    R,
    (
        f"As continuous cruisers we can stay at one mooring for 14 days. We tied up on "
        f"{sayw(_moor)}. What's the date 14 days later, when we have to move on?"
    ),
    _moor + TD(days=14),
)
date_item(
    R,
    (
        "Our narrowboat is booked into dry dock from 11 March 2030 to 29 March 2030, both days "
        "included. How many days is she out of the water?"
    ),
    days(D(2030, 3, 11), D(2030, 3, 29)) + 1,
)

# a_cappella_group_treasurer
R = "a_cappella_group_treasurer"
_first, _last = D(2030, 1, 9), D(2030, 3, 27)
assert _first.weekday() == WED
date_item(
    R,
    (
        f"We rehearse every Wednesday, starting {sayw(_first)} and finishing {sayw(_last)}. "
        "How many rehearsals is that, counting the first and last?"
    ),
    weekly_count(_first, _last),
)
date_item(
    R,
    (
        "The competition on 14 June 2030 wants entry fees paid 45 days before the contest day. "
        "What's the payment deadline?"
    ),
    D(2030, 6, 14) - TD(days=45),
)

# allergy_aware_party_parent
R = "allergy_aware_party_parent"
_party = D(2030, 7, 20)
assert _party.weekday() == SAT
date_item(
    R,
    (
        f"The party is on {sayw(_party)} and the allergen-free bakery needs 10 days' notice. "
        "What's the latest date I can place the order?"
    ),
    _party - TD(days=10),
)
date_item(
    R,
    (
        "My son's adrenaline auto-injector expires on 2031-03-31. How many days after his party "
        "on 2030-07-20 is that?"
    ),
    days(_party, D(2031, 3, 31)),
)

# amateur_astrophotographer
R = "amateur_astrophotographer"
date_item(
    R,
    "I'm planning to image a meteor shower on the night of 13 December 2030. What weekday is it?",
    weekday(D(2030, 12, 13)),
)
date_item(
    R,
    (
        "A remote observatory livestream starts at 03:10 on 12 August 2030, local offset "
        "+09:00. I'm at -05:00. On what calendar date does it start for me?"
    ),
    moved(D(2030, 8, 12), "03:10", "+09:00", "-05:00"),
)

# vertical_farm_startup_grower
R = "vertical_farm_startup_grower"
date_item(
    R,
    (
        "Genovese basil takes 28 days from seeding to cut in our towers. We seeded a batch on "
        "17 February 2031. On what date is it ready to harvest?"
    ),
    D(2031, 2, 17) + TD(days=28),
)
date_item(
    R,
    "Our grow lights switch on at 18:00 and off at 10:00. How many hours are they on per day?",
    clock_span("18:00", "10:00", 3600),
)

# wildlife_camera_trap_survey
R = "wildlife_camera_trap_survey"
date_item(
    R,
    (
        "The traps went out on 2029-10-04 and came back in on 2029-11-22. How many nights "
        "were they deployed?"
    ),
    days(D(2029, 10, 4), D(2029, 11, 22)),
)
date_item(
    R,
    (
        "A trap started recording at 21:35 and its battery died at 04:10. How many minutes "
        "of footage could it have captured?"
    ),
    clock_span("21:35", "04:10", 60),
)

# cross_stitch_pattern_seller
R = "cross_stitch_pattern_seller"
date_item(
    R,
    "I opened my pattern shop on 8 March 2028. On what date was it 1,000 days old?",
    D(2028, 3, 8) + TD(days=1000),
)

# home_espresso_enthusiast
R = "home_espresso_enthusiast"
date_item(
    R,
    (
        "My beans were roasted on 2 May 2030 and the roaster says to rest them 12 days before "
        "brewing. What's the first date I should pull a shot?"
    ),
    D(2030, 5, 2) + TD(days=12),
)

# ultra_trail_runner_in_training
R = "ultra_trail_runner_in_training"
_race = D(2030, 10, 5)
assert _race.weekday() == SAT
date_item(
    R,
    (
        f"Race day is {sayw(_race)}. My plan is exactly 16 weeks, finishing on race day. On "
        "what date does it start?"
    ),
    _race - TD(weeks=16),
)

# garage_band_first_tour
R = "garage_band_first_tour"
_open = D(2030, 9, 12)
assert _open.weekday() == THU
date_item(
    R,
    (
        f"The tour opens on {sayus(_open)} and we play 17 nights in a row. What's the date "
        "of the last show?"
    ),
    _open + TD(days=16),
)

# stamp_collector_auction_bidder
R = "stamp_collector_auction_bidder"
date_item(
    R,
    (
        "The online stamp auction closes at 20:00 on 3 March 2031 at offset +01:00. I'm bidding "
        "from Sydney at +11:00. What date is it for me when the lot closes?"
    ),
    moved(D(2031, 3, 3), "20:00", "+01:00", "+11:00"),
)

# language_learning_streak_keeper
R = "language_learning_streak_keeper"
date_item(
    R,
    (
        "My language app streak started on 1 September 2029 and I haven't missed a day. "
        "Counting both days, how long is the streak on 2 March 2031?"
    ),
    days(D(2029, 9, 1), D(2031, 3, 2)) + 1,
)

# grandparents_rail_tour
R = "grandparents_rail_tour"
_pass = D(2031, 6, 2)
assert _pass.weekday() == MON
date_item(
    R,
    (
        f"Our rail pass covers 22 consecutive days beginning {sayw(_pass)}. What's the last "
        "day we can travel on it?"
    ),
    _pass + TD(days=21),
)

# volunteer_clinic_interpreter
R = "volunteer_clinic_interpreter"
date_item(
    R,
    (
        "I volunteer at the clinic on the first Monday of every month. What date is the first "
        "Monday of September 2030?"
    ),
    nth_weekday(2030, 9, MON, 1),
)

# vintage_sewing_machine_restorer
R = "vintage_sewing_machine_restorer"
date_item(
    R,
    (
        "The factory records say my Singer was made on 14 May 1951. How old was it, in whole "
        "years, when I finished restoring it on 1 May 2030?"
    ),
    age(D(1951, 5, 14), D(2030, 5, 1)),
)

# first_job_graduate_budgeting
R = "first_job_graduate_budgeting"
date_item(
    R,
    (
        "I start my first job in September 2031 and payday is the last Friday of each month. "
        "What date is my first payday in September 2031?"
    ),
    nth_weekday(2031, 9, FRI, -1),
)

# standing_desk_diy_builder
R = "standing_desk_diy_builder"
_shipped = D(2031, 11, 5)
assert _shipped.weekday() == WED
date_item(
    R,
    (
        f"The desk frame shipped on {sayw(_shipped)} with delivery in 12 working days, "
        "weekends not counted. What date should it arrive?"
    ),
    add_working_days(_shipped, 12),
)

# community_tool_library
R = "community_tool_library"
date_item(
    R,
    (
        "I borrowed a hammer drill from the tool library on 27 December 2029 on a 21-day "
        "loan. When is it due back?"
    ),
    D(2029, 12, 27) + TD(days=21),
)

# teen_babysitting_business
R = "teen_babysitting_business"
date_item(
    R,
    "I'm babysitting from 19:15 until 00:45. How many hours is the job?",
    clock_span("19:15", "00:45", 3600),
)

# plant_swap_organiser
R = "plant_swap_organiser"
date_item(
    R,
    "Our spring plant swap is always on the second Sunday of April. What's the date in 2030?",
    nth_weekday(2030, 4, SUN, 2),
)

# retiree_learning_to_sail
R = "retiree_learning_to_sail"
date_item(
    R,
    "My Competent Crew course begins on 26 June 2031. Which day of the week is that?",
    weekday(D(2031, 6, 26)),
)

# couch_to_5k_beginner
R = "couch_to_5k_beginner"
_c25k = D(2031, 1, 6)
assert _c25k.weekday() == MON
date_item(
    R,
    (
        f"I began the beginner running plan on {sayw(_c25k)}, running every Monday, "
        "Wednesday and Friday for 9 weeks. On what date is the very last run?"
    ),
    _c25k + TD(weeks=8, days=4),
)

# rescue_greyhound_adopter
R = "rescue_greyhound_adopter"
date_item(
    R,
    (
        "We brought our rescue greyhound home on 23 November 2029. What weekday will the "
        "anniversary fall on in 2032?"
    ),
    weekday(D(2032, 11, 23)),
)

# school_debate_team_coach
R = "school_debate_team_coach"
date_item(
    R,
    (
        "The online debate final starts at 16:00 on 19 March 2031 at -05:00. Our partner "
        "school in Mumbai is at +05:30. What date will it be in Mumbai when the final begins?"
    ),
    moved(D(2031, 3, 19), "16:00", "-05:00", "+05:30"),
)

# apartment_balcony_gardener
R = "apartment_balcony_gardener"
date_item(
    R,
    (
        "Tomato seedlings can go out on the balcony 6 weeks after sowing. I sowed them on "
        "28 March 2031. When can they go outside?"
    ),
    D(2031, 3, 28) + TD(weeks=6),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "space-and-sky-wonders": [
        "Why do we only ever see one side of the Moon? What is tidal locking?",
        "What would happen to the tides if the Moon were twice as far away? Keep it simple.",
        "Is Pluto a planet or not, and why did astronomers fall out over it?",
        "How do astronomers work out what distant stars are made of?",
        "If there are so many stars, why is the night sky dark?",
        "What's the most convincing evidence for dark matter, in plain language?",
        "Could people ever live on Mars for good? What are the biggest obstacles?",
        "Why do some planets have rings while others don't?",
        "Explain what the event horizon of a black hole actually is.",
        "Why do stars twinkle when planets mostly shine steadily?",
    ],
    "friendship-and-family-advice": [
        (
            "My best friend keeps cancelling plans at the last minute. How do I raise it without "
            "starting a row?"
        ),
        "How should I tell my parents I'm leaving law school to train as a chef?",
        (
            "My sister wants to borrow money again and never paid back the last loan. What do I "
            "say to her?"
        ),
        "I've just moved to a new city and I'm an introvert. How do I actually make friends?",
        "How do you set boundaries with in-laws who turn up without warning?",
        "My teenage son hardly talks to me anymore. How can I reconnect without being pushy?",
        "Is it rude to skip a friend's destination wedding because I can't afford it?",
        "My flatmate never washes up. How do I bring it up without things getting awkward?",
        "How can I support a grieving friend when I have no idea what to say?",
        "Should I tell my friend I saw her boyfriend's profile on a dating app?",
    ],
    "lyrics-limericks-and-speeches": [
        "Write a limerick about a cat who believes he's a lighthouse keeper.",
        (
            "Draft a warm two-minute retirement speech for a school caretaker who's been there "
            "for decades."
        ),
        "Write a cheeky verse for my gran's birthday card. She loves cryptic crosswords and gin.",
        "Give me a chorus for a folk song about leaving a seaside town.",
        "Compose a short sequence of haiku about the first frost of winter.",
        (
            "Write an opening line for a best man's speech that gently teases the groom's awful "
            "sense of direction."
        ),
        "Can you write a bedtime story about a shy dragon who's scared of the dark?",
        "Write a sonnet in praise of the humble potato.",
        "Help me write a heartfelt thank-you card to the nurses who looked after my dad.",
        "Write a rap verse about recycling for a primary school assembly.",
    ],
    "python-sql-and-shell-troubleshooting": [
        (
            "Why does `for i in range(len(items)): items.remove(items[i])` give me an IndexError "
            "in Python?"
        ),
        (
            "Postgres rejects `SELECT name, COUNT(*) FROM orders` and complains about GROUP BY. "
            "What's wrong?"
        ),
        "In bash, why does `rm $file` break when the filename contains spaces?",
        "Review this: `def avg(xs): return sum(xs) / len(xs)`. Which edge cases am I missing?",
        (
            "What's the difference between `==` and `is` in Python, and why can `a is b` be False "
            "for two equal strings?"
        ),
        "My git pre-commit hook never seems to run. What are the usual reasons?",
        (
            "Why does my JavaScript `setTimeout` inside a `for (var i ...)` loop print the same "
            "number every time?"
        ),
        "What does pandas' SettingWithCopyWarning really mean, and how should I fix my code?",
        "My Docker container exits straight after it starts. How do I debug that?",
        "Is it bad practice to write a bare `except:` in Python? Why?",
    ],
    "ancient-world-and-empire-whys": [
        "Why did the Western Roman Empire fall while the Eastern half lasted so much longer?",
        "How did the ancient Egyptians organise the workforce that built the pyramids?",
        "What made the Silk Road so important for trade and for ideas?",
        "Why did Alexander the Great's empire fall apart after his death?",
        "How did Athenian democracy actually work, and who was left out of it?",
        "What caused the Late Bronze Age collapse around the eastern Mediterranean?",
        "Why was Carthage such a threat to Rome?",
        "How did the Inca run a huge empire without a written script?",
        "What was daily life like for a Roman soldier stationed on Hadrian's Wall?",
        "Why were the Mongols able to conquer so much territory so quickly?",
    ],
    "ethics-thought-experiments": [
        "Is it ever morally acceptable to lie to spare someone's feelings?",
        "What's your take on the trolley problem? Should you pull the lever?",
        "If a perfect copy of me were made, which one would really be me?",
        "Do we have moral obligations to future generations who don't exist yet?",
        "Is eating meat wrong if the animal had a genuinely good life?",
        "Can an action be good if it's done for purely selfish reasons?",
        "Should billionaires exist? Give me the strongest case on each side.",
        "Is free will compatible with a deterministic universe?",
        "Would it be ethical to bring back extinct animals like the woolly mammoth?",
        "Is it fair to judge historical figures by today's moral standards?",
    ],
    "board-game-and-esport-strategy": [
        "What's a good opening in Catan when I'm last to place my settlements?",
        "In chess, when is it right to give up a bishop for a knight?",
        "How do I stop losing Ticket to Ride to people who hoard train cards?",
        "What makes a good first deck for a beginner in a trading card game?",
        "In League of Legends, how should a support player think about vision and wards?",
        "Any tips for bluffing better at a friendly poker night?",
        "What's the best way to teach Go to a ten-year-old?",
        "In Scrabble, when is swapping tiles better than making a weak play?",
        "How do professional Counter-Strike teams decide when to save instead of buying?",
        "Is it smarter to play aggressively or defensively in Risk?",
    ],
    "sleep-food-and-exercise-explainers": [
        "Why do I feel groggy after a long nap but fine after a short one?",
        "Is stretching before a run actually useful, or a myth?",
        "Why does coffee keep some people awake all night and barely affect others?",
        "What does 'muscle memory' really mean physiologically?",
        "Why does a big lunch make me so sleepy in the afternoon?",
        "Is it true you shouldn't go swimming straight after eating?",
        "How does the body adapt when you start training at altitude?",
        "Why do my muscles ache a day or two after a new workout instead of right away?",
        "What's the difference between soluble and insoluble fibre?",
        "Why do some people get so irritable when they're hungry?",
    ],
    "travel-customs-and-etiquette": [
        "Is tipping expected in restaurants in Japan?",
        "What etiquette should I know before visiting a temple in Thailand?",
        "How do I politely turn down food when I'm staying with a host family in Italy?",
        "How does queueing etiquette differ between the UK and France?",
        "Should I bring a gift when I'm invited to someone's home in Germany? What's suitable?",
        "What mistakes do tourists commonly make in the souks of Marrakech?",
        "How should I greet people at a business meeting in South Korea?",
        "Is it rude to eat while walking down the street in Tokyo?",
        "What's the custom about shoes when you visit someone's home in Finland?",
        "How do I haggle respectfully at markets in Vietnam?",
    ],
    "economics-ideas-explained": [
        "Why does printing more money tend to cause inflation?",
        "What's the difference between a recession and a depression?",
        "Explain comparative advantage with an everyday example.",
        "Why do central banks raise interest rates to fight inflation?",
        "What is moral hazard in economics?",
        "How do tariffs end up affecting ordinary shoppers?",
        "Why is housing so expensive in big cities?",
        "What does it mean when people say a currency is strong?",
        "Are minimum wage rises good or bad for jobs? Summarise the debate.",
        "What is the tragedy of the commons?",
    ],
}
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 10, _fam
    for _q in _qs:
        neg(_fam, _q)

NEAR = {
    "near-codes-and-identifiers": (
        "a number that is a code or an identifier, not a quantity",
        [
            "What does HTTP status code 451 signify, and where does the number come from?",
            "My washing machine is flashing error E21. What's wrong with it?",
            "Which terminal at Heathrow does flight BA 2490 usually leave from?",
            "Why is 1066 such an important number in English history?",
            "What is a pilot signalling by setting the transponder to 7500?",
            "Room 237 in The Shining: why is that room number so famous?",
            "My car's diagnostic reader shows P0420. What does it mean, and is it safe to drive?",
            "What is a Section 21 notice in English housing law?",
            "What does the 'E' in food additive numbers like E330 stand for, and what is E330?",
        ],
    ),
    "near-back-of-envelope": (
        "a rough guesstimate from assumptions the question does not give",
        [
            "Roughly how many dentists work in Madrid?",
            "About how many golf balls would fit inside a school bus? Just a ballpark.",
            "Estimate how many words I've spoken in my lifetime so far.",
            "Roughly how much water does a city of a million people use in a day?",
            "Ballpark figure: how many trees are there on Earth?",
            "Approximately how many people are in the air on planes at any given moment?",
            "Give me a rough guess of how many grains of rice are in a 1 kg bag.",
            "About how many hours of video get uploaded to the internet every day?",
        ],
    ),
    "near-proof-and-concept": (
        "a proof or conceptual explanation, not a computation",
        [
            "Prove that there are infinitely many prime numbers.",
            "Why is 0.999... equal to 1? Convince a sceptical teenager.",
            "Show that the square root of 2 is irrational.",
            "Why is dividing by zero left undefined rather than called infinity?",
            "Explain intuitively why 1 + 1/2 + 1/4 + 1/8 + ... never goes past 2.",
            "What is the Monty Hall problem, and why does switching doors help?",
            "Prove that the angles of a triangle add up to a straight angle.",
            "Explain with a story or picture why minus times minus makes plus.",
        ],
    ),
    "near-program-to-write": (
        "asks for code to be written, not for a value",
        [
            "Write a Python function that returns the nth Fibonacci number.",
            (
                "Write SQL to find the five customers with the highest total spend in an orders "
                "table."
            ),
            "Write a Rust function that converts kilometres to miles, with a unit test.",
            "Give me a bash one-liner that counts the lines in every .csv file in a folder.",
            "Write a spreadsheet formula that applies compound interest to the value in cell B2.",
            (
                "Write a Python script that prints the weekday of 1 January for every year from "
                "2000 to 2050."
            ),
            "Write a Go function that checks whether a year is a leap year.",
            "Code a simple tip calculator page in HTML and JavaScript.",
        ],
    ),
    "near-interpret-my-figures": (
        "stated figures that need interpreting, not computing",
        [
            "My blood pressure reading was 135/88. Should I be worried?",
            "My cholesterol came back at 5.8 mmol/L. What does that mean for me?",
            "I scored 118 on an online IQ test. Does that actually mean anything?",
            "My resting heart rate is 48 bpm. Is that healthy or a problem?",
            (
                "Our bounce rate went from 40% to 62% after the website redesign. What might be "
                "going on?"
            ),
            "My credit score is 640. How will that affect getting a mortgage?",
            "A survey says 3 in 10 of our customers were unhappy. Is that bad for a restaurant?",
            "My son's reading age is 2 years above his actual age. Should he move up a class?",
        ],
    ),
    "near-is-it-worth-it": (
        "a judgement about value, not an exact answer",
        [
            "Is it worth paying £200 extra for the pro version of a laptop for casual use?",
            "Should I overpay my 3.9% mortgage or invest the spare money instead?",
            "Is a gym membership worth it if I only go about twice a week?",
            "Would you buy a 5-year-old electric car with 60,000 miles on the clock?",
            "Is it worth upgrading from a 3-year-old phone?",
            "Is a master's degree worth the cost for a career in marketing?",
            "Should I take a job that pays 10% more if the commute is an hour longer each way?",
            "Is it worth putting solar panels on a north-facing roof in Scotland?",
        ],
    ),
    "near-facts-not-given": (
        "a fact to recall; the question supplies no figures to compute with",
        [
            "How tall is the Eiffel Tower?",
            "What's the population of Portugal?",
            "How far away is the Moon from the Earth?",
            "In what year did the Berlin Wall come down?",
            "How many teeth does an adult human normally have?",
            "Where is the deepest point of the Pacific Ocean, and how deep is it?",
            "What was the exchange rate between the pound and the dollar in 1980?",
            "How long is the Amazon River?",
        ],
    ),
    "near-statistics-sense": (
        "reasoning about statistics, not an exact calculation",
        [
            (
                "A study says coffee drinkers live longer. Does that mean coffee makes you live "
                "longer?"
            ),
            (
                "If a test is 99% accurate and I test positive for a rare disease, how worried "
                "should I be?"
            ),
            "Why is median income usually lower than mean income?",
            "A poll of 1,000 people has a 3% margin of error. What does that actually mean?",
            "My team has won 7 of its last 10 games. Are they likely to win the next one?",
            (
                "Why doesn't a 50% rise followed by a 50% fall bring a price back to where it "
                "started?"
            ),
            "Is a p-value of 0.04 proof that the drug works?",
            "Why do small hospitals record more extreme rates of boy and girl births?",
        ],
    ),
}
for _fam, (_note, _qs) in NEAR.items():
    for _q in _qs:
        neg(_fam, _q, _note)

CONVERSATIONS = {
    "conv-house-rules-earlier": (
        "a rule set earlier in the chat; the last turn asks for judgement or wording",
        [
            [
                (
                    U,
                    (
                        "Our family plays Monopoly with a house rule: every fine goes into the "
                        "middle and whoever lands on Free Parking scoops the lot."
                    ),
                ),
                (A, "A popular house rule. It does put a lot more cash into the game."),
                (U, "In your opinion, does that rule make games drag on longer?"),
            ],
            [
                (
                    U,
                    (
                        "In our office World Cup sweepstake we agreed ties split the pot, but "
                        "whoever also guessed the exact final score gets a bonus."
                    ),
                ),
                (A, "Understood: split on ties, plus a bonus for the exact score."),
                (
                    U,
                    (
                        "Two of us tied and one had the exact score. How should we word the rule "
                        "so nobody argues about it next time?"
                    ),
                ),
            ],
            [
                (
                    U,
                    "For our family quiz, a right answer earns 3 points but a wrong one loses 1.",
                ),
                (A, "That discourages wild guessing."),
                (U, "Is that fair on the younger kids, or should we change the scoring?"),
            ],
            [
                (
                    U,
                    "Our book club rates novels on a scale where 1 is the best and 5 the worst.",
                ),
                (A, "Unusual, but it works as long as everyone remembers it."),
                (
                    U,
                    (
                        "One member gave this month's novel a 1 and another gave it a 5. Sum up "
                        "the group's reaction in a sentence for the newsletter."
                    ),
                ),
            ],
            [
                (U, "At my bouldering wall the grades run from V0 up to V10."),
                (A, "That's the common V-scale."),
                (
                    U,
                    "I've managed a few V3s. What should I work on to get up to V5?",
                ),
            ],
            [
                (
                    U,
                    (
                        "At our quiz night each team can play a joker on one round, which then "
                        "scores double."
                    ),
                ),
                (A, "Nice twist. Teams will need to pick their strongest subject."),
                (U, "Write the announcement that explains the joker to the teams."),
            ],
        ],
    ),
    "conv-write-after-the-maths": (
        "a sum done earlier; the last turn asks for writing",
        [
            [
                (U, "My landlord wants to put the rent up. What's 4.5% of £1,180?"),
                (A, "4.5% of £1,180 is £53.10."),
                (
                    U,
                    (
                        "Now write a polite email to my landlord saying I'd accept an increase of "
                        "that size but not more."
                    ),
                ),
            ],
            [
                (U, "How many days are there from 1 March 2030 up to our wedding on 1 June?"),
                (A, "92 days."),
                (U, "Turn that into a playful countdown message for the guests."),
            ],
            [
                (U, "Quick one: 10 kilometres in miles for my race medal post?"),
                (A, "About 6.21 miles."),
                (U, "Write an upbeat caption for finishing my very first 10K."),
            ],
            [
                (U, "Dinner came to £96 for the four of us. How much each?"),
                (A, "£24 each."),
                (
                    U,
                    (
                        "Draft a friendly group chat message asking everyone to send me their "
                        "share without sounding like I'm nagging."
                    ),
                ),
            ],
            [
                (U, "I did 35 hours of design work at $22 an hour. What's the total?"),
                (A, "$770."),
                (U, "Write a short, professional line-item description for the invoice."),
            ],
            [
                (U, "How many weeks do I have between 6 January and 31 March 2031 to train?"),
                (A, "Exactly 12 weeks."),
                (U, "Write a motivating intro paragraph for my training diary."),
            ],
        ],
    ),
    "conv-figures-still-missing": (
        "the figures needed are still missing; the model must ask for them",
        [
            [
                (U, "I'm budgeting for a long weekend in Lisbon."),
                (A, "Happy to help. What costs have you got so far?"),
                (U, "Just tell me how much I'm going to spend in total."),
            ],
            [
                (U, "I'm trying to work out my overtime pay."),
                (A, "Sure. What's your hourly rate and how many overtime hours did you do?"),
                (U, "Not sure about the rate. Just give me the total I'm owed."),
            ],
            [
                (U, "My lasagne recipe needs scaling up for a bigger crowd."),
                (A, "How many does it serve now, and how many are you feeding?"),
                (U, "Loads more people. What quantities should I use?"),
            ],
            [
                (U, "I need to know when my visa runs out."),
                (A, "When was it issued, and how long is it valid for?"),
                (U, "It was issued sometime in spring. So when does it end?"),
            ],
            [
                (U, "Help me work out tiles for my bathroom floor."),
                (A, "What are the floor dimensions and the tile size?"),
                (U, "It's a normal-sized bathroom. How many boxes should I buy?"),
            ],
            [
                (U, "I'm driving to my mum's and want to know how long it'll take."),
                (A, "How far is it, and what kind of roads?"),
                (U, "Quite far, mostly motorway. What time will I get there?"),
            ],
        ],
    ),
    "conv-opinion-after-answer": (
        "an exact answer given earlier; the last turn asks for an opinion",
        [
            [
                (U, "What's 20% off a £1,250 sofa?"),
                (A, "£1,000."),
                (
                    U,
                    (
                        "Is that a good price for a mid-range sofa, or should I hold out for the "
                        "January sales?"
                    ),
                ),
            ],
            [
                (U, "How long is a marathon in kilometres exactly?"),
                (A, "42.195 km."),
                (
                    U,
                    (
                        "Do you think a total beginner can realistically train for one in half a "
                        "year?"
                    ),
                ),
            ],
            [
                (U, "How many days from 3 August to 17 August 2029?"),
                (A, "14 days."),
                (
                    U,
                    "Is a fortnight enough for a first trip to Japan, or will it feel rushed?",
                ),
            ],
            [
                (U, "What's £38,000 less 20%?"),
                (A, "£30,400."),
                (
                    U,
                    "Would you take a pay cut like that for a much better work-life balance?",
                ),
            ],
            [
                (U, "What percentage of a 24-hour day is 8 hours of sleep?"),
                (A, "About 33.3%."),
                (U, "Honestly, do most adults need that much, or is six hours fine?"),
            ],
            [
                (U, "My daughter has six 45-minute homework tasks a week. How long is that?"),
                (A, "270 minutes, which is 4.5 hours."),
                (U, "Is that too much homework for a 12-year-old, in your view?"),
            ],
        ],
    ),
    "conv-explain-the-working": (
        "an answer given earlier; the last turn asks how or why, not for a value",
        [
            [
                (U, "What's 15% of 80, for my son's homework?"),
                (A, "12."),
                (U, "How did you get that? Explain it so a nine-year-old would follow."),
            ],
            [
                (U, "Convert 30 °C to Fahrenheit please."),
                (A, "86 °F."),
                (
                    U,
                    (
                        "Why does the formula multiply by 9/5 and then add 32? Where do those "
                        "numbers come from?"
                    ),
                ),
            ],
            [
                (U, "How many days from 1 January to 1 March 2030?"),
                (A, "59 days."),
                (U, "Why is that number different in some years? Explain the rule behind it."),
            ],
            [
                (U, "What does £1,000 grow to at 5% compounded annually over three years?"),
                (A, "£1,157.63."),
                (U, "Why is that more than simple interest gives? Explain the idea."),
            ],
            [
                (U, "Five miles in kilometres?"),
                (A, "About 8.05 km."),
                (U, "Is there a quick mental trick for converting miles to km in my head?"),
            ],
            [
                (U, "What time is it in Tokyo when it's noon in London?"),
                (A, "It depends on the time of year: usually 8 pm or 9 pm in Tokyo."),
                (U, "Why do time zones exist at all? Give me a bit of the history."),
            ],
        ],
    ),
    "conv-names-and-codes": (
        "numbers that are names or codes; the last turn asks about meaning or naming",
        [
            [
                (U, "My usual train is the 17:42 from Leeds."),
                (A, "Noted."),
                (U, "Why are train departure times so often set at odd minutes like that?"),
            ],
            [
                (U, "We've bought number 13 on our street and my partner is superstitious."),
                (A, "Plenty of streets skip 13 for that reason."),
                (U, "Can you suggest some nice house names we could use instead of the number?"),
            ],
            [
                (U, "My staff ID is 40417 and my manager's is 40418."),
                (A, "Consecutive numbers, then."),
                (
                    U,
                    (
                        "Does that say anything about when we were hired? How do companies "
                        "usually hand out staff numbers?"
                    ),
                ),
            ],
            [
                (U, "The code printed on the box is 5-0412-77."),
                (A, "That looks like an internal product or batch code."),
                (U, "What do the different segments of codes like that usually stand for?"),
            ],
            [
                (U, "The gym has given me locker 221B."),
                (A, "A famous number!"),
                (U, "Why is 221B famous? Tell me the story behind it."),
            ],
        ],
    ),
}
for _fam, (_note, _convs) in CONVERSATIONS.items():
    for _turns in _convs:
        conv(_fam, _turns, _note)


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
    # no register (family name) of this set is a family name of sets 19 to 114
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 114: {reused}"
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
