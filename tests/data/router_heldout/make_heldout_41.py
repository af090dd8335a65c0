r"""Generate heldout-2027-01-13.jsonl: a forty-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_40.py, by `sed -n`: lines 1-326
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 560-620 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 812-888 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1112-1119 (its negatives section
header, neg() and conv()) and 1922-2146 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2146 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
and not README.md. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). Neither /work itself nor any other /work/sealed* directory was listed or opened.
The earlier generators (sets 1-40) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-326 alone, 560-620, 812-888 and 1112-1119 together, 1922-2146
alone); then, in one command, `ls /tmp | grep -c h41` (0), `mkdir -p` of /tmp/h41/blocks,
/tmp/h41/own and /work/sealed41, `sed -n` copies of the same five allowed ranges into block files
under /tmp/h41/blocks/, a `grep -n` for the `from __future__` line in the first copy (it printed
only that line, 185), `wc -l` of the blocks and `/work/main/.venv/bin/python --version` (3.11.7); a
small Python script (/tmp/h41/subst.py, written by a `cat` heredoc) that cut the first copy from
its `from __future__` line to P = "plain" (its line 326) and substituted this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_40.py), EARLIER (sets 1-40, `range(2, 41)`) and REGISTER_CHECK (sets
19-40, adding make_heldout_40.py), and "sets 19 to 39" -> "sets 19 to 40" in one comment and one
message string of main() (it asserted and printed that each substitution applied once, the last
twice), after which it deleted the first copy (with set 40's docstring); a `grep -n` of the
substituted blocks for those names and numbers, with `head -3` and `tail -3` of the first one;
`cat` heredocs that wrote this set's own blocks under /tmp/h41/own/ (calculator, unit and date
items, ordinary and near-positive negatives and conversations, and this set's own structural
asserts), each followed by a `grep -c` of its calls or an `echo`; an assembly script
/tmp/h41/assemble.py that builds this file by concatenating a docstring block and the blocks and
prints its line count; a helper /tmp/h41/run.sh that runs assemble.py, then from /work/main as the
working directory `.venv/bin/ruff format --no-cache -q`, `.venv/bin/ruff check --no-cache` and
`.venv/bin/ruff format --check --no-cache` on this file, then this generator from /tmp (passing on
any arguments), writing its output to /tmp/h41/out.txt, of which it prints the `tail -5`; `grep -E`
of out.txt for the summary lines; edits of own blocks by stdin `python3` scripts and the script
/tmp/h41/reword1.py (the changes are listed below); this generator with --show, filtered by `grep`
for the ids and laid out by `column -t`; `/work/main/.venv/bin/python -c` checks of line lengths in
this file (no line over 100 characters in the end); this docstring was written last over a one-line
placeholder supplied by assemble.py (its source text, /tmp/h41/doc/doc_src.txt, written by a `cat`
heredoc, filled to 99 columns by /tmp/h41/doc/make_doc.py, which uses textwrap and asserts that the
words are unchanged; its first version's word check was a no-op and was fixed by a stdin `python3`
script, checked by a `grep -n` of make_doc.py; the words of this docstring were then amended once,
by a stdin `python3` script, to list these steps and a `head -3` of this file), followed by the
same ruff commands and run, runs of this file with --digest (one of them with PYTHONHASHSEED=7) and
`sha256sum` of the JSONL; finally `ls -la /work/sealed41` and `rm -rf /tmp/h41` with `ls /tmp |
grep -c h41` afterwards. Writes: /work/sealed41/ was created for this file and its JSONL; temporary
blocks, scripts and output under /tmp/h41/ were deleted afterwards. Nothing was written into
/work/main.

Changes to set 40's main() and checks: only the substitutions listed above (file names, sets 1-40
for the duplicate check, sets 19-40 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 40's as printed; ruff format may have changed layout only. All
of set 40's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested), say() and sayw() (a date written out, and with its computed
weekday, so every weekday stated next to a date in a query is computed, not typed) and
SQFT/SQYD/CUFT. Added, newly written: LITRE, HECTARE, CC, CUIN and MS (with an assert on the cubic
inch), the REGISTERS tuple (asserted sorted and distinct), money() and plain_num() (figures stated
in assistant turns are computed, with asserts), and this set's own asserts: the ORDINARY negatives
are keyed by exactly the REGISTERS, four each; the positive registers are exactly the REGISTERS;
every register is used by all three tools; 193 items lie in the registers (25 x 3 positives, 18
second positives, 100 negatives), 31 word problems per tool; every negative outside the registers
is a near-... or conv-... family, with 65 and 35 of them.

Disclosures: the kinds of item follow set 40's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 40's docstring
list them), and the helpers, unit factors and checks are set 40's, copied (P = "plain" is copied
too, as the last line of the first block). Set 40's docstring (within lines 1-326) names its 25
registers, its provenance and the generic kinds of its reworded items, which were therefore seen;
none of those names is used here as a register, and some plain one-liners, near-positives and
conversations here are of those same generic kinds, newly worded. The `grep -n` printed no
docstring, query or constant line: only def lines and section headers with their line numbers. At
the edges of the allowed ranges: line 326 is P = "plain", 560, 812 and 1112 are section headers,
620 is a blank line after unit_r(), 888 is the assert after sayw(), 1119 is the last line of
conv(), 1922 is the comment above the stated-weekday pattern and 2146 is the call of main(). No
query text of any earlier set was seen. Every query here was newly written from imagination of each
trade or situation. Registers of sets 1 to 18 are not known here, so an overlap in TOPIC cannot be
ruled out; an exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 40 (the near-.../conv-... families are not
registers and may coincide with earlier family names).

Register check: main()'s register assertion failed once, on the first run that reached it: two
first-chosen registers were already family names of sets 19 to 40 and were renamed
(canal_lock_keeper became waterways_lock_crew, escape_room_operator became
puzzle_room_games_master, by a stdin `python3` script that also re-sorted REGISTERS); the next run
passed it.

Other failed checks and edits: before any run, one calculator word problem
(bicycle_courier_dispatch) said "yesterday", which the relative-date rule for positives rejects; it
became "on Friday" (stdin `python3` script). The first ruff check reported five implicit string
concatenations in collections (ISC004: three ordinary negatives, one near-positive and one system
turn), which were wrapped in parentheses by a stdin `python3` script; the same first run stopped at
unit()'s exact-decimals assertion on a plain miles-to-km one-liner (six decimals), which the same
script made a rounded unit item. The next run stopped at the contested-units rule: a
cider_orchard_press date word problem said "barrels" (now "oak casks", stdin `python3` script). Own
items reworded after main()'s duplicate check reported them by id, without the earlier queries
being looked at and without knowing which turn of a conversation had matched, in one round of 25
items (reword1.py): four plain calculator one-liners (a percentage of, a division, an increase, a
percentage; new figures and wording), two plain unit one-liners (GiB to MiB, bar to psi; new
figures), five conversations (conv-correction, conv-explain, conv-followup, conv-format: both user
turns reworded; conv-persona: its one user turn), one ordinary negative (hedge_laying_contractor,
hedge-laying styles) and thirteen near-positives (a code request, a contested unit, a dose, two
explanations, two world facts, a spreadsheet formula, a current-date question, Roman numerals, a
standard size, a time zone and working days; new wording, subjects or figures). Then a second
ISC004 (the reworded working-days near-positive) and one line over 100 characters (the reworded
ordinary negative) were wrapped by stdin `python3` scripts, and the next run passed every check.
Finally, on rereading this set's own items, two plain date one-liners were reworded so that each
day count is unmistakably a difference (one as "days after", one "not counting the first day") and
one calculator word problem (piano_tuner_rounds) was reworded so that the miles are clearly one
total for the day (stdin `python3` script); the next run passed every check.

Registers (families), 25, new: alpaca_smallholding, bicycle_courier_dispatch, bookbinding_studio,
bridal_alterations_tailor, choir_tour_organiser, cider_orchard_press, climbing_wall_setter,
community_radio_station, farmers_market_cheesemonger, hedge_laying_contractor, ice_rink_skate_hire,
lighthouse_museum_volunteer, mushroom_farm_grower, orienteering_club_planner, parish_council_clerk,
piano_tuner_rounds, pottery_kiln_cooperative, puzzle_room_games_master, school_minibus_coordinator,
sign_writer_workshop, sourdough_microbakery, stained_glass_studio, swimming_club_treasurer,
vintage_motorcycle_restorer, waterways_lock_crew. Every register is used by all three tools
(asserted); eighteen registers have a fourth positive (a second calculator word problem:
alpaca_smallholding, bookbinding_studio, cider_orchard_press, farmers_market_cheesemonger,
sourdough_microbakery, swimming_club_treasurer; a second unit word problem:
bicycle_courier_dispatch, community_radio_station, lighthouse_museum_volunteer, piano_tuner_rounds,
pottery_kiln_cooperative, vintage_motorcycle_restorer; a second date word problem:
hedge_laying_contractor, ice_rink_skate_hire, lighthouse_museum_volunteer,
orienteering_club_planner, parish_council_clerk, school_minibus_coordinator). Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly in UK usage with £
and €, some chatty, terse or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers or dates, world or historical facts, estimates, judgements, advice, prices or opinions,
words / Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes,
time zones, Easter, working or school days, contested units, all-numeric dates of unstated order,
the current date, an explanation, an ambiguous request, writing tasks, or a persona / format /
language / unit / rounding / notation / number base fixed in an earlier turn, a follow-up or
correction of an earlier turn, or an explanation of an earlier answer.

Left out of positives entirely (their grading is contested), as in set 40: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as "N days after", "days after ... is", a count "not counting the first
day", or from one date to a later one), and clock spans run from one stated time to the next
occurrence of the other (three cross midnight and say "the next morning"). Quantities bought whole
are rounded up (asserted to be fractional before rounding). Every rounded unit result stays within
its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 40):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet, square yards and cubic
    inches from these (1 in^3 = 16.387 064 cm^3)
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes; t(degF) = t(degC) * 9/5 + 32; 1 h = 60 min;
    1 L = 1000 mL = 10^-3 m^3; 1 cm^3 (cc) = 10^-6 m^3; 1 ha = 10^4 m^2; 1 t = 1000 kg;
    1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run:  python3 make_heldout_41.py   (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-13.jsonl"
PREFIX = "ho41-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_40.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 41))
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
    "make_heldout_40.py",
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

# this set's 25 registers (phrasing families), none a family name of sets 19 to 40 (asserted)
REGISTERS = (
    "alpaca_smallholding",
    "bicycle_courier_dispatch",
    "bookbinding_studio",
    "bridal_alterations_tailor",
    "choir_tour_organiser",
    "cider_orchard_press",
    "climbing_wall_setter",
    "community_radio_station",
    "farmers_market_cheesemonger",
    "hedge_laying_contractor",
    "ice_rink_skate_hire",
    "lighthouse_museum_volunteer",
    "mushroom_farm_grower",
    "orienteering_club_planner",
    "parish_council_clerk",
    "piano_tuner_rounds",
    "pottery_kiln_cooperative",
    "puzzle_room_games_master",
    "school_minibus_coordinator",
    "sign_writer_workshop",
    "sourdough_microbakery",
    "stained_glass_studio",
    "swimming_club_treasurer",
    "vintage_motorcycle_restorer",
    "waterways_lock_crew",
)
assert len(REGISTERS) == len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---- plain one-liners (14)
calc(P, "quick one: 17.5 per cent of 2,936?", pct("17.5") * 2936)
calc(P, "what do you get if you divide 1,932 by 16", F(1932, 16))
calc(P, "Work out (48.6 + 37.9) x 4 for me", (dec("48.6") + dec("37.9")) * 4)
calc(P, "What is the square root of 7,225?", F(85))
assert F(85) ** 2 == 7225
calc(P, "1.2 cubed?", dec("1.2") ** 3)
calc(P, "What is seven eighths of 936?", F(7, 8) * 936)
calc(P, "12,345 minus 6,789 please", F(12345 - 6789))
calc(P, "How much is 406 times 0.375?", 406 * dec("0.375"))
calc(P, "Put 35% on top of 1,160 - what is the new figure?", 1160 * (1 + pct(35)))
calc(P, "What percentage of 360 is 99?", F(99, 360) * 100)
calc(P, "average of 14, 22, 37, 41 and 56", F(14 + 22 + 37 + 41 + 56, 5))
calc(P, "Take 18% off 2,350 - what's left?", 2350 * (1 - pct(18)))
calc(P, "9.6 / 0.32 =", dec("9.6") / dec("0.32"))
calc(P, "If 5 notebooks cost £8.75, how much would 12 of them cost?", dec("8.75") / 5 * 12)

# ---- word problems in the registers (25 + 6 second ones)
calc(
    "waterways_lock_crew",
    "A cruiser coming up the flight pays a £14.50 fee at each of the 9 locks, plus one £22 "
    "mooring charge at the top basin. What does the skipper pay in total?",
    9 * dec("14.50") + 22,
)
calc(
    "ice_rink_skate_hire",
    "A school books 38 pairs of hire skates at £4.75 a pair, and we take £20 off the total as "
    "a group discount. How much does the school pay?",
    38 * dec("4.75") - 20,
)
calc(
    "pottery_kiln_cooperative",
    "At our co-op the kiln cost is split by shelves used. Last night's firing cost £63.20 and "
    "Priya filled 3 of the 8 shelves. What's her share?",
    dec("63.20") * F(3, 8),
)
calc(
    "orienteering_club_planner",
    "Entry to our score event was £7 for seniors and £3.50 for juniors. 64 seniors and 27 "
    "juniors ran. How much entry money came in?",
    64 * 7 + 27 * dec("3.50"),
)
calc(
    "mushroom_farm_grower",
    "each grow bag gives us 1.35 kg of oyster mushrooms and the restaurant pays £8.40 a kilo. "
    "what are 120 bags worth to us?",
    120 * dec("1.35") * dec("8.40"),
)
calc(
    "bookbinding_studio",
    "Bookcloth is £26.40 a metre and each case cover needs 0.15 m of it. What does the cloth "
    "cost for a run of 40 covers?",
    40 * dec("0.15") * dec("26.40"),
)
calc(
    "bookbinding_studio",
    "At the craft fair I sold 23 journals at £32 each and the card reader takes a 4.5% fee on "
    "the total. How much do I keep after the fee?",
    23 * 32 * (1 - pct("4.5")),
)
calc(
    "puzzle_room_games_master",
    "A team of 6 played our Victorian séance room at £22 a head, then bought 6 drinks at £2.80 "
    "each. What was their total bill?",
    6 * 22 + 6 * dec("2.80"),
)
calc(
    "vintage_motorcycle_restorer",
    "Parts for the restoration came to £1,240 and the labour was 36 hours at £42.50 an hour. "
    "What's the invoice total before VAT?",
    1240 + 36 * dec("42.50"),
)
calc(
    "school_minibus_coordinator",
    "Our minibus does 14 km per litre of diesel. The trip is 238 km each way and diesel is "
    "£1.52 a litre. What will the fuel cost for the round trip?",
    F(2 * 238, 14) * dec("1.52"),
)
calc(
    "alpaca_smallholding",
    "The shearer charges £28 per alpaca plus a £45 call-out fee. What will it cost to shear "
    "all 13 of our alpacas?",
    13 * 28 + 45,
)
calc(
    "alpaca_smallholding",
    "We got 2.6 kg of fleece off each of our 13 alpacas and sold the lot at £19 per kilo. "
    "How much did the fleece bring in?",
    13 * dec("2.6") * 19,
)
calc(
    "bridal_alterations_tailor",
    "Hemming is £45, taking in the bodice £85 and adding a bustle £60. The bride gets a 10% "
    "loyalty discount on the lot. What does she pay?",
    (45 + 85 + 60) * (1 - pct(10)),
)
calc(
    "community_radio_station",
    "Seven of our sponsors pay £125 a month and three pay £80 a month. What's our total "
    "sponsorship income per month?",
    7 * 125 + 3 * 80,
)
calc(
    "climbing_wall_setter",
    "I'm ordering 45 new holds at £6.40 each and 4 volumes at £38 each for the reset. What's "
    "the order total?",
    45 * dec("6.40") + 4 * 38,
)
calc(
    "cider_orchard_press",
    "We pressed 1,840 kg of apples this autumn and get 0.65 litres of juice from each kilo. "
    "How many litres of juice is that?",
    1840 * dec("0.65"),
)
calc(
    "cider_orchard_press",
    "Our bottled cider is £3.60 a bottle. At the apple day we sold 7 cases of 12 plus 5 "
    "single bottles. How much did we take?",
    (7 * 12 + 5) * dec("3.60"),
)
calc(
    "piano_tuner_rounds",
    "I charge £75 per tuning plus 45p a mile for travel. On Tuesday I did five tunings and "
    "drove 64 miles in total. What do I bill altogether?",
    5 * 75 + 64 * dec("0.45"),
)
calc(
    "farmers_market_cheesemonger",
    "A wheel of cheddar weighs 24 kg and I cut it into 250 g wedges. How many wedges do I "
    "get from the wheel?",
    F(24000, 250),
)
calc(
    "farmers_market_cheesemonger",
    "Stilton is £32 a kilo on my stall. What should I charge for a 375 g piece?",
    32 * F(375, 1000),
)
calc(
    "swimming_club_treasurer",
    "Pool hire is £68 an hour and we book it for 1.5 hours on 3 evenings a week. What's our "
    "weekly pool bill?",
    68 * dec("1.5") * 3,
)
calc(
    "swimming_club_treasurer",
    "We have 75 swimmers paying £240 each in annual subs, but 9 of them get £60 off for "
    "hardship. What is the total subs income?",
    75 * 240 - 9 * 60,
)
calc(
    "sign_writer_workshop",
    "Gold leaf costs £1.85 a sheet and the pub sign will take 64 sheets. Add £210 for my "
    "time. What's the quote?",
    64 * dec("1.85") + 210,
)
calc(
    "lighthouse_museum_volunteer",
    "Adult tickets are £6.50 and child tickets £3.25. A family bought 2 adult and 3 child "
    "tickets - what did they pay altogether?",
    2 * dec("6.50") + 3 * dec("3.25"),
)
calc(
    "hedge_laying_contractor",
    "I charge £14 a metre to lay a hedge, and stakes and binders add £3.20 a metre. The hedge "
    "is 185 m long. What's the total price?",
    185 * (14 + dec("3.20")),
)
calc(
    "choir_tour_organiser",
    "The coach for our choir tour costs €2,940 and the 42 singers share it equally. How much "
    "is each singer's share?",
    F(2940, 42),
)
calc(
    "bicycle_courier_dispatch",
    "Our riders earn £4.20 per drop plus 60p per km ridden. On Friday our top rider did 23 drops "
    "and covered 71 km. What did she earn?",
    23 * dec("4.20") + 71 * dec("0.60"),
)
calc(
    "sourdough_microbakery",
    "Each loaf takes 520 g of flour and I'm baking 64 loaves. Flour only comes in 16 kg sacks. "
    "How many sacks do I need to buy?",
    whole_up(F(520 * 64, 1000) / 16),
)
calc(
    "sourdough_microbakery",
    "I'm mixing 2.5 kg of flour at 78% hydration, where water is 78% of the flour weight. How "
    "many grams of water go in?",
    2500 * pct(78),
)
calc(
    "stained_glass_studio",
    "The cathedral glass I'm using costs £95 per square metre. What will the glass cost for a "
    "panel 0.45 m wide and 0.6 m tall?",
    dec("0.45") * dec("0.6") * 95,
)
calc(
    "parish_council_clerk",
    "The parish precept is £48,600, spread across 1,350 Band D equivalent homes. What's the "
    "charge per Band D home?",
    F(48600, 1350),
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
CC = F(1, 10**6)  # m^3 (one cubic centimetre)
CUIN = IN * IN * IN  # m^3
MS = F(1)  # m/s
assert CUIN * 10**6 == dec("16.387064") and LITRE == 1000 * CC

# ---- plain one-liners (14)
unit_r(P, "Convert 18 miles to kilometres.", 18 * MI / 1000)
unit_r(P, "how many pounds is 3.2 kg", dec("3.2") / LB)
unit_r(P, "What's 72 kg in stone?", 72 / STONE)
unit(P, "98.6 degrees Fahrenheit in Celsius?", f_to_c(dec("98.6")), EXACT)
unit(P, "Change -12 °C into Fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "How many feet are there in 450 metres?", 450 / FT)
unit(P, "5 ft 11 in in centimetres?", (5 * FT + 11 * IN) * 100, EXACT)
unit_r(P, "Convert 85 square metres to square feet.", 85 / SQFT)
unit_r(P, "60 mph is how many km/h?", 60 * MPH / KMH)
unit(P, "What is 15 metres per second in kilometres per hour?", 15 * MS / KMH, EXACT)
unit(P, "A 6.25 GiB download is how many MiB?", dec("6.25") * GIB / MIB, EXACT)
unit_r(P, "500 grams to ounces", F(500, 1000) / OZ)
unit_r(P, "How many hectares is 250 acres?", 250 * ACRE / HECTARE)
unit_r(P, "what is 2.7 bar expressed in psi", dec("2.7") * BAR / PSI)

# ---- word problems in the registers (25 + 6 second ones)
unit_r(
    "waterways_lock_crew",
    "The chamber of our top lock is 74 feet long. How long is that in metres?",
    74 * FT,
)
unit(
    "ice_rink_skate_hire",
    "The ice technician keeps the surface at 23 °F. What is that in degrees Celsius?",
    f_to_c(23),
    EXACT,
)
unit(
    "pottery_kiln_cooperative",
    "Our stoneware glaze firing peaks at 1,240 °C. What's that in Fahrenheit for the American "
    "glaze recipe?",
    c_to_f(1240),
    EXACT,
)
unit_r(
    "pottery_kiln_cooperative",
    "A bag of our buff stoneware clay weighs 12.5 kg. How many pounds is one bag?",
    dec("12.5") / LB,
)
unit_r(
    "orienteering_club_planner",
    "The brown course at our autumn event is 9.4 km as the crow flies. How far is that in miles?",
    dec("9.4") * 1000 / MI,
)
unit_r(
    "mushroom_farm_grower",
    "The fruiting room thermostat is set to 64 °F. What's that in Celsius?",
    f_to_c(64),
)
unit(
    "bookbinding_studio",
    "The text block for this commission is 8.5 inches tall. How many millimetres is that?",
    dec("8.5") * IN * 1000,
    EXACT,
)
unit_r(
    "puzzle_room_games_master",
    "Our locked sea chest prop weighs 48 lb when it's fully loaded. How many kilograms is that?",
    48 * LB,
)
unit_r(
    "vintage_motorcycle_restorer",
    "The 1950s workshop manual gives the rear tyre pressure as 28 psi. What is that in bar?",
    28 * PSI / BAR,
)
unit_r(
    "vintage_motorcycle_restorer",
    "The single-cylinder engine is 500 cc. How many cubic inches is that?",
    500 * CC / CUIN,
)
unit_r(
    "school_minibus_coordinator",
    "A railway bridge on our route has a 3.2 m height limit. How many feet is that?",
    dec("3.2") / FT,
)
unit_r(
    "alpaca_smallholding",
    "Our alpaca paddocks cover 14 acres in total. How many hectares is that?",
    14 * ACRE / HECTARE,
)
unit_r(
    "bridal_alterations_tailor",
    "The cathedral train on this gown is 152 cm long. How many inches is that?",
    F(152, 100) / IN,
)
unit(
    "community_radio_station",
    "Our music library takes up 740 GiB on the playout server. How many MiB is that?",
    740 * GIB / MIB,
    EXACT,
)
unit_r(
    "community_radio_station",
    "Our transmitter site is 24 km from the studio. How many miles is that?",
    24 * 1000 / MI,
)
unit_r(
    "climbing_wall_setter",
    "The lead wall at our centre is 15 m high. How high is that in feet?",
    15 / FT,
)
unit_r(
    "cider_orchard_press",
    "Our rack-and-cloth press takes 90 kg of milled apple per pressing. What's that in stone?",
    90 / STONE,
)
unit_r(
    "piano_tuner_rounds",
    "The customer's upright piano is 1.32 m tall. How tall is it in inches?",
    dec("1.32") / IN,
)
unit_r(
    "piano_tuner_rounds",
    "The movers say the baby grand weighs 340 kg. How much is that in pounds?",
    340 / LB,
)
unit(
    "farmers_market_cheesemonger",
    "My cheese display fridge should run at 41 °F. What's that in Celsius?",
    f_to_c(41),
    EXACT,
)
unit(
    "swimming_club_treasurer",
    "The hotel pool on our training camp is 25 yards long. How many metres is one length?",
    25 * YD,
    EXACT,
)
unit_r(
    "sign_writer_workshop",
    "The shop fascia board I'm lettering is 14 feet long. How long is that in metres?",
    14 * FT,
)
unit_r(
    "lighthouse_museum_volunteer",
    "Our lighthouse tower is 37 metres tall. How tall is that in feet?",
    37 / FT,
)
unit(
    "lighthouse_museum_volunteer",
    "The old optic and its mercury bath weighed 2.5 tonnes. How many kilograms is that?",
    dec("2.5") * 1000,
    EXACT,
)
unit(
    "hedge_laying_contractor",
    "The hedge along the lane is 240 yards long. How many metres do I need to lay?",
    240 * YD,
    EXACT,
)
unit_r(
    "choir_tour_organiser",
    "The coach will cover 1,260 km over the whole tour. How many miles is that?",
    1260 * 1000 / MI,
)
unit_r(
    "bicycle_courier_dispatch",
    "One of our riders averaged 28 km/h across town. What's that in mph?",
    28 * KMH / MPH,
)
unit_r(
    "bicycle_courier_dispatch",
    "Our longest regular route is 42 miles. How many kilometres is that?",
    42 * MI / 1000,
)
unit_r(
    "sourdough_microbakery",
    "My bread oven peaks at 480 °F. What is that in °C?",
    f_to_c(480),
)
unit_r(
    "stained_glass_studio",
    "The chapel window opening is 1.2 m wide and 2.1 m tall. What's its area in square feet?",
    dec("1.2") * dec("2.1") / SQFT,
)
unit_r(
    "parish_council_clerk",
    "The village green is registered as 1.8 hectares. How many acres is that?",
    dec("1.8") * HECTARE / ACRE,
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

# ---- plain one-liners (14)
date_item(P, f"What day of the week was {say(D(1969, 7, 20))}?", weekday(D(1969, 7, 20)))
date_item(P, f"what date is 100 days after {say(D(2027, 2, 14))}", D(2027, 2, 14) + TD(100))
date_item(
    P,
    f"How many days after {say(D(2027, 1, 1))} is {say(D(2027, 7, 4))}?",
    days(D(2027, 1, 1), D(2027, 7, 4)),
)
date_item(P, f"Which date was 6 weeks before {say(D(2028, 3, 3))}?", D(2028, 3, 3) - TD(weeks=6))
date_item(P, f"{say(D(2031, 12, 25))} - what weekday is that?", weekday(D(2031, 12, 25)))
date_item(
    P,
    f"How old is someone born on {say(D(1994, 8, 30))} on {say(D(2029, 6, 15))}?",
    age(D(1994, 8, 30), D(2029, 6, 15)),
)
date_item(P, f"Date 45 days after {say(D(2027, 11, 17))}?", D(2027, 11, 17) + TD(45))
date_item(
    P,
    f"How many weeks are there from {say(D(2027, 4, 5))} to {say(D(2027, 9, 13))}?",
    weeks(D(2027, 4, 5), D(2027, 9, 13)),
)
date_item(P, f"What is the date 1,000 days after {say(D(2026, 3, 1))}?", D(2026, 3, 1) + TD(1000))
date_item(P, f"What day of the week will {say(D(2030, 1, 1))} fall on?", weekday(D(2030, 1, 1)))
date_item(P, f"what's the date 90 days before {say(D(2028, 6, 30))}", D(2028, 6, 30) - TD(90))
date_item(P, "How many hours is it from 09:20 to 17:05?", clock_span("09:20", "17:05", 3600))
date_item(
    P,
    f"Count the days from {say(D(2027, 10, 12))} until {say(D(2027, 12, 24))}, not counting "
    "the first day.",
    days(D(2027, 10, 12), D(2027, 12, 24)),
)
date_item(P, "What date is the third Thursday of November 2028?", nth_weekday(2028, 11, THU, 3))

# ---- word problems in the registers (25 + 6 second ones)
date_item(
    "waterways_lock_crew",
    f"The lock flight closes for gate repairs on {say(D(2027, 11, 8))} and reopens 19 days "
    "later. On what date does it reopen?",
    D(2027, 11, 8) + TD(19),
)
date_item(
    "ice_rink_skate_hire",
    f"Our public session on {sayw(D(2027, 12, 4))} is the first of a series, and the last one "
    "is exactly six weeks after it. What date is the last session?",
    D(2027, 12, 4) + TD(weeks=6),
)
date_item(
    "ice_rink_skate_hire",
    "The rink closes for resurfacing at 22:40 and reopens at 06:10 the next morning. How many "
    "hours is it closed?",
    clock_span("22:40", "06:10", 3600),
)
date_item(
    "pottery_kiln_cooperative",
    "We switched the kiln on at 18:30 and it turned itself off at 07:15 the next morning. How "
    "many hours was it firing?",
    clock_span("18:30", "07:15", 3600),
)
date_item(
    "orienteering_club_planner",
    f"The regional championship is on {sayw(D(2028, 3, 19))} and entries close 24 days before "
    "it. What date do entries close?",
    D(2028, 3, 19) - TD(24),
)
date_item(
    "orienteering_club_planner",
    f"Our night relay is pencilled in for {say(D(2028, 5, 21))}. Which day of the week is that?",
    weekday(D(2028, 5, 21)),
)
date_item(
    "mushroom_farm_grower",
    f"We inoculated a batch of lion's mane on {say(D(2027, 9, 14))} and expect the first flush "
    "23 days after that. Which date is the flush due?",
    D(2027, 9, 14) + TD(23),
)
date_item(
    "bookbinding_studio",
    f"A binding commission was agreed on {say(D(2027, 6, 2))} and I promised delivery 10 weeks "
    "later. What's the delivery date?",
    D(2027, 6, 2) + TD(weeks=10),
)
date_item(
    "puzzle_room_games_master",
    "A group started the room at 20:55 and escaped at 21:48. How many minutes did they take?",
    clock_span("20:55", "21:48", 60),
)
date_item(
    "vintage_motorcycle_restorer",
    f"The bike was first registered on {say(D(1958, 4, 12))}. How old will it be, in whole "
    f"years, on {say(D(2028, 4, 12))}?",
    age(D(1958, 4, 12), D(2028, 4, 12)),
)
date_item(
    "school_minibus_coordinator",
    f"The museum trip is on {sayw(D(2027, 10, 21))} and consent forms are due 15 days before. "
    "What's the deadline for forms?",
    D(2027, 10, 21) - TD(15),
)
date_item(
    "school_minibus_coordinator",
    "The minibus left school at 07:40 and got back at 16:25. How many hours was it out?",
    clock_span("07:40", "16:25", 3600),
)
date_item(
    "alpaca_smallholding",
    f"Our female alpaca was mated on {say(D(2027, 5, 30))}. What date is 345 days after that?",
    D(2027, 5, 30) + TD(345),
)
date_item(
    "bridal_alterations_tailor",
    f"The wedding is on {sayw(D(2028, 6, 17))} and I want the final fitting 12 days before. "
    "What date is the final fitting?",
    D(2028, 6, 17) - TD(12),
)
date_item(
    "community_radio_station",
    "The breakfast show runs from 06:30 to 09:15. How many minutes of airtime is that?",
    clock_span("06:30", "09:15", 60),
)
date_item(
    "climbing_wall_setter",
    f"We reset the cave circuit every 5 weeks and the last reset was on {sayw(D(2027, 3, 3))}. "
    "What's the date of the next reset?",
    D(2027, 3, 3) + TD(weeks=5),
)
date_item(
    "cider_orchard_press",
    f"The cider went into oak casks on {say(D(2027, 10, 23))} and needs 16 weeks before "
    "bottling. On what date can we bottle it?",
    D(2027, 10, 23) + TD(weeks=16),
)
date_item(
    "piano_tuner_rounds",
    f"A client had her piano tuned on {sayw(D(2027, 1, 18))} and wants the next tuning 13 "
    "weeks later. What date should I book?",
    D(2027, 1, 18) + TD(weeks=13),
)
date_item(
    "farmers_market_cheesemonger",
    f"This batch of Gouda was made on {say(D(2027, 4, 9))} and needs 90 days of ageing. On "
    "what date is it ready?",
    D(2027, 4, 9) + TD(90),
)
date_item(
    "swimming_club_treasurer",
    f"Gala entries closed on {say(D(2028, 1, 31))} and the gala is on {sayw(D(2028, 2, 26))}. "
    "How many days after the entry deadline is the gala?",
    days(D(2028, 1, 31), D(2028, 2, 26)),
)
date_item(
    "sign_writer_workshop",
    "I started painting the pub sign at 08:45 and put the brush down at 15:10. How many "
    "minutes was that?",
    clock_span("08:45", "15:10", 60),
)
date_item(
    "lighthouse_museum_volunteer",
    f"Our light was first lit on {say(D(1859, 11, 1))}. What day of the week was that?",
    weekday(D(1859, 11, 1)),
)
date_item(
    "lighthouse_museum_volunteer",
    f"The museum opens for the season on {say(D(2027, 5, 1))} and closes on "
    f"{say(D(2027, 9, 30))}. How many days after opening day is closing day?",
    days(D(2027, 5, 1), D(2027, 9, 30)),
)
date_item(
    "hedge_laying_contractor",
    f"The laying season ends on {say(D(2028, 3, 31))}. If I start a job on {say(D(2028, 2, 7))}, "
    "how many days after that start is the end of the season?",
    days(D(2028, 2, 7), D(2028, 3, 31)),
)
date_item(
    "hedge_laying_contractor",
    f"My first booked hedge of the winter is on {say(D(2027, 12, 1))}. What day of the week is "
    "that?",
    weekday(D(2027, 12, 1)),
)
date_item(
    "choir_tour_organiser",
    f"We fly out on {sayw(D(2027, 7, 22))} and fly home 11 days later. What's the date of the "
    "flight home?",
    D(2027, 7, 22) + TD(11),
)
date_item(
    "bicycle_courier_dispatch",
    f"Our invoices are payable 60 days after the invoice date. An invoice dated "
    f"{say(D(2027, 8, 19))} is due on what date?",
    D(2027, 8, 19) + TD(60),
)
date_item(
    "sourdough_microbakery",
    "I fed the starter at 21:30 and it peaked at 05:45 the next morning. How many hours did it "
    "take to peak?",
    clock_span("21:30", "05:45", 3600),
)
date_item(
    "stained_glass_studio",
    f"The church signed off the commission on {say(D(2027, 2, 15))} and installation is "
    "booked 26 weeks after that. What date is installation?",
    D(2027, 2, 15) + TD(weeks=26),
)
date_item(
    "parish_council_clerk",
    f"The annual parish meeting is on {sayw(D(2028, 5, 16))} and I put the notice up 9 days "
    "before. On what date do I put it up?",
    D(2028, 5, 16) - TD(9),
)
date_item(
    "parish_council_clerk",
    f"A grant was approved on {say(D(2027, 3, 22))} and must be spent by "
    f"{say(D(2027, 11, 29))}. How many weeks after the approval is the deadline?",
    weeks(D(2027, 3, 22), D(2027, 11, 29)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives in the registers, four each (need judgement, writing or knowledge)
ORDINARY = {
    "alpaca_smallholding": (
        "How can I tell if an alpaca is getting too thin under all that fleece?",
        "Is it a good idea to keep alpacas in with sheep, or is that asking for trouble?",
        "Write a short, cheerful caption for our new cria's first day out in the field.",
        "What's a fair price to charge for an hour-long alpaca trekking experience?",
    ),
    "bicycle_courier_dispatch": (
        "What's the safest way to carry a tiered birthday cake on a cargo bike?",
        (
            "How should I split the busy central zone between five riders so nobody gets the "
            "hills every day?"
        ),
        "Write a short message to our clients explaining that snow will delay deliveries.",
        "Is it fairer to pay couriers per drop or per hour?",
    ),
    "bookbinding_studio": (
        "Should I use PVA or wheat starch paste when rebacking an old cloth binding?",
        "Explain what grain direction is and why it matters when folding signatures.",
        "Write a short bio for my bookbinding stall, warm but not twee.",
        "What's a good first binding to teach at a beginners' workshop, coptic or long stitch?",
    ),
    "bridal_alterations_tailor": (
        "Can a strapless gown have straps added without them looking like an afterthought?",
        "Write a kind message telling a bride her dress won't be ready for an earlier fitting.",
        "What's the best way to hem chiffon so it doesn't pucker?",
        "Should I charge extra if a bride changes size a lot between fittings?",
    ),
    "waterways_lock_crew": (
        "Why do some lock flights have side ponds, and are they still worth using?",
        (
            "Write a friendly notice asking boaters not to leave the paddles up when they leave "
            "the lock."
        ),
        "Is a staircase lock quicker to work uphill or downhill, and why?",
        (
            "A boater says the lock landing is first come first served even though I asked him "
            "to wait for the boat coming down. How do I handle it politely?"
        ),
    ),
    "choir_tour_organiser": (
        "Which sacred pieces would suit a concert in a very resonant Italian church?",
        "How do I keep singers' voices healthy on a long coach tour?",
        "Write a thank-you letter to the parish in Verona that hosted our choir.",
        "Would it be rude to ask the host church for a share of the retiring collection?",
    ),
    "cider_orchard_press": (
        "Which apple varieties would you blend for a dry West Country style cider?",
        "My cider has gone ropey and oily. Is it ruined?",
        "Write a label blurb for a cider called Orchard Ghost.",
        "Is a hydraulic press worth buying for a community orchard that only presses twice a year?",
    ),
    "climbing_wall_setter": (
        "How do you set a V3 that feels fair to both short and tall climbers?",
        "Why do setters spin some holds a few degrees after the first test climb?",
        "Write a setting-day notice closing the cave area that won't annoy the regulars.",
        "Which brand of macro holds stands up best on a heavily used wall?",
    ),
    "community_radio_station": (
        "Give me three names for a late-night jazz show on a small community station.",
        "How do I stop presenters talking over the news jingle?",
        "Is it okay to play a song on air if the artist emailed it to us directly?",
        "Write a 30-second script promoting our volunteer open day.",
    ),
    "puzzle_room_games_master": (
        "Give me a riddle whose answer is the four-digit code for a padlock.",
        "Is a 60-minute room too short for a group of eight first-timers?",
        "Write a spooky intro speech for our Victorian séance room.",
        "How do I stop players forcing the drawer locks without breaking the immersion?",
    ),
    "farmers_market_cheesemonger": (
        "What wine would you pour with a washed-rind cheese at a market tasting?",
        "Why does my blue cheese smell of ammonia when I unwrap it?",
        "Write chalkboard copy for our three-cheese special in under 20 words.",
        "Am I allowed to sell raw milk cheese at a farmers market in England?",
    ),
    "hedge_laying_contractor": (
        (
            "A farmer wants his hedge laid in the Midland style. How does that differ from what "
            "I do down south?"
        ),
        "How late in the winter can I lay a hedge before nesting birds become a problem?",
        "Write a flyer offering hedge laying to local farmers.",
        "Are hazel or chestnut stakes better for a laid hedge?",
    ),
    "ice_rink_skate_hire": (
        "What's the best way to sharpen hire skates so beginners don't catch an edge?",
        "Draft a cheerful safety announcement for the start of the public session.",
        "Should children be fitted half a size up or down in hire skates?",
        "Why does the ice feel slower near the boards at the end of a busy session?",
    ),
    "lighthouse_museum_volunteer": (
        "Why were lighthouse lenses made in that beehive shape?",
        "Write a short welcome speech for visitors at the start of a tower tour.",
        "How can I explain to a group of children what a lighthouse keeper's day was like?",
        "Which was the last lighthouse in Britain to be automated?",
    ),
    "mushroom_farm_grower": (
        "Why are my oyster mushrooms growing long stems and tiny caps?",
        "Do I need special labelling to sell lion's mane to restaurants?",
        "Write a product description for our chestnut mushrooms for the market sign.",
        "What substrate would you use for shiitake if I can't get oak sawdust?",
    ),
    "orienteering_club_planner": (
        "How do I choose control sites that are fair for juniors without being boring?",
        "Explain the difference between a score event and a line course to a newcomer.",
        "Draft an email asking a landowner for permission to use his woods in the spring.",
        "What's a good way to teach kids to set the map without a compass?",
    ),
    "parish_council_clerk": (
        "How should I word the minutes when a councillor walks out mid-meeting?",
        "Is a parish council allowed to pay for repairs to the church clock?",
        "Write a polite reply to a resident complaining about the dog bins.",
        "How can we get more people to stand for the parish council?",
    ),
    "piano_tuner_rounds": (
        "Why does a piano go flat faster in a house with underfloor heating?",
        "How do I tell a customer their piano isn't worth repairing without upsetting them?",
        "Explain the difference between equal temperament and stretch tuning in simple words.",
        "Write a reminder text for clients whose pianos haven't been tuned for a while.",
    ),
    "pottery_kiln_cooperative": (
        "Why did my celadon glaze crawl on the rim of the bowl?",
        "Write a rota message reminding members to vacuum the kiln shelves after unloading.",
        "Is cone 6 or cone 10 better for a small cooperative firing stoneware?",
        "How long should greenware dry before a bisque firing in a damp studio?",
    ),
    "school_minibus_coordinator": (
        "What should a minibus driver check before a school trip that isn't on the daily sheet?",
        "Write a letter to parents explaining why the trip now leaves earlier.",
        "Is it reasonable to ask a teacher to drive the minibus after a full day of lessons?",
        "Where should I seat two pupils who get travel sick?",
    ),
    "sign_writer_workshop": (
        "What typeface would suit a traditional butcher's shop sign?",
        "How do I stop enamel paint sagging on vertical lettering?",
        "Write a short pitch to a café owner on why a hand-painted sign beats vinyl.",
        "Should I varnish over gold leaf on an outdoor sign?",
    ),
    "sourdough_microbakery": (
        "Why is my sourdough crumb gummy even though it's fully baked?",
        "Write an Instagram post announcing our new dark rye loaf.",
        "Is it worth buying a deck oven yet, or should I stick with Dutch ovens?",
        "How do I keep my starter alive while I'm away for a fortnight?",
    ),
    "stained_glass_studio": (
        "Should I use copper foil or lead came for a window with lots of small pieces?",
        "Write a description of our rose window design for the church newsletter.",
        "Is it true that old windows are thicker at the bottom because glass flows?",
        "What's a reasonable price for restoring a Victorian front door panel?",
    ),
    "swimming_club_treasurer": (
        "What drills help a 10-year-old stop crossing over in front crawl?",
        "Write the treasurer's paragraph for the AGM report explaining why fees are going up.",
        "Is it fair to charge siblings the full membership fee?",
        "How should a club deal with a parent who keeps paying late?",
    ),
    "vintage_motorcycle_restorer": (
        "Should I rebuild the original magneto or fit electronic ignition on a 1950s single?",
        "What's the story behind the BSA Gold Star's name?",
        "Write an advert for a restored 1958 motorcycle in no more than 80 words.",
        "Is it worth re-chroming the tank badges, or should I keep the patina?",
    ),
}
assert tuple(sorted(ORDINARY)) == REGISTERS
for _family, _queries in ORDINARY.items():
    assert len(_queries) == 4, _family
    for _q in _queries:
        neg(_family, _q)

# ---- near-positives: look like a tool question but need the language model (65)
NEAR = (
    ("near-currency", "How many euros would I get for £250 at the moment?", "live exchange rate"),
    ("near-currency", "Convert 180 US dollars into Japanese yen.", "exchange rate"),
    ("near-currency", "What's 75 Swiss francs in pounds?", "exchange rate"),
    (
        "near-currency",
        "My hotel bill in Prague was 3,400 koruna - roughly how much is that in dollars?",
        "exchange rate",
    ),
    ("near-density", "How many grams does a mug of plain flour weigh?", "density, vague measure"),
    ("near-density", "What does 2 litres of runny honey weigh in kg?", "density of honey"),
    (
        "near-density",
        "How many kilograms of sharp sand fill a half cubic metre bulk bag?",
        "density of sand",
    ),
    ("near-density", "How many litres is 5 kg of olive oil?", "density of oil"),
    (
        "near-now",
        "My daughter keeps asking how many sleeps until her birthday on 3 June.",
        "depends on the current date",
    ),
    ("near-now", "What date will it be 40 days from today?", "depends on the current date"),
    (
        "near-now",
        f"How old am I if I was born on {say(D(1988, 3, 9))}?",
        "depends on the current date",
    ),
    ("near-now", "Which day of the week is it tomorrow?", "depends on the current date"),
    (
        "near-timezone",
        "I'm ringing my sister in Perth, Australia at 7pm Glasgow time. What time is it there?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        "A call at 9:00 New York time is what time in Berlin?",
        "time zones and daylight saving",
    ),
    (
        "near-timezone",
        (
            "My flight leaves Dubai at 02:10 and takes 7 hours. What's the local time when I "
            "land at Heathrow?"
        ),
        "time zones",
    ),
    ("near-easter", "On what date does Easter Sunday fall in 2029?", "Easter computus"),
    ("near-easter", "How many days after Easter 2028 is Whit Monday?", "Easter computus"),
    (
        "near-workdays",
        (
            f"My contractor starts on {say(D(2027, 5, 4))} and finishes on "
            f"{say(D(2027, 6, 1))}. How many working days will he bill?"
        ),
        "working days and bank holidays",
    ),
    (
        "near-workdays",
        "If I order on a Friday afternoon with 5 business day delivery, when will it arrive?",
        "business days, no date",
    ),
    (
        "near-workdays",
        "How many school days are left in the autumn term after half term?",
        "school calendar unknown",
    ),
    ("near-contested", "How many pints are in 3 litres?", "US or imperial pints"),
    ("near-contested", "Convert 12 gallons to litres.", "US or imperial gallons"),
    ("near-contested", "The skip holds 6 tons of rubble. How many kg is that?", "which ton"),
    ("near-contested", "How many tablespoons are in 100 ml?", "tablespoon differs by country"),
    (
        "near-contested",
        "My car does 42 mpg - how many litres per 100 km is that?",
        "US or imperial mpg",
    ),
    ("near-roman", "Write 2049 in Roman numerals.", "Roman numerals"),
    ("near-roman", "The film credits end with MCMXCVII - which year is that?", "Roman numerals"),
    ("near-words", "Spell out £1,365.40 in words for a cheque.", "number words"),
    ("near-words", "How do you say 78 in French?", "another language"),
    ("near-words", "Write the number 4,021,007 in words.", "number words"),
    ("near-code", "Write me a small Python script that turns a list of miles into km.", "code"),
    ("near-code", "What does 17 % 5 evaluate to in JavaScript, and why?", "code explanation"),
    ("near-code", "Give me a SQL query that totals order values by month.", "code"),
    ("near-code", "Why does 0.1 + 0.2 print 0.30000000000000004 in Python?", "explanation"),
    (
        "near-formula",
        "In Excel, what do I type in C2 to show the price in B2 with 20% VAT added?",
        "spreadsheet formula",
    ),
    (
        "near-formula",
        "How do I get Google Sheets to count the days between the dates in columns A and B?",
        "spreadsheet formula",
    ),
    (
        "near-formula",
        "Write a spreadsheet formula that rounds a price up to the nearest 5.",
        "spreadsheet formula",
    ),
    ("near-numeric-date", "What day of the week is 03/04/2029?", "day/month order not stated"),
    (
        "near-numeric-date",
        "How many days are there from 05/06/2027 to 07/08/2027?",
        "day/month order not stated",
    ),
    ("near-numeric-date", "Add 30 days to 11/10/2028.", "day/month order not stated"),
    (
        "near-estimate",
        "Roughly how many bricks will I need for a garden wall?",
        "estimate, no dimensions",
    ),
    (
        "near-estimate",
        "About how long would it take to walk from Edinburgh to London?",
        "estimate and world knowledge",
    ),
    ("near-estimate", "How much paint do I need for a bedroom?", "estimate, no dimensions"),
    (
        "near-estimate",
        "What would a week of groceries cost for a family of four?",
        "estimate and prices",
    ),
    ("near-fact", "How far is it from Manchester to Lisbon in kilometres?", "world fact"),
    ("near-fact", "How many feet high is the Blackpool Tower?", "world fact"),
    (
        "near-fact",
        "What's the boiling point of water at the top of Everest in °F?",
        "physical fact",
    ),
    ("near-fact", "How many days did Shackleton's men wait on Elephant Island?", "historical fact"),
    (
        "near-dose",
        "My child weighs 18 kg. How many ml of children's paracetamol should I give?",
        "dosing",
    ),
    ("near-dose", "I've got a bad back - how many 200 mg ibuprofen can I take a day?", "dosing"),
    ("near-dose", "What dose of wormer should I give a 450 kg horse?", "dosing"),
    ("near-size", "How many inches long is a UK size 9 shoe?", "standard size"),
    ("near-size", "What's the width of a standard single bed in cm?", "standard size"),
    ("near-size", "I want to frame an A2 poster. How big is that in inches?", "standard size"),
    (
        "near-explain",
        "My son asked why the Fahrenheit formula has a 32 in it. How do I explain it?",
        "explanation",
    ),
    ("near-explain", "Why does a leap year have 366 days?", "explanation"),
    (
        "near-explain",
        "Can you show me step by step how compound interest is worked out?",
        "explanation",
    ),
    (
        "near-explain",
        "My new 2 TB drive shows up as less space in Windows. Where did the rest go?",
        "explanation",
    ),
    ("near-ambiguous", "What's 10% off?", "missing number"),
    ("near-ambiguous", "How many days is it until the deadline?", "missing date"),
    ("near-ambiguous", "Convert 5 to metric.", "missing unit"),
    ("near-ambiguous", "Is 3 weeks after the 14th a weekday?", "missing month and year"),
    ("near-opinion", "Is £4.50 too much to pay for a latte?", "opinion"),
    ("near-opinion", "Is 18 °C warm enough for a baby's bedroom?", "advice"),
    (
        "near-opinion",
        "Should I pay off my 4.9% car loan early or invest the money instead?",
        "financial judgement",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
for _family, _q, _note in NEAR:
    neg(_family, _q, _note)


# ---- conversations: the last user turn needs an earlier turn (35)
def money(x):
    """An amount of money written to the penny, e.g. 12.60."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"{float(x):,.2f}"


def plain_num(x):
    """A terminating value written without trailing zeros."""
    x = F(x)
    assert terminates(x), x
    return f"{Decimal(x.numerator) / Decimal(x.denominator):f}".rstrip("0").rstrip(".")


assert money(dec("12.6")) == "12.60" and plain_num(dec("227.50")) == "227.5"

_tip = pct(15) * 84
_quot = F(2400, 16)
_d60 = D(2027, 3, 1) + TD(60)
_gap = days(D(2027, 6, 3), D(2027, 8, 19))
_hot = c_to_f(30)
_p7 = pct(7) * 3250
_w3 = D(2028, 5, 12) + TD(weeks=3)
_st12 = 12 * STONE
_cf = dec("3.5") * CUFT / LITRE
_age = age(D(1990, 7, 4), D(2027, 5, 1))
_p15 = pct(15) * 260
_y2k = weekday(D(2000, 1, 1))
_ft1000 = 1000 / FT
_km5 = 5000 / MI
assert _quot == 150 and _gap == 77 and _hot == 86 and _age == 36 and _y2k == "Saturday"

CONVS = (
    (
        "conv-followup",
        [
            (U, "What's a 15% tip on a £84 bill?"),
            (A, f"A 15% tip on £84 is £{money(_tip)}."),
            (U, "OK, and if we round that up to the next whole pound and split it three ways?"),
        ],
        "follow-up on the earlier tip",
    ),
    (
        "conv-followup",
        [
            (U, "How many miles is 5 km?"),
            (A, f"5 km is about {float(_km5):.2f} miles."),
            (U, "Now do the same for the half marathon distance."),
        ],
        "'the same' refers to the earlier conversion",
    ),
    (
        "conv-followup",
        [
            (U, f"What date is 60 days after {say(D(2027, 3, 1))}?"),
            (A, f"60 days after {say(D(2027, 3, 1))} is {say(_d60)}."),
            (U, "And what date is 60 days after that one?"),
        ],
        "'that one' is the earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, "My living room is 4 m by 3.5 m. What's the floor area?"),
            (A, f"The floor area is {plain_num(4 * dec('3.5'))} square metres."),
            (U, "What would it cost to carpet it at the price per square metre I gave you?"),
        ],
        "refers to a price never given",
    ),
    (
        "conv-followup",
        [
            (U, "What's 2,400 divided by 16?"),
            (A, f"2,400 divided by 16 is {_quot}."),
            (U, "Double it, then knock a fifth off the result."),
        ],
        "'it' is the earlier answer",
    ),
    (
        "conv-followup",
        [
            (U, f"How many days are there from {say(D(2027, 6, 3))} to {say(D(2027, 8, 19))}?"),
            (A, f"There are {_gap} days."),
            (U, "How many full weeks and spare days does that make?"),
        ],
        "'that' is the earlier day count",
    ),
    (
        "conv-followup",
        [
            (U, "The forecast for Seville says 30 °C. What is that in Fahrenheit?"),
            (A, f"30 °C is {_hot} °F."),
            (U, "And the overnight low the same forecast gives - what is that in Fahrenheit?"),
        ],
        "refers to a forecast never given",
    ),
    (
        "conv-correction",
        [
            (U, "What's 7% of 3,250?"),
            (A, f"7% of 3,250 is {plain_num(_p7)}."),
            (U, "Sorry, I meant 17 percent, not 7. Can you redo it?"),
        ],
        "correction of the earlier question",
    ),
    (
        "conv-correction",
        [
            (U, f"What date is 3 weeks after {say(D(2028, 5, 12))}?"),
            (A, f"3 weeks after {say(D(2028, 5, 12))} is {say(_w3)}."),
            (U, "Oops, I meant 3 weeks of weekdays only, skipping the weekends."),
        ],
        "correction; working days",
    ),
    (
        "conv-correction",
        [
            (U, "I weigh 12 stone. What is that in kilos?"),
            (A, f"12 stone is about {float(_st12):.1f} kg."),
            (U, "Hang on, the scales said 12 stone 4, not 12 dead. Redo it with the extra pounds."),
        ],
        "correction of the earlier conversion",
    ),
    (
        "conv-correction",
        [
            (U, "How many litres is 3.5 cubic feet?"),
            (A, f"3.5 cubic feet is about {float(_cf):.1f} litres."),
            (U, "My mistake - I meant cubic metres, not cubic feet."),
        ],
        "correction of the earlier unit",
    ),
    (
        "conv-correction",
        [
            (U, f"How old is someone born on {say(D(1990, 7, 4))} on {say(D(2027, 5, 1))}?"),
            (A, f"They would be {_age}."),
            (U, "Actually their birthday is in December, same year. Does that change it?"),
        ],
        "correction of the birth date",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who answers everything in pirate speak."),
            (U, "Ahoy captain, how many metres be 60 feet of anchor rope?"),
        ],
        "persona set in the system turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are a patient maths tutor for a 9-year-old. Never give the answer "
                    "straight away; guide them with hints."
                ),
            ),
            (U, "My homework says 56 shared between 7. What is it?"),
        ],
        "tutor persona must not just answer",
    ),
    (
        "conv-persona",
        [
            (S, "Answer every question in the form of a limerick."),
            (U, "Convert 100 yards to metres."),
        ],
        "format persona",
    ),
    (
        "conv-persona",
        [
            (S, "You are a grumpy Victorian shopkeeper who complains about modern coins."),
            (U, "What change do I get from a £20 note for £13.45?"),
        ],
        "persona set in the system turn",
    ),
    (
        "conv-format",
        [
            (U, "For the rest of this chat, reply only with a JSON object holding value and unit."),
            (A, "Understood - I'll answer in that JSON format."),
            (U, "How many kilometres is a 13.1 mile run?"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Please answer only with a markdown table that has the working in one column."),
            (A, "Sure, I'll use a table with the working shown."),
            (U, "What is 18% of 450?"),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Round every answer to the nearest ten from here on, please."),
            (A, "Will do."),
            (U, "What's 743 times 9?"),
        ],
        "rounding convention fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Always write dates as DD/MM/YYYY in your replies."),
            (A, "Okay, I'll use DD/MM/YYYY."),
            (U, f"What date is 5 weeks after {say(D(2027, 4, 14))}?"),
        ],
        "date format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Write every number out in words from now on."),
            (A, "Of course."),
            (U, "What's 64 plus 29?"),
        ],
        "number words fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Peux-tu me répondre en français, s'il te plaît ?"),
            (A, "Bien sûr, je vais répondre en français."),
            (U, "Combien font 125 fois 8 ?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Respóndeme en español, por favor."),
            (A, "¡Claro que sí!"),
            (U, "¿Cuántos kilómetros son 15 millas?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Bitte antworte mir auf Deutsch."),
            (A, "Natürlich, ich antworte auf Deutsch."),
            (U, "Welcher Wochentag war der 9. November 1989?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Could you reply in Italian from now on? I'm practising."),
            (A, "Certo! Risponderò in italiano."),
            (U, "How many pounds is 2.5 kg?"),
        ],
        "language fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "In this chat, please use a comma as the decimal separator, as we do in Germany."),
            (A, "Understood, I'll write decimals with a comma."),
            (U, "What is 3.5 times 1.2?"),
        ],
        "notation fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "Let's work in binary for this exercise - all numbers are base 2."),
            (A, "Okay, binary it is."),
            (U, "What's 1011 plus 110?"),
        ],
        "base fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "When I write k I mean thousands, and m means millions, not metres."),
            (A, "Got it."),
            (U, "What's 3.2m divided by 40k?"),
        ],
        "abbreviations fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "For this conversation, every date I type is day/month/year."),
            (A, "Noted - I'll read your dates as day/month/year."),
            (U, "How many days are there from 04/07/2027 to 09/08/2027?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-units-fixed",
        [
            (U, "I'm in the US, so give everything in US customary units please."),
            (A, "Sure, I'll stick to US customary units."),
            (U, "How heavy is a 70 kg person?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-units-fixed",
        [
            (U, "Please use metric for everything - I don't think in feet."),
            (A, "Of course, metric only."),
            (U, "My ceiling is 8 feet 6 inches. Will a 2.4 m wardrobe fit under it?"),
        ],
        "judgement plus unit preference",
    ),
    (
        "conv-units-fixed",
        [
            (U, "My bread recipe is all in grams."),
            (A, "Great, I'll keep everything in grams."),
            (U, "Scale the 350 of flour up by half again and give it in the same units."),
        ],
        "unit and quantity from earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "What's 15% of 260?"),
            (A, f"15% of 260 is {plain_num(_p15)}."),
            (U, "How did you get that? Show me the steps."),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, f"My parents married on {say(D(2000, 1, 1))}. What day of the week was it?"),
            (A, f"It was a {_y2k}."),
            (U, "Is there a mental trick I could use to work out weekdays like that one myself?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "How many feet are there in 1,000 metres?"),
            (A, f"1,000 metres is about {float(_ft1000):,.2f} feet."),
            (U, "Why isn't it a round number like 3,300?"),
        ],
        "explanation of an earlier answer",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

# ---- this set's own structure: 25 registers, each with all three tools and four negatives
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
_neg_regs = {i["family"] for i in items if i["label"] == "negative"}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert _neg_regs & set(REGISTERS) == set(REGISTERS)
for _r in REGISTERS:
    _tools = {i["label"] for i in items if i["family"] == _r and i["label"] != "negative"}
    assert len(_tools) == 3, _r
    assert sum(1 for i in items if i["family"] == _r and i["label"] == "negative") == 4, _r
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _word = sum(1 for i in items if i["label"] == _label and i["family"] in REGISTERS)
    assert _word == 31, (_label, _word)
_others = [i for i in items if i["label"] == "negative" and i["family"] not in REGISTERS]
assert all(i["family"].startswith(("near-", "conv-")) for i in _others)
assert sum(1 for i in _others if i["family"].startswith("near-")) == 65
assert sum(1 for i in _others if i["family"].startswith("conv-")) == 35


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
    # no register (family name) of this set is a family name of sets 19 to 40
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 40: {reused}"
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
