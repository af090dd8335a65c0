r"""Generate heldout-2027-03-15.jsonl: a hundred-and-second held-out router evaluation set
(SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed102/earlier_registers.txt (in full: a `wc -lc` gave 1825 lines and 45191 characters, a
`head -3` showed its first names, then a `tr` turning its newlines into spaces was printed in two
pieces, `head -c 23000` and `tail -c +22900`, which overlap by 101 characters, so nothing was left
out): the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed102/make_heldout_101.py (a `wc -l` gave 3170 lines, as the brief said): lines 1-680
(its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 986-1046 (its
units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 1234-1318 (its datetime section header, date
helpers, clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1580-1587
(its negatives section header, neg() and conv()) and 2947-3170 (its stated-weekday check, its
checks and main()). None of set 101's query blocks (681-985, 1047-1233, 1319-1579, 1588-2946) was
opened, printed or searched.

The first command ran an `ls -la` of /work/sealed102 (earlier_registers.txt and make_heldout_101.py
only), a `wc -l` of both, made /tmp/h102 and ran the `cat` of grading.py. The next printed lines
1-680 of set 101 by `sed -n 1,680p`; the tool showing the output cut out its middle (lines 163 to
355 of the output were not shown), so the next command printed lines 160-358 by `sed -n 160,358p`,
and all of lines 1-680 were seen. One command then printed lines 986-1046, 1234-1318 and 1580-1587
by `sed -n`, and another printed lines 2947-3170. Nothing outside the allowed ranges was seen. The
next two commands ran the `wc -lc`, the `head -3` and the two `tr` pieces of earlier_registers.txt.
Nothing under /work/main was opened or listed apart from grading.py: nothing under router/, tools/,
docs/ or tests/ was opened or listed, nor README or pyproject, and .venv was not listed. The only
other use of /work/main was running /work/main/.venv/bin/python (for every script and every run of
this generator, with a `--version` of it and of ruff once) and /work/main/.venv/bin/ruff (with
/work/main as the working directory, on this file only, always with --no-cache). No other
/work/sealed* directory was listed. The earlier generators (sets 1-101) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); importing them runs their module
level, which builds their items, but no earlier query was ever printed. No JSONL file was opened
(not even this set's own output: only this generator's printed summary, its failure messages, its
`tail -6` and `head -4`, a `grep` of its negative and plain family lines (`head -12`), its sha256
line, ruff's output and the --show listing of ids, expected values and tolerances, picked out by a
`grep` and laid out by `column -t`, were read; `sha256sum` and `wc -l` were run on it), no git
command was run, no network and no search or fetch tool was used, and neither the router nor the
bench nor the tests were run.

What was run, after the reads above: one command ran one `grep -i` of earlier_registers.txt per
keyword, joined by `tr` and cut to 200 characters, for fragments of the candidate trades and
situations (orchid, biscuit, cruise, kilimanjaro, trek, denim, jeans, wash_house, insulation,
render, fertil, flexo, label, football, away_fan, forensic, account, garden_office, pensioner,
smartphone, phone, plywood, veneer, truss, salvage, car_auction, sports_day, year_abroad, japan,
tenant, moving, funfair, showman, underfloor, heating, harness, wiring, fastener, cold_heading,
surf, lagoon, outdoor, camping, gear and doctor). Candidates weighed while reading the list and
dropped, judged too near an earlier name or hard to fill with exact questions, included a pet food
extrusion plant (near the animal feed mill and the pet treat bakery), an apple packhouse grading
line (near the avocado packhouse), a flat roof membrane roofer (near the roofing slate contractor
and the green roof installer), a criminal defence duty solicitor (hard to fill with unit
questions), a retired couple touring in a motorhome (near the campervan hire and the retired couple
wintering in Spain), a wholesale hedging plant nursery (near the bonsai nursery and the Christmas
tree plantation), a jazz club promoter (near the grassroots music venue booker) and a smallbore
rifle club (near the archery club range officer). The 25 registers below were then fixed; no list
file of them was written, and the sorted order is asserted in this file. The next command printed
the line number of the line that is exactly `from __future__ import annotations` in lines 1-680 of
set 101 (468), printed lines 680, 1046 (by `cat -A`), 1318, 1587, 2947 and 3170, printed the Python
and ruff versions (3.11.7 and 0.17.6), made /tmp/h102/own, copied the five ranges by `sed -n A,Bp`
into /tmp/h102/r1.py to r5.py (not printed) and ran a `wc -l` of them. The next command wrote and
ran /tmp/h102/subst.py (a `cat` heredoc): it cut the first copy at that line (asserted to be the
only such whole line), so set 101's docstring is not part of this file, and substituted this set's
OUT ("heldout-2027-03-14.jsonl" -> "heldout-2027-03-15.jsonl") and PREFIX ("ho101-" -> "ho102-",
with "ho101-" asserted absent afterwards), "sets 1-100" -> "sets 1-101" in the comment on
EARLIER_DIRS (asserted to be a comment line; the tuple itself and earlier_path() are kept as they
were), `range(2, 101)` -> `range(2, 102)` in EARLIER and, in REGISTER_CHECK, make_heldout_101.py
added after make_heldout_100.py, all in the first block, and "sets 19 to 100" -> "sets 19 to 101"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth copies are used as copied); the
same command ran a `head -3` of c1.py, a `grep -nE` of c1.py for "2027", "ho10", "sets 1-",
"range(2" and the REGISTER_CHECK lines of sets 100 and 101, a `grep -n` of c5.py for "19 to", a
`cat -A` of the end of c1.py and an `awk` listing the lines of the five copies over 99 characters
(none).

Then `cat` heredocs wrote this set's own blocks under /tmp/h102/own/: a_calc.py (money(), the
register constants, REGISTERS and THREE, and the calculator items), b_units.py (unit constants and
their asserts and the unit items), c_dates.py (hours_between(), the weekday asserts and the date
items; a one-line script in the same command printed the weekdays of the 15 dates stated with a
weekday or named here, among them 15 March 2027, the date in this file's name, a Monday), d_negs.py
(the ORDINARY table), e_near.py (the near() helper and the NEAR list, with a `grep -c` of its entry
lines, 65) and f_convs.py (the convo() helper, the CONVS list and this set's own structural
asserts). Before any run, reading f_convs.py again showed that its first all-numeric-date pattern
would have matched the fertiliser grade 20-10-10 of a calculator item; a `sed` replaced it by the
pattern below (d/m/y with slashes or dots, or ISO). The same command wrote a one-line placeholder
docstring to /tmp/h102/doc.txt (by `echo`), /tmp/h102/assemble.py (it builds this file from doc.txt
and the blocks in order: c1.py, the own a_calc.py, r2.py, the own b_units.py, r3.py, the own
c_dates.py, r4.py, the own d_negs.py, e_near.py and f_convs.py, and c5.py, checks that the result
compiles and prints its line count; given a path it writes there instead), /tmp/h102/longlines.py
(it lists the lines of a file over 99 characters), /tmp/h102/fixlong.py (it splits string or
f-string literals of at least 40, later 30, characters that lie on a line over 99 characters, at
spaces outside braces, giving an f prefix only to pieces that hold a brace and wrapping the pieces
in parentheses when the literal is an element of a tuple, list, set or dict (ISC004), working on
UTF-8 bytes for ast's column offsets, and asserting that the file's syntax tree is unchanged) and a
helper /tmp/h102/run.sh (it runs assemble.py, then from /work/main as the working directory
`.venv/bin/ruff format --no-cache -q` on this file, then three, later six, passes of fixlong.py and
ruff format, then `.venv/bin/ruff check --no-cache` on it, writing the latter's output to
/tmp/h102/ruff.txt and printing the exit codes and its `tail -3`, then this generator from /tmp,
passing on any arguments, writing its output to /tmp/h102/out.txt, and prints its exit code and the
`tail -6` of it, and last the list of long lines), made run.sh executable and ran it. The runs and
the fixes between them are listed under "Checks that failed along the way". After the run that
passed every check with no line over 99 characters, the generator was run with --show from /tmp
(its output written to /tmp/h102/show.txt) and the listing of ids, expected values and tolerances
(a `grep` of show.txt laid out by `column -t`) was read; this writer checked the expected values
against the stories by hand; no change was needed. A `grep -noiE` of the own positive blocks
followed, for words that could make a positive contested, relative or vague (tonne, ounce, oz,
month, year, today, now, about, roughly, approx, reckon, estimate, around, tomorrow and this
morning), with its eight hits read: "a month" in three calculator items is a stated monthly price
or a stated 30-day month, "this morning" in a unit item names when a water temperature was read,
"reckons 9 weeks" in a date item is a stated length asked about as a date, and "day of the year" in
two date items is the question; none of them is a length to convert or an estimate. A count command
then took `grep -o -F` counts over the own positive blocks (of money(, sayw(, sayus(, days(D,
nth_weekday(, age(D, weeks(D, unit_r(, unit(, hours_between(DT, clock_span(, STONE, CUFT, SQFT and
whole_up); reading them showed that the Kilimanjaro calculator item, an answer in pounds, did not
pass through money(); an inline script (asserted once) wrapped it in money(), which leaves its
expected value unchanged. The docstring's source was written next; run.sh was then run again, and a
`diff` of the --show listings from before and after that edit showed no difference. To confirm that
the layout changes altered no text, a second copy of the generator was built straight from the own
blocks, without ruff format or fixlong.py (assemble.py writing /tmp/h102/alt.py), and it and this
file were run with --digest (this file also with PYTHONHASHSEED=7); all gave the same sha256, equal
to the one in out.txt; alt.py was then deleted. An inline script confirmed that each copied block
(c1.py, r2.py to r4.py and c5.py) appears verbatim in this file, once. This docstring was written
last over the placeholder: its source text, /tmp/h102/doc/doc_src.txt, was written by a `cat`
heredoc; /tmp/h102/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines as
they are and asserts that the words are unchanged, that no line exceeds 99 characters, that every
register value is named and that the text holds no three quotes of its own) filled it to 99 columns
into /tmp/h102/doc.txt; then run.sh was run again, with the verbatim check and the digests again;
and then, in one command, `ruff format --no-cache --check` and `ruff check --no-cache` of this file
(from /work/main), two runs of this file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and
`wc -l` of the JSONL, `rm -rf /tmp/h102` and an `ls -la` of /work/sealed102. Writes: only this file
and its JSONL in /work/sealed102/ (earlier_registers.txt and make_heldout_101.py left as they
were); temporary blocks, scripts and output under /tmp/h102/ were deleted afterwards. Nothing was
written into /work/main. The JSONL's sha256 from the last edit of the items on was
5da63f29364c69c100db667ad9302448833ead421cf0e110c78eadde72aa18f4 (335 lines); the docstring does
not enter the output.

Changes to set 101's main() and checks: only the substitutions listed above (file names, the
prefix, sets 1-101 for the duplicate check, sets 19-101 for the register check); no copied check
needed adapting. Set 101 lies next to this file in /work/sealed102, and EARLIER_DIRS and
earlier_path() are kept as set 101 has them: each earlier generator is looked up first next to this
file (HERE), then in /work/main/tests/data/router_heldout (not listed here); this works now
(make_heldout_101.py is found next to this file and sets 1-100 in router_heldout, as the passing
runs show) and after this file is copied there. The copied helpers, unit factors, checks and main()
are otherwise set 101's as copied; ruff format left the copied blocks as they were (the inline
check named above found each verbatim). All of set 101's checks are kept: counts per kind, ids and
prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check. Kept outside main(), as copied: weeks()
(twice: a register item and a plain one-liner, each between two stated Mondays), clock_span()
(once, in minutes, to the next morning), nth_weekday() (five times), age() (twice), days() (six
times), unit_r() with close_enough_at_2dp() (used by every rounded unit answer, 29), sayw()
(thirteen times) and sayus() (once), so the weekdays stated next to dates are computed, and are
also checked by the copied stated-weekday check and by this set's own asserts; SQFT, CUFT and STONE
are used, SQYD and OZ are not; whole_up() is not used. Added, newly written: money() (asserts whole
pence, with an assert of its own; every calculator answer in pounds passes through it, 24 of them:
20 register word problems in pounds, one in pounds converted from yen, and three plain items; the
other register word problems are biscuits per shift, yen left over, litres of water, minutes of
running, kilograms of nitrogen, labels per reel, a shortfall percentage, cladding boards, good
veneer sheets and minutes of crimping); MM, CM, KM, HA and MINUTE, with asserts on IN/MM, CM/MM,
MI/KM, HA/ACRE, SQFT, c_to_f(31), c_to_f(-7), c_to_f(-18), f_to_c(410), c_to_f(45) and
c_to_f(38.6); the register constants and the REGISTERS tuple (asserted 25, distinct and sorted); an
assert that the square-root one-liner's radicand is a perfect square and the cube-root one-liner's
a perfect cube; hours_between() (hours between two stated date-times, used twice, with an assert of
its own); asserts that the dates stated with a weekday (an orchid sowing, a cruise sailing, a
container's departure, the two Mondays of a press commissioning, a proof sign-off, a truss order, a
run of nights, a sports day, a fair's pull-on, the two Mondays of the plain weeks one-liner and the
date of the plain sayus() item) fall on the weekday intended; the ORDINARY table and the near() and
convo() helpers with their NEAR and CONVS lists; and this set's own structural asserts, written
from set 101's docstring's description of them: the ORDINARY table is keyed by exactly the
REGISTERS, in REGISTERS order, four distinct questions each; NEAR has 65 entries and CONVS 35, each
with distinct families (and NEAR distinct queries), all "near-..." and "conv-..." respectively,
each with a note; every conversation has at least three turns, opens and ends with a user turn, and
its user and assistant turns alternate; the positive registers of each tool are exactly the
REGISTERS, with 31 register word problems and 14 plain items per tool; exactly 18 registers have
four positives and 7 have three (these seven named, as THREE); the ordinary negatives are 100, four
per register, with no note and no messages; every negative outside the registers is a near-... or
conv-... family with a note, with messages exactly when it is a conv-... family; every positive's
family is a register or plain; no positive contains an all-numeric date (NUMERIC_DATE_POS, this
set's own pattern). date_item() refuses leap-day results, and the weeks() calls assert whole weeks.

Disclosures: the kinds of item and the counts follow set 101's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 101's, copied (P = "plain" is copied too, as the
last line of the first block). Set 101's docstring (everything before line 468) names its 25
registers, its provenance, the generic kinds of its items and the generic subjects and figures of
items its duplicate check once reported or that it reworded or that it repeats from earlier sets
(among them 17.5 percent of 5,736, 6.25 GiB in MiB, 1,350 mm, the cube roots of 103,823 and
148,877, 5 ft 11.5 in, 115 km/h in mph, -13.5 degrees Celsius, a weekday of 19 November 2031, 22:50
to 05:25 the next morning and 18.5% of 7,264), which were therefore seen; none of those figures
recurs here, though two plain kinds recur with new figures (VAT at 17.5% added to £2,340, and a
height in feet and inches in centimetres). The layout tools change only how string literals are
laid out in this file, never their text (asserted by syntax trees, and confirmed by the equal
digests above); ruff's own settings were not read, and the limit of 99 was enforced by this
writer's own list of long lines. Some of this set's near-positive and conversation kinds share
generic kinds with set 101's lists as its docstring describes them, newly worded with new subjects
and figures: live or looked-up data (sugar, urea, steel wire rod, C24 timber and birch plywood
prices, an exchange rate, a forecast at a port and at a sports day, a rail fare, a kick-off time,
the sea temperature, a car's auction value, a rail pass price, an orchid's price, a historical base
rate, a doctor's pay scale, phone tariffs), rules (a labelling rule, posting gas canisters, a visa,
REACH, a grant, spreading near water, food-contact inks, limitation periods, permitted development,
surf lesson insurance, a rota's legality, formaldehyde classes, Category S paperwork, health
insurance in Japan, deposit return, a fairground licence), estimates with a missing figure or
constant (fertiliser for a watering can, grow-light hours, a bake time, tent sales, port fees,
oxygen at altitude, tips, a water footprint, a U-value, render drying, bolt torque, a field's rate,
ink use, a drive time, a garden office's cost, cable size, wave energy, sleep, data use, photo
storage, log volume, snow load, truss spacing, suncream, relay timing, underfloor heat output) and
code (a Python function, an Excel formula, an SQL query and a Python snippet), with a translation
into Japanese and an explanation of a sleeping bag label; and for conversations writing around
earlier figures or text (a newsletter note, a shift handover, a warranty reply, a cruise complaint,
a thank-you post, a buyer's email, a customer letter, an NCR, a farmer's letter, a reprint email, a
supporters' post, a report paragraph, a neighbour note, an incident summary, a swap message, fridge
instructions, a near-miss report, a contractor reply, an auction listing, a letter home, a deposit
dispute) and judgements, explanations or plans over earlier options or facts (which orchid to
repot, two conveyor quotes, a window display, a cabin, a training week, two washes, two presses,
coach or train, next steps in a fraud, slab or screws, a career, a scam text, a dorm or share
house, a floor that heated slowly). No item of set 101 was seen, so none was reused verbatim. No
conversation here ends in a user turn that could be answered alone: each last turn either needs
figures, rules or text from the earlier turns or asks for writing, judgement or explanation. Some
near-positives depend on current figures or live data; they are negatives, with no "now" field. No
positive depends on a looked-up figure: every rate, price, fee, discount, exchange rate and
percentage is given in the text, so the answer follows from the text alone. The wiring harness shop
has no near-positive; not every register needs one.

Registers (families), 25, new: amateur_orchid_grower, biscuit_factory_oven_line,
camping_and_outdoor_gear_shop, couple_booking_their_first_cruise,
couple_training_for_a_kilimanjaro_trek, denim_jeans_wash_house,
external_wall_insulation_render_crew, fastener_cold_heading_works, fertiliser_blending_plant,
flexographic_label_printing_press, football_away_fan_travelling_to_matches,
forensic_accounting_team, homeowner_building_a_garden_office, inland_surf_lagoon_operator,
junior_doctor_on_night_rotations, pensioner_learning_to_use_a_smartphone,
plywood_veneer_peeling_mill, roof_truss_manufacturing_yard, salvage_car_auction_yard,
school_sports_day_organiser, student_on_a_year_abroad_in_japan, tenant_moving_out_of_a_rented_flat,
travelling_funfair_showman_family, underfloor_heating_installer, wiring_harness_assembly_shop.
Every register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: camping_and_outdoor_gear_shop,
couple_booking_their_first_cruise, forensic_accounting_team, student_on_a_year_abroad_in_japan,
tenant_moving_out_of_a_rented_flat, travelling_funfair_showman_family; a second unit word problem:
couple_training_for_a_kilimanjaro_trek, external_wall_insulation_render_crew,
inland_surf_lagoon_operator, plywood_veneer_peeling_mill, roof_truss_manufacturing_yard,
underfloor_heating_installer; a second date word problem: denim_jeans_wash_house,
flexographic_label_printing_press, football_away_fan_travelling_to_matches,
junior_doctor_on_night_rotations, pensioner_learning_to_use_a_smartphone,
school_sports_day_organiser). The seven registers with three positives are amateur_orchid_grower,
biscuit_factory_oven_line, fastener_cold_heading_works, fertiliser_blending_plant,
homeowner_building_a_garden_office, salvage_car_auction_yard and wiring_harness_assembly_shop.
Positives are one-liners (family "plain") or word problems of one to three sentences, mostly in UK
usage with pounds and pence (two in yen), with feet, inches, yards, acres, miles, stones and
pounds, and with a US-style written date in one plain item; Celsius and Fahrenheit both ways, miles
to kilometres, kilometres to miles, km/h to mph, metres per second to feet per minute and to km/h,
bar to psi, GiB to MiB, square metres to square feet, kilograms per hectare to pounds per acre,
acres to hectares, cubic metres to cubic feet, kilograms to stone and to pounds, pounds to
kilograms, feet and inches to centimetres, inches to centimetres and millimetres, millimetres to
inches, metres to feet, feet to metres and yards to metres; some chatty, terse or lower-case, with
questions at the start or the end, and a few bare expressions to complete. No positive
conversations. No dosing in positives (a patient's temperature is converted, nothing is dosed).

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 101: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as units (tonnes are named
only in the text of negatives), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence (asserted by
money()). Week counts are asserted to be whole weeks; day counts are the difference of the two
dates (queries are worded as N days or weeks after or before a stated date, how many days from one
date to another, a shutdown with both days counted, 9, 10, 18, 28, 37, 45, 50, 60, 84, 90, 100,
210, 500 and 730 days after or before a date, 9, 12, 16, 17 and 20 weeks after or before a date, 5
weeks and 3 days and 3 weeks and 4 days after a date, weeks between two stated Mondays (a register
item and a plain one-liner), hours between two stated date-times (one register item and one plain
item), the weekday of a stated date (two register items and one plain item), the third Saturday,
the last Saturday, the second Thursday, the first Monday and the last Sunday of a stated month and
year, and a day of the year counting 1 January as day 1 (one register item and one plain item));
the two ages are in whole years from a stated date to a stated date, and the one clock span runs
from one stated time to the next occurrence of the other (crossing midnight, saying "the next
morning"; in minutes). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 101):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square feet and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 KiB = 1024 bytes, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

earlier_registers.txt was read in full and this set's registers were chosen to be of trades and
situations different from every name in it; some are of neighbouring fields judged to be different
trades or situations: the amateur orchid grower next to the houseplant shop, the bonsai nurseries
and the orangery citrus grower; the biscuit factory oven line next to the crisp factory fryer line,
the tortilla factory line and the fortune cookie factory; the camping and outdoor gear shop next to
the army surplus store, the fishing tackle shop and the kite shop; the couple booking their first
cruise next to the cruise ship galley provisioning and the cruise ship shore excursions (which
share a word, but are crew trades) and the couple interrailing across Europe; the couple training
for a Kilimanjaro trek next to the alpaca trekking names (which share a word), the hillwalker
bagging Munros and the camino pilgrim walker; the denim jeans wash house next to the industrial
laundry plant, the textile dyehouse colour kitchen and the clothing factory cutting room; the
external wall insulation render crew next to the loft insulation installer (which shares a word),
the plastering contractor and the damp proofing contractor; the fastener cold heading works next to
the industrial spring coiling works, the ball bearing factory grinding line and the copper wire
drawing mill; the fertiliser blending plant next to the animal feed mill orders, the grain store
cooperative and the crop spraying contractor; the flexographic label printing press next to the
letterpress names, the print and copy shop counter and the banknote printing works; the football
away fan travelling to matches next to the fantasy football league commissioner, the football
stadium groundsman, the grassroots football referee and the Sunday league football secretary (which
share a word) and the stadium matchday safety officer; the forensic accounting team next to the
forensic document examiner (which shares a word), the audit firm trainee auditor and the card fraud
investigation desk; the homeowner building a garden office next to the bike shed maker, the
shepherds hut maker and the shipping container home builder; the inland surf lagoon operator next
to the surf beach lifeguard tower and the surfboard shaper workshop (which share a word), the
wakeboard cable park and the water park slide operator; the junior doctor on night rotations next
to the student nurse ward placement, the hospital night porter log and the GP surgery reception;
the pensioner learning to use a smartphone next to the mobile phone contract shop and the phone
screen repair kiosk (which share a word) and the widower learning to cook for one; the plywood
veneer peeling mill next to the mobile sawmill operator, the paper mill reel shop and the marquetry
workshop; the roof truss manufacturing yard next to the timber frame house builder, the staircase
joinery workshop and the roofing slate contractor; the salvage car auction yard next to the
architectural salvage yard (which shares a word), the used car forecourt dealer and the auction
house saleroom clerk; the school sports day organiser next to the school trip organiser (which
shares words), the athletics field events officials and the primary school trip minibus; the
student on a year abroad in Japan next to the international student first term, the exchange
student host family and the gap year backpacker budget; the tenant moving out of a rented flat next
to the tenants and residents association (which shares a word), the letting agent lettings desk and
the accidental landlord letting a flat; the travelling funfair showman family next to the
fairground ride inspector, the seaside amusement arcade and the carousel restoration workshop; the
underfloor heating installer next to the heat pump installer, the district heating billing office
(which shares a word) and the gas boiler service engineer; the wiring harness assembly shop next to
the circuit board assembly line, the harness maker (a leather trade sharing a word) and the car
assembly plant trim line. Some of this set's registers touch each other (the couples booking a
cruise and training for a trek, the away fan, the pensioner, the tenant, the homeowner and the
student in Japan are all household situations; the biscuit line, the fastener works, the fertiliser
plant, the label press, the veneer mill, the truss yard and the harness shop are all industry; the
render crew and the underfloor heating installer both work on houses); the judgement that they are
different trades or situations is this writer's. At the edges of the allowed ranges: line 680 is P
= "plain", 986, 1234 and 1580 are section headers, 1046 is the blank line after unit_r(), 1318 is
the assert after sayus(), 1587 is the body of conv(), 2947 opens the stated-weekday check and 3170
is the call of main(). No query text of any earlier set was seen: main()'s duplicate check names
only this set's ids. Every query here was newly written from imagination of each trade or
situation; two items that the duplicate check reported as exact repeats of earlier queries (their
earlier counterparts unseen) were given new figures, see below. Registers of sets 1 to 18 that are
not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled
out. An exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts
that no register is a family name of sets 19 to 101 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question.

Checks that failed along the way, and how each was fixed: the first run of run.sh passed ruff
format and ruff check, but the generator stopped at main()'s duplicate check, which reported two
items by id as repeats of earlier queries or user turns (ho102-calculator-plain-09 and
ho102-units-plain-02); an inline script (each edit asserted to apply once) gave them new figures
(five eighths of 1,096 instead of three eighths, and 5 ft 10.5 in in centimetres instead of 5 ft 9
in), without the earlier queries being looked at; that run also left four lines of exactly 100
characters, whose literals did not start their lines, so fixlong.py skipped them. An inline script
extended fixlong.py to split such a literal in two where it stands (ruff format then reflows it)
and lowered its minimum length to 30. The second run passed every check of the generator, but
fixlong.py stopped at its own syntax-tree assert (two literals on one line were split in one pass,
the second with stale offsets), leaving the file as ruff format made it; an inline script made it
split one literal per line per pass, and run.sh was given six passes. The third run then stopped at
the same assert, because the new in-place split kept the text before the literal on every piece; an
inline script fixed that (checked on a copy of the file, deleted after). The fourth run passed
every check but left two lines of exactly 100 characters (the long lines of each run were looked at
by `sed -n`, cut by `cut -c`), which ruff format joins back after each split since they fit its own
limit; an inline script (each edit asserted once) reworded the two items (a yen rate "per pound",
and a washer-extractor's load), and after a fifth run in which the second rewording still gave 100
characters it was reworded again ("A full load in the washer-extractor is 180 kg of jeans."). The
sixth run passed every check (fixlong.py splitting 146 literals in its first pass and none after)
with no line over 99 characters. The register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts, the unit asserts and the
weekday asserts of the date items passed on every run that reached them.

Run: /work/main/.venv/bin/python make_heldout_102.py (writes the JSONL next to this file, checks
that it regenerates byte for byte, and prints its sha256 and counts per label and family; add
--show to list every positive's expected value, or --digest to print only the sha256 of the output)
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
OUT = HERE / "heldout-2027-03-15.jsonl"
PREFIX = "ho102-"
# earlier generators: sets 1-101 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 102))
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
    "make_heldout_79.py",
    "make_heldout_80.py",
    "make_heldout_81.py",
    "make_heldout_82.py",
    "make_heldout_83.py",
    "make_heldout_84.py",
    "make_heldout_85.py",
    "make_heldout_86.py",
    "make_heldout_87.py",
    "make_heldout_88.py",
    "make_heldout_89.py",
    "make_heldout_90.py",
    "make_heldout_91.py",
    "make_heldout_92.py",
    "make_heldout_93.py",
    "make_heldout_94.py",
    "make_heldout_95.py",
    "make_heldout_96.py",
    "make_heldout_97.py",
    "make_heldout_98.py",
    "make_heldout_99.py",
    "make_heldout_100.py",
    "make_heldout_101.py",
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
    """A sum of money in pounds (or other currency units): asserted to be whole pence."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.35") * 2) == dec("24.7")

ORCH = "amateur_orchid_grower"
BISC = "biscuit_factory_oven_line"
GEAR = "camping_and_outdoor_gear_shop"
CRUISE = "couple_booking_their_first_cruise"
KILI = "couple_training_for_a_kilimanjaro_trek"
DENIM = "denim_jeans_wash_house"
EWI = "external_wall_insulation_render_crew"
BOLT = "fastener_cold_heading_works"
FERT = "fertiliser_blending_plant"
FLEXO = "flexographic_label_printing_press"
AWAY = "football_away_fan_travelling_to_matches"
FORENS = "forensic_accounting_team"
GOFF = "homeowner_building_a_garden_office"
SURF = "inland_surf_lagoon_operator"
JDOC = "junior_doctor_on_night_rotations"
PENS = "pensioner_learning_to_use_a_smartphone"
PLY = "plywood_veneer_peeling_mill"
TRUSS = "roof_truss_manufacturing_yard"
SALV = "salvage_car_auction_yard"
SPORTS = "school_sports_day_organiser"
JAPAN = "student_on_a_year_abroad_in_japan"
TENANT = "tenant_moving_out_of_a_rented_flat"
FAIR = "travelling_funfair_showman_family"
UFH = "underfloor_heating_installer"
HARN = "wiring_harness_assembly_shop"
REGISTERS = (
    ORCH,
    BISC,
    GEAR,
    CRUISE,
    KILI,
    DENIM,
    EWI,
    BOLT,
    FERT,
    FLEXO,
    AWAY,
    FORENS,
    GOFF,
    SURF,
    JDOC,
    PENS,
    PLY,
    TRUSS,
    SALV,
    SPORTS,
    JAPAN,
    TENANT,
    FAIR,
    UFH,
    HARN,
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)
# the seven registers with three positives (one per tool); the other 18 have one more
THREE = (ORCH, BISC, BOLT, FERT, GOFF, SALV, HARN)

calc(
    ORCH,
    "I repot 18 orchids every spring. A bag of bark mix does 3 pots and costs £6.40, and "
    "each plant gets a new clear pot at £1.15. What does repotting the lot cost me?",
    money(6 * dec("6.40") + 18 * dec("1.15")),
)
calc(
    BISC,
    "Our rotary moulder feeds the oven 2,400 biscuits a minute. A shift is 7.5 hours but "
    "35 minutes of that is planned stops. How many biscuits come off the line in a shift?",
    (dec("7.5") * 60 - 35) * 2400,
)
calc(
    GEAR,
    "customer wants the 3-man tent at £240, a self-inflating mat at £45 and a gas stove "
    "at £62, and she's a club member so 15% off the whole basket. what does she pay",
    money((240 + 45 + 62) * (1 - pct(15))),
)
calc(
    GEAR,
    "We bought in 40 head torches at £8.75 each. 34 sold at £19.99 and the last 6 went "
    "in the clearance bin at £9 each. What profit did the batch make in total?",
    money(34 * dec("19.99") + 6 * 9 - 40 * dec("8.75")),
)
calc(
    CRUISE,
    "The cruise fare is £1,890 per person and there are two of us. On top there are "
    "gratuities of £14.50 per person per night, and it's an 11-night sailing. What's the "
    "total?",
    money(2 * 1890 + dec("14.50") * 2 * 11),
)
calc(
    CRUISE,
    "We've put down a £450 deposit on a cruise costing £4,280 in all, and the rest is "
    "payable in 4 equal instalments. How much is each instalment?",
    money(F(4280 - 450, 4)),
)
calc(
    KILI,
    "The Kilimanjaro trek is £2,150 each and the flights £780 each. There are two of us "
    "and we've promised to raise £3,500 for the hospice on top. How much do we need to "
    "find altogether?",
    money(2 * (2150 + 780) + 3500),
)
calc(
    DENIM,
    "A pair of jeans takes 42 litres of water in our stone wash, and the new recycling "
    "loop cuts that by 35 percent. How many litres does a batch of 600 pairs use with "
    "recycling?",
    42 * (1 - pct(35)) * 600,
)
calc(
    EWI,
    "Render system at £38 per square metre over 96 square metres of wall, plus £1,450 "
    "for the scaffold, and then VAT at 20% on all of it. What's the total bill?",
    money((38 * 96 + 1450) * (1 + pct(20))),
)
calc(
    BOLT,
    "The cold header is making 320 bolts a minute. The order is for 250,000 bolts. How "
    "many minutes of running time is that?",
    F(250000, 320),
)
calc(
    FERT,
    "Each big bag holds 600 kg of a 20-10-10 blend, so 20% of it is nitrogen. How many "
    "kg of nitrogen are there in 35 bags?",
    600 * pct(20) * 35,
)
calc(
    FLEXO,
    "Labels run 4 across the web on a 125 mm repeat. How many labels do we get from a "
    "1,500 metre reel?",
    1500 * 1000 // 125 * 4,
)
calc(
    AWAY,
    "Every away trip costs me £32 for the supporters' coach, £28 for the ticket and £15 "
    "for food. I'm going to 9 away games. How much for all of them?",
    money(9 * (32 + 28 + 15)),
)
calc(
    FORENS,
    "Sales in the ledger total £1,250,000 but the bank deposits only add up to "
    "£1,162,500. What is the shortfall as a percentage of ledger sales?",
    F(1250000 - 1162500, 1250000) * 100,
)
calc(
    FORENS,
    "Three expense claims were inflated: £1,240 claimed against receipts of £860, £375 "
    "against £215 and £2,980 against £2,090. What is the total overclaim?",
    money((1240 - 860) + (375 - 215) + (2980 - 2090)),
)
calc(
    GOFF,
    "Each cladding board covers 0.45 square metres and the garden office has 34.2 square "
    "metres of wall to clad. How many boards is that?",
    dec("34.2") / dec("0.45"),
)
calc(
    SURF,
    "Saturday we ran 6 wave sessions of 32 surfers each; three quarters were adults at "
    "£55 and the rest juniors at £40. What were the day's session takings?",
    money(6 * 32 * F(3, 4) * 55 + 6 * 32 * F(1, 4) * 40),
)
calc(
    JDOC,
    "My basic rate is £21.95 an hour and night hours are paid at a 40% enhancement. I "
    "worked 4 night shifts of 12.5 hours. What's my pay for those nights?",
    money(dec("21.95") * (1 + pct(40)) * 4 * dec("12.5")),
)
calc(
    PENS,
    "my phone plan is £12 a month but I get 25% off for being an existing customer, and "
    "then there's a £4.50 add-on for calling my sister in Spain. what's the monthly bill",
    money(12 * (1 - pct(25)) + dec("4.50")),
)
calc(
    PLY,
    "Each log gives us 48 sheets of veneer. The day shift peeled 150 logs and 6% of the "
    "sheets were rejected at grading. How many good sheets?",
    150 * 48 * (1 - pct(6)),
)
calc(
    TRUSS,
    "One truss takes 14.6 metres of timber at £2.35 a metre plus £11.80 of nail plates. "
    "What's the materials cost for 22 trusses?",
    money(22 * (dec("14.6") * dec("2.35") + dec("11.80"))),
)
calc(
    SALV,
    "Hammer price on the Golf was £3,600. The buyer's premium is 12.5% plus a £60 admin "
    "fee, and VAT at 20% applies to the premium and fee only. What does the buyer pay in "
    "total?",
    money(3600 + (3600 * pct("12.5") + 60) * (1 + pct(20))),
)
calc(
    SPORTS,
    "Medals are 85p each. We give one to each of the first three in 24 races and order "
    "25% extra as spares. How much do the medals cost?",
    money(3 * 24 * (1 + pct(25)) * dec("0.85")),
)
calc(
    JAPAN,
    "In Osaka my scholarship is ¥120,000 a month. Rent is ¥58,000, utilities ¥9,500 and "
    "my phone ¥2,980. How many yen are left each month?",
    120000 - 58000 - 9500 - 2980,
)
calc(
    JAPAN,
    "If the bank gives me ¥190 per pound, how many pounds did I spend on a ¥47,500 rail pass?",
    money(F(47500, 190)),
)
calc(
    TENANT,
    "My deposit was £1,350. The landlord is keeping £185 for cleaning and £72.40 for a "
    "broken blind. How much should I get back?",
    money(1350 - 185 - dec("72.40")),
)
calc(
    TENANT,
    "Rent is £1,020 for a 30-day month and I'm handing the keys back after 18 days of "
    "it. If the landlord refunds the unused days pro rata, how much is the refund?",
    money(F(1020, 30) * (30 - 18)),
)
calc(
    FAIR,
    "Friday night the waltzer took 1,140 rides at £4 and the dodgems 860 rides at £3.50. "
    "The landowner gets 18% of the takings. How much do we keep?",
    money((1140 * 4 + 860 * dec("3.50")) * (1 - pct(18))),
)
calc(
    FAIR,
    "The generator burns 46 litres of diesel a night and diesel is £1.52 a litre. What's "
    "the fuel bill for a 9-night fair?",
    money(46 * dec("1.52") * 9),
)
calc(
    UFH,
    "Quote for a kitchen floor: manifold £385, 281 metres of pipe at £0.92 a metre and "
    "£640 labour. Total?",
    money(385 + 281 * dec("0.92") + 640),
)
calc(
    HARN,
    "Each harness has 64 crimped terminals and the bench crimper does 22 a minute. How "
    "many minutes of crimping for 55 harnesses?",
    F(64 * 55, 22),
)

assert 203**2 == 41209 and 67**3 == 300763
calc(P, "What is 18% of 4,350?", 4350 * pct(18))
calc(P, "7,392 ÷ 0.48", F(7392) / dec("0.48"))
calc(P, "square root of 41,209", 203)
calc(P, "38.5 × 26.4 = ?", dec("38.5") * dec("26.4"))
calc(P, "What's 2 to the power 14 minus 3 to the power 9?", 2**14 - 3**9)
calc(P, "(5,210 − 1,346) / 16", F(5210 - 1346, 16))
calc(P, "Add VAT at 17.5% to £2,340.", money(2340 * (1 + pct("17.5"))))
calc(P, "1.5 cubed", dec("1.5") ** 3)
calc(P, "What is five eighths of 1,096?", F(5, 8) * 1096)
calc(P, "Cube root of 300,763?", 67)
calc(P, "Split £14,600 in the ratio 3:5. What is the larger share?", money(F(14600 * 5, 8)))
calc(P, "240 is 16% of what number?", F(240) / pct(16))
calc(P, "Take 35% off £86.", money(86 * (1 - pct(35))))
calc(P, "mean of 73, 88, 91, 64 and 79", F(73 + 88 + 91 + 64 + 79, 5))
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
HA = F(10**4)  # m^2
MINUTE = 60  # s
assert IN / MM == dec("25.4") and CM / MM == 10 and MI / KM == dec("1.609344")
assert abs(HA / ACRE - dec("2.4710538")) < dec("1e-7") and SQFT == dec("0.09290304")
assert c_to_f(31) == dec("87.8") and c_to_f(-7) == dec("19.4") and c_to_f(-18) == dec("-0.4")
assert f_to_c(410) == 210 and c_to_f(45) == 113 and c_to_f(dec("38.6")) == dec("101.48")

unit_r(
    ORCH,
    "The care sheet for my Phalaenopsis says nights should not drop below 58 °F. What is "
    "that in Celsius?",
    f_to_c(58),
)
unit_r(
    BISC,
    "Our tunnel oven is 72 metres from the loading end to the cooling conveyor. How long "
    "is that in feet?",
    72 / FT,
)
unit(
    GEAR,
    "A customer asked what a sleeping bag's comfort rating of -7 °C is in Fahrenheit.",
    c_to_f(-7),
    EXACT,
)
unit_r(CRUISE, "Our ship is 294 metres long, how many feet is that?", 294 / FT)
unit_r(KILI, "Uhuru Peak stands at 5,895 metres. What's that in feet?", 5895 / FT)
unit_r(KILI, "Sunday's training hike was 23 miles. How many kilometres did we walk?", 23 * MI / KM)
unit_r(
    DENIM,
    "A full load in the washer-extractor is 180 kg of jeans. What's that in pounds?",
    180 / LB,
)
unit_r(EWI, "The insulation boards are 100 mm thick. How thick is that in inches?", 100 * MM / IN)
unit_r(
    EWI,
    "The elevations come to 96 square metres of wall. Convert that to square feet for "
    "the American supplier.",
    96 / SQFT,
)
unit(
    BOLT,
    "The drawing gives the bolt length as 3.5 inches. What is that in millimetres?",
    dec("3.5") * IN / MM,
    EXACT,
)
unit_r(
    FERT,
    "The spreading rate is 250 kg per hectare. What is that in pounds per acre?",
    250 / LB * ACRE / HA,
)
unit_r(FLEXO, "the web on press 3 is 330 mm wide, what is that in inches", 330 * MM / IN)
unit_r(
    AWAY, "It's 212 miles from my house to the away ground. How far is that in km?", 212 * MI / KM
)
unit(
    FORENS,
    "The imaged laptop partition is 3.5 GiB. How many MiB is that?",
    dec("3.5") * GIB / MIB,
    EXACT,
)
unit_r(
    GOFF,
    "My garden office will be 3.6 m by 2.4 m inside. What is the floor area in square feet?",
    dec("3.6") * dec("2.4") / SQFT,
)
unit(
    SURF,
    "The lagoon water is at 14 degrees Celsius this morning. What is that in Fahrenheit?",
    c_to_f(14),
    EXACT,
)
unit_r(
    SURF,
    "The expert wave setting makes faces of 1.8 metres. What is that in feet?",
    dec("1.8") / FT,
)
unit(
    JDOC,
    "Patient on bay 4 has a temperature of 38.6 °C; the visiting relative wants it in "
    "Fahrenheit. What is it?",
    c_to_f(dec("38.6")),
    EXACT,
)
unit(
    PENS,
    "My new phone has a 6.1 inch screen. How many centimetres is that?",
    dec("6.1") * IN / CM,
    EXACT,
)
unit(PLY, "A plywood sheet is 8 feet long. What is that in millimetres?", 8 * FT / MM, EXACT)
unit_r(
    PLY,
    "The peeler lathe turns the log at a surface speed of 2.4 metres per second. Convert "
    "that to feet per minute.",
    dec("2.4") * MINUTE / FT,
)
unit_r(TRUSS, "The clear span of the roof is 9.6 metres. How many feet is that?", dec("9.6") / FT)
unit_r(TRUSS, "Our truss timber is 47 mm thick. What is 47 mm in inches?", 47 * MM / IN)
unit_r(SALV, "The import's odometer shows 84,300 km. How many miles is that?", 84300 * KM / MI)
unit(SPORTS, "The infants' sprint lane is 80 yards long. How many metres is that?", 80 * YD, EXACT)
unit_r(JAPAN, "The shinkansen I took to Tokyo hit 320 km/h. What is that in mph?", 320 * KMH / MPH)
unit_r(
    TENANT,
    "The letting agent says the flat is 54 square metres. What is that in square feet?",
    54 / SQFT,
)
unit_r(FAIR, "Our big wheel stands 18 metres tall. How tall is that in feet?", 18 / FT)
unit(
    UFH,
    "The heat pump sends water to the floor loops at 45 °C. What's that in Fahrenheit?",
    c_to_f(45),
    EXACT,
)
unit_r(UFH, "The screed over the pipes is 65 mm deep. How many inches is that?", 65 * MM / IN)
unit_r(
    HARN, "The main loom's trunk wire is cut at 1,850 mm. What is that in inches?", 1850 * MM / IN
)

unit_r(P, "How many stone is 72 kg?", 72 / STONE)
unit(P, "5 ft 10.5 in in cm", (5 * FT + dec("10.5") * IN) / CM, EXACT)
unit_r(P, "135 lb to kg", 135 * LB)
unit(P, "-18 °C in °F?", c_to_f(-18), EXACT)
unit_r(P, "Convert 98 km/h to mph.", 98 * KMH / MPH)
unit(P, "4.25 GiB in MiB", dec("4.25") * GIB / MIB, EXACT)
unit_r(P, "2.8 bar in psi", dec("2.8") * BAR / PSI)
unit_r(P, "What is 350 acres in hectares?", 350 * ACRE / HA)
unit_r(P, "12 cubic metres to cubic feet", 12 / CUFT)
unit(P, "3,500 feet in metres?", 3500 * FT, EXACT)
unit_r(P, "How many kilometres is 44 miles?", 44 * MI / KM)
unit(P, "Convert 410 °F to Celsius.", f_to_c(410), EXACT)
unit(P, "15 metres per second in km/h", 15 / KMH, EXACT)
unit(P, "1,750 yards in metres", 1750 * YD, EXACT)
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


def hours_between(a, b):
    """Hours from one stated date-time to a later one."""
    assert b > a
    return F(int((b - a).total_seconds()), 3600)


assert hours_between(DT(2030, 3, 4, 20, 0), DT(2030, 3, 5, 8, 0)) == 12

# the dates stated with a weekday below fall on the weekday intended
assert weekday(D(2027, 4, 12)) == "Monday" and weekday(D(2027, 9, 18)) == "Saturday"
assert weekday(D(2027, 10, 4)) == "Monday" and weekday(D(2027, 3, 1)) == "Monday"
assert weekday(D(2027, 5, 24)) == "Monday" and weekday(D(2027, 6, 23)) == "Wednesday"
assert weekday(D(2027, 11, 3)) == "Wednesday" and weekday(D(2027, 11, 7)) == "Sunday"
assert weekday(D(2027, 7, 9)) == "Friday" and weekday(D(2027, 8, 27)) == "Friday"
assert weekday(D(2027, 9, 6)) == "Monday" and weekday(D(2027, 1, 4)) == "Monday"
assert weekday(D(2027, 6, 21)) == "Monday" and weekday(D(2028, 1, 10)) == "Monday"

date_item(
    ORCH,
    f"I sowed my orchid seed in flask on {sayw(D(2027, 4, 12))}. The nursery says deflask "
    "210 days after sowing. What date is that?",
    D(2027, 4, 12) + TD(days=210),
)
date_item(
    BISC,
    "The line is shut for its deep clean from 14 July 2027 to 29 July 2027, both days "
    "included. How many days is the line down?",
    days(D(2027, 7, 14), D(2027, 7, 29)) + 1,
)
date_item(
    GEAR,
    "We placed the autumn order with the tent supplier on 3 May 2027 on 45-day terms. "
    "What date is payment due?",
    D(2027, 5, 3) + TD(days=45),
)
date_item(
    CRUISE,
    f"Our cruise sails on {sayw(D(2027, 9, 18))} and the final balance is due 84 days "
    "before departure. What date do we have to pay by?",
    D(2027, 9, 18) - TD(days=84),
)
date_item(
    KILI,
    "We fly to Kilimanjaro on 14 February 2028 and the training plan is 20 weeks long, "
    "ending the day we fly. What date should we start training?",
    D(2028, 2, 14) - TD(weeks=20),
)
date_item(
    DENIM,
    f"The container of finished jeans leaves on {sayw(D(2027, 10, 4))} and takes 37 days "
    "by sea. What date does it arrive?",
    D(2027, 10, 4) + TD(days=37),
)
date_item(
    DENIM,
    "What day of the week is 23 November 2027? That's when the buyer visits the wash house.",
    weekday(D(2027, 11, 23)),
)
date_item(
    EWI,
    "We finished rendering on 17 August 2027 and the system needs 28 days before it can "
    "be painted. From what date can we paint?",
    D(2027, 8, 17) + TD(days=28),
)
date_item(
    BOLT,
    "The header die was changed on 2 March 2027 and gets changed every 12 weeks. When is "
    "the next change due?",
    D(2027, 3, 2) + TD(weeks=12),
)
date_item(
    FERT,
    "Spring orders closed on 31 January 2027. How many days is it from then to the last "
    "dispatch on 15 April 2027?",
    days(D(2027, 1, 31), D(2027, 4, 15)),
)
date_item(
    FLEXO,
    f"The customer signed off the proof on {sayw(D(2027, 9, 6))} and the labels ship 9 "
    "days after sign-off. What's the ship date?",
    D(2027, 9, 6) + TD(days=9),
)
date_item(
    FLEXO,
    f"How many weeks are there from {sayw(D(2027, 3, 1))} to {sayw(D(2027, 5, 24))}, when "
    "the new press is commissioned?",
    weeks(D(2027, 3, 1), D(2027, 5, 24)),
)
date_item(
    AWAY,
    "Our away game at Plymouth is on the third Saturday of October 2027. What's the date?",
    nth_weekday(2027, 10, SAT, 3),
)
date_item(
    AWAY,
    "The season starts 7 August 2027 and the last away game is on 15 May 2028. How many "
    "days apart are they?",
    days(D(2027, 8, 7), D(2028, 5, 15)),
)
date_item(
    FORENS,
    "The fraud ran from 1 April 2021 until it was found on 30 September 2026. How many "
    "days is that?",
    days(D(2021, 4, 1), D(2026, 9, 30)),
)
date_item(
    GOFF,
    "The builder starts my garden office on 5 July 2027 and reckons 9 weeks. Which date "
    "does that take us to?",
    D(2027, 7, 5) + TD(weeks=9),
)
date_item(
    SURF,
    "The lagoon opens for the season on the last Saturday of March 2027. Which date is that?",
    nth_weekday(2027, 3, SAT, -1),
)
date_item(
    JDOC,
    f"My run of nights starts at 20:00 on {sayw(D(2027, 11, 3))} and I'm off at 08:00 on "
    f"{sayw(D(2027, 11, 7))}. How many hours is that from start to finish?",
    hours_between(DT(2027, 11, 3, 20, 0), DT(2027, 11, 7, 8, 0)),
)
date_item(
    JDOC,
    "My emergency medicine rotation starts on 2 August 2027 and lasts 17 weeks. What "
    "date is 17 weeks after the start?",
    D(2027, 8, 2) + TD(weeks=17),
)
date_item(
    PENS,
    "My grandson was born on 14 June 2015. How old will he be on 1 January 2028?",
    age(D(2015, 6, 14), D(2028, 1, 1)),
)
date_item(
    PENS,
    "The phone contract began on 22 March 2026 and ends 730 days later. What is the end date?",
    D(2026, 3, 22) + TD(days=730),
)
date_item(
    PLY,
    "The birch logs were felled on 11 October 2027 and we peel them 45 days after "
    "felling. What date is that?",
    D(2027, 10, 11) + TD(days=45),
)
date_item(
    TRUSS,
    f"The trusses were ordered on {sayw(D(2027, 6, 23))} and delivery is 18 days after "
    "the order. What date do they arrive?",
    D(2027, 6, 23) + TD(days=18),
)
date_item(
    SALV,
    "The next salvage sale is on the second Thursday of January 2028. What's the date?",
    nth_weekday(2028, 1, THU, 2),
)
date_item(
    SPORTS,
    f"Sports day is {sayw(D(2027, 7, 9))}. How many days is that after 1 March 2027, when "
    "we book the field?",
    days(D(2027, 3, 1), D(2027, 7, 9)),
)
date_item(
    SPORTS,
    "What day of the week is 7 July 2028? The head wants sports day on that date.",
    weekday(D(2028, 7, 7)),
)
date_item(
    JAPAN,
    "Counting 1 January as day 1, what day of the year is 3 April 2028, the day I start at Kyoto?",
    D(2028, 4, 3).timetuple().tm_yday,
)
date_item(
    TENANT,
    "I gave notice on 14 May 2027 and the tenancy ends 60 days after that. What date do "
    "I move out?",
    D(2027, 5, 14) + TD(days=60),
)
date_item(
    FAIR,
    f"We pull on to the common on {sayw(D(2027, 8, 27))} and pull off 10 days later. What "
    "date do we pull off?",
    D(2027, 8, 27) + TD(days=10),
)
date_item(
    UFH,
    "The 50 mm screed went down on 3 May 2027 and we allow one day per millimetre to "
    "dry. On what date is it ready for the floor?",
    D(2027, 5, 3) + TD(days=50),
)
date_item(
    HARN,
    "The harness order ships 5 weeks and 3 days after 16 August 2027. What date does it ship?",
    D(2027, 8, 16) + TD(weeks=5, days=3),
)

date_item(P, "What date is 100 days after 12 January 2027?", D(2027, 1, 12) + TD(days=100))
date_item(
    P,
    "How many days between 3 March 2027 and 19 December 2027?",
    days(D(2027, 3, 3), D(2027, 12, 19)),
)
date_item(P, "What weekday is 2 February 2029?", weekday(D(2029, 2, 2)))
date_item(P, "date 16 weeks before 1 December 2027", D(2027, 12, 1) - TD(weeks=16))
date_item(P, "When is the first Monday of September 2028?", nth_weekday(2028, 9, MON, 1))
date_item(
    P,
    "How old is someone born on 30 June 1987 on 15 March 2027?",
    age(D(1987, 6, 30), D(2027, 3, 15)),
)
date_item(P, "last Sunday of October 2027?", nth_weekday(2027, 10, SUN, -1))
date_item(P, "What is the date 500 days after 4 July 2027?", D(2027, 7, 4) + TD(days=500))
date_item(P, f"What date is 90 days after {sayus(D(2028, 1, 10))}?", D(2028, 1, 10) + TD(days=90))
date_item(
    P,
    "How many hours are there from 21:30 on 2 April 2027 to 09:00 on 4 April 2027?",
    hours_between(DT(2027, 4, 2, 21, 30), DT(2027, 4, 4, 9, 0)),
)
date_item(
    P,
    "What day of the year is 17 September 2027, with 1 January as day 1?",
    D(2027, 9, 17).timetuple().tm_yday,
)
date_item(
    P, "How many minutes from 23:15 to 06:40 the next morning?", clock_span("23:15", "06:40", 60)
)
date_item(
    P,
    f"weeks between {sayw(D(2027, 1, 4))} and {sayw(D(2027, 6, 21))}",
    weeks(D(2027, 1, 4), D(2027, 6, 21)),
)
date_item(
    P,
    "What date is 3 weeks and 4 days after 28 November 2027?",
    D(2027, 11, 28) + TD(weeks=3, days=4),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ORCH: (
        (
            "Why are the new leaves on my Phalaenopsis coming out wrinkled and limp even "
            "though I water it every week?"
        ),
        "Should I cut the old flower spike off my moth orchid or leave it in case it reblooms?",
        "Write a short post for the orchid society newsletter about my first Cattleya flowering.",
        "Explain what keiki paste actually does and whether it's worth trying on a Dendrobium.",
    ),
    BISC: (
        (
            "Our digestives are coming out of the oven with checking cracks a day later. "
            "What usually causes that?"
        ),
        (
            "Write a handover note for the night shift explaining why the cream sandwich "
            "line was stopped twice today."
        ),
        (
            "Is it better to run the tunnel oven on gas or to move to electric heating "
            "for a plant our size?"
        ),
        (
            "How should we explain an allergen label change to supermarket customers "
            "when we switch to a new chocolate supplier?"
        ),
    ),
    GEAR: (
        (
            "A customer wants a tent for wild camping in the Cairngorms in October. What "
            "should I steer her towards?"
        ),
        (
            "Write a friendly shelf card explaining the difference between down and "
            "synthetic sleeping bags."
        ),
        (
            "Is it worth us starting a tent hire service alongside the shop, or will it "
            "eat into sales?"
        ),
        (
            "How do I explain to a customer why his boots leaked when they say "
            "waterproof on the label?"
        ),
    ),
    CRUISE: (
        (
            "We're booking our first cruise. Is an inside cabin going to feel "
            "claustrophobic for a week?"
        ),
        "What should we pack for a Norwegian fjords cruise in June that we might not think of?",
        (
            "Help me write a polite email to the cruise line asking to be seated with "
            "another couple at dinner."
        ),
        "Is it worth paying for the drinks package if neither of us drinks much?",
    ),
    KILI: (
        (
            "Which route up Kilimanjaro gives the best chance of acclimatising properly "
            "for two fifty-somethings?"
        ),
        "Write a fundraising page blurb for our Kilimanjaro trek in aid of the local hospice.",
        "How should our training change in the last month before the climb?",
        "What's the best way to break in new boots before a long trek?",
    ),
    DENIM: (
        (
            "Our ozone finishing is leaving yellow patches on the light-wash jeans. What "
            "could be going on?"
        ),
        "Explain to a new buyer what enzyme washing does compared with a traditional stone wash.",
        (
            "Draft a sustainability statement for our website about cutting water use in "
            "the wash house."
        ),
        "Should we offer a laser distressing service or keep doing whiskers by hand?",
    ),
    EWI: (
        (
            "The silicone render on a job we did last year has gone green on the north "
            "wall. How do I explain that to the owner?"
        ),
        "Is mineral wool or EPS the better insulation board behind render on a 1930s semi?",
        (
            "Write a method statement paragraph for fixing beading around the windows "
            "before the basecoat."
        ),
        "What should we do about a customer who wants us to render over a wall with rising damp?",
    ),
    BOLT: (
        (
            "We're getting cracked heads on our M10 bolts after the last wire delivery. "
            "Where should I start looking?"
        ),
        (
            "Explain the difference between thread rolling and thread cutting for a new "
            "starter on the shop floor."
        ),
        (
            "Write a short note to a customer explaining why their hex bolts are "
            "arriving with a light oil film."
        ),
        (
            "Should we bring heat treatment in-house or keep sending batches out to the "
            "subcontractor?"
        ),
    ),
    FERT: (
        (
            "The blended product is caking in the big bags after a few weeks in store. "
            "What can we do about it?"
        ),
        (
            "Explain to a farmer why a 20-10-10 blend can segregate in the spreader and "
            "how we try to stop it."
        ),
        "Write a product description for our new sulphur-enriched grassland blend.",
        "Is it worth investing in a coating drum for the urea we blend?",
    ),
    FLEXO: (
        (
            "We keep getting dot gain on the process colours on film labels. What should "
            "we check first on the press?"
        ),
        (
            "Explain to a customer why their Pantone green looks different on the clear "
            "label from the white one."
        ),
        "Write an email chasing a customer for artwork that has missed the press slot.",
        "Should we buy a digital label press or another flexo line for short runs?",
    ),
    AWAY: (
        (
            "Is it better to go on the supporters' coach or get the train to an away "
            "game at Sunderland?"
        ),
        (
            "Write a post for our supporters' club page thanking the stewards at last "
            "week's away game."
        ),
        "What's the etiquette if you end up sitting in the home end by mistake?",
        (
            "How do I persuade my partner that doing every away game next season is a "
            "reasonable hobby?"
        ),
    ),
    FORENS: (
        "What are the usual red flags of a ghost employee scheme in payroll data?",
        "Write a section of an expert report explaining to a judge what a lifestyle analysis is.",
        "How should we approach interviewing a finance director we suspect of channel stuffing?",
        "Explain Benford's law to a jury in plain language.",
    ),
    GOFF: (
        (
            "Do I need planning permission for a garden office that's 2.8 metres high "
            "and 2 metres from the fence?"
        ),
        "Should I go for a concrete slab or ground screws as the base for a timber garden office?",
        "Write a message to my neighbour explaining the garden office build and the likely noise.",
        (
            "What's the best way to get power and broadband out to an office at the "
            "bottom of the garden?"
        ),
    ),
    SURF: (
        (
            "How should we set up the lagoon's wave sessions so beginners and advanced "
            "surfers aren't frustrated?"
        ),
        "Write safety wording for the board about rip currents at the lagoon edge.",
        (
            "Is it worth offering adaptive surfing sessions for disabled surfers, and "
            "what would we need?"
        ),
        "Explain to a nervous parent how our lifeguard cover works during kids' sessions.",
    ),
    JDOC: (
        "How do I stay awake and safe driving home after my third night shift in a row?",
        (
            "Write a message to the rota coordinator asking to swap my nights over my "
            "sister's wedding."
        ),
        "What should I eat on a night shift to avoid the 4 a.m. crash?",
        "Is it worth doing a taster week in anaesthetics before applying for core training?",
    ),
    PENS: (
        "How do I stop my phone screen from going dark while I'm reading a recipe on it?",
        (
            "My granddaughter says I should use WhatsApp. Can you explain what it is and "
            "whether it's safe?"
        ),
        "I got a text saying my parcel is held up and I need to pay a fee. Is this a scam?",
        "Write me some simple instructions I can stick on the fridge for making a video call.",
    ),
    PLY: (
        (
            "Our veneer is coming off the lathe with loose, rough checks on the back. "
            "What adjustments should we try?"
        ),
        "Explain to a visitor why we steam the logs before peeling.",
        "Write an incident summary for the near miss at the clipper yesterday afternoon.",
        "Should we move from urea-formaldehyde to a soy-based glue for our interior plywood?",
    ),
    TRUSS: (
        (
            "What's the difference between a fink truss and an attic truss, for a "
            "builder who's never ordered one?"
        ),
        (
            "Write a note to a site manager explaining why the trusses must be stored "
            "flat and off the ground."
        ),
        (
            "Is it worth us buying a second press for the nail plates or running the "
            "current one on two shifts?"
        ),
        "How should we respond to a customer who cut a truss on site to fit a chimney?",
    ),
    SALV: (
        "Is it worth buying a Category S car at auction for my son's first car?",
        "Write a listing description for a flood-damaged Land Rover we're selling for parts.",
        "What should a first-time bidder know before our online salvage auction?",
        "Explain the difference between Category N and Category S write-offs to a customer.",
    ),
    SPORTS: (
        "How can I make sports day feel fair for children who never win anything?",
        "Write a letter to parents about sports day, including what to do if it rains.",
        "Should we keep the parents' race or is it more trouble than it's worth?",
        (
            "Suggest some inclusive races that children in wheelchairs can take part in "
            "alongside their classmates."
        ),
    ),
    JAPAN: (
        "How do I politely decline a second drink from my Japanese lab supervisor at a nomikai?",
        "Write a short self-introduction in Japanese for my first seminar at the university.",
        "Is it better to live in a share house or a university dorm for my year in Kyoto?",
        "Explain how the Japanese garbage sorting rules usually work for a foreign student.",
    ),
    TENANT: (
        (
            "My landlord wants to keep part of my deposit for fair wear and tear on the "
            "carpet. Is that allowed?"
        ),
        (
            "Write a polite email to my landlord asking for the check-out inspection to "
            "be done while I'm there."
        ),
        "How clean does the oven actually need to be when I hand back the keys?",
        "Should I repaint the walls I marked with Blu Tack or leave them?",
    ),
    FAIR: (
        (
            "How do I explain to the council why our dodgems need to be on the common a "
            "day earlier than the other rides?"
        ),
        (
            "Write a short history of our family's fair for the programme at the town's "
            "centenary event."
        ),
        "Should we buy a new children's ride or refurbish the old juvenile carousel?",
        "What should my daughter think about before taking over the family's ride licence?",
    ),
    UFH: (
        "Is underfloor heating worth it under engineered oak, or will it crack the boards?",
        (
            "Write an explanation for a customer of why their underfloor heating takes "
            "hours to warm up."
        ),
        "Should the loops in a large open-plan kitchen be split by zone or run as one?",
        (
            "A customer wants wet underfloor heating on a suspended timber floor "
            "upstairs. What are the options?"
        ),
    ),
    HARN: (
        (
            "Our pull test failures have gone up since we changed terminal supplier. How "
            "should we investigate?"
        ),
        "Write a work instruction for taping a harness branch so the tape doesn't unravel.",
        "Is it worth buying an automatic cut-strip-crimp machine for a shop our size?",
        "Explain to a new operator why the crimp height matters so much.",
    ),
}
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)


def near(suffix, query, note):
    assert note
    neg(f"near-{suffix}", query, note)


NEAR = [
    (
        "orchid-fertiliser-dose",
        (
            "How many grams of orchid fertiliser should I mix into my watering can for a "
            "Phalaenopsis in winter?"
        ),
        "needs a product's instructions; no strength or can size given",
    ),
    (
        "orchid-price-check",
        "What's a fair price at the moment for a flowering-size Paphiopedilum rothschildianum?",
        "live market prices",
    ),
    (
        "orchid-light-hours",
        "How many hours of grow-light does a Vanda need a day in a north-facing flat in Scotland?",
        "a horticultural judgement, no figure given",
    ),
    (
        "biscuit-sugar-price",
        "What will 20 tonnes of granulated sugar cost us at today's wholesale price?",
        "live commodity price",
    ),
    (
        "biscuit-bake-time",
        "How long should a shortbread finger bake in a tunnel oven?",
        "depends on the oven, thickness and recipe; nothing given",
    ),
    (
        "biscuit-labelling-rule",
        (
            "What percentage of butter does a biscuit need to be called an all-butter "
            "biscuit in the UK?"
        ),
        "a labelling rule to be looked up",
    ),
    (
        "gear-tent-estimate",
        "Roughly how many tents will we sell next summer if this year was a wet one?",
        "a forecast with no figures",
    ),
    (
        "gear-gas-canister-post",
        "Can I post gas canisters to a customer by Royal Mail and what does it cost?",
        "carrier rules and live prices",
    ),
    (
        "gear-rating-explain",
        (
            "Explain what the three temperatures on a sleeping bag label mean and how "
            "they are tested."
        ),
        "an explanation of a standard",
    ),
    (
        "cruise-exchange",
        "How many Norwegian kroner will I get for £600 at the ship's bureau?",
        "live exchange rate; the ship's rate is unknown",
    ),
    (
        "cruise-weather",
        "What will the weather be like in Geiranger when our ship docks?",
        "a forecast",
    ),
    (
        "cruise-port-fees",
        "How much are the port taxes on a Mediterranean cruise usually?",
        "varies by line and itinerary; a lookup",
    ),
    (
        "kili-oxygen",
        "What percentage of sea-level oxygen is there at the summit of Kilimanjaro?",
        "needs an atmospheric model or a looked-up figure",
    ),
    (
        "kili-tipping",
        "How much should we tip our porters and guide on a seven-day Kilimanjaro climb?",
        "custom and operator guidance, no figures given",
    ),
    (
        "kili-visa",
        "Do British passport holders need a visa for Tanzania and how much is it?",
        "current entry rules and fees",
    ),
    (
        "denim-water-footprint",
        (
            "How many litres of water does an average pair of jeans take to make from "
            "cotton field to shop?"
        ),
        "an estimate from studies, not given",
    ),
    (
        "denim-chemicals-rule",
        "Which chemicals are restricted in denim finishing under REACH?",
        "regulations",
    ),
    (
        "denim-python",
        (
            "Write a Python function that works out the water saved per batch given "
            "litres per pair and the percentage cut."
        ),
        "code",
    ),
    (
        "ewi-u-value",
        "What U-value will I get on a solid brick wall with 90 mm of EPS?",
        "needs the wall's own properties and conductivities not given",
    ),
    (
        "ewi-grant",
        "Can I get a government grant for external wall insulation on my house?",
        "current schemes and eligibility",
    ),
    (
        "ewi-drying-time",
        "How long does silicone render take to dry in November?",
        "depends on weather and product",
    ),
    (
        "bolt-steel-price",
        ("What does a coil of 10B21 wire rod cost right now?"),
        "live steel prices",
    ),
    (
        "bolt-torque",
        "What torque should I tighten an M16 grade 8.8 bolt to?",
        "engineering tables and friction assumptions not given",
    ),
    (
        "fert-spreading-rule",
        (
            "How close to a watercourse can I spread our nitrogen blend under the "
            "farming rules for water?"
        ),
        "regulations",
    ),
    (
        "fert-urea-price",
        "What's granular urea fetching per tonne this week?",
        "live commodity price",
    ),
    (
        "fert-field-rate",
        "How much of our 20-10-10 should a farmer put on his wheat field?",
        "agronomic advice; field size and soil test missing",
    ),
    (
        "flexo-ink-cost",
        "How much ink will a 50,000 label run use?",
        "needs coverage, anilox and label size not given",
    ),
    (
        "flexo-excel",
        (
            "Give me an Excel formula that works out labels per reel from the reel "
            "length in cell B2 and the repeat in mm in C2, 4 across."
        ),
        "code",
    ),
    (
        "flexo-food-contact",
        "Are our UV inks allowed on labels that touch food?",
        "regulations and ink specifications",
    ),
    (
        "away-train-fare",
        "How much is an off-peak return from Leeds to Bristol on the day of the match?",
        "live fares",
    ),
    (
        "away-kickoff",
        "What time does our next away game kick off?",
        "live fixture data; the club is not named",
    ),
    (
        "away-drive-time",
        "How long will it take me to drive to the away ground if I leave at ten?",
        "traffic and the ground are unknown",
    ),
    (
        "forens-interest-rate",
        (
            "What was the Bank of England base rate in March 2019, for the interest on "
            "our loss claim?"
        ),
        "a looked-up historical rate",
    ),
    (
        "forens-limitation",
        (
            "How long does the company have to bring a claim against the former finance "
            "director for the fraud?"
        ),
        "law on limitation",
    ),
    (
        "forens-sql",
        "Write an SQL query to find suppliers paid more than once for the same invoice number.",
        "code",
    ),
    (
        "goff-permitted",
        (
            "What's the maximum height for a garden office under permitted development "
            "if it's near the boundary?"
        ),
        "planning rules",
    ),
    (
        "goff-cost-estimate",
        "What will a 3 by 4 metre insulated garden office cost me to build?",
        "an estimate; prices and spec missing",
    ),
    (
        "goff-cable-size",
        "What size armoured cable do I need to run power 30 metres to my garden office?",
        "needs load, volt drop tables and regulations",
    ),
    (
        "surf-sea-temperature",
        "What's the sea temperature in Newquay today compared with our lagoon?",
        "live data",
    ),
    (
        "surf-wave-energy",
        "How much electricity does it take to make one wave at the lagoon?",
        "no machine figures given",
    ),
    (
        "surf-insurance",
        "What public liability cover do we need to run surf lessons for under-16s?",
        "insurance requirements and rules",
    ),
    (
        "jdoc-pay-scale",
        "What's the basic salary for an FY2 doctor in England?",
        "current pay scales",
    ),
    (
        "jdoc-rota-rules",
        "Is it legal for my rota to schedule seven night shifts in a row?",
        "contract and working-time rules",
    ),
    (
        "jdoc-sleep",
        "How much sleep do I need before a night shift to be safe?",
        "guidance, not a calculation",
    ),
    (
        "pens-data-use",
        "How much mobile data will I use in a month if I video call my grandchildren every day?",
        "depends on app and call length, not given",
    ),
    (
        "pens-storage",
        "How many photos can I fit on my phone?",
        "phone, free space and photo size unknown",
    ),
    (
        "pens-tariff",
        "Which is the cheapest phone plan for someone who only makes calls and sends texts?",
        "live market comparison",
    ),
    (
        "ply-glue-rule",
        "What formaldehyde emission class does our plywood need to be sold in the EU?",
        "regulations",
    ),
    (
        "ply-log-volume",
        "How many cubic metres of veneer will we get from a lorry load of birch logs?",
        "load size and yield missing",
    ),
    (
        "ply-birch-price",
        "What is Baltic birch plywood selling for per sheet at the moment?",
        "live prices",
    ),
    (
        "truss-snow-load",
        "What snow load should we design a truss roof for in the Peak District?",
        "design codes and site data",
    ),
    (
        "truss-timber-price",
        "What's the current price of C24 timber per cubic metre?",
        "live prices",
    ),
    (
        "truss-spacing",
        "Can we space the trusses at 900 mm on a tiled roof?",
        "engineering judgement and codes",
    ),
    (
        "salv-car-value",
        "What's a 2019 Ford Focus with front-end damage worth at auction?",
        "market valuation",
    ),
    (
        "salv-dvla-rule",
        "What paperwork does a buyer need to put a Category S car back on the road?",
        "current rules",
    ),
    (
        "salv-python",
        (
            "Write a Python snippet that adds a 12.5% buyer's premium and VAT on the "
            "premium to a list of hammer prices."
        ),
        "code",
    ),
    (
        "sports-weather",
        "Is it going to rain on the morning of our school sports day?",
        "a forecast",
    ),
    (
        "sports-sun-safety",
        "How often should the children reapply suncream during a three-hour sports day?",
        "health guidance",
    ),
    (
        "sports-relay-timing",
        "How long will the whole relay section of sports day take?",
        "numbers of races and runners missing",
    ),
    (
        "japan-rail-pass",
        "How much is a 14-day Japan Rail Pass now in pounds?",
        "live prices and exchange rate",
    ),
    (
        "japan-health-insurance",
        "How much will national health insurance cost me as an exchange student in Kyoto?",
        "rules and local rates",
    ),
    (
        "japan-translate",
        "Translate 'could I have the bill split three ways, please' into polite Japanese.",
        "a translation",
    ),
    (
        "tenant-deposit-law",
        "How many days does my landlord have to return my deposit after I move out in England?",
        "law and scheme rules",
    ),
    (
        "fair-licence-fee",
        "How much does the council charge for a fairground licence for a ten-day fair?",
        "local fees to be looked up",
    ),
    (
        "ufh-heat-output",
        "How many watts per square metre will my underfloor heating give out under tiles?",
        "needs flow temperature, pipe spacing and manufacturer data",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES
for suffix, query, note in NEAR:
    near(suffix, query, note)


def convo(suffix, turns, note):
    assert note and len(turns) >= 3
    conv(f"conv-{suffix}", turns, note)


CONVS = [
    (
        "orchid-society-note",
        [
            (U, "My Cattleya finally flowered after three years, seven blooms on one spike."),
            (
                A,
                (
                    "Congratulations, seven blooms on one spike is a great result for a "
                    "first flowering."
                ),
            ),
            (U, "Turn that into a two-line note for the orchid society newsletter."),
        ],
        "writing from earlier facts",
    ),
    (
        "orchid-which-repot",
        [
            (
                U,
                (
                    "I have two orchids: one's roots are silvery and firm, the other's "
                    "are brown and mushy."
                ),
            ),
            (A, "Silvery firm roots are healthy and dry; brown mushy roots usually mean rot."),
            (U, "So which of the two should I repot first, and why?"),
        ],
        "a judgement over earlier facts",
    ),
    (
        "biscuit-shift-note",
        [
            (
                U,
                (
                    "Oven 2 tripped twice on the night shift, 40 minutes lost, and the "
                    "cream sandwicher jammed once."
                ),
            ),
            (A, "That's three stoppages. Do you want to log them by machine?"),
            (U, "Yes, write it up as a short shift handover for the morning manager."),
        ],
        "writing from earlier figures",
    ),
    (
        "biscuit-two-quotes",
        [
            (
                U,
                (
                    "Quote A for a new cooling conveyor is £84,000 with a 12-week lead "
                    "time; quote B is £71,000 but 26 weeks."
                ),
            ),
            (A, "So B saves £13,000 but arrives 14 weeks later."),
            (
                U,
                (
                    "Which would you pick if our current conveyor is failing, and what "
                    "should I tell the board?"
                ),
            ),
        ],
        "a judgement over earlier options",
    ),
    (
        "gear-customer-reply",
        [
            (
                U,
                (
                    "A customer returned a rucksack with a torn shoulder strap after six "
                    "months of daily commuting."
                ),
            ),
            (A, "Is it within your returns window or under the maker's warranty?"),
            (U, "Under warranty. Draft a reply telling her what happens next."),
        ],
        "writing",
    ),
    (
        "gear-stock-choice",
        [
            (
                U,
                (
                    "Last year we sold 60 of the cheap pop-up tents and 14 of the "
                    "premium tunnel tents, but the tunnel tents made twice the margin "
                    "each."
                ),
            ),
            (A, "So the pop-ups sold over four times as many but at half the margin per tent."),
            (U, "Given that, which should we give the window display to this spring?"),
        ],
        "a judgement over earlier figures",
    ),
    (
        "cruise-cabin-choice",
        [
            (
                U,
                (
                    "We're choosing between a balcony cabin on deck 9 midships and an "
                    "outside cabin on deck 4 near the front."
                ),
            ),
            (
                A,
                (
                    "Midships on a higher deck usually has less movement than the front "
                    "of a lower deck, but the balcony costs more."
                ),
            ),
            (U, "My wife gets seasick. Which would you choose for us?"),
        ],
        "a judgement over earlier options",
    ),
    (
        "cruise-complaint",
        [
            (
                U,
                (
                    "Our excursion coach in Bergen never turned up and we missed the "
                    "funicular tour we'd paid £89 each for."
                ),
            ),
            (A, "That's worth raising with guest services and asking for a refund."),
            (U, "Write the complaint for me, keep it firm but polite."),
        ],
        "writing from earlier facts",
    ),
    (
        "kili-training-plan",
        [
            (U, "We can train Tuesday and Thursday evenings for an hour and all day Sunday."),
            (A, "That gives you two short sessions and one long walk each week."),
            (U, "Lay out a sensible week using just those slots."),
        ],
        "a plan from earlier constraints",
    ),
    (
        "kili-thank-you",
        [
            (U, "We summited on day six and raised £4,120 for the hospice, beating our target."),
            (A, "Brilliant, that's a big achievement on both counts."),
            (U, "Write a thank-you post for our sponsors mentioning both."),
        ],
        "writing from earlier facts",
    ),
    (
        "denim-buyer-email",
        [
            (U, "The buyer rejected 300 pairs because the whiskers were uneven on the left leg."),
            (A, "Was it one laser program or all of them?"),
            (
                U,
                (
                    "Just program 7. Draft an email to the "
                    "buyer explaining what we've done about "
                    "it."
                ),
            ),
        ],
        "writing",
    ),
    (
        "denim-wash-choice",
        [
            (
                U,
                (
                    "Enzyme wash costs us 38p a pair and takes 50 minutes; stone wash "
                    "costs 29p but wears the drums out."
                ),
            ),
            (A, "So stone wash is 9p cheaper per pair before the wear on the machines."),
            (U, "Which should we standardise on, all things considered?"),
        ],
        "a judgement over earlier figures",
    ),
    (
        "ewi-customer-letter",
        [
            (
                U,
                (
                    "The render on 14 Elm Road has hairline cracks around two windows, "
                    "six months after we finished."
                ),
            ),
            (
                A,
                (
                    "Hairline cracks at window corners often come from movement or "
                    "missing mesh patches."
                ),
            ),
            (U, "Write the letter to the owner explaining what we'll do."),
        ],
        "writing",
    ),
    (
        "bolt-ncr",
        [
            (
                U,
                (
                    "Batch 4471 had 2.3% of heads cracked; the wire came from the new "
                    "mill and the die was fresh."
                ),
            ),
            (A, "With a fresh die, the wire is the first suspect."),
            (U, "Write the non-conformance report summary from that."),
        ],
        "writing from earlier facts",
    ),
    (
        "fert-farmer-letter",
        [
            (
                U,
                (
                    "Farmer Hughes says his last load of our blend had lumps and blocked "
                    "his spreader."
                ),
            ),
            (A, "Did it come from the store that had the roof leak?"),
            (U, "Yes. Draft a letter to him apologising and offering a fix."),
        ],
        "writing",
    ),
    (
        "flexo-press-choice",
        [
            (
                U,
                (
                    "Press 2 does 150 m a minute but takes 45 minutes to change over; "
                    "press 4 does 90 m a minute with 15-minute changeovers."
                ),
            ),
            (A, "Press 2 is faster once running, press 4 loses less time between jobs."),
            (U, "For a week of lots of short jobs, which press should get them?"),
        ],
        "a judgement over earlier options",
    ),
    (
        "flexo-reprint-email",
        [
            (
                U,
                (
                    "We printed 40,000 labels with the old barcode because the "
                    "customer's artwork email went to spam."
                ),
            ),
            (A, "So the error came from the artwork not being picked up, not from the press."),
            (U, "Write to the customer explaining and offering a reprint."),
        ],
        "writing",
    ),
    (
        "away-trip-choice",
        [
            (
                U,
                (
                    "For the Carlisle game: the coach is £38 and leaves at 6am; the "
                    "train is £74 but I'd leave at 9."
                ),
            ),
            (A, "The coach saves £36, the train gives you three more hours in bed."),
            (U, "I've had a rough week. Which should I do?"),
        ],
        "a judgement",
    ),
    (
        "away-club-post",
        [
            (U, "We took 2,300 fans to Exeter, won 2-1, and the stewards were brilliant."),
            (A, "Sounds like a great day out."),
            (U, "Write a short post for the supporters' club page about it."),
        ],
        "writing from earlier facts",
    ),
    (
        "forens-report-para",
        [
            (
                U,
                (
                    "We found 17 invoices from a supplier registered at the clerk's home "
                    "address, totalling £96,400."
                ),
            ),
            (A, "That's a strong indicator of a fictitious vendor scheme."),
            (U, "Write the findings paragraph for our report."),
        ],
        "writing from earlier figures",
    ),
    (
        "forens-next-steps",
        [
            (
                U,
                (
                    "The director's personal account received £48,000 from a company "
                    "account labelled as consultancy."
                ),
            ),
            (A, "Is there a consultancy agreement on file?"),
            (U, "None. What should our next steps be?"),
        ],
        "a judgement over earlier facts",
    ),
    (
        "goff-base-choice",
        [
            (
                U,
                (
                    "My garden slopes 30 cm over the 4 metres where the office is going, "
                    "and the soil is clay."
                ),
            ),
            (A, "A slope and clay both matter for the base."),
            (U, "Given that, slab or ground screws?"),
        ],
        "a judgement over earlier facts",
    ),
    (
        "goff-neighbour-note",
        [
            (
                U,
                (
                    "The build starts on the 12th and the crane lifting the roof panels "
                    "is coming on the 15th."
                ),
            ),
            (A, "It's kind to warn the neighbours."),
            (U, "Write a note for next door with those dates."),
        ],
        "writing from earlier facts",
    ),
    (
        "surf-incident-summary",
        [
            (
                U,
                (
                    "A surfer hit his head on his own board at 14:20 in the intermediate "
                    "session; lifeguard reached him in 40 seconds and he was checked by "
                    "paramedics."
                ),
            ),
            (A, "Good response time."),
            (U, "Write up the incident summary for the log."),
        ],
        "writing from earlier facts",
    ),
    (
        "jdoc-swap-message",
        [
            (U, "I'm on nights 14 to 17 of next month, and my sister's wedding is on the 16th."),
            (A, "So you need at least the 15th and 16th off."),
            (U, "Write a message to the other FY1s asking for a swap."),
        ],
        "writing",
    ),
    (
        "jdoc-career-choice",
        [
            (
                U,
                (
                    "I enjoyed my ED job but I'm drawn to anaesthetics because of the "
                    "procedures and the hours."
                ),
            ),
            (A, "Both are popular and competitive."),
            (U, "From what I said, which would you lean towards for me?"),
        ],
        "a judgement",
    ),
    (
        "pens-fridge-steps",
        [
            (
                U,
                (
                    "To video call I open WhatsApp, tap my daughter's name, then the "
                    "little camera at the top."
                ),
            ),
            (A, "That's right, the camera icon starts a video call."),
            (U, "Write those steps out in big simple words for my fridge door."),
        ],
        "writing from earlier text",
    ),
    (
        "pens-scam-check",
        [
            (
                U,
                (
                    "I got a text: 'Your Royal Mail parcel is on hold, pay £1.45 at this "
                    "link to release it.'"
                ),
            ),
            (A, "Messages like that are very often scams."),
            (U, "What in that message should make me suspicious?"),
        ],
        "an explanation of earlier text",
    ),
    (
        "ply-near-miss",
        [
            (
                U,
                (
                    "An operator reached over the clipper guard at 15:10 to clear a jam; "
                    "the light curtain stopped it."
                ),
            ),
            (A, "The guard worked, but the reach-in is the concern."),
            (U, "Write the near-miss report from that."),
        ],
        "writing from earlier facts",
    ),
    (
        "truss-site-reply",
        [
            (U, "The site cut the bottom chord of two trusses to fit a loft hatch."),
            (A, "Cutting a chord can compromise the truss."),
            (U, "Draft our reply to the contractor."),
        ],
        "writing",
    ),
    (
        "salv-listing",
        [
            (U, "2018 Nissan Leaf, Cat N, rear bumper damage, 41,000 miles, battery health 86%."),
            (A, "That's a decent base for a repair."),
            (U, "Write the auction listing text for it."),
        ],
        "writing from earlier facts",
    ),
    (
        "sports-parent-letter",
        [
            (
                U,
                (
                    "Sports day is on the field from 1:30, parents can bring picnics, "
                    "and the rain date is the following Friday."
                ),
            ),
            (A, "Parents will want those three things clearly."),
            (U, "Write the letter home with all that."),
        ],
        "writing from earlier facts",
    ),
    (
        "japan-dorm-choice",
        [
            (
                U,
                (
                    "The dorm is ¥35,000 a month, 40 minutes from campus; the share "
                    "house is ¥52,000 and a 10-minute walk."
                ),
            ),
            (A, "The dorm is ¥17,000 cheaper but the commute is longer."),
            (U, "I'm in the lab until late most nights. Which should I choose?"),
        ],
        "a judgement over earlier options",
    ),
    (
        "tenant-deposit-email",
        [
            (
                U,
                (
                    "My landlord wants £240 off the deposit for repainting the lounge, "
                    "but it was last painted before I moved in four years back."
                ),
            ),
            (A, "Wear and tear over that time usually matters here."),
            (U, "Write an email disputing the deduction on that basis."),
        ],
        "writing from earlier facts",
    ),
    (
        "ufh-customer-explain",
        [
            (
                U,
                (
                    "The customer set the thermostat to 24 at 7am and complained the "
                    "floor was still cold at 9."
                ),
            ),
            (A, "A screeded floor heats slowly."),
            (U, "Explain to her why that happened and how she should set it."),
        ],
        "an explanation",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
for suffix, turns, note in CONVS:
    convo(suffix, turns, note)

# this set's own structural asserts
assert list(ORDINARY) == list(REGISTERS)
assert all(len(v) == 4 and len(set(v)) == 4 for v in ORDINARY.values())
assert len({s for s, _, _ in NEAR}) == len(NEAR) == 65
assert len({q for _, q, _ in NEAR}) == len(NEAR)
assert len({s for s, _, _ in CONVS}) == len(CONVS) == 35
for _s, turns, _n in CONVS:
    assert len(turns) >= 3 and turns[0][0] == U and turns[-1][0] == U
    assert all(turns[k][0] == (U if k % 2 == 0 else A) for k in range(len(turns)))
for label in ("positive:calculator", "positive:units", "positive:datetime"):
    fams = [i["family"] for i in items if i["label"] == label]
    assert set(fams) - {P} == set(REGISTERS), label
    assert fams.count(P) == 14 and len(fams) - fams.count(P) == 31, label
_pos = {}
for i in items:
    if i["label"] != "negative":
        assert i["family"] in REGISTERS or i["family"] == P, i["id"]
        if i["family"] != P:
            _pos[i["family"]] = _pos.get(i["family"], 0) + 1
assert sorted(f for f, n in _pos.items() if n == 3) == sorted(THREE)
assert sum(1 for n in _pos.values() if n == 4) == 18 and set(_pos.values()) == {3, 4}
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ord) == 100 and all("note" not in i and "messages" not in i for i in _ord)
assert all(sum(1 for i in _ord if i["family"] == r) == 4 for r in REGISTERS)
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")) and i.get("note"), i["id"]
        assert bool(i.get("messages")) == i["family"].startswith("conv-"), i["id"]
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 101
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 101: {reused}"
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
