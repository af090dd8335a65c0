r"""Generate heldout-2027-04-05.jsonl: a hundred-and-twenty-third held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-05 by a helper session working only in /work/sealed123 (scratch files
there too). The starting point was a copy of the previous set's generator (2599 lines) whose
set-up, helpers and checks had already been adapted for this set (OUT heldout-2027-04-05.jsonl,
PREFIX "ho123-", earlier generators 1-122, register check against sets 19 to 122); only its two
title lines, this provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  other strings are graded;
- /work/sealed123/earlier_registers.txt (2532 earlier family names), grepped for the key words of
  every candidate name so that no family of this set repeats one or sits close to one (hits such
  as sheepdog_trial_secretary, bell_ringing_tower_captain, dry_stone_waller, piano_tuner_rounds,
  couple_walking_the_west_highland_way, new_dad_on_shared_parental_leave and metal_detecting_club
  led to other choices), and at the end compared with all 49 family names of this set (no match);
- of the copied script, only lines 1-355 (docstring, set-up, helpers, calculator set-up up to
  P = "plain"), 713-773 (units set-up to unit_r), 1097-1181 (datetime set-up to the sayus
  assertion), 1567-1574 (negatives set-up, neg and conv) and 2376-2599 (weekday check, checks and
  output). One slip: a grep for lines opening with three double quotes, run over the whole copy
  to find the end of the old docstring, scanned the unread ranges too; it printed only line 119,
  inside the read range.
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines (119 the end of the old docstring, 355 `P = "plain"`, 713, 1097 and 1567 the section rules,
772-773 the end of unit_r, 1181 the sayus assertion, 1574 the end of conv, 2376 the weekday-check
comment) and kept only the read ranges, so lines 356-712, 774-1096, 1182-1566 and 1575-2375 were
dropped by line number, and four new sections written from scratch in scratch files were spliced
in. An unread byte copy of the original was kept until the end, used only by the splicing script
and by a check that each kept range (120-355, 713-773, 1097-1181, 1567-1574, 2376-2599) appears
verbatim in the new script (all did); all scratch files were then deleted. No git history, web or
code search, router, tools, tests, other files under /work/main (beyond grading.py; the project's
pyproject.toml was only handed to ruff as its configuration, never opened) or other generators
were read (the script imports earlier generators itself, in memory, for its duplicate and register
checks), and no JSONL was read: expected values were reviewed from an in-memory listing of this
script's positives (id, expected value, tolerance, query), the conversations were reviewed the
same way, and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (a retired dentist learning the
  cello, a best man planning the wedding weekend, a couple cycling the Loire on a tandem, a
  godmother saving for her goddaughter, two sharers adopting house rabbits, a saxophonist playing
  hotel residencies, a clown doctor on a children's ward, a guinea pig rescue volunteer, a jukebox
  restorer in a lock-up garage, a stepmum planning a blended-family holiday, a couple sailing a
  sloop to the Azores, a host family for a student from Osaka, a trombonist in a ska band, a
  vicar running a rural benefice, the parent of a teen on an insulin pump, a coeliac cook adapting
  family recipes, a lecturer on sabbatical in Switzerland, an uncle minding his nephews, a couple
  building a garden annexe for a parent, a sister organising a surprise sixtieth, an islander
  commuting from the Isle of Wight, a child running a lemonade stand, a couple renewing their
  vows in Madeira, a stand-up comic taking a show to the Fringe and a father and daughter building
  a soapbox racer), each register used by all three tools, the first six with two items per tool.
  Phrasing varies: questions, statements, imperatives, logs, running orders, price lists, quotes,
  lowercase, symbols (×, ÷, −, ³, ^, °C, °F, km/h) and written-out units; pounds, pence,
  euros, US dollars and Swiss francs; written dates with and without computed weekdays, clock
  times, and offsets (+00:00, +01:00, +02:00, +04:00, +09:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals and thousands kept as strings and read with
  fig(), small counts written as words through SMALL_WORDS): Fraction and Decimal for money and
  quantities (money() asserts whole pence or cents), exact unit definitions for conversions (from
  the set-up: inch, foot, yard, mile, avoirdupois pound and ounce, acre, square feet, psi, bar,
  GiB, km/h and mph, Celsius/Fahrenheit; added here: centimetre, kilometre, the international
  nautical mile and the knot, litre, hectare, gram, decimal gigabytes, kWh, MJ and kPa), graded
  exactly when the result has at most two decimals and at 0.1% otherwise (unit_auto choosing,
  unit_r asserting that an answer rounded to two decimals still passes), and date arithmetic for
  weekdays, spans, inclusive day counts, whole weeks, ages, nth and last weekdays, counts of
  chosen weekdays (count_days), clock intervals across midnight, and journeys whose offsets come
  from the IANA rules (zoneinfo, loaded through importlib so the set-up is unchanged): each
  offset a positive states is interpolated from the zone's rule on that date and also asserted
  to equal the offset expected for that place and season (summer time included: London +01:00 in
  June, August and September and +00:00 in November, Paris +02:00 in June, Madeira +01:00 in
  September, the Azores +00:00 in June); Dubai and Japan have no summer time. Weekdays written
  next to dates come from the computed date (sayw), and the Mondays the prose relies on were
  asserted. No contested unit words (ton, gallon, cup, pint, barrel, stone, calorie, a month as a
  length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (bridge and tunnel engineering, the spice and
  cacao trades, sourdough and fermentation, cover letters and complaint emails, C#, Perl and
  Fortran critique, Byzantine and Inca history, symphony and musical-theatre verdicts, bats and
  hedgehogs, constellation myths and eclipse lore, gym-buddy and book-club tact), 65
  near-negatives shaped like positives but needing the model (numbers inside titles and names;
  tyre, boiler, HTTP, phone, postcode, tax-form, additive and IP codes; ballpark guesses with
  nothing given; why a rule of arithmetic holds; what a stated reading means; whether something is
  worth the money; numeric facts nobody stated; made-up operators, sequences, house rules and
  notation conventions to interpret), and 35 conversations whose last turn asks for writing after
  a sum, for advice while the figures are still missing, for a verdict on a result, for the method
  or history behind an answer, about works whose titles contain numbers, or for plans after a time
  or distance was worked out; none ends in a plain exact question, and the figures in the
  assistant turns are computed in code too. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 122, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no module-level name is
bound twice and that no function assigns a local that shadows a module-level name or builtin.
Before the first run, two conversions were changed because an answer rounded to two decimals would
have missed the 0.1% tolerance (lace trim now 3.5 yards; the modelling balloon now asked in
centimetres). The first complete run passed every check up to the duplicate check, which flagged 9
items matching earlier sets word for word: two plain units questions (GB to GiB, psi to kPa), three
why-arithmetic near-negatives (division by zero, minus times minus, 0.999...), two facts (a London
skyscraper's height, Reykjavik's population), a postcode question and one verdict conversation
(both of its user turns were reworded). All were reworded or given new figures, and the next run
passed. A review of the listing then moved the comic's run inside the Fringe's dates. Ruff check
reported 32 ISC004 implicit concatenations in the negatives' tuples, fixed with ruff's own
parenthesising fix (tuple lengths are asserted, counted or unpacked, so no comma was missing); the
digest was unchanged. Fifteen lines were longer than 99 characters: eleven were fixed by moving one
word into the next (or, once, a new) string piece, and four by shortening their wording (the
0.999... near-negative, an Instagram caption request, the kWh verdict and the weekday-trick
question), with an in-memory comparison showing that only those four items' text changed; two
section comments were shortened too. The ast check then found that the kept _gradable assigns a
local named `shown`, the name of a new helper; the helpers were renamed figure_text and money_text
(the digest was unchanged). Ruff check and ruff format are clean, no line exceeds 99 characters,
and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_123.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-05.jsonl"
PREFIX = "ho123-"
# earlier generators: sets 1-122 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 123))
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


# --------------------------------------------------------------------------- this set's helpers


def money(x):
    """An amount of money in whole pence or cents, as an exact Fraction."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def fig(s):
    """A figure as written in a question (thousands commas allowed) as an exact Fraction."""
    return dec(s.replace(",", ""))


def figure_text(x):
    """A terminating value written with thousands commas, e.g. 1234.5 -> '1,234.5'."""
    x = F(x)
    k = decimals(x)
    return f"{Decimal(x.numerator) / Decimal(x.denominator):,.{k}f}"


def money_text(x):
    """Money written with two decimals, e.g. 287.5 -> '287.50'."""
    x = money(x)
    return f"{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


SMALL_WORDS = {
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

assert (
    fig("6,480") == 6480
    and figure_text(F(2469, 2)) == "1,234.5"
    and money_text(F(575, 2)) == "287.50"
)


# --------------------------------------------------------------------------- plain calculator
def _calc_plain():
    a, b = "4,386", "17"
    calc(P, f"What is {a} divided by {b}?", fig(a) / fig(b))
    share, whole = "23.75", "6,480"
    calc(P, f"Work out {share}% of {whole}.", pct(share) * fig(whole))
    a, b = "0.875", "312"
    calc(P, f"What's {a} × {b}?", fig(a) * fig(b))
    base, power, less = 19, 3, "4,000"
    calc(P, f"Calculate {base}³ minus {less}.", base**power - fig(less))
    square = "53,361"
    root = math.isqrt(int(fig(square)))
    assert root * root == fig(square)
    calc(P, f"What is the square root of {square}?", root)
    parts = ("1,284.65", "93.4", "7,006.07")
    calc(P, f"Add up {parts[0]}, {parts[1]} and {parts[2]} for me.", sum(fig(p) for p in parts))
    whole = "2,936"
    calc(P, f"What is seven eighths of {whole}?", F(7, 8) * fig(whole))
    a, b = "9,945", "65"
    calc(P, f"{a} ÷ {b} = ?", fig(a) / fig(b))
    price, cut = "1,896", "12.5"
    calc(P, f"what's {price} after a {cut} percent reduction", fig(price) * (1 - pct(cut)))
    marks = (47, 82, 66, 91, 59)
    listed = ", ".join(str(m) for m in marks[:-1])
    calc(P, f"Find the mean of {listed} and {marks[-1]}.", F(sum(marks), len(marks)))
    start, rise = "3,275", 8
    calc(P, f"How much is {start} increased by {rise}%?", fig(start) * (1 + pct(rise)))
    a, b, c, d = 148, 59, 27, 16
    calc(P, f"Compute ({a} − {b}) × ({c} + {d}).", (a - b) * (c + d))
    calc(P, "What do you get if you subtract 3^7 from 2^13?", 2**13 - 3**7)
    rate, pot = 15, "40,000"
    calc(P, f"What is {rate}% of {rate}% of {pot}?", pct(rate) * pct(rate) * fig(pot))


_calc_plain()


# --------------------------------------------------------------------------- calculator registers
def _calc_registers():
    fam = "retired_dentist_learning_the_cello"
    lessons, fee, off = 10, "38.50", 10
    calc(
        fam,
        f"My cello teacher sells lessons in blocks of {SMALL_WORDS[lessons]} at £{fee} each and "
        f"knocks {off}% off if I pay for the whole block up front. What do I hand over?",
        money(lessons * fig(fee) * (1 - pct(off))),
    )
    practice = (35, 50, 20, 45, 40)
    calc(
        fam,
        "Practice diary, Monday to Friday: "
        + ", ".join(f"{m} min" for m in practice)
        + ". What's my average per day, in minutes?",
        F(sum(practice), len(practice)),
    )

    fam = "best_man_planning_the_wedding_weekend"
    players, green, buggies, buggy = 10, 42, 5, 30
    calc(
        fam,
        f"Golf morning for the groom's lot: {players} players at £{green} green fee each, plus "
        f"{buggies} buggies at £{buggy} a buggy. Split equally, what does each player owe me?",
        money(F(players * green + buggies * buggy, players)),
    )
    rooms, nights, rate, group = 14, 2, 129, 10
    calc(
        fam,
        f"Hotel block for the wedding guests: {rooms} rooms for {SMALL_WORDS[nights]} nights at "
        f"€{rate} per room per night, less a {group}% group discount. What's the total?",
        money(rooms * nights * rate * (1 - pct(group))),
    )

    fam = "tandem_couple_cycling_the_loire_valley"
    stays = (84, 92, 78, 84, 110, 96, 88, 92)
    calc(
        fam,
        "Our chambres d'hôtes bills along the Loire came to "
        + ", ".join(f"€{s}" for s in stays)
        + ". How much is that each for the two of us?",
        money(F(sum(stays), 2)),
    )
    ridden, riding_days = 414, 9
    calc(
        fam,
        f"we covered {ridden} km in {riding_days} riding days on the tandem. average distance "
        "per day, in km?",
        F(ridden, riding_days),
    )

    fam = "godmother_saving_for_a_godchild"
    yearly, gift, first, last = 300, 500, 1, 18
    calc(
        fam,
        f"I pay £{yearly} into my goddaughter's savings account on every birthday from her "
        f"first to her eighteenth, on top of the £{gift} I gave at her christening. How much "
        "will I have put in altogether?",
        money(yearly * (last - first + 1) + gift),
    )
    interest, balance = "3.5", "2,400"
    calc(
        fam,
        f"Her savings account pays {interest}% a year. On a balance of £{balance} left alone "
        "for a full year, how much interest is that?",
        money(pct(interest) * fig(balance)),
    )

    fam = "two_sharers_adopting_house_rabbits"
    costs = {"hutch": "189.99", "run": "74.50", "hay and bedding": "12.75"}
    calc(
        fam,
        "Splitting the bunny set-up with my housemate: "
        + ", ".join(f"{k} £{v}" for k, v in costs.items())
        + ". What's half of that?",
        money(sum(fig(v) for v in costs.values()) / 2),
    )
    jab, bunnies, rescue_off = 58, 2, 15
    calc(
        fam,
        f"Vaccinations are £{jab} per rabbit, we've got {SMALL_WORDS[bunnies]}, and the rescue "
        f"centre's voucher takes {rescue_off}% off. What will the vet bill be?",
        money(jab * bunnies * (1 - pct(rescue_off))),
    )

    fam = "saxophonist_playing_hotel_residencies"
    nightly, per_week, wks, agency = 320, 4, 6, 12
    calc(
        fam,
        f"Residency offer: €{nightly} a night, {per_week} nights a week for {wks} weeks, and the "
        f"agency keeps {agency}%. What do I actually take home before tax?",
        money(nightly * per_week * wks * (1 - pct(agency))),
    )
    reed, per_box, boxes = "3.85", 10, 4
    calc(
        fam,
        f"Alto reeds are ${reed} each and come {per_box} to a box. How much for "
        f"{SMALL_WORDS[boxes]} boxes?",
        money(fig(reed) * per_box * boxes),
    )

    fam = "clown_doctor_on_a_childrens_ward"
    visit, per_week, wks, props = 95, 3, 16, 240
    calc(
        fam,
        f"The children's hospital charity pays us £{visit} per ward visit. We did {per_week} "
        f"visits a week for {wks} weeks and spent £{props} of it on props and red noses. What's "
        "left?",
        money(visit * per_week * wks - props),
    )

    fam = "guinea_pig_rescue_volunteer"
    bag_kg, bag_price, every, span = 2, "8.40", 5, 30
    assert span % every == 0
    calc(
        fam,
        f"A {bag_kg} kg bag of guinea pig pellets costs £{bag_price} and the rescue gets through "
        f"one bag every {every} days. What do pellets cost us over {span} days?",
        money(F(span, every) * fig(bag_price)),
    )

    fam = "jukebox_restorer_in_a_lockup_garage"
    bought, parts, valves, sold = "1,850", "620", "135", "3,400"
    calc(
        fam,
        f"Wurlitzer project: bought for £{bought}, £{parts} on parts, £{valves} on a new set of "
        f"valves, sold at the autumn swap meet for £{sold}. What was my profit?",
        money(fig(sold) - fig(bought) - fig(parts) - fig(valves)),
    )

    fam = "stepmum_planning_a_blended_family_holiday"
    villa, heads, kids = "2,940", 7, 2
    calc(
        fam,
        f"The villa is €{villa} for the week and we're sharing it per head between the "
        f"{SMALL_WORDS[heads]} of us. My partner's ex has agreed to cover her {SMALL_WORDS[kids]} "
        "children's shares. How much is that?",
        money(fig(villa) / heads * kids),
    )

    fam = "couple_sailing_a_sloop_to_the_azores"
    crew, passage, litres_each, reserve = 2, 14, 3, 20
    calc(
        fam,
        f"Passage planning: {SMALL_WORDS[crew]} of us, {passage} days, {litres_each} litres of "
        f"drinking water each per day, plus a {reserve}% reserve. How many litres do we carry?",
        crew * passage * litres_each * (1 + pct(reserve)),
    )

    fam = "host_family_for_a_student_from_osaka"
    weekly, wks, food = 185, 11, 20
    calc(
        fam,
        f"The language school pays us £{weekly} a week to host Aoi for {wks} weeks, and about "
        f"{food}% of that goes on extra food. How much is left after the food?",
        money(weekly * wks * (1 - pct(food))),
    )

    fam = "trombonist_in_a_ska_band"
    gig, engineer, players = 450, 65, 7
    calc(
        fam,
        f"gig pays £{gig}. sound engineer takes £{engineer} off the top and the rest is split "
        f"evenly between the {SMALL_WORDS[players]} of us. what's my cut",
        money(F(gig - engineer, players)),
    )

    fam = "vicar_running_a_rural_benefice"
    owed, roll_mary, roll_all = "48,600", 54, 270
    calc(
        fam,
        f"The benefice owes £{owed} in parish share, divided between our churches by electoral "
        f"roll. St Mary's has {roll_mary} of the {roll_all} names on the combined roll. What is "
        "St Mary's share?",
        money(fig(owed) * F(roll_mary, roll_all)),
    )

    fam = "teen_on_an_insulin_pump"
    per_100, bowl = 67, 45
    calc(
        fam,
        f"The cereal box says {per_100} g of carbohydrate per 100 g. My daughter is having a "
        f"{bowl} g bowl. How many grams of carbs is that for her pump?",
        F(per_100 * bowl, 100),
    )

    fam = "coeliac_cook_adapting_family_recipes"
    flour, scones, wanted = 225, 12, 30
    calc(
        fam,
        f"Gran's scone recipe uses {flour} g of flour for {scones} scones. How many grams of "
        f"gluten-free flour do I need to make {wanted}?",
        F(flour * wanted, scones),
    )

    fam = "lecturer_on_sabbatical_in_switzerland"
    stipend, rent = "31,200", "2,150"
    first_month, last_month = 2, 9
    paid = last_month - first_month + 1
    calc(
        fam,
        f"Sabbatical stipend: CHF {stipend}. Rent on the Bern flat is CHF {rent} a month, paid "
        f"for every month from {calendar.month_name[first_month]} to "
        f"{calendar.month_name[last_month]} inclusive. How much of the stipend is left after "
        "rent?",
        money(fig(stipend) - paid * fig(rent)),
    )

    fam = "uncle_minding_nephews_for_a_week"
    adult, child, boys, online = 54, 39, 2, 25
    calc(
        fam,
        f"Theme park prices: adults £{adult}, children £{child}. It's me plus my "
        f"{SMALL_WORDS[boys]} nephews, and booking online takes {online}% off. What do I pay?",
        money((adult + boys * child) * (1 - pct(online))),
    )

    fam = "couple_building_a_garden_annexe_for_a_parent"
    quote, vat, deposit = "38,500", 20, "12,000"
    calc(
        fam,
        f"The builder's quote for Mum's garden annexe is £{quote} plus {vat}% VAT, and we've "
        f"already paid a £{deposit} deposit. What's the balance to pay?",
        money(fig(quote) * (1 + pct(vat)) - fig(deposit)),
    )

    fam = "sister_organising_a_surprise_sixtieth"
    head, guests, room, siblings = "18.75", 48, 250, 4
    calc(
        fam,
        f"Surprise party maths: buffet £{head} a head for {guests} guests, plus £{room} for the "
        f"room. The {SMALL_WORDS[siblings]} of us kids are splitting it. What's each share?",
        money((fig(head) * guests + room) / siblings),
    )

    fam = "islander_commuting_from_the_isle_of_wight"
    season, day_return, per_week, wks = "1,380", "14.60", 4, 46
    calc(
        fam,
        f"Ferry options: a season ticket at £{season}, or £{day_return} per day return. I cross "
        f"{per_week} days a week for {wks} weeks. How much does the season ticket save me?",
        money(fig(day_return) * per_week * wks - fig(season)),
    )

    fam = "kid_running_a_lemonade_stand"
    glasses, price_p, spent = 37, 75, "6.40"
    calc(
        fam,
        f"I sold {glasses} glasses of lemonade at {price_p}p each and spent £{spent} on lemons "
        "and sugar. How much profit did I make in pounds?",
        money(F(glasses * price_p, 100) - fig(spent)),
    )

    fam = "couple_renewing_their_vows_in_madeira"
    package, photos, flowers, deposit_pct = "1,650", 480, 235, 30
    calc(
        fam,
        f"Vow renewal in Funchal: package €{package}, photographer €{photos}, flowers "
        f"€{flowers}. We paid a {deposit_pct}% deposit on the lot. What's still to pay?",
        money((fig(package) + photos + flowers) * (1 - pct(deposit_pct))),
    )

    fam = "standup_comic_taking_a_show_to_the_fringe"
    venue_cut, sold, ticket = 40, "1,236", 11
    calc(
        fam,
        f"My venue keeps {venue_cut}% of box office. I sold {sold} tickets at £{ticket}. What "
        "do I get?",
        money(fig(sold) * ticket * (1 - pct(venue_cut))),
    )

    fam = "father_and_daughter_building_a_soapbox_racer"
    budget, wheels, wheel, plywood, bolts = 120, 4, "16.50", "27.80", "9.45"
    calc(
        fam,
        f"Soapbox budget is £{budget}. {SMALL_WORDS[wheels].capitalize()} pram wheels at "
        f"£{wheel} each, plywood £{plywood}, nuts and bolts £{bolts}. How much have we got left?",
        money(budget - wheels * fig(wheel) - fig(plywood) - fig(bolts)),
    )


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


# --------------------------------------------------------------------------- unit helpers
CM = F(1, 100)  # m
KM = F(1000)  # m
NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
LITRE = F(1, 1000)  # m^3
HECTARE = F(10**4)  # m^2
GRAM = F(1, 1000)  # kg
GB_DECIMAL = 10**9  # bytes
KWH = F(3600 * 1000)  # J
MJ = F(10**6)  # J
KPA = F(1000)  # Pa

assert 254 * CM == 100 * IN and KM / MI < 1 and HECTARE / ACRE > 2


def unit_auto(family, query, value):
    """Graded exactly when the value has at most two decimals, else at 0.1% (two decimals pass)."""
    value = F(value)
    if terminates(value) and decimals(value) <= 2:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


# --------------------------------------------------------------------------- plain units
def _units_plain():
    km = 347
    unit_auto(P, f"How many miles are there in {km} kilometres?", km * KM / MI)
    deg_f = 58
    unit_auto(P, f"What is {deg_f} °F in Celsius?", f_to_c(deg_f))
    acres = "2.75"
    unit_auto(P, f"Convert {acres} acres into square metres.", fig(acres) * ACRE)
    metres = "2,250"
    unit_auto(P, f"How many feet is {metres} metres?", fig(metres) / FT)
    pounds = 243
    unit_auto(P, f"How many kilograms is {pounds} lb?", pounds * LB)
    kmh = 110
    unit_auto(P, f"{kmh} km/h in mph?", kmh * KMH / MPH)
    sold_gb = "2,000"
    unit_auto(
        P,
        f"My new SSD is advertised as {sold_gb} GB. How many GiB will the computer report?",
        fig(sold_gb) * GB_DECIMAL / GIB,
    )
    deg_c = -12
    unit_auto(P, f"−{-deg_c} °C in Fahrenheit?", c_to_f(deg_c))
    sqm = 85
    unit_auto(P, f"{sqm} square metres in square feet, please", sqm / SQFT)
    mj = 45
    unit_auto(P, f"Convert {mj} MJ to kilowatt-hours.", mj * MJ / KWH)
    psi = 36
    unit_auto(P, f"tyre sticker says {psi} psi, what's that in kPa", psi * PSI / KPA)
    grams = 750
    unit_auto(P, f"How many ounces in {grams} grams?", grams * GRAM / OZ)
    knots = 14
    unit_auto(P, f"Change {knots} knots into km/h.", knots * KNOT / KMH)
    feet, inches = 6, 2
    unit_auto(P, f"Express {feet} ft {inches} in in centimetres.", (feet * FT + inches * IN) / CM)


_units_plain()


# --------------------------------------------------------------------------- units registers
def _units_registers():
    fam = "retired_dentist_learning_the_cello"
    case_cm = 135
    unit_auto(
        fam,
        f"My hard cello case is {case_cm} cm long and the car manual gives the boot length in "
        f"inches. What is {case_cm} cm in inches?",
        case_cm * CM / IN,
    )
    strap_in = "4.7"
    unit_auto(
        fam,
        f"The endpin anchor strap is {strap_in} inches long. How many centimetres is that?",
        fig(strap_in) * IN / CM,
    )

    fam = "best_man_planning_the_wedding_weekend"
    width, length = 12, 24
    unit_auto(
        fam,
        f"The marquee is {width} m by {length} m, and the hire firm's brochure lists areas in "
        "square feet. What's its area in square feet?",
        width * length / SQFT,
    )
    drive_km = 418
    unit_auto(
        fam,
        f"Calais to the château is {drive_km} km by road. How many miles is the drive?",
        drive_km * KM / MI,
    )

    fam = "tandem_couple_cycling_the_loire_valley"
    tyre_psi = 85
    unit_auto(
        fam,
        f"Our tandem tyres want {tyre_psi} psi but the campsite track pump reads in bar. What's "
        f"{tyre_psi} psi in bar?",
        tyre_psi * PSI / BAR,
    )
    cruise = 18
    unit_auto(
        fam,
        f"We averaged {cruise} km/h on the flat stages by the river. What's that in mph?",
        cruise * KMH / MPH,
    )

    fam = "godmother_saving_for_a_godchild"
    trim = "3.5"
    unit_auto(
        fam,
        f"The christening gown needs {trim} yards of lace trim. How many metres is that?",
        fig(trim) * YD,
    )
    birth_lb, birth_oz = 7, 9
    unit_auto(
        fam,
        f"She weighed {birth_lb} lb {birth_oz} oz when she was born. What's that in kilograms?",
        birth_lb * LB + birth_oz * OZ,
    )

    fam = "two_sharers_adopting_house_rabbits"
    run_w, run_l = 6, 4
    unit_auto(
        fam,
        f"Our rabbit run is {run_w} ft by {run_l} ft. What's its floor area in square metres?",
        run_w * run_l * SQFT,
    )
    doe_kg = "1.8"
    unit_auto(
        fam,
        f"Our doe weighed {doe_kg} kg at the vet. What is that in pounds?",
        fig(doe_kg) / LB,
    )

    fam = "saxophonist_playing_hotel_residencies"
    stage = "2.4"
    unit_auto(
        fam,
        f"The hotel bar stage is only {stage} m deep. How many feet is that?",
        fig(stage) / FT,
    )
    terrace = 41
    unit_auto(
        fam,
        f"It was {terrace} °C on the hotel terrace in Dubai at soundcheck. What's that in "
        "Fahrenheit?",
        c_to_f(terrace),
    )

    fam = "clown_doctor_on_a_childrens_ward"
    balloon_in = 60
    unit_auto(
        fam,
        f"Modelling balloons for the ward: a '260' blows up to {balloon_in} inches long. How "
        "many centimetres is that?",
        balloon_in * IN / CM,
    )

    fam = "guinea_pig_rescue_volunteer"
    base_l, base_w = 120, 60
    unit_auto(
        fam,
        f"The cage base is {base_l} cm by {base_w} cm. Adopters keep asking for it in square "
        "feet: what is it?",
        base_l * CM * base_w * CM / SQFT,
    )

    fam = "jukebox_restorer_in_a_lockup_garage"
    cabinet = 56
    unit_auto(
        fam,
        f"The jukebox cabinet stands {cabinet} inches tall. How tall is that in cm?",
        cabinet * IN / CM,
    )

    fam = "stepmum_planning_a_blended_family_holiday"
    pool_l, pool_w, pool_d = 10, 5, "1.4"
    unit_auto(
        fam,
        f"The villa pool is {pool_l} m long, {pool_w} m wide and averages {pool_d} m deep. How "
        "many litres of water does it hold?",
        pool_l * pool_w * fig(pool_d) / LITRE,
    )

    fam = "couple_sailing_a_sloop_to_the_azores"
    passage_nm = "1,200"
    unit_auto(
        fam,
        f"It's roughly {passage_nm} nautical miles from Falmouth to Horta. How many kilometres?",
        fig(passage_nm) * NMI / KM,
    )

    fam = "host_family_for_a_student_from_osaka"
    height_cm = 158
    unit_auto(
        fam,
        f"Our host student says she's {height_cm} cm tall. How many inches is that?",
        height_cm * CM / IN,
    )

    fam = "trombonist_in_a_ska_band"
    case_in = 42
    unit_auto(
        fam,
        f"My trombone case is {case_in} inches long and the tour van's boot is measured in "
        f"cm. What's {case_in} inches in cm?",
        case_in * IN / CM,
    )

    fam = "vicar_running_a_rural_benefice"
    extension = "1.8"
    unit_auto(
        fam,
        f"The churchyard extension the diocese has approved is {extension} hectares. What's "
        "that in acres?",
        fig(extension) * HECTARE / ACRE,
    )

    fam = "teen_on_an_insulin_pump"
    teen_ft, teen_in = 5, 4
    unit_auto(
        fam,
        f"The diabetes clinic form wants her height in cm; she's {teen_ft} feet {teen_in} "
        "inches. What is that in centimetres?",
        (teen_ft * FT + teen_in * IN) / CM,
    )

    fam = "coeliac_cook_adapting_family_recipes"
    oven_f = 375
    unit_auto(
        fam,
        f"Mum's old recipe card says bake at {oven_f} °F. What's that in °C?",
        f_to_c(oven_f),
    )

    fam = "lecturer_on_sabbatical_in_switzerland"
    station_m = "3,454"
    unit_auto(
        fam,
        f"The Jungfraujoch station sits at {station_m} m. How high is that in feet?",
        fig(station_m) / FT,
    )

    fam = "uncle_minding_nephews_for_a_week"
    kid_ft, kid_in = 4, 3
    unit_auto(
        fam,
        f"My nephew is {kid_ft} ft {kid_in} in and the coaster's height limit is posted in "
        "centimetres. How many centimetres tall is he?",
        (kid_ft * FT + kid_in * IN) / CM,
    )

    fam = "couple_building_a_garden_annexe_for_a_parent"
    floor_a, floor_b = "6.5", "4.2"
    unit_auto(
        fam,
        f"The annexe floor is {floor_a} m by {floor_b} m. What is its floor area in square feet?",
        fig(floor_a) * fig(floor_b) / SQFT,
    )

    fam = "sister_organising_a_surprise_sixtieth"
    cake_cm = 30
    unit_auto(
        fam,
        f"The cake is {cake_cm} cm across and the bakery's tins are sized in inches. What's "
        f"{cake_cm} cm in inches?",
        cake_cm * CM / IN,
    )

    fam = "islander_commuting_from_the_isle_of_wight"
    crossing_nm = "4.5"
    unit_auto(
        fam,
        f"The Lymington to Yarmouth crossing is about {crossing_nm} nautical miles. How many "
        "kilometres is that?",
        fig(crossing_nm) * NMI / KM,
    )

    fam = "kid_running_a_lemonade_stand"
    outside_f = 86
    unit_auto(
        fam,
        f"mum says it's {outside_f} °F outside, perfect lemonade weather. what's that in celsius?",
        f_to_c(outside_f),
    )

    fam = "couple_renewing_their_vows_in_madeira"
    levada_km = "11.5"
    unit_auto(
        fam,
        f"The levada walk we've booked the morning after the ceremony is {levada_km} km. How "
        "many miles is that?",
        fig(levada_km) * KM / MI,
    )

    fam = "standup_comic_taking_a_show_to_the_fringe"
    loop_mi = "3.4"
    unit_auto(
        fam,
        f"My daily flyering loop round the Old Town is {loop_mi} miles. How far is that in km?",
        fig(loop_mi) * MI / KM,
    )

    fam = "father_and_daughter_building_a_soapbox_racer"
    cap_kg = 75
    unit_auto(
        fam,
        f"The race rules cap cart plus driver at {cap_kg} kg. What's that in pounds?",
        cap_kg / LB,
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


# --------------------------------------------------------------------------- date helpers
ZONES = importlib.import_module("zoneinfo")  # the IANA rules, to state real offsets


def at(zone, y, mo, d, hh, mm):
    """A wall-clock time in an IANA zone, as an aware datetime."""
    return DT(y, mo, d, hh, mm, tzinfo=ZONES.ZoneInfo(zone))


def offset_text(t):
    """The offset in force at an aware datetime, e.g. '+01:00'."""
    mins = int(t.utcoffset().total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"


def hhmm(t):
    return t.strftime("%H:%M")


def elapsed(a, b, unit_s):
    """The time from aware datetime a to b, in units of unit_s seconds."""
    return F(int((b - a).total_seconds()), unit_s)


def count_days(first, last, keep):
    """How many dates from first to last, both included, satisfy keep(date)."""
    return sum(1 for k in range(days(first, last) + 1) if keep(first + TD(days=k)))


assert offset_text(at("Europe/London", 2027, 1, 5, 12, 0)) == "+00:00"
assert offset_text(at("Europe/London", 2027, 7, 5, 12, 0)) == "+01:00"
assert offset_text(at("Asia/Kathmandu", 2027, 7, 5, 12, 0)) == "+05:45"
assert count_days(D(2027, 4, 5), D(2027, 4, 11), lambda x: x.weekday() >= SAT) == 2


# --------------------------------------------------------------------------- plain datetime
def _dates_plain():
    when = D(2031, 11, 23)
    date_item(P, f"Which day of the week is {say(when)}?", weekday(when))
    a, b = D(2027, 2, 3), D(2027, 10, 19)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    start, n = D(2027, 5, 15), 200
    date_item(P, f"What date is {n} days after {say(start)}?", start + TD(days=n))
    start, n = D(2027, 3, 1), 90
    date_item(P, f"What date was {n} days before {say(start)}?", start - TD(days=n))
    a, b = D(2027, 4, 5), D(2027, 9, 20)
    assert a.weekday() == MON and b.weekday() == MON
    date_item(P, f"How many weeks are there between {sayw(a)} and {sayw(b)}?", weeks(a, b))
    date_item(P, "What's the date of the last Monday in May 2029?", nth_weekday(2029, 5, MON, -1))
    date_item(P, "When is the third Wednesday of November 2028?", nth_weekday(2028, 11, WED, 3))
    born, on = D(1988, 6, 30), D(2027, 1, 15)
    date_item(P, f"How old is someone born on {say(born)} on {say(on)}?", age(born, on))
    start, end = "20:15", "05:45"
    date_item(
        P,
        f"How many hours are there between {start} and {end} the next morning?",
        clock_span(start, end, 3600),
    )
    year = 2100
    date_item(P, f"How many days are in the year {year}?", 366 if calendar.isleap(year) else 365)
    when = D(2033, 2, 14)
    date_item(P, f"What weekday will {say(when)} fall on?", weekday(when))
    year = 2028
    date_item(
        P,
        f"How many Saturdays are there in {year}?",
        count_days(D(year, 1, 1), D(year, 12, 31), lambda x: x.weekday() == SAT),
    )
    start, n = D(2027, 4, 6), 1000
    date_item(P, f"What date is {n:,} days after {say(start)}?", start + TD(days=n))
    start, end = "08:47", "17:12"
    date_item(P, f"How many minutes are there from {start} to {end}?", clock_span(start, end, 60))


_dates_plain()


# --------------------------------------------------------------------------- datetime registers
def _dates_registers():
    fam = "retired_dentist_learning_the_cello"
    first, exam = D(2026, 9, 8), D(2027, 3, 6)
    date_item(
        fam,
        f"My first cello lesson was on {sayw(first)} and my Grade 1 exam is on {say(exam)}. "
        "How many days apart are they?",
        days(first, exam),
    )
    streak, target = D(2027, 1, 4), 100
    date_item(
        fam,
        f"I'm starting a {target}-day practice streak on {sayw(streak)}, which counts as day 1. "
        f"On what date is day {target}?",
        streak + TD(days=target - 1),
    )

    fam = "best_man_planning_the_wedding_weekend"
    wedding, gap = D(2027, 9, 18), 3
    date_item(
        fam,
        f"The wedding is on {sayw(wedding)} and the groom wants the stag do exactly "
        f"{SMALL_WORDS[gap]} weeks before. What date is that?",
        wedding - TD(weeks=gap),
    )
    vows, speeches = "14:30", "18:20"
    date_item(
        fam,
        f"Running order: ceremony starts {vows}, speeches at {speeches}. How many minutes do I "
        "have to keep the guests entertained in between?",
        clock_span(vows, speeches, 60),
    )

    fam = "tandem_couple_cycling_the_loire_valley"
    off, finish = D(2027, 6, 6), D(2027, 6, 19)
    date_item(
        fam,
        f"We set off from Orléans on {sayw(off)} and roll into Nantes on {say(finish)}. How "
        "many nights is that on the road?",
        days(off, finish),
    )
    sail = at("Europe/London", 2027, 6, 4, 22, 45)
    dock = at("Europe/Paris", 2027, 6, 5, 6, 45)
    assert offset_text(sail) == "+01:00" and offset_text(dock) == "+02:00"
    date_item(
        fam,
        f"Overnight ferry: leaves Portsmouth {hhmm(sail)} on {say(sail.date())} "
        f"({offset_text(sail)}), docks in Caen {hhmm(dock)} the next morning "
        f"({offset_text(dock)}). How many hours is the crossing?",
        elapsed(sail, dock, 3600),
    )

    fam = "godmother_saving_for_a_godchild"
    born = D(2019, 11, 29)
    eighteenth = born.replace(year=born.year + 18)
    date_item(
        fam,
        f"My goddaughter was born on {say(born)}. What day of the week will her 18th birthday "
        "fall on?",
        weekday(eighteenth),
    )
    big_school = D(2031, 9, 1)
    date_item(
        fam,
        f"She (born {say(born)}) starts secondary school on {say(big_school)}. How old will she "
        "be that day?",
        age(born, big_school),
    )

    fam = "two_sharers_adopting_house_rabbits"
    adopted, booster = D(2027, 3, 13), 52
    date_item(
        fam,
        f"We adopted our two bunnies on {sayw(adopted)}. Their booster jab is due {booster} "
        "weeks later. What date is that?",
        adopted + TD(weeks=booster),
    )
    born_about = D(2026, 10, 20)
    date_item(
        fam,
        f"The rescue reckons they were born on {say(born_about)}. How many days old were they "
        f"on adoption day, {say(adopted)}?",
        days(born_about, adopted),
    )

    fam = "saxophonist_playing_hotel_residencies"
    opens, closes = D(2027, 11, 1), D(2028, 1, 30)
    date_item(
        fam,
        f"The residency runs from {sayw(opens)} to {sayw(closes)}, both days included. How "
        "many days is that?",
        days(opens, closes) + 1,
    )
    leave = at("Europe/London", 2027, 11, 3, 8, 15)
    land = at("Asia/Dubai", 2027, 11, 3, 19, 10)
    assert offset_text(leave) == "+00:00" and offset_text(land) == "+04:00"
    date_item(
        fam,
        f"Flight to the gig: Heathrow {hhmm(leave)} ({offset_text(leave)}) on "
        f"{say(leave.date())}, landing Dubai {hhmm(land)} ({offset_text(land)}) the same "
        "day. How long is the flight in minutes?",
        elapsed(leave, land, 60),
    )

    fam = "clown_doctor_on_a_childrens_ward"
    first, last = D(2028, 2, 1), D(2028, 5, 31)
    date_item(
        fam,
        f"We visit the ward every Wednesday. How many Wednesdays are there from {say(first)} "
        f"to {say(last)} inclusive?",
        count_days(first, last, lambda x: x.weekday() == WED),
    )

    fam = "guinea_pig_rescue_volunteer"
    arrived, quarantine = D(2026, 12, 27), 2
    date_item(
        fam,
        f"Biscuit arrived at the rescue on {say(arrived)} and has to stay in quarantine for "
        f"exactly {SMALL_WORDS[quarantine]} weeks. On what date can she join the herd?",
        arrived + TD(weeks=quarantine),
    )

    fam = "jukebox_restorer_in_a_lockup_garage"
    stamped, birthday = D(1962, 3, 14), D(2027, 3, 14)
    date_item(
        fam,
        f"The factory date stamp inside the jukebox says {say(stamped)}. How many days old "
        f"will it be on {say(birthday)}?",
        days(stamped, birthday),
    )

    fam = "stepmum_planning_a_blended_family_holiday"
    arrive, depart = D(2027, 7, 23), D(2027, 8, 6)
    date_item(
        fam,
        f"The kids are with us from {sayw(arrive)} to {sayw(depart)}. How many nights is that?",
        days(arrive, depart),
    )

    fam = "couple_sailing_a_sloop_to_the_azores"
    cast_off = at("Europe/London", 2027, 6, 2, 7, 30)
    tied_up = at("Atlantic/Azores", 2027, 6, 13, 19, 30)
    assert offset_text(cast_off) == "+01:00" and offset_text(tied_up) == "+00:00"
    date_item(
        fam,
        f"Log: slipped our mooring in Falmouth at {hhmm(cast_off)} on {say(cast_off.date())} "
        f"({offset_text(cast_off)}) and tied up in Horta marina at {hhmm(tied_up)} on "
        f"{say(tied_up.date())} ({offset_text(tied_up)}). How many hours were we at sea?",
        elapsed(cast_off, tied_up, 3600),
    )

    fam = "host_family_for_a_student_from_osaka"
    kansai = at("Asia/Tokyo", 2027, 8, 28, 10, 55)
    heathrow = at("Europe/London", 2027, 8, 28, 20, 10)
    assert offset_text(kansai) == "+09:00" and offset_text(heathrow) == "+01:00"
    date_item(
        fam,
        f"Aoi flies Kansai to Heathrow via Helsinki: she leaves Osaka at {hhmm(kansai)} "
        f"({offset_text(kansai)}) on {say(kansai.date())} and lands at {hhmm(heathrow)} "
        f"({offset_text(heathrow)}) the same day. How many minutes is her whole journey?",
        elapsed(kansai, heathrow, 60),
    )

    fam = "trombonist_in_a_ska_band"
    opener, gigs, every = D(2027, 10, 7), 11, 2
    date_item(
        fam,
        f"Tour plan: {gigs} gigs, the first on {sayw(opener)}, then one every other day. What's "
        "the date of the last gig?",
        opener + TD(days=every * (gigs - 1)),
    )

    fam = "vicar_running_a_rural_benefice"
    date_item(
        fam,
        "Little Ashby has its communion service on the second and fourth Sundays of the month. "
        "What's the date of the fourth Sunday in October 2027?",
        nth_weekday(2027, 10, SUN, 4),
    )

    fam = "teen_on_an_insulin_pump"
    first_change, every, nth = D(2027, 1, 2), 3, 20
    date_item(
        fam,
        f"Her infusion set gets changed every {SMALL_WORDS[every]} days. The first change of "
        f"the year was on {sayw(first_change)}. What's the date of the {nth}th change?",
        first_change + TD(days=every * (nth - 1)),
    )

    fam = "coeliac_cook_adapting_family_recipes"
    fridge_in, fridge_out = "21:40", "07:10"
    date_item(
        fam,
        f"The gluten-free dough went into the fridge at {fridge_in} and came out at "
        f"{fridge_out} the following morning. How many hours did it prove?",
        clock_span(fridge_in, fridge_out, 3600),
    )

    fam = "lecturer_on_sabbatical_in_switzerland"
    leave_from, leave_to = D(2028, 1, 3), D(2028, 6, 30)
    date_item(
        fam,
        f"My sabbatical runs from {sayw(leave_from)} to {sayw(leave_to)}. Ignoring public "
        "holidays, how many weekdays (Monday to Friday) is that, counting both ends?",
        count_days(leave_from, leave_to, lambda x: x.weekday() < SAT),
    )

    fam = "uncle_minding_nephews_for_a_week"
    collect, parents_back = D(2027, 8, 7), D(2027, 8, 15)
    date_item(
        fam,
        f"I've got the boys from {sayw(collect)} until their parents fly back on "
        f"{sayw(parents_back)}. How many days is that, counting both?",
        days(collect, parents_back) + 1,
    )

    fam = "couple_building_a_garden_annexe_for_a_parent"
    breaking, build_weeks = D(2027, 5, 10), 14
    date_item(
        fam,
        f"Groundworks start on {sayw(breaking)} and the builder says the annexe takes "
        f"{build_weeks} weeks. On what date should it be finished?",
        breaking + TD(weeks=build_weeks),
    )

    fam = "sister_organising_a_surprise_sixtieth"
    mum_born = D(1967, 7, 19)
    date_item(
        fam,
        f"Mum was born on {say(mum_born)}. Which day of the week is her 60th birthday?",
        weekday(mum_born.replace(year=mum_born.year + 60)),
    )

    fam = "islander_commuting_from_the_isle_of_wight"
    valid_from, valid_days = D(2027, 4, 14), 90
    date_item(
        fam,
        f"My {valid_days}-day ferry ticket starts on {say(valid_from)}, and that day counts as "
        "day one. What's the last date it's valid?",
        valid_from + TD(days=valid_days - 1),
    )

    fam = "kid_running_a_lemonade_stand"
    opening, closing = D(2027, 7, 24), D(2027, 8, 31)
    date_item(
        fam,
        f"I'm opening my lemonade stand every Saturday and Sunday from {say(opening)} to "
        f"{say(closing)}. How many days will it be open?",
        count_days(opening, closing, lambda x: x.weekday() >= SAT),
    )

    fam = "couple_renewing_their_vows_in_madeira"
    gatwick = at("Europe/London", 2027, 9, 16, 6, 50)
    funchal = at("Atlantic/Madeira", 2027, 9, 16, 10, 40)
    assert offset_text(gatwick) == "+01:00" and offset_text(funchal) == "+01:00"
    date_item(
        fam,
        f"Our flight leaves Gatwick at {hhmm(gatwick)} ({offset_text(gatwick)}) on "
        f"{say(gatwick.date())} and lands in Funchal at {hhmm(funchal)} "
        f"({offset_text(funchal)}). How many minutes in the air?",
        elapsed(gatwick, funchal, 60),
    )

    fam = "standup_comic_taking_a_show_to_the_fringe"
    run_from, run_to = D(2027, 8, 6), D(2027, 8, 29)
    date_item(
        fam,
        f"My run is {say(run_from)} to {say(run_to)}, one show a night with every Tuesday "
        "off. How many shows do I do?",
        count_days(run_from, run_to, lambda x: x.weekday() != TUE),
    )

    fam = "father_and_daughter_building_a_soapbox_racer"
    build_from, race_day = D(2027, 6, 13), D(2027, 9, 12)
    date_item(
        fam,
        f"We start building on {sayw(build_from)} and race day is {sayw(race_day)}. How many "
        "weeks is that?",
        weeks(build_from, race_day),
    )


_dates_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --------------------------------------------------------------------------- ordinary negatives
ORDINARY = {
    "ask-bridge-and-tunnel-engineering-whys": (
        "Why do suspension bridges need such enormous anchor blocks at each end?",
        (
            "How did the Channel Tunnel crews digging from England and France manage to meet in "
            "the middle so accurately?"
        ),
        "What actually made the Tacoma Narrows Bridge twist itself apart?",
        "Is it true that painting the Forth Bridge never ends, or is that just a saying?",
        "Why do long road tunnels often have gentle curves even where the ground is flat?",
        (
            "In plain terms, what's the difference between a cable-stayed bridge and a suspension "
            "bridge?"
        ),
        "Why do the expansion joints on motorway bridges look like rows of metal teeth?",
        "How do tunnel boring machines cope when water starts pouring in through the rock?",
        "Why have so many Roman arches survived for centuries without any steel in them?",
        "What is a skew arch, and why did Victorian railway builders need so many of them?",
    ),
    "ask-spice-route-and-cacao-past": (
        "Is it true the Dutch swapped Manhattan for a tiny nutmeg island? What's the real story?",
        "How did the Aztecs prepare and drink chocolate before sugar reached the Americas?",
        "Why did Venice lose its grip on the pepper trade once the Portuguese reached India?",
        "What part did cinnamon play in the colonial history of Sri Lanka?",
        "How did chocolate go from something people drank to a solid bar you could snap?",
        "Why is vanilla so fiddly and labour-intensive to grow?",
        "Did medieval cooks really use heavy spicing to hide the taste of rotten meat?",
        "What happened to the people of the Banda Islands during the Dutch fight for nutmeg?",
        "How did saffron come to be grown around Saffron Walden in Essex?",
        "Why did cacao beans work as a kind of money in Mesoamerica?",
    ),
    "ask-sourdough-and-fermentation-hunches": (
        "Why does my sourdough starter smell like nail varnish remover some mornings?",
        "My kimchi has gone fizzy in the fridge. Is it still OK to eat?",
        "Why does kombucha grow that rubbery disc on top, and what is it made of?",
        "There's a white film on top of my sauerkraut — mould or harmless yeast?",
        "Does a long cold prove or a wetter starter make a sourdough loaf taste more sour?",
        "Why does my homemade yoghurt sometimes come out stringy and slimy?",
        "Why do so many bakers add a bit of rye flour when feeding a wheat starter?",
        "Can I ferment vegetables with chlorinated tap water, or will it kill the good bacteria?",
        "Why do people 'burp' their jars when fermenting chilli sauce?",
        "Any ideas for using up sourdough discard apart from crumpets and pancakes?",
    ),
    "ask-cover-letters-and-complaint-emails": (
        (
            "Write a short cover letter for a part-time job at a garden centre, for someone going "
            "back to work after years at home with the kids."
        ),
        (
            "Help me write a firm but polite complaint to an airline that lost my suitcase for a "
            "whole week of my holiday."
        ),
        (
            "Draft an email to the council asking them to fix a broken streetlight outside a "
            "primary school."
        ),
        (
            "Can you make my cover letter opener less cringe? It says: 'I have always been "
            "passionate about spreadsheets.'"
        ),
        (
            "Write a complaint to a gym that is still taking money from my account after I "
            "cancelled."
        ),
        "How do I explain a long gap on my CV without sounding defensive?",
        "Write a brief covering note to put in the box when I send back a faulty kettle.",
        (
            "Turn these into a cover letter paragraph: ran the school bake sale, organised the "
            "volunteer rota, trained new helpers."
        ),
        (
            "Write an email to a restaurant that lost our anniversary booking, asking only for an "
            "apology, not compensation."
        ),
        "Should a cover letter for a graduate scheme fit on one page, or is longer fine?",
    ),
    "ask-csharp-perl-and-fortran-critique": (
        "Is Perl still worth learning for text munging, or should I just use Python?",
        "What's wrong with this C#: `async void SaveAsync() { await db.SaveChangesAsync(); }`?",
        "Fortran arrays start at 1 by default. Does that bite you when calling the code from C?",
        "Review this Perl one-liner for readability: `perl -ne 'print if /^\\d{3}-/' log.txt`",
        "In C#, when should I reach for a record instead of a class?",
        "Why do so many physicists still write Fortran rather than C++?",
        "What were COMMON blocks in old Fortran, and why do people hate inheriting them?",
        "In LINQ, is `.Count() > 0` really worse than `.Any()`? Why?",
        "Why does Perl have all those sigils ($, @, %), and what's the logic behind them?",
        "Critique this C# class name honestly: `ManagerHelperFactory`.",
    ),
    "ask-byzantine-and-inca-whys": (
        "How did the Inca run such a big empire without a written script?",
        "Why did Constantinople hold out for so long against so many sieges?",
        "What did the Inca actually record on their knotted quipu cords?",
        "Why did the Byzantines keep calling themselves Romans?",
        "How were the Inca roads built across the Andes, and who looked after them?",
        "What was Greek fire, and why was the recipe lost?",
        "How did the Inca civil war between Atahualpa and Huáscar help Pizarro?",
        "What started the iconoclasm controversy in Byzantium?",
        "Why is Machu Picchu so much better preserved than Inca Cusco?",
        "How did the plague under Justinian change the Byzantine empire?",
    ),
    "ask-symphony-and-musical-theatre-verdicts": (
        "Is Mahler's Second a good choice for my first symphony concert, or is it too much?",
        "Which cast recording of Sweeney Todd is the best, and why?",
        "Be honest: is Les Misérables overrated?",
        "Recommend a Sibelius symphony for someone who loves big film scores.",
        "Why do people call Sondheim's Company a 'concept musical'?",
        "Is Bruckner an acquired taste? Where should a newcomer start?",
        "Hamilton or Six for a teenager's first West End show?",
        "Why do Shostakovich's symphonies feel so politically ambiguous?",
        "Is Phantom worth seeing again if I last saw it as a child?",
        "Which Dvořák piece would you play to win over someone who thinks classical is boring?",
    ),
    "ask-bat-and-hedgehog-habits": (
        "Why do hedgehogs lick strange things and then spread frothy spit over their spines?",
        "How do bats stop their echolocation calls jamming each other in a crowded cave?",
        "Should I put food out for hedgehogs, and if so what kind?",
        "Why do bats hang upside down to rest?",
        "Is it a bad sign to see a hedgehog wandering about in the middle of the day?",
        "How far does a hedgehog usually roam in a single night?",
        "Why are bats in my loft legally protected even though it's my house?",
        "Do bats in Britain carry rabies, or is that only abroad?",
        "Why do hedgehogs hibernate, and what wakes them up too early?",
        "How can I tell a pipistrelle from a noctule when they're flying at dusk?",
    ),
    "ask-constellation-myth-and-eclipse-lore": (
        "What's the myth behind Cassiopeia being stuck in a chair in the sky?",
        "Why were solar eclipses so frightening to ancient peoples?",
        "What have different cultures called the three stars of Orion's Belt?",
        "Why are the Pleiades called the Seven Sisters when most people see only six?",
        "How is Thales supposed to have predicted an eclipse, and do historians believe it?",
        "Why does the moon turn coppery red during a total lunar eclipse?",
        "What stories do Native American traditions tell about the Big Dipper?",
        "Why do people in East Asia see a rabbit in the moon rather than a face?",
        "In the Greek myth, why are Scorpius and Orion never in the sky together?",
        "What is a saros cycle, explained for someone who isn't an astronomer?",
    ),
    "ask-gym-buddy-and-book-club-tact": (
        (
            "My gym buddy keeps cancelling at the last minute. How do I bring it up without "
            "wrecking the friendship?"
        ),
        "One woman in my book club never reads the book but talks the most. What can I say?",
        "How do I tell a friend her new workout plan looks likely to injure her?",
        "I want to quit my book club, but my closest friend runs it. Any advice?",
        (
            "A stranger at the gym asked me to spot him on a lift that looks far too heavy. How "
            "do I say no politely?"
        ),
        "Someone in our book club picked a novel I find offensive. Should I say so?",
        "My running partner is much faster and I think I'm holding her back. How do I raise it?",
        "How can I suggest the book club stops meeting at my flat every single time?",
        "How should I handle a personal trainer who keeps commenting on my weight?",
        (
            "What's a kind way to tell someone at book club that they spoiled the ending for "
            "everyone?"
        ),
    ),
}


def _ordinary():
    for family, questions in ORDINARY.items():
        assert len(questions) == 10, family
        for q in questions:
            neg(family, q)


_ordinary()

# --------------------------------------------------------------------------- near-negatives
NEAR = {
    "near-numbered-titles-and-names": (
        "numbers that are part of a title or name",
        (
            "What is Fahrenheit 451 actually about, and why did Bradbury pick that title?",
            "Who directed the film Apollo 13, and how accurate is it?",
            "Why did Route 66 become so famous?",
            "Who were Manchester United's Class of '92?",
            "What's the story behind the song 99 Luftballons?",
            "Who were the Chicago 7 and what were they tried for?",
            "Did Catch-22 start as a novel or a film?",
            "What do the numbers in the name 7-Eleven refer to?",
            "Why is the Boeing 747 nicknamed the Queen of the Skies?",
        ),
    ),
    "near-codes-and-identifiers": (
        "codes, markings and identifiers that look like sums",
        (
            "What does the marking 205/55 R16 91V on my car tyre mean?",
            "My Vaillant boiler is showing F.28. What's wrong with it?",
            "What does HTTP status 418 mean, and why does it exist at all?",
            "Which city uses the phone code 0161?",
            "What does ISO 9001 certification actually mean for a small business?",
            "Which famous building has the postcode SW1A 0AA, and why does it have its own?",
            "What is a P60 for, and should I keep mine?",
            "What is E330 on a food label?",
            "My phone is rated IP68. What does that tell me?",
        ),
    ),
    "near-ballpark-with-nothing-given": (
        "estimates where the question supplies no figures",
        (
            "Roughly how many words does an average person say in a day?",
            "Ballpark, what does it cost to run a fridge-freezer for a year in the UK?",
            "About how many golf balls would it take to fill a double-decker bus?",
            "Roughly how many trees are there in Britain?",
            "How long might it take to walk all the way round the equator, if you could?",
            "Approximately how many grains of rice are in a 1 kg bag?",
            "Rough guess: how many people are up in the air on planes at any one moment?",
            "About how much does a fluffy cumulus cloud weigh?",
        ),
    ),
    "near-why-the-arithmetic-works": (
        "asks why a rule of arithmetic holds, not for a result",
        (
            "Why does dividing by a fraction turn into multiplying by the flipped fraction?",
            "Why is any number raised to the power zero equal to 1?",
            (
                "My daughter asks what happens if you share sweets between zero friends. How do I "
                "explain why dividing by zero doesn't work?"
            ),
            "Is there an everyday, intuitive way to see why minus times minus makes plus?",
            "Why does adding up the digits tell you whether a number is divisible by 3?",
            "My teacher insists 0.999… with nines forever is exactly 1. How can that be?",
            "Why doesn't a 50% rise followed by a 50% fall get you back where you started?",
            "Why isn't 1 counted as a prime number?",
        ),
    ),
    "near-what-does-this-reading-mean": (
        "a stated reading whose meaning or implication is asked",
        (
            "My blood pressure was 142/91 at the pharmacy. Should I be worried?",
            "A washing machine's label says 49 kWh per 100 cycles. Is that efficient?",
            "My toddler's temperature is 38.4 °C. When should I call the doctor?",
            "Our radon test came back at 210 Bq/m³. What does that mean for the house?",
            "My Experian credit score is 780 out of 999. Is that decent?",
            "Is SPF 50 really much better than SPF 30, or is it marketing?",
            "The UV index is forecast at 8. Is that high for someone with very pale skin?",
            "What do the numbers in 5W-30 engine oil actually mean?",
        ),
    ),
    "near-is-it-worth-the-money": (
        "prices given, but the question is a judgement",
        (
            "Is a £1,400 carbon-fibre bow worth it for an adult beginner on the cello?",
            "Is paying £90 extra for priority boarding worth it on a long-haul flight with kids?",
            "Should I pay £350 for an extended warranty on a £900 laptop?",
            "Is a £25-a-week meal kit worth it for someone who lives alone?",
            "Is it worth replacing a 2019 phone with a new one at £999?",
            "Is a £120 sourdough masterclass good value, or can I learn it all online?",
            "Is a £30 annual lifeboat charity membership a sensible gift for my dad?",
            "Would you pay £15 for a tour of a lighthouse, or is the outside enough?",
        ),
    ),
    "near-made-up-notation-and-house-rules": (
        "notation or rules that must be interpreted, not computed by a tool",
        (
            "If 3 ♦ 4 = 25 and 5 ♦ 12 = 169, what rule might ♦ be following?",
            "What's the rule behind this chain: 7 → 49 → 97 → 130 → 10 → 1?",
            (
                "At our pub quiz a joker doubles your score for one round. Is it smarter to play "
                "it on your best subject or your worst?"
            ),
            "In base twelve, what symbols do people use for ten and eleven, and why those?",
            "Why do clock faces often write 4 as IIII instead of IV?",
            (
                "Some countries write 3·4 with a raised dot to mean multiply and others mean a "
                "decimal. Who uses which?"
            ),
            "If x ⊗ y means 'the larger of x and y', is ⊗ associative? Explain why.",
            "What does n!! mean in maths, and is it the same thing as (n!)!?",
        ),
    ),
    "near-facts-nobody-stated": (
        "numeric facts the question does not supply",
        (
            "How many floors does the Gherkin in the City of London have?",
            "How long is the Danube from source to sea?",
            "What's the smoke point of extra virgin olive oil compared with sunflower oil?",
            "How deep is Loch Ness at its deepest point?",
            "How fast can a peregrine falcon go in a dive?",
            "Roughly how many people live on the Faroe Islands?",
            "How heavy is a blue whale's heart?",
        ),
    ),
}


def _near():
    for family, (note, questions) in NEAR.items():
        for q in questions:
            neg(family, q, note)


_near()


# --------------------------------------------------------------------------- conversations
def _conv_writing_after_a_sum():
    fam = "conv-card-after-the-sums"
    note = "the sum is done; the last turn asks for writing"
    givers, each = 14, "7.50"
    conv(
        fam,
        [
            (U, f"Collecting for a leaving present: {givers} of us put in £{each}. Total?"),
            (A, f"That comes to £{money_text(givers * fig(each))}."),
            (
                U,
                (
                    "Lovely. Can you write a short, warm message for the card? She's retiring "
                    "after running the school office for decades."
                ),
            ),
        ],
        note,
    )
    challenge, stages = 1000, 8
    conv(
        fam,
        [
            (U, f"Dad's charity ride is {challenge:,} km spread over {stages} days. Per day?"),
            (A, f"That's {figure_text(F(challenge, stages))} km a day."),
            (U, "Write him a funny good-luck text to send the night before day one."),
        ],
        note,
    )
    counted_from, big_day = D(2027, 3, 2), D(2027, 8, 21)
    conv(
        fam,
        [
            (U, f"How many days from {say(counted_from)} to our wedding on {say(big_day)}?"),
            (A, f"{days(counted_from, big_day)} days."),
            (U, "Help me write an Instagram caption announcing the countdown, not too cheesy."),
        ],
        note,
    )
    raised = "2,340"
    conv(
        fam,
        [
            (
                U,
                (
                    f"The bake sale raised £{raised} and a local firm is matching it pound for "
                    "pound. What's the total?"
                ),
            ),
            (A, f"With the match, the total is £{money_text(2 * fig(raised))}."),
            (U, "Draft a thank-you piece for the school newsletter that mentions the firm."),
        ],
        note,
    )
    moor_km, moor_kmh = 180, 60
    conv(
        fam,
        [
            (U, f"{moor_km} km across the moors at {moor_kmh} km/h, how long's the drive?"),
            (A, f"About {figure_text(F(moor_km, moor_kmh))} hours without stops."),
            (U, "Write a haiku about that drive at dawn."),
        ],
        note,
    )
    jacket, cut = 65, 20
    conv(
        fam,
        [
            (U, f"{cut}% off a £{jacket} rain jacket, what do I pay?"),
            (A, f"£{money_text(jacket * (1 - pct(cut)))}."),
            (
                U,
                (
                    "Write a cheeky text to my sister boasting about the bargain without sounding "
                    "smug."
                ),
            ),
        ],
        note,
    )


def _conv_advice_before_figures():
    fam = "conv-advice-before-the-numbers"
    note = "figures are still missing; the last turn asks for general advice"
    conv(
        fam,
        [
            (U, "How much should we budget for a week in Madeira?"),
            (
                A,
                (
                    "It depends on your flights, where you stay and how you like to eat. Do you "
                    "have any prices yet?"
                ),
            ),
            (U, "Not yet. What should we sort out first, the flights or the hotel?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Should I overpay my mortgage or put the money in savings?"),
            (
                A,
                (
                    "That mostly depends on your mortgage rate, your savings rate and any early "
                    "repayment charges. Do you know them?"
                ),
            ),
            (U, "Not offhand. What are the general pros and cons of each?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How big a heater will the garden annexe need?"),
            (
                A,
                (
                    "I'd need the floor area, the insulation and the ceiling height to size it. "
                    "Have you got those?"
                ),
            ),
            (U, "Not measured yet. Which kind of heating usually suits a small annexe best?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Can I afford to drop to a four-day week?"),
            (
                A,
                (
                    "It depends on your pay, your outgoings and any pension effect. Could you "
                    "share rough figures?"
                ),
            ),
            (U, "I'd rather not yet. What should I ask HR before I decide?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How many people can we fit in the garden for Mum's surprise party?"),
            (A, "Roughly how big is the garden, and will people be sitting or standing?"),
            (U, "Normal suburban size, mostly standing. Any tips to stop it feeling cramped?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "What's a fair rent to charge a lodger for my box room?"),
            (
                A,
                (
                    "That depends a lot on your area and what's included. Which town are you in, "
                    "and are bills included?"
                ),
            ),
            (U, "Small town, bills included. What usually justifies charging more or less?"),
        ],
        note,
    )


def _conv_verdicts():
    fam = "conv-verdict-on-the-figure"
    note = "the figure is given; the last turn asks for a judgement"
    labour_days, day_rate, materials = 3, 280, 460
    conv(
        fam,
        [
            (
                U,
                (
                    f"Roofer's quote: {labour_days} days' labour at £{day_rate} a day plus "
                    f"£{materials} of materials. What's the total?"
                ),
            ),
            (A, f"£{money_text(labour_days * day_rate + materials)} in total."),
            (U, "Does that sound reasonable for repointing a small chimney stack?"),
        ],
        note,
    )
    used, in_days = 2920, 365
    conv(
        fam,
        [
            (U, f"Meter readings show {used:,} kWh used across {in_days} days. Average per day?"),
            (A, f"{figure_text(F(used, in_days))} kWh a day on average."),
            (
                U,
                "Does that seem heavy for a two-bed flat with gas cooking and gas heating?",
            ),
        ],
        note,
    )
    run_min, run_sec, run_km = 52, 30, 10
    pace = F(run_min * 60 + run_sec, run_km)
    assert pace.denominator == 1
    conv(
        fam,
        [
            (
                U,
                (
                    f"Did my first {run_km} km parkrun-style time trial in {run_min}:{run_sec}. "
                    "Pace per km?"
                ),
            ),
            (A, f"{int(pace) // 60}:{int(pace) % 60:02d} per km."),
            (U, "Is that decent for a 45-year-old who only started running in spring?"),
        ],
        note,
    )
    boots, wears = 240, 120
    conv(
        fam,
        [
            (U, f"£{boots} boots, worn {wears} times so far. Cost per wear?"),
            (A, f"£{money_text(F(boots, wears))} per wear."),
            (U, "Is cost per wear actually a good way to judge whether clothes are worth it?"),
        ],
        note,
    )
    big_in, small_in, smalls = 12, 8, 2
    big_area = F(big_in * big_in, 4)
    small_area = smalls * F(small_in * small_in, 4)
    assert big_area > small_area
    conv(
        fam,
        [
            (
                U,
                (
                    f"One {big_in}-inch pizza or {SMALL_WORDS[smalls]} {small_in}-inch pizzas, "
                    "which is more pizza?"
                ),
            ),
            (
                A,
                (
                    f"The single {big_in}-inch: {figure_text(big_area)}π square inches against "
                    f"{figure_text(small_area)}π for the pair."
                ),
            ),
            (
                U,
                (
                    "Fair, but is one big pizza really the better buy for a family where the kids "
                    "all want different toppings?"
                ),
            ),
        ],
        note,
    )
    bedtime, wake = "19:00", "05:30"
    conv(
        fam,
        [
            (U, f"Baby sleeps from {bedtime} to {wake}. How many hours is that?"),
            (A, f"{figure_text(clock_span(bedtime, wake, 3600))} hours."),
            (U, "Is that enough for a nine-month-old, or should I try a later bedtime?"),
        ],
        note,
    )


def _conv_method():
    fam = "conv-how-did-you-get-that"
    note = "the result is given; the last turn asks for the reasoning or method"
    bill, tip = 84, 15
    conv(
        fam,
        [
            (U, f"Quick, {tip}% tip on an £{bill} dinner bill?"),
            (A, f"£{money_text(bill * pct(tip))}."),
            (U, "How do you do percentages like that in your head? I always panic at the table."),
        ],
        note,
    )
    storming = D(1789, 7, 14)
    conv(
        fam,
        [
            (U, f"What day of the week was {say(storming)}, the storming of the Bastille?"),
            (A, f"It was a {weekday(storming)}."),
            (
                U,
                "How did people work out weekdays for old dates before computers? Any trick?",
            ),
        ],
        note,
    )
    per_day = 24 * 60 * 60
    conv(
        fam,
        [
            (U, "For my son's homework: how many seconds are in one day?"),
            (A, f"{per_day:,} seconds."),
            (U, "He then asked why we have 24 hours and 60 minutes instead of tens. Why is that?"),
        ],
        note,
    )
    fever_f = 101
    conv(
        fam,
        [
            (U, f"American thermometer says {fever_f} °F. What's that in Celsius?"),
            (A, f"About {figure_text(F(round(f_to_c(fever_f) * 10), 10))} °C."),
            (U, "Why does Fahrenheit have such odd fixed points, like 32 for freezing?"),
        ],
        note,
    )
    x, y = 27, 34
    conv(
        fam,
        [
            (U, f"Times tables check: {x} × {y}?"),
            (A, f"{x * y}."),
            (
                U,
                (
                    "Can you explain a mental method for two-digit multiplication that I could "
                    "teach my ten-year-old?"
                ),
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How many metres are in a statute mile, exactly?"),
            (A, f"{figure_text(MI)} metres."),
            (U, "Where does the mile come from, and why did it end up such an odd length?"),
        ],
        note,
    )


def _conv_titles():
    fam = "conv-works-with-numbers-in-titles"
    note = "titles containing numbers; the last turn asks about the works"
    conv(
        fam,
        [
            (U, "Is 2001: A Space Odyssey worth watching if I find slow films hard going?"),
            (A, "It's slow but hypnotic; many people find it rewards patience on a big screen."),
            (U, "How does Clarke's book differ from the film?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I loved The 39 Steps. What else is like it?"),
            (A, "Try Rogue Male, The Riddle of the Sands and North by Northwest."),
            (U, "Which of those would suit a 12-year-old best?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Who sang Summer of '69?"),
            (A, "Bryan Adams, on the 1984 album Reckless."),
            (U, "Is the song really about the year 1969?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "What's Nineteen Eighty-Four about, in a sentence?"),
            (A, "A man in a surveillance state tries, and fails, to think and love freely."),
            (U, "Is it too bleak to teach to a class of 15-year-olds?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I'm halfway through Stephen King's 11/22/63."),
            (A, "A great one: a teacher travels back in time to try to stop JFK's assassination."),
            (U, "Do I need to know much American history to enjoy the rest?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Recommend me something in the spirit of Ocean's Eleven."),
            (A, "The Italian Job, Logan Lucky, The Sting and Inside Man."),
            (U, "Which of those has the best soundtrack?"),
        ],
        note,
    )


def _conv_after_the_sum():
    fam = "conv-plans-after-the-arithmetic"
    note = "a time or distance is worked out; the last turn asks for plans or advice"
    london = at("Europe/London", 2027, 6, 9, 9, 0)
    tokyo = london.astimezone(ZONES.ZoneInfo("Asia/Tokyo"))
    conv(
        fam,
        [
            (
                U,
                (
                    f"At {hhmm(london)} in London ({offset_text(london)}) on "
                    f"{say(london.date())}, what time is it in Tokyo ({offset_text(tokyo)})?"
                ),
            ),
            (A, f"{hhmm(tokyo)} in Tokyo."),
            (U, "What's a polite time to video call a Japanese host family, culturally speaking?"),
        ],
        note,
    )
    hours_up, lands = 13, "06:00"
    conv(
        fam,
        [
            (U, f"My flight is {hours_up} hours and lands at {lands} local time."),
            (A, "So you'll arrive at the start of the local day after a long night flight."),
            (U, "Should I sleep when I get there or push through until evening?"),
        ],
        note,
    )
    leave, minutes = "06:50", 230
    lands_at = DT.combine(D(2027, 9, 16), dt.time.fromisoformat(leave)) + TD(minutes=minutes)
    conv(
        fam,
        [
            (
                U,
                (
                    f"If we take off from Gatwick at {leave} and the flight is {minutes} minutes, "
                    "when do we land in Funchal? Same clock time there in September."
                ),
            ),
            (A, f"You'd land at {lands_at.strftime('%H:%M')}."),
            (U, "What should we do with our first afternoon in Funchal?"),
        ],
        note,
    )
    asked_on, fringe_opens = D(2027, 4, 5), D(2027, 8, 6)
    conv(
        fam,
        [
            (U, f"Days from {say(asked_on)} until the Fringe opens on {say(fringe_opens)}?"),
            (A, f"{days(asked_on, fringe_opens)} days."),
            (U, "How should I use that time to get a new hour-long show ready?"),
        ],
        note,
    )
    tour_km, tour_days = 620, 10
    conv(
        fam,
        [
            (U, f"Our tandem tour is {tour_km} km over {tour_days} days. How far a day?"),
            (A, f"{figure_text(F(tour_km, tour_days))} km a day."),
            (
                U,
                (
                    "Is that sensible for a couple who've never toured, and how should we train "
                    "for it?"
                ),
            ),
        ],
        note,
    )


_conv_writing_after_a_sum()
_conv_advice_before_figures()
_conv_verdicts()
_conv_method()
_conv_titles()
_conv_after_the_sum()


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
    # no register (family name) of this set is a family name of sets 19 to 122
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 122: {reused}"
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
