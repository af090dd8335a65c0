r"""Generate heldout-2027-03-29.jsonl: a hundred-and-sixteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-29 by a helper session working only in /work/sealed116, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-03-29.jsonl, PREFIX "ho116-", earlier generators 1-115, register check against sets
19 to 115); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed116/earlier_registers.txt (2287 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats one
  (near matches such as retired_couple_downsizing_home, language_exchange_meetup,
  garden_pond_koi_installer, bathroom_tiling_weekend or hospital_night_porter_log led to other
  choices);
- of the copied script (2337 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-325), the units set-up (700-760), the datetime set-up (1051-1135),
  the negatives set-up with neg/conv (1531-1538), and the weekday check, checks and output
  (2114-2337).
The previous set's question sections were never viewed: a cutting script asserted the boundary
lines read above and kept only the five read ranges, so lines 326-699, 761-1050, 1136-1530 and
1539-2113 were dropped by line number, and four new sections were written from scratch in
scratch files (since deleted). No git history, web or code search, router, tools, tests, other
files under /work/main or other generators were read (the script imports earlier generators
itself, in memory, for its duplicate and register checks). No JSONL was read; the expected
values were reviewed beside the item ids through this script's own --show listing.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a parent homeschooling three
  children, a tabletop RPG campaign host, an expat family moving to Lisbon, a garden bird-feeder
  watcher, a school bake sale treasurer, a couple cycle touring in France, an adult guitar
  beginner, a classic Mini restorer, an under-tens football coach, a remote worker's home
  office, a wild-camping hiker, a thrift-store furniture flipper, a first-time dinner party
  host, a long-distance couple, a gamer building a first PC, a teenager with a Saturday cafe
  job, a co-parent sharing custody, an indie app developer, a city-break weekend planner, an
  electric scooter commuter, newlyweds saving for a deposit, an amateur wine tasting circle, a
  teenager's paper round, a sixth-former revising for exams and a newly qualified paramedic),
  each register used by all three tools, the first six with two items per tool. Phrasing
  varies: statements, questions, imperatives, lowercase, numbers in words, pounds, pence,
  dollars and euros, symbols and written-out units, dates with and without weekdays, clock
  times, fixed UTC offsets, extra context sentences.
- Every expected value is computed in code from the figures the question states (the figures
  are held in variables and interpolated into the text): Fraction and Decimal for money and
  quantities (exact, at most three decimals for the calculator, money() asserting whole cents
  or pence, whole_up where only whole payments or days count), exact unit definitions (inch,
  foot, yard, mile, avoirdupois pound and ounce, acre, hectare, litre, cubic foot, psi, bar,
  GiB/MiB/KiB, km/h, m/s and mph, Celsius/Fahrenheit) for conversions, graded exactly when the
  result terminates in at most three decimals and at 0.1% otherwise (unit_r asserting that an
  answer rounded to two decimals still passes), and datetime/date arithmetic for dates,
  weekdays, ages, spans, inclusive day counts, whole weeks, sessions on chosen weekdays
  (count_weekdays), nth and last weekdays, clock intervals across midnight, and fixed offsets
  written as +01:00 or -04:00 (converted with tz-aware datetimes by zoned()). Weekdays written
  next to dates come from the computed date (sayw), and the weekdays the prose relies on were
  asserted.
- 200 negatives: 100 ordinary ones in ten topics (ocean, storm and weather wonders, parenting
  and sibling worries, jingles, haiku and captions, JavaScript, git and Docker snags,
  Renaissance and revolution whys, fairness and moral puzzles, chess, poker and team game
  thinking, nutrition and training myths, phrasebook manners and gifts, money concepts in plain
  words), 65 near-negatives shaped like positives but needing the model (numbers that are
  labels, ballpark Fermi guesses, why the maths works, code to write for a sum, what stated
  figures say, whether something is worth paying for, facts nobody stated, chance and evidence
  hunches), and 35 conversations in which the last turn asks for writing after a sum, for a
  result whose figures are still missing, for an opinion after a number, for the method or
  reason behind an answer, about numbers that are names, or for a judgement or wording about a
  house rule set earlier; none ends in a plain exact question that the earlier turns leave
  unchanged. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 115,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), and a read-through of every positive's expected value from --show. The cutting
script's boundary assertions passed first time. In the first runs the checks stopped, one at a
time, on: "one month's rent" in a Lisbon calculator item (number-and-month check; reworded to
"a fee equal to the rent"), "Tomorrow's stage" and "today" in two cycling units items (relative
words; reworded to a named stage), and "This week" in a datetime night-shift item (reworded to
"My rota has"). The duplicate check then flagged 24 items matching earlier sets word for word
(one calculator, three datetime and five units plain positives, and fifteen negatives, two of
them conversations through a first user turn); all were reworded, and the positives also got
new figures or dates (760 raised by 35 per cent, 6 March 1871, 7 March to 23 November 2029,
21:40 to 06:05, 67 inches, 13.1 miles, 6 ft 2 in, 3.75 GiB, 2.35 litres), computed in code. A
second duplicate run flagged two more (that GiB to MiB plain item and a question about boiling
water on Everest), reworded, the first with 5.25 GiB. The register first called
hospital_porter_on_shifts was renamed newly_qualified_paramedic (its hourly rate changed to
17.80, computed in code) because it sat too close to hospital_night_porter_log. The read-through
of the --show listing found no expected value to correct. Ruff check passed every time; ruff
format split four over-long near-negative tuples and removed an extra blank line at a section
joint (one datetime question that it would have turned into a parenthesised single string had
been written on one line beforehand). After formatting, five lines were over 99 columns (the
paramedic pay question, the third-Thursday plain question, the Mini age question, a React
negative and an electricity-use near-negative); they were fixed by splitting strings inside
parentheses or shortening the wording (the third-Thursday question twice, since ruff format
joined its call back onto one 100-column line), and the script was re-run with all checks
passing.

Run: /work/main/.venv/bin/python make_heldout_116.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-29.jsonl"
PREFIX = "ho116-"
# earlier generators: sets 1-115 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 116))
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


R_HOMESCHOOL = "homeschooling_parent_of_three"
R_RPG = "tabletop_rpg_campaign_host"
R_LISBON = "expat_family_moving_to_lisbon"
R_FEEDER = "garden_birdfeeder_watcher"
R_BAKESALE = "school_bake_sale_treasurer"
R_CYCLETOUR = "cycle_touring_couple_in_france"
R_GUITAR = "adult_guitar_beginner"
R_MINI = "classic_mini_restorer"
R_UNDER10S = "under_tens_football_coach"
R_REMOTE = "remote_worker_home_office"
R_WILDCAMP = "wild_camping_hiker"
R_FLIPPER = "thrift_store_furniture_flipper"
R_DINNER = "first_dinner_party_host"
R_LONGDIST = "long_distance_couple_visits"
R_PCBUILD = "gamer_building_a_first_pc"
R_CAFEJOB = "saturday_job_teenager_in_a_cafe"
R_COPARENT = "shared_custody_co_parent"
R_APPDEV = "indie_app_developer_side_project"
R_CITYBREAK = "city_break_weekend_planner"
R_ESCOOTER = "electric_scooter_commuter"
R_NEWLYWEDS = "newlyweds_saving_for_a_deposit"
R_WINECIRCLE = "amateur_wine_tasting_circle"
R_PAPERROUND = "teenage_paper_round"
R_REVISION = "sixth_former_revising_for_exams"
R_PARAMEDIC = "newly_qualified_paramedic"


def money(x):
    """A money amount that must come out in whole cents or pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# ---- plain one-line questions (14)
c_p, c_n = "18.5", 2460
calc(P, f"what's {c_p}% of {c_n:,}?", pct(c_p) * c_n)
c_a, c_b, c_c = 7385, 2968, 1204
calc(P, f"Work out {c_a:,} minus {c_b:,} plus {c_c:,}.", c_a - c_b + c_c)
c_k, c_tot = 12, "40.20"
calc(P, f"If {c_k} identical notebooks cost £{c_tot}, what does one cost?", dec(c_tot) / c_k)
c_a, c_b = 9072, 36
calc(P, f"Divide {c_a:,} by {c_b}.", F(c_a, c_b))
calc(P, "seventeen times forty-three, please", 17 * 43)
c_n, c_p = 760, 35
calc(P, f"Raise {c_n} by {c_p} per cent: what is the new figure?", c_n * (1 + pct(c_p)))
c_a, c_b = "1.5", "2.5"
calc(P, f"What is {c_a} squared plus {c_b} cubed?", dec(c_a) ** 2 + dec(c_b) ** 3)
c_old, c_new = 84, 63
calc(
    P,
    f"A jacket went from {c_old} dollars down to {c_new} dollars. What percentage was taken off?",
    F(c_old - c_new, c_old) * 100,
)
c_vals = (14, 19, 23, 31, 38)
calc(
    P,
    f"Mean of {', '.join(str(v) for v in c_vals[:-1])} and {c_vals[-1]}?",
    F(sum(c_vals), len(c_vals)),
)
c_bill, c_k = "187.60", 4
calc(P, f"Split a ${c_bill} restaurant bill four ways.", money(dec(c_bill) / c_k))
c_n = 1240
calc(P, f"How much is three eighths of {c_n:,}?", F(3, 8) * c_n)
c_pr, c_r, c_k = 5000, 4, 3
calc(
    P,
    (
        f"£{c_pr:,} earns {c_r}% interest compounded once a year. What is the balance once "
        f"the interest has been added {c_k} times?"
    ),
    money(c_pr * (1 + pct(c_r)) ** c_k),
)
c_sq = 2916
assert math.isqrt(c_sq) ** 2 == c_sq
calc(P, f"Square root of {c_sq:,}?", math.isqrt(c_sq))
c_n, c_p = 1450, 12
calc(
    P,
    f"Take a fifth off {c_n:,}, then add {c_p}% of what's left. What do you get?",
    c_n * F(4, 5) * (1 + pct(c_p)),
)

# ---- registers: the first six with two items, the rest with one (31)
c_book, c_pen, c_kit = "7.49", "3.25", "4.80"
calc(
    R_HOMESCHOOL,
    (
        f"I'm homeschooling my three kids and bought each of them a workbook at £{c_book}, "
        f"a set of coloured pencils at £{c_pen} and a geometry kit at £{c_kit}. "
        "What did I spend altogether?"
    ),
    money(3 * (dec(c_book) + dec(c_pen) + dec(c_kit))),
)
c_fee, c_off = 18, 15
calc(
    R_HOMESCHOOL,
    (
        f"The homeschool co-op charges £{c_fee} per child per term for lab sessions, with "
        f"{c_off}% off for the second and third child. What do I pay for all three of mine "
        "for one term?"
    ),
    money(c_fee + 2 * c_fee * (1 - pct(c_off))),
)
c_dice, c_map, c_ship, c_k = "12.99", "34.50", "6.95", 5
calc(
    R_RPG,
    (
        f"For our campaign I ordered {c_k} sets of dice at ${c_dice} each and a battle map for "
        f"${c_map}, with flat shipping of ${c_ship}. The {c_k} players split the whole order "
        "evenly (I'm the GM, so I don't pay). How much does each player owe?"
    ),
    money((c_k * dec(c_dice) + dec(c_map) + dec(c_ship)) / c_k),
)
c_sess, c_len = 38, "3.75"
calc(
    R_RPG,
    f"Our group has played {c_sess} sessions averaging {c_len} hours each. Total hours of play?",
    c_sess * dec(c_len),
)
c_rent, c_vat = 1350, 23
calc(
    R_LISBON,
    (
        f"The Lisbon flat is €{c_rent:,} a month. On signing we pay a deposit of twice the "
        f"monthly rent, the first month's rent, and an agency fee equal to the rent plus "
        f"{c_vat}% VAT on that fee. How much do we need on the day?"
    ),
    money(3 * c_rent + c_rent * (1 + pct(c_vat))),
)
c_base, c_rate, c_incl, c_vol = 2840, 65, 20, "27.5"
calc(
    R_LISBON,
    (
        f"The removals firm quotes £{c_base:,} for up to {c_incl} cubic metres, plus £{c_rate} "
        f"for every cubic metre beyond that. Our survey came to {c_vol} cubic metres. "
        "What's the quote?"
    ),
    money(c_base + (dec(c_vol) - c_incl) * c_rate),
)
c_grams, c_sack_kg, c_sack = 350, "12.6", "27.72"
calc(
    R_FEEDER,
    (
        f"My feeders get through {c_grams} g of sunflower hearts a day, and a {c_sack_kg} kg "
        f"sack costs £{c_sack}. What does one day's feeding cost me?"
    ),
    money(dec(c_sack) / (dec(c_sack_kg) * 1000) * c_grams),
)
c_tally = {"house sparrows": 14, "blue tits": 9, "goldfinches": 8, "robins": 5, "starlings": 4}
calc(
    R_FEEDER,
    (
        "For the garden bird count I tallied "
        + ", ".join(f"{n} {k}" for k, n in list(c_tally.items())[:-1])
        + f" and {c_tally['starlings']} starlings. What percentage of the birds were goldfinches?"
    ),
    F(c_tally["goldfinches"], sum(c_tally.values())) * 100,
)
c_fc, c_fcp, c_br, c_brp, c_lem, c_lemp, c_ingr = 86, "0.60", 47, "1.20", 23, "1.50", "38.40"
calc(
    R_BAKESALE,
    (
        f"At the bake sale we sold {c_fc} fairy cakes at 60p, {c_br} brownies at £{c_brp} and "
        f"{c_lem} slices of lemon drizzle at £{c_lemp}. Ingredients cost £{c_ingr}. "
        "What was the profit?"
    ),
    money(c_fc * dec(c_fcp) + c_br * dec(c_brp) + c_lem * dec(c_lemp) - dec(c_ingr)),
)
c_float, c_tin, c_card, c_cardfee = 25, "212.35", "96.00", "1.75"
calc(
    R_BAKESALE,
    (
        f"We started with a £{c_float} float of coins. At close the cash tin held £{c_tin}, "
        f"and the card reader showed £{c_card}, on which the provider takes {c_cardfee}%. "
        "What did the sale actually raise, leaving out the float?"
    ),
    money(dec(c_tin) - c_float + dec(c_card) * (1 - pct(c_cardfee))),
)
c_legs = (68, 74, 59, 81, 93)
calc(
    R_CYCLETOUR,
    (
        "Our first five days on the bikes covered "
        + ", ".join(f"{v} km" for v in c_legs[:-1])
        + f" and {c_legs[-1]} km. What's the average distance per day?"
    ),
    F(sum(c_legs), len(c_legs)),
)
c_pitch, c_taxe, c_nights = "23.40", "0.88", 11
calc(
    R_CYCLETOUR,
    (
        f"French campsites charged us €{c_pitch} a night for the pitch, plus tourist tax of "
        f"€{c_taxe} per person per night. There are two of us and we stayed {c_nights} nights. "
        "Total camping bill?"
    ),
    money(c_nights * (dec(c_pitch) + 2 * dec(c_taxe))),
)
c_one, c_block, c_k = 32, 290, 10
calc(
    R_GUITAR,
    (
        f"Guitar lessons are £{c_one} each, or £{c_block} for a block of {c_k}. "
        "How much do I save per lesson by buying the block?"
    ),
    money(c_one - F(c_block, c_k)),
)
c_sill, c_panel, c_hours, c_rate = 86, "149.95", 14, "42.50"
calc(
    R_MINI,
    (
        f"Mini restoration costs so far: two new sills at £{c_sill} each, a front panel at "
        f"£{c_panel}, and {c_hours} hours of welding at £{c_rate} an hour. What's the total?"
    ),
    money(2 * c_sill + dec(c_panel) + c_hours * dec(c_rate)),
)
c_squad, c_kit, c_spons = 16, "21.75", 40
calc(
    R_UNDER10S,
    (
        f"Our under-10s squad of {c_squad} needs new kits at £{c_kit} each. A local garage "
        f"is sponsoring {c_spons}% of the cost. How much does the club itself pay?"
    ),
    money(c_squad * dec(c_kit) * (1 - pct(c_spons))),
)
c_chair, c_desk = 288, 348
calc(
    R_REMOTE,
    (
        f"For my home office I bought a chair for £{c_chair} and a desk for £{c_desk}, both "
        "prices including VAT at 20%. How much of what I paid was VAT?"
    ),
    money(F(c_chair + c_desk) * F(20, 120)),
)
c_days, c_meal, c_gas = 4, "6.95", "5.49"
calc(
    R_WILDCAMP,
    (
        f"On a {c_days}-day wild camp I eat two dehydrated meals a day at £{c_meal} each, and I "
        f"need one gas canister at £{c_gas}. What do food and fuel come to?"
    ),
    money(2 * c_days * dec(c_meal) + dec(c_gas)),
)
c_buy, c_paint, c_handles, c_sell, c_cut = 45, "28.60", 12, 195, 5
calc(
    R_FLIPPER,
    (
        f"I picked up a dresser for ${c_buy}, spent ${c_paint} on chalk paint and ${c_handles} "
        f"on new handles, then sold it for ${c_sell}. The marketplace keeps {c_cut}% of the "
        "sale price. What's my profit?"
    ),
    money(c_sell * (1 - pct(c_cut)) - c_buy - dec(c_paint) - c_handles),
)
c_chick, c_veg, c_cheese, c_wine, c_guests = "7.80", "15.30", "16.50", "9.25", 8
calc(
    R_DINNER,
    (
        f"I'm cooking for {c_guests} people including me: two chickens at £{c_chick} each, "
        f"vegetables £{c_veg}, a cheeseboard for £{c_cheese} and four bottles of wine at "
        f"£{c_wine}. What's the cost per head?"
    ),
    money((2 * dec(c_chick) + dec(c_veg) + dec(c_cheese) + 4 * dec(c_wine)) / c_guests),
)
c_visits, c_fare, c_train = 17, 118, 24
calc(
    R_LONGDIST,
    (
        f"We manage {c_visits} visits a year between Edinburgh and Dublin. Each visit is a "
        f"£{c_fare} return flight plus £{c_train} on airport trains. What do the visits cost "
        "us over the year?"
    ),
    c_visits * (c_fare + c_train),
)
c_parts = {
    "GPU": "549.99",
    "CPU": "289.99",
    "motherboard": "179.99",
    "RAM": "84.99",
    "SSD": "99.99",
    "case": "94.99",
    "PSU": "119.99",
}
c_budget = 1500
calc(
    R_PCBUILD,
    (
        "First PC build parts list: "
        + ", ".join(f"{k} ${v}" for k, v in c_parts.items())
        + f". How far under my ${c_budget:,} budget am I, before tax?"
    ),
    money(c_budget - sum(dec(v) for v in c_parts.values())),
)
c_rate, c_tips = "7.55", "14.20"
calc(
    R_CAFEJOB,
    (
        f"My Saturday café shift runs 8:30 to 4:00 with an unpaid half-hour break. I'm paid "
        f"£{c_rate} an hour and my tips average £{c_tips}. What do I make on a typical Saturday?"
    ),
    money((F(16 * 60 - (8 * 60 + 30), 60) - F(1, 2)) * dec(c_rate) + dec(c_tips)),
)
c_shoes, c_trip, c_club, c_share = 84, 145, 312, 60
calc(
    R_COPARENT,
    (
        f"My ex and I split the children's costs {c_share}/{100 - c_share}, and I pay the "
        f"{c_share}%. This term it's school shoes £{c_shoes}, a residential trip £{c_trip} and "
        f"after-school club £{c_club}. What's my share?"
    ),
    money((c_shoes + c_trip + c_club) * pct(c_share)),
)
c_price, c_store, c_sold = "2.99", 15, 1840
calc(
    R_APPDEV,
    (
        f"My app sells for ${c_price} and the store keeps {c_store}% commission. I've sold "
        f"{c_sold:,} copies. How much have I actually received?"
    ),
    money(dec(c_price) * (1 - pct(c_store)) * c_sold),
)
c_hotel, c_pass, c_food = 96, 14, 55
calc(
    R_CITYBREAK,
    (
        f"Prague weekend for two: two nights at €{c_hotel} a night, a transport pass at "
        f"€{c_pass} each, and €{c_food} a day for food for the pair of us over three days. "
        "What budget do we need?"
    ),
    2 * c_hotel + 2 * c_pass + 3 * c_food,
)
c_cost, c_bus, c_charge = 479, "3.20", "0.09"
calc(
    R_ESCOOTER,
    (
        f"My e-scooter cost £{c_cost} and replaces £{c_bus} a day in bus fares, while charging "
        "it costs about 9p a day. After how many commuting days have the savings covered "
        "its price?"
    ),
    whole_up(c_cost / (dec(c_bus) - dec(c_charge))),
)
c_flat, c_dep, c_saved, c_monthly = 265000, 10, 11400, 1150
calc(
    R_NEWLYWEDS,
    (
        f"We need a {c_dep}% deposit on a £{c_flat:,} flat. We've saved £{c_saved:,} and put "
        f"away £{c_monthly:,} together at the end of each month. How many more monthly "
        "payments until we have the deposit?"
    ),
    whole_up((c_flat * pct(c_dep) - c_saved) / c_monthly),
)
c_b1, c_p1, c_b2, c_p2, c_b3, c_p3, c_mem = 6, "14.50", 4, 22, 2, "37.75", 15
calc(
    R_WINECIRCLE,
    (
        f"For Friday's tasting we bought {c_b1} bottles at €{c_p1}, {c_b2} at €{c_p2} and "
        f"{c_b3} at €{c_p3}. The {c_mem} members share the cost equally. What's each share?"
    ),
    money((c_b1 * dec(c_p1) + c_b2 * c_p2 + c_b3 * dec(c_p3)) / c_mem),
)
c_papers, c_per, c_extra = 64, "0.11", 5
calc(
    R_PAPERROUND,
    (
        f"I deliver {c_papers} papers each morning, Monday to Saturday, at 11p a paper, plus "
        f"£{c_extra} extra on Saturdays for the heavy supplements. What do I earn in a week?"
    ),
    money(6 * c_papers * dec(c_per) + c_extra),
)
c_marks = ((68, 80, 30), (45, 60, 30), (87, 100, 40))
calc(
    R_REVISION,
    (
        "My three coursework marks are "
        + ", ".join(f"{m}/{o}" for m, o, _ in c_marks)
        + ", weighted "
        + ", ".join(f"{w}%" for _, _, w in c_marks)
        + " respectively. What's my overall weighted percentage?"
    ),
    sum(F(m, o) * w for m, o, w in c_marks),
)
c_rate, c_up, c_dayh, c_nighth = "17.80", 30, 24, "22.5"
calc(
    R_PARAMEDIC,
    (
        f"As a newly qualified paramedic I get £{c_rate} an hour, with a {c_up}% uplift on "
        f"night hours. Last week I worked {c_dayh} day hours and {c_nighth} night hours. "
        "What's my gross pay?"
    ),
    money(c_dayh * dec(c_rate) + dec(c_nighth) * dec(c_rate) * (1 + pct(c_up))),
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
MM = F(1, 1000)  # m
KM = 1000  # m
KG = 1  # kg
GRAM = F(1, 1000)  # kg
HECTARE = 10000  # m^2
LITRE = F(1, 1000)  # m^3
MS = 1  # m/s

# ---- plain one-line questions (14)
u_n = 67
unit(P, f"Convert {u_n} inches into centimetres, please.", u_n * IN / CM, EXACT)
u_n = "13.1"
unit_r(P, f"A half marathon is {u_n} miles - how many km is that?", dec(u_n) * MI / KM)
u_n = 350
unit_r(P, f"{u_n} °F in Celsius?", f_to_c(u_n))
u_ft, u_in = 6, 2
unit(
    P,
    f"My brother is {u_ft} ft {u_in} in. What is that in centimetres?",
    (u_ft * FT + u_in * IN) / CM,
    EXACT,
)
u_n = "5.25"
unit(P, f"how many mebibytes (MiB) are in {u_n} GiB?", dec(u_n) * GIB / MIB, EXACT)
u_n = 40
unit_r(P, f"how many square feet are there in {u_n} square metres", u_n / SQFT)
u_n = 95
unit_r(P, f"What is {u_n} kg in pounds?", u_n * KG / LB)
u_n = 110
unit_r(P, f"Express {u_n} km/h in miles per hour.", u_n * KMH / MPH)
u_n = -15
unit(P, f"What is {u_n} °C in Fahrenheit?", c_to_f(u_n), EXACT)
u_n = 12
unit_r(P, f"How many acres make up {u_n} hectares?", u_n * HECTARE / ACRE)
u_n = "2.4"
unit_r(P, f"A pressure of {u_n} bar is how many psi?", dec(u_n) * BAR / PSI)
u_n = "2.35"
unit(P, f"A {u_n}-litre jug holds how many millilitres?", dec(u_n) * 1000, EXACT)
u_n = 18
unit_r(P, f"Change {u_n} ounces of dark chocolate into grams.", u_n * OZ / GRAM)
u_n = 450
unit(P, f"{u_n} yards expressed in metres", u_n * YD, EXACT)

# ---- registers (31)
u_a, u_b = 48, 30
unit_r(
    R_HOMESCHOOL,
    (
        f"For a homeschool maths lesson my daughter measured our garden at {u_a} feet by "
        f"{u_b} feet. What's that area in square metres?"
    ),
    u_a * u_b * SQFT,
)
u_n = 160
unit_r(
    R_HOMESCHOOL,
    (
        f"My son's baking project says to keep the dough at {u_n} degrees Fahrenheit. "
        "What is that in Celsius?"
    ),
    f_to_c(u_n),
)
u_n = 20
unit(
    R_RPG,
    f"A fireball in our game has a {u_n}-foot radius. Our Dutch player wants that in metres.",
    u_n * FT,
    EXACT,
)
u_n = 36
unit(
    R_RPG,
    (
        f"Our battle map is {u_n} one-inch squares long. How long is it in centimetres, "
        "so I know if it fits the table?"
    ),
    u_n * IN / CM,
    EXACT,
)
u_n = 112
unit_r(
    R_LISBON,
    f"The Lisbon flat is listed at {u_n} m². What's that in square feet?",
    u_n / SQFT,
)
u_n = 385
unit_r(
    R_LISBON,
    f"Our shipping crate holds {u_n} cubic feet. How many cubic metres is that?",
    u_n * CUFT,
)
u_ft, u_in = 7, 6
unit(
    R_FEEDER,
    f"The new feeder pole is {u_ft} feet {u_in} inches tall. What's that in centimetres?",
    (u_ft * FT + u_in * IN) / CM,
    EXACT,
)
u_n = 12
unit_r(
    R_FEEDER,
    f"I bought a {u_n} lb bag of nyjer seed for the goldfinches. How many kilograms is that?",
    u_n * LB,
)
u_n = 325
unit_r(
    R_BAKESALE,
    f"The American brownie recipe for the bake sale says {u_n} °F. What's that in °C?",
    f_to_c(u_n),
)
u_n = "1.25"
unit_r(
    R_BAKESALE,
    f"The shortbread recipe needs {u_n} pounds of butter. How many grams should I weigh out?",
    dec(u_n) * LB / GRAM,
)
u_n = 1450
unit_r(
    R_CYCLETOUR,
    f"The Pyrenees stage climbs {u_n:,} metres in total. How many feet is that?",
    u_n / FT,
)
u_n = "21.6"
unit_r(
    R_CYCLETOUR,
    f"The bike computer says we averaged {u_n} km/h on the flat stage. What is that in mph?",
    dec(u_n) * KMH / MPH,
)
u_n = "25.5"
unit(
    R_GUITAR,
    f"My guitar has a {u_n}-inch scale length. How many millimetres is that?",
    dec(u_n) * IN / MM,
    EXACT,
)
u_n = 28
unit_r(
    R_MINI,
    f"The Mini's handbook gives {u_n} psi for the front tyres. What's that in bar?",
    u_n * PSI / BAR,
)
u_n = 60
unit(
    R_UNDER10S,
    f"The under-10s pitch is marked at {u_n} yards long. How many metres?",
    u_n * YD,
    EXACT,
)
u_n = 27
unit(
    R_REMOTE,
    f"My new home-office monitor measures {u_n} inches across the diagonal. In cm?",
    u_n * IN / CM,
    EXACT,
)
u_n = "1.9"
unit_r(
    R_WILDCAMP,
    f"My tent weighs {u_n} kg packed. An American forum wants it in ounces. How many?",
    dec(u_n) / OZ,
)
u_n = 72
unit_r(
    R_FLIPPER,
    f"The sideboard I'm selling is {u_n} inches wide. A buyer asks how many metres that is.",
    u_n * IN,
)
u_n = 180
unit(
    R_DINNER,
    (
        f"The lamb recipe says {u_n} °C but my American-made range only shows Fahrenheit. "
        "What should I set it to?"
    ),
    c_to_f(u_n),
    EXACT,
)
u_n = 470
unit_r(
    R_LONGDIST,
    f"It's {u_n} kilometres door to door between our two flats. How many miles is that?",
    u_n * KM / MI,
)
u_n = 148
unit(
    R_PCBUILD,
    f"The game install is {u_n} GiB. How many MiB is that?",
    u_n * GIB / MIB,
    EXACT,
)
u_n = 65
unit(
    R_CAFEJOB,
    f"At the café we stop steaming milk at {u_n} °C. What's that in Fahrenheit?",
    c_to_f(u_n),
    EXACT,
)
u_n = 38
unit_r(
    R_COPARENT,
    f"The drive between my house and my ex's is {u_n} miles. How far is that in km?",
    u_n * MI / KM,
)
u_n = "87.5"
unit(
    R_APPDEV,
    f"My app's download size is {u_n} MiB. Express that in KiB.",
    dec(u_n) * MIB / KIB,
    EXACT,
)
u_n = 9
unit_r(
    R_CITYBREAK,
    f"The Prague walking tour covers {u_n} km. My American friend asks: how many miles?",
    u_n * KM / MI,
)
u_n = 25
unit_r(
    R_ESCOOTER,
    f"E-scooters here are limited to {u_n} km/h. What is that limit in miles per hour?",
    u_n * KMH / MPH,
)
u_n = 680
unit_r(
    R_NEWLYWEDS,
    f"The flat's floor plan says {u_n} sq ft. How many square metres is that?",
    u_n * SQFT,
)
u_n = 55
unit_r(
    R_WINECIRCLE,
    f"We're told to store the reds at {u_n} °F. What's that in Celsius?",
    f_to_c(u_n),
)
u_n = "3.2"
unit_r(
    R_PAPERROUND,
    f"My paper round is {u_n} miles every morning. How many kilometres is that?",
    dec(u_n) * MI / KM,
)
u_n = 30
unit(
    R_REVISION,
    f"Physics revision: a car moves at {u_n} m/s. What is its speed in km/h?",
    u_n * MS / KMH,
    EXACT,
)
u_n = 176
unit_r(
    R_PARAMEDIC,
    f"The care home's sheet gives the patient's weight as {u_n} lb. How many kg is that?",
    u_n * LB,
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


def zoned(day, clock, offset):
    """A wall-clock time on a date at a fixed UTC offset written like +05:30 or -04:00."""
    sign = -1 if offset.startswith("-") else 1
    hh, mm = (int(x) for x in offset[1:].split(":"))
    tz = dt.timezone(sign * TD(hours=hh, minutes=mm))
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=tz)


def count_weekdays(first, last, wanted):
    """How many dates from first to last inclusive fall on the wanted weekdays."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() in wanted)


assert zoned(D(2030, 1, 1), "12:00", "+05:30").utcoffset() == TD(hours=5, minutes=30)
assert count_weekdays(D(2030, 3, 4), D(2030, 3, 10), {SAT, SUN}) == 2

# ---- plain one-line questions (14)
t_d = D(1871, 3, 6)
date_item(P, f"Tell me the weekday of {say(t_d)}.", weekday(t_d))
t_a, t_b = D(2029, 3, 7), D(2029, 11, 23)
date_item(P, f"How many days separate {say(t_a)} and {say(t_b)}?", days(t_a, t_b))
t_d, t_k = D(2030, 8, 12), 100
date_item(P, f"What date falls {t_k} days after {say(t_d)}?", t_d + TD(days=t_k))
t_d, t_k = D(2031, 6, 6), 9
date_item(P, f"Add {t_k} weeks to {sayw(t_d)}. Which date is it?", t_d + TD(weeks=t_k))
t_born, t_on = D(1994, 10, 29), D(2032, 5, 15)
date_item(
    P,
    f"Someone born on {say(t_born)} - how old are they on {say(t_on)}?",
    age(t_born, t_on),
)
date_item(P, "Date of the third Thursday in November 2030?", nth_weekday(2030, 11, THU, 3))
t_s, t_e = "21:40", "06:05"
date_item(
    P, f"Minutes elapsed between {t_s} and {t_e} the following morning?", clock_span(t_s, t_e, 60)
)
t_d, t_k = D(2030, 2, 14), 45
date_item(P, f"{t_d.isoformat()} minus {t_k} days = ?", t_d - TD(days=t_k))
t_d = D(2034, 12, 25)
date_item(P, "Christmas Day 2034 is on which day of the week?", weekday(t_d))
t_a, t_b = DT(2031, 5, 1, 8, 30), DT(2031, 5, 4, 17, 0)
date_item(
    P,
    f"How many hours from 08:30 on {say(t_a.date())} to 17:00 on {say(t_b.date())}?",
    F(int((t_b - t_a).total_seconds()), 3600),
)
date_item(P, "What's the date of the last Monday in August 2032?", nth_weekday(2032, 8, MON, -1))
t_a, t_b = D(2030, 1, 7), D(2030, 4, 1)
date_item(P, f"How many weeks is it from {say(t_a)} to {say(t_b)}?", weeks(t_a, t_b))
t_call = zoned(D(2031, 10, 10), "22:30", "-04:00")
date_item(
    P,
    (
        f"A call starts at 22:30 on {say(t_call.date())} in a city on -04:00. What is the "
        "date at that moment in a city on +08:00?"
    ),
    t_call.astimezone(dt.timezone(TD(hours=8))).date(),
)
t_a, t_b = D(2029, 12, 28), D(2030, 1, 9)
date_item(
    P,
    f"Counting both ends, how many days run from {say(t_a)} to {say(t_b)}?",
    days(t_a, t_b) + 1,
)

# ---- registers (31)
t_start, t_k = D(2030, 9, 2), 13
assert t_start.weekday() == MON
t_last = t_start + TD(weeks=t_k - 1, days=4)
assert t_last.weekday() == FRI
date_item(
    R_HOMESCHOOL,
    (
        f"Our homeschool autumn term starts on {sayw(t_start)} and lasts {t_k} weeks, "
        "Monday to Friday. What's the date of the final Friday?"
    ),
    t_last,
)
t_a, t_b = D(2030, 9, 3), D(2030, 12, 19)
assert t_a.weekday() == TUE and t_b.weekday() == THU
date_item(
    R_HOMESCHOOL,
    (
        f"The kids have a maths lesson every Tuesday and Thursday from {sayw(t_a)} to "
        f"{sayw(t_b)}, both included. How many lessons is that?"
    ),
    count_weekdays(t_a, t_b, {TUE, THU}),
)
t_first, t_k = D(2031, 1, 11), 10
assert t_first.weekday() == SAT
date_item(
    R_RPG,
    (
        f"We play every other Saturday, starting {sayw(t_first)}. "
        f"What's the date of session number {t_k}?"
    ),
    t_first + TD(weeks=2 * (t_k - 1)),
)
t_s, t_e = "19:30", "01:10"
date_item(
    R_RPG,
    f"Last night's session ran from {t_s} until {t_e}. How many minutes did we play?",
    clock_span(t_s, t_e, 60),
)
t_land, t_k = D(2031, 6, 18), 75
date_item(
    R_LISBON,
    (
        f"Our residence appointment in Lisbon is {t_k} days after we land on "
        f"{say(t_land)}. What's the appointment date?"
    ),
    t_land + TD(days=t_k),
)
t_call = zoned(D(2031, 7, 7), "15:00", "+01:00")
date_item(
    R_LISBON,
    (
        f"We call our friend in Auckland at 15:00 Lisbon time (+01:00) on {sayw(t_call.date())}. "
        "Auckland is on +12:00. What date is it there when she picks up?"
    ),
    t_call.astimezone(dt.timezone(TD(hours=12))).date(),
)
t_a, t_b = D(2031, 5, 3), D(2031, 8, 9)
date_item(
    R_FEEDER,
    (
        f"The swifts arrived over our garden on {say(t_a)} and I last saw them on "
        f"{say(t_b)}. How many days is that?"
    ),
    days(t_a, t_b),
)
t_start, t_k = D(2031, 11, 16), 60
assert t_start.weekday() == SUN
date_item(
    R_FEEDER,
    (
        f"I started filling the feeders daily on {sayw(t_start)}. If that was day 1, "
        f"on what date is day {t_k}?"
    ),
    t_start + TD(days=t_k - 1),
)
t_fair = nth_weekday(2031, 3, FRI, 2)
date_item(
    R_BAKESALE,
    "The spring bake sale is on the second Friday of March 2031. What date is that?",
    t_fair,
)
t_fair, t_k = D(2031, 6, 20), 3
assert t_fair.weekday() == FRI
date_item(
    R_BAKESALE,
    (
        f"Flyers for the summer fair on {sayw(t_fair)} have to go home in book bags "
        f"{t_k} weeks before. Which date is that?"
    ),
    t_fair - TD(weeks=t_k),
)
t_start, t_k = D(2031, 5, 24), 23
assert t_start.weekday() == SAT
date_item(
    R_CYCLETOUR,
    (
        f"We leave Roscoff on {sayw(t_start)} and the tour lasts {t_k} days, counting the "
        "first day as day 1. On which date do we finish?"
    ),
    t_start + TD(days=t_k - 1),
)
t_dep = zoned(D(2031, 5, 23), "22:15", "+01:00")
t_arr = zoned(D(2031, 5, 24), "06:45", "+02:00")
date_item(
    R_CYCLETOUR,
    (
        f"The night ferry leaves Portsmouth at 22:15 (+01:00) on {say(t_dep.date())} and "
        f"docks in Caen at 06:45 (+02:00) on {say(t_arr.date())}. How many hours is the "
        "crossing?"
    ),
    F(int((t_arr - t_dep).total_seconds()), 3600),
)
t_a, t_b = D(2031, 2, 1), D(2031, 4, 10)
date_item(
    R_GUITAR,
    (
        f"I've practised guitar every single day from {say(t_a)} up to and including "
        f"{say(t_b)}. How many days of practice is that?"
    ),
    days(t_a, t_b) + 1,
)
t_reg, t_on = D(1969, 9, 12), D(2031, 6, 30)
date_item(
    R_MINI,
    (
        f"My Mini was first registered on {say(t_reg)}. How old is it, in whole years, "
        f"on {say(t_on)}?"
    ),
    age(t_reg, t_on),
)
t_a, t_b = D(2031, 9, 6), D(2031, 12, 13)
assert t_a.weekday() == SAT and t_b.weekday() == SAT
date_item(
    R_UNDER10S,
    (
        f"Our league plays every Saturday from {sayw(t_a)} to {sayw(t_b)} inclusive. "
        "How many matchdays is that?"
    ),
    weeks(t_a, t_b) + 1,
)
t_start, t_k = D(2032, 1, 5), 90
assert t_start.weekday() == MON
date_item(
    R_REMOTE,
    (
        f"My remote contract starts on {sayw(t_start)}, and my probation ends {t_k} days "
        "after the start date. On which date does it end?"
    ),
    t_start + TD(days=t_k),
)
t_s, t_e = "20:48", "05:12"
date_item(
    R_WILDCAMP,
    (
        f"On my wild camp, sunset is at {t_s} and sunrise at {t_e}. How many hours of "
        "darkness is that?"
    ),
    clock_span(t_s, t_e, 3600),
)
t_listed, t_k = D(2031, 5, 8), 17
assert t_listed.weekday() == THU
date_item(
    R_FLIPPER,
    (
        f"I listed the painted table on {sayw(t_listed)} and it sold {t_k} days later. "
        "On what weekday did it sell?"
    ),
    weekday(t_listed + TD(days=t_k)),
)
t_party, t_k = D(2031, 11, 22), 4
assert t_party.weekday() == SAT
date_item(
    R_DINNER,
    (
        f"My first proper dinner party is on {sayw(t_party)}, and I want the invitations "
        f"out {t_k} weeks ahead. What date do I send them?"
    ),
    t_party - TD(weeks=t_k),
)
t_met, t_next = D(2029, 2, 14), D(2031, 8, 30)
date_item(
    R_LONGDIST,
    (
        f"We met on {say(t_met)} and our next visit starts {say(t_next)}. How many days "
        "will it have been since we met?"
    ),
    days(t_met, t_next),
)
t_pre, t_k = D(2031, 9, 9), 6
assert t_pre.weekday() == TUE
date_item(
    R_PCBUILD,
    (
        f"I pre-ordered the graphics card on {sayw(t_pre)} and it ships {t_k} weeks after "
        "that. What's the ship date?"
    ),
    t_pre + TD(weeks=t_k),
)
t_born = D(2016, 3, 3)
date_item(
    R_CAFEJOB,
    (
        f"I was born on {say(t_born)} and the café can give me more hours once I turn "
        "sixteen. On which day of the week is my sixteenth birthday?"
    ),
    weekday(D(t_born.year + 16, t_born.month, t_born.day)),
)
t_first, t_k = D(2031, 10, 4), 8
assert t_first.weekday() == SAT
date_item(
    R_COPARENT,
    (
        f"I have the children every other weekend, starting {sayw(t_first)}. Counting that "
        f"as my first weekend, on which Saturday does my {t_k}th weekend with them start?"
    ),
    t_first + TD(weeks=2 * (t_k - 1)),
)
t_a, t_b = D(2031, 1, 27), D(2031, 11, 3)
date_item(
    R_APPDEV,
    (
        f"Version 1.0 of my app went live on {say(t_a)} and version 2.0 on {say(t_b)}. "
        "How many days apart were the releases?"
    ),
    days(t_a, t_b),
)
t_dep = zoned(D(2032, 4, 16), "07:05", "+00:00")
t_arr = zoned(D(2032, 4, 16), "10:10", "+01:00")
date_item(
    R_CITYBREAK,
    (
        f"Our flight on {say(t_dep.date())} leaves London at 07:05 (+00:00) and lands in "
        "Prague at 10:10 local time (+01:00). How many minutes are we in the air?"
    ),
    F(int((t_arr - t_dep).total_seconds()), 60),
)
t_buy, t_k = D(2031, 3, 19), 730
date_item(
    R_ESCOOTER,
    (
        f"The scooter's warranty runs {t_k} days from the purchase date, {say(t_buy)}. "
        "On which date does it run out?"
    ),
    t_buy + TD(days=t_k),
)
t_wed = D(2031, 8, 16)
assert t_wed.weekday() == SAT
date_item(
    R_NEWLYWEDS,
    (
        f"We got married on {sayw(t_wed)}. Which day of the week will our first wedding "
        "anniversary be?"
    ),
    weekday(D(t_wed.year + 1, t_wed.month, t_wed.day)),
)
t_bottled, t_open = D(2027, 10, 1), D(2031, 12, 24)
date_item(
    R_WINECIRCLE,
    (
        f"The port was bottled on {say(t_bottled)} and we're opening it on {say(t_open)}. "
        "How many complete years old is it then?"
    ),
    age(t_bottled, t_open),
)
t_a, t_b = D(2031, 4, 7), D(2031, 6, 28)
assert t_a.weekday() == MON and t_b.weekday() == SAT
date_item(
    R_PAPERROUND,
    (
        f"I started my paper round on {sayw(t_a)} and do it Monday to Saturday. How many "
        f"rounds will I have done by {sayw(t_b)}, counting both days?"
    ),
    count_weekdays(t_a, t_b, {MON, TUE, WED, THU, FRI, SAT}),
)
t_a, t_b = D(2032, 5, 12), D(2032, 6, 23)
date_item(
    R_REVISION,
    f"My first exam is on {say(t_a)} and my last on {say(t_b)}. How many weeks apart are they?",
    weeks(t_a, t_b),
)
t_s, t_e, t_k = "19:45", "08:15", 4
date_item(
    R_PARAMEDIC,
    (
        f"My rota has {t_k} night shifts, each from {t_s} to {t_e} the next morning. "
        "How many hours is that in total?"
    ),
    t_k * clock_span(t_s, t_e, 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: ten topics of ten (100)
N_WEATHER = "ocean-storm-and-weather-wonders"
for q in (
    "Why do hurricanes spin in opposite directions in the two hemispheres?",
    "What makes some waves at sea turn into rogue waves?",
    "How does a weather forecaster decide there's a 40 percent chance of rain?",
    "Why does the sea look blue on a sunny day but grey under cloud?",
    "Explain what a thunderstorm's anvil cloud tells you about the storm.",
    "Why is fog so common along the San Francisco coast in summer?",
    "What is El Niño and why do people on other continents care about it?",
    "Why does it sometimes snow when the air temperature is above freezing?",
    "How do tides work, and why are there two high tides most days?",
    "What causes the smell just before and after rain?",
):
    neg(N_WEATHER, q)

N_PARENTING = "parenting-and-sibling-worries"
for q in (
    "My two boys fight constantly over the games console. How do I stop being the referee?",
    "How can I help my shy seven-year-old make friends at a new school?",
    "My teenager has stopped talking to me at dinner. Should I be worried?",
    "What's a kind way to tell my sister her parenting advice isn't welcome?",
    "Our toddler refuses to sleep in her own bed. What approaches actually work?",
    "How do I explain to a five-year-old that our dog has died?",
    "Is it fair to give older siblings more pocket money than younger ones?",
    "My daughter wants to quit piano after years of lessons. Do I let her?",
    "How do I balance screen time rules when the kids' friends have none?",
    "Any advice for keeping a good relationship with my in-laws after a new baby?",
):
    neg(N_PARENTING, q)

N_VERSE = "jingles-haiku-and-captions"
for q in (
    "Write a catchy jingle for a neighbourhood bike repair shop.",
    "Give me three haiku about the first frost on an allotment.",
    "I need a funny Instagram caption for a photo of my cat sitting in a cardboard box.",
    "Compose a short rhyming toast for my grandparents' diamond wedding.",
    "Write a limerick about a goalkeeper who keeps diving the wrong way.",
    "Can you write a two-line slogan for a school recycling campaign?",
    "Write a tiny poem I can put in my partner's lunchbox on a Monday.",
    "Draft a cheerful out-of-office message that still sounds professional.",
    "Make up a bedtime story about a hedgehog who is scared of the dark.",
    "Write song lyrics for a chorus about missing the last train home.",
):
    neg(N_VERSE, q)

N_JSGIT = "javascript-git-and-docker-snags"
for q in (
    "Why does my JavaScript fetch call return a pending Promise instead of the data?",
    "I accidentally committed a password to my git repo. What should I do now?",
    "What's the difference between git merge and git rebase, and when should I use each?",
    "My Docker container exits immediately after starting. How do I debug that?",
    "Why does `this` become undefined inside my JavaScript callback?",
    "Explain the difference between `let`, `const` and `var` in JavaScript.",
    "How do I keep my Docker images small for a Node.js app?",
    "Git says 'detached HEAD'. What does it mean and how do I get back to normal?",
    "My React form re-renders the whole page on every keystroke. Is that normal? How do I fix it?",
    "What is the point of a .dockerignore file?",
):
    neg(N_JSGIT, q)

N_HISTORY = "renaissance-and-revolution-whys"
for q in (
    "Why did the Renaissance begin in Italy rather than elsewhere in Europe?",
    "What pushed France into revolution in 1789: money, ideas or hunger?",
    "How did the printing press change religion in sixteenth-century Europe?",
    "Why did the American colonies object so strongly to taxation without representation?",
    "What role did the Medici family play in Florentine art?",
    "Why did the Industrial Revolution start in Britain?",
    "How did the Haitian Revolution influence the end of slavery elsewhere?",
    "Was Napoleon a product of the Revolution or a betrayal of it?",
    "Why was Galileo put on trial?",
    "What did the Russian Revolution of 1917 promise ordinary workers and peasants?",
):
    neg(N_HISTORY, q)

N_MORAL = "fairness-and-moral-puzzles"
for q in (
    "Is it wrong to keep extra change a shop assistant gave me by mistake?",
    "Should a self-driving car protect its passenger or pedestrians first?",
    "Is it fair that people who inherit wealth start life so far ahead?",
    "Would you lie to protect a friend from a hurtful truth?",
    "Is eating meat morally different from wearing leather?",
    "If everyone else cheats in an exam, is it still wrong for me to?",
    "Should rich countries open their borders to climate refugees?",
    "Is it ethical to use an AI to write a wedding speech and claim it as your own?",
    "Do we owe more to our own family than to strangers in need?",
    "Is it okay to break a promise made to someone who has died?",
):
    neg(N_MORAL, q)

N_GAMES = "chess-poker-and-team-game-thinking"
for q in (
    "How should a beginner approach the opening in chess without memorising lines?",
    "When is it right to bluff in Texas hold'em?",
    "What makes a good captain in a pub quiz team?",
    "In five-a-side football, should we play with a fixed goalkeeper or rotate?",
    "How do I stop losing on time in online blitz chess?",
    "What's a good strategy for Ticket to Ride with two players?",
    "How do strong doubles tennis pairs decide who takes the middle ball?",
    "Why do poker players talk about position so much?",
    "What's the best way to teach Catan to a group of reluctant relatives?",
    "How do netball teams defend against a very tall goal shooter?",
):
    neg(N_GAMES, q)

N_FITNESS = "nutrition-and-training-myths"
for q in (
    "Is it true that eating late at night makes you put on weight?",
    "Do I need protein shakes if I'm only lifting weights twice a week?",
    "Does static stretching before a run prevent injuries, or is that a myth?",
    "Why do my legs feel worse two days after a workout than the day after?",
    "Are eggs bad for cholesterol or was that advice overturned?",
    "Does drinking coffee before exercise improve performance?",
    "Is it better to walk every day or run a few times a week?",
    "What does 'zone 2 training' mean and why is everyone talking about it?",
    "Are sports drinks worth it for a casual hour of tennis?",
    "Is it a myth that you can't build muscle after fifty?",
):
    neg(N_FITNESS, q)

N_MANNERS = "phrasebook-manners-and-gifts"
for q in (
    "What's an appropriate gift to bring when invited to dinner at a home in Japan?",
    "Is it rude to ask for tap water in a restaurant in France?",
    "How should I greet colleagues on my first day at an office in Germany?",
    "Why do people in Italy frown on ordering a cappuccino after lunch?",
    "What phrases should I learn before a trip to Greece?",
    "Is haggling expected at markets in Morocco, and how do I do it politely?",
    "What should I avoid doing when visiting a temple in Thailand?",
    "In South Korea, how do you behave when an older person pours you a drink?",
    "Should I take my shoes off when visiting friends in Canada?",
    "How do I politely decline food at a family meal in India without offending?",
):
    neg(N_MANNERS, q)

N_MONEYIDEAS = "money-concepts-in-plain-words"
for q in (
    "What is inflation and why do central banks try to keep it around two percent?",
    "Explain the difference between a stock and a bond to a teenager.",
    "Why do house prices rise when interest rates fall?",
    "What does it mean when people say the economy is in recession?",
    "Is it better to pay off debt or to save first?",
    "What is an index fund and why do people recommend them?",
    "Why do some countries have much stronger currencies than others?",
    "What's the difference between a credit score and a credit report?",
    "How does a pension annuity work, in simple terms?",
    "Why might a government choose to print more money, and what are the risks?",
):
    neg(N_MONEYIDEAS, q)

# ---- near-positives: shaped like sums, conversions or dates, but needing the model (65)
N_LABELS = "near-labels-made-of-digits"
for q, note in (
    ("What's the history behind the Boeing 747 name?", "model number"),
    ("Which places does the number 73 bus in London run through?", "route number"),
    ("What does the 'Form 1040' in US taxes cover?", "form number"),
    ("Why is the emergency number 999 in the UK but 911 in the US?", "phone numbers"),
    ("Who wrote Symphony No. 9 in D minor, and why is it famous?", "catalogue number"),
    ("What is Route 66 and why is it so iconic?", "road number"),
    ("What happened at Apollo 13?", "mission number"),
    ("Which book is ISBN 978-0-14-118776-1, and is it worth reading?", "identifier"),
    ("What does HTTP error 418 mean, and is it a real error?", "status code"),
):
    neg(N_LABELS, q, note)

N_FERMI = "near-ballpark-fermi-guesses"
for q, note in (
    (
        "Roughly how many piano tuners are there in Manchester, and how would you estimate it?",
        "Fermi",
    ),
    ("About how many golf balls would fit inside a school bus?", "Fermi estimate"),
    ("How many words does an average person speak in a lifetime, roughly?", "estimate"),
    ("Ballpark: how many cafés are there in London?", "estimate"),
    ("Roughly how many trees would it take to offset one long-haul flight?", "estimate"),
    ("How many hairs are on a typical human head, more or less?", "estimate"),
    ("Estimate how many people are in the air on planes at any moment.", "estimate"),
    ("How much paper does an average office use in a year, very roughly?", "estimate"),
):
    neg(N_FERMI, q, note)

N_WHYMATHS = "near-why-does-the-maths-work"
for q, note in (
    ("Why does 0.999 recurring equal 1? It feels wrong.", "concept"),
    ("Show me Euclid's argument that the primes never run out, step by step.", "proof"),
    ("My daughter asked why dividing by zero isn't allowed. How do I explain it?", "concept"),
    ("Why does multiplying two negative numbers give a positive?", "concept"),
    ("Explain why the angles in a triangle add up to 180 degrees.", "proof"),
    ("What's the intuition behind compound interest growing so fast?", "concept"),
    ("Why is the square root of 2 irrational? Walk me through the proof.", "proof"),
    ("Why do we use base 10, and would base 12 have been better?", "opinion and concept"),
):
    neg(N_WHYMATHS, q, note)

N_CODESUM = "near-write-code-for-the-sum"
for q, note in (
    ("Write a Python function that returns the VAT on a list of prices.", "program"),
    ("Give me a spreadsheet formula to add 20% to every value in column B.", "formula"),
    ("Write JavaScript that converts Celsius to Fahrenheit for a web form.", "program"),
    ("Write a SQL query giving each customer's spend per calendar month from orders.", "program"),
    ("Code a small Python script to count the days until my birthday.", "program"),
    ("How would I write a bash loop that renames photos by date taken?", "program"),
    ("Write a function that splits a bill between friends, with tips.", "program"),
    ("Show me how to calculate a loan repayment schedule in Excel.", "how-to"),
):
    neg(N_CODESUM, q, note)

N_FIGURES = "near-what-do-these-figures-say"
for q, note in (
    ("My resting heart rate is 52. Is that healthy or something to check?", "interpretation"),
    (
        "My broadband speed test says 38 Mbps down, 4 up. Is that good enough for video calls?",
        "judgement",
    ),
    ("Our electricity use went from 9 to 14 units a day. What could explain it?", "diagnosis"),
    (
        "My car used to need 6 litres per 100 km and now needs 7.5. What could cause that?",
        "diagnosis",
    ),
    (
        "A poll says 48% support the plan with a 3-point margin of error. Who's ahead?",
        "interpretation",
    ),
    ("My blood pressure read 138 over 88. What does that mean for me?", "interpretation"),
    ("The house's energy rating is D at 61. Is it worth improving?", "judgement"),
    ("Our website bounce rate is 71%. Is that bad?", "judgement"),
):
    neg(N_FIGURES, q, note)

N_WORTHIT = "near-is-it-worth-paying"
for q, note in (
    ("Is a £12 a month gym membership worth it if I only go once a week?", "judgement"),
    ("Should I pay £40 extra for the flexible train ticket?", "judgement"),
    ("Is it worth paying for airport lounge access on a 3-hour layover?", "judgement"),
    ("Would you spend $300 on a good mattress topper or save for a new mattress?", "opinion"),
    ("Is extended warranty for a £600 laptop usually a good deal?", "judgement"),
    ("Should I buy the 256 GB phone or is 128 GB enough for most people?", "judgement"),
    ("Is it worth fixing a nine-year-old washing machine for £150?", "judgement"),
    ("Are 5% cashback credit cards worth the annual fee?", "judgement"),
):
    neg(N_WORTHIT, q, note)

N_UNSTATED = "near-facts-nobody-stated"
for q, note in (
    ("How tall is the Eiffel Tower including its antennas these days?", "fact not given"),
    ("Roughly how many people live in Portugal now?", "fact not given"),
    ("What's the average distance between the Earth and the Moon in km?", "fact not given"),
    ("How long does it take to fly from London to Sydney?", "fact not given"),
    ("In which year did East Germany open the Berlin Wall crossings?", "fact not given"),
    ("How many bones make up one human hand and wrist?", "fact not given"),
    ("How deep is the Mariana Trench?", "fact not given"),
    (
        "If I boiled a kettle on the summit of Everest, how hot would the water get?",
        "fact not given",
    ),
):
    neg(N_UNSTATED, q, note)

N_CHANCE = "near-chance-and-evidence-hunches"
for q, note in (
    ("I flipped a coin and got 8 heads in 10. Is the coin rigged?", "statistical judgement"),
    ("My lottery numbers haven't come up in ages. Are they due?", "gambler's fallacy"),
    ("A test is 99% accurate and I tested positive. Should I panic?", "base rates"),
    ("Two people in my class of 30 share a birthday. Is that a weird coincidence?", "intuition"),
    ("Does a 70% chance of rain mean it will rain 70% of the day?", "interpretation"),
    ("My team won 6 of their last 7. Is that a real hot streak or luck?", "judgement"),
    ("Is a study of 20 people enough to trust its result?", "judgement"),
    ("Why does correlation not imply causation? Give me an example.", "concept"),
):
    neg(N_CHANCE, q, note)

# ---- conversations (35)
C_WRITEUP = "conv-sum-then-write-it-up"
for turns, note in (
    (
        [
            (U, "What's 15% of £86?"),
            (A, "15% of £86 is £12.90."),
            (U, "Lovely. Now write a short thank-you note to the waiter to leave with that tip."),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "Four of us paid £240 for the cottage, so £60 each, right?"),
            (A, "Yes, £240 split four ways is £60 each."),
            (U, "Draft a friendly group-chat message asking everyone to send me their share."),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "I ran 5 km in 27 minutes. What pace is that?"),
            (A, "That's 5 minutes 24 seconds per kilometre."),
            (U, "Write me an upbeat social post celebrating my first sub-28 5K."),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "If our charity raised £3,450 and the target was £3,000, how far over are we?"),
            (A, "You're £450 over the target, which is 15% more than you aimed for."),
            (U, "Help me write a thank-you email to the donors that mentions this."),
        ],
        "writing after a sum",
    ),
    (
        [
            (U, "Our wedding is 120 days after 1 March, which is 29 June."),
            (A, "That's right: 120 days after 1 March is 29 June."),
            (U, "Write a save-the-date message with a playful tone."),
        ],
        "writing after a date",
    ),
    (
        [
            (U, "The team sold 340 tickets out of 400. That's 85%?"),
            (A, "Yes, 340 out of 400 is 85%."),
            (U, "Turn that into a short, motivating update for the volunteers' newsletter."),
        ],
        "writing after a sum",
    ),
):
    conv(C_WRITEUP, turns, note)

C_MISSING = "conv-figures-still-missing"
for turns, note in (
    (
        [
            (U, "I want to know how much my road trip fuel will cost."),
            (A, "Happy to help. What's the distance, your car's consumption and the fuel price?"),
            (U, "I don't know any of those yet. How do I go about finding them out?"),
        ],
        "figures missing: how to find them",
    ),
    (
        [
            (U, "Can you work out my share of the household bills?"),
            (A, "Sure, what are the bills and how are you splitting them?"),
            (U, "We haven't agreed a split. What's a fair way to divide bills by income?"),
        ],
        "no figures, fairness question",
    ),
    (
        [
            (U, "How long will my flight be?"),
            (A, "Which airports and departure and arrival times?"),
            (U, "I haven't booked. Which airlines are usually best for long-haul comfort?"),
        ],
        "no figures, opinion",
    ),
    (
        [
            (U, "Work out how much paint I need for the lounge."),
            (A, "What are the wall dimensions and the coverage on the tin?"),
            (U, "Not sure. What's a sensible way to measure a room with a sloped ceiling?"),
        ],
        "no figures, method",
    ),
    (
        [
            (U, "I need to convert my recipe for a bigger crowd."),
            (A, "How many does it serve now, and how many are you feeding?"),
            (U, "Still waiting on RSVPs, so what dishes scale up best for a party?"),
        ],
        "no figures, advice",
    ),
    (
        [
            (U, "How much will I save by switching energy supplier?"),
            (A, "I'd need your current tariff, usage and the new tariff."),
            (U, "I can't find my bill. What should I look for when comparing tariffs?"),
        ],
        "no figures, advice",
    ),
):
    conv(C_MISSING, turns, note)

C_OPINION = "conv-opinion-after-the-number"
for turns, note in (
    (
        [
            (U, "A 3-day Rome trip comes to €820 for the two of us. Is that per person €410?"),
            (A, "Yes, €820 for two is €410 each."),
            (U, "Does that sound like good value for Rome, or have we overpaid?"),
        ],
        "opinion after a sum",
    ),
    (
        [
            (U, "If I save £250 a month, I'll have £3,000 after 12 deposits, right?"),
            (A, "Correct: 12 × £250 = £3,000."),
            (U, "Would you keep that in a savings account or invest it?"),
        ],
        "opinion after a sum",
    ),
    (
        [
            (U, "My commute is 52 minutes each way. That's 104 minutes a day?"),
            (A, "Yes, 104 minutes, or 1 hour 44 minutes, a day."),
            (U, "Is that too long a commute to be sustainable, do you think?"),
        ],
        "opinion after a sum",
    ),
    (
        [
            (U, "The cot bed is £180 and the pram £420. Together £600?"),
            (A, "Yes, £600 together."),
            (U, "Which of the two is more worth buying second-hand?"),
        ],
        "opinion after a sum",
    ),
    (
        [
            (U, "I'll be 40 on 2 June 2031. What day is that?"),
            (A, f"2 June 2031 is a {weekday(D(2031, 6, 2))}."),
            (U, "Should I throw the party on the Saturday before or after?"),
        ],
        "opinion after a date",
    ),
    (
        [
            (U, "12 miles a day on the bike is about 19.3 km?"),
            (A, "Yes, 12 miles is about 19.31 km."),
            (U, "Is that a realistic daily ride for someone just getting back into cycling?"),
        ],
        "opinion after a conversion",
    ),
):
    conv(C_OPINION, turns, note)

C_METHOD = "conv-explain-the-method"
for turns, note in (
    (
        [
            (U, "What's 17 × 24?"),
            (A, "17 × 24 = 408."),
            (U, "How could I do that in my head quickly? Teach me the trick."),
        ],
        "method behind the answer",
    ),
    (
        [
            (U, "Quick one: 28 °C in Fahrenheit?"),
            (A, "28 °C is 82.4 °F."),
            (U, "Is there a rough mental shortcut for that, and how accurate is it?"),
        ],
        "method behind the answer",
    ),
    (
        [
            (U, "Days from 1 January 2030 to 1 March 2030, please?"),
            (A, "There are 59 days."),
            (U, "Why would it be different in some years? Explain it for a ten-year-old."),
        ],
        "explanation",
    ),
    (
        [
            (U, "A £50 item with 20% off and then another 10% off costs what?"),
            (A, "£36: 20% off gives £40, then 10% off gives £36."),
            (U, "Why isn't that the same as 30% off? I don't get it."),
        ],
        "explanation",
    ),
    (
        [
            (U, "What's 2 to the power of 10?"),
            (A, "2¹⁰ = 1,024."),
            (U, "Why do computers care so much about powers of two?"),
        ],
        "explanation",
    ),
    (
        [
            (U, "I'm 1.75 m. Is that 5 ft 9?"),
            (A, "1.75 m is about 5 ft 8.9 in, so yes, roughly 5 ft 9."),
            (U, "Why did the UK never fully switch to metric for heights?"),
        ],
        "history question after a conversion",
    ),
):
    conv(C_METHOD, turns, note)

C_NAMES = "conv-numbers-that-are-names"
for turns, note in (
    (
        [
            (U, "I'm catching the 7:42 from Leeds."),
            (A, "Got it, the 07:42 departure from Leeds."),
            (U, "What's there to do near the station when I arrive in York?"),
        ],
        "times as names, then travel advice",
    ),
    (
        [
            (U, "My flat is number 221 on the second floor."),
            (A, "Noted."),
            (U, "Why is 221B Baker Street such a famous address?"),
        ],
        "address number",
    ),
    (
        [
            (U, "Our team is called the 49ers fan club for the office."),
            (A, "Fun name!"),
            (U, "Where does the name 49ers actually come from?"),
        ],
        "name with a number",
    ),
    (
        [
            (U, "I work in room 101 next week."),
            (A, "Room 101, noted."),
            (U, "Isn't Room 101 from a novel? What's the reference?"),
        ],
        "literary reference",
    ),
    (
        [
            (U, "I'm reading Fahrenheit 451 for book club."),
            (A, "A classic by Ray Bradbury."),
            (U, "What are the main themes I should bring up in the discussion?"),
        ],
        "title with a number",
    ),
    (
        [
            (U, "My grandad flew in 617 Squadron."),
            (A, "That's the Dambusters squadron."),
            (U, "What did the squadron do after the famous raid?"),
        ],
        "unit number, history",
    ),
):
    conv(C_NAMES, turns, note)

C_RULES = "conv-house-rule-then-judgement"
for turns, note in (
    (
        [
            (U, "In our flat, whoever uses the last of something has to replace it."),
            (A, "A sensible rule."),
            (U, "My flatmate used half the olive oil and says that doesn't count. Who's right?"),
        ],
        "judgement on a rule",
    ),
    (
        [
            (U, "Our book club rule: the host picks the book."),
            (A, "Understood."),
            (U, "The host chose her own novel. Is that against the spirit of the rule?"),
        ],
        "judgement on a rule",
    ),
    (
        [
            (U, "At our five-a-side, late arrivals pay £2 extra into the kitty."),
            (A, "Okay."),
            (U, "If someone's late because the pitch was double booked, should they still pay?"),
        ],
        "judgement on a rule",
    ),
    (
        [
            (U, "Family rule: no phones at the dinner table."),
            (A, "Noted."),
            (U, "How do I word it so the teenagers don't feel picked on?"),
        ],
        "wording a rule",
    ),
    (
        [
            (U, "In our office, the birthday person brings cake."),
            (A, "A common tradition."),
            (U, "Is it fair to expect a new starter on minimum wage to do that in week one?"),
        ],
        "judgement on a rule",
    ),
):
    conv(C_RULES, turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 115
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 115: {reused}"
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
