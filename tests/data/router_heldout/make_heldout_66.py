r"""Generate heldout-2027-02-07.jsonl: a sixty-sixth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed66/earlier_registers.txt (in full, by `cat` piped through `tr` to one line: the 925
register names of earlier sets, used only to choose this set's 25 registers so that their trades
and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_65.py, by `sed -n` with comma ranges: lines 1-473
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 738-798 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 934-1018 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1219-1226 (its negatives
section header, neg() and conv()) and 1920-2144 (its stated-weekday check, its checks and main()).
The ranges and the line count (2144) were given by the brief; no `wc -l` of that file was run. The
display of the `sed -n 1,473p` output left out lines 163-171 of that output (a truncation by the
shell tool's display, in the middle of set 65's docstring), so `sed -n 160,175p` of the same file
(inside the allowed range) was run next to read them; all of lines 1-473 were therefore seen, and
the copies made by `sed -n` (below) are complete. A `wc -l` of earlier_registers.txt and an `ls` of
/work/sealed66 were run once, in the same command as a `mkdir -p /tmp/h66` and the `cat` of
grading.py (`wc -l` printed 925; the listing showed only earlier_registers.txt). None of set 65's
query blocks (474-737, 799-933, 1019-1218, 1227-1919) was opened. Nothing else under /work/main was
opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or
tests/ (apart from the five ranges), not README.md and not pyproject.toml. The first `sed -n` read
(1,473) named set 65's generator by its full path; `cd` into /work/main preceded the other `sed -n`
reads (which named it by its path under tests/data/router_heldout), `cd` into
/work/main/tests/data/router_heldout preceded the one command that copied the ranges, and `cd` into
/work/main preceded each ruff run. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). Neither /work itself nor any /work/sealed*
directory apart from /work/sealed66 was listed. The earlier generators (sets 1-65) are only
imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail -6` or `sed -n 1,3p` of its output, a `grep`
of two ids in it and its --show listing of ids, expected values and tolerances were read), no git
command was run, no network and no search or fetch tool was used, and neither the router nor the
bench nor the tests were run.

What was run: the `mkdir -p`, `cat`, `wc -l` and `ls` above; `sed -n 1,473p` of set 65's generator;
`sed -n 160,175p` of it; then `sed -n` of 738,798, 934,1018 and 1219,1226 together with `echo`
separators; then `sed -n 1920,2144p` alone; then the `cat` of earlier_registers.txt through `tr`.
Then, in one command, `mkdir -p` of /tmp/h66/blocks and /tmp/h66/own, `sed -n` copies of the same
five allowed ranges into raw files r1-r5 under /tmp/h66/blocks/ and a `wc -l` of them (473, 61, 85,
8 and 225 lines), followed by one run of /tmp/h66/subst.py (written by a `cat` heredoc in the same
command) that cuts the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substitutes this set's OUT and PREFIX, "sets 1-64" ->
"sets 1-65" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), is kept as it was), EARLIER (sets 1-65, `range(2,
66)`) and REGISTER_CHECK (sets 19-65, adding make_heldout_65.py), and "sets 19 to 64" -> "sets 19
to 65" in one comment and one message string of main() (each substitution asserted to apply once,
the last twice; it printed "ok" for each). OUT, PREFIX, the comment, EARLIER and REGISTER_CHECK lie
in the first range, so those substitutions were made there, and the last two in the last range. It
wrote the cut first block and the substituted last block as c1.py and c5.py (the second to fourth
ranges are used as copied); then a `head -3` of the cut first block and a `grep -n` of the first
and last blocks for "65", "66" and "19 to" (it printed only the substituted lines, the
WANT_NEAR_NEGATIVES line and one assert of decimals() whose literal contains 65). Then `cat`
heredocs wrote this set's own blocks under /tmp/h66/own/: a_calc.py (registers and calculator
items) in one command; b_units.py (unit constants and unit items) and c_dates.py (date items) in
the next; d_negs.py (ordinary negatives) in the next; an inline Python heredoc then replaced, as an
exact replacement asserted to apply once, d_negs.py's loop over the ORDINARY table so that it adds
the negatives in REGISTERS order (the table is written in the order of the register constants'
names); then, in one command, e_near.py (near-positive negatives), f_convs.py (conversations and
this set's own structural asserts), an assembly script /tmp/h66/assemble.py (it builds this file
from /tmp/h66/doc.txt, or a one-line placeholder, and the blocks in order, and prints its line
count) and a helper /tmp/h66/run.sh (it runs assemble.py, then from /work/main as the working
directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on this file,
writing the latter's output to /tmp/h66/ruff.txt and printing its `tail -3`, then this generator
from /tmp, passing on any arguments, writing its output to /tmp/h66/out.txt, and prints the exit
codes and the `tail -6` of it), with a first run of run.sh. Edits after failed checks (listed
below) were made by /tmp/h66/fix1.py, fix2.py and fix3.py (each written by a `cat` heredoc and run
in the same command as run.sh), all exact replacements asserted to apply once. After fix2.py: a
`sed -n 1,3p` of out.txt for its summary lines, then run.sh with --show (its own output discarded)
and a listing of the ids, expected values and tolerances (a `grep` of out.txt laid out by `column
-t`). fix3.py made two calculator answers whole pence (see below), followed by run.sh with --show,
a `sed -n 1,3p` of out.txt, a `grep` of out.txt for the two changed ids and a `cat` of ruff.txt.
This docstring was written last over the placeholder: its source text, /tmp/h66/doc/doc_src.txt,
was written by a `cat` heredoc, and /tmp/h66/doc/make_doc.py (a `cat` heredoc; it uses textwrap,
keeps the lines marked as preformatted and asserts that the words are unchanged, that no line
exceeds 100 columns and that every register value of a_calc.py is named) filled it to 99 columns
into /tmp/h66/doc.txt; then, in the same command, run.sh, a `cat` of ruff.txt, a `sed -n 1,3p` of
out.txt, a Python check of line lengths (in characters) over this file, a `head -3` of this file
and a `ruff format --no-cache --check` of it (from /work/main) (an inline Python heredoc, run in
the same command before make_doc.py, had first corrected two slips in doc_src.txt: a register named
twice in the list of registers and a stray clause about dollars, each an exact replacement asserted
to apply once); then /tmp/h66/doc/patch1.py (a `cat` heredoc, run in one command with make_doc.py's
second run and the same checks as before) added these two parenthesised sentences; then two runs of
this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` of the JSONL and a `sed -n 1,3p`
of out.txt; finally `rm -rf /tmp/h66`. Writes: only this file and its JSONL in /work/sealed66/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h66/ were
deleted afterwards. Nothing was written into /work/main. Every python run above used
/work/main/.venv/bin/python.

Changes to set 65's main() and checks: only the substitutions listed above (file names, sets 1-65
for the duplicate check, sets 19-65 for the register check). Set 65 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 65 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-65 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 65's as
printed; ruff format may have changed layout only. All of set 65's checks are kept: counts per
kind, ids and prefixes, no duplicate queries, the wording rules for positives, the answers'
consistency (calculator and exact unit answers are numbers with at most three decimals, every
expected value is graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable),
register use by all three tools, no repeat of an earlier query or user turn, the register check,
the stated-weekday pattern check, and a byte-for-byte regeneration check (the file on disk, and a
fresh run of this script with another PYTHONHASHSEED via --digest, give the same sha256). Kept
outside main(), as copied: whole_up() (not used here), weeks() (used by one date one-liner and one
word problem), unit_r() with close_enough_at_2dp(), say() (used through sayw()), sayw(), sayus()
(not used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: MM, CM, KM, G, HA
and LITRE, with asserts on ACRE/HA, CUFT, the inch and KMH/MPH; the register constants and the
REGISTERS tuple (sorted by value, asserted 25 and distinct); the ORDINARY, NEAR and CONVS tables;
dates stated with their computed weekday by sayw() in two positives (a triathlon race day, a
wedding); an assert that the square-root one-liner's radicand is a perfect square; and this set's
own asserts: the ORDINARY negatives are keyed by exactly the REGISTERS, four each, added in
REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers are exactly the REGISTERS, and so are those of each
tool, with 31 register word problems per tool; 193 items lie in the registers (25 x 3 positives, 18
second positives, 100 negatives); exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family.

Disclosures: the kinds of item and the counts follow set 65's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 65's, copied (P = "plain" is copied too, as the
last line of the first block). Set 65's docstring (within lines 1-473) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and several of this set's near-positive
family names coincide with those generic kinds. All of set 65's register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it (no amusement arcade, bathroom fitter, bed and breakfast, secondhand bookshop, used car
dealer, cleaning agency, coin dealer, decking installer, haberdashery, hockey club, party magician,
makeup artist, livestock auction mart, childminder, pizza takeaway, pick-your-own farm, country
park ranger, squash club, tourist information centre, toy shop, personal trainer, triathlon club,
screen printer, research vessel or voice-over studio appears there); some are of neighbouring
fields judged to be different trades: the amusement arcade next to the crazy golf kiosk and the
bingo hall, the bathroom fitter next to the mosaic tilers and the kitchen fitter, the bed and
breakfast next to hotel housekeeping and the glamping site, the secondhand bookshop next to the
bookbinders and the mobile library, the used car forecourt next to the caravan dealer and the MOT
garage, the cleaning agency next to the oven cleaners and the window cleaners, the coin dealer next
to the pawnbroker and the philatelic society, the decking installer next to the staircase joiners
and the bike shed maker, the haberdashery next to the sewing machine repairer and the bridal
alterations, the hockey club next to the other sports clubs and leagues, the party magician next to
the balloon artist and the puppet theatre, the makeup artist next to the nail bar and the wedding
trades, the auction mart next to the auction saleroom and the farm registers, the childminder next
to the foster carer and the kindergarten chat, the pizza takeaway next to the fish and chip shop
and the ramen stall, the pick-your-own farm next to the orchards and the farm park, the country
park ranger next to the wildfire lookout and the lighthouse warden, the squash club next to the
padel courts and the table tennis league, the tourist information centre next to the travel agent
and the ferry ticket offices, the toy shop next to the kite shop and the chess shop, the personal
trainer next to the boxing gym and the yoga studio, the triathlon club next to the swimming club,
the velodrome coach and the marathon registers, the screen printer next to the letterpress printers
and the sign writers, the research vessel next to the glacier research camp and the tall ship
bosun, the voice-over studio next to the podcast producers and the community radio; the judgement
of "different topic" is this writer's. A badminton club, a zoo keeper, a wedding planner and a heat
pump installer were considered and not used. Many plain one-liners, near-positives and
conversations here are of the same generic kinds as set 65's (for instance an operator, a decimal
comma, a persona, a contested unit, implied multiplication, a weekday of a historical event, a
number in a title, software versions, code semantics), newly worded. At the edges of the allowed
ranges: line 473 is P = "plain", 738, 934 and 1219 are section headers, 798 is a blank line after
unit_r(), 1018 is the assert after sayus(), 1226 is the last line of conv(), 1920-1926 hold the
comment and the compiled pattern of the stated-weekday check and 2144 is the call of main(). No
query text of any earlier set was seen: main()'s duplicate check names only this set's ids. Every
query here was newly written from imagination of each trade or situation; 43 items that the
duplicate check reported as exact repeats of earlier queries or user turns (their earlier
counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 65 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof that the square of an even number is even). Conversations that
define an operator, a function, letter values, a name for a number, swapped signs, clock arithmetic
on a twelve-hour dial, a decimal comma, a unit, an input or output base, modular arithmetic, slang
amounts or a VAT-inclusive pricing convention are negatives because the notation or convention is
set up in an earlier turn (one base by a system turn); one conversation spreads its figures over
three user turns. Some conversations (Roman numerals, language, verse, output format, rounding,
precision, target unit, a fixed currency rate, date order, date wording, fraction form, a persona
set by a system turn) end in a user turn that could be computed alone, or nearly; they are
negatives, as in set 65, because the earlier turn changes what a right answer looks like. Some
near-positives depend on the current date (an age from a stated birth date, days until a named day,
a date "Wednesday week"); one asks for a month added to the 31st, one for a year after a leap day,
one for working days between stated dates, one uses an all-numeric date of unstated order, one asks
the weekday of a medieval event (Julian calendar, date not given), one asks when the clocks go
forward, one asks whether a date is a bank holiday (it differs by region), one asks for Good
Friday, one for a lunisolar festival; they are negatives, with no "now" field. One near-positive
asks what a Python rounding call returns and why (code semantics), and one is a negative for its
contested reading (implied multiplication). Near-positives ask for conversions in gallons, cups,
tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes, knots, light-years and
ounces of gold (troy or avoirdupois), for calories, and for dog years (left out of positives as
contested); one asks for vowels in a word, one for an oven gas mark in Fahrenheit, one for the
number of zeros in a trillion in old British usage (short or long scale), one for a roasting time,
and one about the cost of an 0843 number from a mobile. No positive depends on a looked-up figure:
every rate, price and discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check), and ruff format and ruff check passed on every run. The first
run of run.sh failed the duplicate check, which reported 41 items by id: three plain calculator
one-liners (a division, a square root, a mean), three plain unit one-liners (miles to kilometres,
feet and inches to centimetres, kilograms to pounds), eleven conversations (clock arithmetic,
decimal comma, fraction form, language, modular arithmetic, output base by a system turn, output
format, recall, rounding, summary, verse; their user turns reworded) and twenty-four near-positives
(bank holiday, clocks changing, a coming weekday, cups, days until a named day, an explanation,
gallons, a historical weekday, horsepower, implied multiplication, an IP address, a lunisolar
festival, a month from the 31st, nominal timber, numeric dates, a paper size, postage, a random
choice, a share price, a size chart, a time zone, tons, working days, a world fact); fix1.py
reworded all 41 with new figures or new subjects, without the earlier queries being looked at. The
next run reported two of them again (the clock-arithmetic conversation's last user turn and the
days-until near-positive), reworded by fix2.py; every later run passed every check. fix3.py was not
prompted by a failed check: on reading the --show listing, two calculator answers in pounds had
three decimals (a haberdashery ribbon price and an auction commission), and their figures were
changed so the answers are whole pence. No other check failed: unit()'s and unit_r()'s asserts,
date_item()'s asserts, the stated-weekday check and all of this set's own asserts passed on every
run on which they were reached.

Registers (families), 25, new: bathroom_fitter_jobs, childrens_party_magician,
coin_dealer_numismatist, country_park_ranger, domestic_cleaning_agency,
field_hockey_club_fixtures_secretary, garden_decking_installer, haberdashery_counter,
independent_toy_shop, livestock_auction_mart_clerk, marine_research_vessel_scientist,
mobile_makeup_artist, personal_fitness_trainer, pick_your_own_strawberry_farm,
registered_childminder, seaside_amusement_arcade, seaside_bed_and_breakfast,
secondhand_bookshop_till, squash_club_ladder_organiser, tourist_information_centre,
triathlon_club_coach, tshirt_screen_printer, used_car_forecourt_dealer, voice_over_artist_studio,
wood_fired_pizza_takeaway. Every register is used by all three tools (asserted); eighteen distinct
registers have one further positive (a second calculator word problem: wood_fired_pizza_takeaway,
used_car_forecourt_dealer, independent_toy_shop, seaside_bed_and_breakfast,
domestic_cleaning_agency, tshirt_screen_printer; a second unit word problem: triathlon_club_coach,
marine_research_vessel_scientist, country_park_ranger, garden_decking_installer,
livestock_auction_mart_clerk, pick_your_own_strawberry_farm; a second date word problem:
secondhand_bookshop_till, field_hockey_club_fixtures_secretary, registered_childminder,
tourist_information_centre, coin_dealer_numismatist, mobile_makeup_artist). The seven registers
with three positives are squash_club_ladder_organiser, haberdashery_counter, bathroom_fitter_jobs,
voice_over_artist_studio, childrens_party_magician, personal_fitness_trainer and
seaside_amusement_arcade. Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and pence, stone and miles, and a few other touches
(Fahrenheit for a bath, a pizza oven, a print dryer and sea water, psi for a helium cylinder), some
chatty, terse or lower-case, with questions at the start or the end, statements to complete, and
unit questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories, the
current date (an age, days until a named day, a coming weekday), a lunisolar festival, Good Friday,
working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap day, an
all-numeric date of unstated order, time zones, summer time, identifiers that look like numbers (an
ISBN prefix, a postcode, an IP address, software versions, a formation, chess notation, a phone
number prefix), a paper size, a nominal timber size, code semantics, a world fact, tax rules,
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

Left out of positives entirely (their grading is contested), as in set 65: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass, next to
grams), carats, nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted),
time zones and daylight saving, Easter, working days, "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted). Week counts are asserted to be whole weeks; no day count is
inclusive (each is the difference of the two dates, and queries are worded as N days or weeks after
or before a stated date, "days between", "how many days from ... to ...", nights from arrival to
departure, how many days a recording took from its start to its wrap, how many days apart a field's
opening and shutting dates are, how many days a coin was held from purchase to sale, a hold of N
days, a warranty of N days from a sale, a turnaround of N days, a survey cruise of N days, a
handover N days after a start, a sale N days after another, a walk N days after another, a plan of
N weeks ending on a race day, a trial N weeks before a wedding, a catalogue N weeks before
Christmas Day, a ladder running N weeks, a shampoo N weeks after a clean, the second Tuesday, third
Thursday, last Friday or last Saturday of a stated month and year), ages are in whole years from a
stated birth date to a stated date, and clock spans run from one stated time to the next occurrence
of the other (two cross midnight, one saying "the next morning" and one "the following morning").
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 65):
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

Run: python3 make_heldout_66.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-07.jsonl"
PREFIX = "ho66-"
# earlier generators: sets 1-65 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 66))
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

# registers of this set (trades and situations), 25, new
ARCADE = "seaside_amusement_arcade"
BATH = "bathroom_fitter_jobs"
BNB = "seaside_bed_and_breakfast"
BOOKS = "secondhand_bookshop_till"
CAR = "used_car_forecourt_dealer"
CLEAN = "domestic_cleaning_agency"
COIN = "coin_dealer_numismatist"
DECK = "garden_decking_installer"
HABER = "haberdashery_counter"
HOCKEY = "field_hockey_club_fixtures_secretary"
MAGIC = "childrens_party_magician"
MAKEUP = "mobile_makeup_artist"
MART = "livestock_auction_mart_clerk"
MINDER = "registered_childminder"
PIZZA = "wood_fired_pizza_takeaway"
PYO = "pick_your_own_strawberry_farm"
RANGER = "country_park_ranger"
SQUASH = "squash_club_ladder_organiser"
TIC = "tourist_information_centre"
TOYS = "independent_toy_shop"
TRAINER = "personal_fitness_trainer"
TRI = "triathlon_club_coach"
TSHIRT = "tshirt_screen_printer"
VESSEL = "marine_research_vessel_scientist"
VOICE = "voice_over_artist_studio"
REGISTERS = tuple(
    sorted(
        (ARCADE, BATH, BNB, BOOKS, CAR, CLEAN, COIN, DECK, HABER, HOCKEY, MAGIC, MAKEUP, MART)
        + (MINDER, PIZZA, PYO, RANGER, SQUASH, TIC, TOYS, TRAINER, TRI, TSHIRT, VESSEL, VOICE)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# calculator: plain one-liners
calc(P, "What is 17.5% of 2,480?", pct("17.5") * 2480)
calc(P, "2,916 divided by 48", F(2916, 48))
calc(P, "(45 + 78) × 3.2 = ?", (45 + 78) * dec("3.2"))
assert math.isqrt(9409) ** 2 == 9409
calc(P, "What's the square root of 9409?", math.isqrt(9409))
calc(P, "what's 3 to the power of 9", 3**9)
calc(P, "2.75 times 64 equals", dec("2.75") * 64)
calc(P, "36 is 15% of what number?", 36 / pct(15))
calc(P, "Increase 1,250 by 8% and give me the new figure.", 1250 * (1 + pct(8)))
calc(P, "9,999 minus 4,567.89", 9999 - dec("4567.89"))
calc(P, "Mean of 14, 27, 31, 8 and 45?", F(14 + 27 + 31 + 8 + 45, 5))
calc(P, "seven eighths as a decimal", F(7, 8))
calc(P, "How much is 23 × 47 + 156?", 23 * 47 + 156)
calc(P, "What's 0.125 of 5,640?", dec("0.125") * 5640)
calc(P, "A price of £354 includes 20% VAT. What is the price before VAT?", 354 / (1 + pct(20)))

# calculator: register word problems (25, then six second ones)
calc(
    SQUASH,
    "Our squash ladder has 38 members paying £27.50 each for the season, and the court hire "
    "bill comes to £912. How much is left in the kitty after paying the courts?",
    38 * dec("27.50") - 912,
)
calc(
    TRI,
    "Club kit order: 14 tri-suits at £64.95 each and 9 swim caps at £4.20 each. What's the total?",
    14 * dec("64.95") + 9 * dec("4.20"),
)
calc(
    HOCKEY,
    "The astro pitch costs £85 an hour and we book it for 1.5 hours on 22 Saturdays. "
    "What is the total pitch bill?",
    85 * dec("1.5") * 22,
)
calc(
    MART,
    "17 store lambs sold at an average of £96.40 a head and the auctioneer's commission is 5%. "
    "How much commission is due, in pounds?",
    17 * dec("96.40") * pct(5),
)
calc(
    PYO,
    "Strawberries are £4.80 a kilo on the pick-your-own field. A family picks 3.35 kg. "
    "What do they pay?",
    dec("4.80") * dec("3.35"),
)
calc(
    BOOKS,
    "Four paperbacks at £3.50 and one hardback at £12, less 10% for the loyalty card: "
    "what does the customer pay?",
    (4 * dec("3.50") + 12) * (1 - pct(10)),
)
calc(
    TOYS,
    "A trade box of 48 spinning tops costs £57.60. What does each top cost us?",
    dec("57.60") / 48,
)
calc(
    HABER,
    "Velvet ribbon is 85p a metre. What do 9 metres cost, in pounds?",
    dec("0.85") * 9,
)
calc(
    BNB,
    "Three nights in the double at £92 a night, plus breakfast at £7.50 per person for two "
    "guests each morning. What's the bill?",
    3 * 92 + 3 * 2 * dec("7.50"),
)
calc(
    PIZZA,
    "Six margheritas at £11.50 each and one £2.75 delivery charge — total for the order?",
    6 * dec("11.50") + dec("2.75"),
)
calc(
    CAR,
    "The hatchback is up at £8,995. The buyer's part exchange is worth £1,500 and they put "
    "down £500 as a deposit. How much is left to finance?",
    8995 - 1500 - 500,
)
calc(
    BATH,
    "Wall tiles for the en-suite: 11.2 square metres at £38 per square metre, plus £240 "
    "for adhesive and grout. Materials total?",
    dec("11.2") * 38 + 240,
)
calc(
    DECK,
    "The deck needs 64 boards at £14.25 a board. What do the boards cost?",
    64 * dec("14.25"),
)
calc(
    VOICE,
    "I bill £275 for the first hour in the booth and £90 for each extra half hour. "
    "What do I charge for a three-and-a-half-hour session?",
    275 + 5 * 90,
)
calc(
    MAGIC,
    "The magic show is £180 flat plus £2.40 per child for balloon animals. With 23 children, "
    "what's the invoice?",
    180 + 23 * dec("2.40"),
)
calc(
    VESSEL,
    "Marine diesel cost £1.14 a litre and the ship burned 8,250 litres on the survey cruise. "
    "What was the fuel bill?",
    dec("1.14") * 8250,
)
calc(
    MAKEUP,
    "Bridal makeup is £145 and each of the four bridesmaids is £65. The deposit is 20% of the "
    "total. How much is the deposit?",
    (145 + 4 * 65) * pct(20),
)
calc(
    TRAINER,
    "A block of ten sessions costs £340, or it's £38 per session pay-as-you-go. How much does "
    "the block save over ten sessions?",
    10 * 38 - 340,
)
calc(
    MINDER,
    "I charge £6.40 an hour. One child comes 9 hours a day, 3 days a week. What's the weekly fee?",
    dec("6.40") * 9 * 3,
)
calc(
    CLEAN,
    "Each visit is 2.5 hours at £16.80 an hour plus £4 for products. What do 4 visits cost?",
    4 * (dec("2.5") * dec("16.80") + 4),
)
calc(
    TIC,
    "The info centre sold 312 town maps at £1.25 and 87 walking guides at £6.99. "
    "What were the takings?",
    312 * dec("1.25") + 87 * dec("6.99"),
)
calc(
    RANGER,
    "Parking at the country park is £3.60 a day and 1,245 cars paid in August. How much was taken?",
    dec("3.60") * 1245,
)
calc(
    ARCADE,
    "A lad at the change booth swaps a £5 note for 2p coins for the penny falls. "
    "How many coins does he get?",
    500 / 2,
)
calc(
    TSHIRT,
    "Printing 120 shirts: blanks are £4.35 each, the print is £1.80 per shirt, and there's a "
    "one-off £45 screen set-up. What's the total?",
    120 * (dec("4.35") + dec("1.80")) + 45,
)
calc(
    COIN,
    "I bought a run of 12 sovereigns for £4,560 and sold them at £418 apiece. What was my profit?",
    12 * 418 - 4560,
)
calc(
    PIZZA,
    "Our dough is 62% water by weight of flour. For 2,500 g of flour, how many grams of water?",
    2500 * pct(62),
)
calc(
    CAR,
    "Knock 7.5% off a forecourt price of £12,480. What's the new price?",
    12480 * (1 - pct("7.5")),
)
calc(
    TOYS,
    "We pay £16 for a jigsaw and sell it for £28. What is the markup as a percentage of cost?",
    (28 - 16) / F(16) * 100,
)
calc(
    BNB,
    "A guest's bill is £460; they use a £50 voucher and split what's left equally across 4 cards. "
    "How much goes on each card?",
    F(460 - 50, 4),
)
calc(
    CLEAN,
    "End-of-tenancy quote: 3 cleaners for 5.5 hours each at £18 an hour, less 15% for a repeat "
    "client. What's the price?",
    3 * dec("5.5") * 18 * (1 - pct(15)),
)
calc(
    TSHIRT,
    "75 hoodies at £22.40 each, then add VAT at 20%. What's the total?",
    75 * dec("22.40") * (1 + pct(20)),
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
assert abs(ACRE / HA - dec("0.404686")) < dec("1e-6") and CUFT == dec("0.028316846592")
assert IN / CM == dec("2.54") and abs(KMH / MPH - dec("0.621371")) < dec("1e-6")

# units: plain one-liners
unit_r(P, "Convert 72 °F to Celsius.", f_to_c(72))
unit_r(P, "Convert 17.4 miles into kilometres", dec("17.4") * MI / KM)
unit(P, "6 ft 2 in, in centimetres please", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "Pounds in 83 kg?", 83 / LB)
unit(P, "How many metres are there in 250 yards?", 250 * YD, EXACT)
unit_r(P, "In kilograms, how much is 9 stone?", 9 * STONE)
unit_r(P, "2.2 bar is how many psi?", dec("2.2") * BAR / PSI)
unit(P, "Convert 3 GiB to MiB", 3 * GIB / MIB, EXACT)
unit_r(P, "what is 100 km/h in mph", 100 * KMH / MPH)
unit_r(P, "How many square feet is 50 square metres?", 50 / SQFT)
unit_r(P, "Square metres in 2.5 acres?", dec("2.5") * ACRE)
unit_r(P, "Litres in 10 cubic feet:", 10 * CUFT / LITRE)
unit(P, "Fahrenheit for -18 °C?", c_to_f(-18), EXACT)
unit_r(P, "grams in 12 ounces", 12 * OZ / G)

# units: register word problems (25, then six second ones)
unit_r(SQUASH, "A squash court is 9.75 m long. How long is that in feet?", dec("9.75") / FT)
unit_r(TRI, "The swim leg is 1,500 metres — what's that in yards?", 1500 / YD)
unit_r(HOCKEY, "Our pitch measures 91.4 m end to end. In yards that is", dec("91.4") / YD)
unit_r(
    MART, "The bullock weighed 612 kg across the mart scales. What's that in stone?", 612 / STONE
)
unit_r(PYO, "In acres, how big is our 3.5 hectare strawberry field?", dec("3.5") * HA / ACRE)
unit(
    BOOKS,
    "The oak bookcase is 6 ft 4 in tall. What's its height in centimetres?",
    (6 * FT + 4 * IN) / CM,
    EXACT,
)
unit_r(TOYS, "Our biggest kite comes with 50 m of line. Feet?", 50 / FT)
unit(
    HABER,
    "The curtain fabric is 60 inches wide. How many centimetres is that?",
    60 * IN / CM,
    EXACT,
)
unit(BNB, "A guest says the bath is at 40 °C; what's that in Fahrenheit?", c_to_f(40), EXACT)
unit(PIZZA, "The oven floor is at 450 °C. Fahrenheit, please.", c_to_f(450), EXACT)
unit_r(CAR, "The estate has 86,400 miles on the clock. How many kilometres?", 86400 * MI / KM)
unit_r(
    BATH,
    "The shower tray is 1200 mm by 900 mm. What is its area in square feet?",
    1200 * MM * 900 * MM / SQFT,
)
unit_r(
    DECK,
    "The deck is 4.8 m by 3.6 m; give the area in square feet.",
    dec("4.8") * dec("3.6") / SQFT,
)
unit(VOICE, "The session folder is 2,560 MiB. How many GiB is it?", 2560 * MIB / GIB, EXACT)
unit_r(MAGIC, "The helium cylinder gauge says 200 bar. In psi?", 200 * BAR / PSI)
unit_r(
    VESSEL,
    "The ship cruises at 18.5 km/h between stations. What's that in mph?",
    dec("18.5") * KMH / MPH,
)
unit_r(MAKEUP, "The airline's limit for my kit case is 23 kg — how many pounds?", 23 / LB)
unit_r(TRAINER, "My client weighs 13 stone 4 lb. Kilograms?", 13 * STONE + 4 * LB)
unit_r(MINDER, "A child in my care is 104 cm tall. How many inches is that?", 104 * CM / IN)
unit_r(CLEAN, "The office we clean is 2,400 sq ft. How many square metres?", 2400 * SQFT)
unit_r(TIC, "Visitors ask how far the 14-mile coast path is in kilometres.", 14 * MI / KM)
unit_r(RANGER, "The ancient woodland covers 120 acres. In hectares that's", 120 * ACRE / HA)
unit_r(ARCADE, "The big plush prize in the claw machine weighs 8 oz. How many grams?", 8 * OZ / G)
unit(TSHIRT, "Our conveyor dryer runs at 160 °C. What is that in °F?", c_to_f(160), EXACT)
unit(COIN, "A crown is 1.5 inches across. In millimetres?", dec("1.5") * IN / MM, EXACT)
unit_r(TRI, "The bike leg is 40 km. How many miles is it?", 40 * KM / MI)
unit_r(VESSEL, "Surface water logged at 52 °F. Convert to Celsius.", f_to_c(52))
unit_r(RANGER, "The cycle speed limit on the estate roads is 10 mph. In km/h?", 10 * MPH / KMH)
unit_r(DECK, "Our joists are 47 mm thick; how many inches is that?", 47 * MM / IN)
unit_r(MART, "The ewe tipped the scales at 154 lb — kilos?", 154 * LB)
unit_r(PYO, "How many ounces in a 340 g punnet of strawberries?", 340 * G / OZ)


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

# datetime: plain one-liners
date_item(P, "What day of the week is 14 February 2031?", weekday(D(2031, 2, 14)))
date_item(P, "What date is 100 days after 1 March 2030?", D(2030, 3, 1) + TD(days=100))
date_item(
    P,
    "How many days between 15 January 2030 and 30 September 2030?",
    days(D(2030, 1, 15), D(2030, 9, 30)),
)
date_item(P, "6 weeks before 4 October 2031 is which date?", D(2031, 10, 4) - TD(weeks=6))
date_item(P, "second Tuesday of March 2032", nth_weekday(2032, 3, TUE, 2))
date_item(
    P, "How many weeks from 3 February 2031 to 14 April 2031?", weeks(D(2031, 2, 3), D(2031, 4, 14))
)
date_item(P, "Born 19 July 1988 — how old on 1 July 2030?", age(D(1988, 7, 19), D(2030, 7, 1)))
date_item(P, "Minutes from 08:35 to 16:10?", clock_span("08:35", "16:10", 60))
date_item(P, "Date of the last Friday in October 2030?", nth_weekday(2030, 10, FRI, -1))
date_item(P, "what date is 250 days after 10 May 2031", D(2031, 5, 10) + TD(days=250))
date_item(P, "Which weekday was 1 January 2000?", weekday(D(2000, 1, 1)))
date_item(
    P, "How many hours from 22:00 to 06:30 the next morning?", clock_span("22:00", "06:30", 3600)
)
date_item(P, "Days from 1 December 2030 to 1 March 2031:", days(D(2030, 12, 1), D(2031, 3, 1)))
date_item(P, "The date 45 days before 20 January 2032 is", D(2032, 1, 20) - TD(days=45))

# datetime: register word problems (25, then six second ones)
date_item(
    SQUASH,
    "The winter ladder starts on 6 October 2031 and runs for 24 weeks. On what date does it end?",
    D(2031, 10, 6) + TD(weeks=24),
)
RACE = D(2032, 6, 13)
date_item(
    TRI,
    f"Our sixteen-week plan finishes on race day, {sayw(RACE)}. What date does training start?",
    RACE - TD(weeks=16),
)
date_item(
    HOCKEY,
    "The first league fixture is on 11 September 2032. What day of the week is that?",
    weekday(D(2032, 9, 11)),
)
date_item(
    MART,
    "The spring breeding sale is 45 days after the store sale on 1 February 2030. What date is it?",
    D(2030, 2, 1) + TD(days=45),
)
date_item(
    PYO,
    "Picking opened on 28 May 2031 and the field shut on 19 August 2031. How many days apart "
    "are those dates?",
    days(D(2031, 5, 28), D(2031, 8, 19)),
)
date_item(
    BOOKS,
    "A signed first edition came in on 3 March 2029 and we hold it for a customer for 90 days. "
    "On what date does the hold end?",
    D(2029, 3, 3) + TD(days=90),
)
date_item(
    TOYS,
    "The Christmas catalogue must go out 10 weeks before 25 December 2030. Which date is that?",
    D(2030, 12, 25) - TD(weeks=10),
)
date_item(
    HABER,
    "Our sewing bee meets on the third Thursday of November 2031. What's the date?",
    nth_weekday(2031, 11, THU, 3),
)
date_item(
    BNB,
    "Guests arrive on 27 July 2030 and leave on 8 August 2030. How many nights is that?",
    days(D(2030, 7, 27), D(2030, 8, 8)),
)
date_item(
    PIZZA,
    "Dough goes into the fridge at 21:15 and comes out at 09:45 the following morning. "
    "How many hours of cold proving is that?",
    clock_span("21:15", "09:45", 3600),
)
date_item(
    CAR,
    "The warranty is 365 days from the sale on 14 January 2031. On what date does it run out?",
    D(2031, 1, 14) + TD(days=365),
)
date_item(
    BATH,
    "Handover is 18 days after we start the refit on 2 June 2031. What's the handover date?",
    D(2031, 6, 2) + TD(days=18),
)
date_item(
    DECK,
    "The customer wants the deck built on 1 May 2032. Which day of the week is it?",
    weekday(D(2032, 5, 1)),
)
date_item(
    VOICE,
    "The audiobook recording began on 9 January 2030 and wrapped on 27 February 2030. "
    "How many days did it take?",
    days(D(2030, 1, 9), D(2030, 2, 27)),
)
date_item(
    MAGIC,
    "The birthday girl was born on 12 August 2023 and the party is on 9 August 2030. "
    "How old is she on the day of the party?",
    age(D(2023, 8, 12), D(2030, 8, 9)),
)
date_item(
    VESSEL,
    "We leave port on 20 October 2031 for a 38-day survey cruise. On what date do we return?",
    D(2031, 10, 20) + TD(days=38),
)
WEDDING = D(2031, 9, 20)
date_item(
    MAKEUP,
    f"The wedding is on {sayw(WEDDING)} and the trial is 6 weeks earlier. What's the trial date?",
    WEDDING - TD(weeks=6),
)
date_item(
    TRAINER,
    "How many weeks are there from 4 January 2032 to 28 March 2032 for my client's programme?",
    weeks(D(2032, 1, 4), D(2032, 3, 28)),
)
date_item(
    MINDER,
    "A little boy I look after was born on 30 November 2027. How old is he on 1 September 2032?",
    age(D(2027, 11, 30), D(2032, 9, 1)),
)
date_item(
    CLEAN,
    "The carpet shampoo is booked 9 weeks after the deep clean on 7 January 2031. Which date?",
    D(2031, 1, 7) + TD(weeks=9),
)
date_item(
    TIC,
    "Summer opening hours begin on the last Saturday of May 2031. What date is that?",
    nth_weekday(2031, 5, SAT, -1),
)
date_item(
    RANGER,
    "The bluebell walk is 70 days after the first guided walk on 19 April 2031. What date is it?",
    D(2031, 4, 19) + TD(days=70),
)
date_item(
    ARCADE,
    "The arcade opens at 10:00 and shuts at 23:30. How many hours is it open?",
    clock_span("10:00", "23:30", 3600),
)
date_item(
    TSHIRT,
    "An order placed on 11 February 2030 has a 15-day turnaround. When is it ready?",
    D(2030, 2, 11) + TD(days=15),
)
date_item(
    COIN,
    "A Diamond Jubilee medal is dated 22 June 1897. What day of the week was that?",
    weekday(D(1897, 6, 22)),
)
date_item(
    BOOKS,
    "Our author reading is on 23 April 2030. What day of the week does it fall on?",
    weekday(D(2030, 4, 23)),
)
date_item(
    HOCKEY,
    "How many days from the first fixture on 11 September 2032 to the plate final on 2 April 2033?",
    days(D(2032, 9, 11), D(2033, 4, 2)),
)
date_item(
    MINDER,
    "Drop-off is at 07:50 and pick-up at 17:45. How many minutes is the child with me?",
    clock_span("07:50", "17:45", 60),
)
date_item(
    TIC,
    "We open on 26 December 2030 for the Boxing Day walk. What weekday is that?",
    weekday(D(2030, 12, 26)),
)
date_item(
    COIN,
    "I bought a gold noble on 5 August 2024 and sold it on 18 March 2031. How many days did I "
    "hold it?",
    days(D(2024, 8, 5), D(2031, 3, 18)),
)
date_item(
    MAKEUP,
    "Hair and makeup start at 06:45 and the ceremony is at 13:15. How many hours do we have?",
    clock_span("06:45", "13:15", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, advice, explanations, judgements, rules, facts, writing
ORDINARY = {
    ARCADE: (
        "Which arcade games tend to earn the most on a rainy bank holiday?",
        "Write a friendly sign explaining that under-16s need an adult after 8pm.",
        "Are penny pushers classed as gambling machines in the UK?",
        "How do I stop people tilting the coin pushers?",
    ),
    BATH: (
        "Should I use a wet room tray or a standard shower tray for an elderly customer?",
        "What's the best way to waterproof a timber stud wall before tiling?",
        "Draft a polite message chasing a customer who hasn't paid the final invoice.",
        "Is epoxy grout worth the extra hassle on a family bathroom?",
    ),
    BNB: (
        "Write a short welcome note for guests in the sea-view room.",
        "How should I respond to a one-star review complaining about seagull noise?",
        "Do I need a fire risk assessment for a four-bedroom B&B?",
        "What are some breakfast ideas for a vegan guest that don't feel like an afterthought?",
    ),
    BOOKS: (
        "How can I tell whether a Penguin paperback is a true first printing?",
        "Suggest a name for our poetry corner.",
        "Is it worth stocking new books alongside the secondhand ones?",
        "What's the best way to get rid of a musty smell in old hardbacks?",
    ),
    CAR: (
        "What should I check on a part-exchange before agreeing a figure?",
        "Write an advert for a tidy family estate car with full service history.",
        "Does a trader have to give a warranty on a used car sold to the public?",
        "How do I explain to a buyer why the cambelt matters?",
    ),
    CLEAN: (
        "What's the safest way to clean a marble worktop?",
        "Write a job ad for a part-time cleaner, school hours only.",
        "A client accused a cleaner of breaking a vase; how should I handle it?",
        "Is it better to supply our own products or use the client's?",
    ),
    COIN: (
        "How can I tell a fake Victorian sovereign from a real one?",
        "Is it ever a good idea to clean an old silver coin?",
        "Write a catalogue description for a worn George III halfpenny.",
        "What makes a 2009 Kew Gardens 50p so sought after?",
    ),
    DECK: (
        "Hardwood or composite boards for a shady, damp garden?",
        "Do I need planning permission for a raised deck near a boundary?",
        "How do I stop decking getting slippery in winter?",
        "Write a short guarantee statement for our deck installations.",
    ),
    HABER: (
        "Which interfacing should I recommend for a lightweight cotton shirt collar?",
        "What's the difference between a zip for jeans and one for a dress?",
        "Suggest some window display ideas for spring.",
        "How do I explain to a beginner what bias binding is for?",
    ),
    HOCKEY: (
        "Write a reminder to players about bringing gumshields to training.",
        "What are the rules on a defender's stick tackle from behind?",
        "How should I handle a team that keeps cancelling fixtures late?",
        "Is it fair to move a junior player up to the men's first team?",
    ),
    MAGIC: (
        "What's a good trick for a group of shy four-year-olds?",
        "Write a short bio for my party entertainer website.",
        "How do I deal with a child who shouts out how the trick works?",
        "Should I ask parents for a deposit for birthday bookings?",
    ),
    MAKEUP: (
        "Which foundation lasts best for an outdoor summer wedding?",
        "How do I price a trial for a bridal party?",
        "Write a cancellation policy for my makeup bookings.",
        "What's the best way to sanitise brushes between clients on location?",
    ),
    MART: (
        "What does 'store lambs' mean in the sale catalogue?",
        "Write the announcement for the start of the Christmas prime stock show.",
        "Why do heifer prices drop in late autumn?",
        "What paperwork must travel with cattle brought to market?",
    ),
    MINDER: (
        "How do I settle a toddler who cries at every drop-off?",
        "What does Ofsted look at during an inspection of a childminder?",
        "Write a message to parents about a case of chickenpox in the setting.",
        "What are some rainy-day activities for mixed ages?",
    ),
    PIZZA: (
        "Why does my base burn before the toppings cook?",
        "Write a menu description for a nduja and honey pizza.",
        "Which wood gives the best flavour in a pizza oven?",
        "Should we offer gluten-free bases if we can't avoid cross-contamination?",
    ),
    PYO: (
        "How do I keep pigeons off the strawberry rows?",
        "Write a sign asking pickers not to eat the fruit as they go.",
        "Which strawberry varieties crop best in late summer?",
        "Is it worth adding a maze or play area to bring in families?",
    ),
    RANGER: (
        "How should I talk to dog walkers who let dogs off the lead near ground-nesting birds?",
        "Write a short information board text about the old lime kiln.",
        "What's the best time of year to cut back bracken?",
        "Why are some of our ash trees dying back at the top?",
    ),
    SQUASH: (
        "How do we stop people booking courts and not turning up?",
        "Explain the let and stroke rules simply for new members.",
        "Write a ladder challenge announcement for the club newsletter.",
        "Is a double-yellow-dot ball too slow for beginners?",
    ),
    TIC: (
        "What's a good wet-weather itinerary for a family visiting for the day?",
        "Write a welcome message for coach parties.",
        "Which footpath would you recommend for someone with a pushchair?",
        "How should we answer visitors asking where they can park a motorhome overnight?",
    ),
    TOYS: (
        "What's a good present for a seven-year-old who loves science?",
        "Are wooden toys from small makers required to have a CE or UKCA mark?",
        "Write a social media post for our new puppet range.",
        "How can a small toy shop compete with online prices at Christmas?",
    ),
    TRAINER: (
        "What's a good warm-up for a client with stiff hips?",
        "How do I tell a client they're not doing the work between sessions?",
        "Write an Instagram caption for a client's progress photo.",
        "Is it safe for a beginner to deadlift in the first week?",
    ),
    TRI: (
        "How should I coach a nervous swimmer for an open-water start?",
        "What's the point of a brick session?",
        "Write a message to the squad about wetsuit rules at the lake.",
        "Is it worth buying a time-trial bike for a first season?",
    ),
    TSHIRT: (
        "Plastisol or water-based ink for soft-feel prints on cotton?",
        "Why are my prints cracking after washing?",
        "Write a reply to a customer asking for a rush job for a stag do.",
        "Should we print a design a customer may have copied from a band logo?",
    ),
    VESSEL: (
        "What safety briefing should new scientists get before deploying a CTD?",
        "Write a short blog post about a day sampling plankton.",
        "Why does seasickness usually ease after a couple of days?",
        "How do I label sediment cores so they don't get mixed up?",
    ),
    VOICE: (
        "How do I treat a spare room so it sounds less boxy on recordings?",
        "Write a short pitch email to an audiobook publisher.",
        "Is a condenser or dynamic mic better for a small untreated booth?",
        "What should I charge for usage rights on a regional radio ad?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and len(ORDINARY) == 25
for reg in REGISTERS:  # added in REGISTERS order
    assert len(ORDINARY[reg]) == 4, reg
    for q in ORDINARY[reg]:
        neg(reg, q)


# near-positive negatives: look computable, but need the language model
NEAR = [
    (
        "near-exchange-rate",
        "How many euros will I get for £350 at the post office?",
        "needs a current exchange rate and the bureau's margin",
    ),
    (
        "near-share-price",
        "How much would 250 Tesco shares sell for at the moment?",
        "needs a live share price",
    ),
    (
        "near-central-bank-rate",
        "If the base rate goes up, what will my tracker mortgage cost a month?",
        "the current rate, the rise and the loan are not given",
    ),
    (
        "near-loan-terms",
        "What are the monthly repayments on a £9,000 car loan?",
        "rate and term missing",
    ),
    (
        "near-gallon",
        "How many litres does a 14 gallon fuel tank hold?",
        "US or imperial gallon is not said",
    ),
    (
        "near-cup",
        "How much is three quarters of a cup of caster sugar in grams?",
        "cup size and flour density are conventions",
    ),
    (
        "near-ton",
        "How many kilograms in 2.5 tons of gravel?",
        "short, long or metric ton is not said",
    ),
    (
        "near-mpg",
        "My van does 38 mpg — what's that in litres per 100 km?",
        "US or imperial gallon behind mpg",
    ),
    (
        "near-horsepower",
        "My mower's engine is 6.5 hp; how many watts is that?",
        "mechanical, metric or electrical horsepower",
    ),
    ("near-fluid-ounce", "How many ml is 8 fl oz?", "US or imperial fluid ounce"),
    (
        "near-barrel",
        "If oil is $80 a barrel, what's that per litre?",
        "the barrel is a convention and a currency is mixed in",
    ),
    (
        "near-hundredweight",
        "How many kilos in a hundredweight of coal?",
        "long or short hundredweight",
    ),
    ("near-kilobyte", "How many kB are in 3 MB?", "decimal or binary prefixes"),
    ("near-knot", "What is 25 knots in km/h?", "left out of positives as contested"),
    (
        "near-light-year",
        "How many kilometres away is a star 4.2 light-years off?",
        "the light-year's year is a convention",
    ),
    (
        "near-gold-ounce",
        "How many grams of gold are in a one-ounce bullion bar?",
        "troy or avoirdupois ounce",
    ),
    (
        "near-calories",
        "How many calories in 250 g of cooked spaghetti?",
        "needs nutritional data not given",
    ),
    (
        "near-dog-years",
        "My spaniel is 6; how old is that in dog years?",
        "dog years are a contested rule of thumb",
    ),
    ("near-age-now", "How old is someone born on 3 May 1979?", "needs the current date"),
    ("near-days-until", "How long until St Andrew's Day, in days?", "needs the current date"),
    ("near-coming-weekday", "What date will it be on Wednesday week?", "needs the current date"),
    (
        "near-lunisolar",
        "What's the date of Chinese New Year in 2034?",
        "a lunisolar festival, looked up",
    ),
    ("near-good-friday", "What date is Good Friday in 2033?", "depends on Easter computus"),
    (
        "near-working-days",
        "How many working days from 14 April 2031 to 9 May 2031?",
        "bank holidays and inclusivity not defined",
    ),
    ("near-bank-holiday", "Is 4 August 2031 a bank holiday where I live?", "differs by UK nation"),
    (
        "near-month-from-31st",
        "If my contract renews a month after 31 August 2031, which date is that?",
        "month arithmetic from the 31st is ambiguous",
    ),
    ("near-leap-day-year", "What date is a year after 29 February 2032?", "28 February or 1 March"),
    ("near-numeric-dates", "What weekday is 11/12/2031?", "day/month order not stated"),
    (
        "near-time-zone",
        "When it's 9am in Glasgow, what time is it in Vancouver?",
        "time zones and summer time on an unstated date",
    ),
    (
        "near-clocks-change",
        "Which Sunday in 2032 do the clocks spring forward?",
        "summer time rules, looked up",
    ),
    (
        "near-isbn-prefix",
        "What does the 978 at the start of an ISBN mean?",
        "an identifier, not a number to compute with",
    ),
    ("near-postcode", "Which town is the LS6 postcode district in?", "a fact, not a calculation"),
    ("near-ip-address", "Can 10.0.256.4 be a real IPv4 address?", "an identifier question"),
    (
        "near-software-version",
        "Is version 3.10 newer than 3.9?",
        "version numbers are not decimals",
    ),
    (
        "near-formation",
        "In a 3-5-2, how many players are in midfield?",
        "a football formation, not a subtraction",
    ),
    ("near-chess-notation", "What does Nf3 mean in chess?", "notation, not arithmetic"),
    (
        "near-paper-size",
        "What are the dimensions of an A5 sheet in inches?",
        "paper dimensions not given",
    ),
    (
        "near-nominal-timber",
        "How thick is a piece of 4x2 actually?",
        "nominal timber size, a convention",
    ),
    (
        "near-code-semantics",
        "What does round(2.5) return in Python, and why?",
        "banker's rounding, code semantics",
    ),
    ("near-world-fact", "How long is the River Severn in miles?", "the height is not given"),
    (
        "near-tax-rules",
        "How much income tax is due on a £38,000 salary?",
        "tax bands, region and year unstated",
    ),
    ("near-dosing", "How much Calpol can I give a four-year-old?", "medical dosing"),
    ("near-size-chart", "A US women's size 8 dress is what in UK sizes?", "size charts vary"),
    ("near-gas-mark", "What's gas mark 6 in Fahrenheit?", "oven convention"),
    (
        "near-estimate",
        "How many tennis balls would fit inside a double-decker bus?",
        "a Fermi estimate with no figures",
    ),
    (
        "near-lottery-odds",
        "What are my odds of winning the Lotto jackpot with one line?",
        "the game's rules are not given",
    ),
    (
        "near-prevalence",
        "A test is 99% accurate and I tested positive. What's the chance I really have it?",
        "prevalence missing",
    ),
    (
        "near-missing-area",
        "How many tins of paint for my living room?",
        "room size and coverage missing",
    ),
    ("near-translation", "How do you say forty-five in Welsh?", "a translation"),
    ("near-number-title", "What happens in Catch-22?", "a number in a title"),
    ("near-opinion", "Is 7% a good return on savings?", "an opinion"),
    ("near-implied-multiplication", "What is 12 ÷ 3(1+1)?", "contested reading"),
    ("near-sequence", "What comes next: 2, 6, 12, 20, ...?", "a sequence guess"),
    (
        "near-random-choice",
        "Choose a number from 1 to 120 at random for the tombola.",
        "a random choice",
    ),
    ("near-proof", "Prove that the square of an even number is even.", "a written proof"),
    (
        "near-explanation",
        "Explain why a number is divisible by 9 when its digits add up to a multiple of 9.",
        "an explanation",
    ),
    ("near-letters", "How many vowels are in the word onomatopoeia?", "letters in a word"),
    ("near-forecast", "What will the high be in Bristol on Saturday?", "a forecast"),
    ("near-historical-price", "What did a loaf of bread cost in 1975?", "a historical price"),
    (
        "near-historical-weekday",
        "On which weekday was Magna Carta sealed?",
        "Julian calendar and the date must be known",
    ),
    ("near-tipping", "How much should I tip on a $64 dinner bill in New York?", "a tipping custom"),
    ("near-postage", "What does a large letter second class stamp cost?", "a current price"),
    (
        "near-long-scale",
        "How many zeros were in a trillion in old British usage?",
        "short or long scale",
    ),
    ("near-cooking-time", "How long do I roast a 2.2 kg leg of lamb?", "a cooking convention"),
    (
        "near-phone-prefix",
        "Does ringing an 0843 number cost more than a normal call from a mobile?",
        "tariffs, looked up",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for family, query, note in NEAR:
    neg(family, query, note)


# conversation negatives: a convention or figure set by an earlier turn
CONVS = [
    (
        "conv-operator",
        [(U, "Let a ⊕ b mean 2a + b."), (A, "Got it: a ⊕ b = 2a + b."), (U, "So what's 5 ⊕ 3?")],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Take g(x) = x² − 3."), (A, "Okay, g(x) = x² − 3."), (U, "and g(7)?")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In our word game vowels score 5 and consonants score 2."),
            (A, "Understood."),
            (U, "What does BREAD score?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-name-number",
        [
            (U, "At the bakery we call 13 rolls a 'baker's batch'."),
            (A, "Noted."),
            (U, "How many rolls in 7 baker's batches?"),
        ],
        "a name for a number defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "For this puzzle, + means subtract and − means add."),
            (A, "Okay, signs swapped."),
            (U, "What is 20 + 6 − 4?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "On a twelve-hour dial, do these as clock sums."),
            (A, "Sure."),
            (U, "What does 8 + 9 come to?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "In my notes the comma is the decimal point, e.g. 3,75."),
            (A, "Fine."),
            (U, "what is 3,75 plus 1,4?"),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our shop a crate of cider is 18 bottles."),
            (A, "Got it."),
            (U, "How many bottles in 6 crates?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-input-base",
        [(U, "All numbers I give you are binary."), (A, "Okay."), (U, "Add 101 and 11.")],
        "input base set earlier",
    ),
    (
        "conv-output-base-system",
        [(S, "Give all numeric answers in octal."), (U, "What's 100 + 44?")],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [(U, "Please answer only in Roman numerals."), (A, "Certainly."), (U, "What's 48 + 16?")],
        "answer form set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who speaks only in pirate talk."),
            (U, "What be 15 times 4, captain?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Please respond in Spanish for the rest of this chat."),
            (A, "Claro."),
            (U, "How much is 96 divided by 12?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything in haiku form."),
            (A, "Numbers fall like rain..."),
            (U, "How many minutes are in 2 hours?"),
        ],
        "verse form",
    ),
    (
        "conv-output-format",
        [
            (U, "Reply with a single CSV line: value,unit."),
            (A, "Will do."),
            (U, "Turn 8 kilometres into metres."),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Round all results to the nearest hundred."),
            (A, "Okay."),
            (U, "What's 1,267 + 845?"),
        ],
        "rounding rule set earlier",
    ),
    (
        "conv-precision",
        [(U, "Give me answers to five significant figures."), (A, "Sure."), (U, "1 divided by 7?")],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Always give distances in kilometres for me."),
            (A, "Noted."),
            (U, "How far is 30 miles?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [(U, "For this trip assume €1 = £0.85."), (A, "Okay."), (U, "How much is €240 then?")],
        "a currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I'm American, so dates are month first."),
            (A, "Understood."),
            (U, "What weekday is 7/4/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates like 'the fifth of June'."),
            (A, "Of course."),
            (U, "What's 30 days after 5 June 2031?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please express results as fractions in lowest terms, not decimals."),
            (A, "Okay."),
            (U, "What's 0.625 minus 0.125?"),
        ],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel every month has exactly 30 days."),
            (A, "Interesting."),
            (U, "How many days in 4 months, then?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our firm's week 1 starts on the first Monday of April."),
            (A, "Okay."),
            (U, "What date does week 10 begin in 2031?"),
        ],
        "a week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "Tickets are £12 each and we sold 45."),
            (A, "That's £540."),
            (U, "Sorry, they were £14 — redo it."),
        ],
        "a correction",
    ),
    (
        "conv-summary",
        [
            (U, "Deposit £1,200, monthly £340, fees £95."),
            (A, "Noted: £1,200, £340 a month and £95."),
            (U, "Can you recap the numbers so far?"),
        ],
        "a summary",
    ),
    (
        "conv-follow-up",
        [(U, "What's £85 plus 20% VAT?"), (A, "£102."), (U, "Why did you multiply by 1.2 there?")],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Here are my readings: 22, 17, 40."),
            (A, "Noted."),
            (U, "Which reading did I give second?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "I've got 3 boxes of screws."),
            (A, "Okay."),
            (U, "Each box holds 250."),
            (A, "Right."),
            (U, "So how many screws altogether?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [(U, "What's 18 × 24?"), (A, "432."), (U, "Now halve that.")],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "The plumber quoted £680 to replace the cylinder."),
            (A, "Okay."),
            (U, "Is that a lot?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "The form has to reach them by 14 March 2031."),
            (A, "Noted."),
            (U, "Should I post it first class or pay for tracked?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "For the next questions, reduce everything mod 11."),
            (A, "Okay."),
            (U, "what's 8 times 9?"),
        ],
        "modular arithmetic",
    ),
    (
        "conv-slang",
        [
            (U, "In this chat a pony is £25 and a monkey is £500."),
            (A, "Got it."),
            (U, "Two monkeys and a pony?"),
        ],
        "slang amounts set earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Every price I give already includes VAT at 20%."),
            (A, "Understood."),
            (U, "What's the VAT on a £90 item?"),
        ],
        "a VAT-inclusive convention set earlier",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for family, turns, note in CONVS:
    conv(family, turns, note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
assert {i["family"] for i in _pos} - {P} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _mine = [i for i in _pos if i["label"] == _label and i["family"] != P]
    assert {i["family"] for i in _mine} == set(REGISTERS), _label
    assert len(_mine) == 31, (_label, len(_mine))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
_npos = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
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
    # no register (family name) of this set is a family name of sets 19 to 65
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 65: {reused}"
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
