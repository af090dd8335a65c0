r"""Generate heldout-2027-04-13.jsonl: a hundred-and-thirty-first held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-13 by a helper session working only in /work/sealed131 (scratch files
in /work/sealed131/scratch, deleted at the end). The starting point was a 2372-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-13.jsonl, PREFIX "ho131-", earlier generators 1-130, register check against
sets 19 to 130); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed131/earlier_registers.txt (2812 earlier family names): its first 100 lines and a
  line count, then grep runs that printed, for about 150 candidate keywords, how many earlier
  names contain the keyword and the first few such names (so that this set's names are new
  combinations), a grep for earlier names containing "near" or "conv" (none are near- or conv-
  families), 40 of the hyphenated (negative-topic) names, exact-match checks showing that none of
  the 25 register names chosen was taken, and a final check that none of this set's 56 family
  names (plain, 25 registers, 30 negative families) is in the file;
- of the copied script, only lines 1-364, 683-743, 944-1028, 1365-1372 and 2149-2372, printed
  with sed, plus a line count; lines 1-364 only (through sed) were searched for the end of the
  old docstring and the __future__ import, and the boundary lines 364, 683, 743, 944, 1028,
  1365, 1372 and 2149 were printed again through sed;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
No slip is known: nothing outside these ranges and files was printed or searched.
The previous set's question sections were never viewed: a splicing script joined this docstring,
the kept ranges by line number from a byte-for-byte scratch copy, and four new sections written
from scratch, so lines 1-120 (the old docstring, read) were replaced and 365-682, 744-943,
1029-1364 and 1373-2148 were dropped unread; a check script confirmed that each kept range
appears verbatim, and in order, in this script. No git history, web or code search (the search
tools were not used), router, tests (not even a listing), other sealed directories, other
generators or other files under /work/main were read (one probe printed the Python version, the
zone search path and a London summer offset); the script imports the earlier generators itself,
in memory, for its duplicate and register checks, and prints none of their text (its failure
messages name only this set's item ids); no earlier JSONL was read (this set's own output was
opened once, only to list its family names for the comparison above): expected values were
reviewed from a scratch listing of this set's own items (ids, values and question texts) built
from the kept ranges and the new sections.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a carpet fitter
  measuring up, a second-hand school blazer rail, a kayak club's pool sessions, an English
  conversation class for newcomers, a puppy training class, a maths homework club, a flatpack
  assembly handyman, a primary school book fair, a windsurf hire desk on a lake, a cub pack's
  summer camp treasurer, a retired couple touring Portugal by motorhome, a food bank's Christmas
  hamper drive, a wool shop's knit-and-natter group, bingo night at a miners' welfare club, a
  family packing for a house move, a student saving for a music festival, friends sharing a
  hen-do cottage, an A-level physics revision group, a pottery class's glaze night, a long EV
  road trip, canal towpath clean-up volunteers, a cycling club's Sunday run, a tower block
  residents' committee, a night-shift ward nurse and a market garden's veg box round), each
  register used by all three tools, six of them (carpet fitter, homework club, motorhome couple,
  food bank, hen-do cottage, EV road trip) with two items per tool. Phrasing varies: questions,
  imperatives, quotes and invoices, worksheet wording, group and club notes, lowercase one-liners,
  a ward note; symbols (×, ÷, −, %, ½, °C, °F, m², m³, →) and written-out units; pounds and
  euros; written dates with computed weekdays (sayw) and without, clock times, and journeys
  between named cities.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text; decimal figures are Lit values, exact Fractions
  that print exactly as written, or literals read with dec()): Fraction arithmetic for money
  and quantities (cents() asserts whole pence and cents; a saving goal rounds up to whole weeks
  with whole_up), exact unit definitions for conversions (from the set-up: inch, foot, yard,
  mile, avoirdupois pound and ounce, acre, square and cubic feet, psi, bar, MiB and GiB, km/h
  and mph, Celsius/Fahrenheit; added here: centimetre, kilometre, gram, litre, hectare and the
  international knot), graded exactly when the result has at most three decimals and at 0.1%
  otherwise (unit_any choosing, unit_r asserting that an answer rounded to two decimals still
  passes), and date arithmetic for weekdays, spans, inclusive day counts, nights, whole weeks,
  ages, nth and last weekdays, day of the year, counts of a chosen weekday (weekday_count),
  working days (add_working_days), fortnightly and four-weekly series, clock intervals, and
  journeys and a night shift whose offsets come from the IANA rules (zoneinfo, loaded through
  importlib so the set-up is unchanged; on_weekday() asserts each weekday the text relies on,
  and asserts near the helpers pin the offsets used: New York on summer time and London not on
  20 March 2027, Madrid two and London one ahead in September, Lisbon one and Madrid two in
  August, Manila eight and London none in November, London's clocks going back on 31 October
  2027). No offsets are written in the questions; no contested unit words (ton, gallon, cup,
  pint, barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (tides, monsoons and geysers; Phoenician
  and Carthaginian history; Elixir, Haskell and COBOL trade-offs; fado, tango and rebetiko;
  balcony chilli and herb troubles; farewell cards and anniversary toasts; shared-driveway and
  in-law tact; the ship of Theseus and fairness puzzles; nautical phrase origins; desk posture
  and stiff necks), 65 near-negatives in 13 families of five shaped like positives but needing
  the model (current prices and rates, fault codes and warning lights, numbers in titles,
  estimates with no figures, why a number rule holds, numeric facts nobody stated, whether a
  stated price is worth it, what a reading means, historical dates not given, code to write,
  sums missing their deciding figures, kitchen judgement with numbers, scoring rules of
  sports), and 35 conversations in seven families of five whose last turn asks for a message
  after a bill was split, for a verdict on whether a price rise is fair, for the reason behind
  a result, for a plan after a weekly figure was worked out, for the history behind a unit, for
  advice after a date was worked out, or for a translation after a total; none ends in a plain
  exact question, and the figures in assistant turns are computed in code. Symbolic algebra was
  kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 130, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that no set-up or check name is bound again and
that no module-level name of the new sections equals a local name of the kept functions (it
found five loop and comprehension names, which were renamed). Before the first run a scratch
listing showed that decimal figures interpolated from dec() printed as fractions, hence Lit.
Dry runs of the sections then failed the two-decimal assertion of unit_r four times (2.5 acres
became 12.5, 32 psi became 36, a pool distance is now asked in metres, a tent's weight in grams).
The first full run's duplicate check flagged 24 items matching earlier sets word for word (four
plain calculator, four plain unit and four plain datetime questions; four unstated numeric
facts, two estimates, a title, a live rate, a historical date, a divisibility why, a phrase
origin and a conversation's first turn); all were reworded or given new figures, and three of
them (a square root, a km/h to mph question and that conversation turn) needed a second
rewording. Reviewing the listing reworded a notice deadline, an air pump, an article before
18.75, a capitalisation that lowered a place name, and moved a half marathon to a Sunday. Ruff
check flagged three implicitly concatenated strings in tuples (now parenthesised) and two
dt.timezone.utc (now dt.UTC); after ruff format three lines were over 99 columns and were
reworded. Ruff check and ruff format are clean, no line exceeds 99 characters, and the final
run passed every check.

Run: /work/main/.venv/bin/python make_heldout_131.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's id, expected value and tolerance, or --digest to print only the
sha256 of the output)
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
OUT = HERE / "heldout-2027-04-13.jsonl"
PREFIX = "ho131-"
# earlier generators: sets 1-130 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 131))
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
    """A sum of money, asserted to be a whole number of pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


class Lit(F):
    """A decimal figure that prints exactly as written (e.g. 23.50) but is an exact Fraction."""

    def __new__(cls, text):
        self = super().__new__(cls, Decimal(text))
        self.text = text
        return self

    def __str__(self):
        return self.text

    def __format__(self, spec):
        return format(Decimal(self.text), spec) if spec else self.text


assert f"{Lit('23.50')}" == "23.50" and Lit("23.50") * 2 == 47 and str(Lit("0.80") * 1) == "4/5"


def gbp(x):
    """Money as written in a question: £1,234.50, or £12 when whole."""
    x = cents(x)
    return f"£{int(x):,}" if x.denominator == 1 else f"£{float(x):,.2f}"


assert gbp(dec("1234.5")) == "£1,234.50" and gbp(12) == "£12"

# the 25 registers of this set (each used by all three tools; six twice per tool)
R_CARPET = "carpet_fitter_measuring_up"
R_BLAZER = "secondhand_school_blazer_rail"
R_KAYAK = "kayak_club_pool_session_rota"
R_NEWCOMERS = "english_conversation_class_for_newcomers"
R_PUPPY = "puppy_training_class_instructor"
R_HOMEWORK = "maths_homework_club_volunteer"
R_FLATPACK = "flatpack_furniture_assembly_handyman"
R_BOOKFAIR = "primary_school_book_fair_organiser"
R_WINDSURF = "windsurf_lake_centre_hire_desk"
R_CUBS = "cub_pack_summer_camp_treasurer"
R_MOTORHOME = "retired_couple_touring_portugal_by_motorhome"
R_HAMPER = "food_bank_christmas_hamper_drive"
R_KNIT = "wool_shop_knit_and_natter_group"
R_BINGO = "bingo_night_at_the_miners_welfare_club"
R_MOVE = "family_self_packing_for_a_house_move"
R_FESTIVAL = "student_saving_for_a_summer_music_festival"
R_HEN = "friends_sharing_a_hen_do_cottage"
R_PHYSICS = "a_level_physics_revision_group"
R_POTTERY = "evening_pottery_class_glaze_night"
R_EV = "long_distance_ev_road_trip_charging_stops"
R_TOWPATH = "canal_towpath_clean_up_volunteers"
R_CLUBRUN = "cycling_club_sunday_club_run"
R_TOWER = "tower_block_residents_committee"
R_NIGHTWARD = "hospital_ward_night_shift_nurse"
R_VEGBOX = "market_garden_veg_box_round"

# ---- plain calculator questions
calc(P, "What's 17.5 per cent of 2,360?", pct("17.5") * 2360)
calc(P, "Work out 3,746 × 58.", 3746 * 58)
calc(P, "1,000 divided by 32, please", F(1000, 32))
calc(P, "what's 0.85 times 0.4 times 120", dec("0.85") * dec("0.4") * 120)
calc(P, "Add 12.5% onto 856.", 856 * (1 + pct("12.5")))
calc(P, "Find the mean of 14, 19, 22, 8 and 31.", F(14 + 19 + 22 + 8 + 31, 5))
calc(P, "What percentage of 240 is 78?", F(78, 240) * 100)
calc(P, "9,875 − 4,689 + 1,204 = ?", 9875 - 4689 + 1204)
calc(P, "Give me the square root of 11,449.", 107)
assert 107 * 107 == 11449
calc(P, "What is three eighths of 1,960?", F(3, 8) * 1960)
calc(
    P,
    "Take 1,250, knock 18% off it, then add 7.5% to whatever that leaves. What do you get?",
    1250 * (1 - pct(18)) * (1 + pct("7.5")),
)
calc(P, "2^13 minus 5 cubed", 2**13 - 5**3)
calc(P, "48.6 ÷ 0.15", dec("48.6") / dec("0.15"))
calc(P, "Average of 2.4, 3.15 and 4.05", (dec("2.4") + dec("3.15") + dec("4.05")) / 3)

# ---- carpet fitter (two)
cw, cl, c_rate = 4, Lit("5.3"), Lit("23.50")
room_w, room_l, ul_rate = 4, Lit("5.1"), Lit("4.75")
grippers, fitting = 18, 95
carpet_quote = cents(cw * cl * c_rate + room_w * room_l * ul_rate + grippers + fitting)
calc(
    R_CARPET,
    f"Quote for the lounge at no. 14: carpet comes off a {cw} m roll and I need {cl} m of it "
    f"at £{c_rate} per m², underlay over the floor itself ({room_w} m × {room_l} m) at "
    f"£{ul_rate} per m², £{grippers} for grippers and £{fitting} fitting. Total quote?",
    carpet_quote,
)
job_total, carpet_part, carpet_off = Lit("1126.40"), Lit("742.00"), 15
calc(
    R_CARPET,
    f"Customer's haggling. The job is {gbp(job_total)} all in, of which {gbp(carpet_part)} is "
    f"the carpet itself. If I give {carpet_off}% off the carpet only, what's the new job total?",
    cents(job_total - carpet_part * pct(carpet_off)),
)

# ---- school blazer rail
bl_n, bl_p, bl2_n, bl2_p, tie_n, tie_p, hangers = 14, 6, 9, Lit("4.50"), 22, Lit("0.80"), 12
calc(
    R_BLAZER,
    f"PTA uniform rail, Friday after school: sold {bl_n} blazers at £{bl_p}, {bl2_n} of the "
    f"small ones at £{bl2_p} and {tie_n} ties at 80p. We spent £{hangers} on hangers out of "
    "the takings. What's left to bank?",
    cents(bl_n * bl_p + bl2_n * bl2_p + tie_n * tie_p - hangers),
)

# ---- kayak club pool session
pool_fee, club_share, paddlers = 96, 18, 13
calc(
    R_KAYAK,
    f"Pool hire for the kayak rolling session is £{pool_fee} for the hour. Club pot chips in "
    f"£{club_share} and the {paddlers} paddlers who turn up split the rest evenly. How much is "
    "each paddler?",
    cents(F(pool_fee - club_share, paddlers)),
)

# ---- English conversation class
learners, fare, sessions = 6, Lit("3.40"), 11
calc(
    R_NEWCOMERS,
    f"Our grant covers bus fares: {learners} learners, £{fare} return each, for {sessions} "
    "sessions. How much do I claim back in total?",
    cents(learners * fare * sessions),
)

# ---- puppy training class
course_fee, dogs, hall_fee, weeks_n, treats = 89, 8, 22, 6, Lit("14.60")
calc(
    R_PUPPY,
    f"Puppy course is £{course_fee} per dog and I've got {dogs} dogs booked. Hall hire is "
    f"£{hall_fee} a session for the {weeks_n} sessions, and treats cost me £{treats}. What do I "
    "clear after those costs?",
    cents(course_fee * dogs - hall_fee * weeks_n - treats),
)

# ---- maths homework club (two)
jacket, off1, off2 = 64, 25, 10
calc(
    R_HOMEWORK,
    f"Year 8 homework: a jacket costs £{jacket}. It's reduced by {off1}% in the sale, then "
    f"there's a further {off2}% off the sale price at the till. What does it finally cost?",
    cents(jacket * (1 - pct(off1)) * (1 - pct(off2))),
)
marks = (56, 71, 48, 90, 67, 62, 73, 58)
calc(
    R_HOMEWORK,
    "Can you check my mean? The test marks were "
    + ", ".join(str(mark) for mark in marks[:-1])
    + f" and {marks[-1]}.",
    F(sum(marks), len(marks)),
)

# ---- flatpack assembly
hourly, wardrobes, wardrobe_h, chest_h, callout = 28, 3, Lit("2.25"), Lit("1.5"), 15
calc(
    R_FLATPACK,
    f"Invoice for Mrs Okafor: {wardrobes} wardrobes at {wardrobe_h} hours each and a chest of "
    f"drawers at {chest_h} hours, all at £{hourly} an hour, plus my £{callout} call-out. Total?",
    cents((wardrobes * wardrobe_h + chest_h) * hourly + callout),
)

# ---- book fair
fair_sales, commission = Lit("1386.40"), 25
calc(
    R_BOOKFAIR,
    f"The book fair took {gbp(fair_sales)} and the school earns {commission}% of sales back as "
    "free books. How much book credit do we get?",
    cents(fair_sales * pct(commission)),
)

# ---- windsurf hire
board_rate, suit_rate, surfers, hire_h = 19, 8, 3, Lit("2.5")
calc(
    R_WINDSURF,
    f"Three of them want boards for {hire_h} hours each at €{board_rate} an hour, and wetsuits "
    f"at €{suit_rate} flat for two of them (the third brought her own). What do I charge?",
    cents(surfers * hire_h * board_rate + 2 * suit_rate),
)

# ---- cub camp
site, food, minibus, cubs = 340, Lit("416.20"), 265, 24
calc(
    R_CUBS,
    f"Camp budget: site fee £{site}, food £{food}, minibus £{minibus}. Leaders go free and "
    f"the {cubs} cubs share the whole cost equally. What does each cub pay?",
    cents(F(site + food + minibus) / cubs),
)

# ---- motorhome couple (two)
pitch, per_person, people, nights, hookup, hookup_nights = (
    Lit("18.50"),
    Lit("3.20"),
    2,
    9,
    4,
    6,
)
calc(
    R_MOTORHOME,
    f"Campsite near Tavira charges €{pitch} a night for the pitch plus €{per_person} per person "
    f"per night. There are {people} of us for {nights} nights, and we had electric hook-up at "
    f"€{hookup} a night for {hookup_nights} of those nights. What's the bill?",
    cents(nights * (pitch + people * per_person) + hookup * hookup_nights),
)
litres, diesel = Lit("62.5"), Lit("1.688")
calc(
    R_MOTORHOME,
    f"Filled the motorhome with {litres} litres of diesel at €{diesel} a litre. How much was it?",
    cents(litres * diesel),
)

# ---- food bank hampers (two)
hamper_items = (Lit("2.35"), Lit("1.80"), Lit("3.15"), Lit("0.95"), Lit("4.50"))
hampers = 48
calc(
    R_HAMPER,
    "Each hamper gets five things costing £"
    + ", £".join(str(item_p) for item_p in hamper_items[:-1])
    + f" and £{hamper_items[-1]}. What do {hampers} hampers cost us?",
    cents(sum(hamper_items) * hampers),
)
donated, match_p, hamper_cost = 1840, 50, Lit("28.75")
hamper_count = F(donated * (1 + pct(match_p))) / hamper_cost
assert hamper_count.denominator == 1
calc(
    R_HAMPER,
    f"We've raised £{donated:,} and the supermarket adds {match_p}p for every pound. If a "
    f"hamper costs £{hamper_cost}, how many hampers does the total pay for?",
    hamper_count,
)

# ---- knit and natter
ball, balls, blankets, member_off = Lit("4.60"), 13, 3, 15
calc(
    R_KNIT,
    f"Natter group order: the blanket pattern takes {balls} balls at £{ball} each and we're "
    f"making {blankets} blankets. Group members get {member_off}% off. What's the bill?",
    cents(ball * balls * blankets * (1 - pct(member_off))),
)

# ---- bingo night
book, books_sold, prize_share = 5, 86, 60
calc(
    R_BINGO,
    f"Bingo books £{book} each, {books_sold} sold. Prizes take {prize_share}% of the book "
    "money and the club keeps the rest. How much does the club keep?",
    cents(book * books_sold * (1 - pct(prize_share))),
)

# ---- house move
box_p, boxes, tape_p, tapes, wrap, van_day, van_days = (
    Lit("1.85"),
    40,
    Lit("2.40"),
    6,
    Lit("11.99"),
    79,
    2,
)
calc(
    R_MOVE,
    f"Moving costs so far: {boxes} boxes at £{box_p}, {tapes} rolls of tape at £{tape_p}, "
    f"bubble wrap £{wrap} and the van at £{van_day} a day for {van_days} days. Add it up?",
    cents(boxes * box_p + tapes * tape_p + wrap + van_day * van_days),
)

# ---- festival saver
ticket, booking, saving = 287, Lit("14.35"), Lit("18.50")
calc(
    R_FESTIVAL,
    f"Festival ticket is £{ticket} plus a £{booking} booking fee. I'm putting away £{saving} "
    "every week. How many weeks of saving until I can cover it?",
    whole_up((ticket + booking) / saving),
)

# ---- hen do cottage (two)
cottage, hens = 1485, 12
calc(
    R_HEN,
    f"Cottage for the hen is £{cottage:,} for the weekend. There are {hens} of us including "
    "the bride, and the bride doesn't pay. How much is everyone else's share?",
    cents(F(cottage, hens - 1)),
)
shop_total, fizz, drinkers = 237, 45, 9
calc(
    R_HEN,
    f"Food shop came to £{shop_total}. £{fizz} of that was prosecco, which only {drinkers} of "
    f"the {hens} drink; everything else is split between all {hens}. What does one of the "
    "prosecco drinkers owe?",
    cents(F(shop_total - fizz, hens) + F(fizz, drinkers)),
)

# ---- physics revision
ke_m, ke_v = Lit("1.2"), Lit("4.5")
calc(
    R_PHYSICS,
    f"Kinetic energy, ½mv², for a {ke_m} kg trolley moving at {ke_v} m/s — in joules?",
    F(1, 2) * ke_m * ke_v**2,
)

# ---- pottery glaze night
glaze_price, glaze_unit_g, glaze_used_g = Lit("7.80"), 500, 3250
calc(
    R_POTTERY,
    f"Glaze costs £{glaze_price} per {glaze_unit_g} g tub and the class got through "
    f"{glaze_used_g:,} g. What did that cost?",
    cents(glaze_price * F(glaze_used_g, glaze_unit_g)),
)

# ---- EV road trip (two)
kwh1, rate1 = 52, Lit("0.79")
calc(
    R_EV,
    f"Services rapid charger: {kwh1} kWh at 79p per kWh. What did that top-up cost?",
    cents(kwh1 * rate1),
)
trip_kwh, rapid_kwh, rapid_rate, home_rate = 412, 260, Lit("0.74"), Lit("0.095")
calc(
    R_EV,
    f"Whole trip used {trip_kwh} kWh: {rapid_kwh} kWh on rapid chargers at 74p per kWh and "
    "the rest charged at home at 9.5p per kWh. Total electricity cost in pounds?",
    cents(rapid_kwh * rapid_rate + (trip_kwh - rapid_kwh) * home_rate),
)

# ---- towpath clean-up
bag_pay, bags, trolley_pay, trolleys = Lit("3.50"), 118, 40, 7
calc(
    R_TOWPATH,
    f"The canal trust pays the group £{bag_pay} per full bag and £{trolley_pay} per shopping "
    f"trolley fished out. We did {bags} bags and {trolleys} trolleys. What do we get?",
    cents(bag_pay * bags + trolley_pay * trolleys),
)

# ---- club run
riders_cake, cake_p, riders_tea, tea_p, tip = 9, Lit("6.40"), 5, Lit("2.30"), 10
calc(
    R_CLUBRUN,
    f"Café stop: {riders_cake} riders had coffee and cake at £{cake_p}, {riders_tea} had tea at "
    f"£{tea_p}, and we're adding {tip}% for the staff. What's the total?",
    cents((riders_cake * cake_p + riders_tea * tea_p) * (1 + pct(tip))),
)

# ---- residents committee
lift_bill, flats = 14940, 36
calc(
    R_TOWER,
    f"The lift repair bill of £{lift_bill:,} is shared equally by the {flats} flats. What is "
    "each flat's share?",
    cents(F(lift_bill, flats)),
)

# ---- night ward
dose_per_kg, patient_kg, stock_mg, stock_ml = Lit("7.5"), 64, 250, 5
calc(
    R_NIGHTWARD,
    f"Prescribed {dose_per_kg} mg/kg for a {patient_kg} kg patient; stock is {stock_mg} mg in "
    f"{stock_ml} mL. How many mL do I draw up?",
    dose_per_kg * patient_kg * F(stock_ml, stock_mg),
)

# ---- veg box round
small_p, small_n, large_p, large_n = Lit("14.50"), 38, Lit("22.75"), 27
calc(
    R_VEGBOX,
    f"Thursday round: {small_n} small boxes at £{small_p} and {large_n} large at £{large_p}. "
    "Takings?",
    cents(small_n * small_p + large_n * large_p),
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


CM = F(1, 100)  # m
KM = 1000  # m
GRAM = F(1, 1000)  # kg
LITRE = F(1, 1000)  # m^3
HECTARE = 10**4  # m^2
KNOT = F(1852, 3600)  # m/s (the international knot, 1852 m an hour)
assert 12 * IN / CM == dec("30.48") and ACRE / HECTARE == dec("0.40468564224")


def unit_any(family, query, value):
    """Exact grading when the value has at most three decimals, else rounded to 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---- plain unit questions
unit_any(P, "Someone who's 6 feet 2 inches tall is how many centimetres?", (6 * FT + 2 * IN) / CM)
unit_any(P, "A 13.1-mile half marathon is how many kilometres?", dec("13.1") * MI / KM)
unit_any(P, "Convert 180 lb to kg.", 180 * LB)
unit_any(P, "350 degrees Fahrenheit is how many degrees Celsius?", f_to_c(350))
unit_any(P, "−7 °C is what in °F?", c_to_f(-7))
unit_any(P, "12.5 acres → hectares", dec("12.5") * ACRE / HECTARE)
unit_any(P, "What is 36 psi in bar?", 36 * PSI / BAR)
unit_any(P, "How many GiB is 1,536 MiB?", F(1536 * MIB, GIB))
unit_any(P, "Convert a speed of 120 km/h to mph, please.", 120 * KMH / MPH)
unit_any(P, "12 oz to grams", 12 * OZ / GRAM)
unit_any(P, "Convert 400 sq ft into square metres.", 400 * SQFT)
unit_any(P, "3.5 cubic metres in cubic feet", dec("3.5") / CUFT)
unit_any(
    P,
    "A running pace of 5 minutes per kilometre is how many minutes per mile?",
    5 * MI / KM,
)
unit_any(P, "65 mph in metres per second", 65 * MPH)

# ---- carpet fitter (two)
rm_ft, rm_ft2, rm_in2 = 14, 11, 6
unit_any(
    R_CARPET,
    f"Bedroom measures {rm_ft} ft by {rm_ft2} ft {rm_in2} in. What's that in square metres "
    "for the order?",
    rm_ft * FT * (rm_ft2 * FT + rm_in2 * IN),
)
per_a, per_b = 12, 10
unit_any(
    R_CARPET,
    f"Gripper goes all the way round a {per_a} ft × {per_b} ft room. How many metres of "
    "gripper is that?",
    2 * (per_a + per_b) * FT,
)

# ---- school blazer rail
chest_in = 34
unit_any(
    R_BLAZER,
    f"Label on this blazer only gives chest {chest_in} inches. What is that in cm?",
    chest_in * IN / CM,
)

# ---- kayak club
pool_yd, lengths = 25, 64
unit_any(
    R_KAYAK,
    f"Warm-up was {lengths} lengths of the {pool_yd}-yard pool. How many metres did we paddle?",
    lengths * pool_yd * YD,
)

# ---- English conversation class
oven_c = 180
unit_any(
    R_NEWCOMERS,
    f"One of my learners has an American oven. Her recipe says {oven_c} °C. What should she "
    "set in Fahrenheit?",
    c_to_f(oven_c),
)

# ---- puppy class
pup_kg = Lit("9.4")
unit_any(
    R_PUPPY,
    f"Biscuit weighed in at {pup_kg} kg at class. His owner only thinks in pounds — how many "
    "pounds is that?",
    pup_kg / LB,
)

# ---- maths homework club (two)
hw_miles = Lit("2.75")
unit_any(
    R_HOMEWORK,
    f"Question 4 on the sheet: convert {hw_miles} miles into metres.",
    hw_miles * MI,
)
hw_cuft = 8
unit_any(
    R_HOMEWORK,
    f"How many litres of water fill a tank of exactly {hw_cuft} cubic feet?",
    hw_cuft * CUFT / LITRE,
)

# ---- flatpack
wardrobe_in = 78
unit_any(
    R_FLATPACK,
    f"The wardrobe box says {wardrobe_in} inches tall. What's that in metres? Want to check it "
    "fits under the sloped ceiling.",
    wardrobe_in * IN,
)

# ---- book fair
box_kg, n_boxes = 14, 9
unit_any(
    R_BOOKFAIR,
    f"The returns courier wants weights in pounds: {n_boxes} boxes of books at {box_kg} kg "
    "each. Total in lb?",
    n_boxes * box_kg / LB,
)

# ---- windsurf
wind_kn = 18
unit_any(
    R_WINDSURF,
    f"Whiteboard says wind gusting {wind_kn} knots. What's that in km/h for the beginners' sheet?",
    wind_kn * KNOT / KMH,
)

# ---- cub camp
tent_a, tent_b = 20, 24
unit_any(
    R_CUBS,
    f"Big marquee footprint is {tent_a} ft by {tent_b} ft. The campsite asks for pitch area in "
    "m². What do I put?",
    tent_a * tent_b * SQFT,
)

# ---- motorhome (two)
limit_kmh = 90
unit_any(
    R_MOTORHOME,
    f"Signs here say {limit_kmh} for motorhomes, in km/h. What's that in mph?",
    limit_kmh * KMH / MPH,
)
mh_height = Lit("3.4")
unit_any(
    R_MOTORHOME,
    f"The van is {mh_height} m high. Bridge signs back home are in feet — how many feet is that?",
    mh_height / FT,
)

# ---- food bank (two)
pasta_bags, pasta_g = 220, 500
unit_any(
    R_HAMPER,
    f"Donor wants the pasta weight in pounds for his newsletter: {pasta_bags} bags of "
    f"{pasta_g} g. How many pounds?",
    pasta_bags * pasta_g * GRAM / LB,
)
freezer_f = 0
unit_any(
    R_HAMPER,
    f"The donated chest freezer is set to {freezer_f} °F. What is that in °C?",
    f_to_c(freezer_f),
)

# ---- knit and natter
yarn_yd = 420
unit_any(
    R_KNIT,
    f"Pattern wants {yarn_yd} yards of yarn but the balls are labelled in metres. How many "
    "metres is that?",
    yarn_yd * YD,
)

# ---- bingo
caller_miles = Lit("7.5")
unit_any(
    R_BINGO,
    f"Our caller drives {caller_miles} miles each way to the club. How many km is the round trip?",
    2 * caller_miles * MI / KM,
)

# ---- house move
van_m3 = Lit("11.5")
unit_any(
    R_MOVE,
    f"Van hire site says {van_m3} m³ of load space. The removals checklist is in cubic feet. "
    "Convert?",
    van_m3 / CUFT,
)

# ---- festival
tent_lb, tent_oz = 3, 8
unit_any(
    R_FESTIVAL,
    f"My tent weighs {tent_lb} lb {tent_oz} oz. The kit list wants grams — how many grams is it?",
    (tent_lb * LB + tent_oz * OZ) / GRAM,
)

# ---- hen do (two)
tub_c = 38
unit_any(
    R_HEN,
    f"Hot tub's at {tub_c} °C. Our American bridesmaid wants it in Fahrenheit.",
    c_to_f(tub_c),
)
hike_mi = Lit("6.5")
unit_any(
    R_HEN,
    f"Saturday's coastal walk is {hike_mi} miles. How far is that in kilometres?",
    hike_mi * MI / KM,
)

# ---- physics revision
car_mph = 30
unit_any(
    R_PHYSICS,
    f"Convert {car_mph} mph to m/s for the stopping-distance question.",
    car_mph * MPH,
)

# ---- pottery
kiln_c = 1240
unit_any(
    R_POTTERY,
    f"Our kiln's top temperature is {kiln_c:,} °C. The glaze data sheet is in °F. What's that?",
    c_to_f(kiln_c),
)

# ---- EV road trip (two)
range_mi = 150
unit_any(
    R_EV,
    f"The dash says {range_mi} miles of range left. How many kilometres is that?",
    range_mi * MI / KM,
)
tyre_bar = Lit("2.4")
unit_any(
    R_EV,
    f"Tyres want {tyre_bar} bar but the air pump at these services only reads psi. What psi?",
    tyre_bar * BAR / PSI,
)

# ---- towpath clean-up
tow_mi = Lit("1.75")
unit_any(
    R_TOWPATH,
    f"We cleared {tow_mi} miles of towpath. For the report, how many metres is that?",
    tow_mi * MI,
)

# ---- club run
avg_kmh = Lit("28.5")
unit_any(
    R_CLUBRUN,
    f"Strava says we averaged {avg_kmh} km/h. What's that in mph?",
    avg_kmh * KMH / MPH,
)

# ---- residents committee
garden_acres = Lit("0.3")
unit_any(
    R_TOWER,
    f"The council's map gives the communal garden as {garden_acres} acres. How many square "
    "metres is that?",
    garden_acres * ACRE,
)

# ---- night ward
temp_f = Lit("101.3")
unit_any(
    R_NIGHTWARD,
    f"Relative's home thermometer read {temp_f} °F. What is that in °C for the chart?",
    f_to_c(temp_f),
)

# ---- veg box
spud_kg = 2
unit_any(
    R_VEGBOX,
    f"Customer asks how many pounds are in our {spud_kg} kg bag of potatoes.",
    spud_kg / LB,
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


ZONES = importlib.import_module("zoneinfo")  # the IANA rules, for real offsets on given dates


def zone(name):
    return ZONES.ZoneInfo(name)


def offset_hours(name, when):
    """The UTC offset of a zone at a local wall-clock time, in hours."""
    return F(int(when.replace(tzinfo=zone(name)).utcoffset().total_seconds()), 3600)


def minutes_between(start, start_zone, end, end_zone):
    """Minutes from a wall-clock time in one zone to a wall-clock time in another."""
    a_utc = start.replace(tzinfo=zone(start_zone)).astimezone(dt.UTC)
    b_utc = end.replace(tzinfo=zone(end_zone)).astimezone(dt.UTC)
    secs = int((b_utc - a_utc).total_seconds())
    assert secs > 0 and secs % 60 == 0, (start, end)
    return secs // 60


def local_in(when, from_zone, to_zone):
    """The wall-clock time in to_zone at a wall-clock time in from_zone."""
    return when.replace(tzinfo=zone(from_zone)).astimezone(zone(to_zone)).replace(tzinfo=None)


def on_weekday(d, wd):
    """A date, asserted to fall on the weekday the question relies on."""
    assert d.weekday() == wd, (d, WEEKDAYS[wd])
    return d


def weekday_count(first, last, wd):
    """How many dates from first to last, both included, fall on weekday wd."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def add_working_days(d, n):
    """The date n Monday-to-Friday days after d."""
    while n:
        d += TD(days=1)
        if d.weekday() < SAT:
            n -= 1
    return d


# the offsets the journeys below rely on (IANA rules): New York is already on summer time on
# 20 March 2027 while London is not; Madrid two and London one ahead in September; Lisbon one
# and Madrid two in August; Manila eight and London none in November; the clocks in London go
# back an hour early on Sunday 31 October 2027
assert offset_hours("America/New_York", DT(2027, 3, 20, 16, 25)) == -4
assert offset_hours("Europe/London", DT(2027, 3, 20, 13, 5)) == 0
assert offset_hours("Europe/Madrid", DT(2027, 9, 24, 21, 15)) == 2
assert offset_hours("Europe/London", DT(2027, 9, 25, 18, 45)) == 1
assert offset_hours("Europe/Lisbon", DT(2027, 8, 12, 7, 30)) == 1
assert offset_hours("Europe/Madrid", DT(2027, 8, 12, 16, 5)) == 2
assert offset_hours("Asia/Manila", DT(2027, 11, 17, 5)) == 8
assert offset_hours("Europe/London", DT(2027, 11, 16, 21)) == 0
assert offset_hours("Europe/London", DT(2027, 10, 30, 20)) == 1
assert offset_hours("Europe/London", DT(2027, 10, 31, 8)) == 0
assert weekday_count(D(2027, 11, 1), D(2027, 11, 30), MON) == 5
assert add_working_days(D(2027, 9, 17), 1) == D(2027, 9, 20)

# ---- plain datetime questions
date_item(P, "Which day of the week did 14 October 1987 fall on?", weekday(D(1987, 10, 14)))
date_item(P, "What's the date 100 days after 3 March 2027?", D(2027, 3, 3) + TD(days=100))
date_item(
    P,
    "How many days after 14 February 2028 is 1 June 2028?",
    days(D(2028, 2, 14), D(2028, 6, 1)),
)
date_item(
    P, "Which date falls exactly 6 weeks before 20 December 2029?", D(2029, 12, 20) - TD(weeks=6)
)
date_item(
    P,
    "How old is someone born on 30 August 1961 on 1 March 2027?",
    age(D(1961, 8, 30), D(2027, 3, 1)),
)
date_item(
    P,
    "What number day of the year is 23 September 2027?",
    D(2027, 9, 23).timetuple().tm_yday,
)
date_item(P, "third Thursday of October 2029 — what date?", nth_weekday(2029, 10, THU, 3))
date_item(P, "Date of the final Friday in August 2031?", nth_weekday(2031, 8, FRI, -1))
date_item(
    P,
    "How many Saturdays are there in March 2030?",
    weekday_count(D(2030, 3, 1), D(2030, 3, 31), SAT),
)
date_item(P, "Minutes between 06:55 and 15:10?", clock_span("06:55", "15:10", 60))
date_item(P, "What weekday will 1 January 2050 fall on?", weekday(D(2050, 1, 1)))
date_item(P, "Which date is 1,000 days after 12 July 2026?", D(2026, 7, 12) + TD(days=1000))
wk_a, wk_b = on_weekday(D(2027, 9, 6), MON), on_weekday(D(2028, 3, 20), MON)
date_item(
    P,
    f"How many weeks are there from {sayw(wk_a)} to {sayw(wk_b)}?",
    weeks(wk_a, wk_b),
)
date_item(
    P,
    "A flight leaves London at 13:05 on 20 March 2027 and lands in New York at 16:25 local time "
    "the same day. How many minutes is it in the air?",
    minutes_between(
        DT(2027, 3, 20, 13, 5), "Europe/London", DT(2027, 3, 20, 16, 25), "America/New_York"
    ),
)

# ---- carpet fitter (two)
measured = on_weekday(D(2027, 9, 16), THU)
date_item(
    R_CARPET,
    f"Measured up on {sayw(measured)}. Fitting is 12 working days after that, counting Monday "
    "to Friday only (no bank holidays fall in that stretch). What date do I fit?",
    add_working_days(measured, 12),
)
ordered = D(2027, 11, 2)
date_item(
    R_CARPET,
    f"Ordered the twist pile on {say(ordered)}; the mill says delivery is 23 days after the "
    "order. Which day of the week will it turn up?",
    weekday(ordered + TD(days=23)),
)

# ---- school blazer rail
term_start = on_weekday(D(2027, 9, 1), WED)
date_item(
    R_BLAZER,
    f"Autumn term starts {sayw(term_start)} and we hold the blazer sale 10 days before. What "
    "date is the sale?",
    term_start - TD(days=10),
)

# ---- kayak club
first_pool = on_weekday(D(2027, 10, 3), SUN)
date_item(
    R_KAYAK,
    f"Pool sessions are every other Sunday starting {say(first_pool)}, carrying on without a "
    "break. What's the date of the 8th session?",
    first_pool + TD(weeks=2 * (8 - 1)),
)

# ---- English conversation class
call_london = on_weekday(D(2027, 11, 16), TUE)
manila_when = local_in(DT(2027, 11, 16, 21), "Europe/London", "Asia/Manila")
date_item(
    R_NEWCOMERS,
    f"Maricel phones her mum in Manila at 9 pm London time on {sayw(call_london)}. What day of "
    "the week is it in Manila when she calls?",
    weekday(manila_when.date()),
)

# ---- puppy class
pup_born = D(2027, 6, 19)
date_item(
    R_PUPPY,
    f"Pepper was born on {say(pup_born)} and can start class the day she turns 8 weeks old. "
    "What date is that?",
    pup_born + TD(weeks=8),
)

# ---- maths homework club (two)
date_item(
    R_HOMEWORK,
    "Count the days from 25 December 2027 to 4 July 2028, not counting the first day.",
    days(D(2027, 12, 25), D(2028, 7, 4)),
)
date_item(R_HOMEWORK, "Which day of the week is 1 March 2032?", weekday(D(2032, 3, 1)))

# ---- flatpack
date_item(
    R_FLATPACK,
    "On site at 08:40, last screw in at 13:05. How many minutes do I bill for?",
    clock_span("08:40", "13:05", 60),
)

# ---- book fair
fair_closes = on_weekday(D(2028, 2, 11), FRI)
date_item(
    R_BOOKFAIR,
    f"The fair closes on {sayw(fair_closes)} and the supplier wants our order 18 days after "
    "that. What day of the week is the deadline?",
    weekday(fair_closes + TD(days=18)),
)

# ---- windsurf
date_item(
    R_WINDSURF,
    "Boards out at 10:15 and back at 13:45. How many hours is that on the hire sheet?",
    clock_span("10:15", "13:45", 3600),
)

# ---- cub camp
camp_in, camp_out = on_weekday(D(2027, 7, 30), FRI), on_weekday(D(2027, 8, 8), SUN)
date_item(
    R_CUBS,
    f"Camp runs from {sayw(camp_in)} to {sayw(camp_out)}. How many nights do I budget for?",
    days(camp_in, camp_out),
)

# ---- motorhome (two)
ferry_dep = DT(2027, 9, 24, 21, 15)
ferry_arr = DT(2027, 9, 25, 18, 45)
on_weekday(ferry_dep.date(), FRI)
date_item(
    R_MOTORHOME,
    f"Ferry home leaves Santander at 21:15 local time on {sayw(ferry_dep.date())} and gets into "
    "Portsmouth at 18:45 local time the next evening. How many hours are we on board?",
    F(minutes_between(ferry_dep, "Europe/Madrid", ferry_arr, "Europe/London"), 60),
)
site_in = D(2027, 10, 4)
date_item(
    R_MOTORHOME,
    f"We've booked 28 nights at the Algarve site, arriving {say(site_in)}. What's our "
    "check-out date?",
    site_in + TD(days=28),
)

# ---- food bank (two)
collect_a, collect_b = D(2027, 11, 1), D(2027, 12, 20)
date_item(
    R_HAMPER,
    f"Collection boxes are out from {say(collect_a)} to {say(collect_b)}. How many days is "
    "that, counting both the first and the last day?",
    days(collect_a, collect_b) + 1,
)
sat_end = D(2027, 12, 24)
date_item(
    R_HAMPER,
    f"We do a supermarket collection every Saturday from {say(collect_a)} up to "
    f"{say(sat_end)}. How many Saturday collections is that?",
    weekday_count(collect_a, sat_end, SAT),
)

# ---- knit and natter
date_item(
    R_KNIT,
    "We meet on the first Wednesday of every month. What's the date of the March 2028 meeting?",
    nth_weekday(2028, 3, WED, 1),
)

# ---- bingo
date_item(
    R_BINGO,
    "Eyes down at 19:30, last house called at 22:50. How many minutes of bingo is that?",
    clock_span("19:30", "22:50", 60),
)

# ---- house move
completion = on_weekday(D(2028, 1, 28), FRI)
date_item(
    R_MOVE,
    f"Completion is {sayw(completion)}. We want the boxes delivered exactly 3 weeks before "
    "that. What date do I book them for?",
    completion - TD(weeks=3),
)

# ---- festival
gates_open = on_weekday(D(2027, 6, 23), WED)
date_item(
    R_FESTIVAL,
    f"Gates open on {sayw(gates_open)} and close 4 days later. Which day of the week do "
    "they close?",
    weekday(gates_open + TD(days=4)),
)

# ---- hen do (two)
hen_in = DT(2027, 9, 10, 16)
hen_out = DT(2027, 9, 13, 10)
on_weekday(hen_in.date(), FRI)
on_weekday(hen_out.date(), MON)
date_item(
    R_HEN,
    f"Check-in 4 pm {sayw(hen_in.date())}, check-out 10 am {sayw(hen_out.date())}. How many "
    "hours do we actually have the cottage?",
    F(int((hen_out - hen_in).total_seconds()), 3600),
)
date_item(
    R_HEN,
    f"The cottage wants the balance 45 days before arrival on {sayw(hen_in.date())}. What's the "
    "date it's due?",
    hen_in.date() - TD(days=45),
)

# ---- physics revision
exam = D(2028, 6, 14)
date_item(
    R_PHYSICS,
    f"Paper 1 is on {say(exam)}. If we start revising exactly 12 weeks before, on what date do "
    "we start?",
    exam - TD(weeks=12),
)

# ---- pottery
kiln_on = DT(2027, 11, 4, 18, 30)
on_weekday(kiln_on.date(), THU)
date_item(
    R_POTTERY,
    f"Kiln switched on at 18:30 on {sayw(kiln_on.date())}. The firing takes 27 hours and then "
    "it needs 18 hours to cool. On what day of the week can we open it?",
    weekday((kiln_on + TD(hours=27 + 18)).date()),
)

# ---- EV road trip (two)
ev_dep, ev_arr = DT(2027, 8, 12, 7, 30), DT(2027, 8, 12, 16, 5)
date_item(
    R_EV,
    f"Left Lisbon at 07:30 local time on {say(ev_dep.date())}, arrived in Seville at 16:05 "
    "local time the same day, two charging stops included. How many minutes door to door?",
    minutes_between(ev_dep, "Europe/Lisbon", ev_arr, "Europe/Madrid"),
)
ev_pickup = D(2027, 8, 7)
date_item(
    R_EV,
    f"Picked up the hire EV on {say(ev_pickup)} and it has to be back 21 days later. Return date?",
    ev_pickup + TD(days=21),
)

# ---- towpath clean-up
first_clean = on_weekday(D(2028, 1, 8), SAT)
date_item(
    R_TOWPATH,
    f"We clean up every fourth Saturday, starting {sayw(first_clean)}. What's the date of the "
    "10th clean-up?",
    first_clean + TD(weeks=4 * (10 - 1)),
)

# ---- club run
date_item(
    R_CLUBRUN,
    "We ride every Sunday of the year. How many Sundays are there in 2028?",
    weekday_count(D(2028, 1, 1), D(2028, 12, 31), SUN),
)

# ---- residents committee
agm = on_weekday(D(2028, 3, 14), TUE)
date_item(
    R_TOWER,
    f"The AGM is {sayw(agm)} and the notice has to go out at least 21 days before the meeting "
    "date. What's the latest date it can go out?",
    agm - TD(days=21),
)

# ---- night ward
shift_on, shift_off = DT(2027, 10, 30, 20), DT(2027, 10, 31, 8)
on_weekday(shift_on.date(), SAT)
date_item(
    R_NIGHTWARD,
    f"Night shift in Leeds: on at 20:00 {sayw(shift_on.date())}, off at 08:00 "
    f"{sayw(shift_off.date())} by the ward clock. How many hours did I actually work?",
    F(minutes_between(shift_on, "Europe/London", shift_off, "Europe/London"), 60),
)

# ---- veg box
sown = D(2028, 3, 3)
date_item(
    R_VEGBOX,
    f"Sowed the squash on {say(sown)}; the packet says 75 days to harvest. What date's that?",
    sown + TD(days=75),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: ten topics of ten
N_TIDES = "curious-tides-monsoons-and-geysers"
for asked in (
    "Why are there two high tides a day when the moon only goes round once?",
    "What actually makes a monsoon switch on every year?",
    "How does a geyser like Old Faithful keep erupting on a rough schedule?",
    "Why is the tidal range in the Bay of Fundy so huge compared with the Mediterranean?",
    "is it true that the monsoon is basically a giant sea breeze?",
    "What's the difference between a tsunami and a storm surge?",
    "Why do some geysers stop erupting after an earthquake?",
    "Could you explain spring tides and neap tides like I'm twelve?",
    "Why does the Indian monsoon sometimes fail, and what happens to farmers when it does?",
    "What causes the whirlpools you see in places like the Corryvreckan?",
):
    neg(N_TIDES, asked)

N_CARTHAGE = "curious-phoenician-and-carthage-history"
for asked in (
    "Who were the Phoenicians and why were they so good at sailing?",
    "Why did Rome and Carthage end up fighting three wars?",
    "Did Hannibal really take elephants over the Alps, and how many survived?",
    "How did the Phoenician alphabet end up becoming ours?",
    "What was the purple dye from Tyre and why was it so expensive?",
    "Was Carthage really salted after it was destroyed, or is that a myth?",
    "How did the Carthaginians govern themselves compared with Rome?",
    "why didn't carthage send more help to hannibal in italy?",
    "What did ordinary people in Carthage eat and do for work?",
    "Which Phoenician cities can you still visit ruins of today?",
):
    neg(N_CARTHAGE, asked)

N_LANGS = "curious-elixir-haskell-and-cobol-tradeoffs"
for asked in (
    "For a small chat server, would you pick Elixir or Go, and why?",
    "Is learning Haskell worth it if I'll never use it at work?",
    "Why do banks still run so much COBOL?",
    "What does the BEAM virtual machine give Elixir that other runtimes don't?",
    "Haskell's laziness: blessing or curse for beginners?",
    "I've been offered a COBOL maintenance job at a good salary. Career dead end?",
    "How do Elixir's supervision trees compare with plain try/except error handling?",
    "Which is easier to hire for in a startup: Elixir or Haskell developers?",
    "what are the main gripes people have about Haskell's tooling?",
    "Could a COBOL system realistically be rewritten in Java, and what usually goes wrong?",
):
    neg(N_LANGS, asked)

N_FADO = "curious-fado-tango-and-rebetiko-music"
for asked in (
    "What does 'saudade' mean in fado, and is there an English equivalent?",
    "Who should I listen to first if I want to get into fado?",
    "How did tango start out in Buenos Aires?",
    "Why is rebetiko sometimes called the Greek blues?",
    "What's the difference between Argentine tango music and ballroom tango?",
    "Recommend me three rebetiko songs for a long drive.",
    "Why was rebetiko banned or frowned on at times?",
    "Is Amália Rodrigues still the greatest fado singer, or is that just nostalgia?",
    "What instrument makes that bright tinkly sound in Portuguese guitar music?",
    "How did Piazzolla change tango, and why were some people angry about it?",
):
    neg(N_FADO, asked)

N_CHILLI = "curious-balcony-chilli-and-herb-troubles"
for asked in (
    "My chilli plant's flowers keep dropping off before any fruit sets. What am I doing wrong?",
    "Why does supermarket basil die within a week on my windowsill?",
    "Rosemary on my balcony has gone brown at the tips — overwatered or underwatered?",
    "Is it worth overwintering chilli plants indoors?",
    "Little white flies all over my mint. How do I get rid of them without spraying poison?",
    "What herbs actually cope with a windy north-facing balcony?",
    "My coriander bolts almost straight away. Any tips?",
    "Do chillies get hotter if you stress the plant?",
    "Should I pinch the tops off my basil, and where exactly?",
    "Thyme looks woody and sparse after its second summer. Replace it or prune it?",
):
    neg(N_CHILLI, asked)

N_TOASTS = "curious-farewell-cards-and-anniversary-toasts"
for asked in (
    "Write a short funny message for the leaving card of a colleague who's off to run a cafe.",
    "Help me with a toast for my parents' ruby wedding anniversary, warm but not soppy.",
    "What do I write in a card for a neighbour who's moving into a care home?",
    "Draft a two-minute speech for my boss's retirement do; she loved hiking and terrible puns.",
    "Something to write in a card for a teacher who's leaving mid-year for health reasons?",
    "Could you give me a short poem for my grandparents' diamond anniversary?",
    "I need a gentle toast for a 25th anniversary where one partner was recently ill.",
    "Write a farewell note to my team when I'm leaving on not great terms, but staying polite.",
    "Ideas for a leaving-card line for a work friend emigrating to Canada?",
    "Help me open an anniversary speech without the usual 'for those who don't know me'.",
):
    neg(N_TOASTS, asked)

N_TACT = "curious-shared-driveway-and-in-law-tact"
for asked in (
    "Our neighbour keeps parking across the shared driveway. How do I raise it without a war?",
    "My mother-in-law rearranges my kitchen every time she visits. How do I bring it up?",
    "Is it rude to ask the in-laws to book a hotel instead of staying with us for a week?",
    "Neighbour's van blocks our drive on bin day. Note on the windscreen or knock on the door?",
    "How do I tell my father-in-law his jokes at dinner are upsetting my kids?",
    "We split the cost of resurfacing the driveway, but the neighbour's now refusing. Advice?",
    "My sister-in-law keeps asking when we're having a baby. What's a polite shutdown?",
    "What's a fair way to share snow clearing on a shared drive?",
    "How do I say no to hosting Christmas for the in-laws again without causing drama?",
    "Neighbour put a planter on the shared driveway without asking. Should I let it go?",
):
    neg(N_TACT, asked)

N_THESEUS = "curious-ship-of-theseus-and-fairness-puzzles"
for asked in (
    "If every plank of a ship is replaced one by one, is it still the same ship?",
    "Is it fair to tax inheritance when the money was already taxed once?",
    "If a teleporter destroys you and rebuilds you elsewhere, did you survive?",
    "Is it unfair that tall people earn more on average, and should anything be done about it?",
    "If I replace my brain cells gradually with chips, at what point do I stop being me?",
    "Rawls's veil of ignorance: does it actually tell us anything concrete?",
    "Is luck ever a fair basis for reward, like in a lottery-run school admissions system?",
    "Is a restored antique that's 90% new parts still worth calling original?",
    "Should the fastest child get the prize, or the one who improved most?",
    "Why do people feel cheated by a coin toss even when it's perfectly fair?",
):
    neg(N_THESEUS, asked)

N_NAUTICAL = "curious-nautical-phrase-origins"
for asked in (
    "Where does 'by and large' come from? I heard it's from sailing.",
    "Is 'the whole nine yards' nautical or is that a myth?",
    "What's the origin of 'three sheets to the wind'?",
    "Why do we say someone is 'taken aback'?",
    "Where does 'learning the ropes' come from?",
    "What's the story behind 'a clean bill of health'?",
    "People say 'posh' stands for 'port out, starboard home'. Any truth in that?",
    "Why is the left side of a ship called port?",
    "what does 'in the offing' originally mean",
    "Where did 'batten down the hatches' come from, and when did it go mainstream?",
):
    neg(N_NAUTICAL, asked)

N_POSTURE = "curious-desk-posture-and-stiff-neck-advice"
for asked in (
    "I wake up with a stiff neck most days since I started working from home. Ideas?",
    "Is a standing desk actually better for your back, or just a fad?",
    "What stretches help with that ache between the shoulder blades after a long screen day?",
    "Should my monitor be at eye level or slightly below?",
    "Are those posture-corrector straps any good?",
    "Laptop on the sofa all day: how bad is it really?",
    "My wrist tingles after typing — is it time to see a doctor?",
    "What's a good routine of desk breaks that I'll actually stick to?",
    "Does sleeping on your front cause neck pain?",
    "Is a kneeling chair worth trying for lower back pain?",
):
    neg(N_POSTURE, asked)

# ---- near-negatives: thirteen families of five, shaped like tool questions
for asked in (
    "What's the euro to pound exchange rate at the moment?",
    "How much is a litre of unleaded in Germany this week?",
    "What's Bitcoin trading at right now?",
    "Where is the Bank of England base rate sitting these days?",
    "Price of gold per troy ounce today?",
):
    neg("near-prices-and-rates-today", asked, "live data: needs a current price or rate")
for asked in (
    "My dishwasher is showing E15 and won't start. What does that mean?",
    "Combi boiler showing F28 — what's wrong with it?",
    "Amber light on my dashboard shaped like a horseshoe with an exclamation mark. Serious?",
    "The washing machine flashes 4C at the start of every cycle. What's that?",
    "The router's light is blinking orange twice then pausing. What's it telling me?",
):
    neg("near-warning-lights-and-fault-codes", asked, "model lookup: a code or symbol, not a sum")
for asked in (
    "Who recorded the song '9 to 5', and was it written for a film?",
    "What is 'Catch-22' actually about?",
    "Who wrote 'Fahrenheit 451' and why that title?",
    "Which of Taylor Swift's albums is called '1989', and is it any good?",
    "What's the film '127 Hours' about — is it a true story?",
):
    neg("near-numbers-in-titles-and-names", asked, "numbers are titles: needs knowledge")
for asked in (
    "Roughly how many hairdressers are there in Manchester?",
    "About how many ping-pong balls would it take to fill a shipping container?",
    "Estimate how many words I say out loud in a year.",
    "How many leaves are on a big old oak tree, roughly?",
    "At any given moment, about how many people are in the air on planes?",
):
    neg("near-back-of-envelope-guesses", asked, "estimate: no figures given to calculate with")
for asked in (
    "How come summing a number's digits shows whether 3 divides it?",
    "Why is a negative times a negative a positive?",
    "Why can't you divide by zero — what actually breaks?",
    "Why does the alternating digit sum test for divisibility by 11 work?",
    "Why is 0 factorial equal to 1?",
):
    neg("near-why-the-number-trick-works", asked, "explanation of a rule, not a computation")
for asked in (
    "How many metres tall is the Shard in London?",
    "How many bones are there in an adult human hand?",
    "Roughly how many people live in New Zealand?",
    "What's the depth of the Mariana Trench at its deepest point, in metres?",
    "How long is the River Severn?",
):
    neg("near-trivia-figures-not-given", asked, "numeric fact nobody stated: needs knowledge")
for asked in (
    "Is £1,200 a fair price for a 2015 Yamaha upright piano?",
    "Gym is £45 a month and I'd go twice a week. Worth it?",
    "Should I pay £180 extra for a three-year warranty on a £900 laptop?",
    "Is €25 for a cocktail in central Paris a rip-off?",
    "Is a 2014 Honda Jazz with 90,000 miles on it a good buy at £3,000?",
):
    neg("near-is-it-worth-the-money", asked, "judgement on a stated price, not arithmetic")
for asked in (
    "My blood pressure read 142 over 91 this morning. Is that bad?",
    "Resting heart rate of 48 — should I be worried?",
    "Soil test says pH 5.2. What does that mean for my blueberries?",
    "Pool test strip shows chlorine at 0.5 ppm. Safe to swim?",
    "Oil on the dipstick is just under the minimum mark. Can I still drive to work?",
):
    neg("near-what-a-reading-means", asked, "interpreting a measured value needs the model")
for asked in (
    "Which year did the Channel Tunnel open to passengers?",
    "When was the very first Eurovision Song Contest held?",
    "When did women in Switzerland get the vote in federal elections?",
    "On what date did the Titanic sink?",
    "When did the UK switch to decimal money?",
):
    neg("near-when-did-it-happen", asked, "historical date not given: needs knowledge")
for asked in (
    "Write a Python function that counts working days between two dates, skipping weekends.",
    "Give me an Excel formula that adds 20% VAT to whatever is in column B.",
    "Write a little JavaScript function to convert Celsius to Fahrenheit.",
    "SQL to get each customer's average order total from an orders table?",
    "Bash one-liner to sum the third column of a CSV file?",
):
    neg("near-write-code-that-calculates", asked, "code to write, not a value to compute")
for asked in (
    "How much will my electricity bill be this quarter?",
    "How long until my savings reach £10,000?",
    "What will my take-home pay be after tax?",
    "How many tiles do I need for the bathroom wall?",
    "How long will it take me to drive to my mum's on Saturday?",
):
    neg("near-sums-missing-a-figure", asked, "underspecified: the deciding figures are missing")
for asked in (
    "My dough doubled in 40 minutes at 26 °C. Is it over-proofed?",
    "Cooked rice has been sitting out for 5 hours. Still OK to eat?",
    "Chicken thighs read 70 °C inside. Are they done, or should I keep going?",
    "I only had 2 eggs for a cake that needs 3. Will it still work?",
    "Can I swap the 100 g of butter in brownies for olive oil, and would it taste odd?",
):
    neg("near-kitchen-judgement-calls", asked, "kitchen judgement with numbers in it")
for asked in (
    "Why does tennis scoring go 15, 30, 40 instead of 45?",
    "How does a tiebreak work in tennis?",
    "What's a try worth in rugby league compared with rugby union?",
    "What does the Duckworth-Lewis-Stern method actually do in cricket?",
    "In darts, what is a nine-dart finish and how rare is it?",
):
    neg("near-sport-and-game-scoring-rules", asked, "rules and jargon of a game: needs knowledge")

# ---- conversations: seven families of five, each ending in a request only a model can meet
CV_MSG = "conv-split-the-bill-then-draft-a-message"
for who, total, people_n, ask in (
    (
        "the villa in Crete",
        2760,
        8,
        "Write a friendly WhatsApp asking everyone to pay me by Friday.",
    ),
    (
        "the minibus to the wedding",
        630,
        14,
        "Can you draft a short, not-naggy email asking the guests for their share?",
    ),
    (
        "Mum's surprise party",
        486,
        6,
        "Write a message to my siblings asking for it, and make it a bit funny.",
    ),
    (
        "the five-a-side pitch for the season",
        1020,
        12,
        "Now write a polite reminder for the three who haven't paid yet.",
    ),
    (
        "the office Christmas lunch deposit",
        375,
        15,
        "Draft a Slack message telling people, plus where to send it, keep it upbeat.",
    ),
):
    share = cents(F(total, people_n))
    share_txt = gbp(share)
    conv(
        CV_MSG,
        [
            (U, f"{who[0].upper()}{who[1:]} came to £{total:,}, split {people_n} ways. Each?"),
            (A, f"That's {share_txt} each (£{total:,} ÷ {people_n})."),
            (U, f"Great, so {share_txt} each. {ask}"),
        ],
        "asks for writing after a worked split",
    )

CV_FAIR = "conv-price-rise-then-is-it-fair"
for thing, old_p, new_p, ask in (
    ("My rent", 950, 1045, "Is that a reasonable rise for a landlord to ask in one go?"),
    ("The after-school club", 12, 15, "Is that fair, given nothing about the club has changed?"),
    ("Our allotment rent", 80, 96, "Should I complain to the council about that, or let it go?"),
    (
        "My broadband",
        32,
        38,
        "Is that normal for a mid-contract rise, and can I do anything about it?",
    ),
    (
        "The school trip",
        240,
        282,
        "Do you think that's justified, or should parents push back?",
    ),
):
    rise = (F(new_p) - old_p) / old_p * 100
    assert terminates(rise)
    rise_txt = f"{float(rise):g}"
    conv(
        CV_FAIR,
        [
            (U, f"{thing} is going from £{old_p:,} to £{new_p:,}. What percentage rise is that?"),
            (A, f"The rise is {rise_txt}%: £{new_p - old_p} on top of £{old_p:,}."),
            (U, ask),
        ],
        "asks for a verdict on fairness after the sum",
    )

CV_WHY = "conv-result-then-why-it-works"
for opener, reply, ask in (
    (
        "If a price goes up 10% and then down 10%, where does £200 end up?",
        f"It ends at £{float(200 * F(11, 10) * F(9, 10)):g}: up to £220, then down £22.",
        "But why isn't it back to £200? Explain it so my teenager gets it.",
    ),
    (
        "What's 15% of 80 and what's 80% of 15?",
        f"Both are {float(F(15, 100) * 80):g}.",
        "Why does that swap always work? Is there a neat way to see it?",
    ),
    (
        "Split £90 in the ratio 2:3:4.",
        "£20, £30 and £40.",
        "Why does dividing by the total of the ratio parts give the right answer?",
    ),
    (
        "What's 1/3 + 1/6?",
        "1/2.",
        "Why do you need a common denominator at all? Why can't you just add tops and bottoms?",
    ),
    (
        "Average speed there at 30 mph and back at 60 mph over the same road?",
        "40 mph.",
        "Why isn't it 45? Intuitively it feels like it should be.",
    ),
):
    conv(
        CV_WHY,
        [(U, opener), (A, reply), (U, ask)],
        "asks for the reason behind a result, not another sum",
    )
assert 200 * F(11, 10) * F(9, 10) == 198 and F(2 * 30 * 60, 30 + 60) == 40

CV_PLAN = "conv-figure-then-make-a-plan"
for goal, target, weeks_left, ask in (
    (
        "a holiday in Lisbon",
        1300,
        26,
        "Can you help me plan where to cut back to find that? I spend a lot on takeaways.",
    ),
    (
        "a second-hand road bike",
        780,
        12,
        "Give me a realistic plan for finding that, I'm a student with a weekend job.",
    ),
    (
        "Christmas presents",
        600,
        20,
        "Make me a simple plan for the next few months so December isn't a panic.",
    ),
    (
        "a new boiler fund",
        2400,
        40,
        "What could we change around the house to free that up? Two adults, one child.",
    ),
    (
        "driving lessons",
        1050,
        15,
        "Help me plan how to budget for that alongside my bus pass and phone bill.",
    ),
):
    per_week = cents(F(target, weeks_left))
    conv(
        CV_PLAN,
        [
            (U, f"I need £{target:,} for {goal} in {weeks_left} weeks. How much a week is that?"),
            (A, f"{gbp(per_week)} a week (£{target:,} ÷ {weeks_left})."),
            (U, ask),
        ],
        "asks for a plan after a figure was worked out",
    )

CV_HIST = "conv-conversion-then-the-story-behind-it"


def exact_text(x):
    """A terminating value written out in full, e.g. 4046.8564224."""
    x = F(x)
    assert terminates(x), x
    return format(Decimal(x.numerator) / Decimal(x.denominator), "f")


assert exact_text(ACRE) == "4046.8564224" and exact_text(F(212)) == "212"

for opener, reply, ask in (
    (
        "Convert 18 miles to km for me.",
        f"{exact_text(18 * MI / KM)} km.",
        "Why does Britain still put miles on road signs when everything else went metric?",
    ),
    (
        "What's 1 inch in centimetres?",
        f"Exactly {exact_text(IN / CM)} cm.",
        "Why exactly 2.54? Who decided that and when?",
    ),
    (
        "How many square metres is an acre?",
        f"{exact_text(ACRE)} m².",
        "Where did the acre come from in the first place? Something to do with oxen?",
    ),
    (
        "Convert 100 °C to Fahrenheit.",
        f"{exact_text(c_to_f(100))} °F.",
        "Why did Fahrenheit pick such odd numbers for freezing and boiling?",
    ),
    (
        "How many metres are in a nautical mile?",
        "1,852 metres.",
        "Why is a nautical mile a different length from a normal mile?",
    ),
):
    conv(CV_HIST, [(U, opener), (A, reply), (U, ask)], "asks for the history behind a unit")
assert 18 * MI / KM == dec("28.968192") and IN / CM == dec("2.54") and c_to_f(100) == 212

CV_DATEPLAN = "conv-date-then-what-to-do"
for event, from_day, n_days, ask in (
    (
        "when my renewed passport should arrive",
        D(2027, 5, 3),
        70,
        "Is that enough margin before a trip, or should I pay for the fast-track service?",
    ),
    (
        "when the puppy comes home",
        D(2027, 6, 12),
        56,
        "What should I buy and puppy-proof before then?",
    ),
    (
        "when our house move completes",
        D(2027, 8, 2),
        42,
        "What should we be doing week by week until then?",
    ),
    (
        "the day of my half marathon",
        D(2027, 9, 5),
        84,
        "Can you sketch a sensible training plan for someone who runs 10 km now?",
    ),
    (
        "when the baby is due",
        D(2027, 10, 4),
        63,
        "What's worth getting sorted before then, and what can honestly wait?",
    ),
):
    target_day = from_day + TD(days=n_days)
    conv(
        CV_DATEPLAN,
        [
            (U, f"What date is {n_days} days after {say(from_day)}? That's {event}."),
            (A, f"{sayw(target_day)}."),
            (U, ask),
        ],
        "asks for advice after a date was worked out",
    )

CV_TRANSLATE = "conv-sum-then-put-it-in-another-language"
for opener_sum, amount, ask in (
    (
        "3 nights at €85 plus €12 tourist tax",
        3 * 85 + 12,
        (
            "Thanks. Can you write that in Spanish as a short polite message to the owner "
            "confirming the booking and the total?"
        ),
    ),
    (
        "2 adults at €18 and 3 children at €9.50",
        2 * 18 + 3 * dec("9.50"),
        "How would I say that at the ticket desk in Italian, politely?",
    ),
    (
        "a 4-hour boat hire at €45 an hour",
        4 * 45,
        (
            "Put that into Portuguese for me: we'd like the boat for four hours and will pay "
            "that in cash."
        ),
    ),
    (
        "6 bottles at €7.25 each",
        6 * dec("7.25"),
        (
            "Could you turn that into a short French note for the vineyard asking them to hold "
            "the bottles until Saturday?"
        ),
    ),
    (
        "2 rooms for 5 nights at €64 a night each",
        2 * 5 * 64,
        "Please write an email in German to the guesthouse confirming both rooms and that total.",
    ),
):
    total_txt = f"€{float(cents(amount)):.2f}"
    conv(
        CV_TRANSLATE,
        [(U, f"What's the total for {opener_sum}?"), (A, f"{total_txt}."), (U, ask)],
        "asks for a translation after the sum",
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
    # no register (family name) of this set is a family name of sets 19 to 130
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 130: {reused}"
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
