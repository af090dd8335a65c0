r"""Generate heldout-2027-01-06.jsonl: a thirty-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_33.py, by `sed -n`: lines 1-300
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 495-555 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 740-804 (its date helpers, date_item() and weeks()), 996-1004
(its section header, neg() and conv()) and 1822-2046 (its stated-weekday check, its checks and
main()), plus one `grep -n "^def \|^[A-Z_]* = \|^# ===="` of it (def lines, top-level constant
names such as P, ORDINARY, NEAR and CONVS with their line numbers, section headers) and one `wc -l`
of it (2046 lines), run together in one command. None of its query blocks was opened. Nothing
else under /work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/
(apart from grading.py) or tests/ (apart from that one generator), and not README.md. The only
other uses of /work/main were running /work/main/.venv/bin/ruff from /work/main, and `test -d
/work/main/tests/data/router_heldout/__pycache__` after the runs of this generator (it printed
that no such directory exists: no bytecode was written there). /work/sealed22 to /work/sealed33
were not looked at. The earlier generators (sets 1-33) are only imported, in memory, by this
file's main() for the duplicate and register checks; no other script imported them. Their queries
were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids and expected values were
read), no git command was run, no network was used, and neither the router nor the bench nor the
tests were run.

What was run: the `cat`, `wc -l`, `grep -n`, `sed -n` and `test -d` above; one command of `date`,
`ls /tmp | grep -c h34` (0), `ls -d /work/sealed34` (absent), `mkdir -p` of /tmp/h34 and
/work/sealed34, `ls -la /work/sealed34` and `python3 --version`; a small `python3` script
(/tmp/h34/copy.py, written by a `cat` heredoc) that read set 33 into memory and copied, by line
slicing restricted (asserted) to the allowed ranges, its lines 166-300 (from its `from __future__`
line, found by the script, to P = "plain"), 495-554, 740-803, 996-1003 and 1822-2046 into blocks
under /tmp/h34/blocks/, substituting this set's OUT, PREFIX, EARLIER_DIR test (make_heldout_33.py),
EARLIER (sets 1-33, `range(2, 34)`), REGISTER_CHECK (sets 19-33, adding make_heldout_33.py) and
"sets 19 to 32" -> "sets 19 to 33" in one comment and one message string of main() (it printed the
start line and how often each substitution applied: once each, twice for the last); `tail -3` and
`grep -n` of the copied blocks; `cat` heredocs that wrote this set's own blocks (calculator, unit,
date and negative query blocks, an assembly script /tmp/h34/assemble.py that builds this file by
concatenating the blocks and prints its line count, and this docstring, which replaced a one-line
placeholder written by `printf`); two `python3 -c` checks while writing (the weekdays of five
dates, two of them stated in queries, and three figures and two weekdays for assistant turns);
`python3` replace scripts that edited own blocks (replace_registers.py, replace_registers2.py,
reword1.py, reword2.py: the changes listed in the disclosures); after every assembly, from
/work/main as the working directory, `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --fix --unsafe-fixes --no-cache -q` on this file; `python3 -c` checks of the longest line of
this file (one printed the single own line over 100 characters); a `python3` script
(/tmp/h34/astcmp.py) that compared the syntax trees of the copied blocks with this file (all 102
copied top-level statements found unchanged); this generator itself, from /tmp as the working
directory (output cut by `tail` or filtered by `grep -v`; once with --show); `sha256sum` of the
JSONL; runs of this file with --digest; `ls -la /work/sealed34`; stdin `python3` scripts and a
`python3 -c` that edited, rewrapped and checked the line lengths of this docstring's block, and
`sed -n`, `tail -c` and `od -c` of it; and `rm -rf /tmp/h34` with `ls /tmp | grep -c h34`
afterwards. Writes: /work/sealed34/ was created for this file and its JSONL; temporary blocks and
scripts under /tmp/h34/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 33's main() and checks: only the substitutions listed above (file names, sets 1-33
for the duplicate check, sets 19-33 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 33's
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
turn, asserts on the numbers of ordinary, near-positive and conversation negatives as listed, and
an assert that the ordinary negatives use exactly the positive registers.

Disclosures: the kinds of item follow set 33's docstring and the brief on purpose (plain
one-liners of common operations; near-positive and conversation categories as the brief and set
33's docstring list them), and the helpers, unit factors and checks are set 33's, copied (P =
"plain" is copied too, as the last line of the first block). Set 33's docstring (within lines
1-300) names its registers, its provenance, set 32's line ranges, the generic kinds of its
reworded items (a plain date one-liner; current-date, exchange-rate, numeric-date and spreadsheet
near-positives; explanation, language and number conversations) and the generic kinds it quotes
from set 32's docstring (square root, pressure, speed, stone-and-pound and weekday one-liners;
code, contested-unit, current-date, Easter, explanation, numeric-date, standard-size, time-zone,
Roman-numeral and world-fact near-positives; convention, explanation, follow-up and language
conversations; power, feet-and-inches, temperature, binary data size and area one-liners; a
density near-positive), which were therefore seen; some plain one-liners and near-positives here
are of those same generic kinds, newly worded. The `grep -n` printed no docstring or query line;
it showed the line numbers of set 33's ORDINARY, NEAR and CONVS blocks (not read). At the edges
of the allowed ranges: line 300 is P = "plain", 495, 740 and 996 are section headers, 554 is the
last line of unit_r() and 555 is blank, 803 is the last line of weeks() and 804 is blank, 1003 is
the last line of conv() and 1004 is blank, 1822 is the comment above the stated-weekday pattern
and 2046 is the call of main(). No query text of any earlier set was seen. Every query here was
newly written from imagination of each trade. Registers of sets 1 to 18 are known here only
indirectly, so an overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or
user turn is ruled out by main(), and main() asserts that no register is a family name of sets 19
to 33 (the near-.../conv-... families are not registers and may coincide with earlier family
names).
Register check: main()'s register assertion failed twice. The first run reported 12 of the 25
first-chosen registers as family names of sets 19 to 33 (alpaca_farm, bell_foundry,
chimney_sweep, clog_maker, curling_club, dry_stone_waller, falconry_centre, letterpress_printer,
organ_builder, puppet_theatre, rope_maker, taxidermy_studio); they were replaced by fletcher,
scrimshaw_carver, hedge_layer, harpsichord_maker, charcoal_burner, ice_sculptor, gilder,
osier_grower, knife_grinder, net_maker, besom_maker and sand_yacht_club, all their positives and
ordinary negatives being dropped and new ones written for the new trades (replace_registers.py).
The second run reported charcoal_burner and hedge_layer as taken too; they were replaced by
lime_burner and wattle_hurdle_maker, again with newly written items (replace_registers2.py). The
third run passed the register check. (One conversation's persona is a clog maker; that is not a
register.)
Own items reworded after main()'s duplicate check reported them by id (16 items; reworded without
the earlier queries being looked at and without knowing which turn of a conversation had matched):
round one (reword1.py): two plain calculator one-liners (a mean and a fraction of a number; new
figures), one plain date one-liner (a clock span; new times and value); six near-positives (two
current-date, one Easter, two numeric-date and one world-fact); seven conversations (two
convention, one explanation, one follow-up, two language and one unit; every user turn of each
was reworded, and the assistant turns of the explanation and follow-up conversations changed with
their new figures, whose asserts were updated). Round two (reword2.py): the Easter near-positive
was reported again and reworded a second time. The next run passed. Other own edits while
writing, before or apart from those checks: one conversation's system turn was split over two
source lines to keep within 100 characters.

Registers (families), 25, new: balloon_pilot, besom_maker, bonsai_nursery, canal_lock_keeper,
cave_diving_school, fletcher, gilder, harpsichord_maker, ice_sculptor, kite_maker, knife_grinder,
lime_burner, luthier_workshop, meadery, milliner, net_maker, osier_grower, paper_marbler,
planetarium, sand_yacht_club, scrimshaw_carver, seaweed_forager, sign_writer,
wattle_hurdle_maker, weathervane_smith. None is in set 33's list; none is among the names found
taken above. Every register is used by all three tools (asserted); eighteen registers have a
fourth positive (a second calculator word problem: canal_lock_keeper, fletcher,
harpsichord_maker, lime_burner, scrimshaw_carver, wattle_hurdle_maker; a second unit word
problem: gilder, ice_sculptor, kite_maker, knife_grinder, net_maker, osier_grower; a second date
word problem: besom_maker, cave_diving_school, milliner, planetarium, seaweed_forager,
weathervane_smith). Positives are one-liners (family "plain") or word problems of one to three
sentences in UK and US usage with £, $ and €, some chatty, terse or lower-case. No positive
conversations. No dosing in positives.

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

Left out entirely (their grading is contested), as in set 33: US vs imperial pints / cups /
gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes in positives,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and daylight
saving, Easter, working days, "within N days", and anything depending on the current date (no
"now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive (each
is the difference of the two dates, and queries are worded as a difference), and clock spans run
from one stated time to the next occurrence of the other (two cross midnight). Quantities
bought or filled whole are rounded up (asserted to be fractional before rounding). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note"
as above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at
most three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO
"YYYY-MM-DD", weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 33):
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

Run:  python3 make_heldout_34.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-06.jsonl"
PREFIX = "ho34-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_33.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 34))
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


# plain one-liners (calculator)
calc(P, "What is 4,318 × 27?", 4318 * 27)
calc(P, "17.5% of 3,288", pct("17.5") * 3288)
calc(P, "square root of 7921", 89)
calc(P, "(1,245 + 3,870) / 15 = ?", F(1245 + 3870, 15))
calc(P, "what's 2.5 cubed", dec("2.5") ** 3)
calc(P, "9,876 minus 4,329.75", 9876 - dec("4329.75"))
calc(P, "Reduce 640 by 12.5 percent.", 640 * (1 - pct("12.5")))
calc(P, "73 squared minus 48 squared?", 73**2 - 48**2)
calc(P, "864 ÷ 0.32", 864 / dec("0.32"))
calc(P, "Average of 17, 26, 38, 45, 59?", F(17 + 26 + 38 + 45 + 59, 5))
calc(P, "Calculate 13% of 4,250.", pct(13) * 4250)
calc(P, "What's 5/16 of 2,768?", F(5, 16) * 2768)
calc(P, "58.4 * 0.65", dec("58.4") * dec("0.65"))
calc(P, "63 is what percentage of 840?", F(63, 840) * 100)

# word problems (calculator)
calc(
    "canal_lock_keeper",
    "Visitor moorings are £8.40 a night. A narrowboat stayed 17 nights and stays over a "
    "fortnight get 15% off — what do they owe?",
    dec("8.40") * 17 * (1 - pct(15)),
)
calc(
    "canal_lock_keeper",
    "logged 1,284 lockages over 107 days at the flight. average per day?",
    F(1284, 107),
)
calc(
    "kite_maker",
    "Ripstop nylon is £7.20 a metre and each delta kite uses 1.35 m. What does the fabric for "
    "48 kites cost?",
    dec("7.20") * dec("1.35") * 48,
)
calc(
    "planetarium",
    "The dome refit budget is €48,000 and 37.5% of it went on the new projector. How much is "
    "left for everything else?",
    48000 * (1 - pct("37.5")),
)
calc(
    "seaweed_forager",
    "I sell dried dulse at £4.80 per 40 g bag. A restaurant wants 2.4 kg of it — what's their "
    "bill?",
    F(2400, 40) * dec("4.80"),
)
calc(
    "milliner",
    "For a sinamay fascinator, materials were £23.60 and labour 3.5 hours at £28. With a 40% "
    "markup on that, what's my selling price?",
    (dec("23.60") + dec("3.5") * 28) * (1 + pct(40)),
)
calc(
    "cave_diving_school",
    "Course fee is $1,150 plus 12 gas fills at $18.50, and early booking knocks 10% off the "
    "whole lot. What does the student pay?",
    (1150 + 12 * dec("18.50")) * (1 - pct(10)),
)
calc(
    "weathervane_smith",
    "copper sheet for a cockerel vane, 0.8 m by 0.45 m, priced at £62 per square metre — "
    "cost of the sheet?",
    dec("0.8") * dec("0.45") * 62,
)
calc(
    "bonsai_nursery",
    "Bought 64 juniper pre-bonsai at $17.25 each and sold the lot at $39.90 apiece. What's "
    "my gross profit?",
    64 * (dec("39.90") - dec("17.25")),
)
calc(
    "paper_marbler",
    "Marbled sheets are £6.50 each or twelve for £66. How much does each sheet save you "
    "if you buy the dozen?",
    dec("6.50") - F(66, 12),
)
calc(
    "meadery",
    "Honey is €11.40 a kilo and each 25-litre batch takes 7.5 kg. Honey cost for 6 batches?",
    dec("11.40") * dec("7.5") * 6,
)
calc(
    "balloon_pilot",
    "Flights are $289 a head. A group of 12 fills the basket and gets 15% off. What's the "
    "group's total?",
    289 * 12 * (1 - pct(15)),
)
calc(
    "sign_writer",
    "Transfer gold leaf is £38.50 a book of 25 leaves and this fascia will use 140 leaves. "
    "Buying whole books, what does the leaf cost me?",
    whole_up(F(140, 25)) * dec("38.50"),
)
calc(
    "luthier_workshop",
    "bought 18 European spruce guitar tops at $145 each, plus 6.5% sales tax. what did I pay "
    "in total?",
    18 * 145 * (1 + pct("6.5")),
)

calc(
    "fletcher",
    "Turkey feather fletchings are £0.35 each and every arrow takes three. What do the "
    "fletchings cost for 14 dozen arrows?",
    14 * 12 * 3 * dec("0.35"),
)
calc(
    "fletcher",
    "Cedar shafts are $48 a dozen and the club wants 90 arrows. Buying whole dozens, what do "
    "the shafts cost me?",
    whole_up(F(90, 12)) * 48,
)
calc(
    "scrimshaw_carver",
    "I charge $95 for the design plus $3.20 per square centimetre engraved. This piece has "
    "45 cm² of engraving — price?",
    95 + dec("3.20") * 45,
)
calc(
    "scrimshaw_carver",
    "Four pieces sold at the maritime fair for €420, €375, €260 and €185, and the fair takes "
    "12% commission. what do I keep",
    (420 + 375 + 260 + 185) * (1 - pct(12)),
)
calc(
    "harpsichord_maker",
    "The double has two 8-foot choirs of 61 strings plus a 4-foot choir of 61. Restringing "
    "at $4.75 a string, what's the wire cost?",
    3 * 61 * dec("4.75"),
)
calc(
    "harpsichord_maker",
    "My quote is £28,500, paid in stages of 30% and 45% with the rest on delivery. How much "
    "is due on delivery?",
    28500 * (1 - pct(30) - pct(45)),
)
calc(
    "ice_sculptor",
    "Swan centrepiece for a wedding: 2 blocks at £95, 6 hours of carving at £55 an hour and "
    "£60 delivery. What's the total?",
    2 * 95 + 6 * 55 + 60,
)
calc(
    "gilder",
    "For a frame regild I used 3.5 books of leaf at £42 a book and 4 hours' labour at £38. "
    "What's the bill?",
    dec("3.5") * 42 + 4 * 38,
)
calc(
    "osier_grower",
    "Sold 340 bolts of brown willow at £11.25 a bolt, less £420 for haulage. What did we clear?",
    340 * dec("11.25") - 420,
)
calc(
    "knife_grinder",
    "I charge £4.50 a knife and £6 for serrated ones. The restaurant dropped off 23 plain and "
    "8 serrated — what's their bill?",
    23 * dec("4.50") + 8 * 6,
)
calc(
    "net_maker",
    "A goal net takes me 14 hours to knot by hand. At $26 an hour plus $85 of twine, what do "
    "I charge?",
    14 * 26 + 85,
)
calc(
    "besom_maker",
    "My besoms are £16 each; the craft shop takes 35 with a 25% trade discount. What do they "
    "pay me?",
    35 * 16 * (1 - pct(25)),
)
calc(
    "sand_yacht_club",
    "Subs this season: 28 seniors at €140, 11 juniors at €60, and a €15 beach levy on every "
    "member. Total income?",
    28 * 140 + 11 * 60 + (28 + 11) * 15,
)

calc(
    "lime_burner",
    "A firing turns 2.4 tonnes of limestone into quicklime at 56% of the stone's weight. How "
    "many kilos of quicklime come out?",
    2400 * pct(56),
)
calc(
    "lime_burner",
    "bagging 1,344 kg of quicklime into 24 kg sacks at £6.85 a sack, what are the takings if "
    "every sack sells?",
    F(1344, 24) * dec("6.85"),
)
calc(
    "wattle_hurdle_maker",
    "A garden designer wants 180 m of hazel hurdle screening at £14.50 a metre, with 40% paid "
    "up front. How much is the deposit?",
    180 * dec("14.50") * pct(40),
)
calc(
    "wattle_hurdle_maker",
    "Hazel rods come in bundles of 40 and each hurdle eats 95 rods. How many bundles do I need "
    "for 3 hurdles?",
    whole_up(F(3 * 95, 40)),
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


# plain one-liners (units)
unit_r(P, "convert 68 miles to km", 68 * MI / 1000)
unit_r(P, "How many pounds is 83 kg?", 83 / LB)
unit(P, "-12 °C in Fahrenheit", c_to_f(-12), EXACT)
unit(P, "5 ft 11 in in centimetres", (5 * 12 + 11) * IN * 100, EXACT)
unit(P, "3.2 GiB in MiB?", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "How many square feet are in 45 square metres?", 45 / SQFT)
unit_r(P, "11 st 4 lb to kilograms", (11 * STONE + 4 * LB))
unit_r(P, "12 acres in hectares", 12 * ACRE / 10**4)
unit_r(P, "85 mph in km/h", 85 * MPH / KMH)
unit_r(P, "what's 2.4 bar in psi", dec("2.4") * BAR / PSI)
unit(P, "What is 329 °F in °C?", f_to_c(329), EXACT)
unit_r(P, "2.5 cubic metres in cubic feet", dec("2.5") / CUFT)
unit(P, "1,536 KiB = how many MiB", F(1536 * KIB, MIB), EXACT)
unit_r(P, "120 km/h in metres per second", 120 * KMH)

# word problems (units)
unit(
    "canal_lock_keeper",
    "This lock has a rise of 8 ft 9 in. What is that in metres for the new signboard?",
    (8 * 12 + 9) * IN,
    EXACT,
)
unit_r(
    "kite_maker",
    "Wind on the beach was gusting 28 km/h. What's that in miles per hour?",
    28 * KMH / MPH,
)
unit(
    "kite_maker",
    "Each flying line is 150 ft. How many metres?",
    150 * FT,
    EXACT,
)
unit(
    "planetarium",
    "Our fulldome show master file is 14.5 GiB. How many MiB is that?",
    dec("14.5") * GIB / MIB,
    EXACT,
)
unit_r(
    "seaweed_forager",
    "sea temp at the cove was 54 °F this morning — celsius?",
    f_to_c(54),
)
unit(
    "milliner",
    "Client's head measures 22.5 inches round. What's that in cm?",
    dec("22.5") * IN * 100,
    EXACT,
)
unit_r(
    "cave_diving_school",
    "A student's twin set reads 3,000 psi on the gauge. What's that in bar?",
    3000 * PSI / BAR,
)
unit(
    "weathervane_smith",
    "The compass arms of the vane span 45 inches. How many metres is that?",
    45 * IN,
    EXACT,
)
unit(
    "bonsai_nursery",
    "The polytunnel heater holds 41 °F overnight. What's that in °C?",
    f_to_c(41),
    EXACT,
)
unit(
    "paper_marbler",
    "A high-res scan of one marbled sheet is 384 MiB. What's that in GiB?",
    F(384 * MIB, GIB),
    EXACT,
)
unit_r(
    "meadery",
    "Our big fermenter holds 1.2 cubic metres. How many cubic feet is that?",
    dec("1.2") / CUFT,
)
unit(
    "balloon_pilot",
    "We levelled off at 3,500 feet. What's that in metres?",
    3500 * FT,
    EXACT,
)
unit_r(
    "sign_writer",
    "Fascia board is 4.8 m by 0.6 m — what's the area in square feet?",
    dec("4.8") * dec("0.6") / SQFT,
)
unit(
    "luthier_workshop",
    "A 25.5 inch scale length — what's that in millimetres?",
    dec("25.5") * IN * 1000,
    EXACT,
)

unit(
    "fletcher",
    "His draw length is 29 inches. What's that in cm for the order form?",
    29 * IN * 100,
    EXACT,
)
unit(
    "scrimshaw_carver",
    "The cattle-bone blank is 11.5 inches long. How many centimetres is it?",
    dec("11.5") * IN * 100,
    EXACT,
)
unit(
    "harpsichord_maker",
    "The case is 7 ft 6 in long. In metres, please?",
    (7 * 12 + 6) * IN,
    EXACT,
)
unit(
    "ice_sculptor",
    "A clear carving block is 40 inches tall. How many centimetres?",
    40 * IN * 100,
    EXACT,
)
unit(
    "ice_sculptor",
    "the display freezer is holding at -4 °F, what's that in celsius",
    f_to_c(-4),
    EXACT,
)
unit(
    "gilder",
    "What's the face area of a 30 by 42 inch mirror frame in square feet?",
    30 * 42 * IN * IN / SQFT,
    EXACT,
)
unit(
    "gilder",
    "Oil size sets best at 68 °F in the workshop. What's that in °C?",
    f_to_c(68),
    EXACT,
)
unit_r(
    "osier_grower",
    "Our longest willow rods are 8 feet. How many metres is 8 feet?",
    8 * FT,
)
unit_r(
    "osier_grower",
    "The willow beds cover 9 acres. What's that in hectares?",
    9 * ACRE / 10**4,
)
unit_r(
    "knife_grinder",
    "The grinding wheel's rim moves at 25 metres per second. What's that in mph?",
    25 / MPH,
)
unit(
    "knife_grinder",
    "This chef's knife has a 10 inch blade — how long in centimetres?",
    10 * IN * 100,
    EXACT,
)
unit_r(
    "net_maker",
    "The cricket net is 24 feet long. How many metres?",
    24 * FT,
)
unit(
    "net_maker",
    "A spool of tarred twine holds 500 yards. What's that in metres?",
    500 * YD,
    EXACT,
)
unit(
    "besom_maker",
    "Besom handle is 48 inches long — in cm?",
    48 * IN * 100,
    EXACT,
)
unit_r(
    "sand_yacht_club",
    "Fastest run down the beach was 62 mph. What's that in km/h?",
    62 * MPH / KMH,
)

unit(
    "lime_burner",
    "The draw kiln runs at about 900 °C. What's that in Fahrenheit?",
    c_to_f(900),
    EXACT,
)
unit(
    "wattle_hurdle_maker",
    "The run of hurdles along the client's boundary is 120 yards. How many metres is that?",
    120 * YD,
    EXACT,
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


# plain one-liners (datetime)
date_item(P, "What day of the week was 14 March 1879?", weekday(D(1879, 3, 14)))
date_item(P, "What date is 90 days after 3 November 2027?", D(2027, 11, 3) + TD(days=90))
date_item(
    P,
    "how many days between 12 April 2028 and 9 September 2028",
    days(D(2028, 4, 12), D(2028, 9, 9)),
)
date_item(P, "The date 6 weeks before 19 June 2027?", D(2027, 6, 19) - TD(weeks=6))
date_item(P, "Which weekday will 25 December 2031 fall on?", weekday(D(2031, 12, 25)))
date_item(
    P, "How old is someone born 17 August 1964 on 2 May 2029?", age(D(1964, 8, 17), D(2029, 5, 2))
)
date_item(P, "Days from 1 January 2030 to 30 June 2030?", days(D(2030, 1, 1), D(2030, 6, 30)))
date_item(P, "hours between 22:15 and 05:45 the next morning", clock_span("22:15", "05:45", 3600))
date_item(P, "What's the date 250 days after 10 February 2027?", D(2027, 2, 10) + TD(days=250))
date_item(
    P, "Number of weeks from 5 March 2028 to 20 August 2028?", weeks(D(2028, 3, 5), D(2028, 8, 20))
)
date_item(P, "3 February 2041 — what weekday?", weekday(D(2041, 2, 3)))
date_item(P, "1000 days after 15 May 2026 is which date?", D(2026, 5, 15) + TD(days=1000))
date_item(P, "minutes between 09:10 and 17:55?", clock_span("09:10", "17:55", 60))
date_item(P, "What date was 45 days before 1 March 2027?", D(2027, 3, 1) - TD(days=45))

# word problems (datetime)
date_item(
    "canal_lock_keeper",
    "the stoppage on lock 14 runs 07:30 to 16:45. how many hours is it shut?",
    clock_span("07:30", "16:45", 3600),
)
date_item(
    "kite_maker",
    "The kite festival is on 9 August 2027 and I need 65 days to build stock. What's the latest "
    "date I can start?",
    D(2027, 8, 9) - TD(days=65),
)
date_item(
    "planetarium",
    "The total solar eclipse is on 12 August 2026 and we want our eclipse show to launch 150 "
    "days before it. Launch date?",
    D(2026, 8, 12) - TD(days=150),
)
date_item(
    "planetarium",
    "We're hosting a watch party for the eclipse on 2 August 2027. Which day of the week is that?",
    weekday(D(2027, 8, 2)),
)
date_item(
    "seaweed_forager",
    "My harvesting permit runs for 120 days starting from the spring tide on 17 April 2027. "
    "What date does it end?",
    D(2027, 4, 17) + TD(days=120),
)
date_item(
    "seaweed_forager",
    "Low water at 05:52 and the next low at 18:17. How many minutes apart are they?",
    clock_span("05:52", "18:17", 60),
)
date_item(
    "milliner",
    "First fitting is 1 March 2027 and race day is 15 June 2027. How many days do I have to "
    "finish the hat?",
    days(D(2027, 3, 1), D(2027, 6, 15)),
)
date_item(
    "milliner",
    "My client was born on 30 November 1988. How old will she be at the races on 15 June 2027?",
    age(D(1988, 11, 30), D(2027, 6, 15)),
)
date_item(
    "cave_diving_school",
    "Pool session runs from 08:20 to 17:05. How many hours is that?",
    clock_span("08:20", "17:05", 3600),
)
date_item(
    "cave_diving_school",
    "An instructor's cert was issued on 23 September 2024 and lapses 730 days later. On what "
    "date does it lapse?",
    D(2024, 9, 23) + TD(days=730),
)
date_item(
    "weathervane_smith",
    "The church wants the new vane up 10 weeks before its 900th anniversary on 24 June 2028. "
    "What date is that?",
    D(2028, 6, 24) - TD(weeks=10),
)
date_item(
    "weathervane_smith",
    "Restoration of the old vane ran from 5 February 2027 to 23 April 2027. How many days was "
    "that?",
    days(D(2027, 2, 5), D(2027, 4, 23)),
)
date_item(
    "bonsai_nursery",
    "I repotted the trident maple on 20 March 2027 and mustn't feed it for 6 weeks. From what "
    "date can I feed again?",
    D(2027, 3, 20) + TD(weeks=6),
)
date_item(
    "paper_marbler",
    "Workshop runs 13:30 to 17:15 — how many minutes of teaching?",
    clock_span("13:30", "17:15", 60),
)
date_item(
    "meadery",
    "The mead was racked into secondary on 8 October 2026 and bottled on 4 March 2027. How many "
    "days did it age in secondary?",
    days(D(2026, 10, 8), D(2027, 3, 4)),
)
date_item(
    "balloon_pilot",
    "Launched at 05:48 and landed at 07:03. How many minutes were we airborne?",
    clock_span("05:48", "07:03", 60),
)
date_item(
    "sign_writer",
    "Shop's grand opening is 29 September 2027 and they want the sign up by then. What day of "
    "the week is the opening?",
    weekday(D(2027, 9, 29)),
)
date_item(
    "luthier_workshop",
    "Last varnish coat went on 2 November 2027 and it needs 28 days to cure before polishing. "
    "What's the polishing date?",
    D(2027, 11, 2) + TD(days=28),
)

date_item(
    "fletcher",
    "A club ordered 60 arrows on 19 April 2027 and I quote 5 weeks to make them. Which date "
    "do I promise?",
    D(2027, 4, 19) + TD(weeks=5),
)
date_item(
    "scrimshaw_carver",
    "I finished engraving on 8 September 2027 and the ink needs 10 days to set before the "
    "sealing coat. What date can I seal it?",
    D(2027, 9, 8) + TD(days=10),
)
date_item(
    "harpsichord_maker",
    "The soundboard was glued up on 12 January 2028 and I leave it 8 weeks before fitting the "
    "bridge. What date is that?",
    D(2028, 1, 12) + TD(weeks=8),
)
date_item(
    "ice_sculptor",
    "The gala is on 11 December 2027 and the blocks have to arrive 9 days before. What "
    "delivery date do I book?",
    D(2027, 12, 11) - TD(days=9),
)
date_item(
    "gilder",
    "what weekday is 6 March 2028? the frame has to be back at the gallery that day",
    weekday(D(2028, 3, 6)),
)
date_item(
    "osier_grower",
    "Cuttings went in on 24 February 2027 and the first rods are cut 280 days later. What "
    "date is that?",
    D(2027, 2, 24) + TD(days=280),
)
date_item(
    "knife_grinder",
    "Market stall runs 08:45 to 14:30. How many hours am I grinding?",
    clock_span("08:45", "14:30", 3600),
)
date_item(
    "net_maker",
    "An order for cricket nets came in on 7 June 2027 with a 6-week lead time. When do they ship?",
    D(2027, 6, 7) + TD(weeks=6),
)
date_item(
    "besom_maker",
    "The birch twigs were cut on 14 December 2026 and need 6 weeks to season. When can I start "
    "binding?",
    D(2026, 12, 14) + TD(weeks=6),
)
date_item(
    "besom_maker",
    "What day of the week is 31 October 2027? The witches' ball wants brooms for that night.",
    weekday(D(2027, 10, 31)),
)
date_item(
    "sand_yacht_club",
    "The season opens on 2 October 2027 and the championship is 9 weeks after that. What date "
    "is the championship?",
    D(2027, 10, 2) + TD(weeks=9),
)

date_item(
    "lime_burner",
    "Lit the kiln at 19:40 and drew the last of the lime at 11:10 the next morning. How many "
    "hours was that?",
    clock_span("19:40", "11:10", 3600),
)
date_item(
    "wattle_hurdle_maker",
    "Took the hurdle order on 22 November 2027 and delivered on 17 January 2028. How many days "
    "did it take?",
    days(D(2027, 11, 22), D(2028, 1, 17)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives in the registers: four each, all needing the language model
ORDINARY = {
    "canal_lock_keeper": [
        "How should I word a sign asking boaters not to leave the paddles up?",
        "Why do some old locks have side ponds, and what were they for?",
        (
            "A boat's been sitting on the lock landing all afternoon — how do I approach the owner "
            "politely?"
        ),
        "tell me a bit of the history of staircase locks",
    ],
    "kite_maker": [
        "Why does my delta kite keep pulling to the left?",
        "For a beginner's stunt kite, carbon spars or fibreglass — which would you pick?",
        "Write a safety note about flying kites near power lines for our shop leaflet.",
        "How does adjusting the bridle change the way a kite flies?",
    ],
    "planetarium": [
        "How would you explain retrograde motion to a group of nine-year-olds?",
        "Write a narration intro for a dome show about the life cycle of stars.",
        "Why can we see the Andromeda galaxy with the naked eye but not most other galaxies?",
        "Suggest five constellations to feature in a northern-hemisphere winter sky show.",
    ],
    "seaweed_forager": [
        "Which seaweeds on British shores should I avoid picking?",
        "How do I cut kelp so it regrows instead of ripping the holdfast off the rock?",
        "Write a caption for a post about harvesting sea lettuce sustainably.",
        "Is it legal to sell seaweed I've picked from a beach in Cornwall?",
    ],
    "milliner": [
        "How do I block a felt hood into a trilby shape without leaving steam marks?",
        "What style of hat would suit a client with a long face going to a summer wedding?",
        "Write a thank-you note to a customer who ordered a bridal headpiece.",
        "Why do straw hats lose their shape in damp weather?",
    ],
    "cave_diving_school": [
        "What should a student do first if they lose the guideline in zero visibility?",
        "Explain to a new student why we plan gas using the rule of thirds.",
        "Write a pre-dive briefing checklist for a cavern course.",
        "Sidemount or backmount for a first cave course — what do you think?",
    ],
    "weathervane_smith": [
        "Why does a weathervane point into the wind rather than away from it?",
        "Suggest some unusual designs for a vane on a cricket pavilion.",
        "How should I treat a copper vane so it weathers to green evenly?",
        "Write a quotation letter to a parish council for restoring their cockerel vane.",
    ],
    "bonsai_nursery": [
        "Why are the needles on my juniper going brown at the tips?",
        "Which species would you recommend for someone's first indoor bonsai?",
        "Write a care card to go home with customers who buy a Chinese elm.",
        "When's the best time of year to wire a trident maple?",
    ],
    "paper_marbler": [
        "Why are my colours sinking instead of spreading on the size?",
        "What's the difference between Turkish ebru and Italian marbling?",
        "Write a short blurb for a beginners' marbling workshop.",
        "How do I get a crisp nonpareil pattern with an ordinary comb?",
    ],
    "meadery": [
        "My mead stopped fermenting early and tastes sweet — what could be wrong?",
        "What's the difference between a melomel and a metheglin?",
        "Write tasting notes for a dry mead aged on oak.",
        "Is heather honey a good choice for someone's first traditional mead?",
    ],
    "balloon_pilot": [
        "How should I brief passengers on what to do during a bumpy landing?",
        "Why do balloons mostly fly early in the morning or in the evening?",
        "Write a message to passengers whose flight was called off because of wind.",
        "What does a pilot look for in a good landing field?",
    ],
    "sign_writer": [
        "What's the best way to keep my lines straight when hand-painting a fascia?",
        "Suggest a colour scheme for a traditional butcher's shop sign.",
        "Why do sign writers use a mahl stick?",
        "Write an email to a client explaining why gold leaf costs more than gold paint.",
    ],
    "luthier_workshop": [
        "Why is spruce the usual choice for guitar tops and rosewood for backs?",
        "A customer's violin buzzes on the G string. Where should I look first?",
        "Write a care leaflet about humidity for new acoustic guitar owners.",
        "What's the difference between French polish and nitro lacquer?",
    ],
    "fletcher": [
        "Why do fletchers use feathers from the same wing of the bird on any one arrow?",
        "What's the difference between shield-cut and parabolic fletchings?",
        "Write a short description of our handmade wooden arrows for the shop's website.",
        "An archer says my arrows fly erratically from his longbow. What should I check?",
    ],
    "scrimshaw_carver": [
        "Is it legal to sell antique scrimshaw on sperm whale teeth in the UK?",
        "What did the old whalers use as ink for scrimshaw, and what do carvers use now?",
        "Suggest a design for a scrimshaw piece honouring a lifeboat crew.",
        "How can I tell genuine bone scrimshaw from a resin copy?",
    ],
    "harpsichord_maker": [
        "What's the difference between quill and Delrin plectra in a harpsichord?",
        "Why do harpsichords drift out of tune so much faster than pianos?",
        "Write a short catalogue description of a Flemish-style double-manual harpsichord.",
        "Which temperament would you suggest for a harpsichord used mostly for Bach?",
    ],
    "ice_sculptor": [
        "How do I stop an ice sculpture cracking when it goes from the freezer into a warm room?",
        "Suggest an ice luge design for a winter-themed office party.",
        "Why is clear ice so much better for carving than cloudy ice?",
        "Write a short caption for photos of our ice bar.",
    ],
    "gilder": [
        "What's the difference between water gilding and oil gilding?",
        "How do I burnish gold leaf without rubbing through to the bole?",
        (
            "Write a short note to a client explaining why their gilt frame mustn't be cleaned with "
            "water."
        ),
        "Which colour of bole would you put under a warm yellow gold?",
    ],
    "osier_grower": [
        "Why are osier beds cut right back to the stool every winter?",
        "What's the difference between brown, buff and white willow?",
        "Write a product description for bundles of basket-making willow.",
        "How do I keep willow cuttings from drying out before planting?",
    ],
    "knife_grinder": [
        "Why does a whetstone need flattening every so often?",
        "What sharpening angle suits a Japanese santoku compared with a German chef's knife?",
        "Write a flyer for my mobile knife-sharpening van.",
        "A customer's knife came back with a burr on it — what did I do wrong?",
    ],
    "net_maker": [
        "Which knot is traditional for hand-made fishing nets, and why?",
        "Why do nylon nets stretch more than polyethylene ones?",
        "Write a short blurb about our hand-knotted garden nets.",
        "How do I mend a torn mesh without re-knotting the whole panel?",
    ],
    "besom_maker": [
        "Why is birch the traditional twig for besoms?",
        "How do I stop the bindings working loose as the twigs dry out?",
        "Write a playful product description for a besom sold as a Halloween prop.",
        "What's the difference between a besom and an ordinary broom?",
    ],
    "sand_yacht_club": [
        "How can a sand yacht go faster than the wind that's pushing it?",
        "What safety gear should a new land yacht pilot wear?",
        "Write a welcome paragraph for new sailors in our club newsletter.",
        "Why do people say a falling tide is better for sand yachting than a rising one?",
    ],
    "lime_burner": [
        "Why does quicklime have to be kept dry once it's drawn from the kiln?",
        "What's the difference between hot-mixed lime mortar and lime putty?",
        "Write a short explainer for visitors about how a traditional draw kiln works.",
        "What safety advice should I give volunteers handling quicklime?",
    ],
    "wattle_hurdle_maker": [
        "Why are wattle hurdles woven with a twist at the end of each row?",
        "Is hazel or willow better for garden hurdles that need to last?",
        "Write a short description of our hazel hurdles for a garden show catalogue.",
        "How were sheep hurdles used on farms in the old days?",
    ],
}

# hard single-turn negatives that look like tool questions
NEAR = [
    # exchange rates (4)
    (
        "near-exchange-rate",
        "Our Boston client paid $2,340 for the bell fittings — what's that in pounds sterling?",
        "exchange rate not given and changes daily",
    ),
    ("near-exchange-rate", "convert €185 to Swiss francs", "exchange rate not given"),
    (
        "near-exchange-rate",
        "How many yen is £1,450 for the Tokyo kite order?",
        "exchange rate not given",
    ),
    (
        "near-exchange-rate",
        "The Canadian buyer offered C$3,900 for the fleece clip. How much is that in euros?",
        "exchange rate not given",
    ),
    # densities (3)
    (
        "near-density",
        "How many kilos does 12 litres of heather honey weigh?",
        "needs the density of honey",
    ),
    (
        "near-density",
        "What's the weight of 2 cubic metres of wet sand in kg?",
        "needs a density for wet sand",
    ),
    (
        "near-density",
        "I've got 5 kg of beeswax. How many litres is that once melted?",
        "needs the density of molten beeswax",
    ),
    # missing numbers (5)
    (
        "near-missing-number",
        "What's 15% off the price of the falconry glove?",
        "the price is not stated",
    ),
    (
        "near-missing-number",
        "If we split the bill evenly, how much does each of us pay?",
        "neither bill nor headcount given",
    ),
    (
        "near-missing-number",
        "How much paint do I need for the shop front?",
        "no dimensions or coverage given",
    ),
    ("near-missing-number", "add VAT to my quote please", "the quote is not stated"),
    (
        "near-missing-number",
        "How long will it take me to drive from the workshop to the show ground at 50 mph?",
        "distance not given",
    ),
    # private records (4)
    (
        "near-private",
        "How many days until my van's MOT is due?",
        "private date, and the current date",
    ),
    ("near-private", "How old is my apprentice?", "private record"),
    ("near-private", "When did I last service the compressor?", "private record"),
    (
        "near-private",
        "What did I charge the Hendersons for their chimney last time?",
        "private record",
    ),
    # world facts (5)
    (
        "near-world-fact",
        "How tall is Blackpool Tower in feet?",
        "needs a world fact before any conversion",
    ),
    ("near-world-fact", "How many days did the Apollo 13 mission last?", "world fact"),
    (
        "near-world-fact",
        "What's the boiling point of water at the summit of Ben Nevis, in Fahrenheit?",
        "needs the summit's pressure or a fact",
    ),
    ("near-world-fact", "How far is Edinburgh from Inverness by road, in miles?", "world fact"),
    (
        "near-world-fact",
        "In which year was the Liberty Bell cast, and how long ago was that?",
        "world fact and the current date",
    ),
    # estimates (3)
    (
        "near-estimate",
        "Roughly how many bricks are there in a typical Victorian chimney stack?",
        "an estimate",
    ),
    (
        "near-estimate",
        "About how long does it take to learn to make a violin good enough to sell?",
        "an estimate",
    ),
    (
        "near-estimate",
        "Ballpark figure: how many visitors does a small planetarium get in a year?",
        "an estimate",
    ),
    # numbers in words (3)
    ("near-words", "Write 3,482.50 in words for the cheque.", "number in words"),
    ("near-words", "spell out 1,907 the way it would be read aloud", "number in words"),
    (
        "near-words",
        "On a wedding invite, should 76 be written seventy six or seventy-six?",
        "style convention",
    ),
    # Roman numerals (3)
    ("near-roman", "What's 2028 in Roman numerals for the bell inscription?", "Roman numerals"),
    ("near-roman", "Turn MDCCXLIV into an ordinary number.", "Roman numerals"),
    (
        "near-roman",
        "How would the year 1896 look in Roman numerals on a clock dial?",
        "Roman numerals",
    ),
    # another language (3)
    ("near-language", "How do you say 'forty-seven pounds' in Welsh?", "another language"),
    ("near-language", "Write 14 July 2027 out in full in French.", "another language"),
    ("near-language", "What's 'one hundred and twenty' in German?", "another language"),
    # code (3)
    ("near-code", "Python one-liner to add up a list of prices", "code"),
    ("near-code", "Write a JavaScript function that converts Fahrenheit to Celsius.", "code"),
    ("near-code", "SQL query for the average order value per customer", "code"),
    # spreadsheets (3)
    ("near-spreadsheet", "Excel formula to add 20% VAT to the figure in B2", "spreadsheet formula"),
    (
        "near-spreadsheet",
        "Google Sheets formula for the number of days between the dates in A2 and B2?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "how do I make a spreadsheet round up to the next whole box",
        "spreadsheet how-to",
    ),
    # dosing (3)
    ("near-dosing", "How much ibuprofen can I give my 12 kg toddler?", "dosing"),
    ("near-dosing", "How many mg of meloxicam for a 2.4 kg hawk?", "veterinary dosing"),
    ("near-dosing", "What dose of wormer does a 68 kg alpaca need?", "veterinary dosing"),
    # standard sizes (3)
    ("near-standard-size", "What are the dimensions of A4 paper in inches?", "standard size"),
    ("near-standard-size", "How big is a UK king-size duvet in centimetres?", "standard size"),
    ("near-standard-size", "What size is a standard UK house brick in inches?", "standard size"),
    # time zones (3)
    ("near-time-zone", "If it's 3 pm in London, what time is it in Sydney?", "time zones"),
    (
        "near-time-zone",
        (
            "Our call with the Albuquerque balloon fiesta is at 16:00 Paris time — "
            "what's that for them?"
        ),
        "time zones",
    ),
    ("near-time-zone", "What time is it in Tokyo when it's 09:00 in New York?", "time zones"),
    # Easter (2)
    (
        "near-easter",
        "We hold the bell-ringing outing on Easter Monday — what date is that in 2032?",
        "Easter",
    ),
    ("near-easter", "How many days from Good Friday 2028 to Whit Sunday 2028?", "Easter"),
    # working days (3)
    (
        "near-working-days",
        "How many working days are there between 3 May 2027 and 28 May 2027?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "Add 15 business days to 20 December 2027.",
        "business days over Christmas",
    ),
    (
        "near-working-days",
        "How many weekdays, not counting bank holidays, are in August 2027 in England?",
        "working days and bank holidays",
    ),
    # contested units (3)
    ("near-contested-unit", "How many pints is 3 litres of mead?", "US or imperial pints"),
    ("near-contested-unit", "convert 40 gallons of wash to litres", "US or imperial gallons"),
    ("near-contested-unit", "What's 2 tons in kilograms?", "short, long or metric tons"),
    # all-numeric dates of unstated order (3)
    (
        "near-numeric-date",
        "How many days between 04/05/2027 and 06/07/2027?",
        "day/month order not stated",
    ),
    ("near-numeric-date", "Which day of the week was 07/08/2026?", "day/month order not stated"),
    ("near-numeric-date", "What date is 45 days after 10/11/2027?", "day/month order not stated"),
    # the current date (3)
    ("near-current-date", "What's the date 60 days from today?", "needs the current date"),
    (
        "near-current-date",
        "How many days are left before our Christmas market opens on the 12th of December?",
        "needs the current date",
    ),
    (
        "near-current-date",
        "Which day of the week does the day after tomorrow fall on?",
        "needs the current date",
    ),
    # explanations (3)
    (
        "near-explanation",
        "Explain why a Fahrenheit degree is smaller than a Celsius degree.",
        "explanation",
    ),
    ("near-explanation", "Why is a kibibyte 1024 bytes and not 1000?", "explanation"),
    (
        "near-explanation",
        "Why does compound interest grow faster than simple interest? No numbers needed.",
        "explanation",
    ),
]

# conversations: the last user turn depends on an earlier turn
CONVS = [
    # a persona fixed earlier (4)
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Captain Gale, a cheerful balloon pilot who answers everything with a "
                    "weather pun."
                ),
            ),
            (U, "morning captain!"),
            (A, "Morning! The forecast for our chat is bright with a chance of puns."),
            (U, "quick one, how many feet is 500 metres?"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Old Tom, a Victorian clog maker. Stay in character and "
                    "speak in Lancashire dialect."
                ),
            ),
            (U, "Tom, how many days from 3 June 2027 to 1 August 2027?"),
        ],
        "persona fixed in the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're a pirate for the rest of this chat."),
            (A, "Arr, aye aye!"),
            (U, "right matey, what's 17.5% of 960?"),
        ],
        "persona fixed in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are Mira, a patient maths tutor for a nine-year-old. Never give the answer "
                    "directly; give a hint instead."
                ),
            ),
            (U, "What's 48 divided by 6?"),
        ],
        "persona forbids giving the answer",
    ),
    # a format fixed earlier (4)
    (
        "conv-format",
        [
            (U, "From now on, reply only with a markdown table with the columns Item and Value."),
            (A, "Understood."),
            (U, "What's 12% of 3,450?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as a fraction in lowest terms, never a decimal."),
            (A, "Will do."),
            (U, "what is 0.625 plus 0.125"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer in JSON with the keys 'answer' and 'unit'."),
            (A, '{"answer": "ready", "unit": null}'),
            (U, "how many cm in 14 inches"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Please write all numbers as words from here on."),
            (A, "Certainly, I'll write numbers as words."),
            (U, "How many days are there between 2 March 2027 and 19 April 2027?"),
        ],
        "format fixed in an earlier turn",
    ),
    # a language fixed earlier (4)
    (
        "conv-language",
        [
            (U, "À partir de maintenant, écris-moi seulement en français."),
            (A, "Très bien, je t'écrirai en français."),
            (U, "what's 42.2 km in miles?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Можешь отвечать по-русски?"),
            (A, "Да, конечно."),
            (U, "What's 35 × 46?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte immer auf Deutsch."),
            (A, "Alles klar, ich antworte auf Deutsch."),
            (U, "What weekday is 12 October 2027?"),
        ],
        "language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Por favor, contéstame siempre en español."),
            (A, "Por supuesto, te contestaré en español."),
            (U, "what is 22 °C in Fahrenheit"),
        ],
        "language fixed in an earlier turn",
    ),
    # a unit fixed earlier (4)
    (
        "conv-unit",
        [
            (U, "All lengths in this chat should be in millimetres, please."),
            (A, "Got it — millimetres."),
            (U, "How long is a 4 ft 6 in plank?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "We work in stone and pounds on this farm, never kilos."),
            (A, "Understood."),
            (U, "The ewe weighed 68.5 at the mart. What's that, then?"),
        ],
        "units of the figure and answer fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "I'm measuring the ponies in hands, four inches to the hand."),
            (A, "OK, a hand is 4 inches."),
            (U, "so the grey pony is 58 inches at the withers, what's that?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "Please give every temperature in kelvin for the rest of this chat."),
            (A, "Understood — kelvin from here on."),
            (U, "ok so what's 425 °F?"),
        ],
        "unit fixed in an earlier turn",
    ),
    # a convention fixed earlier (4)
    (
        "conv-convention",
        [
            (U, "My order book writes dates day first, then month, then year."),
            (A, "Noted — day first."),
            (U, "How many days from 09/03/2027 to 11/05/2027 then?"),
        ],
        "date convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "The tax year in our accounts begins on 6 April."),
            (A, "Noted."),
            (U, "On what date does our second quarter end in 2028?"),
        ],
        "convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "We count a working week as Tuesday to Saturday in the shop."),
            (A, "Understood."),
            (U, "How many working days between 7 June 2027 and 18 June 2027?"),
        ],
        "convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "In our club, 'a season' means October to March."),
            (A, "Got it."),
            (U, "How many days long is the 2027 season?"),
        ],
        "convention fixed in an earlier turn",
    ),
    # a number fixed earlier (4)
    (
        "conv-number",
        [
            (U, "My day rate is £340."),
            (A, "Noted, £340 a day."),
            (U, "what do I charge for 4.5 days then"),
        ],
        "number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "We have 37 members in the curling club this winter."),
            (A, "Thanks — 37 members."),
            (U, "If the ice bill is £2,812, what's the share per head?"),
        ],
        "number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The glaze kiln takes 9 hours per firing."),
            (A, "Got it."),
            (U, "If I start it at 22:30, when does it finish?"),
        ],
        "number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our treble bell weighs 640 kg."),
            (A, "Noted."),
            (U, "And how many pounds is our bell?"),
        ],
        "number fixed in an earlier turn",
    ),
    # follow-ups (4)
    (
        "conv-follow-up",
        [
            (U, "What's 20% of 340?"),
            (A, "20% of 340 is 68."),
            (U, "and what's left after taking that off, split among 4 of us?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "How many days is it from 4 May 2027 to 29 June 2027?"),
            (A, "56 days."),
            (U, "so how many whole weeks is that, and are there any days over?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "Convert 12 miles to km."),
            (A, "About 19.31 km."),
            (U, "now do the same for the return leg plus 3 more miles"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-follow-up",
        [
            (U, "What's 45 × 18?"),
            (A, "810."),
            (U, "Double it and take away the first number I gave you."),
        ],
        "follow-up of an earlier turn",
    ),
    # corrections (4)
    (
        "conv-correction",
        [
            (U, "What's 15% of 540?"),
            (A, "81."),
            (U, "oops, typo — the second figure should have been 54"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days between 3 March 2027 and 10 May 2027?"),
            (A, "68 days."),
            (U, "no wait, the second date is the 10th of the following month"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Convert 75 kg to lb."),
            (A, "About 165.35 lb."),
            (U, "my mistake, the digits were the other way round"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What weekday is 9 July 2027?"),
            (A, "Friday."),
            (U, "Sorry, I meant the same day a year later."),
        ],
        "correction of an earlier turn",
    ),
    # explanations after an earlier turn (3)
    (
        "conv-explanation",
        [
            (U, "What's 22% of 1,850?"),
            (A, "407."),
            (U, "show me how you worked that out, step by step"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "How many days from 14 February 2027 to 1 April 2027?"),
            (A, "46 days."),
            (U, "Why isn't it 47? I thought you'd count both ends."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explanation",
        [
            (U, "Convert 100 °F to Celsius."),
            (A, "About 37.78 °C."),
            (U, "Why do you subtract 32 first and not at the end?"),
        ],
        "explanation of an earlier answer",
    ),
]

# every figure an assistant turn states is right
assert pct(20) * 340 == 68 and days(D(2027, 5, 4), D(2027, 6, 29)) == 56
assert round(12 * MI / 1000, 2) == dec("19.31") and 45 * 18 == 810
assert pct(15) * 540 == 81 and days(D(2027, 3, 3), D(2027, 5, 10)) == 68
assert round(75 / LB, 2) == dec("165.35") and weekday(D(2027, 7, 9)) == "Friday"
assert pct(22) * 1850 == 407 and days(D(2027, 2, 14), D(2027, 4, 1)) == 46
assert round(f_to_c(100), 2) == dec("37.78")

# the numbers of negatives as listed
assert len(ORDINARY) == 25 and all(len(qs) == 4 for qs in ORDINARY.values())
assert len(NEAR) == WANT_NEAR_NEGATIVES and len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
assert set(ORDINARY) == {i["family"] for i in items if i["label"] != "negative"} - {P}

for family, queries in ORDINARY.items():
    for q in queries:
        neg(family, q)
for family, q, note in NEAR:
    neg(family, q, note)
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
    # no register (family name) of this set is a family name of sets 19 to 33
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 33: {reused}"
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
