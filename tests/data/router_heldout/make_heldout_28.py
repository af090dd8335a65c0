r"""Generate heldout-2026-12-31.jsonl: a twenty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_27.py, by `sed -n`: lines 1-259
(its docstring, imports, configuration, helpers and calc()), 462-504 (its unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED and unit()), 682-731 (its date helpers and date_item()), 935-943 (its
section header, neg() and conv()) and 1631-1834 (its checks and main()), plus one `grep -n "^def
\|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant names such as ORDINARY, NEAR and CONVS
with their line numbers, section headers) and one `wc -l` of it (1834 lines). None of its query
blocks was opened. Nothing else under /work/main was opened or listed: nothing under router/,
tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one generator),
and not README.md; the only listings were `ls /work/main/tests/data/router_heldout | grep -c
make_heldout` (it printed 27) and `ls -a /work/main/tests/data/router_heldout | grep -c pycache`
(run twice, after the register-name script and at the end; it printed 0 both times: no bytecode was
written there). Also listed: `ls /work/sealed28` (absent before this set) and, at the end, `ls -a`
of /work/sealed28. /work/sealed22 to /work/sealed27 were not looked at. The earlier generators (sets
1-27) are only imported, in memory, by main() for the duplicate and register checks, and by one
small stdin `python3` script run before this file existed, which imported sets 19-27 (their
module-level stdout and stderr suppressed, no bytecode written) and printed only the number of the
brief's suggested register names (27) and which of them were already family names there: none. Their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values were
read), no git command was run, no network was used, and neither the router nor the bench nor the
tests were run.

What was run: the `cat`, `ls`, `wc -l`, `grep -n` and `sed -n` above; `mkdir` of /tmp/h28 and
/work/sealed28; the register-name script above; a small `python3` script (/tmp/h28/copy.py) that
copied set 27's lines 139-259 (from its `from __future__` line, found by the script), 462-504,
682-731, 935-943 and 1631-1834 into blocks under /tmp/h28/ by line slicing, substituting this set's
OUT, PREFIX, EARLIER_DIR test (make_heldout_27.py), EARLIER (sets 1-27), REGISTER_CHECK (sets 19-27,
adding make_heldout_27.py) and "sets 19 to 26" -> "sets 19 to 27" in one comment and one message
string of main() (it printed the start line and how often each substitution applied); `ls -la` of
/tmp/h28; one `python3 -c` that printed the weekdays of seventeen dates used in this set's own items
(and one day count and one week count) before they were written; `cat` heredocs that wrote this
set's own blocks (docstring, query blocks, an assembly script) to /tmp/h28/; one stdin `python3`
replace script that fixed a doubled word in one own date item, followed by a `grep -n` of the own
block edited; one stdin `python3` script that printed the values of this set's own rounded unit
results and whether each stays within tolerance at two decimals; two small stdin `python3` replace
scripts for the two own edits listed in the disclosures; a `python3` replace script
(/tmp/h28/reword1.py) for the rewordings listed in the disclosures, and a `python3 -c` that checked
one replacement value's rounding; stdin `python3` scripts that wrote this docstring into the
docstring block; the assembly script (/tmp/h28/assemble.py, printing the line count), which builds
this file by concatenating the blocks; `/work/main/.venv/bin/ruff format --line-length 100
--no-cache -q` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100
--no-cache -q` on this file (after every edit); `awk` line-length checks and `wc -l` of this file; a
`python3 -c` that printed this docstring's provenance and disclosures paragraphs; this generator
itself, from /tmp as the working directory (its family table and any traceback code lines filtered
out by `grep -v "^  "`; with --show, also cut by `tail -n +4`); `sha256sum` of the JSONL; `rm -rf
/tmp/h28` and `ls /tmp | grep -c h28`. Writes: /work/sealed28/ was created for this file and its
JSONL; temporary blocks under /tmp/h28/ were deleted afterwards. Nothing was written into
/work/main.

Changes to set 27's main(): only the substitutions listed above (file names, sets 1-27 for the
duplicate check, sets 19-27 for the register check). Its checks are all kept: counts per kind, ids
and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by at
least two and by all three tools, no repeat of an earlier query or user turn, the register check,
and a byte-for-byte regeneration check (the file on disk, and a fresh run of this script with
another PYTHONHASHSEED via --digest, give the same sha256). Added outside main(): weeks() (asserts
whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3
at two decimals), SQFT/SQYD/CUFT derived from set 27's exact factors, and asserts on the weekdays
stated in queries and on the figures stated in assistant turns.

Disclosures: the kinds of item follow set 27's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 27's docstring
list them), and the helpers, unit factors and checks are set 27's, copied. Set 27's docstring
(within lines 1-259) names its registers, the generic kinds of set 26's plain one-liners (a
percentage, a division, a feet-and-inches length) and the generic categories of its own reworded
items, which were therefore seen; some plain one-liners here are of those same generic kinds, newly
worded. At the edges of the allowed ranges: line 259 is the last line of calc(), 462, 682, 935 and
1631 are section headers, 504 and 731 are the last lines of unit() and date_item(), 943 is blank and
1834 is the call of main(); the `grep -n` printed no docstring line. No query text of any earlier
set was seen. Every query here was newly written from imagination of each trade. Registers of sets 1
to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact repeat of
any earlier query or user turn is ruled out by main(), and main() asserts that no register is a
family name of sets 19 to 27 (the near-.../conv-... families are not registers and may coincide with
earlier family names). Of the brief's 27 suggested registers none was taken; 25 were used, and
hovercraft_tours and village_cricket_tea were not needed. Own items reworded after main()'s
duplicate check reported them by id (7 items, reworded without the earlier queries being looked at):
one plain calculator one-liner, two plain unit one-liners, and four near-positives (a
contested-unit, a current-date, an exchange-rate and a world-fact item); no conversation was
reported. Other own edits while writing: one plain calculator one-liner's fraction was changed
because its decimal needed four places (the calculator limit is three); one plain unit one-liner's
distance was changed so that an answer rounded to two decimals stays within the 1e-3 tolerance; one
date word problem had a doubled word removed.

Registers (families), 25, new: optician, launderette_owner, hospice_shop, ice_hockey_club,
christmas_tree_farm, crazy_golf, paintball_site, lido, farrier, thatcher, chocolatier,
bicycle_courier_firm, bowling_green, fish_farm, cider_mill, goat_dairy, wool_shop, surf_school,
model_shop, escape_game_venue, dance_hall, pottery_studio_owner, garden_railway_society,
community_radio, tree_nursery. Every register is used by all three tools (asserted). Positives are
one-liners (family "plain") or word problems of one to three sentences in UK and US usage with £,
$ and €, some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, or a persona / format / language / unit / convention / number fixed in an earlier turn, a
follow-up or correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 27: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference), and clock spans run
from one stated time to the next occurrence of the other. Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 27):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_28.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2026-12-31.jsonl"
PREFIX = "ho28-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_27.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 28))
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
calc("plain", "17.5 percent of 360?", pct("17.5") * 360)
calc("plain", "1,284 divided by 16", F(1284, 16))
calc("plain", "3.45 x 28 = ?", dec("3.45") * 28)
calc("plain", "Square root of 1764?", 42)
calc("plain", "(125 + 87) * 3 - 46", (125 + 87) * 3 - 46)
calc("plain", "What is 2 to the power of 12?", 2**12)
calc("plain", "£64 with 15% taken off", 64 * (1 - pct(15)))
calc("plain", "add 20% VAT to £258.40", dec("258.40") * (1 + pct(20)))
calc("plain", "Mean of 14, 19, 22 and 33", F(14 + 19 + 22 + 33, 4))
calc("plain", "9876 minus 4589.25", 9876 - dec("4589.25"))
calc("plain", "What's 11/40 as a decimal?", F(11, 40))
calc("plain", "27 is what percent of 180", F(27, 180) * 100)
calc("plain", "split $1,850 eight ways", F(1850, 8))
calc("plain", "Increase 450 by 12.5 percent", 450 * (1 + pct("12.5")))

# word problems in the registers
calc(
    "optician",
    "Frames are £89, the lenses £65 and the anti-glare coating £25, and the practice is "
    "offering 20% off the whole order. What's my total?",
    (89 + 65 + 25) * (1 - pct(20)),
)
calc(
    "launderette_owner",
    "Washers take $4.50 a cycle and the dryers $2 a go. Saturday we had 38 washes and 51 "
    "dryer runs - how much did the machines take?",
    38 * dec("4.50") + 51 * 2,
)
calc(
    "launderette_owner",
    "service washes are $14 a load and my loyalty card makes every 6th load free. a regular "
    "brought in 18 loads over the quarter, what did she pay altogether?",
    (18 - 18 // 6) * 14,
)
calc(
    "hospice_shop",
    "Takings from our stall at the fete: 14 paperbacks at £1.50, 6 coats at £12 and a "
    "pine dresser for £85. What's that in total?",
    14 * dec("1.50") + 6 * 12 + 85,
)
calc(
    "ice_hockey_club",
    "Season tickets are $420 for adults and $260 for juniors. We've sold 137 adult and 48 "
    "junior ones so far. How much revenue is that?",
    137 * 420 + 48 * 260,
)
calc(
    "christmas_tree_farm",
    "Large Nordmann firs are £55, medium ones £42 and a stand is £18. Someone takes two "
    "large, one medium and two stands and hands over £200 - how much change?",
    200 - (2 * 55 + 42 + 2 * 18),
)
calc(
    "crazy_golf",
    "It's £7.50 per adult and £5 per child, or £22 for a family ticket covering 2 adults and "
    "2 kids. How much does a family of four save with the family ticket?",
    2 * dec("7.50") + 2 * 5 - 22,
)
calc(
    "paintball_site",
    "Entry is £25 a head including 100 paintballs, and extra paint is £8 per 100. A stag "
    "group of 12 each buy 300 extra. What's the group's bill?",
    12 * 25 + 12 * 3 * 8,
)
calc(
    "lido",
    "A season pass at the lido is £295 and a single swim is £6.80. What's the smallest "
    "number of swims for which the pass works out cheaper?",
    whole_up(F(295) / dec("6.80")),
)
calc(
    "farrier",
    "A full set of shoes is $160 and a trim is $45. In March I did 23 full sets and 31 trims, "
    "and the yard takes 15% of my takings. How much do I keep?",
    (23 * 160 + 31 * 45) * (1 - pct(15)),
)
calc(
    "thatcher",
    "Water reed is £1.95 a bundle and the roof needs 2,400 bundles. Add £14,500 labour, then "
    "20% VAT on the lot. What's the quote come to?",
    (2400 * dec("1.95") + 14500) * (1 + pct(20)),
)
calc(
    "chocolatier",
    "A box of 16 truffles sells for £24. The ingredients cost 42p per truffle and the box "
    "itself 90p. What's my profit on each box?",
    24 - 16 * dec("0.42") - dec("0.90"),
)
calc(
    "chocolatier",
    "i've got 3.6 kg of ganache and each bonbon takes 12 g. how many bonbons can i fill",
    F(3600, 12),
)
calc(
    "bicycle_courier_firm",
    "We charge €6 flat plus €1.40 per km. What's the fare for a 7.5 km job with a 20% rush "
    "surcharge on top of the whole fare?",
    (6 + dec("1.40") * dec("7.5")) * (1 + pct(20)),
)
calc(
    "bicycle_courier_firm",
    "Riders keep 65% of every fare. If Sam did 42 jobs averaging £11.20 each, what's he earned?",
    42 * dec("11.20") * pct(65),
)
calc(
    "bowling_green",
    "Annual subs are £140, juniors pay half and over-75s pay £95. We have 48 full members, 9 "
    "juniors and 22 over-75s. What do the subs bring in?",
    48 * 140 + 9 * 70 + 22 * 95,
)
calc(
    "fish_farm",
    "We stocked 12,000 trout fry and lost 18% of them before they reached table size. At "
    "£3.40 a fish, what are the survivors worth?",
    12000 * (1 - pct(18)) * dec("3.40"),
)
calc(
    "cider_mill",
    "Every 1,000 kg of apples gives us 650 litres of juice. How many litres will 7,400 kg "
    "of apples give?",
    F(7400, 1000) * 650,
)
calc(
    "cider_mill",
    "Bottles are £3.25 each or £33 for a case of 12. How much do I save per bottle if I buy "
    "the case?",
    dec("3.25") - F(33, 12),
)
calc(
    "goat_dairy",
    "Each of our 45 goats gives 3.2 litres a day. How many litres is that over a 7-day week?",
    45 * dec("3.2") * 7,
)
calc(
    "wool_shop",
    "4 balls of merino at £7.95, 2 of alpaca at £11.50 and a pair of needles for £4.20, "
    "then 10% off with the knitting club card. What do I pay?",
    (4 * dec("7.95") + 2 * dec("11.50") + dec("4.20")) * (1 - pct(10)),
)
calc(
    "wool_shop",
    "The cardigan pattern needs 1,150 m of yarn and each ball is 125 m. How many balls "
    "should I buy?",
    whole_up(F(1150, 125)),
)
calc(
    "surf_school",
    "booked 9 group lessons at $65 and 3 privates at $140, already paid a $300 deposit. "
    "what's the balance?",
    9 * 65 + 3 * 140 - 300,
)
calc(
    "model_shop",
    "Kit £38.99, seven pots of paint at £2.35 each and a tube of glue for £4.50. Total please",
    dec("38.99") + 7 * dec("2.35") + dec("4.50"),
)
calc(
    "escape_game_venue",
    "Our rooms are £24 per person for teams of 4, or £21 per person for teams of 5 or 6. "
    "What does a team of 6 pay?",
    6 * 21,
)
calc(
    "escape_game_venue",
    "Corporate booking: 5 rooms with 6 players each at £21 a head, 15% off the room price, "
    "plus pizza at £9.50 a head (no discount on food). What's the invoice total?",
    30 * 21 * (1 - pct(15)) + 30 * dec("9.50"),
)
calc(
    "dance_hall",
    "The hall hire is £45 an hour and the tea dance runs for 2.5 hours. 64 people paid £4.50 "
    "each on the door. What's left once the hire is paid?",
    64 * dec("4.50") - 45 * dec("2.5"),
)
calc(
    "pottery_studio_owner",
    "Electricity is 38p per kWh and a glaze firing uses 42 kWh. If I fire 3 times a week "
    "for 50 weeks, what does the kiln cost me to run?",
    dec("0.38") * 42 * 3 * 50,
)
calc(
    "garden_railway_society",
    "Brass track comes in 1.5 m lengths at £17.50 each. Our new loop is 27 m long. How much "
    "will the track cost?",
    F(27) / dec("1.5") * dec("17.50"),
)
calc(
    "community_radio",
    "Ad slots are £12 each. A sponsor wants 4 a day for 21 days and we've agreed 10% off "
    "for the bulk booking. What do we invoice?",
    4 * 21 * 12 * (1 - pct(10)),
)
calc(
    "tree_nursery",
    "Bare-root hawthorn whips are 85p each, or 65p each when you buy 500 or more. How much "
    "for 650 whips?",
    650 * dec("0.65"),
)
assert F(27) / dec("1.5") == 18  # whole lengths of track
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


# plain one-liners
unit_r("plain", "8 km in miles", 8000 / MI)
unit_r("plain", "how many grams is 12 oz", 12 * OZ * 1000)
unit_r("plain", "180 cm in feet?", F(180, 100) / FT)
unit("plain", "Convert 68 F to C", f_to_c(68), EXACT)
unit_r("plain", "110 km/h to mph", 110 * KMH / MPH)
unit_r("plain", "3.5 stone in kilograms", dec("3.5") * STONE)
unit("plain", "How many MiB are in 3.25 GiB?", dec("3.25") * GIB / MIB, EXACT)
unit_r("plain", "25 acres to hectares", 25 * ACRE / 10**4)
unit("plain", "1,250 ml is how many litres", F(1250, 1000), EXACT)
unit_r("plain", "what's 40 mph in km/h", 40 * MPH / KMH)
unit("plain", "6 ft 2 in in centimetres", (6 * FT + 2 * IN) * 100, EXACT)
unit_r("plain", "2.2 bar to psi", dec("2.2") * BAR / PSI)
unit("plain", "How many yards in a mile?", MI / YD, EXACT)
unit("plain", "-10 degrees Celsius in Fahrenheit", c_to_f(-10), EXACT)

# word problems in the registers
unit_r(
    "optician",
    "My prescription gives a pupillary distance of 63 mm. What's that in inches?",
    F(63, 1000) / IN,
)
unit(
    "launderette_owner",
    "the big dryer runs at 75 degrees C, what's that in fahrenheit",
    c_to_f(75),
    EXACT,
)
unit_r(
    "hospice_shop",
    "Someone donated a rug that's 6 ft by 9 ft. What's its area in square metres?",
    6 * 9 * SQFT,
)
unit(
    "ice_hockey_club",
    "We keep the rink ice at 23°F. What's that in Celsius?",
    f_to_c(23),
    EXACT,
)
unit_r(
    "christmas_tree_farm",
    "The tallest tree we've ever sold was 18 feet. How tall is that in metres?",
    18 * FT,
)
unit_r(
    "crazy_golf",
    "Our 18-hole course covers 1,200 square yards. How many square metres is that?",
    1200 * SQYD,
)
unit_r(
    "paintball_site",
    "The markers are chronoed at 280 feet per second. What's that in miles per hour?",
    280 * FT / MPH,
)
unit(
    "lido",
    "Our lido is 50 yards long - how many metres is that?",
    50 * YD,
    EXACT,
)
unit(
    "lido",
    "The pool's heated to 24°C this summer. What is that in Fahrenheit?",
    c_to_f(24),
    EXACT,
)
unit_r(
    "farrier",
    "A heavy horse's front shoe weighs 1.8 kg. How many pounds is that?",
    dec("1.8") / LB,
)
unit(
    "farrier",
    "My forge fire reaches 2,300°F. What temperature is that in Celsius?",
    f_to_c(2300),
    EXACT,
)
unit_r(
    "thatcher",
    "The roof to be thatched is 1,450 square feet. What's that in square metres?",
    1450 * SQFT,
)
unit(
    "thatcher",
    "hazel spars are cut 30 inches long. how many cm is that",
    30 * IN * 100,
    EXACT,
)
unit(
    "chocolatier",
    "The recipe says temper the milk chocolate at 86°F. What's that in °C?",
    f_to_c(86),
    EXACT,
)
unit_r(
    "bicycle_courier_firm",
    "Our riders pump their tyres to 100 psi. What's that in bar?",
    100 * PSI / BAR,
)
unit_r(
    "bowling_green",
    "My woods weigh 3 lb 6 oz each. How many grams is that?",
    (3 * LB + 6 * OZ) * 1000,
)
unit_r(
    "fish_farm",
    "Our stock pond holds 85,000 litres of water. How many cubic feet is that?",
    F(85000, 1000) / CUFT,
)
unit(
    "fish_farm",
    "The hatchery water is at 59°F. What's that in Celsius?",
    f_to_c(59),
    EXACT,
)
unit(
    "cider_mill",
    "Our press plate is 36 inches across. What's that in centimetres?",
    36 * IN * 100,
    EXACT,
)
unit_r(
    "goat_dairy",
    "Our first kid of the season weighed 3.6 kg at birth. What is that in pounds?",
    dec("3.6") / LB,
)
unit(
    "wool_shop",
    "This skein of laceweight is 200 yards. How many metres?",
    200 * YD,
    EXACT,
)
unit_r(
    "surf_school",
    "The forecast says waves of 6 feet. What is that in metres?",
    6 * FT,
)
unit_r(
    "surf_school",
    "the rescue jet ski tops out at 55 mph - what's that in km/h?",
    55 * MPH / KMH,
)
unit(
    "model_shop",
    "A 1:48 scale model of a 60 ft lifeboat - how long is the model in inches?",
    60 * FT / 48 / IN,
    EXACT,
)
unit_r(
    "escape_game_venue",
    "The new room is 4.5 m by 6 m. How many square feet is that?",
    dec("4.5") * 6 / SQFT,
)
unit_r(
    "dance_hall",
    "The sprung dance floor is 2,000 square feet. What's that in square metres?",
    2000 * SQFT,
)
unit(
    "pottery_studio_owner",
    "My glaze firing tops out at 1,240°C. What's that in Fahrenheit?",
    c_to_f(1240),
    EXACT,
)
unit_r(
    "garden_railway_society",
    "The longest straight on our layout is 42 feet. How long is that in metres?",
    42 * FT,
)
unit(
    "community_radio",
    "Our audio archive takes up 740 GiB. How many MiB is that?",
    740 * GIB / MIB,
    EXACT,
)
unit_r(
    "tree_nursery",
    "The nursery covers 12 acres. What's that in hectares?",
    12 * ACRE / 10**4,
)
unit_r(
    "tree_nursery",
    "We space the cherry saplings 2.5 m apart. How many feet is that?",
    dec("2.5") / FT,
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


def weeks(a, b):
    n = days(a, b)
    assert n % 7 == 0, (a, b)  # whole weeks only
    return n // 7


# plain one-liners
date_item("plain", "What day of the week is 25 December 2027?", weekday(D(2027, 12, 25)))
date_item(
    "plain",
    "how many days between 1 March 2027 and 1 July 2027",
    days(D(2027, 3, 1), D(2027, 7, 1)),
)
date_item("plain", "What date is 90 days after 15 January 2028?", D(2028, 1, 15) + TD(days=90))
date_item("plain", "6 weeks after 3 August 2027?", D(2027, 8, 3) + TD(weeks=6))
date_item("plain", "Which day of the week was 20 July 1969?", weekday(D(1969, 7, 20)))
date_item("plain", "minutes between 09:45 and 17:20", clock_span("09:45", "17:20", 60))
date_item(
    "plain",
    "How many weeks from 5 January 2027 to 16 March 2027?",
    weeks(D(2027, 1, 5), D(2027, 3, 16)),
)
date_item("plain", "what date was 100 days before 1 January 2028", D(2028, 1, 1) - TD(days=100))
date_item(
    "plain",
    "How old is someone born on 12 June 1990 on 1 May 2028?",
    age(D(1990, 6, 12), D(2028, 5, 1)),
)
date_item("plain", "hours from 8pm to 6:30am", clock_span("20:00", "06:30", 3600))
date_item("plain", "Date of the last Friday in November 2027?", nth_weekday(2027, 11, FRI, -1))
date_item("plain", "What weekday will 1 January 2030 fall on?", weekday(D(2030, 1, 1)))
date_item("plain", "3 weeks before 10 October 2027 is what date", D(2027, 10, 10) - TD(weeks=3))
date_item(
    "plain",
    "Number of days from 14 September 2027 to 2 February 2028?",
    days(D(2027, 9, 14), D(2028, 2, 2)),
)

# word problems in the registers
date_item(
    "optician",
    "My eye test is booked for 9 November 2027. What day of the week is that?",
    weekday(D(2027, 11, 9)),
)
date_item(
    "launderette_owner",
    "The new dryers went in on 3 February 2027 with a 78-week warranty. On what date does the "
    "warranty run out?",
    D(2027, 2, 3) + TD(weeks=78),
)
date_item(
    "hospice_shop",
    "Our summer sale runs from 12 August 2027 to 2 September 2027. How many days is that "
    "from start to finish?",
    days(D(2027, 8, 12), D(2027, 9, 2)),
)
date_item(
    "ice_hockey_club",
    "The season opens on Saturday 18 September 2027 and the final is on Saturday 8 April "
    "2028. How many weeks apart are they?",
    weeks(D(2027, 9, 18), D(2028, 4, 8)),
)
date_item(
    "ice_hockey_club",
    "we've got the rink from 10:40 pm to 1:10 am. how many minutes of ice time is that?",
    clock_span("22:40", "01:10", 60),
)
date_item(
    "christmas_tree_farm",
    "We open on the first Saturday of December 2027. What's the date?",
    nth_weekday(2027, 12, SAT, 1),
)
date_item(
    "christmas_tree_farm",
    "How many days are there between 27 November 2027 and 24 December 2027?",
    days(D(2027, 11, 27), D(2027, 12, 24)),
)
date_item(
    "crazy_golf",
    "We reopen for the season on 3 April 2027. What date is 10 weeks after that?",
    D(2027, 4, 3) + TD(weeks=10),
)
date_item(
    "paintball_site",
    "A birthday group has booked for 16 October 2027 - what day of the week is that?",
    weekday(D(2027, 10, 16)),
)
date_item(
    "lido",
    "The lido opens on 29 May 2027 and shuts on 12 September 2027. How many days after "
    "opening day is closing day?",
    days(D(2027, 5, 29), D(2027, 9, 12)),
)
date_item(
    "farrier",
    "This mare is reshod every 6 weeks. Her last set was fitted on 22 January 2027, so when is "
    "she next due?",
    D(2027, 1, 22) + TD(weeks=6),
)
date_item(
    "thatcher",
    "I start the cottage on 5 July 2027 and the owners want it finished 37 days after that. "
    "What date is that?",
    D(2027, 7, 5) + TD(days=37),
)
date_item(
    "chocolatier",
    "Valentine's orders close 10 days before 14 February 2028. What's the cut-off date?",
    D(2028, 2, 14) - TD(days=10),
)
date_item(
    "bicycle_courier_firm",
    "A rider's shift runs from 7:30 to 16:15. How many hours is that?",
    clock_span("07:30", "16:15", 3600),
)
date_item(
    "bowling_green",
    "Our bowls club was founded on 2 May 1908. What day of the week was that?",
    weekday(D(1908, 5, 2)),
)
date_item(
    "fish_farm",
    "Trout eggs laid down on 11 November 2027 take 42 days to hatch. What date will they hatch?",
    D(2027, 11, 11) + TD(days=42),
)
date_item(
    "cider_mill",
    "The cider went into casks on 18 October 2027 and needs 120 days to mature. On what "
    "date is it ready?",
    D(2027, 10, 18) + TD(days=120),
)
date_item(
    "goat_dairy",
    "Our nanny went to the billy on 3 September 2027. Kidding is 150 days later - what date "
    "is that?",
    D(2027, 9, 3) + TD(days=150),
)
date_item(
    "wool_shop",
    "The knit-along meets every Thursday starting 7 October 2027, 12 sessions in all. What's "
    "the date of the final session?",
    D(2027, 10, 7) + TD(weeks=11),
)
date_item(
    "surf_school",
    "summer camp runs 26 July 2027 to 20 August 2027, how many days between those dates",
    days(D(2027, 7, 26), D(2027, 8, 20)),
)
date_item(
    "model_shop",
    "The new locomotive pre-orders ship on 21 March 2028. What day of the week is that?",
    weekday(D(2028, 3, 21)),
)
date_item(
    "escape_game_venue",
    "A gift voucher bought on 16 December 2027 expires 180 days after purchase. What date "
    "does it expire?",
    D(2027, 12, 16) + TD(days=180),
)
date_item(
    "dance_hall",
    "The very first dance in our hall was held on 31 December 1932. What weekday was that?",
    weekday(D(1932, 12, 31)),
)
date_item(
    "dance_hall",
    "Salsa night runs from 8:15 pm till 10:30 pm. How many minutes is that?",
    clock_span("20:15", "22:30", 60),
)
date_item(
    "pottery_studio_owner",
    "The kiln switched on at 21:40 and finished at 09:10 the next morning. How many hours "
    "did it run?",
    clock_span("21:40", "09:10", 3600),
)
date_item(
    "pottery_studio_owner",
    "A course of 10 weekly classes starts on Thursday 13 January 2028. What's the date of "
    "the 10th class?",
    D(2028, 1, 13) + TD(weeks=9),
)
date_item(
    "garden_railway_society",
    "Our open day is the second Sunday in June 2027. What date is that?",
    nth_weekday(2027, 6, SUN, 2),
)
date_item(
    "garden_railway_society",
    "How many days is it from 4 April 2027 to 15 August 2027?",
    days(D(2027, 4, 4), D(2027, 8, 15)),
)
date_item(
    "community_radio",
    "The station first went on air on 14 February 2009. How many days had it been "
    "broadcasting by 14 February 2027?",
    days(D(2009, 2, 14), D(2027, 2, 14)),
)
date_item(
    "community_radio",
    "Our weekly folk show began on Sunday 6 June 2027. What's the date of episode 26?",
    D(2027, 6, 6) + TD(weeks=25),
)
date_item(
    "tree_nursery",
    "We lift bare-root stock from 1 November 2027 to 31 March 2028. How many days is that "
    "from the first date to the last?",
    days(D(2027, 11, 1), D(2028, 3, 31)),
)
assert weekday(D(2027, 9, 18)) == weekday(D(2028, 4, 8)) == "Saturday"
assert weekday(D(2027, 10, 7)) == weekday(D(2028, 1, 13)) == "Thursday"
assert weekday(D(2027, 6, 6)) == "Sunday"


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four in each register, none of them a calculation, conversion or date sum
ORDINARY = {
    "optician": [
        "How do I explain to a nervous six-year-old what happens at an eye test?",
        "Write a short text message telling a customer their new glasses are ready to collect.",
        "What are the pros and cons of daily disposable contact lenses compared with monthlies?",
        "Why do some people get headaches when they first wear varifocals?",
    ],
    "launderette_owner": [
        "How could I get more students from the nearby halls using my launderette?",
        "Draft a polite sign asking customers not to leave their washing in the machines.",
        "What's the best way to get melted crayon off the inside of a tumble dryer drum?",
        "Is it worth putting a coffee machine and a few chairs into a small launderette?",
    ],
    "hospice_shop": [
        "How should we price donated designer handbags so they sell but raise a fair amount?",
        "Write a warm thank-you card for a volunteer who is retiring from the shop.",
        "Which donated items is a charity shop in England not allowed to sell?",
        "Give me some ideas for an autumn window display on a tiny budget.",
    ],
    "ice_hockey_club": [
        "Explain the icing rule to someone watching their first hockey game.",
        "How can a junior ice hockey club raise money for new goalie gear?",
        "Write the opening paragraph of a match report for a thrilling overtime win.",
        "What should parents know about concussion in youth hockey?",
    ],
    "christmas_tree_farm": [
        "Why do Nordmann firs hold their needles better than Norway spruce?",
        "Write a cheerful Facebook post announcing that the tree field is open for the season.",
        "How do I stop deer nibbling the leaders of young fir trees?",
        "Should we offer a tree recycling collection in January, and how might it work?",
    ],
    "crazy_golf": [
        "Suggest a pirate-themed obstacle for the final hole of a crazy golf course.",
        "How can we make our crazy golf course easier to play for wheelchair users?",
        "Come up with a fun name for a dinosaur-themed crazy golf course.",
        "How should staff handle a group of teenagers who are deliberately damaging a hole?",
    ],
    "paintball_site": [
        "What should go into the safety briefing for first-time paintball players?",
        "Write clear rules for a capture-the-flag game at a woodland paintball site.",
        "Is paintball suitable for a ten-year-old's birthday party, or is there a gentler option?",
        "How can we cut down on complaints about bruising from paintball hits?",
    ],
    "lido": [
        "Write a friendly sign welcoming cold-water swimmers to the lido in winter.",
        "What are the claimed benefits of outdoor swimming in cold water, and are they real?",
        "How can a lido attract more families on weekday afternoons in term time?",
        "What should a lifeguard do if a swimmer goes into cold water shock?",
    ],
    "farrier": [
        "What's the difference between hot shoeing and cold shoeing?",
        "How do I tell a client their horse has thrush without alarming them?",
        "Is going barefoot better than shoes for a cob that mostly hacks on roads?",
        "What should a new apprentice farrier focus on in their first year?",
    ],
    "thatcher": [
        "Long straw or water reed: which lasts longer on a roof, and why?",
        "Write a covering letter to go with a quote for rethatching a listed cottage.",
        "How do I stop birds pulling the thatch out to build their nests?",
        "What fire precautions should the owner of a thatched cottage take?",
    ],
    "chocolatier": [
        "Why has my dark chocolate come out with dull white streaks on it?",
        "Suggest three unusual flavour pairings for a winter truffle collection.",
        "Write a mouth-watering product description for salted caramel bonbons.",
        "How should I store handmade chocolates in a shop with no air conditioning in summer?",
    ],
    "bicycle_courier_firm": [
        "Write a job advert for a cycle courier in central Manchester.",
        "How do we keep our riders safe on icy winter mornings?",
        "Should a small courier firm switch from road bikes to electric cargo bikes?",
        "How should I respond to a customer who insists their parcel never arrived?",
    ],
    "bowling_green": [
        "Explain the basic rules of lawn bowls to a complete beginner.",
        "How can our bowls club attract members under fifty?",
        "What causes brown patches to appear on a bowling green in late summer?",
        "Write a notice inviting the village to our bowls club open afternoon.",
    ],
    "fish_farm": [
        "What causes oxygen levels to crash in a trout pond on a hot night?",
        "Is it better for a small fish farm to sell direct to restaurants or to a wholesaler?",
        "How can we stop herons taking fish from our outdoor ponds?",
        "Write a short blurb for the smoked trout we sell in our farm shop.",
    ],
    "cider_mill": [
        "What's the difference between cider and perry?",
        "Why has my cider stayed cloudy after fermentation finished?",
        "Suggest some names for a dry cider made from an old Somerset orchard.",
        "How do I run a good cider tasting evening for about twenty people?",
    ],
    "goat_dairy": [
        "Why does goat's milk taste different from cow's milk?",
        "How do I get started making soft goat's cheese in a small dairy?",
        "What signs show that a goat is about to give birth?",
        "Write a label blurb for our handmade goat's milk soap.",
    ],
    "wool_shop": [
        "What's a good first knitting project for a teenager?",
        "Explain the difference between double knit and aran yarn.",
        "How do I fix a dropped stitch that's run down several rows?",
        "Write an upbeat newsletter introduction for our winter knit-along.",
    ],
    "surf_school": [
        "What should beginner surfers know about rip currents?",
        "Is a foam board really better than a hard board for learning to surf?",
        "Write a message cancelling tomorrow's lessons because the surf is too big.",
        "How do I choose a wetsuit thickness for surfing in Cornwall in April?",
    ],
    "model_shop": [
        "What's the difference between OO gauge and HO gauge model railways?",
        "What's the best glue for assembling plastic model kits?",
        "How do I weather a model steam locomotive so it looks realistic?",
        "Write a social media post about the new kits that have just arrived in our shop.",
    ],
    "escape_game_venue": [
        "Give me a puzzle idea for a Victorian detective themed escape room.",
        "How many hints should we give a team that's clearly stuck?",
        "Write a spooky introduction speech for our haunted house room.",
        "How can we stop players damaging the props in our rooms?",
    ],
    "dance_hall": [
        "What's the difference between a waltz and a foxtrot?",
        "Suggest a playlist for a 1940s-style tea dance.",
        "How can we make our singles dance nights feel welcoming to newcomers?",
        "Write a poster for a Saturday night ceilidh in the village hall.",
    ],
    "pottery_studio_owner": [
        "Why did my bowl crack in the kiln during the bisque firing?",
        "What's the difference between earthenware and stoneware clay?",
        "How should I price a beginners' wheel-throwing class in a small town?",
        "Write a friendly set of studio rules about cleaning up after yourself.",
    ],
    "garden_railway_society": [
        "How do we keep fallen leaves off the track of a garden railway in autumn?",
        "Which plants look right in scale alongside a garden railway?",
        "Write a welcome message for new members of our garden railway society.",
        "Is live steam or battery power the better choice for a beginner's garden railway?",
    ],
    "community_radio": [
        "How can we find volunteers to present our breakfast show?",
        "Write a short promo script for our local news hour.",
        "What licences does a community radio station in the UK need to play music?",
        "Any tips for interviewing a really nervous guest on air?",
    ],
    "tree_nursery": [
        "Which native trees do well in a heavy clay garden?",
        "How do I stop rabbits eating newly planted hedging whips?",
        "Write a short care leaflet for customers who've bought a young apple tree.",
        "Why are the leaves on my potted Japanese maples going brown and crispy at the edges?",
    ],
}

for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)

# hard single-turn negatives that look like tool questions but need the language model
NEAR = [
    (
        "near-exchange-rate",
        "What would £375 get me in euros at the bank?",
        "needs a live exchange rate",
    ),
    ("near-exchange-rate", "what's 80 dollars in pounds", "needs a live exchange rate"),
    (
        "near-exchange-rate",
        "Convert €1,200 to US dollars for our surf trip budget.",
        "needs a live exchange rate",
    ),
    (
        "near-exchange-rate",
        "A jumper is $45 on the American website. What's that in sterling?",
        "needs a live exchange rate",
    ),
    ("near-density", "How many kilograms does 5 litres of honey weigh?", "needs a density"),
    ("near-density", "How many cups is 500 g of plain flour?", "density and a contested cup"),
    ("near-density", "What does 20 litres of olive oil weigh in pounds?", "needs a density"),
    ("near-missing", "What's the total once I add the VAT?", "the amount is missing"),
    ("near-missing", "How much change will I get from a £20 note?", "the price is missing"),
    (
        "near-missing",
        "How many floor tiles do I need for the kitchen?",
        "room and tile sizes are missing",
    ),
    (
        "near-private",
        "How many days is it until my next dentist appointment?",
        "private record and the current date",
    ),
    (
        "near-private",
        "What did I spend at the garden centre in total last month?",
        "private records",
    ),
    (
        "near-private",
        "Which day of the week does my wife's birthday fall on in 2027?",
        "the birthday is not stated",
    ),
    ("near-private", "How many hours did I work last week?", "private records"),
    (
        "near-world",
        "What is the height of Scafell Pike in feet?",
        "needs a world fact before converting",
    ),
    ("near-world", "How many days did the Apollo 11 mission last?", "needs a world fact"),
    (
        "near-world",
        "How far is it from London to Edinburgh by road, in miles?",
        "needs a world fact",
    ),
    (
        "near-world",
        "How many years ago was the Forth Bridge completed?",
        "a world fact and the current date",
    ),
    (
        "near-estimate",
        "Roughly how many golf balls would fit inside a double-decker bus?",
        "an estimate",
    ),
    (
        "near-estimate",
        "About how much does it cost to run a tumble dryer for a year?",
        "an estimate from unstated assumptions",
    ),
    (
        "near-estimate",
        "How many people could comfortably dance in a hall of 300 square metres?",
        "an estimate and a judgement",
    ),
    ("near-judgement", "Is £6 a fair price for a pint of craft cider?", "a judgement"),
    (
        "near-judgement",
        "Should I pay £1,200 upfront or £110 a month for a year for the kiln?",
        "a judgement about cost of money and risk",
    ),
    (
        "near-judgement",
        "Is it worth buying a £400 test kiln if I only fire twice a month?",
        "a judgement",
    ),
    ("near-words", "Write 4,350 in words for a cheque.", "an answer in words"),
    (
        "near-words",
        "Write the date 2 March 2027 out in full words for a wedding invitation.",
        "an answer in words",
    ),
    (
        "near-words",
        "What's three hundred and twelve plus forty-nine? Please answer in words.",
        "an answer in words",
    ),
    ("near-roman", "What is MCMXCIV in ordinary numbers?", "Roman numerals"),
    ("near-roman", "Write 2028 in Roman numerals.", "Roman numerals"),
    ("near-roman", "What's XLVII plus XVI, in Roman numerals?", "Roman numerals"),
    ("near-language", "¿Cuánto es el 15 por ciento de 80?", "another language"),
    (
        "near-language",
        "Combien de jours y a-t-il entre le 3 mars et le 10 avril 2027 ?",
        "another language",
    ),
    ("near-language", "Wie viel sind 12 Euro mal 7?", "another language"),
    ("near-language", "Quanto fa 250 diviso 4?", "another language"),
    (
        "near-code",
        "Write a Python function that adds 20% VAT to a price.",
        "code",
    ),
    ("near-code", "What does 7 // 2 return in Python?", "code semantics"),
    ("near-code", "In JavaScript, what does 0.1 + 0.2 evaluate to?", "code semantics"),
    (
        "near-spreadsheet",
        "What Excel formula gives the number of days between the dates in A1 and B1?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Google Sheets formula to add 15% to every price in column B?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Why does my spreadsheet show ##### instead of the date?",
        "a spreadsheet explanation",
    ),
    ("near-dosing", "My goat weighs 45 kg, how much wormer should I give her?", "dosing"),
    ("near-dosing", "How many ml of Calpol can I give a four-year-old?", "dosing"),
    ("near-dosing", "What's the ivermectin dose for a 500 kg horse?", "dosing"),
    (
        "near-standard-size",
        "How big is a standard flat bowling green in metres?",
        "a standard size",
    ),
    ("near-standard-size", "What are the dimensions of an A4 sheet in inches?", "a standard size"),
    (
        "near-standard-size",
        "What's the diameter of a regulation ice hockey puck in centimetres?",
        "a standard size",
    ),
    ("near-time-zone", "If it's 3 pm in London, what time is it in New York?", "time zones"),
    (
        "near-time-zone",
        "Our show goes out at 8 pm UK time. When is that in Sydney?",
        "time zones and daylight saving",
    ),
    ("near-time-zone", "When it's noon in Tokyo, what time is it in Los Angeles?", "time zones"),
    ("near-easter", "What date is Easter Sunday in 2028?", "Easter"),
    ("near-easter", "Does Good Friday fall in March or April in 2027?", "Easter"),
    (
        "near-working-days",
        "How many working days are there in March 2027?",
        "working days depend on holidays",
    ),
    (
        "near-working-days",
        "Delivery takes 10 business days from 20 December 2027. What date will it arrive?",
        "working days over bank holidays",
    ),
    (
        "near-working-days",
        "How many weekdays not counting bank holidays are there in May 2027 in England?",
        "bank holidays",
    ),
    ("near-contested-unit", "How many pints are in a gallon?", "US vs imperial"),
    ("near-contested-unit", "Convert 3 tons to kilograms.", "short, long or metric ton"),
    (
        "near-contested-unit",
        "Our van does 38 mpg - how many litres per 100 km is that?",
        "US vs imperial gallons",
    ),
    ("near-contested-unit", "how many tablespoons in 100 ml", "tablespoon size varies"),
    (
        "near-numeric-date",
        "What day of the week is 04/06/2027?",
        "all-numeric date of unstated order",
    ),
    (
        "near-numeric-date",
        "How many days are there between 03/04/2027 and 05/06/2027?",
        "all-numeric dates of unstated order",
    ),
    ("near-numeric-date", "Add 30 days to 07/08/2027.", "all-numeric date of unstated order"),
    ("near-current-date", "What's the date today?", "the current date"),
    ("near-current-date", "How many sleeps until Christmas?", "the current date"),
    (
        "near-current-date",
        "How old am I if I was born on 14 May 1985?",
        "the current date",
    ),
    (
        "near-current-date",
        "Which weekday will it be the day after tomorrow?",
        "the current date",
    ),
]
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)

# conversations: an earlier turn fixes what the last user turn needs
CONVS = [
    (
        "conv-persona",
        [
            (U, "For the rest of this chat, answer like a grumpy Victorian farrier."),
            (A, "Hmph. Very well. Ask your question and be quick about it, I've horses waiting."),
            (U, "How many minutes are there between 9:15 and 11:40?"),
        ],
        "persona fixed in the first turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Pip, the cheeky parrot mascot of a crazy golf course. Keep every "
                    "answer playful and under thirty words."
                ),
            ),
            (U, "If 4 of us each play 18 holes, how many holes is that altogether?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a 1950s radio announcer while we talk, please."),
            (A, "Good evening, listeners! Your announcer is at the microphone. Fire away!"),
            (U, "What day of the week was 1 January 1955?"),
        ],
        "persona fixed in the first turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are the assistant at a small chocolate shop. Always end each answer by "
                    "suggesting a chocolate to go with it."
                ),
            ),
            (U, "What's 450 g in ounces?"),
        ],
        "persona and extra content fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "Please give all your answers as a bulleted list with the working shown."),
            (A, "Sure - I'll set out each answer as bullet points and show the working."),
            (U, "What is 15% of £340?"),
        ],
        "answer format fixed in the first turn",
    ),
    (
        "conv-format",
        [
            (U, "Reply only in JSON with the keys answer and unit from now on."),
            (A, '{"answer": "understood", "unit": null}'),
            (U, "Convert 12 km into miles."),
        ],
        "JSON format fixed in the first turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer everything in a single rhyming couplet, please."),
            (A, "Your wish is clear, I'll do my best: two rhyming lines for each request."),
            (U, "How many days are there from 1 May to 1 June 2027?"),
        ],
        "verse format fixed in the first turn",
    ),
    (
        "conv-format",
        [
            (U, "From here on, put every answer in a small table."),
            (A, "Understood - I'll present each answer as a table."),
            (U, "Three coats at £12 and two scarves at £6.50 - what's the total?"),
        ],
        "table format fixed in the first turn",
    ),
    (
        "conv-language",
        [
            (U, "Réponds-moi en français, s'il te plaît."),
            (A, "D'accord, je vous répondrai en français."),
            (U, "What is 48 times 25?"),
        ],
        "answer language fixed in the first turn",
    ),
    (
        "conv-language",
        [
            (U, "Please answer in Welsh from now on."),
            (A, "Iawn, fe wna i ateb yn Gymraeg."),
            (U, "How many metres is 300 feet?"),
        ],
        "answer language fixed in the first turn",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte ab jetzt immer auf Deutsch."),
            (A, "Gern, ich antworte ab jetzt auf Deutsch."),
            (U, "What date is 3 weeks after 10 June 2027?"),
        ],
        "answer language fixed in the first turn",
    ),
    (
        "conv-language",
        [
            (U, "I'm learning Spanish, so reply in Spanish please."),
            (A, "¡Claro! Te responderé en español."),
            (U, "What's 250 divided by 8?"),
        ],
        "answer language fixed in the first turn",
    ),
    (
        "conv-unit",
        [
            (U, "Keep everything metric for me, please - I never think in miles."),
            (A, "Will do: kilometres, kilograms and litres from here on."),
            (U, "How long is the 5 mile charity run?"),
        ],
        "target unit fixed in the first turn, not stated in the last",
    ),
    (
        "conv-unit",
        [
            (U, "At our yard we weigh everything in stones and pounds."),
            (A, "Understood - I'll give weights in stones and pounds."),
            (U, "The new saddle is 9 kg. What's that?"),
        ],
        "target unit fixed in the first turn",
    ),
    (
        "conv-unit",
        [
            (U, "Give me all temperatures in kelvin, please."),
            (A, "Sure, I'll quote temperatures in kelvin."),
            (U, "The urn at the tea dance boils at 100°C - what's that then?"),
        ],
        "target unit fixed in the first turn",
    ),
    (
        "conv-unit",
        [
            (U, "Whenever I ask about a speed, give it in metres per second."),
            (A, "OK - speeds in metres per second."),
            (U, "Our fastest courier averaged 18 mph on Friday. What's that?"),
        ],
        "target unit fixed in the first turn",
    ),
    (
        "conv-convention",
        [
            (U, "In our shop we always round prices up to the next 50p."),
            (A, "Got it - prices rounded up to the next 50p."),
            (U, "What do I charge for something that's £7.20 plus 15%?"),
        ],
        "rounding convention fixed in the first turn",
    ),
    (
        "conv-convention",
        [
            (U, "We number our weeks ISO-style, starting on Mondays."),
            (A, "Noted: ISO week numbers, weeks starting on Monday."),
            (U, "Which week is 14 October 2027 in for us?"),
        ],
        "week-numbering convention fixed in the first turn",
    ),
    (
        "conv-convention",
        [
            (U, "When I ask how long something runs, count both the first and last days."),
            (A, "Understood - I'll count inclusively."),
            (U, "How long is the festival if it runs 3 May to 17 May 2027?"),
        ],
        "inclusive counting fixed in the first turn",
    ),
    (
        "conv-convention",
        [
            (U, "When I say a dozen I always mean a baker's dozen."),
            (A, "Noted - a dozen means thirteen for you."),
            (U, "How many bonbons are in 5 dozen then?"),
        ],
        "a counting convention fixed in the first turn",
    ),
    (
        "conv-number",
        [
            (U, "Our hourly rate for ice time is £185."),
            (A, "Thanks, noted - £185 per hour."),
            (U, "So what would 3.5 hours cost us?"),
        ],
        "the rate is only in the first turn",
    ),
    (
        "conv-number",
        [
            (U, "The lido changing rooms have 312 lockers."),
            (A, "OK, 312 lockers."),
            (U, "If 40% are in use, how many are free?"),
        ],
        "the total is only in the first turn",
    ),
    (
        "conv-number",
        [
            (U, "A skein of our hand-dyed sock yarn is 420 m."),
            (A, "Got it, 420 m per skein."),
            (U, "How many skeins would I need for 1,500 m?"),
        ],
        "the skein length is only in the first turn",
    ),
    (
        "conv-number",
        [
            (U, "Our courier rate is €1.60 per km, no flat fee."),
            (A, "Understood: €1.60 per km."),
            (U, "What do we charge for a 12.5 km job, then?"),
        ],
        "the rate is only in the first turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's 35 times 12?"),
            (A, "35 × 12 = 420."),
            (U, "And what's half of that?"),
        ],
        "follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "How many days from 1 June to 15 July 2027?"),
            (A, "44 days."),
            (U, "What's that in weeks and days?"),
        ],
        "follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "Convert 5 kg to pounds for me."),
            (A, "5 kg is about 11.02 lb."),
            (U, "and how much is it in stone?"),
        ],
        "follow-up on the earlier answer",
    ),
    (
        "conv-follow-up",
        [
            (U, "What day of the week is 4 July 2027?"),
            (A, "4 July 2027 is a Sunday."),
            (U, "What about the year after?"),
        ],
        "follow-up on the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "What's 18 lots of £4.50?"),
            (A, "18 × £4.50 = £81."),
            (U, "Sorry, I meant 28 lots."),
        ],
        "correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "How many feet is 12 metres?"),
            (A, "12 metres is about 39.37 feet."),
            (U, "Oops, I meant 12 yards, and I want it in metres."),
        ],
        "correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "What date is 10 weeks after 1 March 2027?"),
            (A, "10 weeks after 1 March 2027 is 10 May 2027."),
            (U, "No wait, make that 12 weeks."),
        ],
        "correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "Total for 3 trees at £45 each?"),
            (A, "3 × £45 = £135."),
            (U, "Actually it was 4 trees, not 3."),
        ],
        "correction of the earlier question",
    ),
    (
        "conv-explanation",
        [
            (U, "What's 17.5% of 80?"),
            (A, "17.5% of 80 is 14."),
            (U, "How did you work that out?"),
        ],
        "explanation of the earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "How many days are there between 1 January and 1 March 2028?"),
            (A, "There are 60 days."),
            (U, "Why 60 and not 59?"),
        ],
        "explanation of the earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "Convert 100°F to Celsius."),
            (A, "100°F is about 37.78°C."),
            (U, "Can you explain the formula you used?"),
        ],
        "explanation of the earlier answer",
    ),
]
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

# the figures stated in assistant turns above
assert 35 * 12 == 420 and 18 * dec("4.50") == 81 and 3 * 45 == 135 and pct("17.5") * 80 == 14
assert days(D(2027, 6, 1), D(2027, 7, 15)) == 44 and weekday(D(2027, 7, 4)) == "Sunday"
assert D(2027, 3, 1) + TD(weeks=10) == D(2027, 5, 10) and days(D(2028, 1, 1), D(2028, 3, 1)) == 60
assert round(5 / LB, 2) == dec("11.02") and round(12 / FT, 2) == dec("39.37")
assert round(f_to_c(100), 2) == dec("37.78")


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
    # set 27: every positive register is used by all three tools
    partial = sorted(f for f, t in tools_of.items() if len(t) < 3)
    assert not partial, partial
    # earlier generators, imported in memory (no bytecode written: sys.dont_write_bytecode)
    assert sys.dont_write_bytecode
    earlier = set()
    for name in EARLIER:
        earlier |= _generator_queries(_load(EARLIER_DIR / name))
    # no register (family name) of this set is a family name of sets 19 to 27
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 27: {reused}"
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
