r"""Generate heldout-2027-03-26.jsonl: a hundred-and-thirteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-26 by a helper session working only in /work/sealed113, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT, PREFIX "ho113-",
earlier generators 1-112, register check against sets 19 to 112); only its two title lines, this
provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed113/earlier_registers.txt (2182 earlier family names), grepped for every candidate
  name and for its key words, so that no family name of this set, positive or negative, repeats
  one (near matches such as community_fridge_volunteers or padel_tennis_court_bookings led to
  different choices);
- of the copied script (2011 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-305), the units set-up (624-684), the datetime set-up (819-903),
  the negatives set-up with neg/conv (1182-1189), and the weekday check, checks and output
  (1788-2011).
The previous set's question sections were never viewed: only the length and blankness of the
lines next to each boundary were printed, the boundary lines read above were asserted, and lines
307-623, 686-818, 904-1181 and 1192-1787 were cut out by line number, with four new sections
written from scratch in scratch files (since deleted). No git history, web or code search,
router, tools, tests, other files under /work/main or other generators were read (the script
imports earlier generators itself, in memory, for its duplicate and register checks). No JSONL
was read; this script's own items were listed in memory (--show) to read each positive's expected
value beside its text.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (an audiobook narrator's booth, a
  second-hand textbook exchange, student flatshare bills, a rooftop beekeeper, a school orchestra
  tour, a marching band uniform fund, a wedding second shooter, a weekend bathroom tiling job, a
  farm-gate egg honesty box, a language exchange meetup, a moving-house weekend, a bao bun food
  truck, a parkrun volunteer, an indie cassette label, an off-grid cabin battery bank, a glass
  bead lampworker, a thru-hiker planning resupply, a hot-desk start-up office, an electric
  unicycle commuter, a retro console reseller, a pub quiz host, a home piano teacher, a
  dark-sky stargazing club, a netball umpire and a caravan site warden), each register used by
  all three tools, the first six with two items per tool. Phrasing varies: statements,
  questions, imperatives, lowercase, numbers in words, pounds, dollars, euros and yen, British
  and American forms, extra context sentences.
- Every expected value is computed in code from the figures the question states: Fraction and
  Decimal for money and quantities (exact, at most three decimals for the calculator and whole
  cents for money, with whole_up where whole boxes or whole days are needed), exact unit
  definitions (inch, foot, yard, mile, nautical mile, knot, avoirdupois pound and ounce, acre,
  hectare, litre, psi, bar, kWh and MJ, GiB/MiB, km/h and mph, Celsius/Fahrenheit) for
  conversions, graded exactly when the result terminates in at most three decimals and at 0.1%
  otherwise, and datetime/date arithmetic for dates, weekdays, ages, spans, inclusive day counts,
  whole weeks, nth and last weekdays, clock intervals, fixed offsets written as +01:00 or -07:00
  (converted with tz-aware datetimes), and schedules. Weekdays written next to dates come from
  the computed date (sayw), and the weekdays the prose relies on were checked.
- 200 negatives: 100 ordinary ones in ten topics (questions children ask, hard personal choices,
  writing help, stuck on code, ancient and medieval past, word origins and usage, earth and sky
  science, kitchen science, garden and houseplants, travel planning), 65 near-negatives shaped
  like positives but needing the model (reference numbers and codes, rough estimates, proofs and
  symbolic algebra, code to write, what stated figures mean, judgement calls, facts not stated,
  interpreting statistics), and 35 conversations in which an earlier turn changes what the last
  question means or the last turn asks for something other than an exact answer (rules and
  units defined in the chat, a school week-A/B rota, writing tasks after sums, missing figures,
  opinions after a computed answer, house conventions, identifiers, explaining the working);
  none ends in a plain exact question that the earlier turns leave unchanged.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 112,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), and a read-through of every positive's expected value beside its text. In the
first runs unit_r's two-decimal check rejected two figures (a 63 g egg, changed to 68 g, and one
5 km parkrun, changed to 35 parkruns of 5 km, text and code together); the register count then
failed because the family variable WED was overwritten by the datetime set-up's weekday constant
WED (renamed SHOOT). The duplicate check then flagged 28 queries or user turns matching earlier
sets word for word (all reworded; five of the six positives among them also got new figures,
computed in code), then one more (a 13.1-mile conversion, changed to 17.4 miles), and the next
run passed.
Ruff check and format were run from /work/main: nine ISC004 implicit concatenations were
parenthesised, five lines over 99 columns were re-split or (where ruff format joined them again)
shortened by rewording two datetime questions, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_113.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-26.jsonl"
PREFIX = "ho113-"
# earlier generators: sets 1-112 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 113))
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

AUD = "audiobook_narrator_booth"
TXT = "secondhand_textbook_exchange"
FLAT = "student_flatshare_bills"
BEE = "rooftop_beehive_keeper"
ORCH = "school_orchestra_tour"
BAND = "marching_band_uniform_fund"
SHOOT = "wedding_photographer_second_shooter"
TILE = "bathroom_tiling_weekend"
EGG = "farm_gate_egg_honesty_box"
LANG = "language_exchange_meetup"
MOVE = "moving_house_weekend"
BAO = "bao_bun_food_truck"
PARK = "parkrun_volunteer_timekeeper"
TAPE = "cassette_tape_indie_label"
CABIN = "off_grid_cabin_battery_bank"
BEAD = "glass_bead_lampworker"
HIKE = "thru_hiker_resupply_planner"
DESK = "hot_desk_startup_office"
EUC = "electric_unicycle_commuter"
RETRO = "retro_games_console_reseller"
QUIZ = "quiz_night_pub_host"
PIANO = "piano_teacher_home_studio"
STAR = "stargazing_club_dark_sky_night"
NET = "netball_league_umpire_desk"
CARAVAN = "caravan_site_warden"

# plain one-line questions
calc(P, "What is 4,817 times 36?", 4817 * 36)
calc(P, "whats 72.5% of 1,840", pct("72.5") * 1840)
calc(P, "Divide 9,945 by 13.", F(9945, 13))
calc(P, "(318 + 642) / 16 - 7.25 = ?", F(318 + 642, 16) - dec("7.25"))
calc(P, "Compute 2 to the 17th power, then subtract 1,000.", 2**17 - 1000)
_root = math.isqrt(7056)
assert _root * _root == 7056
calc(P, "Find the square root of 7,056.", _root)
calc(P, "What's 17.6 percent of 2,350?", pct("17.6") * 2350)
calc(
    P,
    "Add up 1,284.50, 967.25, 3,010.75 and 88.40.",
    sum(dec(x) for x in ("1284.50", "967.25", "3010.75", "88.40")),
)
calc(P, "If 1,000 is split into 16 equal parts, how big is each part?", F(1000, 16))
calc(P, "What is 3/8 of 1,096?", F(3, 8) * 1096)
calc(P, "Take 18 percent off 48,600.", 48600 * (1 - pct(18)))
calc(P, "sixty-four thousand divided by one hundred and twenty-eight", F(64000, 128))
calc(P, "What's 0.35 × 0.48?", dec("0.35") * dec("0.48"))
calc(P, "A price went from 80 to 92. What's the percentage increase?", F(92 - 80, 80) * 100)

# registers: the first six have two items per tool
calc(
    AUD,
    "Booth hire is £28 an hour. I recorded 4.5 finished hours of audio and it took me 2.6 booth "
    "hours for every finished hour. What did the booth cost me?",
    28 * dec("4.5") * dec("2.6"),
)
calc(
    AUD,
    "the publisher pays $265 per finished hour, my book came in at 11.25 finished hours and my "
    "agent keeps 12%. what do i actually take home?",
    265 * dec("11.25") * (1 - pct(12)),
)
calc(
    TXT,
    "We buy textbooks back at 35% of the cover price and sell them on at 60% of it. How many "
    "dollars do we make on a book whose cover price is $84?",
    84 * (pct(60) - pct(35)),
)
calc(
    TXT,
    "Start-of-term sale: 146 books went at an average of €18.40 each, and the card machine takes "
    "2.5% of takings. What do we net?",
    146 * dec("18.40") * (1 - pct("2.5")),
)
calc(
    FLAT,
    "Electricity was £281.25 and broadband £42.75 this quarter. There are five of us, but Sam was "
    "away so he only pays half a share. What does each of the other four pay?",
    (dec("281.25") + dec("42.75")) / dec("4.5"),
)
calc(
    FLAT,
    "The big shop came to $163.80. Priya paid $48, Tom paid $31.20 and Jess covered the rest. If "
    "we split it equally three ways, how much should Jess get back from the other two in total?",
    (dec("163.80") - 48 - dec("31.20")) - dec("163.80") / 3,
)
calc(
    BEE,
    "At the summer fair I sold 64 of my 227 g honey jars at £6.50 and 29 of the 454 g jars at "
    "£11 each. The pitch cost £35. What did I clear?",
    64 * dec("6.50") + 29 * 11 - 35,
)
calc(
    BEE,
    "Replacement frames are $3.85 each. I want 10 for each of my 7 hives and shipping is a flat "
    "$12.95 — how much is the order?",
    dec("3.85") * 10 * 7 + dec("12.95"),
)
calc(
    ORCH,
    "Orchestra tour budget: the coach is €3,840 and the hostel charges €27.50 per person per "
    "night for 3 nights. 40 students and 8 staff are going, and the students' payments have to "
    "cover everyone. What does each student pay?",
    (3840 + dec("27.50") * 3 * (40 + 8)) / 40,
)
calc(
    ORCH,
    "For the send-off concert we sold 212 tickets at $12 and 87 concessions at $7.50, and the "
    "interval bake sale brought in $346.25. How much did we raise altogether?",
    212 * 12 + 87 * dec("7.50") + dec("346.25"),
)
calc(
    BAND,
    "The band needs 38 new jackets at £74 and 38 hats at £19.50. The uniform fund already holds "
    "£1,860. How much more do we have to raise?",
    38 * 74 + 38 * dec("19.50") - 1860,
)
calc(
    BAND,
    "Car-wash fundraiser results: 93 cars at $8, 17 vans at $12, plus $126.35 in the tips jar. "
    "Total?",
    93 * 8 + 17 * 12 + dec("126.35"),
)
calc(
    SHOOT,
    "The lead photographer pays me $45 an hour for 9.5 hours on the day, plus $0.68 a mile for "
    "my 74-mile round trip. What should my invoice say?",
    45 * dec("9.5") + dec("0.68") * 74,
)
_tile_boxes = whole_up(dec("9.1") * (1 + pct(10)) / dec("1.44"))
calc(
    TILE,
    "Wall tiles come in boxes covering 1.44 m² at £27.50 a box. The shower wall is 9.1 m² and I "
    "want 10% extra for cuts. Buying whole boxes, what will the tiles cost?",
    _tile_boxes * dec("27.50"),
)
calc(
    EGG,
    "Our egg honesty box: half-dozens are £2.40 and dozens £4.50. This week 37 half-dozens and "
    "22 dozens went, but there was only £170.30 in the tin. How much is missing?",
    37 * dec("2.40") + 22 * dec("4.50") - dec("170.30"),
)
calc(
    LANG,
    "The café charges our language exchange €3.50 a head for the room, 28 of us came, and the "
    "drinks bill of €96.60 is split evenly. What does each person pay in total?",
    dec("3.50") + dec("96.60") / 28,
)
calc(
    MOVE,
    "Van hire is £89 a day plus 24p a mile. We kept it 2 days, drove 186 miles and paid £45 for "
    "the excess waiver. What was the total?",
    89 * 2 + dec("0.24") * 186 + 45,
)
calc(
    BAO,
    "Pork belly bao are $6.50 and tofu bao $5.75. Friday we sold 184 pork and 97 tofu, and "
    "ingredients for the night cost $612.40. What was the gross margin?",
    184 * dec("6.50") + 97 * dec("5.75") - dec("612.40"),
)
calc(
    PARK,
    "There were 420 finishers at Saturday's parkrun and 15% of them were first-timers. How many "
    "first-timers was that?",
    420 * pct(15),
)
calc(
    TAPE,
    "We're running 300 cassettes: duplication is $1.85 a tape and printed J-cards $0.42 each. At "
    "$9 a tape, what's our profit if the run sells out?",
    300 * (9 - dec("1.85") - dec("0.42")),
)
calc(
    CABIN,
    "For the cabin I'm buying 8 batteries at $1,149 each and a $2,390 inverter, and I get a 30% "
    "tax credit on the whole lot. What's my net cost?",
    (8 * 1149 + 2390) * (1 - pct(30)),
)
calc(
    BEAD,
    "A torch session makes 24 beads. One £3.60 glass rod makes 4 beads, and the beads sell at "
    "£7.50 each. Profit per session if they all sell?",
    24 * dec("7.50") - F(24, 4) * dec("3.60"),
)
calc(
    HIKE,
    "I'm posting 6 resupply boxes ahead on the trail. Postage is $21.35 a box and each box holds "
    "$48.70 of food. What does the whole resupply cost?",
    6 * (dec("21.35") + dec("48.70")),
)
calc(
    DESK,
    "Hot desks go for £215 a month and fixed desks for £340. We have 23 hot-desk and 17 "
    "fixed-desk members. What is the monthly desk income?",
    23 * 215 + 17 * 340,
)
calc(
    EUC,
    "My electric unicycle cost $2,150 and the bus used to cost me $6.40 a day. Ignoring "
    "charging, after how many riding days has it paid for itself?",
    whole_up(F(2150) / dec("6.40")),
)
calc(
    RETRO,
    "I bought a job lot of 14 consoles for ¥58,000, sold 9 of them at ¥9,800 and the other 5 at "
    "¥6,500. What's my profit in yen?",
    9 * 9800 + 5 * 6500 - 58000,
)
calc(
    QUIZ,
    "Entry is £3 a person. We had 19 teams of 4 and 6 teams of 6, and the prize pot is 40% of "
    "entry money. How big is the prize?",
    (19 * 4 + 6 * 6) * 3 * pct(40),
)
calc(
    PIANO,
    "I teach 11 pupils half-hour lessons at £21 and 6 pupils 45-minute lessons at £30. Over a "
    "12-lesson term, what do I earn?",
    (11 * 21 + 6 * 30) * 12,
)
calc(
    STAR,
    "Dark-sky night tickets were $15 for adults and $8 for kids. 64 adults and 41 kids came, and "
    "telescope hire cost $275. What's the surplus?",
    64 * 15 + 41 * 8 - 275,
)
calc(
    NET,
    "Umpires get £18 a match plus 45p a mile. I umpired 7 matches and drove 132 miles. What's "
    "my expenses claim?",
    18 * 7 + dec("0.45") * 132,
)
calc(
    CARAVAN,
    "Pitches are €31 a night with electric hook-up and €24 without. Over the long weekend 38 "
    "hook-up and 15 basic pitches were booked for 3 nights each. What were the takings?",
    (38 * 31 + 15 * 24) * 3,
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
NMI = 1852  # m, nautical mile
KNOT = F(NMI, 3600)  # m/s
HECTARE = 10**4  # m^2
KWH = 3600000  # J
MJ = 10**6  # J

# plain one-line questions
unit(P, "How many centimetres are in 7 feet 2 inches?", (7 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "convert 63 kg to pounds", 63 / LB)
unit(P, "Convert a 100.4 °F fever reading to Celsius.", f_to_c(dec("100.4")), EXACT)
unit_r(P, "a coastal path stage of 17.4 miles is how many km", dec("17.4") * MI / KM)
unit(P, "5,280 yards in metres?", 5280 * YD, EXACT)
unit_r(P, "How many square metres is 1,850 sq ft?", 1850 * SQFT)
unit(P, "Convert 3.5 GiB to MiB.", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "Convert 130 km/h to miles per hour.", 130 * KMH / MPH)
unit_r(P, "How many acres are there in 12 hectares?", 12 * HECTARE / ACRE)
unit_r(P, "Express 2.4 bar in psi.", dec("2.4") * BAR / PSI)
unit_r(P, "How many ounces does a 2.3 kg turkey weigh?", dec("2.3") / OZ)
unit(P, "-15 °C in Fahrenheit please", c_to_f(-15), EXACT)
unit(P, "How many millilitres are in 3.75 litres?", dec("3.75") * 1000, EXACT)
unit(P, "What is 45 knots in km/h?", 45 * KNOT / KMH, EXACT)

# registers
unit(
    AUD,
    "The audiobook master file is 1.8 GiB. How many MiB is that?",
    dec("1.8") * GIB / MIB,
    EXACT,
)
unit_r(
    AUD,
    "My vocal booth is 6 ft by 4 ft 6 in. What's its floor area in square metres?",
    6 * FT * (4 * FT + 6 * IN),
)
unit_r(
    TXT,
    "A box of textbooks weighs 42 pounds and the courier's form wants kilograms. What do I put?",
    42 * LB,
)
unit_r(TXT, "Our new shelf is 1.2 m long. How long is that in inches?", dec("1.2") / IN)
unit(FLAT, "The flat's thermostat is set to 68 °F. What's that in Celsius?", f_to_c(68), EXACT)
unit_r(
    FLAT,
    "my room is 3.6 m by 2.9 m, how many square feet is that",
    dec("3.6") * dec("2.9") / SQFT,
)
unit_r(BEE, "A full deep super of honey weighs about 80 lb. Roughly how many kilos?", 80 * LB)
unit_r(BEE, "The hives sit on a roof 46 metres up. How many feet is that?", 46 / FT)
unit_r(
    ORCH,
    "The coach route from Edinburgh to London is 403 miles. How far is that in kilometres?",
    403 * MI / KM,
)
unit(ORCH, "The cello case is 53 inches long — how many centimetres?", 53 * IN / CM, EXACT)
unit_r(BAND, "The parade route is 2.8 km long. How many miles do we march?", dec("2.8") * KM / MI)
unit_r(BAND, "Our sousaphone weighs 29 lb. What is that in kilograms?", 29 * LB)
unit_r(SHOOT, "The venue is 37 miles from my house. How far is that in km?", 37 * MI / KM)
unit_r(
    TILE,
    "The bathroom floor measures 7 ft 6 in by 5 ft 9 in. What's the area in square metres?",
    (7 * FT + 6 * IN) * (5 * FT + 9 * IN),
)
unit_r(
    EGG, "The biggest egg this week weighed 68 g. How many ounces is that?", 68 * F(1, 1000) / OZ
)
unit(
    LANG,
    "My exchange partner in Seville says it's 31 °C there. What's that in Fahrenheit?",
    c_to_f(31),
    EXACT,
)
unit_r(
    MOVE,
    "The removal van has 13.2 cubic metres of load space. How many cubic feet?",
    dec("13.2") / CUFT,
)
unit(BAO, "Our bamboo steamer is 14 inches across. What's that in cm?", 14 * IN / CM, EXACT)
unit_r(
    PARK, "I have done 35 parkruns of 5 km each. How many miles is that in all?", 35 * 5 * KM / MI
)
unit_r(
    TAPE,
    "Cassette tape runs at 1.875 inches per second. How many centimetres per second is that?",
    dec("1.875") * IN / CM,
)
unit(
    CABIN,
    "My battery bank stores 13.5 kWh. How many megajoules is that?",
    dec("13.5") * KWH / MJ,
    EXACT,
)
unit_r(BEAD, "The hottest part of my torch flame is about 1,650 °F. In Celsius?", f_to_c(1650))
unit_r(HIKE, "The whole trail is 2,650 miles. What's that in kilometres?", 2650 * MI / KM)
unit_r(DESK, "The meeting room is 420 square feet. How many square metres is it?", 420 * SQFT)
unit_r(EUC, "My wheel is limited to 25 km/h. What's that in miles per hour?", 25 * KMH / MPH)
unit(RETRO, "An old hard drive holds 512 MiB. How many GiB is that?", F(512 * MIB, GIB), EXACT)
unit_r(QUIZ, "Tie-breaker: a 330-metre tower — how tall is that in feet?", 330 / FT)
unit(PIANO, "A concert grand is 9 feet long. How many centimetres?", 9 * FT / CM, EXACT)
unit(
    STAR,
    "Our club telescope's mirror is 10 inches across. How many millimetres?",
    10 * IN / MM,
    EXACT,
)
unit_r(NET, "A netball court is 30.5 m long. How many feet is that?", dec("30.5") / FT)
unit_r(CARAVAN, "The site speed limit is 5 mph. What is that in km/h?", 5 * MPH / KMH)


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


def tz(hours, minutes=0):
    """A fixed offset such as +05:30, as a tzinfo."""
    sign = -1 if hours < 0 else 1
    return dt.timezone(sign * TD(hours=abs(hours), minutes=minutes))


def offset_said(hours, minutes=0):
    """A fixed offset written the ISO way, e.g. -04:00 or +05:30."""
    return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:{minutes:02d}"


assert offset_said(-4) == "-04:00" and offset_said(5, 30) == "+05:30"
assert DT(2028, 1, 1, 12, tzinfo=tz(5, 30)).utcoffset() == TD(hours=5, minutes=30)

# plain one-line questions
date_item(P, "On which weekday did 16 July 1969 fall?", weekday(D(1969, 7, 16)))
date_item(
    P,
    "How many days are there between 3 January 2027 and 28 June 2027?",
    days(D(2027, 1, 3), D(2027, 6, 28)),
)
date_item(P, "What date is 100 days after 14 February 2029?", D(2029, 2, 14) + TD(days=100))
date_item(P, "Which weekday is December 25, 2031?", weekday(D(2031, 12, 25)))
_p_a = D(2029, 4, 2)
_p_b = _p_a + TD(weeks=19)
date_item(P, f"How many weeks is it from {sayw(_p_a)} to {sayw(_p_b)}?", weeks(_p_a, _p_b))
date_item(
    P,
    "Someone born on 30 November 1988 — how old are they on 1 March 2030?",
    age(D(1988, 11, 30), D(2030, 3, 1)),
)
date_item(P, "what's the date 9 weeks before 11 October 2028", D(2028, 10, 11) - TD(weeks=9))
date_item(P, "How many hours are there from 07:45 to 16:15?", clock_span("07:45", "16:15", 3600))
date_item(P, "Which date is the last Friday of November 2030?", nth_weekday(2030, 11, FRI, -1))
date_item(P, "2031-05-17 plus 45 days = ?", D(2031, 5, 17) + TD(days=45))
_p_from = DT(2028, 5, 6, 21, 30, tzinfo=tz(-4))
date_item(
    P,
    f"When it's 9:30 pm on 6 May 2028 in a city at {offset_said(-4)}, what is the date in a city "
    f"at {offset_said(8)}?",
    _p_from.astimezone(tz(8)).date(),
)
date_item(
    P,
    "How many minutes pass between 22:50 and 01:35 the next morning?",
    clock_span("22:50", "01:35", 60),
)
date_item(P, "What is the 3rd Wednesday of September 2027?", nth_weekday(2027, 9, WED, 3))
date_item(
    P,
    "Count the days from 1 March 2028 to 1 March 2029.",
    days(D(2028, 3, 1), D(2029, 3, 1)),
)

# registers
_aud_start = D(2028, 1, 10)
date_item(
    AUD,
    f"I start recording on {sayw(_aud_start)} and book the booth every 3 days after that. What "
    "date is my 8th session?",
    _aud_start + TD(days=3 * 7),
)
date_item(
    AUD,
    "The raw recording ran 7 hours 42 minutes and the finished audiobook is 6 hours 55 minutes. "
    "How many minutes got cut?",
    (7 * 60 + 42) - (6 * 60 + 55),
)
date_item(
    TXT,
    "Our buy-back window opens on the second Monday of January 2028. Which date is that?",
    nth_weekday(2028, 1, MON, 2),
)
date_item(
    TXT,
    "A textbook lent out on 28 August 2027 has to come back 120 days later. What's the due date?",
    D(2027, 8, 28) + TD(days=120),
)
_rent = D(2028, 1, 7)
date_item(
    FLAT,
    f"Rent is paid every 4 weeks, the first payment on {sayw(_rent)}. When is the 5th payment?",
    _rent + TD(weeks=4 * 4),
)
date_item(
    FLAT,
    "Our tenancy runs from 1 September 2027 to 30 June 2028, both days included. How many days "
    "is that?",
    days(D(2027, 9, 1), D(2028, 6, 30)) + 1,
)
date_item(
    BEE,
    "A queen emerges 16 days after the egg is laid. If the egg was laid on 28 May 2028, on what "
    "date should she emerge?",
    D(2028, 5, 28) + TD(days=16),
)
date_item(
    BEE,
    "I inspect the hives every 9 days, starting on 2 April 2028. What weekday falls on the 6th "
    "inspection?",
    weekday(D(2028, 4, 2) + TD(days=9 * 5)),
)
_tour = D(2028, 7, 15)
date_item(
    ORCH,
    f"The orchestra leaves on {sayw(_tour)} and is away for 11 nights. What date do we get back?",
    _tour + TD(days=11),
)
_dep = DT(2028, 7, 16, 10, 40, tzinfo=tz(1))
_arr = DT(2028, 7, 16, 14, 5, tzinfo=tz(2))
date_item(
    ORCH,
    f"Our flight leaves London ({offset_said(1)}) at 10:40 on 16 July 2028 and lands in Vienna "
    f"({offset_said(2)}) at 14:05 local time. How many minutes are we in the air?",
    F(int((_arr - _dep).total_seconds()), 60),
)
date_item(
    BAND,
    "The town parade is on the last Saturday of June 2028. What's the date?",
    nth_weekday(2028, 6, SAT, -1),
)
date_item(
    BAND,
    "Rehearsals run 18:45 to 21:15, twice a week for 6 weeks. How many hours is that in all?",
    clock_span("18:45", "21:15", 3600) * 2 * 6,
)
date_item(
    SHOOT,
    "The wedding is on 9 September 2028 and my balance is due 60 days before. Which date is that?",
    D(2028, 9, 9) - TD(days=60),
)
_grout = D(2028, 5, 11)
date_item(
    TILE,
    f"I finished grouting at 16:00 on {sayw(_grout)} and it needs 72 hours to cure. On what "
    "weekday can I use the shower again?",
    weekday(DT.combine(_grout, dt.time(16)) + TD(hours=72)),
)
date_item(
    EGG,
    "Eggs laid on 3 June 2028 get a best-before date 28 days after laying. What date goes on the "
    "box?",
    D(2028, 6, 3) + TD(days=28),
)
_meet = D(2027, 9, 1)
date_item(
    LANG,
    f"The language exchange meets every other Wednesday, starting {sayw(_meet)}. What's the "
    "date of the 10th meetup?",
    _meet + TD(weeks=2 * 9),
)
date_item(
    MOVE,
    "The removal firm needs 21 days' notice and we move on 29 March 2028. What's the latest date "
    "I can book them?",
    D(2028, 3, 29) - TD(days=21),
)
date_item(
    BAO,
    "For the Lunar New Year market we open on 6 February 2027 and trade 15 nights in a row. What "
    "is the date of the last night?",
    D(2027, 2, 6) + TD(days=15 - 1),
)
_first_run = D(2027, 6, 5)
date_item(
    PARK,
    f"My first parkrun was on {sayw(_first_run)} and I've run every Saturday since without a "
    "gap. On what date is my 50th run?",
    _first_run + TD(weeks=49),
)
date_item(
    TAPE,
    "The tape comes out on 14 November 2027 and duplication needs the masters 38 days before "
    "release. By what date must we send them?",
    D(2027, 11, 14) - TD(days=38),
)
_call = DT(2028, 1, 5, 6, 30, tzinfo=tz(1))
date_item(
    CABIN,
    f"It's 06:30 on 5 January 2028 where I live ({offset_said(1)}). What's the date at the cabin, "
    f"which keeps {offset_said(-7)}?",
    _call.astimezone(tz(-7)).date(),
)
date_item(
    BEAD,
    "The beads go into the annealer at 22:40 and the cycle finishes at 03:15. How many minutes "
    "is the cycle?",
    clock_span("22:40", "03:15", 60),
)
date_item(
    HIKE,
    "I set off on the trail on 2 April 2028 and plan to finish 152 days later. What date is that?",
    D(2028, 4, 2) + TD(days=152),
)
date_item(
    DESK,
    "A hot-desk pass starts on 15 March 2028 and lasts 90 days, counting the start day. What is "
    "its last day?",
    D(2028, 3, 15) + TD(days=90 - 1),
)
date_item(
    EUC,
    "The wheel's warranty lasts 730 days from purchase on 17 October 2027. On what date does it "
    "end?",
    D(2027, 10, 17) + TD(days=730),
)
date_item(
    RETRO,
    "What day of the week was 21 November 1990, the launch day of the console I'm selling?",
    weekday(D(1990, 11, 21)),
)
date_item(
    QUIZ,
    "Quiz night is the first Tuesday of every month. Which date is it in February 2029?",
    nth_weekday(2029, 2, TUE, 1),
)
date_item(
    PIANO,
    "How many days are there from my pupil's first lesson on 11 September 2028 to her exam on "
    "8 December 2028?",
    days(D(2028, 9, 11), D(2028, 12, 8)),
)
date_item(
    STAR,
    "The observing session runs from 21:30 until 04:15. How many hours is that?",
    clock_span("21:30", "04:15", 3600),
)
_fix_a = D(2028, 1, 13)
_fix_b = D(2028, 3, 30)
date_item(
    NET,
    f"The first league match is on {sayw(_fix_a)} and the last on {sayw(_fix_b)}. How many weeks "
    "apart are they?",
    weeks(_fix_a, _fix_b),
)
date_item(
    CARAVAN,
    "A family arrives on 28 July 2028 and leaves on 11 August 2028. How many nights do they stay?",
    days(D(2028, 7, 28), D(2028, 8, 11)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics of ten
for q in (
    "Why do cats knead blankets with their paws before lying down?",
    "How do bees decide which flowers to visit first?",
    "Why does my voice sound so strange when I hear it on a recording?",
    "What makes popcorn pop instead of just burning?",
    "Why do we get goosebumps when music gives us chills?",
    "How come the sea is salty but most rivers aren't?",
    "Why do onions make you cry but garlic doesn't?",
    "Why do people yawn when they see someone else yawning?",
    "How do chameleons actually change colour?",
    "Why do fingers go wrinkly in the bath but not the rest of your skin?",
):
    neg("why-questions-kids-ask", q)
for q in (
    (
        "My best friend asked me to be her bridesmaid but I can't really afford it. How do I say "
        "no without hurting her?"
    ),
    (
        "I've been offered a promotion that means managing people who used to be my peers. "
        "Should I take it?"
    ),
    (
        "My teenage son wants to drop out of sixth form to work on his YouTube channel. How "
        "should I talk to him about it?"
    ),
    "Is it wrong to skip a family reunion because I find my uncle exhausting?",
    "My flatmate keeps eating my food. How do I raise it without it turning into a row?",
    (
        "I'm torn between staying in my hometown near my parents and moving abroad for a job. How "
        "do people usually decide something like this?"
    ),
    "A colleague takes credit for my ideas in meetings. What can I do about it?",
    "Should I tell my friend I saw her partner on a dating app?",
    "I feel guilty spending money on hobbies while I'm saving for a house. Is that normal?",
    "How do I let a volunteer know their help is actually making more work for us?",
):
    neg("tricky-life-choices", q)
for q in (
    (
        "Can you tighten up this opening line for my cover letter: 'I am writing to apply for the "
        "position of junior analyst which I saw advertised on your website'?"
    ),
    "Write a short, warm retirement message for a school caretaker who's been there forever.",
    "Give me three catchy names for a community choir that sings mostly pop songs.",
    (
        "Rewrite this sentence so it sounds less passive-aggressive: 'As per my last email, the "
        "report is still outstanding.'"
    ),
    "Draft a polite note to my neighbour asking them to trim the hedge that's blocking the path.",
    "Write a limerick about a cat who is scared of cucumbers.",
    "Help me write a two-sentence bio for a ceramics exhibition flyer.",
    (
        "Turn these notes into a friendly paragraph for our newsletter: new opening hours, more "
        "parking, thank you to volunteers."
    ),
    "Can you suggest a gentler way to tell a client their logo idea won't work in print?",
    "Write a bedtime story about a lighthouse keeper who befriends a seal.",
):
    neg("help-me-write-it", q)
for q in (
    "My React component re-renders every time I type in an input. What could be causing that?",
    "Why does git say 'detached HEAD' and how do I get back to my branch safely?",
    "In Python, what's the difference between a list comprehension and a generator expression?",
    "My Docker container exits immediately after starting. How do I find out why?",
    "What does 'undefined is not a function' usually mean in JavaScript?",
    "How should I structure a small Flask app so it doesn't all live in one file?",
    "Is it a bad idea to store user passwords with plain SHA-256 hashes?",
    "Can you explain what a race condition is with a simple example?",
    "Why is my SQL query slow when I use LIKE '%term%' on a big table?",
    "What's the point of dependency injection in a small project?",
):
    neg("stuck-on-my-code", q)
for q in (
    "What pushed Diocletian and his successors to divide the Roman Empire into east and west?",
    "What was daily life like for a child in a medieval village?",
    "How did the Vikings navigate across the open Atlantic?",
    "Why was the printing press such a big deal in Europe?",
    "How did the Hanseatic League get so powerful without being a country?",
    "What caused the Bronze Age collapse around the eastern Mediterranean?",
    "How were the pyramids of Giza most likely built?",
    "Why did medieval castles have such narrow windows?",
    "What role did monasteries play in keeping learning alive in the early Middle Ages?",
    "How did the Silk Road change what people in Europe ate and wore?",
):
    neg("medieval-and-ancient-past", q)
for q in (
    "Where does the word 'salary' come from?",
    "Why do we say 'break a leg' to wish actors good luck?",
    "What's the difference between 'affect' and 'effect', with examples?",
    "Is it 'fewer people' or 'less people', and why?",
    "Where does the phrase 'the whole nine yards' come from?",
    "Why is the letter W called 'double u' when it looks like two Vs?",
    "What does 'sonder' mean, and is it a real word?",
    "Can you show me two sentences where a semicolon works better than a comma, and say why?",
    "Why do English speakers say 'colonel' with an r sound?",
    "What is the origin of the word 'quarantine'?",
):
    neg("origins-of-words", q)
for q in (
    "Why is the sky red at sunset but blue at midday?",
    "How do thunderstorms build up so much electric charge?",
    "Why does the Moon always show us the same face?",
    "What's actually going on in the sky when the northern lights appear?",
    "How do glaciers carve out valleys?",
    "Why are some clouds flat on the bottom?",
    "How do scientists know what's inside the Earth if nobody has been there?",
    "Why do stars seem to twinkle while planets shine more steadily?",
    "What makes a volcano erupt explosively rather than just oozing lava?",
    "Why does it sometimes smell fresh right before it rains?",
):
    neg("earth-and-sky-science", q)
for q in (
    "Does resting a steak after searing it really make a difference, and why?",
    "What actually happens when bread goes stale?",
    "Why does adding salt to pasta water matter, if it does at all?",
    "Why do my meringues weep little beads of syrup?",
    "Can I swap bicarbonate of soda for baking powder in a scone recipe, and what changes?",
    "Why does a cast iron pan need seasoning?",
    "Why do cut apples go brown, and how do I stop it?",
    "What makes a sauce split, and how can I rescue it?",
    "Why does caramelising onions take so much longer than recipes say?",
    "Why do you have to temper chocolate?",
):
    neg("kitchen-science-whys", q)
for q in (
    "Why are the tips of my monstera's leaves turning brown?",
    "When is the best time to prune a lavender bush?",
    "How do I get rid of moss in my lawn without harsh chemicals?",
    "Which vegetables are easiest for a complete beginner with a balcony?",
    "My tomato plants have yellow lower leaves. What's wrong?",
    "Is it true that coffee grounds are good for roses?",
    "What's a pet-safe way to keep slugs off my hostas?",
    "What's a good shade-loving plant for a north-facing border?",
    "How often should I water a snake plant in winter?",
    "Should I leave fallen leaves on the flower beds over winter?",
):
    neg("garden-and-houseplants", q)
for q in (
    "What's worth seeing in Porto if I only have a long weekend?",
    "Is it better to visit Iceland in summer or winter for a first trip?",
    "Any tips for travelling by train around Japan without speaking Japanese?",
    "What kit do I need for six days of walking the West Highland Way in May?",
    "Which Greek island is good for a quiet holiday with young kids?",
    "How do I avoid jet lag when flying from London to Sydney?",
    "Is it safe to drink tap water in Mexico City?",
    "What are some good day trips from Kyoto?",
    "How do I choose between a hostel and an Airbnb for solo travel?",
    "What's the etiquette for tipping in restaurants in Germany?",
):
    neg("travel-planning-ideas", q)

# near-negatives: shaped like positives, but needing the model
for q, note in (
    ("What does the 404 in '404 Not Found' actually mean?", "status code as identifier"),
    ("Is seat 23C on an A320 a window seat or an aisle?", "seat code, needs cabin layout"),
    ("Whose book has ISBN 978-0-14-044913-6?", "identifier lookup"),
    ("Why is Route 66 called Route 66?", "road number, history"),
    ("What does the 1984 in Orwell's title refer to?", "year as title, literary meaning"),
    ("My fridge shows error code E4. What does that mean?", "error code needs manual"),
    ("What's the story behind the number 221B Baker Street?", "address as identifier"),
    ("Why do UK phone numbers beginning with 0800 cost nothing to call?", "prefix meaning"),
    ("What does 'Apollo 11' mean — why 11?", "mission number as identifier"),
):
    neg("near-reference-numbers", q, note)
for q, note in (
    ("Roughly how many dog groomers are working in Manchester?", "Fermi estimate"),
    ("About how many grains of sand are in a bucket, order of magnitude?", "rough estimate"),
    ("How many footballs would fit inside a double-decker bus, roughly?", "rough estimate"),
    ("Ballpark: how many words does a typical person speak in a day?", "estimate, unstated data"),
    ("Roughly how much would it cost to repaint a three-bedroom house?", "estimate, no figures"),
    (
        "How long would it take to count to a million out loud, more or less?",
        "estimate, assumptions",
    ),
    ("Estimate how many trees are in Central Park.", "estimate, unstated facts"),
    ("About how many hairs are on a human head?", "estimate, fact"),
):
    neg("near-rough-guesses", q, note)
for q, note in (
    ("Give me a proof that the square root of 3 can't be written as a fraction.", "proof"),
    ("Show that the sum of the first n odd numbers is n squared.", "proof by induction"),
    ("Derive the quadratic formula by completing the square.", "derivation"),
    ("Why does 0.999 recurring equal 1?", "explanation"),
    ("Simplify (x^2 - 9)/(x - 3) and say when the simplification is valid.", "symbolic algebra"),
    ("Why can't my calculator divide 5 by 0 — what's the mathematical reason?", "explanation"),
    ("Is there a largest prime number? Explain.", "proof sketch"),
    ("Factorise 6x^2 + 11x - 10.", "symbolic algebra"),
):
    neg("near-prove-or-derive", q, note)
for q, note in (
    (
        (
            "Write a Python function that turns a Kelvin temperature into Fahrenheit, with a "
            "docstring."
        ),
        "code to write",
    ),
    ("Write a SQL query that totals order amounts per customer for 2027.", "code to write"),
    ("Give me a regex that matches dates like 2028-03-14.", "regex to write"),
    (
        "Write a JavaScript function that returns the number of days between two Date objects.",
        "code to write",
    ),
    ("How do I compute compound interest in an Excel formula?", "spreadsheet formula help"),
    (
        "Give me a PowerShell command that counts the lines in every .csv file in a folder.",
        "code to write",
    ),
    ("In Python, how do I round 2.675 to two decimals correctly?", "floating-point explanation"),
    ("Write a function that checks whether a year is a leap year.", "code to write"),
):
    neg("near-write-me-code", q, note)
for q, note in (
    ("My blood pressure reading was 135/85. Is that something to worry about?", "medical meaning"),
    ("What does a credit score of 720 mean for getting a mortgage?", "meaning of a figure"),
    ("What does 5W-30 on a bottle of engine oil mean?", "grade code meaning"),
    ("What does 18/10 stamped on the back of cutlery mean?", "marking meaning"),
    ("My phone battery health says 82%. Should I replace it?", "judgement on a figure"),
    ("What does SPF 50 actually mean compared to SPF 30?", "meaning of a figure"),
    ("My wine says 13.5% vol. Is that strong for a red?", "meaning and comparison"),
    ("What do the numbers 225/45 R17 on a tyre mean?", "tyre code meaning"),
):
    neg("near-what-numbers-mean", q, note)
for q, note in (
    ("Is $1,200 a month too much rent if I take home $3,500?", "financial judgement"),
    ("Should I overpay a mortgage at 4.2% or put the money in an index fund?", "financial advice"),
    ("Is 7 hours of sleep a night enough for a teenager?", "health judgement"),
    (
        "Is it worth buying a used car with 60,000 miles on it for £7,500?",
        "judgement, unstated market",
    ),
    ("Is a 15% tip too stingy in New York?", "etiquette judgement"),
    ("Would a 3% pay rise be a good offer in the current climate?", "judgement"),
    ("Is 25 minutes a day of piano practice enough to improve?", "judgement"),
    ("Is 120 euros a night reasonable for a hotel in Lisbon in August?", "price judgement"),
):
    neg("near-judgement-calls", q, note)
for q, note in (
    ("How many calories does a medium avocado have?", "nutrition fact"),
    ("What's the population of Lagos?", "fact lookup"),
    ("What's the height of Mont Blanc in feet?", "unstated height"),
    ("What's the euro to yen exchange rate at the moment?", "live data"),
    ("What's the average distance from Earth to Mars in kilometres?", "fact"),
    ("In which year did the Berlin Wall come down?", "history fact"),
    ("On what date does Diwali fall in 2029?", "lunisolar calendar fact"),
    ("How long is the Danube in miles?", "unstated length"),
):
    neg("near-unstated-facts", q, note)
for q, note in (
    (
        "A poll shows 52% to 48% with a margin of error of 3 points. Is the race a tie?",
        "statistics",
    ),
    (
        (
            "My A/B test had 120 sign-ups from 2,400 visitors versus 150 from 2,450. Is the "
            "difference real?"
        ),
        "significance judgement",
    ),
    (
        "If a test is 99% accurate and I test positive, how sure can I be that I have it?",
        "base rates",
    ),
    ("Why is the median house price more useful than the mean?", "statistics explanation"),
    ("A study says coffee drinkers live 2 years longer. Does coffee cause that?", "causation"),
    ("What does a p-value of 0.03 actually tell me?", "statistics meaning"),
    ("Is a correlation of 0.4 strong or weak?", "interpretation"),
    (
        "My class average went from 64 to 71 after a new teaching method. Did the method work?",
        "causal judgement",
    ),
):
    neg("near-stats-interpretation", q, note)

# conversations: earlier turns change the last question, or the last turn asks for no exact value
for turns, note in (
    (
        [
            (U, "In our puzzle club, a # b means a squared minus b."),
            (A, "Got it: a # b = a² − b."),
            (U, "Under that rule, what is 6 # 11?"),
        ],
        "operator defined by the conversation",
    ),
    (
        [
            (U, "My son's homework uses base 5 for everything."),
            (A, "OK, so digits only go 0 to 4."),
            (U, "Then what's 34 plus 22 in his system?"),
        ],
        "number base set by an earlier turn",
    ),
    (
        [
            (U, "For this game, every ace counts 11 and every picture card counts 5."),
            (A, "Understood, aces 11 and picture cards 5."),
            (U, "So with our rules, what's a hand of ace, king and 7 worth?"),
        ],
        "house scoring rules",
    ),
    (
        [
            (U, "Let's say one 'crate' in our warehouse means 36 bottles."),
            (A, "Right, a crate is 36 bottles here."),
            (U, "So how many of our crates do 900 bottles fill?"),
        ],
        "unit defined by the conversation",
    ),
    (
        [
            (U, "At our school, week A and week B alternate and the year starts with week B."),
            (A, "So the first week is B, then A, then B."),
            (U, "Which will the 14th week of the school year be?"),
        ],
        "school rota calendar",
    ),
):
    conv("conv-redefined-symbols", turns, note)
for turns, note in (
    (
        [
            (U, "I'm going to be 20 minutes late to a 10 o'clock meeting."),
            (A, "So you'll arrive around 10:20."),
            (U, "Can you write a short apology message to my manager?"),
        ],
        "writing task",
    ),
    (
        [
            (U, "We raised £1,240 at the bake sale."),
            (A, "That's a great total."),
            (U, "Write a thank-you post for the school Facebook page mentioning it."),
        ],
        "writing task",
    ),
    (
        [
            (U, "Our team hit 118% of the quarterly sales target."),
            (A, "Congratulations, that's well above target."),
            (U, "Help me phrase that for a slide without sounding smug."),
        ],
        "writing task",
    ),
    (
        [
            (U, "I ran 5 km in 27 minutes this morning, my best ever."),
            (A, "Nice, that's about 5:24 per kilometre."),
            (U, "Write me a funny caption for my running club group chat."),
        ],
        "creative writing",
    ),
    (
        [
            (U, "The invoice for 3,200 dollars is 45 days overdue."),
            (A, "That's quite late."),
            (U, "Draft a firm but polite reminder email to the client."),
        ],
        "writing task",
    ),
):
    conv("conv-writing-after-sums", turns, note)
for turns, note in (
    (
        [
            (U, "I'm buying fabric for new living room curtains."),
            (A, "Sure, what are the window measurements?"),
            (U, "How much will it cost me in total?"),
        ],
        "figures missing",
    ),
    (
        [
            (U, "We're driving to my sister's for the weekend."),
            (A, "Sounds fun. Where does she live?"),
            (U, "How much fuel money should we budget?"),
        ],
        "figures missing",
    ),
    (
        [
            (U, "I'm splitting the restaurant bill with friends."),
            (A, "Happy to help. How many of you were there?"),
            (U, "What does everyone owe?"),
        ],
        "figures missing",
    ),
    (
        [
            (U, "I'm planning a surprise party for my partner's birthday."),
            (A, "Lovely. When is it?"),
            (U, "How many days do I have left to plan?"),
        ],
        "date missing",
    ),
    (
        [
            (U, "I want to tile the kitchen splashback."),
            (A, "Good project. What tiles are you using?"),
            (U, "How many boxes should I order?"),
        ],
        "figures missing",
    ),
):
    conv("conv-missing-figures", turns, note)
for turns, note in (
    (
        [
            (U, "What's 15 percent of an 80 euro dinner bill?"),
            (A, "15% of 80 is 12."),
            (U, "Is 15 percent a normal tip in Portugal, or would locals think that's too much?"),
        ],
        "opinion after a sum",
    ),
    (
        [
            (U, "What is 31 °C in Fahrenheit?"),
            (A, "31 °C is 87.8 °F."),
            (U, "Is that too warm to take a spaniel on a long walk at midday?"),
        ],
        "judgement after a conversion",
    ),
    (
        [
            (U, "How many days between 1 May and 20 June?"),
            (A, "There are 50 days."),
            (U, "Is that enough time to train for a half marathon from scratch?"),
        ],
        "judgement after a date question",
    ),
    (
        [
            (U, "What's 2,400 divided by 12?"),
            (A, "200."),
            (U, "Is £200 a month a sensible amount to put aside for a holiday fund?"),
        ],
        "financial opinion",
    ),
    (
        [
            (U, "My commute is 42 minutes each way."),
            (A, "That's 84 minutes a day."),
            (U, "Would you take a job with a commute like that for more money?"),
        ],
        "opinion",
    ),
):
    conv("conv-opinion-after-numbers", turns, note)
for turns, note in (
    (
        [
            (U, "In my bakery a 'batch' is however many trays fit in the oven, which varies."),
            (A, "So batch size depends on the oven that day."),
            (U, "How many batches will 300 rolls take?"),
        ],
        "house unit left undefined",
    ),
    (
        [
            (U, "Our shop's financial week runs Sunday to Saturday and week 1 starts on 4 Feb."),
            (A, "Noted, a Sunday-start retail calendar."),
            (U, "So in our calendar, which week is the spring sale in?"),
        ],
        "retail calendar, sale date unstated",
    ),
    (
        [
            (U, "I'm in Germany, so I write 1.500 for fifteen hundred."),
            (A, "Understood, dots as thousands separators."),
            (U, "Is it confusing for British customers if I price things that way?"),
        ],
        "locale separators, advice",
    ),
    (
        [
            (U, "My grandmother's recipe measures flour in 'handfuls'."),
            (A, "That's charmingly vague."),
            (U, "Roughly how much is a handful, so I can try it?"),
        ],
        "vague house measure",
    ),
    (
        [
            (U, "Our club scores darts with a house rule: doubles count triple."),
            (A, "Interesting twist."),
            (U, "Does that rule make the game fairer for beginners?"),
        ],
        "opinion on house rules",
    ),
):
    conv("conv-house-conventions", turns, note)
for turns, note in (
    (
        [
            (U, "My parcel tracking number is 4401 2287 6630."),
            (A, "Thanks, I can't look that up, but I can help you interpret the tracking steps."),
            (U, "What does 'held at depot' usually mean?"),
        ],
        "identifier, explanation",
    ),
    (
        [
            (U, "I'm in room 314 of the hotel."),
            (A, "Noted."),
            (U, "Is that likely to be on the third floor?"),
        ],
        "room number convention",
    ),
    (
        [
            (U, "The train I need is the 17:42, service 1R83."),
            (A, "OK."),
            (U, "What do the letters in a UK train headcode like that mean?"),
        ],
        "identifier meaning",
    ),
    (
        [
            (U, "My employee number is 20457 and my manager's is 20112."),
            (A, "Got it."),
            (U, "Does a lower number mean she joined the company earlier?"),
        ],
        "identifiers, not quantities",
    ),
    (
        [
            (U, "My library card number ends in 0073."),
            (A, "Alright."),
            (U, "Why would a library need such long card numbers?"),
        ],
        "identifier, explanation",
    ),
):
    conv("conv-identifier-followups", turns, note)
for turns, note in (
    (
        [
            (U, "Quick one: 15 percent of 240?"),
            (A, "36."),
            (U, "How would I do that sort of percentage in my head while shopping?"),
        ],
        "explanation of method",
    ),
    (
        [
            (U, "How many feet make up one mile?"),
            (A, "5,280 feet."),
            (U, "Why did anyone settle on such an awkward number for a mile?"),
        ],
        "history of a unit",
    ),
    (
        [
            (U, "What day of the week was 4 July 1776?"),
            (A, "It was a Thursday."),
            (U, "How do people work out weekdays for dates that old by hand?"),
        ],
        "explanation of method",
    ),
    (
        [
            (U, "Convert 100 km/h to mph."),
            (A, "About 62.1 mph."),
            (U, "Why do the UK and US still use miles when most countries don't?"),
        ],
        "history and explanation",
    ),
    (
        [
            (U, "Seven eights?"),
            (A, "56."),
            (U, "Any tricks to help my daughter memorise the seven times table before her test?"),
        ],
        "teaching advice",
    ),
):
    conv("conv-explain-the-working", turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 112
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 112: {reused}"
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
