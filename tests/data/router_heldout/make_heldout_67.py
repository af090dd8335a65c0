r"""Generate heldout-2027-02-08.jsonl: a sixty-seventh held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed67/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 950
register names of earlier sets, used only to choose this set's 25 registers so that their trades
and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_66.py, by `sed -n` with comma ranges: lines 1-488
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 717-777 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 862-946 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1138-1145 (its negatives
section header, neg() and conv()) and 1831-2055 (its stated-weekday check, its checks and main()).
The ranges and the line count (2055) were given by the brief; no `wc -l` of that file was run. The
display of the `sed -n 1,488p` output left out lines 163-186 of that output (a truncation by the
shell tool's display, in the middle of set 66's docstring), so `sed -n 160,190p` of the same file
(inside the allowed range) was run next to read them; all of lines 1-488 were therefore seen, and
the copies made by `sed -n` (below) are complete. A `wc -l` of earlier_registers.txt and an `ls` of
/work/sealed67 were run once, in the same command as a `mkdir -p /tmp/h67` and the `cat` of
grading.py (`wc -l` printed 950; the listing showed only earlier_registers.txt). None of set 66's
query blocks (489-716, 778-861, 947-1137, 1146-1830) was opened. Nothing else under /work/main was
opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or
tests/ (apart from the five ranges), not README.md and not pyproject.toml. The first two `sed -n`
reads (1,488 and 160,190) named set 66's generator by its full path; `cd` into /work/main preceded
the other `sed -n` reads (which named it by its path under tests/data/router_heldout), `cd` into
/work/main/tests/data/router_heldout preceded the one command that copied the ranges, and `cd` into
/work/main preceded each ruff run. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any /work/sealed*
directory apart from /work/sealed67 was listed. The earlier generators (sets 1-66) are only
imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail -6` or `sed -n 1,3p` of its output and its
--show listing of ids, expected values and tolerances were read), no git command was run, no
network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run: the `mkdir -p`, `cat`, `wc -l` and `ls` above; `sed -n 1,488p` of set 66's generator;
`sed -n 160,190p` of it; then `sed -n` of 717,777, 862,946 and 1138,1145 together with `echo`
separators; then `sed -n 1831,2055p` alone; then the `cat` of earlier_registers.txt through `tr`.
Then, in one command, `mkdir -p` of /tmp/h67/blocks and /tmp/h67/own, `sed -n` copies of the same
five allowed ranges into raw files r1-r5 under /tmp/h67/blocks/ and a `wc -l` of them (488, 61, 85,
8 and 225 lines), followed by one run of /tmp/h67/subst.py (written by a `cat` heredoc in the same
command) that cuts the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substitutes this set's OUT and PREFIX, "sets 1-65" ->
"sets 1-66" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), is kept as it was), EARLIER (sets 1-66, `range(2,
67)`) and REGISTER_CHECK (sets 19-66, adding make_heldout_66.py), and "sets 19 to 65" -> "sets 19
to 66" in one comment and one message string of main() (each substitution asserted to apply once,
the last twice; it printed "ok" for each). OUT, PREFIX, the comment, EARLIER and REGISTER_CHECK lie
in the first range, so those substitutions were made there, and the last two in the last range. It
wrote the cut first block and the substituted last block as c1.py and c5.py (the second to fourth
ranges are used as copied); then a `head -3` of the cut first block and a `grep -n` of the first
and last blocks for "66", "67" and "19 to" (it printed only the substituted lines). Next, one
command checked the 25 chosen register names against earlier_registers.txt: a `grep -x` of each
(none printed) and a `grep -iE` of keywords of them (it printed 17 earlier names sharing a word,
none of them one of this set's registers). Then `cat` heredocs wrote this set's own blocks under
/tmp/h67/own/: a_calc.py (registers and calculator items) in one command; b_units.py (unit
constants and unit items) and c_dates.py (date items) in the next; d_negs.py (ordinary negatives,
added in REGISTERS order) in the next; e_near.py (near-positive negatives) and f_convs.py
(conversations and this set's own structural asserts) in the next. Then, in one command: an inline
Python heredoc removed, as an exact replacement asserted to apply once, a last assert of f_convs.py
(it called _ambiguous_numeric_date(), which is defined only later in this file; main() makes the
same check on every positive), before any run; an assembly script /tmp/h67/assemble.py (it builds
this file from /tmp/h67/doc.txt, or a one-line placeholder, and the blocks in order, and prints its
line count) and a helper /tmp/h67/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h67/ruff.txt and printing its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h67/out.txt, and prints the exit
codes and the `tail -6` of it) were written by `cat` heredocs, with a first run of run.sh. Edits
after failed checks (listed below) were made by /tmp/h67/fix1.py and fix2.py (each written by a
`cat` heredoc and run in the same command as run.sh), all exact replacements asserted to apply
once. After fix2.py, run.sh was run with --show, followed by a `sed -n 1,3p` of out.txt for its
summary lines and a listing of the ids, expected values and tolerances (a `grep` of out.txt laid
out by `column -t`). This docstring was written last over the placeholder: its source text,
/tmp/h67/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h67/doc/make_doc.py (a `cat`
heredoc in the same command; it uses textwrap, keeps the lines marked as preformatted and asserts
that the words are unchanged, that no line exceeds 99 columns and that every register value of
a_calc.py is named) filled it to 99 columns into /tmp/h67/doc.txt; then, in the same command,
run.sh, a `cat` of ruff.txt, a `sed -n 1,3p` of out.txt, a Python check of line lengths (in
characters) over this file, a `head -3` of this file and a `ruff format --no-cache --check` of it
(from /work/main); then two runs of this file with --digest (one with PYTHONHASHSEED=7),
`sha256sum` of the JSONL, a `wc -l` of it (335), a `sed -n 1,3p` of out.txt, `rm -rf /tmp/h67`
and an `ls` of /work/sealed67 and of /tmp/h67 (gone), all in one command; then a `grep -n` and a
`sed -n 80,88p` of this file, and an inline Python exact replacement (asserted to apply once)
added the part of this sentence after the first `sha256sum`, followed from /work/main by `ruff
format --no-cache --check` and `ruff check --no-cache` of this file, the two --digest runs again
and `sha256sum` of the JSONL. Writes: only
this file and its JSONL in /work/sealed67/ (earlier_registers.txt left as it was); temporary
blocks, scripts and output under /tmp/h67/ were deleted afterwards. Nothing was written into
/work/main. Every python run above used /work/main/.venv/bin/python.

Changes to set 66's main() and checks: only the substitutions listed above (file names, sets 1-66
for the duplicate check, sets 19-66 for the register check). Set 66 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 66 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-66 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 66's as
printed; ruff format may have changed layout only. All of set 66's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by one date one-liner),
unit_r() with close_enough_at_2dp(), say() (used through sayw()), sayw() (used once), sayus() (not
used here), and SQFT/SQYD/CUFT (SQYD and CUFT not used here). Added, newly written: MM, CM, KM, G
and HA, with asserts on ACRE/HA, the foot in inches, KMH and MPH/KMH; the register constants and
the REGISTERS tuple (sorted by value, asserted 25 and distinct); the ORDINARY, NEAR and CONVS
tables; a date stated with its computed weekday by sayw() in one positive (a board game league's
first round); an assert that the square-root one-liner's radicand is a perfect square; and this
set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each, and its
negatives are added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct
families, all "near-..." and "conv-..." respectively; the positive registers are exactly the
REGISTERS, and so are those of each tool, with 31 register word problems per tool; 193 items lie in
the registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have
four positives and 7 have three; every negative outside the registers is a near-... or conv-...
family.

Disclosures: the kinds of item and the counts follow set 66's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 66's, copied (P = "plain" is copied too, as the
last line of the first block). Set 66's docstring (within lines 1-488) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and most of this set's near-positive and
conversation family names coincide with or echo those generic kinds. Set 66's docstring also says
that a badminton club, a zoo keeper, a wedding planner and a heat pump installer were considered
there and not used; three of those (badminton club, zoo keeper, heat pump installer) are used here
as registers, so that idea came from reading it. All of set 66's register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it (no minicab office, coffee roastery, chocolatier, floor sander, hot tub hire, cattery, music
festival campsite, academic conference, art gallery, antiques centre, board game cafe, basketball
league, household recycling centre, deli counter, ironmonger, theatre box office, zoo, badminton
club, heat pump installer, plumber, ballet school, jobbing gardener, sweet shop, bricklayer or dry
cleaner appears there); some are of neighbouring fields judged to be different trades: the minicab
office next to the bike courier dispatch, the pedicab and the rickshaw tours, the coffee roastery
next to the coffee van, the mobile coffee cart and the tea blender, the chocolatier next to the
fudge shop and the cake shop, the floor sander next to the carpet shop, the terrazzo layer and the
French polisher, the hot tub hire next to the sauna house, the hot spring bathhouse and the bouncy
castle hire, the cattery next to the cat cafe and the foster kitten rescue, the festival campsite
steward next to the film, cheese and balloon festival crews and the yurt campsite, the conference
organiser next to the trade show stand builder and the research grants office, the art gallery next
to the sculpture park and the picture framers, the antiques centre next to the auction saleroom,
the pawnbroker and the secondhand camera dealer, the board game cafe next to the cat cafe, the
chess shop and the escape rooms, the basketball statistician next to the netball umpires and the
cricket scorebox, the recycling centre next to the scrap metal weighbridge and the refuse
collection crew, the deli counter next to the cheesemonger and the farm shop butcher, the
ironmonger next to the builders merchant trade counter, the theatre box office next to the village
panto, the puppet theatre and the ticket offices of ferries and a funicular, the zoo keeper next to
the falconry centres and the animal sanctuaries, the badminton club next to the squash ladder, the
padel courts and the table tennis league, the heat pump installer next to the gas boiler engineer,
the solar installers and the energy assessor, the emergency plumber next to the gas boiler engineer
and the locksmith call-outs, the ballet school next to the ballroom dance coach and the gymnastics
club, the jobbing gardener next to the garden designer, the greenkeeper and the tree surgeons, the
sweet shop next to the fudge shop, the bricklayers next to the brickworks kiln yard and the dry
stone wallers, the dry cleaners next to the launderettes; the judgement of "different topic" is
this writer's. Many plain one-liners, near-positives and conversations here are of the same generic
kinds as set 66's (for instance an operator, a decimal comma, a persona, a contested unit, implied
multiplication, a weekday of a historical event, a number in a title, software versions, code
semantics), newly worded. At the edges of the allowed ranges: line 488 is P = "plain", 717, 862 and
1138 are section headers, 777 is a blank line after unit_r(), 946 is the assert after sayus(), 1145
is the last line of conv(), 1831-1837 hold the comment and the compiled pattern of the
stated-weekday check and 2055 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; 29 distinct items that the duplicate check reported as
exact repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded,
see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so
an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user
turn is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 66
(the near-.../conv-... families are not registers and may coincide with earlier family names). This
set has no algebra or calculus question (the only proof asked for is a written proof that the sum
of two odd numbers is even). Conversations that define an operator, a function, letter values, a
name for a number, swapped signs, clock arithmetic on a twelve-hour face, a decimal comma, a unit,
an input or output base, modular arithmetic, slang amounts or a VAT-inclusive pricing convention
are negatives because the notation or convention is set up in an earlier turn (one base by a system
turn); one conversation spreads its figures over two user turns before asking. Some conversations
(Roman numerals, language, verse, output format, rounding, precision, target unit, a fixed currency
rate, date order, date wording, fraction form, a persona set by a system turn) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 66, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date (an age from
a stated birth date, days until a named day, a date "a week on Thursday"); one asks for a month
added to the 31st, one for a year after a leap day, one for working days in a stated month, one
uses an all-numeric date of unstated order, one asks the weekday of a medieval battle (Julian
calendar, date not given), one asks when the clocks go forward, one asks whether a date is a bank
holiday (it differs by region), one asks for Good Friday, one for a lunisolar festival; they are
negatives, with no "now" field. One near-positive asks what a Python floor division returns and why
(code semantics), and one is a negative for its contested reading (implied multiplication).
Near-positives ask for conversions in gallons, cups, tons, mpg, horsepower, fluid ounces, barrels,
hundredweights, kilobytes, knots, light-years and ounces of silver (troy or avoirdupois), for
calories, and for dog years (left out of positives as contested); one asks for a letter count in a
word, one for an oven gas mark in Fahrenheit, one for the number of zeros in a billion in old
British usage (short or long scale), one for a roasting time, and one about the cost of an 0345
number from a mobile. No positive depends on a looked-up figure: every rate, price and discount is
given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check), and ruff format and ruff check passed on every run. The first
run of run.sh failed the duplicate check, which reported 29 items by id: one plain calculator
one-liner (a power), one plain unit one-liner (yards to metres), one plain date one-liner (a
weekday), one ordinary negative (a zoo question), eleven conversations (decimal comma, follow-up
explanation, fraction form, input base, language, modular arithmetic, output format, recall, slang
amounts, verse; their user turns reworded) and fourteen near-positives (bank holiday, clocks
changing, days until a named day, exchange rate, an explanation, fluid ounces, gas mark, a
historical price, kilobytes, light-years, lottery odds, a lunisolar festival, paper size, postage,
tons); fix1.py reworded all 29 with new figures or new subjects, without the earlier queries being
looked at. The next run reported two of them again (the language conversation and the explanation
near-positive), which fix2.py reworded; every later run passed every check. No other check failed:
unit()'s and unit_r()'s asserts, date_item()'s asserts, the stated-weekday check and all of this
set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: academic_conference_organiser, antiques_centre_stallholder,
artisan_chocolatier, badminton_club_treasurer, ballet_school_registrar,
basketball_league_statistician, board_game_cafe, boarding_cattery, bricklaying_subcontractor,
contemporary_art_gallery, dry_cleaners_counter, emergency_plumber_callouts, hardwood_floor_sander,
heat_pump_installer, hot_tub_hire, household_recycling_centre, ironmongers_hardware_shop,
italian_deli_counter, jobbing_gardener_rounds, minicab_office_dispatcher,
music_festival_campsite_steward, speciality_coffee_roastery, theatre_box_office,
traditional_sweet_shop, zoo_keeper_rota. Every register is used by all three tools (asserted);
eighteen distinct registers have one further positive (a second calculator word problem:
minicab_office_dispatcher, artisan_chocolatier, italian_deli_counter, ironmongers_hardware_shop,
theatre_box_office, traditional_sweet_shop; a second unit word problem: speciality_coffee_roastery,
hardwood_floor_sander, hot_tub_hire, zoo_keeper_rota, heat_pump_installer,
bricklaying_subcontractor; a second date word problem: boarding_cattery,
music_festival_campsite_steward, academic_conference_organiser, contemporary_art_gallery,
basketball_league_statistician, ballet_school_registrar). The seven registers with three positives
are antiques_centre_stallholder, badminton_club_treasurer, board_game_cafe,
household_recycling_centre, emergency_plumber_callouts, jobbing_gardener_rounds and
dry_cleaners_counter. Positives are one-liners (family "plain") or word problems of one to three
sentences, mostly UK usage with £ and pence, stone and miles, and a few other touches (Fahrenheit
for a roaster, a tempering recipe, a hot tub, a heat pump app and a care label, psi for a
refrigerant gauge), some chatty, terse or lower-case, with questions at the start or the end,
statements to complete, and unit questions with the target unit first. No positive conversations.
No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of silver, dog years), calories,
the current date (an age, days until a named day, a coming weekday), a lunisolar festival, Good
Friday, working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap
day, an all-numeric date of unstated order, time zones, summer time, identifiers that look like
numbers (an ISBN, a postcode, an IP address, software versions, a formation, chess notation, a
phone number prefix), a paper size, a nominal timber size, code semantics, a world fact, tax rules,
dosing, a size chart, an oven convention, an estimate, lottery odds, missing prevalence, a missing
area, a translation, a number in a title, an opinion, a contested reading, a sequence guess, a
random choice, a written proof, an explanation, letters in a word, a forecast, a historical price,
the weekday of a historical event, a tipping custom, a current postage price, the short or long
scale, a cooking time; or, in conversations, an operator, function, letter values or a name defined
earlier, swapped signs, clock arithmetic, a decimal comma, a unit defined earlier, a number base
(input, or output set by a system turn), Roman numerals, a persona set by a system turn, answer
language, verse form, output format, rounding, precision, target unit, a fixed currency rate or
date order fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a
correction, a summary, a follow-up explanation or recall of earlier turns, figures spread over
turns, a result from an earlier turn, a judgement about earlier figures, advice about a date given
earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention set earlier. The
ordinary negatives ask for advice, explanations, judgements, rules, facts or writing in each
register's setting.

Left out of positives entirely (their grading is contested), as in set 66: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass, next to
grams), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted),
time zones and daylight saving, Easter, working days, "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted); money answers are whole pence. Week counts are asserted to be
whole weeks; no day count is inclusive (each is the difference of the two dates, and queries are
worded as N days or weeks after or before a stated date, "days between", "how many days from ... to
...", nights from check-in to going home, nights from the start of a hire to its collection, how
many days apart a show's opening and closing dates are, how many days old a calf is on a stated
date, how many days from a season's tip-off to its final, a rest of N days, a best-before date N
days after making, a cure of N days, a booster 52 weeks later, a conference N days after a
deadline, a fair N weeks after another, a league's sixth weekly round, a fortnightly collection's
fifth date, a return up to N days after a sale, tickets on sale N weeks before an opening, a visit
N days after an install, rehearsals N weeks before a show, a hedge's third six-weekly visit, a
scaffold hire of N days, a turnaround of N days, the second Friday, third Thursday, first Sunday,
last Friday or last Saturday of a stated month and year), ages are in whole years from a stated
birth date to a stated date, and clock spans run from one stated time to the next occurrence of the
other (three cross midnight, two saying "the next morning" and one "the following morning"). Every
rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 66):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_67.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-08.jsonl"
PREFIX = "ho67-"
# earlier generators: sets 1-66 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 67))
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

# --------------------------------------------------------------------------- registers (set 67)
ANTIQUES = "antiques_centre_stallholder"
ARTGALLERY = "contemporary_art_gallery"
BADMINTON = "badminton_club_treasurer"
BALLET = "ballet_school_registrar"
BASKETBALL = "basketball_league_statistician"
BOARDGAME = "board_game_cafe"
BOXOFFICE = "theatre_box_office"
BRICKIE = "bricklaying_subcontractor"
CATTERY = "boarding_cattery"
CHOCOLATIER = "artisan_chocolatier"
CONFERENCE = "academic_conference_organiser"
DELI = "italian_deli_counter"
DRYCLEAN = "dry_cleaners_counter"
FESTIVAL = "music_festival_campsite_steward"
FLOORSAND = "hardwood_floor_sander"
GARDENER = "jobbing_gardener_rounds"
HARDWARE = "ironmongers_hardware_shop"
HEATPUMP = "heat_pump_installer"
HOTTUB = "hot_tub_hire"
MINICAB = "minicab_office_dispatcher"
PLUMBER = "emergency_plumber_callouts"
RECYCLING = "household_recycling_centre"
ROASTERY = "speciality_coffee_roastery"
SWEETSHOP = "traditional_sweet_shop"
ZOO = "zoo_keeper_rota"
REGISTERS = tuple(
    sorted(
        [
            ANTIQUES,
            ARTGALLERY,
            BADMINTON,
            BALLET,
            BASKETBALL,
            BOARDGAME,
            BOXOFFICE,
            BRICKIE,
            CATTERY,
            CHOCOLATIER,
            CONFERENCE,
            DELI,
            DRYCLEAN,
            FESTIVAL,
            FLOORSAND,
            GARDENER,
            HARDWARE,
            HEATPUMP,
            HOTTUB,
            MINICAB,
            PLUMBER,
            RECYCLING,
            ROASTERY,
            SWEETSHOP,
            ZOO,
        ]
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# calculator one-liners
calc(P, "What is 18% of 2,350?", pct(18) * 2350)
calc(P, "847 x 36 =", 847 * 36)
calc(P, "work out 9,216 divided by 48", F(9216, 48))
RADICAND = 5184
assert math.isqrt(RADICAND) ** 2 == RADICAND  # a perfect square
calc(P, f"What's the square root of {RADICAND}?", math.isqrt(RADICAND))
calc(P, "What is 3 raised to the power 9?", 3**9)
calc(P, "How much is 1,000 minus 387.45?", 1000 - dec("387.45"))
calc(P, "Mean of 14, 22, 31 and 45, please", F(14 + 22 + 31 + 45, 4))
calc(P, "12.5 percent of 96 is what?", pct("12.5") * 96)
calc(P, "Increase 640 by 15%.", 640 * (1 + pct(15)))
calc(P, "three eighths of 1,240", F(3, 8) * 1240)
calc(P, "(17 + 28) * 6 - 54", (17 + 28) * 6 - 54)
calc(P, "what's 7.2 times 4.15", dec("7.2") * dec("4.15"))
calc(P, "If £287.40 is split equally six ways, each share is how much?", dec("287.40") / 6)
calc(P, "39 is what percentage of 156?", F(39, 156) * 100)

# calculator word problems (31: one per register, and six second ones)
calc(
    MINICAB,
    "Our tariff is £3.20 on the meter at pickup plus £1.85 per mile. What should an 11.6-mile run "
    "to the station cost?",
    dec("3.20") + dec("1.85") * dec("11.6"),
)
calc(
    MINICAB,
    "One of our drivers took £612.50 in fares over the week and pays the office 22% of that. How "
    "much does he keep?",
    dec("612.50") * (1 - pct(22)),
)
calc(
    ROASTERY,
    "Green coffee loses 16% of its weight in the roaster. How many kilos of roasted beans come out "
    "of a 60 kg sack?",
    60 * (1 - pct(16)),
)
calc(
    CHOCOLATIER,
    "A box of 12 truffles sells for £18.60 — what's that per truffle?",
    dec("18.60") / 12,
)
calc(
    CHOCOLATIER,
    "Cream should make up 35% of a 4.2 kg batch of ganache. How many kilograms of cream is that?",
    pct(35) * dec("4.2"),
)
calc(
    FLOORSAND,
    "We charge £24 a square metre to sand and seal. The lounge is 5.4 m by 4.25 m, so the quote "
    "comes to?",
    24 * dec("5.4") * dec("4.25"),
)
calc(
    HOTTUB,
    "A weekend hot tub hire is £245 and returning customers get 15% off. What does a returning "
    "customer pay?",
    245 * (1 - pct(15)),
)
calc(
    CATTERY,
    "Boarding is £14.50 per cat per night. Two cats staying 9 nights comes to how much?",
    dec("14.50") * 2 * 9,
)
calc(
    FESTIVAL,
    "The campsite has 1,840 pitches and 72.5% of them are taken. How many pitches are still free?",
    1840 * (1 - pct("72.5")),
)
calc(
    CONFERENCE,
    "180 delegates paid the £340 early registration and 64 paid the £395 late rate. What have we "
    "taken in total?",
    180 * 340 + 64 * 395,
)
calc(
    ARTGALLERY,
    "The gallery keeps 40% commission on a painting sold for £2,750. How much does the artist get?",
    2750 * (1 - pct(40)),
)
calc(
    ANTIQUES,
    "I paid £85 for a carriage clock and sold it for £136. What was my profit as a percentage of "
    "what I paid?",
    F(136 - 85, 85) * 100,
)
calc(
    BOARDGAME,
    "Table cover is £6.50 a head. A group of 7 plays all evening and their drinks come to £23.80. "
    "What's the bill?",
    dec("6.50") * 7 + dec("23.80"),
)
calc(
    BASKETBALL,
    "She's made 138 of her 184 free throws this season. What's her free-throw percentage?",
    F(138, 184) * 100,
)
calc(
    RECYCLING,
    "Three trailer loads of green waste weighed 1,460 kg, 985 kg and 1,140 kg. What was the "
    "average load in kg?",
    F(1460 + 985 + 1140, 3),
)
calc(DELI, "Parma ham is £4.20 per 100 g. How much for 340 g?", dec("4.20") * F(340, 100))
calc(
    DELI,
    "A whole wheel of parmesan cost us £612 and we cut it into 36 wedges. Cost per wedge?",
    F(612, 36),
)
calc(
    HARDWARE,
    "Wood screws are 8p each loose or £6.50 for a box of 100. How much does the box save compared "
    "with buying 100 loose, in pounds?",
    100 * dec("0.08") - dec("6.50"),
)
calc(
    HARDWARE,
    "Fence paint is £28.50 a tin. Someone buys 3 tins and gets 10% off the lot; what do they pay?",
    3 * dec("28.50") * (1 - pct(10)),
)
calc(
    BOXOFFICE,
    "Stalls are £32.50 and the circle is £24. A party books 6 stalls and 9 circle seats. What do "
    "they owe?",
    6 * dec("32.50") + 9 * 24,
)
calc(
    BOXOFFICE,
    "We sold 697 of the 820 seats for Saturday's matinee. What percentage of the house is that?",
    F(697, 820) * 100,
)
calc(
    ZOO,
    "Each of our 7 sea lions gets 4.5 kg of fish a day. How many kilos of fish do they get through "
    "in 14 days?",
    dec("4.5") * 7 * 14,
)
calc(
    BADMINTON,
    "Court hire for club night was £58 and a tube of shuttles £19.40. If the 12 players share it "
    "equally, what does each pay?",
    (58 + dec("19.40")) / 12,
)
calc(
    HEATPUMP,
    "The heat pump quote is £9,850 installed and the grant covers £7,500. The customer then gets "
    "5% off whatever is left. What do they pay?",
    (9850 - 7500) * (1 - pct(5)),
)
calc(
    PLUMBER,
    "Our call-out is £95 for the first hour, then £22.50 for each further half hour. A leak took "
    "2.5 hours in all. What's the bill?",
    95 + 3 * dec("22.50"),
)
calc(
    BALLET,
    "Fees are £148 a term per class. A girl takes 3 classes and her family gets a 12.5% sibling "
    "discount on the total. What do we invoice?",
    3 * 148 * (1 - pct("12.5")),
)
calc(
    GARDENER,
    "At £18 an hour I mowed for 1.75 hours and cut hedges for 2.5 hours, plus £12 for taking the "
    "clippings away. Total to charge?",
    18 * (dec("1.75") + dec("2.5")) + 12,
)
calc(
    SWEETSHOP,
    "Pear drops are £1.60 per 100 g — what does a 250 g bag cost?",
    dec("1.60") * F(250, 100),
)
calc(
    SWEETSHOP,
    "A 3 kg jar of sherbet lemons is weighed out into 125 g bags. How many bags does it fill?",
    F(3000, 125),
)
calc(
    BRICKIE,
    "We allow 60 bricks per square metre of wall. The wall is 14.5 m long and 1.8 m high; how many "
    "bricks?",
    60 * dec("14.5") * dec("1.8"),
)
calc(
    DRYCLEAN,
    "Suits are £14.95 to clean and shirts £2.40 each. Two suits and four shirts come to?",
    2 * dec("14.95") + 4 * dec("2.40"),
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


# set 67's own unit constants (SI prefixes and derived units)
MM = F(1, 1000)  # m
CM = F(1, 100)  # m
KM = F(1000)  # m
G = F(1, 1000)  # kg
HA = F(10**4)  # m^2
assert ACRE / HA == dec("0.40468564224") and 12 * IN == FT and KMH * 3600 == 1000
assert abs(MPH / KMH - dec("1.609344")) == 0

# unit one-liners
unit_r(P, "Convert 72 kg to stone.", 72 / STONE)
unit(P, "How many centimetres is 5 ft 9 in?", 69 * IN / CM, EXACT)
unit_r(P, "180 km in miles?", 180 * KM / MI)
unit(P, "In Fahrenheit, what is 37.5 °C?", c_to_f(dec("37.5")), EXACT)
unit(P, "How many metres are 340 yards?", 340 * YD, EXACT)
unit_r(P, "grams in 3.5 lb", dec("3.5") * LB / G)
unit_r(P, "How many square metres is 2 acres?", 2 * ACRE)
unit_r(P, "What's 45 mph in km/h?", 45 * MPH / KMH)
unit(P, "2.5 GiB expressed in MiB", dec("2.5") * GIB / MIB, EXACT)
unit_r(P, "How many feet is 1,500 metres?", 1500 / FT)
unit_r(P, "Convert 40 psi to bar", 40 * PSI / BAR)
unit_r(P, "400 °F is how many degrees Celsius?", f_to_c(400))
unit_r(P, "How many ounces are in 500 g?", 500 * G / OZ)
unit_r(P, "Hectares in 30 acres?", 30 * ACRE / HA)

# unit word problems (31: one per register, and six second ones)
unit_r(
    MINICAB,
    "A caller says the airport is 38 km from her house. Roughly how many miles?",
    38 * KM / MI,
)
unit(
    ROASTERY,
    "Our roaster drops the beans at 224 °C. What's that in Fahrenheit for the American buyer?",
    c_to_f(224),
    EXACT,
)
unit_r(
    ROASTERY,
    "The importer's sack label says 132 lb. How many kilograms of green coffee is that?",
    132 * LB,
)
unit_r(
    CHOCOLATIER,
    "The old tempering recipe says to cool the chocolate to 82 °F. In Celsius that is?",
    f_to_c(82),
)
unit_r(FLOORSAND, "The hallway floor is 180 square feet; how many square metres?", 180 * SQFT)
unit(
    FLOORSAND,
    "The oak boards are three quarters of an inch thick. How many millimetres is that?",
    F(3, 4) * IN / MM,
    EXACT,
)
unit(
    HOTTUB,
    "We heat the tubs to 38 °C before delivery. What would a guest's Fahrenheit thermometer read?",
    c_to_f(38),
    EXACT,
)
unit_r(
    HOTTUB,
    "Our inflatable tub is 2.2 m across — in feet, so it fits the customer's patio?",
    dec("2.2") / FT,
)
unit_r(CATTERY, "A Maine Coon is booked in at 11 lb. What's that in kilos?", 11 * LB)
unit_r(
    FESTIVAL,
    "The walk from the car park to the campsite gate is 1.2 miles. How far is that in kilometres?",
    dec("1.2") * MI / KM,
)
unit_r(
    CONFERENCE,
    "The venue lists the main hall at 4,300 square feet. What's that in square metres?",
    4300 * SQFT,
)
unit(ARTGALLERY, "A canvas is 48 inches wide. Centimetres?", 48 * IN / CM, EXACT)
unit_r(
    ANTIQUES,
    "A silver salver weighs 3 lb 4 oz on my old scales. How many grams is that?",
    (3 * LB + 4 * OZ) / G,
)
unit_r(
    BOARDGAME,
    "The box of this big strategy game says 1.6 kg. How many pounds is that?",
    dec("1.6") / LB,
)
unit(
    BASKETBALL,
    "Our new centre is listed at 6 ft 7 in. Give me his height in centimetres.",
    79 * IN / CM,
    EXACT,
)
unit_r(RECYCLING, "The site speed limit is 5 mph; what is it in km/h?", 5 * MPH / KMH)
unit_r(
    DELI,
    "A customer wants half a pound of green olives. How many grams do I weigh out?",
    LB / 2 / G,
)
unit_r(HARDWARE, "A reel of garden wire holds 50 m. How many yards is that?", 50 / YD)
unit(BOXOFFICE, "The stage is 40 feet wide. Metres?", 40 * FT, EXACT)
unit_r(ZOO, "Our tallest giraffe is 17 ft 10 in. How tall is she in metres?", (17 * FT + 10 * IN))
unit_r(ZOO, "The bull elephant weighed in at 4,800 kg. What's that in stone?", 4800 / STONE)
unit_r(
    BADMINTON,
    "A smash was clocked at 260 mph. What's that in kilometres per hour?",
    260 * MPH / KMH,
)
unit(
    HEATPUMP,
    "The flow temperature is set to 45 °C. In Fahrenheit, for the homeowner's app?",
    c_to_f(45),
    EXACT,
)
unit_r(HEATPUMP, "The refrigerant gauge reads 350 psi. What is that in bar?", 350 * PSI / BAR)
unit_r(PLUMBER, "The new pipe run is 22 ft long. How many metres of pipe is that?", 22 * FT)
unit(BALLET, "A student is 5 ft 4 in tall. In cm?", 64 * IN / CM, EXACT)
unit_r(GARDENER, "The back lawn is 0.3 of an acre. How many square metres?", dec("0.3") * ACRE)
unit_r(
    SWEETSHOP,
    "A customer asks for a quarter of humbugs, meaning 4 oz. How many grams do I weigh?",
    4 * OZ / G,
)
unit_r(BRICKIE, "Each engineering brick weighs 2.3 kg. In pounds?", dec("2.3") / LB)
unit(BRICKIE, "The garden wall will be 45 ft long — how many metres is that?", 45 * FT, EXACT)
unit(
    DRYCLEAN,
    "The label says wash at no more than 30 °C. What is that in Fahrenheit?",
    c_to_f(30),
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

# date one-liners
date_item(P, "Which weekday does 23 June 2033 fall on?", weekday(D(2033, 6, 23)))
date_item(P, "What date is 90 days after 3 March 2029?", D(2029, 3, 3) + TD(days=90))
date_item(
    P,
    "How many days are there between 12 January 2030 and 7 June 2030?",
    days(D(2030, 1, 12), D(2030, 6, 7)),
)
date_item(P, "Which date falls 6 weeks before 2 October 2028?", D(2028, 10, 2) - TD(weeks=6))
date_item(P, "the third Thursday in November 2029 is which date?", nth_weekday(2029, 11, THU, 3))
date_item(
    P,
    "Someone born on 23 September 1987 is how old on 1 July 2035?",
    age(D(1987, 9, 23), D(2035, 7, 1)),
)
date_item(
    P, "How many hours from 21:15 to 06:45 the next morning?", clock_span("21:15", "06:45", 3600)
)
date_item(P, "1 January 2000 fell on which weekday?", weekday(D(2000, 1, 1)))
date_item(P, "What's the date 1,000 days after 14 May 2026?", D(2026, 5, 14) + TD(days=1000))
date_item(
    P, "How many weeks from 5 April 2027 to 28 June 2027?", weeks(D(2027, 4, 5), D(2027, 6, 28))
)
date_item(P, "Date of the last Friday of October 2030?", nth_weekday(2030, 10, FRI, -1))
date_item(P, "minutes between 08:40 and 13:25", clock_span("08:40", "13:25", 60))
date_item(
    P,
    "What number day of the year is 15 September 2029 (1 January being day 1)?",
    D(2029, 9, 15).timetuple().tm_yday,
)
date_item(P, "150 days before 1 March 2031 was what date?", D(2031, 3, 1) - TD(days=150))

# date word problems (31: one per register, and six second ones)
date_item(
    MINICAB,
    "A regular has booked an airport pickup for 3 November 2028. What day of the week is that?",
    weekday(D(2028, 11, 3)),
)
date_item(
    ROASTERY,
    "We roasted the Ethiopian on 2 March 2030 and it needs to rest 9 days before it goes out. "
    "Which date is it ready?",
    D(2030, 3, 2) + TD(days=9),
)
date_item(
    CHOCOLATIER,
    "Fresh truffles made on 18 November 2029 get a best-before date 21 days after that. What date "
    "goes on the label?",
    D(2029, 11, 18) + TD(days=21),
)
date_item(
    FLOORSAND,
    "We finish oiling the floor on 26 June 2028 and it needs 10 days to cure before furniture goes "
    "back. On what date can it go back?",
    D(2028, 6, 26) + TD(days=10),
)
date_item(
    HOTTUB,
    "A hire starts on 7 August 2031 and the tub is collected on 11 August 2031. How many nights "
    "is that?",
    days(D(2031, 8, 7), D(2031, 8, 11)),
)
date_item(
    CATTERY,
    "A cat checks in on 20 December 2028 and goes home on 3 January 2029. How many nights does "
    "she stay?",
    days(D(2028, 12, 20), D(2029, 1, 3)),
)
date_item(
    CATTERY,
    "Tigger had his booster on 9 May 2030; the next one is due 52 weeks later. What date?",
    D(2030, 5, 9) + TD(weeks=52),
)
date_item(
    FESTIVAL,
    "The gates open on the second Friday of July 2030. What's the date?",
    nth_weekday(2030, 7, FRI, 2),
)
date_item(
    FESTIVAL,
    "My steward shift runs from 14:30 to 02:00 the following morning. How many hours is that?",
    clock_span("14:30", "02:00", 3600),
)
date_item(
    CONFERENCE,
    "Abstract submission closes on 30 April 2029 and the conference opens 100 days after that. "
    "What's the opening date?",
    D(2029, 4, 30) + TD(days=100),
)
date_item(
    CONFERENCE,
    "The opening keynote is timetabled from 09:15 to 10:50. How many minutes is the slot?",
    clock_span("09:15", "10:50", 60),
)
date_item(
    ARTGALLERY,
    "The show opens on 4 September 2030 and closes on 22 November 2030. How many days apart are "
    "those dates?",
    days(D(2030, 9, 4), D(2030, 11, 22)),
)
date_item(
    ARTGALLERY,
    "The private view is on 12 March 2031 — which day of the week?",
    weekday(D(2031, 3, 12)),
)
date_item(
    ANTIQUES,
    "The antiques fair is on 25 May 2030 and the next one is 8 weeks later. What date is that?",
    D(2030, 5, 25) + TD(weeks=8),
)
LEAGUE_START = D(2030, 2, 5)
date_item(
    BOARDGAME,
    f"Our league plays one round a week, starting {sayw(LEAGUE_START)}. The sixth and final round "
    "is on what date?",
    LEAGUE_START + TD(weeks=5),
)
date_item(
    BASKETBALL,
    "The season tipped off on 18 October 2029 and the final is on 6 April 2030. How many days is "
    "that?",
    days(D(2029, 10, 18), D(2030, 4, 6)),
)
date_item(
    BASKETBALL,
    "Playoffs start on the last Saturday of March 2030. Which date is that?",
    nth_weekday(2030, 3, SAT, -1),
)
date_item(
    RECYCLING,
    "Garden waste collections run every 14 days, the first on 6 March 2029. What's the date of the "
    "fifth collection?",
    D(2029, 3, 6) + TD(days=4 * 14),
)
date_item(
    DELI,
    "We hung a ham to cure on 1 October 2029 and it needs 180 days. What date will it be ready?",
    D(2029, 10, 1) + TD(days=180),
)
date_item(
    HARDWARE,
    "A lawnmower sold on 23 April 2030 can be returned up to 90 days after the sale. What's the "
    "last date for a return?",
    D(2030, 4, 23) + TD(days=90),
)
date_item(
    BOXOFFICE,
    "Tickets go on sale 6 weeks before opening night on 19 September 2030. What date do they go "
    "on sale?",
    D(2030, 9, 19) - TD(weeks=6),
)
date_item(
    ZOO,
    "Our giraffe calf was born on 11 February 2027. How many days old is she on 1 July 2027?",
    days(D(2027, 2, 11), D(2027, 7, 1)),
)
date_item(
    BADMINTON,
    "The club championships are on the first Sunday of December 2029. What date is that?",
    nth_weekday(2029, 12, SUN, 1),
)
date_item(
    HEATPUMP,
    "We install on 14 January 2030 and come back for the check 28 days after. What's the date of "
    "the check visit?",
    D(2030, 1, 14) + TD(days=28),
)
date_item(
    PLUMBER,
    "Emergency call at 23:40, job done at 03:10 the next morning. How many minutes was I there?",
    clock_span("23:40", "03:10", 60),
)
date_item(
    BALLET,
    "The summer show is on 17 June 2028 and rehearsals start 10 weeks before. Date of the first "
    "rehearsal?",
    D(2028, 6, 17) - TD(weeks=10),
)
date_item(
    BALLET,
    "A pupil was born on 3 August 2019. How old is she on 1 September 2028, for grading entry?",
    age(D(2019, 8, 3), D(2028, 9, 1)),
)
date_item(
    GARDENER,
    "I cut a customer's hedge on 5 May 2030 and go back every 6 weeks. What date is the third "
    "visit after that one?",
    D(2030, 5, 5) + TD(weeks=18),
)
date_item(
    SWEETSHOP,
    "We're running a spooky sweets promotion on 31 October 2030. What day of the week is that?",
    weekday(D(2030, 10, 31)),
)
date_item(
    BRICKIE,
    "Scaffolding is hired for 35 days from 8 July 2030. What date does it go back?",
    D(2030, 7, 8) + TD(days=35),
)
date_item(
    DRYCLEAN,
    "A wedding dress dropped off on 26 February 2030 takes 5 days. What date will it be ready?",
    D(2030, 2, 26) + TD(days=5),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, each needing the language model
ORDINARY = {
    ANTIQUES: [
        "How can I tell whether a chair is genuinely Georgian or a Victorian copy?",
        "What's a polite way to haggle with a dealer at an antiques centre?",
        "Is brown mahogany furniture coming back into fashion, do you think?",
        "Write a short label for a Victorian rosewood writing slope with a brass inlay.",
    ],
    ARTGALLERY: [
        "How should we price the first solo show of an artist nobody has heard of yet?",
        "Write a press release for a group exhibition of small bronze sculptures.",
        "What's the difference between a limited edition print and an open edition?",
        "Should a mixed show be hung by colour or grouped by artist?",
    ],
    BADMINTON: [
        "How could we split the club's costs fairly between juniors and adults?",
        "Draft the notice for our badminton club's annual general meeting.",
        "What grip should a beginner use for a backhand clear?",
        "Is it worth switching from feather shuttles to plastic ones for club nights?",
    ],
    BALLET: [
        "At what age should ballet pupils usually start pointe work?",
        "Write a friendly letter to parents about our new costume hire policy.",
        "How can a ballet school encourage more boys to sign up?",
        "What's the difference between the RAD syllabus and the Cecchetti method?",
    ],
    BASKETBALL: [
        "What's the difference between an assist and a hockey assist?",
        "Who is the greatest point guard of all time?",
        "Is player efficiency rating actually a meaningful stat?",
        "Write a three-sentence match summary for the local paper after a narrow home win.",
    ],
    BOARDGAME: [
        "Which board games suit a group of six complete beginners?",
        "Explain the rules of Carcassonne in a way I can tell a table in two minutes.",
        "Should a board game cafe charge a cover fee or just sell food and drinks?",
        "Write a social media post advertising our Thursday games night.",
    ],
    BOXOFFICE: [
        "How do I handle a customer demanding a refund for a show that's gone ahead?",
        "Write a front-of-house script announcing that the performance will start late.",
        "Is dynamic ticket pricing fair on theatre audiences?",
        "A parent asks whether the play suits a ten-year-old. What should I consider telling them?",
    ],
    BRICKIE: [
        "Why is white powdery staining showing on a wall we built last month?",
        "Flemish bond or stretcher bond for a garden wall — which looks better?",
        "Write a cover note to go with a quote for a garden wall.",
        "How should we protect fresh brickwork when frost is forecast?",
    ],
    CATTERY: [
        "How can I help a nervous cat settle on its first night in the cattery?",
        "Which vaccinations do catteries in the UK usually ask to see?",
        "Write a warm welcome note for owners dropping off their cats.",
        "Should two cats from the same household share a pen?",
    ],
    CHOCOLATIER: [
        "Why has my chocolate gone white and streaky after a few days?",
        "Suggest three flavour pairings for a salted caramel truffle.",
        "Write the blurb for our Valentine's selection box.",
        "Is ruby chocolate a real type of chocolate or just marketing?",
    ],
    CONFERENCE: [
        "How should I choose between two keynote speakers with very different styles?",
        "Write a reminder email asking delegates to register before prices go up.",
        "What makes a poster session layout work well?",
        "Is offering hybrid attendance at a small conference worth the cost?",
    ],
    DELI: [
        "Which wine would you serve with mortadella?",
        "What's the difference between prosciutto di Parma and San Daniele?",
        "How long does an opened jar of fresh pesto keep in the fridge?",
        "Write a chalkboard description for our burrata.",
    ],
    DRYCLEAN: [
        "Can red wine come out of a silk dress, and how would you treat it?",
        "Why do some garments say do not dry clean?",
        "Write a counter notice about items left uncollected.",
        "Is wet cleaning as good as solvent dry cleaning?",
    ],
    FESTIVAL: [
        "How do I calm down two groups arguing over pitch space?",
        "What should go into a first-aid briefing for campsite stewards?",
        "Suggest a rota system that shares out night shifts fairly.",
        "What signs of heatstroke should stewards watch for on a hot weekend?",
    ],
    FLOORSAND: [
        "Hardwax oil or lacquer for a busy family kitchen floor?",
        "How do I explain to a customer why we don't fill gaps between old floorboards?",
        "What grit sequence would you use on old painted pine boards?",
        "Draft a reply to a customer complaining about dust after a sanding job.",
    ],
    GARDENER: [
        "When's the best time to prune a wisteria?",
        "Something is eating holes in my customer's hostas. What could it be?",
        "Write a leaflet to drop through doors advertising my gardening round.",
        "Should I recommend artificial grass to a customer with a shady lawn?",
    ],
    HARDWARE: [
        "What fixings should I use to hang a mirror on plasterboard?",
        "Is a cordless or corded drill better for occasional DIY?",
        "How do I free a radiator valve that won't turn?",
        "Write a window poster for our key cutting service.",
    ],
    HEATPUMP: [
        "Will a heat pump work in a draughty old stone cottage?",
        "Why does the outdoor unit give off steam on cold mornings?",
        "Write a reply to a neighbour worried about noise from the outdoor unit.",
        "Do you need underfloor heating to get the best from a heat pump?",
    ],
    HOTTUB: [
        "Should we use chlorine or bromine in our hire tubs?",
        "Write cancellation terms for weekend hot tub hires.",
        "Is it safe for a pregnant guest to use a hot tub?",
        "How do I stop foam building up in a hot tub?",
    ],
    MINICAB: [
        "How should I word a polite text telling customers their car is running late?",
        "Is it worth switching our fleet to hybrids?",
        "What should a driver do if a passenger is sick in the car?",
        "Write a short job advert for a night-shift dispatcher.",
    ],
    PLUMBER: [
        "Why does the pressure on a combi boiler keep dropping?",
        "What can a customer do to stop a dripping tap overnight until I get there?",
        "Write a text explaining to a customer that a part is delayed.",
        "Are push-fit joints as reliable as soldered ones?",
    ],
    RECYCLING: [
        "Can a broken mirror go in the glass bank?",
        "Why is black plastic hard to recycle?",
        "Write a sign asking visitors not to leave items outside the gate.",
        "What happens to garden waste after it leaves the site?",
    ],
    ROASTERY: [
        "How does a light roast taste different from a medium roast?",
        "Suggest some names for a Colombian single-origin coffee.",
        "Why do coffee beans crack twice during roasting?",
        "Should a small roastery sell coffee by subscription?",
    ],
    SWEETSHOP: [
        "Which old-fashioned sweets do people remember most fondly?",
        "Write a short jingle for a traditional sweet shop.",
        "Why does homemade rock go sticky in humid weather?",
        "Are sugar-free sweets a good choice for someone with diabetes?",
    ],
    ZOO: [
        "Why do our flamingos rest on one leg — is it to save heat?",
        "How would you explain animal enrichment to a school group?",
        "Write a fun information sign for the meerkat enclosure.",
        "Is it ethical to keep elephants in zoos?",
    ],
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)
# near-positive negatives: they look like tool questions but need the language model
NEAR = [
    (
        "near-exchange-rate",
        "How many dollars would £275 get me at the bureau de change?",
        "live exchange rate",
    ),
    ("near-share-price", "What are my 240 shares in Rolls-Royce worth?", "current share price"),
    (
        "near-base-rate",
        "What's the Bank of England base rate plus 2.5%?",
        "current central bank rate",
    ),
    (
        "near-loan-terms",
        "What's the monthly repayment on a £14,000 car loan?",
        "rate and term missing",
    ),
    ("near-gallon", "How many litres is 12 gallons?", "US or imperial gallon"),
    ("near-cup", "How many grams of flour in 2 cups?", "cup size and density contested"),
    ("near-ton", "How many kilograms are in 7 tons?", "short, long or metric ton"),
    ("near-mpg", "My car does 48 mpg; how many litres per 100 km is that?", "US or UK mpg"),
    ("near-horsepower", "What is 150 hp in kilowatts?", "mechanical or metric horsepower"),
    ("near-fluid-ounce", "Convert 14 fl oz to ml.", "US or imperial fluid ounce"),
    ("near-barrel", "How many litres are in 40 barrels?", "oil, beer or other barrel"),
    ("near-hundredweight", "What does 6 hundredweight come to in kilos?", "long or short cwt"),
    ("near-kilobyte", "How many bytes in 320 kB?", "1000 or 1024"),
    ("near-knot", "A yacht is doing 9 knots — how fast is that in mph?", "nautical units left out"),
    (
        "near-light-year",
        "How many miles away is a star 11 light-years off?",
        "year length contested",
    ),
    ("near-troy-ounce", "How many grams in 5 ounces of silver?", "troy or avoirdupois"),
    ("near-dog-years", "My dog is 6; how old is that in human years?", "no agreed formula"),
    ("near-calories", "How many calories are in a bacon sandwich?", "calories vary by recipe"),
    ("near-age-now", "How old am I if I was born on 2 April 1979?", "needs the current date"),
    ("near-days-until", "How many days is it till Burns Night?", "needs the current date"),
    ("near-coming-weekday", "What's the date a week on Thursday?", "needs the current date"),
    (
        "near-lunisolar",
        "Which date will Chinese New Year fall on in 2033?",
        "lunisolar festival, not computable here",
    ),
    ("near-good-friday", "When is Good Friday in 2032?", "Easter computus left out"),
    (
        "near-working-days",
        "How many working days are there between 1 and 31 August 2029?",
        "bank holidays and working weeks vary",
    ),
    ("near-bank-holiday", "Is 27 December 2032 a bank holiday?", "differs by UK region"),
    ("near-month-end", "What's one month after 31 May 2030?", "month arithmetic from the 31st"),
    (
        "near-leap-year",
        "What date is exactly a year after 29 February 2032?",
        "a year after a leap day",
    ),
    ("near-numeric-date", "What weekday is 06/08/2029?", "day and month order unstated"),
    (
        "near-time-zone",
        "If it's 9pm in Manchester, what time is it in Sydney?",
        "time zones and summer time",
    ),
    (
        "near-clocks-change",
        "What date do the clocks go forward in spring 2033?",
        "summer time rules",
    ),
    (
        "near-isbn",
        "What's 978 plus the last three digits of this ISBN: 0-14-044913-6?",
        "identifier, odd sum",
    ),
    ("near-postcode", "What is SW1A 2AA divided by 2?", "a postcode is not a number"),
    ("near-ip-address", "What is 192.168.1.254 plus 10?", "an IP address, not a decimal"),
    (
        "near-software-version",
        "Is Python 3.9 newer than Python 3.12?",
        "version numbers, not decimals",
    ),
    ("near-formation", "What does 4-2-3-1 come to?", "a football formation"),
    ("near-chess", "What is Nf3 times two?", "chess notation"),
    ("near-phone-prefix", "Is a call to an 0345 number free from a mobile?", "call charges vary"),
    (
        "near-paper-size",
        "What are the dimensions of A5 paper in inches?",
        "paper size is a looked-up fact",
    ),
    ("near-timber", "What are the real dimensions of a 4x2 timber?", "nominal timber size"),
    ("near-code", "What does 7 // -2 give in Python, and why?", "code semantics"),
    ("near-world-fact", "How many people live in Birmingham?", "a world fact"),
    ("near-tax", "How much stamp duty on a £385,000 house?", "tax rules change"),
    ("near-dosing", "How much Calpol can I give a 3-year-old who weighs 14 kg?", "dosing advice"),
    (
        "near-size-chart",
        "I'm a UK size 12 dress; what's that in Italian sizes?",
        "size charts vary",
    ),
    ("near-gas-mark", "My recipe says gas mark 7; what is that in Fahrenheit?", "oven convention"),
    ("near-estimate", "How many bricks are in the Shard?", "an estimate"),
    (
        "near-lottery",
        "What are my chances of winning the Lotto jackpot with two tickets?",
        "game rules",
    ),
    (
        "near-prevalence",
        "If a test is 98% accurate and I test positive, what's the chance I have it?",
        "prevalence missing",
    ),
    ("near-missing-area", "How much turf do I need for my garden?", "area not given"),
    ("near-translation", "How do you say 'two hundred and forty' in Welsh?", "a translation"),
    ("near-title-number", "What's Catch-22 minus 22?", "a number in a title"),
    ("near-opinion", "Is 4% a good interest rate for a savings account?", "an opinion"),
    ("near-implied-mult", "What is 6 ÷ 2(1+2)?", "contested reading of implied multiplication"),
    ("near-sequence", "What comes next: 3, 5, 9, 17, ...?", "a sequence guess"),
    ("near-random", "Pick a random number between 1 and 90 for our bingo test.", "a random choice"),
    ("near-proof", "Prove that the sum of two odd numbers is even.", "a written proof"),
    (
        "near-explanation",
        "Why can't you take the square root of a negative number in ordinary arithmetic?",
        "an explanation",
    ),
    ("near-letters", "How many letter r's are in 'strawberry'?", "letters in a word"),
    ("near-forecast", "How warm will it be in Leeds on Saturday?", "a forecast"),
    ("near-historical-price", "What did a loaf of bread cost in 1968?", "historical price"),
    (
        "near-historical-weekday",
        "What day of the week was the Battle of Hastings?",
        "date not given",
    ),
    (
        "near-tipping",
        "How much should I tip on a £64 restaurant bill in New York?",
        "tipping custom",
    ),
    ("near-postage", "What does a second-class large letter stamp cost?", "current postage price"),
    ("near-scale", "How many zeros are in a billion in old British usage?", "short or long scale"),
    ("near-cooking-time", "How long should I roast a 2.4 kg chicken?", "a cooking time"),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)
# conversation negatives: the convention or figures come from an earlier turn
CONVS = [
    (
        "conv-operator",
        [(U, "Let a ◆ b mean 3a minus b."), (A, "Got it."), (U, "So what's 7 ◆ 4?")],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define g(n) as n squared plus 5."), (A, "Okay."), (U, "What is g(9)?")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "Let A=2, B=4, C=6 and so on, each letter two more."),
            (A, "Sure."),
            (U, "Score the word CAB."),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-named-number",
        [
            (U, "Call the number of seats in our hall 'the house'. It's 340."),
            (A, "Noted."),
            (U, "What's two houses plus 15?"),
        ],
        "a name defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "From now on + means subtract and - means add."),
            (A, "Understood."),
            (U, "What's 50 + 8 - 3?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-arithmetic",
        [(U, "We're working on a twelve-hour clock face."), (A, "Right."), (U, "What's 9 plus 7?")],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Heads up: I use a comma as the decimal separator."),
            (A, "Okay."),
            (U, "So what is 3,6 times 1,5?"),
        ],
        "decimal comma",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In our kitchen a 'scoop' is 85 grams."),
            (A, "Got it."),
            (U, "How many grams is 6 scoops?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-input-base",
        [(U, "Treat every number I type as octal."), (A, "Okay."), (U, "Sum 36 and 14 for me.")],
        "input base set earlier",
    ),
    (
        "conv-output-base",
        [(S, "Give every numeric answer in hexadecimal."), (U, "What is 200 plus 55?")],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Please answer in Roman numerals from here on."),
            (A, "Certainly."),
            (U, "What is 48 plus 36?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [(S, "You are a pirate; speak only in pirate talk."), (U, "How much is 15% of 80?")],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Reply in Italian for the rest of this chat — my nonna is reading along."),
            (A, "Va bene."),
            (U, "How many days are there from 9 May 2031 to 27 May 2031?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Put your next answer in the form of a haiku."),
            (A, "Happy to."),
            (U, "What's 96 divided by 12?"),
        ],
        "verse form",
    ),
    (
        "conv-output-format",
        [
            (U, "Answer only in YAML with fields result and steps."),
            (A, "Okay."),
            (U, "What's 34 times 19?"),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Always round up to the next whole pound."),
            (A, "Noted."),
            (U, "What's a third of £74?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Give answers to four significant figures."),
            (A, "Understood."),
            (U, "What's 7 divided by 13?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Give every length in furlongs, please."),
            (A, "Will do."),
            (U, "How far is 3 miles?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Assume £1 buys 1.16 euros for this chat."),
            (A, "Okay."),
            (U, "So what's €290 in pounds?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I'm American, so dates are month/day."),
            (A, "Got it."),
            (U, "What weekday is 3/4/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates in full words, like 'the ninth of June'."),
            (A, "Sure."),
            (U, "What date is 40 days after 12 March 2030?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please keep answers as mixed numbers like 2 1/3, never decimals."),
            (A, "Okay."),
            (U, "What's 47 divided by 9?"),
        ],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel a week has 9 days and a month has 4 weeks."),
            (A, "Interesting."),
            (U, "How many days are in 5 months?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our company counts week 1 as the week containing 1 April."),
            (A, "Noted."),
            (U, "Which week is 20 May 2030?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 14 times 26?"),
            (A, "364."),
            (U, "Sorry, I meant 14 times 62. And add the first result to it."),
        ],
        "correction referring back",
    ),
    (
        "conv-summary",
        [
            (U, "Our stall took £310 Friday, £455 Saturday and £280 Sunday."),
            (A, "Nice weekend."),
            (U, "Summarise how the weekend went."),
        ],
        "a summary",
    ),
    (
        "conv-explain",
        [
            (U, "What's 35% of 180?"),
            (A, "63."),
            (U, "Why did you multiply by 0.35 and not divide?"),
        ],
        "follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "The gate code for the allotments is 5820."),
            (A, "I'll remember that."),
            (U, "Remind me, what was the gate code?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The room is 4.6 m long."),
            (A, "Okay."),
            (U, "And 3.5 m wide."),
            (A, "Got it."),
            (U, "So what's the area?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [(U, "What's 18 times 45?"), (A, "810."), (U, "Now take 10% off that.")],
        "result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "I earn £2,400 a month and my rent is £1,150."),
            (A, "Okay."),
            (U, "Is that too much to be spending on rent?"),
        ],
        "judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "My passport expires on 14 September 2030."),
            (A, "Noted."),
            (U, "Should I renew it before my trip to Japan?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [(U, "Everything from here is mod 13."), (A, "Okay."), (U, "What's 11 times 7?")],
        "modular arithmetic",
    ),
    (
        "conv-slang",
        [
            (U, "In our office a 'bag' is £1,000 and a 'bullseye' is £50."),
            (A, "Ha, got it."),
            (U, "What's three bags and two bullseyes?"),
        ],
        "slang amounts defined earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Every price I give you already includes 20% VAT."),
            (A, "Understood."),
            (U, "What's the net price of a £96 drill?"),
        ],
        "VAT-inclusive pricing convention",
    ),
]
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# set 67's own structural asserts
_neg_regs = [i["family"] for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert _neg_regs == [r for r in REGISTERS for _ in range(4)], (
    "ordinary negatives in REGISTERS order"
)
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
_pos = [i for i in items if i["label"] != "negative" and i["family"] != P]
assert {i["family"] for i in _pos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _label]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
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
    # no register (family name) of this set is a family name of sets 19 to 66
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 66: {reused}"
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
