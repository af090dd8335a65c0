r"""Generate heldout-2027-04-07.jsonl: a hundred-and-twenty-fifth held-out router evaluation set
(SEALED).

Provenance
----------
Written blind for 2027-04-07 by a helper session working only in /work/sealed125 (scratch files
there too). The starting point was a copy of the previous set's generator (2602 lines) whose
set-up, helpers and checks had already been adapted for this set (OUT heldout-2027-04-07.jsonl,
PREFIX "ho125-", earlier generators 1-124, register check against sets 19 to 124); only its two
title lines, this provenance and its four question sections were rewritten.

What was read, and nothing else:
- /work/main/bench/grading.py, to see how numbers (last number, relative tolerance), dates and
  other strings are graded;
- /work/sealed125/earlier_registers.txt (2602 earlier family names), grepped for the key words of
  every candidate name so that no family of this set repeats one or sits close to one (hits such
  as river_ghillie_fishing_beat, busking_street_musician, cornet_player_in_a_village_band,
  wildflower_meadow_sower, greenhouse_tomato_grower, community_litter_picking_group and
  solar_eclipse_chaser_tour led to other choices);
- of the copied script, only lines 1-358 (old docstring to line 120, then set-up, helpers and the
  calculator set-up up to P = "plain"), 711-771 (units set-up to unit_r), 1035-1119 (datetime
  set-up to the sayus assertion), 1441-1448 (negatives set-up, neg and conv) and 2379-2602
  (weekday check, checks and output); a few single lines inside those ranges were printed again
  to pin the boundaries;
- one slip: a grep of /work/main/pyproject.toml for a few ruff keywords, which showed only its
  [tool.ruff] header and line-length; nothing else in that file was read, and it was otherwise
  only handed to ruff as its configuration.
The previous set's question sections were never viewed: a splicing script asserted the boundary
lines (1 the old title, 121 blank and 122 the __future__ import, 358 `P = "plain"`, 711,
1035 and 1441 the section rules, 770-771 the end of unit_r, 1119 the sayus assertion, 1448 the
end of conv, 2379 the weekday-check comment, 2602 the call of main) and kept only the read ranges
121-358, 711-771, 1035-1119, 1441-1448 and 2379-2602, so lines 359-710, 772-1034, 1120-1440 and
1449-2378 were dropped by line number, and four new sections, written from scratch in scratch
files, were spliced in. An unread byte copy of the original was kept until the end, used only by
the splicing script and by a check that each kept range appears verbatim in the new script (all
did); all scratch files were then deleted. No git history, web or code search, router, tools,
tests, other generators or other files under /work/main were read (a directory listing of
tests/data/router_heldout confirmed only that generators 1-124 are there, a listing of the
venv's bin directory showed which tools exist, and a one-line zoneinfo query looked up offsets
before they were written into the script; the script imports the generators itself, in memory,
for its duplicate and register checks, and prints none of their text),
and no JSONL was read: expected values and conversations were reviewed from an in-memory listing
of this script's items (imported as a module), and everything else from this script's source.

What was written:
- 45 calculator, 45 units and 45 datetime positives; in each tool 14 are plain one-line
  questions (family "plain") and 31 come from 25 new registers (the executor of a godfather's
  will, a Eurovision watch-party host, a backyard rain-gauge recorder, a boomerang throwing club,
  a medical student on an elective in Kathmandu, a dementia café volunteer, a monastery
  guestmaster, a photographer of faded painted wall adverts, a Tour de France roadside fan, a New
  Year sea-plunge fundraiser, an air fryer convert, a cherry-blossom picnic planner in Tokyo, a
  Thames foreshore mudlark, a pen-pal letter writer, a kintsugi hobbyist, a homebrew beginner, a
  Seville orange marmalade maker, a Diwali sweets maker, a school time-capsule project, a hay
  fever pollen diary, a handbell ensemble member, a gingerbread-house contest entrant, a
  whale-watching trip planner, a lost-dog search party and a tea ceremony student), each
  register used by all three tools, six of them (executor, Eurovision, elective, Tour de
  France, cherry blossom, pen pal) with two items per tool. Phrasing varies: questions,
  statements, imperatives, ledgers, logs, handover notes, lowercase texting, symbols (×, −, ⁴,
  ³, ⁵, →, —, °C, °F, km/h, mph) and written-out units; pounds, pence, euros, yen, Nepalese
  rupees, US dollars and Icelandic krónur; written dates with and without computed weekdays,
  clock times, and offsets (+00:00, +01:00, +02:00, +05:45, +09:00, +10:00, +13:00).
- Every expected value is computed in code from the figures the question states (held in
  variables and interpolated into the text, decimals and thousands kept as strings and read with
  dec() or numeral(), small counts written as words through NUMBER_WORDS): Fraction and Decimal
  for money and quantities (money() asserts whole pence or cents, whole_up() for whole copies and
  whole packs), exact unit definitions for conversions (from the set-up: inch, foot, yard, mile,
  avoirdupois pound and ounce, acre, square feet, psi, MiB and GiB, km/h and mph,
  Celsius/Fahrenheit; added here: centimetre, millimetre, kilometre, hectare, gram, the
  international nautical mile and the knot, litre and millilitre, kWh and MJ, kPa), graded
  exactly when the result has at most three decimals and at 0.1% otherwise (unit_auto choosing,
  unit_r asserting that an answer rounded to two decimals still passes), and date arithmetic for
  weekdays, spans, inclusive day counts, whole weeks, ages, nth and last weekdays, counts of
  chosen weekdays (count_days), clock intervals, and journeys and calls whose offsets come from
  the IANA rules (zoneinfo, loaded through importlib so the set-up is unchanged): each offset a
  positive states is interpolated from the zone's rule at that local time and also asserted to
  equal the offset expected for that place and season (summer time included: Central European
  +02:00 in May, London +01:00 in late July and on 28 March 2028 after the clocks change on the
  26th, London +00:00 in December, Auckland +13:00 in December, Sydney +10:00 in May; Kathmandu
  and Tokyo have no summer time). Weekdays written next to dates come from the computed date
  (sayw), and the Saturday, Monday, Thursday and Tuesdays that the Eurovision, elective, café
  and practice items rely on were asserted. No contested unit words (ton, gallon, cup, pint,
  barrel, stone, calorie, a month as a length) appear in positives.
- 200 negatives: 100 ordinary ones in ten new topics (Byzantium and the Khmer Empire, geysers and
  coral reefs, Fortran and Haskell, opera and grunge verdicts, otters and owls, wedding toasts
  and resignation notes, flatmate and in-law etiquette, trolley and white-lie dilemmas, grammar
  and punctuation quarrels, fermenting and smoking food), 65 near-negatives shaped like positives
  but needing the model (numbers inside titles; HTTP, boiler, E-number, tyre, ISBN, IP, UN,
  port and postcode identifiers; ballpark guesses with nothing given; why a rule of arithmetic or
  geometry holds; what a stated reading means; whether something is worth the money; numeric
  facts nobody stated; made-up operators and notation to interpret; riddles and pattern
  puzzles), and 35 conversations whose last turn asks for writing after a sum, for advice while
  the figures are still missing, for a verdict on a result, for the method or history behind an
  answer, about works whose titles contain numbers, or for plans after a time or distance was
  worked out; none ends in a plain exact question, and the figures in the assistant turns are
  computed in code too. Symbolic algebra was kept out of the negatives.

How it was checked, and what failed: the script's own checks (counts per label, plain, near and
conversation counts, 25 registers each used by all three tools, no register of sets 19 to 124, no
query or user turn repeating an earlier set, contested unit words, relative dates, ambiguous
numeric dates, stated weekdays, gradability of every expected value, byte-for-byte regeneration),
the comparison with earlier_registers.txt above, and a check with ast that no function assigns a
local that shadows a module-level name or builtin (none) and that no module-level name is bound
twice. The first run stopped on a SyntaxError (a backslash escape inside an f-string expression in
the handbell item; a small gbp_plain helper now adds the pound signs), the next at an assistant
turn whose commute (55 minutes each way) gave a non-terminating number of hours; it is now 54
minutes. The next run passed every check up to the duplicate check, which flagged 14 items matching
earlier sets word for word: a plain square root, a plain nth-weekday date, a plain feet and inches
to centimetres question, the opening user turns of two advice conversations, a running-pace
conversation, a ballpark near-negative (golf balls in a bus), three facts-not-given near-negatives
(Kilimanjaro in feet, ethanol's boiling point, the Danube's length), a numbered-title song, a
keys-and-locks riddle, a why-arithmetic question about two negatives and an otter question. All
were reworded or given new figures; the square root and the pace conversation clashed once more
(the root then got a new figure and wording, and the conversation, whose opening turn had already
been reworded, had its last turn reworded too), and the next run passed. A review of the listing
then made two journeys realistic (the Kathmandu flight home now lands the next morning, the
Heathrow to Haneda flight takes 14 h 35 min), interpolated a head count that had been typed as a
word into a conversation, and fixed an "A 18 km" typo. Ruff check reported 21 ISC004 implicit
concatenations in the negatives' tuples and conversations (20, then one more after a later edit),
fixed with ruff's own parenthesising fix; after ruff format, four lines were 100 characters long
and were shortened in wording (the club-day question, the star-notation near-negative, the
lattice-method turn and the pay-rise turn, which took two tries because the first rewording kept
its length); the two module-level loops over the negative tables were moved into functions so that
no module-level name is bound twice. Ruff check and ruff format are clean, no line exceeds 99
characters, and the script was re-run with all checks passing.

Run: /work/main/.venv/bin/python make_heldout_125.py (writes the JSONL next to this file, checks
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
OUT = HERE / "heldout-2027-04-07.jsonl"
PREFIX = "ho125-"
# earlier generators: sets 1-124 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 125))
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


def money(x):
    """An amount of money, asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


def numeral(s):
    """A figure written with thousands separators (as a string) as an exact Fraction."""
    return dec(s.replace(",", ""))


def gbp_plain(s):
    """A sum of money given as a string, with its pound sign."""
    return "\u00a3" + s


assert numeral("1,234.5") == F(2469, 2) and money(dec("0.35")) == F(7, 20)


def _calc_plain():
    total, parts = 4836, 12
    calc(P, f"What is {total:,} divided by {parts}?", F(total, parts))
    rate, base = "17.5", 2344
    calc(P, f"Work out {rate}% of {base:,}.", pct(rate) * base)
    big, small = 7391, 2868
    calc(P, f"{big:,} \u2212 {small:,} = ?", big - small)
    price, qty = "48.25", 36
    calc(P, f"Multiply {price} by {qty}.", dec(price) * qty)
    old, new = "64", "83.20"
    calc(
        P,
        f"A price went from {old} to {new}. By what percentage did it rise?",
        (dec(new) - dec(old)) / dec(old) * 100,
    )
    vals = ("14.2", "19.8", "23.5", "30.1")
    calc(
        P,
        f"Find the mean of {', '.join(vals[:-1])} and {vals[-1]}.",
        sum(dec(v) for v in vals) / len(vals),
    )
    calc(P, "Evaluate 3\u2074 + 5\u00b3 \u2212 2\u2075.", 3**4 + 5**3 - 2**5)
    frac = "0.375"
    calc(P, f"Write {frac} as a percentage.", dec(frac) * 100)
    square = 11449
    root = math.isqrt(square)
    assert root * root == square
    calc(P, f"Square root of {square:,}, please.", root)
    left, right = 1989, 47
    calc(P, f"what does {left:,} \u00d7 {right} come to", left * right)
    pot, people = "918.40", 8
    calc(
        P,
        f"Divide {pot} equally among {NUMBER_WORDS[people]} people: how much is each share?",
        money(dec(pot) / people),
    )
    whole = 1365
    calc(P, f"What is two fifths of {whole:,}?", F(2, 5) * whole)
    saved, interest, term = 5000, 4, 3
    calc(
        P,
        f"\u00a3{saved:,} saved at {interest}% interest compounded yearly: what is the balance "
        f"at the end of a {term}-year term?",
        money(saved * (1 + F(interest, 100)) ** term),
    )
    tag, off = "86.40", 15
    calc(
        P,
        f"Take {off}% off {tag} \u2014 what's the sale price?",
        money(dec(tag) * (100 - off) / 100),
    )


_calc_plain()


def _calc_registers():
    # executor of a godfather's will (two)
    fam = "executor_of_a_godfathers_will"
    estate, sister_share, godchildren = 184650, 40, 3
    calc(
        fam,
        f"I'm the executor for my late godfather. After debts the estate comes to "
        f"\u00a3{estate:,}. His will leaves {sister_share}% to his sister and splits whatever is "
        f"left equally between his {NUMBER_WORDS[godchildren]} godchildren. What does each "
        f"godchild receive?",
        money(estate * (100 - sister_share) / 100 / godchildren),
    )
    fee, trains, train_fare, locksmith, miles, pence = "300", 3, "47.60", "95", 212, 45
    calc(
        fam,
        f"Executor expenses to reclaim from the estate: probate application fee \u00a3{fee}, "
        f"{NUMBER_WORDS[trains]} return train tickets at \u00a3{train_fare} each, a locksmith at "
        f"\u00a3{locksmith}, and {miles} miles of driving claimed at {pence}p a mile. "
        f"What's the total claim in pounds?",
        money(dec(fee) + trains * dec(train_fare) + dec(locksmith) + miles * F(pence, 100)),
    )

    # Eurovision watch party host (two)
    fam = "eurovision_watch_party_host"
    guests, food, fizz = 11, "86.52", "47.40"
    calc(
        fam,
        f"eurovision night!! {guests} guests + me are splitting the costs evenly. "
        f"food shop was \u00a3{food}, prosecco \u00a3{fizz}. how much does each of us owe?",
        money((dec(food) + dec(fizz)) / (guests + 1)),
    )
    points = (12, 10, 8, 7, 6, 5, 4, 3, 2, 1)
    voters = 9
    calc(
        fam,
        f"For our party scoreboard every guest hands out {', '.join(map(str, points[:-1]))} "
        f"and {points[-1]} points, just like the juries. With {NUMBER_WORDS[voters]} guests "
        f"voting, how many points get handed out altogether?",
        sum(points) * voters,
    )

    # backyard rain gauge recorder
    fam = "backyard_rain_gauge_recorder"
    week = ("4.2", "0", "11.6", "7.3", "0.4", "0", "5.2")
    calc(
        fam,
        f"Rain gauge log, Monday to Sunday, in mm: {', '.join(week)}. "
        f"What was the mean daily rainfall for the week?",
        sum(dec(v) for v in week) / len(week),
    )

    # boomerang throwing club
    fam = "boomerang_throwing_club"
    adults, adult_sub, juniors, junior_sub, hall = 23, 34, 9, 17, 540
    calc(
        fam,
        f"Treasurer's note for the boomerang club: {adults} adult members pay \u00a3{adult_sub} "
        f"and {juniors} juniors pay \u00a3{junior_sub}. Once the \u00a3{hall} field hire for the "
        f"season is paid, how much of the subs income is left?",
        adults * adult_sub + juniors * junior_sub - hall,
    )

    # medical student on an overseas elective (two)
    fam = "medical_student_on_an_overseas_elective"
    nightly, nights, rate = "1,850", 42, 175
    calc(
        fam,
        f"My elective guesthouse in Kathmandu is NPR {nightly} a night and I'm there for "
        f"{nights} nights. At {rate} rupees to the pound, what's the whole stay in pounds?",
        money(numeral(nightly) * nights / rate),
    )
    placement, weekly, n_weeks, usd_gbp, jabs = 250, 35, 6, "0.8", "186.40"
    calc(
        fam,
        f"Elective budget: the hospital wants a US${placement} placement fee plus "
        f"US${weekly} a week for {NUMBER_WORDS[n_weeks]} weeks, and my travel vaccinations "
        f"cost \u00a3{jabs}. Taking each US dollar as \u00a3{usd_gbp}, what's the total in "
        f"pounds?",
        money((placement + weekly * n_weeks) * dec(usd_gbp) + dec(jabs)),
    )

    # dementia cafe volunteer
    fam = "dementia_cafe_volunteer"
    guests, carers, per_head, sessions = 28, 9, "1.35", 13
    calc(
        fam,
        f"Our memory caf\u00e9 usually has {guests} guests and {carers} carers at each "
        f"session, and tea and cake costs us \u00a3{per_head} a head. What do {sessions} "
        f"sessions cost?",
        money((guests + carers) * dec(per_head) * sessions),
    )

    # monastery guestmaster
    fam = "monastery_guestmaster"
    donation, group, nights, students = 42, 14, 5, 3
    calc(
        fam,
        f"Guesthouse ledger: the suggested offering is \u20ac{donation} per person per night, "
        f"meals included. A retreat group of {group} is staying {nights} nights, and "
        f"{NUMBER_WORDS[students]} of them are students who are asked for half. What is the "
        f"group's suggested total?",
        (group - students) * donation * nights + students * F(donation, 2) * nights,
    )

    # ghost sign photographer
    fam = "ghost_sign_photographer"
    copies, unit_cost, setup, sale = 250, "2.18", 45, 6
    calc(
        fam,
        f"My zine of faded painted wall adverts: {copies} copies printed at \u00a3{unit_cost} "
        f"each plus a \u00a3{setup} set-up charge, and I sell them at \u00a3{sale}. How many "
        f"copies do I have to sell before I've covered the print bill?",
        whole_up((copies * dec(unit_cost) + setup) / sale),
    )

    # Tour de France roadside fan (two)
    fam = "tour_de_france_roadside_fan"
    pitch, nights, tax, campers = 38, 4, 12, 3
    calc(
        fam,
        f"Campervan pitch below the Alpe d'Huez hairpins: \u20ac{pitch} a night for "
        f"{NUMBER_WORDS[nights]} nights, plus a \u20ac{tax} tourist levy for each of the "
        f"{NUMBER_WORDS[campers]} of us for the stay. What's the bill?",
        pitch * nights + tax * campers,
    )
    lead_min, lead_s, closing = 3, 44, 14
    calc(
        fam,
        f"The breakaway's lead is {lead_min} min {lead_s} s and the peloton is pulling back "
        f"{closing} seconds every kilometre. At that steady rate, how many km until they're "
        f"caught?",
        F(lead_min * 60 + lead_s, closing),
    )

    # New Year sea plunge fundraiser
    fam = "new_year_sea_plunge_fundraiser"
    tens, twenty_fives, big_pledge, aid_rate, eligible = 37, 18, 150, 25, 70
    base = tens * 10 + twenty_fives * 25 + big_pledge
    assert base == 970
    calc(
        fam,
        f"Sponsorship for our New Year's Day sea dip: {tens} people pledged \u00a310, "
        f"{twenty_fives} pledged \u00a325 and one pledged \u00a3{big_pledge}. Gift Aid adds "
        f"{aid_rate}% on the {eligible}% of pledges that qualify. What's the total raised "
        f"including Gift Aid?",
        money(base + base * F(eligible, 100) * F(aid_rate, 100)),
    )

    # air fryer convert
    fam = "air_fryer_convert"
    oven_kwh, fryer_kwh, price_p, roasts = "2.1", "0.8", 25, 52
    calc(
        fam,
        f"The oven uses {oven_kwh} kWh for a Sunday roast and the air fryer {fryer_kwh} kWh. "
        f"At {price_p}p per kWh, how many pounds do I save over {roasts} roasts?",
        money((dec(oven_kwh) - dec(fryer_kwh)) * price_p * roasts / 100),
    )

    # cherry blossom picnic planner (two)
    fam = "cherry_blossom_picnic_planner"
    bento, people, drinks, tarp = "1,280", 10, "3,600", "2,150"
    calc(
        fam,
        f"Hanami picnic plan for Ueno Park: {people} bento boxes at \u00a5{bento} each, "
        f"\u00a5{drinks} of drinks and a \u00a5{tarp} blue tarp, shared equally by the "
        f"{NUMBER_WORDS[people]} of us. How many yen each?",
        (numeral(bento) * people + numeral(drinks) + numeral(tarp)) / people,
    )
    inclusive, tax = "19,800", 10
    calc(
        fam,
        f"The ryokan quotes \u00a5{inclusive} per person per night including {tax}% "
        f"consumption tax. What's the price before tax?",
        numeral(inclusive) / (1 + F(tax, 100)),
    )

    # Thames foreshore mudlark
    fam = "thames_foreshore_mudlark"
    stems, bowls, sherds, buttons = 146, 38, 10, 6
    calc(
        fam,
        f"Season's tally from the foreshore: {stems} clay pipe stems, {bowls} pipe bowls, "
        f"{sherds} pottery sherds and {buttons} buttons. What percentage of all finds were "
        f"pipe bowls?",
        F(bowls * 100, stems + bowls + sherds + buttons),
    )

    # pen pal letter writer (two)
    fam = "pen_pal_letter_writer"
    letters, stamp, card, parcels, parcel = 3, "3.40", "1.85", 2, "12.65"
    calc(
        fam,
        f"Post to my pen pal in Chile so far: {NUMBER_WORDS[letters]} letters at \u00a3{stamp} "
        f"each, each with a \u00a3{card} postcard tucked in, and {NUMBER_WORDS[parcels]} small "
        f"parcels at \u00a3{parcel}. Total spent on postage and cards?",
        money(letters * (dec(stamp) + dec(card)) + parcels * dec(parcel)),
    )
    hers, her_avg, mine, my_avg = 4, "1,150", 5, 860
    calc(
        fam,
        f"My pen pal has sent {NUMBER_WORDS[hers]} letters averaging {her_avg} words; I've "
        f"sent {NUMBER_WORDS[mine]} averaging {my_avg}. How many more words has she written "
        f"than me in total?",
        hers * numeral(her_avg) - mine * my_avg,
    )

    # kintsugi repair hobbyist
    fam = "kintsugi_repair_hobbyist"
    tube_g, tube_price, lacquer_g = 40, "24.00", "1.5"
    gold_price, gold_g, gold_each = 38, "0.5", "0.05"
    calc(
        fam,
        f"Kintsugi materials: a {tube_g} g tube of urushi costs \u00a3{tube_price} and one "
        f"repair takes {lacquer_g} g; gold powder is \u00a3{gold_price} per {gold_g} g and one "
        f"repair takes {gold_each} g. What do the materials for one repair cost?",
        money(
            dec(tube_price) * dec(lacquer_g) / tube_g + gold_price * dec(gold_each) / dec(gold_g)
        ),
    )

    # homebrew beer kit beginner
    fam = "homebrew_beer_kit_beginner"
    litres, kit_price, bottle_ml = 23, "27.60", 500
    calc(
        fam,
        f"First homebrew kit: it makes {litres} litres and cost \u00a3{kit_price}. If I fill "
        f"{bottle_ml} ml bottles, what does each bottle work out at?",
        money(dec(kit_price) / (F(litres * 1000, bottle_ml))),
    )

    # Seville orange marmalade maker
    fam = "seville_orange_marmalade_maker"
    fruit, jars, have = "1.2", 14, 3
    calc(
        fam,
        f"Last January {fruit} kg of Seville oranges gave me {jars} jars of marmalade. "
        f"I've bought {have} kg. How many jars should that make at the same rate?",
        have * jars / dec(fruit),
    )

    # Diwali sweets maker
    fam = "diwali_sweets_maker"
    per_box, box_price, each, box_cost, boxes = 12, "9.60", 38, 45, 40
    calc(
        fam,
        f"Diwali orders: a box of {per_box} barfi sells for \u00a3{box_price}. Each barfi costs "
        f"me {each}p to make and each box {box_cost}p. What's my profit on {boxes} boxes?",
        money(boxes * (dec(box_price) - F(per_box * each + box_cost, 100))),
    )

    # school time capsule project
    fam = "school_time_capsule_project"
    raised, tube, engraving, classes = "412.79", "189.99", "64.50", 5
    calc(
        fam,
        f"Time capsule fund: we raised \u00a3{raised}. The stainless steel tube cost "
        f"\u00a3{tube} and the engraved plaque \u00a3{engraving}; the remainder is shared "
        f"equally between {NUMBER_WORDS[classes]} classes for what goes inside. How much "
        f"does each class get?",
        money((dec(raised) - dec(tube) - dec(engraving)) / classes),
    )

    # hay fever pollen diary
    fam = "hay_fever_pollen_diary"
    pack, pack_price, tablets = 30, "4.29", 123
    calc(
        fam,
        f"Antihistamines come in packs of {pack} for \u00a3{pack_price}. I need one tablet a "
        f"day for {tablets} days of pollen season and only buy whole packs. What will they "
        f"cost me?",
        money(whole_up(F(tablets, pack)) * dec(pack_price)),
    )

    # handbell ensemble member
    fam = "handbell_ensemble_member"
    takes = ("148.20", "96.35", "210.00", "77.45", "132.80")
    calc(
        fam,
        f"Retiring collections from our handbell concerts at {NUMBER_WORDS[len(takes)]} "
        f"churches: "
        f"{', '.join(gbp_plain(t) for t in takes)}. What was the average collection?",
        money(sum(dec(t) for t in takes) / len(takes)),
    )

    # gingerbread house contest entrant
    fam = "gingerbread_house_contest_entrant"
    walls, wall_g, roofs, roof_g, chimney, batch, batches = 4, 180, 2, 265, 60, 750, 2
    calc(
        fam,
        f"Gingerbread house plan: {NUMBER_WORDS[walls]} wall panels at {wall_g} g of dough "
        f"each, {NUMBER_WORDS[roofs]} roof panels at {roof_g} g and a {chimney} g chimney. "
        f"One batch of dough is {batch} g and I'm making {NUMBER_WORDS[batches]} batches. "
        f"How many grams will be left over?",
        batches * batch - (walls * wall_g + roofs * roof_g + chimney),
    )

    # whale watching trip planner
    fam = "whale_watching_trip_planner"
    adult_fare, grown_ups, kids = "11,990", 2, 3
    calc(
        fam,
        f"Whale-watching boat from H\u00fasav\u00edk: ISK {adult_fare} per adult, children "
        f"half price. For {NUMBER_WORDS[grown_ups]} adults and {NUMBER_WORDS[kids]} children, "
        f"what's the total in kr\u00f3nur?",
        numeral(adult_fare) * (grown_ups + F(kids, 2)),
    )

    # lost dog search party
    fam = "lost_dog_search_party"
    flyers, flyer_p, posters, poster_price, routes = 600, 7, 24, "1.25", 8
    calc(
        fam,
        f"For the search for Bramble we printed {flyers} flyers at {flyer_p}p each and "
        f"{posters} A3 posters at \u00a3{poster_price}. Split over the {routes} leafleting "
        f"routes, what's the printing cost per route?",
        money((flyers * F(flyer_p, 100) + posters * dec(poster_price)) / routes),
    )

    # chado tea ceremony student
    fam = "chado_tea_ceremony_student"
    lesson, per_month, enrolment = "4,500", 3, "12,000"
    calc(
        fam,
        f"Tea ceremony school fees: \u00a5{lesson} per lesson, {NUMBER_WORDS[per_month]} "
        f"lessons in every month of the year, plus an annual enrolment fee of "
        f"\u00a5{enrolment}. What's the year's total?",
        numeral(lesson) * per_month * 12 + numeral(enrolment),
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


CM = F(1, 100)  # m
MM = F(1, 1000)  # m
KM = F(1000)  # m
HECTARE = F(10**4)  # m^2
GRAM = F(1, 1000)  # kg
NMI = F(1852)  # m, the international nautical mile
KNOT = NMI / 3600  # m/s
LITRE = F(1, 1000)  # m^3
MILLILITRE = LITRE / 1000  # m^3
KWH = F(3600 * 1000)  # J
MJ = F(10**6)  # J
KPA = F(1000)  # Pa

assert IN == 254 * MM / 10 and KNOT * 3600 / KM == dec("1.852") and KWH / MJ == dec("3.6")


def unit_auto(family, query, value):
    """Graded exactly when the result needs at most three decimals, else at 0.1%."""
    value = F(value)
    if terminates(value) and decimals(value) <= 3:
        unit(family, query, value, EXACT)
    else:
        unit_r(family, query, value)


def _units_plain():
    kg = 73
    unit_auto(P, f"{kg} kg \u2192 lb?", kg / LB)
    feet, inches = 6, 1
    unit_auto(P, f"What's {feet} ft {inches} in in centimetres?", (feet * FT + inches * IN) / CM)
    fever = "38.5"
    unit_auto(P, f"{fever} \u00b0C in Fahrenheit, please.", c_to_f(dec(fever)))
    trip = 460
    unit_auto(P, f"Change {trip} miles into kilometres.", trip * MI / KM)
    plot = "2.75"
    unit_auto(P, f"What's {plot} hectares in acres?", dec(plot) * HECTARE / ACRE)
    floor = "1,350"
    unit_auto(P, f"Express {floor} sq ft in square metres.", numeral(floor) * SQFT)
    speed = 52
    unit_auto(P, f"{speed} km/h is how many knots?", speed * KMH / KNOT)
    ounces = 14
    unit_auto(P, f"convert {ounces} oz to grams", ounces * OZ / GRAM)
    gauge = 245
    unit_auto(P, f"A tyre gauge reads {gauge} kPa \u2014 what's that in psi?", gauge * KPA / PSI)
    jug = "3.6"
    unit_auto(P, f"How many millilitres are there in {jug} litres?", dec(jug) * LITRE / MILLILITRE)
    energy = "12.5"
    unit_auto(P, f"Convert {energy} kWh to megajoules.", dec(energy) * KWH / MJ)
    warm = 95
    unit_auto(P, f"What is {warm} \u00b0F in Celsius?", f_to_c(warm))
    disk = "2.25"
    unit_auto(P, f"{disk} GiB = how many MiB?", dec(disk) * GIB / MIB)
    run = "3.5"
    unit_auto(P, f"How many yards are in {run} km?", dec(run) * KM / YD)


_units_plain()


def _units_registers():
    fam = "executor_of_a_godfathers_will"
    plot = "0.42"
    unit_auto(
        fam,
        f"The deeds for my godfather's cottage give the plot as {plot} acres. The estate agent "
        f"handling the sale wants it in square metres \u2014 what is it?",
        dec(plot) * ACRE,
    )
    cellar = 54
    unit_auto(
        fam,
        f"Clearing his house I found a wine cellar thermometer stuck at {cellar} \u00b0F. "
        f"What is that in Celsius?",
        f_to_c(cellar),
    )

    fam = "eurovision_watch_party_host"
    screen = 100
    unit_auto(
        fam,
        f"Borrowed a {screen}-inch projector screen for the Eurovision party. How many "
        f"centimetres is that across the diagonal?",
        screen * IN / CM,
    )
    road = "1,180"
    unit_auto(
        fam,
        f"Next spring's host city is {road} km from our flat by road. In miles, how far is that?",
        numeral(road) * KM / MI,
    )

    fam = "backyard_rain_gauge_recorder"
    old_gauge = "1.85"
    unit_auto(
        fam,
        f"Grandad's old brass gauge is marked in inches and showed {old_gauge} in after the "
        f"storm. Convert that to millimetres for my spreadsheet.",
        dec(old_gauge) * IN / MM,
    )

    fam = "boomerang_throwing_club"
    throw = 58
    unit_auto(
        fam,
        f"Measured my best boomerang throw at {throw} metres out before it turned. How many "
        f"feet is that?",
        throw / FT,
    )

    fam = "medical_student_on_an_overseas_elective"
    pounds, ounces = 7, 6
    unit_auto(
        fam,
        f"A mum on the postnatal ward gave her baby's birth weight as {pounds} lb {ounces} oz. "
        f"What do I chart in grams?",
        (pounds * LB + ounces * OZ) / GRAM,
    )
    temp = "39.4"
    unit_auto(
        fam,
        f"Handover note: patient in bed 4 spiked to {temp} \u00b0C overnight. The visiting "
        f"consultant thinks in Fahrenheit \u2014 what's that?",
        c_to_f(dec(temp)),
    )

    fam = "dementia_cafe_volunteer"
    thermostat = 68
    unit_auto(
        fam,
        f"The church hall thermostat only shows Fahrenheit and it's set to {thermostat}. "
        f"What is that in \u00b0C?",
        f_to_c(thermostat),
    )

    fam = "monastery_guestmaster"
    walk = "3.4"
    unit_auto(
        fam,
        f"Directions for guests: the footpath from the station to the abbey gate is "
        f"{walk} miles. Give it in kilometres for the European visitors.",
        dec(walk) * MI / KM,
    )

    fam = "ghost_sign_photographer"
    wide, tall = 24, 9
    unit_auto(
        fam,
        f"The faded 'Bovril' advert on the gable end is roughly {wide} ft wide and {tall} ft "
        f"tall. About how many square metres of wall is that?",
        wide * tall * SQFT,
    )

    fam = "tour_de_france_roadside_fan"
    summit = "2,642"
    unit_auto(
        fam,
        f"We're camping at the top of the Galibier, {summit} m up. My dad wants it in feet.",
        numeral(summit) / FT,
    )
    sprint = 72
    unit_auto(
        fam,
        f"The TV graphic said the sprinters hit {sprint} km/h at the line. What's that in mph?",
        sprint * KMH / MPH,
    )

    fam = "new_year_sea_plunge_fundraiser"
    sea = "8.5"
    unit_auto(
        fam,
        f"Lifeguard's board on the beach: sea temperature {sea} \u00b0C. What is that in "
        f"Fahrenheit for our American volunteer?",
        c_to_f(dec(sea)),
    )

    fam = "air_fryer_convert"
    oven = 425
    unit_auto(
        fam,
        f"Old American recipe says roast at {oven} \u00b0F. My air fryer dial is in Celsius "
        f"\u2014 what setting is that?",
        f_to_c(oven),
    )

    fam = "cherry_blossom_picnic_planner"
    sheet_w, sheet_l = 180, 240
    unit_auto(
        fam,
        f"Our picnic sheet is {sheet_w} cm by {sheet_l} cm. How many square feet is that?",
        sheet_w * CM * sheet_l * CM / SQFT,
    )
    garden = "58.3"
    unit_auto(
        fam,
        f"Shinjuku Gyoen covers {garden} hectares according to the leaflet. How many acres is "
        f"that?",
        dec(garden) * HECTARE / ACRE,
    )

    fam = "thames_foreshore_mudlark"
    fall = "6.7"
    unit_auto(
        fam,
        f"The tide table says the river drops {fall} m between high and low water at the "
        f"bridge. What's that in feet?",
        dec(fall) / FT,
    )

    fam = "pen_pal_letter_writer"
    letter = "1.4"
    unit_auto(
        fam,
        f"My kitchen scale says the letter is {letter} oz. How many grams is that?",
        dec(letter) * OZ / GRAM,
    )
    santiago = 31
    unit_auto(
        fam,
        f"My pen pal wrote that it was {santiago} \u00b0C in Santiago on her birthday. My "
        f"grandmother asked what that is in Fahrenheit.",
        c_to_f(santiago),
    )

    fam = "kintsugi_repair_hobbyist"
    bowl = "5.5"
    unit_auto(
        fam,
        f"The broken rice bowl measures {bowl} inches across the rim. In centimetres?",
        dec(bowl) * IN / CM,
    )

    fam = "homebrew_beer_kit_beginner"
    mash = 152
    unit_auto(
        fam,
        f"The forum guide says to mash at {mash} \u00b0F. What's that on my Celsius thermometer?",
        f_to_c(mash),
    )

    fam = "seville_orange_marmalade_maker"
    oranges = 3
    unit_auto(
        fam,
        f"Mum's handwritten marmalade recipe starts with {oranges} lb of Seville oranges. "
        f"How many kilograms should I buy?",
        oranges * LB,
    )

    fam = "diwali_sweets_maker"
    syrup = 230
    unit_auto(
        fam,
        f"The jalebi syrup has to reach {syrup} \u00b0F on the sugar thermometer. What is that "
        f"in Celsius?",
        f_to_c(syrup),
    )

    fam = "school_time_capsule_project"
    depth = "1.5"
    unit_auto(
        fam,
        f"The caretaker will bury the capsule {depth} m down under the new bench. The plaque "
        f"wording wants the depth in feet \u2014 how many?",
        dec(depth) / FT,
    )

    fam = "hay_fever_pollen_diary"
    gusts = 18
    unit_auto(
        fam,
        f"Pollen diary note: gusts of {gusts} mph were blowing the grass pollen about. What's "
        f"that in metres per second?",
        gusts * MPH,
    )

    fam = "handbell_ensemble_member"
    bell = "4.6"
    unit_auto(
        fam,
        f"Our biggest bass handbell weighs {bell} kg. How many pounds is that?",
        dec(bell) / LB,
    )

    fam = "gingerbread_house_contest_entrant"
    bake = 180
    unit_auto(
        fam,
        f"Contest rules are from an American bakery and my recipe says bake at {bake} \u00b0C. "
        f"What should I write in \u00b0F?",
        c_to_f(bake),
    )

    fam = "whale_watching_trip_planner"
    cruise_kn = 14
    unit_auto(
        fam,
        f"The oak boat cruises out to the feeding grounds at {cruise_kn} knots. How many km/h "
        f"is that?",
        cruise_kn * KNOT / KMH,
    )

    fam = "lost_dog_search_party"
    radius = "2.5"
    unit_auto(
        fam,
        f"The dog warden says lost terriers are usually found inside {radius} miles of home. "
        f"What radius is that in kilometres?",
        dec(radius) * MI / KM,
    )

    fam = "chado_tea_ceremony_student"
    mats, mat_l, mat_w = "4.5", "1.82", "0.91"
    unit_auto(
        fam,
        f"The tea room is {mats} tatami mats, each {mat_l} m by {mat_w} m. What is its floor "
        f"area in square feet?",
        dec(mats) * dec(mat_l) * dec(mat_w) / SQFT,
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

_ZONEINFO = importlib.import_module("zoneinfo")  # the IANA rules, for every stated offset


def zoned(local, zone):
    """A local wall-clock time in an IANA zone, as an aware datetime."""
    return local.replace(tzinfo=_ZONEINFO.ZoneInfo(zone))


def say_offset(aware):
    """The offset in force at an aware time, written like +05:45 or -03:00."""
    mins = int(aware.utcoffset().total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    hours, rest = divmod(abs(mins), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


assert say_offset(zoned(DT(2027, 7, 1, 12), "Asia/Kathmandu")) == "+05:45"
assert say_offset(zoned(DT(2027, 1, 1, 12), "America/Santiago")) == "-03:00"


def count_days(start, end, wanted):
    """How many dates from start to end, both included, fall on the wanted weekdays."""
    return sum(1 for k in range(days(start, end) + 1) if (start + TD(days=k)).weekday() in wanted)


assert count_days(D(2030, 3, 4), D(2030, 3, 10), {SAT, SUN}) == 2


def _dates_plain():
    odd = D(2031, 8, 17)
    date_item(P, f"What weekday is {say(odd)}?", weekday(odd))
    a, b = D(2028, 3, 3), D(2028, 7, 19)
    date_item(P, f"How many days are there from {say(a)} to {say(b)}?", days(a, b))
    start, gap = D(2027, 10, 14), 90
    date_item(P, f"What date is {gap} days after {say(start)}?", start + TD(days=gap))
    born, on = D(1991, 6, 22), D(2028, 5, 5)
    date_item(
        P, f"Someone born on {say(born)} \u2014 how old are they on {say(on)}?", age(born, on)
    )
    end, back = D(2029, 2, 1), 6
    date_item(P, f"What's the date {back} weeks before {say(end)}?", end - TD(weeks=back))
    t0, t1 = "07:45", "16:10"
    date_item(P, f"minutes between {t0} and {t1}?", clock_span(t0, t1, 60))
    date_item(
        P,
        "On what date does the fourth Tuesday of February 2029 fall?",
        nth_weekday(2029, 2, TUE, 4),
    )
    date_item(P, "When is the last Friday of September 2027?", nth_weekday(2027, 9, FRI, -1))
    march = (D(2029, 3, 1), D(2029, 3, 31))
    date_item(P, "How many Saturdays are there in March 2029?", count_days(*march, {SAT}))
    shift_day, shift_len = D(2027, 7, 8), 36
    shift_end = DT.combine(shift_day, dt.time(21, 0)) + TD(hours=shift_len)
    date_item(
        P,
        f"A {shift_len}-hour shift begins at 21:00 on {sayw(shift_day)}. On what day of the "
        f"week does it finish?",
        weekday(shift_end.date()),
    )
    w0, w1 = D(2028, 1, 4), D(2028, 5, 23)
    date_item(P, f"How many weeks are there between {say(w0)} and {say(w1)}?", weeks(w0, w1))
    base, later = D(2027, 3, 1), 250
    date_item(P, f"Which date falls {later} days after {say(base)}?", base + TD(days=later))
    ordinal = D(2028, 8, 15)
    date_item(P, f"What day number of the year is {say(ordinal)}?", ordinal.timetuple().tm_yday)
    d0, d1 = D(2028, 10, 2), D(2028, 10, 27)
    date_item(
        P,
        f"How many weekdays (Monday to Friday) are there from {d0.day} to {say(d1)}, inclusive?",
        count_days(d0, d1, {MON, TUE, WED, THU, FRI}),
    )


_dates_plain()


def _dates_registers():
    fam = "executor_of_a_godfathers_will"
    died, after = D(2027, 2, 3), 6
    ordinal_word = {6: "sixth"}[after]
    due_month = died.month + after
    assert due_month <= 12
    due = D(died.year, due_month, calendar.monthrange(died.year, due_month)[1])
    date_item(
        fam,
        f"My godfather died on {say(died)}. The inheritance tax has to be paid by the end of "
        f"the {ordinal_word} month after the month of his death. What's the deadline?",
        due,
    )
    notice, window = D(2027, 4, 15), 60
    date_item(
        fam,
        f"As executor I placed the notice to creditors on {sayw(notice)}; claims close "
        f"{window} days after that date. On what date do they close?",
        notice + TD(days=window),
    )

    fam = "eurovision_watch_party_host"
    final = DT(2027, 5, 15, 21, 0)
    assert weekday(final.date()) == "Saturday"
    here = zoned(final, "Europe/Zurich")
    there = here.astimezone(_ZONEINFO.ZoneInfo("Australia/Sydney"))
    assert say_offset(here) == "+02:00" and say_offset(there) == "+10:00"
    date_item(
        fam,
        f"Our party is for the Eurovision final on {sayw(final.date())}, which starts at "
        f"21:00 Central European time ({say_offset(here)}). My cousin in Sydney "
        f"({say_offset(there)}) wants to watch it live. What date will it be for her when it "
        f"starts?",
        there.date(),
    )
    invites = D(2027, 4, 7)
    date_item(
        fam,
        f"Sending the invites out on {say(invites)} \u2014 how many days is that before the "
        f"final on {say(final.date())}?",
        days(invites, final.date()),
    )

    fam = "backyard_rain_gauge_recorder"
    first, last = D(2026, 9, 1), D(2027, 2, 28)
    date_item(
        fam,
        f"I've read the rain gauge every morning since {say(first)}. How many readings will "
        f"I have by {say(last)}, counting both of those days?",
        days(first, last) + 1,
    )

    fam = "boomerang_throwing_club"
    date_item(
        fam,
        "Club throwing days are the second Sunday of each month. Which date is it in June 2027?",
        nth_weekday(2027, 6, SUN, 2),
    )

    fam = "medical_student_on_an_overseas_elective"
    start, span = D(2027, 7, 5), 6
    assert start.weekday() == MON
    date_item(
        fam,
        f"My elective begins on {sayw(start)} and runs for {NUMBER_WORDS[span]} weeks; my last "
        f"day on the ward is the Friday of week {span}. What date is that?",
        start + TD(weeks=span - 1, days=FRI - MON),
    )
    dep = zoned(DT(2027, 7, 29, 13, 40), "Asia/Kathmandu")
    arr = zoned(DT(2027, 7, 30, 6, 25), "Europe/London")
    assert days(dep.date(), arr.date()) == 1
    assert say_offset(dep) == "+05:45" and say_offset(arr) == "+01:00"
    date_item(
        fam,
        f"Flying home: I leave Kathmandu at 13:40 local time ({say_offset(dep)}) on "
        f"{say(dep.date())} and land at Heathrow at 06:25 local ({say_offset(arr)}) the next "
        f"morning. How many hours does the whole journey take, connection included?",
        F(int((arr - dep).total_seconds()), 3600),
    )

    fam = "dementia_cafe_volunteer"
    first_session, nth = D(2027, 5, 6), 10
    assert first_session.weekday() == THU
    date_item(
        fam,
        f"The memory caf\u00e9 meets every other Thursday, starting {sayw(first_session)}. "
        f"On what date is session number {nth}?",
        first_session + TD(weeks=2 * (nth - 1)),
    )

    fam = "monastery_guestmaster"
    arrive, nights = D(2027, 6, 18), 9
    date_item(
        fam,
        f"A retreatant arrives on {sayw(arrive)} and has booked {NUMBER_WORDS[nights]} nights. "
        f"Which day of the week will she leave?",
        weekday(arrive + TD(days=nights)),
    )

    fam = "ghost_sign_photographer"
    painted, visit = D(1911, 4, 4), D(2027, 6, 20)
    date_item(
        fam,
        f"The signwriter's invoice for the soap advert I photographed is dated {say(painted)}. "
        f"How many complete years old is the sign on {say(visit)}?",
        age(painted, visit),
    )

    fam = "tour_de_france_roadside_fan"
    depart, race_day = D(2027, 7, 3), 23
    date_item(
        fam,
        f"Planning the trip: if the Grand D\u00e9part is on {sayw(depart)} and the race ends "
        f"on its day {race_day}, counting the start as day 1, on what date is the final "
        f"stage?",
        depart + TD(days=race_day - 1),
    )
    off, line = "13:05", "17:41"
    date_item(
        fam,
        f"Stage log: flag dropped at {off}, the winner crossed the line at {line}. How many "
        f"minutes of racing was that?",
        clock_span(off, line, 60),
    )

    fam = "new_year_sea_plunge_fundraiser"
    dip = D(2028, 1, 1)
    date_item(
        fam,
        f"The charity sea dip is on {say(dip)}. What day of the week is that, so I can book "
        f"the lifeguards?",
        weekday(dip),
    )

    fam = "air_fryer_convert"
    bought, cover = D(2027, 11, 26), 730
    date_item(
        fam,
        f"The air fryer's guarantee runs for {cover} days from purchase, and the receipt says "
        f"{say(bought)}. What's the date {cover} days after that?",
        bought + TD(days=cover),
    )

    fam = "cherry_blossom_picnic_planner"
    full, lag = D(2028, 4, 2), 8
    date_item(
        fam,
        f"The forecast puts full bloom in Tokyo on {say(full)}, {NUMBER_WORDS[lag]} days after "
        f"the first flowers open. When are the first flowers expected?",
        full - TD(days=lag),
    )
    leave = zoned(DT(2028, 3, 28, 19, 15), "Europe/London")
    land = zoned(DT(2028, 3, 29, 17, 50), "Asia/Tokyo")
    assert say_offset(leave) == "+01:00" and say_offset(land) == "+09:00"
    date_item(
        fam,
        f"Our flight leaves Heathrow at 19:15 ({say_offset(leave)}) on {say(leave.date())} "
        f"and lands at Haneda at 17:50 ({say_offset(land)}) on {say(land.date())}. How many "
        f"minutes are we in the air?",
        F(int((land - leave).total_seconds()), 60),
    )

    fam = "thames_foreshore_mudlark"
    permit_end, check = D(2030, 5, 8), D(2027, 7, 1)
    date_item(
        fam,
        f"My foreshore permit is valid until {say(permit_end)}. Counting from {say(check)}, "
        f"how many days has it got left?",
        days(check, permit_end),
    )

    fam = "pen_pal_letter_writer"
    posted, transit = D(2027, 11, 2), 11
    date_item(
        fam,
        f"I posted my letter to Valpara\u00edso on {sayw(posted)} and it took {transit} days "
        f"to arrive. What date did it get there?",
        posted + TD(days=transit),
    )
    call = zoned(DT(2027, 12, 10, 20, 30), "Europe/London")
    kiwi = call.astimezone(_ZONEINFO.ZoneInfo("Pacific/Auckland"))
    assert say_offset(call) == "+00:00" and say_offset(kiwi) == "+13:00"
    date_item(
        fam,
        f"I'm ringing my other pen pal at 20:30 London time ({say_offset(call)}) on "
        f"{sayw(call.date())}. She's in Auckland ({say_offset(kiwi)}). What day of the week "
        f"will it be for her?",
        weekday(kiwi.date()),
    )

    fam = "kintsugi_repair_hobbyist"
    first_coat, cure, coats = D(2027, 9, 6), 14, 3
    date_item(
        fam,
        f"Each coat of lacquer cures for {cure} days, and the next coat goes on the day the "
        f"previous cure ends. With {NUMBER_WORDS[coats]} coats and the first applied on "
        f"{say(first_coat)}, on what date does the last cure finish?",
        first_coat + TD(days=cure * coats),
    )

    fam = "homebrew_beer_kit_beginner"
    brewed, ferment, condition = D(2027, 10, 23), 10, 14
    date_item(
        fam,
        f"Brew day was {sayw(brewed)}. The kit says {ferment} days in the fermenter, then "
        f"{condition} days conditioning in the bottle. On what date is it ready to drink?",
        brewed + TD(days=ferment + condition),
    )

    fam = "seville_orange_marmalade_maker"
    date_item(
        fam,
        "The greengrocer gets Seville oranges in on the second Monday of January. What date "
        "is that in 2028?",
        nth_weekday(2028, 1, MON, 2),
    )

    fam = "diwali_sweets_maker"
    party, making = D(2027, 10, 30), 5
    date_item(
        fam,
        f"Our Diwali get-together is on {sayw(party)}. I need {NUMBER_WORDS[making]} full days "
        f"to make the sweets, finishing the day before the party. On what date must I start?",
        party - TD(days=making),
    )

    fam = "school_time_capsule_project"
    sealed, opened = D(2027, 7, 14), D(2052, 7, 14)
    date_item(
        fam,
        f"The Year 6 time capsule is sealed on {say(sealed)} and is to be dug up on "
        f"{say(opened)}. How many days will it spend underground?",
        days(sealed, opened),
    )

    fam = "hay_fever_pollen_diary"
    season0, season1 = D(2028, 5, 15), D(2028, 7, 31)
    date_item(
        fam,
        f"I'm keeping the pollen diary from {say(season0)} to {say(season1)}, both days "
        f"included. How many entries is that?",
        days(season0, season1) + 1,
    )

    fam = "handbell_ensemble_member"
    term0, term1 = D(2027, 9, 7), D(2027, 12, 14)
    assert term0.weekday() == TUE and term1.weekday() == TUE
    date_item(
        fam,
        f"We practise every Tuesday from {sayw(term0)} to {sayw(term1)}, first and last "
        f"included. How many practices is that?",
        count_days(term0, term1, {TUE}),
    )

    fam = "gingerbread_house_contest_entrant"
    judging, ahead = D(2027, 12, 11), 10
    date_item(
        fam,
        f"Judging is on {sayw(judging)} and entries must be handed in {ahead} days before. "
        f"What's the last date I can drop mine off?",
        judging - TD(days=ahead),
    )

    fam = "whale_watching_trip_planner"
    sail, back = "09:45", "12:50"
    date_item(
        fam,
        f"The morning boat sails at {sail} and is back in harbour at {back}. How many minutes "
        f"at sea is that?",
        clock_span(sail, back, 60),
    )

    fam = "lost_dog_search_party"
    lost = DT(2027, 8, 27, 16, 30)
    found = DT(2027, 8, 30, 10, 15)
    date_item(
        fam,
        f"Bramble slipped her lead at 16:30 on {say(lost.date())} and was found at 10:15 on "
        f"{say(found.date())}. How many hours was she missing?",
        F(int((found - lost).total_seconds()), 3600),
    )

    fam = "chado_tea_ceremony_student"
    date_item(
        fam,
        "My tea ceremony lessons are on the first and third Saturdays. What is the date of "
        "the third Saturday of January 2028?",
        nth_weekday(2028, 1, SAT, 3),
    )


_dates_registers()


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "ponder-byzantium-and-khmer-history": (
        (
            "Why did the eastern half of the Roman Empire outlive the western half by nearly a "
            "thousand years?"
        ),
        "What was Greek fire, how did it save Constantinople, and why was the recipe lost?",
        "How did the Khmer kings manage water around Angkor with their barays and canals?",
        "Was Justinian's long war to win back Italy worth what it cost Byzantium?",
        "Why does Angkor Wat face west when most Khmer temples face east?",
        "What was the Byzantine quarrel over icons actually about, beyond smashing statues?",
        "How did crusaders who set out for Egypt end up sacking Constantinople instead?",
        "Why do historians still argue over whether drought or politics emptied Angkor?",
        "Was Empress Theodora really the power behind Justinian, or is that a later legend?",
        "What do the smiling stone faces of the Bayon suggest about Jayavarman VII?",
    ),
    "ponder-geysers-and-coral-reefs": (
        "What makes a geyser erupt in bursts when most hot springs just sit there steaming?",
        "Why are geyser fields so rare, with only a handful of big ones on Earth?",
        "How do coral polyps and the algae living inside them help each other?",
        "When corals bleach in a marine heatwave, are they dead, and can a reef come back?",
        "Explain the difference between a fringing reef, a barrier reef and an atoll.",
        "Could Old Faithful ever stop erupting, and what sort of event would do it?",
        "Why do some Icelandic hot pools look such a milky bright blue?",
        "How did Darwin think atolls formed, and did later drilling prove him right?",
        "What lives on the deep cold-water coral reefs off the coast of Norway?",
        "Why does Strokkur go off every few minutes while the Great Geysir is mostly quiet?",
    ),
    "ponder-fortran-and-haskell": (
        "Why do weather and climate models still run on Fortran in this day and age?",
        (
            "Explain monads to someone who writes Python all day and has never touched category "
            "theory."
        ),
        "Is learning Haskell worth it for a web developer who will never use it at work?",
        "What changed between old fixed-form Fortran and modern free-form Fortran?",
        "Why is Haskell lazy by default, and what kinds of bugs does laziness cause?",
        "Our lab wants to rewrite a Fortran fluid solver in Rust. What could go wrong?",
        "How is a Haskell type class different from a Java interface?",
        "Why does Fortran store arrays column by column, and when does that hurt speed?",
        "Suggest a small first project for learning Haskell that isn't a calculator.",
        "People say refactoring in Haskell is less scary. Is that true, and why?",
    ),
    "ponder-opera-and-grunge": (
        (
            "Would Tosca or La Traviata make the better first opera for a friend who likes "
            "thrillers?"
        ),
        "Why did grunge burn out so fast after its big moment in the early nineties?",
        "What makes Wagner's Ring cycle inspire both devotion and loathing?",
        "Did Nirvana's Nevermind really kill off hair metal, or was it already dying?",
        "Recommend three operas for someone who mostly listens to film soundtracks.",
        "Why don't opera singers use microphones, and how do they fill a big house?",
        "How did Seattle, of all places, become the home of grunge?",
        "Soundgarden or Alice in Chains: which was the more inventive band, and why?",
        "Are surtitles in opera houses a help or a distraction?",
        "Why do some critics call Puccini sentimental, and is that fair?",
    ),
    "ponder-otters-and-owls": (
        "Is it true that sea otters hold paws while asleep, or is that a cute video myth?",
        "How can an owl twist its head so far round without cutting off blood to its brain?",
        "How do sea otters learn to crack shellfish open with stones?",
        "Why is a barn owl's face shaped like a dish?",
        "What are the main differences between Eurasian otters and sea otters?",
        "What lets owls fly almost silently?",
        "Why did otters disappear from so many English rivers, and why are they returning?",
        "What can you learn by pulling apart an owl pellet?",
        "Is the tawny owl's twit-twoo really two birds calling to each other?",
        "How do otters stay warm in cold water without a layer of blubber?",
    ),
    "ponder-wedding-toasts-and-resignation-notes": (
        (
            "Write a short, warm toast for my sister's wedding. She met her husband at a "
            "bouldering wall."
        ),
        "Draft a polite resignation letter for a job I started only recently and don't like.",
        "Help me write a thank-you note to the neighbour who fed our cat all through August.",
        "Write a cheeky two-line toast for my oldest friend's fortieth birthday.",
        (
            "I want a resignation email that keeps things friendly with my manager. Can you "
            "draft one?"
        ),
        "Compose a short poem to read at my grandparents' diamond wedding anniversary.",
        "Rewrite this so it sounds less blunt: 'Your report was late again.'",
        "Give me an opening line for a best man's speech that isn't a clich\u00e9.",
        "Suggest a subject line for an email telling my team I'm leaving.",
        "Write a limerick about a cat who steals socks from the washing basket.",
    ),
    "ponder-flatmate-and-in-law-etiquette": (
        "My flatmate keeps eating my food from the fridge. How do I raise it without a row?",
        "Is it rude to turn down my mother-in-law's offer to stay with us over Christmas?",
        "How should I share chores fairly with a flatmate who works nights?",
        "My in-laws give our children sweets after we've said no. What should I say to them?",
        "Should I tell my flatmate her boyfriend is more or less living here rent-free?",
        "How do I say no when my father-in-law offers to 'help' with our DIY again?",
        "What's a tactful way to ask a flatmate to stop playing music after midnight?",
        "Is it acceptable to skip my brother-in-law's stag weekend?",
        "How do I respond when my in-laws keep comparing my cooking with theirs?",
        "My flatmate wants to get a dog. How do I say I'm not keen without being mean?",
    ),
    "ponder-trolley-and-white-lie-dilemmas": (
        "Is a white lie to spare someone's feelings ever the right thing to do?",
        "In the trolley problem, why does pushing someone feel worse than pulling a lever?",
        "Should you tell a friend you suspect their partner is cheating if you're not sure?",
        "Is it dishonest to pretend to love a present you actually dislike?",
        "If a driverless car must choose, should it protect its passengers or pedestrians?",
        "Is it wrong to eat meat if giving it up would cost you almost nothing?",
        "Should a doctor respect a patient's wish not to hear a bad diagnosis?",
        "Is breaking a promise made to someone who has since died still wrong?",
        "Would you report a colleague for padding a small expense claim?",
        "Is it fair to judge people in history by today's moral standards?",
    ),
    "ponder-semicolons-and-split-infinitives": (
        (
            "My editor took every semicolon out of my short story. When is a semicolon really "
            "better than a full stop?"
        ),
        "Is 'to boldly go' actually bad grammar, or was the split infinitive rule invented?",
        "Our shop sign says '10 items or less'. Should it be 'fewer', and does it matter?",
        "Do I need the Oxford comma in 'my parents, the Queen and the Pope'?",
        "Is it 'between you and me' or 'between you and I', and why do people mix them up?",
        "Where did the rule about never ending a sentence with a preposition come from?",
        "Explain 'affect' versus 'effect' with an example I'll remember.",
        "Should my dissertation treat 'data' as singular or plural?",
        "Is 'whom' dying out, and when do I still need it?",
        "Can I start a sentence with 'And' in a formal report?",
    ),
    "ponder-fermenting-and-smoking-food": (
        "Why does sauerkraut only need salt and cabbage, with no vinegar at all?",
        "What actually happens to salmon when it's cold-smoked?",
        "For a beginner with a garden smoker, is hot smoking or cold smoking safer?",
        "Why does my homemade kimchi taste fizzy after a week in the fridge?",
        "Which wood is best for smoking cheese, and why does it matter?",
        "There's a white film on top of my fermenting carrots. Is it mould or kahm yeast?",
        "How does smoke help to preserve meat and fish?",
        "Can I ferment vegetables in ordinary jam jars instead of a crock?",
        "Why is liquid smoke so controversial among barbecue cooks?",
        "Why does traditional miso take so long to ferment?",
    ),
}


def _ordinary_negatives():
    for family, queries in ORDINARY.items():
        assert len(queries) == 10, family
        for query in queries:
            neg(family, query)


_ordinary_negatives()

NEAR = {
    "near-numbered-titles": (
        "numbers are part of a title, not figures to compute",
        (
            "In a paragraph, what is Orwell's 1984 really warning about?",
            "Why is the ending of 2001: A Space Odyssey so hard to follow?",
            "Summarise Catch-22 without spoiling the ending.",
            "Why is Beethoven's Ninth called the Choral Symphony?",
            "Where does the 182 in the band name Blink-182 come from?",
            "Is Ocean's 11 from 2001 a remake, and how does it differ from the original?",
            "Is the temperature in the title Fahrenheit 451 actually where paper catches fire?",
            "What's the history behind the road known as Route 66?",
            "Why is the film 12 Angry Men still taught in law schools?",
        ),
    ),
    "near-codes-and-identifiers": (
        "a code or identifier that looks numeric but needs knowledge to interpret",
        (
            "What does HTTP status 418 mean, and is it ever used seriously?",
            "My combi boiler is showing fault code F28. What does that usually mean?",
            "What is E330 on an ingredients list?",
            "What do the markings 205/55 R16 91V on my tyre mean?",
            "What is the 978 at the start of most ISBNs for?",
            "Why do home routers so often use 192.168.1.1 as their address?",
            "What does the placard UN 1203 on a tanker lorry tell the fire brigade?",
            "My router log shows port 3389 being probed. What uses that port?",
            "What area does the postcode district SW1A cover?",
        ),
    ),
    "near-ballpark-nothing-given": (
        "an estimate with no figures supplied; the model must supply assumptions",
        (
            "Roughly how many tennis balls would it take to fill a school sports hall?",
            "About how many hairs does a typical person have on their head?",
            "Guess how many piano tuners make a living in Manchester.",
            "How many words is a typical debut novel, roughly?",
            "Roughly how much water does one person in the UK use in a day at home?",
            "Have a go at estimating how many trees there are in Scotland.",
            "About how many steps does a person take in an average lifetime?",
        ),
    ),
    "near-why-arithmetic": (
        "asks why a rule of arithmetic or geometry holds, not for a value",
        (
            "Why is anything to the power of zero equal to one? My son says it should be zero.",
            "Explain in plain words why dividing by zero is not allowed.",
            (
                "My nephew asks why minus three times minus four isn't minus twelve. How do I "
                "explain it?"
            ),
            "Why do the angles of a flat triangle always add to 180 degrees?",
            "Why does adding up a number's digits tell you whether it divides by 3?",
            "My teacher says 0.999 recurring equals 1. Why is that not just rounding?",
            "Where does the pi r squared formula for a circle's area come from?",
        ),
    ),
    "near-what-a-reading-means": (
        "a stated reading to interpret, not a conversion or sum",
        (
            "My home monitor gave 142 over 91 for blood pressure. Should I be worried?",
            "The pond test kit reads pH 8.6. What does that mean for my goldfish?",
            (
                "The oil pressure light on my car flickers when idling at 800 rpm. What might it "
                "mean?"
            ),
            "The forecast UV index is 8. How careful should I be with a toddler outside?",
            "My smartwatch says my resting heart rate is 48. Is that a problem?",
            ("The soil lab reported a phosphorus index of 4 for my vegetable plot. Is that good?"),
            (
                "Our house's energy certificate rates it D with 58 points. Is that bad for a "
                "Victorian terrace?"
            ),
        ),
    ),
    "near-worth-the-money": (
        "a value judgement about spending, not a calculation",
        (
            (
                "Is a \u00a312.99 a month streaming service worth keeping if I watch two films a "
                "month?"
            ),
            "Should I pay \u00a3240 for an extended warranty on a \u00a3900 washing machine?",
            "Is \u00a335 for priority boarding worth it on a two-hour flight with a toddler?",
            "Is a \u00a31,800 road bike overkill for a 6 km commute on flat roads?",
            "Is a \u00a360 chef's knife a sensible buy for someone just learning to cook?",
            "With a \u00a37,500 grant, is a heat pump worth it for a draughty mid-terrace?",
        ),
    ),
    "near-facts-not-given": (
        "the figure needed is a fact nobody stated, so a tool has nothing to work on",
        (
            "How high is the summit of Mont Blanc in feet, given that it keeps changing?",
            "How many days did the Apollo 11 mission last from launch to splashdown?",
            "At what temperature in Fahrenheit does extra virgin olive oil start to smoke?",
            "How many miles long is the River Shannon from source to sea?",
            "How many days passed between the fall of the Berlin Wall and German reunification?",
            "What's Singapore's population density per square mile?",
            "How many kilometres of the Channel Tunnel are under the sea?",
            "What was the pound worth in US dollars at the start of 1990?",
        ),
    ),
    "near-invented-notation": (
        "a made-up operator or notation that must be interpreted first",
        (
            (
                "In our maths club, a \u2295 b means a + b + ab. What is 2 \u2295 3, and is "
                "\u2295 associative?"
            ),
            (
                "My puzzle book writes 7\u21913 to mean the digit 7 written three times in a row. "
                "What is 7\u21913 + 1?"
            ),
            (
                "In my daughter's game, a \u25b3 b means the larger of a and b squared. What is "
                "4 \u25b3 9?"
            ),
            "Let \u2606n mean reverse the digits of n and add that to n. What is \u260647?",
            (
                "In my teacher's notes, a // b means the remainder, not the quotient. What is "
                "17 // 5 in her notation?"
            ),
            (
                "In our office quiz, 'x ~ y' means x minus y with the digits of y reversed first. "
                "What is 90 ~ 12?"
            ),
        ),
    ),
    "near-riddles-and-sequences": (
        "a riddle or pattern puzzle needing reasoning, not an exact tool",
        (
            "What comes next: 1, 11, 21, 1211, 111221?",
            "What letter comes next in O, T, T, F, F, S, S, E, and why?",
            (
                "'Brothers and sisters I have none, but that man's father is my father's son.' "
                "Who is in the portrait?"
            ),
            "Riddle for the car journey: what has a neck but no head and wears a cap?",
            "Which word becomes shorter when you add two letters to it?",
            "A clock strikes six in five seconds. Why doesn't it strike twelve in ten seconds?",
        ),
    ),
}


def _near_negatives():
    for family, (note, queries) in NEAR.items():
        for query in queries:
            neg(family, query, note)


_near_negatives()


def gbp(x):
    """Money written with a pound sign, commas and two decimals."""
    x = money(x)
    return f"\u00a3{Decimal(x.numerator) / Decimal(x.denominator):,.2f}"


def plain_number(x):
    """A terminating value written without trailing zeros."""
    x = F(x)
    assert terminates(x), x
    text = f"{Decimal(x.numerator) / Decimal(x.denominator):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


assert gbp(F(57)) == "\u00a357.00" and plain_number(dec("2.50")) == "2.5"


def _conversations():
    fam = "conv-write-after-sum"
    note = "the last turn asks for writing, the sum is already done"
    cottage, friends = 342, 6
    conv(
        fam,
        [
            (
                U,
                (
                    f"{NUMBER_WORDS[friends].capitalize()} of us rented a cottage for "
                    f"\u00a3{cottage}. What's each share?"
                ),
            ),
            (A, f"Split {friends} ways that's {gbp(F(cottage, friends))} each."),
            (U, "Perfect. Write a cheerful group message asking everyone to pay me by Friday."),
        ],
        note,
    )
    hours, wage = "7.5", "11.44"
    conv(
        fam,
        [
            (U, f"I worked {hours} hours of overtime at \u00a3{wage} an hour. How much is that?"),
            (A, f"{hours} \u00d7 \u00a3{wage} = {gbp(dec(hours) * dec(wage))}."),
            (U, "The payroll team missed it off my slip. Draft a short polite email to them."),
        ],
        note,
    )
    raised, walkers = 1460, 8
    conv(
        fam,
        [
            (U, f"Our {walkers} walkers raised \u00a3{raised:,} between them. Average each?"),
            (A, f"That's {gbp(F(raised, walkers))} per walker on average."),
            (U, "Lovely. Write a thank-you post for the charity's Facebook page."),
        ],
        note,
    )
    deposit, rent_pct = 1200, 15
    conv(
        fam,
        [
            (U, f"My landlord kept {rent_pct}% of my \u00a3{deposit:,} deposit. How much?"),
            (A, f"{rent_pct}% of \u00a3{deposit:,} is {gbp(deposit * F(rent_pct, 100))}."),
            (U, "He gave no reason. Help me write a firm but polite letter asking for it back."),
        ],
        note,
    )
    tickets, price = 14, "18.50"
    conv(
        fam,
        [
            (U, f"{tickets} theatre tickets at \u00a3{price} each, what's the total?"),
            (A, f"{tickets} \u00d7 \u00a3{price} = {gbp(tickets * dec(price))}."),
            (U, "Write a fun reminder for the book club that the theatre trip money is due."),
        ],
        note,
    )
    miles_run, weeks_run = 212, 16
    conv(
        fam,
        [
            (U, f"I ran {miles_run} miles in {weeks_run} weeks of training. Weekly average?"),
            (A, f"That's {plain_number(F(miles_run, weeks_run))} miles a week on average."),
            (U, "Turn that into a short, upbeat Instagram caption for my race photo."),
        ],
        note,
    )
    bill, tip = "86.00", 12
    conv(
        fam,
        [
            (U, f"Restaurant bill \u00a3{bill}, I want to add {tip}%. What's the total?"),
            (A, f"With a {tip}% tip it comes to {gbp(dec(bill) * (100 + tip) / 100)}."),
            (U, "The service was brilliant. Write a short review I can leave online."),
        ],
        note,
    )

    fam = "conv-advice-missing-figures"
    note = "advice is wanted while the figures it would need are still missing"
    conv(
        fam,
        [
            (U, "Thinking about putting my work bonus into the mortgage instead of savings."),
            (A, "That can make sense. What rate are you paying, and do you have savings?"),
            (U, "I'd rather not dig out the paperwork. Generally, is overpaying a good idea?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Should I fix my energy tariff?"),
            (A, "It depends on the fixed rate offered and how much energy you use."),
            (U, "I don't know either yet. What should I look out for when comparing deals?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "My employer is offering a salary sacrifice pension scheme."),
            (A, "Those can save tax and National Insurance. What's your salary band?"),
            (U, "Not sure what band I'm in. What are the usual downsides of these schemes?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "We've shortlisted two nurseries for the twins, one near work, one near home."),
            (A, "Happy to help compare them. Do you know their fees and opening hours?"),
            (U, "Not yet. What questions should we ask on the visits?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Is it better to lease or buy a car?"),
            (A, "That depends on the price, the lease terms and how many miles you drive."),
            (U, "I haven't got quotes. Talk me through the pros and cons in general."),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I might go freelance as a graphic designer."),
            (A, "Exciting! Have you worked out your day rate and your monthly outgoings?"),
            (U, "Not really. How do freelancers usually decide what to charge?"),
        ],
        note,
    )

    fam = "conv-verdict-on-result"
    note = "asks for a judgement on a result already worked out"
    pb_min, pb_s, dist = 54, 10, 10
    pace = F(pb_min * 60 + pb_s, dist)
    conv(
        fam,
        [
            (U, f"Just did a {dist} km trail race in {pb_min}:{pb_s}. Pace per km?"),
            (
                A,
                f"That's {pace // 60}:{int(pace % 60):02d} per kilometre.",
            ),
            (
                U,
                (
                    "Is that respectable for someone in their late forties who took up running "
                    "this spring?"
                ),
            ),
        ],
        note,
    )
    salary, rise = 31500, 1260
    conv(
        fam,
        [
            (
                U,
                f"Pay rose from \u00a3{salary:,} to \u00a3{salary + rise:,}. What rise is that?",
            ),
            (A, f"An increase of {plain_number(F(rise * 100, salary))}%."),
            (U, "Is that a fair rise for a nurse these days, or should I push back?"),
        ],
        note,
    )
    marks, out_of = 68, 80
    conv(
        fam,
        [
            (U, f"I got {marks} out of {out_of} in my mock exam. What percentage is that?"),
            (A, f"That's {plain_number(F(marks * 100, out_of))}%."),
            (U, "Is that likely to be a good grade at A level, and what should I revise next?"),
        ],
        note,
    )
    kwh_year, year_days = 2920, 365
    conv(
        fam,
        [
            (U, f"We used {kwh_year:,} kWh of electricity last year. Per day, roughly?"),
            (A, f"About {plain_number(F(kwh_year, year_days))} kWh a day."),
            (U, "Is that high for a two-bedroom flat? How do we compare with similar homes?"),
        ],
        note,
    )
    commute_min, days_wk = 54, 5
    conv(
        fam,
        [
            (U, f"My commute is {commute_min} minutes each way, {days_wk} days a week. Hours?"),
            (
                A,
                f"That's {plain_number(F(commute_min * 2 * days_wk, 60))} hours a week.",
            ),
            (U, "Is that too much? Would you take a lower-paid job closer to home?"),
        ],
        note,
    )
    grams, servings = 450, 6
    conv(
        fam,
        [
            (U, f"The recipe uses {grams} g of pasta for {servings} people. Grams each?"),
            (A, f"{plain_number(F(grams, servings))} g per person."),
            (U, "Isn't that a bit stingy for hungry teenagers?"),
        ],
        note,
    )

    fam = "conv-method-and-history"
    note = "asks how or why a method works, or its history, after the answer"
    conv(
        fam,
        [
            (U, "What's 37 \u00d7 43?"),
            (A, f"37 \u00d7 43 = {37 * 43}."),
            (
                U,
                "How does lattice multiplication work, and where did the method come from?",
            ),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Convert 100 \u00b0F to Celsius for me."),
            (A, f"100 \u00b0F is about {float(f_to_c(100)):.1f} \u00b0C."),
            (U, "How did Fahrenheit choose the fixed points for his scale in the first place?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "How many days between 1 March and 1 June?"),
            (A, f"{days(D(2027, 3, 1), D(2027, 6, 1))} days."),
            (U, "Why do the months have such uneven lengths? Who decided that?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "What's 5 miles in kilometres?"),
            (A, f"About {float(5 * MI / KM):.2f} km."),
            (U, "Why did Britain keep miles on road signs when it went metric for most things?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Work out 20% VAT on \u00a3250."),
            (A, f"20% of \u00a3250 is {gbp(250 * F(20, 100))}."),
            (U, "Why does VAT exist at all, and how is it different from a sales tax?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "What's the square root of 2 to four decimal places?"),
            (A, f"It's {math.sqrt(2):.4f}."),
            (U, "How did the Babylonians get such a good value for it on a clay tablet?"),
        ],
        note,
    )

    fam = "conv-numbered-works"
    note = "the numbers belong to titles; the last turn wants discussion"
    conv(
        fam,
        [
            (U, "I've just finished reading Fahrenheit 451."),
            (A, "A classic. What did you make of Montag's change of heart?"),
            (U, "I found it rushed. Which other dystopian novels would you recommend next?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "We're watching 28 Days Later for film club."),
            (A, "Good choice, it reshaped the zombie genre."),
            (U, "What should I say in my two-minute introduction about its influence?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "Tell me about Symphony No. 5 by Mahler."),
            (A, "It's famous for the Adagietto, used in Visconti's Death in Venice."),
            (U, "Is the Adagietto really a love letter to Alma, or is that a myth?"),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "My book group picked Slaughterhouse-Five."),
            (A, "Vonnegut's novel about Dresden and Billy Pilgrim."),
            (U, "Give me three discussion questions that don't just ask about time travel."),
        ],
        note,
    )
    conv(
        fam,
        [
            (U, "I keep hearing about the album 21 by Adele."),
            (A, "It was one of the best-selling albums of its decade."),
            (U, "Why did it connect with so many people, in your view?"),
        ],
        note,
    )

    fam = "conv-plans-after-a-time"
    note = "a time or distance was worked out; the last turn asks for plans or ideas"
    walk_km, speed = 18, "4.5"
    conv(
        fam,
        [
            (U, f"How long does an {walk_km} km coastal walk take at {speed} km/h?"),
            (A, f"About {plain_number(walk_km / dec(speed))} hours of walking."),
            (U, "Where's a good place to stop for lunch on the Pembrokeshire coast path?"),
        ],
        note,
    )
    layover_a, layover_b = "09:40", "16:10"
    conv(
        fam,
        [
            (U, f"My layover in Lisbon is from {layover_a} to {layover_b}. How long is that?"),
            (
                A,
                f"That's {plain_number(clock_span(layover_a, layover_b, 3600))} hours.",
            ),
            (U, "Is that enough to go into the city? What would you see?"),
        ],
        note,
    )
    drive_km, kmh = 390, 78
    conv(
        fam,
        [
            (U, f"Driving {drive_km} km at an average of {kmh} km/h takes how long?"),
            (A, f"About {plain_number(F(drive_km, kmh))} hours, not counting stops."),
            (U, "We've got two kids under six. How should we break up the journey?"),
        ],
        note,
    )
    sunday = D(2027, 10, 31)
    conv(
        fam,
        [
            (U, f"How many days from 1 October to {say(sunday)}?"),
            (A, f"{days(D(2027, 10, 1), sunday)} days."),
            (U, "That's our Halloween party. Give me some spooky food ideas for ten kids."),
        ],
        note,
    )
    hike_min = 150
    conv(
        fam,
        [
            (U, f"The guide says the ridge takes {hike_min} minutes. How many hours is that?"),
            (A, f"{plain_number(F(hike_min, 60))} hours."),
            (U, "What should we pack for an autumn ridge walk in the Lake District?"),
        ],
        note,
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
    # no register (family name) of this set is a family name of sets 19 to 124
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 124: {reused}"
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
