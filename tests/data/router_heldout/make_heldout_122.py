r"""Generate heldout-2027-04-04.jsonl: a hundred-and-twenty-second held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-04 by a helper session working only in /work/sealed122 (scratch files
there too). The starting point was a copy of the previous set's generator (2487 lines) whose
set-up, helpers and checks had already been adapted for this set (OUT heldout-2027-04-04.jsonl,
PREFIX "ho122-", earlier generators 1-121, register check against sets 19 to 121); only its two
title lines, this provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  other strings are graded;
- /work/sealed122/earlier_registers.txt (2497 earlier family names), grepped for the key words of
  every candidate name so that no family of this set repeats one or sits close to one (hits such
  as nurse_on_a_contract_in_dubai, expat_family_moving_to_lisbon, gamer_building_a_first_pc,
  mature_student_distance_learning_degree, sixth_former_revising_for_exams and
  hospice_charity_shop led to other choices), and at the end compared with all 49 family names of
  this set (no match);
- of the copied script, only lines 1-355 (docstring, set-up, helpers, calculator set-up up to
  P = "plain"), 683-743 (units set-up to unit_r), 1023-1107 (datetime set-up to the sayus
  assertion), 1434-1441 (negatives set-up, neg and conv) and 2264-2487 (weekday check, checks and
  output).
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines (355 `P = "plain"`, 683, 1023 and 1434 the section rules, 742-743 the end of unit_r, 1107 the
sayus assertion, 1441 the end of conv, 2264 the weekday-check comment, 120 the end of the old
docstring) and kept only the read ranges, so lines 356-682, 744-1022, 1108-1433 and 1442-2263 were
dropped by line number, and four new sections written from scratch in scratch files were spliced
in. An unread byte copy of the original was kept until the end, used only by the splicing script
and by an ast comparison that printed one True or False per kept range (121-355 after the old
docstring, and the other four; all True: the kept code is unchanged); all scratch files were then
deleted. No git history, web or code search, router, tools, tests, other files under /work/main
(beyond grading.py and one grep of /work/main/pyproject.toml for its line-length, the file handed
to ruff as its configuration) or other generators were read (the script imports earlier generators
itself, in memory, for its duplicate and register checks), and no JSONL was read: expected values
were reviewed from an in-memory listing of this script's positives (id, expected value, tolerance,
query), the conversations were reviewed the same way, and everything else from this script's
source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a primary-school maths club
  volunteer, a widow arranging a memorial bench, a student on an exchange semester in Buenos
  Aires, a retired postman restoring a Vespa, a trekker bound for Everest base camp, an amateur
  photographer visiting Kenya, a couple adding a rear kitchen extension, a family emigrating to
  Perth, a PhD student on fieldwork in Mongolia, a remote developer living in Mexico City, a
  teacher leading a school ski trip, a mum budgeting on maternity leave, a village show baking
  entrant, a couple planning a civil partnership, an Etsy shop selling hand knits, a family with a
  static caravan, a motorcyclist touring the NC500, a couple running a Cornish holiday cottage, a
  bride sewing her own dress, a grandad teaching a grandchild to fish, a couple converting a
  chapel into a home, a nurse picking up bank shifts, a parent paying for violin lessons, a
  volunteer guide at a Roman villa and a couple saving for a round-the-world trip), each register
  used by all three tools, the first six with two items per tool. Phrasing varies: questions,
  statements, imperatives, field notes, fuel logs, price lists, invoices, lowercase, symbols
  (×, ÷, −, √, ^, °C, °F, m², /hr) and written-out units; pounds, euros, US and Australian
  dollars, Argentine pesos and Nepali rupees; written dates with and without computed weekdays,
  clock times, and fixed offsets (+00:00, +01:00, +03:00, +05:45, +08:00, -03:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals and thousands kept as strings and read with
  dec() or amt(), small counts written as words through NUMBER_WORDS): Fraction and Decimal for
  money and quantities (money() asserts whole pence or cents; whole counts such as photos kept
  and monthly deposits are asserted whole), exact unit definitions for conversions (from the
  set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre, square and cubic feet, psi,
  bar, GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, kilometre, litre, cubic
  centimetre, hectare, gram, square and cubic inch, the international nautical mile and the knot,
  decimal gigabytes, kWh and MJ), graded exactly when the result has at most two decimals and at
  0.1% otherwise (unit_auto choosing, unit_r asserting that an answer rounded to two decimals
  still passes), and datetime/date arithmetic for weekdays, spans, inclusive day counts, whole
  weeks, ages and complete years of service, nth and last weekdays, weekly series
  (count_weekday), working days (nth_workday), a clock interval across midnight less an unpaid
  break, and journeys across fixed offsets computed with tz-aware datetimes (zoned()). UK and
  central-European offsets stated in the text come from uk_offset()/cet_offset() (summer time
  between the last Sundays of March and October) and are asserted for each date used; the other
  offsets (Doha, Kathmandu, Perth, Buenos Aires) have no summer time. Weekdays written next to
  dates come from the computed date (sayw), and the Mondays the prose relies on were asserted.
  No contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a length)
  appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (lighthouse and shipwreck lore, tea and
  coffee culture, school-gate and sibling tact, apology notes and thank-you letters, Lua, Zig and
  R critique, Aztec and Mughal history, ballet and jazz album verdicts, lichens and ferns, street
  names and pub signs, crow and squirrel cleverness), 65 near-negatives shaped like positives but
  needing the model (numbers that are names, titles, codes or postcodes; ballpark guesses with
  nothing given; why a rule of arithmetic holds; formulas and sums inside code; what a stated
  reading means; whether something is worth the money; facts nobody stated; a made-up operator to
  decode and conventional notation or house rules), and 35 conversations whose last turn asks
  for writing after a sum, for advice while the figures are still missing, for a verdict on a
  result, for the reasoning or method behind an answer, or about works whose titles contain
  numbers; none ends in a plain exact question, and the figures in the assistant turns are
  computed in code too. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 121, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no module-level name is
bound twice (only the set-up's `sys`, whose attribute it sets) and that no function assigns a local
that shadows a module-level name or builtin (none). The first complete run passed every check up to
the duplicate check, which flagged 13 items matching earlier sets word for word: four plain
datetime questions (a famous date's weekday, a third Thursday, a clock interval across midnight, a
future New Year's Day's weekday), three plain units questions (13.1 miles, 350 °F, 30 psi), a
magpie question, two conversation openers (48 × 25, 30 °C) and three near-negatives (Ben Nevis, the
bones of the body, boiling water on Everest). All were reworded or given new figures; the run after
that flagged the replacement bones question, which was replaced again, and the next run passed. A
review of the listing then reworded three items (the Buenos Aires temperature now comes from a
roommate's weather app, the cambio is on Calle Florida, and the 10 km pace reply also gives minutes
and seconds). Ruff check reported 34 ISC004 implicit concatenations in the negatives' tuples, fixed
by parenthesising them (tuple lengths are asserted or unpacked, so no comma was missing); the
digest was unchanged by that fix and by ruff format. The project's ruff configuration allows 100
columns, so 16 lines of 100 to 102 characters remained; 13 were fixed by moving one word into the
next string piece and three by shortening their wording (the ski length, the plaque age and the
pollen forecast questions), and an in-memory comparison showed that only those three items' text
changed. Ruff check and ruff format were then clean, no line exceeds 99 characters, and the script
was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_122.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-04.jsonl"
PREFIX = "ho122-"
# earlier generators: sets 1-121 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 122))
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


NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}


def amt(s):
    """A figure as written in the text (thousands commas allowed), as an exact Fraction."""
    return dec(s.replace(",", ""))


def money(x):
    """A sum of money, asserted to come to whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert amt("1,450.25") == dec("1450.25") and money(dec("2.5") * 3) == dec("7.5")


def calculator_plain():
    a, b = "7,845", "36"
    calc(P, f"What is {a} × {b}?", amt(a) * amt(b))
    p, base = "23.6", "4,850"
    calc(P, f"{p}% of {base} = ?", pct(p) * amt(base))
    a, b, c = "1,284", "397", "8"
    calc(P, f"Work out ({a} − {b}) ÷ {c}", (amt(a) - amt(b)) / amt(c))
    sq = "3,249"
    root = math.isqrt(int(amt(sq)))
    assert root * root == amt(sq)
    calc(P, f"What's √{sq}?", root)
    a, b = 15, 12
    calc(P, f"what's {a} cubed minus {b} squared", a**3 - b**2)
    a, b = "9,702", "14"
    calc(P, f"Divide {a} by {b}.", amt(a) / amt(b))
    p, base = "18", "2,375"
    calc(P, f"If I add {p}% to {base}, what do I get?", amt(base) * (1 + pct(p)))
    n1, d1, n2, d2 = 3, 8, 7, 20
    calc(P, f"Give {n1}/{d1} + {n2}/{d2} as a decimal.", F(n1, d1) + F(n2, d2))
    calc(P, "Compute 2^13 − 3^7", 2**13 - 3**7)
    vals = (48, 53, 61, 57, 66)
    listed = ", ".join(str(v) for v in vals[:-1]) + f" and {vals[-1]}"
    calc(P, f"What is the mean of {listed}?", F(sum(vals), len(vals)))
    a, b = "0.35", "0.48"
    calc(P, f"How much is {a} × {b}?", dec(a) * dec(b))
    p, base = "125", "1,936"
    calc(P, f"Find {p}% of {base}.", pct(p) * amt(base))
    base, p = "45,000", "12.5"
    calc(P, f"{base} reduced by {p}% is what?", amt(base) * (1 - pct(p)))
    a, b, c, d = "4.75", "12", "8.4", "9.1"
    calc(P, f"Evaluate {a} × ({b} + {c}) − {d}", dec(a) * (dec(b) + dec(c)) - dec(d))


def calculator_registers():
    fam = "primary_school_maths_club_volunteer"
    nd, pd, nt, pt = 6, "3.45", 4, "7.80"
    calc(
        fam,
        f"Ordering for the Thursday maths club: {NUMBER_WORDS[nd]} packs of dice at £{pd} a "
        f"pack and {NUMBER_WORDS[nt]} sets of fraction tiles at £{pt} a set. What do I put on "
        "the school's expenses form?",
        money(nd * dec(pd) + nt * dec(pt)),
    )
    a, b, c, d = 37, 24, 156, 12
    calc(
        fam,
        f"Checking the answer card before the kids see it: {a} × {b} + {c} ÷ {d}, done the "
        "proper order-of-operations way. What should they get?",
        a * b + F(c, d),
    )

    fam = "widow_arranging_a_memorial_bench"
    bench, plaque, people = "1,450", "185", 5
    calc(
        fam,
        f"The parish council wants £{bench} for Arthur's bench and £{plaque} for the brass "
        f"plaque. The {NUMBER_WORDS[people]} of us in the family are splitting it evenly — "
        "how much does each of us send?",
        money((amt(bench) + amt(plaque)) / people),
    )
    letters, per, setup = 38, "4.20", "25"
    calc(
        fam,
        f"Engraver's price list: £{per} per letter plus a £{setup} set-up charge. The "
        f"inscription we've chosen has {letters} letters. What will the engraving cost?",
        money(letters * dec(per) + amt(setup)),
    )

    fam = "exchange_semester_in_buenos_aires"
    rent, util, flat = "420,000", "86,000", 4
    calc(
        fam,
        f"flat in Palermo: rent {rent} pesos + utilities {util} pesos a month, split "
        f"{NUMBER_WORDS[flat]} ways between me and my flatmates. what's my share in pesos?",
        (amt(rent) + amt(util)) / flat,
    )
    rate, usd = "1,150", "350"
    calc(
        fam,
        f"The cambio on Calle Florida is giving {rate} pesos per US dollar. If I change "
        f"US${usd}, how many pesos should I walk away with?",
        amt(rate) * amt(usd),
    )

    fam = "retired_postman_restoring_a_vespa"
    seat, cables, tyres, tyre, paint = "89.50", "23.75", 2, "38.40", "64"
    calc(
        fam,
        f"Parts for the '74 Vespa so far: seat £{seat}, cable set £{cables}, "
        f"{NUMBER_WORDS[tyres]} tyres at £{tyre} each and paint at £{paint}. Running total "
        "please.",
        money(dec(seat) + dec(cables) + tyres * dec(tyre) + dec(paint)),
    )
    bought, spent, sold = "600", "1,000", "2,200"
    outlay = amt(bought) + amt(spent)
    calc(
        fam,
        f"I paid £{bought} for the scooter, spent £{spent} doing it up and sold it for "
        f"£{sold}. My profit is what percentage of everything I laid out?",
        (amt(sold) - outlay) / outlay * 100,
    )

    fam = "trekker_bound_for_everest_base_camp"
    tims, park, local, guide, porter, ndays = "2,000", "3,000", "2,000", "3,500", "2,800", 12
    calc(
        fam,
        f"Budget in Nepali rupees: TIMS card {tims}, Sagarmatha National Park entry {park}, "
        f"Khumbu municipality fee {local}, then a guide at {guide} a day and a porter at "
        f"{porter} a day for {ndays} days. Grand total in rupees?",
        amt(tims) + amt(park) + amt(local) + ndays * (amt(guide) + amt(porter)),
    )
    lukla, ebc, up = "2,860", "5,364", 8
    calc(
        fam,
        f"Lukla sits at {lukla} m and base camp at {ebc} m. Spread over {up} walking days up, "
        "what's the average net gain in metres per day?",
        (amt(ebc) - amt(lukla)) / up,
    )

    fam = "amateur_photographer_visiting_kenya"
    fee, people, ndays, vehicle = "80", 2, 3, "45"
    calc(
        fam,
        f"Masai Mara conservancy: US${fee} per person per day, plus US${vehicle} per day for "
        f"the vehicle. There are {NUMBER_WORDS[people]} of us going in for "
        f"{NUMBER_WORDS[ndays]} days. Total fees in dollars?",
        money(amt(fee) * people * ndays + amt(vehicle) * ndays),
    )
    frames, kept = "2,360", "15"
    keepers = amt(frames) * pct(kept)
    assert keepers.denominator == 1
    calc(
        fam,
        f"I came home with {frames} frames from the safari and {kept}% survived my first cull. "
        "How many shots is that?",
        keepers,
    )

    fam = "couple_adding_a_rear_kitchen_extension"
    quote, vat, deposit = "38,600", "20", "5,000"
    calc(
        fam,
        f"Builder's quote for the extension is £{quote} + VAT at {vat}%. We've already paid a "
        f"£{deposit} deposit. What's still to pay?",
        money(amt(quote) * (1 + pct(vat)) - amt(deposit)),
    )

    fam = "family_emigrating_to_perth"
    ship, ins, declared = "7,850", "2.5", "42,000"
    calc(
        fam,
        f"Removals quote for the move to Perth: A${ship} for the container, and insurance at "
        f"{ins}% of the A${declared} we're declaring. What's the total in Australian dollars?",
        money(amt(ship) + pct(ins) * amt(declared)),
    )

    fam = "phd_student_on_fieldwork_in_mongolia"
    herders, big = 80, 26
    calc(
        fam,
        f"Field notes, Arkhangai: I interviewed {herders} herding households and {big} of them "
        "keep more than 200 goats. What percentage is that?",
        F(big, herders) * 100,
    )

    fam = "remote_developer_living_in_mexico_city"
    hours, rate, nweeks, tax = 32, "68.50", 4, "30"
    calc(
        fam,
        f"Invoice math: {hours} hrs/week at US${rate}/hr for {NUMBER_WORDS[nweeks]} weeks, "
        f"and I set aside {tax}% of it for taxes. What's left for me after the set-aside?",
        money(hours * dec(rate) * nweeks * (1 - pct(tax))),
    )

    fam = "teacher_leading_a_school_ski_trip"
    total, pupils = "31,920", 42
    calc(
        fam,
        f"The ski trip invoice is €{total} all in, and staff places are free, so the cost is "
        f"shared by the {pupils} pupils. How much per pupil goes on the letter home?",
        money(amt(total) / pupils),
    )

    fam = "mum_on_maternity_leave_budgeting"
    first, share, weekly, flat_weeks, flat = 6, "90", "520", 33, "187.18"
    calc(
        fam,
        f"My maternity pay: {NUMBER_WORDS[first]} weeks at {share}% of my £{weekly} average "
        f"weekly pay, then {flat_weeks} weeks at £{flat} a week. Total before tax?",
        money(first * pct(share) * amt(weekly) + flat_weeks * dec(flat)),
    )

    fam = "village_show_baking_entrant"
    each, kinds, cakes = 225, 3, 3
    calc(
        fam,
        f"Show sponge: {each} g each of butter, caster sugar and self-raising flour, plus eggs. "
        f"I'm baking {NUMBER_WORDS[cakes]} practice sponges before the show — how many grams "
        "of butter, sugar and flour is that altogether?",
        each * kinds * cakes,
    )

    fam = "couple_planning_a_civil_partnership"
    venue, registrar, guests, head = "2,300", "150", 46, "38.50"
    calc(
        fam,
        f"Costs so far: venue £{venue}, registrar £{registrar}, and the wedding breakfast for "
        f"{guests} guests at £{head} a head. What does it come to?",
        money(amt(venue) + amt(registrar) + guests * dec(head)),
    )

    fam = "etsy_shop_selling_hand_knits"
    price, trans, proc, proc_fixed, listing = "28", "6.5", "4", "0.20", "0.16"
    calc(
        fam,
        f"One bobble hat sells for £{price}. Fees: {trans}% transaction fee, payment "
        f"processing of {proc}% + £{proc_fixed}, and a £{listing} listing fee. What do I "
        "actually keep?",
        money(
            amt(price)
            - pct(trans) * amt(price)
            - (pct(proc) * amt(price) + dec(proc_fixed))
            - dec(listing)
        ),
    )

    fam = "family_with_a_static_caravan"
    site, parts, utilities = "4,380", 10, "65"
    calc(
        fam,
        f"Pitch fees are £{site} for the season, paid in {parts} equal instalments, and each "
        f"instalment also carries £{utilities} for gas and electric. How much is each payment?",
        money(amt(site) / parts + amt(utilities)),
    )

    fam = "motorcyclist_touring_the_nc500"
    l1, p1, l2, p2 = "15.5", "1.58", "12.5", "1.64"
    calc(
        fam,
        f"Fuel log, day two: {l1} litres at £{p1}/litre in Ullapool, {l2} litres at £{p2}/litre "
        "in Durness. Total spent on fuel?",
        money(dec(l1) * dec(p1) + dec(l2) * dec(p2)),
    )

    fam = "couple_running_a_cornish_holiday_cottage"
    n1, r1, n2, r2, comm = 31, "145", 12, "210", "18"
    calc(
        fam,
        f"Season so far: {n1} nights booked at £{r1} and {n2} peak nights at £{r2}. The agency "
        f"keeps {comm}% commission. What do we receive?",
        money((n1 * amt(r1) + n2 * amt(r2)) * (1 - pct(comm))),
    )

    fam = "bride_sewing_her_own_dress"
    silk, silk_p, lining, lining_p, buttons, button_p = "3.5", "42", "4", "8.75", 120, "0.15"
    calc(
        fam,
        f"Fabric shopping list: {silk} m of silk at £{silk_p} per metre, {lining} m of lining at "
        f"£{lining_p} per metre and {buttons} pearl buttons at £{button_p} each. Total?",
        money(dec(silk) * amt(silk_p) + dec(lining) * dec(lining_p) + buttons * dec(button_p)),
    )

    fam = "grandad_teaching_a_grandchild_to_fish"
    rod, hooks, hook_p, bait, trips = "34.99", 2, "2.85", "4.50", 6
    calc(
        fam,
        f"Kit for the little one: a rod and reel combo for £{rod}, {NUMBER_WORDS[hooks]} packs "
        f"of hooks at £{hook_p}, and maggots at £{bait} a trip for {NUMBER_WORDS[trips]} trips. "
        "How much am I spending?",
        money(dec(rod) + hooks * dec(hook_p) + trips * dec(bait)),
    )

    fam = "couple_converting_a_chapel_into_a_home"
    pews, each, fee = 14, "165", "12.5"
    calc(
        fam,
        f"The reclamation auction sold our {pews} pine pews at £{each} each, less the "
        f"auctioneer's {fee}% commission. What do we get back?",
        money(pews * amt(each) * (1 - pct(fee))),
    )

    fam = "nurse_picking_up_bank_shifts"
    rate, days_n, day_hours, night_hours, uplift = "24.60", 3, "11.5", "10", "1.5"
    calc(
        fam,
        f"Bank shifts this fortnight: {NUMBER_WORDS[days_n]} long days of {day_hours} paid "
        f"hours each and one night of {night_hours} hours paid at time and a half. Base rate "
        f"£{rate}/hr. Gross pay?",
        money(days_n * dec(day_hours) * dec(rate) + dec(night_hours) * dec(uplift) * dec(rate)),
    )

    fam = "parent_paying_for_violin_lessons"
    lesson, n, exam, rosin = "32", 11, "51.50", "6.25"
    calc(
        fam,
        f"Violin costs for the spring term: {n} lessons at £{lesson}, the Grade 2 exam entry "
        f"at £{exam} and a new block of rosin for £{rosin}. How much altogether?",
        money(n * amt(lesson) + dec(exam) + dec(rosin)),
    )

    fam = "volunteer_guide_at_a_roman_villa"
    ad, ad_p, con, con_p, ch, ch_p = 27, "9.50", 14, "7.25", 19, "4.75"
    calc(
        fam,
        f"Sunday tour takings to hand in: {ad} adults at £{ad_p}, {con} concessions at "
        f"£{con_p} and {ch} children at £{ch_p}. What should the cash bag hold?",
        money(ad * dec(ad_p) + con * dec(con_p) + ch * dec(ch_p)),
    )

    fam = "couple_saving_for_a_round_the_world_trip"
    target, saved, monthly = "18,500", "6,740", "840"
    n_months = (amt(target) - amt(saved)) / amt(monthly)
    assert n_months.denominator == 1
    calc(
        fam,
        f"Round-the-world fund: we need £{target}, we've got £{saved}, and between us we can "
        f"put away £{monthly} a month. How many monthly deposits until we hit the target?",
        n_months,
    )


calculator_plain()
calculator_registers()


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
KM = F(1000)  # m
LITRE = F(1, 1000)  # m^3
CC = F(1, 10**6)  # m^3
HECTARE = F(10**4)  # m^2
GRAM = F(1, 1000)  # kg
NMI = F(1852)  # m, international nautical mile
KNOT = NMI / 3600  # m/s
GB = 10**9  # bytes
KWH = F(3600 * 1000)  # J
MJ = F(10**6)  # J
SQIN = IN * IN  # m^2
CUIN = IN * IN * IN  # m^3

assert CUFT / LITRE == dec("28.316846592") and SQIN / (CM * CM) == dec("6.4516")
assert KNOT / KMH == dec("1.852") and CUIN / CC == dec("16.387064")


def unit_auto(family, query, value):
    """Exact grading when the result has at most two decimals, else 0.1% (checked at 2dp)."""
    value = F(value)
    if terminates(value) and decimals(value) <= 2:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def units_plain():
    n = 68
    unit_auto(P, f"Convert {n} inches to centimetres.", n * IN / CM)
    n = "7.5"
    unit_auto(P, f"{n} miles is how many km?", dec(n) * MI / KM)
    n = 390
    unit_auto(P, f"Oven dial at {n} °F: Celsius equivalent?", f_to_c(n))
    n = "2.4"
    unit_auto(P, f"What is {n} kg in ounces?", dec(n) / OZ)
    n = 45
    unit_auto(P, f"how many square feet are in {n} square metres", n / SQFT)
    n = 36
    unit_auto(P, f"Convert {n} psi into bar, please.", n * PSI / BAR)
    n = "1.5"
    unit_auto(P, f"{n} hectares = ? acres", dec(n) * HECTARE / ACRE)
    n = 85
    unit_auto(P, f"What's {n} km/h in mph?", n * KMH / MPH)
    n = 12
    unit_auto(P, f"How many litres is {n} cubic feet?", n * CUFT / LITRE)
    n = -25
    unit_auto(P, f"Convert {n} °C to Fahrenheit", c_to_f(n))
    n = 500
    unit_auto(P, f"A drive sold as {n} GB holds how many GiB?", F(n * GB, GIB))
    ft, inch = 6, 2
    unit_auto(P, f"{ft} ft {inch} in expressed in metres", (ft * FT + inch * IN))
    n = 20
    unit_auto(P, f"Turn {n} knots into km/h.", n * KNOT / KMH)
    n = 45
    unit_auto(P, f"How many megajoules are there in {n} kWh?", n * KWH / MJ)


def units_registers():
    fam = "primary_school_maths_club_volunteer"
    w, ln = 42, 28
    unit_auto(
        fam,
        f"The maths club measured the playground with trundle wheels: {w} m by {ln} m. What "
        "is its area in square feet?",
        w * ln / SQFT,
    )
    ft, inch = 4, 7
    unit_auto(
        fam,
        f"Our tallest Year 6 is {ft} ft {inch} in on the old height chart. How many centimetres "
        "is that?",
        (ft * FT + inch * IN) / CM,
    )

    fam = "widow_arranging_a_memorial_bench"
    n = 6
    unit_auto(
        fam,
        f"The bench catalogue says it is {n} feet long. Will that fit the spot by the pond — "
        "how long is it in metres?",
        n * FT,
    )
    a, b = 8, 3
    unit_auto(
        fam,
        f"The brass plaque is {a} inches by {b} inches. What's its area in square centimetres?",
        a * b * SQIN / (CM * CM),
    )

    fam = "exchange_semester_in_buenos_aires"
    n = 97
    unit_auto(
        fam,
        f"My American roommate's weather app says it'll be {n} °F when we land in January. "
        "What is that in Celsius?",
        f_to_c(n),
    )
    n = 985
    unit_auto(
        fam,
        f"The overnight bus to Mendoza covers about {n} km. For my parents back in Ohio — how "
        "many miles?",
        n * KM / MI,
    )

    fam = "retired_postman_restoring_a_vespa"
    n = 29
    unit_auto(
        fam,
        f"Manual says {n} psi in the rear tyre but my new gauge only reads in bar. What should "
        "I see on it?",
        n * PSI / BAR,
    )
    n = 125
    unit_auto(
        fam,
        f"How many cubic inches is the Vespa's {n} cc engine? A chap at the club asked.",
        n * CC / CUIN,
    )

    fam = "trekker_bound_for_everest_base_camp"
    n = "5,364"
    unit_auto(
        fam,
        f"Base camp is at {n} m. What's that in feet, for the bragging rights?",
        amt(n) / FT,
    )
    n = -18
    unit_auto(
        fam,
        f"Sleeping bag check: Gorak Shep nights can fall to {n} °C. What's that in °F?",
        c_to_f(n),
    )

    fam = "amateur_photographer_visiting_kenya"
    n = 112
    unit_auto(
        fam,
        f"Our guide reckoned the cheetah hit {n} km/h on that run. How fast is that in mph?",
        n * KMH / MPH,
    )
    n = 15
    unit_auto(
        fam,
        f"The bush plane to the Mara allows {n} kg of soft luggage including camera gear. "
        "How many pounds is that?",
        n / LB,
    )

    fam = "couple_adding_a_rear_kitchen_extension"
    a, b = "4.2", "5.5"
    unit_auto(
        fam,
        f"The extension's internal floor is {a} m × {b} m. The flooring site sells by the "
        "square foot — how many square feet is it?",
        dec(a) * dec(b) / SQFT,
    )

    fam = "family_emigrating_to_perth"
    n = "33.2"
    unit_auto(
        fam,
        f"A 20-foot shipping container holds {n} cubic metres. What's that in cubic feet?",
        dec(n) / CUFT,
    )

    fam = "phd_student_on_fieldwork_in_mongolia"
    n = -34
    unit_auto(
        fam,
        f"The thermometer outside the ger read {n} °C at dawn. My supervisor in Texas wants it "
        "in Fahrenheit.",
        c_to_f(n),
    )

    fam = "remote_developer_living_in_mexico_city"
    n = "2,240"
    unit_auto(
        fam,
        f"Mexico City sits at roughly {n} m above sea level, hence my wheezing on the stairs. "
        "In feet?",
        amt(n) / FT,
    )

    fam = "teacher_leading_a_school_ski_trip"
    n = 170
    unit_auto(
        fam,
        f"The hire shop lists a pupil's skis as {n} cm; the parent wants inches. What is that?",
        n * CM / IN,
    )

    fam = "mum_on_maternity_leave_budgeting"
    n = "3.45"
    unit_auto(
        fam,
        f"The red book says she was {n} kg at birth, but Nana only understands pounds. How "
        "many pounds?",
        dec(n) / LB,
    )

    fam = "village_show_baking_entrant"
    n = 180
    unit_auto(
        fam,
        f"The schedule says bake the Victoria sponge at {n} °C; my American cookbook oven dial "
        "is in Fahrenheit. Which setting?",
        c_to_f(n),
    )

    fam = "couple_planning_a_civil_partnership"
    a, b = 12, 9
    unit_auto(
        fam,
        f"The marquee firm quotes a {a} m by {b} m frame. Our planner works in square feet — "
        "what's the floor area?",
        a * b / SQFT,
    )

    fam = "etsy_shop_selling_hand_knits"
    n = 750
    unit_auto(
        fam,
        f"Parcel with two chunky jumpers weighs {n} g. The US customer asked for the weight in "
        "ounces.",
        n * GRAM / OZ,
    )

    fam = "family_with_a_static_caravan"
    n = 38
    unit_auto(
        fam,
        f"Our static is advertised as {n} ft long. How many metres is that, for the new pitch "
        "plan?",
        n * FT,
    )

    fam = "motorcyclist_touring_the_nc500"
    n = 516
    unit_auto(
        fam,
        f"The North Coast 500 loop is {n} miles. My Dutch riding mate wants it in kilometres.",
        n * MI / KM,
    )

    fam = "couple_running_a_cornish_holiday_cottage"
    n = "1,200"
    unit_auto(
        fam,
        f"The hot tub at the cottage holds {n} litres. The chemical instructions are in cubic "
        "feet — how many cubic feet?",
        amt(n) * LITRE / CUFT,
    )

    fam = "bride_sewing_her_own_dress"
    n = 28
    unit_auto(
        fam,
        f"Vintage pattern gives the waist as {n} inches. How many centimetres do I mark on my "
        "toile?",
        n * IN / CM,
    )

    fam = "grandad_teaching_a_grandchild_to_fish"
    lb, oz = 14, 6
    unit_auto(
        fam,
        f"Young Alfie's first carp went {lb} lb {oz} oz on the scales. What's that in kg for "
        "his school show-and-tell?",
        lb * LB + oz * OZ,
    )

    fam = "couple_converting_a_chapel_into_a_home"
    n = "1,850"
    unit_auto(
        fam,
        f"Estate agent's blurb says the chapel has {n} sq ft of floor. In square metres?",
        amt(n) * SQFT,
    )

    fam = "nurse_picking_up_bank_shifts"
    n = "101.3"
    unit_auto(
        fam,
        f"The agency handover sheet has a patient's temperature as {n} °F. What's that in °C "
        "for our chart?",
        f_to_c(dec(n)),
    )

    fam = "parent_paying_for_violin_lessons"
    n = "33.5"
    unit_auto(
        fam,
        f"The teacher says a body length of {n} cm is right for her. The second-hand listing "
        "is in inches — what number am I looking for?",
        dec(n) * CM / IN,
    )

    fam = "volunteer_guide_at_a_roman_villa"
    n = 64
    unit_auto(
        fam,
        f"Visitors keep asking: the dining-room mosaic covers {n} m². How many square yards "
        "is that?",
        n / SQYD,
    )

    fam = "couple_saving_for_a_round_the_world_trip"
    n = 65
    unit_auto(
        fam,
        f"My new backpack is a {n}-litre pack. The US review compares volumes in cubic inches "
        "— how many?",
        n * LITRE / CUIN,
    )


units_plain()
units_registers()


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
    """A wall-clock time on a day at a fixed offset written like +05:45 or -03:00."""
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = (int(p) for p in offset[1:].split(":"))
    tz = dt.timezone(sign * TD(hours=hours, minutes=minutes))
    return DT.combine(day, dt.time.fromisoformat(clock), tzinfo=tz)


def summer_time(d):
    """True between the last Sundays of March and October (EU and UK rule; not on those days)."""
    start = nth_weekday(d.year, 3, SUN, -1)
    end = nth_weekday(d.year, 10, SUN, -1)
    assert d not in (start, end), d
    return start < d < end


def uk_offset(d):
    return "+01:00" if summer_time(d) else "+00:00"


def cet_offset(d):
    return "+02:00" if summer_time(d) else "+01:00"


def flight_minutes(dep, arr):
    return F(int((arr - dep).total_seconds()), 60)


def count_weekday(first, last, wd):
    """How many dates from first to last, both included, fall on weekday wd."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def nth_workday(start, n):
    """The n-th Monday-to-Friday day after start."""
    d, k = start, 0
    while k < n:
        d += TD(days=1)
        if d.weekday() < SAT:
            k += 1
    return d


assert zoned(D(2030, 1, 1), "12:00", "+05:45").utcoffset() == TD(hours=5, minutes=45)
assert uk_offset(D(2030, 7, 1)) == "+01:00" and uk_offset(D(2030, 2, 1)) == "+00:00"
assert count_weekday(D(2030, 3, 4), D(2030, 3, 18), MON) == 3
assert nth_workday(D(2030, 3, 8), 1) == D(2030, 3, 11)


def datetime_plain():
    d = D(1851, 5, 1)
    date_item(
        P, f"The Great Exhibition opened on {say(d)}. What day of the week was that?", weekday(d)
    )
    a, b = D(2030, 1, 9), D(2030, 6, 27)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    n, d = 150, D(2031, 3, 3)
    date_item(P, f"What date is {n} days after {say(d)}?", d + TD(days=n))
    date_item(
        P, "Name the date of the third Wednesday in October 2029.", nth_weekday(2029, 10, WED, 3)
    )
    n, d = 10, D(2030, 9, 1)
    date_item(P, f"what was the date {n} weeks before {say(d)}", d - TD(weeks=n))
    born, on = D(1987, 8, 22), D(2031, 5, 5)
    date_item(P, f"How old is someone born on {say(born)} as of {say(on)}?", age(born, on))
    start, end = "22:35", "06:50"
    date_item(
        P,
        f"Minutes elapsed between {start} and {end} the following morning?",
        clock_span(start, end, 60),
    )
    a = D(2030, 2, 4)
    b = a + TD(weeks=12)
    date_item(P, f"How many weeks separate {sayw(a)} and {sayw(b)}?", weeks(a, b))
    d = D(2041, 9, 29)
    date_item(P, f"Which day of the week is {say(d)}?", weekday(d))
    date_item(P, "Give the date of the last Friday in May 2030.", nth_weekday(2030, 5, FRI, -1))
    a, b = D(2029, 12, 25), D(2030, 2, 14)
    date_item(
        P,
        f"Counting both {say(a)} and {say(b)}, how many days is that?",
        days(a, b) + 1,
    )
    n, d = 1000, D(2028, 6, 1)
    date_item(P, f"What date falls {n:,} days after {say(d)}?", d + TD(days=n))
    a, b = DT(2030, 3, 3, 8, 0), DT(2030, 3, 6, 20, 0)
    date_item(
        P,
        f"How many hours are there between 08:00 on {say(a.date())} and 20:00 on {say(b.date())}?",
        F(int((b - a).total_seconds()), 3600),
    )
    n, d = 90, D(2029, 10, 17)
    date_item(P, f"On what date will it be {n} days since {say(d)}?", d + TD(days=n))


def datetime_registers():
    fam = "primary_school_maths_club_volunteer"
    first = nth_weekday(2029, 9, TUE, 2)
    last = nth_weekday(2029, 12, TUE, 2)
    date_item(
        fam,
        f"Maths club meets every Tuesday from {sayw(first)} to {sayw(last)}, both included, "
        "and we keep going through half-term. How many sessions do I need worksheets for?",
        count_weekday(first, last, TUE),
    )
    s, length = D(2030, 1, 7), 45
    date_item(
        fam,
        f"The times-table challenge begins on {sayw(s)}, which counts as day 1, and lasts "
        f"{length} days. What's the date of the last day?",
        s + TD(days=length - 1),
    )

    fam = "widow_arranging_a_memorial_bench"
    born, died = D(1941, 3, 12), D(2028, 11, 3)
    date_item(
        fam,
        f"For the plaque: Arthur was born on {say(born)}, died on {say(died)}. What age was he?",
        age(born, died),
    )
    married, ann = D(1969, 6, 21), 60
    unveil = D(married.year + ann, married.month, married.day)
    date_item(
        fam,
        f"We married on {say(married)}, and I'd like the bench unveiled on what would have "
        f"been our {ann}th anniversary. What day of the week will that be?",
        weekday(unveil),
    )

    fam = "exchange_semester_in_buenos_aires"
    a, b = D(2030, 3, 3), D(2030, 7, 18)
    date_item(
        fam,
        f"My exchange at UBA runs {say(a)} to {say(b)}. How many days is that, counting the "
        "first and last day?",
        days(a, b) + 1,
    )
    d = D(2029, 9, 2)
    assert uk_offset(d) == "+01:00"
    dep = zoned(d, "21:55", uk_offset(d))
    arr = zoned(d + TD(days=1), "08:40", "-03:00")
    date_item(
        fam,
        f"Heathrow to Ezeiza: leaves 21:55 ({uk_offset(d)}) on {sayw(d)} and lands 08:40 "
        f"(-03:00) on {sayw(d + TD(days=1))}. How long is the flight in minutes?",
        flight_minutes(dep, arr),
    )

    fam = "retired_postman_restoring_a_vespa"
    s, r = D(1982, 9, 6), D(2023, 6, 30)
    date_item(
        fam,
        f"I started on the rounds on {say(s)} and did my last delivery on {say(r)}. How many "
        "complete years of service is that, for the retirement certificate?",
        age(s, r),
    )
    d, n = D(2029, 9, 17), 12
    assert d.weekday() == MON
    date_item(
        fam,
        f"Ordered a new crankshaft from the supplier in Bologna on {sayw(d)}. They quote "
        f"{n} working days (Monday to Friday, no holidays in between), counting from the day "
        "after the order. On what date should it arrive?",
        nth_workday(d, n),
    )

    fam = "trekker_bound_for_everest_base_camp"
    d = D(2030, 4, 6)
    dep = zoned(d, "02:10", "+03:00")
    arr = zoned(d, "09:05", "+05:45")
    date_item(
        fam,
        f"Doha to Kathmandu: departs 02:10 (+03:00) on {sayw(d)}, arrives 09:05 (+05:45) "
        "the same day. How many minutes in the air?",
        flight_minutes(dep, arr),
    )
    s, up, down = D(2030, 4, 9), 12, 4
    date_item(
        fam,
        f"We set off from Lukla on {say(s)}: {up} days walking up to base camp and {down} days "
        "coming back down. On what date do we walk back into Lukla?",
        s + TD(days=up + down),
    )

    fam = "amateur_photographer_visiting_kenya"
    land, gap = D(2030, 8, 14), 10
    date_item(
        fam,
        f"The travel clinic says the yellow fever jab must be at least {gap} days before I "
        f"land in Nairobi on {say(land)}. What's the latest date I can have it?",
        land - TD(days=gap),
    )
    a, b = land, D(2030, 8, 26)
    date_item(
        fam,
        f"Tented camp in the Mara booked from {say(a)} (check-in) to {say(b)} (check-out). "
        "How many nights is that?",
        days(a, b),
    )

    fam = "couple_adding_a_rear_kitchen_extension"
    s, n = D(2030, 4, 8), 14
    assert s.weekday() == MON
    date_item(
        fam,
        f"Builders start digging footings on {sayw(s)} and reckon {n} weeks to finish. What "
        f"date is exactly {n} weeks after they start?",
        s + TD(weeks=n),
    )

    fam = "family_emigrating_to_perth"
    d = D(2030, 6, 20)
    assert uk_offset(d) == "+01:00"
    dep = zoned(d, "21:15", uk_offset(d))
    arr = zoned(d + TD(days=1), "22:50", "+08:00")
    date_item(
        fam,
        f"One-way move: we leave London at 21:15 ({uk_offset(d)}) on {sayw(d)} and, with the "
        f"Singapore stop, land in Perth at 22:50 (+08:00) on {sayw(d + TD(days=1))}. Total "
        "journey time in minutes?",
        flight_minutes(dep, arr),
    )

    fam = "phd_student_on_fieldwork_in_mongolia"
    d = D(2030, 7, 11)
    date_item(
        fam,
        f"Naadam opens on {d.day} July every year. My interviews stop for it — what weekday "
        f"does it open on in {d.year}?",
        weekday(d),
    )

    fam = "remote_developer_living_in_mexico_city"
    d, terms = D(2030, 5, 17), 45
    date_item(
        fam,
        f"Invoice dated {sayw(d)}, terms net {terms} days. What's the due date?",
        d + TD(days=terms),
    )

    fam = "teacher_leading_a_school_ski_trip"
    d = nth_weekday(2030, 2, FRI, 2)
    assert uk_offset(d) == "+00:00" and cet_offset(d) == "+01:00"
    dep = zoned(d, "17:30", uk_offset(d))
    arr = zoned(d + TD(days=1), "11:15", cet_offset(d))
    date_item(
        fam,
        f"Coach leaves school at 17:30 ({uk_offset(d)}) on {sayw(d)} and reaches the resort "
        f"in the Alps at 11:15 ({cet_offset(d)}) on {sayw(d + TD(days=1))}. How many minutes "
        "are the kids on that coach?",
        flight_minutes(dep, arr),
    )

    fam = "mum_on_maternity_leave_budgeting"
    s, n = D(2030, 1, 13), 39
    date_item(
        fam,
        f"My leave starts {sayw(s)} and I'm taking {n} weeks. Which date is exactly {n} weeks "
        "on from the start, when I'm due back?",
        s + TD(weeks=n),
    )

    fam = "village_show_baking_entrant"
    date_item(
        fam,
        "The village show is always held on the second Saturday in August. What date will "
        "it be in 2030?",
        nth_weekday(2030, 8, SAT, 2),
    )

    fam = "couple_planning_a_civil_partnership"
    d, notice = D(2030, 9, 14), 29
    date_item(
        fam,
        f"The register office says we must give notice at least {notice} days before the "
        f"ceremony. Our date is {sayw(d)}. What is the latest date we can give notice?",
        d - TD(days=notice),
    )

    fam = "etsy_shop_selling_hand_knits"
    a, b = D(2029, 11, 2), D(2029, 12, 25)
    date_item(
        fam,
        f"I'm listing the Christmas jumpers on {sayw(a)}. How many days is it from then "
        f"until {say(b)}?",
        days(a, b),
    )

    fam = "family_with_a_static_caravan"
    date_item(
        fam,
        "Our caravan park closes for the winter on the last Sunday of October. Which date "
        "is that in 2030?",
        nth_weekday(2030, 10, SUN, -1),
    )

    fam = "motorcyclist_touring_the_nc500"
    d, n = D(2030, 6, 1), 9
    date_item(
        fam,
        f"The tour is {n} days and day 1 is {sayw(d)}, leaving Inverness. What day of the "
        f"week is day {n}?",
        weekday(d + TD(days=n - 1)),
    )

    fam = "couple_running_a_cornish_holiday_cottage"
    a, b = D(2029, 7, 14), D(2029, 8, 4)
    date_item(
        fam,
        f"Guests arrive {say(a)} and leave {say(b)}. How many nights do I invoice?",
        days(a, b),
    )

    fam = "bride_sewing_her_own_dress"
    d, n = D(2030, 5, 25), 3
    date_item(
        fam,
        f"The wedding is on {sayw(d)}. My final fitting needs to be {NUMBER_WORDS[n]} weeks "
        "before that. What date?",
        d - TD(weeks=n),
    )

    fam = "grandad_teaching_a_grandchild_to_fish"
    a, b = D(2030, 3, 15), D(2030, 6, 15)
    date_item(
        fam,
        f"The coarse close season on rivers runs from {say(a)} to {say(b)} with both days "
        "included. How many days is that, so I can explain to the lad why we wait?",
        days(a, b) + 1,
    )

    fam = "couple_converting_a_chapel_into_a_home"
    d, n = D(2030, 2, 11), 8
    date_item(
        fam,
        f"Our change-of-use application was validated on {sayw(d)}. The council has "
        f"{NUMBER_WORDS[n]} weeks to decide. What is the decision target date?",
        d + TD(weeks=n),
    )

    fam = "nurse_picking_up_bank_shifts"
    start, end, brk = "19:30", "08:00", 45
    date_item(
        fam,
        f"Bank night shift on ward 7: {start} to {end}, with a {brk}-minute unpaid break. How "
        "many paid hours is that?",
        clock_span(start, end, 3600) - F(brk, 60),
    )

    fam = "parent_paying_for_violin_lessons"
    first = nth_weekday(2030, 1, THU, 2)
    exam = D(2030, 3, 23)
    date_item(
        fam,
        f"Violin lessons are every Thursday starting {sayw(first)}, and her exam is on "
        f"{sayw(exam)}. How many lessons does she get before the exam, counting the first one?",
        count_weekday(first, exam - TD(days=1), THU),
    )

    fam = "volunteer_guide_at_a_roman_villa"
    first = nth_weekday(2030, 4, SUN, 1)
    last = nth_weekday(2030, 9, SUN, -1)
    date_item(
        fam,
        "Guided tours of the villa run every Sunday from the first Sunday in April to the "
        "last Sunday in September 2030. How many tours is that?",
        count_weekday(first, last, SUN),
    )

    fam = "couple_saving_for_a_round_the_world_trip"
    a, b = D(2030, 10, 1), D(2031, 4, 17)
    date_item(
        fam,
        f"We fly out {sayw(a)} and come home {sayw(b)}. How many days is the whole trip, "
        "counting both travel days?",
        days(a, b) + 1,
    )


datetime_plain()
datetime_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "ask-lighthouse-and-shipwreck-lore": (
        (
            "Why were lighthouse keepers phased out in Britain, and what was life like for the "
            "last ones on the rock stations?"
        ),
        (
            "What's the most convincing explanation for the three keepers who vanished from the "
            "Flannan Isles lighthouse?"
        ),
        "Why did so many ships come to grief on the Goodwin Sands?",
        "How did the Fresnel lens change lighthouse design?",
        "Why is the Mary Rose such an important find for historians of Tudor England?",
        (
            "Were Cornish wreckers really luring ships onto the rocks with false lights, or is "
            "that mostly legend?"
        ),
        "How can a sailor at night tell one lighthouse from another along the same coast?",
        "What made the Bell Rock Lighthouse such a feat of engineering for its day?",
        "Why did the Swedish warship Vasa capsize on her maiden voyage?",
        "Who was Grace Darling and why did her rescue make her a national heroine?",
    ),
    "ask-tea-and-coffee-culture-whys": (
        "Why do Britons put milk in their tea when so many other tea-drinking countries don't?",
        "How did London's coffee houses in the 1600s turn into places for news and business?",
        "What is the meaning behind the steps of a Japanese tea ceremony?",
        "Why do Italians drink their espresso standing at the bar?",
        "How did masala chai become such a fixture of everyday life in India?",
        "Why is tea, not coffee, the everyday drink in Turkey despite Turkish coffee's fame?",
        "What's the etiquette if someone pours me mint tea in a Moroccan home?",
        "Did Americans really switch from tea to coffee because of the Boston Tea Party?",
        (
            "Is the flat white Australian or a New Zealand invention, and why do people argue "
            "about it?"
        ),
        "Why is yerba mate passed round in one shared gourd in Argentina and Uruguay?",
    ),
    "ask-school-gate-and-sibling-tact": (
        (
            "A mum at the school gate keeps asking me to take her kids home on Fridays. How do I "
            "say no without making things awkward?"
        ),
        (
            "My sister turns every family dinner into a contest about whose kids are doing "
            "better. How do I handle it?"
        ),
        (
            "My teenage son and daughter fight over the bathroom every single morning. Any ideas "
            "that don't involve me refereeing?"
        ),
        (
            "I've found out there's a class parents' WhatsApp group that I wasn't added to. "
            "Should I say something?"
        ),
        (
            "My brother borrowed my car and brought it back with a dent he won't own up to. How "
            "do I raise it?"
        ),
        (
            "How do I tell the class rep I don't want to chip in for a teacher present every "
            "single term?"
        ),
        (
            "My little sister copies everything I do, from my hobbies to my hair. How do I talk "
            "to her about it kindly?"
        ),
        (
            "Is it rude to miss my nephew's christening for a friend's hen weekend that was "
            "booked first?"
        ),
        (
            "My son's best friend's mum keeps posting photos of my child online. How do I ask her "
            "to stop?"
        ),
        (
            "My parents openly favour my brother, even now we're adults. Is it worth bringing up "
            "with them?"
        ),
    ),
    "ask-apology-notes-and-thank-you-letters": (
        "Help me write a short apology to my neighbour after my dog dug up her tulip bed.",
        "Write a thank-you note to the hospice nurses who looked after my dad in his last week.",
        (
            "Draft a warm thank-you letter to a teacher who is retiring after teaching all three "
            "of my children."
        ),
        "Can you write an apology email to a client for missing our call, without grovelling?",
        "I need a thank-you card message for my in-laws, who paid for our honeymoon.",
        "Write a sincere apology to my best friend for forgetting her birthday completely.",
        "Help me word a thank-you to the stranger who handed my lost wallet in at the station.",
        "Draft a note to a colleague apologising for taking credit for her idea in a meeting.",
        "Write a thank-you message for the volunteers who ran our village litter pick.",
        "Help me write a kind thank-you to the host family I stayed with in Lyon.",
    ),
    "ask-lua-zig-and-r-critique": (
        (
            "Is Lua still a sensible choice for game scripting in a new engine, or are there "
            "better options now?"
        ),
        (
            "Review this R: `for (i in 1:nrow(df)) df$z[i] <- df$x[i] + df$y[i]` — how would you "
            "write it idiomatically?"
        ),
        "What are Zig's main selling points over C for systems programming?",
        "Why do Lua tables start at index 1, and does it cause bugs in practice?",
        (
            "Zig refuses to compile because of an unused local variable. Why is it so strict, and "
            "what's the clean fix?"
        ),
        "Is the tidyverse worth learning properly or should I stick to base R?",
        "Explain what comptime does in Zig and when I'd reach for it.",
        "How should I lay out a larger Lua project so modules don't leak globals everywhere?",
        "Why is growing a vector inside a loop slow in R, and what should I do instead?",
        (
            "Critique this Lua: `function total(t) local s = 0 for k, v in pairs(t) do s = s + v "
            "end return s end` — any pitfalls?"
        ),
    ),
    "ask-aztec-and-mughal-whys": (
        "Why did the Aztec empire fall so quickly to such a small Spanish force?",
        "Why did Shah Jahan build the Taj Mahal, and what did it cost his empire?",
        "How did Tenochtitlan get fresh water to such a large city built on a lake?",
        "Why is Akbar remembered as a tolerant ruler?",
        "What role did chinampas play in feeding the Aztec capital?",
        "Why did the Mughal empire decline after Aurangzeb?",
        "How did the Aztecs use their two calendars in religious life?",
        "Why did Babur invade northern India in the first place?",
        "What was the point of the Mesoamerican ballgame — sport, ritual, or both?",
        "How did Mughal miniature painting grow out of Persian traditions?",
    ),
    "ask-ballet-and-jazz-album-verdicts": (
        "Is Kind of Blue overrated, or does it deserve its reputation?",
        "For a seven-year-old's first ballet, would you pick The Nutcracker or Coppélia?",
        "What makes A Love Supreme such an important jazz record?",
        "Is Swan Lake worth seeing on stage if all I know is the film Black Swan?",
        "Which of Ella Fitzgerald's songbook albums should I start with?",
        (
            "Is Pina Bausch's dance theatre an acquired taste, and how should a newcomer approach "
            "it?"
        ),
        "Was Bitches Brew a betrayal of jazz or its turning point?",
        "Giselle or La Sylphide: which is the better Romantic ballet, in your view?",
        "Is Thelonious Monk's playing deliberately 'wrong', and why do people love it?",
        "Which Matthew Bourne production is the best introduction to his style?",
    ),
    "ask-lichen-and-fern-curiosities": (
        "Why are lichens used as indicators of air quality?",
        "How do ferns reproduce without flowers or seeds?",
        "Is a lichen a plant, a fungus, or something else entirely?",
        "Why do young fern fronds unfurl as curled fiddleheads?",
        "Why is reindeer moss actually a lichen and not a moss?",
        "Why did the Victorians go mad for collecting ferns?",
        "Is it true that some lichens survived being exposed to outer space?",
        "Why does bracken take over whole hillsides?",
        "What gives some lichens on walls and roofs their bright orange colour?",
        "Are the tree ferns in British gardens native, and how do they survive our winters?",
    ),
    "ask-street-name-and-pub-sign-origins": (
        "Why are so many British pubs called The Red Lion?",
        "Where does the street name Shambles come from?",
        "Why is there a Pudding Lane in London, and what was the pudding?",
        "Why are there so many pubs named after the Marquis of Granby?",
        "Why do so many streets in York end in 'gate' when they aren't gates?",
        "Where does the odd pub name The Goat and Compasses supposedly come from?",
        "Why is it usually High Street in England but Main Street in Scotland and America?",
        "Where does the name Piccadilly come from?",
        "What is the meaning of the pub name The Lamb and Flag?",
        "What's the story behind the name Elephant and Castle?",
    ),
    "ask-crow-and-squirrel-cleverness": (
        "Do crows really remember individual human faces and hold grudges?",
        "How do grey squirrels find the nuts they buried months earlier?",
        "Is the idea that magpies hoard jewellery backed by any actual research?",
        "How do crows use tools, and which species are the cleverest at it?",
        "Why do squirrels sometimes pretend to bury a nut when another squirrel is watching?",
        "Do jays plan ahead when they cache acorns?",
        "Why do crows gather in huge roosts over winter?",
        "Are red squirrels less clever than greys, or just outcompeted?",
        "How can I tell a rook from a carrion crow in the field?",
        "Why do squirrels chase each other round tree trunks in spirals?",
    ),
}

NEAR = {
    "near-numbers-as-names": (
        (
            "Why is Area 51 called that?",
            "51 is a name; the question asks for history",
        ),
        (
            "Why did Coco Chanel call her perfume No. 5?",
            "the number is a brand name; needs the story",
        ),
        (
            "Is Catch-22 worth reading, and where does the title come from?",
            "a book title with a number; opinion and literary fact",
        ),
        (
            "Why is Route 66 so famous, and can you still drive it end to end?",
            "a road number; history and travel facts",
        ),
        (
            "What was Studio 54 famous for?",
            "a club's name; cultural history",
        ),
        (
            "Who was the real-life inspiration for Ian Fleming's 007?",
            "a code number; literary history",
        ),
        (
            "Why do tourists queue outside 221B Baker Street?",
            "a house number; cultural fact",
        ),
        (
            "How did the Porsche 911 get its number, when it was meant to be the 901?",
            "model numbers; automotive history",
        ),
        (
            "Why is Apollo 13 called a 'successful failure'?",
            "a mission number; space history",
        ),
        (
            "Whose address has the postcode SW1A 1AA?",
            "a postcode is an identifier, not a quantity",
        ),
    ),
    "near-ballpark-with-nothing-given": (
        (
            "Roughly how many piano tuners make a living in Greater Manchester?",
            "Fermi estimate; no figures given",
        ),
        (
            "Ballpark: how many grains of rice are in an ordinary 1 kg bag?",
            "needs an assumed grain mass; estimation, not conversion",
        ),
        (
            "About how many words does a typical person speak in a lifetime?",
            "estimate with no figures supplied",
        ),
        (
            "How many table tennis balls would fit inside a double-decker bus, roughly?",
            "Fermi estimate; dimensions must be assumed",
        ),
        (
            "Have a guess at how much tea the UK drinks in a day.",
            "needs outside knowledge and estimation",
        ),
        (
            "Roughly how many hairs are on a human head?",
            "fact-based estimate",
        ),
        (
            "Give or take, how many leaves does a mature oak carry in midsummer?",
            "estimate from biology knowledge",
        ),
        (
            "How many steps would a fairly average office worker take in a year, roughly?",
            "estimate with no stated daily figure",
        ),
    ),
    "near-why-the-arithmetic-works": (
        (
            (
                "Why does a negative times a negative come out positive? I need an explanation "
                "that isn't just 'that's the rule'."
            ),
            "explanation of a rule, not a calculation",
        ),
        (
            (
                "My ten-year-old asked why her calculator says error when she divides by nought. "
                "How do I explain it?"
            ),
            "explaining undefined division",
        ),
        (
            "Why does adding up the digits tell you whether a number divides by 3?",
            "proof sketch of a divisibility rule",
        ),
        (
            "Why is anything to the power of nought equal to one?",
            "explaining a convention",
        ),
        (
            "My mate refuses to believe that 0.999 recurring equals 1. How do I convince him?",
            "argument, not a computation",
        ),
        (
            "Why do you flip the second fraction and multiply when dividing fractions?",
            "explaining a method",
        ),
        (
            "What's the intuition for why a circle's area is pi times the radius squared?",
            "geometric explanation",
        ),
        (
            "Why does carrying the one in column addition actually work?",
            "explaining place value",
        ),
    ),
    "near-sums-inside-code": (
        (
            "My spreadsheet cell =SUM(B2:B10)/COUNT(B2:B10) shows #DIV/0! — what's causing it?",
            "debugging a formula",
        ),
        (
            "In Python, why is 0.1 + 0.2 == 0.3 False, and how should I compare money amounts?",
            "floating point explanation",
        ),
        (
            "Why does JavaScript give '5' + 3 as '53' but '5' - 3 as 2?",
            "type coercion explanation",
        ),
        (
            "Explain what =VLOOKUP(A2,Prices!A:C,3,FALSE) does, step by step.",
            "explaining a spreadsheet formula",
        ),
        (
            'Why does printf("%d", 7 / 2) print 3 in C?',
            "integer division semantics",
        ),
        (
            "My SQL AVG(price) doesn't seem to count every row. Is that the NULLs?",
            "SQL semantics",
        ),
        (
            "In Google Sheets, when would I use MROUND instead of ROUNDUP?",
            "spreadsheet function comparison",
        ),
        (
            "Why does round(2.5) give 2 in Python 3 but I was taught it should be 3?",
            "rounding convention explanation",
        ),
    ),
    "near-what-the-reading-means": (
        (
            "My blood pressure at the pharmacy was 138 over 88. Should I be worried?",
            "interpreting a health reading",
        ),
        (
            "The tyre warning says my front left is at 28 psi. Is it safe to drive to work on it?",
            "safety judgement, not a conversion",
        ),
        (
            "Pollen forecast says 'very high' for grass. What does that mean for my hay fever?",
            "interpreting a forecast",
        ),
        (
            (
                "My speed test shows 35 Mbps down and 5 up. Is that enough for video calls while "
                "the kids stream?"
            ),
            "judging adequacy",
        ),
        (
            "My watch says my VO2 max is 41. Is that decent for a woman in her mid-forties?",
            "interpreting a fitness number",
        ),
        (
            (
                "Experian puts my credit score at 720 out of 999. What does that mean for a "
                "mortgage application?"
            ),
            "interpreting a score",
        ),
        (
            "The UV index on holiday is 8. What precautions should we take with the kids?",
            "advice from a reading",
        ),
        (
            "My resting heart rate is 52. Is that too low or just a sign I'm fit?",
            "interpreting a health reading",
        ),
    ),
    "near-is-it-worth-the-money": (
        (
            "Is a £180 air fryer worth it if I already have a decent oven?",
            "value judgement",
        ),
        (
            "Is it worth paying £25 extra for a legroom seat on a four-hour flight?",
            "value judgement",
        ),
        (
            "Are meal kit subscriptions worth it for a couple who hate planning dinners?",
            "value judgement",
        ),
        (
            "Should I take the £79 extended warranty on a £450 washing machine?",
            "judgement about risk, not arithmetic",
        ),
        (
            "Is a £45-a-month gym membership worth keeping if I only manage two visits a week?",
            "value judgement",
        ),
        (
            "Is upgrading from an iPhone 12 to the newest model worth the money?",
            "opinion on a product upgrade",
        ),
        (
            "Is a railcard worth buying if I only take the train a handful of times a year?",
            "depends on unstated fares",
        ),
        (
            "Is a £2,000 e-bike a sensible buy for a five-mile commute?",
            "value judgement",
        ),
    ),
    "near-facts-nobody-stated": (
        ("How high is Scafell Pike, England's tallest mountain?", "a fact the tools do not hold"),
        ("What's the population of Reykjavik these days?", "a fact the tools do not hold"),
        ("On average, how far away is the Moon?", "a fact the tools do not hold"),
        ("When did the Channel Tunnel open to passengers?", "a historical date, not arithmetic"),
        (
            "Which bone in the human body is the smallest, and how big is it?",
            "a fact the tools do not hold",
        ),
        (
            (
                "Roughly what temperature does water boil at in La Paz, and why does it matter "
                "for cooking pasta?"
            ),
            "physics fact needing pressure knowledge",
        ),
        ("How long is the River Thames from source to sea?", "a geographic fact"),
        ("How many players does a rugby union side field?", "a sports fact"),
    ),
    "near-house-rules-and-notation": (
        (
            (
                "On my son's worksheet, 7 @ 3 = 421 and 5 @ 2 = 310. What rule is @ following, "
                "and what would 9 @ 4 be?"
            ),
            "pattern-spotting a made-up operator",
        ),
        (
            "What does the ! in 5! mean, and why is 0! defined to be 1?",
            "explaining notation and a convention",
        ),
        (
            "In chess notation, what does Nxe5+ mean?",
            "reading notation",
        ),
        (
            "What does 'n choose k' written in tall brackets mean, and where is it used?",
            "explaining notation",
        ),
        (
            "In a knitting pattern, what do 'k2tog' and 'p1' mean?",
            "numbers inside craft abbreviations",
        ),
        (
            "In darts, what is 'double top' and why is it a favourite finish?",
            "game jargon",
        ),
        (
            (
                "In our house, Uno +4 cards can be stacked on +2 cards. Is that an official rule "
                "or something families made up?"
            ),
            "house rules about a card game",
        ),
    ),
}

CONVERSATIONS = {
    "conv-now-write-it-up": (
        (
            "Split £{t} between {n} of us for the cottage weekend — how much each?",
            "£{each} each.",
            (
                "Lovely. Write a cheerful group-chat message asking everyone to send their share "
                "by Friday."
            ),
            ("336", 4),
        ),
        (
            (
                "We raised £{t} at the bake sale and want to split it between {n} charities. How "
                "much each?"
            ),
            "That's £{each} per charity.",
            "Can you draft a short thank-you post for the school newsletter announcing it?",
            ("1,245", 3),
        ),
        (
            (
                "The leaving present cost £{t} and {n} people chipped in equally. How much did "
                "each give?"
            ),
            "Each person gave £{each}.",
            "Write a funny card message from all of us for Priya, who's off to Canada.",
            ("144", 16),
        ),
        (
            (
                "Our allotment group has £{t} in the kitty and {n} plot holders. What's that per "
                "head?"
            ),
            "£{each} per plot holder.",
            "Now write a polite note proposing we spend it on a shared water butt instead.",
            ("270", 18),
        ),
        (
            "Book club subs came to £{t} across {n} members. Per person?",
            "£{each} per member.",
            "Draft a reminder email to the three who haven't paid, without sounding naggy.",
            ("210", 14),
        ),
        (
            "The band's gig paid £{t} and there are {n} of us. Even split?",
            "£{each} each.",
            "Write a short Instagram caption thanking the venue for having us.",
            ("480", 5),
        ),
        (
            "The taxi from the airport was £{t} for {n} of us. What do I ask each for?",
            "£{each} each.",
            (
                "Write a breezy message to the group with my bank details placeholder and a joke "
                "about the driver's playlist."
            ),
            ("78", 3),
        ),
    ),
    "conv-advice-before-the-figures": (
        (
            "I'm thinking of overpaying my mortgage instead of saving into an ISA.",
            "That can make sense depending on your rate and savings. What's your mortgage rate?",
            "I'll dig that out later. In general, what should I be weighing up?",
            None,
        ),
        (
            "My landlord wants to put the rent up.",
            "Sorry to hear that. How much by, and what does your tenancy say?",
            "Not sure yet, the letter's vague. What are my rights in England in general?",
            None,
        ),
        (
            "I've been offered a job in Edinburgh, a bit more money but further from family.",
            "Congratulations! How much more is it, and how far from family would you be?",
            "I haven't seen the full package. What questions should I ask before deciding?",
            None,
        ),
        (
            "I want to start investing but I'm nervous.",
            "That's very normal. How much were you thinking of putting in each month?",
            "I don't know yet. What's a sensible way to think about it before picking an amount?",
            None,
        ),
        (
            "We're choosing between two nurseries for our daughter.",
            "Happy to help compare. What are the fees and hours for each?",
            "I'm still waiting for the fee sheets. What else should matter besides price?",
            None,
        ),
        (
            "Thinking about solar panels for our roof.",
            "Good idea for many homes. Which way does your roof face, and what's your usage?",
            "South-ish, usage unknown. What should I ask installers when they quote?",
            None,
        ),
        (
            "My son wants a part-time job alongside his A-levels.",
            "That can work well. How many hours would he be doing?",
            "It's not decided. How do we judge whether it'll hurt his grades?",
            None,
        ),
    ),
    "conv-was-that-a-good-result": (
        (
            "I bought a used car for £{a} and sold it {n} years later for £{b}. What did I lose?",
            "You lost £{diff}.",
            "Is that a normal amount of depreciation or did I do badly?",
            ("9,400", 3, "5,150"),
        ),
        (
            "I scored {a} out of {b} in my driving theory mock. What percentage is that?",
            "That's {pc}%.",
            "Am I ready to book the real test, do you think?",
            ("44", "50"),
        ),
        (
            "My house was valued at £{a} and we got an offer of £{b}. How far under is it?",
            "The offer is £{diff} below the valuation.",
            "Should we accept, or hold out in this market?",
            ("325,000", "311,500"),
        ),
        (
            "I ran my first 10 km race in {a} minutes. What's my pace per km?",
            "{pace} minutes per km, which is {mm}:{ss:02d} per km.",
            "Is that good for a beginner in her fifties?",
            ("62",),
        ),
        (
            "My pay rise takes me from £{a} to £{b}. What's the percentage?",
            "That's a {pc}% rise.",
            "Is that a decent rise compared with inflation lately, or should I push for more?",
            ("31,000", "32,240"),
        ),
        (
            (
                "The energy company says we used {a} kWh this quarter versus {b} last. How much "
                "less?"
            ),
            "{diff} kWh less.",
            "Was it the new loft insulation, or could something else explain it?",
            ("1,260", "1,470"),
        ),
        (
            "I got {a} of my {b} job applications to interview stage. What's my hit rate?",
            "{pc}%.",
            "Is that a good rate for graduate schemes, or is my CV letting me down?",
            ("3", "40"),
        ),
    ),
    "conv-show-me-your-reasoning": (
        (
            "What's 15% off £{a}?",
            "£{b}.",
            "How did you get that? Show me a way to do it in my head at the till.",
            ("64",),
        ),
        (
            "How many days from {a} to {b}?",
            "{n} days.",
            "Walk me through how you counted so I can do it myself next time.",
            (D(2030, 5, 3), D(2030, 6, 21)),
        ),
        (
            "What's {a} × {b}?",
            "{r}.",
            "Is there a trick for multiplying by {b} quickly? Explain why it works.",
            (36, 25),
        ),
        (
            "My phone says {a} °C in Madrid. What is that in Fahrenheit for my dad?",
            "{r} °F.",
            "Is there a rough mental shortcut for this, and how far off does it get?",
            (28,),
        ),
        (
            "What's {a} squared minus {b} squared?",
            "{r}.",
            "Why is that the same as {s} times {d}? Explain the pattern.",
            (7, 3),
        ),
        (
            "How much is 20% VAT on £{a}?",
            "£{b}.",
            "Why can't I just take 20% off the gross price to get the VAT back out?",
            ("85",),
        ),
        (
            "What's 1/3 as a decimal?",
            "0.333… recurring.",
            "Why does it never end, when 1/4 does?",
            None,
        ),
    ),
    "conv-titles-with-numbers": (
        (
            "I'm finally reading Nineteen Eighty-Four.",
            "Great choice — how far in are you?",
            (
                "Just past the Two Minutes Hate. Is the ending as bleak as people say? No "
                "spoilers beyond yes or no."
            ),
            None,
        ),
        (
            "We watched Ocean's Eleven last night.",
            "A fun caper! Did you enjoy it?",
            "Loved it. Are the sequels worth watching or should we stop there?",
            None,
        ),
        (
            "My film club is doing 2001: A Space Odyssey next.",
            "An ambitious pick! Have most members seen it?",
            "Hardly any. What should I say in a five-minute intro to help them enjoy it?",
            None,
        ),
        (
            "Just finished The Thirty-Nine Steps by John Buchan.",
            "A classic thriller. How did you find it?",
            "Fun but dated. How does it compare with the Hitchcock film?",
            None,
        ),
        (
            "Our school is studying Fahrenheit 451.",
            "A great novel for discussion. What year group?",
            "Year 10. Can you suggest three discussion questions about censorship for them?",
            None,
        ),
        (
            "I keep hearing about 12 Angry Men.",
            "It's a gripping courtroom drama. Have you seen it?",
            "Not yet. Should I watch the 1957 original or the later remake first?",
            None,
        ),
        (
            "Blink-182 are playing near me in the summer.",
            "Nice! Are you going?",
            "Thinking about it. Which of their albums should I listen to first to prepare?",
            None,
        ),
    ),
}


def _money_str(x):
    x = money(x)
    return f"{x.numerator // x.denominator:,}" if x.denominator == 1 else f"{float(x):,.2f}"


def _fill_conversation(family, k, first, reply, last, figs):
    """Fill the figures into a conversation, computing the assistant's answer in code."""
    if family == "conv-now-write-it-up":
        t, n = figs
        each = amt(t) / n
        return first.format(t=t, n=n), reply.format(each=_money_str(each)), last
    if family == "conv-was-that-a-good-result":
        if k == 0:
            a, n, b = figs
            first = first.format(a=a, n=n, b=b)
            return first, reply.format(diff=_money_str(amt(a) - amt(b))), last
        if k in (1, 6):
            a, b = figs
            pc = F(int(a), int(b)) * 100
            assert terminates(pc)
            return first.format(a=a, b=b), reply.format(pc=num(pc)), last
        if k == 2:
            a, b = figs
            return first.format(a=a, b=b), reply.format(diff=_money_str(amt(a) - amt(b))), last
        if k == 3:
            (a,) = figs
            pace = amt(a) / 10
            assert terminates(pace)
            mm, ss = divmod(int(pace * 60), 60)
            assert pace * 60 == mm * 60 + ss
            return first.format(a=a), reply.format(pace=num(pace), mm=mm, ss=ss), last
        if k == 4:
            a, b = figs
            pc = (amt(b) - amt(a)) / amt(a) * 100
            assert terminates(pc)
            return first.format(a=a, b=b), reply.format(pc=num(pc)), last
        if k == 5:
            a, b = figs
            diff = amt(b) - amt(a)
            return first.format(a=a, b=b), reply.format(diff=f"{num(diff):,}"), last
    if family == "conv-show-me-your-reasoning" and figs:
        if k in (0, 5):
            (a,) = figs
            b = amt(a) * (1 - pct(15)) if k == 0 else amt(a) * pct(20)
            return first.format(a=a), reply.format(b=_money_str(b)), last
        if k == 1:
            a, b = figs
            words = (f"{d.day} {calendar.month_name[d.month]}" for d in (a, b))
            return first.format(a=next(words), b=next(words)), reply.format(n=days(a, b)), last
        if k == 2:
            a, b = figs
            return first.format(a=a, b=b), reply.format(r=f"{a * b:,}"), last.format(b=b)
        if k == 3:
            (a,) = figs
            return first.format(a=a), reply.format(r=num(c_to_f(a))), last
        if k == 4:
            a, b = figs
            r = a**2 - b**2
            assert r == (a + b) * (a - b)
            return first.format(a=a, b=b), reply.format(r=r), last.format(s=a + b, d=a - b)
    assert figs is None, (family, k)
    return first, reply, last


def negatives():
    for family, questions in ORDINARY.items():
        assert len(questions) == 10, family
        for q in questions:
            neg(family, q)
    for family, pairs in NEAR.items():
        for q, note in pairs:
            neg(family, q, note)
    notes = {
        "conv-now-write-it-up": "last turn asks for writing after a sum",
        "conv-advice-before-the-figures": "advice while the figures are still missing",
        "conv-was-that-a-good-result": "asks for a verdict on a computed result",
        "conv-show-me-your-reasoning": "asks for the method or reasoning behind an answer",
        "conv-titles-with-numbers": "works whose titles contain numbers; opinion",
    }
    for family, convs in CONVERSATIONS.items():
        assert len(convs) == 7, family
        for k, (first, reply, last, figs) in enumerate(convs):
            first, reply, last = _fill_conversation(family, k, first, reply, last, figs)
            conv(family, [(U, first), (A, reply), (U, last)], notes[family])


negatives()


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
    # no register (family name) of this set is a family name of sets 19 to 121
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 121: {reused}"
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
