r"""Generate heldout-2027-01-09.jsonl: a thirty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_36.py, by `sed -n`: lines 1-331
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 540-600 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 787-851 (its date helpers, date_item() and weeks()), 1050-1059
(its section header, neg() and conv()) and 1958-2182 (its stated-weekday check, its checks and
main()), plus one `grep -n "^def \|^# ===="` of it (def lines and section headers with their line
numbers) and one `wc -l` of it (2182 lines), run together in one command. None of its query blocks
was opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/,
docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one generator), and not
README.md. The only other use of /work/main was running /work/main/.venv/bin/ruff with /work/main
as the working directory (on this file only, always with --no-cache). Unlike set 36, no `test -d`
of a __pycache__ directory under /work/main was run; no bytecode should have been written there,
because main() keeps sys.dont_write_bytecode = True and its --digest subprocess sets
PYTHONDONTWRITEBYTECODE, but this was not looked at. Neither /work itself nor /work/sealed22 to
/work/sealed36 was listed or opened. The earlier generators (sets 1-36) are only imported, in
memory, by this file's main() for the duplicate and register checks; no other script imported them.
Their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `wc -l`, `grep -n`, `sed -n` and `cat` above; one command of `ls /tmp | grep -c
h37` (0), `mkdir -p` of /tmp/h37/blocks and /work/sealed37, `sed -n` copies of the same allowed
ranges of set 36 into block files under /tmp/h37/blocks/ (lines 1-331, 540-600, 787-851, 1050-1059
and 1958-2182), `wc -l` of the blocks, `python3 --version` (3.11.7) and `date`; a small `python3`
script (/tmp/h37/subst.py, written by a `cat` heredoc) that cut the first copy from its `from
__future__` line (set 36's line 194) to P = "plain" (line 331) and substituted this set's OUT,
PREFIX, EARLIER_DIR test (make_heldout_36.py), EARLIER (sets 1-36, `range(2, 37)`), REGISTER_CHECK
(sets 19-36, adding make_heldout_36.py) and "sets 19 to 35" -> "sets 19 to 36" in one comment and
one message string of main() (it printed how often each substitution applied: once each, twice for
the last), after which it deleted the first copy (with set 36's docstring); a `grep -n` of the two
substituted blocks for those numbers; `cat` heredocs that wrote this set's own blocks (calculator,
unit, date, ordinary, near-positive and conversation blocks, an assembly script
/tmp/h37/assemble.py that builds this file by concatenating the blocks and prints its line count,
and a helper /tmp/h37/run.sh that runs assemble.py, the three ruff commands below, `ruff format
--check` and this generator, writing its output to /tmp/h37/out.txt), with this docstring written
last over a one-line placeholder written by `printf` (its source text, /tmp/h37/doc_src.txt,
written by a `cat` heredoc and edited by stdin `python3` scripts, filled to 99 columns by
/tmp/h37/make_doc.py, which uses textwrap and asserts that the words are unchanged); `python3`
counts of the calls in the own blocks, and a `python3 -c` that executed the list part of the
near-positive block (a syntax check and count); two `python3 -c` checks while writing (one printing
the weekday of 9 August 2027; one printing a day count from 4 April to 28 November 2027 with its
remainder modulo 7, and the weekday of 24 June 2028); edits of own blocks by `sed -i`, stdin
`python3` scripts and the scripts replace_registers.py, replace_two.py, add_ord_two.py and
reword1.py (the changes are listed in the disclosures), with `grep -c` and `grep -n` checks of own
blocks and a `python3 -c` count of the ordinary negatives per register; `sed -i` edits of own
helper scripts (run.sh: its `set -e` line removed; replace_two.py: one quoting fix, and one `sed
-i` that matched nothing; add_ord_two.py: one count in its own assert); after every assembly, from
/work/main as the working directory, `.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check
--fix --unsafe-fixes --no-cache -q`, `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
format --check --no-cache` on this file; `ruff check --no-cache` of this file without --fix (all
checks passed) and `ruff --version` (0.17.6); `awk` (byte counts) and `python3 -c` (character
counts) checks of line lengths in this file and `sed -n` views of this file's own lines (eight
flagged by awk because of multi-byte currency signs, one really 102 characters long: a system turn
that ruff check's fix had wrapped in parentheses, and the stretch around it); a `python3` script
(/tmp/h37/astcmp.py) that checked that the syntax trees of the blocks (the copied ones after the
substitutions, and the own ones) are those of this file after its docstring, statement by statement
and in order (ruff changed layout only); this generator itself, from /tmp as the working directory
(output read with `tail` and `head`; twice with --show: once written to /tmp/h37/show.txt, filtered
by `grep`, laid out by `column -t` and read with `head`, and once filtered by `grep` for the ids of
two calculator items); runs of this file with --digest; `sha256sum` of the JSONL; `ls -la
/work/sealed37`; and `rm -rf /tmp/h37` with `ls /tmp | grep -c h37` afterwards. Writes:
/work/sealed37/ was created for this file and its JSONL; temporary blocks, scripts and output under
/tmp/h37/ were deleted afterwards. Nothing was written into /work/main.

Changes to set 36's main() and checks: only the substitutions listed above (file names, sets 1-36
for the duplicate check, sets 19-36 for the register check). ruff format may rewrap copied
statements (layout only; astcmp.py confirmed the syntax trees are unchanged). All of set 36's
checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for
positives, the answers' consistency (calculator and exact unit answers are numbers with at most
three decimals, every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by at least two and by all three tools, no repeat of an earlier
query or user turn, the register check, the stated-weekday pattern check, and a byte-for-byte
regeneration check (the file on disk, and a fresh run of this script with another PYTHONHASHSEED
via --digest, give the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks),
unit_r() with close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two
decimals), whole_up() (asserts rounding up is really tested) and SQFT/SQYD/CUFT. Added, newly
written (as set 36 describes its own additions): asserts on every computed figure stated in an
assistant turn, asserts on the numbers of ordinary (25 registers, four each), near-positive and
conversation negatives and on their family prefixes, an assert that the ordinary negatives use
exactly the positive registers, and one on the number of items in those registers.

Disclosures: the kinds of item follow set 36's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 36's docstring
list them), and the helpers, unit factors and checks are set 36's, copied (P = "plain" is copied
too, as the last line of the first block). Set 36's docstring (within lines 1-331) names its
registers, the names it found taken (besom_maker, charcoal_burner, coracle_builder, ice_sculptor,
meadery, taxidermy_studio, lime_burner) and those set 35 found taken (bagpipe_maker,
sea_salt_works, snail_farm), its provenance, set 35's line ranges and the generic kinds of its
reworded items, which were therefore seen; some plain one-liners, near-positives and conversations
here are of those same generic kinds, newly worded. The `grep -n` printed no docstring, query or
constant line: only def lines and section headers with their line numbers (this grep, unlike set
36's, did not ask for top-level constants). At the edges of the allowed ranges: line 331 is P =
"plain", 540, 787 and 1050 are section headers, 599 is the last line of unit_r() and 600 is blank,
850 is the last line of weeks() and 851 is blank, 1057 is the last line of conv() and 1058-1059 are
blank, 1958 is the comment above the stated-weekday pattern and 2182 is the call of main(). No
query text of any earlier set was seen. Every query here was newly written from imagination of each
trade. Registers of sets 1 to 18 are known here only indirectly, so an overlap in TOPIC cannot be
ruled out; an exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 36 (the near-.../conv-... families are not
registers and may coincide with earlier family names).

Register check: main()'s register assertion failed twice. The first run that reached it (every
check before it had passed) reported 11 of the 25 first-chosen registers as family names of sets 19
to 36 (bell_foundry, canal_lock_keeper, chair_caner, clog_maker, cricket_bat_maker,
falconry_centre, horn_comb_maker, kite_maker, oyster_hatchery, puppet_theatre, tortoise_sanctuary);
they were replaced by hurdy_gurdy_maker, tide_mill, pigeon_racing_loft, pewter_caster,
scythe_peener, gravestone_letter_cutter, yurt_maker, tapestry_conservator, mole_catcher,
chestnut_roaster and sheepskin_tannery, all their positives and ordinary negatives being dropped
(replace_registers.py, which asserted that it dropped 15 calculator, 16 unit and 13 date items and
44 ordinary negatives) and new ones written for the new trades (`cat` heredocs and a stdin
`python3` script). The next run reported mole_catcher and tapestry_conservator; they were replaced
by decoy_duck_carver and quill_pen_cutter in the same way (replace_two.py dropped 3 calculator, 3
unit and 2 date items and 8 ordinary negatives, asserted, and added the new positives; its first
attempt stopped on a quoting error before changing anything and its second stopped before adding
the ordinary negatives, which add_ord_two.py then added). The run after that stopped at the
contested-unit check (below); the one after it passed the register check. (Some negatives may still
touch the dropped trades' topics, such as a wharf's mooring fee; those are not registers.)

Other failed checks and edits before the duplicate check passed: the first run stopped at
close_enough_at_2dp() on a plain acres-to-hectares one-liner (new figure, by `sed -i`); a later run
stopped at the contested-unit check on a unit word problem of quill_pen_cutter that used a
contested unit's name as an ordinary noun (reworded by `sed -i`). Before any run: one phrase was
reworded in a calculator word problem of canal_lock_keeper (later dropped with that register) and
one near-positive (number words) was replaced by a new one by a stdin `python3` script.

Own items reworded after main()'s duplicate check reported them by id (28 items, one round,
reword1.py, 43 string edits; reworded without the earlier queries being looked at and without
knowing which turn of a conversation had matched): three plain date one-liners (a week count, a
clock span across midnight and a date some days after another; new figures and wording), six plain
unit one-liners (miles to km, feet and inches to cm, Celsius to Fahrenheit, GiB to MiB, mph to
km/h, acres to hectares; new figures and wording), eleven near-positives (a contested unit, the
current date, dosing, Easter, an explanation of binary sizes, two world facts with new subjects,
two all-numeric dates, a standard size and a working-day count; new wording or figures), one
ordinary negative of yurt_maker (new wording) and seven conversations (a correction, two
explanations, a follow-up, a format, two languages; user turns reworded and, where figures changed,
the assistant turns and their asserts too). The next run passed every check. After it, two
calculator word problems (chestnut_roaster, tide_mill) were rewritten by a stdin `python3` script
as quantities bought whole and rounded up with whole_up(), because the register replacement had
dropped the only such item; and one system turn was rewrapped by a stdin `python3` script so that
no line exceeds 100 characters once ruff check has wrapped it in parentheses (text unchanged). All
checks passed again after each of these edits.

Registers (families), 25, new: birch_sap_tapper, cheese_cave_affineur, chestnut_roaster,
decoy_duck_carver, gravestone_letter_cutter, hoof_trimmer, hurdy_gurdy_maker, millstone_dresser,
mosaic_restorer, neon_sign_bender, ocularist_studio, organ_tuner, pewter_caster,
pigeon_racing_loft, quill_pen_cutter, reed_cutter, scythe_peener, seaweed_bath_house,
sheepskin_tannery, tide_mill, truffle_dog_trainer, violin_bow_rehairer, walking_stick_maker,
wax_chandler, yurt_maker. None is in set 36's list; none is among the names found taken above or in
set 36's docstring. Every register is used by all three tools (asserted); eighteen registers have a
fourth positive (a second calculator word problem: chestnut_roaster, decoy_duck_carver,
hurdy_gurdy_maker, pewter_caster, seaweed_bath_house, wax_chandler; a second unit word problem:
gravestone_letter_cutter, pigeon_racing_loft, quill_pen_cutter, reed_cutter, sheepskin_tannery,
tide_mill; a second date word problem: birch_sap_tapper, hoof_trimmer, ocularist_studio,
scythe_peener, truffle_dog_trainer, yurt_maker). Positives are one-liners (family "plain") or word
problems of one to three sentences in UK and US usage with £, $ and €, some chatty, terse or
lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, private dates or records, world facts, estimates, judgements, words / Roman numerals /
another language, code or spreadsheet formulas, dosing, standard sizes, time zones, Easter, working
days, contested units, all-numeric dates of unstated order, the current date, an explanation, or a
persona / format / language / unit / convention / number fixed in an earlier turn, a follow-up or
correction of an earlier turn, or an explanation after an earlier turn.

Left out entirely (their grading is contested), as in set 36: US vs imperial pints / cups / gallons
/ quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories, horsepower, kB
vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and
parsecs, nautical miles and knots, troy ounces, nominal sizes in positives, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as a difference), and clock spans run from one stated time to the next
occurrence of the other (four cross midnight). Quantities bought whole are rounded up (asserted to
be fractional before rounding). Every rounded unit result stays within its 1e-3 tolerance when
given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 36):
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

Run:  python3 make_heldout_37.py   (writes the JSONL next to this file, checks that it
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
OUT = HERE / "heldout-2027-01-09.jsonl"
PREFIX = "ho37-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_36.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 37))
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


calc(P, "what is 17.5% of 3,840?", pct("17.5") * 3840)
calc(P, "square root of 7056", 84)
calc(P, "(348 + 1,276) / 8", F(348 + 1276, 8))
calc(P, "2.4 cubed", dec("2.4") ** 3)
calc(P, "912 x 0.035 = ?", 912 * dec("0.035"))
calc(P, "How much is seven eighths of 5,600?", F(7, 8) * 5600)
calc(P, "13,482 minus 9,765.5", 13482 - dec("9765.5"))
calc(P, "What's 46 squared minus 19 squared?", 46**2 - 19**2)
calc(P, "Divide 1,533 by 12.", F(1533, 12))
calc(P, "cube root of 9261", 21)
calc(P, "Increase 2,250 by 14%.", 2250 * (1 + pct(14)))
calc(P, "57 is what percent of 380", F(57, 380) * 100)
calc(P, "6.25*48 + 3.5*16", dec("6.25") * 48 + dec("3.5") * 16)
calc(P, "Calculate 0.45 * 0.45 * 1,000", dec("0.45") * dec("0.45") * 1000)

calc(
    "neon_sign_bender",
    "Quote for a shopfront sign: 23.5 ft of bent tube at $42 a foot plus a $185 transformer. "
    "Total?",
    dec("23.5") * 42 + 185,
)
calc(
    "violin_bow_rehairer",
    "A hank of Mongolian stallion hair costs me €96 and does eight bows. I charge €70 a rehair. "
    "What's left per bow once the hair is paid for?",
    70 - F(96, 8),
)
calc(
    "hoof_trimmer",
    "dairy unit with 186 cows, each trimmed twice a year at £11.25 a cow per visit - what's their "
    "annual trimming bill?",
    186 * 2 * dec("11.25"),
)
calc(
    "ocularist_studio",
    "A custom prosthetic eye is $3,850. The patient pays the first $500 and insurance covers 80% "
    "of the rest. What's the patient's total share?",
    500 + (3850 - 500) * pct(20),
)
calc(
    "truffle_dog_trainer",
    "my scent-work course is 8 sessions at €65, with 10% off if they pay for the lot upfront. "
    "what's the upfront price",
    8 * 65 * (1 - pct(10)),
)
calc(
    "reed_cutter",
    "A thatcher wants 1,850 bundles of water reed at £3.40 a bundle, and anyone taking over a "
    "thousand gets 5% off. What do I invoice?",
    1850 * dec("3.40") * (1 - pct(5)),
)
calc(
    "organ_tuner",
    "My call-out is $240 plus 85 cents a mile, counting both ways. The church is 64 miles from "
    "me. What do I bill?",
    240 + 2 * 64 * dec("0.85"),
)
calc(
    "mosaic_restorer",
    "Replacement tesserae cost €0.18 each. The panel needs 4,600 plus 8% extra for breakage. "
    "What will the tesserae cost?",
    4600 * (1 + pct(8)) * dec("0.18"),
)
calc(
    "birch_sap_tapper",
    "If each tapped birch gives about 4.5 litres of sap a day, how much do 260 trees give over a "
    "21-day run?",
    dec("4.5") * 260 * 21,
)
calc(
    "wax_chandler",
    "Beeswax is £12.40 a kilo and one pillar candle takes 340 g. What's the wax cost for 150 "
    "pillars?",
    dec("0.340") * 150 * dec("12.40"),
)
calc(
    "wax_chandler",
    "Dinner candles are £27 a box and every seventh box is free. A church orders 14 boxes - "
    "what do they pay?",
    (14 - 14 // 7) * 27,
)
calc(
    "millstone_dresser",
    "Dressing one pair of stones takes me 18 hours at £32/hr, plus £65 for sharpening the mill "
    "bills. Price for three pairs?",
    3 * (18 * 32 + 65),
)
calc(
    "seaweed_bath_house",
    "Single seaweed baths are €28 or you can buy a book of four for €95. How much does a regular "
    "save with 3 books instead of 12 singles?",
    12 * 28 - 3 * 95,
)
calc(
    "seaweed_bath_house",
    "Week's takings were £4,860. The owner keeps 45% and the remainder is split evenly between "
    "6 attendants. What does each attendant get?",
    4860 * (1 - pct(45)) / 6,
)
calc(
    "cheese_cave_affineur",
    "A wheel loses 12% of its weight in the cave. We put down 48 wheels at 9.5 kg each; what "
    "total weight comes out?",
    48 * dec("9.5") * (1 - pct(12)),
)
calc(
    "walking_stick_maker",
    "Per stick I spend £4.50 on the hazel shank, £17 on an antler handle and £3.25 on ferrule "
    "and finish, and sell at £58. Profit on 24 sticks?",
    24 * (58 - dec("4.50") - 17 - dec("3.25")),
)
calc(
    "pewter_caster",
    "Pewter ingot is £23.50 per kg and one tankard takes 0.62 kg of metal. What's the metal cost "
    "for a run of 50 tankards?",
    dec("0.62") * 50 * dec("23.50"),
)
calc(
    "pewter_caster",
    "wedding order - 18 engraved goblets at £64 each, 10% trade discount, then £12 postage on top. "
    "total?",
    18 * 64 * (1 - pct(10)) + 12,
)
calc(
    "hurdy_gurdy_maker",
    "I've taken 7 orders for the €1,250 hurdy-gurdy kit, each with a 30% deposit. How much have I "
    "collected in deposits?",
    7 * 1250 * pct(30),
)
calc(
    "hurdy_gurdy_maker",
    "Quote breakdown: body wood $340, wheel and keyboard parts $215, strings $68, and 62 hours "
    "of labour at $35/hour. What's the total?",
    340 + 215 + 68 + 62 * 35,
)
calc(
    "chestnut_roaster",
    "Cones of roast chestnuts go for €4.50. I sold 238 at the market and the nuts cost me €310. "
    "What's my profit before the pitch fee?",
    238 * dec("4.50") - 310,
)
calc(
    "chestnut_roaster",
    "I've promised 460 bags of twelve chestnuts for the bonfire night do, and the nuts come in "
    "sacks of 2,300. How many sacks should I order?",
    whole_up(F(460 * 12, 2300)),
)
calc(
    "pigeon_racing_loft",
    "Race entry is £2.50 a bird. I'm sending 36 birds to each of 14 races - what's that for the "
    "season?",
    dec("2.50") * 36 * 14,
)
calc(
    "gravestone_letter_cutter",
    "I charge 95p a letter plus £40 for setting out. The inscription runs to 148 letters. What "
    "do I quote?",
    148 * dec("0.95") + 40,
)
calc(
    "tide_mill",
    "We pack our stoneground flour in 1.5 kg paper bags, which come in bundles of 250. How many "
    "bundles do I need for the 840 kg we milled on the last tides?",
    whole_up(F(840) / dec("1.5") / 250),
)
calc(
    "sheepskin_tannery",
    "Rugs retail at $165 and wholesale buyers get 30% off. What does a shop pay for 24 rugs?",
    165 * (1 - pct(30)) * 24,
)
calc(
    "scythe_peener",
    "my scything course is £85 a head with 12 places. hall hire is £140 and each student gets a "
    "£22 blade. profit on a full course?",
    85 * 12 - 140 - 22 * 12,
)
calc(
    "yurt_maker",
    "Canvas for a 16 ft yurt costs £1,180, felt £640 and frame timber £450, and I add 40% on top "
    "of materials for labour. What's the price?",
    (1180 + 640 + 450) * (1 + pct(40)),
)
calc(
    "decoy_duck_carver",
    "Cedar blocks cost $26 each and paint plus glass eyes another $9.40 a bird. A mallard decoy "
    "sells for $145. What's the profit on a dozen?",
    (145 - 26 - dec("9.40")) * 12,
)
calc(
    "decoy_duck_carver",
    "Show entry is £6 per bird, juniors 25% off. my nephew is entering 5 birds, what does he pay",
    5 * 6 * (1 - pct(25)),
)
calc(
    "quill_pen_cutter",
    "About one goose feather in five splits while curing. If I need 96 finished quills, how many "
    "feathers should I buy?",
    F(96) / (1 - F(1, 5)),
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


unit_r(P, "convert 68 kg to lb", 68 / LB)
unit_r(P, "13.1 miles in kilometres", dec("13.1") * MI / 1000)
unit(P, "convert 6 ft 2 in to centimetres", (6 * 12 + 2) * IN * 100, EXACT)
unit(P, "what's -17 °C in °F?", c_to_f(-17), EXACT)
unit(P, "what is 100.4°F in celsius", f_to_c(dec("100.4")), EXACT)
unit(P, "How many MiB are in 5.25 GiB?", dec("5.25") * GIB / MIB, EXACT)
unit_r(P, "55 mph in km/h please", 55 * MPH / KMH)
unit_r(P, "2.8 bar to psi", dec("2.8") * BAR / PSI)
unit_r(P, "12 st 4 lb in kilograms", (12 * 14 + 4) * LB)
unit_r(P, "How many square feet are there in 40 square metres?", 40 / SQFT)
unit_r(P, "how many hectares is a 40 acre field", 40 * ACRE / 10**4)
unit(P, "1,536 KiB to MiB", F(1536 * KIB, MIB), EXACT)
unit_r(P, "18 oz in grams?", 18 * OZ * 1000)
unit_r(P, "30 cubic feet in cubic metres", 30 * CUFT)

unit_r(
    "neon_sign_bender",
    "Argon cylinder gauge says 2,200 psi. What's that in bar?",
    2200 * PSI / BAR,
)
unit(
    "violin_bow_rehairer",
    "A full-size violin bow is about 29.5 inches long; give me that in cm.",
    dec("29.5") * IN * 100,
    EXACT,
)
unit_r(
    "hoof_trimmer",
    "The Holstein in the crush weighs 1,430 lb. Kilos?",
    1430 * LB,
)
unit(
    "ocularist_studio",
    "The folder of iris photographs for this month's patients is 640 MiB - how many GiB is that?",
    F(640 * MIB, GIB),
    EXACT,
)
unit_r(
    "truffle_dog_trainer",
    "My Lagotto Romagnolo weighs 14.2 kg. How much is that in pounds?",
    dec("14.2") / LB,
)
unit_r(
    "reed_cutter",
    "The reed bed I cut is 3.4 hectares. How many acres is it?",
    dec("3.4") * 10**4 / ACRE,
)
unit(
    "reed_cutter",
    "A standard bundle of reed here measures 3 ft round at the tie. What's that in cm?",
    3 * FT * 100,
    EXACT,
)
unit_r(
    "organ_tuner",
    "The bottom C of the pedal open diapason is a 16 ft pipe. How long is that in metres?",
    16 * FT,
)
unit_r(
    "mosaic_restorer",
    "The Roman floor we're restoring covers 14.5 m². How many square yards is that?",
    dec("14.5") / SQYD,
)
unit_r(
    "birch_sap_tapper",
    "birch syrup is done at 219 °F on my thermometer. what's that in celsius",
    f_to_c(219),
)
unit_r(
    "wax_chandler",
    "The American recipe says to pour the wax at 170 degrees Fahrenheit. What's that in °C?",
    f_to_c(170),
)
unit(
    "millstone_dresser",
    "The runner stone is 4 ft 2 in across. Diameter in metres?",
    50 * IN,
    EXACT,
)
unit(
    "seaweed_bath_house",
    "We fill the seaweed baths at 104 °F. What is that in Celsius?",
    f_to_c(104),
    EXACT,
)
unit_r(
    "cheese_cave_affineur",
    "the cave sits at 54 °F all year. in celsius?",
    f_to_c(54),
)
unit_r(
    "walking_stick_maker",
    "A shank cut to 1.05 m - how long is that in inches?",
    dec("1.05") / IN,
)
unit(
    "pewter_caster",
    "We pour the pewter at 260 °C. What's that in Fahrenheit?",
    c_to_f(260),
    EXACT,
)
unit(
    "hurdy_gurdy_maker",
    "The wheel is 6 1/4 inches across. In centimetres?",
    dec("6.25") * IN * 100,
    EXACT,
)
unit_r(
    "chestnut_roaster",
    "my drum roaster runs at 450 °F - what's that in celsius",
    f_to_c(450),
)
unit_r(
    "pigeon_racing_loft",
    "The race point is 312 miles from my loft as the crow flies. How far is that in km?",
    312 * MI / 1000,
)
unit(
    "pigeon_racing_loft",
    "The winning bird's velocity was 1,450 yards per minute. What's that in metres per minute?",
    1450 * YD,
    EXACT,
)
unit_r(
    "gravestone_letter_cutter",
    "The slate is 900 mm tall. What's that in inches for the client in Boston?",
    F(900, 1000) / IN,
)
unit_r(
    "gravestone_letter_cutter",
    "This Welsh slate headstone weighs 210 lb. How much in kg?",
    210 * LB,
)
unit_r(
    "tide_mill",
    "The mill pond covers 6.5 acres. How many hectares?",
    dec("6.5") * ACRE / 10**4,
)
unit_r(
    "tide_mill",
    "The ebb through our sluice runs at 3 mph. Metres per second?",
    3 * MPH,
)
unit(
    "sheepskin_tannery",
    "We drum the skins at 95 °F. What's that in Celsius?",
    f_to_c(95),
    EXACT,
)
unit_r(
    "sheepskin_tannery",
    "salted skins come in at 6 lb 8 oz each. how many kg is one",
    (6 * 16 + 8) * OZ,
)
unit_r(
    "scythe_peener",
    "The Austrian blade is 75 cm long - what's that in inches?",
    F(75, 100) / IN,
)
unit_r(
    "yurt_maker",
    "Customer wants a 5 metre yurt. What's the diameter in feet?",
    5 / FT,
)
unit(
    "decoy_duck_carver",
    "A drake canvasback decoy is 16 1/2 inches long. What's that in centimetres?",
    dec("16.5") * IN * 100,
    EXACT,
)
unit(
    "quill_pen_cutter",
    "The Dutch method says to cure the shafts in hot sand at 175 °C. What is that in Fahrenheit?",
    c_to_f(175),
    EXACT,
)
unit(
    "quill_pen_cutter",
    "My video on cutting an italic nib is 1,280 MiB. How many GiB is that?",
    F(1280 * MIB, GIB),
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


date_item(P, "What weekday is 3 November 2031?", weekday(D(2031, 11, 3)))
date_item(
    P,
    "How many days between 12 March 2027 and 30 August 2027?",
    days(D(2027, 3, 12), D(2027, 8, 30)),
)
date_item(P, "what date is 90 days after 17 May 2027", D(2027, 5, 17) + TD(days=90))
date_item(P, "Which date was 45 days before 2 January 2027?", D(2027, 1, 2) - TD(days=45))
date_item(
    P, "weeks between 14 June 2027 and 6 December 2027", weeks(D(2027, 6, 14), D(2027, 12, 6))
)
date_item(P, "date 26 weeks after 8 February 2028", D(2028, 2, 8) + TD(weeks=26))
date_item(
    P,
    "How old is someone born 23 September 1961 on 4 June 2029?",
    age(D(1961, 9, 23), D(2029, 6, 4)),
)
date_item(P, "hours between 06:40 and 15:10", clock_span("06:40", "15:10", 3600))
date_item(P, "How many minutes is it from 23:10 to 02:25?", clock_span("23:10", "02:25", 60))
date_item(P, "day of the week for 29 February 2032", weekday(D(2032, 2, 29)))
date_item(P, "What is the third Thursday of October 2027?", nth_weekday(2027, 10, THU, 3))
date_item(P, "days from 1 Dec 2026 to 1 Mar 2027?", days(D(2026, 12, 1), D(2027, 3, 1)))
date_item(P, "Which date falls 750 days after 19 October 2027?", D(2027, 10, 19) + TD(days=750))
date_item(P, "On what day of the week does 25 December 2026 fall?", weekday(D(2026, 12, 25)))

date_item(
    "neon_sign_bender",
    "Workshop opens 10:30 and I shut up at 18:45. How many hours is that?",
    clock_span("10:30", "18:45", 3600),
)
date_item(
    "violin_bow_rehairer",
    "started the rehair at 13:50 and finished at 15:05, how many minutes did it take",
    clock_span("13:50", "15:05", 60),
)
date_item(
    "hoof_trimmer",
    "Herd was last trimmed on 14 October 2026 and the next round is due 20 weeks later. What date "
    "should I book?",
    D(2026, 10, 14) + TD(weeks=20),
)
date_item(
    "hoof_trimmer",
    "How many days are there from my trim visit on 3 February 2027 to the vet's lameness check on "
    "19 April 2027?",
    days(D(2027, 2, 3), D(2027, 4, 19)),
)
date_item(
    "ocularist_studio",
    "Final fitting is three weeks after the impression, which we took on 22 February 2027. What "
    "date is the fitting?",
    D(2027, 2, 22) + TD(weeks=3),
)
date_item(
    "ocularist_studio",
    "A patient wants to come in on 15 November 2027. What day of the week is that?",
    weekday(D(2027, 11, 15)),
)
date_item(
    "truffle_dog_trainer",
    "I start scent training when a pup is 16 weeks old. This litter was born 7 November 2026. On "
    "what date can they start?",
    D(2026, 11, 7) + TD(weeks=16),
)
date_item(
    "truffle_dog_trainer",
    "How many days from 14 September 2027 until the white truffle season opens on 1 December 2027?",
    days(D(2027, 9, 14), D(2027, 12, 1)),
)
date_item(
    "reed_cutter",
    "Cutting runs from 15 December 2026 to 10 April 2027. How many days is it from the first "
    "date to the second?",
    days(D(2026, 12, 15), D(2027, 4, 10)),
)
date_item(
    "organ_tuner",
    "I tuned St Mary's on 30 September 2027 and they're on a 13-week cycle. Next tuning date?",
    D(2027, 9, 30) + TD(weeks=13),
)
date_item(
    "mosaic_restorer",
    "Lime mortar went down on 21 July 2027 and has to cure 28 days before grouting. What weekday "
    "will grouting day be?",
    weekday(D(2027, 7, 21) + TD(days=28)),
)
date_item(
    "birch_sap_tapper",
    "We tapped on 3 March 2027 and pulled the spiles on 7 April 2027. How many days between "
    "those two dates?",
    days(D(2027, 3, 3), D(2027, 4, 7)),
)
date_item(
    "birch_sap_tapper",
    "morning sap round goes from 05:45 till 08:05, how long is that in minutes",
    clock_span("05:45", "08:05", 60),
)
date_item(
    "wax_chandler",
    "Poured the tapers on 29 October 2027; they cure for 2 weeks. Ready on?",
    D(2027, 10, 29) + TD(weeks=2),
)
date_item(
    "millstone_dresser",
    "The mill reopens to visitors on 12 June 2027 and I need to start dressing the stones 25 days "
    "before that. Start date?",
    D(2027, 6, 12) - TD(days=25),
)
date_item(
    "seaweed_bath_house",
    "A gift voucher bought on 14 February 2027 is valid for 180 days. On what date does it expire?",
    D(2027, 2, 14) + TD(days=180),
)
date_item(
    "cheese_cave_affineur",
    "Wheel made on 7 January 2027, aged 22 weeks in the cave. Release date?",
    D(2027, 1, 7) + TD(weeks=22),
)
date_item(
    "walking_stick_maker",
    "I've got a stall at the county show on 4 September 2027. Which day of the week is that?",
    weekday(D(2027, 9, 4)),
)
date_item(
    "pewter_caster",
    "Sent the mould order off on 11 January 2027 and the mould maker says 9 weeks. When should it "
    "arrive?",
    D(2027, 1, 11) + TD(weeks=9),
)
date_item(
    "hurdy_gurdy_maker",
    "I finished the instrument on 16 August 2027 and the buyer's festival is 44 days after that. "
    "What's the festival date?",
    D(2027, 8, 16) + TD(days=44),
)
date_item(
    "chestnut_roaster",
    "The Christmas market runs from 26 November 2027 to 23 December 2027. How many days is it "
    "from opening day to closing day?",
    days(D(2027, 11, 26), D(2027, 12, 23)),
)
date_item(
    "pigeon_racing_loft",
    "Birds were basketed at 18:40 and liberated at 07:10. How many hours were they in the basket?",
    clock_span("18:40", "07:10", 3600),
)
date_item(
    "gravestone_letter_cutter",
    "The ground has to settle for 10 weeks after the burial on 2 March 2027. When can I fix the "
    "stone?",
    D(2027, 3, 2) + TD(weeks=10),
)
date_item(
    "tide_mill",
    "High water is at 23:50 and we mill until 04:35. How many hours of milling is that?",
    clock_span("23:50", "04:35", 3600),
)
date_item(
    "sheepskin_tannery",
    "skins went into the pickle on 15 March 2027 for 3 weeks. what date do they come out",
    D(2027, 3, 15) + TD(weeks=3),
)
date_item(
    "scythe_peener",
    "The mowing festival is on 24 June 2028. Which day of the week is that?",
    weekday(D(2028, 6, 24)),
)
date_item(
    "scythe_peener",
    "Started peening at 07:55 and finished at 09:20. How many minutes was that?",
    clock_span("07:55", "09:20", 60),
)
date_item(
    "yurt_maker",
    "The yurt was delivered on 1 April 2027 and the customer's wedding is 10 weeks after that. "
    "What date is the wedding?",
    D(2027, 4, 1) + TD(weeks=10),
)
date_item(
    "yurt_maker",
    "I started steaming the roof poles on 8 January 2027 and the lattice was done on 19 February "
    "2027. How many days from start to finish?",
    days(D(2027, 1, 8), D(2027, 2, 19)),
)
date_item(
    "decoy_duck_carver",
    "Grandad was born on 3 February 1931 and carved this pintail for a contest on 20 October "
    "1962. How old was he then?",
    age(D(1931, 2, 3), D(1962, 10, 20)),
)
date_item(
    "quill_pen_cutter",
    "put the quills to soak at 20:15 and took them out at 07:45 the next morning. hours soaking?",
    clock_span("20:15", "07:45", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = [
    ("neon_sign_bender", "Why does neon glow red but argon tubes need phosphor for other colours?"),
    ("neon_sign_bender", "How do I stop my glass from kinking on tight bends?"),
    ("neon_sign_bender", "write a product description for a handmade pink neon flamingo sign"),
    (
        "neon_sign_bender",
        "A café owner asks whether LED flex is as good as real neon. How should I answer honestly?",
    ),
    ("violin_bow_rehairer", "Why does a bow need rehairing even when few hairs have broken?"),
    ("violin_bow_rehairer", "Should I use bleached or unbleached horsehair for cello bows?"),
    ("violin_bow_rehairer", "how do you tell if a bow's stick has lost its camber"),
    (
        "violin_bow_rehairer",
        "Write a short notice for my workshop door explaining that bows are back in three days.",
    ),
    ("hoof_trimmer", "What are the early signs of digital dermatitis in dairy cows?"),
    ("hoof_trimmer", "Explain the Dutch five-step hoof trimming method."),
    ("hoof_trimmer", "best way to keep a nervous heifer calm in the crush?"),
    (
        "hoof_trimmer",
        (
            "Draft a message to a farmer recommending he adds a footbath after milking, without "
            "sounding preachy."
        ),
    ),
    ("ocularist_studio", "How do I explain to a nervous child what happens at an eye fitting?"),
    ("ocularist_studio", "Why are acrylic prosthetic eyes preferred over glass ones nowadays?"),
    ("ocularist_studio", "what's the best way to clean a prosthetic eye at home"),
    ("ocularist_studio", "Write a warm thank-you note to a patient who referred two friends."),
    ("truffle_dog_trainer", "Which breeds make the best truffle hunting dogs?"),
    ("truffle_dog_trainer", "My dog digs up the truffles before I can stop her. What should I do?"),
    ("truffle_dog_trainer", "how do I introduce truffle oil scent to a puppy"),
    ("truffle_dog_trainer", "Write a short bio for my truffle dog training website."),
    ("reed_cutter", "Why is Norfolk reed thatch supposed to last longer than long straw?"),
    ("reed_cutter", "How does cutting reed in winter help the birds nesting in the beds?"),
    ("reed_cutter", "what's the best way to store bundles so they don't rot"),
    (
        "reed_cutter",
        "Write a short piece for the parish magazine about reed cutting on the Broads.",
    ),
    ("organ_tuner", "What's the difference between equal temperament and well temperament?"),
    ("organ_tuner", "Why do reed stops go out of tune faster than flue pipes?"),
    ("organ_tuner", "how do I tell the churchwarden the heating is ruining the organ, tactfully"),
    ("organ_tuner", "Write a short explanation of what a cipher is for a church newsletter."),
    ("mosaic_restorer", "How do conservators decide whether to lift a Roman mosaic or leave it?"),
    ("mosaic_restorer", "What's the best adhesive for reattaching loose glass tesserae?"),
    ("mosaic_restorer", "explain opus vermiculatum vs opus tessellatum"),
    (
        "mosaic_restorer",
        "Write a museum label for a restored mosaic of a dolphin, about sixty words.",
    ),
    ("birch_sap_tapper", "Does tapping a birch harm the tree in the long run?"),
    ("birch_sap_tapper", "Why does birch sap ferment so much faster than maple sap?"),
    ("birch_sap_tapper", "what can I make with birch sap apart from syrup"),
    ("birch_sap_tapper", "Write a product blurb for fresh birch sap sold at a farmers' market."),
    ("wax_chandler", "Why are my beeswax pillar candles tunnelling?"),
    ("wax_chandler", "How do I pick the right wick size for a dinner candle?"),
    ("wax_chandler", "what's bloom on beeswax and should I polish it off"),
    ("wax_chandler", "Write a gift tag message for a box of hand-dipped church candles."),
    ("millstone_dresser", "What do the harp and furrows on a millstone actually do?"),
    ("millstone_dresser", "Is French burr stone really better than Peak District gritstone?"),
    ("millstone_dresser", "how do I know when a pair of stones needs dressing again"),
    (
        "millstone_dresser",
        "Write a short talk for schoolchildren about why millers were called 'stone dressers'.",
    ),
    ("seaweed_bath_house", "What's the science behind claims that seaweed baths help skin?"),
    ("seaweed_bath_house", "Write a short welcome card for guests before their first bath."),
    ("seaweed_bath_house", "how should we store fresh wrack so it doesn't smell by afternoon"),
    ("seaweed_bath_house", "Suggest a quiet, calming playlist theme for our relaxation room."),
    ("cheese_cave_affineur", "Why do some cheeses need turning every day while ageing?"),
    ("cheese_cave_affineur", "How do I stop cat hair mould taking over the cave?"),
    ("cheese_cave_affineur", "explain washed rind vs natural rind to a new shop assistant"),
    ("cheese_cave_affineur", "Write tasting notes for a nine-month cave-aged goat's cheese."),
    ("walking_stick_maker", "How do I straighten a crooked hazel shank with steam?"),
    ("walking_stick_maker", "Which is stronger for a thumbstick, ash or blackthorn?"),
    ("walking_stick_maker", "how do I carve a simple duck's head handle from antler"),
    ("walking_stick_maker", "Write a short story to go with a stick carved with a leaping trout."),
    (
        "pewter_caster",
        "Why does modern pewter contain no lead, and how can I spot old lead pewter?",
    ),
    ("pewter_caster", "How do I stop air bubbles forming in a rubber mould when casting pewter?"),
    ("pewter_caster", "write product copy for a hand-cast pewter hip flask with a hare on it"),
    ("pewter_caster", "What's the right way to clean pewter without losing the satin finish?"),
    ("hurdy_gurdy_maker", "How does rosin on the wheel change a hurdy-gurdy's tone?"),
    ("hurdy_gurdy_maker", "Explain what the trompette and its buzzing bridge do."),
    ("hurdy_gurdy_maker", "which tonewoods work best for a hurdy-gurdy soundboard"),
    (
        "hurdy_gurdy_maker",
        "Write a kind email telling a buyer my waiting list is now well over a year long.",
    ),
    ("chestnut_roaster", "Why do some chestnuts explode in the roaster and how do I stop it?"),
    ("chestnut_roaster", "Write a chalkboard sign for a hot chestnut stall, something witty."),
    ("chestnut_roaster", "are sweet chestnuts and horse chestnuts actually related"),
    ("chestnut_roaster", "What can I do with unsold roasted chestnuts at the end of the night?"),
    ("pigeon_racing_loft", "How do racing pigeons find their way home over unfamiliar country?"),
    ("pigeon_racing_loft", "What is widowhood racing and why does it work?"),
    ("pigeon_racing_loft", "write a club notice about a peregrine hunting near the lofts"),
    ("pigeon_racing_loft", "How should I deal with canker in this year's young birds?"),
    ("gravestone_letter_cutter", "What's the difference between V-cut and incised lettering?"),
    ("gravestone_letter_cutter", "Suggest a short epitaph for a keen gardener who loved roses."),
    ("gravestone_letter_cutter", "which stones weather best in a windy coastal churchyard"),
    (
        "gravestone_letter_cutter",
        (
            "How do I tell a family gently that the churchyard rules won't allow polished black "
            "granite?"
        ),
    ),
    ("tide_mill", "How does a tide mill actually work?"),
    ("tide_mill", "Write a visitor board explaining why our milling times change every day."),
    ("tide_mill", "why did most tide mills in England close in the early twentieth century"),
    ("tide_mill", "Which kind of millstones suit spelt best, and why?"),
    ("sheepskin_tannery", "Why do some sheepskins shed wool after tanning?"),
    ("sheepskin_tannery", "Write care instructions for a sheepskin rug, friendly tone."),
    ("sheepskin_tannery", "is chrome or vegetable tanning better for baby sheepskins"),
    ("sheepskin_tannery", "How do I explain to buyers why every skin is priced differently?"),
    ("scythe_peener", "How often should a scythe blade be peened rather than just honed?"),
    ("scythe_peener", "What's the difference between jig peening and freehand peening?"),
    ("scythe_peener", "write a short safety talk for a beginners' scything day"),
    ("scythe_peener", "Is a scythe really quicker than a strimmer for a wildflower meadow?"),
    ("yurt_maker", "How can I waterproof yurt canvas without harsh chemicals?"),
    ("yurt_maker", "Why is steam-bent ash better than sawn curves for yurt roof poles?"),
    ("yurt_maker", "write a holiday listing for a yurt in a quiet Welsh valley"),
    ("yurt_maker", "Our yurt drips with condensation on frosty nights - what can we do about it?"),
    ("decoy_duck_carver", "What's the difference between a working decoy and a decorative one?"),
    ("decoy_duck_carver", "How do I paint realistic vermiculation on a drake's flanks?"),
    ("decoy_duck_carver", "write an auction description for an old cork-bodied black duck decoy"),
    ("decoy_duck_carver", "Which wood carves best for a decoy that has to float upright?"),
    ("quill_pen_cutter", "Why are left-wing feathers said to suit right-handed writers?"),
    ("quill_pen_cutter", "How do I cut a chisel nib on a quill for italic hand?"),
    ("quill_pen_cutter", "write a shop listing for a hand-cut swan quill gift set"),
    ("quill_pen_cutter", "What ink works best with a quill on modern paper?"),
]
assert len(ORDINARY) == WANT_ORDINARY_NEGATIVES
for _fam, _q in ORDINARY:
    neg(_fam, _q)
_ordinary_count: dict[str, int] = {}
for _fam, _q in ORDINARY:
    _ordinary_count[_fam] = _ordinary_count.get(_fam, 0) + 1
_positive_registers = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert set(_ordinary_count) == _positive_registers, sorted(
    set(_ordinary_count) ^ _positive_registers
)
assert len(_positive_registers) == 25 and set(_ordinary_count.values()) == {4}, _ordinary_count
assert sum(1 for i in items if i["family"] in _positive_registers) == 3 * 31 + 100


NEAR = [
    ("near-exchange", "convert £250 to euros", "needs a current exchange rate"),
    ("near-exchange", "How many US dollars is 18,000 Japanese yen?", "needs an exchange rate"),
    (
        "near-exchange",
        "I'm paying a Swiss supplier CHF 1,340 - roughly what's that in pounds?",
        "needs an exchange rate",
    ),
    ("near-exchange", "what's 75 Canadian dollars in Australian dollars", "needs an exchange rate"),
    ("near-density", "How many kg does 5 litres of olive oil weigh?", "needs a density"),
    ("near-density", "what does a cubic metre of wet sand weigh in kg", "needs a density"),
    (
        "near-density",
        "How many litres is 3 kg of runny honey?",
        "needs the density of honey",
    ),
    (
        "near-missing",
        "How much will my whole order come to with delivery?",
        "the prices and quantities are not given",
    ),
    ("near-missing", "What's 15% off the price?", "no price is given"),
    (
        "near-missing",
        "how many days until my passport runs out",
        "the expiry date is not given and the current date is needed",
    ),
    (
        "near-missing",
        "Convert the length I gave to my tailor into centimetres.",
        "the length is not given",
    ),
    (
        "near-private",
        "When is my next dentist appointment?",
        "private calendar data",
    ),
    ("near-private", "how much did I spend on fuel in March", "private records"),
    (
        "near-private",
        "What was my electricity meter reading at the last bill?",
        "private records",
    ),
    (
        "near-fact",
        "What's the height of Slieve Donard in feet?",
        "needs the height of Slieve Donard",
    ),
    (
        "near-fact",
        "How many days did Magellan's expedition take to get back to Spain?",
        "needs historical facts",
    ),
    ("near-fact", "what's the population of Iceland divided by its area", "needs world facts"),
    (
        "near-fact",
        "How old was Charles Darwin when On the Origin of Species came out?",
        "needs historical dates",
    ),
    (
        "near-estimate",
        "Roughly how many bricks are there in a three-bed semi?",
        "an estimate from general knowledge",
    ),
    (
        "near-estimate",
        "about how long would it take to walk from Land's End to John o' Groats",
        "needs a route length and a judgement of pace",
    ),
    (
        "near-estimate",
        "How many ping pong balls would fit in a double-decker bus?",
        "a Fermi estimate",
    ),
    (
        "near-judgement",
        "Is £45 too much to charge for a beginner's pottery class?",
        "a judgement of fair price",
    ),
    (
        "near-judgement",
        "Should I pay off a 4% loan early or put the money in savings at 3.5%?",
        "financial judgement, context needed",
    ),
    ("near-words", "Write 1,482 in words.", "number in words"),
    ("near-words", "how do you spell out 60,019 on a cheque", "number in words on a cheque"),
    (
        "near-words",
        "How do I write 3,005,400 in words for a contract?",
        "number in words",
    ),
    ("near-roman", "what number is MCMLXXIV", "Roman numerals"),
    ("near-roman", "Write 2047 in Roman numerals.", "Roman numerals"),
    (
        "near-translate",
        "How do you say 'forty-two' in German?",
        "another language",
    ),
    ("near-translate", "what's 'three hundred' in Welsh", "another language"),
    (
        "near-translate",
        "Translate 'the total is 18 euros' into Italian.",
        "translation",
    ),
    (
        "near-code",
        "Write a Python function that converts Celsius to Fahrenheit.",
        "code",
    ),
    (
        "near-code",
        "JavaScript one-liner to get the number of days between two Date objects?",
        "code",
    ),
    ("near-code", "why does 0.1 + 0.2 print 0.30000000000000004 in python", "code explanation"),
    (
        "near-spreadsheet",
        "Excel formula for the number of days between dates in A2 and B2",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Google Sheets, how do I add 20% VAT to every price in column C?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "What formula converts a weight in kg in cell D4 to pounds?",
        "spreadsheet formula",
    ),
    (
        "near-dosing",
        "How many ml of infant ibuprofen can I give my 11 kg one-year-old?",
        "medication dosing",
    ),
    (
        "near-dosing",
        "my dog is 23 kg, how many mg of meloxicam can she have",
        "veterinary dosing",
    ),
    (
        "near-dosing",
        "How much ibuprofen can an adult take in a day?",
        "medication dosing",
    ),
    ("near-size", "How big is a US letter sheet in millimetres?", "a standard size"),
    ("near-size", "How long is a standard Olympic swimming pool in yards?", "a standard size"),
    ("near-size", "what's a US size 9 shoe in EU sizing", "a sizing convention"),
    (
        "near-timezone",
        "What time is it in Tokyo when it's 9am in London?",
        "time zones",
    ),
    (
        "near-timezone",
        (
            "If a flight leaves New York at 18:20 and takes 7 hours, when does it land in Paris "
            "local time?"
        ),
        "time zones",
    ),
    (
        "near-timezone",
        "Call at 3pm Sydney time - what's that in Vancouver?",
        "time zones",
    ),
    ("near-easter", "On which date does Easter Day fall in 2031?", "Easter"),
    (
        "near-easter",
        "How many days from 1 March 2028 to Good Friday that year?",
        "needs the date of Easter",
    ),
    ("near-easter", "which weekday is Ash Wednesday in 2030 on, and what's the date", "Easter"),
    (
        "near-workdays",
        "How many working days are there from 7 June 2027 to 2 July 2027?",
        "working days and bank holidays",
    ),
    (
        "near-workdays",
        "What date is 15 business days after 20 December 2027?",
        "business days and holidays",
    ),
    (
        "near-workdays",
        "count weekdays excluding bank holidays in August 2027 in England",
        "bank holidays",
    ),
    ("near-contested", "If I've got 3 gallons of milk, how many pints is that?", "US vs imperial"),
    ("near-contested", "convert 5 tons to kg", "short, long or metric tons"),
    ("near-contested", "What's 38 mpg in litres per 100 km?", "US or imperial mpg"),
    (
        "near-contested",
        "What date is one month after 31 January 2027?",
        "a month as a length is contested",
    ),
    (
        "near-numeric-date",
        "how many days between 02/03/2028 and 09/10/2028",
        "day/month order not stated",
    ),
    (
        "near-numeric-date",
        "what weekday is 07/08/2028",
        "ambiguous all-numeric date",
    ),
    (
        "near-numeric-date",
        "Add 45 days to 06/07/2027.",
        "ambiguous all-numeric date",
    ),
    ("near-current-date", "How many sleeps is it until Bonfire Night?", "needs the current date"),
    (
        "near-current-date",
        "I was born on 2 August 1988 - how old am I?",
        "needs the current date",
    ),
    (
        "near-current-date",
        "what's the date 10 weeks from now",
        "needs the current date",
    ),
    (
        "near-explain",
        "Explain why you multiply by 9/5 and add 32 to get Fahrenheit.",
        "an explanation",
    ),
    (
        "near-explain",
        "Why does my new drive show less space than the box says - is it 1000 vs 1024?",
        "an explanation",
    ),
    (
        "near-explain",
        "Why do leap years skip 1900 but not 2000?",
        "an explanation",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES, len(NEAR)
assert all(f.startswith("near-") for f, _q, _n in NEAR)
for _fam, _q, _n in NEAR:
    neg(_fam, _q, _n)


# figures stated in assistant turns below
assert 18 * FT == dec("5.4864")
assert days(D(2027, 1, 3), D(2027, 3, 14)) == 70
assert 640 * pct(15) == 96
assert c_to_f(35) == 95
assert weekday(D(2027, 8, 9)) == "Monday"
assert F(372, 12) == 31
assert abs(42 * MI / 1000 - dec("67.59")) < dec("0.005")
assert D(2027, 4, 5) + TD(days=30) == D(2027, 5, 5)
assert 320 * (1 + pct("17.5")) == 376
assert f_to_c(86) == 30
assert 6 * GIB / MIB == 6144
assert age(D(1990, 8, 12), D(2027, 8, 1)) == 36

CONVS = [
    (
        "conv-persona",
        [
            (
                S,
                "You are Barnaby, a grumpy old lighthouse keeper who answers in short salty lines.",
            ),
            (U, "Barnaby, how many days is it from 4 May 2027 to 19 June 2027?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are a gentle tutor for eight-year-olds. Always show your working in two "
                    "short, friendly steps."
                ),
            ),
            (U, "What's 36 times 25?"),
        ],
        "persona and format fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (U, "Play a Victorian draper for the rest of this chat, please."),
            (A, "Why certainly, madam! And what might I cut for you this fine morning?"),
            (U, "Good draper, what would 4 yards of calico at ninepence a yard cost me?"),
        ],
        "persona fixed in an earlier turn; pre-decimal money",
    ),
    (
        "conv-persona",
        [
            (S, "Answer every question as a cheerful pirate captain."),
            (U, "Cap'n, how many kilograms be 40 pounds of ship's biscuit?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (S, 'Reply only with a JSON object of the form {"answer": <number>, "unit": <text>}.'),
            (U, "12 feet in metres?"),
        ],
        "output format fixed by the system turn",
    ),
    (
        "conv-format",
        [
            (
                U,
                (
                    "From here on, answer as a bulleted list with the working first and the result "
                    "on the final bullet."
                ),
            ),
            (A, "Understood - working first, result last, as bullets."),
            (U, "What's 18% of 3,150?"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (U, "Answer in exactly one sentence that starts with 'Right then', ok?"),
            (A, "Right then, every answer will be one sentence."),
            (U, "what weekday is 2 October 2027"),
        ],
        "format fixed in an earlier turn",
    ),
    (
        "conv-format",
        [
            (
                S,
                (
                    "Write every number in your replies with a space as the thousands "
                    "separator and a comma as the decimal mark."
                ),
            ),
            (U, "Add 12,480.5 and 3,219.75."),
        ],
        "number format fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "Réponds-moi en français à partir de maintenant, s'il te plaît."),
            (A, "D'accord, je répondrai en français."),
            (U, "How many centimetres are there in 14 inches?"),
        ],
        "reply language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (S, "Reply only in Spanish, even when the user writes in English."),
            (U, "How much is 612 divided by 9?"),
        ],
        "reply language fixed by the system turn",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer my next question in Welsh? I'm practising for my exam."),
            (A, "Wrth gwrs! Gofynnwch eich cwestiwn."),
            (U, "What's 72 minus 19?"),
        ],
        "reply language fixed in an earlier turn",
    ),
    (
        "conv-language",
        [
            (U, "Ab jetzt bitte nur noch auf Deutsch antworten, ich übe für eine Prüfung."),
            (A, "Gerne, ich antworte ab jetzt auf Deutsch."),
            (U, "how many days from 8 June 2027 to 23 July 2027"),
        ],
        "reply language fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (U, "I'm in Ohio, so give me every temperature in Fahrenheit from here on."),
            (A, "Got it - Fahrenheit from now on."),
            (U, "My glaze recipe says fire to 1,240 degrees. What should I set the kiln to?"),
        ],
        "unit fixed in an earlier turn; the recipe's scale must be inferred",
    ),
    (
        "conv-unit",
        [
            (U, "Keep all lengths in millimetres for this bookcase project, please."),
            (A, "Will do - millimetres throughout."),
            (U, "The shelf is 2 ft 3 in long. What length do I cut?"),
        ],
        "unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        [
            (S, "The user is a UK baker. Give weights in grams unless asked otherwise."),
            (U, "How heavy is 1.5 lb of strong white flour?"),
        ],
        "unit fixed by the system turn",
    ),
    (
        "conv-unit",
        [
            (U, "For my hiking log, convert distances to kilometres, rounded to one decimal."),
            (A, "OK - kilometres to one decimal place."),
            (U, "Saturday's ridge walk was 11 miles."),
        ],
        "unit and rounding fixed in an earlier turn; no question in the last turn",
    ),
    (
        "conv-convention",
        [
            (U, "Heads up: I write dates day first, so 04/05 is the fourth of May."),
            (A, "Noted - day first."),
            (U, "How many days from 04/05/2027 to 12/06/2027?"),
        ],
        "date convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "In our shop the week starts on a Sunday, and week 1 is the week with 1 January."),
            (A, "Understood - Sunday-start weeks, week 1 containing 1 January."),
            (U, "Which week number is 10 March 2027 in, then?"),
        ],
        "week-numbering convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        [
            (U, "Our financial year starts on 6 April, UK tax-year style."),
            (A, "Got it - years run from 6 April."),
            (U, "Which quarter of our financial year does 19 November 2027 fall in?"),
        ],
        "financial-year convention fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Our standard markup is 35% on cost price."),
            (A, "Noted: 35% on cost."),
            (U, "What should I charge for a brass lamp that cost me £48?"),
        ],
        "a number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "Just so you know, my hourly rate is $62."),
            (A, "Thanks, I'll use $62 an hour."),
            (U, "Give me a quote for a job that takes 7.5 hours."),
        ],
        "a number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (U, "The mooring fee at our wharf is €18 per boat per night."),
            (A, "Got it, €18 per boat per night."),
            (U, "What do 23 boats staying two nights pay altogether?"),
        ],
        "a number fixed in an earlier turn",
    ),
    (
        "conv-number",
        [
            (S, "The shop is VAT-registered and charges 20% VAT on everything."),
            (U, "What's the price including VAT for a fire basket at £84?"),
        ],
        "a rate fixed by the system turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 18 ft in metres?"),
            (A, "18 ft is 5.4864 m."),
            (U, "And double that length, in yards?"),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 3 January 2027 to 14 March 2027?"),
            (A, "There are 70 days between those dates."),
            (U, "how many weeks is that then"),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What's 15% of £640?"),
            (A, "15% of £640 is £96."),
            (U, "ok and what's left once that's knocked off"),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Turn 35 °C into Fahrenheit for me."),
            (A, "35 °C is 95 °F."),
            (U, "Now do the same for 41 degrees."),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "What weekday is 9 August 2027?"),
            (A, "9 August 2027 is a Monday."),
            (U, "and the same date the year after?"),
        ],
        "follow-up on an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What is 372 divided by 12?"),
            (A, "372 divided by 12 is 31."),
            (U, "Sorry, I meant 408, not 372. Redo it."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many km is 42 miles?"),
            (A, "42 miles is about 67.59 km."),
            (U, "Oops, I meant kilometres to miles - swap it round."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What date is 30 days after 5 April 2027?"),
            (A, "30 days after 5 April 2027 is 5 May 2027."),
            (U, "My mistake, I meant 30 days before that date."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Add 17.5% to £320."),
            (A, "£320 plus 17.5% is £376."),
            (U, "sorry, the rate should be 20%, what's the new figure"),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "Give me 86 °F in Celsius."),
            (A, "86 °F is 30 °C."),
            (U, "How did you get 30 from 86? Walk me through the steps."),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 6 GiB in MiB?"),
            (A, "6 GiB is 6,144 MiB."),
            (U, "Why 6,144 and not 6,000?"),
        ],
        "an explanation after an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "How old is someone born 12 August 1990 on 1 August 2027?"),
            (A, "They are 36."),
            (U, "Why not 37? 2027 minus 1990 is 37."),
        ],
        "an explanation after an earlier turn",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES, len(CONVS)
assert all(f.startswith("conv-") for f, _t, _n in CONVS)
for _fam, _turns, _n in CONVS:
    conv(_fam, _turns, _n)


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
    # no register (family name) of this set is a family name of sets 19 to 36
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 36: {reused}"
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
