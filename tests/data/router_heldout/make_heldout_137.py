r"""Generate heldout-2027-04-19.jsonl: a hundred-and-thirty-seventh held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-19 by a helper session working only in /work/sealed137 (scratch files
in /work/sealed137/scratch, deleted at the end). The starting point was a 2232-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-19.jsonl, PREFIX "ho137-", earlier generators 1-136, register check against
sets 19 to 136); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; weekdays and other text as a whitespace-free substring);
- /work/sealed137/earlier_registers.txt (3022 earlier family names): its first 100 lines and a
  line count, a tally of the prefixes of its 279 hyphenated (negative-topic) names, the first 80
  hyphenated names not starting "ask-", one slice of 31 consecutive names, counts of names
  starting "near" or "conv", and grep runs that printed, for about 190 candidate keywords (a few
  repeated), how many earlier names contain the keyword and the first few such names, so that
  this set's names are new (ideas such as a mobile dog groomer, a narrowboat, a man with a
  van, a Saturday job, walking Hadrian's Wall or cycling the Loire were dropped because close
  names existed);
- of the copied script, exactly the allowed lines 1-385, 749-809, 1066-1150, 1488-1495 and
  2009-2232, printed with sed, plus a line count; the printed lines 1-385 only (piped from sed)
  were searched for the end of the old docstring (line 135) and the __future__ import.
No line outside those ranges was printed or searched, and no sed call showed the joins. A
byte-for-byte copy of the original was kept in the scratch folder (sha256 ca0aff37..., printed)
and was read, printing nothing but line counts, only by the one splicing script, which kept
lines 136-385, 749-809, 1066-1150, 1488-1495 and 2009-2232 by line number and put a marker line
in place of the old docstring (1-135) and of each dropped stretch (386-748, 810-1065, 1151-1487
and 1496-2008). Everything after that worked from this skeleton of kept lines (a few of its
lines around the markers were printed to check the joins): a small script filled the markers
with this docstring and four sections written from scratch; a check confirmed that each kept
chunk appears verbatim, and in order, in the formatted script (it printed only found/in order
and line counts); and an ast check of the skeleton (never the original) and the new sections
showed that no new module-level name rebinds a module-level name of the kept lines, equals a
local name of the kept functions, shadows a builtin or is bound by two sections (all empty). No
git history, web or code search (the search tools were not used), router, tests (not even a
listing), other sealed directories, other generators, other JSONL files or other files under
/work/main were read; /work/main/pyproject.toml was only handed to ruff as its configuration.
Probes printed the Python version (3.11.7), where Python finds its zone data (the venv's tzdata
package, IANA 2026f) and the UTC offsets of 26 zones on seven dates of 2027. The script imports
the earlier generators itself, in memory, for its duplicate and register checks, and prints none
of their text (its failure messages name only this set's item ids). Expected values and wording
were reviewed from listings of this set's own output (ids, expected values, tolerances and
texts of every positive, and every conversation's turns).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a godmother
  flying to Bangkok for a naming day, a son on an engineering placement in Aberdeen, a retired
  couple house sitting near Athens, pen friends finally meeting in Chicago, a volunteer at a
  turtle hatchery in Costa Rica, a choir alto touring to Krakow, a couple walking hut to hut in
  the Dolomites, cousins planning a ruby wedding do, a nan switching to online banking, a lodger
  in a box room, a couple training a border collie pup, a mum selling outgrown baby things
  online, an amateur carpenter making a dining table, an uncle planning a fishing trip to Kerry,
  a pupil revising for a GCSE maths resit, a daughter showing lambs at the county show,
  grandparents visiting grandchildren in Johannesburg, a family keeping bantam hens, a couple
  choosing a first sofa, a family camping on the Cornish coast, a retired bus driver writing his
  memoirs, a shop steward checking a pay offer, a grandma doing a charity skydive, a nurse on a
  working holiday in Melbourne and a stepson playing college soccer in Ohio), each register used
  by all three tools; the Chicago, online banking, lodger, carpenter, shop steward and Melbourne
  registers have two items per tool. Phrasing varies: questions, imperatives, lowercase texts,
  past-paper and revision-card prompts, symbols (×, ÷, −, √, ^, %, °C, °F, m²) and written-out
  units; pounds, pence, euros, US and Australian dollars, baht and rand; written dates with
  computed weekdays (sayw) and without, clock times, flights and shifts.
- Every expected value is computed in code from the figures the question states (mostly held
  in variables and interpolated through _m and _q, which print exact Fractions exactly):
  Fraction arithmetic for money and quantities (_cents asserts whole pence and cents; oak boards,
  tins of oil and copies of a book round up to whole items with whole_up), exact unit
  definitions for conversions (from the set-up: inch, foot, yard, mile, avoirdupois pound,
  ounce and stone, acre, square and cubic feet, psi and bar, MiB and GiB, km/h and mph,
  Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre, gram and hectare), graded
  exactly when the result has at most three decimals and at 0.1% otherwise (_u choosing, unit_r
  asserting that an answer rounded to two decimals still passes), and date arithmetic for
  weekdays, spans, inclusive day counts, an age for a leap-day birthday on an unambiguous date,
  nth and last weekdays, day of the year, counts of a weekday (_count_wd_137), working days
  skipping a stated bank holiday (_workdays_137), four-weekly and fortnightly dates, clock
  intervals, and two spans across a clock change (a York night shift on 30-31 October 2027 is 9
  real hours; a Melbourne night shift on 2-3 October 2027 is 11), plus flights and time
  differences whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the
  set-up is unchanged; _wall() asserts every wall-clock time used exists and is unambiguous, and
  asserts near the helpers pin the offsets relied on: London's changes on 28 March and 31
  October 2027, Chicago still five behind London on 4 November 2027, Melbourne eleven ahead on
  1 April 2027 and changing on 4 April and 3 October 2027, Bangkok, Johannesburg, New York,
  Berlin, Sydney, Dubai and Toronto). No offsets are written in the positives.
- 200 negatives: 100 ordinary ones in ten new "yarn-" topics (Viking and Ottoman history; otter
  and magpie habits; Rust and bash help; reggae and baroque verdicts; monsoon and earthquake
  science; wedding seating and neighbour tact; houseplant and jam hunches; novel and podcast
  picks; cover letter and apology drafting; trolley and promise puzzles), 65 near-negatives in
  13 families of five shaped like positives but needing the model (live prices and rates, what
  is open or running, ballparks with no figures, why an arithmetic rule holds, sums missing the
  key figure, whether a deal is worth it, what a reading means, when something happened, code
  to write, why a clock or calendar custom exists, kitchen and garden calls with numbers, date
  questions missing their anchor date, and distances needing a map), and 35 conversations in
  seven families of five whose first turn asks an exact question and whose last turn asks what
  to do with a savings total, for packing advice after a weight conversion, about invite wording
  and meeting etiquette after a time-zone conversion, for a plan after a date count, for social
  advice after a bill split, for colour advice after a paint quantity, or for words or gift
  ideas after an age; none ends in a plain exact question, and the figures in assistant turns
  are computed in code (the time-zone turns from the same zoneinfo helpers). Symbolic algebra
  was kept out of the negatives.
- No unit word with more than one common reading (ton, gallon, pint, quart, cup, fluid ounce,
  barrel, hundredweight, calorie, spoon measures, horsepower, kB/MB/GB) and no "month" or "year"
  at all appears anywhere in the set, negatives and conversation turns included: an extra check
  (_check_many_readings_137) asserts it over every text; ounces appear only as weights (lb and
  oz of a parcel and a fish).

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 136,
no query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the extra check above,
the comparison with earlier_registers.txt above, and the ast and kept-chunk checks above. The
first runs failed on unit_r's two-decimal assertion (a walk of 1.3 miles in km, changed to 2.5
miles, and a 3 lb 9 oz parcel in kg, now asked in grams); a pool area that equalled a plain
question's 45 m² was changed to 12 m by 5 m. The duplicate check then flagged 17 items matching
earlier sets word for word (one plain calculator, five plain units and two plain datetime
questions, one birthday conversation and eight near-negatives: two live-rate, one take-home-pay,
two history-date and three arithmetic-rule questions), all reworded or given new figures; the
next run flagged a reworded plain miles-to-km question and the same conversation again (its
last turn was then reworded too), and after that every check passed. Reviewing the listings
fixed two exchange rates printed as fractions (218/5, 477/20) by printing them through _q,
replaced an age asked on 28 February for a 29 February birthday (which jurisdictions count
differently) by one on 15 June, and dropped "about" before exact paint quantities. Ruff check
listed one UP017 and 17 implicitly concatenated strings in collections (ISC004); ruff's own fix
was applied to both, and six lines over 99 characters were rewrapped or reworded. Ruff check
and ruff format are clean, no line exceeds 99 characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_137.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-19.jsonl"
PREFIX = "ho137-"
# earlier generators: sets 1-136 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 137))
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


# set 137: money and figure helpers (exact Fractions; money asserted to whole pence or cents)
def _cents(x):
    """An amount of money, asserted to come to whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def _m(x):
    """Money as written in a question: whole amounts plain, otherwise two decimals."""
    x = _cents(x)
    if x.denominator == 1:
        return f"{int(x):,}"
    c = int(x * 100)
    return f"{c // 100:,}.{c % 100:02d}"


def _q(x):
    """An exact terminating quantity as written, e.g. 2.45 or 1,240."""
    x = F(x)
    k = decimals(x)
    if k == 0:
        return f"{int(x):,}"
    s = str(Decimal(x.numerator) / Decimal(x.denominator))
    assert F(Decimal(s)) == x, (x, s)
    return s


assert _m(dec("1247.6")) == "1,247.60" and _m(650) == "650" and _q(dec("2.45")) == "2.45"


def _calc_section_137():
    """Calculator positives: 14 plain, then 31 from the registers of this set."""
    # ---- plain (14)
    calc(P, "What's 17.5% of 3,360?", pct("17.5") * 3360)
    root = math.isqrt(7056)
    assert root * root == 7056
    calc(P, "√7056 = ?", root)
    calc(P, "work out 3.75 × 48 − 29.6 for me", dec("3.75") * 48 - dec("29.6"))
    calc(P, "How much is two fifths of 1,235?", F(2, 5) * 1235)
    calc(P, "Quick one: (1,806 + 2,394) ÷ 14 = ?", F(1806 + 2394, 14))
    calc(P, "What is 12 cubed minus 9 squared?", 12**3 - 9**2)
    calc(P, "46 is 23% of what number?", 46 / pct(23))
    marks = [81, 94, 77, 88, 92]
    calc(P, "Mean of 81, 94, 77, 88 and 92?", F(sum(marks), len(marks)))
    calc(P, "Take 6.4% of 12,500.", pct("6.4") * 12500)
    calc(P, "9.45 divided by 0.35 — what does that come to?", dec("9.45") / dec("0.35"))
    calc(
        P,
        "Put 640 up by 15%, then take 15% off the result. Where do you end up?",
        640 * (1 + pct(15)) * (1 - pct(15)),
    )
    calc(P, "2^11 + 3^7 = ?", 2**11 + 3**7)
    calc(P, "What's 0.125 of 7,368?", dec("0.125") * 7368)
    calc(P, "What's the percentage increase going from 250 to 310?", F(310 - 250, 250) * 100)

    # ---- registers (31)
    fam = "godmother_flying_to_bangkok_for_a_naming_day"
    gbp, rate = 450, dec("43.6")
    calc(
        fam,
        f"Changing £{gbp} into baht before the naming day in Bangkok — the kiosk gives {_q(rate)} "
        "baht to the pound. How many baht should I get?",
        _cents(gbp * rate),
    )

    fam = "son_on_an_engineering_placement_in_aberdeen"
    pay, rent = 1840, 95
    calc(
        fam,
        f"my placement pays £{_m(pay)} every four weeks and the room in Aberdeen is £{rent} a "
        "week. how much is left per four-week pay period once rent's paid?",
        _cents(pay - 4 * rent),
    )

    fam = "retired_couple_house_sitting_near_athens"
    nights, per_day = 19, 12
    calc(
        fam,
        f"We're house sitting outside Athens for {nights} days and the owners leave €{per_day} a "
        "day for cat food and bits. What does that add up to?",
        _cents(nights * per_day),
    )

    fam = "pen_friends_finally_meeting_in_chicago"
    bill, tip = dec("87.40"), pct(20)
    calc(
        fam,
        f"Deep dish dinner for the three of us came to ${_m(bill)} before tip. Adding a "
        "20% tip and splitting it three ways, what's each person's share?",
        _cents(bill * (1 + tip) / 3),
    )
    room, nts, tax = 189, 4, pct("17.5")
    calc(
        fam,
        f"Hotel by the Loop: ${room} a night for {nts} nights, plus 17.5% room tax on the lot. "
        "Total bill?",
        _cents(room * nts * (1 + tax)),
    )

    fam = "volunteer_at_a_turtle_hatchery_in_costa_rica"
    fee, dep, inst = 1350, 275, 5
    calc(
        fam,
        f"The hatchery placement costs US${_m(fee)} and I've put down a ${dep} deposit. If I "
        f"pay the rest in {inst} equal instalments, how much is each one?",
        _cents(F(fee - dep, inst)),
    )

    fam = "choir_alto_touring_to_krakow"
    each, singers, fund = 642, 34, 3400
    calc(
        fam,
        f"Krakow tour is £{each} a head for {singers} singers. The choir fund is putting in "
        f"£{_m(fund)}, shared out equally. What does each of us actually pay?",
        _cents(each - F(fund, singers)),
    )

    fam = "couple_walking_hut_to_hut_in_the_dolomites"
    hb, people, hut_nights, lift = 68, 2, 7, 45
    calc(
        fam,
        f"Half board in the rifugi is €{hb} per person per night. There are {people} of us for "
        f"{hut_nights} nights, plus €{lift} of cable car tickets between us. Total spend?",
        _cents(hb * people * hut_nights + lift),
    )

    fam = "cousins_planning_a_ruby_wedding_do"
    venue, guests, head, cake, cousins = 850, 62, dec("14.50"), 120, 5
    calc(
        fam,
        f"Ruby wedding do: venue £{venue}, buffet for {guests} at £{_m(head)} a head, cake "
        f"£{cake}. Split equally between the {cousins} of us cousins — how much each?",
        _cents((venue + guests * head + cake) / cousins),
    )

    fam = "nan_switching_to_online_banking"
    bal, gas, ctax, pens = dec("1247.63"), dec("86.40"), 142, dec("921.30")
    calc(
        fam,
        f"Nan's app showed £{_m(bal)}. Since then the gas (£{_m(gas)}) and council tax "
        f"(£{ctax}) went out and her pension of £{_m(pens)} came in. What should the balance "
        "say now?",
        _cents(bal - gas - ctax + pens),
    )
    credit = 400
    debits = [dec("42.15"), dec("18.99"), dec("67.50"), dec("9.99")]
    calc(
        fam,
        f"£{credit} went into Nan's account and four direct debits left it the same week: "
        + ", ".join(f"£{_m(d)}" for d in debits[:-1])
        + f" and £{_m(debits[-1])}. How much of the £{credit} is left?",
        _cents(credit - sum(debits)),
    )

    fam = "lodger_in_a_box_room"
    rent4, wk_dep = 520, 5
    calc(
        fam,
        f"Box room is £{rent4} every four weeks, bills included, and she wants a deposit of "
        f"{wk_dep} weeks' rent. How much is the deposit?",
        _cents(F(rent4, 4) * wk_dep),
    )
    bb = dec("35.97")
    calc(
        fam,
        f"broadband is £{_m(bb)} per four weeks and there's three of us in the house. whats my "
        "third?",
        _cents(bb / 3),
    )

    fam = "couple_training_a_border_collie_pup"
    sess, sess_fee, line, pouch = 6, dec("14.50"), dec("18.99"), dec("7.49")
    calc(
        fam,
        f"Puppy class for our collie: {sess} sessions at £{_m(sess_fee)} each, plus a long "
        f"line at £{_m(line)} and a treat pouch at £{_m(pouch)}. What's the total?",
        _cents(sess * sess_fee + line + pouch),
    )

    fam = "mum_selling_outgrown_baby_things_online"
    pram, cut, flat = 145, pct(5), dec("0.30")
    calc(
        fam,
        f"Sold the pram for £{pram}. The selling site keeps 5% of the price plus 30p. What "
        "actually lands in my account?",
        _cents(pram - pram * cut - flat),
    )

    fam = "amateur_carpenter_making_a_dining_table"
    need, spare, board = 9, pct(10), dec("38.75")
    n_boards = whole_up(need * (1 + spare))
    calc(
        fam,
        f"Oak boards are £{_m(board)} each. I need {need} for the table plus 10% extra for "
        "waste, and the yard only sells whole boards. What will the boards cost me?",
        _cents(n_boards * board),
    )
    tin, cover, area, coats = dec("24.95"), 12, dec("5.2"), 3
    tins = whole_up(area * coats / cover)
    calc(
        fam,
        f"Hardwax oil is £{_m(tin)} a tin and a tin covers {cover} m². The table top, apron "
        f"and legs come to {_q(area)} m² and I'm giving it {coats} coats. Buying whole tins, "
        "what do I spend on oil?",
        _cents(tins * tin),
    )

    fam = "uncle_planning_a_fishing_trip_to_kerry"
    boat, anglers, bait = 420, 4, 15
    calc(
        fam,
        f"Boat out of Dingle is €{boat} for the day between {anglers} of us, and bait and "
        f"tackle hire is another €{bait} per person. What's each man's cost?",
        _cents(F(boat, anglers) + bait),
    )

    fam = "pupil_revising_for_a_gcse_maths_resit"
    sale, off = 52, pct(35)
    calc(
        fam,
        f"Past paper question: after a 35% reduction a jacket costs £{sale}. What was the "
        "original price?",
        _cents(sale / (1 - off)),
    )

    fam = "daughter_showing_lambs_at_the_county_show"
    entry, lambs, classes, prizes = dec("6.50"), 2, 4, [25, 15, 15]
    calc(
        fam,
        f"Entries are £{_m(entry)} per lamb per class. She showed {lambs} lambs in {classes} "
        "classes and won £25, £15 and £15. How much is she ahead once entries are paid?",
        _cents(sum(prizes) - entry * lambs * classes),
    )

    fam = "grandparents_visiting_grandchildren_in_johannesburg"
    gbp2, zar = 600, dec("23.85")
    calc(
        fam,
        f"We're changing £{gbp2} at {_q(zar)} rand to the pound before we fly to Jo'burg. "
        "How many rand is that?",
        _cents(gbp2 * zar),
    )

    fam = "family_keeping_bantam_hens"
    sack_p, lasts, hens = 1380, 40, 6
    calc(
        fam,
        f"A 20 kg sack of layers pellets costs £{_m(F(sack_p, 100))} and lasts our {hens} "
        f"bantams {lasts} days. How many pence is that per hen per day?",
        F(sack_p, lasts * hens),
    )

    fam = "couple_choosing_a_first_sofa"
    sofa, disc, deliv, pays = 1299, pct(20), 49, 10
    calc(
        fam,
        f"The corner sofa is £{_m(sofa)} with 20% off, plus £{deliv} delivery, paid over "
        f"{pays} equal interest-free payments. How much is each payment?",
        _cents((sofa * (1 - disc) + deliv) / pays),
    )

    fam = "family_camping_on_the_cornish_coast"
    pitch, stay, dog, dogs, hook = 32, 5, 4, 2, 10
    calc(
        fam,
        f"Pitch near Polzeath: £{pitch} a night, £{dog} per dog per night (we've got {dogs}) "
        f"and £{hook} a night for the electric hook-up. What's the bill for {stay} nights?",
        _cents(stay * (pitch + dog * dogs + hook)),
    )

    fam = "retired_bus_driver_writing_his_memoirs"
    copies, unit_cost, setup, price = 150, dec("6.85"), 95, 12
    calc(
        fam,
        f"The printer wants £{_m(unit_cost)} a copy for {copies} copies plus a £{setup} setup "
        f"fee. If I sell the book at £{price}, how many copies do I have to sell to cover the "
        "printing?",
        whole_up((copies * unit_cost + setup) / price),
    )

    fam = "shop_steward_checking_a_pay_offer"
    basic, rise = 27380, pct("4.5")
    calc(
        fam,
        f"Management's offer: 4.5% on basic plus a one-off £500 lump sum. For a member on "
        f"£{_m(basic)} basic, what's the new basic salary?",
        _cents(basic * (1 + rise)),
    )
    flat, member = 1200, 24600
    calc(
        fam,
        f"Members are asking whether a flat £{_m(flat)} rise beats 4.5%. For someone on "
        f"£{_m(member)}, how much more is the flat rise worth?",
        _cents(flat - member * rise),
    )

    fam = "grandma_doing_a_charity_skydive"
    tiers = [(38, 10), (12, 20), (5, 50)]
    jump = 395
    calc(
        fam,
        "Gran's skydive sponsorship: 38 people gave £10, 12 gave £20 and 5 gave £50. The "
        f"jump itself costs £{jump}, which comes out first. How much is left for the hospice?",
        _cents(sum(n * v for n, v in tiers) - jump),
    )

    fam = "nurse_on_a_working_holiday_in_melbourne"
    hourly, hours, sunday = dec("58.40"), 36, 8
    gross = _cents((hours - sunday) * hourly + sunday * hourly * F(3, 2))
    calc(
        fam,
        f"Agency rate is A${_m(hourly)} an hour, time and a half on Sundays. I worked {hours} "
        f"hours, {sunday} of them on the Sunday. What's my gross pay?",
        gross,
    )
    withheld = pct(19)
    calc(
        fam,
        f"If 19% tax is withheld from a gross of A${_m(gross)}, what's my take-home?",
        _cents(gross * (1 - withheld)),
    )

    fam = "stepson_playing_college_soccer_in_ohio"
    tuition, schol, fees = 31400, pct(65), 2150
    calc(
        fam,
        f"His tuition is ${_m(tuition)}; the soccer scholarship covers 65% of that, and "
        f"there's ${_m(fees)} in fees on top that it doesn't cover. What do we still pay?",
        _cents(tuition * (1 - schol) + fees),
    )


_calc_section_137()


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


# set 137: further exact unit definitions (SI base: metre, kilogram, second)
CM_137 = F(1, 100)
MM_137 = F(1, 1000)
KM_137 = F(1000)
G_137 = F(1, 1000)
M2_PER_HA_137 = F(10**4)
assert 100 * IN / CM_137 == 254 and MI / KM_137 == dec("1.609344") and LB / G_137 > 453


def _u(family, query, value):
    """Exact grading when the value has at most three decimals, else 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_section_137():
    """Unit positives: 14 plain, then 31 from the registers of this set."""
    # ---- plain (14)
    _u(P, "How far in kilometres is 43.5 miles?", dec("43.5") * MI / KM_137)
    _u(P, "Convert 72°F to Celsius.", f_to_c(72))
    _u(P, "5 ft 10 in in centimetres?", (5 * FT + 10 * IN) / CM_137)
    _u(P, "What's 3.5 stone in kilograms?", dec("3.5") * STONE)
    _u(P, "how many square feet is 38 m²", 38 / SQFT)
    _u(P, "Convert 15 acres to hectares.", 15 * ACRE / M2_PER_HA_137)
    _u(P, "65 mph in km/h?", 65 * MPH / KMH)
    _u(P, "A road bike tyre says 100 psi max — what's that in bar?", 100 * PSI / BAR)
    _u(P, "How many MiB are there in 3.75 GiB?", dec("3.75") * GIB / MIB)
    _u(P, "Convert −18 °C to Fahrenheit.", c_to_f(-18))
    _u(P, "How many yards is 2.4 km?", dec("2.4") * KM_137 / YD)
    _u(P, "What's 2.2 kg in pounds?", dec("2.2") / LB)
    _u(
        P,
        "A room measures 14 ft by 11 ft 6 in. What's its floor area in square metres?",
        14 * FT * (11 * FT + 6 * IN),
    )
    _u(P, "How many cubic feet are there in 3.5 cubic metres?", dec("3.5") / CUFT)

    # ---- registers (31)
    fam = "godmother_flying_to_bangkok_for_a_naming_day"
    _u(
        fam,
        "Bangkok forecast says 35°C all week. What's that in Fahrenheit for my mum?",
        c_to_f(35),
    )

    fam = "son_on_an_engineering_placement_in_aberdeen"
    _u(
        fam,
        "It's 128 miles by road from Aberdeen back to Edinburgh — how many km is that?",
        128 * MI / KM_137,
    )

    fam = "retired_couple_house_sitting_near_athens"
    _u(
        fam,
        "The pool at the house we're minding is 12 m by 5 m. How many square feet of water is "
        "that?",
        12 * 5 / SQFT,
    )

    fam = "pen_friends_finally_meeting_in_chicago"
    _u(
        fam,
        "The Skydeck at Willis Tower is 1,353 feet up. How high is that in metres?",
        1353 * FT,
    )
    _u(
        fam,
        "We walked 8.5 miles along the lakefront path on Saturday. What's that in kilometres?",
        dec("8.5") * MI / KM_137,
    )

    fam = "volunteer_at_a_turtle_hatchery_in_costa_rica"
    _u(
        fam,
        "Hatchery rule: sand in the nests must stay under 34 °C. What's that limit in °F?",
        c_to_f(34),
    )

    fam = "choir_alto_touring_to_krakow"
    _u(
        fam,
        "The salt mine tour near Krakow goes 135 metres underground. How many feet is that?",
        135 / FT,
    )

    fam = "couple_walking_hut_to_hut_in_the_dolomites"
    _u(
        fam,
        "Stage four's pass tops out at 2,239 m — what height is that in feet?",
        2239 / FT,
    )

    fam = "cousins_planning_a_ruby_wedding_do"
    _u(
        fam,
        "The baker's ruby wedding cake is a 12-inch round. How wide is that in centimetres?",
        12 * IN / CM_137,
    )

    fam = "nan_switching_to_online_banking"
    _u(
        fam,
        "Nan's new scales only show kilos — 61.5 kg. How many stone is that, as a decimal?",
        dec("61.5") / STONE,
    )
    _u(
        fam,
        "Instead of the bus to the branch she now walks to the cash machine: 2.5 miles there "
        "and back. In km?",
        dec("2.5") * MI / KM_137,
    )

    fam = "lodger_in_a_box_room"
    _u(
        fam,
        "The box room is 2.4 m by 1.9 m. What's the floor area in square feet?",
        dec("2.4") * dec("1.9") / SQFT,
    )
    _u(
        fam,
        "The single bed in my room is 75 cm wide — how many inches?",
        75 * CM_137 / IN,
    )

    fam = "couple_training_a_border_collie_pup"
    _u(
        fam,
        "Our collie pup weighed in at 7.8 kg at the vet's. What's that in pounds?",
        dec("7.8") / LB,
    )

    fam = "mum_selling_outgrown_baby_things_online"
    _u(
        fam,
        "The cot bumper weighs 3 lb 9 oz on the kitchen scales, but the courier's form wants "
        "grams. How many grams is it?",
        (3 * LB + 9 * OZ) / G_137,
    )

    fam = "amateur_carpenter_making_a_dining_table"
    _u(
        fam,
        "Table top needs to be 6 ft 3 in long. What's that in millimetres?",
        (6 * FT + 3 * IN) / MM_137,
    )
    _u(
        fam,
        "The plans call for 3/4 inch dowels. What size is that in mm?",
        F(3, 4) * IN / MM_137,
    )

    fam = "uncle_planning_a_fishing_trip_to_kerry"
    _u(
        fam,
        "His best pollock off Kerry was 11 lb 4 oz. What's that in kilograms?",
        11 * LB + 4 * OZ,
    )

    fam = "pupil_revising_for_a_gcse_maths_resit"
    _u(
        fam,
        "Revision card: convert 54 km/h into metres per second.",
        54 * KMH,
    )

    fam = "daughter_showing_lambs_at_the_county_show"
    _u(
        fam,
        "Her best Texel lamb weighed 48 kg on show morning. What's that in pounds for the "
        "old judges?",
        48 / LB,
    )

    fam = "grandparents_visiting_grandchildren_in_johannesburg"
    _u(
        fam,
        "The drive from Johannesburg to the Kruger park gate is about 470 km. How many miles?",
        470 * KM_137 / MI,
    )

    fam = "family_keeping_bantam_hens"
    _u(
        fam,
        "The new bantam run is 3 m by 1.8 m. What's that in square feet?",
        3 * dec("1.8") / SQFT,
    )

    fam = "couple_choosing_a_first_sofa"
    _u(
        fam,
        "The sofa we like is 218 cm wide. What's that in inches, to compare with the alcove?",
        218 * CM_137 / IN,
    )

    fam = "family_camping_on_the_cornish_coast"
    _u(
        fam,
        "Lifeguard board says the sea is 14 °C. What's that in Fahrenheit?",
        c_to_f(14),
    )

    fam = "retired_bus_driver_writing_his_memoirs"
    _u(
        fam,
        "The printer's standard book is 234 mm tall. How many inches is that?",
        234 * MM_137 / IN,
    )

    fam = "shop_steward_checking_a_pay_offer"
    _u(
        fam,
        "The new warehouse floor is 8,400 m². What's that in square feet?",
        8400 / SQFT,
    )
    _u(
        fam,
        "The manual handling guideline is 25 kg per lift. What's that in pounds?",
        25 / LB,
    )

    fam = "grandma_doing_a_charity_skydive"
    _u(
        fam,
        "Gran jumps from 10,000 feet. How many metres is that?",
        10000 * FT,
    )

    fam = "nurse_on_a_working_holiday_in_melbourne"
    _u(
        fam,
        "41 °C in Melbourne on my day off — what's that in Fahrenheit?",
        c_to_f(41),
    )
    _u(
        fam,
        "The Great Ocean Road drive we're doing is 243 km. How many miles?",
        243 * KM_137 / MI,
    )

    fam = "stepson_playing_college_soccer_in_ohio"
    _u(
        fam,
        "His college pitch is 120 yards long. What's that in metres?",
        120 * YD,
    )


_units_section_137()


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


# set 137: time zones from the IANA rules (zoneinfo, loaded through importlib)
_zoneinfo_137 = importlib.import_module("zoneinfo")
_UTC_137 = dt.UTC


def _wall(zone, y, mo, d, h=12, mi=0):
    """A wall-clock time in an IANA zone, asserted to exist and to be unambiguous."""
    z = _zoneinfo_137.ZoneInfo(zone)
    a = DT(y, mo, d, h, mi, tzinfo=z)
    assert a.utcoffset() == a.replace(fold=1).utcoffset(), (zone, a)  # no gap, no overlap
    back = a.astimezone(_UTC_137).astimezone(z)
    assert back.replace(tzinfo=None) == a.replace(tzinfo=None), (zone, a)
    return a


def _offset_h(zone, day):
    """A zone's UTC offset at noon on a day, in hours (exact)."""
    off = _wall(zone, day.year, day.month, day.day).utcoffset()
    return F(int(off.total_seconds()), 3600)


def _ahead_h(zone_a, zone_b, day):
    """How many hours zone_a is ahead of zone_b at noon on a day."""
    return _offset_h(zone_a, day) - _offset_h(zone_b, day)


def _real_h(a, b):
    """Elapsed real hours between two aware datetimes (taken through UTC)."""
    secs = (b.astimezone(_UTC_137) - a.astimezone(_UTC_137)).total_seconds()
    return F(int(secs), 3600)


def _land(dep, hours, minutes, zone):
    """The local arrival datetime of a flight of a given length."""
    arr = dep.astimezone(_UTC_137) + TD(hours=hours, minutes=minutes)
    return arr.astimezone(_zoneinfo_137.ZoneInfo(zone))


def _count_wd_137(a, b, wd):
    """How many dates from a to b inclusive fall on weekday wd."""
    return sum(1 for k in range(days(a, b) + 1) if (a + TD(days=k)).weekday() == wd)


def _workdays_137(start, n, holidays):
    """The n-th working day counting start as the first (weekends and holidays skipped)."""
    d, k = start, 0
    while True:
        if d.weekday() < SAT and d not in holidays:
            k += 1
            if k == n:
                return d
        d += TD(days=1)


# offsets this set relies on, pinned
_LON = "Europe/London"
assert _offset_h(_LON, D(2027, 3, 27)) == 0 and _offset_h(_LON, D(2027, 3, 28)) == 1
assert _offset_h(_LON, D(2027, 10, 30)) == 1 and _offset_h(_LON, D(2027, 10, 31)) == 0
assert _offset_h("America/Chicago", D(2027, 11, 4)) == -5
assert _offset_h("America/Chicago", D(2027, 11, 8)) == -6
assert _offset_h("Australia/Melbourne", D(2027, 4, 1)) == 11
assert _offset_h("Australia/Melbourne", D(2027, 4, 5)) == 10
assert _offset_h("Australia/Melbourne", D(2027, 10, 2)) == 10
assert _offset_h("Australia/Melbourne", D(2027, 10, 4)) == 11
assert _offset_h("Asia/Bangkok", D(2027, 12, 13)) == 7
assert _offset_h("Africa/Johannesburg", D(2027, 12, 18)) == 2
assert _offset_h("America/New_York", D(2027, 9, 10)) == -4
assert _offset_h("Europe/Berlin", D(2027, 11, 3)) == 1
assert _offset_h("Australia/Sydney", D(2027, 7, 20)) == 10
assert _offset_h("Asia/Dubai", D(2027, 9, 9)) == 4
assert _offset_h("America/Toronto", D(2027, 12, 1)) == -5


def _datetime_section_137():
    """Date and time positives: 14 plain, then 31 from the registers of this set."""
    # ---- plain (14)
    date_item(P, "What weekday did 9 November 1989 fall on?", weekday(D(1989, 11, 9)))
    a, b = D(2027, 3, 3), D(2027, 8, 21)
    date_item(P, f"How many days lie between {say(a)} and {say(b)}?", days(a, b))
    a = D(2027, 6, 12)
    date_item(P, f"What date is 100 days after {say(a)}?", a + TD(days=100))
    date_item(
        P, "Which date is the third Thursday of November 2027?", nth_weekday(2027, 11, THU, 3)
    )
    fri = _count_wd_137(D(2028, 1, 1), D(2028, 12, 31), FRI)
    date_item(P, "How many Fridays are there in 2028?", fri)
    a = D(2027, 12, 24)
    date_item(P, f"What's the date six weeks before {sayw(a)}?", a - TD(weeks=6))
    a = D(2027, 9, 30)
    date_item(P, "What number day of 2027 is 30 September?", a.timetuple().tm_yday)
    date_item(
        P,
        "How many minutes from 21:50 to 06:35 the next morning?",
        clock_span("21:50", "06:35", 60),
    )
    date_item(P, "What date is the last Monday of May 2027?", nth_weekday(2027, 5, MON, -1))
    a, b = D(2027, 1, 5), D(2027, 4, 13)
    date_item(P, f"How many weeks are there from {say(a)} to {say(b)}?", weeks(a, b))
    date_item(
        P,
        "Someone born on 29 February 2000 — how old are they on 15 June 2027?",
        age(D(2000, 2, 29), D(2027, 6, 15)),
    )
    a = D(2028, 3, 1)
    date_item(P, f"What date is 45 days before {say(a)}?", a - TD(days=45))
    start = _wall(_LON, 2027, 10, 30, 22, 0)
    end = _wall(_LON, 2027, 10, 31, 6, 0)
    date_item(
        P,
        f"A night porter in York works from 22:00 on {sayw(D(2027, 10, 30))} until 06:00 the "
        "following morning. Counting the clock change, how many hours is the shift?",
        _real_h(start, end),
    )
    date_item(P, "1 January 2030 — which day of the week is it?", weekday(D(2030, 1, 1)))

    # ---- registers (31)
    fam = "godmother_flying_to_bangkok_for_a_naming_day"
    dep = _wall(_LON, 2027, 12, 12, 21, 30)
    date_item(
        fam,
        f"My flight leaves Heathrow at 21:30 on {sayw(dep.date())} and takes 11 h 45 min. "
        "What's the local date in Bangkok when I land?",
        _land(dep, 11, 45, "Asia/Bangkok").date(),
    )

    fam = "son_on_an_engineering_placement_in_aberdeen"
    a = D(2027, 9, 6)
    assert a.weekday() == MON
    date_item(
        fam,
        f"His placement starts on {sayw(a)} and lasts 48 weeks, Monday to Friday, with no "
        "breaks. What's the date of the very last Friday?",
        a + TD(weeks=47, days=4),
    )

    fam = "retired_couple_house_sitting_near_athens"
    a = D(2027, 10, 2)
    date_item(
        fam,
        f"The sit near Athens starts on {sayw(a)} and we've agreed 19 nights. What date do we "
        "hand the keys back?",
        a + TD(days=19),
    )

    fam = "pen_friends_finally_meeting_in_chicago"
    date_item(
        fam,
        "How many hours behind London is Chicago on 4 November 2027?",
        _ahead_h(_LON, "America/Chicago", D(2027, 11, 4)),
    )
    dep = _wall("America/Chicago", 2027, 11, 6, 18, 5)
    date_item(
        fam,
        f"I fly home out of O'Hare at 18:05 on {sayw(dep.date())} and the flight is 8 h 10 min. "
        "What's the date in London when I land?",
        _land(dep, 8, 10, _LON).date(),
    )

    fam = "volunteer_at_a_turtle_hatchery_in_costa_rica"
    a = D(2027, 8, 18)
    date_item(
        fam,
        f"This clutch went into the hatchery on {say(a)} and needs 58 days. On what date is it "
        "due to hatch?",
        a + TD(days=58),
    )

    fam = "choir_alto_touring_to_krakow"
    a, b = D(2027, 4, 6), D(2027, 5, 11)
    date_item(
        fam,
        f"Rehearsals for the Krakow tour are every Tuesday from {say(a)} to {say(b)} inclusive. "
        "How many rehearsals is that?",
        _count_wd_137(a, b, TUE),
    )

    fam = "couple_walking_hut_to_hut_in_the_dolomites"
    a = D(2027, 7, 4)
    # stages 1-5 on consecutive days, a rest day, then stages 6-9
    date_item(
        fam,
        f"We start walking on {sayw(a)}: nine stages, one a day, with a rest day straight after "
        "stage five. On what date do we finish stage nine?",
        a + TD(days=9),
    )

    fam = "cousins_planning_a_ruby_wedding_do"
    wed = D(1987, 8, 22)
    date_item(
        fam,
        f"Auntie and Uncle married on {say(wed)}. What day of the week does their ruby "
        "(40th) anniversary fall on?",
        weekday(wed.replace(year=wed.year + 40)),
    )

    fam = "nan_switching_to_online_banking"
    a = D(2027, 4, 8)
    date_item(
        fam,
        f"Nan's pension comes every four weeks, and the latest one arrived on {sayw(a)}. What "
        "date will the third payment after that arrive?",
        a + TD(weeks=12),
    )
    a = D(2027, 5, 3)
    date_item(
        fam,
        f"Her bank's letter says the local branch shuts 60 days after {sayw(a)}. Which date is "
        "that?",
        a + TD(days=60),
    )

    fam = "lodger_in_a_box_room"
    a = D(2027, 7, 21)
    date_item(
        fam,
        "House rule is 28 days' notice, counted from the day after you hand it in. I'm handing "
        f"mine in on {sayw(a)}. What's my last day?",
        a + TD(days=28),
    )
    a = D(2027, 5, 4)
    first_july = next(a + TD(weeks=2 * k) for k in range(20) if (a + TD(weeks=2 * k)).month == 7)
    date_item(
        fam,
        f"Bin day here is every other Tuesday, and one was {sayw(a)}. What's the first bin day "
        "in July 2027?",
        first_july,
    )

    fam = "couple_training_a_border_collie_pup"
    born = D(2027, 3, 9)
    date_item(
        fam,
        f"Our pup was born on {say(born)}. On what date is she exactly 12 weeks old?",
        born + TD(weeks=12),
    )

    fam = "mum_selling_outgrown_baby_things_online"
    a = D(2027, 5, 11)
    date_item(
        fam,
        f"The buyer has 14 days from delivery to send the cot back. It was delivered on "
        f"{sayw(a)}. What's the last date she can return it?",
        a + TD(days=14),
    )

    fam = "amateur_carpenter_making_a_dining_table"
    first = DT(2027, 5, 3, 10, 0)
    assert first.weekday() == MON
    date_item(
        fam,
        "The oil needs 72 hours between coats. Coat one goes on at 10:00 on a Monday and each "
        "later coat exactly 72 hours after the one before. What day of the week is coat three?",
        weekday((first + TD(hours=2 * 72)).date()),
    )
    a = D(2027, 5, 7)
    date_item(
        fam,
        f"The oak was delivered on {sayw(a)} and I've been told to leave it 10 days to settle "
        "before cutting. What date is 10 days after delivery?",
        a + TD(days=10),
    )

    fam = "uncle_planning_a_fishing_trip_to_kerry"
    a = D(2027, 8, 26)
    date_item(
        fam,
        f"We cross over to Kerry on {sayw(a)} and stay 10 nights. What weekday do we come home?",
        weekday(a + TD(days=10)),
    )

    fam = "pupil_revising_for_a_gcse_maths_resit"
    exam, start = D(2027, 11, 3), D(2027, 7, 26)
    date_item(
        fam,
        f"My resit is on {sayw(exam)}. If I start revising on {sayw(start)}, how many days is "
        "that counting both days?",
        days(start, exam) + 1,
    )

    fam = "daughter_showing_lambs_at_the_county_show"
    date_item(
        fam,
        "The county show is on the second Saturday of August 2027. What's the date?",
        nth_weekday(2027, 8, SAT, 2),
    )

    fam = "grandparents_visiting_grandchildren_in_johannesburg"
    dep = _wall(_LON, 2027, 12, 17, 19, 40)
    date_item(
        fam,
        f"Our flight leaves London at 19:40 on {sayw(dep.date())} and takes 11 h 5 min. What "
        "date is it in Johannesburg when we land?",
        _land(dep, 11, 5, "Africa/Johannesburg").date(),
    )

    fam = "family_keeping_bantam_hens"
    a = D(2027, 5, 1)
    date_item(
        fam,
        f"Our broody bantam started sitting on {sayw(a)}, and the eggs take 21 days. Which "
        "date should they hatch?",
        a + TD(days=21),
    )

    fam = "couple_choosing_a_first_sofa"
    a = D(2027, 4, 23)
    date_item(
        fam,
        f"We ordered the sofa on {sayw(a)}; delivery is quoted at 10 weeks. Which date is that?",
        a + TD(weeks=10),
    )

    fam = "family_camping_on_the_cornish_coast"
    date_item(
        fam,
        "We're arriving at the campsite on the last Friday in May 2027. What date is that?",
        nth_weekday(2027, 5, FRI, -1),
    )

    fam = "retired_bus_driver_writing_his_memoirs"
    date_item(
        fam,
        "I started on the buses on 3 February 1979. What day of the week was that?",
        weekday(D(1979, 2, 3)),
    )

    fam = "shop_steward_checking_a_pay_offer"
    opens, bank = D(2027, 5, 10), D(2027, 5, 31)
    date_item(
        fam,
        f"The ballot opens on {sayw(opens)} and must run for 20 working days, counting the "
        f"opening day and skipping weekends and the bank holiday on {sayw(bank)}. What date "
        "does it close?",
        _workdays_137(opens, 20, {bank}),
    )
    a, b = D(2027, 4, 1), D(2027, 5, 28)
    date_item(
        fam,
        f"The rise is backdated to {say(a)} and first paid on {say(b)}. How many days is that, "
        "counting both dates?",
        days(a, b) + 1,
    )

    fam = "grandma_doing_a_charity_skydive"
    a = D(2027, 8, 29)
    date_item(
        fam,
        f"Gran's jump is on {sayw(a)} and her medical form can't be signed more than 21 days "
        "before. What's the earliest date it can be signed?",
        a - TD(days=21),
    )

    fam = "nurse_on_a_working_holiday_in_melbourne"
    date_item(
        fam,
        "How many hours ahead of London is Melbourne on 1 April 2027?",
        _ahead_h("Australia/Melbourne", _LON, D(2027, 4, 1)),
    )
    start = _wall("Australia/Melbourne", 2027, 10, 2, 19, 0)
    end = _wall("Australia/Melbourne", 2027, 10, 3, 7, 0)
    date_item(
        fam,
        f"My night shift in Melbourne runs from 19:00 on {sayw(start.date())} to 07:00 on "
        f"{sayw(end.date())}. The clocks change that night — how many hours will I actually "
        "have worked?",
        _real_h(start, end),
    )

    fam = "stepson_playing_college_soccer_in_ohio"
    ko = _wall("America/New_York", 2027, 9, 10, 19, 30)
    date_item(
        fam,
        f"His game kicks off at 19:30 in Columbus, Ohio on {sayw(ko.date())}. What day of the "
        "week will it be in London at kick-off?",
        weekday(ko.astimezone(_zoneinfo_137.ZoneInfo(_LON)).date()),
    )


_datetime_section_137()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


_ORDINARY_137 = {
    "yarn-viking-and-ottoman-whys": [
        (
            "Why did the Viking raids on England eventually stop — was it Christianity, better "
            "defences or something else?"
        ),
        "How did the Ottomans manage to hold Constantinople for so long after 1453?",
        "Did Viking warriors ever really wear horned helmets, and where did that idea come from?",
        "What made the Janissaries such a feared fighting force?",
        "Why did the Norse settlements in Greenland die out?",
        "How did the Ottoman millet system work for Christians and Jews living in the empire?",
        "What's the actual evidence that Norse sailors reached Newfoundland before Columbus?",
        "Why was coffee drinking banned more than once in the Ottoman Empire?",
        "How much did the Norse gods shape the names of the English weekdays?",
        "What did an ordinary Viking farming family eat through the winter?",
    ],
    "yarn-otter-and-magpie-habits": [
        "Why do otters juggle pebbles?",
        "Are magpies really attracted to shiny things, or is that a myth?",
        "Do sea otters actually hold paws while they sleep, and if so why?",
        "Why do some magpies swoop at people walking past in spring?",
        "How do otters stay warm in cold rivers without a layer of blubber?",
        "Can a magpie recognise itself in a mirror?",
        "Why does an otter keep leaving its droppings on the same rock by the river?",
        "Do magpies really gather round a dead bird, and what are they doing?",
        "How can I tell an otter's footprints from a mink's in the mud?",
        "Why do you so often see magpies in pairs?",
    ],
    "yarn-rust-and-bash-code-help": [
        (
            "In Rust, why does the borrow checker complain when I push to a Vec while iterating "
            "over it, and what's the idiomatic fix?"
        ),
        "Write a bash one-liner that renames every .jpeg file in a folder to .jpg.",
        "What's the difference between String and &str in Rust, and when should I use each?",
        "My bash loop breaks on filenames with spaces in them — how do I make it cope?",
        "How do I read a CSV file line by line in Rust without pulling in a big crate?",
        "Explain what `set -euo pipefail` does at the top of a bash script.",
        "Why does Rust say my closure 'may outlive the current function' when I spawn a thread?",
        (
            "Write a bash script that tars my ~/Documents folder into a dated .tar.gz and deletes "
            "all but the five newest backups."
        ),
        "For a small Rust command-line tool, should I use anyhow or thiserror for errors?",
        "How can a bash function hand back a string instead of an exit status?",
    ],
    "yarn-reggae-and-baroque-verdicts": [
        "Is Exodus or Catch a Fire the better Bob Marley album to start with?",
        "Which is more rewarding to listen to: Bach's cello suites or his violin partitas?",
        "Has dub aged better than roots reggae?",
        "Is Vivaldi underrated or just overplayed?",
        "Who mattered more as a producer, Lee 'Scratch' Perry or King Tubby?",
        "Does Handel really sound better on period instruments than with a modern orchestra?",
        "What's the most underrated lovers rock song?",
        "Would Purcell or Monteverdi make the better first opera for a total beginner?",
        "Are Toots and the Maytals better live or on their studio records?",
        "Is the harpsichord an acquired taste, or is it just a bit grating?",
    ],
    "yarn-monsoon-and-earthquake-science": [
        "What actually sets off the start of the Indian monsoon?",
        "Why can't scientists forecast earthquakes the way they forecast storms?",
        "How does liquefaction turn solid ground into something like quicksand in a quake?",
        "Why are some monsoons so much weaker than others?",
        "What's the difference between the magnitude and the intensity of an earthquake?",
        "Why do aftershocks happen, and why do they die away over time?",
        "How do mountains like the Western Ghats wring rain out of the monsoon winds?",
        "Could fracking really cause earthquakes people would notice in Britain?",
        "Why does the ground sometimes seem to roll in waves during a big earthquake?",
        "Is a warming climate making monsoon downpours heavier but less frequent?",
    ],
    "yarn-wedding-seating-and-neighbour-tact": [
        "How do I seat my divorced parents at my wedding without it being awkward?",
        (
            "The neighbour's security light shines straight into our bedroom. How do I bring it "
            "up nicely?"
        ),
        "Is it rude not to invite a colleague's partner to our wedding?",
        (
            "The people next door sometimes park across our drive. What's a polite way to say "
            "something?"
        ),
        "Should the best man sit at the top table if his wife won't know anyone else there?",
        (
            "How do I tell my neighbour their dog barks all day while they're at work without "
            "starting a feud?"
        ),
        (
            "My aunt wants to bring someone she's only just started seeing to the wedding. How "
            "do I say no kindly?"
        ),
        (
            "Our new neighbours put a trampoline right against our fence and their kids keep "
            "peering over. How should we handle it?"
        ),
        "Is a child-free wedding unfair on my sister, who has a toddler?",
        "How do I turn down being an usher without hurting my friend's feelings?",
    ],
    "yarn-houseplant-and-jam-hunches": [
        "My fiddle-leaf fig keeps dropping leaves since I moved it — what's going on?",
        "Why didn't my strawberry jam set, and can I rescue it?",
        "Should I repot my monstera now or hold off till later in spring?",
        "Is it worth adding pectin to blackberry jam, or is lemon juice enough?",
        "The tips of my spider plant are going brown. Is it the tap water?",
        "My marmalade came out bitter — did I leave too much pith on?",
        "Do orchids really do better in a steamy bathroom?",
        "Can I make jam from frozen raspberries, or does it ruin the texture?",
        "My snake plant's leaves are flopping over. Too much water or not enough light?",
        "Why does some homemade jam go grainy and crystallised?",
    ],
    "yarn-novel-and-podcast-picks": [
        "I loved The Remains of the Day. What should I read next?",
        "Can you recommend a true-crime podcast that isn't sensationalist?",
        "What's a good novel set in Lagos for someone who's never read Nigerian fiction?",
        "Any history podcasts that are good company on long drives?",
        "I want a funny novel for the beach, nothing too long. Suggestions?",
        "Which podcast would help me understand football tactics properly?",
        "Which classic Russian novel is the least intimidating to start with?",
        "What science podcast would suit a curious kid at secondary school?",
        "Are there any really good audiobooks read by the authors themselves?",
        "What's a cosy crime series I can work through in the evenings?",
    ],
    "yarn-cover-letter-and-apology-drafting": [
        (
            "Draft a cover letter for a part-time library assistant job. I've worked in retail "
            "and I love books."
        ),
        "Write an apology to my book club for missing two meetings in a row.",
        "Help me write a short note to go with my CV for a barista job.",
        "I forgot my best friend's birthday. Can you help me write a heartfelt apology text?",
        "Draft an email apologising to a customer whose order arrived damaged.",
        "Write a cover letter for a bricklaying apprenticeship from someone just leaving school.",
        "How should I word an apology to next door after our party got too loud?",
        "Can you draft a cover letter for a teacher moving into UX design?",
        "Write a sincere apology to my team for snapping at them in a meeting.",
        "Help me write to my landlord apologising for paying the rent late and explaining why.",
    ],
    "yarn-trolley-and-promise-puzzles": [
        "Is it ever right to break a promise made to someone on their deathbed?",
        "In the trolley problem, why do most people pull the lever but refuse to push the man?",
        "If I promised to keep a secret but then learn it could hurt someone, what should I do?",
        "Is there a real moral difference between killing and letting die?",
        "Does a promise made under pressure still bind you?",
        "Would it be wrong to program a self-driving car to protect its passengers first?",
        "If everyone else is breaking a rule, am I still obliged to follow it?",
        "Is lying to spare someone's feelings ever truly kind?",
        "Should a doctor ever override a patient's wishes for their own good?",
        "Is it wrong to promise something when you're not sure you can deliver it?",
    ],
}

_NEAR_137 = {
    "near-live-prices-and-rates": (
        "needs a live market or price figure that no calculation can supply",
        [
            "How many euros will I get for £500 at the current rate?",
            "What's petrol costing per litre in Aberdeen at the moment?",
            "How much is one bitcoin worth in pounds right now?",
            "Where's the Bank of England base rate sitting these days?",
            "What does a first-class stamp set you back at the post office now?",
        ],
    ),
    "near-open-or-running": (
        "asks what is open or running, which needs current information",
        [
            "Is the Sagrada Família open to visitors on Christmas Day?",
            "Are the trains from Leeds to York running normally this evening?",
            "Is the Eden Project open on bank holiday Mondays?",
            "What time does the big Tesco near me close on a Sunday?",
            "Is the Oban to Mull ferry sailing in this wind?",
        ],
    ),
    "near-ballparks-with-no-figures": (
        "an estimate from world knowledge; no figures are given to compute with",
        [
            "Roughly how much would it cost to rewire a three-bed semi?",
            "About how many people could you fit standing on a football pitch?",
            "How many piano tuners are there in Manchester, roughly?",
            "Ballpark, what would a wedding for 80 guests cost in the Cotswolds?",
            "How long would it take to walk the whole length of Britain?",
        ],
    ),
    "near-why-the-arithmetic-rule-holds": (
        "asks for an explanation of why a rule of arithmetic works, not a value",
        [
            "Why do you flip the second fraction when you divide by a fraction?",
            "Can you explain, intuitively, why minus times minus gives plus?",
            "What's the reason the digit-sum trick works for checking divisibility by 9?",
            "Mathematicians leave 1 off the list of primes — why?",
            "Why can't you divide by zero — what actually goes wrong?",
        ],
    ),
    "near-sums-missing-the-key-figure": (
        "looks like a sum, but the deciding figures are not given",
        [
            "How much will the carpet for our lounge cost?",
            "Once tax and National Insurance come off, what will I actually take home?",
            "If I fill the car up, how far will it get me?",
            "How much paint do I need for the spare room?",
            "What will I end up owing on my credit card if I only pay the minimum?",
        ],
    ),
    "near-is-this-deal-worth-it": (
        "a judgement about value or risk, not an exact calculation",
        [
            "Is fixing my mortgage at 4.1% a good idea at the moment?",
            "Is £3,200 a fair price for a 2016 Fiat 500 with 70,000 miles on the clock?",
            "Should I take the credit card with 1% cashback or the one that earns air miles?",
            "Is £12 for a fancy sandwich at the airport a rip-off or just normal now?",
            "Is an extended warranty worth it on a £400 washing machine?",
        ],
    ),
    "near-what-does-this-reading-mean": (
        "a number is given, but the question is what it means, which needs judgement",
        [
            "My blood pressure reading was 142 over 91. Should I be worried?",
            "The boiler pressure gauge shows 0.6 bar. Is that too low?",
            "My tyre tread is down to 2 mm. Is that safe for winter driving?",
            "Our radon test came back at 180 Bq/m³. What does that mean for us?",
            "My watch says my resting heart rate is 48. Is that healthy?",
        ],
    ),
    "near-when-did-it-happen": (
        "a date in history: a fact to recall, not date arithmetic",
        [
            "When did Britain switch to decimal currency?",
            "On what date did people start pulling down the Berlin Wall?",
            "On what date was the first Glastonbury Festival held?",
            "When was the Forth Bridge opened?",
            "At which general election could British women first cast a vote?",
        ],
    ),
    "near-write-me-a-script": (
        "asks for code to be written, which a calculator cannot do",
        [
            "Write a Python function that works out someone's age from their date of birth.",
            "Can you give me a spreadsheet formula that adds 20% VAT to a column of prices?",
            "Write some JavaScript that converts kilometres to miles as the user types.",
            "Give me an SQL query that totals sales by day of the week.",
            (
                "Write a short Python script that tells me which weekday my birthday falls on for "
                "the next ten birthdays."
            ),
        ],
    ),
    "near-why-clocks-and-calendars-are-so": (
        "asks why a calendar or clock custom exists, not for a date or time",
        [
            "Why do we put the clocks back in autumn instead of keeping summer time all round?",
            "Why is a week seven days long?",
            "Why does the UK tax calendar start on 6 April of all dates?",
            "Why are there 60 minutes in an hour rather than 100?",
            "Why do leap days go in February?",
        ],
    ),
    "near-kitchen-and-garden-calls-with-numbers": (
        "figures are given, but the answer is a practical judgement",
        [
            "My bread dough has been rising for 14 hours at 24°C. Is it ruined?",
            "Is 4°C in the fridge cold enough for raw chicken?",
            "It's forecast to drop to −2°C overnight. Should I bring my geraniums in?",
            "I've got 3 kg of windfall apples. What should I make with them?",
            "The chicken reads 71°C in the thickest part. Can I serve it or should it rest?",
        ],
    ),
    "near-underspecified-date-questions": (
        "a date question missing the date it depends on; the asker must be asked",
        [
            "How many days until my next payday?",
            "What date is the school sports day?",
            "How long is it until the end of term?",
            "When's the next full moon where I live?",
            "How many working days until my leave starts?",
        ],
    ),
    "near-distances-needing-a-map": (
        "a distance that needs geography or live data, not a unit conversion",
        [
            "How far is Lisbon from Leeds as the crow flies?",
            "How long is the drive from Inverness to Penzance?",
            "How far is it round the coast of the Isle of Wight?",
            "How many miles is it by road from Land's End to John o' Groats?",
            "How far away is the Moon at the moment?",
        ],
    ),
}


def _hm_137(aware):
    return aware.strftime("%H:%M")


def _conversations_137():
    """35 conversations: an exact first question, then a last turn that needs the model."""
    fam = "conv-savings-total-then-what-to-do-with-it"
    note = "the last turn asks for financial or personal judgement after a savings sum"
    plans = [
        (45, 26, "Would that be better spent on a holiday or on clearing my overdraft?"),
        (20, 40, "What's a sensible first investment for a complete beginner with that much?"),
        (75, 16, "Is a second-hand e-bike or a bus pass the better buy for my commute?"),
        (dec("12.50"), 52, "What should I get my daughter for her eighteenth with it?"),
        (30, 30, "Should I keep it as an emergency fund or overpay my student loan?"),
    ]
    for per, n, last in plans:
        first = f"If I put £{_m(per)} aside every week for {n} weeks, how much will I have saved?"
        reply = f"You'll have £{_m(_cents(per * n))}."
        conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-weight-conversion-then-packing-advice"
    note = "the last turn asks for packing or travel advice after a weight conversion"
    first = "My checked bag allowance is 23 kg. What's that in pounds?"
    reply = f"23 kg is about {float(23 / LB):.2f} lb."
    last = "My case is at 26 kg. What should I take out first?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    first = "The airline says 50 lb per bag. How many kilos is that?"
    reply = f"50 lb is about {float(50 * LB):.2f} kg."
    last = "What's the best way to pack a suit so it arrives without creases?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    first = "Cabin bags are limited to 7 kg on this flight. Convert that to pounds for me?"
    reply = f"7 kg is about {float(7 / LB):.2f} lb."
    last = "What should go in the hand luggage for a long-haul flight with a toddler?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    first = "The two suitcases weigh 32 kg together. What's that in stone?"
    reply = f"32 kg is about {float(32 / STONE):.2f} stone."
    last = "Is it worth paying for a second checked bag, or should I post things on ahead?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    first = "My rucksack came to 10 kg on the bathroom scales. How many pounds is that?"
    reply = f"10 kg is about {float(10 / LB):.2f} lb."
    last = "What are the real essentials for a week's walking holiday in the Lake District?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-timezone-then-invite-etiquette"
    note = "the last turn asks about wording or meeting etiquette after a time-zone conversion"
    calls = [
        (
            _LON,
            "London",
            (2027, 5, 14, 15, 0),
            "America/New_York",
            "New York",
            "How should I word the invite so the American team doesn't get confused?",
        ),
        (
            "Australia/Sydney",
            "Sydney",
            (2027, 7, 20, 9, 0),
            _LON,
            "London",
            (
                "Is it fair to keep asking the London team to dial in at that hour, or should we "
                "take turns?"
            ),
        ),
        (
            "Europe/Berlin",
            "Berlin",
            (2027, 11, 3, 18, 30),
            "America/Chicago",
            "Chicago",
            (
                "How do I politely suggest rotating meeting times so neither side always gets the "
                "awkward slot?"
            ),
        ),
        (
            "Asia/Dubai",
            "Dubai",
            (2027, 9, 9, 12, 0),
            _LON,
            "London",
            "What's a good way to open a first video call with a new client in the Gulf?",
        ),
        (
            "America/Toronto",
            "Toronto",
            (2027, 12, 1, 16, 0),
            _LON,
            "London",
            "How do I say no to evening calls without seeming unhelpful?",
        ),
    ]
    for zone_a, name_a, (y, mo, d, h, mi), zone_b, name_b, last in calls:
        when = _wall(zone_a, y, mo, d, h, mi)
        there = when.astimezone(_zoneinfo_137.ZoneInfo(zone_b))
        first = (
            f"A call is set for {_hm_137(when)} {name_a} time on {say(when.date())}. What time "
            f"is that in {name_b}?"
        )
        reply = f"It's {_hm_137(there)} on {say(there.date())} in {name_b}."
        conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-countdown-then-planning-help"
    note = "the last turn asks for a plan or advice after a date calculation"
    a, b = D(2027, 6, 1), D(2027, 6, 28)
    first = f"How many days is it from {say(a)} to {say(b)}?"
    reply = f"It's {days(a, b)} days."
    last = "Can you draft a revision timetable for those days? I've got three subjects."
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    a, b = D(2027, 7, 5), D(2027, 10, 11)
    first = f"How many weeks are there between {say(a)} and {say(b)}?"
    reply = f"That's {weeks(a, b)} weeks."
    last = "What would a sensible build-up for a first half marathon look like in that time?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    a = D(2027, 3, 1)
    first = f"What date is 40 days after {say(a)}?"
    reply = f"It's {sayw(a + TD(days=40))}."
    last = "What should we sow in the veg patch around then in the north of England?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    a, b = D(2027, 9, 20), D(2027, 12, 24)
    first = f"How many days between {say(a)} and {say(b)}?"
    reply = f"There are {days(a, b)} days."
    last = "How could I spread the cost of Christmas presents over that stretch sensibly?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    a, b = D(2027, 5, 1), D(2027, 7, 31)
    first = f"How many Saturdays are there from {say(a)} to {say(b)}, counting both?"
    reply = f"There are {_count_wd_137(a, b, SAT)} Saturdays."
    last = "How should the four of us split the market stall Saturdays so it feels fair?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-bill-split-then-awkward-friend"
    note = "the last turn asks for social advice after splitting a bill"
    meal = 176
    first = f"Dinner for 8 came to £{meal}, plus 12.5% service. How much is each of us?"
    reply = f"£{_m(_cents(meal * (1 + pct('12.5')) / 8))} each."
    last = "One of the group always says he'll pay later and never does. How do I raise it?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    cottage = 1242
    first = f"The holiday cottage is £{_m(cottage)} between six of us. What's each share?"
    reply = f"£{_m(_cents(F(cottage, 6)))} each."
    last = "A friend dropped out a week before. Should she still pay her share?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    taxi = dec("58.50")
    first = f"The taxi home was £{_m(taxi)} split three ways. What do I get from each of them?"
    reply = f"£{_m(_cents(taxi / 3))} each."
    last = "How do I ask my mate to pay me back without sounding petty?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    gift = 84
    first = f"The leaving gift for our boss is £{gift} between seven of us. How much each?"
    reply = f"£{_m(_cents(F(gift, 7)))} each."
    last = "What's a thoughtful leaving present for a boss who's mad about gardening?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    hire, fuel = 960, 140
    first = f"Camper hire is £{hire} and fuel about £{fuel}, shared by five. What's each share?"
    reply = f"£{_m(_cents(F(hire + fuel, 5)))} each."
    last = "One of us can't drive, so the rest of us do all the driving. Should she pay less?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-paint-quantity-then-colour-choice"
    note = "the last turn asks for colour or design advice after a paint quantity"
    w, ln, h = dec("4.2"), dec("3.5"), dec("2.4")
    litres = 2 * (w + ln) * h * 2 / 12
    first = (
        f"The bedroom is {_q(w)} m by {_q(ln)} m with {_q(h)} m walls. Two coats, and the tin "
        "says 12 m² per litre. How many litres for the walls?"
    )
    reply = f"You'll need {_q(litres)} litres."
    last = "What colour would suit a north-facing room with a dark oak floor?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    panels, pw, ph = 8, dec("1.8"), dec("1.83")
    litres = panels * pw * ph * 2 / 8
    first = (
        f"I'm staining {panels} fence panels, each {_q(pw)} m by {_q(ph)} m, one side, two "
        "coats; it covers 8 m² per litre. How much stain?"
    )
    reply = f"You'll need {_q(litres)} litres."
    last = "Natural brown or one of those sage greens for the fence?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    cw, cl = 5, dec("3.6")
    litres = cw * cl * 2 / 15
    first = (
        f"Ceiling is {cw} m by {_q(cl)} m, two coats, and the paint does 15 m² a litre. How "
        "much do I need?"
    )
    reply = f"You'll need {_q(litres)} litres."
    last = "Does a ceiling always have to be white, or could a pale colour work in a low room?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    sw, sd, sh = dec("2.4"), dec("1.8"), dec("2.1")
    litres = 2 * (sw + sd) * sh * 2 / 6
    first = (
        f"The shed is {_q(sw)} m by {_q(sd)} m and {_q(sh)} m high. Two coats on all four "
        "outside walls at 6 m² a litre — how much paint?"
    )
    reply = f"You'll need {_q(litres)} litres."
    last = "What colour would help a shed blend into the garden rather than stand out?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)
    fw, fh = dec("3.2"), dec("2.5")
    litres = fw * fh * 2 / 10
    first = (
        f"A feature wall {_q(fw)} m wide and {_q(fh)} m high, two coats, 10 m² per litre. How "
        "many litres?"
    )
    reply = f"You'll need {_q(litres)} litres."
    last = "What would be a fun but not overwhelming feature wall colour for our son's room?"
    conv(fam, [(U, first), (A, reply), (U, last)], note)

    fam = "conv-age-then-party-words"
    note = "the last turn asks for writing or gift ideas after working out an age"
    people = [
        (
            "My grandad",
            "he",
            D(1937, 9, 17),
            D(2027, 9, 17),
            ("Could you help me put together a few words to say at his party?"),
        ),
        (
            "Mum",
            "she",
            D(1968, 2, 14),
            D(2028, 2, 14),
            ("Any ideas for celebrating that aren't just a meal out?"),
        ),
        ("My niece", "she", D(2009, 6, 30), D(2027, 6, 30), "What should I write in her card?"),
        (
            "Our neighbour Pat",
            "she",
            D(1947, 11, 21),
            D(2027, 11, 21),
            ("What do you get someone that age who insists they want nothing?"),
        ),
        (
            "My brother",
            "he",
            D(1977, 8, 8),
            D(2027, 8, 8),
            ("Could you write a funny but kind poem for his party?"),
        ),
    ]
    for who, pron, born, on, last in people:
        first = f"{who} was born on {say(born)}. What age will {pron} turn on {say(on)}?"
        reply = f"{pron.capitalize()} will be {age(born, on)}."
        conv(fam, [(U, first), (A, reply), (U, last)], note)


def _negatives_section_137():
    for family, questions in _ORDINARY_137.items():
        assert len(questions) == 10, family
        for q in questions:
            neg(family, q)
    for family, (note, questions) in _NEAR_137.items():
        assert len(questions) == 5, family
        for q in questions:
            neg(family, q, note)
    _conversations_137()


_negatives_section_137()

# set 137: no unit word with more than one common reading anywhere in this set (positives,
# negatives and every conversation turn), and no month or year used as a length
_MANY_READINGS_137 = re.compile(
    r"\b(tons?|tonnage|gallons?|pints?|quarts?|cups?|fl\.? ?oz|fluid|barrels?|cwt"
    r"|hundredweights?|calories?|kcal|months?|monthly|years?|yearly|annual|decades?"
    r"|tablespoons?|teaspoons?|tbsp|tsp|horsepower|hp|kB|MB|GB)\b",
    re.IGNORECASE,
)


def _check_many_readings_137():
    for i in items:
        texts = [i["query"]] + [m["content"] for m in i.get("messages") or []]
        for t in texts:
            hit = _MANY_READINGS_137.search(t)
            assert not hit, (i["id"], hit.group(0))


_check_many_readings_137()


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
    # no register (family name) of this set is a family name of sets 19 to 136
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 136: {reused}"
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
