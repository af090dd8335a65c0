r"""Generate heldout-2027-04-14.jsonl: a hundred-and-thirty-second held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-14 by a helper session working only in /work/sealed132 (scratch files
in /work/sealed132/scratch, deleted at the end). The starting point was a 2320-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-14.jsonl, PREFIX "ho132-", earlier generators 1-131, register check against
sets 19 to 131); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed132/earlier_registers.txt (2847 earlier family names): its first 100 lines and a
  line count, a count of hyphenated names and of names starting near- or conv- (none), 40
  hyphenated (negative-topic) names, then grep runs that printed, for about 200 candidate
  keywords, how many earlier names contain the keyword and the first few such names (so that
  this set's names are new combinations, not near-copies), and exact-match checks on the 25
  register names and 10 ordinary negative topics chosen (two first choices, a darts captain and
  a couch-to-5k beginner, were taken and replaced; several others were swapped because a close
  earlier name existed);
- of the copied script, only lines 1-367, 745-805, 1093-1177, 1543-1550 and 2097-2320, printed
  with sed, plus a line count; lines 1-367 only (through sed) were searched for the end of the
  old docstring and the __future__ import, and the boundary lines 365-367, 745-746, 804-805,
  1093-1094, 1176-1177, 1543-1544, 1549-1550 and 2097-2098 were printed again through sed;
- nothing of /work/main/pyproject.toml: it was only handed to ruff as its configuration.
No slip is known: nothing outside these ranges and files was printed or searched.
The previous set's question sections were never viewed: a splicing script joined this docstring,
the kept ranges by line number from a byte-for-byte scratch copy, and four new sections written
from scratch, so lines 1-122 (the old docstring, read) were replaced and 368-744, 806-1092,
1178-1542 and 1551-2096 were dropped unread; a check script confirmed that each kept range
appears verbatim, and in order, in this script. No git history, web or code search (the search
tools were not used), router, tests (not even a listing), other sealed directories, other
generators or other files under /work/main were read (one probe printed the Python version and
four zone offsets); the script imports the earlier generators itself, in memory, for its
duplicate and register checks, and prints none of their text (its failure messages name only
this set's item ids); no earlier JSONL was read. Expected values and wording were reviewed from
scratch listings of this set's own output (ids, expected values, tolerances and texts).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a roofer
  quoting a terrace reroof, a skatepark fundraising committee, school tuck shop volunteers, a
  Halloween trail organiser, a supply teacher's day rates, a fresher's budget, a pet sitter's
  holiday bookings, an advent calendar craft stall, Valentine's night restaurant bookings, a
  retiree visiting family in Osaka, a couple budgeting a barn wedding, a self-built timber
  cabin, a refrigerated trailer run to Milan, a roller disco organiser, a school summer fair
  raffle, a pub pool team's away fixtures, new parents' first weeks with a baby, a grandad's
  marmalade batches, a balcony solar panel owner, colleagues training for a charity 10k, a soft
  play birthday party, a private used-car buyer, a caravan holiday in the Dordogne, a Texas
  barbecue caterer and a backpacker picking fruit in Queensland), each register used by all
  three tools, six of them (roofer, Osaka, barn wedding, timber cabin, Milan run, Dordogne)
  with two items per tool. Phrasing varies: questions, imperatives, quotes and invoices,
  tallies, group-chat lowercase, notes and labels; symbols (×, ÷, −, %, ², °C, °F, m², m³, →,
  feet and inch marks) and written-out units; pounds, pence, euros, yen, US and Australian
  dollars; written dates with computed weekdays (sayw, sayus) and without, clock times, and
  journeys between named cities.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text through show, money, cash and pence_text, which
  print exact Fractions exactly): Fraction arithmetic for money and quantities (cents() asserts
  whole pence and cents; whole packs, sales and years round up with whole_up), exact unit
  definitions for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound and
  ounce, acre, square and cubic feet, psi, bar, MiB and GiB, km/h and mph, Celsius/Fahrenheit;
  added here: centimetre, millimetre, kilometre, gram, square inch and the international
  knot), graded exactly when the result has at most three decimals and at 0.1% otherwise
  (unit_any choosing, unit_r asserting that an answer rounded to two decimals still passes), and
  date arithmetic for weekdays, spans, inclusive day counts, nights, whole weeks, an age, nth
  and last weekdays, day of the year, counts of a weekday (weekday_count), working days
  (add_working_days), a fortnightly series, clock intervals, a wall-clock span across London's
  clocks going back on 31 October 2027, and journeys and time differences whose offsets come
  from the IANA rules (zoneinfo, loaded through importlib so the set-up is unchanged;
  on_weekday() asserts each weekday the text relies on, and asserts near the helpers pin the
  offsets used: Osaka eight hours ahead of London on 1 October and nine on 6 November 2027,
  London on summer time on 30 October and not on 31 October 2027, Milan and Caen two hours
  ahead of UTC in summer, Los Angeles eight behind and Sydney eleven ahead in early March 2028,
  Brisbane ten ahead all year, Chicago five behind in October). No offsets are written in the
  positives; no contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month
  as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Norman castles and sieges; Motown and
  northern soul verdicts; PHP, Perl and Makefile help; leftovers and weeknight dinners; bird
  migration and hibernation; condolence and leaving-card wording; noisy neighbour and parking
  tact; lent money and honesty dilemmas; everyday saying origins; shin splints and stretching),
  65 near-negatives in 13 families of five shaped like positives but needing the model (live
  prices and rates, boiler, appliance and dashboard fault codes, numbers in titles, estimates
  with no figures, why a maths trick works, numeric facts nobody stated, whether a stated price
  is sensible, what a reading means, when something happened, code to compute something, sums
  missing their deciding figures, why a clock or calendar custom exists, cooking and garden
  judgement with numbers), and 35 conversations in seven families of five whose last turn asks
  for a thank-you message after a bill was split, for a verdict after a price rise was worked
  out, for why a unit is used after a conversion, for ideas or advice after a date was worked
  out, for a translation after a bill was totalled, for advice after a weekly saving was worked
  out, or about meeting etiquette after a time difference was worked out; none ends in a plain
  exact question, and the figures in assistant turns are computed in code. Symbolic algebra was
  kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 131,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that no set-up or check name is bound again and
that no module-level name of the new sections equals a local name of the kept functions (none
was). Before the first full run the unit_r two-decimal assertion was anticipated for three
small results, so a cereal bar became a box, a trailer height is asked in centimetres and a
pool table's area became a cue's length. The first full run failed the duplicate-query check
because the five price-rise conversations shared one last turn (each now has its own). The
next run's duplicate check flagged 9 items matching earlier sets word for word (three plain
unit questions, two unstated numeric facts, a historical date, two maths-why questions and a
conversation's first turn); all were reworded or given new figures, and the run after that
passed. Reviewing the listings fixed an article doubled before two bill-split events, a plural
subject with a singular verb, three conversation date questions (now "N days after" rather than
"the Nth day"), an oven question that invited rounding, a stray article before a distance, red
diesel abroad, and an unreal haulage permit (now a customer's site pass). Ruff check before
formatting listed 80 implicitly concatenated strings in tuples (ISC004); after ruff format had
joined the strings that fit on one line, 69 remained and were parenthesised with ruff's own
fix. After formatting, eight lines were exactly 100 characters long; they were reworded or
broken elsewhere. Ruff check and ruff format are clean, no line exceeds 99 characters, and
the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_132.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-14.jsonl"
PREFIX = "ho132-"
# earlier generators: sets 1-131 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 132))
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
    "make_heldout_131.py",
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
    """An exact amount of money that is a whole number of pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def show(x, sep=False):
    """A terminating Fraction written out exactly with the fewest decimals (e.g. 18.75)."""
    x = F(x)
    k = decimals(x)
    digits = str(abs(x.numerator) * 10**k // x.denominator).rjust(k + 1, "0")
    whole, frac = (digits[:-k], digits[-k:]) if k else (digits, "")
    if sep:
        whole = f"{int(whole):,}"
    sign = "\u2212" if x < 0 else ""
    return sign + whole + (f".{frac}" if k else "")


def money(x):
    """Money with two decimals and thousands separators (e.g. 1,284.00)."""
    x = cents(x)
    assert x >= 0, x
    pence = int(x * 100)
    return f"{pence // 100:,}.{pence % 100:02d}"


def cash(x):
    """Money as people write it: whole amounts without decimals, else two decimals."""
    x = cents(x)
    return f"{int(x):,}" if x.denominator == 1 else money(x)


def pence_text(x):
    """A sum under a pound in pence (e.g. 45p)."""
    x = cents(x)
    assert 0 < x < 1, x
    return f"{int(x * 100)}p"


assert show(dec("18.750")) == "18.75" and show(F(-2, 5)) == "\u22120.4" and show(7) == "7"
assert show(dec("1234.5"), sep=True) == "1,234.5" and money(dec("1284")) == "1,284.00"
assert cash(dec("6.50")) == "6.50" and cash(1150) == "1,150" and pence_text(dec("0.45")) == "45p"

# ---------------------------------------------------------------- calculator: plain questions
c_base, c_rate = 1284, dec("17.5")
calc(P, f"What's {show(c_rate)}% of £{cash(c_base)}?", cents(c_base * c_rate / 100))
c_n, c_d = 3468, 12
calc(P, f"work out {c_n:,} ÷ {c_d}", F(c_n, c_d))
c_a, c_b = 48, dec("0.375")
calc(P, f"How much is {c_a} × {show(c_b)}?", c_a * c_b)
c_items = [dec("19.99"), dec("4.35"), dec("12.80"), dec("7.06")]
calc(
    P,
    "Add these receipts together please: "
    + ", ".join(money(v) for v in c_items[:-1])
    + f" and {money(c_items[-1])}",
    sum(c_items),
)
c_paid, c_off = 86, 20
calc(
    P,
    f"A coat cost me £{c_paid} in a {c_off}%-off sale. What was its price before the sale?",
    cents(F(c_paid) / (1 - F(c_off, 100))),
)
c_x, c_y = dec("2.4"), dec("1.1")
calc(P, f"What is {show(c_x)}² minus {show(c_y)}²?", c_x**2 - c_y**2)
c_start, c_pc = 240, dec("12.5")
calc(
    P,
    f"Cut {c_start} by {show(c_pc)}%, then raise the result by {show(c_pc)}%. "
    "What number do you end up with?",
    c_start * (1 - c_pc / 100) * (1 + c_pc / 100),
)
c_marks = [72, 85, 91, 64, 78]
calc(
    P,
    "Mean of these five test marks: " + ", ".join(str(v) for v in c_marks) + "?",
    F(sum(c_marks), len(c_marks)),
)
c_pot, c_big, c_small = 1150, 3, 2
calc(
    P,
    f"Share {c_pot:,} in the ratio {c_big}:{c_small}. How much is the bigger share?",
    F(c_pot * c_big, c_big + c_small),
)
c_got, c_outof = 27, 36
calc(P, f"{c_got} out of {c_outof} as a percentage?", F(c_got * 100, c_outof))
c_cube = 17**3
calc(P, f"What's the cube root of {c_cube:,}?", 17)
c_num, c_den, c_whole = 7, 8, 2000
calc(P, f"Find {c_num}/{c_den} of {c_whole:,}.", F(c_num * c_whole, c_den))
c_dep, c_int = 5000, 4
calc(
    P,
    f"I put £{c_dep:,} in a saver paying {c_int}% interest, added once a year and left in. "
    "What's the balance straight after the third annual interest payment?",
    cents(c_dep * (1 + F(c_int, 100)) ** 3),
)
c_f1, c_f2, c_f3 = dec("0.6"), dec("0.45"), 900
calc(P, f"What is {show(c_f1)} of {show(c_f2)} of {c_f3}?", c_f1 * c_f2 * c_f3)

# ---------------------------------------------------------------- calculator: registers
ROOF = "roofer_quoting_a_terrace_reroof"
SKATE = "skatepark_fundraiser_committee"
TUCK = "school_tuck_shop_volunteers"
SPOOK = "halloween_trail_organiser"
SUPPLY = "supply_teacher_day_rates"
FRESH = "freshers_week_student_budget"
PETS = "pet_sitter_holiday_bookings"
ADVENT = "advent_calendar_craft_stall"
VALEN = "valentines_night_restaurant_bookings"
OSAKA = "retiree_visiting_family_in_osaka"
BARN = "couple_budgeting_a_barn_wedding"
CABIN = "self_build_timber_cabin"
MILAN = "refrigerated_trailer_run_to_milan"
DISCO = "roller_disco_night_organiser"
RAFFLE = "school_summer_fair_raffle"
POOL = "pub_pool_team_away_fixtures"
BABY = "new_parents_first_weeks_with_a_baby"
JAM = "grandad_making_marmalade_batches"
SOLAR = "balcony_solar_panel_owner"
TENK = "colleagues_training_for_a_charity_10k"
SOFT = "soft_play_birthday_party_parent"
CAR = "used_car_private_sale_buyer"
DORD = "caravan_holiday_in_the_dordogne"
BBQ = "texas_bbq_pitmaster_catering"
QLD = "backpacker_fruit_picking_in_queensland"

r_m2, r_slate, r_scaff, r_lab, r_vat = 46, dec("38.50"), 620, 1150, 20
calc(
    ROOF,
    f"Quote for the terrace reroof, no. 14: {r_m2} m² of slate at £{money(r_slate)}/m², "
    f"scaffold £{r_scaff}, labour £{cash(r_lab)}. Then VAT at {r_vat}% on the whole lot. "
    "What's the figure at the bottom of the quote?",
    cents((r_m2 * r_slate + r_scaff + r_lab) * (1 + F(r_vat, 100))),
)
r_pot, r_days = 2730, (5, 4, 4)
calc(
    ROOF,
    f"Three of us did the Albert Road roof and the £{cash(r_pot)} labour gets shared by days "
    f"on the job: Dean did {r_days[0]} days, me and Kyle {r_days[1]} each. How much is Dean's "
    "share?",
    cents(F(r_pot * r_days[0], sum(r_days))),
)
k_raised, k_target = 18420, 42000
calc(
    SKATE,
    f"Skatepark committee: £{cash(k_raised)} banked so far towards the £{cash(k_target)} "
    "build, and the council has promised to match, pound for pound, every further pound we "
    "raise. How much more do we ourselves still have to raise?",
    cents(F(k_target - k_raised, 2)),
)
t_sales = [(38, dec("0.45"), "flapjacks"), (52, dec("0.60"), "fruit pots")]
t_sales.append((27, dec("0.35"), "juice cartons"))
calc(
    TUCK,
    "Tuck shop tally for Friday: "
    + ", ".join(f"{n_} {what} at {pence_text(p_)}" for n_, p_, what in t_sales)
    + ". What did we take altogether, in pounds?",
    cents(sum(n_ * p_ for n_, p_, _w in t_sales)),
)
h_fam, h_adult, h_child = 17, 6, dec("4.50")
h_nfam, h_nadult, h_nchild = 41, 63, 118
calc(
    SPOOK,
    f"Halloween trail ticket sales: {h_nfam} family tickets at £{h_fam}, {h_nadult} adult "
    f"singles at £{h_adult} and {h_nchild} child singles at £{money(h_child)}. "
    "Total takings?",
    cents(h_nfam * h_fam + h_nadult * h_adult + h_nchild * h_child),
)
s_full, s_rate, s_half = 13, 165, 4
calc(
    SUPPLY,
    f"Supply cover this half term: {s_full} full days at £{s_rate} a day and {s_half} half "
    "days paid at half the day rate. What's my gross pay for it?",
    cents(s_full * s_rate + s_half * F(s_rate, 2)),
)
f_loan, f_rent, f_weeks = 3480, 1870, 14
calc(
    FRESH,
    f"Student loan came in at £{cash(f_loan)}; hall fees of £{cash(f_rent)} go out of it "
    f"straight away and the rest has to last {f_weeks} weeks until the next instalment. "
    "How much a week does that leave me?",
    cents(F(f_loan - f_rent, f_weeks)),
)
p_cat, p_dog, p_key, p_catn, p_dogn = 22, 35, 10, 9, 6
calc(
    PETS,
    f"Pet sitting invoice: cat visits are £{p_cat} a night, dog stays £{p_dog} a night, and "
    f"each booking has a £{p_key} key handover fee. Two bookings: the cat for {p_catn} nights, "
    f"the dog for {p_dogn}. Invoice total?",
    cents(p_catn * p_cat + p_dogn * p_dog + 2 * p_key),
)
a_cost, a_price, a_fee, a_goal = dec("7.40"), 24, 45, 200
calc(
    ADVENT,
    f"My handmade advent calendars cost £{money(a_cost)} each in materials and sell for "
    f"£{a_price}. The craft fair pitch is £{a_fee}. What's the smallest number I have to sell "
    f"to cover the pitch and still clear £{a_goal} profit?",
    whole_up((a_fee + a_goal) / (a_price - a_cost)),
)
v_head, v_covers, v_serv = 69, 34, dec("12.5")
calc(
    VALEN,
    f"Valentine's set menu is £{v_head} a head and we've got {v_covers} covers booked; "
    f"service of {show(v_serv)}% is added to the bill. If everyone turns up, what do the "
    "bills come to in total?",
    cents(v_head * v_covers * (1 + v_serv / 100)),
)
o_gbp, o_rate, o_fee = 850, dec("188.4"), 1500
calc(
    OSAKA,
    f"Changed £{o_gbp} into yen for the Osaka trip at {show(o_rate)} yen to the pound and the "
    f"kiosk kept a flat ¥{o_fee:,}. How many yen did I walk away with?",
    o_gbp * o_rate - o_fee,
)
o_pass, o_legs = 50000, (13320, 14720, 8950, 11880)
calc(
    OSAKA,
    f"We each bought a rail pass at ¥{o_pass:,}. Booking the four journeys separately would "
    "have been ¥" + ", ¥".join(f"{v:,}" for v in o_legs[:-1]) + f" and ¥{o_legs[-1]:,} a head. "
    "For the two of us, how many yen more did the passes cost than separate tickets?",
    2 * (o_pass - sum(o_legs)),
)
b_venue, b_head, b_guests, b_eve, b_extra, b_band = 4800, 58, 92, dec("9.50"), 30, 650
b_total = b_venue + b_head * b_guests + b_eve * (b_guests + b_extra) + b_band
calc(
    BARN,
    f"Wedding budget: barn hire £{cash(b_venue)}, wedding breakfast £{b_head} each for "
    f"{b_guests} day guests, evening buffet at £{money(b_eve)} a head for the day guests plus "
    f"{b_extra} evening-only guests, and the band at £{b_band}. Total?",
    cents(b_total),
)
b_saved, b_weeks = 8165, 21
calc(
    BARN,
    f"The wedding bills come to £{cash(b_total)} all told and we've got £{cash(b_saved)} put "
    f"by. With {b_weeks} weekly pay packets left before the day, how much do we need to save "
    "from each one?",
    cents((b_total - b_saved) / b_weeks),
)
w_lines = [(14, 24, "lengths of C16 timber"), (6, dec("31.20"), "sheets of OSB")]
w_lines.append((3, dec("18.60"), "tubs of screws"))
w_disc = 15
calc(
    CABIN,
    "Cabin order from the builders' merchant: "
    + ", ".join(f"{n_} {what} at £{money(p_)}" for n_, p_, what in w_lines)
    + f", less {w_disc}% trade discount on the lot. What do I pay?",
    cents(sum(n_ * p_ for n_, p_, _w in w_lines) * (1 - F(w_disc, 100))),
)
w_wall, w_pack = dec("38.4"), dec("2.88")
calc(
    CABIN,
    f"The cabin's walls add up to {show(w_wall)} m² and one pack of insulation slab covers "
    f"{show(w_pack)} m². Packs only come whole, so how many do I order?",
    whole_up(w_wall / w_pack),
)
m_rate, m_km, m_tolls, m_tunnel = dec("1.85"), 1264, 212, 318
calc(
    MILAN,
    f"Invoice for the Milan reefer load: €{show(m_rate)} per loaded km over {m_km:,} km, "
    f"plus €{m_tolls} motorway tolls and €{m_tunnel} for the tunnel. What's the invoice total "
    "in euros?",
    cents(m_rate * m_km + m_tolls + m_tunnel),
)
m_lph, m_hours, m_price = dec("2.4"), dec("19.5"), dec("1.75")
calc(
    MILAN,
    f"The fridge unit on my trailer burns {show(m_lph)} litres of diesel an hour and ran "
    f"{show(m_hours)} hours on the way down. With diesel at €{money(m_price)} a litre, what "
    "did keeping the load cold cost?",
    cents(m_lph * m_hours * m_price),
)
d_entry, d_hire, d_people, d_hired = dec("7.50"), 4, 146, 89
calc(
    DISCO,
    f"Roller disco night: {d_people} through the door at £{money(d_entry)} entry, and "
    f"{d_hired} of them also hired skates at £{d_hire}. Takings for the night?",
    cents(d_people * d_entry + d_hired * d_hire),
)
f_single, f_strip, f_strip_n, f_strips, f_singles, f_hamper = 1, 5, 6, 214, 187, 75
calc(
    RAFFLE,
    f"Summer fair raffle: tickets £{f_single} each or a strip of {f_strip_n} for £{f_strip}. "
    f"We sold {f_strips} strips and {f_singles} single tickets. All prizes were donated apart "
    f"from the £{f_hamper} hamper we bought. How much did the raffle make?",
    cents(f_strips * f_strip + f_singles * f_single - f_hamper),
)
l_bus, l_fuel, l_players = 186, dec("54.60"), 6
calc(
    POOL,
    f"away match at the Feathers: minibus was £{l_bus} plus £{money(l_fuel)} diesel, "
    f"split evenly between the {l_players} of us. what do I put in the group chat as each "
    "person's share",
    cents((l_bus + l_fuel) / l_players),
)
n_big, n_bigp, n_small, n_smallp = 96, dec("14.40"), 64, dec("10.24")
calc(
    BABY,
    f"Nappies: a box of {n_big} is £{money(n_bigp)}, a box of {n_small} is "
    f"£{money(n_smallp)}. How many pence per nappy do we save by buying the bigger box?",
    (n_smallp / n_small - n_bigp / n_big) * 100,
)
j_kg, j_kgp, j_sugar, j_sugarp, j_lemons, j_lemonp, j_jars = (
    dec("1.8"),
    dec("3.20"),
    dec("3.6"),
    dec("1.15"),
    2,
    dec("0.35"),
    10,
)
calc(
    JAM,
    f"Grandad's marmalade: {show(j_kg)} kg of Seville oranges at £{money(j_kgp)} a kilo, "
    f"{show(j_sugar)} kg of sugar at £{money(j_sugarp)} a kilo and {j_lemons} lemons at "
    f"{pence_text(j_lemonp)} each. It filled {j_jars} jars. What did each jar cost him to "
    "make?",
    cents((j_kg * j_kgp + j_sugar * j_sugarp + j_lemons * j_lemonp) / j_jars),
)
e_kit, e_kwh, e_price = 540, 410, dec("0.27")
calc(
    SOLAR,
    f"My balcony solar kit cost £{e_kit}. It makes about {e_kwh} kWh a year, all of which I "
    f"use, and each kWh I don't buy saves me {pence_text(e_price)}. How many whole years "
    "before it has paid for itself?",
    whole_up(e_kit / (e_kwh * e_price)),
)
g_spons = [145, dec("87.50"), 210, 62, dec("118.25"), 96]
g_aided, g_boost = 480, 25
calc(
    TENK,
    "Sponsorship for our 10k so far: £"
    + ", £".join(cash(v) for v in g_spons[:-1])
    + f" and £{cash(g_spons[-1])}. £{g_aided} of that is eligible for Gift Aid, which adds "
    f"{g_boost}% on top. What's our total with the Gift Aid?",
    cents(sum(g_spons) + g_aided * F(g_boost, 100)),
)
y_base, y_cap, y_extra, y_kids, y_bag = 185, 15, dec("11.50"), 22, dec("2.80")
calc(
    SOFT,
    f"Soft play party package: £{y_base} covers up to {y_cap} children, then it's "
    f"£{money(y_extra)} per extra child. {y_kids} came, and I made up a party bag at "
    f"£{money(y_bag)} for each of them. What did the party cost me?",
    cents(y_base + (y_kids - y_cap) * y_extra + y_kids * y_bag),
)
u_ask, u_less = 6450, 8
u_offer = u_ask * (1 - F(u_less, 100))
calc(
    CAR,
    f"The seller was asking £{cash(u_ask)} for the Fiesta. I offered {u_less}% under that and "
    "we met exactly halfway between his asking price and my offer. What did I pay?",
    cents((u_ask + u_offer) / 2),
)
z_pitch, z_pp, z_people, z_adults, z_tax, z_nights = 34, dec("6.50"), 4, 2, dec("0.60"), 12
calc(
    DORD,
    f"Campsite bill, Dordogne: pitch €{z_pitch} a night, €{money(z_pp)} per person per night "
    f"for the {z_people} of us, and tourist tax of €{money(z_tax)} per adult per night for "
    f"the {z_adults} adults. We stayed {z_nights} nights. What's the bill?",
    cents(z_nights * (z_pitch + z_people * z_pp + z_adults * z_tax)),
)
z_spent, z_fx = 1146, dec("1.20")
calc(
    DORD,
    f"Everything we spent on the card in France came to €{cash(z_spent)}, and the bank "
    f"converted it at {money(z_fx)} euros to the pound. What did the French leg cost us in "
    "pounds?",
    cents(z_spent / z_fx),
)
x_guests, x_plate, x_tax, x_deliv = 80, dec("18.75"), dec("8.25"), 300
calc(
    BBQ,
    f"Brisket catering quote: {x_guests} guests at ${money(x_plate)} a plate, with "
    f"{show(x_tax)}% sales tax on the food, plus a flat ${x_deliv} delivery fee that isn't "
    "taxed. What's the total?",
    cents(x_guests * x_plate * (1 + x_tax / 100) + x_deliv),
)
q_bin, q_bins, q_tax = 42, (dec("3.5"), 4, dec("2.5")), 15
calc(
    QLD,
    f"Mandarin picking pays AU${q_bin} a bin. I filled {show(q_bins[0])} bins on Monday, "
    f"{show(q_bins[1])} on Tuesday and {show(q_bins[2])} on Wednesday, and the farm withholds "
    f"{q_tax}% tax. What do I actually get paid for the three days?",
    cents(sum(q_bins) * q_bin * (1 - F(q_tax, 100))),
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
GRAM = F(1, 1000)  # kg
SQIN = IN * IN  # m^2
KNOT = F(1852, 3600)  # m/s (international knot: 1852 m an hour)

assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592") and SQIN == dec("0.00064516")


def unit_any(family, query, value):
    """Graded exactly when the answer has at most three decimals, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ---------------------------------------------------------------- units: plain questions
v_mi = dec("47.5")
unit_any(P, f"Convert {show(v_mi)} miles to kilometres, please.", v_mi * MI / KM)
v_ft, v_in = 5, 11
unit_any(P, f"Convert {v_ft} ft {v_in} in to centimetres.", (v_ft * FT + v_in * IN) / CM)
v_f = dec("71.6")
unit_any(P, f"{show(v_f)} °F is how many degrees Celsius?", f_to_c(v_f))
v_kg = dec("3.2")
unit_any(P, f"what's {show(v_kg)} kg in pounds", v_kg / LB)
v_ac = dec("2.75")
unit_any(P, f"Express {show(v_ac)} acres in square metres.", v_ac * ACRE)
v_m2 = 18
unit_any(P, f"How many square feet make up {v_m2} m²?", v_m2 / SQFT)
v_bar = dec("2.4")
unit_any(P, f"Tyre pressure of {show(v_bar)} bar — what is that in psi?", v_bar * BAR / PSI)
v_gib = dec("2.75")
unit_any(P, f"A {show(v_gib)} GiB file is how many MiB?", v_gib * GIB / MIB)
v_kmh = 95
unit_any(P, f"My speedo only shows km/h: {v_kmh} km/h is what in mph?", v_kmh * KMH / MPH)
v_yd = 450
unit_any(P, f"How many metres is {v_yd} yards?", v_yd * YD)
v_oz = 14
unit_any(P, f"{v_oz} ounces → grams?", v_oz * OZ / GRAM)
v_cuft = 1500
unit_any(P, f"What is {v_cuft:,} cubic feet in cubic metres?", v_cuft * CUFT)
v_c = -18
unit_any(P, f"Change {show(v_c)} °C into Fahrenheit.", c_to_f(v_c))
v_kmh2 = 40
unit_any(P, f"What's {v_kmh2} km/h in knots?", v_kmh2 * KMH / KNOT)

# ---------------------------------------------------------------- units: registers
r_sqft = 520
unit_any(
    ROOF,
    f"The old survey gives the back roof slope as {r_sqft} square feet. I price slate by the "
    "square metre, so what's that in m²?",
    r_sqft * SQFT,
)
r_rft, r_rin = 14, 3
unit_any(
    ROOF,
    f"Rafter on the original drawing is {r_rft}' {r_rin}\" long. Give it to me in "
    "millimetres for the cutting list.",
    (r_rft * FT + r_rin * IN) / MM,
)
k_ft = 11
unit_any(
    SKATE,
    f"The American ramp designer's drawing has the half-pipe at {k_ft} ft high. How high is "
    "that in metres?",
    k_ft * FT,
)
t_g = 210
unit_any(
    TUCK,
    f"A box of the cereal bars we sell weighs {t_g} g. A parent asked what that is in ounces "
    "— what do I tell her?",
    t_g * GRAM / OZ,
)
h_lb = dec("38.6")
unit_any(
    SPOOK,
    f"Biggest pumpkin on the trail weighed {show(h_lb)} lb on the farm's scales. What's that "
    "in kilograms for the sign?",
    h_lb * LB,
)
s_km = 148
unit_any(
    SUPPLY,
    f"I drove {s_km} km between schools this fortnight and the agency pays mileage per mile. "
    "How many miles do I claim?",
    s_km * KM / MI,
)
f_lb = dec("49.5")
unit_any(
    FRESH,
    f"Mum's luggage scale reads {show(f_lb)} lb for my suitcase. What's that in kg?",
    f_lb * LB,
)
p_oz = 12
unit_any(
    PETS,
    f"The owner's note says Biscuit gets {p_oz} oz of dry food a day. How many grams should "
    "I weigh out?",
    p_oz * OZ / GRAM,
)
a_in = dec("2.5")
unit_any(
    ADVENT,
    f"Each little drawer of the advent calendar has to be {show(a_in)} inches square. What's "
    "that in centimetres?",
    a_in * IN / CM,
)
v_oven = 325
unit_any(
    VALEN,
    f"The visiting pastry chef's recipe says bake at {v_oven} °F. What temperature is that in °C?",
    f_to_c(v_oven),
)
o_c = 28
unit_any(
    OSAKA,
    f"The forecast for Osaka says {o_c} °C. My husband only understands Fahrenheit — what is it?",
    c_to_f(o_c),
)
o_cm = 75
unit_any(
    OSAKA,
    f"Our big suitcase is {o_cm} cm tall. How many inches is that?",
    o_cm * CM / IN,
)
b_len, b_wid = 60, 32
unit_any(
    BARN,
    f"The barn's floor is {b_len} ft by {b_wid} ft. How many square metres of floor is that?",
    b_len * b_wid * SQFT,
)
b_strand, b_strands = 33, 12
unit_any(
    BARN,
    f"We bought {b_strands} strings of fairy lights, each {b_strand} feet long. How many metres "
    "of lights is that in total?",
    b_strands * b_strand * FT,
)
w_l, w_w = dec("5.4"), dec("3.6")
unit_any(
    CABIN,
    f"The cabin footprint is {show(w_l)} m × {show(w_w)} m and the kit supplier's forms ask "
    "for floor area in square feet. What do I put?",
    w_l * w_w / SQFT,
)
w_m3 = dec("1.2")
unit_any(
    CABIN,
    f"Rainwater tank for the cabin holds {show(w_m3)} m³. How many cubic feet is that?",
    w_m3 / CUFT,
)
m_f = -22
unit_any(
    MILAN,
    f"Customer's spec sheet wants the load held at {show(m_f)} °F. What's that in Celsius for "
    "the reefer controller?",
    f_to_c(m_f),
)
m_ft, m_in = 13, 6
unit_any(
    MILAN,
    f"My trailer's plated height is {m_ft} ft {m_in} in. What is that in centimetres, to "
    "check against the Italian height signs?",
    (m_ft * FT + m_in * IN) / CM,
)
d_l, d_w = 40, 20
unit_any(
    DISCO,
    f"Sports hall floor we skate on is {d_l} m by {d_w} m. The rink insurance form wants it in "
    "square feet — how many?",
    d_l * d_w / SQFT,
)
f_cake = dec("2.3")
unit_any(
    RAFFLE,
    f"The raffle cake weighs {show(f_cake)} kg — the guess-the-weight card is in pounds, so "
    "what is it in pounds?",
    f_cake / LB,
)
l_cue = 57
unit_any(
    POOL,
    f"Bought a {l_cue}-inch cue off the captain. How long is it in centimetres?",
    l_cue * IN / CM,
)
n_lb, n_oz = 7, 9
unit_any(
    BABY,
    f"She was {n_lb} lb {n_oz} oz when she was born. The red book wants kilograms — what's that?",
    (n_lb * LB + n_oz * OZ),
)
j_lb = 4
unit_any(
    JAM,
    f"Grandad's handwritten recipe says {j_lb} lb of sugar. How many grams is that?",
    j_lb * LB / GRAM,
)
e_a, e_b = 68, 44
unit_any(
    SOLAR,
    f"The panel measures {e_a} in by {e_b} in. What's its area in square metres?",
    e_a * e_b * SQIN,
)
g_km = 10
unit_any(
    TENK,
    f"Our race is {g_km} km. How many miles is that, for my American colleague?",
    g_km * KM / MI,
)
y_ft, y_in = 4, 6
unit_any(
    SOFT,
    f"Sign on the big slide says riders must be under {y_ft} ft {y_in} in. What height is "
    "that in centimetres?",
    (y_ft * FT + y_in * IN) / CM,
)
u_mi = 68400
unit_any(
    CAR,
    f"The advert says {u_mi:,} miles on the clock. How many kilometres is that?",
    u_mi * MI / KM,
)
z_kmh = 80
unit_any(
    DORD,
    f"Limit on the French back roads is {z_kmh} km/h. What's that in mph?",
    z_kmh * KMH / MPH,
)
z_km = 612
unit_any(
    DORD,
    f"Satnav says the campsite is {z_km} km from the ferry port. In miles?",
    z_km * KM / MI,
)
x_f = 250
unit_any(
    BBQ,
    f"We run the pit at {x_f} °F for brisket. A British guest asked what that is in Celsius "
    "— what is it?",
    f_to_c(x_f),
)
q_kg = 400
unit_any(
    QLD,
    f"A full bin of mandarins is about {q_kg} kg. How many pounds is that?",
    q_kg / LB,
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

# IANA zone rules, imported here so that the set-up stays as it was
ZoneInfo = importlib.import_module("zoneinfo").ZoneInfo
UTC_ZONE = dt.UTC
LONDON = ZoneInfo("Europe/London")
PARIS = ZoneInfo("Europe/Paris")
ROME = ZoneInfo("Europe/Rome")
TOKYO = ZoneInfo("Asia/Tokyo")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
SYDNEY = ZoneInfo("Australia/Sydney")
BRISBANE = ZoneInfo("Australia/Brisbane")
CHICAGO = ZoneInfo("America/Chicago")


def on_weekday(d, wd):
    """The date itself, after asserting the weekday the text gives it."""
    assert d.weekday() == wd, (d, WEEKDAYS[wd])
    return d


def at(zone, *parts):
    """A wall-clock time in a zone (an aware datetime)."""
    return DT(*parts, tzinfo=zone)


def hours_ahead(zone, other, when):
    """How many hours zone's clocks are ahead of other's at the instant `when` (aware)."""
    a = when.astimezone(zone).utcoffset()
    b = when.astimezone(other).utcoffset()
    return F(int((a - b).total_seconds()), 3600)


def elapsed_hours(a, b):
    """Real hours between two aware datetimes (clock changes counted)."""
    return F(int((b.astimezone(UTC_ZONE) - a.astimezone(UTC_ZONE)).total_seconds()), 3600)


def weekday_count(a, b, wd):
    """How many days from a to b inclusive fall on weekday wd."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() == wd)


def add_working_days(start, n):
    """The date of working day n (Mon-Fri), counting start itself as day 1."""
    assert start.weekday() < 5, start
    d = start
    count = 1
    while count < n:
        d += TD(days=1)
        if d.weekday() < 5:
            count += 1
    return d


# the offsets this set relies on, pinned from the IANA rules
assert hours_ahead(TOKYO, LONDON, at(LONDON, 2027, 10, 1, 12)) == 8
assert hours_ahead(TOKYO, LONDON, at(LONDON, 2027, 11, 6, 12)) == 9
assert at(LONDON, 2027, 10, 31, 12).utcoffset() == TD(0)
assert at(LONDON, 2027, 10, 30, 12).utcoffset() == TD(hours=1)
assert at(ROME, 2027, 9, 16, 6).utcoffset() == TD(hours=2)
assert at(PARIS, 2027, 7, 24, 6).utcoffset() == TD(hours=2)
assert at(LOS_ANGELES, 2028, 3, 5, 22).utcoffset() == TD(hours=-8)
assert at(SYDNEY, 2028, 3, 7, 6).utcoffset() == TD(hours=11)
assert at(BRISBANE, 2027, 7, 1, 12).utcoffset() == TD(hours=10)
assert at(CHICAGO, 2027, 10, 15, 12).utcoffset() == TD(hours=-5)
assert weekday_count(D(2027, 1, 1), D(2027, 12, 31), FRI) == 53
assert add_working_days(D(2030, 3, 1), 2) == D(2030, 3, 4)

# ---------------------------------------------------------------- datetime: plain questions
t_day = D(2027, 11, 9)
date_item(P, f"Which day of the week will {say(t_day)} be?", weekday(t_day))
t_a, t_b = D(2028, 2, 3), D(2028, 5, 19)
date_item(P, f"How many days are there from {say(t_a)} to {say(t_b)}?", days(t_a, t_b))
t_from, t_n = D(2027, 6, 15), 100
date_item(P, f"What date falls {t_n} days after {say(t_from)}?", t_from + TD(days=t_n))
t_to, t_w = D(2028, 1, 2), 6
date_item(P, f"Give me the date {t_w} weeks before {say(t_to)}.", t_to - TD(weeks=t_w))
t_s, t_e = "08:45", "17:20"
date_item(
    P,
    f"How many minutes pass between {t_s} and {t_e} on the same day?",
    clock_span(t_s, t_e, 60),
)
t_doy = D(2027, 8, 23)
date_item(
    P,
    f"{say(t_doy)} is day number what of its year (1 January being day 1)?",
    t_doy.timetuple().tm_yday,
)
t_born, t_on = D(1988, 9, 30), D(2027, 4, 14)
date_item(
    P,
    f"Someone born on {say(t_born)} — what age are they on {say(t_on)}?",
    age(t_born, t_on),
)
t_ref, t_back = D(2027, 3, 1), 250
date_item(P, f"Which date was {t_back} days before {say(t_ref)}?", t_ref - TD(days=t_back))
date_item(
    P,
    "How many Fridays are there in the calendar year 2027?",
    weekday_count(D(2027, 1, 1), D(2027, 12, 31), FRI),
)
date_item(P, "What's the date of the final Monday in May 2028?", nth_weekday(2028, 5, MON, -1))
t_dep = at(LOS_ANGELES, 2028, 3, 5, 22, 40)
t_arr = (t_dep + TD(hours=15, minutes=10)).astimezone(SYDNEY)
date_item(
    P,
    f"A flight leaves Los Angeles at 22:40 local time on {say(t_dep.date())} and is in the air "
    "15 hours 10 minutes. On what date does it land in Sydney, going by Sydney's clocks?",
    t_arr.date(),
)
t_m1, t_m2 = D(2027, 3, 1), D(2027, 3, 31)
date_item(
    P,
    "Counting Monday to Friday only, how many weekdays does March 2027 have?",
    sum(weekday_count(t_m1, t_m2, w_) for w_ in range(5)),
)
date_item(
    P,
    "On what date is the third Thursday of November 2027?",
    nth_weekday(2027, 11, THU, 3),
)
t_days, t_hours = 3, 4
date_item(
    P,
    f"how many seconds in {t_days} days and {t_hours} hours",
    (t_days * 24 + t_hours) * 3600,
)

# ---------------------------------------------------------------- datetime: registers
r_up, r_hire = on_weekday(D(2027, 6, 7), MON), 6
date_item(
    ROOF,
    f"Scaffold goes up on {sayw(r_up)} on a {r_hire}-week hire. On what date does the hire "
    "run out?",
    r_up + TD(weeks=r_hire),
)
r_go, r_wd = on_weekday(D(2027, 6, 1), TUE), 17
date_item(
    ROOF,
    f"I've priced the reroof at {r_wd} working days, Monday to Friday only, starting "
    f"{sayw(r_go)} as day one. Which date should I give the client as the finish day?",
    add_working_days(r_go, r_wd),
)
k_open, k_close = D(2027, 7, 12), D(2027, 9, 30)
date_item(
    SKATE,
    f"The lottery grant window opened on {say(k_open)} and closes on {say(k_close)}. "
    "Counting both of those days, how many days do we get to write the bid?",
    days(k_open, k_close) + 1,
)
t_first, t_last = on_weekday(D(2027, 9, 10), FRI), on_weekday(D(2027, 12, 17), FRI)
t_skip = on_weekday(D(2027, 10, 29), FRI)
date_item(
    TUCK,
    f"Tuck shop opens every Friday from {say(t_first)} to {say(t_last)}, both included, "
    f"except half-term Friday, {say(t_skip)}. How many Fridays is that?",
    weekday_count(t_first, t_last, FRI) - 1,
)
h_lastnight = at(LONDON, 2027, 10, 30, 18, 0)
h_close = at(LONDON, 2027, 10, 31, 2, 0)
date_item(
    SPOOK,
    f"Last night of our York ghost trail runs from 18:00 on {say(h_lastnight.date())} until "
    f"02:00 on {sayw(h_close.date())} — the night the clocks change. How many hours do the "
    "marshals actually stand out there?",
    elapsed_hours(h_lastnight, h_close),
)
s_start, s_end = on_weekday(D(2028, 1, 10), MON), on_weekday(D(2028, 3, 27), MON)
date_item(
    SUPPLY,
    f"Long-term supply post from {sayw(s_start)} to {sayw(s_end)}. How many weeks is that?",
    weeks(s_start, s_end),
)
f_begin, f_gap = on_weekday(D(2027, 9, 25), SAT), 45
date_item(
    FRESH,
    f"Freshers' week kicks off on {sayw(f_begin)} and my first essay is due {f_gap} days "
    "after that. What's the deadline date?",
    f_begin + TD(days=f_gap),
)
p_in, p_out = on_weekday(D(2027, 7, 23), FRI), on_weekday(D(2027, 8, 8), SUN)
date_item(
    PETS,
    f"Booking for two spaniels: dropped off {sayw(p_in)}, collected {sayw(p_out)}. "
    "How many nights do I charge for?",
    days(p_in, p_out),
)
a_sun, a_xmas = on_weekday(D(2027, 11, 28), SUN), D(2027, 12, 25)
date_item(
    ADVENT,
    f"How many days are there from {sayw(a_sun)} to Christmas Day {a_xmas.year}?",
    days(a_sun, a_xmas),
)
v_day = D(2028, 2, 14)
date_item(
    VALEN,
    f"Taking bookings for Valentine's night {v_day.year} already — which day of the week "
    f"does {say(v_day)} land on?",
    weekday(v_day),
)
o_call = at(LONDON, 2027, 11, 6, 12)
date_item(
    OSAKA,
    f"On {say(o_call.date())}, how many hours ahead of us here in London will our daughter's "
    "clocks in Osaka be?",
    hours_ahead(TOKYO, LONDON, o_call),
)
o_dep = at(TOKYO, 2027, 11, 1, 22, 15)
o_arr = (o_dep + TD(hours=14, minutes=20)).astimezone(LONDON)
date_item(
    OSAKA,
    f"Our flight home leaves Kansai at 22:15 local time on {sayw(o_dep.date())} and takes "
    "14 hours 20 minutes. What date will it be in London when we land?",
    o_arr.date(),
)
b_day, b_due = on_weekday(D(2028, 6, 17), SAT), 8
date_item(
    BARN,
    f"The venue wants the final balance {b_due} weeks before our wedding on {sayw(b_day)}. "
    "What date is it due?",
    b_day - TD(weeks=b_due),
)
b_engaged = D(2026, 12, 24)
date_item(
    BARN,
    f"We got engaged on {say(b_engaged)} and marry on {say(b_day)}. How many days is that "
    "between the two?",
    days(b_engaged, b_day),
)
w_valid, w_wait = on_weekday(D(2027, 3, 11), THU), 8
date_item(
    CABIN,
    f"The council validated my cabin's planning application on {sayw(w_valid)} and must "
    f"decide {w_wait} weeks later. On what date is the decision due?",
    w_valid + TD(weeks=w_wait),
)
w_pour, w_cure = on_weekday(D(2027, 6, 2), WED), 38
date_item(
    CABIN,
    f"The slab for the cabin was poured on {sayw(w_pour)} and I'm leaving it {w_cure} days "
    "to cure before building on it. What day of the week do I start building?",
    weekday(w_pour + TD(days=w_cure)),
)
m_dep = at(LONDON, 2027, 9, 14, 21, 30)
m_due = at(ROME, 2027, 9, 16, 6, 0)
date_item(
    MILAN,
    f"I leave Dover at 21:30 UK time on {sayw(m_dep.date())}; the Milan depot wants the load "
    f"by 06:00 their time on {sayw(m_due.date())}. How many hours have I got, door to door?",
    elapsed_hours(m_dep, m_due),
)
m_first, m_valid = on_weekday(D(2027, 9, 1), WED), 90
date_item(
    MILAN,
    f"The Milan customer's site pass for drivers is valid for {m_valid} days, with "
    f"{sayw(m_first)} counted as day 1. What's the last date it covers?",
    m_first + TD(days=m_valid - 1),
)
d_first, d_nth = on_weekday(D(2028, 1, 7), FRI), 10
date_item(
    DISCO,
    f"Roller disco runs every other Friday, starting {sayw(d_first)}. What's the date of "
    f"disco number {d_nth}?",
    d_first + TD(weeks=2 * (d_nth - 1)),
)
f_fair, f_sale = on_weekday(D(2027, 7, 3), SAT), 5
date_item(
    RAFFLE,
    f"The summer fair is {sayw(f_fair)}. Raffle tickets go on sale {f_sale} weeks before. "
    "What date do we start selling?",
    f_fair - TD(weeks=f_sale),
)
l_open, l_end = on_weekday(D(2027, 9, 16), THU), on_weekday(D(2028, 4, 20), THU)
date_item(
    POOL,
    f"League nights are Thursdays, from {sayw(l_open)} up to and including {sayw(l_end)}. "
    "How many Thursdays is the season?",
    weekday_count(l_open, l_end, THU),
)
n_born, n_check = D(2027, 3, 19), 6
date_item(
    BABY,
    f"Our daughter arrived on {say(n_born)}. Her check is due when she's {n_check} weeks old "
    "— what date is that?",
    n_born + TD(weeks=n_check),
)
j_made, j_keep = D(2027, 1, 28), 400
date_item(
    JAM,
    f"Grandad wants a best-before of {j_keep} days after he made the batch on {say(j_made)}. "
    "What date goes on the label?",
    j_made + TD(days=j_keep),
)
e_eq, e_sol = D(2027, 3, 20), D(2027, 6, 21)
date_item(
    SOLAR,
    f"Tracking my panel's output from the equinox on {say(e_eq)} to the solstice on "
    f"{say(e_sol)}. How many days apart are those?",
    days(e_eq, e_sol),
)
g_race, g_plan = on_weekday(D(2027, 10, 10), SUN), 12
date_item(
    TENK,
    f"The charity 10k is on {sayw(g_race)} and our training plan starts exactly {g_plan} "
    "weeks before race day. What date do we start?",
    g_race - TD(weeks=g_plan),
)
y_party, y_inv = on_weekday(D(2028, 2, 12), SAT), 3
date_item(
    SOFT,
    f"Soft play party is {sayw(y_party)}; invitations should go out {y_inv} weeks ahead. "
    "What's the date to hand them out?",
    y_party - TD(weeks=y_inv),
)
u_bought, u_mot = D(2027, 4, 9), D(2027, 8, 23)
date_item(
    CAR,
    f"I bought the car on {say(u_bought)} and its MOT expires on {say(u_mot)}. How many days "
    "after I bought it does the MOT expire?",
    days(u_bought, u_mot),
)
z_sail = at(LONDON, 2027, 7, 23, 20, 45)
z_land = at(PARIS, 2027, 7, 24, 6, 45)
date_item(
    DORD,
    f"The overnight ferry leaves Portsmouth at 20:45 on {sayw(z_sail.date())} and docks in "
    f"Caen at 06:45 French time on {sayw(z_land.date())}. How long is the crossing in hours?",
    elapsed_hours(z_sail, z_land),
)
z_fete = D(2027, 7, 14)
date_item(
    DORD,
    f"We'll be in the Dordogne for Bastille Day. What day of the week is {say(z_fete)}?",
    weekday(z_fete),
)
x_on = at(CHICAGO, 2027, 10, 15, 22, 30)
x_off = at(CHICAGO, 2027, 10, 16, 13, 15)
date_item(
    BBQ,
    f"Competition brisket went on the pit at 22:30 on {sayus(x_on.date())} and came off at "
    f"13:15 on {sayus(x_off.date())}. How many hours did it cook?",
    elapsed_hours(x_on, x_off),
)
q_start, q_need = on_weekday(D(2027, 4, 5), MON), 88
date_item(
    QLD,
    f"I need {q_need} days of farm work for my second-year visa. I started on {sayw(q_start)} "
    f"and I'm working every single day. On what date do I finish day number {q_need}?",
    q_start + TD(days=q_need - 1),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives
NEG_TOPICS = {
    "ask-norman-castle-and-siege-history": (
        "Why did the Normans throw up so many motte-and-bailey castles so quickly after 1066?",
        (
            "How did medieval attackers actually get through thick castle walls? Was it mostly "
            "mining, trebuchets or just starving the garrison out?"
        ),
        "What was everyday life like for an ordinary soldier garrisoned in a castle in the 1200s?",
        (
            "Is the story true that castle staircases spiral clockwise so defenders had room for "
            "their sword arm?"
        ),
        "Explain to a ten-year-old what murder holes and machicolations were for.",
        "Why did castles stop being worth building once gunpowder cannon got good?",
        (
            "Did King John really bring down a tower at Rochester using the fat of forty pigs? "
            "What's the story?"
        ),
        (
            "Who were the Marcher lords on the Welsh border and why did the king let them have so "
            "much power?"
        ),
        (
            "During a long siege, how did the people inside a castle get drinking water, and what "
            "did they do if the well was fouled?"
        ),
        "Why is there such a string of big castles along the north Wales coast in particular?",
    ),
    "ask-motown-and-northern-soul-verdicts": (
        "Is What's Going On genuinely the best Motown album, or do critics just echo each other?",
        "Why did northern soul take off in places like Wigan and Stoke rather than London?",
        (
            "Recommend five northern soul floor-fillers for someone whose only reference point is "
            "Tainted Love."
        ),
        "Who were the stronger songwriters: Holland–Dozier–Holland, or Smokey Robinson alone?",
        "Did Motown lose something when it moved from Detroit to Los Angeles?",
        "Where should I start with Stevie Wonder if I find his eighties hits too sugary?",
        "Where did the spins, backdrops and high kicks of northern soul dancing come from?",
        "What makes Stax records sound grittier than Motown ones?",
        "Honest opinion: are the Supremes overrated next to Martha and the Vandellas?",
        "What makes a record count as 'rare soul' to collectors? Is it just scarcity?",
    ),
    "ask-php-perl-and-makefile-help": (
        (
            "Write a PHP function that checks whether a string looks like a valid UK postcode, "
            "and explain the awkward edge cases."
        ),
        (
            "My Makefile rebuilds every target each time I run make, even when nothing has "
            "changed. What are the usual causes?"
        ),
        (
            "Translate this Perl one-liner into a short Python script: perl -ne 'print if "
            "/ERROR/ .. /END/' app.log"
        ),
        (
            "How should I lay out a small PHP site so the config file with the database password "
            "isn't reachable from the web?"
        ),
        (
            'Review this PHP for a shop checkout: $total = $_GET["price"] * $_GET["qty"]; echo '
            '"Total: " . $total; What would you change?'
        ),
        (
            "make says 'missing separator. Stop.' on line 12 of my Makefile. What does that "
            "usually mean and how do I fix it?"
        ),
        (
            "Write a Perl script that reads a CSV of names and email addresses and prints any "
            "email address that appears more than once."
        ),
        (
            "We have an old Perl CGI booking system that still works. Is it worth rewriting, or "
            "should we keep patching it?"
        ),
        (
            "Explain the difference between =, :=, ?= and += in a GNU Makefile, with a small "
            "example of each."
        ),
        (
            "Show me PHP with PDO and prepared statements that pages through a products table, "
            "twenty rows per page."
        ),
    ),
    "ask-leftovers-and-weeknight-dinner-ideas": (
        (
            "I've got half a roast chicken, a bag of spinach on its last legs and a tin of "
            "chickpeas. What can I make for tea?"
        ),
        "What can I do with a big bowl of leftover mashed potato besides reheating it?",
        "The allotment has given us far too many courgettes. Ideas the kids will actually eat?",
        (
            "Stale bread, four eggs and a bit of cheddar: give me something better than cheese on "
            "toast."
        ),
        "Is it safe to reheat last night's takeaway rice, and if so what's the right way?",
        "Suggest a quick vegetarian midweek dinner that uses up half a white cabbage.",
        "How can I turn leftover roast beef into something decent for packed lunches?",
        "How do I stop leftover pasta going stodgy and claggy when I warm it up?",
        (
            "I've made a huge pot of chilli. Give me three different meals from it over the week "
            "so we don't get bored."
        ),
        "What should I do with the last bit of a jar of pesto and a bag of frozen peas?",
    ),
    "ask-bird-migration-and-hibernation-whys": (
        (
            "How do swallows manage to find the very same barn again every spring after "
            "wintering in Africa?"
        ),
        "Why do hedgehogs hibernate when foxes, living in the same gardens, don't?",
        "What's the point of geese flying in a V formation?",
        "Do British bats truly hibernate, or do they just sleep a lot through the winter?",
        (
            "What actually sets a bird off on its migration: day length, temperature, or "
            "something else?"
        ),
        "Why do some robins stay put in Britain for the winter while others head south?",
        "How does a hibernating dormouse get through the whole winter without eating or drinking?",
        (
            "How did cuckoos end up laying their eggs in other birds' nests, and why don't the "
            "hosts notice?"
        ),
        "Is it really true that swifts can sleep while they're flying?",
        "Why do starlings gather in those enormous swirling murmurations at dusk?",
    ),
    "ask-condolence-and-leaving-card-wording": (
        (
            "What do I write in a sympathy card for a colleague whose father died, when I don't "
            "know her that well?"
        ),
        (
            "Help me word a leaving card message for a manager who was, honestly, quite hard to "
            "work for."
        ),
        "Draft a short, warm note for the neighbours whose old dog had to be put to sleep.",
        (
            "What's a kind thing to write to a friend after a miscarriage, and what should I be "
            "careful not to say?"
        ),
        (
            "Suggest a funny but not mean line for the leaving card of someone off to work for "
            "our biggest competitor."
        ),
        "How should I sign off a condolence card: with love, thinking of you, or something else?",
        (
            "Write two or three sentences for the retirement card of a school caretaker everyone "
            "adores."
        ),
        (
            "I couldn't get to the funeral. How do I write to his widow without it sounding like "
            "a list of excuses?"
        ),
        (
            "Give me a few options for a group leaving card from an office where most people "
            "barely knew her."
        ),
        (
            "What do you write in a card for a friend whose mum, who has dementia, has just moved "
            "into a care home?"
        ),
    ),
    "ask-noisy-neighbour-and-parking-space-tact": (
        (
            "The woman upstairs walks around in heels on bare floorboards at midnight. How do I "
            "bring it up without starting a feud?"
        ),
        (
            "Someone keeps parking across our dropped kerb. Note on the windscreen, or knock on "
            "doors until I find them?"
        ),
        (
            "How do I tell the family next door that their dog barks all day while they're out "
            "at work?"
        ),
        (
            "A neighbour has started parking in the unallocated space I've always used. Do I "
            "have any right to say something?"
        ),
        (
            "Draft a friendly note asking the downstairs flat to turn their music down after "
            "eleven on weeknights."
        ),
        (
            "Next door's party kept us awake until four. They've apologised and invited us to "
            "the next one. How should we respond?"
        ),
        (
            "Is it unreasonable to mention to new neighbours that we can hear their baby crying "
            "through the wall at night?"
        ),
        (
            "How can I ask the neighbours to stop their kids kicking a football against my car "
            "without sounding like a grump?"
        ),
        (
            "Our street's WhatsApp group has turned nasty over parking. Should I say something or "
            "stay out of it?"
        ),
        (
            "How do I raise that the neighbour's hedge is half blocking the pavement without "
            "seeming petty?"
        ),
    ),
    "ask-lent-money-and-honesty-dilemmas": (
        (
            "I lent my brother quite a lot of money a while ago and he's never mentioned it "
            "since. Should I bring it up, and how?"
        ),
        (
            "A friend wants to borrow money for a holiday while she still owes me from last time. "
            "How do I say no kindly?"
        ),
        "Is it dishonest to say nothing when a cashier hands me too much change?",
        (
            "My friend asked whether I liked her wedding dress and I said yes, though I didn't. "
            "Was that the right thing to do?"
        ),
        "Is it ever wise to lend money to friends, or is it better to give it and forget it?",
        "I've found out a colleague made up a qualification on his CV. Is it any of my business?",
        (
            "My flatmate borrowed my car, got a parking fine and keeps saying he'll sort it. How "
            "long do I leave it before I push?"
        ),
        "Is it wrong to let my children believe in Father Christmas?",
        "Is regifting a present fine as long as the original giver never finds out?",
        (
            "A friend always seems to 'forget' her purse when we go out. How do I deal with it "
            "without losing her?"
        ),
    ),
    "ask-everyday-saying-origins": (
        "My nan always says it's 'raining cats and dogs'. Where on earth does that come from?",
        "Why do English speakers say 'bless you' after someone sneezes?",
        (
            "Teacher told the class to 'mind their Ps and Qs' and my son asked what Ps and Qs "
            "are. What's the origin?"
        ),
        "Why is quitting something all at once called going 'cold turkey'?",
        "Is there an agreed origin for 'the whole nine yards', or is it still a mystery?",
        "Where does the habit of touching wood for luck come from?",
        "What's the story behind the phrase 'pulling someone's leg'?",
        "How did the word 'OK' come about, and why did it spread so widely?",
        "Why does 'spilling the beans' mean giving away a secret?",
        "My Aussie flatmate says 'and Bob's your uncle' — who was Bob?",
    ),
    "ask-shin-splints-and-stretching-habits": (
        (
            "My shins ache after every run. Is that shin splints, and do I need to stop running "
            "for a while?"
        ),
        "Is static stretching before a run actually bad for you, as I keep reading?",
        "What are good stretches for tight hamstrings if I sit at a desk all day?",
        "Should I keep running on a knee that niggles, or rest it until it stops?",
        "Does foam rolling really do anything, or is it mostly placebo?",
        "Why do my calves cramp in the night after a long run, and how do I stop it?",
        "How can I tell when my running shoes are worn out?",
        "Is it better to do my stretching routine in the morning or in the evening?",
        (
            "I'm starting running in my fifties. What should I do differently from a "
            "twenty-five-year-old?"
        ),
        (
            "My Achilles is stiff first thing every morning. What might it be, and when should I "
            "see a physio?"
        ),
    ),
}
for topic_, questions_ in NEG_TOPICS.items():
    assert len(questions_) == 10, topic_
    for question_ in questions_:
        neg(topic_, question_)

# ---------------------------------------------------------------- near-negatives
NEAR_FAMILIES = {
    "near-live-prices-and-rates": (
        "needs live market or price data",
        (
            "What's the pound to euro exchange rate at the moment?",
            "How much is a litre of unleaded at the big supermarkets in Leeds this week?",
            "What is the Bank of England base rate currently?",
            (
                "How much would an open return from Manchester Piccadilly to London Euston cost "
                "if I booked it tonight?"
            ),
            "What's gold trading at per troy ounce in dollars right now?",
        ),
    ),
    "near-dashboard-and-boiler-fault-codes": (
        "a fault code or warning light to interpret, not a sum",
        (
            "My combi boiler is showing EA 227 and has no hot water. What does that code mean?",
            "The washing machine is flashing E21 and won't drain. What's wrong with it?",
            (
                "An amber light shaped like a horseshoe with an exclamation mark inside has come "
                "on in my car. What is it?"
            ),
            "Dishwasher shows i20 on the display. Is that something I can fix myself?",
            "My code reader gives P0420 on a 2014 Golf. Is it serious, and is it safe to drive?",
        ),
    ),
    "near-numbers-in-names-and-titles": (
        "a number inside a title or name, asking about culture or history",
        (
            "Who wrote Catch-22, and where did the title come from?",
            "What is the film 12 Angry Men about, and is it worth watching?",
            "Who first recorded 99 Red Balloons, and what is the song about?",
            "Why was it called Route 66, and can you still drive the whole thing?",
            "What happens in The 39 Steps, and how does the book differ from Hitchcock's film?",
        ),
    ),
    "near-estimates-with-no-figures": (
        "an estimate with no figures given; needs judgement and assumptions",
        (
            "Roughly how many piano tuners make a living in Manchester?",
            "About how many golf balls would fill a double-decker bus?",
            "How many words does a typical adult speak in a day, roughly?",
            "Ballpark: how many mugs of tea get drunk in Britain every day?",
            "About how many leaves does a fully grown oak carry in midsummer?",
        ),
    ),
    "near-why-a-maths-trick-works": (
        "asks for an explanation of a number rule, not a value",
        (
            (
                "My daughter's teacher says that if the digits add up to a multiple of nine, the "
                "number divides by nine. Why does that work?"
            ),
            (
                "Why does a negative times a negative give a positive? Explain it so a "
                "twelve-year-old gets it."
            ),
            "Why does raising a number to the power 0 give 1? It feels like it ought to be 0.",
            "What actually goes wrong if you try to divide by zero? Why isn't it just infinity?",
            (
                "Why does the trick for multiplying a two-digit number by 11, putting the sum of "
                "its digits in the middle, work?"
            ),
        ),
    ),
    "near-unstated-numeric-facts": (
        "a numeric fact nobody has stated; needs knowledge, not arithmetic",
        (
            "Roughly how many metres high is the Shard?",
            "How far away is the Moon from the Earth, on average?",
            "Roughly how many people live in the city of Osaka?",
            "How long is the River Severn from source to sea?",
            "How many separate bones make up a human wrist and hand together?",
        ),
    ),
    "near-is-this-price-sensible": (
        "a stated price to judge; needs market knowledge and opinion",
        (
            "A plumber has quoted £380 to swap a kitchen tap. Is that reasonable?",
            "Is £9.50 for a glass of house red in a London pub a rip-off these days?",
            "A 2018 Yaris with 40,000 miles for £11,500: good deal or not?",
            "Is £2,400 a month normal rent for a two-bed flat in Bristol?",
            (
                "Is a £95-a-year credit card with airport lounge access worth having if I fly "
                "three times a year?"
            ),
        ),
    ),
    "near-what-a-reading-means": (
        "a reading to interpret; needs domain knowledge",
        (
            "The pharmacy machine said my blood pressure is 142 over 91. Should I be worried?",
            "My damp meter reads 28 on the bedroom wall. Is that bad?",
            "Our hot tub's pH test says 7.9. What does that mean, and what should I add?",
            "Our radon test came back at 250 Bq/m³. What should we do now?",
            "I measured 2 mm of tread on my front tyres. Do I need new ones?",
        ),
    ),
    "near-when-did-it-happen": (
        "a historical date nobody gave; needs knowledge",
        (
            "When did Britain switch over to decimal money?",
            "Remind me which year the Berlin Wall fell? My son needs it for his homework.",
            "When was the very first Eurovision Song Contest held, and where?",
            "When did women first vote in a UK general election?",
            "What year did the Channel Tunnel open to passengers?",
        ),
    ),
    "near-code-to-compute-it": (
        "asks for code that would compute something, not the value",
        (
            (
                "Write a Python function that adds 20% VAT to a list of net prices and returns "
                "the gross total."
            ),
            (
                "Give me an Excel formula that counts the working days between the dates in A2 "
                "and B2, skipping a list of holidays in D2:D10."
            ),
            (
                "Write a little JavaScript that converts a Celsius value typed into an input box "
                "into Fahrenheit as you type."
            ),
            (
                "How would I write SQL that returns the average order value per month from an "
                "orders table with order_date and amount columns?"
            ),
            (
                "Write a bash one-liner that adds up the numbers in the second column of a CSV "
                "file, skipping the header line."
            ),
        ),
    ),
    "near-sums-missing-a-figure": (
        "looks like a sum but the deciding figures are missing",
        (
            "If I split the bill for last night's meal with my friends, how much do I owe?",
            "How much paint will I need for my living room walls?",
            "How long will it take me to drive over to my mum's on Sunday?",
            "What will my take-home pay be on the new salary after tax?",
            "How many tiles do I need for the bathroom floor? It's about 2 metres one way.",
        ),
    ),
    "near-clock-and-calendar-customs": (
        "asks why a clock or calendar custom exists, not a date or time",
        (
            "Why does the UK put its clocks forward in spring at all, and who decided it?",
            "Why does February get only 28 days in most years?",
            "Why do Americans write the month before the day when most of the world doesn't?",
            "Why doesn't most of Arizona change its clocks in summer?",
            "How did the week end up being seven days long?",
        ),
    ),
    "near-recipe-and-garden-judgement-with-numbers": (
        "cooking or growing judgement with numbers in it; no single computed answer",
        (
            "The recipe says 180 °C fan but my oven runs hot. What should I actually set it to?",
            "My sourdough proved for 12 hours and came out flat. Did I overproof it?",
            (
                "Night temperatures are still dropping to 3 °C. Is that too cold to plant out my "
                "tomato seedlings?"
            ),
            (
                "My beef joint is 1.6 kg. How long should I rest it, and should it be covered "
                "with foil?"
            ),
            "I've got 40 people coming for a buffet. How much food should I plan per person?",
        ),
    ),
}
for family_, (note_, questions_) in NEAR_FAMILIES.items():
    assert family_.startswith("near-") and len(questions_) == 5, family_
    for question_ in questions_:
        neg(family_, question_, note_)

# ---------------------------------------------------------------- conversations
CV_SPLIT = "conv-bill-split-then-thank-you-note"
for total_, people_, who_, what_ in (
    (dec("186.60"), 6, "Priya", "curry night"),
    (dec("243.20"), 8, "Tom", "bowling and pizza"),
    (dec("97.50"), 5, "Aunt Jo", "afternoon tea"),
    (dec("412.80"), 12, "Marcus", "stag do go-karting"),
    (dec("158.40"), 4, "Hannah", "escape room and dinner"),
):
    share_ = cents(total_ / people_)
    conv(
        CV_SPLIT,
        [
            (
                U,
                (
                    f"Our {what_} came to £{money(total_)} for {people_} of us. "
                    "What's each person's share?"
                ),
            ),
            (A, f"£{money(total_)} ÷ {people_} = £{money(share_)} each."),
            (
                U,
                (
                    f"Thanks. {who_} booked everything and paid up front. Can you write a short, "
                    "cheerful message for the group chat thanking them and asking everyone to "
                    "send their share?"
                ),
            ),
        ],
        "arithmetic done; last turn asks for a message",
    )

CV_RISE = "conv-price-rise-then-is-it-fair"
for thing_, old_, new_, then_ in (
    (
        "my gym membership",
        dec("32.00"),
        dec("38.40"),
        "Is that a fair rise for a gym that hasn't changed anything, or should I cancel?",
    ),
    (
        "our broadband",
        dec("30.00"),
        dec("34.50"),
        "Is that reasonable mid-contract, and is it worth ringing them to haggle?",
    ),
    (
        "the kids' swimming term fee",
        dec("56.00"),
        dec("64.40"),
        "Would you think that's fair for a small local swim school, or should we look elsewhere?",
    ),
    (
        "my phone contract",
        dec("18.00"),
        dec("21.15"),
        "Is that normal for these annual price rises, and can I get out of the contract?",
    ),
    (
        "the village hall hire",
        dec("25.00"),
        dec("31.25"),
        "As the hall's users, should we object to the committee or accept it's justified?",
    ),
):
    rise_ = (new_ - old_) / old_ * 100
    assert terminates(rise_)
    conv(
        CV_RISE,
        [
            (
                U,
                (
                    f"{thing_[0].upper() + thing_[1:]} has gone from £{money(old_)} to "
                    f"£{money(new_)}. What percentage rise is that?"
                ),
            ),
            (A, f"That's a rise of {show(rise_)}%."),
            (U, then_),
        ],
        "percentage worked out; last turn asks for a judgement",
    )

CV_UNIT = "conv-conversion-then-why-that-unit"
for ask_, ans_, why_ in (
    (
        "What's 75 °F in Celsius?",
        f"75 °F is about {float(f_to_c(75)):.1f} °C.",
        "Why does the US still use Fahrenheit when nearly everywhere else switched?",
    ),
    (
        "A half marathon is 13.1 miles. What is that in kilometres?",
        f"13.1 miles is about {float(dec('13.1') * MI / KM):.2f} km.",
        "Why does Britain still put road distances in miles when everything else is metric?",
    ),
    (
        "What's 6 ft 2 in in centimetres?",
        f"6 ft 2 in is {show((6 * FT + 2 * IN) / CM)} cm.",
        "Where did the foot come from as a unit, and why twelve inches?",
    ),
    (
        "How many psi is 2.2 bar?",
        f"2.2 bar is about {float(dec('2.2') * BAR / PSI):.1f} psi.",
        "Why do tyre gauges in the UK still show psi first?",
    ),
    (
        "What's 500 grams in ounces?",
        f"500 g is about {float(500 * GRAM / OZ):.2f} oz.",
        "Why did old British recipes use ounces, and when did cookbooks switch to grams?",
    ),
):
    conv(CV_UNIT, [(U, ask_), (A, ans_), (U, why_)], "conversion done; asks why a unit is used")

CV_PLAN = "conv-date-worked-out-then-what-to-plan"
for start_, step_, ask_, then_ in (
    (
        D(2027, 5, 22),
        TD(days=1000),
        "We got together on {}. What date is 1,000 days after that?",
        "Lovely. What could we do to mark it that isn't just dinner out?",
    ),
    (
        D(2027, 9, 6),
        TD(weeks=12),
        "My son's braces go on {} and come off twelve weeks later. Which date is that?",
        "What's a good treat for a fourteen-year-old when they come off?",
    ),
    (
        D(2028, 1, 15),
        TD(days=100),
        "I quit smoking on {}. What date will it be 100 days after that?",
        "What should I expect health-wise by then, and how can I stop myself slipping?",
    ),
    (
        D(2027, 8, 2),
        TD(weeks=20),
        "The baby's due on {}. Which date is twenty weeks after that?",
        (
            "What should we have sorted out by that point, from your experience of what "
            "new parents forget?"
        ),
    ),
    (
        D(2027, 10, 4),
        TD(days=60),
        "I start my new job on {}. My probation review is 60 days after that. Which date is it?",
        "How do I make a good impression before then, and what should I ask at the review?",
    ),
):
    end_ = start_ + step_
    conv(
        CV_PLAN,
        [
            (U, ask_.format(say(start_))),
            (A, f"That falls on {sayw(end_)}."),
            (U, then_),
        ],
        "date worked out; last turn asks for ideas or advice",
    )

CV_SAY = "conv-total-then-translate"
for order_, lang_ in (
    (((2, "coffees", dec("2.40")), (3, "croissants", dec("1.80"))), "French"),
    (((4, "beers", dec("3.50")), (2, "plates of tapas", dec("6.75"))), "Spanish"),
    (((3, "gelati", dec("2.80")), (2, "espressos", dec("1.40"))), "Italian"),
    (((2, "pretzels", dec("1.90")), (2, "beers", dec("4.60"))), "German"),
    (((5, "pastéis de nata", dec("1.30")), (2, "galãos", dec("1.85"))), "Portuguese"),
):
    total_ = sum(n_ * p_ for n_, _w, p_ in order_)
    listing_ = " and ".join(f"{n_} {w_} at €{money(p_)}" for n_, w_, p_ in order_)
    conv(
        CV_SAY,
        [
            (U, f"We've had {listing_}. What should the bill be?"),
            (A, f"That comes to €{money(total_)}."),
            (
                U,
                (
                    f"How do I politely say in {lang_} that I think the bill's wrong and "
                    "it should be that amount?"
                ),
            ),
        ],
        "total worked out; last turn asks for a translation",
    )

CV_SAVE = "conv-savings-figure-then-advice"
for goal_, have_, weeks_, then_ in (
    (1200, 300, 36, "Should I put it in an easy-access saver or an ISA while I build it up?"),
    (2500, 700, 40, "Would I be better off paying down my credit card first?"),
    (900, 180, 24, "Any tips for actually sticking to it when friends want to go out?"),
    (3000, 600, 48, "Is it sensible to save for a car like this or just get finance?"),
    (1500, 420, 30, "How do I stop dipping into it for little things?"),
):
    per_ = cents(F(goal_ - have_, weeks_))
    conv(
        CV_SAVE,
        [
            (
                U,
                (
                    f"I want £{goal_:,}, I've already got £{have_}, and I have {weeks_} weeks. "
                    "How much a week do I need to save?"
                ),
            ),
            (A, f"£{goal_ - have_:,} over {weeks_} weeks is £{money(per_)} a week."),
            (U, then_),
        ],
        "weekly figure worked out; last turn asks for advice",
    )

CV_ZONE = "conv-time-zone-then-meeting-etiquette"
for city_, zone_, when_, then_ in (
    (
        "Tokyo",
        TOKYO,
        at(LONDON, 2027, 6, 9, 9),
        "Is it rude to ask the Tokyo team to join a call that lands in their evening?",
    ),
    (
        "Sydney",
        SYDNEY,
        at(LONDON, 2027, 11, 17, 9),
        (
            "How do I fairly rotate meeting times so it's not always the Sydney people "
            "staying up late?"
        ),
    ),
    (
        "Los Angeles",
        LOS_ANGELES,
        at(LONDON, 2027, 9, 22, 16),
        "Is 8am a reasonable time to expect the LA office to be on a call, culturally?",
    ),
    (
        "Brisbane",
        BRISBANE,
        at(LONDON, 2027, 7, 14, 8),
        "What's a polite way to tell a client in Brisbane I can't do calls after 6pm here?",
    ),
    (
        "Chicago",
        CHICAGO,
        at(LONDON, 2027, 12, 8, 15),
        "Should I open with small talk when I call the Chicago team, or get straight to business?",
    ),
):
    diff_ = hours_ahead(zone_, LONDON, when_)
    ahead_ = "ahead of" if diff_ > 0 else "behind"
    conv(
        CV_ZONE,
        [
            (U, f"On {say(when_.date())}, how far apart are London and {city_} in time?"),
            (A, f"{city_} is {show(abs(diff_))} hours {ahead_} London on that date."),
            (U, then_),
        ],
        "offset worked out; last turn asks about etiquette",
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
    # no register (family name) of this set is a family name of sets 19 to 131
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 131: {reused}"
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
