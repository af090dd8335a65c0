r"""Generate heldout-2027-04-20.jsonl: a hundred-and-thirty-eighth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_138.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's id, expected value and tolerance, or --digest to print only the
sha256 of the output)

Provenance
----------
Written blind for 2027-04-20 by a helper session working only in /work/sealed138 (scratch files
in /work/sealed138/scratch, deleted at the end). The starting point was a 2309-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-20.jsonl, PREFIX "ho138-", earlier generators 1-137, register check against
sets 19 to 137); only its two title lines, this docstring and its four question sections were
rewritten. The "Run" note above was moved ahead of this section so that Provenance comes last.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; weekdays and other text as a whitespace-free substring);
- /work/sealed138/earlier_registers.txt (3057 earlier family names): its first 100 lines and a
  line count, a tally of the first words of its 289 hyphenated (negative-topic) names, the first
  120 hyphenated names not starting "ask-", counts of names starting "near" (0) or "conv" (1,
  printed), and grep runs that printed, for about 230 candidate keywords and prefixes (a few
  repeated), how many earlier names contain them and the first few such names, so that this
  set's names and ideas are new (ideas such as a sign writer, a guide dog puppy walker, a
  school-crossing patrol, a leek show, a tattoo apprentice or a repair cafe were dropped because
  close names existed); at the end every family name of this set was checked against the file
  (none is in it);
- of the copied script, exactly the allowed lines 1-385, 724-784, 1040-1124, 1508-1515 and
  2086-2309, printed with sed, plus a line count and its sha256; the printed lines 1-385 (piped
  from sed) were searched for the end of the old docstring (line 134), the __future__ import and
  the line P = "plain" (385). The old docstring, inside the allowed lines 1-134, described the
  previous set's families and checks in prose; only its layout and approach were followed
  (the kinds of helpers and extra checks it described), none of its questions or figures.
No line outside those ranges was printed or searched, and no sed call showed the joins. A
byte-for-byte copy of the original was kept in the scratch folder (sha256 0a323e1e..., printed)
and was read, printing nothing but line counts, only by the one splicing script, which kept
lines 135-385, 724-784, 1040-1124, 1508-1515 and 2086-2309 by line number and put a marker line
in place of the old docstring (1-134) and of each dropped stretch (386-723, 785-1039, 1125-1507
and 1516-2085). Everything after that worked from this skeleton of kept lines (only the two
lines after each marker were printed, to check the joins): a small script filled the markers
with this docstring and four sections written from scratch; a check confirmed that each kept
chunk appears verbatim, and in order, in the formatted script (it printed only found/in order
and line counts); and an ast check of the skeleton (never the original) and the new sections
showed that no new module-level name rebinds a module-level name of the kept lines, equals a
local name of the kept functions, shadows a builtin or is bound by two sections (all empty,
after generator-expression variables named m and v were renamed). No git history, web or code
search (the search tools were not used), router, tests (not even a listing), other sealed
directories, other generators, other JSONL files or other files under /work/main were read;
/work/main/pyproject.toml was only handed to ruff as its configuration. Probes printed the
Python version (3.11.7), where Python finds its zone data (the venv's tzdata package, IANA
2026f), the UTC offsets of 14 zones on eight dates of 2027 and the weekdays of 17 dates. The
script imports the earlier generators itself, in memory, for its duplicate and register checks,
and prints none of their text (its failure messages name only this set's item ids). Expected
values and wording were reviewed from listings of this set's own output (ids, expected values,
tolerances and texts of every positive, every negative and every conversation's turns).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a metal
  detectorist with a farm permission, a new dad on paternity leave, a roadie on a European club
  tour, cousins flying out to a Delhi wedding, a couple on a city break in Istanbul, a runner
  building up to a first half marathon, a teen doing work experience at a vets, an auntie
  organising a family reunion in Jamaica, a student pilot logging flying hours, a dad coaching an
  under-nines side, the landlady of a guest house in Whitby, a teenager applying for a
  provisional licence, a nephew volunteering at a school in Nepal, a sixth former sitting mock
  exams, friends sharing a cottage for a fortieth, a hiker on the Pacific Crest Trail, an
  engineering intern at a Munich car plant, a mum doing the big weekly shop, a Grand Prix fan
  flying to Singapore, a brother selling his old car privately, a gran starting a sewing bee at
  church, a sister on shifts at a call centre, a pensioner trying out a new bus pass, a shop
  worker on a zero-hours contract and a regular blood donor), each register used by all three
  tools; the detectorist, new dad, roadie, runner, student pilot and weekly shop registers have
  two items per tool. Phrasing varies: questions, imperatives, lowercase texts, payslip,
  logbook, timesheet and revision prompts, symbols (×, ÷, −, ^, %, °C, °F, m²) and written-out
  units; pounds, pence, euros, rupees, lira, US and Singapore dollars; written dates with
  computed weekdays (sayw) and without, clock times, flights, shifts and a night coach.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated through _m and _q, which print exact Fractions exactly): Fraction
  arithmetic for money and quantities (_cents asserts whole pence, cents and paise; _pc turns a
  percentage into a Fraction), exact unit definitions for conversions (from the set-up: inch,
  foot, yard, mile, avoirdupois pound, ounce and stone, acre, square and cubic feet, psi and bar,
  MiB and GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre,
  gram, hectare, the international nautical mile and the knot), graded exactly when the result
  has at most three decimals and at 0.1% otherwise (_u choosing, unit_r asserting that an answer
  rounded to two decimals still passes), and date arithmetic for weekdays, spans, inclusive and
  exclusive day counts, an age, nth and last weekdays, a day of the year, counts of a weekday
  (_count_wd_138), working days skipping a stated holiday (_workdays_138), every-other-week and
  nine-day cycles, clock intervals and logbook sums, and two spans across a clock change (a
  Berlin to Amsterdam night drive on 30-31 October 2027 is 9 real hours; a Leeds night shift on
  27-28 March 2027 is 9), plus flights, a landing date and time differences whose offsets come
  from the IANA rules (zoneinfo, loaded through importlib so the set-up is unchanged; _wall()
  asserts every wall-clock time used exists and is unambiguous, and asserts near the helpers pin
  the offsets relied on: London's changes on 28 March and 31 October 2027, Berlin and Amsterdam
  around 31 October, London seven ahead of Los Angeles on 5 November 2027 and eight on 8
  November, Istanbul three ahead of London on 2 November and two in July, Kathmandu 4.75 ahead,
  Delhi 5.5, Jamaica six behind in August, Singapore seven ahead on 1 October and Helsinki two
  ahead of Lisbon). No offsets are written in the positives.
- 200 negatives: 100 ordinary ones in ten new "gab-" topics (Aztec and Songhai history; puffin
  and badger habits; TypeScript and Makefile help; ska and madrigal verdicts; sea fog and
  volcanic lightning science; christening and noisy-neighbour tact; compost heap and pickled
  onion hunches; audiobook and board game picks; best man speech and complaint letter drafting;
  lifeboat and lottery puzzles), 65 near-negatives in 13 families of five shaped like positives
  but needing the model (live prices and rates, whether something is open or running, ballparks
  with no figures, why an arithmetic rule works, sums missing their key figure, whether a deal
  is worth it, what a reading means, when something happened, code for a sum or a date, why a
  clock or calendar custom exists, kitchen and garden calls with numbers, date questions missing
  their anchor date, and distances needing a map), and 35 conversations in seven families of
  five whose first turn asks an exact question and whose last turn asks what to do with a
  savings total, for travel advice after a distance conversion, about call etiquette or invite
  wording after a time-zone conversion (New York only four hours behind London on 2 November
  2027, Sydney ten ahead on 3 October 2027), for a plan after a day count, a social question
  after a bill split, about a substitution after scaling a recipe in grams, or for words or gift
  ideas after an age; none ends in a plain exact question, and the figures in assistant turns
  are computed in code (the time-zone turns from the same zoneinfo helpers). Symbolic algebra
  was kept out of the negatives.
- No unit word with more than one common reading (ton or tonne, gallon, pint, quart, cup, fluid
  ounce, barrel, hundredweight, calorie, spoon measures, horsepower, mpg, kB/MB/GB, bushel,
  stick) and no "month" or "year" at all appears anywhere in the set, negatives, conversation
  turns and family names included: an extra check (_check_many_readings_138) asserts it over
  every text, and asserts that ounces appear only in units positives, where they are weights
  (a baby's birth weight and a block of butter).

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 137,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the extra check above,
the comparison with earlier_registers.txt above, and the ast and kept-chunk checks above. The
first run failed because the set-up's pct() parses str() of its argument and so cannot take a
Fraction (_pc was added and used instead); the next runs failed on unit_r's two-decimal
assertion (3.5 lb in kg, changed to 12.5 lb, and 15 psi in bar, changed to 45 psi) and on
_cents for a bill split that did not come to whole pence (£186.40 changed to £187.20). The
duplicate check then flagged 11 items matching earlier sets word for word (one plain question
in each tool, one history question, one code request, three history-date questions, one
calendar-custom question and two arithmetic-rule questions), all reworded or given new
figures, and after that every check passed. Reviewing the listings reworded a plain
percentage-of-a-percentage question whose "what's left" could be read as a subtraction, the
age conversations' first turns, and one travel-advice turn, and changed one time-zone
conversation's clock time. Ruff check listed one UP017 and three implicitly concatenated strings
in collections (ISC004), fixed by hand (dt.UTC, and parentheses); after ruff format, seven lines
over 99 characters were rewrapped or reworded. Ruff check and ruff format are clean, no line
exceeds 99 characters, and the final run passed every check.
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
OUT = HERE / "heldout-2027-04-20.jsonl"
PREFIX = "ho138-"
# earlier generators: sets 1-137 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 138))
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
    "make_heldout_136.py",
    "make_heldout_137.py",
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
    """A money amount that must come to whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def _q(x):
    """An exact terminating Fraction written as a plain decimal, without trailing zeros."""
    x = F(x)
    k = decimals(x)
    n = (abs(x) * 10**k).numerator
    s = str(n).rjust(k + 1, "0")
    body = f"{s[:-k]}.{s[-k:]}" if k else s
    return ("-" if x < 0 else "") + body


def _pc(x):
    """A percentage (int or exact Fraction) as a fraction."""
    return F(x) / 100


def _m(x):
    """A money amount as written in a message: whole with commas, else two decimals."""
    x = _cents(x)
    assert x > 0, x
    if x.denominator == 1:
        return f"{int(x):,}"
    c = int(x * 100)
    return f"{c // 100:,}.{c % 100:02d}"


assert _q(dec("7.250")) == "7.25" and _q(F(-2, 5)) == "-0.4" and _q(1200) == "1200"
assert _m(dec("1234.5")) == "1,234.50" and _m(3840) == "3,840" and _m(dec("0.2")) == "0.20"

# ----------------------------------------------------------------- plain calculator questions
_c_base, _c_rate = 3860, dec("17.5")
calc(P, f"What is {_q(_c_rate)}% of {_c_base:,}?", _c_base * _pc(_c_rate))
_c_num, _c_den = 7308, 36
calc(P, f"work out {_c_num:,} ÷ {_c_den}", F(_c_num, _c_den))
_c_a, _c_b, _c_k = dec("48.6"), dec("12.9"), dec("4.5")
calc(P, f"({_q(_c_a)} − {_q(_c_b)}) × {_q(_c_k)} = ?", (_c_a - _c_b) * _c_k)
_c_sq = 3249
assert math.isqrt(_c_sq) ** 2 == _c_sq
calc(P, f"Square root of {_c_sq:,}, please.", math.isqrt(_c_sq))
_c_m1, _c_m2, _c_add = 14, 23, 5112
calc(
    P,
    f"If you take {_c_m1} lots of {_c_m2} and add them to {_c_add:,}, what do you get?",
    _c_m1 * _c_m2 + _c_add,
)
_c_marks = (72, 85, 91, 64, 78)
calc(
    P,
    "Mean of these five marks: " + ", ".join(str(_cv) for _cv in _c_marks),
    F(sum(_c_marks), len(_c_marks)),
)
_c_pow, _c_less = 13, 1000
calc(P, f"2^{_c_pow} minus {_c_less:,} — what's that?", 2**_c_pow - _c_less)
_c_inc_base, _c_inc = 640, 35
calc(
    P,
    f"Put {_c_inc}% on top of {_c_inc_base}. What's the new figure?",
    _c_inc_base * (1 + _pc(_c_inc)),
)
_c_frac, _c_whole = F(3, 8), 1352
calc(P, f"Three eighths of {_c_whole:,}: what does that come to?", _c_frac * _c_whole)
_c_was, _c_now = 250, 215
calc(
    P,
    f"Something went down from {_c_was} to {_c_now}. What percentage drop is that?",
    F(_c_was - _c_now, _c_was) * 100,
)
_c_f, _c_g = dec("0.125"), 9640
calc(P, f"calculate {_q(_c_f)} × {_c_g:,}", _c_f * _c_g)
_c_p1, _c_big = dec("12.5"), 6400
calc(
    P,
    f"Take {_q(_c_p1)}% of {_c_big:,}, then {_q(_c_p1)}% of that. What do you end up with?",
    _c_big * _pc(_c_p1) * _pc(_c_p1),
)
_c_from, _c_take = 10003, 4786
calc(P, f"{_c_from:,} take away {_c_take:,} equals what?", _c_from - _c_take)
_c_more, _c_more_of = 40, 1115
calc(P, f"Which number is {_c_more}% bigger than {_c_more_of:,}?", _c_more_of * (1 + _pc(_c_more)))

# ---------------------------------------------------------------- register calculator questions
# a metal detectorist with a farm permission
_md_value, _md_mine = 3840, F(60, 100)
calc(
    "metal_detectorist_with_a_farm_permission",
    (
        f"The museum valued our little coin hoard at £{_m(_md_value)}. The farmer gets half "
        "under our permission agreement, and the finders' half is split 60:40 between me and "
        "my detecting mate, me taking the 60. What's my share in pounds?"
    ),
    _cents(_md_value / 2 * _md_mine),
)
_md_subs, _md_ins, _md_fuel, _md_trips = 24, dec("18.50"), dec("6.75"), 22
calc(
    "metal_detectorist_with_a_farm_permission",
    (
        f"Adding up what the hobby cost me: club subs £{_m(_md_subs)}, insurance "
        f"£{_m(_md_ins)}, and £{_m(_md_fuel)} of diesel for each of the {_md_trips} trips out "
        "to the farm. Total?"
    ),
    _cents(_md_subs + _md_ins + _md_fuel * _md_trips),
)

# a new dad on paternity leave
_nd_stat, _nd_wage, _nd_top, _nd_weeks = dec("187.18"), 612, 90, 2
calc(
    "new_dad_on_paternity_leave",
    (
        f"On paternity leave I get statutory pay of £{_m(_nd_stat)} a week, and my employer "
        f"tops it up to {_nd_top}% of my normal £{_m(_nd_wage)} weekly wage. How much does the "
        f"employer put in on top over my {_nd_weeks} weeks off?"
    ),
    _cents((_nd_wage * _pc(_nd_top) - _nd_stat) * _nd_weeks),
)
_nd_tub, _nd_tub_days, _nd_pack, _nd_pack_n, _nd_per_day = dec("11.20"), 8, dec("8.40"), 42, 7
calc(
    "new_dad_on_paternity_leave",
    (
        f"baby budget q: a tub of formula is £{_m(_nd_tub)} and lasts {_nd_tub_days} days, "
        f"nappies are £{_m(_nd_pack)} for {_nd_pack_n} and she gets through {_nd_per_day} a "
        "day. what do formula plus nappies cost us per day?"
    ),
    _cents(_nd_tub / _nd_tub_days + _nd_pack / _nd_pack_n * _nd_per_day),
)

# a roadie on a European club tour
_rd_pd, _rd_days, _rd_spent, _rd_gone = 45, 19, dec("561.30"), 13
calc(
    "roadie_on_a_european_club_tour",
    (
        f"per diems on this run are €{_rd_pd} a day for {_rd_days} days. I've burned "
        f"through €{_m(_rd_spent)} in the first {_rd_gone} days. if I spread what's left "
        "evenly over the days remaining, how much can I spend a day?"
    ),
    _cents((_rd_pd * _rd_days - _rd_spent) / (_rd_days - _rd_gone)),
)
_rd_tees, _rd_tee, _rd_totes, _rd_tote, _rd_cut = 138, 25, 64, 12, 20
calc(
    "roadie_on_a_european_club_tour",
    (
        f"Merch count from tonight's gig: {_rd_tees} T-shirts at €{_rd_tee} and {_rd_totes} "
        f"tote bags at €{_rd_tote}. The venue keeps {_rd_cut}% of merch sales. What does the "
        "band walk away with?"
    ),
    _cents((_rd_tees * _rd_tee + _rd_totes * _rd_tote) * (1 - _pc(_rd_cut))),
)

# cousins flying out to a Delhi wedding
_dw_fare, _dw_toll, _dw_tip, _dw_n = 2350, 180, 10, 4
calc(
    "cousins_flying_out_to_a_delhi_wedding",
    (
        f"Four of us shared a taxi from the airport to the wedding hotel: fare ₹{_dw_fare:,}, "
        f"tolls ₹{_dw_toll}, and we tipped {_dw_tip}% of the fare. Split equally, how many "
        "rupees each?"
    ),
    _cents((_dw_fare + _dw_toll + _dw_fare * _pc(_dw_tip)) / _dw_n),
)

# a couple on a city break in Istanbul
_ist_pass, _ist_sites = 2750, (1250, 950, 780)
calc(
    "couple_on_a_city_break_in_istanbul",
    (
        f"Istanbul museum pass is {_ist_pass:,} lira a person. Buying separately, the three "
        f"places we want cost {_ist_sites[0]:,}, {_ist_sites[1]} and {_ist_sites[2]} lira each. "
        "How many lira do the two of us save altogether with passes?"
    ),
    2 * (sum(_ist_sites) - _ist_pass),
)

# a runner building up to a first half marathon
_hm_raised, _hm_ga_part, _hm_ga = 1265, 860, 25
calc(
    "runner_building_up_to_a_first_half_marathon",
    (
        f"My sponsorship page shows £{_m(_hm_raised)}, and £{_m(_hm_ga_part)} of that is "
        f"eligible for Gift Aid, which adds {_hm_ga}% to those donations. What's the charity's "
        "total?"
    ),
    _hm_raised + _hm_ga_part * _pc(_hm_ga),
)
_hm_kms = (18, dec("21.5"), 24, 19, dec("26.5"), 29)
calc(
    "runner_building_up_to_a_first_half_marathon",
    (
        "Weekly kilometres in my training log so far: "
        + ", ".join(_q(_cv) for _cv in _hm_kms)
        + ". What's my average week?"
    ),
    F(sum(_hm_kms)) / len(_hm_kms),
)

# a teen doing work experience at a vets
_wv_kg, _wv_mg_per_kg, _wv_tab, _wv_doses, _wv_days = 30, dec("0.5"), 5, 2, 7
calc(
    "teen_doing_work_experience_at_a_vets",
    (
        f"At my work experience the vet nurse set me a sum: a {_wv_kg} kg labrador needs "
        f"{_q(_wv_mg_per_kg)} mg per kg, {_wv_doses} doses a day for {_wv_days} days, using "
        f"{_wv_tab} mg tablets. How many tablets go in the bag?"
    ),
    F(_wv_kg * _wv_mg_per_kg, _wv_tab) * _wv_doses * _wv_days,
)

# an auntie organising a family reunion in Jamaica
_jm_night, _jm_nights, _jm_clean, _jm_adults = 1480, 9, 420, 12
calc(
    "auntie_organising_a_family_reunion_in_jamaica",
    (
        f"Reunion villa in Montego Bay: US${_m(_jm_night)} a night for {_jm_nights} nights "
        f"plus a ${_jm_clean} cleaning fee. The {_jm_adults} adults split it and the kids "
        "stay free. How many dollars per adult?"
    ),
    _cents(F(_jm_night * _jm_nights + _jm_clean, _jm_adults)),
)

# a student pilot logging flying hours
_sp_wet, _sp_inst, _sp_hours = 215, 38, dec("27.5")
calc(
    "student_pilot_logging_flying_hours",
    (
        f"The Cessna is £{_sp_wet} an hour wet and my instructor is £{_sp_inst} an hour on "
        f"top. I've logged {_q(_sp_hours)} hours of dual so far. What has that cost me?"
    ),
    _cents((_sp_wet + _sp_inst) * _sp_hours),
)
_sp_fee, _sp_full, _sp_tg = 18, 2, 7
calc(
    "student_pilot_logging_flying_hours",
    (
        f"Landing fee at our field is £{_sp_fee}, and touch-and-goes are charged at half that. "
        f"Circuit lesson: {_sp_full} full-stop landings and {_sp_tg} touch-and-goes. Fees in "
        "pounds?"
    ),
    _sp_full * _sp_fee + _sp_tg * F(_sp_fee, 2),
)

# a dad coaching an under-nines side
_u9_sponsor, _u9_shirt, _u9_players, _u9_gk, _u9_gk_n = 600, dec("17.50"), 16, 22, 2
calc(
    "dad_coaching_an_under_nines_side",
    (
        f"Our sponsor gave the under-9s £{_u9_sponsor}. Shirts are £{_m(_u9_shirt)} each for "
        f"{_u9_players} players plus {_u9_gk_n} goalie tops at £{_u9_gk}. How much is left "
        "for balls and bibs?"
    ),
    _cents(_u9_sponsor - _u9_shirt * _u9_players - _u9_gk * _u9_gk_n),
)

# a landlady of a guest house in Whitby
_wb_rate, _wb_nights, _wb_off, _wb_dog = 96, 4, 15, dec("12.50")
calc(
    "landlady_of_a_guest_house_in_whitby",
    (
        f"Sea-view room, {_wb_nights} nights at £{_wb_rate} a night, {_wb_off}% off the room "
        f"for stays of four nights or more, plus the dog at £{_m(_wb_dog)} a night (no "
        "discount on the dog). What do I put on their bill?"
    ),
    _cents(_wb_rate * _wb_nights * (1 - _pc(_wb_off)) + _wb_dog * _wb_nights),
)

# a teenager applying for a provisional licence
_pl_lic, _pl_theory, _pl_lessons, _pl_lesson, _pl_prac = 34, 23, 20, 38, 62
_pl_paid = _pl_lessons - _pl_lessons // 5
calc(
    "teenager_applying_for_a_provisional_licence",
    (
        f"Budgeting to pass: provisional licence £{_pl_lic}, theory test £{_pl_theory}, "
        f"{_pl_lessons} lessons at £{_pl_lesson} where every fifth lesson is free, and the "
        f"practical at £{_pl_prac}. What's the total?"
    ),
    _pl_lic + _pl_theory + _pl_paid * _pl_lesson + _pl_prac,
)

# a nephew volunteering at a school in Nepal
_np_target, _np_raised = 2800, dec("1935.50")
calc(
    "nephew_volunteering_at_a_school_in_nepal",
    (
        f"He's raised £{_m(_np_raised)} towards the £{_m(_np_target)} he needs for the school "
        "in Pokhara. What percentage of the target has he got so far?"
    ),
    _np_raised / _np_target * 100,
)

# a sixth former sitting mock exams
_sx_weights, _sx_marks = (40, 35, 25), (62, 71, 88)
calc(
    "sixth_former_sitting_mock_exams",
    (
        f"Mock grade maths: paper 1 counts {_sx_weights[0]}%, paper 2 {_sx_weights[1]}% and "
        f"the practical {_sx_weights[2]}%. I scored {_sx_marks[0]}, {_sx_marks[1]} and "
        f"{_sx_marks[2]} out of 100. What's my weighted percentage?"
    ),
    sum(_cw * _cm for _cw, _cm in zip(_sx_weights, _sx_marks, strict=True)) * F(1, 100),
)

# friends sharing a cottage for a fortieth
_ft_cottage, _ft_people, _ft_kitty = 1860, 9, 270
calc(
    "friends_sharing_a_cottage_for_a_fortieth",
    (
        f"Cottage for Jo's 40th is £{_m(_ft_cottage)}. There are {_ft_people} of us but Jo "
        f"doesn't pay for the cottage; the £{_ft_kitty} food kitty is split between all "
        f"{_ft_people}, Jo included. What does each of the others pay in total?"
    ),
    _cents(F(_ft_cottage, _ft_people - 1) + F(_ft_kitty, _ft_people)),
)

# a hiker on the Pacific Crest Trail
_pct_boxes, _pct_post, _pct_food = 11, dec("24.85"), dec("63.40")
calc(
    "hiker_on_the_pacific_crest_trail",
    (
        f"Resupply plan: {_pct_boxes} boxes mailed ahead to trail towns, postage "
        f"${_m(_pct_post)} a box and ${_m(_pct_food)} of food in each. Total dollars?"
    ),
    _cents(_pct_boxes * (_pct_post + _pct_food)),
)

# an engineering intern at a Munich car plant
_mu_rate, _mu_hours, _mu_ded = dec("24.50"), dec("37.5"), 28
calc(
    "engineering_intern_at_a_munich_car_plant",
    (
        f"Intern rate at the plant is €{_m(_mu_rate)} an hour, {_q(_mu_hours)} hours a week, "
        f"and tax plus social insurance take {_mu_ded}%. What lands in my account each week?"
    ),
    _cents(_mu_rate * _mu_hours * (1 - _pc(_mu_ded))),
)

# a mum doing the big weekly shop
_ws_deal_n, _ws_deal, _ws_single, _ws_need = 3, 5, dec("1.95"), 7
calc(
    "mum_doing_the_big_weekly_shop",
    (
        f"Yoghurt multipacks are {_ws_deal_n} for £{_ws_deal} or £{_m(_ws_single)} on their "
        f"own. I need {_ws_need} packs and I'll use the deal as many times as I can. What do "
        "I pay?"
    ),
    _cents(_ws_need // _ws_deal_n * _ws_deal + _ws_need % _ws_deal_n * _ws_single),
)
_ws_budget, _ws_bits = 85, (dec("23.40"), dec("17.85"), dec("9.99"), dec("31.25"))
calc(
    "mum_doing_the_big_weekly_shop",
    (
        f"Budget for the shop is £{_ws_budget}. Scanner says £"
        + ", £".join(_m(_cv) for _cv in _ws_bits)
        + " for the four bags. How much under budget am I?"
    ),
    _cents(_ws_budget - sum(_ws_bits)),
)

# a Grand Prix fan flying to Singapore
_gp_ticket, _gp_hotel, _gp_nights, _gp_transfer = 598, 410, 3, 36
calc(
    "grand_prix_fan_flying_to_singapore",
    (
        f"Grand Prix weekend sums, all in Singapore dollars: my grandstand ticket is "
        f"{_gp_ticket}, the hotel is {_gp_hotel} a night for {_gp_nights} nights and the "
        f"airport transfer {_gp_transfer}, with hotel and transfer halved with my mate. "
        "What's my share in S$?"
    ),
    _gp_ticket + F(_gp_hotel * _gp_nights + _gp_transfer, 2),
)

# a brother selling his old car privately
_cs_bought, _cs_tyres, _cs_mot, _cs_sold = 4200, 380, 145, 3650
calc(
    "brother_selling_his_old_car_privately",
    (
        f"Bought the Corsa for £{_m(_cs_bought)}, spent £{_cs_tyres} on tyres and £{_cs_mot} "
        f"on MOT repairs, and just sold it for £{_m(_cs_sold)}. How much down am I overall?"
    ),
    _cs_bought + _cs_tyres + _cs_mot - _cs_sold,
)

# a gran starting a sewing bee at church
_sb_per_m, _sb_each, _sb_strings = dec("11.60"), dec("0.35"), 24
calc(
    "gran_starting_a_sewing_bee_at_church",
    (
        f"For the church fete bunting, each string takes {_q(_sb_each)} m of fabric and "
        f"we're making {_sb_strings} strings. The fabric is £{_m(_sb_per_m)} a metre. What "
        "will the material cost?"
    ),
    _cents(_sb_per_m * _sb_each * _sb_strings),
)

# a sister on shifts at a call centre
_cc_rate, _cc_basic, _cc_wkend = dec("11.85"), 37, 8
calc(
    "sister_on_shifts_at_a_call_centre",
    (
        f"Payslip check: {_cc_basic} basic hours at £{_m(_cc_rate)}, plus {_cc_wkend} weekend "
        "hours paid at time and a third. Gross pay?"
    ),
    _cents(_cc_rate * _cc_basic + _cc_rate * F(4, 3) * _cc_wkend),
)

# a pensioner trying out a new bus pass
_bp_rider, _bp_per_week, _bp_weeks = dec("6.20"), 3, 13
calc(
    "pensioner_trying_out_a_new_bus_pass",
    (
        f"Before the free pass I bought a £{_m(_bp_rider)} day rider {_bp_per_week} times a "
        f"week. Over {_bp_weeks} weeks, how much does the pass save me?"
    ),
    _cents(_bp_rider * _bp_per_week * _bp_weeks),
)

# a shop worker on a zero-hours contract
_zh_hours, _zh_rate = (14, dec("22.5"), 9, 31), dec("12.60")
calc(
    "shop_worker_on_a_zero_hours_contract",
    (
        "Zero-hours life: over the last four weeks I did "
        + ", ".join(_q(h) for h in _zh_hours)
        + f" hours at £{_m(_zh_rate)} an hour. What did I earn in total?"
    ),
    _cents(sum(_zh_hours) * _zh_rate),
)

# a regular blood donor counting donations
_bd_booked, _bd_dna, _bd_deferred = 64, 9, 7
calc(
    "regular_blood_donor_counting_donations",
    (
        f"At my donor session {_bd_booked} people were booked in, {_bd_dna} didn't turn up "
        f"and {_bd_deferred} were turned away on the day. What percentage of bookings "
        "actually gave blood?"
    ),
    F(_bd_booked - _bd_dna - _bd_deferred, _bd_booked) * 100,
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


# metric prefixes and a few more exact definitions used by this set
CM = F(1, 100)  # m
MM = F(1, 1000)  # m
KM = 1000  # m
GRAM = F(1, 1000)  # kg
HECTARE = 10000  # m^2
NMI = 1852  # m, the international nautical mile
KNOT = F(NMI, 3600)  # m/s
HPA = 100  # Pa

assert KNOT * 3600 / KM == dec("1.852") and 6 * FT + 2 * IN == dec("1.8796")


def _u(family, query, value):
    """Exact grading when the value has at most three decimals, else 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# ------------------------------------------------------------------ plain unit questions
_u_km = 37
_u(P, f"Turn {_u_km} kilometres into miles.", _u_km * KM / MI)
_u_f = 68
_u(P, f"{_u_f} °F in Celsius?", f_to_c(_u_f))
_u_lb = dec("12.5")
_u(P, f"Convert {_q(_u_lb)} lb to kilograms.", _u_lb * LB)
_u_ft, _u_in = 5, 9
_u(P, f"someone who is {_u_ft} ft {_u_in} in — how tall in cm?", (_u_ft * FT + _u_in * IN) / CM)
_u_st, _u_stlb = 11, 4
_u(P, f"What's {_u_st} st {_u_stlb} lb in kg?", _u_st * STONE + _u_stlb * LB)
_u_m2 = 250
_u(P, f"{_u_m2} square metres expressed in square feet", _u_m2 / SQFT)
_u_psi = 45
_u(P, f"Change {_u_psi} psi into bar.", _u_psi * PSI / BAR)
_u_acres = dec("2.75")
_u(P, f"How big is a {_q(_u_acres)}-acre plot in m²?", _u_acres * ACRE)
_u_kmh = 100
_u(P, f"{_u_kmh} km/h is how many mph?", _u_kmh * KMH / MPH)
_u_m3 = dec("4.2")
_u(P, f"Please convert {_q(_u_m3)} cubic metres to cubic feet.", _u_m3 / CUFT)
_u_c = -18
_u(P, f"What is {_u_c} °C on the Fahrenheit scale?", c_to_f(_u_c))
_u_m = 800
_u(P, f"How many yards make {_u_m} metres?", _u_m / YD)
_u_gib = 12
_u(P, f"{_u_gib} GiB = how many MiB", _u_gib * GIB / MIB)
_u_ft2, _u_in2 = 6, 2
_u(P, f"Convert {_u_ft2} feet {_u_in2} inches to metres.", _u_ft2 * FT + _u_in2 * IN)

# --------------------------------------------------------------------- register unit questions
# a metal detectorist with a farm permission
_md_kg = dec("1.37")
_u(
    "metal_detectorist_with_a_farm_permission",
    (
        f"The whole hoard came to {_q(_md_kg)} kg on the finds officer's scales. My dad wants "
        "it in pounds. How many lb is that?"
    ),
    _md_kg / LB,
)
_md_acres = 23
_u(
    "metal_detectorist_with_a_farm_permission",
    f"The farmer's given us a {_md_acres}-acre stubble field. How many hectares is that?",
    _md_acres * ACRE / HECTARE,
)

# a new dad on paternity leave
_nd_lb, _nd_oz = 7, 11
_u(
    "new_dad_on_paternity_leave",
    (
        f"She arrived at {_nd_lb} lb {_nd_oz} oz! The hospital app wants her birth weight in "
        "grams. What do I type in?"
    ),
    (_nd_lb * LB + _nd_oz * OZ) / GRAM,
)
_nd_bath = 37
_u(
    "new_dad_on_paternity_leave",
    (
        f"Midwife said baby's bath water should be {_nd_bath} °C but our bath thermometer only "
        "shows Fahrenheit. What should it read?"
    ),
    c_to_f(_nd_bath),
)

# a roadie on a European club tour
_rd_stage = 12
_u(
    "roadie_on_a_european_club_tour",
    (
        f"Stage in Ghent is {_rd_stage} m wide and the American LD's rig plot is all in feet. "
        "How many feet wide is the stage?"
    ),
    _rd_stage / FT,
)
_rd_kmh = 80
_u(
    "roadie_on_a_european_club_tour",
    f"splitter van's limited to {_rd_kmh} km/h on the autobahn. what's that in mph",
    _rd_kmh * KMH / MPH,
)

# cousins flying out to a Delhi wedding
_dw_c = 41
_u(
    "cousins_flying_out_to_a_delhi_wedding",
    (
        f"Forecast for the mehndi in Delhi says {_dw_c} °C. Gran only understands Fahrenheit. "
        "What's that for her?"
    ),
    c_to_f(_dw_c),
)

# a couple on a city break in Istanbul
_ist_bridge = 1560
_u(
    "couple_on_a_city_break_in_istanbul",
    (
        f"The guidebook says the Bosphorus bridge we walked under is {_ist_bridge:,} m long. "
        "How long is that in miles?"
    ),
    _ist_bridge / MI,
)

# a runner building up to a first half marathon
_hm_long = dec("17.5")
_u(
    "runner_building_up_to_a_first_half_marathon",
    f"Sunday long run was {_q(_hm_long)} km. What's that in miles for my running club's log?",
    _hm_long * KM / MI,
)
_hm_belt = dec("12.4")
_u(
    "runner_building_up_to_a_first_half_marathon",
    f"The gym treadmill was set to {_q(_hm_belt)} km/h. Convert that speed to mph.",
    _hm_belt * KMH / MPH,
)

# a teen doing work experience at a vets
_wv_table = 150
_u(
    "teen_doing_work_experience_at_a_vets",
    (
        f"The big dog scales at the practice go up to {_wv_table} kg. How many stone is "
        "that, for the farmer who asked?"
    ),
    _wv_table / STONE,
)

# an auntie organising a family reunion in Jamaica
_jm_sea = 29
_u(
    "auntie_organising_a_family_reunion_in_jamaica",
    (
        f"Telling the family WhatsApp the sea at Negril is {_jm_sea} °C. Uncle Delroy wants "
        "Fahrenheit. What is it?"
    ),
    c_to_f(_jm_sea),
)

# a student pilot logging flying hours
_sp_kt = 105
_u(
    "student_pilot_logging_flying_hours",
    f"We cruise the PA-28 at {_sp_kt} knots. How many km/h is that?",
    _sp_kt * KNOT / KMH,
)
_sp_alt = 2500
_u(
    "student_pilot_logging_flying_hours",
    f"Circuit height is {_sp_alt:,} feet. What's that in metres?",
    _sp_alt * FT,
)

# a dad coaching an under-nines side
_u9_len, _u9_wid = 55, 37
_u(
    "dad_coaching_an_under_nines_side",
    (
        f"The league says our mini pitch is {_u9_len} yards by {_u9_wid} yards. What's its "
        "area in square metres?"
    ),
    _u9_len * _u9_wid * SQYD,
)

# a landlady of a guest house in Whitby
_wb_pier = 320
_u(
    "landlady_of_a_guest_house_in_whitby",
    (
        f"Guests keep asking how long the walk along the west pier is. The old sign says "
        f"{_wb_pier} yards. How many metres?"
    ),
    _wb_pier * YD,
)

# a teenager applying for a provisional licence
_pl_stop = 36
_u(
    "teenager_applying_for_a_provisional_licence",
    (
        f"Highway Code revision: a stopping distance of {_pl_stop} metres. My dad thinks in "
        "feet. How many feet is that?"
    ),
    _pl_stop / FT,
)

# a nephew volunteering at a school in Nepal
_np_camp = 5364
_u(
    "nephew_volunteering_at_a_school_in_nepal",
    (f"After the term he's trekking to base camp at {_np_camp:,} m. What's that height in feet?"),
    _np_camp / FT,
)

# a sixth former sitting mock exams
_sx_bar = dec("2.5")
_u(
    "sixth_former_sitting_mock_exams",
    f"Physics mock, question 4: convert a pressure of {_q(_sx_bar)} bar into psi.",
    _sx_bar * BAR / PSI,
)

# friends sharing a cottage for a fortieth
_ft_tub = dec("38.5")
_u(
    "friends_sharing_a_cottage_for_a_fortieth",
    (
        f"The cottage hot tub is set to {_q(_ft_tub)} °C. Our American friend asks what "
        "that is in °F."
    ),
    c_to_f(_ft_tub),
)

# a hiker on the Pacific Crest Trail
_pct_pack = 28
_u(
    "hiker_on_the_pacific_crest_trail",
    f"Base weight plus food comes to {_pct_pack} lb at the start. Kilograms?",
    _pct_pack * LB,
)

# an engineering intern at a Munich car plant
_mu_bar = 180
_u(
    "engineering_intern_at_a_munich_car_plant",
    (
        f"The hydraulic line on the press runs at {_mu_bar} bar and the US supplier's spec "
        "sheet is in psi. Convert it."
    ),
    _mu_bar * BAR / PSI,
)

# a mum doing the big weekly shop
_ws_p_per_kg = 95
_u(
    "mum_doing_the_big_weekly_shop",
    (
        f"Loose carrots are {_ws_p_per_kg}p per kg here; the market stall prices per lb. "
        "What's the supermarket price in pence per lb?"
    ),
    _ws_p_per_kg * LB,
)
_ws_butter = 500
_u(
    "mum_doing_the_big_weekly_shop",
    f"Nan's cake recipe is in ounces. How many ounces of butter is a {_ws_butter} g block?",
    _ws_butter * GRAM / OZ,
)

# a Grand Prix fan flying to Singapore
_gp_top = 330
_u(
    "grand_prix_fan_flying_to_singapore",
    f"Cars hit {_gp_top} km/h down the Raffles Boulevard straight. What's that in mph?",
    _gp_top * KMH / MPH,
)

# a brother selling his old car privately
_cs_bar = dec("2.3")
_u(
    "brother_selling_his_old_car_privately",
    (
        f"The buyer's gauge reads psi, but the door sticker says {_q(_cs_bar)} bar for the "
        "front tyres. What should his gauge show?"
    ),
    _cs_bar * BAR / PSI,
)

# a gran starting a sewing bee at church
_sb_width = 45
_u(
    "gran_starting_a_sewing_bee_at_church",
    (
        f"The old pattern wants fabric {_sb_width} inches wide but the shop measures in "
        "centimetres. How many cm?"
    ),
    _sb_width * IN / CM,
)

# a sister on shifts at a call centre
_cc_mib = 3584
_u(
    "sister_on_shifts_at_a_call_centre",
    f"My call recordings folder is {_cc_mib:,} MiB. How many GiB is that?",
    _cc_mib * MIB / GIB,
)

# a pensioner trying out a new bus pass
_bp_miles = 23
_u(
    "pensioner_trying_out_a_new_bus_pass",
    (
        f"The number 36 runs {_bp_miles} miles from Ripon to Leeds. How many kilometres is my "
        "free ride?"
    ),
    _bp_miles * MI / KM,
)

# a shop worker on a zero-hours contract
_zh_l, _zh_w = 18, 12
_u(
    "shop_worker_on_a_zero_hours_contract",
    (
        f"Manager wants the stockroom floor area in square metres for the new racking. It's "
        f"{_zh_l} ft by {_zh_w} ft."
    ),
    _zh_l * _zh_w * SQFT,
)

# a regular blood donor counting donations
_bd_min = 50
_u(
    "regular_blood_donor_counting_donations",
    f"You have to weigh at least {_bd_min} kg to give blood. What's that in stone?",
    _bd_min / STONE,
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

# time zones come from the IANA rules (zoneinfo, loaded through importlib so that the set-up above
# stays as it was); every wall-clock time used must exist and be unambiguous
_ZONEINFO = importlib.import_module("zoneinfo")
_UTC = dt.UTC


def _wall(y, mo, d, h, mi, zone):
    """An aware wall-clock time in zone, asserted to exist and to be unambiguous."""
    z = _ZONEINFO.ZoneInfo(zone)
    t = DT(y, mo, d, h, mi, tzinfo=z)
    assert t.utcoffset() == t.replace(fold=1).utcoffset(), (t, zone)  # not a repeated hour
    back = t.astimezone(_UTC).astimezone(z)
    assert back.replace(tzinfo=None) == t.replace(tzinfo=None), (t, zone)  # not a skipped hour
    return t


def _elapsed_hours(a, b):
    """Real time from a to b, in hours (both converted to UTC first)."""
    s = (b.astimezone(_UTC) - a.astimezone(_UTC)).total_seconds()
    return F(int(s), 3600)


def _ahead(zone, other, y, mo, d):
    """How many hours zone is ahead of other at noon UTC on a date."""
    t = DT(y, mo, d, 12, 0, tzinfo=_UTC)
    a = t.astimezone(_ZONEINFO.ZoneInfo(zone)).utcoffset()
    b = t.astimezone(_ZONEINFO.ZoneInfo(other)).utcoffset()
    return F(int((a - b).total_seconds()), 3600)


def _count_wd_138(a, b, wd):
    """How many days from a to b, both included, fall on weekday wd."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() == wd)


def _workdays_138(a, b, holidays=()):
    """Monday-to-Friday days from a to b, both included, skipping the stated holidays."""
    return sum(
        1
        for k in range(days(a, b) + 1)
        if (a + TD(days=k)).weekday() < SAT and a + TD(days=k) not in holidays
    )


def _hm(minutes):
    """Minutes as a logbook entry, e.g. 1:05."""
    return f"{minutes // 60}:{minutes % 60:02d}"


# the offsets these questions rely on, pinned
_LON = "Europe/London"
assert _ahead(_LON, "Etc/UTC", 2027, 3, 27) == 0 and _ahead(_LON, "Etc/UTC", 2027, 3, 29) == 1
assert _ahead(_LON, "Etc/UTC", 2027, 10, 30) == 1 and _ahead(_LON, "Etc/UTC", 2027, 11, 1) == 0
assert _ahead("Europe/Berlin", "Etc/UTC", 2027, 10, 30) == 2
assert _ahead("Europe/Amsterdam", "Etc/UTC", 2027, 10, 31) == 1
assert _ahead(_LON, "America/Los_Angeles", 2027, 11, 5) == 7  # US clocks change on 7 November
assert _ahead(_LON, "America/Los_Angeles", 2027, 11, 8) == 8
assert _ahead("Europe/Istanbul", _LON, 2027, 11, 2) == 3
assert _ahead("Europe/Istanbul", _LON, 2027, 7, 2) == 2
assert _ahead("Asia/Kathmandu", _LON, 2027, 7, 15) == F(19, 4)
assert _ahead("Asia/Kolkata", _LON, 2027, 11, 10) == F(11, 2)
assert _ahead("America/Jamaica", _LON, 2027, 8, 6) == -6
assert _ahead("Asia/Singapore", _LON, 2027, 10, 1) == 7
assert _ahead("Europe/Helsinki", "Europe/Lisbon", 2027, 7, 13) == 2

# ----------------------------------------------------------------- plain date and time questions
_d_a = D(2031, 1, 1)
date_item(P, f"What day of the week will {say(_d_a)} be?", weekday(_d_a))
_d_b1, _d_b2 = D(2027, 3, 3), D(2027, 11, 19)
date_item(P, f"Number of days from {say(_d_b1)} to {say(_d_b2)}?", days(_d_b1, _d_b2))
_d_c, _d_cn = D(2027, 5, 12), 100
date_item(P, f"Which date comes {_d_cn} days after {say(_d_c)}?", _d_c + TD(days=_d_cn))
date_item(
    P, "On what date does the third Thursday of November 2027 fall?", nth_weekday(2027, 11, THU, 3)
)
_d_w1, _d_w2 = D(2027, 4, 5), D(2027, 9, 27)
date_item(P, f"how many weeks is it from {sayw(_d_w1)} to {sayw(_d_w2)}", weeks(_d_w1, _d_w2))
_d_e, _d_en = D(2027, 10, 1), 90
date_item(P, f"Go back {_d_en} days from {say(_d_e)}. What's the date?", _d_e - TD(days=_d_en))
_d_f = D(2027, 9, 15)
date_item(
    P,
    f"If 1 January 2027 is day 1, what day number is {say(_d_f)}?",
    days(D(2027, 1, 1), _d_f) + 1,
)
date_item(P, "Give me the date of the final Friday in August 2027.", nth_weekday(2027, 8, FRI, -1))
date_item(
    P,
    "Count the Tuesdays in August 2027 for me.",
    _count_wd_138(D(2027, 8, 1), D(2027, 8, 31), TUE),
)
_d_born, _d_on = D(1994, 8, 30), D(2027, 9, 1)
date_item(P, f"Born on {say(_d_born)}: how old on {say(_d_on)}?", age(_d_born, _d_on))
_d_g = D(1999, 12, 25)
date_item(P, f"{say(_d_g)} was which weekday?", weekday(_d_g))
date_item(P, "How many minutes is it from 07:35 to 16:10?", clock_span("07:35", "16:10", 60))
_d_h, _d_hw = D(2027, 9, 17), 6
date_item(P, f"What's the date {_d_hw} weeks on from {sayw(_d_h)}?", _d_h + TD(weeks=_d_hw))
date_item(
    P,
    "On 5 November 2027, how many hours ahead of Los Angeles is London?",
    _ahead(_LON, "America/Los_Angeles", 2027, 11, 5),
)

# --------------------------------------------------------------- register date and time questions
# a metal detectorist with a farm permission
_md_from, _md_to = D(2027, 3, 14), D(2027, 9, 30)
date_item(
    "metal_detectorist_with_a_farm_permission",
    (
        f"My signed permission covers {say(_md_from)} to {say(_md_to)}, first and last days "
        "included. How many days of detecting does that give me?"
    ),
    days(_md_from, _md_to) + 1,
)
_md_found, _md_limit = D(2027, 8, 9), 14
date_item(
    "metal_detectorist_with_a_farm_permission",
    (
        f"Found what might be treasure on {say(_md_found)}, and the finds officer wants it "
        f"reported {_md_limit} days after that at the latest. Which date is my deadline?"
    ),
    _md_found + TD(days=_md_limit),
)

# a new dad on paternity leave
_nd_born, _nd_check = D(2027, 4, 18), 6
date_item(
    "new_dad_on_paternity_leave",
    (
        f"Our girl was born on {sayw(_nd_born)}. The GP's check is on the day she's exactly "
        f"{_nd_check} weeks old. What date is that?"
    ),
    _nd_born + TD(weeks=_nd_check),
)
_nd_fed, _nd_woke = "23:40", "03:15"
date_item(
    "new_dad_on_paternity_leave",
    (
        f"Night log: fed her at {_nd_fed}, she slept until {_nd_woke}. How many minutes is that "
        "stretch?"
    ),
    clock_span(_nd_fed, _nd_woke, 60),
)

# a roadie on a European club tour
_rd_out = _wall(2027, 7, 13, 1, 30, "Europe/Lisbon")
_rd_doors = _wall(2027, 7, 13, 19, 0, "Europe/Helsinki")
date_item(
    "roadie_on_a_european_club_tour",
    (
        "Load-out in Lisbon wraps at 01:30 local on 13 July 2027 and doors in Helsinki are "
        "19:00 Helsinki time the same day. How many hours have we got to get there?"
    ),
    _elapsed_hours(_rd_out, _rd_doors),
)
_rd_leave = _wall(2027, 10, 30, 23, 0, "Europe/Berlin")
_rd_arrive = _wall(2027, 10, 31, 7, 0, "Europe/Amsterdam")
date_item(
    "roadie_on_a_european_club_tour",
    (
        f"The night liner left Berlin at 23:00 on {sayw(_rd_leave.date())} and pulled up at "
        f"the Amsterdam venue at 07:00 local on {sayw(_rd_arrive.date())}. How many hours "
        "was the drive?"
    ),
    _elapsed_hours(_rd_leave, _rd_arrive),
)

# cousins flying out to a Delhi wedding
_dw_dep = _wall(2027, 11, 10, 21, 5, _LON)
_dw_arr = _wall(2027, 11, 11, 10, 35, "Asia/Kolkata")
date_item(
    "cousins_flying_out_to_a_delhi_wedding",
    (
        f"Our flight leaves Heathrow at 21:05 on {sayw(_dw_dep.date())} and lands in Delhi at "
        "10:35 local time the next morning. How long is the flight in hours?"
    ),
    _elapsed_hours(_dw_dep, _dw_arr),
)

# a couple on a city break in Istanbul
_ist_day = D(2027, 11, 2)
date_item(
    "couple_on_a_city_break_in_istanbul",
    (
        f"We land in Istanbul on {say(_ist_day)}. By how many hours do we put our watches "
        "forward from UK time?"
    ),
    _ahead("Europe/Istanbul", _LON, _ist_day.year, _ist_day.month, _ist_day.day),
)

# a runner building up to a first half marathon
_hm_race, _hm_plan = D(2027, 10, 10), 16
date_item(
    "runner_building_up_to_a_first_half_marathon",
    (
        f"My half is on {sayw(_hm_race)} and the plan is {_hm_plan} weeks long, starting "
        f"exactly {_hm_plan} weeks before race day. When do I start?"
    ),
    _hm_race - TD(weeks=_hm_plan),
)
date_item(
    "runner_building_up_to_a_first_half_marathon",
    "Our club's 10k time trial is on the last Wednesday of June 2027. What date is that?",
    nth_weekday(2027, 6, WED, -1),
)

# a teen doing work experience at a vets
_wv_a, _wv_b = D(2027, 7, 5), D(2027, 7, 16)
date_item(
    "teen_doing_work_experience_at_a_vets",
    (
        f"Work experience at the vets is weekdays only, {sayw(_wv_a)} to {sayw(_wv_b)}. How "
        "many days will I actually be in?"
    ),
    _workdays_138(_wv_a, _wv_b),
)

# an auntie organising a family reunion in Jamaica
_jm_dep = _wall(2027, 8, 6, 10, 20, _LON)
_jm_arr = _wall(2027, 8, 6, 14, 50, "America/Jamaica")
date_item(
    "auntie_organising_a_family_reunion_in_jamaica",
    (
        f"Gatwick to Montego Bay on {say(_jm_dep.date())}: takes off 10:20 UK time, lands "
        "14:50 Jamaica time. How many hours in the air?"
    ),
    _elapsed_hours(_jm_dep, _jm_arr),
)

# a student pilot logging flying hours
_sp_log = (75, 50, 95, 45, 65)
date_item(
    "student_pilot_logging_flying_hours",
    (
        "Logbook entries for my last five lessons: "
        + ", ".join(_hm(_dv) for _dv in _sp_log)
        + " (hours:minutes). Total flying time in hours?"
    ),
    F(sum(_sp_log), 60),
)
_sp_sunset, _sp_margin, _sp_off = "19:08", 30, "16:52"
date_item(
    "student_pilot_logging_flying_hours",
    (
        f"Sunset on 21 September 2027 is {_sp_sunset} and I have to be down {_sp_margin} "
        f"minutes before it. Taking off at {_sp_off}, how many minutes can I fly?"
    ),
    clock_span(_sp_off, _sp_sunset, 60) - _sp_margin,
)

# a dad coaching an under-nines side
_u9_first, _u9_last, _u9_off = D(2027, 9, 4), D(2027, 11, 27), D(2027, 10, 23)
assert _u9_off.weekday() == SAT
date_item(
    "dad_coaching_an_under_nines_side",
    (
        f"We play every Saturday from {say(_u9_first)} to {say(_u9_last)} inclusive, except "
        f"{say(_u9_off)} for half term. How many match days is that?"
    ),
    _count_wd_138(_u9_first, _u9_last, SAT) - 1,
)

# a landlady of a guest house in Whitby
_wb_in, _wb_n = D(2027, 7, 22), 5
date_item(
    "landlady_of_a_guest_house_in_whitby",
    (
        f"The Hendersons arrive on {say(_wb_in)} for {_wb_n} nights. What day of the week do "
        "they check out?"
    ),
    weekday(_wb_in + TD(days=_wb_n)),
)

# a teenager applying for a provisional licence
_pl_born = D(2010, 5, 19)
date_item(
    "teenager_applying_for_a_provisional_licence",
    f"I was born on {say(_pl_born)}. What weekday is my 17th birthday?",
    weekday(D(_pl_born.year + 17, _pl_born.month, _pl_born.day)),
)

# a nephew volunteering at a school in Nepal
date_item(
    "nephew_volunteering_at_a_school_in_nepal",
    (
        "He wants to video call on 15 July 2027. How many hours ahead of the UK is Kathmandu "
        "then? (decimal hours please)"
    ),
    _ahead("Asia/Kathmandu", _LON, 2027, 7, 15),
)

# a sixth former sitting mock exams
_sx_end, _sx_first = D(2027, 12, 20), D(2028, 1, 10)
date_item(
    "sixth_former_sitting_mock_exams",
    (
        f"Term ends {sayw(_sx_end)} and my first mock is {sayw(_sx_first)}. How many days are "
        "there in between, not counting either of those two?"
    ),
    days(_sx_end, _sx_first) - 1,
)

# friends sharing a cottage for a fortieth
_ft_born = D(1987, 8, 14)
date_item(
    "friends_sharing_a_cottage_for_a_fortieth",
    f"Jo was born on {say(_ft_born)}. Which day of the week was that? Want it for the quiz.",
    weekday(_ft_born),
)

# a hiker on the Pacific Crest Trail
_pct_start, _pct_end = D(2027, 4, 20), D(2027, 9, 22)
date_item(
    "hiker_on_the_pacific_crest_trail",
    (
        f"If I leave the Mexican border on {say(_pct_start)} and reach Canada on "
        f"{say(_pct_end)}, how many days is that counting both the first and the last day?"
    ),
    days(_pct_start, _pct_end) + 1,
)

# an engineering intern at a Munich car plant
_mu_a, _mu_b, _mu_hol = D(2027, 10, 25), D(2027, 11, 5), D(2027, 11, 1)
date_item(
    "engineering_intern_at_a_munich_car_plant",
    (
        f"Timesheet for {sayw(_mu_a)} to {sayw(_mu_b)}: Monday to Friday, but "
        f"{sayw(_mu_hol)} is All Saints' Day and a holiday in Bavaria. How many working days?"
    ),
    _workdays_138(_mu_a, _mu_b, {_mu_hol}),
)

# a mum doing the big weekly shop
_ws_first, _ws_gap, _ws_nth = D(2027, 5, 4), 9, 6
date_item(
    "mum_doing_the_big_weekly_shop",
    (
        f"The delivery subscription brings a slot every {_ws_gap} days, starting "
        f"{sayw(_ws_first)}. What date is the {_ws_nth}th delivery?"
    ),
    _ws_first + TD(days=_ws_gap * (_ws_nth - 1)),
)
_ws_froze, _ws_keep = D(2027, 4, 19), 90
date_item(
    "mum_doing_the_big_weekly_shop",
    f"I froze the mince on {say(_ws_froze)}. What's the date {_ws_keep} days after that?",
    _ws_froze + TD(days=_ws_keep),
)

# a Grand Prix fan flying to Singapore
_gp_dep, _gp_flight = _wall(2027, 10, 1, 9, 0, _LON), TD(hours=13, minutes=10)
_gp_land = (_gp_dep.astimezone(_UTC) + _gp_flight).astimezone(_ZONEINFO.ZoneInfo("Asia/Singapore"))
assert _gp_land.date() != (_gp_dep + _gp_flight).date()  # the naive sum gives the wrong day
date_item(
    "grand_prix_fan_flying_to_singapore",
    (
        f"Leaving Heathrow at 09:00 on {sayw(_gp_dep.date())}, the flight to Singapore is 13 "
        "hours 10 minutes. What date will it be in Singapore when I land?"
    ),
    _gp_land.date(),
)

# a brother selling his old car privately
_cs_sold_on, _cs_mot_end = D(2027, 9, 24), D(2028, 3, 11)
date_item(
    "brother_selling_his_old_car_privately",
    (
        f"Sold it on {say(_cs_sold_on)} and the MOT runs out on {say(_cs_mot_end)}. How many "
        "days of MOT is the buyer getting?"
    ),
    days(_cs_sold_on, _cs_mot_end),
)

# a gran starting a sewing bee at church
_sb_first, _sb_nth = D(2027, 5, 5), 10
date_item(
    "gran_starting_a_sewing_bee_at_church",
    (
        f"Our sewing bee meets every other Wednesday, the first one on {sayw(_sb_first)}. "
        f"What's the date of meeting number {_sb_nth}?"
    ),
    _sb_first + TD(weeks=2 * (_sb_nth - 1)),
)

# a sister on shifts at a call centre
_cc_in = _wall(2027, 3, 27, 21, 0, _LON)
_cc_out = _wall(2027, 3, 28, 7, 0, _LON)
date_item(
    "sister_on_shifts_at_a_call_centre",
    (
        f"Her night shift in Leeds ran from 21:00 on {sayw(_cc_in.date())} to 07:00 on "
        f"{sayw(_cc_out.date())}. How many hours did she actually work?"
    ),
    _elapsed_hours(_cc_in, _cc_out),
)

# a pensioner trying out a new bus pass
_bp_dep, _bp_arr = "09:47", "11:23"
date_item(
    "pensioner_trying_out_a_new_bus_pass",
    f"The bus left Ripon at {_bp_dep} and got into Leeds at {_bp_arr}. How many minutes?",
    clock_span(_bp_dep, _bp_arr, 60),
)

# a shop worker on a zero-hours contract
_zh_start, _zh_end, _zh_break = "16:45", "23:15", 30
date_item(
    "shop_worker_on_a_zero_hours_contract",
    (
        f"Rota says {_zh_start} to {_zh_end} with a {_zh_break}-minute unpaid break. How many "
        "paid hours is that?"
    ),
    clock_span(_zh_start, _zh_end, 60 * 60) - F(_zh_break, 60),
)

# a regular blood donor counting donations
_bd_last, _bd_gap = D(2027, 3, 9), 12
date_item(
    "regular_blood_donor_counting_donations",
    (
        f"Men have to wait {_bd_gap} weeks between whole blood donations. I last gave on "
        f"{sayw(_bd_last)}. What's the earliest date I can book?"
    ),
    _bd_last + TD(weeks=_bd_gap),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ----------------------------------------------------------------- ordinary negatives (gab-)
_GAB = {
    "gab-aztec-and-songhai-history": (
        "Why did the Aztecs build their capital in the middle of a lake?",
        "What let Songhai's rulers tax and police the salt and gold caravans crossing the Sahara?",
        "What made Tenochtitlan fall so quickly to Cortés and his Tlaxcalan allies?",
        "Was Mansa Musa's pilgrimage to Mecca really as lavish as the stories say?",
        "Why did Songhai fall apart after the Moroccan army won at Tondibi?",
        "How did the floating chinampa gardens feed such a big Aztec population?",
        "How did Timbuktu turn into a centre of learning and manuscripts?",
        "What did human sacrifice actually mean to the Aztecs themselves?",
        "Did the Aztec Triple Alliance rule conquered towns the way Rome ran its provinces?",
        "What happened to the Aztec nobility and their families after the conquest?",
    ),
    "gab-puffin-and-badger-habits": (
        "Why do puffins come back to exactly the same burrow each spring?",
        "How do badgers decide where to dig a brand new sett?",
        "Do puffins really pair up for life, or is that a nice myth?",
        "Why do badgers drag armfuls of grass and bracken down into the sett?",
        "How does a puffin manage to hold a whole row of sand eels in its beak?",
        "Are badger clans territorial with the clan in the next wood?",
        "Where do puffins go once they leave the cliffs at the end of summer?",
        "Why do badgers dig latrine pits along the edges of their patch?",
        "Why do puffin beaks lose their bright colours after the breeding season?",
        "Is it true badgers rip open wasp nests, and how do they put up with the stings?",
    ),
    "gab-typescript-and-makefile-help": (
        "Write a TypeScript type guard for 'non-empty array of strings' on an unknown value.",
        "My Makefile keeps failing with 'missing separator'. What usually causes that?",
        "How do I write a make target that only rebuilds when a .ts file under src/ changes?",
        "In TypeScript, when would you choose an interface over a type alias?",
        "Can you write a generic debounce function in TypeScript that keeps the argument types?",
        "Why does tsc still say 'Object is possibly undefined' after my if check?",
        "Show me a Makefile with phony test, lint and clean targets for a Node project.",
        "How do I get an exhaustiveness check on a discriminated union in a TypeScript switch?",
        "What do $@ and $< stand for inside a Makefile rule?",
        (
            "Rewrite this as async/await in TypeScript: fs.readFile(p, (err, data) => "
            "{ if (err) throw err; console.log(data.toString()); })"
        ),
    ),
    "gab-ska-and-madrigal-verdicts": (
        "Is two-tone ska better than the original Jamaican ska, or just different?",
        "Which madrigal composer is the most rewarding for an amateur group to sing?",
        "Honestly, was the nineties ska revival any good?",
        "Are English madrigals just knock-offs of the Italian ones?",
        "Which Specials album should a newcomer start with?",
        "Gesualdo: misunderstood genius or just strange?",
        "Did ska punk do lasting damage to ska's reputation?",
        "Do madrigals work better with one singer per part or a small choir?",
        "What's the most underrated ska single ever released?",
        "Is Monteverdi's fourth book of madrigals more interesting than his fifth?",
    ),
    "gab-sea-fog-and-volcanic-lightning-science": (
        "Why does sea fog roll in on a hot sunny afternoon?",
        "What causes the lightning you see inside volcanic ash clouds?",
        "Why does the haar hang around the east coast of Scotland so much?",
        "How does fog pool in valleys on a clear, still night?",
        "Can volcanic lightning happen in small eruptions, or only in huge ones?",
        "Why does morning fog usually burn off before lunch?",
        "What makes freezing fog coat trees in that white fur?",
        "How do scientists tell volcanic lightning from ordinary thunderstorm lightning?",
        "Why is San Francisco so foggy in the summer?",
        "Does fog really make sound carry further, and if so why?",
    ),
    "gab-christening-and-noisy-neighbour-tact": (
        "My brother asked our cousin to be godparent instead of me. Should I say I'm hurt?",
        "How do I tell the new neighbours their dog barks all day without starting a feud?",
        "We weren't invited to my niece's christening and saw the photos online. What do I do?",
        "The neighbours party every Friday till 2am. Is a note through the door too passive?",
        "How can I turn down being a godparent when I'm not religious, without offending?",
        "Upstairs walks around in heels on bare floorboards late at night. How do I raise it?",
        "Is it rude to bring my partner to a christening when the invite only named me?",
        "Next door's teenager practises drums early on Saturdays. How should I approach it?",
        "My sister wants a big christening do and asked us to chip in. How do I say no?",
        "How do I apologise to the neighbour after I lost my temper about their music?",
    ),
    "gab-compost-heap-and-pickled-onion-hunches": (
        "My compost heap smells of ammonia. What have I got wrong?",
        "Why did my pickled onions go soft after only a fortnight?",
        "Is it really worth turning a compost heap, or can I just leave it be?",
        "Malt vinegar or spirit vinegar for properly crunchy pickled onions?",
        "My compost bin is full of tiny flies. Is that a problem?",
        "Some of my pickled onions have turned a bit blue. Are they still safe to eat?",
        "Can citrus peel and onion skins go in a wormery?",
        "Does salting the onions overnight before pickling really make a difference?",
        "Why is my compost still full of whole leaves after so long?",
        "Which spices make the best pickled onions to give away at Christmas?",
    ),
    "gab-audiobook-and-board-game-picks": (
        "Suggest an audiobook for a long drive that my teenage son and I would both enjoy.",
        "What's a good two-player board game for a couple who hate direct conflict?",
        "Which audiobook narrators have a calm voice for falling asleep to?",
        "Recommend a co-operative board game for a family with kids of eight and eleven.",
        "Any gripping non-fiction audiobooks about mountaineering?",
        "What board game would you take to a party of people who never play board games?",
        "Is there an audiobook of Dickens that isn't too long-winded to get through?",
        "I loved Wingspan. What should I try next?",
        "Which audiobook series works well in short chunks on an evening dog walk?",
        "Suggest a short, funny audiobook for a grandad who loves Wodehouse.",
    ),
    "gab-best-man-speech-and-complaint-letter-drafting": (
        "Write an opening line for a best man speech about a groom who is always late.",
        "Help me draft a polite but firm complaint about a kitchen fitting that's overrun.",
        "Give me three jokes for a best man speech that won't upset the grandparents.",
        "Draft an email to the council about a pothole that split my tyre.",
        "How should I finish a best man speech so the toast really lands?",
        "Write to a hotel about a noisy room and ask for part of the money back.",
        (
            "Turn these notes into a warm paragraph for my speech: school mates, a camping "
            "disaster in Wales, and he met his wife at a pub quiz."
        ),
        "Draft a note to a restaurant praising one waiter while complaining about the food.",
        "What should a best man never, ever say in a speech?",
        "Help me write an appeal against a parking charge from a supermarket car park.",
    ),
    "gab-lifeboat-and-lottery-puzzles": (
        "If a lifeboat can only carry eight of the ten people, what's the fairest way to choose?",
        "Is it wrong to keep a winning lottery ticket you found on the pavement?",
        "Would you save one person you know or five strangers, and why?",
        "If a syndicate member forgot to pay in the week you won, do they deserve a share?",
        "Is drawing lots a fair way to decide a sacrifice, or does it just hide the choice?",
        "Do big lottery winners have a moral duty to give some of it away?",
        "In the lifeboat dilemma, should it matter who was doing the rowing?",
        "Is buying a lottery ticket irrational if you genuinely enjoy the daydream?",
        "Is a lottery a fair way to hand out a scarce treatment, rather than going by need?",
        "If you could secretly rig a raffle so a poorly child wins, should you?",
    ),
}
for _fam, _qs in _GAB.items():
    assert len(_qs) == 10, _fam
    for _text in _qs:
        neg(_fam, _text)

# ----------------------------------------------------------------------- near-negatives (near-)
_NEAR = {
    "near-live-prices-and-rates": (
        "live prices and rates: no figures given, the model must say it cannot know them",
        (
            "What's unleaded going for at the Tesco in Harrogate at the moment?",
            "How many euros would £500 get me at the current rate?",
            "What's a gram of gold worth in pounds right now?",
            "What's Bitcoin trading at this minute?",
            "How much is an off-peak return from York to London if I go on Friday?",
        ),
    ),
    "near-open-or-running-at-the-moment": (
        "live status of a service: needs live data the model does not have",
        (
            "Is the 17:42 from Leeds to Harrogate running on time?",
            "Is the tip at Thorp Arch open on the bank holiday Monday?",
            "Are there any hold-ups on the M62 eastbound at the moment?",
            "Is the Boots in Ripon town centre still open at this hour?",
            "Has the flying display at the Scarborough air show been called off?",
        ),
    ),
    "near-ballpark-with-no-figures": (
        "an estimate with no figures to compute from: needs assumptions and judgement",
        (
            "Roughly how many piano tuners work in Manchester?",
            "How much paint will I need to do the outside of my house?",
            "About how long would it take to walk the whole length of Wales?",
            "Ballpark, how many golf balls would fit inside a double-decker bus?",
            "What would a loft conversion cost me?",
        ),
    ),
    "near-why-the-arithmetic-rule-works": (
        "asks why a rule of arithmetic holds: an explanation, not a sum",
        (
            "Why do you flip the second fraction when you divide by it?",
            "Why does any number to the power of zero come out as one?",
            "Explain why the digit-sum test for dividing by 9 isn't just a coincidence.",
            "Why does my lad's calculator say error when he divides by zero? How do I explain it?",
            "Why does a minus times a minus make a plus?",
        ),
    ),
    "near-sum-missing-its-key-figure": (
        "a sum that cannot be done: the key figure is missing, so the model must ask",
        (
            "Dinner came to £84 and we're splitting it evenly. How much each?",
            "My pay just went up by 4%. What's my new salary?",
            "How much VAT should be on the plasterer's invoice?",
            "The recipe serves four. How much flour do I need for the party?",
            "I've put £40 a week away since I started saving. What have I got now?",
        ),
    ),
    "near-is-the-deal-worth-it": (
        "figures are given but the question is a judgement about value",
        (
            "Is a £9.99 a week gym membership worth it if I only go twice a week?",
            "Should I pay £350 for an extended warranty on a £900 washing machine?",
            "Is £25 extra for priority boarding worth it with two small kids?",
            "Worth switching energy supplier to save £60 with a £30 exit fee if I might move?",
            "Does a £1,200 e-bike make sense instead of my £3.40 bus fare to work?",
        ),
    ),
    "near-what-a-reading-means": (
        "a measured value with a question about what it means: needs judgement or advice",
        (
            "My resting heart rate is 48. Should I be worried?",
            "The chemist's machine said 142 over 91. Is that bad?",
            "The boiler pressure gauge shows 0.6 bar. Is that why the radiators are cold?",
            "My soil test came back at pH 7.8. What will grow well in it?",
            "My baby's temperature is 38.2 °C. Do I need to ring someone?",
        ),
    ),
    "near-when-did-it-happen": (
        "a date of a past event: factual recall, not date arithmetic",
        (
            "When did the Humber Bridge open?",
            "What date did decimal money start in Britain?",
            "When did the first Glastonbury festival take place, and who played?",
            "When could women first cast a vote in a British general election?",
            "On what date did Eurostar trains start carrying passengers through the tunnel?",
        ),
    ),
    "near-code-for-a-sum-or-date": (
        "asks for code that does arithmetic or dates: writing code needs the model",
        (
            "Write a Python function that adds 20% VAT to a price and rounds to the penny.",
            "Give me a spreadsheet formula that works out someone's age from their birth date.",
            "Could you write a JavaScript countdown of the days left until our shop's sale?",
            "Write an SQL query that totals each customer's orders per quarter.",
            "Write a bash one-liner to turn a CSV column of Fahrenheit readings into Celsius.",
        ),
    ),
    "near-why-clock-and-calendar-customs": (
        "why a clock or calendar custom exists: history and explanation",
        (
            "Why do the clocks in Britain go forward in spring at all?",
            "Why are there seven days in a week?",
            "How did February end up as the short one with just 28 days?",
            "Why do we call midnight 12 a.m. rather than zero o'clock?",
            "Why does the UK tax period start on 6 April of all days?",
        ),
    ),
    "near-kitchen-and-garden-calls-with-numbers": (
        "numbers are given but the question is a kitchen or garden judgement",
        (
            "My dough has been proving at 24 °C for 3 hours and sagged a bit. Over-proofed?",
            "It's forecast 2 °C overnight. Should my three pelargoniums come indoors?",
            "The chicken reads 74 °C in the thickest bit but the juices look pink. Safe?",
            "I planted garlic 10 cm deep. Is that too deep for it to come through?",
            "My jam hit 104 °C but still won't wrinkle on the cold saucer. What now?",
        ),
    ),
    "near-date-question-missing-its-anchor": (
        "date arithmetic with no anchor date given: the model must ask for it",
        (
            "How many days is it until my birthday?",
            "What date is 12 weeks after my operation?",
            "How long ago did we move into this house?",
            "Which day of the week will our wedding anniversary land on?",
            "When's the 40-day mark from when I started the course?",
        ),
    ),
    "near-distance-needing-a-map": (
        "a distance between places: needs map knowledge, not a conversion",
        (
            "How far is Whitby from Robin Hood's Bay along the coast path?",
            "How many miles is the drive from Ripon to Kendal?",
            "How long is the walk from King's Cross to the British Museum?",
            "What's the distance from Lisbon to Porto by train?",
            "How far is the nearest beach from Harrogate?",
        ),
    ),
}
for _fam, (_note, _qs) in _NEAR.items():
    assert len(_qs) == 5, _fam
    for _text in _qs:
        neg(_fam, _text, _note)

# ----------------------------------------------------------------------- conversations (conv-)
# each opens with an exact question, answered with a figure computed here, and ends in a
# question that needs the model


def _conv5(family, note, rows):
    assert len(rows) == 5, family
    for first, answer, last in rows:
        conv(family, [(U, first), (A, answer), (U, last)], note)


# savings totals, then what to do with them
_sv = []
for _wk, _n, _last in (
    (75, 26, "Should it sit in an easy-access account or go against my credit card?"),
    (dec("32.50"), 40, "Is that enough of a cushion for a car breaking down, do you think?"),
    (120, 18, "Would you put it towards a holiday or keep it for the boiler?"),
    (dec("12.75"), 52, "How can I stop myself dipping into it every time I'm skint?"),
    (60, 35, "Is it daft to spend it on driving lessons for my daughter instead of saving?"),
):
    _tot = _cents(_wk * _n)
    _sv.append(
        (
            f"If I put £{_m(_wk)} aside every week for {_n} weeks, how much will I have?",
            f"£{_m(_tot)} (£{_m(_wk)} × {_n}).",
            _last,
        )
    )
_conv5(
    "conv-savings-total-then-what-to-do",
    "exact savings sum first; the last turn asks for money advice",
    _sv,
)

# distance conversions, then route and packing advice
_dc = []
for _mi, _last in (
    (340, "Is that too far to drive in one go with a toddler, and where should we break it?"),
    (185, "Would an electric car manage that on one charge in the cold?"),
    (96, "Is that a sensible first day on a touring bike for someone who's fairly fit?"),
    (260, "What should I pack for the kids to keep them happy on a drive that long?"),
    (48, "Could my dad, who's 78, manage that over four gentle days with us?"),
):
    _kmv = _mi * MI / KM
    _dc.append(
        (
            f"What's {_mi} miles in kilometres?",
            f"About {_q(round(_kmv, 1))} km ({_mi} × 1.609344 = {_q(_kmv)}).",
            _last,
        )
    )
_conv5(
    "conv-distance-then-route-advice",
    "a distance conversion first; the last turn asks for travel advice",
    _dc,
)


# time-zone conversions (computed from the IANA rules), then call etiquette
def _clock(t):
    return f"{t.hour:02d}:{t.minute:02d}"


_tz_rows = []
for _zone, _place, (_y, _mo, _d, _h, _mi_), _last in (
    (
        "Australia/Sydney",
        "Sydney",
        (2027, 10, 3, 20, 0),
        "Is that too early on a Sunday to ring my brother-in-law? He's not a morning person.",
    ),
    (
        "America/New_York",
        "New York",
        (2027, 11, 2, 9, 30),
        "How do I open a first video call with a client I've never met without it being stiff?",
    ),
    (
        "Asia/Tokyo",
        "Tokyo",
        (2027, 6, 15, 18, 0),
        "Is it rude to ask a Japanese colleague to join a call after their working day?",
    ),
    (
        "Asia/Dubai",
        "Dubai",
        (2027, 12, 20, 15, 30),
        "What should I say in the invite so they know the time I mean is theirs, not mine?",
    ),
    (
        "America/Vancouver",
        "Vancouver",
        (2027, 3, 20, 7, 0),
        "Any tips for keeping a long-distance weekly call with my grandson from going stale?",
    ),
):
    _there = _wall(_y, _mo, _d, _h, _mi_, _zone)
    _here = _there.astimezone(_ZONEINFO.ZoneInfo(_LON))
    _diff = _ahead(_zone, _LON, _y, _mo, _d)
    _ahead_txt = f"{_q(abs(_diff))} hours {'ahead of' if _diff > 0 else 'behind'} the UK"
    _tz_rows.append(
        (
            (
                f"When it's {_clock(_there)} in {_place} on {sayw(_there.date())}, what time is "
                "it in London?"
            ),
            (
                f"{_clock(_here)} in London on {sayw(_here.date())}; {_place} is {_ahead_txt} "
                "that day."
            ),
            _last,
        )
    )
assert _tz_rows[1][1].startswith("13:30")  # New York is only four hours behind on 2 November
_conv5(
    "conv-time-zone-then-call-etiquette",
    "a time-zone conversion first; the last turn asks about etiquette or wording",
    _tz_rows,
)

# day counts, then a plan for the time
_dd = []
for _a, _b, _last in (
    (
        D(2027, 4, 20),
        D(2027, 6, 7),
        "How should I split my revision between chemistry, biology and maths in that time?",
    ),
    (
        D(2027, 5, 3),
        D(2027, 8, 28),
        "What's a realistic plan to get fit enough for a 10k by then?",
    ),
    (
        D(2027, 6, 1),
        D(2027, 7, 24),
        "How should we plan the garden so it looks good for the party?",
    ),
    (
        D(2027, 9, 6),
        D(2027, 12, 18),
        "How can I make the most of that time before my baby arrives?",
    ),
    (
        D(2027, 7, 12),
        D(2027, 8, 30),
        "What should I prioritise learning before starting in Munich?",
    ),
):
    _dd.append(
        (
            f"How many days are there from {say(_a)} to {say(_b)}?",
            f"{days(_a, _b)} days.",
            _last,
        )
    )
_conv5(
    "conv-day-count-then-a-plan",
    "an exact day count first; the last turn asks for a plan",
    _dd,
)

# bill splits, then table manners
_bs = []
for _bill, _svc, _n, _last in (
    (
        dec("187.20"),
        dec("12.5"),
        4,
        "One of them only had a salad. Is it mean to split it evenly?",
    ),
    (240, 10, 6, "Two of them don't drink. Should we take the wine off their share?"),
    (dec("97.60"), 15, 4, "My friend always 'forgets' her purse. How do I bring it up kindly?"),
    (320, dec("12.5"), 8, "Is it OK to ask the birthday girl to pay her share, or is that rude?"),
    (dec("58.40"), 10, 2, "It was a first date. Should I have just paid the whole thing?"),
):
    _each = _cents(_bill * (1 + _pc(_svc)) / _n)
    _bs.append(
        (
            f"The bill is £{_m(_bill)} plus {_q(_svc)}% service, split {_n} ways. How much each?",
            f"£{_m(_each)} each (£{_m(_cents(_bill * (1 + _pc(_svc))))} in total).",
            _last,
        )
    )
_conv5(
    "conv-bill-split-then-table-manners",
    "an exact bill split first; the last turn asks a social question",
    _bs,
)

# recipe scaling in grams, then a substitution question
_rs = []
for _g, _food, _from, _to, _last in (
    (300, "plain flour", 6, 10, "Can I swap half of it for wholemeal without it going heavy?"),
    (450, "caster sugar", 12, 8, "Could I use honey instead, and would the bake change much?"),
    (240, "butter", 4, 10, "Would baking spread work instead of butter in a crumble topping?"),
    (
        600,
        "minced beef",
        8,
        6,
        "Would lentils stand in for half the mince without anyone noticing?",
    ),
    (180, "ground almonds", 6, 9, "My nephew has a nut allergy. What could replace the almonds?"),
):
    _need = F(_g * _to, _from)
    assert _need.denominator == 1, _need
    _rs.append(
        (
            f"A recipe uses {_g} g of {_food} for {_from} people. How much for {_to}?",
            f"{_need} g of {_food}.",
            _last,
        )
    )
_conv5(
    "conv-recipe-scaling-then-a-swap",
    "an exact scaling in grams first; the last turn asks about a substitution",
    _rs,
)

# ages, then cards and gifts
_ag = []
for _born, _on, _who, _pron, _last in (
    (D(1947, 5, 3), D(2027, 5, 3), "Grandad", "he", "What should I write in his card?"),
    (
        D(2009, 9, 14),
        D(2027, 9, 14),
        "my goddaughter",
        "she",
        "What's a thoughtful present at that age?",
    ),
    (
        D(1977, 11, 2),
        D(2027, 11, 2),
        "my husband",
        "he",
        "Any ideas for a surprise that isn't a party?",
    ),
    (
        D(1937, 6, 21),
        D(2027, 6, 21),
        "Great-Aunt Win",
        "she",
        "How do we make the day special but calm?",
    ),
    (
        D(2006, 2, 11),
        D(2027, 2, 11),
        "my son",
        "he",
        "Give me a short, funny toast for his party.",
    ),
):
    _ag.append(
        (
            (
                f"{_who[0].upper()}{_who[1:]} was born on {say(_born)}. How old will {_pron} be "
                f"on {say(_on)}?"
            ),
            f"{age(_born, _on)}.",
            _last,
        )
    )
_conv5(
    "conv-age-then-card-or-gift",
    "an exact age first; the last turn asks for words or gift ideas",
    _ag,
)

# no unit word with more than one common reading anywhere in the set, and no month or year
# (as a length or otherwise) in any text: questions, conversation turns and family names alike
_MANY_READINGS_138 = re.compile(
    r"\b(tons?|tonnes?|gallons?|pints?|quarts?|cups?|fl\.? ?oz|fluid|barrels?|hundredweights?"
    r"|cwt|calories?|kilocalories?|kcal|tablespoons?|teaspoons?|tbsp|tsp|horsepower|hp|mpg"
    r"|kB|MB|GB|months?|monthly|years?|yearly|annual|annually|light-?years?|bushels?|sticks?)\b",
    re.IGNORECASE,
)


def _check_many_readings_138():
    for i in items:
        texts = [i["query"], i["family"]] + [m["content"] for m in i.get("messages") or []]
        for t in texts:
            assert not _MANY_READINGS_138.search(t), (i["id"], _MANY_READINGS_138.search(t)[0])
            # ounces only as weights, and only in units positives
            if re.search(r"\b(oz|ounces?)\b", t, re.IGNORECASE):
                assert i["label"] == "positive:units", i["id"]


_check_many_readings_138()


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
    # no register (family name) of this set is a family name of sets 19 to 137
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 137: {reused}"
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
