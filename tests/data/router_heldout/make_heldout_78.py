r"""Generate heldout-2027-02-19.jsonl: a seventy-eighth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed78/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1225: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/sealed78/make_heldout_77.py (2311 lines, as the brief said; no `wc -l` of it was run): lines
1-492 (its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 746-806
(its units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 1005-1089 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1302-1309 (its negatives
section header, neg() and conv()) and 2088-2311 (its stated-weekday check, its checks and main()).
None of set 77's query blocks (493-745, 807-1004, 1090-1301, 1310-2087) was opened.

The first command ran `mkdir -p /tmp/h78`, an `ls` of /work/sealed78 (earlier_registers.txt and
make_heldout_77.py), copied the five ranges by `sed -n A,Bp` into /tmp/h78/r1.py to r5.py without
printing them, ran a `wc -l` of the copies (492, 61, 85, 8 and 224) and a `cat` of grading.py. The
second ran a `cat` of r1.py; the shell tool's display left out lines 166-182 of that output, so the
fourth command ran a `sed -n 160,188p` of the copy r1.py (inside the allowed range) to read them,
with the `wc -l` of earlier_registers.txt; all of lines 1-492 were therefore seen. The third ran a
`cat` of r2.py to r5.py, the fifth the `tr` of earlier_registers.txt. Nothing under /work/main was
opened or listed apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/,
not README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-77) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its printed output and its --show listing of ids, expected values and tolerances were
read), no git command was run, no network and no search or fetch tool was used, and neither the
router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h78/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed only
cryogenic_biobank_technician, which shares a prefix with cryotherapy_chamber_clinic and was judged
a different trade). The next command wrote and ran /tmp/h78/subst.py (a `cat` heredoc, run by the
system `python3`): it cut the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line) and substituted this set's OUT and PREFIX,
"sets 1-76" -> "sets 1-77" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), EARLIER (sets 1-77, `range(2, 78)`) and REGISTER_CHECK (sets 19-77, adding
make_heldout_77.py), all in the first block, and "sets 19 to 76" -> "sets 19 to 77" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth ranges are used as copied); the same command ran a `head
-3` of c1.py and a `grep -nE` of c1.py and c5.py for "76", "77", "78" and "19 to" (with the
REGISTER_CHECK lines of sets 19-75 filtered out). Then `cat` heredocs wrote this set's own blocks
under /tmp/h78/own/: a_calc.py (money(), the registers and calculator items), then b_units.py (unit
constants and unit items, with a `grep -c` of its unit calls, 45), then c_dates.py (date items,
with a `grep -c` of its date_item calls, 45, and a system `python3` one-liner printing the weekdays
of five dates stated in it), then d_negs.py (the ORDINARY table), then e_near.py (near-positive
negatives, with a system `python3` count of its "near- strings) and f_convs.py (conversations and
this set's own structural asserts, with a count of its "conv- strings). The next command ran an
inline script (system `python3`) that removed one conversation (a miscount: the count of "conv-
strings included two in asserts, see below) and fixed a typo in one conversation's user turn, a
`python3` one-liner printing the weekday of a date stated in a conversation, wrote an assembly
script /tmp/h78/assemble.py (it builds this file from /tmp/h78/doc.txt, or a one-line placeholder,
and the blocks in order: c1.py, a_calc.py, r2.py, b_units.py, r3.py, c_dates.py, r4.py, d_negs.py,
e_near.py, f_convs.py and c5.py, and prints its line count) and a helper /tmp/h78/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h78/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h78/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh. Edits after each failed check (listed below) were made by inline
system `python3` scripts applying exact replacements, each asserted to apply once. After the run
that passed every check, run.sh ran with --show (its own printing sent to /dev/null), followed by a
`sed -n 1,3p` of out.txt, the listing of ids, expected values and tolerances (a `grep` of out.txt
laid out by `column -t`) and a count of lines over 99 characters by a system `python3` one-liner; a
`sed -n` of those five lines located them, and after their fix run.sh ran again with --show,
followed by the `sed -n 1,3p` of out.txt, the same count (none over 99) and a `cat` of ruff.txt.
This docstring was written last over the placeholder: its source text, /tmp/h78/doc/doc_src.txt,
was written by a `cat` heredoc, and /tmp/h78/doc/make_doc.py (a `cat` heredoc in the same command;
it uses textwrap, keeps the indented lines as they are and asserts that the words are unchanged,
that no line exceeds 99 characters and that every register value is named) filled it to 99 columns
into /tmp/h78/doc.txt, followed by run.sh and a `head -3` of this file; the next command corrected
one count in the source text (an inline system `python3` script) and repeated make_doc.py, run.sh
and the `head -3`. Then, in one command, `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h78`, an `ls` of /tmp/h78
(gone) and an `ls` of /work/sealed78. Writes: only this file and its JSONL in /work/sealed78/
(earlier_registers.txt and make_heldout_77.py left as they were); temporary blocks, scripts and
output under /tmp/h78/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 77's main() and checks: only the substitutions listed above (file names, sets 1-77
for the duplicate check, sets 19-77 for the register check). Set 77 is in
/work/main/tests/data/router_heldout (as the brief said; not listed here), and EARLIER_DIRS and
earlier_path() are kept as set 77 has them: each earlier generator is looked up first next to this
file (HERE), then in /work/main/tests/data/router_heldout; this works now (sets 1-76 from
router_heldout; make_heldout_77.py lies next to this file and is then the copy used) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 77's as
copied; ruff format may have changed layout only. All of set 77's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (used by the veneer sheets, asserted not whole), weeks() (used by a plain date
one-liner), unit_r() with close_enough_at_2dp(), say() (used by sayw() and one date word problem),
sayw() (used five times, in date word problems, for stated weekdays), sayus() (not used here), OZ
and SQYD (not used here) and SQFT/CUFT. Added, newly written: money() (asserts whole pence or
cents; every calculator money answer passes through it), MM, CM, KM, G, HA, LITRE, SQIN and SQCM,
with asserts on CM, KM, G, SQFT, CUFT, SQIN, HA/ACRE, LITRE, MPH/KMH and STONE; the register
constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the
square-root one-liner's radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this
set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each (items added in
REGISTERS order); NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers of each tool are exactly the REGISTERS, with 31
register word problems per tool; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives); exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family; no positive contains an
all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 77's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 77's, copied (P = "plain" is copied too, as the
last line of the first block). Set 77's docstring (within lines 1-492) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance gallons,
tons, pints, ounces, miles at sea, an age needing the current date, sleeps with no year, an
exchange rate, a share price, a world record, a month added to the 31st, a leap-day birthday,
working days, sunrise, a full moon, a time zone, a Beaufort force, a tip, VAT rules, percentage
points, software versions, implied multiplication, floating point, pixels of an A4 page, mpg,
month-first dates, a three-for-two offer, interest of unstated kind, an operator, an invented unit,
swapped operators, an output base, Roman numerals, a relative day notation, a season's week
numbering, a decimal comma, modular arithmetic, a scoring rule, letter values, slang amounts, JSON
output, a persona, a fixed currency rate, a target unit, fraction form, rounding to 5p, significant
figures, verse, figures spread over two user turns, a VAT-inclusive convention, a redefined
discount and a relative clock). All of set 77's register names are also in earlier_registers.txt,
and none of their trades is used here. earlier_registers.txt was read in full and this set's
registers were chosen to be of trades and situations different from every name in it; some are of
neighbouring fields judged to be different trades: the airship hangar ground crew next to the hot
air balloon crews and the gliding club; the avalanche forecasting office next to the ski lift
operators and the weather spotter station; the bobsleigh push team next to the sled dog sprint team
and the velodrome; the canyoning guide outfit next to the abseiling centre and the kayak river
outfitter; the chandelier crystal restorer next to the stained glass restorers and the glass
blowers; the cockle pickers cooperative next to the oyster farms and the seaweed forager; the cork
stripping crew next to the coppice charcoal burner and the cricket bat willow maker; the cranberry
bog harvest crew next to the pick-your-own strawberry farm and the watercress beds; the cryotherapy
chamber clinic next to the cryogenic biobank technician (a shared prefix only) and the sauna house;
the debate tournament tab room next to the chess and scrabble tournament directors and the quiz
league; the film stunt coordinator next to the film set location caterer and the TV studio floor
manager; the foley artist studio next to the voice-over artist studio and the podcast producers;
the glove cutter workshop next to the saddlery workshops and the milliner; the ice fishing derby
next to the trout lake, the fishing tackle shop and the ice rink staff; the juggling prop maker
next to the circus school and the kite maker; the marquetry workshop next to the French polisher
and the wooden jigsaw cutter; the olive oil mill next to the cider presses and the lavender
distillery; the papier-mache pinata workshop next to the balloon artist and the children's party
magician; the rodeo arena secretary next to the livestock auction mart clerk and the racecourse
clerk of the course; the sake brewery koji room next to the craft brewery, the miso fermentery and
the kombucha brewers; the scarecrow festival committee next to the village fete tombola stall and
the street party committee; the science fair judge panel next to the school robotics team mentor
and the exam script marker; the silkworm rearing house next to the wool spinning guild and the
handloom weavers; the team handball club next to the korfball club, the netball league and the
water polo club; the telescope mirror grinding workshop next to the amateur astronomy clubs and the
instrument calibration laboratory; the judgement of "different topic" is this writer's. At the
edges of the allowed ranges: line 492 is P = "plain", 746, 1005 and 1302 are section headers, 2088
opens the stated-weekday check and 2311 is the call of main(). No query text of any earlier set was
seen: main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; seventeen items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 77 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an operator, an invented unit (a
bundle of gloves, a hand of snow), swapped operators, clock arithmetic, a scoring rule (two of
them), letter values, slang amounts, a relative day notation, a season's week numbering, a decimal
comma, a ten-day festival week, a relative mast clock, a VAT-inclusive convention, a redefined
discount, a shorter bolt of silk, an overtime rule or a financial year are negatives because the
notation or convention is set up in an earlier turn (JSON output, a persona and a binary output
base by a system turn); one conversation spreads its figures over two user turns before asking.
Some conversations (hexadecimal and binary output, Roman numerals, French, Spanish, a haiku, words
only, JSON output, a persona, rounding to 5p, significant figures, a target unit of inches, a fixed
currency rate, month-first date order, fraction form) end in a user turn that could be computed
alone, or nearly; they are negatives, as in set 77, because the earlier turn changes what a right
answer looks like. Some near-positives depend on the current date or current figures (a brew
master's age now, sleeps until a festival with no year, the current exchange rate, a share price, a
world record, an oil price and a wage), one asks for a month added to the 31st, one for the first
birthday of a leap-day baby, one for working days in a month, one each for sunrise, a full moon, a
time in another time zone, a bank holiday, a lunar new year and a Hebrew calendar date; they are
negatives, with no "now" field. Near-positives also ask for conversions in gallons, tons, pints,
ounces, miles at sea, mpg, horsepower and cups, for a glove size, frames without a frame rate,
beats without a tempo, facts (cocoons per kilo, oil density, helium lift, snow density, a handball
match's length, a cranberry yield, bark regrowth, a pike's weight, a silkworm's appetite, calories
burned), vague quantities (paint for piñatas), judgements (slope safety, cryotherapy safety, a
speaker score, a bull's score, a mirror's focal length, ice strength, a scarecrow rule,
significance of a rise, a tip, VAT abroad, wind chill), numerology, a star sign, a seat code,
section numbering, version ordering, implied multiplication, floating point, pixels of an A4
poster, month-first dates, a season week with no start, a driving distance, a heater's fuel and
percentage points, a three-for-two offer and interest of unstated kind. No positive depends on a
looked-up figure: every rate, price, fee and discount is given in the text, so the answer follows
from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, ruff check and money()'s and date_item()'s asserts passed on every run that
reached them (ruff format ran without error every time). The first run of run.sh failed this set's
own unit-factor assert on KM / MI (the assert was written with a wrong exact fraction, 1000/1609344
instead of 10**6/1609344; the factors themselves were right); an inline script corrected the
assert. The next run failed unit_r()'s close_enough_at_2dp() assert for the cockle riddle's mesh
(22 mm in inches, too small to give to two decimals within the tolerance); an inline script
reworded it to the riddle's width (45 cm in inches) and, before any run reached it, the cork bark's
thickness (38 mm in inches, the same problem) to a plank's length (96 cm in inches). The next run
failed this set's CONVS count assert (34, not 35): the conversation removed earlier had been
removed by a miscount (the count of "conv- strings included two in asserts, not one); an inline
script restored it unchanged. The next run failed this set's NUMERIC_DATE_POS assert: the rodeo
purse split was written as four percentages joined by slashes, which looks like an all-numeric
date; an inline script reworded the split as "40%, 30%, 20% and 10%" (a `grep -n` confirmed it).
The next run reached the duplicate check, which reported seventeen items by id as repeats of
earlier queries or user turns: two calculator one-liners (a square root and a power minus a
number), a date one-liner (whole weeks between two dates), two unit one-liners (Fahrenheit to
Celsius, feet and inches to centimetres), five conversations (figures over two turns, fraction
form, French, letter values, modular arithmetic) and seven near-positives (pixels of an A4 page, an
age needing the current date, a full moon, implied multiplication, month-first dates, oil density,
working days); an inline script reworded all seventeen with new figures or wording (for the
conversations, every user turn that could have been the repeat, and the assistant turn that
restates the two-turn figures), without the earlier queries being looked at, after which every
check passed. Then the count of lines over 99 characters listed five lines (one unit-factor assert,
one date one-liner call and one near-positive entry that ruff format had left on one line, and two
conversation user turns); an inline script split the first three and shortened the two user turns,
run.sh ran and passed every check, and the same count found no line over 99 characters. Every later
run passed every check.

Registers (families), 25, new: airship_hangar_ground_crew, avalanche_forecasting_office,
bobsleigh_push_team, canyoning_guide_outfit, chandelier_crystal_restorer,
cockle_pickers_cooperative, cork_stripping_crew, cranberry_bog_harvest_crew,
cryotherapy_chamber_clinic, debate_tournament_tab_room, film_stunt_coordinator,
foley_artist_studio, glove_cutter_workshop, ice_fishing_derby, juggling_prop_maker,
marquetry_workshop, olive_oil_mill_pressing, papier_mache_pinata_workshop, rodeo_arena_secretary,
sake_brewery_koji_room, scarecrow_festival_committee, science_fair_judge_panel,
silkworm_rearing_house, team_handball_club, telescope_mirror_grinding_workshop. Every register is
used by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: airship_hangar_ground_crew, cranberry_bog_harvest_crew,
film_stunt_coordinator, juggling_prop_maker, olive_oil_mill_pressing, science_fair_judge_panel; a
second unit word problem: avalanche_forecasting_office, bobsleigh_push_team,
canyoning_guide_outfit, cockle_pickers_cooperative, cork_stripping_crew, rodeo_arena_secretary; a
second date word problem: debate_tournament_tab_room, glove_cutter_workshop, marquetry_workshop,
sake_brewery_koji_room, scarecrow_festival_committee, silkworm_rearing_house). The seven registers
with three positives are chandelier_crystal_restorer, cryotherapy_chamber_clinic,
foley_artist_studio, ice_fishing_derby, papier_mache_pinata_workshop, team_handball_club and
telescope_mirror_grinding_workshop. Positives are one-liners (family "plain") or word problems of
one to three sentences, mostly UK usage with £ and pence, with dollars for the cranberry bog, the
ice fishing derby and the rodeo and euros for the olive mill and the cork crew, stone and pounds,
feet, inches, yards and miles (on land), and other touches (a chamber and pool water in Celsius to
Fahrenheit, wind and sled speeds in km/h to mph, an envelope's cubic metres in cubic feet, a tank's
litres in cubic feet, a foley stage's volume, a veneer leaf in square centimetres, a noticeboard,
an arena and a court in square feet or metres, a bog in acres to hectares, bar to psi, GiB to MiB),
some chatty, terse or lower-case, with questions at the start or the end, statements to complete,
and unit questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 77: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
appear only as a stated quantity in a calculator problem), hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and summer time,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence or cents (asserted by money()). Week counts are asserted
to be whole weeks; day counts are the difference of the two dates (queries are worded as N days or
weeks after or before a stated date, how many days from one date to another, how many days between
two dates, how many days a job took, one harvest span counting both its first and last day, a camp
and a festival of stated length counting both ends, a date 8, 19, 26, 32, 33, 45, 90, 100, 110, 180
and 250 days after or before a date, bulletin 75 of a daily series, the sixth of fixtures every 12
days, the last of 20 sessions every 3 days, the fourth of cleans every 13 weeks, 3, 6 and 16 weeks
after or before a date, 11 then 26 days after a date, 72 hours of drying before a stated morning,
the first, second and fourth Saturday or last Friday of a stated month and year); ages are in whole
years from a stated birth date to a stated date, and clock spans run from one stated time to the
next occurrence of the other (one crosses midnight, saying "the following morning"). Every rounded
unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 77):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet and cubic feet
    from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_78.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-19.jsonl"
PREFIX = "ho78-"
# earlier generators: sets 1-77 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 78))
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
    "make_heldout_76.py",
    "make_heldout_77.py",
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
    """A money answer: asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


AIRSHIP = "airship_hangar_ground_crew"
AVAL = "avalanche_forecasting_office"
BOB = "bobsleigh_push_team"
CANYON = "canyoning_guide_outfit"
CHAND = "chandelier_crystal_restorer"
COCKLE = "cockle_pickers_cooperative"
CORK = "cork_stripping_crew"
CRAN = "cranberry_bog_harvest_crew"
CRYO = "cryotherapy_chamber_clinic"
DEBATE = "debate_tournament_tab_room"
STUNT = "film_stunt_coordinator"
FOLEY = "foley_artist_studio"
GLOVE = "glove_cutter_workshop"
ICEFISH = "ice_fishing_derby"
JUGGLE = "juggling_prop_maker"
MARQ = "marquetry_workshop"
OLIVE = "olive_oil_mill_pressing"
PINATA = "papier_mache_pinata_workshop"
RODEO = "rodeo_arena_secretary"
SAKE = "sake_brewery_koji_room"
SCARE = "scarecrow_festival_committee"
SCIFAIR = "science_fair_judge_panel"
SILK = "silkworm_rearing_house"
HANDBALL = "team_handball_club"
MIRROR = "telescope_mirror_grinding_workshop"
REGISTERS = (
    AIRSHIP,
    AVAL,
    BOB,
    CANYON,
    CHAND,
    COCKLE,
    CORK,
    CRAN,
    CRYO,
    DEBATE,
    STUNT,
    FOLEY,
    GLOVE,
    ICEFISH,
    JUGGLE,
    MARQ,
    OLIVE,
    PINATA,
    RODEO,
    SAKE,
    SCARE,
    SCIFAIR,
    SILK,
    HANDBALL,
    MIRROR,
)
assert len(REGISTERS) == 25 == len(set(REGISTERS)) and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What is 7,384 × 29?", 7384 * 29)
calc(P, "17.5% of 2,964", pct("17.5") * 2964)
calc(P, "(48.6 + 19.35) / 5 = ?", (dec("48.6") + dec("19.35")) / 5)
RADICAND = 8649
assert math.isqrt(RADICAND) ** 2 == RADICAND
calc(P, "What's the square root of 8,649?", math.isqrt(RADICAND))
calc(P, "3/8 + 7/20 as a decimal please", F(3, 8) + F(7, 20))
calc(P, "2 to the power 14, minus 1,234", 2**14 - 1234)
calc(P, "what's 46.8 divided by 0.36", dec("46.8") / dec("0.36"))
calc(P, "Increase 1,250 by 8%.", 1250 * (1 + pct(8)))
calc(P, "-47 × 13 + 600", -47 * 13 + 600)
calc(P, "36 is 45% of what number?", 36 / pct(45))
calc(P, "Mean of 18, 27, 41, 56 and 73?", F(18 + 27 + 41 + 56 + 73, 5))
calc(P, "9.75 times 14.2", dec("9.75") * dec("14.2"))
calc(P, "Take 35% off 640.", 640 * (1 - pct(35)))
calc(P, "1,000,000 ÷ 64 =", F(10**6, 64))

# register word problems (25 + 6 second ones)
calc(
    AIRSHIP,
    "Helium top-up for the envelope: 385 cubic metres at £14.20 a cubic metre. "
    "What does the top-up cost?",
    money(385 * dec("14.20")),
)
calc(
    AIRSHIP,
    "The hangar door motor draws 22 kW and each opening runs it for 6 minutes. We open the "
    "door 14 times a week and pay 25p per kWh. What does a week of door openings cost in pounds?",
    money(22 * F(6, 60) * 14 * dec("0.25")),
)
calc(
    AVAL,
    "snowpack at the study plot: 1.35 m deep with a mean density of 280 kg per cubic metre. "
    "what's the load on each square metre, in kg?",
    dec("1.35") * 280,
)
calc(
    BOB,
    "Four of us on the sled are splitting costs: 14 training runs at £62.50 a run plus a £180 "
    "charge to truck the sled to the track. Split evenly, what does each of us owe?",
    money((14 * dec("62.50") + 180) / 4),
)
calc(
    CANYON,
    "Booking for 11 canyoners: 7 adults at £74 and 4 under-16s at £52, with a 10% group "
    "discount off the whole lot. What's the total to pay?",
    money((7 * 74 + 4 * 52) * (1 - pct(10))),
)
calc(
    CHAND,
    "Rehanging the ballroom chandelier means 168 new crystal drops at £2.35 each and 6 hours "
    "of labour at £42 an hour. What's the total bill?",
    money(168 * dec("2.35") + 6 * 42),
)
calc(
    COCKLE,
    "The quay pays £1,150 a tonne for cockles. Our 8 pickers landed 6.4 tonnes between them; "
    "the cooperative keeps 12% and the rest is split equally. How much does each picker get?",
    money(dec("6.4") * 1150 * (1 - pct(12)) / 8),
)
calc(
    CORK,
    "We stripped 2,875 kg of bark off the estate but 8% was rejected as too thin. Accepted bark "
    "sells at €3.40 per kg — what's it worth?",
    money(2875 * (1 - pct(8)) * dec("3.40")),
)
calc(
    CRAN,
    "The receiving station pays $0.43 a pound for the first 20,000 lb of berries and $0.51 a "
    "pound for everything beyond that. We delivered 26,750 lb. How much is our check?",
    money(20000 * dec("0.43") + (26750 - 20000) * dec("0.51")),
)
calc(
    CRAN,
    "Flooding pump costs $37.80 an hour to run. It ran 9.5 hours Monday and 11.25 hours "
    "Tuesday; total running cost?",
    money((dec("9.5") + dec("11.25")) * dec("37.80")),
)
calc(
    CRYO,
    "A 10-session pass costs £189 and a single session £22.50. How much does a client save by "
    "buying the pass instead of 10 singles?",
    money(10 * dec("22.50") - 189),
)
calc(
    DEBATE,
    "Speaker scores for one debater across five rounds: 76, 78.5, 74, 77.5 and 79. Her average "
    "speaker score is",
    (76 + dec("78.5") + 74 + dec("77.5") + 79) / 5,
)
calc(
    STUNT,
    "Invoice for a stunt performer: day rate £640 over a 3-day shoot, plus a £275 adjustment "
    "for each high fall, and she did 5 of them. Total before VAT?",
    money(3 * 640 + 5 * 275),
)
calc(
    STUNT,
    "Air ram hire is £1,150 for the week. We get 15% off as repeat customers and then VAT at "
    "20% goes on the discounted price. How much do we pay?",
    money(1150 * (1 - pct(15)) * (1 + pct(20))),
)
calc(
    FOLEY,
    "how much do I bill for a footsteps session of 3 hours 45 minutes at £85 an hour?",
    money(dec("3.75") * 85),
)
calc(
    GLOVE,
    "Kid leather is £28 a square metre. A pair of dress gloves uses 0.18 m² and we add 15% for "
    "wastage. What does the leather for 40 pairs cost?",
    money(dec("0.18") * (1 + pct(15)) * 40 * 28),
)
calc(
    ICEFISH,
    "Derby ticket sales: 212 adult tickets at $25 and 87 junior tickets at $10. Thirty percent "
    "of ticket money goes into the prize pool. How big is the prize pool?",
    money((212 * 25 + 87 * 10) * pct(30)),
)
calc(
    JUGGLE,
    "Club order for a school: 24 juggling clubs at £13.95 each, 10% trade discount, then £8.50 "
    "carriage on top. Total?",
    money(24 * dec("13.95") * (1 - pct(10)) + dec("8.50")),
)
calc(
    JUGGLE,
    "Each beanbag ball takes 130 g of millet and millet costs £2.40 per kg. What's the millet "
    "cost for 150 balls?",
    money(150 * F(130, 1000) * dec("2.40")),
)
VENEER_SHEETS = whole_up(23 * (1 + pct(5)))
calc(
    MARQ,
    "A table top needs 23 veneer sheets plus a 5% spare allowance, rounded up to whole sheets. "
    "Sheets cost £3.85 each. What do the veneers cost?",
    money(VENEER_SHEETS * dec("3.85")),
)
calc(
    OLIVE,
    "Pressing is €0.18 a kilo of olives plus a flat €25 for the bottling line. Maria brings "
    "640 kg. Her bill comes to",
    money(640 * dec("0.18") + 25),
)
calc(
    OLIVE,
    "This week's oil yield was 13.5% by weight and 2,480 kg of olives went through the press. "
    "How many kilograms of oil came out?",
    2480 * pct("13.5"),
)
calc(
    PINATA,
    "Each donkey piñata is 45 minutes of pasting and 30 minutes of decorating. I charge £16 an "
    "hour for labour and materials are £9.80. What's my price per piñata?",
    money(F(75, 60) * 16 + dec("9.80")),
)
calc(
    RODEO,
    "38 bull riders paid $175 entry each. The purse is 80% of entry fees plus $5,000 added "
    "money, paid 40%, 30%, 20% and 10% to the top four. What does the winner take home?",
    money((38 * 175 * pct(80) + 5000) * pct(40)),
)
calc(
    SAKE,
    "We polish our rice down to 60% of its original weight. From 1,850 kg of brown rice, how "
    "many kg of polished rice do we end up with?",
    1850 * pct(60),
)
calc(
    SCARE,
    "Takings for the trail: 47 scarecrow entries at £4 each and 312 trail maps sold at £1.50. "
    "How much did we take altogether?",
    money(47 * 4 + 312 * dec("1.50")),
)
calc(
    SCIFAIR,
    "Judging weights are research 40%, method 35% and presentation 25%. A project scored 82, "
    "76 and 90 on those. What's its weighted score?",
    82 * pct(40) + 76 * pct(35) + 90 * pct(25),
)
calc(
    SCIFAIR,
    "The £1,800 prize fund is split between first, second and third in the ratio 5:3:1. "
    "How much does second place get?",
    money(F(1800 * 3, 9)),
)
calc(
    SILK,
    "Each box of eggs needs 18.4 kg of mulberry leaf through to spinning, we're rearing 35 "
    "boxes, and bought-in leaf costs £0.65 per kg. Total leaf bill?",
    money(dec("18.4") * 35 * dec("0.65")),
)
calc(
    HANDBALL,
    "Our season: 22 league games, 13 won, 3 drawn and the rest lost. Two points for a win, "
    "one for a draw. How many points did we finish on?",
    13 * 2 + 3 * 1,
)
calc(
    MIRROR,
    "Order for the grinding class: 5 jars of grit at £7.60, 2 pitch cakes at £11.45 and £4.99 "
    "postage. Total?",
    money(5 * dec("7.60") + 2 * dec("11.45") + dec("4.99")),
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
SQIN = IN * IN  # m^2
SQCM = CM * CM  # m^2
assert CM * 254 == IN * 100 and KM / MI == F(10**6, 1609344) and G * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")
assert SQIN * 10**4 == dec("6.4516")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and LITRE * 1000 == 1
assert abs(MPH / KMH - dec("1.609344")) < dec("1e-9") and STONE / LB == 14

# plain one-liners
unit_r(P, "Convert 73 kg to pounds.", 73 / LB)
unit_r(P, "How many feet is 4.2 metres?", dec("4.2") / FT)
unit(P, "What is 113.9 degrees Fahrenheit in Celsius?", f_to_c(dec("113.9")), EXACT)
unit_r(P, "3.75 miles in km", dec("3.75") * MI / KM)
unit_r(P, "250 square feet in square metres?", 250 * SQFT)
unit(P, "in centimetres, 17 inches is", 17 * IN / CM, EXACT)
unit(P, "2.5 GiB = how many MiB", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "11 stone 3 lb in kilograms", (11 * STONE + 3 * LB))
unit_r(P, "what's 120 km/h in mph", 120 * KMH / MPH)
unit_r(P, "6.5 hectares expressed in acres", dec("6.5") * HA / ACRE)
unit_r(P, "Convert 3.7 bar to psi", dec("3.7") * BAR / PSI)
unit_r(P, "cubic feet in 0.85 cubic metres?", dec("0.85") / CUFT)
unit(P, "A height of 6 ft 2.5 in, in centimetres?", (6 * FT + dec("2.5") * IN) / CM, EXACT)
unit(P, "-13 °C in Fahrenheit", c_to_f(-13), EXACT)

# register word problems (25 + 6 second ones)
unit_r(
    AIRSHIP,
    "The envelope holds 5,400 cubic metres of gas. The American visitors asked for it in cubic "
    "feet — what do I tell them?",
    5400 / CUFT,
)
unit_r(
    AVAL,
    "Snow depth at the upper station is 185 cm. In feet, that's",
    185 * CM / FT,
)
unit_r(
    AVAL,
    "Ridge-top anemometer reads 65 km/h. What is that in mph for the English-language bulletin?",
    65 * KMH / MPH,
)
unit_r(
    BOB,
    "Our sled hit 127.4 km/h on the bottom straight. What's that in mph?",
    dec("127.4") * KMH / MPH,
)
unit_r(
    BOB,
    "yards in the 50 metre push-start stretch?",
    50 / YD,
)
unit_r(
    CANYON,
    "The big abseil in the gorge is 28 metres. How many feet is that?",
    28 / FT,
)
unit(
    CANYON,
    "Water in the pools was 11 °C this morning — what's that in Fahrenheit for the US group?",
    c_to_f(11),
    EXACT,
)
unit_r(
    CHAND,
    "The chandelier we're taking down weighs 64 kg. How many stone is that?",
    64 / STONE,
)
unit_r(
    COCKLE,
    "A full bag of cockles is 25 kg; the buyer wants it in pounds. How many pounds?",
    25 / LB,
)
unit_r(
    COCKLE,
    "Our cockle riddle is 45 cm across. What's that in inches?",
    45 * CM / IN,
)
unit_r(
    CORK,
    "The longest plank of bark off the north slope was 96 cm. In inches?",
    96 * CM / IN,
)
unit_r(
    CORK,
    "A cork noticeboard 60 cm by 90 cm: how many square feet is it?",
    60 * CM * 90 * CM / SQFT,
)
unit_r(
    CRAN,
    "Our bog is 14.5 acres. What is that in hectares?",
    dec("14.5") * ACRE / HA,
)
unit(
    CRYO,
    "The whole-body chamber runs at -110 °C. Convert that to °F.",
    c_to_f(-110),
    EXACT,
)
unit_r(
    DEBATE,
    "The finals venue is 3.2 miles by road from the team hotel. How far is that in km?",
    dec("3.2") * MI / KM,
)
unit_r(
    STUNT,
    "The high fall off the warehouse roof is 42 feet. What's that in metres?",
    42 * FT,
)
unit_r(
    FOLEY,
    "Our foley stage measures 14 ft by 11 ft with a 9 ft ceiling. What's its volume in cubic "
    "metres?",
    14 * 11 * 9 * CUFT,
)
unit(
    GLOVE,
    "Customer's hand measures 8.5 inches round the knuckles. Give that in centimetres.",
    dec("8.5") * IN / CM,
    EXACT,
)
unit(
    ICEFISH,
    "Ice on the lake was 14 inches thick at the auger hole. How many cm is that?",
    14 * IN / CM,
    EXACT,
)
unit_r(
    JUGGLE,
    "A juggling ring is 32 cm across. What is its diameter in inches?",
    32 * CM / IN,
)
unit(
    MARQ,
    "One veneer leaf is 3 ft long by 10 in wide. What's its area in square centimetres?",
    36 * IN * 10 * IN / SQCM,
    EXACT,
)
unit_r(
    OLIVE,
    "An American buyer wants our 500 kg lot of olives quoted in pounds. How many pounds?",
    500 / LB,
)
unit_r(
    PINATA,
    "The paste recipe for a batch of piñatas uses 2.5 kg of flour. How many pounds of flour is "
    "that?",
    dec("2.5") / LB,
)
unit_r(
    RODEO,
    "The arena floor is 150 ft by 300 ft. How many square metres is that?",
    150 * 300 * SQFT,
)
unit_r(
    RODEO,
    "The bull weighed in at 1,850 lb. Convert to kilograms.",
    1850 * LB,
)
unit_r(
    SAKE,
    "How many cubic feet does our 3,200-litre fermentation tank hold?",
    3200 * LITRE / CUFT,
)
unit(
    SCARE,
    "The winning scarecrow stands 6 ft 4 in. How tall is it in centimetres?",
    (6 * FT + 4 * IN) / CM,
    EXACT,
)
unit(
    SCIFAIR,
    "A student's bean plant grew 7.4 inches during the project. What is that in cm?",
    dec("7.4") * IN / CM,
    EXACT,
)
unit_r(
    SILK,
    "A skein of raw silk weighs 2.75 lb. In grams?",
    dec("2.75") * LB / G,
)
unit_r(
    HANDBALL,
    "A handball court is 40 m by 20 m. What area is that in square feet?",
    40 * 20 / SQFT,
)
unit(
    MIRROR,
    "Convert a 12.5-inch mirror blank's diameter to millimetres.",
    dec("12.5") * IN / MM,
    EXACT,
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
date_item(P, "What day of the week was 17 August 1994?", weekday(D(1994, 8, 17)))
date_item(P, "What date is 100 days after 3 March 2031?", D(2031, 3, 3) + TD(days=100))
date_item(
    P, "How many days from 12 January 2029 to 4 July 2029?", days(D(2029, 1, 12), D(2029, 7, 4))
)
date_item(P, "date 6 weeks before 9 October 2030", D(2030, 10, 9) - TD(weeks=6))
date_item(P, "Which weekday is 25 December 2034?", weekday(D(2034, 12, 25)))
date_item(
    P,
    "How many days are there between 1 September 2027 and 1 March 2028?",
    days(D(2027, 9, 1), D(2028, 3, 1)),
)
date_item(
    P,
    "Someone born on 14 May 1988: how old are they on 2 May 2031?",
    age(D(1988, 5, 14), D(2031, 5, 2)),
)
date_item(P, "250 days after 20 November 2029 is what date?", D(2029, 11, 20) + TD(days=250))
date_item(P, "Last Friday of November 2030?", nth_weekday(2030, 11, FRI, -1))
date_item(
    P,
    "Minutes from 21:40 to 06:15 the following morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(
    P,
    "How many whole weeks lie between 11 February 2033 and 6 May 2033?",
    weeks(D(2033, 2, 11), D(2033, 5, 6)),
)
date_item(P, "Which date falls 45 days before 1 June 2033?", D(2033, 6, 1) - TD(days=45))
date_item(P, "what day of the week is 1 January 2040", weekday(D(2040, 1, 1)))
date_item(P, "Hours between 07:45 and 16:15?", clock_span("07:45", "16:15", 3600))

# register word problems (25 + 6 second ones)
GAS_CHECK = D(2031, 3, 12)
date_item(
    AIRSHIP,
    f"The gas certificate has to be renewed every 180 days. It was last done on {say(GAS_CHECK)}."
    " When is the next renewal due?",
    GAS_CHECK + TD(days=180),
)
date_item(
    AVAL,
    "We issue one bulletin a day, numbered from bulletin 1 on 1 December 2030. On what date "
    "does bulletin 75 come out?",
    D(2030, 12, 1) + TD(days=74),
)
BOB_CAMP = D(2028, 10, 9)
date_item(
    BOB,
    f"Push camp starts on {sayw(BOB_CAMP)} and lasts 24 days, counting the first and the last "
    "day. What is the last day of camp?",
    BOB_CAMP + TD(days=23),
)
date_item(
    CANYON,
    "Our canyoning season opens on the first Saturday of May 2029. What date is that?",
    nth_weekday(2029, 5, SAT, 1),
)
date_item(
    CHAND,
    "We clean the hotel chandelier every 13 weeks. The first clean is on 6 January 2030; what "
    "date is the fourth clean?",
    D(2030, 1, 6) + TD(weeks=3 * 13),
)
date_item(
    COCKLE,
    "The beds were closed on 1 February 2030 and reopen 16 weeks later. Reopening date?",
    D(2030, 2, 1) + TD(weeks=16),
)
date_item(
    CORK,
    "A tree stripped on 20 June 2026 can't be stripped again until 20 June 2035. What day of "
    "the week is that?",
    weekday(D(2035, 6, 20)),
)
FLOOD = D(2028, 10, 2)
date_item(
    CRAN,
    f"We flood the first bog on {sayw(FLOOD)} and the last one 19 days after that. On what date "
    "is the last bog flooded?",
    FLOOD + TD(days=19),
)
date_item(
    CRYO,
    "A client books 20 sessions, one every 3 days, starting 4 January 2031. When is the last "
    "session?",
    D(2031, 1, 4) + TD(days=19 * 3),
)
date_item(
    DEBATE,
    "The spring open is on the fourth Saturday of March 2029. Which date?",
    nth_weekday(2029, 3, SAT, 4),
)
date_item(
    DEBATE,
    "Team registration closes 33 days before the tournament on 21 April 2029. What's the "
    "closing date?",
    D(2029, 4, 21) - TD(days=33),
)
date_item(
    STUNT,
    "Call time on the car-chase day was 05:30 and we wrapped at 19:50. How many minutes was that?",
    clock_span("05:30", "19:50", 60),
)
date_item(
    FOLEY,
    "Spotting session was 8 August 2028 and the final mix is due 90 days after it. Due date?",
    D(2028, 8, 8) + TD(days=90),
)
date_item(
    GLOVE,
    "Order taken 7 November 2030, promised 3 weeks after that. What date do we promise?",
    D(2030, 11, 7) + TD(weeks=3),
)
date_item(
    GLOVE,
    "Our master cutter started here on 15 September 1998 and retires on 15 September 2031. How "
    "many days is that?",
    days(D(1998, 9, 15), D(2031, 9, 15)),
)
date_item(
    ICEFISH,
    "The derby is held on the second Saturday of February 2028. What's the date?",
    nth_weekday(2028, 2, SAT, 2),
)
date_item(
    JUGGLE,
    "A club order ships on 11 November 2029 and the courier takes 8 days. What weekday does it "
    "arrive?",
    weekday(D(2029, 11, 11) + TD(days=8)),
)
date_item(
    MARQ,
    "Commission started 4 February 2030 and I promised it 110 days later. When is it due?",
    D(2030, 2, 4) + TD(days=110),
)
date_item(
    MARQ,
    "The cabinet on my bench was made on 30 October 1874. How many whole years old is it on 12 "
    "March 2030?",
    age(D(1874, 10, 30), D(2030, 3, 12)),
)
date_item(
    OLIVE,
    "Harvest runs from 28 October 2027 to 16 December 2027, both days included. How many days "
    "of harvest is that?",
    days(D(2027, 10, 28), D(2027, 12, 16)) + 1,
)
PARTY = D(2030, 5, 5)
date_item(
    PINATA,
    f"The party is on {sayw(PARTY)} at 09:00 and the last paste layer needs 72 hours to dry by "
    "then. On what date must that layer go on at the latest?",
    PARTY - TD(hours=72),
)
date_item(
    RODEO,
    "Entries close 26 days before the rodeo opens on 2 July 2031. What date do entries close?",
    D(2031, 7, 2) - TD(days=26),
)
date_item(
    SAKE,
    "Moromi mash started on 14 January 2029 and needs 32 days to ferment. What date is it ready?",
    D(2029, 1, 14) + TD(days=32),
)
date_item(
    SAKE,
    "Our toji was born on 3 November 1961. How old is he on 1 March 2029?",
    age(D(1961, 11, 3), D(2029, 3, 1)),
)
SCARE_END = D(2030, 9, 1)
date_item(
    SCARE,
    f"The festival runs 9 days, counting both ends, and finishes on {sayw(SCARE_END)}. What "
    "date is its first day?",
    SCARE_END - TD(days=8),
)
date_item(
    SCARE,
    "The founder of our festival was born 1 October 1939. How old will she be on the opening "
    "day, 24 August 2030?",
    age(D(1939, 10, 1), D(2030, 8, 24)),
)
FAIR = D(2031, 3, 14)
date_item(
    SCIFAIR,
    f"The fair is on {sayw(FAIR)} and projects must be registered 6 weeks before. What is the "
    "registration deadline?",
    FAIR - TD(weeks=6),
)
date_item(
    SILK,
    "Eggs went into the incubator on 3 April 2029. They hatch after 11 days and the worms "
    "start spinning 26 days after hatching. On what date do they start spinning?",
    D(2029, 4, 3) + TD(days=11 + 26),
)
date_item(
    SILK,
    "How many days is it from 10 May 2029 to 2 June 2029 in the rearing log?",
    days(D(2029, 5, 10), D(2029, 6, 2)),
)
date_item(
    HANDBALL,
    "We play a fixture every 12 days, the first on 7 September 2030. On what date is the sixth "
    "fixture?",
    D(2030, 9, 7) + TD(days=5 * 12),
)
date_item(
    MIRROR,
    "I began figuring the mirror on 3 January 2030 and finished on 28 February 2030. How many "
    "days did it take?",
    days(D(2030, 1, 3), D(2030, 2, 28)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AIRSHIP: (
        "What does the ground crew actually do when an airship is brought onto the mast?",
        "Why are airships filled with helium now rather than hydrogen?",
        "Write a short safety briefing for volunteers handling mooring lines in a gusty wind.",
        "Is it worth learning to drive the mast truck if I only help out at weekends?",
    ),
    AVAL: (
        "Explain the difference between a wind slab and a persistent weak layer.",
        "How should we word a bulletin when the danger is considerable but falling?",
        "What training do I need to become an avalanche forecaster in the Alps?",
        "Draft a friendly social media post telling ski tourers to check the bulletin first.",
    ),
    BOB: (
        "What makes a good brakeman in a four-man bobsleigh?",
        "How do push athletes usually train sprinting in the off-season?",
        "Why do bobsleigh teams care so much about runner temperature?",
        "Write a thank-you note to our local sponsor after the national championships.",
    ),
    CANYON: (
        "What should clients wear under a wetsuit for a canyoning trip?",
        "How do guides decide whether a gorge is too high to run after rain?",
        "Suggest a name for our new beginners' canyoning route.",
        "Is a rope bag or a backpack better for carrying rope through a gorge?",
    ),
    CHAND: (
        "How do you clean lead crystal drops without clouding them?",
        "What's the difference between Bohemian and Waterford crystal?",
        "Write a short description of a Regency chandelier for an auction listing.",
        "Should a restorer replace missing drops with new ones or hunt for antique ones?",
    ),
    COCKLE: (
        "Why are some cockle beds closed for whole seasons?",
        "What's the safest way to work out on the sands when the tide is turning?",
        "How do we explain the cooperative's permit rules to a new picker?",
        "Give me some ideas for selling cockles directly to local restaurants.",
    ),
    CORK: (
        "Why does cork oak bark grow back after stripping?",
        "What tools does a cork stripper use, and how are they looked after?",
        "Write a paragraph for a wine shop explaining where natural cork comes from.",
        "How do we tell a young stripper the difference between a good cut and a damaging one?",
    ),
    CRAN: (
        "Why are cranberry bogs flooded for harvest?",
        "What's the difference between wet harvesting and dry harvesting cranberries?",
        "Write a short caption for a photo of our crew corralling berries in the bog.",
        "How do growers protect cranberry vines from frost in spring?",
    ),
    CRYO: (
        "What claims can a cryotherapy clinic safely make in its adverts?",
        "Which health conditions should rule out a whole-body cryotherapy session?",
        "Write a calm script for reassuring a nervous first-time client.",
        "How is localised cryotherapy different from a whole-body chamber?",
    ),
    DEBATE: (
        "How does power pairing work in a British Parliamentary debate tournament?",
        "What should the tab room do if a judge submits a ballot with the wrong team order?",
        "Write a short announcement that the motion for round four will be released late.",
        "Is it fairer to break on team points or on speaker points?",
    ),
    STUNT: (
        "What does a stunt coordinator check before a stair fall is filmed?",
        "How do productions decide whether to use a stunt double or the actor?",
        "Write a call sheet note reminding everyone about the fire gag safety meeting.",
        "Why are descender rigs used for high falls instead of airbags sometimes?",
    ),
    FOLEY: (
        "What props make a convincing sound for footsteps on snow?",
        "How is foley different from sound effects taken from a library?",
        "Describe how a foley artist performs cloth passes for a period drama.",
        "Suggest some surfaces worth adding to a small foley pit.",
    ),
    GLOVE: (
        "Why are dress gloves cut along the stretch of the leather?",
        "What's the difference between a pique seam and a prix seam?",
        "Write a care card for customers who have bought unlined deerskin gloves.",
        "How do I explain to a customer why made-to-measure gloves take so long?",
    ),
    ICEFISH: (
        "What rules should an ice fishing derby have about hole spacing?",
        "How do organisers check that a fish was caught during the derby hours?",
        "Write a short radio announcement for our winter derby.",
        "What's a good tie-break rule if two anglers land fish of equal weight?",
    ),
    JUGGLE: (
        "Why do juggling clubs have a particular balance point?",
        "Which is better for beginners, beanbags or stage balls?",
        "Write a product description for a set of three glow clubs.",
        "How can I make my juggling rings less slippery to catch?",
    ),
    MARQ: (
        "What's the difference between marquetry and parquetry?",
        "How do you shade veneer with hot sand without burning it?",
        "Write a short story about an apprentice's first marquetry panel.",
        "Which woods give a good green tone in a marquetry landscape?",
    ),
    OLIVE: (
        "What makes an olive oil extra virgin rather than virgin?",
        "Should we mill olives the same day they're picked, and why?",
        "Write a label blurb for our early-harvest peppery oil.",
        "How do two-phase and three-phase decanters differ?",
    ),
    PINATA: (
        "How do I make a piñata that small children can actually break?",
        "What's a good paste recipe that won't go mouldy in humid weather?",
        "Write a cheerful Instagram caption for a unicorn piñata.",
        "Are there safer alternatives to hitting a piñata with a stick at a school event?",
    ),
    RODEO: (
        "How do judges score a bareback ride?",
        "What does the arena secretary do on a rodeo weekend?",
        "Write a welcome speech for the opening of our county rodeo.",
        "How should we handle a contestant who disputes a time in barrel racing?",
    ),
    SAKE: (
        "What does koji do in sake brewing?",
        "Why is the koji room kept so warm and humid?",
        "Write a tasting note for a dry junmai with a hint of melon.",
        "How is ginjo different from daiginjo?",
    ),
    SCARE: (
        "How can we stop scarecrows on the village trail getting wrecked by wind?",
        "Suggest a theme for this summer's scarecrow festival.",
        "Write a polite letter asking residents not to put up scarecrows on the main road verge.",
        "What's a fair way to judge scarecrows made by children against ones made by adults?",
    ),
    SCIFAIR: (
        "What makes a science fair project stand out to judges?",
        "How should judges give feedback to a nervous eleven-year-old?",
        "Write a short rubric description for 'scientific method'.",
        "Is it okay for parents to help with a science fair display?",
    ),
    SILK: (
        "Why do silkworms need fresh mulberry leaves rather than dried ones?",
        "How do you know when silkworms are ready to spin?",
        "Explain the difference between reeled silk and spun silk.",
        "Write an introduction to sericulture for a school visit.",
    ),
    HANDBALL: (
        "Explain the passive play rule in handball.",
        "What does a good pivot player do in attack?",
        "Write a recruitment post to get new players for our women's handball team.",
        "How should we warm up goalkeepers before a match?",
    ),
    MIRROR: (
        "What does a Foucault test tell you about a telescope mirror?",
        "Why is pitch used to polish a mirror?",
        "Write an introduction for our beginners' mirror-making course.",
        "How do I tell if my mirror has a turned-down edge?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
for _reg in REGISTERS:
    assert len(ORDINARY[_reg]) == 4, _reg
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


NEAR = (
    ("near-gallons", "How many gallons is the 40-litre koji steamer?", "gallon: US or imperial"),
    ("near-tons", "Our bog gave 3 tons of berries, what's that in kg?", "ton: short or long"),
    ("near-pints", "How many pints is 2 litres of cold brew?", "pint: US or imperial"),
    ("near-ounces", "8 ounces of olive oil — how many millilitres?", "fluid or weight ounce"),
    (
        "near-miles-at-sea",
        "The cockle boat went 14 miles out across the bay to the far bank. How far in km?",
        "statute or nautical miles at sea",
    ),
    ("near-age-now", "How old is the brew master, born 9 June 1958?", "needs the current date"),
    (
        "near-sleeps",
        "How many sleeps until the scarecrow festival on 24 August?",
        "no year and no current date",
    ),
    ("near-exchange-rate", "What's €500 in pounds?", "needs a current exchange rate"),
    ("near-share-price", "What would 30 Nike shares cost me?", "needs a current share price"),
    (
        "near-world-record",
        "How far short of the world record is a high fall of 42 feet?",
        "needs the current record",
    ),
    ("near-month-on-31st", "What's one month after 31 January 2029?", "month length convention"),
    (
        "near-leap-day-birthday",
        "Our kid was born 29 February 2028. On what date is his first birthday?",
        "no 29 February in 2029: a convention",
    ),
    (
        "near-working-days",
        "How many working days does the tab room have in June 2031?",
        "public holidays depend on the country",
    ),
    ("near-sunrise", "What time is sunrise in Chamonix on 3 January 2030?", "astronomical lookup"),
    (
        "near-full-moon",
        "Which night is the first full moon after the derby on 12 February 2028?",
        "astronomical lookup",
    ),
    (
        "near-time-zone",
        "If the rodeo starts at 7pm in Calgary, what time is that in Lisbon?",
        "time zones and summer time",
    ),
    ("near-glove-size", "What glove size fits a hand 21 cm round?", "sizing judgement"),
    ("near-beaufort", "Force 7 wind is how many km/h?", "a Beaufort force is a range"),
    ("near-tip", "How much should I tip our canyon guide on a £74 trip?", "etiquette judgement"),
    (
        "near-vat-abroad",
        "Do I charge VAT on piñatas sold to a shop in Dublin?",
        "tax rules, not arithmetic",
    ),
    (
        "near-percentage-points",
        "Our save rate went from 30% to 36%. By how much did it go up?",
        "percent or percentage points",
    ),
    (
        "near-outline-numbering",
        "In the judges' handbook, does section 3.12 come before or after section 3.2?",
        "section numbers, not decimals",
    ),
    ("near-implied-multiplication", "12 ÷ 3(1 + 3) — what's the answer?", "ambiguous precedence"),
    (
        "near-floating-point",
        "Why does my tab spreadsheet show 0.1 + 0.2 as 0.30000000000000004?",
        "explanation",
    ),
    (
        "near-a4-pixels",
        "How many pixels across is an A4 poster for the science fair?",
        "needs a resolution",
    ),
    ("near-mpg", "Our horsebox does 14 mpg; what's that in L/100 km?", "US or imperial mpg"),
    (
        "near-month-first",
        "How many days from 07/08/2031 to 09/10/2031 for the cork log?",
        "day-first or month-first dates",
    ),
    (
        "near-three-for-two",
        "Three for two on juggling balls priced £4, £6 and £5 — what do I pay?",
        "which item is free is a shop rule",
    ),
    (
        "near-interest-kind",
        "I put £2,000 away at 5% for 3 years for the sled fund. What do I end up with?",
        "simple or compound, how often",
    ),
    ("near-cocoon-fact", "How many cocoons make a kilo of raw silk?", "a fact that varies"),
    (
        "near-oil-density",
        "What does one litre of extra virgin oil weigh in grams?",
        "density fact",
    ),
    (
        "near-helium-lift",
        "How much can 5,400 cubic metres of helium lift?",
        "depends on purity, temperature, pressure",
    ),
    ("near-snow-density", "What does a cubic metre of snow weigh?", "varies widely"),
    (
        "near-slope-safety",
        "The danger level is 3. Is a 35 degree slope safe to ski?",
        "safety judgement",
    ),
    (
        "near-cryo-safety",
        "Is three minutes at -110 °C safe for a 78-year-old client?",
        "medical judgement",
    ),
    (
        "near-speaker-score-judgement",
        "Our first speaker averaged 76.5. Is that a good score?",
        "judgement",
    ),
    ("near-bull-score", "A ride scored 87. How many points did the bull get?", "judged, unknown"),
    ("near-handball-length", "How long does a handball match last?", "rules fact"),
    ("near-focal-length", "What focal length should my 8-inch mirror have?", "design judgement"),
    ("near-cup-of-rice", "How many grams is a cup of polished rice?", "cup size and packing"),
    (
        "near-cranberry-yield",
        "What's a normal yield per acre for a cranberry bog?",
        "fact that varies",
    ),
    (
        "near-bark-regrowth",
        "How thick will the cork be when we strip that tree next time?",
        "growth varies",
    ),
    ("near-frames", "How many frames is 2.5 seconds of footsteps?", "needs a frame rate"),
    ("near-beats", "How many beats are there in a 3-minute foley loop?", "needs a tempo"),
    (
        "near-ice-strength",
        "Is 6 inches of ice enough to drive a pickup onto?",
        "safety judgement",
    ),
    ("near-fish-weight", "How heavy is a 30-inch pike?", "estimate, varies"),
    (
        "near-scarecrow-rule",
        "What's the tallest scarecrow allowed on the village trail?",
        "depends on the committee's rules",
    ),
    ("near-numerology", "What's my lucky number if I was born on 7 July 1977?", "numerology"),
    ("near-seat-code", "What does seat code 14B-3 mean on a rodeo ticket?", "an identifier"),
    (
        "near-significance",
        "Average scores went from 71 to 74 after the new rubric. Is that significant?",
        "needs spread and sample sizes",
    ),
    (
        "near-driving-distance",
        "How far is it from Lyon to the Ardèche gorge by road?",
        "geographic lookup",
    ),
    (
        "near-heater-fuel",
        "How long will a 9 kg propane bottle keep the ice shack heater going?",
        "needs the heater's rating",
    ),
    ("near-oil-price", "What's olive oil going for per litre these days?", "current price"),
    ("near-wage", "What does a foley artist earn per hour?", "varies, lookup"),
    ("near-leaf-appetite", "How many mulberry leaves does one silkworm eat?", "fact that varies"),
    (
        "near-paint-coverage",
        "How much paint do I need for a dozen piñatas?",
        "vague quantities",
    ),
    ("near-star-sign", "What star sign is someone born on 21 April?", "cusp conventions"),
    (
        "near-season-week",
        "What week of the handball season is 14 November?",
        "season start not stated",
    ),
    ("near-lunar-new-year", "What date is Chinese New Year in 2033?", "lunisolar calendar"),
    (
        "near-hebrew-calendar",
        "What Gregorian date is 1 Tishrei 5800?",
        "Hebrew calendar rules",
    ),
    (
        "near-bank-holiday",
        "What date is the August bank holiday in 2030?",
        "differs between Scotland and England",
    ),
    ("near-horsepower", "The winch is 5 hp. How many kW is that?", "metric or mechanical hp"),
    (
        "near-calories-burned",
        "How many calories does an hour of canyoning burn?",
        "depends on the person",
    ),
    (
        "near-wind-chill",
        "What does minus 8 with a 40 km/h wind feel like on the ridge?",
        "which wind-chill model, judgement",
    ),
    (
        "near-version-order",
        "Which is newer, tab software 2.10 or 2.9?",
        "version numbers, not decimals",
    ),
)
assert len(NEAR) == 65 == len({f for f, _, _ in NEAR})
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


CONVS = (
    (
        "conv-operator",
        [
            (U, "For the tab room puzzle, let a ◇ b mean 2a + b squared."),
            (A, "Got it: a ◇ b = 2a + b²."),
            (U, "So what's 7 ◇ 3?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-invented-unit",
        [
            (U, "In our glove shop a 'bundle' is 10 pairs, not a dozen."),
            (A, "Understood, a bundle is 10 pairs here."),
            (U, "How many single gloves are in 7 bundles?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "In the juggling club game, + means multiply and × means add."),
            (A, "Okay, I'll read + as times and × as plus."),
            (U, "Then what is 6 + 4 × 3?"),
        ],
        "operators swapped earlier",
    ),
    (
        "conv-hex-output",
        [
            (U, "Give every number from now on in hexadecimal."),
            (A, "Sure, I'll answer in hex."),
            (U, "What's 243 plus 29?"),
        ],
        "output base set earlier",
    ),
    (
        "conv-roman-output",
        [
            (U, "Please write all your answers in Roman numerals, it's for a festival sign."),
            (A, "Happy to, answers will be in Roman numerals."),
            (U, "How many scarecrows is 47 plus 38?"),
        ],
        "Roman numeral output",
    ),
    (
        "conv-french",
        [
            (U, "À partir de maintenant, réponds-moi en français pour le cahier de la cave."),
            (A, "D'accord, je répondrai en français."),
            (U, "What's 17.5% of 460?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-json",
        [
            (S, 'Reply only with JSON of the form {"answer": <value>, "unit": <unit>}.'),
            (U, "Total cost of 14 cocoon trays at £6.25?"),
        ],
        "output format set by a system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Rusty, a grumpy old rodeo clown. Stay in character."),
            (U, "How much is 9 entries at $175?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-round-5p",
        [
            (U, "We only take cash at the cockle stall, so round every price to the nearest 5p."),
            (A, "Noted, prices to the nearest 5p."),
            (U, "What's 1.3 kg of cockles at £4.79 a kilo?"),
        ],
        "rounding convention set earlier",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Keep every result to 2 significant figures for the bulletin."),
            (A, "Okay, two significant figures."),
            (U, "What's 1.47 m of snow at 310 kg per cubic metre, per square metre?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit-inches",
        [
            (U, "Always give lengths in inches, our supplier is American."),
            (A, "Will do, lengths in inches."),
            (U, "How long is a 2.3 m veneer leaf?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For the olive mill accounts use €1 = £0.86 throughout."),
            (A, "Understood, €1 = £0.86."),
            (U, "What is €340 then?"),
        ],
        "currency rate set earlier",
    ),
    (
        "conv-month-first",
        [
            (U, "Our American sister club writes dates month first."),
            (A, "Okay, month first."),
            (U, "How many days from 04/05/2030 to 06/07/2030?"),
        ],
        "date order set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "For the maths club sheet, answers must be exact fractions in lowest terms."),
            (A, "Sure, fractions it is."),
            (U, "Work out 0.45 of 26."),
        ],
        "output form set earlier",
    ),
    (
        "conv-figures-two-turns",
        [
            (U, "Rehang job: 112 replacement drops at £2.65 each."),
            (A, "Okay, 112 drops at £2.65 each."),
            (U, "Plus 4.5 hours of my labour at £38."),
            (A, "Noted."),
            (U, "Right, add those up for the invoice, please."),
        ],
        "figures spread over earlier turns",
    ),
    (
        "conv-relative-day",
        [
            (U, "In the rearing log, day 0 is the hatch, which was 14 April 2029."),
            (A, "Understood, day 0 is 14 April 2029."),
            (U, "What date is day 26?"),
        ],
        "day numbering set earlier",
    ),
    (
        "conv-season-week",
        [
            (U, "Week 1 of our handball season starts on Monday 2 September 2030."),
            (A, "Got it."),
            (U, "What date is the Saturday of week 9?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm in Lisbon, we write decimals with a comma, so 3,5 is three and a half."),
            (A, "Understood, decimal commas."),
            (U, "What's 3,5 × 4,2?"),
        ],
        "decimal comma convention",
    ),
    (
        "conv-modular",
        [
            (U, "The kids' stall works on a 12-hour clock face, so everything wraps round at 12."),
            (A, "Okay, everything mod 12."),
            (U, "What's 10 + 7 on that face?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-scoring-rule",
        [
            (U, "In our league a debate win scores 3, a loss 1, and a 2-1 split earns a bonus 1."),
            (A, "Noted the scoring."),
            (U, "We had 4 wins, 2 of them split decisions, and 2 losses. Total?"),
        ],
        "scoring rule set earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "For the scarecrow quiz each letter scores its alphabet place: A is 1, Z is 26."),
            (A, "Okay."),
            (U, "What does the word BALES score?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "At the derby bar, a 'pony' is £25 and a 'monkey' is £500."),
            (A, "Right, pony £25, monkey £500."),
            (U, "Two monkeys and three ponies comes to what?"),
        ],
        "slang amounts set earlier",
    ),
    (
        "conv-ten-day-week",
        [
            (U, "Our festival calendar has 10-day weeks, day 1 being the opening day."),
            (A, "Understood, 10-day weeks."),
            (U, "Which day of its week is festival day 47?"),
        ],
        "invented calendar",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All our shop prices include VAT at 20%."),
            (A, "Noted, prices are VAT-inclusive."),
            (U, "How much VAT is in a £96 pair of gloves?"),
        ],
        "VAT convention set earlier",
    ),
    (
        "conv-redefined-discount",
        [
            (U, "When I say 'staff price' I mean 30% off, and 'trade' means 12.5% off."),
            (A, "Got it."),
            (U, "Staff price on a £64 set of clubs?"),
        ],
        "discount defined earlier",
    ),
    (
        "conv-short-bolt",
        [
            (U, "In this shop a bolt of silk is 40 m, not the usual length."),
            (A, "Okay, a bolt is 40 m here."),
            (U, "How many metres in 3.5 bolts?"),
        ],
        "unit redefined earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Answer everything as a haiku today please."),
            (A, "Numbers in verse, then / seventeen syllables each / ask and I will sing"),
            (U, "What's 128 × 6?"),
        ],
        "verse output",
    ),
    (
        "conv-binary-output",
        [
            (S, "Give every numerical answer in binary."),
            (U, "How many judges if 9 panels have 4 each?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-relative-clock",
        [
            (U, "Mast time zero is when the ship lands, at 05:10."),
            (A, "Okay, T0 = 05:10."),
            (U, "What clock time is T+95?"),
        ],
        "relative clock defined earlier",
    ),
    (
        "conv-snow-hands",
        [
            (U, "Up at the hut we measure snow in 'hands' of 10 cm."),
            (A, "Got it, a hand is 10 cm."),
            (U, "How many hands is 1.35 m?"),
        ],
        "invented unit defined earlier",
    ),
    (
        "conv-spanish",
        [
            (U, "Contesta en español por favor."),
            (A, "Claro, contestaré en español."),
            (U, "How much is 12 kilos of cork at €3.40?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-words-only",
        [
            (U, "Write numbers out in words for the announcer, no digits."),
            (A, "Understood, in words."),
            (U, "What's 125 × 8?"),
        ],
        "output in words",
    ),
    (
        "conv-overtime-rule",
        [
            (U, "Crew overtime after 8 hours a day is paid at time and a half."),
            (A, "Noted."),
            (U, "A rigger did 11 hours at £20 an hour. What's her pay?"),
        ],
        "pay rule set earlier",
    ),
    (
        "conv-financial-year",
        [
            (U, "Our financial year starts on 1 April, Q1 being April to June."),
            (A, "Okay."),
            (U, "Which quarter is 14 January 2030 in?"),
        ],
        "year start set earlier",
    ),
    (
        "conv-score-out-of-ten",
        [
            (U, "Judges here mark out of 10 and we drop the highest and lowest of five."),
            (A, "Understood."),
            (U, "Marks were 7, 8.5, 6, 9 and 8. What's the score?"),
        ],
        "scoring rule set earlier",
    ),
)
assert len(CONVS) == 35 == len({f for f, _, _ in CONVS})
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _lab and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _lab
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
_npos = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)
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
    # no register (family name) of this set is a family name of sets 19 to 77
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 77: {reused}"
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
