r"""Generate heldout-2027-01-11.jsonl: a thirty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_38.py, by `sed -n`: lines 1-336
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 533-593 (its
unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 784-847 (its date helpers, date_item() and weeks()), 1047-1054
(its section header, neg() and conv()) and 2033-2257 (its stated-weekday check, its checks and
main()), plus one `wc -l` of it (2257 lines) and one `grep -n "^def \|^# ===="` of it (def lines
and section headers with their line numbers), run together with the `cat` in one command. None of
its query blocks was opened. Nothing else under /work/main was opened or listed: nothing under
router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from that one
generator's allowed ranges), and not README.md. The only other use of /work/main was running
/work/main/.venv/bin/ruff with /work/main as the working directory (on this file only, always with
--no-cache). Neither /work itself nor any other /work/sealed* directory was listed or opened. The
earlier generators (sets 1-38) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the first views printed the allowed
ranges to the terminal); `ls /tmp | grep -c h39` (0); `mkdir -p` of /tmp/h39/blocks, /tmp/h39/own
and /work/sealed39; `sed -n` copies of the same five allowed ranges into block files under
/tmp/h39/blocks/, `grep -n` for the `from __future__` line in the first copy (its line 197), `wc
-l` of the blocks and `python3 --version` (3.11.7), in one command; a small `python3` script
(/tmp/h39/subst.py, written by a `cat` heredoc) that cut the first copy from its `from __future__`
line to P = "plain" (line 336) and substituted this set's OUT, PREFIX, EARLIER_DIR test
(make_heldout_38.py), EARLIER (sets 1-38, `range(2, 39)`) and REGISTER_CHECK (sets 19-38, adding
make_heldout_38.py), and "sets 19 to 37" -> "sets 19 to 38" in one comment and one message string
of main() (it asserted and printed that each substitution applied once, the last twice), after
which it deleted the first copy (with set 38's docstring); a `grep -n` of the substituted blocks
for those names and numbers, and `grep -n`, `head` and `tail` of the first one; `cat` heredocs that
wrote this set's own blocks under /tmp/h39/own/ (calculator, unit, date, ordinary and near-positive
negatives, conversations and this set's own asserts), each followed by a `grep -c` of its calls
(and, for the negatives block, a `python3 -c` that executed that block's text alone in memory to
count its ordinary and near-positive entries); an assembly script /tmp/h39/assemble.py that builds
this file by concatenating a docstring block and the blocks and prints its line count; a helper
/tmp/h39/run.sh that runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format
--check --no-cache` on this file, then this generator from /tmp, writing its output to
/tmp/h39/out.txt, of which it prints the `tail`; `cat` of out.txt once; edits of own blocks by
stdin `python3` scripts, `sed -i` and the scripts replace_regs.py and reword1.py (the changes are
listed below), with `grep -n` and `grep -c` checks of own blocks; this generator with --show,
filtered by `grep` for the ids and laid out by `column -t`; runs of this file with --digest (one of
them with PYTHONHASHSEED=7); `sha256sum` of the JSONL; `python3 -c` checks of line lengths in this
file (characters; one printed the first 50 columns of the lines over 99 characters); one view of
this file's first three lines cut to 80 columns (`head` and `cut`); this docstring was written last
over a one-line placeholder written by `printf` (its source text, /tmp/h39/doc/doc_src.txt, written
by a `cat` heredoc, filled to 99 columns by /tmp/h39/doc/make_doc.py, which uses textwrap and
asserts that the words are unchanged), followed by the same ruff commands, runs and digests, and by
`.venv/bin/ruff format --no-cache` and `.venv/bin/ruff check --no-cache` on this file from
/work/main (the last two twice); finally `ls -la /work/sealed39` and `rm -rf /tmp/h39` with `ls
/tmp | grep -c h39` afterwards. Writes: /work/sealed39/ was created for this file and its JSONL;
temporary blocks, scripts and output under /tmp/h39/ were deleted afterwards. Nothing was written
into /work/main.

Changes to set 38's main() and checks: only the substitutions listed above (file names, sets 1-38
for the duplicate check, sets 19-38 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 38's as printed; ruff format may have changed layout only. All
of set 38's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested) and SQFT/SQYD/CUFT. Added, newly written: say() and sayw()
(a date written out, and with its computed weekday, so every weekday stated next to a date in a
query is computed, not typed), asserts on every computed figure stated in an assistant turn,
asserts on the numbers of ordinary (25 registers, four each), near-positive and conversation
negatives and on their family prefixes, an assert that the positive registers are exactly the
ordinary negatives' registers, one on the number of items in those registers (193) and one that
each register has four negatives.

Disclosures: the kinds of item follow set 38's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 38's docstring
list them), and the helpers, unit factors and checks are set 38's, copied (P = "plain" is copied
too, as the last line of the first block). Set 38's docstring (within lines 1-336) names its 25
registers, the names it and sets 35-37 found taken, its provenance and the generic kinds of its
reworded items, which were therefore seen; none of those names is used here, and some plain
one-liners, near-positives and conversations here are of those same generic kinds, newly worded.
The `grep -n` printed no docstring, query or constant line: only def lines and section headers with
their line numbers. At the edges of the allowed ranges: line 336 is P = "plain", 533, 784 and 1047
are section headers, 593 is a blank line after unit_r(), 847 is the last line of weeks(), 1054 is
the last line of conv(), 2033 is the comment above the stated-weekday pattern and 2257 is the call
of main(). No query text of any earlier set was seen. Every query here was newly written from
imagination of each trade or situation. Registers of sets 1 to 18 are not known here, so an overlap
in TOPIC cannot be ruled out; an exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 38 (the
near-.../conv-... families are not registers and may coincide with earlier family names).

Register check: main()'s register assertion failed once. The first run that reached it (every check
before it had passed) reported 4 of the 25 first-chosen registers as family names of sets 19 to 38
(cheese_affineur, chimney_sweep, curling_club, hedge_layer); they were replaced by miso_fermentery,
gutter_cleaning_round, petanque_league and hay_bale_contractor by replace_regs.py, which rewrote
all their positives (4 calculator, 5 unit and 7 date items, asserting how many it found of each)
and their 16 ordinary negatives with new ones written for the new trades. The next run passed the
register check.

Other failed checks and edits: before the first run, ruff check reported one implicit string
concatenation in a conversation's system turn (ISC004), which was wrapped in parentheses by a stdin
`python3` script; also before any run, one calculator word problem (ice_rink_manager: "people"
added after a party's size) and one unit word problem (bicycle_wheel_builder, reworded) were edited
by `sed -i` and a stdin `python3` script. Own items reworded after main()'s duplicate check
reported them by id, without the earlier queries being looked at and without knowing which turn of
a conversation had matched: in the first round 27 items (reword1.py, 32 string edits): one plain
calculator one-liner (a power; new figures), one plain unit one-liner (mph to km/h; new figure),
fourteen near-positives (a code request, a contested unit, a current-date question, a dosing
question, Easter, a world fact, missing numbers, two all-numeric dates, Roman numerals, two
standard sizes and two working-day questions; new wording or figures) and eleven conversations (two
conventions, a correction, an explanation, two follow-ups, a format, two languages and a persona;
user turns reworded and, where figures changed, the assistant turns and their asserts too); in the
second round one near-positive world fact (a new subject, by `sed -i`). The next run passed every
check. After it, one string of a calculator word problem (bicycle_wheel_builder) was split at a
space into two implicitly concatenated pieces (a stdin `python3` script) so that no line of this
file exceeds 100 characters; the digest was unchanged.

Registers (families), 25, new: allotment_secretary, alpaca_fleece_mill, bicycle_wheel_builder,
ceilidh_band, dog_agility_club, escape_room_designer, gutter_cleaning_round, harbour_ferry_office,
hay_bale_contractor, hot_sauce_bottler, ice_rink_manager, kombucha_brewer, lido_attendant,
marquee_hire, miso_fermentery, orienteering_club, petanque_league, pottery_kiln_coop, sail_loft,
school_trip_organiser, shiitake_log_grower, signwriter, ski_wax_technician, stage_lighting_rigger,
vinyl_pressing_plant. Every register is used by all three tools (asserted); eighteen registers have
a fourth positive (a second calculator word problem: bicycle_wheel_builder, kombucha_brewer,
lido_attendant, marquee_hire, school_trip_organiser, vinyl_pressing_plant; a second unit word
problem: harbour_ferry_office, ice_rink_manager, lido_attendant, miso_fermentery, sail_loft,
stage_lighting_rigger; a second date word problem: alpaca_fleece_mill, ceilidh_band,
dog_agility_club, gutter_cleaning_round, hay_bale_contractor, petanque_league). Positives are
one-liners (family "plain") or word problems of one to three sentences in UK and US usage with £, $
and €, some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, private dates or records, world facts, estimates, judgements, words / Roman numerals /
another language, code or spreadsheet formulas, dosing, standard sizes, time zones, Easter, working
days, contested units, all-numeric dates of unstated order, the current date, an explanation, an
ambiguous request, or a persona / format / language / unit / convention / number fixed in an
earlier turn, a follow-up or correction of an earlier turn, or an explanation of an earlier answer.

Left out entirely (their grading is contested), as in set 38: US vs imperial pints / cups / gallons
/ quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories, horsepower, kB
vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length, light-years and
parsecs, nautical miles and knots (the one ferry distance says statute miles), troy ounces, nominal
sizes in positives, leap-day results, all-numeric dates (none in a positive; asserted), time zones
and daylight saving, Easter, working days, "within N days", and anything depending on the current
date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result is a
repeating decimal (asserted). Week counts are asserted to be whole weeks; no day count is inclusive
(each is the difference of the two dates, and queries are worded as a difference), and clock spans
run from one stated time to the next occurrence of the other (one crosses midnight and says "the
next morning"). Quantities bought whole are rounded up (asserted to be fractional before rounding).
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 38):
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

Run:  python3 make_heldout_39.py   (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-11.jsonl"
PREFIX = "ho39-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_38.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 39))
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


# ---- plain calculator one-liners (14)
calc(P, "what's 17.5% of 2,480", pct("17.5") * 2480)
calc(P, "1,296 divided by 24", F(1296, 24))
calc(P, "square root of 5,929?", 77)
assert 77 * 77 == 5929
calc(P, "(38 + 57) x 12 = ?", (38 + 57) * 12)
calc(P, "work out 4.75 times 36 for me", dec("4.75") * 36)
calc(P, "What is 3/8 written as a decimal?", F(3, 8))
calc(P, "raise 3 to the 9th power", 3**9)
calc(P, "how much is 19 cubed", 19**3)
calc(P, "Increase 640 by 35 percent.", 640 * (1 + pct(35)))
calc(P, "reduce 2,150 by 12%", 2150 * (1 - pct(12)))
calc(P, "7,203 minus 4,869 please", 7203 - 4869)
calc(P, "mean of 14, 29, 33 and 40", F(14 + 29 + 33 + 40, 4))
calc(P, "63 is what percentage of 180?", F(63, 180) * 100)
calc(P, "0.125 multiplied by 968", dec("0.125") * 968)

# ---- word problems: one per register, plus six second ones (31)
calc(
    "ski_wax_technician",
    "At the resort shop a hot wax is €18 and a base grind is €46. One busy Saturday I did 23 hot "
    "waxes and 7 base grinds. How many euros is that altogether?",
    23 * 18 + 7 * 46,
)
calc(
    "hot_sauce_bottler",
    "A case of my hot sauce is 12 bottles and shops pay $54 a case. A deli orders 17 cases and "
    "gets 8% off the whole order. What does the deli pay?",
    17 * 54 * (1 - pct(8)),
)
calc(
    "alpaca_fleece_mill",
    "A farmer brought in 14 fleeces. We charge £11.50 a fleece for washing and £3.25 a fleece for "
    "carding. What's her bill?",
    14 * (dec("11.50") + dec("3.25")),
)
calc(
    "escape_room_designer",
    "Pirate room prices: groups of 4 pay $28 per person, groups of 6 pay $25 per person. Over one "
    "weekend we had 9 groups of 4 and 5 groups of 6. What were the total takings?",
    9 * 4 * 28 + 5 * 6 * 25,
)
calc(
    "bicycle_wheel_builder",
    "spokes are 45p each and nipples 12p each. a pair of wheels takes 64 spokes and 64 "
    "nipples, and i charge £60 labour for the pair. total for one pair?",
    64 * (dec("0.45") + dec("0.12")) + 60,
)
calc(
    "bicycle_wheel_builder",
    "I've got 5 hub sets at $138 each and 10 rims at $74.50 each in stock. What's all that stock "
    "worth?",
    5 * 138 + 10 * dec("74.50"),
)
calc(
    "lido_attendant",
    "Adult swims are £5.20 and children's £3.10. On one hot Sunday 412 adults and 287 children "
    "came through the gate. How much did we take?",
    412 * dec("5.20") + 287 * dec("3.10"),
)
calc(
    "lido_attendant",
    "A season ticket costs £96 and a single adult swim is £5.20. How many pounds does a season "
    "ticket holder save if they swim 31 times?",
    31 * dec("5.20") - 96,
)
calc(
    "shiitake_log_grower",
    "I'm drilling 45 holes in each of 88 logs, one spawn plug per hole. Plugs only come in bags of "
    "1,000 for $32 a bag. What will the plugs cost me?",
    whole_up(F(45 * 88, 1000)) * 32,
)
calc(
    "miso_fermentery",
    "A 20 kg batch of barley miso loses 6% of its weight while it ferments. How many kg are "
    "left to pack?",
    20 * (1 - pct(6)),
)
calc(
    "vinyl_pressing_plant",
    "Quote check: 500 records at $4.85 each, plus $380 for lacquers and $210 for test pressings. "
    "What's the total?",
    500 * dec("4.85") + 380 + 210,
)
calc(
    "vinyl_pressing_plant",
    "A run of 1,200 records had 3.5% rejects at quality control. How many records were rejected?",
    1200 * pct("3.5"),
)
calc(
    "gutter_cleaning_round",
    "I charge £45 for the first 10 metres of gutter and £3.50 for each metre after that. A "
    "detached house has 34 metres of gutter. What's the bill?",
    45 + (34 - 10) * dec("3.50"),
)
calc(
    "marquee_hire",
    "A 9 m by 15 m marquee hires at £4.60 per square metre and flooring is £2.10 per square metre "
    "on top. What does the marquee cost with flooring?",
    9 * 15 * (dec("4.60") + dec("2.10")),
)
calc(
    "marquee_hire",
    "We need 14 trestle tables at £7.50 each and 120 chairs at £1.85 each for the reception. "
    "What's the furniture bill?",
    14 * dec("7.50") + 120 * dec("1.85"),
)
calc(
    "dog_agility_club",
    "Trial entries are $14 a run. A handler enters 3 dogs in 5 runs each and pays a $6 camping "
    "fee. How much does she pay in total?",
    3 * 5 * 14 + 6,
)
calc(
    "school_trip_organiser",
    "The coach is $1,300 and museum entry is $9.50 per student. 52 students are going and they "
    "split all of it equally. How much does each student pay?",
    (1300 + 52 * dec("9.50")) / 52,
)
calc(
    "school_trip_organiser",
    "Packed lunches are £4.35 each. We need one for each of 56 pupils and 8 staff. How much "
    "will the lunches come to?",
    (56 + 8) * dec("4.35"),
)
calc(
    "ice_rink_manager",
    "Skate hire is £3.80 and entry is £7.50. A birthday party of 18 people all need entry and "
    "skates, and parties get 15% off. What's the party's total?",
    18 * (dec("3.80") + dec("7.50")) * (1 - pct(15)),
)
calc(
    "hay_bale_contractor",
    "I charge £2.40 per small bale and £14 per round bale. A farmer wants 650 small bales and 85 "
    "round bales made, and he's already paid a £150 deposit. How much does he still owe?",
    650 * dec("2.40") + 85 * 14 - 150,
)
calc(
    "sail_loft",
    "Sailcloth is $38.50 a yard. A new jib takes 14 yards of cloth plus $95 of hardware. What do "
    "materials come to?",
    14 * dec("38.50") + 95,
)
calc(
    "kombucha_brewer",
    "One batch fills 96 bottles. Each bottle costs 38 cents, each cap 4 cents and each label 11 "
    "cents. What do bottles, caps and labels cost for a batch?",
    96 * (dec("0.38") + dec("0.04") + dec("0.11")),
)
calc(
    "kombucha_brewer",
    "We sell 330 ml bottles at $3.75 each. A cafe takes 144 bottles a week for 6 weeks. What "
    "does the cafe pay us over those 6 weeks?",
    144 * 6 * dec("3.75"),
)
calc(
    "stage_lighting_rigger",
    "Truss hire is $45 per section per day. We need 16 sections for 3 days, plus a $120 delivery "
    "charge. What's the hire total?",
    16 * 3 * 45 + 120,
)
calc(
    "petanque_league",
    "Court hire is €16 per piste per evening. We've hired 6 pistes for 4 evenings and are "
    "splitting the cost evenly between 32 players. What does each player pay?",
    F(6 * 4 * 16, 32),
)
calc(
    "signwriter",
    "Quote for a shop fascia: 3.5 books of gold leaf at $42 a book, plus 11 hours of labour at $55 "
    "an hour. What's the quote?",
    dec("3.5") * 42 + 11 * 55,
)
calc(
    "ceilidh_band",
    "Our four-piece charges £750 plus 45p a mile for travel, and the round trip to this wedding "
    "is 172 miles. What's our fee?",
    750 + 172 * dec("0.45"),
)
calc(
    "orienteering_club",
    "Entry is $12 for seniors and $5 for juniors, and e-card hire is $3. We had 74 seniors and 31 "
    "juniors, and 40 people hired cards. What did we take in total?",
    74 * 12 + 31 * 5 + 40 * 3,
)
calc(
    "pottery_kiln_coop",
    "Firing costs $0.06 per cubic inch of the piece's box size. My planter is 8 by 8 by 4 "
    "inches. What's my firing fee?",
    8 * 8 * 4 * dec("0.06"),
)
calc(
    "harbour_ferry_office",
    "A foot passenger ticket is €14.50 and a car with driver €62. One crossing carried 118 foot "
    "passengers and 34 cars. What did that crossing take?",
    118 * dec("14.50") + 34 * 62,
)
calc(
    "allotment_secretary",
    "A full plot is 10 rods at £8.50 a rod, plus a £12 water charge per plot. We have 46 full "
    "plots. How much should we collect?",
    46 * (10 * dec("8.50") + 12),
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


# ---- plain unit one-liners (14)
unit_r(P, "57 mph is how many km/h?", 57 * MPH / KMH)
unit(P, "how many metres is 2,500 feet?", 2500 * FT, EXACT)
unit(P, "98.6 °F in Celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "13 stone in kilograms", 13 * STONE)
unit_r(P, "How many acres is 3.2 hectares?", dec("3.2") * 10**4 / ACRE)
unit_r(P, "ounces in 750 grams?", F(750, 1000) / OZ)
unit_r(P, "36 psi to bar", 36 * PSI / BAR)
unit(P, "5 GiB expressed in MiB", 5 * GIB / MIB, EXACT)
unit(P, "1,013 hPa in bar", F(1013 * 100) / BAR, EXACT)
unit(P, "convert 220 yards into metres", 220 * YD, EXACT)
unit_r(P, "45 square metres is how many square feet", 45 / SQFT)
unit(P, "-12 °C to °F", c_to_f(-12), EXACT)
unit_r(P, "66 kg in pounds please", 66 / LB)
unit_r(P, "What's 110 km/h in miles per hour?", 110 * KMH / MPH)

# ---- word problems: one per register, plus six second ones (31)
unit_r(
    "ski_wax_technician",
    "The customer's skis are 177 cm long. What's that in inches?",
    F(177, 100) / IN,
)
unit_r(
    "hot_sauce_bottler",
    "My chilli mash recipe is written for 6 lb of peppers. How many kilograms of peppers is that?",
    6 * LB,
)
unit_r(
    "alpaca_fleece_mill",
    "A bale of raw fleece from the States is marked 88 lb. What's its weight in kg?",
    88 * LB,
)
unit(
    "escape_room_designer",
    "The prop treasure chest I'm eyeing is listed as 36 inches wide. How wide is that in "
    "centimetres?",
    36 * IN * 100,
    EXACT,
)
unit_r(
    "bicycle_wheel_builder",
    "The rim's bead seat diameter is 622 mm. How many inches is that?",
    F(622, 1000) / IN,
)
unit(
    "lido_attendant",
    "Our pool is 50 yards long. How many metres is that?",
    50 * YD,
    EXACT,
)
unit(
    "lido_attendant",
    "The board by the gate says the water is 24 °C. What is that in Fahrenheit for the American "
    "visitors?",
    c_to_f(24),
    EXACT,
)
unit(
    "shiitake_log_grower",
    "My oak logs are cut to 40 inches. How many centimetres is that?",
    40 * IN * 100,
    EXACT,
)
unit_r(
    "miso_fermentery",
    "The fermentation room is held at 79 °F. What's that in Celsius?",
    f_to_c(79),
)
unit_r(
    "miso_fermentery",
    "An American restaurant wants a 9 lb tub of white miso. How many kilograms is 9 lb?",
    9 * LB,
)
unit_r(
    "vinyl_pressing_plant",
    "We press heavyweight records at 180 g each. How many ounces is 180 g?",
    F(180, 1000) / OZ,
)
unit(
    "gutter_cleaning_round",
    "The downpipes on that street are 3 inches across. What's that in millimetres?",
    3 * IN * 1000,
    EXACT,
)
unit_r(
    "marquee_hire",
    "The bride's dad measured the lawn at 60 feet by 40 feet. What's the lawn's area in square "
    "metres?",
    60 * 40 * SQFT,
)
unit_r(
    "dog_agility_club",
    "The dog walk planks are 12 feet long each. How many metres is one plank?",
    12 * FT,
)
unit_r(
    "school_trip_organiser",
    "It's a 3 mile walk from the coach park to the castle. How many kilometres is that?",
    3 * MI / 1000,
)
unit_r(
    "ice_rink_manager",
    "The brine system holds the ice at 22 °F. What's that in °C?",
    f_to_c(22),
)
unit(
    "ice_rink_manager",
    "The ice sheet is 1.5 inches thick. How many centimetres thick is it?",
    dec("1.5") * IN * 100,
    EXACT,
)
unit(
    "hay_bale_contractor",
    "The far meadow is 440 yards long. What's that in metres?",
    440 * YD,
    EXACT,
)
unit_r(
    "sail_loft",
    "The mainsail luff measures 32 feet. How long is that in metres?",
    32 * FT,
)
unit_r(
    "sail_loft",
    "A sail bag on the scale reads 37 kg. What's that in pounds?",
    37 / LB,
)
unit_r(
    "kombucha_brewer",
    "My fermenting cupboard should sit at 75 °F. What's that in Celsius?",
    f_to_c(75),
)
unit_r(
    "stage_lighting_rigger",
    "The trim height for the front truss is 28 feet. Convert that to metres.",
    28 * FT,
)
unit_r(
    "stage_lighting_rigger",
    "Each moving head weighs 72 lb. What is that in kilograms?",
    72 * LB,
)
unit_r(
    "petanque_league",
    "Each of my boules weighs 700 g. What's that in ounces?",
    F(700, 1000) / OZ,
)
unit_r(
    "signwriter",
    "The fascia board is 18 feet long. How many metres is that?",
    18 * FT,
)
unit_r(
    "ceilidh_band",
    "The village hall is 30 metres long. How long is that in feet?",
    30 / FT,
)
unit_r(
    "orienteering_club",
    "The long course is 7.4 km. How many miles is that?",
    dec("7.4") * 1000 / MI,
)
unit_r(
    "pottery_kiln_coop",
    "Our glaze firing peaks at 2232 °F. What's the peak in Celsius?",
    f_to_c(2232),
)
unit(
    "harbour_ferry_office",
    "The new ferry is 210 feet long. How long is it in metres?",
    210 * FT,
    EXACT,
)
unit_r(
    "harbour_ferry_office",
    "The crossing is 14 statute miles. How many kilometres is that?",
    14 * MI / 1000,
)
unit_r(
    "allotment_secretary",
    "A standard plot here is 250 square metres. How many square feet is that?",
    250 / SQFT,
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
    """A date written out, e.g. 5 March 2027 (day, month name, year)."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def sayw(d):
    """A date with its (computed) weekday, e.g. Friday 5 March 2027."""
    return f"{weekday(d)} {say(d)}"


assert say(D(2027, 3, 5)) == "5 March 2027" and sayw(D(2027, 3, 5)) == "Friday 5 March 2027"

# ---- plain date one-liners (14)
date_item(P, "what day of the week is 4 July 2028", weekday(D(2028, 7, 4)))
date_item(
    P, "how many days from 1 January 2027 to 15 August 2027?", days(D(2027, 1, 1), D(2027, 8, 15))
)
date_item(P, "What date is 100 days after 10 March 2027?", D(2027, 3, 10) + TD(days=100))
date_item(P, "45 days before 1 June 2028 is what date?", D(2028, 6, 1) - TD(days=45))
date_item(
    P,
    "how many weeks between 6 January 2027 and 31 March 2027",
    weeks(D(2027, 1, 6), D(2027, 3, 31)),
)
date_item(P, "What weekday was 19 October 1987?", weekday(D(1987, 10, 19)))
date_item(
    P,
    "How old on 1 March 2027 is someone born on 23 April 1990?",
    age(D(1990, 4, 23), D(2027, 3, 1)),
)
date_item(P, "date 13 weeks after 2 September 2026", D(2026, 9, 2) + TD(weeks=13))
date_item(
    P,
    "number of days between 30 November 2026 and 14 February 2027",
    days(D(2026, 11, 30), D(2027, 2, 14)),
)
date_item(P, "which day of the week will 25 December 2030 be?", weekday(D(2030, 12, 25)))
date_item(
    P,
    "How many hours is it from 21:45 to 06:15 the next morning?",
    clock_span("21:45", "06:15", 3600),
)
date_item(P, "minutes from 09:20 to 13:05?", clock_span("09:20", "13:05", 60))
date_item(P, "What date is the third Thursday of November 2027?", nth_weekday(2027, 11, THU, 3))
date_item(P, "what's the date 500 days after 1 January 2027", D(2027, 1, 1) + TD(days=500))

# ---- word problems: one per register, plus six second ones (31)
_a, _b = D(2026, 12, 12), D(2027, 4, 18)
date_item(
    "ski_wax_technician",
    f"Our wax room opens for the season on {sayw(_a)} and closes on {sayw(_b)}. How many days "
    "are there between those two dates?",
    days(_a, _b),
)
date_item(
    "hot_sauce_bottler",
    "The chilli mash went into the crocks on 3 March 2027. What date is 90 days after that?",
    D(2027, 3, 3) + TD(days=90),
)
date_item(
    "alpaca_fleece_mill",
    "Shearing was on 15 May 2027 and the dyed yarn came back on 9 July 2027. How many days apart "
    "are those two dates?",
    days(D(2027, 5, 15), D(2027, 7, 9)),
)
date_item(
    "alpaca_fleece_mill",
    "Our open mill weekend starts on 2 October 2027. What day of the week is that?",
    weekday(D(2027, 10, 2)),
)
_a = D(2027, 4, 2)
date_item(
    "escape_room_designer",
    f"The second room opens on {sayw(_a)} and the launch party is 3 weeks before the opening. "
    "What date is the party?",
    _a - TD(weeks=3),
)
date_item(
    "bicycle_wheel_builder",
    "A wheel came in for truing on 9 February 2027 and I promised it back 10 days after that. "
    "What date did I promise it for?",
    D(2027, 2, 9) + TD(days=10),
)
_a, _b = D(2027, 5, 22), D(2027, 9, 12)
date_item(
    "lido_attendant",
    f"Opening day is {sayw(_a)} and closing day is {sayw(_b)}. How many days after opening day "
    "is closing day?",
    days(_a, _b),
)
date_item(
    "shiitake_log_grower",
    "I inoculated my logs on 20 March 2027. What date will it be 270 days after that?",
    D(2027, 3, 20) + TD(days=270),
)
date_item(
    "miso_fermentery",
    "A batch of red miso went into the cedar kegs on 14 October 2026 to ferment for 16 weeks. "
    "On what date are the 16 weeks up?",
    D(2026, 10, 14) + TD(weeks=16),
)
_a = D(2027, 6, 7)
date_item(
    "vinyl_pressing_plant",
    f"We cut the lacquers on {sayw(_a)} and the finished pressings are promised 8 weeks after "
    "that. What date are they promised for?",
    _a + TD(weeks=8),
)
date_item(
    "gutter_cleaning_round",
    "I cleared the Hendersons' gutters on 18 September 2026 and they want me back 26 weeks "
    "after that. What date is that?",
    D(2026, 9, 18) + TD(weeks=26),
)
date_item(
    "gutter_cleaning_round",
    "My van's MOT is due on 30 June 2027. What day of the week does that fall on?",
    weekday(D(2027, 6, 30)),
)
_a = D(2027, 8, 14)
date_item(
    "marquee_hire",
    f"The wedding is on {sayw(_a)} and we put the marquee up 2 days before the wedding. What date "
    "do we put it up?",
    _a - TD(days=2),
)
date_item(
    "dog_agility_club",
    "Our spring trial is on 24 April 2027 and entries close 17 days before it. On what date do "
    "entries close?",
    D(2027, 4, 24) - TD(days=17),
)
date_item(
    "dog_agility_club",
    "How many weeks are there from our club show on 11 September 2027 to the championship final "
    "on 23 October 2027?",
    weeks(D(2027, 9, 11), D(2027, 10, 23)),
)
_a = D(2027, 6, 10)
date_item(
    "school_trip_organiser",
    f"The trip is on {sayw(_a)} and permission slips are due 3 weeks before it. What date are the "
    "slips due?",
    _a - TD(weeks=3),
)
date_item(
    "ice_rink_manager",
    "Public skating ends on 7 March 2027 and the rink reopens on 2 October 2027. How many days "
    "are there between those two dates?",
    days(D(2027, 3, 7), D(2027, 10, 2)),
)
_a = D(2026, 11, 15)
date_item(
    "hay_bale_contractor",
    f"The baler goes in for its winter service on {sayw(_a)} and I need it back by 1 March "
    "2027. How many days is it from the service date to 1 March 2027?",
    days(_a, D(2027, 3, 1)),
)
date_item(
    "hay_bale_contractor",
    "I signed the contract with the estate on 26 February 2027. What day of the week was that?",
    weekday(D(2027, 2, 26)),
)
date_item(
    "sail_loft",
    "A mainsail came in for repair on 4 November 2026 and the owner collects it on 1 April 2027. "
    "How many days are there between drop-off and collection?",
    days(D(2026, 11, 4), D(2027, 4, 1)),
)
date_item(
    "kombucha_brewer",
    "A batch started on 26 January 2027 ferments for 12 days. What date is 12 days after 26 "
    "January 2027?",
    D(2027, 1, 26) + TD(days=12),
)
_a = D(2027, 10, 11)
date_item(
    "stage_lighting_rigger",
    f"Load-in is on {sayw(_a)} and the tour's last show is 46 days after that. What's the date "
    "of the last show?",
    _a + TD(days=46),
)
date_item(
    "petanque_league",
    "The league's 50th anniversary dinner is on 19 November 2027. What day of the week is that?",
    weekday(D(2027, 11, 19)),
)
date_item(
    "petanque_league",
    "Our indoor tournament starts on 20 February 2027 and the next one starts 52 weeks later. "
    "What date does the next one start?",
    D(2027, 2, 20) + TD(weeks=52),
)
date_item(
    "signwriter",
    "I started a pub sign on 6 May 2027 and delivered it on 21 June 2027. How many days after "
    "the start date was the delivery?",
    days(D(2027, 5, 6), D(2027, 6, 21)),
)
date_item(
    "ceilidh_band",
    "We've got gigs on 3 December 2027 and 31 December 2027. How many weeks apart are they?",
    weeks(D(2027, 12, 3), D(2027, 12, 31)),
)
date_item(
    "ceilidh_band",
    "We're booked for a Burns supper on 25 January 2028. What day of the week is that?",
    weekday(D(2028, 1, 25)),
)
date_item(
    "orienteering_club",
    "The club championship is 6 weeks after our event on 13 March 2027. What date is the "
    "championship?",
    D(2027, 3, 13) + TD(weeks=6),
)
_a = D(2027, 3, 17)
date_item(
    "pottery_kiln_coop",
    f"The glaze firing is on {sayw(_a)} and the kiln is opened 2 days after the firing. On what "
    "date is it opened?",
    _a + TD(days=2),
)
_a = D(2027, 11, 1)
date_item(
    "harbour_ferry_office",
    f"The winter timetable starts on {sayw(_a)}. What date is 20 weeks after that?",
    _a + TD(weeks=20),
)
date_item(
    "allotment_secretary",
    "The AGM is on 7 February 2027 and rent is due 28 days after the AGM. What date is rent due?",
    D(2027, 2, 7) + TD(days=28),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four in each of the 25 registers (100)
ORDINARY = {
    "ski_wax_technician": (
        "Which wax would you recommend for wet spring snow at around zero degrees?",
        "Explain why a fresh stone grind makes skis run faster.",
        "Write a short sign for the wax room about our 24-hour turnaround.",
        "Are fluorinated waxes still allowed in FIS races?",
    ),
    "hot_sauce_bottler": (
        "Which is hotter, a habanero or a scotch bonnet?",
        "Give me five catchy names for a mango and habanero sauce.",
        "What pH does a bottled hot sauce need to be shelf-stable?",
        "Draft the back label copy for my smoked garlic chilli sauce.",
    ),
    "alpaca_fleece_mill": (
        "Is alpaca fibre really warmer than merino?",
        "Why does alpaca fleece have so much less lanolin than sheep's wool?",
        "Write a product description for our undyed fawn DK yarn.",
        "What should I charge per skein for hand-spun alpaca?",
    ),
    "escape_room_designer": (
        "Come up with a riddle whose answer is 'anchor'.",
        "How hard should a 60-minute room be for first-time players?",
        "Write the game master's intro speech for a pirate-themed room.",
        "Why do players never look up at clues on the ceiling?",
    ),
    "bicycle_wheel_builder": (
        "Should I use radial lacing on a front disc-brake wheel?",
        "Explain how spoke tension affects how stiff a wheel feels.",
        "What spoke length do I need for a DT Swiss 350 front hub on a 622 rim?",
        "Write a short care guide to hand to customers with their new wheels.",
    ),
    "lido_attendant": (
        "Is it safe to swim in an outdoor pool during a thunderstorm?",
        "Why does the pool feel colder first thing in the morning than at lunchtime?",
        "Write a friendly poolside sign asking people not to run.",
        "Which stroke is easiest for an adult learning to swim?",
    ),
    "shiitake_log_grower": (
        "Is oak or sweetgum better for growing shiitake on logs?",
        "Why do my logs have white mycelium on the ends but no mushrooms yet?",
        "Write an Instagram caption for our first flush of the year.",
        "How many pounds of shiitake will one log give over its life?",
    ),
    "miso_fermentery": (
        "What's the difference between white miso and red miso?",
        "Why does miso get darker the longer it ferments?",
        "Write a recipe card for miso-glazed aubergine using our red miso.",
        "Does boiling miso soup kill the good bacteria?",
    ),
    "vinyl_pressing_plant": (
        "Does 180 g vinyl actually sound better than 140 g?",
        "Explain why records are pressed from PVC rather than some other plastic.",
        "Write an email telling a band their test pressings are running late.",
        "What usually causes non-fill on the outer grooves of side B?",
    ),
    "gutter_cleaning_round": (
        "Are gutter guards worth fitting on a house next to oak trees?",
        "Why do gutters overflow at the corners even when they're clear?",
        "Write a flyer for my gutter cleaning round.",
        "Is it safe to lean a ladder against plastic guttering?",
    ),
    "marquee_hire": (
        "How many guests can sit down to dinner in a 9 by 15 metre marquee?",
        "What wind speed is too much to keep a marquee standing?",
        "Write a weather cancellation clause for our hire terms.",
        "Should a winter wedding go for clear or white marquee walls?",
    ),
    "dog_agility_club": (
        "At what age should a border collie start agility training?",
        "Explain the difference between a front cross and a rear cross.",
        "Write a club newsletter paragraph about our new tunnel.",
        "Why does my dog keep knocking the bar on the last jump?",
    ),
    "school_trip_organiser": (
        "What adult-to-child ratio is recommended for a primary school museum trip?",
        "Write a letter to parents about the castle trip.",
        "Is June or September a better month for a castle visit with a class?",
        "Suggest some games for a two-hour coach journey with ten-year-olds.",
    ),
    "ice_rink_manager": (
        "Why is ice slippery?",
        "How thick should the ice be for an ice hockey match?",
        "Write a safety announcement to read out before the public session.",
        "Which skates are best for complete beginners?",
    ),
    "hay_bale_contractor": (
        "Is it too damp to bale hay after a heavy dew?",
        "Why can damp hay catch fire in a barn?",
        "Write a price list for my baling service.",
        "Should round bales be wrapped in four layers or six?",
    ),
    "sail_loft": (
        "Dacron or laminate for a cruising mainsail?",
        "Explain what camber does in a sail.",
        "Write an invoice note for replacing the UV strip on a genoa.",
        "Why does my leech flutter even in a light breeze?",
    ),
    "kombucha_brewer": (
        "Is kombucha actually good for your gut?",
        "Why is my SCOBY sinking to the bottom of the jar?",
        "Write flavour descriptions for our ginger and lemon kombucha.",
        "How much alcohol does home-brewed kombucha usually contain?",
    ),
    "stage_lighting_rigger": (
        "Are LED fresnels as good as tungsten ones for theatre?",
        "Explain how DMX addressing works.",
        "Write a safety briefing for crew working at height.",
        "Which gel colour makes skin tones look warm on stage?",
    ),
    "petanque_league": (
        "Why do pointers and shooters throw so differently?",
        "What does 'faire un carreau' mean in pétanque?",
        "Write a welcome email for new league members.",
        "Who won the last pétanque world championship in triples?",
    ),
    "signwriter": (
        "What lettering style suits a traditional butcher's shop?",
        "Why do signwriters use one-shot enamel?",
        "Write the wording for a bakery's shopfront sign.",
        "How much should I charge for hand-lettering a van?",
    ),
    "ceilidh_band": (
        "Which dances should a caller teach first to a crowd of beginners?",
        "Write a set list for a wedding ceilidh.",
        "Why are reels usually written in 2/4 and jigs in 6/8?",
        "Is a melodeon or a piano accordion better for ceilidh playing?",
    ),
    "orienteering_club": (
        "How do I pick a good route between two controls?",
        "Write course notes for the yellow course.",
        "Why are orienteering maps drawn to magnetic north?",
        "Is a baseplate compass or a thumb compass better for juniors?",
    ),
    "pottery_kiln_coop": (
        "Why did my glaze crawl off the rim?",
        "Is it safe to eat off raku-fired pieces?",
        "Write rules for booking the coop's shared kiln.",
        "Which clay body is best for everyday mugs?",
    ),
    "harbour_ferry_office": (
        "Will the ferry sail if there's a gale warning?",
        "Write a tannoy announcement for a delayed sailing.",
        "Where's the best seat on a ferry to avoid seasickness?",
        "Why do some ferries make cars reverse on?",
    ),
    "allotment_secretary": (
        "When should I plant garlic on the allotment?",
        "Write the agenda for our allotment AGM.",
        "Why are my runner beans flowering but not setting pods?",
        "Is it fair to take a plot back from someone who hasn't weeded it all summer?",
    ),
}
for _family, _queries in ORDINARY.items():
    for _q in _queries:
        neg(_family, _q)

# ---- near-positive single turns (65): each looks like a tool question but needs the model
NEAR = (
    ("near-rate", "Convert £250 to euros.", "needs a current exchange rate"),
    ("near-rate", "how many yen do I get for 80 dollars", "needs a current exchange rate"),
    (
        "near-rate",
        "What's 1,500 Swiss francs in US dollars?",
        "needs a current exchange rate",
    ),
    ("near-density", "How many grams is 2 cups of plain flour?", "needs a density (and a cup)"),
    ("near-density", "What does a litre of honey weigh in kg?", "needs the density of honey"),
    ("near-density", "Convert 300 ml of caster sugar to grams", "needs the density of sugar"),
    ("near-missing", "What's 15% off the sale price?", "the price is not given"),
    ("near-missing", "How much change do I get back from a twenty?", "the cost is not given"),
    (
        "near-missing",
        "If I double the recipe, how much butter do I need?",
        "the recipe is not given",
    ),
    (
        "near-missing",
        "How many packs of laminate do I need for the hallway?",
        "no sizes are given",
    ),
    ("near-private", "When did I last have my boiler serviced?", "a private record"),
    ("near-private", "What date is my dentist appointment?", "a private record"),
    ("near-private", "How many days has my mum been retired?", "a private date"),
    ("near-private", "How much did I spend on petrol in March?", "private records"),
    ("near-fact", "How many feet tall is Mount Kilimanjaro?", "a world fact, then a conversion"),
    (
        "near-fact",
        "How many miles is it from Edinburgh to Inverness by road?",
        "a world fact",
    ),
    (
        "near-fact",
        "How many days after the Moon landing was Woodstock?",
        "the two dates are world facts, not given",
    ),
    (
        "near-fact",
        "What's the population of Portugal divided by the population of Ireland?",
        "world facts that change",
    ),
    ("near-fact", "How many kilometres long is the Danube?", "a world fact"),
    (
        "near-estimate",
        "Roughly how many bricks would a 10 metre garden wall need?",
        "an estimate: height, bond and brick size unknown",
    ),
    (
        "near-estimate",
        "How long would it take me to walk 14 miles?",
        "an estimate: walking pace unknown",
    ),
    (
        "near-estimate",
        "How much paint do I need for a small bedroom?",
        "an estimate without measurements",
    ),
    ("near-judgement", "Is £9.50 too much for a sandwich?", "an opinion"),
    ("near-judgement", "Is 37.9 °C a fever for a toddler?", "medical judgement"),
    ("near-judgement", "Is 28 °C too hot for a bedroom at night?", "a judgement"),
    ("near-words", "Write 1,847 out in words for a cheque.", "number in words"),
    ("near-words", "How do you write £3.75 in words on an invoice?", "amount in words"),
    (
        "near-words",
        "spell out 14 March 2027 in words for a wedding invitation",
        "date in words, a style question",
    ),
    (
        "near-roman",
        "What is MCMXCIV plus XII, answered in Roman numerals?",
        "Roman numerals in and out",
    ),
    ("near-roman", "How do you write 1,988 in Roman numerals?", "Roman numerals"),
    ("near-roman", "What year is MDCCLXXVI?", "Roman numerals"),
    ("near-language", "¿Cuánto es el 20 por ciento de 350?", "asked in Spanish"),
    (
        "near-language",
        "Combien de jours y a-t-il entre le 3 mars 2027 et le 10 avril 2027 ?",
        "asked in French",
    ),
    ("near-language", "Wie viel sind 12 Zoll in Zentimetern?", "asked in German"),
    (
        "near-code",
        "Write me a Rust function that turns kilometres into miles.",
        "a code request",
    ),
    (
        "near-code",
        "In JavaScript, why does 0.1 + 0.2 not equal 0.3?",
        "a programming explanation",
    ),
    (
        "near-code",
        "Give me a bash one-liner that prints the date 30 days after 2027-05-01.",
        "a code request",
    ),
    (
        "near-sheet",
        "Excel formula to add 45 days to the date in cell B2?",
        "a spreadsheet formula",
    ),
    (
        "near-sheet",
        'What does =DATEDIF(A1,B1,"m") return in Google Sheets?',
        "a spreadsheet function explanation",
    ),
    (
        "near-sheet",
        "How do I make a spreadsheet column work out 20% VAT on each price?",
        "a spreadsheet how-to",
    ),
    (
        "near-dosing",
        "How much liquid ibuprofen can I give my 11 kg baby?",
        "dosing: medical advice",
    ),
    (
        "near-dosing",
        "My 20 kg dog ate 400 mg of ibuprofen, is that dangerous?",
        "dosing: veterinary advice",
    ),
    ("near-size", "What's a European size 42 shoe in inches?", "a standard size"),
    ("near-size", "How big is a king size duvet in inches?", "a standard size that varies"),
    ("near-size", "How many millimetres wide is a sheet of A5?", "a standard size"),
    ("near-tz", "If it's 3 pm in London, what time is it in Tokyo?", "time zones"),
    (
        "near-tz",
        "My flight leaves New York at 18:00 and lands in Paris at 07:30. How long is the flight?",
        "time zones",
    ),
    ("near-easter", "Which date does Easter Monday fall on in 2031?", "Easter"),
    (
        "near-workdays",
        "Count the working days from 5 April 2027 to 30 April 2027 for me.",
        "working days: holidays and inclusivity unknown",
    ),
    (
        "near-workdays",
        "What date is 15 business days after 22 December 2026?",
        "business days over Christmas: holidays unknown",
    ),
    ("near-contested", "how many litres is 5 and a half pints", "US or imperial pints"),
    ("near-contested", "How many litres is 8 gallons?", "US or imperial gallons"),
    ("near-contested", "how many kg is 2 tons", "short, long or metric tons"),
    (
        "near-numdate",
        "How many days from 02/03/2028 to 09/10/2028?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-numdate",
        "Which weekday was 06/11/2026?",
        "an all-numeric date of unstated order",
    ),
    ("near-current", "What's the date 90 days from today?", "depends on the current date"),
    ("near-current", "How many sleeps until Bonfire Night?", "depends on the current date"),
    (
        "near-current",
        "How old am I if I was born on 12 May 1994?",
        "depends on the current date",
    ),
    ("near-explain", "Why is a mile 5,280 feet?", "a history explanation"),
    (
        "near-explain",
        "Explain how compound interest works with an example.",
        "an explanation",
    ),
    ("near-explain", "Why does February only have 28 days?", "a history explanation"),
    (
        "near-ambiguous",
        "What will $5,000 be worth at 4% over 3 years?",
        "simple or compound interest, compounding period unstated",
    ),
    ("near-ambiguous", "convert 30", "no units given"),
    (
        "near-ambiguous",
        "What's 3 months after 31 January 2027?",
        "month arithmetic from a month end is contested",
    ),
    ("near-ambiguous", "How much VAT is on £480?", "the VAT rate (and country) is not given"),
)
for _family, _q, _note in NEAR:
    neg(_family, _q, _note)


# ---- conversations (35): the last user turn needs an earlier turn, so the model must answer
# figures stated in assistant turns are computed here and asserted
_km25 = 25 * MI / 1000
assert _km25 == dec("40.2336")
_wd = D(2027, 9, 23)
_22pc = pct(22) * 575
assert _22pc == dec("126.5")
_may_sep = days(D(2027, 5, 1), D(2027, 9, 1))
assert _may_sep == 123
_cm70 = 70 * IN * 100
assert _cm70 == dec("177.8")
assert pct(12) * 850 == 102
_d40 = D(2027, 6, 3) + TD(days=40)
_kg150 = 150 * LB
assert round(_kg150 * 100) == 6804
assert c_to_f(25) == 77 and c_to_f(100) == 212
assert F(7, 8) * 100 == dec("87.5")
_feb_apr = days(D(2027, 2, 1), D(2027, 4, 1))
assert _feb_apr == 59
_garden = 14 * 9
assert _garden == 126

CONVERSATIONS = (
    (
        "conv-format",
        (
            (U, "From now on, give every number in your answers as Roman numerals."),
            (A, "Understood: numbers will be in Roman numerals from here on."),
            (U, "What's 48 plus 19?"),
        ),
        "Roman numerals fixed in an earlier turn",
    ),
    (
        "conv-format",
        (
            (U, "Reply only in YAML, with a single key named answer."),
            (A, "answer: ok"),
            (U, "How many millimetres are there in 9 inches?"),
        ),
        "YAML output format fixed in an earlier turn",
    ),
    (
        "conv-format",
        (
            (U, "Write all your answers as limericks, please. It's for my nephew's birthday card."),
            (A, "Happy to! Every answer will come as a limerick."),
            (U, "What day of the week is 9 August 2027?"),
        ),
        "limerick format fixed in an earlier turn",
    ),
    (
        "conv-format",
        (
            (U, "Only answer with numbers written out in words, like 'forty-two'."),
            (A, "Got it, I'll write numbers in words."),
            (U, "What is 125 times 8?"),
        ),
        "numbers in words fixed in an earlier turn",
    ),
    (
        "conv-format",
        (
            (U, "For this chat, give dates in Japanese style, with 年, 月 and 日."),
            (A, "わかりました。日付は「2027年1月1日」の形で書きます。"),
            (U, "What date is 60 days after 15 April 2027?"),
        ),
        "Japanese date format fixed in an earlier turn",
    ),
    (
        "conv-language",
        (
            (U, "Peux-tu me répondre en français, s'il te plaît ? C'est pour mon cours."),
            (A, "Bien sûr, je réponds en français."),
            (U, "How many days lie between 11 March 2027 and 27 April 2027?"),
        ),
        "answer language (French) fixed in an earlier turn",
    ),
    (
        "conv-language",
        (
            (U, "Bitte antworte ab jetzt auf Deutsch."),
            (A, "Alles klar, ich antworte ab jetzt auf Deutsch."),
            (U, "What is 65 kg in pounds?"),
        ),
        "answer language (German) fixed in an earlier turn",
    ),
    (
        "conv-language",
        (
            (U, "Could you answer in Irish? My son is learning it at school."),
            (A, "Cinnte! I'll answer in Irish."),
            (U, "What is 9 times 6?"),
        ),
        "answer language (Irish) fixed in an earlier turn",
    ),
    (
        "conv-language",
        (
            (U, "Contéstame en español, por favor."),
            (A, "Claro, te responderé en español."),
            (U, "Convert 20 °C to Fahrenheit."),
        ),
        "answer language (Spanish) fixed in an earlier turn",
    ),
    (
        "conv-persona",
        (
            (S, "You are Granny Weatherwax, a sharp-tongued old witch. Stay in character."),
            (U, "Evening, Granny."),
            (A, "Hmph. Wipe your feet before you come in."),
            (U, "How many metres are in 4,200 feet?"),
        ),
        "a persona set by the system turn",
    ),
    (
        "conv-persona",
        (
            (
                S,
                (
                    "You are a patient maths tutor for a nine-year-old. Never give the answer "
                    "straight away; ask guiding questions instead."
                ),
            ),
            (U, "What's 144 divided by 12?"),
        ),
        "a tutoring persona that must not just state the answer",
    ),
    (
        "conv-persona",
        (
            (S, "You are Sherlock Holmes. Answer every question with a deduction."),
            (U, "Holmes, what day of the week was 14 February 1894?"),
        ),
        "a persona set by the system turn",
    ),
    (
        "conv-unit",
        (
            (U, "I'm in the US, so give me every temperature in Fahrenheit."),
            (A, "Will do, Fahrenheit only."),
            (U, "What temperature should chicken thighs be cooked to?"),
        ),
        "a food-safety fact, with the unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        (
            (U, "Give all distances in kilometres, please; I don't use miles."),
            (A, "Understood, kilometres only."),
            (U, "How far is a marathon?"),
        ),
        "a world fact, with the unit fixed in an earlier turn",
    ),
    (
        "conv-unit",
        (
            (U, "I think of body weight in stones and pounds."),
            (A, "Got it, stones and pounds."),
            (U, "I weigh 81 kg, so what is that for me?"),
        ),
        "the mixed stones-and-pounds form was asked for in an earlier turn",
    ),
    (
        "conv-convention",
        (
            (
                U,
                "In our office weeks start on Sunday, and week 1 is the week containing 1 January.",
            ),
            (A, "Understood: Sunday-start weeks, with week 1 containing 1 January."),
            (U, "Which week number is 18 August 2027?"),
        ),
        "a week-numbering convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        (
            (U, "We write dates as day/month/year here."),
            (A, "Okay, day/month/year it is."),
            (U, "How many days from 03/04/2027 to 12/05/2027?"),
        ),
        "the date order was fixed in an earlier turn",
    ),
    (
        "conv-convention",
        (
            (U, "Our charity's financial year begins on 6 April and ends on 5 April."),
            (A, "Got it: 6 April to 5 April."),
            (U, "In which quarter of that year does 20 November 2027 fall?"),
        ),
        "a financial-year convention fixed in an earlier turn",
    ),
    (
        "conv-convention",
        (
            (U, "In our rowing club, 'one outing' always means 75 minutes."),
            (A, "Understood: an outing is 75 minutes."),
            (U, "How many hours do 9 outings add up to?"),
        ),
        "the length of an outing was fixed in an earlier turn",
    ),
    (
        "conv-number",
        (
            (U, "My budget for the trip is $2,400."),
            (A, "Noted: $2,400."),
            (U, "If flights take 38% of it, how much is left for everything else?"),
        ),
        "the budget was given in an earlier turn",
    ),
    (
        "conv-number",
        (
            (U, "Our rota started on 4 January 2027 and I'm on every 9th day from then."),
            (A, "Got it."),
            (U, "Am I on duty on 1 March 2027?"),
        ),
        "the rota was given in an earlier turn",
    ),
    (
        "conv-number",
        (
            (U, "The garden is 14 m by 9 m."),
            (A, f"That's {_garden} square metres."),
            (U, "How many rolls of turf do I need if each covers 1.5?"),
        ),
        "the area was given in earlier turns",
    ),
    (
        "conv-number",
        (
            (U, "My son was born on 3 June 2019."),
            (A, "Noted."),
            (U, "What day of the week was he born on?"),
        ),
        "the date was given in an earlier turn",
    ),
    (
        "conv-followup",
        (
            (U, "What's 25 miles in kilometres?"),
            (A, f"25 miles is {_km25} km."),
            (U, "And in metres?"),
        ),
        "a follow-up to an earlier turn",
    ),
    (
        "conv-followup",
        (
            (U, f"What day of the week is {say(_wd)}?"),
            (A, f"{say(_wd)} is a {weekday(_wd)}."),
            (U, "What about the same day and month in 2031?"),
        ),
        "a follow-up to an earlier turn",
    ),
    (
        "conv-followup",
        (
            (U, "What's 22% of 575?"),
            (A, f"{num(_22pc)}"),
            (U, "OK, now subtract that from the 575."),
        ),
        "a follow-up to an earlier turn",
    ),
    (
        "conv-followup",
        (
            (U, "How many days from 1 May 2027 to 1 September 2027?"),
            (A, f"{_may_sep} days."),
            (U, "How many weeks and days is that?"),
        ),
        "a follow-up asking for a mixed weeks-and-days form",
    ),
    (
        "conv-followup",
        (
            (U, "Convert 5 feet 10 inches to centimetres."),
            (A, f"{num(_cm70)} cm."),
            (U, "Round it to the nearest whole number and tell me if that's tall for a woman."),
        ),
        "a follow-up with a judgement",
    ),
    (
        "conv-correction",
        (
            (U, "What's 12% of 850?"),
            (A, "102."),
            (U, "Sorry, I meant 21%, not 12."),
        ),
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        (
            (U, "What date is 40 days after 3 June 2027?"),
            (A, f"{say(_d40)}."),
            (U, "Oops, I meant 40 days before, not after."),
        ),
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        (
            (U, "How many kg is 150 lb?"),
            (A, f"{round(_kg150 * 100) / 100} kg."),
            (U, "No wait, it was 15 stone, I mixed them up. Redo it."),
        ),
        "a correction of an earlier turn",
    ),
    (
        "conv-correction",
        (
            (U, "What's 25 °C in Fahrenheit?"),
            (A, "77 °F."),
            (U, "Sorry, typo: I meant minus 25, not 25."),
        ),
        "a correction of an earlier turn",
    ),
    (
        "conv-explain",
        (
            (U, "What's 7/8 as a percentage?"),
            (A, "87.5%."),
            (U, "Can you show me how you worked that out, step by step?"),
        ),
        "an explanation of an earlier answer",
    ),
    (
        "conv-explain",
        (
            (U, "How many days from 1 February 2027 to 1 April 2027?"),
            (A, f"{_feb_apr} days."),
            (U, "Why not 60? I thought two months was about 60 days."),
        ),
        "an explanation of an earlier answer",
    ),
    (
        "conv-explain",
        (
            (U, "What's 100 °C in Fahrenheit?"),
            (A, "212 °F."),
            (U, "Where does the 32 in that formula come from?"),
        ),
        "an explanation of an earlier answer",
    ),
)
for _family, _turns, _note in CONVERSATIONS:
    conv(_family, _turns, _note)

# ---- this set's own counts (main() checks the totals again)
REGISTERS = sorted(ORDINARY)
assert len(REGISTERS) == 25 and all(len(q) == 4 for q in ORDINARY.values())
assert len(NEAR) == WANT_NEAR_NEGATIVES and all(f.startswith("near-") for f, _, _ in NEAR)
assert len(CONVERSATIONS) == WANT_CONVERSATION_NEGATIVES
assert all(f.startswith("conv-") for f, _, _ in CONVERSATIONS)
assert {i["family"] for i in items if i["label"] != "negative"} - {P} == set(REGISTERS)
assert sum(1 for i in items if i["family"] in ORDINARY) == 25 * 3 + 18 + 100
for _r in REGISTERS:
    assert sum(1 for i in items if i["family"] == _r and i["label"] == "negative") == 4, _r

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
    # no register (family name) of this set is a family name of sets 19 to 38
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 38: {reused}"
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
