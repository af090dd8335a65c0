r"""Generate heldout-2027-02-12.jsonl: a seventy-first held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`; it has 61 lines: how answers are
graded); /work/sealed71/earlier_registers.txt (in full, by `tr` turning its newlines into spaces:
the 1050 register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_70.py: lines 1-494 (its docstring, imports,
configuration, helpers, calc() and the line P = "plain"), 758-818 (its units section header, unit
factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp()
and unit_r()), 913-997 (its datetime section header, date helpers, date_item(), weeks(), say(),
sayw(), sayus() and their asserts), 1202-1209 (its negatives section header, neg() and conv()) and
1794-2018 (its stated-weekday check, its checks and main()). The ranges and the line count (2018)
were given by the brief; no `wc -l` of that file was run. The first command ran `mkdir -p
/tmp/h71`, a `cat` of grading.py, a `wc -l` of earlier_registers.txt (1050) and an `ls` of
/work/sealed71 (it showed only earlier_registers.txt). The second copied the five ranges by `sed -n
A,Bp` into /tmp/h71/r1.py to r5.py without printing them, ran a `wc -l` of the copies (494, 61, 85,
8 and 225 lines) and a `cat` of r1.py. The display of that output left out some 28 lines in the
middle of set 70's docstring (a truncation by the shell tool's display), so the next command ran a
`sed -n 165,200p` of the copy r1.py (inside the allowed range) to read them, and a `cat` of r2.py
to r4.py; all of lines 1-494 were therefore seen. Then a `cat` of r5.py and the `tr` of
earlier_registers.txt. None of set 70's query blocks (495-757, 819-912, 998-1201, 1210-1793) was
opened. Nothing else under /work/main was opened or listed: nothing under router/, tools/, docs/,
server/, bench/ (apart from grading.py) or tests/ (apart from the five ranges), not README.md and
not pyproject.toml. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). Neither /work itself nor any /work/sealed* directory other than /work/sealed71
was listed. The earlier generators (sets 1-70) are only imported, in memory, by this file's main()
for the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its output and its --show listing of ids, expected values and tolerances were read), no
git command was run, no network and no search or fetch tool was used, and neither the router nor
the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h71/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
drone_survey_contractor, drone_survey_mapping_contractor, fossil_hunting_guided_walks,
glacier_guide, guide_dog_puppy_walkers, haunted_walk_tour_guide, ice_rink_skate_hire,
kitchen_fitter_worktop_jobs, outdoor_rink_skate_counter, school_dinner_kitchen_cook,
sea_kayak_guide_base and the five taxidermy names; none of them one of this set's registers, all
judged different trades). Next /tmp/h71/subst.py (written by a `cat` heredoc and run in the same
command) cut the first copy at the line that is exactly `from __future__ import annotations`
(asserted to be the only such whole line) and substituted this set's OUT and PREFIX, "sets 1-69" ->
"sets 1-70" in the comment on EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), and earlier_path() are kept as they were), EARLIER
(sets 1-70, `range(2, 71)`) and REGISTER_CHECK (sets 19-70, adding make_heldout_70.py), all in the
first block, and "sets 19 to 69" -> "sets 19 to 70" in one comment and one message string of main()
in the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -n` of
c1.py and c5.py for "69", "70", "71" and "19 to" (with the REGISTER_CHECK lines of sets 20-68
filtered out). Then `cat` heredocs wrote this set's own blocks under /tmp/h71/own/: a_calc.py
(registers, a money() helper asserting whole pence, and calculator items) in one command;
b_units.py (unit constants and unit items, with a `grep -c` of its item calls: 45) in the next;
c_dates.py (date items, with a `grep -c`: 47, two word problems too many, written by mistake for
registers whose extra positive is a unit word problem) in the next; the next removed those two (an
inline script of the system `python3`, two exact removals asserted to apply once; `grep -c` then
45); d_negs.py (ordinary negatives, added in REGISTERS order) in the next; e_near.py (near-positive
negatives) in the next; and f_convs.py (conversations and this set's own structural asserts), an
assembly script /tmp/h71/assemble.py (it builds this file from /tmp/h71/doc.txt, or a one-line
placeholder, and the blocks in order, and prints its line count) and a helper /tmp/h71/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h71/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h71/out.txt, and prints the exit codes and the `tail -6` of
it) in the next, with a first run of run.sh. Edits after each failed check (listed below) were made
by /tmp/h71/fix.py (written by a `cat` heredoc; it applies a list of exact replacements, each
asserted to apply once) run on lists written by `cat` heredocs, in the same command as run.sh. The
next command ran run.sh with --show, a `sed -n 1,3p` of out.txt and listed the ids, expected values
and tolerances (a `grep` of out.txt laid out by `column -t`). The next printed this file's line
count, longest line and the line numbers over 99 characters (Python: two lines of 100 characters,
both in the copied checks), and the next printed those two lines (`sed -n`). This docstring was
written last over the placeholder: its source text, /tmp/h71/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h71/doc/make_doc.py (a `cat` heredoc in the same command; it uses textwrap,
keeps the indented lines as they are and asserts that the words are unchanged, that no line exceeds
99 columns and that every register value is named) filled it to 99 columns into /tmp/h71/doc.txt;
run.sh, a `sed -n 1,3p` of out.txt, a Python check of line lengths (in characters) over this file
and a `head -3` of this file followed. Then, in one command, `ruff format --no-cache --check` and
`ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h71`, an `ls` of
/tmp/h71 (gone) and an `ls` of /work/sealed71. Writes: only this file and its JSONL in
/work/sealed71/ (earlier_registers.txt left as it was); temporary blocks, scripts and output under
/tmp/h71/ were deleted afterwards. Nothing was written into /work/main. Every run of this generator
used /work/main/.venv/bin/python.

Changes to set 70's main() and checks: only the substitutions listed above (file names, sets 1-70
for the duplicate check, sets 19-70 for the register check). Set 70 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 70 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-70 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 70's as
copied; ruff format may have changed layout only. All of set 70's checks are kept: counts per kind,
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

Disclosures: the kinds of item and the counts follow set 70's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 70's, copied (P = "plain" is copied too, as the
last line of the first block). Set 70's docstring (within lines 1-494) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen from that list of
generic kinds, newly worded with new figures and subjects, and nearly all of this set's
near-positive and conversation family names coincide with or echo those generic kinds (for instance
an exchange rate, contested units, an operator, a decimal comma, a persona, implied multiplication,
a weekday of a historical battle, a number in a title, software versions, code semantics, an oven
gas mark, the long scale, a letter count). All of set 70's register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it (no au pair agency, hen rehoming charity, kebab shop, skateboard shop, pilates studio, art
supplies shop, marina office, holiday let cleaners, conveyancing solicitor, pumpkin patch, patio
jet washing, artificial grass fitter, retro video game shop, eyebrow threading kiosk, horsebox
hire, cold water swimming club, paddleboard hire, fence panel installer, Brownies unit, trading
card shop, sole trader's accountant, drone racing league, church jumble sale, windscreen repair van
or face painter appears there); some are of neighbouring fields judged to be different trades: the
au pair agency next to the exchange student host family, the temp recruitment agency and the
registered childminder, the hen charity next to the egg farm, the donkey sanctuary and the ferret
rescue, the kebab shop next to the curry house takeaway and the fish and chip shop counter, the
skateboard shop next to the ice rink skate hire, the pilates studio next to the yoga studio and the
personal fitness trainer, the art supplies shop next to the stationery shop counter and the picture
framing workshop, the marina office next to the narrowboat hire bases and the harbour offices, the
changeover cleaners next to the domestic cleaning agency and the hotel housekeeping linen room, the
conveyancing desk next to the letting agent, the mortgage broker and the paralegal filing desk, the
pumpkin patch next to the pick-your-own strawberry farm and the farm park, the jet washing service
next to the graffiti removal crew, the gutter cleaning round and the wheelie bin cleaning round,
the artificial grass installer next to the turf grower and the garden decking installer, the retro
game shop next to the independent toy shop and the board game cafe, the threading kiosk next to the
nail bar and the mobile makeup artist, the horsebox hire next to the horse livery and the van and
car rental branch, the cold water swimming club next to the lido attendant, the swimming club
treasurer and the surf beach lifeguards, the paddleboard hut next to the canoe hire and the kayak
outfitter, the fence installer next to the garden decking installer and the hedge layers, the
Brownies unit next to the scout troop summer camp leader, the trading card shop next to the comic
book shop, the accountant next to the payroll bureau bookkeeper, the drone racing league next to
the drone survey contractors and the radio control car club, the church jumble sale next to the
hospice charity shop and the car boot sale organiser, the windscreen repair van next to the mobile
tyre fitter and the accident repair body shop, and the face painter next to the children's party
magician and the balloon artist; the judgement of "different topic" is this writer's. Many plain
one-liners, near-positives and conversations here are of the same generic kinds as set 70's, newly
worded. At the edges of the allowed ranges: line 494 is P = "plain", 758, 913 and 1202 are section
headers, 1794 opens the stated-weekday check and 2018 is the call of main(). No query text of any
earlier set was seen: main()'s duplicate check names only this set's ids. Every query here was
newly written from imagination of each trade or situation; 21 items that the duplicate check
reported as exact repeats of earlier queries or user turns (their earlier counterparts unseen) were
reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known
here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query
or user turn is ruled out by main(), and main() asserts that no register is a family name of sets
19 to 70 (the near-.../conv-... families are not registers and may coincide with earlier family
names). This set has no algebra or calculus question (the only proof asked for is a written proof
that the sum of three consecutive whole numbers is divisible by 3). Conversations that define an
operator, a function, letter values, a name for an amount, swapped operators, clock arithmetic on a
twelve-hour dial, a decimal comma, a unit, an input or output base, modular arithmetic, slang
amounts or a VAT-inclusive pricing convention are negatives because the notation or convention is
set up in an earlier turn (the output base and a persona by a system turn); one conversation
spreads its figures over two user turns before asking. Some conversations (Roman numerals,
language, verse, output format, rounding, precision, target unit, a fixed currency rate, date
order, date wording, fraction form, a persona set by a system turn) end in a user turn that could
be computed alone, or nearly; they are negatives, as in set 70, because the earlier turn changes
what a right answer looks like. Some near-positives depend on the current date (an age from a
stated birth date, days until a named day, the date of "the Thursday after next"); one asks for a
month added to the 31st, one for the anniversary of a leap day, one for working days in a stated
month, one uses all-numeric dates of unstated order, one asks the weekday of a fifteenth-century
battle (Julian calendar, date not given), one asks when the clocks go forward, one asks whether a
date is a bank holiday where the asker lives (it differs by UK nation), one asks for Good Friday,
one for a lunisolar festival; they are negatives, with no "now" field. One near-positive asks what
a Python floor division of a negative number gives and why (code semantics), and one is a negative
for its contested reading (implied multiplication). Near-positives ask for conversions in gallons,
cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes and light-years, for
the weight of a gold bar in ounces (troy or avoirdupois), for calories, and for dog years (left out
of positives as contested); one asks whether a speed in knots breaks a local limit not given, one
for a letter count in a word, one for an oven gas mark for a Celsius temperature, one for the
number of noughts in a billion on the long scale, one for a roasting time, and one about the cost
of an 0843 number from a mobile. No positive depends on a looked-up figure: every rate, price, band
and discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: ruff format and ruff check passed on every run, and the register
check passed on every run on which it was reached (it runs before the duplicate check). The first
run of run.sh failed unit_r()'s assert (close_enough_at_2dp) for the Brownies' sponsored walk in
miles (5 km gives 3.107, whose two-decimal rounding is just outside the 1e-3 tolerance); the first
fix list (two replacements) made the walk 8 km. The second run failed the duplicate check, which
reported 21 items by id: one plain calculator one-liner (a percentage of), four plain unit
one-liners (miles to km, grams to ounces, Celsius to Fahrenheit, cubic metres to cubic feet), seven
conversations (input base, output base, date order, invented calendar, modular, Roman numerals,
rounding; all their user turns reworded) and nine near-positives (days until, explanation, Good
Friday, historical price, implied multiplication, IP address, month from the 31st, postage, year
after a leap day); the second fix lists (27 replacements over four blocks) reworded all 21 with new
figures or new subjects, without the earlier queries being looked at, and every later run passed
every check. No other check failed: unit()'s and unit_r()'s other asserts, date_item()'s asserts,
money()'s asserts, the stated-weekday check and all of this set's own asserts passed on every run
on which they were reached.

Registers (families), 25, new: art_supplies_shop_counter, artificial_grass_installer,
au_pair_placement_agency, church_jumble_sale_committee, cold_water_swimming_club,
conveyancing_solicitor_desk, drone_racing_league, eyebrow_threading_kiosk,
face_painter_party_bookings, garden_fence_panel_installer, girlguiding_brownies_unit,
hen_rehoming_charity, holiday_let_changeover_cleaners, horsebox_hire, kebab_shop_late_counter,
marina_berth_office, paddleboard_hire_hut, patio_jet_washing_service, pilates_reformer_studio,
pumpkin_patch_farm, retro_video_game_shop, skateboard_shop_deck_builds, sole_trader_tax_accountant,
trading_card_game_shop, windscreen_repair_van. Every register is used by all three tools
(asserted); eighteen distinct registers have one further positive (a second calculator word
problem: au_pair_placement_agency, conveyancing_solicitor_desk, kebab_shop_late_counter,
marina_berth_office, pumpkin_patch_farm, sole_trader_tax_accountant; a second unit word problem:
artificial_grass_installer, garden_fence_panel_installer, hen_rehoming_charity, horsebox_hire,
paddleboard_hire_hut, skateboard_shop_deck_builds; a second date word problem:
cold_water_swimming_club, drone_racing_league, holiday_let_changeover_cleaners,
pilates_reformer_studio, trading_card_game_shop, windscreen_repair_van). The seven registers with
three positives are art_supplies_shop_counter, church_jumble_sale_committee,
eyebrow_threading_kiosk, face_painter_party_bookings, girlguiding_brownies_unit,
patio_jet_washing_service and retro_video_game_shop. Positives are one-liners (family "plain") or
word problems of one to three sentences, mostly UK usage with £ and pence, stone, pounds and
ounces, feet, yards and miles, and a few other touches (Fahrenheit for an American swimmer, psi to
bar for a pressure washer and a paddleboard, GiB to MiB), some chatty, terse or lower-case, with
questions at the start or the end, statements to complete, and unit questions with the target unit
first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, light-year, ounce of gold, dog years), a local speed rule,
calories, the current date (an age, days until a named day, a coming weekday), a lunisolar
festival, Good Friday, working days, a regional bank holiday, month arithmetic from the 31st, the
anniversary of a leap day, all-numeric dates of unstated order, time zones, summer time,
identifiers that look like numbers (an ISBN prefix, a postcode, an IP address, software versions, a
formation, chess notation, a phone number prefix), a paper size, a nominal timber size, code
semantics, world facts, tax rules, dosing, a size chart, an oven convention, an estimate, lottery
odds, missing prevalence, a missing area, a translation, a number in a title, an opinion, a
contested reading, a sequence guess, a random choice, a written proof, an explanation, letters in a
word, a forecast, a historical price, the weekday of a historical event, a tipping custom, a
current postage price, the long scale, a cooking time; or, in conversations, an operator, function,
letter values or a name defined earlier, swapped operators, clock arithmetic, a decimal comma, a
unit defined earlier, a number base (input, or output set by a system turn), Roman numerals, a
persona set by a system turn, answer language, verse form, output format, rounding, precision,
target unit, a fixed currency rate or date order fixed earlier, date wording, fraction form, an
invented calendar, a week numbering, a correction, a summary, a follow-up explanation or recall of
earlier turns, figures spread over turns, a result from an earlier turn, a judgement about earlier
figures, advice about a date given earlier, modular arithmetic, slang amounts or a VAT-inclusive
pricing convention set earlier. The ordinary negatives ask for advice, explanations, judgements,
rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 70: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots, troy
ounces (no ounce of a precious metal; the ounces used are avoirdupois ounces of mass), carats,
nominal sizes, leap-day results, all-numeric dates (none in a positive; asserted), time zones and
daylight saving, Easter, working days, "within N days", and anything depending on the current date
(no "now" or "timezone" field; asserted). No calculator, date or exact unit result is a repeating
decimal (asserted); money answers are whole pence (asserted by money()). Week counts are asserted
to be whole weeks; no day count is inclusive (each is the difference of the two dates, and queries
are worded as N days or weeks after or before a stated date, how many days from one date to
another, how many days apart two dates are, how many days there are between two dates, a placement
ending 46 weeks after arrival, hens let out 10 days after collection, a re-inspection 28 days after
a visit, an offer expiring 21 days after a first class, the eighth of eight weekly classes (7 weeks
after the first), a checkout 7 nights after check-in, the fifth of fortnightly deep cleans (56 days
after the first), completion 4 weeks after exchange, 110 days to maturity, photos 60 days after
laying, a rebooking 3 weeks after a visit, posts left 28 days, prereleases 8 days before a release,
the fourth of five-weekly rounds (15 weeks after the first), a repair 13 days after a report, a
guarantee of 1,000 days from fitting, 90, 250 and 500 days after or before a date, the first
Monday, first Saturday, second Monday, third Saturday, last Friday or last Sunday of a stated month
and year), ages are in whole years from a stated birth date to a stated date, and clock spans run
from one stated time to the next occurrence of the other (one crosses midnight, saying "the next
morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two decimals
(asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 70):
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

Run: python3 make_heldout_71.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-12.jsonl"
PREFIX = "ho71-"
# earlier generators: sets 1-70 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 71))
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


# registers of this set (25, new)
AUPAIR = "au_pair_placement_agency"
HENS = "hen_rehoming_charity"
KEBAB = "kebab_shop_late_counter"
SKATE = "skateboard_shop_deck_builds"
PILATES = "pilates_reformer_studio"
ARTSHOP = "art_supplies_shop_counter"
MARINA = "marina_berth_office"
CHANGEOVER = "holiday_let_changeover_cleaners"
CONVEY = "conveyancing_solicitor_desk"
PUMPKIN = "pumpkin_patch_farm"
PATIO = "patio_jet_washing_service"
GRASS = "artificial_grass_installer"
RETRO = "retro_video_game_shop"
BROWS = "eyebrow_threading_kiosk"
HORSEBOX = "horsebox_hire"
COLDSWIM = "cold_water_swimming_club"
PADDLE = "paddleboard_hire_hut"
FENCE = "garden_fence_panel_installer"
BROWNIES = "girlguiding_brownies_unit"
CARDS = "trading_card_game_shop"
TAXACC = "sole_trader_tax_accountant"
DRONES = "drone_racing_league"
JUMBLE = "church_jumble_sale_committee"
WINDSCREEN = "windscreen_repair_van"
FACEPAINT = "face_painter_party_bookings"
REGISTERS = tuple(
    sorted(
        (
            AUPAIR,
            HENS,
            KEBAB,
            SKATE,
            PILATES,
            ARTSHOP,
            MARINA,
            CHANGEOVER,
            CONVEY,
            PUMPKIN,
            PATIO,
            GRASS,
            RETRO,
            BROWS,
            HORSEBOX,
            COLDSWIM,
            PADDLE,
            FENCE,
            BROWNIES,
            CARDS,
            TAXACC,
            DRONES,
            JUMBLE,
            WINDSCREEN,
            FACEPAINT,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25


def money(x):
    """A sum of money, asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


# plain one-liners
calc(P, "what's 17.5% of 2,368", pct("17.5") * 2368)
calc(P, "Work out 48.6 divided by 0.12", dec("48.6") / dec("0.12"))
calc(P, "seven cubed minus six cubed = ?", 7**3 - 6**3)
assert math.isqrt(5329) ** 2 == 5329
calc(P, "Square root of 5329, please", math.isqrt(5329))
calc(P, "If I put 1,250 up by 8 per cent, what do I get?", 1250 * (1 + pct(8)))
calc(P, "three eighths of a thousand is how much", F(3, 8) * 1000)
calc(P, "Mean of 14, 19, 23 and 28?", F(14 + 19 + 23 + 28, 4))
calc(P, "(45 + 27) x 1.5 =", (45 + 27) * dec("1.5"))
calc(P, "Take 13.75 away from 100.", 100 - dec("13.75"))
calc(P, "What percent of 216 is 81?", F(81, 216) * 100)
calc(P, "2 to the 13th power", 2**13)
calc(P, "486 split evenly twelve ways comes to", F(486, 12))
calc(P, "Knock 12.5 percent off 640", 640 * (1 - pct("12.5")))
calc(P, "0.35 times 2460", dec("0.35") * 2460)

# register word problems
calc(
    AUPAIR,
    "Our au pair gets £95 a week pocket money for 38 weeks, plus a one-off £150 travel "
    "allowance. What does the host family pay her altogether?",
    money(95 * 38 + 150),
)
calc(
    AUPAIR,
    "The agency fee is 6.5% of the family's first-year cost of £9,800. How much is the fee?",
    money(pct("6.5") * 9800),
)
calc(
    HENS,
    "We rehomed 214 ex-battery hens. Most adopters gave the suggested £4.50 per hen, but 31 "
    "of the hens went to people who gave £10 each instead. How much did we raise?",
    money((214 - 31) * dec("4.50") + 31 * 10),
)
calc(
    KEBAB,
    "late order: 3 large doners at £8.90, 2 cheesy chips at £3.20 and 4 cans at £1.35 - total?",
    money(3 * dec("8.90") + 2 * dec("3.20") + 4 * dec("1.35")),
)
calc(
    KEBAB,
    "Four of us are splitting a £57.60 kebab shop bill and adding a 10% tip on top. How much "
    "does each person pay?",
    money(dec("57.60") * F(11, 10) / 4),
)
calc(
    SKATE,
    "Complete build: deck £65, trucks £52, wheels £38 and bearings £25, with 15% off the lot "
    "as a build deal. What does the customer pay?",
    money((65 + 52 + 38 + 25) * (1 - pct(15))),
)
calc(
    PILATES,
    "A ten-class reformer pack is £165 and a single class is £19.50. How much does someone "
    "who does all ten classes save by buying the pack?",
    money(10 * dec("19.50") - 165),
)
calc(
    ARTSHOP,
    "Students get 12% off. What does a student pay for a canvas at £24.50, a set of oils at "
    "£37.25 and brushes at £13.25?",
    money((dec("24.50") + dec("37.25") + dec("13.25")) * (1 - pct(12))),
)
calc(
    MARINA,
    "Visitor berthing is £3.85 per metre per night. What do we charge an 11.2 m yacht "
    "staying 6 nights?",
    money(dec("3.85") * dec("11.2") * 6),
)
calc(
    MARINA,
    "The winter lay-up fee is £96.40 per metre of boat. What's the fee for a 12.5 metre "
    "motor cruiser?",
    money(dec("96.40") * dec("12.5")),
)
calc(
    CHANGEOVER,
    "We did 23 changeovers at £68 each, and each one also had a linen pack at £14.50. What "
    "should the invoice total be?",
    money(23 * (68 + dec("14.50"))),
)
calc(
    CONVEY,
    "Our legal fee is £1,150 plus VAT at 20%, then searches at £285 and the Land Registry fee "
    "of £150, neither with VAT. What's the client's total?",
    money(1150 * F(6, 5) + 285 + 150),
)
calc(
    CONVEY,
    "Using these bands: nothing on the first £125,000, 2% on the next £125,000 and 5% on "
    "anything above £250,000, how much stamp duty is due on a £312,500 house?",
    money(pct(2) * 125000 + pct(5) * (312500 - 250000)),
)
calc(
    PUMPKIN,
    "Pumpkins are 45p a kilo. We picked three weighing 4.2 kg, 6.8 kg and 9.4 kg - how much "
    "do we owe?",
    money(dec("0.45") * (dec("4.2") + dec("6.8") + dec("9.4"))),
)
calc(
    PUMPKIN,
    "Entry to the pumpkin patch is £4.50 per adult and £3 per child. Two adults and three "
    "children with a £2-off voucher pay how much?",
    money(2 * dec("4.50") + 3 * 3 - 2),
)
calc(
    PATIO,
    "Jet washing is £2.40 a square metre and re-sanding the joints £1.60 a square metre. "
    "Quote for both on a patio 7.5 m by 4.8 m?",
    money((dec("2.40") + dec("1.60")) * dec("7.5") * dec("4.8")),
)
calc(
    GRASS,
    "52 square metres of artificial grass at £23.75 per square metre, plus £340 labour. What's "
    "the total quote?",
    money(52 * dec("23.75") + 340),
)
calc(
    RETRO,
    "We give 40% of shelf price as trade-in credit. Someone brings in games priced £35, "
    "£22.50 and £17.50 - how much credit do they get?",
    money(pct(40) * (35 + dec("22.50") + dec("17.50"))),
)
calc(
    BROWS,
    "Saturday at the threading kiosk: 37 eyebrow threads at £9 and 15 lip-and-chin combos at "
    "£10.50. What were the takings?",
    money(37 * 9 + 15 * dec("10.50")),
)
calc(
    HORSEBOX,
    "Horsebox hire is £95 a day plus 45p a mile. What does a three-day hire covering 286 miles "
    "cost?",
    money(3 * 95 + 286 * dec("0.45")),
)
calc(
    COLDSWIM,
    "58 members paid the £36 annual sub and we sold 40 day swims at £3.50. What's the club's "
    "income from those?",
    money(58 * 36 + 40 * dec("3.50")),
)
calc(
    PADDLE,
    "Paddleboards are £18 for the first hour and £8 for each extra half hour. What does a "
    "board cost if it's out for two and a half hours?",
    money(18 + 3 * 8),
)
calc(
    FENCE,
    "Fence job materials and labour: 11 panels at £38.60, 12 posts at £17.25 and £420 labour. "
    "Total?",
    money(11 * dec("38.60") + 12 * dec("17.25") + 420),
)
calc(
    BROWNIES,
    "Brownie camp costs £2,232 for 24 girls, and unit funds cover £120 of it. Split the rest "
    "evenly - what does each girl pay?",
    money(F(2232 - 120, 24)),
)
calc(
    CARDS,
    "A booster box of 36 packs costs us £97.20. What's that per pack?",
    money(dec("97.20") / 36),
)
calc(
    TAXACC,
    "Client's profit is £38,430. If everything above £12,570 is taxed at 20%, what is the "
    "income tax?",
    money((38430 - 12570) * pct(20)),
)
calc(
    TAXACC,
    "Mileage allowance: 10,000 business miles at 45p and a further 3,260 at 25p. How much "
    "can the client claim?",
    money(10000 * dec("0.45") + 3260 * dec("0.25")),
)
calc(
    DRONES,
    "36 pilots each paid a £25 entry and the prize fund is 60% of the entry money. How big is "
    "the prize fund?",
    money(36 * 25 * pct(60)),
)
calc(
    JUMBLE,
    "Jumble sale takings: 26 tables let at £7.50, teas £186.40, and 312 people paid 50p on "
    "the door. What's the total?",
    money(26 * dec("7.50") + dec("186.40") + 312 * dec("0.50")),
)
calc(
    WINDSCREEN,
    "A chip repair is £45, and on the same screen the second and third chips are half price. "
    "What do three chips on one windscreen cost?",
    money(45 + 2 * F(45, 2)),
)
calc(
    FACEPAINT,
    "I charge £85 for an hour of face painting for up to 20 children, then £1.40 for each "
    "extra child. What's the price for a one-hour party of 33?",
    money(85 + (33 - 20) * dec("1.40")),
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
assert ACRE / HA == dec("0.40468564224") and FT / IN == 12 and CM * 100 == 1
assert MPH / KMH == dec("1.609344") and G * 1000 == 1 and MM * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")

# plain one-liners
unit(P, "how many centimetres is 6 ft 2 in", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "85 kg in pounds?", 85 / LB)
unit_r(P, "A 13.1-mile half marathon is how many km?", dec("13.1") * MI / KM)
unit(P, "98.6 °F is what in Celsius", f_to_c(dec("98.6")), EXACT)
unit_r(P, "Kilograms in 11 stone 4 pounds?", (11 * STONE + 4 * LB))
unit_r(P, "12 acres expressed in hectares", 12 * ACRE / HA)
unit_r(P, "In miles per hour, how fast is 100 km/h?", 100 * KMH / MPH)
unit(P, "3.2 GiB is how many MiB", dec("3.2") * GIB / MIB, EXACT)
unit_r(P, "Ounces in 340 grams?", 340 * G / OZ)
unit_r(P, "What's 30 psi in bar?", 30 * PSI / BAR)
unit_r(P, "square feet in a 20 m² room", 20 / SQFT)
unit(P, "What's -15 °C in °F?", c_to_f(-15), EXACT)
unit(P, "How many metres long is 500 yards?", 500 * YD, EXACT)
unit_r(P, "How many cubic feet is 3.5 cubic metres?", dec("3.5") / CUFT)

# register word problems
unit_r(
    AUPAIR,
    "Her flight allows one 23 kg suitcase. What's that limit in pounds, so I can tell her family?",
    23 / LB,
)
unit_r(HENS, "One of our rescue hens weighs 1.6 kg. How many ounces is that?", dec("1.6") / OZ)
unit_r(
    HENS,
    "In square feet, how big is a hen run that measures 3 m by 2.4 m?",
    3 * dec("2.4") / SQFT,
)
unit_r(KEBAB, "The new doner cone weighs 15 kg - what's that in stone?", 15 / STONE)
unit(
    SKATE,
    "A customer wants an 8.25 inch wide deck - what's that in millimetres?",
    dec("8.25") * IN / MM,
    EXACT,
)
unit(SKATE, "Centimetres please: how long is a 31-inch deck?", 31 * IN / CM, EXACT)
unit_r(
    PILATES,
    "Our reformer studio floor is 9 m by 12 m. What's that in square feet for the landlord's "
    "listing?",
    9 * 12 / SQFT,
)
unit_r(
    ARTSHOP,
    "The long side of a 40 x 50 cm canvas - how many inches is it?",
    50 * CM / IN,
)
unit_r(
    MARINA, "The skipper says his boat is 38 ft. How many metres is that for the berth?", 38 * FT
)
unit_r(
    CHANGEOVER,
    "The hot tub at the cottage holds 1,200 litres. What's that in cubic feet?",
    1200 * LITRE / CUFT,
)
unit_r(
    CONVEY,
    "The title plan says the garden is 0.3 acres. How many square metres is that?",
    dec("0.3") * ACRE,
)
unit_r(PUMPKIN, "Our biggest pumpkin came in at 212 lb. What's that in kilos?", 212 * LB)
unit_r(PATIO, "My pressure washer is rated at 2,900 psi. What's that in bar?", 2900 * PSI / BAR)
unit_r(GRASS, "Feet: how wide is a 4 m roll of artificial grass?", 4 / FT)
unit_r(
    GRASS,
    "The customer measured the lawn as 600 square feet. In square metres that is?",
    600 * SQFT,
)
unit_r(RETRO, "A boxed console weighs 3.4 kg. What is that in pounds?", dec("3.4") / LB)
unit(BROWS, "A spool of threading cotton has 150 yards. How many metres?", 150 * YD, EXACT)
unit_r(
    HORSEBOX,
    "The horsebox is plated at 3,500 kg. How many pounds is that?",
    3500 / LB,
)
unit_r(
    HORSEBOX,
    "The horsebox is limited to 56 mph on the motorway. In km/h that is?",
    56 * MPH / KMH,
)
unit(
    COLDSWIM,
    "The lake was 7 °C at the Sunday dip. What's that in Fahrenheit for our American member?",
    c_to_f(7),
    EXACT,
)
unit_r(PADDLE, "How many metres long is a 10 ft 6 in paddleboard?", 10 * FT + 6 * IN)
unit_r(PADDLE, "Pump the board up to 20 psi - what's 20 psi in bar?", 20 * PSI / BAR)
unit(FENCE, "A 6 ft fence panel is how tall in centimetres?", 6 * FT / CM, EXACT)
unit_r(FENCE, "The fence line is 45 m long. How many yards is that?", 45 / YD)
unit_r(
    BROWNIES,
    "The Brownies' sponsored walk is 8 km. How far is that in miles?",
    8 * KM / MI,
)
unit_r(CARDS, "A standard trading card is 63 mm wide. What's that in inches?", 63 * MM / IN)
unit_r(
    TAXACC,
    "My client drove 1,450 business miles. What's that in kilometres?",
    1450 * MI / KM,
)
unit_r(
    DRONES,
    "A racing drone was clocked at 120 km/h. How fast is that in miles per hour?",
    120 * KMH / MPH,
)
unit_r(JUMBLE, "A donated bag of clothes weighs 12 lb - convert to kilograms.", 12 * LB)
unit_r(WINDSCREEN, "A windscreen crack is 30 cm long. In inches?", 30 * CM / IN)
unit_r(
    FACEPAINT,
    "My gazebo is 3 m along each side. How many feet is one side?",
    3 / FT,
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
date_item(P, "What date is 90 days after 14 March 2031?", D(2031, 3, 14) + TD(days=90))
date_item(P, "which day of the week was 25 December 2032", weekday(D(2032, 12, 25)))
date_item(
    P, "How many days from 3 August 2030 to 19 January 2031?", days(D(2030, 8, 3), D(2031, 1, 19))
)
date_item(P, "Six weeks before 1 October 2029 is what date?", D(2029, 10, 1) - TD(weeks=6))
date_item(P, "1 January 2040 falls on a", weekday(D(2040, 1, 1)))
date_item(P, "Add 250 days to 2 February 2033.", D(2033, 2, 2) + TD(days=250))
date_item(
    P,
    "How many whole weeks are there between 5 May 2031 and 22 September 2031?",
    weeks(D(2031, 5, 5), D(2031, 9, 22)),
)
date_item(P, "date of the last Friday in November 2030", nth_weekday(2030, 11, FRI, -1))
date_item(
    P,
    "Someone born on 12 September 1988 - how old are they on 30 June 2035?",
    age(D(1988, 9, 12), D(2035, 6, 30)),
)
date_item(
    P,
    "Minutes between 21:40 and 06:15 the next morning?",
    clock_span("21:40", "06:15", 60),
)
date_item(P, "Second Monday of October 2032 - what's the date?", nth_weekday(2032, 10, MON, 2))
date_item(P, "what date was 500 days before 1 March 2034", D(2034, 3, 1) - TD(days=500))
date_item(P, "29 July 2036 will be which weekday?", weekday(D(2036, 7, 29)))
date_item(P, "How many hours from 07:30 to 19:45?", clock_span("07:30", "19:45", 3600))

# register word problems
date_item(
    AUPAIR,
    "Our au pair arrives on 6 September 2031 and her placement ends 46 weeks after that. On "
    "what date does it end?",
    D(2031, 9, 6) + TD(weeks=46),
)
date_item(
    HENS,
    "The hens were collected on 17 May 2031 and have to stay shut in for 10 days after that. "
    "What date can they first go out?",
    D(2031, 5, 17) + TD(days=10),
)
date_item(
    KEBAB,
    "The council re-inspection is 28 days after our visit on 3 November 2030. What date is it?",
    D(2030, 11, 3) + TD(days=28),
)
date_item(
    SKATE,
    "Our skate jam is on 19 July 2031 - what day of the week is that?",
    weekday(D(2031, 7, 19)),
)
date_item(
    PILATES,
    "A new client's intro offer expires 21 days after her first class on 8 January 2032. "
    "Expiry date?",
    D(2032, 1, 8) + TD(days=21),
)
date_item(
    PILATES,
    f"A course of eight weekly reformer classes starts on {sayw(D(2032, 2, 3))}. When is the "
    "eighth class?",
    D(2032, 2, 3) + TD(weeks=7),
)
date_item(
    ARTSHOP,
    "The window display goes up on 4 April 2031 and comes down on 18 May 2031. How many days "
    "apart are those dates?",
    days(D(2031, 4, 4), D(2031, 5, 18)),
)
date_item(
    MARINA,
    "A summer berth runs from 1 April 2031 to 31 October 2031. How many days are there between "
    "those dates?",
    days(D(2031, 4, 1), D(2031, 10, 31)),
)
date_item(
    CHANGEOVER,
    "Guests check in on 12 July 2031 and stay 7 nights. What's the checkout date?",
    D(2031, 7, 12) + TD(days=7),
)
date_item(
    CHANGEOVER,
    "We do a deep clean every 14 days, the first on 5 April 2031. What's the date of the fifth "
    "deep clean?",
    D(2031, 4, 5) + TD(days=14 * 4),
)
date_item(
    CONVEY,
    "Contracts were exchanged on 9 June 2031 and completion is set for 4 weeks later. "
    "Completion date?",
    D(2031, 6, 9) + TD(weeks=4),
)
date_item(
    PUMPKIN,
    "We sowed the pumpkin seeds on 24 May 2031 and the variety takes 110 days to mature. When "
    "should they be ready?",
    D(2031, 5, 24) + TD(days=110),
)
date_item(
    PATIO,
    "The patio clean is booked for the first Monday of September 2031. What date is that?",
    nth_weekday(2031, 9, MON, 1),
)
date_item(
    GRASS,
    "We laid the lawn on 11 April 2031 and the customer has to send photos 60 days after "
    "that. Which date?",
    D(2031, 4, 11) + TD(days=60),
)
date_item(
    RETRO,
    "The re-release comes out on 14 November 2031. What day of the week will that be?",
    weekday(D(2031, 11, 14)),
)
date_item(
    BROWS,
    "She rebooks every 3 weeks and her last threading was on 29 December 2031. When is her "
    "next one?",
    D(2031, 12, 29) + TD(weeks=3),
)
date_item(
    HORSEBOX,
    "Horsebox out at 08:00 and back at 18:30. How many hours was it hired for?",
    clock_span("08:00", "18:30", 3600),
)
date_item(
    COLDSWIM,
    "Our Christmas Day swim in 2031 - which day of the week is 25 December 2031?",
    weekday(D(2031, 12, 25)),
)
date_item(
    COLDSWIM,
    "How many days from the solstice swim on 21 December 2031 to the spring dip on 20 March 2032?",
    days(D(2031, 12, 21), D(2032, 3, 20)),
)
date_item(
    PADDLE,
    "The hire hut opens for the season on the first Saturday of May 2032. What date is that?",
    nth_weekday(2032, 5, SAT, 1),
)
date_item(
    FENCE,
    "Posts concreted in on 14 October 2031 need 28 days before the gravel boards go on. What "
    "date is that?",
    D(2031, 10, 14) + TD(days=28),
)
date_item(
    BROWNIES,
    "Brownie holiday starts on the third Saturday of June 2032. Which date is that?",
    nth_weekday(2032, 6, SAT, 3),
)
date_item(
    CARDS,
    "The new set releases on 7 February 2032 and prerelease events are 8 days before it. What "
    "date are the prereleases?",
    D(2032, 2, 7) - TD(days=8),
)
date_item(
    CARDS,
    "Our store championship is on the last Sunday of March 2032. Date?",
    nth_weekday(2032, 3, SUN, -1),
)
date_item(
    TAXACC,
    "The filing deadline is 31 January 2032. How many days is that from 6 October 2031?",
    days(D(2031, 10, 6), D(2032, 1, 31)),
)
date_item(
    DRONES,
    "Round 1 of the drone league is on 13 March 2032 and rounds are every 5 weeks. When is "
    "round 4?",
    D(2032, 3, 13) + TD(weeks=15),
)
date_item(
    DRONES,
    "First heat at 10:50 and the final at 16:05. How many minutes apart?",
    clock_span("10:50", "16:05", 60),
)
date_item(
    JUMBLE,
    "The church jumble sale is on 18 October 2031. What weekday is that?",
    weekday(D(2031, 10, 18)),
)
date_item(
    WINDSCREEN,
    "A chip was reported on 27 January 2032 and the van can get there 13 days later. What "
    "date is the repair?",
    D(2032, 1, 27) + TD(days=13),
)
date_item(
    WINDSCREEN,
    "The guarantee on a new windscreen lasts 1,000 days from fitting on 16 May 2031. On what "
    "date does it run out?",
    D(2031, 5, 16) + TD(days=1000),
)
date_item(
    FACEPAINT,
    "I've got a booking for 6 June 2032. Which day of the week is that?",
    weekday(D(2032, 6, 6)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: four per register, each needing the language model
ORDINARY = {
    AUPAIR: (
        "What should a host family put in a welcome pack for an au pair arriving from Spain?",
        "How do I tactfully tell our au pair that she's spending too long on her phone?",
        "Write a friendly profile paragraph for a family looking for an au pair with two boys.",
        "Is it reasonable to ask an au pair to walk the dog as part of her duties?",
    ),
    HENS: (
        "How do I introduce rescue hens to my existing flock without fighting?",
        "Why do ex-battery hens sometimes have bald patches, and will the feathers grow back?",
        "Write a short thank-you post for the volunteers who helped at Saturday's hen collection.",
        "What's a good way to keep rats out of a hen house over winter?",
    ),
    KEBAB: (
        "What's the best way to keep chips crisp when they're sitting in a delivery bag?",
        "How should I handle a drunk customer who refuses to pay at 2am?",
        "Suggest a catchy name for a new mixed grill on our late-night menu.",
        "Is garlic mayo or chilli sauce more popular on a doner, generally?",
    ),
    SKATE: (
        "Should a beginner get soft or hard wheels for mostly street skating?",
        "Explain the difference between a popsicle deck and a cruiser shape.",
        "Write a short Instagram caption for our new batch of locally pressed decks.",
        "How tight should I set the trucks for a ten-year-old who's just starting?",
    ),
    PILATES: (
        "Is reformer pilates safe for someone recovering from a slipped disc?",
        "Write a welcoming email for clients booking their first reformer class.",
        "How do I politely enforce a late-cancellation policy with a regular client?",
        "What's the difference between mat pilates and reformer pilates?",
    ),
    ARTSHOP: (
        "Which is better for a beginner, acrylic or oil paint?",
        "How should I explain the difference between hot-pressed and cold-pressed paper?",
        "Recommend a layout for a small art shop so the pricey pens don't walk out the door.",
        "Write a notice for our window advertising a Saturday watercolour workshop.",
    ),
    MARINA: (
        "What should be in a marina's hurricane and storm preparation checklist?",
        "How do I word a reminder to a berth holder whose fees are two months overdue?",
        "Is it a good idea to let liveaboards stay over the winter?",
        "Explain how a pontoon's finger berths are usually allocated.",
    ),
    CHANGEOVER: (
        "What's the quickest order to do a holiday cottage changeover in?",
        "How do I get fake tan stains out of white bed linen?",
        "Write a checklist for a new cleaner doing her first changeover alone.",
        "Should we charge the owner extra when guests leave the place filthy?",
    ),
    CONVEY: (
        "Explain to a first-time buyer what happens between exchange and completion.",
        "What are the usual reasons a property chain falls through?",
        "How do I reply to a client who's angry that the searches are taking so long?",
        "Is it worth a buyer getting a full building survey on a 1930s semi?",
    ),
    PUMPKIN: (
        "What's the best pumpkin variety for carving rather than eating?",
        "Give me ideas for making a pumpkin patch more fun for toddlers.",
        "Write a short Facebook post announcing our pumpkin patch opening weekend.",
        "How do we stop pumpkins rotting in the field after a wet week?",
    ),
    PATIO: (
        "Will jet washing damage the pointing on an old sandstone patio?",
        "What's the best way to kill moss between block paving without chemicals?",
        "How should I respond to a review that says my work left the patio streaky?",
        "Is it worth sealing a new Indian stone patio?",
    ),
    GRASS: (
        "Does artificial grass get too hot for dogs in summer?",
        "What should go under artificial grass on heavy clay soil?",
        "Write a short guarantee statement for our artificial lawn installations.",
        "How do I convince a customer who thinks fake grass is bad for wildlife?",
    ),
    RETRO: (
        "How can I tell if a cartridge game is a reproduction rather than an original?",
        "Which classic consoles are most worth stocking for collectors?",
        "Write a short blog post about why people still love playing old games.",
        "Should I clean the contacts on a cartridge with isopropyl alcohol?",
    ),
    BROWS: (
        "How do I help a client whose skin goes red and bumpy after threading?",
        "Is threading or waxing better for sensitive skin?",
        "Write a sign for our kiosk explaining the patch-test policy.",
        "What brow shape usually suits a round face?",
    ),
    HORSEBOX: (
        "What checks should a hirer do before loading a nervous horse into a horsebox?",
        "Does a driver need a special licence to drive a 7.5 tonne horsebox?",
        "Write the terms for damage deposits on our horsebox hire agreement.",
        "How do I clean a horsebox floor properly after a hire?",
    ),
    COLDSWIM: (
        "What are the signs of hypothermia we should watch for at our swims?",
        "Write a welcome message for new members of a year-round sea swimming group.",
        "Is it safe to swim in a lake after heavy rain?",
        "Should beginners wear gloves and socks in cold water?",
    ),
    PADDLE: (
        "What safety briefing should I give people hiring a paddleboard for the first time?",
        "Which is better for hire, inflatable or hard paddleboards?",
        "How should we handle it when someone brings a board back damaged and denies it?",
        "Write a short waiver paragraph for paddleboard hire.",
    ),
    FENCE: (
        "Are concrete posts or timber posts better for a windy hillside garden?",
        "Who is responsible for a boundary fence, me or my neighbour?",
        "Write a quote covering letter for a customer replacing a storm-damaged fence.",
        "How long should pressure-treated fence panels last?",
    ),
    BROWNIES: (
        "Suggest a rainy-day activity for a Brownie meeting with 20 girls.",
        "How do I encourage more parents to volunteer as helpers?",
        "Write a short letter to parents about our sleepover at the museum.",
        "What's a good way to settle an argument between two Brownies over a badge?",
    ),
    CARDS: (
        "How should we handle a player accused of marked sleeves at a tournament?",
        "Is it worth opening a sealed booster box or keeping it sealed as an investment?",
        "Write a short code of conduct for our Friday night play sessions.",
        "Which card sleeves are best for double-sleeving?",
    ),
    TAXACC: (
        "Can a sole trader claim for working from home, and how is it usually worked out?",
        "How should I explain payments on account to a client in her first year?",
        "Should my client register for VAT voluntarily before reaching the threshold?",
        "Write a reminder email asking clients to send their receipts by the end of April.",
    ),
    DRONES: (
        "What's the best way to set up a safety net around a drone racing course?",
        "How do I get into FPV drone racing on a small budget?",
        "Write a short race briefing for pilots at our indoor league night.",
        "Should the league ban pilots who crash into the gates repeatedly?",
    ),
    JUMBLE: (
        "What should we do with the clothes left over after the jumble sale?",
        "How do we stop dealers queuing early and grabbing all the good stuff?",
        "Write a notice for the parish magazine asking for donations for the jumble sale.",
        "Is it fair to charge a small entry fee at a church jumble sale?",
    ),
    WINDSCREEN: (
        "Is it safe to drive with a crack that runs across the driver's side of the screen?",
        "Why do windscreen chips sometimes spread in cold weather?",
        "Write a text reminding a customer of their appointment and asking them to park off-road.",
        "Does a windscreen replacement usually affect a car's lane-assist camera?",
    ),
    FACEPAINT: (
        "Which face paint brands are best for children with sensitive skin?",
        "Give me five quick designs I can do in under two minutes at a busy party.",
        "How do I politely turn down a parent who wants a full-face design on a toddler?",
        "Write an About Me paragraph for my face painting website.",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


# near-positive negatives: look like tool questions, but need the language model
NEAR = (
    ("near-exchange-rate", "How many euros will I get for £275?", "exchange rate not given"),
    (
        "near-share-price",
        "What are 40 Tesco shares worth at the moment?",
        "needs a current share price",
    ),
    (
        "near-base-rate",
        "A tracker mortgage at base rate plus 1.25% - what rate is that right now?",
        "needs the current central bank rate",
    ),
    (
        "near-loan-terms",
        "What will the monthly payments be on a £14,500 car loan?",
        "rate and term missing",
    ),
    ("near-gallon", "How many litres are 7 gallons?", "US or imperial gallon unstated"),
    ("near-cup", "Grams in 2 and a half cups of plain flour?", "cup size and density contested"),
    ("near-ton", "Convert 6 tons into kilograms for the skip.", "short, long or metric ton"),
    ("near-mpg", "My car does 52 mpg. What's that in litres per 100 km?", "US or UK mpg"),
    (
        "near-horsepower",
        "Change 135 horsepower to kilowatts.",
        "mechanical or metric horsepower",
    ),
    ("near-fluid-ounce", "How many millilitres in 14 fl oz?", "US or imperial fluid ounce"),
    ("near-barrel", "17 barrels is how many litres?", "oil, beer or US dry barrel"),
    (
        "near-hundredweight",
        "How many kilos is three hundredweight of potatoes?",
        "long or short hundredweight",
    ),
    ("near-kilobyte", "Bytes in 720 kB?", "1000 or 1024 bytes per kB"),
    ("near-light-year", "How many kilometres away is a star 6.5 light years off?", "year length"),
    (
        "near-gold-ounce",
        "A 250 g gold bar is how many ounces?",
        "troy or avoirdupois ounce for gold",
    ),
    ("near-dog-years", "Our spaniel turns 11 - what's that in human years?", "contested rule"),
    (
        "near-calories",
        "How many calories are in two crumpets with butter?",
        "nutritional facts not given",
    ),
    (
        "near-knots-limit",
        "I was doing 9 knots in the estuary - was I over the limit?",
        "local limit not given",
    ),
    (
        "near-age-now",
        "How old is someone born on 3 March 1979?",
        "depends on the current date",
    ),
    ("near-days-until", "How many days is it until Burns Night?", "depends on the current date"),
    (
        "near-coming-weekday",
        "What's the date the Thursday after next?",
        "depends on the current date",
    ),
    ("near-lunisolar", "When does Diwali fall in 2033?", "lunisolar festival, not computed"),
    (
        "near-good-friday",
        "What's the date of Good Friday in 2037?",
        "Easter computus not a date tool",
    ),
    (
        "near-working-days",
        "How many working days are there in August 2031?",
        "bank holidays differ by region",
    ),
    (
        "near-bank-holiday",
        "Is Monday 4 August 2031 a bank holiday where I live?",
        "differs by UK nation",
    ),
    (
        "near-month-from-31st",
        "Add a month to 31 March 2033 - what date do I get?",
        "month arithmetic from the 31st is ambiguous",
    ),
    (
        "near-year-after-leap-day",
        "A contract started on 29 February 2036. What's its first anniversary date?",
        "28 February or 1 March",
    ),
    (
        "near-numeric-date",
        "How many days between 03/04/2031 and 05/06/2031?",
        "all-numeric dates of unstated order",
    ),
    (
        "near-time-zone",
        "If it's 3.30pm in Leeds, what time is it in Adelaide?",
        "time zones and summer time",
    ),
    ("near-clocks", "On what date do the clocks go forward in 2033?", "summer time rules"),
    (
        "near-isbn",
        "What does the 978 at the start of an ISBN tell you?",
        "an identifier, not a number to compute",
    ),
    (
        "near-postcode",
        "Is postcode LS16 further out of Leeds than LS6?",
        "postcode numbers are not distances",
    ),
    ("near-ip-address", "Could 10.0.256.14 be a real IPv4 address?", "identifier validity"),
    ("near-software-version", "Which release is newer, 3.10 or 3.9?", "version, not decimal"),
    (
        "near-formation",
        "In a 3-5-2 formation, who covers the flanks?",
        "a formation, not a subtraction",
    ),
    ("near-chess", "What does Bxf7+ mean in chess notation?", "notation, not arithmetic"),
    (
        "near-phone-prefix",
        "How much does calling an 0843 number from a mobile cost per minute?",
        "current tariff not given",
    ),
    ("near-paper-size", "How big is a sheet of A2 in centimetres?", "paper size looked up"),
    (
        "near-nominal-timber",
        "What's the actual planed size of a 3x2 stud?",
        "nominal timber size",
    ),
    (
        "near-code-semantics",
        "In Python, what does -17 // 5 return, and why isn't it -3?",
        "code semantics and explanation",
    ),
    (
        "near-world-fact",
        "Divide the population of Norwich by the number of its churches.",
        "world facts not given",
    ),
    (
        "near-tax-rules",
        "How much income tax will I pay on a £41,000 salary in Scotland?",
        "current tax bands not given",
    ),
    ("near-dosing", "How much ibuprofen can my 6-year-old have?", "dosing advice"),
    ("near-size-chart", "What's a UK shoe size 8 in US women's sizes?", "size chart"),
    ("near-oven", "What gas mark should I use for 190°C?", "oven convention"),
    (
        "near-estimate",
        "Roughly how many sweets would fill a 2 litre jar for a guessing game?",
        "an estimate",
    ),
    (
        "near-lottery",
        "What are my odds of winning the Thunderball top prize?",
        "game rules not given",
    ),
    (
        "near-prevalence",
        "A test is 97% accurate and I tested positive. What's the chance I actually have it?",
        "prevalence missing",
    ),
    (
        "near-missing-area",
        "How many tins of paint do I need for my hallway?",
        "area and coverage missing",
    ),
    ("near-translation", "How do you say 'sixty-three' in Welsh?", "a translation"),
    ("near-title-number", "Who recorded the song 19 back in 1985?", "a number in a title"),
    (
        "near-opinion",
        "Is £1,350 a month too much for a two-bed flat in Bristol?",
        "an opinion",
    ),
    ("near-implied-multiplication", "What's 12 ÷ 3(1+3)?", "contested reading"),
    ("near-sequence", "What comes next: 3, 8, 15, 24, ...?", "sequence guess"),
    (
        "near-random",
        "Pick a random winning ticket between 1 and 350 for the church raffle.",
        "random choice",
    ),
    (
        "near-proof",
        "Prove that the sum of three consecutive whole numbers is divisible by 3.",
        "a written proof",
    ),
    (
        "near-explanation",
        "Why is any number to the power zero equal to one?",
        "an explanation",
    ),
    (
        "near-letter-count",
        "How many letter s's are in 'assassinations'?",
        "letters in a word",
    ),
    ("near-forecast", "Will it be dry enough to jet wash the drive on Saturday?", "a forecast"),
    (
        "near-historical-price",
        "What did a Mars bar cost in 1968?",
        "historical price not given",
    ),
    (
        "near-historic-weekday",
        "What day of the week was the Battle of Bosworth fought on?",
        "Julian calendar, date not given",
    ),
    (
        "near-tipping",
        "How much should I tip a hairdresser in Chicago?",
        "a tipping custom",
    ),
    ("near-postage", "How much is it to post a small parcel second class?", "current postage"),
    (
        "near-long-scale",
        "In the old British long scale, how many noughts does a billion have?",
        "long scale convention",
    ),
    (
        "near-cooking-time",
        "How long should I roast a 2.3 kg leg of lamb for medium?",
        "a cooking time",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for fam, q, note in NEAR:
    neg(fam, q, note)


# conversation negatives: an earlier turn sets a notation, convention or context
CONVS = (
    (
        "conv-operator",
        [(U, "Let a ◇ b mean 3a minus b."), (A, "Understood."), (U, "So what's 7 ◇ 4?")],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define h(n) = n squared plus 2n."), (A, "Got it."), (U, "What's h(9)?")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In this puzzle each letter is worth its place in the alphabet times two."),
            (A, "OK."),
            (U, "What's the word DOG worth?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-name-amount",
        [
            (U, "In our syndicate, one 'stake' is £35."),
            (A, "Noted."),
            (U, "What do nine stakes come to?"),
        ],
        "a name for an amount defined earlier",
    ),
    (
        "conv-swapped-ops",
        [
            (U, "For this game, + means multiply and x means add."),
            (A, "Fine, I'll use those rules."),
            (U, "6 + 4 x 2?"),
        ],
        "operators swapped earlier",
    ),
    (
        "conv-clock",
        [
            (U, "We're doing clock sums on a 12-hour dial."),
            (A, "Sure."),
            (U, "What's 9 plus 8?"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I use a comma as the decimal mark, like in Germany."),
            (A, "Understood."),
            (U, "What's 3,5 plus 2,25?"),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "At our brewery a 'tray' is 18 bottles."),
            (A, "Got it."),
            (U, "How many bottles in 23 trays?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-base-input",
        [
            (U, "Treat every number I send as base 2, please."),
            (A, "OK."),
            (U, "Then add 11101 and 1001."),
        ],
        "input base set earlier",
    ),
    (
        "conv-base-output",
        [(S, "Reply with numbers in base 16 only."), (U, "Sum 311 and 94 for me.")],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Only answer with Roman numerals, no digits."),
            (A, "Very well."),
            (U, "What's 17 times 4?"),
        ],
        "Roman numerals requested earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who answers everything in pirate speak."),
            (U, "How many is 12 lots of 11?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-language",
        [
            (U, "Answer me in Spanish from now on, please."),
            (A, "¡Claro!"),
            (U, "How many days are there in 5 weeks?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer every question as a limerick."),
            (A, "I'll do my best."),
            (U, "What is 15% of 80?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-format",
        [
            (U, "Give results as JSON with a single key called total."),
            (A, "OK."),
            (U, "81 divided by 9?"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Round answers to the nearest hundred, please."),
            (A, "Will do."),
            (U, "What's 1,237 plus 486?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Always give four significant figures."),
            (A, "Understood."),
            (U, "What's 22 divided by 7?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Give me every length in yards."),
            (A, "OK."),
            (U, "How long is a 150 metre fence?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-currency-fixed",
        [
            (U, "For these sums take one euro as 86p."),
            (A, "Noted."),
            (U, "What's €240 in pounds then?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Heads up: my dates are US style, month before day."),
            (A, "Got it."),
            (U, "Days from 03/07/2032 to 03/29/2032?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write dates out in words, like 'the fifth of May'."),
            (A, "Sure."),
            (U, "What date is 10 days after 25 April 2031?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Give all answers as fractions in lowest terms."),
            (A, "OK."),
            (U, "What's 0.375 plus 0.25?"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "My board game's calendar has 8 months, each 45 days long."),
            (A, "Interesting calendar."),
            (U, "How many days do four game-years last?"),
        ],
        "an invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our company's week 1 starts on the first Thursday of the year."),
            (A, "OK."),
            (U, "What week number is 20 February 2031 for us?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 18 times 23?"),
            (A, "18 x 23 = 414."),
            (U, "Sorry, I meant the other way round with the digits of the second one."),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "Our hall costs £180 and food is £12.50 a head for 40 people."),
            (A, "That's £180 for the hall and £500 for food, £680 in all."),
            (U, "Can you sum up that plan in a sentence for the committee?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-explanation",
        [
            (U, "What's 25% off £64?"),
            (A, "£48."),
            (U, "Why did you multiply by 0.75 rather than take 25 away?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "My three quotes were £420, £385 and £510."),
            (A, "Noted."),
            (U, "Which was the middle one I gave you?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "I've got invoices for £120 and £47.80."),
            (A, "OK, go on."),
            (U, "Plus two more for £85 and £62.50 - total the lot."),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 15% of 460?"),
            (A, "69."),
            (U, "Now add that to 1,200."),
        ],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "We paid £340 for a buffet for 40 guests."),
            (A, "That's £8.50 per guest."),
            (U, "Was that decent value, do you think?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "My passport expires on 3 May 2032."),
            (A, "OK."),
            (U, "I'm going to Spain on 20 April 2032. Should I renew first?"),
        ],
        "advice about a date given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "From here on, do all arithmetic mod 11."),
            (A, "OK."),
            (U, "What is 7 times 9?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang",
        [
            (U, "Use London slang money: a monkey is £500 and a pony is £25."),
            (A, "Right you are."),
            (U, "Two monkeys and three ponies is how much?"),
        ],
        "slang amounts set earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All my shop prices already include VAT at 20%."),
            (A, "Understood."),
            (U, "How much VAT is in a £96 price?"),
        ],
        "VAT-inclusive pricing set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
_reg_pos = [i for i in _pos if i["family"] != "plain"]
assert {i["family"] for i in _reg_pos} == set(REGISTERS)
for _tool in ("positive:calculator", "positive:units", "positive:datetime"):
    _t = [i for i in _reg_pos if i["label"] == _tool]
    assert {i["family"] for i in _t} == set(REGISTERS), _tool
    assert len(_t) == 31, (_tool, len(_t))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 193, len(_in_regs)
_npos = {r: sum(1 for i in _reg_pos if i["family"] == r) for r in REGISTERS}
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
for _i in items:
    if _i["label"] == "negative" and _i["family"] not in REGISTERS:
        assert _i["family"].startswith(("near-", "conv-")), _i["id"]
_ord = [i["family"] for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert _ord == [r for r in REGISTERS for _ in range(4)]
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
    # no register (family name) of this set is a family name of sets 19 to 70
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 70: {reused}"
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
