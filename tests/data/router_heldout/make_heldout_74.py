r"""Generate heldout-2027-02-15.jsonl: a seventy-fourth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed74/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1125: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/sealed74/make_heldout_73.py (2133 lines, as the brief said): lines 1-518 (its docstring,
imports, configuration, helpers, calc() and the line P = "plain"), 760-820 (its units section
header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 938-1022 (its datetime section header, date helpers,
date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1238-1245 (its negatives section
header, neg() and conv()) and 1909-2133 (its stated-weekday check, its checks and main()). The
first command ran `mkdir -p /tmp/h74`, an `ls -la` of /work/sealed74 (earlier_registers.txt and
make_heldout_73.py only), copied the five ranges by `sed -n A,Bp` into /tmp/h74/r1.py to r5.py
without printing them, ran a `wc -l` of the copies and a `cat` of grading.py. The second ran a
`cat` of r1.py; the shell tool's display left out lines 163-213 of that output, so the third ran a
`sed -n 158,215p` of the copy r1.py (inside the allowed range) to read them; all of lines 1-518
were therefore seen. The fourth ran a `cat` of r2.py to r5.py, the fifth the `wc -l` and the `tr`
of earlier_registers.txt. None of set 73's query blocks (519-759, 821-937, 1023-1237, 1246-1908)
was opened. Nothing under /work/main was opened or listed apart from grading.py: nothing under
router/, tools/, docs/, server/ or tests/, not README.md and not pyproject.toml. The only other use
of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-73) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages, the `tail -6`, `sed -n 1,3p` and `sed -n 1,2p` of its printed output and its --show
listing of ids, expected values and tolerances were read), no git command was run, no network and
no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h74/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
alpaca_shearing_contractor_runs, apiary_honey_extractor, bricklaying_subcontractor,
cave_diving_expedition_planner, cnc_machining_subcontractor, damp_proofing_contractor,
demolition_contractor_site_office, drone_survey_contractor, drone_survey_mapping_contractor,
falconry_pest_control_contractor, ferret_rescue, ferry_vehicle_deck_loader, foster_kitten_rescue,
hay_bale_contractor, hedge_laying_contractor, hedgehog_rescue_hospital,
hedgelaying_contractor_diary, hotel_housekeeping_linen_room, hovercraft_rescue_unit_volunteer,
knotweed_eradication_contractor, land_drainage_contractor, laser_tag,
plastering_contractor_skim_jobs, polar_expedition_quartermaster, roofing_slate_contractor,
search_and_rescue_dog_handler, sheep_shearing_contractor, sheep_shearing_gang_contractor,
signal_crayfish_trapper and trampoline_park_session_desk; none of them one of this set's registers,
most matching only by a shared fragment of a word, all judged different trades). The next command
wrote and ran /tmp/h74/subst.py (a `cat` heredoc): it cut the first copy at the line that is
exactly `from __future__ import annotations` (asserted to be the only such whole line) and
substituted this set's OUT and PREFIX, "sets 1-72" -> "sets 1-73" in the comment on EARLIER_DIRS
(the tuple itself and earlier_path() are kept as they were), EARLIER (sets 1-73, `range(2, 74)`)
and REGISTER_CHECK (sets 19-73, adding make_heldout_73.py), all in the first block, and "sets 19 to
72" -> "sets 19 to 73" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth ranges are used
as copied); the same command ran a `head -3` of c1.py and a `grep -n` of c1.py and c5.py for "72",
"73", "74" and "19 to" (with the REGISTER_CHECK lines of sets 20-69 filtered out). Then `cat`
heredocs wrote this set's own blocks under /tmp/h74/own/: a_calc.py (money(), the registers and
calculator items), b_units.py (unit constants and unit items; an inline script of the system
`python3` then made one unit() item of the default (rounded) tolerance a unit_r() item and dropped
a runway designator from a query, and a system `python3` one-liner printed the weekdays of five
dates), c_dates.py (date items), d_negs.py (the ORDINARY table, added in REGISTERS order),
e_near.py (near-positive negatives) and f_convs.py (conversations and this set's own structural
asserts), an assembly script /tmp/h74/assemble.py (it builds this file from /tmp/h74/doc.txt, or a
one-line placeholder, and the blocks in order, and prints its line count) and a helper
/tmp/h74/run.sh (it runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff
format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's
output to /tmp/h74/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on
any arguments, writing its output to /tmp/h74/out.txt, and prints the exit codes and the `tail -6`
of it), with a first run of run.sh. Edits after each failed check (listed below) were made by
inline scripts or by /tmp/h74/fix.py (written by a `cat` heredoc; it applies lists of exact
replacements, each asserted to apply once). After the run that passed every check, run.sh ran with
--show, followed by a `sed -n 1,3p` of out.txt and the listing of ids, expected values and
tolerances (a `grep` of out.txt laid out by `column -t`). After reviewing that listing, an inline
script reworded one plain weekday one-liner (an awkward tense), and run.sh ran again with a `sed -n
1,2p` of out.txt. This docstring was written last over the placeholder: its source text,
/tmp/h74/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h74/doc/make_doc.py (a `cat`
heredoc in the same command; it uses textwrap, keeps the indented lines as they are and asserts
that the words are unchanged, that no line exceeds 99 columns and that every register value is
named) filled it to 99 columns into /tmp/h74/doc.txt, followed by run.sh, an `awk` for lines over
99 columns, a `sed -n 1,2p` of out.txt and a `head -3` of this file; an inline script then
corrected four passages of this source (a unit edit, the order of the fixes and the commands run)
and make_doc.py and run.sh ran again. Then, in one command, `ruff format --no-cache --check` and
`ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h74` and an `ls` of
/tmp/h74 (gone). Writes: only this file and its JSONL in /work/sealed74/ (earlier_registers.txt and
make_heldout_73.py left as they were); temporary blocks, scripts and output under /tmp/h74/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python.

Changes to set 73's main() and checks: the substitutions listed above (file names, sets 1-73 for
the duplicate check, sets 19-73 for the register check) and two layout changes made so that no line
exceeds 99 columns (the brief's limit; both copied lines were 100 columns): the comment above
_GRADE_NUM now reads "numbers, ISO dates" for "numbers and ISO dates", and main()'s assert against
"easter", "daylight", "GMT" and "UTC" now takes the same pattern from a local variable `banned`
(same regular expression, same flags, same failure id). Set 73 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 73 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-73 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 73's as
copied; ruff format may have changed layout only. All of set 73's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by a date one-liner and a word problem), unit_r()
with close_enough_at_2dp(), say() (used by a date one-liner, a word problem and sayw()), sayw()
(used twice, in two date word problems, for stated weekdays), sayus() (not used here), and
SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: money() (asserts whole pence; every
calculator money answer passes through it), MM, CM, KM, G, HA, LITRE, NM, UM and SQMI, with asserts
on HA/ACRE, the foot, CM, MPH/KMH, G, MM, SQFT, CUFT, UM/NM and SQMI; the register constants and
the REGISTERS tuple (sorted by value, asserted 25 and distinct); an assert that the square-root
one-liner's radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this set's own
asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each, and its negatives are
added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct families, all
"near-..." and "conv-..." respectively; the positive registers are exactly the REGISTERS, and so
are those of each tool, with 31 register word problems per tool; 193 items lie in the registers (25
x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have four positives and 7
have three; every negative outside the registers is a near-... or conv-... family; no positive
contains an all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 73's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 73's, copied (P = "plain" is copied too, as the
last line of the first block). Set 73's docstring (within lines 1-518) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and most of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance an exchange
rate, contested units, an operator, a decimal comma, a persona, implied multiplication, the weekday
of a historical event, a number in a title, software versions, code semantics, an oven gas mark, a
letter count). All of set 73's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it (no agricultural machinery dealer,
airfield fuel bowser, airline catering unit, BMX race track, bridge inspection engineer, cemetery
sexton, census enumerator, combine harvester contractor, curtain workroom, dragon boat club, Duke
of Edinburgh expedition assessor, embroidery digitiser, eventing cross-country course builder,
greyhound kennels, hotel night auditor, laser hair removal clinic, mountain rescue team, MRI
booking office, prison education tutor, railway signal box, sewage treatment works, sports massage
therapist, tofu workshop, tram depot or vehicle wrap installer appears there); some are of
neighbouring fields judged to be different trades: the combine harvester contractor next to the hay
bale contractor and the grain store cooperative, the hotel night auditor next to the hotel
housekeeping linen room, the mountain rescue team quartermaster next to the search and rescue dog
handler and the polar expedition quartermaster, the Duke of Edinburgh expedition assessor next to
the cave diving expedition planner and the scout troop summer camp leader, the cemetery sexton next
to the gravestone letter cutter and the funeral director, the curtain workroom next to the
upholstery workrooms and the window blinds fitter, the vehicle wrap installer next to the window
tinting workshop and the sign writers, the sports massage therapist next to the physio clinic and
the personal fitness trainer, the tram depot controller next to the bus depot scheduler, the
railway signaller next to the freight train driver roster, the BMX commissaire next to the
velodrome, the greyhound kennels next to the pigeon racing lofts, the eventing course builder next
to the horse livery, the airfield fuel bowser next to the aircraft maintenance hangar, the MRI
booking office next to the GP surgery reception, the sewage works next to the septic tank emptying
tanker, the census enumerator next to the polling station presiding officer and the market research
field interviewer, and the tofu workshop next to the miso fermentery; the judgement of "different
topic" is this writer's. Many plain one-liners, near-positives and conversations here are of the
same generic kinds as set 73's, newly worded. At the edges of the allowed ranges: line 518 is P =
"plain", 760, 938 and 1238 are section headers, 1909 opens the stated-weekday check and 2133 is the
call of main(). No query text of any earlier set was seen: main()'s duplicate check names only this
set's ids. Every query here was newly written from imagination of each trade or situation; 19 items
that the duplicate check reported as exact repeats of earlier queries or user turns (their earlier
counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 73 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof that the sum of three consecutive whole numbers is divisible by
3). Conversations that define an operator, a function, letter values, a name for an amount, swapped
operators, clock arithmetic on a 12-hour face, a decimal comma, a unit, an input or output base,
modular arithmetic, an invented calendar, a week numbering, slang amounts or a VAT-inclusive
pricing convention are negatives because the notation or convention is set up in an earlier turn
(the output base and a persona by a system turn); one conversation spreads its figures over two
user turns before asking. Some conversations (Roman numerals, language, verse, output format,
rounding, precision, target unit, a fixed currency rate, date order, date wording, fraction form, a
persona set by a system turn) end in a user turn that could be computed alone, or nearly; they are
negatives, as in set 73, because the earlier turn changes what a right answer looks like. Some
near-positives depend on the current date (an age from a stated birth date, days until a named day,
the date of "Thursday week", today's value of an old sum of money, the current exchange rate, share
price and base rate); one asks for a month added to the 31st, one for the anniversary of a leap
day, one for working days in a stated month, one uses all-numeric dates of unstated order, one asks
the weekday on which the Gunpowder Plot was discovered (date not given), one asks on which Sunday
the clocks go back, one asks whether a date is a bank holiday where the asker lives (it differs by
UK nation), one asks for Good Friday, one for the date of a lunisolar festival (Chinese New Year);
they are negatives, with no "now" field. One near-positive asks about JavaScript's floating-point
comparison (code semantics), and one is a negative for its contested reading (implied
multiplication). Near-positives ask for conversions in gallons, cups, tons, mpg, horsepower, fluid
ounces, barrels, hundredweights, kilobytes and light-years, for the weight of a silver bar in
ounces (troy or avoirdupois), for calories, and for dog years (left out of positives as contested);
one asks whether a speed in knots breaks a local harbour limit not given, one whether a tractor
speed is legal on a named road, one for a letter count in a word, one for an oven gas mark as a fan
oven setting, one for a roasting time, one for children's paracetamol dosing, and one about the
cost of an 0870 number. No positive depends on a looked-up figure: every rate, price, fee and
discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
wording rules, the gradability checks and all of this set's own asserts passed on the first run and
on every later run (the first run reached the duplicate check, which runs after the register
check); money()'s, unit()'s, unit_r()'s and date_item()'s asserts never failed. The first run of
run.sh had two failures. First, `ruff check --no-cache` reported four ISC004 errors (implicitly
concatenated two-line strings inside the ORDINARY tuples), read by a `head -40` of ruff.txt; an
inline script wrapped each such string in parentheses, and in the same command an `awk` listed nine
lines of this file over 99 columns; a second `awk` printed those lines (seven of this set's own
queries or turns, and two copied lines of set 73's checks, 100 columns each, which an `awk` of the
copies r1.py to r5.py and c1.py to c5.py showed to be as copied). ruff check passed on every later
run (ruff format ran without error every time). Second, the duplicate check reported 19 items by id
as repeats of earlier queries or user turns: two plain datetime one-liners (weekday of a date,
twice), five conversations (decimal comma, fraction form, defined function, rounding, target unit;
their user turns that could have matched were reworded) and twelve near-positives (barrel, clocks
going back, coming weekday, days until, dosing, Good Friday, historical price, historical weekday,
implied multiplication, month end, translation, world fact). The next command wrote and ran fix.py,
which reworded all 19 with new figures or new subjects, without the earlier queries being looked
at, and shortened the seven long lines of this set's own (two calculator queries, two date queries,
two near-positives and one conversation turn); in the same command `sed -i` changed the copied
comment and a `grep -n` of c5.py showed it and the assert. The next command ran a `sed -n 138,143p`
of c5.py, an inline script that moved the assert's pattern into `banned` (as described above) and a
`sed -n 138,142p`; in the same command a by-mistake second run of fix.py failed its own first
assert before writing anything (its replacements were already applied; its error output was
discarded), an inline script (exec of fix.py's helper) reworded the days-until near-positive once
more (its first rewording read badly), and run.sh ran and passed, with an `awk` for lines over 99
columns (none). Every later run passed every check.

Registers (families), 25, new: agricultural_machinery_dealer, airfield_fuel_bowser_operator,
airline_catering_unit, bmx_race_track_commissaire, bridge_inspection_engineer,
cemetery_sexton_grounds_office, census_enumerator_round, combine_harvester_contractor,
curtain_making_workroom, dragon_boat_racing_club, duke_of_edinburgh_expedition_assessor,
embroidery_machine_digitiser, eventing_cross_country_course_builder, greyhound_racing_kennels,
hotel_night_auditor, laser_hair_removal_clinic, mountain_rescue_team_quartermaster,
mri_scanner_booking_office, prison_education_tutor, railway_signal_box_relief_signaller,
sewage_treatment_works_operator, sports_massage_therapist, tofu_workshop, tram_depot_controller,
vehicle_wrap_installer. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem:
agricultural_machinery_dealer, airline_catering_unit, curtain_making_workroom, hotel_night_auditor,
laser_hair_removal_clinic, vehicle_wrap_installer; a second unit word problem:
airfield_fuel_bowser_operator, bridge_inspection_engineer, dragon_boat_racing_club,
eventing_cross_country_course_builder, sewage_treatment_works_operator, tofu_workshop; a second
date word problem: cemetery_sexton_grounds_office, census_enumerator_round,
duke_of_edinburgh_expedition_assessor, mri_scanner_booking_office, prison_education_tutor,
railway_signal_box_relief_signaller). The seven registers with three positives are
bmx_race_track_commissaire, combine_harvester_contractor, embroidery_machine_digitiser,
greyhound_racing_kennels, mountain_rescue_team_quartermaster, sports_massage_therapist and
tram_depot_controller. Positives are one-liners (family "plain") or word problems of one to three
sentences, mostly UK usage with £ and pence, stone and pounds, ounces, feet, inches, yards and
miles (on land), and a few other touches (a Fahrenheit hotel thermostat, a laser wavelength in
nanometres, GiB to MiB, bar to psi, square miles of an enumeration district, a flow in litres per
second as cubic metres per hour, a speed in metres per minute as mph), some chatty, terse or
lower-case, with questions at the start or the end, statements to complete, and unit questions with
the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 73: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes, hundredweights, barrels,
mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a
length, light-years and parsecs, nautical miles and knots (no sailing distance is asked), troy
ounces (the ounces used are avoirdupois ounces of mass), carats, nominal sizes, leap-day results,
all-numeric dates (none in a positive; asserted), time zones and summer time, Easter, working days,
"within N days", and anything depending on the current date (no "now" or "timezone" field;
asserted). No calculator, date or exact unit result is a repeating decimal (asserted); money
answers are whole pence (asserted by money()). Week counts are asserted to be whole weeks; day
counts are the difference of the two dates (queries are worded as N days or weeks after or before a
stated date, how many days from one date to another, how many days old a pup is on a date, how many
nights a guest stays, how many days apart two interments were, a span counting both its first and
last day, a date 38, 12, 19, 21, 45, 63, 140, 180, 200, 250, 1,000 and 1,800 days after or before a
date, the sixth of samples 28 days apart, the fifth of sessions 6 weeks apart, a walk-out three
nights after a start, the first Monday, second Friday, third Saturday or last Tuesday of a stated
month and year); ages are in whole years from a stated birth date to a stated date, and clock spans
run from one stated time to the next occurrence of the other (three cross midnight, saying "next
morning", "the next morning" or "the following morning"). Every rounded unit result stays within
its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 73):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet, square miles and cubic feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (nm, um, mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; 1 h = 3600 s; 1 min = 60 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_74.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-15.jsonl"
PREFIX = "ho74-"
# earlier generators: sets 1-73 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 74))
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
    "make_heldout_65.py",
    "make_heldout_66.py",
    "make_heldout_67.py",
    "make_heldout_68.py",
    "make_heldout_69.py",
    "make_heldout_70.py",
    "make_heldout_71.py",
    "make_heldout_72.py",
    "make_heldout_73.py",
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


def money(x):
    """A money answer: asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


AGRI = "agricultural_machinery_dealer"
BOWSER = "airfield_fuel_bowser_operator"
CATER = "airline_catering_unit"
BMX = "bmx_race_track_commissaire"
BRIDGE = "bridge_inspection_engineer"
SEXTON = "cemetery_sexton_grounds_office"
CENSUS = "census_enumerator_round"
COMBINE = "combine_harvester_contractor"
CURTAIN = "curtain_making_workroom"
DRAGON = "dragon_boat_racing_club"
DOFE = "duke_of_edinburgh_expedition_assessor"
EMBROID = "embroidery_machine_digitiser"
XC = "eventing_cross_country_course_builder"
GREY = "greyhound_racing_kennels"
AUDIT = "hotel_night_auditor"
LASER = "laser_hair_removal_clinic"
MRT = "mountain_rescue_team_quartermaster"
MRI = "mri_scanner_booking_office"
PRISON = "prison_education_tutor"
SIGNAL = "railway_signal_box_relief_signaller"
SEWAGE = "sewage_treatment_works_operator"
MASSAGE = "sports_massage_therapist"
TOFU = "tofu_workshop"
TRAM = "tram_depot_controller"
WRAP = "vehicle_wrap_installer"
REGISTERS = (
    AGRI,
    BOWSER,
    CATER,
    BMX,
    BRIDGE,
    SEXTON,
    CENSUS,
    COMBINE,
    CURTAIN,
    DRAGON,
    DOFE,
    EMBROID,
    XC,
    GREY,
    AUDIT,
    LASER,
    MRT,
    MRI,
    PRISON,
    SIGNAL,
    SEWAGE,
    MASSAGE,
    TOFU,
    TRAM,
    WRAP,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# --- plain one-liners
calc(P, "what is 18.75% of 2,480", F(2480) * pct("18.75"))
calc(P, "6,417 × 38 = ?", 6417 * 38)
calc(P, "Work out 9,306 divided by 22 for me.", F(9306, 22))
calc(P, "(47 + 128) × 16 − 903", (47 + 128) * 16 - 903)
calc(P, "Add 3.6 squared to 4.8 squared.", dec("3.6") ** 2 + dec("4.8") ** 2)
assert 241 * 241 == 58081
calc(P, "square root of 58081", 241)
calc(P, "Two raised to the seventeenth power is what?", 2**17)
calc(P, "Increase 1,450 by 12 per cent.", 1450 * (1 + pct(12)))
calc(P, "Seven eighths of 3,352 comes to", F(7, 8) * 3352)
calc(P, "0.125 times 0.36?", dec("0.125") * dec("0.36"))
calc(P, "Take 19,487 away from 50,002.", 50002 - 19487)
calc(P, "Average of 82, 97, 64, 71 and 88, please", F(82 + 97 + 64 + 71 + 88, 5))
calc(P, "345 is 15% of which number?", F(345) / pct(15))
calc(P, "Knock 35 percent off 760 — what's left?", 760 * (1 - pct(35)))

# --- register word problems (one per register, then six second ones)
calc(
    AGRI,
    "Customer's buying a used baler at £14,600 plus VAT at 20%, and we're allowing £3,250 for "
    "his old tedder against the VAT-inclusive price. What's the balance he pays?",
    money(14600 * (1 + pct(20)) - 3250),
)
calc(
    BOWSER,
    "Avgas is £2.35 a litre. This morning's uplifts for the flying school were 148, 217 and 95 "
    "litres, and the school gets 5% off the total. What do I invoice them?",
    money((148 + 217 + 95) * dec("2.35") * (1 - pct(5))),
)
calc(
    CATER,
    "Per flight we load 186 economy meals at £4.35 each and 24 business meals at £17.80 each. "
    "Meal cost for the flight?",
    money(186 * dec("4.35") + 24 * dec("17.80")),
)
calc(
    BMX,
    "Race day takings: 64 youth riders paid £12 entry and 38 adults paid £18.50. The governing "
    "body's levy is £1.25 a rider. How much does the club keep after the levy?",
    money(64 * 12 + 38 * dec("18.50") - (64 + 38) * dec("1.25")),
)
calc(
    BRIDGE,
    "bridge inspection invoice: 6.5 hours on site at £85/hr plus mileage at 45p a mile for a "
    "124-mile round trip. total before VAT?",
    money(dec("6.5") * 85 + 124 * dec("0.45")),
)
calc(
    SEXTON,
    "A double plot is £1,340 for parish residents and non-residents are charged the resident "
    "fee plus 85%. What does a non-resident family pay for the plot?",
    money(1340 * (1 + pct(85))),
)
calc(
    CENSUS,
    "I've 450 households on my round and 62% have sent their form back. How many do I still "
    "need to knock on?",
    450 - 450 * pct(62),
)
calc(
    COMBINE,
    "We charge £118 a hectare to combine and £24 a hectare to cart the grain back to the yard. "
    "Doing both on 46.5 hectares of wheat comes to how much?",
    money((118 + 24) * dec("46.5")),
)
calc(
    CURTAIN,
    "Quote for a pair of lined curtains: 9.6 m of face fabric at £28.50/m, 9.6 m of lining at "
    "£6.75/m and £180 making-up. Total quote?",
    money(dec("9.6") * (dec("28.50") + dec("6.75")) + 180),
)
calc(
    DRAGON,
    "The boat for the regatta costs £420 to hire, split evenly between the 18 paddlers, the "
    "drummer and the helm. How much is each person's share?",
    money(F(420, 18 + 2)),
)
calc(
    DOFE,
    "A team of 7 splits its expedition costs equally: minibus £315, campsite £9.50 per person "
    "per night for 2 nights, and gas canisters £38.50. What does each participant owe?",
    money(F(315 + 7 * dec("9.50") * 2 + dec("38.50"), 7)),
)
calc(
    EMBROID,
    "Digitising is a one-off £45, then stitching is £1.10 per thousand stitches. How much for a "
    "12,500-stitch logo on 80 polo shirts, digitising included?",
    money(45 + 80 * F(12500, 1000) * dec("1.10")),
)
calc(
    XC,
    "The course has 22 fences. Six are portables hired at £145 each for the weekend; timber for "
    "each of the rest costs £380. What's the fence bill?",
    money(6 * 145 + (22 - 6) * 380),
)
calc(
    GREY,
    "Kennelling is £9.40 per dog per day. A trainer has 27 dogs with us for 7 days, plus the "
    "weekly vet retainer of £65. What's the week's bill?",
    money(27 * dec("9.40") * 7 + 65),
)
calc(
    AUDIT,
    "Room revenue closed at £18,462.50 from 125 occupied rooms. Average daily rate?",
    money(dec("18462.50") / 125),
)
calc(
    LASER,
    "Six underarm sessions at £65 each, or the same six as a package for £299 — how much does "
    "the package save?",
    money(6 * 65 - 299),
)
calc(
    MRT,
    "Our kit grant was £7,800. We spent 35% on ropes, 22% on radios and the rest on casualty "
    "bags. How much went on casualty bags?",
    money(7800 * (1 - pct(35) - pct(22))),
)
calc(
    MRI,
    "Self-pay MRI is £395 for the first body part and £250 for each additional part. What's "
    "the price for three parts scanned at one visit?",
    money(395 + 2 * 250),
)
calc(
    PRISON,
    "33 of the 40 learners on the level 1 maths course passed. Pass rate as a percentage?",
    F(33, 40) * 100,
)
calc(
    SIGNAL,
    "Relief rate is £27.80 an hour and Sunday turns are paid at time and a half. Gross pay for "
    "a 12-hour Sunday turn?",
    money(dec("27.80") * 12 * F(3, 2)),
)
calc(
    SEWAGE,
    "We take tankered waste at £32.50 per cubic metre. Eighteen loads of 28 cubic metres came "
    "in. Income from those loads?",
    money(18 * 28 * dec("32.50")),
)
calc(
    MASSAGE,
    "Hour-long sessions are £55 and half-hour ones £35. This week I did 19 hour-long and 11 "
    "half-hour sessions, and the clinic keeps 20% of takings as room rent. What do I take home "
    "after rent?",
    money((19 * 55 + 11 * 35) * (1 - pct(20))),
)
calc(
    TOFU,
    "a kilo of soya beans costs us £2.40 and makes 2.5 blocks of tofu, which sell at £3.20 a "
    "block. gross margin per kilo of beans, ignoring everything else?",
    money(dec("2.5") * dec("3.20") - dec("2.40")),
)
calc(
    TRAM,
    "All 27 trams in the fleet averaged 412 km last week. Total fleet kilometres for the week?",
    27 * 412,
)
calc(
    WRAP,
    "Cast vinyl is £14.20 per square metre. A van needs 24 square metres of coverage and we "
    "allow 15% extra for waste. Vinyl cost?",
    money(24 * (1 + pct(15)) * dec("14.20")),
)
# second calculator word problems
calc(
    AGRI,
    "Finance deal on a compact tractor: £4,800 down, then 36 monthly payments of £612.40. What "
    "does the buyer pay in total?",
    money(4800 + 36 * dec("612.40")),
)
calc(
    CATER,
    "Each passenger tray set has 7 items and each crew tray 5. For 212 passenger trays and 18 "
    "crew trays, how many items get packed?",
    212 * 7 + 18 * 5,
)
calc(
    CURTAIN,
    "She paid a 40% deposit of £312 on her curtain order. What's the balance due on fitting?",
    money(F(312) / pct(40) - 312),
)
calc(
    WRAP,
    "Fleet job: six vans, each £1,850 for the wrap plus £240 to strip the old graphics, with "
    "10% off the lot for a fleet order. Fleet total?",
    money(6 * (1850 + 240) * (1 - pct(10))),
)
calc(
    AUDIT,
    "160 rooms in the hotel, 134 occupied tonight. What's occupancy as a percentage?",
    F(134, 160) * 100,
)
calc(
    LASER,
    "Full legs are £180 a session and a course is 8 sessions. Paying the whole course upfront "
    "gets 15% off. What's the upfront price?",
    money(8 * 180 * (1 - pct(15))),
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


MM = F(1, 1000)
CM = F(1, 100)
KM = 1000
G = F(1, 1000)  # kg
HA = 10**4  # m^2
LITRE = F(1, 1000)  # m^3
NM = F(1, 10**9)
UM = F(1, 10**6)
SQMI = MI * MI
assert HA / ACRE - dec("2.4710538") < dec("1e-7") and FT == dec("0.3048") and CM * 100 == 1
assert abs(MPH / KMH - dec("1.609344")) == 0 and G * 1000 == 1 and MM * KM == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592") and UM / NM == 1000
assert SQMI == dec("2589988.110336")

# --- plain one-liners
unit(P, "Convert 7.5 inches to centimetres.", dec("7.5") * IN / CM, EXACT)
unit_r(P, "11 stone 6 lb in kg?", (11 * STONE + 6 * LB))
unit(P, "68 °F is how many °C?", f_to_c(68), EXACT)
unit(P, "how many feet in two and a half miles", F(5, 2) * MI / FT, EXACT)
unit_r(P, "95 km/h expressed in mph", 95 * KMH / MPH)
unit_r(P, "Acres in 2.4 hectares?", dec("2.4") * HA / ACRE)
unit_r(P, "Thirty square metres — how many square feet is that?", 30 / SQFT)
unit(P, "1.75 GiB in MiB", dec("1.75") * GIB / MIB, EXACT)
unit_r(P, "What's 2.2 bar in psi?", dec("2.2") * BAR / PSI)
unit_r(P, "Change 850 g into ounces.", 850 * G / OZ)
unit(P, "1,200 yards = how many metres?", 1200 * YD, EXACT)
unit(P, "Minus 12 degrees Celsius in Fahrenheit is", c_to_f(-12), EXACT)
unit_r(P, "How many cubic metres is 500 cubic feet?", 500 * CUFT)
unit(P, "In centimetres, how tall is someone of 5 ft 9 in?", (5 * FT + 9 * IN) / CM, EXACT)

# --- register word problems
unit_r(
    AGRI,
    "The import spec sheet gives the loader tractor's operating weight as 7,900 lb. What's that "
    "in kilograms for our brochure?",
    7900 * LB,
)
unit(
    BOWSER,
    "The main runway is published as 2,950 feet long. How many metres is that?",
    2950 * FT,
    EXACT,
)
unit_r(
    CATER,
    "A fully loaded meal cart insert comes in at 38 lb. Kilograms?",
    38 * LB,
)
unit_r(
    BMX,
    "Our start hill stands 8 metres tall; a visiting American team asked for it in feet. What "
    "do I tell them?",
    8 / FT,
)
unit_r(
    BRIDGE,
    "The drawings give the main span as 186 feet; convert it to metres for the report.",
    186 * FT,
)
unit_r(
    SEXTON,
    "The new cemetery extension is 3.5 acres. How many square metres is that?",
    dec("3.5") * ACRE,
)
unit_r(
    CENSUS,
    "My enumeration district covers 14 square miles. What is that in square kilometres?",
    14 * SQMI / (KM * KM),
)
unit(
    COMBINE,
    "in metres, how wide is a 30 ft header",
    30 * FT,
    EXACT,
)
unit(
    CURTAIN,
    "Customer measured her window drop at 84 inches. What's that in centimetres so I can cut?",
    84 * IN / CM,
    EXACT,
)
unit_r(
    DRAGON,
    "Sprint course is 500 metres. How many yards is that?",
    500 / YD,
)
unit_r(
    DOFE,
    "The gold route totals 42 km. How far is that in miles?",
    42 * KM / MI,
)
unit(
    EMBROID,
    "Customer wants the chest logo 4.5 inches wide. Set the design width in millimetres to what?",
    dec("4.5") * IN / MM,
    EXACT,
)
unit_r(
    XC,
    "Maximum fixed height at this level is 1.2 metres. How many inches is that?",
    dec("1.2") / IN,
)
unit_r(
    GREY,
    "The track's standard trip is 480 metres; what's that in yards for the old-timers?",
    480 / YD,
)
unit(
    AUDIT,
    "A guest says the room thermostat reads 71.6 °F. What's that in Celsius?",
    f_to_c(dec("71.6")),
    EXACT,
)
unit(
    LASER,
    "Our alexandrite laser runs at 755 nanometres. Micrometres?",
    755 * NM / UM,
    EXACT,
)
unit_r(
    MRT,
    "New static rope is 60 m long. Length in feet?",
    60 / FT,
)
unit_r(
    MRI,
    "Patient gives his weight as 15 stone 4 pounds; the scanner needs kilograms. What do I enter?",
    15 * STONE + 4 * LB,
)
unit_r(
    PRISON,
    "The classroom measures 3.6 m by 2.4 m. What's its floor area in square feet?",
    dec("3.6") * dec("2.4") / SQFT,
)
unit_r(
    SIGNAL,
    "Line speed on the fast lines is 75 mph. In km/h that's?",
    75 * MPH / KMH,
)
unit_r(
    SEWAGE,
    "The storm tank holds 12,500 cubic feet. Capacity in cubic metres?",
    12500 * CUFT,
)
unit(
    MASSAGE,
    "Client is 6 ft 1 in tall — height in cm for the record card?",
    (6 * FT + IN) / CM,
    EXACT,
)
unit_r(
    TOFU,
    "The cheese press we use as a tofu press applies 25 lb. How many kilograms is that?",
    25 * LB,
)
unit_r(
    TRAM,
    "Depot speed limit is 15 km/h. What's that in miles per hour?",
    15 * KMH / MPH,
)
unit_r(
    WRAP,
    "A roll of wrap film is 1.52 m wide and 50 m long. How many square feet of film is on it?",
    dec("1.52") * 50 / SQFT,
)
# second unit word problems
unit(
    BOWSER,
    "The delivery hose on the bowser is 120 feet long. What's that in metres?",
    120 * FT,
    EXACT,
)
unit_r(
    BRIDGE,
    "Deck is 42 m long and 9.5 m wide. Deck area in square feet for the resurfacing quote?",
    42 * dec("9.5") / SQFT,
)
unit(
    SEWAGE,
    "Inlet flow is 45 litres per second. Convert that to cubic metres per hour.",
    45 * LITRE * 3600,
    EXACT,
)
unit_r(
    XC,
    "Optimum speed for the class is 570 metres per minute. What's that in mph?",
    570 * 60 / MI,
)
unit_r(
    DRAGON,
    "With crew and drum the boat weighs 250 kg on the slipway. In stone?",
    250 / STONE,
)
unit_r(
    TOFU,
    "Our curd vat holds 180 litres. In cubic feet that's how much?",
    180 * LITRE / CUFT,
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


# --- plain one-liners
date_item(P, "19 August 2031 — what day of the week will that be?", weekday(D(2031, 8, 19)))
date_item(P, "Add 250 days to 3 March 2029.", D(2029, 3, 3) + TD(days=250))
date_item(
    P, "how many days from 14 June 2028 to 2 February 2029", days(D(2028, 6, 14), D(2029, 2, 2))
)
date_item(P, "Nine weeks before 6 October 2030 is what date?", D(2030, 10, 6) - TD(weeks=9))
date_item(P, "Date of the last Tuesday in November 2032?", nth_weekday(2032, 11, TUE, -1))
W1 = D(2029, 1, 4)
W2 = W1 + TD(weeks=16)
date_item(P, f"How many weeks are there between {say(W1)} and {say(W2)}?", weeks(W1, W2))
date_item(P, "Name the weekday of New Year's Day, 1 January 2040.", weekday(D(2040, 1, 1)))
date_item(P, "What's the date 1,000 days after 20 May 2027?", D(2027, 5, 20) + TD(days=1000))
date_item(P, "second Friday of July 2031 — the date?", nth_weekday(2031, 7, FRI, 2))
date_item(P, "Hours from 21:45 to 06:15 next morning?", clock_span("21:45", "06:15", 3600))
date_item(
    P,
    "Born 30 September 1988; how old in whole years on 15 September 2031?",
    age(D(1988, 9, 30), D(2031, 9, 15)),
)
date_item(P, "Which date is 45 days before 10 April 2030?", D(2030, 4, 10) - TD(days=45))
date_item(P, "Minutes between 08:37 and 17:12 on the same day?", clock_span("08:37", "17:12", 60))
date_item(
    P,
    "On what day of the week does the 300th day after 12 December 2029 fall?",
    weekday(D(2029, 12, 12) + TD(days=300)),
)

# --- register word problems
date_item(
    AGRI,
    "The factory promised the replacement gearbox 38 days after we ordered it on 22 August "
    "2029. What date should it land?",
    D(2029, 8, 22) + TD(days=38),
)
date_item(
    BOWSER,
    "Fuel samples go to the lab every 28 days, the first on 5 January 2030. On what date is the "
    "sixth sample sent?",
    D(2030, 1, 5) + TD(days=5 * 28),
)
CYCLE = D(2030, 10, 2)
date_item(
    CATER,
    f"The menu cycle changes every 6 weeks and the current one started on {sayw(CYCLE)}. When "
    "does the next cycle start?",
    CYCLE + TD(weeks=6),
)
date_item(
    BMX,
    "Round 4 of the regional series is on the third Saturday of June 2030. Which date is that?",
    nth_weekday(2030, 6, SAT, 3),
)
date_item(
    BRIDGE,
    "A general inspection is due 104 weeks after the last one, which was on 11 March 2029. Due "
    "date?",
    D(2029, 3, 11) + TD(weeks=104),
)
date_item(
    SEXTON,
    "After a burial on 8 November 2029 the ground has to settle for 180 days before a headstone "
    "goes up. Earliest date the mason can fix it?",
    D(2029, 11, 8) + TD(days=180),
)
CENSUS_DAY = D(2032, 3, 21)
date_item(
    CENSUS,
    f"Census day is {sayw(CENSUS_DAY)} and doorstep follow-ups begin 10 days later. What "
    "weekday do follow-ups start?",
    weekday(CENSUS_DAY + TD(days=10)),
)
date_item(
    COMBINE,
    "We started on the oilseed rape on 16 July 2030 and got into the wheat 19 days after that. "
    "What date did wheat start?",
    D(2030, 7, 16) + TD(days=19),
)
date_item(
    CURTAIN,
    "Curtains ordered on 3 September 2029 take 6 weeks to make. What's the earliest fitting date?",
    D(2029, 9, 3) + TD(weeks=6),
)
date_item(
    DRAGON,
    "The club was founded on 12 June 2004. How old is it, in whole years, at the festival on 25 "
    "June 2034?",
    age(D(2004, 6, 12), D(2034, 6, 25)),
)
EXPED = D(2031, 7, 18)
date_item(
    DOFE,
    f"The qualifying expedition starts on {sayw(EXPED)} and the team walks out on the fourth "
    "day, three nights later. What date is the walk-out?",
    EXPED + TD(days=3),
)
date_item(
    EMBROID,
    "Proof approved 27 February 2030; shirts go out 12 days after approval. Dispatch date?",
    D(2030, 2, 27) + TD(days=12),
)
date_item(
    XC,
    "What day of the week is the cross-country phase if it's on 14 September 2030?",
    weekday(D(2030, 9, 14)),
)
date_item(
    GREY,
    "A pup whelped on 30 March 2029 — how many days old is she on 1 August 2030?",
    days(D(2029, 3, 30), D(2030, 8, 1)),
)
date_item(
    AUDIT,
    "Guest arrives 27 December 2030 and departs 4 January 2031. How many nights do I post?",
    days(D(2030, 12, 27), D(2031, 1, 4)),
)
date_item(
    LASER,
    "Sessions are 6 weeks apart and the first was on 15 January 2030. Date of the fifth session?",
    D(2030, 1, 15) + TD(weeks=4 * 6),
)
date_item(
    MRT,
    "We retire a rope 1,800 days after first use. This one was first used on 2 May 2027. "
    "Retirement date?",
    D(2027, 5, 2) + TD(days=1800),
)
date_item(
    MRI,
    "Follow-up scan is booked 16 weeks after the scan on 29 October 2030. What's the date?",
    D(2030, 10, 29) + TD(weeks=16),
)
COURSE = D(2031, 1, 20)
EXAM = COURSE + TD(weeks=19)
date_item(
    PRISON,
    f"The functional skills course began on {say(COURSE)} and the exam is on {say(EXAM)}. How "
    "many weeks of teaching is that?",
    weeks(COURSE, EXAM),
)
date_item(
    SIGNAL,
    "possession taken at 23:50 Saturday, given up at 05:20 the next morning. how many minutes "
    "was the line blocked?",
    clock_span("23:50", "05:20", 60),
)
date_item(
    SEWAGE,
    "The primary digester is cleaned every 200 days. It was last done on 14 February 2030. "
    "When is the next clean?",
    D(2030, 2, 14) + TD(days=200),
)
date_item(
    MASSAGE,
    "Her marathon is on 27 April 2031 and she wants her last deep-tissue session 9 days "
    "before. Which date do I book?",
    D(2031, 4, 27) - TD(days=9),
)
date_item(
    TOFU,
    "Batch made on 3 March 2030 gets a use-by 12 days after production. Use-by date?",
    D(2030, 3, 3) + TD(days=12),
)
date_item(
    TRAM,
    "Tram 14's wheels were last reprofiled on 6 August 2029 and the next reprofile is due 140 "
    "days later. Which day of the week will that be?",
    weekday(D(2029, 8, 6) + TD(days=140)),
)
date_item(
    WRAP,
    "Vinyl was applied on 30 November 2029 and the customer can't pressure-wash for 21 days "
    "after that. First date they can?",
    D(2029, 11, 30) + TD(days=21),
)
# second date word problems
date_item(
    MRI,
    "The evening list runs from 19:45 to 02:15 the following morning. How many hours is that?",
    clock_span("19:45", "02:15", 3600),
)
date_item(
    PRISON,
    "Enrolment for the autumn cohort is on the first Monday of September 2031. Date?",
    nth_weekday(2031, 9, MON, 1),
)
date_item(
    SIGNAL,
    "The box closes for resignalling 63 days before the new centre opens on 1 December 2030. "
    "What's the closure date?",
    D(2030, 12, 1) - TD(days=63),
)
date_item(
    CENSUS,
    "Non-response visits run from 6 April 2031 to 29 May 2031, counting both of those days. "
    "How many days is that?",
    days(D(2031, 4, 6), D(2031, 5, 29)) + 1,
)
date_item(
    SEXTON,
    "The two interments in the family grave were on 14 February 1996 and 3 July 2029. How many "
    "days apart are they?",
    days(D(1996, 2, 14), D(2029, 7, 3)),
)
date_item(
    DOFE,
    "A participant was born on 4 November 2016. How old, in whole years, is she on 1 April 2031?",
    age(D(2016, 11, 4), D(2031, 4, 1)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AGRI: (
        "Should a small beef farm buy a new tractor on finance or a five-year-old one outright?",
        (
            "What questions should I ask when a customer wants to trade in a tractor with no "
            "service history?"
        ),
        "Write a short advert for a secondhand muck spreader in good working order.",
        "Why do dealers push extended warranties on machinery, and are they worth it?",
    ),
    BOWSER: (
        "What checks should I do on a fuel bowser before I take it airside each morning?",
        "Explain why jet fuel and avgas must never be mixed up, in plain terms for a new starter.",
        "How do I handle a pilot who insists I refuel while passengers are still boarding?",
        "Draft a polite notice asking pilots to book uplifts at least an hour ahead.",
    ),
    CATER: (
        "How should we label meals so crew can spot allergens quickly in a dim galley?",
        (
            "What's the best way to cut food waste on short-haul flights without annoying "
            "passengers?"
        ),
        "Write a short briefing for new packers on keeping the cold chain unbroken.",
        "Why does food taste blander at altitude, and how do chefs adjust for it?",
    ),
    BMX: (
        "How should I rule on a rider who crossed into another lane on the first straight?",
        "What should the commissaire's pre-race briefing cover for a club-level event?",
        "Is it fair to run novice and expert riders in the same moto if entries are low?",
        "Explain gate-pick order to parents who think the system is rigged.",
    ),
    BRIDGE: (
        "What are the tell-tale signs of scour at a river bridge pier?",
        "How would you explain to a parish council why a weight limit is going on their bridge?",
        (
            "Write the summary paragraph for an inspection that found minor spalling but nothing "
            "urgent."
        ),
        "Is a drone survey a good substitute for a hands-on close examination?",
    ),
    SEXTON: (
        "How do I gently tell a family their chosen headstone wording isn't allowed here?",
        "What's a sensible rota for grass cutting around graves without disturbing visitors?",
        "Write a notice asking visitors not to leave glass jars on graves.",
        "Should we allow solar lights on graves, and what problems might they cause?",
    ),
    CENSUS: (
        (
            "What do I say to a householder who refuses to fill in the form because of privacy "
            "worries?"
        ),
        "How should I record a house that looks occupied but nobody ever answers?",
        "Give me tips for staying safe on a doorstep round in the evenings.",
        (
            "Why does the census ask about the night of census day rather than where people "
            "usually live?"
        ),
    ),
    COMBINE: (
        "Is it worth drying wheat harvested at 18% moisture or waiting for better weather?",
        "How should I prioritise customers when everyone's crop is ready in the same week?",
        "Write a text to a farmer explaining we're delayed by a breakdown.",
        "What causes a combine to throw grain out the back, and how do I check settings?",
    ),
    CURTAIN: (
        "Pinch pleat or wave heading for a modern flat with floor-to-ceiling windows?",
        "How do I explain to a customer why interlined curtains cost so much more?",
        "What fabrics fade worst on a south-facing window?",
        "Write care instructions to hand over with a pair of linen curtains.",
    ),
    DRAGON: (
        "How should I choose who sits in the front pair of the boat?",
        "What warm-up works for paddlers who arrive straight from the office?",
        "Write a welcome message for new members joining in the spring.",
        "Is it fair to drop a long-standing paddler from the race crew for a faster newcomer?",
    ),
    DOFE: (
        "What should I do if a team has clearly been following another group all day?",
        "How do I give feedback to a participant whose presentation was very thin?",
        "Which signs of exhaustion should make me stop an expedition early?",
        "Write a short note to parents explaining why assessors keep their distance.",
    ),
    EMBROID: (
        "Why does small text pucker on a thin polo shirt, and how can I digitise around it?",
        "Should I tell a customer their logo won't work well in thread, or just do my best?",
        "What underlay type suits a fleece jacket?",
        "Write a product description for custom embroidered work aprons.",
    ),
    XC: (
        "How do I make a skinny fence look inviting rather than spooky to young horses?",
        "What ground preparation matters most if the course is hard after a dry spell?",
        "Is a frangible pin worth fitting on every open oxer?",
        "Write a course walk description for fence 7, a log pile into water.",
    ),
    GREY: (
        "How can we help retired racers settle into homes with cats?",
        "What should a kennel hand watch for after a dog's first trial?",
        "Write a short rehoming profile for a shy four-year-old brindle bitch.",
        "Is it cruel to race greyhounds in the winter cold?",
    ),
    AUDIT: (
        "What should I do if a guest's card declines at 3 a.m. on checkout?",
        "Explain what the night audit actually closes off, for a new receptionist.",
        "How do I handle a rate discrepancy between the booking site and our system?",
        "Write a handover note for the morning shift about a noisy room complaint.",
    ),
    LASER: (
        "Why does laser work less well on fair or red hair?",
        "What aftercare advice should clients get for the first 48 hours?",
        "How do I turn away a client who's just come back from a sunny holiday?",
        "Write a friendly reminder text about shaving before the appointment.",
    ),
    MRT: (
        "How should we store ropes so they don't degrade between callouts?",
        "What kit should every team member carry on a winter night callout?",
        "Draft a thank-you letter to a local shop that donated head torches.",
        "Is it better to buy kit in bulk once a year or replace items as they wear?",
    ),
    MRI: (
        "How should I reassure a claustrophobic patient before their scan?",
        "What screening questions matter most for someone with an old pacemaker?",
        "Write a text reminding patients to remove jewellery and hair clips.",
        "How do I decide which urgent referral gets the last slot of the day?",
    ),
    PRISON: (
        "How can I make fractions relevant to adult learners who hated school maths?",
        "What do I do if a learner discloses something worrying during a lesson?",
        "Write an encouraging certificate message for learners who passed entry level 3.",
        "Is it better to teach mixed ability groups or split them by level?",
    ),
    SIGNAL: (
        "How do I stay alert on a quiet night turn in a remote box?",
        "Explain what a track circuit failure means for train movements, simply.",
        "What should I write in the occurrence book after a level crossing misuse?",
        "Is it worth learning the route knowledge for boxes I'm rarely sent to?",
    ),
    SEWAGE: (
        "Why is the final effluent cloudy this morning when it was clear yesterday?",
        "How do I explain a foam problem on the aeration lane to the area manager?",
        "Write a site induction paragraph on the dangers of hydrogen sulphide.",
        "What causes filamentous bulking in activated sludge?",
    ),
    MASSAGE: (
        "Should I massage a runner two days before a race or leave it?",
        "How do I tell a client their pain sounds like it needs a physio, not me?",
        "Write an Instagram caption for a post-race recovery offer.",
        "What's the difference between sports massage and deep tissue, honestly?",
    ),
    TOFU: (
        "Why is my tofu crumbly instead of silky, and what should I change?",
        "Nigari or gypsum for a firm block that holds up in a stir fry?",
        "Write a label blurb for our smoked tofu.",
        "What can we do with okara so it doesn't go to waste?",
    ),
    TRAM: (
        "How do I prioritise faults when three trams report problems before the morning peak?",
        "What should I tell drivers when a car is blocking the track in town?",
        "Write a short service update for social media about a points failure.",
        "Is it better to run a reduced service or wait for a failed tram to be recovered?",
    ),
    WRAP: (
        "How do I stop lifting around the rear door handles on a wrapped van?",
        "Should I wrap a car with failing lacquer, or refuse the job?",
        "Write an aftercare card for customers with a new colour-change wrap.",
        "Gloss or satin for a food truck that's parked outside all year?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


NEAR = (
    (
        "near-exchange-rate",
        "How many euros would I get for £450 at the moment?",
        "needs a current exchange rate",
    ),
    (
        "near-share-price",
        "What are 120 shares of Rolls-Royce worth at current prices?",
        "needs a live share price",
    ),
    (
        "near-base-rate",
        "My tracker is base rate plus 1.9%. What rate am I paying now?",
        "needs the current central bank rate",
    ),
    (
        "near-gallon",
        "The grain dryer burnt 40 gallons of red diesel; how many litres is that?",
        "gallon is US or imperial",
    ),
    ("near-ton", "How many kilograms are 12 tons of seed potatoes?", "short, long or metric ton"),
    (
        "near-cup",
        "2 cups of dried soya beans is how many grams?",
        "cup size and bean density unstated",
    ),
    (
        "near-horsepower",
        "A 150 hp tractor engine is how many kilowatts?",
        "metric or mechanical horsepower",
    ),
    ("near-mpg", "Our van does 32 mpg; litres per 100 km?", "US or imperial mpg"),
    (
        "near-fluid-ounce",
        "Convert 16 fl oz of massage oil into millilitres.",
        "US or imperial fluid ounce",
    ),
    (
        "near-hundredweight",
        "Two hundredweight of grass seed in kilos?",
        "long or short hundredweight",
    ),
    (
        "near-barrel",
        "The sewage works took delivery of 3 barrels of antifoam; litres?",
        "barrel size depends on the liquid and country",
    ),
    (
        "near-kilobyte",
        "A scan is 640 kB. How many bytes is that exactly?",
        "kB as 1000 or 1024 bytes",
    ),
    (
        "near-precious-ounce",
        "How many grams does a 10 ounce silver bar weigh?",
        "troy or avoirdupois ounce",
    ),
    (
        "near-calories",
        "How many calories does ninety minutes of dragon boat paddling burn?",
        "depends on the person and effort; an estimate",
    ),
    (
        "near-dog-years",
        "Our retired greyhound is 6. How old is that in human years?",
        "no agreed conversion",
    ),
    (
        "near-knots",
        "Is 9 knots too fast inside the harbour wall at Padstow?",
        "local speed rule not given",
    ),
    ("near-age-now", "I was born on 2 March 1991 — how old am I?", "needs the current date"),
    (
        "near-days-until",
        "How many days have I got left till Bonfire Night?",
        "needs the current date",
    ),
    (
        "near-coming-weekday",
        "Book the sexton for Thursday week — what date is that?",
        "needs the current date",
    ),
    (
        "near-inflation",
        "What would £50 from 1985 be worth today?",
        "needs inflation data up to today",
    ),
    (
        "near-lunisolar",
        "On what date does Chinese New Year fall in 2033?",
        "lunisolar calendar; a lookup, not arithmetic",
    ),
    (
        "near-good-friday",
        "Our dragon boat club has a Good Friday paddle in 2032; which date?",
        "moveable feast; computus or lookup",
    ),
    (
        "near-working-days",
        "How many working days are there in May 2031?",
        "bank holidays depend on the country",
    ),
    (
        "near-regional-holiday",
        "Is 5 August 2030 a bank holiday where I live?",
        "differs by UK nation; location unknown",
    ),
    (
        "near-month-end",
        "Rent is due a month after 31 August 2031; which date?",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-leap-birthday",
        "Someone born on 29 February 2028 turns one on what date in 2029?",
        "leap-day anniversary is a convention",
    ),
    (
        "near-numeric-date",
        "How many days are there from 03/04/2030 to 05/06/2030?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "When it's 14:00 in Manchester, what time is it in Tokyo?",
        "depends on summer time and the date",
    ),
    (
        "near-clocks",
        "Which Sunday in October 2031 do the clocks go back on?",
        "a rule lookup about summer time",
    ),
    ("near-isbn", "What does 978-0-14-044913-6 come to?", "an ISBN, not a subtraction"),
    (
        "near-postcode",
        "Which town does the postcode area SK17 cover?",
        "an identifier, needs knowledge",
    ),
    ("near-ip-address", "What's 10.0.0.255 minus 10.0.0.1?", "IP addresses, not decimals"),
    (
        "near-version",
        "Is version 3.10 of the rota app newer than 3.9?",
        "software versions are not decimals",
    ),
    ("near-formation", "What is 4-4-2 minus 3-5-2?", "football formations"),
    ("near-chess", "What does 2. Nf3 Nc6 mean after 1. e4 e5?", "chess notation"),
    (
        "near-phone-prefix",
        "How much does it cost to ring an 0870 number from a mobile?",
        "tariff lookup; the number is a prefix",
    ),
    (
        "near-paper-size",
        "What size in millimetres is a sheet of A3 folded in half twice?",
        "paper size standard knowledge",
    ),
    (
        "near-nominal-timber",
        "What are the actual dimensions of a 4x2 from the timber yard?",
        "nominal timber size",
    ),
    (
        "near-code-semantics",
        "In JavaScript, does 0.1 + 0.2 === 0.3 come out true?",
        "floating point semantics of a language",
    ),
    ("near-world-fact", "How long is the Forth Bridge in yards?", "needs a looked-up height"),
    (
        "near-tax-rule",
        "How much income tax would I pay on £38,000 a year?",
        "tax bands and the year are not given",
    ),
    (
        "near-dosing",
        "How many ml of children's paracetamol suspension for a 28 kg DofE walker, aged 14?",
        "medical dosing; needs judgement and guidance",
    ),
    (
        "near-size-chart",
        "I'm a UK size 10 — what's that in US dress sizes?",
        "size chart, varies by brand",
    ),
    (
        "near-gas-mark",
        "What's gas mark 6 on a fan oven in °C?",
        "oven convention; fan adjustment contested",
    ),
    ("near-estimate", "About how many tennis balls fit in a tram?", "a Fermi estimate"),
    (
        "near-raffle-odds",
        "I bought 5 raffle tickets — what are my chances of winning?",
        "total tickets not given",
    ),
    (
        "near-missing-area",
        "How many litres of paint will the canteen walls need?",
        "area not given",
    ),
    ("near-translation", "How would a Gaelic speaker say ninety-three?", "translation"),
    ("near-title-number", "What's Catch-22 divided by 2?", "a number in a title"),
    ("near-opinion", "Is a 12% service charge too much for a set lunch?", "an opinion"),
    (
        "near-implied-mult",
        "quick one for the kennel quiz: 12 ÷ 3(1+3)",
        "contested reading of implied multiplication",
    ),
    (
        "near-sequence",
        "What comes after 1, 2, 4 in this series?",
        "sequence has many continuations",
    ),
    (
        "near-random",
        "Pick a random raffle number between 1 and 250 for me.",
        "a random choice, not a calculation",
    ),
    (
        "near-proof",
        "Prove that the sum of any three consecutive whole numbers is divisible by 3.",
        "a written proof",
    ),
    (
        "near-explain",
        "Why does dividing by a half double a number? Explain it for a 10-year-old.",
        "an explanation",
    ),
    (
        "near-letter-count",
        "How many times does the letter s appear in 'commissaire'?",
        "a letter count in a word",
    ),
    ("near-forecast", "How much rain will fall in Keswick during March 2031?", "a forecast"),
    (
        "near-historical-price",
        "What did a tram ticket in Sheffield cost in 1958?",
        "a historical price lookup",
    ),
    (
        "near-historical-weekday",
        "On what weekday was the Gunpowder Plot discovered?",
        "historical date not given, Julian calendar",
    ),
    ("near-tipping", "How much should I tip a cab driver in New York?", "a custom"),
    (
        "near-postage",
        "How much does a large letter cost to send first class?",
        "current postage price",
    ),
    ("near-cooking-time", "How long should I roast a 2.3 kg chicken for?", "a cooking judgement"),
    (
        "near-light-year",
        "4.2 light-years in kilometres?",
        "light-year definition is contested (Julian year)",
    ),
    (
        "near-tractor-road-speed",
        "Can I legally drive my tractor at 25 mph on the A66?",
        "a legal rule lookup",
    ),
    (
        "near-loan-terms",
        "What are the monthly repayments on a £20,000 machinery loan?",
        "rate and term not given",
    ),
)
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)


CONVS = (
    (
        "conv-operator",
        [
            (U, "In our club quiz, a ⊛ b means three times a minus b."),
            (A, "Got it: a ⊛ b = 3a − b."),
            (U, "So what's 9 ⊛ 4?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [
            (U, "Let p(n) = 20n + 2 be the paddlers needed to crew n dragon boats."),
            (A, "Understood."),
            (U, "Then what is p(7) for the festival?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "Give each letter its position in the alphabet, A = 1 up to Z = 26."),
            (A, "Okay."),
            (U, "Add up the letters of TOFU."),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-named-amount",
        [
            (U, "At the hotel we call £340 the 'night float'."),
            (A, "Noted."),
            (U, "Two night floats and £15 of coins makes how much?"),
        ],
        "a name for an amount defined earlier",
    ),
    (
        "conv-swapped-ops",
        [
            (U, "For this puzzle, + means multiply and × means add."),
            (A, "Alright, swapped."),
            (U, "What's 6 + 7 × 2?"),
        ],
        "swapped operators",
    ),
    (
        "conv-clock",
        [
            (U, "We're doing sums on a 12-hour clock face."),
            (A, "Sure, clock arithmetic."),
            (U, "What's 10 + 5 then?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "In my notes 4,2 means four point two; decimals take a comma."),
            (A, "Understood."),
            (U, "Tofu batch weights 3,75 kg and 1,45 kg — combined?"),
        ],
        "decimal comma",
    ),
    (
        "conv-defined-unit",
        [
            (U, "At our depot a 'road' holds 4 trams."),
            (A, "Okay."),
            (U, "How many trams fit in 7 roads?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-base-input",
        [
            (U, "All numbers I give you now are in binary."),
            (A, "Understood, binary input."),
            (U, "Add 1101 and 111."),
        ],
        "number base of the input",
    ),
    (
        "conv-base-output",
        [
            (S, "Write every number in your answers in hexadecimal."),
            (U, "What's 200 plus 56?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Reply using Roman numerals only, please."),
            (A, "Certainly."),
            (U, "What is 48 plus 19?"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Sergeant Major Briggs and you bark every answer like a parade order."),
            (U, "How many is twelve twelves?"),
        ],
        "a persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Answer in Spanish from now on."),
            (A, "De acuerdo."),
            (U, "What is 45 plus 38?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Give me every answer as a limerick."),
            (A, "A limerick it shall be."),
            (U, "How much is 14 times 6?"),
        ],
        "verse form",
    ),
    (
        "conv-json",
        [
            (U, 'Reply only with JSON of the form {"result": value, "working": text}.'),
            (A, "Okay."),
            (U, "Compute 125 × 8."),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "From here on, round each of your answers to the nearest ten."),
            (A, "Will do."),
            (U, "How much is 17 × 23 × 2?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Give all answers to one significant figure."),
            (A, "Understood."),
            (U, "347 times 3 is?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "For the course plan, give me distances in furlongs only."),
            (A, "Okay, furlongs."),
            (U, "The steeplechase section is 3.4 km; how far is that?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this budget take €1 as £0.86."),
            (A, "Fine."),
            (U, "What's €250 in sterling?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I always write dates day first, then month."),
            (A, "Noted."),
            (U, "How many days from 3/4/2030 to 1/5/2030?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write any date as 'the Nth of Month in the year YYYY', in words."),
            (A, "Understood."),
            (U, "What date is 20 days after 11 May 2031?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction",
        [
            (U, "Only give me vulgar fractions in lowest terms, no decimals at all."),
            (A, "Sure."),
            (U, "What do 0.375 and 0.45 add up to?"),
        ],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "Our kennel year has 13 periods of 28 days, starting 1 January."),
            (A, "Okay."),
            (U, "Which period and day is 20 May 2031 in?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Roster week 1 begins on the first Sunday of April 2031."),
            (A, "Understood."),
            (U, "Which roster week is 20 May 2031 in?"),
        ],
        "week numbering defined earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 84 lengths of 12.5 m?"),
            (A, "84 × 12.5 = 1,050 m."),
            (U, "Sorry, I meant 48 lengths. Redo it."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Quote is 4 vans at £1,900 each, with a 5% fleet discount."),
            (A, "That's £7,220 in all."),
            (U, "Summarise what we've agreed so I can paste it in an email."),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-why",
        [
            (U, "Net price £240, add VAT."),
            (A, "£240 × 1.2 = £288."),
            (U, "Why did you multiply by 1.2 and not add 20?"),
        ],
        "follow-up explanation",
    ),
    (
        "conv-spread-figures",
        [
            (U, "Morning uplift was 310 litres."),
            (A, "Noted."),
            (U, "Afternoon was 185 litres and the evening one 90."),
            (A, "Noted."),
            (U, "Total for the day?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 36 × 45?"),
            (A, "1,620."),
            (U, "Halve that and take off 110."),
        ],
        "uses a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Supplier A wants £14.20 per m², supplier B £12.90 with a worse warranty."),
            (A, "The second is £1.30 cheaper per square metre."),
            (U, "Which would you go with?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "My contrast scan is 12 June and the kidney blood test is 9 June."),
            (A, "The blood test is three days before the scan."),
            (U, "Is that gap enough, or should I move something?"),
        ],
        "advice about earlier dates",
    ),
    (
        "conv-modular",
        [
            (U, "Work modulo 9 for the rest of this chat."),
            (A, "Okay, mod 9."),
            (U, "What's 7 + 8?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang",
        [
            (U, "Where I'm from a 'score' is £20 and a 'ton' is £100."),
            (A, "Got it."),
            (U, "Three tons and a score, how much is that?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Every price I mention already includes 20% VAT."),
            (A, "Understood."),
            (U, "How much VAT is in £96 then?"),
        ],
        "VAT-inclusive convention set earlier",
    ),
    (
        "conv-recall",
        [
            (U, "Kennel fees: £9.40 a day, the vet retainer £65."),
            (A, "Noted both."),
            (U, "Which figure did I give first, again?"),
        ],
        "recall of earlier turns",
    ),
)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _lab and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _lab
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()).count(4) == 18 and sorted(_per.values()).count(3) == 7, _per
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in _pos)

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


# the grading rules of bench/grading.py for numbers, ISO dates, restated to check expected values
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
            banned = r"\beaster\b|\bdaylight\b|\bGMT\b|\bUTC\b"
            assert not re.search(banned, text, re.IGNORECASE), i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 73
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 73: {reused}"
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
