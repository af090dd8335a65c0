r"""Generate heldout-2027-01-10.jsonl: a thirty-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_37.py, by `sed -n`: lines 1-348
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 552-612 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 798-862 (its date helpers, date_item() and weeks()), 1061-1070
(its section header, neg() and conv()) and 1814-2038 (its stated-weekday check, its checks and
main()), plus one `grep -n "^def \|^# ===="` of it (def lines and section headers with their line
numbers) and one `wc -l` of it (2038 lines), run together in one command. None of its query blocks
was opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/,
docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one generator), and not
README.md. The only other use of /work/main was running /work/main/.venv/bin/ruff with /work/main
as the working directory (on this file only, always with --no-cache). No __pycache__ directory
anywhere was looked at; main() keeps sys.dont_write_bytecode = True and its --digest subprocess
sets PYTHONDONTWRITEBYTECODE. Neither /work itself nor /work/sealed22 to /work/sealed37 was listed
or opened. The earlier generators (sets 1-37) are only imported, in memory, by this file's main()
for the duplicate and register checks; no other script imported them. Their queries were never
printed. No JSONL file was opened (not even this set's own output: only this generator's summary,
its failure messages and its --show listing of ids, expected values and tolerances were read), no
git command was run, no network and no search tool was used, and neither the router nor the bench
nor the tests were run.

What was run: the `wc -l`, `grep -n`, `sed -n` and `cat` above; one command of `ls /tmp | grep -c
h38` (0), `mkdir -p` of /tmp/h38/blocks and /work/sealed38, `sed -n` copies of the same allowed
ranges of set 37 into block files under /tmp/h38/blocks/ (lines 1-348, 552-612, 798-862, 1061-1070
and 1814-2038), `wc -l` of the blocks, a `grep -n` for the `from __future__` line in the first copy
(its line 210), `python3 --version` (3.11.7) and `date`; a small `python3` script
(/tmp/h38/subst.py, written by a `cat` heredoc) that cut the first copy from its `from __future__`
line (set 37's line 210) to P = "plain" (line 348) and substituted this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_37.py), EARLIER (sets 1-37, `range(2, 38)`), REGISTER_CHECK (sets
19-37, adding make_heldout_37.py) and "sets 19 to 36" -> "sets 19 to 37" in one comment and one
message string of main() (it printed how often each substitution applied: once each, twice for the
last), after which it deleted the first copy (with set 37's docstring); a `grep -n` of the two
substituted blocks for those names and numbers; `cat` heredocs that wrote this set's own blocks
under /tmp/h38/own/ (calculator, unit, date, ordinary, near-positive, conversation and assert
blocks), an assembly script /tmp/h38/assemble.py that builds this file by concatenating the blocks
and prints its line count, and a helper /tmp/h38/run.sh that runs assemble.py, the three ruff
commands below, `ruff format --check` and this generator from /tmp, writing its output to
/tmp/h38/out.txt; this docstring was written last over a one-line placeholder written by `printf`
(its source text, /tmp/h38/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h38/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged); edits of
own blocks by `sed -i`, stdin `python3` scripts and the scripts replace_regs.py, reword1.py and
wrap.py (the changes are listed below), with `grep -n` and `grep -c` checks of own blocks; after
every assembly, from /work/main as the working directory, `.venv/bin/ruff format --no-cache -q`,
`.venv/bin/ruff check --fix --unsafe-fixes --no-cache -q` (it printed nothing), `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff format --check --no-cache` on this file; `python3 -c`
checks of line lengths in this file (characters, not bytes) and two `sed -n` views of this file's
own lines (twenty-one lines cut to 60 columns after wrap.py, and its first three lines cut to 80
columns near the end); a `python3` script (/tmp/h38/astcmp.py) that checked that the syntax trees
of the blocks (the copied ones after the substitutions, and the own ones) are those of this file
after its docstring, statement by statement and in order (ruff changed layout only; 300
statements); this generator itself, from /tmp as the working directory (output read with `tail` and
`head`; once with --show, filtered by `grep` for the ids, laid out by `column -t` into
/tmp/h38/show.txt and read with `wc -l` and `cat`); runs of this file with --digest (one of them
with PYTHONHASHSEED=7); `sha256sum` of the JSONL; `ls -la /work/sealed38`; and `rm -rf /tmp/h38`
with `ls /tmp | grep -c h38` afterwards. Writes: /work/sealed38/ was created for this file and its
JSONL; temporary blocks, scripts and output under /tmp/h38/ were deleted afterwards. Nothing was
written into /work/main.

Changes to set 37's main() and checks: only the substitutions listed above (file names, sets 1-37
for the duplicate check, sets 19-37 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 37's
checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for
positives, the answers' consistency (calculator and exact unit answers are numbers with at most
three decimals, every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by at least two and by all three tools, no repeat of an earlier
query or user turn, the register check, the stated-weekday pattern check, and a byte-for-byte
regeneration check (the file on disk, and a fresh run of this script with another PYTHONHASHSEED
via --digest, give the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks),
unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two
decimals), whole_up() (asserts rounding up is really tested) and SQFT/SQYD/CUFT. Added, newly
written (as set 37 describes its own additions): asserts on every computed figure stated in an
assistant turn, asserts on the numbers of ordinary (25 registers, four each), near-positive and
conversation negatives and on their family prefixes, an assert that the ordinary negatives use
exactly the positive registers, and one on the number of items in those registers (193).

Disclosures: the kinds of item follow set 37's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 37's docstring
list them), and the helpers, unit factors and checks are set 37's, copied (P = "plain" is copied
too, as the last line of the first block). Set 37's docstring (within lines 1-348) names its
registers, the names it found taken (bell_foundry, canal_lock_keeper, chair_caner, clog_maker,
cricket_bat_maker, falconry_centre, horn_comb_maker, kite_maker, oyster_hatchery, puppet_theatre,
tortoise_sanctuary, mole_catcher, tapestry_conservator), those set 36 found taken (besom_maker,
charcoal_burner, coracle_builder, ice_sculptor, meadery, taxidermy_studio, lime_burner) and those
set 35 found taken (bagpipe_maker, sea_salt_works, snail_farm), its provenance, set 36's line
ranges and the generic kinds of its reworded items, which were therefore seen; some plain
one-liners, near-positives and conversations here are of those same generic kinds, newly worded.
The `grep -n` printed no docstring, query or constant line: only def lines and section headers with
their line numbers. At the edges of the allowed ranges: line 348 is P = "plain", 552, 798 and 1061
are section headers, 611 is the last line of unit_r() and 612 is blank, 861 is the last line of
weeks() and 862 is blank, 1068 is the last line of conv() and 1069-1070 are blank, 1814 is the
comment above the stated-weekday pattern and 2038 is the call of main(). No query text of any
earlier set was seen. Every query here was newly written from imagination of each trade. Registers
of sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be ruled out; an
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 37 (the near-.../conv-... families are not registers and
may coincide with earlier family names).

Register check: main()'s register assertion failed once. The first run that reached it (every check
before it had passed) reported 2 of the 25 first-chosen registers as family names of sets 19 to 37
(parchment_maker, sundial_maker); they were replaced by pearl_button_maker and globe_gore_maker,
all their positives and ordinary negatives being dropped (replace_regs.py, which asserted that it
dropped 2 calculator, 3 unit and 3 date items and 8 ordinary negatives) and new ones written for
the new trades (`cat` heredocs appending to the own blocks, and a stdin `python3` script adding the
eight ordinary negatives; its first version left a doubled closing bracket, a syntax error that
ruff reported and a stdin `python3` script removed). The next run passed the register check.

Other failed checks and edits before the duplicate check passed: the first run stopped at calc()'s
three-decimals assert on a plain fraction-to-decimal one-liner (new fraction, by `sed -i`); the
next two stopped at close_enough_at_2dp() on a unit word problem of netsuke_carver (new figure, by
`sed -i`) and on one of shingle_splitter (new wording and figure, by a stdin `python3` script).
Before any run: one word in a calculator word problem of mobile_cider_press was replaced by `sed
-i` because it was a relative-date word the positive checks forbid, and one near-positive (another
language) was added by a stdin `python3` script to reach 65.

Own items reworded after main()'s duplicate check reported them by id (23 items, one round,
reword1.py, 27 string edits; reworded without the earlier queries being looked at and without
knowing which turn of a conversation had matched): four plain calculator one-liners (a cube, a
discount, a percentage increase, a power; new figures and wording), three plain unit one-liners
(Celsius to Fahrenheit, psi to bar, yards to metres; new figures), eleven near-positives (two code
requests, a contested unit, two current-date questions, a density, Easter, an all-numeric date, two
private records and a world fact with a new subject; new wording or figures) and five conversations
(two explanations, two languages and a date given earlier; user turns reworded and, where figures
changed, the assistant turns and their asserts too). The next run passed every check. After it, one
date word problem of fly_tying_studio was reworded by a stdin `python3` script so that its week
count is asked as a plain difference between two dates (not a count of weekly sessions), and
wrap.py split every string literal longer than 72 characters in the ordinary, near-positive and
conversation blocks into implicitly concatenated pieces at spaces (90 strings; it asserted that
every string value is unchanged), so that no line of this file exceeds 100 characters. All checks
passed again after each of these edits.

Registers (families), 25, new: arrow_fletcher, bait_worm_farm, balloon_envelope_repairer,
barometer_restorer, bodhran_maker, copper_kettle_tinner, eel_smokery, fly_tying_studio,
globe_gore_maker, gold_leaf_beater, harpsichord_voicer, map_engraver, mobile_cider_press,
netsuke_carver, pearl_button_maker, penjing_nursery, queen_bee_breeder, rocking_horse_restorer,
saddle_tree_maker, saw_doctor, shingle_splitter, sporran_maker, tambour_beader, umbrella_repairer,
urushi_lacquerer. None is in set 37's list; none is among the names found taken above or in set
37's docstring. Every register is used by all three tools (asserted); eighteen registers have a
fourth positive (a second calculator word problem: eel_smokery, fly_tying_studio, gold_leaf_beater,
map_engraver, mobile_cider_press, saw_doctor; a second unit word problem:
balloon_envelope_repairer, barometer_restorer, copper_kettle_tinner, pearl_button_maker,
penjing_nursery, shingle_splitter; a second date word problem: globe_gore_maker,
harpsichord_voicer, queen_bee_breeder, rocking_horse_restorer, sporran_maker, urushi_lacquerer).
Positives are one-liners (family "plain") or word problems of one to three sentences in UK and US
usage with £, $ and €, some chatty, terse or lower-case. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, private dates or records, world facts, estimates, judgements, words / Roman numerals /
another language, code or spreadsheet formulas, dosing, standard sizes, time zones, Easter, working
days, contested units, all-numeric dates of unstated order, the current date, an explanation, or a
persona / format / language / unit / convention / number fixed in an earlier turn, a follow-up or
correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 37: US vs imperial pints / cups / gallons
/ quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories, horsepower, kB
vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and
parsecs, nautical miles and knots, troy ounces, nominal sizes in positives, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as a difference), and clock spans run from one stated time to the next
occurrence of the other (three cross midnight). Quantities bought whole are rounded up (asserted to
be fractional before rounding). Every rounded unit result stays within its 1e-3 tolerance when
given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 37):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly; 1 hPa = 100 Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_38.py   (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-10.jsonl"
PREFIX = "ho38-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_37.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 38))
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
calc(P, "what is 18.5% of 2,640", pct("18.5") * 2640)
calc(P, "7,284 ÷ 24", F(7284, 24))
calc(P, "347 x 58 =", 347 * 58)
calc(P, "Square root of 12,544?", math.isqrt(12544))
assert math.isqrt(12544) ** 2 == 12544
calc(P, "(64.5 + 38.25) * 4", (dec("64.5") + dec("38.25")) * 4)
calc(P, "what's 3.2 cubed", dec("3.2") ** 3)
calc(P, "Write 11/40 as a decimal.", F(11, 40))
calc(P, "take 15% off 93.60", dec("93.60") * (1 - pct(15)))
calc(P, "Increase 1,375 by 12 percent", 1375 * (1 + pct(12)))
calc(P, "9,000 minus 2,347.65", 9000 - dec("2347.65"))
calc(P, "percentage increase going from 80 to 92?", (F(92) - 80) / 80 * 100)
calc(P, "average of 14, 19, 23, 31 and 38", F(14 + 19 + 23 + 31 + 38, 5))
calc(P, "3^9", 3**9)
calc(P, "27 is what percent of 360", F(27, 360) * 100)

# word problems, one or two per register
calc(
    "barometer_restorer",
    "I charge £85 to re-silver a barometer tube and £42.50 for a new bezel glass. Three "
    "customers want both done, what's the total across all three?",
    3 * (85 + dec("42.50")),
)
calc(
    "gold_leaf_beater",
    "A book of 25 leaves of 23.5 carat gold sells at €38.40. What does that work out at per leaf?",
    dec("38.40") / 25,
)
calc(
    "gold_leaf_beater",
    "gilding a pub sign takes 170 leaves and they only come in books of 25. how many books "
    "do i have to order",
    whole_up(F(170, 25)),
)
calc(
    "saddle_tree_maker",
    "Sold 14 saddle trees at $465 apiece and my materials came to $2,380 all in. What's my profit?",
    14 * 465 - 2380,
)
calc(
    "bodhran_maker",
    "Goatskin runs me 36 euro a hide and each hide gives two drum heads (hides are only sold "
    "whole). Frames are 54 euro each. Materials for 9 bodhráns?",
    whole_up(F(9, 2)) * 36 + 9 * 54,
)
calc(
    "arrow_fletcher",
    "A dozen hand-fletched arrows is $138. An archery club orders seven dozen and I'm giving "
    "them 15% off. What's the bill?",
    7 * 138 * (1 - pct(15)),
)
calc(
    "netsuke_carver",
    "Spent 38 hours on a boxwood hare netsuke. I want £28 an hour plus £65 for the wood — what "
    "price should go on it?",
    38 * 28 + 65,
)
calc(
    "harpsichord_voicer",
    "Revoicing a double-manual: 183 new plectra at €2.40 each and 6 hours of labour at €55 an "
    "hour. Quote total please",
    183 * dec("2.40") + 6 * 55,
)
calc(
    "urushi_lacquerer",
    "raw urushi costs $96 per 100 g tube and one tray uses 35 g. lacquer cost per tray?",
    F(96, 100) * 35,
)
calc(
    "mobile_cider_press",
    "We charge 45p per litre of juice pressed. The last customer went home with 312 litres, "
    "so what do I invoice in pounds?",
    dec("0.45") * 312,
)
calc(
    "mobile_cider_press",
    "The orchard takes 30% of the £1,860 we made at the apple day. What's left for us?",
    1860 * (1 - pct(30)),
)
calc(
    "balloon_envelope_repairer",
    "Replacement ripstop is $18.75 a yard and this tear needs 14 yards, plus $210 labor. Total "
    "for the customer?",
    dec("18.75") * 14 + 210,
)
calc(
    "rocking_horse_restorer",
    "Real horsehair for a mane and tail costs £3.20 per 10 g and I need 240 g of it. How much "
    "will that be?",
    dec("3.20") * F(240, 10),
)
calc(
    "fly_tying_studio",
    "Evening class: 8 people at $45 each. I pay $12 a head for materials and $60 for the room. "
    "What do I clear?",
    8 * 45 - 8 * 12 - 60,
)
calc(
    "fly_tying_studio",
    "A grizzly hackle cape costs $64 and ties roughly 80 dry flies. Hackle cost per fly?",
    F(64, 80),
)
calc(
    "penjing_nursery",
    "Sold 24 trees at the show, €68.50 each, all by card. The card fees are 1.75% — how much "
    "did the fees take?",
    24 * dec("68.50") * pct("1.75"),
)
calc(
    "shingle_splitter",
    "Shingles go out in bundles of 80 at £52 a bundle and I don't split bundles. A customer "
    "needs 1,500 shingles. What will the bundles cost them?",
    whole_up(F(1500, 80)) * 52,
)
calc(
    "copper_kettle_tinner",
    "Retinning is $4.50 per inch of diameter. What's the charge for three pans measuring "
    "8, 10 and 12 inches?",
    dec("4.50") * (8 + 10 + 12),
)
calc(
    "sporran_maker",
    "Wholesale price on my dress sporrans is £185 and the shop marks them up 60%. Retail price?",
    185 * (1 + pct(60)),
)
calc(
    "queen_bee_breeder",
    "Mated queens are €38 each, and postage is €7.50 per box with up to 5 queens in a box. "
    "What does an order of 12 queens come to?",
    12 * 38 + whole_up(F(12, 5)) * dec("7.50"),
)
calc(
    "bait_worm_farm",
    "dendrobaenas retail at $0.085 per worm. price of a tub of 250?",
    dec("0.085") * 250,
)
calc(
    "tambour_beader",
    "Beading a bodice: 2,400 sequins at 0.6p each plus 18 hours at £24/hr. What's my quote "
    "in pounds?",
    2400 * dec("0.006") + 18 * 24,
)
calc(
    "saw_doctor",
    "Sharpened 26 band saw blades at €14 and 9 circular blades at €22.50 for one sawmill. "
    "They get 10% trade discount. Invoice total?",
    (26 * 14 + 9 * dec("22.50")) * (1 - pct(10)),
)
calc(
    "saw_doctor",
    "Carbide tips are 85 cents each. A 48-tooth blade needs 6 replaced, plus $9 labor — cost?",
    6 * dec("0.85") + 9,
)
calc(
    "umbrella_repairer",
    "Spare ribs are £2.80 each. Brolly with 4 snapped ribs, plus £15 for the work: what do I "
    "charge?",
    4 * dec("2.80") + 15,
)
calc(
    "eel_smokery",
    "Eel loses about 35% of its weight in the smoker. If we put in 60 kg of raw eel, how many "
    "kg of smoked eel come out?",
    60 * (1 - pct(35)),
)
calc(
    "eel_smokery",
    "Smoked eel fillet is £48 a kilo. How much is a 350 g pack?",
    48 * F(350, 1000),
)
calc(
    "map_engraver",
    "Copper plate costs $0.32 per square inch. Mine's 18 by 24 inches, so what did it cost?",
    18 * 24 * dec("0.32"),
)
calc(
    "map_engraver",
    "a run of 150 prints: paper 0.95 each and printing 1.40 each, split evenly three ways "
    "between us. what's each partner's share of the cost?",
    150 * (dec("0.95") + dec("1.40")) / 3,
)
calc(
    "globe_gore_maker",
    "My 30 cm desk globe retails at £420 and the museum shop gets 35% trade discount. What do "
    "they pay me?",
    420 * (1 - pct(35)),
)
calc(
    "pearl_button_maker",
    "15% of mother-of-pearl blanks crack when I drill them. How many blanks must I cut to end "
    "up with 340 good buttons?",
    340 / (1 - pct(15)),
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
unit_r(P, "convert 37 miles to km", 37 * MI / 1000)
unit(P, "5 ft 9 in in centimetres?", (5 * 12 + 9) * IN * 100, EXACT)
unit(P, "-17 °C in Fahrenheit", c_to_f(-17), EXACT)
unit(P, "102.2°F to Celsius", f_to_c(dec("102.2")), EXACT)
unit(P, "How many MiB are in 3.75 GiB?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "68 km/h in mph please", 68 * KMH / MPH)
unit_r(P, "14 acres is how many hectares", 14 * ACRE / 10**4)
unit_r(P, "58 psi to bar?", 58 * PSI / BAR)
unit_r(P, "11 st 4 lb in kg?", (11 * 14 + 4) * LB)
unit_r(P, "850 grams to ounces", F(850, 1000) / OZ)
unit_r(P, "how many square feet is 42 m²", 42 / SQFT)
unit_r(P, "Convert 1.8 cubic metres to cubic feet.", dec("1.8") / CUFT)
unit(P, "6,144 KiB = ? MiB", F(6144 * KIB, MIB), EXACT)
unit(P, "275 yards in metres", 275 * YD, EXACT)

# word problems, one or two per register
unit(
    "barometer_restorer",
    "The glass tube for a stick barometer is 34 inches long. What's that in cm for the supplier?",
    34 * IN * 100,
    EXACT,
)
unit_r(
    "barometer_restorer",
    "Customer's aneroid shows 1,013 hPa. What's that in psi?",
    1013 * 100 / PSI,
)
unit(
    "gold_leaf_beater",
    "My beating packets are 4.5 inches on a side — how many centimetres is that?",
    dec("4.5") * IN * 100,
    EXACT,
)
unit_r(
    "saddle_tree_maker",
    "a finished tree weighs 3 lb 6 oz. in kilos?",
    (3 * 16 + 6) * OZ,
)
unit(
    "bodhran_maker",
    "The frame on this one is 18 inches across. What's that in centimeters?",
    18 * IN * 100,
    EXACT,
)
unit_r(
    "arrow_fletcher",
    "Chronograph says my arrows leave the bow at 290 feet per second. What is that in km/h?",
    290 * FT / KMH,
)
unit_r(
    "netsuke_carver",
    "The piece stands 64 mm tall. How many inches for the American catalogue?",
    F(64, 1000) / IN,
)
unit(
    "harpsichord_voicer",
    "The church wants the room kept at 19 °C for the instrument. What's that in Fahrenheit?",
    c_to_f(19),
    EXACT,
)
unit(
    "urushi_lacquerer",
    "The damp cabinet for curing urushi should sit at 25 °C. Fahrenheit equivalent?",
    c_to_f(25),
    EXACT,
)
unit_r(
    "mobile_cider_press",
    "We pressed 1,450 kg of apples over the weekend. How many pounds is that?",
    1450 / LB,
)
unit_r(
    "balloon_envelope_repairer",
    "The envelope's volume is 105,000 cubic feet. How many cubic metres is that?",
    105000 * CUFT,
)
unit_r(
    "balloon_envelope_repairer",
    "Burner test pressure is 8 bar; what's that in psi?",
    8 * BAR / PSI,
)
unit_r(
    "rocking_horse_restorer",
    "This dapple grey stands 52 inches to the ears. In metres?",
    52 * IN,
)
unit(
    "fly_tying_studio",
    "A 7.5 ft tapered leader, how long is that in meters?",
    dec("7.5") * FT,
    EXACT,
)
unit_r(
    "penjing_nursery",
    "Our landscape pot is 40 cm long; a US buyer wants it in inches.",
    F(40, 100) / IN,
)
unit(
    "penjing_nursery",
    "Greenhouse must not drop below 41 °F for the junipers. What is that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit_r(
    "shingle_splitter",
    "I price shingle roofs per 100 square feet. What is 100 square feet in square metres?",
    100 * SQFT,
)
unit(
    "shingle_splitter",
    "I cut my cedar bolts 16 inches long. What's that in cm?",
    16 * IN * 100,
    EXACT,
)
unit(
    "copper_kettle_tinner",
    "Pure tin melts at 232 °C. What's that in Fahrenheit?",
    c_to_f(232),
    EXACT,
)
unit_r(
    "copper_kettle_tinner",
    "french saucepan is 28 cm across, how many inches",
    F(28, 100) / IN,
)
unit(
    "sporran_maker",
    "Belt chain is 48 inches. Centimetres?",
    48 * IN * 100,
    EXACT,
)
unit(
    "queen_bee_breeder",
    "I run the queen cell incubator at 34.5 °C. What would that be in °F?",
    c_to_f(dec("34.5")),
    EXACT,
)
unit_r(
    "bait_worm_farm",
    "We've got 30 bins each holding 2 cubic feet of bedding. Total in litres?",
    30 * 2 * CUFT * 1000,
)
unit_r(
    "tambour_beader",
    "The slate frame is 24 inches by 18 inches. Area in square centimetres?",
    24 * 18 * IN * IN * 10**4,
)
unit(
    "saw_doctor",
    "Bandsaw blade speed is 5,000 feet per minute. What is that in metres per second?",
    5000 * FT / 60,
    EXACT,
)
unit_r(
    "umbrella_repairer",
    "Golf umbrella canopy spans 1.2 m. How many inches?",
    dec("1.2") / IN,
)
unit(
    "eel_smokery",
    "Hot smoking the eels at 176°F — what is that in Celsius?",
    f_to_c(176),
    EXACT,
)
unit(
    "map_engraver",
    "The hi-res scan of my plate is 2,304 MiB. How many GiB is that?",
    F(2304 * MIB, GIB),
    EXACT,
)
unit(
    "globe_gore_maker",
    "The brass meridian ring has an inside diameter of 13.5 inches. In mm?",
    dec("13.5") * IN * 1000,
    EXACT,
)
unit(
    "pearl_button_maker",
    "We keep the shell soaking tank at 104 °F. What is that in Celsius?",
    f_to_c(104),
    EXACT,
)
unit_r(
    "pearl_button_maker",
    "a sack of trochus shell weighs 55 lb, what's that in kg",
    55 * LB,
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
date_item(P, "what day of the week is 19 March 2031", weekday(D(2031, 3, 19)))
date_item(
    P,
    "How many days are there between 3 February 2027 and 17 August 2027?",
    days(D(2027, 2, 3), D(2027, 8, 17)),
)
date_item(P, "Date 100 days after 12 October 2027?", D(2027, 10, 12) + TD(days=100))
date_item(
    P,
    "number of weeks from 5 January 2027 to 13 April 2027",
    weeks(D(2027, 1, 5), D(2027, 4, 13)),
)
date_item(P, "age on 4 May 2027 of someone born 22 July 1988", age(D(1988, 7, 22), D(2027, 5, 4)))
date_item(P, "Minutes from 07:45 to 16:20?", clock_span("07:45", "16:20", 60))
date_item(
    P, "hours between 21:30 and 05:15 the following morning", clock_span("21:30", "05:15", 3600)
)
date_item(P, "What date falls 6 weeks before 3 March 2028?", D(2028, 3, 3) - TD(weeks=6))
date_item(P, "1 January 2040 — which weekday?", weekday(D(2040, 1, 1)))
date_item(P, "45 days on from 28 December 2027 is what date", D(2027, 12, 28) + TD(days=45))
date_item(P, "days from 14 June 1995 to 14 June 2027", days(D(1995, 6, 14), D(2027, 6, 14)))
date_item(P, "Third Thursday of November 2027: what date?", nth_weekday(2027, 11, THU, 3))
date_item(P, "250 days before 1 September 2028 was which date", D(2028, 9, 1) - TD(days=250))
date_item(P, "Which day of the week was 8 November 2033?", weekday(D(2033, 11, 8)))

# word problems, one or two per register
date_item(
    "barometer_restorer",
    "The banjo barometer came in on 9 March 2027 and I quoted ten weeks. What date is it due back?",
    D(2027, 3, 9) + TD(weeks=10),
)
date_item(
    "gold_leaf_beater",
    "Started beating at 08:40 and finished the last packet at 13:55. How many minutes was that?",
    clock_span("08:40", "13:55", 60),
)
date_item(
    "saddle_tree_maker",
    "Laid up the fibreglass on a batch of trees on 26 November 2027 and they cure for 21 days. "
    "When are they ready?",
    D(2027, 11, 26) + TD(days=21),
)
date_item(
    "bodhran_maker",
    "Want a stack of drums finished for St Patrick's Day, 17 March 2028. What weekday is that?",
    weekday(D(2028, 3, 17)),
)
date_item(
    "arrow_fletcher",
    "I started fletching on 2 August 2027 and the tournament is on 18 September 2027. How many "
    "days did I have?",
    days(D(2027, 8, 2), D(2027, 9, 18)),
)
date_item(
    "netsuke_carver",
    "My best collector was born on 30 April 1951. How old will he be at the exhibition opening "
    "on 15 October 2027?",
    age(D(1951, 4, 30), D(2027, 10, 15)),
)
date_item(
    "harpsichord_voicer",
    "Concert is 12 June 2027 and I have to finish the revoicing 9 days before it. Which date is "
    "my deadline?",
    D(2027, 6, 12) - TD(days=9),
)
date_item(
    "harpsichord_voicer",
    "voicing session ran from 14:15 until 18:45, how many hours is that",
    clock_span("14:15", "18:45", 3600),
)
date_item(
    "urushi_lacquerer",
    "I began lacquering a tray on 10 January 2027 and the coats plus curing take 54 days. "
    "Finish date?",
    D(2027, 1, 10) + TD(days=54),
)
date_item(
    "urushi_lacquerer",
    "Humidity cabinet shift is 22:00 to 06:30. How many hours?",
    clock_span("22:00", "06:30", 3600),
)
date_item(
    "mobile_cider_press",
    "We're booked for a village apple day on 23 October 2027. What day of the week is it?",
    weekday(D(2027, 10, 23)),
)
date_item(
    "balloon_envelope_repairer",
    "Last fabric porosity test was 11 April 2027 and the next is due 26 weeks after that. "
    "What date?",
    D(2027, 4, 11) + TD(weeks=26),
)
date_item(
    "rocking_horse_restorer",
    "Customer wants the horse back before Christmas. What weekday is 25 December 2027?",
    weekday(D(2027, 12, 25)),
)
date_item(
    "rocking_horse_restorer",
    "The horse went to the gesso stage on 6 September 2027 and that takes 75 days. When will "
    "it be ready to paint?",
    D(2027, 9, 6) + TD(days=75),
)
date_item(
    "fly_tying_studio",
    "How many weeks are there between 13 January 2027 and 31 March 2027? Planning our course.",
    weeks(D(2027, 1, 13), D(2027, 3, 31)),
)
date_item(
    "penjing_nursery",
    "Repotted the juniper on 19 March 2027; no pruning for 45 days afterwards. Earliest date "
    "I can prune?",
    D(2027, 3, 19) + TD(days=45),
)
date_item(
    "shingle_splitter",
    "Cedar split on 2 July 2027 is seasoning until 29 October 2027. Number of days?",
    days(D(2027, 7, 2), D(2027, 10, 29)),
)
date_item(
    "copper_kettle_tinner",
    "First pan went on the fire at 09:20 and the last came off at 15:05 — how long was that in "
    "hours?",
    clock_span("09:20", "15:05", 3600),
)
date_item(
    "sporran_maker",
    "Order came in on 7 January 2027 and my lead time is 9 weeks. Due date?",
    D(2027, 1, 7) + TD(weeks=9),
)
date_item(
    "sporran_maker",
    "burns night is 25 january 2028, what day of the week does it fall on",
    weekday(D(2028, 1, 25)),
)
date_item(
    "queen_bee_breeder",
    "Grafted the larvae on 12 May 2027 and the queens emerge 12 days later. Which date?",
    D(2027, 5, 12) + TD(days=12),
)
date_item(
    "queen_bee_breeder",
    "How many weeks from 3 June 2027 to 1 July 2027? That's my mating nuc check.",
    weeks(D(2027, 6, 3), D(2027, 7, 1)),
)
date_item(
    "bait_worm_farm",
    "New worm bin set up on 15 August 2027, first harvest after 90 days. What date is that?",
    D(2027, 8, 15) + TD(days=90),
)
date_item(
    "tambour_beader",
    "The wedding's on 18 September 2027 and the beaded bodice has to be done 5 weeks before. "
    "What's the date?",
    D(2027, 9, 18) - TD(weeks=5),
)
date_item(
    "saw_doctor",
    "sharpening shift at the mill is 06:45 to 14:30. minutes?",
    clock_span("06:45", "14:30", 60),
)
date_item(
    "umbrella_repairer",
    "Our shop opened on 1 March 1962. How many days had it been open on 1 March 2027?",
    days(D(1962, 3, 1), D(2027, 3, 1)),
)
date_item(
    "eel_smokery",
    "The eels go into brine at 16:30 and come out at 07:00 the next morning. How many hours "
    "in brine?",
    clock_span("16:30", "07:00", 3600),
)
date_item(
    "map_engraver",
    "Finished engraving on 28 February 2027; printing starts 40 days later. What date?",
    D(2027, 2, 28) + TD(days=40),
)
date_item(
    "globe_gore_maker",
    "Our globe exhibition opens on 14 May 2028. Which weekday is that?",
    weekday(D(2028, 5, 14)),
)
date_item(
    "globe_gore_maker",
    "The varnish on the gores needs 6 weeks to harden and the globes ship on 2 February 2028. "
    "What's the latest date I can varnish?",
    D(2028, 2, 2) - TD(weeks=6),
)
date_item(
    "pearl_button_maker",
    "My apprentice has been cutting button blanks from 9 September 2027 to 18 November 2027. "
    "How many weeks is that?",
    weeks(D(2027, 9, 9), D(2027, 11, 18)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, each needing the language model
ORDINARY = [
    (
        "barometer_restorer",
        "How should I dispose of the old mercury from a stick barometer safely in the UK?",
    ),
    (
        "barometer_restorer",
        (
            "Write a short Instagram caption for a banjo barometer I've just "
            "restored, about 1860s, rosewood case."
        ),
    ),
    (
        "barometer_restorer",
        (
            "what's the practical difference between an aneroid and a mercury "
            "barometer? need a plain-English paragraph for a customer"
        ),
    ),
    (
        "barometer_restorer",
        "Any gentle way to lift foxing off a paper barometer dial without taking the ink with it?",
    ),
    (
        "gold_leaf_beater",
        (
            "Why is gold leaf beaten between sheets of goldbeater's skin rather "
            "than paper? Explain it simply for a workshop open day."
        ),
    ),
    (
        "gold_leaf_beater",
        (
            "Draft a polite email turning down a bulk order because our beating "
            "schedule is full until spring."
        ),
    ),
    (
        "gold_leaf_beater",
        "is loose leaf or transfer leaf better for water gilding a picture frame?",
    ),
    (
        "gold_leaf_beater",
        "Suggest five names for a small gold leaf studio that also runs gilding courses.",
    ),
    (
        "saddle_tree_maker",
        "What are the pros and cons of beech versus laminated wood for a saddle tree?",
    ),
    (
        "saddle_tree_maker",
        "A saddler says my trees are twisting after a month in use. What might be causing that?",
    ),
    (
        "saddle_tree_maker",
        (
            "write a one-paragraph product blurb for a hand-made western saddle "
            "tree with rawhide covering"
        ),
    ),
    ("saddle_tree_maker", "How do I explain gullet width to a rider who has never heard the term?"),
    (
        "bodhran_maker",
        (
            "Should a bodhrán skin be tunable from the inside, and how do I "
            "describe that option to buyers?"
        ),
    ),
    (
        "bodhran_maker",
        "my goatskins keep tearing at the tacks when they dry. what am i doing wrong",
    ),
    (
        "bodhran_maker",
        (
            "Write a short bio for my stall at a folk festival: I make bodhráns "
            "in Galway from local ash."
        ),
    ),
    ("bodhran_maker", "Which tipper woods give a warmer tone, and why?"),
    (
        "arrow_fletcher",
        "Are turkey feathers or plastic vanes better for traditional longbow arrows, and why?",
    ),
    (
        "arrow_fletcher",
        "Explain what 'helical fletching' does to arrow flight in a couple of sentences.",
    ),
    ("arrow_fletcher", "Draft a care card to go in each box of hand-fletched arrows."),
    ("arrow_fletcher", "how do I stop fletching glue going brittle in cold weather?"),
    (
        "netsuke_carver",
        "What's the difference between a katabori and a manju netsuke? Customers keep asking.",
    ),
    (
        "netsuke_carver",
        "Can you suggest ethical alternatives to ivory that still take fine detail?",
    ),
    ("netsuke_carver", "Write a gallery label for a boxwood netsuke of a sleeping hare."),
    (
        "netsuke_carver",
        "How do I get that warm aged patina on new boxwood without faking it badly?",
    ),
    (
        "harpsichord_voicer",
        "Delrin or quill for plectra on a Flemish double? Give me the arguments both ways.",
    ),
    (
        "harpsichord_voicer",
        (
            "Write a short note to a church explaining why their harpsichord "
            "needs revoicing, not just tuning."
        ),
    ),
    ("harpsichord_voicer", "what makes a plectrum 'pluck hard' and how do voicers usually fix it"),
    ("harpsichord_voicer", "Recommend some books on historical harpsichord voicing."),
    (
        "urushi_lacquerer",
        "How do I protect myself from urushi rash, and what should I do if I get it?",
    ),
    ("urushi_lacquerer", "Explain why urushi needs humidity to cure rather than dry air."),
    (
        "urushi_lacquerer",
        "Draft an Etsy listing for a black and red urushi soup bowl, made in Kyoto style.",
    ),
    (
        "urushi_lacquerer",
        "what's kintsugi and is it ok to offer it as a repair service if I'm not Japanese?",
    ),
    (
        "mobile_cider_press",
        "Write a flyer for our mobile cider press visiting village greens in the autumn.",
    ),
    (
        "mobile_cider_press",
        "Do we need a food hygiene rating to press other people's apples into juice in England?",
    ),
    (
        "mobile_cider_press",
        "Which apple varieties make good single-variety juice and which are better blended?",
    ),
    (
        "mobile_cider_press",
        "how do we deal with customers who bring rotten windfalls without causing an argument",
    ),
    (
        "balloon_envelope_repairer",
        "What causes porosity in hot air balloon fabric, and can it be reversed?",
    ),
    (
        "balloon_envelope_repairer",
        (
            "Write a customer email explaining that their envelope failed the "
            "grab test and what happens next."
        ),
    ),
    (
        "balloon_envelope_repairer",
        "Tips for training a new sewer on the twin-needle machine for load tapes?",
    ),
    (
        "balloon_envelope_repairer",
        (
            "is it worth repairing a 600-hour envelope or should the owner "
            "retire it? what should I ask them"
        ),
    ),
    (
        "rocking_horse_restorer",
        (
            "How do I tell whether a rocking horse is a genuine Victorian piece "
            "or a later reproduction?"
        ),
    ),
    (
        "rocking_horse_restorer",
        "Write a short story-style description of a dapple grey rocking horse for our website.",
    ),
    (
        "rocking_horse_restorer",
        "Should I restore original paint or repaint fully? Give me the ethics in a paragraph.",
    ),
    ("rocking_horse_restorer", "what glue do you use to set glass eyes so they don't pop out"),
    ("fly_tying_studio", "Suggest a beginner's fly-tying course plan across six evenings."),
    ("fly_tying_studio", "Why do some fly tiers refuse to use CDC for nymphs?"),
    ("fly_tying_studio", "Write a newsletter intro announcing our new winter fly-tying club."),
    (
        "fly_tying_studio",
        (
            "how can I make my studio more welcoming for women and kids, it's "
            "all older blokes at the moment"
        ),
    ),
    (
        "penjing_nursery",
        "What's the difference between penjing and bonsai, and how should we explain it on signs?",
    ),
    ("penjing_nursery", "My Chinese elm is dropping leaves indoors in winter. Why?"),
    (
        "penjing_nursery",
        "Write a care sheet for a landscape penjing with rocks and a small juniper.",
    ),
    (
        "penjing_nursery",
        "Is it rude to sell a tree styled by my late teacher? How would you handle that?",
    ),
    (
        "shingle_splitter",
        "Which woods split best for roof shingles, and why is western red cedar so popular?",
    ),
    ("shingle_splitter", "Explain the difference between a shingle and a shake to a homeowner."),
    (
        "shingle_splitter",
        "Draft a quote cover letter for re-roofing a listed barn in split oak shingles.",
    ),
    ("shingle_splitter", "my froe keeps running out of the grain, what can i do"),
    (
        "copper_kettle_tinner",
        "Why do copper pans need to be retinned at all? Short explanation for a leaflet.",
    ),
    (
        "copper_kettle_tinner",
        "Is nickel or tin the better lining for copper cookware? Honest pros and cons.",
    ),
    (
        "copper_kettle_tinner",
        "Write a short caption for a before-and-after photo of a retinned jam pan.",
    ),
    (
        "copper_kettle_tinner",
        "How do I politely tell a customer their antique pan is too thin to be worth retinning?",
    ),
    ("sporran_maker", "What's the difference between a dress sporran and a day sporran?"),
    (
        "sporran_maker",
        (
            "Write a product description for a hand-stitched leather sporran "
            "with Celtic knot embossing."
        ),
    ),
    ("sporran_maker", "Is it still legal to sell sporrans with vintage sealskin in the UK?"),
    ("sporran_maker", "which thread holds up best for hand-stitching sporran gussets"),
    ("queen_bee_breeder", "Explain the Cloake board method for a beekeeping club newsletter."),
    ("queen_bee_breeder", "Why might a mated queen be superseded within weeks of introduction?"),
    (
        "queen_bee_breeder",
        "Write a short guide for customers on introducing a posted queen to a hive.",
    ),
    (
        "queen_bee_breeder",
        "Carniolan or Buckfast for a beginner in a wet western climate? What would you say?",
    ),
    ("bait_worm_farm", "What bedding do dendrobaenas prefer over winter?"),
    ("bait_worm_farm", "Write a cheerful label for tubs of fishing worms sold at tackle shops."),
    ("bait_worm_farm", "Why are my worms trying to escape from the bins after rain?"),
    (
        "bait_worm_farm",
        "how do I explain to a tackle shop why our worms cost more than the imported ones",
    ),
    (
        "tambour_beader",
        "What's the difference between Lunéville tambour work and ordinary chain stitch?",
    ),
    (
        "tambour_beader",
        "Suggest a warm-up exercise for students who keep missing the loop with the hook.",
    ),
    ("tambour_beader", "Write a short Instagram post about beading a couture wedding bodice."),
    ("tambour_beader", "Which fabrics are a nightmare for tambour beading and why?"),
    ("saw_doctor", "What does a saw doctor actually do? I need a paragraph for a careers fair."),
    ("saw_doctor", "Why does a bandsaw blade need tensioning by hammering? Explain it simply."),
    (
        "saw_doctor",
        (
            "Write a reminder email to sawmills about booking their blade "
            "servicing before the busy season."
        ),
    ),
    ("saw_doctor", "my apprentice keeps over-grinding the gullets, how should i coach him"),
    (
        "umbrella_repairer",
        (
            "Is it worth repairing a cheap umbrella, or is it greener to "
            "recycle it? Give me a balanced view."
        ),
    ),
    ("umbrella_repairer", "Write a cheery sign for my umbrella repair stall at the market."),
    ("umbrella_repairer", "How do I reattach a canopy tip that's pulled off a steel rib?"),
    (
        "umbrella_repairer",
        "why do so many umbrellas fail at the runner, and is there a sturdier design",
    ),
    ("eel_smokery", "Are European eels sustainable to sell? What should I tell customers who ask?"),
    ("eel_smokery", "Which woods give the best smoke flavour for eel, and why?"),
    ("eel_smokery", "Write a menu description for our smoked eel with beetroot and horseradish."),
    (
        "eel_smokery",
        "How do I explain the difference between hot and cold smoking to a food journalist?",
    ),
    ("map_engraver", "Why were maps engraved on copper rather than wood in the 18th century?"),
    (
        "map_engraver",
        "Write a short artist's statement for my hand-engraved map of the Lake District.",
    ),
    ("map_engraver", "what burin shape should I use for fine contour lines"),
    (
        "map_engraver",
        "How do I ink and wipe a plate so the hatched sea areas don't come out muddy?",
    ),
    (
        "globe_gore_maker",
        "Why are globe gores cut in those pointed segment shapes? Explain it for a school visit.",
    ),
    (
        "globe_gore_maker",
        "How do I stop paper gores stretching when I wet-paste them onto the sphere?",
    ),
    (
        "globe_gore_maker",
        "Write a product description for a hand-coloured celestial globe on an oak stand.",
    ),
    (
        "globe_gore_maker",
        "should a modern globe show disputed borders? how have other makers dealt with it",
    ),
    (
        "pearl_button_maker",
        (
            "Is farmed mother-of-pearl more sustainable than wild trochus "
            "shell? What should I tell buyers?"
        ),
    ),
    (
        "pearl_button_maker",
        "How do I keep shell dust from cutting buttons safe to breathe in a small workshop?",
    ),
    (
        "pearl_button_maker",
        "Write a short history of the pearl button trade on the Mississippi for our leaflet.",
    ),
    (
        "pearl_button_maker",
        "what finish brings up the lustre on shell buttons without making them slippery to sew",
    ),
]
for _fam, _q in ORDINARY:
    neg(_fam, _q)

# hard single-turn negatives: they look like tool questions but need the language model
NEAR = [
    ("near-exchange-rate", "How much is £240 in US dollars?", "needs a current exchange rate"),
    (
        "near-exchange-rate",
        "convert 1,500 euros to pounds for my invoice",
        "needs a current exchange rate",
    ),
    (
        "near-exchange-rate",
        "A buyer in Canada paid 600 CAD for a sporran. How many pounds does that actually come to?",
        "needs an exchange rate",
    ),
    (
        "near-density",
        "How many kilograms does 3 litres of raw honey weigh?",
        "needs the density of honey",
    ),
    (
        "near-density",
        "How heavy is a cubic metre of green ash for bodhrán frames?",
        "needs the density of green ash",
    ),
    (
        "near-density",
        "500 ml of raw linseed oil, how many grams is that",
        "needs the density of linseed oil",
    ),
    (
        "near-missing-numbers",
        "What's the total cost of the shingles for my roof?",
        "no roof size or price given",
    ),
    (
        "near-missing-numbers",
        "How much VAT do I owe on last quarter's sales?",
        "the sales figures are not given",
    ),
    (
        "near-missing-numbers",
        "If the hide glue sets in the usual time, when can I take the clamps off?",
        "no start time or setting time given",
    ),
    (
        "near-missing-numbers",
        "what's my hourly rate if I charge the going price for a sporran",
        "neither price nor hours given",
    ),
    (
        "near-private-record",
        "When did I last service the smoking kiln?",
        "a private record the model cannot see",
    ),
    (
        "near-private-record",
        "How many days until my business partner's birthday?",
        "private date and the current date",
    ),
    (
        "near-private-record",
        "What did I invoice the Hendersons for last October?",
        "private business record",
    ),
    ("near-world-fact", "What year did Britain decimalise its currency?", "a world fact"),
    ("near-world-fact", "How tall is Snowdon in feet?", "needs the height of Snowdon first"),
    ("near-world-fact", "How far is it by road from Inverness to Edinburgh?", "a geographic fact"),
    (
        "near-world-fact",
        "At what temperature does beeswax melt?",
        "a physical fact, not a conversion",
    ),
    (
        "near-estimate",
        "Roughly how many leaves of gold would it take to gild a carousel horse?",
        "an estimate from experience",
    ),
    (
        "near-estimate",
        "About how long does it take to get good enough at tambour beading to sell work?",
        "an estimate",
    ),
    (
        "near-estimate",
        "ballpark, how many worms does a keen angler get through in a day's fishing",
        "an estimate",
    ),
    (
        "near-judgement",
        "Is £450 a fair price for a restored Victorian rocking horse?",
        "a judgement of value",
    ),
    (
        "near-judgement",
        "Should I put my prices up 10% this spring or hold them where they are?",
        "a business judgement",
    ),
    (
        "near-judgement",
        "Would you take $32 an hour with no pension or $28 an hour with one?",
        "a judgement, not arithmetic",
    ),
    ("near-number-words", "Write 4,385 in words for a cheque.", "number written in words"),
    (
        "near-number-words",
        "how do you spell out €1,250.75 on an invoice",
        "amount written in words",
    ),
    (
        "near-number-words",
        "Write the year 2027 the way it would appear on a formal wedding invitation.",
        "year in words",
    ),
    (
        "near-roman-numerals",
        "What's 1887 in Roman numerals? It's going on a sundial plaque.",
        "Roman numerals",
    ),
    (
        "near-roman-numerals",
        "The barometer case is stamped MDCCCLXIV. What year is that?",
        "reading Roman numerals",
    ),
    (
        "near-roman-numerals",
        "On a clock or sundial dial, should four be IV or IIII?",
        "a convention question",
    ),
    (
        "near-other-language",
        "How do you say 'three hundred and twenty euros' in French?",
        "translation",
    ),
    ("near-other-language", "What is 'half past seven' in German?", "translation of a time"),
    (
        "near-other-language",
        "How would I write 'forty-five' in Irish on a price card?",
        "translation",
    ),
    (
        "near-code",
        (
            "Could you write me a small Python function that turns a price in "
            "pence into a pounds string like £3.05?"
        ),
        "asks for code",
    ),
    ("near-code", "JavaScript one-liner to add 23% Irish VAT to a number, please", "asks for code"),
    (
        "near-code",
        "SQL query to total invoice amounts by month from a table called invoices?",
        "asks for code",
    ),
    (
        "near-spreadsheet",
        "Excel formula for the number of days between the dates in A2 and B2?",
        "asks for a formula",
    ),
    (
        "near-spreadsheet",
        "What Google Sheets formula rounds a price up to the next 50p?",
        "asks for a formula",
    ),
    (
        "near-spreadsheet",
        "How do I make a spreadsheet column turn inches into centimetres automatically?",
        "spreadsheet how-to",
    ),
    (
        "near-dosing",
        "How much paracetamol can I give a 9-year-old who weighs 28 kg?",
        "medicine dosing",
    ),
    (
        "near-dosing",
        "How many ibuprofen can I take in a day for a sore back after splitting shingles?",
        "medicine dosing",
    ),
    (
        "near-dosing",
        "what dose of antihistamine is ok for a bee sting, I'm 70 kg",
        "medicine dosing",
    ),
    ("near-standard-size", "What size is A3 paper in inches?", "needs the standard A3 size"),
    ("near-standard-size", "How wide is a standard UK internal door in cm?", "a standard size"),
    ("near-standard-size", "What's the usual diameter of a bodhrán?", "a conventional size"),
    ("near-time-zone", "If it's 3pm in London, what time is it in Tokyo?", "time zones"),
    (
        "near-time-zone",
        "My call with a buyer in New York is at 10:00 their time. What time is that in Dublin?",
        "time zones",
    ),
    ("near-time-zone", "What time is 18:00 CET in Sydney?", "time zones and daylight saving"),
    (
        "near-easter",
        "Which date does Easter Sunday fall on in 2031? We close the workshop that weekend.",
        "Easter computation",
    ),
    (
        "near-easter",
        "How many days from Easter Monday 2028 to 1 June 2028?",
        "needs the date of Easter",
    ),
    (
        "near-working-days",
        "How many working days are there between 1 March 2027 and 30 April 2027 in England?",
        "working days and bank holidays",
    ),
    (
        "near-working-days",
        "If I quote 15 business days from 20 December 2027, when is delivery?",
        "business days over holidays",
    ),
    (
        "near-working-days",
        "How many working days does November 2027 have for a firm in Scotland?",
        "working days and holidays",
    ),
    (
        "near-contested-unit",
        "Convert 5 gallons of maple syrup to litres.",
        "US or imperial gallons",
    ),
    ("near-contested-unit", "How many grams is 3 cups of flour?", "cups and flour density"),
    (
        "near-contested-unit",
        "A supplier quotes trochus shell by the ton. How many kilograms is 3 tons?",
        "short, long or metric tons",
    ),
    (
        "near-contested-unit",
        "how many fluid ounces in a 750 ml bottle of cider",
        "US or imperial fluid ounces",
    ),
    (
        "near-numeric-date",
        "The order says delivery 07/08/2028. What weekday is that?",
        "day/month order not stated",
    ),
    (
        "near-numeric-date",
        "How many days from 03/07/2027 to 09/08/2027?",
        "day/month order not stated",
    ),
    ("near-numeric-date", "Is 06/11/2027 a Saturday?", "day/month order not stated"),
    (
        "near-current-date",
        "what's today's date, I've lost track in the workshop",
        "needs the current date",
    ),
    ("near-current-date", "How many days are left before Christmas Eve?", "needs the current date"),
    ("near-current-date", "How old am I if I was born on 3 March 1990?", "needs the current date"),
    (
        "near-explanation",
        "Explain why a mebibyte and a megabyte are not the same size.",
        "asks for an explanation",
    ),
    (
        "near-explanation",
        "Why does converting Fahrenheit to Celsius need a subtraction as well as a multiplication?",
        "asks for an explanation",
    ),
    (
        "near-explanation",
        "What's the difference between psi and bar, and why do some gauges show both?",
        "asks for an explanation",
    ),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: the last user turn depends on an earlier turn
assert pct(15) * 240 == 36
assert round(F(30, 100) / IN, 2) == dec("11.81")
assert pct(25) * 1280 == 320
assert days(D(2027, 5, 1), D(2027, 6, 30)) == 60
assert 12 * IN * 100 == dec("30.48")
assert weekday(D(2027, 8, 2)) == "Monday"
assert 18 * 45 == 810
assert days(D(2027, 4, 4), D(2027, 5, 9)) == 35
assert c_to_f(40) == 104
assert 6 * 38 == 228
assert round(55 * OZ, 2) == dec("1.56")
assert 2 * GIB / MIB == 2048
assert round(f_to_c(75), 1) == dec("23.9")
assert weeks(D(2027, 1, 6), D(2027, 3, 3)) == 8

conv(
    "conv-persona",
    [
        (
            S,
            (
                "You are a cheerful assistant for a rocking horse workshop. Keep "
                "every answer to two sentences or fewer."
            ),
        ),
        (U, "What wood is best for carving a horse's head?"),
    ],
    "persona and length fixed by the system turn",
)
conv(
    "conv-persona",
    [
        (S, "You answer as a grumpy old saw doctor with a dry sense of humour."),
        (U, "What's 15% of 240?"),
        (A, "36. Don't spend it all at once."),
        (U, "And what would you tell a youngster who wants to learn the trade?"),
    ],
    "persona from the system turn; advice",
)
conv(
    "conv-persona",
    [
        (
            S,
            (
                "You are the booking assistant for a mobile cider press. Replies "
                "must stay under fifty words."
            ),
        ),
        (U, "A farmer asks whether we travel as far as Herefordshire. Can you draft the reply?"),
    ],
    "persona and length limit",
)
conv(
    "conv-persona",
    [
        (S, "Speak like a Victorian instrument maker in every reply."),
        (U, "Convert 30 cm to inches for me."),
        (A, "Thirty centimetres, good sir, amounts to some 11.81 inches."),
        (U, "Splendid. Now tell me, in that manner, how one cuts a quill plectrum."),
    ],
    "persona kept across turns",
)
conv(
    "conv-format",
    [
        (U, "From here on, give every answer as a markdown table with a units column."),
        (A, "Understood, tables with a units column from now on."),
        (U, "Convert 5 kg, 12 kg and 20 kg to pounds."),
    ],
    "table format fixed in an earlier turn",
)
conv(
    "conv-format",
    [
        (U, "Please answer with just the number, no words, rounded to one decimal place."),
        (A, "OK."),
        (U, "What's 17 divided by 8?"),
    ],
    "rounding and format fixed earlier",
)
conv(
    "conv-format",
    [
        (U, "For my paperwork I need every date written as DD/MM/YYYY."),
        (A, "Got it, DD/MM/YYYY."),
        (U, "What's 60 days after 14 April 2027?"),
    ],
    "date format fixed earlier",
)
conv(
    "conv-format",
    [
        (U, "Bullet points please, for everything."),
        (A, "Sure thing."),
        (U, "Which weekdays are 1 May 2027 and 1 June 2027?"),
    ],
    "list format fixed earlier",
)
conv(
    "conv-language",
    [
        (U, "Merci de me répondre en français à partir de maintenant."),
        (A, "D'accord, je vous réponds en français."),
        (U, "Convert 65 miles to kilometres for the delivery van."),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-language",
    [
        (U, "Ab jetzt bitte nur noch auf Deutsch antworten."),
        (A, "Gern, ab jetzt auf Deutsch."),
        (U, "Which day of the week does 3 October 2028 fall on?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-language",
    [
        (U, "¿Puedes contestarme en español?"),
        (A, "Claro que sí."),
        (U, "What is 12% of 850?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-language",
    [
        (U, "Answer in Welsh from now on, please."),
        (A, "Iawn, mi wnaf."),
        (U, "How many days between 1 March 2027 and 1 April 2027?"),
    ],
    "answer language fixed earlier",
)
conv(
    "conv-unit",
    [
        (U, "I work in imperial, so give me everything in inches."),
        (A, "Will do, inches it is."),
        (U, "The drum frame is 45 cm wide. What's that then?"),
    ],
    "target unit fixed earlier",
)
conv(
    "conv-unit",
    [
        (U, "Temperatures in Fahrenheit only, please. I'm in Ohio."),
        (A, "Sure, Fahrenheit."),
        (U, "The urushi cabinet should sit at 27 degrees. What's that?"),
    ],
    "unit convention fixed earlier; scale of 27 implied",
)
conv(
    "conv-unit",
    [
        (U, "Speeds in metres per second, please, not km/h."),
        (A, "OK, metres per second."),
        (U, "My arrow's doing 200 feet per second. Convert it."),
    ],
    "target unit fixed earlier",
)
conv(
    "conv-unit",
    [
        (U, "Give weights in stones and pounds, that's how my clients think."),
        (A, "Noted."),
        (U, "How heavy is a 68 kg rider, then?"),
    ],
    "target unit fixed earlier",
)
conv(
    "conv-convention",
    [
        (U, "In our yard a bundle always means 80 shingles."),
        (A, "Got it, a bundle is 80 shingles."),
        (U, "So how many shingles are in 7 bundles?"),
    ],
    "a shop convention set earlier",
)
conv(
    "conv-convention",
    [
        (U, "For me, the week starts on Sunday."),
        (A, "Understood."),
        (U, "Which date is the third day of the week that contains 10 March 2027?"),
    ],
    "week-start convention set earlier",
)
conv(
    "conv-convention",
    [
        (U, "When I say a book I mean 25 leaves of gold."),
        (A, "Noted, one book is 25 leaves."),
        (U, "How many leaves in 14 books?"),
    ],
    "a trade convention set earlier",
)
conv(
    "conv-number",
    [
        (U, "My hourly rate is £38."),
        (A, "Thanks, noted: £38 an hour."),
        (U, "What do I charge for a 7.5-hour job?"),
    ],
    "a number given in an earlier turn",
)
conv(
    "conv-number",
    [
        (U, "The envelope I'm quoting for has 24 gores."),
        (A, "OK, 24 gores."),
        (U, "If each gore takes 45 minutes to inspect, how many hours is the job?"),
    ],
    "a number given in an earlier turn",
)
conv(
    "conv-number",
    [
        (U, "This client is in Ireland, so their VAT rate is 13.5%."),
        (A, "Right, 13.5% for them."),
        (U, "Add it to €1,200."),
    ],
    "a rate given in an earlier turn",
)
conv(
    "conv-number",
    [
        (U, "I'll be pressing at the Ledbury show on 18 October 2027."),
        (A, "Noted."),
        (U, "Which weekday will the show be on, then?"),
    ],
    "a date given in an earlier turn",
)
conv(
    "conv-followup",
    [
        (U, "What's 25% of 1,280?"),
        (A, "25% of 1,280 is 320."),
        (U, "And 30%?"),
    ],
    "follow-up on an earlier question",
)
conv(
    "conv-followup",
    [
        (U, "How many days from 1 May 2027 to 30 June 2027?"),
        (A, "60 days."),
        (U, "and to the end of July?"),
    ],
    "follow-up on an earlier question",
)
conv(
    "conv-followup",
    [
        (U, "Convert 12 inches to cm."),
        (A, "12 inches is 30.48 cm."),
        (U, "Now double it."),
    ],
    "follow-up on an earlier answer",
)
conv(
    "conv-followup",
    [
        (U, "What weekday is 2 August 2027?"),
        (A, "2 August 2027 is a Monday."),
        (U, "And a fortnight after that?"),
    ],
    "follow-up on an earlier answer",
)
conv(
    "conv-correction",
    [
        (U, "What's 18 x 45?"),
        (A, "18 × 45 = 810."),
        (U, "Sorry, I meant 18 x 54."),
    ],
    "correction of an earlier question",
)
conv(
    "conv-correction",
    [
        (U, "How many days from 4 April 2027 to 9 May 2027?"),
        (A, "35 days."),
        (U, "Oops, I meant June, not May."),
    ],
    "correction of an earlier question",
)
conv(
    "conv-correction",
    [
        (U, "Convert 40 °C to Fahrenheit."),
        (A, "40 °C is 104 °F."),
        (U, "No wait, it was 40 Fahrenheit into Celsius."),
    ],
    "correction of an earlier question",
)
conv(
    "conv-correction",
    [
        (U, "Total for 6 queens at €38 each?"),
        (A, "6 × €38 = €228."),
        (U, "Make that 9 queens."),
    ],
    "correction of an earlier question",
)
conv(
    "conv-explanation",
    [
        (U, "How many kilos is a 3 lb 7 oz saddle tree?"),
        (A, "About 1.56 kg."),
        (U, "Talk me through how you got that figure, step by step."),
    ],
    "explanation of an earlier answer",
)
conv(
    "conv-explanation",
    [
        (U, "How many MiB in 2 GiB?"),
        (A, "2,048 MiB."),
        (U, "Why isn't it 2,000?"),
    ],
    "explanation of an earlier answer",
)
conv(
    "conv-explanation",
    [
        (U, "The shop thermometer says 75°F. What's that in Celsius?"),
        (A, "75 °F is about 23.9 °C."),
        (U, "Why does the 32 get taken off before anything else?"),
    ],
    "explanation of an earlier answer",
)
conv(
    "conv-explanation",
    [
        (U, "How many weeks from 6 January 2027 to 3 March 2027?"),
        (A, "8 weeks."),
        (U, "Can you explain how you counted that, so I can do it myself next time?"),
    ],
    "explanation of an earlier answer",
)

# the shape of the negatives and of the registers
_REGS = sorted({i["family"] for i in items if i["label"] != "negative"} - {P})
_ORD = [
    i for i in items if i["label"] == "negative" and not i["family"].startswith(("near-", "conv-"))
]
assert len(_ORD) == 100 and len(ORDINARY) == 100
assert sorted({i["family"] for i in _ORD}) == _REGS and len(_REGS) == 25
assert all(sum(1 for i in _ORD if i["family"] == r) == 4 for r in _REGS)
assert len(NEAR) == 65 and all(f.startswith("near-") for f, _q, _n in NEAR)
assert all(i["family"].startswith("conv-") for i in items if i.get("messages"))
assert sum(1 for i in items if i["family"].startswith("conv-")) == 35
assert sum(1 for i in items if i["family"] in _REGS) == 93 + 100

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
    # no register (family name) of this set is a family name of sets 19 to 37
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 37: {reused}"
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
