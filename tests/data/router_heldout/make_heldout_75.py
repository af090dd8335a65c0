r"""Generate heldout-2027-02-16.jsonl: a seventy-fifth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed75/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1150: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/sealed75/make_heldout_74.py (2327 lines, as the brief said): lines 1-486 (its docstring,
imports, configuration, helpers, calc() and the line P = "plain"), 752-812 (its units section
header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1013-1097 (its datetime section header, date helpers,
date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1311-1318 (its negatives section
header, neg() and conv()) and 2104-2327 (its stated-weekday check, its checks and main()). None of
set 74's query blocks (487-751, 813-1012, 1098-1310, 1319-2103) was opened.

The first command ran `mkdir -p /tmp/h75`, an `ls` of /work/sealed75 (earlier_registers.txt and
make_heldout_74.py only), a `wc -l` of those two files, copied the five ranges by `sed -n A,Bp`
into /tmp/h75/r1.py to r5.py without printing them, and ran a `cat` of grading.py. The second ran a
`cat` of r1.py; the shell tool's display left out lines 164-179 of that output, so the third ran a
`sed -n 160,182p` of the copy r1.py (inside the allowed range) to read them; all of lines 1-486
were therefore seen. The fourth ran a `cat` of r2.py to r4.py, the fifth a `cat` of r5.py, the
sixth the `tr` of earlier_registers.txt. Nothing under /work/main was opened or listed apart from
grading.py: nothing under router/, tools/, docs/, server/ or tests/, not README.md and not
pyproject.toml. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-74)
are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail -6` and `sed -n 1,3p` of its printed output
and its --show listing of ids, expected values and tolerances were read), no git command was run,
no network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h75/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
cave_diving_expedition_planner, cave_diving_school, hydroponic_container_farm, skydiving_drop_zone,
vintage_bus_rally_committee and vintage_motorcycle_rally_marshal; none of them one of this set's
registers, each matching only by a shared word, all judged different trades). The same command
wrote and ran /tmp/h75/subst.py (a `cat` heredoc): it cut the first copy at the line that is
exactly `from __future__ import annotations` (asserted to be the only such whole line) and
substituted this set's OUT and PREFIX, "sets 1-73" -> "sets 1-74" in the comment on EARLIER_DIRS
(the tuple itself and earlier_path() are kept as they were), EARLIER (sets 1-74, `range(2, 75)`)
and REGISTER_CHECK (sets 19-74, adding make_heldout_74.py), all in the first block, and "sets 19 to
73" -> "sets 19 to 74" in one comment and one message string of main() in the last block (each
substitution asserted to apply once, the last twice; it printed "ok" for each). It wrote the cut
first block and the substituted last block as c1.py and c5.py (the second to fourth ranges are used
as copied); the same command ran a `head -3` of c1.py and a `grep -n` of c1.py and c5.py for "73",
"74", "75" and "19 to" (with the REGISTER_CHECK lines of sets 19-72 filtered out). Then `cat`
heredocs wrote this set's own blocks under /tmp/h75/own/: a_calc.py (money(), the registers and
calculator items), then in one command b_units.py (unit constants and unit items) and c_dates.py
(date items), then d_negs.py (the ORDINARY table, added in REGISTERS order), then, after an inline
script of the system `python3` reworded one ordinary negative of the morris side (a better-judged
wording), e_near.py (near-positive negatives), and then f_convs.py (conversations and this set's
own structural asserts), an assembly script /tmp/h75/assemble.py (it builds this file from
/tmp/h75/doc.txt, or a one-line placeholder, and the blocks in order: c1.py, a_calc.py, r2.py,
b_units.py, r3.py, c_dates.py, r4.py, d_negs.py, e_near.py, f_convs.py and c5.py, and prints its
line count) and a helper /tmp/h75/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h75/ruff.txt and printing its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h75/out.txt, and prints the exit
codes and the `tail -6` of it), with a first run of run.sh. Edits after each failed check (listed
below) were made by inline scripts, by `sed -i`, or by /tmp/h75/fix.py, fix2.py and fix3.py
(written by `cat` heredocs; each applies lists of exact replacements, each asserted to apply once,
and writes a file only when all of its replacements for it applied). After the run that passed
every check, run.sh ran with --show, followed by a `sed -n 1,3p` of out.txt, the listing of ids,
expected values and tolerances (a `grep` of out.txt laid out by `column -t`) and an `awk` for lines
over 99 columns. This docstring was written last over the placeholder: its source text,
/tmp/h75/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h75/doc/make_doc.py (a `cat`
heredoc in the same command; it uses textwrap, keeps the indented lines as they are and asserts
that the words are unchanged, that no line exceeds 99 characters and that every register value is
named) filled it to 99 columns into /tmp/h75/doc.txt, followed by run.sh and a `head -3` of this
file; an inline script then corrected two passages of this source (the commands run about long
lines, and the list of day offsets) and make_doc.py and run.sh ran again, with a `head -3` of this
file. Then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this
file (from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7),
`sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h75` and an `ls` of /tmp/h75 (gone). Writes:
only this file and its JSONL in /work/sealed75/ (earlier_registers.txt and make_heldout_74.py left
as they were); temporary blocks, scripts and output under /tmp/h75/ were deleted afterwards.
Nothing was written into /work/main. Every run of this generator used /work/main/.venv/bin/python.

Changes to set 74's main() and checks: only the substitutions listed above (file names, sets 1-74
for the duplicate check, sets 19-74 for the register check). Set 74 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 74 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-74 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 74's as
copied; ruff format may have changed layout only. All of set 74's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (used by one calculator word problem: whole batches of dough), weeks() (used by
a plain date one-liner), unit_r() with close_enough_at_2dp(), say() (used by sayw()), sayw() (used
five times, in date word problems, for stated weekdays), sayus() (not used here), and
SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: money() (asserts whole pence; every
calculator money answer passes through it), MM, CM, KM, G, HA, LITRE, SQMI, MIN_S and HOUR_S, with
asserts on CM, MM, KM, G, SQFT, CUFT, HA/ACRE, SQMI, MPH, LITRE and KMH; the register constants and
the REGISTERS tuple (sorted by value, asserted 25 and distinct); an assert that the square-root
one-liner's radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this set's own
asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each, and its negatives are
added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct families, all
"near-..." and "conv-..." respectively; the positive registers are exactly the REGISTERS, and so
are those of each tool, with 31 register word problems per tool; 193 items lie in the registers (25
x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have four positives and 7
have three; every negative outside the registers is a near-... or conv-... family; no positive
contains an all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 74's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 74's, copied (P = "plain" is copied too, as the
last line of the first block). Set 74's docstring (within lines 1-486) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance an exchange
rate, gallons, tons, mpg, horsepower, calories, dog years, knots, a historical weekday, a month
added to the 31st, a leap-day anniversary, working days, a letter count, a number in a title,
software versions, code semantics, implied multiplication, an oven gas mark, a roasting time, an
operator, a decimal comma, a persona, Roman numerals, rounding, a target unit, a fixed currency
rate). All of set 74's register names are also in earlier_registers.txt, and none of their trades
is used here. earlier_registers.txt was read in full and this set's registers were chosen to be of
trades and situations different from every name in it; some are of neighbouring fields judged to be
different trades: the springboard diving club next to the swimming club treasurer, the scuba and
cave diving registers and the skydiving drop zone, the fire door inspector next to the fire
extinguisher servicing round and the fire station watch manager, the sleep clinic technician next
to the MRI scanner booking office and the dialysis unit scheduler, the speech and language
therapist next to the community midwife caseload and the physio clinic, the cathedral verger next
to the church bellringers and the cemetery sexton, the notary public next to the conveyancing
solicitor and the patent attorney, the racecourse clerk of the course next to the on-course
bookmaker and the greyhound racing kennels, the rally stage service crew next to the stock car
racing promoter and the go-kart track, the road marking lining crew next to the motorway traffic
management crew and the tarmac driveway crew, the overhead power line linesman next to the street
lighting crew and the steeplejack, the water main leak detection team next to the water quality
testing lab and the well drillers, the maltings next to the craft brewery and the grain store
cooperative, the paper mill reel shop next to the paper marbler and the corrugated box factory, the
perfumer's studio next to the lavender distillery, the fulfilment centre pick team next to the food
bank warehouse, the container terminal vessel planner next to the freight forwarder's customs desk
and the tugboat desks, the gamekeeper of a pheasant shoot next to the clay pigeon ground, the
ploughing match committee next to the hedge laying competition steward and the horticultural show
secretary, the morris side next to the ceilidh band, the gurdwara langar kitchen next to the
community pantry and the school dinner kitchen, the literary agent next to the self-published
novelist and the freelance book indexer, the shinty club next to the field hockey club, the
tug-of-war club next to the powerlifting meet table, the athletics field events officials next to
the marathon and triathlon registers, and the town crier next to the haunted walk tour guide; the
judgement of "different topic" is this writer's. Many plain one-liners, near-positives and
conversations here are of the same generic kinds as set 74's, newly worded. At the edges of the
allowed ranges: line 486 is P = "plain", 752, 1013 and 1311 are section headers, 2104 opens the
stated-weekday check and 2327 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; 25 items that the duplicate check reported as exact repeats
of earlier queries or user turns (their earlier counterparts unseen) were reworded, see below.
Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap
in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled
out by main(), and main() asserts that no register is a family name of sets 19 to 74 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an operator, a function, letter
values, a name for an amount, an invented unit, swapped operators, clock arithmetic on a 12-hour
face, a decimal comma, modular arithmetic, an input or output base, a season's week numbering, a
Sunday-start week numbering, a relative "D-day" date notation, slang amounts, a VAT-inclusive
pricing convention, the hands notation for a horse's height, cricket over notation, a
goals-and-points score notation, a scoring rule or percentage points are negatives because the
notation or convention is set up in an earlier turn (the output base and a persona by a system
turn); one conversation spreads its figures over two user turns before asking. Some conversations
(Roman numerals, Welsh, verse, JSON output, rounding to the nearest ten or to 5p, significant
figures, a target unit in chains, a fixed currency rate, month-first date order, date wording,
fraction form, a persona set by a system turn) end in a user turn that could be computed alone, or
nearly; they are negatives, as in set 74, because the earlier turn changes what a right answer
looks like. Some near-positives depend on the current date (an age from a stated birth date, sleeps
until a named day, today's value of an old sum of money, the current exchange rate, share price,
base rate, minimum wage, postage and tax), one asks for a month added to the 31st, one for the
anniversary of a leap day, one for working days in a stated month, one uses all-numeric dates of
unstated order, one asks the weekday of a medieval battle (date not given), one on which Sunday the
clocks go forward, one whether a saint's day is a bank holiday where the asker lives (it differs by
UK nation), one for Easter Day, two for the dates of lunar or lunisolar festivals, one each for
sunrise, a tide, a full moon, a time in another time zone and a flight's local arrival time; they
are negatives, with no "now" field. Near-positives also ask for conversions in gallons, cups, tons,
mpg and horsepower, for calories and dog years, for a shoe size, a ream, paper grammage in pounds,
hands as centimetres and cricket overs (notations), a wind chill, each-way and decimal betting
odds, a Scrabble score, a chess rating change, interest of unstated kind, percentage points, road
and postcode distances, a towing speed limit, VAT rules, an IFRA limit, a fire door rating code, a
standard's number, a Bible reference, a grid reference, a BMI judgement, a tip, scaling eggs, paint
coverage, a gas mark and a roasting time. No positive depends on a looked-up figure: every rate,
price, fee and discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks and all of this set's own asserts passed on every run that reached them;
money()'s, unit()'s and date_item()'s asserts never failed. The first run of run.sh had two
failures. First, `ruff check --no-cache` reported three ISC004 errors (implicitly concatenated
two-line strings inside the ORDINARY tuples), read by a `head -40` of ruff.txt; a script,
/tmp/h75/wrap.py, wrapped every such string of the ORDINARY table in parentheses (five of them,
refilling the words), and ruff check passed on every later run (ruff format ran without error every
time). Second, unit_r()'s close_enough_at_2dp assert failed for a rally tyre pressure in psi given
in bar (its two-decimal rounding fell outside the 1e-3 tolerance); an inline script changed the
pressure to one whose conversion rounds within tolerance (the same script removed a no-op leftover
from assemble.py). The next run failed main()'s wording rule against contested units: a shinty date
question said "cup final" ("cup" is a contested unit word); a `grep` of the positive blocks for the
banned words followed, and `sed -i` made it a league final. The next run reached the duplicate
check, which reported 23 items by id as repeats of earlier queries or user turns: three plain
datetime one-liners (two weekdays of a date, one clock span), three plain unit one-liners (feet and
inches to centimetres, GiB to MiB, psi to bar), seven conversations (clock face, date wording,
limerick, modular arithmetic, persona, swapped operators, Welsh; every user turn of each that could
have matched was reworded) and ten near-positives (a Bible reference, Easter, an exchange rate,
implied multiplication, a month end, Ramadan, a software version, a time zone, a towing limit,
working days). fix.py reworded all 23 with new figures or new subjects, without the earlier queries
being looked at; the next run's duplicate check reported two of them again (the limerick
conversation and the GiB one-liner), and fix2.py reworded those once more, after which every check
passed. Then the `awk` for long lines, which counts bytes, listed nine lines; an `awk` of the
copies and of the own blocks and a `sed -n` of the own blocks' long lines followed, and fix3.py
shortened or re-split eight of this set's own lines (first, fix3.py failed its own assert before
writing anything, since two of its replacements overlapped; an inline script corrected it). A later
count in characters by a system `python3` one-liner showed that the copied lines the `awk` had
listed hold multi-byte characters and are within 99 characters, and that one line of this set's own
(a system turn of the persona conversation, 100 characters) was over; an inline script shortened
that turn, run.sh ran and passed, and the same count found no line over 99 characters. Every later
run passed every check.

Registers (families), 25, new: athletics_field_events_officials, cathedral_verger_office,
container_terminal_vessel_planner, fire_door_inspector, fulfilment_centre_pick_team,
gurdwara_langar_kitchen_volunteers, literary_agent_submissions_desk, maltings_floor_maltster,
morris_dancing_side, notary_public_office, overhead_power_line_linesman, paper_mill_reel_shop,
perfumer_fragrance_studio, pheasant_shoot_gamekeeper, ploughing_match_committee,
racecourse_clerk_of_the_course, rally_stage_service_crew, road_marking_lining_crew,
shinty_club_secretary, sleep_clinic_technician, speech_and_language_therapist_caseload,
springboard_diving_club, town_crier_bookings, tug_of_war_club, water_main_leak_detection_team.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: fulfilment_centre_pick_team,
gurdwara_langar_kitchen_volunteers, notary_public_office, paper_mill_reel_shop,
perfumer_fragrance_studio, town_crier_bookings; a second unit word problem:
container_terminal_vessel_planner, maltings_floor_maltster, overhead_power_line_linesman,
road_marking_lining_crew, springboard_diving_club, water_main_leak_detection_team; a second date
word problem: cathedral_verger_office, fire_door_inspector, literary_agent_submissions_desk,
racecourse_clerk_of_the_course, sleep_clinic_technician, speech_and_language_therapist_caseload).
The seven registers with three positives are athletics_field_events_officials, morris_dancing_side,
pheasant_shoot_gamekeeper, ploughing_match_committee, rally_stage_service_crew,
shinty_club_secretary and tug_of_war_club. Positives are one-liners (family "plain") or word
problems of one to three sentences, mostly UK usage with £ and pence, stone and pounds, feet,
inches, yards and miles (on land), and a few other touches (a reefer set point in Fahrenheit, a
container's gross mass in pounds, GiB to MiB, psi and bar both ways, a pot's volume in cubic feet,
a tote's volume in litres, a leak in litres per second as cubic metres per hour, a paper machine's
speed in metres per minute as km/h, a pitch in hectares, a wind speed in mph as metres per second),
some chatty, terse or lower-case, with questions at the start or the end, statements to complete,
and unit questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 74: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
appear only as a stated quantity in two calculator problems), hundredweights, barrels, mpg,
calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and summer time,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence (asserted by money()). Week counts are asserted to be
whole weeks; day counts are the difference of the two dates (queries are worded as N days or weeks
after or before a stated date, how many days from one date to another, how many days apart two
dates are, how many days a reply took, three spans counting both their first and last day, a date
10, 11, 17, 19, 21, 24, 45, 75, 90, 120, 150 and 1,000 days after or before a date, the eighth of
weekly sessions, a reading of 48 hours from a stated morning, a steep of 52 hours then 5 days, the
first Saturday, second Saturday, third Sunday, third Thursday or last Friday of a stated month and
year); ages are in whole years from a stated birth date to a stated date, and clock spans run from
one stated time to the next occurrence of the other (three cross midnight, saying "the next
morning", "next morning" or "the following morning"). Every rounded unit result stays within its
1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime.
Exact conversion factors (sources as in set 74):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet, square miles and cubic feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; 1 h = 3600 s; 1 min = 60 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_75.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-16.jsonl"
PREFIX = "ho75-"
# earlier generators: sets 1-74 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 75))
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
    "make_heldout_74.py",
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
    """A money answer: asserted to be a whole number of pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


ATHLETICS = "athletics_field_events_officials"
VERGER = "cathedral_verger_office"
CONTAINER = "container_terminal_vessel_planner"
FIREDOOR = "fire_door_inspector"
FULFIL = "fulfilment_centre_pick_team"
LANGAR = "gurdwara_langar_kitchen_volunteers"
AGENT = "literary_agent_submissions_desk"
MALT = "maltings_floor_maltster"
MORRIS = "morris_dancing_side"
NOTARY = "notary_public_office"
LINESMAN = "overhead_power_line_linesman"
PAPER = "paper_mill_reel_shop"
PERFUME = "perfumer_fragrance_studio"
KEEPER = "pheasant_shoot_gamekeeper"
PLOUGH = "ploughing_match_committee"
RACECOURSE = "racecourse_clerk_of_the_course"
RALLY = "rally_stage_service_crew"
LINING = "road_marking_lining_crew"
SHINTY = "shinty_club_secretary"
SLEEP = "sleep_clinic_technician"
SLT = "speech_and_language_therapist_caseload"
DIVING = "springboard_diving_club"
CRIER = "town_crier_bookings"
TUG = "tug_of_war_club"
LEAK = "water_main_leak_detection_team"
REGISTERS = (
    ATHLETICS,
    VERGER,
    CONTAINER,
    FIREDOOR,
    FULFIL,
    LANGAR,
    AGENT,
    MALT,
    MORRIS,
    NOTARY,
    LINESMAN,
    PAPER,
    PERFUME,
    KEEPER,
    PLOUGH,
    RACECOURSE,
    RALLY,
    LINING,
    SHINTY,
    SLEEP,
    SLT,
    DIVING,
    CRIER,
    TUG,
    LEAK,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What's 4,817 times 36?", 4817 * 36)
calc(P, "17.5% of 2,368 = ?", pct("17.5") * 2368)
calc(P, "Divide 9,503.25 by 0.75.", dec("9503.25") / dec("0.75"))
calc(P, "(1284 - 397) * 14", (1284 - 397) * 14)
assert 432 * 432 == 186624
calc(P, "square root of 186,624", 432)
calc(P, "2 to the power 17, minus 5,000 — what do you get?", 2**17 - 5000)
calc(
    P,
    "Add up 3,847.65, 1,206.08 and 96.27 for me",
    dec("3847.65") + dec("1206.08") + dec("96.27"),
)
calc(P, "what is seven sixteenths of 9,840", F(7, 16) * 9840)
calc(P, "Knock 38% off 1,475 and what's left?", 1475 * (1 - pct(38)))
calc(P, "Mean of 47, 58, 61, 73 and 86?", F(47 + 58 + 61 + 73 + 86, 5))
calc(P, "64,512 ÷ 126 =", F(64512, 126))
calc(P, "how much is 0.085 times 46,200", dec("0.085") * 46200)
calc(
    P,
    "Start with 3,200, increase it by 12.5%, then decrease the result by 12.5%. Final figure?",
    3200 * (1 + pct("12.5")) * (1 - pct("12.5")),
)
calc(P, "Work out 19 cubed minus 18 cubed.", 19**3 - 18**3)

# register word problems
calc(
    ATHLETICS,
    "Nine field judges at our county meet each claim 34.6 miles at 45p a mile plus a £12.50 "
    "meal allowance. What do the expense claims come to altogether, in pounds?",
    money(9 * (dec("34.6") * dec("0.45") + dec("12.50"))),
)
calc(
    VERGER,
    "Tower tours are £9.50 for adults and £4.25 for concessions. On Saturday we took 138 "
    "adults and 57 concessions up the tower — what were the takings?",
    money(138 * dec("9.50") + 57 * dec("4.25")),
)
calc(
    CONTAINER,
    "The vessel has 1,846 boxes to discharge and 1,574 to load. Four cranes each average "
    "28.5 moves an hour. How many hours of working does the call need?",
    F(1846 + 1574) / (4 * dec("28.5")),
)
calc(
    FIREDOOR,
    "I charge £38 a door for the first 20 doors and £29 for every door after that, then VAT at "
    "20% on top. The care home has 47 fire doors. What's my invoice total?",
    money((20 * 38 + 27 * 29) * (1 + pct(20))),
)
calc(
    FULFIL,
    "A picker on our team averages 142 picks an hour. The shift is 7.5 hours long including a "
    "30-minute unpaid break, and nobody picks during the break. Picks per shift?",
    142 * (dec("7.5") - dec("0.5")),
)
calc(
    FULFIL,
    "peak bonus is 18p for every pick over 1,000 in a day. priya did 1,134, 987, 1,261, 1,048 "
    "and 1,002 over her five shifts. how much bonus in pounds?",
    money((134 + 0 + 261 + 48 + 2) * dec("0.18")),
)
calc(
    LANGAR,
    "We reckon on 6 rotis a head and 1,450 people are expected at Sunday langar. One batch of "
    "dough makes 240 rotis. How many batches do we need to mix so nobody goes short?",
    whole_up(F(6 * 1450, 240)),
)
calc(
    LANGAR,
    "For chai we use 1.2 litres of milk per 10 servings and we're making 900 servings. Milk "
    "comes in 2-litre bottles at £1.45 each. What will the milk cost?",
    money(F(F(900, 10) * dec("1.2"), 2) * dec("1.45")),
)
calc(
    AGENT,
    "Our agency takes 15% commission on UK deals. The author's £24,000 advance is paid in three "
    "equal instalments — what does the author receive from each one after commission?",
    money(F(24000, 3) * (1 - pct(15))),
)
calc(
    MALT,
    "We steep 25 tonnes of barley. 8% is lost as screenings, and the malt yield is 80% of what's "
    "left. How many tonnes of malt come out the other end?",
    25 * (1 - pct(8)) * pct(80),
)
calc(
    MORRIS,
    "Boxing Day hat collections at seven pubs: £86.40, £112.75, £58.20, £143.05, £97.60, "
    "£74.35 and £121.65. Half goes to the hospice and the rest is split equally between our 10 "
    "dancers. How much does each dancer get?",
    money(
        (
            dec("86.40")
            + dec("112.75")
            + dec("58.20")
            + dec("143.05")
            + dec("97.60")
            + dec("74.35")
            + dec("121.65")
        )
        / 2
        / 10
    ),
)
calc(
    NOTARY,
    "Notarial fee is £95 for the first document and £45 for each further one. Every document "
    "also needs an apostille at £45 plus our £20 handling charge. The client has 4 documents. "
    "Total bill?",
    money(95 + 3 * 45 + 4 * (45 + 20)),
)
calc(
    NOTARY,
    "Certified translation at 11p a word, documents of 1,840, 2,365 and 795 words, plus VAT at "
    "20% — total please",
    money((1840 + 2365 + 795) * dec("0.11") * (1 + pct(20))),
)
calc(
    LINESMAN,
    "My base rate is £21.40 an hour. Overtime is time and a half for the first 4 hours and "
    "double time after that. I did 11 hours of overtime on the storm callout — what's the "
    "overtime pay?",
    money(4 * dec("21.40") * dec("1.5") + 7 * dec("21.40") * 2),
)
calc(
    PAPER,
    "Customer wants 38 reels at 412 kg each, priced at £1,085 a tonne. What's the order worth?",
    money(F(38 * 412, 1000) * 1085),
)
calc(
    PAPER,
    "The deckle is 5.00 m and we're slitting three customer widths of 1.58 m. What percentage of "
    "the width ends up as trim?",
    (5 - 3 * dec("1.58")) / 5 * 100,
)
calc(
    PERFUME,
    "Our eau de parfum is 18% concentrate. How many ml of concentrate for a batch of 240 bottles "
    "at 50 ml each?",
    240 * 50 * pct(18),
)
calc(
    PERFUME,
    "The orris absolute costs £6.80 a gram and the formula needs 0.35 g per 100 ml bottle. For a "
    "run of 1,200 bottles, what does the absolute cost us?",
    money(1200 * dec("0.35") * dec("6.80")),
)
calc(
    KEEPER,
    "A driven day is charged at £42 a bird plus VAT at 20%. The bag was 165 birds and the eight "
    "guns split the bill equally. What does each gun pay?",
    money(165 * 42 * (1 + pct(20)) / 8),
)
calc(
    PLOUGH,
    "Entries: 23 vintage tractor ploughmen at £18, 14 horse teams at £25 and 9 juniors at £12. "
    "We pay out £640 in prize money. What's left from the entry fees after prizes?",
    money(23 * 18 + 14 * 25 + 9 * 12 - 640),
)
calc(
    RACECOURSE,
    "Total prize money for the handicap is £22,500: 57.5% to the winner, 21.25% to second, "
    "10.75% to third, and the remainder shared equally by fourth, fifth and sixth. What does "
    "fourth receive?",
    money(22500 * (1 - pct("57.5") - pct("21.25") - pct("10.75")) / 3),
)
calc(
    RALLY,
    "The car burns 0.64 litres per kilometre on the stages. There are 142.5 stage kilometres and "
    "fuel is £2.85 a litre. Fuel cost for the stages?",
    money(dec("142.5") * dec("0.64") * dec("2.85")),
)
calc(
    LINING,
    "Thermoplastic lining at £1.85 a metre: 2,460 m of centre line and 1,180 m of edge line, "
    "plus £350 to mobilise. What's the quote?",
    money((2460 + 1180) * dec("1.85") + 350),
)
calc(
    SHINTY,
    "Subs: 34 seniors at £85, 22 juniors at £30 and 9 family memberships at £150, and the "
    "families get 10% off. What's the total subscription income?",
    money(34 * 85 + 22 * 30 + 9 * 150 * (1 - pct(10))),
)
calc(
    SLEEP,
    "We run 6 beds, 5 nights a week, one overnight study per bed per night, for 48 weeks. If "
    "12.5% of booked studies are lost to no-shows, how many studies actually get done?",
    6 * 5 * 48 * (1 - pct("12.5")),
)
calc(
    SLT,
    "I work 30 hours a week. A fifth of that goes on admin and the rest on 45-minute therapy "
    "sessions. How many sessions a week is that?",
    F(30 * 60 * 4, 5 * 45),
)
calc(
    DIVING,
    "Seven judges gave 7.0, 6.5, 7.5, 7.0, 6.0, 7.5 and 8.0. Drop the two highest and two "
    "lowest, add the middle three and multiply by the degree of difficulty, 2.8. Score?",
    (7 + 7 + dec("7.5")) * dec("2.8"),
)
calc(
    CRIER,
    "I charge £180 for a proclamation of up to 20 minutes, £65 for each extra 15 minutes, and "
    "45p a mile travel. The fete wants me for 65 minutes and is 38 miles away, and I charge "
    "the trip both ways. Total fee?",
    money(180 + 3 * 65 + 2 * 38 * dec("0.45")),
)
calc(
    CRIER,
    "I put 7.5% of every fee aside for cleaning the coat and tricorn. Fees so far: £240, £315, "
    "£180, £410 and £275. How much is in the pot?",
    money((240 + 315 + 180 + 410 + 275) * pct("7.5")),
)
calc(
    TUG,
    "Our eight must weigh in at 640 kg or less. Seven of them weigh 84.2, 79.6, 81.3, 77.9, 83.5, "
    "80.1 and 78.8 kg. What's the most the eighth puller can weigh?",
    640
    - (
        dec("84.2")
        + dec("79.6")
        + dec("81.3")
        + dec("77.9")
        + dec("83.5")
        + dec("80.1")
        + dec("78.8")
    ),
)
calc(
    LEAK,
    "Over the quarter we confirmed 23 leaks at £410 each and did 9 surveys that found nothing, "
    "paid at £95 each. The client holds back 5% retention. How much gets paid out now?",
    money((23 * 410 + 9 * 95) * (1 - pct(5))),
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
LITRE = F(1, 1000)  # m^3
SQMI = MI * MI  # m^2
MIN_S = 60  # s
HOUR_S = 3600  # s
assert CM * 100 == 1 and MM * 10 == CM and KM == 1000 and G * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")
assert HA / ACRE > dec("2.471") and HA / ACRE < dec("2.4711")
assert SQMI == dec("2589988.110336") and MPH * 3600 / 1000 == dec("1.609344")
assert LITRE * 1000 == 1 and KMH * 36 == 10

# plain one-liners
unit_r(P, "Convert 47 miles to kilometres.", 47 * MI / KM)
unit_r(P, "How many square feet is 18.5 square metres?", dec("18.5") / SQFT)
unit_r(P, "62°F in Celsius?", f_to_c(62))
unit(P, "3.75 hours = how many minutes?", dec("3.75") * HOUR_S / MIN_S, EXACT)
unit_r(P, "11 stone 9 lb in kilograms", (11 * STONE + 9 * LB))
unit_r(P, "what's 1,500 km/h in metres per second", 1500 * KMH)
unit(P, "2,400 litres — how many cubic metres is that?", 2400 * LITRE, EXACT)
unit_r(P, "Convert 12.6 hectares to acres.", dec("12.6") * HA / ACRE)
unit(P, "6 ft 2 in — how many cm?", (6 * FT + 2 * IN) / CM, EXACT)
unit(P, "How many MiB make up 3.75 GiB?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "Convert 38 psi to bar.", 38 * PSI / BAR)
unit_r(P, "How many hectares are there in 0.8 of a square mile?", dec("0.8") * SQMI / HA)
unit(P, "centimetres in 3.5 yards?", dec("3.5") * YD / CM, EXACT)
unit(P, "Minus 18 degrees Celsius is what in Fahrenheit?", c_to_f(-18), EXACT)

# register word problems
unit_r(
    ATHLETICS,
    "The winning javelin measured 68.40 m. The visiting coach wants it in feet — what is it?",
    dec("68.40") / FT,
)
unit_r(
    VERGER,
    "The nave floor is 162 feet by 38 feet. For the new flooring quote, what's that in square "
    "metres?",
    162 * 38 * SQFT,
)
unit_r(
    CONTAINER,
    "Gross mass on the VGM for this forty-footer is 26,480 kg. The shipper wants it in pounds.",
    26480 / LB,
)
unit(
    CONTAINER,
    "The reefer set point is -22 °F. What's that in °C?",
    f_to_c(-22),
    EXACT,
)
unit(
    FIREDOOR,
    "The gap under the leaf measured 3/8 of an inch. How many millimetres is that?",
    F(3, 8) * IN / MM,
    EXACT,
)
unit(
    FULFIL,
    "What's the volume in litres of a tote measuring 600 mm by 400 mm by 300 mm?",
    600 * MM * 400 * MM * 300 * MM / LITRE,
    EXACT,
)
unit_r(
    LANGAR,
    "Our biggest dal pot holds 180 litres. What is that in cubic feet?",
    180 * LITRE / CUFT,
)
unit(
    AGENT,
    "the US publisher wants a trim size of 5.5 by 8.5 inches. what's the 8.5-inch side in mm?",
    dec("8.5") * IN / MM,
    EXACT,
)
unit_r(
    MALT,
    "Our germination floor is 70 ft long and 24 ft wide. Floor area in square metres?",
    70 * 24 * SQFT,
)
unit(
    MALT,
    "Kiln air-on is running at 185 °F — in Celsius that's what?",
    f_to_c(185),
    EXACT,
)
unit_r(
    MORRIS,
    "The day of dance covers 9.5 miles between pubs. In kilometres, how far is it?",
    dec("9.5") * MI / KM,
)
unit_r(
    NOTARY,
    "A bundle of deeds for courier weighs 2.35 kg. What's that in pounds?",
    dec("2.35") / LB,
)
unit(
    LINESMAN,
    "The span between these two pylons is 1,150 feet. How many metres?",
    1150 * FT,
    EXACT,
)
unit_r(
    LINESMAN,
    "Work stops on the line when gusts reach 55 mph. What's that in metres per second?",
    55 * MPH,
)
unit(
    PAPER,
    "The machine's running at 1,200 metres a minute — how many km/h is that?",
    1200 * F(60, 1000),
    EXACT,
)
unit(
    PERFUME,
    "The essential oil store is kept at 59 °F. Celsius?",
    f_to_c(59),
    EXACT,
)
unit(
    KEEPER,
    "Metres, please: the release pen fence runs 480 yards all the way round.",
    480 * YD,
    EXACT,
)
unit_r(
    PLOUGH,
    "Each plot at the match is 22 yards by 66 yards. What's one plot's area in square metres?",
    22 * 66 * YD * YD,
)
unit(
    RACECOURSE,
    "Our feature race is run over a mile and a half. How many metres is that?",
    F(3, 2) * MI,
    EXACT,
)
unit_r(
    RALLY,
    "Tarmac stage, the team wants 29 psi in the tyres. Our gauge reads bar — what should it show?",
    29 * PSI / BAR,
)
unit(
    LINING,
    "The spec says a 4-inch edge line. How wide is that in millimetres?",
    4 * IN / MM,
    EXACT,
)
unit_r(
    LINING,
    "Site speed limit for the lining lorry is 5 mph; convert that to km/h.",
    5 * MPH / KMH,
)
unit_r(
    SHINTY,
    "Our pitch is 140 yards by 70 yards. How many hectares is it?",
    140 * 70 * YD * YD / HA,
)
unit_r(
    SLEEP,
    "Patient's weight is recorded as 14 st 2 lb. I need it in kg for the oximetry form.",
    14 * STONE + 2 * LB,
)
unit_r(
    SLT,
    "In square feet, how big is my therapy room at 3.6 m by 2.7 m?",
    dec("3.6") * dec("2.7") / SQFT,
)
unit_r(
    DIVING,
    "How high is the 3-metre springboard in feet?",
    3 / FT,
)
unit_r(
    DIVING,
    "The diving pit is 16.5 feet deep. Convert to metres.",
    dec("16.5") * FT,
)
unit_r(
    CRIER,
    "My brass handbell weighs 7.5 lb. What is that in kilograms?",
    dec("7.5") * LB,
)
unit_r(
    TUG,
    "Our competition rope is 36.5 m long. Someone at the county show asked for it in feet.",
    dec("36.5") / FT,
)
unit(
    LEAK,
    "A leak of 2.5 litres a second is how many cubic metres an hour?",
    dec("2.5") * LITRE * HOUR_S,
    EXACT,
)
unit_r(
    LEAK,
    "Mains pressure at the hydrant was 4.2 bar. What's that in psi?",
    dec("4.2") * BAR / PSI,
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
date_item(P, "Tell me the weekday of 23 August 2031.", weekday(D(2031, 8, 23)))
date_item(P, "date 150 days after 3 March 2029", D(2029, 3, 3) + TD(days=150))
date_item(
    P,
    "How many days are there from 14 June 2027 to 2 January 2028?",
    days(D(2027, 6, 14), D(2028, 1, 2)),
)
date_item(P, "What's the date 9 weeks before 5 May 2030?", D(2030, 5, 5) - TD(weeks=9))
date_item(P, "1 January 2043 — what day of the week?", weekday(D(2043, 1, 1)))
date_item(
    P,
    "Days from 30 November 2028 to 28 February 2029?",
    days(D(2028, 11, 30), D(2029, 2, 28)),
)
date_item(P, "1,000 days after 12 September 2026 is what date?", D(2026, 9, 12) + TD(days=1000))
date_item(
    P,
    "Born 21 March 1987 — how old in whole years on 20 March 2031?",
    age(D(1987, 3, 21), D(2031, 3, 20)),
)
date_item(P, "Which date is the third Thursday of October 2029?", nth_weekday(2029, 10, THU, 3))
date_item(
    P,
    "Hours from 22:50 to 07:05 the next morning?",
    clock_span("22:50", "07:05", 3600),
)
date_item(P, "75 days before 10 April 2032 — the date?", D(2032, 4, 10) - TD(days=75))
date_item(
    P,
    "How many weeks is it from 7 January 2030 to 24 June 2030?",
    weeks(D(2030, 1, 7), D(2030, 6, 24)),
)
date_item(P, "last Friday of November 2033?", nth_weekday(2033, 11, FRI, -1))
date_item(P, "Minutes between 09:40 and 17:05?", clock_span("09:40", "17:05", 60))

# register word problems
date_item(
    ATHLETICS,
    "The county championships are on 13 June 2027 and entries close 24 days before. On what "
    "date do entries close?",
    D(2027, 6, 13) - TD(days=24),
)
ENTHRONE = D(2028, 10, 14)
date_item(
    VERGER,
    f"The enthronement is on {sayw(ENTHRONE)}. The order of service has to reach the printer "
    "6 weeks beforehand. What's the printer deadline?",
    ENTHRONE - TD(weeks=6),
)
date_item(
    VERGER,
    "The cathedral's scaffolding is up from 1 September 2027 to 29 October 2027. Counting both "
    "the first and the last day, how many days is that?",
    days(D(2027, 9, 1), D(2027, 10, 29)) + 1,
)
date_item(
    CONTAINER,
    "The vessel was scheduled to berth on 2 March 2028 but came in 11 days late. What date did "
    "she berth?",
    D(2028, 3, 2) + TD(days=11),
)
date_item(
    FIREDOOR,
    "Doors were inspected on 8 September 2027 and the next inspection is due 26 weeks after "
    "that. Due date?",
    D(2027, 9, 8) + TD(weeks=26),
)
date_item(
    FIREDOOR,
    "The retest is 90 days after the remedial works finished on 27 November 2028. Which day of "
    "the week is the retest?",
    weekday(D(2028, 11, 27) + TD(days=90)),
)
date_item(
    FULFIL,
    "Peak runs from 1 November 2027 to 7 January 2028. How many days is that, counting both ends?",
    days(D(2027, 11, 1), D(2028, 1, 7)) + 1,
)
PATH_START = D(2027, 9, 10)
date_item(
    LANGAR,
    f"The akhand path begins at 6 in the morning on {sayw(PATH_START)} and runs for 48 hours. "
    "What date does it finish on?",
    (DT.combine(PATH_START, dt.time(6, 0)) + TD(hours=48)).date(),
)
date_item(
    AGENT,
    "The contract was signed on 16 February 2028 and the manuscript is due 120 days later. "
    "What's the delivery date?",
    D(2028, 2, 16) + TD(days=120),
)
date_item(
    AGENT,
    "We received the submission on 9 October 2027 and made an offer on 23 January 2028. How "
    "many days did that take?",
    days(D(2027, 10, 9), D(2028, 1, 23)),
)
STEEP = D(2029, 1, 8)
date_item(
    MALT,
    f"Steeping began at 08:00 on {sayw(STEEP)} and takes 52 hours; germination then takes "
    "another 5 days. On what date does the batch go on the kiln?",
    (DT.combine(STEEP, dt.time(8, 0)) + TD(hours=52) + TD(days=5)).date(),
)
date_item(
    MORRIS,
    "We dance the sun up at dawn on 1 May 2029. What day of the week will that be?",
    weekday(D(2029, 5, 1)),
)
date_item(
    NOTARY,
    "The embassy appointment is 45 days after the power of attorney is signed on 22 July 2027. "
    "What date is the appointment?",
    D(2027, 7, 22) + TD(days=45),
)
date_item(
    LINESMAN,
    "The planned outage is on the third Sunday of March 2030. Which date is that?",
    nth_weekday(2030, 3, SUN, 3),
)
date_item(
    PAPER,
    "The maintenance shutdown starts on 15 July 2028 and the machine restarts 10 days after the "
    "shutdown starts. Restart date?",
    D(2028, 7, 15) + TD(days=10),
)
date_item(
    PERFUME,
    "A tincture went in to macerate on 19 December 2027 for 6 weeks. When is it ready?",
    D(2027, 12, 19) + TD(weeks=6),
)
date_item(
    KEEPER,
    "If we shoot from 1 October 2027 up to and including 1 February 2028, how many days is "
    "that, counting both?",
    days(D(2027, 10, 1), D(2028, 2, 1)) + 1,
)
date_item(
    PLOUGH,
    "Our match is always the second Saturday of October. What date is it in 2028?",
    nth_weekday(2028, 10, SAT, 2),
)
date_item(
    RACECOURSE,
    "The rescheduled meeting is on 8 August 2029 and we must give 21 days' notice. What's the "
    "latest date we can give it?",
    D(2029, 8, 8) - TD(days=21),
)
date_item(
    RACECOURSE,
    "How many days after the meeting on 29 April 2028 is the one on 17 June 2028?",
    days(D(2028, 4, 29), D(2028, 6, 17)),
)
date_item(
    RALLY,
    "The rally is on 23 September 2028 and the recce is 4 days before. What weekday is the recce?",
    weekday(D(2028, 9, 23) - TD(days=4)),
)
date_item(
    LINING,
    "Our night closure starts at 20:00 and the road has to reopen at 05:30 the following "
    "morning. How many hours do we have?",
    clock_span("20:00", "05:30", 3600),
)
date_item(
    SHINTY,
    "The league final is on the first Saturday in June 2029. What date?",
    nth_weekday(2029, 6, SAT, 1),
)
date_item(
    SLEEP,
    "Set-up starts at 21:30 and the study runs to 06:45 next morning. How long is that in hours?",
    clock_span("21:30", "06:45", 3600),
)
date_item(
    SLEEP,
    "CPAP review is 12 weeks after the titration night of 30 October 2028. Review date?",
    D(2028, 10, 30) + TD(weeks=12),
)
date_item(
    SLT,
    "A child born on 14 February 2023 is assessed on 9 May 2029. How old are they in completed "
    "years?",
    age(D(2023, 2, 14), D(2029, 5, 9)),
)
BLOCK = D(2028, 1, 6)
date_item(
    SLT,
    f"A block of 8 weekly sessions starts on {sayw(BLOCK)}. What date is the eighth session?",
    BLOCK + TD(weeks=7),
)
date_item(
    DIVING,
    "Competition day is 27 November 2027 and entries close 3 weeks earlier. What day of the "
    "week is the closing date?",
    weekday(D(2027, 11, 27) - TD(weeks=3)),
)
CHARTER = D(2029, 7, 7)
date_item(
    CRIER,
    f"The charter day proclamation is on {sayw(CHARTER)}. The council wants my wording 17 days "
    "before. By what date?",
    CHARTER - TD(days=17),
)
date_item(
    TUG,
    "Our first pull of the season was 15 May 2031 and the championships are 2 August 2031. How "
    "many days apart?",
    days(D(2031, 5, 15), D(2031, 8, 2)),
)
date_item(
    LEAK,
    "We deployed the noise loggers on 11 February 2029 and collect them 19 days later. "
    "Collection date?",
    D(2029, 2, 11) + TD(days=19),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ATHLETICS: (
        (
            "As a field judge, how should I rule if a long jumper's hand touches the sand "
            "behind the heel mark?"
        ),
        (
            "What's the fairest way to run a pole vault competition when the rain keeps stopping "
            "and starting?"
        ),
        "Write a short briefing for new volunteers on safety at the hammer cage.",
        "Why do some throwers get three extra attempts and others don't?",
    ),
    VERGER: (
        "How should a verger lead a procession if the choir is running late?",
        "Draft a polite notice asking tourists not to photograph during evensong.",
        "What's the difference between a verger and a sacristan?",
        "A visitor has fainted in the quire during a service. What should I do first?",
    ),
    CONTAINER: (
        "Why might a vessel planner put heavy boxes low and towards the middle of the bay?",
        "Explain what a restow is and why shipping lines hate paying for them.",
        (
            "How do I tell the shipping line, diplomatically, that their late cut-off ruined our "
            "plan?"
        ),
        "What are the risks of stacking reefers in the top tiers?",
    ),
    FIREDOOR: (
        "Is a fire door with a 5 mm warp something I should fail outright?",
        (
            "Write a plain-English explanation for landlords of why fire doors must never be "
            "wedged open."
        ),
        "Which intumescent seal problems are most often missed on an inspection?",
        "How do I handle a building manager who wants me to pass doors I've flagged?",
    ),
    FULFIL: (
        "How can we cut mis-picks without slowing the team down?",
        "Write a two-minute huddle talk for the night shift about safe lifting.",
        "Is it better to batch-pick or zone-pick for a small apparel warehouse?",
        "A new starter keeps crying on breaks. How should I approach it as team leader?",
    ),
    LANGAR: (
        "What's the etiquette for serving langar to guests who aren't Sikh?",
        "How do we keep dal safe if it's cooked hours before serving?",
        "Suggest a fair way to rota volunteers so the same people aren't always on washing up.",
        "Explain to a school group why everyone sits on the floor at langar.",
    ),
    AGENT: (
        "How do I write a rejection that's kind but doesn't invite a resubmission?",
        "What makes a debut novel's opening page stand out in the slush pile?",
        "Should I take on an author whose book is great but whose social media is hostile?",
        "Explain the difference between world rights and territorial rights to a new author.",
    ),
    MALT: (
        "Why does turning the malt on the floor by hand matter for flavour?",
        "The barley is chitting unevenly. What might be causing it?",
        "What's the difference between pale malt and crystal malt in how they're made?",
        "Write a short description of floor malting for a distillery visitor leaflet.",
    ),
    MORRIS: (
        "How should our side respond to criticism of face paint in border morris?",
        "Write a cheerful recruitment notice for new musicians to join our side.",
        "What's the difference between Cotswold and border morris?",
        "Our squire and foreman disagree about the programme. How should we settle it?",
    ),
    NOTARY: (
        "Can I notarise a document for my own cousin?",
        "What should I check if a signatory seems confused about what they're signing?",
        "Explain what an apostille actually does to someone who's never needed one.",
        "Draft an email telling a client their foreign bank wants originals, not copies.",
    ),
    LINESMAN: (
        "What goes through your head before climbing a wooden pole that looks rotten?",
        "Write a toolbox talk on the dangers of induced voltage on dead lines.",
        "Why are some overhead lines bare and others covered?",
        "How do I explain to a farmer why we need to cut back his hedge under the line?",
    ),
    PAPER: (
        "Why would a reel keep breaking on the winder at the same point?",
        "What's the difference between machine-glazed and machine-finished paper?",
        "How should I tell the customer their reels were damaged by their own forklift?",
        "Give me tips for training a new starter on the slitter-rewinder safely.",
    ),
    PERFUME: (
        "What makes a chypre smell 'old-fashioned' to younger customers?",
        "Describe a fragrance built around rain on hot stone for our autumn launch.",
        "How do I tell a client politely that their bespoke scent brief is contradictory?",
        "Why do some perfumes smell different on different people?",
    ),
    KEEPER: (
        "How do I deal with a gun who keeps shooting low birds?",
        "Write a short safety briefing for beaters on their first driven day.",
        "What's the best way to keep foxes away from a release pen without fuss?",
        "Is it worth feeding through the winter after the season ends?",
    ),
    PLOUGH: (
        "What do judges look for in a good opening split?",
        "Write a welcome speech for the ploughing match president.",
        "Should we let reversible ploughs compete in the conventional class?",
        "How do we stop spectators' cars getting stuck in the car park field if it rains?",
    ),
    RACECOURSE: (
        "Should we water the course if more rain is forecast on raceday?",
        "Write a going description for the press office after a dry week.",
        "Explain to an owner why we abandoned the meeting after the morning inspection.",
        "What's the difference between good to soft and soft in practice?",
    ),
    RALLY: (
        ("How should we prioritise repairs if the car comes in with a bent arm and a misfire?"),
        "Write a checklist for setting up the service area in a muddy field.",
        "Why do rally crews change to different tyres on gravel and tarmac?",
        "The co-driver is furious with the driver. How do I calm things in a 30-minute service?",
    ),
    LINING: (
        "Why does thermoplastic sometimes fail to stick on a cold morning?",
        "How do we explain to residents why we can only work overnight?",
        "What's the point of the glass beads in road paint?",
        "Write a short safety brief for a new lad on the lining crew.",
    ),
    SHINTY: (
        "How should the club respond to a complaint about a high swing at a junior match?",
        "Write a funding bid paragraph for new camans and balls for the under-14s.",
        "What's the difference between shinty and hurling rules?",
        "How can we get more girls playing at our club?",
    ),
    SLEEP: (
        "How do I reassure an anxious patient who thinks they'll never sleep wired up?",
        "What could cause a lot of artefact on the EEG leads during a study?",
        "Explain obstructive sleep apnoea in simple words for a patient leaflet.",
        "Is it normal for a patient's oxygen to dip a little during REM?",
    ),
    SLT: (
        "How can parents encourage a late talker without pressuring them?",
        "Write a friendly note to a teacher about supporting a child who stammers.",
        "What's the difference between a speech delay and a language disorder?",
        "How do I manage a caseload when every family wants more sessions?",
    ),
    DIVING: (
        "How do I help a young diver who's lost their nerve on the 3-metre board?",
        "Write a short club newsletter item congratulating our juniors on their regional results.",
        "Why do divers shower between dives?",
        "What should judges look at on the entry to the water?",
    ),
    CRIER: (
        "Write a proclamation announcing the opening of a village fete.",
        "How should a town crier handle hecklers during a proclamation?",
        "What's the history behind 'Oyez, oyez, oyez'?",
        "Suggest ways to keep my voice in good shape through a busy summer.",
    ),
    TUG: (
        "What's the best footwork for holding on when the other team surges?",
        "Write rules for a friendly pub tug-of-war so nobody gets hurt.",
        "Why do tug-of-war teams lean back so far?",
        "How do we pick our anchor?",
    ),
    LEAK: (
        "How do noise loggers tell a real leak from a pump humming nearby?",
        "Write a letter to a householder explaining why we need to dig up their driveway.",
        "Why are leaks harder to find on plastic pipes than cast iron?",
        "Our correlator shows two possible leak positions. How do I decide which to dig?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


NEAR = (
    (
        "near-exchange-rate",
        "Our French client wants €1,375. What's that in pounds today?",
        "needs the current exchange rate",
    ),
    (
        "near-gallon",
        "How many litres in 40 gallons of diesel?",
        "US or imperial gallon not stated",
    ),
    ("near-ton", "Convert 12 tons of malt to kilograms.", "short, long or metric ton unclear"),
    ("near-cup", "How many grams is 3 cups of chapati flour?", "cup size and flour density"),
    ("near-mpg", "Our service van does 38 mpg. What's that in litres per 100 km?", "US/UK mpg"),
    ("near-horsepower", "Convert the rally car's 280 hp to kW.", "metric or mechanical hp"),
    (
        "near-calories",
        "How many calories does a two-hour tug-of-war training session burn?",
        "depends on the person; an estimate, not an exact answer",
    ),
    ("near-dog-years", "My gundog is 9. How old is that in dog years?", "contested rule"),
    (
        "near-knots",
        "The pilot boat does 14 knots in the harbour. Is that over the limit?",
        "local limit not given",
    ),
    (
        "near-share-price",
        "If I own 40 shares in a FTSE 100 paper company, what are they worth?",
        "company and current price unknown",
    ),
    (
        "near-age-now",
        "How old is someone born on 3 March 1990?",
        "depends on the current date",
    ),
    ("near-days-until", "How many sleeps until May Day?", "depends on the current date"),
    ("near-easter", "Easter Day 2034 — which date?", "Easter is left out of positives"),
    (
        "near-bank-holiday",
        "Is St Andrew's Day a bank holiday for me?",
        "depends on the UK nation and the year",
    ),
    ("near-lunar-festival", "What date is Diwali in 2030?", "lunisolar festival, a fact"),
    (
        "near-historical-weekday",
        "What day of the week was the Battle of Bannockburn fought?",
        "date not given; Julian calendar",
    ),
    (
        "near-numeric-date",
        "How many days between 03/04/2029 and 05/06/2029?",
        "day/month order not stated",
    ),
    (
        "near-month-end",
        "The maltster's contract renews one month after 31 August 2029. What date is that?",
        "adding a month to the 31st is contested",
    ),
    (
        "near-leap-anniversary",
        "The side was founded on 29 February 2028. When's its first anniversary?",
        "leap-day anniversary is contested",
    ),
    (
        "near-working-days",
        "How many working days does the mill have in December 2029?",
        "bank holidays and working week not stated",
    ),
    (
        "near-letter-count",
        "How many times does the letter e appear in 'perseverance'?",
        "a letter count, not arithmetic",
    ),
    (
        "near-title-number",
        "Summarise the plot of Fahrenheit 451 in three sentences.",
        "a number in a title",
    ),
    (
        "near-software-version",
        "Is the jump from Django 4.2 to 5.1 a big upgrade for our booking site?",
        "version numbers, not arithmetic",
    ),
    (
        "near-bible-reference",
        "What's the wording of Psalm 121:8 for the service sheet?",
        "looks like a time or ratio; a reference",
    ),
    (
        "near-grid-reference",
        "What's at grid reference NN 166 712?",
        "a map reference, needs knowledge",
    ),
    (
        "near-standard-number",
        "What does ISO 9001 certification involve for a small paper mill?",
        "a standard's number",
    ),
    (
        "near-door-rating",
        "What does FD30S on a fire door label mean?",
        "a rating code that looks numeric",
    ),
    (
        "near-float-compare",
        "Why does 0.1 + 0.2 == 0.3 print False in Python?",
        "code semantics, needs explanation",
    ),
    (
        "near-implied-multiplication",
        "Settle an argument in the service van: 12 ÷ 3(1+3) = ?",
        "contested reading of implied multiplication",
    ),
    (
        "near-gas-mark",
        "The recipe says gas mark 6. What should my fan oven be set to?",
        "fan adjustment is a judgement",
    ),
    (
        "near-roasting-time",
        "How long should I roast a 5.2 kg turkey?",
        "cooking advice, not exact",
    ),
    (
        "near-eggs-scaling",
        "A recipe for 6 needs 3 eggs. How many eggs for 7 people?",
        "half eggs; judgement",
    ),
    (
        "near-paint-coverage",
        "How much paint do I need for a 4 by 5 metre room?",
        "height, coats and coverage not given",
    ),
    ("near-tip", "What should I tip on an £86 dinner bill?", "judgement"),
    (
        "near-income-tax",
        "How much income tax would I pay on £38,000?",
        "tax year and nation not stated",
    ),
    (
        "near-vat-rules",
        "How much VAT is there on a £40 pair of children's shoes?",
        "needs VAT rules (zero-rating)",
    ),
    (
        "near-postage",
        "What does it cost to send a 750 g parcel first class?",
        "current postage prices",
    ),
    (
        "near-minimum-wage",
        "What would a 21-year-old earn for 30 hours on the minimum wage?",
        "current rate not given",
    ),
    (
        "near-base-rate",
        "What's the monthly repayment on £180,000 at base rate plus 1%?",
        "current base rate and term not given",
    ),
    (
        "near-old-money",
        "What's £500 from 1985 worth in today's money?",
        "needs inflation data and the current date",
    ),
    (
        "near-towing-limit",
        "Can I do 60 mph on a single carriageway towing the lining trailer?",
        "a legal fact",
    ),
    (
        "near-road-distance",
        "How far is it by road from Inverness to Fort William?",
        "a lookup",
    ),
    (
        "near-sunrise",
        "What time is sunrise in York on 21 June 2030?",
        "astronomical lookup",
    ),
    (
        "near-tide",
        "When's high water at Leith on 4 August 2029?",
        "tide tables",
    ),
    (
        "near-slang-money",
        "How much is a pony plus a monkey in pounds?",
        "slang, needs knowledge",
    ),
    (
        "near-shoe-size",
        "What's a UK size 9 boot in EU sizing?",
        "sizing charts vary",
    ),
    (
        "near-ream",
        "How many sheets are in a ream of paper?",
        "480 or 500 or 516; contested",
    ),
    (
        "near-hands",
        "A horse is 15.2 hands. How many centimetres is that?",
        "15.2 hands means 15 hands 2 inches; notation",
    ),
    (
        "near-overs",
        "If a bowler bowls 7.4 overs, is that 7.4 times six balls?",
        "cricket notation, needs explanation",
    ),
    (
        "near-time-zone",
        "When it's 7:30 am at the shoot in Perthshire, what time is it in Toronto?",
        "summer time on either side; date unknown",
    ),
    (
        "near-flight-arrival",
        "I leave Heathrow at 10:40 on a 7 hour 50 minute flight. What time do I land in New York?",
        "time zones and summer time",
    ),
    (
        "near-clocks-forward",
        "Which Sunday do the clocks go forward in 2031?",
        "summer time rules, left out of positives",
    ),
    (
        "near-ramadan",
        "Which date will Ramadan begin in 2032 in the UK?",
        "lunar calendar, moon sighting",
    ),
    (
        "near-full-moon",
        "When's the first full moon after 3 March 2030?",
        "astronomical lookup",
    ),
    (
        "near-wind-chill",
        "What's the wind chill at 2 °C with a 30 mph wind?",
        "formula depends on the convention used",
    ),
    (
        "near-bmi-judgement",
        "My BMI is 27.3. Should I be worried?",
        "health judgement",
    ),
    (
        "near-each-way",
        "£10 each way on a 7/2 winner — what comes back?",
        "place terms not given",
    ),
    (
        "near-decimal-odds",
        "Convert odds of 5/2 into decimal odds.",
        "betting convention (stake included), not 2.5",
    ),
    (
        "near-scrabble",
        "What's QUIXOTIC worth in Scrabble with no bonus squares?",
        "needs tile values",
    ),
    (
        "near-elo",
        "I'm rated 1720 and beat a 1850 player. How many rating points do I gain?",
        "K-factor and system not stated",
    ),
    (
        "near-interest-unspecified",
        "£5,000 at 4% for 3 years comes to how much?",
        "simple or compound not stated",
    ),
    (
        "near-percentage-points",
        "The fee rate went from 4% to 5%. Is that a 1% rise or a 25% rise?",
        "wording question: points versus percent",
    ),
    (
        "near-postcode-distance",
        "How far is PH33 6SY from IV2 3JH?",
        "postcodes need a lookup",
    ),
    (
        "near-gsm",
        "What's 80 gsm paper in pounds?",
        "US basis weight depends on the paper grade",
    ),
    (
        "near-ifra-limit",
        "What's the IFRA limit for oakmoss in a fine fragrance?",
        "a regulatory fact",
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
            (U, "Let's say a ⊕ b means twice a, plus b."),
            (A, "Got it: a ⊕ b = 2a + b."),
            (U, "So what's 17 ⊕ 9?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "For our quiz round, the plus sign means multiply and the times sign means add."),
            (A, "Understood, the two are swapped."),
            (U, "What's 13 + 6 × 2 under that rule?"),
        ],
        "swapped operators",
    ),
    (
        "conv-output-base",
        [
            (S, "Give every numeric answer in binary."),
            (U, "How many dancers are there in two sets of six plus the fool?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Norway, we write 3,5 for three and a half."),
            (A, "Noted, a comma is the decimal mark."),
            (U, "What's 2,75 times 12?"),
        ],
        "decimal comma",
    ),
    (
        "conv-letter-values",
        [
            (U, "Our club code: each letter is worth its place in the alphabet times three."),
            (A, "So A = 3, B = 6 and so on."),
            (U, "What's TUG worth in that code?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-named-amount",
        [
            (U, "In the kitchen a 'sack' means 16 kg of atta."),
            (A, "Okay, one sack is 16 kg."),
            (U, "How many kilos in four and a half sacks?"),
        ],
        "a name for an amount",
    ),
    (
        "conv-invented-unit",
        [
            (U, "At the mill we call 450 metres of paper one 'lap'."),
            (A, "Right, a lap is 450 m."),
            (U, "How many laps is 7.2 km?"),
        ],
        "invented unit",
    ),
    (
        "conv-season-weeks",
        [
            (U, "Our shooting season's week 1 begins on Monday 1 October 2029."),
            (A, "Okay, week 1 starts Monday 1 October 2029."),
            (U, "Which date is the Thursday of week 9?"),
        ],
        "a week numbering set up earlier",
    ),
    (
        "conv-clock-face",
        [
            (U, "Treat these as times on a 12-hour dial, wrapping round past 12."),
            (A, "Sure, everything wraps at 12."),
            (U, "What do you get for 11 plus 10?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-modular",
        [
            (U, "Everything's modulo 11 for my homework."),
            (A, "All results mod 11."),
            (U, "Then what's 9 times 8?"),
        ],
        "modular arithmetic",
    ),
    (
        "conv-roman",
        [
            (U, "Reply with Roman numerals only, please."),
            (A, "Very well."),
            (U, "How much is 14 plus 29?"),
        ],
        "Roman numerals change what a right answer looks like",
    ),
    (
        "conv-welsh",
        [
            (U, "O hyn ymlaen, atebwch yn Gymraeg bob tro, plîs."),
            (A, "Wrth gwrs."),
            (U, "How many is 17 times 23?"),
        ],
        "answer language set in Welsh",
    ),
    (
        "conv-limerick",
        [
            (U, "From here on, put each answer in a five-line comic verse, limerick style."),
            (A, "A challenge I'll gladly take on."),
            (U, "Right: 35% of 260, go on."),
        ],
        "verse form",
    ),
    (
        "conv-rounding",
        [
            (U, "Round every answer to the nearest ten, it's for a rough plan."),
            (A, "Will do."),
            (U, "437 divided by 3?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-chains",
        [
            (U, "Give lengths in chains, please — I'm a surveyor of the old school."),
            (A, "Chains it is."),
            (U, "How long is 2 kilometres?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Assume one euro is 86p for all of this."),
            (A, "Okay, €1 = £0.86."),
            (U, "Our supplier wants €350. How much in sterling?"),
        ],
        "a fixed currency rate",
    ),
    (
        "conv-month-first",
        [
            (U, "I'm American, so I write dates month first."),
            (A, "Understood."),
            (U, "Days between 3/4/2029 and 4/3/2029?"),
        ],
        "date order set earlier",
    ),
    (
        "conv-date-words",
        [
            (U, "Spell dates out fully in words, e.g. 'the ninth of March, twenty thirty'."),
            (A, "Okay."),
            (U, "And 17 days after 26 June 2029 is?"),
        ],
        "date wording",
    ),
    (
        "conv-mixed-fraction",
        [
            (U, "Answers as mixed fractions, no decimals, please."),
            (A, "Sure."),
            (U, "7 divided by 4?"),
        ],
        "fraction form",
    ),
    (
        "conv-persona",
        [
            (S, "You are a grumpy 18th-century town crier; answer everything as a proclamation."),
            (U, "What's 386 plus 129?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-defined-function",
        [
            (U, "Let g(x) = 3x - 4."),
            (A, "Okay, g(x) = 3x - 4."),
            (U, "g(12)?"),
        ],
        "defined function",
    ),
    (
        "conv-split-figures",
        [
            (U, "First three pullers weigh 82, 79 and 85 kg."),
            (A, "Noted."),
            (U, "The other five weigh 80, 77, 84, 81 and 78 kg."),
            (A, "Noted."),
            (U, "So what's the team total?"),
        ],
        "figures spread over earlier turns",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All our notary fees are quoted including VAT at 20%."),
            (A, "Understood, prices are VAT-inclusive."),
            (U, "How much VAT is in a £54 fee?"),
        ],
        "VAT-inclusive convention",
    ),
    (
        "conv-input-hex",
        [
            (U, "The numbers I give you are hexadecimal."),
            (A, "Okay, reading them as hex."),
            (U, "1A plus 2F?"),
        ],
        "input base set earlier",
    ),
    (
        "conv-sunday-weeks",
        [
            (U, "Our rota weeks start on Sunday and week 1 is the one containing 1 January."),
            (A, "Got it."),
            (U, "What week number is 10 March 2029?"),
        ],
        "week numbering convention",
    ),
    (
        "conv-slang-amount",
        [
            (U, "In our office a 'bag' is a thousand pounds."),
            (A, "Okay."),
            (U, "Three and a half bags minus £420 is what?"),
        ],
        "slang amount defined earlier",
    ),
    (
        "conv-significant-figures",
        [
            (U, "Give me six significant figures every time."),
            (A, "Understood."),
            (U, "What's one mile in kilometres?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-json",
        [
            (U, "Reply only with JSON with keys 'value' and 'unit'."),
            (A, "Okay."),
            (U, "How many metres in 3 chains?"),
        ],
        "output format set earlier",
    ),
    (
        "conv-relative-day",
        [
            (U, "Take D-day as 14 June 2029 for our planning."),
            (A, "D-day is 14 June 2029."),
            (U, "What date is D+40?"),
        ],
        "a relative date notation",
    ),
    (
        "conv-hands-notation",
        [
            (U, "We write heights in hands like 15.2, meaning 15 hands and 2 inches."),
            (A, "Right, the figure after the point is inches."),
            (U, "What's 15.2 plus 0.3 then?"),
        ],
        "hands notation",
    ),
    (
        "conv-overs-notation",
        [
            (U, "Overs are written like 7.4, meaning 7 overs and 4 balls."),
            (A, "Okay."),
            (U, "Total of 7.4 and 5.5?"),
        ],
        "cricket over notation",
    ),
    (
        "conv-five-pence",
        [
            (U, "Round all money to the nearest 5p, we don't handle coppers at the stall."),
            (A, "Will do."),
            (U, "What's a third of £17?"),
        ],
        "rounding convention",
    ),
    (
        "conv-points-not-percent",
        [
            (U, "When I say 'up 2', I mean two percentage points, not two percent."),
            (A, "Okay, points."),
            (U, "Our entry rate was 35%. It's up 2. What is it now?"),
        ],
        "points convention",
    ),
    (
        "conv-scoring-rule",
        [
            (U, "Our match scoring: opening 20, straightness counts double, finish 15."),
            (A, "Okay."),
            (U, "If straightness scored 18, what's the total?"),
        ],
        "scoring rule defined earlier",
    ),
    (
        "conv-goal-points",
        [
            (U, "Scores are written like 2-05: goals then points, and a goal is worth 3 points."),
            (A, "Understood."),
            (U, "How many points is 3-07?"),
        ],
        "score notation",
    ),
)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural checks
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _lab and i["family"] != P]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _lab
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 74
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 74: {reused}"
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
