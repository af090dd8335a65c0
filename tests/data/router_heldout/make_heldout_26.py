"""Generate heldout-2026-12-29.jsonl: a twenty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and parts
of /work/main/tests/data/router_heldout/make_heldout_25.py: lines 1-242 (its docstring, imports,
configuration, helpers and the calculator section header with CALC_TOL), lines 243-252 (calc()
and, see the disclosures, the first lines of its plain calculator block), lines 450-500 (the end
of its last calculator item, its unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit()
and its first two plain unit lines), lines 680-735 (the end of its last unit item, its date
helpers and date_item()), lines 948-958 (neg and conv) and lines 1790-1993 (the last line of
its conversation loop, which holds no query text, then its checks and main()), plus one
`grep -n` (piped to `head -100`) for top-level `def` lines and top-level constant names, which
printed only those lines (ORDINARY, NEAR and CONVS among them: names and line numbers, no
content), one `grep -n` for its `from __future__` line, its `# ====` section headers and the
def lines of calc, unit, date_item and conv, and one `wc -l`. None of its query blocks was
opened. Nothing else under /work/main was opened: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator), and not
README.md. Directory listings: `ls /work/` (main, shared and sealed22-25, whose contents were not
looked at), `ls /work/sealed26` (absent before this set), and one `ls -a` of
/work/main/tests/data/router_heldout piped to `grep -i pycache` (no __pycache__; it printed
nothing). The earlier generators (sets 1-25) are only imported, in memory, by main() for the
duplicate and register checks, and by one small stdin `python3` script run before this file
existed, which imported sets 19-25 (stdout of their module level suppressed) and printed only
which of the brief's 27 suggested register names were already family names there: none. Their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values
were read), no git command was run, no network was used, and neither the router nor the bench
nor the tests were run.

What was run: `date -u` (often); the listings, `cat`, `wc -l`, `grep -n` and `sed -n` above;
the candidate-register script above; a small `python3` script (stdin) that copied set 25's
lines 128-246, 453-496, 683-733, 949-956 and 1793-1993 into blocks under /tmp/h26/ by line
slicing, substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_25.py), EARLIER
(sets 1-25), REGISTER_CHECK (sets 19-25, adding make_heldout_25.py) and "sets 19 to 24" ->
"sets 19 to 25" in one comment and one message string of main(); `head`/`tail`/`cat` of those
copied helper blocks and a `grep -n` of "19 to" in them (helper code only); `cat` heredocs that
wrote this set's own query blocks to /tmp/h26/; a `python3 -c` that counted this set's NEAR
entries; `cat` that assembled this file from those blocks; small `python3` replace scripts for
the rewordings below and for this docstring; this generator itself, from /tmp as the working
directory (also with --show, its family table filtered out by `grep -v`, once with its output
cut by `tail` and once piped to `head`, which ended in a harmless BrokenPipeError after the
file was written and checked); `/work/main/.venv/bin/ruff format --line-length 100
--no-cache -q` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100
--no-cache -q` on this file (after every edit); `awk` line-length checks and one `grep -n -i`
on this file (for "about", "roughly", "approx": only negatives use them), then `sed -n` of
five lines around one long line of this file, rewrapped by a `python3` script, and `sed -n` of
eight docstring lines of this file to rewrap them; `sha256sum` of the JSONL. Writes:
/work/sealed26/ was created for this file and its JSONL; temporary blocks under /tmp/h26/
were deleted afterwards.
Nothing was written into /work/main.

Changes to set 25's main(): none beyond the substitutions listed above (file names, sets 1-25
for the duplicate check, sets 19-25 for the register check). Its checks are all kept: counts
per kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
every register used by at least two tools, no repeat of an earlier query or user turn, the
register check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of
this script with another PYTHONHASHSEED via --digest, give the same sha256).

Disclosures: the kinds of item follow set 25's docstring on purpose (plain one-liners of the same
operations; near-positive and conversation categories as set 25's docstring lists them), and the
helpers, unit factors and checks are set 25's, copied. The `sed -n` ranges chosen to show
set 25's helpers also printed a little of its query text at their edges: its first three plain
calculator one-liners (lines 250-252), the last line of query text of its last calculator word
problem (lines 450-452), its first two plain unit one-liners (lines 499-500) and the last line
of query text of its last unit word problem (lines 680-682). None of them was copied or
paraphrased, but some plain one-liners here are of the same generic kinds (a percentage, a
division, a feet-and-inches length). Every query here was newly written. Registers of sets 1 to
18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an exact repeat
of any earlier query or user turn is ruled out by main(), and main() asserts that no register is
a family name of sets 19 to 25. Of the brief's 27 suggested registers none was taken; 25 were
used and bakery_school and soft_play_centre were not needed. Own items reworded while writing:
twelve items that main()'s duplicate check reported by id (one plain calculator, two plain
date, four plain unit one-liners, the first currency, a river-length and two current-date
near-positives, and both user turns of the first language conversation, since the check does
not say which turn matched), all reworded without the earlier queries being looked at; and one
conversation string rewrapped to keep lines within 100 characters.

Registers (families), 25, new: bike_repair_shop, church_hall, fishmonger, kayak_club, nail_bar,
estate_agent, pet_shop, bridal_shop, delicatessen, climbing_gym, golf_club, boat_yard,
stonemason, greengrocer, dry_cleaner, removal_van, youth_club, car_park, petrol_station,
sewing_club, seed_merchant, bee_farm, cattery, cricket_club, glazier. Every register is used by
all three tools (at least two asserted). Positives are one-liners (family "plain") or word
problems of one to three sentences in UK and US usage with £, $ and €, some chatty, terse or
lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31
word problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn
"near-..." with a "note", 35 conversations "conv-..." with "messages", "query" repeating the
last user turn, and a "note"). Every negative needs the language model: an exchange rate or
density, missing numbers, private dates or records, world facts, estimates, judgements, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, or a persona / format / language / unit / convention / number fixed in an earlier turn, a
follow-up or correction of an earlier turn, writing from earlier context, or an explanation or
judgement after an earlier turn.

Left out entirely (their grading is contested), as in set 25: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Some positives round on purpose and say so: a daily parking cap (asserted to
bind) and "full jars" (integer division, asserted not whole beforehand). Week counts are
asserted to be whole weeks.

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 25):
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

Run:  python3 make_heldout_26.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2026-12-29.jsonl"
PREFIX = "ho26-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_25.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 26))
REGISTER_CHECK = (
    "make_heldout_19.py",
    "make_heldout_20.py",
    "make_heldout_21.py",
    "make_heldout_22.py",
    "make_heldout_23.py",
    "make_heldout_24.py",
    "make_heldout_25.py",
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
calc("plain", "what's 23% of 1,840", pct(23) * 1840)
calc("plain", "6.25 x 48", dec("6.25") * 48)
calc("plain", "(1250 - 385) / 4", F(1250 - 385, 4))
calc("plain", "sqrt(1764) = ?", 42)
calc("plain", "17 cubed", 17**3)
calc("plain", "how much is 3/8 of 920", F(3, 8) * 920)
calc("plain", "4.5 percent of 18,600", pct("4.5") * 18600)
calc("plain", "2^13", 2**13)
calc("plain", "7,308 / 12", F(7308, 12))
calc("plain", "calculate 14.4 * 0.35", dec("14.4") * dec("0.35"))
calc("plain", "what is 1035 plus 2897 minus 468", 1035 + 2897 - 468)
calc("plain", "increase 640 by 15%", 640 * (1 + pct(15)))
calc("plain", "0.125 times 5,512", dec("0.125") * 5512)
calc("plain", "96 squared minus 1000?", 96**2 - 1000)
assert 42**2 == 1764

# word problems
calc(
    "bike_repair_shop",
    "Fixed three punctures at £8.50 each and fitted two chains at £22.75 each. What's the bill?",
    3 * dec("8.50") + 2 * dec("22.75"),
)
calc(
    "bike_repair_shop",
    "A full service takes me 45 minutes and I charge £36 an hour for labour. "
    "What's the labour on 7 services?",
    7 * F(45, 60) * 36,
)
calc(
    "church_hall",
    "The church hall charges £18 an hour for the main room plus a flat £25 cleaning fee. "
    "We'd have it from 2pm till 7pm. How much is that?",
    5 * 18 + 25,
)
calc(
    "fishmonger",
    "Salmon fillet is £24.80 a kilo and I asked for 1.25 kg. what do I owe?",
    dec("24.80") * dec("1.25"),
)
calc(
    "fishmonger",
    "bought 40 kg of mackerel off the boat at £3.15/kg and sold the lot at £5.60/kg. profit?",
    40 * (dec("5.60") - dec("3.15")),
)
calc(
    "kayak_club",
    "Our kayak club has 64 members. The sub is $85, but the 12 juniors pay half. "
    "How much do we collect in subs altogether?",
    52 * 85 + 12 * F(85, 2),
)
calc(
    "kayak_club",
    "we're buying 5 kayaks at $640 each, the dealer gives 15% off, then there's $120 delivery "
    "on top. total?",
    5 * 640 * (1 - pct(15)) + 120,
)
calc(
    "nail_bar",
    "Gel manicures are €32 each. It's me plus three bridesmaids and they knock 10% off for a "
    "group. What do we pay?",
    4 * 32 * (1 - pct(10)),
)
calc(
    "estate_agent",
    "The house went for £385,000 and the agent's fee is 1.2% plus VAT at 20%. "
    "How much does the agent get, VAT included?",
    385000 * pct("1.2") * (1 + pct(20)),
)
calc(
    "estate_agent",
    "Rent is £1,150 a month and the agent keeps 12% for managing it. "
    "What does the landlord receive over 18 monthly payments?",
    18 * 1150 * (1 - pct(12)),
)
calc(
    "pet_shop",
    "A 12 kg sack of dog food costs £38.40. What's that per kilo?",
    dec("38.40") / 12,
)
calc(
    "bridal_shop",
    "dress is $1,450, alterations are another $275 and I've already paid a $400 deposit. "
    "how much is left to pay?",
    1450 + 275 - 400,
)
calc(
    "delicatessen",
    "350 g of prosciutto at £4.60 per 100 g and 200 g of manchego at £2.95 per 100 g, "
    "what does that come to?",
    dec("3.5") * dec("4.60") + 2 * dec("2.95"),
)
calc(
    "delicatessen",
    "A whole parmesan wheel weighed 38 kg and cost us €570. What did it cost per kilo?",
    F(570, 38),
)
calc(
    "climbing_gym",
    "Day passes at the wall are £14, or there's a 10-visit card for £115. "
    "If I go ten times, how much does the card save me?",
    10 * 14 - 115,
)
calc(
    "golf_club",
    "Green fees: £45 on weekdays, £60 at weekends. Four of us play Saturday and two play "
    "Wednesday. Total green fees?",
    4 * 60 + 2 * 45,
)
calc(
    "golf_club",
    "Full membership is £1,480 and you can spread it over 8 equal instalments. How much is each?",
    F(1480, 8),
)
calc(
    "boat_yard",
    "Winter storage at the yard is £9.40 per foot of boat. Mine's 28 foot. What's the bill?",
    28 * dec("9.40"),
)
calc(
    "stonemason",
    "The headstone is quoted at £2,100 and lettering is £3.25 per letter. "
    "The inscription has 64 letters. Total cost?",
    2100 + 64 * dec("3.25"),
)
calc(
    "greengrocer",
    "Saturday we sold 85 punnets of strawberries at £2.40 and 40 bags of apples at £1.75. "
    "What were the takings on those?",
    85 * dec("2.40") + 40 * dec("1.75"),
)
calc(
    "dry_cleaner",
    "suits are £16.50 to clean and shirts £3.20 each. two suits and seven shirts comes to?",
    2 * dec("16.50") + 7 * dec("3.20"),
)
calc(
    "removal_van",
    "Van hire is £95 a day plus 28p per mile. We need it 2 days and will do 230 miles. Cost?",
    2 * 95 + 230 * dec("0.28"),
)
calc(
    "youth_club",
    "The youth club's sponsored walk raised £1,260 and a local firm has promised to match half "
    "of it. What's the grand total?",
    1260 * F(3, 2),
)
calc(
    "car_park",
    "Parking is £1.80 an hour but capped at £12 for a day. I parked 5 hours on Monday and "
    "9 hours on Tuesday. What did I pay in total?",
    5 * dec("1.80") + min(9 * dec("1.80"), 12),
)
assert 9 * dec("1.80") > 12
calc(
    "petrol_station",
    "I put 48 litres in at 143.5p a litre. How much is that in pounds?",
    48 * dec("1.435"),
)
calc(
    "sewing_club",
    "Fabric is £7.80 a metre and each of our 9 members needs 2.5 metres. "
    "What's the fabric bill for the group?",
    9 * dec("2.5") * dec("7.80"),
)
calc(
    "seed_merchant",
    "One sack of grass seed covers 450 square metres and costs £62. "
    "The field to seed is 2,700 square metres. What will the seed cost?",
    F(2700, 450) * 62,
)
assert F(2700, 450).denominator == 1
calc(
    "bee_farm",
    "We took 186 kg of honey off the hives and it goes into 340 g jars. How many full jars?",
    186000 // 340,
)
assert 186000 % 340 != 0
calc(
    "cattery",
    "The cattery is £14.50 per cat per night and the second cat gets 30% off. "
    "What's the cost for two cats for 9 nights?",
    9 * (dec("14.50") + dec("14.50") * (1 - pct(30))),
)
calc(
    "cricket_club",
    "Our opener made 46, 72, 18, 103 and 61 in his five innings. What's his average?",
    F(46 + 72 + 18 + 103 + 61, 5),
)
calc(
    "glazier",
    "Six panes at £48 each plus a £35 call-out charge, and then VAT at 20% on the lot. Total?",
    (6 * 48 + 35) * (1 + pct(20)),
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
unit("plain", "18 miles in km", 18 * MI / 1000)
unit("plain", "convert 65 kg to pounds", 65 / LB)
unit("plain", "what is 30°C in Fahrenheit", c_to_f(30), EXACT)
unit("plain", "6 ft 2 in in metres", (6 * 12 + 2) * IN)
unit("plain", "how many ounces in 2.5 kg", dec("2.5") / OZ)
unit("plain", "11st 4lb = how many kg", 11 * STONE + 4 * LB)
unit("plain", "how many hectares in 3.5 acres", dec("3.5") * ACRE / 10000)
unit("plain", "250 yards in metres", 250 * YD, EXACT)
unit("plain", "32 psi in bar", 32 * PSI / BAR)
unit("plain", "3.5 GiB expressed in MiB", dec("3.5") * GIB / MIB, EXACT)
unit("plain", "what's 100 km/h in miles per hour", 100 * KMH / MPH)
unit("plain", "2 hours 45 minutes in seconds", 2 * 3600 + 45 * 60, EXACT)
unit("plain", "-5 F to celsius", f_to_c(-5))
unit("plain", "1.75 litres in millilitres", dec("1.75") * 1000, EXACT)

# word problems
unit(
    "bike_repair_shop",
    "Customer wants his tyres at 65 psi but my track pump only shows bar. What should it read?",
    65 * PSI / BAR,
)
unit(
    "church_hall",
    "The church hall floor measures 60 ft by 35 ft. What's that in square metres?",
    60 * 35 * FT * FT,
)
unit(
    "fishmonger",
    "An American visitor asked for 3 lb of cod. How many grams do I weigh out?",
    3 * LB * 1000,
)
unit(
    "fishmonger",
    "The display counter has to stay at 3°C. What's that in Fahrenheit for the new thermometer?",
    c_to_f(3),
    EXACT,
)
unit(
    "kayak_club",
    "Our river trip is 14 miles end to end. How far is that in kilometres?",
    14 * MI / 1000,
)
unit(
    "nail_bar",
    "The LED lamp cure is two and a half minutes per coat. How many seconds should I set?",
    F(5, 2) * 60,
    EXACT,
)
unit(
    "estate_agent",
    "The particulars say the garden is 0.3 of an acre. How many square metres is that?",
    dec("0.3") * ACRE,
)
unit(
    "pet_shop",
    "The tropical tank heater is set at 78°F. What's that in Celsius?",
    f_to_c(78),
)
unit(
    "pet_shop",
    "This hamster cage is 80 cm wide. How many inches is that?",
    F(80, 100) / IN,
)
unit(
    "bridal_shop",
    "The train on this gown is 90 inches. How long is that in centimetres?",
    90 * IN * 100,
    EXACT,
)
unit(
    "delicatessen",
    "An American recipe wants 12 oz of pancetta. How many grams should I cut?",
    12 * OZ * 1000,
)
unit(
    "climbing_gym",
    "Our lead wall is 18 metres high. How tall is that in feet?",
    18 / FT,
)
unit(
    "golf_club",
    "The 7th is 412 yards off the back tee. How many metres is that?",
    412 * YD,
)
unit(
    "golf_club",
    "the range net is 300 yards out. what's that in kilometres?",
    300 * YD / 1000,
)
unit(
    "boat_yard",
    "The mast is 11.5 m from deck to top. What's that in feet?",
    dec("11.5") / FT,
)
unit(
    "boat_yard",
    "The trailer is limited to 80 km/h. How fast is that in mph?",
    80 * KMH / MPH,
)
unit(
    "stonemason",
    "The granite slab weighs 240 kg and the hoist is rated in pounds. What's 240 kg in lb?",
    240 / LB,
)
unit(
    "greengrocer",
    "A sack of potatoes is 25 kg. My older customers think in stone; how many stone is it?",
    25 / STONE,
)
unit(
    "dry_cleaner",
    "The care label says 40°C but the machine we imported shows Fahrenheit. What do I set?",
    c_to_f(40),
    EXACT,
)
unit(
    "removal_van",
    "The load space in the van is 4.2 m long. How many feet is that?",
    dec("4.2") / FT,
)
unit(
    "removal_van",
    "Old paperwork says the piano weighs 27 stone. What's that in kg?",
    27 * STONE,
)
unit(
    "youth_club",
    "The youth club sponsored cycle ride is 50 km. How many miles will the kids do?",
    50000 / MI,
)
unit(
    "car_park",
    "The height barrier at the car park entrance is 2.1 metres. How many inches is that?",
    dec("2.1") / IN,
)
unit(
    "petrol_station",
    "A driver needs 2.4 bar in his tyres and our air machine is in psi. What psi is that?",
    dec("2.4") * BAR / PSI,
)
unit(
    "petrol_station",
    "Each forecourt camera records 750 MiB an hour. How many GiB is 24 hours of footage?",
    750 * 24 * MIB / GIB,
)
unit(
    "sewing_club",
    "the pattern calls for 45 inches of ribbon - how many cm is that?",
    45 * IN * 100,
    EXACT,
)
unit(
    "seed_merchant",
    "A farmer wants wildflower seed for 2.5 hectares. How many acres is that?",
    dec("2.5") * 10000 / ACRE,
)
unit(
    "bee_farm",
    "A full frame of honey weighs 5.5 lb. How much is that in kilograms?",
    dec("5.5") * LB,
)
unit(
    "cattery",
    "Our boarder weighs 4.6 kg and the owner's vet card is in ounces. How many ounces is that?",
    dec("4.6") / OZ,
)
unit(
    "cricket_club",
    "A cricket pitch is 22 yards between the stumps. What's that in metres?",
    22 * YD,
)
unit(
    "glazier",
    "The window opening is 48 inches wide. How many millimetres?",
    48 * IN * 1000,
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


# plain one-liners
date_item("plain", "14 March 2029 falls on which weekday", weekday(D(2029, 3, 14)))
date_item(
    "plain",
    "how many days between 3 January 2027 and 19 August 2027",
    days(D(2027, 1, 3), D(2027, 8, 19)),
)
date_item("plain", "date 90 days after 12 October 2027", D(2027, 10, 12) + TD(days=90))
date_item("plain", "What weekday was 25 December 1999?", weekday(D(1999, 12, 25)))
assert days(D(2027, 6, 1), D(2027, 9, 7)) % 7 == 0
date_item(
    "plain",
    "how many weeks from 1 June 2027 to 7 September 2027",
    F(days(D(2027, 6, 1), D(2027, 9, 7)), 7),
)
date_item("plain", "what's the date 6 weeks before 20 May 2028", D(2028, 5, 20) - TD(weeks=6))
date_item("plain", "third Thursday of November 2027?", nth_weekday(2027, 11, THU, 3))
date_item(
    "plain",
    "how old is someone born 9 July 1988 on 1 March 2030",
    age(D(1988, 7, 9), D(2030, 3, 1)),
)
date_item("plain", "last Friday in June 2028", nth_weekday(2028, 6, FRI, -1))
date_item(
    "plain", "number of days from 15 Feb 2028 to 15 Mar 2028", days(D(2028, 2, 15), D(2028, 3, 15))
)
date_item("plain", "200 days after 1 January 2027 is what date", D(2027, 1, 1) + TD(days=200))
date_item("plain", "hours between 09:15 and 17:45", clock_span("09:15", "17:45", 3600))
date_item("plain", "day of the week for 1 January 2031", weekday(D(2031, 1, 1)))
date_item(
    "plain", "how many minutes is it from 22:40 until 01:10", clock_span("22:40", "01:10", 60)
)

# word problems
date_item(
    "bike_repair_shop",
    "Bike came in on 7 September 2027 and the parts take 10 days to arrive. "
    "What date will it be ready?",
    D(2027, 9, 7) + TD(days=10),
)
date_item(
    "bike_repair_shop",
    "I open the workshop at 07:30 and lock up at 16:15. How many hours is that?",
    clock_span("07:30", "16:15", 3600),
)
date_item(
    "church_hall",
    "The harvest supper in the church hall is on 16 October 2027. What day of the week is that?",
    weekday(D(2027, 10, 16)),
)
date_item(
    "church_hall",
    "The hall's booked from 18:30 until 23:15 for the ceilidh. How many minutes is that?",
    clock_span("18:30", "23:15", 60),
)
date_item(
    "fishmonger",
    "Smoked salmon packed on 3 December 2027 is good for 21 days after packing. "
    "What's the use-by date?",
    D(2027, 12, 3) + TD(days=21),
)
date_item(
    "kayak_club",
    "The kayak club season runs 10 April 2027 to 2 October 2027, both days included. "
    "How many days is the season?",
    days(D(2027, 4, 10), D(2027, 10, 2)) + 1,
)
date_item(
    "kayak_club",
    "Our opening paddle is on 1 May 2027 - which day of the week does that fall on?",
    weekday(D(2027, 5, 1)),
)
date_item(
    "nail_bar",
    "I had my gels done on 28 January 2028 and I rebook every 3 weeks. "
    "What's the date of the third appointment after that one?",
    D(2028, 1, 28) + TD(weeks=9),
)
date_item(
    "estate_agent",
    "Contracts exchange on 14 May 2027 and completion is 28 days later. What's completion date?",
    D(2027, 5, 14) + TD(days=28),
)
date_item(
    "estate_agent",
    "The tenancy starts on 15 September 2027 and the break clause can be used 183 days after "
    "the start. On what date?",
    D(2027, 9, 15) + TD(days=183),
)
date_item(
    "pet_shop",
    "The puppies were born on 19 November 2027 and can go to new homes at 8 weeks old. "
    "What date is that?",
    D(2027, 11, 19) + TD(weeks=8),
)
date_item(
    "bridal_shop",
    "Her wedding is 18 June 2028 and the final fitting is 3 weeks before. When's the fitting?",
    D(2028, 6, 18) - TD(weeks=3),
)
date_item(
    "delicatessen",
    "We started curing a ham on 5 February 2027 and it needs 150 days. When will it be ready?",
    D(2027, 2, 5) + TD(days=150),
)
date_item(
    "climbing_gym",
    "My climbing membership began on 22 August 2027 and expires 180 days after that. Expiry date?",
    D(2027, 8, 22) + TD(days=180),
)
date_item(
    "golf_club",
    "The club championship is always the first Sunday in July. What date is it in 2028?",
    nth_weekday(2028, 7, SUN, 1),
)
date_item(
    "golf_club",
    "Our captain was born on 14 February 1962. How old will he be on 30 September 2027?",
    age(D(1962, 2, 14), D(2027, 9, 30)),
)
date_item(
    "boat_yard",
    "She was lifted out on 30 October 2027 and goes back in on 15 April 2028. "
    "How many days is she on the hard?",
    days(D(2027, 10, 30), D(2028, 4, 15)),
)
date_item(
    "stonemason",
    "Grandad was born 2 March 1931 and passed away 17 January 2027. What age goes on the stone?",
    age(D(1931, 3, 2), D(2027, 1, 17)),
)
date_item(
    "greengrocer",
    "The first asparagus arrived 23 April 2028 and the last delivery was 21 June 2028. "
    "How many days apart are those?",
    days(D(2028, 4, 23), D(2028, 6, 21)),
)
date_item(
    "dry_cleaner",
    "I left my coat at the cleaner's on 11 November 2027 and it'll be ready 5 days later. "
    "What weekday is that?",
    weekday(D(2027, 11, 11) + TD(days=5)),
)
date_item(
    "removal_van",
    "We move on 27 August 2027 and the van has to be booked at least 6 weeks ahead. "
    "Latest date I can book?",
    D(2027, 8, 27) - TD(weeks=6),
)
date_item(
    "youth_club",
    "The youth club camp leaves on the second Saturday of July 2027. What's the date?",
    nth_weekday(2027, 7, SAT, 2),
)
date_item(
    "car_park",
    "My car park season ticket covers 1 March 2027 to 31 August 2027 inclusive. "
    "How many days of parking do I get?",
    days(D(2027, 3, 1), D(2027, 8, 31)) + 1,
)
date_item(
    "petrol_station",
    "The diesel tanker comes every 9 days, first drop on 4 January 2027. When is the 6th delivery?",
    D(2027, 1, 4) + TD(days=9 * 5),
)
date_item(
    "petrol_station",
    "night shift at the garage is 22:00 to 06:30. how many hours?",
    clock_span("22:00", "06:30", 3600),
)
assert days(D(2027, 5, 2), D(2027, 9, 12)) % 7 == 0
date_item(
    "sewing_club",
    "We start the group quilt on 2 May 2027 and the show is 12 September 2027. "
    "How many weeks do we have?",
    F(days(D(2027, 5, 2), D(2027, 9, 12)), 7),
)
date_item(
    "seed_merchant",
    "Tomatoes sown on 8 March 2028 take 70 days to first fruit. Which date is that?",
    D(2028, 3, 8) + TD(days=70),
)
date_item(
    "bee_farm",
    "The new queen began laying on 17 May 2027 and workers emerge 21 days after the egg is laid. "
    "When do the first workers emerge?",
    D(2027, 5, 17) + TD(days=21),
)
date_item(
    "cattery",
    "Booking runs from 20 December 2027 to 3 January 2028 and we charge per night. "
    "How many nights is that?",
    days(D(2027, 12, 20), D(2028, 1, 3)),
)
date_item(
    "cricket_club",
    "The club was founded on 29 May 1928. On what weekday does its 100th anniversary fall?",
    weekday(D(2028, 5, 29)),
)
date_item(
    "glazier",
    "The glass was ordered on 8 November 2027 with a 17-day lead time. When can we fit it?",
    D(2027, 11, 8) + TD(days=17),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, all for the language model
ORDINARY = {
    "bike_repair_shop": [
        "My gears keep skipping when I pedal hard uphill. What's usually the cause?",
        "write a friendly sign for the workshop door saying we're shut for stocktaking",
        "Should I recommend tubeless tyres to a commuter who rides in all weathers?",
        "How do I explain to a customer, politely, that their bike isn't worth repairing?",
    ],
    "church_hall": [
        (
            "Draft a notice asking hall users to stack the chairs and switch off the heaters when "
            "they leave."
        ),
        "What games work for a mixed-age barn dance evening in a small hall?",
        "how do we word a polite reminder to the toddler group about their unpaid hire fees",
        "Ideas for raising money to fix the leaking hall roof?",
    ],
    "fishmonger": [
        "How can I tell if a whole sea bass is really fresh?",
        "Suggest a simple way to cook hake that even fussy kids would eat.",
        "write a short chalkboard blurb for today's catch of the day: dressed crab",
        "What's the difference between a langoustine and a prawn, in plain words?",
    ],
    "kayak_club": [
        "What should go in a safety briefing for beginners on a slow river?",
        "Write a welcome email for new kayak club members.",
        "how do you stop a sit-on-top kayak drifting sideways in wind",
        "Is it worth a small club buying a trailer or just renting one for trips?",
    ],
    "nail_bar": [
        "Give me five autumn nail art ideas that aren't just orange and brown.",
        "A client says her gels lifted after two days. How do I handle the complaint?",
        "write an instagram caption for our new chrome powder nails",
        "What should a nail technician do about a client with a fungal infection?",
    ],
    "estate_agent": [
        "Write a property description for a two-bed terrace with a small courtyard garden.",
        "what questions should a first-time buyer ask at a viewing",
        "How do I tell a seller gently that their asking price is too high?",
        "Explain what a chain is when buying a house, for someone new to it.",
    ],
    "pet_shop": [
        "Which small pets suit a family with a six year old?",
        "how often should a rabbit's hutch be cleaned out",
        "Write a shelf card explaining why goldfish need more than a bowl.",
        "A customer wants a parrot but works long hours. What should I tell them?",
    ],
    "bridal_shop": [
        "How do I help a bride who can't choose between two dresses?",
        "Write a thank-you message to send brides after they buy their gown.",
        "what colour veil goes with an ivory dress",
        "Ideas for a bridal shop window display in spring?",
    ],
    "delicatessen": [
        "Suggest a cheese board for eight people with something for everyone.",
        "write a label for our homemade piccalilli",
        "What wine would go with a plate of chorizo and manchego?",
        "How should I store opened olives so they don't go soft?",
    ],
    "climbing_gym": [
        "What's a good warm-up before bouldering?",
        "write the rules poster for the kids' climbing session",
        "How do I get better at overhangs without hurting my shoulders?",
        "Is it rude to give someone beta without them asking?",
    ],
    "golf_club": [
        "How do I stop slicing my driver?",
        "Write a short speech for the captain's day prize giving.",
        "what's the etiquette if my ball lands on another fairway",
        "Ideas to attract younger members to a traditional golf club?",
    ],
    "boat_yard": [
        "What jobs should be done on a yacht before it's laid up for winter?",
        "how do I tell if osmosis blisters on a hull are serious",
        "Write a polite letter chasing a boat owner who hasn't collected his boat.",
        "Antifouling: hard or eroding for a boat that sits on a mooring?",
    ],
    "stonemason": [
        "Suggest some short, gentle epitaphs for a gardener.",
        "What's the best way to clean lichen off an old sandstone wall?",
        "how do I explain to a family why marble weathers faster than granite",
        "Write an advert for a stonemason's apprentice.",
    ],
    "greengrocer": [
        "How do I keep avocados from all ripening at once on the shelf?",
        "Write a chalkboard line to sell wonky carrots.",
        "what's in season in the UK in late autumn",
        "Ideas to get more regulars into a small greengrocer?",
    ],
    "dry_cleaner": [
        "How do I get red wine out of a silk blouse?",
        "a customer says we shrank her jumper - how should we respond",
        "Write a notice explaining that uncollected items are donated to charity.",
        "Is dry cleaning actually dry? Explain it simply.",
    ],
    "removal_van": [
        "What's the best order to load a removal van?",
        "Write a checklist for the night before moving house.",
        "how do you pack a chandelier so it doesn't break",
        "Tips for moving a cat to a new house with as little stress as possible?",
    ],
    "youth_club": [
        "Plan a rainy-evening activity for fifteen teenagers with no budget.",
        "How should youth workers respond if a young person discloses something worrying?",
        "write a poster for our open mic night",
        "What rules should we set for phones at the youth club?",
    ],
    "car_park": [
        "Write a sign asking drivers not to park across two bays.",
        "a driver is disputing a parking charge, how do I reply fairly",
        "Should a small town car park switch to app-only payment?",
        "Ideas to make a multi-storey car park feel safer at night?",
    ],
    "petrol_station": [
        "How should staff deal with a drive-off?",
        "write a job ad for a part-time forecourt assistant",
        "What snacks sell best at a petrol station kiosk?",
        "Is it worth adding EV chargers to a rural filling station?",
    ],
    "sewing_club": [
        "How do I stop my sewing machine thread bunching underneath?",
        "Suggest a first project for a complete beginner at sewing club.",
        "write a short newsletter item about our charity quilt",
        "What's the difference between a French seam and a flat-felled seam?",
    ],
    "seed_merchant": [
        "Which green manure is best to sow on clay soil over winter?",
        "write a packet description for heritage runner beans",
        "How do I tell a gardener why their parsnips didn't come up?",
        "Recommend a wildflower mix for a shady bank.",
    ],
    "bee_farm": [
        "What are signs a hive is about to swarm?",
        "Write a short talk for schoolchildren about how bees make honey.",
        "how do I calm down a defensive colony",
        "Should I feed my bees fondant or syrup going into winter?",
    ],
    "cattery": [
        "How do I settle a nervous cat on its first night in a cattery?",
        "write a friendly booking confirmation email for cat owners",
        "What vaccinations should a cattery insist on, and why?",
        "Ideas to make the cattery pens more comfortable in winter?",
    ],
    "cricket_club": [
        "Explain the lbw rule simply for new junior members.",
        "Write a match report for a tight village cricket game we lost on the last ball.",
        "how do I get the club's outfield greener without a big budget",
        "What should be in a tea rota email for the season?",
    ],
    "glazier": [
        "Why does condensation form between the panes of a double-glazed window?",
        "write a quote cover letter for replacing a shop front window",
        "How do I explain toughened versus laminated glass to a homeowner?",
        "Is secondary glazing worth it in a listed building?",
    ],
}
for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)

# near-positives: look like exact questions but need the language model
NEAR = [
    ("near-fx", "£250 to euros please, for the kayak club trip", "exchange rate needed"),
    ("near-fx", "bridal gown is $1,450 - what's that in pounds?", "exchange rate needed"),
    ("near-fx", "Convert the €570 parmesan invoice into sterling.", "exchange rate needed"),
    ("near-fx", "what would 3,000 yen buy in dollars", "exchange rate needed"),
    (
        "near-fx",
        "Our Danish kayak supplier wants 12,000 kroner. How many pounds is that?",
        "exchange rate needed",
    ),
    ("near-density", "How many kilos does 200 litres of diesel weigh?", "density of diesel needed"),
    (
        "near-density",
        "What does a 30 litre bucket of honey weigh in kg?",
        "density of honey needed",
    ),
    ("near-density", "how many litres is 5 kg of flour", "density of flour needed"),
    (
        "near-density",
        "What's the weight of a 1 m by 2 m sheet of 6 mm glass?",
        "density of glass needed",
    ),
    (
        "near-missing",
        "What's the total if I add VAT to the glazing quote?",
        "the quote amount is not given",
    ),
    (
        "near-missing",
        "How much change do I get from a twenty for the fish?",
        "the price is not given",
    ),
    ("near-missing", "What's my average score across the season?", "the scores are not given"),
    ("near-missing", "How many jars will the rest of the honey fill?", "quantities not given"),
    ("near-missing", "So what do I owe for the cattery then?", "nights and rate not given"),
    ("near-private", "When is my next appointment at the nail bar?", "private calendar"),
    ("near-private", "What date did I drop my coat off at the cleaner's?", "private record"),
    ("near-private", "How many days until my sister's wedding?", "the date is private"),
    ("near-private", "When does our club's insurance renew?", "private record"),
    ("near-world", "How many players are on a cricket team?", "world fact"),
    ("near-world", "What year was the first Open Championship played?", "world fact"),
    (
        "near-world",
        "How long does it take a worker bee to develop from egg to adult?",
        "world fact, looked up",
    ),
    (
        "near-world",
        "What's the speed limit for a car towing a trailer on a UK motorway?",
        "world fact, looked up",
    ),
    ("near-world", "How long is the Severn, end to end, in miles?", "world fact"),
    ("near-estimate", "Roughly how many strawberries are in a punnet?", "estimate"),
    (
        "near-estimate",
        "About how long would it take to paddle 14 miles in a sea kayak?",
        "estimate of speed",
    ),
    ("near-estimate", "How much paint would I need for a church hall?", "estimate, missing sizes"),
    ("near-estimate", "roughly what does a removal van cost to hire for a weekend", "estimate"),
    ("near-judgement", "Is £9.40 a foot a fair price for winter boat storage?", "judgement"),
    ("near-judgement", "Should I charge 20% or 25% markup on deli cheese?", "judgement"),
    (
        "near-judgement",
        "Which is better value for a casual golfer, membership or pay and play?",
        "judgement, missing figures",
    ),
    ("near-words", "Write 2,308 in words for the cheque to the stonemason.", "number in words"),
    (
        "near-words",
        "What is 1928 in Roman numerals? It's for the club honours board.",
        "Roman numerals",
    ),
    ("near-words", "How do you say 'forty-two euros' in French?", "another language"),
    (
        "near-words",
        "Spell out the date 16 October 2027 in Welsh for the hall poster.",
        "another language",
    ),
    (
        "near-code",
        "Write an Excel formula to add 20% VAT to the value in B2.",
        "spreadsheet formula",
    ),
    ("near-code", "python function that converts psi to bar", "code"),
    (
        "near-code",
        "Give me a Google Sheets formula that counts days between A2 and B2.",
        "spreadsheet formula",
    ),
    ("near-code", "SQL to sum all takings per day from a sales table", "code"),
    ("near-dose", "How many ml of wormer for a 4.6 kg cat?", "dosing"),
    ("near-dose", "How much paracetamol can a 12 year old take in a day?", "dosing"),
    ("near-dose", "what dose of Metacam for a 25 kg dog", "dosing"),
    ("near-size", "What size is a standard single bed sheet in cm?", "standard size, looked up"),
    ("near-size", "How big is a standard cricket ball in inches?", "standard size"),
    ("near-size", "What's the diameter of a golf hole?", "standard size"),
    ("near-size", "What thickness is standard double glazing?", "standard size"),
    ("near-timezone", "If it's 9am in London, what time is it in Sydney?", "time zone"),
    (
        "near-timezone",
        "The match starts at 10:00 in Perth. What time is that in Manchester?",
        "time zone",
    ),
    ("near-timezone", "What time is 3pm New York time in Paris?", "time zone"),
    ("near-easter", "When is Easter Sunday in 2029?", "Easter computus"),
    (
        "near-easter",
        "What date is Good Friday in 2028 for the church hall bookings?",
        "Easter computus",
    ),
    (
        "near-workdays",
        "How many working days are there between 1 March 2027 and 31 March 2027?",
        "working days, holidays",
    ),
    (
        "near-workdays",
        "If the glass takes 10 business days from 20 December 2027, when does it come?",
        "working days over holidays",
    ),
    (
        "near-workdays",
        "What's 15 working days after 1 May 2028 in England?",
        "bank holidays needed",
    ),
    ("near-contested", "How many pints is 2 litres?", "US vs imperial pint"),
    ("near-contested", "Convert 5 gallons of diesel to litres.", "US vs imperial gallon"),
    ("near-contested", "What's 3 cups of flour in grams?", "cup and density"),
    ("near-contested", "How many tons is 2,500 kg?", "ton contested"),
    ("near-contested", "What's 40 mpg in litres per 100 km?", "US vs imperial gallon"),
    ("near-numdate", "How many days between 03/04/2027 and 05/06/2027?", "order of date unstated"),
    ("near-numdate", "What weekday is 07/08/2028?", "order of date unstated"),
    ("near-numdate", "the booking is 02/11/2027 - what day is that", "order of date unstated"),
    ("near-now", "how many sleeps till Christmas day", "needs the current date"),
    ("near-now", "give me the date 3 weeks on from today", "needs the current date"),
    ("near-now", "How old am I if I was born 9 July 1988?", "needs the current date"),
    ("near-now", "Is the cattery open right now?", "current time and private hours"),
]
assert len(NEAR) == 65, len(NEAR)
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)

# conversations: the last user turn depends on earlier turns
CONVS = [
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who answers everything in pirate speak."),
            (U, "How many metres is 30 feet, matey?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "From now on answer as a grumpy old fishmonger, please."),
            (A, "Aye, fine. What d'you want?"),
            (U, "What's 3 lb in grams?"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a vicar writing to the parish. Stay in character."),
            (A, "Of course, dear friends. How may I help?"),
            (U, "The hall costs £18 an hour for 5 hours plus £25 cleaning. Tell them the total."),
        ],
        "persona and wording fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Only answer in a markdown table with columns Item and Price from now on."),
            (A, "Understood."),
            (U, "Three punctures at £8.50 and two chains at £22.75?"),
        ],
        "format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as JSON with keys 'value' and 'unit'."),
            (A, '{"value": null, "unit": null}'),
            (U, "65 psi in bar"),
        ],
        "format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Answer in one word only, no digits, from here on."),
            (A, "Okay."),
            (U, "What's 17 times 3?"),
        ],
        "number must be written as a word",
    ),
    (
        "conv-format",
        [
            (U, "Please write all dates as 'the Nth of Month' in words, like a wedding invite."),
            (A, "Certainly, I'll do that."),
            (U, "Wedding's 18 June 2028 - what date is three weeks before?"),
        ],
        "date format fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Désormais, tu me réponds en français uniquement, d'accord ?"),
            (A, "D'accord, je répondrai en français."),
            (U, "Our 250-yard jetty, how long is it in metres?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer me in Spanish from now on? My English isn't good."),
            (A, "¡Claro! Te respondo en español."),
            (U, "how many days from 1 March 2027 to 31 August 2027"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Ich möchte alle Antworten auf Deutsch."),
            (A, "Kein Problem, ich antworte auf Deutsch."),
            (U, "1.80 pounds an hour for 5 hours plus 12 pounds - total?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "I only understand feet and inches, so always give lengths that way."),
            (A, "Got it, feet and inches it is."),
            (U, "The van load space is 4.2 m. How long is it?"),
        ],
        "output unit fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "Use stone and pounds for any weights you tell me, not kilos."),
            (A, "Will do."),
            (U, "The sack of potatoes is 25 kg - what's that?"),
        ],
        "output unit fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "Whenever I say a temperature, assume it's Fahrenheit unless I say otherwise."),
            (A, "Okay, Fahrenheit by default."),
            (U, "The tank is at 78. Convert it for me."),
        ],
        "input unit fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "In our club, a 'session' means 90 minutes."),
            (A, "Noted: one session is 90 minutes."),
            (U, "How many hours are 7 sessions?"),
        ],
        "convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (
                U,
                (
                    "At our cattery a 'stay' is charged per day including both the arrival "
                    "and departure days."
                ),
            ),
            (A, "Understood, both end days count."),
            (U, "So how many days do I charge for 20 December 2027 to 3 January 2028?"),
        ],
        "counting convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "Our shop's week starts on a Wednesday, just so you know."),
            (A, "Thanks, I'll remember that."),
            (U, "Which day is the fifth day of our week?"),
        ],
        "convention fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "Our honey jars hold 340 g each."),
            (A, "Okay, 340 g jars."),
            (U, "How many can I fill from 186 kg?"),
        ],
        "number given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The boat is 28 feet long and storage is charged per foot."),
            (A, "Right, 28 feet."),
            (U, "If the rate is £9.40, what's my bill?"),
        ],
        "number given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "We have 64 members in the kayak club."),
            (A, "Sounds like a lively club!"),
            (U, "If everyone pays $85, what's the total?"),
        ],
        "number given in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The glass order went in on 8 November 2027."),
            (A, "Noted."),
            (U, "With a 17-day lead time, when does it arrive?"),
        ],
        "date given in an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 48 litres at 143.5p a litre?"),
            (A, "That comes to £68.88."),
            (U, "And what if it was 52 litres?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days is it from 10 April 2027 to 2 October 2027?"),
            (A, "175 days."),
            (U, "and in weeks?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 18 metres to feet."),
            (A, "About 59.06 feet."),
            (U, "Now do the same for the 12 metre wall."),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% off £640?"),
            (A, "£544."),
            (U, "Then add the delivery."),
        ],
        "follow-up with a missing amount",
    ),
    (
        "conv-correction",
        [
            (U, "Salmon is £24.80 a kilo, I bought 1.25 kg. What do I owe?"),
            (A, "£31.00."),
            (U, "Sorry, I meant 1.5 kg, not 1.25."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "The ham started curing 5 February 2027 and takes 150 days."),
            (A, "It would be ready on 5 July 2027."),
            (U, "No wait, it's 160 days, can you redo it?"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "My captain was born in 1962, how old is he on 30 September 2027?"),
            (A, "He would be 65, assuming his birthday has passed."),
            (U, "His birthday is actually in December, so?"),
        ],
        "correction with an earlier turn's data",
    ),
    (
        "conv-correction",
        [
            (U, "What's 60 ft by 35 ft in square metres?"),
            (A, "About 195.1 square metres."),
            (U, "Oops, it's 65 ft long, not 60."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-writing",
        [
            (U, "We're the Riverside Kayak Club, founded 1987, based in an old boathouse."),
            (A, "Lovely, how can I help?"),
            (U, "Write a two-line intro for our website."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "Our cattery has 14 pens, heated in winter, and we're closed on Sundays."),
            (A, "Got it."),
            (U, "Turn that into a short Google listing description."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "Bride: Amy. Dress: $1,450. Alterations: $275. Deposit: $400."),
            (A, "Thanks, I've got those details."),
            (U, "Write her a friendly reminder email about what she still owes."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-writing",
        [
            (U, "The stonemason quoted £2,100 plus £3.25 a letter for 64 letters."),
            (A, "That totals £2,308."),
            (U, "Draft a short message to my brother explaining the cost."),
        ],
        "writing from earlier context",
    ),
    (
        "conv-explain",
        [
            (U, "Why is 2.4 bar about 34.8 psi?"),
            (A, "Because one bar is about 14.5 psi."),
            (U, "Explain that like I'm ten."),
        ],
        "explanation of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "My golf club wants the first Sunday in July 2028."),
            (A, "That's 2 July 2028."),
            (U, "Is that a good weekend for a tournament, or is there a clash?"),
        ],
        "judgement after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "Van hire is £95 a day plus 28p a mile, 2 days and 230 miles."),
            (A, "That's £254.40."),
            (U, "Is that a good deal compared with a man-and-van service?"),
        ],
        "judgement after an earlier turn",
    ),
]
assert len(CONVS) == 35, len(CONVS)
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
    # no register (family name) of this set is a family name of sets 19 to 25
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 25: {reused}"
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
