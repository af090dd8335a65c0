r"""Generate heldout-2027-01-01.jsonl: a twenty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_28.py, by `sed -n`: lines 1-264
(its docstring, imports, configuration, helpers and calc()), 467-529 (its unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 714-769
(its date helpers, date_item() and weeks()), 979-987 (its section header, neg() and conv()) and
1686-1889 (its checks and main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def
lines, top-level constant names such as ORDINARY, NEAR and CONVS with their line numbers, section
headers) and one `wc -l` of it (1889 lines). None of its query blocks was opened. Nothing else under
/work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from that one generator), and not README.md; the only listings were `ls
/work/main/tests/data/router_heldout | grep -c make_heldout` (it printed 28) and `ls -a
/work/main/tests/data/router_heldout | grep -c pycache` (run four times, the first after the
generator's checks had first passed and the last at the end; it printed 0 every time: no bytecode
was written there). Also listed: `ls /work/sealed29 /tmp/h29` (both absent before this set) and, at
the end, `ls -la /work/sealed29`. /work/sealed22 to /work/sealed28 were not looked at. The earlier
generators (sets 1-28) are only imported, in memory, by this file's main() for the duplicate and
register checks; no other script imported them, so the brief's suggested register names were checked
only by main()'s register assertion, which passed on its first run. Their queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages and its --show listing of ids and expected values were read), no git command
was run, no network was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `ls`, `wc -l`, `grep -n` and `sed -n` above; `mkdir -p` of /tmp/h29 and
/work/sealed29; a small `python3` script (/tmp/h29/copy.py) that copied set 28's lines 143-264 (from
its `from __future__` line, found by the script), 467-528, 714-769, 979-987 and 1686-1889 into
blocks under /tmp/h29/ by line slicing, substituting this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_28.py), EARLIER (sets 1-28), REGISTER_CHECK (sets 19-28, adding make_heldout_28.py)
and "sets 19 to 27" -> "sets 19 to 28" in one comment and one message string of main() (it printed
the start line and how often each substitution applied, once each and twice for the last); `ls -la`
of /tmp/h29; one `python3 -c` that printed the weekdays of thirteen dates used in this set's own
items (and one day count) before they were written; `cat` heredocs that wrote this set's own blocks
(docstring, query blocks, an assembly script) to /tmp/h29/; one `sed -i` that removed one word from
one own unit item, with a `grep -c` confirming it; a stdin `python3` script and a `grep -o | sort |
uniq -c` / `wc -l` that counted the near-positive and conversation entries of the own negative
block; two small stdin `python3` replace scripts for the two own edits listed in the disclosures; a
`python3` replace script (/tmp/h29/reword1.py) for the rewordings listed in the disclosures; the
assembly script (/tmp/h29/assemble.py, printing the line count), which builds this file by
concatenating the blocks (first with a one-line placeholder docstring); a `printf` and a `cat`
heredoc that wrote the docstring block, and small stdin `python3` scripts (with `sed -n` and `grep
-n` views of the block) that edited and rewrapped it (the last such edit applied to this file
directly, after /tmp/h29 was deleted); `/work/main/.venv/bin/ruff format --line-length 100
--no-cache -q` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100
--no-cache -q` on this file (after every edit); `awk` line-length checks and `wc -l` of this file; a
`python3 -c` that printed this docstring's provenance and disclosures paragraphs; this generator
itself, from /tmp as the working directory (its family table and any traceback code lines filtered
out by `grep -v "^  "`, cut by `tail`); `sha256sum` of the JSONL; `rm -rf /tmp/h29` and `ls /tmp |
grep -c h29`. Writes: /work/sealed29/ was created for this file and its JSONL; temporary blocks
under /tmp/h29/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 28's main(): only the substitutions listed above (file names, sets 1-28 for the
duplicate check, sets 19-28 for the register check). Its checks are all kept: counts per kind, ids
and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by at
least two and by all three tools, no repeat of an earlier query or user turn, the register check,
and a byte-for-byte regeneration check (the file on disk, and a fresh run of this script with
another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks()
(asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays
within 1e-3 at two decimals) and SQFT/SQYD/CUFT. Added: asserts on the weekdays stated in queries
and on the figures stated in assistant turns.

Disclosures: the kinds of item follow set 28's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 28's docstring
list them), and the helpers, unit factors and checks are set 28's, copied. Set 28's docstring
(within lines 1-264) names its registers, the generic kinds of set 26's plain one-liners (a
percentage, a division, a feet-and-inches length), the generic categories of its own reworded and
edited items, and its provenance, which were therefore seen; some plain one-liners here are of those
same generic kinds, newly worded. At the edges of the allowed ranges: line 264 is the last line of
calc(), 467, 714, 979 and 1686 are section headers, 529 is a one-line comment heading set 28's plain
unit one-liners (it holds no query; line 530 onwards was not seen and line 529 was not copied), 769
is the last line of weeks(), 987 is blank and 1889 is the call of main(); the `grep -n` printed no
docstring line. No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade. Registers of sets 1 to 18 are known here only indirectly, so an overlap
in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 28 (the near-.../conv-...
families are not registers and may coincide with earlier family names). Of the brief's 27 suggested
registers, 25 were used and none of them was taken (main()'s assertion passed); trout_lake and
wedding_florist were not needed and were not checked. Own items reworded after main()'s duplicate
check reported them by id (12 items, reworded without the earlier queries being looked at, and
without knowing which turn of a conversation had matched): one plain unit one-liner; seven
near-positives (a contested-unit, two current-date, an Easter, an all-numeric-date, a standard-size
and a working-days item); four conversations (a convention, a language and two follow-up
conversations, whose user turns were reworded, with the assistant figure and its assert updated in
the two follow-ups). Other own edits while writing: a hedging word was removed from one unit word
problem so that it asks for an exact conversion; one near-positive world-fact item was dropped to
bring the near-positives to 65; in one calculator word problem an ambiguous word (it could be read
as a percentage) was replaced so that the question asks for a sum of money.

Registers (families), 25, new: hovercraft_tours, village_cricket_tea, allotment_society,
balloon_artist, bike_shed_maker, caravan_dealer, cheese_festival, clock_repairer, dog_show,
falconry_centre, fireworks_seller, gin_distillery, go_kart_track, hedge_layer, ice_cream_parlour,
kite_shop, lavender_farm, maze_attraction, organ_builder, pie_shop, quiz_league, rock_band,
sculpture_park, smokehouse, steam_railway. Every register is used by all three tools (asserted).
Positives are one-liners (family "plain") or word problems of one to three sentences in UK and US
usage with £, $ and €, some chatty, terse or lower-case. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, or a persona / format / language / unit / convention / number fixed in an earlier turn, a
follow-up or correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 28: US vs imperial pints / cups /
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
Exact conversion factors (sources as in set 28):
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

Run:  python3 make_heldout_29.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-01.jsonl"
PREFIX = "ho29-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_28.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 29))
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
P = "plain"
calc(P, "what is 17.5% of 2,360", pct("17.5") * 2360)
calc(P, "4,815 / 24", F(4815, 24))
calc(P, "(38.75 + 61.4) x 12", (dec("38.75") + dec("61.4")) * 12)
calc(P, "Square root of 7,569?", 87)
assert 87 * 87 == 7569
calc(P, "What's 3/8 of 1,020?", F(3, 8) * 1020)
calc(P, "12.5 squared", dec("12.5") ** 2)
calc(P, "How much is 940 increased by 12.5%?", 940 * (1 + pct("12.5")))
calc(P, "6,042 minus 3,877.65", 6042 - dec("3877.65"))
calc(P, "What is 0.035 times 18,400?", dec("0.035") * 18400)
calc(P, "percentage increase from 250 to 315?", F(315 - 250, 250) * 100)
calc(P, "Mean of 14, 29, 33, 41 and 58", F(14 + 29 + 33 + 41 + 58, 5))
calc(P, "1,728 divided by 0.16", 1728 / dec("0.16"))
calc(P, "what's 7 x 86 x 0.45", 7 * 86 * dec("0.45"))
calc(P, "Take 15% off 86.40", dec("86.40") * (1 - pct(15)))

# word problems in the registers
calc(
    "hovercraft_tours",
    "Hovercraft trip tickets are £34 for adults and £21.50 for children. What do 3 adults and "
    "4 kids pay altogether?",
    3 * 34 + 4 * dec("21.50"),
)
calc(
    "hovercraft_tours",
    "Our hovercraft burns 42 litres of fuel an hour. At €1.85 a litre, what does the fuel cost "
    "for 6 return crossings if each leg takes 25 minutes?",
    F(6 * 2 * 25, 60) * 42 * dec("1.85"),
)
calc(
    "village_cricket_tea",
    "We're doing the cricket tea for 22 players at £6.75 a head, plus £18 to hire the urn. "
    "What's the total?",
    22 * dec("6.75") + 18,
)
calc(
    "village_cricket_tea",
    "our opener scored 47, 12, 88, 3 and 60 in five innings and was out every time. whats his "
    "batting average",
    F(47 + 12 + 88 + 3 + 60, 5),
)
calc(
    "allotment_society",
    "The allotment society has 64 plots: 39 full plots paying £42 a season and the rest half "
    "plots paying £23. How much do we collect in rents?",
    39 * 42 + (64 - 39) * 23,
)
calc(
    "balloon_artist",
    "I charge $85 for the first hour of balloon twisting and $60 for each extra hour. For a "
    "4-hour party with a 10% holiday surcharge on the total, what's the bill?",
    (85 + 3 * 60) * (1 + pct(10)),
)
calc(
    "bike_shed_maker",
    "A bike shed kit is $1,240. I take 15% off, then 8% sales tax goes on the discounted price. "
    "What does the customer pay?",
    1240 * (1 - pct(15)) * (1 + pct(8)),
)
calc(
    "caravan_dealer",
    "The caravan is £18,950. The buyer puts down a £4,550 deposit and pays the balance in 36 "
    "equal instalments. How much is each instalment?",
    F(18950 - 4550, 36),
)
calc(
    "cheese_festival",
    "At the cheese festival we sold 84 wedges at €7.50 and 37 whole truckles at €32. The "
    "organisers take 12% of takings as the stall fee. How much is the fee?",
    (84 * dec("7.50") + 37 * 32) * pct(12),
)
calc(
    "clock_repairer",
    "Repair quote for a longcase clock: 3.5 hours' labour at £48 an hour plus £37.80 of parts, "
    "then VAT at 20% on top. What's the total?",
    (dec("3.5") * 48 + dec("37.80")) * (1 + pct(20)),
)
calc(
    "dog_show",
    "Entry at the dog show is $28 for a dog's first class and $16 for each extra class that dog "
    "enters. My two dogs are in 3 classes each. Total entry fees?",
    2 * (28 + 2 * 16),
)
calc(
    "dog_show",
    "The judges gave 8.5, 9, 7.5, 9.5 and 8. If you drop the highest and lowest score and "
    "average the rest, what's the score?",
    (dec("8.5") + 9 + 8) / 3,
)
calc(
    "falconry_centre",
    "Falconry experience days are £144 each, and a group of 8 gets one place free. If the 8 of "
    "us split the bill evenly, what does each person pay?",
    F(7 * 144, 8),
)
calc(
    "fireworks_seller",
    "Rockets are $12.99 each or 3 for $33. How much does a customer save buying 9 rockets as "
    "three bundles instead of one at a time?",
    9 * dec("12.99") - 3 * 33,
)
calc(
    "gin_distillery",
    "Our 70cl bottle retails at £38 and duty plus VAT make up 46% of that price. How much of "
    "the price is left for us per bottle?",
    38 * (1 - pct(46)),
)
calc(
    "gin_distillery",
    "Each gin batch gives 410 bottles. How many batches do we have to run to fill an order for "
    "3,000 bottles?",
    whole_up(F(3000, 410)),
)
calc(
    "go_kart_track",
    "Go-kart sessions are $29 each. A party of 11 each does two sessions and we give them 20% "
    "off the lot. What's the bill?",
    11 * 2 * 29 * (1 - pct(20)),
)
calc(
    "hedge_layer",
    "I lay hedge at £14.50 per metre. This job is three sides of a field, 120 m, 85 m and "
    "96.5 m. What do I charge?",
    (120 + 85 + dec("96.5")) * dec("14.50"),
)
calc(
    "ice_cream_parlour",
    "Scoops are $3.25 each and toppings 75 cents. Four kids each have 2 scoops and one "
    "topping. How much?",
    4 * (2 * dec("3.25") + dec("0.75")),
)
calc(
    "kite_shop",
    "kite shop sale: 30% off everything, then another €5 off orders over €50. stunt kite €89 "
    "plus lines €16, what do i pay",
    (89 + 16) * (1 - pct(30)) - 5,
)
calc(
    "lavender_farm",
    "We cut 1,350 bunches of lavender this season and sold them all at £4.80 a bunch. The "
    "pickers cost £2,136. What's the profit?",
    1350 * dec("4.80") - 2136,
)
calc(
    "maze_attraction",
    "Last August 2,845 people went through the maze. 40% of them were children paying half the "
    "$11.50 adult price. What were the total takings?",
    (2845 - 2845 * pct(40)) * dec("11.50") + 2845 * pct(40) * dec("11.50") / 2,
)
assert (2845 * pct(40)).denominator == 1
calc(
    "organ_builder",
    "We're restoring 4 ranks of 61 pipes each. Each pipe takes 1.75 hours at £52 an hour. "
    "What's the labour cost?",
    4 * 61 * dec("1.75") * 52,
)
calc(
    "pie_shop",
    "Order for the pie shop: 18 steak pies at £4.20, 24 pork pies at £2.65 and 12 cheese and "
    "onion at £3.10. What's the total?",
    18 * dec("4.20") + 24 * dec("2.65") + 12 * dec("3.10"),
)
calc(
    "pie_shop",
    "Flour is £18.40 for a 16 kg sack. What does the 2 kg of flour in one batch of pastry cost?",
    dec("18.40") / 16 * 2,
)
calc(
    "quiz_league",
    "14 teams pay $45 each to enter the quiz league. The prize fund is 60% of entries, split "
    "50/30/20 between the top three. What does the winning team get?",
    14 * 45 * pct(60) * pct(50),
)
calc(
    "rock_band",
    "Our gig fee was $2,400. The venue took 15% and the rest was split equally between the 4 "
    "of us in the band and our sound guy. What's each share?",
    2400 * (1 - pct(15)) / 5,
)
calc(
    "rock_band",
    "On tour we sold 230 T-shirts at $25 and 95 hoodies at $45. They cost us $11 and $22 "
    "each. What's the merch profit?",
    230 * (25 - 11) + 95 * (45 - 22),
)
calc(
    "sculpture_park",
    "Sculpture park takings: 380 adult tickets at £14 and 216 concessions at £9.50, less 2.5% "
    "card fees. What's the net?",
    (380 * 14 + 216 * dec("9.50")) * (1 - pct("2.5")),
)
calc(
    "smokehouse",
    "We buy salmon at £31 a kilo and sell it smoked at £5.40 per 100 g. What's the profit on "
    "12 kg, ignoring any weight loss?",
    12 * (dec("5.40") * 10 - 31),
)
calc(
    "steam_railway",
    "On the steam railway a family ticket for 2 adults and 3 children is £58. Singly it's £19 "
    "an adult and £9.50 a child. How much does a family save?",
    2 * 19 + 3 * dec("9.50") - 58,
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
unit(P, "5 ft 9 in in cm", (5 * FT + 9 * IN) * 100, EXACT)
unit_r(P, "convert 72 kg to pounds", 72 / LB)
unit_r(P, "How many miles is 115 km?", 115000 / MI)
unit(P, "What's 101.3°F in Celsius?", f_to_c(dec("101.3")), EXACT)
unit_r(P, "14 stone 3 lb in kg", 14 * STONE + 3 * LB)
unit_r(P, "3.2 hectares to acres", dec("3.2") * 10**4 / ACRE)
unit_r(P, "How many square feet is 45 square metres?", 45 / SQFT)
unit_r(P, "55 mph in km/h", 55 * MPH / KMH)
unit(P, "How many MiB is 3.75 GiB?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "2.4 bar in psi", dec("2.4") * BAR / PSI)
unit(P, "1,850 mL to litres", F(1850, 1000), EXACT)
unit_r(P, "how many inches in 1.2 metres", dec("1.2") / IN)
unit(P, "20 m/s in km/h", 20 / KMH, EXACT)
unit(P, "-12 C to F", c_to_f(-12), EXACT)

# word problems in the registers
unit_r(
    "hovercraft_tours",
    "The hovercraft does 45 mph flat out over the water. What's that in km/h?",
    45 * MPH / KMH,
)
unit_r("village_cricket_tea", "A cricket pitch is 22 yards long. How many metres is that?", 22 * YD)
unit_r(
    "allotment_society",
    "My allotment plot is 250 square yards. How many square metres is that?",
    250 * SQYD,
)
unit_r(
    "balloon_artist",
    "My helium cylinder is filled to 2,000 psi. What is that in bar?",
    2000 * PSI / BAR,
)
unit(
    "bike_shed_maker",
    "The bike shed door opening is 4 ft 6 in wide. How many centimetres is that?",
    (4 * FT + 6 * IN) * 100,
    EXACT,
)
unit_r(
    "caravan_dealer",
    "This caravan's maximum laden weight is 1,480 kg and the customer's car handbook gives "
    "towing limits in pounds. What's 1,480 kg in lb?",
    1480 / LB,
)
unit_r(
    "cheese_festival",
    "The Gouda wheel on our stall weighs 12.5 kg. What's that in pounds?",
    dec("12.5") / LB,
)
unit(
    "clock_repairer",
    "The pendulum on this regulator measures 39.1 inches. How many cm is that?",
    dec("39.1") * IN * 100,
    EXACT,
)
unit_r(
    "clock_repairer",
    "A replacement mainspring is 520 mm long. How long is that in inches?",
    F(520, 1000) / IN,
)
unit_r("dog_show", "My greyhound weighs 68 lb. What is that in kilograms?", 68 * LB)
unit_r(
    "falconry_centre",
    "Our display guide says a peregrine in a stoop can hit 240 mph. What's that in km/h?",
    240 * MPH / KMH,
)
unit_r(
    "fireworks_seller",
    "The safety distance printed on the box is 25 metres. How many feet is that?",
    25 / FT,
)
unit_r(
    "gin_distillery",
    "Our copper still holds 450 litres. What is that in cubic feet?",
    F(450, 1000) / CUFT,
)
unit_r("go_kart_track", "karts top out at 70 km/h, what's that in mph", 70 * KMH / MPH)
unit_r(
    "go_kart_track",
    "Our track is 1,100 metres a lap. How many miles is a 12-lap race?",
    12 * 1100 / MI,
)
unit(
    "hedge_layer",
    "I laid 1,320 yards of hedge over the winter. How many metres is that?",
    1320 * YD,
    EXACT,
)
unit(
    "ice_cream_parlour",
    "Our display freezer is set to -18 °C. What's that in Fahrenheit?",
    c_to_f(-18),
    EXACT,
)
unit_r("kite_shop", "This kite line is rated to 150 lb. How many kg is that?", 150 * LB)
unit_r(
    "lavender_farm",
    "Our lavender field is 6.5 acres. How many hectares is that?",
    dec("6.5") * ACRE / 10**4,
)
unit_r(
    "lavender_farm",
    "the drying barn floor is 40 ft by 25 ft - how many square metres?",
    40 * 25 * SQFT,
)
unit_r(
    "maze_attraction",
    "The hedge maze covers 1.2 hectares. How many square feet is that?",
    dec("1.2") * 10**4 / SQFT,
)
unit_r(
    "organ_builder",
    "The longest pipe in the pedal division is 32 feet. What's that in metres?",
    32 * FT,
)
unit_r("pie_shop", "Recipe says bake at 425°F. What's that in °C?", f_to_c(425))
unit(
    "quiz_league",
    "Settle a quiz league tiebreak for us: how many metres is 3,000 feet?",
    3000 * FT,
    EXACT,
)
unit_r(
    "rock_band",
    "Our backline weighs 1,150 lb in total. How many kilograms is that for the airline?",
    1150 * LB,
)
unit_r(
    "rock_band",
    "The album's FLAC files come to 1,843 MiB. How many GiB is that?",
    1843 * MIB / GIB,
)
unit_r(
    "sculpture_park",
    "Our new bronze weighs 2.4 tonnes. What's that in stone?",
    dec("2.4") * 1000 / STONE,
)
unit(
    "smokehouse",
    "We pull the brisket at an internal temperature of 203°F. What's that in Celsius?",
    f_to_c(203),
    EXACT,
)
unit_r("smokehouse", "A 6.6 lb pork shoulder is how many grams?", dec("6.6") * LB * 1000)
unit_r(
    "steam_railway",
    "The loco's working boiler pressure is 225 psi. What's that in bar?",
    225 * PSI / BAR,
)
unit_r(
    "steam_railway",
    "Our heritage line runs 14.25 miles end to end. How many km is that?",
    dec("14.25") * MI / 1000,
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
date_item(P, "What day of the week is 3 March 2031?", weekday(D(2031, 3, 3)))
date_item(
    P, "How many days from 14 February 2027 to 9 August 2027?", days(D(2027, 2, 14), D(2027, 8, 9))
)
date_item(P, "What date is 100 days after 1 September 2027?", D(2027, 9, 1) + TD(days=100))
date_item(P, "whats the date 6 weeks after July 19, 2028", D(2028, 7, 19) + TD(weeks=6))
date_item(
    P,
    "How many weeks are there from 5 January 2027 to 27 April 2027?",
    weeks(D(2027, 1, 5), D(2027, 4, 27)),
)
date_item(P, "Which weekday was 25 December 1999?", weekday(D(1999, 12, 25)))
date_item(
    P,
    "How old is someone born on 30 October 1962 on 1 June 2027?",
    age(D(1962, 10, 30), D(2027, 6, 1)),
)
date_item(P, "Date 45 days before 10 March 2027?", D(2027, 3, 10) - TD(days=45))
date_item(P, "How many minutes from 08:35 to 17:10?", clock_span("08:35", "17:10", 60))
date_item(P, "hours between 22:00 and 06:30 the next morning", clock_span("22:00", "06:30", 3600))
date_item(P, "When is the third Thursday of November 2027?", nth_weekday(2027, 11, THU, 3))
date_item(
    P,
    "How many days are there in 2028, start to finish?",
    days(D(2028, 1, 1), D(2029, 1, 1)),
)
date_item(P, "What day of the week does 1 January 2030 fall on?", weekday(D(2030, 1, 1)))
date_item(P, "date 90 days after Nov 20, 2026", D(2026, 11, 20) + TD(days=90))

# word problems in the registers
date_item(
    "hovercraft_tours",
    "Our hovercraft tours start on 28 March 2027 and finish on 31 October 2027. How many days "
    "is it from the first date to the last?",
    days(D(2027, 3, 28), D(2027, 10, 31)),
)
date_item(
    "hovercraft_tours",
    "First hovercraft crossing goes at 07:15 and the last one leaves at 18:45. How many hours "
    "apart is that?",
    clock_span("07:15", "18:45", 3600),
)
assert D(2027, 4, 24).weekday() == SAT
date_item(
    "village_cricket_tea",
    "The first cricket tea of the season is on Saturday 24 April 2027 and we do one every "
    "Saturday after that. What date is the 10th tea?",
    D(2027, 4, 24) + TD(weeks=9),
)
date_item(
    "village_cricket_tea",
    "Play starts at 11:00 and tea is taken at 15:40. How many minutes of play is that before tea?",
    clock_span("11:00", "15:40", 60),
)
date_item(
    "allotment_society",
    "The allotment society AGM is always on the last Tuesday of March. What's the date in 2027?",
    nth_weekday(2027, 3, TUE, -1),
)
date_item(
    "balloon_artist",
    "I've got a wedding arch booked for 18 September 2027 and need to order the balloons 5 "
    "weeks before. What's the latest order date?",
    D(2027, 9, 18) - TD(weeks=5),
)
date_item(
    "bike_shed_maker",
    "A customer ordered a bike shed on 6 May 2027 and we quote 23 days to build it. What date "
    "will it be ready?",
    D(2027, 5, 6) + TD(days=23),
)
date_item(
    "caravan_dealer",
    "The caravan's warranty started on 12 June 2026 and lasts 700 days. On what date does it end?",
    D(2026, 6, 12) + TD(days=700),
)
date_item(
    "caravan_dealer",
    "The new season's caravans arrive on 1 April 2027. What day of the week is that?",
    weekday(D(2027, 4, 1)),
)
date_item(
    "cheese_festival",
    "what day of the week is 2 July 2027? it's the opening day of the cheese festival",
    weekday(D(2027, 7, 2)),
)
date_item(
    "clock_repairer",
    "A bracket clock came in for repair on 9 November 2026 and we promise it back in 8 weeks. "
    "What's the due date?",
    D(2026, 11, 9) + TD(weeks=8),
)
date_item(
    "dog_show",
    "My spaniel was born on 15 March 2021. How old is she, in whole years, at the show on "
    "11 March 2027?",
    age(D(2021, 3, 15), D(2027, 3, 11)),
)
date_item(
    "dog_show",
    "Entries close 8 weeks before the dog show on 12 March 2027. What's the closing date?",
    D(2027, 3, 12) - TD(weeks=8),
)
date_item(
    "falconry_centre",
    "Our barn owlet hatched on 21 April 2027. How many days old will it be on 4 July 2027?",
    days(D(2027, 4, 21), D(2027, 7, 4)),
)
date_item(
    "fireworks_seller",
    "We're licensed to sell fireworks from 15 October 2027 to 10 November 2027. How many days "
    "is it from the first date to the second?",
    days(D(2027, 10, 15), D(2027, 11, 10)),
)
date_item(
    "gin_distillery",
    "The gin went into the casks on 1 December 2026 and has to rest for 16 weeks. When can we "
    "bottle it?",
    D(2026, 12, 1) + TD(weeks=16),
)
date_item(
    "go_kart_track",
    "The endurance race starts at 13:45 and ends at 16:20. How many minutes is that?",
    clock_span("13:45", "16:20", 60),
)
date_item(
    "hedge_layer",
    "I start laying a hedge on 9 November 2026 and cutting has to stop on 1 March 2027. How "
    "many days is it from the start date to the stop date?",
    days(D(2026, 11, 9), D(2027, 3, 1)),
)
date_item(
    "ice_cream_parlour",
    "We open the ice cream parlour for summer on the first Saturday of May 2027. What date is "
    "that?",
    nth_weekday(2027, 5, SAT, 1),
)
date_item(
    "kite_shop",
    "The kite festival is on 22 August 2028. What weekday is that?",
    weekday(D(2028, 8, 22)),
)
date_item(
    "lavender_farm",
    "We planted the new lavender on 3 May 2027 and the first harvest is 13 weeks later. What "
    "date is that?",
    D(2027, 5, 3) + TD(weeks=13),
)
date_item(
    "maze_attraction",
    "The maize maze opens on 17 July 2027 and closes on 5 September 2027. How many days is it "
    "from opening to closing?",
    days(D(2027, 7, 17), D(2027, 9, 5)),
)
date_item(
    "organ_builder",
    "Tuning started at 09:40 and finished at 14:10. How many hours did it take?",
    clock_span("09:40", "14:10", 3600),
)
date_item(
    "pie_shop",
    "Pies baked on 27 October 2027 carry a use-by 12 days later. What's the use-by date?",
    D(2027, 10, 27) + TD(days=12),
)
assert D(2027, 1, 6).weekday() == WED
date_item(
    "quiz_league",
    "The quiz league meets every other Wednesday, starting Wednesday 6 January 2027. What's "
    "the date of the 8th quiz night?",
    D(2027, 1, 6) + TD(weeks=14),
)
date_item(
    "rock_band",
    "The album comes out on 4 February 2028 and the label wants the masters 75 days before "
    "that. What's the deadline?",
    D(2028, 2, 4) - TD(days=75),
)
date_item(
    "rock_band",
    "The tour runs from 3 September 2027 to 15 October 2027. How many weeks is that?",
    weeks(D(2027, 9, 3), D(2027, 10, 15)),
)
date_item(
    "sculpture_park",
    "The new sculpture is unveiled on 9 June 2027. What day of the week is that?",
    weekday(D(2027, 6, 9)),
)
date_item(
    "smokehouse",
    "A ham went into the cure on 2 November 2026 and needs 40 days. What date does it come out?",
    D(2026, 11, 2) + TD(days=40),
)
date_item(
    "steam_railway",
    "Our Santa specials run on the first three Sundays of December 2027. What's the date of "
    "the last one?",
    nth_weekday(2027, 12, SUN, 3),
)
date_item(
    "steam_railway",
    "Our tank engine was completed on 14 August 1925. How old is she on 14 August 2027?",
    age(D(1925, 8, 14), D(2027, 8, 14)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "hovercraft_tours": [
        "How does the skirt on a hovercraft keep it off the water?",
        "Write a two-line welcome announcement for passengers on our hovercraft tour.",
        "What should passengers wear for a hovercraft ride on a cold, windy day?",
        "Can you suggest five names for a hovercraft sightseeing company on the Solent?",
    ],
    "village_cricket_tea": [
        "What goes into a traditional village cricket tea?",
        "Give me a good gluten-free cake I could add to the cricket tea table.",
        "How do I politely ask the visiting side to bring a plate for tea?",
        "Explain the lbw rule to someone who has never watched cricket.",
    ],
    "allotment_society": [
        "What can I sow on my allotment in late September?",
        "How do I get rid of couch grass on a neglected plot?",
        "Draft a friendly reminder to members who haven't paid their plot rent yet.",
        "Is it better to dig or go no-dig on heavy clay?",
    ],
    "balloon_artist": [
        "How do I make a balloon sword that doesn't pop when kids swing it around?",
        "What's the difference between latex and foil balloons for outdoor events?",
        "Write an Instagram caption for a rainbow balloon arch I made for a baby shower.",
        "How can I stop balloon garlands going saggy in the sun?",
    ],
    "bike_shed_maker": [
        "What timber should I use for a bike shed that has to last outdoors?",
        "Do I need planning permission for a bike shed in my front garden in England?",
        "Write a product description for a three-bike larch shed with a sedum roof.",
        "How can I make a bike shed harder to break into?",
    ],
    "caravan_dealer": [
        "What should buyers check for damp when viewing a used caravan?",
        "Explain the difference between a touring caravan and a static caravan.",
        "Write a short advert for a 2018 four-berth caravan with an end washroom.",
        "What should I ask a customer who wants to part-exchange their caravan?",
    ],
    "cheese_festival": [
        "Which wines go well with a strong blue cheese?",
        "Suggest a theme for this year's cheese festival.",
        "How should we keep soft cheeses in good condition on a hot festival day?",
        "Write a short bio for a goat's cheese maker exhibiting at our festival.",
    ],
    "clock_repairer": [
        "Why would a pendulum clock stop after running for a few hours?",
        "How can I tell if a longcase clock movement is original to its case?",
        "What's the best oil for clock pivots?",
        "Write a polite email telling a customer their clock repair will be delayed.",
    ],
    "dog_show": [
        "How do I get my dog used to being handled by a judge?",
        "What does best of breed mean at a dog show?",
        "Give me tips for grooming a cocker spaniel before a show.",
        "How do I calm my nerves before handling my dog in the ring?",
    ],
    "falconry_centre": [
        "What do Harris hawks eat in captivity?",
        "Write a script for a five-minute flying display featuring a barn owl.",
        "Why do falconers put a hood on their birds?",
        "How should visitors behave around the birds on a hawk walk?",
    ],
    "fireworks_seller": [
        "What are the rules for storing fireworks in a shop in the UK?",
        "How should people dispose of spent fireworks safely?",
        "Suggest ways to make a fireworks display less stressful for pets nearby.",
        "Write a safety notice for customers buying sparklers.",
    ],
    "gin_distillery": [
        "What botanicals pair well with juniper for a citrus-forward gin?",
        "Explain the difference between London dry gin and distilled gin.",
        "Write tasting notes for a gin flavoured with lavender and pink grapefruit.",
        "How do we run a gin-making experience for visitors safely?",
    ],
    "go_kart_track": [
        "What's the best racing line through a hairpin in a go-kart?",
        "How old should kids be to drive karts on an outdoor track?",
        "Write a birthday party package description for our go-kart track.",
        "Why do karts lose grip when the track is cold?",
    ],
    "hedge_layer": [
        "What's the difference between the Midland and South of England hedge-laying styles?",
        "Which hedge plants are best for wildlife?",
        "How do I sharpen a billhook properly?",
        "Why is hedge laying better than flailing for a hedge's health?",
    ],
    "ice_cream_parlour": [
        "Give me three unusual ice cream flavours to try this summer.",
        "How do I stop homemade ice cream going icy?",
        "What allergen information do I have to display in an ice cream shop in the UK?",
        "Write a fun chalkboard sign for our new salted caramel flavour.",
    ],
    "kite_shop": [
        "What kite is best for a beginner on a light-wind beach?",
        "How do I untangle a badly knotted kite line?",
        "Explain how a two-line stunt kite is steered.",
        "Suggest a window display idea for a kite shop in spring.",
    ],
    "lavender_farm": [
        "When is the best time to prune lavender?",
        "What's the difference between English and French lavender?",
        "Write a short description for our lavender field photo sessions.",
        "How do we dry lavender so it keeps its colour?",
    ],
    "maze_attraction": [
        "Is there a trick to always getting out of a hedge maze?",
        "Suggest a theme for a maize maze aimed at families.",
        "How do we design a maze that's challenging but not frustrating for kids?",
        "Write a treasure-trail clue that leads visitors to the centre of the maze.",
    ],
    "organ_builder": [
        "What's the difference between a flue pipe and a reed pipe?",
        "Why do organ pipes go out of tune when the church heating comes on?",
        "Write a brief history of the tracker action organ for a concert programme.",
        "What should a church look for when choosing an organ builder?",
    ],
    "pie_shop": [
        "What's the secret to a crisp pie base that doesn't go soggy?",
        "Give me a vegetarian pie filling idea for winter.",
        "Should pork pies be served cold or warm?",
        "Write a short about-us blurb for a family pie shop.",
    ],
    "quiz_league": [
        "Give me five tricky general knowledge questions about rivers.",
        "How should the quiz league handle a disputed answer?",
        "Suggest a funny team name for a pub quiz league.",
        "Write the rules for a picture round in one paragraph.",
    ],
    "rock_band": [
        "How do we get more people to come to our gigs?",
        "Write a chorus for a song about a broken-down tour van.",
        "What's the best way to soundproof a garage for band practice?",
        "How do we split songwriting credits fairly?",
    ],
    "sculpture_park": [
        "How do we stop bronze sculptures from weathering unevenly?",
        "Write a short label for an abstract stone sculpture called Tide.",
        "Suggest a family activity trail for a sculpture park.",
        "Who was Barbara Hepworth and why does her work matter?",
    ],
    "smokehouse": [
        "What wood is best for smoking salmon?",
        "What's the difference between hot smoking and cold smoking?",
        "Write a menu description for our smoked duck breast.",
        "How do I keep a steady temperature in an offset smoker in windy weather?",
    ],
    "steam_railway": [
        "Why do steam engines need to stop for water?",
        "Write a short platform announcement for a Santa special departure.",
        "How do volunteers train to become a fireman on a heritage railway?",
        "What's the difference between a tank engine and a tender engine?",
    ],
}
for family, queries in ORDINARY.items():
    assert len(queries) == 4, family
    for q in queries:
        neg(family, q)

NEAR = [
    # exchange rates
    ("near-exchange-rate", "How many US dollars is the £250 hovercraft deposit?", "needs a rate"),
    ("near-exchange-rate", "Convert €1,180 to pounds for the cheese festival invoice.", "rate"),
    ("near-exchange-rate", "What's 3,400 Japanese yen in dollars?", "needs a current rate"),
    ("near-exchange-rate", "A bottle of our gin is $42 in New York. What's that in euros?", "rate"),
    # densities
    ("near-density", "How many kilograms does 20 litres of honey weigh?", "needs a density"),
    ("near-density", "What does a cubic metre of green oak weigh in pounds?", "needs a density"),
    ("near-density", "How many grams is 250 ml of plain flour?", "needs a density"),
    # missing numbers
    ("near-missing", "Pies are £3.60 each. How much do the pies for the party cost?", "no count"),
    (
        "near-missing",
        "The caravan loan is at 7.9% APR. What will each payment be?",
        "no amount or term",
    ),
    (
        "near-missing",
        "We sold 40% more maze tickets than the year before. How many did we sell?",
        "no base figure",
    ),
    (
        "near-missing",
        "The train runs at 25 mph. How far will it have gone when it reaches the viaduct?",
        "no time or distance given",
    ),
    ("near-missing", "Split the quiz prize between the winners. What does each get?", "no figures"),
    # private dates and records
    ("near-private", "How many days until my dog's next birthday?", "private date, current date"),
    ("near-private", "When did I last service the organ blower?", "private record"),
    ("near-private", "What's my allotment plot number?", "private record"),
    ("near-private", "How many kites did I sell on Tuesday?", "private record"),
    ("near-private", "What date did our band play its first gig?", "private record"),
    # world facts
    ("near-fact", "How tall is the Angel of the North in feet?", "world fact"),
    ("near-fact", "In what year did Flying Scotsman first reach 100 mph?", "world fact"),
    ("near-fact", "How many pipes does the Royal Albert Hall organ have?", "world fact"),
    ("near-fact", "What's the top speed of a peregrine falcon's dive in km/h?", "world fact"),
    # estimates
    (
        "near-estimate",
        "Roughly how many balloons would I need to fill a room 5 m by 4 m?",
        "an estimate",
    ),
    ("near-estimate", "About how long does it take to cold smoke a side of salmon?", "estimate"),
    ("near-estimate", "How many spectators should we expect at a village cricket match?", "guess"),
    ("near-estimate", "Estimate how many scoops we'd get from a 5-litre tub.", "estimate"),
    # judgements
    ("near-judgement", "Is £18,950 a fair price for a 2019 four-berth caravan?", "judgement"),
    (
        "near-judgement",
        "Should I charge 15% or 20% extra for weekend balloon jobs?",
        "a judgement",
    ),
    ("near-judgement", "Is 6 hours too long to smoke a pork shoulder at 110°C?", "judgement"),
    ("near-judgement", "Is the £12 footplate add-on worth it for a 10-year-old?", "judgement"),
    # words, Roman numerals, another language
    ("near-words", "Write £4,371.75 in words for a cheque.", "number in words"),
    ("near-words", "How do you write 1,906 in words?", "number in words"),
    ("near-words", "Spell out 14 August 1925 the way it would appear on a brass plaque.", "words"),
    ("near-roman", "What's 1925 in Roman numerals for the loco's nameplate?", "Roman numerals"),
    ("near-roman", "What number is MMXXVII?", "Roman numerals"),
    ("near-roman", "Add XLVII and LXXXVIII and give the answer in Roman numerals.", "Roman"),
    ("near-language", "¿Cuánto es el 15 por ciento de 240?", "another language"),
    ("near-language", "Combien font 48 fois 12 ?", "another language"),
    ("near-language", "Wie viele Tage sind es vom 1. Mai bis zum 30. Juni 2027?", "German"),
    # code and spreadsheet formulas
    ("near-code", "Write a Python function that converts Fahrenheit to Celsius.", "code"),
    ("near-code", "In Python, what does round(2.675, 2) return, and why?", "code behaviour"),
    ("near-code", "Write a SQL query that totals ticket sales per day.", "code"),
    ("near-code", "Give me a regex that matches UK postcodes.", "code"),
    ("near-spreadsheet", "What Excel formula adds 20% VAT to the price in B2?", "formula"),
    (
        "near-spreadsheet",
        "What's the Google Sheets formula for the number of days between A1 and B1?",
        "formula",
    ),
    ("near-spreadsheet", "How do I make Excel show a date as the weekday name?", "formula"),
    # dosing
    ("near-dosing", "How much Metacam should I give my 20 kg dog?", "dosing"),
    ("near-dosing", "How many ml of Calpol for a 4-year-old who weighs 16 kg?", "dosing"),
    ("near-dosing", "What's a safe dose of ibuprofen for a 70 kg adult?", "dosing"),
    # standard sizes
    ("near-standard-size", "What size is an A4 sheet in inches?", "standard size"),
    (
        "near-standard-size",
        "What are the standard dimensions of a UK double duvet in cm?",
        "standard size",
    ),
    ("near-standard-size", "What are the dimensions of a regulation pool table?", "standard size"),
    # time zones
    (
        "near-timezone",
        "If our New York gig starts at 8pm, what time is that in London?",
        "time zones",
    ),
    ("near-timezone", "What time is it in Sydney when it's 9 am in Edinburgh?", "time zones"),
    ("near-timezone", "Our stream starts at 19:00 Paris time. When is that in LA?", "time zones"),
    # Easter, working days
    ("near-easter", "Which date does Easter Sunday fall on in 2031?", "Easter"),
    ("near-easter", "Is the steam gala on Easter weekend in 2030?", "Easter"),
    (
        "near-working-days",
        "How many working days does the hedge job have between 8 February 2027 and 5 March 2027?",
        "working days",
    ),
    (
        "near-working-days",
        "Delivery takes 10 business days from 14 December 2027. When does it arrive?",
        "business days and holidays",
    ),
    # contested units, numeric dates of unstated order, the current date
    ("near-contested-unit", "How many cups of flour is 500 g?", "cups, and a density"),
    ("near-contested-unit", "How many pints are there in a gallon?", "US or imperial"),
    (
        "near-contested-unit",
        "What's 3.5 tons in kg for the sculpture crane hire?",
        "short, long or metric ton",
    ),
    ("near-numeric-date", "How many days from 03/04/2027 to 05/06/2027?", "order unstated"),
    (
        "near-numeric-date",
        "The dog show was on 09/10/2026. What day of the week was that?",
        "order unstated",
    ),
    ("near-current-date", "What date is it at the moment where I am?", "current date"),
    ("near-current-date", "How many days are left before Bonfire Night?", "current date"),
]
for family, query, note in NEAR:
    neg(family, query, note)

assert 22 * YD == dec("20.1168") and round(31 * MI / 1000, 2) == dec("49.89")
assert D(2026, 11, 9) + TD(weeks=8) == D(2027, 1, 4) and round(163 * LB, 2) == dec("73.94")
assert days(D(2027, 5, 3), D(2027, 8, 9)) == 98 and days(D(2027, 1, 1), D(2027, 3, 1)) == 59
assert f_to_c(68) == 20 and round(f_to_c(425), 1) == dec("218.3")
assert weekday(D(2027, 12, 25)) == "Saturday" and 84 * pct(20) == dec("16.80")
assert 12 * dec("3.60") == dec("43.20") and F(240, 8) == 30 and 240 * pct(15) == 36

CONVS = [
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Captain Puff, a pirate-voiced guide on our hovercraft tours. Always "
                    "answer in character."
                ),
            ),
            (U, "How long does the 7 mile crossing take at 35 mph?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a grumpy Victorian clockmaker for the rest of this chat."),
            (A, "Hmph. Very well. State your business, and be quick about it."),
            (U, "What's 12 times 45?"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (U, "Be our quiz master: announce every answer with a drumroll first."),
            (A, "Drrrrrum roll... ready when you are!"),
            (U, "What's 17 squared?"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Sprinkles, the ice cream parlour's mascot. Reply in rhyming couplets."),
            (U, "What's 20% off $6.50?"),
        ],
        "persona and rhyme fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (U, "From here on, give every answer as a bare number in bold, no units."),
            (A, "Understood."),
            (U, "How many cm is 3 feet?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Please answer only in JSON with the keys answer and working."),
            (A, "Sure, I'll reply in that JSON format."),
            (U, "What is 15% of 340?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Round everything to the nearest whole pound for me from now on."),
            (A, "Will do."),
            (U, "What do 3 pies at £4.35 come to?"),
        ],
        "rounding fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Write any dates as DD.MM.YYYY in your answers please."),
            (A, "Okay, I'll use that format."),
            (U, "What date is 30 days after 5 May 2027?"),
        ],
        "date format fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "À partir de maintenant, réponds-moi en français."),
            (A, "D'accord, je répondrai en français."),
            (U, "How fast is 38 mph in km/h?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Atebwch yn Gymraeg os gwelwch yn dda."),
            (A, "Iawn, mi wna i ateb yn Gymraeg."),
            (U, "How many days from 1 March 2027 to 1 April 2027?"),
        ],
        "Welsh fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte ab jetzt auf Deutsch."),
            (A, "Gern, ich antworte auf Deutsch."),
            (U, "What's 18 x 24?"),
        ],
        "German fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Responde en español, por favor."),
            (A, "¡Claro! Responderé en español."),
            (U, "Convert 30 C to F"),
        ],
        "Spanish fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "All the temperatures I give you are in Celsius."),
            (A, "Noted, Celsius it is."),
            (U, "Convert 180 to the other scale."),
        ],
        "the unit is fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "When I say a sack, I mean one of our 16 kg flour sacks."),
            (A, "Understood: one sack is 16 kg."),
            (U, "How many grams in 3.5 sacks?"),
        ],
        "a custom unit defined in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Every distance I mention is in kilometres."),
            (A, "Okay."),
            (U, "How many miles is 42?"),
        ],
        "the unit is fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "We measure hedges in chains, and a chain is 22 yards."),
            (A, "Right: a chain is 22 yards, which is 20.1168 m."),
            (U, "So how many metres is 14 of them?"),
        ],
        "a custom unit defined in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "I'm in the UK, so a date like 04/05 means day then month."),
            (A, "Understood: day/month."),
            (U, "What weekday is 04/05/2027?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "For the distillery's books, our accounting year begins each 6 April."),
            (A, "Got it."),
            (U, "So how many days into that accounting year are we on 1 June 2027?"),
        ],
        "a convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "When we say how long a cure takes, the day it goes in counts as day 1."),
            (A, "Understood, you count inclusively."),
            (U, "Ham in on 2 November 2026, out on 11 December 2026: how long is that?"),
        ],
        "inclusive counting fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "All the prices I give you include VAT at 20%."),
            (A, "Okay."),
            (U, "What's the price before VAT on a £54 bottle of gin?"),
        ],
        "a number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our kart sessions cost $29."),
            (A, "Got it, $29 a session."),
            (U, "What's that times 14?"),
        ],
        "a number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The band is me, Jo, Sam and Priya."),
            (A, "Nice line-up!"),
            (U, "Split $1,380 between us equally."),
        ],
        "the head count is fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "My beagle was born on 15 March 2021."),
            (A, "Noted."),
            (U, "How old is he now?"),
        ],
        "a date fixed in an earlier turn, and the current date",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% of £240?"),
            (A, "15% of £240 is £36."),
            (U, "and 20 percent?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many kilometres are in 31 miles?"),
            (A, "31 miles is about 49.89 km."),
            (U, "ok and what about 18.5 of them"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What date is 8 weeks after 9 November 2026?"),
            (A, "8 weeks after 9 November 2026 is 4 January 2027."),
            (U, "And 12 weeks after?"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Could you turn 163 lb into kilograms?"),
            (A, "163 lb is about 73.94 kg."),
            (U, "and how many stone would that be"),
        ],
        "a follow-up of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What do 12 pies at £3.60 cost?"),
            (A, "12 × £3.60 = £43.20."),
            (U, "Sorry, I meant 14 pies."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 3 May 2027 to 9 August 2027?"),
            (A, "98 days."),
            (U, "Oops, the start is 3 June, not 3 May."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 68 F to C."),
            (A, "68°F is 20°C."),
            (U, "No wait, the other way round: 68 C to F."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 240 divided by 8?"),
            (A, "240 ÷ 8 = 30."),
            (U, "Actually make that divided by 6 instead."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 20% VAT on £84?"),
            (A, "20% VAT on £84 is £16.80."),
            (U, "Can you explain how you worked that out?"),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "How many days from 1 January 2027 to 1 March 2027?"),
            (A, "59 days."),
            (U, "Why isn't it 60?"),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "Convert 425 F to C."),
            (A, "425°F is about 218.3°C."),
            (U, "Why do you subtract 32 first?"),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What weekday is 25 December 2027?"),
            (A, "25 December 2027 is a Saturday."),
            (U, "How would the Doomsday rule get that?"),
        ],
        "an explanation after an earlier turn",
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
    # no register (family name) of this set is a family name of sets 19 to 28
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 28: {reused}"
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
