r"""Generate heldout-2027-04-01.jsonl: a hundred-and-nineteenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-01 by a helper session working only in /work/sealed119, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-04-01.jsonl, PREFIX "ho119-", earlier generators 1-118, register check against sets
19 to 118); only its two title lines, this provenance, the run line and its four question
sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed119/earlier_registers.txt (2392 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats one
  or sits close to one (near matches such as hospital_night_porter_log, canal_narrowboat_hire,
  school_prom_committee, freelance_subtitle_translator, beekeeper_apiary_logbook,
  vintage_motorcycle_restorer, wedding_cake_decorator, ultra_trail_runner_in_training,
  house_share_bills_kitty and family_planning_florida_theme_park_trip led to other choices);
- of the copied script (2230 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-343), the units set-up (677-737), the datetime set-up
  (991-1075), the negatives set-up with neg/conv (1373-1380), and the weekday check, checks and
  output (2007-2230).
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines read above (343 `P = "plain"`, 677 and 991 and 1373 the section rules, 737 the blank line
after unit_r, 1075 the sayus assertion, 1380 the end of conv, 2007 the weekday-check comment)
and kept only the five read ranges, so lines 344-676, 738-990, 1076-1372 and 1381-2006 were
dropped by line number, and four new sections were written from scratch in scratch files (an
unread byte copy of the original was kept beside them until the end; all were then deleted). No
git history, web or code search, router, tools, tests, other files under /work/main or other
generators were read (the script imports earlier generators itself, in memory, for its duplicate
and register checks). No JSONL was read; the questions and expected values were reviewed from
this script's items in memory (id, expected value, tolerance and query text), and from its
source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a parent of a teen getting
  braces, a long-haul flight attendant, the stage manager of a touring musical, a salsa class
  couple, a sneaker resale side hustle, a school chemistry technician, a couple road-tripping in
  New Zealand, highland loch cottage guests, a debut author on a book tour, a chief bridesmaid,
  a cycle to work scheme commuter, a home cook making ramen from scratch, a geography field trip
  teacher, a classic car show exhibitor, a wildflower meadow sower, a solo developer shipping a
  demo, a postdoc relocating to Boston, a newly self-employed plumber, a family flying to visit
  cousins in Canada, an office Secret Santa organiser, a home cinema room builder, an aquafit
  class regular, a locum pharmacist covering shifts, a hospital ward clerk and a driving test
  examiner), each register used by all three tools, the first six with two items per tool.
  Phrasing varies: statements, questions, imperatives, lowercase, symbols (÷, ×, √, !, −, °F,
  °C) and written-out units, pounds, euros, US and NZ dollars, ISO and written dates with and
  without computed weekdays, clock times, h and min durations, fixed offsets such as +09:30,
  +13:00, +08:00 and -05:00, extra context sentences.
- Every expected value is computed in code from the figures the question states (the figures
  are held in variables and interpolated into the text, decimals kept as strings and read with
  dec()): Fraction and Decimal for money and quantities (exact, at most three decimals for the
  calculator; cents() asserts whole pence or cents, whole_up where only whole boxes, packets or
  rolls count), exact unit definitions for conversions (from the set-up: inch, foot, yard, mile,
  avoirdupois pound and ounce, acre, square and cubic feet, psi, bar, GiB/MiB, km/h and mph,
  Celsius/Fahrenheit; added here: the international nautical mile for knots, the hectare, the
  litre, the cubic inch and the cubic centimetre), graded exactly when the result terminates in
  at most three decimals and at 0.1% otherwise (unit_r asserting that an answer rounded to two
  decimals still passes), and datetime/date arithmetic for dates, weekdays, ages, spans,
  inclusive day counts, whole weeks, days on chosen weekdays (count_on), working days
  (nth_workday), nth and last weekdays, clock intervals across midnight, and fixed offsets
  converted with tz-aware datetimes (tz_of(), moment(), hours_between()). Weekdays written next
  to dates come from the computed date (sayw), and the weekdays the prose relies on (Thursday
  classes and bookshop events) were asserted. Answers that people would naturally give as h:mm
  ask for a decimal, minutes, or the hour alone, so that the last number graded is the intended
  one. No contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a
  length) appear in positives.
- 200 negatives: 100 ordinary ones in ten topics (rainforest and tundra wonders, flatmate and
  in-law tact, wedding readings and leaving-card lines, TypeScript, Kotlin and CSS critique,
  printing press and canal age whys, podcast and video game verdicts, compost, pond and hedge
  puzzles, loanword and dialect stories, reptile and mammal quirks, smart home and streaming
  ethics), 65 near-negatives shaped like positives but needing the model (numbers used as
  labels, ballpark guesses with no figures given, why a piece of arithmetic works, code that
  does a calculation, what stated figures mean, whether something is worth the money, facts
  nobody stated), and 35 conversations in which the last turn asks for writing after a sum, for
  advice while the needed figures are still missing, for a verdict on a result, for the
  reasoning behind an answer, or about titles that contain numbers; none ends in a plain exact
  question that the earlier turns leave unchanged. Symbolic algebra was kept out of the
  negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 118,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), a separate comparison of all 48 family names of this set with
earlier_registers.txt (none found), a check with ast that no name bound in the new sections
rebinds a set-up constant or helper at module level (only function-local d, k and x overlap), a
scan of every text for a slash between digits (only the intended 2/5, 3/8, 1/4, 5/9, a blood
pressure and a tyre size), and a read-through of every positive's expected value and text. The
first run passed every check up to the duplicate check, which flagged 20 items matching earlier
sets word for word (plain questions on 17.5% of 2,360, 57 as a percentage of 380, 1,000,000 ÷
640, the weekday of 14 July 1789, the days from 3 March to 19 November 2031, 13.1 miles in km,
250 g in ounces and 3.5 GiB in MiB; near-negatives on golf balls in a bus, words spoken in a
lifetime, Iceland's population, water boiling on Mont Blanc, Russia's time zones, Area 51,
powers of zero and negative times negative; and four conversations through their first user
turn: 18 × 25, the weekday of 4 July 1776, 20% off £45 and the seconds in a day); all were
reworded with new figures or subjects (17.5% of 3,280, 69 of 460, 1,250,000 ÷ 640, 18 June 1815,
7 April to 23 November 2031, 8.5 miles, 340 g, 2.25 GiB, ping-pong balls in a living room,
slices of toast, Tasmania, Aconcagua, Canada's time zones, Studio 54, 5 to the power 0, an
intuitive reason for signs, 16 × 35, 11 November 1918, 20% off £65 and the minutes in a week),
computed in code where they are positives, and the second run passed. The read-through then
made three wordings unambiguous (a day count phrased as "how many days after", "about" removed
before an exact number of days, "inclusive" added to a count of sessions). Ruff check flagged 20
implicit string concatenations in tuples (ISC004), fixed by ruff's own parenthesising fix; ruff
format then left 16 lines over 99 columns (11 split strings, 5 single strings), fixed by
moving a word to the next string or by shortening the text, and two lines of 98 characters that
a byte count flagged (their £ signs take two bytes) were shortened too; after that ruff
check and ruff format were clean, no line exceeded 99 columns, and the script was re-run with
all checks passing.

Run: /work/main/.venv/bin/python make_heldout_119.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-01.jsonl"
PREFIX = "ho119-"
# earlier generators: sets 1-118 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 119))
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

# the 25 registers of this set; each is used by all three tools, the first six twice per tool
R_BRACES = "parent_of_a_teen_getting_braces"
R_CABIN = "long_haul_flight_attendant"
R_STAGE = "stage_manager_of_a_touring_musical"
R_SALSA = "salsa_class_couple"
R_SNEAKER = "sneaker_resale_side_hustle"
R_LAB = "school_chemistry_technician"
R_KIWI = "couple_road_tripping_new_zealand"
R_LOCH = "highland_loch_cottage_guests"
R_AUTHOR = "debut_author_on_a_book_tour"
R_BRIDESMAID = "chief_bridesmaid"
R_BIKE = "cycle_to_work_scheme_commuter"
R_RAMEN = "ramen_from_scratch_home_cook"
R_GEOG = "geography_field_trip_teacher"
R_CLASSIC = "classic_car_show_exhibitor"
R_MEADOW = "wildflower_meadow_sower"
R_DEMO = "solo_developer_shipping_a_demo"
R_BOSTON = "postdoc_relocating_to_boston"
R_PLUMBER = "newly_self_employed_plumber"
R_CANADA = "family_flying_to_visit_cousins_in_canada"
R_SANTA = "office_secret_santa_organiser"
R_CINEMA = "home_cinema_room_builder"
R_AQUAFIT = "aquafit_class_regular"
R_LOCUM = "locum_pharmacist_covering_shifts"
R_WARD = "hospital_ward_clerk"
R_EXAMINER = "driving_test_examiner"


def cents(x):
    """A money result that must come out in whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# ---- plain calculator questions (14)
calc(P, "17.5% of 3,280 — what is it?", pct("17.5") * 3280)
calc(P, "square root of 15,129", F(123))
assert 123 * 123 == 15129
calc(P, "(384 + 729) × 6 − 1,058 = ?", (384 + 729) * 6 - 1058)
calc(P, "what's 7,215 divided by 37", F(7215, 37))
calc(P, "Work out 6.4 squared.", dec("6.4") ** 2)
calc(P, "Increase 860 by 12.5 percent.", 860 * (1 + pct("12.5")))
calc(P, "69 is what percent of 460?", F(69, 460) * 100)
calc(
    P,
    "Mean of these five readings: 14.2, 9.8, 17.5, 12.1 and 11.4",
    (dec("14.2") + dec("9.8") + dec("17.5") + dec("12.1") + dec("11.4")) / 5,
)
calc(P, "2/5 + 3/8, as a decimal please", F(2, 5) + F(3, 8))
calc(P, "A jacket is £74.50 with 18% off. What do I pay?", cents(dec("74.50") * (1 - pct(18))))
calc(P, "43 × 67 − 29 × 58", 43 * 67 - 29 * 58)
calc(P, "1,250,000 ÷ 640", F(1250000, 640))
calc(P, "If 9 is 15% of a number, what is the number?", 9 / pct(15))
calc(P, "Evaluate 7! / (3! × 4!)", F(math.factorial(7), math.factorial(3) * math.factorial(4)))

# ---- registers, calculator (31)
b_total, b_deposit, b_instalments = 3480, 600, 18
calc(
    R_BRACES,
    f"Our daughter's braces come to £{b_total:,}. The orthodontist takes a £{b_deposit} deposit "
    f"and splits the rest into {b_instalments} equal monthly payments. How much is each payment?",
    cents(F(b_total - b_deposit, b_instalments)),
)
b_retainer, b_fit, b_off = "145", 35, 10
calc(
    R_BRACES,
    f"She's lost her retainer twice now. Each replacement is £{b_retainer} plus a £{b_fit} "
    f"fitting fee, and the clinic knocked {b_off}% off the second retainer (not the fee). "
    "What have the two replacements cost us altogether?",
    cents(dec(b_retainer) + b_fit + dec(b_retainer) * (1 - pct(b_off)) + b_fit),
)
c_trips, c_nights, c_meal, c_flat = 7, 3, "38.50", 120
calc(
    R_CABIN,
    f"This roster I've got {c_trips} long-haul trips, each with {c_nights} nights down route. "
    f"Meal allowance is £{c_meal} a night, and there's a flat £{c_flat} trip payment on top. "
    "What do the allowances and trip payments come to?",
    cents(c_trips * (c_nights * dec(c_meal) + c_flat)),
)
c_rate, c_out, c_back = "4.5", 2860, 3140
calc(
    R_CABIN,
    f"We get {c_rate}% commission on inflight duty-free. I sold £{c_out:,} on the outbound "
    f"sector and £{c_back:,} coming home. What's my commission?",
    cents(pct(c_rate) * (c_out + c_back)),
)
s_venues, s_crew, s_rate, s_hours = 11, 6, "16.80", 5
calc(
    R_STAGE,
    f"Touring budget: {s_venues} venues, and at each get-in we hire {s_crew} local crew for "
    f"{s_hours} hours at £{s_rate} an hour. Total local crew cost for the tour?",
    cents(s_venues * s_crew * s_hours * dec(s_rate)),
)
s_rolls, s_shows, s_weeks, s_box = "2.5", 8, 9, 24
calc(
    R_STAGE,
    f"we get through {s_rolls} rolls of gaffer tape a show, {s_shows} shows a week, for a "
    f"{s_weeks}-week run. it only comes in boxes of {s_box} rolls. how many boxes do I order?",
    whole_up(dec(s_rolls) * s_shows * s_weeks / s_box),
)
sa_classes, sa_price, sa_pass = 8, 12, 170
calc(
    R_SALSA,
    f"Salsa beginners' block: {sa_classes} classes at £{sa_price} per person per class, or a "
    f"couples' pass for the whole block at £{sa_pass}. How much do the two of us save with the "
    "pass?",
    2 * sa_classes * sa_price - sa_pass,
)
sa_shoe, sa_off, sa_post = "89.90", 15, "4.95"
calc(
    R_SALSA,
    f"Two pairs of dance shoes at €{sa_shoe} each, {sa_off}% off the shoes at checkout, then "
    f"€{sa_post} delivery. What's the order total?",
    cents(2 * dec(sa_shoe) * (1 - pct(sa_off)) + dec(sa_post)),
)
k_buy, k_sell, k_fee, k_fixed, k_post = 180, 260, "9.5", "0.30", "7.49"
calc(
    R_SNEAKER,
    f"Flipped a pair of trainers: paid £{k_buy}, sold for £{k_sell}. The app takes {k_fee}% of "
    f"the sale price plus £{k_fixed}, and postage cost me £{k_post}. What's my profit?",
    cents(k_sell - pct(k_fee) * k_sell - dec(k_fixed) - dec(k_post) - k_buy),
)
k_n, k_cost, k_hi_n, k_hi, k_lo_n, k_lo = 6, 140, 4, 210, 2, 165
calc(
    R_SNEAKER,
    f"I bought {k_n} pairs at ${k_cost} each and sold {k_hi_n} of them at ${k_hi} and the other "
    f"{k_lo_n} at ${k_lo}. Average profit per pair?",
    F(k_hi_n * k_hi + k_lo_n * k_lo - k_n * k_cost, k_n),
)
assert k_hi_n + k_lo_n == k_n
t_stock, t_groups, t_pupils, t_each = 2500, 2, 26, 40
calc(
    R_LAB,
    f"The acid stock bottle holds {t_stock:,} mL. Two classes of {t_pupils} pupils each need "
    f"{t_each} mL per pupil for the practical. How many mL are left in the bottle afterwards?",
    t_stock - t_groups * t_pupils * t_each,
)
t_vol, t_want, t_have = 750, "0.2", "1.5"
calc(
    R_LAB,
    f"I need {t_vol} mL of {t_want} M sodium hydroxide and the stock is {t_have} M. Using "
    "C1V1 = C2V2, how many mL of stock go into the flask?",
    t_vol * dec(t_want) / dec(t_have),
)
n_night, n_nights, n_cover, n_oneway = 189, 12, 35, 250
calc(
    R_KIWI,
    f"Campervan for our New Zealand loop: NZ${n_night} a night for {n_nights} nights, "
    f"NZ${n_cover} a night for the insurance excess cover, and a NZ${n_oneway} one-way drop-off "
    "fee. Split between the two of us, what's each share?",
    F(n_nights * (n_night + n_cover) + n_oneway, 2),
)
l_week, l_logs, l_clean, l_people = 1260, 84, 150, 6
calc(
    R_LOCH,
    f"The loch-side cottage is £{l_week:,} for the week, plus £{l_logs} for logs and a "
    f"£{l_clean} cleaning charge. There are {l_people} of us splitting it evenly. Per person?",
    F(l_week + l_logs + l_clean, l_people),
)
a_advance, a_royalty = 6000, "1.60"
calc(
    R_AUTHOR,
    f"My publisher paid a £{a_advance:,} advance and I earn £{a_royalty} on every hardback. "
    "How many hardbacks have to sell before I earn out?",
    a_advance / dec(a_royalty),
)
m_n, m_dress, m_off, m_alt_n, m_alt = 5, 68, 12, 3, 22
calc(
    R_BRIDESMAID,
    f"{m_n} bridesmaid dresses at £{m_dress} each with {m_off}% off the dresses, plus "
    f"alterations at £{m_alt} each on {m_alt_n} of them. Total?",
    cents(m_n * m_dress * (1 - pct(m_off)) + m_alt_n * m_alt),
)
y_bike, y_save, y_deductions = 1200, 32, 12
calc(
    R_BIKE,
    f"The bike is £{y_bike:,} through the cycle to work scheme. Tax and NI savings knock "
    f"{y_save}% off, and the rest comes out of {y_deductions} salary deductions. How much is "
    "each deduction?",
    cents(y_bike * (1 - pct(y_save)) / y_deductions),
)
r_serves, r_noodles, r_cook_for = 4, 480, 7
calc(
    R_RAMEN,
    f"My ramen recipe uses {r_noodles} g of fresh noodles for {r_serves} bowls. How many grams "
    f"do I need for {r_cook_for} bowls?",
    F(r_noodles, r_serves) * r_cook_for,
)
g_coach, g_pupils, g_staff = 1575, 42, 3
calc(
    R_GEOG,
    f"The coach for the river fieldwork day costs £{g_coach:,}. {g_pupils} pupils and "
    f"{g_staff} staff are going, staff travel free. What does each pupil pay?",
    cents(F(g_coach, g_pupils)),
)
v_body, v_engine, v_vat, v_chrome, v_pot = 4850, 2315, 20, 980, 10000
calc(
    R_CLASSIC,
    f"Restoring the Jaguar before the show: bodywork £{v_body:,}, engine rebuild £{v_engine:,} "
    f"plus {v_vat}% VAT on the engine work only, re-chroming £{v_chrome}. I had £{v_pot:,} set "
    "aside. How much is left?",
    v_pot - (v_body + v_engine * (1 + pct(v_vat)) + v_chrome),
)
w_len, w_wid, w_rate, w_packet, w_price = 35, 18, 4, 100, "6.75"
calc(
    R_MEADOW,
    f"Wildflower seed goes down at {w_rate} g per square metre. My plot is {w_len} m by {w_wid} "
    f"m and the mix is sold in {w_packet} g packets at £{w_price}. What will the seed cost?",
    cents(whole_up(F(w_len * w_wid * w_rate, w_packet)) * dec(w_price)),
)
z_price, z_cut, z_copies = "14.99", 30, 1240
calc(
    R_DEMO,
    f"My game sells for ${z_price}, the store keeps {z_cut}%, and I've sold {z_copies:,} copies. "
    "What have I actually received?",
    cents(dec(z_price) * (1 - pct(z_cut)) * z_copies),
)
o_salary, o_rent, o_payments = 62400, 2150, 12
calc(
    R_BOSTON,
    f"My postdoc stipend in Boston is ${o_salary:,} a year and rent is ${o_rent:,} a month. "
    f"After {o_payments} rent payments, how much of the stipend is left?",
    o_salary - o_payments * o_rent,
)
p_hours, p_rate, p_parts, p_vat = "3.5", 55, "86.40", 20
calc(
    R_PLUMBER,
    f"Invoice for a boiler repair: {p_hours} hours' labour at £{p_rate} an hour, parts "
    f"£{p_parts}, and VAT at {p_vat}% on the whole lot. Invoice total?",
    cents((dec(p_hours) * p_rate + dec(p_parts)) * (1 + pct(p_vat))),
)
q_people, q_fare, q_seat = 4, 748, 39
calc(
    R_CANADA,
    f"Flights to see the cousins in Calgary: {q_people} return tickets at £{q_fare} each, plus "
    f"a £{q_seat} seat selection fee per person on each of the two legs. Total?",
    q_people * q_fare + q_people * 2 * q_seat,
)
x_limit, x_people, x_topup = 15, 23, "2.50"
calc(
    R_SANTA,
    f"Secret Santa: £{x_limit} spending limit, {x_people} people taking part, and the company "
    f"adds £{x_topup} per person for wrapping and a card. What's the total pot?",
    cents(x_people * (x_limit + dec(x_topup))),
)
h_proj, h_screen, h_spk_n, h_spk, h_parts = 1899, 349, 7, 129, 20
calc(
    R_CINEMA,
    f"Home cinema kit: projector £{h_proj:,}, screen £{h_screen}, and {h_spk_n} speakers at "
    f"£{h_spk} each, on 0% finance over {h_parts} equal payments. How much is each payment?",
    cents(F(h_proj + h_screen + h_spk_n * h_spk, h_parts)),
)
u_pass, u_drop, u_extra, u_total = "58.50", "6.80", 2, 12
calc(
    R_AQUAFIT,
    f"I'm planning {u_total} aquafit sessions. A 10-session pass is £{u_pass} and a drop-in is "
    f"£{u_drop}. If I buy one pass plus {u_extra} drop-ins instead of paying drop-in for all "
    f"{u_total}, how much do I save?",
    cents(u_total * dec(u_drop) - (dec(u_pass) + u_extra * dec(u_drop))),
)
assert 10 + u_extra == u_total
e_rate, e_len, e_shifts, e_tax = 42, "8.5", 13, 20
calc(
    R_LOCUM,
    f"Locum cover: {e_shifts} shifts of {e_len} hours at £{e_rate} an hour, and the agency "
    f"holds back {e_tax}% for tax. What lands in my account?",
    cents(e_rate * dec(e_len) * e_shifts * (1 - pct(e_tax))),
)
j_beds, j_labels, j_roll = 38, 3, 250
calc(
    R_WARD,
    f"Each of our {j_beds} patients gets {j_labels} ID labels printed a day and the labels "
    f"come on rolls of {j_roll}. How many rolls should I order to cover a full week?",
    whole_up(F(j_beds * j_labels * 7, j_roll)),
)
i_tests, i_passed = 25, 11
calc(
    R_EXAMINER,
    f"I conducted {i_tests} driving tests over five days and {i_passed} candidates passed. "
    "What's my pass rate as a percentage?",
    F(i_passed, i_tests) * 100,
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


NAUT_MILE = F(1852)  # m, the international nautical mile (a knot is one per hour)
HECTARE = F(10000)  # m^2
CUIN = IN * IN * IN  # m^3
LITRE = F(1, 1000)  # m^3
CC = F(1, 10**6)  # m^3, a cubic centimetre
assert CUIN * 10**6 == dec("16.387064")

# ---- plain units questions (14)
unit(P, "Convert 68 °F to Celsius.", f_to_c(68), EXACT)
unit_r(P, "Convert 8.5 miles to km.", dec("8.5") * MI / 1000)
unit_r(P, "How many ounces is 340 g?", F(340, 1000) / OZ)
unit(P, "6 feet 2 inches in centimetres", (6 * FT + 2 * IN) * 100, EXACT)
unit_r(P, "what's 45 mph in km/h", 45 * MPH / KMH)
unit_r(P, "Convert 3.5 acres into square metres.", dec("3.5") * ACRE)
unit_r(P, "How many square feet are there in 28 square metres?", 28 / SQFT)
unit_r(P, "1.8 m in feet", dec("1.8") / FT)
unit(P, "2.25 GiB expressed in MiB?", dec("2.25") * GIB / MIB, EXACT)
unit(P, "−5 °C in Fahrenheit?", c_to_f(-5), EXACT)
unit_r(P, "Express 30 psi in bar.", 30 * PSI / BAR)
unit_r(P, "75 litres is how many cubic feet?", 75 * LITRE / CUFT)
unit_r(P, "400 metres in yards", 400 / YD)
unit(P, "Convert 20 knots to kilometres per hour.", 20 * NAUT_MILE / 1000, EXACT)

# ---- registers, units (31)
unit(
    R_BRACES,
    "The orthodontic elastics she has to wear are 1/4 inch across. What's that in millimetres?",
    F(1, 4) * IN * 1000,
    EXACT,
)
bu_from, bu_to = (4, 11), (5, 3)
unit(
    R_BRACES,
    f"Over the course of her treatment she went from {bu_from[0]} ft {bu_from[1]} in to "
    f"{bu_to[0]} ft {bu_to[1]} in tall. How many centimetres did she grow?",
    ((bu_to[0] - bu_from[0]) * FT + (bu_to[1] - bu_from[1]) * IN) * 100,
    EXACT,
)
cu_alt = 38000
unit(
    R_CABIN,
    f"The captain just announced we're cruising at {cu_alt:,} feet. How many metres is that?",
    cu_alt * FT,
    EXACT,
)
cu_bag = "16.5"
unit_r(
    R_CABIN,
    f"A passenger's cabin bag weighed {cu_bag} lb on her scales at home. Convert that to kg.",
    dec(cu_bag) * LB,
)
su_w, su_d = 40, 32
unit_r(
    R_STAGE,
    f"The stage at the next venue is {su_w} ft wide and {su_d} ft deep. What's its area in "
    "square metres?",
    su_w * su_d * SQFT,
)
su_load = 880
unit_r(
    R_STAGE,
    f"The flown set piece weighs {su_load} lb according to the US builder's sheet. How many "
    "kilograms is that?",
    su_load * LB,
)
sau_a, sau_b = 6, 8
unit_r(
    R_SALSA,
    f"The studio dance floor is {sau_a} m by {sau_b} m. What's that in square feet?",
    sau_a * sau_b / SQFT,
)
sau_walk = "3.2"
unit_r(
    R_SALSA,
    f"we walked {sau_walk} km home after class, how far is that in miles",
    dec(sau_walk) * 1000 / MI,
)
ku_insole = "27.5"
unit_r(
    R_SNEAKER,
    f"The listing says the insole length is {ku_insole} cm. A buyer wants it in inches.",
    dec(ku_insole) / 100 / IN,
)
ku_box = "2.2"
unit_r(
    R_SNEAKER,
    f"My parcel weighs {ku_box} kg and the US courier's form wants pounds. What do I put?",
    dec(ku_box) / LB,
)
unit(
    R_LAB,
    "The drying oven is set to 105 °C. What is that in degrees Fahrenheit?",
    c_to_f(105),
    EXACT,
)
tu_psi = 2200
unit_r(
    R_LAB,
    f"The nitrogen cylinder gauge reads {tu_psi:,} psi. Convert that to bar.",
    tu_psi * PSI / BAR,
)
unit_r(
    R_KIWI, "The open-road limit in New Zealand is 100 km/h. What's that in mph?", 100 * KMH / MPH
)
lu_len = 23
unit_r(
    R_LOCH,
    f"The guidebook says the loch is {lu_len} miles long. How many kilometres is that?",
    lu_len * MI / 1000,
)
au_h = "8.5"
unit(
    R_AUTHOR,
    f"My novel's trim size is 5.5 by {au_h} inches. How tall is it in centimetres?",
    dec(au_h) * IN * 100,
    EXACT,
)
mu_yd = "3.5"
unit_r(
    R_BRIDESMAID,
    f"The pattern calls for {mu_yd} yards of satin ribbon. How many metres do I ask for?",
    dec(mu_yd) * YD,
)
yu_each = "9.5"
unit_r(
    R_BIKE,
    f"My ride to work is {yu_each} miles each way. How many kilometres is the round trip?",
    2 * dec(yu_each) * MI / 1000,
)
unit_r(
    R_RAMEN,
    "The chashu recipe says to braise the pork at 200 °F. What is that in Celsius?",
    f_to_c(200),
)
gu_flow = 12
unit_r(
    R_GEOG,
    f"The pupils measured the river's discharge at {gu_flow} cubic metres per second. Express "
    "that in cubic feet per second.",
    gu_flow / CUFT,
)
vu_cc = 1275
unit_r(
    R_CLASSIC,
    f"The Mini Cooper S on my stand has a {vu_cc:,} cc engine. How many cubic inches is that?",
    vu_cc * CC / CUIN,
)
wu_ha = "4.5"
unit_r(
    R_MEADOW,
    f"The meadow restoration scheme covers {wu_ha} hectares. How many acres is that?",
    dec(wu_ha) * HECTARE / ACRE,
)
unit(
    R_DEMO,
    "My demo build is 1.75 GiB. How many MiB is that for the store page?",
    dec("1.75") * GIB / MIB,
    EXACT,
)
unit(
    R_BOSTON,
    "The Boston forecast for my first week says a low of 14 °F. What's that in °C?",
    f_to_c(14),
    EXACT,
)
pu_run = 22
unit_r(
    R_PLUMBER,
    f"The new pipe run from the boiler is {pu_run} feet. How long is that in metres?",
    pu_run * FT,
)
unit_r(
    R_CANADA,
    "The airline allows 23 kg per checked bag. My cousin asked what that is in pounds.",
    23 / LB,
)
unit_r(
    R_SANTA,
    "A roll of the wrapping paper I bought for Secret Santa is 5 metres long. How many feet?",
    5 / FT,
)
unit(
    R_CINEMA,
    "I'm fitting a 120-inch screen (measured diagonally). How many metres is the diagonal?",
    120 * IN,
    EXACT,
)
unit(
    R_AQUAFIT,
    "Our leisure centre pool is 25 yards long. How long is it in metres?",
    25 * YD,
    EXACT,
)
unit_r(
    R_LOCUM,
    "The vaccine fridge's old dial thermometer reads 46 °F. What's that in Celsius?",
    f_to_c(46),
)
unit(
    R_WARD,
    "A patient gave his height as 5 ft 5 in. Put it in metres for the admission form.",
    5 * FT + 5 * IN,
    EXACT,
)
unit_r(
    R_EXAMINER,
    "Part of the test route is a 30 mph zone. What is that limit in km/h?",
    30 * MPH / KMH,
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
    """How many dates from first to last, both included, fall on one of the weekdays wds."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() in wds)


def nth_workday(first, n):
    """The n-th Monday-to-Friday date counting first itself as day 1 (first is a workday)."""
    assert first.weekday() < SAT
    d = first
    seen = 1
    while seen < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            seen += 1
    return d


def tz_of(offset):
    """A fixed offset written like +05:30 or -04:00."""
    sign = -1 if offset[0] == "-" else 1
    hh, mm = (int(x) for x in offset[1:].split(":"))
    return dt.timezone(sign * TD(hours=hh, minutes=mm))


def moment(day, clock, offset):
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=tz_of(offset))


def hours_between(a, b):
    return F(int((b - a).total_seconds()), 3600)


assert nth_workday(D(2030, 3, 8), 2) == D(2030, 3, 11)  # a Friday, then the Monday
assert count_on(D(2030, 3, 4), D(2030, 3, 17), {MON}) == 2
assert hours_between(
    moment(D(2030, 1, 1), "12:00", "+02:00"), moment(D(2030, 1, 1), "12:00", "-01:30")
) == F(7, 2)

# ---- plain datetime questions (14)
date_item(P, "Which weekday did 18 June 1815 fall on?", weekday(D(1815, 6, 18)))
date_item(
    P,
    "How many days after 7 April 2031 is 23 November 2031?",
    days(D(2031, 4, 7), D(2031, 11, 23)),
)
date_item(P, "What date is 100 days after 2030-08-15?", D(2030, 8, 15) + TD(days=100))
dp_fri = D(2031, 12, 12)
date_item(P, f"Which date falls 6 weeks before {sayw(dp_fri)}?", dp_fri - TD(weeks=6))
date_item(
    P,
    "How old is someone born on 29 February 2008 on 1 March 2033, in completed years?",
    age(D(2008, 2, 29), D(2033, 3, 1)),
)
date_item(
    P,
    "How many minutes are there from 21:40 to 06:15 the next morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "what weekday is 1 January 2040", weekday(D(2040, 1, 1)))
date_item(
    P,
    "Counting both the first and last day, how many days run from 2029-12-24 to 2030-02-03?",
    days(D(2029, 12, 24), D(2030, 2, 3)) + 1,
)
date_item(
    P,
    "What's the date of the third Thursday in September 2032?",
    nth_weekday(2032, 9, THU, 3),
)
dp_a, dp_b = D(2032, 1, 5), D(2032, 4, 12)
date_item(P, f"How many weeks are there between {say(dp_a)} and {say(dp_b)}?", weeks(dp_a, dp_b))
date_item(
    P,
    "By how many hours is a clock at +09:30 ahead of a clock at -04:00?",
    hours_between(
        moment(D(2031, 5, 1), "12:00", "+09:30"), moment(D(2031, 5, 1), "12:00", "-04:00")
    ),
)
date_item(P, "Give me the date of the last Monday of May 2033.", nth_weekday(2033, 5, MON, -1))
date_item(
    P,
    "After 9 October 2031, how many days remain until 31 December 2031?",
    days(D(2031, 10, 9), D(2031, 12, 31)),
)
date_item(
    P,
    "How many hours are there from 08:00 on 12 November 2030 to 20:00 on 15 November 2030?",
    F(int((DT(2030, 11, 15, 20) - DT(2030, 11, 12, 8)).total_seconds()), 3600),
)

# ---- registers, datetime (31)
bd_fit, bd_wk = D(2031, 9, 16), 78
date_item(
    R_BRACES,
    f"Her braces were fitted on {sayw(bd_fit)} and the orthodontist reckons {bd_wk} weeks of "
    "treatment. On what date should they come off?",
    bd_fit + TD(weeks=bd_wk),
)
bd_gap, bd_nth = 6, 4
date_item(
    R_BRACES,
    f"Adjustment appointments are every {bd_gap} weeks, the first one {bd_gap} weeks after the "
    f"fitting on {say(bd_fit)}. What date is the {bd_nth}th adjustment?",
    bd_fit + TD(weeks=bd_gap * bd_nth),
)
cd_dep = moment(D(2031, 8, 14), "21:35", "+01:00")
cd_len = TD(hours=12, minutes=50)
date_item(
    R_CABIN,
    "We push back from London at 21:35 local time (+01:00) on 14 August 2031 and the flight "
    "to Singapore is 12 h 50 min. Singapore is on +08:00. What's the local date when we land?",
    (cd_dep + cd_len).astimezone(tz_of("+08:00")).date(),
)
date_item(
    R_CABIN,
    "My duty finished at 19:40 and I report again at 07:10. How many hours of rest is that, "
    "as a decimal?",
    clock_span("19:40", "07:10", 3600),
)
date_item(
    R_STAGE,
    "Tech call starts at 13:30 and the dress run should be down by 22:45. How long is the call "
    "in minutes?",
    clock_span("13:30", "22:45", 60),
)
sd_open, sd_close = D(2032, 2, 3), D(2032, 7, 24)
date_item(
    R_STAGE,
    f"The tour opens on {sayw(sd_open)} and the last performance is on {sayw(sd_close)}. "
    "How many days is that, counting both of those days?",
    days(sd_open, sd_close) + 1,
)
sad_first, sad_last = D(2032, 1, 8), D(2032, 3, 25)
assert sad_first.weekday() == THU and sad_last.weekday() == THU
date_item(
    R_SALSA,
    f"Our improvers' course is every Thursday from {say(sad_first)} to {say(sad_last)}, both "
    "included. How many classes is that?",
    count_on(sad_first, sad_last, {THU}),
)
date_item(
    R_SALSA,
    "The salsa festival in Cali opens on 27 December 2031. What day of the week is that?",
    weekday(D(2031, 12, 27)),
)
kd_order, kd_drop = D(2031, 9, 30), D(2031, 11, 28)
date_item(
    R_SNEAKER,
    f"Pre-ordered on {kd_order.isoformat()}, the release shipped on {kd_drop.isoformat()}. How "
    "many days did I wait?",
    days(kd_order, kd_drop),
)
kd_deliv, kd_window = D(2031, 12, 17), 30
date_item(
    R_SNEAKER,
    f"The buyer received them on {say(kd_deliv)} and has {kd_window} days from delivery to "
    "open a return. What's the last date they can do that?",
    kd_deliv + TD(days=kd_window),
)
td_made, td_life = D(2032, 3, 3), 180
date_item(
    R_LAB,
    f"I made up the indicator solution on {say(td_made)} and it's good for {td_life} days. "
    "What expiry date goes on the label?",
    td_made + TD(days=td_life),
)
date_item(
    R_LAB,
    "The titration practical runs from 10:50 to 12:25. How many minutes do I need the "
    "burettes out for?",
    clock_span("10:50", "12:25", 60),
)
nd_dep = moment(D(2031, 12, 31), "21:30", "-08:00")
nd_arr = moment(D(2032, 1, 2), "06:00", "+13:00")
date_item(
    R_KIWI,
    "We left Los Angeles (-08:00) at 21:30 on 31 December 2031 and landed in Auckland (+13:00) "
    "at 06:00 on 2 January 2032. How many hours were we in the air?",
    hours_between(nd_dep, nd_arr),
)
ld_in, ld_out = D(2032, 8, 14), D(2032, 8, 28)
date_item(
    R_LOCH,
    f"We arrive at the cottage on {sayw(ld_in)} and leave on {sayw(ld_out)}. How many nights "
    "are we paying for?",
    days(ld_in, ld_out),
)
ad_pub, ad_events = D(2032, 4, 22), 7
assert ad_pub.weekday() == THU
date_item(
    R_AUTHOR,
    f"My book comes out on {sayw(ad_pub)} and I've got a bookshop event every Thursday, "
    f"starting that day, {ad_events} in all. When is the last one?",
    ad_pub + TD(weeks=ad_events - 1),
)
md_wed, md_before = D(2032, 6, 19), 5
date_item(
    R_BRIDESMAID,
    f"The wedding is on {say(md_wed)} and the hen do is exactly {md_before} weeks before. "
    "What date should I put on the invitations?",
    md_wed - TD(weeks=md_before),
)
yd_a, yd_b = D(2032, 3, 1), D(2032, 4, 30)
date_item(
    R_BIKE,
    f"If I ride in every Monday to Friday from {say(yd_a)} to {say(yd_b)} inclusive, with no "
    "days off, how many commutes to work is that?",
    count_on(yd_a, yd_b, {MON, TUE, WED, THU, FRI}),
)
date_item(
    R_RAMEN,
    "The tonkotsu broth went on at 07:45 and came off at 23:15. How many hours did it simmer? "
    "Answer as a decimal.",
    clock_span("07:45", "23:15", 3600),
)
gd_trip, gd_lead = D(2032, 5, 20), 18
date_item(
    R_GEOG,
    f"The coastal erosion trip is on {sayw(gd_trip)}, and consent forms are due back "
    f"{gd_lead} days before. What's the deadline?",
    gd_trip - TD(days=gd_lead),
)
vd_reg, vd_show = D(1967, 5, 12), D(2032, 7, 3)
date_item(
    R_CLASSIC,
    f"My car was first registered on {say(vd_reg)}. How old will it be, in whole years, at "
    f"the show on {say(vd_show)}?",
    age(vd_reg, vd_show),
)
wd_sow, wd_wait = D(2031, 9, 21), 230
date_item(
    R_MEADOW,
    f"I sowed the meadow on {say(wd_sow)} and the supplier says the first flowers come "
    f"{wd_wait} days after sowing. Which date is that?",
    wd_sow + TD(days=wd_wait),
)
zd_start, zd_fest = D(2032, 3, 15), D(2032, 6, 7)
date_item(
    R_DEMO,
    f"I start my final polish sprint on {zd_start.isoformat()} and the game festival where the "
    f"demo goes live opens {zd_fest.isoformat()}. How many weeks do I have?",
    weeks(zd_start, zd_fest),
)
od_meet = moment(D(2032, 1, 20), "10:00", "-05:00")
date_item(
    R_BOSTON,
    "My lab meeting is at 10:00 in Boston (-05:00) on 20 January 2032. My old supervisor is in "
    "Berlin on +01:00. What hour is it there, on the 24-hour clock?",
    od_meet.astimezone(tz_of("+01:00")).hour,
)
pd_inv, pd_terms = D(2032, 1, 28), 30
date_item(
    R_PLUMBER,
    f"I dated the invoice {pd_inv.isoformat()} with {pd_terms}-day payment terms. When is it due?",
    pd_inv + TD(days=pd_terms),
)
qd_dep = moment(D(2032, 8, 7), "13:05", "+01:00")
qd_arr = moment(D(2032, 8, 7), "15:50", "-04:00")
date_item(
    R_CANADA,
    "Our flight leaves Manchester (+01:00) at 13:05 on 7 August 2032 and lands in Toronto "
    "(-04:00) at 15:50 the same day. How long is the flight in hours, as a decimal?",
    hours_between(qd_dep, qd_arr),
)
xd_xmas = D(2032, 12, 25)
date_item(
    R_SANTA,
    "We do the Secret Santa swap on the last Friday before Christmas Day 2032. What date is that?",
    max(xd_xmas - TD(days=k) for k in range(1, 8) if (xd_xmas - TD(days=k)).weekday() == FRI),
)
hd_start, hd_n = D(2032, 9, 6), 23
date_item(
    R_CINEMA,
    f"The builders start the cinema room on {sayw(hd_start)} and quote {hd_n} working days, "
    "Monday to Friday, counting the first day. On what date should they finish?",
    nth_workday(hd_start, hd_n),
)
ud_a, ud_b = D(2032, 10, 1), D(2032, 10, 31)
date_item(
    R_AQUAFIT,
    f"Aquafit runs on Tuesdays and Fridays. How many sessions are there from {say(ud_a)} to "
    f"{say(ud_b)} inclusive?",
    count_on(ud_a, ud_b, {TUE, FRI}),
)
date_item(
    R_LOCUM,
    "My Saturday locum shift is 08:30 to 19:00 with a 30-minute unpaid break. Paid hours?",
    clock_span("08:30", "19:00", 3600) - F(1, 2),
)
jd_in, jd_out = D(2032, 11, 27), D(2032, 12, 15)
date_item(
    R_WARD,
    f"Admitted {jd_in.isoformat()}, discharged {jd_out.isoformat()}. How many nights did the "
    "patient stay?",
    days(jd_in, jd_out),
)
date_item(
    R_EXAMINER,
    "A candidate's test is booked for 14 March 2033. What day of the week will that be?",
    weekday(D(2033, 3, 14)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives (100): ten topics of ten
ORDINARY_119 = {
    "ask-rainforest-and-tundra-wonders": (
        "Why do rainforests have such poor soil when so much grows in them?",
        "How do Arctic foxes get through the long polar night out on the tundra?",
        "Why does the water stay two different colours where the Rio Negro meets the Amazon?",
        "Why doesn't permafrost thaw out completely every summer?",
        "How do epiphytes get their nutrients if their roots never touch the ground?",
        "Is it true the Sahara used to be green, and what changed?",
        "Why are there hardly any trees north of the Arctic tree line?",
        "What's the difference between a cloud forest and an ordinary tropical rainforest?",
        "How do lemmings actually cope with winter under the snow?",
        "Why can mangroves grow in salt water when most trees can't?",
    ),
    "ask-flatmate-and-in-law-tact": (
        (
            "My flatmate keeps eating food I've labelled in the fridge. How do I bring it up "
            "without it getting awkward?"
        ),
        (
            "My mother-in-law rearranges my kitchen cupboards every time she visits. Should I say "
            "something or let it go?"
        ),
        "How do I tell my partner's parents we won't be spending Christmas with them this time?",
        (
            "My flatmate's boyfriend has basically moved in but doesn't chip in for bills. How "
            "should I raise it?"
        ),
        (
            "My father-in-law keeps giving us parenting advice nobody asked for. How can I set a "
            "boundary kindly?"
        ),
        "Is it rude to ask a flatmate to stop taking work calls on speaker in the living room?",
        (
            "My sister-in-law didn't invite our kids to her wedding and I'm hurt. How do I handle "
            "it without causing a rift?"
        ),
        "How can I get my flatmate to clean the bathroom more often without sounding like a nag?",
        (
            "My in-laws want to come and stay for most of the summer holidays. How do I negotiate "
            "a shorter visit?"
        ),
        "What's a tactful way to tell my flatmate I've decided to move out?",
    ),
    "ask-wedding-readings-and-leaving-card-lines": (
        (
            "Write a short, funny leaving-card message for a colleague who's quitting to run a "
            "surf school in Cornwall."
        ),
        (
            "Suggest a non-religious reading for a wedding ceremony that takes under two minutes "
            "to read aloud."
        ),
        "Write a four-line verse for my grandparents' diamond wedding anniversary card.",
        (
            "Help me write a toast for my brother's wedding that teases him about his hopeless "
            "sense of direction."
        ),
        (
            "What could I write in the card for a coworker retiring after decades as the office's "
            "unofficial IT fixer?"
        ),
        "Write a short welcome speech to open our village summer fete.",
        "Draft a thank-you note from a shy child to the teacher whose science lessons she loved.",
        (
            "Give me three witty lines for a birthday card for a friend who's obsessed with his "
            "vegetable patch."
        ),
        "Write a brief, heartfelt message for a sympathy card to a neighbour whose old dog died.",
        "Compose a limerick to read out at my friend's PhD graduation party.",
    ),
    "ask-typescript-kotlin-and-css-critique": (
        (
            "Is it bad practice to sprinkle `any` all over a TypeScript codebase just to get it "
            "compiling?"
        ),
        (
            "Review this Kotlin: `val names = users.map { it.name }.filter { it != null }`. Is "
            "there a cleaner way to write it?"
        ),
        "Why does my CSS `z-index: 9999` have no effect on my modal overlay?",
        (
            "What's the difference between `interface` and `type` in TypeScript, and when should "
            "I use each?"
        ),
        "In Kotlin, when should I use a data class rather than a regular class?",
        (
            "Critique this CSS: `.btn { margin-left: -3px !important; }`, which I'm using to line "
            "up a row of buttons."
        ),
        "Why isn't my flexbox vertical centring working when the container has no set height?",
        "Explain TypeScript's `unknown` versus `any`, with a short example of each.",
        "Is using `!!` in Kotlin a code smell, and what should I do instead?",
        "Should I use CSS grid or flexbox for a card layout that needs to wrap onto new rows?",
    ),
    "ask-printing-press-and-canal-age-whys": (
        "Why did the printing press spread so fast across Europe after Gutenberg?",
        "Why were canals built all over Britain before the railways took over?",
        "How did the Reformation benefit from cheap printed pamphlets?",
        "Why did so many canal companies go into decline once railways arrived?",
        "What was life like for families who lived aboard working narrowboats?",
        "Why did early printers publish so much in Latin rather than local languages?",
        "How did the Bridgewater Canal change Manchester?",
        "Why were so many of the earliest printed books produced in Venice?",
        "Why did horses, rather than engines, pull canal boats for so long?",
        (
            "Movable metal type was used in Korea before Europe, so why didn't it take off there "
            "in the same way?"
        ),
    ),
    "ask-podcast-and-video-game-verdicts": (
        "Is the first season of Serial still worth listening to, or has it aged badly?",
        "What's your take: is Breath of the Wild or Tears of the Kingdom the better game?",
        "Recommend a history podcast for someone who prefers storytelling to a lecture style.",
        "Is Elden Ring too punishing for someone who has never played a Soulslike?",
        "Which true-crime podcasts treat victims' families with real respect?",
        "Are cosy farming games like Stardew Valley relaxing, or just chores in disguise?",
        "What, in your opinion, makes a video game soundtrack memorable?",
        "Where should a newcomer start with the Final Fantasy series?",
        "Honestly, what do you think of podcasts that are just two hosts chatting for hours?",
        "Is Hades a good first roguelike for someone new to the genre?",
    ),
    "ask-compost-pond-and-hedge-puzzles": (
        "Why does my compost heap smell of ammonia, and how do I fix it?",
        "My garden pond went green almost overnight. What's causing it?",
        "When can I cut a hawthorn hedge without disturbing nesting birds?",
        "There are fat white grubs in my compost bin. Are they harmful?",
        "How can I stop blanket weed taking over a wildlife pond without chemicals?",
        "My beech hedge hangs on to its brown leaves all winter. Is it dying?",
        "Is it fine to put citrus peel and onion skins into a wormery?",
        "Why do frogs turn up in my pond every spring when it isn't connected to anything?",
        "What's a good native hedge mix for a windy coastal garden?",
        (
            "Should autumn leaves go straight into the compost, or should I make leaf mould "
            "separately?"
        ),
    ),
    "ask-loanword-and-dialect-stories": (
        "Why do Geordies say 'howay'?",
        "Where does the English word 'ketchup' come from?",
        "Why do Americans say 'fall' when most Brits say 'autumn'?",
        "What's the origin of the word 'bungalow'?",
        "Is it true that Scots has dozens of words for rain, and why would that be?",
        "How did the word 'robot' get into English?",
        "Why do people in the West Country say 'where's it to?'",
        "Is 'y'all' a proper plural pronoun, grammatically speaking?",
        "Where does the word 'algebra' come from?",
        "Why does the Welsh 'll' sound so unlike anything in English?",
    ),
    "ask-reptile-and-mammal-quirks": (
        "Why do bearded dragons wave one arm in a slow circle?",
        "How do hedgehogs survive hibernation without eating?",
        "Why do geckos lick their own eyeballs?",
        "Do sea otters really hold paws while they sleep, and why?",
        "Why do snakes flick their tongues in and out so much?",
        "How do bats avoid jamming each other's echolocation in a crowded cave?",
        "Why do giant tortoises live so long?",
        "Why do moles have such huge front paws?",
        "Do chameleons change colour for camouflage, or is that a myth?",
        "How does a platypus find its prey underwater with its eyes shut?",
    ),
    "ask-smart-home-and-streaming-ethics": (
        "Is it ethical to keep a smart speaker listening in a spare room where guests stay?",
        "Is sharing my streaming password with my parents wrong if they live in another house?",
        "Should I tell our cleaner that we have indoor security cameras?",
        "Is it creepy to have a smart doorbell that records the pavement outside my house?",
        "What are the privacy risks of a smart TV with automatic content recognition?",
        "Is it okay to use a VPN to watch a series that isn't available in my country?",
        "Should parents read their teenager's messages on a shared family tablet?",
        "Is it fair for streaming stores to remove films people thought they'd bought?",
        "How should a family agree rules about voice assistants recording the children?",
        "Is it wrong to let an AI write my reviews of holiday rentals?",
    ),
}
for nfam, nqs in ORDINARY_119.items():
    assert len(nqs) == 10, nfam
    for nq in nqs:
        neg(nfam, nq)

# ---- near-negatives (65): shaped like positives, but they need the language model
NEAR_119 = {
    "near-figures-as-labels": (
        ("What's the story behind Route 66, and why is it so famous?", "66 names a road"),
        ("Why was the Boeing 747 nicknamed the Queen of the Skies?", "747 is a model number"),
        ("What went wrong on Apollo 13?", "13 is a mission number"),
        ("Why was the nightclub Studio 54 so famous?", "54 is part of a name"),
        ("Is the M25 really the busiest motorway in Britain?", "M25 is a road number"),
        (
            "Who lives at 221B Baker Street in the stories, and is it a real address?",
            "a house number",
        ),
        ("What are the main themes of Orwell's 1984?", "1984 is a title"),
        ("Why did the United States pick 911 as its emergency number?", "911 is a phone code"),
        ("What makes the Porsche 911's design so recognisable?", "911 is a model name"),
        ("Why do people call the Levi's 501 a classic?", "501 is a product line"),
    ),
    "near-ballpark-guesses": (
        ("Roughly how many piano tuners work in London?", "a Fermi guess with no figures given"),
        ("About how many ping-pong balls would fill a typical living room?", "an estimate"),
        ("Roughly how many slices of toast does a person eat in a lifetime?", "an estimate"),
        ("Ballpark, how many mugs of tea get drunk in Britain each day?", "an estimate"),
        ("Approximately how many hairs are on a human head?", "a fact-based estimate"),
        ("How much does a typical cumulus cloud weigh, roughly?", "an estimate"),
        ("About how many trees are there on Earth?", "an estimate from research"),
        ("How many years would it take to walk around the equator, roughly?", "assumptions"),
        ("Estimate how many footballs are sold worldwide every year.", "an estimate"),
    ),
    "near-why-the-sum-works": (
        ("Why does dividing by a half double a number? Explain it for a ten-year-old.", "why"),
        ("Why does the 'digits add up to a multiple of 9' divisibility test work?", "why"),
        ("Explain without jargon why 5 to the power 0 comes out as 1 rather than 0.", "why"),
        ("Why do you flip the second fraction when dividing fractions?", "explanation"),
        ("Why can't you divide by zero? What actually goes wrong?", "explanation"),
        ("Give me an intuitive reason a negative times a negative is positive.", "why"),
        (
            (
                "Why does the trick for multiplying a two-digit number by 11 (add the digits and "
                "put the sum in the middle) work?"
            ),
            "explanation of a method",
        ),
        ("Why is compound interest so much more powerful than simple interest?", "concept"),
        ("Why does 0.999 recurring equal exactly 1?", "explanation"),
    ),
    "near-code-that-computes": (
        ("Why does `print(0.1 + 0.2)` in Python show 0.30000000000000004?", "float behaviour"),
        (
            "Review my function `def vat(p): return p * 1.2`. Is it okay to use floats for money?",
            "code review",
        ),
        ("In JavaScript, why does `[10, 9, 1].sort()` give `[1, 10, 9]`?", "code behaviour"),
        (
            (
                "My Excel column of `=ROUND(A2*0.175,2)` doesn't add up to the rounded total of "
                "the unrounded column. Why?"
            ),
            "spreadsheet rounding explanation",
        ),
        (
            "Is there a bug in `for i in range(1, 10): total += i` if I wanted 1 to 10?",
            "code review",
        ),
        ("How would I write SQL for the average order value per customer?", "code writing"),
        ("Why does `int('3.5')` raise an error in Python while `float('3.5')` works?", "code"),
        (
            "What's wrong with working out someone's age as `days_alive // 365` in code?",
            "code review",
        ),
        ("Refactor `x = a*b + a*c - a*d` to be more readable.", "code style"),
    ),
    "near-what-the-figures-mean": (
        (
            "My blood pressure reading was 138/88. What does that mean, and should I worry?",
            "health",
        ),
        ("What does a credit score of 720 actually tell a lender?", "interpretation"),
        ("My phone says I walked 12,000 steps. Is that good for heart health?", "interpretation"),
        ("The forecast says a 40% chance of rain. What does that actually mean?", "meaning"),
        ("My tyre sidewall says 205/55 R16 91V. What does each part mean?", "a code to decode"),
        (
            "My mortgage offer shows an APRC of 4.29%. How is that different from the rate?",
            "meaning",
        ),
        ("My daughter is 8 and her reading age is 11. Is that something to act on?", "advice"),
        ("What does an EPC rating of D with a score of 61 mean for a rented flat?", "meaning"),
        ("My resting heart rate is 52. Is that a worry or a sign of fitness?", "health"),
        ("The paint tin says 12 m² per litre. Why does it never seem to go that far?", "why"),
    ),
    "near-worth-the-money": (
        ("Is a £1,200 bean-to-cup coffee machine worth it for a household of two?", "opinion"),
        ("Should I pay £90 for an extended warranty on a £600 washing machine?", "opinion"),
        ("Is a £35 gym membership worth it if I only go once a week?", "judgement"),
        ("Are premium economy seats on a 9-hour flight worth paying double?", "judgement"),
        ("Is it worth paying £250 for a professional CV writer?", "judgement"),
        (
            (
                "For a hilly commute, should I spend £3,000 on a used e-bike or £1,500 on a new "
                "ordinary bike?"
            ),
            "advice",
        ),
        ("Is a £400 robot vacuum worth it with lots of rugs and a long-haired dog?", "opinion"),
        ("Is it worth paying £20 a week more for organic vegetables?", "opinion"),
        ("Are £250 noise-cancelling headphones worth it for a daily train commute?", "opinion"),
    ),
    "near-facts-behind-numbers": (
        ("How tall is Ben Nevis?", "a fact nobody stated"),
        ("In what year did the Channel Tunnel open?", "a historical fact"),
        ("How many bones are there in an adult human body?", "a fact"),
        ("What's the population of Tasmania?", "a fact"),
        ("How far away is the Moon from the Earth on average?", "a fact"),
        ("How many players are on a rugby league team?", "a fact"),
        ("What's the boiling point of water at the top of Aconcagua?", "a fact"),
        ("How many official time zones does Canada have?", "a fact"),
        ("How long is the Great Wall of China?", "a fact"),
    ),
}
for nfam, pairs in NEAR_119.items():
    for nq, nnote in pairs:
        neg(nfam, nq, nnote)

# ---- conversations (35): the last turn still needs the language model
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "We raised £1,840 at the bake sale and £960 from the raffle."),
        (A, "That's £2,800 altogether. Congratulations!"),
        (U, "Can you write a short thank-you post for the school Facebook page mentioning it?"),
    ],
    "writing after the sum is done",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "My 10k time went from 58:20 to 51:45 since January."),
        (A, "That's 6 minutes 35 seconds faster, a big improvement."),
        (U, "Write me a cheerful Instagram caption about it, no hashtags."),
    ],
    "caption writing",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "The team closed 46 tickets this sprint against 31 in the one before."),
        (A, "That's 15 more, an increase of about 48%."),
        (U, "Turn that into a two-sentence shout-out for the team channel."),
    ],
    "writing",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "I've read 52 books since New Year, double my target."),
        (A, "So your target was 26. Well done!"),
        (U, "Write a short, funny haiku about my reading habit."),
    ],
    "poem",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "Our charity walk covered 26 miles and we raised £4,300."),
        (A, "That works out at roughly £165 per mile."),
        (U, "Draft a warm thank-you email to our sponsors."),
    ],
    "email drafting",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "Two rows of potatoes on the allotment gave us 38 kg."),
        (A, "That's 19 kg per row, a good crop."),
        (U, "Write a little poem about the harvest for the allotment newsletter."),
    ],
    "poem",
)
conv(
    "conv-write-it-up-after-the-sum",
    [
        (U, "We'll have been married for a quarter of a century on Saturday."),
        (A, "Your silver anniversary, congratulations!"),
        (U, "Write a toast I can give at the dinner, a bit funny and a bit soppy."),
    ],
    "toast",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "I'm thinking of switching from a fixed-rate to a tracker mortgage."),
        (A, "Happy to help. What rates and fees have you been quoted?"),
        (U, "I don't have the numbers yet. Generally, what should I be weighing up?"),
    ],
    "advice with the figures missing",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "My landlord says he wants to put the rent up."),
        (A, "By how much?"),
        (U, "He hasn't said. How should I approach the conversation before he tells me?"),
    ],
    "advice",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "I've been offered a job in Leeds."),
        (A, "Congratulations! What's the salary?"),
        (U, "It's not confirmed yet. What should I ask them in the meantime?"),
    ],
    "advice",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "I want to start investing some of my savings."),
        (A, "How much are you thinking of putting in?"),
        (U, "I'm not sure yet. What should I learn about before I decide?"),
    ],
    "advice",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "We're choosing between two nurseries for our son."),
        (A, "Do you know what each of them charges?"),
        (U, "We're still waiting for their price lists. What else should we compare?"),
    ],
    "advice",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "I'm planning to go freelance as a copywriter."),
        (A, "Have you worked out a day rate?"),
        (U, "Not yet. How do people usually decide what to charge?"),
    ],
    "advice",
)
conv(
    "conv-advice-before-the-figures-arrive",
    [
        (U, "My energy supplier sent a letter about moving me to a new tariff."),
        (A, "What are the new unit rates and standing charges?"),
        (U, "I haven't opened the attachment. What should I look out for in general?"),
    ],
    "advice",
)
conv(
    "conv-judge-the-result",
    [
        (U, "What's a 15% tip on a £64 bill?"),
        (A, "£9.60."),
        (U, "Is 15% considered generous in the UK, or is it over the top?"),
    ],
    "a verdict on the result",
)
conv(
    "conv-judge-the-result",
    [
        (U, "I put away £3,600 in savings over the year."),
        (A, "That's £300 a month on average."),
        (U, "Is that a decent amount for someone on an average salary?"),
    ],
    "judgement",
)
conv(
    "conv-judge-the-result",
    [
        (U, "My commute would be 47 minutes each way."),
        (A, "So 94 minutes a day in total."),
        (U, "Is that unreasonable? Would you take a job with a commute like that?"),
    ],
    "opinion",
)
conv(
    "conv-judge-the-result",
    [
        (U, "How far is 5 km in miles?"),
        (A, "About 3.11 miles."),
        (U, "Is that a sensible distance for a complete beginner's first race?"),
    ],
    "advice",
)
conv(
    "conv-judge-the-result",
    [
        (U, "We spent £420 on food shopping in four weeks for a family of four."),
        (A, "That's £105 a week."),
        (U, "Does that sound high compared with most families?"),
    ],
    "judgement",
)
conv(
    "conv-judge-the-result",
    [
        (U, "My baby weighed 7 lb 4 oz at birth."),
        (A, "That's about 3.29 kg."),
        (U, "Is that a normal birth weight, and how quickly should she gain?"),
    ],
    "health question",
)
conv(
    "conv-judge-the-result",
    [
        (U, "How many days is it from 1 March 2026 to our wedding on 12 September 2026?"),
        (A, "195 days."),
        (U, "Is that enough time to plan a small wedding, realistically?"),
    ],
    "judgement",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "Quick one: 16 times 35?"),
        (A, "560."),
        (U, "How did you do that so fast? Teach me the mental trick."),
    ],
    "explaining the method",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "What is 100 °F in Celsius?"),
        (A, "About 37.8 °C."),
        (
            U,
            "Why subtract 32 and then multiply by 5/9? Where do those numbers come from?",
        ),
    ],
    "explanation",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "Which weekday was 11 November 1918?"),
        (A, "A Monday."),
        (U, "Is there a way to work that out by hand? Walk me through the method."),
    ],
    "explanation",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "What's 20% off £65?"),
        (A, "£52."),
        (U, "Why isn't taking 20% off the same as dividing by 1.2?"),
    ],
    "explanation",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "How many minutes are there in a week?"),
        (A, "10,080."),
        (U, "Why do we use 24 hours and 60 minutes instead of a decimal system?"),
    ],
    "history and explanation",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "What's the square root of 144?"),
        (A, "12."),
        (U, "Explain what a square root really means, using a picture I can imagine."),
    ],
    "explanation",
)
conv(
    "conv-explain-how-it-was-worked",
    [
        (U, "What does £1,000 grow to at 5% a year compounded annually for three years?"),
        (A, "£1,157.63."),
        (U, "Explain why that isn't just £1,150."),
    ],
    "explanation",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "I've just finished watching 12 Angry Men."),
        (A, "A great film, almost entirely set in one room."),
        (U, "Which other courtroom dramas would you recommend?"),
    ],
    "recommendations",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "Have you read Fahrenheit 451?"),
        (A, "Yes, Ray Bradbury's novel about a society that burns books."),
        (U, "What does the title refer to, and is the science behind it right?"),
    ],
    "literature and fact",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "I'm listening to Adele's album 30."),
        (A, "It's a very personal record."),
        (U, "Which song from it would you start with for someone new to her music?"),
    ],
    "music opinion",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "My book club has picked Catch-22."),
        (A, "A classic satire of war and bureaucracy."),
        (U, "Give me five discussion questions for the meeting."),
    ],
    "writing questions",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "We're watching Ocean's Eleven on Friday."),
        (A, "A fun heist film."),
        (U, "Is Ocean's Twelve worth watching afterwards?"),
    ],
    "opinion",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "I love the song 22 by Taylor Swift."),
        (A, "It's a catchy one."),
        (U, "Suggest some other upbeat pop songs for a birthday playlist."),
    ],
    "recommendations",
)
conv(
    "conv-titles-with-numbers-in",
    [
        (U, "I'm reading One Hundred Years of Solitude."),
        (A, "A landmark of magical realism."),
        (U, "How do I keep track of all the characters called Aureliano?"),
    ],
    "reading advice",
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
    # no register (family name) of this set is a family name of sets 19 to 118
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 118: {reused}"
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
