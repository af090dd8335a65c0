r"""Generate heldout-2027-02-18.jsonl: a seventy-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed77/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1200: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/sealed77/make_heldout_76.py (2262 lines, as the brief said): lines 1-493 (its docstring,
imports, configuration, helpers, calc() and the line P = "plain"), 744-804 (its units section
header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 938-1022 (its datetime section header, date helpers,
date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1224-1231 (its negatives section
header, neg() and conv()) and 2039-2262 (its stated-weekday check, its checks and main()). None of
set 76's query blocks (494-743, 805-937, 1023-1223, 1232-2038) was opened.

The first command ran `mkdir -p /tmp/h77`, an `ls` of /work/sealed77 (earlier_registers.txt and
make_heldout_76.py), a `wc -l` of make_heldout_76.py (2262), copied the five ranges by `sed -n
A,Bp` into /tmp/h77/r1.py to r5.py without printing them, ran a `wc -l` of the copies and a `cat`
of grading.py. The second ran a `cat` of r1.py; the shell tool's display left out lines 164-184 of
that output, so the fourth command ran a `sed -n 160,188p` of the copy r1.py (inside the allowed
range) to read them; all of lines 1-493 were therefore seen. The third ran a `cat` of r2.py to
r5.py, the fifth the `wc -l` and `tr` of earlier_registers.txt. Nothing under /work/main was opened
or listed apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/, not
README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-76) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail` and `sed -n 1,3p`
of its printed output and its --show listing of ids, expected values and tolerances were read), no
git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h77/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
field_hockey_club_fixtures_secretary, magic_lantern_slide_archivist,
portrait_photography_studio_sittings, sand_yacht_club, wakeboard_cable_park, salmon_farm_pen_site
and underwater_hockey_club; none of them one of this set's registers, each matching by a shared
word and judged a different trade or situation). The next command wrote and ran /tmp/h77/subst.py
(a `cat` heredoc, run by the system `python3`): it cut the first copy at the line that is exactly
`from __future__ import annotations` (asserted to be the only such whole line) and substituted this
set's OUT and PREFIX, "sets 1-75" -> "sets 1-76" in the comment on EARLIER_DIRS (the tuple itself
and earlier_path() are kept as they were), EARLIER (sets 1-76, `range(2, 77)`) and REGISTER_CHECK
(sets 19-76, adding make_heldout_76.py), all in the first block, and "sets 19 to 75" -> "sets 19 to
76" in one comment and one message string of main() in the last block (each substitution asserted
to apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth ranges are used as copied); the
same command ran a `head -3` of c1.py and a `grep -nE` of c1.py and c5.py for "75", "76", "77" and
"19 to" (with the REGISTER_CHECK lines of sets 19-74 filtered out). Then `cat` heredocs wrote this
set's own blocks under /tmp/h77/own/: a_calc.py (money(), the registers and calculator items), then
b_units.py (unit constants and unit items), then, in one command, an inline script (system
`python3`) that reworded one unit word problem so that its miles are plainly on land (a cliff-top
footpath) and c_dates.py (date items), then an inline script that removed one date word problem (a
second coastal survey item, which would have made 32 register date problems) with a `grep -c` of
the file, then d_negs.py (the ORDINARY table), then in one command e_near.py (near-positive
negatives) and f_convs.py (conversations and this set's own structural asserts). The next command
ran an inline script that reworded one conversation's user turn (the JSON one), wrote an assembly
script /tmp/h77/assemble.py (it builds this file from /tmp/h77/doc.txt, or a one-line placeholder,
and the blocks in order: c1.py, a_calc.py, r2.py, b_units.py, r3.py, c_dates.py, r4.py, d_negs.py,
e_near.py, f_convs.py and c5.py, and prints its line count) and a helper /tmp/h77/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h77/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h77/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh. Edits after each failed check (listed below) were made by inline
scripts applying exact replacements, each asserted to apply once. After the run that passed every
check, run.sh ran with --show (its own printing sent to /dev/null), followed by a `sed -n 1,3p` of
out.txt, the listing of ids, expected values and tolerances (a `grep` of out.txt laid out by
`column -t`) and a count of lines over 99 characters by a system `python3` one-liner; a `sed -n` of
those nine lines and a `grep -n -A1` of the own blocks located them, and after their fix run.sh ran
again with --show, followed by a `tail -3 | head -1` and the `sed -n 1,3p` of out.txt, the same
count (none over 99) and a `cat` of ruff.txt. This docstring was written last over the placeholder:
its source text, /tmp/h77/doc/doc_src.txt, was written by a `cat` heredoc, and
/tmp/h77/doc/make_doc.py (a `cat` heredoc in the same command; it uses textwrap, keeps the indented
lines as they are and asserts that the words are unchanged, that no line exceeds 99 characters and
that every register value is named) filled it to 99 columns into /tmp/h77/doc.txt, followed by
run.sh and a `head -3` of this file. Then, in one command, `ruff format --no-cache --check` and
`ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h77` and an `ls` of
/tmp/h77 (gone). Writes: only this file and its JSONL in /work/sealed77/ (earlier_registers.txt and
make_heldout_76.py left as they were); temporary blocks, scripts and output under /tmp/h77/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python.

Postscript: the final command above also ran an `ls` of /work/sealed77 (earlier_registers.txt,
the JSONL, make_heldout_76.py and this file). This paragraph was then added by an inline system
`python3` script, and `ruff format --no-cache --check` and `ruff check --no-cache` of this file
(from /work/main), a run of this file and `sha256sum` and `wc -l` of the JSONL were repeated.

Changes to set 76's main() and checks: only the substitutions listed above (file names, sets 1-76
for the duplicate check, sets 19-76 for the register check). Set 76 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 76 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-76 from router_heldout;
make_heldout_76.py also lies next to this file and is then the copy used) and after this file is
copied there. The copied helpers, unit factors, checks and main() are otherwise set 76's as copied;
ruff format may have changed layout only. All of set 76's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (used by the lantern boxes and the dog food sacks, each asserted not whole),
weeks() (used by a plain date one-liner and a date word problem), unit_r() with
close_enough_at_2dp(), say() (used by sayw()), sayw() (used three times, in date word problems, for
stated weekdays), sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly
written: money() (asserts whole pence or cents; every calculator money answer passes through it),
MM, CM, KM, G, HA, LITRE, SQIN and CUYD, with asserts on CM, KM, G, SQFT, CUFT, SQIN, HA/ACRE,
CUYD, MPH/KMH and LITRE; the register constants and the REGISTERS tuple (sorted, asserted 25 and
distinct); an assert that the square-root one-liner's radicand is a perfect square; an assert that
the racket reel's racket count is not whole (it asks for complete rackets, rounded down); the
ORDINARY, NEAR and CONVS tables; and this set's own asserts: the ORDINARY table is keyed by exactly
the REGISTERS, four each (items added in REGISTERS order); NEAR has 65 entries and CONVS 35, each
with distinct families, all "near-..." and "conv-..." respectively; the positive registers of each
tool are exactly the REGISTERS, with 31 register word problems per tool; 193 items lie in the
registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have four
positives and 7 have three; every negative outside the registers is a near-... or conv-... family;
no positive contains an all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 76's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 76's, copied (P = "plain" is copied too, as the
last line of the first block). Set 76's docstring (within lines 1-493) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance gallons,
tons, pints, ounces, miles at sea, an age needing the current date, sleeps with no year, an
exchange rate, a share price, a world record, a month added to the 31st, a leap-day birthday,
working days, sunrise, a full moon, a time zone, a shoe size, a Beaufort force, a tip, VAT rules,
percentage points, software versions, implied multiplication, spreadsheet rounding, a wind chill, a
weight judgement, mpg, month-first dates, an operator, an invented unit, swapped operators, an
output base, Roman numerals, a relative day notation, a season's week numbering, a decimal comma,
modular arithmetic, a scoring rule, letter values, slang amounts, JSON output, a persona, a fixed
currency rate, a target unit, fraction form, rounding to 5p, significant figures, verse, figures
spread over two user turns, a VAT-inclusive convention and a relative clock). All of set 76's
register names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the aggregates barge wharf next to the builders merchant, the slate quarry and the
ready-mix concrete plant; the animation studio inbetweener next to the freelance children's
illustrator and the indie game studio producer; the bespoke shoemaker's last room next to the
cobbler shoe repair counter and the clog maker; the coastal erosion survey team next to the drone
survey contractor and the commercial archaeology field unit; the ice hockey equipment manager next
to the ice rink manager, the field hockey club and the underwater hockey club; the kabaddi league
scorer next to the basketball league statistician and the cricket scorebox; the linocut printmaker
studio next to the letterpress printer and the t-shirt screen printer; the mahjong club table
organiser next to the bridge club and the board game cafe; the orangery citrus grower next to the
greenhouse tomato grower and the bonsai nursery; the paper lantern festival crew next to the
fireworks crews and the magic lantern slide archivist (a shared word only); the racket restringing
bench next to the tennis club junior coaching, the squash club ladder and the padel court bookings;
the radiocarbon dating lab next to the dendrochronology lab and the soil analysis laboratory; the
salmon counting station next to the salmon farm pen site and the trout lake; the salt mine tour
guide next to the sea salt works and the haunted walk tour guide; the sand sculpture festival crew
next to the ice sculptor, the butter sculptor and the sand yacht club (a shared word only); the
school picture day photographer next to the portrait photography studio and the photo booth hire;
the seabird island warden next to the bird ringing group and the lighthouse heritage trust warden;
the sepak takraw club next to the korfball club and the beach volleyball league; the ship model
maker next to the model railway clubs and the model rocketry club; the sled dog sprint team next to
the greyhound racing kennels and the dog agility club; the stilt walker troupe next to the circus
school and the children's party magician; the subsea cable repair ship next to the marine research
vessel scientist and the offshore wind turbine crew; the taiko drumming group next to the
peripatetic drum teacher and the ceilidh band; the thoroughbred stud foaling unit next to the horse
livery and the racecourse clerk of the course; the typeface foundry type designer next to the
letterpress studio and the freelance web designer; the judgement of "different topic" is this
writer's. At the edges of the allowed ranges: line 493 is P = "plain", 744, 938 and 1224 are
section headers, 2039 opens the stated-weekday check and 2262 is the call of main(). No query text
of any earlier set was seen: main()'s duplicate check names only this set's ids. Every query here
was newly written from imagination of each trade or situation; ten items that the duplicate check
reported as exact repeats of earlier queries or user turns (their earlier counterparts unseen) were
reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known
here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query
or user turn is ruled out by main(), and main() asserts that no register is a family name of sets
19 to 76 (the near-.../conv-... families are not registers and may coincide with earlier family
names). This set has no algebra or calculus question. Conversations that define an operator, an
invented unit, swapped operators, clock arithmetic, a house scoring rule, letter values, slang
amounts, a relative day notation, a season's week numbering, a decimal comma, an invented 13-month
calendar, a relative ship's clock, lantern size codes, house pung values, a VAT-inclusive
convention, the BP convention, team-size words, units per em, a redefined discount, the racing
birthday or a shorter set length are negatives because the notation or convention is set up in an
earlier turn (JSON output, a persona and a binary output base by a system turn); one conversation
spreads its figures over two user turns before asking. Some conversations (hexadecimal and binary
output, Roman numerals, Spanish, a haiku, JSON output, a persona, rounding to 5p, significant
figures, a target unit of feet, a fixed currency rate, month-first date order, fraction form) end
in a user turn that could be computed alone, or nearly; they are negatives, as in set 76, because
the earlier turn changes what a right answer looks like. Some near-positives depend on the current
date or current figures (a stallion's age now, sleeps until a parade with no year, Christmas Day's
weekday this year, the current exchange rate, a share price, a world record, a salary and a string
price), one asks for a month added to the 31st, one for the first birthday of a leap-day foal, one
for working days in a month, one each for sunrise, high tide, a full moon and a time in another
time zone; they are negatives, with no "now" field. Near-positives also ask for conversions in
gallons, tons, pints, ounces, miles at sea and mpg, for a calendar date from an uncalibrated
radiocarbon age, a shoe size, a grip size, a string gauge, a cap height, kerning units without
units per em, kabaddi bonus points, mahjong fan and tile counts, facts (a grilse's weight, rock
salt's density, a tea light's burn time, a puffin chick's calories, ice thickness), vague
quantities (sand bags, a spring covering, months in foal, burrow occupancy, own height on stilts, a
foal's adult height, next year's salmon count), judgements (a result near the method's limit,
swell, a tip, VAT abroad, a dog's weight, a wind chill for dogs, significance of a retreat, a
colour temperature), dog years, a Beaufort force, percentage points, version ordering, a phone
number, implied multiplication, floating point, pixels of an A4 page, an edition number, a margin
of victory, month-first dates, a half-price offer with unequal prices and interest of unstated
kind. No positive depends on a looked-up figure: every rate, price, fee and discount is given in
the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, ruff check and all of this set's own asserts passed on every run that reached
them (ruff format ran without error every time); money()'s, unit_r()'s and date_item()'s asserts
never failed. The first run of run.sh failed the CONTESTED wording check for the sepak takraw date
word problem (the word "cup" in "regional cup"); an inline script changed it to "regional
championship". The next run reached the duplicate check, which reported ten items by id as repeats
of earlier queries or user turns: the fraction-sum calculator one-liner, the overnight clock-span
and weekday date one-liners, four unit one-liners (miles to kilometres, stones and pounds to
kilograms, Fahrenheit to Celsius, bar to psi), the haiku and operator conversations and the
implied-multiplication near-positive; an inline script reworded all ten with new figures (for the
two conversations, both user turns; for the operator one, the assistant turn too), without the
earlier queries being looked at, after which every check passed. Then the count of lines over 99
characters listed nine lines of this set's own (five word problems joined onto one line by ruff
format, one ordinary negative, two near-positives and one conversation user turn); an inline script
shortened all nine, run.sh ran and passed every check, and the same count found no line over 99
characters. Every later run passed every check.

Registers (families), 25, new: aggregates_barge_wharf, animation_studio_inbetweener,
bespoke_shoemaker_last_room, coastal_erosion_survey_team, ice_hockey_equipment_manager,
kabaddi_league_scorer, linocut_printmaker_studio, mahjong_club_table_organiser,
orangery_citrus_grower, paper_lantern_festival_crew, racket_restringing_bench,
radiocarbon_dating_lab, salmon_counting_station, salt_mine_tour_guide,
sand_sculpture_festival_crew, school_picture_day_photographer, seabird_island_warden,
sepak_takraw_club, ship_model_maker, sled_dog_sprint_team, stilt_walker_troupe,
subsea_cable_repair_ship, taiko_drumming_group, thoroughbred_stud_foaling_unit,
typeface_foundry_type_designer. Every register is used by all three tools (asserted); eighteen
distinct registers have one further positive (a second calculator word problem:
aggregates_barge_wharf, bespoke_shoemaker_last_room, ice_hockey_equipment_manager,
linocut_printmaker_studio, orangery_citrus_grower, racket_restringing_bench; a second unit word
problem: coastal_erosion_survey_team, salt_mine_tour_guide, sand_sculpture_festival_crew,
seabird_island_warden, sled_dog_sprint_team, subsea_cable_repair_ship; a second date word problem:
kabaddi_league_scorer, mahjong_club_table_organiser, radiocarbon_dating_lab,
salmon_counting_station, school_picture_day_photographer, thoroughbred_stud_foaling_unit). The
seven registers with three positives are animation_studio_inbetweener, paper_lantern_festival_crew,
sepak_takraw_club, ship_model_maker, stilt_walker_troupe, taiko_drumming_group and
typeface_foundry_type_designer. Positives are one-liners (family "plain") or word problems of one
to three sentences, mostly UK usage with £ and pence, with dollars for the hockey kit, the cable
ship charter and the font licence, stone and pounds, feet, inches, yards and miles (on land), and
other touches (rink ice in Fahrenheit, a sample freezer and a citrus minimum in Celsius, GiB to
MiB, bar to psi, cubic feet to litres, cubic yards of sand, a lino block in square centimetres, a
mat in square feet, an island in acres, cable weight in pounds per foot, speeds in mph to km/h),
some chatty, terse or lower-case, with questions at the start or the end, statements to complete,
and unit questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 76: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
appear only as stated quantities in calculator problems), hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes,
leap-day results, all-numeric dates (none in a positive; asserted), time zones and summer time,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence or cents (asserted by money()). Week counts are asserted
to be whole weeks; day counts are the difference of the two dates (queries are worded as N days or
weeks after or before a stated date, how many days from one date to another, how many days between
two dates, how many days a build took, one span counting both its first and last day, day 96 of a
season counting its first day as day 1, a date 16, 19, 26, 33, 41, 45, 75, 90, 110, 250, 340, 730
and 1,000 days after or before a date, the 8th of fixtures every 9 days, the fourth of surveys
every 13 weeks, the third restring after one, every 6 weeks, 11 and 26 weeks after a date, 72 hours
of drying from a stated morning, proofs 12 days after a date, order closing 3 weeks after a date,
the second Saturday, fourth Thursday, last Saturday or last Sunday of a stated month and year);
ages are in whole years from a stated birth date to a stated date, and clock spans run from one
stated time to the next occurrence of the other (one crosses midnight, saying "the following
morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 76):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, cubic feet and
    cubic yards from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_77.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-18.jsonl"
PREFIX = "ho77-"
# earlier generators: sets 1-76 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 77))
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
    """A money answer: asserted to be whole pence/cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


AGG = "aggregates_barge_wharf"
ANIM = "animation_studio_inbetweener"
SHOE = "bespoke_shoemaker_last_room"
COAST = "coastal_erosion_survey_team"
ICE = "ice_hockey_equipment_manager"
KAB = "kabaddi_league_scorer"
LINO = "linocut_printmaker_studio"
MAH = "mahjong_club_table_organiser"
ORA = "orangery_citrus_grower"
LANT = "paper_lantern_festival_crew"
RACK = "racket_restringing_bench"
RADIO = "radiocarbon_dating_lab"
SALM = "salmon_counting_station"
SALT = "salt_mine_tour_guide"
SAND = "sand_sculpture_festival_crew"
PIC = "school_picture_day_photographer"
SEAB = "seabird_island_warden"
TAKR = "sepak_takraw_club"
SHIP = "ship_model_maker"
SLED = "sled_dog_sprint_team"
STILT = "stilt_walker_troupe"
CABLE = "subsea_cable_repair_ship"
TAIKO = "taiko_drumming_group"
STUD = "thoroughbred_stud_foaling_unit"
TYPE = "typeface_foundry_type_designer"
REGISTERS = tuple(
    sorted(
        (AGG, ANIM, SHOE, COAST, ICE, KAB, LINO, MAH, ORA, LANT, RACK, RADIO, SALM)
        + (SALT, SAND, PIC, SEAB, TAKR, SHIP, SLED, STILT, CABLE, TAIKO, STUD, TYPE)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain one-liners
calc(P, "What's 7,384 × 26?", 7384 * 26)
calc(P, "17.5% of 2,968 =", pct("17.5") * 2968)
calc(P, "(4,215 − 1,388) ÷ 11", F(4215 - 1388, 11))
assert 83 * 83 == 6889
calc(P, "square root of 6889?", 83)
calc(P, "what is 12.5 cubed", dec("12.5") ** 3)
calc(P, "Divide 9,006 by 24.", F(9006, 24))
calc(P, "Work out 48 × 0.375 + 19.6 please", 48 * dec("0.375") + dec("19.6"))
calc(P, "3/8 plus 2/5, in decimal form?", F(3, 8) + F(2, 5))
calc(P, "Reduce 640 by 35 percent.", 640 * (1 - pct(35)))
calc(P, "Which number is 12% more than 3,475?", 3475 * (1 + pct(12)))
calc(P, "calc 86.4 / 0.45", dec("86.4") / dec("0.45"))
calc(P, "Add up 2,847, 918, 6,075 and 33 for me", 2847 + 918 + 6075 + 33)
calc(P, "87.60 less 15% comes to what?", money(dec("87.60") * (1 - pct(15))))
calc(P, "-38 × 47 + 2000 = ?", -38 * 47 + 2000)

# register word problems
calc(
    AGG,
    "Barge in this morning with 412 tonnes of 20 mm gravel at £23.75 a tonne, plus the flat "
    "£180 wharfage charge. What's the customer's bill?",
    money(412 * dec("23.75") + 180),
)
calc(
    AGG,
    "We can unload three barges a day at 385 tonnes apiece. Over a run of 17 unloading days "
    "how many tonnes is that altogether?",
    3 * 385 * 17,
)
calc(
    ANIM,
    "i get paid 85p per inbetween. the shot is 38 seconds at 24 drawings a second and the lead "
    "did 96 of them herself - what do i earn for the rest, in pounds?",
    money((38 * 24 - 96) * dec("0.85")),
)
calc(
    SHOE,
    "A pair of bespoke oxfords costs £2,450. The client pays a 40% deposit at the first fitting "
    "and the balance in three equal instalments. How much is each instalment?",
    money(2450 * (1 - pct(40)) / 3),
)
calc(
    SHOE,
    "Calf leather is £14.20 per square foot. A pair needs 8 sq ft and I add 15% for cutting "
    "waste. Leather cost for the pair?",
    money(8 * (1 + pct(15)) * dec("14.20")),
)
calc(
    COAST,
    "Our transects show the cliff edge going back an average of 1.35 m per winter. Assuming 24 "
    "more winters like that, how many metres will be lost?",
    dec("1.35") * 24,
)
calc(
    ICE,
    "Ordering 23 composite sticks at $185 each; the supplier knocks 12% off any order over 20 "
    "sticks. Order total?",
    money(23 * 185 * (1 - pct(12))),
)
calc(
    ICE,
    "Skate sharpening budget: 14 players, each pair done twice a week at $6 a go, over a "
    "26-week season. Total in dollars?",
    14 * 2 * 6 * 26,
)
calc(
    KAB,
    "Scoresheet check for the first half: raiders got 14 touch points and 5 bonus points, "
    "defence got 8 tackle points, plus one all out worth 2. Second half we scored 17. What's "
    "our final score?",
    14 + 5 + 8 + 2 + 17,
)
calc(
    LINO,
    "Edition of 40 linocuts: if 70% sell at £85 each and the gallery keeps 35% commission, "
    "what do I take home?",
    money(40 * pct(70) * 85 * (1 - pct(35))),
)
calc(
    LINO,
    "Printmaking paper is £3.40 a sheet and each sheet cuts down to 4 prints. What will paper "
    "cost for an edition of 60 plus 12 proofs?",
    money(F(60 + 12, 4) * dec("3.40")),
)
calc(
    MAH,
    "Mahjong club fees: £4.50 per player per session, 7 full tables of four, over 9 sessions. "
    "How much do we collect in total?",
    money(7 * 4 * dec("4.50") * 9),
)
calc(
    ORA,
    "A customer takes six Meyer lemon trees at £36.90 each, and our offer makes the sixth half "
    "price. What do they pay?",
    money(5 * dec("36.90") + dec("36.90") / 2),
)
calc(
    ORA,
    "The orangery heater runs at 3.2 kW for 11 hours a night. Electricity is 15p per kWh. "
    "Cost over 45 nights, in pounds?",
    money(dec("3.2") * 11 * 45 * dec("0.15")),
)
lanterns = F(1250, 48)
assert lanterns.denominator != 1
calc(
    LANT,
    "We need 1,250 paper lanterns for the parade and they only come in boxes of 48 at £57.60 a "
    "box. What do enough whole boxes cost?",
    money(whole_up(lanterns) * dec("57.60")),
)
calc(
    RACK,
    "Restring is £18 labour plus £11.50 for the string, and club members get 10% off. A member "
    "brings in three rackets - what's the bill?",
    money(3 * (18 + dec("11.50")) * (1 - pct(10))),
)
reel = F(200) / dec("11.5")
assert reel.denominator != 1
calc(
    RACK,
    "How many complete rackets can I string from a 200 m reel if each one takes 11.5 m?",
    math.floor(reel),
)
calc(
    RADIO,
    "AMS dating is £395 a sample with a 20% surcharge for rush jobs. A client sends 7 samples, "
    "3 of them rush, and VAT at 20% goes on the lot. Invoice total?",
    money((7 * 395 + 3 * 395 * pct(20)) * (1 + pct(20))),
)
calc(
    SALM,
    "The fish counter logged 1,846 salmon in June and 2,380 in July, and August was 15% down "
    "on July. What's the June-to-August total?",
    1846 + 2380 + 2380 * (1 - pct(15)),
)
calc(
    SALT,
    "Group booking for the salt mine tour: 14 adults at £17.50 and 22 children at £9.25, less "
    "10% for groups over 30. How much do they pay?",
    money((14 * dec("17.50") + 22 * dec("9.25")) * (1 - pct(10))),
)
calc(
    SAND,
    "For the sand sculpture festival we're buying 180 tonnes of sharp sand at £28.40 a tonne, "
    "delivered 20 tonnes per lorry at £95 a delivery. Total cost?",
    money(180 * dec("28.40") + F(180, 20) * 95),
)
calc(
    PIC,
    "312 pupils were photographed, 62.5% of families bought the £16 pack, and the school gets "
    "15% commission on sales. How much commission does the school get?",
    money(312 * pct("62.5") * 16 * pct(15)),
)
calc(
    SEAB,
    "Boat to the island is £32 return per head. The survey team of 5 goes out 13 times and we "
    "get 25% off for block booking. Total boat costs?",
    money(5 * 32 * 13 * (1 - pct(25))),
)
calc(
    TAKR,
    "We bought 15 rattan-style takraw balls at £12.80 each and are splitting the cost equally "
    "between 8 members. How much each?",
    money(15 * dec("12.80") / 8),
)
calc(
    SHIP,
    "My rate for a museum-grade ship model is £42 an hour. This one took 118 hours plus £386 of "
    "materials, and I ask for 30% of the total up front. How much is the deposit?",
    money((42 * 118 + 386) * pct(30)),
)
sacks = dec("0.45") * 14 * 60 / 20
assert sacks.denominator != 1
calc(
    SLED,
    "Each of our 14 dogs eats 0.45 kg of kibble a day. For a 60-day training block, buying "
    "whole 20 kg sacks at £52 a sack, what does the food cost?",
    money(whole_up(sacks) * 52),
)
calc(
    STILT,
    "Stilt walkers are £260 each for a two-hour gig and £55 per walker for every extra hour. "
    "Quote for 4 walkers doing 3.5 hours?",
    money(4 * (260 + dec("1.5") * 55)),
)
calc(
    CABLE,
    "Day rate for the cable ship is $118,500. The repair took 17 days on station plus 4.5 days "
    "of transit charged at 60% of the day rate. Total charter cost?",
    money(17 * 118500 + dec("4.5") * 118500 * pct(60)),
)
calc(
    TAIKO,
    "Our drumming workshop: 18 people at £22 a place; we pay £140 for the hall and £210 to the "
    "visiting tutor. How much profit?",
    money(18 * 22 - 140 - 210),
)
calc(
    STUD,
    "Foaling package is £1,150 plus £38 a day keep for the mare. She's with us 47 days - what's "
    "the total?",
    money(1150 + 38 * 47),
)
calc(
    TYPE,
    "Our desktop licence is $45 per style per seat. A studio wants all 9 styles for 5 seats, "
    "and the full-family bundle is 40% off. What do they pay?",
    money(45 * 9 * 5 * (1 - pct(40))),
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
CUYD = YD * YD * YD  # m^3
assert CM * 254 / 100 == IN and KM == 1000 * MM * 1000 and G * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592") and SQIN == dec("0.00064516")
assert abs(ACRE / HA - dec("0.40468564224")) < dec("1e-12") and CUYD == 27 * CUFT
assert abs(MPH / KMH - dec("1.609344")) < dec("1e-12") and LITRE * 1000 == 1

# plain one-liners
unit(P, "Convert 73 inches to centimetres.", 73 * IN / CM, EXACT)
unit_r(P, "27.4 miles to kilometres, roughly?", dec("27.4") * MI / KM)
unit_r(P, "13 st 9 lb expressed in kg", (13 * 14 + 9) * LB)
unit_r(P, "375 °F in Celsius?", f_to_c(375))
unit(P, "what is -12 degrees Celsius in Fahrenheit", c_to_f(-12), EXACT)
unit_r(P, "40 acres = how many hectares?", 40 * ACRE / HA)
unit_r(P, "How many square metres is 1,250 square feet?", 1250 * SQFT)
unit_r(P, "65 mph in km/h", 65 * MPH / KMH)
unit(P, "3.2 GiB expressed in MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "Litres in 18 cubic feet?", 18 * CUFT / LITRE)
unit_r(P, "4 ft 11 in in metres, please", (4 * 12 + 11) * IN)
unit_r(P, "How many yards is 1.5 km?", dec("1.5") * KM / YD)
unit_r(P, "2.15 bar is how many psi?", dec("2.15") * BAR / PSI)
unit_r(P, "In pounds, how heavy is 2,750 g?", 2750 * G / LB)

# register word problems
unit_r(
    AGG,
    "The new stockpile bay on the wharf is 42 ft by 30 ft. Floor area in square metres?",
    42 * 30 * SQFT,
)
unit(
    ANIM,
    "My old peg-bar animation disc is 10.5 inches across - what is that in millimetres?",
    dec("10.5") * IN / MM,
    EXACT,
)
unit_r(
    SHOE,
    "Client's right foot is 27.3 cm heel to toe. How many inches is that, for the last card?",
    dec("27.3") * CM / IN,
)
unit_r(
    COAST,
    "Since the 1970s survey the cliff top has gone back 84 feet. How many metres of retreat is "
    "that?",
    84 * FT,
)
unit_r(
    COAST,
    "In kilometres, how long is our 3.75-mile monitored stretch of cliff-top footpath?",
    dec("3.75") * MI / KM,
)
unit_r(
    ICE,
    "The rink techs keep the ice surface at 22 °F for games. What's that in Celsius?",
    f_to_c(22),
)
unit_r(
    KAB,
    "A kabaddi mat is 13 m by 10 m. Roughly how many square feet is that for the sports hall "
    "booking form?",
    13 * 10 / SQFT,
)
unit_r(
    LINO,
    "Area in square centimetres of a 9 inch by 12 inch lino block?",
    9 * 12 * SQIN / (CM * CM),
)
unit(
    MAH,
    "Our folding mahjong tables are 34 inches square. Side length in cm?",
    34 * IN / CM,
    EXACT,
)
unit(
    ORA,
    "Minimum night temperature for the lemons is 13 °C - what's that in Fahrenheit?",
    c_to_f(13),
    EXACT,
)
unit(
    LANT,
    "There are 640 yards of lantern wire on the spool. How many metres is that?",
    640 * YD,
    EXACT,
)
unit(
    RACK,
    "A reel of multifilament is 660 feet. In metres that's?",
    660 * FT,
    EXACT,
)
unit(
    RADIO,
    "Our sample freezer runs at -80 °C. What is that in degrees Fahrenheit?",
    c_to_f(-80),
    EXACT,
)
unit_r(
    SALM,
    "The counter channel at the weir is 6.5 ft wide. Convert that to metres.",
    dec("6.5") * FT,
)
unit(
    SALT,
    "Visitors always ask: the deepest gallery is 1,100 feet down. How many metres is that?",
    1100 * FT,
    EXACT,
)
unit_r(
    SALT,
    "The underground route is 2.4 km end to end; how far is that in miles?",
    dec("2.4") * KM / MI,
)
unit_r(
    SAND,
    "The centrepiece used 85 cubic yards of compacted sand. How many cubic metres?",
    85 * CUYD,
)
unit_r(
    SAND,
    "Metres please: the castle sculpture stands 14 ft 6 in tall.",
    (14 * 12 + 6) * IN,
)
unit_r(
    PIC,
    "Our backdrop paper roll is 107 inches wide. What's that in metres?",
    107 * IN,
)
unit_r(
    SEAB,
    "The nature reserve island covers 62 hectares. How many acres is that?",
    62 * HA / ACRE,
)
unit_r(
    SEAB,
    "Gannet wingspan on the ringing sheet says 1.8 m. What is it in feet?",
    dec("1.8") / FT,
)
unit_r(
    TAKR,
    "A sepak takraw court is 13.4 m long. How long in feet?",
    dec("13.4") / FT,
)
unit_r(
    SHIP,
    "The hull of my Cutty Sark model is 1.25 m long - in inches?",
    dec("1.25") / IN,
)
unit_r(
    SLED,
    "Sprint trail is 16 miles for the open class. Kilometres?",
    16 * MI / KM,
)
unit_r(
    SLED,
    "Vet weighed our lead dog at 24.5 kg; in pounds that's how much?",
    dec("24.5") / LB,
)
unit(
    STILT,
    "My tall stilts add 32 inches to my height. What's that in centimetres?",
    32 * IN / CM,
    EXACT,
)
unit_r(
    CABLE,
    "The repeater cable weighs 1.8 kg per metre. What is that in pounds per foot?",
    dec("1.8") * FT / LB,
)
unit_r(
    CABLE,
    "Minimum bend radius for the cable is 1.5 m. In feet?",
    dec("1.5") / FT,
)
unit(
    TAIKO,
    "The big odaiko head is 36 inches across. Convert to cm.",
    36 * IN / CM,
    EXACT,
)
unit_r(
    STUD,
    "The colt weighed 52 kg at birth. How many pounds is that?",
    52 / LB,
)
unit_r(
    TYPE,
    "Our A1 type specimen poster is 594 mm wide. What's that in inches?",
    594 * MM / IN,
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
date_item(P, "What day of the week was 14 August 2031?", weekday(D(2031, 8, 14)))
date_item(
    P, "how many days from 3 March 2029 to 19 November 2029", days(D(2029, 3, 3), D(2029, 11, 19))
)
date_item(P, "Which date is 250 days after 11 January 2030?", D(2030, 1, 11) + TD(days=250))
date_item(P, "6 weeks before 2 April 2031 is what date?", D(2031, 4, 2) - TD(weeks=6))
date_item(
    P,
    "Number of weeks between 5 May 2028 and 22 September 2028?",
    weeks(D(2028, 5, 5), D(2028, 9, 22)),
)
date_item(
    P,
    "Someone born 17 October 1988 - how old on 30 June 2034?",
    age(D(1988, 10, 17), D(2034, 6, 30)),
)
date_item(P, "Date of the fourth Thursday in November 2029?", nth_weekday(2029, 11, THU, 4))
date_item(
    P,
    "How many hours from 22:15 until 07:45 the following morning?",
    clock_span("22:15", "07:45", 3600),
)
date_item(P, "Which weekday is 9 January 2041?", weekday(D(2041, 1, 9)))
date_item(P, "What's the date 1,000 days after 29 July 2027?", D(2027, 7, 29) + TD(days=1000))
date_item(P, "Minutes between 08:40 and 17:05?", clock_span("08:40", "17:05", 60))
date_item(P, "last Sunday of October 2032 - which date?", nth_weekday(2032, 10, SUN, -1))
date_item(P, "90 days before 15 March 2030?", D(2030, 3, 15) - TD(days=90))
date_item(
    P,
    "How many days are there between 24 December 2029 and 6 February 2031?",
    days(D(2029, 12, 24), D(2031, 2, 6)),
)

# register word problems
date_item(
    AGG,
    "The barge left the wharf on 3 May 2029 on a 19-day round trip. What date is it due back?",
    D(2029, 5, 3) + TD(days=19),
)
date_item(
    ANIM,
    f"Kickoff for the episode was {sayw(D(2030, 1, 7))} and the animatic is due 45 days after "
    "kickoff. What's the due date?",
    D(2030, 1, 7) + TD(days=45),
)
date_item(
    SHOE,
    "Lasts were signed off on 18 September 2029 and the shoes take 11 weeks from then. "
    "Collection date?",
    D(2029, 9, 18) + TD(weeks=11),
)
date_item(
    COAST,
    "We survey the cliff profiles every 13 weeks. The first survey of the series is 2 February "
    "2031 - on what date is the fourth one?",
    D(2031, 2, 2) + TD(weeks=13 * 3),
)
date_item(
    ICE,
    "Playoff game one is on 21 March 2032. What day of the week is that, so I can book the "
    "skate sharpener?",
    weekday(D(2032, 3, 21)),
)
date_item(
    KAB,
    "League fixtures are every 9 days, the first on 6 August 2030. What date is the 8th fixture?",
    D(2030, 8, 6) + TD(days=9 * 7),
)
date_item(
    KAB,
    "Our top raider was born 30 November 2005. How old is he on finals day, 14 June 2031?",
    age(D(2005, 11, 30), D(2031, 6, 14)),
)
date_item(
    LINO,
    f"I pull the last print on {sayw(D(2031, 3, 6))} at 10:00 and the oil-based ink needs 72 "
    "hours to dry. On what date is it dry?",
    (DT(2031, 3, 6, 10) + TD(hours=72)).date(),
)
date_item(
    MAH,
    "Spring tournament is the second Saturday of May 2030. What's the date?",
    nth_weekday(2030, 5, SAT, 2),
)
date_item(
    MAH,
    "How many days from our spring tournament on 12 April 2031 to the autumn one on 18 "
    "October 2031?",
    days(D(2031, 4, 12), D(2031, 10, 18)),
)
date_item(
    ORA,
    "I grafted the kumquats on 27 April 2030 and they're ready to pot on 110 days later. Which "
    "date is that?",
    D(2030, 4, 27) + TD(days=110),
)
date_item(
    LANT,
    "The lantern parade is on 28 September 2030 and building starts 75 days before. Start date?",
    D(2030, 9, 28) - TD(days=75),
)
date_item(
    RACK,
    "Her racket was restrung on 9 January 2031 and she wants it redone every 6 weeks. When is "
    "the third restring after that one?",
    D(2031, 1, 9) + TD(weeks=18),
)
date_item(
    RADIO,
    "A bone sample arrived on 2 June 2031 and results are promised 33 days after arrival. What "
    "weekday will that be?",
    weekday(D(2031, 6, 2) + TD(days=33)),
)
date_item(
    RADIO,
    "How many days after the sample arrived on 29 August 2030 is the report dated 17 November "
    "2030?",
    days(D(2030, 8, 29), D(2030, 11, 17)),
)
date_item(
    SALM,
    "The counter ran from 1 April 2030 to 31 October 2030, counting both the first and last "
    "days. How many days of data is that?",
    days(D(2030, 4, 1), D(2030, 10, 31)) + 1,
)
date_item(
    SALM,
    "Season started 15 March 2031, which we call day 1. The first grilse came through on day "
    "96 - what date was that?",
    D(2031, 3, 15) + TD(days=95),
)
date_item(
    SALT,
    "I'm a guide born 8 February 1979. How old am I on 1 August 2030?",
    age(D(1979, 2, 8), D(2030, 8, 1)),
)
date_item(
    SAND,
    "The sand sculpture festival opens 14 July 2029 and the sculptures are knocked down 16 days "
    "after opening. What date is demolition?",
    D(2029, 7, 14) + TD(days=16),
)
date_item(
    PIC,
    f"Picture day is {sayw(D(2031, 9, 23))} and proofs go home 12 days after. Proof date?",
    D(2031, 9, 23) + TD(days=12),
)
date_item(
    PIC,
    "Online orders close 3 weeks after proofs go home on 5 October 2031. What day of the week do "
    "they close?",
    weekday(D(2031, 10, 5) + TD(weeks=3)),
)
date_item(
    SEAB,
    "First puffin egg in the study burrow was laid on 4 May 2030. Using a 41-day incubation, "
    "what's the expected hatch date?",
    D(2030, 5, 4) + TD(days=41),
)
date_item(
    TAKR,
    "The regional championship is held on the last Saturday of June 2031. Date, please?",
    nth_weekday(2031, 6, SAT, -1),
)
date_item(
    SHIP,
    "Started planking the hull on 12 November 2029 and finished the rigging on 3 June 2030. "
    "How many days was that?",
    days(D(2029, 11, 12), D(2030, 6, 3)),
)
date_item(
    SLED,
    "We left the start chute at 10:05 and crossed the finish at 13:47. How many minutes on the "
    "trail?",
    clock_span("10:05", "13:47", 60),
)
date_item(
    STILT,
    "How many weeks from 3 March 2031 until the carnival parade on 26 May 2031?",
    weeks(D(2031, 3, 3), D(2031, 5, 26)),
)
date_item(
    CABLE,
    "The repair ship sailed on 11 February 2031 and the splice was finished 26 days later. On "
    "what date?",
    D(2031, 2, 11) + TD(days=26),
)
date_item(
    TAIKO,
    "Our winter concert is on 15 November 2030 - which day of the week is that?",
    weekday(D(2030, 11, 15)),
)
date_item(
    STUD,
    "Mare covered 19 March 2030. Taking gestation as 340 days, when is she due to foal?",
    D(2030, 3, 19) + TD(days=340),
)
date_item(
    STUD,
    "Foal born 2 February 2031, to be weaned at 26 weeks old. Weaning date?",
    D(2031, 2, 2) + TD(weeks=26),
)
date_item(
    TYPE,
    "The font licence starts on 1 July 2030 and expires 730 days after it starts. Expiry date?",
    D(2030, 7, 1) + TD(days=730),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AGG: (
        "Why do barge skippers prefer to load gravel a bit wetter in summer?",
        "Write a polite notice for hauliers about the new one-way system on the wharf.",
        "Is it worth switching our wharf loader from diesel to electric? Pros and cons please.",
        "What's the difference between sharp sand and building sand, in plain terms?",
    ),
    ANIM: (
        "How do I make an inbetween feel less floaty when the spacing is already on the chart?",
        "Explain what 'on twos' means to a new junior on the team.",
        "My supervisor keeps sending my inbetweens back for volume drift - any tips?",
        "Is it better to learn Toon Boom or TVPaint if I want studio work in Europe?",
    ),
    SHOE: (
        "What is the point of a toe spring on a last, and how much is usual?",
        "Draft a friendly email telling a client their second fitting is delayed.",
        "Why would a shoemaker choose Goodyear welting over Blake stitching?",
        "How should a client break in a new pair of bespoke boots without blisters?",
    ),
    COAST: (
        "What causes rotational slumping in boulder clay cliffs?",
        "Summarise, for a parish newsletter, why rock armour can make erosion worse next door.",
        "Which is more useful for tracking cliff retreat: LiDAR or photogrammetry?",
        "How should we explain 'managed retreat' to homeowners without causing panic?",
    ),
    ICE: (
        "How do I stop blades rusting in the kit bags on long away trips?",
        "What's a sensible hollow for a heavy defenceman who complains about grip?",
        "Write a short kit-room rules sign for the junior teams.",
        "Should goalies' pads be dried with heaters or left to air? Why?",
    ),
    KAB: (
        "Explain the do-or-die raid rule to a new scorer.",
        "When is a lona awarded, and how do I record it on the sheet?",
        "Our referee and I disagreed about a bonus line touch. Who has the final say?",
        "Draft a short welcome message for new volunteers on the scoring desk.",
    ),
    LINO: (
        "Why does my lino go crumbly in winter and how do I fix it?",
        "What's the reduction method, and why is it called a suicide print?",
        "Write an artist statement of about 80 words for a linocut series on seabirds.",
        "Oil-based or water-based relief ink for a beginner's class - which would you pick?",
    ),
    MAH: (
        "Explain the difference between Hong Kong and Riichi scoring to newcomers.",
        "A player keeps taking ages over discards. How do I raise it kindly?",
        "What are the honour tiles and why are there four of each?",
        "Suggest a fun name for our beginners' table night.",
    ),
    ORA: (
        "Why are my lemon tree's leaves curling and yellowing in February?",
        "Is scale insect or mealybug more likely on an indoor calamondin?",
        "Write a care card to go home with every bergamot orange tree we sell.",
        "Should I prune a Meyer lemon before or after it flowers?",
    ),
    LANT: (
        "Which glue holds willow lantern frames together best in damp weather?",
        "How do we keep battery tea lights from falling over inside the lanterns?",
        "Write a short safety briefing for lantern carriers near the river.",
        "What paper is best for a big lantern: tissue, wet-strength tissue or Tyvek?",
    ),
    RACK: (
        "What's the difference between a one-piece and two-piece stringing pattern?",
        "A customer's strings keep snapping at the throat - what's likely going wrong?",
        "Is polyester string too stiff for a club player with tennis elbow?",
        "Write a short sign on why we suggest restringing yearly as often as you play weekly.",
    ),
    RADIO: (
        "Why do marine samples need a reservoir correction?",
        "Explain calibrated versus uncalibrated radiocarbon ages to a museum curator.",
        "What pretreatment would you expect for bone collagen and why?",
        "Write a polite reply to a client who wants a date on a 200,000-year-old bone.",
    ),
    SALM: (
        "Why do resistivity counters sometimes count a fish twice?",
        "What's the difference between a grilse and a multi-sea-winter salmon?",
        "Draft a summary of low summer river flows for the angling association.",
        "How can we tell sea trout from salmon on the counter's video?",
    ),
    SALT: (
        "Why does the mine stay at the same temperature all year round?",
        "Give me a short, fun script about how rock salt was formed.",
        "A visitor asked if the salt walls are safe to lick. What should I say?",
        "What's a good way to keep a school group together in the dark galleries?",
    ),
    SAND: (
        "What makes some sand hold a vertical face better than others?",
        "How do sculptors stop their work crumbling in a heatwave?",
        "Write an upbeat announcement for the festival's opening weekend.",
        "Is a glue-and-water spray really needed, or is it cheating?",
    ),
    PIC: (
        "How do I get a nervous five-year-old to smile naturally?",
        "Write a letter to parents explaining how to order retakes.",
        "Is it better to use a white or grey backdrop for class portraits?",
        "What's the fairest way to handle siblings who want a group photo?",
    ),
    SEAB: (
        "Why are puffin numbers falling in the North Sea?",
        "Write an information board text about ground-nesting terns for visitors.",
        "How should I handle a visitor who keeps walking off the path near burrows?",
        "What's the best way to census Manx shearwaters at night?",
    ),
    TAKR: (
        "Explain the difference between the tekong, feeder and striker.",
        "Is sepak takraw safe for a 12-year-old? What warm-ups help?",
        "Write a short recruitment post for our club's open session.",
        "Why does a rattan ball behave differently from a synthetic one?",
    ),
    SHIP: (
        "How do I age the sails on a model so they look weathered but not dirty?",
        "Is it worth planking on frame, or is plank-on-bulkhead fine for a first kit?",
        "Write a short provenance note for a model of HMS Victory I'm selling.",
        "What's a good way to make rigging lines hang naturally instead of stiff?",
    ),
    SLED: (
        "How do I tell if a dog's booties are rubbing?",
        "What's the difference between a gangline for sprint and for distance racing?",
        "Write a thank-you post for the trail volunteers after race weekend.",
        "Is a husky or a hound cross better for sprint racing?",
    ),
    STILT: (
        "How do I learn to fall safely on peg stilts?",
        "Write a costume brief for a tall-puppet character based on a heron.",
        "Is it better to use drywall stilts or peg stilts for a parade?",
        "How do we reassure a nervous event organiser about crowd safety?",
    ),
    CABLE: (
        "How does a cable ship find the exact fault on a seabed cable?",
        "Explain why repairs often need the cable brought up in a bight.",
        "Write a short explainer for our social feed about what a repeater does.",
        "What are the main risks when grappling in heavy swell?",
    ),
    TAIKO: (
        "How can I stop my wrists aching after long practice sessions?",
        "What does the kiai shout add to a taiko performance?",
        "Write a welcome paragraph for our beginners' taster evening.",
        "Should we tune our shime-daiko tighter for outdoor shows?",
    ),
    STUD: (
        "What are the signs a mare is about to foal?",
        "Write a checklist for the night foaling watch.",
        "Why is it important a foal gets colostrum quickly?",
        "How should we explain a red bag delivery to a new stud hand?",
    ),
    TYPE: (
        "How do I decide whether a font needs ink traps?",
        "Explain kerning versus tracking to a client.",
        "Write a short release note for version 2.0 of our text family.",
        "Should a display face ship as a variable font or as separate styles?",
    ),
}
assert tuple(ORDINARY) == REGISTERS or sorted(ORDINARY) == list(REGISTERS)
for reg in REGISTERS:
    assert len(ORDINARY[reg]) == 4, reg
    for q in ORDINARY[reg]:
        neg(reg, q)


NEAR = (
    (
        "near-gallons",
        "How many litres is 40 gallons of seawater for the hatchery tank?",
        "gallon not stated as US or imperial",
    ),
    (
        "near-tons",
        "Convert 12 tons of ballast gravel to kilograms.",
        "ton not stated: short, long or metric",
    ),
    (
        "near-pints",
        "How many ml are 3 pints of mare's milk replacer?",
        "pint not stated as US or imperial",
    ),
    (
        "near-ounces",
        "Is 8 ounces of relief ink more or less than 250 ml?",
        "ounce by weight or fluid ounce, and ink density unknown",
    ),
    (
        "near-sea-miles",
        "The cable ship steamed 340 miles out to the fault. How many km is that?",
        "miles at sea: nautical or statute unclear",
    ),
    (
        "near-age-now",
        "Our stallion was foaled on 4 April 2014. How old is he now?",
        "needs the current date",
    ),
    (
        "near-sleeps",
        "How many sleeps until the lantern parade on 28 September?",
        "no year and needs the current date",
    ),
    (
        "near-exchange-rate",
        "What's $118,500 in pounds at the current rate?",
        "needs a live exchange rate",
    ),
    (
        "near-share-price",
        "How much is one share in a listed subsea cable maker worth at the moment?",
        "current market figure",
    ),
    (
        "near-world-record",
        "How much slower than the world record was our 16-mile sprint time of 41 minutes?",
        "needs a looked-up record for an unstandardised course",
    ),
    (
        "near-month-31st",
        "The licence started on 31 January 2031 and renews one month later. What date?",
        "a month added to the 31st has no single answer",
    ),
    (
        "near-leap-foal",
        "A foal born 29 February 2032 has its first birthday on what date?",
        "leap-day anniversary convention",
    ),
    (
        "near-working-days",
        "How many working days in May 2030 for the survey crew?",
        "bank holidays differ by region and crew",
    ),
    (
        "near-sunrise",
        "What time is sunrise on the puffin island on 21 June 2031?",
        "astronomical fact for an unnamed place",
    ),
    (
        "near-high-tide",
        "When is high water at the gravel wharf on 3 May 2029?",
        "tide tables needed",
    ),
    (
        "near-time-zone",
        "If the ship's crew ring at 09:00 in the Azores, what time is it in Singapore?",
        "time zones and summer time",
    ),
    (
        "near-full-moon",
        "Will the moon be full on the night of the lantern parade, 28 September 2030?",
        "astronomical fact",
    ),
    (
        "near-calibration",
        "A charcoal sample came back at 3,250 ± 30 BP. What's that as a calendar date?",
        "needs a calibration curve; gives a range",
    ),
    (
        "near-reliability",
        "We got 45,000 BP on a shell. Can we trust it?",
        "judgement near the method's limit",
    ),
    (
        "near-shoe-size",
        "What EU size is a UK 9 for a bespoke last?",
        "size systems are not exact conversions",
    ),
    (
        "near-grip-size",
        "Racket grip size 3 - how many inches round is that?",
        "grip size labels differ by system",
    ),
    (
        "near-string-gauge",
        "Is 16 gauge string thicker than 1.25 mm?",
        "gauge ranges are approximate",
    ),
    (
        "near-point-size",
        "How tall are the capitals of 12 pt type in millimetres?",
        "cap height depends on the typeface",
    ),
    (
        "near-kerning-units",
        "A kern of -40 units - how many points is that?",
        "depends on units per em and type size",
    ),
    (
        "near-kabaddi-points",
        "A raider touches 3 defenders and crosses the bonus line. How many points?",
        "bonus validity depends on defenders on the mat",
    ),
    (
        "near-mahjong-fan",
        "How many fan is a pure one-suit hand with a dragon pung?",
        "depends on the ruleset",
    ),
    (
        "near-tile-count",
        "How many tiles are in a mahjong set?",
        "differs by variant (flowers, jokers)",
    ),
    ("near-grilse-weight", "How much does a typical grilse weigh in pounds?", "approximate fact"),
    (
        "near-rock-salt",
        "What does a cubic metre of rock salt weigh?",
        "material density to look up",
    ),
    (
        "near-sand-bags",
        "How many bags of sand for a life-size horse sculpture?",
        "vague quantities",
    ),
    (
        "near-tealight",
        "How long will a tea light burn in one of our lanterns?",
        "varies by product",
    ),
    ("near-calories", "How many calories does a puffin chick need a day?", "biological estimate"),
    ("near-spring-foal", "Covered in spring - when will the mare foal?", "no date given"),
    ("near-dog-years", "How old is a 6-year-old husky in human years?", "no agreed conversion"),
    (
        "near-beaufort",
        "Force 7 on the ship's log - what's that in km/h?",
        "a Beaufort force is a range",
    ),
    ("near-swell", "Is a 3 m swell too much for grappling the cable?", "operational judgement"),
    (
        "near-tip",
        "How much should I tip the boatman after the island trip?",
        "custom, not arithmetic",
    ),
    (
        "near-vat-rule",
        "Do I add VAT to a radiocarbon date for a university in Norway?",
        "tax rules for cross-border services",
    ),
    (
        "near-percentage-points",
        "Uptake went from 40% to 50% of families. Is that a 10% rise?",
        "points versus percent: needs explanation",
    ),
    (
        "near-version",
        "Is version 2.10 of our font newer than 2.9?",
        "version ordering, not decimals",
    ),
    ("near-phone-number", "0800 123 456 - what does that come to?", "a phone number, not a sum"),
    (
        "near-implied-multiplication",
        "Quick one for the scoreboard: 36 ÷ 4(5 − 2)?",
        "ambiguous implied multiplication",
    ),
    (
        "near-float",
        "Why does my spreadsheet show 0.1 + 0.2 as 0.30000000000000004?",
        "explanation of floating point",
    ),
    (
        "near-dog-weight",
        "Our lead dog is 24.5 kg - is she overweight for a sprint husky?",
        "health judgement",
    ),
    (
        "near-fuel-mpg",
        "The ship burns 30 tonnes of fuel a day at 12 knots. What's that in mpg?",
        "mpg and knots ambiguous; needs fuel density",
    ),
    (
        "near-mahjong-odds",
        "What are the odds of winning from the wall on my first draw?",
        "depends on hand and variant",
    ),
    (
        "near-carbon",
        "What's the carbon footprint of trucking 180 tonnes of sand 40 km?",
        "emission factors vary",
    ),
    ("near-salary", "What does a junior inbetweener earn in Tokyo?", "current pay data"),
    ("near-price-now", "How much is a reel of premium polyester string?", "current prices"),
    (
        "near-wind-chill",
        "What does -5 °C with a 30 km/h wind feel like for the dogs?",
        "wind chill is for humans; judgement",
    ),
    ("near-pixels", "How many pixels is an A4 page?", "depends on resolution"),
    (
        "near-edition-number",
        "What does 12/40 pencilled on a print mean?",
        "edition numbering, not division",
    ),
    (
        "near-set-score",
        "We won 21-19, lost 15-21, won 21-18. By how much did we win?",
        "by sets or by points unclear",
    ),
    (
        "near-month-first",
        "Sample logged 04/05/2030, report due 01/06/2030. How many days?",
        "day/month order not stated",
    ),
    ("near-christmas", "What day does Christmas fall on this year?", "needs the current date"),
    (
        "near-months-along",
        "She's 11 months in foal. How many days to go?",
        "month length and gestation vary",
    ),
    (
        "near-adult-height",
        "The foal is 10 hands at a week old; how tall will he be fully grown?",
        "prediction",
    ),
    ("near-ice-thickness", "How thick should the ice be for pro hockey?", "practice varies"),
    (
        "near-significance",
        "Retreat of 84 ft ± 2 ft since the old map - is that significant?",
        "survey judgement",
    ),
    (
        "near-colour-temperature",
        "What Kelvin should I set for classroom portraits?",
        "photographic judgement",
    ),
    ("near-next-year-count", "How many salmon will we count in 2031?", "forecast"),
    (
        "near-burrow-occupancy",
        "We counted 412 burrows. How many puffin pairs is that?",
        "occupancy rate unknown",
    ),
    ("near-stilt-height", "How tall will I look on my stilts?", "own height not given"),
    (
        "near-bogof",
        "Two lemon trees, £36.90 and £29.50, second one half price. What do I pay?",
        "which tree is halved is a shop convention",
    ),
    (
        "near-loan-interest",
        "We borrowed £3,480 at 6% for the drum. What do we owe after a year?",
        "interest type and compounding not stated",
    ),
)
for fam, q, note in NEAR:
    neg(fam, q, note)


CONVS = (
    (
        "conv-operator",
        [
            (U, "In my sketchbook maths, p ⊗ q stands for 3p − q."),
            (A, "Got it: p ⊗ q = 3p − q."),
            (U, "Then 14 ⊗ 5 is?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-invented-unit",
        [
            (U, "On our wharf a 'barge' means 385 tonnes, whatever the vessel."),
            (A, "Understood, one barge is 385 tonnes."),
            (U, "How many barges is 2,310 tonnes?"),
        ],
        "invented unit",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Puzzle for the mahjong night: + now means × and × means +."),
            (A, "Okay, I'll swap them."),
            (U, "6 + 4 × 3 under those rules?"),
        ],
        "swapped operators",
    ),
    (
        "conv-hex-output",
        [
            (U, "Give every number you send me in hexadecimal, please."),
            (A, "Will do."),
            (U, "How many dogs are 14 and 6 more, for the entry form?"),
        ],
        "output base set earlier",
    ),
    (
        "conv-roman",
        [
            (U, "For the foundation stone I need everything in Roman numerals."),
            (A, "Sure, I'll use Roman numerals."),
            (U, "What is 1,984 plus 47?"),
        ],
        "Roman numerals requested",
    ),
    (
        "conv-f-day",
        [
            (U, "Call the festival opening day F. F is 14 July 2029."),
            (A, "Noted: F = 14 July 2029."),
            (U, "When is F+20?"),
        ],
        "relative day notation",
    ),
    (
        "conv-season-week",
        [
            (U, "Our fixtures year has week 1 starting on Sunday 5 January 2031."),
            (A, "Okay."),
            (U, "Which date is the Tuesday of week 12?"),
        ],
        "season week numbering",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Our Dutch partners write decimals with a comma, so I'll do the same."),
            (A, "Fine, I'll read commas as decimal points."),
            (U, "3,5 × 2,4 = ?"),
        ],
        "decimal comma",
    ),
    (
        "conv-clock-mod",
        [
            (U, "We're doing clock arithmetic on a 12-hour dial for the tide rota."),
            (A, "Okay, mod 12."),
            (U, "9 + 8 on the dial?"),
        ],
        "modular arithmetic",
    ),
    (
        "conv-super-raid",
        [
            (U, "In our league a super raid (3+ touches) scores double."),
            (A, "Got it."),
            (U, "A raider touches 4 defenders in one raid. How many points?"),
        ],
        "house scoring rule",
    ),
    (
        "conv-letter-values",
        [
            (U, "Let A = 1, B = 2 and so on up to Z = 26."),
            (A, "Okay."),
            (U, "Total value of the word TAIKO?"),
        ],
        "letter values",
    ),
    (
        "conv-slang",
        [
            (U, "At the wharf a 'pony' is £25 and a 'monkey' is £500."),
            (A, "Noted."),
            (U, "Three monkeys and a pony is what in pounds?"),
        ],
        "slang amounts",
    ),
    (
        "conv-json",
        [
            (S, 'Reply only with JSON of the form {"answer": ...}.'),
            (U, "What's 17 times 23 for the stringing log?"),
        ],
        "JSON output set by system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Halite, a jolly salt-mine pirate. Stay in character."),
            (U, "Arr, how deep in metres is 1,350 feet, Captain?"),
        ],
        "persona set by system turn",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For all quotes today use $1 = £0.80 exactly."),
            (A, "Understood."),
            (U, "What's a $4,650 charter in pounds?"),
        ],
        "fixed currency rate set earlier",
    ),
    (
        "conv-month-first",
        [
            (U, "Every date I give you is US style, month/day/year."),
            (A, "Okay."),
            (U, "How many days from 3/4/2031 to 4/3/2031?"),
        ],
        "month-first date order",
    ),
    (
        "conv-feet-only",
        [
            (U, "Always give lengths in feet for the model club newsletter."),
            (A, "Will do."),
            (U, "Hull is 1.25 m and the bowsprit adds 30 cm. Total length?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fractions",
        [
            (U, "I want answers as fractions, never decimals."),
            (A, "Sure."),
            (U, "0.375 + 0.5 for my leather offcuts?"),
        ],
        "fraction form",
    ),
    (
        "conv-round-5p",
        [
            (U, "At the island shop we round every price to the nearest 5p."),
            (A, "Okay."),
            (U, "A £36.90 print split 7 ways is how much each?"),
        ],
        "rounding convention",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give all results to two significant figures."),
            (A, "Understood."),
            (U, "2.4 km in miles?"),
        ],
        "significant figures",
    ),
    (
        "conv-spanish",
        [
            (U, "Responde siempre en español, por favor."),
            (A, "De acuerdo."),
            (U, "¿Cuánto es 45 por 9 estilos?"),
        ],
        "reply language set earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Please put your next answer in the form of a haiku, 5-7-5."),
            (A, "Happy to."),
            (U, "How many days from 3 June 2031 to 29 June 2031 for the puffin ringing?"),
        ],
        "verse form",
    ),
    (
        "conv-split-figures",
        [
            (U, "Salt mine group: 14 adults at £17.50."),
            (A, "Okay, and the rest?"),
            (U, "Plus 22 kids at £9.25. So the total?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-thirteen-months",
        [
            (U, "Our lab calendar has 13 months of 28 days, month 1 starting on 1 January 2031."),
            (A, "Got it."),
            (U, "What ordinary date is month 5 day 10?"),
        ],
        "invented calendar",
    ),
    (
        "conv-ship-clock",
        [
            (U, "Our log uses T+hours since sailing, which was 06:00 on 11 February 2031."),
            (A, "Okay."),
            (U, "Log says T+53. Date and time?"),
        ],
        "relative clock",
    ),
    (
        "conv-lantern-sizes",
        [
            (U, "Lantern sizes: S is 40 cm tall, M is 60 cm, L is 90 cm."),
            (A, "Noted."),
            (U, "Stack two L and three S - how tall?"),
        ],
        "size codes defined",
    ),
    (
        "conv-pung-points",
        [
            (U, "House rules: dragon pung 3 points, wind pung 2."),
            (A, "Okay."),
            (U, "Two dragon pungs and a wind pung scores?"),
        ],
        "house rule values",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All our lab prices already include VAT at 20%."),
            (A, "Understood."),
            (U, "How much of an £1,860 invoice is VAT?"),
        ],
        "VAT-inclusive convention",
    ),
    (
        "conv-bp",
        [
            (U, "Here BP counts back from the year 1950."),
            (A, "Yes, that's the convention."),
            (U, "1,230 BP is which year AD?"),
        ],
        "date convention defined",
    ),
    (
        "conv-dog-sixes",
        [
            (U, "We call a 6-dog team a 'six' and an 8-dog team an 'eight'."),
            (A, "Okay."),
            (U, "How many dogs in three sixes and two eights?"),
        ],
        "invented team units",
    ),
    (
        "conv-em-units",
        [
            (U, "Our fonts use 1,000 units per em and the text is set at 12 pt."),
            (A, "Noted."),
            (U, "How many points wide is a 640-unit glyph?"),
        ],
        "type units defined",
    ),
    (
        "conv-off-means-divide",
        [
            (U, "In this shop 'x% off' means divide by (1 + x/100)."),
            (A, "Okay, odd but fine."),
            (U, "£120 with 20% off?"),
        ],
        "redefined discount",
    ),
    (
        "conv-racing-birthday",
        [
            (U, "Remember every racehorse turns a year older on 1 January."),
            (A, "Yes."),
            (U, "Foaled 19 May 2031 - age on 1 March 2033?"),
        ],
        "racing age convention",
    ),
    (
        "conv-sets-to-15",
        [
            (U, "Our club plays sets to 15, not 21."),
            (A, "Okay."),
            (U, "We're at 11-12; how many more points do we need to win the set?"),
        ],
        "house set length",
    ),
    (
        "conv-binary",
        [
            (S, "Write all numbers in binary."),
            (U, "How many drummers are 9 plus 6?"),
        ],
        "output base set by system turn",
    ),
)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 25 * 3 + 18 + 100, len(_in_regs)
_pos_count = {r: 0 for r in REGISTERS}
for i in items:
    if i["label"] != "negative" and i["family"] in REGISTERS:
        _pos_count[i["family"]] += 1
assert sorted(_pos_count.values()) == [3] * 7 + [4] * 18, _pos_count
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
assert not any(NUMERIC_DATE_POS.search(i["query"]) for i in items if i["label"] != "negative")

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
    # no register (family name) of this set is a family name of sets 19 to 76
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 76: {reused}"
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
