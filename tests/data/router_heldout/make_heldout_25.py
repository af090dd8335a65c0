"""Generate heldout-2026-12-28.jsonl: a twenty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full: how answers are graded) and parts of
/work/main/tests/data/router_heldout/make_heldout_24.py: lines 1-238 (its docstring, imports,
configuration and helpers up to and including calc()), lines 440-484 (its unit factors, their
asserts, f_to_c/c_to_f, EXACT/ROUNDED and unit()), lines 670-721 (its date helpers and
date_item()), lines 937-946 (neg and conv) and lines 1618-1818 (its checks and main()), plus
one `grep -n` of its `def`, constant, `#` section-comment and indented `    #` comment lines
(which printed only those lines, see the disclosures), one `grep -n` for its `from __future__`
line and one `grep -n` for "sets 19 to 23" / "19-23" whose output was cut to 12 characters a
line (docstring and main() lines only). None of its query blocks was opened. Nothing else under
/work/main was opened: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from that one generator), and not README.md. In
/work/main/tests/data/router_heldout/ only the two paths above were listed by `ls`, and one
`ls -a | grep -i pycache` checked for a __pycache__ directory (none, before and after). The
earlier generators (sets 1-24) are only imported, in memory, by main() for the duplicate and
register checks, and by one small stdin `python3` script run before this file existed, which
imported sets 19-24 and printed only which of 34 candidate register names were already family
names there (print_shop, garden_centre, dance_school, allotment, sailing_club and
removal_firm: none of them used here). Their queries were never printed. No JSONL file was
opened (not even this set's own output: only this generator's summary and its --show listing
of ids and expected values were read), no git command was run, no network was used, and
neither the router nor the bench nor the tests were run.

What was run: `date -u` (often); `ls` and `wc -l` on grading.py and make_heldout_24.py; `cat`
of grading.py; `grep -n` and `sed -n` on make_heldout_24.py for the line ranges above; the
candidate-register script above; a small `python3` script (stdin) that copied set 24's lines
119-238, 440-484, 670-721, 937-945 and 1618-1818 into blocks under /tmp/h25/ by line slicing,
substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_24.py), EARLIER (sets 1-24),
REGISTER_CHECK (sets 19-24) and "sets 19 to 24" in two comment/message strings of main();
`cat` heredocs that wrote this set's own query blocks to /tmp/h25/; a `python3 -c` and a
`grep -c` that counted the entries of this set's own NEAR and CONVS blocks; `cat` that assembled
this file from those blocks; small `python3` replace scripts for the rewordings below and for
this docstring; this generator itself, from /tmp as the working directory (also with --show,
and once piped to `head`, which ended in a harmless BrokenPipeError after the file was written);
`/work/main/.venv/bin/ruff format --line-length 100 --no-cache -q` and
`/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100 --no-cache -q` on this
file (after every edit); `awk` line-length checks and `grep -n -i` on this file (for "about",
"roughly", "approx": only negatives use them), then `sed -n` of those lines of this file, the
long ones rewrapped by a `python3` script; a `python3` check on this generator's summary
table that every register is used by all three tools; `sha256sum` of the JSONL. Writes:
/work/sealed25/ was created for this file and its JSONL; temporary blocks under /tmp/h25/
were deleted afterwards. Nothing was written into /work/main.

Changes to set 24's main(): none beyond the substitutions listed above (file names, sets 1-24 for
the duplicate check, sets 19-24 for the register check). Its checks are all kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
every register used by at least two tools, no repeat of an earlier query or user turn, the
register check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of
this script with another PYTHONHASHSEED via --digest, give the same sha256).

Disclosures: the kinds of item follow set 24's docstring on purpose (plain one-liners of the same
operations; near-positive and conversation categories as set 24's docstring lists them), and the
helpers, unit factors and checks are set 24's, copied. The `grep -n` of set 24's comment lines
also printed the sub-category comment lines inside its near-positive block (category labels
such as exchange rates, densities, Easter, working days, current date; no query text); the
near-positive categories here follow the same list. Every query here was newly written. Registers
of sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 24. Of the brief's suggested registers, print_shop was
taken and was dropped; bridal_shop and soap_maker were not needed. Own items reworded while
writing: eight items that main()'s duplicate check reported by id (the first plain calculator
one-liner, three plain unit one-liners, a user turn of a persona conversation, and the code,
Easter and world-fact near-positives), all reworded without the earlier queries being looked
at; and, on reviewing this set's own text, a units positive that named a nominal pipe size (now
a measured gap), a warranty date reworded so the expected date is unambiguous ("ends 730 days
after the sale date"), an assistant turn's travel-time figure in a conversation corrected to
match its own stated assumptions, and four strings rewrapped to keep lines within 100
characters.

Registers (families), 25, new: camping_shop, parish_council, coffee_roaster, dog_walker,
night_school, canal_boat, food_bank, picture_framer, karate_club, farmers_coop, hotel_laundry,
cycle_hire, music_festival, village_shop, guitar_teacher, cake_decorator, plumbing_merchant,
car_valet, wedding_photographer, plant_nursery, motorhome_hire, junior_football, tattoo_studio,
hardware_store, wine_merchant. Every register is used by all three tools (at least two
asserted). Positives are one-liners (family "plain") or word problems of one to three sentences
in UK and US usage with £, $ and €, some chatty, terse or lower-case. No positive conversations.
No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private or looked-up dates and timetables, world facts, estimates,
judgements, words / Roman numerals / another language, code or spreadsheet formulas, dosing,
standard sizes, time zones, Easter, working days, contested units, all-numeric dates of unstated
order, the current date, or a persona / format / language / unit / convention / number fixed in
an earlier turn, a follow-up or correction of an earlier turn, or writing from earlier context.

Left out entirely (their grading is contested), as in set 24: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Some positives round on purpose and say so: whole packs / boxes / lengths
bought (whole_up), full trays (integer division) and "full bags" (rounded down, asserted not
whole beforehand).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 24):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_25.py   (writes the JSONL next to this file, checks that it
regenerates byte for byte, and prints its sha256 and counts per label and family; add --show to
list every positive's expected value)
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
OUT = HERE / "heldout-2026-12-28.jsonl"
PREFIX = "ho25-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_24.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 25))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
    "make_heldout_24.py",
)
LABELS = {"negative", "positive:calculator", "positive:units", "positive:datetime"}
WANT = {"positive:calculator": 45, "positive:units": 45, "positive:datetime": 45, "negative": 200}
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


# plain one-liners
calc("plain", "17.5 percent of 2360?", pct("17.5") * 2360)
calc("plain", "1840 divided by 32", F(1840, 32))
calc("plain", "(48 + 77) * 3.2", (48 + 77) * dec("3.2"))
calc("plain", "square root of 5184", 72)
assert 72 * 72 == 5184
calc("plain", "19 cubed?", 19**3)
calc("plain", "calculate 7.25 x 64", dec("7.25") * 64)
calc("plain", "What is 3/8 of 936?", F(3, 8) * 936)
calc("plain", "take 18% off 2,450", 2450 * (1 - pct(18)))
calc("plain", "increase 640 by 12.5 percent", 640 * (1 + pct("12.5")))
calc("plain", "87 is what percentage of 348", F(87, 348) * 100)
calc("plain", "4.8 squared", dec("4.8") ** 2)
calc("plain", "add up 128.40, 76.95 and 9.65", dec("128.40") + dec("76.95") + dec("9.65"))
calc("plain", "1 / 0.125 = ?", 1 / dec("0.125"))
calc("plain", "average of 14, 22, 9, 31 and 19", F(14 + 22 + 9 + 31 + 19, 5))

# word problems in this set's registers
calc(
    "camping_shop",
    "Tent pegs come in packs of 12 at £3.60 a pack. I need 54 pegs for the two big tents, "
    "how much will the packs cost me?",
    whole_up(F(54, 12)) * dec("3.60"),
)
calc(
    "camping_shop",
    "gas canisters are $5.80 each or $20 for a four-pack. we're taking two four-packs and two "
    "singles, what does that come to",
    2 * 20 + 2 * dec("5.80"),
)
calc(
    "parish_council",
    "The parish precept this time is £48,600, spread over 1,215 Band D equivalent homes. "
    "How much is that per home?",
    F(48600, 1215),
)
_beans = 14 * (1 - pct(16)) / dec("0.25")
assert _beans.denominator != 1
calc(
    "coffee_roaster",
    "We roast 14 kg of green beans and lose 16% of the weight in the roaster. The rest goes "
    "into 250 g bags. How many full bags do we get?",
    math.floor(_beans),
)
calc(
    "coffee_roaster",
    "Our espresso blend is 60% Brazil at £7.20/kg and 40% Ethiopia at £11.50/kg. What does "
    "a kilo of the blend cost us in beans?",
    pct(60) * dec("7.20") + pct(40) * dec("11.50"),
)
calc(
    "dog_walker",
    "I charge $18 a walk and take Biscuit out 5 days a week. Over 6 weeks, with 10% off the "
    "total for loyalty, what does his owner pay me?",
    18 * 5 * 6 * (1 - pct(10)),
)
calc(
    "night_school",
    "The pottery evening course is £195 for 13 sessions but I'll miss 3 of them. What am I "
    "effectively paying for each session I actually go to?",
    F(195, 13 - 3),
)
calc(
    "canal_boat",
    "Narrowboat hire is £1,380 for the week, split between 4 couples, plus £96 of diesel "
    "split the same way. What does each couple owe?",
    F(1380 + 96, 4),
)
calc(
    "food_bank",
    "We've had 1,260 tins donated and each family parcel gets 35. How many parcels is that?",
    F(1260, 35),
)
calc(
    "food_bank",
    "Last winter we handed out 2,880 parcels and this winter it was 3,456. What's the "
    "percentage increase?",
    F(3456 - 2880, 2880) * 100,
)
calc(
    "picture_framer",
    "Moulding is £14.50 a metre. A frame for a 50 cm x 70 cm print takes the perimeter plus "
    "20 cm for mitre waste. What does the moulding cost?",
    (2 * (dec("0.5") + dec("0.7")) + dec("0.2")) * dec("14.50"),
)
calc(
    "karate_club",
    "Grading fee is $35 a head and 28 students are grading. The club keeps 20% and the rest "
    "goes to the association. How much does the association get?",
    35 * 28 * (1 - pct(20)),
)
calc(
    "farmers_coop",
    "The co-op sold 3,250 litres of milk at 42p a litre, less a 6% handling fee. What do the "
    "farmers get back in pounds?",
    3250 * dec("0.42") * (1 - pct(6)),
)
calc(
    "hotel_laundry",
    "we send out 420 sheets a day at 38 cents each to launder. whats the bill over 30 days",
    420 * dec("0.38") * 30,
)
calc(
    "hotel_laundry",
    "Each of our 86 rooms uses 2 towels a night and a towel costs £0.22 to wash. Fully booked "
    "for 45 nights, what's the towel bill?",
    86 * 2 * dec("0.22") * 45,
)
calc(
    "cycle_hire",
    "Bikes are €12 for the first hour and €4.50 for each hour after that. A group of 6 keeps "
    "them for 5 hours. What's the total?",
    6 * (12 + 4 * dec("4.50")),
)
calc(
    "music_festival",
    "Weekend tickets are £245 and we sold 8,400. The booking fee is 7.5% on top of each "
    "ticket. How much did the booking fees bring in altogether?",
    8400 * 245 * pct("7.5"),
)
calc(
    "music_festival",
    "A food stall pays a £600 pitch fee plus 15% of takings. They took £8,200 over the "
    "weekend, so what do they owe the festival in total?",
    600 + 8200 * pct(15),
)
calc(
    "village_shop",
    "Bread costs me 85p a loaf and I sell it at £1.35. Selling 46 loaves a day, what's my "
    "gross profit on bread over 7 days?",
    (dec("1.35") - dec("0.85")) * 46 * 7,
)
calc(
    "guitar_teacher",
    "I teach 22 half-hour lessons a week at $28 each and 6 hour-long ones at $50. What's my "
    "weekly income before tax?",
    22 * 28 + 6 * 50,
)
calc(
    "cake_decorator",
    "A three-tier cake takes 1.2 kg of fondant for the bottom tier, 0.85 kg for the middle and "
    "0.5 kg for the top. Fondant is £6.40 a kilo. What's the fondant cost?",
    (dec("1.2") + dec("0.85") + dec("0.5")) * dec("6.40"),
)
calc(
    "plumbing_merchant",
    "Copper pipe is £9.75 per 3 m length and the job needs 40 m. Buying whole lengths only, "
    "how much is the pipe?",
    whole_up(F(40, 3)) * dec("9.75"),
)
calc(
    "car_valet",
    "Full valet is £85, mini valet £35. On Saturday we did 7 full and 12 mini, and paid two "
    "lads £14 an hour for 9 hours each. What's left after wages?",
    7 * 85 + 12 * 35 - 2 * 14 * 9,
)
calc(
    "wedding_photographer",
    "My wedding package is $2,800. The couple paid a 25% deposit and then another $900. "
    "How much do they still owe me?",
    2800 * (1 - pct(25)) - 900,
)
calc(
    "plant_nursery",
    "Plug plants are 45p each or £19 for a tray of 50. I need 230 plants. If I buy as many "
    "full trays as I can and the rest singly, what does it cost?",
    (230 // 50) * 19 + (230 % 50) * dec("0.45"),
)
calc(
    "motorhome_hire",
    "Motorhome hire is €140 a night for 9 nights, plus €0.25 for every km over 1,500 km. We "
    "drove 2,180 km. What's the total bill?",
    140 * 9 + (2180 - 1500) * dec("0.25"),
)
calc(
    "junior_football",
    "Subs are £120 a season. 34 kids play and 5 of them get a 50% sibling discount. How much "
    "does the club collect in subs?",
    (34 - 5) * 120 + 5 * 120 * (1 - pct(50)),
)
calc(
    "tattoo_studio",
    "I charge $150 an hour. The sleeve took three sittings of 4.5, 5 and 3.75 hours. What do "
    "I bill the client?",
    150 * (dec("4.5") + 5 + dec("3.75")),
)
calc(
    "hardware_store",
    "Decking screws are £4.20 for a box of 200. The job uses 36 screws per square metre over "
    "18 m². Buying whole boxes, what do the screws cost?",
    whole_up(F(36 * 18, 200)) * dec("4.20"),
)
calc(
    "wine_merchant",
    "A case of 12 is £138 and we take 10% off any full case. A customer buys 3 cases plus 4 "
    "single bottles at the case price divided by 12, no discount. What's the total?",
    3 * 138 * (1 - pct(10)) + 4 * F(138, 12),
)
calc(
    "wine_merchant",
    "I bought a pallet of 600 bottles for €4,350 and I'm selling them at €11.90 each. What's "
    "my profit once they're all gone?",
    600 * dec("11.90") - 4350,
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


# plain one-liners
unit("plain", "convert 72 km to miles", 72000 / MI)
unit("plain", "how many centimetres is 5 ft 9 in", (5 * 12 + 9) * dec("2.54"), EXACT)
unit("plain", "98.6 degrees F to celsius", f_to_c(dec("98.6")), EXACT)
unit("plain", "45 kg in pounds?", 45 / LB)
unit("plain", "12 st 4 lb in kg", (12 * 14 + 4) * LB)
unit("plain", "350 ml to litres", F(350, 1000), EXACT)
unit("plain", "3.5 acres in hectares", dec("3.5") * ACRE / 10**4)
unit("plain", "30 psi to bar", 30 * PSI / BAR)
unit("plain", "110 km/h in mph", 110 * KMH / MPH)
unit("plain", "3.25 GiB in MiB", dec("3.25") * GIB / MIB, EXACT)
unit("plain", "18 oz to grams", 18 * OZ * 1000)
unit("plain", "-12 celsius in fahrenheit", c_to_f(-12), EXACT)
unit("plain", "440 yards in metres", 440 * YD, EXACT)
unit("plain", "How many seconds are there in 3.5 hours?", dec("3.5") * 3600, EXACT)

# word problems in this set's registers
unit(
    "camping_shop",
    "This sleeping bag is rated down to 14°F. What is that in Celsius?",
    f_to_c(14),
    EXACT,
)
unit(
    "camping_shop",
    "The two-man tent packs down to 1.8 kg. A customer asked how many ounces that is.",
    dec("1.8") / OZ,
)
unit(
    "parish_council",
    "The council owns a 2.75 acre playing field and the grant form wants hectares. What do I put?",
    dec("2.75") * ACRE / 10**4,
)
unit(
    "coffee_roaster",
    "A customer in the States wants 5 lb of the house roast. How many kilograms do I weigh out?",
    5 * LB,
)
unit(
    "dog_walker",
    "My usual loop with the dogs is 3.2 miles. How far is that in km?",
    dec("3.2") * MI / 1000,
)
unit(
    "dog_walker",
    "walked 7.5 miles on monday and 6.25 on tuesday with the pack, whats the total in kilometres",
    (dec("7.5") + dec("6.25")) * MI / 1000,
)
unit(
    "night_school",
    "In woodwork class the old plan says the shelf is 30 inches long. What's that in centimetres?",
    30 * IN * 100,
    EXACT,
)
unit(
    "canal_boat",
    "The speed limit on the canal is 4 mph. What is that in km/h?",
    4 * MPH / KMH,
)
unit(
    "canal_boat",
    "The sign on the bridge says 6 ft 10 in headroom. How many metres is that?",
    (6 * 12 + 10) * IN,
)
unit(
    "food_bank",
    "A donation came in as a 60 lb sack of rice. How many kilos is that for our stock sheet?",
    60 * LB,
)
unit(
    "picture_framer",
    "The customer's print is 16 by 20 inches. How long is the long side in cm?",
    20 * IN * 100,
    EXACT,
)
unit(
    "karate_club",
    "One of our lads weighs 9 stone 6 lb and the competition entry wants kg. What is he?",
    (9 * 14 + 6) * LB,
)
unit(
    "farmers_coop",
    "We've got 48 hectares down to wheat this season. How many acres is that?",
    48 * 10**4 / ACRE,
)
unit(
    "hotel_laundry",
    "Our washers run the linen at 60°C. The American manual wants the temperature in "
    "Fahrenheit. What is it?",
    c_to_f(60),
    EXACT,
)
unit(
    "cycle_hire",
    "Our e-bikes cut out at 25 km/h. How fast is that in mph?",
    25 * KMH / MPH,
)
unit(
    "cycle_hire",
    "The river trail is 42 km end to end. The American group wants it in miles.",
    42000 / MI,
)
unit(
    "music_festival",
    "The main stage is 120 feet wide. How many metres is that?",
    120 * FT,
    EXACT,
)
unit(
    "music_festival",
    "Our festival site covers 65 hectares. What's that in acres?",
    65 * 10**4 / ACRE,
)
unit(
    "village_shop",
    "A 2.5 kg bag of potatoes, how many ounces is that? An old customer asked.",
    dec("2.5") / OZ,
)
unit(
    "guitar_teacher",
    "The scale length on my Strat is 25.5 inches. What's that in millimetres?",
    dec("25.5") * IN * 1000,
    EXACT,
)
unit(
    "cake_decorator",
    "The American recipe says 8 oz of butter. How many grams should I weigh?",
    8 * OZ * 1000,
)
unit(
    "plumbing_merchant",
    "Mains pressure at the customer's house reads 3.2 bar; the boiler manual is in psi. "
    "What's that in psi?",
    dec("3.2") * BAR / PSI,
)
unit(
    "plumbing_merchant",
    "The gap behind the radiator measures 15 mm. A customer wants it in inches.",
    dec("0.015") / IN,
)
unit(
    "car_valet",
    "The tyre placard says 36 psi. What is that in bar?",
    36 * PSI / BAR,
)
unit(
    "wedding_photographer",
    "The raw files from Saturday's wedding come to 48.5 GiB. How many MiB is that?",
    dec("48.5") * GIB / MIB,
    EXACT,
)
unit(
    "plant_nursery",
    "Our new polytunnel is 30 feet long. How long is that in metres?",
    30 * FT,
    EXACT,
)
unit(
    "motorhome_hire",
    "The motorhome is 7.4 m long and the ferry booking asks for feet. How many feet is it?",
    dec("7.4") / FT,
)
unit(
    "junior_football",
    "Our under-11 pitch is 80 yards long. What's that in metres?",
    80 * YD,
    EXACT,
)
unit(
    "tattoo_studio",
    "The autoclave runs at 121°C. What's that in Fahrenheit?",
    c_to_f(121),
    EXACT,
)
unit(
    "hardware_store",
    "Someone wants 25 feet of chain and the reel is marked in metres. How many metres do I cut?",
    25 * FT,
    EXACT,
)
unit(
    "wine_merchant",
    "We keep the cellar at 55°F. What's that in Celsius?",
    f_to_c(55),
)
# =========================================================================== datetime
D = dt.date
DT = dt.datetime
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


# plain one-liners
date_item("plain", "what day of the week was 14 March 2031", weekday(D(2031, 3, 14)))
date_item(
    "plain",
    "how many days between 3 June 2027 and 19 September 2027",
    days(D(2027, 6, 3), D(2027, 9, 19)),
)
date_item("plain", "date 100 days after 12 January 2028?", D(2028, 1, 12) + TD(days=100))
date_item("plain", "What date is 6 weeks before 2 October 2029?", D(2029, 10, 2) - TD(weeks=6))
assert days(D(2030, 5, 1), D(2030, 7, 24)) % 7 == 0
date_item(
    "plain",
    "how many weeks from 1 May 2030 to 24 July 2030",
    F(days(D(2030, 5, 1), D(2030, 7, 24)), 7),
)
date_item("plain", "third Thursday of November 2027", nth_weekday(2027, 11, THU, 3))
date_item("plain", "what's the date of the last Monday in May 2029", nth_weekday(2029, 5, MON, -1))
date_item(
    "plain",
    "how old is someone born 30 August 1988 on 15 August 2030",
    age(D(1988, 8, 30), D(2030, 8, 15)),
)
date_item("plain", "90 days before 1 March 2030 is what date", D(2030, 3, 1) - TD(days=90))
date_item("plain", "how many hours from 21:45 to 06:15", clock_span("21:45", "06:15", 3600))
date_item("plain", "minutes between 09:20 and 17:05?", clock_span("09:20", "17:05", 60))
date_item("plain", "which weekday is Christmas Day 2035", weekday(D(2035, 12, 25)))
date_item("plain", "how many days are in February 2032", calendar.monthrange(2032, 2)[1])
date_item(
    "plain", "1,000 days after 1 January 2030, what date is that", D(2030, 1, 1) + TD(days=1000)
)

# word problems in this set's registers
date_item(
    "camping_shop",
    "The scouts have the campsite from 24 July 2027 for 11 nights. What date do they leave?",
    D(2027, 7, 24) + TD(days=11),
)
date_item(
    "camping_shop",
    "The scout group is coming in for kit on 29 July 2027. What day of the week is that?",
    weekday(D(2027, 7, 29)),
)
date_item(
    "parish_council",
    "The planning consultation opened on 9 February 2027 and closes 42 days after it opened. "
    "What's the closing date?",
    D(2027, 2, 9) + TD(days=42),
)
date_item(
    "coffee_roaster",
    "We put beans on sale 12 days after they're roasted. A batch was roasted on 28 November "
    "2026; what date does it go on sale?",
    D(2026, 11, 28) + TD(days=12),
)
date_item(
    "dog_walker",
    "Luna is staying with me from 18 August 2027 until 3 September 2027 while her people are "
    "away. How many days is that, counting both the first and last day?",
    days(D(2027, 8, 18), D(2027, 9, 3)) + 1,
)
assert D(2027, 1, 12).weekday() == TUE
date_item(
    "night_school",
    "Spanish for beginners runs every Tuesday for 10 weeks, starting Tuesday 12 January 2027. "
    "What's the date of the last class?",
    D(2027, 1, 12) + TD(weeks=9),
)
date_item(
    "canal_boat",
    "We pick the boat up on 19 May 2028 and we've got it for 14 nights. What date do we hand "
    "it back?",
    D(2028, 5, 19) + TD(days=14),
)
date_item(
    "food_bank",
    "A pallet of tins was donated on 17 October 2027 and they're best before 31 March 2028. "
    "How many days is that between the two dates?",
    days(D(2027, 10, 17), D(2028, 3, 31)),
)
assert D(2027, 1, 6).weekday() == WED
date_item(
    "food_bank",
    "The supermarket collection is every second Wednesday, the first being Wednesday 6 "
    "January 2027. What's the date of the 10th collection?",
    D(2027, 1, 6) + TD(weeks=2 * 9),
)
date_item(
    "picture_framer",
    "A framing order placed on 23 November 2026 takes 15 days. What date will it be ready?",
    D(2026, 11, 23) + TD(days=15),
)
date_item(
    "karate_club",
    "There must be at least 90 days between gradings. My last grading was 14 September 2027, "
    "so what's the earliest date I can grade again?",
    D(2027, 9, 14) + TD(days=90),
)
date_item(
    "farmers_coop",
    "The ewes went to the tup on 3 October 2027 and gestation is 147 days. What date are the "
    "lambs due?",
    D(2027, 10, 3) + TD(days=147),
)
date_item(
    "farmers_coop",
    "Harvest started on 16 August 2027 and finished on 9 September 2027. How many days did it "
    "take, counting both ends?",
    days(D(2027, 8, 16), D(2027, 9, 9)) + 1,
)
date_item(
    "hotel_laundry",
    "A guest checked in on 26 December 2026 and out on 4 January 2027. How many nights of "
    "bedding is that?",
    days(D(2026, 12, 26), D(2027, 1, 4)),
)
date_item(
    "hotel_laundry",
    "The laundry night shift starts at 22:30 and finishes at 07:00. How many hours is that?",
    clock_span("22:30", "07:00", 3600),
)
date_item(
    "cycle_hire",
    "Our open day is on 1 August 2027. Which day of the week is that?",
    weekday(D(2027, 8, 1)),
)
date_item(
    "music_festival",
    "Tickets go on sale 120 days before the festival opens on 25 June 2027. What date do they "
    "go on sale?",
    D(2027, 6, 25) - TD(days=120),
)
date_item(
    "music_festival",
    "The headline act is on from 21:40 to 23:55. How many minutes is the set?",
    clock_span("21:40", "23:55", 60),
)
date_item(
    "village_shop",
    "The shop lease began on 1 April 2019. How many days had it been running by 1 April 2027?",
    days(D(2019, 4, 1), D(2027, 4, 1)),
)
assert days(D(2027, 12, 19), D(2028, 3, 12)) % 7 == 0
date_item(
    "guitar_teacher",
    "My student's recital is on 12 March 2028 and we start preparing on 19 December 2027. "
    "How many weeks of practice is that?",
    F(days(D(2027, 12, 19), D(2028, 3, 12)), 7),
)
assert D(2027, 9, 18).weekday() == SAT
date_item(
    "cake_decorator",
    "The wedding cake is due on Saturday 18 September 2027 and I start baking 4 days before. "
    "What day of the week do I start?",
    weekday(D(2027, 9, 18) - TD(days=4)),
)
date_item(
    "plumbing_merchant",
    "An invoice dated 14 May 2027 is on 30-day terms. What's the due date?",
    D(2027, 5, 14) + TD(days=30),
)
date_item(
    "car_valet",
    "A ceramic coating wants redoing every 180 days. We last did this car on 2 March 2027. "
    "When is it next due?",
    D(2027, 3, 2) + TD(days=180),
)
date_item(
    "wedding_photographer",
    "The wedding is on 21 August 2027 and I promised the album 10 weeks after. What date is that?",
    D(2027, 8, 21) + TD(weeks=10),
)
date_item(
    "wedding_photographer",
    "The bride was born on 3 September 1996. How old will she be on the wedding day, 21 "
    "August 2027?",
    age(D(1996, 9, 3), D(2027, 8, 21)),
)
date_item(
    "plant_nursery",
    "Tomato seeds sown on 8 March 2027 are ready to plant out 56 days later. What date is that?",
    D(2027, 3, 8) + TD(days=56),
)
date_item(
    "motorhome_hire",
    "The rental runs from 3pm on 14 June 2027 to 10am on 29 June 2027. How many hours is that?",
    F(int((DT(2027, 6, 29, 10) - DT(2027, 6, 14, 15)).total_seconds()), 3600),
)
assert D(2027, 9, 4).weekday() == SAT
date_item(
    "junior_football",
    "The under-9s play every other Saturday starting Saturday 4 September 2027. What's the "
    "date of their 8th match?",
    D(2027, 9, 4) + TD(weeks=2 * 7),
)
date_item(
    "tattoo_studio",
    "I tell clients to wait 28 days before a touch-up. If the session was on 15 December "
    "2026, what's the earliest touch-up date?",
    D(2026, 12, 15) + TD(days=28),
)
date_item(
    "hardware_store",
    "We sold the mower on 5 April 2026 and the warranty ends 730 days after the sale date. "
    "What date does it end?",
    D(2026, 4, 5) + TD(days=730),
)
date_item(
    "wine_merchant",
    "This claret was bottled on 10 November 2021. How many days old will it be on 25 "
    "December 2027?",
    days(D(2021, 11, 10), D(2027, 12, 25)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "camping_shop": [
        "What should a first-timer pack for a weekend of wild camping in Scotland?",
        "write a short blurb for our end of season tent sale",
        "Is a down or synthetic sleeping bag better for damp British weather?",
        (
            "A customer says his tent leaked on its first night. How do I handle the complaint "
            "politely?"
        ),
    ],
    "parish_council": [
        "Draft an agenda item asking residents for views on a new bench by the pond.",
        "how do parish councils usually deal with complaints about dog fouling on the green",
        "Write a friendly notice asking people not to park on the verge outside the church.",
        "What's the difference between a parish council and a district council, in plain words?",
    ],
    "coffee_roaster": [
        (
            "Give me tasting notes for a washed Ethiopian Yirgacheffe, written for the shop "
            "chalkboard."
        ),
        "why does dark roast taste bitter compared with light roast",
        "Suggest three names for a new seasonal winter blend.",
        "How should I explain to customers why we don't sell pre-ground coffee?",
    ],
    "dog_walker": [
        "Write a short bio for my dog walking website, friendly but professional.",
        "what do I do if two dogs in my group start fighting",
        "Should I walk dogs in a heatwave, and what are the warning signs of heatstroke?",
        "Draft a message to a client whose dog keeps pulling on the lead, suggesting training.",
    ],
    "night_school": [
        "Write a welcome email for learners joining the evening creative writing class.",
        "ideas for an icebreaker in an adult beginners' French class",
        "How can I keep adult learners motivated after a long working day?",
        "Suggest a title and two-line description for a new evening course on local history.",
    ],
    "canal_boat": [
        "How do you work a lock on a narrowboat for the first time?",
        "what's the etiquette when passing moored boats on the canal",
        "Write a cheerful welcome note to leave on the boat for hirers.",
        "Any tips for cooking proper meals in a tiny narrowboat galley?",
    ],
    "food_bank": [
        "Write a thank-you post for the volunteers who helped at the Christmas collection.",
        "how can we make people feel less embarrassed when they come to the food bank",
        "Draft a short appeal asking local shops to donate toiletries.",
        "What are good non-perishable foods to ask for when we're short of protein?",
    ],
    "picture_framer": [
        "Should a black and white photo go in a white mount or a black one?",
        "write a short explanation for customers of why museum glass costs more",
        "How do I talk a customer out of a frame that I think will clash with their painting?",
        "Ideas for an eye-catching window display for a framing shop.",
    ],
    "karate_club": [
        "Write a short welcome for parents whose kids are starting karate with us.",
        "how do I keep a class of seven year olds focused for an hour",
        "Explain the meaning of the bow at the start of a karate class.",
        "Draft a message telling members the Thursday session is cancelled because of the hall.",
    ],
    "farmers_coop": [
        "Write a short piece for the co-op newsletter about the benefits of buying local.",
        "how do other co-ops decide how to share profits between members",
        "What should we consider before letting a new member join the co-op?",
        "Draft a polite reply to a member who is unhappy with the new collection times.",
    ],
    "hotel_laundry": [
        "What's the best way to get make-up stains out of white pillowcases?",
        "write a sign for housekeeping asking them to separate stained linen",
        "How can we make our towels feel softer without using fabric conditioner?",
        "A guest complained that her sheets smelled musty. Draft an apology.",
    ],
    "cycle_hire": [
        "What safety briefing should we give before sending families out on bikes?",
        "write a review reply thanking a customer for a five-star rating",
        "Suggest a scenic family-friendly route description for our leaflet.",
        "how do I explain our damage policy without sounding unfriendly",
    ],
    "music_festival": [
        "Write an Instagram caption announcing our first three headliners.",
        "what should be in a festival welfare tent",
        "How do we encourage festival-goers to take their tents home?",
        "Draft a short message to traders about the new rules on single-use plastic.",
    ],
    "village_shop": [
        "Write a notice for the shop window saying we now take card payments.",
        "ideas to get more young families using the village shop",
        "How do I politely ask a regular to settle their tab?",
        "Should a village shop stock local honey even if it sells slowly?",
    ],
    "guitar_teacher": [
        "What are good first songs for a ten year old learning acoustic guitar?",
        "how do I help an adult student who gets frustrated with barre chords",
        "Write a short ad for guitar lessons to put up in the library.",
        "Explain the difference between a capo and a slide to a beginner.",
    ],
    "cake_decorator": [
        "Give me ideas for a woodland-themed first birthday cake.",
        "how do I stop buttercream melting at an outdoor summer wedding",
        "Write a friendly reply to someone who wants a cake in two days' time.",
        "What's the difference between fondant and modelling paste, in simple terms?",
    ],
    "plumbing_merchant": [
        "What's the difference between a combi boiler and a system boiler, for a customer?",
        "write a counter sign telling trade customers about our new early opening",
        "How should I advise a DIYer who wants to move a radiator themselves?",
        "Explain why a toilet might keep running after flushing.",
    ],
    "car_valet": [
        "How do I get dog hair out of car carpets?",
        "write a short facebook post about our spring valet offer",
        "Is it worth telling customers about ceramic coatings, or is it just an upsell?",
        "A customer says we scratched his bumper. How should I respond?",
    ],
    "wedding_photographer": [
        "Write a welcome email for a couple who have just booked me for their wedding.",
        "tips for getting natural-looking group photos with big families",
        "How do I politely tell a couple I can't match another photographer's price?",
        "Suggest a shot list for the bride getting ready.",
    ],
    "plant_nursery": [
        "Which shrubs do well in a shady north-facing garden?",
        "write a label blurb for a lavender called Hidcote",
        "How do I stop slugs eating the hostas on our sales benches?",
        "What should I tell customers about planting bare-root roses?",
    ],
    "motorhome_hire": [
        "Write a handover checklist for customers collecting a motorhome.",
        "what should first-timers know about emptying the toilet cassette",
        "Suggest a relaxed one-week motorhome route around the Highlands.",
        "How do I word our policy on pets in the vans without putting people off?",
    ],
    "junior_football": [
        "Write a message to parents reminding them to be positive on the touchline.",
        "how do I pick a team fairly when everyone wants to play",
        "Ideas for a fun end-of-season awards night for under-10s.",
        "Draft a thank-you to the local bakery for sponsoring our kit.",
    ],
    "tattoo_studio": [
        "Write aftercare instructions for a new tattoo in a friendly tone.",
        "how should I handle a client who wants a name tattoo of a new partner",
        "Suggest a bio for our studio's website.",
        "What should I ask a client during a consultation for a cover-up?",
    ],
    "hardware_store": [
        "What's the difference between a wood screw and a coach screw?",
        "write a sign for our new key cutting service",
        "How do I fix a door that sticks at the top?",
        "A customer wants to paint over damp on a wall. What should I tell him?",
    ],
    "wine_merchant": [
        "Recommend a red to go with roast lamb for Sunday lunch.",
        "write tasting notes for a crisp Albariño for the shelf card",
        "How do I explain to a customer what 'corked' means?",
        "Suggest a theme for a monthly tasting evening in February.",
    ],
}
for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)
# hard single-turn negatives that look like positives
NEAR = [
    # exchange rates
    ("near-exchange", "how much is €240 in pounds at the moment", "needs a live exchange rate"),
    (
        "near-exchange",
        "Our American guests paid $1,350 for the room. What's that in euros?",
        "needs an exchange rate",
    ),
    ("near-exchange", "convert 85,000 yen to sterling", "needs an exchange rate"),
    (
        "near-exchange",
        "The motorhome deposit is 900 Swiss francs. How many pounds is that?",
        "needs an exchange rate",
    ),
    (
        "near-exchange",
        "A wine supplier quotes AUD 14.20 a bottle. What is that in GBP?",
        "needs an exchange rate",
    ),
    # densities / material properties
    (
        "near-density",
        "How much does 2 litres of olive oil weigh in kilograms?",
        "needs the density of olive oil",
    ),
    (
        "near-density",
        "what's the weight of a 3 m length of 22 mm copper pipe",
        "needs the wall thickness and density of copper",
    ),
    (
        "near-density",
        "How many kilos is 500 ml of honey for the cake?",
        "needs the density of honey",
    ),
    (
        "near-density",
        "How heavy is a cubic metre of dry sand for the builder's bag?",
        "needs a material density",
    ),
    # missing numbers
    (
        "near-missing",
        "How many bags of compost do I need for the raised beds?",
        "the bed sizes and bag volume are not given",
    ),
    (
        "near-missing",
        "What's 20% off the tent in the window?",
        "the price is not given",
    ),
    (
        "near-missing",
        "if we split the narrowboat hire between everyone, how much each?",
        "neither the price nor the number of people is given",
    ),
    (
        "near-missing",
        "How long will it take me to walk the dogs round the reservoir?",
        "needs the distance and pace",
    ),
    (
        "near-missing",
        "Work out the VAT on my last invoice please.",
        "the invoice amount is not given",
    ),
    # private dates and lookups
    (
        "near-private",
        "How many days until my mum's birthday?",
        "the birthday and the current date are unknown",
    ),
    (
        "near-private",
        "When does the parish council meet next?",
        "a local schedule the model cannot know",
    ),
    (
        "near-private",
        "What time is the last train from Banbury to Oxford on a Sunday?",
        "needs a timetable lookup",
    ),
    (
        "near-private",
        "when is bin collection on our street over Christmas",
        "a local schedule",
    ),
    # world facts
    (
        "near-fact",
        "How long is the Kennet and Avon Canal in miles?",
        "a world fact, not a conversion",
    ),
    (
        "near-fact",
        "How many locks are there on the Caen Hill flight?",
        "a world fact",
    ),
    (
        "near-fact",
        "What year did Glastonbury festival start?",
        "a world fact",
    ),
    (
        "near-fact",
        "How high is Snowdon in feet? The walking group wants to know.",
        "needs the height first (a fact), then a conversion",
    ),
    (
        "near-fact",
        "what's the population of Yorkshire divided by the number of food banks there",
        "needs facts the model must look up or estimate",
    ),
    # estimates
    (
        "near-estimate",
        "Roughly how many cups of coffee can you get out of a 1 kg bag of beans?",
        "an estimate depending on dose",
    ),
    (
        "near-estimate",
        "About how long does it take to drive a motorhome from Dover to the south of France?",
        "an estimate depending on route and stops",
    ),
    (
        "near-estimate",
        "how many guests can a four-tier wedding cake feed, roughly",
        "depends on tier sizes and portions",
    ),
    (
        "near-estimate",
        "Ballpark, how many people come to a mid-sized music festival in the UK?",
        "an estimate",
    ),
    # judgement
    (
        "near-judgement",
        "Is £45 an hour too much to charge for guitar lessons in Leeds?",
        "a judgement about pricing",
    ),
    (
        "near-judgement",
        "Which is better value for a family of four, 3 nights in a motorhome or a cottage?",
        "a judgement with no figures given",
    ),
    (
        "near-judgement",
        "should I put my dog walking prices up by 10% or 15%",
        "a business judgement, not arithmetic",
    ),
    # words, Roman numerals, other languages
    (
        "near-words",
        "Write 1,487.50 in words for the cheque.",
        "writing a number in words",
    ),
    (
        "near-words",
        "What year is MCMLXXXVIII on the old wine label?",
        "reading Roman numerals",
    ),
    (
        "near-words",
        "¿Cuánto es el veinte por ciento de ciento cincuenta? Contesta en español, por favor.",
        "the answer must be in Spanish",
    ),
    (
        "near-words",
        "How do you say 'three hundred and sixty' in Japanese for my karate count?",
        "a translation",
    ),
    # code and spreadsheets
    (
        "near-code",
        "Excel formula to put 20% VAT on whatever is in D7, please",
        "a spreadsheet formula",
    ),
    (
        "near-code",
        "python one-liner to convert a list of Fahrenheit temps to Celsius",
        "code, not a conversion",
    ),
    (
        "near-code",
        "In Google Sheets, how do I count the days between the dates in A2 and B2?",
        "a spreadsheet how-to",
    ),
    (
        "near-code",
        "What does =ROUNDUP(C4/12,0) do in my stock sheet?",
        "explaining a formula",
    ),
    # dosing
    (
        "near-dosing",
        "How much paracetamol can I give my 4 year old who weighs 16 kg?",
        "medical dosing needs care and guidance",
    ),
    (
        "near-dosing",
        "my spaniel is 14 kg, how many mg of the wormer should she get",
        "veterinary dosing",
    ),
    # standard sizes
    (
        "near-size",
        "What size is an A3 frame in inches?",
        "needs the A3 standard size",
    ),
    (
        "near-size",
        "How big is a king-size duvet cover in centimetres?",
        "a nominal size that varies by country",
    ),
    (
        "near-size",
        "what size ball do under-9s use in football",
        "a standard from the rules, not a calculation",
    ),
    # time zones
    (
        "near-timezone",
        "If the live stream starts at 8pm in London, what time is that in New York?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        (
            "I'm calling a supplier in Sydney at 9am their time. What time is that for me in "
            "Manchester?"
        ),
        "time zones",
    ),
    (
        "near-timezone",
        "what time is it in Tokyo when it's noon in Paris",
        "time zones",
    ),
    (
        "near-timezone",
        "The wedding couple are in California; our 10:30 call is at what time for them?",
        "time zones and an unstated date",
    ),
    # Easter
    (
        "near-easter",
        "Which date does Easter Sunday fall on in 2029? Planning the spring opening.",
        "Easter needs the computus",
    ),
    (
        "near-easter",
        "How many days from New Year's Day 2028 to Good Friday 2028?",
        "depends on the date of Easter",
    ),
    (
        "near-easter",
        "Is the Easter bank holiday in March or April in 2030?",
        "depends on the date of Easter",
    ),
    # working days
    (
        "near-workdays",
        "How many working days are there in England in December 2027?",
        "depends on bank holidays",
    ),
    (
        "near-workdays",
        "The framing takes 10 working days from 20 December 2027. When will it be ready?",
        "depends on bank holidays and closures",
    ),
    (
        "near-workdays",
        "what's 15 business days after 29 April 2027 in Scotland",
        "depends on regional bank holidays",
    ),
    (
        "near-workdays",
        "How many working days between 1 August 2028 and 1 September 2028 for a UK office?",
        "depends on the bank holiday and counting convention",
    ),
    # contested units
    (
        "near-unit",
        "How many pints in 20 litres of the home brew?",
        "UK or US pints",
    ),
    (
        "near-unit",
        "Convert 3 cups of flour to grams for the cake.",
        "cup size and flour density",
    ),
    (
        "near-unit",
        "How many gallons of diesel does the boat's 200 litre tank hold?",
        "UK or US gallons",
    ),
    (
        "near-unit",
        "What's 2 tons in kilograms for the pallet delivery?",
        "short, long or metric tons",
    ),
    # ambiguous numeric dates
    (
        "near-numdate",
        "How many days from 03/04/2028 to 04/05/2028?",
        "day/month order is not stated",
    ),
    (
        "near-numdate",
        "What weekday is 06/07/2027?",
        "day/month order is not stated",
    ),
    (
        "near-numdate",
        "the booking says 11/12/2027 for 4 nights, what's the checkout date",
        "day/month order is not stated",
    ),
    # current date
    (
        "near-now",
        "How many days is it until Christmas?",
        "depends on the current date",
    ),
    (
        "near-now",
        "What's the date 6 weeks from now?",
        "depends on the current date",
    ),
    (
        "near-now",
        "how old is someone born on 2 May 1990",
        "depends on the current date",
    ),
    (
        "near-now",
        "What day of the week will it be in 45 days?",
        "depends on the current date",
    ),
]
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)
# conversations: the last user turn depends on what came before
CONVS = [
    (
        "conv-followup",
        [
            (U, "I'm pricing a framing job: mount, glass and a 40 x 50 cm oak frame."),
            (A, "Happy to help. What do you pay for each part?"),
            (U, "Mount £6, glass £11, moulding £23. I add 60% on top."),
            (A, "That gives a selling price of £64."),
            (U, "and with 20% VAT on that?"),
        ],
        "a follow-up on figures from earlier turns",
    ),
    (
        "conv-followup",
        [
            (U, "Our canal trip is 42 miles with 18 locks."),
            (A, "Nice route. At about 3 mph plus 15 minutes a lock, allow roughly 18.5 hours."),
            (U, "what if we only do half the locks?"),
        ],
        "depends on the route and the assistant's assumptions",
    ),
    (
        "conv-followup",
        [
            (U, "Tickets: 3,200 weekend passes at £180 and 1,100 day passes at £75."),
            (A, "That's £658,500 in ticket revenue."),
            (U, "Now take off the 12% we pay the ticketing company."),
        ],
        "the numbers are in earlier turns",
    ),
    (
        "conv-followup",
        [
            (U, "The dog sitting runs from 4 June 2027 for 16 nights."),
            (A, "So the dog goes home on 20 June 2027."),
            (U, "And what weekday is that?"),
        ],
        "the date is fixed in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "I bought 12 kg of green coffee at £9.40 a kilo."),
            (A, "That's £112.80."),
            (U, "how much is that per 250 g bag after roast loss?"),
        ],
        "needs the earlier figures and a roast-loss assumption",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 25 km to miles for the cycle leaflet."),
            (A, "25 km is about 15.53 miles."),
            (U, "and the longer route?"),
        ],
        "the longer route was never given",
    ),
    (
        "conv-correction",
        [
            (U, "What's 15% of £2,400 for the deposit?"),
            (A, "15% of £2,400 is £360."),
            (U, "sorry, I meant 25%, and it's £2,600 not £2,400"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 2 March 2027 to 30 April 2027?"),
            (A, "59 days."),
            (U, "No wait, the end date is in May, same day."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "The karate hall is 12 m by 9 m. What's the area?"),
            (A, "108 square metres."),
            (U, "Actually it's 12 by 9 yards, do that again"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 18°C to Fahrenheit for the American wine club notes."),
            (A, "18°C is 64.4°F."),
            (U, "oops, the cellar is at 13, not 18"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "We have 340 kids' tins and 520 adult tins. Total?"),
            (A, "860 tins."),
            (U, "I miscounted the kids' ones, there are 40 more"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Captain Barnaby, a cheerful canal boat skipper who speaks in "
                    "boating slang."
                ),
            ),
            (U, "How far is 6 miles in kilometres?"),
        ],
        "the system persona fixes the style of the answer",
    ),
    (
        "conv-persona",
        [
            (S, "You are a patient karate sensei. Always answer with a short life lesson."),
            (U, "what is 35% of 260"),
        ],
        "the persona requires more than a number",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a grumpy old village shopkeeper for my play script."),
            (A, "Right. What do you want? I haven't got all day."),
            (U, "How much for 3 loaves at £1.35?"),
        ],
        "answered in character",
    ),
    (
        "conv-persona",
        [
            (S, "You are a pirate. Every answer must be a rhyming couplet."),
            (U, "What day of the week was 1 January 2030?"),
        ],
        "the answer must be a rhyming couplet",
    ),
    (
        "conv-format",
        [
            (U, "From now on give me every answer as a JSON object with keys value and unit."),
            (A, "Understood."),
            (U, "Convert 12 stone to kilograms."),
        ],
        "the format is fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer only in a markdown table please, for the newsletter."),
            (A, "Sure, send me what you need."),
            (U, "What's 4 x £17.50 and 6 x £9.25?"),
        ],
        "the format is fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Give all money amounts in words, I'm filling in a cheque book."),
            (A, "Okay, I'll write amounts in words."),
            (U, "What's £1,250 minus £387?"),
        ],
        "amounts must be in words",
    ),
    (
        "conv-language",
        [
            (U, "Réponds toujours en français, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "What is 64 miles in km?"),
        ],
        "the language is fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte auf Deutsch."),
            (A, "Gerne, ich antworte auf Deutsch."),
            (U, "How many days from 1 May 2027 to 1 June 2027?"),
        ],
        "the language is fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Could you answer in Welsh for the bilingual parish notice?"),
            (A, "Wrth gwrs, atebaf yn Gymraeg."),
            (U, "What day of the week is 5 June 2027?"),
        ],
        "the language is fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "Always give distances in nautical miles, I'm planning a coastal paddle."),
            (A, "Will do."),
            (U, "How far is 18 km?"),
        ],
        "the target unit is fixed earlier, and nautical miles are left out of positives",
    ),
    (
        "conv-unit",
        [
            (U, "I'm in the US, so use our measurements for everything."),
            (A, "Got it, US customary units."),
            (U, "The tent is 2.1 m long, how long is that?"),
        ],
        "the unit system is fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "In our shop, all dates are written month/day/year."),
            (A, "Noted."),
            (U, "What weekday is 5/9/2027?"),
        ],
        "the date convention is fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "Our financial year starts on 6 April, like the tax year."),
            (A, "Okay."),
            (U, "How many days are left in the financial year on 1 February 2028?"),
        ],
        "the convention is fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "We always round prices up to the next 50p at the car valet."),
            (A, "Understood."),
            (U, "What's 85 plus 17%?"),
        ],
        "a rounding rule fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "We have 14 motorhomes in the fleet."),
            (A, "Great, how can I help?"),
            (U, "If each does 3 trips a month at €1,100 a trip, what's the monthly revenue?"),
        ],
        "the fleet size is given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "My hourly rate is $165."),
            (A, "Okay."),
            (U, "What would a 6.5 hour back piece come to?"),
        ],
        "the rate is given earlier",
    ),
    (
        "conv-number",
        [
            (U, "The club has 62 juniors, and subs are going up."),
            (A, "What's the new price?"),
            (U, "£135. how much more do we take than at the old price?"),
        ],
        "the old price was never given",
    ),
    (
        "conv-writing",
        [
            (U, "We raised £3,480 at the quiz night for the new goalposts."),
            (A, "Congratulations! That's a great total."),
            (U, "Write a thank-you post for Facebook using that figure."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "The soap market is on 14 August 2027 at the village hall."),
            (A, "Sounds lovely."),
            (U, "Draft a poster for it."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (
                U,
                "Plumbing supplier closing early on 24 December 2027, normal hours from 3 January.",
            ),
            (A, "Noted."),
            (U, "Write the email to trade customers."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "The bride is Priya, the groom is Tom, wedding at Hever Castle."),
            (A, "Lovely venue."),
            (U, "Write a short caption for their sneak peek photo."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "Our nursery's best seller this spring was the 'Munstead' lavender, 2,100 pots."),
            (A, "That's impressive."),
            (U, "turn that into a line for the newsletter"),
        ],
        "writing from earlier context",
    ),
    (
        "conv-followup",
        [
            (U, "The guitar course is 10 lessons starting 7 January 2028, one a week."),
            (A, "So the last lesson is 10 March 2028."),
            (U, "and if we skip the week of half term?"),
        ],
        "needs half-term dates and earlier context",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)


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


# the grading rules of bench/grading.py for numbers and ISO dates, restated to check expected values
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
            assert not re.search(r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b", text, re.IGNORECASE), (
                i["id"]
            )
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
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 24
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 24: {reused}"
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
