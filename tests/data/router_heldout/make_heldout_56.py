r"""Generate heldout-2027-01-28.jsonl: a fifty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded) and these
line ranges of /work/main/tests/data/router_heldout/make_heldout_55.py, by `sed -n`: lines 1-381
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 629-689 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 804-888 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1106-1113 (its negatives
section header, neg() and conv()) and 1859-2083 (its stated-weekday check, its checks and main()).
The ranges and the line count (2083) were given by the brief; a `wc -l` of that file was
nevertheless run once, together with the `cat` of grading.py (it printed 2083 and nothing else).
None of its query blocks (382-628, 690-803, 889-1105, 1114-1858) was opened. Nothing else under
/work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from that one generator's allowed ranges), not README.md and not
pyproject.toml (ruff's line length of 100 was taken from the brief). The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any other /work/sealed* directory was listed or opened. The earlier generators (sets
1-55) are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages and its --show listing of ids, expected values and
tolerances were read), no git command was run, no network and no search tool was used, and neither
the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` above; then three commands that used `sed
-n` with hyphenated ranges (`1-381p` alone; `629-689p`, `804-888p` and `1106-1113p` together with
`echo` separators; `1859-2083p` alone), each of which sed rejected as an unknown command, so they
printed nothing but errors and separators; then the same views with comma ranges: 1,381 alone;
629,689, 804,888 and 1106,1113 together with `echo` separators; 1859,2083 alone. Then, in one
command, `mkdir -p` of /tmp/h56/blocks, /tmp/h56/own and /work/sealed56, an `ls -la` of the new,
empty /work/sealed56, `sed -n` copies of the same five allowed ranges into raw files under
/tmp/h56/blocks/ and one run of /tmp/h56/subst.py (written by a `cat` heredoc) that cuts the first
copy at the line that is exactly `from __future__ import annotations` (asserted to be the only such
whole line, so not the words inside set 55's docstring), substitutes this set's OUT, PREFIX,
EARLIER_DIR test (make_heldout_55.py), EARLIER (sets 1-55, `range(2, 56)`) and REGISTER_CHECK (sets
19-55, adding make_heldout_55.py), and "sets 19 to 54" -> "sets 19 to 55" in one comment and one
message string of main() (each substitution asserted to apply once, the last twice; it printed "ok"
for each and deleted the raw copies), followed by `ls` and a `grep -n` of the blocks for "54",
"55", "56" and "19 to" (it printed only configuration lines, two unit-factor lines, four lines of
main() containing sha256, and the two substituted lines of main()). Then `cat` heredocs wrote this
set's own blocks under /tmp/h56/own/ (a_calc.py: registers and calculator items; b_units.py: unit
constants and unit items, followed in the next command by a Python script on standard input making
one exact, asserted-once replacement in it, removing the words "this morning" from a falconry unit
problem; c_dates.py: date items; d_negs.py: ordinary negatives; e_near.py: near-positive negatives,
whose entries were counted by a one-line Python `-c` in the command that wrote it; f_convs.py:
conversations and this set's own structural asserts), an assembly script /tmp/h56/assemble.py (it
builds this file from a docstring file, or a one-line placeholder, and the blocks in order, and
prints its line count) and a helper /tmp/h56/run.sh (it runs assemble.py, then from /work/main as
the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache`
on this file, writing the latter's output to /tmp/h56/ruff.txt and printing its `tail -3`, then
this generator from /tmp, passing on any arguments, writing its output to /tmp/h56/out.txt, and
prints the exit codes and the `tail -6` of it), and run.sh was run. Edits after failed checks
(listed below) were made by Python scripts on standard input and by /tmp/h56/reword1.py, reword2.py
and fix2.py (written by `cat` heredocs), all exact, asserted-once replacements in the own blocks,
each followed by run.sh. Also run: a `head -20` of ruff.txt (showing ruff's report on one
conversation turn of this file) and one `grep -n` of the own blocks for the rejected register's
constant. Then run.sh with --show once, a `sed -n 1,3p` of out.txt for its summary lines, a `grep
-c` of the listed ids and a listing of the ids, expected values and tolerances (a `grep` of out.txt
laid out by `awk` and `column -t`). This docstring was written last over the placeholder (its
source text, /tmp/h56/doc/doc_src.txt, written by a `cat` heredoc, filled to 99 columns by
/tmp/h56/doc/make_doc.py, which uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged), then run.sh, a `head -3` of this file, a `tail -4` of the filled
docstring, an edit of that source text by /tmp/h56/doc/edit1.py (exact, asserted-once replacements:
the closing quotes on their own line, the description of the `grep -n` output, the wording of date
kinds, and this clause), a second fill, run.sh, a `head -3` of this file, two runs of this file
with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's
three summary lines; finally `ls -la /work/sealed56` and `rm -rf /tmp/h56`. Writes: /work/sealed56/
was created for this file and its JSONL; temporary blocks, scripts and output under /tmp/h56/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 55's main() and checks: only the substitutions listed above (file names, sets 1-55
for the duplicate check, sets 19-55 for the register check). The copied helpers, unit factors,
checks and main() are otherwise set 55's as printed; ruff format may have changed layout only. All
of set 55's checks are kept: counts per kind, ids and prefixes, no duplicate queries, the wording
rules for positives, the answers' consistency (calculator and exact unit answers are numbers with
at most three decimals, every expected value is graded correct under grading.py's rules as restated
in _GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user
turn, the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check
(the file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give
the same sha256). Kept outside main(), as copied: weeks(), unit_r() with close_enough_at_2dp(),
whole_up() (not used by this set's items), say() (used through sayw()), sayw() and sayus() (sayus()
is not used here), and SQFT/SQYD/CUFT. Added, newly written: MM, CM, KM, G, KPA and CUM_H (with an
assert), the register constants and the REGISTERS tuple (sorted by value, asserted distinct), the
ORDINARY, NEAR and CONVS tables, dates stated with their computed weekday by sayw() in two
positives (one of them, _WED, asserted a Saturday), in one near-positive and in one user turn, an
assert that the square-root one-liner's radicand is a perfect square, and this set's own asserts:
the ORDINARY negatives are keyed by exactly the REGISTERS, four each; NEAR has 65 entries and CONVS
35, each with distinct families; the positive registers are exactly the REGISTERS; 193 items lie in
the registers (25 x 3 positives, 18 second positives, 100 negatives), 31 register word problems per
tool; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 55's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 55's, copied (P = "plain" is copied too, as the
last line of the first block). Set 55's docstring (within lines 1-381) names its 25 registers, five
rejected register names, its provenance, its reworded kinds of items and the generic kinds of its
items, which were therefore seen; none of those registers' names or trades is used here as a
register, and many plain one-liners, near-positives and conversations here are of those same
generic kinds (for instance an operator, a decimal comma, a persona, a fault code, a contested
reading), newly worded. At the edges of the allowed ranges: line 381 is P = "plain", 629, 804 and
1106 are section headers, 689 is a blank line after unit_r(), 888 is the assert after sayus(), 1113
is the last line of conv(), 1859-1865 hold the comment and the compiled pattern of the
stated-weekday check and 2083 is the call of main(). No query text of any earlier set was seen.
Every query here was newly written from imagination of each trade or situation. Registers of sets 1
to 18 are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of
any earlier query or user turn is ruled out by main(), and main() asserts that no register is a
family name of sets 19 to 55 (the near-.../conv-... families are not registers and may coincide
with earlier family names). This set has no algebra or calculus question (symbolic math with one
right answer is a tool question, so none is labelled negative; the only proof asked for is a
written proof, and a riddle first drafted as a brick-weight puzzle, which has one computable
answer, was replaced by fix2.py with a word riddle before any later run). Conversations that define
an operator, a function, letters, a name for a number, swapped signs, clock arithmetic, shorthand
for thousands and millions or modular arithmetic are negatives because the notation is set up in an
earlier turn; one conversation spreads its figures over three user turns. Some near-positives
depend on the current date (a date 40 days from now, an age from a birth month, days until Diwali);
one asks for "one month after" the 31st, one for business days between stated dates, one uses
all-numeric dates of unstated order, one asks the weekday of the first Moon landing (its date is a
fact); they are negatives, with no "now" field. Two negatives ask what a short piece of code
returns or why (code semantics). One near-positive is a negative for its contested reading (implied
multiplication), not as symbolic math. One near-positive asks for a conversion in knots and one for
dog years (left out of positives as contested). fix2.py also changed, on my own initiative and not
after a failed check, the wind speed of the kite-surfing unit problem (its value had equalled a
plain one-liner's).

Register check (failed once): the first complete run's register assertion rejected one register
name, which is therefore known to be a family name of some set among 19 to 55 (which set is not
known): archery_club_field_captain. A Python script on standard input replaced it with another
trade (not a renaming of the same trade), handloom_tweed_weaver_shed, rewording its three positives
and four ordinary negatives for the new trade (the calculator word problem keeps its figures and
arithmetic, set in a weaving story; the unit and date problems keep their figures). The next run
passed the register check, and so did every later run.

Other failed checks and edits: the first run failed at this set's own assert that REGISTERS is
sorted (the tuple had been written in the order of the constants' names, not their values); a
Python script on standard input wrapped it in tuple(sorted(...)). ruff check reported, in the same
run, an implicit string concatenation inside one conversation turn; a second such script shortened
that turn to one string. The next run failed unit_r()'s two-decimal assertion on an
acres-to-hectares one-liner (3.5 acres), changed by a third script to 12.5 acres. After the
register fix, main()'s duplicate check reported 13 items by id; they were reworded by reword1.py
without the earlier queries being looked at: one plain calculator one-liner (a square root; new
radicand), one plain date one-liner (days between two dates; new dates), five plain unit one-liners
(Celsius to Fahrenheit, Fahrenheit to Celsius, acres to hectares, square metres to square feet, GiB
to MiB; new figures), one ordinary negative of the sign-writer register (the mahl stick), three
near-positives (a Bible reference, a colour code, working days) and two conversations (answer
language and output format; all their user turns newly worded). The next run still reported the
answer-language conversation; reword2.py reworded both its user turns again, and every later run
passed every check.

Registers (families), 25, new: bagpipe_band_pipe_major, bookbinding_bindery_orders,
ceramic_tile_mosaic_fitter, cobbler_shoe_repair_counter, coppice_charcoal_burner_camp,
crossword_setter_fee_notes, falconry_bird_of_prey_centre, foundry_bronze_casting_floor,
handloom_tweed_weaver_shed, hedge_laying_competition_steward, kite_surfing_school_beach_office,
mushroom_grow_room_logbook, rope_access_window_cleaners, scuba_dive_boat_skipper,
sheepdog_trial_secretary, sheet_music_engraver_desk, sign_writer_gold_leaf_jobs,
ski_lift_operations_supervisor, taxidermy_studio_commissions, tattoo_parlour_appointment_desk,
truffle_hound_forager_diary, tugboat_harbour_towage_desk, vintage_bus_rally_committee,
well_drilling_rig_crew, wedding_cake_sugarcraft_orders. Every register is used by all three tools
(asserted); eighteen registers have a further positive (a second calculator word problem:
bookbinding_bindery_orders, wedding_cake_sugarcraft_orders, ski_lift_operations_supervisor,
taxidermy_studio_commissions, mushroom_grow_room_logbook, kite_surfing_school_beach_office; a
second unit word problem: scuba_dive_boat_skipper, mushroom_grow_room_logbook,
tugboat_harbour_towage_desk, ski_lift_operations_supervisor, foundry_bronze_casting_floor,
well_drilling_rig_crew; a second date word problem: falconry_bird_of_prey_centre,
tugboat_harbour_towage_desk, vintage_bus_rally_committee, sheepdog_trial_secretary,
cobbler_shoe_repair_counter, well_drilling_rig_crew). Positives are one-liners (family "plain") or
word problems of one to three sentences, in UK and US usage with £, $ or €, some chatty, terse,
lower-case or in shorthand, a few with numbers in words, questions at the start or the end. No
positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a live price, a current
central bank rate, missing loan terms, contested units (pint, mpg, cup, ton, gallon, horsepower,
calories, knots, dog years), today's date or an age without a stated date, lunisolar and lunar
festivals, working days, month arithmetic from the 31st, an all-numeric date of unstated order,
time zones, identifiers that look like numbers (a flight, an ISBN, a phone number, a postcode, an
IP range, software versions, a road number, a Bible reference, a score, a formation, a serial
number, a fault code, a colour code, chess notation, a nominal size), code semantics, world,
science, sports or nutrition facts, tax rules, a traffic rule, dosing, size charts, an oven
convention, an estimate, lottery odds, missing prevalence, a translation, a writing task, a number
in a title, an opinion, a contested reading, a random choice, a written proof, an explanation, the
history of numerals, a riddle, letters in a word, a forecast, a historical price, an opinion about
a stated date; or, in conversations, an operator, function, letters or a name defined earlier,
swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number base (input or
output), Roman numerals, a persona, answer language, verse form, output format, rounding,
precision, target unit, target currency or date order fixed earlier, date wording, fraction form,
an invented calendar, a week numbering, a correction, summary, rewrite, follow-up explanation or
recall of earlier turns, figures spread over turns, a result from an earlier turn, a judgement
about earlier figures, advice about a date given earlier, modular arithmetic or shorthand defined
earlier. The ordinary negatives ask for advice, explanations, judgements, rules, facts or writing
in each register's setting.

Left out of positives entirely (their grading is contested), as in set 55: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after, later or before a stated date, a stated
start plus a duration in nights, "days between", "how many days from ... to ...", "how many weeks
from ... to ...", "every N weeks" counted from a stated first date, or the second Sunday of a
stated month and year), ages are in whole years from a stated birth, launch, founding or
registration date to a stated date, and clock spans run from one stated time to the next occurrence
of the other (three cross midnight, each saying "next morning"). Every rounded unit result stays
within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime /
math.isqrt. Exact conversion factors (sources as in set 55):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, kPa); 1 bar = 10^5 Pa;
    1 h = 3600 s; 1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_56.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-01-28.jsonl"
PREFIX = "ho56-"
EARLIER_DIR = (
    HERE if (HERE / "make_heldout_55.py").exists() else Path("/work/main/tests/data/router_heldout")
)
EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 56))
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
    "make_heldout_43.py",
    "make_heldout_44.py",
    "make_heldout_45.py",
    "make_heldout_46.py",
    "make_heldout_47.py",
    "make_heldout_48.py",
    "make_heldout_49.py",
    "make_heldout_50.py",
    "make_heldout_51.py",
    "make_heldout_52.py",
    "make_heldout_53.py",
    "make_heldout_54.py",
    "make_heldout_55.py",
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


# =========================================================================== registers
BIND = "bookbinding_bindery_orders"
BUS = "vintage_bus_rally_committee"
CAKE = "wedding_cake_sugarcraft_orders"
CHAR = "coppice_charcoal_burner_camp"
COB = "cobbler_shoe_repair_counter"
DIVE = "scuba_dive_boat_skipper"
ENGR = "sheet_music_engraver_desk"
FALC = "falconry_bird_of_prey_centre"
FOUND = "foundry_bronze_casting_floor"
HEDGE = "hedge_laying_competition_steward"
KITE = "kite_surfing_school_beach_office"
MUSH = "mushroom_grow_room_logbook"
PIPE = "bagpipe_band_pipe_major"
ROPE = "rope_access_window_cleaners"
SHEEP = "sheepdog_trial_secretary"
SIGN = "sign_writer_gold_leaf_jobs"
SKI = "ski_lift_operations_supervisor"
TATT = "tattoo_parlour_appointment_desk"
TAX = "taxidermy_studio_commissions"
TILE = "ceramic_tile_mosaic_fitter"
TRUF = "truffle_hound_forager_diary"
TUG = "tugboat_harbour_towage_desk"
WELL = "well_drilling_rig_crew"
WEAVE = "handloom_tweed_weaver_shed"
XWORD = "crossword_setter_fee_notes"
REGISTERS = tuple(
    sorted(
        (
            WEAVE,
            BIND,
            BUS,
            CAKE,
            CHAR,
            COB,
            DIVE,
            ENGR,
            FALC,
            FOUND,
            HEDGE,
            KITE,
            MUSH,
            PIPE,
            ROPE,
            SHEEP,
            SIGN,
            SKI,
            TATT,
            TAX,
            TILE,
            TRUF,
            TUG,
            WELL,
            XWORD,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# ---------------------------------------------------------------- calculator one-liners
calc(P, "what's 4,872 divided by 24", F(4872, 24))
calc(P, "17.5% of 3,264?", pct("17.5") * 3264)
calc(P, "(38 + 47) * 19 - 612", (38 + 47) * 19 - 612)
_RAD = 9409
assert math.isqrt(_RAD) ** 2 == _RAD
calc(P, f"√{_RAD} = ?", math.isqrt(_RAD))
calc(P, "2 to the power 17 = ?", 2**17)
calc(P, "Calculate 0.375 × 1,448.", dec("0.375") * 1448)
calc(P, "1,000,003 minus 487,659", 1000003 - 487659)
calc(P, "What is seven cubed minus six cubed?", 7**3 - 6**3)
calc(P, "938.4 / 0.8", dec("938.4") / dec("0.8"))
calc(P, "how much is three hundred and twelve times forty-five", 312 * 45)
calc(P, "Increase 2,350 by 14 percent.", 2350 * (1 + pct(14)))
calc(P, "mean of 61, 74, 88, 93 and 59 please", F(61 + 74 + 88 + 93 + 59, 5))
calc(P, "-46 + 19 x 3 - (-12)", -46 + 19 * 3 + 12)
calc(P, "117 is what percentage of 468?", F(117, 468) * 100)

# ---------------------------------------------------------------- calculator word problems
calc(
    TAX,
    "Mounting a fox is £385 and a pheasant £165. A client has booked two foxes and three "
    "pheasants and pays a 30% deposit up front - how much is the deposit?",
    (2 * 385 + 3 * 165) * pct(30),
)
calc(
    SIGN,
    "gilding job: 14 books of gold leaf at $62.40 each plus 9.5 hours labour at $48/hr. "
    "what do I bill the shop?",
    14 * dec("62.40") + dec("9.5") * 48,
)
calc(
    BIND,
    "Quote for 60 thesis bindings at £27.50 each, with 12% off for orders over 50, then a flat "
    "£18 for delivery. What's the total?",
    60 * dec("27.50") * (1 - pct(12)) + 18,
)
calc(
    WELL,
    "We charge $34 a foot for the first 200 ft of drilling and $41 a foot after that. This well "
    "went down 265 ft. What's the drilling bill?",
    200 * 34 + (265 - 200) * 41,
)
calc(
    FALC,
    "We've 11 birds on the weathering lawn, each gets 3 day-old chicks a day, chicks are 18p "
    "each. In pounds, what do the chicks cost over 28 days?",
    11 * 3 * 28 * dec("0.18"),
)
calc(
    MUSH,
    "Harvested 148.5 kg of oysters; 80% went to restaurants at €7.40/kg and the rest sold at the "
    "market for €9/kg. Total takings?",
    dec("148.5") * pct(80) * dec("7.40") + dec("148.5") * pct(20) * 9,
)
calc(
    TATT,
    "sleeve took 4 sessions of 3.5 hrs at $150 an hour and the client added a 15% tip on top, "
    "what did they pay in total",
    4 * dec("3.5") * 150 * (1 + pct(15)),
)
calc(
    BUS,
    "Rally accounts: 86 buses entered at £12 each, 412 programmes sold at £2.50, and the field "
    "cost us £640. What's the surplus?",
    86 * 12 + 412 * dec("2.50") - 640,
)
calc(
    XWORD,
    "I'm paid £48 per daily cryptic and £130 for the Saturday prize puzzle. Over 6 weeks I set 5 "
    "dailies a week plus the Saturday one each week. What's left after 20% tax?",
    6 * (5 * 48 + 130) * (1 - pct(20)),
)
calc(
    SHEEP,
    "Forty-two handlers entered the open at £15 and twenty-seven the novice at £9. Judge's fee "
    "is £150 and prize money £420. How much is left over for the society?",
    42 * 15 + 27 * 9 - 150 - 420,
)
calc(
    TUG,
    "Towage is billed at $1,850 per tug-hour. The tanker needed 3 tugs for 2.25 hours each, "
    "plus a $600 pilotage fee. Total invoice?",
    3 * dec("2.25") * 1850 + 600,
)
calc(
    CAKE,
    "Three tiers: the 6 inch serves 12, the 8 inch 24 and the 10 inch 38. At £4.25 a portion "
    "what should I charge for the whole cake?",
    (12 + 24 + 38) * dec("4.25"),
)
calc(
    DIVE,
    "Boat dives are $95 a head with 12% off for groups of eight or more. A club of 9 books and "
    "also rents 4 kit sets at $35 each (no discount on kit). What's their bill?",
    9 * 95 * (1 - pct(12)) + 4 * 35,
)
calc(
    FOUND,
    "A bronze hare uses 18.4 kg of metal at €16.50/kg plus €1,240 of mould work. It sells for "
    "€5,000 and the gallery keeps 35%. What's the sculptor's profit?",
    5000 * (1 - pct(35)) - dec("18.4") * dec("16.50") - 1240,
)
calc(
    ROPE,
    "office block quote - 14 drops at £85 a drop, plus a supervisor at £220 a day for 2 days, "
    "then VAT at 20%. total?",
    (14 * 85 + 220 * 2) * (1 + pct(20)),
)
calc(
    HEDGE,
    "Laying is paid at £9.80 a metre. Our team of three laid 150 m between us and we split it "
    "evenly - how much each?",
    dec("9.80") * 150 / 3,
)
calc(
    TRUF,
    "The dog turned up 1.24 kg of black truffle. I sell at €850 a kilo but the landowner takes "
    "15%. What do I keep?",
    dec("1.24") * 850 * (1 - pct(15)),
)
calc(
    COB,
    "Heels are £14.50 a pair, full soles £32. Monday: 9 heels, 4 soles. Tuesday: 6 heels and 7 "
    "soles. Takings for the two days?",
    15 * dec("14.50") + 11 * 32,
)
calc(
    SKI,
    "Lift passes are €54 adult and €38 child per day. A group of 7 adults and 5 kids skis 3 days "
    "and gets 10% group discount - what do they pay?",
    (7 * 54 + 5 * 38) * 3 * (1 - pct(10)),
)
calc(
    WEAVE,
    "I wove 64 m of herringbone to sell at £75 a metre and 18 m of plain twill at £30. Yarn cost "
    "£2,900 and finishing is £11.50 a metre on all of it. What's my profit?",
    64 * 75 + 18 * 30 - 2900 - (64 + 18) * dec("11.50"),
)
calc(
    CHAR,
    "got 31 bags out of the last burn, selling at £7.50 a bag, cordwood cost me £86 - margin?",
    31 * dec("7.50") - 86,
)
calc(
    PIPE,
    "14 pipers each need 3 new reeds at $28.50 a reed, and our 4 drummers need a new head each "
    "at $62. What does the band spend?",
    14 * 3 * dec("28.50") + 4 * 62,
)
calc(
    TILE,
    "Pool surround needs 86 mosaic sheets at £11.20 a sheet plus 9 bags of adhesive at £18.75. "
    "Materials total?",
    86 * dec("11.20") + 9 * dec("18.75"),
)
calc(
    ENGR,
    "I charge $3.20 a page to engrave and $45 per extracted part. 48-page score, 11 parts, and "
    "the composer pays half up front. How much is the up-front payment?",
    (48 * dec("3.20") + 11 * 45) / 2,
)
calc(
    KITE,
    "Lessons are £65 an hour. The beginner pack is 3 lessons of 2 hours with 10% off. If 8 "
    "students buy the pack, what's our revenue?",
    8 * 3 * 2 * 65 * (1 - pct(10)),
)
# second calculator word problems
calc(
    BIND,
    "marbled endpapers £3.80 a sheet, 2 sheets per book, 45 books - what do I charge with a 15% "
    "markup on the paper?",
    45 * 2 * dec("3.80") * (1 + pct(15)),
)
calc(
    CAKE,
    "Each sugar rose takes me 25 minutes and I charge my time at £18 an hour. What's the labour "
    "on 36 roses?",
    F(36 * 25, 60) * 18,
)
calc(
    SKI,
    "The chair carries 4 riders and 210 chairs pass the top station every hour. How many skiers "
    "can it move in 6.5 hours of running?",
    4 * 210 * dec("6.5"),
)
calc(
    TAX,
    "March commissions came to £2,400. 18% went on materials and a quarter of what was left on "
    "studio rent. What remains?",
    2400 * (1 - pct(18)) * F(3, 4),
)
calc(
    MUSH,
    "320 bags, spawn €2.30 and substrate €1.45 per bag, each bag yields 0.65 kg sold at €8 a kg. "
    "Profit on the batch?",
    320 * dec("0.65") * 8 - 320 * (dec("2.30") + dec("1.45")),
)
calc(
    KITE,
    "Beach hut hire of £4,620 is split between instructors by days worked: Zoe 42, Raf 35 and "
    "Kim 28. What's Zoe's share?",
    F(4620 * 42, 42 + 35 + 28),
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


MM = F(1, 1000)  # m
CM = F(1, 100)  # m
KM = F(1000)  # m
G = F(1, 1000)  # kg
KPA = F(1000)  # Pa
CUM_H = F(1)  # m^3 per hour
assert 2 * IN / CM == dec("5.08") and OZ / G == dec("28.349523125")

# ---------------------------------------------------------------- unit one-liners
unit_r(P, "convert 38 km to miles", 38 * KM / MI)
unit(P, "How many centimetres in 7 feet 2 inches?", (7 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "250 lb in kg?", 250 * LB)
unit(P, "-23.5 °C in Fahrenheit", c_to_f(dec("-23.5")), EXACT)
unit(P, "what is 71.6 °F in Celsius", f_to_c(dec("71.6")), EXACT)
unit_r(P, "27.5 acres to hectares", dec("27.5") * ACRE / 10**4)
unit_r(P, "how many sq ft is a 63 m² flat", 63 / SQFT)
unit_r(P, "57 mph in km/h?", 57 * MPH / KMH)
unit_r(P, "Convert 11 stone 9 lb to kilograms.", STONE * 11 + 9 * LB)
unit(P, "5.625 GiB expressed in MiB", dec("5.625") * GIB / MIB, EXACT)
unit_r(P, "what is 2.4 bar in psi", dec("2.4") * BAR / PSI)
unit_r(P, "1,850 metres in yards", 1850 / YD)
unit_r(P, "340 grams expressed in ounces", 340 * G / OZ)
unit(P, "13.25 inches in mm", dec("13.25") * IN / MM, EXACT)

# ---------------------------------------------------------------- unit word problems
unit(
    TAX,
    "The bear mount stands 6 ft 8 in on its plinth - how tall is that in metres?",
    6 * FT + 8 * IN,
    EXACT,
)
unit_r(
    SIGN,
    "fascia board is 14 ft 6 in long and the vinyl is ordered by the metre. how many "
    "metres is that?",
    14 * FT + 6 * IN,
)
unit_r(
    BIND,
    "Book board comes in 30 by 40 inch sheets. How many square metres of board in 25 sheets?",
    25 * 30 * 40 * IN * IN,
)
unit(WELL, "The pump is set 180 feet down the bore. How many metres is that?", 180 * FT, EXACT)
unit_r(
    FALC,
    "Our peregrine weighed 1 lb 11 oz on the perch scale at weigh-in. In grams?",
    (LB + 11 * OZ) / G,
)
unit_r(
    MUSH,
    "Grow room is 24 ft by 16 ft with a 9 ft ceiling - what's the volume in cubic metres?",
    24 * 16 * 9 * CUFT,
)
unit(
    TATT,
    "Our autoclave cycles at 121 °C. The inspector's form wants Fahrenheit - what do I put?",
    c_to_f(121),
    EXACT,
)
unit_r(
    BUS,
    "the old route ran 23 miles end to end, how many km is that for the rally leaflet",
    23 * MI / KM,
)
unit(
    XWORD,
    "I draw grids 4.5 inches square but the new editor wants millimetres. How wide is a grid?",
    dec("4.5") * IN / MM,
    EXACT,
)
unit(
    SHEEP,
    "The outrun on the big field is 400 yards. What's that in metres for the schedule?",
    400 * YD,
    EXACT,
)
unit_r(TUG, "Our main towline is 220 metres long; how many feet is that?", 220 / FT)
unit(
    CAKE,
    "American recipe says bake the sponge at 338 °F. What's that in Celsius?",
    f_to_c(338),
    EXACT,
)
unit_r(
    DIVE,
    "Fill station gauge shows 3,000 psi in the cylinder. What's that in bar?",
    3000 * PSI / BAR,
)
unit(
    FOUND, "We pour the bronze at 2,012 °F. What's the pour temperature in °C?", f_to_c(2012), EXACT
)
unit(
    ROPE,
    "The tower is 145 feet from parapet to pavement. How many metres of drop is that?",
    145 * FT,
    EXACT,
)
unit(HEDGE, "The competition hedge is 320 yards long. In metres?", 320 * YD, EXACT)
unit_r(
    TRUF, "Best find of the season was a 7.5 oz truffle, what's that in grams", dec("7.5") * OZ / G
)
unit(COB, "Her boot heel is 1.75 inches high - how many centimetres?", dec("1.75") * IN / CM, EXACT)
unit(
    SKI,
    "The run drops 2,400 ft from top station to base. What's the vertical in metres?",
    2400 * FT,
    EXACT,
)
unit(
    WEAVE,
    "The new warp is 100 yards long. How many metres is that on the loom card?",
    100 * YD,
    EXACT,
)
unit_r(CHAR, "The ring kiln is 8 ft across. What's its diameter in metres?", 8 * FT)
unit_r(
    PIPE,
    "Parade route is 4.8 km from the castle to the park - how many miles do we march?",
    dec("4.8") * KM / MI,
)
unit_r(
    TILE,
    "Kitchen floor is 18 ft by 12.5 ft. How many square metres of mosaic is that?",
    18 * dec("12.5") * SQFT,
)
unit(
    ENGR,
    "The publisher's page is 9 by 12 inches. In millimetres, what's the long side?",
    12 * IN / MM,
    EXACT,
)
unit_r(KITE, "gusting 46 km/h on the beach earlier, whats that in mph", 46 * KMH / MPH)
# second unit word problems
unit_r(
    DIVE,
    "We dropped to 33 metres on the wreck. How many feet is that for the American guests?",
    33 / FT,
)
unit_r(
    MUSH,
    "The fresh-air fan moves 1,200 cubic feet an hour. What's that in cubic metres an hour?",
    1200 * CUFT / CUM_H,
)
unit_r(TUG, "Inner harbour limit is 6 mph. What's that in km/h?", 6 * MPH / KMH)
unit_r(
    SKI,
    "Each snow gun puts out 90 cubic metres of snow an hour. How many cubic feet an hour?",
    90 / CUFT,
)
unit_r(FOUND, "The crucible takes 55 lb of bronze. How many kilos?", 55 * LB)
unit_r(WELL, "Static pressure at the well head is 45 psi. What is that in kPa?", 45 * PSI / KPA)


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


def sayus(d):
    """A date written the American way with its computed weekday, e.g. Monday, March 4, 2030."""
    return f"{weekday(d)}, {calendar.month_name[d.month]} {d.day}, {d.year}"


assert sayus(D(2030, 3, 4)) == "Monday, March 4, 2030"


# ---------------------------------------------------------------- date one-liners
date_item(P, "What day of the week was 17 August 1911?", weekday(D(1911, 8, 17)))
date_item(
    P,
    "number of days between 11 March 2034 and 27 October 2034",
    days(D(2034, 3, 11), D(2034, 10, 27)),
)
date_item(P, "what date is 250 days after 12 June 2029", D(2029, 6, 12) + TD(days=250))
date_item(P, "9 October 2047 - which day of the week?", weekday(D(2047, 10, 9)))
date_item(
    P, "How many weeks from 5 May 2033 to 22 September 2033?", weeks(D(2033, 5, 5), D(2033, 9, 22))
)
date_item(P, "What's 1000 days before 30 April 2036?", D(2036, 4, 30) - TD(days=1000))
date_item(P, "how many minutes from 07:45 to 16:20", clock_span("07:45", "16:20", 60))
date_item(P, "Hours between 21:30 and 06:15 next morning?", clock_span("21:30", "06:15", 3600))
date_item(P, "date 18 weeks after 14 February 2030", D(2030, 2, 14) + TD(weeks=18))
date_item(
    P, "How many days from 25 December 2030 to 1 August 2031?", days(D(2030, 12, 25), D(2031, 8, 1))
)
date_item(P, "weekday of 3 July 2026?", weekday(D(2026, 7, 3)))
date_item(P, "What date is 90 days before 2 March 2035?", D(2035, 3, 2) - TD(days=90))
date_item(
    P, "How old on 1 June 2030 is someone born on 14 June 1958?", age(D(1958, 6, 14), D(2030, 6, 1))
)
date_item(P, "seconds from 13:05:20 to 13:49:05", clock_span("13:05:20", "13:49:05", 1))

# ---------------------------------------------------------------- date word problems
date_item(
    TAX,
    "A client dropped off a roe buck head on 22 September 2031 and I quoted 16 weeks "
    "for the mount. What date will it be ready?",
    D(2031, 9, 22) + TD(weeks=16),
)
_GILD = D(2031, 4, 7)
date_item(
    SIGN,
    f"Gilded the pub sign on {sayw(_GILD)}; the size has to cure 19 days after that "
    "before I varnish. Varnish date?",
    _GILD + TD(days=19),
)
date_item(
    BIND,
    "The library delivered 40 volumes on 3 November 2030 and the contract says "
    "they go back 75 days after delivery. What's the return date?",
    D(2030, 11, 3) + TD(days=75),
)
date_item(
    WELL,
    "rig arrived on site 12 August 2029 and was moved off on 3 October 2029, how many "
    "days was it there",
    days(D(2029, 8, 12), D(2029, 10, 3)),
)
date_item(
    FALC,
    "Our peregrine laid her first egg on 28 March 2031 and we count 33 days of "
    "incubation from then. Expected hatch date?",
    D(2031, 3, 28) + TD(days=33),
)
date_item(
    MUSH,
    "Inoculated the bags on 9 January 2032 and picked the first flush on 14 "
    "February 2032. How many days did that take?",
    days(D(2032, 1, 9), D(2032, 2, 14)),
)
date_item(
    TATT,
    "Got my tattoo on 6 May 2031 and was told no swimming for 4 weeks. What date "
    "is 4 weeks after that?",
    D(2031, 5, 6) + TD(weeks=4),
)
date_item(
    BUS,
    "The rally is always the second Sunday of July. What date is it in 2030?",
    nth_weekday(2030, 7, SUN, 2),
)
date_item(
    XWORD,
    "Puzzle no. 25,000 ran on 16 March 2030 and there's one every single day with "
    "no gaps. On what date does no. 25,400 appear?",
    D(2030, 3, 16) + TD(days=400),
)
date_item(
    SHEEP,
    "I was born on 30 October 1962. How old will I be at the national on 4 September 2031?",
    age(D(1962, 10, 30), D(2031, 9, 4)),
)
date_item(
    TUG,
    "Our oldest tug was launched on 19 April 1957. How old is she, in whole years, "
    "on 19 July 2030?",
    age(D(1957, 4, 19), D(2030, 7, 19)),
)
_WED = D(2031, 9, 13)
assert _WED.weekday() == SAT
date_item(
    CAKE,
    f"Wedding is {sayw(_WED)}. I bake the fruit cake 10 weeks before and feed it "
    "weekly. What date do I bake?",
    _WED - TD(weeks=10),
)
date_item(
    DIVE,
    "last dive surfaced at 16:40 and the flight home leaves at 10:10 next morning - "
    "how many hours between the two?",
    clock_span("16:40", "10:10", 3600),
)
date_item(
    FOUND,
    "How many weeks from pour day, 21 June 2030, to the patina being finished on 9 August 2030?",
    weeks(D(2030, 6, 21), D(2030, 8, 9)),
)
date_item(
    ROPE,
    "We clean the tower every 6 weeks, first clean was 2 February 2032. What date is "
    "the fifth clean?",
    D(2032, 2, 2) + TD(weeks=6 * 4),
)
date_item(
    HEDGE,
    "Our first hedge-laying match was held on 1 December 1984. What day of the week was that?",
    weekday(D(1984, 12, 1)),
)
date_item(
    TRUF,
    "how many days from 15 November 2030 to 15 March 2031? that's the season",
    days(D(2030, 11, 15), D(2031, 3, 15)),
)
date_item(
    COB,
    "Boots came in for resoling on 18 March 2031 and the ticket says ready 12 days "
    "later. Collection date?",
    D(2031, 3, 18) + TD(days=12),
)
date_item(
    SKI,
    "Lifts opened on 6 December 2030 and closed on 21 April 2031. How many days from "
    "opening to closing?",
    days(D(2030, 12, 6), D(2031, 4, 21)),
)
date_item(
    WEAVE,
    "The weaving shed opened on 23 April 1949. How old is it on 23 April 2031?",
    age(D(1949, 4, 23), D(2031, 4, 23)),
)
date_item(
    CHAR,
    "Lit the kiln at 18:45 and sealed it at 05:15 next morning. How many hours was it burning?",
    clock_span("18:45", "05:15", 3600),
)
date_item(
    PIPE,
    "The pipe major wants 14 weeks of practice before the contest on 14 August "
    "2032. What date does practice start?",
    D(2032, 8, 14) - TD(weeks=14),
)
date_item(
    TILE,
    "Started the mosaic on 27 January 2031 and finished it 38 days later. What date did I finish?",
    D(2031, 1, 27) + TD(days=38),
)
date_item(
    ENGR,
    "Manuscript came in on 8 October 2030 and the engraved score is due 100 days "
    "after that. Which weekday is the deadline?",
    weekday(D(2030, 10, 8) + TD(days=100)),
)
date_item(
    KITE,
    "Our season runs from 1 May 2031 to 30 September 2031. How many days is that "
    "from first day to last?",
    days(D(2031, 5, 1), D(2031, 9, 30)),
)
# second date word problems
date_item(
    FALC,
    "Chicks hatched on 2 May 2031 and we log fledging 42 days after hatching. What date is that?",
    D(2031, 5, 2) + TD(days=42),
)
date_item(
    TUG,
    "Dry dock is booked from 11 January 2032 for 23 nights. Which date do we float out?",
    D(2032, 1, 11) + TD(days=23),
)
date_item(
    BUS,
    "Our Leyland was first registered on 4 June 1936. How old is it on 4 June 2031?",
    age(D(1936, 6, 4), D(2031, 6, 4)),
)
date_item(
    SHEEP,
    "Entries close 45 days before the trial on 20 August 2031. What's the closing date?",
    D(2031, 8, 20) - TD(days=45),
)
date_item(
    COB,
    "what day of the week is 1 March 2033? the new lease on the shop starts then",
    weekday(D(2033, 3, 1)),
)
date_item(
    WELL,
    "The pump gets serviced every 26 weeks. Last service was 17 October 2030, when's the next one?",
    D(2030, 10, 17) + TD(weeks=26),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives (4 each)
ORDINARY = {
    WEAVE: (
        "Why does my selvedge keep pulling in on the left side of the cloth?",
        "what's the difference between a twill and a herringbone, visually",
        "Write a short label explaining that our tweed is woven by hand on a treadle loom.",
        "Is it worth buying an old Hattersley loom that needs restoring?",
    ),
    BIND: (
        "Which is better for a family bible rebind, goatskin or calf?",
        "explain why we sew on tapes rather than just glue the spine",
        "A customer's paperback has foxing on every page - can that be cleaned or should I say no?",
        "Draft a short paragraph for our website about our thesis binding service.",
    ),
    BUS: (
        "What insurance do we need if members give free rides to the public at the rally?",
        "Could you suggest a theme for next summer's running day that would draw families?",
        "Why did so many 1950s half-cab buses have the engine beside the driver?",
        "write a thank you note to the farmer who lends us his field every year",
    ),
    CAKE: (
        "How do I stop sugar paste sweating when the marquee gets humid?",
        "A bride wants real flowers on the cake; which ones are unsafe to put near icing?",
        "Is it rude to charge a cake-cutting fee to the venue?",
        "Give me some wording for a tasting appointment confirmation.",
    ),
    CHAR: (
        "what wood makes the best barbecue charcoal, hazel or oak?",
        "How do I tell from the smoke colour when the burn is nearly done?",
        "Are there any rules about burning a charcoal kiln in ancient woodland?",
        "Write a short sign for our camp explaining coppicing to walkers.",
    ),
    COB: (
        "Is it worth resoling cheap boots with glued soles, or should I tell people to bin them?",
        "How do you stretch leather shoes that pinch at the toe?",
        "Best way to get salt marks off suede?",
        "suggest a name for a key-cutting and shoe repair kiosk in a station",
    ),
    DIVE: (
        "What should be in the pre-dive briefing when the current is running strongly?",
        "A guest says he's had a cold for a few days. Should he dive?",
        "Explain how a surface marker buoy should be deployed from depth.",
        "Write a polite refund policy for dives cancelled because of the weather.",
    ),
    ENGR: (
        "Should rehearsal letters go every ten bars or at phrase starts?",
        "how do you decide where the page turns fall in a violin part",
        "Is it acceptable to use cue notes in a harp part, or do harpists hate that?",
        "Write a short email asking a composer to clarify an unclear tie in bar 112.",
    ),
    FALC: (
        "Why do we keep a hawk at flying weight rather than just feeding it fully?",
        "What should I say to visitors who ask if the owls are kept as pets?",
        "How do you tell if a Harris hawk is moulting normally or is unwell?",
        "Give me an intro script for the afternoon flying display.",
    ),
    FOUND: (
        "What's the difference between lost wax and sand casting for a small edition?",
        "Why does a bronze sometimes come out with porosity near the sprues?",
        "How do I explain to a sculptor why their edition of twelve costs more than they thought?",
        "Is liver of sulphur or ferric nitrate better for a brown patina outdoors?",
    ),
    HEDGE: (
        "How should I judge a hedge where the pleachers are laid too steeply?",
        "What's the Midland style and how does it differ from South of England?",
        "write the rules section of the schedule for the novice class",
        "Is hawthorn or blackthorn nicer to lay for a beginner?",
    ),
    KITE: (
        "What wind direction is unsafe for beginners on our beach and why?",
        "How do I teach the self-rescue without scaring people?",
        "Is a 9 metre kite too big for a light teenager?",
        "Write a short Instagram caption for our end-of-season party.",
    ),
    MUSH: (
        "Why are my oyster mushrooms coming out with long stems and tiny caps?",
        "How do I stop green mould spreading through the grow room?",
        "Is straw or hardwood sawdust better for lion's mane?",
        "draft a message to restaurants saying shiitake supply is paused for a fortnight",
    ),
    PIPE: (
        "How do I get the drones to stay in tune in cold weather?",
        "What march set would suit a grade 4 band's first competition?",
        "Is a synthetic bag worth it over a hide bag for a learner?",
        "Write a short welcome speech for the new learners' evening.",
    ),
    ROPE: (
        "What should a rescue plan for a rope access window cleaning job include?",
        "Is it safe to work in drizzle on a glass curtain wall?",
        "How often should our descenders be inspected?",
        "write a letter to tenants explaining when we'll be outside their windows",
    ),
    SHEEP: (
        "How should the judge score a dog that gripped but then settled well?",
        "What do I need to arrange for the sheep on the day - who supplies them?",
        "Write the announcement for the trial in the parish newsletter.",
        "Is it fair to run the novice class before the open when the sheep are freshest?",
    ),
    SIGN: (
        "What's the point of resting on a mahl stick when lettering a fascia?",
        "Should I use oil size or water size for gilding on glass?",
        "A pub wants their listed sign repainted in a new colour - do they need permission?",
        "suggest a Victorian-style typeface for a butcher's fascia",
    ),
    SKI: (
        "What wind speed should make us stop the top chair?",
        "How do I calm a queue when the lift stops for twenty minutes?",
        "Explain how a detachable chairlift grip works.",
        "Write a short announcement that the drag lift is closed for avalanche control.",
    ),
    TATT: (
        "How should a client look after a fresh tattoo in the first week?",
        "Is it OK to tattoo over a stretch mark?",
        "A customer wants a word in a language none of us speak. How do I handle that?",
        "write a cancellation policy for deposits that doesn't sound harsh",
    ),
    TAX: (
        "Do I need a licence to mount a barn owl that was found dead by the road?",
        "How do you stop the ears on a fox mount from shrinking?",
        "What should go in a receipt for a customer's trophy head?",
        "Is freeze-drying or traditional skinning better for a small songbird?",
    ),
    TILE: (
        "Which grout should I use in a steam room mosaic?",
        "How do I keep the lines straight on a curved wall?",
        "A client wants a Roman-style border. Any design ideas?",
        "is glass mosaic OK on a floor or will it crack",
    ),
    TRUF: (
        "How do you train a young lagotto to find truffles without digging them up?",
        "What trees should I plant to get truffles on my land?",
        "Is it legal to hunt truffles in a public forest?",
        "How do I store black truffles so they keep their smell?",
    ),
    TUG: (
        "What does girting mean, and how do we prevent it?",
        "Write a safety note for deckhands on handling the towline.",
        "Should we accept a job towing a barge at night in fog?",
        "Explain the difference between a tractor tug and a conventional tug.",
    ),
    WELL: (
        "How do we know when we've hit a good aquifer rather than a perched one?",
        "What should we tell a homeowner about the taste of iron in new well water?",
        "Is bentonite grout better than cement for sealing the annulus?",
        "write a short note for a customer explaining why the well needs a sanitary cap",
    ),
    XWORD: (
        "Is 'reportedly' a fair homophone indicator in a cryptic?",
        "Give me three clue ideas for the word LANTERN.",
        "How do I tell an editor I need more time without sounding unreliable?",
        "What's the convention for capitalising proper nouns in the enumeration?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# ---------------------------------------------------------------- near-positive negatives
NEAR = (
    (
        "near-fx-rate",
        "How many Swiss francs would I get for 640 euros?",
        "needs a current exchange rate",
    ),
    ("near-live-price", "What is 3 grams of gold worth at the moment?", "live price"),
    (
        "near-central-bank",
        "If I borrow £20,000 at the Bank of England base rate plus 2%, what's the yearly interest?",
        "needs the current central bank rate",
    ),
    (
        "near-loan-missing",
        "What will my monthly payment be on a £14,000 van loan?",
        "loan term and rate not given",
    ),
    ("near-pint-beer", "How many millilitres in a pint of bitter?", "pint is contested (UK vs US)"),
    (
        "near-mpg-litres",
        "My van does 32 mpg. How many litres per 100 km is that?",
        "mpg is contested (UK vs US gallons)",
    ),
    (
        "near-cup-sugar",
        "How many grams is 2 cups of caster sugar?",
        "cup is contested and depends on density",
    ),
    (
        "near-ton-load",
        "The trailer carries 2 tons. How many kilos is that?",
        "ton is contested (short, long, metric)",
    ),
    ("near-hp-kw", "What's 150 horsepower in kilowatts?", "horsepower is contested"),
    (
        "near-calorie-kj",
        "How many kJ in a 450 calorie lunch?",
        "calorie vs kilocalorie is contested",
    ),
    ("near-today-date", "What's the date 40 days from now?", "depends on today's date"),
    ("near-age-no-date", "I was born in March 1990, how old am I?", "depends on the current date"),
    ("near-diwali-date", "How many days until Diwali?", "lunisolar festival and the current date"),
    ("near-ramadan-start", "When does Ramadan start in 2031?", "lunar calendar and moon sighting"),
    (
        "near-working-days",
        "Count the business days between 10 March and 4 April 2031 for our delivery promise.",
        "working days depend on holidays and local rules",
    ),
    (
        "near-month-from-31",
        "What is one month after 31 January 2031?",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-numeric-date",
        "How many days from 04/06/2031 to 09/07/2031?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "If it's 9 am in Denver, what time is it in Perth?",
        "time zones and daylight saving",
    ),
    ("near-flight-number", "Is BA 2490 the flight to Verona?", "a flight number, not a number"),
    (
        "near-isbn-check",
        "Is 978-0-14-044913-6 a real ISBN for the Odyssey?",
        "identifier, needs a catalogue",
    ),
    ("near-phone-number", "Whose number is 0161 496 0732?", "a phone number"),
    ("near-postcode", "Which town is postcode LD3 7HF in?", "a postcode"),
    (
        "near-ip-address",
        "What network is 192.168.14.0/22 and is it private?",
        "an IP range, networking explanation",
    ),
    (
        "near-version-compare",
        "Is Python 3.10 newer than 3.9 even though 10 is smaller than 9 as a decimal?",
        "software versions are not decimals",
    ),
    ("near-road-number", "Does the A470 go through Builth Wells?", "a road number"),
    (
        "near-bible-verse",
        "Can you quote Romans 8:28 for the funeral card?",
        "a Bible reference, not a ratio",
    ),
    (
        "near-score-line",
        "Who won when the result was 3-2 after extra time in the 1966 final?",
        "a score and a sports fact",
    ),
    (
        "near-formation",
        "Is 4-4-2 better than 4-3-3 for a Sunday league side?",
        "a football formation, an opinion",
    ),
    (
        "near-serial",
        "What year was a Singer sewing machine with serial EF 721994 made?",
        "a serial number lookup",
    ),
    ("near-fault-code", "Boiler is showing F28, what does it mean?", "a fault code"),
    (
        "near-colour-code",
        "Is #2E8B57 closer to green or teal, and what is it called?",
        "a colour code",
    ),
    ("near-chess-move", "After 1. e4 c5 2. Nf3 d6, what's the main line?", "chess notation"),
    (
        "near-nominal-timber",
        "How thick really is a 4x2 at the builders' merchant?",
        "a nominal size",
    ),
    (
        "near-code-js",
        "In JavaScript why does 0.1 + 0.2 === 0.3 give false?",
        "code semantics and an explanation",
    ),
    ("near-code-int-div", "What does 7 // -2 return in Python, and why not -3?", "code semantics"),
    ("near-everest-fact", "How much higher is K2's summit than Ben Nevis?", "world facts needed"),
    (
        "near-boiling-altitude",
        "At what temperature does water boil at 3,000 m up?",
        "a science fact that depends on pressure",
    ),
    (
        "near-marathon-record",
        "What was the average speed of the current men's marathon record?",
        "sports fact, current record",
    ),
    ("near-protein-egg", "How many grams of protein in three eggs?", "nutrition fact"),
    ("near-income-tax", "How much income tax on £38,000 salary?", "tax rules and year needed"),
    (
        "near-speed-limit",
        "What's the speed limit on a single carriageway for a van towing?",
        "traffic rule",
    ),
    (
        "near-dose-child",
        "How many ml of ibuprofen for a 4 year old who weighs 16 kg?",
        "dosing, needs medical guidance",
    ),
    ("near-shoe-size", "What's a UK size 9 in EU shoe sizes?", "size charts vary"),
    ("near-gas-mark", "What is gas mark 5 in Celsius?", "an oven convention"),
    ("near-estimate-bricks", "Roughly how many bricks in a three-bed semi?", "an estimate"),
    (
        "near-lottery-odds",
        "What are the chances of winning the jackpot on Thunderball?",
        "lottery rules needed",
    ),
    (
        "near-test-prevalence",
        "A test is 99% accurate and I tested positive. What's the chance I have it?",
        "prevalence missing",
    ),
    ("near-translate-number", "How do you say 1,947 in Welsh?", "a translation"),
    ("near-poem-numbers", "Write a limerick about the number 12.", "a writing task"),
    ("near-title-number", "Who wrote 1984 and when was it published?", "a number in a title"),
    ("near-opinion-tip", "Is a 12% tip too stingy in New York?", "an opinion"),
    ("near-implied-mult", "What is 6 / 2(1 + 2)?", "contested reading (implied multiplication)"),
    ("near-random-pick", "Pick a random number between 1 and 49 for me.", "a random choice"),
    (
        "near-proof-primes",
        "Prove in words that there are infinitely many primes.",
        "a written proof",
    ),
    (
        "near-explain-percent",
        "Explain why a 50% rise followed by a 50% fall leaves you worse off.",
        "an explanation, not a computation",
    ),
    ("near-numeral-history", "Where did the symbol for zero come from?", "history of numerals"),
    (
        "near-riddle",
        "What has a face and two hands but never counts past twelve? Explain the riddle.",
        "a riddle with explanation",
    ),
    (
        "near-letters-count",
        "How many times does the letter s appear in Mississippi?",
        "letters in a word",
    ),
    ("near-forecast", "How many millimetres of rain will Cardiff get on Saturday?", "a forecast"),
    ("near-historic-price", "What did a loaf of bread cost in 1970?", "a historical price"),
    (
        "near-moon-weekday",
        "What day of the week did Apollo 11 land on the Moon?",
        "the date is a fact to be known",
    ),
    (
        "near-gallon-paint",
        "A gallon of paint covers how many square metres?",
        "gallon contested and coverage varies",
    ),
    (
        "near-stated-weekday",
        f"My course starts on {sayw(D(2031, 9, 8))}. Is that a good day to start a diet?",
        "an opinion despite a date",
    ),
    (
        "near-nautical-knots",
        "The ferry does 18 knots, how fast is that in km/h?",
        "knots left out of positives",
    ),
    (
        "near-dog-years",
        "My collie is 9, how old is that in dog years?",
        "contested folk conversion",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# ---------------------------------------------------------------- conversation negatives
CONVS = (
    (
        "conv-operator",
        [
            (U, "For this chat, a ⊕ b means 2a minus b."),
            (A, "Got it: a ⊕ b = 2a − b."),
            (U, "so what's 9 ⊕ 4?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-function",
        [
            (U, "Let g(x) be the number of reeds I need for x pipers: three each plus two spares."),
            (A, "So g(x) = 3x + 2."),
            (U, "What's g(14)?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letters",
        [
            (
                U,
                "In my notes K stands for the kiln load and B for bags per load. K is 4 and B is 31.",
            ),
            (A, "Noted: K = 4, B = 31."),
            (U, "How many bags is K times B?"),
        ],
        "letters defined earlier",
    ),
    (
        "conv-name-number",
        [
            (U, "We call 144 a 'gross of leaf' in the shop."),
            (A, "Understood."),
            (U, "How many leaves in three and a half grosses of leaf?"),
        ],
        "a name for a number set up earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Let's play a game: + means minus and minus means plus from now on."),
            (A, "Alright, the signs are swapped."),
            (U, "What is 40 + 15 - 3?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-arith",
        [
            (U, "We're on a 12-hour dial for the tide clock."),
            (A, "OK."),
            (U, "It says 9, what will it say 7 hours later?"),
        ],
        "clock arithmetic defined earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm writing numbers the European way, with a comma for decimals."),
            (A, "Understood."),
            (U, "Add 3,5 and 2,75 for me."),
        ],
        "decimal comma fixed earlier",
    ),
    (
        "conv-custom-unit",
        [
            (U, "In our yard a 'drop' is 42 metres, the height of the main block."),
            (A, "Got it, one drop = 42 m."),
            (U, "How many metres of rope for 6 drops?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-base-input",
        [
            (U, "All my numbers are in hex today."),
            (A, "OK, I'll read them as hexadecimal."),
            (U, "What's 1F plus 2A?"),
        ],
        "number base of the input",
    ),
    (
        "conv-base-output",
        [
            (U, "Give every answer in binary please."),
            (A, "Will do."),
            (U, "What's 23 times 3?"),
        ],
        "number base of the output",
    ),
    (
        "conv-roman",
        [
            (U, "Answer in Roman numerals only, it's for a clock face."),
            (A, "Sure."),
            (U, "what is 47 + 19"),
        ],
        "Roman numerals requested earlier",
    ),
    (
        "conv-persona",
        [
            (U, "Pretend you're an old Yorkshire drystone waller and answer in character."),
            (A, "Aye, go on then."),
            (U, "How much is 12 times 35?"),
        ],
        "persona set earlier",
    ),
    (
        "conv-answer-language",
        [
            (U, "Désormais, tu me réponds en français, même pour les calculs du chantier."),
            (A, "D'accord."),
            (U, "Et 4 260 divisé par 15, ça donne quoi ?"),
        ],
        "answer language fixed earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Every answer must be a rhyming couplet."),
            (A, "Then rhymes you'll get, on that you can bet."),
            (U, "How many days are there in 9 weeks?"),
        ],
        "verse form fixed earlier",
    ),
    (
        "conv-format-table",
        [
            (U, "I want results laid out as a markdown table, value and unit in separate columns."),
            (A, "OK."),
            (U, "Turn 17 miles into kilometres."),
        ],
        "output format fixed earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest 10 please, I'm doing rough quotes."),
            (A, "Will do."),
            (U, "What's 347 times 6?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "I need four significant figures on every answer."),
            (A, "Noted."),
            (U, "What is 22 divided by 7?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "From here on give me all lengths in furlongs."),
            (A, "All right."),
            (U, "How long is a 5 km run?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-target-currency",
        [
            (U, "Quote everything back to me in yen, I'm sending it to the Osaka client."),
            (A, "Understood."),
            (U, "What's 40 hours at £55 an hour?"),
        ],
        "target currency fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Write dates as day.month.year in your answers."),
            (A, "OK."),
            (U, "What date is 30 days after 12 May 2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "Our guild uses a calendar of 13 months of 28 days each, plus one extra day."),
            (A, "A 13-month calendar, noted."),
            (U, "What is day 200 of the year in that calendar?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "At the shop, week 1 is the week with the first Monday of April."),
            (A, "Got it."),
            (U, "Which week number is 20 June 2031?"),
        ],
        "week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "We sold 28 bags at £7.50."),
            (A, "That's £210."),
            (U, "Sorry, it was 32 bags. What's the new total?"),
        ],
        "a correction of an earlier figure",
    ),
    (
        "conv-summary",
        [
            (U, "Monday I laid 14 m of hedge, Tuesday 17 m, Wednesday 11 m."),
            (A, "Noted."),
            (U, "Can you summarise my week in one line?"),
        ],
        "summary of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The first tier serves 12."),
            (A, "OK."),
            (U, "The second serves 20 and the third 30."),
            (A, "Noted."),
            (U, "So how many portions in all?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 18 times 24?"),
            (A, "432."),
            (U, "and divide that by 6"),
        ],
        "uses a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "First tiler quoted £1,900; the second £2,350 including grout sealing."),
            (A, "Noted both quotes."),
            (U, "Which one would you go with?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-modular",
        [
            (U, "Work mod 7 for the rest of this chat."),
            (A, "OK, everything modulo 7."),
            (U, "What's 5 times 6?"),
        ],
        "modular arithmetic defined earlier",
    ),
    (
        "conv-shorthand-k",
        [
            (U, "When I say 'k' I mean thousands and 'm' means millions."),
            (A, "Got it."),
            (U, "add 3.4m and 650k"),
        ],
        "shorthand defined earlier",
    ),
    (
        "conv-recall",
        [
            (U, "The tug Pembroke has a bollard pull of 68 and the Severn 54."),
            (A, "Noted."),
            (U, "Which tug did I say was stronger?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-rewrite",
        [
            (U, "Here's my notice: 'Lift shut 2day cos wind, sorry'."),
            (A, "Want me to tidy it?"),
            (U, "Yes, rewrite it formally."),
        ],
        "a rewrite of earlier text",
    ),
    (
        "conv-followup-why",
        [
            (U, "Why do truffle hunters prefer dogs to pigs?"),
            (A, "Dogs are easier to train and less likely to eat the truffle."),
            (U, "And why would a pig eat it?"),
        ],
        "follow-up explanation",
    ),
    (
        "conv-date-wording",
        [
            (U, "Always write dates like 'the 5th of June, twenty thirty-one' in your replies."),
            (A, "Understood."),
            (U, "What date is 3 weeks after 20 May 2031?"),
        ],
        "date wording fixed earlier",
    ),
    (
        "conv-stated-weekday",
        [
            (U, f"The trial is on {sayw(D(2031, 8, 20))}."),
            (A, "Noted."),
            (U, "How many days before it should I close entries, 45 or 50? What do others do?"),
        ],
        "advice about a date from an earlier turn",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Give answers as mixed fractions, never decimals."),
            (A, "Will do."),
            (U, "What is 7 divided by 4?"),
        ],
        "answer form fixed earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({c[0] for c in CONVS}) == len(CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---------------------------------------------------------------- this set's structure
_pos_regs = {i["family"] for i in items if i["label"] != "negative"} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    _n = sum(1 for i in items if i["label"] == _lab and i["family"] in REGISTERS)
    assert _n == 31, (_lab, _n)
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)


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
    # no register (family name) of this set is a family name of sets 19 to 55
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(EARLIER_DIR / name).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 55: {reused}"
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
