r"""Generate heldout-2027-02-17.jsonl: a seventy-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed76/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after an
`ls` of /work/sealed76, which held earlier_registers.txt and make_heldout_75.py, and a `wc -l` that
gave 1175: the register names of earlier sets, used only to choose this set's 25 registers so that
their trades and situations differ from all of those); and these line ranges of
/work/sealed76/make_heldout_75.py (2396 lines, as the brief said): lines 1-485 (its docstring,
imports, configuration, helpers, calc() and the line P = "plain"), 788-848 (its units section
header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1052-1136 (its datetime section header, date helpers,
date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1358-1365 (its negatives section
header, neg() and conv()) and 2173-2396 (its stated-weekday check, its checks and main()). None of
set 75's query blocks (486-787, 849-1051, 1137-1357, 1366-2172) was opened.

The first command ran `mkdir -p /tmp/h76`, copied the five ranges by `sed -n A,Bp` into
/tmp/h76/r1.py to r5.py without printing them, ran a `wc -l` of the copies and a `cat` of
grading.py. The second ran a `cat` of r1.py; the shell tool's display left out lines 164-177 of
that output, so the third ran a `sed -n 160,182p` of the copy r1.py (inside the allowed range) to
read them; all of lines 1-485 were therefore seen. The fourth ran a `cat` of r2.py to r4.py, the
fifth a `cat` of r5.py, the sixth the `ls`, `wc -l` and `tr` of earlier_registers.txt. Nothing
under /work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/,
server/ or tests/, not README.md and not pyproject.toml. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). No other /work/sealed* directory was
listed. The earlier generators (sets 1-75) are only imported, in memory, by this file's main() for
the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its printed output and its --show listing of ids, expected values and tolerances were
read), no git command was run, no network and no search or fetch tool was used, and neither the
router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h76/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
field_hockey_club_fixtures_secretary, mobile_tyre_fitter_van, motorway_traffic_management_crew,
primary_school_trip_minibus, school_minibus_coordinator and school_minibus_office; none of them one
of this set's registers, the first three matching by a shared word and judged different trades, the
last three matching only the letters "nib" inside "minibus"). The same command wrote and ran
/tmp/h76/subst.py (a `cat` heredoc): it cut the first copy at the line that is exactly `from
__future__ import annotations` (asserted to be the only such whole line) and substituted this set's
OUT and PREFIX, "sets 1-74" -> "sets 1-75" in the comment on EARLIER_DIRS (the tuple itself and
earlier_path() are kept as they were), EARLIER (sets 1-75, `range(2, 76)`) and REGISTER_CHECK (sets
19-75, adding make_heldout_75.py), all in the first block, and "sets 19 to 74" -> "sets 19 to 75"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth ranges are used as copied); the
same command ran a `head -3` of c1.py and a `grep -nE` of c1.py and c5.py for "74", "75", "76" and
"19 to" (with the REGISTER_CHECK lines of sets 19-73 filtered out). Then `cat` heredocs wrote this
set's own blocks under /tmp/h76/own/: a_calc.py (money(), the registers and calculator items), then
in one command b_units.py (unit constants and unit items) and c_dates.py (date items), then
d_negs.py (the ORDINARY table), then, after a system `python3` one-liner printed the weekdays of
three dates used in stated weekdays (23 February 2032, 6 September 2031, 1 October 2031), in one
command a `sed -i` that reworded one date word problem (a parade rather than a carnival Monday, to
avoid a doubtful fact) and e_near.py (near-positive negatives) with a `cat` heredoc, and, after an
inline script that shortened one near-positive, f_convs.py (conversations and this set's own
structural asserts), an assembly script /tmp/h76/assemble.py (it builds this file from
/tmp/h76/doc.txt, or a one-line placeholder, and the blocks in order: c1.py, a_calc.py, r2.py,
b_units.py, r3.py, c_dates.py, r4.py, d_negs.py, e_near.py, f_convs.py and c5.py, and prints its
line count) and a helper /tmp/h76/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h76/ruff.txt and printing its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h76/out.txt, and prints the exit
codes and the `tail -6` of it), with a first run of run.sh. Edits after each failed check (listed
below) were made by `sed -i` or by inline scripts applying exact replacements, each asserted to
apply once. After the run that passed every check, run.sh ran with --show (its own printing sent to
/dev/null), followed by a `sed -n 1,3p` of out.txt, the listing of ids, expected values and
tolerances (a `grep` of out.txt laid out by `column -t`) and a count of lines over 99 characters by
a system `python3` one-liner; after the fix of those lines run.sh ran again with --show, followed
by the same `sed -n 1,3p` and count (none over 99), a `cat` of ruff.txt and a `grep -c` of the
listing. This docstring was written last over the placeholder: its source text,
/tmp/h76/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h76/doc/make_doc.py (a `cat`
heredoc in the same command; it uses textwrap, keeps the indented lines as they are and asserts
that the words are unchanged, that no line exceeds 99 characters and that every register value is
named) filled it to 99 columns into /tmp/h76/doc.txt, followed by run.sh and a `head -3` of this
file; an inline script then corrected four passages of this source (how often sayw() is used, how
many clock spans cross midnight, the order in which the blocks were written, and this sentence) and
make_doc.py and run.sh ran again, with a `head -3` of this file. Then, in one command, `ruff format
--no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of this
file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h76` and an `ls` of /tmp/h76 (gone). Writes: only this file and its JSONL in /work/sealed76/
(earlier_registers.txt and make_heldout_75.py left as they were); temporary blocks, scripts and
output under /tmp/h76/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 75's main() and checks: only the substitutions listed above (file names, sets 1-75
for the duplicate check, sets 19-75 for the register check). Set 75 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 75 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-75 from router_heldout;
make_heldout_75.py also lies next to this file and is then the copy used) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 75's as copied;
ruff format may have changed layout only. All of set 75's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by a plain date one-liner and a date word
problem), unit_r() with close_enough_at_2dp(), say() (used by sayw()), sayw() (used ten times, in
date word problems, for stated weekdays), sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not
used here). Added, newly written: money() (asserts whole pence; every calculator money answer
passes through it), MM, CM, KM, G, HA, LITRE, SQMI, MIN_S and HOUR_S, with asserts on CM, MM, KM,
G, SQFT, CUFT, HA/ACRE, SQMI, MPH, LITRE and KMH; the register constants and the REGISTERS tuple
(sorted by value, asserted 25 and distinct); an assert that the square-root one-liner's radicand is
a perfect square; an assert that the mustard tins problem's tin count is not whole (it asks for
full tins, rounded down); the ORDINARY, NEAR and CONVS tables; and this set's own asserts: the
ORDINARY table is keyed by exactly the REGISTERS, in REGISTERS order, four each; NEAR has 65
entries and CONVS 35, each with distinct families, all "near-..." and "conv-..." respectively; the
positive registers of each tool are exactly the REGISTERS, with 31 register word problems per tool;
193 items lie in the registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18
registers have four positives and 7 have three; every negative outside the registers is a near-...
or conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 75's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 75's, copied (P = "plain" is copied too, as the
last line of the first block). Set 75's docstring (within lines 1-485) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance an exchange
rate, gallons, tons, mpg, calories, a shoe size, working days, a month added to the 31st, a
leap-day anniversary, sunrise, a full moon, a time zone, software versions, implied multiplication,
percentage points, VAT rules, a grid reference, a BMI judgement, a tip, wind chill, an operator, an
invented unit, swapped operators, a decimal comma, modular arithmetic, an input or output base, a
season's week numbering, a relative "D-day" date notation, slang amounts, a VAT-inclusive pricing
convention, a scoring rule, Roman numerals, verse, JSON output, rounding to 5p, significant
figures, a target unit, a fixed currency rate, month-first date order, date wording, fraction form
and a persona). All of set 75's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it; some are of neighbouring fields judged
to be different trades: the airport de-icing crew next to the airport baggage hall supervisor, the
airfield fuel bowser operator and the aircraft maintenance hangar; the ambulance control room
dispatcher next to the patient transport service planner and the minicab office dispatcher; the
assay office hallmarking counter next to the high street jeweller repairs and the coin dealer; the
bailiff enforcement agent next to the debt advice service and the parking enforcement officer; the
bog snorkelling championship next to the cold water swimming club and the charity run; the china
clay pit foreman next to the slate quarry and the brickworks kiln yard; the cosplay convention prop
maker next to the fancy dress hire shop and the theatrical wigmaker; the fountain pen nib repairer
next to the quill pen cutter and the vintage typewriter repairer; the herbarium specimen curator
next to the seed bank and the museum conservator loan register; the jury summoning office next to
the court stenographer and the paralegal court filing desk; the meteorite dealer stand next to the
fossil preparator and the coin dealer; the moth trapping recorder next to the bat survey ecologist
and the bird ringing group; the motorway services duty manager next to the motorway traffic
management crew and the petrol station forecourt kiosk; the mustard mill grinding room next to the
heritage windmill miller and the spice importer warehouse; the ostrich farm hatchery next to the
egg farm, the oyster hatchery and the alpaca farms; the pencil factory finishing line next to the
stationery shop counter and the art supplies shop; the prosthetic limb fitting centre next to the
mobility aids showroom and the physio clinic; the real tennis court professional next to the tennis
club junior coaching and the squash club ladder; the seismograph station technician next to the
weather spotter station and the instrument calibration laboratory; the speedcubing competition
delegate next to the chess congress arbiter and the scrabble club tournament; the steel pan
orchestra arranger next to the brass band and the rock band; the street naming and numbering
officer next to the parish council clerk and the planning permission consultant; the textile
dyehouse colour kitchen next to the hosiery knitting mill and the handloom weavers; the tyre
retreading plant next to the mobile tyre fitter van; the underwater hockey club next to the field
hockey club and the water polo club; the judgement of "different topic" is this writer's. At the
edges of the allowed ranges: line 485 is P = "plain", 788, 1052 and 1358 are section headers, 2173
opens the stated-weekday check and 2396 is the call of main(). No query text of any earlier set was
seen: main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; three items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 75 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an operator, a function, letter
values, slang amounts, invented units, swapped operators, a relative shift clock, a decimal comma,
modular arithmetic, an input base (hexadecimal), a season's week numbering, a court term's
Wednesday-start week numbering, a relative "D-day" date notation, a VAT-inclusive pricing
convention, a scoring rule for a DNF, league points with a bonus, a numbering of pencil grades,
percentage points or a check digit to ignore are negatives because the notation or convention is
set up in an earlier turn (an octal output base, JSON output and a persona by a system turn); one
conversation spreads its figures over two user turns before asking. Some conversations (Roman
numerals, Spanish, a haiku, JSON output, rounding to 5p, significant figures, a target unit of
feet, stones and pounds as a target unit, a fixed currency rate, month-first date order, date
wording, fraction form, a persona set by a system turn) end in a user turn that could be computed
alone, or nearly; they are negatives, as in set 75, because the earlier turn changes what a right
answer looks like. Some near-positives depend on the current date or current figures (an age from a
stated birth date, sleeps until a named day with no year, a tyre's age from its DOT week code,
whether a juror born on a stated date is too old, today's value of a 1965 sum, the current exchange
rate, gold price, meteorite price, share price, diesel price, juror's loss-of-earnings rate and the
current world record), one asks for a month added to the 31st, one for the first birthday of a
leap-day chick, one for working days in a stated span, one for Christmas Day's weekday with no
year, one for hours worked across the clock change, one each for sunrise, a full moon, a frost
forecast and a time in another time zone; they are negatives, with no "now" field. Near-positives
also ask for conversions in gallons, tons, mpg and fluid ounces, for calories and "human years" of
an ostrich, a ring size, a shoe size, a Beaufort force as km/h, a tyre load index, a hallmark date
letter, a size code, a label ratio, pencil grades subtracted, a real tennis chase, a washfastness
grade, a Pantone colour, nib widths, a herbarium label's Roman month, a grid reference, a postcode
and a motorway junction distance, a felt earthquake, the positions of a cube, the Scoville rating
of mustard, silver standards, an ambulance response target, drivers' hours, a sheriff officer's fee
in Scotland, VAT on a prosthesis, percentage points, interest of unstated kind, a wind chill, a BMI
judgement, a tip, an odd penny, an egg equivalence, a vague depth, a bpm without a time signature,
a speedcubing average with two DNFs, version ordering, spreadsheet rounding and implied
multiplication. No positive depends on a looked-up figure: every rate, price, fee and discount is
given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks and all of this set's own asserts passed on every run that reached them;
money()'s and date_item()'s asserts never failed. The first run of run.sh had two failures. First,
`ruff check --no-cache` reported two ISC004 errors (implicitly concatenated two-line strings as
user turns inside the CONVS tuples: the parade countdown and the court term weeks), read by a `head
-30` of ruff.txt; an inline script wrapped both strings in parentheses, and ruff check passed on
every later run (ruff format ran without error every time). Second, unit_r()'s close_enough_at_2dp
assert failed for the clay pit's slurry pipeline (3.6 km in miles rounds at two decimals outside
the 1e-3 tolerance); a `sed -i` changed the length to 5.2 km. The next run failed the same assert
for the underwater hockey puck's weight in pounds (1.3 kg); a system `python3` one-liner printed
the two-decimal rounding error of seven candidate masses, and a `sed -i` changed it to 1.33 kg. The
next run reached the duplicate check, which reported three items by id as repeats of earlier
queries or user turns: the square-root calculator one-liner, the feet-and-inches-to-centimetres
unit one-liner and the VAT-inclusive conversation (both of its user turns were reworded, with a new
price); an inline script reworded all three with new figures (a new perfect square, 5 feet 10.5
inches), without the earlier queries being looked at, after which every check passed. Then the
count of lines over 99 characters listed seven lines of this set's own (two unit word problems
joined onto one line by ruff format, two ordinary negatives and three conversation user turns); an
inline script shortened or re-split all seven, run.sh ran and passed every check, and the same
count found no line over 99 characters. Every later run passed every check.

Registers (families), 25, new: airport_de_icing_crew, ambulance_control_room_dispatcher,
assay_office_hallmarking_counter, bailiff_enforcement_agent_visits, bog_snorkelling_championship,
china_clay_pit_foreman, cosplay_convention_prop_maker, fountain_pen_nib_repairer,
herbarium_specimen_curator, jury_summoning_office, meteorite_dealer_stand, moth_trapping_recorder,
motorway_services_duty_manager, mustard_mill_grinding_room, ostrich_farm_hatchery,
pencil_factory_finishing_line, prosthetic_limb_fitting_centre, real_tennis_court_professional,
seismograph_station_technician, speedcubing_competition_delegate, steel_pan_orchestra_arranger,
street_naming_and_numbering_officer, textile_dyehouse_colour_kitchen, tyre_retreading_plant,
underwater_hockey_club. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem:
bailiff_enforcement_agent_visits, cosplay_convention_prop_maker, motorway_services_duty_manager,
mustard_mill_grinding_room, pencil_factory_finishing_line, tyre_retreading_plant; a second unit
word problem: airport_de_icing_crew, china_clay_pit_foreman, meteorite_dealer_stand,
seismograph_station_technician, textile_dyehouse_colour_kitchen, underwater_hockey_club; a second
date word problem: ambulance_control_room_dispatcher, herbarium_specimen_curator,
jury_summoning_office, ostrich_farm_hatchery, prosthetic_limb_fitting_centre,
real_tennis_court_professional). The seven registers with three positives are
assay_office_hallmarking_counter, bog_snorkelling_championship, fountain_pen_nib_repairer,
moth_trapping_recorder, speedcubing_competition_delegate, steel_pan_orchestra_arranger and
street_naming_and_numbering_officer. Positives are one-liners (family "plain") or word problems of
one to three sentences, mostly UK usage with £ and pence, stone and pounds, feet, inches, yards and
miles (on land), and a few other touches (a ramp temperature in Fahrenheit, a dyebath and a seismic
vault in Celsius, GiB to MiB, bar to psi, a van's load space and a dye vat in cubic feet, a
meteorite density in pounds per cubic foot, a cube's volume in cubic inches, a settling tank in
hectares, a coach park in acres, a stone's speed in revolutions per minute, speeds in mph and km/h
both ways), some chatty, terse or lower-case, with questions at the start or the end, statements to
complete, and unit questions with the target unit first. No positive conversations. No dosing in
positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 75: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
appear only as a stated quantity in one calculator problem), hundredweights, barrels, mpg,
calories, horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and summer time,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence (asserted by money()). Week counts are asserted to be
whole weeks; day counts are the difference of the two dates (queries are worded as N days or weeks
after or before a stated date, how many days from one date to another, how many days between two
dates, how many days a pen was away, one span counting both its first and last day, day 150 of a
contract counting its first day as day 1, a date 17, 19, 28, 42, 45, 75, 90, 120, 250 and 1,000
days after or before a date, the 10th of blocks every 8 days, the 12th of sessions every fifth
night, the 7th of refreshes every 10 days, the 6th of reviews every 3 weeks, the 9th of games every
other Thursday, the last of 24 weekly payments, a dryer run of 52 hours from a stated morning, 2
weeks and 3 days after a date, the second Tuesday, third Sunday, last Monday or last Friday of a
stated month and year); ages are in whole years from a stated birth date to a stated date, and
clock spans run from one stated time to the next occurrence of the other (three cross midnight,
saying "the next morning" or "the following morning"). Every rounded unit result stays within its
1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 75):
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

Run: python3 make_heldout_76.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-17.jsonl"
PREFIX = "ho76-"
# earlier generators: sets 1-75 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 76))
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
    "make_heldout_75.py",
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


# the 25 registers of this set (families of their positives and ordinary negatives)
DEICE = "airport_de_icing_crew"
AMBU = "ambulance_control_room_dispatcher"
ASSAY = "assay_office_hallmarking_counter"
BAIL = "bailiff_enforcement_agent_visits"
BOG = "bog_snorkelling_championship"
CLAY = "china_clay_pit_foreman"
COSP = "cosplay_convention_prop_maker"
PEN = "fountain_pen_nib_repairer"
HERB = "herbarium_specimen_curator"
JURY = "jury_summoning_office"
METEOR = "meteorite_dealer_stand"
MOTH = "moth_trapping_recorder"
MWAY = "motorway_services_duty_manager"
MUST = "mustard_mill_grinding_room"
OSTR = "ostrich_farm_hatchery"
PENCIL = "pencil_factory_finishing_line"
PROST = "prosthetic_limb_fitting_centre"
RTEN = "real_tennis_court_professional"
SEIS = "seismograph_station_technician"
CUBE = "speedcubing_competition_delegate"
PAN = "steel_pan_orchestra_arranger"
STREET = "street_naming_and_numbering_officer"
DYE = "textile_dyehouse_colour_kitchen"
TYRE = "tyre_retreading_plant"
UWH = "underwater_hockey_club"
REGISTERS = (
    DEICE, AMBU, ASSAY, BAIL, BOG, CLAY, COSP, PEN, HERB, JURY, METEOR, MOTH, MWAY,
    MUST, OSTR, PENCIL, PROST, RTEN, SEIS, CUBE, PAN, STREET, DYE, TYRE, UWH,
)  # fmt: skip
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# --- calculator one-liners (family "plain")
calc(P, "What is 17.5% of 2,364?", pct("17.5") * 2364)
calc(P, "3847 x 29", 3847 * 29)
assert 123 * 123 == 15129
calc(P, "Square root of 15,129 (it's a perfect square)?", 123)
calc(P, "(418 - 137) * 6.5 = ?", (418 - 137) * dec("6.5"))
calc(P, "Work out 9,387 divided by 4.5 for me please", F(9387) / dec("4.5"))
calc(P, "what's 4.6 squared plus 13.9", dec("4.6") ** 2 + dec("13.9"))
calc(P, "Take 12% off £86.50. What do I pay?", money(dec("86.50") * (1 - pct(12))))
calc(
    P,
    "£413.65 before VAT; add VAT at 20% and give me the gross figure",
    money(dec("413.65") * dec("1.2")),
)
calc(P, "35 per cent of 1,260 is", pct(35) * 1260)
calc(P, "63 is what percentage of 84?", F(63, 84) * 100)
calc(
    P,
    "Mean of 14.2, 17.8, 9.6 and 21.4?",
    (dec("14.2") + dec("17.8") + dec("9.6") + dec("21.4")) / 4,
)
calc(P, "2 to the power 13, minus 5 to the power 4", 2**13 - 5**4)
calc(P, "One eighth plus three fifths, as a decimal", F(1, 8) + F(3, 5))
calc(P, "Split £1,240 in the ratio 3:5. How much is the larger share?", money(F(1240) * 5 / 8))

# --- calculator word problems in the registers (25, then six second ones)
calc(
    DEICE,
    "We sprayed 640 litres of Type I fluid on one aircraft. Fluid is billed at £3.85 a litre "
    "plus a 12% handling charge on top. What does the airline get invoiced?",
    money(640 * dec("3.85") * dec("1.12")),
)
calc(
    AMBU,
    "Control took 2,736 emergency calls last week and 37.5% were category 1. "
    "How many category 1 calls was that?",
    pct("37.5") * 2736,
)
calc(
    ASSAY,
    "Hallmarking is £1.35 an item plus a flat £12 submission charge per parcel. A "
    "jeweller sends one parcel of 48 silver rings - total charge?",
    money(48 * dec("1.35") + 12),
)
calc(
    BAIL,
    "debt on the warrant is £1,846. add the £75 compliance fee and the £235 enforcement "
    "fee, plus 7.5% of the part of the debt above £1,500. total owed?",
    money(1846 + 75 + 235 + pct("7.5") * (1846 - 1500)),
)
calc(
    BOG,
    "146 snorkellers entered at £18.50 each. We paid £200 to hire the bog and pass £3 of "
    "every entry to the air ambulance. How much is left for the committee?",
    money(146 * dec("18.50") - 200 - 146 * 3),
)
calc(
    CLAY,
    "Shipped 3,420 tonnes of china clay at £27.40 a tonne; the buyer takes a 2.5% "
    "settlement discount. Net amount received?",
    money(3420 * dec("27.40") * (1 - pct("2.5"))),
)
calc(
    COSP,
    "Order for a suit of armour: 14 sheets of EVA foam at £6.80 and 4 tubes of contact "
    "cement at £9.45, with 15% off the whole basket. What's the bill?",
    money((14 * dec("6.80") + 4 * dec("9.45")) * (1 - pct(15))),
)
calc(
    PEN,
    "Quote for a customer: three nib regrinds at £24 each, two converters at £7.50, one "
    "sac replacement at £18, and return postage of £4.95. Total please",
    money(3 * 24 + 2 * dec("7.50") + 18 + dec("4.95")),
)
calc(
    HERB,
    "Mounting paper comes in packs of 250 sheets at £38.75 a pack. We need exactly 1,750 "
    "sheets for the new accessions. Cost?",
    money(F(1750, 250) * dec("38.75")),
)
calc(
    JURY,
    "A juror sat for 8 days. Loss of earnings is paid at £64.95 a day, and mileage at 31p "
    "a mile for a 23-mile journey each way every day. What is the full claim?",
    money(8 * dec("64.95") + 8 * 2 * 23 * dec("0.31")),
)
calc(
    METEOR,
    "How much for a 38.4 g slice of stony meteorite priced at £2.75 a gram, after my 10% "
    "fair discount?",
    money(dec("38.4") * dec("2.75") * (1 - pct(10))),
)
calc(MOTH, "Our light trap caught 1,284 moths over 16 nights. Average per night?", F(1284, 16))
calc(
    MWAY,
    "Forecourt sales for the day: 18,460 litres of diesel at 148.9p per litre. What's the "
    "takings in pounds?",
    money(18460 * dec("1.489")),
)
_tins = F(640) * pct(72) * 1000 / 250
assert _tins.denominator != 1
calc(
    MUST,
    "We're milling 640 kg of seed and 72% of it comes out as flour. How many 250 g tins "
    "can we fill completely?",
    math.floor(_tins),
)
calc(
    OSTR,
    "The incubator takes 36 ostrich eggs and we expect 75% to hatch. At £85 a chick, what "
    "does one full incubator bring in?",
    money(36 * pct(75) * 85),
)
calc(
    PENCIL,
    "Line output is 1,440 pencils an hour over a 7.5-hour shift, and they're boxed by "
    "the dozen. Boxes per shift?",
    1440 * dec("7.5") / 12,
)
calc(
    PROST,
    "Socket £1,480, liner £265, prosthetic foot £2,150. The charity covers 65% of the "
    "total. What does the patient pay?",
    money((1480 + 265 + 2150) * (1 - pct(65))),
)
calc(
    RTEN,
    "Court hire £28 an hour plus £12 an hour for the marker, a 1.5-hour game, split "
    "equally between the two players. Each pays?",
    money((28 + 12) * dec("1.5") / 2),
)
calc(
    SEIS,
    "The outstation draws a steady 2.4 W and the battery bank stores 4.8 kWh. How many "
    "hours does a full bank last?",
    F(4800) / dec("2.4"),
)
calc(
    CUBE,
    "Average of five: 9.84, 11.22, 10.38, 12.90, 8.76 seconds. Drop the best and the "
    "worst and take the mean of the middle three - what's the result?",
    (dec("9.84") + dec("11.22") + dec("10.38")) / 3,
)
calc(
    PAN,
    "Twelve tenor pans at £1,850 each, an 8% education discount, paid in 4 equal "
    "instalments. How big is each instalment?",
    money(12 * 1850 * (1 - pct(8)) / 4),
)
calc(
    STREET,
    "Naming and numbering charge: £95 for the first plot and £42 for each further plot. "
    "A development has 37 plots. Fee?",
    money(95 + 36 * 42),
)
calc(
    DYE,
    "Recipe is 2.5% dye on weight of fibre and we have 38 kg of wool. Grams of dye powder needed?",
    pct("2.5") * 38 * 1000,
)
calc(
    TYRE,
    "Cost build-up per retread: casing £38, 11.4 kg of tread rubber at £4.25/kg, "
    "labour £26.50. Total cost per tyre?",
    money(38 + dec("11.4") * dec("4.25") + dec("26.50")),
)
calc(
    UWH,
    "Pool hire is £96 an hour and we train 1.5 hours a week. With 18 players splitting it "
    "evenly, what does each pay per week?",
    money(96 * dec("1.5") / 18),
)
calc(
    BAIL,
    "He's agreed to clear £962.40 with equal weekly payments of £40.10. How many weeks "
    "will that take?",
    dec("962.40") / dec("40.10"),
)
calc(
    COSP,
    "Commission quote: 28 hours at £22.50 plus £143.60 in materials, and I ask for a 40% "
    "deposit. How much is the deposit?",
    money((28 * dec("22.50") + dec("143.60")) * pct(40)),
)
calc(
    MUST,
    "A jar sells at £3.20 wholesale. Ingredients cost £1.15, the jar 38p and the label "
    "12p. Gross margin on 2,400 jars?",
    money((dec("3.20") - dec("1.15") - dec("0.38") - dec("0.12")) * 2400),
)
calc(
    PENCIL,
    "Each cedar slat makes 9 pencils and costs £0.064. What does the cedar cost for a "
    "run of 45,000 pencils?",
    money(F(45000, 9) * dec("0.064")),
)
calc(
    TYRE,
    "Our haulier runs 24 lorries with 6 drive tyres each. Retreading costs £165 a tyre "
    "against £420 for new. Total saving if every drive tyre is retreaded instead of replaced?",
    money(24 * 6 * (420 - 165)),
)
calc(
    MWAY,
    "We sold 1,350 coffees at £3.45, and 22% of them had oat milk at 45p extra. What "
    "did coffee take in total?",
    money(1350 * dec("3.45") + 1350 * pct(22) * dec("0.45")),
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
assert CM == dec("0.01") and MM * 1000 == 1 and KM == 1000 and G * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQMI == dec("2589988.110336")
assert MPH == dec("0.44704") and LITRE * 1000 == 1 and abs(KMH * 36 - 10) == 0

# --- unit one-liners (family "plain")
unit(P, "Convert 5 feet 10.5 inches into centimetres", (5 * FT + dec("10.5") * IN) / CM, EXACT)
unit(P, "Convert 163.4 °F to Celsius.", f_to_c(dec("163.4")), EXACT)
unit(P, "How many square feet are there in 0.75 of an acre?", dec("0.75") * ACRE / SQFT, EXACT)
unit_r(P, "96 km/h in mph?", 96 * KMH / MPH)
unit_r(P, "11 stone 6 lb in kilograms", 11 * STONE + 6 * LB)
unit_r(P, "4.2 bar expressed in psi", dec("4.2") * BAR / PSI)
unit_r(P, "cubic feet in 2.5 cubic metres", dec("2.5") / CUFT)
unit(P, "3.5 GiB is how many MiB?", dec("3.5") * GIB / MIB, EXACT)
unit(P, "1,450 square metres - what is that in hectares?", F(1450) / HA, EXACT)
unit_r(P, "How many yards is 400 metres?", F(400) / YD)
unit_r(P, "58 kg to pounds", 58 / LB)
unit(P, "Express 63 km/h in metres per second", 63 * KMH, EXACT)
unit_r(P, "In square kilometres, how big is 14 square miles?", 14 * SQMI / (KM * KM))
unit(P, "8 hours 45 minutes in seconds", 8 * HOUR_S + 45 * MIN_S, EXACT)

# --- unit word problems in the registers (25, then six second ones)
unit(
    DEICE,
    "Ramp temperature is -7 °C and the fluid chart on the rig is in Fahrenheit. What "
    "does -7 °C read as in °F?",
    c_to_f(-7),
    EXACT,
)
unit_r(
    AMBU,
    "Crew says the patient is about 16 st 3 lb. What's that in kg for the bariatric "
    "stretcher check?",
    16 * STONE + 3 * LB,
)
unit_r(
    ASSAY,
    "A silver tray for marking measures 18 by 12 inches. Its area in square centimetres?",
    18 * IN * 12 * IN / (CM * CM),
)
unit_r(
    BAIL,
    "Our removal van has 11.2 cubic metres of load space. How many cubic feet is that?",
    dec("11.2") / CUFT,
)
unit(
    BOG, "The bog trench is 60 yards long, end to end. How long is that in metres?", 60 * YD, EXACT
)
unit_r(CLAY, "Slurry pipeline, pit to dries: 5.2 km. Miles?", dec("5.2") * KM / MI)
unit(COSP, "Helmet pattern says head circumference 23 inches - in cm?", 23 * IN / CM, EXACT)
unit(PEN, "Pen case is 14.5 inches long. In centimetres?", dec("14.5") * IN / CM, EXACT)
unit_r(
    HERB,
    "An old herbarium sheet measures 16.5 in by 11.5 in. What is its area in square centimetres?",
    dec("16.5") * IN * dec("11.5") * IN / (CM * CM),
)
unit_r(
    JURY,
    "A juror drives 27 miles each way for five days. How many kilometres in total is that?",
    27 * 2 * 5 * MI / KM,
)
unit_r(METEOR, "My iron meteorite weighs 5.6 kg. Pounds?", dec("5.6") / LB)
unit_r(MOTH, "Wingspan of this hawk-moth specimen: 62 mm. What is it in inches?", 62 * MM / IN)
unit_r(
    MWAY,
    "The overflow coach park is 2.3 hectares; the landlord's plan is in acres. How many acres?",
    dec("2.3") * HA / ACRE,
)
unit(
    MUST,
    "The stone runs at 2.5 revolutions a second. Revolutions per minute?",
    dec("2.5") * MIN_S,
    EXACT,
)
unit_r(OSTR, "An ostrich can sprint at 70 km/h. In mph that's?", 70 * KMH / MPH)
unit(
    PENCIL,
    "Our standard pencil is 7.5 inches long before sharpening. Length in mm?",
    dec("7.5") * IN / MM,
    EXACT,
)
unit(
    PROST,
    "Residual limb length measured at 14.25 inches. Convert to centimetres for the socket form.",
    dec("14.25") * IN / CM,
    EXACT,
)
unit(RTEN, "A real tennis court is about 110 feet long. Give that in metres.", 110 * FT, EXACT)
unit(SEIS, "The drum pen moved 0.25 inch. In millimetres?", dec("0.25") * IN / MM, EXACT)
unit_r(CUBE, "A big 57 mm cube: what is its volume in cubic inches?", (57 * MM) ** 3 / IN**3)
unit(
    PAN,
    "The bass drum head is 22.5 inches across. How many centimetres?",
    dec("22.5") * IN / CM,
    EXACT,
)
unit_r(
    STREET,
    "The new road will be 0.85 miles long; the schedule wants metres. Metres?",
    dec("0.85") * MI,
)
unit_r(
    DYE,
    "The big dye vat holds 1,800 litres. What is its capacity in cubic feet?",
    1800 * LITRE / CUFT,
)
unit_r(
    TYRE,
    "Truck casing inflation is 8.3 bar; the customer wants psi. Convert.",
    dec("8.3") * BAR / PSI,
)
unit_r(UWH, "Deep end of our pool is 2.4 m. How deep in feet?", dec("2.4") / FT)
unit_r(DEICE, "The boom's wind limit is 38 mph. What's that in km/h?", 38 * MPH / KMH)
unit(CLAY, "Settling tank: 90 m by 45 m. Area in hectares?", F(90 * 45) / HA, EXACT)
unit(DYE, "Hold the dyebath at 185 °F - what's that in Celsius?", f_to_c(185), EXACT)
unit_r(
    METEOR,
    "Iron meteorites run about 7,800 kg per cubic metre. What is that in pounds per cubic foot?",
    7800 * CUFT / LB,
)
unit_r(SEIS, "The vault sits at a constant 54 °F. In degrees Celsius?", f_to_c(54))
unit_r(UWH, "Our puck is 1.33 kg. What does it weigh in pounds?", dec("1.33") / LB)

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


# --- date one-liners (family "plain")
date_item(P, "What day of the week was 19 August 1987?", weekday(D(1987, 8, 19)))
date_item(P, "date 250 days after 3 March 2031", D(2031, 3, 3) + TD(days=250))
date_item(
    P,
    "How many days are there from 14 February 2029 to 30 November 2029?",
    days(D(2029, 2, 14), D(2029, 11, 30)),
)
date_item(P, "2 January 2040 falls on which weekday?", weekday(D(2040, 1, 2)))
date_item(P, "What was the date 12 weeks before 7 October 2033?", D(2033, 10, 7) - TD(weeks=12))
date_item(P, "Minutes from 21:40 to 06:15 the next morning?", clock_span("21:40", "06:15", 60))
date_item(
    P,
    "Someone born on 23 November 1968 - how old are they on 1 June 2035?",
    age(D(1968, 11, 23), D(2035, 6, 1)),
)
date_item(
    P,
    "How many whole weeks from 5 April 2032 to 27 September 2032?",
    weeks(D(2032, 4, 5), D(2032, 9, 27)),
)
date_item(P, "1,000 days after 10 May 2029 is what date?", D(2029, 5, 10) + TD(days=1000))
date_item(P, "Date of the last Friday in October 2034", nth_weekday(2034, 10, FRI, -1))
date_item(P, "second Tuesday of March 2030?", nth_weekday(2030, 3, TUE, 2))
date_item(
    P,
    "Counting both the first and the last day, how many days from 31 December 2029 to "
    "1 March 2030?",
    days(D(2029, 12, 31), D(2030, 3, 1)) + 1,
)
date_item(P, "90 days before 15 January 2031 was", D(2031, 1, 15) - TD(days=90))
date_item(P, "How many minutes from 07:25 to 16:50?", clock_span("07:25", "16:50", 60))

# --- date word problems in the registers (25, then six second ones)
date_item(
    DEICE,
    "Our de-icing contract starts on 1 November 2030 and that counts as day 1. "
    "What's the date of day 150?",
    D(2030, 11, 1) + TD(days=149),
)
_ab = D(2031, 3, 3)
date_item(
    AMBU,
    f"Rota blocks start every 8 days; the first block starts {sayw(_ab)}. On what "
    "date does the 10th block start?",
    _ab + TD(days=8 * 9),
)
_as = D(2030, 9, 10)
date_item(
    ASSAY,
    f"A parcel came in on {sayw(_as)} and went back 17 days later. Date it went back?",
    _as + TD(days=17),
)
_bl = D(2031, 7, 4)
date_item(
    BAIL,
    f"24 weekly payments, the first on {sayw(_bl)}. When is the last payment due?",
    _bl + TD(weeks=23),
)
date_item(
    BOG,
    "The championship is always on the last Monday in August. What date is that in 2032?",
    nth_weekday(2032, 8, MON, -1),
)
_cl = D(2031, 2, 17)
date_item(
    CLAY,
    f"The dryer started at 06:30 on {sayw(_cl)} and runs for 52 hours. On what date "
    "does it finish?",
    (DT.combine(_cl, dt.time(6, 30)) + TD(hours=52)).date(),
)
date_item(
    COSP,
    "The convention opens 14 November 2031 and the build needs 45 days. If I start "
    "exactly 45 days before opening, what's my start date?",
    D(2031, 11, 14) - TD(days=45),
)
date_item(
    PEN,
    "pen posted to me 3 February 2032, back with the owner 18 March 2032. how many "
    "days was it away?",
    days(D(2032, 2, 3), D(2032, 3, 18)),
)
date_item(
    HERB,
    "A sheet was collected on 12 May 1884. How many full years old is it on 12 May 2034?",
    age(D(1884, 5, 12), D(2034, 5, 12)),
)
_jy = D(2031, 9, 15)
date_item(
    JURY,
    f"Summonses go out 8 weeks before service begins. Service begins {sayw(_jy)}. Posting date?",
    _jy - TD(weeks=8),
)
date_item(
    METEOR,
    "It fell on 23 April 1965 and I'm showing it at a fair on 23 April 2035. How "
    "many days between those two dates?",
    days(D(1965, 4, 23), D(2035, 4, 23)),
)
_mt = D(2031, 5, 3)
date_item(
    MOTH,
    f"I run the trap every fifth night, starting {sayw(_mt)}. Date of the 12th session?",
    _mt + TD(days=5 * 11),
)
date_item(
    MWAY,
    "Night shift: 22:00 until 07:30 the following morning. How many minutes is that?",
    clock_span("22:00", "07:30", 60),
)
date_item(
    MUST,
    "A batch put down to mature on 4 October 2031 needs 75 days. When is it ready?",
    D(2031, 10, 4) + TD(days=75),
)
_os = D(2032, 4, 6)
date_item(
    OSTR,
    f"Ostrich eggs take 42 days. We set a tray on {sayw(_os)}. Expected hatch date?",
    _os + TD(days=42),
)
_pc = D(2030, 1, 16)
date_item(
    PENCIL, f"Order placed {sayw(_pc)}; lead time is 19 days. Dispatch date?", _pc + TD(days=19)
)
_pr = D(2031, 6, 9)
date_item(
    PROST,
    f"Reviews every 3 weeks, first one {sayw(_pr)}. When is the 6th review?",
    _pr + TD(weeks=15),
)
date_item(
    RTEN,
    "The club championship final is on the third Sunday of June 2033. Which date?",
    nth_weekday(2033, 6, SUN, 3),
)
date_item(
    SEIS,
    "Which day of the week was 17 January 1995, the day of the Kobe earthquake?",
    weekday(D(1995, 1, 17)),
)
date_item(
    CUBE,
    "Registration opens 9 July 2031 and the competition is 2 weeks and 3 days after "
    "that. Competition date?",
    D(2031, 7, 9) + TD(days=17),
)
date_item(
    PAN,
    "First rehearsal 6 January 2032, parade Monday 23 February 2032. Days between them?",
    days(D(2032, 1, 6), D(2032, 2, 23)),
)
date_item(
    STREET,
    "Objections close 28 days after the notice date of 11 March 2031. Closing date?",
    D(2031, 3, 11) + TD(days=28),
)
date_item(
    DYE,
    "Indigo vat set up on 21 March 2031 and refreshed every 10 days. Date of the 7th refresh?",
    D(2031, 3, 21) + TD(days=70),
)
date_item(
    TYRE,
    "Retread warranty runs 1,000 days from fitting on 14 August 2030. Expiry date?",
    D(2030, 8, 14) + TD(days=1000),
)
_uw = D(2031, 1, 9)
date_item(
    UWH,
    f"League games are every other Thursday from {sayw(_uw)}. Date of the 9th game?",
    _uw + TD(weeks=16),
)
date_item(
    AMBU,
    "Call logged at 23:48 and the crew cleared at 02:17 the next morning. How many "
    "minutes in total?",
    clock_span("23:48", "02:17", 60),
)
date_item(
    HERB,
    "Loaned specimens are due back 120 days after 9 September 2033. Due date?",
    D(2033, 9, 9) + TD(days=120),
)
date_item(JURY, "Court sits from 3 January 2033. What weekday is that?", weekday(D(2033, 1, 3)))
date_item(
    OSTR,
    "A chick hatched on 17 June 2030. How many weeks old is it on 2 September 2030?",
    weeks(D(2030, 6, 17), D(2030, 9, 2)),
)
date_item(
    PROST,
    "Patient born 8 December 1971. Age at the fitting on 15 March 2036?",
    age(D(1971, 12, 8), D(2036, 3, 15)),
)
date_item(RTEN, "Lesson booked 10:15 to 13:45. Minutes?", clock_span("10:15", "13:45", 60))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# --- ordinary negatives: four per register, advice, judgement, explanation or writing
ORDINARY = {
    DEICE: (
        "Why do we use Type IV fluid after the Type I spray rather than on its own?",
        "Write a short radio script for telling a pilot their holdover time has started.",
        "Is it safe to de-ice with the APU running? What do the crews usually do?",
        "How should I brief a new starter on working at height in the de-icing basket?",
    ),
    AMBU: (
        "How do I keep a caller calm while I talk them through CPR on their dad?",
        "What's the difference between a category 2 and category 3 call, in plain words?",
        "Draft a handover note for the night team about a hoax caller who keeps ringing.",
        "Any tips for coping after a really distressing call at the end of a long shift?",
    ),
    ASSAY: (
        "Why does a hallmark need a sponsor's mark as well as the fineness mark?",
        "A customer says her ring is 'gold filled' - can it be hallmarked as gold?",
        "Write a polite email telling a jeweller their parcel failed the assay.",
        "What is the history of the leopard's head mark?",
    ),
    BAIL: (
        "How should I handle a doorstep visit where the debtor says they're vulnerable?",
        "Can an enforcement agent force entry for a council tax debt? Explain the rules.",
        "Write a calm, clear letter offering a payment plan to someone behind on a fine.",
        "What goods are exempt from being taken control of?",
    ),
    BOG: (
        "What's a fun way to announce the fancy dress category over a crackly PA?",
        "Should we let snorkellers use conventional swimming strokes in the trench? Why not?",
        "Write a safety briefing for competitors in a peat bog, friendly but firm.",
        "How did bog snorkelling get started, as far as anyone knows?",
    ),
    CLAY: (
        "Why is kaolin from this area so white compared with other clays?",
        "How do I explain to the crew why we're pausing the monitor guns after heavy rain?",
        "Write a toolbox talk about working near the edge of a flooded pit.",
        "What are the main things that make one clay grade better for paper than porcelain?",
    ),
    COSP: (
        "What's the best way to seal EVA foam before painting it?",
        "Is it fine to sell commissions of a character from a film I don't own the rights to?",
        "Write a product description for a hand-made winged helmet prop.",
        "How do I make a prop sword that passes a convention weapons check?",
    ),
    PEN: (
        "Why is my customer's italic nib skipping on the downstrokes?",
        "Is it worth restoring a lever-filler with a cracked barrel, or should I advise against?",
        "Write a care card to send back with a freshly reground nib.",
        "What makes a flexible nib different from a soft nib?",
    ),
    HERB: (
        "How should I store old sheets that might have been treated with mercuric chloride?",
        "Write a label caption explaining why this pressed orchid is a type specimen.",
        "What's the etiquette for asking another herbarium to loan a type specimen?",
        "Is it better to freeze new accessions or to use a pesticide against beetles? Why?",
    ),
    JURY: (
        "What should I tell someone who asks to be excused because of a planned holiday?",
        "Write a plain-English reminder letter for jurors about bringing ID.",
        "Why are jurors chosen at random from the electoral register?",
        "How do I handle a caller who is angry that they've been summoned twice?",
    ),
    METEOR: (
        "How can a buyer tell a real iron meteorite from slag?",
        "Write a label for a lunar meteorite slice that's exciting but honest.",
        "Is it legal to sell a meteorite that fell in Morocco, and what paperwork should I have?",
        "Why do iron meteorites show a Widmanstatten pattern when etched?",
    ),
    MOTH: (
        "Which moths are likely in a suburban garden in late July?",
        "How do I tell a common marbled carpet from a dark marbled carpet?",
        "Write a short blog post about why moth recording matters.",
        "Is it cruel to keep moths in egg boxes overnight in the trap?",
    ),
    MWAY: (
        "How do I deal with a coach party that arrives when half the toilets are closed?",
        "Write a notice apologising that the hot food counter is shut overnight.",
        "What should I do if a lorry driver is found asleep in a car parking bay?",
        "Suggest ways to cut queues at the coffee bar on bank holiday weekends.",
    ),
    MUST: (
        "Why does English mustard get its heat from mixing with cold water?",
        "Write a friendly label blurb for a wholegrain mustard with ale.",
        "How should we control dust in the grinding room?",
        "Is brown or white mustard seed better for a hot, smooth mustard?",
    ),
    OSTR: (
        "Why might a batch of ostrich eggs fail to hatch in the last week?",
        "How do I explain to visitors why they can't feed the ostriches by hand?",
        "Write a safety note about handling adult ostriches in the breeding pens.",
        "What do ostrich chicks need in their first week?",
    ),
    PENCIL: (
        "Why are most pencils painted yellow?",
        "What's the difference between an HB and a 2B lead?",
        "Write a short piece for the factory tour explaining how the lead gets inside.",
        "Should we switch from cedar to basswood, and what would customers notice?",
    ),
    PROST: (
        "How do I reassure a new amputee who's scared of falling in the first fitting?",
        "Why might a socket that fitted well last month start rubbing now?",
        "Write an information leaflet on caring for a silicone liner.",
        "What are the pros and cons of a microprocessor knee for an active patient?",
    ),
    RTEN: (
        "Explain how a chase works in real tennis to a complete beginner.",
        "Write a welcome note for new members about court etiquette.",
        "Why is the real tennis ball so much harder than a lawn tennis ball?",
        "How do handicaps work in real tennis, roughly?",
    ),
    SEIS: (
        "Why does our seismometer pick up so much noise on windy days?",
        "What does the Richter scale measure, and why do people prefer moment magnitude now?",
        "Write a short explainer for a school visit about how seismographs work.",
        "How would I tell a quarry blast from a small natural earthquake on the trace?",
    ),
    CUBE: (
        "What's the fairest way to handle a competitor whose timer malfunctioned?",
        "Explain what a 'DNF' means in a results sheet to a parent.",
        "Write a welcome message for first-time competitors at our open.",
        "Is it worth learning full PLL before moving on from the beginner's method?",
    ),
    PAN: (
        "How do I arrange a calypso so the bass pans don't drown the melody?",
        "Why does a tenor pan go out of tune after a season on the road?",
        "Write a short programme note about the history of the steel pan.",
        "How should I split parts between the double seconds and the guitar pans?",
    ),
    STREET: (
        "Can a developer insist on a street name that honours a living person?",
        "Write a letter on why we've turned down 'Sunset Boulevard' as a cul-de-sac name.",
        "Why do councils often avoid naming houses with numbers like 13?",
        "What's the best way to number flats in a converted chapel?",
    ),
    DYE: (
        "Why did the madder on this batch come out brownish instead of red?",
        "Write instructions for the kitchen team on handling dye powders safely.",
        "What's the difference between a mordant and an assist?",
        "How can I get a more even shade on a mixed wool and silk yarn?",
    ),
    TYRE: (
        "Is it safe to retread a casing that has already been retreaded once?",
        "Write a customer notice explaining why we rejected their casings.",
        "Why are retreads banned on some front axles but not drive axles?",
        "What's the environmental case for retreading, in a few sentences?",
    ),
    UWH: (
        "How do I teach new players to equalise their ears while playing?",
        "Write an inviting post for the university freshers' fair about our club.",
        "Is it fair to let a player with a long glove keep it for a match?",
        "What formations work best for a team of six in the water?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)


# --- near-positive negatives: they look exact but need the language model
NEAR = (
    (
        "near-gallons",
        "How many gallons does our 9,000-litre glycol tank hold?",
        "US or imperial gallon not stated",
    ),
    (
        "near-exchange-rate",
        "A buyer in Lyon wants my £2,400 meteorite priced in euros. How much?",
        "needs the current exchange rate",
    ),
    (
        "near-date-letter",
        "The hallmark has a Birmingham anchor and a lower-case g. What year?",
        "date letters are a looked-up cycle, not arithmetic",
    ),
    (
        "near-dot-code-age",
        "Sidewall DOT code ends in 3422. How old is this casing?",
        "a week-year code, and the age needs the current date",
    ),
    (
        "near-tons",
        "We shipped 3,420 tonnes of clay. How many tons is that?",
        "short or long ton not stated",
    ),
    (
        "near-ring-size",
        "Customer's ring is a UK size N. What is that in US sizes?",
        "a size chart, not a formula",
    ),
    (
        "near-felt-quake",
        "A magnitude 3.1 at 40 km depth under the town: would people feel it?",
        "judgement about felt intensity",
    ),
    (
        "near-age-now",
        "Our patient was born 8 December 1971. How old is he?",
        "needs the current date",
    ),
    (
        "near-sleeps-until",
        "How many sleeps until the convention on 14 November?",
        "needs the current date and year",
    ),
    (
        "near-working-days",
        "How many working days are there between 3 March and 28 March 2031?",
        "bank holidays and working pattern unstated",
    ),
    (
        "near-month-add",
        "A summons is due one month after 31 January 2031. What date is that?",
        "a month after the 31st is ambiguous",
    ),
    (
        "near-leap-birthday",
        "A chick hatched on 29 February 2028. When is its first birthday?",
        "leap-day anniversary is a convention",
    ),
    (
        "near-postcode-distance",
        "How many miles is it from PL25 to TR1 for the clay lorry?",
        "postcode locations and road distance need lookup",
    ),
    (
        "near-world-record",
        "What's the current 3x3 single world record, and how far off it is 8.76?",
        "a current fact",
    ),
    (
        "near-chase-notation",
        "Marker called 'chase better than two'. Is that a point for me?",
        "real tennis notation and rules",
    ),
    (
        "near-label-ratio",
        "The jar says 'seed 1:3'. What percentage of the jar is seed?",
        "the ratio's meaning is ambiguous",
    ),
    ("near-pencil-grades", "What's 4H minus 2B?", "pencil grades are labels, not numbers"),
    (
        "near-tyre-size-code",
        "In 315/70 R22.5, is the 70 the sidewall height in millimetres?",
        "explaining a size code",
    ),
    (
        "near-calories",
        "How many calories does a two-length bog snorkel burn?",
        "no single answer; contested unit",
    ),
    (
        "near-bird-years",
        "Our breeding hen ostrich is 12. How old is that in human years?",
        "no defined conversion",
    ),
    (
        "near-shoe-size",
        "The prosthetic foot is 26 cm. What UK shoe size should the patient buy?",
        "size charts vary",
    ),
    (
        "near-fuel-price",
        "What are motorway services charging for diesel per litre at the moment?",
        "a current price",
    ),
    (
        "near-mpg",
        "Our coaches average 9 mpg. What is that in litres per 100 km?",
        "US or imperial mpg not stated",
    ),
    ("near-sunrise", "What time is sunrise at Heathrow on 3 January 2031?", "astronomical lookup"),
    (
        "near-time-zone",
        "A juror lands at 07:10 from Toronto. What time was it in Toronto then?",
        "time zones and summer time",
    ),
    (
        "near-full-moon",
        "Is there a full moon on 14 August 2031? The trap does badly then.",
        "an astronomical lookup",
    ),
    (
        "near-frost-forecast",
        "Will we need to de-ice at Gatwick at 5 am on Friday?",
        "a weather forecast",
    ),
    (
        "near-roman-month-label",
        "A label says 'fl. VII.1884'. Which month was it flowering?",
        "reading herbarium label notation",
    ),
    ("near-grid-reference", "Which village is nearest grid reference SX 020 530?", "a map lookup"),
    (
        "near-version-compare",
        "Is seismometer firmware 3.10 newer than 3.9?",
        "software version ordering, not decimals",
    ),
    (
        "near-spreadsheet-rounding",
        "Why does Excel give 3 for ROUND(2.5,0) but Python gives 2?",
        "explaining rounding conventions",
    ),
    (
        "near-implied-mult",
        "Settle an argument in the crew room: 6 ÷ 2(1+2) = ?",
        "ambiguous notation",
    ),
    (
        "near-percentage-points",
        "Hatch rate went from 62% to 71%. Can I say it rose by 9%?",
        "percentage points vs percent, a judgement",
    ),
    (
        "near-vat-rule",
        "Do I charge VAT on a £4,200 prosthetic leg for a private patient?",
        "a tax rule",
    ),
    (
        "near-scottish-fees",
        "What is the most a sheriff officer can charge for one visit in Scotland?",
        "a legal lookup",
    ),
    (
        "near-juror-rate",
        "How much can a juror claim for a full day's lost earnings at present?",
        "a current official rate",
    ),
    (
        "near-silver-standard",
        "Is 925 silver the same as Britannia silver?",
        "a fact about standards",
    ),
    (
        "near-gold-price",
        "What is 22 g of 9 carat scrap gold worth?",
        "needs the current gold price",
    ),
    (
        "near-meteorite-value",
        "What's a 1 kg Campo del Cielo iron worth these days?",
        "a market price",
    ),
    (
        "near-flat-numbering",
        "Should flat 2B be on the ground floor or the first floor?",
        "a naming convention judgement",
    ),
    (
        "near-bars-no-metre",
        "The calypso runs at 112 bpm. How long is a 32-bar chorus?",
        "time signature not given",
    ),
    (
        "near-dnf-average",
        "Solves: 9.84, DNF, 10.38, 12.90, DNF. What's my official average?",
        "competition rules decide",
    ),
    (
        "near-grey-scale",
        "Washfastness 4-5 against 3. How much better is that?",
        "a rating scale, not arithmetic",
    ),
    ("near-pantone", "What is Pantone 186 C in RGB for the club shirts?", "a colour lookup"),
    (
        "near-nib-widths",
        "Is a Japanese medium nib about the same as a German fine?",
        "a judgement about makers' sizes",
    ),
    (
        "near-response-target",
        "What's the category 2 mean response target in England?",
        "a policy fact",
    ),
    (
        "near-junction-distance",
        "We're at junction 14 of the M4. How far to junction 21?",
        "a map lookup",
    ),
    (
        "near-drivers-hours",
        "He's driven 4 h 30 and took a 30-minute break. Can he drive on?",
        "drivers' hours rules",
    ),
    ("near-tip", "What's a fair tip on a £46.80 meal for the crew?", "a judgement"),
    ("near-odd-penny", "We split £100 three ways. Who should get the extra penny?", "a judgement"),
    (
        "near-interest-kind",
        "£1,500 borrowed at 6% for 2 years. How much interest?",
        "simple or compound not stated",
    ),
    (
        "near-wind-chill",
        "It's -3 °C with a 25 mph wind on the apron. What does it feel like?",
        "wind chill formulas differ",
    ),
    (
        "near-bmi",
        "BMI of 27.4 with a below-knee prosthesis: is that a problem?",
        "a clinical judgement",
    ),
    (
        "near-egg-equivalence",
        "One ostrich egg is worth how many hen's eggs in a recipe?",
        "an approximation, not exact",
    ),
    (
        "near-vague-depth",
        "The trench is 'about waist deep'. How many centimetres is that?",
        "vague quantity",
    ),
    (
        "near-scoville",
        "How many Scoville units is English mustard?",
        "heat from isothiocyanates is not on the Scoville scale",
    ),
    ("near-cube-positions", "How many positions does a 3x3 cube have?", "a fact to recall"),
    (
        "near-juror-age-limit",
        "A man born 2 March 1949 got a summons. Is he too old to serve?",
        "rules plus the current date",
    ),
    ("near-christmas-weekday", "What day of the week is Christmas Day?", "year not stated"),
    (
        "near-clock-change-shift",
        "Shift 22:00 to 06:00 on the night the clocks go back: hours?",
        "depends on summer time rules",
    ),
    (
        "near-old-money",
        "What is £500 from 1965 worth in today's money?",
        "needs current inflation data",
    ),
    (
        "near-share-price",
        "We hold 340 Michelin shares. What are they worth?",
        "a current share price",
    ),
    (
        "near-fluid-ounces",
        "How many fluid ounces in a 500 mL bottle of mordant?",
        "US or imperial fluid ounce not stated",
    ),
    (
        "near-beaufort",
        "Gusts of force 7 on the apron: what's that in km/h?",
        "a Beaufort band, not one number",
    ),
    ("near-load-index", "Load index 156 on a truck tyre means how many kg?", "a lookup table"),
)
assert len(NEAR) == 65 and len({f for f, _q, _n in NEAR}) == 65
assert all(f.startswith("near-") for f, _q, _n in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# --- conversations: an earlier turn sets notation, context or the form of the answer
CONVS = (
    (
        "conv-star-operator",
        [
            (U, "For the pan arrangement maths, let a ★ b mean twice a plus b."),
            (A, "Got it: a ★ b = 2a + b."),
            (U, "So what's 7 ★ 4 for the riffs in bar 7?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-clutch-unit",
        [
            (U, "On our farm a 'clutch' always means 14 ostrich eggs, whatever nature says."),
            (A, "Understood, a clutch is 14 eggs here."),
            (U, "How many eggs are in 9 clutches then?"),
        ],
        "invented unit defined earlier",
    ),
    (
        "conv-swapped-ops",
        [
            (U, "Puzzle for the cubers: in this puzzle + means times and x means plus."),
            (A, "Okay, I'll read + as multiplication and x as addition."),
            (U, "Then what is 6 + 3 x 2 in the puzzle?"),
        ],
        "swapped operators",
    ),
    (
        "conv-shift-hours",
        [
            (U, "We count shift hours from 22:00, so 22:00 is shift hour 0 on the de-icing pad."),
            (A, "Right, shift hour 0 is 22:00."),
            (U, "What clock time is shift hour 7.5?"),
        ],
        "a relative clock defined earlier",
    ),
    (
        "conv-octal-output",
        [
            (S, "Give every number in your replies in base 8."),
            (U, "How many moths: 45 on Monday plus 28 on Tuesday?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-roman-output",
        [
            (U, "Please write all numbers as Roman numerals for the herbarium display."),
            (A, "Certainly, I'll use Roman numerals."),
            (U, "We had 240 sheets and added 65 more. How many now?"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm from Lille, I write decimals with a comma, like 3,5."),
            (A, "Noted, a comma is the decimal separator."),
            (U, "Then 3,5 times 2,4 in my dye recipe is?"),
        ],
        "decimal comma",
    ),
    (
        "conv-mod-nine",
        [
            (U, "We're doing casting out nines: work modulo 9 from now on."),
            (A, "Okay, all results mod 9."),
            (U, "What do 7 and 8 multiply to?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-season-weeks",
        [
            (U, "Our hockey season's week 1 is the week starting Saturday 6 September 2031."),
            (A, "Got it, season weeks start on Saturdays from 6 September 2031."),
            (U, "Which date is the Thursday of season week 12?"),
        ],
        "a season's week numbering",
    ),
    (
        "conv-parade-countdown",
        [
            (
                U,
                (
                    "In the band we call the parade D-day, Monday 23 February 2032, "
                    "and D-10 means ten days before it."
                ),
            ),
            (A, "Understood: D-day is 23 February 2032 and D-n is n days earlier."),
            (U, "So when is D-17?"),
        ],
        "a relative date notation",
    ),
    (
        "conv-letter-values",
        [
            (U, "Word game at the stand: A=1, B=2 and so on up to Z=26."),
            (A, "Okay, each letter takes its place in the alphabet."),
            (U, "What does IRON add up to?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-slang-money",
        [
            (U, "At the services the night staff say a 'monkey' for £500 and a 'pony' for £25."),
            (A, "Noted, monkey £500, pony £25."),
            (U, "The safe had three monkeys and two ponies. How much?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Heads up: every price I quote in this chat already has 20% VAT baked in."),
            (A, "Understood, they are gross prices."),
            (U, "Socket quoted at £1,260 - net of VAT that's?"),
        ],
        "a pricing convention set earlier",
    ),
    (
        "conv-round-5p",
        [
            (U, "Round every money answer to the nearest 5p, we don't handle coppers."),
            (A, "Will do."),
            (U, "Three hallmark fees of £14.37 each come to?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give me answers to two significant figures only, please."),
            (A, "Okay, two significant figures."),
            (U, "A 5.6 kg iron meteorite is how many pounds?"),
        ],
        "answer precision set earlier",
    ),
    (
        "conv-json-only",
        [
            (S, 'Reply only with JSON of the form {"answer": ...}.'),
            (U, "Retread count: 17 lorries times 23 tyres each?"),
        ],
        "output format set by a system turn",
    ),
    (
        "conv-pirate-persona",
        [
            (S, "You are Cap'n Mustard, the mill's mascot. Talk like a pirate in every reply."),
            (U, "How many 250 g tins in 12 kg of powder, cap'n?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-spanish",
        [
            (U, "A partir de ahora contesta siempre en español, por favor."),
            (A, "¡Claro! Contestaré en español."),
            (U, "¿Cuántos días hay en 3 semanas y 4 días?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Answer everything as a haiku today, it's for the club newsletter."),
            (A, "Verses it shall be / seventeen syllables each / ask and I will write."),
            (U, "Our pool's deep end is 2.4 m. How deep in feet?"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-feet-target",
        [
            (U, "Give every length in feet from here on, the committee hates metres."),
            (A, "Fine, lengths in feet."),
            (U, "The new trench is 55 metres. How long is it?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-euro",
        [
            (U, "For the Lyon fair use a fixed rate of £1 = €1.15, whatever the markets do."),
            (A, "Agreed, £1 = €1.15."),
            (U, "A buyer paid €690. What's that in pounds?"),
        ],
        "exchange rate set earlier",
    ),
    (
        "conv-month-first",
        [
            (U, "My dates are American style, month first."),
            (A, "Okay, month/day/year."),
            (U, "What's 90 days after 4/5/2031?"),
        ],
        "date order set earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "When you give dates, write them like 'the 3rd of May', no year."),
            (A, "Understood."),
            (U, "What's 40 days after 1 June 2031?"),
        ],
        "answer wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Give me fractions, not decimals, please - it's for a pencil grading puzzle."),
            (A, "Sure, fractions it is."),
            (U, "0.375 plus 0.25?"),
        ],
        "answer form set earlier",
    ),
    (
        "conv-split-figures",
        [
            (U, "Bog snorkelling takings: 132 entrants paid £18 each."),
            (A, "Okay, noted."),
            (U, "Oh, and take off £240 for the marquee. So what's left?"),
        ],
        "figures spread across turns",
    ),
    (
        "conv-dnf-rule",
        [
            (U, "For our club practice averages a DNF counts as 20 seconds."),
            (A, "Right, DNF = 20 s for practice averages."),
            (U, "Mean of 11.2, DNF and 9.8?"),
        ],
        "a scoring rule set earlier",
    ),
    (
        "conv-league-points",
        [
            (U, "Our league: 3 points a win, 1 a draw, plus a bonus point for scoring 5 or more."),
            (A, "Got it."),
            (U, "We won 6-2, drew 5-5 and lost 1-3. Points?"),
        ],
        "a scoring rule set earlier",
    ),
    (
        "conv-grade-scale",
        [
            (U, "Number pencil grades: HB is 0, H is 1, 2H is 2, B is -1, 2B is -2 and so on."),
            (A, "Okay, that scale makes sense."),
            (U, "On that scale, 4H minus 2B is?"),
        ],
        "a numbering set earlier",
    ),
    (
        "conv-term-weeks",
        [
            (
                U,
                (
                    "Our court term year begins Wednesday 1 October 2031; term week 1 is that day "
                    "to the following Tuesday."
                ),
            ),
            (A, "Understood, term weeks run Wednesday to Tuesday from 1 October 2031."),
            (U, "Which term week includes 20 November 2031?"),
        ],
        "a custom week numbering",
    ),
    (
        "conv-points-up",
        [
            (U, "When I say 'up 5' about hatch rate I mean percentage points."),
            (A, "Okay, percentage points."),
            (U, "Hatch rate was 62, went up 5 then up 3. Where is it now?"),
        ],
        "percentage points set earlier",
    ),
    (
        "conv-function-def",
        [
            (U, "Let f(x) = 3x - 4 be our dye strength formula."),
            (A, "Noted, f(x) = 3x - 4."),
            (U, "What's f(12.5)?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-bay-unit",
        [
            (U, "On the retread line a bay is 12 pallets, and a pallet holds 48 tyres."),
            (A, "Okay: 1 bay = 12 pallets = 576 tyres."),
            (U, "How many tyres are in three and a half bays?"),
        ],
        "invented units defined earlier",
    ),
    (
        "conv-hex-input",
        [
            (U, "The colour kitchen's codes are hexadecimal; give me answers in decimal."),
            (A, "Okay, I'll read them as hex."),
            (U, "What's B4 plus 2C?"),
        ],
        "input base set earlier",
    ),
    (
        "conv-stone-output",
        [
            (U, "On this ward please give weights in stones and pounds only."),
            (A, "Of course."),
            (U, "He weighs 74 kg. What's that?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-check-digit",
        [
            (U, "Our juror numbers end in a check digit; ignore the last digit when adding them."),
            (A, "Okay, I'll drop the final digit."),
            (U, "Add juror numbers 40817 and 30925."),
        ],
        "an identifier convention set earlier",
    ),
)
assert len(CONVS) == 35 and len({f for f, _t, _n in CONVS}) == 35
assert all(f.startswith("conv-") for f, _t, _n in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# --- this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _tool in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _tool and i["family"] != P]
    assert sorted(set(_regs)) == sorted(REGISTERS) and len(_regs) == 31, _tool
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
assert sum(1 for i in items if i["family"] in REGISTERS) == 193
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)
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
    # no register (family name) of this set is a family name of sets 19 to 75
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 75: {reused}"
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
