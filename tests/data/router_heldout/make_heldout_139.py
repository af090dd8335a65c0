r"""Generate heldout-2027-04-21.jsonl: a hundred-and-thirty-ninth held-out router evaluation set
(SEALED).

Run: /work/main/.venv/bin/python make_heldout_139.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's id, expected value and tolerance, or --digest to print only the
sha256 of the output)

Provenance
----------
Written blind for 2027-04-21 by a helper session working only in /work/sealed139 (scratch files
in /work/sealed139/scratch, deleted at the end). The starting point was a 2558-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-21.jsonl, PREFIX "ho139-", earlier generators 1-138, register check against
sets 19 to 138); only its two title lines, this docstring and its four question sections were
written here, from scratch.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (the last number within a relative tolerance; ISO dates
  found in any common written form; weekdays and other text as a whitespace-free substring);
- /work/sealed139/earlier_registers.txt (3092 earlier family names): its first 100 lines and a
  line count, a tally of the first words of its 299 hyphenated (negative-topic) names, the first
  130 hyphenated names not starting "ask-", counts of names starting "near" or "conv" (none)
  and of eight candidate prefixes for this set's ordinary negatives ("rummage" had none), and
  grep runs that printed, for about 200 candidate keywords, how many earlier names contain them
  and the first few such names, so that this set's registers are new (ideas such as an ice
  cream van, a hospital porter, a wedding florist, a piano tuner, a darts captain, a lodger or a
  sign language interpreter were dropped because close names existed); at the end every family
  name of this set was checked against the file (none is in it);
- of the copied script, exactly the allowed lines 1-395, 841-901, 1247-1331, 1761-1768 and
  2335-2558, printed with sed (plus lines 140-150, inside the first range, to find the end of
  the old docstring), a line count and its sha256. The old docstring (lines 1-144) described
  the previous set's families and checks in prose; only its layout and its kinds of helpers and
  extra checks were followed, none of its questions or figures.
No line outside those ranges was printed or searched. A byte-for-byte copy of the original was kept
in the scratch folder (sha256 056ef533...) and was read only by the one splicing script, which
printed nothing but line counts and kept lines 145-395, 841-901, 1247-1331, 1761-1768 and 2335-2558
by line number, with a marker line in place of the old docstring and of each dropped stretch
(396-840, 902-1246, 1332-1760 and 1769-2334). Everything after that worked from that skeleton of
kept lines (the lines next to each marker, all kept lines, were printed to check the joins): a
small script filled the markers with this docstring and four sections written from scratch; a check
confirmed that each kept chunk appears verbatim, and in order, in the formatted script; and an ast
check of the skeleton and of the new sections showed that no new module-level name rebinds a
module-level name of the kept lines, equals a local name of the kept functions, shadows a builtin
or is bound by two sections (all empty). No git history, web or code search (the search tools were
not used), router, tests (not even a listing), other sealed directories, other generators, other
JSONL files or other files under /work/main were read; /work/main/pyproject.toml was only handed to
ruff as its configuration. Probes printed the Python version (3.11.7), where Python finds its zone
data (the venv's tzdata package, IANA 2026f) and 15 UTC offsets of 11 zones on dates of 2027. The
script imports the earlier generators itself, in memory, for its duplicate and register checks, and
prints none of their text (its failure messages name only this set's item ids). Expected values and
wording were reviewed from listings of this set's own output (ids, expected values, tolerances and
texts of every positive, every near-negative and every conversation's turns).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a zookeeper on
  the penguin beat, a rural postie on a bike round, a father of the bride counting costs, a
  couple restoring a farmhouse in Normandy, a commuter on the Elizabeth line, a dinner lady at a
  village primary, a gran knitting for a premature baby unit, a master's student writing up a
  bat dissertation, a cellist touring with a string trio, backpackers landing in Hong Kong,
  grandparents visiting a new grandson in Sydney, a nightclub bouncer on weekend doors, a
  kitchen porter at a seaside hotel, a family moving house to Inverness, a trekker on a Sahara
  camel tour, a hen party planner's weekend in Prague, a bricklayer quoting a garden wall, a
  yoga teacher running a retreat in Goa, a student paramedic on placement shifts, a retired
  couple flying to Vancouver for a cruise, a supporters' club trip to a Madrid final, a teen
  saving for an electric guitar, a mum sewing school play costumes, a first aid volunteer at a
  music festival and first-time owners of a springer spaniel), each register used by all three
  tools; the postie, father of the bride, Normandy, Hong Kong, Sydney and paramedic registers
  have two items per tool. Phrasing varies: questions, imperatives, bare expressions, lowercase
  texts, rota, payslip, invoice and form-filling prompts, symbols (×, ÷, −, ^, %, °C, °F, m²)
  and written-out units; pounds, pence, euros, Hong Kong, Australian and Canadian dollars,
  dirhams, koruna and rupees; written dates with computed weekdays (sayw) and without, clock
  times, shifts, flights and a ferry.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated through _q and _m, which print exact Fractions exactly): Fraction
  arithmetic for money and quantities (_cents asserts whole pence, cents and paise; _pc turns a
  percentage string into a Fraction; whole_up for whole balls of wool, packs and weeks), exact
  unit definitions for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound
  and stone, acre, square feet and yards, psi and bar, km/h and mph, Celsius/Fahrenheit; added
  here: centimetre, kilometre, hectare, the international nautical mile and knot, kilowatt-hour
  and megajoule), graded exactly when the result has at most three decimals and at 0.1%
  otherwise (_u choosing, unit_r asserting that an answer rounded to two decimals still passes),
  and date arithmetic for weekdays, spans, inclusive day counts, an age, a last weekday, a day
  number, counts of a weekday (_count_wd_139), working days skipping a stated bank holiday
  (_workdays_139), a finish date after n working days (_nth_workday_139), service and payday
  cycles, clock intervals and rota sums, and two spans across a clock change (a Manchester
  door shift from 22:00 on 30 October 2027 to 04:00 is 7 real hours; a Birmingham night shift
  from 19:00 on 27 March 2027 to 07:00 is 11), plus a ferry, flights, landing dates and time
  differences whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the
  set-up is unchanged; _wall() asserts every wall-clock time used exists and is unambiguous,
  _real_span() measures through UTC, and asserts near the helpers pin the offsets relied on:
  London's changes on 28 March and 31 October 2027, Paris one ahead of London in July, Vienna
  one ahead of Lisbon, Hong Kong seven ahead in June, Sydney ten ahead on 1 April and nine on
  10 April 2027 and ten again on 4 October, Goa 5.5 ahead on 12 November, London eight ahead of
  Vancouver in September, Prague and Madrid one ahead in May, Tokyo eight ahead in July). No
  offsets are written in the positives.
- 200 negatives: 100 ordinary ones in ten new "rummage-" topics (Zapotec and Nabataean history;
  pangolin and kingfisher habits; Rust and bash help; calypso and shoegaze verdicts; sinkhole
  and rainbow science; housewarming and borrowed-money tact; chutney and raised-bed hunches;
  poetry and card game picks; thank-you note and newsletter drafting; prisoner's dilemma and
  liar paradox puzzles), 65 near-negatives in 13 families of five shaped like positives but
  needing the model (going rates and prices, whether something is open or running, ballparks
  with no figures, why an arithmetic rule holds, sums missing their key figure, whether a deal
  is worth it, what a reading means, facts that must be known first, code for a calculation,
  why a clock or calendar custom exists, kitchen and garden calls with numbers, date questions
  missing their anchor date, and distances needing a map), and 35 conversations in seven
  families of five whose first turn asks an exact question and whose last turn asks for a
  flooring choice after an area conversion, how to handle a social snag after a bill split,
  what to wear after a forecast conversion, for wording or tact after a time difference (New
  York only four hours behind London on 2 November 2027, Auckland eleven ahead on 25 September
  2027 before New Zealand's clocks change, Sydney ten ahead on 4 October 2027), for a plan
  after a countdown, what to do with a savings total, or for race advice after a pace sum; none
  ends in a plain exact question, and the figures in assistant turns are computed in code (the
  time-zone turns from the same zoneinfo helpers). Symbolic algebra was kept out of the
  negatives.
- No unit word with more than one common reading (ton or tonne, gallon, pint, quart, cup,
  fluid ounce, any ounce, barrel, hundredweight, calorie, spoon measures, horsepower, mpg,
  kB/MB/GB, bushel, stick) and no "month", "year", decade or century at all appears anywhere in
  the set, negatives, conversation turns, notes and family names included: an extra check
  (_check_many_readings_139) asserts it over every text.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 138,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the extra checks above
(including counts of the near, conversation and ordinary families), the comparison with
earlier_registers.txt above, and the ast and kept-chunk checks above. The first run failed on
unit_r's two-decimal assertion (32 psi in bar, changed to 36 psi); the next ones on the extra
check, which found "year" in a day-number question, "month" in a near-negative about writing
dates and "year" in a conversation turn (all reworded). The duplicate check then flagged 17
items matching earlier sets word for word (one plain calculator question, three plain units
questions, four plain datetime questions and nine near-negatives), all reworded or given new
figures; one rewording (a Fahrenheit question) matched again and was given another figure, and
after that every check passed. Reviewing the listings moved two countdown conversations' dates
to Sundays. Ruff check listed 46 implicitly concatenated strings in collections (ISC004), fixed
with ruff's own parenthesising fix on the section files; after ruff format, 14 lines over 99
characters were rewrapped or reworded. Ruff check and ruff format are clean, no line exceeds 99
characters, and the final run passed every check.
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
OUT = HERE / "heldout-2027-04-21.jsonl"
PREFIX = "ho139-"
# earlier generators: sets 1-138 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 139))
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
    "make_heldout_138.py",
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


# ---------------------------------------------------------------- helpers of this set (139)
def _q(x):
    """An exact terminating value written out in full, e.g. 7.25 or 1,254 (no float noise)."""
    x = F(x)
    k = decimals(x)
    sign = "-" if x < 0 else ""
    scaled = abs(x.numerator * 10**k // x.denominator)
    whole, frac = divmod(scaled, 10**k)
    return f"{sign}{whole:,}" + (f".{frac:0{k}d}" if k else "")


def _m(x):
    """A sum of money with exactly two decimals, e.g. 1,250.00."""
    x = _cents(x)
    whole, pence = divmod(int(x * 100), 100)
    return f"{whole:,}.{pence:02d}"


def _cents(x):
    """Money must come out in whole pence, cents, centimes or paise."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def _pc(p):
    """A percentage written as a decimal string, as an exact Fraction."""
    return dec(p) / 100


assert _q(F(29, 4)) == "7.25" and _q(1254) == "1,254" and _q(dec("0.05")) == "0.05"
assert _m(dec("9277.5")) == "9,277.50" and _m(76) == "76.00" and _pc("12.5") == F(1, 8)

# ---------------------------------------------------------------- calculator: plain
_p1 = (_pc("18"), 3150)
calc(P, f"Work out {_q(_p1[0] * 100)} per cent of {_q(_p1[1])}.", _p1[0] * _p1[1])
calc(P, "847 × 36 − 1,209", 847 * 36 - 1209)
calc(P, "Divide 7,392 by 48.", F(7392, 48))
calc(P, "what's 12.5 cubed", dec("12.5") ** 3)
calc(P, "Work out (146 + 389) ÷ 5 × 1.2", F(146 + 389, 5) * dec("1.2"))
calc(
    P,
    "A price of 250 goes up by 12% and then the new price comes down by 12%. "
    "What is it after both changes?",
    250 * (1 + _pc("12")) * (1 - _pc("12")),
)
_p7 = (14, 22, 9, 31, 17)
calc(P, "Average of 14, 22, 9, 31 and 17, please.", F(sum(_p7), len(_p7)))
calc(P, "0.35 × 0.8 + 1.06 = ?", dec("0.35") * dec("0.8") + dec("1.06"))
calc(P, "How much is two fifths of 3,135?", F(2, 5) * 3135)
calc(P, "Square root of 1,369?", 37)
assert 37 * 37 == 1369
calc(P, "Take 37.5% off 1,000 — what remains?", 1000 * (1 - _pc("37.5")))
calc(P, "7^5 − 4^7", 7**5 - 4**7)
_p13 = ("19.99", "4.35", "12.80", "0.86")
calc(P, "Add up 19.99, 4.35, 12.80 and 0.86 for me", sum(dec(x) for x in _p13))
calc(P, "Which number is 15% more than 480?", 480 * (1 + _pc("15")))

# ---------------------------------------------------------------- calculator: registers
ZOO = "zookeeper_on_the_penguin_beat"
POSTIE = "rural_postie_on_a_bike_round"
BRIDE = "father_of_the_bride_counting_costs"
NORMANDY = "couple_restoring_a_farmhouse_in_normandy"
ELIZ = "commuter_on_the_elizabeth_line"
DINNER = "dinner_lady_at_a_village_primary"
KNIT = "gran_knitting_for_a_premature_baby_unit"
BATS = "masters_student_writing_up_a_bat_dissertation"
TRIO = "cellist_touring_with_a_string_trio"
HKG = "backpackers_landing_in_hong_kong"
SYD = "grandparents_visiting_a_new_grandson_in_sydney"
DOORS = "nightclub_bouncer_on_weekend_doors"
KP = "kitchen_porter_at_a_seaside_hotel"
INV = "family_moving_house_to_inverness"
SAHARA = "trekker_on_a_sahara_camel_tour"
PRAGUE = "hen_party_planner_weekend_in_prague"
BRICK = "bricklayer_quoting_a_garden_wall"
GOA = "yoga_teacher_running_a_retreat_in_goa"
MEDIC = "student_paramedic_on_placement_shifts"
YVR = "retired_couple_flying_to_vancouver_for_a_cruise"
MADRID = "supporters_club_trip_to_a_madrid_final"
GUITAR = "teen_saving_for_an_electric_guitar"
COSTUME = "mum_sewing_school_play_costumes"
AIDPOST = "first_aid_volunteer_at_a_music_festival"
SPANIEL = "first_time_owners_of_a_springer_spaniel"
REGISTERS_139 = (
    ZOO,
    POSTIE,
    BRIDE,
    NORMANDY,
    ELIZ,
    DINNER,
    KNIT,
    BATS,
    TRIO,
    HKG,
    SYD,
    DOORS,
    KP,
    INV,
    SAHARA,
    PRAGUE,
    BRICK,
    GOA,
    MEDIC,
    YVR,
    MADRID,
    GUITAR,
    COSTUME,
    AIDPOST,
    SPANIEL,
)
assert len(set(REGISTERS_139)) == 25

_kg, _per_kg = dec("14.5"), dec("3.40")
calc(
    ZOO,
    f"The penguins get through {_q(_kg)} kg of sprats a day and the supplier charges "
    f"£{_m(_per_kg)} a kilo. What's the fish bill for a seven-day week?",
    _cents(_kg * _per_kg * 7),
)

_rate, _extra_h = dec("13.20"), dec("6.5")
calc(
    POSTIE,
    f"overtime is time and a half on my £{_m(_rate)} an hour and i did {_q(_extra_h)} hours "
    "extra on the round. how much is that before tax?",
    _cents(_rate * F(3, 2) * _extra_h),
)
_drops, _parcel_share = 420, _pc("35")
calc(
    POSTIE,
    f"Of the {_drops} drops on my round, {_q(_parcel_share * 100)}% only ever get parcels. "
    "How many drops is that?",
    _drops * _parcel_share,
)

_venue, _head, _guests, _band = 6800, 52, 85, 1150
_wedding_total = _venue + _head * _guests + _band
calc(
    BRIDE,
    f"Venue is £{_q(_venue)}, the caterer wants £{_head} a head for {_guests} guests and the "
    f"band is £{_q(_band)}. What am I in for altogether?",
    _wedding_total,
)
calc(
    BRIDE,
    f"We've paid a 25% deposit on the whole £{_q(_wedding_total)}. How much is still owing?",
    _cents(_wedding_total * (1 - _pc("25"))),
)

_tile, _tiles, _tva = dec("1.85"), 2340, _pc("20")
calc(
    NORMANDY,
    f"Reclaimed roof tiles are €{_m(_tile)} each, we need {_q(_tiles)} of them, and 20% TVA "
    "goes on top. What's the bill in euros?",
    _cents(_tile * _tiles * (1 + _tva)),
)
_mason = 7460
calc(
    NORMANDY,
    f"The stonemason's invoice is €{_q(_mason)}; we pay three eighths now and the rest when "
    "he's done. How much do we hand over now?",
    _cents(_mason * F(3, 8)),
)

_fare, _commute_days, _weekly = dec("5.60"), 19, dec("48.50")
calc(
    ELIZ,
    f"Pay as you go cost me £{_m(_fare)} each way on {_commute_days} working days. Four "
    f"weekly tickets at £{_m(_weekly)} would have cost how much less?",
    _cents(_fare * 2 * _commute_days - 4 * _weekly),
)

_kids, _meal = 126, dec("2.65")
calc(
    DINNER,
    f"{_kids} children having school dinners at £{_m(_meal)} each, Monday to Friday. "
    "What do the five days bring in?",
    _cents(_kids * _meal * 5),
)

_per_cardi, _ball_g, _ball_price, _cardis = 38, 50, dec("2.95"), 20
_balls = whole_up(F(_per_cardi * _cardis, _ball_g))
calc(
    KNIT,
    f"Each tiny cardigan takes {_per_cardi} g of wool and it comes in {_ball_g} g balls at "
    f"£{_m(_ball_price)}. Buying whole balls, what do {_cardis} cardigans cost me in wool?",
    _cents(_balls * _ball_price),
)

_passes = (43, 57, 38, 61, 49, 52)
calc(
    BATS,
    "Bat passes on my six survey nights were " + ", ".join(map(str, _passes[:-1])) + " and "
    f"{_passes[-1]}. Mean passes per night?",
    F(sum(_passes), len(_passes)),
)

_trio_fee, _agent = 2850, _pc("12")
calc(
    TRIO,
    f"The festival pays our trio €{_q(_trio_fee)}; the agent takes {_q(_agent * 100)}% off "
    "the top and the three of us split what's left evenly. What's my share?",
    _cents(_trio_fee * (1 - _agent) / 3),
)

_bed, _pals, _nights = 385, 4, 5
calc(
    HKG,
    f"Hostel beds are HK${_bed} a night each. Four of us, {_nights} nights: total in HK$?",
    _bed * _pals * _nights,
)
_topup, _spends = 250, ("37.60", "12.40", "98.50")
calc(
    HKG,
    f"Put HK${_topup} on my Octopus card, then spent HK${_spends[0]}, HK${_spends[1]} and "
    f"HK${_spends[2]}. What's the balance?",
    _cents(_topup - sum(dec(s) for s in _spends)),
)

_flight, _cover = 1384, dec("96.50")
calc(
    SYD,
    f"Flights to Sydney were £{_q(_flight)} each for the pair of us and travel insurance "
    f"£{_m(_cover)} each. Total?",
    _cents(2 * (_flight + _cover)),
)
_nappy_pack, _nappy_price, _per_day, _stay = 44, dec("18.90"), 7, 22
_packs = whole_up(F(_per_day * _stay, _nappy_pack))
calc(
    SYD,
    f"Nappies come in packs of {_nappy_pack} at A${_m(_nappy_price)}. The baby gets through "
    f"{_per_day} a day and we're staying {_stay} days; buying whole packs, how many dollars?",
    _cents(_packs * _nappy_price),
)

_door_rate, _door_shift, _agency = dec("14.80"), dec("7.5"), _pc("15")
calc(
    DOORS,
    f"£{_m(_door_rate)} an hour, three shifts of {_q(_door_shift)} hours, and the agency keeps "
    f"{_q(_agency * 100)}%. What lands in my account?",
    _cents(_door_rate * 3 * _door_shift * (1 - _agency)),
)

_tronc, _my_h, _team_h = 642, 38, 214
calc(
    KP,
    f"Tips pot this week is £{_tronc}, shared out by hours. I did {_my_h} of the kitchen's "
    f"{_team_h} hours. What's my cut?",
    _cents(F(_tronc * _my_h, _team_h)),
)

_quote = 2180
calc(
    INV,
    f"Removals quote: £{_q(_quote)} plus VAT at 20%, and then 10% off the lot for booking "
    "online. What do we actually pay?",
    _cents(_quote * (1 + _pc("20")) * (1 - _pc("10"))),
)

_dh, _dh_rate = 4950, dec("12.5")
calc(
    SAHARA,
    f"The camel trek is {_q(_dh)} dirhams. If £1 buys {_q(_dh_rate)} dirhams, how many "
    "pounds is that?",
    _cents(_dh / _dh_rate),
)

_flat_kc, _boat_kc, _hens = 24600, 9360, 12
calc(
    PRAGUE,
    f"Apartment {_q(_flat_kc)} Kč, boat party {_q(_boat_kc)} Kč, {_hens} hens. "
    "What's that per head in Kč?",
    F(_flat_kc + _boat_kc, _hens),
)

_bricks, _brick_p, _spare = 1150, dec("0.62"), _pc("8")
calc(
    BRICK,
    f"Garden wall takes {_q(_bricks)} bricks, plus {_q(_spare * 100)}% extra for cuts and "
    f"breakages, at {_q(_brick_p * 100)}p a brick. What do the bricks come to in pounds?",
    _cents(_bricks * (1 + _spare) * _brick_p),
)
assert (_bricks * (1 + _spare)).denominator == 1

_yogis, _yogi_fee, _villa, _food = 14, 38500, 295000, 84700
calc(
    GOA,
    f"Retreat in Goa: {_yogis} guests paying ₹{_q(_yogi_fee)} each; villa hire is "
    f"₹{_q(_villa)} and food ₹{_q(_food)}. How many rupees are left for me?",
    _yogis * _yogi_fee - _villa - _food,
)

_miles, _band1, _p1_rate, _p2_rate = 164, 100, dec("0.45"), dec("0.25")
calc(
    MEDIC,
    f"Placement travel pays 45p a mile for the first {_band1} miles and 25p a mile after that. "
    f"I drove {_miles} miles. What can I claim?",
    _cents(_band1 * _p1_rate + (_miles - _band1) * _p2_rate),
)
_bursary = 5000
calc(
    MEDIC,
    f"My £{_q(_bursary)} bursary is paid over three terms as 40%, 35% and 25%. How much comes "
    "in the second term?",
    _cents(_bursary * _pc("35")),
)

_cruise_pp, _early = 4260, _pc("7")
calc(
    YVR,
    f"The Alaska cruise from Vancouver is C${_q(_cruise_pp)} per person, two of us, less a "
    f"{_q(_early * 100)}% early-booking discount. Total in Canadian dollars?",
    _cents(2 * _cruise_pp * (1 - _early)),
)

_coach, _seats, _free = 3600, 52, 4
calc(
    MADRID,
    f"Coach hire to Madrid is £{_q(_coach)}, it has {_seats} seats, and {_free} go free to the "
    "drivers and stewards. What should each paying fan be charged to cover it?",
    _cents(F(_coach, _seats - _free)),
)

_axe, _have, _weekly_save = 449, 126, dec("17.50")
calc(
    GUITAR,
    f"the guitar is £{_axe}, i've got £{_have} saved and i put by £{_m(_weekly_save)} every "
    "week from my saturday job. how many more weeks till i can buy it",
    whole_up((_axe - _have) / _weekly_save),
)

_felt_m, _costumes, _each_m = dec("7.80"), 9, dec("0.65")
calc(
    COSTUME,
    f"Felt is £{_m(_felt_m)} a metre and each of the {_costumes} costumes needs "
    f"{_q(_each_m)} m. What's the felt going to cost?",
    _cents(_felt_m * _costumes * _each_m),
)

_treated = 1280
calc(
    AIDPOST,
    f"We saw {_q(_treated)} people at the first aid tent over the weekend; 15% were "
    "heat-related and a quarter of those went on to hospital. How many went to hospital?",
    _treated * _pc("15") * F(1, 4),
)

_walk, _walks = dec("13.50"), 12
calc(
    SPANIEL,
    f"The dog walker charges £{_m(_walk)} a walk, with 10% off bookings of ten or more. "
    f"We want {_walks} walks for the spaniel. What will it cost?",
    _cents(_walk * _walks * (1 - _pc("10"))),
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


# exact metric units added for this set (metres, kilograms, pascals, joules)
_CM = F(1, 100)
_KM = F(1000)
_GRAM = F(1, 1000)
_HECTARE = F(10000)
_NMI = F(1852)  # international nautical mile
_KNOT = _NMI / 3600  # m/s
_KWH = F(3_600_000)  # J
_MJ = F(1_000_000)  # J
assert _KNOT * 3600 / 1000 == dec("1.852") and _HECTARE / ACRE > dec("2.47")


def _u(family, query, value):
    """Exact when the result has at most three decimals, else graded at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _ft_in(feet, inches):
    return feet * FT + inches * IN


# ---------------------------------------------------------------- units: plain
_u(P, "Convert 72 kilograms to pounds.", 72 / LB)
_u(P, "Someone's 5 ft 11. How many cm is that?", _ft_in(5, 11) / _CM)
_u(P, "What does 113 °F come to in Celsius?", f_to_c(113))
_u(P, "what's 21 degrees C in fahrenheit", c_to_f(21))
_u(P, "260 km/h in mph", 260 * KMH / MPH)
_u(P, "Express 3.2 hectares in acres.", dec("3.2") * _HECTARE / ACRE)
_u(P, "How many square feet is 18.5 m²?", dec("18.5") / SQFT)
_u(P, "14 st 3 lb — how many kilos is that?", 14 * STONE + 3 * LB)
_u(P, "Turn 2.75 miles into metres.", dec("2.75") * MI)
_u(P, "40 km/h expressed in knots", 40 * KMH / _KNOT)
_u(P, "Tyre placard says 36 psi. What's that in bar?", 36 * PSI / BAR)
_u(P, "1,500 square yards in square metres, please", 1500 * SQYD)
_u(P, "How many kilowatt-hours are 90 megajoules?", 90 * _MJ / _KWH)
_u(P, "6 ft 2 in in metres?", _ft_in(6, 2))

# ---------------------------------------------------------------- units: registers
_u(
    ZOO,
    "Our biggest king penguin weighed in at 16.4 kg this morning. An American school group "
    "asked what that is in pounds, what do I tell them?",
    dec("16.4") / LB,
)

_u(POSTIE, "My round is 23.5 miles on the bike. How far is that in km?", dec("23.5") * MI / _KM)
_u(
    POSTIE,
    "Parcel's labelled 24 lb and my bike bag limit is in kilos. What's 24 lb in kg?",
    24 * LB,
)

_u(
    BRIDE,
    "The marquee is 12 m by 30 m, but the hire firm's insurance form asks for the floor area "
    "in square feet. What do I put?",
    12 * 30 / SQFT,
)
_u(BRIDE, "How many metres is a 65-foot aisle runner?", 65 * FT)

_u(
    NORMANDY,
    "The old barn's floor was advertised as 1,450 sq ft. What's that in square metres?",
    1450 * SQFT,
)
_u(
    NORMANDY,
    "French compressor gauge says 8 bar; my nail gun's manual is in psi. 8 bar is how many psi?",
    8 * BAR / PSI,
)

_u(
    ELIZ,
    "Someone on the platform said these trains top out at 90 mph in the tunnels. What's that in "
    "km/h?",
    90 * MPH / KMH,
)

_u(
    DINNER,
    "The big pasta bake for the whole school needs 12.5 kg of pasta but our old scales only do "
    "pounds. How many pounds is that?",
    dec("12.5") / LB,
)

_u(KNIT, "Pattern says the chest is 11 inches round. In centimetres?", 11 * IN / _CM)

_u(
    BATS,
    "A noctule's wingspan is about 39 cm, and the reviewer wants inches. Convert 39 cm.",
    39 * _CM / IN,
)

_u(
    TRIO,
    "My cello case is 53 inches long and the airline's seat limit is in cm. How many cm is it?",
    53 * IN / _CM,
)

_u(HKG, "It's 33 °C out here in Hong Kong. What is that in °F for my dad?", c_to_f(33))
_u(HKG, "The Dragon's Back trail is 8.5 km. How many miles?", dec("8.5") * _KM / MI)

_u(SYD, "Baby Oliver was 3.48 kg at birth — what's that in pounds?", dec("3.48") / LB)
_u(SYD, "He measured 54 cm long at the check. Inches?", 54 * _CM / IN)

_u(
    DOORS,
    "The dance floor is 40 ft by 35 ft. For the licence form I need its area in m².",
    40 * 35 * SQFT,
)

_u(KP, "The dishwasher's final rinse has to hit 82 °C. What's that in Fahrenheit?", c_to_f(82))

_u(
    INV,
    "Our old house is 568 miles from the new one in Inverness. How many kilometres?",
    568 * MI / _KM,
)

_u(
    SAHARA,
    "The guide says a camel can carry 150 kg. My grandad only understands stone — how many "
    "stone is 150 kg?",
    150 / STONE,
)

_u(PRAGUE, "The party boat is 28 metres long. How long is that in feet?", 28 / FT)

_u(
    BRICK,
    "The wall's 42 ft long and 5 ft 6 in high. What's the face area in square metres?",
    42 * FT * _ft_in(5, 6),
)

_u(GOA, "Our shala is 9 m by 14 m. What's that in square feet for the brochure?", 9 * 14 / SQFT)

_u(
    MEDIC,
    "Patient says he's 11 stone 6 pounds. What's that in kg for the drug chart?",
    11 * STONE + 6 * LB,
)
_u(MEDIC, "She's 5 ft 4 in tall — height in cm for the form?", _ft_in(5, 4) / _CM)

_u(YVR, "The ship cruises at 21 knots. What's that in km/h?", 21 * _KNOT / KMH)

_u(
    MADRID,
    "The coach route from our ground to the Bernabéu is 1,740 km. In miles?",
    1740 * _KM / MI,
)

_u(GUITAR, "how many metres is a 20 foot guitar lead", 20 * FT)

_u(
    COSTUME,
    "Each cape needs 1.6 m of fabric but the American site sells by the yard. How many yards "
    "is 1.6 m?",
    dec("1.6") / YD,
)

_u(
    AIDPOST,
    "Casualty's temperature is 39.4 °C and the ambulance crew's sheet wants Fahrenheit. "
    "What do I write?",
    c_to_f(dec("39.4")),
)

_u(SPANIEL, "The vet weighed our puppy at 17 lb. What is that in kg?", 17 * LB)


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


# time zones: the IANA rules through zoneinfo (imported here so the set-up is unchanged)
_zoneinfo = importlib.import_module("zoneinfo")
LONDON, PARIS, VIENNA, LISBON = "Europe/London", "Europe/Paris", "Europe/Vienna", "Europe/Lisbon"
PRAGUE_TZ, MADRID_TZ, HONG_KONG = "Europe/Prague", "Europe/Madrid", "Asia/Hong_Kong"
SYDNEY, KOLKATA, VANCOUVER = "Australia/Sydney", "Asia/Kolkata", "America/Vancouver"
TOKYO, NEW_YORK, AUCKLAND = "Asia/Tokyo", "America/New_York", "Pacific/Auckland"


def _wall(day, hhmm, zone):
    """A wall-clock time in a zone, asserted to exist and to be unambiguous there."""
    naive = DT.combine(day, dt.time.fromisoformat(hhmm))
    z = _zoneinfo.ZoneInfo(zone)
    early, late = naive.replace(tzinfo=z, fold=0), naive.replace(tzinfo=z, fold=1)
    assert early.utcoffset() == late.utcoffset(), (naive, zone)  # not in a repeated hour
    assert early.astimezone(dt.UTC).astimezone(z).replace(tzinfo=None) == naive, (naive, zone)
    return early


def _real_span(a, b, unit_s):
    """Real elapsed time between two aware times (through UTC), in units of unit_s seconds."""
    gap = b.astimezone(dt.UTC) - a.astimezone(dt.UTC)
    return F(int(gap.total_seconds()), unit_s)


def _ahead(zone, of_zone, day, hhmm="12:00"):
    """How many hours zone's clocks are ahead of of_zone's at that moment (zone's wall time)."""
    moment = _wall(day, hhmm, zone)
    other = moment.astimezone(_zoneinfo.ZoneInfo(of_zone))
    return F(int((moment.utcoffset() - other.utcoffset()).total_seconds()), 3600)


def _local_date(moment, zone):
    return moment.astimezone(_zoneinfo.ZoneInfo(zone)).date()


# the offsets this set relies on, pinned
assert _ahead(LONDON, LONDON, D(2027, 3, 27)) == 0
assert _wall(D(2027, 3, 27), "12:00", LONDON).utcoffset() == TD(0)
assert _wall(D(2027, 3, 28), "12:00", LONDON).utcoffset() == TD(hours=1)
assert _wall(D(2027, 10, 30), "12:00", LONDON).utcoffset() == TD(hours=1)
assert _wall(D(2027, 10, 31), "12:00", LONDON).utcoffset() == TD(0)
assert _ahead(PARIS, LONDON, D(2027, 7, 16)) == 1 and _ahead(VIENNA, LISBON, D(2027, 8, 1)) == 1
assert _ahead(HONG_KONG, LONDON, D(2027, 6, 8)) == 7
assert _ahead(SYDNEY, LONDON, D(2027, 4, 1)) == 10 and _ahead(SYDNEY, LONDON, D(2027, 4, 10)) == 9
assert _ahead(SYDNEY, LONDON, D(2027, 10, 4)) == 10
assert _ahead(KOLKATA, LONDON, D(2027, 11, 12)) == F(11, 2)
assert _ahead(LONDON, VANCOUVER, D(2027, 9, 2)) == 8
assert _ahead(PRAGUE_TZ, LONDON, D(2027, 5, 14)) == 1
assert _ahead(MADRID_TZ, LONDON, D(2027, 5, 29)) == 1
assert _ahead(TOKYO, LONDON, D(2027, 7, 15)) == 8


def _count_wd_139(a, b, wd):
    """How many of a weekday fall from a to b, both included."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() == wd)


def _workdays_139(a, b, holidays=()):
    """Monday-to-Friday days from a to b, both included, less stated holidays."""
    return sum(
        1
        for k in range(days(a, b) + 1)
        if (a + TD(days=k)).weekday() < 5 and (a + TD(days=k)) not in holidays
    )


def _nth_workday_139(start, n):
    """The date of the nth Monday-to-Friday day counting start (a weekday) as the first."""
    assert start.weekday() < 5
    d, seen = start, 1
    while seen < n:
        d += TD(days=1)
        seen += d.weekday() < 5
    return d


assert _count_wd_139(D(2030, 3, 4), D(2030, 3, 11), MON) == 2
assert _workdays_139(D(2030, 3, 4), D(2030, 3, 10)) == 5
assert _nth_workday_139(D(2030, 3, 4), 6) == D(2030, 3, 11)

# ---------------------------------------------------------------- datetime: plain
date_item(P, "23 September 2027 falls on which weekday?", weekday(D(2027, 9, 23)))
date_item(
    P,
    "How many days are there from 3 May 2027 to 19 August 2027?",
    days(D(2027, 5, 3), D(2027, 8, 19)),
)
date_item(P, "Which date is 100 days after 14 June 2027?", D(2027, 6, 14) + TD(days=100))
_xmas_eve = D(2027, 12, 24)
date_item(
    P,
    f"Go back seven weeks from {sayw(_xmas_eve)}: which date do you land on?",
    _xmas_eve - TD(weeks=7),
)
date_item(
    P,
    "How many Tuesdays are there in November 2027?",
    _count_wd_139(D(2027, 11, 1), D(2027, 11, 30), TUE),
)
date_item(P, "Date of the last Monday in May 2028?", nth_weekday(2028, 5, MON, -1))
date_item(
    P,
    "How old is someone born on 17 February 1961 on 2 March 2028?",
    age(D(1961, 2, 17), D(2028, 3, 2)),
)
date_item(
    P,
    "Counting 1 January 2027 as day 1, what day number is 12 October 2027?",
    D(2027, 10, 12).timetuple().tm_yday,
)
date_item(P, "how many minutes between 07:40 and 16:25", clock_span("07:40", "16:25", 60))
date_item(
    P,
    "How many hours is it from 21:30 to 06:15 the next morning?",
    clock_span("21:30", "06:15", 3600),
)
date_item(P, "1 March 1996: what day of the week was it?", weekday(D(1996, 3, 1)))
date_item(
    P,
    "Counting both ends, how many days from 20 February 2028 to 5 March 2028?",
    days(D(2028, 2, 20), D(2028, 3, 5)) + 1,
)
date_item(
    P,
    "How many hours ahead of London is Tokyo on 15 July 2027?",
    _ahead(TOKYO, LONDON, D(2027, 7, 15)),
)
_wk_a, _wk_b = D(2027, 10, 4), D(2027, 12, 20)
date_item(P, f"How many weeks from {sayw(_wk_a)} to {sayw(_wk_b)}?", weeks(_wk_a, _wk_b))

# ---------------------------------------------------------------- datetime: registers
_laid, _incubate = D(2027, 4, 4), 38
date_item(
    ZOO,
    f"Our king penguin pair's egg was laid on {sayw(_laid)} and incubation here runs "
    f"{_incubate} days. On what date should we expect the chick?",
    _laid + TD(days=_incubate),
)

_serviced = D(2027, 3, 10)
date_item(
    POSTIE,
    f"The delivery bike gets serviced every 8 weeks. Last service was {sayw(_serviced)}. "
    "What's the date of the third service after that one?",
    _serviced + TD(weeks=3 * 8),
)
date_item(
    POSTIE,
    "Clocked on 05:50, clocked off 13:35, with a 30-minute unpaid break. How many paid hours?",
    clock_span("05:50", "13:35", 3600) - F(1, 2),
)

_wedding, _from = D(2027, 9, 18), D(2027, 4, 22)
date_item(
    BRIDE,
    f"Our daughter's wedding is on {sayw(_wedding)}. How many days is that from {sayw(_from)}?",
    days(_from, _wedding),
)
date_item(
    BRIDE,
    f"The venue wants final numbers 45 days before the wedding on {say(_wedding)}. "
    "What date is that deadline?",
    _wedding - TD(days=45),
)

_sail = _wall(D(2027, 7, 16), "22:45", LONDON)
_dock = _wall(D(2027, 7, 17), "06:45", PARIS)
date_item(
    NORMANDY,
    f"The overnight ferry leaves Portsmouth at 22:45 on {sayw(_sail.date())} and docks in Caen "
    "at 06:45 French time the next morning. How many hours are we on board?",
    _real_span(_sail, _dock, 3600),
)
_mairie = D(2027, 5, 10)
date_item(
    NORMANDY,
    f"The mairie has 90 days from {sayw(_mairie)} to decide on our planning request. What's "
    "the date 90 days on?",
    _mairie + TD(days=90),
)

_c_a, _c_b, _may_bh = D(2027, 4, 26), D(2027, 5, 28), D(2027, 5, 3)
date_item(
    ELIZ,
    f"How many days do I commute, Monday to Friday, from {sayw(_c_a)} to {sayw(_c_b)} "
    f"inclusive, leaving out the bank holiday on {sayw(_may_bh)}?",
    _workdays_139(_c_a, _c_b, {_may_bh}),
)

_term_a, _term_b = D(2027, 4, 19), D(2027, 7, 21)
date_item(
    DINNER,
    f"It's fish every Friday. How many Fridays are there from {sayw(_term_a)} to {sayw(_term_b)}?",
    _count_wd_139(_term_a, _term_b, FRI),
)

_cast_on, _cast_off = D(2027, 4, 7), D(2027, 5, 22)
date_item(
    KNIT,
    f"Started the incubator blanket on {sayw(_cast_on)} and finished it on {sayw(_cast_off)}. "
    "How many days is that, counting the first and the last?",
    days(_cast_on, _cast_off) + 1,
)

_last_survey, _hand_in = D(2027, 8, 17), D(2027, 9, 3)
date_item(
    BATS,
    f"My last bat survey was on {sayw(_last_survey)} and the dissertation is due on "
    f"{sayw(_hand_in)}. How many days between the two?",
    days(_last_survey, _hand_in),
)

_vie = _wall(D(2027, 8, 1), "18:20", VIENNA)
_lis = _wall(D(2027, 8, 1), "20:35", LISBON)
date_item(
    TRIO,
    f"On {sayw(_vie.date())} we leave Vienna at 18:20 local time and land in Lisbon at 20:35 "
    "local time. How long is the flight in minutes?",
    _real_span(_vie, _lis, 60),
)

_lhr = _wall(D(2027, 6, 8), "21:30", LONDON)
_hk_flight = TD(hours=12, minutes=40)
date_item(
    HKG,
    f"Our flight leaves Heathrow at 21:30 on {sayw(_lhr.date())} and takes 12 hours 40 "
    "minutes. On what date do we land in Hong Kong, local time?",
    _local_date(_lhr + _hk_flight, HONG_KONG),
)
_hk_in, _hk_out = D(2027, 6, 9), D(2027, 6, 20)
date_item(
    HKG,
    f"Checking into the hostel {sayw(_hk_in)}, out {sayw(_hk_out)}. How many nights?",
    days(_hk_in, _hk_out),
)

_syd_day = D(2027, 4, 10)
date_item(
    SYD,
    f"We'll be ringing home from Sydney on {sayw(_syd_day)}. How many hours ahead of London is "
    "Sydney that day?",
    _ahead(SYDNEY, LONDON, _syd_day),
)
_syd_dep = _wall(D(2027, 4, 1), "20:55", LONDON)
date_item(
    SYD,
    f"We fly out of London at 20:55 on {sayw(_syd_dep.date())}; with the stopover the whole "
    "journey is 22 hours 50 minutes. What date will it be in Sydney when we land?",
    _local_date(_syd_dep + TD(hours=22, minutes=50), SYDNEY),
)

_door_on = _wall(D(2027, 10, 30), "22:00", LONDON)
_door_off = _wall(D(2027, 10, 31), "04:00", LONDON)
date_item(
    DOORS,
    f"I was on the door in Manchester from 22:00 on {sayw(_door_on.date())} until 04:00 the "
    "next morning. How many hours did I actually work?",
    _real_span(_door_on, _door_off, 3600),
)

_kp_early, _kp_late = clock_span("06:30", "14:45", 3600), clock_span("15:00", "23:15", 3600)
date_item(
    KP,
    "Rota: 06:30–14:45 on Monday, Tuesday and Thursday, then 15:00–23:15 on Friday. How many "
    "hours is that in total?",
    3 * _kp_early + _kp_late,
)

date_item(
    INV,
    "If we set off at 06:10 and pull up in Inverness at 17:55 the same day, how many minutes "
    "were we on the road?",
    clock_span("06:10", "17:55", 60),
)

_trek_start = D(2027, 10, 17)
date_item(
    SAHARA,
    f"The camel tour starts on {sayw(_trek_start)} and lasts 13 days, counting the first. "
    "Which weekday is the last day?",
    weekday(_trek_start + TD(days=12)),
)

_stn = _wall(D(2027, 5, 14), "07:05", LONDON)
_prg = _wall(D(2027, 5, 14), "10:05", PRAGUE_TZ)
date_item(
    PRAGUE,
    f"Our flight leaves Stansted at 07:05 on {sayw(_stn.date())} and lands in Prague at 10:05 "
    "their time. How many minutes in the air?",
    _real_span(_stn, _prg, 60),
)

_wall_start = D(2027, 9, 6)
date_item(
    BRICK,
    f"The job starts on {sayw(_wall_start)} and needs 13 working days, Monday to Friday. On "
    "what date do I finish?",
    _nth_workday_139(_wall_start, 13),
)

_goa_day = D(2027, 11, 12)
date_item(
    GOA,
    f"I'm running a video class from Goa on {sayw(_goa_day)}. How many hours ahead of London "
    "is Goa on that date?",
    _ahead(KOLKATA, LONDON, _goa_day),
)

_night_on = _wall(D(2027, 3, 27), "19:00", LONDON)
_night_off = _wall(D(2027, 3, 28), "07:00", LONDON)
date_item(
    MEDIC,
    f"Night shift with the ambulance crew in Birmingham, 19:00 on {sayw(_night_on.date())} "
    "to 07:00 the next morning. How many hours is that shift?",
    _real_span(_night_on, _night_off, 3600),
)
_placement = D(2027, 6, 7)
date_item(
    MEDIC,
    f"My placement runs for six weeks starting {sayw(_placement)}. What's the date of the last "
    "Friday of it?",
    _placement + TD(weeks=5, days=4),
)
assert (_placement + TD(weeks=5, days=4)).weekday() == FRI and _placement.weekday() == MON

_yvr_dep = _wall(D(2027, 9, 2), "14:10", LONDON)
_yvr_arr = _wall(D(2027, 9, 2), "16:05", VANCOUVER)
date_item(
    YVR,
    f"Heathrow 14:10 on {sayw(_yvr_dep.date())}, arriving Vancouver 16:05 local the same day. "
    "How many minutes is the flight?",
    _real_span(_yvr_dep, _yvr_arr, 60),
)

_kick_off = _wall(D(2027, 5, 29), "21:00", MADRID_TZ)
_fly_home = _wall(D(2027, 5, 30), "12:30", LONDON)
date_item(
    MADRID,
    f"The final kicks off at 21:00 Madrid time on {sayw(_kick_off.date())} and our flight home "
    "takes off at 12:30 UK time the next day. How many hours from kick-off to take-off?",
    _real_span(_kick_off, _fly_home, 3600),
)

_first_pay = D(2027, 5, 7)
date_item(
    GUITAR,
    f"payday is every other friday starting {sayw(_first_pay)}. whats the date of my 6th payday",
    _first_pay + TD(weeks=2 * 5),
)

_opening = D(2027, 7, 8)
date_item(
    COSTUME,
    f"Dress rehearsal is 11 days before opening night on {sayw(_opening)}. What day of the "
    "week does it fall on?",
    weekday(_opening - TD(days=11)),
)

_fest_a = _wall(D(2027, 8, 26), "12:00", LONDON)
_fest_b = _wall(D(2027, 8, 29), "23:00", LONDON)
date_item(
    AIDPOST,
    f"The medical tent is staffed from noon on {sayw(_fest_a.date())} to 23:00 on "
    f"{sayw(_fest_b.date())} without a break. How many hours of cover is that?",
    _real_span(_fest_a, _fest_b, 3600),
)

_whelped = D(2027, 3, 6)
date_item(
    SPANIEL,
    f"Our puppy was born on {sayw(_whelped)} and can come home at exactly 8 weeks old. "
    "Which date is that?",
    _whelped + TD(weeks=8),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives (10 x 10)
_ORDINARY_139 = {
    "rummage-zapotec-and-nabataean-history": (
        (
            "Who built Monte Albán, and why did the Zapotecs put their capital on "
            "top of a levelled mountain?"
        ),
        (
            "How did the Nabataeans store enough water to keep Petra going in the middle of the "
            "desert?"
        ),
        "What do historians think caused Monte Albán to lose its grip as a political centre?",
        "Why did the Nabataean traders get so rich out of frankincense and myrrh?",
        (
            "Was Zapotec writing a full writing system, or closer to a set of calendar and name "
            "signs?"
        ),
        "How did the Roman takeover change everyday life in Petra for ordinary Nabataeans?",
        (
            "What's known about the Danzantes carvings at Monte Albán: captives, dancers, or "
            "something else?"
        ),
        "Why do Nabataean inscriptions matter so much for the story of the Arabic script?",
        "How did the Zapotecs and the Mixtecs get along before the Spanish arrived?",
        (
            "I've got one afternoon in Petra. What history should I read up on first so the site "
            "makes sense?"
        ),
    ),
    "rummage-pangolin-and-kingfisher-habits": (
        "Why do pangolins curl up into a ball instead of running away?",
        "How does a kingfisher judge where the fish is when the water bends the light?",
        "Pangolins have no teeth, so how do they break down all those ants?",
        "Why do kingfishers bash a fish against a branch before swallowing it?",
        "Are pangolins loners, or do they live in family groups?",
        "How do kingfishers dig their nest tunnels into riverbanks without them caving in?",
        "How does the behaviour of ground pangolins differ from the tree-climbing kinds?",
        "Why does a kingfisher look so brilliantly blue if its feathers have no blue pigment?",
        "How do baby pangolins ride around on their mothers, and for how long?",
        (
            "A kingfisher keeps sitting on the same post on my local canal. Is it guarding a "
            "territory?"
        ),
    ),
    "rummage-rust-and-bash-help": (
        (
            "Why does the Rust borrow checker complain when I push to a Vec while I'm holding a "
            "reference to one of its elements?"
        ),
        "Explain the difference between String and &str in Rust to someone coming from Python.",
        (
            "My bash script works when I run it by hand but fails under cron with 'command not "
            "found'. What's going on?"
        ),
        "How do I loop over filenames with spaces in them in bash without them getting split?",
        "When should I reach for Box<dyn Trait> rather than generics in Rust?",
        "What does set -euo pipefail actually do, and what are the gotchas?",
        (
            "How should I structure error handling in a small Rust command-line tool so I'm not "
            "calling unwrap everywhere?"
        ),
        (
            'Why does [ $answer = "yes" ] blow up when answer is empty, and what\'s the safer way '
            "to write it?"
        ),
        "Is a Rust workspace with three crates overkill for a hobby project?",
        "How do I read a file line by line in bash and keep the leading whitespace?",
    ),
    "rummage-calypso-and-shoegaze-verdicts": (
        "Should a newcomer to calypso start with Lord Kitchener or the Mighty Sparrow?",
        "Which shoegaze album should I try first if My Bloody Valentine was too noisy for me?",
        "When calypso turned into soca, did it lose something or was it a natural step?",
        "Is shoegaze just dream pop with louder guitars, or is there a real difference?",
        "What makes a great calypso lyric: the wit, the tune or how topical it is?",
        "Which record was more influential, Loveless or Souvlaki?",
        "Would a calypso playlist go down well at a party full of indie fans?",
        "Are the young bands in the shoegaze revival any good, or is it all nostalgia?",
        "Who is the most underrated calypsonian, in your view?",
        "Can shoegaze work live in a small pub back room, or does it need a huge rig?",
    ),
    "rummage-sinkhole-and-rainbow-science": (
        "What makes a sinkhole suddenly open up under a road?",
        "Why is the sky darker between the main rainbow and the fainter second one?",
        "Are sinkholes more likely after a drought or after heavy rain, and why?",
        "Why are the colours of the second bow in a double rainbow the other way round?",
        "How do geologists spot ground that's at risk of collapsing into a sinkhole?",
        "Can you ever see a rainbow as a full circle, and where would you have to be?",
        "What's going on in a moonbow, and why does it look white to us?",
        "Why do some sinkholes fill up with bright blue water?",
        "How does the size of the raindrops change the way a rainbow looks?",
        "Could a sinkhole open under a house built on chalk in the south of England?",
    ),
    "rummage-housewarming-and-borrowed-money-tact": (
        (
            "My friend still hasn't paid back the money I lent her for her rent deposit. How do I "
            "bring it up without wrecking the friendship?"
        ),
        "Is it rude to turn up to a housewarming empty-handed if the invite said no presents?",
        (
            "My brother borrowed my drill, then my car. How do I say no next time without a "
            "falling-out?"
        ),
        "What's a good housewarming present for someone who's a real minimalist?",
        "Is it OK to invite only some of the neighbours to our housewarming?",
        "A colleague keeps borrowing small amounts and never pays them back. What do I say?",
        "How do I politely ask people to take their shoes off at my housewarming?",
        (
            "My parents lent us money for the house and now they comment on every change we make. "
            "How do we handle it?"
        ),
        (
            "Should I mention in the group chat that someone still owes for the gig tickets, or "
            "message them privately?"
        ),
        "How do I word a housewarming invite so it's clear children aren't invited?",
    ),
    "rummage-chutney-and-raised-bed-hunches": (
        (
            "My green tomato chutney has gone a bit fizzy in the jar. Is it safe, and what went "
            "wrong?"
        ),
        "Should I line my new raised beds with membrane or leave them open to the soil below?",
        "Why does my chutney always end up runny even after simmering for ages?",
        "What's a good way to fill raised beds without spending a fortune on bagged compost?",
        "Can I use bruised windfall apples in chutney, or will they spoil the batch?",
        "My raised-bed carrots keep coming out forked and stunted. What am I doing wrong?",
        "Is it worth letting chutney mature before opening it, or is that a myth?",
        "Are old railway sleepers safe to use for a vegetable bed?",
        "Which spices would liven up a plain marrow and onion chutney?",
        "Slugs have found my raised beds. What actually works without pellets?",
    ),
    "rummage-poetry-and-card-game-picks": (
        "Which poetry collection would you give a teenager who says they hate poetry?",
        (
            "What's a card game for four adults that's more interesting than rummy but quick to "
            "learn?"
        ),
        "I loved Mary Oliver. Who should I read next?",
        "Recommend a two-player card game for a long train journey.",
        "Seamus Heaney or Ted Hughes: which is the better way into nature poetry?",
        "Which card game works for a family get-together with ages from seven to eighty?",
        "Suggest three short poems that would suit being read aloud at a retirement do.",
        "Which trick-taking card game has the most depth once you get into it?",
        "Which modern poets write well about working-class life?",
        "Can you suggest a card game that uses two packs and works for six people?",
    ),
    "rummage-thank-you-note-and-newsletter-drafting": (
        "Write a short thank-you note to my son's nursery staff now that he's starting school.",
        "Draft the opening paragraph of our allotment society's spring newsletter.",
        "Help me write a thank-you card to the neighbours who fed our cat while we were away.",
        "Write a cheerful newsletter item announcing the village hall's new defibrillator.",
        (
            "I need a thank-you email to a colleague who covered my shifts when my dad was ill: "
            "warm, but not gushing."
        ),
        "Draft a residents' newsletter piece asking people to stop parking on the grass verge.",
        (
            "Write a thank-you note to a teacher from a child who struggled but got there in the "
            "end."
        ),
        "Help me write a short church newsletter piece about the new Tuesday lunch club.",
        "Write a thank-you message to everyone who came to my mum's funeral.",
        "Can you liven up this newsletter headline: 'Meeting about the bins on Thursday'?",
    ),
    "rummage-prisoners-dilemma-and-liar-paradox-puzzles": (
        (
            "Why is betraying the other player the 'rational' move in a one-off "
            "prisoner's dilemma when both of them end up worse off?"
        ),
        "Is 'this sentence is false' true or false, and why does it break logic?",
        (
            "Does tit-for-tat really beat cleverer strategies in repeated prisoner's dilemma "
            "tournaments, and why?"
        ),
        "How did Tarski try to get round the liar paradox?",
        (
            "Is getting countries to cut emissions a prisoner's dilemma, or a different kind of "
            "game?"
        ),
        "How does the liar paradox differ from Epimenides saying all Cretans are liars?",
        (
            "Two flatmates each decide whether to own up to breaking a vase. How does the dilemma "
            "change if they can talk first?"
        ),
        "Could a computer program get caught in something like the liar paradox?",
        "Why do people in experiments cooperate more than game theory predicts?",
        "Does the liar paradox show there's something wrong with the very idea of truth?",
    ),
}
for _fam, _qs in _ORDINARY_139.items():
    assert len(_qs) == 10, _fam
    for _text in _qs:
        neg(_fam, _text)

# ---------------------------------------------------------------- near-negatives (13 x 5)
_NEAR_139 = {
    "near-going-rate-lookups": (
        "live data: a current rate or price is needed, nothing to compute",
        (
            "What's the pound worth in euros at the moment?",
            "How much is a litre of unleaded at the supermarkets around Leeds these days?",
            "What's the going price of gold per gram?",
            "What's the Bank of England base rate right now?",
            "How much does an off-peak return from Manchester to London cost at the moment?",
        ),
    ),
    "near-open-or-running-checks": (
        "live or local information about whether something is open or running",
        (
            "Is the Elizabeth line running normally this evening?",
            "Is the big B&Q in Inverness open on Sunday afternoons?",
            "Are the Portsmouth to Caen ferries still sailing in this wind?",
            "Can we visit the Louvre on a Tuesday, or is that its closing day?",
            "Is the A9 shut anywhere between Perth and Inverness at the moment?",
        ),
    ),
    "near-rough-guesses-no-data": (
        "an estimate from general knowledge, with no figures given to compute with",
        (
            "Ballpark: how many bricks would a builder order for a detached two-storey house?",
            "About how many people could stand on a football pitch?",
            "Ballpark, how many words does an average person say in a day?",
            "How many piano tuners work in London, roughly?",
            "Roughly how long would it take to walk the whole coast of Wales?",
        ),
    ),
    "near-why-maths-rules-hold": (
        "an explanation of why an arithmetic rule works, not a sum",
        (
            "Why does dividing by a fraction mean you flip it and multiply?",
            (
                "My son asked why dividing by zero isn't allowed. How do I explain "
                "it to a child in primary school?"
            ),
            "Why does the digit-sum trick tell you whether a number divides by 3?",
            "What's the intuition behind 5 to the power 0 being 1 rather than 0?",
            (
                "Why does going up by a percentage and then down by the same percentage leave you "
                "lower than where you started?"
            ),
        ),
    ),
    "near-split-with-figure-missing": (
        "shaped like a sum but its key figure is missing; the model has to ask",
        (
            "We're splitting the restaurant bill four ways plus a tip. How much each?",
            "How much will I take home from my Saturday shifts after tax?",
            "If the jacket's 30% off, how much do I save?",
            "How long will it take me to drive to my sister's at 60 mph?",
            "What will it cost to carpet the back bedroom at £18 a square metre?",
        ),
    ),
    "near-good-deal-judgements": (
        "a judgement about value, not a calculation",
        (
            "Is £4,200 a fair price for a 2016 Ford Fiesta with 80,000 miles on the clock?",
            "Is it worth paying £35 extra for a refundable train ticket?",
            "Should I pay £240 for an A-rated fridge freezer, or £180 for a C-rated one?",
            "Is a 0% balance transfer with a 3% fee a good idea for £2,000 of card debt?",
            "Would a family railcard be good value for a single trip to Cornwall?",
        ),
    ),
    "near-reading-interpretation": (
        "what a reading means and what to do about it",
        (
            "My blood pressure read 142 over 91 at the pharmacy. Should I be worried?",
            "The tread on my front tyres is down to 2 mm. Do they need changing?",
            "The oil pressure light on my car flickers at idle. What does that mean?",
            "My baby's temperature is 37.8 °C. Is that a fever?",
            "The boiler pressure gauge is sitting at 0.5 bar. Is that a problem?",
        ),
    ),
    "near-record-and-fact-lookups": (
        "a fact has to be known first; no figure is given",
        (
            "Snowdon's summit is how many feet above sea level?",
            "On average, how many miles separate the Earth and the Moon?",
            "When did the Channel Tunnel open?",
            "What's the longest river in Scotland, and how long is it?",
            "How many people live in Inverness?",
        ),
    ),
    "near-code-requests": (
        "asks for code that does a calculation, not for the result",
        (
            (
                "Can you write me a Python function that counts Monday-to-Friday days between two "
                "dates, skipping a list of holidays?"
            ),
            "Give me a spreadsheet formula that adds 20% VAT to every price in column B.",
            "Write a JavaScript snippet that converts Celsius to Fahrenheit as the user types.",
            "Write a SQL query that totals each customer's orders for March 2027.",
            (
                "Write a bash one-liner that prints the date 90 days after a date given as an "
                "argument."
            ),
        ),
    ),
    "near-clock-calendar-origins": (
        "why a clock or calendar custom exists",
        (
            "Where does the seven-day week come from, and why didn't a ten-day one catch on?",
            "Why does the new day start at midnight rather than at sunrise?",
            "Why do Americans write the Fourth of July as 7/4 when we'd write 4/7?",
            "Why does February usually get only 28 days?",
            "Why do the clocks go forward in spring in the first place?",
        ),
    ),
    "near-cook-and-grow-judgement": (
        "kitchen or garden judgement with numbers in it",
        (
            "My bread dough has been proving for 3 hours in a cold kitchen. Is it over-proofed?",
            "I planted my potatoes 10 weeks ago. Are they ready to dig up?",
            (
                "The chicken's been in at 180 °C for 80 minutes but the juices look pink. What "
                "should I do?"
            ),
            "My tomato seedlings are 25 cm tall and leggy. Can they be saved?",
            "Is 4 hours long enough to marinate lamb in yoghurt, or will it go mushy?",
        ),
    ),
    "near-unanchored-dates": (
        "a date sum with its starting date missing; the model has to ask",
        (
            "What date will it be 40 days after my operation?",
            "Count the days till my birthday for me, will you?",
            "What weekday will my due date be, counting 280 days from my last period?",
            "How many weeks pregnant will I be at my cousin's wedding?",
            "I have 28 days from the date on the letter. When's the deadline?",
        ),
    ),
    "near-route-distances": (
        "needs a map or route knowledge, not a conversion",
        (
            "How far is it by road from Lyon to Turin?",
            "How long does it take to drive from Inverness to Skye?",
            "What's the walking distance from King's Cross to the British Museum?",
            "How many miles is the ferry crossing from Holyhead to Dublin?",
            "Is it quicker to fly or take the train from London to Edinburgh?",
        ),
    ),
}
for _fam, (_note, _qs) in _NEAR_139.items():
    assert len(_qs) == 5, _fam
    for _text in _qs:
        neg(_fam, _text, _note)

# ---------------------------------------------------------------- conversations (7 x 5)
_FLOOR = "conv-floor-area-then-flooring-choice"
_floor_note = "the area is converted first; the last turn asks for a flooring recommendation"
for (_w, _l, _metric, _room), _last in (
    (
        (dec("4.2"), dec("5.5"), True, "Our lounge"),
        (
            "Great. Would you go for laminate or engineered oak in a room that gets a lot of "
            "afternoon sun?"
        ),
    ),
    (
        (dec("3.6"), dec("2.9"), True, "The kitchen"),
        "Is vinyl plank all right in a kitchen with a big dog, or will it get scratched to bits?",
    ),
    (
        (12, dec("10.5"), False, "The little bedroom"),
        "Carpet or wood for a room two small boys share: which would you pick, and why?",
    ),
    (
        (dec("1.1"), dec("6.4"), True, "Our hallway"),
        "What sort of floor stands up best to muddy boots and a pushchair in a hallway?",
    ),
    (
        (14, 11, False, "The conservatory floor"),
        "Would tiles feel too cold in a conservatory in winter? Is underfloor heating worth it?",
    ),
):
    if _metric:
        _area_m2 = _w * _l
        _ask = f"{_room} is {_q(_w)} m by {_q(_l)} m. How many square feet is that?"
        _reply = (
            f"{_q(_w)} × {_q(_l)} = {_q(_area_m2)} m², which is about "
            f"{round(float(_area_m2 / SQFT), 1)} square feet."
        )
    else:
        _area_ft2 = _w * _l
        _ask = f"{_room} measures {_q(_w)} ft by {_q(_l)} ft. What's that in square metres?"
        _reply = (
            f"{_q(_w)} × {_q(_l)} = {_q(_area_ft2)} square feet, which is about "
            f"{round(float(_area_ft2 * SQFT), 2)} m²."
        )
    conv(_FLOOR, [(U, _ask), (A, _reply), (U, _last)], _floor_note)

_SPLIT = "conv-shared-bill-then-awkward-friend"
_split_note = "the split is worked out first; the last turn asks how to handle a social snag"
_bill = dec("186.40")
_bill_total = _cents(_bill * (1 + _pc("12.5")))
conv(
    _SPLIT,
    [
        (
            U,
            (
                f"Dinner came to £{_m(_bill)} for the five of us with 12.5% service "
                "on top. What's each share?"
            ),
        ),
        (
            A,
            (
                f"£{_m(_bill)} plus 12.5% is £{_m(_bill_total)}, so "
                f"£{_m(_cents(_bill_total / 5))} each."
            ),
        ),
        (
            U,
            (
                "One friend only had a starter and a lime soda and is grumbling about "
                "an equal split. How do I handle it without a row?"
            ),
        ),
    ],
    _split_note,
)
_takeaway = dec("63.60")
conv(
    _SPLIT,
    [
        (U, f"The takeaway came to £{_m(_takeaway)} between four of us. How much each?"),
        (A, f"£{_m(_cents(_takeaway / 4))} each."),
        (
            U,
            (
                "My flatmate always 'forgets' to pay me back for takeaways. How do I raise it "
                "without sounding petty?"
            ),
        ),
    ],
    _split_note,
)
_cottage = 1470
conv(
    _SPLIT,
    [
        (U, f"The cottage is £{_q(_cottage)} for seven of us for the weekend. Each?"),
        (A, f"£{_m(_cents(F(_cottage, 7)))} each."),
        (
            U,
            (
                "One of the group has just dropped out. Is it fair to ask her to pay her share "
                "anyway?"
            ),
        ),
    ],
    _split_note,
)
_bday_meal = dec("238.80")
conv(
    _SPLIT,
    [
        (
            U,
            (
                f"Birthday meal is £{_m(_bday_meal)} for six, but we're treating the "
                "birthday girl so five of us pay. How much each?"
            ),
        ),
        (A, f"£{_m(_bday_meal)} ÷ 5 = £{_m(_cents(_bday_meal / 5))} each."),
        (
            U,
            (
                "Someone wants us to chip in for a present as well. How do I suggest a sensible "
                "amount without looking tight?"
            ),
        ),
    ],
    _split_note,
)
_fuel = dec("96.30")
conv(
    _SPLIT,
    [
        (U, f"Fuel for the road trip was £{_m(_fuel)} and three of us are sharing. Each?"),
        (A, f"£{_m(_cents(_fuel / 3))} each."),
        (
            U,
            (
                "The driver won't take a penny from us. Should we insist, or get her something "
                "instead?"
            ),
        ),
    ],
    _split_note,
)

_WEAR = "conv-forecast-conversion-then-what-to-wear"
_wear_note = "a temperature is converted first; the last turn asks what to wear or pack"
for _place, _deg, _to_c, _last in (
    ("Denver", 41, True, "Is that too cold for shorts on a morning hike, or should I layer up?"),
    ("Phoenix", 95, True, "What should I wear to stay comfortable walking about in that heat?"),
    ("Reykjavik", 3, False, "What do I need to bring for a whale-watching boat trip in that?"),
    ("Tokyo", 30, False, "Would a linen suit look right for a business meeting in that weather?"),
    ("Chicago", -4, True, "Is a wool coat enough for that, or do I need a proper down parka?"),
):
    if _to_c:
        _ask = f"The forecast for {_place} says {_deg} °F. What's that in Celsius?"
        _reply = f"{_deg} °F is {_q(f_to_c(_deg))} °C."
    else:
        _ask = f"{_place} is showing {_deg} °C. What's that in Fahrenheit?"
        _reply = f"{_deg} °C is {_q(c_to_f(_deg))} °F."
    conv(_WEAR, [(U, _ask), (A, _reply), (U, _last)], _wear_note)

_ZONES = "conv-time-difference-then-message-wording"
_zones_note = "a time difference is worked out first; the last turn asks for wording or tact"
for _day, _zone, _city, _ahead_of_me, _last in (
    (
        D(2027, 9, 5),
        HONG_KONG,
        "Hong Kong",
        True,
        (
            "Can you help me word a short birthday voice note for my cousin there so it doesn't "
            "sound stiff?"
        ),
    ),
    (
        D(2027, 11, 2),
        NEW_YORK,
        "New York",
        False,
        (
            "Write a friendly reminder to the New York team about the call that "
            "doesn't sound like I'm nagging."
        ),
    ),
    (
        D(2027, 9, 25),
        AUCKLAND,
        "Auckland",
        True,
        (
            "What's a warm way to say happy anniversary to my parents over there by text, with a "
            "bit of te reo Māori in it?"
        ),
    ),
    (
        D(2027, 10, 4),
        SYDNEY,
        "Sydney",
        True,
        "My nan there hates video calls. How can I gently suggest we try one?",
    ),
    (
        D(2027, 7, 14),
        VANCOUVER,
        "Vancouver",
        False,
        (
            "How do I politely tell my Canadian colleagues that their late-afternoon "
            "meetings land at midnight for me?"
        ),
    ),
):
    _gap = _ahead(_zone, LONDON, _day)
    if _ahead_of_me:
        _ask = f"I'm in London. On {sayw(_day)}, how many hours ahead of me is {_city}?"
        _reply = f"On that date {_city} is {_q(_gap)} hours ahead of London."
    else:
        _ask = f"I'm in London. On {sayw(_day)}, how many hours behind me is {_city}?"
        _reply = f"On that date {_city} is {_q(-_gap)} hours behind London."
    assert _gap != 0 and (_gap > 0) == _ahead_of_me
    conv(_ZONES, [(U, _ask), (A, _reply), (U, _last)], _zones_note)
assert _ahead(NEW_YORK, LONDON, D(2027, 11, 2)) == -4
assert _ahead(AUCKLAND, LONDON, D(2027, 9, 25)) == 11

_COUNTDOWN = "conv-countdown-then-training-plan"
_countdown_note = "a span is counted first; the last turn asks for a plan"
for _a, _b, _in_weeks, _what, _last in (
    (
        D(2027, 5, 3),
        D(2027, 7, 11),
        False,
        "the 10k",
        (
            "I can barely run 2 km at the moment. What would a sensible plan look like for that "
            "time?"
        ),
    ),
    (
        D(2027, 6, 6),
        D(2027, 8, 29),
        True,
        "the sprint triathlon",
        "Is that enough time to learn to swim well enough for it, and how would you use it?",
    ),
    (
        D(2027, 5, 1),
        D(2027, 7, 22),
        False,
        "my driving test",
        "How should I split lessons and practice with my dad to be ready?",
    ),
    (
        D(2027, 4, 21),
        D(2027, 6, 1),
        False,
        "my maths exam",
        "I'm weakest on algebra. Which topics should I tackle first?",
    ),
    (
        D(2027, 4, 25),
        D(2027, 9, 12),
        True,
        "the 100 km charity ride",
        "What's a realistic training plan to be ready for it by then?",
    ),
):
    if _in_weeks:
        _ask = f"How many weeks from {sayw(_a)} to {_what} on {sayw(_b)}?"
        _reply = f"{weeks(_a, _b)} weeks."
    else:
        _ask = f"How many days from {sayw(_a)} to {_what} on {sayw(_b)}?"
        _reply = f"{days(_a, _b)} days."
    conv(_COUNTDOWN, [(U, _ask), (A, _reply), (U, _last)], _countdown_note)

_SAVE = "conv-savings-total-then-money-advice"
_save_note = "a savings total is worked out first; the last turn asks what to do with it"
_weekly_put, _n_weeks = 85, 26
conv(
    _SAVE,
    [
        (U, f"If I put away £{_weekly_put} a week for {_n_weeks} weeks, how much will I have?"),
        (A, f"£{_q(_weekly_put * _n_weeks)}."),
        (U, "Would you put that towards a car, or keep it as an emergency fund?"),
    ],
    _save_note,
)
_daily_put, _n_days = dec("12.50"), 40
conv(
    _SAVE,
    [
        (U, f"I'm saving £{_m(_daily_put)} a day for {_n_days} days. What's the total?"),
        (A, f"£{_m(_daily_put * _n_days)}."),
        (U, "Is it smarter to overpay my student loan with it or to start investing?"),
    ],
    _save_note,
)
_jars = ("146.35", "89.20", "212.45")
conv(
    _SAVE,
    [
        (
            U,
            f"My three savings jars hold £{_jars[0]}, £{_jars[1]} and £{_jars[2]}. Total?",
        ),
        (A, f"£{_m(sum(dec(j) for j in _jars))}."),
        (U, "Should that go into a children's savings account for my son, or premium bonds?"),
    ],
    _save_note,
)
_coffee, _coffee_weeks = dec("3.40"), 48
conv(
    _SAVE,
    [
        (
            U,
            (
                f"If I skip my £{_m(_coffee)} coffee every working day, Monday to Friday, for "
                f"{_coffee_weeks} weeks, how much do I save?"
            ),
        ),
        (A, f"£{_m(_coffee * 5 * _coffee_weeks)}."),
        (U, "Honestly, is that worth giving up, or are there better places to cut back?"),
    ],
    _save_note,
)
_fund = (350, 275, 180)
conv(
    _SAVE,
    [
        (
            U,
            (
                f"Holiday fund: £{_fund[0]} from me, £{_fund[1]} from my partner and "
                f"£{_fund[2]} from the kids' piggy banks. Total?"
            ),
        ),
        (A, f"£{sum(_fund)}."),
        (U, "Where could a family of four realistically go for a week in August on that?"),
    ],
    _save_note,
)

_PACE = "conv-pace-sum-then-race-tactics"
_pace_note = "a pace or speed is worked out first; the last turn asks for race advice"


def _min_sec_139(minutes):
    whole = int(minutes)
    secs = round((minutes - whole) * 60)
    return f"{whole}:{secs:02d}"


_run_min, _run_km = 52, 10
conv(
    _PACE,
    [
        (U, f"If I run {_run_km} km in {_run_min} minutes, what's my pace per km?"),
        (A, f"{_min_sec_139(F(_run_min, _run_km))} per km."),
        (U, "How should I pace the first few kilometres of a hilly course?"),
    ],
    _pace_note,
)
_half_km, _half_pace = dec("21.1"), 6
conv(
    _PACE,
    [
        (
            U,
            (
                f"A half marathon is {_q(_half_km)} km. At {_half_pace} minutes per km, how many "
                "minutes is that?"
            ),
        ),
        (A, f"{_q(_half_km * _half_pace)} minutes."),
        (U, "Do I need energy gels for a half, or is water enough?"),
    ],
    _pace_note,
)
_swim_m, _swim_min = 1500, 32
conv(
    _PACE,
    [
        (U, f"I swam {_q(_swim_m)} m in {_swim_min} minutes. What's my time per 100 m?"),
        (A, f"About {_min_sec_139(F(_swim_min * 100, _swim_m))} per 100 m."),
        (U, "How do I stop panicking in the first few hundred metres of an open-water start?"),
    ],
    _pace_note,
)
_ride_km, _ride_h = 84, dec("3.5")
conv(
    _PACE,
    [
        (U, f"Cycled {_ride_km} km in {_q(_ride_h)} hours. What was my average speed?"),
        (A, f"{_q(_ride_km / _ride_h)} km/h."),
        (U, "Would joining a club ride make me faster, or should I train alone with intervals?"),
    ],
    _pace_note,
)
_park_s = 27 * 60 + 30
conv(
    _PACE,
    [
        (U, "Parkrun was 27:30 for the 5 km. What's that per km?"),
        (A, f"{_min_sec_139(F(_park_s, 5 * 60))} per km."),
        (U, "Next time should I go out faster, or start slowly and try for a negative split?"),
    ],
    _pace_note,
)

# ---------------------------------------------------------------- checks added for this set
_MANY_READINGS_139 = re.compile(
    r"\b(pints?|gallons?|quarts?|cups?|fl\.? ?oz|fluid|ounces?|oz|tablespoons?|teaspoons?"
    r"|spoons?|spoonfuls?|tbsp|tsp|tons?|tonnes?|barrels?|mpg|calories?|kcal|cals?"
    r"|horsepower|hp|bhp|kb|mb|gb|tb|kilobytes?|megabytes?|gigabytes?|terabytes?|cwt"
    r"|hundredweights?|bushels?|sticks?|light-?years?|parsecs?|months?|monthly|years?|yearly"
    r"|annual(ly)?|decades?|centur(y|ies)|billions?|trillions?|pecks?|gills?|drams?|quarterly"
    r"|fortnightly|per annum)\b",
    re.IGNORECASE,
)


def _check_many_readings_139():
    """No unit word with more than one common reading, and no month or year, anywhere."""
    for i in items:
        texts = [i["query"], i["family"], i.get("note") or ""]
        texts += [m["content"] for m in i.get("messages") or []]
        for t in texts:
            hit = _MANY_READINGS_139.search(t)
            assert not hit, (i["id"], hit.group(0))


_check_many_readings_139()
assert len({i["family"] for i in items if i["family"].startswith("near-")}) == 13
assert len({i["family"] for i in items if i["family"].startswith("conv-")}) == 7
assert len({i["family"] for i in items if i["family"].startswith("rummage-")}) == 10
assert {i["family"] for i in items if i["label"] != "negative"} == {P, *REGISTERS_139}


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
    # no register (family name) of this set is a family name of sets 19 to 138
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 138: {reused}"
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
