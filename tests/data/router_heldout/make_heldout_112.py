r"""Generate heldout-2027-03-25.jsonl: a hundred-and-twelfth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-25 by a helper session working only in /work/sealed112, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT, PREFIX "ho112-",
earlier generators 1-111, register check against sets 19 to 111). The helper left the two title
lines as it found them (naming set 111); they were set to this set's name afterwards, which
changes nothing the script writes.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed112/earlier_registers.txt (2147 earlier family names), grepped for candidate
  names so that no family name of this set, positive or negative, repeats one;
- of the copied script: the docstring, set-up, helpers and the start of the calculator section
  (lines 1-299), the units header and unit_r (577-637), the datetime header and helpers up to
  the first `assert sayus` (817-901), the negatives header with neg/conv (1148-1155), and the
  weekday check, checks and output at the end (1944-2167).
The previous set's question sections were never viewed: their boundary lines were asserted and
they were cut out by line number, with four new sections written from scratch in scratch files
(since deleted). No git history, web or code search, router, tools, tests, other sealed
directories or other generators were read (the script imports earlier generators itself, in
memory, for its duplicate and register checks). No JSONL was read; this script's own items were
listed in memory to read each positive's expected value beside its text, and to see which of its
own texts the duplicate check flagged.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (an aquascaping planted-tank
  shop, a tiny house trailer build, a brick-toy reseller, a wheelchair basketball club, a bike
  fit studio, a satay hawker stall, an injera bakery, a tagine cookery school, a sudoku puzzle
  book setter, an eisteddfod choir secretary, a bocce court league, a unicycle club coach, a
  futsal league, a canicross race organiser, a biathlon range coach, a muay thai gym, an aqua
  aerobics class, a sim racing rig builder, an empanada market stand, a gelato lab, a house
  sitter and pet minder, a weekend tax-return filer, a road-trip van couple, a weekend laminate
  floor job and a school timetabling deputy head), each register used by all three tools, the
  first six with two items per tool. Phrasing varies: statements, questions, imperatives,
  lowercase, numbers in words, pounds, dollars, euros, ringgit and baht, British and American
  forms, extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, terminating, at most three decimals for the
  calculator and whole cents for money, with whole_up where a count is rounded up), exact unit
  definitions (inch, foot, yard, mile, avoirdupois pound and ounce, acre, litre, psi, bar,
  GiB/MiB, km/h and mph, Celsius/Fahrenheit) for conversions, graded exactly when the result
  terminates in at most three decimals and at 0.1% otherwise, and datetime/date arithmetic for
  dates, weekdays, ages, spans, inclusive day counts, whole weeks, nth and last weekdays, clock
  intervals, hour offsets written as +03:00 or -07:00, and schedules. Weekdays written next to
  dates come from the computed date.
- 200 negatives: 100 ordinary ones in ten topics (everyday curiosities, personal dilemmas,
  drafting and editing, software help, history, words and grammar, how nature works, cookery
  technique, home and garden, trips and trails), 65 near-negatives shaped like positives but
  needing the model (identifiers and codes, unstated facts, symbolic notation and proofs, code
  to write, what stated numbers mean, rough estimates, judgements, facts to look up), and 35
  conversations in which an earlier turn changes what the last question means or the last turn
  asks for something other than an exact answer (redefined operators, number bases, decimal
  commas and locale separators, house units, retail, school and rota calendars, identifiers,
  missing figures, writing tasks, opinions, house game scoring); none ends in a plain exact
  question that the earlier turns leave unchanged.

How it was checked: the script's own checks (counts per label, plain, near and conversation
counts, 25 registers each used by all three tools, no register of sets 19 to 111, no query or
user turn repeating an earlier set, contested unit words, relative dates, ambiguous numeric
dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration), a grep
of every family name against earlier_registers.txt before use, and a read-through of every
positive's expected value beside its text. unit_r's two-decimal check rejected one figure in the
first run (a 5.8 km course, changed to 5.6 km in text and code together); the duplicate check
then flagged 43 queries or user turns matching earlier sets word for word (all reworded; the
seven positives among them got new figures, computed in code), then one more (reworded), and
the next run passed. The read-through changed two money answers that came out at a tenth of a
cent (a chip-timing fee and a diesel price, text and code together). Ruff check and format were
run from /work/main; three lines over 99 columns were shortened, and the script was re-run.

Run: /work/main/.venv/bin/python make_heldout_112.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-25.jsonl"
PREFIX = "ho112-"
# earlier generators: sets 1-111 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 112))
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

# the 25 registers of this set (each used by all three tools; the first six twice per tool)
AQUA = "aquascaping_planted_tank_shop"
TINY = "tiny_house_trailer_build"
BRICK = "lego_brick_reseller"
WCB = "wheelchair_basketball_club"
BFIT = "bike_fit_studio"
SATAY = "satay_hawker_stall"
INJERA = "injera_bakery"
TAGINE = "tagine_cookery_school"
SUDOKU = "sudoku_puzzle_book_setter"
EIST = "eisteddfod_choir_secretary"
BOCCE = "bocce_court_league"
UNI = "unicycle_club_coach"
FUTSAL = "futsal_league_fixtures"
CANI = "canicross_race_organiser"
BIATH = "biathlon_range_coach"
MUAY = "muay_thai_gym"
AQUAFIT = "aqua_aerobics_class"
SIMRIG = "sim_racing_rig_builder"
EMPANADA = "empanada_market_stand"
GELATO = "gelato_lab"
SITTER = "house_sitter_pet_minder"
TAXDIY = "tax_return_weekend_filer"
VAN = "road_trip_van_couple"
FLOOR = "laminate_floor_diy_weekend"
TIMETABLE = "school_timetable_deputy_head"

# plain one-line questions
calc(P, "What is 18.75% of 2,464?", pct("18.75") * 2464)
calc(P, "347 × 29 − 1,618 = ?", 347 * 29 - 1618)
calc(P, "divide 7,605 by 18", F(7605, 18))
calc(P, "What's 2.6 squared plus 1.5 cubed?", dec("2.6") ** 2 + dec("1.5") ** 3)
calc(P, "Work out (48.2 − 19.7) × 3.4.", (dec("48.2") - dec("19.7")) * dec("3.4"))
calc(P, "what is three eighths of 1,000 added to 1,245", F(3, 8) * 1000 + 1245)
calc(P, "Compute 9,876 ÷ 0.25", 9876 / dec("0.25"))
_r = math.isqrt(2209)
assert _r * _r == 2209
calc(P, "Square root of 2,209?", _r)
calc(
    P,
    "What do you get if you raise 1,200 by 7.5% and then cut the result by 7.5%?",
    1200 * (1 + pct("7.5")) * (1 - pct("7.5")),
)
calc(P, "Add up every whole number from 1 to 250.", sum(range(1, 251)))
calc(P, "How much is 0.35 of 0.8 of 640?", dec("0.35") * dec("0.8") * 640)
calc(P, "45 minus 7 times 6 plus 12, using the normal order of operations", 45 - 7 * 6 + 12)
calc(P, "What is 2 to the power 13 minus 5 to the power 4?", 2**13 - 5**4)
calc(
    P,
    "Mean of 14.2, 17.9, 11.4 and 20.5, please",
    (dec("14.2") + dec("17.9") + dec("11.4") + dec("20.5")) / 4,
)

# registers: money and counting stories
_aqua = 189 + dec("74.50") + 62 + 14 * dec("3.85")
assert _aqua > 300
calc(
    AQUA,
    (
        "Setting up a 90 cm planted tank: the tank is £189, the light £74.50, the CO2 kit £62, "
        "and I'm taking 14 pots of stem plants at £3.85 each. The shop takes 10% off any order "
        "over £300. What do I pay?"
    ),
    _aqua * (1 - pct(10)),
)
calc(
    AQUA,
    (
        "We sell aquarium soil in 9-litre bags at £27.60 a bag, whole bags only. A customer "
        "needs 41 litres of soil for a new scape. How much will the soil cost them?"
    ),
    whole_up(F(41, 9)) * dec("27.60"),
)
calc(
    TINY,
    (
        "Tiny house build so far: trailer $7,850, lumber $6,420.75, windows $3,112. We've also "
        "budgeted $1,240 per weekend for a contractor over 6 weekends. What's the total with "
        "the contractor included?"
    ),
    7850 + dec("6420.75") + 3112 + 1240 * 6,
)
calc(
    TINY,
    (
        "each cladding board covers 0.14 square metres. the walls of our tiny house add up to "
        "38.5 square metres and i'm adding 10% for offcuts. how many boards should i order?"
    ),
    whole_up(dec("38.5") * (1 + pct(10)) / dec("0.14")),
)
calc(
    BRICK,
    (
        "I paid €168 for a 12 kg bulk lot of used bricks. I sort them into 500 g bags that sell "
        "at €29.40 each, and postage costs me €1.85 per bag. If the whole lot sells, what is my "
        "profit?"
    ),
    (12000 // 500) * (dec("29.40") - dec("1.85")) - 168,
)
calc(
    BRICK,
    (
        "Three of my brick listings sold: a minifigure lot for $42.50, a castle set for $138 "
        "and loose plates for $19.50, as three separate orders. The marketplace keeps 12.9% of "
        "the sale prices plus $0.30 per order. How much do I actually receive?"
    ),
    (dec("42.50") + 138 + dec("19.50")) * (1 - pct("12.9")) - 3 * dec("0.30"),
)
calc(
    WCB,
    (
        "Our wheelchair basketball club needs 4 new sports chairs at £2,350 each. A grant "
        "covers 65% of the cost and a sponsored push raised £1,870. How much do we still "
        "have to find?"
    ),
    4 * 2350 * (1 - pct(65)) - 1870,
)
calc(
    WCB,
    (
        "Season fees are £96 for adults and £48 for juniors. We have 23 adult and 17 junior "
        "players; 5 of the adults pay in two equal halves and only the first half is in so "
        "far. How much money has the club received?"
    ),
    23 * 96 + 17 * 48 - 5 * F(96, 2),
)
calc(
    BFIT,
    (
        "At the bike fit studio a full fit is $225, the saddle the fitter recommended is "
        "$139.90 and new cleats are $34.50. Members get 15% off parts only, not off the fit. "
        "What does a member pay altogether?"
    ),
    225 + (dec("139.90") + dec("34.50")) * (1 - pct(15)),
)
calc(
    BFIT,
    (
        "I do 6 fits a day, Tuesday to Saturday, at $225 each, and the studio keeps 40% of the "
        "fee. What do I take home in a full week?"
    ),
    6 * 5 * 225 * (1 - pct(40)),
)
calc(
    SATAY,
    (
        "Every satay stick takes 35 g of chicken and I sell them in sets of 10 for RM 12. I buy "
        "14 kg of chicken at RM 11.80 per kg. If I sell every stick, what's left after paying "
        "for the chicken?"
    ),
    (14000 // 35) // 10 * 12 - 14 * dec("11.80"),
)
calc(
    SATAY,
    (
        "A batch of peanut sauce costs me RM 23.40 to make and it's enough for 90 sticks. How "
        "many ringgit of sauce is that per stick?"
    ),
    dec("23.40") / 90,
)
calc(
    INJERA,
    (
        "Teff flour costs $4.20 per pound and one pound makes 5 injera. We sell packs of 4 "
        "injera for $9. What's our margin over flour cost on 60 packs?"
    ),
    60 * 9 - F(60 * 4, 5) * dec("4.20"),
)
calc(
    TAGINE,
    (
        "Saturday tagine class: 12 students at €85 each; ingredients €11.40 a head, room hire "
        "€180 and the chef's fee €250. What does the cookery school keep?"
    ),
    12 * 85 - 12 * dec("11.40") - 180 - 250,
)
calc(
    SUDOKU,
    (
        "My publisher pays $18 for each easy puzzle and $32 for each fiendish one. The new book "
        "has 150 puzzles and two fifths of them are fiendish. What's my fee for the book?"
    ),
    F(2, 5) * 150 * 32 + F(3, 5) * 150 * 18,
)
calc(
    EIST,
    (
        "The coach to the eisteddfod costs £1,480 and 37 of us are going. The choir fund pays "
        "a quarter and the singers split the rest equally. How much does each singer pay?"
    ),
    1480 * F(3, 4) / 37,
)
calc(
    BOCCE,
    (
        "eight bocce teams pay a $75 league fee each and our sponsors put in $340. prizes get "
        "45% of the pot and the rest goes toward resurfacing the court. how much is that?"
    ),
    (8 * 75 + 340) * (1 - pct(45)),
)
calc(
    UNI,
    (
        "I'm ordering 9 learner unicycles at £114.95 and 9 pairs of wrist guards at £12.50 for "
        "the club. Delivery is free on orders over £1,000, otherwise it's £24. Total to pay?"
    ),
    9 * (dec("114.95") + dec("12.50")) + (0 if 9 * (dec("114.95") + dec("12.50")) > 1000 else 24),
)
calc(
    FUTSAL,
    (
        "The sports hall charges €62.50 an hour. In our futsal league 10 teams each play every "
        "other team home and away, and each match books the hall for 50 minutes. What's the "
        "hall bill for the season?"
    ),
    10 * 9 * F(50, 60) * dec("62.50"),
)
calc(
    CANI,
    (
        "Canicross entries: 84 adults at £22 and 31 juniors at £9. Chip timing is £1.90 per "
        "entrant and field hire £350. A tenth of what remains goes to the dog rescue. How much "
        "does the rescue receive?"
    ),
    (84 * 22 + 31 * 9 - (84 + 31) * dec("1.90") - 350) / 10,
)
calc(
    BIATH,
    (
        "In a biathlon race simulation each athlete shoots 4 bouts of 5 shots. Training rounds "
        "cost 38 cents apiece. What do rounds cost for 11 athletes doing 3 simulations?"
    ),
    4 * 5 * 11 * 3 * dec("0.38"),
)
calc(
    MUAY,
    (
        "At my muay thai gym a drop-in class is ฿450 and a 10-class pass is ฿3,500. I want 22 "
        "classes. How many baht do I save with two passes plus 2 drop-ins versus paying drop-in "
        "for all 22?"
    ),
    22 * 450 - (2 * 3500 + 2 * 450),
)
calc(
    AQUAFIT,
    (
        "For each aqua aerobics session the pool charges £4.60 per swimmer and the instructor "
        "costs £38. If 26 swimmers each pay £7.50, what's the profit per session?"
    ),
    26 * dec("7.50") - 26 * dec("4.60") - 38,
)
calc(
    SIMRIG,
    (
        "Sim rig parts list: aluminium profile at $6.80 per 10 cm and I need 7.4 m of it, a "
        "seat at $289, pedals at $349.99 and a wheel base at $599. What does it all come to?"
    ),
    dec("7.4") * 10 * dec("6.80") + 289 + dec("349.99") + 599,
)
calc(
    EMPANADA,
    (
        "Empanadas are $3.75 each or 4 for $13. On Saturday the stand sold 58 packs of four and "
        "97 single empanadas. What were the takings?"
    ),
    58 * 13 + 97 * dec("3.75"),
)
calc(
    GELATO,
    (
        "A 5 kg tub of pistachio gelato costs the lab €64. We serve 120 g scoops at €3.20 and "
        "only sell full scoops. What's the gross profit on one tub?"
    ),
    (5000 // 120) * dec("3.20") - 64,
)
calc(
    SITTER,
    (
        "A 16-night house sit pays $55 a night, plus $8 per walk for the two dogs, which get "
        "walked together twice a day. How much will I earn for the whole sit?"
    ),
    16 * 55 + 16 * 2 * 8,
)
calc(
    TAXDIY,
    (
        "Using my simplified rules: freelance income $48,300, expenses $9,740. I pay 15.3% of "
        "the profit, plus 12% of whatever profit is above $14,600. What's my total tax?"
    ),
    (48300 - 9740) * pct("15.3") + (48300 - 9740 - 14600) * pct(12),
)
calc(
    VAN,
    (
        "Our camper van uses 9.5 litres of diesel per 100 km. The route is 3,240 km and diesel "
        "averages €1.70 a litre. We split fuel half and half. What's my share?"
    ),
    3240 * dec("9.5") / 100 * dec("1.70") / 2,
)
calc(
    FLOOR,
    (
        "Laminate packs cover 2.22 square metres and cost £31.49 each, whole packs only. The "
        "room is 4.6 m by 3.7 m and I'm adding 8% for cuts. What does the laminate cost me?"
    ),
    whole_up(dec("4.6") * dec("3.7") * (1 + pct(8)) / dec("2.22")) * dec("31.49"),
)
calc(
    TIMETABLE,
    (
        "Year 9 has 6 classes and each gets 4 science lessons of 50 minutes a week. How many "
        "hours of science teaching does that add up to each week?"
    ),
    F(6 * 4 * 50, 60),
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


# plain one-line questions
unit(P, "Convert 77 inches into centimetres, please.", 77 * IN * 100, EXACT)
unit_r(P, "how many kilometres is 31.7 miles", dec("31.7") * MI / 1000)
unit(P, "What is 102.2 °F in Celsius?", f_to_c(dec("102.2")), EXACT)
unit_r(P, "65 kg in pounds?", 65 / LB)
unit_r(P, "Convert 35 acres to hectares", 35 * ACRE / 10000)
unit_r(P, "How many square feet is a 42 m² flat?", 42 / SQFT)
unit(P, "My SD card partition is 3.75 GiB; how many MiB is that?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "Express 120 km/h in miles per hour.", 120 * KMH / MPH)
unit(P, "What's 5 ft 11 in in centimetres?", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "Convert 32 psi to kilopascals.", 32 * PSI / 1000)
unit_r(P, "How many ounces are in 750 g?", dec("0.750") / OZ)
unit(P, "-18 °C to Fahrenheit", c_to_f(-18), EXACT)
unit_r(P, "A 10 km race is how many yards?", 10000 / YD)
unit(P, "How many metres are 400 yards?", 400 * YD, EXACT)

# registers
unit(
    AQUA,
    "The tank measures 90 cm × 45 cm × 45 cm inside. What is its volume in litres?",
    F(90 * 45 * 45, 1000),
    EXACT,
)
unit_r(
    AQUA,
    "The discus in my planted tank like 85 °F water. What's that in degrees Celsius?",
    f_to_c(85),
)
unit_r(TINY, "Our tiny house trailer is 24 feet long. How long is that in metres?", 24 * FT)
unit_r(
    TINY,
    (
        "Height limit for towing here is 4.3 m. Converting for the American plans, how many "
        "feet is that?"
    ),
    dec("4.3") / FT,
)
unit_r(
    BRICK,
    "A brick stud pitch is 8 mm, so how many inches long is a 48-stud baseplate edge?",
    F(48 * 8, 1000) / IN,
)
unit_r(
    BRICK,
    "The parcel of sorted bricks weighs 3 lb 9 oz. How many grams is that?",
    (3 * 16 + 9) * OZ * 1000,
)
unit(WCB, "The basketball hoop is 10 feet off the floor. In metres?", 10 * FT, EXACT)
unit_r(WCB, "a wheelchair basketball court is 28 m long, what is that in feet", 28 / FT)
unit_r(BFIT, "Saddle height came out at 74.5 cm. What's that in inches?", dec("0.745") / IN)
unit_r(BFIT, "Road tyres pumped to 80 psi: how many bar is that?", 80 * PSI / BAR)
unit(SATAY, "The charcoal grill runs at 250 °C. What is that in Fahrenheit?", c_to_f(250), EXACT)
unit_r(
    SATAY,
    "My supplier sells chicken in 2.2 lb packs. How many kilograms are 30 packs?",
    30 * dec("2.2") * LB,
)
unit(
    INJERA,
    "Our mitad griddle is 22 inches across. What's the diameter in centimetres?",
    22 * IN * 100,
    EXACT,
)
unit(
    TAGINE,
    "The recipe says 180 °C for the oven, but the school's oven dial is in °F. What setting?",
    c_to_f(180),
    EXACT,
)
unit(
    SUDOKU,
    "The printer wants the grid at 4.5 inches square. How many millimetres is each side?",
    dec("4.5") * IN * 1000,
    EXACT,
)
unit_r(EIST, "The eisteddfod field is 212 miles from our village. How far in km?", 212 * MI / 1000)
unit_r(BOCCE, "Our bocce court is 91 ft long. How many metres is that?", 91 * FT)
unit(UNI, "My unicycle has a 24-inch wheel. What's that in centimetres?", 24 * IN * 100, EXACT)
unit_r(
    FUTSAL,
    "The futsal ball should be inflated to 0.6 bar. What's that in psi?",
    dec("0.6") * BAR / PSI,
)
unit_r(
    CANI,
    "the canicross course is 5.6 km, how many miles would that be for the US entrants",
    dec("5.6") * 1000 / MI,
)
unit_r(BIATH, "Biathlon targets stand 50 m from the firing line. In yards?", 50 / YD)
unit_r(MUAY, "I fight at 67 kg. What's my weight in pounds?", 67 / LB)
unit(
    AQUAFIT,
    "The pool for aqua aerobics is kept at 29 °C. What's that in Fahrenheit?",
    c_to_f(29),
    EXACT,
)
unit(
    SIMRIG,
    "The ultrawide monitor on my sim rig is 34 inches diagonally. How many cm?",
    34 * IN * 100,
    EXACT,
)
unit_r(EMPANADA, "A bag of empanada dough is 1.75 lb. How many grams?", dec("1.75") * LB * 1000)
unit(
    GELATO,
    "The gelato display case sits at -14 °C. What is that in degrees Fahrenheit?",
    c_to_f(-14),
    EXACT,
)
unit(
    SITTER,
    "The owners' fridge thermometer reads 41 °F. What temperature is that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit_r(
    TAXDIY,
    "For my expenses I logged 3,870 business miles. How many kilometres is that?",
    3870 * MI / 1000,
)
unit_r(VAN, "The motorway limit is 130 km/h. What is that in mph for our van?", 130 * KMH / MPH)
unit_r(
    FLOOR,
    "The room is 4.6 m by 3.7 m. What's the floor area in square feet?",
    dec("4.6") * dec("3.7") / SQFT,
)
unit_r(
    TIMETABLE,
    "The school playing field is 2.5 acres. How many square metres is that?",
    dec("2.5") * ACRE,
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
date_item(P, "What day of the week was 23 February 1861?", weekday(D(1861, 2, 23)))
date_item(
    P,
    "How many days are there between 3 January 2028 and 19 October 2028?",
    days(D(2028, 1, 3), D(2028, 10, 19)),
)
date_item(P, "What date is 100 days after 2029-05-17?", D(2029, 5, 17) + TD(days=100))
date_item(
    P,
    "Someone born on 29 August 1991 is how old on 1 March 2031?",
    age(D(1991, 8, 29), D(2031, 3, 1)),
)
date_item(P, "Which date is the third Thursday of November 2029?", nth_weekday(2029, 11, THU, 3))
date_item(P, "how many minutes are between 07:48 and 16:23", clock_span("07:48", "16:23", 60))
date_item(P, "What's the date 90 days before 1 April 2030?", D(2030, 4, 1) - TD(days=90))
_w0 = D(2028, 3, 6)
_w1 = _w0 + TD(weeks=11)
date_item(P, f"How many whole weeks are there from {sayw(_w0)} to {sayw(_w1)}?", weeks(_w0, _w1))
date_item(P, "What weekday is Christmas Day 2031?", weekday(D(2031, 12, 25)))
date_item(
    P,
    "How many hours is it from 22:30 one evening to 06:15 the following morning?",
    clock_span("22:30", "06:15", 3600),
)
date_item(P, "How many days will February 2096 have?", calendar.monthrange(2096, 2)[1])
date_item(P, "Date of the last Friday in September 2029?", nth_weekday(2029, 9, FRI, -1))
date_item(P, "How many seconds are in 3 h 25 min?", 3 * 3600 + 25 * 60)
_tz_dep = DT(2030, 11, 3, 22, 40, tzinfo=dt.timezone(TD(hours=-8)))
_tz_arr = (_tz_dep + TD(hours=13, minutes=5)).astimezone(dt.timezone(TD(hours=8)))
date_item(
    P,
    (
        "A flight leaves at 22:40 on 3 November 2030 local time (offset -08:00) and is in the air "
        "for 13 h 05 min. On what local date does it land at a +08:00 airport?"
    ),
    _tz_arr.date(),
)

# registers
date_item(
    AQUA,
    (
        "I began fishless cycling the tank on 2028-02-11 and it needs 42 days. On what date "
        "can the fish go in?"
    ),
    D(2028, 2, 11) + TD(days=42),
)
_aq0 = D(2029, 1, 7)
date_item(
    AQUA,
    (
        f"I change the tank water every 9 days, the first change being on {sayw(_aq0)}. "
        "What day of the week is the 10th water change?"
    ),
    weekday(_aq0 + TD(days=9 * 9)),
)
date_item(
    TINY,
    (
        "We started building the tiny house on 15 April 2027 and finished on 3 November 2027. "
        "How many days was that, counting both the first and the last day?"
    ),
    days(D(2027, 4, 15), D(2027, 11, 3)) + 1,
)
date_item(
    TINY,
    "The road-legal inspection is on the second Tuesday of June 2027. Which date is that?",
    nth_weekday(2027, 6, TUE, 2),
)
date_item(
    BRICK,
    (
        "A set I sell retires on 31 December 2028 and I listed it on 9 August 2028. How many "
        "days after listing does it retire?"
    ),
    days(D(2028, 8, 9), D(2028, 12, 31)),
)
date_item(
    BRICK,
    (
        "My auction of rare minifigures opens at 18:30 on 14 March 2029 and runs for 100 hours. "
        "On what date does it close?"
    ),
    (DT(2029, 3, 14, 18, 30) + TD(hours=100)).date(),
)
date_item(
    WCB,
    "Our wheelchair basketball tournament begins on 13 October 2028. What weekday is that?",
    weekday(D(2028, 10, 13)),
)
_wcb0 = nth_weekday(2028, 1, WED, 1)
_wcb1 = D(2028, 3, 29)
date_item(
    WCB,
    (
        f"Training is every Wednesday starting {sayw(_wcb0)}. How many sessions are there up "
        f"to and including {say(_wcb1)}?"
    ),
    sum(1 for k in range(days(_wcb0, _wcb1) + 1) if (_wcb0 + TD(days=k)).weekday() == WED),
)
date_item(
    BFIT,
    "The studio opens 08:30 and closes 19:15. How many hours is it open?",
    clock_span("08:30", "19:15", 3600),
)
date_item(
    BFIT,
    "A client wants a follow-up fit 6 weeks after their fit on 22 September 2027. What date?",
    D(2027, 9, 22) + TD(weeks=6),
)
date_item(
    SATAY,
    (
        "My hawker stall permit starts on 1 March 2028 and lasts 180 days, with 1 March as day "
        "one. What's the last day it's valid?"
    ),
    D(2028, 3, 1) + TD(days=179),
)
date_item(
    SATAY,
    "The night market opens on Saturdays. What's the date of the first Saturday in August 2027?",
    nth_weekday(2027, 8, SAT, 1),
)
_inj = D(2027, 7, 4)
date_item(
    INJERA,
    (
        f"I mixed the teff batter at 20:00 on {sayw(_inj)} and it ferments for 72 hours. "
        "On what date is it ready?"
    ),
    (DT.combine(_inj, dt.time(20, 0)) + TD(hours=72)).date(),
)
_tg0 = nth_weekday(2027, 9, SAT, 1)
date_item(
    TAGINE,
    (
        f"The tagine course runs on 8 consecutive Saturdays, starting {say(_tg0)}. On which "
        "date is the final class?"
    ),
    _tg0 + TD(weeks=7),
)
date_item(
    SUDOKU,
    (
        "I start writing puzzles on 10 November 2028 and write 2 a day, every day, up to and "
        "including 31 January 2029. How many puzzles is that?"
    ),
    2 * (days(D(2028, 11, 10), D(2029, 1, 31)) + 1),
)
date_item(
    EIST,
    (
        "If the eisteddfod opens on the first Saturday of August 2029, what date does our "
        "choir need to be there for?"
    ),
    nth_weekday(2029, 8, SAT, 1),
)
_bc0 = D(2028, 5, 2)
date_item(
    BOCCE,
    (
        f"The bocce league has 11 weekly rounds, the first on {sayw(_bc0)}. "
        "What date is the last round?"
    ),
    _bc0 + TD(weeks=10),
)
date_item(
    UNI,
    (
        "I first got on a unicycle on 12 February 2027 and rode 30 metres unaided on 19 April "
        "2027. How many days did that take?"
    ),
    days(D(2027, 2, 12), D(2027, 4, 19)),
)
date_item(
    FUTSAL,
    "The futsal season opens on the last Sunday of January 2028. What's the date?",
    nth_weekday(2028, 1, SUN, -1),
)
date_item(
    CANI,
    (
        "The canicross race started at 10:40:00 and my dog and I crossed the line at 11:17:25. "
        "What was our time in seconds?"
    ),
    clock_span("10:40:00", "11:17:25", 1),
)
date_item(
    BIATH,
    (
        "The sprint is on 28 November 2027 and the pursuit is 2 days later. What day of the "
        "week is the pursuit?"
    ),
    weekday(D(2027, 11, 28) + TD(days=2)),
)
date_item(
    MUAY,
    "My fight camp starts on 3 January 2028 and fight night is 9 weeks later. Which date?",
    D(2028, 1, 3) + TD(weeks=9),
)
_af0 = D(2028, 9, 11)
_af1 = D(2028, 12, 11)
date_item(
    AQUAFIT,
    f"How many weeks is it from {say(_af0)} to {say(_af1)}, the aqua aerobics term?",
    weeks(_af0, _af1),
)
_sr0 = DT(2029, 6, 16, 5, 0, tzinfo=dt.timezone(TD(hours=1)))
_sr1 = (_sr0 + TD(hours=24)).astimezone(dt.timezone(TD(hours=-7)))
date_item(
    SIMRIG,
    (
        "Our 24-hour online endurance race starts at 05:00 on 16 June 2029 at offset +01:00. "
        "My teammate lives at -07:00. On what date, on his clock, does the race finish?"
    ),
    _sr1.date(),
)
date_item(
    EMPANADA,
    (
        "I bought a sack of flour on 6 May 2028 and it's best used by 270 days after the "
        "purchase day. What's the last good date?"
    ),
    D(2028, 5, 6) + TD(days=270),
)
date_item(
    GELATO,
    "The gelato lab opened on 17 March 2025. On what date is it 1,000 days old?",
    D(2025, 3, 17) + TD(days=1000),
)
_hs0 = D(2028, 12, 22)
_hs1 = D(2029, 1, 9)
date_item(
    SITTER,
    f"I'm house-sitting from {sayw(_hs0)} to {sayw(_hs1)}. How many nights is that?",
    days(_hs0, _hs1),
)
date_item(
    TAXDIY,
    (
        "My return is due on 31 January 2029 and I sit down to start it on 14 January 2029. "
        "How many days is that, counting both dates?"
    ),
    days(D(2029, 1, 14), D(2029, 1, 31)) + 1,
)
_fy0 = DT(2028, 7, 20, 17, 0, tzinfo=dt.timezone(TD(hours=3)))
_fy1 = (_fy0 + TD(hours=29)).astimezone(dt.timezone(TD(hours=2)))
date_item(
    VAN,
    (
        "Our ferry leaves at 17:00 on 20 July 2028 from a port at +03:00. The crossing takes "
        "29 hours and we arrive at a port on +02:00. What's the local date when we drive off?"
    ),
    _fy1.date(),
)
_fl0 = D(2027, 10, 14)
date_item(
    FLOOR,
    (
        f"The laminate was delivered at 15:00 on {sayw(_fl0)} and has to acclimatise for 48 "
        "hours before fitting. On which date can I start laying it?"
    ),
    (DT.combine(_fl0, dt.time(15, 0)) + TD(hours=48)).date(),
)
_tt0 = nth_weekday(2027, 9, MON, 1)
_tt1 = D(2027, 11, 17)
date_item(
    TIMETABLE,
    (
        f"Teaching week 1 begins on {sayw(_tt0)}, and each week starts on a Monday. Which "
        f"teaching week number is {say(_tt1)} in?"
    ),
    days(_tt0, _tt1) // 7 + 1,
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
NE = "everyday-curiosities"
for q in (
    "Why do supermarkets put milk at the back of the shop?",
    "Is it rude to mute the family group chat for a whole weekend without telling anyone?",
    "Why do some people sneeze when they step into bright sunlight?",
    "What's the point of the tiny pocket inside the front pocket of jeans?",
    "Why does music sound better in the car than at home?",
    "What goes on inside noise-cancelling earbuds that lets them quieten a train carriage?",
    "Why does my cat stare at me and then slowly nudge my mug towards the table edge?",
    "What makes some people morning people and others night owls?",
    "Why are wedding rings usually worn on the fourth finger?",
    "Is there any real difference between cheap and expensive HDMI cables?",
):
    neg(NE, q)

NP = "personal-dilemmas"
for q in (
    "My best friend keeps cancelling plans at the last minute. How do I bring it up kindly?",
    "Should I tell my manager I'm interviewing elsewhere, or keep it quiet?",
    "I'm 34 and thinking of retraining as a nurse. Is that a sensible move?",
    "How can I stop doomscrolling before bed?",
    "My teenage son barely talks to me any more. Any advice on reconnecting?",
    "Is it worth moving to a cheaper flat if it doubles my commute?",
    "How do I say no to lending money to my brother again without a fight?",
    "I feel guilty taking a whole week off work. How do I get over that?",
    "What are good ways to make friends after moving to a new city in your thirties?",
    "My flatmate never does the washing up. How should I handle it?",
):
    neg(NP, q)

NW = "drafting-and-editing"
for q in (
    "Write a short, warm thank-you note to my neighbour who watered my plants.",
    "Can you make this sentence less clunky: 'The meeting that was held was productive.'",
    "Draft a polite email asking my landlord to fix a leaking tap.",
    "Give me a catchy name for a bakery that only sells bagels.",
    "Write a four-line poem about the first frost of the year.",
    "Help me write a toast for my sister's wedding, funny but not embarrassing.",
    "Rewrite this for a LinkedIn post: 'I got a new job, it's at a bank, I'm happy.'",
    "Suggest three opening lines for a mystery novel set on a night train.",
    "Turn my bullet points into a friendly paragraph: late delivery, refund sent, sorry.",
    "Write a limerick about a tortoise who wants to run a marathon.",
):
    neg(NW, q)

NC = "software-help"
for q in (
    "When would I pick a frozen dataclass over a namedtuple in Python?",
    "Why does my React component re-render every time I type in an input?",
    "Explain a race condition using two people editing the same shared shopping list.",
    "Is it better to use tabs or spaces, and why do people argue about it?",
    "How should I structure a Flask app that's grown past a single file?",
    "What does 'git rebase' do that 'git merge' doesn't?",
    "Review this idea: storing user passwords as MD5 hashes. Is that okay?",
    "When should I reach for a database index, and when does it hurt?",
    "What's the cleanest way to handle errors in async JavaScript?",
    "Explain dependency injection like I'm a junior developer.",
):
    neg(NC, q)

NH = "past-and-people"
for q in (
    "Why did the Western Roman Empire fall while Constantinople held on for centuries?",
    "What was daily life like for a medieval peasant?",
    "Who was Ada Lovelace and why is she famous?",
    "What caused the collapse of the Bronze Age civilisations?",
    "How did Gutenberg's press change who could read the Bible?",
    "Why was the Silk Road so important?",
    "Why do people still cite Magna Carta when most of its clauses were repealed long ago?",
    "How did ordinary people in Britain experience rationing during the war?",
    "Why did the Ottoman Empire decline?",
    "What were the main causes of the French Revolution?",
):
    neg(NH, q)

NL = "words-and-grammar"
for q in (
    "My editor keeps changing 'different than' to 'different from'. Who's right?",
    "Where does 'bite the bullet' come from, and is the battlefield story true?",
    "Can you show me when a semicolon works better than a full stop, with examples?",
    "My uncle insists 'irregardless' is wrong. Do dictionaries agree with him?",
    "Give me a trick for remembering when to write 'affect' and when 'effect'.",
    "Why does English spell 'though', 'through' and 'tough' so differently?",
    "How do you say 'I'm just looking, thanks' politely in Spanish?",
    "What does 'sonder' mean, and is it a proper word?",
    "Should I write 'data is' or 'data are'?",
    "Is it true that 'quarantine' comes from an Italian word for forty?",
):
    neg(NL, q)

NS = "how-nature-works"
for q in (
    "Why does the sea look green near the shore but deep blue further out?",
    "How do birds know which way to migrate?",
    "What actually happens inside a black hole?",
    "Why do onions make you cry?",
    "How do mRNA vaccines get the body to recognise a virus it has never met?",
    "Why does a lake freeze from the top down rather than from the bottom up?",
    "Why are the northern lights mostly green, with the odd band of red at the top?",
    "How do octopuses change colour so quickly?",
    "Why do we have leap years at all?",
    "How does a rainbow form?",
):
    neg(NS, q)

NK = "cookery-technique"
for q in (
    "Why does my risotto always end up gluey?",
    "What's the secret to crispy roast potatoes?",
    "Can I freeze cooked rice safely?",
    "How do I stop my pancakes sticking to the pan?",
    "What can I use instead of eggs in brownies?",
    "Why did my bread come out dense and flat?",
    "Is it worth brining a chicken before roasting it?",
    "How do I know when a steak is medium-rare without a thermometer?",
    "What herbs go well with lamb?",
    "How do I rescue a curry that's far too spicy?",
):
    neg(NK, q)

NG = "home-yard-care"
for q in (
    "What's the least toxic way to shift black mould from the silicone round my shower tray?",
    "When's the best time to prune a lavender bush?",
    "The lower leaves on my greenhouse tomatoes have gone yellow with brown spots. What's wrong?",
    "What's the easiest way to unblock a slow-draining sink?",
    "When redecorating a hallway, do the skirting boards get painted before or after the walls?",
    "How do I stop slugs eating my hostas?",
    "Is it worth getting a smart thermostat?",
    "What's causing the damp patch on my bedroom wall?",
    "How often should I water a lawn during a hot spell?",
    "Which houseplants are hard to kill for a beginner?",
):
    neg(NG, q)

NT = "trips-and-trails"
for q in (
    "What kit is essential for walking the West Highland Way in late September?",
    "Is Lisbon or Porto better for a first visit to Portugal?",
    "Flying Sydney to London in spring: how do I cope with the jet lag when I land?",
    "What are the must-see places in Kyoto for a first-timer?",
    "Is wild camping legal in Norway?",
    "How do I choose a decent sleeping bag for spring camping?",
    "Any tips for travelling with a toddler on a long train journey?",
    "What's the etiquette for tipping in Japan?",
    "Is it safe to hike alone, and what precautions should I take?",
    "Where's a good place in Europe for a quiet beach holiday in October?",
):
    neg(NT, q)

# near-negatives: shaped like positives, but the model is needed
NI = "near-id-codes"
for q, note in (
    (
        "Windows Update keeps failing with 0x80070005. What causes it and how do I fix it?",
        "hex error code, not arithmetic",
    ),
    (
        "Is flight LH 1172 out of Frankfurt usually delayed in the evenings?",
        "flight number is an identifier",
    ),
    ("My parcel number is 4471-2290-8813; what does the 4471 prefix mean?", "tracking id"),
    ("What is ISBN 978-0-14-103614-4?", "book identifier, needs lookup"),
    ("Which postcode area is CF10 1EP in?", "postcode, not a sum"),
    ("What's HTTP status 418 about?", "status code meaning"),
    ("Is the bus 38 or the 73 better for getting to Angel?", "route numbers"),
    ("What does the 'E471' on my bread label mean?", "food additive code"),
):
    neg(NI, q, note)

NM = "near-unstated-fact"
for q, note in (
    ("How much would it cost to fill my car with petrol?", "tank size and price unknown"),
    ("What's 15% tip on my dinner bill?", "bill amount not given"),
    ("How many days have I got left before my passport runs out?", "expiry date not given"),
    ("What's my take-home pay after tax?", "salary and jurisdiction missing"),
    (
        "How long will the drive to my in-laws take if we leave straight after work?",
        "places and speed unknown",
    ),
    ("How many tiles do I need for the bathroom?", "dimensions missing"),
    ("How old will my daughter be when she starts school?", "birth date missing"),
    ("How much is rent going to go up at my renewal?", "no figures or terms given"),
):
    neg(NM, q, note)

NN = "near-symbolic-notation"
for q, note in (
    ("Solve for x: x² − 5x + 6 = 0, and explain each step.", "algebra with explanation"),
    ("What does 3/4 time mean in music?", "time signature, not a fraction"),
    ("Differentiate sin(x)·e^x and show the product rule.", "symbolic calculus"),
    ("What does 4-4-2 mean in football?", "formation, not subtraction"),
    ("In chess, what does 1. e4 e5 2. Nf3 mean?", "chess notation"),
    ("My optician said I have 6/9 vision in one eye. What does that mean?", "acuity notation"),
    ("Prove there are infinitely many primes, in plain language.", "proof, not a number"),
    ("Why is 0.999... equal to 1?", "explanation of a limit"),
):
    neg(NN, q, note)

NX = "near-write-me-code"
for q, note in (
    ("Write a Python function that adds 17.5% VAT to a price.", "code to write"),
    ("Give me an Excel formula that counts weekdays between two dates.", "formula to write"),
    ("Write SQL to total sales per month from an orders table.", "SQL to write"),
    ("How would I write a C# method that turns Celsius into Fahrenheit?", "code to write"),
    ("Write a bash one-liner to find files larger than 100 MB.", "shell command"),
    ("How do I add 30 days to a date in pandas?", "API question"),
    ("Write a regex that matches a UK mobile number.", "regex to write"),
    ("Write a function that returns the day of the week for any date.", "code to write"),
):
    neg(NX, q, note)

NV = "near-what-numbers-mean"
for q, note in (
    ("My blood pressure is 142 over 91. Is that bad?", "medical interpretation"),
    ("Is a credit score of 710 good?", "interpretation"),
    ("My resting heart rate is 48; should I worry?", "health judgement"),
    ("Is a 2.3% mortgage rate a good deal right now?", "market judgement"),
    ("What does a UV index of 8 mean for being outside?", "meaning of a scale"),
    ("My car's fuel economy dropped by 15%. What could cause that?", "diagnosis"),
    ("My sourdough starter doubles in 4 hours. Is that healthy?", "judgement"),
    ("My kid scored in the 30th percentile in reading. Should we worry?", "interpretation"),
):
    neg(NV, q, note)

NR = "near-rough-guess"
for q, note in (
    ("Ballpark: how many dentists work in the whole of Scotland?", "Fermi estimate"),
    ("How many golf balls would fit in a school bus, ballpark?", "estimate"),
    ("About how much does a wedding for 80 guests cost these days?", "estimate, varies"),
    ("How many words a day should I write to finish a novel by spring?", "unstated targets"),
    ("How long does it take to learn to play guitar reasonably well?", "estimate"),
    ("How many people are in the air on planes at any moment?", "estimate"),
    ("Approximately how many steps does a postman walk in a shift?", "estimate"),
    ("How much should I budget per day for food in Vietnam?", "estimate, advice"),
):
    neg(NR, q, note)

NJ = "near-which-is-better"
for q, note in (
    ("Is it better to pay off a 6% loan early or invest the money?", "financial judgement"),
    ("Should I buy a 55-inch or 65-inch TV for a 4 m wide living room?", "preference"),
    ("Which is better value, a 12-month gym contract or pay-as-you-go?", "depends on usage"),
    ("Is 8 hours of sleep really necessary, or is 6 enough?", "health advice"),
    ("Should I run my first marathon in 2028 or wait?", "personal judgement"),
    ("Is 5G worth paying extra for on my phone plan?", "judgement"),
    ("Should I take the job paying £4,000 more with a longer commute?", "judgement"),
    ("Is a 30-year or a 15-year mortgage smarter?", "judgement"),
):
    neg(NJ, q, note)

NF = "near-look-it-up"
for q, note in (
    ("What's the exchange rate from euros to yen at the moment?", "live data needed"),
    ("How tall is the Burj Khalifa?", "fact lookup"),
    ("When does the next solar eclipse happen in Europe?", "fact lookup"),
    ("How many people live in Lagos?", "fact lookup"),
    ("What year did the Berlin Wall fall?", "historical fact"),
    ("What's the average distance between Earth and Mars?", "fact, not a conversion"),
    ("What time does the sun set in Reykjavik on midsummer?", "lookup"),
    ("How long is the Trans-Siberian railway journey?", "fact lookup"),
    ("At what temperature does water boil on the summit of Mont Blanc?", "physics fact lookup"),
):
    neg(NF, q, note)

# conversations: an earlier turn changes what the last question means
conv(
    "conv-custom-operator",
    [
        (U, "For a puzzle game, let a ◇ b mean a squared minus b."),
        (A, "Got it: a ◇ b = a² − b."),
        (U, "Then under that rule what's 7 ◇ 3, and is the operator associative?"),
    ],
    "redefined operator plus a property question",
)
conv(
    "conv-custom-operator",
    [
        (U, "In my kid's homework, '#' means 'double the first number then add the second'."),
        (A, "So a # b = 2a + b."),
        (U, "How would you explain that rule to an eight-year-old, using 4 # 5?"),
    ],
    "explanation task using a defined operator",
)
conv(
    "conv-custom-operator",
    [
        (U, "We're using ⊗ for 'take the larger number and halve it'."),
        (A, "Understood: a ⊗ b = max(a, b) / 2."),
        (U, "Using our symbol, work out 9 ⊗ 14 and tell me if ⊗ is commutative."),
    ],
    "redefined operator; meaning comes from earlier turn",
)
conv(
    "conv-other-base",
    [
        (U, "For this whole chat, read any number I write as octal."),
        (A, "Okay, I'll read your numbers as octal."),
        (U, "Then add 17 and 25 the way I asked, and tell me whether a carry happens."),
    ],
    "octal context changes the sum",
)
conv(
    "conv-other-base",
    [
        (U, "I'm working in hexadecimal for a firmware register."),
        (A, "Sure, go ahead."),
        (U, "So what's the register value 1F after I shift it left by two, in my notation?"),
    ],
    "hex context and bit shift",
)
conv(
    "conv-other-base",
    [
        (U, "These are binary numbers: 1011 and 110."),
        (A, "Noted, both are in base 2."),
        (U, "Multiply those two for me, keeping the same base."),
    ],
    "binary context",
)
conv(
    "conv-comma-decimals",
    [
        (U, "I'm copying figures from a German invoice, so commas are decimal points."),
        (A, "Understood, 1,5 would mean one and a half."),
        (U, "Then the two lines are 12,75 and 3,125 — what's their total the German way?"),
    ],
    "decimal comma changes the reading",
)
conv(
    "conv-comma-decimals",
    [
        (U, "Our French supplier writes prices like 4,50 €."),
        (A, "Right, that's four euros fifty."),
        (U, "So how should I read their line '2,250 kg', and what would the price be at that?"),
    ],
    "ambiguous comma reading needs judgement",
)
conv(
    "conv-comma-decimals",
    [
        (U, "In the Brazilian spreadsheet a period separates thousands: 1.200 is twelve hundred."),
        (A, "Okay, periods group thousands and commas are decimals there."),
        (U, "Given that, what does their cell '3.450,5' add up to with my '1.200'?"),
    ],
    "locale separators from earlier turn",
)
conv(
    "conv-our-own-units",
    [
        (U, "In our workshop a 'bay' is 2.4 m of shelving and a 'run' is three bays."),
        (A, "Got it: one run is 7.2 m."),
        (U, "So how many of our runs fit along the new wall we talked about?"),
    ],
    "house units and an unstated wall length",
)
conv(
    "conv-our-own-units",
    [
        (U, "My grandmother's recipes use a 'handful' that she said was about 40 g."),
        (A, "I'll treat a handful as roughly 40 g."),
        (U, "Does it make sense to convert her whole bread recipe that way, or will it go wrong?"),
    ],
    "judgement about a house unit",
)
conv(
    "conv-our-own-units",
    [
        (U, "At the climbing gym we grade routes on our own 1-to-20 scale."),
        (A, "Okay, that's your gym's own scale."),
        (U, "What would a 14 on our scale be on the French sport grade system?"),
    ],
    "no defined mapping; needs judgement",
)
conv(
    "conv-shop-calendar",
    [
        (
            U,
            (
                "Our retail calendar uses a 4-5-4 pattern and the year starts on the Sunday "
                "nearest 1 February."
            ),
        ),
        (A, "Understood, a 4-5-4 retail calendar."),
        (U, "Which retail week and period would the first Saturday of our year fall in?"),
    ],
    "retail calendar definition from earlier turn",
)
conv(
    "conv-shop-calendar",
    [
        (U, "At my school the timetable alternates Week A and Week B, except after holidays."),
        (A, "So it resets to Week A after each break?"),
        (U, "Not always, it depends on the head. How do I find out which week I'm in?"),
    ],
    "school calendar rule is undefined",
)
conv(
    "conv-shop-calendar",
    [
        (U, "Our rota runs on 3 days on, 2 days off, starting from my first shift."),
        (A, "Got it, a 5-day cycle."),
        (U, "Am I on or off on my birthday, then?"),
    ],
    "rota and unstated dates",
)
conv(
    "conv-codes-not-numbers",
    [
        (U, "My two product SKUs are 4410 and 2290."),
        (A, "Noted."),
        (U, "Is there any reason a system might reject the second of those as a duplicate?"),
    ],
    "identifiers, not a sum",
)
conv(
    "conv-codes-not-numbers",
    [
        (U, "Room 312 is booked and so is room 314."),
        (A, "Okay, both rooms are booked."),
        (U, "Is 313 likely to be between them, or do hotels number rooms differently?"),
    ],
    "room numbers as identifiers",
)
conv(
    "conv-codes-not-numbers",
    [
        (U, "Our team jersey numbers are 7, 11 and 23."),
        (A, "Noted."),
        (U, "Which of those numbers has the most famous history in football?"),
    ],
    "jersey numbers as identifiers",
)
conv(
    "conv-codes-not-numbers",
    [
        (U, "My locker is 1147 and my gym membership number is 88213."),
        (A, "Noted."),
        (U, "Which of those two should I keep private, and why?"),
    ],
    "identifiers, privacy question",
)
conv(
    "conv-unknown-input",
    [
        (U, "I'm trying to split the holiday house cost with my friends."),
        (A, "Happy to help. How much is it and how many of you are there?"),
        (U, "Not sure yet, some might drop out. What's a fair way to handle that?"),
    ],
    "missing figures, asks for a fairness rule",
)
conv(
    "conv-unknown-input",
    [
        (U, "My electricity bill jumped a lot."),
        (A, "That's frustrating. Do you know your usage and unit rate?"),
        (U, "No idea. So how much more am I paying per day than before?"),
    ],
    "figures never given",
)
conv(
    "conv-unknown-input",
    [
        (U, "The cake recipe is for a round tin but I only have a square one."),
        (A, "What sizes are the two tins?"),
        (U, "I'll measure later. Should I change the baking time?"),
    ],
    "sizes unknown; baking judgement",
)
conv(
    "conv-unknown-input",
    [
        (U, "We're planning a canal boat holiday."),
        (A, "Lovely. Where are you starting?"),
        (U, "Somewhere in the Midlands. How many locks a day is realistic for beginners?"),
    ],
    "estimate and advice",
)
conv(
    "conv-switch-to-writing",
    [
        (U, "I worked out my share of the gas bill is £47.30."),
        (A, "Okay, noted."),
        (U, "Write a friendly message to my flatmates asking them to pay their share."),
    ],
    "writing task after a number",
)
conv(
    "conv-switch-to-writing",
    [
        (U, "Our bake sale raised £812.40 for the school library."),
        (A, "That's a great result!"),
        (U, "Can you turn that into a short thank-you paragraph for the newsletter?"),
    ],
    "writing task",
)
conv(
    "conv-switch-to-writing",
    [
        (U, "Our club ran 1,214 km between us in the charity challenge."),
        (A, "Brilliant effort."),
        (U, "Give me three tweet-length ways to announce it."),
    ],
    "writing task",
)
conv(
    "conv-switch-to-writing",
    [
        (U, "I'm retiring on 30 June after 41 years at the firm."),
        (A, "Congratulations!"),
        (U, "Help me write a short farewell speech, not too sentimental."),
    ],
    "writing task",
)
conv(
    "conv-ask-opinion",
    [
        (U, "I can take a 3-week trip to Japan or two separate weeks in Italy and Greece."),
        (A, "Both sound great. What do you enjoy most on holiday?"),
        (U, "Food and walking. Which would you pick?"),
    ],
    "opinion",
)
conv(
    "conv-ask-opinion",
    [
        (U, "Offer A is £38,000 with remote work; offer B is £43,500 in the office."),
        (A, "What matters most to you in a job?"),
        (U, "Honestly, growth. So which one looks better to you?"),
    ],
    "judgement between offers",
)
conv(
    "conv-ask-opinion",
    [
        (U, "My 10k time went from 58 minutes to 52 in a season."),
        (A, "That's a solid improvement."),
        (U, "Is it realistic to aim for sub-45 by autumn, or am I dreaming?"),
    ],
    "judgement about a goal",
)
conv(
    "conv-ask-opinion",
    [
        (U, "The quote for our new boiler is £3,150 and the other one is £2,640."),
        (A, "Are they for the same model?"),
        (U, "Different brands. What should I ask before deciding?"),
    ],
    "advice",
)
conv(
    "conv-house-scoring",
    [
        (
            U,
            (
                "In our family Scrabble, words over 6 letters score double and proper names "
                "are allowed."
            ),
        ),
        (A, "Understood, those are your house rules."),
        (U, "So with our rules, is 'Madrid' worth playing over 'garden'?"),
    ],
    "house game rules and tile values unknown",
)
conv(
    "conv-house-scoring",
    [
        (U, "Our pub quiz gives 3 points for a right answer and takes 1 off for a wrong one."),
        (A, "Got it, a penalty for wrong answers."),
        (U, "Is it ever smart to guess under that system?"),
    ],
    "strategy judgement",
)
conv(
    "conv-house-scoring",
    [
        (U, "In our darts variant you can only finish on a treble, not a double."),
        (A, "Interesting twist."),
        (U, "What's the best way to practise for that kind of finish?"),
    ],
    "advice under house rules",
)
conv(
    "conv-house-scoring",
    [
        (U, "Our office fantasy league scores a clean sheet as 5 and a goal as 4."),
        (A, "Okay."),
        (U, "Should I pick defenders or strikers with those scores?"),
    ],
    "strategy judgement",
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
    # no register (family name) of this set is a family name of sets 19 to 111
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 111: {reused}"
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
