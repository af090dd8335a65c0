r"""Generate heldout-2027-02-03.jsonl: a sixty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed62/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 825
register names of recent earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_61.py, by `sed -n` with comma ranges: lines 1-449
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 713-773 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 914-998 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1205-1212 (its negatives
section header, neg() and conv()) and 2076-2300 (its stated-weekday check, its checks and main()).
The ranges and the line count (2300) were given by the brief; no `wc -l` of that file was run. A
`wc -l` of earlier_registers.txt and an `ls` of /work/sealed62 were run once, in the same command
as the `cat` of grading.py (`wc -l` printed 825; the listing showed only earlier_registers.txt).
None of set 61's query blocks (450-712, 774-913, 999-1204, 1213-2075) was opened. Nothing else
under /work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart
from grading.py) or tests/ (apart from the five ranges), not README.md and not pyproject.toml; `cd`
into /work/main preceded the `sed -n` reads (which named the file by its path under
tests/data/router_heldout), `cd` into /work/main/tests/data/router_heldout preceded the one command
that copied the ranges, and `cd` into /work/main preceded each ruff run. The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory apart from /work/sealed62 was listed. The earlier generators
(sets 1-61) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` or `tail -1` of its output and its
--show listing of ids, expected values and tolerances were read), no git command was run, no
network and no search tool was used, and neither the router nor the bench nor the tests were run.

What was run: the `cat` of grading.py with the `wc -l` and `ls` above; the `cat` of
earlier_registers.txt through `tr`; `sed -n 1,449p` of set 61's generator; then `sed -n` of
713,773, 914,998 and 1205,1212 together with `echo` separators; then `sed -n 2076,2300p` alone.
Then, in one command, `mkdir -p` of /tmp/h62/blocks and /tmp/h62/own, `sed -n` copies of the same
five allowed ranges into raw files r1-r5 under /tmp/h62/blocks/ and a `wc -l` of them (449, 61, 85,
8 and 225 lines), followed by a loop of `grep -i` over earlier_registers.txt for 26 words of the
candidate register names (it printed three earlier names, none of them of the same trade: a
bootcamp manager, an energy call centre and a stamp exchange packet). Then one run of
/tmp/h62/subst.py (written by a `cat` heredoc in the same command) that cuts the first copy at the
line that is exactly `from __future__ import annotations` (asserted to be the only such whole line,
so not the words inside set 61's docstring), substitutes this set's OUT and PREFIX, "sets 1-60" ->
"sets 1-61" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), is kept as it was), EARLIER (sets 1-61, `range(2,
62)`) and REGISTER_CHECK (sets 19-61, adding make_heldout_61.py), and "sets 19 to 60" -> "sets 19
to 61" in one comment and one message string of main() (each substitution asserted to apply once,
the last twice; it printed "ok" for each), followed in the same command by a `grep -n` of the
blocks for "60", "61", "62", "19 to", "EARLIER" and "sealed" (it printed only configuration lines,
two unit-factor lines, main()'s loop over EARLIER and the substituted lines) and a `head -3` and
`tail -2` of the first block. Then a one-line Python computation of the weekdays of eleven dates
(to place stated dates on the right weekdays) and of one day count (for a whole-week check). Then
`cat` heredocs, each in its own command, wrote this set's own blocks under /tmp/h62/own/: a_calc.py
(registers and calculator items), b_units.py (unit constants and unit items), c_dates.py (date
items), d_negs.py (ordinary negatives), e_near.py (near-positive negatives; followed by a `grep -c`
of its family strings, which printed 66: 65 entries and the assert's prefix test) and f_convs.py
(conversations and this set's own structural asserts). Then `cat` heredocs wrote an assembly script
/tmp/h62/assemble.py (it builds this file from /tmp/h62/doc.txt, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h62/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, writing the latter's output to /tmp/h62/ruff.txt and printing its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h62/out.txt, and prints the exit codes and the `tail -6` of it), with a first run of run.sh,
followed by a `head -40` of ruff.txt. Edits after failed checks (listed below) were made by
/tmp/h62/fix1.py (written by a `cat` heredoc) or by Python scripts on standard input, all exact and
asserted once, each followed by run.sh. Then run.sh with --show (its own output discarded), a `sed
-n 1,3p` of out.txt for its summary lines, a `grep -c` of the listed ids (135) and a listing of the
ids, expected values and tolerances (a `grep` of out.txt laid out by `column -t`). Then a Python
script on standard input reworded one date positive for naturalness (a weekday question whose first
wording guessed a weekday; not a check failure), followed by run.sh (piped through `tail -1`), a
`sed -n 1,3p` of out.txt and a Python check of line lengths (in characters) over this file, which
found two lines over 100 columns; a `sed -n` of those two lines (own text), a Python script on
standard input re-wrapping both, run.sh (piped through `tail -1`), a `sed -n 1,3p` of out.txt, the
line-length check again (nothing over 100) and a `cat` of ruff.txt. This docstring was written last
over the placeholder: its source text, /tmp/h62/doc/doc_src.txt, was written by a `cat` heredoc,
and /tmp/h62/doc/make_doc.py (written by a `cat` heredoc; it uses textwrap, keeps the lines marked
as preformatted and asserts that the words are unchanged, that no line exceeds 100 columns and that
every register value of a_calc.py is named) filled it to 99 columns into /tmp/h62/doc.txt; then
run.sh, a `head -3` of this file and a Python check of its line lengths; then two runs of this file
with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n` of out.txt's
three summary lines; finally `rm -rf /tmp/h62`. Writes: only this file and its JSONL in
/work/sealed62/ (earlier_registers.txt left as it was); temporary blocks, scripts and output under
/tmp/h62/ were deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 61's main() and checks: only the substitutions listed above (file names, sets 1-61
for the duplicate check, sets 19-61 for the register check). Set 61 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 61 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-61 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 61's as
printed; ruff format may have changed layout only. All of set 61's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by one date item), unit_r()
with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus() (not used here), and
SQFT/SQYD/CUFT (CUFT not used here). Added, newly written: MM, CM, KM, G, HA, HPA, KWH, MJ and SQIN
(with asserts on SQFT, SQYD, SQIN, KWH, HA and KMH), the register constants and the REGISTERS tuple
(sorted by value, asserted 25 and distinct), the ORDINARY, NEAR and CONVS tables, dates stated with
their computed weekday by sayw() in seven positives (a first sale of a season, a purchase order, an
arrival, the start of a shift cycle, the start of an outage, a fitting date, a first inspection),
one conversation whose user turn states a visit date with its weekday by sayw(), an assert that the
square-root one-liner's radicand is a perfect square, an assert that the stated first sale falls on
a Sunday, and this set's own asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, in
order, four each; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers are exactly the REGISTERS, and so are those of each
tool; 193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives), 31
register word problems per tool; exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 61's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 61's, copied (P = "plain" is copied too, as the
last line of the first block). Set 61's docstring (within lines 1-449) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; many of this set's near-positive and conversation kinds were chosen from that list
of generic kinds, newly worded with new figures and subjects. All of set 61's register names are
also in earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was
read in full and this set's registers were chosen to be of trades and situations different from
every name in it (for instance no machine shop, moulding shop, electronics line, snack factory,
wholesaler, energy assessor, scooter scheme, host family, fire station, hydraulics van, calibration
lab, advertising desk, mobility showroom, traffic management crew, nuclear station, patent
attorney, patient transport, quantity surveyor, uniform shop, stadium, stair joinery, street
lighting, turf farm, refill shop or car boot sale register appears there; an optician's lab, a tyre
depot, a heating oil depot, a billboard poster crew, a bricklaying gang, a container terminal
planner and a dry cleaner were set aside as too near an ocularist, a garage service bay, a petrol
forecourt, the sign writers, the dry stone wallers, the harbour registers and the launderettes
there); the judgement of "different topic" is this writer's. Many plain one-liners, near-positives
and conversations here are of the same generic kinds as set 61's (for instance an operator, a
decimal comma, a persona, a contested unit, implied multiplication, a weekday of a historical
event, a number in a title, software versions), newly worded. At the edges of the allowed ranges:
line 449 is P = "plain", 713, 914 and 1205 are section headers, 773 is a blank line after unit_r(),
998 is the assert after sayus(), 1212 is the last line of conv(), 2076-2082 hold the comment and
the compiled pattern of the stated-weekday check and 2300 is the call of main(). No query text of
any earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; 28 first-draft items that the duplicate
check reported as exact repeats of earlier queries or user turns (their earlier counterparts
unseen) were reworded, two of them twice, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 61 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof about even numbers). Conversations that define an operator, a
function, letter values, a name for a number, swapped signs, clock arithmetic on a 12-hour face, a
decimal comma, a unit, an input or output base, modular arithmetic or slang amounts are negatives
because the notation is set up in an earlier turn (one base by a system turn); one conversation
spreads its figures over three user turns. Some conversations (answer format, Roman numerals,
language, verse, rounding, precision, target unit, date wording, fraction form, a persona set by a
system turn) end in a user turn that could be computed alone, or nearly; they are negatives, as in
set 61, because the earlier turn changes what a right answer looks like. Some near-positives depend
on the current date (days until a festival, an age from a birth date, the date of a coming
weekday); one asks for a month added to the 31st, one for a year after a leap day, one for working
days between stated dates (a span over Christmas and New Year), one uses all-numeric dates of
unstated order, one asks the weekday of a historical event (in England, before the Gregorian
calendar), one asks when the clocks go back, one asks for a bank holiday that differs by region;
they are negatives, with no "now" field. One negative asks what a short piece of code evaluates to
and why (code semantics). One near-positive is a negative for its contested reading (implied
multiplication), not as symbolic math; one asks for the next term of a sequence (more than one
defensible rule). Near-positives ask for conversions in gallons, cups, tons, mpg, horsepower, fluid
ounces, barrels, hundredweights, kilobytes, knots, light-years and ounces of silver (troy or
avoirdupois), for calories, and for dog years (left out of positives as contested); one asks for
letters in a word, one for an oven gas mark in Celsius, one for the number of zeros in a trillion
(short or long scale), and one for a Dutch clock idiom. One date positive asks the weekday of a
stated nineteenth-century date (1 July 1867), computed in the proleptic Gregorian calendar, which
Britain used then.

Checks that failed along the way: the register check passed on every run (it runs before the
duplicate check). The first run of run.sh failed ruff check (three ISC004 reports: implicitly
concatenated strings inside a tuple in the ORDINARY table) and the generator failed unit()'s
exact-value assert on the kWh-to-megajoules one-liner (KWH and MJ were first written as ints, so
their quotient was a float); a Python script on standard input put the four two-line ordinary
negatives in parentheses and made KWH and MJ Fractions. The next run passed ruff but failed
main()'s assert against relative words (a calculator word problem said "today"), reworded by a
Python script on standard input. The next run failed main()'s duplicate check, which reported 28
items by id: two plain calculator one-liners (a fraction of a number, a percentage), two plain unit
one-liners (feet and inches to centimetres, psi to bar), five conversations (a user turn in each:
fraction form, judgement, language, modular arithmetic, system base) and nineteen near-positives
(base rate, floating-point code, days until a festival, Easter, forecast, historical weekday,
implied multiplication, income tax, lottery odds, lunisolar festival, month end, all-numeric dates,
paper size, postage, ounce of a precious metal, prevalence, random choice, shoe size, time zone);
all were reworded by /tmp/h62/fix1.py, with new figures or new subjects, without the earlier
queries being looked at. The next run reported two of them again (the Easter and the lunisolar
near-positives), reworded by a Python script on standard input with a new festival and a new year;
the next run passed every check, and so did every later run. The Python line-length check then
found the two lines over 100 columns described above (a calculator word problem of 102 columns, and
a near-positive of 116 columns whose two string pieces fix1.py had joined into one); no other check
failed. unit_r()'s two-decimal assert, the stated-weekday check and all of this set's own asserts
passed on every run on which they were reached.

Registers (families), 25, new: car_boot_sale_field_organiser, cash_and_carry_wholesaler,
circuit_board_assembly_line, cnc_machining_subcontractor, crisp_factory_fryer_line,
domestic_energy_assessor, e_scooter_hire_scheme_ops, exchange_student_host_family,
fire_station_watch_manager, hydraulic_hose_repair_van, injection_moulding_toolroom,
instrument_calibration_laboratory, magazine_ad_sales_desk, mobility_aids_showroom,
motorway_traffic_management_crew, nuclear_outage_planning_office, patent_attorney_renewals_desk,
patient_transport_service_planner, quantity_surveyor_cost_plan, school_uniform_outfitter,
stadium_matchday_safety_officer, staircase_joinery_workshop, street_lighting_maintenance_crew,
turf_grower_cutting_crew, zero_waste_refill_shop. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: cash_and_carry_wholesaler, magazine_ad_sales_desk, school_uniform_outfitter,
car_boot_sale_field_organiser, quantity_surveyor_cost_plan, mobility_aids_showroom; a second unit
word problem: cnc_machining_subcontractor, crisp_factory_fryer_line,
instrument_calibration_laboratory, domestic_energy_assessor, turf_grower_cutting_crew,
zero_waste_refill_shop; a second date word problem: patent_attorney_renewals_desk,
nuclear_outage_planning_office, exchange_student_host_family, patient_transport_service_planner,
stadium_matchday_safety_officer, fire_station_watch_manager). The seven registers with three
positives are circuit_board_assembly_line, e_scooter_hire_scheme_ops, hydraulic_hose_repair_van,
injection_moulding_toolroom, motorway_traffic_management_crew, staircase_joinery_workshop and
street_lighting_maintenance_crew. Positives are one-liners (family "plain") or word problems of one
to three sentences, mostly UK usage with £ and a few US touches (Fahrenheit for US customers and
engineers, square inches and square yards for Americans, inches per minute), some chatty, terse,
lower-case or in shorthand, a few with numbers in words, questions at the start or the end. No
positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of a precious metal, dog years),
calories, today's date or an age without a stated date, a lunisolar festival, Easter, working days,
a regional bank holiday, month arithmetic from the 31st, a year after a leap day, all-numeric dates
of unstated order, time zones, summer time, identifiers that look like numbers (a flight, an ISBN,
postcodes, an IP address, software versions, a formation, chess notation), a paper size, a nominal
timber size, code semantics, world facts, tax rules, dosing, a size chart, an oven convention, an
estimate, lottery odds, missing prevalence, a missing volume, a translation, a number in a title,
an opinion, a contested reading, a sequence guess, a random choice, a written proof, an
explanation, the history of numerals, letters in a word, a forecast, a historical price, the
weekday of a historical event, a tipping custom, a current postage price, a regional time idiom,
the short or long scale; or, in conversations, an operator, function, letter values or a name
defined earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number
base (input, output, or set by a system turn), Roman numerals, a persona set by a system turn,
answer language, verse form, output format, rounding, precision, target unit, a fixed currency rate
or date order fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a
correction, a summary, a follow-up explanation or recall of earlier turns, figures spread over
turns, a result from an earlier turn, a judgement about earlier figures, advice about a date given
earlier, modular arithmetic or slang amounts defined earlier. The ordinary negatives ask for
advice, explanations, judgements, rules, facts or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 61: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots, troy ounces (no ounce of a precious
metal), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted),
time zones and daylight saving, Easter, working days, "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted). Week counts are asserted to be whole weeks; no day count is
inclusive (each is the difference of the two dates, and queries are worded as N days or weeks after
or before a stated date, "days between", "how many days from ... to ...", how many days a trial
runs from its start date to its end date, "how many days from the first date to the second", "how
many days apart", how many nights from a stated arrival to a stated departure, a lead time or
payment terms from a stated date, a sale every other Sunday, appointments every 10 days or checks
every 17 days counted from a stated first one, the start of the next 8-day cycle after a stated
one, the second Wednesday or second Saturday, third Friday or last Tuesday of a stated month and
year), ages are in whole years from a stated birth date to a stated date, and clock spans run from
one stated time to the next occurrence of the other (four cross midnight, each saying "next
morning" or "following morning"). Every rounded unit result stays within its 1e-3 tolerance when
given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 61):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet, yards and inches from these
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g, hPa, MJ); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 h = 3600 s; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s;
    1 W = 1 J/s, so 1 kWh = 3.6 MJ
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_62.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-03.jsonl"
PREFIX = "ho62-"
# earlier generators: sets 1-61 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 62))
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

# registers (families) of this set, 25, each used by all three tools
BOOT = "car_boot_sale_field_organiser"
CASH = "cash_and_carry_wholesaler"
PCB = "circuit_board_assembly_line"
CNC = "cnc_machining_subcontractor"
CRISP = "crisp_factory_fryer_line"
EPC = "domestic_energy_assessor"
SCOOT = "e_scooter_hire_scheme_ops"
HOST = "exchange_student_host_family"
FIRE = "fire_station_watch_manager"
HOSE = "hydraulic_hose_repair_van"
MOULD = "injection_moulding_toolroom"
CALIB = "instrument_calibration_laboratory"
ADS = "magazine_ad_sales_desk"
MOBIL = "mobility_aids_showroom"
TRAFFIC = "motorway_traffic_management_crew"
NUKE = "nuclear_outage_planning_office"
PATENT = "patent_attorney_renewals_desk"
PTS = "patient_transport_service_planner"
QS = "quantity_surveyor_cost_plan"
UNIFORM = "school_uniform_outfitter"
STADIUM = "stadium_matchday_safety_officer"
STAIRS = "staircase_joinery_workshop"
LIGHTS = "street_lighting_maintenance_crew"
TURF = "turf_grower_cutting_crew"
REFILL = "zero_waste_refill_shop"
REGISTERS = (
    BOOT,
    CASH,
    PCB,
    CNC,
    CRISP,
    EPC,
    SCOOT,
    HOST,
    FIRE,
    HOSE,
    MOULD,
    CALIB,
    ADS,
    MOBIL,
    TRAFFIC,
    NUKE,
    PATENT,
    PTS,
    QS,
    UNIFORM,
    STADIUM,
    STAIRS,
    LIGHTS,
    TURF,
    REFILL,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "what's 4,385 minus 1,967 plus 212", 4385 - 1967 + 212)
calc(P, "17.5% of 368?", pct("17.5") * 368)
calc(P, "(47 + 29) × 13 =", (47 + 29) * 13)
assert 86 * 86 == 7396
calc(P, "square root of 7,396", 86)
calc(P, "9^5 - 1000", 9**5 - 1000)
calc(P, "six hundred and forty-two divided by eight", F(642, 8))
calc(P, "1.35 x 2.8", dec("1.35") * dec("2.8"))
calc(P, "what's five sixteenths of 2,448", F(5, 16) * 2448)
calc(P, "increase 245 by 36%", 245 * (1 + pct(36)))
calc(P, "0.125 * 0.48 + 7", dec("0.125") * dec("0.48") + 7)
calc(P, "calc 73*46 - 1,111 pls", 73 * 46 - 1111)
calc(P, "9,870 ÷ 42", F(9870, 42))
calc(P, "What % is 91 of 260?", F(91, 260) * 100)
calc(P, "Take 15 percent off 1,240.", 1240 * (1 - pct(15)))

# register word problems, one per register, then six second ones
calc(
    BOOT,
    "car boot pitches are £8 a car and £12 a van. sunday we had 64 cars and 23 vans in, and the "
    "field hire was £95 — what did we clear after paying the farmer for the field?",
    64 * 8 + 23 * 12 - 95,
)
calc(
    CASH,
    "Trade customer takes 15 cases of fizzy drinks at £9.36 a case ex VAT. With 20% VAT added, "
    "what's the total at the till?",
    dec("9.36") * 15 * (1 + pct(20)),
)
calc(
    PCB,
    "our pick and place does 9,360 placements an hour and each board has 312 placements. shift "
    "is seven and a half hours of run time, how many boards is that per shift?",
    F(9360, 312) * dec("7.5"),
)
calc(
    CNC,
    "Quoting 40 aluminium brackets: 18 min machine time each at £54/hr, £120 setup (once), "
    "£3.15 material per part. Whole job total?",
    F(40 * 18, 60) * 54 + 120 + 40 * dec("3.15"),
)
calc(
    CRISP,
    "How many kg of crisps come off the line in a 6 hour run if the fryer takes 1,450 kg of "
    "potatoes an hour and the yield is 24% by weight?",
    1450 * pct(24) * 6,
)
calc(
    EPC,
    "invoice for the agency: 11 EPCs at £65 each, 3 of those houses were over four bedrooms so "
    "+£20 each, and 142 miles of mileage at 45p a mile. total please",
    11 * 65 + 3 * 20 + 142 * dec("0.45"),
)
calc(
    SCOOT,
    "Scooter fare is £1 to unlock then 16p per minute. A student rides for 23 minutes and gets "
    "25% off the whole fare — how much is charged?",
    (1 + 23 * dec("0.16")) * (1 - pct(25)),
)
calc(
    HOST,
    "The agency pays hosts £165 per student per week. We had two students for six weeks and "
    "then one stayed on three more weeks on her own. How much were we paid altogether?",
    165 * (2 * 6 + 3),
)
calc(
    FIRE,
    "Station target is 480 home fire safety visits for the year and the watches have done 312 "
    "so far. What percentage of the target is that?",
    F(312, 480) * 100,
)
calc(
    HOSE,
    "bill before VAT? 3.5 m of hose at £7.80 a metre, two crimped fittings at £6.50 each and the "
    "£85 call-out",
    dec("3.5") * dec("7.80") + 2 * dec("6.50") + 85,
)
calc(
    MOULD,
    "8-cavity tool, 24 second cycle. Running flat out for an 8 hour shift, how many parts do we "
    "get?",
    F(8 * 3600, 24) * 8,
)
calc(
    CALIB,
    "Customer sent in 7 torque wrenches (£38 each to calibrate) and 12 pressure gauges (£26 "
    "each). Orders of more than 15 instruments get 10% off. What's the invoice total?",
    (7 * 38 + 12 * 26) * (1 - pct(10)),
)
calc(
    ADS,
    "Client's booked 3 full pages at £2,400 and 5 half pages at £1,350 across the year, with a "
    "12.5% series discount off the lot. What do they pay?",
    (3 * 2400 + 5 * 1350) * (1 - pct("12.5")),
)
calc(
    MOBIL,
    "Scooter is £1,895 with no VAT (customer's eligible for relief). £395 deposit up front, "
    "rest in 12 equal monthly payments — how much is each payment?",
    F(1895 - 395, 12),
)
calc(
    TRAFFIC,
    "Hire for the lane closure: 220 cones at 35p per cone per night and two arrow boards at £48 "
    "each per night, for nine nights. What's the hire bill?",
    (220 * dec("0.35") + 2 * 48) * 9,
)
calc(
    NUKE,
    "Contractor labour for the outage: 340 extra people, 11.5 hour shifts every day for 28 days, "
    "average rate £31 an hour. What's the labour cost?",
    340 * dec("11.5") * 28 * 31,
)
calc(
    PATENT,
    "Renewal fees on this client's patent: £70 for the 5th year, going up by £20 each year after. "
    "What do the renewals for years 5 to 9 add up to, all five of them?",
    sum(70 + 20 * k for k in range(5)),
)
calc(
    PTS,
    "One car does three dialysis runs a day, six days a week, each run 34 miles round trip. At "
    "52p a mile what's the mileage cost over a four-week period?",
    3 * 6 * 4 * 34 * dec("0.52"),
)
calc(
    QS,
    "Cost plan check: GIFA 420 m² at £1,850 per m², then add 12% preliminaries, then 5% "
    "contingency on the total including prelims. What's the figure?",
    420 * 1850 * (1 + pct(12)) * (1 + pct(5)),
)
calc(
    UNIFORM,
    "two kids, same list each: blazer £38, two shirts at £9.50, tie £6, trousers £16. the second "
    "child's order gets 10% sibling discount. what's the total?",
    (38 + 2 * dec("9.50") + 6 + 16) * (2 - pct(10)),
)
calc(
    STADIUM,
    "Our ratio is one steward for every 250 spectators. If 16,750 are expected, how many "
    "stewards do we need?",
    F(16750, 250),
)
calc(
    STAIRS,
    "what's the materials total for this flight: 12 oak treads at £68, a handrail at £145 and 30 "
    "spindles at £7.20 each?",
    12 * 68 + 145 + 30 * dec("7.20"),
)
calc(
    LIGHTS,
    "We're swapping 640 sodium lanterns for LEDs. Each one saves 68 watts, they burn 4,100 hours "
    "a year and electricity is 21p per kWh. How many pounds a year does that save?",
    F(640 * 68, 1000) * 4100 * dec("0.21"),
)
calc(
    TURF,
    "customer wants 80 rolls of turf at £2.95 a roll, 5% off the turf for collecting a big "
    "order, plus £45 delivery (not discounted). what do I charge?",
    80 * dec("2.95") * (1 - pct(5)) + 45,
)
calc(
    REFILL,
    "Porridge oats are £2.40 a kilo. Someone fills one jar with 650 g and a tub with 1.2 kg — "
    "what's their total?",
    (dec("0.65") + dec("1.2")) * dec("2.40"),
)
calc(
    CASH,
    "Outer of 12 tins of chopped tomatoes costs £5.64. How many pence is that per tin?",
    F(564, 12),
)
calc(
    ADS,
    "The agency takes 15% commission on media spend. On an £8,640 booking, how much is their "
    "commission?",
    8640 * pct(15),
)
calc(
    UNIFORM,
    "Bought 360 PE tops at £4.15 each and sold every one at £7.50. Gross profit on them?",
    360 * (dec("7.50") - dec("4.15")),
)
calc(
    BOOT,
    "Buyers pay £2 to get in before 7am and £1 after. 140 came in early and 390 later on. The "
    "farmer gets 40% of the gate money — how much is his share?",
    (140 * 2 + 390 * 1) * pct(40),
)
calc(
    QS,
    "Lowest tender came back at £2,365,000 against a budget of £2.2m. By what percentage is "
    "it over budget?",
    F(2365000 - 2200000, 2200000) * 100,
)
calc(
    MOBIL,
    "Rise and recline chair is £749, we take £60 off for the trade-in of her old one, then 5% "
    "off that for paying cash. What's the final price?",
    (749 - 60) * (1 - pct(5)),
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
HPA = F(100)  # Pa
KWH = F(3600 * 1000)  # J
MJ = F(10**6)  # J
SQIN = IN * IN  # m^2

assert SQFT == dec("0.09290304") and SQYD == dec("0.83612736") and SQIN == dec("0.00064516")
assert KWH == 36 * MJ / 10 and HA / ACRE > 2 and KMH * 36 == 10

# plain one-liners
unit(P, "72 km/h in m/s", 72 * KMH, EXACT)
unit(P, "6 ft 2 in in centimetres?", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "How many grams is 3.5 oz?", dec("3.5") * OZ / G)
unit(P, "-22 °F in Celsius", f_to_c(-22), EXACT)
unit_r(P, "4.2 miles to kilometres", dec("4.2") * MI / KM)
unit_r(P, "what's 11 stone 6 lb in kg", 11 * STONE + 6 * LB)
unit_r(P, "2.5 acres = how many square metres?", dec("2.5") * ACRE)
unit_r(P, "38 psi to bar", 38 * PSI / BAR)
unit(P, "how many MiB in 3.75 GiB", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "1,250 metres in yards?", 1250 / YD)
unit(P, "What's 38.6 °C in Fahrenheit?", c_to_f(dec("38.6")), EXACT)
unit_r(P, "150 sq ft to m²", 150 * SQFT)
unit(P, "9 kWh expressed in megajoules", 9 * KWH / MJ, EXACT)
unit_r(P, "In feet, how tall is 1.8 metres?", dec("1.8") / FT)

# register word problems, one per register, then six second ones
unit_r(
    BOOT,
    "The farmer's field we use for the car boot is 180 yards by 95 yards. How many acres is that?",
    180 * YD * 95 * YD / ACRE,
)
unit_r(
    CASH,
    "a pallet of sugar is 40 sacks of 25 kg each. what does the sugar on it weigh in pounds?",
    40 * 25 / LB,
)
unit(
    PCB,
    "US customer's spec wants the reflow peak in Fahrenheit. We run a peak of 245 °C — what is "
    "that in °F?",
    c_to_f(245),
    EXACT,
)
unit(
    CNC,
    "drawing calls for a 0.375 inch bore, what's that in millimetres",
    dec("0.375") * IN / MM,
    EXACT,
)
unit(
    CRISP,
    "Slicer conveyor belt moves at 0.8 m/s. Convert that to km/h for the new line sheet.",
    dec("0.8") / KMH,
    EXACT,
)
unit_r(
    EPC,
    "Living room is 14 ft by 12 ft 6 in. I need the floor area in square metres for the software.",
    14 * FT * (12 * FT + 6 * IN),
)
unit_r(
    SCOOT,
    "Our scooters are speed-limited to 15.5 mph. What's that in km/h?",
    dec("15.5") * MPH / KMH,
)
unit_r(
    HOST,
    "Our exchange student says she's 172 cm tall — how many inches is that?",
    172 * CM / IN,
)
unit_r(
    FIRE,
    "Pump gauge reading is 7 bar; the old hose reel chart is in psi. What's 7 bar in psi?",
    7 * BAR / PSI,
)
unit_r(
    HOSE,
    "hose is rated 3,000 psi working pressure. in bar that's?",
    3000 * PSI / BAR,
)
unit_r(
    MOULD,
    "Material datasheet says dry the granules at 175 °F. Our dryer is in Celsius — what do I "
    "set it to?",
    f_to_c(175),
)
unit_r(
    CALIB,
    "The reference mass is marked 5 lb exactly. What's its mass in grams?",
    5 * LB / G,
)
unit_r(
    ADS,
    "A double-page spread trims to 420 mm × 297 mm. What's that area in square inches for the "
    "American advertiser?",
    420 * MM * 297 * MM / SQIN,
)
unit(
    MOBIL,
    "Seat width on the wheelchair is 18 inches. Customer wants it in centimetres.",
    18 * IN / CM,
    EXACT,
)
unit(
    TRAFFIC,
    "Taper for the lane closure is 800 yards. How long is that in metres?",
    800 * YD,
    EXACT,
)
unit(
    NUKE,
    "Visiting US engineers want the primary coolant temperature in Fahrenheit: it runs at "
    "290 °C. What's that?",
    c_to_f(290),
    EXACT,
)
unit(
    PATENT,
    "The prior-art document gives the flange as 0.75 inches across. How many mm is that, for "
    "comparison with our client's claim?",
    dec("0.75") * IN / MM,
    EXACT,
)
unit_r(
    PTS,
    "Hospital run is 38 km each way. How many miles is one way?",
    38 * KM / MI,
)
unit_r(
    QS,
    "Site area 0.85 hectares — the client thinks in acres. What's that in acres?",
    dec("0.85") * HA / ACRE,
)
unit(
    UNIFORM,
    "mum says the blazer needs to fit a 36 inch chest, our labels are in cm — which cm size is "
    "that exactly?",
    36 * IN / CM,
    EXACT,
)
unit_r(
    STADIUM,
    "Pitch is 105 m by 68 m. The visiting American broadcaster asked for the area in square yards.",
    105 * 68 / SQYD,
)
unit_r(
    STAIRS,
    "handrail height 900 mm on the drawing — in inches?",
    900 * MM / IN,
)
unit_r(
    LIGHTS,
    "How many feet tall is a 12 metre lighting column?",
    12 / FT,
)
unit_r(
    TURF,
    "Customer's lawn is 30 ft by 20 ft and our rolls are sold by the square metre. How many "
    "square metres is the lawn?",
    30 * FT * 20 * FT,
)
unit_r(
    REFILL,
    "A customer's recipe says 1.5 lb of red lentils. How many grams do I weigh out?",
    dec("1.5") * LB / G,
)
unit_r(
    CNC,
    "The CAM program has a feed of 1,200 mm per minute; the old machine reads inches per minute. "
    "What's the feed in inches per minute?",
    1200 * MM / IN,
)
unit(
    CRISP,
    "Frying oil set point is 178 °C — what's that in Fahrenheit?",
    c_to_f(178),
    EXACT,
)
unit_r(
    CALIB,
    "Lab barometer reads 1,013.25 hPa. Express that in psi.",
    dec("1013.25") * HPA / PSI,
)
unit_r(
    EPC,
    "Agent's particulars say 2,150 sq ft. Convert to square metres.",
    2150 * SQFT,
)
unit_r(
    TURF,
    "We cut the sod 32 mm thick. what's that in inches",
    32 * MM / IN,
)
unit_r(
    REFILL,
    "our small tubs hold 250 g of loose tea. how many ounces is that?",
    250 * G / OZ,
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

# plain one-liners
date_item(P, "What day of the week is 14 August 2031?", weekday(D(2031, 8, 14)))
date_item(
    P,
    "how many days between 3 March 2028 and 19 November 2028",
    days(D(2028, 3, 3), D(2028, 11, 19)),
)
date_item(P, "100 days after 25 December 2027 is what date?", D(2027, 12, 25) + TD(days=100))
date_item(P, "9 weeks before 2 June 2029", D(2029, 6, 2) - TD(weeks=9))
date_item(P, "date 500 days on from 1 January 2030", D(2030, 1, 1) + TD(days=500))
date_item(P, "third Friday of October 2028?", nth_weekday(2028, 10, FRI, 3))
date_item(P, "When is the last Tuesday in May 2030?", nth_weekday(2030, 5, TUE, -1))
date_item(
    P, "How many minutes from 21:40 to 06:15 the next morning?", clock_span("21:40", "06:15", 60)
)
date_item(
    P,
    "someone born 29 July 1994, how old are they on 1 March 2031",
    age(D(1994, 7, 29), D(2031, 3, 1)),
)
date_item(
    P, "how many weeks from 5 January 2029 to 13 April 2029?", weeks(D(2029, 1, 5), D(2029, 4, 13))
)
date_item(P, "What weekday was 1 July 1867?", weekday(D(1867, 7, 1)))
date_item(P, "add 45 days to 20 February 2028", D(2028, 2, 20) + TD(days=45))
date_item(P, "days from 31 October 2027 to 1 March 2028?", days(D(2027, 10, 31), D(2028, 3, 1)))
date_item(P, "6 weeks after 28 December 2029 = ?", D(2029, 12, 28) + TD(weeks=6))

# register word problems, one per register, then six second ones
BOOT_START = D(2027, 4, 4)
assert weekday(BOOT_START) == "Sunday"
date_item(
    BOOT,
    f"The car boot runs every other Sunday, first one {sayw(BOOT_START)}. What date is the "
    "eighth sale of the season?",
    BOOT_START + TD(days=14 * 7),
)
date_item(
    CASH,
    "Account customer's invoice is dated 12 September 2027 on 45-day terms. When is it due?",
    D(2027, 9, 12) + TD(days=45),
)
date_item(
    PCB,
    "Batch build started at 06:50 and the last board came off at 19:20. How many hours was that?",
    clock_span("06:50", "19:20", 3600),
)
CNC_ORDER = D(2027, 6, 8)
date_item(
    CNC,
    f"PO came in on {sayw(CNC_ORDER)} with a six week lead time. What's the delivery date?",
    CNC_ORDER + TD(weeks=6),
)
date_item(
    CRISP,
    "Best-before is set 84 days after packing. For packs made on 19 October 2027, what's the "
    "best-before date?",
    D(2027, 10, 19) + TD(days=84),
)
date_item(
    EPC,
    "Landlord wants the survey on the second Wednesday in March 2028 — which date is that?",
    nth_weekday(2028, 3, WED, 2),
)
date_item(
    SCOOT,
    "The council trial runs from 1 July 2027 to 31 January 2028. How many days is that from "
    "start date to end date?",
    days(D(2027, 7, 1), D(2028, 1, 31)),
)
HOST_ARRIVE = D(2027, 9, 4)
date_item(
    HOST,
    f"Student arrives {sayw(HOST_ARRIVE)} and flies home 18 December 2027. How many nights is "
    "she with us?",
    days(HOST_ARRIVE, D(2027, 12, 18)),
)
FIRE_START = D(2027, 9, 6)
date_item(
    FIRE,
    f"Our shift pattern is an 8-day cycle. Blue Watch begins a cycle on {sayw(FIRE_START)} — on "
    "what date does their next cycle begin?",
    FIRE_START + TD(days=8),
)
date_item(
    HOSE,
    "Callout logged at 22:35, van on site at 01:10 the following morning. How many minutes did "
    "the customer wait?",
    clock_span("22:35", "01:10", 60),
)
date_item(
    MOULD,
    "Tool steel was ordered 27 October 2027, lead time 10 weeks. What date should it arrive?",
    D(2027, 10, 27) + TD(weeks=10),
)
date_item(
    CALIB,
    "Certificate issued 15 November 2027 with a 26-week recall. When's the next calibration due?",
    D(2027, 11, 15) + TD(weeks=26),
)
date_item(
    ADS,
    "copy deadline is 5 weeks before the on-sale date. issue goes on sale 3 March 2028, so "
    "when's the deadline?",
    D(2028, 3, 3) - TD(weeks=5),
)
date_item(
    MOBIL,
    "She bought the scooter on 30 January 2028 and the home trial ends 90 days after that. What "
    "date does the trial end?",
    D(2028, 1, 30) + TD(days=90),
)
date_item(
    TRAFFIC,
    "Night closure goes in at 21:00 and must be lifted by 05:30 next morning. How many hours is "
    "the closure?",
    clock_span("21:00", "05:30", 3600),
)
NUKE_START = D(2028, 4, 1)
date_item(
    NUKE,
    f"Refuelling outage starts {sayw(NUKE_START)} and is planned at 38 days. What's the planned "
    "return-to-service date?",
    NUKE_START + TD(days=38),
)
date_item(
    PATENT,
    "Examiner's letter is dated 21 June 2027 and we have 4 weeks to respond. Deadline?",
    D(2027, 6, 21) + TD(weeks=4),
)
date_item(
    PTS,
    "Patient has outpatient appointments every 10 days starting 6 December 2027. What date is "
    "the fourth appointment?",
    D(2027, 12, 6) + TD(days=30),
)
date_item(
    QS,
    "The contract period runs from 7 February 2028 to 24 November 2028. How many days from the "
    "first date to the second?",
    days(D(2028, 2, 7), D(2028, 11, 24)),
)
date_item(
    UNIFORM,
    "we're planning a back-to-school late opening on 28 August 2028 — what day of the week is "
    "that?",
    weekday(D(2028, 8, 28)),
)
date_item(
    STADIUM,
    "First home game is on the second Saturday of August 2027. What's the date?",
    nth_weekday(2027, 8, SAT, 2),
)
STAIRS_FIT = D(2027, 10, 21)
date_item(
    STAIRS,
    f"Fitted the oak stairs on {sayw(STAIRS_FIT)}; the hardwax oil needs 21 days to cure fully. "
    "Date they can lay the runner?",
    STAIRS_FIT + TD(days=21),
)
date_item(
    LIGHTS,
    "Photocells switch the lamps on at 16:50 and off at 07:35 the next morning. How many hours "
    "are they lit?",
    clock_span("16:50", "07:35", 3600),
)
date_item(
    TURF,
    "Turf laid on 3 May 2028, first mow 18 days later — what date?",
    D(2028, 5, 3) + TD(days=18),
)
date_item(
    REFILL,
    "We opened on 1 March 2028. What weekday will our first anniversary, 1 March 2029, be?",
    weekday(D(2029, 3, 1)),
)
date_item(
    PATENT,
    "Renewal falls due on 29 January 2029 — what day of the week is that?",
    weekday(D(2029, 1, 29)),
)
date_item(
    NUKE,
    "Last outage ended 14 June 2026 and the next one starts 2 April 2028. How many days apart "
    "are they?",
    days(D(2026, 6, 14), D(2028, 4, 2)),
)
date_item(
    HOST,
    "Our student was born on 17 May 2011. How old is she on the day she arrives, 4 September 2027?",
    age(D(2011, 5, 17), D(2027, 9, 4)),
)
date_item(
    PTS,
    "Crew left base at 08:40 and got back at 13:05. How many minutes was that?",
    clock_span("08:40", "13:05", 60),
)
date_item(
    STADIUM,
    "Turnstiles open at 13:15 and kick-off is 15:00. How many minutes of ingress is that?",
    clock_span("13:15", "15:00", 60),
)
FIRE_HYD = D(2028, 1, 3)
date_item(
    FIRE,
    f"Hydrant checks are every 17 days, first one on {sayw(FIRE_HYD)}. Date of the 5th check?",
    FIRE_HYD + TD(days=4 * 17),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, advice, explanations, judgements, rules, facts, writing
ORDINARY = {
    BOOT: (
        "any tips for laying out the pitches at a car boot so the traffic flows nicely?",
        "Do I need anything from the council to run a weekly car boot sale on a farmer's field?",
        "write a short facebook post announcing the first car boot of the season, cheerful tone",
        "How should I deal with buyers who try to get in while sellers are still unloading?",
    ),
    CASH: (
        (
            "What's the real difference between a cash and carry and a delivered wholesaler for "
            "a small corner shop?"
        ),
        "how do trade membership cards at a cash and carry usually work, can anyone sign up?",
        (
            "Should a convenience store push own-label lines or stick with the big brands? pros "
            "and cons please"
        ),
        "Draft a polite email to a supplier chasing a pallet that arrived short.",
    ),
    PCB: (
        "why do we keep getting dull grainy solder joints off the reflow oven?",
        "What is tombstoning on small chip components, and what usually causes it?",
        "Explain the difference between AOI and X-ray inspection for BGA parts.",
        "Is lead-free solder genuinely harder to rework than the old tin-lead, and why?",
    ),
    CNC: (
        "Which coolant would you suggest for machining 6082 aluminium?",
        "how do I explain to a customer why tighter tolerances put the price up so much?",
        "climb milling vs conventional milling, when do you use which?",
        "Write a short 'about us' blurb for a subcontract machine shop's website.",
    ),
    CRISP: (
        "What causes acrylamide in crisps and how do manufacturers keep it down?",
        "why do some of our crisps come out with brown edges and dark spots?",
        "Explain how nitrogen flushing keeps a bag of crisps fresh.",
        "How should we manage allergen changeovers on a fryer line that runs several flavours?",
    ),
    EPC: (
        "What does an EPC rating actually measure — running costs or emissions?",
        "How do I explain to a landlord which improvements might lift a band E house to a D?",
        "do listed buildings always need an energy performance certificate?",
        "What evidence should I ask the owner for before recording cavity wall insulation?",
    ),
    SCOOT: (
        "How should we handle complaints about hire scooters blocking pavements?",
        "are privately owned e-scooters legal to ride on UK roads?",
        "Write a friendly app notification reminding riders to park in the marked bays.",
        "what's a sensible way to decide where new scooter parking bays should go?",
    ),
    HOST: (
        "Our exchange student seems homesick in her second week. How can we help her settle?",
        "What British dishes would be nice to cook for a Japanese student's first week with us?",
        "should we set a curfew for a 16-year-old exchange student, and how strict?",
        "Write a short welcome note to our student introducing the family and the dog.",
    ),
    FIRE: (
        "How should I run a debrief with the watch after a really difficult house fire?",
        "What's the difference between a wholetime and an on-call firefighter?",
        "ideas for a station open day that get kids interested in fire safety?",
        "How do I encourage the watch to keep on top of fitness tests without nagging?",
    ),
    HOSE: (
        "What does the 2SN marking on a hydraulic hose mean?",
        "how do I make sure an excavator's hydraulics are safe before I change a hose on it?",
        "Why would a brand new hose assembly burst right next to the crimp?",
        "Write a text to a farmer explaining why there's a call-out charge on his bill.",
    ),
    MOULD: (
        "What causes sink marks on injection moulded parts?",
        "hot runner or cold runner for a new tool — how do I decide?",
        "Explain what draft angle does and why the designer needs to add it.",
        "Tips for storing moulds between runs so they don't rust?",
    ),
    CALIB: (
        "What is traceability in calibration and why do customers care about it?",
        "what's the difference between accuracy and measurement uncertainty?",
        "Should a click torque wrench be stored wound down to its lowest setting? Why?",
        "How should I word a certificate when an instrument fails its as-found check?",
    ),
    ADS: (
        "How do I pitch a half page to a local restaurant that has never advertised in print?",
        "what's the difference between advertorial and display advertising?",
        "Write a short introduction for our spring issue rate card.",
        "A client wants to cancel after the copy deadline. How should I handle it?",
    ),
    MOBIL: (
        "How do I help a customer choose between a class 2 and a class 3 mobility scooter?",
        "what are the VAT relief rules for mobility aids bought by disabled customers?",
        "What should I check before selling a second-hand riser recliner chair?",
        "Write a gentle email to a customer whose scooter battery warranty has run out.",
    ),
    TRAFFIC: (
        "What PPE does a crew need for working on the hard shoulder at night?",
        (
            "Why must operatives never cross a live carriageway on foot, and how do I get that "
            "across to new starters?"
        ),
        "what's the job of an impact protection vehicle behind a works area?",
        "Write a short toolbox talk on fatigue when working nights.",
    ),
    NUKE: (
        "How do I explain critical path to a new planner joining the outage team?",
        "Why do some reactors refuel in planned outages and others refuel on load?",
        "what makes a good daily outage coordination meeting?",
        "Explain ALARA to a contractor who has never worked on a nuclear site before.",
    ),
    PATENT: (
        "What happens if a UK patent renewal fee is paid late?",
        "what's the difference between a patent and a registered design?",
        "Write a reminder letter to a client about an upcoming renewal deadline.",
        "Can a lapsed patent be restored, and what does the owner have to show?",
    ),
    PTS: (
        "How do we decide who is eligible for non-emergency patient transport?",
        "What should our drivers do if a patient isn't ready at the pick-up time?",
        "how can we cut down on aborted journeys for outpatient appointments?",
        "Write a short script for calling patients the day before their transport.",
    ),
    QS: (
        "What's normally included in preliminaries on a building cost plan?",
        "explain the difference between a cost plan and a bill of quantities",
        "How do I present an over-budget tender to a client without alarming them?",
        "What is value engineering, in plain English?",
    ),
    UNIFORM: (
        "How do we handle a parent who's unhappy that the school made the blazer compulsory?",
        "what's the best way to plan size stock ahead of the September rush?",
        "Write an email to parents about our second-hand uniform swap morning.",
        "Are there any rules about schools insisting on branded uniform items?",
    ),
    STADIUM: (
        "What should go into a stewards' briefing on match day?",
        "how do you manage a crowd surge building at the turnstiles?",
        "What's the role of the safety advisory group for a sports ground?",
        "Write a calm PA announcement asking fans to keep the gangways clear.",
    ),
    STAIRS: (
        "Why do the building regs limit how steep a domestic staircase can be?",
        "oak or ash for stair treads, which wears better?",
        "How do I explain winders to a customer who wants to save space on the landing?",
        "What finish would you recommend for stairs in a house with two big dogs?",
    ),
    LIGHTS: (
        "Why do some councils dim street lights after midnight?",
        "How should we prioritise fault reports when we're short of crews?",
        "what are the main risks of working near overhead cables from a cherry picker?",
        "Write a reply to a resident complaining that a new LED lantern shines into her bedroom.",
    ),
    TURF: (
        "What's the best time of year to lay turf?",
        "why does freshly laid turf go yellow, and what should the customer do about it?",
        "How do I explain to customers why they shouldn't walk on new turf for a while?",
        "What's the difference between meadow turf and fine ornamental lawn turf?",
    ),
    REFILL: (
        "How do we make sure customers' own containers are clean enough to refill?",
        "which product lines usually sell best in a zero waste refill shop?",
        "Write an Instagram caption for our new laundry liquid refill station.",
        (
            "How do we manage allergens when nuts and oats sit next to each other in the gravity "
            "bins?"
        ),
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for fam, qs in ORDINARY.items():
    assert len(qs) == 4, fam
    for q in qs:
        neg(fam, q)

# hard single-turn negatives that look like tool questions but need the language model
NEAR = (
    (
        "near-exchange-rate",
        "how many euros will I get for £350 at the airport?",
        "needs a live exchange rate and the bureau's margin",
    ),
    (
        "near-gallon",
        "Van tank holds 16 gallons of diesel — how many litres is that?",
        "US or imperial gallon not stated (contested unit)",
    ),
    (
        "near-cup",
        "how many grams is 1.5 cups of plain flour?",
        "cup size and the density of flour are contested",
    ),
    (
        "near-ton",
        "A 7 ton lorry's gross weight in kg?",
        "short, long or metric ton not stated (contested unit)",
    ),
    (
        "near-mpg",
        "my van does 38 mpg, what's that in litres per 100 km?",
        "US or imperial mpg (contested unit)",
    ),
    (
        "near-horsepower",
        "Convert 150 hp to kilowatts.",
        "mechanical, metric or electrical horsepower (contested unit)",
    ),
    (
        "near-fluid-ounce",
        "20 fl oz of stock in millilitres?",
        "US or imperial fluid ounce (contested unit)",
    ),
    (
        "near-calories",
        "How many calories are in a 40 g bag of ready salted crisps?",
        "a nutrition fact that depends on the product",
    ),
    (
        "near-age-today",
        "How old is someone born on 3 May 1988?",
        "depends on the current date, which is not given",
    ),
    (
        "near-days-until",
        "how many sleeps till halloween?",
        "depends on the current date",
    ),
    (
        "near-easter",
        "Is Good Friday 2034 in March or April, and on what date?",
        "Easter (computus, and which church) is left to the language model",
    ),
    (
        "near-lunisolar",
        "When does Hanukkah begin in 2030, roughly mid-December?",
        "a lunisolar festival date is a fact, not a date offset",
    ),
    (
        "near-working-days",
        "How many working days are there between 20 December 2027 and 7 January 2028?",
        "bank holidays and which region's, over Christmas and New Year",
    ),
    (
        "near-month-end",
        "Add a month to 31 May 2029 — what date do I get?",
        "month arithmetic from the 31st is a matter of convention",
    ),
    (
        "near-leap-day-year",
        "what's the date exactly one year after 29 February 2032?",
        "a year after a leap day has no single agreed answer",
    ),
    (
        "near-numeric-date",
        "warranty ran 01/02/2028 to 01/08/2028, how many days was that?",
        "day/month or month/day order is not stated",
    ),
    (
        "near-time-zone",
        "It's 3pm in Manchester, what time is it in Los Angeles?",
        "time zones and daylight saving depend on the date",
    ),
    (
        "near-clocks-change",
        "When do the clocks go back in the UK in 2029?",
        "a rule about summer time, left to the language model",
    ),
    (
        "near-flight-number",
        "Is flight EZY 8417 a domestic flight?",
        "a flight number is an identifier, not a quantity",
    ),
    (
        "near-isbn",
        "Which book has the ISBN 9780140449136?",
        "an ISBN is an identifier; needs a lookup",
    ),
    (
        "near-postcode-distance",
        "How many miles is it from M1 1AE to LS1 4DY?",
        "postcodes are identifiers; needs geography",
    ),
    (
        "near-ip-address",
        "Is 192.168.1.254 a public IP address?",
        "an IP address looks numeric but is an identifier",
    ),
    (
        "near-version",
        "Is Python 3.10 newer than 3.9?",
        "software versions are not decimals",
    ),
    (
        "near-formation",
        "what does 4-2-3-1 mean in football?",
        "a formation looks like arithmetic but is notation",
    ),
    (
        "near-chess",
        "What does Nf3 mean in chess notation?",
        "chess notation, not a calculation",
    ),
    (
        "near-paper-size",
        "What's the size of an A2 poster in centimetres?",
        "needs the paper size as a fact first",
    ),
    (
        "near-nominal-timber",
        "What's the actual planed size of a 4x2 in mm?",
        "nominal timber sizes differ from actual ones",
    ),
    (
        "near-code-float",
        "In JavaScript, what does 0.1 * 3 === 0.3 evaluate to, and why?",
        "code semantics (floating point), not arithmetic",
    ),
    (
        "near-income-tax",
        "How much take-home pay is £37,500 a year after tax and NI?",
        "tax bands, year and region are rules, not given",
    ),
    (
        "near-dosing",
        "How many paracetamol tablets can a 9 year old have in a day?",
        "dosing is medical advice",
    ),
    (
        "near-shoe-size",
        "what's a UK 5.5 ladies' shoe in US sizes?",
        "a size chart, which varies by brand",
    ),
    (
        "near-gas-mark",
        "gas mark 6 is what in celsius?",
        "an oven convention, not an exact conversion",
    ),
    (
        "near-estimate",
        "Roughly how many people can Wembley Stadium hold?",
        "a world fact",
    ),
    (
        "near-lottery-odds",
        "What are the chances of winning the top prize on a Set For Life ticket?",
        "depends on the game's current rules",
    ),
    (
        "near-translation",
        "How do you say 'fifteen pounds fifty' in French?",
        "a translation",
    ),
    (
        "near-title-number",
        "What's the plot of Catch-22 in a couple of sentences?",
        "a number in a title",
    ),
    (
        "near-opinion",
        "Is 4.5% a good interest rate for an easy access savings account?",
        "a judgement that depends on the market",
    ),
    (
        "near-implied-multiplication",
        "what does 12 ÷ 3(1 + 1) come to?",
        "implied multiplication has contested readings",
    ),
    (
        "near-random",
        "Choose a number from 1 to 200 for the tombola winner please.",
        "a random choice has no single right answer",
    ),
    (
        "near-proof",
        "Prove that the sum of two even numbers is always even.",
        "a written proof",
    ),
    (
        "near-explain-discount",
        "Why isn't 50% off and then another 50% off the same as getting it free?",
        "an explanation, not a sum",
    ),
    (
        "near-clock-numerals",
        "Why do so many clock faces show IIII instead of IV?",
        "the history of numerals",
    ),
    (
        "near-letter-count",
        "How many times does the letter s appear in 'possessiveness'?",
        "letters in a word, left to the language model",
    ),
    (
        "near-forecast",
        "What will the average UK house price be in 2035?",
        "a forecast",
    ),
    (
        "near-historical-price",
        "How much did a loaf of bread cost in 1975?",
        "a historical price",
    ),
    (
        "near-historical-weekday",
        "What weekday was the Battle of Hastings fought on?",
        "a historical event, and Julian vs Gregorian calendar",
    ),
    (
        "near-tipping",
        "How much should I tip a New York cab driver on a $40 fare?",
        "a custom, not a fixed rate",
    ),
    (
        "near-postage",
        "What does it cost to post a large letter second class these days?",
        "a current price",
    ),
    (
        "near-clock-idiom",
        "In Dutch, what time is 'half acht'?",
        "a regional time idiom",
    ),
    (
        "near-scale",
        "How many zeros are in a trillion?",
        "short or long scale",
    ),
    (
        "near-dog-years",
        "my spaniel is 6, what's that in dog years?",
        "dog years are contested",
    ),
    (
        "near-kilobyte",
        "How many bytes are there in 64 kB?",
        "1000 or 1024 (contested unit)",
    ),
    (
        "near-precious-ounce",
        "how many grams is a 10 ounce silver bar?",
        "troy or avoirdupois ounce",
    ),
    (
        "near-loan-terms",
        "What's the monthly repayment on a £15,000 car loan?",
        "rate and term are missing",
    ),
    (
        "near-prevalence",
        (
            "A screening test catches 95% of cases and mine came back positive — how likely is "
            "it I've really got it?"
        ),
        "needs the prevalence, which is missing",
    ),
    (
        "near-knots",
        "30 knots in mph?",
        "nautical units are left to the language model",
    ),
    (
        "near-light-year",
        "How many kilometres is 4.2 light-years?",
        "the year used for a light-year is contested",
    ),
    (
        "near-barrel",
        "How many litres are in a barrel?",
        "oil, beer or other barrel (contested unit)",
    ),
    (
        "near-hundredweight",
        "What's 5 cwt in kilograms?",
        "short or long hundredweight",
    ),
    (
        "near-relative-date",
        "what's the date next Thursday?",
        "depends on the current date",
    ),
    (
        "near-base-rate",
        "Has the Bank of England base rate gone up or down lately, and what is it?",
        "a current rate",
    ),
    (
        "near-share-price",
        "What are 100 Tesco shares worth?",
        "needs a live share price",
    ),
    (
        "near-sequence",
        "What's the next number: 2, 6, 12, 20, ...?",
        "a pattern guess with more than one defensible answer",
    ),
    (
        "near-missing-volume",
        "If I mix concrete 1:2:3, how much cement do I need?",
        "the volume of concrete is missing",
    ),
    (
        "near-bank-holiday",
        "What date is the August bank holiday in 2028?",
        "differs between Scotland and the rest of the UK",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)

# conversations: the last user turn depends on something set up earlier
VISIT_DAY = D(2028, 5, 16)
CONVS = (
    (
        "conv-operator",
        [
            (U, "On our shop floor board, a ⊕ b means 2a plus b, just so you know."),
            (A, "Got it: a ⊕ b = 2a + b."),
            (U, "so what's 7 ⊕ 3?"),
        ],
        "the operator is defined in an earlier turn",
    ),
    (
        "conv-function",
        [
            (U, "Let g(x) be a price after adding a £4 handling fee and then doubling it."),
            (A, "So g(x) = 2(x + 4)."),
            (U, "What's g(11)?"),
        ],
        "the function is defined in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (U, "Quiz night rule: each letter is worth its place in the alphabet, A=1 to Z=26."),
            (A, "Understood, A is 1, B is 2 and so on up to Z at 26."),
            (U, "What's the word HOSE worth?"),
        ],
        "letter values are set up in an earlier turn",
    ),
    (
        "conv-name-number",
        [
            (U, "In the stores we call a box of 36 bolts a 'crate'."),
            (A, "Noted: one crate is 36 bolts."),
            (U, "How many bolts in 4 crates plus 9 loose ones?"),
        ],
        "a name for a number is defined in an earlier turn",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Let's play a game where + means minus and - means plus."),
            (A, "Fine, I'll swap them."),
            (U, "20 + 6 - 3 = ?"),
        ],
        "signs swapped in an earlier turn",
    ),
    (
        "conv-clock-face",
        [
            (U, "We're doing sums on a 12-hour clock face, so it wraps round after 12."),
            (A, "Okay, clock arithmetic modulo 12."),
            (U, "what's 9 + 5 then"),
        ],
        "clock arithmetic set up in an earlier turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Heads up, I write decimals with a comma, the continental way."),
            (A, "Thanks, I'll read commas as decimal points."),
            (U, "What's 2,5 times 4,2?"),
        ],
        "a decimal comma declared in an earlier turn",
    ),
    (
        "conv-unit-defined",
        [
            (U, "On this site a 'load' means 6 cubic metres of topsoil."),
            (A, "Right, one load is 6 m³."),
            (U, "How many cubic metres are 7 loads?"),
        ],
        "a unit defined in an earlier turn",
    ),
    (
        "conv-input-base",
        [
            (U, "Every number I give you next is in binary."),
            (A, "Okay, I'll read them as base 2."),
            (U, "What is 1011 + 110?"),
        ],
        "the input base is set in an earlier turn",
    ),
    (
        "conv-output-base",
        [
            (U, "From now on please give every answer in hexadecimal."),
            (A, "Sure, answers in hex."),
            (U, "200 + 55?"),
        ],
        "the output base is set in an earlier turn",
    ),
    (
        "conv-system-base",
        [
            (S, "All numbers in this conversation are written in octal."),
            (U, "what do you get from 26 + 7?"),
        ],
        "a system turn sets the number base",
    ),
    (
        "conv-roman",
        [
            (U, "Answer only in Roman numerals from here on, it's for a quiz."),
            (A, "Understood."),
            (U, "What's 48 + 19?"),
        ],
        "answer format (Roman numerals) set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who only ever speaks in pirate slang."),
            (U, "How many minutes are in four and a half hours?"),
        ],
        "a persona set by a system turn changes the answer's form",
    ),
    (
        "conv-language",
        [
            (U, "Can you reply in Welsh for a bit? I'm practising for my evening class."),
            (A, "Wrth gwrs! I'll answer in Welsh."),
            (U, "How much is 18 plus 27?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer my next question as a limerick please."),
            (A, "Happy to rhyme."),
            (U, "How many seconds are in an hour?"),
        ],
        "verse form requested earlier",
    ),
    (
        "conv-json",
        [
            (U, "Give me answers as JSON with a 'value' key and a 'unit' key."),
            (A, "Will do."),
            (U, "Convert 3 kilometres to metres."),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round everything to the nearest ten, I only need ballpark figures."),
            (A, "Okay, nearest ten."),
            (U, "What's 347 times 3?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "For this report I need five significant figures on everything."),
            (A, "Five significant figures it is."),
            (U, "Convert 7 miles to km."),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Always give me body weights in stones and pounds, never kg."),
            (A, "Sure, stones and pounds."),
            (U, "The patient is 80 kg — what's that?"),
        ],
        "target unit fixed earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For my expense notes assume €1 = £0.85, whatever the real rate is."),
            (A, "Okay, €1 = £0.85 for your notes."),
            (U, "So the €340 hotel bill is how much in pounds?"),
        ],
        "a currency rate fixed in an earlier turn",
    ),
    (
        "conv-date-order",
        [
            (U, "All dates I send you are American, month first."),
            (A, "Got it, month/day/year."),
            (U, "How many days from 4/5/2028 to 6/7/2028?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Please write dates like 'the 3rd of the 4th' with no year, it's for a crossword."),
            (A, "Understood."),
            (U, "What's 10 days after 1 May 2028?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please keep answers as proper fractions, I'm checking my son's homework."),
            (A, "Okay, fractions only."),
            (U, "what's 0.625 plus 0.125?"),
        ],
        "fraction form requested earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my game world a week has 5 days: Ember, Frost, Gale, Hail and Ice."),
            (A, "Noted, a five-day week."),
            (U, "If today is Frost, what day is it 13 days later?"),
        ],
        "an invented calendar defined earlier",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our financial year's week 1 starts on 1 April and weeks run Monday to Sunday."),
            (A, "Understood."),
            (U, "Which week number is 20 May 2028 in?"),
        ],
        "a week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "The job was 40 hours at £28 an hour."),
            (A, "That comes to £1,120."),
            (U, "Sorry, I meant 44 hours. Redo it with VAT on top."),
        ],
        "a correction to figures in an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Cones cost £693 and the arrow boards £864."),
            (A, "So the hire is £1,557 in total."),
            (U, "Can you summarise what we've worked out so far in two lines?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-why",
        [
            (U, "How many stewards for 16,750 fans at 1 per 250?"),
            (A, "16,750 ÷ 250 = 67 stewards."),
            (U, "Why divide rather than multiply there?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-spread-figures",
        [
            (U, "First invoice was £1,240."),
            (A, "Okay."),
            (U, "Second one £385.50."),
            (A, "Noted."),
            (U, "And the last £96. Add them all up."),
        ],
        "figures spread over three user turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 12 boxes at £14.50?"),
            (A, "£174."),
            (U, "Now add 20% VAT to that."),
        ],
        "uses a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "A builder quoted £9,800 for a new oak staircase, fitted."),
            (A, "Thanks, what would you like to know?"),
            (U, "Is that a fair price for the work or am I being stung?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, f"Our home visit is booked for {sayw(VISIT_DAY)}."),
            (A, "Noted."),
            (U, "Should I ring the day before to confirm, or is that overkill?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "Let's work mod 7 for this puzzle."),
            (A, "Okay, arithmetic modulo 7."),
            (U, "and 4 × 6 + 3 comes to?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang",
        [
            (U, "On our team a 'bag' means a thousand pounds and a 'bar' means a hundred."),
            (A, "Got it."),
            (U, "what's 3 bags and 4 bars?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-recall",
        [
            (U, "Readings were 14.2, 13.8 and 15.1 bar."),
            (A, "Noted those three readings."),
            (U, "What was the second reading I gave you?"),
        ],
        "recall of an earlier turn",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative" and i["family"] != P]
assert {i["family"] for i in _pos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _label]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
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
        earlier |= _generator_queries(_load(earlier_path(name)))
    # no register (family name) of this set is a family name of sets 19 to 61
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 61: {reused}"
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
