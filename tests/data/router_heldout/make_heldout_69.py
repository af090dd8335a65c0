r"""Generate heldout-2027-02-10.jsonl: a sixty-ninth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`; it has 61 lines: how answers are
graded); /work/sealed69/earlier_registers.txt (in full, by `tr` turning its newlines into spaces:
the 1000 register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_68.py: lines 1-513 (its docstring, imports,
configuration, helpers, calc() and the line P = "plain"), 787-847 (its units section header, unit
factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp()
and unit_r()), 1045-1129 (its datetime section header, date helpers, date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1348-1355 (its negatives section header, neg() and conv()) and
2085-2309 (its stated-weekday check, its checks and main()). The ranges and the line count (2309)
were given by the brief; no `wc -l` of that file was run. The first command ran `mkdir -p
/tmp/h69`, a `cat` of grading.py, a `wc -l` of earlier_registers.txt (1000) and an `ls` of
/work/sealed69 (it showed only earlier_registers.txt). The second copied the five ranges by `sed -n
A,Bp` into /tmp/h69/r1.py to r5.py without printing them, ran `wc -l` of the copies (513, 61, 85, 8
and 225 lines) and a `cat` of r1.py. The display of r1.py left out its lines 170-214 (a truncation
by the shell tool's display, in the middle of set 68's docstring), so `sed -n 165,216p` of the copy
r1.py (inside the allowed range) was run next to read them; all of lines 1-513 were therefore seen.
Then a `cat` of r2.py to r4.py together, a `cat` of r5.py and the `tr` of earlier_registers.txt.
None of set 68's query blocks (514-786, 848-1044, 1130-1347, 1356-2084) was opened. Nothing else
under /work/main was opened or listed: nothing under router/, tools/, docs/, server/, bench/ (apart
from grading.py) or tests/ (apart from the five ranges), not README.md and not pyproject.toml. The
only other use of /work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff
(ruff with /work/main as the working directory, on this file only, always with --no-cache). Neither
/work itself nor any /work/sealed* directory other than /work/sealed69 was listed. The earlier
generators (sets 1-68) are only imported, in memory, by this file's main() for the duplicate and
register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its output and its --show listing of ids, expected values and tolerances were read), no
git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: /tmp/h69/subst.py (written by a `cat` heredoc and run in the
same command) cuts the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substitutes this set's OUT and PREFIX, "sets 1-67" ->
"sets 1-68" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), and earlier_path() are kept as they were), EARLIER
(sets 1-68, `range(2, 69)`) and REGISTER_CHECK (sets 19-68, adding make_heldout_68.py), all in the
first block, and "sets 19 to 67" -> "sets 19 to 68" in one comment and one message string of main()
in the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -n` of
c1.py and c5.py for "67", "68", "69" and "19 to" (with the REGISTER_CHECK lines of sets 20-59
filtered out). Next, one command checked the 25 chosen register names against
earlier_registers.txt: a `grep -x` of each (none printed) and a `grep -iE` of keywords of them (it
printed seven earlier names sharing a word or part of one, beach_hut_rental, bobbin_lace_maker,
cobbler_shoe_repair_counter, farrier_shoeing_round_book, mobile_farrier_shoeing_round,
sunday_league_football_secretary and tree_surgery_crew, none of them one of this set's registers,
judged different trades). Then `cat` heredocs wrote this set's own blocks under /tmp/h69/own/:
a_calc.py (registers and calculator items) in one command; then, in the next, an inline edit of
a_calc.py by the system `python3` (one exact replacement asserted to apply once, rewording a
register question whose "one year" the LENGTH_IN_MONTHS rule would have refused) and b_units.py
(unit constants and unit items); c_dates.py (date items) in the next; d_negs.py (ordinary
negatives, added in REGISTERS order) in the next; e_near.py (near-positive negatives) and
f_convs.py (conversations and this set's own structural asserts) in the next. The next command
added, by the system `python3` (an exact insertion asserted to apply once), the NUMERIC_DATE_POS
pattern used by one of this set's asserts, and wrote by `cat` heredocs an assembly script
/tmp/h69/assemble.py (it builds this file from /tmp/h69/doc.txt, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h69/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, writing the latter's output to /tmp/h69/ruff.txt and printing its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h69/out.txt, and prints the exit codes and the `tail -6` of it), with a first run of run.sh.
Edits after failed checks (listed below) were made by /tmp/h69/fix1.py and fix2.py (each written by
a `cat` heredoc and run in the same command as run.sh), all exact replacements asserted to apply
once. fix2.py was followed, in the same command, by run.sh with --show and a `sed -n 1,3p` of
out.txt; the next command listed the ids, expected values and tolerances (a `grep` of out.txt laid
out by `column -t`), and the next listed the lines over 99 bytes of this file (`awk`) and its
longest line in characters (Python): 100, on ten code lines (some copied from set 68, some in this
set's blocks after ruff format). This docstring was written last over the placeholder: its source
text, /tmp/h69/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h69/doc/make_doc.py (a
`cat` heredoc in the same command; it uses textwrap, keeps the lines marked as preformatted and
asserts that the words are unchanged, that no line exceeds 99 columns and that every register value
of a_calc.py is named) filled it to 99 columns into /tmp/h69/doc.txt; then, in the same command,
run.sh, a `sed -n 1,3p` of out.txt, a Python check of line lengths (in characters) over this file
and a `head -3` of this file. Then one inline Python edit of doc_src.txt (by
/work/main/.venv/bin/python, exact replacements asserted to apply once) corrected the counts of
uses of say() and sayw() given below and added this sentence, followed in the same command by
make_doc.py, run.sh, a `sed -n 1,3p` of out.txt, the line-length check and a `head -3` of this
file. Then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this
file (from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7),
`sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h69`, an `ls` of /tmp/h69 (gone) and an `ls` of
/work/sealed69. Writes: only this file and its JSONL in /work/sealed69/ (earlier_registers.txt left
as it was); temporary blocks, scripts and output under /tmp/h69/ were deleted afterwards. Nothing
was written into /work/main. Every run of this generator used /work/main/.venv/bin/python.

Changes to set 68's main() and checks: only the substitutions listed above (file names, sets 1-68
for the duplicate check, sets 19-68 for the register check). Set 68 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 68 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-68 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 68's as
copied; ruff format may have changed layout only. All of set 68's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by one date one-liner), unit_r() with
close_enough_at_2dp(), say() (used three times, and through sayw()), sayw() (used five times),
sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: MM, CM, KM,
G and HA, with asserts on ACRE/HA, the foot in inches, CM, MPH/KMH, G, MM, SQFT and CUFT; the
register constants and the REGISTERS tuple (sorted by value, asserted 25 and distinct); the
ORDINARY, NEAR and CONVS tables; an assert that the square-root one-liner's radicand is a perfect
square; an assert that the horticultural show's stated date is the first Saturday of its month; and
this set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four each, and its
negatives are added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct
families, all "near-..." and "conv-..." respectively; the positive registers are exactly the
REGISTERS, and so are those of each tool, with 31 register word problems per tool; 193 items lie in
the registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18 registers have
four positives and 7 have three; every negative outside the registers is a near-... or conv-...
family; no positive contains an all-numeric date.

Disclosures: the kinds of item and the counts follow set 68's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 68's, copied (P = "plain" is copied too, as the
last line of the first block). Set 68's docstring (within lines 1-513) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and most of this set's near-positive and
conversation family names coincide with or echo those generic kinds (for instance an operator, a
decimal comma, a persona, a contested unit, implied multiplication, a weekday of a historical
event, a number in a title, software versions, code semantics, an oven gas mark, the long scale, a
letter count). All of set 68's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it (no GP surgery, curry house, garden
centre, soft play centre, turkey farm, firewood merchant, beach volleyball, building society,
billboard crew, butterfly house, burglar alarm installer, chiropodist, horticultural show, house
clearance firm, woodturning club, EV charger installer, greengrocer, lacrosse, radio control car
club, sandwich bar, van and car rental, wheelie bin cleaning, children's shoe shop, cheerleading or
fancy dress hire appears there); some are of neighbouring fields judged to be different trades: the
GP surgery next to the physio clinic reception and the orthodontic practice desk, the curry house
next to the fish and chip shop counter and the wood fired pizza takeaway, the garden centre next to
the garden design and the greenhouse tomato grower, the soft play centre next to the trampoline
park and the bouncy castle hire, the turkey farm next to the egg farm, the firewood merchant next
to the coal merchant round and the charcoal burners, the beach volleyball league next to the
badminton, netball and water polo clubs, the building society next to the bureau de change and the
mortgage broker, the billboard crew next to the sign writers and the magazine ad sales desk, the
butterfly house next to the zoo keeper rota and the farm park, the burglar alarm installer next to
the security guard patrol rota and the locksmiths, the chiropody clinic next to the physio clinic
and the cobbler's counter, the horticultural show secretary next to the dog show, the cheese
festival and the allotment society, the house clearance firm next to the removal van firm, the skip
hire yard and the hospice shop donation sorting, the woodturning club next to the staircase joinery
and the wooden jigsaw cutter, the EV charger installer next to the domestic electrician and the
heat pump installer, the greengrocer next to the veg box schemes and the farmers market
cheesemonger, the lacrosse club next to the field hockey fixtures secretary, the radio control car
club next to the model railway and model rocketry clubs, the sandwich bar next to the Italian deli
counter, the van and car rental branch next to the camper van hire and the beach hut rental, the
wheelie bin cleaning round next to the council refuse crew and the gutter cleaning round, the
children's shoe shop next to the cobbler and the school uniform outfitter, the cheerleading squad
next to the gymnastics club, and the fancy dress hire shop next to the hat hire and the theatrical
wigmakers; the judgement of "different topic" is this writer's. Many plain one-liners,
near-positives and conversations here are of the same generic kinds as set 68's, newly worded. At
the edges of the allowed ranges: line 513 is P = "plain", 787, 1045 and 1348 are section headers,
847 is a blank line after unit_r(), 1129 is the assert after sayus(), 1355 is the last line of
conv(), 2085-2091 hold the comment and the compiled pattern of the stated-weekday check and 2309 is
the call of main(). No query text of any earlier set was seen: main()'s duplicate check names only
this set's ids. Every query here was newly written from imagination of each trade or situation; 37
distinct items that the duplicate check reported as exact repeats of earlier queries or user turns
(their earlier counterparts unseen) were reworded, and then 9 of those again, see below. Registers
of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an overlap in TOPIC
with those cannot be ruled out. An exact repeat of any earlier query or user turn is ruled out by
main(), and main() asserts that no register is a family name of sets 19 to 68 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question (the only proof asked for is a written proof that the square of
an odd number is odd). Conversations that define an operator, a function, letter values, a name for
an amount, swapped operators, clock arithmetic on a twelve-hour dial, a decimal comma, a unit, an
input or output base, modular arithmetic, slang amounts or a VAT-inclusive pricing convention are
negatives because the notation or convention is set up in an earlier turn (the output base and a
persona by a system turn); one conversation spreads its figures over two user turns before asking.
Some conversations (Roman numerals, language, verse, output format, rounding, precision, target
unit, a fixed currency rate, date order, date wording, fraction form, a persona set by a system
turn) end in a user turn that could be computed alone, or nearly; they are negatives, as in set 68,
because the earlier turn changes what a right answer looks like. Some near-positives depend on the
current date (an age from a stated birth date, days until a named day, a date "on Friday week");
one asks for a month added to the 31st, one for a year after a leap day, one for working days in a
stated month, one uses an all-numeric date of unstated order, one asks the weekday of an
eleventh-century battle (Julian calendar, date not given), one asks when the clocks go forward, one
asks whether a date is a bank holiday where the asker lives (it differs by UK nation), one asks for
Good Friday, one for a lunisolar new year; they are negatives, with no "now" field. One
near-positive asks what a Python modulo of a negative number gives and why (code semantics), and
one is a negative for its contested reading (implied multiplication). Near-positives ask for
conversions in gallons, cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights,
kilobytes, knots, light-years and ounces of gold (troy or avoirdupois), for calories, and for dog
years (left out of positives as contested); one asks for a letter count in a word, one for an oven
gas mark in Celsius, one for the number of noughts in a trillion on the long scale, one for a
roasting time, and one about the cost of an 0300 number from a mobile. No positive depends on a
looked-up figure: every rate, price and discount is given in the text, so the answer follows from
the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check), and ruff format and ruff check passed on every run. The first
run of run.sh failed the duplicate check, which reported 37 items by id: three plain calculator
one-liners (a square root, a percentage, a power), three plain unit one-liners (feet and inches to
centimetres, Celsius to Fahrenheit, GiB to MiB), one unit word problem (psi to bar, wheelie bin
round), eight conversations (clock, date order, input base, language, precision, swapped signs,
target unit, verse; all their user turns reworded) and twenty-two near-positives (age now, chess
notation, code, coming weekday, days until, dog years, explanation, fluid ounce, gas mark, Good
Friday, historical price, IP address, lottery odds, lunisolar, numeric date, paper size, postage,
proof, regional holiday, time zone, translation, world fact); fix1.py reworded all 37 with new
figures or new subjects (37 replacements), without the earlier queries being looked at. The next
run reported nine of them again (the power one-liner, the GiB one-liner, the input base and
precision conversations, and the days until, explanation, fluid ounce, paper size and postage
near-positives), which fix2.py reworded; every later run passed every check. No other check failed:
unit()'s and unit_r()'s asserts, date_item()'s asserts, the stated-weekday check and all of this
set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: beach_volleyball_league, billboard_poster_crew,
building_society_branch_counter, burglar_alarm_installer, butterfly_house_attraction,
cheerleading_squad, childrens_shoe_shop_fitting, chiropody_foot_clinic, curry_house_takeaway,
ev_charge_point_installer, fancy_dress_hire_shop, firewood_log_merchant, garden_centre_tills,
gp_surgery_reception, greengrocer_market_stall, horticultural_show_secretary, house_clearance_firm,
radio_control_car_club, sandwich_bar_lunch_counter, soft_play_centre, turkey_farm_christmas_orders,
van_and_car_rental_branch, wheelie_bin_cleaning_round, womens_lacrosse_club, woodturning_club.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: building_society_branch_counter, curry_house_takeaway,
fancy_dress_hire_shop, garden_centre_tills, sandwich_bar_lunch_counter, wheelie_bin_cleaning_round;
a second unit word problem: beach_volleyball_league, billboard_poster_crew,
ev_charge_point_installer, firewood_log_merchant, greengrocer_market_stall, radio_control_car_club;
a second date word problem: chiropody_foot_clinic, gp_surgery_reception,
horticultural_show_secretary, soft_play_centre, turkey_farm_christmas_orders,
van_and_car_rental_branch). The seven registers with three positives are burglar_alarm_installer,
butterfly_house_attraction, cheerleading_squad, childrens_shoe_shop_fitting, house_clearance_firm,
womens_lacrosse_club and woodturning_club. Positives are one-liners (family "plain") or word
problems of one to three sentences, mostly UK usage with £ and pence, stone, pounds and miles, and
a few other touches (Fahrenheit for an old oven, a tropical house and a drinks fridge, psi on a
pressure washer and for ball pressure, mAh on a battery), some chatty, terse or lower-case, with
questions at the start or the end, statements to complete, and unit questions with the target unit
first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, knot, light-year, ounce of gold, dog years), calories, the
current date (an age, days until a named day, a coming weekday), a lunisolar festival, Good Friday,
working days, a regional bank holiday, month arithmetic from the 31st, a year after a leap day, an
all-numeric date of unstated order, time zones, summer time, identifiers that look like numbers (an
ISBN, a postcode, an IP address, software versions, a formation, chess notation, a phone number
prefix), a paper size, a nominal timber size, code semantics, a world fact, tax rules, dosing, a
size chart, an oven convention, an estimate, lottery odds, missing prevalence, a missing area, a
translation, a number in a title, an opinion, a contested reading, a sequence guess, a random
choice, a written proof, an explanation, letters in a word, a forecast, a historical price, the
weekday of a historical event, a tipping custom, a current postage price, the short or long scale,
a cooking time; or, in conversations, an operator, function, letter values or a name defined
earlier, swapped operators, clock arithmetic, a decimal comma, a unit defined earlier, a number
base (input, or output set by a system turn), Roman numerals, a persona set by a system turn,
answer language, verse form, output format, rounding, precision, target unit, a fixed currency rate
or date order fixed earlier, date wording, fraction form, an invented calendar, a week numbering, a
correction, a summary, a follow-up explanation or recall of earlier turns, figures spread over
turns, a result from an earlier turn, a judgement about earlier figures, advice about a date given
earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention set earlier. The
ordinary negatives ask for advice, explanations, judgements, rules, facts or writing in each
register's setting.

Left out of positives entirely (their grading is contested), as in set 68: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass), carats,
nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted), time zones and
daylight saving, Easter, working days, "within N days", and anything depending on the current date
(no "now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted); money answers are whole pence. Week counts are asserted to be whole weeks; no
day count is inclusive (each is the difference of the two dates, and queries are worded as N days
or weeks after or before a stated date, "days between", "how many days from ... to ...", how many
days old a flock is on a stated date, how many days a season runs from one stated date to another,
a prescription due 28 days after issue, a balance due 21 days before a party, a notice period of 95
days, a poster replaced 56 days after going up, emergence 12 days after arrival, a service every 26
weeks, a rebooking 6 weeks later, schedules sent 45 days before a show, a flat emptied 42 days
after probate, an install 73 days after a survey, a 9-day van hire, a fifth clean every 4 weeks, 18
weeks' seasoning, a tenth weekly round, 100 days before a competition, 4,000 days after an opening,
100 days after planting, the first Saturday, second Friday, third Sunday, third Monday, last
Wednesday or last Friday of a stated month and year), ages are in whole years from a stated birth
date to a stated date, and clock spans run from one stated time to the next occurrence of the other
(one crosses midnight, saying "the next morning"). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 68):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.
  Battery charge: 1 mAh = 1/1000 Ah; run time in hours = Ah / A.

Run: python3 make_heldout_69.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-10.jsonl"
PREFIX = "ho69-"
# earlier generators: sets 1-68 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 69))
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

# ---------------------------------------------------------------- this set's registers (new)
BALL = "beach_volleyball_league"
BANK = "building_society_branch_counter"
BILL = "billboard_poster_crew"
BINS = "wheelie_bin_cleaning_round"
BUTT = "butterfly_house_attraction"
CHEER = "cheerleading_squad"
CHIRO = "chiropody_foot_clinic"
CURRY = "curry_house_takeaway"
DRESS = "fancy_dress_hire_shop"
EV = "ev_charge_point_installer"
GARDEN = "garden_centre_tills"
GP = "gp_surgery_reception"
GROCER = "greengrocer_market_stall"
ALARM = "burglar_alarm_installer"
CLEAR = "house_clearance_firm"
SHOW = "horticultural_show_secretary"
LAX = "womens_lacrosse_club"
LOGS = "firewood_log_merchant"
RC = "radio_control_car_club"
SARNIE = "sandwich_bar_lunch_counter"
SHOES = "childrens_shoe_shop_fitting"
PLAY = "soft_play_centre"
TURKEY = "turkey_farm_christmas_orders"
VANS = "van_and_car_rental_branch"
TURN = "woodturning_club"
REGISTERS = tuple(
    sorted(
        (BALL, BANK, BILL, BINS, BUTT, CHEER, CHIRO, CURRY, DRESS, EV, GARDEN, GP, GROCER)
        + (ALARM, CLEAR, SHOW, LAX, LOGS, RC, SARNIE, SHOES, PLAY, TURKEY, VANS, TURN)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain one-liners
calc(P, "what's 17.5% of 364", pct("17.5") * 364)
calc(P, "483 x 27 =", 483 * 27)
calc(P, "Work out 9,216 divided by 36.", F(9216, 36))
assert 83 * 83 == 6889
calc(P, "What's the square root of 6,889?", 83)
calc(P, "What is 3.5 cubed?", dec("3.5") ** 3)
calc(P, "1,250 increased by 8% is how much?", 1250 * (1 + pct(8)))
calc(P, "(48 + 72) / 15 - 3.2", F(48 + 72, 15) - dec("3.2"))
calc(P, "What percent of 248 is 62?", F(62, 248) * 100)
calc(P, "Write 7/8 as a decimal", F(7, 8))
calc(P, "Mean of 14, 19, 23 and 31?", F(14 + 19 + 23 + 31, 4))
calc(P, "What's 7 raised to the 5th power?", 7**5)
calc(P, "£86.40 split equally four ways is", dec("86.40") / 4)
calc(P, "How much is 6.25 per cent of 2,080?", pct("6.25") * 2080)
calc(P, "Knock 35% off 640 and you get what?", 640 * (1 - pct(35)))

# register word problems
calc(
    GP,
    "Our practice list has 9,840 registered patients and 15% of them are over 70. "
    "How many patients is that?",
    9840 * pct(15),
)
calc(
    CURRY,
    "Phone order: two chicken jalfrezi at £9.95, one lamb rogan josh at £10.50, three pilau "
    "rice at £3.20 and four poppadoms at 80p each. What's the total?",
    2 * dec("9.95") + dec("10.50") + 3 * dec("3.20") + 4 * dec("0.80"),
)
calc(
    CURRY,
    "we take 12.5% off if you collect instead of having it delivered. a £37.60 order collected "
    "comes to?",
    dec("37.60") * (1 - pct("12.5")),
)
calc(
    GARDEN,
    "Compost is on offer at 3 bags for £12, otherwise £4.75 a bag. Someone brings 7 bags to the "
    "till: two lots of the offer plus one bag at full price. How much do they pay?",
    2 * 12 + dec("4.75"),
)
calc(
    GARDEN,
    "Bedding plant trays are £2.60 each with 20% off when you buy ten or more. What do 15 trays "
    "cost?",
    15 * dec("2.60") * (1 - pct(20)),
)
calc(
    PLAY,
    "Entry is £7.50 per child and £2 per adult. A group of 11 children with 4 adults pays how "
    "much in total?",
    11 * dec("7.50") + 4 * 2,
)
calc(
    TURKEY,
    "Free-range bronze birds are priced at £13.80 per kilo. What does a 6.5 kg turkey cost?",
    dec("13.80") * dec("6.5"),
)
calc(
    LOGS,
    "Kiln-dried hardwood is £165 per cubic metre. A customer orders 2.4 cubic metres and there "
    "is a £15 delivery charge; what's the bill?",
    165 * dec("2.4") + 15,
)
calc(
    BALL,
    "Sand court hire is £36 an hour. We booked 3 hours and there are 8 of us splitting it evenly. "
    "How much each?",
    F(36 * 3, 8),
)
calc(
    BANK,
    "A customer puts £4,500 into an account paying 4.2% a year simple interest. How much "
    "interest does it earn in a year?",
    4500 * pct("4.2"),
)
calc(
    BANK,
    "Monthly mortgage payment of £1,137.50 - what does that add up to over twelve payments?",
    12 * dec("1137.50"),
)
calc(
    BILL,
    "A 48-sheet poster panel measures 6.1 m wide by 3.05 m high. What is its area in square "
    "metres?",
    dec("6.1") * dec("3.05"),
)
calc(
    BUTT,
    "Tickets: adults £11.25, children £7.40. Two adults and three children, and the family "
    "discount takes 10% off the total. What do they pay?",
    (2 * dec("11.25") + 3 * dec("7.40")) * (1 - pct(10)),
)
calc(
    ALARM,
    "Quote for a wired system: control panel £240, five motion sensors at £38 each, two door "
    "contacts at £14.50 each, 6 hours' labour at £45 an hour, then 20% VAT on the lot. Total "
    "quote?",
    (240 + 5 * 38 + 2 * dec("14.50") + 6 * 45) * (1 + pct(20)),
)
calc(
    CHIRO,
    "Nail surgery is £285 and we ask for a 30% deposit when booking. How much is the deposit?",
    285 * pct(30),
)
calc(
    SHOW,
    "Entry is 60p per class at the summer show. An exhibitor has entered 17 classes - how much do "
    "they owe?",
    17 * dec("0.60"),
)
calc(
    CLEAR,
    "Three-bed house clearance: skip £290, three van loads at £175 each, less £120 we're paying "
    "for the piano and £85 for the dresser. What's the net charge to the family?",
    290 + 3 * 175 - 120 - 85,
)
calc(
    TURN,
    "I've a 300 mm sycamore blank to cut into 4 equal pieces, and each of the 3 cuts loses 3 mm "
    "to the saw. How long is each piece in millimetres?",
    F(300 - 3 * 3, 4),
)
calc(
    EV,
    "Home charger fitted price £994, minus a £350 grant, and the customer pays what's left in "
    "eight equal payments. How much is each payment?",
    F(994 - 350, 8),
)
calc(
    GROCER,
    "Apples are 3 for £1.20 and bananas 18p each. Nine apples and seven bananas comes to?",
    3 * dec("1.20") + 7 * dec("0.18"),
)
calc(
    LAX,
    "Season subs are £180 for seniors and juniors pay half. With 14 seniors and 9 juniors, what "
    "do subs bring in?",
    14 * 180 + 9 * 90,
)
calc(
    RC,
    "My buggy's battery is 5000 mAh and it pulls an average of 24 amps on the track. How many "
    "minutes of running is that?",
    F(5000, 1000) / 24 * 60,
)
calc(
    SARNIE,
    "An office wants 24 meal deals at £5.85 each and we give 15% off orders that size. What's "
    "the total?",
    24 * dec("5.85") * (1 - pct(15)),
)
calc(
    SARNIE,
    "Sold 132 sandwiches at £4.25 each at lunch. Takings from sandwiches?",
    132 * dec("4.25"),
)
calc(
    VANS,
    "Luton van at £69 a day for 3 days, plus 140 miles over the allowance at 25p a mile. How much "
    "is the hire?",
    3 * 69 + 140 * dec("0.25"),
)
calc(
    BINS,
    "We charge £7.50 per bin per clean. A pub has 3 bins cleaned 13 times a year. What's their "
    "annual bill?",
    dec("7.50") * 3 * 13,
)
calc(
    BINS,
    "On a round of 340 houses, 65% put out two bins and the rest one. How many bins is that "
    "altogether?",
    340 * pct(65) * 2 + 340 * (1 - pct(65)),
)
calc(
    SHOES,
    "School shoes at £48 and two pairs of trainers at £36.50, with 10% off for siblings on the "
    "whole lot. What's the total?",
    (48 + 2 * dec("36.50")) * (1 - pct(10)),
)
calc(
    CHEER,
    "Competition entry is £28 per athlete plus £95 per team. Our squad has 22 athletes - total "
    "cost?",
    22 * 28 + 95,
)
calc(
    DRESS,
    "Each costume is £35 for the weekend plus a £50 refundable deposit. How much do we take at "
    "the counter for three costumes?",
    3 * (35 + 50),
)
calc(
    DRESS,
    "A wig came back damaged so we're keeping 40% of the £50 deposit. How much do we refund?",
    50 * (1 - pct(40)),
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
assert ACRE / HA == dec("0.40468564224") and FT / IN == 12 and CM * 100 == 1
assert abs(MPH / KMH - dec("1.609344")) == 0 and G * 1000 == 1 and MM * 1000 == 1
assert abs(SQFT - dec("0.09290304")) == 0 and abs(CUFT - dec("0.028316846592")) == 0

# plain one-liners
unit_r(P, "Convert 42.195 km to miles", 42195 / MI)
unit(P, "5 ft 11 in - how many centimetres is that?", 71 * IN / CM, EXACT)
unit_r(P, "78 kg in stone?", 78 / STONE)
unit(P, "What's 38.5 °C in Fahrenheit?", c_to_f(dec("38.5")), EXACT)
unit_r(P, "350 degrees F in C", f_to_c(350))
unit(P, "400 yards is how many metres?", 400 * YD, EXACT)
unit_r(P, "Convert 2.5 hectares to acres.", dec("2.5") * HA / ACRE)
unit_r(P, "2.4 bar = ? psi", dec("2.4") * BAR / PSI)
unit_r(P, "What's 70 mph in km/h?", 70 * MPH / KMH)
unit_r(P, "grams in 12 oz", 12 * OZ / G)
unit(P, "A 3.25 GiB download is how many MiB?", dec("3.25") * GIB / MIB, EXACT)
unit(P, "Metres in 5,000 feet?", 5000 * FT, EXACT)
unit_r(P, "square feet in 30 square metres", 30 / SQFT)
unit_r(P, "100 km/h expressed in mph", 100 * KMH / MPH)

# register word problems
unit(
    GP,
    "New patient form asks for height in centimetres and she's 5 foot 4. What do I write?",
    64 * IN / CM,
    EXACT,
)
unit(
    CURRY,
    "The naan recipe says 180 °C but our old oven only shows Fahrenheit. What setting is that?",
    c_to_f(180),
    EXACT,
)
unit_r(
    GARDEN,
    "A customer's lawn is 12 m by 9.5 m and the seed boxes say coverage in square feet. How many "
    "square feet is the lawn?",
    12 * dec("9.5") / SQFT,
)
unit_r(
    PLAY,
    "The big slide has a 1.2 metre height limit. How many inches is that?",
    dec("1.2") / IN,
)
unit_r(TURKEY, "Kilograms, please, for a 14 lb turkey.", 14 * LB)
unit_r(
    LOGS,
    "A log store is 4 ft wide, 2 ft deep and 6 ft high. What's its volume in cubic metres?",
    4 * 2 * 6 * CUFT,
)
unit(
    LOGS,
    "Customer's stove takes logs up to 10 inches. In cm that's?",
    10 * IN / CM,
    EXACT,
)
unit_r(
    BALL,
    "A beach volleyball court is 16 m long. How long is that in feet?",
    16 / FT,
)
unit_r(BALL, "Our balls should be pumped to 0.2 bar. In psi?", dec("0.2") * BAR / PSI)
unit_r(
    BANK,
    "A customer relocating asks how far 1,200 miles is in kilometres.",
    1200 * MI / KM,
)
unit(BILL, "The panel is 40 feet wide - in metres?", 40 * FT, EXACT)
unit_r(BILL, "Wallpaper paste comes in 25 kg sacks. How many pounds is a sack?", 25 / LB)
unit(
    BUTT,
    "The tropical house is held at 28 °C. Visitors keep asking what that is in Fahrenheit.",
    c_to_f(28),
    EXACT,
)
unit(ALARM, "Metres of cable for an 85-foot run?", 85 * FT, EXACT)
unit_r(CHIRO, "Patient's foot measures 27 cm. What's that in inches?", 27 * CM / IN)
unit_r(
    SHOW,
    "Schedule says the heaviest marrow is judged in kilograms. This one weighs 31 lb 8 oz; in kg?",
    31 * LB + 8 * OZ,
)
unit(
    CLEAR,
    "The wardrobe is 6 ft 6 in tall. Will it go under a 2 m beam - first, what's its height in cm?",
    78 * IN / CM,
    EXACT,
)
unit(TURN, "A bowl blank 4 inches thick is how many mm?", 4 * IN / MM, EXACT)
unit_r(EV, "Range is quoted as 310 miles. How many km?", 310 * MI / KM)
unit_r(EV, "The tethered cable is 7.5 m. In feet?", dec("7.5") / FT)
unit_r(GROCER, "Someone wants 5 lb of potatoes but the scale is in kilos. How many kg?", 5 * LB)
unit_r(GROCER, "This watermelon weighs 4.2 kg - what's that in pounds?", dec("4.2") / LB)
unit_r(LAX, "Our pitch is 110 metres long. In yards?", 110 / YD)
unit_r(RC, "Clocked my car at 48 km/h. What's that in mph?", 48 * KMH / MPH)
unit(RC, "The oval track is a quarter of a mile. How many metres?", MI / 4, EXACT)
unit(
    SARNIE,
    "The drinks fridge thermometer reads 41 °F. Convert to Celsius for the log sheet.",
    f_to_c(41),
    EXACT,
)
unit_r(VANS, "Load length of the medium van is 3.4 m. How many feet?", dec("3.4") / FT)
unit_r(BINS, "The new jet washer pump is rated 2,600 psi - in bar?", 2600 * PSI / BAR)
unit(SHOES, "A child's foot measures 7 inches. In centimetres?", 7 * IN / CM, EXACT)
unit_r(CHEER, "The sprung floor is 42 ft along each side. In metres, one side is?", 42 * FT)
unit(DRESS, "Costume chest size 36 inches: how many cm?", 36 * IN / CM, EXACT)


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
date_item(P, "What day of the week is 14 July 2031?", weekday(D(2031, 7, 14)))
date_item(P, "What's the date 90 days after 3 March 2029?", D(2029, 3, 3) + TD(days=90))
date_item(
    P,
    "How many days from 1 January 2030 to 25 December 2030?",
    days(D(2030, 1, 1), D(2030, 12, 25)),
)
date_item(P, "6 weeks before 20 November 2028 is which date?", D(2028, 11, 20) - TD(weeks=6))
date_item(P, "third Monday of January 2032 - date?", nth_weekday(2032, 1, MON, 3))
date_item(P, "Date of the last Friday in October 2029", nth_weekday(2029, 10, FRI, -1))
_W1 = D(2031, 5, 5)
_W2 = _W1 + TD(weeks=15)
date_item(P, f"How many weeks are there between {say(_W1)} and {say(_W2)}?", weeks(_W1, _W2))
date_item(
    P,
    "Born 12 August 1994: how old in whole years on 1 June 2030?",
    age(D(1994, 8, 12), D(2030, 6, 1)),
)
date_item(P, "1 January 2035 falls on which weekday?", weekday(D(2035, 1, 1)))
date_item(
    P, "From 21:45 to 06:15 the next morning is how many hours?", clock_span("21:45", "06:15", 3600)
)
date_item(P, "minutes between 09:40 and 13:05", clock_span("09:40", "13:05", 60))
date_item(P, "What date comes 1,000 days after 10 June 2027?", D(2027, 6, 10) + TD(days=1000))
date_item(
    P,
    "30 September 2030 is day number what of its year?",
    D(2030, 9, 30).timetuple().tm_yday,
)
date_item(
    P,
    "How many days are there between 17 March 2033 and 2 October 2033?",
    days(D(2033, 3, 17), D(2033, 10, 2)),
)

# register word problems
_RX = D(2030, 4, 4)
date_item(
    GP,
    f"A 28-day repeat prescription was issued on {sayw(_RX)}. On what date is the next one due, "
    "28 days later?",
    _RX + TD(days=28),
)
date_item(
    GP, "Which day of the week is our flu clinic on 14 October 2030?", weekday(D(2030, 10, 14))
)
date_item(
    CURRY,
    "We opened on 1 August 2019. What date was it 4,000 days after opening night?",
    D(2019, 8, 1) + TD(days=4000),
)
date_item(
    GARDEN,
    "Seed potatoes planted on 22 March 2031 need about 100 days. What date is 100 days after "
    "planting?",
    D(2031, 3, 22) + TD(days=100),
)
_PARTY = D(2030, 11, 9)
date_item(
    PLAY,
    f"A birthday party is booked for {sayw(_PARTY)} and the balance is due 21 days before. What "
    "date is that?",
    _PARTY - TD(days=21),
)
date_item(PLAY, "New Year's Eve session: 31 December 2030 is what day?", weekday(D(2030, 12, 31)))
date_item(
    TURKEY,
    "Christmas orders close on the second Friday of December 2029. Which date is that?",
    nth_weekday(2029, 12, FRI, 2),
)
date_item(
    TURKEY,
    "This flock hatched on 6 June 2029. How many days old are they on 21 December 2029?",
    days(D(2029, 6, 6), D(2029, 12, 21)),
)
date_item(
    LOGS,
    "Ash logs split on 15 September 2028 need 18 weeks' seasoning. What date will they be ready?",
    D(2028, 9, 15) + TD(weeks=18),
)
_LEAGUE = D(2031, 5, 6)
date_item(
    BALL,
    f"The league plays weekly starting {sayw(_LEAGUE)}. What's the date of the tenth round?",
    _LEAGUE + TD(weeks=9),
)
date_item(
    BANK,
    "A customer gives 95 days' notice on 3 February 2032. What's the first date they can withdraw, "
    "95 days later?",
    D(2032, 2, 3) + TD(days=95),
)
date_item(
    BILL,
    "The poster went up on 2 June 2031 and is due to be replaced 56 days after that. Replacement "
    "date?",
    D(2031, 6, 2) + TD(days=56),
)
date_item(
    BUTT,
    "Chrysalides arrived on 18 April 2030 and emerge around 12 days later. Which date?",
    D(2030, 4, 18) + TD(days=12),
)
date_item(
    ALARM,
    "The alarm gets a service every 26 weeks. The last was on 11 March 2030; when is the next?",
    D(2030, 3, 11) + TD(weeks=26),
)
date_item(
    CHIRO,
    "Patient seen on 28 January 2031 and rebooked for 6 weeks later. Date of the next appointment?",
    D(2031, 1, 28) + TD(weeks=6),
)
date_item(
    CHIRO,
    "How many days from 1 March 2031 to 30 June 2031 for the clinic's spring audit?",
    days(D(2031, 3, 1), D(2031, 6, 30)),
)
date_item(
    SHOW,
    "Our show is on the first Saturday of September 2030. What's the date?",
    nth_weekday(2030, 9, SAT, 1),
)
_SHOWDAY = D(2030, 9, 7)
assert _SHOWDAY == nth_weekday(2030, 9, SAT, 1)
date_item(
    SHOW,
    f"Schedules go out 45 days before the show on {sayw(_SHOWDAY)}. On what date?",
    _SHOWDAY - TD(days=45),
)
date_item(
    CLEAR,
    "Probate came through on 19 May 2029 and the flat has to be empty 42 days after that. "
    "Deadline date?",
    D(2029, 5, 19) + TD(days=42),
)
date_item(
    TURN,
    "The club meets on the last Wednesday of the month. What's the date of the March 2031 meeting?",
    nth_weekday(2031, 3, WED, -1),
)
date_item(
    EV,
    "Survey done on 8 January 2031, and installation is 73 days after the survey. Install date?",
    D(2031, 1, 8) + TD(days=73),
)
date_item(
    GROCER,
    "Market day on 1 January 2032 - what day of the week will that be?",
    weekday(D(2032, 1, 1)),
)
date_item(
    LAX,
    "The season runs from 7 September 2030 to 26 April 2031. How many days is that?",
    days(D(2030, 9, 7), D(2031, 4, 26)),
)
date_item(
    RC,
    "Club championship round is the third Sunday of June 2030. Date?",
    nth_weekday(2030, 6, SUN, 3),
)
date_item(
    SARNIE,
    "We open at 06:30 and shut at 14:45. How many hours is that?",
    clock_span("06:30", "14:45", 3600),
)
date_item(
    VANS,
    "Van collected on 3 July 2031 for a 9-day hire. What date is it due back?",
    D(2031, 7, 3) + TD(days=9),
)
date_item(
    VANS,
    "Driver's licence shows a birth date of 23 November 2006. How old are they on 1 March 2030?",
    age(D(2006, 11, 23), D(2030, 3, 1)),
)
_BIN1 = D(2030, 4, 5)
date_item(
    BINS,
    f"First clean is {say(_BIN1)} and then every 4 weeks. What's the date of the fifth clean?",
    _BIN1 + TD(weeks=16),
)
_TERM = D(2030, 9, 4)
date_item(
    SHOES,
    f"School goes back on {sayw(_TERM)}. How many days is that from 15 July 2030?",
    days(D(2030, 7, 15), _TERM),
)
date_item(
    CHEER,
    "Nationals are on 22 March 2031. What date was it 100 days before?",
    D(2031, 3, 22) - TD(days=100),
)
date_item(DRESS, "What day of the week is Halloween, 31 October 2030?", weekday(D(2030, 10, 31)))


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    BALL: [
        "What are the main rule differences between beach volleyball and indoor volleyball?",
        "Can you suggest a fair way to seed teams for a summer doubles league?",
        "Write a friendly reminder to players to bring sun cream and water to Saturday's games.",
        "How should we handle a team that keeps turning up late for its fixtures?",
    ],
    BANK: [
        "What's the difference between a fixed-rate bond and an easy-access saver?",
        "How should I explain to an elderly customer how to spot a scam phone call?",
        "Which ID documents do building societies usually accept to open an account?",
        "Write a short notice telling members the branch will close early on Christmas Eve.",
    ],
    BILL: [
        "What's the safest way to work on a billboard in windy weather?",
        "Why do posters sometimes bubble after pasting, and how do we avoid it?",
        "Write a job advert for a trainee poster hanger.",
        "Is a bold single image or lots of text better on a roadside billboard?",
    ],
    BINS: [
        "Which cleaning products are safe to rinse into a drain after washing wheelie bins?",
        "Write a leaflet inviting households to sign up for our bin cleaning round.",
        "How do I deal with maggots in a bin a customer left for weeks in summer?",
        "Should I charge extra for food waste caddies, and how would I word that?",
    ],
    BUTT: [
        "Why do some butterflies feed on rotting fruit rather than flowers?",
        "Write a sign asking visitors to check their clothes for butterflies before leaving.",
        "What plants would you recommend for a tropical butterfly house?",
        "How can we keep humidity up without the glass fogging for visitors' photos?",
    ],
    CHEER: [
        "How can I help a flyer who has lost confidence after a fall?",
        "Write an upbeat chant for our squad at the regional competition.",
        "What are the usual safety rules for basket tosses in junior teams?",
        "How should I explain to parents why their child wasn't picked for the competition team?",
    ],
    CHIRO: [
        "What advice should we give diabetic patients about checking their feet at home?",
        "Is it normal for a corn to come back after it's been removed?",
        "Write a text reminder for patients that includes our cancellation policy.",
        "What's the difference between a chiropodist and a podiatrist?",
    ],
    CURRY: [
        "What's the difference between a korma and a pasanda?",
        "Write a menu description for our new lamb dish that makes it sound special.",
        "How should we label dishes for customers with nut allergies?",
        "Is it worth joining a delivery app or sticking with our own drivers?",
    ],
    DRESS: [
        "What costumes are likely to be popular for a 1920s themed party?",
        "How should we clean a rubber mask between hires?",
        "Write our policy on costumes returned with fake blood stains.",
        "Any ideas for a group costume for six friends on a budget?",
    ],
    EV: [
        "Do customers need to tell their electricity supplier before a home charger is fitted?",
        "What's the difference between a tethered and an untethered charger?",
        "Write a short explanation of load balancing for a customer's quote.",
        "Is it better to mount a charger on the house wall or on a post by the drive?",
    ],
    GARDEN: [
        "Which shrubs cope well with a north-facing, clay soil border?",
        "A customer says her new rose has black spots on the leaves. What should I tell her?",
        "Write a sign for the houseplant section about not overwatering in winter.",
        "Is peat-free compost as good as the old peat-based kind?",
    ],
    GP: [
        "How should I respond to a patient who's angry they can't get an appointment this week?",
        "Write a message explaining our new online booking system to patients.",
        "What should reception do if a caller describes chest pain?",
        "Can a receptionist tell a family member whether their relative has been in?",
    ],
    GROCER: [
        "How do I tell if a pineapple is ripe?",
        "Write a chalkboard sign for our seasonal English strawberries.",
        "What's the best way to keep leafy greens fresh on a hot market day?",
        "Should I sell wonky veg cheaper or mix it in with the rest?",
    ],
    ALARM: [
        "What's the difference between a bells-only alarm and a monitored one?",
        "Why might a motion sensor keep going off at night when nobody is home?",
        "Write a handover note explaining to a customer how to set part-arm mode.",
        "Where is the best place to put the control panel in a terraced house?",
    ],
    CLEAR: [
        "How should we treat family photos we find while clearing a house?",
        "Which items can't go in a general skip?",
        "Write a gentle message to a bereaved family explaining how a clearance works.",
        "Is old brown furniture worth anything these days?",
    ],
    SHOW: [
        "What do judges usually look for in a vase of sweet peas?",
        "Write the rules for a children's decorated vegetable class.",
        "How should we handle a complaint that a prize-winning onion was bought in?",
        "Can you suggest a theme for next summer's flower arranging class?",
    ],
    LAX: [
        "What's the difference between women's and men's lacrosse rules?",
        "Write a welcome email for beginners coming to their first training session.",
        "How do we encourage more students to join the club after freshers' week?",
        "What warm-up would you suggest before a cold winter match?",
    ],
    LOGS: [
        "Why does wet wood make a stove glass go black?",
        "Is ash or oak better firewood for a wood burner?",
        "Write a leaflet explaining what 'Ready to Burn' certification means.",
        "How should a customer stack logs so they keep dry?",
    ],
    RC: [
        "What's the difference between brushed and brushless motors for RC cars?",
        "How should LiPo batteries be stored over winter?",
        "Write the club rules about flying drones near the car track.",
        "Any tips for a beginner choosing their first off-road buggy?",
    ],
    SARNIE: [
        "What are the labelling rules for pre-packed sandwiches sold on the premises?",
        "Write a catchy name and description for a brie and cranberry baguette.",
        "How can we cut the queue time during the lunchtime rush?",
        "Is it worth offering gluten-free bread if the kitchen can't be fully separate?",
    ],
    SHOES: [
        "How much room should there be at the toe of a child's new school shoes?",
        "A parent wants to buy shoes a size up so they last longer. What should I say?",
        "Write a poster explaining why children's feet should be measured regularly.",
        "Are velcro or laces better for a four-year-old starting school?",
    ],
    PLAY: [
        "How often should the ball pit balls be cleaned?",
        "Write our rules for under-fives in the toddler area.",
        "What should staff do if a child goes missing in the play frame?",
        "Is it a good idea to offer adult-only evening sessions?",
    ],
    TURKEY: [
        "How should customers store a fresh turkey before Christmas Day?",
        "Write a thank-you card for customers who've ordered from us for years.",
        "What's the difference between a bronze and a white turkey?",
        "How do we explain why free-range turkeys cost more than supermarket ones?",
    ],
    VANS: [
        "What should staff check on a van before it's handed over to a customer?",
        "Can someone with a provisional licence hire a car?",
        "Write the paragraph of our terms about returning a vehicle with less fuel.",
        "How should we handle a customer who disputes a scratch on the bumper?",
    ],
    TURN: [
        "Why does my bowl keep getting catches on the end grain?",
        "Write a notice for the club about wearing face shields at the lathe.",
        "What finish would you use on a wooden salad bowl?",
        "Can you suggest a beginner project for our next club demo?",
    ],
}
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

NEAR = [
    ("near-exchange-rate", "How many euros will I get for £250?", "exchange rate not given"),
    ("near-share-price", "What are 40 Tesco shares worth?", "current share price needed"),
    (
        "near-base-rate",
        "What is the Bank of England base rate plus 1.5%?",
        "current central bank rate not given",
    ),
    ("near-loan-terms", "Monthly repayments on a £9,000 car loan?", "rate and term missing"),
    ("near-gallon", "How many litres are in 5 gallons?", "US or imperial gallon"),
    ("near-cups", "Convert 2 cups of flour into grams.", "cup size and flour density"),
    ("near-ton", "3 tons in kilograms?", "short, long or metric ton"),
    ("near-mpg", "My car does 45 mpg. What's that in litres per 100 km?", "US or UK mpg"),
    ("near-horsepower", "What is 150 hp in kW?", "mechanical or metric horsepower"),
    (
        "near-fluid-ounce",
        "My baby bottle says 9 fl oz; how many ml is that?",
        "US or imperial fluid ounce",
    ),
    ("near-barrel", "How many litres are in 20 barrels?", "oil, beer or other barrel"),
    (
        "near-hundredweight",
        "Half a hundredweight of coal is how many kilos?",
        "long or short hundredweight",
    ),
    ("near-kilobyte", "How many bytes are there in 750 kB?", "1000 or 1024"),
    ("near-knots", "The ferry does 18 knots - what's that in km/h?", "knot excluded as contested"),
    ("near-light-year", "Proxima Centauri is 4.2 light-years away. In km?", "light-year contested"),
    ("near-gold-ounce", "How many grams is 10 ounces of gold?", "troy or avoirdupois ounce"),
    ("near-calories", "How many calories in a bacon roll?", "nutritional estimate"),
    (
        "near-dog-years",
        "Our spaniel just turned 6 - what's her age in dog years?",
        "contested rule of thumb",
    ),
    (
        "near-age-now",
        "My nan was born on 17 October 1941. How old is she?",
        "depends on the current date",
    ),
    (
        "near-days-until",
        "How many days are left before the summer solstice?",
        "depends on the current date",
    ),
    ("near-coming-weekday", "What date will it be on Friday week?", "depends on the current date"),
    ("near-lunisolar", "When does Chinese New Year fall in 2033?", "lunisolar festival, looked up"),
    ("near-good-friday", "Which date is Good Friday in 2034?", "Easter computus, excluded"),
    ("near-working-days", "How many working days are in May 2030 in England?", "bank holidays"),
    (
        "near-regional-holiday",
        "Is 12 July 2030 a bank holiday where I live?",
        "differs between UK nations",
    ),
    ("near-month-from-31st", "What's one month after 31 January 2030?", "month arithmetic"),
    ("near-leap-day-year", "What is one year after 29 February 2028?", "leap-day convention"),
    (
        "near-numeric-date",
        "How many days is it from 06/08/2031 to 11/09/2031?",
        "day/month order unstated",
    ),
    (
        "near-time-zone",
        "It's 3pm in Manchester; what time is it in Vancouver?",
        "time zones and DST",
    ),
    ("near-clocks-change", "When do the clocks go forward in 2031?", "summer time rules"),
    ("near-isbn", "What's the check digit for ISBN 0-306-40615?", "identifier, not arithmetic"),
    ("near-postcode", "Which town does the LL57 postcode cover?", "postcode is not a number"),
    ("near-ip-address", "Could 10.0.256.4 be a real IPv4 address?", "identifier, not a number"),
    ("near-software-version", "Which is newer, version 3.10 or 3.9?", "versions, not decimals"),
    ("near-formation", "In a 4-3-3, how many midfielders are there?", "football formation"),
    ("near-chess-notation", "In chess notation, what does O-O-O mean?", "chess notation"),
    (
        "near-phone-prefix",
        "What does it cost to ring an 0300 number from a mobile?",
        "tariff knowledge",
    ),
    ("near-paper-size", "What size is a sheet of B4 paper in millimetres?", "paper size not given"),
    ("near-nominal-timber", "What's the actual size of a 4x2 timber?", "nominal timber size"),
    ("near-code", "What does -7 % 3 return in Python, and why?", "code semantics"),
    ("near-world-fact", "What's the height of Snowdon in metres?", "fact not given"),
    ("near-tax", "How much income tax will I pay on a £42,000 salary?", "tax rules and year"),
    ("near-dosing", "How much Calpol can I give a 3-year-old?", "dosing advice"),
    ("near-size-chart", "UK shoe size 7 is what in EU sizes?", "size chart, not a formula"),
    (
        "near-gas-mark",
        "My recipe says gas mark 7. What's that on a fan oven in °C?",
        "oven convention",
    ),
    ("near-estimate", "Roughly how many jelly beans fit in a one-litre jar?", "estimate"),
    (
        "near-lottery-odds",
        "What are my chances of matching all the EuroMillions numbers?",
        "rules not given",
    ),
    (
        "near-prevalence",
        "A test is 99% accurate and I tested positive. What are the chances I have it?",
        "prevalence missing",
    ),
    ("near-missing-area", "How much paint do I need for my living room?", "area not given"),
    ("near-translation", "What's the German word for seventy-three?", "translation"),
    (
        "near-number-in-title",
        "What number is in the title of Orwell's novel about Big Brother?",
        "fact not given",
    ),
    ("near-opinion", "Is a 7% pay rise a good offer?", "opinion"),
    ("near-implied-multiplication", "What is 8 ÷ 2(2+2)?", "contested reading"),
    ("near-sequence", "What comes next: 1, 2, 4, ...?", "several rules fit"),
    ("near-random", "Pick a random number between 1 and 50 for me.", "random choice"),
    ("near-proof", "Show in writing why the square of any odd number is odd.", "written proof"),
    ("near-explanation", "Explain why any number to the power zero equals one.", "explanation"),
    ("near-letter-count", "How many letter e's are in the word independence?", "letters"),
    ("near-forecast", "What will the high be in Leeds on Saturday, in Celsius?", "forecast"),
    ("near-historical-price", "How much was a Mars bar in 1982?", "historical price"),
    (
        "near-historical-weekday",
        "On what day of the week was the Battle of Hastings fought?",
        "date not given, Julian calendar",
    ),
    ("near-tipping", "How much should I tip on a $64 dinner in New York?", "custom"),
    ("near-postage", "How much does it cost to post a small parcel second class?", "current price"),
    (
        "near-long-scale",
        "Under the old British long scale, how many noughts does a trillion have?",
        "short or long scale",
    ),
    ("near-cooking-time", "How long should I roast a 2 kg chicken?", "cooking advice"),
]
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

CONVS = [
    (
        "conv-operator",
        [(U, "Let a # b mean 2a + b."), (A, "Got it."), (U, "So what's 7 # 5?")],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define g(x) = 3x - 4."), (A, "Okay."), (U, "What is g(11)?")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [(U, "In this puzzle A=1, B=2 and so on."), (A, "Understood."), (U, "What is CAB worth?")],
        "letter values defined earlier",
    ),
    (
        "conv-name",
        [
            (U, "Call my weekly food budget 'the pot'. It's £140."),
            (A, "Noted."),
            (U, "Three pots minus £65?"),
        ],
        "name defined earlier",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Let's play a game where times means divide and divide means times."),
            (A, "Okay."),
            (U, "What's 12 x 3 / 2 then?"),
        ],
        "swapped signs",
    ),
    (
        "conv-clock",
        [
            (U, "Treat these as hours on a twelve-hour clock dial."),
            (A, "Sure."),
            (U, "So 10 + 7 lands on what?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I write decimals with a comma, German style."),
            (A, "Fine."),
            (U, "What's 3,5 times 2?"),
        ],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [
            (U, "A 'scoop' in our café is 40 grams."),
            (A, "Okay."),
            (U, "How many grams in 7 scoops?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-input-base",
        [
            (U, "Treat every figure I type as binary, please."),
            (A, "Understood."),
            (U, "What do 10110 and 1011 add up to?"),
        ],
        "input base",
    ),
    (
        "conv-output-base",
        [(S, "Give all arithmetic answers in hexadecimal."), (U, "What is 200 + 55?")],
        "output base set by system",
    ),
    (
        "conv-roman",
        [(U, "Reply only in Roman numerals."), (A, "Very well."), (U, "What's 14 times 3?")],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [
            (S, "You are a pirate. Answer everything in pirate speak."),
            (U, "How many days in 3 weeks?"),
        ],
        "persona set by system",
    ),
    (
        "conv-language",
        [
            (U, "Respond in Spanish for the rest of this chat."),
            (A, "De acuerdo."),
            (U, "What's 63 divided by 9?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [
            (U, "Put your next answer in a haiku."),
            (A, "Happy to."),
            (U, "How many seconds are in 7 minutes?"),
        ],
        "verse form",
    ),
    (
        "conv-format",
        [
            (U, "Give every answer as JSON with a key called result."),
            (A, "Okay."),
            (U, "15% of 80?"),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [(U, "Round all answers to the nearest ten."), (A, "Will do."), (U, "What's 347 + 268?")],
        "rounding",
    ),
    (
        "conv-precision",
        [
            (U, "Keep all your answers to 3 sig figs."),
            (A, "Sure."),
            (U, "Turn 43 miles into kilometres for me."),
        ],
        "precision",
    ),
    (
        "conv-target-unit",
        [(U, "Give all lengths in chains, please."), (A, "Okay."), (U, "How long is 1.5 km?")],
        "target unit",
    ),
    (
        "conv-fixed-rate",
        [(U, "For this chat take £1 = $1.25."), (A, "Noted."), (U, "How much is £80 in dollars?")],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Heads up: I'm American, so my dates are month first."),
            (A, "Got it."),
            (U, "Which day of the week is 9/6/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Please write dates like 'the 5th of June'."),
            (A, "Of course."),
            (U, "What date is 30 days after 1 May 2030?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [(U, "Keep answers as fractions, never decimals."), (A, "Okay."), (U, "0.75 plus 1/8?")],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel a year has 10 months of 36 days."),
            (A, "Interesting."),
            (U, "How many days in 2 of those years?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our company weeks start on the first Monday of April, week 1."),
            (A, "Understood."),
            (U, "Which week number is 20 May 2030?"),
        ],
        "week numbering",
    ),
    (
        "conv-correction",
        [(U, "What's 45 x 12?"), (A, "540."), (U, "Sorry, I meant 46 - redo it.")],
        "correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Rent is £850 and bills about £210 a month."),
            (A, "So about £1,060 a month in total."),
            (U, "Summarise what we've worked out so far."),
        ],
        "summary",
    ),
    (
        "conv-follow-up",
        [(U, "What's 17% of 300?"), (A, "51."), (U, "Why did you multiply by 0.17?")],
        "explanation of an earlier answer",
    ),
    (
        "conv-spread-figures",
        [
            (U, "I bought 3 notebooks at £2.40 each."),
            (A, "Noted."),
            (U, "And 2 pens at 95p."),
            (A, "Got it."),
            (U, "What did I spend altogether?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [(U, "What is 125 x 8?"), (A, "1,000."), (U, "Now halve that and add 30.")],
        "result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "Our quarterly electricity bill went from £96 to £131."),
            (A, "That's a rise of £35."),
            (U, "Is that a reasonable increase?"),
        ],
        "judgement",
    ),
    (
        "conv-date-advice",
        [
            (U, "My passport expires on 14 March 2031."),
            (A, "Noted."),
            (U, "Should I renew it before a trip to Spain in January?"),
        ],
        "advice about an earlier date",
    ),
    (
        "conv-modular",
        [(U, "Work modulo 7 from now on."), (A, "Okay."), (U, "What's 5 x 6?")],
        "modular arithmetic",
    ),
    (
        "conv-slang",
        [
            (U, "A 'grand' is £1,000 and a 'pony' is £25."),
            (A, "Right."),
            (U, "Two grand plus three ponies?"),
        ],
        "slang amounts",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Every price I give you includes VAT at 20%."),
            (A, "Understood."),
            (U, "What's the net price of the £54 item?"),
        ],
        "VAT-inclusive convention",
    ),
    (
        "conv-recall",
        [(U, "My locker code is 4417."), (A, "Okay."), (U, "What was the code I told you?")],
        "recall of an earlier turn",
    ),
]
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# ---------------------------------------------------------------- this set's structural asserts
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
_ord = [i["family"] for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert _ord == [r for r in REGISTERS for _ in range(4)]
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
_pos = [i for i in items if i["label"] != "negative" and i["family"] != P]
assert {i["family"] for i in _pos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _fams = [i["family"] for i in _pos if i["label"] == _label]
    assert set(_fams) == set(REGISTERS) and len(_fams) == 31, _label
assert sum(1 for i in items if i["family"] in REGISTERS) == 193
_npos = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)
for _i in items:  # no all-numeric dates in positives
    if _i["label"] != "negative":
        assert not NUMERIC_DATE_POS.search(_i["query"]), _i["id"]


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
    # no register (family name) of this set is a family name of sets 19 to 68
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 68: {reused}"
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
