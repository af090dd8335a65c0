r"""Generate heldout-2027-04-16.jsonl: a hundred-and-thirty-fourth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-16 by a helper session working only in /work/sealed134 (scratch files
in /work/sealed134/scratch, deleted at the end). The starting point was a 2433-line copy of the
previous set's generator whose set-up, helpers and checks had already been adapted for this set
(OUT heldout-2027-04-16.jsonl, PREFIX "ho134-", earlier generators 1-133, register check against
sets 19 to 133); only its two title lines, this provenance and its four question sections were
rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, in full (last number within relative tolerance; ISO dates found
  in any common written form; other text as a whitespace-free substring);
- /work/sealed134/earlier_registers.txt (2917 earlier family names): its first 100 lines and a
  line count, the 249 hyphenated (negative-topic) names, and grep runs that printed, for about
  120 candidate keywords, how many earlier names contain the keyword and the first few such
  names, so that this set's names are new combinations rather than near-copies (several first
  choices existed word for word, among them a village fete tombola stall and a parkrun
  timekeeper, and were dropped); a final exact-match check found none of this set's 25 register
  names in the list;
- of the copied script, exactly the allowed lines 1-378, 799-859, 1120-1204, 1621-1628 and
  2210-2433, printed with sed, plus a line count and a sha256; lines 1-378 only (through sed)
  were searched for the end of the old docstring and the __future__ import.
No slip is known: no line outside those ranges was printed or searched, and no sed call showed
the joins. A byte-for-byte copy of the original script was kept in the scratch folder and was
only read in memory by two scripts that printed nothing from it: the splicing script, which
joined this docstring, the kept ranges by line number and four new sections written from
scratch (lines 1-131, the old docstring, were replaced and lines 379-798, 860-1119, 1205-1620
and 1629-2209 were dropped), and a check script that confirmed each kept range appears verbatim,
and in order, in the formatted script (printing only where). Every later grep, ast check and
listing ran on this set's own script or output. No git history, web or code search (the search
tools were not used), router, tests (not even a listing), other sealed directories, other
generators, other JSONL files or other files under /work/main were read; /work/main/pyproject.toml
was only handed to ruff as its configuration. One probe printed the Python version and three
zone offsets. The script imports the earlier generators itself, in memory, for its duplicate and
register checks, and prints none of their text (its failure messages name only this set's item
ids). Expected values and wording were reviewed from listings of this set's own output (ids,
expected values, tolerances and texts).

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers of everyday life (a cousin doing
  a ski season in Banff, a language tutor with pupils in Dubai, an uncle flying to a Lagos
  wedding, a care home night carer, grandparents visiting twins in Hanoi, a surf trip to the
  Algarve, a charity sleepout, a spare-room host, a dad batch cooking on Sundays, a garden shed
  office build, a window-box herb grower, a primary school cake sale, a nan crocheting a wedding
  blanket, a newly qualified driver's first hatchback, a mum planning a half-term museum day, a
  grout-and-sealant bathroom weekend, a bridesmaid organising a spa day, a bird feeder station,
  a tenant chasing a deposit refund, a village hall ceilidh, a fresher kitting out a halls room,
  pensioners walking the Camino Portugues, a cat sitter for the neighbours, a home office
  monitor-and-desk upgrade and a family's sponsored coast-to-coast ride), each register used by
  all three tools, the first six with two items per tool. Phrasing varies: questions,
  imperatives, baskets, tallies, payslip and invoice checks, lowercase texts, symbols (×, ÷, −,
  %, °C, °F, m², ½, ^) and written-out units; pounds, pence, euros, Canadian dollars, dirhams,
  naira and dong; written dates with computed weekdays (sayw) and without, clock times, and
  journeys between named places.
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated through _txt, _money and _pence, which print exact Fractions
  exactly): Fraction arithmetic for money and quantities (_cents() asserts whole pence and
  cents), exact unit definitions for conversions (from the set-up: inch, foot, yard, mile,
  avoirdupois pound, ounce and stone, acre, square and cubic feet and yards, psi and bar, KiB,
  MiB and GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre,
  gram, hectare and litre), graded exactly when the result has at most three decimals and at
  0.1% otherwise (_unit_any choosing, unit_r asserting that an answer rounded to two decimals
  still passes), and date arithmetic for weekdays, spans, inclusive day counts, nights, whole
  weeks, an age, nth and last weekdays, day of the year, a count of Mondays (_count_weekday),
  working days (_after_weekdays), a leap-year span, a rota of every fourth night, a walk with
  rest days, clock intervals, a night shift across the clocks going forward in the UK on 26
  March 2028 (11 real hours against 12 on the wall clock), and flights and time differences
  whose offsets come from the IANA rules (zoneinfo, loaded through importlib so the set-up is
  unchanged; _on() asserts each weekday the text relies on, and asserts near the helpers pin the
  offsets used: London on summer time in July 2027 and May 2028 and from 26 March 2028, not on
  2 and 5 November 2027, 9 February 2028 or 25 March 2028; Alberta six behind on 2 November
  2027, still on summer time after the UK's change, and seven behind on 8 November; Dubai four
  ahead; Lagos one ahead; Hanoi seven ahead; Lisbon on the same summer time as London). No
  offsets are written in the positives; no contested unit words (ton, gallon, cup, pint,
  barrel, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Hittite and Etruscan history; axolotl and
  tardigrade habits; Kotlin, SQLite and awk help; sea shanty and klezmer verdicts; hailstone and
  ball lightning science; hen party and Secret Santa tact; bonsai and rhubarb hunches; silent
  film and music hall history; bake sale posters and newsletter drafting; Zeno's paradoxes and
  Newcomb's problem), 65 near-negatives in 13 families of five shaped like positives but needing
  the model (live rates and timetables, warning lights and error codes, ballparks with no
  figures, why a maths shortcut works, sums missing their deciding figures, whether a price is
  fair, what a reading means, when something happened, code that would compute something, why a
  calendar or clock custom exists, kitchen and garden judgement calls with numbers, ambiguous
  units or dates, odds and risk decisions), and 35 conversations in seven families of five
  whose last turn asks for a thank-you message after a bill was split, for decorating advice
  after a room's area, for travel and jet-lag advice after a flight time, for cut-back ideas
  after a budget total, for party ideas after a date sum, for training advice after a running
  pace, or for baking rescue advice after an oven or tin conversion; none ends in a plain exact
  question, and the figures in assistant turns are computed in code (flight times from the same
  zoneinfo helpers). Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 133, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability, byte-for-byte regeneration), the comparison with
earlier_registers.txt above, and an ast check that no module-level name is bound twice and that
no new module-level name equals a local name of the kept functions. The first runs failed in
turn: a batch-cooking cost per portion needed five decimals (the spices became £2.10), and the
unit_r two-decimal assertion rejected 35 psi in bar, 1.75 km in miles and an 8 ft by 5 ft rug
in square metres (now 45 psi, 2.4 km and 9 ft by 6 ft); a percentage given to pct() as a
Fraction raised an error and is now a string. The next run's duplicate check flagged 10 items
matching earlier sets word for word (a weekday question, a miles-to-kilometres question, a
question on sixty minutes to the hour, a live base rate, two historical dates, two maths-trick
explanations and two code requests); all were reworded or given new figures, and the run after
that passed. Reviewing the listings moved two datetime answers (a basil sowing date and a Camino
start) off a date that three answers shared, and gave the sleepout and sealant spans dates of
their own. Ruff check listed 63 implicitly concatenated strings in tuples and lists (ISC004);
ruff's own fix parenthesised them in the section files, the conversations were then rewritten to
pass their turns through a small _chat() helper as call arguments, and ruff format joined what
fit on one line. Eleven lines of 100 or 101 characters were then reworded or split (two of
them asserts on zone offsets; all four such two-part asserts became eight single ones), and the
parentheses left around five single strings were removed. Ruff check and ruff format are
clean, no line exceeds 99 characters, and the final run passed every check.

Run: /work/main/.venv/bin/python make_heldout_134.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-16.jsonl"
PREFIX = "ho134-"
# earlier generators: sets 1-133 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 134))
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


# ----------------------------------------------------------- this set's text helpers
def _txt(x, group=True):
    """A terminating Fraction written exactly, with no trailing zeros (1,234.5)."""
    x = F(x)
    k = decimals(x)
    scaled = abs(x) * 10**k
    assert scaled.denominator == 1, x
    digits = str(scaled.numerator).rjust(k + 1, "0")
    whole, frac = (digits[:-k], digits[-k:]) if k else (digits, "")
    if group:
        whole = f"{int(whole):,}"
    return ("-" if x < 0 else "") + whole + ("." + frac if frac else "")


def _cents(x):
    """x itself, after asserting it is a whole number of cents or pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def _money(x, sym="£"):
    """An amount of money: £1,149 when whole, else two decimals (£22.50)."""
    x = _cents(x)
    whole, rest = divmod(int(abs(x) * 100), 100)
    body = f"{whole:,}" + (f".{rest:02d}" if rest else "")
    return ("-" if x < 0 else "") + sym + body


def _pence(x):
    """A sum under a pound written in pence (55p)."""
    x = _cents(x)
    assert 0 < x < 1, x
    return f"{int(x * 100)}p"


assert _txt(dec("1087.35")) == "1,087.35" and _txt(F(-38, 5)) == "-7.6" and _txt(7) == "7"
assert _money(dec("22.5")) == "£22.50" and _money(1149, "C$") == "C$1,149"
assert _pence(dec("0.55")) == "55p"

R_BANFF = "cousin_doing_a_ski_season_in_banff"
R_DUBAI = "language_tutor_with_pupils_in_dubai"
R_LAGOS = "uncle_flying_to_a_lagos_wedding"
R_CARER = "care_home_night_carer"
R_HANOI = "grandparents_visiting_twins_in_hanoi"
R_ALGARVE = "surf_trip_to_the_algarve"
R_SLEEPOUT = "charity_sleepout_fundraiser"
R_AIRBNB = "spare_room_airbnb_host"
R_BATCH = "dad_batch_cooking_on_sundays"
R_SHED = "garden_shed_office_builder"
R_HERBS = "window_box_herb_grower"
R_CAKES = "primary_school_cake_sale"
R_CROCHET = "nan_crocheting_a_wedding_blanket"
R_DRIVER = "newly_qualified_driver_first_hatchback"
R_MUSEUM = "mum_planning_a_half_term_museum_day"
R_GROUT = "bathroom_grout_and_sealant_weekend"
R_SPA = "bridesmaid_organising_a_spa_day"
R_BIRDS = "bird_feeder_station_hobbyist"
R_DEPOSIT = "tenant_chasing_a_deposit_refund"
R_CEILIDH = "village_hall_ceilidh_organiser"
R_HALLS = "fresher_kitting_out_a_halls_room"
R_CAMINO = "pensioners_walking_the_camino_portugues"
R_CATS = "cat_sitter_for_the_neighbours"
R_DESK = "home_office_monitor_and_desk_upgrade"
R_RIDE = "family_sponsored_coast_to_coast_ride"


def _calculator_items():
    # ---- plain one-liners
    calc(P, f"What is 18% of {_txt(2350)} exactly?", pct(18) * 2350)
    calc(P, f"{_txt(7482)} ÷ 29 = ?", F(7482, 29))
    a1, a2, a3, a4 = dec("36.5"), dec("48.75"), 12, dec("119.4")
    calc(P, f"({_txt(a1)} + {_txt(a2)}) × {a3} − {_txt(a4)}", (a1 + a2) * a3 - a4)
    calc(P, f"how much is three eighths of {_txt(1944)}", F(3, 8) * 1944)
    marks = [47, 52, 61, 58, dec("49.5")]
    calc(
        P,
        "Mean of " + ", ".join(_txt(v) for v in marks[:-1]) + f" and {_txt(marks[-1])}, please.",
        sum(marks) / len(marks),
    )
    root_of = 2809
    assert math.isqrt(root_of) ** 2 == root_of
    calc(P, f"What's the square root of {_txt(root_of)}?", math.isqrt(root_of))
    calc(P, f"Increase {_txt(1250)} by {_txt(dec('6.4'))}%.", 1250 * (1 + pct("6.4")))
    calc(P, "2^15 minus 999?", 2**15 - 999)
    adds = [dec("1087.35"), dec("644.9"), dec("2308.05")]
    calc(P, "Sum: " + " + ".join(_txt(v) for v in adds), sum(adds))
    calc(
        P,
        f"Take 35% off 680, then add {_txt(dec('12.5'))}% to what's left. Result?",
        680 * (1 - pct(35)) * (1 + pct("12.5")),
    )
    calc(P, "88 is what percent of 640?", F(88, 640) * 100)
    calc(P, f"{_txt(dec('0.375'))} × {_txt(4096)}", dec("0.375") * 4096)
    calc(P, f"Split {_txt(9135)} evenly 15 ways — how much is each share?", F(9135, 15))
    calc(P, f"What's 15% of 15% of {_txt(8000)}?", pct(15) * pct(15) * 8000)

    # ---- registers
    pass_, boots, weeks_, rent, fortnights = 1149, dec("22.50"), 18, 685, 9
    calc(
        R_BANFF,
        f"cousin's doing a ski season in Banff and wants to know what it's cost her so far: "
        f"staff pass {_money(pass_, 'C$')}, boot rental {_money(boots, 'C$')} a week for "
        f"{weeks_} weeks, and her bunk is {_money(rent, 'C$')} a fortnight for {fortnights} "
        f"fortnights. Total in Canadian dollars?",
        pass_ + boots * weeks_ + rent * fortnights,
    )
    tips, shifts = dec("1393.70"), 22
    calc(
        R_BANFF,
        f"She says her tip jar came to {_money(tips, 'C$')} over {shifts} bar shifts. What's "
        f"that per shift on average?",
        _cents(tips / shifts),
    )
    rate = 180
    hours_ = [14, dec("9.5"), 11]
    fee = 5
    calc(
        R_DUBAI,
        f"I tutor English online for families in Dubai at AED {rate} an hour. This block I "
        f"taught Omar {hours_[0]} hours, Layla {_txt(hours_[1])} hours and Zain {hours_[2]} "
        f"hours, and the booking platform keeps {fee}%. How many dirhams do I actually receive?",
        _cents(rate * sum(hours_) * (1 - pct(fee))),
    )
    aed, per, wfee = 4800, dec("0.2135"), dec("3.99")
    calc(
        R_DUBAI,
        f"Transferring AED {_txt(aed)} home: the app pays {_txt(per)} pounds per dirham and then "
        f"takes a flat {_money(wfee)} fee. How many pounds hit my account?",
        _cents(aed * per - wfee),
    )
    yard_price, his, hers, tailoring = 18500, 6, dec("4.5"), 35000
    calc(
        R_LAGOS,
        f"Uncle needs aso ebi fabric for the Lagos wedding: ₦{_txt(yard_price)} per yard, {his} "
        f"yards for his agbada and {_txt(hers)} yards for Auntie, plus ₦{_txt(tailoring)} "
        f"tailoring for each outfit. What's the total in naira?",
        yard_price * (his + hers) + 2 * tailoring,
    )
    note_value, bundles, per_bundle, loose = 500, 3, 100, 68
    calc(
        R_LAGOS,
        f"He's taking crisp ₦{note_value} notes for spraying the couple — {bundles} bundles of "
        f"{per_bundle} plus {loose} loose notes — and plans to spray a quarter of the money "
        f"during the first dance. How many naira will he have left after that?",
        note_value * (bundles * per_bundle + loose) * F(3, 4),
    )
    base, enh = dec("13.85"), dec("1.20")
    nights_ = [dec("10.5")] * 4 + [9]
    calc(
        R_CARER,
        f"Payslip check: the night rate at the care home is {_money(base)} an hour plus a "
        f"{_money(enh)} an hour night enhancement. I did four {_txt(nights_[0])}-hour nights "
        f"and one {nights_[-1]}-hour night. What should my gross be?",
        _cents((base + enh) * sum(nights_)),
    )
    gross, mine_pct, employer_pct = dec("2146.50"), 5, 3
    calc(
        R_CARER,
        f"From a gross of {_money(gross)}, {mine_pct}% goes into my pension and the home adds "
        f"another {employer_pct}% of gross. How much goes into the pot altogether each pay day?",
        _cents(gross * pct(mine_pct + employer_pct)),
    )
    fare, cover, disc = dec("812.40"), dec("67.25"), 10
    calc(
        R_HANOI,
        f"Grandad here. Two return flights to Hanoi at {_money(fare)} each and travel insurance "
        f"at {_money(cover)} per person, and the airline gives us {disc}% off the flights only "
        f"(loyalty scheme). What do we pay in total?",
        _cents(2 * fare * (1 - pct(disc)) + 2 * cover),
    )
    changed, dong_rate, gift, gifts, stroller = 600, 31250, 450000, 2, 6200000
    calc(
        R_HANOI,
        f"We changed {_money(changed)} at {_txt(dong_rate)} dong to the pound, then bought a "
        f"{_txt(gift)}-dong outfit for each of the {gifts} twins and a double stroller for "
        f"{_txt(stroller)} dong. How many dong do we have left?",
        changed * dong_rate - gifts * gift - stroller,
    )
    camp, board, suit, surfers, surf_days, gdisc = 389, 15, 9, 4, 5, 10
    calc(
        R_ALGARVE,
        f"Surf camp near Sagres for {surfers} of us: €{camp} each for the week, board hire "
        f"€{board} per person per day and wetsuit hire €{suit} per person per day for "
        f"{surf_days} days, with a {gdisc}% group discount on the camp fee only. Grand total?",
        _cents(
            surfers * camp * (1 - pct(gdisc)) + surfers * surf_days * (board + suit),
        ),
    )
    villa, nights_all, full, jamie = 1470, 7, 3, 4
    calc(
        R_ALGARVE,
        f"Villa was €{_txt(villa)} for {nights_all} nights. Three of us stayed all "
        f"{nights_all} nights, Jamie only {jamie}. If we split it per person per night, how "
        f"much does Jamie owe in euros?",
        _cents(F(villa, full * nights_all + jamie) * jamie),
    )
    online, buckets, aided = 3245, dec("418.60"), 2160
    calc(
        R_SLEEPOUT,
        f"Our charity sleepout raised {_money(online)} online and {_money(buckets)} in the "
        f"collection buckets. Gift Aid adds 25% on {_money(aided)} of the online money. What's "
        f"the grand total?",
        _cents(online + buckets + aided * pct(25)),
    )
    nightly, stay, cleaning, cut = 64, 11, 30, 15
    calc(
        R_AIRBNB,
        f"Spare room booking: £{nightly} a night for {stay} nights plus a £{cleaning} cleaning "
        f"fee, and the platform takes {cut}% of the lot. What's my payout?",
        _cents((nightly * stay + cleaning) * (1 - pct(cut))),
    )
    mince_kg, mince_price = dec("2.4"), dec("6.75")
    tins_t, tin_t, tins_b, tin_b, spice, portions = 6, dec("0.55"), 3, dec("0.70"), dec("2.10"), 12
    calc(
        R_BATCH,
        f"Sunday batch chilli: {_txt(mince_kg)} kg of mince at {_money(mince_price)}/kg, "
        f"{tins_t} tins of tomatoes at {_pence(tin_t)}, {tins_b} tins of kidney beans at "
        f"{_pence(tin_b)} and {_money(spice)} of spices and onions. It makes {portions} freezer "
        f"portions — cost per portion?",
        (mince_kg * mince_price + tins_t * tin_t + tins_b * tin_b + spice) / portions,
    )
    boards, board_price, screws, screw_price, membrane = (
        74,
        dec("8.45"),
        2,
        dec("13.99"),
        dec("46.50"),
    )
    calc(
        R_SHED,
        f"Shed office cladding order: {boards} boards at {_money(board_price)}, {screws} boxes "
        f"of stainless screws at {_money(screw_price)} and a roll of breather membrane for "
        f"{_money(membrane)}. What's the bill?",
        boards * board_price + screws * screw_price + membrane,
    )
    boxes, box_price, bags, bag_price, plugs = 4, dec("12.99"), 3, dec("5.49"), 14
    deal_n, deal_price, single = 3, 4, dec("1.50")
    calc(
        R_HERBS,
        f"{boxes} window boxes at {_money(box_price)}, {bags} bags of peat-free compost at "
        f"{_money(bag_price)}, and {plugs} herb plugs — they're 3 for £{deal_price}, any left "
        f"over are {_money(single)} each. How much altogether?",
        boxes * box_price
        + bags * bag_price
        + (plugs // deal_n) * deal_price
        + (plugs % deal_n) * single,
    )
    sold = [(86, dec("0.50")), (34, dec("0.80")), (19, dec("1.20"))]
    float_ = 25
    calc(
        R_CAKES,
        f"Cake sale tally: {sold[0][0]} fairy cakes at {_pence(sold[0][1])}, {sold[1][0]} "
        f"brownies at {_pence(sold[1][1])} and {sold[2][0]} slices of lemon drizzle at "
        f"{_money(sold[2][1])}. We started with a £{float_} float. How much should be in the "
        f"tin?",
        sum(n_ * p_ for n_, p_ in sold) + float_,
    )
    cream, cream_price, sage, sage_price = 11, dec("4.35"), 7, dec("4.60")
    calc(
        R_CROCHET,
        f"For the wedding blanket I need {cream} balls of cream at {_money(cream_price)} and "
        f"{sage} balls of sage at {_money(sage_price)}. The cream is on 3 for 2 (cheapest free, "
        f"they're all the same price). What will I pay?",
        (cream - cream // 3) * cream_price + sage * sage_price,
    )
    car, dep_pct, fee_, payments = 6480, 15, 180, 36
    calc(
        R_DRIVER,
        f"First car: £{_txt(car)}, I put down {dep_pct}% and the rest is spread over "
        f"{payments} equal payments, with a £{fee_} arrangement fee split equally across them "
        f"too. How much is each payment?",
        (car * (1 - pct(dep_pct)) + fee_) / payments,
    )
    adult_fare, adults, kids, family_ticket, lunch = dec("18.40"), 2, 3, 42, dec("37.65")
    calc(
        R_MUSEUM,
        f"Half-term museum trip: {adults} adult train fares at {_money(adult_fare)}, {kids} "
        f"children at half the adult fare, a family ticket for the dinosaur exhibition at "
        f"£{family_ticket} and {_money(lunch)} for lunch in the café. What does the day cost?",
        adults * adult_fare + kids * adult_fare / 2 + family_ticket + lunch,
    )
    grout_tubs, grout_price, sealant_n, sealant_price, rake = (
        3,
        dec("7.79"),
        2,
        dec("6.49"),
        dec("4.25"),
    )
    calc(
        R_GROUT,
        f"Basket at the DIY shed: {grout_tubs} tubs of grout at {_money(grout_price)}, "
        f"{sealant_n} tubes of anti-mould sealant at {_money(sealant_price)} and a grout rake "
        f"at {_money(rake)}. My trade card knocks 10% off at the till. What do I pay?",
        _cents(
            (grout_tubs * grout_price + sealant_n * sealant_price + rake) * (1 - pct(10)),
        ),
    )
    spa_each, group, payers, cake = 95, 7, 6, 37
    calc(
        R_SPA,
        f"Spa day for the hen: £{spa_each} a head for all {group} of us, and we're also "
        f"getting a £{cake} cake. The bride pays nothing, so the other {payers} split "
        f"everything equally. How much is each share?",
        _cents(F(group * spa_each + cake, payers)),
    )
    sack_kg, sack_price, bag_kg, bag_price2 = dec("12.5"), dec("31.25"), 2, dec("5.40")
    calc(
        R_BIRDS,
        f"Sunflower hearts: a {_txt(sack_kg)} kg sack is {_money(sack_price)} or {bag_kg} kg "
        f"bags are {_money(bag_price2)}. How much cheaper per kilo is the sack, in pounds?",
        bag_price2 / bag_kg - sack_price / sack_kg,
    )
    deposit, clean_fee, key, carpet, carpet_share = 1375, 85, dec("42.50"), 310, 40
    calc(
        R_DEPOSIT,
        f"My deposit was £{_txt(deposit)}. The landlord wants £{clean_fee} for cleaning, "
        f"{_money(key)} for a lost key and {carpet_share}% of a £{carpet} carpet clean. If "
        f"I accept that, how much should come back to me?",
        _cents(deposit - clean_fee - key - carpet * pct(carpet_share)),
    )
    band, hall, caller, adult_t, child_t, adults_n, kids_n = 420, 96, 75, 12, 6, 58, 21
    calc(
        R_CEILIDH,
        f"Ceilidh accounts: band £{band}, hall hire £{hall}, caller £{caller}. Tickets were "
        f"£{adult_t} for adults and £{child_t} for under-16s; we sold {adults_n} adult and "
        f"{kids_n} child tickets. What's the profit?",
        adults_n * adult_t + kids_n * child_t - band - hall - caller,
    )
    bedding, kettle, mugs, mug, lamp = 35, dec("12.50"), 4, dec("2.25"), dec("14.99")
    calc(
        R_HALLS,
        f"Kitting out my halls room: bedding bundle £{bedding}, kettle {_money(kettle)}, "
        f"{mugs} mugs at {_money(mug)} and a desk lamp at {_money(lamp)}. Student discount is "
        f"10% on everything except the lamp. Total?",
        _cents((bedding + kettle + mugs * mug) * (1 - pct(10)) + lamp),
    )
    alb, alb_n, pension_room, pension_n, menu, walk_days, walkers = 12, 12, 48, 3, 13, 15, 2
    calc(
        R_CAMINO,
        f"Two of us walking the Camino Portugués: {alb_n} nights in albergues at €{alb} per "
        f"person, {pension_n} nights in a pensión at €{pension_room} per room (we share a "
        f"room), and the pilgrim menu at €{menu} per person for {walk_days} days. Total for "
        f"both of us?",
        walkers * alb * alb_n + pension_n * pension_room + walkers * menu * walk_days,
    )
    visit, per_day, away, mileage, tip_pct = 9, 2, 9, dec("4.50"), 10
    calc(
        R_CATS,
        f"Invoice for the neighbours: £{visit} per visit, {per_day} visits a day for {away} "
        f"days, plus {_money(mileage)} a day for petrol. They've said they'll add a {tip_pct}% "
        f"tip on top of the total. What will they pay me?",
        _cents((visit * per_day * away + mileage * away) * (1 + pct(tip_pct))),
    )
    monitors, monitor, arm, desk, share, cap = 2, dec("139.99"), dec("47.50"), 229, 60, 300
    spent = monitors * monitor + arm + desk
    assert spent * pct(share) > cap  # the cap bites
    calc(
        R_DESK,
        f"Work-from-home kit: {monitors} monitors at {_money(monitor)}, a monitor arm at "
        f"{_money(arm)} and a desk at £{desk}. My employer refunds {share}% of the cost but "
        f"no more than £{cap}. How much am I out of pocket?",
        spent - min(spent * pct(share), cap),
    )
    big, big_n, small, small_n, flat, ride_miles = dec("2.50"), 14, 1, 9, 150, 140
    calc(
        R_RIDE,
        f"Sponsorship for our coast-to-coast ride: {big_n} people pledged {_money(big)} a mile, "
        f"{small_n} pledged £{small} a mile, and Grandma gave a flat £{flat}. The route is "
        f"{ride_miles} miles. How much if we finish?",
        (big_n * big + small_n * small) * ride_miles + flat,
    )


_calculator_items()


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
HECTARE = 10**4  # m^2
LITRE = F(1, 1000)  # m^3

assert 100 * CM == 1 and IN / CM == dec("2.54") and HECTARE / ACRE < 3


def _unit_any(family, query, value):
    """Graded exactly when the value has at most three decimals, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _unit_items():
    # ---- plain one-liners
    _unit_any(P, "31.5 miles — how far is that in km?", dec("31.5") * MI / KM)
    _unit_any(P, "Convert 104.9 °F to Celsius.", f_to_c(dec("104.9")))
    _unit_any(P, "6 ft 2½ in — what's that in centimetres?", (6 * FT + dec("2.5") * IN) / CM)
    _unit_any(P, "How many square metres is 0.35 of an acre?", dec("0.35") * ACRE)
    _unit_any(P, "2.75 kg in pounds?", dec("2.75") / LB)
    _unit_any(P, "What is 115 km/h in miles per hour?", 115 * KMH / MPH)
    _unit_any(P, "340 grams is how many ounces?", 340 * GRAM / OZ)
    _unit_any(P, f"How many GiB is {_txt(7 * MIB)} KiB?", 7 * MIB * KIB / GIB)
    _unit_any(P, "Express 45 psi in bar.", 45 * PSI / BAR)
    _unit_any(P, "how many cubic feet are there in 2 cubic metres", 2 / CUFT)
    _unit_any(P, "Convert 250 acres to hectares.", 250 * ACRE / HECTARE)
    _unit_any(P, "What's 13 st 4 lb in kilograms?", (13 * STONE + 4 * LB))
    _unit_any(P, "3/16 of an inch in millimetres?", F(3, 16) * IN / MM)
    _unit_any(P, "On a 400 m track, how many laps is 5 miles?", 5 * MI / 400)

    # ---- registers
    _unit_any(
        R_BANFF,
        "She texted that it's −22 °C at the top of the gondola in Banff. Dad only thinks in "
        "Fahrenheit — what do I tell him?",
        c_to_f(-22),
    )
    _unit_any(
        R_BANFF,
        "The longest run at her resort drops 3,287 feet top to bottom. How many metres is that?",
        3287 * FT,
    )
    _unit_any(
        R_DUBAI,
        "One of my Dubai pupils says it was 46 °C there at lunchtime. What's that in °F?",
        c_to_f(46),
    )
    _unit_any(
        R_DUBAI,
        "Another family's apartment is listed at 1,450 sq ft. Roughly how many square metres "
        "is that, to two decimals?",
        1450 * SQFT,
    )
    _unit_any(
        R_LAGOS,
        "Uncle weighed his two cases on the bathroom scales: 49 lb and 53 lb. How many "
        "kilograms is that together?",
        (49 + 53) * LB,
    )
    _unit_any(
        R_LAGOS,
        "The tailor in Lagos asked for the fabric length in metres. It's 5 yards. In metres?",
        5 * YD,
    )
    _unit_any(
        R_CARER,
        "New resident's weight from the GP letter is 9 stone 6 pounds. Our chart is in kg — "
        "what do I write?",
        9 * STONE + 6 * LB,
    )
    _unit_any(
        R_CARER,
        "The agency fridge thermometer reads 39.2 °F. What's that in Celsius for the log?",
        f_to_c(dec("39.2")),
    )
    _unit_any(
        R_HANOI,
        "The twins' travel cot mattress is 120 cm long. How many inches is that?",
        120 * CM / IN,
    )
    _unit_any(
        R_HANOI,
        "Our morning walk, round Hoan Kiem Lake and back to the hotel, is 2.4 km. How far is "
        "that in miles?",
        dec("2.4") * KM / MI,
    )
    _unit_any(
        R_ALGARVE,
        "surf report says the water is 17.5 °C at Arrifana. what's that in fahrenheit",
        c_to_f(dec("17.5")),
    )
    _unit_any(
        R_ALGARVE,
        "The hire longboard is 9 ft 2 in. How long is that in metres?",
        9 * FT + 2 * IN,
    )
    _unit_any(
        R_SLEEPOUT,
        "Each of us gets a 1.8 m by 0.9 m piece of cardboard to sleep on. What's that area in "
        "square feet?",
        dec("1.8") * dec("0.9") / SQFT,
    )
    _unit_any(
        R_AIRBNB,
        "A guest asked how big the spare room is in square feet. It's 3.6 m by 4.2 m.",
        dec("3.6") * dec("4.2") / SQFT,
    )
    _unit_any(
        R_BATCH,
        "My mum's stew recipe says 2 lb 4 oz of braising steak. How many grams do I ask the "
        "butcher for?",
        (2 * LB + 4 * OZ) / GRAM,
    )
    _unit_any(
        R_SHED,
        "The shed office base is 10 ft by 12 ft. What's the floor area in m²?",
        10 * 12 * SQFT,
    )
    _unit_any(
        R_HERBS,
        "The window boxes are 30 inches long. How many centimetres?",
        30 * IN / CM,
    )
    _unit_any(
        R_CAKES,
        "A parent's vintage flapjack recipe bakes at 160 °C and her oven dial is in "
        "Fahrenheit. What setting?",
        c_to_f(160),
    )
    _unit_any(
        R_CROCHET,
        "The blanket pattern says 60 inches square. How many cm is each side?",
        60 * IN / CM,
    )
    _unit_any(
        R_DRIVER,
        "Driving abroad for the first time: what's 70 mph in km/h?",
        70 * MPH / KMH,
    )
    _unit_any(
        R_MUSEUM,
        "The museum's diplodocus is 26 metres long. My son wants to know how many feet.",
        26 / FT,
    )
    _unit_any(
        R_GROUT,
        "The shower tray is 900 mm wide. What's that in inches?",
        900 * MM / IN,
    )
    _unit_any(
        R_SPA,
        "The spa's hydrotherapy pool is kept at 34 °C. What's that in Fahrenheit for the "
        "American bridesmaid?",
        c_to_f(34),
    )
    _unit_any(
        R_BIRDS,
        "The sack of sunflower hearts is 12.75 kg. How many pounds does it weigh?",
        dec("12.75") / LB,
    )
    _unit_any(
        R_DEPOSIT,
        "The inventory lists the hallway rug as 9 ft by 6 ft. What's its area in square metres?",
        9 * 6 * SQFT,
    )
    _unit_any(
        R_CEILIDH,
        "The village hall floor is 18 m by 11 m. How many square yards of dance floor is that?",
        18 * 11 / SQYD,
    )
    _unit_any(
        R_HALLS,
        "The mini fridge in my halls room holds 47 litres. How many cubic feet is that?",
        47 * LITRE / CUFT,
    )
    _unit_any(
        R_CAMINO,
        "Our longest Camino stage, Ponte de Lima to Rubiães, is 24.6 km. How many miles?",
        dec("24.6") * KM / MI,
    )
    _unit_any(
        R_CATS,
        "The cats' food pouches are 85 g each. How many ounces is one pouch?",
        85 * GRAM / OZ,
    )
    _unit_any(
        R_DESK,
        "The new monitor is sold as 27 inches across the diagonal. What's that in cm?",
        27 * IN / CM,
    )
    _unit_any(
        R_RIDE,
        "The coast-to-coast route is 140 miles. How many kilometres will we cycle?",
        140 * MI / KM,
    )


_unit_items()


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

# time zones from the IANA rules (zoneinfo, loaded through importlib: the set-up is unchanged)
_ZONES = importlib.import_module("zoneinfo")
LONDON, EDMONTON, DUBAI_TZ = "Europe/London", "America/Edmonton", "Asia/Dubai"
LAGOS_TZ, HANOI_TZ, LISBON = "Africa/Lagos", "Asia/Ho_Chi_Minh", "Europe/Lisbon"


def _aware(zone, when):
    return when.replace(tzinfo=_ZONES.ZoneInfo(zone))


def _offset_hours(zone, when):
    """The zone's offset from universal time at a local wall-clock moment, in hours."""
    return F(int(_aware(zone, when).utcoffset().total_seconds()), 3600)


def _real_hours(zone_a, start, zone_b, end):
    """Elapsed hours between two wall-clock readings, compared on the universal clock."""
    a = _aware(zone_a, start).astimezone(dt.UTC)
    b = _aware(zone_b, end).astimezone(dt.UTC)
    return F(int((b - a).total_seconds()), 3600)


def _landing(zone_a, start, duration, zone_b):
    """The local wall-clock moment in zone_b after flying `duration` from zone_a."""
    utc = _aware(zone_a, start).astimezone(dt.UTC) + duration
    return utc.astimezone(_ZONES.ZoneInfo(zone_b)).replace(tzinfo=None)


def _after_weekdays(start, n):
    """The date n Monday-to-Friday days after start (start itself not counted)."""
    d_ = start
    while n:
        d_ += TD(days=1)
        if d_.weekday() < SAT:
            n -= 1
    return d_


def _count_weekday(first, last, wd_):
    return sum(1 for k in range(days(first, last) + 1) if (first + TD(days=k)).weekday() == wd_)


# the offsets this set relies on
assert _offset_hours(LONDON, DT(2027, 11, 2, 12)) == 0
assert _offset_hours(EDMONTON, DT(2027, 11, 2, 12)) == -6  # still on summer time
assert _offset_hours(EDMONTON, DT(2027, 11, 8, 12)) == -7
assert _offset_hours(LONDON, DT(2027, 7, 10, 12)) == 1
assert _offset_hours(DUBAI_TZ, DT(2027, 7, 10)) == 4
assert _offset_hours(LONDON, DT(2027, 11, 5, 9)) == 0
assert _offset_hours(LAGOS_TZ, DT(2027, 11, 5)) == 1
assert _offset_hours(LONDON, DT(2028, 3, 25, 20)) == 0
assert _offset_hours(LONDON, DT(2028, 3, 26, 8)) == 1  # clocks forward on 26 March 2028
assert _offset_hours(LONDON, DT(2028, 2, 9, 11)) == 0
assert _offset_hours(HANOI_TZ, DT(2028, 2, 10)) == 7
assert _offset_hours(LISBON, DT(2028, 5, 27, 19)) == 1
assert _offset_hours(LONDON, DT(2028, 5, 27)) == 1
assert _real_hours(LONDON, DT(2028, 3, 25, 20), LONDON, DT(2028, 3, 26, 8)) == 11
assert _after_weekdays(D(2030, 3, 1), 1) == D(2030, 3, 4)
assert _count_weekday(D(2030, 3, 4), D(2030, 3, 18), MON) == 3


def _on(d_, wd_):
    """d_, after asserting the weekday the question text relies on."""
    assert d_.weekday() == wd_, d_
    return d_


def _datetime_items():
    # ---- plain one-liners
    date_item(P, "27 November 2031 falls on which weekday?", weekday(D(2031, 11, 27)))
    a_, b_ = D(2027, 6, 3), D(2027, 11, 21)
    date_item(P, f"How many days are there from {say(a_)} to {say(b_)}?", days(a_, b_))
    c_ = D(2027, 9, 12)
    date_item(P, f"Which date is 150 days after {say(c_)}?", c_ + TD(days=150))
    w1, w2 = D(2028, 1, 6), D(2028, 3, 30)
    date_item(P, f"How many weeks are there between {say(w1)} and {say(w2)}?", weeks(w1, w2))
    e_ = D(2028, 7, 1)
    date_item(P, f"what date is 10 weeks before {say(e_)}", e_ - TD(weeks=10))
    born_, then_ = D(1961, 2, 23), D(2027, 10, 4)
    date_item(
        P,
        f"Someone born on {say(born_)} — how old are they on {say(then_)}?",
        age(born_, then_),
    )
    g_ = D(2027, 10, 17)
    date_item(P, f"{say(g_)} is which day of the year?", g_.timetuple().tm_yday)
    date_item(P, "Date of the third Tuesday in November 2027?", nth_weekday(2027, 11, TUE, 3))
    date_item(
        P, "What's the date of the last Friday of January 2028?", nth_weekday(2028, 1, FRI, -1)
    )
    date_item(P, "How many minutes from 08:47 to 16:12?", clock_span("08:47", "16:12", 60))
    m1, m2 = D(2028, 5, 1), D(2028, 8, 31)
    date_item(
        P,
        f"How many Mondays are there from {say(m1)} to {say(m2)}, both dates included?",
        _count_weekday(m1, m2, MON),
    )
    h_ = _on(D(2027, 9, 3), FRI)
    date_item(
        P,
        f"Counting only Mondays to Fridays (no holidays), what date is 45 working days after "
        f"{sayw(h_)}?",
        _after_weekdays(h_, 45),
    )
    date_item(
        P,
        "How many hours is it from 21:30 to 06:15 the following morning?",
        clock_span("21:30", "06:15", 3600),
    )
    date_item(P, "On what day of the week will 1 January 2040 fall?", weekday(D(2040, 1, 1)))

    # ---- registers
    s1, s2 = D(2027, 12, 6), D(2028, 4, 16)
    date_item(
        R_BANFF,
        f"Her ski season contract runs from {sayw(s1)} to {sayw(s2)}, first and last day "
        f"both included. How many days is that?",
        days(s1, s2) + 1,
    )
    noon = DT(2027, 11, 2, 12)
    date_item(
        R_BANFF,
        f"Planning a video call with her on {say(noon.date())}: how many hours ahead of Banff "
        f"is the UK on that date?",
        _offset_hours(LONDON, noon) - _offset_hours(EDMONTON, noon),
    )
    july = DT(2027, 7, 10, 12)
    date_item(
        R_DUBAI,
        f"I'm in Leeds. On {say(july.date())}, how many hours ahead of me are my pupils in Dubai?",
        _offset_hours(DUBAI_TZ, july) - _offset_hours(LONDON, july),
    )
    first_lesson = _on(D(2027, 9, 7), TUE)
    date_item(
        R_DUBAI,
        f"A course of 12 weekly lessons starts on {sayw(first_lesson)}. What's the date of "
        f"lesson 12?",
        first_lesson + TD(weeks=11),
    )
    dep, arr = DT(2027, 11, 5, 9, 40), DT(2027, 11, 5, 16, 10)
    date_item(
        R_LAGOS,
        f"Uncle's flight leaves Heathrow at 09:40 UK time on {say(dep.date())} and lands in "
        f"Lagos at 16:10 Lagos time the same day. How many hours is he in the air?",
        _real_hours(LONDON, dep, LAGOS_TZ, arr),
    )
    land, home = _on(D(2027, 11, 5), FRI), D(2027, 11, 22)
    date_item(
        R_LAGOS,
        f"He lands on {sayw(land)} and flies home on {say(home)}. How many nights is he in Lagos?",
        days(land, home),
    )
    on_, off_ = DT(2028, 3, 25, 20), DT(2028, 3, 26, 8)
    date_item(
        R_CARER,
        f"My night shift in Derby runs from 20:00 on {sayw(on_.date())} to 08:00 on the "
        f"Sunday morning. We're paid for the hours that actually pass. How many is that?",
        _real_hours(LONDON, on_, LONDON, off_),
    )
    rota = _on(D(2028, 1, 3), MON)
    date_item(
        R_CARER,
        f"I'm on every fourth night, starting {sayw(rota)}. What date is my 10th night shift?",
        rota + TD(days=4 * 9),
    )
    go = DT(2028, 2, 9, 11, 30)
    date_item(
        R_HANOI,
        f"We leave London at 11:30 on {say(go.date())} and the journey to Hanoi takes 13 hours "
        f"45 minutes including the change. On what date do we land, Hanoi time?",
        _landing(LONDON, go, TD(hours=13, minutes=45), HANOI_TZ).date(),
    )
    twins, meet = D(2027, 11, 14), D(2028, 2, 10)
    date_item(
        R_HANOI,
        f"The twins were born on {say(twins)}. How many days old will they be when we first "
        f"meet them on {say(meet)}?",
        days(twins, meet),
    )
    fly_out, fly_in = DT(2028, 5, 27, 19, 25), DT(2028, 5, 27, 21, 55)
    date_item(
        R_ALGARVE,
        f"Flight home leaves Faro at 19:25 local time on {say(fly_out.date())} and lands in "
        f"Bristol at 21:55 local time. How many minutes is the flight?",
        _real_hours(LISBON, fly_out, LONDON, fly_in) * 60,
    )
    checkin = _on(D(2028, 5, 18), THU)
    date_item(
        R_ALGARVE,
        f"We've booked the surf house for 11 nights from {sayw(checkin)}. What's our "
        f"check-out date?",
        checkin + TD(days=11),
    )
    sleepout_night = _on(D(2027, 12, 2), THU)
    date_item(
        R_SLEEPOUT,
        f"The sleepout starts at 19:00 on {sayw(sleepout_night)} and finishes at 07:30 the "
        f"next morning. How many hours are we out in the cold?",
        clock_span("19:00", "07:30", 3600),
    )
    ci, co = D(2027, 12, 28), D(2028, 1, 4)
    date_item(
        R_AIRBNB,
        f"Guests check in on {say(ci)} and check out on {say(co)}. How many nights is that?",
        days(ci, co),
    )
    frozen = D(2027, 9, 12)
    date_item(
        R_BATCH,
        f"I froze this batch of chilli on {say(frozen)}. The label says eat by 90 days after "
        f"freezing. Which date is that?",
        frozen + TD(days=90),
    )
    ordered = _on(D(2027, 5, 14), FRI)
    date_item(
        R_SHED,
        f"Ordered the shed office kit on {sayw(ordered)}; delivery is quoted at 8 weeks. "
        f"Which date should it arrive?",
        ordered + TD(weeks=8),
    )
    sown = D(2028, 4, 8)
    date_item(
        R_HERBS,
        f"I sowed basil on {say(sown)}. It should come up after 10 days and be ready to pick 6 "
        f"weeks after that. On what date can I start picking?",
        sown + TD(days=10, weeks=6),
    )
    date_item(
        R_CAKES,
        "The cake sale is on the second Friday of March 2028. What date is that?",
        nth_weekday(2028, 3, FRI, 2),
    )
    start_rows, rows_per_day, rows = D(2028, 5, 1), 4, 480
    assert rows % rows_per_day == 0
    date_item(
        R_CROCHET,
        f"If I crochet {rows_per_day} rows every day starting on {say(start_rows)} (that day "
        f"counts), on what date do I finish row {rows}?",
        start_rows + TD(days=rows // rows_per_day - 1),
    )
    passed, renewal = _on(D(2027, 8, 19), THU), D(2028, 8, 19)
    date_item(
        R_DRIVER,
        f"I passed my test on {sayw(passed)} and my first insurance renewal is on "
        f"{say(renewal)}. How many days apart are they?",
        days(passed, renewal),
    )
    opens, closes = D(2027, 9, 22), D(2028, 1, 9)
    date_item(
        R_MUSEUM,
        f"The dinosaur exhibition opened on {say(opens)} and closes on {say(closes)}. How "
        f"many days does it run, counting both?",
        days(opens, closes) + 1,
    )
    sealed_on = _on(D(2027, 6, 12), SAT)
    date_item(
        R_GROUT,
        f"I ran the new sealant at 14:30 on {sayw(sealed_on)} and the first shower is at 07:00 "
        f"the next day. How many hours has it had to cure?",
        clock_span("14:30", "07:00", 3600),
    )
    wedding = _on(D(2028, 6, 17), SAT)
    date_item(
        R_SPA,
        f"The wedding is {sayw(wedding)} and the spa day is on the Saturday three weeks "
        f"earlier. What date is that?",
        wedding - TD(weeks=3),
    )
    date_item(
        R_BIRDS,
        "Our garden bird count is on the last Saturday of January 2028. Which date?",
        nth_weekday(2028, 1, SAT, -1),
    )
    agreed = D(2027, 10, 13)
    date_item(
        R_DEPOSIT,
        f"We agreed the deductions on {say(agreed)} and the deposit scheme says the money must "
        f"be back 10 days after agreement. By what date?",
        agreed + TD(days=10),
    )
    date_item(
        R_CEILIDH,
        "The band plays from 19:30 to 23:45 with no break. How many hours is that?",
        clock_span("19:30", "23:45", 3600),
    )
    term = _on(D(2027, 9, 27), MON)
    date_item(
        R_HALLS,
        f"Teaching runs for ten weeks from {sayw(term)}. What's the date of the Friday in "
        f"week ten?",
        term + TD(weeks=9, days=4),
    )
    camino_start, stages, block = _on(D(2028, 5, 10), WED), 22, 6
    walk_days_ = stages + (stages - 1) // block  # a rest day after every 6th stage but the last
    date_item(
        R_CAMINO,
        f"We start walking on {sayw(camino_start)}: {stages} stages, one a day, with a rest "
        f"day after every {block} stages. What date do we walk the last stage?",
        camino_start + TD(days=walk_days_ - 1),
    )
    away_from, back = _on(D(2027, 12, 18), SAT), _on(D(2028, 1, 3), MON)
    date_item(
        R_CATS,
        f"The neighbours are away from {sayw(away_from)} to {sayw(back)} and want two visits "
        f"a day, both those days included. How many visits is that?",
        2 * (days(away_from, back) + 1),
    )
    order_day = _on(D(2027, 9, 8), WED)
    date_item(
        R_DESK,
        f"The desk ships 15 working days (Monday to Friday) after I order it on "
        f"{sayw(order_day)}. What date will that be?",
        _after_weekdays(order_day, 15),
    )
    ride_start = D(2028, 6, 19)
    date_item(
        R_RIDE,
        f"We set off on {say(ride_start)} and ride five days in a row. What day of the week is "
        f"the final day?",
        weekday(ride_start + TD(days=4)),
    )


_datetime_items()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "chew-hittite-and-etruscan-whys": [
        "Why did the Hittite empire collapse so suddenly around 1200 BC?",
        "How did the Etruscans shape early Roman religion and the way Romans laid out towns?",
        "We can read the Etruscan alphabet, so why is the language still only partly understood?",
        "what made the Hittite chariots such a match for the Egyptians at Kadesh?",
        "Is the Kadesh treaty really the world's oldest peace treaty, or is that a museum myth?",
        "Why did Rome swallow up Etruria gradually instead of wiping it out?",
        "How do historians know about Hittite law, and was it harsher than Hammurabi's code?",
        "Why did the Etruscans put so much effort into painted tombs full of banquet scenes?",
        "Who were the Sea Peoples, and did they really bring down the Bronze Age kingdoms?",
        (
            "How did digging up Hattusa change what scholars thought about the Hittites in the "
            "Bible?"
        ),
    ],
    "chew-axolotl-and-tardigrade-habits": [
        "How does an axolotl regrow a whole leg without leaving a scar?",
        "Why do axolotls stay in their larval form their whole lives?",
        "Can tardigrades really survive being sent into space, and how do they manage it?",
        "My axolotl keeps gulping air at the surface of the tank. Is that normal?",
        "What do tardigrades actually eat when they're living in a clump of moss?",
        "Why are wild axolotls nearly extinct when pet shops sell thousands of them?",
        "how does a tardigrade's tun state work, is it a kind of hibernation",
        "Does my axolotl recognise me, or does it just associate me with food?",
        "Why are tardigrades called water bears? They don't look much like bears to me.",
        "Is it unkind to keep a single axolotl on its own?",
    ],
    "chew-kotlin-sqlite-and-awk-code-help": [
        "In Kotlin, when should I use a data class rather than a normal class?",
        (
            "My SQLite query with LIKE '%term%' crawls on a big table. Can an index help, and if "
            "not what can?"
        ),
        (
            "Write an awk one-liner that prints the second column of a CSV only when the third "
            "column says FAIL."
        ),
        "Explain the difference between Kotlin's let, apply, also and run with small examples.",
        (
            "Two Python scripts write to the same SQLite file and one keeps getting 'database is "
            "locked'. How do I fix that properly?"
        ),
        "Coroutines or plain threads for fetching data in an Android app written in Kotlin? Why?",
        "My awk report prints blank lines at the end. How do I skip empty records?",
        "Should dates in SQLite be stored as text, integers or reals? What are the trade-offs?",
        (
            "In Kotlin, what happens with list.filter { it > 0 }.map { it * 2 }.first() when "
            "nothing passes the filter, and what should I write instead?"
        ),
        (
            "How do I write an upsert in SQLite that only overwrites a row when the incoming "
            "timestamp is newer?"
        ),
    ],
    "chew-sea-shanty-and-klezmer-verdicts": [
        "Is 'Wellerman' really a shanty or a whaling ballad, and does the difference matter?",
        "Recommend a klezmer album for someone who loves jazz clarinet.",
        "Why did sea shanties suddenly go viral a few winters ago, and will the craze last?",
        "Which is the better way into klezmer: the Klezmatics or Brave Old World?",
        "Do modern shanty choirs sound anything like real sailors did, or is it tidy nostalgia?",
        "What gives klezmer clarinet that crying sound, and who does it best?",
        (
            "Rank 'Drunken Sailor', 'South Australia' and 'Leave Her, Johnny' for a pub singalong "
            "and tell me why."
        ),
        "Is klezmer-punk a gimmick or a genuine next step for the music?",
        "Which shanty would make the best first dance at a wedding? Be honest.",
        "Are Fisherman's Friends actually great singers, or just a great story?",
    ],
    "chew-hailstone-and-ball-lightning-science": [
        "How do hailstones grow so big inside a storm cloud?",
        "Is ball lightning real, and what's the best explanation scientists have?",
        "Why can it hail in midsummer when it's warm down on the ground?",
        "What causes the rings you see when you cut a big hailstone in half?",
        "Could ball lightning really pass through a closed window?",
        "Why do some thunderstorms drop hail and others just rain?",
        "How do forecasters spot a hail-producing storm on radar?",
        "Is it true that lightning never strikes the same place twice?",
        "Why are giant hailstones so much more common on the American plains than in Britain?",
        "why does thunder rumble on and on instead of just one crack",
    ],
    "chew-hen-party-and-secret-santa-tact": [
        (
            "The bride wants a £400-a-head hen weekend and I honestly can't afford it. How do I "
            "say so without sounding mean?"
        ),
        (
            "Someone in our office Secret Santa always blows through the £10 limit. Should I say "
            "something?"
        ),
        "How do I politely skip the hen do but still show the bride I care?",
        "I drew my boss in Secret Santa. What's a safe present that isn't boring?",
        (
            "The maid of honour is planning things the bride would hate. Do I step in or stay "
            "out of it?"
        ),
        "Is it rude to set a deadline for people to pay the hen party deposit?",
        (
            "My colleague guessed I was her Secret Santa and looked disappointed with the gift. "
            "What do I do?"
        ),
        "How do I tell the hen group chat I'm vegan without making the meal planning awkward?",
        (
            "We'd like to scrap the office Secret Santa. How do we suggest it without killing the "
            "festive mood?"
        ),
        "The bride's mum has invited herself on the hen do. How do we handle that gracefully?",
    ],
    "chew-bonsai-and-rhubarb-hunches": [
        "My juniper bonsai is browning on the inside. Is that overwatering or not enough light?",
        "Should I force my rhubarb under a bucket this spring, or give the crown a rest?",
        "When's the right time to repot a bonsai, and how much root is it safe to cut?",
        "My rhubarb has sent up a flower stalk. Does that ruin the crop?",
        "Is an indoor ficus a better first bonsai than a Japanese maple?",
        "Why are my rhubarb stalks thin and green instead of thick and red?",
        "How do I wire a bonsai branch without the wire biting into the bark?",
        "Can I split an old rhubarb crown in autumn, or is spring better?",
        "My bonsai dropped every leaf after I moved it to another windowsill. Will it recover?",
        "Is piling manure on rhubarb every winter actually necessary, or an old habit?",
    ],
    "chew-silent-film-and-music-hall-history": [
        "Why did music hall fade so quickly after the First World War?",
        "How did silent cinemas use live musicians, and who picked the music for each film?",
        "How much did Charlie Chaplin's music hall years shape his film comedy?",
        "Why did the arrival of sound end so many silent stars' careers?",
        "What was a typical night out at a Victorian music hall like?",
        "How did Dan Leno become the most famous comic of his day?",
        "Why did the early film studios move to Hollywood?",
        "Were music hall songs thought of as rude at the time?",
        "How did Buster Keaton pull off his stunts without any special effects?",
        "Why have so many silent films been lost for good?",
    ],
    "chew-bake-sale-poster-and-newsletter-drafting": [
        "Write a cheerful poster for a school bake sale raising money for new library books.",
        "Draft a short newsletter item thanking the parents who baked for our Friday sale.",
        "Come up with a catchy headline for the allotment column in our village newsletter.",
        "Write a friendly reminder asking families to list allergens on anything they bake.",
        "Draft a paragraph for the PTA newsletter introducing our new treasurer, Priya.",
        "Give me three slogans for a cake stall at the summer fete.",
        (
            "Rewrite this so it sounds less bossy: 'All cakes MUST be dropped off by 8am, no "
            "exceptions.'"
        ),
        "Write a short piece for the parish newsletter about the appeal to fix the church roof.",
        "Draft an appeal for volunteers to run the tea urn at the craft fair.",
        "Write a funny lost property notice for the school newsletter.",
    ],
    "chew-zeno-and-newcomb-puzzles": [
        "Does calculus really solve Zeno's paradox of Achilles and the tortoise?",
        "In Newcomb's problem, should I take one box or both? Argue it out.",
        "Is Zeno's arrow paradox really about motion, or about what an instant is?",
        "Why do philosophers still argue about Newcomb's problem when the maths looks so clear?",
        "Does the dichotomy paradox show that space can't be divided forever?",
        "What would a causal decision theorist say to a one-boxer in Newcomb's problem?",
        "Can quantum physics settle Zeno's paradoxes?",
        "Explain one-boxers and two-boxers to a sharp fifteen-year-old.",
        "Is Newcomb's perfect predictor even coherent if I have free will?",
        "What's the most convincing modern reading of Zeno's stadium paradox?",
    ],
}

NEAR = {
    "near-live-rates-and-timetables": (
        "needs live data the question cannot supply",
        [
            "What's the euro to pound rate right now?",
            "How much is a litre of unleaded at the supermarket by Leeds station at the moment?",
            "Is the 07:42 from Reading to Paddington running on time?",
            "Has the Bank of England moved interest rates lately, and where do they stand now?",
            "How long is the queue for the ferries at Dover right now?",
        ],
    ),
    "near-warning-light-and-error-code-meanings": (
        "a code or symbol whose meaning needs product knowledge, not arithmetic",
        [
            "My combi boiler is flashing F28. What does that mean?",
            "An orange coil-shaped light has come on in my diesel car. Is it safe to drive?",
            "The washing machine shows E21 and won't drain. What's wrong with it?",
            "The dishwasher beeps three times and shows a little tap symbol. What does it want?",
            "My printer says error 0x6100004a. How do I fix it?",
        ],
    ),
    "near-ballpark-with-no-figures": (
        "an estimate with no figures given: needs judgement and general knowledge",
        [
            "Roughly how many bricks go into a typical three-bed semi?",
            "Ballpark, how many litres of emulsion would it take to paint a whole house inside?",
            "About how many people ride the London Underground in the morning rush?",
            "Estimate how many grains of rice there are in a kilo bag.",
            "Roughly how many trees would it take to make up for one long-haul flight?",
        ],
    ),
    "near-why-the-maths-shortcut-works": (
        "asks why a rule works: an explanation, not a number",
        [
            (
                "My nephew's teacher says a number divides by nine when its digits add up to a "
                "multiple of nine. Why is that true?"
            ),
            "To multiply 43 by 11 you write 4, then 4 + 3, then 3. Why does that trick work?",
            "Why is 8% of 50 the same as 50% of 8? It feels like a coincidence.",
            "Why does the rule of 72 give a decent doubling time?",
            "Why does squaring a number ending in 5 give n times n+1 followed by 25?",
        ],
    ),
    "near-sums-missing-a-figure": (
        "looks like a sum but the deciding figures are missing",
        [
            "How much does each of us owe for the takeaway? There were five of us.",
            "How many tiles do I need for my bathroom wall?",
            "If I save a bit each week, when will I have enough for the holiday?",
            "What will my take-home pay be after the pay rise?",
            "How long will it take me to drive to my sister's?",
        ],
    ),
    "near-is-this-price-fair": (
        "whether a price is reasonable needs market knowledge and judgement",
        [
            "Is £95 a fair price for a chimney sweep in Sheffield?",
            "A plumber quoted £1,800 to swap our combi boiler. Is that suspiciously cheap?",
            "Is £14 for a cocktail in central Edinburgh normal these days?",
            "A 2019 Fiesta with 48,000 miles on it for £9,500: good deal or not?",
            "Is £35 an hour reasonable for a private piano teacher?",
        ],
    ),
    "near-what-this-reading-means": (
        "interpreting a reading needs domain knowledge, not a calculation",
        [
            "My watch says my blood oxygen is 94%. Should I be worried?",
            "The soil test kit says pH 5.5 for my veg bed. Is that bad for potatoes?",
            "Our CO2 monitor in the lounge reads 1,400 ppm in the evenings. Is that unhealthy?",
            "My resting heart rate is 48. Is that too low?",
            "The pool test strip shows 5 ppm chlorine. Is it safe for the kids to swim?",
        ],
    ),
    "near-when-did-it-happen": (
        "a historical date is a fact to recall, not date arithmetic",
        [
            "Which year did the first passenger trains run through the Channel Tunnel?",
            "When was the first FA Cup final played?",
            "What year did Britain switch to decimal currency?",
            "Which general election was the first one where British women could vote?",
            "What year did the first iPhone come out?",
        ],
    ),
    "near-write-code-that-computes": (
        "asks for code, not for the number the code would produce",
        [
            (
                "Write a small Python function that takes net prices and returns them "
                "with 20% VAT added, rounded to the penny."
            ),
            "Give me a spreadsheet formula that adds 30 days to the date in cell A2.",
            "Write some JavaScript that converts Celsius to Fahrenheit when a button is clicked.",
            (
                "Write a SQL query over an orders table (order_date, amount) giving the total for "
                "each calendar month."
            ),
            "Write a bash script that prints how many days are left until a date I pass in.",
        ],
    ),
    "near-calendar-and-clock-custom-origins": (
        "why a calendar or clock custom exists is history, not arithmetic",
        [
            "How did we end up with sixty minutes to the hour instead of something decimal?",
            "Why does the UK tax year start on 6 April, of all days?",
            "Why is February the shortest month?",
            "Why do clock hands go round clockwise?",
            "Why do we have leap seconds, and is it true they're being scrapped?",
        ],
    ),
    "near-kitchen-and-garden-judgement": (
        "a cooking or growing judgement call with numbers in it",
        [
            "How long should I rest a 2 kg beef joint after roasting?",
            "How many tomato plants should I grow to feed a family of four?",
            "Is 65 °C hot enough for chicken breast if I hold it there for a while?",
            "How far apart should raspberry canes go along a 3 m row?",
            "Is it OK to reheat cooked rice that's been in the fridge for 5 days?",
        ],
    ),
    "near-ambiguous-unit-or-date": (
        "the units or the date are ambiguous and need the model to ask or explain",
        [
            "How many ounces is a cup of flour?",
            "What's 03/04 plus 30 days?",
            "How many litres is a gallon?",
            "How heavy is a ton of bricks in kilos?",
            "How many days until the end of the month?",
        ],
    ),
    "near-odds-and-risk-judgement": (
        "a decision under uncertainty: needs judgement, not a sum",
        [
            "Is it worth paying £60 for gadget insurance on a £400 phone?",
            "Should I fix my mortgage for two years or five at the moment?",
            "Is a lottery syndicate a smarter bet than buying tickets on my own?",
            "My flight has a 70% on-time record. Should I risk a tight connection?",
            "Should I pay off my student loan early or invest the money instead?",
        ],
    ),
}


def _hm(hours):
    """A span in hours written as hours and minutes (13 hours 25 minutes)."""
    minutes = F(hours) * 60
    assert minutes.denominator == 1, hours
    h_, m_ = divmod(int(minutes), 60)
    return f"{h_} hours {m_} minutes" if m_ else f"{h_} hours"


def _mmss(seconds):
    """Seconds written as minutes and seconds (5:27)."""
    whole = round(F(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


assert _hm(F(161, 12)) == "13 hours 25 minutes" and _hm(7) == "7 hours" and _mmss(327) == "5:27"


def _chat(*texts):
    """Turns alternating user and assistant, starting and ending with the user."""
    assert len(texts) % 2 == 1
    return [(U if k % 2 == 0 else A, t_) for k, t_ in enumerate(texts)]


def _conversations():
    fam = "conv-bill-split-then-thank-you-note"
    note = "the sum is already answered; the last turn asks for a thank-you to be written"
    bill, service, diners = dec("249.60"), "12.5", 6
    total = _cents(bill * (1 + pct(service)))
    conv(
        fam,
        _chat(
            f"Dinner for {diners} came to {_money(bill)} plus {service}% service. "
            f"What's each person's share?",
            f"With service the bill is {_money(total)}, so each share is "
            f"{_money(_cents(total / diners))}.",
            "Lovely. Sam organised the whole evening and booked the table months ago. Can "
            "you help me write a warm thank-you message to send her?",
        ),
        note,
    )
    cottage, friends = 1248, 8
    conv(
        fam,
        _chat(
            f"The cottage was £{_txt(cottage)} for the weekend and there were {friends} of "
            f"us. How much each?",
            f"That's {_money(_cents(F(cottage, friends)))} each.",
            "Thanks! The owner left homemade bread and a bottle of wine for us. Could you "
            "draft a short thank-you note for the visitors' book?",
        ),
        note,
    )
    chip, people, card = dec("5.50"), 14, dec("3.50")
    conv(
        fam,
        _chat(
            f"{people} of us each put {_money(chip)} in the collection and the card cost "
            f"{_money(card)}. How much is left for the present?",
            f"You collected {_money(people * chip)}; after the card there's "
            f"{_money(people * chip - card)} for the present.",
            "Great. What should we write in the card for Maria? She's retiring after "
            "running the office for ever. Heartfelt but not soppy, please.",
        ),
        note,
    )
    voucher, wrap, couple_friends = 360, 24, 4
    conv(
        fam,
        _chat(
            f"Four of us are getting a £{voucher} voucher for a wedding present, plus "
            f"£{wrap} for a nice box and wrapping. Split evenly, what's each share?",
            f"£{voucher + wrap} in total, so {_money(F(voucher + wrap, couple_friends))} each.",
            "Can you write a short note to go with it from the four of us? The couple are "
            "a bit nerdy and love board games.",
        ),
        note,
    )
    tab, drinkers = 312, 13
    conv(
        fam,
        _chat(
            f"Our bar tab at the leaving do came to £{tab} and there were {drinkers} of us. "
            f"What's that each?",
            f"{_money(F(tab, drinkers))} each.",
            "The landlord let us have the back room for free and stayed open late for us. "
            "Could you draft a thank-you we can post on the pub's page?",
        ),
        note,
    )

    fam = "conv-room-area-then-colour-advice"
    note = "the area is worked out already; the last turn asks for decorating advice"
    w_, l_ = dec("4.2"), dec("3.6")
    conv(
        fam,
        _chat(
            f"Our living room is {_txt(w_)} m by {_txt(l_)} m. How many square metres is it?",
            f"{_txt(w_ * l_)} m².",
            "It faces north and feels gloomy even at midday. What colours would make it "
            "brighter without feeling cold?",
        ),
        note,
    )
    rw, rl, rh, door = dec("3.5"), 3, dec("2.4"), dec("1.6")
    walls = 2 * (rw + rl) * rh - door
    conv(
        fam,
        _chat(
            f"Bedroom is {_txt(rw)} m by {rl} m with {_txt(rh)} m ceilings, and the door "
            f"takes up about {_txt(door)} m². What's the wall area to paint?",
            f"The four walls come to {_txt(2 * (rw + rl) * rh)} m²; minus the door that's "
            f"{_txt(walls)} m².",
            "It's for my eight-year-old's bedroom. Matt, eggshell or silk? And would you go "
            "bold or calm?",
        ),
        note,
    )
    kitchen = 12 * 10 * SQFT
    conv(
        fam,
        _chat(
            "The kitchen floor is 12 ft by 10 ft. What's that in square metres?",
            f"About {float(kitchen):.2f} m².",
            "We've a muddy spaniel and two small kids. Would vinyl, porcelain tiles or "
            "engineered oak cope best?",
        ),
        note,
    )
    hl, hw = dec("5.5"), dec("1.1")
    conv(
        fam,
        _chat(
            f"Hallway floor is {_txt(hl)} m long and {_txt(hw)} m wide. Area?",
            f"{_txt(hl * hw)} m².",
            "Would a runner on the stairs or fully fitted carpet look better in a narrow "
            "Victorian hall?",
        ),
        note,
    )
    fw, fh, roll = dec("3.8"), dec("2.5"), dec("5.3")
    conv(
        fam,
        _chat(
            f"Feature wall is {_txt(fw)} m wide and {_txt(fh)} m high, and a roll of the "
            f"wallpaper covers {_txt(roll)} m². How many rolls?",
            f"The wall is {_txt(fw * fh)} m², so {whole_up(fw * fh / roll)} rolls, before "
            f"any allowance for matching the pattern.",
            "Would a big botanical print look dated in a few years, or is it a safe bet?",
        ),
        note,
    )

    fam = "conv-flight-length-then-jet-lag-tips"
    note = "the flight time is computed already; the last turn asks for travel advice"
    flights = [
        (
            "London",
            LONDON,
            DT(2027, 7, 14, 21, 40),
            "Singapore",
            "Asia/Singapore",
            DT(2027, 7, 15, 18, 5),
            (
                "Any tips for coping with jet lag once I'm there? I've got meetings the next "
                "morning."
            ),
        ),
        (
            "Manchester",
            LONDON,
            DT(2027, 8, 3, 10, 5),
            "New York",
            "America/New_York",
            DT(2027, 8, 3, 13, 0),
            "What should I eat or drink on the plane if I want to stay awake till bedtime there?",
        ),
        (
            "Heathrow",
            LONDON,
            DT(2028, 1, 20, 19, 15),
            "Tokyo",
            "Asia/Tokyo",
            DT(2028, 1, 21, 16, 10),
            (
                "I'm travelling with a two-year-old. How do I get her to sleep on a flight like "
                "that?"
            ),
        ),
        (
            "Edinburgh",
            LONDON,
            DT(2027, 9, 9, 13, 20),
            "Toronto",
            "America/Toronto",
            DT(2027, 9, 9, 16, 5),
            "Is it better to nap when I arrive or push through until bedtime?",
        ),
        (
            "Heathrow",
            LONDON,
            DT(2027, 12, 4, 21, 0),
            "Dubai",
            DUBAI_TZ,
            DT(2027, 12, 5, 7, 40),
            "I'm six foot five. Which seat should I try for on an overnight flight like that?",
        ),
    ]
    for src, zsrc, leave, dst, zdst, arrive, ask in flights:
        span = _real_hours(zsrc, leave, zdst, arrive)
        gap = _offset_hours(zdst, arrive) - _offset_hours(zsrc, leave)
        when = "the next day" if arrive.date() != leave.date() else "the same day"
        ahead = f"{_txt(abs(gap))} hours {'ahead of' if gap > 0 else 'behind'}"
        conv(
            fam,
            _chat(
                f"I fly from {src} at {leave:%H:%M} on {say(leave.date())} and land in "
                f"{dst} at {arrive:%H:%M} local time {when}. How long is the flight?",
                f"{_hm(span)}: on that date {dst} is {ahead} the UK.",
                ask,
            ),
            note,
        )

    fam = "conv-budget-total-then-cutback-ideas"
    note = "the total is already given; the last turn asks for ideas and judgement"
    bills = [
        ("rent", 950),
        ("council tax", dec("162.40")),
        ("energy", dec("138.75")),
        ("broadband", 32),
        ("two phone contracts", 36),
        ("car finance", 210),
    ]
    conv(
        fam,
        _chat(
            "Our monthly outgoings: "
            + ", ".join(f"{k_} {_money(v_)}" for k_, v_ in bills)
            + ". What's the total?",
            f"{_money(sum(v_ for _, v_ in bills))} a month.",
            "That's more than we bring in some months. Where could we realistically cut "
            "back without feeling miserable?",
        ),
        note,
    )
    shops = [dec("112.40"), dec("98.65"), dec("127.10"), dec("105.85")]
    conv(
        fam,
        _chat(
            "Last four food shops: "
            + ", ".join(_money(v_) for v_ in shops)
            + ". What's the weekly average?",
            f"{_money(_cents(sum(shops) / len(shops)))} a week.",
            "Feeding two teenage boys on that is tough. Any ideas for cheaper dinners that "
            "aren't boring?",
        ),
        note,
    )
    subs = [
        ("films", dec("10.99")),
        ("music", dec("11.99")),
        ("cartoons for the kids", dec("7.99")),
        ("gym", 34),
        ("cloud storage", dec("2.49")),
        ("a magazine", dec("5.50")),
    ]
    conv(
        fam,
        _chat(
            "My subscriptions: "
            + ", ".join(f"{k_} {_money(v_)}" for k_, v_ in subs)
            + ". What do they add up to each month?",
            f"{_money(sum(v_ for _, v_ in subs))} a month.",
            "Which of those would you drop first, and how should I decide?",
        ),
        note,
    )
    car_costs = [("fuel", 145), ("insurance", dec("58.20")), ("road tax", dec("15.50"))]
    servicing = 22
    per_month = sum(v_ for _, v_ in car_costs) + servicing
    conv(
        fam,
        _chat(
            "Each month the car costs us "
            + ", ".join(f"{k_} {_money(v_)}" for k_, v_ in car_costs)
            + f" and we put aside £{servicing} for servicing. What's that over a full year?",
            f"{_money(per_month)} a month, so {_money(12 * per_month)} a year.",
            "Would switching to an electric car actually save us money, do you think?",
        ),
        note,
    )
    wedding_costs = [
        ("venue", 6500),
        ("catering", 7140),
        ("photographer", 1450),
        ("dress", 1180),
        ("flowers", 620),
        ("band", 1300),
    ]
    conv(
        fam,
        _chat(
            "Wedding quotes so far: "
            + ", ".join(f"{k_} {_money(v_)}" for k_, v_ in wedding_costs)
            + ". Total?",
            f"{_money(sum(v_ for _, v_ in wedding_costs))}.",
            "Ouch. How can we trim that without the day feeling cheap?",
        ),
        note,
    )

    fam = "conv-days-left-then-party-theme"
    note = "the date sum is answered; the last turn asks for party ideas"
    asked, party = D(2027, 5, 16), D(2027, 7, 9)
    conv(
        fam,
        _chat(
            f"How many days from {say(asked)} to my daughter's birthday on {say(party)}?",
            f"{days(asked, party)} days.",
            "She'll be seven and is obsessed with dinosaurs. Any party ideas that aren't "
            "just the usual?",
        ),
        note,
    )
    from_, retire = _on(D(2027, 9, 6), MON), _on(D(2027, 12, 17), FRI)
    gap_days = days(from_, retire)
    conv(
        fam,
        _chat(
            f"Dad retires on {sayw(retire)}. How long is that from {sayw(from_)}?",
            f"{gap_days} days, which is {gap_days // 7} weeks and {gap_days % 7} days.",
            "He's a keen gardener and hates a fuss. What kind of retirement do would suit him?",
        ),
        note,
    )
    gran_born = D(1938, 3, 2)
    ninety = D(1938 + 90, 3, 2)
    conv(
        fam,
        _chat(
            f"Gran was born on {say(gran_born)}. What day of the week is her 90th birthday?",
            f"It's {sayw(ninety)}.",
            "She's not very mobile and tires easily. What sort of celebration would she "
            "actually enjoy?",
        ),
        note,
    )
    oct_, nye = D(2027, 10, 20), D(2027, 12, 31)
    conv(
        fam,
        _chat(
            f"How many days from {say(oct_)} to New Year's Eve 2027?",
            f"{days(oct_, nye)} days.",
            "We're hosting 20 people in a small flat. Give me a party theme that works in "
            "a tight space.",
        ),
        note,
    )
    plan_from, jo = D(2027, 11, 1), D(2028, 2, 24)
    conv(
        fam,
        _chat(
            f"Jo turns 40 on {say(jo)}. If I start planning on {say(plan_from)}, how many "
            f"days have I got?",
            f"{days(plan_from, jo)} days.",
            "Jo loves 80s music but hates being the centre of attention. How do I throw a "
            "surprise party she won't find mortifying?",
        ),
        note,
    )

    fam = "conv-run-pace-then-training-advice"
    note = "the pace is worked out already; the last turn asks for coaching advice"
    conv(
        fam,
        _chat(
            "I ran 10 km in 54:30. What's my pace per km?",
            f"{_mmss(F(54 * 60 + 30, 10))} per km.",
            "How should I train to get under 50 minutes by the autumn?",
        ),
        note,
    )
    conv(
        fam,
        _chat(
            "5 km parkrun in 27:45 — pace per kilometre?",
            f"{_mmss(F(27 * 60 + 45, 5))} per km.",
            "Is that decent for a 45-year-old who only started running in January?",
        ),
        note,
    )
    half_km = dec("21.0975")
    half_s = 1 * 3600 + 58 * 60 + 12
    conv(
        fam,
        _chat(
            "My half marathon time was 1:58:12. What's that per mile?",
            f"About {_mmss(half_s / (half_km * KM / MI))} per mile.",
            "My next half is six weeks away. How should I taper for it?",
        ),
        note,
    )
    long_s = 76 * 60
    conv(
        fam,
        _chat(
            "Did 8 miles in 76 minutes on Sunday. What's that per km?",
            f"About {_mmss(long_s / (8 * MI / KM))} per km.",
            "My knees ache for a day after long runs like that. What might help?",
        ),
        note,
    )
    old_t, new_t = 31 * 60 + 20, 28 * 60 + 5
    conv(
        fam,
        _chat(
            "My parkrun went from 31:20 to 28:05 since the spring. How much faster is "
            "that, in seconds and as a percentage?",
            f"{old_t - new_t} seconds faster, about "
            f"{float(F(old_t - new_t, old_t) * 100):.1f}% quicker.",
            "What should I focus on next to keep improving without getting injured?",
        ),
        note,
    )

    fam = "conv-oven-conversion-then-cake-rescue"
    note = "the conversion is done; the last turn asks what went wrong or what to do"
    conv(
        fam,
        _chat(
            "American recipe says 350 °F. What's that in Celsius?",
            f"About {float(f_to_c(350)):.0f} °C.",
            "I baked it at that and the sponge sank in the middle. What went wrong?",
        ),
        note,
    )
    conv(
        fam,
        _chat(
            "My friend in Ohio asked what 190 °C is in Fahrenheit.",
            f"{_txt(c_to_f(190))} °F.",
            "Her banana bread burns on top before the middle is cooked. How does she stop that?",
        ),
        note,
    )
    conv(
        fam,
        _chat(
            "Cheesecake recipe says bake at 325 °F. Celsius please.",
            f"About {float(f_to_c(325)):.1f} °C.",
            "It cracked right across the top. Can I rescue it, or at least hide it?",
        ),
        note,
    )
    conv(
        fam,
        _chat(
            "The recipe wants an 8-inch round tin. What's that in centimetres?",
            f"{_txt(8 * IN / CM)} cm, so a 20 cm tin.",
            "I've only got a 23 cm tin. Will the recipe still work, and does the baking "
            "time change?",
        ),
        note,
    )
    conv(
        fam,
        _chat(
            "Old recipe asks for 1 lb 2 oz of butter. How many grams?",
            f"About {float((LB + 2 * OZ) / GRAM):.0f} g.",
            "I've just realised I used salted butter instead of unsalted. Will it ruin the cake?",
        ),
        note,
    )


def _negative_items():
    for fam, questions in ORDINARY.items():
        assert len(questions) == 10, fam
        for q_ in questions:
            neg(fam, q_)
    for fam, (note, questions) in NEAR.items():
        assert len(questions) == 5, fam
        for q_ in questions:
            neg(fam, q_, note)
    _conversations()


_negative_items()


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
    # no register (family name) of this set is a family name of sets 19 to 133
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 133: {reused}"
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
