r"""Generate heldout-2027-01-05.jsonl: a thirty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_32.py, by `sed -n`: lines 1-298
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 498-558 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 719-783 (its date helpers, date_item() and weeks()), 993-1001
(its section header, neg() and conv()) and 1781-2005 (its stated-weekday check, its checks and
main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant
names such as P, ORDINARY, NEAR and CONVS with their line numbers, section headers) and one `wc -l`
of it (2005 lines), run together in one command with `ls /work/sealed33` (absent before this set).
None of its query blocks was opened. Nothing else under /work/main was opened or listed: nothing
under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that
one generator), and not README.md. The only other uses of /work/main were running
/work/main/.venv/bin/ruff from /work/main, and `test -d
/work/main/tests/data/router_heldout/__pycache__` after every run of this generator (it printed
that no such directory exists every time: no bytecode was written there). /work/sealed22 to
/work/sealed32 were not looked at. The earlier generators (sets 1-32) are only imported, in memory,
by this file's main() for the duplicate and register checks; no other script imported them. Their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values were
read), no git command was run, no network was used, and neither the router nor the bench nor the
tests were run.

What was run: the `cat`, `wc -l`, `grep -n`, `sed -n`, `ls` and `test -d` above; one command of
`date`, `ls /tmp | grep -c h33` (0), `mkdir -p` of /tmp/h33 and /work/sealed33 and `ls -d
/work/sealed33`; a small `python3` script (/tmp/h33/copy.py, written by a `cat` heredoc) that read
set 32 into memory and copied, by line slicing restricted (asserted) to the allowed ranges, its
lines 165-297 (from its `from __future__` line, found by the script, to the end of calc()),
498-557, 719-782, 993-1000 and 1781-2005 into blocks under /tmp/h33/, substituting this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_32.py), EARLIER (sets 1-32, `range(2, 33)`),
REGISTER_CHECK (sets 19-32, adding make_heldout_32.py) and "sets 19 to 31" -> "sets 19 to 32" in
one comment and one message string of main() (it printed the start line and how often each
substitution applied: once each, twice for the last); `wc -l`, `head`, `tail` and `grep -n` of
the copied blocks; `cat` heredocs that wrote this set's own blocks (query blocks, an assembly
script /tmp/h33/assemble.py that builds this file by concatenating the blocks and prints its line
count, and this docstring); `grep -c` counts of own blocks; stdin `python3` scripts and `sed -i`
commands that edited own blocks (the changes listed in the disclosures); a `python3` script
(/tmp/h33/precheck.py) that ran the copied helper blocks with this set's calculator and unit
blocks in memory, with a non-fatal unit_r(), to list every rounded unit item failing
close_enough_at_2dp() (it listed two, then none); a `python3` replace script
(/tmp/h33/reword1.py) for the duplicate rewording; after every edit, from /work/main as the
working directory, `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --fix
--unsafe-fixes --no-cache -q` on this file; `python3 -c` checks of the longest line of this file
and a `sed -n` of seven lines of it (own negatives, to see a line over 100 characters); a `python3`
script (/tmp/h33/astcmp.py) that compared the syntax trees of the copied blocks with this file
(all 101 copied top-level statements found unchanged); this generator itself, from /tmp as the
working directory (output cut by `tail`/`head` or filtered by `grep -v`; once with --show);
`sha256sum` of the JSONL; runs of this file with --digest; `ls -la /work/sealed33`; and `rm -rf
/tmp/h33` with `ls /tmp | grep -c h33` afterwards. Writes: /work/sealed33/ was created for this
file and its JSONL; temporary blocks and scripts under /tmp/h33/ were deleted afterwards. Nothing
was written into /work/main.

Changes to set 32's main() and checks: only the substitutions listed above (file names, sets 1-32
for the duplicate check, sets 19-32 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 32's
checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for
positives, the answers' consistency (calculator and exact unit answers are numbers with at most
three decimals, every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by at least two and by all three tools, no repeat of an
earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks()
(asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays
within 1e-3 at two decimals), whole_up() (asserts rounding up is really tested) and
SQFT/SQYD/CUFT. Added, newly written: asserts on every computed figure stated in an assistant
turn, and asserts on the numbers of ordinary, near-positive and conversation negatives as listed.

Disclosures: the kinds of item follow set 32's docstring and the brief on purpose (plain
one-liners of common operations; near-positive and conversation categories as the brief and set
32's docstring list them), and the helpers, unit factors and checks are set 32's, copied. Set 32's
docstring (within lines 1-298) names its registers, the register names found taken by its
register check, its provenance, the generic kinds of its reworded items (square root,
pressure, speed, stone-and-pound and weekday one-liners; code, contested-unit, current-date,
Easter, explanation, numeric-date, standard-size, time-zone, Roman-numeral and world-fact
near-positives; convention, explanation, follow-up and language conversations), the generic
kinds it quotes from set 31's docstring (also a power, feet-and-inches, temperature, binary data
size and area one-liners and a density near-positive) and set 31's line ranges, which were
therefore seen; some plain one-liners and near-positives here are of those same
generic kinds, newly worded. The `grep -n` printed no docstring or query line; it showed the line
numbers of set 32's ORDINARY, NEAR and CONVS blocks (not read). At the edges of the allowed
ranges: line 298 is P = "plain" (this file defines P itself, in its own block; lines 296-297 are
blank), 498, 719 and 993 are section headers, 557 is the last line of unit_r() and 558 is blank,
782 is the last line of weeks() and 783 is blank, 1000 is the last line of conv() and 1001 is
blank, 1781 is the comment above the stated-weekday pattern and 2005 is the call of main(). No
query text of any earlier set was seen. Every query here was newly written from imagination of
each trade. Registers of sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot
be ruled out; an exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 32 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Register check: main()'s register
assertion passed at its first run, so no register had to be replaced. Own items reworded after
main()'s duplicate check reported them by id (10 items, in one round, reworded without the earlier
queries being looked at and without knowing which turn of a conversation had matched;
reword1.py; the next run passed): one plain date one-liner (a weekday, new date and expected
value); four near-positives (one current-date, one exchange-rate, one numeric-date and one
spreadsheet item); five conversations (an explanation, three language and one number
conversation; both user turns of each were reworded, and in one language conversation the figure
changed; no assistant turn changed). Other own edits while writing, before or apart from the
duplicate check: a 32nd unit word problem written by miscount was deleted before the first run;
one date word problem was reworded before the first run for plainer wording; four rounded unit
items failed close_enough_at_2dp() (two plain one-liners, a pressure and an area, found by
failing runs; two word problems, a length and an area, found by precheck.py) and got new figures
(one of them now asks for centimetres, an exact result, instead of metres); and one ordinary
negative was shortened to keep its line within 100 characters.

Registers (families), 25, new: bagpipe_maker, cheese_affineur, coracle_builder, croquet_lawn,
ferret_rescue, fossil_preparator, glacier_guide, harness_maker, hovercraft_ferry,
lighthouse_museum, maple_sugarhouse, mole_catcher, mosaic_tiler, peat_cutter, reindeer_herder,
rickshaw_tours, sauna_house, sea_salt_works, snail_farm, stained_glass_restorer, swordsmith,
tea_blender, truffle_hunter, velodrome, wheelwright_shop. None is in set 32's list or among the
names its docstring reports as taken. Every register is used by all three tools (asserted);
eighteen registers have a fourth positive (six each with a second calculator, unit or date word
problem). Positives are one-liners (family "plain") or word problems of one to three sentences in
UK and US usage with £, $ and €, some chatty, terse or lower-case. No positive conversations. No
dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, an explanation, or a persona / format / language / unit / convention / number fixed in an
earlier turn, a follow-up or correction of an earlier turn, or an explanation after an earlier
turn.

Left out entirely (their grading is contested), as in set 32: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference), and clock spans run
from one stated time to the next occurrence of the other (three cross midnight). Quantities
bought or filled whole are rounded up (asserted to be fractional before rounding). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 32):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_33.py   (writes the JSONL next to this file, checks that it
regenerates byte for byte, and prints its sha256 and counts per label and family; add --show to
list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-01-05.jsonl"
PREFIX = "ho33-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_32.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 33))
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

# plain one-liners
calc(P, "What's 18.5% of 3,460?", pct("18.5") * 3460)
calc(P, "7,384 × 26", 7384 * 26)
calc(P, "square root of 56,169", 237)
assert 237**2 == 56169
calc(P, "4.6 cubed", dec("4.6") ** 3)
calc(P, "9875 / 0.25 = ?", 9875 / dec("0.25"))
calc(P, "(48.2 + 17.9) × 3.5", (dec("48.2") + dec("17.9")) * dec("3.5"))
calc(P, "what is three eighths of 1,944", F(3, 8) * 1944)
calc(P, "Percentage change from 1,250 to 1,415?", (F(1415) - 1250) / 1250 * 100)
calc(P, "12.75 minus 20.4", dec("12.75") - dec("20.4"))
calc(P, "2^17", 2**17)
calc(
    P,
    "mean of 14.2, 19.8, 22.5 and 31.1",
    (dec("14.2") + dec("19.8") + dec("22.5") + dec("31.1")) / 4,
)
calc(P, "How much is one million divided by 64?", F(10**6, 64))
calc(P, "increase 860 by 35 percent", 860 * (1 + pct(35)))
calc(P, "0.045 x 7200", dec("0.045") * 7200)

# word problems
calc(
    "harness_maker",
    "Bridle leather is £38.40 a side and a set of pair-horse driving harness eats 2.5 sides. "
    "What does the leather come to?",
    dec("38.40") * dec("2.5"),
)
calc(
    "harness_maker",
    "i bill repairs at $65/hr. the breastplate re-stitch took 3 h 45 min, what do I charge",
    65 * (3 + F(45, 60)),
)
calc(
    "coracle_builder",
    "Ordered 14 ash laths at €3.85 each plus one tarred calico hide for €47.20 — total?",
    14 * dec("3.85") + dec("47.20"),
)
calc(
    "coracle_builder",
    "Our five-day build-your-own-coracle course is £420, members get 15% off. "
    "What does a member pay?",
    420 * (1 - pct(15)),
)
calc(
    "maple_sugarhouse",
    "We ran 1,840 litres of sap through the evaporator and it's roughly 40 to 1 sap to syrup. "
    "How many litres of syrup should we expect?",
    F(1840, 40),
)
calc(
    "maple_sugarhouse",
    "Sold 236 bottles of amber syrup at the pancake breakfast, $18.50 a bottle. Gross takings?",
    236 * dec("18.50"),
)
calc(
    "wheelwright_shop",
    "Materials for one cart wheel: twelve oak spokes at £14.25 and six elm felloes at £22.80. "
    "Total?",
    12 * dec("14.25") + 6 * dec("22.80"),
)
calc(
    "wheelwright_shop",
    "The wagon restoration invoice is £1,950 and four of us in the partnership split it evenly; "
    "what's each share?",
    F(1950, 4),
)
calc(
    "peat_cutter",
    "cut 3600 turves this week but 18% are too wet to sell. how many can go on the lorry?",
    3600 * (1 - pct(18)),
)
calc(
    "peat_cutter",
    "I sold 385 bags of peat at €6.40 a bag and owe the landowner a flat €312. "
    "What's left for me after paying him?",
    385 * dec("6.40") - 312,
)
calc(
    "truffle_hunter",
    "Périgord black truffles are fetching £850 a kilo and the dog turned up 340 g this morning. "
    "What's it worth?",
    850 * F(340, 1000),
)
calc(
    "truffle_hunter",
    "My cut is 35% of the €2,760 the restaurant paid for the haul — how much do I get?",
    pct(35) * 2760,
)
calc(
    "snail_farm",
    "Escargot packs go for €9.60 per dozen. What do 175 dozen bring in?",
    175 * dec("9.60"),
)
calc(
    "bagpipe_maker",
    "A set of African blackwood drones lists at $1,240 and sales tax is 8.25%. Total with tax?",
    1240 * (1 + pct("8.25")),
)
calc(
    "reindeer_herder",
    "The herd gets through 159.6 kg of pellets a day and pellets come in 25 kg sacks. "
    "How many sacks do I need to buy to cover seven days?",
    whole_up(dec("159.6") * 7 / 25),
)
calc(
    "sea_salt_works",
    "We harvested 612 kg of flake salt and it goes into 250 g tubs. How many tubs is that?",
    F(612000, 250),
)
calc(
    "hovercraft_ferry",
    "Return fares are £29.80 per adult and £14.90 per child. Two adults and three kids, and I "
    "hand over £120 — what change should I get?",
    120 - (2 * dec("29.80") + 3 * dec("14.90")),
)
calc(
    "velodrome",
    "Track hire is $180 an hour. Twelve of us booked a 90-minute session — what's each rider's "
    "share?",
    180 * F(3, 2) / 12,
)
calc(
    "croquet_lawn",
    "Annual subs went up from £145 to £162.40. What percentage increase is that?",
    (dec("162.40") - 145) / 145 * 100,
)
calc(
    "swordsmith",
    "Damascus billet costs $7.35 per pound; the blade blank weighs 3.2 lb. Steel cost?",
    dec("7.35") * dec("3.2"),
)
calc(
    "cheese_affineur",
    "bought a 38 kg wheel of Comté at €19.50/kg and we mark up 40%. price for the whole wheel?",
    38 * dec("19.50") * (1 + pct(40)),
)
calc(
    "ferret_rescue",
    "Vet bill for the three new jills came to £486.60, shared equally between three volunteers. "
    "How much each?",
    dec("486.60") / 3,
)
calc(
    "mosaic_tiler",
    "Venetian smalti at $0.18 a piece and the panel needs 4,750 pieces. What will they cost?",
    dec("0.18") * 4750,
)
calc(
    "sauna_house",
    "Saturday we sold 64 single passes at £18 and 23 couples' passes at £32. Takings?",
    64 * 18 + 23 * 32,
)
calc(
    "glacier_guide",
    "Nine clients on the ice walk at €85 a head and the agency keeps 30%. "
    "How much does the agency keep?",
    9 * 85 * pct(30),
)
calc(
    "tea_blender",
    "House breakfast blend is 55% Assam, 30% Ceylon and 15% Keemun. How many grams of Ceylon go "
    "into a 2.4 kg batch?",
    pct(30) * 2400,
)
calc(
    "rickshaw_tours",
    "tips over five days were $42, $37.50, $58, $61.25 and $44. add them up for me?",
    42 + dec("37.50") + 58 + dec("61.25") + 44,
)
calc(
    "mole_catcher",
    "I charge £45 to call out plus £12 a mole. Caught seven at the vicarage — what's the invoice?",
    45 + 12 * 7,
)
calc(
    "stained_glass_restorer",
    "Lead came is £4.65 a metre and I need 26 m. What's that with 20% VAT on top?",
    dec("4.65") * 26 * (1 + pct(20)),
)
calc(
    "lighthouse_museum",
    "Adults pay $12.50 and concessions $8. We had 318 adults and 147 concessions over the holiday "
    "weekend; gate total?",
    318 * dec("12.50") + 147 * 8,
)
calc(
    "fossil_preparator",
    "Matrix removal is invoiced at €55 per hour and the ichthyosaur skull took 37.5 hours. "
    "Invoice amount?",
    55 * dec("37.5"),
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


# plain one-liners
unit_r(P, "Convert 73 kg to pounds", 73 / LB)
unit(P, "5 ft 9 in in centimetres", 69 * IN * 100, EXACT)
unit(P, "104.9 °F to °C", f_to_c(dec("104.9")), EXACT)
unit_r(P, "250 km/h in mph", 250 * KMH / MPH)
unit(P, "how many MiB in 3.2 GiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "11 st 4 lb in kilos", (11 * STONE + 4 * LB))
unit_r(P, "58 psi to bar", 58 * PSI / BAR)
unit_r(P, "12.5 acres in hectares", dec("12.5") * ACRE / 10**4)
unit_r(P, "What is 640 square feet in square metres?", 640 * SQFT)
unit_r(P, "18 cubic feet in litres", 18 * CUFT * 1000)
unit_r(P, "13 miles in km", 13 * MI / 1000)
unit(P, "minus 12 celsius in fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "7,340 KiB expressed in MiB", F(7340 * KIB, MIB))
unit_r(P, "45 sq yd → m²", 45 * SQYD)

# word problems
unit(
    "harness_maker",
    "The girth strap I'm cutting is 48 inches long. How many cm is that?",
    48 * IN * 100,
    EXACT,
)
unit_r(
    "coracle_builder",
    "A finished coracle weighs about 29 lb dry. What's that in kilograms?",
    29 * LB,
)
unit_r(
    "maple_sugarhouse",
    "Syrup is done when it hits 219 °F on the thermometer. What's that in Celsius?",
    f_to_c(219),
)
unit(
    "wheelwright_shop",
    "The iron tyre measures 4 ft 3 in across. Give me that in centimetres.",
    51 * IN * 100,
    EXACT,
)
unit_r(
    "peat_cutter",
    "My bog plot is 3.5 acres — how many square metres?",
    dec("3.5") * ACRE,
)
unit_r(
    "truffle_hunter",
    "a buyer in Oregon wants the weight in grams: the truffle is 7.5 oz",
    dec("7.5") * OZ * 1000,
)
unit_r(
    "snail_farm",
    "Our polytunnel for the snail pens is 18 m by 6.5 m. Roughly how many square feet?",
    18 * dec("6.5") / SQFT,
)
unit(
    "snail_farm",
    "The breeding boxes should be kept at 68 °F. What's that in °C?",
    f_to_c(68),
    EXACT,
)
unit(
    "bagpipe_maker",
    "The chanter bore at the top is 0.185 inches. In millimetres?",
    dec("0.185") * IN * 1000,
    EXACT,
)
unit_r(
    "bagpipe_maker",
    "My manometer shows 0.45 psi of bag pressure. What is that in kPa?",
    dec("0.45") * PSI / 1000,
)
unit_r(
    "reindeer_herder",
    "It's 86 km to the winter grazing grounds. How far is that in miles?",
    86 * 1000 / MI,
)
unit(
    "reindeer_herder",
    "thermometer at the corral says -31 °F. celsius?",
    f_to_c(-31),
    EXACT,
)
unit_r(
    "sea_salt_works",
    "The evaporation pans cover 2.4 ha. How many acres is that?",
    dec("2.4") * 10**4 / ACRE,
)
unit_r(
    "sea_salt_works",
    "Brine settling tank holds 240 cubic feet — what's that in cubic metres?",
    240 * CUFT,
)
unit_r(
    "hovercraft_ferry",
    "We cruise across the strait at 65 km/h. What's that in miles per hour?",
    65 * KMH / MPH,
)
unit_r(
    "hovercraft_ferry",
    "Cushion pressure under the skirt is about 0.12 bar. Convert to psi please.",
    dec("0.12") * BAR / PSI,
)
unit_r(
    "velodrome",
    "One lap of our track is 250 metres. How many feet?",
    250 / FT,
)
unit_r(
    "velodrome",
    "Flying lap clocked at 71.5 km/h — what's that in metres per second?",
    dec("71.5") * KMH,
)
unit_r(
    "croquet_lawn",
    "A full-size croquet lawn is 35 yards by 28 yards. How many square metres is that?",
    35 * 28 * SQYD,
)
unit_r(
    "swordsmith",
    "I bring the billet up to 2,150 °F in the forge. What's that in Celsius?",
    f_to_c(2150),
)
unit_r(
    "cheese_affineur",
    "Our cave holds at 54 °F — in °C?",
    f_to_c(54),
)
unit_r(
    "ferret_rescue",
    "The hob weighed in at 2 lb 6 oz. How many grams?",
    38 * OZ * 1000,
)
unit(
    "mosaic_tiler",
    "Client's floor is 180 sq ft and the tile sheets cover one square metre each. "
    "How many sheets do I order?",
    whole_up(180 * SQFT),
    EXACT,
)
unit(
    "sauna_house",
    "We run the hot room at 90 °C. What is that in Fahrenheit for the American guests?",
    c_to_f(90),
    EXACT,
)
unit_r(
    "glacier_guide",
    "The hut sits at 3,850 m. How many feet is that?",
    3850 / FT,
)
unit_r(
    "tea_blender",
    "Shipping a 22 lb chest of oolong — kilos?",
    22 * LB,
)
unit_r(
    "rickshaw_tours",
    "Our riverside loop is 7.4 miles; what is it in kilometres?",
    dec("7.4") * MI / 1000,
)
unit(
    "mole_catcher",
    "Traced 85 feet of tunnel under the bowling green. How many metres?",
    85 * FT,
    EXACT,
)
unit(
    "stained_glass_restorer",
    "The hi-res scan of the rose window is 1.6 GiB. How many MiB?",
    dec("1.6") * GIB / MIB,
    EXACT,
)
unit_r(
    "lighthouse_museum",
    "The first-order Fresnel lens weighs about 2,700 kg. In pounds?",
    2700 / LB,
)
unit_r(
    "fossil_preparator",
    "CT scan folder for the skull is 850,000 KiB — how many MiB is that?",
    F(850000 * KIB, MIB),
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


# plain one-liners
date_item(P, "Which day of the week does 23 October 2029 fall on?", weekday(D(2029, 10, 23)))
date_item(P, "150 days after 3 August 2027", D(2027, 8, 3) + TD(days=150))
date_item(
    P,
    "How many days are there between 11 January 2028 and 29 June 2028?",
    days(D(2028, 1, 11), D(2028, 6, 29)),
)
date_item(P, "which weekday was 2 July 1998", weekday(D(1998, 7, 2)))
date_item(P, "What's the date 9 weeks before 6 December 2027?", D(2027, 12, 6) - TD(weeks=9))
date_item(
    P,
    "How many weeks from 5 April 2027 to 27 September 2027?",
    weeks(D(2027, 4, 5), D(2027, 9, 27)),
)
date_item(P, "Age on 1 March 2029 of someone born 17 May 1984?", age(D(1984, 5, 17), D(2029, 3, 1)))
date_item(P, "minutes from 07:40 to 16:15", clock_span("07:40", "16:15", 60))
date_item(P, "How many hours from 22:30 to 06:45?", clock_span("22:30", "06:45", 3600))
date_item(P, "1000 days after 20 October 2026?", D(2026, 10, 20) + TD(days=1000))
date_item(P, "9 September 1999 fell on what day?", weekday(D(1999, 9, 9)))
date_item(P, "date 45 days before 18 May 2028", D(2028, 5, 18) - TD(days=45))
date_item(
    P, "Days from 24 December 2027 to 14 February 2028", days(D(2027, 12, 24), D(2028, 2, 14))
)
date_item(P, "Date of the third Thursday in October 2027?", nth_weekday(2027, 10, THU, 3))

# word problems
date_item(
    "harness_maker",
    "Customer ordered a show saddle on 17 January 2028 and our lead time is 12 weeks. "
    "What date should I promise?",
    D(2028, 1, 17) + TD(weeks=12),
)
date_item(
    "coracle_builder",
    "The coracle regatta is on 7 August 2027 — what day of the week is that?",
    weekday(D(2027, 8, 7)),
)
date_item(
    "maple_sugarhouse",
    "We tapped the sugarbush on 24 February 2027 and did the last boil on 6 April 2027. "
    "How many days between the two?",
    days(D(2027, 2, 24), D(2027, 4, 6)),
)
date_item(
    "wheelwright_shop",
    "Old Tom, our master wheelwright, was born on 12 December 1957. How old will he be on "
    "1 June 2027?",
    age(D(1957, 12, 12), D(2027, 6, 1)),
)
date_item(
    "peat_cutter",
    "Cutting has to stop 40 days before 31 August 2027 so the turves dry. Last day I can cut?",
    D(2027, 8, 31) - TD(days=40),
)
date_item(
    "truffle_hunter",
    "my lagotto was born 15 March 2019, how old is she on 1 November 2027",
    age(D(2019, 3, 15), D(2027, 11, 1)),
)
date_item(
    "snail_farm",
    "Eggs were laid on 30 May 2027 and hatch after 21 days. Hatch date?",
    D(2027, 5, 30) + TD(days=21),
)
date_item(
    "bagpipe_maker",
    "Burns Night 2028 is 25 January 2028. Which day of the week does it fall on?",
    weekday(D(2028, 1, 25)),
)
date_item(
    "reindeer_herder",
    "Calving began on 2 May 2027 and the weigh-in is 150 days later. What date is the weigh-in?",
    D(2027, 5, 2) + TD(days=150),
)
date_item(
    "sea_salt_works",
    "Raking the pans runs from 06:10 to 13:40. How many hours is that?",
    clock_span("06:10", "13:40", 3600),
)
date_item(
    "hovercraft_ferry",
    "The late crossing leaves at 23:20 and docks at 00:05. How many minutes is the crossing?",
    clock_span("23:20", "00:05", 60),
)
date_item(
    "velodrome",
    "our six-day race starts 19 November 2027 — what weekday?",
    weekday(D(2027, 11, 19)),
)
date_item(
    "croquet_lawn",
    "The lawn was re-seeded on 19 April 2027 and needs eight weeks before anyone plays on it. "
    "First playable date?",
    D(2027, 4, 19) + TD(weeks=8),
)
date_item(
    "croquet_lawn",
    "Our club was founded on 23 July 1868. How old is it, in whole years, on 23 July 2027?",
    age(D(1868, 7, 23), D(2027, 7, 23)),
)
date_item(
    "swordsmith",
    "Took the katana commission on 4 March 2027 and quoted 110 days. Delivery date?",
    D(2027, 3, 4) + TD(days=110),
)
date_item(
    "swordsmith",
    "Quenched the blade at 14:50 and the final temper came out at 17:35. Minutes between?",
    clock_span("14:50", "17:35", 60),
)
date_item(
    "cheese_affineur",
    "A wheel made on 8 November 2026 needs 270 days in the cave. When is it ready?",
    D(2026, 11, 8) + TD(days=270),
)
date_item(
    "cheese_affineur",
    "The cheese fair is on 2 September 2027, what day is that",
    weekday(D(2027, 9, 2)),
)
date_item(
    "ferret_rescue",
    "Kits born 28 April 2027 get their first jab at 8 weeks old. What's the date?",
    D(2027, 4, 28) + TD(weeks=8),
)
date_item(
    "ferret_rescue",
    "Biscuit came in on 5 February 2027 and was adopted on 19 May 2027. How many days was she with "
    "us?",
    days(D(2027, 2, 5), D(2027, 5, 19)),
)
date_item(
    "mosaic_tiler",
    "Grouted at 09:20, and I can't polish until 15:05. How many hours is the wait?",
    clock_span("09:20", "15:05", 3600),
)
date_item(
    "mosaic_tiler",
    "The swimming-pool mural starts on 13 September 2027 and runs 6 weeks. Finish date?",
    D(2027, 9, 13) + TD(weeks=6),
)
date_item(
    "sauna_house",
    "The sauna opened on 1 December 2025. How many days old was it on 30 March 2027?",
    days(D(2025, 12, 1), D(2027, 3, 30)),
)
date_item(
    "sauna_house",
    "Late shift runs 21:45 to 02:15 — how many hours is that?",
    clock_span("21:45", "02:15", 3600),
)
date_item(
    "glacier_guide",
    "Guiding season runs from 15 June 2027 to 22 September 2027. How many days apart are those "
    "two dates?",
    days(D(2027, 6, 15), D(2027, 9, 22)),
)
date_item(
    "tea_blender",
    "First flush was plucked on 28 March 2027 and we ship 9 weeks after. Ship date?",
    D(2027, 3, 28) + TD(weeks=9),
)
date_item(
    "rickshaw_tours",
    "Our street permit was issued on 11 March 2027 and lasts 500 days. When does it expire?",
    D(2027, 3, 11) + TD(days=500),
)
date_item(
    "mole_catcher",
    "Started at the golf course at 07:55 and finished 12:25. How long in hours?",
    clock_span("07:55", "12:25", 3600),
)
date_item(
    "stained_glass_restorer",
    "The east window was installed on 20 May 1887. How many years old is it on 20 May 2027?",
    age(D(1887, 5, 20), D(2027, 5, 20)),
)
date_item(
    "lighthouse_museum",
    "The lamp was first lit on 1 October 1912. What day of the week was that?",
    weekday(D(1912, 10, 1)),
)
date_item(
    "fossil_preparator",
    "How many weeks from 4 January 2027, when the jacket was opened, to 26 April 2027?",
    weeks(D(2027, 1, 4), D(2027, 4, 26)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "harness_maker": [
        "What's the best way to condition a harness that's been stored damp in a barn all winter?",
        "Write a short blurb for our website about hand-stitched driving harness.",
        "why do saddlers use a stitching horse rather than a bench vice?",
        "A customer says her pony's collar rubs at the shoulder. What could be causing it?",
    ],
    "coracle_builder": [
        "How did Welsh coracle men traditionally carry the boat on their backs?",
        "Suggest five names for a coracle-making workshop on the River Teifi.",
        "Is willow or hazel better for the frame of a river coracle, and why?",
        "draft a friendly email asking course people to bring old clothes and a packed lunch",
    ],
    "maple_sugarhouse": [
        "What gives some batches of maple syrup a buddy, off flavour late in the season?",
        "Write a haiku about steam rising off an evaporator at dawn.",
        "How should I explain the difference between golden and dark syrup grades to visitors?",
        "Any tips for keeping sugar sand from clogging the filter press?",
    ],
    "wheelwright_shop": [
        "Explain what 'dishing' a wheel means and why wheelwrights do it.",
        "We're running an open day — give me a short safety talk for visitors watching a tyring.",
        "Why is elm traditionally used for hubs (naves) instead of oak?",
        "How would you describe the smell of a wheel tyring to someone who has never seen one?",
    ],
    "peat_cutter": [
        "What are the main arguments for and against cutting peat for fuel today?",
        "Summarise how a traditional turf spade (sleán) differs from an ordinary spade.",
        "write a short poem about footing turf on a windy bog",
        "How should I stack turf so it dries evenly if the summer is wet?",
    ],
    "truffle_hunter": [
        "Is a lagotto romagnolo or a springer spaniel easier to train for truffle hunting?",
        "How can I tell a ripe black truffle from an underripe one by smell?",
        "Compose a tasting note for a white truffle shaved over fresh tagliatelle.",
        "What should a truffle hunter do if they suspect someone is poaching on their ground?",
    ],
    "snail_farm": [
        "What do edible snails need in their diet to build strong shells?",
        "Write a product description for our garlic-butter escargot, chef-ready.",
        "Why do snails go dormant in dry weather, and how do I wake them safely?",
        "Is Helix aspersa maxima or Helix pomatia better for a small farm?",
    ],
    "bagpipe_maker": [
        "Why do some pipers prefer a sheepskin bag over a synthetic one?",
        "Tell me the story of the Highland bagpipe being called an instrument of war.",
        "How do I reed a practice chanter so it isn't too hard for a beginner?",
        "Write a warm thank-you note to a pipe band that bought a full set from us.",
    ],
    "reindeer_herder": [
        "How do Sámi herders mark which reindeer belong to which family?",
        "What are the signs that a reindeer calf isn't getting enough milk?",
        "explain why lichen grazing land takes so long to recover",
        "Write a short welcome speech for tourists visiting our reindeer camp.",
    ],
    "sea_salt_works": [
        "What makes flaky sea salt form pyramids rather than fine grains?",
        "Give me three ideas for a smoked salt blend to sell at Christmas.",
        "How would you describe the taste of our salt on a label without overclaiming?",
        "Why do salt pans sometimes turn pink?",
    ],
    "hovercraft_ferry": [
        "How does a hovercraft steer when it has no contact with the water?",
        "Write an on-board announcement asking passengers to stay seated during the crossing.",
        "What should crew do if a passenger feels seasick on a hovercraft?",
        "Why are hovercraft so loud compared with a normal ferry?",
    ],
    "velodrome": [
        "Explain the rules of a keirin race to someone who has never watched track cycling.",
        "Why are velodrome bends banked so steeply?",
        "Give a nervous first-timer some advice before their track taster session.",
        "What's the difference between a madison and a points race?",
    ],
    "croquet_lawn": [
        "Explain what a 'peel' is in association croquet.",
        "Write a polite notice asking members not to walk on the lawn in stiletto heels.",
        "How do I keep moss out of a croquet lawn without chemicals?",
        "Is golf croquet a good way to introduce newcomers to the game?",
    ],
    "swordsmith": [
        "Why does a katana curve during the water quench?",
        "What's the difference between differential hardening and tempering?",
        "write a description for a hand-forged seax for our online shop",
        "How should a collector store a carbon-steel blade to avoid rust?",
    ],
    "cheese_affineur": [
        "How often should a washed-rind cheese be brushed with brine during ageing?",
        "Write tasting notes for a 24-month Comté for the shop counter.",
        "What causes cheese mites and are they ever welcome?",
        "Explain to a trainee why humidity matters as much as temperature in the cave.",
    ],
    "ferret_rescue": [
        "What are the warning signs of adrenal disease in an older ferret?",
        "Write an adoption profile for a cheeky three-year-old albino hob called Pickle.",
        "How do I introduce a new ferret to two who already live together?",
        "why do ferrets do the 'weasel war dance'?",
    ],
    "mosaic_tiler": [
        "Should I use the direct or indirect method for a floor mosaic in a hallway?",
        "How do I stop grout staining unglazed smalti?",
        "Suggest a design theme for a seaside primary school mural.",
        "Explain andamento to a beginner in a couple of sentences.",
    ],
    "sauna_house": [
        "What is löyly and how do Finns talk about it?",
        "Write the house rules for our sauna in a friendly, not bossy, tone.",
        "Is a cold plunge straight after the sauna a good idea for everyone?",
        "how do I get rid of the musty smell in the changing room benches",
    ],
    "glacier_guide": [
        "How do you explain crevasse danger to clients without frightening them?",
        "What should be in a guide's rescue kit on a glacier walk?",
        "Write a short briefing about why we rope up on the ice.",
        "Why does glacier ice look blue?",
    ],
    "tea_blender": [
        "Describe the flavour difference between first flush and second flush Darjeeling.",
        "Suggest a name and a tasting note for a smoky lapsang and bergamot blend.",
        "Why does green tea taste bitter when brewed with boiling water?",
        "How should blended tea be stored so the aroma lasts?",
    ],
    "rickshaw_tours": [
        "Give me a fun two-minute script about the history of the old town square.",
        "What should I say to a passenger who wants to ride on the wrong side of the road?",
        "how do i keep my legs fresh doing ten tours a day?",
        "Write a cheerful review-request card to hand passengers at the end of a ride.",
    ],
    "mole_catcher": [
        "Why do moles seem to come back to the same lawn year after year?",
        "What's the most humane way to deal with moles on a cricket square?",
        "Write a short advert for a mole catcher for the parish magazine.",
        "How can I tell a mole run from a vole tunnel?",
    ],
    "stained_glass_restorer": [
        "Should a cracked medieval pane be replaced or stabilised with copper foil?",
        "Explain what 'silver stain' is and when it came into use.",
        "Write a brief appeal letter asking parishioners to help fund the east window repair.",
        "What causes the pitting on the outside of old church glass?",
    ],
    "lighthouse_museum": [
        "How did a Fresnel lens let a small lamp be seen so far out at sea?",
        "Write a label for a display case showing a keeper's logbook.",
        "What was daily life like for a lighthouse keeper's family?",
        "Suggest activities for a school group visiting the lamp room.",
    ],
    "fossil_preparator": [
        "Should I use air scribes or acid preparation for a fossil in limestone?",
        "Explain consolidants to a volunteer who has never prepared a specimen.",
        "write a caption for an ammonite on display in the village hall",
        "How can I tell if a fossil has been over-restored with filler?",
    ],
}
assert len(ORDINARY) == 25 and all(len(v) == 4 for v in ORDINARY.values())
for _family, _queries in ORDINARY.items():
    for _q in _queries:
        neg(_family, _q)

NEAR = [
    # exchange rates
    (
        "near-exchange-rate",
        "A Belgian customer paid €240 for a bridle; what's that in sterling?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "Our Quebec buyer pays C$18 a bottle for the syrup. What's that in US dollars?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "I paid 3,400 Norwegian kroner for a sled harness; how much is that in euros?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "Convert the £1,150 quote into Swiss francs for the client in Zermatt.",
        "needs a current exchange rate",
    ),
    # densities
    (
        "near-density",
        "How many kilos does 20 litres of maple syrup weigh?",
        "needs the density of syrup",
    ),
    (
        "near-density",
        "what does a cubic metre of wet peat weigh in kg",
        "needs the density of wet peat",
    ),
    (
        "near-density",
        "How many litres of storage do I need for 5 kg of coarse sea salt?",
        "needs the bulk density of salt",
    ),
    # missing numbers
    (
        "near-missing-number",
        "What's 20% off the usual price of a croquet mallet?",
        "the price is not given",
    ),
    (
        "near-missing-number",
        "Add VAT to the quote I gave the church last week.",
        "the quote is not given",
    ),
    (
        "near-missing-number",
        "How many tiles do I need for the bathroom floor?",
        "no floor or tile sizes are given",
    ),
    (
        "near-missing-number",
        "If we split the day's takings between the guides, how much does each get?",
        "neither the takings nor the number of guides is given",
    ),
    # private dates and records
    ("near-private", "When is my next farrier appointment?", "a private record"),
    ("near-private", "How many days until my sister's birthday?", "a private date"),
    (
        "near-private",
        "What did I charge the Hendersons for the mole job in the spring?",
        "a private record",
    ),
    ("near-private", "how old is my oldest ferret", "a private date"),
    # world facts
    (
        "near-world-fact",
        "How tall is the Eddystone lighthouse tower in metres?",
        "a world fact",
    ),
    ("near-world-fact", "How long is the Rhône Glacier in kilometres?", "a world fact"),
    (
        "near-world-fact",
        "In what year did the first passenger hovercraft service start?",
        "a world fact",
    ),
    ("near-world-fact", "Roughly how many reindeer live in Norway?", "a world fact"),
    # estimates
    (
        "near-estimate",
        "Roughly how many snails can I keep in a 10 m² pen?",
        "an estimate from husbandry knowledge",
    ),
    (
        "near-estimate",
        "About how many hours of practice does it take to play the Highland pipes well?",
        "an estimate",
    ),
    (
        "near-estimate",
        "ballpark, how many turves can one person cut in a day by hand?",
        "an estimate",
    ),
    # judgements
    ("near-judgement", "Is £95 a fair price for a hand-made bridle?", "a judgement of price"),
    (
        "near-judgement",
        "Would 60 °C be too cool for a sauna to be worth it?",
        "a judgement, not a conversion",
    ),
    (
        "near-judgement",
        "Is a three-hour glacier walk too long for a ten-year-old?",
        "a judgement",
    ),
    # numbers in words
    (
        "near-words",
        "Write 4,875 in words for the cheque to the blacksmith.",
        "numbers written in words",
    ),
    ("near-words", "How do I spell out €1,260.50 on an invoice?", "numbers written in words"),
    (
        "near-words",
        "How would the year 1868 be written in words on the club's anniversary plaque?",
        "numbers written in words",
    ),
    # Roman numerals
    (
        "near-roman",
        "What is 1912 in Roman numerals for the lamp-room plaque?",
        "Roman numerals",
    ),
    ("near-roman", "Convert MDCCCLXXXVII into an ordinary number.", "Roman numerals"),
    (
        "near-roman",
        "It's our 159th season — how do I write 159 in Roman numerals?",
        "Roman numerals",
    ),
    # another language
    (
        "near-language",
        "How do you say 'the ice is thin here' in Norwegian?",
        "translation",
    ),
    (
        "near-language",
        "Translate 'aged for eighteen months' into French for the cheese label.",
        "translation",
    ),
    (
        "near-language",
        "What's the Finnish word for a sauna whisk and how is it pronounced?",
        "another language",
    ),
    # code
    (
        "near-code",
        "Write a Python function that converts Fahrenheit to Celsius for our cave sensor.",
        "code, though it mentions a conversion",
    ),
    (
        "near-code",
        "Give me a JavaScript snippet that adds 20% VAT to a price field.",
        "code, though it mentions a percentage",
    ),
    (
        "near-code",
        "Write a SQL query that sums the amount column of our bookings table for 2027.",
        "code, though it mentions a total",
    ),
    # spreadsheet formulas
    (
        "near-spreadsheet",
        "Which Excel formula counts the days from a start date in D2 to an end date in E2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Google Sheets, how do I round a price up to the nearest 50p?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Write a spreadsheet formula to turn kilograms in column C into pounds.",
        "a spreadsheet formula",
    ),
    # dosing
    (
        "near-dosing",
        "How much ivermectin should I give a 90 kg reindeer?",
        "veterinary dosing",
    ),
    ("near-dosing", "What dose of Metacam for a 1.2 kg ferret?", "veterinary dosing"),
    (
        "near-dosing",
        "How many paracetamol can I take after a long day on the glacier?",
        "medicine dosing",
    ),
    # standard sizes
    (
        "near-standard-size",
        "What is the diameter of a regulation croquet ball in millimetres?",
        "a standard size",
    ),
    (
        "near-standard-size",
        "What's the diameter of a 700c track wheel in inches?",
        "a nominal / standard size",
    ),
    (
        "near-standard-size",
        "How big is an A2 sheet in inches? I'm drawing the window cartoon on one.",
        "a standard size",
    ),
    # time zones
    (
        "near-timezone",
        "If it's 9 am in Tromsø, what time is it in New York?",
        "time zones",
    ),
    (
        "near-timezone",
        "Our Japanese client calls at 18:00 Tokyo time. When is that in London?",
        "time zones",
    ),
    (
        "near-timezone",
        "The lighthouse live stream starts at 20:00 in Maine; what time is that in Sydney?",
        "time zones",
    ),
    # Easter
    (
        "near-easter",
        "What date is Easter Sunday in 2029? We open the museum that weekend.",
        "the date of Easter",
    ),
    (
        "near-easter",
        "How many days from Easter Monday 2028 to the croquet championship on 1 July 2028?",
        "the date of Easter",
    ),
    # working days
    (
        "near-working-days",
        "How many working days are there between 3 May 2027 and 28 May 2027 in England?",
        "working days with bank holidays",
    ),
    (
        "near-working-days",
        "If the saddle takes 15 business days from 6 December 2027, when will it be done?",
        "business days around holidays",
    ),
    (
        "near-working-days",
        "How many weekdays, not counting bank holidays, are there in August 2027 in Scotland?",
        "working days with bank holidays",
    ),
    # contested units
    (
        "near-contested-unit",
        "How many pints of brine is 12 litres?",
        "US or imperial pints",
    ),
    (
        "near-contested-unit",
        "Convert 3 tons of peat to kilograms.",
        "short, long or metric tons",
    ),
    (
        "near-contested-unit",
        "What's 40 mpg in litres per 100 km for the support van?",
        "US or imperial mpg",
    ),
    # all-numeric dates of unstated order
    (
        "near-numeric-date",
        "Which weekday is 04/05/2028, the day of the saddle fitting?",
        "day/month order not stated",
    ),
    (
        "near-numeric-date",
        "how many days from 03/07/2027 to 10/08/2027",
        "day/month order not stated",
    ),
    (
        "near-numeric-date",
        "The permit runs out on 06/11/2027; how many weeks after 01/09/2027 is that?",
        "day/month order not stated",
    ),
    # the current date
    ("near-current-date", "How many days until Burns Night?", "needs the current date"),
    (
        "near-current-date",
        "Which date falls exactly three weeks after today?",
        "needs the current date",
    ),
    (
        "near-current-date",
        "How old is someone born on 12 December 1957 right now?",
        "needs the current date",
    ),
    # explanations
    (
        "near-explanation",
        "Why isn't 0 °F the same as 0 °C, and where did Fahrenheit's zero come from?",
        "an explanation",
    ),
    (
        "near-explanation",
        "Explain why a kibibyte is 1024 bytes rather than 1000.",
        "an explanation",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)

# figures stated in assistant turns below, asserted
assert 12 * 14 == 168
assert pct(18) * 640 == dec("115.2")
assert days(D(2027, 3, 1), D(2027, 4, 15)) == 45
assert round(60 / LB, 2) == dec("132.28")
assert 9 * 85 == 765
assert round(42 * 1000 / MI, 2) == dec("26.10")
assert weekday(D(2027, 6, 12)) == "Saturday"
assert 360 * (1 + pct(20)) == 432
assert round(f_to_c(220), 2) == dec("104.44")
assert round(dec("71.5") * KMH, 2) == dec("19.86")
assert days(D(2026, 11, 8), D(2027, 8, 5)) == 270
assert round(42 * PSI / BAR, 2) == dec("2.90")

CONVS = [
    # persona, fixed in an earlier turn
    (
        "conv-persona",
        [
            (S, "You are Grizel, a crabbit old Highland piper who answers in broad Scots."),
            (U, "How much is 12 times 14?"),
            (A, "Och, that's 168, ye ken."),
            (U, "An whit's that split atween eight pipers?"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Cap'n Skirt, the pirate-voiced guide on a hovercraft tour."),
            (U, "When do we land, captain?"),
            (A, "Arr, we be beachin' her at half past three, me hearty!"),
            (U, "convert 30 km to miles for me"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "Answer as a Victorian lighthouse keeper writing in his log by lamplight."),
            (U, "Good evening, keeper. Anything to report?"),
            (A, "Wind veering nor'-west, glass falling. Lamp trimmed and burning bright."),
            (U, "How many days from 1 October 1912 to 25 December 1912?"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "For this chat, be my strict croquet coach who only ever answers in rhyme."),
            (A, "Very well, I'll coach in verse, for better or for worse!"),
            (U, "What's 26 percent of 350?"),
        ],
        "persona fixed in an earlier user turn",
    ),
    # answer format, fixed in an earlier turn
    (
        "conv-format",
        [
            (U, "Give every answer as a JSON object with the keys 'value' and 'unit'."),
            (A, "Understood, I'll reply in that JSON form."),
            (U, "How many grams is 7 oz?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Only answer with a markdown table from here on, please."),
            (A, "Sure, tables only."),
            (U, "What are 15% and 25% of £240?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "bullet points only, no full sentences, ok?"),
            (A, "- Got it"),
            (U, "days between 2 May 2027 and 29 September 2027"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Round everything to whole numbers and show the working on one line."),
            (A, "Will do."),
            (U, "Split €1,000 between 3 guides."),
        ],
        "format and rounding fixed in an earlier turn",
    ),
    # language, fixed in an earlier turn
    (
        "conv-language",
        [
            (U, "À partir de maintenant, réponds uniquement en français, merci."),
            (A, "Bien sûr, je répondrai en français."),
            (U, "18 miles, how many km would that be?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Ich übe Deutsch, antworte mir bitte nur noch auf Deutsch."),
            (A, "Alles klar, ich antworte auf Deutsch."),
            (U, "Which day of the week is 3 March 2028 going to be?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer in Finnish? I'm practising for my trip."),
            (A, "Totta kai! Vastaan suomeksi."),
            (U, "what's 85 times 12"),
        ],
        "answer language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Estoy aprendiendo español, así que contéstame en español."),
            (A, "¡Claro! Responderé en español."),
            (U, "Our greenhouse hits 31 °C. What is that in Fahrenheit?"),
        ],
        "answer language fixed in an earlier turn",
    ),
    # target unit, fixed in an earlier turn
    (
        "conv-unit",
        [
            (U, "I work in metric only, so always give me metres and kilos."),
            (A, "Noted, metric it is."),
            (U, "The wagon wheel is 4 ft 6 in across. How big is that?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Give me temperatures in kelvin for the rest of this chat."),
            (A, "Okay, kelvin from here on."),
            (U, "The cave sits at 54 °F. What's that?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Our American riders think in feet, so please use feet."),
            (A, "Sure, feet it is."),
            (U, "How long is a 333 m track then?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Use MiB for every file size in this conversation."),
            (A, "Will do."),
            (U, "How big is a 2.5 GiB scan?"),
        ],
        "target unit fixed in an earlier turn",
    ),
    # conventions, fixed in an earlier turn
    (
        "conv-convention",
        [
            (U, "In our shop 'a bundle' means 25 laths."),
            (A, "Got it: one bundle is 25 laths."),
            (U, "How many laths in 7 bundles?"),
        ],
        "a shop convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "When I say 'a day's cut' I mean 1,200 turves."),
            (A, "Understood."),
            (U, "What's three and a half days' cut?"),
        ],
        "a convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Dates I type are day/month, UK style."),
            (A, "Okay, I'll read them as day/month."),
            (U, "What day of the week is 7/8/2027?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Here a 'session' is always 90 minutes."),
            (A, "Noted: a session is 90 minutes."),
            (U, "How many hours is five sessions?"),
        ],
        "a convention fixed in an earlier turn",
    ),
    # a number fixed in an earlier turn
    (
        "conv-number",
        [
            (U, "The herd this season is 412 reindeer."),
            (A, "Thanks, 412 reindeer noted."),
            (U, "If 15% of them are calves, how many calves is that?"),
        ],
        "a number given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our lawn measures 35 by 28 yards."),
            (A, "That's a full-size lawn."),
            (U, "So what's its area in square metres?"),
        ],
        "numbers given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "For context, my birthday is 3 February 1979."),
            (A, "Thanks, noted."),
            (U, "So how old am I on 1 June 2030?"),
        ],
        "a date given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The smoky blend costs us €14.20 per kilo."),
            (A, "Noted."),
            (U, "What should we charge for a 250 g tin at a 60% margin?"),
        ],
        "a number given in an earlier turn",
    ),
    # follow-ups of an earlier turn
    (
        "conv-followup",
        [
            (U, "What's 18% of 640?"),
            (A, "18% of 640 is 115.2."),
            (U, "And double that?"),
        ],
        "a follow-up of an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 1 March 2027 to 15 April 2027?"),
            (A, "There are 45 days between those dates."),
            (U, "and in hours?"),
        ],
        "a follow-up of an earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 60 kg to pounds."),
            (A, "60 kg is about 132.28 lb."),
            (U, "Now the same for 75."),
        ],
        "a follow-up of an earlier question",
    ),
    (
        "conv-followup",
        [
            (U, "What's 9 × 85?"),
            (A, "765."),
            (U, "Take 30% off that."),
        ],
        "a follow-up of an earlier answer",
    ),
    # corrections of an earlier turn
    (
        "conv-correction",
        [
            (U, "How many miles is 42 km?"),
            (A, "About 26.10 miles."),
            (U, "Sorry, I meant 42 miles into km."),
        ],
        "a correction of an earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "What day is 12 June 2027?"),
            (A, "12 June 2027 is a Saturday."),
            (U, "Oops, I meant the 12th of July."),
        ],
        "a correction of an earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "Add 20% VAT to £360."),
            (A, "£360 plus 20% VAT is £432."),
            (U, "No, this one's only 5% VAT, redo it."),
        ],
        "a correction of an earlier question",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 220 °F to Celsius."),
            (A, "That's about 104.44 °C."),
            (U, "Wait, it was 220 °C, going the other way."),
        ],
        "a correction of an earlier question",
    ),
    # explanations after an earlier turn
    (
        "conv-explanation",
        [
            (U, "What's 71.5 km/h in m/s?"),
            (A, "About 19.86 m/s."),
            (U, "How did you get that? Walk me through it."),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "Count the days from 8 November 2026 to 5 August 2027 for me."),
            (A, "270 days."),
            (U, "Can you show how you got to that number, step by step?"),
        ],
        "an explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "What's 42 psi in bar?"),
            (A, "About 2.90 bar."),
            (U, "Why are psi and bar so different in size?"),
        ],
        "an explanation after an earlier answer",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

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
    # no register (family name) of this set is a family name of sets 19 to 32
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 32: {reused}"
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
