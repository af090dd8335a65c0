r"""Generate heldout-2027-04-17.jsonl: a hundred-and-thirty-fifth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-17 by a helper session working only in /work/sealed135 (scratch files
in /work/sealed135/scratch, deleted at the end). The starting point was a 2460-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-17.jsonl, PREFIX "ho135-", earlier generators 1-134, register check against
sets 19 to 134); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; weekdays and other text as a whitespace-free substring);
- /work/sealed135/earlier_registers.txt (2952 earlier family names): its first 100 lines and a
  line count, a tally of the prefixes of its 259 hyphenated (negative-topic) names, and grep
  runs that printed, for about 90 candidate keywords, how many earlier names contain the
  keyword and the first few such names, so that this set's names are new combinations rather
  than near-copies (several first choices were dropped or renamed, among them a widower
  learning to cook for one, which existed word for word, a school science prep room technician,
  a teenager's cafe payslip, a dog walker and a residential school trip); a final exact-match
  check found none of this set's 25 register names and none of its 30 negative family names in
  the list;
- of the copied script, exactly the allowed lines 1-372, 752-812, 1020-1104, 1432-1439 and
  2237-2460, printed with sed, plus a line count and a sha256; the printed lines 1-372 only
  (piped from sed) were searched for the end of the old docstring and the __future__ import.
No line outside those ranges was printed or searched, and no sed call showed the joins. A
byte-for-byte copy of the original script was kept in the scratch folder and was only read in
memory, with nothing printed from it, by three scripts: the splicing script, which joined this
docstring, the kept ranges by line number and four new sections written from scratch (lines
1-124, the old docstring, were replaced and lines 373-751, 813-1019, 1105-1431 and 1440-2236
were dropped); a check that each kept range appears verbatim, and in order, in the formatted
script (it printed only found/in order); and an ast check of name collisions. One slip of
method, not of content: that ast check parsed the whole copy in memory (the old question bodies
included) to find the functions defined in the kept ranges, selecting them by line number; it
printed only a count of kept functions and the list of collisions (empty), and nothing of the
dropped bodies was seen. No git history, web or code search (the search tools were not used),
router, tests (not even a listing), other sealed directories, other generators, other JSONL
files or other files under /work/main were read; /work/main/pyproject.toml was only handed to
ruff as its configuration. Two probes printed the Python version with five zone offsets, and the
weekdays of 34 candidate dates. The script imports the earlier generators itself, in memory, for
its duplicate and register checks, and prints none of their text (its failure messages name
only this set's item ids). Expected values and wording were reviewed from listings of this
set's own output (ids, expected values, tolerances and texts).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a godmother at
  a christening in Antigua, an apprentice joiner checking his wages, a hallway floor tiling
  weekend, a mini rugby coach on Sundays, a cousin on a working holiday in Brisbane, a piano
  teacher with pupils in Nairobi, an aunt posting parcels to Melbourne, a festival campervan
  group booking, a knitting circle at the village library, a pensioner commuting on a new
  e-bike, students splitting a terrace house's bills, a grandad at a graduation in Halifax, a
  school-run carpool, a birthday party at a roller rink, empty nesters hosting Sunday lunch, a
  couple choosing a new boiler, a student rowing eight's erg tests, a retired vet fostering
  rescue lurchers, a nan flying to Phoenix for a new grandchild, a dad building a climbing
  frame, a granny bottling damson gin, a parcel depot night sorter, a youth club leader
  planning a bivouac night, a family cycling the Rhine route and a book club trip to
  Manhattan), each register used by all three tools; the godmother, students, grandad, empty
  nester, night sorter and book club registers have two items per tool. Phrasing varies:
  questions, imperatives, payslip and quote checks, shopping lists, lowercase texts, symbols
  (×, ÷, −, %, °C, °F, m², ^, @) and written-out units; pounds, pence, euros, US, Canadian,
  Australian and Eastern Caribbean dollars; written dates with computed weekdays (sayw) and
  without, clock times, and flights and calls between named places.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated through _txt and _money, which print exact Fractions exactly):
  Fraction arithmetic for money and quantities (_money prints through _cents(), which asserts
  whole pence and cents; a sugar purchase rounds up to whole bags with whole_up), exact unit
  definitions for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound, ounce
  and stone, acre, square and cubic feet, psi and bar, MiB and GiB, km/h and mph,
  Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre, gram, hectare, kWh in
  megajoules and the international nautical mile and knot), graded exactly when the result has
  at most three decimals and at 0.1% otherwise (_unit_any choosing, unit_r asserting that an
  answer rounded to two decimals still passes), and date arithmetic for weekdays, spans,
  inclusive day counts, nights, whole weeks, an age, nth and last weekdays, day of the year,
  counts of Tuesdays and Sundays (_count_wd), working days (_plus_weekdays), repeating rotas and
  meetings, a guarantee running across 29 February 2028, a ride with rest days, clock intervals,
  two spans across UK clock changes (12 wall-clock hours that are 11 real ones on 25-26 March
  2028, and a night shift of 9 wall-clock hours that is 10 real ones on 30-31 October 2027), and
  flights and time differences whose offsets come from the IANA rules (zoneinfo, loaded through
  importlib so the set-up is unchanged; _wall() asserts every wall-clock time used exists and is
  unambiguous, and asserts near the helpers pin the offsets relied on: London on summer time in
  July 2027 and from 26 March 2028 but not on 18 March 2027, 4 November 2027 or 14 March 2028;
  New York already four behind on 18 March 2027; Halifax three behind on 4 November 2027 and
  four from 8 November; Antigua, Phoenix, Brisbane and Nairobi without summer time; Melbourne on
  summer time in November 2027; Tokyo nine ahead). No offsets are written in the positives; no
  contested unit words (ton, gallon, cup, pint, calorie, a month as a length) appear in
  positives.
- 200 negatives: 100 ordinary ones in ten new topics (Byzantine and Hanseatic history; octopus
  and mayfly biology; Rust and bash help; jazz and opera opinions; tide and volcano science;
  wedding-speech and neighbour tact; houseplant and pickling hunches; novel and poetry
  recommendations; cover letter and complaint drafting; the trolley problem and personal
  identity), 65 near-negatives in 13 families of five shaped like positives but needing the
  model (live rates and prices, what is open or running, ballparks with no figures, why a maths
  rule works, sums missing their deciding figures, whether a price is fair, what a reading
  means, when something happened, code that would compute something, why a calendar or clock
  custom exists, kitchen and garden judgement calls with numbers, ambiguous units or dates, and
  distances needing geography), and 35 conversations in seven families of five whose last turn
  asks for a group message after a bill was split, for decorating advice after a room's area,
  for travel advice after a flight time, for saving ideas after a budget total, for celebration
  ideas after a day count, for training advice after a running pace, or for cooking advice after
  a recipe conversion; none ends in a plain exact question, and the figures in assistant turns
  are computed in code (flight times from the same zoneinfo helpers). Symbolic algebra was kept
  out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 134,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and the ast check that no module-level name is bound twice and
that no new module-level name equals a local name of the kept functions. The first run failed
the unit_r two-decimal assertion on two and a half acres in hectares (now six acres); the next
counted 46 datetime items (a second Phoenix item was removed); the next run's duplicate check
flagged 21 items matching earlier sets word for word (three plain calculator, three plain
units and three plain datetime questions, two Byzantine and Hanseatic history questions, and
ten near-negatives: two live rates, three maths-rule explanations, a blood pressure reading,
two historical dates, a clock custom and a cups-to-grams question); all were reworded or given
new figures or topics, and the run after that passed. Reviewing the listings reworded the
graduation present question, dropped a 23 kg allowance from a suitcase question (an answer
ending on it would be graded on the wrong number), moved the night sorter's rota off a date
another answer used, varied the openings of the flight, budget and running conversations and
made a nine-hour flight read "9 hours exactly". Ruff check listed 29 implicitly concatenated
strings in tuples (ISC004), one timezone.utc (UP017) and one int(round()) (RUF046); ruff's own
fixes were applied to the section files, a small reflow script rewrapped the string runs that
the added parentheses pushed past 99 columns, and nine other long lines were reworded or
split. Ruff check and ruff format are clean, no line exceeds 99 characters, and the final run
passed every check.

Run: /work/main/.venv/bin/python make_heldout_135.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-17.jsonl"
PREFIX = "ho135-"
# earlier generators: sets 1-134 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 135))
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


def _cents(x):
    """A money amount as whole pence or cents (asserting it is one)."""
    c = F(x) * 100
    assert c.denominator == 1, x
    return int(c)


def _money(x, sym="£", always_pence=False):
    """£1,234.50 style; whole amounts without pence unless asked."""
    whole, part = divmod(_cents(x), 100)
    if part or always_pence:
        return f"{sym}{whole:,}.{part:02d}"
    return f"{sym}{whole:,}"


def _txt(x):
    """An exact terminating Fraction written out as a plain decimal."""
    x = F(x)
    k = decimals(x)
    digits = str(abs(int(x * 10**k))).rjust(k + 1, "0")
    body = f"{digits[:-k]}.{digits[-k:]}" if k else digits
    return ("-" if x < 0 else "") + body


assert _money(dec("1234.5")) == "£1,234.50" and _money(40) == "£40"
assert _txt(dec("0.05")) == "0.05"
assert _txt(-12) == "-12" and _money(7, "€", True) == "€7.00"

R01 = "godmother_at_a_christening_in_antigua"
R02 = "apprentice_joiner_checking_his_wages"
R03 = "hallway_floor_tiling_weekend"
R04 = "mini_rugby_coach_on_sundays"
R05 = "working_holiday_cousin_in_brisbane"
R06 = "piano_teacher_with_pupils_in_nairobi"
R07 = "aunt_posting_parcels_to_melbourne"
R08 = "festival_campervan_group_booking"
R09 = "knitting_circle_at_the_village_library"
R10 = "pensioner_commuting_on_a_new_ebike"
R11 = "students_splitting_a_terrace_house_bills"
R12 = "grandad_at_a_graduation_in_halifax"
R13 = "school_run_carpool_mums"
R14 = "birthday_party_at_a_roller_rink"
R15 = "empty_nester_hosting_sunday_lunch"
R16 = "couple_choosing_a_new_boiler"
R17 = "student_rowing_eight_erg_tests"
R18 = "retired_vet_fostering_rescue_lurchers"
R19 = "nan_flying_to_phoenix_for_a_new_grandchild"
R20 = "dad_building_a_backyard_climbing_frame"
R21 = "granny_bottling_damson_gin"
R22 = "parcel_depot_night_sorter"
R23 = "youth_club_leader_planning_a_bivouac_night"
R24 = "family_cycling_the_rhine_route"
R25 = "book_club_trip_to_manhattan"


def _calc_plain():
    price = dec("2340")
    calc(P, f"What is 17.5% of {_money(price)}?", price * pct("17.5"))
    calc(P, "Divide 2,718 by 24.", F(2718, 24))
    calc(P, "what's 48.6 times 2.25", dec("48.6") * dec("2.25"))
    marks = [71, 84, 66, 90, 79]
    calc(
        P,
        f"Work out the mean of {', '.join(map(str, marks[:-1]))} and {marks[-1]}.",
        F(sum(marks), len(marks)),
    )
    calc(P, "Take three eighths off 1,560. What remains?", 1560 - F(3, 8) * 1560)
    calc(P, "add 12.5% to 1,736", 1736 * (1 + pct("12.5")))
    a, b = dec("13.85"), dec("4.60")
    calc(
        P,
        f"How much is 7 × {_money(a)} plus 3 × {_money(b, always_pence=True)}?",
        7 * a + 3 * b,
    )
    root = math.isqrt(7921)
    assert root * root == 7921
    calc(P, "What's the square root of 7,921?", root)
    calc(P, "15 is 6% of what number?", 15 / pct(6))
    calc(P, "Evaluate 2^12 − 3^7.", 2**12 - 3**7)
    calc(P, "What percentage of 84 is 63?", F(63, 84) * 100)
    pot = 1000
    calc(
        P,
        f"Share {_money(pot)} between two people in the ratio 3:5. How much is the bigger share?",
        F(pot * 5, 8),
    )
    sum_a, sum_b, times, less = dec("14.2"), dec("9.8"), dec("3.5"), dec("12.75")
    calc(P, "(14.2 + 9.8) × 3.5 − 12.75", (sum_a + sum_b) * times - less)
    was = 86
    calc(P, f"A {_money(was)} jacket has 35% knocked off. What do I pay?", was * (1 - pct(35)))


def _calc_registers():
    # R01 godmother at a christening in Antigua (two)
    ec, rate = 1350, dec("3.375")
    calc(
        R01,
        f"The bureau sold me EC${ec:,} for the christening trip at {_txt(rate)} Eastern Caribbean "
        "dollars to the pound. How many pounds did I hand over?",
        ec / rate,
    )
    guests, head = 18, 95
    calc(
        R01,
        f"Christening lunch in St John's: {guests} guests at EC${head} a head, plus 10% service. "
        "I've offered to pay a third of it. What's my third in EC dollars?",
        guests * head * (1 + pct(10)) / 3,
    )
    # R02 apprentice joiner
    hours, ot, hourly = dec("37.5"), 6, dec("10.24")
    calc(
        R02,
        f"Payslip check: {_txt(hours)} basic hours at {_money(hourly)} an hour, plus {ot} hours "
        "overtime paid at time and a half. What should my gross pay come to?",
        hours * hourly + ot * hourly * F(3, 2),
    )
    # R03 hallway tiling
    box, n_box, adh, grout = dec("27.40"), 9, dec("18.75"), dec("7.99")
    calc(
        R03,
        f"hallway floor shopping: {n_box} boxes of tiles @ {_money(box, always_pence=True)}, "
        f"2 bags adhesive @ {_money(adh)}, 1 tub grout @ {_money(grout)}. total?",
        n_box * box + 2 * adh + grout,
    )
    # R04 mini rugby
    kids, sub, sundays, pitch = 23, dec("4.50"), 11, 96
    calc(
        R04,
        f"Mini rugby subs: {kids} kids paying {_money(sub, always_pence=True)} a session over "
        f"{sundays} Sundays, and the pitch hire of {_money(pitch)} comes out of it. "
        "How much is left in the club's pot?",
        kids * sub * sundays - pitch,
    )
    # R05 working holiday in Brisbane
    wage, wk, tax = dec("31.20"), 40, 19
    calc(
        R05,
        f"my cousin in Brisbane gets {_money(wage, 'A$', True)} an hour, did {wk} hours, and "
        f"{tax}% goes in tax. what does she take home in Aussie dollars?",
        wage * wk * (1 - pct(tax)),
    )
    # R06 piano teacher with pupils in Nairobi
    pupils, mins, per_hour, term = 14, 45, 36, 10
    calc(
        R06,
        f"I teach {pupils} pupils in Nairobi online, each gets one {mins}-minute lesson a week, "
        f"charged at {_money(per_hour)} per hour. Over a {term}-week term, what do I earn?",
        pupils * F(mins, 60) * per_hour * term,
    )
    # R07 aunt posting parcels to Melbourne
    post, ins = dec("38.55"), dec("4.20")
    calc(
        R07,
        f"Post office: three parcels to Melbourne at {_money(post)} each, and I added "
        f"{_money(ins, always_pence=True)} insurance to two of them. How much altogether?",
        3 * post + 2 * ins,
    )
    # R08 festival campervan
    hire, cover, mates = 1260, 145, 5
    calc(
        R08,
        f"Campervan for the festival: {_money(hire)} hire + {_money(cover)} insurance, split "
        f"evenly {mates} ways. What does each of us pay?",
        F(hire + cover, mates),
    )
    # R09 knitting circle
    ball, ball_g, need_kg, knitters = dec("6.75"), 100, dec("1.8"), 9
    calc(
        R09,
        f"Our library knitting circle ({knitters} of us) is buying wool for a group blanket. "
        f"It needs {_txt(need_kg)} kg and comes in {ball_g} g balls at {_money(ball)} a ball. "
        "If we split the cost equally, how much each?",
        need_kg * 1000 / ball_g * ball / knitters,
    )
    # R10 pensioner on an e-bike
    bike, off, parts = 1849, 20, 10
    calc(
        R10,
        f"The e-bike I fancy is {_money(bike)} with {off}% off in the sale, and they'll let me "
        f"pay in {parts} equal instalments. How much is each one?",
        bike * (1 - pct(off)) / parts,
    )
    # R11 students splitting a terrace house's bills (two)
    gas, elec, bb = dec("212.40"), dec("186.75"), dec("35.01")
    calc(
        R11,
        f"house bills for the quarter: gas {_money(gas, always_pence=True)}, electric "
        f"{_money(elec)}, broadband {_money(bb)}. four of us. how much do we each owe?",
        (gas + elec + bb) / 4,
    )
    rent, extra_r, others = 1875, 60, 4
    calc(
        R11,
        f"Rent on the whole house is {_money(rent)}. Dan has the big room so he pays "
        f"{_money(extra_r)} more than each of the other {others} of us, who all pay the same. "
        "What is Dan's share?",
        F(rent - extra_r, others + 1) + extra_r,
    )
    # R12 grandad at a graduation in Halifax (two)
    nights, nightly, hst = 4, 189, 14
    calc(
        R12,
        f"The hotel near the campus in Halifax is C${nightly} a night for {nights} nights, "
        f"then {hst}% sales tax goes on top. What's the total in Canadian dollars?",
        nights * nightly * (1 + pct(hst)),
    )
    each, cousins, cad = 75, 4, dec("1.84")
    num_words = {4: "Four"}
    calc(
        R12,
        f"{num_words[cousins]} of us grandchildren are each putting {_money(each)} into "
        f"a graduation present for our cousin, changed at {_txt(cad)} Canadian dollars per "
        "pound. How many Canadian dollars is the present?",
        cousins * each * cad,
    )
    # R13 school run carpool
    miles_day, school_days, per_mile, fams = dec("13.6"), 5 * 38, dec("0.145"), 4
    calc(
        R13,
        f"Carpool maths: the school run is {_txt(miles_day)} miles a day, 5 days a week for 38 "
        f"weeks, and we reckon fuel at {_txt(per_mile * 100)}p a mile. Shared between {fams} "
        "families, what's each family's bit?",
        miles_day * school_days * per_mile / fams,
    )
    # R14 roller rink party
    kids_r, ticket, room, online = 14, dec("12.50"), 35, 10
    calc(
        R14,
        f"Roller rink party for {kids_r} kids at {_money(ticket)} each (skates included) plus "
        f"{_money(room)} for the party room, with {online}% off the lot for booking online. "
        "What's the final bill?",
        (kids_r * ticket + room) * (1 - pct(online)),
    )
    # R15 empty nester hosting Sunday lunch (two)
    per_kg, kg = dec("21.80"), dec("2.35")
    calc(
        R15,
        f"Topside of beef at {_money(per_kg)} per kg, and the butcher's joint weighs "
        f"{_txt(kg)} kg. What will it cost?",
        per_kg * kg,
    )
    shop, heads = dec("96.40"), 8
    calc(
        R15,
        f"The big Sunday lunch shop came to {_money(shop)} and there'll be {heads} round the "
        "table. Cost per head?",
        shop / heads,
    )
    # R16 couple choosing a new boiler
    a_fit, a_service, b_fit = 2950, 110, 3400
    calc(
        R16,
        f"Boiler quotes. A: {_money(a_fit)} fitted, then {_money(a_service)} for each of seven "
        f"annual services. B: {_money(b_fit)} fitted with the seven services included. "
        "By how many pounds do the two totals differ?",
        abs(a_fit + 7 * a_service - b_fit),
    )
    # R17 student rowing eight
    times = [391, 402, 388, 410, 397, 405, 394, 389]
    calc(
        R17,
        "Our eight's 2k erg times in seconds: "
        + ", ".join(map(str, times))
        + ". What's the crew average?",
        F(sum(times), len(times)),
    )
    # R18 retired vet fostering lurchers
    daily = dec("4.20")
    calc(
        R18,
        f"The rescue gives me {_money(daily, always_pence=True)} per dog per day for food. "
        "I had three lurchers for 26 days and then two for another 19 days. "
        "How much should they pay me?",
        (3 * 26 + 2 * 19) * daily,
    )
    # R19 nan flying to Phoenix
    pounds, usd = 480, dec("1.2625")
    calc(
        R19,
        f"Changing {_money(pounds)} into US dollars at {_txt(usd)} to the pound for my trip to "
        "Phoenix. How many dollars do I get?",
        pounds * usd,
    )
    # R20 dad building a climbing frame
    timber, screws, slide = dec("8.35"), dec("11.60"), dec("64.99")
    calc(
        R20,
        f"Climbing frame bits: 14 lengths of timber at {_money(timber)}, 2 boxes of screws "
        f"at {_money(screws, always_pence=True)} and a slide for {_money(slide)}. Total spend?",
        14 * timber + 2 * screws + slide,
    )
    # R21 granny bottling damson gin
    per_bottle_g, bottles, bag = 250, 9, dec("1.15")
    sugar_bags = whole_up(F(per_bottle_g * bottles, 1000))
    calc(
        R21,
        f"I put {per_bottle_g} g of sugar in every bottle of damson gin and I'm doing {bottles} "
        f"bottles. Sugar only comes in 1 kg bags at {_money(bag)}. What will the sugar cost me?",
        sugar_bags * bag,
    )
    # R22 parcel depot night sorter (two)
    base, prem, shift_h = dec("12.60"), 15, 8
    calc(
        R22,
        f"Base rate {_money(base, always_pence=True)} an hour, nights get a {prem}% premium on "
        f"top, and my shift is {shift_h} hours. What's one night's pay?",
        base * (1 + pct(prem)) * shift_h,
    )
    scanned, shift_len, target = 1932, 7, 260
    assert scanned > shift_len * target
    calc(
        R22,
        f"Scanner says {scanned:,} parcels in a {shift_len}-hour shift. Target's {target} an "
        "hour. By how many parcels did I beat it?",
        scanned - shift_len * target,
    )
    # R23 youth club bivouac night
    young, food, wood, club = 17, dec("6.50"), 28, 40
    calc(
        R23,
        f"Bivouac night costs: food for {young} young people at {_money(food)} each, plus "
        f"{_money(wood)} of firewood. The club covers {club}% and parents cover the rest. "
        "How much do the parents cover in total?",
        (young * food + wood) * (1 - pct(club)),
    )
    # R24 family cycling the Rhine
    adult, child, days_hire = 24, 15, 8
    calc(
        R24,
        f"Bike hire along the Rhine: €{adult} a day per adult, €{child} a day per child. "
        f"Two adults and two kids for {days_hire} days, and there's 10% off hires over a week. "
        "Total in euros?",
        (2 * adult + 2 * child) * days_hire * (1 - pct(10)),
    )
    # R25 book club trip to Manhattan (two)
    bill, tip, diners = 342, 20, 6
    calc(
        R25,
        f"Book club dinner in Midtown: ${bill} before tip, we're leaving {tip}%, and there are "
        f"{diners} of us. What does each person put in, in dollars?",
        bill * (1 + pct(tip)) / diners,
    )
    seat, fee = dec("129.50"), dec("9.75")
    calc(
        R25,
        f"Six Broadway tickets at {_money(seat, '$')} each plus a {_money(fee, '$')} booking fee "
        "on every ticket. What's the total?",
        6 * (seat + fee),
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


CM = F(1, 100)  # m
MM = F(1, 1000)  # m
KM = F(1000)  # m
GRAM = F(1, 1000)  # kg
HECTARE = F(10**4)  # m^2
KWH_MJ = dec("3.6")  # MJ per kWh
NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s

assert 2 * FT + 6 * IN == 762 * MM and 1000 * GRAM == 1 and MI / KM == dec("1.609344")


def _unit_any(family, query, value):
    """Exact grading when the result has at most three decimals, else 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    _unit_any(P, "He's 6 ft 2 in tall. How many centimetres is that?", (6 * FT + 2 * IN) / CM)
    _unit_any(P, "68 °F in Celsius, please", f_to_c(68))
    _unit_any(P, "What's 180 km/h in miles per hour?", 180 * KMH / MPH)
    _unit_any(P, "11 stone 4 lb is how many kilograms?", 11 * STONE + 4 * LB)
    _unit_any(P, "How many square feet are there in 40 m²?", 40 / SQFT)
    _unit_any(P, "A 7.5 GiB download is how many MiB?", dec("7.5") * GIB / MIB)
    _unit_any(P, "convert ten miles to kilometres", 10 * MI / KM)
    _unit_any(P, "How many ounces does 250 g weigh?", 250 * GRAM / OZ)
    _unit_any(P, "−12 °C is what in Fahrenheit?", c_to_f(-12))
    _unit_any(P, "Six acres in hectares?", 6 * ACRE / HECTARE)
    _unit_any(P, "38 psi is how many bar?", 38 * PSI / BAR)
    _unit_any(P, "15 knots = how many km/h?", 15 * KNOT / KMH)
    _unit_any(P, "How many cubic metres is 100 cubic feet?", 100 * CUFT)
    _unit_any(P, "Half a mile in metres?", MI / 2)


def _units_registers():
    # R01 (two)
    _unit_any(
        R01,
        "Forecast for St John's on the christening weekend says 31 °C. What's that in "
        "Fahrenheit? My mum only thinks in Fahrenheit.",
        c_to_f(31),
    )
    _unit_any(
        R01,
        "Bathroom scales say my case is 49 lb 8 oz. What's that in kilos?",
        49 * LB + 8 * OZ,
    )
    # R02
    _unit_any(
        R02, "skirting comes in 8 ft lengths on this job. how long is that in metres?", 8 * FT
    )
    # R03
    _unit_any(
        R03,
        "The hallway is 14 ft long and 3 ft 6 in wide. What's the floor area in square metres?",
        14 * FT * (3 * FT + 6 * IN),
    )
    # R04
    _unit_any(
        R04,
        "The under-8s pitch is marked out at 60 m long. How many yards is that?",
        60 / YD,
    )
    # R05
    _unit_any(
        R05,
        "Brisbane to the Sunshine Coast is 105 km by road, she says. How many miles is that?",
        105 * KM / MI,
    )
    # R06
    _unit_any(
        R06,
        "One of my pupils told me Nairobi sits at 1,795 m above sea level. What's that in feet?",
        1795 / FT,
    )
    # R07
    _unit_any(
        R07,
        "The box for Melbourne weighs 4.6 kg on the post office scale. What's that in pounds?",
        dec("4.6") / LB,
    )
    # R08
    _unit_any(
        R08,
        "The campervan's listed as 2.9 m high. Car park barrier at the festival is in feet — "
        "what's 2.9 m in feet?",
        dec("2.9") / FT,
    )
    # R09
    _unit_any(
        R09,
        "The shawl pattern calls for 850 yards of 4-ply. How many metres do I need to buy?",
        850 * YD,
    )
    # R10
    _unit_any(
        R10,
        "The assistance on my e-bike cuts out at 15.5 mph. What's that in km/h?",
        dec("15.5") * MPH / KMH,
    )
    # R11 (two)
    _unit_any(
        R11,
        "The smart meter says we used 1,240 kWh. How many megajoules is that?",
        1240 * KWH_MJ,
    )
    _unit_any(
        R11,
        "The gap for the fridge in our kitchen is 22 inches. In centimetres?",
        22 * IN / CM,
    )
    # R12 (two)
    _unit_any(
        R12,
        "From Halifax airport to the university is 35 km. How far is that in miles?",
        35 * KM / MI,
    )
    _unit_any(
        R12,
        "It's meant to be −4 °C in Halifax for the ceremony. What's that in °F?",
        c_to_f(-4),
    )
    # R13
    _unit_any(
        R13,
        "school's 6.8 miles from ours each way. whats that in km",
        dec("6.8") * MI / KM,
    )
    # R14
    _unit_any(
        R14,
        "The rink floor is 40 m by 20 m. How many square feet of skating is that?",
        40 * 20 / SQFT,
    )
    # R15 (two)
    _unit_any(
        R15,
        "Old recipe card says roast the beef at 425 °F. What do I set my Celsius oven to?",
        f_to_c(425),
    )
    _unit_any(
        R15,
        "My roasting chart works per pound but the joint's 2.35 kg. How many pounds is that?",
        dec("2.35") / LB,
    )
    # R16
    _unit_any(
        R16,
        "Fitter says keep the boiler pressure at 1.5 bar. What's 1.5 bar in psi?",
        dec("1.5") * BAR / PSI,
    )
    # R17
    _unit_any(
        R17,
        "Coach has us doing a 6,000 m erg piece. How many miles is 6000 metres?",
        6000 / MI,
    )
    # R18
    _unit_any(
        R18,
        "The new foster lurcher weighed in at 31 kg at the surgery. What's that in stone?",
        31 / STONE,
    )
    # R19 (one)
    _unit_any(
        R19,
        "My son says it could be 104 °F in Phoenix when I'm there. What's that in Celsius?",
        f_to_c(104),
    )
    # R20
    _unit_any(
        R20,
        "The corner posts for the climbing frame are 1.8 m. How many inches is that?",
        dec("1.8") / IN,
    )
    # R21
    _unit_any(
        R21,
        "Picked 1.5 kg of damsons off the tree. The recipe is in pounds. How many pounds is that?",
        dec("1.5") / LB,
    )
    # R22 (two)
    _unit_any(
        R22,
        "Each roll cage is rated to 500 kg. What's that in pounds?",
        500 / LB,
    )
    _unit_any(
        R22,
        "The main belt runs at 0.8 m/s. How fast is that in km/h?",
        dec("0.8") / KMH,
    )
    # R23
    _unit_any(
        R23,
        "Each bivvy tarp is 3 m by 3 m. What area is that in square feet?",
        9 / SQFT,
    )
    # R24
    _unit_any(
        R24,
        "The Rhine cycle route from the source to the sea is 1,230 km. How many miles?",
        1230 * KM / MI,
    )
    # R25 (two)
    _unit_any(
        R25,
        "The hotel room thermostat in Manhattan is set to 72 °F. What's that in °C?",
        f_to_c(72),
    )
    _unit_any(
        R25,
        "Central Park covers 843 acres. Convert that to hectares.",
        843 * ACRE / HECTARE,
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
# real UTC offsets come from the IANA rules (zoneinfo, loaded through importlib)
_ZONEINFO = importlib.import_module("zoneinfo")
_UTC = dt.UTC
LONDON = "Europe/London"
ANTIGUA = "America/Antigua"
BRISBANE = "Australia/Brisbane"
NAIROBI = "Africa/Nairobi"
MELBOURNE = "Australia/Melbourne"
HALIFAX = "America/Halifax"
PHOENIX = "America/Phoenix"
NEW_YORK = "America/New_York"
TOKYO = "Asia/Tokyo"


def _wall(zone, when):
    """A wall-clock time in a zone, asserted to exist and to be unambiguous there."""
    z = _ZONEINFO.ZoneInfo(zone)
    t = when.replace(tzinfo=z)
    assert t.utcoffset() == t.replace(fold=1).utcoffset(), (zone, when)  # no fold or gap
    assert t.astimezone(_UTC).astimezone(z).replace(tzinfo=None) == when, (zone, when)
    return t


def _offset_h(zone, when):
    """The zone's UTC offset in hours at that wall-clock time."""
    return F(int(_wall(zone, when).utcoffset().total_seconds()), 3600)


def _real_hours(zone_a, a, zone_b, b):
    """Hours that really pass between two wall-clock times (compared in UTC)."""
    ua = _wall(zone_a, a).astimezone(_UTC)
    ub = _wall(zone_b, b).astimezone(_UTC)
    return F(int((ub - ua).total_seconds()), 3600)


def _convert(zone_a, a, zone_b):
    """The wall-clock time in zone_b at the instant of wall-clock time a in zone_a."""
    return _wall(zone_a, a).astimezone(_ZONEINFO.ZoneInfo(zone_b)).replace(tzinfo=None)


def _count_wd(first, last, wd):
    """How many of a weekday fall from first to last, both included."""
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd)


def _plus_weekdays(start, n):
    """The date n working days (Monday to Friday) after start."""
    d0 = start
    while n:
        d0 += TD(days=1)
        if d0.weekday() < SAT:
            n -= 1
    return d0


# the offsets the positives rely on
assert _offset_h(LONDON, DT(2027, 7, 10, 12)) == 1 and _offset_h(ANTIGUA, DT(2027, 7, 10)) == -4
assert _offset_h(LONDON, DT(2027, 3, 18, 12)) == 0 and _offset_h(NEW_YORK, DT(2027, 3, 18)) == -4
assert _offset_h(LONDON, DT(2027, 11, 4, 12)) == 0 and _offset_h(HALIFAX, DT(2027, 11, 4)) == -3
assert _offset_h(HALIFAX, DT(2027, 11, 8, 12)) == -4 and _offset_h(BRISBANE, DT(2027, 7, 1)) == 10
assert _offset_h(NAIROBI, DT(2027, 11, 2, 12)) == 3 and _offset_h(MELBOURNE, DT(2027, 11, 6)) == 11
assert _offset_h(MELBOURNE, DT(2027, 7, 1)) == 10 and _offset_h(LONDON, DT(2028, 4, 1, 12)) == 1
assert _offset_h(PHOENIX, DT(2028, 4, 1, 12)) == -7 and _offset_h(PHOENIX, DT(2028, 3, 14)) == -7
assert _offset_h(LONDON, DT(2028, 3, 14, 12)) == 0 and _offset_h(TOKYO, DT(2028, 1, 20)) == 9
assert _real_hours(LONDON, DT(2027, 10, 30, 22), LONDON, DT(2027, 10, 31, 7)) == 10
assert _real_hours(LONDON, DT(2028, 3, 25, 20), LONDON, DT(2028, 3, 26, 8)) == 11
assert _count_wd(D(2027, 10, 1), D(2027, 10, 31), FRI) == 5
assert _plus_weekdays(D(2027, 7, 12), 5) == D(2027, 7, 19)


def _dt_plain():
    leap = D(2028, 2, 29)
    date_item(P, f"{say(leap)} falls on which day of the week?", weekday(leap))
    a, b = D(2027, 3, 3), D(2027, 8, 19)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    c = D(2027, 6, 14)
    date_item(P, f"Which date falls 100 days after {say(c)}?", c + TD(days=100))
    date_item(
        P,
        "Give me the date of the second Wednesday in March 2028.",
        nth_weekday(2028, 3, WED, 2),
    )
    date_item(P, "last Monday of May 2028 - what date?", nth_weekday(2028, 5, MON, -1))
    doy = D(2027, 9, 9)
    date_item(P, f"{say(doy)} is day number what of its year?", days(D(2027, 1, 1), doy) + 1)
    date_item(
        P,
        "How many Tuesdays does February 2028 have?",
        _count_wd(D(2028, 2, 1), D(2028, 2, 29), TUE),
    )
    date_item(P, "How many minutes from 08:47 to 17:12?", clock_span("08:47", "17:12", 60))
    tokyo = _convert(LONDON, DT(2028, 1, 20, 14), TOKYO)
    assert tokyo.minute == 0 and tokyo.date() == D(2028, 1, 20)
    date_item(
        P,
        "When it's 14:00 in London on 20 January 2028, what hour is it in Tokyo on the "
        "24-hour clock?",
        tokyo.hour,
    )
    m1, m2 = D(2027, 10, 4), D(2027, 12, 13)
    date_item(P, f"How many weeks are there between {sayw(m1)} and {sayw(m2)}?", weeks(m1, m2))
    e = D(2028, 3, 1)
    date_item(P, f"What was the date 90 days before {say(e)}?", e - TD(days=90))
    born, on = D(1961, 11, 30), D(2027, 12, 1)
    date_item(P, f"Someone born on {say(born)} — how old are they on {say(on)}?", age(born, on))
    xmas_eve = D(2027, 12, 24)
    date_item(P, f"What date is six weeks before {sayw(xmas_eve)}?", xmas_eve - TD(weeks=6))
    s0, s1 = DT(2028, 3, 25, 20), DT(2028, 3, 26, 8)
    date_item(
        P,
        f"In London, how many hours actually pass between 20:00 on {sayw(s0.date())} and 08:00 "
        f"on {sayw(s1.date())}?",
        _real_hours(LONDON, s0, LONDON, s1),
    )


def _dt_registers():
    # R01 godmother at a christening in Antigua (two)
    dep = DT(2027, 7, 18, 18, 40)
    land = _convert(ANTIGUA, dep, LONDON) + TD(hours=8, minutes=5)
    date_item(
        R01,
        f"Flight home from Antigua leaves V.C. Bird at 18:40 local time on {sayw(dep.date())} "
        "and takes 8 hours 5 minutes. On what date do I land at Gatwick (London time)?",
        land.date(),
    )
    service = DT(2027, 7, 11, 10, 30)
    behind = _offset_h(LONDON, service) - _offset_h(ANTIGUA, service)
    date_item(
        R01,
        f"On {sayw(service.date())}, the day of the christening, how many hours is Antigua "
        "behind the UK?",
        behind,
    )
    # R02 apprentice joiner
    start = D(2027, 9, 6)
    date_item(
        R02,
        f"I started my apprenticeship on {sayw(start)} and my first review is 13 weeks after "
        "that. What date is the review?",
        start + TD(weeks=13),
    )
    # R03 hallway tiling
    laid = DT(2027, 5, 15, 10)
    walk = laid + TD(hours=24 + 72)
    date_item(
        R03,
        f"Laid the hallway tiles at 10am on {sayw(laid.date())}. Adhesive needs 24 hours before "
        "I can grout, then the grout needs 72 hours before anyone walks on it. From what date "
        "can we walk on it?",
        walk.date(),
    )
    # R04 mini rugby
    first, last = D(2027, 9, 12), D(2028, 3, 26)
    assert first.weekday() == SUN and last.weekday() == SUN
    date_item(
        R04,
        f"Mini rugby runs every Sunday from {say(first)} to {say(last)}, both included. "
        "How many Sundays is that if we never miss one?",
        _count_wd(first, last, SUN),
    )
    # R05 working holiday in Brisbane
    shift_end = DT(2027, 7, 23, 16)
    uk = _convert(BRISBANE, shift_end, LONDON)
    assert uk.minute == 0 and uk.date() == shift_end.date()
    date_item(
        R05,
        f"My cousin's cafe shift in Brisbane finishes at 4pm on {sayw(shift_end.date())}. "
        "What hour will it be in Manchester then (24-hour clock)?",
        uk.hour,
    )
    # R06 piano teacher with pupils in Nairobi
    lesson = DT(2027, 11, 2, 17)
    uk_lesson = _convert(NAIROBI, lesson, LONDON)
    assert uk_lesson.minute == 0 and uk_lesson.date() == lesson.date()
    date_item(
        R06,
        f"A pupil in Nairobi wants her lesson at 17:00 her time on {sayw(lesson.date())}. "
        "What hour is that for me in Leeds, on the 24-hour clock?",
        uk_lesson.hour,
    )
    # R07 aunt posting parcels to Melbourne
    party = DT(2027, 11, 6, 10)
    uk_party = _convert(MELBOURNE, party, LONDON)
    assert uk_party.date() != party.date()
    date_item(
        R07,
        f"My niece's birthday party in Melbourne starts at 10am on {sayw(party.date())}, their "
        "time. What date will it still be in Swansea when it starts?",
        uk_party.date(),
    )
    # R08 festival campervan
    pick, drop = DT(2027, 7, 21, 14), DT(2027, 7, 27, 11)
    date_item(
        R08,
        f"Campervan pick-up is 2pm on {sayw(pick.date())} and drop-off is 11am on "
        f"{sayw(drop.date())}. How many hours is the hire?",
        F(int((drop - pick).total_seconds()), 3600),
    )
    # R09 knitting circle
    meet1 = D(2028, 1, 5)
    date_item(
        R09,
        f"The knitting circle meets every other Wednesday, starting {sayw(meet1)}. "
        "On what date is our tenth meeting?",
        meet1 + TD(weeks=2 * 9),
    )
    # R10 pensioner on an e-bike
    bought = D(2027, 3, 18)
    date_item(
        R10,
        f"I bought the e-bike on {say(bought)} and the battery guarantee ends 730 days after "
        "the purchase date. What date is that?",
        bought + TD(days=730),
    )
    # R11 students in a terrace house (two)
    t0, t1 = D(2027, 9, 1), D(2028, 6, 30)
    date_item(
        R11,
        f"Our tenancy runs from {say(t0)} to {say(t1)}. Counting both of those days, how many "
        "days is that?",
        days(t0, t1) + 1,
    )
    bins = D(2027, 9, 7)
    date_item(
        R11,
        f"Recycling gets picked up every 10 days, the first time on {sayw(bins)}. What day "
        "of the week is the 12th pickup?",
        weekday(bins + TD(days=10 * 11)),
    )
    # R12 grandad at a graduation in Halifax (two)
    grad = DT(2027, 11, 4, 11)
    uk_grad = _convert(HALIFAX, grad, LONDON)
    assert uk_grad.minute == 0 and uk_grad.date() == grad.date()
    date_item(
        R12,
        f"The graduation in Halifax starts at 11:00 on {sayw(grad.date())}. Her gran is "
        "watching the stream in Dundee; what hour is that for her on the 24-hour clock?",
        uk_grad.hour,
    )
    home = DT(2027, 11, 6, 21, 50)
    home_land = _convert(HALIFAX, home, LONDON) + TD(hours=6, minutes=25)
    date_item(
        R12,
        f"My flight home leaves Halifax at 21:50 local time on {sayw(home.date())} and is "
        "6 hours 25 minutes long. What date is it in London when I land?",
        home_land.date(),
    )
    # R13 school run carpool
    rota = D(2027, 9, 6)
    date_item(
        R13,
        f"Four families take the school run a week each in turn, us first, starting "
        f"{sayw(rota)}. Ignoring holidays, when does our third week start?",
        rota + TD(weeks=4 * 2),
    )
    # R14 roller rink party
    bday = D(2028, 2, 20)
    sat_before = bday - TD(days=(bday.weekday() - SAT) % 7 or 7)
    assert sat_before.weekday() == SAT and 0 < days(sat_before, bday) <= 7
    date_item(
        R14,
        f"Ellie's birthday is on {sayw(bday)} and the rink party is the Saturday before. "
        "What's the party date?",
        sat_before,
    )
    # R15 empty nester hosting Sunday lunch (two)
    lunch1 = D(2027, 5, 2)
    assert lunch1.weekday() == SUN
    date_item(
        R15,
        f"We're having the family round for Sunday lunch every third Sunday, the first one "
        f"on {say(lunch1)}. What's the date of the sixth lunch?",
        lunch1 + TD(weeks=3 * 5),
    )
    last_lunch, xmas = D(2027, 10, 3), D(2027, 12, 25)
    date_item(
        R15,
        f"How many days from our Sunday lunch on {say(last_lunch)} until Christmas Day 2027?",
        days(last_lunch, xmas),
    )
    # R16 couple choosing a new boiler
    booked = D(2027, 7, 12)
    date_item(
        R16,
        f"We signed for the boiler on {sayw(booked)}. They fit it 9 working days later "
        "(weekends don't count, no bank holidays in between). What date is the fitting?",
        _plus_weekdays(booked, 9),
    )
    # R17 student rowing eight
    test1 = D(2027, 10, 9)
    date_item(
        R17,
        f"Erg tests are every three weeks starting {sayw(test1)}. When's the fifth test?",
        test1 + TD(weeks=3 * 4),
    )
    # R18 retired vet fostering lurchers
    came, went = D(2027, 8, 3), D(2027, 10, 21)
    date_item(
        R18,
        f"The lurcher arrived on {sayw(came)} and went to her new home on {say(went)}. "
        "How many nights did she stay with me?",
        days(came, went),
    )
    # R19 nan flying to Phoenix
    out_dep, out_arr = DT(2028, 3, 14, 13, 15), DT(2028, 3, 14, 17, 0)
    date_item(
        R19,
        f"My flight leaves Heathrow at 13:15 on {sayw(out_dep.date())} and lands in Phoenix "
        "at 17:00 their time the same day. How long is the flight in hours?",
        _real_hours(LONDON, out_dep, PHOENIX, out_arr),
    )
    # R20 dad building a climbing frame
    poured = DT(2027, 8, 26, 16)
    date_item(
        R20,
        f"Concreted the posts in at 4pm on {sayw(poured.date())} and it needs 72 hours to "
        "go off properly. Which day of the week will it be ready?",
        weekday((poured + TD(hours=72)).date()),
    )
    # R21 granny bottling damson gin
    bottled = D(2027, 9, 12)
    date_item(
        R21,
        f"Damson gin bottled on {say(bottled)} has to steep for 100 days. "
        "What date will it be ready?",
        bottled + TD(days=100),
    )
    # R22 parcel depot night sorter (two)
    on_at, off_at = DT(2027, 10, 30, 22), DT(2027, 10, 31, 7)
    date_item(
        R22,
        f"At the Northampton depot I clocked on at 22:00 on {sayw(on_at.date())} and off at "
        f"07:00 on {sayw(off_at.date())}. How many hours did I actually work?",
        _real_hours(LONDON, on_at, LONDON, off_at),
    )
    block1 = D(2027, 10, 5)
    date_item(
        R22,
        f"I work four nights on, four nights off, and my first night on was {sayw(block1)}. "
        "On what date does my fifth block of nights start?",
        block1 + TD(days=8 * 4),
    )
    # R23 youth club bivouac night
    club_night = D(2027, 9, 2)
    date_item(
        R23,
        f"Youth club is on Thursdays; the bivouac is six weeks after {sayw(club_night)}. "
        "What date is that?",
        club_night + TD(weeks=6),
    )
    # R24 family cycling the Rhine
    set_off, route_km, per_day, ride_block = D(2028, 6, 3), 1230, 65, 5
    riding = math.ceil(F(route_km, per_day))
    rests = (riding - 1) // ride_block
    finish = set_off + TD(days=riding + rests - 1)
    date_item(
        R24,
        f"We set off along the Rhine on {sayw(set_off)}: {route_km:,} km at {per_day} km a day "
        f"(less on the last day), with a rest day after every {ride_block} days of riding. "
        "On what date do we ride the final stretch?",
        finish,
    )
    # R25 book club trip to Manhattan (two)
    trip = DT(2027, 3, 18, 12)
    date_item(
        R25,
        f"On {sayw(trip.date())}, how many hours behind London is New York?",
        _offset_h(LONDON, trip) - _offset_h(NEW_YORK, trip),
    )
    lhr, jfk = DT(2027, 3, 18, 9, 40), DT(2027, 3, 18, 12, 25)
    date_item(
        R25,
        f"Our flight leaves Heathrow at 09:40 on {say(lhr.date())} and gets into JFK at 12:25 "
        "New York time. How many minutes are we in the air?",
        _real_hours(LONDON, lhr, NEW_YORK, jfk) * 60,
    )


_dt_plain()
_dt_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


_ORDINARY = {
    "quiz-byzantine-and-hanseatic-history": (
        (
            "Why did the Byzantines go on calling themselves Romans for a thousand years after "
            "Rome itself fell?"
        ),
        "Greek fire: what do historians now think was actually in it, and how was it sprayed?",
        "How did the Hanseatic League control Baltic trade without ever being a proper state?",
        (
            "Was the sack of Constantinople in 1204 worse for Byzantium than the Ottoman conquest "
            "of 1453?"
        ),
        "What finally finished off the Hanseatic League as a trading power?",
        "Explain the Byzantine iconoclasm row in plain English, like I'm new to it.",
        (
            "What would daily life have been like for a German merchant living at the Steelyard "
            "in medieval London?"
        ),
        "Who was the Empress Theodora, and how much real power did she have next to Justinian?",
        "How did the Varangian Guard end up full of Norsemen and, later, exiled Englishmen?",
        "Why did Lübeck, rather than Hamburg or Bruges, become the leading town of the Hansa?",
    ),
    "quiz-octopus-and-mayfly-biology": (
        "Do octopuses dream? What's the actual evidence either way?",
        "Why is a mayfly's adult life so short, and does it eat anything at all?",
        "How does an octopus match the colour of its background if its eyes can't see colour?",
        "Why does a mother octopus waste away and die once her eggs hatch?",
        "What is a mayfly nymph up to all that time it spends underwater?",
        "Are octopuses cleverer than dogs in any sense that really means something?",
        "Why do mayflies all hatch in enormous swarms on the same evening?",
        "How can an octopus taste things through its suckers?",
        "Could octopuses ever evolve to live on land, given enough time?",
        "Why do fly fishermen obsess over mayflies, and what actually eats them?",
    ),
    "quiz-rust-and-bash-help": (
        (
            "Write a Rust program that reads a text file and prints its ten most common words "
            "with their counts."
        ),
        "In bash, how do I rename every .jpeg file in a folder so it ends in .jpg instead?",
        (
            "Rust keeps telling me 'borrowed value does not live long enough' when I push a &str "
            "made inside a loop into a Vec. What's going on and how do I fix it?"
        ),
        (
            "Write me a bash script that backs up my home folder to an external drive, but only "
            "if the drive is actually mounted."
        ),
        (
            "What's the difference between String and &str in Rust? Show me an example of when to "
            "use each."
        ),
        (
            "How do I write a bash loop that retries a curl download up to five times, sleeping a "
            "bit between goes?"
        ),
        "Show me how to load a TOML config file into a Rust struct using serde.",
        "What's the most reliable way in bash to test whether a variable is unset or empty?",
        (
            "Rewrite this with Rust iterators instead of a for loop: let mut v = Vec::new(); for "
            "x in 0..10 { if x % 2 == 0 { v.push(x * x); } }"
        ),
        "My bash script works fine when I run it myself but does nothing from cron. Why?",
    ),
    "quiz-jazz-and-opera-opinions": (
        "Is Kind of Blue overrated, or does it really deserve its reputation?",
        "Which Puccini opera would you take a complete opera beginner to, and why that one?",
        "Who mattered more to jazz piano, Thelonious Monk or Bill Evans?",
        (
            "Is opera sung in English translation worth going to, or should it always be in the "
            "original language?"
        ),
        "I find free jazz sounds like noise. Is there a way in? Which album should I try first?",
        "Was Maria Callas genuinely the greatest soprano, or is that just nostalgia talking?",
        "Do modern-dress productions of Wagner work, or do they ruin the operas?",
        "Pick five jazz vocal albums for a lazy, rainy Sunday afternoon.",
        "Is bebop easier to enjoy live than on a record?",
        "Which makes you cry more, La traviata or La bohème?",
    ),
    "quiz-tides-and-volcano-science": (
        "Why are there two high tides a day when the Moon only goes round us once?",
        "What makes some volcanoes blow themselves apart while others just ooze lava?",
        "Why does the Bay of Fundy get such enormous tides?",
        "How do volcanologists forecast eruptions, and how often do they get it right?",
        "What's physically going on with spring tides versus neap tides?",
        "How did the Tambora eruption of 1815 lead to Europe's 'year without a summer'?",
        "Do big lakes have tides too, or is it only the sea?",
        "Why is the soil on the slopes of volcanoes so fertile?",
        "What makes a supervolcano different from an ordinary volcano?",
        "Why does the Mediterranean have hardly any tide compared with the Atlantic coast?",
    ),
    "quiz-wedding-speech-and-neighbour-tact": (
        (
            "The neighbour's leylandii hedge blocks all the afternoon sun from my garden. How do "
            "I raise it without starting a feud?"
        ),
        (
            "I'm best man and the groom's ex is on the guest list. Which kinds of jokes should I "
            "steer well clear of?"
        ),
        (
            "How can I tell the people next door, nicely, that their dog howls all day while "
            "they're at work?"
        ),
        (
            "Father of the bride speech: how do I mention my late wife without reducing the whole "
            "room to tears?"
        ),
        (
            "The man upstairs does jumping workouts at six every morning. Do I leave a note or go "
            "and knock?"
        ),
        "Is it rude to ask wedding guests not to put photos on social media?",
        (
            "My friend has asked me to be a bridesmaid and I honestly can't afford it. How do I "
            "say no without hurting her?"
        ),
        (
            "The neighbours have parked across our drive for the third time. Help me word a note "
            "that's firm but still friendly."
        ),
        "How long should a maid of honour speech be, and how should I open it?",
        (
            "My sister is insisting on bringing her kids to our child-free wedding. How do I "
            "handle it?"
        ),
    ),
    "quiz-houseplant-and-pickling-hunches": (
        "The new leaves on my monstera won't split. Is it light, age, or something else?",
        (
            "My fiddle leaf fig has dropped half its leaves since I moved it to the other window. "
            "Why?"
        ),
        "Are pickles safe to eat once the brine has gone cloudy?",
        "Should I be misting my calathea, or is misting a myth?",
        "Why did my quick-pickled red onions go soft after a few days in the fridge?",
        "Do houseplants really clean the air in a room enough to make any difference?",
        "My snake plant's leaves are going mushy at the bottom. Can it be saved?",
        "Why do my home-fermented cucumbers come out hollow in the middle?",
        "Is tap water really bad for a Venus flytrap?",
        "Is homemade kimchi better fermented on the worktop or in the fridge from the start?",
    ),
    "quiz-novels-and-poetry-recommendations": (
        "I loved Wolf Hall. What should I read next?",
        "Suggest some poems for someone who is convinced they hate poetry.",
        "Is Middlemarch worth the effort as my first Victorian novel?",
        "Which Kazuo Ishiguro novel is the best one to start with?",
        "Recommend a short novel I could finish on a long train journey.",
        "What are some good crime novels set in Scotland, other than Rebus?",
        "If I love Seamus Heaney, which other poets should I try?",
        "For War and Peace, is the Maude translation or the Pevear and Volokhonsky better?",
        "Our book club has read too many sad books. Give me three properly funny novels.",
        "My twelve-year-old devoured the Percy Jackson books. What should she read next?",
    ),
    "quiz-cover-letter-and-complaint-drafting": (
        (
            "Draft a cover letter for a part-time library assistant job. I've worked in shops for "
            "years and I love books."
        ),
        (
            "Write a complaint to the train company about a cancelled train that made me miss my "
            "uncle's funeral."
        ),
        "Help me write a polite letter to the council about a pothole that split my tyre.",
        "Draft a short, friendly resignation letter that doesn't burn any bridges.",
        "Write a LinkedIn 'about' section for a nurse moving into health tech.",
        (
            "Can you make this sound less furious: 'Your engineer didn't turn up AGAIN and nobody "
            "even called me.'"
        ),
        "Write to my landlord asking him to deal with the black mould in the bathroom.",
        (
            "Draft an email asking my manager for flexible hours when I come back from maternity "
            "leave."
        ),
        "Give me some opening lines for a cover letter that don't begin 'I am writing to apply'.",
        "Help me reply to a one-star review of my café without sounding defensive.",
    ),
    "quiz-trolley-problem-and-identity-philosophy": (
        (
            "Is there really a moral difference between pulling the lever and pushing the man off "
            "the bridge in the trolley problem?"
        ),
        "If every cell in my body gets replaced over time, am I still the same person?",
        "Would a perfect teleporter kill you and create a copy, or actually move you?",
        "Is it ever right to sacrifice one person to save five in real life, say in a hospital?",
        "What did Derek Parfit mean when he said identity is not what matters?",
        "If I lost every single memory, would I still be me?",
        (
            "Does the trolley problem tell us anything useful about how self-driving cars should "
            "behave?"
        ),
        "Can someone be blamed for what they did before a complete change of personality?",
        "Is the self just a story the brain tells itself?",
        "Why do people in different countries answer trolley problems differently?",
    ),
}

_NEAR = {
    "near-live-rates-and-prices": (
        "needs live market or price data",
        (
            "How many euros will £500 buy me at the bureau this afternoon?",
            "How much is a litre of unleaded at the supermarkets round here this week?",
            "Has the Bank of England moved interest rates since the spring?",
            "How many pounds is one bitcoin worth right now?",
            "What does a first-class stamp cost these days?",
        ),
    ),
    "near-whats-on-and-open-now": (
        "needs live timetables, road or opening information",
        (
            "Is the M62 shut between junctions 22 and 23 tonight?",
            "When's the next train from Leeds to York?",
            "Is Tate Modern open on the bank holiday Monday?",
            "What time does the big Tesco in Cheltenham close on a Sunday?",
            "Are Gatwick departures running late at the moment?",
        ),
    ),
    "near-ballpark-guesses": (
        "an estimate from general knowledge, no figures given to compute with",
        (
            "Roughly what would it cost to have the outside of a three-bed semi repainted?",
            "About how many tennis balls would fit inside a double-decker bus?",
            "Give or take, how long does it take an adult to learn to touch type?",
            "Ballpark, what's a normal yearly electricity bill for a two-bed flat?",
            "Roughly how long would it take to walk the length of Britain?",
        ),
    ),
    "near-why-the-maths-works": (
        "asks for an explanation of why a rule holds, not a calculation",
        (
            "Why does dividing by a half make a number twice as big?",
            "Why does casting out nines catch most mistakes when you add up a column by hand?",
            "Without quoting a rule, why does minus two times minus three come out as plus six?",
            "My son asks what 7 divided by 0 is. How do I explain why there's no answer?",
            "Why does the rule of 72 give you roughly how long money takes to double?",
        ),
    ),
    "near-sums-missing-a-figure": (
        "looks like a sum but the deciding figures are missing",
        (
            "How much does each of us owe for the meal if we split it but Sam had the steak?",
            "What's 15% off that sofa we looked at on Saturday?",
            "How many tiles will I need for the bathroom floor?",
            "How much VAT is there in my invoice?",
            "If I get paid on the last Friday of the month, how many days until payday?",
        ),
    ),
    "near-is-it-a-fair-price": (
        "a judgement about value, not arithmetic",
        (
            "Is £450 a fair price for a second-hand Brompton?",
            "A plumber wants £320 to swap a kitchen tap. Reasonable or a rip-off?",
            "Is £1,200 a month decent rent for a one-bed flat in Bristol?",
            "Someone's offered £3,000 for my 2014 Fiesta with 90,000 miles on it. Good deal?",
            "Is an £18 haircut too cheap to be any good?",
        ),
    ),
    "near-what-a-reading-means": (
        "interpreting a measurement needs judgement and context",
        (
            "The pharmacy machine gave me 138 over 88. Is that high for a 52-year-old?",
            (
                "The boiler pressure gauge has dropped to 0.5 bar. What does that mean, is it "
                "dangerous?"
            ),
            "The tyre pressure warning light is on but the tyres look fine. What's going on?",
            (
                "The smart meter shows 3.2 kW being used with everything switched off. Is "
                "something faulty?"
            ),
            "The hygrometer in the bedroom reads 78% humidity. Is that bad for us?",
        ),
    ),
    "near-when-did-it-happen": (
        "a historical fact to recall, nothing to compute",
        (
            "When did the first Severn Bridge open to traffic?",
            "In which year was the Humber Bridge opened?",
            "When was the very first Glastonbury festival?",
            "When did women in Britain get the vote on the same terms as men?",
            "When was the last total solar eclipse you could see from Cornwall?",
        ),
    ),
    "near-code-to-do-the-sum": (
        "asks for code that would compute, not for the result",
        (
            "Write a Python function that counts the working days between two dates.",
            "Give me a spreadsheet formula that adds 20% VAT to whatever is in column B.",
            "Write some JavaScript for a web form that turns Celsius into Fahrenheit.",
            "Write a SQL query that totals each customer's orders for 2027.",
            "How do I get Excel to show how many days are left until the deadline in A1?",
        ),
    ),
    "near-calendar-and-clock-whys": (
        "asks why a calendar or clock custom exists",
        (
            "Why does the UK put the clocks forward and back every year?",
            "Who decided an hour should have sixty minutes, and why sixty of all numbers?",
            "Why do century years like 1900 skip the leap day?",
            "Why does a week have seven days?",
            "Why does the UK tax year start on 6 April of all days?",
        ),
    ),
    "near-kitchen-and-garden-judgement": (
        "numbers appear but the answer is a judgement call",
        (
            "My fan oven runs hot. Should I turn 180 °C down to 160 for a Victoria sponge?",
            "Raw chicken was left out for 3 hours at about 24 °C. Is it still safe to cook?",
            "Is the middle of August too late to sow carrots?",
            "Can I refreeze bread that I defrosted two days ago?",
            "Will a −2 °C frost overnight hurt my lemon tree in its pot on the patio?",
        ),
    ),
    "near-ambiguous-units-or-dates": (
        "the unit or date is ambiguous, so the model must ask or explain",
        (
            "Recipe says 2 cups of sugar. How many grams do I weigh out?",
            "What day of the week is 03/04/2028?",
            "How many fluid ounces are in a pint?",
            "Convert 2 tons into kilograms.",
            "How many calories does a 5 km run burn?",
        ),
    ),
    "near-distances-needing-geography": (
        "needs geographic or route knowledge, no figures given",
        (
            "How far is it from Inverness to Penzance by road?",
            "How long does the drive from Manchester to Edinburgh take?",
            "How many miles long is the Pennine Way?",
            "What's the flying time from London to Singapore?",
            "How far apart are Leeds and Hull?",
        ),
    ),
}


def _negatives_single():
    for family, questions in _ORDINARY.items():
        assert len(questions) == 10, family
        for q1 in questions:
            neg(family, q1)
    for family, (why, questions) in _NEAR.items():
        assert len(questions) == 5, family
        for q1 in questions:
            neg(family, q1, why)


_negatives_single()


def _chat(*turns):
    """Alternating user and assistant turns, ending with the user."""
    roles = [U if k % 2 == 0 else A for k in range(len(turns))]
    assert roles[-1] == U
    return list(zip(roles, turns))


def _conversations():
    # bill split, then a message to the group
    fam = "conv-bill-split-then-group-message"
    why = "the last turn asks for a message to be written"
    total, people = dec("247.80"), 6
    conv(
        fam,
        _chat(
            f"Dinner came to {_money(total)} for {people} of us, service included. How much each?",
            f"Split {people} ways, that's {_money(total / people)} each.",
            "Perfect. Write a cheery message for the group chat asking everyone to send it by "
            "Friday, and slip in a happy birthday to Jo.",
        ),
        why,
    )
    cabin, guests = 1380, 8
    conv(
        fam,
        _chat(
            f"The lodge for the weekend is {_money(cabin)} and there are {guests} of us. "
            "What's each person's share?",
            f"{_money(cabin)} ÷ {guests} = {_money(F(cabin, guests))} per person.",
            "Can you write a friendly but clear WhatsApp to the two people who still haven't "
            "paid their deposit?",
        ),
        why,
    )
    gift, chip = 96, 12
    conv(
        fam,
        _chat(
            f"We spent {_money(gift)} on a leaving present for our manager and {chip} of us "
            "chipped in. What's that per person?",
            f"{_money(F(gift, chip))} each.",
            "Lovely. Now write a short, warm card message from the whole team — she's retiring "
            "after running the ward for ages.",
        ),
        why,
    )
    taxi, riders = dec("64.50"), 3
    conv(
        fam,
        _chat(
            f"Airport taxi home was {_money(taxi)} between {riders} of us. How much each?",
            f"{_money(taxi / riders)} each.",
            "Write a text to my flatmates reminding them to pay me back, but make it funny "
            "rather than naggy.",
        ),
        why,
    )
    stag, lads = 2430, 9
    conv(
        fam,
        _chat(
            f"Stag weekend total: {_money(stag)}, {lads} lads. Per head?",
            f"That's {_money(F(stag, lads))} each.",
            "Help me write an email to the lads that breaks the cost to them gently and asks "
            "who's actually in.",
        ),
        why,
    )

    # room area, then decorating advice
    fam = "conv-room-area-then-decor-advice"
    why = "the last turn asks for design advice"
    w, d1 = dec("4.2"), dec("3.6")
    conv(
        fam,
        _chat(
            f"Our living room is {_txt(w)} m by {_txt(d1)} m. What's the floor area?",
            f"{_txt(w)} × {_txt(d1)} = {_txt(w * d1)} m².",
            "It faces north and always feels gloomy. Which paint colours would make it feel "
            "brighter?",
        ),
        why,
    )
    w, d1 = dec("2.8"), dec("2.5")
    conv(
        fam,
        _chat(
            f"Box room: {_txt(w)} m × {_txt(d1)} m. Area please?",
            f"That's {_txt(w * d1)} m².",
            "It's going to be a nursery. How would you lay it out so there's room for a cot, a "
            "changing table and a chair?",
        ),
        why,
    )
    w, d1 = 12, 10
    conv(
        fam,
        _chat(
            f"The kitchen is {w} ft by {d1} ft. How many square metres?",
            f"{w * d1} sq ft, which is {_txt(F(round(w * d1 * SQFT * 100), 100))} m² "
            "(to two decimals).",
            "We're torn between a peninsula and an island in there. What would you go for?",
        ),
        why,
    )
    w, d1 = dec("5.5"), dec("3.2")
    conv(
        fam,
        _chat(
            f"The garden room we're building is {_txt(w)} by {_txt(d1)} metres. Floor area?",
            f"{_txt(w * d1)} m².",
            "Any ideas for making it work as both a home office and a spare bedroom?",
        ),
        why,
    )
    w, d1 = dec("1.9"), dec("2.4")
    conv(
        fam,
        _chat(
            f"Bathroom floor is {_txt(w)} m by {_txt(d1)} m, what's the area?",
            f"{_txt(w * d1)} m².",
            "Small bathroom, no window. Large tiles or small ones, and what colour grout?",
        ),
        why,
    )

    # flight time, then travel advice
    fam = "conv-flight-time-then-travel-tips"
    why = "the last turn asks for travel advice"
    flights = (
        (
            LONDON,
            DT(2027, 8, 14, 21, 30),
            "Asia/Singapore",
            DT(2027, 8, 15, 18, 5),
            "Heathrow",
            "Singapore",
            "What are your best tips for beating jet lag on the way out?",
        ),
        (
            "Europe/Dublin",
            DT(2027, 9, 3, 10, 45),
            "America/Chicago",
            DT(2027, 9, 3, 13, 5),
            "Dublin",
            "Chicago",
            "First time flying long-haul with a toddler. How do I keep her happy on the plane?",
        ),
        (
            LONDON,
            DT(2028, 1, 22, 9, 10),
            "Asia/Dubai",
            DT(2028, 1, 22, 19, 40),
            "Manchester",
            "Dubai",
            "What should I pack in my hand luggage for that, and what shouldn't I bother with?",
        ),
        (
            "Europe/Paris",
            DT(2027, 10, 12, 13, 20),
            "America/Toronto",
            DT(2027, 10, 12, 15, 5),
            "Paris",
            "Montreal",
            "We'll have a spare afternoon in Montreal after landing. What's worth seeing?",
        ),
        (
            LONDON,
            DT(2027, 12, 2, 20, 55),
            "Asia/Kolkata",
            DT(2027, 12, 3, 11, 25),
            "Birmingham",
            "Delhi",
            "Is it better to sleep on the plane or stay awake until evening after landing?",
        ),
    )
    for za, ta, zb, tb, from_, to_, last in flights:
        hrs = _real_hours(za, ta, zb, tb)
        assert (hrs * 60).denominator == 1
        hh, mm = divmod(int(hrs * 60), 60)
        span = f"{hh} hours {mm} minutes" if mm else f"{hh} hours exactly"
        asks = (
            "How long is it in the air?",
            "What's the actual flying time?",
            "How long am I on the plane for?",
        )
        conv(
            fam,
            _chat(
                f"Flight: {from_} {ta:%H:%M} on {say(ta.date())}, landing {to_} {tb:%H:%M} local "
                f"time on {say(tb.date())}. {asks[len(from_) % 3]}",
                f"Allowing for the time difference, it's {span}.",
                last,
            ),
            why,
        )

    # budget total, then ideas for cutting back
    fam = "conv-budget-total-then-saving-ideas"
    why = "the last turn asks for money-saving ideas"
    budgets = (
        (
            (("rent", 950), ("council tax", 162), ("energy", 138), ("food", 420)),
            "That's more than half my take-home pay. Where would you start cutting?",
        ),
        (
            (("nursery", 1140), ("car finance", 289), ("phones", 74)),
            "Nursery is killing us. Any ideas for bringing childcare costs down?",
        ),
        (
            (("streaming", 43), ("gym", 38), ("apps", 19), ("coffee", 76)),
            "Which of those would you axe first and how do I stick to it?",
        ),
        (
            (("food shop", 510), ("takeaways", 140), ("lunches out", 95)),
            "How can a family of four eat well for less than that?",
        ),
        (
            (("petrol", 210), ("insurance", 96), ("parking", 60)),
            "Is it worth getting rid of the car and using buses and a bike instead?",
        ),
    )
    leads = (
        "Our fixed monthly outgoings are {}. Add them up for me?",
        "Each month we pay {}. What's that in total?",
        "Monthly spending on the little things: {}. Total please.",
        "Last month the food side came to {}. What's the total?",
        "The car costs me {} a month. What does that come to altogether?",
    )
    for lead, (lines, last) in zip(leads, budgets):
        listed = ", ".join(f"{name} {_money(amt)}" for name, amt in lines)
        conv(
            fam,
            _chat(
                lead.format(listed),
                f"Those add up to {_money(sum(amt for _, amt in lines))} a month.",
                last,
            ),
            why,
        )

    # a date sum, then ideas for the occasion
    fam = "conv-date-count-then-celebration-ideas"
    why = "the last turn asks for celebration ideas"
    occasions = (
        (
            "We got married on {a}. How many days will we have been married on {b}?",
            D(1988, 6, 18),
            D(2028, 6, 18),
            "We want to mark it with something low-key but special. Any ideas?",
        ),
        (
            "Our first date was {a}. How many days is it from then to {b}?",
            D(2027, 5, 8),
            D(2027, 12, 18),
            "I'd like to surprise her on that day. What could I do that isn't just dinner out?",
        ),
        (
            (
                "I started counting down on {a}; my last day at work before retiring is {b}. "
                "How many days is that?"
            ),
            D(2027, 9, 1),
            D(2028, 7, 14),
            "How should I mark my last day? I don't want a big fuss.",
        ),
        (
            "From {a} to the baby's due date, {b}, how many days are there?",
            D(2027, 4, 24),
            D(2027, 10, 2),
            "Any ideas for a baby shower that isn't cheesy?",
        ),
        (
            "We exchange on {a} and move in on {b}. How many days apart is that?",
            D(2027, 6, 5),
            D(2027, 11, 27),
            "What would make a good housewarming party for neighbours we haven't met yet?",
        ),
    )
    for pattern, a0, b0, last in occasions:
        conv(
            fam,
            _chat(
                pattern.format(a=say(a0), b=say(b0)),
                f"It's {days(a0, b0):,} days.",
                last,
            ),
            why,
        )

    # running pace, then training advice
    fam = "conv-pace-then-training-advice"
    why = "the last turn asks for coaching advice"
    runs = (
        (5, 27 * 60 + 30, "I want to get under 25 minutes. How should I train?"),
        (10, 58 * 60, "How do I stop blowing up in the last two kilometres?"),
        (21.1, 2 * 3600 + 4 * 60, "Is a 12-week plan enough to go sub-two hours?"),
        (8, 44 * 60, "My knees ache after these runs. Should I change shoes or form?"),
        (15, 84 * 60, "What should I eat the night before a long run like that?"),
    )
    run_leads = (
        "parkrun this morning: {} km in {}. pace per km?",
        "Did a {} km road race in {}. What pace per kilometre was that?",
        "Half marathon, {} km, finished in {}. Average pace per km?",
        "My usual {} km loop took {} on Sunday. What pace is that per km?",
        "Long run at the weekend: {} km in {}. Per km pace?",
    )
    for run_lead, (km, secs, last) in zip(run_leads, runs):
        km_f = dec(str(km))
        pace = F(secs) / km_f
        p_min, p_sec = divmod(round(pace), 60)
        h, rem = divmod(secs, 3600)
        clock = f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60}:{rem % 60:02d}"
        conv(
            fam,
            _chat(
                run_lead.format(_txt(km_f), clock),
                f"About {p_min}:{p_sec:02d} per km.",
                last,
            ),
            why,
        )

    # a recipe conversion, then cooking rescue advice
    fam = "conv-recipe-conversion-then-cooking-advice"
    why = "the last turn asks for cooking advice"
    conv(
        fam,
        _chat(
            "My American recipe says bake at 350 °F. What's that in Celsius?",
            f"{_txt(F(round(f_to_c(350) * 10), 10))} °C, so 175 to 180 °C in practice.",
            "It came out sunken in the middle. What did I do wrong?",
        ),
        why,
    )
    oz = 8
    conv(
        fam,
        _chat(
            f"How many grams is {oz} oz of butter?",
            f"About {round(oz * OZ * 1000)} g.",
            "I've only got margarine. Will my shortbread still work with it?",
        ),
        why,
    )
    kg = dec("1.8")
    conv(
        fam,
        _chat(
            f"My chicken is {_txt(kg)} kg. How many pounds is that?",
            f"Roughly {_txt(F(round(kg / LB * 100), 100))} lb.",
            "How do I keep the breast from drying out while the legs cook through?",
        ),
        why,
    )
    scale = F(3, 2)
    flour = 300
    assert (flour * scale).denominator == 1
    conv(
        fam,
        _chat(
            f"I'm making one and a half times a bread recipe that uses {flour} g of flour. How "
            "much flour?",
            f"{int(flour * scale)} g.",
            "Do I need to change the proving time for the bigger dough?",
        ),
        why,
    )
    c_ = 220
    conv(
        fam,
        _chat(
            f"Recipe says {c_} °C but my oven is fan. What should I set it to?",
            f"Fan ovens usually need about 20 °C less, so around {c_ - 20} °C.",
            "The top of my pie is burning before the filling's hot. Any tips?",
        ),
        why,
    )


_conversations()


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
    # no register (family name) of this set is a family name of sets 19 to 134
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 134: {reused}"
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
