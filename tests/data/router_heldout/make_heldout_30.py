r"""Generate heldout-2027-01-02.jsonl: a thirtieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_29.py, by `sed -n`: lines 1-269
(its docstring, imports, configuration, helpers and calc()), 477-537 (its unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 694-749
(its date helpers, date_item() and weeks()), 958-966 (its section header, neg() and conv()) and
1589-1792 (its checks and main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def
lines, top-level constant names such as P, ORDINARY, NEAR and CONVS with their line numbers,
section headers) and one `wc -l` of it (1792 lines). None of its query blocks was opened. Nothing
else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/
(apart from grading.py) or tests/ (apart from that one generator), and not README.md; the only
listings were `ls /work/main/tests/data/router_heldout | grep -c make_heldout` (it printed 29) and
`ls -a /work/main/tests/data/router_heldout | grep -c pycache` (run four times: after the
generator's first run, after its checks had first passed, and twice at the end; it printed 0 every
time: no bytecode was written there). Also listed: `ls /work/sealed30 /tmp/h30` (both absent before
this set). /work/sealed22 to /work/sealed29 were not looked at. The earlier generators (sets 1-29)
are only imported, in memory, by this file's main() for the duplicate and register checks; no other
script imported them, so the brief's suggested register names were checked only by main()'s
register assertion, which passed the first time main() reached it. Their queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages and its --show listing of ids and expected values were read), no git command
was run, no network was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `ls`, `wc -l`, `grep -n` and `sed -n` above; `mkdir -p` of /tmp/h30 and
/work/sealed30; one `python3 -c` that printed the weekdays of six dates used in this set's own
items and three week counts, before they were written; a small `python3` script (/tmp/h30/copy.py)
that copied set 29's lines 147-269 (from its `from __future__` line, found by the script), 477-536,
694-749, 958-965 and 1589-1792 into blocks under /tmp/h30/ by line slicing, substituting this set's
OUT, PREFIX, EARLIER_DIR test (make_heldout_29.py), EARLIER (sets 1-29), REGISTER_CHECK (sets
19-29, adding make_heldout_29.py) and "sets 19 to 28" -> "sets 19 to 29" in one comment and one
message string of main() (it printed the start line and how often each substitution applied: once
each, and twice for the last); `ls -la` of /tmp/h30; `cat` heredocs that wrote this set's own
blocks (query blocks, an assembly script) to /tmp/h30/; one stdin `python3` script that removed one
own near-positive entry; a `printf` that wrote a one-line placeholder docstring; the assembly
script (/tmp/h30/assemble.py, printing the line count), which builds this file by concatenating the
blocks; one stdin `python3` replace script for the own unit edit listed in the disclosures; two
`python3` replace scripts (/tmp/h30/reword1.py and reword2.py) for the rewordings listed in the
disclosures; a `cat` heredoc that wrote this docstring block; `/work/main/.venv/bin/ruff format
--line-length 100 --no-cache -q` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes
--line-length 100 --no-cache -q` on this file (after every edit); `awk` line-length checks and `wc
-l` of this file; a `python3 -c` that printed this docstring's provenance and disclosures
paragraphs; this generator itself, from /tmp as the working directory (any traceback code lines
filtered out by `grep -v "^    "`, cut by `tail` or `head`); `sha256sum` of the JSONL; `rm -rf
/tmp/h30` and `ls /tmp | grep -c h30`; `ls -la /work/sealed30`; a stdin `python3` replace script
that added these last items to this paragraph (applied to this file directly, after /tmp/h30 was
deleted), and then one run of this file with --digest (it printed the same sha256 as the JSONL);
two more such scripts, which rewrapped the provenance paragraph and this one, and recorded the
fourth pycache listing, each followed by ruff, an `awk` line-length check and a --digest run (same
sha256). Writes: /work/sealed30/ was created for this file and its JSONL; temporary blocks under
/tmp/h30/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 29's main(): only the substitutions listed above (file names, sets 1-29 for the
duplicate check, sets 19-29 for the register check). Its checks are all kept: counts per kind, ids
and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by at
least two and by all three tools, no repeat of an earlier query or user turn, the register check,
and a byte-for-byte regeneration check (the file on disk, and a fresh run of this script with
another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks()
(asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays
within 1e-3 at two decimals) and SQFT/SQYD/CUFT. Added: asserts on the weekdays stated in queries
and turns (a pattern check over all text, plus direct asserts for weekdays implied by a schedule)
and on the figures stated in assistant turns.

Disclosures: the kinds of item follow set 29's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 29's docstring
list them), and the helpers, unit factors and checks are set 29's, copied. Set 29's docstring
(within lines 1-269) names its registers, the generic kinds of set 26's plain one-liners (a
percentage, a division, a feet-and-inches length), the generic categories of its own reworded and
edited items, and its provenance, which were therefore seen; some plain one-liners here are of those
same generic kinds, newly worded. At the edges of the allowed ranges: line 269 is the last line of
calc(), 477, 694, 958 and 1589 are section headers, 537 and 966 are blank (not copied), 749 is the
last line of weeks() and 1792 is the call of main(); the `grep -n` printed no docstring line, and
it showed that set 29's plain calculator block starts with P = "plain" at line 273 (so this file
defines P itself). No query text of any earlier set was seen. Every query here was newly written
from imagination of each trade. Registers of sets 1 to 18 are known here only indirectly, so an
overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out
by main(), and main() asserts that no register is a family name of sets 19 to 29 (the
near-.../conv-... families are not registers and may coincide with earlier family names). Of the
brief's 27 suggested registers, 25 were used and none of them was taken (main()'s assertion
passed); crematorium_office and sweet_shop were not needed and were not checked. Own items reworded
after main()'s duplicate check reported them by id (24 items in a first round and 2 of those again
in a second round, reworded without the earlier queries being looked at, and without knowing which
turn of a conversation had matched): three plain calculator one-liners (a division, a power and a
percentage increase; wording only); six plain unit one-liners (a feet-and-inches length, a
yards-to-metres length, a miles-to-kilometres length, a temperature, a pressure and a mass; five of
them with a changed figure and expected value, one reworded twice); twelve near-positives (two
contested-unit, two current-date, a density, an Easter item reworded twice, a language, two
private-date, a Roman-numeral and two world-fact items); three conversations (a follow-up, a format
and a language conversation, in each of which both user turns were reworded; no assistant turn or
figure changed). Other own edits while writing: in one unit word problem an area figure was
changed so that its rounded result passes the two-decimal assert; one near-positive judgement item
was dropped to bring the near-positives to 65.

Registers (families), 25, new: trout_lake, wedding_florist, archery_range, beach_hut_rental,
book_binder_school, cake_shop, canoe_hire, carpet_shop, charity_run, circus_school, coffee_van,
community_orchard, craft_brewery, donkey_sanctuary, driving_range, farm_park, glass_blower,
horse_livery, jam_maker, laser_tag, lock_keeper, luthier, mobile_cinema, pancake_stall,
potato_farm. Every register is used by all three tools (asserted). Positives are one-liners
(family "plain") or word problems of one to three sentences in UK and US usage with £, $ and €,
some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, or a persona / format / language / unit / convention / number fixed in an earlier turn, a
follow-up or correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 29: US vs imperial pints / cups /
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
Exact conversion factors (sources as in set 29):
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

Run:  python3 make_heldout_30.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-02.jsonl"
PREFIX = "ho30-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_29.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 30))
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


P = "plain"

# plain one-liners
calc(P, "what's 17.5% of 2,360?", pct("17.5") * 2360)
calc(P, "divide 1,284 by 16 please", F(1284, 16))
calc(P, "68.4 x 2.5", dec("68.4") * dec("2.5"))
calc(P, "(325 + 490) / 4", F(325 + 490, 4))
calc(P, "square root of 1521", 39)
assert 39 * 39 == 1521
calc(P, "What is 3.6 squared?", dec("3.6") ** 2)
calc(P, "What does 2 raised to the power 13 come to?", 2**13)
calc(P, "how much is 4,050 less 17%?", 4050 * (1 - pct(17)))
calc(P, "What do you get if you increase 640 by 12.5%?", 640 * (1 + pct("12.5")))
calc(P, "42 is what percent of 168", F(42, 168) * 100)
calc(P, "7/8 as a decimal?", F(7, 8))
calc(P, "Average of 14, 19, 23 and 31", F(14 + 19 + 23 + 31, 4))
calc(P, "6.25% of 3,200 =", pct("6.25") * 3200)
calc(P, "9,876 - 4,589 + 1,203", 9876 - 4589 + 1203)

# word problems in the registers
calc(
    "trout_lake",
    "Day permits at the trout lake are £32 and keeping a fish costs £6.50 per trout. I bought 2 "
    "permits and kept 5 trout, how much do I owe?",
    2 * 32 + 5 * dec("6.50"),
)
calc(
    "wedding_florist",
    "quote for a wedding: 6 bridesmaid posies at £42, one bridal bouquet at £135 and 40 "
    "buttonholes at £7.50. what's the total?",
    6 * 42 + 135 + 40 * dec("7.50"),
)
calc(
    "archery_range",
    "Our archery club bought 18 arrows at $11.75 each and 3 new target faces at $24.40 each. "
    "What did we spend altogether?",
    18 * dec("11.75") + 3 * dec("24.40"),
)
calc(
    "beach_hut_rental",
    "The beach hut is €85 a day or €480 for a full week. How much do we save by booking the "
    "week instead of 7 single days?",
    7 * 85 - 480,
)
calc(
    "book_binder_school",
    "The bookbinding course costs £640 and a 15% deposit secures a place. What's the balance "
    "left to pay after the deposit?",
    640 * (1 - pct(15)),
)
calc(
    "cake_shop",
    "A three-tier wedding cake is £380. I'm giving the bride's mum 12.5% off and then adding "
    "£25 for delivery. What's the final bill?",
    380 * (1 - pct("12.5")) + 25,
)
calc(
    "cake_shop",
    "if each cupcake costs me 64p in ingredients and i sell a box of 6 for £9, how much profit "
    "do i make on 35 boxes?",
    35 * (9 - 6 * dec("0.64")),
)
calc(
    "canoe_hire",
    "Canoe hire is $38 for the first hour and $14 for each extra hour. How much for a 5-hour "
    "paddle?",
    38 + 4 * 14,
)
calc(
    "carpet_shop",
    "Carpet is £23.95 per square metre and the lounge needs 21.6 m². What's the cost before "
    "fitting?",
    dec("23.95") * dec("21.6"),
)
calc(
    "carpet_shop",
    "we're quoted $4.20 a square foot for wool carpet plus $180 for underlay and gripper. the "
    "room is 15 ft by 13 ft, what's the total?",
    dec("4.20") * 15 * 13 + 180,
)
calc(
    "charity_run",
    "Our team of 14 runners each raised £185, and a local firm is matching the total pound for "
    "pound. How much is that altogether?",
    14 * 185 * 2,
)
calc(
    "charity_run",
    "Race entry was $35 and 412 people entered. The timing company charges $2.75 per chip. How "
    "much is left after paying for the chips?",
    412 * 35 - 412 * dec("2.75"),
)
calc(
    "circus_school",
    "Trapeze classes are £18 each, or £150 for a block of 10. If I take 24 classes and buy 2 "
    "blocks plus single classes for the rest, what do I pay?",
    2 * 150 + (24 - 20) * 18,
)
calc(
    "coffee_van",
    "Flat whites are £3.40 and pastries £2.85. This morning the van sold 86 flat whites and 39 "
    "pastries. What were the takings?",
    86 * dec("3.40") + 39 * dec("2.85"),
)
calc(
    "coffee_van",
    "a bag of beans costs me $16.50 and makes 55 shots. whats my bean cost per shot",
    dec("16.50") / 55,
)
calc(
    "community_orchard",
    "The orchard sold 140 bottles of apple juice at €4.50. The orchard keeps 60% of the takings "
    "and the press gets the rest. What's the orchard's share?",
    140 * dec("4.50") * pct(60),
)
calc(
    "craft_brewery",
    "Brew day shopping: 25 kg of malt at £1.86/kg, hops for £64.50 and yeast for £18. What did "
    "the ingredients cost in total?",
    25 * dec("1.86") + dec("64.50") + 18,
)
calc(
    "craft_brewery",
    "We sell cases of craft lager to pubs at $52 a case less a 7.5% trade discount. What does a "
    "pub pay for 15 cases?",
    15 * 52 * (1 - pct("7.5")),
)
calc(
    "donkey_sanctuary",
    "Hay is £6.80 a bale and each of the sanctuary's 46 donkeys gets through 2 bales a week. "
    "What's the weekly hay bill?",
    46 * 2 * dec("6.80"),
)
calc(
    "driving_range",
    "At the driving range a bucket of 50 balls is $9 and a bucket of 100 is $16. I bought 3 small "
    "buckets and 2 large ones. How much did I pay?",
    3 * 9 + 2 * 16,
)
calc(
    "farm_park",
    "Farm park tickets are £12.95 for adults, £9.50 for children and free for under-3s. What do "
    "two adults, three children and a toddler of 2 pay?",
    2 * dec("12.95") + 3 * dec("9.50"),
)
calc(
    "glass_blower",
    "A glass-blowing taster session is €95 per person, with 10% off for groups of four or more. "
    "What do 6 of us pay in total?",
    6 * 95 * (1 - pct(10)),
)
calc(
    "horse_livery",
    "Full livery is £165 a week plus £28 a week for hard feed. What will 9 weeks cost?",
    9 * (165 + 28),
)
calc(
    "jam_maker",
    "Each jar of jam takes 340 g of strawberries and strawberries cost £4.60 per kg. What's the "
    "fruit cost for 50 jars?",
    50 * dec("0.340") * dec("4.60"),
)
calc(
    "laser_tag",
    "Laser tag party: $22 per kid for two games plus $45 for the party room. There are 13 kids, "
    "what's the bill?",
    13 * 22 + 45,
)
calc(
    "lock_keeper",
    "Our narrowboat licence cost £1,094 and the mooring is £276 a quarter. What's the total for "
    "the licence plus four quarters of mooring?",
    1094 + 4 * 276,
)
calc(
    "luthier",
    "The luthier quoted $420 for a refret, $85 for a new bone nut and $60 for a setup, with 8% "
    "sales tax on top. What's the total?",
    (420 + 85 + 60) * (1 + pct(8)),
)
calc(
    "mobile_cinema",
    "Screen hire is £260 a night and popcorn packs are £1.80 each. For 3 nights and 150 popcorn "
    "packs, what do we invoice?",
    3 * 260 + 150 * dec("1.80"),
)
calc(
    "pancake_stall",
    "Pancakes are £4.50, and a topping is 80p extra. We sold 120 pancakes and 75 of them had one "
    "topping. What did we take?",
    120 * dec("4.50") + 75 * dec("0.80"),
)
calc(
    "pancake_stall",
    "A sack of pancake mix costs €27.20 and makes 320 pancakes. What's the mix cost per pancake "
    "in euros?",
    dec("27.20") / 320,
)
calc(
    "potato_farm",
    "We sell 25 kg sacks of potatoes for £11 and 2.5 kg bags for £1.65. A chip shop buys 40 "
    "sacks and 12 bags. What's their bill?",
    40 * 11 + 12 * dec("1.65"),
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
unit_r(P, "convert 72 kg to lb", 72 / LB)
unit(P, "what's 5 foot 7 in centimetres", (5 * FT + 7 * IN) * 100, EXACT)
unit(P, "440 yd in metres, please", 440 * YD, EXACT)
unit_r(P, "26.2 mi to km please", dec("26.2") * MI / 1000)
unit_r(P, "350°F in celsius", f_to_c(350))
unit(P, "-14 C to F", c_to_f(-14), EXACT)
unit(P, "3.5 GiB in MiB", dec("3.5") * GIB / MIB, EXACT)
unit_r(P, "2.4 hectares to acres", dec("2.4") * 10**4 / ACRE)
unit_r(P, "12 stone 6 lb in kilograms?", 12 * STONE + 6 * LB)
unit_r(P, "60 mph in km/h", 60 * MPH / KMH)
unit_r(P, "29 psi in bar", 29 * PSI / BAR)
unit_r(P, "how many square feet is 18 m²", 18 / SQFT)
unit_r(P, "750 g in oz", dec("0.75") / OZ)
unit(P, "How many millilitres are in 1.8 litres?", dec("1.8") * 1000, EXACT)

# word problems in the registers
unit_r(
    "trout_lake",
    "The record trout from our lake weighed 14 lb 6 oz. What's that in kilograms?",
    14 * LB + 6 * OZ,
)
unit_r(
    "trout_lake",
    "our fishing lake covers 12.5 acres, how many hectares is that?",
    dec("12.5") * ACRE / 10**4,
)
unit_r(
    "wedding_florist",
    "The church aisle is 82 feet long and I'm running ribbon down both sides. How many metres "
    "of ribbon is that?",
    2 * 82 * FT,
)
unit_r(
    "archery_range",
    "The target is set at 70 metres. How far is that in yards?",
    70 / YD,
)
unit(
    "beach_hut_rental",
    "The sea by the beach huts was 17°C this afternoon. What's that in Fahrenheit?",
    c_to_f(17),
    EXACT,
)
unit(
    "book_binder_school",
    "Our book cloth comes on a roll 36 inches wide. What's that in centimetres?",
    36 * IN * 100,
    EXACT,
)
unit(
    "cake_shop",
    "recipe says bake at 180°C but my old oven dial is in fahrenheit, what do i set it to?",
    c_to_f(180),
    EXACT,
)
unit_r(
    "canoe_hire",
    "The river trail is 11.5 miles from end to end. How many kilometres is that?",
    dec("11.5") * MI / 1000,
)
unit_r(
    "canoe_hire",
    "One of our Canadian canoes weighs 32 kg. What's that in pounds?",
    32 / LB,
)
unit_r(
    "carpet_shop",
    "A rug measures 8 ft by 10 ft. What's its area in square metres?",
    8 * FT * 10 * FT,
)
unit_r(
    "charity_run",
    "The charity run is 10 km. How many miles is that?",
    10 * 1000 / MI,
)
unit_r(
    "circus_school",
    "Our high wire is strung 26 feet above the floor. What is that in metres?",
    26 * FT,
)
unit_r(
    "coffee_van",
    "The espresso machine in the van runs at 9 bar. What's that in psi?",
    9 * BAR / PSI,
)
unit_r(
    "community_orchard",
    "We pressed 640 kg of apples at the orchard. How much is that in stone?",
    640 / STONE,
)
unit(
    "craft_brewery",
    "The fermenter is holding at 68°F. What's that in Celsius?",
    f_to_c(68),
    EXACT,
)
unit_r(
    "donkey_sanctuary",
    "Our oldest donkey weighs 24 stone 3 lb. What's that in kg?",
    24 * STONE + 3 * LB,
)
unit(
    "driving_range",
    "The furthest target at the range is 280 yards out. How far is that in metres?",
    280 * YD,
    EXACT,
)
unit_r(
    "driving_range",
    "My ball speed off the driver was 148 mph, what's that in km/h?",
    148 * MPH / KMH,
)
unit_r(
    "farm_park",
    "The tractor ride at the farm park goes at 8 km/h. What's that in mph?",
    8 * KMH / MPH,
)
unit_r(
    "glass_blower",
    "Our glass furnace sits at 2,100°F. What is that in Celsius?",
    f_to_c(2100),
)
unit_r(
    "glass_blower",
    "A finished glass fishing float weighs 1.75 lb. How many grams is that?",
    dec("1.75") * LB * 1000,
)
unit_r(
    "horse_livery",
    "The riding arena is 20 m by 40 m. What's its area in square feet?",
    20 * 40 / SQFT,
)
unit_r(
    "horse_livery",
    "A round bale of haylage weighs 250 kg. What's that in lb?",
    250 / LB,
)
unit(
    "jam_maker",
    "My jam reaches setting point at 104.5°C. What's that in Fahrenheit?",
    c_to_f(dec("104.5")),
    EXACT,
)
unit_r(
    "laser_tag",
    "The laser tag arena is 4,500 square feet. How many square metres is that?",
    4500 * SQFT,
)
unit_r(
    "lock_keeper",
    "This lock has a rise of 11 ft 9 in. What's that in metres?",
    11 * FT + 9 * IN,
)
unit_r(
    "lock_keeper",
    "The speed limit on the canal is 4 mph. How many km/h is that?",
    4 * MPH / KMH,
)
unit(
    "luthier",
    "The scale length on this guitar is 25.5 inches. How many millimetres is that?",
    dec("25.5") * IN * 1000,
    EXACT,
)
unit(
    "mobile_cinema",
    "Our screening file for the film is 42.5 GiB. How many MiB is that?",
    dec("42.5") * GIB / MIB,
    EXACT,
)
unit_r(
    "pancake_stall",
    "The griddle should be at 375°F. What's that in °C?",
    f_to_c(375),
)
unit_r(
    "potato_farm",
    "Our biggest potato field is 38 hectares. How many acres is that?",
    38 * 10**4 / ACRE,
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
date_item(P, "What day of the week is 23 July 2031?", weekday(D(2031, 7, 23)))
date_item(
    P, "How many days from 4 March 2027 to 19 June 2027?", days(D(2027, 3, 4), D(2027, 6, 19))
)
date_item(P, "what date is 100 days after 15 January 2028", D(2028, 1, 15) + TD(days=100))
date_item(P, "Date 9 weeks after 2 September 2027?", D(2027, 9, 2) + TD(weeks=9))
date_item(
    P, "how many weeks between 6 Jan 2028 and 23 March 2028", weeks(D(2028, 1, 6), D(2028, 3, 23))
)
date_item(P, "What was the date 45 days before 1 December 2027?", D(2027, 12, 1) - TD(days=45))
date_item(
    P,
    "How many days are there between Christmas Day 2027 and 14 February 2028?",
    days(D(2027, 12, 25), D(2028, 2, 14)),
)
date_item(P, "which weekday is 1 January 2030", weekday(D(2030, 1, 1)))
date_item(
    P, "What's the date of the second Tuesday in October 2028?", nth_weekday(2028, 10, TUE, 2)
)
date_item(P, "last Friday of August 2027?", nth_weekday(2027, 8, FRI, -1))
date_item(P, "How many minutes between 08:45 and 17:20?", clock_span("08:45", "17:20", 60))
date_item(P, "how many hours from 10pm to 6:30am", clock_span("22:00", "06:30", 3600))
date_item(
    P, "How old is someone born on 12 May 1990 on 3 March 2031?", age(D(1990, 5, 12), D(2031, 3, 3))
)
date_item(P, "What's the date 1000 days after 1 May 2026?", D(2026, 5, 1) + TD(days=1000))

# word problems in the registers
date_item(
    "trout_lake",
    "Trout season on our lake opens on 15 March 2027 and closes on 6 October 2027. How many days "
    "apart are those two dates?",
    days(D(2027, 3, 15), D(2027, 10, 6)),
)
date_item(
    "wedding_florist",
    "The wedding is on Saturday 18 September 2027 and the flowers must be ordered 6 weeks before. "
    "What date is the order deadline?",
    D(2027, 9, 18) - TD(weeks=6),
)
date_item(
    "wedding_florist",
    "What day of the week is 12 June 2027? The bride wants to know before she books the florist.",
    weekday(D(2027, 6, 12)),
)
date_item(
    "archery_range",
    "Our archery tournament is on 3 July 2027 and entries close 21 days before. What's the "
    "closing date for entries?",
    D(2027, 7, 3) - TD(days=21),
)
date_item(
    "beach_hut_rental",
    "we've booked the beach hut from 24 July 2027 to 7 August 2027, how many nights is that?",
    days(D(2027, 7, 24), D(2027, 8, 7)),
)
date_item(
    "beach_hut_rental",
    "All beach huts have to be cleared by 31 October 2028. What day of the week is that?",
    weekday(D(2028, 10, 31)),
)
assert weekday(D(2028, 1, 5)) == "Wednesday"
date_item(
    "book_binder_school",
    "The bookbinding class meets every Wednesday for 10 sessions, starting on 5 January 2028. "
    "What's the date of the last session?",
    D(2028, 1, 5) + TD(weeks=9),
)
date_item(
    "book_binder_school",
    "How many weeks are there from 11 September 2027 to 4 December 2027?",
    weeks(D(2027, 9, 11), D(2027, 12, 4)),
)
date_item(
    "cake_shop",
    "A customer ordered on 2 November 2027 for a cake she wants on 14 December 2027. How many "
    "days' notice did she give us?",
    days(D(2027, 11, 2), D(2027, 12, 14)),
)
date_item(
    "canoe_hire",
    "The canoes went off for servicing on 16 February 2027 and come back 45 days later. What "
    "date is that?",
    D(2027, 2, 16) + TD(days=45),
)
date_item(
    "carpet_shop",
    "The carpet fitters can come on the first Monday of March 2028. What date is that?",
    nth_weekday(2028, 3, MON, 1),
)
date_item(
    "charity_run",
    "The charity half marathon is on 10 October 2027 and the training plan lasts 16 weeks. On "
    "what date should we start training?",
    D(2027, 10, 10) - TD(weeks=16),
)
date_item(
    "circus_school",
    "The circus school's summer show is on the last Saturday of July 2027. What date is that?",
    nth_weekday(2027, 7, SAT, -1),
)
date_item(
    "circus_school",
    "Our show runs from 18:45 to 21:10 including the interval. How many minutes is that?",
    clock_span("18:45", "21:10", 60),
)
date_item(
    "coffee_van",
    "coffee van pitch at the market is from 6:30am to 2:15pm, how many hours is that",
    clock_span("06:30", "14:15", 3600),
)
date_item(
    "community_orchard",
    "Apple Day at the orchard is on 21 October 2027. What day of the week is that?",
    weekday(D(2027, 10, 21)),
)
date_item(
    "craft_brewery",
    "Our stout went into the fermenter on 4 January 2027 and needs 8 weeks before it's ready. "
    "What date will it be ready?",
    D(2027, 1, 4) + TD(weeks=8),
)
date_item(
    "donkey_sanctuary",
    "Our donkey Clover was born on 14 April 2003. How old will she be on 1 June 2027?",
    age(D(2003, 4, 14), D(2027, 6, 1)),
)
date_item(
    "driving_range",
    "The floodlights at the driving range come on at 16:20 and go off at 22:05. How many minutes "
    "are they on for?",
    clock_span("16:20", "22:05", 60),
)
date_item(
    "farm_park",
    "Lambing weekend at the farm park starts on the second Saturday in April 2027. What's the "
    "date?",
    nth_weekday(2027, 4, SAT, 2),
)
date_item(
    "glass_blower",
    "My glassblowing apprenticeship started on 1 September 2025 and ends on 31 August 2027. How "
    "many days apart are those dates?",
    days(D(2025, 9, 1), D(2027, 8, 31)),
)
date_item(
    "horse_livery",
    "The farrier came on 9 May 2027 and comes back every 6 weeks. What's the date of the next "
    "visit?",
    D(2027, 5, 9) + TD(weeks=6),
)
date_item(
    "jam_maker",
    "Marmalade made on 28 January 2027 has a best-before date 500 days later. What date is that?",
    D(2027, 1, 28) + TD(days=500),
)
date_item(
    "laser_tag",
    "What day of the week is 31 December 2027? We might run a New Year's Eve laser tag night.",
    weekday(D(2027, 12, 31)),
)
date_item(
    "lock_keeper",
    "The canal stoppage runs from 3 November 2027 to 17 March 2028. How many days are there "
    "between those dates?",
    days(D(2027, 11, 3), D(2028, 3, 17)),
)
date_item(
    "luthier",
    "I left my violin with the luthier on 22 February 2027 and she said it would take 38 days. "
    "What date can I collect it?",
    D(2027, 2, 22) + TD(days=38),
)
date_item(
    "mobile_cinema",
    "The mobile cinema tour starts on 14 May 2027 and ends on 2 September 2027. How many days "
    "from the start date to the end date?",
    days(D(2027, 5, 14), D(2027, 9, 2)),
)
date_item(
    "mobile_cinema",
    "what day of the week is 5 November 2027? thinking of a bonfire night screening",
    weekday(D(2027, 11, 5)),
)
assert weekday(D(2028, 1, 8)) == weekday(D(2028, 3, 18)) == "Saturday"
date_item(
    "pancake_stall",
    "The pancake stall trades at the market every Saturday. How many weeks are there from 8 "
    "January 2028 to 18 March 2028?",
    weeks(D(2028, 1, 8), D(2028, 3, 18)),
)
date_item(
    "potato_farm",
    "We planted the first earlies on 22 March 2027 and they take 90 days. On what date can we "
    "lift them?",
    D(2027, 3, 22) + TD(days=90),
)
date_item(
    "potato_farm",
    "How many days between planting on 19 April 2027 and harvesting on 4 September 2027?",
    days(D(2027, 4, 19), D(2027, 9, 4)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "trout_lake": [
        "What fly should I use for rainbow trout on a bright, breezy afternoon?",
        "Write a friendly sign asking anglers at our lake to return undersized fish gently.",
        "Why do trout seem to rise more in the evening than at midday?",
        "Is it better to stock brown or rainbow trout in a small spring-fed lake?",
    ],
    "wedding_florist": [
        "Which flowers are in season for an October wedding in England?",
        "Write a short Instagram caption for a blush-pink peony bridal bouquet.",
        "How do I stop hydrangeas wilting at an outdoor summer reception?",
        "What's a tactful way to tell a bride her budget won't stretch to a full floral arch?",
    ],
    "archery_range": [
        "What's the difference between a recurve and a compound bow for a complete beginner?",
        "Draft some safety rules for a have-a-go archery session with children.",
        "why do my arrows keep landing left of the gold",
        "Suggest a name for our archery club's winter indoor league.",
    ],
    "beach_hut_rental": [
        "Write a holiday listing for a blue-and-white beach hut with a kettle and four deckchairs.",
        "What should I pack for a day at a beach hut with two toddlers?",
        "How can I stop the wooden floor of a beach hut going damp over the winter?",
        "Help me reply politely to a guest who left sand and rubbish all over the beach hut.",
    ],
    "book_binder_school": [
        "What's the difference between Coptic stitch and Japanese stab binding?",
        "Which glue is better for case binding a book, PVA or wheat starch paste?",
        "Write a course blurb for a weekend leather journal binding workshop.",
        "Why does my book block keep warping after I glue up the spine?",
    ],
    "cake_shop": [
        "How do I stop my Victoria sponge sinking in the middle?",
        "Suggest five names for a lemon and elderflower cupcake.",
        "Write a warm thank-you note to a customer who ordered a christening cake from us.",
        "can i swap buttermilk for yoghurt in a red velvet cake",
    ],
    "canoe_hire": [
        "What should go into a safety briefing for first-time canoeists on a slow river?",
        "Is an open canoe or a pair of kayaks better for a family with two young kids?",
        "Write a text message telling canoe customers their trip is cancelled because of floods.",
        "How do I do a proper J-stroke from the back of a canoe?",
    ],
    "carpet_shop": [
        "Is wool or polypropylene carpet better in a house with two dogs?",
        "What kind of underlay would you recommend for a bedroom over old floorboards?",
        "Write a 20-second local radio ad for our spring carpet sale.",
        "How do I get red wine out of a cream wool carpet?",
    ],
    "charity_run": [
        "Write a message thanking our sponsors after the charity fun run.",
        "What's a sensible thing to eat the night before a charity 10K?",
        "How can we persuade more local businesses to sponsor our charity run?",
        "Suggest a warm-up routine that suits charity runners of all ages and abilities.",
    ],
    "circus_school": [
        "Which exercises build grip strength for aerial silks?",
        "Write a fun description of our children's circus skills summer camp.",
        "How do you teach a complete beginner to juggle three balls?",
        "Is static trapeze or flying trapeze easier for adults who are just starting?",
    ],
    "coffee_van": [
        "What's the actual difference between a flat white and a cortado?",
        "Suggest a catchy name for a converted vintage coffee van.",
        "My espresso shots are running too fast and taste sour, how do I fix that?",
        "Write a chalkboard line to promote our new maple pecan latte.",
    ],
    "community_orchard": [
        "When is the best time to prune old standard apple trees?",
        "Which heritage apple varieties would suit a damp, windy hillside orchard?",
        "Write an invitation to our community orchard's wassail evening in January.",
        "How can we deal with codling moth in the orchard without spraying?",
    ],
    "craft_brewery": [
        "Write tasting notes for a hazy pale ale hopped with Citra and Mosaic.",
        "Why does my homebrew taste of green apples?",
        "What food would you pair with a smoked porter?",
        "Suggest a name and a label tagline for a rhubarb sour beer.",
    ],
    "donkey_sanctuary": [
        "Why do donkeys need more shelter from rain than horses do?",
        "Write a short appeal letter asking supporters to sponsor a rescued donkey.",
        "Can donkeys and goats share the same field safely?",
        "What are the early signs of laminitis in a donkey?",
    ],
    "driving_range": [
        "How do I stop slicing my driver at the range?",
        "Is a 7-iron or a hybrid easier to hit for a high-handicap golfer?",
        "Write a promotional email for our driving range's Thursday ladies' night.",
        "What practice drills should a beginner do with one bucket of balls?",
    ],
    "farm_park": [
        "Which animals are safest for toddlers to feed at a farm park?",
        "Write a birthday party package description for our farm park.",
        "How can we explain hand-washing after touching the animals to kids in a fun way?",
        "Give me some ideas for a rainy-day activity in the big barn.",
    ],
    "glass_blower": [
        "Why did my glass paperweight crack the day after I made it?",
        "What's the difference between soda-lime and borosilicate glass for lampworking?",
        "Write a product description for a hand-blown cobalt blue bud vase.",
        "How do glassblowers get those coloured twists inside a marble?",
    ],
    "horse_livery": [
        "What's the difference between full, part and DIY livery?",
        "My mare keeps weaving in her stable, what might help her settle?",
        "Write a set of yard rules for a small livery stable.",
        "Should I rug my clipped cob when the weather is wet but mild?",
    ],
    "jam_maker": [
        "Why hasn't my strawberry jam set?",
        "Suggest some unusual jam flavour pairings for a farmers' market stall.",
        "Write a label description for a damson and sloe gin jam.",
        "Do I still need to sterilise jars if I'm water-bath canning them?",
    ],
    "laser_tag": [
        "Come up with three game modes for a kids' laser tag birthday party.",
        "Write a short safety briefing for laser tag players before a game.",
        "What theme would make our laser tag arena stand out from the others in town?",
        "How should we handle a player who keeps covering their vest sensor?",
    ],
    "lock_keeper": [
        "How does a canal lock actually raise a boat?",
        "Write a friendly notice reminding boaters to close the paddles behind them.",
        "What does a lock keeper get up to during a winter stoppage?",
        "Why do boaters say they are 'working' a lock?",
    ],
    "luthier": [
        "Why is my acoustic guitar buzzing on the third fret of the low E string?",
        "Is spruce or cedar better for the top of a classical guitar?",
        "Write a short bio for my violin-making workshop's website.",
        "How often should a cello have a setup?",
    ],
    "mobile_cinema": [
        "Suggest five family films for an outdoor screening in a village field.",
        "What licence do we need to show a film to the public in the UK?",
        "Write a poster blurb for our pop-up cinema's Halloween double bill.",
        "How do we stop the inflatable screen flapping in the wind?",
    ],
    "pancake_stall": [
        "What's the difference between crêpes and American-style pancakes?",
        "Suggest some vegan pancake toppings for our stall.",
        "Write a menu board description for a salted caramel and banana pancake.",
        "Why do my crêpes tear when I flip them?",
    ],
    "potato_farm": [
        "Which potato varieties are best for roasting?",
        "What causes potato blight and how can we keep it out of our fields?",
        "Write a farm-shop sign announcing our new-season potatoes.",
        "Should we chit seed potatoes before planting them?",
    ],
}
for fam, queries in ORDINARY.items():
    for q in queries:
        neg(fam, q)

NEAR = [
    ("near-exchange-rate", "How much is £350 in euros?", "needs a current exchange rate"),
    ("near-exchange-rate", "convert $1,200 to pounds for me", "needs a current exchange rate"),
    (
        "near-exchange-rate",
        "The glassblowing course is €480. What's that in US dollars?",
        "needs a current exchange rate",
    ),
    ("near-exchange-rate", "What would 15,000 yen be in sterling?", "needs an exchange rate"),
    (
        "near-density",
        "What would 20 litres of runny honey weigh, in kilograms?",
        "needs honey's density",
    ),
    ("near-density", "What's 3 kg of plain flour in millilitres?", "needs flour's bulk density"),
    ("near-density", "How many litres is 50 kg of diesel?", "needs diesel's density"),
    ("near-missing", "What's the total if I add VAT to the price?", "no price is given"),
    ("near-missing", "How much change should I get from a £20 note?", "no spend is given"),
    (
        "near-missing",
        "If carpet is £18 a square metre, what will my hallway cost?",
        "the hallway's area is not given",
    ),
    (
        "near-missing",
        "What date will it be 30 days after my order went in?",
        "the order date is not given",
    ),
    ("near-private", "How many days until my nan's 80th birthday party?", "a private date"),
    ("near-private", "Which day of the week was my husband born on?", "a private date"),
    ("near-private", "When does my horse's passport expire?", "a private record"),
    ("near-private", "What was our electricity bill last quarter?", "a private record"),
    ("near-world-fact", "How many feet high is Scafell Pike?", "needs a world fact"),
    ("near-world-fact", "How long is the Grand Union Canal in miles?", "needs a world fact"),
    ("near-world-fact", "What's the population of Cornwall?", "needs a world fact"),
    (
        "near-world-fact",
        "How far is it from London to Edinburgh by road in km?",
        "needs a world fact",
    ),
    ("near-world-fact", "What year did the Kennet and Avon Canal open?", "needs a world fact"),
    (
        "near-estimate",
        "Roughly how many apples does a mature apple tree produce?",
        "an estimate, not an exact calculation",
    ),
    (
        "near-estimate",
        "How many guests can you fit in a standard wedding marquee?",
        "an estimate that depends on layout",
    ),
    (
        "near-estimate",
        "Ballpark, how much would it cost to carpet a three-bed semi?",
        "an estimate of prices not given",
    ),
    ("near-judgement", "Is £4.50 too much to charge for a flat white?", "a judgement"),
    ("near-judgement", "Is 28°C too hot to run a half marathon?", "a judgement"),
    (
        "near-judgement",
        "Is £12 an hour a fair wage for a weekend stable hand?",
        "a judgement",
    ),
    ("near-words", "Write 1,745.60 in words for a cheque.", "number to words"),
    ("near-words", "How do you write 2027 out in words?", "number to words"),
    (
        "near-words",
        "What is 'forty-two thousand and six' written in figures?",
        "words to a number",
    ),
    ("near-roman", "What is MCMLXXXIV in ordinary numbers?", "Roman numerals"),
    ("near-roman", "How would 2031 look in Roman numerals on a sundial?", "Roman numerals"),
    ("near-roman", "What's XLVII plus XIX, answered in Roman numerals?", "Roman numerals"),
    ("near-language", "¿Cuánto es el 15 por ciento de 80 euros?", "asked in Spanish"),
    ("near-language", "Combien de jours entre le 3 mai et le 19 juin 2027 ?", "asked in French"),
    ("near-language", "Wie viele Kilometer sind 17 Meilen?", "asked in German"),
    (
        "near-code",
        "Write a Python function that converts stone and pounds to kilograms.",
        "code",
    ),
    ("near-code", "What does 7 // 2 evaluate to in Python, and why?", "code semantics"),
    (
        "near-code",
        "Give me a JavaScript snippet that adds 20% VAT to a price.",
        "code",
    ),
    (
        "near-spreadsheet",
        "What Excel formula gives the number of days between the dates in A2 and B2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "How do I make Google Sheets round a price up to the nearest 5p?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "What formula totals column C only where column B says jam?",
        "a spreadsheet formula",
    ),
    ("near-dosing", "How much paracetamol can I give my 6-year-old?", "medical dosing"),
    ("near-dosing", "What dose of wormer does a 450 kg horse need?", "veterinary dosing"),
    (
        "near-dosing",
        "How many ml of children's ibuprofen for a child who weighs 18 kg?",
        "medical dosing",
    ),
    (
        "near-standard-size",
        "What are the dimensions of a king-size duvet in cm?",
        "a standard size",
    ),
    ("near-standard-size", "How big is an A3 sheet in inches?", "a standard size"),
    ("near-standard-size", "What size is a standard Euro pallet?", "a standard size"),
    ("near-timezone", "If it's 9am in London, what time is it in New York?", "time zones"),
    ("near-timezone", "What's the time difference between Sydney and Paris?", "time zones"),
    (
        "near-timezone",
        "Our video call is at 4pm Tokyo time. When is that in Chicago?",
        "time zones",
    ),
    ("near-easter", "The farm park shuts on Easter Sunday 2030. What date is that?", "Easter"),
    ("near-easter", "How many days from Good Friday 2028 to 1 June 2028?", "Easter"),
    (
        "near-working-days",
        "How many working days are there between 1 March 2027 and 30 April 2027?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "What date is 10 business days after 22 December 2027?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "How many weekdays, not counting bank holidays, are there in May 2028?",
        "working days and bank holidays",
    ),
    (
        "near-contested-unit",
        "My water butt holds 45 gallons, how many litres is that?",
        "US or imperial gallons",
    ),
    ("near-contested-unit", "Convert 3 cups of flour to grams.", "cups: size and density"),
    ("near-contested-unit", "How many kilograms in 2 tons?", "short, long or metric tons"),
    ("near-contested-unit", "My van does 38 mpg, what's that in L/100km?", "US or imperial mpg"),
    (
        "near-numeric-date",
        "How many days between 03/04/2028 and 05/06/2028?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-numeric-date",
        "What day of the week is 07/08/2027?",
        "all-numeric date of unstated order",
    ),
    (
        "near-numeric-date",
        "what date is 2 weeks after 11/12/2027",
        "all-numeric date of unstated order",
    ),
    ("near-current-date", "Sorry, what's today's date again?", "the current date"),
    ("near-current-date", "How many sleeps left until Christmas Day?", "the current date"),
    ("near-current-date", "How many weeks are left in the year?", "the current date"),
]
for fam, q, note in NEAR:
    neg(fam, q, note)


# figures stated in assistant turns below
assert pct(15) * 220 == 33 and days(D(2027, 6, 1), D(2027, 9, 1)) == 92
assert round(100 * 1000 / MI, 2) == dec("62.14") and 38 + 2 * 14 == 66
assert weekday(D(2027, 7, 4)) == "Sunday" and days(D(2027, 5, 2), D(2027, 6, 30)) == 59
assert 12 * dec("8.50") == 102 and round(30 * MI / 1000, 2) == dec("48.28")
assert 75 * (1 - pct(20)) == 60 and c_to_f(30) == 86
assert days(D(2027, 3, 14), D(2027, 4, 2)) == 19 and pct("17.5") * 360 == 63

CONVS = [
    (
        "conv-persona",
        [
            (S, "You are Dot, a cheerful donkey who answers every question in rhyming couplets."),
            (U, "Dot, what's 27 times 14?"),
        ],
        "the system turn fixes a persona and a rhyming format",
    ),
    (
        "conv-persona",
        [
            (U, "For this chat, be a gruff old lock keeper from the 1950s and stay in character."),
            (A, "Aye, right you are. What'll it be?"),
            (U, "How many feet is 12 metres, then, old timer?"),
        ],
        "an earlier turn fixes a persona",
    ),
    (
        "conv-persona",
        [
            (U, "Answer everything like a pirate from now on, matey."),
            (A, "Arr, that I will, shipmate!"),
            (U, "What's 15% off a £60 pair of sea boots?"),
        ],
        "an earlier turn fixes a persona",
    ),
    (
        "conv-format",
        [
            (U, "Reply only with a JSON object with the keys answer and unit."),
            (A, '{"answer": "ready", "unit": null}'),
            (U, "Convert 5 kg to pounds."),
        ],
        "an earlier turn fixes a JSON format",
    ),
    (
        "conv-format",
        [
            (U, "Give each answer as a fraction in its lowest terms, please, not a decimal."),
            (A, "Understood: fractions in lowest terms only."),
            (U, "Then what is 0.375 added to 0.5?"),
        ],
        "an earlier turn fixes the number format",
    ),
    (
        "conv-format",
        [
            (U, "Put your answers in a markdown table, one row per item and a total row."),
            (A, "Sure, I'll use a table with a total row."),
            (U, "What do 3 coffees at £3.20 and 2 teas at £2.60 come to?"),
        ],
        "an earlier turn fixes a table format",
    ),
    (
        "conv-format",
        [
            (U, "write all numbers out in words from now on please"),
            (A, "Of course, I'll write every number in words."),
            (U, "ok so how much is 48 plus 75"),
        ],
        "an earlier turn asks for numbers in words",
    ),
    (
        "conv-language",
        [
            (U, "Réponds-moi seulement en français, s'il te plaît."),
            (A, "D'accord, je répondrai uniquement en français."),
            (U, "What is 18% of 250?"),
        ],
        "an earlier turn fixes the reply language (French)",
    ),
    (
        "conv-language",
        [
            (U, "Atebwch yn Gymraeg o hyn ymlaen, os gwelwch yn dda."),
            (A, "Iawn, fe atebaf yn Gymraeg."),
            (U, "How many days from 1 May 2027 to 20 May 2027?"),
        ],
        "an earlier turn fixes the reply language (Welsh)",
    ),
    (
        "conv-language",
        [
            (U, "I'm practising my Spanish, so please answer in Spanish only."),
            (A, "¡Claro! Responderé solo en español."),
            (U, "Convert 20 miles to kilometres."),
        ],
        "an earlier turn fixes the reply language (Spanish)",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte alle Antworten auf Deutsch, danke."),
            (A, "Gerne, ich antworte ab jetzt auf Deutsch."),
            (U, "Which day of the week will 2 October 2027 be?"),
        ],
        "an earlier turn fixes the reply language (German)",
    ),
    (
        "conv-unit",
        [
            (U, "From now on give all weights in stone and pounds."),
            (A, "Will do, stone and pounds it is."),
            (U, "What's 84 kg then?"),
        ],
        "an earlier turn fixes the output unit",
    ),
    (
        "conv-unit",
        [
            (U, "I only think in Fahrenheit, so use it for every temperature you give me."),
            (A, "Got it, Fahrenheit throughout."),
            (U, "The proving drawer is set to 27 degrees. What's that for me?"),
        ],
        "an earlier turn fixes the unit; the input unit is implied",
    ),
    (
        "conv-unit",
        [
            (U, "All distances in kilometres please, I'm training in metric."),
            (A, "Sure, kilometres from here on."),
            (U, "How far is the 8-mile canoe trip?"),
        ],
        "an earlier turn fixes the output unit",
    ),
    (
        "conv-unit",
        [
            (U, "Give me money answers in pence, not pounds."),
            (A, "Okay, I'll answer in pence."),
            (U, "What's £3.45 times 7?"),
        ],
        "an earlier turn fixes the money unit",
    ),
    (
        "conv-convention",
        [
            (U, "When I ask for days between two dates, count both the first and the last day."),
            (A, "Understood, I'll count inclusively."),
            (U, "How many days from 3 May 2027 to 10 May 2027?"),
        ],
        "an earlier turn fixes inclusive counting",
    ),
    (
        "conv-convention",
        [
            (U, "Our shop always rounds prices up to the next 5p."),
            (A, "Got it, always up to the next 5p."),
            (U, "What's a third of £10 then?"),
        ],
        "an earlier turn fixes a rounding convention",
    ),
    (
        "conv-convention",
        [
            (U, "In our club the week starts on a Sunday."),
            (A, "Noted, weeks start on Sunday."),
            (U, "What date is the first day of the week that contains 16 June 2027?"),
        ],
        "an earlier turn fixes the first day of the week",
    ),
    (
        "conv-convention",
        [
            (U, "We quote lengths in whole yards and feet, never decimals of a yard."),
            (A, "Understood, yards and feet only."),
            (U, "What's 7.5 metres in those?"),
        ],
        "an earlier turn fixes a mixed-unit convention",
    ),
    (
        "conv-number",
        [
            (U, "Our pitch fee at the show is £36 a night."),
            (A, "Noted: £36 a night."),
            (U, "So what would 5 nights cost us?"),
        ],
        "the price comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The hay merchant charges £7.20 a bale delivered."),
            (A, "Okay, £7.20 per bale delivered."),
            (U, "How much for 45 of them?"),
        ],
        "the price comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "My mare weighs 520 kg on the weighbridge."),
            (A, "Got it, 520 kg."),
            (U, "What's her weight in stone?"),
        ],
        "the weight comes from an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The pottery course started on 6 September 2027."),
            (A, "Noted, a start date of 6 September 2027."),
            (U, "And what date is 100 days after it started?"),
        ],
        "the date comes from an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% of £220?"),
            (A, "15% of £220 is £33."),
            (U, "And what if the percentage were 20 instead of 15?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days between 1 June 2027 and 1 September 2027?"),
            (A, "There are 92 days between those dates."),
            (U, "How many weeks and leftover days is that?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 100 km to miles."),
            (A, "100 km is about 62.14 miles."),
            (U, "and double that distance, in miles?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Canoe hire is $38 for the first hour and $14 per extra hour. What's 3 hours?"),
            (A, "3 hours comes to $66."),
            (U, "What about for the whole group in four canoes?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Which weekday does 4 July 2027 fall on?"),
            (A, "4 July 2027 is a Sunday."),
            (U, "And the same date one calendar year later, which weekday is it?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 2 May 2027 to 30 June 2027?"),
            (A, "59 days."),
            (U, "Sorry, I meant to 30 July, not June."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 12 × £8.50?"),
            (A, "12 × £8.50 = £102."),
            (U, "oops, make that 13 of them"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 30 miles to km."),
            (A, "30 miles is 48.28 km."),
            (U, "No wait, I meant 30 kilometres into miles."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 20% off £75?"),
            (A, "20% off £75 is £60."),
            (U, "Ah, it's actually 25% off. Can you redo it?"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "Convert 30°C to Fahrenheit."),
            (A, "30°C is 86°F."),
            (U, "How did you get that? Walk me through the steps."),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "How many days from 14 March 2027 to 2 April 2027?"),
            (A, "19 days."),
            (U, "Why is it 19 and not 20?"),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 17.5% of £360?"),
            (A, "17.5% of £360 is £63."),
            (U, "Explain how I could work that out in my head."),
        ],
        "an explanation after an earlier turn",
    ),
]
for fam, turns, note in CONVS:
    conv(fam, turns, note)


# weekdays stated anywhere in this set's text match the calendar
_MONTHS = "|".join(calendar.month_name[1:])
_STATED = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"),? (\d{1,2}) (" + _MONTHS + r") (\d{4})\b"
    r"|\b(" + "|".join(WEEKDAYS) + r"),? (" + _MONTHS + r") (\d{1,2}),? (\d{4})\b"
)
_checked = 0
for _i in items:
    for _t in [_i["query"]] + [m["content"] for m in _i.get("messages") or []]:
        for _m in _STATED.finditer(_t):
            g = _m.groups()
            if g[0]:
                wd, d_, mo, y = g[0], int(g[1]), g[2], int(g[3])
            else:
                wd, mo, d_, y = g[4], g[5], int(g[6]), int(g[7])
            assert weekday(D(y, list(calendar.month_name).index(mo), d_)) == wd, _t
            _checked += 1
assert _checked >= 1


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
    # no register (family name) of this set is a family name of sets 19 to 29
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 29: {reused}"
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
