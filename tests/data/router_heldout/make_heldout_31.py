r"""Generate heldout-2027-01-03.jsonl: a thirty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_30.py, by `sed -n`: lines 1-277
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 483-543 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 728-783 (its date helpers, date_item() and weeks()), 991-999
(its section header, neg() and conv()) and 1676-1879 (its checks and main()), plus one `grep -n
"^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant names such as P, ORDINARY,
NEAR, CONVS, _MONTHS and _STATED with their line numbers, section headers) and one `wc -l` of it
(1879 lines). None of its query blocks was opened. Nothing else under /work/main was opened or
listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/
(apart from that one generator), and not README.md; the only listings were `ls
/work/main/tests/data/router_heldout | grep -c make_heldout` (it printed 30) and `ls -a
/work/main/tests/data/router_heldout | grep -c pycache` (run after most runs of the generator and
at the end; it printed 0 every time: no bytecode was written there). Also listed: `ls
/work/sealed31` (absent before this set). /work/sealed22 to /work/sealed30 were not looked at. The
earlier generators (sets 1-30) are only imported, in memory, by this file's main() for the
duplicate and register checks; no other script imported them, so the register names were checked
only by main()'s register assertion, which passed the first time main() reached it. Their queries
were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values were
read), no git command was run, no network was used, and neither the router nor the bench nor the
tests were run.

What was run: the `cat`, `ls`, `wc -l`, `grep -n` and `sed -n` above; `date` (a few times, for
the time limit); `mkdir -p` of /tmp/h31 and /work/sealed31; a small `python3` script
(/tmp/h31/copy.py) that copied set 30's lines 151-276 (from its `from __future__` line, found by
the script, to the end of calc()), 483-542, 728-783, 991-998 and 1676-1879 into blocks under
/tmp/h31/ by line slicing, substituting this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_30.py), EARLIER (sets 1-30, `range(2, 31)`), REGISTER_CHECK (sets 19-30, adding
make_heldout_30.py) and "sets 19 to 29" -> "sets 19 to 30" in one comment and one message string
of main() (it printed the start line and how often each substitution applied: once each, twice for
the last); `ls -la` of /tmp/h31; `cat` heredocs that wrote this set's own blocks (query blocks, an
assembly script) to /tmp/h31/; a `printf` that wrote a one-line placeholder docstring; one
`python3 -c` that printed the remainders modulo 7 and the day counts of the two date pairs used
for week counts; one `grep -c` counting the near-positive entries of the own block (with a no-op
`python3 -c`); `sed -i` edits of own blocks (one tense change in a date item before the first run,
two unit figures); four stdin `python3` replace scripts on own blocks (a long assistant line split
in two, two unit edits, the removal of two word problems, one unit rewording) and two `python3`
replace scripts (/tmp/h31/reword1.py and reword2.py) for the rewordings listed in the
disclosures; a probe: `sed` made /tmp/h31/probe.py, a copy of this file in which unit_r()'s
assert prints instead, and a `python3 -c` executed it up to main() (main() not run; a first
attempt failed on __file__), printing the two own rounded unit items that failed the two-decimal
assert; the assembly script (/tmp/h31/assemble.py, printing the line count), which builds this
file by concatenating the blocks; a `cat` heredoc that wrote this docstring block;
`/work/main/.venv/bin/ruff format --no-cache -q` and `/work/main/.venv/bin/ruff check --fix
--unsafe-fixes --line-length 100 --no-cache -q` on this file (after every edit); `awk`
line-length checks (they count bytes), a `python3 -c` that printed the longest line in
characters (100: ruff format had rejoined the split assistant line), a `sed -n | cut -c1-60`
view of five own lines and `wc -l` of this file; a `python3 -c` that printed this docstring's
provenance and disclosures paragraphs; this generator itself, from /tmp as the working directory
(traceback code lines filtered out by `grep -v "^    "`, cut by `tail` or `head`; once with
--show); `sha256sum` of the JSONL; `rm -rf /tmp/h31` and `ls /tmp | grep -c h31`; `ls -la
/work/sealed31`; and runs of this file with --digest (before and after the last three stdin
`python3` scripts, which added these details here and rewrapped two lines; each printed the
same sha256 as the JSONL). Writes: /work/sealed31/ was created for this file and its JSONL;
temporary blocks under /tmp/h31/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 30's main(): only the substitutions listed above (file names, sets 1-30 for the
duplicate check, sets 19-30 for the register check). Its checks are all kept: counts per kind, ids
and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by at
least two and by all three tools, no repeat of an earlier query or user turn, the register check,
and a byte-for-byte regeneration check (the file on disk, and a fresh run of this script with
another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: weeks()
(asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays
within 1e-3 at two decimals) and SQFT/SQYD/CUFT. Added, newly written (set 30's own weekday check
lies outside the allowed ranges and was not read): asserts on the figures stated in assistant
turns, and a pattern check that any weekday written next to a full date in any query or turn is
that date's weekday.

Disclosures: the kinds of item follow set 30's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 30's docstring
list them), and the helpers, unit factors and checks are set 30's, copied. Set 30's docstring
(within lines 1-277) names its registers, the generic kinds of set 29's reworded items (a
division, a power, a percentage increase, feet-and-inches, yards, miles, temperature, pressure and
mass one-liners, and near-positive categories), set 26's plain kinds, and its provenance, which
were therefore seen; some plain one-liners here are of those same generic kinds, newly worded. At
the edges of the allowed ranges: line 277 is P = "plain" (this file defines P itself, in its own
block), 483, 728, 991 and 1676 are section headers, 543 and 999 are blank (not copied), 783 is the
last line of weeks() and 1879 is the call of main(); the `grep -n` printed no docstring line, and
it showed that set 30 has constants _MONTHS and _STATED at lines 1657-1658 (not read). No query
text of any earlier set was seen. Every query here was newly written from imagination of each
trade. Registers of sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be
ruled out; an exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 30 (the near-.../conv-... families are not
registers and may coincide with earlier family names). Of the brief's 27 suggested registers, 25
were used and none of them was taken (main()'s assertion passed); crematorium_office and
sweet_shop were not needed and were not checked. Own items reworded after main()'s duplicate check
reported them by id (15 items in a first round and 1 of those again in a second round, reworded
without the earlier queries being looked at, and without knowing which turn of a conversation had
matched): two plain calculator one-liners (a square root and a power, each with a new figure and
expected value; the power reworded twice); six plain unit one-liners (a feet-and-inches length, two
temperatures, a stone-and-pound mass, a binary data size and an area; all with changed figures and
expected values); one ordinary negative (kennel_club_show); three near-positives (a code, a
current-date and a density item); three conversations (an explanation, a follow-up and a language
conversation, in each of which both user turns were reworded; no assistant turn or figure changed).
Other own edits while writing: four rounded unit items had a figure (a pressure, a length, a mass)
or the target unit (a length, now in yards) changed so that the result passes the two-decimal
assert; one calculator and one unit word problem were dropped to bring each tool's word problems
to 31; one date item's tense was changed before the first run; after the checks had first passed,
one unit word problem was reworded to remove a hint at nominal hat sizes (main() rerun, all passed).

Registers (families), 25, new: abseiling_centre, apiary_supplies, bath_spa, boxing_gym,
bridge_club, camper_van_hire, cat_cafe, chess_shop, choir_school, cinema_bar, conservatory_fitter,
curling_club, doll_hospital, egg_farm, fencing_club, film_society, fudge_shop, garden_design,
hat_hire, hot_air_balloon_rides, kennel_club_show, map_shop, mountain_hut, rowing_regatta,
snooker_hall. Every register is used by all three tools (asserted). Positives are one-liners
(family "plain") or word problems of one to three sentences in UK and US usage with £, $ and €,
some chatty, terse or lower-case. No positive conversations. No dosing in positives.

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

Left out entirely (their grading is contested), as in set 30: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference or as nights), and
clock spans run from one stated time to the next occurrence of the other (one span states that it
ends on the following day and is computed with full date-times). Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 30):
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

Run:  python3 make_heldout_31.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-03.jsonl"
PREFIX = "ho31-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_30.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 31))
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

calc(P, "what is 17.5% of 368", pct("17.5") * 368)
calc(P, "4836 / 12", F(4836, 12))
calc(P, "3.75 * 48", dec("3.75") * 48)
calc(P, "what's the square root of 7056?", 84)
assert 84 * 84 == 7056
calc(P, "what is 6 raised to the 5th power", 6**5)
calc(P, "1245 + 378 - 96", 1245 + 378 - 96)
calc(P, "what's 15% off 86", 86 * (1 - pct(15)))
calc(P, "(45 + 27) * 3.5", (45 + 27) * dec("3.5"))
calc(P, "Increase 640 by 12.5%", 640 * (1 + pct("12.5")))
calc(P, "7/8 as a decimal", F(7, 8))
calc(P, "19 x 23", 19 * 23)
calc(P, "What percent is 42 of 168?", F(42, 168) * 100)
calc(P, "1000 minus 18% of 250", 1000 - pct(18) * 250)
calc(P, "cube of 14", 14**3)

AB, AP, BS, BX = "abseiling_centre", "apiary_supplies", "bath_spa", "boxing_gym"
BR, CV, CC, CH = "bridge_club", "camper_van_hire", "cat_cafe", "chess_shop"
CS, CB, CF, CU = "choir_school", "cinema_bar", "conservatory_fitter", "curling_club"
DH, EF, FC, FS = "doll_hospital", "egg_farm", "fencing_club", "film_society"
FU, GD, HH, HB = "fudge_shop", "garden_design", "hat_hire", "hot_air_balloon_rides"
KC, MS, MH, RR, SH = (
    "kennel_club_show",
    "map_shop",
    "mountain_hut",
    "rowing_regatta",
    "snooker_hall",
)

calc(
    AB,
    "Abseiling taster sessions are £32 per adult and £24 per child. "
    "How much for 3 adults and 4 kids?",
    3 * 32 + 4 * 24,
)
calc(
    AB,
    "group of 11 booked the abseil at $45 each and we already paid a $150 deposit, "
    "what's the balance?",
    11 * 45 - 150,
)
calc(
    AP,
    "I'm buying 6 brood frames at £2.85 each and a smoker for £27.50. What's the total?",
    6 * dec("2.85") + dec("27.50"),
)
calc(
    AP,
    "A nucleus colony of bees is €185 plus 21% VAT. What do I pay in total?",
    185 * (1 + pct(21)),
)
calc(
    BS,
    "Spa day is $125 per person with 20% off midweek, then 8% sales tax on the discounted "
    "price. What do two of us pay?",
    2 * 125 * (1 - pct(20)) * (1 + pct(8)),
)
calc(BX, "A 10-class boxing pass costs £72. What's that per class?", F(72, 10))
calc(
    BR,
    "Table money at the bridge club is £3.50 a player. We had 13 tables of four last night. "
    "How much was collected?",
    13 * 4 * dec("3.50"),
)
calc(
    CV,
    "Camper van is $165 a night for 9 nights, plus a $95 cleaning fee and $1.50 a mile for "
    "420 miles. Total?",
    9 * 165 + 95 + dec("1.50") * 420,
)
calc(
    CC,
    "At the cat café we had 4 lattes at £3.40, 2 slices of cake at £3.95 and the £6 cat entry "
    "fee for 2 people. How much altogether?",
    4 * dec("3.40") + 2 * dec("3.95") + 2 * 6,
)
calc(
    CH,
    "boxwood chess set €89, board €45, clock €62, and the shop gives 10% off the lot. "
    "what do i pay",
    (89 + 45 + 62) * (1 - pct(10)),
)
calc(
    CS,
    "Choir school fees are £4,260 a term, 3 terms a year, and we get a 15% sibling discount. "
    "What's the yearly total?",
    3 * 4260 * (1 - pct(15)),
)
calc(
    CB,
    "cinema bar takings: friday £1,284.50, saturday £1,917.25, sunday £862.75. total?",
    dec("1284.50") + dec("1917.25") + dec("862.75"),
)
calc(
    CF,
    "The conservatory quote is £14,800 plus 20% VAT, and they want a 30% deposit on the total. "
    "How much is the deposit?",
    14800 * (1 + pct(20)) * pct(30),
)
calc(
    CU,
    "Ice rental is $240 per sheet and we need 3 sheets. Split between 24 curlers, how much "
    "does each pay?",
    F(3 * 240, 24),
)
calc(
    DH,
    "Restoring a porcelain doll took 3.5 hours of labour at £28 an hour plus £19.60 of "
    "materials. What's the bill?",
    dec("3.5") * 28 + dec("19.60"),
)
calc(EF, "We collected 1,644 eggs this week. How many boxes of 12 is that?", F(1644, 12))
calc(
    EF,
    "Half-dozen boxes sell at £2.20 and dozens at £3.90. I sold 85 half-dozens and 47 dozens. "
    "What were the takings?",
    85 * dec("2.20") + 47 * dec("3.90"),
)
calc(
    FC,
    "Épée blades are $74.95 each, a mask is $189 and a glove $32.50. What's the total for "
    "2 blades, a mask and a glove?",
    2 * dec("74.95") + 189 + dec("32.50"),
)
calc(
    FS,
    "Film society membership is £45 a year and we have 138 members. Hall hire for the season "
    "is £2,340. How much is left over?",
    45 * 138 - 2340,
)
calc(FU, "Fudge is £2.60 per 100 g. How much for 750 g?", dec("2.60") * F(750, 100))
calc(
    FU,
    "fudge bags are 3 for £10 or £3.75 each. how much do i save buying 9 on the offer?",
    9 * dec("3.75") - 3 * 10,
)
calc(
    GD,
    "Our garden designer charges $85 an hour. It's 26 hours of design plus a $350 site survey, "
    "less the $200 retainer we already paid. What's still owed?",
    26 * 85 + 350 - 200,
)
calc(
    HH,
    "Hat hire is £35 per hat for the weekend plus a £50 refundable deposit per hat. For 4 hats, "
    "how much do I hand over?",
    4 * (35 + 50),
)
calc(
    HB,
    "Balloon flights are £179 each or £329 for a pair. How much do 6 people save by booking "
    "as 3 pairs?",
    6 * 179 - 3 * 329,
)
calc(
    HB,
    "The balloon basket takes 16 passengers and 150 people are on the waiting list. "
    "How many flights are needed to take everyone?",
    whole_up(F(150, 16)),
)
calc(
    KC,
    "Dog show entry is £29 for the first class and £4 for each extra class. My dog is in "
    "5 classes. Total?",
    29 + 4 * 4,
)
calc(
    MS,
    "bought 7 OS maps at £10.99 each and a map case for £14.50, total please",
    7 * dec("10.99") + dec("14.50"),
)
calc(
    MH,
    "The mountain hut is €58 per person per night half board. 6 of us stayed 3 nights and "
    "drank €94.20 of wine. What's the total?",
    58 * 6 * 3 + dec("94.20"),
)
calc(
    RR,
    "Regatta entries are £42 per crew. 27 eights and 19 fours entered. How much was raised?",
    (27 + 19) * 42,
)
calc(
    SH,
    "The snooker table is £9.60 an hour. We played for 2 and a quarter hours and split it "
    "three ways. How much each?",
    dec("9.60") * F(9, 4) / 3,
)
calc(
    SH,
    "A snooker season pass is $420, or it's $6.50 per visit. What's the smallest number of "
    "visits at which the pass works out cheaper?",
    whole_up(F(420) / dec("6.50")),
)
assert F(420) / dec("6.50") * dec("6.50") == 420


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


unit(P, "5 ft 11 in in cm", (5 * FT + 11 * IN) * 100, EXACT)
unit(P, "77 °F in Celsius", f_to_c(77), EXACT)
unit_r(P, "13 st 9 lb to kilos", 13 * STONE + 9 * LB)
unit_r(P, "how many km is 26.2 miles", dec("26.2") * MI / 1000)
unit(P, "6.25 GiB to MiB", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "250 g in ounces", F(250, 1000) / OZ)
unit_r(P, "180 km/h in mph", 180 * KMH / MPH)
unit_r(P, "2 acres in square metres", 2 * ACRE)
unit_r(P, "29 psi to bar", 29 * PSI / BAR)
unit(P, "1.5 litres in millilitres", dec("1.5") * 1000, EXACT)
unit(P, "-15 °C in °F", c_to_f(-15), EXACT)
unit(P, "How many metres in 100 yards?", 100 * YD, EXACT)
unit_r(P, "450 sq ft in m2", 450 * SQFT)
unit_r(P, "3.6 ha in acres", dec("3.6") * 10**4 / ACRE)

unit_r(AB, "The abseil drop is 45 metres. How many feet is that?", 45 / FT)
unit_r(AP, "The hive weighed 41 kg at the autumn check. What's that in pounds?", 41 / LB)
unit(
    AP,
    "the guide says a hive entrance reducer gap of 3/8 inch, what's that in mm?",
    F(3, 8) * IN * 1000,
    EXACT,
)
unit(BS, "The hydrotherapy pool is kept at 34 °C. What's that in Fahrenheit?", c_to_f(34), EXACT)
unit_r(BX, "I weigh 11 st 6 lb. What's that in kg?", 11 * STONE + 6 * LB)
unit(BR, "Our card tables are 36 inches across. How many cm?", 36 * IN * 100, EXACT)
unit_r(CV, "Our camper is 2.9 m high. How many feet is that?", dec("2.9") / FT)
unit_r(
    CV,
    "The campsite road has a 50 mph limit for motorhomes. What's that in km/h?",
    50 * MPH / KMH,
)
unit_r(CC, "our cafe cat weighs 5.4 kg, what's that in lbs", dec("5.4") / LB)
unit_r(CH, "The tournament board has 50 mm squares. What's that in inches?", F(50, 1000) / IN)
unit_r(CS, "The chapel ceiling where the choir sings is 52 feet high. In metres?", 52 * FT)
unit_r(CB, "the cinema screen is 14 m wide, how many feet is that", 14 / FT)
unit_r(
    CF,
    "The conservatory floor is 4.2 m by 3.6 m. What's the area in square feet?",
    dec("4.2") * dec("3.6") / SQFT,
)
unit_r(
    CF,
    "The glass roof panels are 1,200 mm wide. How many inches is that?",
    F(1200, 1000) / IN,
)
unit_r(CU, "A curling stone weighs 42 lb. What's that in kilograms?", 42 * LB)
unit(DH, "the doll is 18 inches tall, how tall in cm?", 18 * IN * 100, EXACT)
unit_r(EF, "A jumbo egg weighs 70 g. How many ounces is that?", F(70, 1000) / OZ)
unit(EF, "Our egg store has to stay below 20 °C. What's that in °F?", c_to_f(20), EXACT)
unit_r(FC, "The fencing piste is 14 metres long. How many yards?", 14 / YD)
unit(FS, "A reel of the film print holds 2,400 feet. How many metres is that?", 2400 * FT, EXACT)
unit(FS, "The digital cinema package is 186 GiB. How many MiB?", 186 * GIB / MIB, EXACT)
unit_r(FU, "fudge recipe wants 450 g of sugar, how many ounces?", F(450, 1000) / OZ)
unit_r(GD, "The new lawn is 120 square metres. How many square feet is that?", 120 / SQFT)
unit_r(HH, "My head measures 58 cm round. What's that in inches?", F(58, 100) / IN)
unit(HB, "We reached 3,000 feet in the balloon. What's that in metres?", 3000 * FT, EXACT)
unit_r(KC, "The show ring is 30 m by 20 m. How many square yards is that?", 30 * 20 / SQYD)
unit_r(
    MS, "On the map the walk measures 14.5 km. How far is that in miles?", dec("14.5") * 1000 / MI
)
unit_r(MH, "The hut sits at 2,850 m. What's the altitude in feet?", 2850 / FT)
unit_r(MH, "It was -14 °F at the hut overnight. What's that in Celsius?", f_to_c(-14))
unit_r(RR, "The regatta course is 2,000 m. How many yards is that?", F(2000) / YD)
unit_r(SH, "Our table's playing area is 3,569 mm long. How many feet is that?", F(3569, 1000) / FT)


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


date_item(P, "what day of the week was 14 July 1789", weekday(D(1789, 7, 14)))
date_item(P, "days between 3 March 2031 and 19 November 2031", days(D(2031, 3, 3), D(2031, 11, 19)))
date_item(P, "What date is 90 days after 15 January 2029?", D(2029, 1, 15) + TD(90))
date_item(
    P, "how many weeks from 6 April 2030 to 21 September 2030", weeks(D(2030, 4, 6), D(2030, 9, 21))
)
date_item(P, "what weekday is 25 December 2035", weekday(D(2035, 12, 25)))
date_item(P, "date 6 weeks before 2 October 2028", D(2028, 10, 2) - TD(weeks=6))
date_item(P, "How many days from 1 Jan 2030 to 1 Jan 2031?", days(D(2030, 1, 1), D(2031, 1, 1)))
date_item(
    P,
    "how old is someone born 22 August 1961 on 5 March 2030",
    age(D(1961, 8, 22), D(2030, 3, 5)),
)
date_item(P, "how many hours between 08:45 and 17:15", clock_span("08:45", "17:15", 3600))
date_item(P, "what's the date 1000 days after 1 June 2025", D(2025, 6, 1) + TD(1000))
date_item(P, "minutes from 10:40 pm to 6:10 am", clock_span("22:40", "06:10", 60))
date_item(P, "Which day of the week is 4 July 2032?", weekday(D(2032, 7, 4)))
date_item(P, "what date is 100 days before 31 December 2030", D(2030, 12, 31) - TD(100))
date_item(P, "third Thursday in November 2029", nth_weekday(2029, 11, THU, 3))

date_item(
    AB,
    "Our charity abseil is on 13 September 2031. What day of the week is that?",
    weekday(D(2031, 9, 13)),
)
date_item(
    AP,
    "I introduced the new queen on 2 June 2030 and want to check the hive 9 days later. "
    "What date is that?",
    D(2030, 6, 2) + TD(9),
)
date_item(
    BS,
    "We've booked a spa break from 27 February 2031 to 4 March 2031. How many nights is that?",
    days(D(2031, 2, 27), D(2031, 3, 4)),
)
date_item(
    BX,
    "Fight night is 8 weeks after 17 January 2030. What's the date?",
    D(2030, 1, 17) + TD(weeks=8),
)
date_item(
    BR,
    "Our bridge congress is on the second Saturday of October 2030. Which date is that?",
    nth_weekday(2030, 10, SAT, 2),
)
date_item(
    CV,
    "We pick the camper up at 10:00 and have to return it at 16:30 the following day. "
    "How many hours of hire is that?",
    F(int((DT(2030, 5, 2, 16, 30) - DT(2030, 5, 1, 10, 0)).total_seconds()), 3600),
)
date_item(
    CV,
    "camper hire from 19 July 2030 to 2 August 2030, how many days is that?",
    days(D(2030, 7, 19), D(2030, 8, 2)),
)
date_item(
    CC,
    "The cat café opened on 11 November 2028. How many days was it from then to 1 March 2029?",
    days(D(2028, 11, 11), D(2029, 3, 1)),
)
date_item(
    CH,
    "The chess club championship starts on 5 February 2030 with a round every 7 days. "
    "What date is round 6?",
    D(2030, 2, 5) + TD(days=7 * 5),
)
date_item(
    CS,
    "Choir school term begins on 8 January 2031 and the concert is 11 weeks later. What date?",
    D(2031, 1, 8) + TD(weeks=11),
)
date_item(
    CB,
    "We're planning a horror all-nighter at the cinema bar on 31 October 2031. "
    "What day of the week does that fall on?",
    weekday(D(2031, 10, 31)),
)
date_item(
    CF,
    "The conservatory fitting starts on 14 April 2030 and finishes 23 days after that. "
    "What's the finish date?",
    D(2030, 4, 14) + TD(23),
)
date_item(
    CU,
    "the late curling draw starts at 21:15 and ends at 23:45, how long in minutes?",
    clock_span("21:15", "23:45", 60),
)
date_item(
    DH,
    "The doll came in for repair on 3 October 2029 and was promised back 6 weeks later. "
    "Which date is that?",
    D(2029, 10, 3) + TD(weeks=6),
)
date_item(
    EF,
    "Our hens started laying on 18 March 2030. How many days until 30 June 2030?",
    days(D(2030, 3, 18), D(2030, 6, 30)),
)
date_item(
    EF,
    "eggs laid on 25 May 2031 get a best-before date 28 days after laying. what date is that?",
    D(2031, 5, 25) + TD(28),
)
date_item(
    FC,
    "My fencer was born on 12 December 2014. How old will she be on 1 January 2031?",
    age(D(2014, 12, 12), D(2031, 1, 1)),
)
date_item(
    FS,
    "Film society screenings are every 14 days starting on 7 September 2029. "
    "What's the date of the 10th screening?",
    D(2029, 9, 7) + TD(days=14 * 9),
)
date_item(
    FS,
    "The feature starts at 19:50 and ends at 22:17. How many minutes is that?",
    clock_span("19:50", "22:17", 60),
)
date_item(
    FU,
    "A fudge batch made on 9 August 2030 keeps for 21 days after it's made. "
    "What date is the 21st day after?",
    D(2030, 8, 9) + TD(21),
)
date_item(
    GD,
    "Wildflowers sown on 26 April 2031 should bloom 10 weeks later. What date is that?",
    D(2031, 4, 26) + TD(weeks=10),
)
date_item(
    HH,
    "The hats go back 4 days after the wedding on 28 June 2030. "
    "What day of the week is the return date?",
    weekday(D(2030, 6, 28) + TD(4)),
)
date_item(
    HB,
    "A balloon flight voucher bought on 15 August 2029 expires 500 days after purchase. "
    "What's the expiry date?",
    D(2029, 8, 15) + TD(500),
)
date_item(
    HB,
    "our balloon flight went from 06:10 to 07:25, how many minutes in the air?",
    clock_span("06:10", "07:25", 60),
)
date_item(
    KC,
    "The dog show is on 21 September 2030 and my puppy was born on 3 March 2030. "
    "How many days old will he be on show day?",
    days(D(2030, 3, 3), D(2030, 9, 21)),
)
date_item(
    MS,
    "What's the date 26 weeks after 1 February 2029? That's when the map stock is reviewed.",
    D(2029, 2, 1) + TD(weeks=26),
)
date_item(
    MH,
    "We arrive at the mountain hut on 29 July 2030 and leave on 6 August 2030. How many nights?",
    days(D(2030, 7, 29), D(2030, 8, 6)),
)
date_item(
    MH,
    "The hut closes for winter on the last Sunday of September 2030. What date?",
    nth_weekday(2030, 9, SUN, -1),
)
date_item(
    RR,
    "The regatta is 20 weeks after 16 March 2030. What date is that?",
    D(2030, 3, 16) + TD(weeks=20),
)
date_item(
    SH,
    "The snooker league ran from 1 September 2029 to 27 April 2030. How many weeks is that?",
    weeks(D(2029, 9, 1), D(2030, 4, 27)),
)
date_item(
    SH, "Our snooker hall opens on 17 January 2027. What weekday is that?", weekday(D(2027, 1, 17))
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AB: [
        "What should I wear for my first abseil down a viaduct?",
        "How do I stop my legs shaking at the top of an abseil?",
        "Write a short safety briefing for a charity abseil team.",
        "Is abseiling suitable for someone with a fear of heights?",
    ],
    AP: [
        "What's the difference between a National hive and a Langstroth?",
        "How do I tell if my colony is queenless?",
        "Suggest a name for a small beekeeping supplies shop.",
        "Why are my bees bearding on the front of the hive?",
    ],
    BS: [
        "What's the proper etiquette in a Roman-style bath spa?",
        "Write a relaxing description for our thermal suite brochure.",
        "Is it safe to use a sauna straight after a cold plunge?",
        "How do I handle a guest who keeps using their phone in the quiet room?",
    ],
    BX: [
        "How do I wrap my hands properly before a boxing session?",
        "Give me a six-round bag workout for beginners.",
        "What's the difference between a jab and a cross?",
        "Write an Instagram caption for our boxing gym's open day.",
    ],
    BR: [
        "Explain the Stayman convention in simple terms.",
        "How do I invite new members to a bridge club without scaring them off?",
        "What does a double mean in bridge?",
        "Write a friendly reminder to players about arriving on time.",
    ],
    CV: [
        "What should I check before driving off in a hired camper van?",
        "Plan a relaxed camper van route around the Scottish Highlands.",
        "How do I empty the grey water tank on a camper?",
        "Is it legal to wild camp in a camper van in England?",
    ],
    CC: [
        "How do cat cafés keep the cats from getting stressed?",
        "Write house rules for visitors to our cat café.",
        "Suggest some cat-themed names for drinks on our menu.",
        "What should we do if a customer is scratched by one of our cats?",
    ],
    CH: [
        "Recommend a good first chess book for a ten-year-old.",
        "What's the difference between Staunton and Regency chess pieces?",
        "How do I explain en passant to a beginner?",
        "Write a product description for a hand-carved walnut chess set.",
    ],
    CS: [
        "How do choir schools balance singing with normal lessons?",
        "Write a letter to parents about the carol service rehearsal schedule.",
        "What warm-ups are good for boy trebles?",
        "How can I help a chorister who is nervous about a solo?",
    ],
    CB: [
        "Suggest a cocktail to go with a screening of a classic noir film.",
        "How can a small cinema bar increase sales before the film starts?",
        "Write a short menu blurb for our popcorn and prosecco deal.",
        "What licence do we need to serve alcohol in a cinema bar?",
    ],
    CF: [
        "Should I choose a polycarbonate or glass roof for a conservatory?",
        "How do I stop my conservatory getting too hot in summer?",
        "Write a follow-up email to a customer after a conservatory installation.",
        "Do I need planning permission for a lean-to conservatory?",
    ],
    CU: [
        "Explain what a skip does in curling.",
        "How do I sweep properly in curling?",
        "Write a welcome message for new members of our curling club.",
        "What's the etiquette for shaking hands before and after a curling game?",
    ],
    DH: [
        "How do I clean an old composition doll without damaging it?",
        "Can a cracked bisque head be repaired invisibly?",
        "Write a sympathetic reply to a customer whose childhood doll can't be saved.",
        "What causes the sticky surface on old vinyl dolls?",
    ],
    EF: [
        "Why are some of my hens laying thin-shelled eggs?",
        "Write a sign for our roadside egg honesty box.",
        "How do I introduce new hens to an existing flock?",
        "What's the difference between free-range and barn eggs?",
    ],
    FC: [
        "What's the difference between foil, épée and sabre?",
        "How do I explain right of way in foil to a new fencer?",
        "Write a poster for our fencing club's beginners' course.",
        "How should I look after my fencing whites?",
    ],
    FS: [
        "Suggest six films for a season on the theme of journeys.",
        "Write an introduction to read before a screening of a silent film.",
        "How do we get a licence to show films to our members?",
        "What questions make a good post-film discussion?",
    ],
    FU: [
        "Why did my fudge turn out grainy?",
        "Write a cheerful description for our salted caramel fudge.",
        "How should fudge be stored to keep it soft?",
        "Suggest some unusual fudge flavours for a Christmas range.",
    ],
    GD: [
        "What plants work well in a shady north-facing garden?",
        "Write a short design brief for a wildlife-friendly family garden.",
        "How do I make a small garden feel bigger?",
        "Should a garden path be gravel or paving?",
    ],
    HH: [
        "What hat goes best with a navy dress at a summer wedding?",
        "Write hire terms for damaged or lost hats.",
        "How do I keep a fascinator in place all day?",
        "What's the difference between a fedora and a trilby?",
    ],
    HB: [
        "What should I wear for a dawn hot air balloon flight?",
        "Why are balloon flights often cancelled at short notice?",
        "Write a gift card message for a balloon ride for my parents' anniversary.",
        "How does a pilot steer a hot air balloon?",
    ],
    KC: [
        "My spaniel flinches when the judge checks his teeth. How can I get him comfortable?",
        "Write a short bio of my cocker spaniel for the show catalogue.",
        "What should I pack for a day at a dog show?",
        "How do I train a stand for the show ring?",
    ],
    MS: [
        "What's the best way to fold a large paper map?",
        "Recommend some framed antique maps as a retirement present.",
        "Write a window display idea for our map shop.",
        "How do I read contour lines on a walking map?",
    ],
    MH: [
        "What should I bring for a night in an Alpine mountain hut?",
        "How do I book a place in a busy mountain hut in summer?",
        "Write a thank-you note to the hut warden.",
        "What are the usual rules about boots inside a mountain hut?",
    ],
    RR: [
        "Explain how a rowing regatta draw works.",
        "Write a message to volunteers marshalling the regatta bank.",
        "What does catching a crab mean in rowing?",
        "How can we make our regatta more welcoming to junior crews?",
    ],
    SH: [
        "How do I improve my cue action in snooker?",
        "Explain the snooker foul and a miss rule.",
        "Write a poster for a snooker hall's beginners' night.",
        "How often should snooker table cloths be replaced?",
    ],
}
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 4, _fam
    for _q in _qs:
        neg(_fam, _q)


NEAR = [
    ("near-exchange", "The balloon ride is £179. How much is that in dollars?", "exchange rate"),
    ("near-exchange", "convert €1,138.20 hut bill into pounds", "exchange rate"),
    ("near-exchange", "What's $420 in euros for a snooker pass?", "exchange rate"),
    (
        "near-density",
        "Our honey bucket holds 5 litres. How heavy will it be full, in kg?",
        "density of honey",
    ),
    ("near-density", "What does 2 cubic metres of garden topsoil weigh in kg?", "density of soil"),
    ("near-density", "how many grams is 300 ml of sugar for fudge", "density of sugar"),
    (
        "near-missing",
        "Hat hire is £35 a hat. How much for the whole wedding party?",
        "number of hats missing",
    ),
    (
        "near-missing",
        "We split the cinema bar tips equally. How much does each of us get?",
        "amounts missing",
    ),
    (
        "near-missing",
        "What's the balance on my camper van hire after the deposit?",
        "figures missing",
    ),
    ("near-missing", "How many days until our regatta?", "date of the regatta and current date"),
    ("near-private", "When is my next beekeeping association meeting?", "private record"),
    ("near-private", "What date did I book the doll repair for?", "private record"),
    ("near-private", "How much did I spend at the fudge shop last month?", "private record"),
    ("near-private", "What weekday is my boxing grading?", "private date"),
    ("near-world", "How tall is the highest mountain hut in the Alps?", "world fact"),
    ("near-world", "How long is the Henley Royal Regatta course in metres?", "world fact"),
    ("near-world", "What year was the first hot air balloon flight?", "world fact"),
    (
        "near-world",
        "How many squares does a snooker table have on its baulk line?",
        "world fact / nonsense premise",
    ),
    ("near-world", "On what date is Crufts held in 2031?", "world fact, not fixed"),
    ("near-estimate", "Roughly how many eggs does a hen lay in her lifetime?", "estimate"),
    ("near-estimate", "About how long does it take to restore a porcelain doll?", "estimate"),
    ("near-estimate", "How many people could fit in a typical cat café?", "estimate"),
    ("near-estimate", "How much honey will one hive produce in a good summer?", "estimate"),
    ("near-judgement", "Is £14,800 a fair price for a conservatory?", "judgement"),
    ("near-judgement", "Is $85 an hour too much for a garden designer?", "judgement"),
    ("near-judgement", "Is it worth paying £329 for a pair of balloon flights?", "judgement"),
    (
        "near-judgement",
        "Should I buy a 10-class boxing pass or pay as I go?",
        "judgement, no figures",
    ),
    ("near-words", "Write 1,932 in words for the regatta cheque.", "number in words"),
    ("near-words", "how do you spell out 4,064.50 pounds on a cheque", "number in words"),
    (
        "near-roman",
        "What is 2031 in Roman numerals for the choir school's anniversary plaque?",
        "Roman numerals",
    ),
    ("near-roman", "What number is MCMLXXXVIII?", "Roman numerals"),
    ("near-language", "How do you say 'forty-five degrees' in French?", "another language"),
    (
        "near-language",
        "Wie viel kostet die Hütte pro Nacht für sechs Personen?",
        "another language, missing figures",
    ),
    ("near-language", "Translate 'the fudge costs three pounds' into Spanish.", "translation"),
    (
        "near-code",
        "Could you write me a small Python function returning a price plus 20 percent VAT?",
        "code",
    ),
    ("near-code", "Give me a JavaScript snippet that converts Celsius to Fahrenheit.", "code"),
    ("near-code", "How do I calculate the days between two dates in SQL?", "code"),
    (
        "near-spreadsheet",
        "What Excel formula gives 15% off the price in cell B2?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Google Sheets formula to count the weeks between A1 and B1",
        "spreadsheet formula",
    ),
    (
        "near-dosing",
        "How much ibuprofen can I give my 9-year-old after a fall at the abseil?",
        "dosing",
    ),
    ("near-dosing", "How many mg of Metacam should a 5.4 kg cat have?", "veterinary dosing"),
    ("near-dosing", "What dose of antihistamine after a bee sting for a 70 kg adult?", "dosing"),
    ("near-standard", "What size is a regulation curling sheet?", "standard size"),
    ("near-standard", "How big is a full-size snooker table?", "standard size"),
    ("near-standard", "What are the dimensions of a standard fencing piste?", "standard size"),
    ("near-standard", "What's a size 7 hat in centimetres?", "hat size convention"),
    (
        "near-timezone",
        "If the balloon launches at 6 am in Cappadocia, what time is that in London?",
        "time zone",
    ),
    (
        "near-timezone",
        "The curling final starts 7 pm in Calgary. What time is that in Edinburgh?",
        "time zone",
    ),
    ("near-easter", "What date is Easter Sunday 2031? We want to plan the spa offer.", "Easter"),
    ("near-easter", "How many days from Easter 2030 to our regatta on 3 August 2030?", "Easter"),
    (
        "near-workingdays",
        "How many working days between 3 March 2031 and 28 March 2031?",
        "working days, holidays",
    ),
    (
        "near-workingdays",
        "The conservatory takes 15 business days from 14 April 2030. Finish date?",
        "business days, bank holidays",
    ),
    (
        "near-contested",
        "How many pints of milk go into a batch of fudge using 2 litres?",
        "US vs imperial pints",
    ),
    ("near-contested", "Convert 3 gallons of hive syrup to litres.", "US vs imperial gallons"),
    ("near-contested", "The van does 32 mpg. How many litres per 100 km?", "mpg contested"),
    (
        "near-contested",
        "How many tons does our camper van weigh if it's 3,500 kg?",
        "short/long/metric tons",
    ),
    ("near-numericdate", "What day of the week is 03/04/2031?", "all-numeric date, order unstated"),
    (
        "near-numericdate",
        "How many days from 06/07/2030 to 09/08/2030?",
        "all-numeric dates, order unstated",
    ),
    ("near-currentdate", "How many sleeps are left until Christmas Day?", "current date"),
    ("near-currentdate", "What's today's date?", "current date"),
    ("near-currentdate", "How old is someone born on 22 August 1961?", "current date"),
    (
        "near-month",
        "My dog was born 3 March 2030. How old is he in months right now?",
        "current date, months",
    ),
    (
        "near-explain",
        "Why does 20% off then 20% VAT not bring you back to the original price?",
        "explanation",
    ),
    ("near-explain", "Why is a stone 14 pounds?", "history, explanation"),
    ("near-explain", "Explain why there are 52 and a bit weeks in a year.", "explanation"),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


CONVS = [
    (
        "conv-persona",
        [
            (S, "You are Bramble, a cheerful fudge-shop assistant who always answers in rhyme."),
            (U, "Fudge is £2.60 per 100 g. How much for 500 g?"),
        ],
        "persona fixed by system turn: answer must rhyme",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a grumpy mountain hut warden for the rest of this chat."),
            (A, "Fine. Boots off at the door. What do you want?"),
            (U, "What's 6 times €58?"),
        ],
        "persona fixed earlier",
    ),
    (
        "conv-persona",
        [
            (U, "Answer as a pirate from now on, please."),
            (A, "Arr, aye aye, matey!"),
            (U, "How many feet is 45 metres?"),
        ],
        "persona fixed earlier",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are a children's tutor. Always explain your working step by step for a "
                    "ten-year-old."
                ),
            ),
            (U, "what's 13 times 4"),
        ],
        "persona and format fixed by system turn",
    ),
    (
        "conv-format",
        [
            (U, "From now on give every answer as a JSON object with a field called value."),
            (A, '{"value": "Understood"}'),
            (U, "How many days from 19 July 2030 to 2 August 2030?"),
        ],
        "format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Please answer only with a bulleted list, no sentences."),
            (A, "- Understood"),
            (U, "What's 20% off $125?"),
        ],
        "format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Reply in a haiku every time."),
            (
                A,
                "Words in five, then seven—\nfive again to close the verse.\nAsk, and I will sing.",
            ),
            (U, "What weekday is 25 December 2035?"),
        ],
        "format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Give me all numbers to exactly four decimal places in this chat."),
            (A, "Will do."),
            (U, "convert 41 kg to pounds"),
        ],
        "number format fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Réponds-moi uniquement en français, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "How many metres is 3,000 feet?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte immer auf Deutsch, danke."),
            (A, "Alles klar, ich antworte auf Deutsch."),
            (U, "Divide 1,380 by 8 for me."),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Answer in Spanish for the rest of our chat."),
            (A, "¡Claro! Responderé en español."),
            (U, "What date is 8 weeks after 17 January 2030?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Can you write your answers in Welsh?"),
            (A, "Gallaf, wrth gwrs."),
            (U, "what's 15% of 86"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "I'm in the US, so give me all temperatures in Fahrenheit."),
            (A, "Got it, Fahrenheit from now on."),
            (U, "The spa pool is at 34 degrees. Is that warm?"),
        ],
        "unit fixed earlier; judgement",
    ),
    (
        "conv-unit",
        [
            (U, "Always give lengths in centimetres in this chat."),
            (A, "Sure, centimetres it is."),
            (U, "How tall is a doll that's half of 36 inches?"),
        ],
        "unit fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "We only work in stones and pounds at our gym."),
            (A, "Understood, I'll use stones and pounds."),
            (U, "I weigh 72.5 kg, what's that then?"),
        ],
        "unit convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "When I write dates with slashes I mean day/month/year."),
            (A, "Noted: day/month/year."),
            (U, "What weekday is 03/04/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "In this chat, a week means our club week, which runs Wednesday to Tuesday."),
            (A, "Understood."),
            (U, "Which club week does 13 September 2031 fall in?"),
        ],
        "convention fixed earlier",
    ),
    (
        "conv-convention",
        [
            (U, "For our hut, a 'night' is charged per person and children count as half."),
            (A, "Got it: children are half price per night."),
            (U, "So what's 2 adults and 2 children for 3 nights at €58?"),
        ],
        "pricing convention fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "Our snooker table rate is £9.60 an hour."),
            (A, "Thanks, £9.60 per hour noted."),
            (U, "How much for 3 hours then?"),
        ],
        "number fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "The regatta entry fee is £42 per crew."),
            (A, "Noted: £42 per crew."),
            (U, "And for 31 crews?"),
        ],
        "number fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "My puppy was born on 3 March 2030."),
            (A, "Lovely! What would you like to know?"),
            (U, "How many days old will he be on 1 June 2030?"),
        ],
        "date fixed earlier",
    ),
    (
        "conv-number",
        [
            (U, "The balloon basket takes 16 people."),
            (A, "OK, 16 passengers per flight."),
            (U, "How many flights for 70 people?"),
        ],
        "number fixed earlier",
    ),
    (
        "conv-followup",
        [
            (U, "What's 7 maps at £10.99?"),
            (A, "7 × £10.99 = £76.93."),
            (U, "and if I add another two?"),
        ],
        "follow-up of earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Days between 18 March 2030 and 30 June 2030?"),
            (A, "That's 104 days."),
            (U, "what's that as weeks and days?"),
        ],
        "follow-up of earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 14 m to feet."),
            (A, "14 m is about 45.93 ft."),
            (U, "What about double that?"),
        ],
        "follow-up of earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What day of the week is 31 October 2031?"),
            (A, "31 October 2031 is a Friday."),
            (U, "And the day after?"),
        ],
        "follow-up of earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's £4,260 times 3?"),
            (A, "£4,260 × 3 = £12,780."),
            (U, "Sorry, I meant times 2."),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many feet is 2,850 m?"),
            (A, "2,850 m is about 9,350.39 ft."),
            (U, "oops, it should have been 2,580"),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What date is 6 weeks after 3 October 2029?"),
            (A, "6 weeks after 3 October 2029 is 14 November 2029."),
            (U, "no wait, make it 7"),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Add 20% VAT to £14,800."),
            (A, "£14,800 + 20% VAT = £17,760."),
            (U, "Actually VAT is 5% on this because it's energy-saving, redo it."),
        ],
        "correction of earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "convert 68 degrees F to Celsius please"),
            (A, "68 °F is 20 °C."),
            (U, "Show me how you got that number."),
        ],
        "explanation after earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "How many days from 27 February 2031 to 4 March 2031?"),
            (A, "5 days."),
            (U, "Why isn't it 6 like last time I checked?"),
        ],
        "explanation after earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 3.5 GiB in MiB?"),
            (A, "3.5 GiB is 3,584 MiB."),
            (U, "Why isn't it 3,500?"),
        ],
        "explanation after earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "How much do I save buying 9 fudge bags at 3 for £10 instead of £3.75 each?"),
            (A, "You save £3.75."),
            (U, "Can you show the working so I can put it on a sign?"),
        ],
        "explanation after earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's the third Thursday in November 2029?"),
            (A, "The third Thursday in November 2029 is 15 November 2029."),
            (U, "Explain how you counted that."),
        ],
        "explanation after earlier turn",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# figures stated in assistant turns
assert 7 * dec("10.99") == dec("76.93")
assert days(D(2030, 3, 18), D(2030, 6, 30)) == 104
assert round(14 / FT, 2) == dec("45.93")
assert weekday(D(2031, 10, 31)) == "Friday"
assert 4260 * 3 == 12780
assert round(2850 / FT, 2) == dec("9350.39")
assert D(2029, 10, 3) + TD(weeks=6) == D(2029, 11, 14)
assert 14800 * (1 + pct(20)) == 17760
assert f_to_c(68) == 20
assert days(D(2031, 2, 27), D(2031, 3, 4)) == 5
assert dec("3.5") * GIB / MIB == 3584
assert 9 * dec("3.75") - 30 == dec("3.75")
assert nth_weekday(2029, 11, THU, 3) == D(2029, 11, 15)

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
    # no register (family name) of this set is a family name of sets 19 to 30
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 30: {reused}"
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
