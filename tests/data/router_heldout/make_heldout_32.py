r"""Generate heldout-2027-01-04.jsonl: a thirty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_31.py, by `sed -n`: lines 1-290
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 489-548 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 618-674 (its date helpers, date_item() and weeks()), 863-871
(its section header, neg() and conv()) and 1530-1754 (its stated-weekday check, its checks and
main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant
names such as P, ORDINARY, NEAR and CONVS with their line numbers, section headers) and one `wc -l`
of it (1754 lines), run together in one command. None of its query blocks was opened. Nothing else
under /work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart
from grading.py) or tests/ (apart from that one generator), and not README.md; the only listing was
`ls -a /work/main/tests/data/router_heldout | grep -c pycache` (run after most runs of the generator
and at the end; it printed 0 every time: no bytecode was written there), and the only other use of
/work/main was running /work/main/.venv/bin/ruff. Also checked: `ls -d /work/sealed32` (absent
before this set). /work/sealed22 to /work/sealed31 were not looked at. The earlier generators (sets
1-31) are only imported, in memory, by this file's main() for the duplicate and register checks;
no other script imported them. Their queries were never printed. No JSONL file was opened (not
even this set's own output: only this generator's summary, its failure messages and its --show
listing of ids and expected values were read), no git command was run, no network was used, and
neither the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n`, `sed -n` and `ls` above; `date` and `ls /tmp | grep -c
h32` (once, before starting); `mkdir -p` of /tmp/h32 and /work/sealed32; a small `python3` script
(/tmp/h32/copy.py, written by a `cat` heredoc) that copied set 31's lines 163-287 (from its `from
__future__` line, found by the script, to the end of calc()), 489-548, 618-674, 863-870 and
1530-1754 into blocks under /tmp/h32/ by line slicing, substituting this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_31.py), EARLIER (sets 1-31, `range(2, 32)`), REGISTER_CHECK (sets
19-31, adding make_heldout_31.py) and "sets 19 to 30" -> "sets 19 to 31" in one comment and one
message string of main() (it printed the start line and how often each substitution applied: once
each, twice for the last); a first version sliced 489-547 and so dropped the last line of unit_r()
(the first run failed on the unit count), fixed by a `sed -i` of copy.py and a rerun; `ls -la` of
/tmp/h32 and `tail`/`head` of copied blocks; one `python3 -c` that printed the weekdays of eleven
dates and two day counts used for week counts; `cat` heredocs that wrote this set's own blocks
(query blocks, an assembly script /tmp/h32/assemble.py that builds this file by concatenating the
blocks and prints its line count, and this docstring); after every edit `/work/main/.venv/bin/ruff
format --no-cache -q` and `/work/main/.venv/bin/ruff check --fix --unsafe-fixes --line-length 100
--no-cache -q` on this file; `wc -l` of this file, a `python3 -c` printing its longest line and
`awk` line-length checks of this docstring; a `grep -n -i` and a `sed -i` on an own block (one
positive used a contested word and was reworded); a `sed -n` of 13 lines of this file (inside
main(), to see which assertion had failed); a `grep -n -A4` of own blocks listing the items of the
registers to be replaced; three `python3` replace scripts (/tmp/h32/reword1.py, reword2.py,
reword3.py) for the changes listed in the disclosures; a `python3` script (/tmp/h32/astcmp.py) that
compared the syntax trees of the copied blocks with this file (all 101 copied top-level statements
found unchanged); stdin `python3` scripts and `sed -n` views that edited, rewrapped and checked this
docstring; this generator itself, from /tmp as the working directory (output filtered by `grep -v`
and cut by `tail`; once with --show); `sha256sum` of the JSONL; runs of this file with --digest; `ls
-la /work/sealed32`; and `rm -rf /tmp/h32` with `ls /tmp | grep -c h32` afterwards. Writes:
/work/sealed32/ was created for this file and its JSONL; temporary blocks under /tmp/h32/ were
deleted afterwards. Nothing was written into /work/main.

Changes to set 31's main() and checks: only the substitutions listed above (file names, sets 1-31
for the duplicate check, sets 19-31 for the register check). ruff format rewrapped some copied
statements that set 31 had on one line (layout only; astcmp.py confirmed the syntax trees are
unchanged). All of set 31's checks are kept: counts per kind, ids and prefixes, no duplicate
queries, the wording rules for positives, the answers' consistency (calculator and exact unit
answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by at least two and by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: weeks() (asserts whole weeks), unit_r() with close_enough_at_2dp() (asserts a rounded unit
result stays within 1e-3 at two decimals), whole_up() (asserts rounding up is really tested) and
SQFT/SQYD/CUFT. Added, newly written: asserts on every computed figure stated in an assistant turn.

Disclosures: the kinds of item follow set 31's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 31's docstring
list them), and the helpers, unit factors and checks are set 31's, copied. Set 31's docstring
(within lines 1-290) names its registers, its provenance, the generic kinds of its reworded items
(a square root, a power, feet-and-inches, temperature, stone-and-pound, binary data size and area
one-liners; a code, a current-date and a density near-positive; explanation, follow-up and
language conversations) and set 30's line ranges, which were therefore seen; some plain one-liners
and near-positives here are of those same generic kinds, newly worded. The `grep -n` printed no
docstring or query line; it showed the line numbers of set 31's ORDINARY, NEAR and CONVS blocks
(not read). At the edges of the allowed ranges: line 290 is P = "plain" (this file defines P
itself, in its own block; lines 288-289 are blank), 489, 618 and 863 are section headers, 548 is the
last line of unit_r(), 674 and 1530 are blank, 871 is blank (not copied) and 1754 is the call of
main(). No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade. Registers of sets 1 to 18 are known here only indirectly, so an overlap
in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 31 (the near-.../
conv-... families are not registers and may coincide with earlier family names). Register check:
main()'s register assertion failed twice before passing, so these names are known to be family
names of sets 19 to 31: first it named ten first-choice registers (chimney_sweep, cider_mill,
escape_room, falconry_centre, ice_rink, lavender_farm, mushroom_grower, organ_builder,
puppet_theatre, trampoline_park), which were replaced by other trades (steeplejack, smokehouse,
kite_shop, sheep_shearing_contractor, yurt_campsite, rope_maker, letterpress_printer, bell_foundry,
clog_maker, wig_maker) with all of their 77 items rewritten for the new trade (37 positives, with
some figures and expected values changed, and 40 ordinary negatives; reword1.py); then it named
two of those replacements (kite_shop, smokehouse), which were replaced by pigeon_racing_club and
charcoal_burner with all of their 15 items rewritten (reword2.py); the third check passed. Own items
reworded after main()'s duplicate check reported them by id (27 items, in one round, reworded
without the earlier queries being looked at and without knowing which turn of a conversation had
matched; reword3.py; the next run passed): one plain calculator one-liner (a square root, new
figure and expected value); three plain unit one-liners (a pressure, a speed and a stone-and-pound
mass, new figures and expected values); one plain date one-liner (a weekday, new date); one
ordinary negative (observatory_tours); sixteen near-positives (two code, one contested-unit, two
current-date, two Easter, one explanation, two numeric-date, two standard-size, one time-zone, one
Roman-numeral and two world-fact items); five conversations (a convention, an explanation, a
follow-up and two language conversations; both user turns of each were reworded, the assistant
turns adjusted to match, and in the explanation and follow-up ones the assistant figure and its
assert changed too). Other own edits
while writing: one date word problem was reworded to drop a contested word that main()'s wording
check had caught.

Registers (families), 25, new: bell_foundry, bookbindery, canal_boatyard, charcoal_burner,
clog_maker, dry_stone_waller, glassblowing_studio, hop_farm, launderette, letterpress_printer,
model_railway_club, observatory_tours, oyster_farm, pigeon_racing_club, rope_maker, seed_bank,
sheep_shearing_contractor, sign_painter, steeplejack, tattoo_parlour, taxidermy_studio,
thatching_firm, violin_workshop, wig_maker, yurt_campsite. None is in set 31's list. Every register
is used by all three tools (asserted). Positives are one-liners (family "plain") or word problems
of one to three sentences in UK and US usage with £, $ and €, some chatty, terse or lower-case. No
positive conversations. No dosing in positives.

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

Left out entirely (their grading is contested), as in set 31: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference or as nights), and
clock spans run from one stated time to the next occurrence of the other (three cross midnight).
Quantities bought or filled whole are rounded up (asserted to be fractional before rounding).
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 31):
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

Run:  python3 make_heldout_32.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-04.jsonl"
PREFIX = "ho32-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_31.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 32))
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
calc(P, "what is 17.5% of 3,286", pct("17.5") * 3286)
calc(P, "7,843 × 26", 7843 * 26)
assert 83 * 83 == 6889
calc(P, "square root of 6,889", 83)
calc(P, "19 cubed", 19**3)
assert 37 * 2475 == 91575
calc(P, "91,575 ÷ 37", F(91575, 37))
calc(P, "(482 + 316) / 4", F(482 + 316, 4))
calc(P, "What is 3/8 of 1,944?", F(3, 8) * 1944)
calc(P, "Increase 2,680 by 12.5%.", 2680 * (1 + pct("12.5")))
calc(P, "decrease 845 by 8 percent", 845 * (1 - pct(8)))
calc(P, "mean of 14, 29, 33, 47 and 52", F(14 + 29 + 33 + 47 + 52, 5))
calc(P, "4.6 x 3.25", dec("4.6") * dec("3.25"))
calc(P, "57 is what percent of 380?", F(57, 380) * 100)
calc(P, "two thirds of 1,377", F(2, 3) * 1377)
calc(P, "9.6 squared", dec("9.6") ** 2)

# word problems
calc(
    "sheep_shearing_contractor",
    "we sheared 1,180 ewes at £1.85 a head and 36 rams at £3.50 a head. what's the bill for the "
    "farm?",
    1180 * dec("1.85") + 36 * dec("3.50"),
)
calc(
    "taxidermy_studio",
    "Customer wants three mounted pheasants at $185 apiece plus a fox mask at $240, and there's "
    "8% sales tax on top. What's the total?",
    (3 * 185 + 240) * (1 + pct(8)),
)
calc(
    "hop_farm",
    "The brewery pays €7.85 a kilo and we picked 2,340 kg this season — how much are we owed?",
    2340 * dec("7.85"),
)
calc(
    "hop_farm",
    "Our kiln takes 450 kg of green hops per load. With 2,900 kg to dry, how many loads do we "
    "need to run?",
    whole_up(F(2900, 450)),
)
calc(
    "oyster_farm",
    "Sold 1,250 oysters at 85p each and 40 dozen at £9.50 a dozen at the festival. Total takings?",
    1250 * dec("0.85") + 40 * dec("9.50"),
)
calc(
    "violin_workshop",
    "Bow rehair $75, a new set of strings $62 and a bridge fitting $110. Student discount is 15% "
    "off the whole lot, so what does she pay?",
    (75 + 62 + 110) * (1 - pct(15)),
)
calc(
    "pigeon_racing_club",
    "7 of us are buying a £196 basket trailer and a £35 grant covers part of it. If we split the "
    "rest evenly, how much is that each?",
    F(196 - 35, 7),
)
calc(
    "launderette",
    "Washer's $5.25 a load and the dryer takes $0.25 for every 8 minutes. I did 3 loads and 48 "
    "minutes of drying on one machine. What did I spend?",
    3 * dec("5.25") + F(48, 8) * dec("0.25"),
)
calc(
    "bookbindery",
    "Thesis binding is £28 a copy, and gold lettering on the spine is £4.50 extra per copy. "
    "5 copies, all lettered: how much?",
    5 * (28 + dec("4.50")),
)
calc(
    "glassblowing_studio",
    "Gas runs us €1,260 a month and we turn out about 420 pieces in that time. What's the gas "
    "cost per piece?",
    F(1260, 420),
)
calc(
    "thatching_firm",
    "Job needs 2,400 bundles of water reed at £3.15 each, plus £9,800 labour. What's the total "
    "quote?",
    2400 * dec("3.15") + 9800,
)
calc(
    "thatching_firm",
    "One bundle of reed covers 0.24 m². How many bundles do I have to order for a 165 m² roof?",
    whole_up(165 / dec("0.24")),
)
calc(
    "steeplejack",
    "Rope access is $139 per climber per day. The spire job is 3 climber-days plus a $45 permit "
    "— what's the bill?",
    3 * 139 + 45,
)
calc(
    "rope_maker",
    "We sold 340 skipping ropes at £6.50, and the cotton for 380 ropes cost us 90p a rope. "
    "What's our profit on that?",
    340 * dec("6.50") - 380 * dec("0.90"),
)
calc(
    "rope_maker",
    "a 640 kg bale of hemp loses 1.5% in combing. how many kilos is lost",
    640 * pct("1.5"),
)
calc(
    "model_railway_club",
    "The new loop needs 35 pieces of track at $8.40 each, and we're buying a $129 controller. "
    "How much altogether?",
    35 * dec("8.40") + 129,
)
calc(
    "sign_painter",
    "I use one and a half books of gold leaf per letter, at £24 a book. The shop name is 12 "
    "letters long. What's the gold going to cost me?",
    12 * F(3, 2) * 24,
)
calc(
    "charcoal_burner",
    "we loaded 3,600 kg of seasoned oak and get about 22% of that back as charcoal. how many kg "
    "of charcoal",
    3600 * pct(22),
)
calc(
    "tattoo_parlour",
    "The sleeve was 4 sessions of 3.5 hours each at $160/hour. They already paid a $200 "
    "deposit. What's the balance?",
    4 * dec("3.5") * 160 - 200,
)
calc(
    "clog_maker",
    "Craft fair Saturday: 48 pairs of adult clog soles at £9 and 73 children's pairs at £6.50. "
    "What were the takings?",
    48 * 9 + 73 * dec("6.50"),
)
calc(
    "observatory_tours",
    "An evening tour is $22 per person and groups of 14 get one place free. What does a group of "
    "14 pay in total?",
    (14 - 1) * 22,
)
calc(
    "letterpress_printer",
    "Cotton card is £0.80 a sheet and the wedding order needs 145 sheets. What's the card going "
    "to cost?",
    145 * dec("0.8"),
)
calc(
    "letterpress_printer",
    "Three jobs took 12.5, 8.75 and 15 hours of press time, all billed at £14 an hour. What's "
    "that worth in total?",
    (dec("12.5") + dec("8.75") + 15) * 14,
)
calc(
    "canal_boatyard",
    "Blacking is £42 per foot of hull. How much for a 57 ft narrowboat?",
    42 * 57,
)
calc(
    "yurt_campsite",
    "Over the weekend we sold 312 pitch-nights at $11 and 205 bundles of firewood at $6. What "
    "did we take?",
    312 * 11 + 205 * 6,
)
calc(
    "yurt_campsite",
    "each yurt stove burns 4.5 kg of logs a night. 9 yurts for 28 nights, how many kg of logs?",
    dec("4.5") * 9 * 28,
)
calc(
    "wig_maker",
    "Theatre order: restyling at £15.95 a wig for 12 wigs, plus £25 delivery. Total?",
    12 * dec("15.95") + 25,
)
calc(
    "bell_foundry",
    "Recasting uses 1,140 kg of bell metal at €2.35 a kilo, plus €4,800 for the new frame — "
    "what's the full quote?",
    1140 * dec("2.35") + 4800,
)
calc(
    "dry_stone_waller",
    "42 m of wall at about 1.2 tonnes of stone per metre, and the quarry charges £68 a tonne. "
    "What will the stone cost?",
    42 * dec("1.2") * 68,
)
calc(
    "dry_stone_waller",
    "I need 50.4 tonnes of stone and the trailer carries 2.5 tonnes a trip. How many trips?",
    whole_up(dec("50.4") / dec("2.5")),
)
calc(
    "seed_bank",
    "We hold 18,500 accessions and 12% are due for regeneration. How many accessions is that?",
    18500 * pct(12),
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
unit_r(P, "72 km in miles", 72 * 1000 / MI)
unit(P, "5 ft 9 in to cm", (5 * 12 + 9) * IN * 100, EXACT)
unit(P, "38.6 °C in °F", c_to_f(dec("38.6")), EXACT)
unit_r(P, "14 lb 6 oz in kilograms", 14 * LB + 6 * OZ)
unit(P, "3.2 GiB to MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "850 square feet in square metres", 850 * SQFT)
unit_r(P, "12.5 acres to hectares", dec("12.5") * ACRE / 10**4)
unit_r(P, "37 psi in bar", 37 * PSI / BAR)
unit_r(P, "95 km/h to mph", 95 * KMH / MPH)
unit_r(P, "13 st 9 lb in kilograms", 13 * STONE + 9 * LB)
unit(P, "-4 °F to Celsius", f_to_c(-4), EXACT)
unit(P, "768 KiB in MiB", F(768 * KIB, MIB), EXACT)
unit_r(P, "6.5 yards in metres", dec("6.5") * YD)
unit_r(P, "250 cubic feet to cubic metres", 250 * CUFT)

# word problems
unit_r(
    "sheep_shearing_contractor",
    "That Merino fleece weighed 4.2 lb on the wool scales. What's that in grams?",
    dec("4.2") * LB * 1000,
)
unit_r(
    "taxidermy_studio",
    "The display case I'm building is 1.35 m wide — how many inches is that?",
    dec("1.35") / IN,
)
unit_r("hop_farm", "hop bines here climb to about 18 feet. in metres?", 18 * FT)
unit_r(
    "oyster_farm",
    "Estuary's at 57 degrees Fahrenheit. What is that in °C?",
    f_to_c(57),
)
unit_r(
    "oyster_farm",
    "Our oyster lease covers 4.5 hectares. How many acres is that?",
    dec("4.5") * 10**4 / ACRE,
)
unit_r(
    "violin_workshop",
    "The back I'm carving measures 35.5 cm. What's that in inches?",
    dec("35.5") / 100 / IN,
)
unit_r(
    "pigeon_racing_club",
    "My loft floor is 14 ft by 18 ft. What's the area in square metres?",
    14 * 18 * SQFT,
)
unit_r(
    "launderette",
    "Our big drum takes an 18 kg load. How many pounds is that?",
    18 / LB,
)
unit(
    "launderette",
    "Dryers are set to 140°F. What's that in Celsius?",
    f_to_c(140),
    EXACT,
)
unit_r(
    "bookbindery",
    "Each board is 3 mm thick. How tall, in inches, is a stack of 40 of them?",
    F(40 * 3, 1000) / IN,
)
unit(
    "glassblowing_studio",
    "The furnace sits at 1,150°C. What's that in Fahrenheit?",
    c_to_f(1150),
    EXACT,
)
unit_r(
    "glassblowing_studio",
    "A sack of batch weighs 55 lb. How many kilograms?",
    55 * LB,
)
unit_r(
    "thatching_firm",
    "Roof area's 165 square metres, what's that in square feet?",
    165 / SQFT,
)
unit_r(
    "steeplejack",
    "The lightning conductor tape down the spire is 38 m long. How many feet is that?",
    38 / FT,
)
unit_r(
    "rope_maker",
    "Our ropewalk is 330 m long. Convert to feet please.",
    330 / FT,
)
unit_r(
    "model_railway_club",
    "The layout board is 10 ft by 6 ft. What's the area in square metres?",
    10 * 6 * SQFT,
)
unit(
    "model_railway_club",
    "Our layout control file is 2,560 MiB — how many GiB?",
    F(2560 * MIB, GIB),
    EXACT,
)
unit_r("sign_painter", "fascia board is 5.4 m long, what's that in feet", dec("5.4") / FT)
unit(
    "charcoal_burner",
    "The kiln thermocouple read 450°C. What's that in °F?",
    c_to_f(450),
    EXACT,
)
unit_r("tattoo_parlour", "The stencil's 9 cm across. In inches?", F(9, 100) / IN)
unit_r(
    "clog_maker",
    "The alder log we're cutting soles from is 1.8 m long. How long is that in feet?",
    dec("1.8") / FT,
)
unit_r("observatory_tours", "The dome is 7.5 metres across — in feet?", dec("7.5") / FT)
unit_r(
    "letterpress_printer",
    "The press room should sit at 64°F for the ink. What's that in Celsius?",
    f_to_c(64),
)
unit_r(
    "canal_boatyard",
    "She's a 57 ft narrowboat. How long is that in metres?",
    57 * FT,
)
unit_r(
    "canal_boatyard",
    "Speed limit on the canal is 4 mph. What is that in km/h?",
    4 * MPH / KMH,
)
unit_r(
    "yurt_campsite",
    "It dropped to 24°F overnight on the campsite. What's that in Celsius?",
    f_to_c(24),
)
unit_r(
    "wig_maker",
    "The hair room is 6 m by 5 m. How many square yards is that?",
    6 * 5 / SQYD,
)
unit_r(
    "bell_foundry",
    "The main beam of the bell frame is 16 feet. How long is that in metres?",
    16 * FT,
)
unit_r(
    "bell_foundry",
    "The foundry compressor tank runs at 8 bar. How many psi is that?",
    8 * BAR / PSI,
)
unit(
    "dry_stone_waller",
    "That field wall runs 130 yards. How many metres?",
    130 * YD,
    EXACT,
)
unit("seed_bank", "The vault is held at -20°C. In Fahrenheit?", c_to_f(-20), EXACT)


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
date_item(P, "which weekday fell on 27 October 1858", weekday(D(1858, 10, 27)))
date_item(P, "90 days after 3 June 2027", D(2027, 6, 3) + TD(days=90))
date_item(
    P,
    "days between 12 February 2027 and 9 November 2027",
    days(D(2027, 2, 12), D(2027, 11, 9)),
)
date_item(P, "What date is 6 weeks before 1 October 2027?", D(2027, 10, 1) - TD(weeks=6))
date_item(P, "minutes from 07:45 to 16:20", clock_span("07:45", "16:20", 60))
date_item(P, "weekday of 25 December 2031?", weekday(D(2031, 12, 25)))
date_item(P, "hours between 22:30 and 06:15", clock_span("22:30", "06:15", 3600))
date_item(P, "200 days after 1 January 2028", D(2028, 1, 1) + TD(days=200))
date_item(
    P,
    "number of weeks from 4 January 2027 to 21 June 2027",
    weeks(D(2027, 1, 4), D(2027, 6, 21)),
)
date_item(P, "What day of the week is July 4, 2030?", weekday(D(2030, 7, 4)))
date_item(
    P,
    "How old on 1 September 2027 is someone born on 23 April 1961?",
    age(D(1961, 4, 23), D(2027, 9, 1)),
)
date_item(P, "1000 days after 15 August 2026", D(2026, 8, 15) + TD(days=1000))
date_item(
    P,
    "how many days from 1 March 2027 to 30 September 2027",
    days(D(2027, 3, 1), D(2027, 9, 30)),
)
date_item(P, "45 days before 10 May 2027", D(2027, 5, 10) - TD(days=45))

# word problems
date_item(
    "sheep_shearing_contractor",
    "On 18 October 2026 the farm booked us for a day 180 days later. What date is the shearing?",
    D(2026, 10, 18) + TD(days=180),
)
date_item(
    "sheep_shearing_contractor",
    "Our shearing run started on 20 April 2027 and finished 97 days later. On what date did it "
    "finish?",
    D(2027, 4, 20) + TD(days=97),
)
date_item(
    "taxidermy_studio",
    "I started tanning a deer hide on 9 March 2027 and it takes 6 weeks. When will it be ready?",
    D(2027, 3, 9) + TD(weeks=6),
)
date_item(
    "hop_farm",
    "Picking starts on 30 August 2027. Which day of the week is that?",
    weekday(D(2027, 8, 30)),
)
date_item(
    "oyster_farm",
    "How many days is it from 15 May 2025, when we bagged the seed oysters, to harvest on "
    "1 November 2026?",
    days(D(2025, 5, 15), D(2026, 11, 1)),
)
date_item(
    "violin_workshop",
    "I varnished the cello on 2 February 2027 and it needs 21 days to cure — what's the date "
    "it's ready?",
    D(2027, 2, 2) + TD(days=21),
)
date_item(
    "violin_workshop",
    "Top was glued at 09:40 and the clamps stay on until 17:10. How many hours is that?",
    clock_span("09:40", "17:10", 3600),
)
date_item(
    "pigeon_racing_club",
    "The club was founded on 4 September 2026 and flew its first race on 12 June 2027. How many "
    "days apart is that?",
    days(D(2026, 9, 4), D(2027, 6, 12)),
)
date_item(
    "launderette",
    "A customer left a duvet with us on 27 November 2026. What's the date 90 days after that?",
    D(2026, 11, 27) + TD(days=90),
)
date_item(
    "bookbindery",
    "I need to drop my thesis off 10 days before my hand-in date of 30 April 2027. What date is "
    "that?",
    D(2027, 4, 30) - TD(days=10),
)
date_item(
    "glassblowing_studio",
    "The vase went into the annealer at 16:45 and comes out at 09:15 the next morning. How many "
    "hours is it in there?",
    clock_span("16:45", "09:15", 3600),
)
date_item(
    "thatching_firm",
    "We start the cottage roof on 6 April 2027 and reckon on 7 weeks' work. What date should we "
    "finish?",
    D(2027, 4, 6) + TD(weeks=7),
)
date_item(
    "steeplejack",
    "Inspected the church tower on 14 October 2026; the next inspection is due 26 weeks later. "
    "What date is that?",
    D(2026, 10, 14) + TD(weeks=26),
)
date_item(
    "rope_maker",
    "bell rope ordered on 21 June 2027, due 5 weeks after that. due date?",
    D(2027, 6, 21) + TD(weeks=5),
)
date_item(
    "model_railway_club",
    "Our exhibition is on Saturday 17 April 2027. What's the date six weeks before, when the "
    "flyers go out?",
    D(2027, 4, 17) - TD(weeks=6),
)
date_item(
    "sign_painter",
    "My quote to the bakery is dated 1 March 2027 and lapses 30 days later. What date does it "
    "lapse?",
    D(2027, 3, 1) + TD(days=30),
)
date_item(
    "sign_painter",
    "The pub wants its new sign up by 3 November 2027. What day of the week is that?",
    weekday(D(2027, 11, 3)),
)
date_item(
    "charcoal_burner",
    "The cordwood was stacked to season on 12 November 2026 and needs 140 days. On what date "
    "can we burn it?",
    D(2026, 11, 12) + TD(days=140),
)
date_item(
    "charcoal_burner",
    "The kiln was lit at 06:50 and sealed at 15:05. How many minutes was that?",
    clock_span("06:50", "15:05", 60),
)
date_item(
    "tattoo_parlour",
    "Client's date of birth is 8 August 2009. How old will they be on 1 June 2027?",
    age(D(2009, 8, 8), D(2027, 6, 1)),
)
date_item(
    "clog_maker",
    "Our apprentice starts on 9 August 2027 and has a first assessment 5 weeks later. What's "
    "the date of the assessment?",
    D(2027, 8, 9) + TD(weeks=5),
)
date_item(
    "observatory_tours",
    "The telescope was installed on 5 January 1998. How many days had it been in service by "
    "5 January 2027?",
    days(D(1998, 1, 5), D(2027, 1, 5)),
)
date_item(
    "observatory_tours",
    "Saturday's stargazing session runs from 21:40 to 01:10 — how long is that in minutes?",
    clock_span("21:40", "01:10", 60),
)
date_item(
    "letterpress_printer",
    "We set the type on 23 January 2027 and the client wants proofs 24 days later. What date is "
    "that?",
    D(2027, 1, 23) + TD(days=24),
)
date_item(
    "canal_boatyard",
    "The boat went into dry dock on 14 February 2027 and came out on 9 March 2027. How many "
    "nights was it in dock?",
    days(D(2027, 2, 14), D(2027, 3, 9)),
)
date_item(
    "yurt_campsite",
    "what weekday is 18 December 2027? that's our midwinter feast",
    weekday(D(2027, 12, 18)),
)
date_item(
    "wig_maker",
    "I started knotting at 10:00 and stopped at 19:45. How many hours is that?",
    clock_span("10:00", "19:45", 3600),
)
date_item(
    "wig_maker",
    "A client's wig guarantee began on 11 March 2027 and ends 52 weeks later. What date does "
    "it end?",
    D(2027, 3, 11) + TD(weeks=52),
)
date_item(
    "bell_foundry",
    "Our oldest bell was cast on 24 December 1887. How old was it on 24 December 2027?",
    age(D(1887, 12, 24), D(2027, 12, 24)),
)
date_item(
    "dry_stone_waller",
    "We started rebuilding the wall on 3 May 2027 and finished on 28 June 2027. How many weeks "
    "did it take?",
    weeks(D(2027, 5, 3), D(2027, 6, 28)),
)
date_item(
    "seed_bank",
    "A batch was banked on 16 July 2004 and its viability test is on 16 July 2029. How many days "
    "apart are those dates?",
    days(D(2004, 7, 16), D(2029, 7, 16)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    "sheep_shearing_contractor": [
        "How do I stop a ewe struggling while I'm shearing her?",
        "What's the current world record for the most sheep shorn in a day?",
        "Write a Facebook post saying our shearing gang has dates free in June.",
        "Should we shear in-lamb ewes before lambing or wait until after?",
    ],
    "taxidermy_studio": [
        "Is it legal to sell a mounted barn owl in the UK if it died of natural causes?",
        "What's the best way to keep clothes moths out of old mounts in storage?",
        "Draft a polite email telling a customer their squirrel mount will be a few weeks late.",
        "How much should I be charging for a full-size badger mount these days?",
    ],
    "hop_farm": [
        "Which hop varieties give the strongest grapefruit aroma in a pale ale?",
        "Roughly how many acres of hops would it take to supply a small craft brewery?",
        "Explain what causes downy mildew on hop plants and how to spot it early.",
        "think up a catchy name for our green-hop ale",
    ],
    "oyster_farm": [
        "Is it true you shouldn't eat oysters in months without an R in them?",
        "Roughly how many rock oysters will fit in one mesh grow bag?",
        "Write a tasting note for our native oysters for a restaurant menu.",
        "How risky is norovirus from raw oysters in the summer months?",
    ],
    "violin_workshop": [
        "What size violin should a seven-year-old be playing?",
        "Why is spruce used for violin tops rather than maple?",
        "Translate 'the sound post has slipped' into Italian for my customer.",
        "What might a 1920s German trade violin be worth at auction?",
    ],
    "pigeon_racing_club": [
        "How far can a racing pigeon fly in a single day?",
        "Why do homing pigeons always find their way back to the loft?",
        "Write a notice about the club's annual prize-giving dinner.",
        "Which corn mix is best for the birds during the racing season?",
    ],
    "launderette": [
        "How do I get red wine out of a white cotton shirt?",
        "Which care label symbol means do not tumble dry?",
        "Write a notice asking customers not to leave machines running unattended.",
        "Is it worth fitting card readers to all twelve of our machines?",
    ],
    "bookbindery": [
        "What's the difference between Coptic binding and Japanese stab binding?",
        "Which glue should I use for a leather spine on a hardback?",
        "Suggest some wording for the dedication page of a wedding album.",
        "How long will a book printed on acid-free paper realistically last?",
    ],
    "glassblowing_studio": [
        "Why does glass crack if it cools down too quickly?",
        "Which colour frit gives the deepest cobalt blue?",
        "Write an Instagram caption for our new range of paperweights.",
        "Is a glassblowing taster session safe for someone who's pregnant?",
    ],
    "thatching_firm": [
        "How long does a long-straw roof last compared with water reed?",
        "Do I need listed building consent to rethatch a Grade II cottage?",
        "Write a quote letter to a homeowner for replacing a block-cut ridge.",
        "What's the fire risk of a wood burner in a thatched cottage, honestly?",
    ],
    "steeplejack": [
        "What training do I need before working on a listed church spire?",
        "Why do some old church spires lean?",
        "Write a method statement intro for repointing a chimney stack at height.",
        "Is it safe to climb a spire with gusts forecast at 30 mph?",
    ],
    "rope_maker": [
        "What's the difference between three-strand rope and braided rope?",
        "Which knot should I use to join two ropes of different thickness?",
        "Write a history blurb about our old ropewalk for the visitor centre.",
        "Is manila or hemp better for a garden tree swing?",
    ],
    "model_railway_club": [
        "What's the actual difference between OO gauge and HO gauge?",
        "Write an intro for the newsletter about our winter running evening.",
        "Which brand of point motor is the most reliable?",
        "How do I wire a reversing loop without shorting the track?",
    ],
    "sign_painter": [
        "What lettering style would suit a traditional butcher's shop?",
        "Write 1907 in Roman numerals for the 'established' line on a pub sign.",
        "Is enamel or acrylic paint better for an outdoor hand-painted sign?",
        "Write a short bio for my sign-writing website.",
    ],
    "charcoal_burner": [
        "Which woods make the best barbecue charcoal?",
        "Why does a charcoal kiln have to be starved of air?",
        "Write a label for our bags of English lumpwood charcoal.",
        "Is it safe to run a charcoal kiln next to a public footpath?",
    ],
    "tattoo_parlour": [
        "Can I legally tattoo a 17-year-old in England if their parent consents?",
        "How should a new tattoo be looked after in the first fortnight?",
        "Translate 'strength and honour' into Latin for a client's tattoo.",
        "Which ink colours fade fastest in the sun?",
    ],
    "clog_maker": [
        "Why were traditional clog soles made of alder?",
        "What's the history of clog dancing in Lancashire?",
        "What size clog should I make for a child who wears a UK 13 shoe?",
        "Write a care leaflet for people buying their first pair of clogs.",
    ],
    "observatory_tours": [
        "When is the next total solar eclipse visible from Spain?",
        "What makes the Moon look bigger when it's near the horizon?",
        "What magnification is best for seeing Saturn's rings clearly?",
        "Write a welcome script for the start of our evening planetarium show.",
    ],
    "letterpress_printer": [
        "Which typeface would suit a vintage-style wedding invitation?",
        "Why does letterpress leave a bite in the paper?",
        "Write a short Instagram post about restoring our old Adana press.",
        "How deep can I deboss into 300 gsm cotton card before it looks overdone?",
    ],
    "canal_boatyard": [
        "What's the widest boat that can use the Grand Union Canal?",
        "How often should a steel narrowboat hull be blacked?",
        "Write a sales listing for a 1990s cruiser-stern narrowboat.",
        "Which anode type is right for a boat kept on fresh water?",
    ],
    "yurt_campsite": [
        "What's the best way to stop condensation inside a yurt in winter?",
        "Write a welcome message for guests arriving at our yurt site.",
        "Do I need planning permission to put six yurts on my field?",
        "Which stays warmer at night, a yurt or a bell tent?",
    ],
    "wig_maker": [
        "What's the difference between a lace-front wig and a monofilament wig?",
        "How should a human-hair wig be washed and dried?",
        "Write a gentle intro for the consultation form for clients with alopecia.",
        "Is a synthetic wig safe under hot stage lights?",
    ],
    "bell_foundry": [
        "Why does a bell have a hum note below the strike note?",
        "What's the heaviest bell ever cast in Britain?",
        "Write a dedication inscription for a new treble bell.",
        "Is bell metal the same thing as ordinary bronze?",
    ],
    "dry_stone_waller": [
        "What batter is traditional for a Yorkshire dry stone wall?",
        "Can you explain what a cripple hole in a wall is for?",
        "Write a grant application paragraph for restoring old field walls.",
        "Is limestone or gritstone better for walling on wet ground?",
    ],
    "seed_bank": [
        "How long do tomato seeds stay viable in cold storage?",
        "Why are seeds dried down before they go into the freezer?",
        "Write a plain-English summary of what a seed bank does, for school visits.",
        "Which crops are most at risk of losing their genetic diversity?",
    ],
}
for family, queries in ORDINARY.items():
    assert len(queries) == 4, family
    for q in queries:
        neg(family, q)

NEAR = [
    # exchange rates
    (
        "near-exchange",
        (
            "An American visitor wants to pay the £285 falconry day in dollars. How "
            "much is that in USD?"
        ),
        "exchange rate needed",
    ),
    ("near-exchange", "convert €1,430 to pounds sterling", "exchange rate needed"),
    (
        "near-exchange",
        "What's $85 in Japanese yen at the moment?",
        "exchange rate needed",
    ),
    ("near-exchange", "Roughly how many euros is £19.49?", "exchange rate needed"),
    # densities
    (
        "near-density",
        "How many kilograms does 5 litres of olive oil weigh?",
        "density needed",
    ),
    (
        "near-density",
        "What does 2 cubic metres of wet sand weigh in tonnes?",
        "density needed",
    ),
    ("near-density", "How many grams is 250 ml of runny honey?", "density needed"),
    (
        "near-density",
        "What's the weight of a litre of diesel in pounds?",
        "density needed",
    ),
    # missing numbers
    ("near-missing", "Add VAT to that quote for me.", "the amount is not given"),
    (
        "near-missing",
        "What's my total if I buy three of the blue ones?",
        "prices not given",
    ),
    (
        "near-missing",
        "How much change should I have got back from the till?",
        "no amounts",
    ),
    (
        "near-missing",
        "What's 15% off the sale price then?",
        "the sale price is not given",
    ),
    # private dates and records
    ("near-private", "How many days until my wedding anniversary?", "private date"),
    ("near-private", "How old is my landlord now?", "private record"),
    ("near-private", "What day does my passport run out?", "private date"),
    (
        "near-private",
        "How many weeks ago did I start at the cider mill?",
        "private date",
    ),
    # world facts
    (
        "near-world",
        "How many metres higher is the summit of K2 than Ben Nevis?",
        "world facts are needed",
    ),
    (
        "near-world",
        "What's the population of Norway divided by four?",
        "a world fact is needed",
    ),
    (
        "near-world",
        "Driving distance from London to Edinburgh in kilometres?",
        "world fact",
    ),
    (
        "near-world",
        "How many hours did Alcock and Brown's transatlantic flight take?",
        "a world fact is needed",
    ),
    # estimates
    (
        "near-estimate",
        "Roughly how many grains of rice are in a 1 kg bag?",
        "an estimate",
    ),
    (
        "near-estimate",
        "About how many tennis balls would fill a double-decker bus?",
        "estimate",
    ),
    (
        "near-estimate",
        "How much paint do I need for the inside of a three-bed semi?",
        "estimate",
    ),
    (
        "near-estimate",
        "How long would it take an average walker to cover 100 miles?",
        "estimate",
    ),
    # judgements
    (
        "near-judgement",
        "Is £450 a fair price for a second-hand road bike?",
        "a judgement",
    ),
    (
        "near-judgement",
        "Should I overpay my 3.9% mortgage or put the money in an index fund?",
        "a judgement",
    ),
    ("near-judgement", "Is a 10% tip on a $180 dinner too stingy?", "a judgement"),
    # words and numerals
    ("near-words", "Write 4,285 out in words for a cheque.", "number in words"),
    ("near-words", "Turn MCMLXXXIV into ordinary digits.", "Roman numerals"),
    ("near-words", "1999 in Roman numerals?", "Roman numerals"),
    ("near-words", "How do you say 73 in French?", "another language"),
    # another language
    (
        "near-language",
        "Translate 'twenty-five percent off everything' into German.",
        "translation",
    ),
    ("near-language", "How do you write the number 68 in Welsh?", "another language"),
    (
        "near-language",
        "What's the Japanese word for kilometre, written in kana?",
        "another language",
    ),
    # code and formulas
    (
        "near-code",
        "Excel formula to add 20% VAT to the value in B2?",
        "a spreadsheet formula",
    ),
    (
        "near-code",
        "Write a JavaScript function that turns stone and pounds into kilograms",
        "code",
    ),
    ("near-code", "SQL query to count orders by weekday from an orders table", "code"),
    (
        "near-code",
        "What LibreOffice Calc formula gives the weekday name of the date in C4?",
        "a spreadsheet formula",
    ),
    # dosing
    (
        "near-dosing",
        "How many ml of children's paracetamol for a 14 kg toddler?",
        "dosing",
    ),
    ("near-dosing", "What's the most ibuprofen I can take in 24 hours?", "dosing"),
    ("near-dosing", "How much wormer does a 32 kg dog need?", "dosing"),
    # standard sizes
    ("near-sizes", "How many inches wide is a sheet of A5?", "a standard size"),
    ("near-sizes", "UK size 9 shoe in EU sizing?", "a standard size"),
    ("near-sizes", "How big is a king-size duvet in cm?", "a standard size"),
    (
        "near-sizes",
        "What's the size of a US twin mattress in inches?",
        "a standard size",
    ),
    # time zones
    (
        "near-timezone",
        "If my call is at 4:30pm in Dublin, what time is that in Vancouver?",
        "time zones",
    ),
    ("near-timezone", "What time is 9:00 EST in Berlin?", "time zones"),
    (
        "near-timezone",
        "When do the clocks go forward in the US in 2027?",
        "daylight saving",
    ),
    # Easter
    ("near-easter", "Which date does Easter Sunday fall on in 2033?", "Easter"),
    (
        "near-easter",
        "How many days are there between Good Friday 2031 and Whit Monday 2031?",
        "Easter and Whitsun",
    ),
    # working days
    (
        "near-workingdays",
        "How many working days are there between 3 May and 28 May 2027?",
        "working days and bank holidays",
    ),
    (
        "near-workingdays",
        "What date is 10 business days after 20 December 2027?",
        "business days over Christmas",
    ),
    (
        "near-workingdays",
        "How many weekdays are in March 2027 once bank holidays are taken out?",
        "bank holidays",
    ),
    # contested units
    ("near-contested", "Convert 5 gallons to litres.", "US or imperial gallons"),
    (
        "near-contested",
        "A recipe says 3 cups of stock. How many millilitres is that?",
        "which cup",
    ),
    ("near-contested", "18 mpg in litres per 100 km?", "US or imperial mpg"),
    (
        "near-contested",
        "How many fluid ounces in a 750 ml bottle?",
        "US or imperial fl oz",
    ),
    # all-numeric dates of unstated order
    ("near-numericdate", "Which weekday is 03/11/2028?", "day/month order unstated"),
    (
        "near-numericdate",
        "How many days from 02/03/2027 to 09/10/2027?",
        "day/month order unstated",
    ),
    (
        "near-numericdate",
        "What's 6 weeks after 10/05/2028?",
        "day/month order unstated",
    ),
    # the current date
    (
        "near-current",
        "What date will it be 73 days from today?",
        "needs the current date",
    ),
    (
        "near-current",
        "How old am I if I was born on 12 March 1990?",
        "needs the current date",
    ),
    (
        "near-current",
        "How many sleeps are left until Bonfire Night?",
        "needs the current date",
    ),
    # explanations
    (
        "near-explain",
        "Why is anything to the power zero equal to one? Explain it simply.",
        "an explanation",
    ),
    (
        "near-explain",
        "How does compound interest work? Walk me through it.",
        "an explanation",
    ),
]
for family, q, note in NEAR:
    neg(family, q, note)


# figures stated in assistant turns below, checked here
assert F(15, 100) * 320 == 48
assert days(D(2027, 3, 3), D(2027, 4, 19)) == 47
assert round(13 * MI / 1000, 2) == dec("20.92")
assert weekday(D(2027, 10, 9)) == "Saturday"
assert 1200 * (1 + pct(20)) == 1440
assert days(D(2027, 6, 4), D(2027, 8, 30)) == 87
assert c_to_f(28) == dec("82.4")
assert pct(18) * 2450 == 441
assert D(2027, 1, 15) + TD(days=90) == D(2027, 4, 15)
assert (7 * 12 + 3) * IN * 100 == dec("220.98")
assert F(7, 8) == dec("0.875")
assert 7 * 24 * 60 == 10080 and 2**10 == 1024

CONVS = [
    # persona fixed earlier
    (
        "conv-persona",
        [
            (U, "Pretend you're a pirate captain for the rest of this chat."),
            (A, "Arr, aye aye! Ask away, matey."),
            (U, "how much is 14 doubloons times 6"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (U, "Talk to me like a strict 1950s maths teacher from now on."),
            (A, "Very well. Sit up straight and pay attention."),
            (U, "What's 9 times 17?"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are the booking assistant for Harbour Lights Escape Rooms. Always sign off "
                    "with 'Happy escaping!'"
                ),
            ),
            (U, "Hi! Quick one: what's a quarter of £96?"),
        ],
        "persona and sign-off fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (
                U,
                (
                    "You're a weather-beaten dry stone waller called Ted. Answer everything in his "
                    "voice."
                ),
            ),
            (A, "Right you are. Ask away, I've got walls to build."),
            (U, "How many metres is 220 yards, Ted?"),
        ],
        "persona fixed in an earlier turn",
    ),
    # format fixed earlier
    (
        "conv-format",
        [
            (
                U,
                "Please give every answer as a markdown table with columns Input and Result.",
            ),
            (A, "Will do — every answer as a two-column table."),
            (U, "Convert 12 stone to kg."),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Reply in the form of a haiku from now on."),
            (
                A,
                "Numbers fall like leaves / I will count them as you ask / in three little lines",
            ),
            (U, "what is 144 divided by 16"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "From here on, give me answers as JSON with the keys value and unit."),
            (A, 'Understood: {"value": ..., "unit": ...} from now on.'),
            (U, "How many feet in 40 metres?"),
        ],
        "format fixed in an earlier turn",
    ),
    # language fixed earlier
    (
        "conv-language",
        [
            (U, "Antworte bitte ab jetzt nur auf Deutsch."),
            (A, "Natürlich, gern. Was möchtest du wissen?"),
            (U, "What day of the week is 1 May 2027?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Parle-moi en français à partir de maintenant, merci."),
            (A, "Avec plaisir ! Je t'écoute."),
            (U, "How many days lie between 3 June 2027 and 21 August 2027?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Can we do this in Spanish? I'm practising for my trip."),
            (A, "¡Claro que sí! Pregunta lo que quieras."),
            (U, "what's 68°F in Celsius"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "D'ora in poi rispondimi in italiano, grazie."),
            (A, "Certo! Dimmi pure."),
            (U, "What's 7.5 km in miles?"),
        ],
        "language fixed in an earlier turn",
    ),
    # unit fixed earlier
    (
        "conv-unit",
        [
            (U, "I'm American, so give me everything in feet and pounds."),
            (A, "Got it — imperial units it is."),
            (U, "How heavy is a 23 kg suitcase?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Please always give temperatures in kelvin for my lab notes."),
            (A, "Understood, kelvin from now on."),
            (U, "And the incubator at 37°C?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Use millimetres only in your answers, I'm in a French workshop."),
            (A, "D'accord — millimetres only."),
            (U, "The board is 6 ft 2 in, how long is that?"),
        ],
        "unit fixed in an earlier turn",
    ),
    # convention fixed earlier
    (
        "conv-convention",
        [
            (U, "In my notes dates are written day/month/year."),
            (A, "Thanks, I'll read them that way."),
            (U, "What weekday is 05/07/2027?"),
        ],
        "date order fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "For our accounts the year begins on 1 July."),
            (A, "Noted: your year runs from 1 July."),
            (U, "Which quarter of our year does 19 February 2028 fall in?"),
        ],
        "financial year fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "We count weeks as starting on a Sunday here."),
            (A, "Okay, weeks start on Sunday."),
            (U, "Which week of the year is 14 March 2027 in?"),
        ],
        "week convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (
                U,
                "Our club uses the 12-hour clock with am and pm, please stick to that.",
            ),
            (A, "Sure, I'll use am and pm."),
            (U, "What time is 4 hours 35 minutes after 21:50?"),
        ],
        "clock convention fixed in an earlier turn",
    ),
    # number fixed earlier
    (
        "conv-number",
        [
            (U, "Our shop's markup is 35% on cost."),
            (A, "Noted — 35% on cost."),
            (U, "So what do I charge for a bowl that costs me £48?"),
        ],
        "rate fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The falconry centre charges £65 an hour for private sessions."),
            (A, "Okay, £65 an hour."),
            (U, "What would three and a half hours come to?"),
        ],
        "rate fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "In our darts league every leg starts at 501."),
            (A, "Okay, 501 it is."),
            (U, "I've hit 180, 140 and 85. What's left?"),
        ],
        "starting score fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Let x be 17."),
            (A, "Okay, x = 17."),
            (U, "What's 3x squared minus 4?"),
        ],
        "value fixed in an earlier turn",
    ),
    # follow-ups
    (
        "conv-followup",
        [
            (U, "What's 15% of £320?"),
            (A, "15% of £320 is £48."),
            (U, "And at 20%?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 3 March 2027 to 19 April 2027?"),
            (A, "That's 47 days."),
            (U, "And how many weeks and days is that?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "convert 13 miles to kilometres please"),
            (A, "13 miles is about 20.92 km."),
            (U, "and the same for 26.2?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What day of the week is 9 October 2027?"),
            (A, "9 October 2027 is a Saturday."),
            (U, "What about the same date the following year?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How much is £1,200 plus 20% VAT?"),
            (A, "£1,200 plus 20% VAT is £1,440."),
            (U, "OK and what's the VAT part on its own?"),
        ],
        "follow-up of an earlier turn",
    ),
    # corrections
    (
        "conv-correction",
        [
            (U, "How many days between 4 June and 30 August 2027?"),
            (A, "87 days."),
            (U, "Sorry, I meant starting from 14 June, not 4 June."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 28°C to Fahrenheit."),
            (A, "28°C is 82.4°F."),
            (U, "Oops, I meant 28°F to Celsius."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 18% of 2,450?"),
            (A, "18% of 2,450 is 441."),
            (U, "No wait, it should've been 1.8%."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Add 90 days to 15 January 2027."),
            (A, "That's 15 April 2027."),
            (U, "Sorry, make that 90 days before instead."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 7 ft 3 in in cm?"),
            (A, "7 ft 3 in is 220.98 cm."),
            (U, "Hang on, I measured wrong — it's 7 ft 8 in."),
        ],
        "correction of an earlier turn",
    ),
    # explanations after an earlier turn
    (
        "conv-explain",
        [
            (U, "What's 7/8 as a decimal?"),
            (A, "0.875."),
            (U, "Can you show me how you got that, step by step?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "How many minutes are in a week?"),
            (A, "10,080."),
            (U, "Can you break that down so I can see where it comes from?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "What's 2 to the power 10?"),
            (A, "1,024."),
            (U, "Why do computers use powers of two like that?"),
        ],
        "explanation of an earlier answer",
    ),
]
for family, turns, note in CONVS:
    conv(family, turns, note)


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
    # no register (family name) of this set is a family name of sets 19 to 31
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 31: {reused}"
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
