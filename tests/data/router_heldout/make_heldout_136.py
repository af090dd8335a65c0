r"""Generate heldout-2027-04-18.jsonl: a hundred-and-thirty-sixth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-18 by a helper session working only in /work/sealed136 (scratch files
in /work/sealed136/scratch, deleted at the end). The starting point was a 2460-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-18.jsonl, PREFIX "ho136-", earlier generators 1-135, register check against
sets 19 to 135); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; weekdays and other text as a whitespace-free substring);
- /work/sealed136/earlier_registers.txt (2987 earlier family names): its first 100 lines and a
  line count, a tally of the prefixes of its 269 hyphenated (negative-topic) names, a random
  sample of 40 of them, the full list of those not starting "ask-", and grep runs that printed,
  for about 95 candidate keywords, how many earlier names contain the keyword and the first few
  such names, so that this set's names are
  new combinations rather than near-copies (darts, paper-round, barn-wedding and plain
  "erasmus"/"trekking" ideas were dropped or renamed because close names existed);
- of the copied script, exactly the allowed lines 1-383, 739-799, 1024-1108, 1492-1499 and
  2237-2460, printed with sed, plus a line count; the printed lines 1-383 only (piped from sed)
  were searched for the end of the old docstring (line 134) and the __future__ import.
No line outside those ranges was printed or searched, and no sed call showed the joins. A
byte-for-byte copy of the original was kept in the scratch folder (its sha256 printed) and was
read, in memory and printing nothing but a line count, only by the one splicing script, which
kept lines 135-383, 739-799, 1024-1108, 1492-1499 and 2237-2460 by line number and put a marker
line in place of the old docstring (1-134) and of each dropped stretch (384-738, 800-1023,
1109-1491 and 1500-2236). Everything after that worked from this skeleton of kept lines: a small
script filled the markers with this docstring and four sections written from scratch; a check
confirmed that each kept chunk appears verbatim, and in order, in the formatted script (it
printed only found/in order and line counts); and an ast check parsed the skeleton (never the
original) and the new sections to show that no new module-level name equals a module-level name
of the kept lines or a local name of the kept functions, shadows a builtin, or is bound by two
sections (all empty). No git history, web or code search (the search tools were not used),
router, tests (not even a listing), other sealed directories, other generators, other JSONL
files or other files under /work/main were read; /work/main/pyproject.toml was only handed to
ruff as its configuration. Probes printed the Python version (3.11.7) with the UTC offsets of 19
zones in five months of 2027, and the weekdays of 37 candidate dates. The script imports the
earlier generators itself, in memory, for its duplicate and register checks, and prints none of
their text (its failure messages name only this set's item ids). Expected values and wording
were reviewed from listings of this set's own output (ids, expected values, tolerances, notes
and texts, and every conversation's turns).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a retired
  teacher learning Spanish in Valencia, a night nurse checking overtime pay, twins planning a
  joint eighteenth, a village harvest supper committee, a physics student on an Erasmus year in
  Vienna, a young couple emigrating to Vancouver, an onshore wind farm technician on rotation, a
  daughter trekking out of Kathmandu, an aunt spending January in Adelaide, newlyweds
  honeymooning in Honolulu, a primary school cook planning lunches, a widow taking up indoor
  bowls, a first-time buyer measuring up a flat, a sixth former doing a sponsored swim, a
  grandson sorting out his nan's bills, a walking football organiser, a home baker taking
  Christmas cake orders, siblings clearing their parents' house, an office worker cycling to
  work in Leeds, a family renting a gite near Saint-Malo, a mum running a school uniform swap, a
  Herefordshire orchard wedding couple, a cousin working a summer in Queenstown, a grandad
  getting to grips with a smartwatch and a teenager learning to drive in her mum's car), each
  register used by all three tools; the night nurse, Vienna, Vancouver, school cook, first-time
  buyer and cake baker registers have two items per tool. Phrasing varies: questions,
  imperatives, payslip, bill and quote checks, lowercase texts, symbols (×, ÷, −, √, ^, %, °C,
  °F, m², ′ and ″) and written-out units; pounds, pence, euros, US, Canadian, Australian and New
  Zealand dollars; written dates with computed weekdays (sayw) and without, clock times, flights,
  a ferry and calls between named places.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated through _dtxt and _money, which print exact Fractions exactly):
  Fraction arithmetic for money and quantities (_money and the calculator values go through
  _cents(), which asserts whole pence and cents; _pc gives exact percentages of Fractions;
  pasta bags, laminate packs, fruit bags and cider bottles round up to whole items with
  whole_up), exact unit definitions for conversions (from the set-up: inch, foot, yard, mile,
  avoirdupois pound, ounce and stone, acre, square feet and yards, cubic feet, psi and bar, MiB
  and GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre,
  gram, hectare, litre, square kilometre and square mile, cubic yard, kWh in megajoules and the
  international nautical mile and knot), graded exactly when the result has at most three
  decimals and at 0.1% otherwise (_unit_auto choosing, unit_r asserting that an answer rounded
  to two decimals still passes), and date arithmetic for weekdays, spans, inclusive day counts,
  an age across a leap birthday, nth and last weekdays, day of the year, counts of weekdays
  (_count_wd), working days skipping a stated bank holiday (_plus_workdays), rotas, fortnightly
  and four-weekly dates, a three-week menu cycle, a step streak, clock intervals, two spans
  across the UK spring clock change (midnight to midnight on 28 March 2027 is 23 hours; a
  19:30-07:30 night shift on 27-28 March 2027 is 11 real hours), and flights, a ferry and time
  differences whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the
  set-up is unchanged; _wall() asserts every wall-clock time used exists and is unambiguous, and
  asserts near the helpers pin the offsets relied on: London on winter time on 27 March and 31
  October 2027 and on summer time from 28 March 2027; Vancouver still seven behind on 31 October
  2027; Vienna and Paris, Kathmandu at 5:45 ahead, Adelaide at 10:30 ahead in January 2028,
  Honolulu, Auckland on summer time on 1 January 2028, Tokyo and New York). No offsets are
  written in the positives; no contested unit words (ton, gallon, cup, pint, calorie, a month
  as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new "pose-" topics (Inca and Mughal history; hedgehog
  and swift habits; SQL and CSS help; skiffle and Afrobeat verdicts; permafrost and dust storm
  science; stag do and group chat tact; sourdough and tomato hunches; podcast and board game
  picks; eulogy and landlord letter drafting; zoo ethics and moral luck puzzles), 65
  near-negatives in 13 families of five shaped like positives but needing the model (live rates
  and prices, what is open or running, ballparks with no figures, why a maths rule works, sums
  missing their deciding figures, whether a deal is good, what a reading means, when something
  happened, code to write, why a calendar or clock custom exists, kitchen and garden judgement
  calls with numbers, ambiguous units or dates, and distances needing geography), and 35
  conversations in seven families of five whose first turn asks an exact question and whose
  last turn asks whether to fix a mortgage after a deposit sum, for route ideas after a fuel
  cost, about meeting etiquette after a time-zone conversion, for tiling design advice after a
  tile count, for gift ideas after a savings total, for a toast or card after an age, or for
  menu advice after a turkey cooking time; none ends in a plain exact question, and the figures
  in assistant turns are computed in code (the time-zone turns from the same zoneinfo helpers,
  including Chicago five behind on 3 November 2027 and Los Angeles seven behind on 18 March
  2027). Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 135,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and the ast and kept-chunk checks above. Before the first run a
small search chose the electricity bill's figures so that the bill comes to whole pence. The
first run failed because the set-up's pct() cannot take a Fraction (a _pc helper was added); the
next run's duplicate check flagged 17 items matching earlier sets word for word (a plain square
root, a plain psi-to-bar and a plain weekday question, the wedding marquee area, and 13
near-negatives: three ambiguous units or dates, a lifetime of words, the seven-day week, three
sums missing figures, four maths-rule explanations and a Fahrenheit function), all reworded or
given new figures; the run after that flagged one reworded fractions question again, reworded
once more, and then every check passed. Reviewing the listings changed €0.9 and NZ$24.8 to two
decimals, reworded a pension date so it is not told as past, gave the birthday conversations
he/she instead of "they" and moved a turkey time off an awkward "2 h 0 min". A nested quote in
an f-string was a syntax error on Python 3.11 and was fixed. Ruff check listed 33 implicitly
concatenated strings in the conversations and near-negatives (ISC004); ruff's own fix was
applied to the negatives section, then the conversations were rewritten to build each turn in a
variable first, and twelve lines over 99 columns were rewrapped. Ruff check and ruff format are
clean, no line exceeds 99 characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_136.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-18.jsonl"
PREFIX = "ho136-"
# earlier generators: sets 1-135 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 136))
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
    "make_heldout_132.py",
    "make_heldout_133.py",
    "make_heldout_134.py",
    "make_heldout_135.py",
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


# ---------------------------------------------------------------- this set's text helpers
def _dtxt(x, sep=False):
    """An exact terminating Fraction written as a plain decimal (no trailing zeros)."""
    x = F(x)
    k = decimals(x)
    n = int(x * 10**k)
    whole, frac = divmod(abs(n), 10**k)
    body = f"{whole:,}" if sep else str(whole)
    return ("-" if n < 0 else "") + body + (f".{frac:0{k}d}" if k else "")


def _pc(x):
    """x per cent as an exact Fraction (x may be a Fraction, unlike pct)."""
    return F(x) / 100


def _cents(x):
    """An amount of money that must come to whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def _money(x, sym="£", whole=False):
    """Money as written on a bill: £1,234.50 (or £1,234 when whole=True and it is whole)."""
    x = _cents(x)
    if whole and x.denominator == 1:
        return f"{sym}{int(x):,}"
    n = int(x * 100)
    return f"{sym}{n // 100:,}.{n % 100:02d}"


assert _dtxt(dec("1234.50"), sep=True) == "1,234.5" and _dtxt(F(-2, 5)) == "-0.4"
assert _money(dec("1234.5")) == "£1,234.50" and _money(12, "€", whole=True) == "€12"

# registers of this set (each used by all three tools)
R_VAL = "retired_teacher_learning_spanish_in_valencia"
R_NURSE = "night_nurse_checking_overtime_pay"
R_TWINS = "twins_planning_a_joint_eighteenth"
R_HARV = "village_harvest_supper_committee"
R_VIE = "physics_student_on_an_erasmus_year_in_vienna"
R_VAN = "young_couple_emigrating_to_vancouver"
R_WIND = "onshore_wind_farm_technician_on_rotation"
R_KTM = "daughter_trekking_out_of_kathmandu"
R_ADL = "aunt_spending_january_in_adelaide"
R_HNL = "newlyweds_honeymooning_in_honolulu"
R_COOK = "primary_school_cook_planning_lunches"
R_BOWLS = "widow_taking_up_indoor_bowls"
R_FLAT = "first_time_buyer_measuring_up_a_flat"
R_SWIM = "sixth_former_doing_a_sponsored_swim"
R_NAN = "grandson_sorting_out_nans_bills"
R_WFB = "walking_football_team_organiser"
R_CAKE = "home_baker_taking_christmas_cake_orders"
R_SIBS = "siblings_clearing_their_parents_house"
R_LEEDS = "office_worker_cycling_to_work_in_leeds"
R_GITE = "family_renting_a_gite_near_saint_malo"
R_UNI = "mum_running_a_school_uniform_swap"
R_WED = "herefordshire_orchard_wedding_couple"
R_QTN = "cousin_working_a_summer_in_queenstown"
R_WATCH = "grandad_getting_to_grips_with_a_smartwatch"
R_DRIVE = "teenager_learning_to_drive_in_her_mums_car"


def _calc_plain():
    price = 2364
    calc(P, f"What's 17.5% of £{price:,}?", _cents(price * _pc("17.5")))
    a, b = 7854, 34
    calc(P, f"{a:,} ÷ {b} = ?", F(a, b))
    x, y, m = dec("48.6"), dec("17.25"), 12
    calc(P, f"work out ({_dtxt(x)} + {_dtxt(y)}) × {m}", (x + y) * m)
    calc(P, "What is three eighths of 2,920?", F(3, 8) * 2920)
    part, share = 14, 35
    calc(P, f"{part} is {share}% of what number?", part / _pc(share))
    base, p = 650, 18
    calc(
        P,
        f"Take {base}, increase it by {p}%, then decrease the result by {p}%. What do you get?",
        base * (1 + _pc(p)) * (1 - _pc(p)),
    )
    marks = (83, 91, 77, 68, 96)
    calc(
        P,
        f"Mean of {', '.join(map(str, marks[:-1]))} and {marks[-1]}, please",
        F(sum(marks), len(marks)),
    )
    sq = 5329
    root = math.isqrt(sq)
    assert root * root == sq
    calc(P, f"√{sq} = ?", root)
    calc(P, "2^13 − 3^7", 2**13 - 3**7)
    old, new = 72, 81
    calc(
        P,
        f"A ticket went up from £{old} to £{new}. By what percentage did it rise?",
        (F(new) - old) / old * 100,
    )
    q, r = 1296, dec("0.075")
    calc(P, f"{q:,} x {_dtxt(r)}", q * r)
    pot, g = 5000, 4
    calc(
        P,
        f"£{pot:,} grows by {g}%, then by {g}% again on the new total, then by {g}% once more. "
        "What is it worth at the end?",
        _cents(pot * (1 + _pc(g)) ** 3),
    )
    u, v, w = 45, dec("12.75"), dec("2.4")
    calc(P, f"Evaluate {u} − {_dtxt(v)} × {_dtxt(w)}", u - v * w)
    k1, k2 = 391, 17
    calc(P, f"How many times does {k2} go into {k1}?", F(k1, k2))


def _calc_registers():
    wk, weeks_booked, off = 185, 8, 15
    calc(
        R_VAL,
        f"The language school in Valencia charges €{wk} a week for the intensive course and "
        f"takes {off}% off if you book six weeks or more. I'm booking {weeks_booked} weeks. "
        "What will I pay in euros?",
        _cents(wk * weeks_booked * (1 - _pc(off))),
    )
    rate, basic_h, ot_h = dec("19.40"), 150, dec("22.5")
    calc(
        R_NURSE,
        f"My March payslip: {basic_h} contracted hours at {_money(rate)} and "
        f"{_dtxt(ot_h)} hours of overtime paid at time and a half. "
        "What should the gross pay come to?",
        _cents(basic_h * rate + ot_h * rate * F(3, 2)),
    )
    rate2, shift_h, unsocial_h, uplift = dec("18.60"), 12, 10, 30
    calc(
        R_NURSE,
        f"basic is {_money(rate2)}/hr and unsocial hours get {uplift}% on top. my shift was "
        f"{shift_h} hrs and {unsocial_h} of them count as unsocial. what's the shift worth "
        "before tax?",
        _cents(shift_h * rate2 + unsocial_h * rate2 * _pc(uplift)),
    )
    room, dj, head, guests = 275, 180, dec("11.50"), 64
    calc(
        R_TWINS,
        f"For our joint 18th: function room £{room}, DJ £{dj}, buffet {_money(head)} a head "
        f"for {guests} guests. We're splitting it equally between the two of us. "
        "How much does each twin pay?",
        _cents((room + dj + head * guests) / 2),
    )
    adults, adult_p, kids, kid_p, food, hall = 92, dec("8.50"), 23, 4, dec("312.40"), 45
    calc(
        R_HARV,
        f"Harvest supper takings: {adults} adult tickets at {_money(adult_p)} and {kids} "
        f"children's at £{kid_p}. Food cost {_money(food)} and the hall was £{hall}. "
        "How much profit goes to the church roof fund?",
        _cents(adults * adult_p + kids * kid_p - food - hall),
    )
    rent, extra = 1340, 60
    calc(
        R_VIE,
        f"Our flat in Vienna is €{rent:,} a month between four of us. I have the big room so I "
        f"pay €{extra} more than each of the other three, who pay the same as each other. "
        "What's my share?",
        (F(rent) - extra) / 4 + extra,
    )
    grant, n_pay, spent = 540, 10, 4185
    calc(
        R_VIE,
        f"The Erasmus grant comes as ten monthly payments of €{grant}. Over the whole year "
        f"I've budgeted to spend €{spent:,} of it on rent. How much of the grant is left for "
        "everything else?",
        n_pay * grant - spent,
    )
    ship, pack, vat = 3220, 640, 20
    calc(
        R_VAN,
        f"Removals quote for the move to Vancouver: £{ship:,} for shipping and £{pack} for "
        f"packing, with {vat}% VAT added to the packing only. What's the total?",
        _cents(ship + pack * (1 + _pc(vat))),
    )
    pounds, fx, fee = 7500, dec("1.8632"), 45
    calc(
        R_VAN,
        f"We changed £{pounds:,} at {_dtxt(fx)} Canadian dollars to the pound, and a flat "
        f"C${fee} fee came out of the dollars. How many Canadian dollars did we end up with?",
        _cents(pounds * fx - fee),
    )
    day_rate, on_days, allowance, nights = 385, 14, dec("27.50"), 13
    calc(
        R_WIND,
        f"Rotation pay check: {on_days} days on site at £{day_rate} a day, plus a "
        f"{_money(allowance)} accommodation allowance for each of {nights} nights. "
        "Total for the rotation?",
        _cents(on_days * day_rate + nights * allowance),
    )
    pkg, people, tip = 1450, 3, 12
    calc(
        R_KTM,
        f"The trek is ${pkg:,} per person and there are {people} of us. The agency suggests a "
        f"tip pot for the porters of {tip}% of the package price on top. Grand total in dollars?",
        _cents(pkg * people * (1 + _pc(tip))),
    )
    night_rate, stay = 145, 31
    free = stay // 7
    calc(
        R_ADL,
        f"Auntie's holiday flat in Adelaide is A${night_rate} a night and every 7th night is "
        f"free. She's staying {stay} nights in a row. How much does she pay?",
        night_rate * (stay - free),
    )
    room_n, n_n, tax, resort = 289, 9, 18, 35
    calc(
        R_HNL,
        f"Honolulu hotel: ${room_n} a night for {n_n} nights, plus {tax}% tax on the room "
        f"rate, plus a ${resort} resort fee each night that isn't taxed. What's the bill?",
        _cents(room_n * n_n * (1 + _pc(tax)) + resort * n_n),
    )
    grams, kids2, bag_kg = 85, 212, 3
    calc(
        R_COOK,
        f"Pasta bake: {grams} g of dried pasta per child, {kids2} children. Pasta comes in "
        f"{bag_kg} kg catering bags. How many bags do I need to open?",
        whole_up(F(grams * kids2, 1000 * bag_kg)),
    )
    per_meal, meals, n_days, spent2 = dec("1.37"), 212, 5, dec("1288.60")
    calc(
        R_COOK,
        f"Food budget is {_money(per_meal)} a meal, {meals} meals a day for {n_days} days. "
        f"So far I've spent {_money(spent2)}. How much is left in the week's budget?",
        _cents(per_meal * meals * n_days - spent2),
    )
    member, visit, per_wk, wks = 96, dec("3.50"), 2, 40
    calc(
        R_BOWLS,
        f"Indoor bowls: membership is £{member} a year, or visitors pay {_money(visit)} a "
        f"session. If I go {per_wk} times a week for {wks} weeks, how much do I save by "
        "joining?",
        _cents(visit * per_wk * wks - member),
    )
    price2, dep, sol, survey = 218500, 10, 1850, 495
    calc(
        R_FLAT,
        f"Flat is on at £{price2:,}. I need a {dep}% deposit, plus £{sol:,} solicitor's fees and "
        f"a £{survey} survey. How much cash do I need in total?",
        _cents(price2 * _pc(dep) + sol + survey),
    )
    ln, wd, pack_m2, pack_p = dec("4.2"), dec("3.65"), dec("2.13"), dec("24.99")
    calc(
        R_FLAT,
        f"Lounge floor is {_dtxt(ln)} m by {_dtxt(wd)} m. Laminate comes in packs covering "
        f"{_dtxt(pack_m2)} m² at {_money(pack_p)}, whole packs only. What will the laminate "
        "cost?",
        _cents(whole_up(ln * wd / pack_m2) * pack_p),
    )
    s50, s100, flat_don, lengths = 12, 5, 85, 64
    calc(
        R_SWIM,
        f"Sponsored swim: {s50} people sponsored me 50p a length, {s100} sponsored me £1 a "
        f"length, and I got £{flat_don} in one-off donations. I swam {lengths} lengths. "
        "How much did I raise?",
        _cents(s50 * F(1, 2) * lengths + s100 * lengths + flat_don),
    )
    kwh, unit_p, days_n, standing_p, vat2 = 1124, dec("24.50"), 92, dec("53.50"), 5
    bill = (kwh * unit_p + days_n * standing_p) * (1 + _pc(vat2)) / 100
    calc(
        R_NAN,
        f"Checking Nan's electricity bill: {kwh:,} kWh at {_dtxt(unit_p)}p per kWh, a standing "
        f"charge of {_dtxt(standing_p)}p a day for {days_n} days, then {vat2}% VAT on the lot. "
        "What should the total be in pounds?",
        _cents(bill),
    )
    pitch, sessions, kit, players = 54, 11, 120, 14
    calc(
        R_WFB,
        f"Walking footie subs: pitch is £{pitch} a session for {sessions} sessions, plus £{kit} "
        f"for new bibs and balls, shared equally by {players} of us. What does each player "
        "owe?",
        _cents(F(pitch * sessions + kit, players)),
    )
    sell, ingr, box, orders = 38, dec("9.85"), dec("2.40"), 17
    calc(
        R_CAKE,
        f"Each cake costs me {_money(ingr)} in ingredients and {_money(box)} for the box and "
        f"ribbon, and I sell them at £{sell}. I've got {orders} orders. What's my profit?",
        _cents((sell - ingr - box) * orders),
    )
    fruit_kg, bag_g, bag_p = dec("1.2"), 500, dec("3.15")
    calc(
        R_CAKE,
        f"Every cake takes {_dtxt(fruit_kg)} kg of mixed dried fruit and I'm baking {orders}. "
        f"The fruit comes in {bag_g} g bags at {_money(bag_p)}. How much will the fruit cost "
        "me?",
        _cents(whole_up(fruit_kg * orders * 1000 / bag_g) * bag_p),
    )
    sale, agent, sol2 = 312000, dec("1.2"), 1650
    net = sale - sale * _pc(agent) * F(6, 5) - sol2
    calc(
        R_SIBS,
        f"Mum and Dad's house sold for £{sale:,}. The estate agent takes {_dtxt(agent)}% plus "
        f"VAT at 20% on that fee, and the solicitor is £{sol2:,}. We split the rest equally "
        "between the three of us. What does each get?",
        _cents(net / 3),
    )
    bike, saving, instalments = 1240, 28, 12
    calc(
        R_LEEDS,
        f"Cycle to work scheme: the bike is £{bike:,}, paid by {instalments} equal monthly "
        f"salary deductions, and I save {saving}% of the cost in tax and NI. What does each "
        "deduction actually cost me?",
        _cents(bike * (1 - _pc(saving)) / instalments),
    )
    gite, tax_pp, adults2, n7, clean, their = 1260, dec("0.90"), 4, 7, 70, 40
    calc(
        R_GITE,
        f"The gîte is €{gite:,} for the week, plus {_money(tax_pp, '€')} tourist tax per "
        f"adult per night ({adults2} adults, {n7} nights) and €{clean} cleaning. My sister's "
        f"family pays {their}% of everything. How much is their share?",
        _cents((gite + tax_pp * adults2 * n7 + clean) * _pc(their)),
    )
    jumpers, polos, trousers = 46, 31, 19
    raised = jumpers * 2 + polos * F(3, 2) + trousers * F(5, 2)
    calc(
        R_UNI,
        f"Uniform swap sales: {jumpers} jumpers at £2, {polos} polo shirts at £1.50 and "
        f"{trousers} pairs of trousers at £2.50. The PTA adds 50p for every £1 we raise. "
        "What's the total for the school?",
        _cents(raised * F(3, 2)),
    )
    guests2, glass, bottle, bottle_p = 96, 150, 750, dec("6.75")
    calc(
        R_WED,
        f"Toast with sparkling cider: {guests2} guests, a {glass} ml glass each. Bottles are "
        f"{bottle} ml at {_money(bottle_p)}, whole bottles only. How much will the cider cost?",
        _cents(whole_up(F(guests2 * glass, bottle)) * bottle_p),
    )
    wage, hrs, wks2, tax2 = dec("24.80"), 38, 12, dec("17.5")
    calc(
        R_QTN,
        f"My cousin's job in Queenstown pays {_money(wage, 'NZ$')} an hour, {hrs} hours a week, "
        f"for {wks2} weeks. If {_dtxt(tax2)}% comes off in tax, what does she take home in NZ$?",
        _cents(wage * hrs * wks2 * (1 - _pc(tax2))),
    )
    steps = (6412, 8905, 7330, 4118, 10264, 9057, 5721)
    assert sum(steps) % 7 == 0
    calc(
        R_WATCH,
        "The watch says my steps Monday to Sunday were "
        + ", ".join(f"{s:,}" for s in steps[:-1])
        + f" and {steps[-1]:,}. What's my daily average?",
        F(sum(steps), 7),
    )
    single, block10, need, theory, practical = 38, 340, 24, 23, 62
    blocks = need // 10
    calc(
        R_DRIVE,
        f"Driving lessons are £{single} each or £{block10} for a block of 10. I need {need} "
        f"lessons, so I'll buy {blocks} blocks and pay for the rest singly. Add the £{theory} "
        f"theory test and the £{practical} practical test: what's the total?",
        blocks * block10 + (need - blocks * 10) * single + theory + practical,
    )


_calc_plain()
_calc_registers()


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


# exact definitions added for this set
M_CM = F(1, 100)
M_MM = F(1, 1000)
M_KM = F(1000)
KG_G = F(1, 1000)
M2_HA = F(10000)
M3_L = F(1, 1000)
M2_KM2 = F(10**6)
NMILE = F(1852)  # international nautical mile, m
KNOT = NMILE / 3600  # m/s
MJ_PER_KWH = dec("3.6")
SQMI = MI * MI  # m^2
CUYD = YD * YD * YD  # m^3

assert KNOT * 3600 / M_KM == dec("1.852") and CUYD == dec("0.764554857984")


def _unit_auto(family, query, value):
    """Exact grading when the answer has at most three decimals, else 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    ac = 9
    _unit_auto(P, f"{ac} acres in hectares?", ac * ACRE / M2_HA)
    g = 250
    _unit_auto(P, f"How many ounces is {g} g?", g * KG_G / OZ)
    _unit_auto(P, "5 ft 11 in — what's that in centimetres?", (5 * FT + 11 * IN) / M_CM)
    gib = dec("3.75")
    _unit_auto(P, f"convert {_dtxt(gib)} GiB to MiB", gib * GIB / MIB)
    kmh = 72
    _unit_auto(P, f"{kmh} km/h is how many metres per second?", kmh * KMH)
    nm = 15
    _unit_auto(P, f"What is {nm} nautical miles in kilometres?", nm * NMILE / M_KM)
    psi = 110
    _unit_auto(P, f"Convert {psi} psi into bar.", psi * PSI / BAR)
    kwh = dec("2.25")
    _unit_auto(P, f"Express {_dtxt(kwh)} kWh in megajoules.", kwh * MJ_PER_KWH)
    _unit_auto(P, "What's 14 stone 3 lb in kilograms?", 14 * STONE + 3 * LB)
    _unit_auto(P, "Convert −4 °F to Celsius", f_to_c(-4))
    sm = 3
    _unit_auto(P, f"How many square kilometres are {sm} square miles?", sm * SQMI / M2_KM2)
    cf = 12
    _unit_auto(P, f"A {cf} cubic foot chest freezer holds how many litres?", cf * CUFT / M3_L)
    hm = dec("13.1")
    _unit_auto(P, f"{_dtxt(hm)} miles in km", hm * MI / M_KM)
    kn = 45
    _unit_auto(P, f"wind gusting {kn} knots: what is that in km/h?", kn * KNOT / KMH)


def _units_registers():
    walk = 9
    _unit_auto(
        R_VAL,
        f"My walk along the old Turia riverbed park in Valencia is {walk} km end to end. "
        "How far is that in miles?",
        walk * M_KM / MI,
    )
    st, lb = 11, 6
    _unit_auto(
        R_NURSE,
        f"Patient's daughter says he weighs {st} st {lb} lb. I need it in kg for the drug "
        "chart, what is it?",
        st * STONE + lb * LB,
    )
    temp = dec("38.4")
    _unit_auto(
        R_NURSE,
        f"relative asked what {_dtxt(temp)} °C is in Fahrenheit, what do I tell them?",
        c_to_f(temp),
    )
    arch = 12
    _unit_auto(
        R_TWINS,
        f"The balloon arch kit says {arch} ft wide. How many metres is that, will it fit our "
        "doorway?",
        arch * FT,
    )
    spuds = 35
    _unit_auto(
        R_HARV,
        f"A farmer's given us {spuds} lb of potatoes for the harvest supper. In kilograms?",
        spuds * LB,
    )
    flat = 62
    _unit_auto(
        R_VIE,
        f"My Vienna flat is {flat} m². My parents want to know how many square feet that is.",
        flat / SQFT,
    )
    lim = 130
    _unit_auto(
        R_VIE,
        f"Austrian motorway limit is {lim} km/h. What's that in mph?",
        lim * KMH / MPH,
    )
    sqft = 780
    _unit_auto(
        R_VAN,
        f"The Vancouver rental listing says {sqft} sq ft. Convert to square metres please.",
        sqft * SQFT,
    )
    cold = -18
    _unit_auto(
        R_VAN,
        f"Forecast for our first week in Canada has a low of {cold} °C. What is that in °F?",
        c_to_f(cold),
    )
    ms = 25
    _unit_auto(
        R_WIND,
        f"The turbines cut out at {ms} m/s wind speed. What's that in miles per hour?",
        ms / MPH,
    )
    ebc = 5364
    _unit_auto(
        R_KTM,
        f"Base camp is at {ebc:,} m. How high is that in feet?",
        ebc / FT,
    )
    hot = 41
    _unit_auto(
        R_ADL,
        f"Auntie texted that it hit {hot} °C in Adelaide. Whats that in Fahrenheit?",
        c_to_f(hot),
    )
    reef = 18
    _unit_auto(
        R_HNL,
        f"The snorkel trip says the reef is about {reef} ft down. In metres?",
        reef * FT,
    )
    oven = 190
    _unit_auto(
        R_COOK,
        f"The recipe says {oven} °C but the old oven in the school kitchen is marked in "
        "Fahrenheit. What should I set it to?",
        c_to_f(oven),
    )
    mince = 6
    _unit_auto(
        R_COOK,
        f"An old cottage pie recipe calls for {mince} lb of minced beef. How many kilograms?",
        mince * LB,
    )
    rink = 40
    _unit_auto(
        R_BOWLS,
        f"The indoor rink is {rink} yards long. How many metres is that?",
        rink * YD,
    )
    a_ft, a_in, b_ft, b_in = 11, 4, 9, 8
    _unit_auto(
        R_FLAT,
        f"The agent's floor plan gives the bedroom as {a_ft}′{a_in}″ × {b_ft}′{b_in}″. What's "
        "the floor area in square metres?",
        (a_ft * FT + a_in * IN) * (b_ft * FT + b_in * IN),
    )
    sofa = dec("2.15")
    _unit_auto(
        R_FLAT,
        f"Our sofa is {_dtxt(sofa)} m long. How long is that in inches?",
        sofa / IN,
    )
    lengths, pool = 64, 25
    _unit_auto(
        R_SWIM,
        f"I swam {lengths} lengths of a {pool} m pool. How many yards is that altogether?",
        lengths * pool / YD,
    )
    stat = 68
    _unit_auto(
        R_NAN,
        f"Nan's old thermostat is set to {stat} °F. What's that in Celsius?",
        f_to_c(stat),
    )
    p_l, p_w = 60, 35
    _unit_auto(
        R_WFB,
        f"The walking football pitch is {p_l} yards by {p_w} yards. What's its area in "
        "square metres?",
        p_l * p_w * SQYD,
    )
    tin = 9
    _unit_auto(
        R_CAKE,
        f"Customer wants a {tin} inch square cake. What size tin is that in cm?",
        tin * IN / M_CM,
    )
    b_lb, b_oz = 1, 4
    _unit_auto(
        R_CAKE,
        f"Gran's fruit cake recipe says {b_lb} lb {b_oz} oz of butter. How many grams?",
        (b_lb * LB + b_oz * OZ) / KG_G,
    )
    skip = 8
    _unit_auto(
        R_SIBS,
        f"The skip hire firm lists an {skip} cubic yard skip. What's that in cubic metres?",
        skip * CUYD,
    )
    commute = dec("7.4")
    _unit_auto(
        R_LEEDS,
        f"My ride into Leeds is {_dtxt(commute)} miles each way. How many km is one way?",
        commute * MI / M_KM,
    )
    tyre = dec("2.3")
    _unit_auto(
        R_GITE,
        f"The hire car's tyre sticker says {_dtxt(tyre)} bar. The garage pump only does psi. "
        "What do I set it to?",
        tyre * BAR / PSI,
    )
    chest = 76
    _unit_auto(
        R_UNI,
        f"A donated blazer is labelled chest {chest} cm. How many inches is that?",
        chest * M_CM / IN,
    )
    m_w, m_l = 40, 80
    _unit_auto(
        R_WED,
        f"The orchard marquee we've booked is {m_w} ft by {m_l} ft. What floor area is that "
        "in square metres?",
        m_w * m_l * SQFT,
    )
    bungee = 134
    _unit_auto(
        R_QTN,
        f"She's doing the {bungee} m bungee near Queenstown. How many feet is that?",
        bungee / FT,
    )
    walked = dec("8.2")
    _unit_auto(
        R_WATCH,
        f"My watch reckons I walked {_dtxt(walked)} km. What's that in miles?",
        walked * M_KM / MI,
    )
    zone30 = 30
    _unit_auto(
        R_DRIVE,
        f"My instructor keeps saying it's a {zone30} mph zone. What's that in km/h?",
        zone30 * MPH / KMH,
    )


_units_plain()
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


# IANA zone rules (zoneinfo, loaded through importlib so the set-up's imports are unchanged)
_ZONE = importlib.import_module("zoneinfo").ZoneInfo


def _wall(zone, y, mo, d, h=12, mi=0):
    """A wall-clock time in a named zone; it must exist and be unambiguous."""
    t0 = DT(y, mo, d, h, mi, tzinfo=_ZONE(zone))
    assert t0.utcoffset() == t0.replace(fold=1).utcoffset(), (zone, t0)  # gap or overlap
    return t0


def _offset_h(zone, day, h=12):
    """A zone's offset from universal time on a day, in hours (exact)."""
    return F(int(_wall(zone, day.year, day.month, day.day, h).utcoffset().total_seconds()), 3600)


def _real_span(a, b, unit_s):
    """Real time elapsed between two aware datetimes (via universal time), in unit_s units."""
    secs = (b.astimezone(dt.UTC) - a.astimezone(dt.UTC)).total_seconds()
    return F(int(secs), unit_s)


def _arrive(dep, hours, minutes, zone):
    """Local wall-clock arrival time in zone after a flight of the given length."""
    return (dep.astimezone(dt.UTC) + TD(hours=hours, minutes=minutes)).astimezone(_ZONE(zone))


def _count_wd(first, last, wds):
    """How many days from first to last inclusive fall on one of the weekdays wds."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(k)).weekday() in wds)


def _plus_workdays(start, n, holidays=()):
    """The nth Monday-to-Friday day after start, skipping the given holidays."""
    d = start
    while n:
        d += TD(1)
        if d.weekday() < SAT and d not in holidays:
            n -= 1
    return d


# offsets relied on below, pinned
assert _offset_h("Europe/London", D(2027, 3, 27)) == 0
assert _offset_h("Europe/London", D(2027, 3, 28)) == 1
assert _offset_h("Europe/London", D(2027, 10, 31)) == 0
assert _offset_h("America/Vancouver", D(2027, 10, 31)) == -7
assert _offset_h("America/Vancouver", D(2027, 6, 3)) == -7
assert _offset_h("Europe/Vienna", D(2027, 12, 17)) == 1
assert _offset_h("Asia/Kathmandu", D(2027, 10, 11)) == F(23, 4)
assert _offset_h("Australia/Adelaide", D(2028, 1, 30)) == F(21, 2)
assert _offset_h("Pacific/Honolulu", D(2027, 9, 15)) == -10
assert _offset_h("Europe/Paris", D(2027, 8, 8)) == 2
assert _offset_h("Pacific/Auckland", D(2028, 1, 1)) == 13
assert _offset_h("Asia/Tokyo", D(2028, 1, 17)) == 9
assert _offset_h("America/New_York", D(2028, 1, 17)) == -5
assert _count_wd(D(2027, 9, 6), D(2027, 9, 12), {FRI}) == 1
assert _plus_workdays(D(2027, 5, 28), 1, {D(2027, 5, 31)}) == D(2027, 6, 1)


def _datetime_plain():
    leap = D(2028, 2, 29)
    date_item(P, f"{say(leap)} falls on which weekday?", weekday(leap))
    a, b = D(2027, 3, 14), D(2027, 11, 2)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    start, n = D(2027, 6, 21), 100
    date_item(P, f"what date is {n} days after {say(start)}", start + TD(days=n))
    anchor = D(2027, 12, 18)
    date_item(P, f"Which date is 6 weeks before {sayw(anchor)}?", anchor - TD(weeks=6))
    doy = D(2027, 8, 9)
    date_item(P, f"{say(doy)} is day number what of its year?", doy.timetuple().tm_yday)
    yr = 2028
    date_item(
        P, f"How many Mondays are there in {yr}?", _count_wd(D(yr, 1, 1), D(yr, 12, 31), {MON})
    )
    date_item(P, "Date of the fourth Thursday in November 2027?", nth_weekday(2027, 11, THU, 4))
    born, on = D(2012, 2, 29), D(2028, 3, 1)
    date_item(P, f"Someone born on {say(born)}: how old are they on {say(on)}?", age(born, on))
    date_item(
        P,
        "How many minutes from 22:40 to 06:15 the next morning?",
        clock_span("22:40", "06:15", 60),
    )
    tk = D(2028, 1, 17)
    date_item(
        P,
        f"On {say(tk)}, how many hours ahead of New York is Tokyo?",
        _offset_h("Asia/Tokyo", tk) - _offset_h("America/New_York", tk),
    )
    date_item(P, "When is the last Friday of February 2028?", nth_weekday(2028, 2, FRI, -1))
    date_item(
        P,
        "How many weekdays (Monday to Friday) are there in August 2027?",
        _count_wd(D(2027, 8, 1), D(2027, 8, 31), {MON, TUE, WED, THU, FRI}),
    )
    xmas = next(y for y in range(2028, 2100) if D(y, 12, 25).weekday() == SAT)
    date_item(
        P, "After 2027, what's the first year in which Christmas Day falls on a Saturday?", xmas
    )
    m0 = _wall("Europe/London", 2027, 3, 28, 0)
    m1 = _wall("Europe/London", 2027, 3, 29, 0)
    date_item(
        P,
        "In London, how many hours actually pass between midnight at the start of Sunday "
        "28 March 2027 and midnight at the start of Monday 29 March 2027?",
        _real_span(m0, m1, 3600),
    )


def _datetime_registers():
    first = D(2027, 9, 13)
    date_item(
        R_VAL,
        f"My Spanish course starts {sayw(first)} and runs for 8 weeks, with classes Monday to "
        "Thursday. What's the date of the very last class?",
        first + TD(weeks=7, days=3),
    )
    on = _wall("Europe/London", 2027, 3, 27, 19, 30)
    off = _wall("Europe/London", 2027, 3, 28, 7, 30)
    date_item(
        R_NURSE,
        "I did a night shift on the ward in Manchester from 19:30 on Saturday 27 March 2027 to "
        "07:30 on Sunday 28 March 2027. How many hours did I actually work?",
        _real_span(on, off, 3600),
    )
    rota0 = D(2027, 5, 3)
    nights = [rota0 + TD(days=7 * (k // 3) + k % 3) for k in range(10)]
    assert nights[:4] == [rota0, rota0 + TD(1), rota0 + TD(2), rota0 + TD(7)]
    date_item(
        R_NURSE,
        f"New rota is 3 nights on, 4 off, starting {sayw(rota0)} (so nights on the 3rd, 4th "
        "and 5th). What date is my 10th night shift?",
        nights[-1],
    )
    twins_born = D(2012, 5, 19)
    eighteenth = twins_born.replace(year=twins_born.year + 18)
    date_item(
        R_TWINS,
        f"We were born on {sayw(twins_born)}. What day of the week is our 18th birthday?",
        weekday(eighteenth),
    )
    date_item(
        R_HARV,
        "The harvest supper is always on the last Saturday of September. What's the date in 2027?",
        nth_weekday(2027, 9, SAT, -1),
    )
    dep = _wall("Europe/Vienna", 2027, 12, 17, 18, 5)
    arr = _wall("Europe/London", 2027, 12, 17, 19, 25)
    date_item(
        R_VIE,
        f"Flying home for Christmas: leaves Vienna 18:05 on {sayw(D(2027, 12, 17))}, lands "
        "at Heathrow 19:25 local time the same evening. How many minutes is the flight?",
        _real_span(dep, arr, 60),
    )
    sem0, sem1 = D(2027, 10, 4), D(2028, 1, 31)
    date_item(
        R_VIE,
        f"Winter semester runs from {sayw(sem0)} to {sayw(sem1)}, both days included. How "
        "many days is that?",
        days(sem0, sem1) + 1,
    )
    call = D(2027, 10, 31)
    date_item(
        R_VAN,
        f"On {sayw(call)}, how many hours behind London is Vancouver?",
        _offset_h("Europe/London", call) - _offset_h("America/Vancouver", call),
    )
    out = _wall("Europe/London", 2027, 6, 3, 15, 55)
    land = _wall("America/Vancouver", 2027, 6, 3, 17, 45)
    date_item(
        R_VAN,
        f"Our one-way flight leaves Heathrow at 15:55 on {sayw(D(2027, 6, 3))} and lands in "
        "Vancouver at 17:45 local time that same day. How long is it in the air, in minutes?",
        _real_span(out, land, 60),
    )
    site0 = D(2027, 4, 6)
    date_item(
        R_WIND,
        f"I work 14 days on, 14 days off. My first day on site was {sayw(site0)}. What's the "
        "first day of my 5th stint on site?",
        site0 + TD(days=4 * 28),
    )
    ktm = D(2027, 10, 11)
    date_item(
        R_KTM,
        f"On {sayw(ktm)}, how many hours ahead of London is Kathmandu? Give it as a decimal.",
        _offset_h("Asia/Kathmandu", ktm) - _offset_h("Europe/London", ktm),
    )
    adl = _wall("Australia/Adelaide", 2028, 1, 30, 21, 50)
    date_item(
        R_ADL,
        f"Auntie leaves Adelaide at 21:50 on {sayw(D(2028, 1, 30))} and the journey to London, "
        "stopover included, takes 22 hours 40 minutes. On what date does she land in London?",
        _arrive(adl, 22, 40, "Europe/London").date(),
    )
    hnl = _wall("Pacific/Honolulu", 2027, 9, 15, 22, 30)
    date_item(
        R_HNL,
        f"We land in Honolulu at 22:30 on {sayw(D(2027, 9, 15))}. What day of the week will it "
        "be back home in London at that moment?",
        weekday(hnl.astimezone(_ZONE("Europe/London")).date()),
    )
    t0, t1 = D(2027, 9, 6), D(2027, 10, 22)
    date_item(
        R_COOK,
        f"Fish on Fridays: from {sayw(t0)} to {sayw(t1)} inclusive, how many Fridays do I "
        "need to order fish for?",
        _count_wd(t0, t1, {FRI}),
    )
    wk1, later = D(2027, 9, 6), D(2027, 11, 29)
    date_item(
        R_COOK,
        f"Our menus run on a 3-week cycle (weeks 1, 2, 3, then back to 1) and keep going "
        f"through half term. The week starting {sayw(wk1)} was week 1. Which cycle week is the "
        f"week starting {sayw(later)}?",
        weeks(wk1, later) % 3 + 1,
    )
    roll0 = D(2027, 10, 7)
    date_item(
        R_BOWLS,
        f"Beginners' roll-ups are every other Thursday starting {sayw(roll0)}. What's the date "
        "of the 9th one?",
        roll0 + TD(weeks=2 * 8),
    )
    exch = D(2027, 5, 14)
    bank = D(2027, 5, 31)
    date_item(
        R_FLAT,
        f"We exchanged on {sayw(exch)} and completion is 25 working days later (Monday to "
        f"Friday, skipping the bank holiday on {sayw(bank)}). What's the completion date?",
        _plus_workdays(exch, 25, {bank}),
    )
    offer = D(2027, 3, 9)
    date_item(
        R_FLAT,
        f"My mortgage offer was issued on {sayw(offer)} and expires 180 days after that. On "
        "what date does it expire?",
        offer + TD(days=180),
    )
    tr0, tr1 = D(2027, 6, 1), D(2027, 7, 10)
    date_item(
        R_SWIM,
        f"I train every Tuesday, Thursday and Saturday from {sayw(tr0)} up to and including the "
        f"swim itself on {sayw(tr1)}. How many sessions is that?",
        _count_wd(tr0, tr1, {TUE, THU, SAT}),
    )
    pen = D(2027, 4, 21)
    date_item(
        R_NAN,
        f"Nan's pension is paid every 4 weeks on a Wednesday, and the next one is due on "
        f"{sayw(pen)}. When is the third payment after that one?",
        pen + TD(weeks=12),
    )
    w0, w1, skip = D(2028, 1, 5), D(2028, 3, 29), D(2028, 2, 16)
    date_item(
        R_WFB,
        f"We play every Wednesday from {sayw(w0)} to {sayw(w1)} inclusive, except "
        f"{sayw(skip)} when the hall is shut. How many sessions is that?",
        _count_wd(w0, w1, {WED}) - 1,
    )
    f0, f1 = D(2027, 10, 17), D(2027, 12, 19)
    date_item(
        R_CAKE,
        f"I feed the cakes with brandy every Sunday from {sayw(f0)} to {sayw(f1)}, both "
        "included. How many feeds is that?",
        _count_wd(f0, f1, {SUN}),
    )
    last_order = D(2027, 12, 16)
    date_item(
        R_CAKE,
        f"Last orders are {sayw(last_order)}. I want to open orders 8 weeks before that. "
        "Which date?",
        last_order - TD(weeks=8),
    )
    probate, done = D(2027, 3, 8), D(2027, 7, 30)
    date_item(
        R_SIBS,
        f"Probate came through {sayw(probate)} and the house sale completed {sayw(done)}. "
        "How many days between the two?",
        days(probate, done),
    )
    c0, c1 = D(2027, 6, 7), D(2027, 7, 30)
    date_item(
        R_LEEDS,
        f"How many working days (Mon–Fri, no bank holidays in between) from {sayw(c0)} to "
        f"{sayw(c1)} inclusive? Want to log every ride in.",
        _count_wd(c0, c1, {MON, TUE, WED, THU, FRI}),
    )
    ferry0 = _wall("Europe/London", 2027, 8, 7, 20, 15)
    ferry1 = _wall("Europe/Paris", 2027, 8, 8, 8, 15)
    date_item(
        R_GITE,
        f"The overnight ferry leaves Portsmouth at 20:15 on {sayw(D(2027, 8, 7))} and gets "
        "into St Malo at 08:15 French time the next morning. How many hours is the crossing?",
        _real_span(ferry0, ferry1, 3600),
    )
    date_item(
        R_UNI,
        "We hold the uniform swap on the second Saturday of July. Which date is that in 2027?",
        nth_weekday(2027, 7, SAT, 2),
    )
    wed = D(2027, 9, 4)
    date_item(
        R_WED,
        f"Our wedding is {sayw(wed)} and the invitations should go out 16 weeks before. What "
        "date is that?",
        wed - TD(weeks=16),
    )
    ny = _wall("Pacific/Auckland", 2028, 1, 1, 9, 0)
    date_item(
        R_QTN,
        "My cousin wants to ring us at 9am on New Year's Day 2028, her time, in Queenstown. "
        "What's the date in London when she calls?",
        ny.astimezone(_ZONE("Europe/London")).date(),
    )
    streak_end, streak = D(2027, 6, 20), 45
    date_item(
        R_WATCH,
        f"The watch says I've hit my step goal {streak} days in a row, ending {sayw(streak_end)}"
        ". What date did the streak begin?",
        streak_end - TD(days=streak - 1),
    )
    dob = D(2010, 8, 23)
    date_item(
        R_DRIVE,
        f"I was born on {say(dob)} and can start driving lessons on my 17th birthday. What day "
        "of the week is that?",
        weekday(dob.replace(year=dob.year + 17)),
    )


_datetime_plain()
_datetime_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "pose-inca-and-mughal-history": (
        "Why did the Inca never develop writing, and how much could a quipu really record?",
        "How did Atahualpa's capture at Cajamarca bring down the Inca state so quickly?",
        "What made the Inca road network work so well for an empire without wheeled carts?",
        (
            "Was the civil war between Huáscar and Atahualpa a bigger factor in the Spanish "
            "conquest than smallpox?"
        ),
        "How did the mit'a labour draft actually work for an ordinary Andean village?",
        "Why did Akbar try to found a new faith of his own, the Din-i Ilahi?",
        "What made the Mughal empire fall apart so fast after Aurangzeb died?",
        "How did Shah Jahan pay for the Taj Mahal, and did it strain the treasury?",
        "Did people in India see the Mughals as foreign rulers, or as their own?",
        "How much real power did Nur Jahan hold during Jahangir's reign?",
    ),
    "pose-hedgehog-and-swift-habits": (
        "Why do hedgehogs chew strange things and then lick froth all over their spines?",
        "How does a hedgehog choose a spot for its winter nest?",
        "Is it true that swifts can sleep while they're flying?",
        "Why have swift numbers dropped so much in British towns?",
        "Why do swifts go screaming round the rooftops in gangs on summer evenings?",
        "Why do people cut little holes at the bottom of garden fences for hedgehogs?",
        (
            "How do young swifts find their way to Africa on their first migration with no "
            "adults to follow?"
        ),
        "Why is it bad to put out a saucer of milk for hedgehogs?",
        "Do swifts really stay in the air for most of a year without landing at all?",
        "How is a hedgehog's hibernation different from a dormouse's?",
    ),
    "pose-sql-and-css-help": (
        (
            "My LEFT JOIN turns into an inner join as soon as I add a WHERE condition on the "
            "right-hand table. Why, and how do I fix it?"
        ),
        (
            "How do I get the most recent order for each customer in Postgres without a "
            "correlated subquery?"
        ),
        "A long URL inside my CSS grid item makes the whole column overflow. What's the fix?",
        "Why won't my position: sticky header stick? It scrolls away with the page.",
        "When should I reach for a window function instead of GROUP BY?",
        "My flex items refuse to shrink below the width of their content. What am I missing?",
        (
            "We filter on status and sort by created_at on a table of twenty million rows. "
            "Which index would you add, and why?"
        ),
        "How can I do a dark theme in plain CSS that follows the visitor's system setting?",
        "Why does COUNT(email) give me a smaller number than COUNT(*) on the same table?",
        (
            "Write a safe SQL migration that splits a full_name column into first and last name "
            "columns."
        ),
    ),
    "pose-skiffle-and-afrobeat-verdicts": (
        (
            "Was skiffle an important genre in its own right, or only a stepping stone to the "
            "Beatles?"
        ),
        "Which Fela Kuti album is the best place to start, and why that one?",
        "Is Lonnie Donegan underrated these days?",
        "Does Afrobeat lose something when bands from outside Nigeria play it?",
        "What makes Tony Allen's drumming so instantly recognisable?",
        "Would skiffle be a good way to get children into making music now?",
        (
            "Is today's Afrobeats scene genuinely descended from Fela's Afrobeat, or do they "
            "only share a name?"
        ),
        "Why did the skiffle craze burn out so quickly?",
        "Is a washboard a real instrument or a novelty? Make the case either way.",
        "Pick the five most important Afrobeat records and explain why each made the list.",
    ),
    "pose-permafrost-and-dust-storm-science": (
        "Why does thawing permafrost release methane, and how worried should we be about it?",
        "How does Saharan dust end up coating cars in southern England?",
        "What causes a haboob to form?",
        "Why are so many buildings in Siberian towns raised up on piles?",
        "Could a dust storm on Mars really knock a spacecraft over like it does in films?",
        "How do scientists work out how old a layer of permafrost is?",
        "Why does dust in the air make sunsets look redder?",
        "What happens to a road when the permafrost under it starts to melt?",
        "Is it true that dust blown from Africa helps fertilise the Amazon rainforest?",
        "Why are there so-called drunken forests in Alaska where the trees lean every way?",
    ),
    "pose-stag-do-and-group-chat-tact": (
        (
            "How do I tell my mate I can't afford his stag weekend in Prague without it getting "
            "awkward?"
        ),
        (
            "An uncle keeps posting political memes in the family group chat. How can I ask him "
            "to stop without starting a row?"
        ),
        "Is it rude to leave the class parents' WhatsApp group now the school year is over?",
        "The best man has planned a stag activity I find embarrassing. How do I push back?",
        (
            "My friend sends five-minute voice notes to the group. Is there a kind way to ask "
            "for texts instead?"
        ),
        (
            "A friend got left off the stag invite by mistake. What's the least awkward way to "
            "put it right?"
        ),
        "The street's group chat has turned nasty. Should I mute it or leave?",
        ("How should the rest of us handle one guest who always drinks far too much on stag dos?"),
        "Is it OK to answer a group chat invitation privately rather than in the group?",
        "How do I turn down being my brother's best man without hurting him?",
    ),
    "pose-sourdough-and-tomato-hunches": (
        "My sourdough starter smells like nail varnish remover. Is it dying?",
        "Why are the leaves on my tomato plants curling upwards?",
        "Should I bother pinching out the side shoots on cherry tomatoes?",
        "My loaf spreads flat in the oven. Is that underproofing or overproofing?",
        "Is blossom end rot really about calcium, or is it about watering?",
        "Why is the crumb of my sourdough gummy even though the crust looks done?",
        "If my starter lives in the fridge, does it still need feeding all the time?",
        "Why do my tomatoes split after a heavy rain?",
        "Does adding rye flour really perk up a sluggish starter, and why?",
        "Should I strip the lower leaves off my tomato plants in midsummer?",
    ),
    "pose-podcast-and-board-game-picks": (
        "Suggest a history podcast for long drives that isn't dry.",
        "What's a good cooperative board game for a family with a seven-year-old?",
        "Can you recommend a true crime podcast that doesn't sensationalise the victims?",
        "Which board game suits two players who like strategy but hate war themes?",
        "I loved Radiolab. What should I listen to next?",
        "What's a good party game for eight adults who don't like drawing or acting?",
        "Any science podcasts you'd suggest for a teenager who wants to study medicine?",
        "Is Wingspan worth buying if we only play board games now and then?",
        "What podcasts would help me learn Italian on my commute?",
        "Which legacy board game should a group of first-timers start with?",
    ),
    "pose-eulogy-and-landlord-letter-drafting": (
        (
            "Help me write a short eulogy for my grandad, who loved fishing and couldn't sing to "
            "save his life."
        ),
        "Draft a letter asking my landlord to deal with the black mould in our bathroom.",
        (
            "Make this opening line of Mum's eulogy warmer and less stiff: 'We gather today to "
            "honour the life of Margaret Ellis.'"
        ),
        (
            "Write a polite email to the letting agent disputing a deposit deduction for "
            "'general wear'."
        ),
        "I need a two-minute reading for my best friend's funeral with a little humour in it.",
        "Draft a friendly note asking my landlord if we can keep a cat.",
        "How do I end a eulogy well if I'm worried I'll break down?",
        (
            "Write a firm but polite letter chasing my landlord, who hasn't returned my deposit "
            "or replied to emails."
        ),
        (
            "Help me describe my aunt in her eulogy: a nurse for forty years, a crossword addict "
            "and a champion talker."
        ),
        "Draft a message to my landlord about the boiler failing yet again this winter.",
    ),
    "pose-zoo-ethics-and-moral-luck-puzzles": (
        "Is it ever ethical to keep elephants in zoos?",
        ("Two drivers are equally careless but only one hits a child. Are they equally to blame?"),
        "Do zoos do more good through conservation than harm through captivity?",
        "Is moral luck a real philosophical problem or just a quirk in how we blame people?",
        "Should zoos be replaced by sanctuaries that don't let the public in?",
        (
            "If someone would have done something terrible but never got the chance, are they as "
            "bad as someone who did?"
        ),
        "Is captive breeding ethical when the animals can never be released?",
        "How did Bernard Williams use the example of Gauguin to talk about moral luck?",
        "Are aquariums morally any different from zoos?",
        "Can people deserve praise for good outcomes they didn't really control?",
    ),
}

NEAR = {
    "near-live-rates-and-prices": (
        "Live data",
        (
            "How many euros will I get for £500 at the Post Office at the moment?",
            "What's diesel going for per litre at the supermarkets around Leeds just now?",
            "What is one bitcoin worth in pounds right now?",
            "How much does a first-class stamp cost these days?",
            (
                "What's the Bank of England base rate at the moment, and what would it do to a "
                "£200,000 tracker mortgage?"
            ),
        ),
    ),
    "near-open-or-running": (
        "Needs current opening or timetable information",
        (
            "Is the Mersey ferry running on Boxing Day?",
            "Is the tip on Kirkstall Road open on bank holiday Mondays?",
            "Are trains running between Edinburgh and Glasgow tonight?",
            "What time does the big Tesco in Stockport shut on a Sunday?",
            "Is the Louvre open on Tuesdays?",
        ),
    ),
    "near-ballpark-with-nothing-given": (
        "Estimation from world knowledge; no figures are given",
        (
            "Roughly how many golf balls would it take to fill a double-decker bus?",
            "About how much does it cost to heat a three-bed semi through a British winter?",
            "How many hours of telly does the average adult in Britain watch in a year?",
            "Roughly how many words will a chatty person say over a whole lifetime?",
            "Ballpark figure: how many cups of tea get drunk in the UK every day?",
        ),
    ),
    "near-why-the-rule-works": (
        "Asks for an explanation, not a calculation",
        (
            "Without just saying 'it's the rule', why is minus times minus a plus?",
            "Why does summing the digits check divisibility by 9 but not by 7?",
            "My daughter asked what would break if dividing by zero were allowed. What do I say?",
            "Why is a circle's area πr² and not something with 2πr in it?",
            "My son's teacher says keep, change, flip for dividing fractions. Why does it work?",
        ),
    ),
    "near-sum-missing-a-figure": (
        "Underspecified: the deciding figures are missing",
        (
            "Four of us went out for dinner and I had the steak. How much do I owe?",
            "We're doing the lounge walls in two coats. How many litres of paint should I buy?",
            "If I get a 6% pay rise, what will my take-home pay be each month?",
            "Our bathroom floor is getting 30 cm tiles. How many boxes should I order?",
            "If I leave at 8, how long till I get to my sister's in Cardiff?",
        ),
    ),
    "near-is-it-a-good-deal": (
        "Judgement about value, not arithmetic",
        (
            "Is £4,400 a fair price for a 2015 Honda Jazz with 90,000 miles on it?",
            "Is a five-year fixed mortgage at 4.4% a sensible choice at the moment?",
            "Someone's offered me £120 for my old road bike. Is that reasonable?",
            "Is £18 a month cheap for a gym in London?",
            "Is it worth paying £89 for an extended warranty on a £400 washing machine?",
        ),
    ),
    "near-what-a-reading-means": (
        "Interpreting a reading needs knowledge and judgement",
        (
            "My pulse oximeter says 93%. Should I be worried?",
            "The pressure gauge on my combi boiler is at 0.6 bar. What does that mean?",
            "My soil test kit shows pH 5.2. What will grow well in that?",
            "The tread on my front tyres measures 1.8 mm. Is that OK?",
            "The smart meter shows 400 W with everything switched off. Is that high?",
        ),
    ),
    "near-when-did-it-happen": (
        "Historical fact, not date arithmetic",
        (
            "When did Britain switch to decimal money?",
            "In which year did the Channel Tunnel open to passengers?",
            "When did women in the UK first get the vote on the same terms as men?",
            "What year did the Berlin Wall go up?",
            "When was the first London Marathon run?",
        ),
    ),
    "near-write-me-the-code": (
        "Asks for code to be written",
        (
            "Write a Python function that takes °F and returns °C, with a docstring and a test.",
            "Give me an Excel formula that works out someone's age from a birth date in B2.",
            "Write some JavaScript that shows how many days are left until a given date.",
            "Write a bash one-liner that totals the third column of a CSV file.",
            "Write a SQL query that adds 20% VAT to every price in a products table.",
        ),
    ),
    "near-calendar-and-clock-whys": (
        "Asks why a calendar or clock custom exists",
        (
            "Why has February only got 28 days?",
            "Why are there 24 hours in a day and not 10?",
            "Why do the clocks in Britain go back in October?",
            "Where does the seven-day week come from, when nothing in nature lasts seven days?",
            "Why is the extra leap day put in February rather than at the end of December?",
        ),
    ),
    "near-kitchen-and-garden-judgement": (
        "Numbers given, but the question is a judgement call",
        (
            "I've got a 2.4 kg chicken. Will that do six people with some leftovers?",
            "The beef has been resting for 40 minutes. Will it have gone cold?",
            "Is 45 cm between tomato plants too close for a small raised bed?",
            "Is a 40 litre bag of compost enough to pot up a new lemon tree?",
            "My bread dough doubled in 45 minutes. Is that too fast?",
        ),
    ),
    "near-ambiguous-unit-or-date": (
        "Ambiguous unit or date format; needs clarification",
        (
            "If a recipe says one cup of self-raising flour, how many grams do I weigh out?",
            "My van is rated to carry 2 tons. How many kilos is that?",
            "Which weekday was 06/07/2027?",
            "How many millilitres in a pint of milk?",
            "How many ounces are there in a gallon?",
        ),
    ),
    "near-distance-between-places": (
        "Needs geography or route knowledge",
        (
            "How far is it from Leeds to York?",
            "How long does it take to walk from King's Cross to the British Museum?",
            "How many miles is the drive from Inverness to Portree?",
            "What's the flying distance from Manchester to Lanzarote?",
            "How far is Vancouver from Seattle?",
        ),
    ),
}

for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 10, _fam
    for _q in _qs:
        neg(_fam, _q)

for _nfam, (_note, _nqs) in NEAR.items():
    assert len(_nqs) == 5, _nfam
    for _nq in _nqs:
        neg(_nfam, _nq, _note)


def _conv3(fam, ask, reply, last, note):
    """A three-turn conversation: an exact question, its computed answer, a model-only ask."""
    conv(fam, [(U, ask), (A, reply), (U, last)], note)


def _conv_mortgage():
    fam = "conv-mortgage-sum-then-whether-to-fix"
    note = "Ends asking for mortgage advice, a judgement call"
    cases = (
        (265000, 10, "Should we go for a two-year fix or a five-year fix at the moment?"),
        (189950, 15, "is it better to overpay each month or keep the cash as savings?"),
        (342500, 5, "Do you think a 35-year term is a bad idea for first-time buyers?"),
        (228000, 20, "Would a tracker be too risky for us, honestly?"),
        (410000, 25, "Should we use a broker or go straight to our bank?"),
    )
    for price, dep, last in cases:
        deposit = _cents(price * _pc(dep))
        loan = price - deposit
        ask = f"House is £{price:,} and we're putting down {dep}%. How much do we need to borrow?"
        reply = (
            f"A {dep}% deposit is {_money(deposit, whole=True)}, so you'd borrow "
            f"{_money(loan, whole=True)}."
        )
        _conv3(fam, ask, reply, last, note)


def _conv_fuel():
    fam = "conv-fuel-cost-then-route-ideas"
    note = "Ends asking for route or stop suggestions"
    cases = (
        (680, dec("6.2"), dec("1.48"), "Any nice places to stop between Bristol and the Lakes?"),
        (520, dec("5.5"), dec("1.52"), "What's the prettiest way to drive to Cornwall?"),
        (910, dec("7.0"), dec("1.44"), "Where's good to break the journey up to the Highlands?"),
        (440, dec("4.8"), dec("1.50"), "Is it worth avoiding the M6 on a Friday afternoon?"),
        (760, dec("6.5"), dec("1.46"), "Can you suggest a scenic detour through Wales?"),
    )
    for km, per100, price, last in cases:
        litres = km * per100 / 100
        rounded = F(round(litres * price * 100), 100)
        ask = (
            f"Round trip is {km} km, the car uses {_dtxt(per100)} litres per 100 km and fuel "
            f"is {_money(price)} a litre. What's the fuel cost?"
        )
        reply = (
            f"That's {_dtxt(litres)} litres, which at {_money(price)} comes to about "
            f"{_money(rounded)}."
        )
        _conv3(fam, ask, reply, last, note)


def _conv_timezone():
    fam = "conv-timezone-then-meeting-etiquette"
    note = "Ends asking about workplace etiquette across time zones"
    sydney_last = (
        "How can I word an invite so the Sydney team don't feel they always get the short straw?"
    )
    cases = (
        (
            "Asia/Tokyo",
            "Tokyo",
            D(2027, 6, 9),
            15,
            "Is it rude to ask my Japanese colleagues to join a call that late?",
        ),
        (
            "America/Chicago",
            "Chicago",
            D(2027, 11, 3),
            9,
            "How do I suggest a better slot without sounding like I'm complaining?",
        ),
        (
            "Asia/Kolkata",
            "Bengaluru",
            D(2028, 2, 14),
            17,
            "Should I offer to take the late calls in turns with the team in India?",
        ),
        ("Australia/Sydney", "Sydney", D(2027, 10, 20), 8, sydney_last),
        (
            "America/Los_Angeles",
            "LA",
            D(2027, 3, 18),
            16,
            "what's a polite way to ask the LA office to stop booking Friday afternoon calls?",
        ),
    )
    for zone, city, day, hour, last in cases:
        here = _wall("Europe/London", day.year, day.month, day.day, hour)
        there = here.astimezone(_ZONE(zone))
        day_note = "" if there.date() == day else f" on {sayw(there.date())}"
        ask = f"If it's {hour:02d}:00 in London on {sayw(day)}, what time is it in {city}?"
        reply = f"It's {there:%H:%M} in {city}{day_note}."
        _conv3(fam, ask, reply, last, note)


def _conv_tiles():
    fam = "conv-tiles-count-then-pattern-advice"
    note = "Ends asking for design advice"
    cases = (
        (dec("3.2"), dec("2.4"), 60, 30, "Would herringbone look too busy in a small bathroom?"),
        (dec("4.5"), dec("3.0"), 60, 60, "Grey grout or white with pale oak-effect tiles?"),
        (dec("2.7"), dec("1.8"), 30, 30, "Should the tiles run lengthways or across the room?"),
        (dec("5.0"), dec("3.6"), 120, 20, "Is a plank tile going to look cheap in a kitchen?"),
        (dec("3.9"), dec("2.1"), 45, 45, "Do patterned encaustic tiles date quickly?"),
    )
    for ln, wd, a, b, last in cases:
        need = whole_up(ln * wd / (F(a, 100) * F(b, 100)) * F(11, 10))
        ask = (
            f"Floor is {_dtxt(ln)} m by {_dtxt(wd)} m and the tiles are {a} by {b} cm. How "
            "many should I buy, allowing 10% for cuts?"
        )
        reply = f"With 10% extra for cuts you need {need} tiles."
        _conv3(fam, ask, reply, last, note)


def _conv_savings():
    fam = "conv-savings-plan-then-gift-ideas"
    note = "Ends asking for gift ideas"
    cases = (
        (35, D(2027, 3, 7), D(2027, 12, 19), "What could I get my partner that feels thoughtful?"),
        (20, D(2027, 5, 2), D(2027, 11, 28), "any ideas for a present for my mum who has it all"),
        (15, D(2027, 1, 3), D(2027, 7, 25), "What's a good leaving gift for my manager?"),
        (50, D(2027, 2, 6), D(2027, 8, 28), "Ideas for a 40th birthday surprise for my wife?"),
        (10, D(2027, 9, 5), D(2028, 3, 5), "What do you get a teenager who only likes gaming?"),
    )
    for per_week, w0, w1, last in cases:
        n = weeks(w0, w1) + 1
        ask = (
            f"If I save £{per_week} every week from {sayw(w0)} up to and including {sayw(w1)}, "
            "how much will I have?"
        )
        reply = f"That's {n} weekly payments, so £{per_week * n:,}."
        _conv3(fam, ask, reply, last, note)


def _conv_birthday():
    fam = "conv-age-then-birthday-speech"
    note = "Ends asking for a speech or card to be written"
    cases = (
        ("Dad", "he", D(1947, 8, 12), "Can you help me write a short toast for his party?"),
        ("Grandma", "she", D(1937, 4, 30), "Write a few lines for her card, something funny."),
        ("My husband", "he", D(1977, 11, 5), "Help me with a speech that teases him a bit."),
        ("Auntie Pat", "she", D(1957, 6, 18), "What should I say when I raise a glass to her?"),
        ("Our headteacher", "she", D(1967, 2, 9), "Draft a short tribute from the staff."),
    )
    for who, pron, born, last in cases:
        on = born.replace(year=2027)
        ask = f"{who} was born {say(born)}. How old will {pron} be on {sayw(on)}?"
        reply = f"On {sayw(on)} {pron} turns {age(born, on)}."
        _conv3(fam, ask, reply, last, note)


def _conv_cooking():
    fam = "conv-cooking-times-then-menu-advice"
    note = "Ends asking for menu advice"
    cases = (
        (dec("6.5"), 20, 70, "What sides would go with it if one guest is vegan?"),
        (dec("4.2"), 20, 90, "Can you suggest a starter that won't need the oven?"),
        (dec("5.8"), 20, 70, "What pudding would be light enough after all that?"),
        (dec("3.6"), 25, 40, "Which wine goes with roast turkey and cranberry?"),
        (dec("7.4"), 20, 90, "How do I keep the breast meat from drying out?"),
    )
    for kg, per_kg, plus, last in cases:
        mins = kg * per_kg + plus
        assert mins.denominator == 1
        hours_part, mins_part = divmod(int(mins), 60)
        ask = (
            f"Turkey is {_dtxt(kg)} kg. The guide says {per_kg} minutes per kg plus {plus} "
            "minutes. How long does it need?"
        )
        reply = (
            f"{_dtxt(kg)} × {per_kg} = {_dtxt(kg * per_kg)} minutes, plus {plus} makes "
            f"{_dtxt(mins)} minutes: {hours_part} h {mins_part} min."
        )
        _conv3(fam, ask, reply, last, note)


_conv_mortgage()
_conv_fuel()
_conv_timezone()
_conv_tiles()
_conv_savings()
_conv_birthday()
_conv_cooking()


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
    # no register (family name) of this set is a family name of sets 19 to 135
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 135: {reused}"
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
