r"""Generate heldout-2027-02-20.jsonl: a seventy-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed79/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1250: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/sealed79/make_heldout_78.py (2269 lines, as the brief said; no `wc -l` of it was run): lines
1-496 (its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 766-826
(its units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 1026-1110 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1330-1337 (its negatives
section header, neg() and conv()) and 2046-2269 (its stated-weekday check, its checks and main()).
None of set 78's query blocks (497-765, 827-1025, 1111-1329, 1338-2045) was opened.

The first command ran `mkdir -p /tmp/h79`, copied the five ranges by `sed -n A,Bp` into
/tmp/h79/r1.py to r5.py without printing them, ran a `wc -l` of the copies (496, 61, 85, 8 and 224)
and a `cat` of grading.py. The second ran a `cat` of r1.py; the shell tool's display left out lines
164-186 of that output, so the third command ran a `sed -n 160,190p` of the copy r1.py (inside the
allowed range) to read them, with the `wc -l` of earlier_registers.txt; all of lines 1-496 were
therefore seen. The fourth ran a `cat` of r2.py to r4.py, the fifth a `cat` of r5.py, the sixth the
`tr` of earlier_registers.txt and an `ls` of /work/sealed79 (earlier_registers.txt and
make_heldout_78.py). Nothing under /work/main was opened or listed apart from grading.py: nothing
under router/, tools/, docs/, server/ or tests/, not README.md and not pyproject.toml. The only
other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff
with /work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-78) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages, the `tail -6` and `sed -n 1,3p` of its printed output and its --show listing of ids,
expected values and tolerances were read), no git command was run, no network and no search or
fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h79/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed only
stained_glass_restoration_studio and vintage_bus_restoration_trust, which share the word
"restoration" with film_restoration_lab and were judged different trades). The next command wrote
and ran /tmp/h79/subst.py (a `cat` heredoc, run by the system `python3`): it cut the first copy at
the line that is exactly `from __future__ import annotations` (asserted to be the only such whole
line) and substituted this set's OUT and PREFIX, "sets 1-77" -> "sets 1-78" in the comment on
EARLIER_DIRS (the tuple itself and earlier_path() are kept as they were), EARLIER (sets 1-78,
`range(2, 79)`) and REGISTER_CHECK (sets 19-78, adding make_heldout_78.py), all in the first block,
and "sets 19 to 77" -> "sets 19 to 78" in one comment and one message string of main() in the last
block (each substitution asserted to apply once, the last twice; it printed "ok" for each). It
wrote the cut first block and the substituted last block as c1.py and c5.py (the second to fourth
ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -nE` of c1.py and
c5.py for "77", "78", "79" and "19 to" (with the REGISTER_CHECK lines of sets 19-76 filtered out).
Then `cat` heredocs wrote this set's own blocks under /tmp/h79/own/: a_calc.py (money(), the
registers and calculator items, with a `grep -c` of its calc calls, 45), b_units.py (unit constants
and unit items, with a `grep -c` of its unit calls, 45), c_dates.py (date items, with a `grep -c`
of its date_item calls, 46, and a system `python3` one-liner printing the weekdays of the eight
dates stated in it); the next command removed one date word problem (a second airboat item, not
planned) by an inline system `python3` script and counted again (45). Then d_negs.py (the ORDINARY
table; the same command ran a meaningless `python3 -c` one-liner over part of it with its errors
sent to /dev/null, which printed nothing), e_near.py (near-positive negatives, with a system
`python3` count of its entries, 65) and f_convs.py (conversations and this set's own structural
asserts, with a count of its entries, 35). The next command wrote an assembly script
/tmp/h79/assemble.py (it builds this file from /tmp/h79/doc.txt, or a one-line placeholder, and the
blocks in order: c1.py, a_calc.py, r2.py, b_units.py, r3.py, c_dates.py, r4.py, d_negs.py,
e_near.py, f_convs.py and c5.py, and prints its line count) and a helper /tmp/h79/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h79/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h79/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh, after which two `grep`s of ruff.txt printed its error codes and
then their locations. Edits after each failed check (listed below) were made by inline system
`python3` scripts applying exact replacements, each asserted to apply once. After the first run
that passed every check, run.sh ran with --show (its own printing sent to /dev/null), followed by a
`sed -n 1,3p` of out.txt, the listing of ids, expected values and tolerances (a `grep` of out.txt
laid out by `column -t`), a count of lines over 99 characters by a system `python3` one-liner (4)
and a `cat` of ruff.txt; an `awk` listing of lines over 99 bytes (7, as it counted bytes of
non-ASCII characters) and a `python3` listing of lines over 99 characters (4) located them. This
docstring was written last over the placeholder: its source text, /tmp/h79/doc/doc_src.txt, was
written by a `cat` heredoc, and /tmp/h79/doc/make_doc.py (a `cat` heredoc in the same command; it
uses textwrap, keeps the indented lines as they are and asserts that the words are unchanged, that
no line exceeds 99 characters and that every register value is named) filled it to 99 columns into
/tmp/h79/doc.txt, followed by run.sh and a `head -3` of this file; the next command corrected
several statements in the source text (an inline system `python3` script) and repeated make_doc.py,
run.sh and the `head -3`. Then, in one command, `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h79`, an `ls` of /tmp/h79
(gone) and an `ls` of /work/sealed79. Writes: only this file and its JSONL in /work/sealed79/
(earlier_registers.txt and make_heldout_78.py left as they were); temporary blocks, scripts and
output under /tmp/h79/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 78's main() and checks: only the substitutions listed above (file names, sets 1-78
for the duplicate check, sets 19-78 for the register check). Set 78 is in
/work/main/tests/data/router_heldout (as the brief said; not listed here) and next to this file,
and EARLIER_DIRS and earlier_path() are kept as set 78 has them: each earlier generator is looked
up first next to this file (HERE), then in /work/main/tests/data/router_heldout; this works now
(sets 1-77 from router_heldout; make_heldout_78.py lies next to this file and is then the copy
used) and after this file is copied there. The copied helpers, unit factors, checks and main() are
otherwise set 78's as copied; ruff format may have changed layout only. All of set 78's checks are
kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for positives, the
answers' consistency (calculator and exact unit answers are numbers with at most three decimals,
every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user turn,
the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check (the
file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give the
same sha256). Kept outside main(), as copied: whole_up() (used by the hull paint drums, asserted
not whole), weeks() (used by a plain date one-liner), unit_r() with close_enough_at_2dp(), say()
(used by sayw()), sayw() (used eight times, in seven date word problems, for stated weekdays),
sayus() (not used here), OZ and SQYD (not used here) and SQFT/CUFT. Added, newly written: money()
(asserts whole pence or cents; every calculator money answer passes through it), MM, CM, KM, KPA,
HA, LITRE, SQIN and SQCM, with asserts on CM, KM, SQIN, CUFT/LITRE, HA/ACRE, MPH/KMH and STONE; the
register constants and the REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the
square-root one-liner's radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this
set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each (items added in
REGISTERS order); NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers of each tool are exactly the REGISTERS, with 31
register word problems per tool; exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family; no positive contains an
all-numeric date other than an ISO date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 78's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 78's, copied (P = "plain" is copied too, as the
last line of the first block). Set 78's docstring (within lines 1-496) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance gallons,
tons, pints, ounces, miles at sea, mpg, horsepower, cups, an age needing the current date, sleeps
with no year, an exchange rate, a share price, a world record, a month added to the 31st, a
leap-day birthday, working days, sunrise, a full moon, a time zone, a tip, VAT abroad, percentage
points, software versions, implied multiplication, floating point, pixels of an A4 page,
month-first dates, a three-for-two offer, interest of unstated kind, frames without a frame rate,
beats without a tempo, numerology, a star sign, section numbering, a bank holiday, a lunar new
year, a Hebrew calendar date, an operator, an invented unit, swapped operators, clock arithmetic,
scoring rules, letter values, slang amounts, a relative day notation, a season's week numbering, a
decimal comma, a ten-day week, a VAT-inclusive convention, a redefined discount, a financial year,
an overtime rule, JSON output, a persona, a binary output base, hexadecimal, Roman numerals,
French, Spanish, a haiku, words only, rounding to 5p, significant figures, a target unit of inches,
a fixed currency rate, fraction form and figures spread over two user turns). All of set 78's
register names are also in earlier_registers.txt, and none of their trades is used here.
earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades: the airboat swamp tours next to the hovercraft tours and the seal watching boat trips; the
beaver reintroduction project next to the bat survey ecologist and the peatland rewetting survey
team; the camel racing stable next to the greyhound racing kennels, the thoroughbred stud and the
racecourse clerk; the carnival mask maker next to the papier-mache pinata workshop and the theatre
wig makers; the diamond cutting workshop next to the high street jeweller and the assay office; the
dry dock hull painters next to the sailmakers, the canal boatyard and the subsea cable repair ship;
the dune buggy tour operator next to the go-kart track and the sand yacht club; the film
restoration lab next to the film society, the microfilm scanning bureau and the magic lantern slide
archivist (the `grep` above also printed two other "restoration" names, of stained glass and
vintage buses); the fortune cookie factory next to the bakeries and the crisp factory fryer line;
the incense stick maker next to the perfumer's studio, the wax chandler and the candle webshop; the
kaleidoscope maker next to the telescope mirror grinding workshop and the glass blowers; the
lumberjack sports show next to the tree surgeons, the axe throwing lanes and the tug of war club;
the mangrove replanting crew next to the beach clean volunteers and the coastal erosion survey
team; the origami tessellation studio next to the paper marbler and the paper lantern festival
crew; the parkour coaching gym next to the gymnastics club and the bouldering gyms; the pistachio
orchard huller next to the truffle orchard and the community orchard; the rice terrace farmers next
to the potato farm and the watercress beds; the satellite ground station next to the seismograph
station and the data centre night operations; the sumo stable manager next to the judo club and the
powerlifting meet; the synchrotron beamtime office next to the university research grants office
and the radiocarbon dating lab; the tortilla factory line next to the crisp factory fryer line and
the fresh pasta workshop; the tourist submarine operator next to the scuba dive boat skipper and
the seal watching boat trips; the vanilla curing house next to the saffron grower, the tea estate
withering shed and the banana ripening rooms; the ventriloquist touring act next to the children's
party magician and the puppet theatre touring company; the wind tunnel test lab next to the
instrument calibration laboratory and the velodrome coach; the judgement of "different topic" is
this writer's. At the edges of the allowed ranges: line 496 is P = "plain", 766, 1026 and 1330 are
section headers, 2046 opens the stated-weekday check and 2269 is the call of main(). No query text
of any earlier set was seen: main()'s duplicate check names only this set's ids. Every query here
was newly written from imagination of each trade or situation; twelve items (one of them reported
twice) that the duplicate check reported as exact repeats of earlier queries or user turns (their
earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 78 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question.
Conversations that define an operator, invented units (a bundle and a crate of incense), swapped
operators, clock arithmetic, a scoring rule (two of them), letter values, slang amounts, a relative
day notation, a season's week numbering, a decimal comma, a ten-day week, a VAT-inclusive
convention, a redefined discount, a financial year, an overtime rule, a baker's dozen, an 8-hour
"day" or a local land unit are negatives because the notation or convention is set up in an earlier
turn (JSON output, a persona and a binary output base by a system turn); one conversation spreads
its figures over two user turns before asking. Some conversations (hexadecimal and Roman numeral
output, French, Spanish, a haiku, words only, JSON output, a persona, a binary output base,
rounding to 5p, significant figures, a target unit of inches, a fixed currency rate, month-first
date order, fraction form) end in a user turn that could be computed alone, or nearly; they are
negatives, as in set 78, because the earlier turn changes what a right answer looks like. Some
near-positives depend on the current date or current figures (a ventriloquist's age now, sleeps
until carnival with no year, the current exchange rate, a share price, a world record), one asks
for a month added to the 31st, one for the first birthday of a leap-day baby, one for working days
in a month, one each for sunrise, a full moon, a time in another time zone, a bank holiday, a lunar
new year, the start of Ramadan, a Hebrew calendar date and a week number; they are negatives, with
no "now" field. Near-positives also ask for conversions in gallons, tons, pints, ounces, miles at
sea, mpg, horsepower, cups, knots, carats, koku, tatami, bushels, a gas mark and MB against GB, for
a shoe size, frames without a frame rate, beats without a tempo, facts (mud density, a camel's
speed, the first tourist submarine), estimates (paint for a float, tortillas eaten, planting
density), judgements (a fair score, dive safety, a tip, VAT abroad, wind chill), numerology, a star
sign, a part number, clause numbering, version ordering, implied multiplication, floating point,
pixels of an A4 diagram, month-first dates, half rounding, fence posts with unstated ends, slang
amounts, a decimal comma, an inclusive day count, curing time that does not scale, a riddle, a
spreadsheet formula, percentage points, a three-for-two offer and interest of unstated kind. No
positive depends on a looked-up figure: every rate, price, fee and discount is given in the text,
so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks and money()'s asserts passed on every run that reached them (ruff format ran
without error every time). The first run of run.sh failed ruff check with five ISC004 errors
(implicit string concatenation inside a tuple: four two-line entries of the ORDINARY table and one
conversation user turn), and the generator failed date_item()'s no-leap-day assert: the fortune
cookie best-before, 180 days after 2 September 2027, fell on 29 February 2028. An inline script
wrapped the two-line ORDINARY entries in parentheses (six of them, all that were split), made the
conversation turn one shorter string, and changed the best-before to 190 days after baking. The
next run passed ruff and reached the duplicate check, which reported twelve items by id as repeats
of earlier queries or user turns: two calculator one-liners (a square root, a percentage increase),
six unit one-liners (kilograms to pounds, Fahrenheit to Celsius, GiB to MiB, square metres to
square feet, feet and inches to centimetres, Celsius to Fahrenheit), one near-positive (the months
riddle) and three conversations (fraction form, French, Spanish); an inline script reworded all
twelve with new figures or wording (for the conversations, every user turn), without the earlier
queries being looked at. The next run reported the reworded GiB-to-MiB one-liner again; an inline
script reworded it with another figure, after which every check passed. Then the count of lines
over 99 characters found four (a date word problem, an ORDINARY entry, a parenthesised ORDINARY
entry and a conversation user turn). An inline script split the date line and also reworded two
date word problems whose answer could be read two ways ("day 500 after launch" became "500 days
after launch"; a certificate "valid for 730 days" with an expiry date became one "renewed 730 days
after issue"), but its replacement for one of the ORDINARY entries did not match (wrong indentation
in the script), so its assert stopped it after the date edits; the same command ran a `grep -n` of
d_negs.py for that entry, run.sh with --show, the `sed -n 1,3p` of out.txt, the count (three lines
over 99 left), a `cat` of ruff.txt and a `grep` of out.txt printing the listing lines of the three
affected ids. A `sed -n` of two lines of d_negs.py showed the indentation, and an inline script
split one ORDINARY entry, shortened the other and the conversation turn; run.sh with --show then
passed every check, followed by the `sed -n 1,3p` of out.txt, the count (no line over 99
characters) and a `cat` of ruff.txt. Every later run passed every check.

Registers (families), 25, new: airboat_swamp_tours, beaver_reintroduction_project,
camel_racing_stable, carnival_mask_maker, diamond_cutting_workshop, dry_dock_hull_painters,
dune_buggy_tour_operator, film_restoration_lab, fortune_cookie_factory, incense_stick_maker,
kaleidoscope_maker, lumberjack_sports_show, mangrove_replanting_crew, origami_tessellation_studio,
parkour_coaching_gym, pistachio_orchard_huller, rice_terrace_farmers, satellite_ground_station,
sumo_stable_manager, synchrotron_beamtime_office, tortilla_factory_line,
tourist_submarine_operator, vanilla_curing_house, ventriloquist_touring_act, wind_tunnel_test_lab.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: beaver_reintroduction_project, fortune_cookie_factory,
lumberjack_sports_show, sumo_stable_manager, tortilla_factory_line, vanilla_curing_house; a second
unit word problem: airboat_swamp_tours, camel_racing_stable, dry_dock_hull_painters,
mangrove_replanting_crew, rice_terrace_farmers, wind_tunnel_test_lab; a second date word problem:
carnival_mask_maker, dune_buggy_tour_operator, incense_stick_maker, parkour_coaching_gym,
satellite_ground_station, tourist_submarine_operator). The seven registers with three positives are
diamond_cutting_workshop, film_restoration_lab, kaleidoscope_maker, origami_tessellation_studio,
pistachio_orchard_huller, synchrotron_beamtime_office and ventriloquist_touring_act. Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly UK usage with £ and
pence, with dollars for the airboat tours, the ground station and the tortilla masa, euros for the
pistachios, the submarine and the vanilla, dirhams for the camel purse and yen for the sumo prize,
stone and pounds, feet, inches, yards and miles (on land), and other touches (channel water, a
comal and a curing room in Celsius to Fahrenheit, airboat and tunnel speeds between km/h and mph,
psi to bar and kPa, GiB to MiB, a bench, a tunnel section and a sheet of paper in square feet or
inches, mangroves and terraces between hectares and acres, litres to cubic feet), some chatty,
terse or lower-case, with questions at the start or the end, statements to complete, and unit
questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 78: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (tonnes
appear only as a stated quantity in a calculator problem), hundredweights, barrels, mpg, calories,
horsepower, kB vs KiB (only binary MiB/GiB are used), "a month" or "a year" as a length,
light-years and parsecs, nautical miles and knots, ounces of any kind, carats, nominal sizes,
leap-day results, all-numeric dates other than one ISO date (asserted), time zones and summer time,
Easter, working days, "within N days", and anything depending on the current date (no "now" or
"timezone" field; asserted). No calculator, date or exact unit result is a repeating decimal
(asserted); money answers are whole pence or cents (asserted by money()). Week counts are asserted
to be whole weeks; day counts are the difference of the two dates (queries are worded as N days or
weeks after or before a stated date, how many days from one date to another, how many days between
two dates, how many days a stone was away, a dune season and a tour ran (differences), a beamtime
and an exhibition counting both ends, a weekday 2 days after a date, a harvest of 33 days counting
both its first and last day, a season of 120 days counting opening and closing days, the 8th of
shows every 9 days, the third of checks every 5 weeks, the last of 10 weekly sessions, the fifth of
services every 13 days, 72 hours of drying, 500 days after a launch, 730 days after issue, the
first Tuesday, second Wednesday and last Sunday of a stated month and year); ages are in whole
years from a stated birth date to a stated date, and clock spans run from one stated time to the
next occurrence of the other (both cross midnight, saying "the following morning" or "the next
morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 78):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet and cubic feet
    from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, kPa); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_79.py (writes the JSONL next to this file, checks that it regenerates
byte for byte, and prints its sha256 and counts per label and family; add --show to list every
positive's expected value, or --digest to print only the sha256 of the output)"""

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
OUT = HERE / "heldout-2027-02-20.jsonl"
PREFIX = "ho79-"
# earlier generators: sets 1-78 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 79))
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
    "make_heldout_78.py",
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
    """A money amount: asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


AIRBOAT = "airboat_swamp_tours"
BEAVER = "beaver_reintroduction_project"
CAMEL = "camel_racing_stable"
CARNIVAL = "carnival_mask_maker"
DIAMOND = "diamond_cutting_workshop"
DRYDOCK = "dry_dock_hull_painters"
DUNE = "dune_buggy_tour_operator"
FILMLAB = "film_restoration_lab"
FORTUNE = "fortune_cookie_factory"
INCENSE = "incense_stick_maker"
KALEIDO = "kaleidoscope_maker"
LUMBER = "lumberjack_sports_show"
MANGROVE = "mangrove_replanting_crew"
ORIGAMI = "origami_tessellation_studio"
PARKOUR = "parkour_coaching_gym"
PISTACHIO = "pistachio_orchard_huller"
RICE = "rice_terrace_farmers"
SATELLITE = "satellite_ground_station"
SUMO = "sumo_stable_manager"
SYNCHRO = "synchrotron_beamtime_office"
TORTILLA = "tortilla_factory_line"
SUBMARINE = "tourist_submarine_operator"
VANILLA = "vanilla_curing_house"
VENTRILO = "ventriloquist_touring_act"
WINDTUN = "wind_tunnel_test_lab"
REGISTERS = (
    AIRBOAT,
    BEAVER,
    CAMEL,
    CARNIVAL,
    DIAMOND,
    DRYDOCK,
    DUNE,
    FILMLAB,
    FORTUNE,
    INCENSE,
    KALEIDO,
    LUMBER,
    MANGROVE,
    ORIGAMI,
    PARKOUR,
    PISTACHIO,
    RICE,
    SATELLITE,
    SUMO,
    SYNCHRO,
    TORTILLA,
    SUBMARINE,
    VANILLA,
    VENTRILO,
    WINDTUN,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What is 7,384 × 26?", 7384 * 26)
calc(P, "1.875 divided by 0.25", dec("1.875") / dec("0.25"))
calc(P, "17% of 2,460 =", pct(17) * 2460)
calc(P, "work out (418 - 73) x 12 + 9", (418 - 73) * 12 + 9)
assert 73 * 73 == 5329
calc(P, "What's the square root of 5,329?", 73)
calc(P, "3^7 minus 1,006", 3**7 - 1006)
calc(P, "Compute 96.48 / 3.2 please", dec("96.48") / dec("3.2"))
calc(P, "what's 0.35 × 0.8 × 250", dec("0.35") * dec("0.8") * 250)
calc(P, "Add up 12.75, 4.08 and 19.9", dec("12.75") + dec("4.08") + dec("19.9"))
calc(P, "4,096 ÷ 128 + 17 × 3 = ?", F(4096, 128) + 17 * 3)
calc(P, "Raise 1,368 by 12.5%", 1368 * (1 + pct("12.5")))
calc(P, "2.4 cubed is what", dec("2.4") ** 3)
calc(P, "Mean of 14, 29, 33, 40 and 51?", F(14 + 29 + 33 + 40 + 51, 5))
calc(P, "1,000,000 take away 387,642", 1000000 - 387642)

# register word problems
calc(
    AIRBOAT,
    "Airboat tickets are $38 per adult and $22 per child, plus one $15 booking fee per group. "
    "What does a group of 5 adults and 7 children pay in total?",
    money(5 * 38 + 7 * 22 + 15),
)
calc(
    BEAVER,
    "For the beaver release site we fenced three stretches of bank, 412 m, 287.5 m and 619 m. "
    "Fencing cost £6.40 a metre. What did the fencing cost altogether?",
    money((412 + dec("287.5") + 619) * dec("6.40")),
)
calc(
    BEAVER,
    "beaver-felled trees on our transect went from 80 at the spring count to 108 at the autumn "
    "count, what's the percentage increase",
    F(108 - 80, 80) * 100,
)
calc(
    CAMEL,
    "The camel race purse of 45,000 dirhams is split 50%, 25%, 15% and 10% among the first four. "
    "Our trainer takes 12% of whatever our camel wins. We came third. How many dirhams does the "
    "trainer get?",
    money(45000 * pct(15) * pct(12)),
)
calc(
    CARNIVAL,
    "Each carnival mask gets 0.35 m of ribbon trim. How many masks can I completely trim from "
    "one 25 m roll?",
    math.floor(F(25) / dec("0.35")),
)
calc(
    DIAMOND,
    "A 6.8 g rough stone loses 58% of its weight in cutting and polishing. What does the finished "
    "stone weigh, in grams?",
    dec("6.8") * (1 - pct(58)),
)
DRYDOCK_L = F(3450 * 2, 8)
calc(
    DRYDOCK,
    "We're painting a hull of 3,450 square metres with two coats of antifouling. One litre "
    "covers 8 square metres per coat and the paint only comes in 20-litre drums at £214.50 a "
    "drum. What do the drums we need cost?",
    money(whole_up(DRYDOCK_L / 20) * dec("214.50")),
)
calc(
    DUNE,
    "Buggy hire is £55 for the first hour and £32.50 for each further half hour. We kept it "
    "3.5 hours. How much do we owe?",
    money(55 + 5 * dec("32.50")),
)
calc(
    FILMLAB,
    "Frame-by-frame restoration is charged at £0.18 per frame. The reel runs 7 minutes 30 seconds "
    "at 24 frames per second. What's the bill?",
    money((7 * 60 + 30) * 24 * dec("0.18")),
)
calc(
    FORTUNE,
    "The fortune cookie line turns out 1,350 cookies an hour. How many hours of running does an "
    "order for 28,350 cookies take?",
    F(28350, 1350),
)
calc(
    FORTUNE,
    "We pack 12 fortune cookies to a bag and 40 bags to a case, and a case wholesales at £57.60. "
    "How many pence is that per cookie?",
    money(dec("57.60") / (12 * 40)) * 100,
)
calc(
    INCENSE,
    "My incense dough is sandalwood powder, makko and resin in the ratio 3:2:1 by weight. For a "
    "4.5 kg batch, how many grams of makko go in?",
    F(4500 * 2, 6),
)
calc(
    KALEIDO,
    "A kaleidoscope lists at £48. Take 15% off, then add 20% VAT to the discounted price. What "
    "does a customer pay for three of them?",
    money(48 * (1 - pct(15)) * (1 + pct(20)) * 3),
)
calc(
    LUMBER,
    "Lumberjack show takings: 340 tickets at £9.50 and 125 at £6. Running costs were £2,150. "
    "What was the profit?",
    money(340 * dec("9.50") + 125 * 6 - 2150),
)
calc(
    LUMBER,
    "how many 45 cm rounds do you get when you buck a 6.3 m log with no waste",
    F(630, 45),
)
calc(
    MANGROVE,
    "Our crew planted 2,880 mangrove propagules and 62.5% of them survived the first season. How "
    "many survived?",
    2880 * pct("62.5"),
)
calc(
    ORIGAMI,
    "I'm folding a 32 by 32 grid tessellation on a 40 cm square sheet. How wide is each grid "
    "square in millimetres?",
    F(400, 32),
)
calc(
    PARKOUR,
    "Gym membership is £42 per monthly payment, or £450 paid upfront for a full year. Compared "
    "with 12 monthly payments, how much does paying upfront save?",
    money(12 * 42 - 450),
)
calc(
    PISTACHIO,
    "We harvested 3,750 kg of pistachios; after hulling and drying, 52% of that weight is left "
    "to sell at €9.80 per kg. What's the revenue?",
    money(3750 * pct(52) * dec("9.80")),
)
calc(
    RICE,
    "Fourteen terrace paddies of 0.6 ha each yield 5.2 tonnes of rice per hectare. Total "
    "harvest in tonnes?",
    14 * dec("0.6") * dec("5.2"),
)
calc(
    SATELLITE,
    "The ground station charges $185 per pass plus $2.40 per minute of contact. Nine passes "
    "averaged 11.5 minutes each. What's the total charge?",
    money(9 * 185 + 9 * dec("11.5") * dec("2.40")),
)
calc(
    SUMO,
    "Six wrestlers in the stable each get through 2.75 kg of food a day. How many kilograms "
    "is that over a 15-day tournament?",
    6 * dec("2.75") * 15,
)
calc(
    SUMO,
    "A wrestler earns ¥30,000 for each of his 10 wins plus a ¥2,000,000 special prize, and 20% "
    "is withheld. How many yen does he actually receive?",
    money((10 * 30000 + 2000000) * (1 - pct(20))),
)
calc(
    SYNCHRO,
    "Beamtime comes in 8-hour shifts. A proposal was awarded 21 shifts, shared by three "
    "experiments in the ratio 3:2:2. How many hours does the biggest experiment get?",
    F(21 * 3, 7) * 8,
)
calc(
    TORTILLA,
    "At 64 tortillas a minute, how many minutes does the press need for 55,296 tortillas?",
    F(55296, 64),
)
calc(
    TORTILLA,
    "Masa costs $0.92 a kilo and one kilo makes 36 tortillas. What does the masa for 9,000 "
    "tortillas cost?",
    money(F(9000, 36) * dec("0.92")),
)
calc(
    SUBMARINE,
    "A full dive carried 31 adults at €89 and 17 children at €59. How much did the dive take in?",
    money(31 * 89 + 17 * 59),
)
calc(
    VANILLA,
    "Green vanilla loses 80% of its weight during curing. We started with 125 kg green and sell "
    "cured beans at €410 per kg. What are the cured beans worth?",
    money(125 * (1 - pct(80)) * 410),
)
calc(
    VANILLA,
    "Of 40 kg of cured vanilla, 45% grades A at €520/kg and the rest grades B at €300/kg. What's "
    "the whole lot worth?",
    money(40 * pct(45) * 520 + 40 * (1 - pct(45)) * 300),
)
calc(
    VENTRILO,
    "Our ventriloquist tour did 14 shows averaging 212 tickets at £17.50, and the venues keep "
    "30% of ticket money. How much did the act keep?",
    money(14 * 212 * dec("17.50") * (1 - pct(30))),
)
calc(
    WINDTUN,
    "Tunnel time is £1,240 an hour, billed in whole 15-minute blocks rounded up. A run lasted "
    "2 hours 40 minutes. What's the charge?",
    money(math.ceil(F(160, 15)) * F(1240, 4)),
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
KPA = F(1000)  # Pa
HA = F(10**4)  # m^2
LITRE = F(1, 1000)  # m^3
SQIN = IN * IN  # m^2
SQCM = CM * CM  # m^2
assert IN / CM == dec("2.54") and KM / MI == F(10**6, 1609344) and HA / ACRE < 3
assert SQIN / SQCM == dec("6.4516") and CUFT / LITRE == dec("28.316846592")
assert MPH / KMH == dec("1.609344") and STONE / LB == 14

# plain one-liners
unit_r(P, "Turn 83.4 kg into pounds", dec("83.4") / LB)
unit(P, "12.7 cm in inches", 127 * MM / IN, EXACT)
unit(P, "How many metres is 2,150 feet?", 2150 * FT, EXACT)
unit(P, "Convert 111.2 degrees F to Celsius", f_to_c(dec("111.2")), EXACT)
unit_r(P, "250 km/h in mph?", 250 * KMH / MPH)
unit(P, "Express 7.75 GiB in MiB", dec("7.75") * GIB / MIB, EXACT)
unit_r(P, "17 st 3 lb in kilograms", 17 * STONE + 3 * LB)
unit_r(P, "A floor of 57 square metres is how many square feet?", 57 / SQFT)
unit_r(P, "convert 2.75 bar to psi", dec("2.75") * BAR / PSI)
unit(P, "5 ft 11 in, in centimetres?", (5 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "12.5 hectares in acres", dec("12.5") * HA / ACRE)
unit_r(P, "1,350 litres expressed in cubic feet", 1350 * LITRE / CUFT)
unit_r(P, "What's 42 miles in kilometres", 42 * MI / KM)
unit(P, "What's -17 °C in Fahrenheit?", c_to_f(-17), EXACT)

# register word problems
unit_r(AIRBOAT, "Our airboat tops out at 56 km/h. What is that in mph?", 56 * KMH / MPH)
unit_r(
    AIRBOAT,
    "The airboat hull is 16 ft 6 in long; give the length in metres.",
    16 * FT + 6 * IN,
)
unit_r(BEAVER, "in metres, how long is a beaver dam of 47 yards", 47 * YD)
unit_r(CAMEL, "The camel race is run over 8 km. How many miles is that?", 8 * KM / MI)
unit_r(
    CAMEL,
    "Our best racing camel weighed in at 1,210 lb. What's that in kilograms?",
    1210 * LB,
)
unit(
    CARNIVAL,
    "My papier-mâché mask blanks are 7.5 inches wide. How many centimetres is that?",
    dec("7.5") * IN / CM,
    EXACT,
)
unit_r(
    DIAMOND,
    "Our cutting bench top is 1.2 m by 0.75 m. What's its area in square feet?",
    dec("1.2") * dec("0.75") / SQFT,
)
unit(DRYDOCK, "The dry dock is 820 ft long. How long is that in metres?", 820 * FT, EXACT)
unit_r(
    DRYDOCK,
    "The pressure washer for the hull runs at 3,000 psi. In bar, that's?",
    3000 * PSI / BAR,
)
unit_r(
    DUNE,
    "We let the buggy tyres down to 12 psi for the sand. How many kPa is that?",
    12 * PSI / KPA,
)
unit(
    FILMLAB,
    "Each 4K reel scan comes to 4.6 GiB. How many MiB is one scan?",
    dec("4.6") * GIB / MIB,
    EXACT,
)
unit_r(FORTUNE, "The cooling belt is 38 feet long - metres?", 38 * FT)
unit(INCENSE, "My incense sticks are 9 inches long. Length in cm?", 9 * IN / CM, EXACT)
unit_r(KALEIDO, "A mirror strip is cut 30 cm long; how many inches is that?", 30 * CM / IN)
unit(
    LUMBER,
    "The speed-climb pole is 60 ft tall. Give its height in metres.",
    60 * FT,
    EXACT,
)
unit_r(
    MANGROVE,
    "We replanted 3.4 hectares of mangrove this season. How many acres?",
    dec("3.4") * HA / ACRE,
)
unit(
    MANGROVE,
    "Water in the mangrove channel was 31.5 °C at noon. What's that in °F?",
    c_to_f(dec("31.5")),
    EXACT,
)
unit_r(
    ORIGAMI,
    "A 15 cm square of kami has what area in square inches?",
    15 * 15 * SQCM / SQIN,
)
unit(
    PARKOUR,
    "The gap between the two walls is 12 ft 6 in. What's that in metres?",
    12 * FT + 6 * IN,
    EXACT,
)
unit_r(PISTACHIO, "In pounds, what does a 50 kg sack of pistachios weigh?", 50 / LB)
unit_r(RICE, "Our terrace plot is 2.2 acres. Convert to hectares.", dec("2.2") * ACRE / HA)
unit(
    RICE,
    "The irrigation channel along the terraces is 640 yards long. How many metres?",
    640 * YD,
    EXACT,
)
unit_r(SATELLITE, "The big dish is 13 m across; what's that in feet?", 13 / FT)
unit_r(SUMO, "A wrestler in our stable weighs 187 kg. What is that in stone?", 187 / STONE)
unit_r(
    SYNCHRO,
    "The storage ring has a circumference of 844 m. How many feet is that?",
    844 / FT,
)
unit(TORTILLA, "The comal runs at 260 °C. What's that in Fahrenheit?", c_to_f(260), EXACT)
unit_r(
    SUBMARINE,
    "Our tourist sub dives to 30 metres. Passengers always ask: how many feet?",
    30 / FT,
)
unit(VANILLA, "We sweat the beans at 35 °C - what's that in °F?", c_to_f(35), EXACT)
unit_r(
    VENTRILO,
    "Kilometres, please: the tour van clocked 1,240 miles on the last leg.",
    1240 * MI / KM,
)
unit_r(WINDTUN, "The tunnel ran the model at 180 mph. Convert to km/h.", 180 * MPH / KMH)
unit_r(
    WINDTUN,
    "The test section is 2.4 m wide and 1.8 m high. Cross-section in square feet?",
    dec("2.4") * dec("1.8") / SQFT,
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
date_item(P, "What date is 45 days after 17 March 2027?", D(2027, 3, 17) + TD(days=45))
date_item(
    P,
    "How many days are there between 3 January 2027 and 28 August 2027?",
    days(D(2027, 1, 3), D(2027, 8, 28)),
)
date_item(P, "what day of the week was 14 July 1989", weekday(D(1989, 7, 14)))
date_item(P, "19 weeks before 2 June 2028 is which date?", D(2028, 6, 2) - TD(weeks=19))
date_item(
    P,
    "Days from 30 November 2026 to 14 February 2027?",
    days(D(2026, 11, 30), D(2027, 2, 14)),
)
date_item(P, "Which weekday does 25 December 2031 fall on?", weekday(D(2031, 12, 25)))
date_item(P, "Add 1,000 days to 1 April 2027.", D(2027, 4, 1) + TD(days=1000))
date_item(P, "2029-08-13 plus 77 days = ?", D(2029, 8, 13) + TD(days=77))
date_item(
    P,
    "How many weeks are there from 6 March 2028 to 11 September 2028?",
    weeks(D(2028, 3, 6), D(2028, 9, 11)),
)
date_item(
    P,
    "Someone born on 12 October 1964 is how old on 30 June 2027?",
    age(D(1964, 10, 12), D(2027, 6, 30)),
)
date_item(P, "the date 250 days before 9 November 2027", D(2027, 11, 9) - TD(days=250))
date_item(P, "First Tuesday of October 2029?", nth_weekday(2029, 10, TUE, 1))
date_item(
    P,
    "How many minutes from 21:40 to 06:15 the following morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "Last Sunday in March 2030 - what date?", nth_weekday(2030, 3, SUN, -1))

# register word problems
date_item(
    AIRBOAT,
    "Airboat season opens on 14 November 2027 and runs for 120 days, counting the opening and "
    "closing days. What is the closing day?",
    D(2027, 11, 14) + TD(days=119),
)
date_item(
    BEAVER,
    "The kits were born on 22 May 2027 and get their health check at 16 weeks old. What date "
    "is the check?",
    D(2027, 5, 22) + TD(weeks=16),
)
CAMEL_RACE = D(2028, 1, 21)
date_item(
    CAMEL,
    f"The race is on {sayw(CAMEL_RACE)} and the camels must arrive for quarantine 21 days "
    "before. On what date does quarantine start?",
    CAMEL_RACE - TD(days=21),
)
date_item(
    CARNIVAL,
    "Masks ordered on 8 January 2028 take 38 days to make. When will they be ready?",
    D(2028, 1, 8) + TD(days=38),
)
date_item(
    CARNIVAL,
    "Carnival Sunday is 27 February 2028, what weekday does that make the day of the big "
    "parade, 2 days later?",
    weekday(D(2028, 2, 27) + TD(days=2)),
)
date_item(
    DIAMOND,
    "We sent a stone to the grading lab on 3 March 2027 and got it back on 19 April 2027. How "
    "many days was it away?",
    days(D(2027, 3, 3), D(2027, 4, 19)),
)
DOCK_IN = D(2027, 7, 5)
date_item(
    DRYDOCK,
    f"The tanker came into dock on {sayw(DOCK_IN)} and painting takes 26 days from then. What "
    "date does she float out?",
    DOCK_IN + TD(days=26),
)
date_item(
    DUNE,
    "A desert tour is booked 11 days after 27 December 2027. What's the tour date?",
    D(2027, 12, 27) + TD(days=11),
)
date_item(
    DUNE,
    "How many days from 1 March 2027 to 31 October 2027, our dune season?",
    days(D(2027, 3, 1), D(2027, 10, 31)),
)
date_item(
    FILMLAB,
    "Restoration of the reel started on 10 February 2027 and took 140 days. On what date did "
    "it finish?",
    D(2027, 2, 10) + TD(days=140),
)
date_item(
    FORTUNE,
    "Cookies baked on 2 September 2027 have a best-before 190 days after baking. What is the "
    "best-before date?",
    D(2027, 9, 2) + TD(days=190),
)
ROLLED = D(2027, 9, 17)
date_item(
    INCENSE,
    f"Sticks rolled at 09:00 on {sayw(ROLLED)} need 72 hours on the drying rack. On what date "
    "are they ready?",
    ROLLED + TD(hours=72),
)
date_item(
    INCENSE,
    "how many days between 4 April 2027 and 4 April 2028",
    days(D(2027, 4, 4), D(2028, 4, 4)),
)
date_item(
    KALEIDO,
    "The craft fair where I'm selling kaleidoscopes is on 18 June 2028. Which day of the "
    "week is that?",
    weekday(D(2028, 6, 18)),
)
date_item(
    LUMBER,
    "The lumberjack show plays every 9 days, starting 6 May 2027. What is the date "
    "of the 8th show?",
    D(2027, 5, 6) + TD(days=9 * 7),
)
date_item(
    MANGROVE,
    "Seedlings went in on 15 August 2027, with a survival check every 5 weeks after that. "
    "When is the third check?",
    D(2027, 8, 15) + TD(weeks=15),
)
date_item(
    ORIGAMI,
    "Our tessellation exhibition runs from 2 October to 29 October 2028, both days included. "
    "How many days is it open?",
    days(D(2028, 10, 2), D(2028, 10, 29)) + 1,
)
date_item(
    PARKOUR,
    "Our head coach was born on 29 July 1996. How old will he be on 15 March 2028?",
    age(D(1996, 7, 29), D(2028, 3, 15)),
)
COURSE = D(2027, 1, 7)
date_item(
    PARKOUR,
    f"A beginners' course has 10 weekly sessions, the first on {sayw(COURSE)}. What's the "
    "date of the last session?",
    COURSE + TD(weeks=9),
)
date_item(
    PISTACHIO,
    "Harvest began on 28 August 2027 and lasted 33 days, counting the first and last days. "
    "What was the last day?",
    D(2027, 8, 28) + TD(days=32),
)
date_item(
    RICE,
    "We transplant the seedlings on 12 June 2027 and harvest 115 days later. Harvest date?",
    D(2027, 6, 12) + TD(days=115),
)
date_item(
    SATELLITE,
    "The satellite launched on 23 October 2026. What date was 500 days after launch?",
    D(2026, 10, 23) + TD(days=500),
)
date_item(
    SATELLITE,
    "Station reviews are on the second Wednesday of the month - which date is that in March 2029?",
    nth_weekday(2029, 3, WED, 2),
)
BASHO = D(2027, 1, 10)
date_item(
    SUMO,
    f"The tournament opens on {sayw(BASHO)} and lasts 15 days. What is the date of the final day?",
    BASHO + TD(days=14),
)
date_item(
    SYNCHRO,
    "Our beamtime runs from 19 April 2027 to 2 May 2027 inclusive. How many days do we get?",
    days(D(2027, 4, 19), D(2027, 5, 2)) + 1,
)
PRESS = D(2027, 3, 8)
date_item(
    TORTILLA,
    f"The press gets serviced every 13 days, starting {sayw(PRESS)}. What weekday is the "
    "fifth service?",
    weekday(PRESS + TD(days=13 * 4)),
)
date_item(
    SUBMARINE,
    "The hull inspection must be done 75 days before 1 June 2028. What's the deadline date?",
    D(2028, 6, 1) - TD(days=75),
)
date_item(
    SUBMARINE,
    "A pilot's certificate was issued on 30 September 2025 and must be renewed 730 days "
    "after issue. What date is that?",
    D(2025, 9, 30) + TD(days=730),
)
date_item(
    VANILLA,
    "We start sweating and drying the beans on 6 December 2027; the cure takes 47 days. When "
    "does it finish?",
    D(2027, 12, 6) + TD(days=47),
)
TOUR_A, TOUR_B = D(2027, 9, 3), D(2027, 10, 24)
date_item(
    VENTRILO,
    f"The tour runs from {sayw(TOUR_A)} to {sayw(TOUR_B)}. How many days after the opening "
    "night is the closing night?",
    days(TOUR_A, TOUR_B),
)
date_item(
    WINDTUN,
    "An overnight test ran from 23:15 to 04:50 the next morning. How many minutes was that?",
    clock_span("23:15", "04:50", 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    AIRBOAT: (
        (
            "What should I say in the safety briefing before an airboat tour with young children "
            "on board?"
        ),
        (
            "Is it better to run swamp tours at dawn or at dusk if guests mainly want to see "
            "alligators?"
        ),
        "Write a short, friendly sign asking guests to keep their hands inside the airboat.",
        "How do I explain to a nervous passenger why airboats need ear defenders?",
    ),
    BEAVER: (
        "How do we reassure farmers downstream that a beaver release won't flood their fields?",
        "What signs tell you a beaver family has settled in a new territory?",
        "Draft a short press release announcing our first wild beaver kits.",
        "Should volunteers be allowed to name the released beavers, or does that cause problems?",
    ),
    CAMEL: (
        "What's a sensible daily routine for a young racing camel in its first training season?",
        "How do robot jockeys change the way camel races are run?",
        (
            "Write a polite message to an owner explaining why their camel was scratched from "
            "the race."
        ),
        "Is it fair to race camels in the hottest part of the year?",
    ),
    CARNIVAL: (
        "Which glue holds sequins best on a papier-mâché carnival mask?",
        "How can I make a Venetian-style mask comfortable to wear all evening?",
        "Suggest a theme for a set of masks for a carnival troupe of twelve dancers.",
        "Is it cultural appropriation to sell masks copied from another country's carnival?",
    ),
    DIAMOND: (
        "What's the difference between a brilliant cut and an emerald cut, in plain words?",
        "How do I tell a customer that their heirloom stone has a visible inclusion?",
        "Should a small cutting workshop invest in laser sawing or stick with the blade?",
        "Write a short caption for a photo of a newly polished stone for our website.",
    ),
    DRYDOCK: (
        (
            "What are the risks of painting a hull when the dew point is close to the air "
            "temperature?"
        ),
        "Explain why antifouling paint is regulated more strictly than ordinary paint.",
        "How should a dry dock crew plan shifts around a tight float-out deadline?",
        "Write a toolbox talk on working safely from a cherry picker beside a hull.",
    ),
    DUNE: (
        "What should guests wear for a dune buggy tour in the late afternoon?",
        "How do we keep buggy tours from damaging nesting sites in the dunes?",
        "Write a short disclaimer guests sign before driving a buggy themselves.",
        "Is it worth offering night tours with headlights, or is that too risky?",
    ),
    FILMLAB: (
        (
            "Should we remove every scratch from an old newsreel, or leave some as part of its "
            "history?"
        ),
        "How does vinegar syndrome damage acetate film, and can it be stopped?",
        (
            "Write a short note for a film festival programme describing our restoration of a "
            "silent comedy."
        ),
        "What's the best way to store nitrate film safely while it waits for scanning?",
    ),
    FORTUNE: (
        "Write ten cheerful fortunes for cookies at a wedding reception.",
        "Why do fortune cookies go soft, and how can we keep them crisp in humid weather?",
        "Is it okay to put mildly rude fortunes in cookies for a comedy club?",
        "Where did fortune cookies actually come from?",
    ),
    INCENSE: (
        "Why do some of my incense sticks keep going out halfway down?",
        "What scents work well together in a calming evening incense blend?",
        "How should I label incense for sale so customers know about smoke and ventilation?",
        "Describe the traditional way incense sticks are rolled by hand.",
    ),
    KALEIDO: (
        "How do I get sharper, brighter patterns from a three-mirror kaleidoscope?",
        "What makes a good object cell for a kaleidoscope sold to collectors?",
        "Write a product description for a brass kaleidoscope with a wheel of sea glass.",
        "Is a kaleidoscope a good gift for a child who gets bored easily?",
    ),
    LUMBER: (
        "How should the compère keep the crowd engaged between log-rolling heats?",
        "What safety rules matter most for a springboard chopping demonstration?",
        "Write a funny introduction for our two lumberjacks before the axe throwing.",
        "Should the show include a section explaining sustainable forestry?",
    ),
    MANGROVE: (
        "Why do mangrove replantings often fail, and how can we avoid that?",
        "Which is better for replanting, propagules collected locally or nursery seedlings?",
        "Write a short thank-you to the school group who helped us plant at low tide.",
        "How do mangroves protect a coastline during storms?",
    ),
    ORIGAMI: (
        "What paper is best for a tessellation with hundreds of tiny pleats?",
        "How can I photograph a folded tessellation so the light shows the pattern?",
        "Is it okay to sell folds of a tessellation that another artist designed?",
        "Explain what a twist fold is to a complete beginner.",
    ),
    PARKOUR: (
        "How do I teach a nervous adult beginner to do their first precision jump?",
        "Write a short code of conduct for members training outdoors in public places.",
        "Is parkour safe for children under ten?",
        "What warm-up would you suggest before a session of wall runs?",
    ),
    PISTACHIO: (
        "Why must pistachios be hulled so quickly after harvest?",
        "How can we reduce the number of closed-shell nuts in our crop?",
        "Write a short paragraph for our farm shop about how pistachios are grown.",
        "Is it worth buying our own huller or should we keep using the cooperative's?",
    ),
    RICE: (
        "How do we keep terrace walls from collapsing after heavy rain?",
        "What can young people be offered to keep them farming the terraces?",
        "Write a welcome note for visitors walking the terraces during planting.",
        "Should we switch to a higher-yield rice variety, or keep the traditional one?",
    ),
    SATELLITE: (
        "What should operators do when a pass is lost because of heavy rain?",
        ("Explain in simple terms why a ground station has to track a satellite across the sky."),
        "Write a short shift handover note template for our control room.",
        "Is it worth adding a second antenna, or should we buy time from a partner network?",
    ),
    SUMO: (
        "How should a stable manager handle a young wrestler who wants to quit?",
        "Explain the ranking system in sumo to a visitor who has never watched it.",
        "Write a short welcome message for foreign fans visiting morning practice.",
        "Is the traditional diet healthy for wrestlers in the long run?",
    ),
    SYNCHRO: (
        "How should the panel rank two excellent proposals when only one slot is left?",
        "Write a reminder email to users about the radiation safety training deadline.",
        "Explain to a new user what happens during a beamline's commissioning period.",
        "Is it fair to give industry users priority because they pay?",
    ),
    TORTILLA: (
        "Why are some of our corn tortillas cracking when customers fold them?",
        "What's the difference between nixtamalised corn and plain corn flour?",
        "Write a short notice for staff about new hairnet and glove rules on the line.",
        "Should we launch a blue corn tortilla, or is it just a fad?",
    ),
    SUBMARINE: (
        "What should we tell passengers who feel claustrophobic before a dive?",
        "How do we describe the reef to guests without overselling the wildlife?",
        "Write a short safety announcement for the moment the hatch is closed.",
        "Is it ethical to run tourist dives over a fragile coral reef?",
    ),
    VANILLA: (
        "Why is hand-pollinating vanilla flowers necessary outside its native range?",
        "How can we tell when vanilla beans are properly cured?",
        "Write a short story about vanilla for the back of our gift packs.",
        "How do we protect our curing house from theft during harvest season?",
    ),
    VENTRILO: (
        "How can I keep my lips still on the letters b, m and p?",
        "Write a short opening bit for a ventriloquist whose dummy is grumpy.",
        "Is a ventriloquist act too old-fashioned for a family festival today?",
        "What's the best way to travel with a dummy so it isn't damaged?",
    ),
    WINDTUN: (
        "Why do wind tunnel results sometimes disagree with real-world tests?",
        "Explain boundary layers to a student visiting the lab for the first time.",
        "Write a short risk assessment for cyclists using the tunnel for position testing.",
        "Should we offer tunnel time to amateur cyclists, or keep it for research?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


NEAR = (
    (
        "near-gallons",
        "The airboat burns 9 gallons of fuel a tour. How many litres is that?",
        "gallon not said to be US or imperial",
    ),
    (
        "near-tons",
        "We shipped 4 tons of pistachios. How many kilograms?",
        "ton: short, long or metric",
    ),
    (
        "near-pints",
        "The koji mix calls for 3 pints of water; how many millilitres?",
        "pint not said to be US or imperial",
    ),
    (
        "near-ounces",
        "Convert 6 ounces of vanilla extract to grams.",
        "fluid ounce or weight ounce, and US or imperial",
    ),
    (
        "near-miles-at-sea",
        "The tourist sub surfaced 14 miles offshore. How many km is that?",
        "statute or nautical mile at sea",
    ),
    (
        "near-mpg",
        "A dune buggy does 24 mpg. What's that in litres per 100 km?",
        "mpg in US or imperial gallons",
    ),
    (
        "near-horsepower",
        "The airboat engine is rated 450 horsepower; how many kW?",
        "mechanical or metric horsepower",
    ),
    (
        "near-cups",
        "How many grams is 3 cups of masa harina?",
        "cup size and flour density unstated",
    ),
    (
        "near-age-now",
        "How old is the ventriloquist Nina Conti now?",
        "needs the current date and a fact",
    ),
    (
        "near-sleeps",
        "How many sleeps until carnival on 22 February?",
        "no year, needs the current date",
    ),
    (
        "near-exchange-rate",
        "What's ¥1,840,000 of prize money in pounds?",
        "needs a current exchange rate",
    ),
    (
        "near-share-price",
        "If I'd bought 200 shares in a tortilla maker a year ago, what would they be worth?",
        "needs market data",
    ),
    (
        "near-world-record",
        "What's the world record for the standing block chop?",
        "a fact that changes",
    ),
    (
        "near-month-31st",
        "A mangrove check is due one month after 31 January 2027. What date is that?",
        "a month after the 31st has no single answer",
    ),
    (
        "near-leap-birthday",
        "Our parkour kid was born on 29 February 2028. When is their first birthday?",
        "28 February or 1 March is a convention",
    ),
    (
        "near-working-days",
        "How many working days does the wind tunnel lab have in May 2027?",
        "depends on the country's public holidays and the lab's rota",
    ),
    (
        "near-sunrise",
        "What time is sunrise at the dune camp on 3 March 2027?",
        "needs a location and an almanac",
    ),
    (
        "near-full-moon",
        "When is the first full moon of 2028 for our night dives?",
        "astronomical fact, not arithmetic",
    ),
    (
        "near-time-zone",
        "A satellite pass is at 14:00 in Houston. What time is that in Tokyo?",
        "time zone rules and summer time",
    ),
    (
        "near-tip",
        "How much should we tip the airboat captain on a $240 tour?",
        "a custom, not a calculation",
    ),
    (
        "near-vat-abroad",
        "What VAT do I charge on a kaleidoscope posted to a buyer in Norway?",
        "tax rules",
    ),
    (
        "near-percentage-points",
        "Mangrove survival went from 40% to 50%. By how much did it rise?",
        "10 points or 25 percent, ambiguous",
    ),
    ("near-version", "Is scanner firmware 3.10 newer than 3.9?", "version ordering, not decimals"),
    (
        "near-implied-mult",
        "The lab quiz asks for 12 ÷ 3(1 + 3). What's the answer?",
        "implied multiplication precedence is disputed",
    ),
    (
        "near-float",
        "Why does our beamline script print 0.30000000000000004 for 0.1 + 0.2?",
        "an explanation of floating point",
    ),
    ("near-a4-pixels", "How many pixels wide is an A4 origami diagram?", "needs a resolution"),
    (
        "near-month-first",
        "Our buggy booking says 03/04/2028. Is that March or April?",
        "date order convention",
    ),
    (
        "near-three-for-two",
        "Fortune cookie tins are £4 each or three for two. What do seven cost?",
        "how the offer applies to a remainder is the shop's rule",
    ),
    (
        "near-interest-kind",
        "If the stable borrows £18,000 at 6% for three years, how much will it repay?",
        "simple or compound, and repayment terms unstated",
    ),
    (
        "near-mud-density",
        "What does a cubic metre of wet mangrove mud weigh?",
        "a fact that varies",
    ),
    ("near-camel-speed", "How fast can a racing camel sprint?", "a fact"),
    (
        "near-shoe-size",
        "My parkour shoes are UK 9. What's that in EU sizes?",
        "nominal sizes differ by brand",
    ),
    ("near-frames", "How long does a reel of 43,200 frames run?", "frame rate not stated"),
    (
        "near-beats",
        "The dummy's song is 212 beats long. How many seconds is that?",
        "tempo not stated",
    ),
    (
        "near-numerology",
        "What's the lucky number for a camel named Zafira by numerology?",
        "not a calculation with one answer",
    ),
    (
        "near-star-sign",
        "Our sumo recruit was born on 20 April 2007. What star sign is he?",
        "a cusp date, depends on the year's ephemeris",
    ),
    (
        "near-part-number",
        "Is hull valve part 14-22-9 compatible with the older pump?",
        "an identifier, not arithmetic",
    ),
    (
        "near-clause-order",
        "Does clause 4.10 of the beamtime rules come after clause 4.9?",
        "section numbering, not decimals",
    ),
    ("near-score-fair", "Judges scored a run 8.5, 9 and 7.5. Was the score fair?", "a judgement"),
    ("near-bank-holiday", "Is 31 May 2027 a bank holiday in England?", "a fact"),
    ("near-lunar-new-year", "What date is the lunar new year in 2029?", "lunisolar calendar fact"),
    (
        "near-ramadan",
        "When does Ramadan start in 2028, for planning the tortilla shifts?",
        "depends on moon sighting and region",
    ),
    (
        "near-paint-vague",
        "How much paint do I need for a carnival float?",
        "no dimensions, an estimate",
    ),
    (
        "near-wind-chill",
        "It's 4 °C with a 30 km/h wind on the dunes. What does it feel like?",
        "wind chill formula choice and judgement",
    ),
    (
        "near-dive-safety",
        "Is a 30 m dive safe for a passenger with a heart condition?",
        "a medical judgement",
    ),
    (
        "near-half-rounding",
        "Round 2.5 to the nearest whole number for the lab report.",
        "half-up or half-to-even, convention",
    ),
    (
        "near-fence-posts",
        "Posts go every 3 m along a 30 m beaver fence. How many posts?",
        "whether both ends get a post is unstated",
    ),
    ("near-slang", "A monkey plus a pony for the van - what's that in total?", "slang amounts"),
    (
        "near-decimal-comma",
        "A German invoice for vanilla says 1.250 kg. Is that over a kilo?",
        "decimal separator convention",
    ),
    (
        "near-tortilla-estimate",
        "How many tortillas does a family of four eat a week?",
        "an estimate",
    ),
    (
        "near-planting-density",
        "How many mangroves should we plant per hectare?",
        "advice, depends on species and site",
    ),
    ("near-first-sub", "When did the first tourist submarine start operating?", "a fact"),
    (
        "near-hebrew-date",
        "What is 10 Tishrei 5789 in the Gregorian calendar?",
        "Hebrew calendar conversion",
    ),
    ("near-week-number", "What week number is 1 January 2027?", "ISO or other week numbering"),
    (
        "near-gas-mark",
        "Gas mark 6 for the fortune cookies - what's that in Fahrenheit?",
        "a nominal oven scale",
    ),
    (
        "near-knots",
        "The airboat does 25 knots; what's that in km/h?",
        "knots are left out of positives",
    ),
    ("near-carats", "How many grams is a 2.4 carat stone?", "carat versus karat"),
    (
        "near-koku",
        "How many kilograms is 5 koku of rice?",
        "koku is a volume, weight depends on the rice",
    ),
    (
        "near-tatami",
        "How many square metres is a six-tatami room?",
        "tatami size differs by region",
    ),
    (
        "near-bushels",
        "Convert 30 bushels of pistachios to kilograms.",
        "bushel weight depends on the crop and the bushel",
    ),
    ("near-gb-mb", "How many MB is a 3 GB film scan?", "1000 or 1024"),
    (
        "near-inclusive-days",
        "How many days is it from Monday to Friday on the tour?",
        "inclusive or exclusive count",
    ),
    (
        "near-cure-scaling",
        "Curing 40 kg of beans takes 5 months. How long for 80 kg?",
        "curing time does not scale with weight",
    ),
    (
        "near-trick-months",
        "A riddle from the ground crew: how many months have 28 days in them?",
        "a riddle",
    ),
    (
        "near-excel-vat",
        "Write a spreadsheet formula that adds 20% VAT to the price in B2.",
        "writing a formula, not computing",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)


CONVS = (
    (
        "conv-operator",
        [
            (U, "In our tab sheet, a ⊕ b means a times b plus the larger of the two."),
            (A, "Got it: a ⊕ b = a × b + max(a, b)."),
            (U, "So what's 7 ⊕ 12?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-invented-unit",
        [
            (U, "At the incense bench a 'bundle' is 36 sticks and a 'crate' is 24 bundles."),
            (A, "Noted: bundle = 36 sticks, crate = 24 bundles."),
            (U, "How many sticks in 3 crates and 5 bundles?"),
        ],
        "invented units",
    ),
    (
        "conv-swapped-ops",
        [
            (U, "Let's play a game: from now on + means minus and - means plus."),
            (A, "Okay, I'll swap them."),
            (U, "What's 40 + 15 - 6?"),
        ],
        "swapped operators",
    ),
    (
        "conv-clock-arith",
        [
            (U, "Our beamline runs a 10-hour shift clock that wraps round from 9 to 0."),
            (A, "So times go 0 to 9 and then back to 0."),
            (U, "If a shift starts at 7, what does the shift clock read 6 hours later?"),
        ],
        "modular clock set up earlier",
    ),
    (
        "conv-scoring-rule",
        [
            (U, "In our parkour jam a clean landing scores 3, a touch-down 1 and a fall loses 2."),
            (A, "Understood: clean 3, touch-down 1, fall minus 2."),
            (U, "Mia had 6 clean landings, 2 touch-downs and a fall. Her total?"),
        ],
        "scoring rule",
    ),
    (
        "conv-letter-values",
        [
            (U, "For the camel naming game, A=1, B=2 and so on up to Z=26."),
            (A, "Right, each letter takes its place in the alphabet."),
            (U, "What's the value of ZAFIRA?"),
        ],
        "letter values",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "On the lumberjack circuit a 'stump' is £50 and a 'log' is £200."),
            (A, "Okay: stump £50, log £200."),
            (U, "I won two logs and three stumps. How much is that?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-relative-day",
        [
            (U, "In the curing house we number days from the sweat: S0 is the first sweat day."),
            (A, "So S1 is the day after the first sweat, and so on."),
            (U, "If S0 was 9 December 2027, what date is S40?"),
        ],
        "a relative day notation",
    ),
    (
        "conv-season-weeks",
        [
            (U, "Our dune season's week 1 starts on the first Saturday of March."),
            (A, "Understood, weeks run Saturday to Friday from then."),
            (U, "Which date does week 12 start in 2028?"),
        ],
        "a season's week numbering",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'll write decimals with a comma, the way we do at the mill in Spain."),
            (A, "Fine, 2,5 means two and a half."),
            (U, "What's 3,75 times 4?"),
        ],
        "decimal comma",
    ),
    (
        "conv-ten-day-week",
        [
            (U, "At the festival we use ten-day 'decades' instead of weeks, starting on day 1."),
            (A, "So decade 2 is days 11 to 20."),
            (U, "Which decade is day 57 in?"),
        ],
        "a ten-day week",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All prices I give you from now on already include 20% VAT."),
            (A, "Understood, I'll treat them as VAT-inclusive."),
            (U, "A kaleidoscope is £54. How much of that is VAT?"),
        ],
        "VAT-inclusive convention",
    ),
    (
        "conv-redefined-discount",
        [
            (U, "When I say 'discount' at the buggy desk I mean the fixed amount off per person."),
            (A, "Okay, discount means a fixed amount off each person."),
            (U, "Tour is £65 and the discount is 8. Four people - total?"),
        ],
        "a redefined discount",
    ),
    (
        "conv-financial-year",
        [
            (U, "Our submarine company's financial year starts on 1 October."),
            (A, "Noted, FY runs October to September."),
            (U, "In which quarter of the financial year does 14 February fall?"),
        ],
        "a financial year convention",
    ),
    (
        "conv-overtime-rule",
        [
            (U, "Tortilla line staff get time and a half after 38 hours, double after 46."),
            (A, "Got it: 1.5x from 38 to 46, 2x above 46."),
            (U, "On £12 an hour, what does a 50-hour week pay?"),
        ],
        "an overtime rule",
    ),
    (
        "conv-json",
        [
            (S, "Reply only with a JSON object with keys 'value' and 'unit'."),
            (U, "What's 420 cm in metres?"),
        ],
        "JSON output set by the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Grumpy Gus, the ventriloquist's dummy. Stay in character."),
            (U, "Gus, how much is 18 times 7?"),
        ],
        "a persona",
    ),
    (
        "conv-binary-output",
        [
            (S, "Give every number in base 2."),
            (U, "How many bytes are in 3 KiB?"),
        ],
        "output base set by the system turn",
    ),
    (
        "conv-hex-output",
        [
            (U, "Answer in hexadecimal from now on, it's for the ground station logs."),
            (A, "Okay, hexadecimal it is."),
            (U, "What's 255 plus 1024?"),
        ],
        "hexadecimal output",
    ),
    (
        "conv-roman",
        [
            (U, "For the show poster, give every number in Roman numerals."),
            (A, "Sure."),
            (U, "What's 1999 plus 28?"),
        ],
        "Roman numeral output",
    ),
    (
        "conv-french",
        [
            (U, "Pour la suite, réponds uniquement en français."),
            (A, "D'accord."),
            (U, "How many minutes are in 8.25 hours?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "Every answer you give me today must be a haiku."),
            (A, "Numbers in a verse / I will count the syllables / ask and I will sing"),
            (U, "What is 17 times 23?"),
        ],
        "verse form",
    ),
    (
        "conv-words-only",
        [
            (U, "No digits please, write all numbers in words for our kids' worksheet."),
            (A, "Understood, words only."),
            (U, "What's 64 divided by 8 plus 11?"),
        ],
        "numbers in words",
    ),
    (
        "conv-round-5p",
        [
            (U, "At the fortune cookie stall we round every price to the nearest 5p."),
            (A, "Okay, nearest 5p."),
            (U, "What's 7 bags at 38p each?"),
        ],
        "rounding convention",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give all answers to 2 significant figures for the tunnel report."),
            (A, "Will do."),
            (U, "What's 318 times 47?"),
        ],
        "significant figures",
    ),
    (
        "conv-target-inches",
        [
            (U, "Whatever length I give you, answer in inches only."),
            (A, "Understood."),
            (U, "A kaleidoscope tube is 0.3 m plus 45 mm. How long is it?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this quote, use 1 euro = 0.85 pounds, no matter what today's rate is."),
            (A, "Okay, 0.85."),
            (U, "What's €2,460 of cured vanilla worth?"),
        ],
        "a fixed currency rate",
    ),
    (
        "conv-month-first",
        [
            (U, "All dates I type are month first, American style."),
            (A, "Noted."),
            (U, "What weekday is 4/9/2027?"),
        ],
        "month-first dates",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Keep every answer as a fraction in lowest terms, it's for my niece's homework."),
            (A, "Sure."),
            (U, "And 0.45 plus 0.3?"),
        ],
        "fraction form",
    ),
    (
        "conv-two-turn-figures",
        [
            (U, "I've got 14 crates of pistachios at 23 kg each."),
            (A, "That's noted."),
            (U, "Plus 9 loose sacks at 11 kg. What's the total weight?"),
        ],
        "figures over two turns",
    ),
    (
        "conv-bakers-dozen",
        [
            (U, "At our stall a 'dozen' always means thirteen."),
            (A, "A baker's dozen, got it."),
            (U, "How many cookies in 6 dozen?"),
        ],
        "a redefined dozen",
    ),
    (
        "conv-shift-hours",
        [
            (U, "In the koji room 'a day' means one 8-hour shift, not 24 hours."),
            (A, "Understood: a day is 8 hours."),
            (U, "How many hours are 5 and a half days?"),
        ],
        "a redefined day",
    ),
    (
        "conv-score-ring",
        [
            (U, "Our sumo practice ladder: 2 points for a win by push-out and 3 for a throw."),
            (A, "Push-out 2, throw 3."),
            (U, "Kenta won 4 by push-out and 5 by throws. Points?"),
        ],
        "a second scoring rule",
    ),
    (
        "conv-custom-acre",
        [
            (U, "On our terraces a 'tan' is what we call 990 square metres."),
            (A, "Okay, one tan is 990 m² here."),
            (U, "How many square metres in 7 tan?"),
        ],
        "a local land unit",
    ),
    (
        "conv-spanish",
        [
            (U, "A partir de ahora, respóndeme solo en español."),
            (A, "Claro."),
            (U, "What's 15% of 1,940?"),
        ],
        "answer language set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
for _i in items:
    if _i["label"] != "negative":
        assert not NUMERIC_DATE_POS.search(_i["query"]) or re.search(
            r"\b\d{4}-\d{2}-\d{2}\b", _i["query"]
        ), _i["id"]
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _label
_pos = {}
for _i in items:
    if _i["label"] != "negative" and _i["family"] != P:
        _pos[_i["family"]] = _pos.get(_i["family"], 0) + 1
assert sorted(_pos.values()).count(4) == 18 and sorted(_pos.values()).count(3) == 7
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
    # no register (family name) of this set is a family name of sets 19 to 78
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 78: {reused}"
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
