r"""Generate heldout-2027-02-04.jsonl: a sixty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed63/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 850
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_62.py, by `sed -n` with comma ranges: lines 1-462
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 723-783 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 989-1073 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1285-1292 (its negatives
section header, neg() and conv()) and 2142-2366 (its stated-weekday check, its checks and main()).
The ranges and the line count (2366) were given by the brief; no `wc -l` of that file was run. The
display of the `sed -n 1,462p` output left out 90 characters in the middle of set 62's docstring (a
truncation by the shell tool's display, within a sentence about a contested reading); those
characters were not seen, and the copies made by `sed -n` (below) are complete. A `wc -l` of
earlier_registers.txt and an `ls -la` of /work/sealed63 were run once, in the same command as the
`cat` of grading.py (`wc -l` printed 850; the listing showed only earlier_registers.txt). None of
set 62's query blocks (463-722, 784-988, 1074-1284, 1293-2141) was opened. Nothing else under
/work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from
grading.py) or tests/ (apart from the five ranges), not README.md and not pyproject.toml; `cd` into
/work/main preceded the `sed -n` reads (which named the file by its path under
tests/data/router_heldout), `cd` into /work/main/tests/data/router_heldout preceded the one command
that copied the ranges, and `cd` into /work/main preceded each ruff run. The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory apart from /work/sealed63 was listed. The earlier generators
(sets 1-62) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` or `tail -1` of its output and its
--show listing of ids, expected values and tolerances were read), no git command was run, no
network and no search tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls -la` above; the `cat` of
earlier_registers.txt through `tr`; `sed -n 1,462p` of set 62's generator; then `sed -n` of
723,783, 989,1073 and 1285,1292 together with `echo` separators; then `sed -n 2142,2366p` alone.
Then, in one command, `mkdir -p` of /tmp/h63/blocks and /tmp/h63/own, `sed -n` copies of the same
five allowed ranges into raw files r1-r5 under /tmp/h63/blocks/ and a `wc -l` of them (462, 61, 85,
8 and 225 lines), followed by a loop of `grep -i` over earlier_registers.txt for 29 words of the
candidate register names (it printed eleven earlier names, none of them of the same trade: a garage
service bay, a doorstep milk round, a skate counter, four pigeon registers, a maple sugarhouse, a
sugarcraft cake studio and an airport baggage hall; the name first planned with "baggage" in it was
written with "luggage" instead). Then one run of /tmp/h63/subst.py (written by a `cat` heredoc in
the same command) that cuts the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line, so not the words inside set 62's docstring),
substitutes this set's OUT and PREFIX, "sets 1-61" -> "sets 1-62" in the comment on EARLIER_DIRS
(the tuple itself, EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), is kept as
it was), EARLIER (sets 1-62, `range(2, 63)`) and REGISTER_CHECK (sets 19-62, adding
make_heldout_62.py), and "sets 19 to 61" -> "sets 19 to 62" in one comment and one message string
of main() (each substitution asserted to apply once, the last twice; it printed "ok" for each),
followed in the same command by a `grep -n` of the blocks for "60", "61", "62", "63", "19 to",
"EARLIER" and "sealed" (it printed only configuration lines, two unit-factor lines, main()'s loop
over EARLIER and the substituted lines) and a `head -3` and `tail -2` of the first block. Then a
one-line Python computation, run from /tmp, of the weekdays of nine dates (to place stated dates on
the right weekdays) and of one day count (for a whole-week check). Then `cat` heredocs, each in its
own command, wrote this set's own blocks under /tmp/h63/own/: a_calc.py (registers and calculator
items; followed by a Python script on standard input that replaced an unused variable and an
awkward assert in one item's block before any run), b_units.py (unit constants and unit items),
c_dates.py (date items), d_negs.py (ordinary negatives), e_near.py (near-positive negatives;
followed by a `grep -c` of its family strings, which printed 66: 65 entries and the assert's prefix
test) and f_convs.py (conversations and this set's own structural asserts). Then `cat` heredocs, in
one command, wrote an assembly script /tmp/h63/assemble.py (it builds this file from
/tmp/h63/doc.txt, or a one-line placeholder, and the blocks in order, and prints its line count)
and a helper /tmp/h63/run.sh (it runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing
the latter's output to /tmp/h63/ruff.txt and printing its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h63/out.txt, and prints the exit codes and the
`tail -6` of it), with a first run of run.sh, followed by a `head -40` of ruff.txt. Edits after
failed checks (listed below) were made by /tmp/h63/fix1.py and /tmp/h63/fix2.py (each written by a
`cat` heredoc) or by Python scripts on standard input, all exact and asserted once, each followed
by run.sh. Then run.sh with --show (its own output discarded), a `sed -n 1,3p` of out.txt for its
summary lines, a `grep -c` of the listed ids (135) and a listing of the ids, expected values and
tolerances (a `grep` of out.txt laid out by `column -t`). Then a Python script on standard input
reworded one near-positive for naturalness (the historical-weekday question; not a check failure),
followed by run.sh (piped through `tail -1`), a `sed -n 1,3p` of out.txt and a Python check of line
lengths (in characters) over this file, which found no line over 100 columns. This docstring was
written last over the placeholder: its source text, /tmp/h63/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h63/doc/make_doc.py (written by a `cat` heredoc; it uses textwrap, keeps
the lines marked as preformatted and asserts that the words are unchanged, that no line exceeds 100
columns and that every register value of a_calc.py is named) filled it to 99 columns into
/tmp/h63/doc.txt (after a first fill, a Python script on standard input made three exact edits to
doc_src.txt, one wording slip and the place of the mph line among the factors, and make_doc.py was
run again); then run.sh, a `head -3` of this file and a Python check of its line lengths, a `sed -n
270,300p` of this file (the end of this docstring) and a `ruff format --no-cache --check` of it
(from /work/main); then a Python script on standard input added the words of this parenthesis and
of the clause before it to doc_src.txt, make_doc.py was run again, followed by run.sh and the
Python line-length check once more; then two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's three summary lines;
finally `rm -rf /tmp/h63`. Writes: only this file and its JSONL in /work/sealed63/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h63/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 62's main() and checks: only the substitutions listed above (file names, sets 1-62
for the duplicate check, sets 19-62 for the register check). Set 62 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 62 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-62 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 62's as
printed; ruff format may have changed layout only. All of set 62's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by one date one-liner),
unit_r() with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus() (not used here),
and SQFT/SQYD/CUFT (CUFT not used here). Added, newly written: MM, CM, KM, G, HA, SQIN, CUYD, MJ,
KWH and MS (with asserts on SQFT, SQYD, SQIN, CUYD, KWH, HA, KMH and MPH), the register constants
and the REGISTERS tuple (sorted by value, asserted 25 and distinct), the ORDINARY, NEAR and CONVS
tables, dates stated with their computed weekday by sayw() in five positives (an arrival in the
hangar, the start of a dig, a previous oven clean, a machine handed in for repair, a first
inspection), one conversation whose user turn states a survey date with its weekday by sayw(), an
assert that the square-root one-liner's radicand is a perfect square, an assert that a per-call-out
minimum charge applies to some call-outs and not to others, an assert that the cheapest way to buy
motors is two packs and seven singles and is cheaper than three packs, asserts on three stated
weekdays, and this set's own asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, in
order, four each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers are exactly the REGISTERS, and so are those of each
tool; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives), 31
register word problems per tool; exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 62's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 62's, copied (P = "plain" is copied too, as the
last line of the first block). Set 62's docstring (within lines 1-462) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; many of this set's near-positive and conversation kinds were chosen from that list
of generic kinds, newly worded with new figures and subjects. All of set 62's register names are
also in earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was
read in full and this set's registers were chosen to be of trades and situations different from
every name in it (for instance no aircraft hangar, digester, asbestos surveyor, rating consultant,
archaeology unit, damp-proofer, tree-ring laboratory, indexer, garage door fitter, graffiti crew,
soap maker, sterile services unit, knotweed contractor, field drainage contractor, detectorist
club, rocketry club, pig unit, oven cleaner, pension administrator, sewing machine shop, structural
engineer, sugar factory, tunnelling crew, walkers' luggage service or jigsaw maker register appears
there; a taxi office, a coffee roaster, a car bodyshop, a heat pump installer, a sawmill, a floor
maltings, a wine merchant and a boarding cattery were set aside as too near the pedicab and
rickshaw registers, the coffee van and cart, the garage service bay, the boiler engineer, the saw
doctor, the breweries and distilleries, the vineyards and the cat cafe and kitten rescue there);
the judgement of "different topic" is this writer's. Many plain one-liners, near-positives and
conversations here are of the same generic kinds as set 62's (for instance an operator, a decimal
comma, a persona, a contested unit, implied multiplication, a weekday of a historical event, a
number in a title, software versions), newly worded. At the edges of the allowed ranges: line 462
is P = "plain", 723, 989 and 1285 are section headers, 783 is a blank line after unit_r(), 1073 is
the assert after sayus(), 1292 is the last line of conv(), 2142-2148 hold the comment and the
compiled pattern of the stated-weekday check and 2366 is the call of main(). No query text of any
earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; 23 first-draft items that the duplicate
check reported as exact repeats of earlier queries or user turns (their earlier counterparts
unseen) were reworded, one of them twice, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 62 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof that there is no largest prime). Conversations that define an
operator, a function, letter values, a name for a number, swapped signs, clock arithmetic on a
12-hour face, a decimal comma, a unit, an input or output base, modular arithmetic, slang amounts
or a VAT-inclusive pricing convention are negatives because the notation or convention is set up in
an earlier turn (one base by a system turn); one conversation spreads its figures over three user
turns. Some conversations (answer format, Roman numerals, language, verse, rounding, precision,
target unit, a fixed currency rate, date order, date wording, fraction form, a persona set by a
system turn) end in a user turn that could be computed alone, or nearly; they are negatives, as in
set 62, because the earlier turn changes what a right answer looks like. Some near-positives depend
on the current date (days until a birthday, an age from a birth month, the date of a coming
Friday); one asks for a month added to the 31st, one for a year after a leap day, one for working
days between stated dates (a span over Christmas and New Year), one uses all-numeric dates of
unstated order, one asks the weekday of a historical event (in England, before the Gregorian
calendar), one asks when the clocks go forward, one asks whether a date is a bank holiday (it
differs by region), one asks for Easter Monday; they are negatives, with no "now" field. One
negative asks what a short piece of JavaScript evaluates to and why (code semantics). One
near-positive is a negative for its contested reading (implied multiplication). Near-positives ask
for conversions in gallons, cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights,
kilobytes, knots, light-years and an ounce of gold (troy or avoirdupois), for calories, and for dog
years (left out of positives as contested); one asks for letters in a word, one for an oven gas
mark in Celsius, one for the number of zeros in a billion (short or long scale), and one for a
German clock idiom. One date positive asks the weekday of a stated twentieth-century date (9
November 1989), computed in the proleptic Gregorian calendar. A few register positives state a
figure that a real trade might look up (a published rating multiplier, an annuity rate, a wingspan,
an autoclave temperature, a pig's gestation length); each is given in the text, so the answer
follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(from the third run on; it runs before the duplicate check). The first run of run.sh failed ruff
check (three ISC004 reports: implicitly concatenated strings inside a tuple in the ORDINARY table)
and the generator failed unit_r()'s two-decimal assert (a weight of pounds and ounces asked in
kilograms, whose two-decimal rounding is off by more than the 1e-3 tolerance); /tmp/h63/fix1.py put
the four two-line ordinary negatives in parentheses and asked that item in grams instead. The next
run passed ruff but failed main()'s assert against lengths in months or years (a calculator word
problem said "the two months"), reworded by a Python script on standard input. The next run failed
main()'s duplicate check, which reported 23 items by id: three plain calculator one-liners (a
square root, a division, a percentage), one plain date one-liner (minutes across midnight), two
plain unit one-liners (GiB to MiB, m/s to km/h), seven conversations (a user turn in each:
function, invented calendar, judgement, recall, significant figures, summary, system base) and ten
near-positives (coming weekday, Easter, implied multiplication, light-year, month end, all-numeric
dates, proof, random choice, shoe size, time zone); all were reworded by /tmp/h63/fix2.py, with new
figures or new subjects, without the earlier queries being looked at. The next run reported one of
them again (the significant-figures conversation), reworded by a Python script on standard input
(both of its user turns); the next run passed every check, and so did every later run. No other
check failed: unit_r()'s two-decimal assert, the stated-weekday check and all of this set's own
asserts passed on every run on which they were reached.

Registers (families), 25, new: aircraft_maintenance_hangar, anaerobic_digester_plant,
asbestos_survey_consultancy, business_rates_appeal_consultant, commercial_archaeology_field_unit,
damp_proofing_contractor, dendrochronology_lab, freelance_book_indexer, garage_door_fitter,
graffiti_removal_crew, handmade_soap_workshop, hospital_sterile_services_unit,
knotweed_eradication_contractor, land_drainage_contractor, metal_detecting_club,
model_rocketry_club, outdoor_pig_unit, oven_cleaning_service, pension_scheme_administrator,
sewing_machine_repair_shop, structural_engineer_site_visits, sugar_beet_processing_factory,
tunnel_boring_machine_crew, walkers_luggage_transfer_service, wooden_jigsaw_cutter. Every register
is used by all three tools (asserted); eighteen distinct registers have one further positive (a
second calculator word problem: business_rates_appeal_consultant, pension_scheme_administrator,
handmade_soap_workshop, walkers_luggage_transfer_service, oven_cleaning_service,
metal_detecting_club; a second unit word problem: tunnel_boring_machine_crew,
sugar_beet_processing_factory, model_rocketry_club, land_drainage_contractor,
anaerobic_digester_plant, aircraft_maintenance_hangar; a second date word problem:
commercial_archaeology_field_unit, dendrochronology_lab, hospital_sterile_services_unit,
freelance_book_indexer, structural_engineer_site_visits, outdoor_pig_unit). The seven registers
with three positives are asbestos_survey_consultancy, damp_proofing_contractor, garage_door_fitter,
graffiti_removal_crew, knotweed_eradication_contractor, sewing_machine_repair_shop and
wooden_jigsaw_cutter. Positives are one-liners (family "plain") or word problems of one to three
sentences, mostly UK usage with £ and a few US touches (Fahrenheit for an American manual, an
American range cooker and a US visitor, pounds for walkers from the States, square inches for a
puzzle), some chatty, terse, lower-case or in shorthand, a few with numbers in words, questions at
the start or the end. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories,
today's date or an age without a stated date, a lunisolar festival, Easter, working days, a
regional bank holiday, month arithmetic from the 31st, a year after a leap day, all-numeric dates
of unstated order, time zones, summer time, identifiers that look like numbers (a flight, an ISBN,
postcodes, an IP address, software versions, a formation, chess notation), a paper size, a nominal
timber size, code semantics, world facts, tax rules, dosing, a size chart, an oven convention, an
estimate, lottery odds, missing prevalence, a missing area, a translation, a number in a title, an
opinion, a contested reading, a sequence guess, a random choice, a written proof, an explanation,
letters in a word, a forecast, a historical price, the weekday of a historical event, a tipping
custom, a current postage price, a regional time idiom, the short or long scale; or, in
conversations, an operator, function, letter values or a name defined earlier, swapped signs, clock
arithmetic, a decimal comma, a unit defined earlier, a number base (input, or output set by a
system turn), Roman numerals, a persona set by a system turn, answer language, verse form, output
format, rounding, precision, target unit, a fixed currency rate or date order fixed earlier, date
wording, fraction form, an invented calendar, a week numbering, a correction, a summary, a
follow-up explanation or recall of earlier turns, figures spread over turns, a result from an
earlier turn, a judgement about earlier figures, advice about a date given earlier, modular
arithmetic, slang amounts or a VAT-inclusive pricing convention set earlier. The ordinary negatives
ask for advice, explanations, judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 62: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (tonnes appear only as prices
per tonne in two calculator items, with no conversion), hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, troy ounces (no ounce of a precious metal; the
ounces used are avoirdupois ounces of mass, next to pounds), carats, nominal sizes, leap-day
results, all-numeric dates (none in a positive; asserted), time zones and daylight saving, Easter,
working days, "within N days", and anything depending on the current date (no "now" or "timezone"
field; asserted). No calculator, date or exact unit result is a repeating decimal (asserted). Week
counts are asserted to be whole weeks; no day count is inclusive (each is the difference of the two
dates, and queries are worded as N days or weeks after or before a stated date, "days between",
"how many days from ... to ...", how many days an appeal or a dating job took from one stated date
to another, how many days from the first date to the second, how many days from the start to the
end, how many nights from a stated arrival to a stated departure, a drying time, a cure, an expiry,
a gestation, a weaning age, payment terms or a lab's turnaround from a stated date, a clean every
13 weeks after a stated one, the fifth of three-weekly visits counted from a stated first one, the
third Thursday, last Monday, last Saturday or second Tuesday of a stated month and year), ages are
in whole years from a stated birth date to a stated date, and clock spans run from one stated time
to the next occurrence of the other (two cross midnight, one saying "the next morning" and one "the
following morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 62):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square inches, feet and yards and cubic yards
    from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, MJ); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 h = 3600 s; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s;
    1 W = 1 J/s, so 1 kWh = 3.6 MJ
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_63.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-04.jsonl"
PREFIX = "ho63-"
# earlier generators: sets 1-62 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 63))
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


# registers of this set (families of the register word problems and ordinary negatives)
AIR = "aircraft_maintenance_hangar"
ADP = "anaerobic_digester_plant"
ASB = "asbestos_survey_consultancy"
RATES = "business_rates_appeal_consultant"
ARCH = "commercial_archaeology_field_unit"
DAMP = "damp_proofing_contractor"
DENDRO = "dendrochronology_lab"
INDEX = "freelance_book_indexer"
GDOOR = "garage_door_fitter"
GRAF = "graffiti_removal_crew"
SOAP = "handmade_soap_workshop"
CSSD = "hospital_sterile_services_unit"
KNOT = "knotweed_eradication_contractor"
DRAIN = "land_drainage_contractor"
DETECT = "metal_detecting_club"
ROCKET = "model_rocketry_club"
PIGS = "outdoor_pig_unit"
OVEN = "oven_cleaning_service"
PENS = "pension_scheme_administrator"
SEW = "sewing_machine_repair_shop"
STRUCT = "structural_engineer_site_visits"
BEET = "sugar_beet_processing_factory"
TBM = "tunnel_boring_machine_crew"
LUGG = "walkers_luggage_transfer_service"
JIG = "wooden_jigsaw_cutter"
REGISTERS = (
    AIR,
    ADP,
    ASB,
    RATES,
    ARCH,
    DAMP,
    DENDRO,
    INDEX,
    GDOOR,
    GRAF,
    SOAP,
    CSSD,
    KNOT,
    DRAIN,
    DETECT,
    ROCKET,
    PIGS,
    OVEN,
    PENS,
    SEW,
    STRUCT,
    BEET,
    TBM,
    LUGG,
    JIG,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25
assert list(REGISTERS) == sorted(REGISTERS)

# ---- calculator: plain one-liners
calc(P, "what's 3,847 x 26?", 3847 * 26)
calc(P, "17.5% of 2,360", pct("17.5") * 2360)
calc(P, "(483 - 129) / 6", F(483 - 129, 6))
SQUARE = 6241
assert math.isqrt(SQUARE) ** 2 == SQUARE  # the radicand is a perfect square
calc(P, "sqrt(6241)", math.isqrt(SQUARE))
calc(P, "2 to the power 13", 2**13)
calc(P, "9.75 * 0.48 = ?", dec("9.75") * dec("0.48"))
calc(P, "What is three fifths of 1,145?", F(3, 5) * 1145)
calc(P, "1,000,000 ÷ 128", F(10**6, 128))
calc(P, "increase 640 by 35%", 640 * (1 + pct(35)))
calc(P, "-47 + 18 - 93", -47 + 18 - 93)
calc(P, "mean of 14, 29, 31 and 46", F(14 + 29 + 31 + 46, 4))
calc(P, "how much is 0.125 of 3,912", dec("0.125") * 3912)
calc(P, "12 cubed minus 11 cubed", 12**3 - 11**3)
calc(P, "what percentage of 460 is 69?", F(69, 460) * 100)

# ---- calculator: register word problems (25 registers, then six second ones)
calc(
    AIR,
    "Hangar rate is £68.50 per engineer-hour. The ATR's check took three engineers 41 hours "
    "each and parts came to £2,945.20 — what's the invoice total before VAT?",
    3 * 41 * dec("68.50") + dec("2945.20"),
)
calc(
    ADP,
    "gate fee is £23.40/tonne and we had three food-waste loads in: 186 t, 204.5 t and 171 t. "
    "total gate fees?",
    (186 + dec("204.5") + 171) * dec("23.40"),
)
calc(
    ASB,
    "Quote for a management survey: £395 covers the first 150 m², then it's £1.20 per m² above "
    "that, and each sample sent to the lab is £32. The warehouse is 1,480 m² and we reckon on "
    "eleven samples. What's the total?",
    395 + (1480 - 150) * dec("1.20") + 11 * 32,
)
calc(
    RATES,
    "After the appeal the shop's rateable value came down from £48,500 to £41,250. With the "
    "multiplier at 0.546, by how much does the yearly rates bill fall?",
    (48500 - 41250) * dec("0.546"),
)
calc(
    ARCH,
    "How much machine hire for the evaluation? It's 14 trenches of 30 m each, the digger "
    "manages 105 m of trench a day and costs £410 per day.",
    F(14 * 30, 105) * 410,
)
calc(
    DAMP,
    "injected dpc at £38 per linear metre - back wall 7.4m, side wall 9.6m, party wall 5m, "
    "then add 10% for making good. price?",
    (dec("7.4") + dec("9.6") + 5) * 38 * (1 + pct(10)),
)
calc(
    DENDRO,
    "What do we bill? It's £85 per core measured plus a flat £240 report fee. The barn had 18 "
    "timbers with two cores taken from each, but five cores were too short to measure and "
    "aren't charged.",
    (18 * 2 - 5) * 85 + 240,
)
calc(
    INDEX,
    "I charge £3.10 per indexable page. The book runs to 412 pages, but 38 of those are prelims "
    "and end matter that don't get indexed. What should I quote?",
    (412 - 38) * dec("3.10"),
)
calc(
    GDOOR,
    "Sectional door £1,285, electric operator £420, two extra remotes at £34.50 each and "
    "fitting at £260. Customer gets 12% off the door itself only. What's the total?",
    1285 * (1 - pct(12)) + 420 + 2 * dec("34.50") + 260,
)
GRAF_RATE, GRAF_MIN = dec("4.75"), 90
calc(
    GRAF,
    "The council pays £4.75 per m² cleaned, with a £90 minimum per call-out. Tuesday we had "
    "three call-outs of 12 m², 31.6 m² and 8 m². How much do we claim?",
    sum(max(GRAF_RATE * a, GRAF_MIN) for a in (12, dec("31.6"), 8)),
)
assert GRAF_RATE * 12 < GRAF_MIN and GRAF_RATE * dec("31.6") > GRAF_MIN  # the minimum matters
SOAP_FIXED = dec("27.60") + dec("3.12") + dec("14.40")
calc(
    SOAP,
    "One batch makes 48 bars. Oils cost £27.60, lye £3.12, essential oils £14.40, and "
    "packaging is 35p a bar. What does each bar cost me?",
    SOAP_FIXED / 48 + dec("0.35"),
)
calc(
    CSSD,
    "reprocessing costs us £14.20 a tray. theatres sent 326 trays in january and 298 in "
    "february, so what's the cost for both together?",
    (326 + 298) * dec("14.20"),
)
calc(
    KNOT,
    "Knotweed management plan: £1,850 for the first treatment, four annual revisits at £620 "
    "each, and a £275 insurance-backed guarantee. What does the whole plan cost?",
    1850 + 4 * 620 + 275,
)
calc(
    DRAIN,
    "Herringbone layout with one 210 m main and fourteen laterals of 45 m, all in perforated "
    "pipe at £6.85 a metre. What does the pipe come to?",
    (210 + 14 * 45) * dec("6.85"),
)
calc(
    DETECT,
    "found a gold ring and it sold for £2,380. landowner gets half, and the club takes 5% of my "
    "half for club funds. what do i end up with?",
    F(2380, 2) * (1 - pct(5)),
)
ROCKET_BEST = min(k * 86 + max(27 - 10 * k, 0) * dec("9.80") for k in range(4))
assert ROCKET_BEST == 2 * 86 + 7 * dec("9.80") < 3 * 86  # two packs and seven singles
calc(
    ROCKET,
    "Motors are £9.80 each or £86 for a pack of ten. We need one motor per launch and there are "
    "27 launches planned — cheapest spend on motors?",
    ROCKET_BEST,
)
calc(
    PIGS,
    "Bought 120 weaners at £58 a head, feed came to £9,840 and vet and meds to £1,104. Three "
    "died and the rest sold at £162 each. Profit on the batch?",
    (120 - 3) * 162 - (120 * 58 + 9840 + 1104),
)
calc(
    OVEN,
    "Prices: oven clean £79, hob £25, extractor £29, extra racks £5 each. Mrs Patel wants the "
    "oven, hob, extractor and three racks, and she gets a 15% loyalty discount. Her bill?",
    (79 + 25 + 29 + 3 * 5) * (1 - pct(15)),
)
calc(
    PENS,
    "Pot of £186,400. The member takes a quarter as a tax-free lump sum and uses the rest to "
    "buy an annuity at a rate of 6.2%. What's the annual annuity income?",
    186400 * F(3, 4) * pct("6.2"),
)
calc(
    SEW,
    "Service £45, new bobbin case £18.90, motor belt £7.50, plus twenty minutes' labour to fit "
    "the belt at £36 an hour. What's the bill?",
    45 + dec("18.90") + dec("7.50") + F(20, 60) * 36,
)
calc(
    STRUCT,
    "Fee before VAT please: four site visits at £145 each, mileage at 45p with a 62-mile round "
    "trip per visit, and the calc package at £680.",
    4 * 145 + 4 * 62 * dec("0.45") + 680,
)
calc(
    BEET,
    "Base price is £27.50 a tonne at 16% sugar, plus 9% of the base price for each point of "
    "sugar above 16. What's a 29-tonne load at 18% sugar worth?",
    dec("27.50") * (1 + (18 - 16) * pct(9)) * 29,
)
calc(
    TBM,
    "Each ring of segments costs £1,140. We build 14 rings on days and 11 on nights, six days "
    "running. Segment cost for the six days?",
    (14 + 11) * 6 * 1140,
)
calc(
    LUGG,
    "£12 per bag per stage. Five walkers doing 8 stages with one bag each, except one of them "
    "has a second bag for the first 4 stages only. Total charge?",
    (5 * 8 + 4) * 12,
)
calc(
    JIG,
    "a sheet of ply at £46 makes five puzzles. each puzzle is 2 hrs cutting at £18/hr plus "
    "£7.20 for box and print. selling at £95, whats my margin per puzzle?",
    95 - (F(46, 5) + 2 * 18 + dec("7.20")),
)
# second calculator word problems
calc(
    RATES,
    "We charge 25% of the first year's saving plus VAT at 20% on our fee. The saving was "
    "£6,480 — what's the invoice including VAT?",
    6480 * pct(25) * (1 + pct(20)),
)
calc(
    PENS,
    "Pensionable pay £34,260; employee pays 5%, employer 8%. Total contributions for the year?",
    34260 * (pct(5) + pct(8)),
)
calc(
    SOAP,
    "Bars are £6.50 each or three for £17 at the market stall. Someone takes eight, with the "
    "offer used as many times as it can be — how much do they pay?",
    (8 // 3) * 17 + (8 % 3) * dec("6.50"),
)
calc(
    LUGG,
    "How much do we charge four walkers at £149 each, with 10% off for booking early, then an "
    "£8 card fee added to the whole booking?",
    4 * 149 * (1 - pct(10)) + 8,
)
calc(
    OVEN,
    "Six ovens a day, five days a week, averaging £84 a job. Products are about £4.60 per job "
    "and the van is £210 a week. What's left each week after those costs?",
    6 * 5 * 84 - 6 * 5 * dec("4.60") - 210,
)
calc(
    DETECT,
    "Rally tickets were twenty-two quid for members and thirty for guests. 148 members and 37 "
    "guests came, and hiring the field cost £1,600. What's the surplus?",
    148 * 22 + 37 * 30 - 1600,
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


# this set's own unit constants (SI base units: m, kg, m^2, m^3, J, m/s)
MM = F(1, 1000)
CM = F(1, 100)
KM = 1000
G = F(1, 1000)  # kg
HA = 10**4  # m^2
SQIN = IN * IN  # m^2
CUYD = YD * YD * YD  # m^3
MJ = 10**6  # J
KWH = 1000 * 3600  # J
MS = 1  # m/s
assert SQFT == dec("0.09290304") and SQYD == dec("0.83612736") and SQIN == dec("0.00064516")
assert CUYD == dec("0.764554857984") and KWH == F(36, 10) * MJ and HA == 10**4
assert KMH * 18 == 5 and MPH == dec("0.44704")

# ---- units: plain one-liners
unit(P, "convert 7 ft 4 in to cm", (7 * FT + 4 * IN) / CM, EXACT)
unit_r(P, "11 st 9 lb in kg", 11 * STONE + 9 * LB)
unit(P, "102.2 °F in Celsius", f_to_c(dec("102.2")), EXACT)
unit(P, "-14 °C to fahrenheit", c_to_f(-14), EXACT)
unit(P, "5.25 GiB in MiB", dec("5.25") * GIB / MIB, EXACT)
unit(P, "how many metres in 2.75 miles", dec("2.75") * MI, EXACT)
unit_r(P, "67 mph in km/h", 67 * MPH / KMH)
unit_r(P, "250 hectares in acres", 250 * HA / ACRE)
unit_r(P, "14 oz to grams", 14 * OZ / G)
unit_r(P, "2.4 bar is how many psi?", dec("2.4") * BAR / PSI)
unit_r(P, "1.8 km in yards", dec("1.8") * KM / YD)
unit(P, "what's 35 m/s in km/h", 35 * MS / KMH, EXACT)
unit_r(P, "what's 37 m² in square feet", 37 / SQFT)
unit(P, "0.6 kWh in megajoules", dec("0.6") * KWH / MJ, EXACT)

# ---- units: register word problems (25 registers, then six second ones)
unit_r(AIR, "Main gear tyres are inflated to 121 psi. What's that in bar?", 121 * PSI / BAR)
unit(
    ADP,
    "A US visitor asked what 38 °C is in Fahrenheit — that's what we run the digester at.",
    c_to_f(38),
    EXACT,
)
unit_r(
    ASB,
    "The old vinyl floor tiles are 9 inches square. Area of one tile in square centimetres?",
    (9 * IN) ** 2 / CM**2,
)
unit_r(
    RATES,
    "Valuation lists the shop at 1,850 sq ft; the client wants square metres.",
    1850 * SQFT,
)
unit(
    ARCH,
    "pot turned up 2 ft 7 in below the ploughsoil, what's that in cm for the context sheet?",
    (2 * FT + 7 * IN) / CM,
    EXACT,
)
unit_r(
    DAMP,
    "A roll of membrane is 20 m by 2 m. How many square feet will it cover?",
    20 * 2 / SQFT,
)
unit_r(DENDRO, "In metres, how long is a tie beam of 14 ft 6 in?", (14 * FT + 6 * IN))
unit(
    INDEX,
    "The trim height is 9 inches; the typesetter wants it in millimetres.",
    9 * IN / MM,
    EXACT,
)
unit_r(GDOOR, "opening is 2.44 m wide — how many feet is that?", dec("2.44") / FT)
unit_r(
    GRAF,
    "Wall is 26 yards long and 3 yards high. What's the area in square metres?",
    26 * 3 * SQYD,
)
unit_r(SOAP, "The recipe needs 2.5 lb of coconut oil. How many grams?", dec("2.5") * LB / G)
unit(
    CSSD,
    "Our autoclave cycle runs at 134 °C; the American manual gives it in Fahrenheit. "
    "What figure should I look for?",
    c_to_f(134),
    EXACT,
)
unit_r(KNOT, "client wants the 7 metre exclusion zone in feet", 7 / FT)
unit_r(DRAIN, "The field is 38 acres — hectares?", 38 * ACRE / HA)
unit_r(
    DETECT,
    "My finds bag weighed 3 lb 11 oz at the end of the dig. How much is that in grams?",
    (3 * LB + 11 * OZ) / G,
)
unit(ROCKET, "Apogee was 1,450 ft. How high is that in metres?", 1450 * FT, EXACT)
unit_r(PIGS, "105 kg finished pig = how many stone?", 105 / STONE)
unit_r(
    OVEN,
    "Customer's American range cooker is set to 425 °F. What's that in Celsius?",
    f_to_c(425),
)
unit(
    PENS,
    "The member data export is 3,840 MiB. How many GiB is that?",
    3840 * MIB / GIB,
    EXACT,
)
unit(
    SEW,
    "A cone of overlocker thread holds 1,100 yards. How many metres?",
    1100 * YD,
    EXACT,
)
unit(STRUCT, "clear span 18 ft 9 in, in metres?", 18 * FT + 9 * IN, EXACT)
unit_r(
    BEET,
    "The beet heap on the pad is about 900 cubic yards; how many cubic metres?",
    900 * CUYD,
)
unit_r(TBM, "Cutterhead diameter is 7.1 m. How many feet across?", dec("7.1") / FT)
unit_r(LUGG, "Our bag limit is 18 kg; walkers from the States want it in pounds.", 18 / LB)
unit_r(
    JIG,
    "The 1000-piece puzzle finishes at 50 cm by 70 cm. What's its area in square inches?",
    (50 * CM) * (70 * CM) / SQIN,
)
# second unit word problems
unit(
    TBM,
    "Advance rate averaged 48 mm a minute over the shift — what's that in metres per hour?",
    48 * MM * 60,
    EXACT,
)
unit(
    BEET,
    "Reception conveyor belt speed is 2.5 m/s. What's that in km/h?",
    dec("2.5") * MS / KMH,
    EXACT,
)
unit_r(ROCKET, "top speed on the telemetry was 212 mph. in m/s?", 212 * MPH)
unit_r(DRAIN, "Laterals go in at 66 ft spacing — how many metres apart is that?", 66 * FT)
unit(
    ADP,
    "The CHP engine generated 14,500 kWh on Sunday, which in megajoules is…?",
    14500 * KWH / MJ,
    EXACT,
)
unit_r(AIR, "The ATR 72's wingspan is 27.05 m. How many feet?", dec("27.05") / FT)


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


# ---- datetime: plain one-liners
date_item(P, "day of the week for 9 November 1989?", weekday(D(1989, 11, 9)))
date_item(
    P, "how many days between 3 March 2027 and 19 August 2027", days(D(2027, 3, 3), D(2027, 8, 19))
)
date_item(P, "What date is 100 days after 14 October 2026?", D(2026, 10, 14) + TD(days=100))
date_item(P, "6 weeks before 2 May 2029 is which date?", D(2029, 5, 2) - TD(weeks=6))
date_item(
    P, "How many weeks from 5 January 2028 to 29 March 2028?", weeks(D(2028, 1, 5), D(2028, 3, 29))
)
date_item(
    P, "how many minutes from 21:35 to 06:20 the next morning", clock_span("21:35", "06:20", 60)
)
date_item(P, "third Thursday in November 2027", nth_weekday(2027, 11, THU, 3))
date_item(P, "Date of the last Monday of May 2030?", nth_weekday(2030, 5, MON, -1))
date_item(P, "born 29 September 1987, how old on 1 June 2031?", age(D(1987, 9, 29), D(2031, 6, 1)))
date_item(P, "25 December 2033 falls on which weekday", weekday(D(2033, 12, 25)))
date_item(P, "1 January 2027 plus 250 days", D(2027, 1, 1) + TD(days=250))
date_item(
    P, "how many days from 15 February 2028 to 15 March 2028?", days(D(2028, 2, 15), D(2028, 3, 15))
)
date_item(P, "What's the date 1,000 days after 20 July 2026?", D(2026, 7, 20) + TD(days=1000))
date_item(P, "hours between 08:50 and 17:35", clock_span("08:50", "17:35", 3600))

# ---- datetime: register word problems (25 registers, then six second ones)
AIR_IN = D(2027, 5, 10)
date_item(
    AIR,
    f"The aircraft went into the hangar on {sayw(AIR_IN)} and the check is planned at 18 days. "
    "What date is it due back on the line?",
    AIR_IN + TD(days=18),
)
date_item(
    ADP,
    "Digester 2 was first fed on 6 March 2028 and reached full gas output 74 days later. On "
    "what date was that?",
    D(2028, 3, 6) + TD(days=74),
)
date_item(
    ASB,
    "site visit was 4 October 2027 and the report is promised 21 days after the visit. date?",
    D(2027, 10, 4) + TD(days=21),
)
date_item(
    RATES,
    "The appeal went in on 16 May 2027 and the decision came on 2 February 2028. How many days "
    "did it take?",
    days(D(2027, 5, 16), D(2028, 2, 2)),
)
ARCH_START = D(2027, 6, 7)
date_item(
    ARCH,
    f"Backfilling is booked for 9 weeks after the dig started on {sayw(ARCH_START)}. Which date "
    "is that?",
    ARCH_START + TD(weeks=9),
)
date_item(
    DAMP,
    "The new plaster needs 28 days to dry after we finished on 23 November 2027 before anyone "
    "paints it. What's the first date they can paint?",
    D(2027, 11, 23) + TD(days=28),
)
date_item(
    DENDRO,
    "Cores arrived on 2 August 2027 and the report went out on 17 September 2027 — how many "
    "days was that?",
    days(D(2027, 8, 2), D(2027, 9, 17)),
)
date_item(
    INDEX,
    "Page proofs land on 11 January 2028 and the index is due three weeks later. Due date?",
    D(2028, 1, 11) + TD(weeks=3),
)
date_item(
    GDOOR,
    "The install is booked for 17 April 2028 — what day of the week is that?",
    weekday(D(2028, 4, 17)),
)
date_item(
    GRAF,
    "crew started at 22:15 and wrapped up at 04:50 the following morning. how many minutes "
    "on site?",
    clock_span("22:15", "04:50", 60),
)
date_item(
    SOAP,
    "Cold process bars cure for 6 weeks. This batch was poured on 19 October 2027 — when can I "
    "sell it?",
    D(2027, 10, 19) + TD(weeks=6),
)
date_item(
    CSSD,
    "Packs carry an expiry of 180 days from processing. A tray processed on 3 July 2027 expires "
    "on what date?",
    D(2027, 7, 3) + TD(days=180),
)
date_item(
    KNOT,
    "First spray was on 8 June 2027 and we go back 95 days later to check regrowth. Revisit date?",
    D(2027, 6, 8) + TD(days=95),
)
date_item(
    DRAIN,
    "Digger's on hire from 6 September 2027 until 1 October 2027. How many days is that from "
    "the first date to the second?",
    days(D(2027, 9, 6), D(2027, 10, 1)),
)
date_item(
    DETECT,
    "Our rally is on the last Saturday of September 2027. What's the date?",
    nth_weekday(2027, 9, SAT, -1),
)
date_item(
    ROCKET,
    "The range is open for launches from 09:45 until 15:57. How many minutes is that?",
    clock_span("09:45", "15:57", 60),
)
date_item(
    PIGS,
    "sow served 12 April 2027, gestation 115 days - due date?",
    D(2027, 4, 12) + TD(days=115),
)
OVEN_PREV = D(2027, 9, 14)
date_item(
    OVEN,
    f"We clean her oven every 13 weeks and the previous clean was {sayw(OVEN_PREV)}. What's "
    "the date of the next one?",
    OVEN_PREV + TD(weeks=13),
)
date_item(
    PENS,
    "Member born 14 February 1961 — how old will she be on 1 April 2027?",
    age(D(1961, 2, 14), D(2027, 4, 1)),
)
SEW_IN = D(2027, 11, 3)
date_item(
    SEW,
    f"The machine came in on {sayw(SEW_IN)} and we turn repairs round in 12 days. What day of "
    "the week will it be ready?",
    weekday(SEW_IN + TD(days=12)),
)
date_item(
    STRUCT,
    "Cubes get crushed 28 days after the pour on 9 August 2027. Which date is that?",
    D(2027, 8, 9) + TD(days=28),
)
date_item(
    BEET,
    "The campaign ran from 20 September 2027 to 8 February 2028. How many days from the start "
    "to the end?",
    days(D(2027, 9, 20), D(2028, 2, 8)),
)
date_item(
    TBM,
    "TBM launched on 1 March 2027 and breakthrough is planned 210 days after launch. What date?",
    D(2027, 3, 1) + TD(days=210),
)
date_item(
    LUGG,
    "They arrive at the first inn on 3 May 2028 and leave the last one on 16 May 2028. How many "
    "nights is that?",
    days(D(2028, 5, 3), D(2028, 5, 16)),
)
date_item(
    JIG,
    "christmas order cut-off is four weeks before 25 December 2027, what date's that?",
    D(2027, 12, 25) - TD(weeks=4),
)
# second date word problems
date_item(
    ARCH,
    "The lab quotes 45 days from receiving samples for radiocarbon results. They got ours on "
    "12 September 2027 — when should results arrive?",
    D(2027, 9, 12) + TD(days=45),
)
date_item(
    DENDRO,
    "We're sampling the church roof on the second Tuesday of March 2028. What date is that?",
    nth_weekday(2028, 3, TUE, 2),
)
date_item(
    CSSD,
    "Late shift in decontam runs 14:30 to 23:00. How many hours is that?",
    clock_span("14:30", "23:00", 3600),
)
date_item(
    INDEX,
    "Invoice is dated 30 November 2027 with 60-day payment terms. When should I get paid?",
    D(2027, 11, 30) + TD(days=60),
)
STRUCT_FIRST = D(2028, 1, 6)
date_item(
    STRUCT,
    f"Inspections every three weeks, the first on {sayw(STRUCT_FIRST)}. What's the date of the "
    "fifth visit?",
    STRUCT_FIRST + TD(weeks=3 * 4),
)
date_item(
    PIGS,
    "A litter was born on 20 January 2028 and we wean at 28 days. Weaning date?",
    D(2028, 1, 20) + TD(days=28),
)
assert weekday(AIR_IN) == "Monday" and weekday(STRUCT_FIRST) == "Thursday"


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, in REGISTERS order
ORDINARY = {
    AIR: (
        "What's the difference between an A-check and a C-check on a regional turboprop?",
        "How should I word a handover note for a deferred defect at shift change?",
        (
            "Can an engineer carry out their own independent inspection, or does it always "
            "need a second person?"
        ),
        "give me a toolbox talk outline on FOD walks in the hangar",
    ),
    ADP: (
        "Why does foaming happen in an anaerobic digester, and what usually sets it off?",
        "What should we say to neighbours who complain about the smell on feeding days?",
        "Explain what the FOS/TAC ratio tells a digester operator.",
        "Draft a short safety induction for drivers tipping in the reception hall.",
    ),
    ASB: (
        (
            "What's the difference between a management survey and a refurbishment and "
            "demolition survey?"
        ),
        (
            "How do I tell a homeowner their artex ceiling might contain asbestos without "
            "frightening them?"
        ),
        "Which materials in a 1970s school building are most likely to contain asbestos?",
        "write a polite email telling a client the lab results are running late",
    ),
    RATES: (
        "What's the difference between a check, a challenge and an appeal?",
        "Can a shop still get small business rate relief if the owner takes on a second unit?",
        "How would you explain rateable value to a café owner in plain words?",
        "Write a LinkedIn post about winning an appeal for a pub client, without naming them.",
    ),
    ARCH: (
        "What does a watching brief involve on a housing site?",
        "How should we record a pit that's been cut through by a later ditch?",
        "Write a short paragraph for the site hoarding explaining why the dig is happening.",
        "Heavy rain's coming and we've half-exposed a burial. Cover it or lift it?",
    ),
    DAMP: (
        "How can you tell rising damp from condensation on an inside wall?",
        "Is a chemical DPC worth it on a solid-wall Victorian terrace, or is that a myth?",
        (
            "What should I say to a buyer's surveyor who flagged high meter readings on fresh "
            "plaster?"
        ),
        "Write a leaflet blurb about basement tanking for homeowners.",
    ),
    DENDRO: (
        "Why do some oak timbers fail to date even when they have plenty of rings?",
        "What is sapwood and why does it matter for estimating a felling date?",
        "Explain cross-dating to a parish council in two short paragraphs.",
        "Which timber species are the hardest to date in British buildings, and why?",
    ),
    INDEX: (
        "Should an index entry for a knighted author go under Sir or under the surname?",
        "How do I handle see and see also references in a cookbook index?",
        "The publisher wants to cut my index by a third. How should I push back?",
        "Explain word-by-word versus letter-by-letter alphabetising with an example.",
    ),
    GDOOR: (
        "Roller, sectional or up-and-over: which suits a garage with a short driveway?",
        "Customer's door keeps reversing just before it closes. What could cause that?",
        "How do I explain the danger of torsion springs to a customer who wants to DIY?",
        "Write a reply thanking a customer for a five-star review of our fitting.",
    ),
    GRAF: (
        "What's the best way to take spray paint off sandstone without damaging it?",
        "Should anti-graffiti coatings ever go on a listed building?",
        "How should the crew handle offensive graffiti on a wall next to a primary school?",
        "write a short method statement for hot-water pressure washing on brick",
    ),
    SOAP: (
        "Why has my cold process soap developed orange spots after a month?",
        "What labelling do I need to sell soap at craft fairs in the UK?",
        "Is it safe to use the same stick blender for soap and for food?",
        "Write an Instagram caption for a lavender and oatmeal bar.",
    ),
    CSSD: (
        "What's the difference between cleaning, disinfection and sterilisation?",
        "Why do we run a Bowie-Dick test on porous-load autoclaves?",
        "A tray came back from theatre with an instrument missing. What should happen next?",
        "Explain what traceability means for surgical instrument sets.",
    ),
    KNOT: (
        "How can I tell Japanese knotweed from Himalayan balsam in spring?",
        "Does a mortgage lender care about knotweed in next door's garden?",
        "What's the legal position if knotweed spreads from my land onto a neighbour's?",
        "Write a friendly explanation of why we can't just dig it all out in one go.",
    ),
    DRAIN: (
        "What's the difference between mole drainage and tile drainage?",
        "Why might a field still waterlog after new drains have gone in?",
        "When's the best time of year to mole plough heavy clay?",
        "Explain to a farmer why the ditch outfall has to be kept clear.",
    ),
    DETECT: (
        "What's the code of practice for recording finds with the Finds Liaison Officer?",
        "How should I ask a farmer for permission to detect on his fields?",
        "Is a multi-frequency detector worth buying for beach hunting?",
        "What should I do if I dig up something that might be unexploded ordnance?",
    ),
    ROCKET: (
        "Why does a model rocket weathercock into the wind?",
        "How do I explain stability margin to a 12-year-old member?",
        "Write a short newsletter item about our first night launch.",
        "What should the range safety officer check before each launch?",
    ),
    PIGS: (
        "What are the signs of heat stress in outdoor sows?",
        "How often should we move the arcs to stop paddocks getting poached?",
        "Explain the difference between a weaner and a grower.",
        "What should go on a biosecurity sign for the farm gate?",
    ),
    OVEN: (
        "What's the best way to get baked-on carbon off oven door glass without scratching it?",
        "Should the racks from a pyrolytic oven go in the dip tank?",
        "How should I reply to a customer who says her oven smelled of chemicals after a clean?",
        "Write flyer text for a new housing estate, friendly and short.",
    ),
    PENS: (
        "What's the difference between a defined benefit and a defined contribution scheme?",
        "How should I explain a transfer value to a nervous member?",
        "What checks should we make for pension scams before a transfer out?",
        "Draft a letter acknowledging notification of a member's death.",
    ),
    SEW: (
        "Why does the bottom thread keep looping on a Singer 201?",
        "Is a 1950s Bernina worth restoring, or should the customer buy new?",
        "How often should a home sewist oil their machine?",
        "Explain hook timing to someone whose needle keeps hitting the hook.",
    ),
    STRUCT: (
        "What usually causes diagonal cracks running up from a door frame?",
        "Can the chimney breast upstairs be removed if the one downstairs stays?",
        "How do I explain to a homeowner why a padstone is needed under the beam?",
        "Write a brief site note about bowing in a gable wall.",
    ),
    BEET: (
        "Why does sugar content in beet drop if the clamps sit too long?",
        "What is beet pulp used for after the sugar's been extracted?",
        "How would you explain the campaign to a new seasonal worker?",
        "What causes scale to build up in the evaporators?",
    ),
    TBM: (
        "What's the difference between an EPB machine and a slurry TBM?",
        "Why are tunnel boring machines traditionally given women's names?",
        "What goes on a ring build checklist?",
        "explain grouting behind the segments in plain english",
    ),
    LUGG: (
        "Should we insure bags in transit, and what cover is usual?",
        "How do I politely tell a walker their suitcase is far too heavy?",
        "What's the best way to label bags so they don't end up at the wrong inn?",
        "Write an email confirming a booking on the West Highland Way.",
    ),
    JIG: (
        "Birch or poplar plywood for wooden jigsaws — which is better?",
        "How do I design whimsy pieces that don't snap off?",
        "Why does my scroll saw blade keep drifting to the left?",
        "Write a product description for a 250-piece wooden map puzzle.",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for reg, qs in ORDINARY.items():
    assert len(qs) == 4, reg
    for q in qs:
        neg(reg, q)


# ---- hard single-turn negatives that look like tool questions (family, query, note)
NEAR = (
    (
        "near-exchange-rate",
        "How many euros will I get for £650 at the airport bureau?",
        "needs a current exchange rate and the bureau's margin",
    ),
    (
        "near-share-price",
        "What are 40 Rolls-Royce shares worth at the moment?",
        "needs a live share price",
    ),
    (
        "near-base-rate",
        "My overdraft is base rate plus 3%. What's the interest on £2,000 for a year?",
        "needs the current central bank rate",
    ),
    (
        "near-missing-loan-terms",
        "What will the monthly repayments be on a £14,000 van loan?",
        "no interest rate or term is given",
    ),
    (
        "near-gallon",
        "The water butt holds 40 gallons. How many litres is that?",
        "US or imperial gallon is not stated (contested unit)",
    ),
    (
        "near-cup",
        "The recipe says 2 cups of plain flour. How many grams is that?",
        "cup size is contested and flour density varies",
    ),
    (
        "near-ton",
        "How many kilograms is 3.5 tons of gravel?",
        "short, long or metric ton is not stated",
    ),
    (
        "near-mpg",
        "My van does 38 mpg. What's that in litres per 100 km?",
        "US or imperial miles per gallon is not stated",
    ),
    (
        "near-horsepower",
        "convert 150 hp to kW",
        "mechanical, metric or electrical horsepower is not stated",
    ),
    (
        "near-fluid-ounce",
        "How many ml is 8 fl oz of milk?",
        "US or imperial fluid ounce is not stated",
    ),
    (
        "near-barrel",
        "How many litres are in 12 barrels of beer?",
        "barrel sizes differ by country and by product",
    ),
    (
        "near-hundredweight",
        "How many kilos is 2 cwt of seed potatoes?",
        "long or short hundredweight is not stated",
    ),
    (
        "near-kilobyte",
        "How many bytes is 750 kB?",
        "kB is used for both 1000 and 1024 bytes",
    ),
    (
        "near-knots",
        "Wind gusting 25 knots — what's that in km/h?",
        "nautical units are left out of positives as contested",
    ),
    (
        "near-light-year",
        "How far is 2.5 light-years in miles?",
        "depends on which year length is used (contested)",
    ),
    (
        "near-troy-ounce",
        "How many grams of gold is in a one-ounce coin?",
        "troy or avoirdupois ounce, and the coin's fineness",
    ),
    (
        "near-dog-years",
        "My collie is 6. How old is that in human years?",
        "dog years have no agreed conversion",
    ),
    (
        "near-calories",
        "How many calories does a 5 km jog burn?",
        "an estimate that depends on the person",
    ),
    (
        "near-birthday-countdown",
        "How many days until my birthday on 12 August?",
        "depends on today's date",
    ),
    (
        "near-age-no-date",
        "How old is someone born in March 1994?",
        "depends on today's date and the day of birth",
    ),
    (
        "near-coming-weekday",
        "Which date is the Friday after next?",
        "depends on today's date",
    ),
    (
        "near-lunisolar",
        "What date does Diwali fall on in 2029?",
        "a lunisolar festival, needs a calendar lookup",
    ),
    (
        "near-easter",
        "When's Easter Monday in 2034?",
        "Easter computus (and which church) is left out of positives",
    ),
    (
        "near-working-days",
        "How many working days are there from 20 December 2027 to 7 January 2028?",
        "working days depend on holidays and on whether ends count",
    ),
    (
        "near-bank-holiday",
        "Is 2 January 2029 a bank holiday?",
        "differs between Scotland and the rest of the UK",
    ),
    (
        "near-month-end",
        "What's the date a month on from 31 August 2029?",
        "month arithmetic from the 31st has no single answer",
    ),
    (
        "near-leap-day-year",
        "What date is exactly one year after 29 February 2028?",
        "a year after a leap day has no single answer",
    ),
    (
        "near-numeric-dates",
        "Days between 07/08/2029 and 09/10/2029?",
        "day/month order is not stated",
    ),
    (
        "near-time-zone",
        "It's half nine in the morning in Glasgow — what time is it in Vancouver?",
        "needs time zones and daylight saving for an unstated date",
    ),
    (
        "near-clocks-forward",
        "Which date do the clocks go forward in 2030?",
        "summer time rules are a fact to look up, left out of positives",
    ),
    (
        "near-flight-number",
        "What time does flight EZY 2490 land?",
        "the number is an identifier; needs a live timetable",
    ),
    (
        "near-isbn",
        "Which book has the ISBN 9780141036144?",
        "the number is an identifier",
    ),
    (
        "near-postcode",
        "Is LS6 3AB nearer the city centre than LS16 5JX?",
        "postcode districts are identifiers, not magnitudes",
    ),
    (
        "near-ip-address",
        "What is 192.168.1.254 used for on a home network?",
        "an IP address, not a number to compute",
    ),
    (
        "near-software-version",
        "Is version 2.10 of the app newer than 2.9?",
        "version numbers are not decimals",
    ),
    (
        "near-formation",
        "Is a 4-3-3 more attacking than a 4-4-2?",
        "football formations, not subtraction",
    ),
    (
        "near-chess",
        "After 1. e4 c5 2. Nf3 d6, what's the main line for White?",
        "chess notation, not arithmetic",
    ),
    (
        "near-paper-size",
        "How big is a sheet of A3 in inches?",
        "needs the paper size as a fact first",
    ),
    (
        "near-nominal-timber",
        "What are the actual dimensions of a 4x2 in millimetres?",
        "nominal timber sizes differ from actual sizes",
    ),
    (
        "near-code",
        "In JavaScript, what does [10, 9, 1].sort() give, and why?",
        "code semantics",
    ),
    (
        "near-world-fact",
        "How many metres taller is the Shard than Big Ben's tower?",
        "needs heights looked up",
    ),
    (
        "near-income-tax",
        "How much income tax do I pay on a £52,000 salary?",
        "tax rules, bands and the year are not stated",
    ),
    (
        "near-dosing",
        "How many ml of children's paracetamol for a 3-year-old who weighs 14 kg?",
        "dosing advice, not a calculation",
    ),
    (
        "near-shoe-size",
        "My son's a UK 4 in trainers — what's that in US kids' sizing?",
        "size charts vary by maker",
    ),
    (
        "near-gas-mark",
        "Gas mark 6 is what in °C?",
        "an oven convention, not a unit conversion",
    ),
    (
        "near-estimate",
        "How many tennis balls would fit in a double-decker bus?",
        "an estimate with unstated sizes",
    ),
    (
        "near-lottery",
        "What are the odds of winning the Lotto jackpot?",
        "depends on the current game rules",
    ),
    (
        "near-base-rate-fallacy",
        "The test is 95% accurate and I tested positive. What's the chance I have it?",
        "the prevalence is missing",
    ),
    (
        "near-missing-area",
        "How many tins of paint do I need for the spare room?",
        "no room size or coverage is given",
    ),
    (
        "near-translation",
        "How do you say 312 in Welsh?",
        "a translation",
    ),
    (
        "near-number-in-title",
        "In what year is 'Fahrenheit 451' set?",
        "a number in a title, a literature question",
    ),
    (
        "near-opinion",
        "Is £18 an hour a fair rate for a joiner in Bristol?",
        "an opinion about pay",
    ),
    (
        "near-implied-multiplication",
        "12 ÷ 3(1 + 3) = ?",
        "contested reading of implied multiplication",
    ),
    (
        "near-sequence",
        "What comes next: 3, 5, 9, 17, 33, ...?",
        "guessing the rule of a sequence",
    ),
    (
        "near-random",
        "Draw a random ticket number from 1 to 240 for the club tombola.",
        "a random choice",
    ),
    (
        "near-proof",
        "Can you prove there's no largest prime number?",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why does dividing by a half double a number?",
        "an explanation",
    ),
    (
        "near-letters",
        "How many e's are in the word 'independence'?",
        "letters in a word, not arithmetic",
    ),
    (
        "near-forecast",
        "What will the top temperature be in Leeds on Saturday?",
        "a forecast",
    ),
    (
        "near-historical-price",
        "How much did a loaf of bread cost in 1971?",
        "a historical price to look up",
    ),
    (
        "near-historical-weekday",
        "On what day of the week did the Great Fire of London start?",
        "a historical event before Britain adopted the Gregorian calendar",
    ),
    (
        "near-tipping",
        "How much should I tip on an $85 dinner in Chicago?",
        "a tipping custom",
    ),
    (
        "near-postage",
        "How much is a second class stamp?",
        "a current price",
    ),
    (
        "near-scale",
        "How many zeros are in a billion?",
        "short or long scale",
    ),
    (
        "near-clock-idiom",
        "When a German says 'halb acht', what time do they mean?",
        "a regional time idiom",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)


# ---- conversations: the last user turn depends on an earlier turn (family, turns, note)
SURVEY_DAY = D(2027, 10, 21)
CONVS = (
    (
        "conv-operator",
        [
            (U, "For our quiz, let a ⊛ b mean a times b plus a. Got that?"),
            (A, "Got it: a ⊛ b = a×b + a."),
            (U, "so what's 6 ⊛ 4?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-function",
        [
            (U, "Define q(n) = 4n - 9 for the worksheet."),
            (A, "Done — q(n) = 4n − 9."),
            (U, "q(13)?"),
        ],
        "function defined in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (U, "In the club puzzle every letter is worth its place in the alphabet, A=1 to Z=26."),
            (A, "Understood."),
            (U, "What's ROCKET worth, adding up the letters?"),
        ],
        "letter values set up earlier",
    ),
    (
        "conv-named-number",
        [
            (U, "In the yard we call 37 'the usual'."),
            (A, "Okay, 'the usual' is 37."),
            (U, "What's the usual times four?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Game rule: plus means minus and minus means plus."),
            (A, "Okay, I'll swap them."),
            (U, "18 + 5 - 3 = ?"),
        ],
        "signs swapped by an earlier turn",
    ),
    (
        "conv-clock-face",
        [
            (U, "We're doing clock arithmetic on a 12-hour face."),
            (A, "Sure, answers wrap round at 12."),
            (U, "What's 9 + 7?"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, like in Germany."),
            (A, "Noted."),
            (U, "3,5 + 1,25"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-defined-unit",
        [
            (U, "On this job a 'run' is 40 metres of pipe."),
            (A, "Right, a run is 40 m."),
            (U, "How many metres in seven runs?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-input-binary",
        [
            (U, "Every number I give you from now on is binary."),
            (A, "Okay."),
            (U, "1011 + 110"),
        ],
        "input base set earlier",
    ),
    (
        "conv-system-hex",
        [
            (S, "Reply in base 16 every time."),
            (U, "What's 173 + 94?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-modular",
        [
            (U, "Let's work modulo 7 for this."),
            (A, "Fine, everything mod 7."),
            (U, "5 × 6?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "In the market a 'pony' is £25 and a 'ton' is £100."),
            (A, "Got those."),
            (U, "Three ponies and a ton — how much altogether?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-roman",
        [
            (U, "Answer only in Roman numerals please."),
            (A, "Certainly."),
            (U, "48 + 19"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Sergeant Sprocket, who always answers in character with a pun."),
            (U, "What's 15 times 12?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Réponds en français à partir de maintenant."),
            (A, "D'accord."),
            (U, "What's 360 divided by 8?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Give every answer as a rhyming couplet."),
            (A, "I'll answer you in rhyme, each and every time."),
            (U, "How many minutes in three and a half hours?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-json",
        [
            (U, 'Reply only with JSON like {"answer": ...}.'),
            (A, '{"answer": "ok"}'),
            (U, "12.5% of 640"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest hundred for the board report."),
            (A, "Will do."),
            (U, "4,374 + 2,899"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Keep answers to two sig figs for the rest of this, it's a rough estimate."),
            (A, "Okay."),
            (U, "what's 47 times 38"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Answer every distance in chains, I'm surveying old field maps."),
            (A, "All distances in chains, then."),
            (U, "How far is 1.2 km?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this chat take €1 as £0.86."),
            (A, "Using €1 = £0.86."),
            (U, "What's €250 in pounds?"),
        ],
        "exchange rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I write dates month/day/year."),
            (A, "Understood."),
            (U, "How many days from 2/3/2028 to 3/2/2028?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-words",
        [
            (U, "Write dates out in words, like 'the fourth of May, twenty twenty-seven'."),
            (A, "Sure."),
            (U, "What's 40 days after 12 March 2027?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-mixed-fractions",
        [
            (U, "Give answers as mixed numbers, not decimals."),
            (A, "Okay."),
            (U, "2.75 + 1.5"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my game world a year is 13 months of 28 days each."),
            (A, "Noted: 364-day years."),
            (U, "How many days is 3 years and 5 months there?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our financial week 1 starts on the first Monday of April."),
            (A, "Okay."),
            (U, "What week number is 20 May 2027?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "14 pallets at £32 each, what's the total?"),
            (A, "14 × £32 = £448."),
            (U, "Sorry, I meant 41 pallets not 14 — redo it."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Loads in: 186 t Monday, 204 t Tuesday."),
            (A, "That's 390 t so far."),
            (U, "Can you sum up the tonnage situation in a sentence for the site manager?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-why",
        [
            (U, "Split £912 between three partners, 2:1:1."),
            (A, "£456, £228 and £228."),
            (U, "Why did you divide by four there?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Readings were 3.4, 7.9 and 5.2."),
            (A, "Noted."),
            (U, "Remind me which reading came third?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "240 bags collected Monday."),
            (A, "Noted."),
            (U, "315 on Tuesday."),
            (A, "Noted."),
            (U, "Add Wednesday's 198 and give me the total."),
        ],
        "figures spread over three turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 7% of £3,400?"),
            (A, "£238."),
            (U, "Now double that and add £50."),
        ],
        "builds on an earlier result",
    ),
    (
        "conv-judgement",
        [
            (U, "Quote came in at £4,600 for 120 m of land drain."),
            (A, "That's about £38.33 a metre."),
            (U, "Is that on the steep side for drainage work, would you say?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, f"The survey's pencilled in for {sayw(SURVEY_DAY)}."),
            (A, "Noted."),
            (U, "Should I keep that date or push it back a week, given half-term?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All my prices already include VAT at 20%."),
            (A, "Understood, VAT-inclusive prices."),
            (U, "How much VAT is in a £96 job?"),
        ],
        "a pricing convention set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# ---- this set's own structure checks
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = {i["family"] for i in _pos if i["label"] == _label} - {P}
    assert _fams == set(REGISTERS), _label
    _wp = sum(1 for i in _pos if i["label"] == _label and i["family"] != P)
    assert _wp == 31, (_label, _wp)
_in_reg = [i for i in items if i["family"] in REGISTERS]
assert len(_in_reg) == 25 * 3 + 18 + 100, len(_in_reg)
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)
assert weekday(SURVEY_DAY) == "Thursday"


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
    # no register (family name) of this set is a family name of sets 19 to 62
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 62: {reused}"
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
