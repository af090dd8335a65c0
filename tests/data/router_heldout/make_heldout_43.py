r"""Generate heldout-2027-01-15.jsonl: a forty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_42.py, by `sed -n`: lines 1-341
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 584-644 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 838-914 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw() and their assert), 1136-1143 (its negatives section
header, neg() and conv()) and 1865-2089 (its stated-weekday check, its checks and main()), plus one
`wc -l` of it (2089 lines) and one `grep -n "^def \|^# ===="` of it (def lines and section headers
with their line numbers), run together with the `cat` in one command. None of its query blocks was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from that one generator's allowed ranges),
and not README.md. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). Neither /work itself nor any other /work/sealed* directory was listed or opened.
The earlier generators (sets 1-42) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages and its --show listing of
ids, expected values and tolerances were read), no git command was run, no network and no search
tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat`, `wc -l`, `grep -n` and `sed -n` above (the views printed the allowed
ranges to the terminal: lines 1-341 alone, 584-644, 838-914 and 1136-1143 together with `echo`
separators, 1865-2089 alone); then, in one command, `mkdir -p` of /tmp/h43/blocks, /tmp/h43/own and
/work/sealed43, `sed -n` copies of the same five allowed ranges into block files under
/tmp/h43/blocks/, `wc -l` of the blocks, a `grep -n` for the `from __future__` line in the first
copy (it printed only that line, 198) and `/work/main/.venv/bin/python --version` (3.11.7); a small
Python script (/tmp/h43/subst.py, written by a `cat` heredoc) that cut the first copy from its
`from __future__` line to P = "plain" (its line 341) and substituted this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_42.py), EARLIER (sets 1-42, `range(2, 43)`) and REGISTER_CHECK (sets
19-42, adding make_heldout_42.py), and "sets 19 to 41" -> "sets 19 to 42" in one comment and one
message string of main() (it asserted and printed that each substitution applied once, the last
twice), after which it deleted the first and last raw copies (the first with set 42's docstring); a
`grep -n` of the substituted blocks for those names and numbers, with `head -3` and `tail -3` of
the first one; `cat` heredocs that wrote this set's own blocks under /tmp/h43/own/ (registers and
calculator items, unit items, date items, ordinary negatives, near-positive negatives, and the
conversations with this set's own structural asserts), each followed by an `echo`, the
near-positive block also by two `/work/main/.venv/bin/python` runs that counted its table (the
first printed nothing, the second 68) and a stdin `python` script that cut three of its entries (it
printed 65); an assembly script /tmp/h43/assemble.py that builds this file by concatenating a
docstring block and the blocks and prints its line count; a helper /tmp/h43/run.sh that runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`,
`.venv/bin/ruff check --no-cache` and `.venv/bin/ruff format --check --no-cache` on this file, then
this generator from /tmp (passing on any arguments), writing its output to /tmp/h43/out.txt, of
which it prints the `tail -5`; edits of own blocks by stdin `python` scripts and the script
/tmp/h43/reword1.py (the changes are listed below); a `grep -E` of out.txt for the summary lines
and a `grep -c` of its lines; this generator with --show, filtered by `grep` for the ids and laid
out by `column -t`; this docstring was written last over a one-line placeholder supplied by
assemble.py (its source text, /tmp/h43/doc/doc_src.txt, written by a `cat` heredoc, filled to 99
columns by /tmp/h43/doc/make_doc.py, which uses textwrap and asserts that the words are unchanged),
followed by the same ruff commands and run, a `/work/main/.venv/bin/python -c` check of line
lengths in this file, runs of this file with --digest (one of them with PYTHONHASHSEED=7) and
`sha256sum` of the JSONL; finally `ls -la /work/sealed43` and `rm -rf /tmp/h43`. Writes:
/work/sealed43/ was created for this file and its JSONL; temporary blocks, scripts and output under
/tmp/h43/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python. After the `rm -rf`, `ruff check` and `ruff format --check` were
run once more (both passed); then this last sentence was added by a stdin `python` script,
followed by the same ruff commands, `grep -n`/`sed -n` views of these docstring lines, one run
of this generator, two runs with --digest (one with PYTHONHASHSEED=7) and `sha256sum`.

Changes to set 42's main() and checks: only the substitutions listed above (file names, sets 1-42
for the duplicate check, sets 19-42 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 42's as printed; ruff format may have changed layout only. All
of set 42's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks() (asserts whole weeks), unit_r() with
close_enough_at_2dp() (asserts a rounded unit result stays within 1e-3 at two decimals), whole_up()
(asserts rounding up is really tested), say() and sayw() (a date written out, and with its computed
weekday, so every weekday stated next to a date in a query is computed, not typed) and
SQFT/SQYD/CUFT. Added, newly written: LITRE, CC, CM, MM, KM and G (with an assert), the register
constants and the REGISTERS tuple (sorted, asserted distinct), the ORDINARY, NEAR and CONVS tables,
_KITTEN_FOOD_G, _WK_A/_WK_B, _BOAT_PICKUP, _LAST_SHOD, money() and approx() (figures stated in
assistant turns are computed, with asserts), _SPLIT, _MAY_JUNE, _MAY_JUNE_B and _JAN_APR_WEEKS
(with an assert), and this set's own asserts: the ORDINARY negatives are keyed by exactly the
REGISTERS, four each; the positive registers are exactly the REGISTERS; every register is used by
all three tools; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100
negatives), 31 word problems per tool; every negative outside the registers is a near-... or
conv-... family, with 65 and 35 of them.

Disclosures: the kinds of item follow set 42's docstring and the brief on purpose (plain one-liners
of common operations; near-positive and conversation categories as the brief and set 42's docstring
list them), and the helpers, unit factors and checks are set 42's, copied (P = "plain" is copied
too, as the last line of the first block). Set 42's docstring (within lines 1-341) names its 25
registers, its provenance and the generic kinds of its reworded items, which were therefore seen;
none of those names is used here as a register, and some plain one-liners, near-positives and
conversations here are of those same generic kinds, newly worded. The `grep -n` printed no
docstring, query or constant line: only def lines and section headers with their line numbers (it
showed that set 42 has money() and approx() at lines 1502 and 1509, which were not opened; this
set's money() and approx() are newly written). At the edges of the allowed ranges: line 341 is P =
"plain", 584, 838 and 1136 are section headers, 644 is a blank line after unit_r(), 914 is the
assert after sayw(), 1143 is the last line of conv(), 1865 is the comment above the stated-weekday
pattern and 2089 is the call of main(). No query text of any earlier set was seen. Every query here
was newly written from imagination of each trade or situation. Registers of sets 1 to 18 are not
known here, so an overlap in TOPIC cannot be ruled out; an exact repeat of any earlier query or
user turn is ruled out by main(), and main() asserts that no register is a family name of sets 19
to 42 (the near-.../conv-... families are not registers and may coincide with earlier family
names).

Register check: main()'s register assertion failed once, on the first run that reached it: eight
first-chosen registers were already family names of sets 19 to 42 and were renamed by a stdin
`python` script (cider_orchard_press became farmhouse_cider_mill_barn, escape_room_operator became
locked_puzzle_room_venue, ice_rink_skate_hire became outdoor_rink_skate_counter, piano_tuner_rounds
became upright_piano_tuning_visits, pottery_kiln_cooperative became
shared_kiln_ceramics_collective, school_minibus_coordinator became primary_school_trip_minibus,
sign_writer_workshop became gold_leaf_sign_painter, stained_glass_studio became
leaded_window_glazier); the same script made REGISTERS the sorted tuple of named constants and
changed the ORDINARY key assertion to a set comparison, adding the negatives in REGISTERS order.
The next run passed it.

Other failed checks and edits: the first ruff check reported five implicit string concatenations in
collections (ISC004: four user turns and one system turn of the conversations), which a stdin
`python` script wrapped in parentheses. The first run then stopped at close_enough_at_2dp() on a
lobster_creel_skipper unit word problem (87 mm in inches), reworded to a 132 mm carapace; its new
wording said "today's catch" and failed the relative-date rule on the next run, and was reworded to
"the morning's catch". The next run failed main()'s register check (above), and the one after it
main()'s duplicate check, which reported 24 items by id; they were reworded by reword1.py without
the earlier queries being looked at and without knowing which turn of a conversation had matched:
two plain calculator one-liners (a percentage increase and a power; new figures and wording), three
conversations (conv-explain, conv-followup and conv-language: both user turns each, and in
conv-explain the computed figure of the assistant turn) and nineteen near-positives (an ambiguous
month length, three code requests, two contested units, an exchange rate, two current-date
questions, a density, an estimate, a world fact, an all-numeric date, two Roman numerals, two
spreadsheet formulas, a tax question and a time zone; new wording, subjects or figures). The next
run passed every check.

Registers (families), 25, new: alpaca_trekking_farm, bell_ringing_tower_captain,
bouldering_wall_front_desk, bridal_alterations_seamstress, canal_narrowboat_hire,
clock_repair_bench, farmhouse_cider_mill_barn, farrier_hoof_rounds, foster_kitten_rescue,
gold_leaf_sign_painter, haunted_walk_tour_guide, kayak_river_outfitter, leaded_window_glazier,
lobster_creel_skipper, locked_puzzle_room_venue, mobile_coffee_cart, mushroom_grow_room,
orthodontic_practice_desk, outdoor_rink_skate_counter, primary_school_trip_minibus,
roofing_slate_contractor, shared_kiln_ceramics_collective, upright_piano_tuning_visits,
vintage_vinyl_stall, youth_orienteering_club. Every register is used by all three tools (asserted);
eighteen registers have a fourth positive (a second calculator word problem: alpaca_trekking_farm,
farmhouse_cider_mill_barn, locked_puzzle_room_venue, mobile_coffee_cart,
outdoor_rink_skate_counter, vintage_vinyl_stall; a second unit word problem:
bouldering_wall_front_desk, canal_narrowboat_hire, kayak_river_outfitter, mushroom_grow_room,
roofing_slate_contractor, vintage_vinyl_stall; a second date word problem: canal_narrowboat_hire,
haunted_walk_tour_guide, orthodontic_practice_desk, outdoor_rink_skate_counter,
primary_school_trip_minibus, upright_piano_tuning_visits). Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly in UK usage with £, some chatty, terse
or lower-case. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate or density, missing
numbers, world or historical facts, estimates, judgements, advice, prices, predictions or opinions,
words / Roman numerals / another language, code or spreadsheet formulas, dosing, standard sizes,
time zones, daylight saving, Easter, working or school days, contested units, all-numeric dates of
unstated order, the current date, facts about animals or sport, tax rules, an explanation, an
ambiguous request, writing tasks, or a persona / format / language / unit / rounding / notation /
number base fixed in an earlier turn, a follow-up or correction of an earlier turn, or an
explanation of an earlier answer.

Left out of positives entirely (their grading is contested), as in set 42: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons, hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary KiB/MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter, working
days, "within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week counts
are asserted to be whole weeks; no day count is inclusive (each is the difference of the two dates,
and queries are worded as "N days after", "N days before", or from one date to a later one), and
clock spans run from one stated time to the next occurrence of the other (two cross midnight and
say "the next morning"). Quantities bought whole are rounded up (asserted to be fractional before
rounding). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 42):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and square yards from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
    1 bar = 10^5 Pa exactly
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); t(degF) = t(degC) * 9/5 + 32;
    1 h = 60 min; 1 L = 10^-3 m^3; 1 cm^3 (cc) = 10^-6 m^3; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_43.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-15.jsonl"
PREFIX = "ho43-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_42.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 43))
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
    "make_heldout_41.py",
    "make_heldout_42.py",
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

ALPACA = "alpaca_trekking_farm"
BELLS = "bell_ringing_tower_captain"
BOULDER = "bouldering_wall_front_desk"
BRIDAL = "bridal_alterations_seamstress"
CANAL = "canal_narrowboat_hire"
CIDER = "farmhouse_cider_mill_barn"
CLOCK = "clock_repair_bench"
ESCAPE = "locked_puzzle_room_venue"
FARRIER = "farrier_hoof_rounds"
KITTEN = "foster_kitten_rescue"
HAUNTED = "haunted_walk_tour_guide"
RINK = "outdoor_rink_skate_counter"
KAYAK = "kayak_river_outfitter"
LOBSTER = "lobster_creel_skipper"
COFFEE = "mobile_coffee_cart"
MUSHROOM = "mushroom_grow_room"
ORTHO = "orthodontic_practice_desk"
PIANO = "upright_piano_tuning_visits"
POTTERY = "shared_kiln_ceramics_collective"
ROOFING = "roofing_slate_contractor"
MINIBUS = "primary_school_trip_minibus"
SIGNS = "gold_leaf_sign_painter"
GLASS = "leaded_window_glazier"
VINYL = "vintage_vinyl_stall"
ORIENTEERING = "youth_orienteering_club"
REGISTERS = tuple(
    sorted(
        (
            ALPACA,
            BELLS,
            BOULDER,
            BRIDAL,
            CANAL,
            CIDER,
            CLOCK,
            ESCAPE,
            FARRIER,
            KITTEN,
            HAUNTED,
            RINK,
            KAYAK,
            LOBSTER,
            COFFEE,
            MUSHROOM,
            ORTHO,
            PIANO,
            POTTERY,
            ROOFING,
            MINIBUS,
            SIGNS,
            GLASS,
            VINYL,
            ORIENTEERING,
        )
    )
)
assert len(set(REGISTERS)) == 25

# --- calculator: plain one-liners (14)
calc(P, "what's 7.5% of 3,280?", pct("7.5") * 3280)
calc(P, "1846 divided by 16", F(1846, 16))
calc(P, "Calculate 38.6 * 4.25", dec("38.6") * dec("4.25"))
calc(P, "square root of 2116?", math.isqrt(2116))
assert math.isqrt(2116) ** 2 == 2116
calc(P, "What is 12 cubed minus 19 squared?", 12**3 - 19**2)
calc(P, "raise 835 by 16 percent", 835 * (1 + pct(16)))
calc(P, "57 is what percent of 76?", F(57, 76) * 100)
calc(P, "(214 + 389) × 7 =", (214 + 389) * 7)
calc(P, "decrease 2,450 by 12 percent", 2450 * (1 - pct(12)))
calc(P, "3 raised to the 9th power", 3**9)
calc(P, "what's 4.8 plus 17.35 minus 9.06", dec("4.8") + dec("17.35") - dec("9.06"))
calc(P, "Average of 84, 91, 77, 102 and 66?", F(84 + 91 + 77 + 102 + 66, 5))
calc(P, "9.6 ÷ 0.32", dec("9.6") / dec("0.32"))
calc(P, "How much is 3/8 of 1,720?", F(3, 8) * 1720)

# --- calculator: word problems in the registers (25 + 6 second ones)
calc(
    ALPACA,
    "We charge £42 per adult and £28 per child for an alpaca trek. A booking for 3 adults and "
    "4 children has a £15-off voucher. What's the total to pay?",
    3 * 42 + 4 * 28 - 15,
)
calc(
    ALPACA,
    "I sheared 11 alpacas and the fleeces averaged 2.4 kg each. At £18 a kilo, what's the "
    "whole clip worth?",
    11 * dec("2.4") * 18,
)
calc(
    BELLS,
    "Rehanging our tower's bells is quoted at £18,600 and we've raised £11,250. If 35 ringers "
    "each chip in the same amount to cover the rest, how much does each ringer give?",
    F(18600 - 11250, 35),
)
calc(
    BOULDER,
    "A 10-visit punch card at the climbing wall is £85 and single entry is £11.50. How much "
    "does someone save using the card for all ten visits instead of paying singly?",
    10 * dec("11.50") - 85,
)
calc(
    BRIDAL,
    "For one wedding dress: taking in the bodice £65, hemming three skirt layers at £48 a "
    "layer, and adding a bustle £55. What's the bill?",
    65 + 3 * 48 + 55,
)
calc(
    CANAL,
    "Narrowboat hire was £1,190 for the week plus a £150 fuel deposit, and we got £62.40 of "
    "the deposit back. Split equally between the 4 of us, what did each person pay in the end?",
    (1190 + 150 - dec("62.40")) / 4,
)
calc(
    CIDER,
    "we pressed 1,350 kg of apples and got 0.62 litres of juice per kilo. how many litres of "
    "juice is that altogether",
    1350 * dec("0.62"),
)
calc(
    CIDER,
    "Our cider sells at £3.40 a bottle and the duty on each bottle is 46p. How much do we "
    "take on 420 bottles once the duty is paid?",
    420 * (dec("3.40") - dec("0.46")),
)
calc(
    CLOCK,
    "Servicing a longcase clock took me 6.5 hours at £38 an hour, plus £44.75 in parts. What "
    "should the invoice total be?",
    dec("6.5") * 38 + dec("44.75"),
)
calc(
    ESCAPE,
    "Our escape room is £22 a head for groups of up to 5 people and £19 a head for groups of "
    "6 or more. What does a group of 7 pay in total?",
    7 * 19,
)
calc(
    ESCAPE,
    "Out of 312 bookings last quarter, 78 teams got out before the clock ran down. What "
    "percentage of teams escaped?",
    F(78, 312) * 100,
)
calc(
    FARRIER,
    "A full set of shoes is £95 and a trim is £35. I did 14 full sets and 9 trims over the "
    "week. What did I take in total?",
    14 * 95 + 9 * 35,
)
_KITTEN_FOOD_G = 5 * 85 * 14
calc(
    KITTEN,
    "Our foster litter of 5 kittens eats 85 g of wet food per kitten per day. A box of 12 "
    "pouches holds 1,020 g in total. How many whole boxes do we need to buy to cover 14 days?",
    whole_up(F(_KITTEN_FOOD_G, 1020)),
)
calc(
    HAUNTED,
    "Tickets for my ghost walk are £14 each and I pay the council 8% of ticket takings as a "
    "licence fee. If 65 people come over the weekend, how much do I keep after the fee?",
    65 * 14 * (1 - pct(8)),
)
calc(
    RINK,
    "Entry is £8.25 and skate hire is £3.50. A school brings 46 pupils who all need skates, "
    "and the teachers go free. What's the school's bill?",
    46 * (dec("8.25") + dec("3.50")),
)
calc(
    RINK,
    "A skate-sharpening machine costs £2,730. We charge £6 per sharpen and consumables cost us "
    "£1.80 a sharpen. How many sharpens before the machine has paid for itself?",
    F(2730) / (6 - dec("1.80")),
)
calc(
    KAYAK,
    "On Saturday 15 of our kayaks went out for the full day at £32 each and 3 went out for a "
    "half day at £20 each. What were the day's takings?",
    15 * 32 + 3 * 20,
)
calc(
    LOBSTER,
    "I landed 38 kg of lobster at £26.50 a kilo and the market takes 6% commission. What do "
    "I get paid?",
    38 * dec("26.50") * (1 - pct(6)),
)
calc(
    COFFEE,
    "At the farmers' market the coffee cart sold 130 flat whites at £3.20 and 60 pastries at "
    "£2.60. Card fees were 1.75% of all sales. How much is left after the fees?",
    (130 * dec("3.20") + 60 * dec("2.60")) * (1 - pct("1.75")),
)
calc(
    COFFEE,
    "Beans cost me £21.50 a kilo and each flat white uses 18 g. What is the bean cost of one "
    "flat white, in pence?",
    dec("0.018") * dec("21.50") * 100,
)
calc(
    MUSHROOM,
    "Each grow bag costs £4.20 to make and gives 1.8 kg of oyster mushrooms, which I sell at "
    "£9 a kilo. What's my profit on 120 bags?",
    120 * (dec("1.8") * 9 - dec("4.20")),
)
calc(
    ORTHO,
    "The braces cost £3,450. The patient pays a £600 deposit and the balance in 15 equal "
    "monthly instalments. How much is each instalment?",
    F(3450 - 600, 15),
)
calc(
    PIANO,
    "I charge £75 per piano tuning and reckon my car costs me 45p a mile. Tuesday's round was "
    "4 pianos and 86 miles of driving. What was my profit for the round?",
    4 * 75 - 86 * dec("0.45"),
)
calc(
    POTTERY,
    "A firing of the big kiln costs £54 in electricity and we split it by shelf space. If I "
    "use 3 of the 8 shelves, what's my share?",
    F(54 * 3, 8),
)
calc(
    ROOFING,
    "The roof needs 1,240 slates plus an extra 10% for breakage. Slates come in crates of 250. "
    "How many crates should I order?",
    whole_up(1240 * (1 + pct(10)) / 250),
)
calc(
    MINIBUS,
    "The school minibus costs 34p a mile to run. The museum trip is 60 miles each way and 16 "
    "pupils are going. What should each pupil pay towards the running cost?",
    120 * dec("0.34") / 16,
)
calc(
    SIGNS,
    "Gilded lettering is £4.80 a letter. The shop sign has 13 letters and the board itself is "
    "£95. What's the total price?",
    13 * dec("4.80") + 95,
)
calc(
    GLASS,
    "A stained glass panel measures 45 cm by 60 cm and the glass works out at £0.035 per "
    "square centimetre. What does the glass cost?",
    45 * 60 * dec("0.035"),
)
calc(
    VINYL,
    "I bought a box of 80 records for £120, sold 52 of them at £6 each and the rest at £2.50 "
    "each. What was my profit on the box?",
    52 * 6 + (80 - 52) * dec("2.50") - 120,
)
calc(
    VINYL,
    "selling an LP online for £25. the marketplace takes 12.8% plus a 30p fixed fee and "
    "postage costs me £3.95. what do i actually clear?",
    25 - 25 * pct("12.8") - dec("0.30") - dec("3.95"),
)
calc(
    ORIENTEERING,
    "Entry to the regional orienteering event is £7 for juniors and £11 for seniors. We're "
    "sending 23 juniors and 9 seniors, and the club pays half of every junior entry. How much "
    "does the club pay?",
    F(23 * 7, 2),
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
CC = F(1, 10**6)  # m^3
CM = F(1, 100)  # m
MM = F(1, 1000)  # m
KM = F(1000)  # m
G = F(1, 1000)  # kg
assert LITRE / CC == 1000 and IN / CM == dec("2.54") and LB / G == dec("453.59237")

# --- units: plain one-liners (14)
unit_r(P, "convert 172 cm to inches", 172 * CM / IN)
unit_r(P, "how many kilograms is 9 stone 4 lb?", (9 * STONE + 4 * LB))
unit_r(P, "350 degrees F in Celsius", f_to_c(350))
unit_r(P, "How many metres in 3.2 miles?", dec("3.2") * MI)
unit_r(P, "28 psi in bar?", 28 * PSI / BAR)
unit(P, "what is 1.5 GiB in MiB", dec("1.5") * GIB / MIB, EXACT)
unit(P, "Express 4 hours 25 minutes in minutes.", 4 * 60 + 25, EXACT)
unit_r(P, "65 mph to km/h", 65 * MPH / KMH)
unit_r(P, "2.5 acres in square metres", dec("2.5") * ACRE)
unit(P, "-12 °C in Fahrenheit?", c_to_f(-12), EXACT)
unit_r(P, "how many ounces in 750 grams", 750 * G / OZ)
unit(P, "How many cubic centimetres is 2.4 litres?", dec("2.4") * LITRE / CC, EXACT)
unit_r(P, "Convert 12 square yards to square metres.", 12 * SQYD)
unit_r(P, "how many feet is 400 metres", 400 / FT)

# --- units: word problems in the registers (25 + 6 second ones)
unit_r(
    ALPACA,
    "Our longest alpaca trek is 7.5 km. What's that in miles for the American visitors?",
    dec("7.5") * KM / MI,
)
unit_r(BELLS, "Our tenor bell weighs 1,020 kg. How many pounds is that?", 1020 / LB)
unit_r(
    BOULDER,
    "The tallest problem on our wall tops out at 4.6 m. How high is that in feet?",
    dec("4.6") / FT,
)
unit(
    BOULDER,
    "Our new crash mats are 5 inches thick. What's that in centimetres?",
    5 * IN / CM,
    EXACT,
)
unit_r(
    BRIDAL,
    "The bride's waist is 71 cm but the pattern's in inches. What's 71 cm in inches?",
    71 * CM / IN,
)
unit_r(CANAL, "Our narrowboat is 57 feet long. How long is that in metres?", 57 * FT)
unit_r(
    CANAL,
    "The canal speed limit is 4 mph. What's that in km/h for our Dutch hirers?",
    4 * MPH / KMH,
)
unit_r(
    CIDER,
    "The press tank holds 180 litres. How many cubic feet is that?",
    180 * LITRE / CUFT,
)
unit(
    CLOCK,
    "The pendulum rod is 39.1 inches long. What is that in centimetres?",
    dec("39.1") * IN / CM,
    EXACT,
)
unit_r(
    ESCAPE,
    "Our new escape room is 14 ft by 18 ft. What's the floor area in square metres?",
    14 * 18 * SQFT,
)
unit_r(
    FARRIER,
    "The weigh tape puts the cob at 1,150 lb. What's that in kilograms?",
    1150 * LB,
)
unit_r(KITTEN, "The smallest kitten weighs 410 grams. How many ounces is that?", 410 * G / OZ)
unit_r(
    HAUNTED,
    "my ghost walk route is 2.8 kilometres - how far is that in miles?",
    dec("2.8") * KM / MI,
)
unit_r(RINK, "The ice surface is kept at 25 °F. What's that in Celsius?", f_to_c(25))
unit(
    KAYAK,
    "The river's flowing at 1.8 metres per second. What is that in km/h?",
    dec("1.8") / KMH,
    EXACT,
)
unit_r(
    KAYAK,
    "Our touring kayaks are rated for a paddler of up to 120 kg. What's that in stone?",
    120 / STONE,
)
unit_r(
    LOBSTER,
    "The biggest lobster in the morning's catch has a 132 mm carapace. What is that in inches?",
    132 * MM / IN,
)
unit_r(
    COFFEE,
    "The espresso machine's boiler runs at 1.2 bar. What's that in psi?",
    dec("1.2") * BAR / PSI,
)
unit_r(
    MUSHROOM,
    "The grow room should sit at 64 °F. What's that in Celsius?",
    f_to_c(64),
)
unit_r(
    MUSHROOM,
    "A block of substrate weighs 2.5 kg. How many pounds is that?",
    dec("2.5") / LB,
)
unit_r(
    ORTHO,
    "A patient's form says 11 stone 2 pounds but the system wants kilograms. What do I enter?",
    11 * STONE + 2 * LB,
)
unit_r(
    PIANO,
    "I drove 212 km on my tuning rounds and my mileage log is in miles. How many miles?",
    212 * KM / MI,
)
unit(
    POTTERY,
    "Our stoneware firing goes to 1,240 °C. What is that in Fahrenheit?",
    c_to_f(1240),
    EXACT,
)
unit_r(
    ROOFING,
    "The roof area comes to 1,450 square feet. How many square metres is that?",
    1450 * SQFT,
)
unit_r(ROOFING, "A roll of lead flashing is 6 m long. How many feet is that?", 6 / FT)
unit_r(
    MINIBUS,
    "The minibus is limited to 100 km/h. What's that in miles per hour?",
    100 * KMH / MPH,
)
unit_r(
    SIGNS,
    "The vinyl roll for the sign cutter is 610 mm wide. What is that in inches?",
    610 * MM / IN,
)
unit(
    GLASS,
    "The window opening is 36 inches wide. How many centimetres is that?",
    36 * IN / CM,
    EXACT,
)
unit_r(VINYL, "A parcel of records weighs 6.3 kg. What's that in pounds?", dec("6.3") / LB)
unit(
    VINYL,
    "The hi-res rip of the box set is 1,792 MiB. How many GiB is that?",
    1792 * MIB / GIB,
    EXACT,
)
unit_r(
    ORIENTEERING,
    "The long course is 4.3 km. How many yards is that?",
    dec("4.3") * KM / YD,
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

# --- dates: plain one-liners (14)
date_item(P, "What day of the week was 9 November 1989?", weekday(D(1989, 11, 9)))
date_item(P, "what date is 100 days after 3 March 2029?", D(2029, 3, 3) + TD(days=100))
date_item(
    P,
    "How many days are there from 14 February 2030 to 1 September 2030?",
    days(D(2030, 2, 14), D(2030, 9, 1)),
)
date_item(P, "What weekday is 25 December 2033?", weekday(D(2033, 12, 25)))
date_item(P, "date that's 6 weeks before 19 October 2028", D(2028, 10, 19) - TD(weeks=6))
date_item(
    P,
    "How old is someone on 1 June 2031 if they were born on 17 August 1994?",
    age(D(1994, 8, 17), D(2031, 6, 1)),
)
date_item(P, "What's the date 1,000 days after 12 May 2027?", D(2027, 5, 12) + TD(days=1000))
_WK_A = nth_weekday(2032, 1, MON, 1)
_WK_B = _WK_A + TD(weeks=25)
date_item(
    P,
    f"How many weeks are there from {sayw(_WK_A)} to {sayw(_WK_B)}?",
    weeks(_WK_A, _WK_B),
)
date_item(P, "What date is the last Friday of October 2030?", nth_weekday(2030, 10, FRI, -1))
date_item(
    P,
    "how many minutes from 22:45 to 07:10 the next morning?",
    clock_span("22:45", "07:10", 60),
)
date_item(P, "How many hours is it from 08:30 to 17:15?", clock_span("08:30", "17:15", 3600))
date_item(P, "Which day of the week is 1 January 2040?", weekday(D(2040, 1, 1)))
date_item(P, "What's the date 45 days before 10 April 2031?", D(2031, 4, 10) - TD(days=45))
date_item(
    P,
    "Second Tuesday of March 2029 - what's the date?",
    nth_weekday(2029, 3, TUE, 2),
)

# --- dates: word problems in the registers (25 + 6 second ones)
date_item(
    ALPACA,
    "Counting 345 days from our alpaca's mating on 12 June 2029, what's the due date?",
    D(2029, 6, 12) + TD(days=345),
)
date_item(
    BELLS,
    "We're ringing for a wedding on 18 September 2032. What day of the week is that?",
    weekday(D(2032, 9, 18)),
)
date_item(
    BOULDER,
    "Wall memberships come up for renewal 26 weeks after joining. Someone joined on 4 March "
    "2030 - what's their renewal date?",
    D(2030, 3, 4) + TD(weeks=26),
)
date_item(
    BRIDAL,
    "The wedding is on 21 August 2032 and the final fitting is 10 days before it. What date "
    "is the final fitting?",
    D(2032, 8, 21) - TD(days=10),
)
_BOAT_PICKUP = D(2029, 7, 14)
date_item(
    CANAL,
    f"We pick up the narrowboat on {sayw(_BOAT_PICKUP)} and have it for 10 nights. What date "
    "do we hand it back?",
    _BOAT_PICKUP + TD(days=10),
)
date_item(
    CANAL,
    "Winter lock stoppages run from 5 November 2029 to 22 February 2030. How many days is "
    "that from the first date to the second?",
    days(D(2029, 11, 5), D(2030, 2, 22)),
)
date_item(
    CIDER,
    "We pitched the yeast on 2 October 2028 and the cider gets 6 weeks to ferment. On what "
    "date are the 6 weeks up?",
    D(2028, 10, 2) + TD(weeks=6),
)
date_item(
    CLOCK,
    "A customer left a carriage clock with me on 19 January 2031 and I promised it back 5 "
    "weeks later. What date is that?",
    D(2031, 1, 19) + TD(weeks=5),
)
date_item(
    ESCAPE,
    "Our pop-up escape room runs from 1 March 2030 to 30 November 2030. How many days is that "
    "from opening date to closing date?",
    days(D(2030, 3, 1), D(2030, 11, 30)),
)
_LAST_SHOD = D(2031, 5, 7)
date_item(
    FARRIER,
    f"The mare is shod every 6 weeks and was last done on {sayw(_LAST_SHOD)}. What date is "
    "her next visit due?",
    _LAST_SHOD + TD(weeks=6),
)
date_item(
    KITTEN,
    "Our foster kittens were born on 28 April 2030 and can go to new homes at 9 weeks old. On "
    "what date do they turn 9 weeks?",
    D(2030, 4, 28) + TD(weeks=9),
)
date_item(
    HAUNTED,
    "What day of the week does 31 October 2031 fall on? I want to plan a Halloween ghost walk.",
    weekday(D(2031, 10, 31)),
)
date_item(
    HAUNTED,
    "The late ghost walk starts at 23:20 and finishes at 01:05 the next morning. How many "
    "minutes long is it?",
    clock_span("23:20", "01:05", 60),
)
date_item(
    RINK,
    "The outdoor rink opens on 15 November 2030 and closes on 1 March 2031. How many days "
    "from opening to closing?",
    days(D(2030, 11, 15), D(2031, 3, 1)),
)
date_item(
    RINK,
    "A public skating session runs from 19:30 to 22:15. How many minutes is that?",
    clock_span("19:30", "22:15", 60),
)
date_item(
    KAYAK,
    "Our hire season runs from 1 April 2029 to 30 September 2029. How many days is that from "
    "the start date to the end date?",
    days(D(2029, 4, 1), D(2029, 9, 30)),
)
date_item(
    LOBSTER,
    "My creel licence review falls 120 days after 1 May 2028. What date is that?",
    D(2028, 5, 1) + TD(days=120),
)
date_item(
    COFFEE,
    "The food festival is on the third Saturday of June 2030. What date is that, so I can "
    "book the coffee cart pitch?",
    nth_weekday(2030, 6, SAT, 3),
)
date_item(
    MUSHROOM,
    "I inoculated the grow bags on 3 February 2031 and they take 24 days to colonise. What "
    "date will they be ready?",
    D(2031, 2, 3) + TD(days=24),
)
date_item(
    ORTHO,
    "The patient's next brace adjustment is 8 weeks after 22 October 2029. What date should I "
    "book?",
    D(2029, 10, 22) + TD(weeks=8),
)
date_item(
    ORTHO,
    "A patient was born on 3 July 2015. How old will they be on 20 March 2030?",
    age(D(2015, 7, 3), D(2030, 3, 20)),
)
date_item(
    PIANO,
    "The concert hall piano was tuned on 13 September 2030 and is due again 90 days later. "
    "What date is that?",
    D(2030, 9, 13) + TD(days=90),
)
date_item(
    PIANO,
    "A school wants its recital on 2 February 2032. What day of the week is that?",
    weekday(D(2032, 2, 2)),
)
date_item(
    POTTERY,
    "Our winter pottery sale is on 6 December 2031. Which day of the week will that be?",
    weekday(D(2031, 12, 6)),
)
date_item(
    ROOFING,
    "The scaffold went up on 16 August 2029 and came down on 2 October 2029. How many days is "
    "it from the first date to the second?",
    days(D(2029, 8, 16), D(2029, 10, 2)),
)
date_item(
    MINIBUS,
    "The minibus MOT expires on 11 March 2030 and I want it booked in 3 weeks before that. "
    "What date should I book?",
    D(2030, 3, 11) - TD(weeks=3),
)
date_item(
    MINIBUS,
    "The trip leaves at 07:45 and gets back at 18:15. How many hours is that, as a decimal?",
    clock_span("07:45", "18:15", 3600),
)
date_item(
    SIGNS,
    "A pub ordered a hanging sign on 27 May 2031 and wants it 33 days after ordering. What "
    "date is that?",
    D(2031, 5, 27) + TD(days=33),
)
date_item(
    GLASS,
    "The church window restoration starts on 9 January 2029 and has to be finished by 15 June "
    "2029. How many days is it from the start date to that deadline?",
    days(D(2029, 1, 9), D(2029, 6, 15)),
)
date_item(
    VINYL,
    "Our record stall's anniversary sale is on the second Saturday of April 2030. What date "
    "is that?",
    nth_weekday(2030, 4, SAT, 2),
)
date_item(
    ORIENTEERING,
    "A junior was born on 30 November 2016. How old will they be on 1 January 2031?",
    age(D(2016, 11, 30), D(2031, 1, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --- negatives in the registers: four each, all needing the language model
ORDINARY = {
    ALPACA: (
        "What's a fair price to charge for a one-hour alpaca trek in the Peak District?",
        "Write a short, friendly welcome talk for families arriving for an alpaca walk.",
        "Why do alpacas spit, and how do I warn trekkers without putting them off?",
        "How many alpacas can I comfortably keep on 3 acres of grazing?",
    ),
    BELLS: (
        "Explain what 'Plain Bob Minor' means to someone who has just started bell ringing.",
        "Which church in England has the heaviest ring of bells?",
        "Draft a notice for the church porch asking for new learners to join Thursday practice.",
        "Should we let the neighbours know before a three-hour peal, and how should we word it?",
    ),
    BOULDER: (
        "How long should a beginner rest between bouldering sessions?",
        "What's a V4 boulder problem on the Font grading scale?",
        "Write a plain-English paragraph for our waiver explaining the risks of bouldering.",
        "Which works out cheaper for a climbing wall in the long run, chalk balls or loose chalk?",
    ),
    BRIDAL: (
        "How many weeks before the wedding should a bride have her first alteration fitting?",
        "What's the difference between a French bustle and an American bustle?",
        "A bride says her dress is two sizes too big. How much should I take it in?",
        "Write a polite message telling a bride her alterations will cost more than I quoted.",
    ),
    CANAL: (
        "How long does it usually take a beginner crew to get through a canal lock?",
        "What's the nicest week-long narrowboat route starting from Llangollen?",
        "Explain how to work a lock to first-time hirers in simple steps.",
        "How much diesel does a 57 ft narrowboat burn in an hour of cruising?",
    ),
    CIDER: (
        "Which apple varieties make the best dry cider?",
        "What ABV will my cider end up at?",
        "Why is my cider still cloudy after three weeks in the demijohn?",
        "Write a label description for a medium-sweet farmhouse cider.",
    ),
    CLOCK: (
        "How often should a longcase clock be serviced?",
        "My mantel clock gains 3 minutes a day. Which way do I turn the regulator?",
        "Roughly how old is a clock movement stamped 'Made in Western Germany'?",
        "Write a note for an invoice explaining why the mainspring had to be replaced.",
    ),
    ESCAPE: (
        "Give me three puzzle ideas for a pirate-themed escape room.",
        "What's a good escape rate to aim for when designing a new room?",
        "How should our game hosts handle a group that's clearly stuck after twenty minutes?",
        "Write a creepy one-minute intro script for our abandoned asylum room.",
    ),
    FARRIER: (
        "Why do horses seem to lose more shoes in wet, muddy weather?",
        "Should a barefoot horse wear hoof boots when hacking on gravel tracks?",
        "What does a self-employed farrier in the UK typically earn a year?",
        "Write a text to my clients saying my prices go up in January.",
    ),
    KITTEN: (
        "How much should a six-week-old kitten weigh?",
        "Write an adoption listing for a shy tabby kitten called Pickle.",
        "Is it safe to use flea shampoo on a five-week-old kitten?",
        "How can I tell whether a kitten is male or female?",
    ),
    HAUNTED: (
        "What are some well-known ghost stories from the Shambles in York?",
        "Write a spooky two-minute story about a grey lady who haunts an old coaching inn.",
        "Is it okay to tell ghost stories about people who died within living memory?",
        "How big can a walking tour group get before people at the back can't hear?",
    ),
    RINK: (
        "How often should hire skates be sharpened?",
        "What hire skate size should I give someone who wears a UK size 7 shoe?",
        "Why does the ice go slushy near the boards by the end of a session?",
        "Write a safety announcement to read out at the start of a public skate session.",
    ),
    KAYAK: (
        "Is the river safe to paddle the day after heavy rain?",
        "Sit-on-top or sit-in kayak: which is better for complete beginners?",
        "How long will it take a group of novices to paddle 10 miles downstream?",
        "Write a short capsize briefing for a group of teenagers.",
    ),
    LOBSTER: (
        "Why do berried hen lobsters have to go back in the sea?",
        "What will lobster prices be like in the run-up to Christmas?",
        "How deep should I set my creels in early spring?",
        "Write a social media post selling fresh lobster straight off the boat.",
    ),
    COFFEE: (
        "For a mobile coffee cart, is a lever espresso machine or a dual boiler the better buy?",
        "How many coffees an hour can one barista realistically make at a busy market?",
        "Write a chalkboard blurb for our autumn spiced oat latte.",
        "Do I need a street trading licence to sell coffee at a car boot sale?",
    ),
    MUSHROOM: (
        "Why are my oyster mushrooms growing long, thin stems with tiny caps?",
        "What humidity do lion's mane mushrooms like while fruiting?",
        "Is it worth switching my substrate from straw to hardwood pellets?",
        "Write a product description for our mushroom grow kit on Etsy.",
    ),
    ORTHO: (
        "How long does clear aligner treatment usually take for an adult?",
        "Write a reminder text for a patient who has missed two appointments in a row.",
        "Can a patient with fixed braces eat popcorn?",
        "What should I say to a parent who is upset about the cost of their child's braces?",
    ),
    PIANO: (
        "Why does a piano go out of tune when the central heating comes on?",
        "Should a hundred-year-old upright be tuned to A440 or left a bit flat?",
        "How often should a school hall piano be tuned?",
        "Write a short note to a customer explaining why their piano needs a pitch raise.",
    ),
    POTTERY: (
        "What cone should I fire a stoneware glaze to?",
        "Why did my glaze crawl in the last firing?",
        "Draft some house rules for sharing the co-op kiln fairly between members.",
        "Is it safe to bisque fire a pot that still feels slightly cool to the touch?",
    ),
    ROOFING: (
        "Welsh slate or Spanish slate: which lasts longer on a house roof?",
        "What's the minimum roof pitch for natural slate?",
        "Write a covering letter for a quote to reslate a Victorian terrace.",
        "What should I charge per square metre for stripping and reslating a roof?",
    ),
    MINIBUS: (
        "Do I need a D1 licence to drive the school minibus?",
        "Write a letter to parents about the new minibus pick-up times.",
        "What's the fairest way to organise a rota of volunteer minibus drivers?",
        "Can a teacher drive the school minibus abroad for a trip to France?",
    ),
    SIGNS: (
        "Which typeface looks best on a traditional butcher's shop sign?",
        "How long does enamel sign paint take to dry in a cold workshop?",
        "Tell me a bit about the history of gold leaf sign writing.",
        "Suggest a catchy line for a fishmonger's new shop sign.",
    ),
    GLASS: (
        "What's the difference between copper foil and lead came for stained glass?",
        "How do I stop my glass cutter skipping on textured glass?",
        "Write a description of a sunflower suncatcher for my online shop.",
        "Is it worth insuring a church's stained glass window for its full restoration cost?",
    ),
    VINYL: (
        "How much is a UK first pressing of Rumours worth?",
        "How can I tell an original pressing from a later reissue?",
        "Write a listing for a used jazz LP in VG+ condition with a slightly worn sleeve.",
        "Is it better to sell rare records on eBay or on Discogs?",
    ),
    ORIENTEERING: (
        "How do I teach ten-year-olds to set a map using a compass?",
        "What do brown lines on an orienteering map show?",
        "Write a club newsletter piece congratulating our juniors on the regional event.",
        "Which age class would a 13-year-old girl enter at a British Orienteering event?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and len(ORDINARY) == 25
assert all(len(v) == 4 for v in ORDINARY.values())
for _family in REGISTERS:
    for _q in ORDINARY[_family]:
        neg(_family, _q)

# --- hard single-turn negatives that look like tool questions ("near-...", with a note)
NEAR = (
    ("near-currency", "I've got £375 for the holiday. How many euros is that?", "exchange rate"),
    ("near-currency", "convert 1,200 US dollars to yen", "needs a live exchange rate"),
    ("near-currency", "What's 85 Swiss francs in pounds at the moment?", "exchange rate"),
    (
        "near-currency",
        "I paid 3,400 Thai baht for a boat tour. How much is that in sterling?",
        "exchange rate",
    ),
    ("near-density", "What does a 5-litre tin of olive oil weigh in kg?", "needs a density"),
    ("near-density", "What does one cubic metre of wet sand weigh in kg?", "needs a density"),
    ("near-density", "Convert 500 grams of plain flour into millilitres.", "needs a density"),
    (
        "near-missing",
        "If I drive to my sister's at 50 mph, how long will it take?",
        "the distance is missing",
    ),
    ("near-missing", "What's the total cost of 12 tickets for the panto?", "no price given"),
    (
        "near-missing",
        "How much change do I get from a £20 note for three hot chocolates?",
        "no price given",
    ),
    ("near-missing", "Work out the VAT on my invoice for me.", "no figures given"),
    ("near-fact", "How tall is the Elizabeth Tower (Big Ben) in feet?", "needs a world fact"),
    (
        "near-fact",
        "How many days did the Battle of the Somme last?",
        "needs historical dates",
    ),
    ("near-fact", "How far is it from Manchester to Edinburgh in kilometres?", "needs a distance"),
    ("near-estimate", "About how many grains of basmati are in a 500 g packet?", "estimate"),
    ("near-estimate", "How long would it take to walk from London to Brighton?", "an estimate"),
    ("near-estimate", "How many bricks will I need for a garden wall?", "missing dimensions"),
    ("near-words", "Write 4,718 in words for a cheque.", "number in words"),
    ("near-words", "Spell out 1,000,005 in words.", "number in words"),
    ("near-words", "How do I write £1,350.75 on a cheque in words?", "number in words"),
    ("near-roman", "What year is MDCCCXCVII in ordinary numbers?", "Roman numerals"),
    ("near-roman", "How do you write 2038 in Roman numerals?", "Roman numerals"),
    ("near-roman", "Add XLVII and XIX and give me the answer in Roman numerals.", "Roman numerals"),
    (
        "near-language",
        "How do you say 'twenty-three kilometres' in German?",
        "translation",
    ),
    (
        "near-language",
        "Translate 'the train leaves at a quarter past nine' into French.",
        "translation",
    ),
    (
        "near-code",
        "Write me a Python function that takes a weight in stone and returns kilograms.",
        "code",
    ),
    ("near-code", "In JavaScript, how do I get the date 45 days after a Date?", "code"),
    ("near-code", "Why do -7 // 2 and int(-7 / 2) differ in Python?", "code explanation"),
    ("near-code", "Write a SQL query that totals order values by month.", "code"),
    (
        "near-spreadsheet",
        "What Excel formula counts the days between a start date in D4 and an end date in E4?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "In Google Sheets, what formula adds 20% VAT to a net price in cell C2?",
        "spreadsheet formula",
    ),
    (
        "near-spreadsheet",
        "Give me a spreadsheet formula that rounds a price up to the nearest 50p.",
        "spreadsheet formula",
    ),
    (
        "near-dosing",
        "How many ml of children's paracetamol can I give a 2-year-old who weighs 12 kg?",
        "dosing",
    ),
    (
        "near-dosing",
        "My dog weighs 18 kg. How much of a 50 mg tablet should she have?",
        "dosing",
    ),
    ("near-standard-size", "What's a UK size 10 shoe in EU sizes?", "standard size"),
    ("near-standard-size", "How big is an A3 sheet of paper in inches?", "standard size"),
    (
        "near-timezone",
        "At half past four in the afternoon in London, what time is it in Sydney?",
        "time zones",
    ),
    (
        "near-timezone",
        "A call is set for 10:00 New York time. What time is that in Berlin?",
        "time zones",
    ),
    ("near-timezone", "Which time zone is Reykjavik in?", "time zones"),
    ("near-dst", "When do the clocks go forward in the UK in 2031?", "daylight saving"),
    (
        "near-dst",
        "Which night in October 2029 do the clocks go back, and do we get an extra hour?",
        "daylight saving",
    ),
    ("near-easter", "What date is Easter Sunday in 2033?", "Easter"),
    ("near-easter", "How many days from Easter Monday 2030 to 1 June 2030?", "Easter"),
    (
        "near-working-days",
        "How many working days are there in March 2030?",
        "working days depend on holidays",
    ),
    (
        "near-working-days",
        "What date is 10 business days after 20 December 2029?",
        "business days and holidays",
    ),
    (
        "near-working-days",
        "How many school days are left in the autumn term after 3 November 2028?",
        "school term dates",
    ),
    ("near-contested-unit", "How many litres in 5 gallons?", "US or imperial gallons"),
    ("near-contested-unit", "How many grams is 1.5 cups of caster sugar?", "cups, density"),
    ("near-contested-unit", "My trailer carries 2.5 tons. How many kg is that?", "which ton"),
    ("near-contested-unit", "How many fl oz is a 330 ml can?", "US or imperial fluid ounces"),
    (
        "near-numeric-date",
        "Which weekday is 06/07/2032?",
        "day/month order unstated",
    ),
    (
        "near-numeric-date",
        "How many days from 07/08/2029 to 12/09/2029?",
        "day/month order unstated",
    ),
    ("near-numeric-date", "Add 30 days to 05.06.2030.", "day/month order unstated"),
    ("near-current-date", "How many sleeps until Christmas Eve now?", "needs the current date"),
    ("near-current-date", "My 90-day notice starts today. What's my last day?", "current date"),
    ("near-current-date", "How old am I if I was born on 14 June 1991?", "needs the current date"),
    ("near-sport", "What's the men's marathon world record in minutes?", "sport fact"),
    ("near-animal", "How fast can a cheetah run in km/h?", "animal fact"),
    ("near-tax", "How much income tax comes off a £41,500 salary in Scotland?", "tax rules"),
    ("near-tax", "What's the stamp duty on a £325,000 house in England?", "tax rules"),
    (
        "near-explain",
        "Why does a calendar year have 365 days and not a round 360?",
        "an explanation",
    ),
    (
        "near-explain",
        "Explain why 0.1 + 0.2 doesn't come out as exactly 0.3 on a computer.",
        "an explanation",
    ),
    (
        "near-ambiguous",
        "how many days long is a month, for my rent sums?",
        "ambiguous month length",
    ),
    ("near-ambiguous", "Convert 5 feet.", "no target unit"),
    ("near-opinion", "Is £11 an hour a fair wage for a teenage waiter?", "an opinion"),
)
for _family, _query, _note in NEAR:
    neg(_family, _query, _note)


def money(x):
    """A sum of money in pounds, as said in an assistant turn (exact pence asserted)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return f"£{float(x):,.2f}"


def approx(x, places=2):
    """A rounded figure as said in an assistant turn."""
    r = round(F(x), places)
    assert abs(r - F(x)) <= F(1, 2 * 10**places), x
    return f"{float(r):,.{places}f}"


assert money(F(1240) * pct(8)) == "£99.20" and money(1350) == "£1,350.00"
assert approx(42 * KM / MI, 1) == "26.1" and approx(F(2, 3)) == "0.67"

_SPLIT = F(186, 6)
_MAY_JUNE = days(D(2030, 5, 3), D(2030, 6, 20))
_MAY_JUNE_B = days(D(2030, 5, 4), D(2030, 6, 19))
_JAN_APR_WEEKS = weeks(D(2031, 1, 2), D(2031, 4, 3))
assert _SPLIT == 31 and _JAN_APR_WEEKS == 13

# --- conversations whose last user turn alone looks like a tool question ("conv-...")
CONVS = (
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a cheerful pirate. Answer everything in pirate speak."),
            (U, "What's 15% of 236?"),
        ],
        "persona fixed by the system turn",
    ),
    (
        "conv-persona",
        [
            (
                U,
                (
                    "Pretend you're my strict maths teacher and don't just hand me answers - make "
                    "me work for them."
                ),
            ),
            (A, "Very well. Show me your attempt first and I'll tell you where it goes wrong."),
            (U, "How many centimetres are in 7.5 feet?"),
        ],
        "tutor persona set in an earlier turn",
    ),
    (
        "conv-persona",
        [
            (
                S,
                (
                    "You are a gentle bedtime storyteller for a five-year-old. Every answer must "
                    "be a short story."
                ),
            ),
            (U, "How many days are there from 1 December 2030 to 25 December 2030?"),
        ],
        "storyteller persona",
    ),
    (
        "conv-format",
        [
            (U, "From now on reply only with JSON that has the keys 'answer' and 'working'."),
            (A, "Understood - I'll reply in JSON with just those two keys."),
            (U, "How many metres is 13 feet?"),
        ],
        "JSON format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Please set out every answer as a markdown table with one row per step."),
            (A, "Sure, tables from here on."),
            (U, "What's 18% of £1,450?"),
        ],
        "table format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Answer everything as a haiku from now on, just for fun."),
            (A, "Numbers in verse now / seventeen syllables each / ask and I will sing"),
            (U, "What is 64 times 15?"),
        ],
        "haiku format fixed earlier",
    ),
    (
        "conv-format",
        [
            (U, "Write all numbers out in words for the rest of this chat, please."),
            (A, "Certainly, I'll spell out every number in words."),
            (U, "What's 2,360 divided by 8?"),
        ],
        "numbers in words fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "À partir de maintenant, réponds uniquement en français pour que je m'entraîne."),
            (A, "Bien sûr, je te répondrai en français."),
            (U, "How much is 48 multiplied by 27?"),
        ],
        "reply language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Can you answer me in Welsh from now on? I'm practising for an exam."),
            (A, "Wrth gwrs! Gofynnwch unrhyw beth."),
            (U, "How many kilometres is 26 miles?"),
        ],
        "reply language fixed earlier",
    ),
    (
        "conv-language",
        [
            (U, "Antworte bitte ab jetzt nur noch auf Deutsch."),
            (A, "Natürlich, ab jetzt antworte ich auf Deutsch."),
            (U, "What day of the week is 14 July 2033?"),
        ],
        "reply language fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "Give all weights in stone and pounds from now on, never decimals of a stone."),
            (A, "Will do - stone and pounds only."),
            (U, "How heavy is 83 kg?"),
        ],
        "target unit and format fixed earlier",
    ),
    (
        "conv-unit",
        [
            (U, "I'm from Ohio, so please use feet and Fahrenheit for everything."),
            (A, "Sure, I'll stick to feet and Fahrenheit."),
            (U, "How much is 3 metres?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-unit",
        [
            (
                U,
                (
                    "For this chat, give every time span in hours and minutes, like 2 h 35 min, "
                    "never as decimals."
                ),
            ),
            (A, "Okay, hours and minutes it is."),
            (U, "How long is it from 09:20 to 16:05?"),
        ],
        "answer format fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest ten and say whether you rounded up or down."),
            (A, "Okay, nearest ten, and I'll say which way."),
            (U, "What's 1,234 divided by 4?"),
        ],
        "rounding rule fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Always give your answers to exactly four significant figures."),
            (A, "Understood, four significant figures."),
            (U, "Convert 19 miles to kilometres."),
        ],
        "rounding rule fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (
                U,
                (
                    "Round money to the nearest pound, please, and put the unrounded figure in "
                    "brackets."
                ),
            ),
            (A, "Sure - nearest pound, with the exact amount in brackets."),
            (U, "What's 17.5% of £283?"),
        ],
        "rounding rule fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "Use scientific notation for every number you give me."),
            (A, "Okay, every answer in scientific notation."),
            (U, "What's 4,500 times 3,200?"),
        ],
        "notation fixed earlier",
    ),
    (
        "conv-notation",
        [
            (U, "Give answers as fractions in lowest terms, not decimals."),
            (A, "Fractions in lowest terms it is."),
            (U, "What's 3.75 divided by 2.5?"),
        ],
        "notation fixed earlier",
    ),
    (
        "conv-notation",
        [
            (
                U,
                (
                    "Let's use the continental style: a comma as the decimal point and dots "
                    "between thousands."
                ),
            ),
            (A, "Understood - so one thousand two hundred and a half is 1.200,5."),
            (U, "What's 1.250,5 plus 3.480,25?"),
        ],
        "number notation changed earlier",
    ),
    (
        "conv-base",
        [
            (U, "Let's work in hexadecimal for the rest of this conversation."),
            (A, "Sure - I'll read your numbers as hex and answer in hex."),
            (U, "What's 3F plus 2A?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-base",
        [
            (U, "Please give every answer in binary from now on."),
            (A, "Okay, binary answers only."),
            (U, "What is 13 times 11?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-base",
        [
            (U, "Everything in base 8, please: my numbers and your answers."),
            (A, "Octal it is, both ways."),
            (U, "What's 17 plus 25?"),
        ],
        "number base fixed earlier",
    ),
    (
        "conv-followup",
        [
            (U, "What's 12% of £350?"),
            (A, f"12% of £350 is {money(350 * pct(12))}."),
            (U, "And at 15% instead?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "How many days from 4 May 2030 to 19 June 2030?"),
            (A, f"That's {_MAY_JUNE_B} days."),
            (U, "Now do the same from 19 June to the end of August."),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-followup",
        [
            (U, "Convert 42 km to miles."),
            (A, f"42 km is about {approx(42 * KM / MI, 1)} miles."),
            (U, "How long would that take me at a steady jog?"),
        ],
        "follow-up needing an estimate",
    ),
    (
        "conv-followup",
        [
            (U, "A sofa is £899 with 20% off. What's the sale price?"),
            (A, f"The sale price is {money(899 * (1 - pct(20)))}."),
            (U, "Is that actually a good deal for a three-seater?"),
        ],
        "follow-up asking for an opinion",
    ),
    (
        "conv-followup",
        [
            (U, "Which day of the week does 12 August 2031 land on? It's for my sister's party."),
            (A, f"It's a {weekday(D(2031, 8, 12))}."),
            (U, "And what if we pushed the party to the same date a year on?"),
        ],
        "follow-up of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "How many days from 3 May 2030 to 20 June 2030?"),
            (A, f"There are {_MAY_JUNE} days from 3 May to 20 June 2030."),
            (U, "Sorry, I meant to 20 July, not June."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 240 miles in km?"),
            (A, f"240 miles is about {approx(240 * MI / KM)} km."),
            (U, "Oops, other way round - I meant 240 km in miles."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "Split a £186 restaurant bill between 6 people."),
            (A, f"That's {money(_SPLIT)} each."),
            (U, "Actually one of them left before the food came, so split it between the rest."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-correction",
        [
            (U, "What's 8% of £1,240?"),
            (A, f"8% of £1,240 is {money(1240 * pct(8))}."),
            (U, "No wait, the rate was 9%."),
        ],
        "correction of an earlier turn",
    ),
    (
        "conv-explain",
        [
            (U, "Increase £480 by 12.5%."),
            (A, f"£480 increased by 12.5% is {money(480 * (1 + pct('12.5')))}."),
            (U, "Can you show me the working step by step?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "How many weeks from 2 January 2031 to 3 April 2031?"),
            (A, f"Exactly {_JAN_APR_WEEKS} weeks."),
            (U, "How did you work that out without looking at a calendar?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "Quick one: 59 °F in Celsius?"),
            (A, f"59 °F is {num(f_to_c(59))} °C."),
            (U, "Why does the formula take 32 away before multiplying by five ninths?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-explain",
        [
            (U, "How many square feet is 30 square metres?"),
            (A, f"30 square metres is about {approx(30 / SQFT)} square feet."),
            (U, "Why isn't it just 30 times 3.28?"),
        ],
        "explanation of an earlier answer",
    ),
)
for _family, _turns, _note in CONVS:
    conv(_family, _turns, _note)

# --- this set's own structural asserts
_POS = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _POS} - {P} == set(REGISTERS)
for _r in REGISTERS:
    assert {i["label"] for i in _POS if i["family"] == _r} == LABELS - {"negative"}, _r
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _label in LABELS - {"negative"}:
    assert sum(1 for i in _POS if i["label"] == _label and i["family"] != P) == 31, _label
_OUTSIDE = [i for i in items if i["label"] == "negative" and i["family"] not in REGISTERS]
assert all(i["family"].startswith(("near-", "conv-")) for i in _OUTSIDE)
assert sum(1 for i in _OUTSIDE if i["family"].startswith("near-")) == 65
assert sum(1 for i in _OUTSIDE if i["family"].startswith("conv-")) == 35
assert len(CONVS) == 35 and len(NEAR) == 65


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
    # no register (family name) of this set is a family name of sets 19 to 42
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 42: {reused}"
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
