r"""Generate heldout-2027-01-12.jsonl: a fortieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_39.py, by `sed -n`: lines 1-323
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 530-590 (its
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 776-839 (its section header, date helpers, date_item() and
weeks()), 1077-1084 (its section header, neg() and conv()) and 1793-2017 (its stated-weekday check,
its checks and main()), plus one `wc -l` of it (2017 lines) and one `grep -n "^def \|^# ===="` of
it (def lines and section headers with their line numbers), run together with the `cat` in one
command. None of its query blocks was opened. Nothing else under /work/main was opened or listed:
nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from
that one generator's allowed ranges), and not README.md. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed or opened. The earlier generators (sets 1-39) are only imported,
in memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages and its --show listing of ids, expected values and tolerances were read), no git command
was run, no network and no search tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-323 alone, 530-590, 776-839 and 1077-1084 together, 1793-2017
alone); `ls /tmp | grep -c h40` (0); `mkdir -p` of /tmp/h40/blocks, /tmp/h40/own and
/work/sealed40; `sed -n` copies of the same five allowed ranges into block files under
/tmp/h40/blocks/, `grep -n` for the `from __future__` line in the first copy (it printed that line,
183, and two lines of set 39's docstring that mention the phrase), `wc -l` of the blocks and
`/work/main/.venv/bin/python --version` (3.11.7), in one command; a small Python script
(/tmp/h40/subst.py, written by a `cat` heredoc) that cut the first copy from its `from __future__`
line to P = "plain" (its line 323) and substituted this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_39.py), EARLIER (sets 1-39, `range(2, 40)`) and REGISTER_CHECK (sets 19-39, adding
make_heldout_39.py), and "sets 19 to 38" -> "sets 19 to 39" in one comment and one message string
of main() (it asserted and printed that each substitution applied once, the last twice), after
which it deleted the first copy (with set 39's docstring); a `grep -n` of the substituted blocks
for those names and numbers, with `head -3` and `tail -3` of the first one; `cat` heredocs that
wrote this set's own blocks under /tmp/h40/own/ (calculator, unit, date, ordinary and near-positive
negatives, and conversations with this set's own asserts), each followed by a `grep -c` of its
calls; an assembly script /tmp/h40/assemble.py that builds this file by concatenating a docstring
block and the blocks and prints its line count; a helper /tmp/h40/run.sh that runs assemble.py,
then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`,
`.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format --check --no-cache` on this file, then
this generator from /tmp, writing its output to /tmp/h40/out.txt, of which it prints the `tail`;
the first 80 lines of out.txt once (`cat` piped to `head`) and a `grep -E` of it for the summary
lines; edits of own blocks by stdin `python3` scripts, one `sed -i` and the script
/tmp/h40/reword1.py (the changes are listed below), with `grep -n` checks and one `head -3` of own
blocks; this generator with --show, filtered by `grep` for the ids and laid out by `column -t`; a
`/work/main/.venv/bin/python -c` check of line lengths in this file (no line over 100 characters);
this docstring was written last over a one-line placeholder written by `printf` (its source text,
/tmp/h40/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h40/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged), followed
by the same ruff commands and runs, runs of this file with --digest (one of them with
PYTHONHASHSEED=7) and `sha256sum` of the JSONL; finally `ls -la /work/sealed40` and `rm -rf
/tmp/h40` with `ls /tmp | grep -c h40` afterwards. Writes: /work/sealed40/ was created for this
file and its JSONL; temporary blocks, scripts and output under /tmp/h40/ were deleted afterwards.
Nothing was written into /work/main.

Changes to set 39's main() and checks: only the substitutions listed above (file names, sets 1-39
for the duplicate check, sets 19-39 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 39's as printed; ruff format may have changed layout only. All
of set 39's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested) and SQFT/SQYD/CUFT. Added, newly written (set 39's versions
lie outside the allowed ranges and were not seen): say() and sayw() (a date written out, and with
its computed weekday, so every weekday stated next to a date in a query is computed, not typed),
LITRE and HECTARE, the REGISTERS tuple, asserts on computed figures stated in assistant turns, and
this set's own asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, four each; the
positive registers and the ordinary negatives' registers are both exactly the REGISTERS; every
register is used by all three tools; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives), 31 word problems per tool; every negative outside the registers is a
near-... or conv-... family, with 65 and 35 of them.

Disclosures: the kinds of item follow set 39's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 39's docstring
list them), and the helpers, unit factors and checks are set 39's, copied (P = "plain" is copied
too, as the last line of the first block). Set 39's docstring (within lines 1-323) names its 25
registers, the names it found taken, its provenance and the generic kinds of its reworded items,
which were therefore seen; none of those names is used here as a register, and some plain
one-liners, near-positives and conversations here are of those same generic kinds, newly worded.
The `grep -n` printed no docstring, query or constant line: only def lines and section headers with
their line numbers. At the edges of the allowed ranges: line 323 is P = "plain", 530, 776 and 1077
are section headers, 590 is a blank line after unit_r(), 839 is the last line of weeks(), 1084 is
the last line of conv(), 1793 is the comment above the stated-weekday pattern and 2017 is the call
of main(). No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade or situation. Registers of sets 1 to 18 are not known here, so an overlap
in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 39 (the
near-.../conv-... families are not registers and may coincide with earlier family names).

Register check: main()'s register assertion passed on the first run that reached it; none of the 25
first-chosen registers had to be replaced.

Other failed checks and edits: before any run, one calculator word problem (tropical_fish_importer:
"every other one", which could be read as alternate fish, became "all the rest") was edited by a
stdin `python3` script. The first ruff check reported five implicit string concatenations in
collections (ISC004: two ordinary negatives, one near-positive and two system turns), which were
wrapped in parentheses by a stdin `python3` script. Three runs then stopped at unit_r()'s
two-decimal assertion: a plain acres-to-hectares one-liner (2.5 acres became 12.5, by `sed -i`), a
plain psi-to-bar one-liner (32 became 36) and a rowing_boathouse unit word problem (a 1,500 m
course became a 6,000 m head race course), the last two by a stdin `python3` script. Own items
reworded after main()'s duplicate check reported them by id, without the earlier queries being
looked at and without knowing which turn of a conversation had matched: in the first round 24 items
(reword1.py): one plain calculator one-liner (a mean; new figures), five plain unit one-liners
(miles to km, two temperatures, kg to pounds, GiB to MiB; new figures), one ordinary negative
(tropical_fish_importer, fish compatibility), fifteen near-positives (a code request, three
contested units, two current-date questions, a density, Easter, an estimate, three explanations, a
standard size, Roman numerals and a world fact; new wording, subjects or figures) and two
conversations (conv-explain, conv-persona; both user turns of each reworded, one of them now
stating the computed figure); a wrapping of one reworded persona turn in parentheses followed (a
stdin `python3` script); in the second round one near-positive current-date question (a new
subject, by a stdin `python3` script). The next run passed every check.

Registers (families), 25, new: bouldering_gym_desk, campervan_converter, change_ringing_tower,
chess_congress_arbiter, community_fridge_rota, cricket_scorebox, darts_league_captain,
food_bank_warehouse, glassblowing_hotshop, grape_picking_crew, longcase_clock_restorer,
mobile_dog_groomer, model_railway_society, narrowboat_hire_yard, patchwork_quilt_guild,
planetarium_operator, reed_thatching_crew, rowing_boathouse, seed_library_desk,
sheepdog_trial_committee, taxidermy_workshop, tropical_fish_importer, village_panto_society,
violin_repair_bench, wedding_cake_studio. Every register is used by all three tools (asserted);
eighteen registers have a fourth positive (a second calculator word problem: bouldering_gym_desk,
darts_league_captain, food_bank_warehouse, grape_picking_crew, narrowboat_hire_yard,
wedding_cake_studio; a second unit word problem: campervan_converter, glassblowing_hotshop,
model_railway_society, reed_thatching_crew, rowing_boathouse, tropical_fish_importer; a second date
word problem: change_ringing_tower, chess_congress_arbiter, planetarium_operator,
seed_library_desk, sheepdog_trial_committee, village_panto_society). Positives are one-liners
(family "plain") or word problems of one to three sentences in UK and US usage with £, $ and €,
some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, private dates or records, world facts, estimates, judgements, prices or opinions, words /
Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes, time
zones, Easter, working days, contested units, all-numeric dates of unstated order, the current
date, an explanation, an ambiguous request, or a persona / format / language / unit / convention /
number / notation fixed in an earlier turn, a follow-up or correction of an earlier turn, or an
explanation of an earlier answer.

Left out entirely (their grading is contested), as in set 39: US vs imperial pints / cups / gallons
/ quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories, horsepower, kB
vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and
parsecs, nautical miles and knots, troy ounces, nominal sizes in positives, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as a difference or as "N days after"), and clock spans run from one stated
time to the next occurrence of the other (two cross midnight and say "the next morning").
Quantities bought whole are rounded up (asserted to be fractional before rounding). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 39):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly; 1 mbar = 1 hPa = 100 Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_40.py   (writes the JSONL next to this file, checks that it regenerates
byte for byte, and prints its sha256 and counts per label and family; add --show to list every
positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-01-12.jsonl"
PREFIX = "ho40-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_39.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 40))
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
    "make_heldout_34.py",
    "make_heldout_35.py",
    "make_heldout_36.py",
    "make_heldout_37.py",
    "make_heldout_38.py",
    "make_heldout_39.py",
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

REGISTERS = (
    "narrowboat_hire_yard",
    "change_ringing_tower",
    "taxidermy_workshop",
    "longcase_clock_restorer",
    "model_railway_society",
    "community_fridge_rota",
    "wedding_cake_studio",
    "cricket_scorebox",
    "food_bank_warehouse",
    "sheepdog_trial_committee",
    "glassblowing_hotshop",
    "reed_thatching_crew",
    "violin_repair_bench",
    "darts_league_captain",
    "campervan_converter",
    "rowing_boathouse",
    "seed_library_desk",
    "planetarium_operator",
    "chess_congress_arbiter",
    "tropical_fish_importer",
    "patchwork_quilt_guild",
    "mobile_dog_groomer",
    "grape_picking_crew",
    "village_panto_society",
    "bouldering_gym_desk",
)
assert len(REGISTERS) == len(set(REGISTERS)) == 25

# plain one-liners
calc(P, "What's 4,286 times 37?", 4286 * 37)
calc(P, "calculate 19.6% of 2,450", pct("19.6") * 2450)
calc(P, "9163 divided by 8", F(9163, 8))
calc(P, "what is 7 to the power of 6", 7**6)
_root = math.isqrt(13689)
assert _root * _root == 13689
calc(P, "square root of 13,689?", _root)
calc(P, "(348 + 1,275) × 4 − 619 = ?", (348 + 1275) * 4 - 619)
calc(P, "Work out 0.0375 x 2400 for me", dec("0.0375") * 2400)
calc(P, "What is three eighths of 1,736?", F(3, 8) * 1736)
calc(P, "increase 640 by 17.5%", 640 * (1 + pct("17.5")))
calc(P, "2,718 minus 9,004", 2718 - 9004)
calc(P, "what's the mean of 17, 26, 38, 44 and 60", F(17 + 26 + 38 + 44 + 60, 5))
calc(P, "add up 1.85, 12.4, 0.375 and 7", dec("1.85") + dec("12.4") + dec("0.375") + 7)
calc(P, "What percentage of 380 is 57?", F(57, 380) * 100)
calc(P, "whats 23 cubed", 23**3)

# word problems, one per register, and a second one for six registers
calc(
    "narrowboat_hire_yard",
    "We've booked a narrowboat for 9 nights at £138 a night, plus a £95 fuel deposit and a £40 "
    "pet fee for the dog. What's the total we pay up front?",
    9 * 138 + 95 + 40,
)
calc(
    "narrowboat_hire_yard",
    "Our hire boats are charged for diesel at £1.85 per engine hour. One crew ran the engine for "
    "44 hours over their week. What's their diesel charge?",
    dec("1.85") * 44,
)
calc(
    "change_ringing_tower",
    "A peal of Plain Bob Major is 5,040 changes. If our band rings steadily at 28 changes a "
    "minute, how many minutes will the peal take?",
    F(5040, 28),
)
calc(
    "taxidermy_workshop",
    "I charge $185 to mount a pheasant and $420 for a fox. This season I've done 7 pheasants and "
    "3 foxes. Take off $360 for glass eyes and materials - what's left?",
    7 * 185 + 3 * 420 - 360,
)
calc(
    "longcase_clock_restorer",
    "Before I regulated it, a customer's grandfather clock lost 42 seconds a day; now it loses 6 "
    "seconds a day. Over 30 days, how many fewer seconds does it lose?",
    (42 - 6) * 30,
)
calc(
    "model_railway_society",
    "The model railway society has 38 adult members paying £27.50 a year and 6 juniors paying "
    "£12. What's our total subscription income?",
    38 * dec("27.50") + 6 * 12,
)
calc(
    "community_fridge_rota",
    "Volunteers at our community fridge logged 148, 163, 97, 210 and 182 items saved from the "
    "bin over five days. What was the average per day?",
    F(148 + 163 + 97 + 210 + 182, 5),
)
calc(
    "wedding_cake_studio",
    "three tier wedding cake: bottom tier serves 64, middle 38, top 22. I charge £4.25 a serving "
    "plus £75 delivery. what's the quote?",
    (64 + 38 + 22) * dec("4.25") + 75,
)
calc(
    "wedding_cake_studio",
    "Fondant costs me €11.60 a kilo and this cake takes 2.75 kg of it. How much is the fondant?",
    dec("11.60") * dec("2.75"),
)
calc(
    "cricket_scorebox",
    "Our opener made 396 runs in 14 innings and was not out twice. Batting average is runs "
    "divided by (innings minus not outs) - what's his?",
    F(396, 14 - 2),
)
calc(
    "food_bank_warehouse",
    "We took in 36 crates of tinned tomatoes, 24 tins to a crate. Each family parcel gets 4 tins. "
    "How many parcels' worth is that?",
    F(36 * 24, 4),
)
calc(
    "food_bank_warehouse",
    "A supermarket gave us £1,450 and the church collection raised £1,270. Pasta is 85p a bag "
    "from the wholesaler. How many bags can we buy with all of it?",
    F(1450 + 1270) / dec("0.85"),
)
calc(
    "sheepdog_trial_committee",
    "The sheepdog trial has 47 entries at £14 each. We pay the judge £180 and the field rent is "
    "£250. How much does the committee clear?",
    47 * 14 - 180 - 250,
)
calc(
    "glassblowing_hotshop",
    "Our glory hole runs 6 hours a day, 5 days a week, burning 12 kWh an hour at 24p per kWh. "
    "What's the weekly gas bill in pounds?",
    6 * 5 * 12 * dec("0.24"),
)
calc(
    "reed_thatching_crew",
    "This roof needs 1,150 bundles of water reed. We've 620 in the yard and the merchant only "
    "delivers full loads of 90 bundles. How many loads do we order?",
    whole_up(F(1150 - 620, 90)),
)
calc(
    "violin_repair_bench",
    "Last month I rehaired 17 bows at $75 each and fitted 4 bridges at $110. Horsehair cost me "
    "$260. What did I make after the hair?",
    17 * 75 + 4 * 110 - 260,
)
calc(
    "darts_league_captain",
    "Playing 501, I've scored 140, 100, 85 and 60 so far. How many do I still need?",
    501 - (140 + 100 + 85 + 60),
)
calc(
    "darts_league_captain",
    "Nine players pay £18 each in league fees and the pub chips in £150. Trophies cost £96 and "
    "the end of season buffet is £7.50 a head for 22 people. What's left in the kitty?",
    9 * 18 + 150 - 96 - dec("7.50") * 22,
)
calc(
    "campervan_converter",
    "For this van build I need 14 sheets of 9 mm ply at £38.40, 3 rolls of insulation at £52 and "
    "a leisure battery at £289. What's the materials total?",
    14 * dec("38.40") + 3 * 52 + 289,
)
calc(
    "rowing_boathouse",
    "Our coxless four did a 2,000 m piece in 6 minutes 24 seconds. What's the average split per "
    "500 m, in seconds?",
    F(6 * 60 + 24, 2000 // 500),
)
calc(
    "seed_library_desk",
    "The seed library has 1,440 packets of tomato seed to share equally between 18 schools. How "
    "many packets does each school get?",
    F(1440, 18),
)
calc(
    "planetarium_operator",
    "Three dome shows on Saturday sold 104, 117 and 89 tickets at £8.50 each. What were the "
    "day's ticket takings?",
    (104 + 117 + 89) * dec("8.50"),
)
calc(
    "chess_congress_arbiter",
    "Our chess congress has 146 players. Entry is £32, but the 38 juniors get £10 off. What do "
    "the entry fees come to?",
    146 * 32 - 38 * 10,
)
calc(
    "tropical_fish_importer",
    "A box of 120 neon tetras cost us $54. Nine died in quarantine and we sold all the rest at "
    "$2.75. What profit did the box make?",
    (120 - 9) * dec("2.75") - 54,
)
calc(
    "patchwork_quilt_guild",
    "Each block in my quilt is 9 squares, and the quilt is 12 blocks by 10 blocks. How many "
    "squares do I need to cut?",
    9 * 12 * 10,
)
calc(
    "mobile_dog_groomer",
    "I charge $65 for a full groom and $30 for nails and ears. Tuesday was 5 full grooms and 4 "
    "nails-and-ears, and I drove 74 miles at 45 cents a mile. Takings minus mileage?",
    5 * 65 + 4 * 30 - 74 * dec("0.45"),
)
calc(
    "grape_picking_crew",
    "Pickers get €0.16 a kilo. Marta picked 612 kg on Monday and 587 kg on Tuesday. How much "
    "has she earned?",
    (612 + 587) * dec("0.16"),
)
calc(
    "grape_picking_crew",
    "our crew filled 46 bins at 380 kg each and the winery pays €1.25 a kilo, whats the load worth",
    46 * 380 * dec("1.25"),
)
calc(
    "village_panto_society",
    "Panto tickets are £9 for adults and £5 for children. The Saturday matinee sold 84 adult and "
    "131 child tickets. What were the takings?",
    84 * 9 + 131 * 5,
)
calc(
    "bouldering_gym_desk",
    "A 10-visit punch card costs £85 and a single entry is £10.50. How much does a climber save "
    "by using the card for 10 visits instead of paying each time?",
    10 * dec("10.50") - 85,
)
calc(
    "bouldering_gym_desk",
    "Shoe hire is £3.50. On Sunday 67 climbers hired shoes and 23 bought a bag of chalk at £4.20. "
    "How much did the desk take for shoes and chalk together?",
    67 * dec("3.50") + 23 * dec("4.20"),
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


LITRE = F(1, 1000)  # m^3
HECTARE = F(10**4)  # m^2

# plain one-liners
unit_r(P, "Convert 173 cm to inches", dec("1.73") / IN)
unit_r(P, "how many km is 13.1 miles", dec("13.1") * MI / 1000)
unit(P, "What's 104.9 °F in Celsius?", f_to_c(dec("104.9")), EXACT)
unit(P, "-17 C to F", c_to_f(-17), EXACT)
unit_r(P, "How many pounds is 79.5 kg?", dec("79.5") / LB)
unit_r(P, "11 stone 4 lb in kilograms", 11 * STONE + 4 * LB)
unit_r(P, "how many square feet in 45 square metres", 45 / SQFT)
unit_r(P, "convert 12.5 acres to hectares", dec("12.5") * ACRE / HECTARE)
unit_r(P, "36 psi in bar please", 36 * PSI / BAR)
unit(P, "How many MiB make up 6.25 GiB?", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "What is 70 km/h in miles per hour?", 70 * KMH / MPH)
unit_r(P, "750 grams is how many ounces?", dec("0.75") / OZ)
unit(P, "5 ft 10 in in centimetres", (5 * FT + 10 * IN) * 100, EXACT)
unit_r(P, "4.2 cubic metres to cubic feet", dec("4.2") / CUFT)

# word problems, one per register, and a second one for six registers
unit_r(
    "narrowboat_hire_yard",
    "The locks on this canal take boats up to 72 feet. Our longest hire boat is 21 metres - how "
    "many feet is that?",
    21 / FT,
)
unit_r(
    "change_ringing_tower",
    "Our tenor bell weighs 712 kg according to the foundry. What is that in pounds?",
    712 / LB,
)
unit_r(
    "taxidermy_workshop",
    "A customer's salmon weighed 23 lb 6 oz on the bank. What's that in kilograms?",
    23 * LB + 6 * OZ,
)
unit(
    "longcase_clock_restorer",
    "The seconds pendulum on this longcase clock is 39.1 inches long. How many centimetres is "
    "that?",
    dec("39.1") * IN * 100,
    EXACT,
)
unit_r(
    "model_railway_society",
    "Our OO gauge baseboard is 8 ft by 4 ft. What's its area in square metres?",
    8 * 4 * SQFT,
)
unit(
    "model_railway_society",
    "The club's garden railway runs 145 yards round the lawn. How many metres of track is that?",
    145 * YD,
    EXACT,
)
unit(
    "community_fridge_rota",
    "The community fridge has to stay at 5 °C or below, but our thermometer reads Fahrenheit. "
    "What is 5 °C in Fahrenheit?",
    c_to_f(5),
    EXACT,
)
unit(
    "wedding_cake_studio",
    "The sponge recipe says 160 °C but my old oven dial only shows Fahrenheit. What should I set "
    "it to?",
    c_to_f(160),
    EXACT,
)
unit_r(
    "cricket_scorebox",
    "The speed gun clocked that delivery at 141 km/h. What's that in mph for the scoreboard?",
    141 * KMH / MPH,
)
unit_r(
    "food_bank_warehouse",
    "The van's payload is 1,200 kg. How many pounds is that?",
    1200 / LB,
)
unit(
    "sheepdog_trial_committee",
    "The outrun on our trial course is 400 yards. What's that in metres?",
    400 * YD,
    EXACT,
)
unit_r(
    "glassblowing_hotshop",
    "We keep the furnace at 2,100 °F. What's that in degrees Celsius?",
    f_to_c(2100),
)
unit_r(
    "glassblowing_hotshop",
    "The gas supply to the glory hole runs at 0.5 psi. How many millibar is that?",
    dec("0.5") * PSI / 100,
)
unit_r(
    "reed_thatching_crew",
    "This barn roof has 1,250 square feet of thatch. Convert that to square metres.",
    1250 * SQFT,
)
unit(
    "reed_thatching_crew",
    "We cut our hazel spars 30 inches long. How long is that in cm?",
    30 * IN * 100,
    EXACT,
)
unit(
    "violin_repair_bench",
    "A full-size violin has a 14 inch body. How many millimetres is that?",
    14 * IN * 1000,
    EXACT,
)
unit(
    "darts_league_captain",
    "The oche has to be 7 ft 9.25 in from the face of the board. What is that in centimetres?",
    (7 * FT + dec("9.25") * IN) * 100,
    EXACT,
)
unit_r(
    "campervan_converter",
    "With the pop-top down the van is 2.65 m tall. How many feet is that?",
    dec("2.65") / FT,
)
unit_r(
    "campervan_converter",
    "The fresh water tank I'm fitting holds 70 litres. How many cubic feet is that?",
    70 * LITRE / CUFT,
)
unit_r(
    "rowing_boathouse",
    "The head race course is 6,000 metres. How far is that in miles?",
    6000 / MI,
)
unit_r(
    "rowing_boathouse",
    "Our new eight weighs 96 kg on the slings. What's that in lb?",
    96 / LB,
)
unit_r(
    "seed_library_desk",
    "A packet of broad bean seed weighs 3.5 oz. How many grams is that?",
    dec("3.5") * OZ * 1000,
)
unit_r(
    "planetarium_operator",
    "Our dome is 15 metres across. Visitors keep asking for it in feet - what is it?",
    15 / FT,
)
unit_r(
    "chess_congress_arbiter",
    "The playing hall measures 40 m by 22 m. How many square feet is that?",
    40 * 22 / SQFT,
)
unit(
    "tropical_fish_importer",
    "The shipping boxes arrived with the water at 77 °F. What's that in Celsius?",
    f_to_c(77),
    EXACT,
)
unit_r(
    "tropical_fish_importer",
    "A display tank is 48 by 18 by 20 inches inside. What's its volume in litres?",
    48 * 18 * 20 * IN**3 / LITRE,
)
unit(
    "patchwork_quilt_guild",
    "A king-size quilt is 108 inches square. How long is each side in centimetres?",
    108 * IN * 100,
    EXACT,
)
unit_r(
    "mobile_dog_groomer",
    "The Newfoundland I groom weighed 68 kg at the vet's. How many pounds is that?",
    68 / LB,
)
unit_r(
    "grape_picking_crew",
    "The vineyard we pick for is 12 hectares. How many acres is that?",
    12 * HECTARE / ACRE,
)
unit_r(
    "village_panto_society",
    "The painted backdrop has to be 18 feet wide. How many metres is that?",
    18 * FT,
)
unit_r(
    "bouldering_gym_desk",
    "The top of our tallest boulder is 4.5 m off the mats. How many feet is that?",
    dec("4.5") / FT,
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


def say(d):
    """A date written out, e.g. 4 March 2030."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def sayw(d):
    """A date written out with its computed weekday, e.g. Monday 4 March 2030."""
    return f"{weekday(d)} {say(d)}"


assert say(D(2030, 3, 4)) == "4 March 2030" and sayw(D(2030, 3, 4)) == "Monday 4 March 2030"

# plain one-liners
date_item(P, "What day of the week was 19 July 1969?", weekday(D(1969, 7, 19)))
date_item(
    P,
    "how many days between 3 February 2031 and 17 November 2031",
    days(D(2031, 2, 3), D(2031, 11, 17)),
)
date_item(P, "What date is 250 days after 12 April 2029?", D(2029, 4, 12) + TD(days=250))
date_item(P, "date 6 weeks before 2 January 2030?", D(2030, 1, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks is it from 5 March 2029 to 11 June 2029?",
    weeks(D(2029, 3, 5), D(2029, 6, 11)),
)
date_item(P, "Which weekday is 1 January 2040?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How old is someone born on 30 August 1991 on 15 May 2030?",
    age(D(1991, 8, 30), D(2030, 5, 15)),
)
date_item(P, "third Thursday of October 2031 - what date?", nth_weekday(2031, 10, THU, 3))
date_item(P, "How many minutes from 07:45 to 16:20?", clock_span("07:45", "16:20", 60))
date_item(
    P,
    "How many hours is it from 22:00 to 06:30 the next morning?",
    clock_span("22:00", "06:30", 3600),
)
date_item(P, "what date is 1,000 days after 1 June 2028", D(2028, 6, 1) + TD(days=1000))
date_item(
    P,
    "Days between 25 December 2029 and 14 February 2030?",
    days(D(2029, 12, 25), D(2030, 2, 14)),
)
date_item(P, "What was the date of the last Monday in May 2033?", nth_weekday(2033, 5, MON, -1))
date_item(P, "90 days before 1 October 2032 is what date?", D(2032, 10, 1) - TD(days=90))

# word problems, one per register, and a second one for six registers
_boat = D(2029, 7, 14)
date_item(
    "narrowboat_hire_yard",
    f"We pick the narrowboat up on {sayw(_boat)} and have it for 11 nights. What date do we "
    "hand it back?",
    _boat + TD(days=11),
)
date_item(
    "change_ringing_tower",
    "Our bells were recast on 8 May 1923. How many years will it have been since the recasting "
    "on 8 May 2031?",
    age(D(1923, 5, 8), D(2031, 5, 8)),
)
date_item(
    "change_ringing_tower",
    "We're ringing a quarter peal on the second Sunday of September 2029. What date is that?",
    nth_weekday(2029, 9, SUN, 2),
)
date_item(
    "taxidermy_workshop",
    "A customer dropped off a mallard on 17 October 2029 and I quoted 16 weeks for the mount. "
    "What date is 16 weeks after drop-off?",
    D(2029, 10, 17) + TD(weeks=16),
)
date_item(
    "longcase_clock_restorer",
    "I started restoring a longcase movement on 4 March 2030 and finished on 19 August 2030. How "
    "many days after the start did I finish?",
    days(D(2030, 3, 4), D(2030, 8, 19)),
)
date_item(
    "model_railway_society",
    "Our exhibition is always on the first Saturday of March. What date is that in 2031?",
    nth_weekday(2031, 3, SAT, 1),
)
date_item(
    "community_fridge_rota",
    "Yoghurts donated to the fridge on 28 June 2029 are good for 9 more days. What date is 9 days "
    "after 28 June 2029?",
    D(2029, 6, 28) + TD(days=9),
)
date_item(
    "wedding_cake_studio",
    "The wedding is on 21 September 2030 and I start baking the tiers 12 days before. What date "
    "do I start?",
    D(2030, 9, 21) - TD(days=12),
)
date_item(
    "cricket_scorebox",
    "The county match starts on 12 June 2030. What day of the week is that?",
    weekday(D(2030, 6, 12)),
)
date_item(
    "food_bank_warehouse",
    "Tins that came in on 5 January 2030 have a best-before 730 days after that. What date is "
    "the best-before?",
    D(2030, 1, 5) + TD(days=730),
)
date_item(
    "sheepdog_trial_committee",
    "Our trial is held on the last Saturday in August. What date is that in 2029?",
    nth_weekday(2029, 8, SAT, -1),
)
date_item(
    "sheepdog_trial_committee",
    "Entries open on 1 April 2029 and close on 19 June 2029. How many days after opening do "
    "entries close?",
    days(D(2029, 4, 1), D(2029, 6, 19)),
)
date_item(
    "glassblowing_hotshop",
    "The vase went into the annealer at 17:40 and comes out at 09:10 the next morning. How many "
    "hours is that?",
    clock_span("17:40", "09:10", 3600),
)
date_item(
    "reed_thatching_crew",
    "The old thatch on this cottage went on 23 May 1994. How old is it in whole years on 1 May "
    "2031?",
    age(D(1994, 5, 23), D(2031, 5, 1)),
)
date_item(
    "violin_repair_bench",
    "The varnish on a cello needs 21 days to cure. If I varnish it on 3 February 2030, what's "
    "the date 21 days later?",
    D(2030, 2, 3) + TD(days=21),
)
_darts = D(2029, 10, 4)
date_item(
    "darts_league_captain",
    f"Our league has 22 weekly fixtures starting on {sayw(_darts)}, one every week with no "
    "breaks. What date is the last fixture?",
    _darts + TD(weeks=22 - 1),
)
date_item(
    "campervan_converter",
    "The van's MOT runs out on 30 November 2030. How many days is that after 6 August 2030?",
    days(D(2030, 8, 6), D(2030, 11, 30)),
)
date_item(
    "rowing_boathouse",
    "The regatta we have entered starts on 1 July 2031. What weekday is that?",
    weekday(D(2031, 7, 1)),
)
date_item(
    "seed_library_desk",
    "Seed saved on 12 September 2029 should have a germination test 150 days later. What date is "
    "that?",
    D(2029, 9, 12) + TD(days=150),
)
date_item(
    "seed_library_desk",
    "We lend seed on 20 March 2030 and ask for saved seed back 26 weeks later. What's the "
    "return date?",
    D(2030, 3, 20) + TD(weeks=26),
)
date_item(
    "planetarium_operator",
    "Our comet show runs from 14 January 2030 to 22 April 2030. How many days are there between "
    "those two dates?",
    days(D(2030, 1, 14), D(2030, 4, 22)),
)
date_item(
    "planetarium_operator",
    "The dome projector was switched on at 08:15 and ran until 23:05. How many minutes did it run?",
    clock_span("08:15", "23:05", 60),
)
_round1 = D(2030, 3, 1)
date_item(
    "chess_congress_arbiter",
    f"Round 1 of the congress is on {sayw(_round1)} and the final round is 9 days later. What day "
    "of the week is the final round?",
    weekday(_round1 + TD(days=9)),
)
date_item(
    "chess_congress_arbiter",
    "A junior was born on 11 November 2017. How old is she on 2 March 2030, the day the "
    "under-13 section starts?",
    age(D(2017, 11, 11), D(2030, 3, 2)),
)
date_item(
    "tropical_fish_importer",
    "Fish that landed on 8 August 2030 must spend 35 days in quarantine. On what date do they "
    "come out?",
    D(2030, 8, 8) + TD(days=35),
)
date_item(
    "patchwork_quilt_guild",
    "Our quilt guild was founded on 15 April 1987. How many years old is the guild on 15 April "
    "2031?",
    age(D(1987, 4, 15), D(2031, 4, 15)),
)
date_item(
    "mobile_dog_groomer",
    "Bella the poodle is groomed every 6 weeks. Her last groom was 10 December 2029. When is the "
    "next one due?",
    D(2029, 12, 10) + TD(weeks=6),
)
date_item(
    "grape_picking_crew",
    "Harvest started 9 September 2030 and the last grapes came in on 2 October 2030. How many "
    "days between those dates?",
    days(D(2030, 9, 9), D(2030, 10, 2)),
)
_panto = D(2030, 12, 26)
date_item(
    "village_panto_society",
    "Our panto opens on Boxing Day, 26 December 2030. What day of the week is that?",
    weekday(_panto),
)
_rehearse = _panto - TD(weeks=16)
date_item(
    "village_panto_society",
    f"Rehearsals start on {sayw(_rehearse)} and the panto opens on {say(_panto)}. How many whole "
    "weeks is that?",
    weeks(_rehearse, _panto),
)
date_item(
    "bouldering_gym_desk",
    "A membership bought on 18 January 2030 expires 90 days after purchase. On what date does it "
    "expire?",
    D(2030, 1, 18) + TD(days=90),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four in each register, needing the language model
ORDINARY = {
    "narrowboat_hire_yard": (
        "Is a narrowboat holiday in February a bad idea with two kids under five?",
        (
            "Roughly how long does it take to cruise the Llangollen Canal from Hurleston to "
            "Llangollen and back?"
        ),
        "Write a friendly welcome note for hire customers explaining how to work a lock safely.",
        "We charge £138 a night in spring. What should we charge in August to stay competitive?",
    ),
    "change_ringing_tower": (
        "Can you explain what dodging means in change ringing?",
        "What is the longest peal ever rung on tower bells, and how many changes did it have?",
        "Suggest a method our band of six could learn after Plain Bob Doubles.",
        "Write out the first twelve changes of Grandsire Triples.",
    ),
    "taxidermy_workshop": (
        "Is it legal in the UK to mount a barn owl that was found dead by the road?",
        "What's the best way to keep moths out of mounted birds in a display case?",
        "How much should I charge to mount a full red deer head?",
        "Write an Instagram caption for a fox mount I've just finished.",
    ),
    "longcase_clock_restorer": (
        "Why would a grandfather clock stop after a couple of hours even though it's fully wound?",
        "Roughly what is an 18th-century Lancashire longcase clock worth at auction?",
        "Explain the difference between an anchor escapement and a deadbeat escapement.",
        (
            "A customer's clock loses 42 seconds a day. Which way do I turn the rating nut, "
            "and how far?"
        ),
    ),
    "model_railway_society": (
        "Should our club switch the layout over from DC to DCC?",
        "Why is OO gauge a different scale from HO when they use the same track?",
        "Draft a newsletter paragraph inviting members to help at the spring exhibition.",
        "Write a Python script that counts the locomotives in our roster CSV by livery.",
    ),
    "community_fridge_rota": (
        "Is it safe for people to put home-cooked food in a community fridge?",
        "Write a rota reminder for the volunteers doing the Monday evening temperature check.",
        "How much food does the UK throw away every year?",
        "The fridge thermometer has read 9 degrees all morning. What should we do with the food?",
    ),
    "wedding_cake_studio": (
        "What flavour combinations are popular for autumn weddings?",
        "How far in advance can I make sugar flowers for a cake?",
        "The couple say the cake is for about 120 people, maybe more. How many tiers should I do?",
        "Write a polite email telling a bride her deposit isn't refundable.",
    ),
    "cricket_scorebox": (
        "How does the Duckworth-Lewis-Stern method work?",
        "Who has the highest Test batting average after Bradman?",
        "Is a batter out if the ball hits the fielder's helmet and is then caught?",
        "What net run rate do we need to make the playoffs?",
    ),
    "food_bank_warehouse": (
        "Which foods do food banks most need over the winter?",
        "How should we store donated tins so they don't rust?",
        "Write a thank-you letter to the supermarket for its £1,450 donation.",
        "How many people used food banks in the UK last year?",
    ),
    "sheepdog_trial_committee": (
        "What do the commands come bye and away to me mean to a sheepdog?",
        "How do judges score the shed at a sheepdog trial?",
        "Who won the International Sheep Dog Trials in 2019?",
        "Write a short radio announcement for our trial on the village green.",
    ),
    "glassblowing_hotshop": (
        "Why does my glass crack in the annealer even when the temperature looks right?",
        "Which colour frit is most forgiving for beginners?",
        "What's the price of natural gas per kWh for businesses at the moment?",
        "Write a safety briefing for first-time visitors to the hotshop.",
    ),
    "reed_thatching_crew": (
        "Is water reed or long straw better for a steep roof?",
        "How many years does a water reed roof usually last?",
        "Do I need listed building consent to re-ridge a thatched cottage?",
        "Write a quote letter for re-thatching a cottage roof in water reed.",
    ),
    "violin_repair_bench": (
        "What causes a wolf tone on a cello and how do I tame it?",
        "Is it worth repairing a cracked top on a student violin?",
        "Which is better for bows, Mongolian or Siberian horsehair?",
        "How much is a Stradivarius violin worth?",
    ),
    "darts_league_captain": (
        "What's the best way to check out on 116?",
        "In doubles, should our strongest player throw first or second?",
        "Write the team selection message for Thursday's away match.",
        "What's the highest three-dart average ever thrown in a televised match?",
    ),
    "campervan_converter": (
        "Do I have to tell my insurer about my campervan conversion?",
        "Which is better for a van, a diesel heater or a gas heater?",
        "How many solar panels would I need to run a compressor fridge off-grid?",
        "Describe how to wire a leisure battery with a split charge relay.",
    ),
    "rowing_boathouse": (
        "What's a good 2k erg time for a 40-year-old woman?",
        "Explain the difference between sculling and sweep rowing.",
        "Who won the men's Boat Race in 2012?",
        "Write a four-week training plan for a novice crew.",
    ),
    "seed_library_desk": (
        "Which tomato varieties come true from saved seed?",
        "How long do parsnip seeds stay viable?",
        "Write a label for heirloom runner bean seed explaining how to sow it.",
        "Should our seed library lend out F1 hybrid seeds?",
    ),
    "planetarium_operator": (
        "Why does the Moon look bigger near the horizon?",
        "When is the next total solar eclipse visible from the UK?",
        "Write a script for a ten-minute show about the winter sky.",
        "How far away is Betelgeuse?",
    ),
    "chess_congress_arbiter": (
        "What happens if a player's phone rings during a game?",
        "How are Swiss system pairings made for round 2?",
        "Who has the highest classical rating ever?",
        "Write the announcement the arbiter reads out before round 1.",
    ),
    "tropical_fish_importer": (
        "Will neon tetras get nipped if I keep them with a male betta?",
        "What's the ideal pH for discus?",
        "Write a care sheet for cardinal tetras.",
        "How many fish can I keep in my tank?",
    ),
    "patchwork_quilt_guild": (
        "What's the history of the log cabin quilt block?",
        "Should I prewash cotton fabric before quilting?",
        "Suggest a colour scheme for a baby quilt for a girl.",
        "Write a newsletter intro for the guild's spring show.",
    ),
    "mobile_dog_groomer": (
        "How often should a husky be brushed when it's blowing its coat?",
        "Is it OK to shave a double-coated dog in summer?",
        "What should I charge for a cockapoo groom in Leeds?",
        "Write a text to a client moving Friday's appointment because my van's broken down.",
    ),
    "grape_picking_crew": (
        "What's the difference between Pinot Noir and Pinot Meunier grapes?",
        "Do I need a visa to pick grapes in France as a British citizen?",
        "How can I tell if grapes are ripe enough to pick?",
        "Translate 'the bins are full, bring the tractor' into French.",
    ),
    "village_panto_society": (
        "Suggest some jokes for the Dame in our Cinderella panto.",
        "Why is the principal boy in a pantomime traditionally played by a woman?",
        "Write a flyer for our panto: tickets £9 for adults and £5 for children.",
        "How do we get a licence to perform a published pantomime script?",
    ),
    "bouldering_gym_desk": (
        "What does V4 mean in bouldering grades and what's that in Font?",
        "How do I fall safely off the top of a boulder problem?",
        "Is climbing chalk bad for your skin?",
        "Write a welcome message for new members explaining the induction.",
    ),
}
assert tuple(ORDINARY) == REGISTERS
for _fam, _qs in ORDINARY.items():
    assert len(_qs) == 4, _fam
    for _q in _qs:
        neg(_fam, _q)

# near-positive single turns: look like a tool question, but need the language model
NEAR = (
    ("near-exchange-rate", "How much is £250 in US dollars?", "needs a current exchange rate"),
    ("near-exchange-rate", "convert 1,800 euros to pounds", "needs a current exchange rate"),
    ("near-exchange-rate", "What's 45,000 yen in euros?", "needs a current exchange rate"),
    (
        "near-exchange-rate",
        "Our box of tetras cost $54. What's that in sterling?",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "How many Swiss francs would I get for £600?",
        "needs a current exchange rate",
    ),
    (
        "near-missing-number",
        "The narrowboat is £138 a night. How much is the whole holiday?",
        "the number of nights is not given",
    ),
    (
        "near-missing-number",
        "How many tiles do I need for my bathroom floor?",
        "no sizes given",
    ),
    (
        "near-missing-number",
        "If I pick 612 kg of grapes, how much do I earn?",
        "the pay rate is not given",
    ),
    (
        "near-missing-number",
        "How many days until my passport expires?",
        "private date and the current date",
    ),
    ("near-missing-number", "What's 15% of the bill?", "the bill is not given"),
    (
        "near-missing-number",
        "How much paint do I need for the living room walls?",
        "no sizes or coverage given",
    ),
    ("near-world-fact", "How high is Snowdon in feet?", "the height is a world fact"),
    (
        "near-world-fact",
        "What's the distance from London to Edinburgh in km?",
        "the distance is a world fact",
    ),
    (
        "near-world-fact",
        "How much does an adult African elephant weigh in pounds?",
        "a world fact and an estimate",
    ),
    (
        "near-world-fact",
        "What's the boiling point of water on the summit of Everest, in Fahrenheit?",
        "a physical fact, not a conversion",
    ),
    (
        "near-current-date",
        "Count the days left until the school holidays start on 23 July.",
        "depends on the current date",
    ),
    ("near-current-date", "What's the date 100 days from now?", "depends on the current date"),
    (
        "near-current-date",
        "I was born on 27 October 1986 - how old does that make me?",
        "depends on the current date",
    ),
    ("near-current-date", "what day of the week is it", "depends on the current date"),
    (
        "near-easter",
        "Which date does Easter Monday fall on in 2033?",
        "Easter is left to the model",
    ),
    (
        "near-easter",
        "How many days are there between Easter 2030 and Christmas Day 2030?",
        "Easter is left to the model",
    ),
    (
        "near-timezone",
        "If it's 15:00 in London on 10 July 2030, what time is it in Sydney?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        (
            "A flight leaves New York at 21:30 and takes 7 hours 20 minutes to Paris. "
            "What's the local time when it lands?"
        ),
        "time zones",
    ),
    ("near-timezone", "What time is 9am Pacific in Berlin?", "time zones"),
    (
        "near-working-days",
        "How many working days are there between 1 March 2030 and 30 April 2030?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "What date is 15 business days after 20 December 2029?",
        "working days over Christmas bank holidays",
    ),
    (
        "near-working-days",
        "How many weekdays are there in June 2031 once bank holidays are taken out?",
        "bank holidays depend on the country",
    ),
    (
        "near-contested-unit",
        "How many litres does a 7 gallon water butt hold?",
        "US or imperial gallons",
    ),
    ("near-contested-unit", "Convert 2 pints to ml", "US or imperial pints"),
    ("near-contested-unit", "How many grams are in a cup of flour?", "a volume of flour"),
    (
        "near-contested-unit",
        "Our trailer is rated at 2.5 tons - how many kilos is that?",
        "short, long or metric tons",
    ),
    (
        "near-contested-unit",
        "the recipe wants 75 ml of oil, how many tablespoons is that",
        "tablespoon sizes differ",
    ),
    (
        "near-numeric-date",
        "What date is 30 days after 04/05/2030?",
        "day and month order not stated",
    ),
    (
        "near-numeric-date",
        "How many days between 02/03/2031 and 11/03/2031?",
        "day and month order not stated",
    ),
    ("near-numeric-date", "What weekday is 06/07/2029?", "day and month order not stated"),
    ("near-words", "Write 1,947 in words.", "a writing task"),
    (
        "near-words",
        "What is MCMXCIV plus XXVI, in Roman numerals?",
        "Roman numerals in and out",
    ),
    ("near-words", "Spell out £2,318.45 for a cheque.", "a writing task"),
    (
        "near-words",
        "Which year is MCMLXVI, carved on the old cinema's foundation stone?",
        "Roman numerals",
    ),
    (
        "near-code",
        "Write a Rust function that turns a weight in stone and pounds into kilograms.",
        "a code request",
    ),
    ("near-code", "What does 7 // 2 return in Python, and why?", "a code question"),
    (
        "near-code",
        "Fix this JavaScript: let total = price * qty; console.log(totl)",
        "a code fix",
    ),
    (
        "near-code",
        "Write a SQL query that sums the amount column for March 2030.",
        "a code request",
    ),
    (
        "near-spreadsheet",
        "What Excel formula adds 20% VAT to the value in B2?",
        "a spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "How do I get the number of days between two dates in Google Sheets?",
        "a spreadsheet how-to",
    ),
    (
        "near-spreadsheet",
        "Write a spreadsheet formula that rounds C4 up to the nearest 5.",
        "a spreadsheet formula",
    ),
    (
        "near-dosing",
        "My dog weighs 68 kg. How much paracetamol can I give her?",
        "a dosing question",
    ),
    ("near-dosing", "How much Calpol can a 14 kg toddler have?", "a dosing question"),
    (
        "near-standard-size",
        "What's the size of an A5 notebook page in inches?",
        "a standard size must be known first",
    ),
    ("near-standard-size", "How many inches wide is a king size duvet?", "sizes differ by country"),
    (
        "near-standard-size",
        "What size in cm is a standard UK internal door?",
        "a standard size must be known first",
    ),
    (
        "near-estimate",
        "Roughly how many sheets of paper stacked up would reach the top of Big Ben?",
        "an estimate",
    ),
    (
        "near-estimate",
        "About how long would it take to walk from Land's End to John o' Groats?",
        "an estimate",
    ),
    (
        "near-explain",
        "My spreadsheet shows 0.30000000000000004 when I add 0.1 and 0.2. Why?",
        "an explanation",
    ),
    (
        "near-explain",
        "Explain how compound interest works, with a simple example.",
        "an explanation",
    ),
    ("near-explain", "Where does the idea of 60 minutes in an hour come from?", "an explanation"),
    ("near-explain", "Why do we have leap years, and why wasn't 1900 one?", "an explanation"),
    ("near-ambiguous", "What's 6/2(1+2)?", "the notation is ambiguous"),
    ("near-ambiguous", "Convert 100 to metric.", "no unit given"),
    ("near-ambiguous", "How many days are in a month?", "depends on the month"),
    ("near-ambiguous", "how many feet?", "nothing to convert"),
    (
        "near-density",
        "How many kilograms is 2 litres of honey?",
        "needs the density of honey",
    ),
    (
        "near-density",
        "How many grams does 350 ml of golden syrup weigh?",
        "needs the density of golden syrup",
    ),
    (
        "near-language",
        "How do you say three hundred and forty-five in Spanish?",
        "a language question",
    ),
    (
        "near-language",
        "What's the French word for the number 80, and why is it built that way?",
        "a language question",
    ),
)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: the last user turn needs what an earlier turn fixed
_c_nights = 6 * 142
assert _c_nights == 852
conv(
    "conv-persona",
    [
        (
            S,
            (
                "You are Captain Barnacle, a cheerful canal-boat skipper who answers "
                "everything in rhyming nautical slang."
            ),
        ),
        (U, "How much would 6 nights at £142 a night cost us, captain?"),
    ],
    "a persona fixed in the system turn",
)
conv(
    "conv-persona",
    [
        (
            S,
            (
                "You are a patient maths tutor for a ten-year-old. Never give the answer "
                "straight away; give a hint first and ask the child to try."
            ),
        ),
        (U, "What's 84 divided by 7? I have to hand my sheet in."),
    ],
    "a tutoring persona that withholds the answer",
)
conv(
    "conv-persona",
    [
        (
            U,
            (
                "For the rest of this chat, talk like a grumpy Victorian clockmaker who "
                "hates being interrupted."
            ),
        ),
        (A, "Hmph. Very well. State your business and be quick about it."),
        (U, "Well then, how many seconds are there in 3 hours and 20 minutes, sir?"),
    ],
    "a persona fixed in an earlier turn",
)
conv(
    "conv-convention",
    [
        (U, "At our bakery a batch means 36 scones."),
        (A, "Got it: one batch is 36 scones."),
        (U, "So how many scones in seven and a half batches?"),
    ],
    "a unit defined in an earlier turn",
)
conv(
    "conv-convention",
    [
        (
            U,
            "For this chat, weeks start on Sunday and week 1 is the week containing 1 January.",
        ),
        (A, "Understood: Sunday-start weeks, week 1 contains 1 January."),
        (U, "Which week number does 18 March 2031 fall in then?"),
    ],
    "a week-numbering convention from an earlier turn",
)
conv(
    "conv-convention",
    [
        (U, "In our darts league a win is worth 2 points and every leg bonus is worth 3."),
        (A, "Noted: 2 points a win, 3 per leg bonus."),
        (U, "We won 11 matches and picked up 19 leg bonuses - what's our points total?"),
    ],
    "a scoring rule from an earlier turn",
)
conv(
    "conv-convention",
    [
        (U, "Our quilt guild counts a fat quarter as a 50 cm by 55 cm piece."),
        (A, "Okay, in your guild a fat quarter is 50 x 55 cm."),
        (U, "How many square centimetres do nine fat quarters give me?"),
    ],
    "a size defined in an earlier turn",
)
_c9 = 9 * 138
conv(
    "conv-correction",
    [
        (U, "What's 9 nights at £138?"),
        (A, f"9 x £138 = £{_c9:,}."),
        (U, "Sorry, I meant 11 nights, and there's a £60 cleaning fee on top."),
    ],
    "a correction of an earlier turn",
)
_c_days = days(D(2030, 3, 4), D(2030, 8, 19))
assert _c_days == 168
conv(
    "conv-correction",
    [
        (U, "How many days between 4 March 2030 and 19 August 2030?"),
        (A, f"There are {_c_days} days between them."),
        (U, "Oops, it actually finished on the 29th. What's the new figure?"),
    ],
    "a correction of an earlier turn",
)
_c_lb = 68 / LB
conv(
    "conv-correction",
    [
        (U, "Convert 68 kg to pounds."),
        (A, f"68 kg is about {float(_c_lb):.1f} lb."),
        (U, "No wait, it was 86 - I swapped the digits round."),
    ],
    "a correction of an earlier turn",
)
_c_pct = pct(15) * 2400
assert _c_pct == 360
conv(
    "conv-correction",
    [
        (U, "What's 15% of £2,400?"),
        (A, f"15% of £2,400 is £{num(_c_pct)}."),
        (U, "Hmm, the rate should have been 12.5 - can you redo it?"),
    ],
    "a correction of an earlier turn",
)
_c16 = D(2029, 10, 17) + TD(weeks=16)
conv(
    "conv-followup",
    [
        (U, "What date is 16 weeks after 17 October 2029?"),
        (A, f"16 weeks after 17 October 2029 is {sayw(_c16)}."),
        (U, "And 20 weeks after?"),
    ],
    "a follow-up of an earlier turn",
)
_c_ft = 21 / FT
conv(
    "conv-followup",
    [
        (U, "How many feet is 21 metres?"),
        (A, f"21 metres is about {float(_c_ft):.2f} feet."),
        (U, "and what about 18.5 of them?"),
    ],
    "a follow-up of an earlier turn",
)
_c_sum = 104 + 117 + 89
assert _c_sum == 310
conv(
    "conv-followup",
    [
        (U, "What's the total of 104, 117 and 89?"),
        (A, f"{_c_sum}."),
        (U, "Now times that by the ticket price on the flyer I showed you."),
    ],
    "a follow-up that refers to something never given",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 26 December 2030?"),
        (A, f"{say(_panto)} is a {weekday(_panto)}."),
        (U, "What about the same date the year after that?"),
    ],
    "a follow-up of an earlier turn",
)
_c_bags = F(2720) / dec("0.85")
assert _c_bags == 3200
conv(
    "conv-followup",
    [
        (U, "How many bags at 85p can I buy with £2,720?"),
        (A, f"£2,720 / £0.85 = {num(_c_bags):,} bags."),
        (U, "What if the price goes up by 10p a bag?"),
    ],
    "a follow-up of an earlier turn",
)
_c_bows = 17 * 75 + 4 * 110 - 260
assert _c_bows == 1455
conv(
    "conv-format",
    [
        (U, "Work out 17 x 75 + 4 x 110 - 260."),
        (A, f"17 x 75 + 4 x 110 - 260 = {_c_bows:,}."),
        (U, "Can you set that out as a step-by-step table with a running total column?"),
    ],
    "a format request about an earlier answer",
)
_c_yd = 400 * YD
assert _c_yd == dec("365.76")
conv(
    "conv-format",
    [
        (U, "Convert 400 yards to metres."),
        (A, f"400 yards is {float(_c_yd)} metres."),
        (U, "Put that in a sentence I can read out over the PA, rounded sensibly."),
    ],
    "a format request about an earlier answer",
)
_c150 = D(2029, 9, 12) + TD(days=150)
conv(
    "conv-format",
    [
        (U, "What date is 150 days after 12 September 2029?"),
        (A, f"It is {say(_c150)}."),
        (U, "Write that the American way, with the weekday spelled out in front."),
    ],
    "a format request about an earlier answer",
)
_c_km = dec("26.2") * MI / 1000
conv(
    "conv-language",
    [
        (U, "How many kilometres is 26.2 miles?"),
        (A, f"26.2 miles is about {float(_c_km):.2f} km."),
        (U, "Repite la respuesta en español, por favor."),
    ],
    "a language switch after an earlier answer",
)
_c_eur = dec("191.84") + dec("175.20")
assert _c_eur == dec("367.04")
conv(
    "conv-language",
    [
        (U, "Add up €191.84 and €175.20."),
        (A, f"That's €{float(_c_eur):.2f}."),
        (U, "Now explain that sum to my French pickers, in French."),
    ],
    "a language switch after an earlier answer",
)
_c_wd = weekday(D(2031, 7, 1))
conv(
    "conv-language",
    [
        (U, "What day of the week is 1 July 2031?"),
        (A, f"1 July 2031 is a {_c_wd}."),
        (U, "How would I say that in Welsh?"),
    ],
    "a language switch after an earlier answer",
)
conv(
    "conv-unit-fixed",
    [
        (U, "From now on give every length in feet and inches, never decimal feet."),
        (A, "Will do: feet and inches only."),
        (U, "How long is 2.65 m in that case?"),
    ],
    "an output unit format fixed in an earlier turn",
)
conv(
    "conv-unit-fixed",
    [
        (U, "Please give weights in stone and pounds for the rest of this chat."),
        (A, "Sure, stone and pounds it is."),
        (U, "Our eight weighs 96 kg on the slings. What's that, then?"),
    ],
    "an output unit fixed in an earlier turn",
)
conv(
    "conv-unit-fixed",
    [
        (U, "I only work in metric, so convert anything I give you into metric."),
        (A, "Understood, I'll convert to metric."),
        (U, "The barn wall is 14 ft 3 in high."),
    ],
    "the target unit is fixed in an earlier turn",
)
_c_avg = F(396, 12)
assert _c_avg == 33
conv(
    "conv-explain",
    [
        (U, "What's 396 divided by 12?"),
        (A, f"{num(_c_avg)}."),
        (U, "Why is a batting average worked out with the not-outs taken off?"),
    ],
    "an explanation",
)
_c_min = clock_span("08:15", "23:05", 60)
assert _c_min == 890
conv(
    "conv-explain",
    [
        (U, "Minutes between 08:15 and 23:05, please?"),
        (A, f"{num(_c_min)} minutes."),
        (U, f"Walk me through how you got {num(_c_min)}, step by step."),
    ],
    "an explanation of an earlier answer",
)
_c_f = c_to_f(160)
assert _c_f == 320
conv(
    "conv-explain",
    [
        (U, "Convert 160 °C to Fahrenheit."),
        (A, f"160 °C is {num(_c_f)} °F."),
        (U, "Why do you multiply by nine fifths and then add 32?"),
    ],
    "an explanation of an earlier answer",
)
_c_age = age(D(2017, 11, 11), D(2030, 3, 2))
assert _c_age == 12
conv(
    "conv-explain",
    [
        (U, "How old is someone born 11 November 2017 on 2 March 2030?"),
        (A, f"They are {_c_age}."),
        (U, "Why not 13? 2030 minus 2017 is 13."),
    ],
    "an explanation of an earlier answer",
)
conv(
    "conv-number-fixed",
    [
        (U, "Let's call the hire price per night P, and P is £142."),
        (A, "OK, P = £142."),
        (U, "What's 6P plus the £95 deposit?"),
    ],
    "a number fixed in an earlier turn",
)
conv(
    "conv-number-fixed",
    [
        (U, "Remember this for later: our bin count for the day is 46."),
        (A, "Noted: 46 bins."),
        (U, "Multiply the bin count by 380 kg and give me the total in pounds."),
    ],
    "a number fixed in an earlier turn",
)
conv(
    "conv-number-fixed",
    [
        (U, "My start date at the vineyard is 9 September 2030."),
        (A, "Got it, you start on 9 September 2030."),
        (U, "What date is 23 days after my start date?"),
    ],
    "a date fixed in an earlier turn",
)
conv(
    "conv-notation",
    [
        (U, "I'm German, so I write decimals with a comma, like 2,5."),
        (A, "Understood, a comma is your decimal separator."),
        (U, "So what's 3,75 times 12?"),
    ],
    "a decimal notation fixed in an earlier turn",
)
conv(
    "conv-notation",
    [
        (U, "In this chat dates are written day.month.year."),
        (A, "OK, day.month.year."),
        (U, "What's 30 days after 04.05.2030?"),
    ],
    "a date order fixed in an earlier turn",
)
conv(
    "conv-notation",
    [
        (U, "Use 24-hour times and write any duration as hh:mm from here on."),
        (A, "Will do."),
        (U, "From 17:40 to 09:10 the next morning is how long?"),
    ],
    "an output format fixed in an earlier turn",
)

# this set's own counts
_reg_items = [i for i in items if i["family"] in REGISTERS]
assert len(_reg_items) == 25 * 3 + 18 + 100, len(_reg_items)
for _fam in REGISTERS:
    _negs = [i for i in _reg_items if i["family"] == _fam and i["label"] == "negative"]
    assert len(_negs) == 4, _fam
    _labels = {i["label"] for i in _reg_items if i["family"] == _fam} - {"negative"}
    assert len(_labels) == 3, _fam
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in _reg_items if i["label"] == _label)
    assert _n == 25 + 6, (_label, _n)
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
_neg_regs = {i["family"] for i in items if i["label"] == "negative"} & set(REGISTERS)
assert _pos_regs == _neg_regs == set(REGISTERS)
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)
assert sum(1 for i in items if i["family"].startswith("conv-")) == WANT_CONVERSATION_NEGATIVES
assert sum(1 for i in items if i["family"].startswith("near-")) == WANT_NEAR_NEGATIVES

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
    # no register (family name) of this set is a family name of sets 19 to 39
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 39: {reused}"
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
