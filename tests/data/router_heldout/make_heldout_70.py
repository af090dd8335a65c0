r"""Generate heldout-2027-02-11.jsonl: a seventieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`; it has 61 lines: how answers are
graded); /work/sealed70/earlier_registers.txt (in full, by `tr` turning its newlines into spaces:
the 1025 register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_69.py: lines 1-490 (its docstring, imports,
configuration, helpers, calc() and the line P = "plain"), 727-787 (its units section header, unit
factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp()
and unit_r()), 903-987 (its datetime section header, date helpers, date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1186-1193 (its negatives section header, neg() and conv()) and
1778-2002 (its stated-weekday check, its checks and main()). The ranges and the line count (2002)
were given by the brief; no `wc -l` of that file was run. The first command ran `mkdir -p
/tmp/h70`, a `cat` of grading.py, a `wc -l` of earlier_registers.txt (1025) and an `ls` of
/work/sealed70 (it showed only earlier_registers.txt). The second copied the five ranges by `sed -n
A,Bp` into /tmp/h70/r1.py to r5.py without printing them and ran a `cat` of r1.py. The display of
r1.py left out its lines 163-186 (a truncation by the shell tool's display, in the middle of set
69's docstring), so the next command ran `wc -l` of the copies (490, 61, 85, 8 and 225 lines), a
`sed -n 160,190p` of the copy r1.py (inside the allowed range) to read them, and a `cat` of r2.py
to r4.py together; all of lines 1-490 were therefore seen. Then a `cat` of r5.py and the `tr` of
earlier_registers.txt. None of set 69's query blocks (491-726, 788-902, 988-1185, 1194-1777) was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from the five ranges), not README.md and
not pyproject.toml. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). Neither /work itself nor any /work/sealed* directory other than /work/sealed70
was listed. The earlier generators (sets 1-69) are only imported, in memory, by this file's main()
for the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its output and its --show listing of ids, expected values and tolerances were read), no
git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h70/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed earlier
names sharing a word or part of one, among them carpet_shop, milkman_doorstep_round,
vending_machine_restock_route, wedding_florist, painter_decorator_job_sheet, letterpress_printer,
makerspace_3d_print_bureau, tshirt_screen_printer, theatre_box_office, the puppet theatre names,
padel_tennis_court_bookings, table_tennis_league_secretary, leaded_window_glazier,
window_blinds_fitter_quotes, barber_shop_walk_in_chairs, dog_grooming_salon_van,
high_street_jeweller_repairs, the glassblowing and stained glass names, vintage_motorcycle_restorer
and the wedding cake names; none of them one of this set's registers, all judged different trades).
Next /tmp/h70/subst.py (written by a `cat` heredoc and run in the same command) cut the first copy
at the line that is exactly `from __future__ import annotations` (asserted to be the only such
whole line) and substituted this set's OUT and PREFIX, "sets 1-68" -> "sets 1-69" in the comment on
EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), and earlier_path() are kept as they were), EARLIER
(sets 1-69, `range(2, 70)`) and REGISTER_CHECK (sets 19-69, adding make_heldout_69.py), all in the
first block, and "sets 19 to 68" -> "sets 19 to 69" in one comment and one message string of main()
in the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -n` of
c1.py and c5.py for "68", "69", "70" and "19 to" (with the REGISTER_CHECK lines of sets 20-59
filtered out). Then `cat` heredocs wrote this set's own blocks under /tmp/h70/own/: a_calc.py
(registers, a money() helper asserting whole pence, and calculator items) in one command;
b_units.py (unit constants and unit items) and c_dates.py (date items) in the next; d_negs.py
(ordinary negatives, added in REGISTERS order) in the next; e_near.py (near-positive negatives),
f_convs.py (conversations and this set's own structural asserts), an assembly script
/tmp/h70/assemble.py (it builds this file from /tmp/h70/doc.txt, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h70/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, writing the latter's output to /tmp/h70/ruff.txt and printing its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h70/out.txt, and prints the exit codes and the `tail -6` of it) in the next, with a first run
of run.sh. Edits after the failed check (listed below) were made by /tmp/h70/fix1.py (written by a
`cat` heredoc and run in the same command as run.sh), all exact replacements asserted to apply
once. The next command ran run.sh with --show, a `sed -n 1,3p` of out.txt and listed the ids,
expected values and tolerances (a `grep` of out.txt laid out by `column -t`). The next made an
inline edit of c_dates.py by the system `python3` (one exact replacement asserted to apply once: a
fabric order date moved a week earlier so that its delivery date is not Christmas Day) and printed
this file's longest line and the count of lines over 99 characters (Python). The next listed the
lines over 99 bytes of this file (`awk`) and the line numbers over 100 characters (Python: one
line, of an ordinary negative), and the next printed that region of this file (`sed -n 950,960p`,
this set's own ordinary negatives). This docstring was written last over the placeholder: its
source text, /tmp/h70/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h70/doc/make_doc.py
(a `cat` heredoc in the same command; it uses textwrap, keeps the indented lines as they are and
asserts that the words are unchanged, that no line exceeds 99 columns and that every register value
is named) filled it to 99 columns into /tmp/h70/doc.txt; in the same command /tmp/h70/fix2.py (an
exact replacement asserted to apply once) shortened the over-long ordinary negative, and run.sh, a
`sed -n 1,3p` of out.txt, a Python check of line lengths (in characters) over this file and a `head
-3` of this file followed. Then, in one command, `ruff format --no-cache --check` and `ruff check
--no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h70`, an `ls` of /tmp/h70
(gone) and an `ls` of /work/sealed70. Writes: only this file and its JSONL in /work/sealed70/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h70/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python.

Changes to set 69's main() and checks: only the substitutions listed above (file names, sets 1-69
for the duplicate check, sets 19-69 for the register check). Set 69 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 69 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-69 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 69's as
copied; ruff format may have changed layout only. All of set 69's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by one date one-liner), unit_r() with
close_enough_at_2dp(), say() (used only through sayw()), sayw() (used once, for a stated weekday),
sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used here). Added, newly written: money()
(asserts whole pence; every calculator word problem's answer passes through it), MM, CM, KM, G, HA
and LITRE, with asserts on ACRE/HA, the foot in inches, CM, MPH/KMH, G, MM, SQFT and CUFT; the
register constants and the REGISTERS tuple (sorted by value, asserted 25 and distinct); the
ORDINARY, NEAR and CONVS tables; an assert that the square-root one-liner's radicand is a perfect
square; and this set's own asserts: the ORDINARY table is keyed by exactly the REGISTERS, four
each, and its negatives are added in REGISTERS order; NEAR has 65 entries and CONVS 35, each with
distinct families, all "near-..." and "conv-..." respectively; the positive registers are exactly
the REGISTERS, and so are those of each tool, with 31 register word problems per tool; 193 items
lie in the registers (25 x 3 positives, 18 second positives, 100 negatives); exactly 18 registers
have four positives and 7 have three; every negative outside the registers is a near-... or
conv-... family; no positive contains an all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 69's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 69's, copied (P = "plain" is copied too, as the
last line of the first block). Set 69's docstring (within lines 1-490) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and nearly all of this set's
near-positive and conversation family names coincide with or echo those generic kinds (for instance
an operator, a decimal comma, a persona, a contested unit, implied multiplication, a weekday of a
historical event, a number in a title, software versions, code semantics, an oven gas mark, the
long scale, a letter count). All of set 69's register names are also in earlier_registers.txt, and
none of their trades is used here. earlier_registers.txt was read in full and this set's registers
were chosen to be of trades and situations different from every name in it (no animal feed mill,
wallpaper and paint shop, farm milk vending hut, motorcycle training school, wholesale flower
market, carpet cleaning service, dog walker, pond installer, print and copy shop, photo booth hire,
reptile shop, youth theatre summer school, double glazing fitter, sea fishing charter, junior
tennis coaching, barn wedding venue, lifeboat station shop, asparagus grower, interior design
studio, leisure centre desk, hair salon, sea glass jeweller, village fete tombola, topsoil and
compost supplier or fishing tackle shop appears there); some are of neighbouring fields judged to
be different trades: the feed mill next to the grain store cooperative and the outdoor pig unit,
the paint shop next to the painter and decorator and the ironmongers, the milk vending hut next to
the milkman's round, the goat dairy and the vending machine restock route, the motorcycle school
next to the driving instructor and the vintage motorcycle restorer, the flower market trader next
to the wedding florist, the carpet cleaners next to the carpet shop and the oven cleaning service,
the dog walker next to the dog groomers and the guide dog puppy walkers, the pond installer next to
the garden design and the tropical fish shop, the print shop next to the letterpress printers, the
screen printer and the 3D print bureau, the photo booth hire next to the portrait studio and the
mobile DJ, the reptile shop next to the tropical fish shop and the tortoise sanctuary, the youth
theatre school next to the village panto, the puppet theatre and the circus school, the double
glazing fitter next to the conservatory fitter, the leaded window glazier and the window blinds
fitter, the sea fishing charter next to the lobster creel skipper, the scuba dive boat and the seal
watching trips, the junior tennis coaching next to the padel courts and the table tennis league,
the barn wedding venue next to the wedding florist, the wedding cake makers and the marquee hire,
the lifeboat station shop next to the lighthouse museum gift shop and the hospice charity shop, the
asparagus stall next to the pick-your-own strawberry farm and the farm shop, the interior design
studio next to the architect's drawing office and the upholsterers, the leisure centre desk next to
the lido, the swimming club and the personal trainer, the hair salon next to the barber shop and
the nail bar, the sea glass jeweller next to the high street jeweller and the glassblowers, the
village fete tombola next to the street party committee and the quilting guild raffle, the compost
supplier next to the turf grower and the garden centre tills, and the fishing tackle shop next to
the trout lake and the fly tying supplier; the judgement of "different topic" is this writer's.
Many plain one-liners, near-positives and conversations here are of the same generic kinds as set
69's, newly worded. At the edges of the allowed ranges: line 490 is P = "plain", 727, 903 and 1186
are section headers, 787 is the last line of unit_r(), 987 is the assert after sayus(), 1193 is the
last line of conv(), 1778-1784 hold the comment and the compiled pattern of the stated-weekday
check and 2002 is the call of main(). No query text of any earlier set was seen: main()'s duplicate
check names only this set's ids. Every query here was newly written from imagination of each trade
or situation; 30 items that the duplicate check reported as exact repeats of earlier queries or
user turns (their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18
that are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot
be ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 69 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus question
(the only proof asked for is a written proof that the product of two odd numbers is odd).
Conversations that define an operator, a function, letter values, a name for an amount, swapped
operators, clock arithmetic on a twelve-hour dial, a decimal comma, a unit, an input or output
base, modular arithmetic, slang amounts or a VAT-inclusive pricing convention are negatives because
the notation or convention is set up in an earlier turn (the output base and a persona by a system
turn); one conversation spreads its figures over two user turns before asking. Some conversations
(Roman numerals, language, verse, output format, rounding, precision, target unit, a fixed currency
rate, date order, date wording, fraction form, a persona set by a system turn) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 69, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date (an age from
a stated birth date, days until a named day, a date "the Tuesday after next"); one asks for a month
added to the 31st, one for a year after a leap day, one for working days in a stated month, one
uses an all-numeric date of unstated order, one asks the weekday of a fifteenth-century battle
(Julian calendar, date not given), one asks when the clocks go back, one asks whether a date is a
bank holiday where the asker lives (it differs by UK nation), one asks for Good Friday, one for a
lunisolar festival; they are negatives, with no "now" field. One near-positive asks what a Python
floor division of a negative number gives and why (code semantics), and one is a negative for its
contested reading (implied multiplication). Near-positives ask for conversions in gallons, cups,
tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes and light-years, for the
weight of a gold bar in ounces (troy or avoirdupois), for calories, and for dog years (left out of
positives as contested); one asks whether a speed in knots breaks a local limit not given, one for
a letter count in a word, one for an oven gas mark in Celsius, one for the number of noughts in a
billion on the long scale, one for a roasting time, and one about the cost of an 0845 number from a
mobile. No positive depends on a looked-up figure: every rate, price and discount is given in the
text, so the answer follows from the text alone.

Checks that failed along the way: the register check passed on every run on which it was reached
(it runs before the duplicate check), and ruff format and ruff check passed on every run. The first
run of run.sh failed the duplicate check, which reported 30 items by id: two plain calculator
one-liners (a square root, a percentage increase), one plain date one-liner (1,000 days after a
date), two plain unit one-liners (Fahrenheit to Celsius, km/h to mph), nine conversations (earlier
result, explanation follow-up, function, judgement, modular, output base, precision, recall, verse;
all their user turns reworded) and sixteen near-positives (coming weekday, contested reading, days
until, estimate, explanation, historical price, horsepower, kilobyte, light-year, lottery odds,
paper size, proof, share price, size chart, time zone, ton); fix1.py reworded all 30 with new
figures or new subjects (30 replacements), without the earlier queries being looked at, and every
later run passed every check. No other check failed: unit()'s and unit_r()'s asserts, date_item()'s
asserts, money()'s asserts, the stated-weekday check and all of this set's own asserts passed on
every run on which they were reached. Not a failed check: one ordinary negative's source line was
101 characters long (ruff check passed), and fix2.py shortened it.

Registers (families), 25, new: animal_feed_mill_orders, asparagus_farm_gate_stall,
barn_wedding_venue_coordinator, carpet_steam_cleaning_service, dog_walker_pack_walks,
double_glazing_fitter, farm_milk_vending_hut, fishing_tackle_shop, garden_pond_koi_installer,
hair_salon_colour_bookings, interior_design_studio, leisure_centre_membership_desk,
lifeboat_station_fundraising_shop, motorcycle_cbt_training_school, photo_booth_hire,
print_and_copy_shop_counter, reptile_exotic_pet_shop, sea_fishing_charter_boat,
sea_glass_jewellery_maker, tennis_club_junior_coaching, topsoil_and_compost_supplier,
village_fete_tombola_stall, wallpaper_and_paint_shop, wholesale_flower_market_trader,
youth_theatre_summer_school. Every register is used by all three tools (asserted); eighteen
distinct registers have one further positive (a second calculator word problem:
animal_feed_mill_orders, carpet_steam_cleaning_service, farm_milk_vending_hut,
motorcycle_cbt_training_school, wallpaper_and_paint_shop, wholesale_flower_market_trader; a second
unit word problem: dog_walker_pack_walks, garden_pond_koi_installer, photo_booth_hire,
print_and_copy_shop_counter, reptile_exotic_pet_shop, youth_theatre_summer_school; a second date
word problem: asparagus_farm_gate_stall, barn_wedding_venue_coordinator, double_glazing_fitter,
lifeboat_station_fundraising_shop, sea_fishing_charter_boat, tennis_club_junior_coaching). The
seven registers with three positives are fishing_tackle_shop, hair_salon_colour_bookings,
interior_design_studio, leisure_centre_membership_desk, sea_glass_jewellery_maker,
topsoil_and_compost_supplier and village_fete_tombola_stall. Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly UK usage with £ and pence, stone,
pounds and ounces, feet and miles, and a few other touches (Fahrenheit for a vivarium, a hood dryer
and a pond, bar to psi, MiB and KiB for a print file), some chatty, terse or lower-case, with
questions at the start or the end, statements to complete, and unit questions with the target unit
first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, light-year, ounce of gold, dog years), a local speed rule,
calories, the current date (an age, days until a named day, a coming weekday), a lunisolar
festival, Good Friday, working days, a regional bank holiday, month arithmetic from the 31st, a
year after a leap day, an all-numeric date of unstated order, time zones, summer time, identifiers
that look like numbers (an ISBN, a postcode, an IP address, software versions, a formation, chess
notation, a phone number prefix), a paper size, a nominal timber size, code semantics, a world
fact, tax rules, dosing, a size chart, an oven convention, an estimate, lottery odds, missing
prevalence, a missing area, a translation, a number in a title, an opinion, a contested reading, a
sequence guess, a random choice, a written proof, an explanation, letters in a word, a forecast, a
historical price, the weekday of a historical event, a tipping custom, a current postage price, the
long scale, a cooking time; or, in conversations, an operator, function, letter values or a name
defined earlier, swapped operators, clock arithmetic, a decimal comma, a unit defined earlier, a
number base (input, or output set by a system turn), Roman numerals, a persona set by a system
turn, answer language, verse form, output format, rounding, precision, target unit, a fixed
currency rate or date order fixed earlier, date wording, fraction form, an invented calendar, a
week numbering, a correction, a summary, a follow-up explanation or recall of earlier turns,
figures spread over turns, a result from an earlier turn, a judgement about earlier figures, advice
about a date given earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention
set earlier. The ordinary negatives ask for advice, explanations, judgements, rules, facts or
writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 69: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary KiB/MiB/GiB
are used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots,
troy ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass), carats,
nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted), time zones and
daylight saving, Easter, working days, "within N days", and anything depending on the current date
(no "now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted); money answers are whole pence (asserted by money()). Week counts are asserted
to be whole weeks; no day count is inclusive (each is the difference of the two dates, and queries
are worded as N days or weeks after or before a stated date, "days between", "how many days from
... to ...", how many days apart two dates are, a feed delivery every 18 days (the fourth is 54
days after the first), a service every 13 weeks, a theory test 45 days after a CBT, the ninth day
after cutting, a puppy 16 weeks old, a balance due 30 days before a booking, hatching 60 days after
laying, fitting 5 weeks after a survey, the twelfth of twelve weekly sessions (11 weeks after the
first), final numbers due 21 days before a wedding, 100 days after planting, an 8-week lead time, a
review 26 weeks after joining, a patch test two days before an appointment, compost ready 75 days
after turning, a delivery 12 days after an order, 1,000 days after a date, the first Tuesday,
second Saturday, third Saturday, last Thursday or last Sunday of a stated month and year), ages are
in whole years from a stated birth date to a stated date, and clock spans run from one stated time
to the next occurrence of the other (one crosses midnight, saying "the next morning"). Every
rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 69):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly; 1 oz (avoirdupois, mass) = 1/16 lb
    1 acre = 4840 yd^2 (international yard); square and cubic feet from these;
    1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; 1 h = 3600 s;
    t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 B, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_70.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-11.jsonl"
PREFIX = "ho70-"
# earlier generators: sets 1-69 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 70))
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

# registers (families) of this set's word problems and ordinary negatives
FEED = "animal_feed_mill_orders"
PAINT = "wallpaper_and_paint_shop"
MILK = "farm_milk_vending_hut"
MOTO = "motorcycle_cbt_training_school"
FLOWER = "wholesale_flower_market_trader"
CARPET = "carpet_steam_cleaning_service"
DOGW = "dog_walker_pack_walks"
POND = "garden_pond_koi_installer"
PRINT = "print_and_copy_shop_counter"
BOOTH = "photo_booth_hire"
REPTILE = "reptile_exotic_pet_shop"
THEATRE = "youth_theatre_summer_school"
GLAZING = "double_glazing_fitter"
CHARTER = "sea_fishing_charter_boat"
TENNIS = "tennis_club_junior_coaching"
BARN = "barn_wedding_venue_coordinator"
LIFEBOAT = "lifeboat_station_fundraising_shop"
ASPARAGUS = "asparagus_farm_gate_stall"
INTERIOR = "interior_design_studio"
LEISURE = "leisure_centre_membership_desk"
SALON = "hair_salon_colour_bookings"
SEAGLASS = "sea_glass_jewellery_maker"
FETE = "village_fete_tombola_stall"
COMPOST = "topsoil_and_compost_supplier"
TACKLE = "fishing_tackle_shop"
REGISTERS = tuple(
    sorted(
        (
            FEED,
            PAINT,
            MILK,
            MOTO,
            FLOWER,
            CARPET,
            DOGW,
            POND,
            PRINT,
            BOOTH,
            REPTILE,
            THEATRE,
            GLAZING,
            CHARTER,
            TENNIS,
            BARN,
            LIFEBOAT,
            ASPARAGUS,
            INTERIOR,
            LEISURE,
            SALON,
            SEAGLASS,
            FETE,
            COMPOST,
            TACKLE,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25


def money(x):
    """A money answer: whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# plain calculator one-liners
calc(P, "What is 17.5% of 2,360?", pct("17.5") * 2360)
calc(P, "874 x 36 =", 874 * 36)
calc(P, "work out 9,405 divided by 15", F(9405, 15))
assert 83 * 83 == 6889
calc(P, "What is the square root of 6,889?", 83)
calc(P, "What's 2.4 to the power of 3?", dec("2.4") ** 3)
calc(P, "three eighths of 1,000 is what", F(3, 8) * 1000)
calc(P, "(48 + 132) × 0.35", (48 + 132) * dec("0.35"))
calc(P, "Add 12.5% to 856.", 856 * (1 + pct("12.5")))
calc(P, "1,000 minus 387.65 comes to", 1000 - dec("387.65"))
calc(P, "What's the mean of 14, 29, 33 and 52?", F(14 + 29 + 33 + 52, 4))
calc(P, "15 cubed take away 1,000", 15**3 - 1000)
calc(P, "57 is what percentage of 380?", F(57, 380) * 100)
calc(P, "Multiply 0.125 by 7,264", dec("0.125") * 7264)
calc(P, "Take 18% off 1,450 — what's left?", 1450 * (1 - pct(18)))

# register word problems, calculator (25 + six second ones)
calc(
    FEED,
    "A smallholder orders 14 bags of layers pellets at £11.85 a bag and 6 bags of mixed corn at "
    "£9.40 a bag. What's the total?",
    money(14 * dec("11.85") + 6 * dec("9.40")),
)
calc(
    FEED,
    "Our feed mill takes 7.5% off any order over £500. A customer's order comes to £624 before "
    "the discount. What does she pay?",
    money(624 * (1 - pct("7.5"))),
)
calc(
    PAINT,
    "Five rolls of wallpaper at £23.99 a roll plus a tub of paste for £6.50 — how much is that "
    "altogether?",
    money(5 * dec("23.99") + dec("6.50")),
)
calc(
    PAINT,
    "trade customers get 15% off at our paint shop. a decorator's bill is £318.60 before the "
    "discount, what does he pay?",
    money(dec("318.60") * (1 - pct(15))),
)
calc(
    MILK,
    "At the farm milk vending hut a litre costs £1.45. We bought 11 litres over a fortnight and "
    "two reusable glass bottles at £2.75 each. How much did we spend?",
    money(11 * dec("1.45") + 2 * dec("2.75")),
)
calc(
    MILK,
    "The milk machine dispensed 236 litres on Saturday at £1.45 a litre. How much money should "
    "be in it?",
    money(236 * dec("1.45")),
)
calc(
    MOTO,
    "A CBT course is £155 and bike hire adds £45. Four friends book together and each gets £20 "
    "off. What does the group pay in total?",
    money(4 * (155 + 45 - 20)),
)
calc(
    MOTO,
    "Our motorcycle training school ran 38 CBT courses in June at £165 each. What did we take?",
    money(38 * 165),
)
calc(
    FLOWER,
    "I bought 12 boxes of tulips at the flower market at £18.75 a box. Total cost?",
    money(12 * dec("18.75")),
)
calc(
    FLOWER,
    "I sell stems at 2.5 times what I paid for them. If a rose cost me 68p, what's my selling "
    "price in pounds?",
    money(dec("2.5") * dec("0.68")),
)
calc(
    CARPET,
    "Steam cleaning is £28 a room plus £15 for the stairs. What's the quote for four rooms and the "
    "stairs once 20% VAT is added?",
    money((4 * 28 + 15) * (1 + pct(20))),
)
calc(
    CARPET,
    "We cleaned the carpets in six flats for £237 altogether. Split evenly, what's each flat's "
    "share?",
    money(F(237, 6)),
)
calc(
    DOGW,
    "I walk 6 dogs a day at £14 per dog, five days a week. What's my weekly income?",
    money(6 * 14 * 5),
)
calc(
    POND,
    "Pond liner is £4.20 per square metre. The piece we need is 6.5 m by 5 m. What does it cost?",
    money(dec("6.5") * 5 * dec("4.20")),
)
calc(
    PRINT,
    "Colour copies are 35p each and black and white ones 8p. How much in pounds for 120 colour and "
    "450 black and white?",
    money((120 * 35 + 450 * 8) / F(100)),
)
calc(
    BOOTH,
    "Photo booth hire is £395 for the first 3 hours and £85 for each extra hour. What does a "
    "5-hour booking cost?",
    money(395 + 2 * 85),
)
calc(
    REPTILE,
    "Vivarium £189.99, heat mat £24.50, thermostat £32.75 — what's the total?",
    money(dec("189.99") + dec("24.50") + dec("32.75")),
)
calc(
    THEATRE,
    "Summer school is £210 a child and a second sibling gets 10% off. What do two siblings pay "
    "between them?",
    money(210 + 210 * (1 - pct(10))),
)
calc(
    GLAZING,
    "The quote for replacing our windows is £4,860 plus VAT at 20%. What's the full price?",
    money(4860 * (1 + pct(20))),
)
calc(
    CHARTER,
    "The boat charter is £720, shared between 8 anglers, and bait is £12 a head on top. What does "
    "each angler pay?",
    money(F(720, 8) + 12),
)
calc(
    TENNIS,
    "Junior coaching is £7.50 a session. What do ten sessions cost for each of my three kids, "
    "added together?",
    money(dec("7.50") * 10 * 3),
)
calc(
    BARN,
    "The barn charges £68 a head for the wedding breakfast and a venue fee of £2,400. With 115 "
    "guests, what's the total?",
    money(68 * 115 + 2400),
)
calc(
    LIFEBOAT,
    "The lifeboat shop sold 48 mugs at £8.50 and 23 tea towels at £6. What were the takings?",
    money(48 * dec("8.50") + 23 * 6),
)
calc(
    ASPARAGUS,
    "Asparagus is £3.60 a bundle or 3 bundles for £9.50. How much do 7 bundles cost if I use the "
    "3-for deal twice and buy one single?",
    money(2 * dec("9.50") + dec("3.60")),
)
calc(
    INTERIOR,
    "Our design fee is 12% of the project budget. The budget is £38,500, so the fee is",
    money(38500 * pct(12)),
)
calc(
    LEISURE,
    "Membership is £34.95 a month. How much do 12 monthly payments add up to?",
    money(12 * dec("34.95")),
)
calc(
    SALON,
    "A full head of colour is £85 and a cut £42. What's the bill after a 20% student discount on "
    "both?",
    money((85 + 42) * (1 - pct(20))),
)
calc(
    SEAGLASS,
    "Each sea glass pendant costs me £6.40 in silver and sells for £32. What's my profit on 15 of "
    "them?",
    money(15 * (32 - dec("6.40"))),
)
calc(
    FETE,
    "Tombola tickets were 5 for £2 and we sold 1,375 tickets. How much did the tombola raise?",
    money(F(1375, 5) * 2),
)
calc(
    COMPOST,
    "Topsoil is £42 a bulk bag, compost £55 a bag, and delivery £35 an order. What does an order "
    "of 6 topsoil and 4 compost come to?",
    money(6 * 42 + 4 * 55 + 35),
)
calc(
    TACKLE,
    "Three spools of line at £7.99 and five packets of hooks at £2.49 — how much?",
    money(3 * dec("7.99") + 5 * dec("2.49")),
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
assert ACRE / HA == dec("0.40468564224") and FT / IN == 12 and CM / IN * 254 == 100
assert MPH / KMH == dec("1.609344") and G * 1000 == 1 and MM * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")

# plain unit one-liners
unit(P, "How many centimetres is 5 ft 7 in?", (5 * FT + 7 * IN) / CM, EXACT)
unit(P, "Convert 104 °F into Celsius", f_to_c(104), EXACT)
unit_r(P, "How many kilometres are there in 26.2 miles?", dec("26.2") * MI / KM)
unit_r(P, "3.5 kg is how many pounds?", dec("3.5") / LB)
unit_r(P, "Convert 13 stone 4 lb to kilograms.", 13 * STONE + 4 * LB)
unit_r(P, "in square feet, how big is 40 square metres", 40 / SQFT)
unit_r(P, "A sign says 95 km/h: how many mph is that?", 95 * KMH / MPH)
unit_r(P, "grams in 12 ounces?", 12 * OZ / G)
unit_r(P, "Turn 12 acres into hectares.", 12 * ACRE / HA)
unit(P, "How many MiB make 3.5 GiB?", dec("3.5") * GIB / MIB, EXACT)
unit(P, "Oven at 180 °C — what's that in Fahrenheit?", c_to_f(180), EXACT)
unit_r(P, "Convert 2.4 bar to psi.", dec("2.4") * BAR / PSI)
unit(P, "250 yards in metres is", 250 * YD, EXACT)
unit_r(P, "In inches, how long is 1.5 metres?", dec("1.5") / IN)

# register word problems, units (25 + six second ones)
unit_r(FEED, "A bag of sheep nuts weighs 20 kg. How many pounds is that?", 20 / LB)
unit_r(
    PAINT,
    "The feature wall is 14 ft wide and 8 ft high. In square metres, what area of wallpaper does "
    "it need?",
    14 * 8 * SQFT,
)
unit(
    MILK,
    "The milk in the vending hut is kept at 3 °C. What's that in Fahrenheit?",
    c_to_f(3),
    EXACT,
)
unit_r(
    MOTO, "The speed limit on our training ground is 15 mph. What's that in km/h?", 15 * MPH / KMH
)
unit_r(FLOWER, "A bucket of lilies weighs 9 lb 8 oz. In kilograms?", 9 * LB + 8 * OZ)
unit_r(CARPET, "A lounge carpet is 18 ft by 12 ft. How many square metres is that?", 18 * 12 * SQFT)
unit_r(
    DOGW, "Our usual field walk is 2.75 miles. How far is it in kilometres?", dec("2.75") * MI / KM
)
unit_r(DOGW, "One of my Labradors weighs 36 kg. What's that in stone?", 36 / STONE)
unit_r(
    POND, "The new koi pond holds 4,500 litres. How many cubic feet is that?", 4500 * LITRE / CUFT
)
unit(POND, "The pond water was 59 °F this morning — in Celsius, please.", f_to_c(59), EXACT)
unit(
    PRINT,
    "A customer wants a banner 24 inches wide. What is that in centimetres?",
    24 * IN / CM,
    EXACT,
)
unit(PRINT, "The print file is 750 MiB. How many KiB is that?", 750 * MIB / KIB, EXACT)
unit_r(BOOTH, "The booth backdrop stands 8 feet tall. How tall is that in metres?", 8 * FT)
unit_r(
    BOOTH,
    "The venue says the booth area is 2.5 m by 2 m. How many square feet do we get?",
    dec("2.5") * 2 / SQFT,
)
unit(REPTILE, "Basking spot should hit 95 °F; what is that in Celsius?", f_to_c(95), EXACT)
unit_r(REPTILE, "Our bearded dragon weighs 450 g. How many ounces is he?", 450 * G / OZ)
unit(THEATRE, "The school stage is 30 feet deep. In metres that is", 30 * FT, EXACT)
unit_r(THEATRE, "The rehearsal hall is 12 m by 9 m. What's its area in square feet?", 12 * 9 / SQFT)
unit_r(GLAZING, "The bay window is 1,200 mm wide. How many inches is that?", 1200 * MM / IN)
unit_r(CHARTER, "Someone on the boat landed an 11 kg cod. In pounds?", 11 / LB)
unit_r(TENNIS, "A junior's serve was clocked at 150 km/h. What's that in mph?", 150 * KMH / MPH)
unit(BARN, "The barn is 60 ft long. How long is it in metres?", 60 * FT, EXACT)
unit_r(
    LIFEBOAT, "Our sponsored row for the lifeboat is 42 km. How many miles is that?", 42 * KM / MI
)
unit_r(ASPARAGUS, "A crate of asparagus weighs 5 kg — how many pounds?", 5 / LB)
unit_r(
    INTERIOR,
    "The rug is 160 cm by 230 cm. How long is the longer side in feet?",
    230 * CM / FT,
)
unit_r(LEISURE, "Our main pool is 25 m long. How many yards is that?", 25 / YD)
unit(SALON, "The hood dryer runs at 140 °F. What's that in Celsius?", f_to_c(140), EXACT)
unit(SEAGLASS, "My pendant chains are 18 inches. How long in centimetres?", 18 * IN / CM, EXACT)
unit_r(FETE, "The fete field is 3 hectares. How many acres?", 3 * HA / ACRE)
unit_r(COMPOST, "One bulk bag holds 0.75 cubic metres. In cubic feet?", dec("0.75") / CUFT)
unit_r(
    TACKLE, "A customer's carp weighed 28 lb 12 oz. What's that in kilograms?", 28 * LB + 12 * OZ
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

# plain date one-liners
date_item(P, "What day of the week is 17 August 2031?", weekday(D(2031, 8, 17)))
date_item(P, "What date is 90 days after 3 October 2028?", D(2028, 10, 3) + TD(days=90))
date_item(
    P, "How many days from 14 February 2029 to 1 June 2029?", days(D(2029, 2, 14), D(2029, 6, 1))
)
date_item(P, "6 weeks before 20 December 2030 is which date?", D(2030, 12, 20) - TD(weeks=6))
date_item(
    P,
    "How old is someone born on 23 July 1961 on 1 March 2029?",
    age(D(1961, 7, 23), D(2029, 3, 1)),
)
date_item(
    P,
    "How many weeks are there between 5 January 2032 and 29 March 2032?",
    weeks(D(2032, 1, 5), D(2032, 3, 29)),
)
date_item(P, "date of the first Tuesday in September 2030", nth_weekday(2030, 9, TUE, 1))
date_item(P, "Which date is the last Thursday of November 2029?", nth_weekday(2029, 11, THU, -1))
date_item(P, "How many minutes are there from 08:45 to 17:20?", clock_span("08:45", "17:20", 60))
date_item(P, "Hours from 22:30 until 06:00 the next morning?", clock_span("22:30", "06:00", 3600))
date_item(P, "Which date comes 1,000 days after 19 October 2027?", D(2027, 10, 19) + TD(days=1000))
date_item(P, "17 days before 8 March 2031 was", D(2031, 3, 8) - TD(days=17))
date_item(
    P,
    "Count the days between 30 September 2027 and 25 December 2027.",
    days(D(2027, 9, 30), D(2027, 12, 25)),
)
date_item(P, "Which weekday will 1 January 2035 fall on?", weekday(D(2035, 1, 1)))

# register word problems, dates (25 + six second ones)
date_item(
    FEED,
    "A farm gets a feed delivery every 18 days. The first came on 2 March 2028. When does the "
    "fourth one come?",
    D(2028, 3, 2) + TD(days=3 * 18),
)
PAINT_ORDER = D(2029, 4, 11)
date_item(
    PAINT,
    f"We ordered a designer wallpaper on {sayw(PAINT_ORDER)} and it takes 12 days to arrive. What "
    "date should it come?",
    PAINT_ORDER + TD(days=12),
)
date_item(
    MILK,
    "The vending machine was serviced on 6 June 2029 and needs a service every 13 weeks. When is "
    "the next one due?",
    D(2029, 6, 6) + TD(weeks=13),
)
date_item(
    MOTO,
    "My CBT is on 9 May 2028 and I've booked my theory test 45 days after that. What's the date?",
    D(2028, 5, 9) + TD(days=45),
)
date_item(
    FLOWER,
    "Peonies cut on 28 May 2030 keep 9 days in the cold store. Which date is the ninth day after "
    "cutting?",
    D(2030, 5, 28) + TD(days=9),
)
date_item(
    CARPET,
    "The Hendersons' carpet clean is booked for 14 August 2028. What day is that?",
    weekday(D(2028, 8, 14)),
)
date_item(
    DOGW,
    "A puppy born on 3 January 2029 can join group walks at 16 weeks old. From what date?",
    D(2029, 1, 3) + TD(weeks=16),
)
date_item(
    POND,
    "The koi went into the new pond on 1 May 2028. How many days is it from then to the "
    "inspection on 30 July 2028?",
    days(D(2028, 5, 1), D(2028, 7, 30)),
)
date_item(
    PRINT,
    "The order was placed on 3 November 2027 and collected on 2 December 2027. How many days from "
    "order to collection?",
    days(D(2027, 11, 3), D(2027, 12, 2)),
)
date_item(
    BOOTH,
    "A wedding booking is for 12 September 2030 and the balance is due 30 days before. Which date "
    "is that?",
    D(2030, 9, 12) - TD(days=30),
)
date_item(
    REPTILE,
    "Our leopard gecko laid eggs on 20 June 2029 and they take 60 days to hatch. Hatching date?",
    D(2029, 6, 20) + TD(days=60),
)
date_item(
    THEATRE,
    "Summer school runs from 28 July 2031 to 15 August 2031. How many days is it from the first "
    "date to the second?",
    days(D(2031, 7, 28), D(2031, 8, 15)),
)
date_item(
    GLAZING,
    "We surveyed the house on 7 January 2030 and fitting is 5 weeks after that. What date is the "
    "fitting?",
    D(2030, 1, 7) + TD(weeks=5),
)
date_item(
    GLAZING,
    "Which day of the week is 22 March 2030, the day our windows go in?",
    weekday(D(2030, 3, 22)),
)
date_item(
    CHARTER,
    "The charter trip is on 17 July 2029 — what day of the week is that?",
    weekday(D(2029, 7, 17)),
)
date_item(
    CHARTER,
    "We leave the harbour at 05:30 and tie up again at 13:15. How many minutes is that at sea?",
    clock_span("05:30", "13:15", 60),
)
date_item(
    TENNIS,
    "Junior term starts on 9 September 2028 and has 12 weekly sessions. What is the date of the "
    "twelfth session?",
    D(2028, 9, 9) + TD(weeks=11),
)
date_item(
    TENNIS,
    "A junior born on 2 December 2016 — how old will she be on 1 January 2029, in whole years?",
    age(D(2016, 12, 2), D(2029, 1, 1)),
)
date_item(
    BARN,
    "A couple booked the barn on 3 February 2029 for a wedding on 25 August 2029. How many days "
    "apart are those dates?",
    days(D(2029, 2, 3), D(2029, 8, 25)),
)
date_item(
    BARN,
    "Final guest numbers are due 21 days before the 25 August 2029 wedding. What's the deadline "
    "date?",
    D(2029, 8, 25) - TD(days=21),
)
date_item(
    LIFEBOAT,
    "Our station open day is the second Saturday of June 2030. What date is it?",
    nth_weekday(2030, 6, SAT, 2),
)
date_item(
    LIFEBOAT,
    "My shop volunteer shift is 09:30 to 16:45. How many hours is that?",
    clock_span("09:30", "16:45", 3600),
)
date_item(
    ASPARAGUS,
    "Our asparagus season opened on 23 April 2029 and closed on 21 June 2029. How many days from "
    "opening to closing?",
    days(D(2029, 4, 23), D(2029, 6, 21)),
)
date_item(
    ASPARAGUS,
    "We planted new asparagus crowns on 14 March 2028. What date is 100 days after planting?",
    D(2028, 3, 14) + TD(days=100),
)
date_item(
    INTERIOR,
    "Curtain fabric ordered on 23 October 2028 has an 8-week lead time. When should it arrive?",
    D(2028, 10, 23) + TD(weeks=8),
)
date_item(
    LEISURE,
    "A member joined on 15 January 2030 and their first review is 26 weeks later. What's the date?",
    D(2030, 1, 15) + TD(weeks=26),
)
date_item(
    SALON,
    "A colour appointment is on 4 October 2029 and the patch test has to be two days before. What "
    "weekday is the patch test?",
    weekday(D(2029, 10, 4) - TD(days=2)),
)
date_item(
    SEAGLASS,
    "The Christmas craft fair is on the last Sunday of November 2028. Which date is that?",
    nth_weekday(2028, 11, SUN, -1),
)
date_item(
    FETE,
    "The village fete is held on the third Saturday of July 2030. What's the date?",
    nth_weekday(2030, 7, SAT, 3),
)
date_item(
    COMPOST,
    "A heap was turned on 5 April 2029 and the compost is ready 75 days later. On what date?",
    D(2029, 4, 5) + TD(days=75),
)
date_item(
    TACKLE,
    "The tackle shop opens at 06:15 and shuts at 18:00. How many minutes is it open?",
    clock_span("06:15", "18:00", 60),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four in each register
ORDINARY = {
    FEED: (
        "For laying hens, are pellets or mash the better choice, in your view?",
        "How should I store feed sacks so rats can't get into them at the mill?",
        "Write a short notice telling our customers that feed prices are going up.",
        "Why do pig rations have lysine added to them?",
    ),
    PAINT: (
        "What colour would you paint a north-facing sitting room?",
        "Explain the difference between an eggshell and a satin paint finish.",
        "Is it worth hanging lining paper on old, uneven plaster?",
        "Draft a polite reply to a customer whose wallpaper rolls came from two different batches.",
    ),
    MILK: (
        "Is it legal to sell raw milk from a farm vending machine in Scotland?",
        "How often should the nozzle on our milk vending machine be sanitised?",
        "Write a cheerful chalkboard sign asking people to bring their own bottles.",
        "Why does unhomogenised milk end up with a layer of cream on top?",
    ),
    MOTO: (
        "What should a learner wear for their first day of CBT?",
        "Explain a lifesaver check to a nervous learner rider.",
        "Is a 125cc geared bike or a scooter better as a first machine?",
        "Write feedback for a trainee who keeps forgetting to cancel his indicators.",
    ),
    FLOWER: (
        "Which British flowers are in season in early March?",
        "How do I stop tulips drooping once they're in buckets?",
        "Suggest a catchy name for my wholesale flower stall.",
        "What do yellow roses traditionally symbolise?",
    ),
    CARPET: (
        "How do I get red wine out of a pure wool carpet?",
        "Should hot water extraction be used on a seagrass rug?",
        "Write a short leaflet advertising our end-of-tenancy carpet cleans.",
        "Why might a carpet smell musty a day after steam cleaning?",
    ),
    DOGW: (
        "How should I introduce a reactive rescue dog to a group walk?",
        "Is it safe to walk dogs in the middle of a heatwave?",
        "Write a clause for my contract covering a dog that slips its lead.",
        "What insurance does a professional dog walker need in the UK?",
    ),
    POND: (
        "Why has the water in my garden pond turned pea green?",
        "Which plants help keep a koi pond oxygenated?",
        "Is it cruel to keep koi in a small garden pond?",
        "Write a care sheet for customers on feeding koi through the winter.",
    ),
    PRINT: (
        "What's the difference between CMYK and RGB, and why does it matter for printing?",
        "Can a tutor legally photocopy a whole textbook for a student?",
        "What paper weight would you suggest for wedding invitations?",
        "Write a polite email saying a customer's PDF is too low resolution to print well.",
    ),
    BOOTH: (
        "Which props are the most popular in wedding photo booths?",
        "Write a terms and conditions paragraph about guests damaging the booth.",
        "Is a mirror booth or an enclosed booth better for an office Christmas party?",
        "How should I price photo booth hire against the competition in my area?",
    ),
    REPTILE: (
        "Is a leopard gecko a good first pet for a ten-year-old?",
        "Why would a corn snake refuse its food for weeks?",
        "What kind of UVB lighting does a bearded dragon need?",
        "Write a care card to hand out with every crested gecko we sell.",
    ),
    THEATRE: (
        "Suggest a short play for twelve children aged nine to eleven.",
        "How can I help a shy child who freezes on stage?",
        "Write a welcome letter to parents for our youth theatre summer school.",
        "What safeguarding checks do volunteers at a children's summer school need?",
    ),
    GLAZING: (
        "Is triple glazing worth the money in the south of England?",
        "Why is there condensation between the panes of a double glazed unit?",
        "Write a reply to a customer complaining that her new window handle is stiff.",
        "What's the practical difference between an A-rated and a B-rated window?",
    ),
    CHARTER: (
        "What's the best bait for mackerel off the Devon coast in August?",
        "Write the safety briefing I give anglers before we leave the harbour.",
        "Is it ethical to keep undersized fish to use as bait?",
        "What licences do I need to run a sea fishing charter boat?",
    ),
    TENNIS: (
        "How do I teach a seven-year-old a two-handed backhand?",
        "Which ball colours are used at each stage of mini tennis?",
        "Write a newsletter paragraph announcing our junior club tournament.",
        "Should juniors be allowed on the club's grass courts?",
    ),
    BARN: (
        "What's a good wet-weather plan for an outdoor ceremony at a barn venue?",
        "Write a warm thank-you email to a couple after their wedding at our barn.",
        "Are sparkler send-offs safe next to a timber barn?",
        "How should I handle a couple who want to bring in their own caterer?",
    ),
    LIFEBOAT: (
        "Write a short appeal for new volunteers to staff our lifeboat shop.",
        "Give me a brief history of the RNLI.",
        "Which souvenirs sell best to tourists at a lifeboat station shop?",
        "How do I explain Gift Aid to a customer donating goods?",
    ),
    ASPARAGUS: (
        "How should asparagus be cooked so it isn't stringy?",
        "Why does asparagus make some people's urine smell?",
        "Write a sign for the honesty box at our farm gate.",
        "Is white asparagus better than green?",
    ),
    INTERIOR: (
        "What colours go well with a dark green velvet sofa?",
        "Suggest three lighting ideas for a long, narrow hallway.",
        "Is Scandinavian style going out of fashion?",
        "Write a short project brief for a client's loft bedroom conversion.",
    ),
    LEISURE: (
        "How should I handle a member who wants to cancel partway through a contract?",
        "Write an announcement that the pool will close for maintenance.",
        "Is swimming or cycling better for someone with knee pain?",
        "What are the usual rules on children using the gym?",
    ),
    SALON: (
        "Would balayage work on someone with a very short pixie cut?",
        "Why did my client's blonde turn brassy after a few weeks?",
        "Write a friendly reminder text for a colour appointment.",
        "How should I deal with a client who is unhappy with her fringe?",
    ),
    SEAGLASS: (
        "Where are the best beaches in Britain for finding sea glass?",
        "Is it legal to take sea glass home from a British beach?",
        "Write a product description for a cobalt blue sea glass pendant.",
        "Why is red sea glass so rare?",
    ),
    FETE: (
        "Suggest some fun stalls for a village fete.",
        "Do we need a licence to run a tombola at the fete?",
        "Write a thank-you note to everyone who helped at the fete.",
        "How do we keep wasps away from the cake stall?",
    ),
    COMPOST: (
        "Is peat-free compost as good as peat for raising seedlings?",
        "Why does my compost heap smell of ammonia?",
        "Write a delivery note explaining where our driver can tip the bulk bags.",
        "What's the difference between topsoil and lawn top dressing?",
    ),
    TACKLE: (
        "Which rod would you recommend for a beginner fishing a small river?",
        "Do I need a rod licence to fish a private lake?",
        "Write a shop sign about the maggots and bait in our fridge.",
        "Are barbless hooks really better for the fish?",
    ),
}
assert tuple(sorted(ORDINARY)) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

# near-positive negatives: look computable but need the language model
NEAR = (
    (
        "near-exchange-rate",
        "How many euros will £450 get me at the going rate?",
        "exchange rate not given",
    ),
    ("near-share-price", "What would 250 Tesco shares sell for right now?", "current share price"),
    (
        "near-base-rate",
        "Add 2.25 points to the current Bank of England base rate; what rate is that?",
        "current central bank rate not given",
    ),
    (
        "near-loan-terms",
        "What will my monthly repayments be on a £12,000 car loan?",
        "term and rate missing",
    ),
    ("near-gallon", "How many litres is 14 gallons?", "US or imperial gallon not said"),
    ("near-cup", "3 cups of plain flour is how many grams?", "cup size and flour density"),
    ("near-ton", "How many kilograms does 3.5 tons come to?", "short, long or metric ton"),
    ("near-mpg", "My estate does 48 mpg. What's that in litres per 100 km?", "US or imperial mpg"),
    ("near-horsepower", "Convert 210 horsepower into kW.", "mechanical or metric horsepower"),
    ("near-fluid-ounce", "How many millilitres are 16 fl oz?", "US or imperial fluid ounce"),
    ("near-barrel", "What is 3 barrels in litres?", "oil, beer or other barrel"),
    (
        "near-hundredweight",
        "How many kilos in 5 hundredweight of potatoes?",
        "long or short hundredweight",
    ),
    ("near-kilobyte", "A 375 kB attachment is how many bytes?", "1000 or 1024"),
    (
        "near-knot",
        "Our RIB does 22 knots flat out; is that faster than the speed limit in the bay?",
        "local rule not given",
    ),
    ("near-light-year", "How many miles is 2.5 light-years?", "Julian year convention"),
    ("near-gold-ounce", "How many grams are in a 5 ounce gold bar?", "troy or avoirdupois ounce"),
    ("near-calories", "How many calories does a 10 km run burn?", "depends on the runner"),
    ("near-dog-years", "My collie is 9. How old is that in human years?", "contested rule"),
    ("near-age-now", "How old is somebody born on 11 June 1984?", "needs the current date"),
    (
        "near-days-until",
        "How many days are left until the summer solstice?",
        "needs the current date",
    ),
    (
        "near-coming-weekday",
        "What date will it be on the Tuesday after next?",
        "needs the current date",
    ),
    ("near-lunisolar", "What date does Diwali fall on in 2031?", "lunisolar festival"),
    ("near-good-friday", "Which date is Good Friday in 2032?", "computus, a looked-up rule"),
    (
        "near-working-days",
        "How many working days are in May 2030?",
        "bank holidays and region not given",
    ),
    (
        "near-regional-holiday",
        "Is 2 January 2029 a bank holiday where I live?",
        "differs by UK nation",
    ),
    (
        "near-month-end",
        "What is one month after 31 January 2029?",
        "month arithmetic from the 31st",
    ),
    ("near-leap-day-year", "What's the date a year after 29 February 2028?", "no 29 February 2029"),
    (
        "near-numeric-date",
        "How many days from 03/04/2029 to 10/05/2029?",
        "day-month order not stated",
    ),
    (
        "near-time-zone",
        "It's 9am in Edinburgh — what time is it in Vancouver?",
        "time zones and summer time",
    ),
    (
        "near-clocks-change",
        "On which date do the clocks go back in 2030?",
        "summer time rule looked up",
    ),
    (
        "near-isbn",
        "Is 978-0-14-044913-6 a real ISBN, and which book is it?",
        "an identifier, not a number",
    ),
    ("near-postcode", "How many miles is it from BS8 to EX4?", "postcodes, distance not given"),
    (
        "near-ip-address",
        "What's 192.168.1.254 minus 192.168.1.10?",
        "IP addresses are not decimals",
    ),
    (
        "near-software-version",
        "Is version 3.10 newer than version 3.9?",
        "version ordering, not decimals",
    ),
    ("near-formation", "Is 4-4-2 better than 4-3-3 for a pub team?", "a formation, an opinion"),
    ("near-chess", "After 1. e4 e5 2. Nf3, what should Black play?", "chess notation"),
    ("near-phone-prefix", "How much does an 0845 number cost from a mobile?", "tariff looked up"),
    ("near-paper-size", "How many centimetres wide is a B4 sheet?", "paper size not given"),
    ("near-timber", "What are the real dimensions of a length of 4x2?", "nominal timber size"),
    ("near-code", "What does -7 // 2 return in Python, and why?", "code semantics"),
    (
        "near-world-fact",
        "What's the population density of Portugal per square kilometre?",
        "facts not given",
    ),
    ("near-tax", "How much income tax will I pay on a salary of £38,000?", "tax rules"),
    ("near-dosing", "How much children's paracetamol can I give a 16 kg four-year-old?", "dosing"),
    ("near-size-chart", "What's a women's UK dress size 14 in US sizing?", "size chart"),
    ("near-gas-mark", "What's gas mark 6 in Celsius?", "oven convention"),
    ("near-estimate", "About how many grains of rice are in a 1 kg bag?", "an estimate"),
    (
        "near-lottery-odds",
        "What are my odds of scooping the Thunderball top prize?",
        "game rules not given",
    ),
    (
        "near-prevalence",
        "I tested positive on a test that's 95% accurate. What's the chance I've got the illness?",
        "prevalence missing",
    ),
    ("near-missing-area", "How many tins of paint will my kitchen need?", "area not given"),
    ("near-translation", "How do you say three hundred and forty in German?", "a translation"),
    (
        "near-title-number",
        "What do you get if you add Catch-22 to Fahrenheit 451?",
        "numbers in titles",
    ),
    ("near-opinion", "Is £3.40 too much for a flat white?", "an opinion"),
    (
        "near-contested-reading",
        "What's 12 ÷ 4(1 + 2) equal to?",
        "implied multiplication, contested",
    ),
    ("near-sequence", "What's the next number: 3, 5, 9, 17, ...?", "a sequence guess"),
    ("near-random", "Pick a random number from 1 to 50 for our raffle draw.", "a random choice"),
    (
        "near-proof",
        "Show, as a proof, that the product of two odd numbers is odd.",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why does multiplying both sides of an inequality by a negative number flip it?",
        "an explanation",
    ),
    (
        "near-letter-count",
        "How many letter s's are in the word possessiveness?",
        "letters in a word",
    ),
    ("near-forecast", "Will it be over 20 °C in Leeds on Saturday?", "a forecast"),
    ("near-historical-price", "What was the price of a Mars bar in 1988?", "a historical price"),
    (
        "near-historical-weekday",
        "What day of the week was the Battle of Bosworth?",
        "date not given",
    ),
    ("near-tipping", "How much should I tip on a $64 restaurant bill in New York?", "a custom"),
    ("near-postage", "What does a first class stamp cost?", "current price"),
    (
        "near-long-scale",
        "How many noughts are in a billion on the old British long scale?",
        "a convention",
    ),
    ("near-roasting", "How long should I roast a 2.2 kg chicken?", "a cooking time"),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversation negatives: an earlier turn sets a notation, a convention or context
CONVS = (
    (
        "conv-operator",
        [(U, "Let a ◇ b mean 2a + b."), (U, "So what's 5 ◇ 3?")],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define h(n) = 3n² + 1 for this chat."), (U, "Now evaluate h(4) for me.")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "Give every letter its place in the alphabet, A = 1, B = 2 and so on."),
            (U, "What does CAB add up to?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-named-amount",
        [(U, "We call the £37.50 till float 'the tin'."), (U, "What's three tins plus £10?")],
        "a name for an amount",
    ),
    (
        "conv-swapped-ops",
        [(U, "For this game, + means subtract and − means add."), (U, "What's 20 + 6?")],
        "swapped operators",
    ),
    (
        "conv-clock",
        [(U, "Work on a 12-hour dial with no zero, please."), (U, "9 plus 7?")],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [(U, "I use a decimal comma, like in Germany."), (U, "What's 3,5 + 2,25?")],
        "decimal comma",
    ),
    (
        "conv-unit-defined",
        [(U, "At our bar a 'crate' means 18 bottles."), (U, "How many bottles in 7 crates?")],
        "a unit defined earlier",
    ),
    (
        "conv-input-base",
        [(U, "All the numbers I give you are binary."), (U, "Add 1011 and 110.")],
        "input base",
    ),
    (
        "conv-output-base",
        [(S, "Reply with numbers written in octal only."), (U, "Add 147 and 86.")],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [(U, "Reply in Roman numerals from now on."), (A, "Understood."), (U, "14 times 3?")],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Salt, a pirate who never gives plain numbers."),
            (U, "How many days are there from 1 May 2029 to 20 May 2029?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [(U, "Please answer only in French."), (A, "D'accord."), (U, "What is 48 divided by 6?")],
        "answer language",
    ),
    (
        "conv-verse",
        [(U, "Answer in rhyming couplets today."), (U, "What is a quarter of 236?")],
        "verse form",
    ),
    (
        "conv-format",
        [(U, "Return answers as a JSON object with a 'result' key."), (U, "12 x 13?")],
        "output format",
    ),
    (
        "conv-rounding",
        [(U, "Round everything to the nearest ten for me."), (U, "What's 437 + 288?")],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [(U, "Keep every answer to three decimal places."), (U, "Divide 19 by 13.")],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [(U, "Always give me lengths in yards."), (U, "How long is a 400 metre track?")],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [(U, "Assume £1 buys $1.25 for this whole chat."), (U, "How many dollars is £80?")],
        "a fixed currency rate",
    ),
    (
        "conv-date-order",
        [(U, "I write dates day first."), (U, "How many days from 4/6/2029 to 1/7/2029?")],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates like 'the third of May'."),
            (U, "What date is 10 days after 25 April 2030?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [(U, "Give me fractions, never decimals."), (U, "What's 0.75 + 0.5?")],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In our game world every month has 30 days."),
            (U, "What's 45 days after the 20th of month 3?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our weeks start on Sunday and week 1 is the week of 1 January."),
            (U, "Which week is 10 March 2030?"),
        ],
        "a week numbering",
    ),
    (
        "conv-correction",
        [
            (U, "What's 50 x 18?"),
            (A, "900."),
            (U, "Sorry, I meant 15 not 50, redo that with the same other number."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Rent is £700 and bills £180."),
            (A, "That's £880."),
            (U, "Sum up what we've worked out."),
        ],
        "a summary",
    ),
    (
        "conv-explain-followup",
        [
            (U, "Split £432 between 9 people."),
            (A, "£48 each."),
            (U, "Walk me through why it's 48 and not more."),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Remember these: 63, 12, 905."),
            (A, "Got them."),
            (U, "Which was the last of the three numbers?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The hall costs £45 an hour."),
            (U, "We had it for 3 hours."),
            (U, "So what's the bill?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [(U, "Add 275 and 1,045."), (A, "1,320."), (U, "Knock 12% off that result, please.")],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "A plasterer wants £1,150 to skim two bedrooms."),
            (U, "Does that sound fair to you?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [(U, "My essay is due on 14 June 2029."), (U, "Should I start on the Monday before?")],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [(U, "From here, all arithmetic is mod 11."), (U, "Then what is 8 times 9?")],
        "modular arithmetic",
    ),
    (
        "conv-slang",
        [
            (U, "In my book a monkey is £500 and a pony is £25."),
            (U, "What's two monkeys and a pony?"),
        ],
        "slang amounts",
    ),
    (
        "conv-vat-inclusive",
        [(U, "Every price I give includes VAT at 20%."), (U, "How much VAT is in a £96 item?")],
        "a VAT-inclusive pricing convention set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
_regpos = [i for i in _pos if i["family"] != "plain"]
assert {i["family"] for i in _regpos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _these = [i for i in _regpos if i["label"] == _label]
    assert {i["family"] for i in _these} == set(REGISTERS), _label
    assert len(_these) == 31, (_label, len(_these))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 193, len(_in_regs)
_per_reg = {r: sum(1 for i in _regpos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ord_seen = [i["family"] for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert _ord_seen == [r for r in REGISTERS for _ in range(4)]
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 69
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 69: {reused}"
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
