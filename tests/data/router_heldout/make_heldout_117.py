r"""Generate heldout-2027-03-30.jsonl: a hundred-and-seventeenth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-03-30 by a helper session working only in /work/sealed117, following the
same rules as the earlier sets. The starting point was a copy of the previous set's generator
whose set-up, helpers and checks had already been adapted for this set (OUT
heldout-2027-03-30.jsonl, PREFIX "ho117-", earlier generators 1-116, register check against sets
19 to 116); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), ISO dates
  and weekday strings are graded;
- /work/sealed117/earlier_registers.txt (2322 earlier family names), grepped for every candidate
  name and its key words, so that no family name of this set, positive or negative, repeats or
  sits close to one (near matches such as sourdough_microbakery, rooftop_beehive_keeper,
  night_bus_driver_roster, wedding_florist, crossfit_box_coach, triathlon_club_coach,
  podcast_producer_edit_log, student_nurse_ward_placement, pinball_arcade_restorer,
  pet_sitting_home_visits, escape_room_owner_bookings and shipping_container_home_builder led to
  other choices);
- of the copied script (2310 lines): the docstring, set-up, helpers and the start of the
  calculator section (lines 1-335), the units set-up (731-791), the datetime set-up
  (1049-1133), the negatives set-up with neg/conv (1493-1500), and the weekday check, checks and
  output (2087-2310).
The previous set's question sections were never viewed: a cutting script asserted the boundary
lines read above and kept only the five read ranges, so lines 336-730, 791-1048, 1134-1492 and
1501-2086 were dropped by line number (791 being the blank line after unit_r), and four new
sections were written from scratch in scratch files (since deleted). No git history, web or code
search, router, tools, tests, other files under /work/main or other generators were read (the
script imports earlier generators itself, in memory, for its duplicate and register checks). No
JSONL was read; the expected values were reviewed beside the item ids through this script's own
--show listing, and the question texts in this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a first-time charity marathon
  runner, a record-fair crate digger, a home baker selling focaccia, an amateur operetta company
  on tour, a backyard chicken keeper, a night-shift rideshare driver, an aerial silks student, a
  freelance logo designer, a grandmother knitting baby blankets, an overlanding couple in a 4x4,
  a weekend garden-path paver, a secondary physics teacher, an arepa street stall, a retired
  headteacher travelling solo, a fighting-game tournament coach, a dried-flower bouquet maker, a
  kettlebell studio owner, an axolotl keeper, a clay cake-topper sculptor, a village pantomime
  producer, an open water swimming newcomer, an earthship self-builder, a YouTube cooking
  channel creator, a veterinary nursing student and a scout group bag-packing fundraiser), each
  register used by all three tools, the first six with two items per tool. Phrasing varies:
  statements, questions, imperatives, lowercase, symbols and written-out units, pounds, pence,
  dollars and euros, dates with and without computed weekdays, clock times, minutes:seconds,
  fixed offsets such as +09:00 and -07:00, extra context sentences.
- Every expected value is computed in code from the figures the question states (the figures
  are held in variables and interpolated into the text): Fraction and Decimal for money and
  quantities (exact, at most three decimals for the calculator; money() asserts whole cents or
  pence, pence() writes sums under a pound as 12p, whole_up where only whole slabs or coaches
  count), exact unit definitions from the set-up (inch, foot, yard, mile, avoirdupois pound and
  ounce, acre, square and cubic feet and yards, psi, bar, kPa, GiB/MiB/KiB, km/h, m/s and mph,
  Celsius/Fahrenheit) for conversions, graded exactly when the result terminates in at most
  three decimals and at 0.1% otherwise (unit_r asserting that an answer rounded to two decimals
  still passes), and datetime/date arithmetic for dates, weekdays, ages, spans, inclusive day
  counts, whole weeks, days on chosen weekdays (count_weekdays), working days, nth and last
  weekdays, clock intervals across midnight, and fixed offsets converted with tz-aware datetimes
  (zoned() and at_offset()). Weekdays written next to dates come from the computed date (sayw),
  and the weekdays the prose relies on were asserted. Answers that people would naturally give
  as h:mm or m:ss ask for a decimal, so that the last number graded is the intended one.
- 200 negatives: 100 ordinary ones in ten topics (volcanoes and ice, housemate and office
  etiquette, limericks, toasts and taglines, Python, Rust and SQL review, Silk Road and
  medieval whys, film and book takes, houseplant and compost hunches, idioms and word roots, pet
  behaviour, gadget and privacy ethics), 65 near-negatives shaped like positives but needing the
  model (numbers that are identifiers, Fermi ballpark guesses, why a piece of arithmetic works,
  code to write for a calculation, what stated figures mean, whether something is worth the
  money, facts nobody stated), and 35 conversations in which the last turn asks for writing
  after a sum, for advice while the needed figures are still missing, for a judgement after a
  figure, for the reasoning behind an answer, or about titles and names that contain numbers;
  none ends in a plain exact question that the earlier turns leave unchanged. Symbolic algebra
  was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 116,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte
regeneration), a separate grep of all 47 family names of this set against
earlier_registers.txt (none found), and a read-through of every positive's expected value from
--show. The cutting script's first boundary assertion failed because line 791 is the blank line
after unit_r, not its last line; the assertion was corrected (nothing was viewed beyond the read
ranges) and the cut then passed. In the first run unit_r's two-decimal assertion stopped on an
85 mm logo width (3.35 inches is 0.1% off); it became 180 mm. The duplicate check then flagged
22 items matching earlier sets word for word (a weekday of 14 July 1789, three units plain
positives: 26.2 miles to km, 45 square metres to square feet, 90 km/h to m/s; thirteen
single-turn negatives; and five conversations through a first user turn); all were reworded,
and the positives also got new figures or dates (17 March 1897, 62.5 miles, 63 square metres,
54 km/h), computed in code. A second run flagged one more (the distance to the Moon), replaced
by another unstated fact. The read-through then led to five edits: the cake-topper item now says
each topper was its own order (postage is charged per order), "Roughly" was removed from two
exact positives, "as a decimal" was added to the pace, chip-time, shift-length and video-length
questions, and a near-negative about a Chapter 11 of The Great Gatsby (a false premise) became
one about Chapter 11 bankruptcy. Ruff check flagged two implicit string concatenations in tuples
(ISC004), fixed with parentheses; ruff format then left seven lines at 100 columns (three split
strings it joined and four calls it reflowed), and two lines written too long were at 104 and
111 columns; these were fixed by rewording or re-splitting the strings and by factoring the
cake-topper profit expression, after which ruff check and ruff format were clean, no line
exceeded 99 columns, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_117.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-03-30.jsonl"
PREFIX = "ho117-"
# earlier generators: sets 1-116 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 117))
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
    """An exact money amount that must come out in whole cents or pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def pence(s):
    """A sum under a pound written in pence, e.g. 12p."""
    x = dec(s) * 100
    assert x.denominator == 1 and 0 < x < 100, s
    return f"{x}p"


# plain one-line questions
a, b = 3847, 29
calc(P, f"what's {a} times {b}", a * b)
a, p = 8450, "15.6"
calc(P, f"Work out {p}% of {a:,}.", pct(p) * a)
a, b = 7392, "0.48"
calc(P, f"Divide {a:,} by {b}", a / dec(b))
a, b, c = 1250, 387, 12
calc(P, f"({a:,} - {b}) x {c} = ?", (a - b) * c)
marks = (82, 91, 77, 68, 95)
calc(
    P,
    f"What's the mean of {', '.join(str(m) for m in marks[:-1])} and {marks[-1]}?",
    F(sum(marks), len(marks)),
)
a = 11025
r = math.isqrt(a)
assert r * r == a
calc(P, f"Square root of {a:,}, please", r)
a = "4.5"
calc(P, f"What is {a} to the power of 3?", dec(a) ** 3)
a, p = 640, "12.5"
calc(P, f"If {a} goes up by {p}%, what do I end up with?", a * (1 + pct(p)))
a = 1936
calc(P, f"How much is three eighths of {a:,}?", F(3, 8) * a)
a, b = 63, 420
calc(P, f"{a} is what percentage of {b}?", F(a, b) * 100)
vals = ("1,204.35", "876.90", "45.05", "3,310.70")
calc(
    P,
    f"Add up {vals[0]}, {vals[1]}, {vals[2]} and {vals[3]}",
    sum(dec(v.replace(",", "")) for v in vals),
)
a, c = 96, 7
calc(P, f"Take a fifth off {a}, then multiply what's left by {c}", a * F(4, 5) * c)
a, b = 412, 45
calc(
    P,
    f"{a} pupils are going on a trip in {b}-seat coaches. How many coaches must be booked?",
    whole_up(F(a, b)),
)
a, b = 2000, "1.04"
calc(P, f"{a} times {b} cubed equals what?", a * dec(b) ** 3)

# sponsored_first_marathon_entrant
R = "sponsored_first_marathon_entrant"
n1, g1, n2, g2, cap = 38, 15, 12, 25, 750
raised = n1 * g1 + n2 * g2
calc(
    R,
    f"I'm running my first marathon for charity. {n1} people sponsored me £{g1} each, {n2} gave "
    f"£{g2}, and my employer matches whatever I raise up to £{cap}. How much will the charity "
    "get altogether?",
    raised + min(raised, cap),
)
total, fee_p, per, count = "1240", "2.9", "0.20", 50
calc(
    R,
    f"My fundraising page keeps {fee_p}% of donations plus {pence(per)} per donation. {count} "
    f"donations came to £{total:s}. How much actually reaches the charity?",
    money(dec(total) - dec(total) * pct(fee_p) - count * dec(per)),
)

# record_fair_crate_digger
R = "record_fair_crate_digger"
n1, p1, n2, p2, box, pitch = 23, 18, 9, 35, 60, 45
calc(
    R,
    f"at the record fair i sold {n1} LPs at ${p1}, {n2} rarer ones at ${p2} and a box of "
    f"singles for ${box}. the pitch cost ${pitch}. what did i clear?",
    n1 * p1 + n2 * p2 + box - pitch,
)
price, lot, share, hi, lo = 520, 130, 40, 12, 3
good = lot * share // 100
assert good * 100 == lot * share
calc(
    R,
    f"Someone wants ${price} for a collection of {lot} records. I reckon {share}% of them will "
    f"sell at ${hi} and the rest at ${lo}. What profit would I make if that's right?",
    good * hi + (lot - good) * lo - price,
)

# home_baker_selling_focaccia
R = "home_baker_selling_focaccia"
grams, sack_kg, sack_price = 480, 24, "31.50"
calc(
    R,
    f"Each focaccia tray uses {grams} g of flour and I buy flour in {sack_kg} kg sacks at "
    f"£{sack_price}. What's the flour cost per tray?",
    money(dec(sack_price) * F(grams, sack_kg * 1000)),
)
n1, p1, n2, p2, n3, p3, comm = 14, "4.80", 9, "5.20", 22, "2.75", 10
calc(
    R,
    f"Saturday's orders: {n1} rosemary focaccias at £{p1}, {n2} olive ones at £{p2} and {n3} "
    f"slices at £{p3}. The market takes {comm}% commission. What do I take home?",
    money((n1 * dec(p1) + n2 * dec(p2) + n3 * dec(p3)) * (1 - pct(comm))),
)

# amateur_operetta_company_tour
R = "amateur_operetta_company_tour"
coach, allowance, nights, cast = 1380, 95, 3, 45
calc(
    R,
    f"For our operetta tour the coach is £{coach:,} plus the driver's overnight allowance of "
    f"£{allowance} a night for {nights} nights. Split evenly between {cast} cast members, what "
    "does each pay?",
    money(F(coach + allowance * nights, cast)),
)
rooms, rate, nights, tax, people = 18, 96, 2, "2.50", 36
calc(
    R,
    f"Hotel for the tour: {rooms} twin rooms at €{rate} a night for {nights} nights, plus city "
    f"tax of €{tax} per person per night for {people} people. Total bill?",
    rooms * rate * nights + dec(tax) * people * nights,
)

# backyard_chicken_keeper
R = "backyard_chicken_keeper"
hens, per_hen, box_price = 9, 5, "2.40"
eggs = hens * per_hen
calc(
    R,
    f"My {hens} hens lay about {per_hen} eggs a week each. I sell them in boxes of six at "
    f"£{box_price} and keep any left over. What do I make in a week?",
    money((eggs // 6) * dec(box_price)),
)
assert eggs % 6 != 0
sack_kg, sack_price, daily = 20, "14.00", "1.1"
calc(
    R,
    f"A {sack_kg} kg sack of layers pellets costs £{sack_price} and the flock gets through "
    f"{daily} kg a day. What does their feed cost per day?",
    money(dec(sack_price) / sack_kg * dec(daily)),
)

# night_shift_rideshare_driver
R = "night_shift_rideshare_driver"
fares, cut, fuel, tax = "486.40", 25, "74.20", 20
calc(
    R,
    f"Fares this week came to £{fares}. The app keeps {cut}%, fuel was £{fuel}, and I put "
    f"{tax}% of whatever is left after that aside for tax. What's my take-home?",
    money((dec(fares) * (1 - pct(cut)) - dec(fuel)) * (1 - pct(tax))),
)
mult, base, fee = "1.8", "12.35", "2.50"
calc(
    R,
    f"surge pricing at {mult}x on a £{base} base fare, plus a flat £{fee} airport pickup fee "
    "- what does the rider pay?",
    money(dec(mult) * dec(base) + dec(fee)),
)

# aerial_silks_student
R = "aerial_silks_student"
card, single, mat, classes = 138, "16.50", 2, 10
calc(
    R,
    f"A {classes}-class pass for aerial silks costs £{card}. Drop-in classes are £{single} and "
    f"mat hire is £{mat} a class unless you hold the pass. Over {classes} classes, how much "
    "does the pass save me?",
    classes * (dec(single) + mat) - card,
)

# freelance_logo_designer
R = "freelance_logo_designer"
quote, deposit, extra_n, extra_p = 1850, 30, 3, 120
calc(
    R,
    f"I quoted ${quote:,} for a logo package and took a {deposit}% deposit. The client then "
    f"added {extra_n} icon sets at ${extra_p} each. How much is still owed?",
    quote * (1 - pct(deposit)) + extra_n * extra_p,
)

# grandmother_knitting_baby_blankets
R = "grandmother_knitting_baby_blankets"
balls, ball_price, blankets, off, over = 7, "4.35", 5, 20, 100
gross = balls * blankets * dec(ball_price)
assert gross > over
calc(
    R,
    f"Each baby blanket takes {balls} balls of wool at £{ball_price}. I'm knitting {blankets} "
    f"of them, and the wool shop gives {off}% off orders over £{over}. What will I pay?",
    money(gross * (1 - pct(off))),
)

# overland_4x4_expedition_couple
R = "overland_4x4_expedition_couple"
per100, route, litre = "9.2", 3450, "1.70"
calc(
    R,
    f"Our Land Cruiser uses {per100} litres of diesel per 100 km. The loop we've planned is "
    f"{route:,} km and diesel is averaging €{litre} a litre. What will the fuel cost?",
    money(route * dec(per100) / 100 * dec(litre)),
)

# garden_path_paving_diyer
R = "garden_path_paving_diyer"
slabs, spare, slab_price = 46, 10, "8.75"
calc(
    R,
    f"My garden path needs {slabs} slabs, and I want {spare}% extra for cuts and breakages, "
    f"rounded up to whole slabs. At £{slab_price} a slab, what will they cost?",
    whole_up(slabs * (1 + pct(spare))) * dec(slab_price),
)

# secondary_physics_teacher
R = "secondary_physics_teacher"
res_n, res_p, led_n, led_p, holder, groups = 3, "0.12", 2, "0.18", "1.45", 16
calc(
    R,
    f"For the circuits practical each group needs {res_n} resistors at {pence(res_p)}, "
    f"{led_n} LEDs at {pence(led_p)} and a battery holder at £{holder}. I've got {groups} "
    "groups. Total cost?",
    money(groups * (res_n * dec(res_p) + led_n * dec(led_p) + dec(holder))),
)

# arepa_street_stall
R = "arepa_street_stall"
deal_n, deal_p, single, sold, deals = 3, 11, "4.25", 186, 52
calc(
    R,
    f"Our arepas are ${single} each or {deal_n} for ${deal_p}. On Saturday we sold {sold} "
    f"arepas: {deals} three-for deals and the rest singly. What did we take?",
    deals * deal_p + (sold - deals * deal_n) * dec(single),
)

# retired_headteacher_travelling_solo
R = "retired_headteacher_travelling_solo"
fare, supp, exc_n, exc_p = 2890, 35, 4, 48
calc(
    R,
    f"The river cruise is £{fare:,} per person sharing, with a {supp}% single supplement. I'd "
    f"also book {exc_n} excursions at £{exc_p} each. What will it cost me on my own?",
    fare * (1 + pct(supp)) + exc_n * exc_p,
)

# fighting_game_tournament_coach
R = "fighting_game_tournament_coach"
pool, share, org, players = 25000, 12, 20, 5
calc(
    R,
    f"Prize pool ${pool:,}; our team came third, which pays {share}% of it. The org keeps "
    f"{org}% and the rest is shared equally by the {players} players. What does each get?",
    pool * pct(share) * (1 - pct(org)) / players,
)

# dried_flower_bouquet_maker
R = "dried_flower_bouquet_maker"
bouquets, n1, p1, n2, p2, waste = 16, 9, "1.85", 5, "0.90", 10
calc(
    R,
    f"Each dried bouquet has {n1} bunny-tail bunches at £{p1} and {n2} pampas stems at £{p2}. "
    f"The order is {bouquets} bouquets and I add {waste}% for breakage. Materials total?",
    money(bouquets * (n1 * dec(p1) + n2 * dec(p2)) * (1 + pct(waste))),
)

# kettlebell_studio_owner
R = "kettlebell_studio_owner"
m1, f1, m2, f2, rent, wages = 86, 75, 24, 55, 3200, 2950
calc(
    R,
    f"{m1} members pay £{f1} a month and {m2} are on the £{f2} off-peak plan. Rent is "
    f"£{rent:,} and coaches' wages £{wages:,}. What's the studio's monthly profit?",
    m1 * f1 + m2 * f2 - rent - wages,
)

# axolotl_keeper
R = "axolotl_keeper"
tank, filt, bags, bag_p, discount, threshold = 189, "64.50", 8, "3.25", 25, 250
gross = tank + dec(filt) + bags * dec(bag_p)
assert gross > threshold
calc(
    R,
    f"Setting up for an axolotl: tank £{tank}, filter £{filt}, {bags} bags of sand at "
    f"£{bag_p}. The shop takes £{discount} off anything over £{threshold}. What do I pay?",
    gross - discount,
)

# cake_topper_clay_sculptor
R = "cake_topper_clay_sculptor"
toppers, t_price, figs, f_price, post_in, post_out, mat = 6, 38, 9, 12, "6.50", "3.10", "4.20"
calc(
    R,
    f"I sold {toppers} couple cake toppers at £{t_price}, with {figs} extra figures at "
    f"£{f_price} each spread across them. Each topper was its own order; customers pay "
    f"£{post_in} postage per order, posting costs me £{post_out}, and clay and paint are "
    f"£{mat} a topper. What's my profit?",
    money(toppers * (t_price + dec(post_in) - dec(post_out) - dec(mat)) + figs * f_price),
)

# village_pantomime_producer
R = "village_pantomime_producer"
shows, seats, sold_p, ticket, costumes, hall = 3, 180, 85, 14, 1240, 960
sold = shows * seats * sold_p // 100
assert sold * 100 == shows * seats * sold_p
calc(
    R,
    f"Our panto has {shows} performances in a {seats}-seat hall. If we sell {sold_p}% of "
    f"seats at £{ticket}, and costumes cost £{costumes:,} and hall hire £{hall}, what profit "
    "do we make?",
    sold * ticket - costumes - hall,
)

# open_water_swim_newcomer
R = "open_water_swim_newcomer"
suit, buoy, pass_p, member_off, club = 289, "24.99", 62, 15, 45
calc(
    R,
    f"Getting into open water swimming: wetsuit £{suit}, tow float £{buoy}, a lake season "
    f"pass £{pass_p} (club members get {member_off}% off it) and club membership £{club}. "
    "If I join the club, what's the total?",
    suit + dec(buoy) + pass_p * (1 - pct(member_off)) + club,
)

# earthship_self_builder
R = "earthship_self_builder"
labour_days, day_rate, bottles, solar, win_n, win_p, saved = 14, 180, 420, 2100, 6, 385, 6000
calc(
    R,
    f"Still to pay on the earthship: {labour_days} days of tyre-ramming help at £{day_rate} a "
    f"day, £{bottles} for the bottle wall, a £{solar:,} solar kit and {win_n} windows at "
    f"£{win_p}. I have £{saved:,} put by. How much am I short?",
    labour_days * day_rate + bottles + solar + win_n * win_p - saved,
)

# youtube_cooking_channel_creator
R = "youtube_cooking_channel_creator"
rpm, views, sponsor, ingredients = "4.20", 86500, 350, "62.75"
calc(
    R,
    f"My channel earns ${rpm} per thousand views. The lasagne video got {views:,} views, a "
    f"sponsor paid ${sponsor}, and ingredients cost me ${ingredients}. Profit on the video?",
    money(dec(rpm) * F(views, 1000) + sponsor - dec(ingredients)),
)

# veterinary_nursing_student
R = "veterinary_nursing_student"
miles, placement_days, rate_p = 38, 22, 28
calc(
    R,
    f"My vet practice placement is a {miles}-mile round trip, {placement_days} days in all, "
    f"and college pays {rate_p}p a mile. How much can I claim?",
    money(miles * placement_days * F(rate_p, 100)),
)

# scout_bag_packing_fundraiser
R = "scout_bag_packing_fundraiser"
tills, match = ("412.35", "286.80", "355.15"), 50
calc(
    R,
    f"The scouts bag-packed at three tills and collected £{tills[0]}, £{tills[1]} and "
    f"£{tills[2]}. The supermarket adds {match}% of the total on top. Grand total?",
    money(sum(dec(t) for t in tills) * (1 + pct(match))),
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
ft_, in_ = 5, 9
unit(P, f"Convert {ft_} ft {in_} in to centimetres", (ft_ * FT + in_ * IN) * 100, EXACT)
x = "62.5"
unit_r(P, f"Convert {x} miles to kilometres", dec(x) * MI / 1000)
x = 72
unit_r(P, f"{x}°F in Celsius?", f_to_c(x))
x = "3.5"
unit_r(P, f"convert {x} acres into square metres", dec(x) * ACRE)
x = 120
unit_r(P, f"What is {x} km/h in mph?", x * KMH / MPH)
x = "2.4"
unit(P, f"Convert {x} GiB to MiB", dec(x) * GIB / MIB, EXACT)
x = "1.2"
unit_r(P, f"How many ounces are there in {x} kilograms?", dec(x) / OZ)
x = 32
unit_r(P, f"{x} psi expressed in kilopascals", x * PSI / 1000)
x = 180
unit_r(P, f"Convert {x} lb to kg", x * LB)
x = 63
unit_r(P, f"A flat of {x} m² is how many square feet?", x / SQFT)
x = -10
unit(P, f"What's {x} degrees Celsius in Fahrenheit?", c_to_f(x), EXACT)
x = 54
unit(P, f"Express {x} km/h in metres per second.", x * KMH, EXACT)
x = 600
unit(P, f"{x} yards = how many metres?", x * YD, EXACT)
x = 2
unit_r(P, f"How many cubic feet are in {x} cubic metres?", x / CUFT)

# sponsored_first_marathon_entrant
R = "sponsored_first_marathon_entrant"
x = 32
unit_r(
    R,
    f"My longest training run before the marathon was {x} km. How many miles is that?",
    x * 1000 / MI,
)
mins, secs = 5, 15
unit_r(
    R,
    f"I want to hold {mins}:{secs:02d} per kilometre on race day. What is that pace in minutes "
    "per mile, as a decimal?",
    (mins + F(secs, 60)) * MI / 1000,
)

# record_fair_crate_digger
R = "record_fair_crate_digger"
x = 12
unit(R, f"A {x}-inch LP is how many centimetres across?", x * IN * 100, EXACT)
x = "18.5"
unit_r(
    R,
    f"A crate of records weighs {x} kg and the courier quotes in pounds. What's its weight in lb?",
    dec(x) / LB,
)

# home_baker_selling_focaccia
R = "home_baker_selling_focaccia"
x = "1.1"
unit_r(
    R,
    f"An American focaccia recipe wants {x} lb of flour. How many grams is that?",
    dec(x) * LB * 1000,
)
x = 78
unit_r(R, f"The dough should prove at {x}°F. What's that in °C?", f_to_c(x))

# amateur_operetta_company_tour
R = "amateur_operetta_company_tour"
x = 340
unit_r(R, f"The festival theatre is {x} miles away. How far is that in kilometres?", x * MI / 1000)
x = 62
unit_r(R, f"Our touring coach is limited to {x} mph. What is that in km/h?", x * MPH / KMH)

# backyard_chicken_keeper
R = "backyard_chicken_keeper"
w, h = 3, 2
unit_r(
    R,
    f"The chicken run measures {w} yards by {h} yards. What's its area in square metres?",
    w * h * SQYD,
)
x = 80
unit_r(
    R, f"Hens start to struggle above {x} degrees Fahrenheit; what is that in Celsius?", f_to_c(x)
)

# night_shift_rideshare_driver
R = "night_shift_rideshare_driver"
x = "14.5"
unit_r(R, f"The airport run is {x} miles each way. How many km is one way?", dec(x) * MI / 1000)
x = "2.4"
unit_r(
    R,
    f"The door sticker says {x} bar for the tyres; my pump reads psi. What should I pump them to?",
    dec(x) * BAR / PSI,
)

# aerial_silks_student
R = "aerial_silks_student"
x = "6.5"
unit_r(R, f"The silks hang from a rig point {x} m up. How high is that in feet?", dec(x) / FT)

# freelance_logo_designer
R = "freelance_logo_designer"
x = 180
unit_r(
    R, f"The client wants the logo printed {x} mm wide. How many inches is that?", F(x, 1000) / IN
)

# grandmother_knitting_baby_blankets
R = "grandmother_knitting_baby_blankets"
x = 30
unit(
    R,
    f"The blanket pattern says to knit until it measures {x} inches. How many cm is that?",
    x * IN * 100,
    EXACT,
)

# overland_4x4_expedition_couple
R = "overland_4x4_expedition_couple"
x = 68
unit_r(
    R, f"Our roof tent weighs {x} kg and the rack is rated in pounds. What's {x} kg in lb?", x / LB
)

# garden_path_paving_diyer
R = "garden_path_paving_diyer"
w, h = 40, 3
unit_r(
    R, f"The path is {w} ft long and {h} ft wide. What's its area in square metres?", w * h * SQFT
)

# secondary_physics_teacher
R = "secondary_physics_teacher"
x = 30
unit_r(R, f"For a worked example: a car at {x} mph is doing how many metres per second?", x * MPH)

# arepa_street_stall
R = "arepa_street_stall"
x = 25
unit_r(R, f"We ordered {x} lb of precooked corn flour. How many kilos is that?", x * LB)

# retired_headteacher_travelling_solo
R = "retired_headteacher_travelling_solo"
x = 18
unit_r(
    R, f"The river boat cruises at about {x} km/h. What's that in miles per hour?", x * KMH / MPH
)

# fighting_game_tournament_coach
R = "fighting_game_tournament_coach"
x = "48.6"
unit(R, f"Our match replays take up {x} GiB. How many MiB is that?", dec(x) * GIB / MIB, EXACT)

# dried_flower_bouquet_maker
R = "dried_flower_bouquet_maker"
x = "7.5"
unit(
    R,
    f"I need {x} yards of jute ribbon for the wedding arch; how many metres is that?",
    dec(x) * YD,
    EXACT,
)

# kettlebell_studio_owner
R = "kettlebell_studio_owner"
x = 32
unit_r(R, f"A member asked what our {x} kg bell is in pounds. What should I tell them?", x / LB)

# axolotl_keeper
R = "axolotl_keeper"
x = "64.4"
unit(R, f"Axolotl water should stay below {x}°F. What is that in Celsius?", f_to_c(dec(x)), EXACT)

# cake_topper_clay_sculptor
R = "cake_topper_clay_sculptor"
x = 15
unit_r(
    R,
    f"The bakery says toppers can be at most {x} cm tall. How many inches is that?",
    F(x, 100) / IN,
)

# village_pantomime_producer
R = "village_pantomime_producer"
x = 24
unit_r(R, f"The village hall stage is {x} feet wide. How wide is that in metres?", x * FT)

# open_water_swim_newcomer
R = "open_water_swim_newcomer"
x = 750
unit_r(R, f"My first open water race is a {x} m swim. How many yards is that?", x / YD)

# earthship_self_builder
R = "earthship_self_builder"
x = 300
unit_r(R, f"Each rammed tyre ends up weighing around {x} lb. How many kg is that?", x * LB)

# youtube_cooking_channel_creator
R = "youtube_cooking_channel_creator"
x = "86.4"
unit(R, f"A raw clip is {x} MiB; how many KiB is that?", dec(x) * MIB / KIB, EXACT)

# veterinary_nursing_student
R = "veterinary_nursing_student"
x = "102.2"
unit(
    R,
    f"A dog on the ward has a temperature of {x}°F. Convert that to Celsius.",
    f_to_c(dec(x)),
    EXACT,
)

# scout_bag_packing_fundraiser
R = "scout_bag_packing_fundraiser"
x = "5.6"
unit_r(R, f"The scouts' sponsored hike is {x} km. How far is that in miles?", dec(x) * 1000 / MI)


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


def count_weekdays(first, last, wds):
    """How many dates from first to last, both included, fall on one of the weekdays wds."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() in wds)


def zoned(d, hhmm, offset):
    """A wall-clock time on date d at a fixed offset written like +02:00 or -04:00."""
    sign = 1 if offset[0] == "+" else -1
    hh, mm = (int(p) for p in offset[1:].split(":"))
    tz = dt.timezone(sign * TD(hours=hh, minutes=mm))
    return DT.combine(d, dt.time.fromisoformat(hhmm), tzinfo=tz)


def at_offset(moment, offset):
    """The same instant seen at another fixed offset."""
    return moment.astimezone(zoned(D(2000, 1, 1), "00:00", offset).tzinfo)


assert at_offset(zoned(D(2030, 1, 1), "01:00", "+02:00"), "-04:00").date() == D(2029, 12, 31)
assert count_weekdays(D(2030, 3, 4), D(2030, 3, 10), {MON, SUN}) == 2

# plain one-line questions
d0 = D(1897, 3, 17)
date_item(P, f"Which weekday fell on {say(d0)}?", weekday(d0))
d0, d1 = D(2031, 3, 3), D(2031, 11, 19)
date_item(P, f"How many days are there from {say(d0)} to {say(d1)}?", days(d0, d1))
d0, k = D(2029, 1, 12), 100
date_item(P, f"What date is {k} days after {say(d0)}?", d0 + TD(days=k))
d0, k = D(2030, 10, 2), 6
date_item(P, f"Which date falls {k} weeks before {say(d0)}?", d0 - TD(weeks=k))
born, on = D(1994, 8, 29), D(2032, 6, 15)
date_item(P, f"How old is someone born on {say(born)} on {say(on)}?", age(born, on))
d0 = D(2040, 1, 1)
date_item(P, f"on what weekday does {say(d0)} fall", weekday(d0))
t0, t1 = "21:35", "06:10"
date_item(P, f"How many minutes is it from {t0} to {t1} the next morning?", clock_span(t0, t1, 60))
date_item(
    P,
    "Give me the date of the third Thursday in November 2031.",
    nth_weekday(2031, 11, THU, 3),
)
date_item(P, "What is the date of the last Monday of May 2033?", nth_weekday(2033, 5, MON, -1))
d0 = D(2030, 4, 5)
d1 = d0 + TD(weeks=25)
date_item(P, f"How many weeks separate {say(d0)} and {say(d1)}?", weeks(d0, d1))
d0, hhmm, off0, off1 = D(2031, 6, 9), "01:30", "+09:00", "-07:00"
date_item(
    P,
    f"A webinar starts at {hhmm} on {say(d0)} at offset {off0}. What calendar date is it at "
    f"offset {off1} at that moment?",
    at_offset(zoned(d0, hhmm, off0), off1).date(),
)
d0, d1 = D(2032, 2, 1), D(2032, 3, 1)
date_item(P, f"Number of days between {say(d0)} and {say(d1)}?", days(d0, d1))
d0, k = D(2029, 7, 20), 1000
date_item(P, f"What's the date {k:,} days after {say(d0)}?", d0 + TD(days=k))
d0, d1 = D(2030, 3, 1), D(2030, 6, 30)
date_item(
    P,
    f"How many Saturdays are there from {say(d0)} to {say(d1)}, both dates included?",
    count_weekdays(d0, d1, {SAT}),
)

# sponsored_first_marathon_entrant
R = "sponsored_first_marathon_entrant"
race, k = D(2031, 4, 27), 18
date_item(
    R,
    f"The marathon is on {sayw(race)} and my training plan is {k} weeks long, ending on race "
    "day. On what date should I start it?",
    race - TD(weeks=k),
)
hh, mm, ss = 4, 12, 30
date_item(
    R,
    f"My chip time was {hh} hours {mm} minutes {ss} seconds. How many minutes is that in "
    "total, as a decimal?",
    hh * 60 + mm + F(ss, 60),
)

# record_fair_crate_digger
R = "record_fair_crate_digger"
date_item(
    R,
    "The record fair is held on the second Sunday of every month. When is it in October 2030?",
    nth_weekday(2030, 10, SUN, 2),
)
released, on = D(1969, 9, 26), D(2029, 9, 26)
date_item(
    R,
    f"An album I'm hunting for came out on {say(released)}. How many days old is it on {say(on)}?",
    days(released, on),
)

# home_baker_selling_focaccia
R = "home_baker_selling_focaccia"
t0, t1 = "08:15", "13:05"
date_item(
    R,
    f"The dough went into its bulk rise at {t0} and I shaped it at {t1}. How many minutes did "
    "it rise?",
    clock_span(t0, t1, 60),
)
d0, d1 = D(2030, 5, 1), D(2030, 7, 31)
date_item(
    R,
    f"I sell at the market every Wednesday and Saturday. Counting {say(d0)} through "
    f"{say(d1)}, how many market days is that?",
    count_weekdays(d0, d1, {WED, SAT}),
)

# amateur_operetta_company_tour
R = "amateur_operetta_company_tour"
dep, k = D(2030, 8, 22), 11
date_item(
    R,
    f"The operetta tour leaves on {sayw(dep)} and we're away {k} nights. What date are we home?",
    dep + TD(days=k),
)
d0, d1 = D(2031, 1, 7), D(2031, 3, 25)
date_item(
    R,
    f"Rehearsals are every Tuesday from {say(d0)} to {say(d1)} inclusive. How many "
    "rehearsals is that?",
    count_weekdays(d0, d1, {TUE}),
)

# backyard_chicken_keeper
R = "backyard_chicken_keeper"
set_on, k = D(2031, 4, 6), 21
date_item(
    R,
    f"I set eggs in the incubator on {sayw(set_on)}; chicks hatch after {k} days. On what "
    "date should they hatch?",
    set_on + TD(days=k),
)
first, gap, nth = D(2030, 4, 3), 9, 8
date_item(
    R,
    f"I deep-clean the coop every {gap} days, starting on {say(first)}. What is the date of "
    f"clean number {nth}?",
    first + TD(days=gap * (nth - 1)),
)

# night_shift_rideshare_driver
R = "night_shift_rideshare_driver"
t0, t1 = "22:50", "07:20"
date_item(
    R,
    f"I logged on at {t0} and off at {t1}. How many hours was I on the road, as a decimal?",
    clock_span(t0, t1, 3600),
)
start, on_n, off_n, block = D(2031, 1, 3), 4, 4, 5
assert start.weekday() == FRI
date_item(
    R,
    f"I drive {on_n} nights on, {off_n} off. My first night on was {sayw(start)}. On what "
    f"weekday does the first night of my {block}th block fall?",
    weekday(start + TD(days=(on_n + off_n) * (block - 1))),
)

# aerial_silks_student
R = "aerial_silks_student"
d0, d1 = D(2030, 2, 14), D(2031, 2, 13)
date_item(
    R,
    f"My aerial studio membership ran from {say(d0)} to {say(d1)}. How many days is that, "
    "counting both ends?",
    days(d0, d1) + 1,
)

# freelance_logo_designer
R = "freelance_logo_designer"
accepted, k = D(2031, 3, 6), 5
due = accepted
left = k
while left:
    due += TD(days=1)
    if due.weekday() < SAT:
        left -= 1
date_item(
    R,
    f"I deliver {k} working days (Monday to Friday) after accepting a brief. I accepted one on "
    f"{sayw(accepted)}. What's the delivery date?",
    due,
)

# grandmother_knitting_baby_blankets
R = "grandmother_knitting_baby_blankets"
born, on = D(2029, 12, 11), D(2030, 12, 25)
date_item(
    R,
    f"My grandson was born on {say(born)}. How many days old will he be on {say(on)}, when he "
    "gets his blanket?",
    days(born, on),
)

# overland_4x4_expedition_couple
R = "overland_4x4_expedition_couple"
entry, allowed = D(2031, 5, 2), 90
date_item(
    R,
    f"We entered the Schengen area on {say(entry)} and can stay {allowed} days, counting the "
    "day we arrived. What is our last permitted day?",
    entry + TD(days=allowed - 1),
)

# garden_path_paving_diyer
R = "garden_path_paving_diyer"
start, k = D(2031, 10, 6), 17
date_item(
    R,
    f"I start laying the path on {say(start)} and reckon it'll take {k} days including that "
    "first one. What date will I finish?",
    start + TD(days=k - 1),
)

# secondary_physics_teacher
R = "secondary_physics_teacher"
half_term, k = D(2031, 10, 27), 15
assert half_term.weekday() == MON
date_item(
    R,
    f"Half-term starts on {sayw(half_term)} and the kit has to be ordered {k} days before. "
    "What's the latest order date?",
    half_term - TD(days=k),
)

# arepa_street_stall
R = "arepa_street_stall"
d0, d1 = D(2030, 4, 1), D(2030, 9, 30)
date_item(
    R,
    f"Our street trading permit runs from {say(d0)} to {say(d1)}. How many Saturdays does it "
    "cover?",
    count_weekdays(d0, d1, {SAT}),
)

# retired_headteacher_travelling_solo
R = "retired_headteacher_travelling_solo"
d0, hhmm, off0, off1 = D(2031, 6, 10), "01:30", "+02:00", "-04:00"
date_item(
    R,
    f"Our boat docks at {hhmm} on {say(d0)} local time (offset {off0}). My daughter lives at "
    f"offset {off1}. What's the date for her at that moment?",
    at_offset(zoned(d0, hhmm, off0), off1).date(),
)

# fighting_game_tournament_coach
R = "fighting_game_tournament_coach"
d0, hhmm, off0, off1 = D(2031, 3, 16), "03:00", "+09:00", "-07:00"
date_item(
    R,
    f"Our grand final starts at {hhmm} on {sayw(d0)} in Tokyo (offset {off0}). What weekday "
    f"will it be for our fans at offset {off1}?",
    weekday(at_offset(zoned(d0, hhmm, off0), off1)),
)

# dried_flower_bouquet_maker
R = "dried_flower_bouquet_maker"
wedding, k = D(2031, 6, 21), 38
date_item(
    R,
    f"The wedding is on {sayw(wedding)} and my supplier needs {k} days' notice for the pampas. "
    "By what date must I order?",
    wedding - TD(days=k),
)

# kettlebell_studio_owner
R = "kettlebell_studio_owner"
start, k = D(2031, 11, 3), 60
date_item(
    R,
    f"Our {k}-day kettlebell challenge begins on {say(start)}. What date is its final day?",
    start + TD(days=k - 1),
)

# axolotl_keeper
R = "axolotl_keeper"
laid, k = D(2030, 8, 19), 14
date_item(
    R,
    f"My axolotl laid eggs on {say(laid)}. I'll check for hatching {k} days later. What date "
    "is that?",
    laid + TD(days=k),
)

# cake_topper_clay_sculptor
fair = nth_weekday(2032, 2, SAT, -1)
assert fair.day != 29
R = "cake_topper_clay_sculptor"
date_item(
    R,
    "I've booked a stand at the wedding fair on the last Saturday of February 2032. Which date "
    "is that?",
    fair,
)

# village_pantomime_producer
R = "village_pantomime_producer"
d0, d1 = D(2031, 12, 4), D(2032, 1, 3)
date_item(
    R,
    f"The panto plays every Thursday, Friday and Saturday from {say(d0)} to {say(d1)} "
    "inclusive. How many performance days is that?",
    count_weekdays(d0, d1, {THU, FRI, SAT}),
)

# open_water_swim_newcomer
R = "open_water_swim_newcomer"
race, k = D(2031, 6, 8), 12
date_item(
    R,
    f"My first lake race is on {sayw(race)}. If I follow a {k}-week plan that ends on race "
    "day, what date do I begin?",
    race - TD(weeks=k),
)

# earthship_self_builder
R = "earthship_self_builder"
d0, d1 = D(2030, 3, 15), D(2031, 11, 22)
date_item(
    R,
    f"We broke ground on the earthship on {say(d0)} and moved in on {say(d1)}. How many days "
    "did the build take?",
    days(d0, d1),
)

# youtube_cooking_channel_creator
R = "youtube_cooking_channel_creator"
clips = ((42, 30), (38, 45), (51, 15))
shown = [f"{m}:{s:02d}" for m, s in clips]
date_item(
    R,
    f"My three latest videos run {shown[0]}, {shown[1]} and {shown[2]} (minutes:seconds). "
    "What's their total running time in minutes, as a decimal?",
    sum(m + F(s, 60) for m, s in clips),
)

# veterinary_nursing_student
R = "veterinary_nursing_student"
start, k = D(2031, 1, 6), 11
assert start.weekday() == MON
last_friday = start + TD(weeks=k) - TD(days=3)
assert last_friday.weekday() == FRI
date_item(
    R,
    f"My surgery placement lasts {k} weeks, Monday to Friday, starting {sayw(start)}. What is "
    "the date of my final Friday?",
    last_friday,
)

# scout_bag_packing_fundraiser
R = "scout_bag_packing_fundraiser"
d0, d1 = D(2031, 7, 25), D(2031, 8, 3)
date_item(
    R,
    f"Summer camp runs from {sayw(d0)} to {sayw(d1)}. How many nights are we under canvas?",
    days(d0, d1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: ten topics, ten each
for q in (
    "Why do some volcanoes explode violently while others just ooze lava?",
    "How do glaciers carve U-shaped valleys?",
    "What makes Iceland so geologically active compared with Britain?",
    "Why is the water in some glacial lakes such a milky turquoise colour?",
    "Could Yellowstone erupt in our lifetime, and what would it actually mean for Europe?",
    "What's the difference between magma and lava, apart from where it is?",
    "Why do glaciers look blue inside when snow is white?",
    "How do scientists predict volcanic eruptions, and how reliable are they?",
    "What happens to the land after a glacier retreats?",
    "Explain how pumice can float on water when it's a rock.",
):
    neg("ask-volcano-and-ice-sheet-wonders", q)

for q in (
    "My housemate keeps eating my food from the fridge. How do I bring it up without a row?",
    "A colleague always replies-all with 'thanks!'. Is it worth saying something to them?",
    "How do I tell my manager I'm overloaded without sounding like I can't cope?",
    "My flatmate's boyfriend has basically moved in without paying rent. What should I say?",
    "Is it rude to wear headphones in an open-plan office all day?",
    "How do I decline a colleague's wedding invitation gracefully?",
    "My friend never pays me back for coffees. Should I just let it go?",
    "What's a kind way to tell a new colleague their emails are far too long?",
    "How do I handle a housemate who never takes the bins out when it's their turn?",
    "Someone at work took credit for my idea in a meeting. How should I respond?",
):
    neg("ask-housemate-and-office-etiquette", q)

for q in (
    "Write a limerick about a tortoise who wants to win the village fun run.",
    "Give me a short, funny toast for my brother's 40th birthday.",
    "Come up with five taglines for a bike repair shop called Spoke & Chain.",
    "Write a four-line poem for a leaving card for a school caretaker.",
    "Can you write a cheeky slogan for our village duck race?",
    "Draft a two-sentence welcome speech for a neighbourhood street party.",
    "Write a limerick about a plumber from Leeds.",
    "Suggest a catchy name and tagline for a vegan doughnut van.",
    "Write a wedding toast that mentions the couple met at a climbing wall.",
    "Give me a rhyming couplet to put on a retirement cake for a postman.",
):
    neg("ask-limericks-toasts-and-taglines", q)

for q in (
    (
        "Why does my Python script say 'list index out of range' when I loop over the list "
        "with range(len(x) + 1)?"
    ),
    "In Rust, what does 'borrowed value does not live long enough' mean and how do I fix it?",
    "Is it bad practice to use SELECT * in production SQL queries?",
    "Review this: def add(a, b=[]): b.append(a); return b. What's wrong with it?",
    "What's the difference between an INNER JOIN and a LEFT JOIN, with a simple example?",
    "Should I use a dataclass or a NamedTuple for a small config object in Python?",
    "Why does my Rust match statement complain about non-exhaustive patterns?",
    "How do I stop SQL injection in a Flask app that builds queries with f-strings?",
    "Can you explain Python's GIL in plain language?",
    "When should I reach for Rc<RefCell<T>> in Rust, and when is it a code smell?",
):
    neg("ask-python-rust-and-sql-review", q)

for q in (
    "Why was the Silk Road so important for spreading ideas, not just goods?",
    "How did the Black Death change wages and work in medieval England?",
    "Why did Samarkand become such a rich city?",
    "What would a novice's day have looked like in a Cistercian abbey around 1200?",
    "Why did the Mongol Empire fall apart so quickly after Genghis Khan?",
    "How did medieval castles actually get water during a siege?",
    "Why did Venice become a sea power?",
    "What did pilgrims to Canterbury eat and where did they sleep?",
    "How did paper travel from China to Europe?",
    "Why were guilds so powerful in medieval towns?",
):
    neg("ask-silk-road-and-monastery-whys", q)

for q in (
    "Is Blade Runner 2049 better than the original? Make the case either way.",
    "What should I read after finishing Station Eleven?",
    "Why do people love The Shawshank Redemption so much?",
    "Which Studio Ghibli film is best for a six-year-old's first one?",
    "Is it worth reading Middlemarch, or is it too slow?",
    "Give me your honest take on whether film adaptations ever beat the book.",
    "Recommend a cosy mystery novel series for a long train journey.",
    "What makes a plot twist feel earned rather than cheap?",
    "Should I watch the Lord of the Rings extended editions or the cinema cuts?",
    "Which Agatha Christie novel would you start a teenager on?",
):
    neg("ask-screen-and-page-takes", q)

for q in (
    "Why are the leaves on my monstera going yellow?",
    "Is it OK to put citrus peel in the compost heap?",
    "My basil keeps wilting on the windowsill. What am I doing wrong?",
    "Should I repot a snake plant in spring or autumn?",
    "Why does my compost smell like ammonia?",
    "Can I grow tomatoes on a north-facing balcony?",
    "What are the tiny flies around my houseplants and how do I get rid of them?",
    "Is coffee grounds good for roses or is that a myth?",
    "Why won't my peace lily flower?",
    "How do I know when my compost is ready to use?",
):
    neg("ask-windowsill-and-heap-hunches", q)

for q in (
    "Is 'bite the bullet' really from battlefield surgery without anaesthetic?",
    "Why do we say 'the whole nine yards'?",
    "What's the origin of the word 'salary'?",
    "Is it 'could care less' or 'couldn't care less', and why do people say both?",
    "Where does 'mind your p's and q's' come from?",
    "Why is a 'hat trick' called that?",
    "What's the difference between 'affect' and 'effect', with an easy way to remember?",
    "Where did the word 'robot' come from?",
    "Why do Brits say 'cheers' for thank you?",
    "What does 'to steal someone's thunder' really refer to?",
):
    neg("ask-idiom-and-word-roots", q)

for q in (
    "Why does my dog spin in circles before lying down?",
    "My cat brings me dead mice. Is she trying to tell me something?",
    "Why do rabbits thump their back feet?",
    "Is it normal for a puppy to eat grass?",
    "Why does my parrot bob its head when I talk?",
    "How can I stop my cat scratching the sofa without punishing her?",
    "Why do dogs tilt their heads when you speak to them?",
    "My guinea pigs squeak loudly when the fridge opens. Why?",
    "Why does my cat knead the blanket before sleeping?",
    "Should I let my dog sleep on the bed, or does it cause behaviour problems?",
):
    neg("ask-why-does-my-pet-do-that", q)

for q in (
    "Is it ethical to use a smart doorbell that films the pavement?",
    "Should parents be allowed to track their teenager's phone location?",
    "Is it wrong to use AI to write a personal thank-you letter?",
    "What are the arguments for and against facial recognition in shops?",
    "Should I tell friends before posting photos of their kids online?",
    "Is it fair for employers to monitor keystrokes of remote workers?",
    "Do voice assistants listen all the time, and should I be worried?",
    "Is it okay to read my partner's messages if I suspect something?",
    "Should schools ban phones completely during the day?",
    "Is buying followers for a small business account dishonest?",
):
    neg("ask-gadget-and-privacy-ethics", q)

# near-negatives: shaped like positives, but they need the language model
NOTE_ID = "the numbers are names or labels, not quantities to compute"
for q in (
    "What is Area 51 actually used for?",
    "Why is Route 66 so famous?",
    "Who wore the number 10 shirt for Brazil in the 1970 World Cup?",
    "What does Chapter 11 bankruptcy mean for a company's staff?",
    "What's the story behind Apollo 13?",
    "Why is 221B Baker Street famous?",
    "What is Catch-22 about?",
    "What's special about the Boeing 747 in aviation history?",
    "Who lived at 10 Downing Street before it was the Prime Minister's home?",
    "What does the 4-4-2 formation mean in football, and why is it less popular now?",
):
    neg("near-digits-as-identifiers", q, NOTE_ID)

NOTE_FERMI = "a ballpark estimate from assumptions the question does not give"
for q in (
    "Roughly how many dogs live in London?",
    "About how many words does a typical person speak in a day?",
    "How many hairs are on an average human head, roughly?",
    "Ballpark: how many cups of tea are drunk in the UK every day?",
    "Roughly how many jelly beans would fill a two-litre jar?",
    "About how many people are flying in the air at any one moment?",
    "Estimate how many piano tuners work in Manchester.",
    "Roughly how many footballs would fit inside a double-decker bus?",
    "About how many trees are there in the Amazon rainforest?",
    "How many steps does a postman roughly walk on a round?",
):
    neg("near-fermi-ballpark-guesses", q, NOTE_FERMI)

NOTE_WHY = "asks why a piece of arithmetic works, not for a value"
for q in (
    "My daughter asks why 6 divided by a half is 12 and not 3. How do I explain it?",
    "Why is any number to the power of zero equal to one?",
    "Why can't you divide by zero? Explain it to a ten-year-old.",
    "Why does the 'add the digits' trick tell you if a number divides by 3?",
    "Why do two negatives multiply to make a positive?",
    "Why does a 50% drop followed by a 50% rise not get you back to where you started?",
    "Why does compound interest grow faster than simple interest?",
    "My friend insists 0.999 recurring is just under 1. How do I convince him otherwise?",
    "Why does 'keep, change, flip' work when you divide fractions?",
    "Why is the average of percentages not always the overall percentage?",
):
    neg("near-why-the-sum-works", q, NOTE_WHY)

NOTE_CODE = "asks for code that does a calculation, not for the calculation's result"
for q in (
    (
        "Write a Python function taking a list of net prices and returning them with 20% "
        "VAT added, rounded to pennies."
    ),
    "Give me an Excel formula that works out someone's age from their birth date in A2.",
    "Write a JavaScript snippet converting Celsius to Fahrenheit as the user types.",
    "How would I write SQL to total sales per month from an orders table?",
    "Write a bash one-liner that adds up the numbers in a text file, one per line.",
    "Create a Python class for a shopping basket that applies a 10% discount over £50.",
    "Write a Google Sheets formula to count the weekdays between two dates.",
    "Write a Rust function that converts miles to kilometres and tests it.",
):
    neg("near-code-that-would-compute", q, NOTE_CODE)

NOTE_READ = "asks what stated figures mean or whether they are good, not for arithmetic"
for q in (
    "My resting heart rate is 48. Is that a sign of something wrong?",
    "I scored 7.5 in IELTS. Is that good enough for a UK master's degree?",
    "My credit score is 720. Is that considered good?",
    "My electricity bill jumped from £80 to £140. What could be causing that?",
    "Our website's bounce rate is 68%. Should I be worried?",
    "My son's reading age is 9 and he's 11. How concerned should we be?",
    "The survey says 4 out of 5 dentists recommend it. What does that really tell me?",
    "My blood test says vitamin D is 35 nmol/L. What does that mean for me?",
    "My car's tyre tread is at 2 mm. Is it time to replace them?",
):
    neg("near-what-my-figures-mean", q, NOTE_READ)

NOTE_WORTH = "a judgement about value, with figures given only as context"
for q in (
    "Is a £12 a month streaming bundle worth it if I only watch at weekends?",
    "Should I pay £200 extra for the version of the laptop with more RAM?",
    "Is a £60 annual railcard worth it for someone who travels twice a month?",
    "Is it worth paying £3 more for free-range eggs?",
    "Would you pay £450 for a good office chair if you work from home?",
    "Is an extended warranty for £89 on a £600 washing machine a good idea?",
    "Is it worth spending £30 on a proper chef's knife?",
    "Should I pay £25 for priority boarding on a two-hour flight?",
    "Is a gym contract at £40 a month worth it if I'd rather run outside?",
):
    neg("near-worth-paying-for", q, NOTE_WORTH)

NOTE_FACT = "asks for a fact the question does not state"
for q in (
    "How many steps are there up to the top of the Eiffel Tower?",
    "What's the wingspan of a wandering albatross?",
    "How long is the River Thames?",
    "How many islands make up the Faroe Islands?",
    "How many locks are there on the Kennet and Avon Canal?",
    "How deep is Loch Ness?",
    "How many players are on a rugby union team?",
    "How far is it by road from Land's End to John o' Groats?",
    "What is the average depth of the Mediterranean Sea?",
):
    neg("near-facts-left-unstated", q, NOTE_FACT)

# conversations whose last turn needs the language model
NOTE_POEM = "after a sum, the last turn asks for writing"
for turns in (
    [
        (U, "How much is 12 tickets at £18.50?"),
        (A, "12 x £18.50 = £222."),
        (U, "Great, now write a short cheerful message telling the group what they each owe."),
    ],
    [
        (U, "What's 15% of £84 for the tip?"),
        (A, "15% of £84 is £12.60."),
        (U, "Write a funny thank-you note to the waiter to leave with it."),
    ],
    [
        (U, "Add 3.2 km, 4.5 km and 2.8 km for me."),
        (A, "That's 10.5 km in total."),
        (U, "Turn our walk into a two-line poem for the group chat."),
    ],
    [
        (U, "We raised £1,450 at the bake sale and £620 at the raffle. Total?"),
        (A, "£2,070 altogether."),
        (U, "Draft a newsletter paragraph thanking the parents."),
    ],
    [
        (U, "How many days between 3 May and 17 May?"),
        (A, "14 days."),
        (U, "Write a countdown caption for Instagram about our holiday."),
    ],
    [
        (U, "Convert 21 km to miles."),
        (A, "About 13.05 miles."),
        (U, "Write a proud but modest social post about finishing my first half marathon."),
    ],
    [
        (U, "250 gold coins shared between 8: how many each?"),
        (A, "31.25."),
        (U, "Make up a silly story for my kid where 8 pirates share 250 gold coins."),
    ],
):
    conv("conv-writing-after-the-sum", turns, NOTE_POEM)

NOTE_MISSING = "the figures the last turn needs were never given"
for turns in (
    [
        (U, "I'm splitting a holiday cottage with friends."),
        (A, "Happy to help. What's the total cost and how many of you are going?"),
        (U, "Not sure yet, we're still deciding. What do you think is usually fair?"),
    ],
    [
        (U, "My rent is going up."),
        (A, "I'm sorry to hear that. How much is it now, and what's the increase?"),
        (U, "I'd rather not say. Can you just tell me if I should negotiate?"),
    ],
    [
        (U, "I'm comparing two phone contracts."),
        (A, "Sure, what are the monthly prices and the upfront costs?"),
        (U, "I'll find them later. Which features usually matter most?"),
    ],
    [
        (U, "We're driving to my in-laws' place."),
        (A, "Do you know the distance and your car's fuel use?"),
        (U, "No idea really. Any tips for keeping toddlers happy on long drives?"),
    ],
    [
        (U, "I want to work out my savings target."),
        (A, "What's your goal amount and when do you need it by?"),
        (U, "I haven't decided. How do people usually pick a savings goal?"),
    ],
    [
        (U, "I'm baking for a party."),
        (A, "How many guests and which recipe?"),
        (U, "Still waiting on RSVPs. What's a crowd-pleasing bake that travels well?"),
    ],
    [
        (U, "I'm planning a trip abroad."),
        (A, "Where are you heading and when?"),
        (U, "Somewhere warm, not sure when. Where would you suggest for a first solo trip?"),
    ],
):
    conv("conv-amounts-still-missing", turns, NOTE_MISSING)

NOTE_VERDICT = "after a number, the last turn asks for an opinion or judgement"
for turns in (
    [
        (U, "What's 30% off £220?"),
        (A, "That brings it to £154."),
        (U, "Is that a genuinely good deal for a winter coat, or a fake sale?"),
    ],
    [
        (U, "How many hours is 9am to 5:30pm?"),
        (A, "8.5 hours."),
        (U, "Is that a reasonable day for a 15-year-old doing work experience?"),
    ],
    [
        (U, "My parkrun is 5 kilometres. What's that in miles?"),
        (A, "About 3.11 miles."),
        (U, "Do you think that's too far for a beginner's first run?"),
    ],
    [
        (U, "What's £9.50 an hour over 16 hours?"),
        (A, "£152."),
        (U, "Would you take a Saturday job for that or focus on revision?"),
    ],
    [
        (U, "How many days until 1 September if it's 12 August?"),
        (A, "20 days."),
        (U, "Is that enough time to get a puppy used to being left alone?"),
    ],
    [
        (U, "What's 2.5% of £300,000?"),
        (A, "£7,500."),
        (U, "Is that a fair fee for an estate agent these days?"),
    ],
    [
        (U, "Convert 180 cm to feet and inches."),
        (A, "About 5 ft 10.9 in."),
        (U, "Is that tall enough to play basketball seriously?"),
    ],
):
    conv("conv-judgement-after-the-figure", turns, NOTE_VERDICT)

NOTE_EXPLAIN = "the last turn asks for the reasoning behind an answer, not a new value"
for turns in (
    [
        (U, "What's 17 x 24?"),
        (A, "408."),
        (U, "How could I do that in my head? Show me a trick."),
    ],
    [
        (U, "The patio thermometer says 100°F. Celsius, please?"),
        (A, "About 37.8°C."),
        (U, "Why do the two scales use such different numbers in the first place?"),
    ],
    [
        (U, "What weekday was 1 January 2000?"),
        (A, "It was a Saturday."),
        (U, "How do people who can name weekdays for any date do it?"),
    ],
    [
        (U, "What's 20% off then another 10% off £100?"),
        (A, "£72."),
        (U, "Why isn't that the same as 30% off? Explain it simply."),
    ],
    [
        (U, "Seconds in 24 hours: how many?"),
        (A, "86,400."),
        (U, "Why do we split days into 24 hours and not 10?"),
    ],
    [
        (U, "Convert 1 mile to km."),
        (A, "1.609344 km."),
        (U, "Where does such an odd number come from historically?"),
    ],
    [
        (U, "Quick one: 2^10?"),
        (A, "1,024."),
        (U, "Why do computer people care so much about that number?"),
    ],
):
    conv("conv-reasoning-behind-it", turns, NOTE_EXPLAIN)

NOTE_NAMES = "the numbers in the conversation are names, titles or labels"
for turns in (
    [
        (U, "I just finished watching 1917."),
        (A, "It's a striking film, shot to look like one continuous take."),
        (U, "Was it based on a real mission?"),
    ],
    [
        (U, "I'm reading 1984 for book club."),
        (A, "A classic. How are you finding it?"),
        (U, "Heavy going. What themes should I be ready to talk about?"),
    ],
    [
        (U, "We're going to see Blink-182 in June."),
        (A, "Sounds like fun!"),
        (U, "Which of their albums should I listen to beforehand?"),
    ],
    [
        (U, "My flight is BA 283 to Los Angeles."),
        (A, "Have a great trip."),
        (U, "Any tips for beating jet lag on the way out west?"),
    ],
    [
        (U, "I'm staying in room 404 at the hotel."),
        (A, "Ha, hopefully the room isn't 'not found'."),
        (U, "Explain that joke to my dad, he didn't get it."),
    ],
    [
        (U, "I bought a Peugeot 208 last week."),
        (A, "Nice, they're popular small cars."),
        (U, "What should I check at its first service?"),
    ],
    [
        (U, "My daughter is obsessed with Ocean's Eleven."),
        (A, "It's a fun heist film."),
        (U, "What similar films would she enjoy?"),
    ],
):
    conv("conv-titles-that-contain-numbers", turns, NOTE_NAMES)


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
    # no register (family name) of this set is a family name of sets 19 to 116
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 116: {reused}"
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
