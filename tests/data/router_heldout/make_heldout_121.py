r"""Generate heldout-2027-04-03.jsonl: a hundred-and-twenty-first held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-03 by a helper session working only in /work/sealed121 (scratch files
there too). The starting point was a copy of the previous set's generator (2045 lines) whose
set-up, helpers and checks had already been adapted for this set (OUT heldout-2027-04-03.jsonl,
PREFIX "ho121-", earlier generators 1-120, register check against sets 19 to 120); only its two
title lines, this provenance, the run line and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  other strings are graded;
- /work/sealed121/earlier_registers.txt (2462 earlier family names), grepped for the key words of
  every candidate name, so that no family of this set repeats one or sits close to one (hits
  such as new_dad_on_shared_parental_leave, first_time_dog_owner, street_party_committee,
  teenager_saving_for_first_car, sneaker_resale_side_hustle and widower_learning_to_cook_for_one
  led to other choices), and at the end compared with all 49 family names of this set (no
  match);
- of the copied script: the docstring, set-up, helpers and the calculator set-up (lines 1-344),
  the units set-up (628-688), the datetime set-up (878-962), the negatives set-up with neg and
  conv (1259-1266), and the weekday check, checks and output (1822-2045).
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines (344 `P = "plain"`, 628, 878 and 1259 the section rules, 688 the blank line after unit_r,
962 the sayus assertion, 1266 the end of conv, 1822 the weekday-check comment) and kept only the
five read ranges, so lines 345-627, 689-877, 963-1258 and 1267-1821 were dropped by line number,
and four new sections were written from scratch in scratch files and spliced in. An unread byte
copy of the original was kept beside them until the end, used only by the splicing script and
by an ast comparison that printed one True or False per kept range (all True: the kept code is
unchanged apart from this docstring and formatting); all scratch files were then deleted. No git
history, web or code search, router, tools, tests, other files under /work/main or other
generators were read (the script imports earlier generators itself, in memory, for its duplicate
and register checks), and no JSONL was read: expected values were reviewed from an in-memory
listing of this script's items (id, expected value, tolerance, query) and from its source.
`ruff check --show-settings` was run once to learn why ruff format rewrapped the set-up: no
configuration is found from /work/sealed121, so ruff's defaults apply (line length 88).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a couple planning a silver
  wedding party, a first-year apprentice electrician, a family relocating to Toronto, an amateur
  training for a first Ironman, a couple renovating a farmhouse in Brittany, a postgrad
  presenting at a Kyoto conference, a retired pair on a Danube river cruise, a chemistry teacher
  planning practicals, a backpacker crossing Vietnam by train, an English teacher newly arrived
  in Seoul, a summer cat sitter with three clients, a summer intern in New York, an amateur
  tracing a family tree, a couple walking the West Highland Way, a teen washing cars for pocket
  money, a night-shift warehouse order picker, a student paying off a first credit card, a
  volunteer running a toddler group, a patient rebuilding after knee surgery, a commuter
  switching to an e-bike, a family planning an Orlando theme park trip, a newly retired teacher
  learning Italian, a couple hiring a motorhome in Iceland, a colleague organising a leaving
  collection and a homeowner taking in a lodger), each register used by all three tools, the
  first six with two items per tool. Phrasing varies: statements, questions, imperatives, notes,
  timesheets, lowercase, symbols (×, ÷, −, √, °C, °F, m², ^) and written-out units, pounds,
  euros, US and Canadian dollars, yen, dong, won and krónur, ISO and written dates with and
  without computed weekdays, clock times, fixed offsets (+01:00, -04:00, +09:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals kept as strings and read with dec(), small
  counts written as words through NUMBER_WORDS): Fraction and Decimal for money and quantities
  (money() asserts whole pence or cents; two items assert which branch of a cap or a
  "whichever is higher" rule applies), exact unit definitions for conversions (from the set-up:
  inch, foot, yard, mile, avoirdupois pound and ounce, acre, square and cubic feet, psi, bar,
  GiB, km/h and mph, Celsius/Fahrenheit; added here: litre, hectare, gram, square inch, the
  international nautical mile and the knot, decimal gigabytes and kelvin), graded exactly when
  the result terminates in at most three decimals and at 0.1% otherwise (unit_auto choosing,
  unit_r asserting that an answer rounded to two decimals still passes), and datetime/date
  arithmetic for dates, weekdays, ages and years of service, spans, inclusive day counts, whole
  weeks, nth and last weekdays, fortnightly and weekly series, counts of weekly sessions,
  working days (nth_workday), clock intervals across midnight less unpaid breaks, and fixed
  offsets converted with tz-aware datetimes (zoned(); one item asks for a flight's minutes, one
  for the calendar date at the other end). Weekdays written next to dates come from the
  computed date (sayw), and the Monday, Tuesday, Saturday and Sunday the prose relies on were
  asserted. No contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as
  a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (coral reef and mangrove wonders, group
  chat and wedding guest dilemmas, best man speeches and farewell poems, Ruby, Elixir and
  PowerShell critique, Viking and Ottoman whys, opera and graphic novel verdicts, mushroom and
  moss musings, nickname and surname origins, octopus and jellyfish oddities, facial recognition
  and gig app ethics), 65 near-negatives shaped like positives but needing the model (numbers
  that are names or titles, ballpark guesses with no figures given, why a rule of arithmetic
  holds, code or formulas that do a calculation, what stated readings mean, whether something
  is worth the money, facts nobody stated, and house rules or conventional notation for
  symbols), and 35 conversations whose last turn asks for writing after a sum, for advice while
  the needed figures are still missing, for a verdict on a result, for the reasoning or a method
  behind an answer, or about works whose titles contain numbers; none ends in a plain exact
  question. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 120,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), the comparison with earlier_registers.txt above, and a check with ast that no
module-level name bound in the new sections rebinds a set-up constant or helper and that no
question function assigns a local that shadows a module-level name (none; the question sections
live in functions, so their figures are local). The first run stopped at unit_r's two-decimal
assertion for 1.2 kg of flour in pounds (2.65 is 0.17% off), so the figure became 1.8 kg; the
second stopped at the LENGTH_IN_MONTHS check, which read "3 Year 9 classes" as a length, so the
chemistry item became "my 3 classes in Year 9". The third run passed every check up to the
duplicate check, which flagged 9 items matching earlier sets word for word (plain questions on
17.5% of 2,380, the days between 3 March and 19 November 2029, 73 kg in pounds and -12 °F in
Celsius; near-negatives on a Python VAT function, the Burj Khalifa's height, Jupiter's moons,
golf balls in a bus and dividing by zero). All were reworded or given new figures (17.5% of
3,160; 8 March to 23 November 2029; 68.5 kg; -13 °F; a function over net prices rounded to the
penny; Taipei 101 against the Shard; Saturn's named moons; tennis balls in a living room; a
ten-year-old asking about dividing by zero), and the run after that passed. A review of the
listing then rewrote a few phrasings ("the two of us" through NUMBER_WORDS, the cat sitter's
third client), and moved the Toronto flight from 13 March to 10 April 2029 (Manchester is not on
+01:00 in mid March), with the residency landing date to match, and set the -18 °C forecast on
a February trip. Ruff check reported 52 ISC004 implicit concatenations in the new sections,
fixed by parenthesising them (the tuple lengths are asserted, so no comma was missing); ruff
format, at its default line length, rewrapped the file, set-up lines included (the ast
comparison shows the code unchanged), after which a byte-length check flagged 8 lines of long
string pieces (most over 99 characters, some only over 99 bytes because of £ and € signs); all
8 were re-split by hand. Ruff check and ruff format were then clean, no line exceeded
99 characters, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_121.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-03.jsonl"
PREFIX = "ho121-"
# earlier generators: sets 1-120 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 121))
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


def money(x):
    """A sum of money, asserted to be a whole number of cents or pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six")

# this set's 25 registers, each used by all three tools (the first six twice per tool)
SILVER = "couple_planning_a_silver_wedding_party"
SPARKY = "first_year_apprentice_electrician"
TORONTO = "family_relocating_to_toronto"
IRONMAN = "amateur_training_for_a_first_ironman"
BRITTANY = "couple_renovating_a_farmhouse_in_brittany"
KYOTO = "postgrad_presenting_at_a_kyoto_conference"
DANUBE = "retired_pair_on_a_danube_river_cruise"
CHEMLAB = "chemistry_teacher_planning_practicals"
VIETNAM = "backpacker_crossing_vietnam_by_train"
SEOUL = "english_teacher_newly_arrived_in_seoul"
CATSIT = "summer_cat_sitter_with_three_clients"
INTERN = "summer_intern_in_new_york"
ROOTS = "amateur_tracing_a_family_tree"
WHW = "couple_walking_the_west_highland_way"
CARWASH = "teen_washing_cars_for_pocket_money"
PICKER = "night_shift_warehouse_order_picker"
CARD = "student_paying_off_a_first_credit_card"
TODDLER = "volunteer_running_a_toddler_group"
KNEE = "patient_rebuilding_after_knee_surgery"
EBIKE = "commuter_switching_to_an_e_bike"
ORLANDO = "family_planning_an_orlando_theme_park_trip"
ITALIAN = "newly_retired_teacher_learning_italian"
ICELAND = "couple_hiring_a_motorhome_in_iceland"
LEAVING = "colleague_organising_a_leaving_collection"
LODGER = "homeowner_taking_in_a_lodger"


def _calculator_plain():
    p, base = "17.5", 3160
    calc(P, f"Work out {p}% of {base:,}.", pct(p) * base)
    a, b = 3847, 26
    calc(P, f"Work out {a:,} × {b}.", a * b)
    sq = 15129
    root = math.isqrt(sq)
    assert root * root == sq
    calc(P, f"√{sq:,} = ?", root)
    b, e = 7, 5
    calc(P, f"what's {b} to the power of {e}", b**e)
    a, b = 9126, 18
    calc(P, f"Divide {a:,} by {b}.", F(a, b))
    xs = (2648, 915, 7307)
    calc(P, f"Add up {xs[0]:,}, {xs[1]} and {xs[2]:,} for me.", sum(xs))
    n, d, of = 4, 5, 1365
    calc(P, f"How much is {n}/{d} of {of:,}?", F(n, d) * of)
    a, b, c, m = 48, 36, 7, 15
    calc(P, f"Calculate ({a} + {b}) ÷ {c} × {m}.", F(a + b, c) * m)
    a, b = 1000, "387.65"
    calc(P, f"{a:,} − {b} = ?", a - dec(b))
    a, b = "0.35", "0.48"
    calc(P, f"What do you get when you multiply {a} by {b}?", dec(a) * dec(b))
    xs = (86, 93, 78, 101, 67)
    calc(
        P,
        f"Find the mean of {', '.join(map(str, xs[:-1]))} and {xs[-1]}.",
        F(sum(xs), len(xs)),
    )
    old, new = 240, 282
    calc(
        P,
        f"A price goes up from {old} to {new}. By what percentage has it risen?",
        F(new - old, old) * 100,
    )
    p, of = "62.5", 1248
    calc(P, f"{p} percent of {of:,} is what?", pct(p) * of)
    a, b = 13, 12
    calc(P, f"What is {a} cubed minus {b} cubed?", a**3 - b**3)


_calculator_plain()


def _calculator_registers():
    # the first six registers, two items each
    room, head, guests = 450, "18.75", 64
    calc(
        SILVER,
        f"Booking the function room for our 25th anniversary do: room hire is £{room} and the "
        f"buffet is £{head} a head. If {guests} guests come, what's the total bill?",
        money(room + dec(head) * guests),
    )
    cake, younger = "327.60", 2
    calc(
        SILVER,
        f"The kids are chipping in for the cake and flowers, £{cake} in all. Our eldest insists "
        f"on paying half, and the other {NUMBER_WORDS[younger]} are splitting the rest evenly "
        "between them. How much does each of the younger ones pay?",
        money(dec(cake) / 2 / younger),
    )
    rate, hours, extra = "7.55", 39, 6
    calc(
        SPARKY,
        f"First-year apprentice rate is £{rate} an hour for a {hours}-hour week and overtime "
        f"is paid at time and a half. I did {extra} hours of overtime this week on top of the "
        f"{hours}. What's my gross pay?",
        money(dec(rate) * hours + dec(rate) * F(3, 2) * extra),
    )
    runs, each, waste = 14, "7.8", 10
    calc(
        SPARKY,
        f"Note for the van: the job needs {runs} cable runs of {each} m each, and the gaffer "
        f"says add {waste}% on top for wastage. How many metres should I pull from stores?",
        runs * dec(each) * (1 + pct(waste)),
    )
    quote, hst = 6840, 13
    calc(
        TORONTO,
        f"The movers quoted C${quote:,} to ship our container to Toronto, plus {hst}% HST. "
        "What's the all-in figure in Canadian dollars?",
        money(quote * (1 + pct(hst))),
    )
    rent, key = 2950, 500
    calc(
        TORONTO,
        f"The rental we want in Leslieville is C${rent:,} a month. The landlord wants first "
        f"and last month's rent up front plus a C${key} key deposit. How much do we need on "
        "signing day?",
        2 * rent + key,
    )
    speed, bike = 32, 180
    calc(
        IRONMAN,
        f"If I can hold {speed} km/h for the whole {bike} km bike leg, how many hours will "
        "the bike take me?",
        F(bike, speed),
    )
    swim, ride, run, before = "3.6", "142.8", "37.6", 160
    total = dec(swim) + dec(ride) + dec(run)
    calc(
        IRONMAN,
        f"Training log: this week I swam {swim} km, rode {ride} km and ran {run} km. Last "
        f"week's total was {before} km. By what percentage did my total distance go up?",
        (total - before) / before * 100,
    )
    per_m2, area, scaff, tva = 38, 146, 2400, 10
    calc(
        BRITTANY,
        f"The couvreur has quoted €{per_m2} per square metre for {area} m² of slate plus "
        f"€{scaff:,} for scaffolding, and renovation work carries {tva}% TVA. What's the "
        "total including TVA?",
        money((per_m2 * area + scaff) * (1 + pct(tva))),
    )
    beams, each, off = 23, "86.50", 8
    calc(
        BRITTANY,
        f"We bought {beams} reclaimed oak beams at €{each} each and the yard gave us {off}% "
        "off for buying more than twenty. What did we pay?",
        money(beams * dec(each) * (1 - pct(off))),
    )
    reg, night, nights, rail = 42000, 13800, 4, 29650
    calc(
        KYOTO,
        f"Budget line for the Kyoto trip: registration ¥{reg:,}, hotel ¥{night:,} a night "
        f"for {nights} nights, and the rail pass ¥{rail:,}. Total in yen?",
        reg + night * nights + rail,
    )
    share, cap, spent = 80, 1500, "1745.60"
    claim = min(pct(share) * dec(spent), cap)
    assert claim < cap  # the cap is stated but not reached
    calc(
        KYOTO,
        f"My department reimburses {share}% of conference costs, capped at £{cap:,}. My "
        f"receipts add up to £{spent}. How much will I get back?",
        money(claim),
    )
    # the other nineteen registers, one item each
    a, b, pax, tip, nights = 64, 79, 2, 15, 8
    calc(
        DANUBE,
        f"On the river cruise we've booked two shore excursions, €{a} and €{b} per person, "
        f"for the {NUMBER_WORDS[pax]} of us, and the gratuity is €{tip} per person per night "
        f"for {nights} nights. How much is that altogether?",
        (a + b) * pax + tip * pax * nights,
    )
    grams, pairs, classes = "2.5", 14, 3
    calc(
        CHEMLAB,
        f"Each pair needs {grams} g of copper sulfate for the crystal practical and I've got "
        f"{pairs} pairs in each of my {classes} classes in Year 9. How many grams should I ask "
        "the technician for?",
        dec(grams) * pairs * classes,
    )
    leg1, leg2, rate = 1150000, 1480000, 31250
    calc(
        VIETNAM,
        f"Soft sleeper Hanoi to Hue was {leg1:,} dong and Hue to Saigon {leg2:,} dong. At "
        f"{rate:,} dong to the pound, how many pounds did the trains cost me?",
        money(F(leg1 + leg2, rate)),
    )
    pay, cut = 2450000, "9.5"
    calc(
        SEOUL,
        f"My hagwon salary is {pay:,} won a month and {cut}% comes off for tax and pension. "
        "What lands in my account?",
        pay * (1 - pct(cut)),
    )
    fee = 14
    a_visits, a_days, b_visits, b_days, c_visits, c_days = 2, 9, 1, 12, 2, 5
    calc(
        CATSIT,
        f"I charge £{fee} a visit. The Patels want {a_visits} visits a day for {a_days} days, "
        f"Mrs Doyle {b_visits} a day for {b_days} days, and the couple at number 40 want "
        f"{c_visits} a day for {c_days} days. What will I earn?",
        fee * (a_visits * a_days + b_visits * b_days + c_visits * c_days),
    )
    bill, tax, tip = "48.00", "8.875", 20
    calc(
        INTERN,
        f"Deli lunch in Midtown came to ${bill} before tax. Sales tax is {tax}% and I'm "
        f"tipping {tip}% of the pre-tax amount. What do I pay in total?",
        money(dec(bill) * (1 + pct(tax) + pct(tip))),
    )
    kit, off, post = 79, 25, "4.95"
    calc(
        ROOTS,
        f"The ancestry DNA kits are £{kit} each with {off}% off when you buy two, plus "
        f"£{post} postage per order. What do two kits in one order cost?",
        money(2 * kit * (1 - pct(off)) + dec(post)),
    )
    route, walk_days, early, first = 154, 8, 22, 3
    calc(
        WHW,
        f"The whole route is {route} km and we're doing it in {walk_days} walking days. If we "
        f"cover {early} km on each of the first {first} days, what's the average per day for "
        "the rest?",
        F(route - early * first, walk_days - first),
    )
    wash, inside, cars, with_inside, kit_cost = 6, 9, 11, 4, "7.80"
    calc(
        CARWASH,
        f"I charge £{wash} a car, or £{inside} if they want the inside hoovered too. On "
        f"Saturday I did {cars} cars and {with_inside} of them had the inside done. I spent "
        f"£{kit_cost} on sponges and shampoo. How much profit did I make?",
        money((cars - with_inside) * wash + with_inside * inside - dec(kit_cost)),
    )
    target, shift, breaks, brk, picks = 160, 10, 2, 30, 1476
    worked = shift - F(breaks * brk, 60)
    calc(
        PICKER,
        f"Target is {target} picks an hour. My shift is {shift} hours with {breaks} unpaid "
        f"{brk}-minute breaks and I did {picks:,} picks. What percentage of target is that?",
        F(picks) / (target * worked) * 100,
    )
    bal, share, floor = 860, 3, 25
    minimum = max(pct(share) * bal, floor)
    assert minimum > floor  # the percentage rule is the one that applies
    calc(
        CARD,
        f"My card balance is £{bal}. The minimum payment is {share}% of the balance or "
        f"£{floor}, whichever is higher. What's the minimum I have to pay?",
        money(minimum),
    )
    fam_fee, extra, fams, kids = "2.50", "0.50", 23, 37
    calc(
        TODDLER,
        f"Stay and play is £{fam_fee} per family, which covers one child, plus £{extra} for "
        f"each extra child. On Tuesday {fams} families came with {kids} children between "
        "them. How much should be in the tin?",
        money(fams * dec(fam_fee) + (kids - fams) * dec(extra)),
    )
    start, step, rises = 40, 5, 3
    calc(
        KNEE,
        f"Physio wants me to add {step}% to the leg press weight each week. I started at "
        f"{start} kg. What will I be pressing after {rises} weekly increases?",
        start * (1 + pct(step)) ** rises,
    )
    price, saving = 1849, 32
    calc(
        EBIKE,
        f"The e-bike is £{price:,} and the cycle-to-work scheme saves me {saving}%. What "
        "does it actually cost me?",
        money(price * (1 - pct(saving))),
    )
    adult, child, adults, children, park_days = 139, 134, 2, 3, 4
    calc(
        ORLANDO,
        f"Park tickets are ${adult} per adult and ${child} per child per day. There are "
        f"{adults} adults and {children} kids and we want {park_days} park days. What's the "
        "ticket total?",
        (adults * adult + children * child) * park_days,
    )
    lessons, each, off = 24, "17.50", 15
    calc(
        ITALIAN,
        f"The evening Italian course is {lessons} lessons at €{each} each, or {off}% less "
        "if I pay for the lot up front. What's the up-front price?",
        money(lessons * dec(each) * (1 - pct(off))),
    )
    night, nights, cover, sharers = 38500, 9, 21900, 2
    calc(
        ICELAND,
        f"The motorhome is {night:,} ISK a night for {nights} nights plus {cover:,} ISK for "
        f"the gravel insurance. Split evenly between the {NUMBER_WORDS[sharers]} of us, how "
        "much each?",
        F(night * nights + cover, sharers),
    )
    pot, gift, card = "287.40", 215, "4.99"
    calc(
        LEAVING,
        f"The leaving collection for Maureen raised £{pot}. The gift was £{gift} and the "
        f"card £{card}, and whatever's left goes to her chosen charity. How much is that?",
        money(dec(pot) - gift - dec(card)),
    )
    weekly, weeks_let, relief = 145, 52, 7500
    calc(
        LODGER,
        f"Rent a Room relief covers £{relief:,} a year. My lodger pays £{weekly} a week and "
        f"stays all {weeks_let} weeks. By how much does the rent go over the relief?",
        weekly * weeks_let - relief,
    )


_calculator_registers()


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
HECTARE = F(10**4)  # m^2
NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
SQIN = IN * IN  # m^2
GRAM = F(1, 1000)  # kg
GB_DECIMAL = 10**9  # bytes

assert KNOT * 3600 / 1000 == dec("1.852") and SQIN * 10**4 == dec("6.4516")


def c_to_k(c):
    return F(c) + dec("273.15")


def unit_auto(family, query, value):
    """Graded exactly when the value terminates in three decimals or fewer, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    kg = "68.5"
    unit_auto(P, f"Convert {kg} kg into pounds.", dec(kg) / LB)
    ft, inch = 5, 11
    unit_auto(
        P,
        f"How many centimetres is {ft} feet {inch} inches?",
        (ft * FT + inch * IN) * 100,
    )
    c = "38.5"
    unit_auto(P, f"What is {c} °C in Fahrenheit?", c_to_f(dec(c)))
    mi = 31
    unit_auto(P, f"{mi} miles expressed in kilometres, please.", mi * MI / 1000)
    m2 = 85
    unit_auto(P, f"How many square feet are there in {m2} square metres?", m2 / SQFT)
    ha = "2.75"
    unit_auto(P, f"Convert {ha} hectares into acres.", dec(ha) * HECTARE / ACRE)
    g = 450
    unit_auto(P, f"{g} grams is how many ounces?", g * GRAM / OZ)
    mph = 65
    unit_auto(P, f"What is {mph} mph in kilometres per hour?", mph * MPH / KMH)
    nm = 12
    unit_auto(P, f"Convert {nm} nautical miles to kilometres.", nm * NMI / 1000)
    gib = 250
    unit_auto(
        P,
        f"How many gigabytes (10^9 bytes) is {gib} GiB?",
        F(gib * GIB, GB_DECIMAL),
    )
    cuft = "3.5"
    unit_auto(P, f"How many litres are in {cuft} cubic feet?", dec(cuft) * CUFT / LITRE)
    f = -13
    unit_auto(P, f"What is {f} °F in Celsius?".replace("-", "−"), f_to_c(f))
    w_ft, l_ft, l_in = 14, 11, 6
    unit_auto(
        P,
        f"A room measures {w_ft} ft by {l_ft} ft {l_in} in. What is its floor area in "
        "square metres?",
        (w_ft * FT) * (l_ft * FT + l_in * IN),
    )
    ft = 6500
    unit_auto(P, f"How many metres is {ft:,} feet?", ft * FT)


_units_plain()


def _units_registers():
    # the first six registers, two items each
    w, l = 40, 20
    unit_auto(
        SILVER,
        f"The marquee firm lists the tent as {w} ft by {l} ft. How many square metres is that?",
        w * FT * l * FT,
    )
    oven = 340
    unit_auto(
        SILVER,
        f"I'm baking the same cake as in 2006 from an American recipe that says {oven} °F. "
        "What's that in Celsius?",
        f_to_c(oven),
    )
    run_ft = 85
    unit_auto(
        SPARKY,
        f"The old drawing gives the cable run as {run_ft} ft. How many metres is that?",
        run_ft * FT,
    )
    height_in = 18
    unit_auto(
        SPARKY,
        f"The client's old plans put the sockets {height_in} inches above the floor. What's "
        "that in millimetres?",
        height_in * IN * 1000,
    )
    sqft = 745
    unit_auto(
        TORONTO,
        f"The condo listing says {sqft} sq ft. How many square metres is that, so we can "
        "compare it with our flat in Leeds?",
        sqft * SQFT,
    )
    c = -18
    unit_auto(
        TORONTO,
        f"The forecast for our February house-hunting trip to Toronto says {c} °C. What's "
        "that in Fahrenheit, for my mum who lives in Florida?".replace("-", "−", 1),
        c_to_f(c),
    )
    swim_mi = "2.4"
    unit_auto(
        IRONMAN,
        f"The Ironman swim is {swim_mi} miles. How many metres is that?",
        dec(swim_mi) * MI,
    )
    kmh = "33.5"
    unit_auto(
        IRONMAN,
        f"My bike computer showed a {kmh} km/h average on the long ride. What's that in mph?",
        dec(kmh) * KMH / MPH,
    )
    ha = "0.85"
    unit_auto(
        BRITTANY,
        f"The farmhouse comes with {ha} hectares of land. Our friends back home keep asking "
        "how many acres that is.",
        dec(ha) * HECTARE / ACRE,
    )
    a_in, b_in = 9, 7
    unit_auto(
        BRITTANY,
        f"The old beams are {a_in} inches by {b_in} inches in section. What's the "
        "cross-section in square centimetres?",
        a_in * b_in * SQIN * 10**4,
    )
    miles = 5930
    unit_auto(
        KYOTO,
        f"The flight from London to Osaka is about {miles:,} miles. How many kilometres is "
        "that for my travel claim?",
        miles * MI / 1000,
    )
    bath = 42
    unit_auto(
        KYOTO,
        f"The ryokan keeps its bath at {bath} °C. What is that in Fahrenheit?",
        c_to_f(bath),
    )
    # the other nineteen registers, one item each
    knots = 11
    unit_auto(
        DANUBE,
        f"The captain says we cruise at {knots} knots. How fast is that in km/h?",
        knots * KNOT / KMH,
    )
    bath_c = 65
    unit_auto(
        CHEMLAB,
        f"The water bath for the enzyme practical is set to {bath_c} °C. What is that in "
        "kelvin for the worksheet?",
        c_to_k(bath_c),
    )
    km = 1726
    unit_auto(
        VIETNAM,
        f"The Reunification Express covers {km:,} km from Hanoi to Saigon. How many miles is that?",
        km * 1000 / MI,
    )
    m2 = 33
    unit_auto(
        SEOUL,
        f"My officetel in Seoul is {m2} square metres. Mum wants to know in square feet.",
        m2 / SQFT,
    )
    lb = 4
    unit_auto(
        CATSIT,
        f"The bag of Biscuit's dry food is {lb} lb. How many grams is that?",
        lb * LB / GRAM,
    )
    f = 91
    unit_auto(
        INTERN,
        f"The weather app in Manhattan says {f} °F. What's that in Celsius?",
        f_to_c(f),
    )
    ft, inch = 5, "7.5"
    unit_auto(
        ROOTS,
        f"Great-grandad's army record gives his height as {ft} ft {inch} in. How tall was he "
        "in centimetres?",
        (ft * FT + dec(inch) * IN) * 100,
    )
    m = 1345
    unit_auto(
        WHW,
        f"Ben Nevis is {m:,} m high. How many feet is that?",
        m / FT,
    )
    psi = 2175
    unit_auto(
        CARWASH,
        f"The pressure washer I bought second-hand is rated at {psi:,} psi. How many bar is that?",
        psi * PSI / BAR,
    )
    box_lb = 33
    unit_auto(
        PICKER,
        f"The cartons on aisle 14 are marked {box_lb} lb each. What's one carton in kilograms?",
        box_lb * LB,
    )
    mi = "2.4"
    unit_auto(
        CARD,
        f"I've started walking the {mi} miles to campus to save on bus fares. How many "
        "kilometres is that?",
        dec(mi) * MI / 1000,
    )
    litres = 450
    unit_auto(
        TODDLER,
        f"The paddling pool for the summer session holds {litres} litres. How many cubic feet "
        "is that?",
        litres * LITRE / CUFT,
    )
    kg = 10
    unit_auto(
        KNEE,
        f"I've been told not to lift more than {kg} kg for a while. How many pounds is that?",
        kg / LB,
    )
    kmh = 25
    unit_auto(
        EBIKE,
        f"The motor assistance cuts out at {kmh} km/h. What's that in miles per hour?",
        kmh * KMH / MPH,
    )
    ride_in = 48
    unit_auto(
        ORLANDO,
        f"The coaster's minimum height is {ride_in} inches. What is that in centimetres?",
        ride_in * IN * 100,
    )
    flour = "1.8"
    unit_auto(
        ITALIAN,
        f"The focaccia recipe from my Italian class uses {flour} kg of flour. How many pounds "
        "is that?",
        dec(flour) / LB,
    )
    gust = 24
    unit_auto(
        ICELAND,
        f"The road authority warns of gusts of {gust} m/s on the south coast. What's that in km/h?",
        gust / KMH,
    )
    cm = 70
    unit_auto(
        LEAVING,
        f"The framed print we chose for her is {cm} cm wide. How wide is that in inches?",
        F(cm, 100) / IN,
    )
    a_ft, a_in, b_ft, b_in = 11, 3, 9, 8
    unit_auto(
        LODGER,
        f"The spare room is {a_ft} ft {a_in} in by {b_ft} ft {b_in} in. What's the floor area "
        "in square metres for the listing?",
        (a_ft * FT + a_in * IN) * (b_ft * FT + b_in * IN),
    )


_units_registers()


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


def offset_text(hours):
    """A whole-hour fixed offset written like +09:00 or -04:00."""
    sign = "+" if hours >= 0 else "-"
    return f"{sign}{abs(hours):02d}:00"


def zoned(day, clock, hours):
    """A clock time on a day at a fixed whole-hour offset, as an aware datetime."""
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=dt.timezone(TD(hours=hours)))


def nth_workday(start, n):
    """The n-th Monday-to-Friday day, counting start (itself a weekday) as the first."""
    assert start.weekday() < SAT
    d, count = start, 1
    while count < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            count += 1
    return d


assert offset_text(-4) == "-04:00" and offset_text(9) == "+09:00"
assert nth_workday(D(2030, 1, 4), 2) == D(2030, 1, 7)  # a Friday, then the Monday after
assert zoned(D(2030, 1, 1), "09:00", 9) == zoned(D(2030, 1, 1), "00:00", 0)


def _datetime_plain():
    d = D(2031, 8, 17)
    date_item(P, f"Which day of the week is {say(d)}?", weekday(d))
    a, b = D(2029, 3, 8), D(2029, 11, 23)
    date_item(P, f"How many days separate {say(a)} and {say(b)}?", days(a, b))
    n, d = 250, D(2030, 1, 12)
    date_item(P, f"What date is {n} days after {say(d)}?", d + TD(days=n))
    n, d = 90, D(2028, 6, 5)
    date_item(P, f"What was the date {n} days before {say(d)}?", d - TD(days=n))
    born, on = D(1987, 8, 28), D(2029, 5, 1)
    date_item(P, f"Someone born on {say(born)} is how old on {say(on)}?", age(born, on))
    a, b = D(2031, 1, 6), D(2031, 4, 14)
    date_item(P, f"How many weeks is it from {say(a)} to {say(b)}?", weeks(a, b))
    y, m, k = 2032, 9, 3
    date_item(
        P,
        f"What is the date of the third Thursday in {calendar.month_name[m]} {y}?",
        nth_weekday(y, m, THU, k),
    )
    y, m = 2030, 5
    date_item(
        P,
        f"Give me the date of the last Monday of {calendar.month_name[m]} {y}.",
        nth_weekday(y, m, MON, -1),
    )
    a, b = "22:35", "04:50"
    date_item(P, f"How many minutes are there from {a} to {b}?", clock_span(a, b, 60))
    a, b = D(2028, 12, 27), D(2029, 1, 9)
    date_item(
        P,
        f"Counting both the first and last day, how many days run from {say(a)} to {say(b)}?",
        days(a, b) + 1,
    )
    d, n = D(2033, 2, 14), 45
    date_item(P, f"{d.isoformat()} plus {n} days = ?", d + TD(days=n))
    d = D(2040, 2, 1)
    date_item(P, f"{say(d)}: what weekday is that?", weekday(d))
    a = DT(2030, 7, 3, 9, 15)
    b = DT(2030, 7, 5, 17, 45)
    date_item(
        P,
        f"How many hours are there from {a:%H:%M} on {say(a.date())} to {b:%H:%M} on "
        f"{say(b.date())}?",
        F(int((b - a).total_seconds()), 3600),
    )
    n, d = 16, D(2029, 9, 28)
    date_item(P, f"What date falls {n} weeks after {say(d)}?", d + TD(weeks=n))


_datetime_plain()


def _datetime_registers():
    # the first six registers, two items each
    wed, nth = D(2006, 8, 12), 25
    date_item(
        SILVER,
        f"We got married on {sayw(wed)}. What day of the week does our {nth}th anniversary "
        "fall on?",
        weekday(wed.replace(year=wed.year + nth)),
    )
    party, ahead = D(2031, 8, 9), 8
    assert party.weekday() == SAT
    date_item(
        SILVER,
        f"The party is on {sayw(party)} and the invitations should go out {ahead} weeks "
        "before. What date do I need to post them by?",
        party - TD(weeks=ahead),
    )
    first, nth = D(2028, 9, 11), 10
    assert first.weekday() == MON
    date_item(
        SPARKY,
        f"College block release is every other Monday, starting {sayw(first)}. What's the "
        f"date of my {nth}th college day?",
        first + TD(weeks=2 * (nth - 1)),
    )
    clock_in, clock_out, lunch = "07:30", "16:15", 45
    date_item(
        SPARKY,
        f"Timesheet: in at {clock_in}, out at {clock_out}, with a {lunch}-minute unpaid "
        "lunch. How many hours do I put down as worked?",
        clock_span(clock_in, clock_out, 3600) - F(lunch, 60),
    )
    fly = D(2029, 4, 10)
    dep, dep_off, arr, arr_off = "13:40", 1, "16:25", -4
    date_item(
        TORONTO,
        f"Our flight leaves Manchester at {dep} local time ({offset_text(dep_off)}) on "
        f"{say(fly)} and lands in Toronto at {arr} local time ({offset_text(arr_off)}) the "
        "same day. How many minutes are we in the air?",
        F(
            int((zoned(fly, arr, arr_off) - zoned(fly, dep, dep_off)).total_seconds()),
            60,
        ),
    )
    landed, need = D(2029, 4, 10), 1095
    date_item(
        TORONTO,
        f"We land as permanent residents on {say(landed)} and need {need:,} days of physical "
        "presence before applying for citizenship. Counting the landing day as day 1 and "
        f"never leaving Canada, on what date is day {need:,}?",
        landed + TD(days=need - 1),
    )
    race, plan = D(2030, 7, 21), 30
    assert race.weekday() == SUN
    date_item(
        IRONMAN,
        f"My plan is {plan} full Monday-to-Sunday weeks, and the final Sunday is race day, "
        f"{sayw(race)}. What date is the very first Monday of the plan?",
        race - TD(weeks=plan) + TD(days=1),
    )
    gun, finish = "07:05", "20:47"
    date_item(
        IRONMAN,
        f"The swim start was at {gun} and I crossed the finish line at {finish}. How many "
        "minutes was I out on the course?",
        clock_span(gun, finish, 60),
    )
    acte, gap = D(2029, 10, 18), 96
    date_item(
        BRITTANY,
        f"The final signing at the notaire's is on {say(acte)}, and the compromis de vente "
        f"was signed {gap} days before that. On what date did we sign the compromis?",
        acte - TD(days=gap),
    )
    start, n = D(2030, 1, 7), 63
    date_item(
        BRITTANY,
        f"The builders start on {sayw(start)} and have quoted {n} working days, Monday to "
        "Friday, with no holidays in between and the first day counting as day 1. On what "
        "date should they finish?",
        nth_workday(start, n),
    )
    talk_day, talk_at, kyoto_off, ny_off = D(2029, 10, 3), "07:00", 9, -4
    date_item(
        KYOTO,
        f"My session in Kyoto is at {talk_at} on {say(talk_day)}, local time "
        f"({offset_text(kyoto_off)}). My supervisor is watching the stream from New York "
        f"({offset_text(ny_off)}). What date will it be for her when the session starts?",
        zoned(talk_day, talk_at, kyoto_off).astimezone(dt.timezone(TD(hours=ny_off))).date(),
    )
    due, sent = D(2029, 5, 14), D(2029, 3, 2)
    date_item(
        KYOTO,
        f"The abstract deadline was {say(due)} and I submitted on {say(sent)}. How many days "
        "early was I?",
        days(sent, due),
    )
    # the other nineteen registers, one item each
    board, nights = D(2031, 9, 14), 8
    date_item(
        DANUBE,
        f"We board in Budapest on {sayw(board)} for an {nights}-night cruise. What date do "
        "we disembark?",
        board + TD(days=nights),
    )
    set_up, grow = D(2031, 2, 24), 19
    date_item(
        CHEMLAB,
        f"The copper sulfate crystals need {grow} days to grow. If the class sets them up on "
        f"{say(set_up)}, on what date will they be ready to harvest?",
        set_up + TD(days=grow),
    )
    leave, arrive = "19:30", "12:52"
    date_item(
        VIETNAM,
        f"The overnight train leaves Hanoi at {leave} and pulls into Da Nang at {arrive} the "
        "next day. How many minutes is the journey?",
        clock_span(leave, arrive, 60),
    )
    start, length = D(2030, 3, 3), 365
    date_item(
        SEOUL,
        f"My contract runs for {length} days, counting {say(start)} as the first day. What "
        "is the last day of the contract?",
        start + TD(days=length - 1),
    )
    a, b = D(2031, 7, 25), D(2031, 8, 10)
    date_item(
        CATSIT,
        f"The Patels are away from {sayw(a)} to {sayw(b)} and want visits on every one of "
        "those days, both ends included. How many days is that?",
        days(a, b) + 1,
    )
    start, n_weeks = D(2026, 6, 8), 10
    assert start.weekday() == MON
    date_item(
        INTERN,
        f"The internship is {n_weeks} weeks of Monday-to-Friday work, starting {sayw(start)}. "
        "What is the date of my final Friday?",
        start + TD(weeks=n_weeks - 1, days=FRI - MON),
    )
    born, died = D(1871, 4, 3), D(1952, 1, 19)
    date_item(
        ROOTS,
        f"The parish records say great-great-grandma was born on {say(born)} and died on "
        f"{say(died)}. How old was she when she died?",
        age(born, died),
    )
    setoff, arrive_day = D(2029, 5, 26), 8
    date_item(
        WHW,
        f"We set off from Milngavie on {say(setoff)} and plan to walk into Fort William on "
        f"day {arrive_day}, counting the first day as day 1. What day of the week will that "
        "be?",
        weekday(setoff + TD(days=arrive_day - 1)),
    )
    a, b = D(2031, 4, 5), D(2031, 9, 27)
    assert a.weekday() == SAT and b.weekday() == SAT
    date_item(
        CARWASH,
        f"I've done car washes every Saturday from {sayw(a)} to {sayw(b)}, both included. "
        "How many Saturdays is that?",
        weeks(a, b) + 1,
    )
    start, end, brk = "21:45", "06:30", 30
    date_item(
        PICKER,
        f"My night shift runs from {start} to {end} with a {brk}-minute unpaid break. How "
        "many paid hours is that per shift?",
        clock_span(start, end, 3600) - F(brk, 60),
    )
    statement, grace = D(2030, 10, 23), 25
    date_item(
        CARD,
        f"My card statement is dated {say(statement)} and payment is due {grace} days "
        "after the statement date. When is it due?",
        statement + TD(days=grace),
    )
    first, cutoff = D(2031, 1, 7), D(2031, 4, 1)
    assert first.weekday() == TUE
    sessions = len(range(0, days(first, cutoff), 7))
    date_item(
        TODDLER,
        f"Our group meets every Tuesday, starting {sayw(first)}, and the spring term's "
        f"sessions stop before {say(cutoff)}. How many sessions are there in the term?",
        sessions,
    )
    op, no_drive = D(2030, 3, 12), 6
    date_item(
        KNEE,
        f"My knee operation was on {say(op)} and the surgeon said no driving for {no_drive} "
        "weeks from the operation day. From what date am I allowed to drive again?",
        op + TD(weeks=no_drive),
    )
    bought, payments = D(2031, 1, 29), 52
    first_friday = bought + TD(days=(FRI - bought.weekday()) % 7 or 7)
    date_item(
        EBIKE,
        f"I got the e-bike on {say(bought)}. The scheme takes {payments} weekly salary "
        "deductions, on Fridays, starting with the first Friday after the purchase date. "
        "What's the date of the last deduction?",
        first_friday + TD(weeks=payments - 1),
    )
    first_use, valid = D(2030, 8, 2), 14
    date_item(
        ORLANDO,
        f"Our park tickets are valid for {valid} consecutive days counting the day of first "
        f"use as day 1. If we first use them on {say(first_use)}, what's the last day we can "
        "use them?",
        first_use + TD(days=valid - 1),
    )
    start, lessons = D(2031, 10, 2), 24
    date_item(
        ITALIAN,
        f"My Italian class meets once a week, starting {sayw(start)}, for {lessons} lessons "
        "with no breaks. What date is the last lesson?",
        start + TD(weeks=lessons - 1),
    )
    pick_up, drop_off = D(2030, 6, 16), D(2030, 6, 27)
    date_item(
        ICELAND,
        f"The motorhome firm charges for every calendar day we have the van, pick-up and "
        f"drop-off days included. We collect on {say(pick_up)} and return it on "
        f"{say(drop_off)}. How many days are we charged for?",
        days(pick_up, drop_off) + 1,
    )
    joined, leaves = D(2007, 9, 3), D(2031, 2, 28)
    date_item(
        LEAVING,
        f"Maureen joined the firm on {say(joined)} and her last day is {say(leaves)}. How "
        "many complete years of service will she have, for the speech?",
        age(joined, leaves),
    )
    notice, notice_days = D(2032, 3, 3), 28
    date_item(
        LODGER,
        f"My lodger gave notice on {say(notice)}, and our agreement says she can leave "
        f"{notice_days} days after the day notice is given. What date is that?",
        notice + TD(days=notice_days),
    )


_datetime_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY_TOPICS = {
    "ask-coral-reef-and-mangrove-wonders": (
        "Why do coral reefs turn white when the sea warms up, and can a bleached reef recover?",
        "How do mangrove trees cope with having their roots sitting in salty water all day?",
        "What gives some tropical beaches their pink sand?",
        "Why is the water over a healthy reef so clear when the reef is packed with life?",
        "Is it really true that a lot of white beach sand has passed through parrotfish?",
        "How does a ring-shaped coral atoll end up in the middle of the open ocean?",
        (
            "Why are mangrove forests said to protect coasts from storm surges, sometimes better "
            "than concrete sea walls?"
        ),
        "What's the actual difference between hard corals and soft corals?",
        "Why do seagrass meadows matter so much to turtles and dugongs?",
        "Baby reef fish drift off as larvae, so how do they ever find their way back to a reef?",
    ),
    "ask-group-chat-and-wedding-guest-dilemmas": (
        (
            "My cousin invited me to her wedding but not my partner of four years. Should I go on "
            "my own or politely decline?"
        ),
        (
            "How do I leave the extended family group chat, which is now mostly arguments, "
            "without it turning into a drama?"
        ),
        (
            "A friend sends me voice notes that run to ten minutes. How can I ask her to text "
            "instead without hurting her feelings?"
        ),
        (
            "Would it be rude to wear a mostly white dress with a blue floral print to a friend's "
            "wedding?"
        ),
        (
            "My best friend asked me to be her bridesmaid, but I can't afford the hen weekend in "
            "Ibiza. How do I tell her?"
        ),
        (
            "Someone on the team channel keeps replying to everyone with memes. Is it my place to "
            "say something, and how?"
        ),
        (
            "I asked a friend to be my groomsman years ago and he didn't ask me to be his. Is it "
            "petty to feel hurt?"
        ),
        (
            "The street's WhatsApp group has started moaning about my dog barking. How should I "
            "reply without making it worse?"
        ),
        (
            "I'm not drinking at the stag do. Should I announce it in the group chat first or "
            "just quietly order soft drinks on the night?"
        ),
        (
            "How do we politely ask our wedding guests not to post photos online before we've "
            "shared our own?"
        ),
    ),
    "ask-best-man-speeches-and-farewell-poems": (
        (
            "Write a clean opening line for a best man's speech that pokes fun at the groom's "
            "hopeless sense of direction."
        ),
        (
            "Can you write a four-line poem for our school caretaker, who is retiring after "
            "decades of fixing everything?"
        ),
        "Help me write a toast for my sister's engagement party that's warm but not soppy.",
        "Write a limerick about a spaniel who steals socks, for my nephew's birthday card.",
        "Draft a short farewell note to the neighbours who are emigrating to Perth.",
        (
            "I need a funny but kind closing line for Bev's leaving speech; she has run our "
            "office like a ship's captain."
        ),
        "Write a haiku about the first frost on the allotment.",
        ("Suggest a few heartfelt sentences for a card to a friend whose old horse has just died."),
        "Write a rhyming invitation for a 1920s-themed birthday party.",
        "Give me a two-minute welcome speech to open our village fete.",
    ),
    "ask-ruby-elixir-and-powershell-critique": (
        "In Ruby, is it bad style to use `and` and `or` instead of `&&` and `||`? Why?",
        (
            "Is `Enum.reduce(list, 0, fn x, acc -> x + acc end)` idiomatic Elixir, or is there "
            "a cleaner way to write it?"
        ),
        (
            "PowerShell says 'running scripts is disabled on this system'. What's the safe way to "
            "allow my own scripts without opening everything up?"
        ),
        "When should I use a symbol rather than a string in Ruby?",
        ("For a simple shared counter in Elixir, is a GenServer overkill compared with an Agent?"),
        (
            "`Get-ChildItem -Recurse | Where-Object { $_.Length -gt 1MB }` crawls on a big share. "
            "How can I make it faster?"
        ),
        (
            "Why do Elixir programmers love the pipe operator, and when does it make code harder "
            "to read?"
        ),
        "In a Rails app, when does logic belong in a service object rather than the model?",
        "Critique this Ruby method name and suggest better ones: `def do_stuff_and_save!(x)`.",
        "Why does PowerShell use `-eq` and `-gt` instead of `==` and `>`?",
    ),
    "ask-viking-and-ottoman-whys": (
        "Why did the Vikings start raiding the English coast at the end of the eighth century?",
        "How did the Ottomans hold together such a large empire of so many faiths for so long?",
        "Why did the Norse settlements in Greenland eventually disappear?",
        "What made Constantinople so hard to capture until 1453?",
        "What made Viking longships so good on both open sea and rivers?",
        "Why did the Ottoman Empire end up on Germany's side in the First World War?",
        "How did Viking settlers shape the place names of Yorkshire and the north of England?",
        "Who were the Janissaries, and why were they eventually abolished?",
        "Did Vikings really wear horned helmets, and where did that image come from?",
        "Why is Suleiman remembered both as 'the Magnificent' and as 'the Lawgiver'?",
    ),
    "ask-opera-and-graphic-novel-verdicts": (
        "Is La Bohème a good first opera for someone who has never been to one?",
        "Is Maus still the best book for persuading a sceptic that comics can be literature?",
        "For an opera beginner, would you pick The Magic Flute or Rigoletto, and why?",
        "Does Watchmen still hold up, or does it feel like a product of the eighties now?",
        "Is a cinema screening of a Met opera a decent substitute for seeing it live?",
        "Is the ending of Persepolis hopeful or bleak, in your view?",
        "Should I read The Sandman from the start, or can I dip into a later volume?",
        "Is Wagner's Ring cycle genuinely a masterpiece or mostly an endurance test?",
        "Which graphic novel would you give a twelve-year-old who loves history?",
        "Does the story of Carmen feel too dated for a modern audience?",
    ),
    "ask-mushroom-and-moss-musings": (
        "Why do rings of mushrooms appear on lawns, seemingly overnight?",
        "Is moss on a slate roof actually harmful or just untidy?",
        "How and why do some mushrooms glow in the dark?",
        "How can I get moss to grow on a shady stone wall in the garden?",
        "Why do fungi seem to burst out after autumn rain?",
        "Are the little brown mushrooms on my lawn dangerous to a curious puppy?",
        "What is the difference between a lichen and a moss?",
        "Does moss really grow mostly on the north side of trees, or is that a myth?",
        "Do trees really 'talk' to each other through fungi, or is that overblown?",
        "Should I scarify the moss out of my lawn in spring or in autumn?",
    ),
    "ask-nickname-and-surname-origins": (
        "How did Bob come to be short for Robert?",
        "Where does the surname Smith come from, and why is it so common?",
        "Why were men called Richard once nicknamed Dick?",
        "What's the origin of the surname Fitzgerald?",
        "Why is Jack a nickname for John when the names look so different?",
        "Where do the Mac and Mc at the start of Scottish and Irish surnames come from?",
        "How on earth did Peggy become a nickname for Margaret?",
        "What does a surname like Baker or Thatcher tell us about someone's ancestors?",
        "Why do Icelandic surnames end in -son or -dóttir?",
        "How did Ned become short for Edward?",
    ),
    "ask-octopus-and-jellyfish-oddities": (
        "How can an octopus match its background so well if it can't see colour?",
        "Is there really a jellyfish that can live forever?",
        "What are the three hearts of an octopus each for?",
        "How does a jellyfish manage to swim and hunt with no brain?",
        "Why do box jellyfish need eyes?",
        "Why do octopuses in aquariums try to escape from their tanks?",
        "Are jellyfish blooms getting more common, and if so why?",
        "Is there any evidence that octopuses dream while they sleep?",
        "How is a Portuguese man o' war different from a true jellyfish?",
        "Does octopus ink actually fool predators, and how?",
    ),
    "ask-facial-recognition-and-gig-app-ethics": (
        "Is it ethical for supermarkets to use facial recognition to spot known shoplifters?",
        ("Should delivery apps be allowed to deactivate riders by algorithm with no human review?"),
        "Would it be fair for a ride app to charge more when it knows your battery is low?",
        "Should police use live facial recognition outside football grounds?",
        "Is it fair for an app to count customers' tips towards a courier's guaranteed pay?",
        "Should schools use face scanning to speed up the lunch queue?",
        "Is it wrong to give a courier a low rating for a late order that wasn't their fault?",
        "Should gig workers be treated as employees rather than self-employed?",
        ("Is a gym that uses face scans instead of membership cards being creepy or just modern?"),
        "Should dating apps require face scans to verify users, given the privacy risks?",
    ),
}


def _ordinary_negatives():
    for family, queries in ORDINARY_TOPICS.items():
        assert len(queries) == 10, family
        for q in queries:
            neg(family, q)


_ordinary_negatives()

NEAR = {
    "near-numbers-that-are-labels": (
        "numbers used as names or titles; the question is about what they refer to",
        (
            "What went wrong on Apollo 13, and why is it called a successful failure?",
            "Why is 2001: A Space Odyssey thought of as such an influential film?",
            "Why is the M25 called the M25? Is there a system behind motorway numbers?",
            "Why does Route 66 loom so large in American culture?",
            "What does Psalm 23 say, and why is it read at so many funerals?",
            "What did the 7 in 7-Eleven originally refer to?",
            "Why is the emergency number 999 in Britain but 911 in America?",
            "Where does the phrase Catch-22 come from, and is the novel worth reading?",
            "Why is the perfume called Chanel No. 5?",
        ),
    ),
    "near-guesses-with-nothing-given": (
        "ballpark estimates where no figures are given; needs world knowledge and reasoning",
        (
            "Roughly how many tennis balls would it take to fill an average living room?",
            "About how many words does a typical person say in a day?",
            "How many grains of sand might there be on Brighton beach, very roughly?",
            "How would you estimate how many piano tuners work in Manchester?",
            "Ballpark: how much tea does Britain get through in a day?",
            "About how many hairs are there on a human head?",
            "Roughly how many bricks go into a three-bedroom semi-detached house?",
            "How long would it take to walk all the way round the equator, if you could?",
        ),
    ),
    "near-why-the-arithmetic-works": (
        "asks why a rule of arithmetic holds, not for a value",
        (
            "Why does multiplying two negative numbers give a positive one?",
            "Why does adding up a number's digits tell you whether it divides by 9?",
            (
                "My ten-year-old asked why dividing by zero isn't allowed. How do I explain it "
                "to her?"
            ),
            "Is 0.999 recurring really equal to 1? Why?",
            "Why is any number to the power zero equal to 1?",
            "Why do we turn the second fraction upside down when dividing fractions?",
            "Why does the trick for multiplying a two-digit number by 11 work?",
            "Why doesn't a 20% rise followed by a 20% cut get you back where you started?",
        ),
    ),
    "near-code-that-does-sums": (
        "asks for or about code that does a calculation; the answer is code or an explanation",
        (
            (
                "Write a Python function that takes a list of net prices and returns them "
                "with 20% VAT added, rounded to the penny."
            ),
            (
                "My Excel formula =SUM(A1:A10)/COUNT(A1:A10) shows #DIV/0!. Why, and how do I "
                "stop it?"
            ),
            "Why does 0.1 + 0.2 come out as 0.30000000000000004 in JavaScript?",
            (
                "Write a SQL query that totals sales by month from an orders table with an "
                "order_date and an amount column."
            ),
            ("How do I round money to two decimal places in Python without round() surprising me?"),
            "Give me an awk one-liner that adds up the third column of a CSV file.",
            "Why does my C program print a negative number when I multiply two big ints?",
            (
                "What spreadsheet formula gives someone's age in whole years from a date of birth "
                "in B2?"
            ),
        ),
    ),
    "near-what-the-readings-mean": (
        "figures are stated but the question is what they mean; needs interpretation",
        (
            (
                "My blood pressure reading was 138 over 88. What does that mean, and should I be "
                "worried?"
            ),
            "My tyre sidewall says 205/55 R16 91V. What do all those numbers and letters mean?",
            "The fridge freezer label says E and 210 kWh/annum. Is that efficient or not?",
            (
                "A mortgage is advertised at 4.2% with an APRC of 6.1%. Why are there two "
                "different numbers?"
            ),
            (
                "The health visitor says my son is on the 91st centile for height. What does that "
                "actually mean?"
            ),
            (
                "The forecast says a 40% chance of rain. Does that mean it will rain for 40% of "
                "the day?"
            ),
            "My phone says battery health is 82%. Is it time for a new battery?",
            "My cholesterol came back as 5.8 mmol/L. What does that number tell me?",
        ),
    ),
    "near-is-it-worth-the-money": (
        "value judgements involving prices; needs advice, not a sum",
        (
            "Is a £30 railcard worth it if I only take the train a few times a year?",
            (
                "I tend to lose motivation after a few weeks. Should I pay for a year of gym "
                "membership up front or go pay-as-you-go?"
            ),
            "Is an extended warranty for £89 on a £400 washing machine ever worth it?",
            "Are £15 third-party printer cartridges as good as the £35 official ones?",
            "Is it worth spending £300 on a good mattress for a guest room used twice a year?",
            "Is Amazon Prime worth paying for if I mostly want the free delivery?",
            "Is a £14 cinema ticket worth it when the film will be streaming soon anyway?",
            "Is it worth paying extra for a hotel room with a sea view on a short city break?",
        ),
    ),
    "near-facts-no-one-gave": (
        "asks for a fact that no figure in the question supplies",
        (
            "How far is it from Land's End to John o' Groats by road?",
            "Roughly how tall is Taipei 101 compared with the Shard?",
            "In what year did the Channel Tunnel open to passengers?",
            "What is the population of Reykjavik these days?",
            "How deep does Loch Ness get at its deepest point?",
            "How many bones are there in one human hand?",
            "How many named moons does Saturn have at the last count?",
            "What is the smoke point of extra virgin olive oil?",
        ),
    ),
    "near-house-rules-for-symbols": (
        "notation or scoring shorthand that is defined or conventional; needs interpretation",
        (
            (
                "In our family's card game a 7 makes the next player miss a go. If someone plays "
                "two 7s at once, is it fairer to skip one player or two?"
            ),
            (
                "On our quiz sheet we write 3/2 to mean three right and two jokers used. How "
                "should we rank a team on 4/0 against a team on 5/3?"
            ),
            "My knitting pattern says k2tog, p3, yo. What do those mean?",
            (
                "Our five-a-side league writes records as wins-draws-losses. Is a 10-8-0 season "
                "better than 12-2-4 in spirit, if not on points?"
            ),
            "In music, what's the difference in feel between 6/8 and 3/4 time?",
            "In cricket, what does a bowling figure like 5-43 mean?",
            "What does 1. e4 e5 2. Nf3 mean in chess notation?",
            "In climbing, what does a grade like 6a+ tell you about a route?",
        ),
    ),
}


def _near_negatives():
    for family, (note, queries) in NEAR.items():
        for q in queries:
            neg(family, q, note)


_near_negatives()


def _conversation_negatives():
    fam = "conv-turn-the-sum-into-a-message"
    note = "the sum is done; the last turn asks for writing"
    conv(
        fam,
        [
            (
                U,
                "Me and my three flatmates need to split a £96 electricity bill evenly.",
            ),
            (A, "That's £24 each."),
            (
                U,
                (
                    "Great. Can you write a friendly message for the flat group chat asking "
                    "everyone to send me their share by Friday?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "The Year 8 residential costs £186 and I've paid £60 of it so far."),
            (A, "That leaves £126 still to pay."),
            (
                U,
                (
                    "Could you draft a short, polite email to the school office asking whether I "
                    "can spread the rest over a few instalments?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Our bake sale made £1,240 for the school library fund!"),
            (
                A,
                "That's a fantastic total. Congratulations to everyone who baked and helped.",
            ),
            (
                U,
                (
                    "Please write a thank-you post for the PTA Facebook page that mentions the "
                    "total and thanks the bakers."
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I did 32 hours of design work for a client at £28 an hour."),
            (A, "That comes to £896."),
            (
                U,
                (
                    "They still haven't paid and the invoice is three weeks overdue. Help me "
                    "word a polite but firm reminder."
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Our department ran 412 miles between us for the hospice in March."),
            (A, "That's a brilliant effort, well done to the whole team."),
            (U, "Turn that into an upbeat paragraph for the company newsletter."),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "We're exactly 24 days away from our wedding now."),
            (A, "Not long at all! Exciting times."),
            (U, "Give me three cheerful countdown captions I could use on Instagram."),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                "The airline refunded £47.30 less than the fare I paid for the cancelled leg.",
            ),
            (A, "So you're short by £47.30 compared with what you paid."),
            (
                U,
                "Write a firm but polite complaint to the airline asking for the difference.",
            ),
        ],
        note,
    )

    fam = "conv-needs-figures-not-yet-given"
    note = "advice while the figures needed are still missing"
    conv(
        fam,
        [
            (
                U,
                (
                    "I've got a bit of spare money each month and I'm thinking about overpaying "
                    "the mortgage."
                ),
            ),
            (
                A,
                (
                    "Overpaying can cut the interest you pay, depending on your rate and any "
                    "early repayment charges."
                ),
            ),
            (U, "Would I be better off putting it into my pension instead?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How much should I budget for a week in Lisbon?"),
            (
                A,
                "It depends a lot on where you stay, how you eat and what you want to do.",
            ),
            (
                U,
                (
                    "I haven't picked a hotel yet. What sort of area should I look at for a "
                    "mid-range trip?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Can I afford a dog, do you think?"),
            (A, "That depends on your income and outgoings, and on the breed."),
            (U, "What costs do people usually forget about when they get a dog?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I'm trying to work out how much paint I need for the hallway."),
            (A, "Happy to help. What are the wall heights and lengths?"),
            (
                U,
                (
                    "I haven't measured yet. Meanwhile, what finish is best for a hallway that "
                    "gets scuffed by bikes and buggies?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Are solar panels worth it for us?"),
            (
                A,
                (
                    "It depends on your roof's direction and shading, and on how much "
                    "electricity you use and when."
                ),
            ),
            (U, "How would I even find out whether my roof gets enough sun?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I want to start saving for a house deposit."),
            (
                A,
                "Good goal. It helps to know your income, your spending and your target.",
            ),
            (
                U,
                (
                    "Honestly I don't know where my money goes each month. What's a realistic "
                    "way to start?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How long should I rest between sets at the gym?"),
            (A, "It depends on your goal and on how heavy you're lifting."),
            (U, "What if I'm after general fitness rather than getting big?"),
        ],
        note,
    )

    fam = "conv-judge-the-outcome"
    note = "asks for a verdict on a result already computed"
    conv(
        fam,
        [
            (
                U,
                (
                    "My car cost £42,000 and the dealer says it's lost 18% in its first year. "
                    "How much is that?"
                ),
            ),
            (A, "18% of £42,000 is £7,560."),
            (U, "Is that normal for a new car, or did I pick a bad model?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I ran my first 5 km in 31 minutes at the weekend. What pace is that?"),
            (A, "That's 6 minutes 12 seconds per kilometre."),
            (U, "Is that decent for someone who only started running in January?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I got 62 out of 80 on my practice chemistry paper. As a percentage?"),
            (A, "That's 77.5%."),
            (
                U,
                "Is that a good sign for the real exam, and what should I focus on now?",
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Our smart meter says we used 3,100 kWh of electricity last year."),
            (A, "That averages out to about 8.5 kWh a day."),
            (U, "Is that high for a two-bedroom flat with a gas boiler?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                "Our puppy weighed 4.1 kg last week and 5.3 kg today. How much did he gain?",
            ),
            (A, "He gained 1.2 kg."),
            (U, "Is that too fast for a twelve-week-old cockapoo?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I read 38 books last year, about 11,400 pages in all."),
            (A, "That's an average of 300 pages per book."),
            (U, "Is that a lot compared with most adults, or am I rushing them?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "The new job would mean a 74-minute commute each way."),
            (A, "That's 148 minutes of travelling a day."),
            (U, "Is that an unreasonable commute to accept for a 20% pay rise?"),
        ],
        note,
    )

    fam = "conv-explain-the-working"
    note = "asks for the reasoning or a method behind an answer, not a value"
    conv(
        fam,
        [
            (
                U,
                "The trainers my daughter wants are £80 with 15% off. What's the sale price?",
            ),
            (A, "£68."),
            (
                U,
                "Can you explain the method so she can work out discounts in her head?",
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How many nights is it from 1 March to 1 April for our holiday let?"),
            (A, "31 nights."),
            (U, "Why is it 31 and not 30? How should I count these properly?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "The French motorway limit is 130 km/h. Roughly what is that in mph?"),
            (A, "About 81 mph."),
            (
                U,
                "Why does the 'times five, divide by eight' shortcut work for km to miles?",
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                "My son is doing his seven times table and asked me what seven eights are.",
            ),
            (A, "Seven eights are 56."),
            (
                U,
                "He keeps forgetting that one. Any memory tricks for the seven times table?",
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "For a puzzle: is 91 a prime number?"),
            (A, "No, 91 is 7 × 13."),
            (U, "Why do so many people assume it's prime?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                (
                    "If something doubles every year, how many times bigger is it after four "
                    "doublings?"
                ),
            ),
            (A, "Sixteen times bigger."),
            (
                U,
                (
                    "Why do people call compound interest 'interest on interest', and how does it "
                    "relate to this doubling?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                (
                    "Three flats on our landing pay service charges of £400, £800 and £6,000. "
                    "What's the mean?"
                ),
            ),
            (A, "The mean is £2,400."),
            (U, "Why might the median be a fairer summary than that mean here?"),
        ],
        note,
    )

    fam = "conv-titles-with-numbers-in-them"
    note = "numbers appear only inside titles; the last turn asks about the work"
    conv(
        fam,
        [
            (U, "I've just finished reading 1984 for the first time."),
            (A, "George Orwell's novel from 1949. What did you think?"),
            (
                U,
                (
                    "Why did Orwell choose that year? Is it true he just swapped the last two "
                    "digits of 1948?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I've started watching 24 with Kiefer Sutherland."),
            (A, "The real-time thriller where each season covers one day."),
            (U, "Does the real-time gimmick get tiring in the later seasons?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "We watched Ocean's Eleven on Saturday night."),
            (A, "Steven Soderbergh's heist film with George Clooney and Brad Pitt."),
            (U, "Is the 1960 Rat Pack original worth watching after the remake?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I'm halfway through Fahrenheit 451."),
            (A, "Ray Bradbury's novel about a fireman who burns books."),
            (
                U,
                (
                    "Is the title's claim about the temperature at which paper burns actually "
                    "accurate?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "We've got tickets for 42nd Street in the West End."),
            (A, "A classic backstage musical with big tap numbers."),
            (U, "What should I know about the story before we go?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (
                U,
                (
                    "Book club picked The 100-Year-Old Man Who Climbed Out of the Window and "
                    "Disappeared."
                ),
            ),
            (A, "Jonas Jonasson's comic novel about Allan Karlsson."),
            (U, "What questions could we discuss about it at the meeting?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Which Beatles album is When I'm Sixty-Four on?"),
            (A, "Sgt. Pepper's Lonely Hearts Club Band, from 1967."),
            (U, "What is the song really about, and did McCartney write it as a joke?"),
        ],
        note,
    )


_conversation_negatives()


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
    # no register (family name) of this set is a family name of sets 19 to 120
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 120: {reused}"
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
