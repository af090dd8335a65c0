r"""Generate heldout-2026-12-30.jsonl: a twenty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_26.py, by `sed -n`: lines 1-253
(its docstring, imports, configuration, helpers and calc()), 451-494 (its unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED and unit()), 675-724 (its date helpers and date_item()), 933-943 (neg()
and conv(), see the disclosures) and 1576-1776 (its checks and main()), plus one `grep -n "^def
\|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant names such as ORDINARY, NEAR and CONVS
with their line numbers, section headers; see the disclosures) and one `wc -l` of it (1776 lines).
None of its query blocks was opened. Nothing else under /work/main was opened or listed: nothing
under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one
generator), and not README.md; the only listing was `ls /work/main/tests/data/router_heldout | grep
-c make_heldout` (it printed 26) and, at the end, `ls -a /work/main/tests/data/router_heldout | grep
-c pycache` (it printed 0: no bytecode was written there). Also listed: `ls /work/sealed27` (absent
before this set). /work/sealed22 to /work/sealed26 were not looked at. The earlier generators (sets
1-26) are only imported, in memory, by main() for the duplicate and register checks, and by one
small stdin `python3` script run before this file existed, which imported sets 19-26 (their
module-level stdout and stderr suppressed, no bytecode written) and printed only the number of the
brief's suggested register names (27) and which of them were already family names there: none. Their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values were
read), no git command was run, no network was used, and neither the router nor the bench nor the
tests were run.

What was run: the `cat`, `ls`, `wc -l`, `grep -n` and `sed -n` above; the register-name script
above; a small stdin `python3` script that copied set 26's lines 134-253 (from its `from __future__`
line, found by the script), 451-493, 675-724, 933-941 and 1576-1776 into blocks under /tmp/h27/ by
line slicing, substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_26.py), EARLIER
(sets 1-26), REGISTER_CHECK (sets 19-26, adding make_heldout_26.py) and "sets 19 to 25" -> "sets 19
to 26" in one comment and one message string of main() (it printed the start line and how often each
substitution applied); `ls -la` of /tmp/h27, `tail -3` of the copied neg()/conv() block and `head
-2` of the copied helper block; a stdin `python3` script that added one check to the copied main()
(below), then a `grep -n` for "partial" and "thin" in that copied block (it printed three lines of
main()); `cat` heredocs that wrote this set's own query blocks to /tmp/h27/; two `sed -i` edits of
those own blocks (listed in the disclosures), each followed by a `grep -n` of the own block edited;
two `python3 -c` one-liners that checked the day counts, weekdays and mile/km figures stated in
assistant turns of this set's conversations; `cat` that assembled this file from those blocks;
`/work/main/.venv/bin/ruff format --line-length 100 --no-cache -q` and `/work/main/.venv/bin/ruff
check --fix --unsafe-fixes --line-length 100 --no-cache -q` on this file (after every edit); `awk`
line-length checks, `head` and `wc -l` of this file; `sed -n` of five lines of this file's own NEAR
list (around one line that `awk` counted as over 100 bytes) and a small `python3` replace script
shortening that line's note; a `python3` replace script (/tmp/h27/reword1.py) for the rewordings
below and stdin ones for this docstring; a `python3 -c` that printed this docstring's provenance and
disclosures paragraphs; this generator itself, from /tmp as the working directory (its family table
and any traceback code lines filtered out by `grep -v "^  "`; with --show, also cut by `tail -n
+4`); `sha256sum` of the JSONL; `ls -a` of /work/sealed27; `rm -rf /tmp/h27` and `ls /tmp | grep -c
h27`. Writes: /work/sealed27/ was created for this file and its JSONL; temporary blocks under
/tmp/h27/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 26's main(): the substitutions listed above (file names, sets 1-26 for the
duplicate check, sets 19-26 for the register check) and one added check: every positive
register is used by all three tools (set 26's check of at least two is kept). Its checks are all
kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for positives,
the answers' consistency (calculator and exact unit answers are numbers with at most three
decimals, every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use, no repeat of an earlier query or user turn, the register
check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this script
with another PYTHONHASHSEED via --digest, give the same sha256).

Disclosures: the kinds of item follow set 26's docstring on purpose (plain one-liners of common
operations; near-positive and conversation categories as the brief and set 26's docstring list
them), and the helpers, unit factors and checks are set 26's, copied. Set 26's docstring (within
lines 1-253) names its registers and the generic kinds of its plain one-liners (a percentage, a
division, a feet-and-inches length), which were therefore seen; some plain one-liners here are
of those same generic kinds, newly worded. At the edges of the allowed ranges: the `grep -n`
also printed line 15 of set 26's docstring (a docstring line that happens to begin with "def",
describing set 25's greps; no query text), and line 943 is a one-line comment introducing set
26's ordinary negatives (no query text); this file's own comment before ORDINARY is worded
after it. No query text of any earlier set was seen at any edge (lines 253, 451, 494, 675, 724,
933 and 1576 are code, blank or section headers). Every query here was newly written from
imagination of each trade. Registers of sets 1 to 18 are known here only indirectly, so an
overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 26 (the
near-.../conv-... families are not registers and may coincide with earlier family names). Of
the brief's 27 suggested registers none was taken; 25 were used, and christmas_tree_farm and
ice_hockey_club were not needed. Own items reworded after main()'s duplicate check reported them
by id (17 items, reworded without the earlier queries being looked at): four plain calculator
one-liners, two plain unit one-liners, one ordinary scout_group negative, four near-positives
(a current-date, a dosing, an Easter and an all-numeric-date item), and six conversations, in
each of which both user turns were reworded, since the check does not say which turn matched.
Other own edits while writing: one unit word problem's pressure value was changed so that an
answer rounded to two decimals stays within the 1e-3 tolerance; one date word problem was
reworded to drop a hedging word (positives carry no "about"/"around" wording); one near-positive
note was shortened to keep its line within 100 characters.

Registers (families), 25, new: butcher, post_office, toy_shop, hat_maker, brass_band,
puppet_theatre, rugby_club, netball_team, dairy_farm, alpaca_farm, pumpkin_patch,
mushroom_grower, scout_group, art_gallery, bookshop, record_shop, music_school, kitchen_fitter,
travel_agent, flooring_shop, bus_tour, trampoline_park, cookery_school, shoe_repair, blacksmith.
Every register is used by all three tools (asserted). Positives are one-liners (family "plain")
or word problems of one to three sentences in UK and US usage with £, $ and €, some chatty,
terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, or a persona / format / language / unit / convention / number fixed in an earlier turn, a
follow-up or correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 26: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; the one inclusive day count says
"inclusive" in its query, and nights are counted as the difference of the two dates.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 26):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_27.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2026-12-30.jsonl"
PREFIX = "ho27-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_26.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 27))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
    "make_heldout_24.py",
    "make_heldout_25.py",
    "make_heldout_26.py",
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


# plain one-liners (family "plain")
calc("plain", "17.5% of 2,360 please", pct("17.5") * 2360)
calc("plain", "6348 / 23", F(6348, 23))
calc("plain", "(48.75 + 126.4) * 3", (dec("48.75") + dec("126.4")) * 3)
calc("plain", "what's the square root of 7,056", 84)
assert 84 * 84 == 7056
calc("plain", "What is 2.6 cubed?", dec("2.6") ** 3)
calc("plain", "What is 1,204 minus 3,987?", 1204 - 3987)
calc("plain", "calculate 45 x 38 x 12", 45 * 38 * 12)
calc("plain", "What's three eighths of 1,144?", F(3, 8) * 1144)
calc("plain", "If I increase 640 by 12.5%, what do I get?", 640 * (1 + pct("12.5")))
calc("plain", "what percent of 348 is 87?", F(87, 348) * 100)
calc("plain", "19.99 times 14 =", dec("19.99") * 14)
calc("plain", "Work out 9,375 divided by 0.25", F(9375) / dec("0.25"))
calc("plain", "What is 14 squared plus 27 squared?", 14**2 + 27**2)
calc("plain", "Take 18% off 1,850", 1850 * (1 - pct(18)))

# word problems in the registers
calc(
    "butcher",
    "I bought 2.4 kg of beef mince at £8.75 per kg and six pork sausages at 65p each. "
    "What's my total in pounds?",
    dec("2.4") * dec("8.75") + 6 * dec("0.65"),
)
calc(
    "butcher",
    "A whole lamb comes to 19.5 kg at £11.40 a kilo, and the butcher knocks £25 off for cash. "
    "How much do I hand over?",
    dec("19.5") * dec("11.40") - 25,
)
calc(
    "post_office",
    "Posting 14 large letters at £2.10 each and 3 parcels at £4.45 each - how much altogether?",
    14 * dec("2.10") + 3 * dec("4.45"),
)
calc(
    "toy_shop",
    "The toy shop has 20% off everything. I'm getting a doll's house at $89.50 and two jigsaw "
    "puzzles at $12.25 each. What do I pay after the discount?",
    (dec("89.50") + 2 * dec("12.25")) * (1 - pct(20)),
)
calc(
    "hat_maker",
    "A milliner charges €145 for the hat itself plus €18.50 per hour of fittings. "
    "With 3.5 hours of fittings, what's the total bill?",
    145 + dec("3.5") * dec("18.50"),
)
calc(
    "brass_band",
    "Our brass band has 28 players and the coach to the regional contest costs £672. "
    "If we split it equally, how much does each player pay?",
    F(672, 28),
)
calc(
    "puppet_theatre",
    "puppet theatre tickets are $14 for adults and $9.50 for kids, plus a $2 booking fee on "
    "every ticket. what do 3 adults and 5 kids cost?",
    3 * 14 + 5 * dec("9.50") + 8 * 2,
)
calc(
    "rugby_club",
    "Rugby club subs are £180 a season and juniors get 35% off. "
    "What do four juniors pay between them?",
    4 * 180 * (1 - pct(35)),
)
calc(
    "netball_team",
    "Our netball team raised £1,245 at a bake sale and £830 from a sponsored walk. New bibs "
    "cost £23.50 each for 12 players. How much is left once the bibs are bought?",
    1245 + 830 - 12 * dec("23.50"),
)
calc(
    "dairy_farm",
    "The co-op pays us 38.5p a litre for milk. The herd gives 2,840 litres a day - "
    "what's that worth in pounds per day?",
    2840 * dec("0.385"),
)
calc(
    "dairy_farm",
    "We sold 1,460 dozen eggs at £2.85 a dozen and 620 kg of farmhouse cheddar at £9.40/kg "
    "at the farm shop. What was the total?",
    1460 * dec("2.85") + 620 * dec("9.40"),
)
calc(
    "alpaca_farm",
    "An alpaca trek is $65 per person and a 12% service charge gets added on top. "
    "How much for a group of 6?",
    6 * 65 * (1 + pct(12)),
)
calc(
    "alpaca_farm",
    "We sheared 23 alpacas and each gave 2.4 kg of fleece. If fleece sells at $18 per kg, "
    "what is the whole clip worth?",
    23 * dec("2.4") * 18,
)
calc(
    "pumpkin_patch",
    "pumpkins are $0.79 a pound at the patch and mine weighs 18 lb. what does it cost",
    18 * dec("0.79"),
)
calc(
    "mushroom_grower",
    "I harvest 42 kg of oyster mushrooms a week and sell them in 250 g punnets at €3.20 each. "
    "What's a week's takings if every punnet sells?",
    F(42000, 250) * dec("3.20"),
)
assert F(42000, 250).denominator == 1
calc(
    "scout_group",
    "Summer camp costs £95 per scout and 25 scouts are going. We got a £400 grant to share "
    "equally. How much does each family pay?",
    F(25 * 95 - 400, 25),
)
calc(
    "art_gallery",
    "The gallery takes 40% commission. A painting sold for £2,350 - how much does the artist get?",
    2350 * (1 - pct(40)),
)
calc(
    "bookshop",
    "Three paperbacks at £9.50 and a hardback at £20, and the shop takes 10% off the lot when "
    "you buy four. What do I pay?",
    (3 * dec("9.50") + 20) * (1 - pct(10)),
)
calc(
    "record_shop",
    "Bought 4 LPs at $27 each and 6 seven-inch singles at $6.50 each, plus 8% sales tax. "
    "What's the total?",
    (4 * 27 + 6 * dec("6.50")) * (1 + pct(8)),
)
calc(
    "record_shop",
    "the shop buys used vinyl at 30% of what it expects to resell it for. "
    "what do they pay for a box they'll sell on for $640",
    640 * pct(30),
)
calc(
    "music_school",
    "Piano lessons are £32 each. What does a term of 11 lessons come to with the £25 "
    "registration fee?",
    11 * 32 + 25,
)
calc(
    "kitchen_fitter",
    "The kitchen fitter quoted £6,800 plus VAT at 20%. I've paid a deposit of 25% of the "
    "VAT-inclusive price. What's the balance still owed?",
    6800 * (1 + pct(20)) * (1 - pct(25)),
)
calc(
    "kitchen_fitter",
    "Oak worktop is £86 per metre. I need 4.2 metres plus £140 for cutting and jointing. Total?",
    dec("4.2") * 86 + 140,
)
calc(
    "travel_agent",
    "A package holiday is €1,290 per adult and €845 per child. For two adults and three kids, "
    "less a €150 early-booking discount, what's the price?",
    2 * 1290 + 3 * 845 - 150,
)
calc(
    "travel_agent",
    "Flights are $412 each for four of us and the hotel is $138 a night for 7 nights. "
    "What's the total trip cost?",
    4 * 412 + 7 * 138,
)
calc(
    "flooring_shop",
    "Laminate is £29.97 a pack and I need 9 packs. What will that cost?",
    9 * dec("29.97"),
)
calc(
    "bus_tour",
    "A coach tour is $54 a head and our party of 38 gets 15% off. How much does the party pay "
    "in total?",
    38 * 54 * (1 - pct(15)),
)
calc(
    "trampoline_park",
    "Jump sessions are £12.50 an hour and grip socks are £2.75 a pair. Seven kids, two hours "
    "each, and everyone needs socks - how much?",
    7 * 2 * dec("12.50") + 7 * dec("2.75"),
)
calc(
    "cookery_school",
    "A five-week cookery course costs £340. After a £60 deposit I pay the rest in 4 equal "
    "instalments. How much is each instalment?",
    F(340 - 60, 4),
)
calc(
    "shoe_repair",
    "Resoling is $48 a pair and new heels are $22 a pair. How much for 3 pairs resoled and "
    "2 pairs re-heeled?",
    3 * 48 + 2 * 22,
)
calc(
    "blacksmith",
    "the blacksmith charges €55 an hour. the garden gate took 14.5 hours plus €212 of steel. "
    "total?",
    dec("14.5") * 55 + 212,
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


# plain one-liners (family "plain")
unit("plain", "convert 5 ft 9 in to cm", 69 * IN * 100, EXACT)
unit("plain", "12 stone 4 lb in kg", 12 * STONE + 4 * LB)
unit("plain", "what is 425 fahrenheit in celsius", f_to_c(425))
unit("plain", "26.2 miles in km?", dec("26.2") * MI / 1000)
unit("plain", "How many millimetres are in 3.75 inches?", dec("3.75") * IN * 1000, EXACT)
unit("plain", "how many MiB is 2.5 GiB", dec("2.5") * GIB / MIB, EXACT)
unit("plain", "70 mph to km/h", 70 * MPH / KMH)
unit("plain", "Convert 30 psi to bar.", 30 * PSI / BAR)
unit("plain", "40 acres in hectares", 40 * ACRE / 10**4)
unit("plain", "-18 °C in °F", c_to_f(-18), EXACT)
unit("plain", "1,500 square feet in square metres", 1500 * FT * FT)
unit("plain", "8 oz to grams", 8 * OZ * 1000)
unit("plain", "3.5 hours is how many seconds?", dec("3.5") * 3600, EXACT)
unit("plain", "Convert 650 yards to metres", 650 * YD, EXACT)

# word problems in the registers
unit("butcher", "The recipe wants a 4.5 lb brisket. What's that in kilos?", dec("4.5") * LB)
unit("butcher", "I've got a 750 g pork joint - how many ounces is that?", F(750, 1000) / OZ)
unit(
    "post_office",
    "My parcel weighs 3 lb 6 oz on the kitchen scales. What is that in grams?",
    (3 * LB + 6 * OZ) * 1000,
)
unit(
    "toy_shop",
    "The kite comes with 150 feet of line. How long is that in metres?",
    150 * FT,
    EXACT,
)
unit(
    "hat_maker",
    "my head measures 22.5 inches round, whats that in centimetres",
    dec("22.5") * IN * 100,
    EXACT,
)
unit(
    "brass_band",
    "The Whit Friday march route is 2.8 km. How far is that in miles?",
    F(2800) / MI,
)
unit(
    "brass_band",
    "a sousaphone in its case weighs 11.3 kg, what is that in pounds?",
    dec("11.3") / LB,
)
unit(
    "puppet_theatre",
    "Our puppet stage is 24 ft wide and 16 ft deep. What's the floor area in square metres?",
    24 * FT * 16 * FT,
)
unit(
    "rugby_club",
    "Our pitch is 100 metres from try line to try line. How many yards is that?",
    F(100) / YD,
)
unit(
    "netball_team",
    "Our shooter's pass was clocked at 45 km/h. Convert that to mph please",
    45 * KMH / MPH,
)
unit(
    "dairy_farm",
    "The bulk milk tank holds 12,000 litres. How many cubic metres is that?",
    F(12000, 1000),
    EXACT,
)
unit(
    "dairy_farm",
    "The tractor's front tyres are set to 36 psi. What's that in bar?",
    36 * PSI / BAR,
)
unit(
    "alpaca_farm",
    "Our alpaca Doris weighed 152 lb at her last weigh-in. How many kg is that?",
    152 * LB,
)
unit(
    "pumpkin_patch",
    "The biggest pumpkin at the show weighed 1,120 pounds. What is that in kilograms?",
    1120 * LB,
)
unit(
    "pumpkin_patch",
    "the pumpkin field is 12 acres - how many hectares?",
    12 * ACRE / 10**4,
)
unit(
    "mushroom_grower",
    "The grow room has to sit at 64 °F for the shiitake. What's that in Celsius?",
    f_to_c(64),
)
unit(
    "scout_group",
    "Saturday's hike is 9 miles. How many kilometres is that?",
    9 * MI / 1000,
)
unit(
    "art_gallery",
    "A canvas is 48 inches wide. How many centimetres is that?",
    48 * IN * 100,
    EXACT,
)
unit(
    "bookshop",
    "The e-book file is 3.5 MiB. How many KiB is that?",
    dec("3.5") * MIB / KIB,
    EXACT,
)
unit(
    "record_shop",
    "the lossless download of the album is 1.2 GiB. what's that in MiB",
    dec("1.2") * GIB / MIB,
    EXACT,
)
unit(
    "music_school",
    "The practice room thermostat says 18 °C. What is that in Fahrenheit?",
    c_to_f(18),
    EXACT,
)
unit(
    "kitchen_fitter",
    "The gap left for the fridge measures 23.5 inches. What is that in centimetres?",
    dec("23.5") * IN * 100,
    EXACT,
)
unit(
    "travel_agent",
    "The hotel says the pool is kept at 30 °C. What's that in °F?",
    c_to_f(30),
    EXACT,
)
unit(
    "travel_agent",
    "The flight from London to Dubai is 5,570 km. How many miles is that?",
    F(5570000) / MI,
)
unit(
    "flooring_shop",
    "The bedroom is 14 ft by 12 ft. How many square metres of flooring is that?",
    14 * FT * 12 * FT,
)
unit(
    "bus_tour",
    "The coach cruises at 100 km/h on the motorway. What's that in miles per hour?",
    100 * KMH / MPH,
)
unit(
    "bus_tour",
    "Day two of the tour covers 212 miles. How many km is that?",
    212 * MI / 1000,
)
unit(
    "trampoline_park",
    "The highest bounce we've measured was 2.4 metres. How many feet is that?",
    dec("2.4") / FT,
)
unit(
    "cookery_school",
    "My oven is set to 200 °C but the old recipe card is in Fahrenheit. What's 200 °C in °F?",
    c_to_f(200),
    EXACT,
)
unit(
    "shoe_repair",
    "I need 2 metres of leather lace and the supplier sells by the inch. How many inches is 2 m?",
    F(2) / IN,
)
unit(
    "blacksmith",
    "My forge gets to 1,300 °C. What's that in Fahrenheit?",
    c_to_f(1300),
    EXACT,
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


# plain one-liners (family "plain")
date_item("plain", "what day of the week is 3 March 2031", weekday(D(2031, 3, 3)))
date_item(
    "plain",
    "How many days between 12 June 2027 and 9 November 2027?",
    days(D(2027, 6, 12), D(2027, 11, 9)),
)
date_item("plain", "What date is 90 days after 17 August 2028?", D(2028, 8, 17) + TD(days=90))
date_item("plain", "which weekday was 4 December 1985", weekday(D(1985, 12, 4)))
date_item("plain", "date 6 weeks before 2 April 2029", D(2029, 4, 2) - TD(weeks=6))
assert days(D(2030, 1, 5), D(2030, 3, 30)) % 7 == 0
date_item(
    "plain",
    "How many weeks from 5 January 2030 to 30 March 2030?",
    F(days(D(2030, 1, 5), D(2030, 3, 30)), 7),
)
date_item("plain", "days from 1 Feb 2032 to 1 Mar 2032", days(D(2032, 2, 1), D(2032, 3, 1)))
date_item("plain", "what's 1000 days after 10 May 2026", D(2026, 5, 10) + TD(days=1000))
date_item(
    "plain",
    "How old is someone born on 19 September 1974 on 1 September 2027?",
    age(D(1974, 9, 19), D(2027, 9, 1)),
)
date_item(
    "plain", "What date is the third Thursday in November 2029?", nth_weekday(2029, 11, THU, 3)
)
date_item("plain", "How many hours between 09:15 and 17:45?", clock_span("09:15", "17:45", 3600))
date_item("plain", "250 days before 1 January 2030?", D(2030, 1, 1) - TD(days=250))
date_item("plain", "What day of the week is Christmas Day 2033?", weekday(D(2033, 12, 25)))
date_item("plain", "minutes from 22:40 to 06:10", clock_span("22:40", "06:10", 60))

# word problems in the registers
date_item(
    "butcher",
    "I ordered our Christmas turkey on 28 October 2027 and collect it on 23 December 2027. "
    "How many days is that?",
    days(D(2027, 10, 28), D(2027, 12, 23)),
)
date_item(
    "butcher",
    "The butcher's is open 07:00 to 17:30 on Saturdays. How many hours is that?",
    clock_span("07:00", "17:30", 3600),
)
date_item(
    "post_office",
    "Surface mail overseas takes 6 weeks. If I post the parcel on 11 October 2027, "
    "what date should it arrive?",
    D(2027, 10, 11) + TD(weeks=6),
)
date_item(
    "toy_shop",
    "The toy shop's Boxing Day sale starts on 26 December 2028. What day of the week is that?",
    weekday(D(2028, 12, 26)),
)
date_item(
    "hat_maker",
    "A bespoke hat takes 45 days to make. If I order on 3 April 2028, when will it be ready?",
    D(2028, 4, 3) + TD(days=45),
)
date_item(
    "brass_band",
    "Our band contest is on 16 September 2028 and we start rehearsing the test piece 12 weeks "
    "before. What's the date of the first rehearsal?",
    D(2028, 9, 16) - TD(weeks=12),
)
date_item(
    "puppet_theatre",
    "The summer puppet show runs from 2 July to 27 August 2028 inclusive. How many days is that?",
    days(D(2028, 7, 2), D(2028, 8, 27)) + 1,
)
date_item(
    "rugby_club",
    "The season opener is on 5 September 2027 - what day of the week is that?",
    weekday(D(2027, 9, 5)),
)
date_item(
    "rugby_club",
    "The club was founded on 9 April 1927. How many days old is it on 9 April 2027?",
    days(D(1927, 4, 9), D(2027, 4, 9)),
)
assert days(D(2028, 2, 20), D(2028, 5, 14)) % 7 == 0
date_item(
    "netball_team",
    "We start training on 20 February 2028 and the tournament is on 14 May 2028. "
    "How many weeks is that?",
    F(days(D(2028, 2, 20), D(2028, 5, 14)), 7),
)
date_item(
    "dairy_farm",
    "Cow gestation on our farm averages 283 days. If she was served on 10 November 2027, "
    "what's her due date?",
    D(2027, 11, 10) + TD(days=283),
)
date_item(
    "dairy_farm",
    "A calf born on 1 March 2028 is weaned at 8 weeks old. What's the weaning date?",
    D(2028, 3, 1) + TD(weeks=8),
)
date_item(
    "alpaca_farm",
    "Our alpacas carry for 345 days. One was mated on 22 June 2027 - due date?",
    D(2027, 6, 22) + TD(days=345),
)
date_item(
    "pumpkin_patch",
    "seeds went in on 25 May 2028 and the variety needs 110 days to mature. harvest date?",
    D(2028, 5, 25) + TD(days=110),
)
date_item(
    "pumpkin_patch",
    "The patch opens on the first Saturday in October 2028. What date is that?",
    nth_weekday(2028, 10, SAT, 1),
)
date_item(
    "mushroom_grower",
    "I spawned the grow bags on 3 January 2029 and the first flush came 19 days later. "
    "What date was that?",
    D(2029, 1, 3) + TD(days=19),
)
date_item(
    "scout_group",
    "Scout camp runs from 29 July 2028 to 5 August 2028. How many nights is that?",
    days(D(2028, 7, 29), D(2028, 8, 5)),
)
date_item(
    "art_gallery",
    "The exhibition opens on 14 February 2029 and closes exactly 10 weeks later. "
    "What date does it close?",
    D(2029, 2, 14) + TD(weeks=10),
)
date_item(
    "bookshop",
    "Our book launch is on 1 October 2027. What day of the week is that?",
    weekday(D(2027, 10, 1)),
)
date_item(
    "record_shop",
    "An album came out on 12 March 1982. How old was it, in whole years, on 12 June 2027?",
    age(D(1982, 3, 12), D(2027, 6, 12)),
)
date_item(
    "music_school",
    "Term started on 13 September 2027 and the grade exam is on 6 December 2027. "
    "How many days apart are they?",
    days(D(2027, 9, 13), D(2027, 12, 6)),
)
date_item(
    "kitchen_fitter",
    "The kitchen fitting starts on 17 January 2028 and finishes 18 days later. "
    "What date does it finish?",
    D(2028, 1, 17) + TD(days=18),
)
date_item(
    "travel_agent",
    "We fly out on 23 August 2028 and come back 14 days later. What date do we return?",
    D(2028, 8, 23) + TD(days=14),
)
date_item(
    "travel_agent",
    "How many days from booking the cruise on 5 December 2027 to sailing on 19 May 2028?",
    days(D(2027, 12, 5), D(2028, 5, 19)),
)
date_item(
    "flooring_shop",
    "The carpet was ordered on 30 November 2027 and delivered 5 weeks later. "
    "What was the delivery date?",
    D(2027, 11, 30) + TD(weeks=5),
)
date_item(
    "bus_tour",
    "Our coach tour departs on 9 June 2028. What day of the week is that?",
    weekday(D(2028, 6, 9)),
)
date_item(
    "bus_tour",
    "the tour leaves at 08:45 and gets back at 18:15, how many hours is that",
    clock_span("08:45", "18:15", 3600),
)
date_item(
    "trampoline_park",
    "We booked the party on 15 January 2028 and it's on 2 March 2028. How many days apart is that?",
    days(D(2028, 1, 15), D(2028, 3, 2)),
)
date_item(
    "cookery_school",
    "The evening class runs from 18:30 to 21:15. How many minutes is that?",
    clock_span("18:30", "21:15", 60),
)
date_item(
    "shoe_repair",
    "I left my boots for repair on 4 November 2027 and the ticket says ready in 10 days. "
    "What's the collection date?",
    D(2027, 11, 4) + TD(days=10),
)
date_item(
    "blacksmith",
    "The forging taster day is on the second Saturday of June 2028. What date is that?",
    nth_weekday(2028, 6, SAT, 2),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in the registers: four each, all needing the language model
ORDINARY = {
    "butcher": [
        "What's the difference between rump and sirloin steak?",
        "How long should a leg of lamb rest after it comes out of the oven?",
        "Write a chalkboard line for our sausage of the week: pork, leek and wholegrain mustard",
        "Is dry-aged beef really worth the extra money?",
    ],
    "post_office": [
        "What does 'signed for' actually mean when you send a letter?",
        "Can I post a bottle of perfume abroad, or is that not allowed?",
        "Help me write a note to go with a birthday parcel for my nephew in Canada",
        "Why do some stamps have no price printed on them?",
    ],
    "toy_shop": [
        "What's a good present for a three-year-old who loves dinosaurs?",
        "Are wooden toys better for toddlers than plastic ones?",
        "Suggest a name for an independent toy shop in a seaside town",
        "How do I explain to my son why he can't have everything on his list?",
    ],
    "hat_maker": [
        "What is the difference between a fedora and a trilby?",
        "How should I store a felt hat over the summer?",
        "What hat would suit a round face for a summer wedding?",
        "Give me a short history of the bowler hat",
    ],
    "brass_band": [
        "What's the difference between a cornet and a trumpet?",
        "How can I stop my lips getting tired during a long concert?",
        "Write a short welcome speech for our brass band's Christmas concert",
        "Which brass band pieces work well for an outdoor summer fete?",
    ],
    "puppet_theatre": [
        "How do marionette strings stop tangling during a show?",
        "Write a two-minute puppet sketch about a dragon who is scared of the dark",
        "What's the history of Punch and Judy?",
        "Is a glove puppet or a rod puppet easier for a beginner?",
    ],
    "rugby_club": [
        "Explain the offside rule at a ruck in simple terms",
        "What's the difference between rugby union and rugby league?",
        "Draft a message asking parents to volunteer at the club's tag rugby festival",
        "What should a prop eat the night before a match?",
    ],
    "netball_team": [
        "What positions can the wing attack go in during netball?",
        "Give me three warm-up drills for a netball team of ten-year-olds",
        "Why is there no dribbling in netball?",
        "How do I tell a player she's been dropped without upsetting her?",
    ],
    "dairy_farm": [
        "Why does milk from grass-fed cows taste different in summer?",
        "What's the difference between Holstein and Jersey cows?",
        "Write a friendly sign for our farm's milk vending machine",
        "How do robotic milking machines know which cow is which?",
    ],
    "alpaca_farm": [
        "Do alpacas spit at people, or only at each other?",
        "What's the difference between an alpaca and a llama?",
        "Suggest five names for a pair of brown alpaca boys",
        "Is alpaca wool warmer than sheep's wool?",
    ],
    "pumpkin_patch": [
        "How do I stop a carved pumpkin going mouldy before Halloween?",
        "What can I make with the flesh scooped out of a pumpkin?",
        "Write an Instagram caption for our pick-your-own pumpkin weekend",
        "Why are some pumpkins white?",
    ],
    "mushroom_grower": [
        "Is it safe to eat mushrooms that have gone a bit slimy?",
        "Why do oyster mushrooms grow sideways?",
        "What's the best way to sterilise straw for growing mushrooms at home?",
        "Write a short description of lion's mane mushrooms for a farmers' market stall",
    ],
    "scout_group": [
        "What are some good games for scouts on a rainy camp evening?",
        "Can you talk me through tying a bowline one-handed?",
        "Write a thank-you letter to the farmer who let our scouts camp in his field",
        "Which badges are easiest for new scouts to earn first?",
    ],
    "art_gallery": [
        "What makes a Rothko painting so expensive?",
        "How should I describe my watercolours in a gallery submission?",
        "What's the difference between an etching and an engraving?",
        "Is it rude to ask an artist how long a painting took?",
    ],
    "bookshop": [
        "Recommend a cosy mystery for someone who loved Agatha Christie",
        "Write a shelf-talker card for a debut novel about a lighthouse keeper",
        "Why are hardbacks published before paperbacks?",
        "How do independent bookshops compete with online sellers?",
    ],
    "record_shop": [
        "How should I clean an old vinyl record without damaging it?",
        "What's the difference between 33 and 45 rpm records?",
        "Recommend some 1970s soul albums for a beginner collector",
        "Does vinyl actually sound better than streaming?",
    ],
    "music_school": [
        "At what age should a child start violin lessons?",
        "How do I encourage my daughter to practise the piano without nagging?",
        "Explain the circle of fifths simply",
        "Write a short bio for a guitar teacher joining our music school",
    ],
    "kitchen_fitter": [
        "Should I choose quartz or granite for kitchen worktops?",
        "What's the best order to do things in when fitting a new kitchen?",
        "Why do handleless kitchen doors cost more?",
        "Write a polite message asking a kitchen fitter when he'll be back to finish the job",
    ],
    "travel_agent": [
        "Is it better to book a package holiday or arrange everything myself?",
        "What should I pack for a week in Iceland in October?",
        "Recommend somewhere quiet in Portugal for a family beach holiday",
        "What does ATOL protection cover?",
    ],
    "flooring_shop": [
        "Is engineered wood or laminate better for a kitchen floor?",
        "How do I get red wine out of a wool carpet?",
        "What's the difference between underlay for carpet and underlay for laminate?",
        "Which flooring is best for a house with two big dogs?",
    ],
    "bus_tour": [
        "What are the must-see stops on a coach tour of the Scottish Highlands?",
        "Write a welcome announcement for the driver of our coach tour to read out",
        "How can I avoid travel sickness on a long coach journey?",
        "Is it normal to tip the coach driver on a tour?",
    ],
    "trampoline_park": [
        "Are trampoline parks safe for children under five?",
        "Write the rules board for our toddler jump session",
        "What muscles does trampolining work?",
        "How do I plan a trampoline party for a nine-year-old who hates surprises?",
    ],
    "cookery_school": [
        "Why does my bread come out dense and heavy?",
        "What's the difference between a roux and a beurre manié?",
        "Write a course description for a one-day Thai street food class",
        "How do I stop pastry shrinking in the tin?",
    ],
    "shoe_repair": [
        "Is it worth resoling cheap shoes or should I just buy new ones?",
        "How do I stop leather boots cracking in winter?",
        "What's the difference between a Goodyear welt and a Blake stitch?",
        "Why do my heels wear down on the outside edge first?",
    ],
    "blacksmith": [
        "What's the difference between wrought iron and cast iron?",
        "How do blacksmiths know when steel is hot enough to forge?",
        "Write a short sign for a blacksmith's stall at a craft fair",
        "Why do blacksmiths quench blades in oil instead of water?",
    ],
}
for family, queries in ORDINARY.items():
    assert len(queries) == 4, family
    for q in queries:
        neg(family, q)

# hard single-turn negatives that look like tool questions: (family, query, note)
NEAR = [
    (
        "near-currency",
        "The bespoke hat is £185. How much is that in US dollars?",
        "exchange rate not given",
    ),
    (
        "near-currency",
        "how many euros will i get for $600 at the airport",
        "exchange rate and bureau margin unknown",
    ),
    (
        "near-currency",
        "An LP costs ¥4,800 in Tokyo - what's that in pounds?",
        "exchange rate not given",
    ),
    ("near-currency", "Is €1,290 more or less than £1,100?", "needs an exchange rate"),
    ("near-density", "How much does 20 litres of honey weigh in kg?", "needs the density of honey"),
    (
        "near-density",
        "I need 500 g of plain flour - how many millilitres is that?",
        "mass to volume needs a density",
    ),
    (
        "near-density",
        "What does a cubic metre of seasoned oak weigh?",
        "density of a material, a world fact",
    ),
    (
        "near-missing",
        "How much will carpet for my lounge cost at £24 a square metre?",
        "room size missing",
    ),
    (
        "near-missing",
        "If the coach costs £672, how much does each player in the band pay?",
        "number of players missing",
    ),
    ("near-missing", "What's my total once 20% VAT is added?", "no price given"),
    (
        "near-missing",
        "How many 250 g punnets will I need for the harvest?",
        "harvest weight missing",
    ),
    ("near-missing", "What date will the hat be ready if it takes 45 days?", "order date missing"),
    (
        "near-private",
        "How many days until my daughter's birthday?",
        "private date and the current date",
    ),
    ("near-private", "How old was my grandad when he joined the colliery band?", "private records"),
    ("near-private", "What did I spend at the butcher's last Saturday?", "private record"),
    (
        "near-private",
        "How many days have I been a member of the rugby club?",
        "private join date and current date",
    ),
    (
        "near-fact",
        "How many days did the 1966 World Cup finals last?",
        "needs the tournament's dates",
    ),
    (
        "near-fact",
        "How far is it from Inverness to Fort William in miles?",
        "distance is a world fact",
    ),
    (
        "near-fact",
        "What's the population of Cornwall divided by its area in square km?",
        "needs two world facts",
    ),
    (
        "near-fact",
        "What day of the week was the Battle of Hastings fought?",
        "historical date, Julian calendar",
    ),
    (
        "near-estimate",
        "Roughly how many pumpkins would fit in the back of a pickup truck?",
        "an estimate",
    ),
    (
        "near-estimate",
        "About how long does it take a group of young scouts to walk 10 km?",
        "an estimate",
    ),
    (
        "near-estimate",
        "How much should I budget for a week in Crete for a family of four?",
        "an estimate",
    ),
    ("near-judgement", "Is £40 a fair price to resole a pair of leather boots?", "a judgement"),
    ("near-judgement", "Is 15% too much to tip a coach tour guide?", "a judgement"),
    (
        "near-judgement",
        "Should I pay the kitchen fitter in full before the job is finished?",
        "a judgement",
    ),
    ("near-judgement", "Is 21 °C warm enough to hold a christening party outdoors?", "judgement"),
    ("near-words", "Write £2,475.60 in words for a cheque", "number to words"),
    ("near-words", "Spell out the number 7,016 in words", "number to words"),
    ("near-roman", "Write 2028 in Roman numerals for the foundation stone", "Roman numerals"),
    ("near-roman", "What year is MCMLXXXIV?", "Roman numerals"),
    ("near-roman", "What's XLVII times III?", "arithmetic in Roman numerals"),
    (
        "near-language",
        "¿Cuántos días hay entre el 3 de mayo y el 18 de junio de 2028?",
        "asked in Spanish, answer expected in Spanish",
    ),
    (
        "near-language",
        "Combien font 15 % de 240 euros ?",
        "asked in French, answer expected in French",
    ),
    (
        "near-language",
        "Wie viel sind 12 Meilen in Kilometern?",
        "asked in German, answer expected in German",
    ),
    ("near-code", "Write a Python function that adds 20% VAT to a price", "code"),
    (
        "near-code",
        "In JavaScript, how do I get the number of days between two Date objects?",
        "code",
    ),
    (
        "near-spreadsheet",
        "What Excel formula gives the days between the dates in A2 and B2?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "How do I make a Google Sheets cell show the value in C4 plus 20%?",
        "spreadsheet formula",
    ),
    ("near-dosing", "How much Calpol can I give my 4-year-old who weighs 16 kg?", "dosing"),
    (
        "near-dosing",
        "My dog weighs 22 kg - how many mg of meloxicam should he have?",
        "veterinary dosing",
    ),
    (
        "near-dosing",
        "What's the most 500 mg paracetamol tablets a grown-up can take in 24 hours?",
        "dosing",
    ),
    ("near-size", "What's a UK size 9 shoe in EU sizing?", "standard sizes, not a unit conversion"),
    ("near-size", "How big is A3 paper in inches?", "standard paper size, a world fact"),
    ("near-size", "What size is a king-size duvet in cm?", "standard size, varies by country"),
    (
        "near-timezone",
        "If our coach leaves Edinburgh at 9am, what time is that in New York?",
        "time zones",
    ),
    (
        "near-timezone",
        "The gallery opening is at 7pm in Sydney. What time is that in London?",
        "time zones",
    ),
    ("near-timezone", "When it's noon in Paris, what time is it in Tokyo?", "time zones"),
    ("near-easter", "Our scouts' egg hunt is on Easter Sunday 2029 - what date is that?", "Easter"),
    (
        "near-easter",
        "How many days from Easter Monday 2028 to the late May bank holiday?",
        "Easter and bank holidays",
    ),
    (
        "near-workdays",
        "How many working days are there in March 2028?",
        "working days and holidays",
    ),
    (
        "near-workdays",
        "The fitter needs 12 working days starting 17 January 2028. When does he finish?",
        "working days",
    ),
    ("near-contested", "How many cups is 500 ml of milk?", "US, metric and imperial cups differ"),
    ("near-contested", "What's 3 gallons in litres?", "US and imperial gallons differ"),
    ("near-contested", "How many tons is 5,000 kg?", "short, long and metric tons"),
    ("near-contested", "What's 35 mpg in litres per 100 km?", "US and imperial gallons differ"),
    ("near-contested", "How many ml are in a pint of beer?", "UK and US pints differ"),
    (
        "near-contested",
        "What date is one month after 31 January 2029?",
        "a month as a length is contested",
    ),
    ("near-contested", "How many days are in 2.5 years?", "a year as a length is contested"),
    (
        "near-numeric-date",
        "How many days from 03/04/2028 until 09/06/2028?",
        "day/month order unstated",
    ),
    ("near-numeric-date", "What day of the week is 07/08/2029?", "day/month order unstated"),
    ("near-numeric-date", "Add 30 days to 11/12/2027", "day/month order unstated"),
    ("near-current-date", "What's the date 3 weeks from today?", "depends on the current date"),
    (
        "near-current-date",
        "How many sleeps is it until Christmas Day?",
        "depends on the current date",
    ),
    ("near-current-date", "What day of the week is it?", "depends on the current date"),
]
for family, query, note in NEAR:
    neg(family, query, note)

# conversations: the last user turn looks like a tool question but depends on earlier turns
assert D(2030, 1, 1).weekday() == TUE and days(D(2028, 5, 2), D(2028, 6, 28)) == 57
assert days(D(2028, 4, 1), D(2028, 7, 1)) == 91 and D(2028, 10, 3) + TD(weeks=6) == D(2028, 11, 14)
assert dec("2.4") * dec("8.75") == 21 and pct(15) * 530 == dec("79.50") and c_to_f(30) == 86
assert 12 * dec("9.75") == 117
CONVS = [
    (
        "conv-persona",
        [
            (S, "You are Barnaby, a cheerful old-fashioned village butcher. Stay in character."),
            (U, "How much are 3 kg of chuck steak at £12.40 a kilo?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a pirate captain for the rest of this chat, arr."),
            (A, "Arr, aye aye! What be yer question, matey?"),
            (U, "how many km is 40 miles"),
        ],
        "persona fixed by an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Miss Pennywhistle, a gentle music teacher talking to a six-year-old. "
                    "Use simple words and lots of encouragement."
                ),
            ),
            (U, "What's 8 times 7?"),
        ],
        "persona and audience fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Reply like a Shakespearean actor from now on, please."),
            (A, "Forsooth, I shall speak as the Bard's own players do!"),
            (U, "What day of the week is 14 February 2028?"),
        ],
        "persona fixed by an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "From now on answer only in words, never digits."),
            (A, "Understood - I'll write every number out in words."),
            (U, "What's 1,250 plus 375?"),
        ],
        "format (words only) fixed by an earlier turn",
    ),
    (
        "conv-format",
        [
            (S, "Always reply with a JSON object with the keys 'answer' and 'working'."),
            (U, "How many days from 2 March 2028 to 19 April 2028?"),
        ],
        "output format fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer everything in rhyming couplets from here on, please."),
            (A, "Your wish is my command; in verse I'll take my stand!"),
            (U, "Convert 12 stone 3 lb into kilograms"),
        ],
        "format (verse) fixed by an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Could you show your working in a table for anything I ask about money?"),
            (A, "Of course - I'll lay out each step in a table."),
            (U, "5 trampoline passes at £11.50 and 2 spectator passes at £3"),
        ],
        "format (a table of working) fixed by an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte mir ab jetzt ausschließlich auf Deutsch."),
            (A, "Natürlich, ich antworte ab jetzt auf Deutsch."),
            (U, "How many minutes are there from 10:20 to 13:05?"),
        ],
        "answer language (German) fixed by an earlier turn",
    ),
    (
        "conv-language",
        [(S, "Responde siempre en español."), (U, "What's 15% off €240?")],
        "answer language (Spanish) fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "Je préfère que tu me répondes en français, s'il te plaît."),
            (A, "Bien sûr, je répondrai en français."),
            (U, "how many feet is 3.2 metres"),
        ],
        "answer language (French) fixed by an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer in Welsh for the rest of our chat?"),
            (A, "Wrth gwrs! Beth hoffech chi ei wybod?"),
            (U, "What date is 60 days after 1 September 2028?"),
        ],
        "answer language (Welsh) fixed by an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "I always want weights in stones and pounds, please."),
            (A, "Noted - I'll give weights in stones and pounds."),
            (U, "I weigh 82 kg, convert that for me"),
        ],
        "target unit fixed by an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Give temperatures in kelvin from now on."),
            (A, "Will do - kelvin it is."),
            (U, "What's 68 °F?"),
        ],
        "target unit fixed by an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "We work in millimetres on site, so give lengths in mm."),
            (A, "Sure, I'll use millimetres."),
            (U, "The worktop is 6 ft 2 in long - what's that?"),
        ],
        "target unit fixed by an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Please give speeds in metres per second."),
            (A, "Okay, speeds in m/s from here on."),
            (U, "convert 60 mph"),
        ],
        "target unit fixed by an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Our records are all written day first."),
            (A, "Got it - day first."),
            (U, "How many days from 04/05/2028 to 10/06/2028?"),
        ],
        "date order fixed by an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "When we say how long a show runs, we count the first and the last day."),
            (A, "Understood - both end days count."),
            (U, "How long is the run from 3 June to 17 June 2028?"),
        ],
        "counting convention fixed by an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Heads up: by a billion I always mean the old British long-scale one."),
            (A, "Understood - a million million."),
            (U, "So what do I get if I divide 3 billion by 1,000?"),
        ],
        "number-word convention fixed by an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Round every money answer down to the nearest 5p - that's how our till works."),
            (A, "Okay, I'll round down to the nearest 5p."),
            (U, "What's 7 x £1.37?"),
        ],
        "rounding convention fixed by an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our hourly rate at the forge is £42."),
            (A, "Thanks - £42 an hour noted."),
            (U, "How much for 6.5 hours of work?"),
        ],
        "the rate is given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The milking herd is 148 cows."),
            (A, "Got it, 148 cows."),
            (U, "If each gives 27 litres a day, what's the daily total?"),
        ],
        "the herd size is given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our flight lands on 14 July 2028."),
            (A, "Noted: 14 July 2028."),
            (U, "What date is 10 days after we land?"),
        ],
        "the date is given in an earlier turn",
    ),
    (
        "conv-number",
        [(S, "The VAT rate for this shop's products is 5%."), (U, "Add VAT to £84")],
        "the rate is given in the system turn",
    ),
    (
        "conv-number",
        [
            (U, "I'm 1.68 m tall."),
            (A, "Okay, 1.68 m."),
            (U, "What's my height in feet and inches?"),
        ],
        "the height is given in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 12 trampoline passes at £9.75?"),
            (A, "12 x £9.75 = £117."),
            (U, "And if two of them are for under-fives at half price?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 1 April 2028 to 1 July 2028?"),
            (A, "There are 91 days."),
            (U, "and how many weeks and days is that"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "My parkrun is 5 km; what's that in miles?"),
            (A, "5 km is 3.107 miles to three decimals."),
            (U, "And the half marathon, in miles?"),
        ],
        "follow-up needing a world fact",
    ),
    (
        "conv-followup",
        [
            (U, "What date is 6 weeks after 3 October 2028?"),
            (A, "6 weeks after 3 October 2028 is 14 November 2028."),
            (U, "Which day of the week does that fall on?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 15% of £530?"),
            (A, "15% of £530 is £79.50."),
            (U, "Sorry, I meant £350, not £530."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days between 2 May and 28 June 2028?"),
            (A, "There are 57 days between them."),
            (U, "Oops, make that 28 July."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Can you turn 30 °C into Fahrenheit?"),
            (A, "30 °C is 86 °F."),
            (U, "Hang on, I actually wanted 30 °F turned into Celsius."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 2.4 kg at £8.75 a kilo?"),
            (A, "2.4 x £8.75 = £21.00."),
            (U, "Can you explain how you got that, step by step?"),
        ],
        "explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What weekday is 1 January 2030?"),
            (A, "1 January 2030 is a Tuesday."),
            (U, "Why does the weekday shift by two days after a leap year?"),
        ],
        "explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "A marathon is 26.2 miles - how many km is that?"),
            (A, "26.2 miles is 42.165 km to three decimals."),
            (U, "Why did they pick such an odd distance for it?"),
        ],
        "explanation after an earlier turn",
    ),
]
for family, turns, note in CONVS:
    conv(family, turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 26
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 26: {reused}"
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
