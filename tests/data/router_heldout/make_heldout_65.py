r"""Generate heldout-2027-02-06.jsonl: a sixty-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed65/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 900
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_64.py, by `sed -n` with comma ranges: lines 1-497
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 766-826 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 989-1073 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1284-1291 (its negatives
section header, neg() and conv()) and 2161-2385 (its stated-weekday check, its checks and main()).
The ranges and the line count (2385) were given by the brief; no `wc -l` of that file was run. The
display of the `sed -n 1,497p` output left out lines 164-198 of that output (a truncation by the
shell tool's display, in the middle of set 64's docstring), so `sed -n 160,200p` of the same file
(inside the allowed range) was run next to read them; all of lines 1-497 were therefore seen, and
the copies made by `sed -n` (below) are complete. A `wc -l` of earlier_registers.txt and an `ls` of
/work/sealed65 were run once, in the same command as the `cat` of grading.py (`wc -l` printed 900;
the listing showed only earlier_registers.txt). None of set 64's query blocks (498-765, 827-988,
1074-1283, 1292-2160) was opened. Nothing else under /work/main was opened or listed: nothing under
router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from the five
ranges), not README.md and not pyproject.toml; `cd` into /work/main preceded the `cat` of
grading.py and each `sed -n` read of set 64's generator (which named the file by its path under
tests/data/router_heldout), `cd` into /work/main/tests/data/router_heldout preceded the one command
that copied the ranges, and `cd` into /work/main preceded each ruff run. The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory apart from /work/sealed65 was listed. The earlier generators
(sets 1-64) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail` or `sed -n 1,3p` of its output and its
--show listing of ids, expected values and tolerances were read), no git command was run, no
network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls` above; `sed -n 1,497p` of set 64's
generator; `sed -n 160,200p` of it; then `sed -n` of 766,826, 989,1073 and 1284,1291 together with
`echo` separators; then `sed -n 2161,2385p` alone; then the `cat` of earlier_registers.txt through
`tr`. Then, in one command, `mkdir -p` of /tmp/h65/blocks and /tmp/h65/own, `sed -n` copies of the
same five allowed ranges into raw files r1-r5 under /tmp/h65/blocks/ and a `wc -l` of them (497,
61, 85, 8 and 225 lines), followed by one run of /tmp/h65/subst.py (written by a `cat` heredoc in
the same command) that cuts the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line, so not the words inside set 64's docstring)
and substitutes this set's OUT and PREFIX, "sets 1-63" -> "sets 1-64" in the comment on
EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), is kept as it was), EARLIER (sets 1-64, `range(2,
65)`) and REGISTER_CHECK (sets 19-64, adding make_heldout_64.py), and "sets 19 to 63" -> "sets 19
to 64" in one comment and one message string of main() (each substitution asserted to apply once,
the last twice; it printed "ok" for each) and writes the cut first block and the substituted last
block as c1.py and c5.py (the second to fourth ranges are used as copied), then a `head -3` of the
cut first block and a `grep -n` of the first and last blocks for "64", "65" and "19 to" (it printed
only the substituted lines, the WANT_NEAR_NEGATIVES line and one assert of decimals() whose literal
contains 65). Then `cat` heredocs wrote this set's own blocks under /tmp/h65/own/: a_calc.py
(registers and calculator items) and b_units.py (unit constants and unit items) in one command;
c_dates.py (date items) in the next, d_negs.py (ordinary negatives) in the next; then, in one
command, e_near.py (near-positive negatives), f_convs.py (conversations and this set's own
structural asserts), an assembly script /tmp/h65/assemble.py (it builds this file from
/tmp/h65/doc.txt, or a one-line placeholder, and the blocks in order, and prints its line count)
and a helper /tmp/h65/run.sh (it runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing
the latter's output to /tmp/h65/ruff.txt and printing its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h65/out.txt, and prints the exit codes and the
`tail -6` of it), with a first run of run.sh. (The writing of the blocks was interrupted once,
between b_units.py and c_dates.py, by a transient error of the session, not of any check; the files
already written were intact.) Edits after failed checks (listed below) were made by an inline
Python heredoc and by /tmp/h65/fix1.py, fix2.py and fix3.py (each written by a `cat` heredoc and
run in the same command), all exact replacements asserted to apply once (fix1.py's wrapping of
two-line strings in parentheses counted and printed its eight wraps), each followed by run.sh; the
inline heredoc's command began with a `grep` of ruff.txt for its report codes and places. After
fix3.py: run.sh, a `sed -n 1,3p` of out.txt for its summary lines and a Python check of line
lengths (in characters) over this file, which found none over 100 columns; then run.sh with --show
(its own output discarded) and a listing of the ids, expected values and tolerances (a `grep` of
out.txt laid out by `column -t`). This docstring was written last over the placeholder: its source
text, /tmp/h65/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h65/doc/make_doc.py (a
`cat` heredoc; it uses textwrap, keeps the lines marked as preformatted and asserts that the words
are unchanged, that no line exceeds 100 columns and that every register value of a_calc.py is
named) filled it to 99 columns into /tmp/h65/doc.txt; then, in the same command, run.sh, a `cat` of
ruff.txt, a `sed -n 1,3p` of out.txt, the Python line-length check, a `head -3` of this file and a
`ruff format --no-cache --check` of it (from /work/main); then /tmp/h65/doc/patch1.py (a `cat`
heredoc, run in one command with make_doc.py's second run and the same checks as before) corrected
three statements of this account (the lines printed by the `grep -n`, the writing of the last
block, the count of duplicate reports) and added the words "in the same command" and this sentence;
then two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and
a `sed -n 1,3p` of out.txt; finally `rm -rf /tmp/h65`. Writes: only this file and its JSONL in
/work/sealed65/ (earlier_registers.txt left as it was); temporary blocks, scripts and output under
/tmp/h65/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 64's main() and checks: only the substitutions listed above (file names, sets 1-64
for the duplicate check, sets 19-64 for the register check). Set 64 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 64 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-64 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 64's as
printed; ruff format may have changed layout only. All of set 64's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by one date one-liner and one
word problem), unit_r() with close_enough_at_2dp(), say() (used directly and through sayw()),
sayw(), sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: MM,
CM, KM, G and HA, with asserts on ACRE/HA, CUFT, the inch and KMH/MPH; the register constants and
the REGISTERS tuple (sorted by value, asserted 25 and distinct); the ORDINARY, NEAR and CONVS
tables; dates stated with their computed weekday by sayw() in two positives (an order of
varifocals, a re-enactment show); an assert that the square-root one-liner's radicand is a perfect
square; and this set's own asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, four
each, added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct families, all
"near-..." and "conv-..." respectively; the positive registers are exactly the REGISTERS, and so
are those of each tool, with 31 register word problems per tool; 193 items lie in the registers (25
x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have four positives and 7
have three; every negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 64's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 64's, copied (P = "plain" is copied too, as the
last line of the first block). Set 64's docstring (within lines 1-497) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; most of this set's near-positive and conversation kinds were chosen from that list
of generic kinds, newly worded with new figures and subjects. All of set 64's register names are
also in earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was
read in full and this set's registers were chosen to be of trades and situations different from
every name in it (no tyre fitter, optician, bouncy castle hire, greenkeeper, wine merchant,
fishmonger, goat dairy, bowls club, rugby club, skydiving centre, private investigator, parcel
driver, stock car promoter, table tennis league, gymnastics club, repair café, French polisher,
spice importer, pasta workshop, web designer, surfboard shaper, mattress factory, camera dealer,
flat-pack assembler or re-enactment society appears there); some are of neighbouring fields judged
to be different trades: the fishmonger next to the fish and chip shop and the tropical fish shop,
the skydiving drop zone next to the gliding club and the balloon crews, the bouncy castle hire next
to the balloon artist and the trampoline park, the French polisher next to the upholsterers and the
rocking horse restorer, the flat-pack assembler next to the kitchen fitter, the parcel driver next
to the milk round and the bike couriers, the table tennis league next to the darts and netball
leagues, the wine merchant next to the vineyard crews and the distilleries, the surfboard shaper
next to the surf lifeguards, the goat dairy next to the egg farm and the milk round; the judgement
of "different topic" is this writer's. A board game café, a squash club, a wood turner and a
portable toilet hire were considered and not used. Many plain one-liners, near-positives and
conversations here are of the same generic kinds as set 64's (for instance an operator, a decimal
comma, a persona, a contested unit, implied multiplication, a weekday of a historical event, a
number in a title, software versions, code semantics), newly worded. At the edges of the allowed
ranges: line 497 is P = "plain", 766, 989 and 1284 are section headers, 826 is a blank line after
unit_r(), 1073 is the assert after sayus(), 1291 is the last line of conv(), 2161-2167 hold the
comment and the compiled pattern of the stated-weekday check and 2385 is the call of main(). No
query text of any earlier set was seen: main()'s duplicate check names only this set's ids. Every
query here was newly written from imagination of each trade or situation; 20 items that the
duplicate check reported as exact repeats of earlier queries or user turns (21 reports in all: one
item, the mpg near-positive, was reported twice; their earlier counterparts unseen) were reworded,
see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so
an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user
turn is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 64
(the near-.../conv-... families are not registers and may coincide with earlier family names). This
set has no algebra or calculus question (the only proof asked for is a written proof that the
product of two odd numbers is odd). Conversations that define an operator, a function, letter
values, a name for a number, swapped signs, clock arithmetic on a 12-hour face, a decimal comma, a
unit, an input or output base, modular arithmetic, slang amounts or a VAT-inclusive pricing
convention are negatives because the notation or convention is set up in an earlier turn (one base
by a system turn); one conversation spreads its figures over three user turns. Some conversations
(Roman numerals, language, verse, output format, rounding, precision, target unit, a fixed currency
rate, date order, date wording, fraction form, a persona set by a system turn) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 64, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date (an age from
a stated birth date, days until a named night, a date "Friday week"); one asks for a month added to
the 31st, one for a year after a leap day, one for working days between stated dates (a span over
Christmas and New Year), one uses all-numeric dates of unstated order, one asks the weekday of a
stated historical date (in England, before the Gregorian calendar), one asks when the clocks go
forward, one asks whether a date is a bank holiday (it differs by region), one asks for Good
Friday, one for a lunisolar festival; they are negatives, with no "now" field. One near-positive
asks what a Python rounding call returns and why (code semantics), and one is a negative for its
contested reading (implied multiplication). Near-positives ask for conversions in gallons, cups,
tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes, knots, light-years and
ounces of gold (troy or avoirdupois), for calories, and for dog years (left out of positives as
contested); one asks for letters in a word, one for an oven gas mark in Fahrenheit, one for the
number of zeros in a billion in old British usage (short or long scale), one for a turkey's
roasting time, and one whether an 0345 number is free from a mobile. No positive depends on a
looked-up figure: every rate, tariff, price and discount is given in the text, so the answer
follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check). The first run of run.sh failed ruff check (five ISC004
reports: implicitly concatenated strings inside the tuples of the ORDINARY table) and the generator
failed unit()'s EXACT assert on the greenkeeper's stimpmeter reading (11 feet is 3.3528 m, four
decimals); the inline heredoc made it a rounded unit item (unit_r). The next run failed main()'s
LENGTH_IN_MONTHS wording rule on the web designer's second calculator item ("over twelve months");
fix1.py reworded it ("for the year") and put all eight two-line strings of the ORDINARY table in
parentheses. The next run passed ruff and failed the duplicate check, which reported 20 items by
id: one plain calculator one-liner (a percentage increase), one plain date one-liner (minutes
between two clock times), six conversations (clock arithmetic, fraction form, modular arithmetic,
Roman numerals, summary, verse; their user turns reworded) and twelve near-positives (central bank
rate, clocks changing, cups, a forecast, a historical price, implied multiplication, an IP address,
a month from the 31st, mpg, a number in a title, a proof, a world fact); fix2.py reworded all 20
with new figures or new subjects, without the earlier queries being looked at. The next run
reported the mpg near-positive again, reworded by fix3.py; every later run passed every check. No
other check failed: unit_r()'s two-decimal assert, date_item()'s asserts, the stated-weekday check
and all of this set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: bouncy_castle_hire_firm, fishmonger_counter,
flat_pack_assembly_service, freelance_web_designer, french_polisher_workshop, fresh_pasta_workshop,
goat_dairy_parlour, golf_club_greenkeeper, gymnastics_club_coach, independent_wine_merchant,
lawn_bowls_club_green, mattress_factory_line, medieval_reenactment_society, mobile_tyre_fitter_van,
multi_drop_parcel_driver, opticians_dispensing_desk, private_investigator_agency,
repair_cafe_volunteers, rugby_club_kit_secretary, secondhand_camera_dealer, skydiving_drop_zone,
spice_importer_warehouse, stock_car_racing_promoter, surfboard_shaper_workshop,
table_tennis_league_secretary. Every register is used by all three tools (asserted); eighteen
distinct registers have one further positive (a second calculator word problem:
bouncy_castle_hire_firm, independent_wine_merchant, fishmonger_counter, stock_car_racing_promoter,
table_tennis_league_secretary, freelance_web_designer; a second unit word problem:
golf_club_greenkeeper, goat_dairy_parlour, skydiving_drop_zone, spice_importer_warehouse,
surfboard_shaper_workshop, mattress_factory_line; a second date word problem:
opticians_dispensing_desk, rugby_club_kit_secretary, private_investigator_agency,
multi_drop_parcel_driver, secondhand_camera_dealer, medieval_reenactment_society). The seven
registers with three positives are mobile_tyre_fitter_van, lawn_bowls_club_green,
gymnastics_club_coach, repair_cafe_volunteers, french_polisher_workshop, fresh_pasta_workshop and
flat_pack_assembly_service. Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and pence and a few US touches (Fahrenheit temperatures for
a wine cellar, a spice warehouse and surfboard resin, a tyre gauge in psi), some chatty, terse,
lower-case or in shorthand, a few with numbers in words, questions at the start or the end, unit
questions as statements to complete or with the target unit first. No positive conversations. No
dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories, the
current date (an age, days until a named night, a coming weekday), a lunisolar festival, Good
Friday, working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap
day, all-numeric dates of unstated order, time zones, summer time, identifiers that look like
numbers (an ISBN prefix, a postcode, an IP address, software versions, a formation, chess notation,
a phone number prefix), a paper size, a nominal timber size, code semantics, a world fact, tax
rules, dosing, a size chart, an oven convention, an estimate, lottery odds, missing prevalence, a
missing area, a translation, a number in a title, an opinion, a contested reading, a sequence
guess, a random choice, a written proof, an explanation, letters in a word, a forecast, a
historical price, the weekday of a historical date, a tipping custom, a current postage price, the
short or long scale, a cooking time; or, in conversations, an operator, function, letter values or
a name defined earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a
number base (input, or output set by a system turn), Roman numerals, a persona set by a system
turn, answer language, verse form, output format, rounding, precision, target unit, a fixed
currency rate or date order fixed earlier, date wording, fraction form, an invented calendar, a
week numbering, a correction, a summary, a follow-up explanation or recall of earlier turns,
figures spread over turns, a result from an earlier turn, a judgement about earlier figures, advice
about a date given earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention
set earlier. The ordinary negatives ask for advice, explanations, judgements, rules, facts or
writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 64: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass, next to
grams), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted),
time zones and daylight saving, Easter, working days, "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted). Week counts are asserted to be whole weeks; no day count is
inclusive (each is the difference of the two dates, and queries are worded as N days or weeks after
or before a stated date, "days between", "how many days from ... to ...", how many days a
surveillance job ran from hiring to its end, how many days between a season's opening and closing,
how many days a shop had traded by an anniversary, a rotation N days after fitting, a recall N days
after a test, a lab's N days from an order, greens shut for N days, a drinking window N days after
laying down, kidding N days after mating, a repack every N days, a voyage of N days, a cure of N
days, a warranty of N days from a sale, set-up N days before a show, an event N weeks after
another, a supplier's N weeks before a deadline, the second Saturday, fourth Monday, first
Wednesday, third Tuesday, last Saturday or last Monday of a stated month and year), ages are in
whole years from a stated birth date to a stated date, and clock spans run from one stated time to
the next occurrence of the other (two cross midnight, one saying "the next morning" and one "the
following morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 64):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet, cubic feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_65.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-06.jsonl"
PREFIX = "ho65-"
# earlier generators: sets 1-64 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 65))
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
    "make_heldout_56.py",
    "make_heldout_57.py",
    "make_heldout_58.py",
    "make_heldout_59.py",
    "make_heldout_60.py",
    "make_heldout_61.py",
    "make_heldout_62.py",
    "make_heldout_63.py",
    "make_heldout_64.py",
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


# registers of this set (family names), 25, each used by all three tools
TYRE = "mobile_tyre_fitter_van"
OPTIC = "opticians_dispensing_desk"
BOUNCY = "bouncy_castle_hire_firm"
GREEN = "golf_club_greenkeeper"
WINE = "independent_wine_merchant"
FISH = "fishmonger_counter"
GOAT = "goat_dairy_parlour"
BOWLS = "lawn_bowls_club_green"
RUGBY = "rugby_club_kit_secretary"
SKY = "skydiving_drop_zone"
SLEUTH = "private_investigator_agency"
PARCEL = "multi_drop_parcel_driver"
STOCKCAR = "stock_car_racing_promoter"
PINGPONG = "table_tennis_league_secretary"
GYMNAST = "gymnastics_club_coach"
REPAIR = "repair_cafe_volunteers"
POLISH = "french_polisher_workshop"
SPICE = "spice_importer_warehouse"
PASTA = "fresh_pasta_workshop"
WEB = "freelance_web_designer"
SURF = "surfboard_shaper_workshop"
MATTRESS = "mattress_factory_line"
CAMERA = "secondhand_camera_dealer"
FLATPACK = "flat_pack_assembly_service"
REENACT = "medieval_reenactment_society"
REGISTERS = tuple(
    sorted(
        (
            TYRE,
            OPTIC,
            BOUNCY,
            GREEN,
            WINE,
            FISH,
            GOAT,
            BOWLS,
            RUGBY,
            SKY,
            SLEUTH,
            PARCEL,
            STOCKCAR,
            PINGPONG,
            GYMNAST,
            REPAIR,
            POLISH,
            SPICE,
            PASTA,
            WEB,
            SURF,
            MATTRESS,
            CAMERA,
            FLATPACK,
            REENACT,
        )
    )
)
assert len(REGISTERS) == 25 == len(set(REGISTERS))

# ---------------------------------------------------------------- calculator one-liners
assert 86 * 86 == 7396
calc(P, "what's 7.5% of 3,816", pct("7.5") * 3816)
calc(P, "4,318 × 27 =", 4318 * 27)
calc(P, "(93 + 158) * 12 - 476", (93 + 158) * 12 - 476)
calc(P, "98,735 divided by 35", F(98735, 35))
calc(P, "square root of 7396?", 86)
calc(P, "seventeen cubed, minus two thousand", 17**3 - 2000)
calc(P, "0.35 * 0.48", dec("0.35") * dec("0.48"))
calc(P, "two fifths of 1,735 please", F(2, 5) * 1735)
calc(P, "increase 6,480 by 17.5%", 6480 * (1 + pct("17.5")))
calc(P, "3.7 + 12.85 - 4.096 = ?", dec("3.7") + dec("12.85") - dec("4.096"))
calc(P, "18 - 45 x 3", 18 - 45 * 3)
calc(P, "Calculate 14% of 2.5 million.", pct(14) * 2_500_000)
calc(P, "mean of 47, 62, 58, 71 and 39", F(47 + 62 + 58 + 71 + 39, 5))
calc(P, "2^15 minus 5,000 is what", 2**15 - 5000)

# ---------------------------------------------------------------- calculator word problems
calc(
    TYRE,
    "four tyres at £86.50 each, fitting is £12 a tyre and there's a £15 callout on top. "
    "whats the total i charge?",
    4 * dec("86.50") + 4 * 12 + 15,
)
calc(
    OPTIC,
    "Frames are £149 and the lenses £95. She's a student so gets 20% off the frames only - "
    "what does she pay altogether?",
    149 * (1 - pct(20)) + 95,
)
calc(
    BOUNCY,
    "castle hire is £95 for the day and they've paid a 30% deposit, how much do I collect "
    "when we drop it off",
    95 * (1 - pct(30)),
)
calc(
    BOUNCY,
    "Busy weekend: two castles out at £110 each and the big assault course at £165, plus "
    "an £18 delivery charge on each of the three drops. Total takings?",
    2 * 110 + 165 + 3 * 18,
)
calc(
    GREEN,
    "Overseeding 18 greens at 2.5 kg of seed per green, and the seed is £4.20 a kilo. "
    "What's the seed bill?",
    18 * dec("2.5") * dec("4.20"),
)
calc(
    WINE,
    "How much is a mixed case if it's six bottles at £9.50 and six at £14.50, with 10% off "
    "for taking the full dozen?",
    (6 * dec("9.50") + 6 * dec("14.50")) * (1 - pct(10)),
)
calc(
    WINE,
    "customer's taking eight bottles of the Rioja at £11.25, and we give 5% off on six or "
    "more. what's the bill",
    8 * dec("11.25") * (1 - pct(5)),
)
calc(
    FISH,
    "2.4 kg of hake at £18.50 a kilo and 600 g of prawns at £32/kg - total?",
    dec("2.4") * dec("18.50") + dec("0.6") * 32,
)
calc(
    FISH,
    "A restaurant takes 35 dressed crabs a week from us at £7.80 each. Over six weeks, "
    "what do they spend?",
    35 * dec("7.80") * 6,
)
calc(
    GOAT,
    "We milk sixty-four goats, they average 3.5 litres a day each, and the cheesemaker pays "
    "85p a litre. What's the daily milk money?",
    64 * dec("3.5") * dec("0.85"),
)
calc(
    BOWLS,
    "Subs are £78 for full members and social members pay a third of that. With 23 full "
    "and 9 social members, how much do subs bring in?",
    23 * 78 + 9 * F(78, 3),
)
calc(
    RUGBY,
    "30 home shirts at £38.40 and 30 pairs of socks at £6.75; the sponsor is paying half. "
    "How much does the club pay?",
    (30 * dec("38.40") + 30 * dec("6.75")) / 2,
)
calc(
    SKY,
    "group of 7 all booked the tandem (£289) plus the video package (£85) and each paid a "
    "£50 deposit already. balance owing for the whole group?",
    7 * (289 + 85 - 50),
)
calc(
    SLEUTH,
    "Invoice: surveillance 14 hours at £55/hour, mileage 212 miles at 45p, then VAT at 20% "
    "on everything. What's the total?",
    (14 * 55 + 212 * dec("0.45")) * (1 + pct(20)),
)
calc(
    PARCEL,
    "I get £1.15 a drop for the first 100 drops and £1.40 for each one after that. Did 163 "
    "drops on the Saturday - what did I earn?",
    100 * dec("1.15") + 63 * dec("1.40"),
)
calc(
    STOCKCAR,
    "Gate for the meeting: 1,240 adults at £16, 380 children at £6, and we sold 410 "
    "programmes at £3.50. Total?",
    1240 * 16 + 380 * 6 + 410 * dec("3.50"),
)
calc(
    STOCKCAR,
    "the £4,800 prize fund goes 40% to the winner, 25% to second and the rest split evenly "
    "between 3rd to 7th. how much does 6th get?",
    4800 * (1 - pct(40) - pct(25)) / 5,
)
calc(
    PINGPONG,
    "26 teams pay £95 entry each and the hall costs £68 a night for 22 match nights. How much "
    "is left once the hall's paid?",
    26 * 95 - 22 * 68,
)
calc(
    PINGPONG,
    "What do 11 boxes of match balls cost at £39.60 a box, less our 15% club discount?",
    11 * dec("39.60") * (1 - pct(15)),
)
calc(
    GYMNAST,
    "squad fee is £42 per gymnast per month, we have 18 in the squad and we charge every "
    "month apart from August. fee income over the whole year?",
    42 * 18 * 11,
)
calc(
    REPAIR,
    "We fixed 47 things and donations came to £3.40 per fix on average, plus £62 from the "
    "cake table. How much did we raise?",
    47 * dec("3.40") + 62,
)
calc(
    POLISH,
    "Quote for the dining table: 14 hours at £32 an hour, materials £46.80, and 20% VAT "
    "added. What's the quote?",
    (14 * 32 + dec("46.80")) * (1 + pct(20)),
)
calc(
    SPICE,
    "A pallet is 48 sacks of cumin at 25 kg each, landed cost £3.60 per kg. If we put a 35% "
    "markup on, what's the pallet's selling price?",
    48 * 25 * dec("3.60") * (1 + pct(35)),
)
calc(
    PASTA,
    "Nine people at £65 each on the ravioli class, ingredients are £4.30 a head and room "
    "hire is £80. what's the profit",
    9 * 65 - 9 * dec("4.30") - 80,
)
calc(
    WEB,
    "Day rate £375, the build took 8.5 days and the client paid 40% up front. How much is "
    "the final invoice for?",
    375 * dec("8.5") * (1 - pct(40)),
)
calc(
    WEB,
    "hosting: I charge £14.99 a month per site and look after 24 client sites. total "
    "hosting income for the year?",
    dec("14.99") * 24 * 12,
)
calc(
    SURF,
    "Each board costs me £165 for the blank, £58 resin and cloth and £42 of fins, and I "
    "sell them at £640. Profit on five boards?",
    5 * (640 - 165 - 58 - 42),
)
calc(
    MATTRESS,
    "Springs cost 9p each and a king-size uses 1,400 of them. Spring cost for a run of 250 kings?",
    dec("0.09") * 1400 * 250,
)
calc(
    CAMERA,
    "Paid £1,150 for the body and £450 for the lens, sold the pair for £2,080. What's my "
    "profit as a percentage of what I paid?",
    F(2080 - 1150 - 450, 1150 + 450) * 100,
)
calc(
    FLATPACK,
    "Wardrobe took 2.5 hours, the bed 1.75 and the chest of drawers 1.25. At £28 an hour "
    "plus a £20 callout, what do I bill?",
    (dec("2.5") + dec("1.75") + dec("1.25")) * 28 + 20,
)
calc(
    REENACT,
    "rings for mail shirts are £2.80 per hundred and one shirt takes 27,500 rings. "
    "what do the rings cost for four shirts?",
    F(27500, 100) * dec("2.80") * 4,
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
HA = F(10**4)  # m^2
assert ACRE / HA < 1 and abs(HA / ACRE - dec("2.4710538")) < dec("1e-7")
assert abs(CUFT - dec("0.028316846592")) == 0 and 1 / IN == F(5000, 127)
assert abs(90 * KMH / MPH - dec("55.923")) < dec("0.001")

# ---------------------------------------------------------------- unit one-liners
unit_r(P, "convert 7.5 miles to km", dec("7.5") * MI / KM)
unit_r(P, "how many inches in 3.2 metres", dec("3.2") / IN)
unit(P, "68 °F in Celsius", f_to_c(68), EXACT)
unit_r(P, "11 st 9 lb in kg?", (11 * 14 + 9) * LB)
unit(P, "5 GiB = how many MiB", 5 * GIB / MIB, EXACT)
unit_r(P, "4,250 square feet in square metres", 4250 * SQFT)
unit_r(P, "90 km/h is how many mph", 90 * KMH / MPH)
unit_r(P, "1.8 hectares in acres", dec("1.8") * HA / ACRE)
unit_r(P, "370 mm to inches", 370 * MM / IN)
unit_r(P, "2.5 bar in psi", dec("2.5") * BAR / PSI)
unit_r(P, "twenty-eight ounces in grams", 28 * OZ / G)
unit(P, "-12 celsius to fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "how many cubic feet is 2 cubic metres", 2 / CUFT)
unit(P, "45 yards in metres", 45 * YD, EXACT)

# ---------------------------------------------------------------- unit word problems
unit_r(
    TYRE,
    "door sticker says 2.4 bar for the fronts but my gauge only does psi. what do i pump them to?",
    dec("2.4") * BAR / PSI,
)
unit_r(OPTIC, "Her pupillary distance is 64 mm — what's that in inches?", 64 * MM / IN)
unit_r(
    BOUNCY,
    "The castle's footprint is 15 ft by 18 ft. How many square metres of flat ground do we need?",
    15 * 18 * SQFT,
)
unit_r(GREEN, "stimp reading of 11 feet on the 9th green, in metres that's", 11 * FT)
unit_r(
    GREEN,
    "Square metres in a 2.5-acre practice ground? Need it for the fertiliser order.",
    dec("2.5") * ACRE,
)
unit_r(WINE, "the cellar's sitting at 54 degrees Fahrenheit, what's that in Celsius", f_to_c(54))
unit_r(
    FISH,
    "Customer wants three pounds of cod loin — how many grams do I weigh out?",
    3 * LB / G,
)
unit_r(GOAT, "In cubic feet, how big is our 1,200 litre bulk milk tank?", F(1200, 1000) / CUFT)
unit_r(
    GOAT,
    "the billy went on the old scale at 9 st 4 lb. kilos?",
    (9 * 14 + 4) * LB,
)
unit_r(BOWLS, "A rink is 34 metres long; how many yards is that?", 34 / YD)
unit_r(
    RUGBY,
    "100 metres between the try lines - how many feet is that for the line-marking machine?",
    100 / FT,
)
unit(SKY, "Exit altitude is 13,000 ft. What's that in metres?", 13000 * FT, EXACT)
unit_r(SKY, "belly-to-earth freefall is about 120 mph; in km/h?", 120 * MPH / KMH)
unit_r(
    SLEUTH,
    "The subject drove 42 miles to the meeting and the report has to be in kilometres. How far?",
    42 * MI / KM,
)
unit_r(
    PARCEL,
    "box is 80 cm by 60 cm by 50 cm, how many cubic feet is that",
    80 * CM * 60 * CM * 50 * CM / CUFT,
)
unit_r(
    STOCKCAR,
    "Our oval is 0.4 of a mile round. How many km is a 25-lap final?",
    dec("0.4") * 25 * MI / KM,
)
unit_r(PINGPONG, "Table's 9 ft by 5 ft. Area in square metres?", 9 * 5 * SQFT)
unit_r(
    GYMNAST,
    "A beam is 10 cm wide. How wide is that in inches, for a parent who asked?",
    10 * CM / IN,
)
unit(
    REPAIR,
    "we've got 6 ft 6 in of lamp flex left - what's that in centimetres?",
    (6 * 12 + 6) * IN / CM,
    EXACT,
)
unit_r(
    POLISH,
    "table top is 1.8 m by 0.9 m. how many square feet of surface am I finishing?",
    dec("1.8") * dec("0.9") / SQFT,
)
unit_r(SPICE, "A sack of black peppercorns is 55 lb. In kilograms?", 55 * LB)
unit(SPICE, "warehouse is kept at 59°F; convert to °C", f_to_c(59), EXACT)
unit_r(
    PASTA,
    "old recipe says 1 lb 4 oz of 00 flour. grams please",
    20 * OZ / G,
)
unit(WEB, "client's monitor is 27 inches diagonal, in cm?", 27 * IN / CM, EXACT)
unit(SURF, "Board's 6 ft 2 in. What's that in centimetres?", 74 * IN / CM, EXACT)
unit(SURF, "The resin wants 77°F to cure properly - in Celsius that's?", f_to_c(77), EXACT)
unit_r(
    MATTRESS,
    "A king here is 150 cm by 200 cm; how many square feet is the sleeping surface?",
    150 * CM * 200 * CM / SQFT,
)
unit_r(
    MATTRESS,
    "Foam block comes in at 2 m x 1.5 m x 0.3 m. Cubic feet?",
    2 * dec("1.5") * dec("0.3") / CUFT,
)
unit(
    CAMERA,
    "That old Ektar lens is marked 7 inch — what's the focal length in mm?",
    7 * IN / MM,
    EXACT,
)
unit(
    FLATPACK,
    "Ceiling's 8 ft 4 in. How many cm is that? Wardrobe is tall and I want to check.",
    100 * IN / CM,
    EXACT,
)
unit_r(
    REENACT,
    "My arming sword weighs 2 lb 12 oz. What is that in grams?",
    44 * OZ / G,
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


def sayus(d):
    """A date written the American way with its computed weekday, e.g. Monday, March 4, 2030."""
    return f"{weekday(d)}, {calendar.month_name[d.month]} {d.day}, {d.year}"


assert sayus(D(2030, 3, 4)) == "Monday, March 4, 2030"


# ---------------------------------------------------------------- date one-liners
date_item(P, "what weekday is 17 November 2033", weekday(D(2033, 11, 17)))
date_item(P, "days between 3 March 2029 and 19 October 2029", days(D(2029, 3, 3), D(2029, 10, 19)))
date_item(P, "100 days after 12 December 2030?", D(2030, 12, 12) + TD(days=100))
date_item(P, "date 45 days before 2 May 2032", D(2032, 5, 2) - TD(days=45))
date_item(
    P, "how many weeks from 6 January 2031 to 17 March 2031", weeks(D(2031, 1, 6), D(2031, 3, 17))
)
date_item(P, "third Tuesday of September 2030", nth_weekday(2030, 9, TUE, 3))
date_item(P, "When's the last Monday in May 2034?", nth_weekday(2034, 5, MON, -1))
date_item(
    P,
    "age on 1 July 2035 of someone born 14 October 1988",
    age(D(1988, 10, 14), D(2035, 7, 1)),
)
date_item(P, "how many minutes from 09:37 to 16:52", clock_span("09:37", "16:52", 60))
date_item(P, "hours between 22:30 and 06:00 the next morning", clock_span("22:30", "06:00", 3600))
date_item(P, "1,000 days after 4 April 2028 is which date", D(2028, 4, 4) + TD(days=1000))
date_item(P, "what date is 16 weeks after 25 June 2029", D(2029, 6, 25) + TD(weeks=16))
date_item(
    P,
    "How many days from 30 November 2031 to 14 February 2032?",
    days(D(2031, 11, 30), D(2032, 2, 14)),
)
date_item(P, "1 January 2040 falls on what day of the week", weekday(D(2040, 1, 1)))

# ---------------------------------------------------------------- date word problems
date_item(
    TYRE,
    "We tell customers to come back for a rotation 120 days after fitting. Fitted on "
    "18 March 2030 - when's the rotation due?",
    D(2030, 3, 18) + TD(days=120),
)
date_item(
    OPTIC,
    "eye test done 9 September 2029 and the recall is set for 730 days later. what date "
    "does the letter go for?",
    D(2029, 9, 9) + TD(days=730),
)
OPTIC_ORDERED = D(2030, 1, 24)
date_item(
    OPTIC,
    f"Varifocals ordered on {sayw(OPTIC_ORDERED)} and the lab quotes 12 days. "
    "What date will they be ready?",
    OPTIC_ORDERED + TD(days=12),
)
date_item(
    BOUNCY,
    "Booking's for the second Saturday in June 2031, what date is that?",
    nth_weekday(2031, 6, SAT, 2),
)
date_item(
    GREEN,
    "Hollow tining on 2 September 2030, then the greens stay shut for 17 days. Date they reopen?",
    D(2030, 9, 2) + TD(days=17),
)
date_item(
    WINE,
    "Laid down a case of claret on 15 November 2027; the drinking window opens 1,500 days "
    "after that. When?",
    D(2027, 11, 15) + TD(days=1500),
)
date_item(
    FISH,
    "how many days between 1 September 2031, when the native oyster season opens, and "
    "30 April 2032 when it closes",
    days(D(2031, 9, 1), D(2032, 4, 30)),
)
date_item(
    GOAT,
    "Kidding's due 150 days after mating and the billy ran with her on 22 October 2030. Due date?",
    D(2030, 10, 22) + TD(days=150),
)
date_item(
    BOWLS,
    "Opening day is the last Saturday of April 2031 — what's the date?",
    nth_weekday(2031, 4, SAT, -1),
)
date_item(
    RUGBY,
    "Lad was born 23 August 2012. How old is he on 1 September 2030 for the age-grade cut?",
    age(D(2012, 8, 23), D(2030, 9, 1)),
)
date_item(
    RUGBY,
    "the kit supplier needs 6 weeks. if we want it by 5 September 2031, what's the "
    "latest date to order",
    D(2031, 9, 5) - TD(weeks=6),
)
date_item(
    SKY,
    "Reserve has to be repacked every 180 days. Last repack was 11 May 2030 — next one due?",
    D(2030, 5, 11) + TD(days=180),
)
date_item(
    SLEUTH,
    "Client hired us on 14 February 2030 and the surveillance ran to 3 April 2030. How many "
    "days is that for the invoice?",
    days(D(2030, 2, 14), D(2030, 4, 3)),
)
date_item(
    SLEUTH,
    "what day of the week was 8 June 2030? subject's statement says he left that day",
    weekday(D(2030, 6, 8)),
)
date_item(
    PARCEL,
    "Peak starts on the fourth Monday of November 2031. What date's that?",
    nth_weekday(2031, 11, MON, 4),
)
date_item(
    PARCEL,
    "shift was 05:45 to 15:20. how many minutes is that",
    clock_span("05:45", "15:20", 60),
)
date_item(
    STOCKCAR,
    "Gates at 18:30 and the last final finishes at 22:15. How many hours is the meeting?",
    clock_span("18:30", "22:15", 3600),
)
PP_START = D(2030, 9, 10)
PP_END = PP_START + TD(weeks=33)
date_item(
    PINGPONG,
    f"Season runs from {say(PP_START)} to {say(PP_END)}. How many weeks is that?",
    weeks(PP_START, PP_END),
)
date_item(
    GYMNAST,
    "She was born 3 March 2017. How old will she be on 31 December 2031 for the "
    "competition age rules?",
    age(D(2017, 3, 3), D(2031, 12, 31)),
)
date_item(
    REPAIR,
    "Next repair café is six weeks after 14 September 2030. what date?",
    D(2030, 9, 14) + TD(weeks=6),
)
date_item(
    POLISH,
    "Last coat went on 29 November 2030 and it needs 21 days to cure before delivery. "
    "Earliest delivery date?",
    D(2030, 11, 29) + TD(days=21),
)
date_item(
    SPICE,
    "The container left port on 4 February 2031 and the shipping line says 47 days. Arrival date?",
    D(2031, 2, 4) + TD(days=47),
)
date_item(
    PASTA,
    "class runs from 10:00 till 14:45, how many minutes is that",
    clock_span("10:00", "14:45", 60),
)
date_item(
    WEB,
    "How many days from 3 May 2031 to 12 July 2032, when the client's domain expires?",
    days(D(2031, 5, 3), D(2032, 7, 12)),
)
date_item(
    SURF,
    "solstice paddle-out is on 21 June 2031 - what day of the week is that?",
    weekday(D(2031, 6, 21)),
)
date_item(
    MATTRESS,
    "Night shift is 22:00 until 06:30 the following morning. How many hours?",
    clock_span("22:00", "06:30", 3600),
)
date_item(
    CAMERA,
    "Sold it with a 90-day warranty from the sale on 19 October 2030. What date does the "
    "warranty run out?",
    D(2030, 10, 19) + TD(days=90),
)
date_item(
    CAMERA,
    "Shop opened 2 April 2011. How many days had we been trading by 2 April 2031?",
    days(D(2011, 4, 2), D(2031, 4, 2)),
)
date_item(
    FLATPACK,
    "Customer wants us on the first Wednesday of March 2032. Which date is that?",
    nth_weekday(2032, 3, WED, 1),
)
date_item(
    REENACT,
    "Hastings anniversary muster is on 14 October 2031. Which weekday?",
    weekday(D(2031, 10, 14)),
)
REENACT_EVENT = D(2031, 8, 16)
date_item(
    REENACT,
    f"Set-up crew goes in 28 days before the show on {sayw(REENACT_EVENT)}. What date is set-up?",
    REENACT_EVENT - TD(days=28),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---------------------------------------------------------------- ordinary negatives
ORDINARY = {
    TYRE: (
        "How do I tell a customer politely that their spare is too perished to use?",
        "what's the legal minimum tread depth for a car in the UK and how do you measure it",
        "Is it worth carrying run-flat tyres on the van or do they rarely come up?",
        (
            "customer's tyre has a nail near the sidewall. can it be plugged or does it need "
            "replacing, and why?"
        ),
    ),
    OPTIC: (
        "What's the difference between varifocals and bifocals, in plain words for a patient?",
        "How should I explain anti-reflective coating to someone who thinks it's a gimmick?",
        (
            "Why do new varifocal wearers feel dizzy at first, and how long does it usually take "
            "to adapt?"
        ),
        "tips for fitting frames on a child with a very low nose bridge?",
    ),
    BOUNCY: (
        "What should a risk assessment for a bouncy castle at a school fete cover?",
        "how windy is too windy to keep a castle up? what do most hire firms go by",
        "Draft a short message telling a customer we can't set up on gravel and why.",
        "What's the best way to clean vomit off PVC inflatable fabric without damaging it?",
    ),
    GREEN: (
        "Why are my greens getting fusarium patches in autumn and what cultural fixes help?",
        ("Explain the difference between hollow tining and verti-draining to the club committee."),
        "what grass species suit a shady tee box in the north of England",
        "How do I persuade members that raising the height of cut in a drought is sensible?",
    ),
    WINE: (
        "What would you pair with a spicy Thai green curry - Riesling or something else?",
        (
            "Describe the difference between Chablis and an oaked Californian Chardonnay for a "
            "shelf talker."
        ),
        "how long will an opened bottle of port keep, roughly, and does tawny differ from ruby",
        "Write a friendly newsletter intro for our spring tasting evening.",
    ),
    FISH: (
        ("How can you tell if a whole sea bass is really fresh? What do I point out to customers?"),
        "What's a sustainable alternative to cod I could push this season, and why?",
        "customer asked how to pin-bone a salmon side, can you walk me through it",
        "Is it safe to sell scallops with the roe on, and how should they be stored?",
    ),
    GOAT: (
        "Why might a goat's milk taste goaty and what can we do about it?",
        "What are the early signs of mastitis in a milking goat?",
        "how do you introduce a new doe to the herd without too much fighting",
        (
            "Write a short explanation for the farm shop about why goat's milk is often "
            "tolerated better."
        ),
    ),
    BOWLS: (
        "Explain what 'bias' on a bowl means for a new member.",
        "What's the etiquette about standing behind the mat while someone's delivering?",
        "how do we keep moss off the green over winter without chemicals",
        "Can you suggest ways to get younger people to try the club?",
    ),
    RUGBY: (
        "How do I word an email chasing parents who haven't returned last season's kit?",
        "what's the best way to wash muddy rugby shirts so the sponsor logos don't peel",
        "Should we go for a bespoke kit supplier or an off-the-shelf range? Pros and cons?",
        "What information do I need to put in a kit sponsorship agreement?",
    ),
    SKY: (
        "What does a first-timer need to know before a tandem jump? Keep it reassuring.",
        "why do skydivers arch their back in freefall",
        "How should we handle a customer who freezes in the door of the plane?",
        "Explain what an AAD is and why every rig needs one.",
    ),
    SLEUTH: (
        "What are the legal limits on following someone in public in England?",
        "how do I write up a surveillance log so it stands up if it goes to court",
        "Can a private investigator trace someone's address using the electoral roll?",
        "Give me tips for staying inconspicuous on a long static watch in a car.",
    ),
    PARCEL: (
        "What's a good system for loading the van so the first drops are at the back doors?",
        (
            "how do I deal with a customer who says the parcel was never delivered when the "
            "photo shows it was"
        ),
        "Any advice on avoiding back strain lifting heavy parcels all day?",
        "Is it legal to leave a parcel with a neighbour without asking the customer first?",
    ),
    STOCKCAR: (
        "What safety briefing should drivers get before their first meeting?",
        "How can we reduce dust from the shale track blowing onto the crowd?",
        "write a punchy facebook post for the bank holiday meeting",
        "What's the difference between the F1 and F2 stock car formulas?",
    ),
    PINGPONG: (
        "Explain the service let rule for a new player.",
        "how should I handle a team that keeps fielding an unregistered player",
        "What's a fair way to seed a handicap tournament?",
        "Draft a reminder to captains about sending results in on time.",
    ),
    GYMNAST: (
        "How do I explain to parents why their child isn't moving up a level yet?",
        "What are good warm-up drills for a recreational class of 7 year olds?",
        "why do gymnasts chalk their hands, and does it help on beam too",
        "What safeguarding steps should we take before a club trip?",
    ),
    REPAIR: (
        "Someone brought in a toaster that trips the electrics. What should we check first?",
        "how do we word a disclaimer saying we're volunteers and can't guarantee repairs",
        "What tools are most worth buying for a new repair café?",
        "Is it safe for volunteers to open microwave ovens? Why or why not?",
    ),
    POLISH: (
        "Why has the shellac gone cloudy on a table that was left by a window?",
        "what's the difference between a French polish and a modern lacquer finish",
        "How can I remove a white heat ring from a polished walnut top?",
        "Explain to a client why stripping a Georgian chest would reduce its value.",
    ),
    SPICE: (
        "How should whole spices be stored in a warehouse to keep them fresh longest?",
        "What paperwork do we need to import chilli powder into the UK?",
        "why is real saffron so expensive and how do you spot fake stuff",
        "Write product copy for our smoked paprika that doesn't sound generic.",
    ),
    PASTA: (
        "Why does my egg dough keep cracking when I roll it thin?",
        "What's the difference between 00 flour and semola for pasta?",
        "how long does fresh filled pasta keep in the fridge before it goes soggy",
        "Suggest a seasonal ravioli filling for an autumn class.",
    ),
    WEB: (
        ("How do I tell a client that their logo doesn't work on mobile without offending them?"),
        "what should be in a simple website design contract for small businesses",
        "Should a small bakery use Shopify or WooCommerce? Explain the trade-offs.",
        "Explain what a CDN does in terms a café owner would understand.",
    ),
    SURF: (
        "What's the difference between a PU and an EPS blank for a customer choosing?",
        "why would a board with more rocker be better in steep waves",
        "How do I reduce resin fumes in a small shaping bay?",
        "What fin setup would you suggest for a heavier beginner on a mid-length?",
    ),
    MATTRESS: (
        "Why do pocket spring mattresses need turning less than open coil ones?",
        "what fire regulations apply to mattresses sold in the UK",
        "How can we cut foam offcut waste on the line?",
        "Write a short explanation of what 'medium-firm' means for our website.",
    ),
    CAMERA: (
        "How do I check a secondhand lens for fungus before buying it in?",
        "Is a Pentax K1000 a good first film camera? What would you tell a customer?",
        "what's the fairest way to grade cosmetic condition on used cameras",
        "Explain shutter count and why it matters when buying a used DSLR.",
    ),
    FLATPACK: (
        "What's the best way to stop cam locks stripping in chipboard?",
        "how do I anchor a tall wardrobe to a plasterboard wall safely",
        "A customer lost the instructions for their bed. How should I approach it?",
        "Should I charge for taking away the packaging? How do others handle it?",
    ),
    REENACT: (
        "What did a 14th-century English archer typically wear?",
        "How do we run a safe combat display with members of the public nearby?",
        "write a short welcome talk for visitors about life in a medieval camp",
        "Is it authentic to cook with tomatoes at a medieval living history event?",
    ),
}
assert sorted(ORDINARY) == list(REGISTERS)
for _reg in REGISTERS:
    assert len(ORDINARY[_reg]) == 4, _reg
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


# ---------------------------------------------------------------- near-positive negatives
NEAR = (
    ("near-exchange-rate", "how much is £240 in euros", "needs a live exchange rate"),
    ("near-share-price", "What are 150 shares of Unilever worth?", "needs a current share price"),
    (
        "near-central-bank-rate",
        "what interest rate is the Bank of England charging right now, roughly?",
        "a current fact, not a calculation",
    ),
    (
        "near-loan-missing-terms",
        "What would the monthly repayment be on a £12,000 van loan?",
        "no interest rate or term given",
    ),
    ("near-gallon", "How many litres are in 5 gallons of diesel?", "UK or US gallon: contested"),
    (
        "near-cup",
        "how many grams is 1.5 cups of caster sugar",
        "cup size and flour density not fixed",
    ),
    ("near-ton", "convert 3 tons to kilograms", "short, long or metric ton: contested"),
    (
        "near-mpg",
        "Van's averaging 41.5 mpg on the motorway, so litres per 100 km?",
        "UK or US gallon in mpg: contested",
    ),
    ("near-horsepower", "my engine's 150 hp, what's that in kW?", "metric or mechanical hp"),
    ("near-fluid-ounce", "12 fl oz in millilitres", "UK or US fluid ounce: contested"),
    ("near-barrel", "How many litres in a barrel?", "oil, beer or other barrel: contested"),
    ("near-hundredweight", "what's 4 hundredweight in kg", "long or short hundredweight"),
    ("near-kilobyte", "How many bytes is 500 kB?", "1000 or 1024: contested"),
    ("near-knot", "Is 22 knots faster than 25 mph?", "knots left out of positives as contested"),
    ("near-light-year", "how many km away is something 4 light-years off", "year length varies"),
    ("near-gold-ounce", "How many grams in an ounce of gold?", "troy or avoirdupois ounce"),
    ("near-dog-years", "my dog is 9, how old is that in dog years", "no agreed conversion"),
    ("near-calories", "calories in 250 g of cooked rice?", "nutrition lookup, not arithmetic"),
    (
        "near-age-from-birth",
        "How old is someone born on 12 May 1990?",
        "depends on the current date",
    ),
    ("near-days-until", "how many days until Burns Night", "depends on the current date"),
    (
        "near-coming-weekday",
        "What's the date on Friday week?",
        "depends on the current date",
    ),
    ("near-lunisolar", "When is Diwali in 2031?", "lunisolar festival, a lookup"),
    ("near-good-friday", "what date is Good Friday in 2032", "moveable feast, a lookup"),
    (
        "near-working-days",
        "How many working days between 20 December 2030 and 6 January 2031?",
        "depends on which holidays count",
    ),
    (
        "near-bank-holiday",
        "Is 2 January 2031 a bank holiday?",
        "differs by UK region",
    ),
    (
        "near-month-from-31st",
        "Add one month to 31 August 2031 — what date do you get?",
        "month arithmetic",
    ),
    ("near-leap-day-year", "One year after 29 February 2032 is what date?", "no 29 Feb 2033"),
    (
        "near-numeric-date",
        "how many days from 03/04/2031 to 05/06/2031",
        "day/month order not stated",
    ),
    (
        "near-time-zone",
        "If it's 3pm in Manchester what time is it in Sydney?",
        "time zones and summer time",
    ),
    (
        "near-clocks-change",
        "What date do the clocks spring forward in March 2033?",
        "summer time rules, a lookup",
    ),
    ("near-isbn", "what does the 978 at the start of an ISBN mean", "identifier, not a number"),
    ("near-postcode", "Which town is the postcode TR18 in?", "identifier, a lookup"),
    (
        "near-ip-address",
        "Is 10.44.201.7 a public or private address?",
        "identifier that looks like numbers",
    ),
    ("near-version", "which is newer, Python 3.12 or 3.9?", "versions are not decimals"),
    ("near-formation", "What does a 3-5-2 formation mean in football?", "notation, not maths"),
    ("near-chess", "In chess, what does 1.d4 Nf6 2.c4 e6 mean?", "notation, not maths"),
    (
        "near-phone-number",
        "Is it free to call an 0345 number from a mobile?",
        "tariff rules, not a number",
    ),
    ("near-paper-size", "what are the dimensions of A3 paper", "a standard's fact, lookup"),
    ("near-nominal-timber", "how big is a 4x2 actually once it's planed", "nominal size"),
    (
        "near-code-semantics",
        "What does round(2.5) return in Python, and why not 3?",
        "code semantics and explanation",
    ),
    ("near-world-fact", "How high is Scafell Pike in feet?", "world fact, a lookup"),
    (
        "near-tax-rules",
        "how much income tax would I pay on £38,000 in England",
        "tax bands are a lookup and change",
    ),
    (
        "near-dosing",
        "How much ibuprofen can a 20 kg child have?",
        "medical dosing advice",
    ),
    ("near-size-chart", "UK size 9 shoe is what EU size?", "size charts vary by brand"),
    ("near-gas-mark", "gas mark 6 in Fahrenheit?", "oven convention, not exact conversion"),
    (
        "near-estimate",
        "How many marbles would fit in a 2 litre jar?",
        "an estimate, packing not given",
    ),
    ("near-lottery-odds", "what are the odds of winning the Thunderball jackpot", "rules lookup"),
    (
        "near-prevalence",
        "A test is 95% accurate and I tested positive. What's the chance I have it?",
        "prevalence missing",
    ),
    (
        "near-missing-area",
        "How many litres of paint do I need for my hallway?",
        "area and coverage not given",
    ),
    ("near-translation", "how do you say 'ninety-nine' in Welsh", "translation"),
    ("near-number-in-title", "Who sang '99 Red Balloons'?", "a number in a title"),
    ("near-opinion", "Is 6% a good return on an ISA?", "an opinion"),
    ("near-implied-multiplication", "12 ÷ 3(1+3) — what's the answer?", "contested reading"),
    ("near-sequence-guess", "What comes next: 3, 8, 15, 24, 35?", "a sequence guess"),
    ("near-random-choice", "pick a random number between 1 and 80 for the raffle", "random"),
    (
        "near-proof",
        "Can you prove that the product of two odd numbers is odd?",
        "a written proof",
    ),
    (
        "near-explanation",
        "Explain why multiplying two negative numbers gives a positive.",
        "an explanation",
    ),
    ("near-letters", "How many letter s's are in 'possessiveness'?", "letters, not numbers"),
    (
        "near-forecast",
        "What will the UK inflation rate be in spring 2033, do you reckon?",
        "a forecast",
    ),
    (
        "near-historical-price",
        "What did a gallon of petrol cost in Britain in 1974?",
        "a historical fact",
    ),
    (
        "near-historical-weekday",
        "What day of the week was 5 November 1605, the Gunpowder Plot?",
        "Julian calendar in England then",
    ),
    ("near-tipping", "How much should I tip a taxi in Boston?", "a custom"),
    ("near-postage", "how much is a second class stamp", "current price, a lookup"),
    ("near-short-long-scale", "How many zeros in a billion in old British usage?", "scale"),
    (
        "near-cooking-time",
        "How long do I roast a 5 kg turkey for?",
        "a cooking guideline, not a calculation",
    ),
)
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# ---------------------------------------------------------------- conversations
CONVS = (
    (
        "conv-operator",
        [
            (U, "Let's say a ⊛ b means 3a minus b."),
            (A, "Got it: a ⊛ b = 3a − b."),
            (U, "so what's 7 ⊛ 4?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Define g(x) = x squared plus 5."),
            (A, "Okay, g(x) = x² + 5."),
            (U, "What's g(9)?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In our puzzle A=2, B=4, C=6 and so on, each letter double its position."),
            (A, "Understood, each letter is twice its place in the alphabet."),
            (U, "what's CAB worth then"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-name-for-number",
        [
            (U, "At the bakery a 'batch' means 36 rolls."),
            (A, "Noted: one batch = 36 rolls."),
            (U, "How many rolls in 7 batches?"),
        ],
        "a name defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "For this game + means subtract and - means add."),
            (A, "Okay, I'll read the signs swapped."),
            (U, "50 + 12 - 3"),
        ],
        "signs swapped earlier",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "Let's do sums on a 12-hour clock face, so it wraps round after 12."),
            (A, "Sure, results wrap around at 12."),
            (U, "what's 11 + 9 on that clock"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, like 2,5 for two and a half."),
            (A, "Understood."),
            (U, "What's 3,2 times 4?"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our kitchen a 'tray' holds 48 pasta nests."),
            (A, "Got it."),
            (U, "How many nests in six and a half trays?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-base-input",
        [
            (U, "All numbers I give you from now on are binary."),
            (A, "Okay, I'll read them as base 2."),
            (U, "1101 + 111"),
        ],
        "input base set earlier",
    ),
    (
        "conv-base-output",
        [
            (S, "Always give numeric answers in hexadecimal."),
            (U, "what is 200 plus 56?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Please only use Roman numerals in your replies from now."),
            (A, "Certainly."),
            (U, "What's 64 plus 27?"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Brother Cadfael, a 12th-century monk. Stay in character."),
            (U, "Good brother, what is 17 times 6?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-answer-language",
        [
            (U, "Reply in Spanish words, no digits."),
            (A, "De acuerdo."),
            (U, "What's 23 + 38?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "From now on please answer everything in a rhyming couplet."),
            (A, "I'll answer you in rhyme, each and every time."),
            (U, "How many centimetres are in 5 ft 3 in?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-output-format",
        [
            (U, 'Give answers as JSON like {"total": ...}.'),
            (A, "Okay."),
            (U, "total of 14.50, 8.25 and 30?"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest hundred."),
            (A, "Will do."),
            (U, "What's 37 times 41?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Give me answers to 3 significant figures."),
            (A, "Sure."),
            (U, "Convert 26.2 miles to km."),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Always give weights back in stones and pounds."),
            (A, "Okay."),
            (U, "how heavy is 92 kg"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this budget assume £1 buys 1.16 euros."),
            (A, "Noted: £1 = €1.16."),
            (U, "How many euros for £350?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Dates I type are day/month/year."),
            (A, "Understood."),
            (U, "How many days from 04/05/2031 to 06/07/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates as words, like 'the third of March'."),
            (A, "Okay."),
            (U, "What date is 40 days after 10 June 2031?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "From here on, answers as simplified fractions please, no decimals."),
            (A, "Sure."),
            (U, "what's 0.625 plus 0.45"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel's world a week has 5 days and a month has 30."),
            (A, "Got it."),
            (U, "How many weeks in two months there?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our financial year's week 1 starts on 1 April."),
            (A, "Okay."),
            (U, "Which week number is 20 May 2031 then?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 84 times 15?"),
            (A, "84 × 15 = 1,260."),
            (U, "Sorry, I meant 48 not 84 - redo it."),
        ],
        "a correction to an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Van lease is £240 a week and diesel about £110."),
            (A, "So about £350 a week together."),
            (U, "Could you recap everything we've figured out?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-why",
        [
            (U, "How many 250 g packs from 6 kg of spice?"),
            (A, "6 kg is 6,000 g; 6,000 ÷ 250 = 24 packs."),
            (U, "why did you multiply by a thousand first?"),
        ],
        "explanation of an earlier answer",
    ),
    (
        "conv-spread-figures",
        [
            (U, "First order was 12 boxes."),
            (A, "Okay, 12."),
            (U, "second one 19 boxes"),
            (A, "Noted, 19."),
            (U, "And the third was 27. Total?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 18% of 650?"),
            (A, "18% of 650 is 117."),
            (U, "now triple that"),
        ],
        "uses an earlier result",
    ),
    (
        "conv-judgement",
        [
            (U, "A used Nikon F3 body is £320 and the lens £180."),
            (A, "That's £500 together."),
            (U, "is that a fair price?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "The club night would be 13 December 2031."),
            (A, "That's a Saturday."),
            (U, "Is that a sensible date for a Christmas do, do you think?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "For the next sum, work in arithmetic mod 11."),
            (A, "Okay, mod 9."),
            (U, "6 x 9 is?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "Round here a 'score' is £20 and a 'ton' is £100."),
            (A, "Noted."),
            (U, "so two tons and three scores is how much"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All the prices on our list already include VAT at 20%."),
            (A, "Understood."),
            (U, "What's the price before VAT of the £78 item?"),
        ],
        "VAT-inclusive convention set earlier",
    ),
    (
        "conv-recall",
        [
            (U, "My lot numbers are 417, 882 and 1,093."),
            (A, "Noted."),
            (U, "what was the middle one again?"),
        ],
        "recall of an earlier turn",
    ),
)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---------------------------------------------------------------- this set's structure
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_in_reg = [i for i in items if i["family"] in REGISTERS]
assert len(_in_reg) == 25 * 3 + 18 + 100, len(_in_reg)
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]


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
        earlier |= _generator_queries(_load(earlier_path(name)))
    # no register (family name) of this set is a family name of sets 19 to 64
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 64: {reused}"
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
