r"""Generate heldout-2027-02-13.jsonl: a seventy-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed72/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1075: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_71.py (2195 lines, a count given by the brief; no
`wc -l` of that file was run): lines 1-492 (its docstring, imports, configuration, helpers, calc()
and the line P = "plain"), 764-824 (its units section header, unit factors and asserts,
f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 950-1034
(its datetime section header, date helpers, date_item(), weeks(), say(), sayw(), sayus() and their
asserts), 1241-1248 (its negatives section header, neg() and conv()) and 1971-2195 (its
stated-weekday check, its checks and main()). The first command ran `mkdir -p /tmp/h72`, copied the
five ranges by `sed -n A,Bp` into /tmp/h72/r1.py to r5.py without printing them, ran a `wc -l` of
the copies (492, 61, 85, 8 and 225 lines) and a `cat` of grading.py. The second ran a `cat` of
r1.py; the shell tool's display left out some 24 lines in the middle of set 71's docstring, so the
third ran a `sed -n 160,190p` of the copy r1.py (inside the allowed range) to read them, and a
`cat` of r2.py to r4.py; all of lines 1-492 were therefore seen. The fourth ran a `cat` of r5.py,
the fifth the `wc -l` and the `tr` of earlier_registers.txt. None of set 71's query blocks
(493-763, 825-949, 1035-1240, 1249-1970) was opened. Nothing else under /work/main was opened or
listed: nothing under router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/
(apart from the five ranges), not README.md and not pyproject.toml. The only other use of
/work/main was running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with
/work/main as the working directory, on this file only, always with --no-cache). Neither /work
itself nor any /work/sealed* directory was listed (not even /work/sealed72). The earlier generators
(sets 1-71) are only imported, in memory, by this file's main() for the duplicate and register
checks (sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE);
their queries were never printed. No JSONL file was opened (not even this set's own output: only
this generator's summary, its failure messages, the `tail -6` and `sed -n 1,3p` of its printed
output and its --show listing of ids, expected values and tolerances were read), no git command was
run, no network and no search or fetch tool was used, and neither the router nor the bench nor the
tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h72/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
accident_repair_body_shop, ballroom_dance_competition_coach, croquet_lawn,
dental_lab_technician_orders, exchange_student_host_family, gymnastics_club_coach,
independent_toy_shop, independent_wine_merchant, lawn_bowls_club_green, lawn_mower_repair_van,
reindeer_herder, student_halls_accommodation_office, tennis_club_junior_coaching,
triathlon_club_coach, velodrome_track_cycling_coach and water_polo_club; none of them one of this
set's registers, most matching only by a shared fragment of a word, all judged different trades).
The next command wrote and ran /tmp/h72/subst.py (a `cat` heredoc): it cut the first copy at the
line that is exactly `from __future__ import annotations` (asserted to be the only such whole line)
and substituted this set's OUT and PREFIX, "sets 1-70" -> "sets 1-71" in the comment on
EARLIER_DIRS (the tuple itself, EARLIER_DIRS = (HERE,
Path("/work/main/tests/data/router_heldout")), and earlier_path() are kept as they were), EARLIER
(sets 1-71, `range(2, 72)`) and REGISTER_CHECK (sets 19-71, adding make_heldout_71.py), all in the
first block, and "sets 19 to 70" -> "sets 19 to 71" in one comment and one message string of main()
in the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -n` of
c1.py and c5.py for "70", "71", "72" and "19 to" (with the REGISTER_CHECK lines of sets 20-69
filtered out). The next ran the system `python3` to print the weekdays of eight dates and two day
differences, used to choose stated weekdays and a whole number of weeks. Then `cat` heredocs wrote
this set's own blocks under /tmp/h72/own/: a_calc.py (money(), the registers and calculator items)
and b_units.py (unit constants and unit items) in one command; c_dates.py (date items) in the next;
the next reworded one date question (an inline script of the system `python3`, an exact replacement
asserted to apply once) and wrote d_negs.py (ordinary negatives, added in REGISTERS order); the
next replaced a malformed assert in d_negs.py the same way and wrote e_near.py (near-positive
negatives); the next wrote f_convs.py (conversations and this set's own structural asserts), an
assembly script /tmp/h72/assemble.py (it builds this file from /tmp/h72/doc.txt, or a one-line
placeholder, and the blocks in order, and prints its line count) and a helper /tmp/h72/run.sh (it
runs assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache
-q` and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h72/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h72/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh. Edits after each failed check (listed below) were made by
/tmp/h72/fix.py (written by a `cat` heredoc; it applies a list of exact replacements, each asserted
to apply once) run on lists written by `cat` heredocs, in the same command as run.sh. Between runs,
one command ran the system `python3` to check every rounded unit value against the two-decimal rule
at once, one a `grep -niE` of the positive blocks for the contested words and relative wording of
main()'s checks, and one a `head -20` of ruff.txt. The run that passed every check used --show,
followed by a `sed -n 1,3p` of out.txt; the next command listed the ids, expected values and
tolerances (a `grep` of out.txt laid out by `column -t`), and the next printed this file's line
count, longest line and the line numbers over 99 characters (four lines of 100 characters, two in
the copied checks and two in the NEAR table as laid out by ruff format), a `grep -c` of ruff.txt
and the per-family counts of out.txt. This docstring was written last over the placeholder: its
source text, /tmp/h72/doc/doc_src.txt, was written by a `cat` heredoc, and /tmp/h72/doc/make_doc.py
(a `cat` heredoc in the same command; it uses textwrap, keeps the indented lines as they are and
asserts that the words are unchanged, that no line exceeds 99 columns and that every register value
is named) filled it to 99 columns into /tmp/h72/doc.txt; run.sh and a `sed -n 1,3p` of out.txt
followed, then a Python check of this file's lines over 99 characters (the same four, each 100)
with a `grep -n` of the uses of sayw(), which led to one correction of this docstring (that count)
by an inline script of the system `python3` (an exact replacement asserted to apply once) and a
further run of make_doc.py and run.sh. Then, in one command, `ruff format --no-cache --check` and
`ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h72` and an `ls` of
/tmp/h72 (gone). Writes: only this file and its JSONL in /work/sealed72/ (earlier_registers.txt
left as it was); temporary blocks, scripts and output under /tmp/h72/ were deleted afterwards.
Nothing was written into /work/main. Every run of this generator used /work/main/.venv/bin/python.

Changes to set 71's main() and checks: only the substitutions listed above (file names, sets 1-71
for the duplicate check, sets 19-71 for the register check). Set 71 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 71 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-71 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 71's as
copied; ruff format may have changed layout only. All of set 71's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by a date one-liner and a word problem), unit_r()
with close_enough_at_2dp(), say() (used only through sayw()), sayw() (used seven times, in six date
word problems, for stated weekdays), sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used
here). Added, newly written: money() (asserts whole pence; every calculator word problem's money
answer passes through it), MM, CM, KM, G, HA and LITRE, with asserts on ACRE/HA, the foot in
inches, CM, MPH/KMH, G, MM, SQFT and CUFT; the register constants and the REGISTERS tuple (sorted
by value, asserted 25 and distinct); the ORDINARY, NEAR and CONVS tables; an assert that the
square-root one-liner's radicand is a perfect square; and this set's own asserts: the ORDINARY
table is keyed by exactly the REGISTERS, four each, and its negatives are added in REGISTERS order;
NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively; the positive registers are exactly the REGISTERS, and so are those of each tool, with
31 register word problems per tool; 193 items lie in the registers (25 x 3 positives, 18 second
positives, 100 negatives); exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family; no positive contains an
all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 71's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 71's, copied (P = "plain" is copied too, as the
last line of the first block). Set 71's docstring (within lines 1-492) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and most of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance an exchange
rate, contested units, an operator, a decimal comma, a persona, implied multiplication, the weekday
of a historical event, a number in a title, software versions, code semantics, an oven gas mark, a
letter count). All of set 71's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it (no coach holiday operator, credit
union, bulb grower, deer farm, dim sum kitchen, equine dentist, forest school, forklift training
centre, hedgehog hospital, helicopter pleasure flights, hog roast caterer, korfball club, lawn
treatment round, mobile sawmill, paintball site, pet crematorium, polo grooms, rhubarb forcing
shed, sea cadets unit, crayfish trapper, skittles league, tanning salon, toy library, wakeboard
cable park or wedding car hire appears there); some are of neighbouring fields judged to be
different trades: the coach tour operator next to the bus depot scheduler and the school minibus
office, the credit union next to the building society branch counter, the pawnbroker and the debt
advice service, the bulb grower next to the wholesale flower market trader and the garden centre
tills, the deer farm next to the farm shop butcher counter and the reindeer herder, the dim sum
kitchen next to the night market ramen stall and the sushi bar counter, the equine dentist next to
the farrier rounds and the rural vet farm visits, the forest school next to the youth orienteering
club and the scout troop summer camp leader, the forklift centre next to the motorcycle CBT
training school and the driving instructor, the hedgehog hospital next to the ferret rescue and the
foster kitten rescue, the helicopter flights next to the hot air balloon rides and the gliding
club, the hog roast caterer next to the film set location caterer and the outdoor pig unit, the
korfball club next to the netball league umpire rota, the lawn treatment round next to the jobbing
gardener rounds, the turf grower and the lawn mower repair van, the mobile sawmill next to the saw
doctor and the firewood log merchant, the paintball site next to laser tag, the pet crematorium
next to the funeral director arrangements office, the polo grooms next to the horse livery, the
rhubarb shed next to the greenhouse tomato grower and the pick-your-own strawberry farm, the sea
cadets next to the scout troop leader and the sailing dinghy school, the crayfish trapper next to
the lobster creel skipper and the trout lake, the skittles league next to the tenpin bowling alley
desk and the darts league, the tanning salon next to the nail bar and the eyebrow threading kiosk,
the toy library next to the independent toy shop and the mobile library van route, the cable park
next to the kite surf schools and the paddleboard hire hut, and the wedding car hire next to the
van and car rental branch and the barn wedding venue coordinator; the judgement of "different
topic" is this writer's. Many plain one-liners, near-positives and conversations here are of the
same generic kinds as set 71's, newly worded. At the edges of the allowed ranges: line 492 is P =
"plain", 764, 950 and 1241 are section headers, 1971 opens the stated-weekday check and 2195 is the
call of main(). No query text of any earlier set was seen: main()'s duplicate check names only this
set's ids. Every query here was newly written from imagination of each trade or situation; 41 items
that the duplicate check reported as exact repeats of earlier queries or user turns (their earlier
counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that are not in
earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be ruled out. An
exact repeat of any earlier query or user turn is ruled out by main(), and main() asserts that no
register is a family name of sets 19 to 71 (the near-.../conv-... families are not registers and
may coincide with earlier family names). This set has no algebra or calculus question (the only
proof asked for is a written proof that the square of an even number is divisible by 4).
Conversations that define an operator, a function, letter values, a name for an amount, swapped
operators, clock arithmetic on a twelve-hour dial, a decimal comma, a unit, an input or output
base, modular arithmetic, slang amounts or a VAT-inclusive pricing convention are negatives because
the notation or convention is set up in an earlier turn (the output base and a persona by a system
turn); one conversation spreads its figures over two user turns before asking. Some conversations
(Roman numerals, language, verse, output format, rounding, precision, target unit, a fixed currency
rate, date order, date wording, fraction form, a persona set by a system turn) end in a user turn
that could be computed alone, or nearly; they are negatives, as in set 71, because the earlier turn
changes what a right answer looks like. Some near-positives depend on the current date (an age from
a stated birth date, days until a named day, the date of "Thursday fortnight", today's value of an
old sum of money); one asks for a month added to the 31st, one for the anniversary of a leap day,
one for working days in a stated month, one uses all-numeric dates of unstated order, one asks the
weekday on which the Great Fire of London started (Julian calendar, date not given), one asks when
the clocks go forward, one asks whether a date is a bank holiday where the asker lives (it differs
by UK nation), one asks for Good Friday, one for the start of a lunisolar new year; they are
negatives, with no "now" field. One near-positive asks whether a JavaScript floating-point
comparison is true and why (code semantics), and one is a negative for its contested reading
(implied multiplication). Near-positives ask for conversions in gallons, cups, tons, mpg,
horsepower, fluid ounces, barrels, hundredweights, kilobytes and light-years, for the weight of a
gold bar in ounces (troy or avoirdupois), for calories, and for dog years (left out of positives as
contested); one asks whether a speed in knots breaks a local limit not given, one for a letter
count in a word, one for an oven gas mark in Celsius, one for an egg boiling time, and one about
the cost of an 0870 number. No positive depends on a looked-up figure: every rate, price, band and
discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: ruff format passed on every run; ruff check failed once (see
below); the register check passed on every run on which it was reached (it runs before the
duplicate check). The first run of run.sh failed unit_r()'s assert (close_enough_at_2dp) for the
plain acres-to-hectares one-liner (3.5 acres; its two-decimal rounding is outside the 1e-3
tolerance); the first fix list made it 12 acres. The second run failed the same assert for a mower
cut of 38 mm in inches; a check of all rounded unit values by the system `python3` (outside this
file) then found two more that would fail (1,200 yards in kilometres for the crayfish trapper, 32
psi in bar for the wedding car), and showed the plain 1.8 m in feet to give the same value as the
daffodil planting depth; the second fix list (four replacements) made them 50 mm, 2,000 yards, 36
psi and 1.75 m. The third run failed main()'s contested-word check for the korfball date question
(the word "cup" in "cup final"); the `grep -niE` then found the same word in the skittles date
question, and the third fix list (two replacements) reworded both. The fourth run failed the
duplicate check, which reported 39 items by id: one plain date one-liner (a weekday), two plain
unit one-liners (feet and inches to centimetres, psi to bar), eleven conversations (answer
language, clock arithmetic, date order, decimal comma, fraction form, input base, invented
calendar, judgement, precision, recall, Roman numerals; all their user turns reworded) and
twenty-five near-positives (calories, clocks change, coming weekday, cup, exchange rate, gallon,
historical price, implied multiplication, ISBN, letter count, light-year, lottery odds, lunisolar,
mpg, opinion, postage, prevalence, proof, sequence, software version, tax rule, time zone, tipping,
translation, world fact); the fourth fix list (40 replacements over four blocks) reworded all 39
with new figures or new subjects, without the earlier queries being looked at. The fifth run failed
ruff check (ISC004: an implicitly concatenated string inside the NEAR tuple, from a reworded
near-positive) and the duplicate check, which reported two items (the date-order conversation and
the world-fact near-positive); the fifth fix list (three replacements) put the near-positive on one
line and reworded both, and every later run passed every check. No other check failed: unit()'s
other asserts, date_item()'s asserts, money()'s asserts, the stated-weekday check and all of this
set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: coach_holiday_tour_operator, credit_union_loan_desk,
daffodil_bulb_grower, deer_farm_venison_sales, dim_sum_teahouse_kitchen, equine_dentist_rounds,
forest_school_leader, forklift_training_centre, hedgehog_rescue_hospital,
helicopter_pleasure_flights, hog_roast_caterer, korfball_club, lawn_treatment_round,
mobile_sawmill_operator, paintball_site_marshals, pet_crematorium_office, polo_club_grooms,
rhubarb_forcing_shed, sea_cadets_unit, signal_crayfish_trapper, skittles_alley_league,
tanning_salon_minutes, toy_library_volunteers, wakeboard_cable_park, wedding_car_hire. Every
register is used by all three tools (asserted); eighteen distinct registers have one further
positive (a second calculator word problem: coach_holiday_tour_operator, credit_union_loan_desk,
dim_sum_teahouse_kitchen, hog_roast_caterer, paintball_site_marshals, skittles_alley_league; a
second unit word problem: deer_farm_venison_sales, helicopter_pleasure_flights,
lawn_treatment_round, mobile_sawmill_operator, signal_crayfish_trapper, wakeboard_cable_park; a
second date word problem: daffodil_bulb_grower, equine_dentist_rounds, forest_school_leader,
pet_crematorium_office, sea_cadets_unit, wedding_car_hire). The seven registers with three
positives are forklift_training_centre, hedgehog_rescue_hospital, korfball_club, polo_club_grooms,
rhubarb_forcing_shed, tanning_salon_minutes and toy_library_volunteers. Positives are one-liners
(family "plain") or word problems of one to three sentences, mostly UK usage with £ and pence,
stone and pounds, ounces, feet, inches, yards and miles, and a few other touches (Fahrenheit for a
chef from Texas, psi to bar for vintage car tyres, GiB to MiB for a toy catalogue's photos), some
chatty, terse or lower-case, with questions at the start or the end, statements to complete, and
unit questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, light-year, ounce of gold, dog years), a local speed rule,
calories, the current date (an age, days until a named day, a coming weekday, inflation to today),
a lunisolar new year, Good Friday, working days, a regional bank holiday, month arithmetic from the
31st, the anniversary of a leap day, all-numeric dates of unstated order, time zones, summer time,
identifiers that look like numbers (an ISBN prefix, a postcode area, an IP address, software
versions, a formation, chess notation, a phone number prefix), a paper size, a nominal timber size,
code semantics, world facts, tax rules, dosing, a size chart, an oven convention, an estimate,
lottery odds, missing prevalence, a missing area, a translation, a number in a title, an opinion, a
contested reading, a sequence guess, a random choice, a written proof, an explanation, letters in a
word, a forecast, a historical price, the weekday of a historical event, a tipping custom, a
current postage price, a cooking time; or, in conversations, an operator, function, letter values
or a name defined earlier, swapped operators, clock arithmetic, a decimal comma, a unit defined
earlier, a number base (input, or output set by a system turn), Roman numerals, a persona set by a
system turn, answer language, verse form, output format, rounding, precision, target unit, a fixed
currency rate or date order fixed earlier, date wording, fraction form, an invented calendar, a
week numbering, a correction, a summary, a follow-up explanation or recall of earlier turns,
figures spread over turns, a result from an earlier turn, a judgement about earlier figures, advice
about dates given earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention
set earlier. The ordinary negatives ask for advice, explanations, judgements, rules, opinions or
writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 71: US vs imperial pints /
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
another, how many days there are between two dates, how many days two dates are apart, how many
days from planting to flowering, a return 8 days after departure, a first repayment 45 days after a
loan, a count 10 weeks after tagging, a recall 26 weeks after a visit, the tenth of ten weekly
sessions (9 weeks after the first), a refresher 1,095 days after issue, a release 38 days after
admission, an order 5 weeks before a wedding, the fourth of six-weekly visits (18 weeks after the
first), drying of 270 days, ashes ready 10 days after a cremation, a first pull 5 weeks after
housing, a consent expiring 200 days after it starts, the twelfth of sessions every 3 days (33 days
after the first), toys due 3 weeks after borrowing, a balance due 90 days before a wedding, 150,
365 and 1,000 days after or before a date, the first Monday, second Monday, first Saturday, last
Saturday or last Friday of a stated month and year), ages are in whole years from a stated birth
date to a stated date, and clock spans run from one stated time to the next occurrence of the other
(one crosses midnight, saying "the next morning"). Every rounded unit result stays within its 1e-3
tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 71):
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

Run: python3 make_heldout_72.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-13.jsonl"
PREFIX = "ho72-"
# earlier generators: sets 1-71 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 72))
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
    """A sum of money, asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(1234, 100)

# the 25 registers (trades and situations) of this set
COACH = "coach_holiday_tour_operator"
CREDIT = "credit_union_loan_desk"
DAFF = "daffodil_bulb_grower"
DEER = "deer_farm_venison_sales"
DIMSUM = "dim_sum_teahouse_kitchen"
EQUINE = "equine_dentist_rounds"
FOREST = "forest_school_leader"
FORKLIFT = "forklift_training_centre"
HEDGEHOG = "hedgehog_rescue_hospital"
HELI = "helicopter_pleasure_flights"
HOG = "hog_roast_caterer"
KORF = "korfball_club"
LAWN = "lawn_treatment_round"
SAWMILL = "mobile_sawmill_operator"
PAINT = "paintball_site_marshals"
PETCREM = "pet_crematorium_office"
POLO = "polo_club_grooms"
RHUBARB = "rhubarb_forcing_shed"
CADETS = "sea_cadets_unit"
CRAYFISH = "signal_crayfish_trapper"
SKITTLES = "skittles_alley_league"
TANNING = "tanning_salon_minutes"
TOYLIB = "toy_library_volunteers"
WAKE = "wakeboard_cable_park"
WEDCAR = "wedding_car_hire"
REGISTERS = tuple(
    sorted(
        (
            COACH,
            CREDIT,
            DAFF,
            DEER,
            DIMSUM,
            EQUINE,
            FOREST,
            FORKLIFT,
            HEDGEHOG,
            HELI,
            HOG,
            KORF,
            LAWN,
            SAWMILL,
            PAINT,
            PETCREM,
            POLO,
            RHUBARB,
            CADETS,
            CRAYFISH,
            SKITTLES,
            TANNING,
            TOYLIB,
            WAKE,
            WEDCAR,
        )
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# ---- calculator: plain one-liners (14)
calc(P, "What's 17.5% of 3,264?", pct("17.5") * 3264)
calc(P, "7,843 × 26 =", 7843 * 26)
calc(P, "work out 9,126 divided by 36", F(9126, 36))
SQRT_RADICAND = 7921
assert math.isqrt(SQRT_RADICAND) ** 2 == SQRT_RADICAND
calc(P, "Square root of 7,921?", math.isqrt(SQRT_RADICAND))
calc(P, "What is 13 to the power of 4?", 13**4)
calc(P, "Increase 468 by 35 percent.", 468 * (1 + pct(35)))
calc(P, "(148 + 239) x 0.6 = ?", (148 + 239) * dec("0.6"))
calc(P, "three eighths of 1,944 is what", F(3, 8) * 1944)
calc(P, "Take 2,987.45 away from 10,000.", 10000 - dec("2987.45"))
calc(P, "£1,283.40 split six ways is how much each?", money(dec("1283.40") / 6))
calc(P, "57 is what percentage of 228?", F(57, 228) * 100)
calc(P, "8,415 minus 29 squared", 8415 - 29**2)
calc(P, "Knock 12% off 1,250 — what's left?", 1250 * (1 - pct(12)))
calc(P, "0.45 × 0.62", dec("0.45") * dec("0.62"))

# ---- calculator: register word problems (31)
calc(
    COACH,
    "Our five-day Lakes coach break is £389 per person, plus a £96 single-room supplement. "
    "A couple sharing a room and their friend in a single are booking together — what do the "
    "three of them pay in total?",
    money(389 * 3 + 96),
)
calc(
    COACH,
    "The coach has 53 seats. 47 sold at £62.50 and the remaining seats went at a late price of "
    "£41 each. Total ticket income?",
    money(47 * dec("62.50") + (53 - 47) * 41),
)
calc(
    CREDIT,
    "A member borrows £2,400 with a flat interest charge of 6.5% of the amount borrowed, and "
    "repays the lot in 24 equal monthly instalments. How much is each instalment?",
    money(2400 * (1 + pct("6.5")) / 24),
)
calc(
    CREDIT,
    "The credit union declared a 2.4% dividend. What does that come to on a savings balance of "
    "£3,875?",
    money(3875 * pct("2.4")),
)
calc(
    DAFF,
    "We sell bulbs in nets of 25 at £4.80 a net. A landscaper wants exactly 1,150 bulbs — what's "
    "the bill?",
    money(F(1150, 25) * dec("4.80")),
)
calc(
    DEER,
    "a haunch of venison weighing 3.6 kg, priced at £24.50 per kilo — how much do I charge?",
    money(dec("3.6") * dec("24.50")),
)
calc(
    DIMSUM,
    "Each steamer basket holds 4 har gow. A banquet for 136 guests, 3 dumplings each: how many "
    "baskets do we fill?",
    F(136 * 3, 4),
)
calc(
    DIMSUM,
    "Table 9 had 6 plates at £4.20, 4 plates at £5.60 and a pot of jasmine tea at £4.00. Add a "
    "12.5% service charge: what's the bill?",
    money((6 * dec("4.20") + 4 * dec("5.60") + 4) * (1 + pct("12.5"))),
)
calc(
    EQUINE,
    "I charge a £35 yard visit fee plus £58 per horse. What's the invoice for a yard of 7 horses?",
    money(35 + 58 * 7),
)
calc(
    FOREST,
    "Forest school costs £14.50 a session per child. 18 children each come to 6 sessions, and 4 "
    "of them get a 10% sibling discount. What's the total taken?",
    money(18 * 6 * dec("14.50") - 4 * 6 * dec("14.50") * pct(10)),
)
calc(
    FORKLIFT,
    "The counterbalance truck course is £475 per delegate plus VAT at 20%. A warehouse books 5 "
    "delegates; what's the total including VAT?",
    money(475 * 5 * (1 + pct(20))),
)
calc(
    HEDGEHOG,
    "A sack of hedgehog food costs £18.75 and lasts us 9 days. What will food cost for 72 days?",
    money(F(72, 9) * dec("18.75")),
)
calc(
    HELI,
    "Each pleasure flight carries 3 passengers at £149 a seat. If we fly 17 full flights on the "
    "open day, how much do we take?",
    money(149 * 3 * 17),
)
calc(
    HOG,
    "Our hog roast package is £12.75 a head. For a wedding of 126 guests plus a £150 delivery "
    "charge, what's the quote?",
    money(126 * dec("12.75") + 150),
)
calc(
    HOG,
    "A 45 kg pig gives about 60% usable meat. At 150 g a serving, how many servings is that?",
    45 * pct(60) / dec("0.150"),
)
calc(
    KORF,
    "Korfball subs: 22 seniors at £85 and 14 juniors at £47.50. How much should the club collect?",
    money(22 * 85 + 14 * dec("47.50")),
)
calc(
    LAWN,
    "Feed-and-weed is priced at 6p per square metre. How much for a 640 square metre lawn, in "
    "pounds?",
    money(640 * dec("0.06")),
)
calc(
    SAWMILL,
    "Milling on site is £65 an hour. The job took 7.5 hours and there's £40 travel on top. "
    "Invoice total?",
    money(65 * dec("7.5") + 40),
)
calc(
    PAINT,
    "Extra paintballs are £7.50 per hundred. A stag group of 14 each buys 300 extra. What's the "
    "group's spend on balls?",
    money(14 * 3 * dec("7.50")),
)
calc(
    PAINT,
    "Entry is £25 a player, and groups of 20 or more get 15% off. What does a group of 24 pay?",
    money(24 * 25 * (1 - pct(15))),
)
calc(
    PETCREM,
    "Individual cremation for a cat is £185, the casket £45 and a clay paw print £22.50. "
    "What's the total?",
    money(185 + 45 + dec("22.50")),
)
calc(
    POLO,
    "Each pony gets 1.75 scoops of feed three times a day. How many scoops a day for 16 ponies?",
    dec("1.75") * 3 * 16,
)
calc(
    RHUBARB,
    "Forced rhubarb goes to the wholesaler at £6.40 a kilo. We pulled 385 kg. What's that worth?",
    money(385 * dec("6.40")),
)
calc(
    CADETS,
    "The unit raised £1,380 at a supermarket bag pack. 40% goes to the boat fund and the rest is "
    "shared equally between 4 divisions. How much does each division get?",
    money(1380 * (1 - pct(40)) / 4),
)
calc(
    CRAYFISH,
    "The restaurant pays £9.60 a kilo for live signal crayfish and I've trapped 47.5 kg. What am "
    "I owed?",
    money(dec("9.60") * dec("47.5")),
)
calc(
    SKITTLES,
    "Twelve teams each pay a £55 league fee, and 70% of the fees go into the prize pot. How big "
    "is the pot?",
    money(12 * 55 * pct(70)),
)
calc(
    SKITTLES,
    "Our team knocked down 1,248 pins over 8 legs with 6 players throwing each leg. Average per "
    "player per leg?",
    F(1248, 8 * 6),
)
calc(
    TANNING,
    "Sunbed minutes are 60p each. A 120-minute course is sold at 25% off — what's the course "
    "price in pounds?",
    money(120 * dec("0.60") * (1 - pct(25))),
)
calc(
    TOYLIB,
    "Membership is £12 and each toy borrowed costs 50p. A family borrows 37 toys — what do they "
    "pay including membership?",
    money(12 + 37 * dec("0.50")),
)
calc(
    WAKE,
    "A two-hour cable pass is £32 and wetsuit hire £8. A group of 9 riders, 5 of whom hire "
    "wetsuits: total?",
    money(9 * 32 + 5 * 8),
)
calc(
    WEDCAR,
    "The vintage Rolls is £495 for the day plus £1.20 a mile for every mile beyond the first 30. "
    "The wedding route is 48 miles. What's the hire cost?",
    money(495 + (48 - 30) * dec("1.20")),
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
assert ACRE / HA == dec("0.40468564224") and FT / IN == 12 and CM == dec("0.01")
assert MPH / KMH == dec("1.609344") and G * 1000 == 1 and MM * 1000 == 1
assert SQFT == dec("0.09290304") and CUFT == dec("0.028316846592")

# ---- units: plain one-liners (14)
unit(P, "Give me 6 ft 1 in in centimetres.", (6 * FT + 1 * IN) / CM, EXACT)
unit_r(P, "68 kg in stone?", 68 / STONE)
unit(P, "What's 23 °C in Fahrenheit?", c_to_f(23), EXACT)
unit_r(P, "kilometres in 42 miles", 42 * MI / KM)
unit_r(P, "Convert 12 acres to hectares.", 12 * ACRE / HA)
unit(P, "In metres, how long is 250 yards?", 250 * YD, EXACT)
unit(P, "2.75 GiB is how many MiB?", dec("2.75") * GIB / MIB, EXACT)
unit(P, "41 degrees Fahrenheit in Celsius please", f_to_c(41), EXACT)
unit_r(P, "How many ounces is 425 g?", 425 * G / OZ)
unit_r(P, "bar, please: 29 psi", 29 * PSI / BAR)
unit_r(P, "70 mph is how many km/h?", 70 * MPH / KMH)
unit_r(P, "Square feet in 12 square metres?", 12 / SQFT)
unit_r(P, "How tall is 1.75 m in feet?", dec("1.75") / FT)
unit_r(P, "cubic feet in 850 litres", 850 * LITRE / CUFT)

# ---- units: register word problems (31)
unit_r(
    COACH,
    "Our coaches are limited to 62 mph. What's that in km/h for the continental drivers?",
    62 * MPH / KMH,
)
unit_r(
    CREDIT,
    "The new interview room at the branch is 18 ft by 14 ft. What's its floor area in square "
    "metres?",
    18 * 14 * SQFT,
)
unit_r(
    DAFF,
    "The planting guide says set the bulbs 15 cm deep. How many inches is that?",
    15 * CM / IN,
)
unit_r(
    DEER,
    "A red stag on the scales came to 19 stone 4 lb. What's that in kilograms?",
    19 * STONE + 4 * LB,
)
unit_r(
    DEER,
    "Feet, please: our deer fencing stands 2.4 m tall.",
    dec("2.4") / FT,
)
unit(
    DIMSUM,
    "The proving cupboard for the bao is set to 38 °C. Our new chef from Texas asks what that is "
    "in Fahrenheit.",
    c_to_f(38),
    EXACT,
)
unit_r(
    EQUINE,
    "A Welsh cob on my list weighs 380 kg. What's that in stone for the owner?",
    380 / STONE,
)
unit_r(
    FOREST,
    "Our woodland trail loop is 2.4 km. How many miles is that?",
    dec("2.4") * KM / MI,
)
unit_r(
    FORKLIFT,
    "The truck's data plate says 4,500 lb rated capacity. In kilograms, that's how much?",
    4500 * LB,
)
unit_r(
    HEDGEHOG,
    "A hedgehog came in at 450 g and needs to reach 600 g before release. How many ounces does "
    "it still have to gain?",
    (600 - 450) * G / OZ,
)
unit_r(
    HELI,
    "We cruise at 110 mph on the coastal flight. What's that in kilometres per hour?",
    110 * MPH / KMH,
)
unit_r(
    HELI,
    "Our seat weight limit is 18 stone per passenger. How many kilograms is that?",
    18 * STONE,
)
unit(
    HOG,
    "The pork has to reach a core temperature of 75 °C. What's that in °F?",
    c_to_f(75),
    EXACT,
)
unit_r(
    KORF,
    "A korfball post is 3.5 m high. How high is that in feet?",
    dec("3.5") / FT,
)
unit_r(
    LAWN,
    "Customer's lawn measures 5,400 square feet. In square metres?",
    5400 * SQFT,
)
unit_r(
    LAWN,
    "I set the mower to a 50 mm cut. What's that in inches?",
    50 * MM / IN,
)
unit_r(
    SAWMILL,
    "How many metres long is a 16 ft oak log?",
    16 * FT,
)
unit(
    SAWMILL,
    "The customer wants boards 1.5 inches thick. What's that in millimetres?",
    dec("1.5") * IN / MM,
    EXACT,
)
unit(
    PAINT,
    "Our marker limit is 300 feet per second. In metres per second, what's that?",
    300 * FT,
    EXACT,
)
unit_r(
    PETCREM,
    "The owner asked what their 42 kg Newfoundland weighed in pounds. What do I tell them?",
    42 / LB,
)
unit(
    POLO,
    "A full polo ground is 300 yards long — how many metres?",
    300 * YD,
    EXACT,
)
unit(
    RHUBARB,
    "We keep the forcing shed at 13 °C. What is that in Fahrenheit?",
    c_to_f(13),
    EXACT,
)
unit(
    CADETS,
    "The dinghy's mast is 20 ft. What is that in metres?",
    20 * FT,
    EXACT,
)
unit_r(
    CRAYFISH,
    "My traps are spread along 2,000 yards of riverbank. How many kilometres is that?",
    2000 * YD / KM,
)
unit(
    CRAYFISH,
    "Biggest signal crayfish this season: 7 inches nose to tail. In centimetres?",
    7 * IN / CM,
    EXACT,
)
unit_r(
    SKITTLES,
    "The alley is 21 ft from the throwing mark to the front pin. How many metres is that?",
    21 * FT,
)
unit_r(
    TANNING,
    "The salon floor is 9 m by 6 m. What is the area in square feet?",
    9 * 6 / SQFT,
)
unit(
    TOYLIB,
    "The scanned photos for our toy catalogue take up 1.5 GiB. How many MiB is that?",
    dec("1.5") * GIB / MIB,
    EXACT,
)
unit_r(
    WAKE,
    "Lake water was 61 °F this morning. What's that in Celsius?",
    f_to_c(61),
)
unit_r(
    WAKE,
    "The cable pulls riders at 18 mph. What speed is that in km/h?",
    18 * MPH / KMH,
)
unit_r(
    WEDCAR,
    "The vintage Rolls tyres should be at 36 psi. What's that in bar?",
    36 * PSI / BAR,
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

# ---- datetime: plain one-liners (14)
date_item(P, "Which weekday does 23 August 2031 fall on?", weekday(D(2031, 8, 23)))
date_item(
    P, "How many days from 3 March 2028 to 19 October 2028?", days(D(2028, 3, 3), D(2028, 10, 19))
)
date_item(P, "150 days after 12 June 2029 is what date?", D(2029, 6, 12) + TD(days=150))
date_item(P, "Which date is 6 weeks before 2 May 2030?", D(2030, 5, 2) - TD(weeks=6))
date_item(
    P,
    "How many weeks are there between 5 January 2027 and 13 April 2027?",
    weeks(D(2027, 1, 5), D(2027, 4, 13)),
)
date_item(P, "date of the last Friday in November 2029", nth_weekday(2029, 11, FRI, -1))
date_item(
    P, "The first Monday of September 2032 falls on which date?", nth_weekday(2032, 9, MON, 1)
)
date_item(
    P,
    "How old is someone born on 21 July 1994 on 3 February 2031, in whole years?",
    age(D(1994, 7, 21), D(2031, 2, 3)),
)
date_item(P, "minutes from 07:45 to 13:20?", clock_span("07:45", "13:20", 60))
date_item(
    P,
    "How many hours is it from 22:30 to 06:15 the next morning?",
    clock_span("22:30", "06:15", 3600),
)
date_item(P, "What's the date 1,000 days after 14 October 2026?", D(2026, 10, 14) + TD(days=1000))
date_item(P, "Christmas Day 2034 is on what weekday?", weekday(D(2034, 12, 25)))
date_item(
    P,
    "How many days are there between 29 January 2031 and 1 March 2031?",
    days(D(2031, 1, 29), D(2031, 3, 1)),
)
date_item(P, "What date was 365 days before 4 April 2033?", D(2033, 4, 4) - TD(days=365))

# ---- datetime: register word problems (31)
TOUR_OUT = D(2027, 6, 12)
date_item(
    COACH,
    f"Our Highlands tour leaves on {sayw(TOUR_OUT)} and gets back 8 days later. What date do we "
    "return?",
    TOUR_OUT + TD(days=8),
)
date_item(
    CREDIT,
    "A loan was agreed on 14 March 2028 and the first repayment is due 45 days after that. "
    "Which date is the first repayment?",
    D(2028, 3, 14) + TD(days=45),
)
date_item(
    DAFF,
    "Bulbs planted on 20 October 2027 were in flower on 9 March 2028. How many days was that?",
    days(D(2027, 10, 20), D(2028, 3, 9)),
)
date_item(
    DAFF,
    "We start lifting bulbs on the second Monday of June 2028. What's the date?",
    nth_weekday(2028, 6, MON, 2),
)
date_item(
    DEER,
    "The stags were tagged on 3 October 2029 and the next count is 10 weeks after that. What "
    "date is the count?",
    D(2029, 10, 3) + TD(weeks=10),
)
date_item(
    DIMSUM,
    "A 60-guest banquet is booked for 6 February 2027. What day of the week is that?",
    weekday(D(2027, 2, 6)),
)
date_item(
    EQUINE,
    "I rasped a mare's teeth on 11 April 2028 and want to see her again 26 weeks later. Which "
    "date should I book?",
    D(2028, 4, 11) + TD(weeks=26),
)
date_item(
    EQUINE,
    "I started my round at 07:40 and finished at 16:10. How many hours was I out?",
    clock_span("07:40", "16:10", 3600),
)
TERM_START = D(2027, 9, 15)
date_item(
    FOREST,
    f"Forest school runs weekly from {sayw(TERM_START)} for 10 sessions. On what date is the "
    "last session?",
    TERM_START + TD(weeks=9),
)
date_item(
    FOREST,
    "How old will a child born on 30 November 2021 be on 14 May 2028, in whole years?",
    age(D(2021, 11, 30), D(2028, 5, 14)),
)
date_item(
    FORKLIFT,
    "Certificates are due for refresher training 1,095 days after issue. One was issued on "
    "22 August 2027 — when is it due?",
    D(2027, 8, 22) + TD(days=1095),
)
date_item(
    HEDGEHOG,
    "A hoglet admitted on 29 August 2028 stayed with us 38 days before release. What was the "
    "release date?",
    D(2028, 8, 29) + TD(days=38),
)
date_item(
    HELI,
    "Our open day is 4 August 2029. What day of the week is that?",
    weekday(D(2029, 8, 4)),
)
HOG_WEDDING = D(2027, 9, 18)
date_item(
    HOG,
    f"The pig has to be ordered 5 weeks before a wedding on {sayw(HOG_WEDDING)}. What's the "
    "latest order date?",
    HOG_WEDDING - TD(weeks=5),
)
KORF_OPEN, KORF_FINAL = D(2027, 10, 2), D(2028, 4, 8)
date_item(
    KORF,
    f"Our season opens on {sayw(KORF_OPEN)} and the league final is on {sayw(KORF_FINAL)}. How "
    "many weeks apart are they?",
    weeks(KORF_OPEN, KORF_FINAL),
)
LAWN_FIRST = D(2030, 3, 4)
date_item(
    LAWN,
    f"I treat each lawn every 6 weeks, starting {sayw(LAWN_FIRST)}. What's the date of the "
    "fourth visit?",
    LAWN_FIRST + TD(weeks=18),
)
date_item(
    SAWMILL,
    "Oak boards sawn on 5 May 2028 need 270 days of air drying. What date are they ready?",
    D(2028, 5, 5) + TD(days=270),
)
date_item(
    PAINT,
    "The all-day session runs from 09:30 to 15:45. How many minutes of play is that?",
    clock_span("09:30", "15:45", 60),
)
date_item(
    PETCREM,
    "Ashes are ready 10 days after the cremation. The cremation was on 24 December 2027; when "
    "can the family collect?",
    D(2027, 12, 24) + TD(days=10),
)
date_item(
    PETCREM,
    "A terrier born on 2 February 2014 passed away on 19 January 2029. How old was she, in "
    "whole years?",
    age(D(2014, 2, 2), D(2029, 1, 19)),
)
date_item(
    POLO,
    "The polo season opens on 1 May 2028 and the last match is on 17 September 2028. How many "
    "days apart are those two dates?",
    days(D(2028, 5, 1), D(2028, 9, 17)),
)
date_item(
    RHUBARB,
    "Crowns went into the dark shed on 8 January 2029 and the first pull is 5 weeks later. "
    "Which date is that?",
    D(2029, 1, 8) + TD(weeks=5),
)
date_item(
    CADETS,
    "Our regatta is on the last Saturday of July 2028. What date is that?",
    nth_weekday(2028, 7, SAT, -1),
)
date_item(
    CADETS,
    "Band practice runs from 18:45 to 21:15. How long is that in hours?",
    clock_span("18:45", "21:15", 3600),
)
date_item(
    CRAYFISH,
    "My trapping consent starts on 1 April 2028 and expires 200 days after that. What's the "
    "expiry date?",
    D(2028, 4, 1) + TD(days=200),
)
date_item(
    SKITTLES,
    "Derby night against the Red Lion is 21 January 2030. Which day of the week does it fall on?",
    weekday(D(2030, 1, 21)),
)
date_item(
    TANNING,
    "A customer's course is 12 sessions, one every 3 days, starting 2 June 2028. When is her "
    "last session?",
    D(2028, 6, 2) + TD(days=3 * 11),
)
date_item(
    TOYLIB,
    "Toys borrowed on 17 November 2027 are due back 3 weeks later. What's the due date?",
    D(2027, 11, 17) + TD(weeks=3),
)
date_item(
    WAKE,
    "The cable park opens for the season on the first Saturday of April 2029. Which date is that?",
    nth_weekday(2029, 4, SAT, 1),
)
WED_DAY = D(2027, 9, 25)
date_item(
    WEDCAR,
    f"The balance for the car is due 90 days before the wedding on {sayw(WED_DAY)}. What date "
    "is the balance due?",
    WED_DAY - TD(days=90),
)
date_item(
    WEDCAR,
    "The car picks the bride up at 13:15 and drops the couple off after the reception at 23:45. "
    "How many hours of hire is that?",
    clock_span("13:15", "23:45", 3600),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ---- ordinary negatives: four per register, in the register's own setting
ORDINARY = {
    COACH: (
        "What's a good way to keep older passengers entertained on a six-hour coach journey?",
        "Write a short welcome speech for the first morning of a coach tour of the Highlands.",
        "Should we build travel insurance into the package price or sell it as an extra?",
        "What are the rules on breaks for coach drivers on a long day in the UK?",
    ),
    CREDIT: (
        "How do I tell a member their loan application was declined without upsetting them?",
        "What's the real difference between a credit union and a high street bank?",
        "Is it sensible for a member to clear payday loans with a credit union loan?",
        "Draft a friendly letter to a member who has missed two repayments in a row.",
    ),
    DAFF: (
        "Why are some of my daffodils coming up blind, with leaves but no flowers?",
        "Which daffodil varieties tend to sell best to garden centres?",
        "How should lifted bulbs be stored over summer so they don't rot?",
        "Write a catalogue blurb for a scented pale yellow jonquil.",
    ),
    DEER: (
        "How do I explain to farm shop customers why venison is so lean?",
        "What's the best way to cook a venison haunch for a family Sunday lunch?",
        "Do I need any special approval to sell venison from the farm gate?",
        "Write a short label description for our venison and juniper sausages.",
    ),
    DIMSUM: (
        "How do I stop my har gow wrappers tearing when I pleat them?",
        "What's the etiquette for pouring tea for others at a dim sum table?",
        "Suggest a vegetarian dim sum menu for a party of ten.",
        "Why do my char siu bao sometimes come out yellowish instead of white?",
    ),
    EQUINE: (
        "What signs suggest a horse needs its teeth looked at?",
        "How can an owner help a nervous pony stay calm before a dental visit?",
        "Is sedation always necessary for a power float?",
        "Write a text reminding clients that their horse's yearly dental check is due.",
    ),
    FOREST: (
        "What's a fire-lighting activity for seven-year-olds that stays safe?",
        "How do I handle a child who won't leave the tarp shelter when it's raining?",
        "Which wild plants in a British wood should children be told never to touch?",
        "Write a letter to parents explaining what kit to send for winter forest sessions.",
    ),
    FORKLIFT: (
        "What are the most common reasons candidates fail a practical forklift test?",
        "Explain the stability triangle in plain words for a brand-new trainee.",
        "How often should forklift operators have refresher training?",
        "Write a toolbox talk about keeping pedestrians safe in the loading bay.",
    ),
    HEDGEHOG: (
        "Is it okay for people to leave out milk and bread for hedgehogs?",
        "How can someone tell whether a hedgehog out in daylight needs rescuing?",
        "What questions should go on our hedgehog admission form?",
        "Write a social media appeal asking for donations of old towels and newspaper.",
    ),
    HELI: (
        "Is a helicopter pleasure flight a good idea for someone scared of heights?",
        "What should passengers wear for a flight in the middle of winter?",
        "Write a gift voucher message for a sixtieth birthday helicopter ride.",
        "How should we decide whether to cancel flights on a gusty day?",
    ),
    HOG: (
        "What's a good apple sauce recipe to serve alongside a hog roast?",
        "How do I keep crackling crisp when serving outdoors in damp weather?",
        "Should we offer a vegetarian main at a hog roast wedding?",
        "Write a reply to a couple asking about a hog roast for their summer wedding.",
    ),
    KORF: (
        "Explain the rules of korfball to someone who has only ever played netball.",
        "How can we recruit more men to keep our mixed korfball team going?",
        "What warm-up drills work well before a korfball match?",
        "Write a match report for our narrow home win against the university side.",
    ),
    LAWN: (
        "Why is a customer's lawn still full of moss after two treatments?",
        "When is the best time of year to scarify a lawn?",
        "Is it worth recommending hollow-tine aeration to every customer?",
        "Write a leaflet explaining why moss turns black after iron sulphate goes down.",
    ),
    SAWMILL: (
        "Which is better for outdoor cladding, larch or Douglas fir?",
        "How should I price a job when the customer supplies their own logs?",
        "What safety gear should I wear running a portable bandsaw mill?",
        "Why does my bandsaw blade keep wandering in the cut?",
    ),
    PAINT: (
        "What should marshals cover in the safety briefing before the first game?",
        "How do we deal with a player who keeps shooting people at point-blank range?",
        "Suggest some fun game scenarios for a children's birthday party.",
        "Is paintball suitable for a group of eleven-year-olds?",
    ),
    PETCREM: (
        "How do I talk a grieving family through their options on the phone?",
        "Write a condolence card message for a family who lost their old Labrador.",
        "What's the difference between communal and individual pet cremation?",
        "Is it allowed to scatter a pet's ashes in a public park?",
    ),
    POLO: (
        "How many chukkas is it fair to ask one pony to play in a match?",
        "What's the best way to bandage a polo pony's legs before a game?",
        "How can I tell whether a pony has gone lame after a match?",
        "Write a job advert for a seasonal polo groom.",
    ),
    RHUBARB: (
        "Why is forced rhubarb traditionally pulled by candlelight?",
        "How long should crowns rest out in the field before they're forced again?",
        "Write a menu description for a forced rhubarb and custard tart.",
        "Is it worth joining the protected name scheme for our rhubarb?",
    ),
    CADETS: (
        "What knots should a brand-new cadet learn first?",
        "How do I keep teenagers keen through the winter parade nights?",
        "Write a short speech for our unit's Trafalgar Night dinner.",
        "What's the difference between the sea cadets and the Royal Marines cadets?",
    ),
    CRAYFISH: (
        "Do I need permission from anyone to trap signal crayfish?",
        "How can I tell a signal crayfish from a native white-clawed one?",
        "What's the best bait for crayfish traps?",
        "Suggest a simple recipe using crayfish tails.",
    ),
    SKITTLES: (
        "Explain how scoring works in West Country skittles.",
        "Suggest a funny name for our new skittles team.",
        "How should we settle it when a pin wobbles but doesn't go down?",
        "Write a notice for the pub board inviting new players to join the league.",
    ),
    TANNING: (
        "Is it safe for someone who burns easily to use a sunbed?",
        "Which customers should we turn away from the sunbeds?",
        "What are the age rules for using sunbeds in England?",
        "Write a sign reminding customers to wear the eye goggles.",
    ),
    TOYLIB: (
        "How should we clean plastic toys between loans?",
        "Which toys tend to be most popular with toddlers?",
        "Write a paragraph for a grant application explaining why a toy library matters.",
        "How do we deal kindly with toys that come back with missing pieces?",
    ),
    WAKE: (
        "What's the best way to teach a beginner to get up on a wakeboard?",
        "Should we ever let riders go out without a buoyancy aid?",
        "Write a safety briefing for first-time riders on the cable.",
        "Is a cable park or a boat better for learning to wakeboard?",
    ),
    WEDCAR: (
        "What ribbon colour looks best on a white Rolls-Royce?",
        "Should the chauffeur wait outside during the ceremony or leave and come back?",
        "Write cancellation terms for our wedding car bookings.",
        "What should we do if the car breaks down on the way to the church?",
    ),
}
assert set(ORDINARY) == set(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for reg in REGISTERS:
    for q in ORDINARY[reg]:
        neg(reg, q)

# ---- near-positive negatives (65): look computable, but need the language model
NEAR = (
    ("near-exchange-rate", "Change £640 into US dollars for me.", "needs a current exchange rate"),
    ("near-share-price", "What would 40 shares in Tesco cost me?", "needs a current share price"),
    (
        "near-central-bank-rate",
        "If the Bank of England puts rates up by a quarter point, what will the base rate be?",
        "needs the current base rate",
    ),
    (
        "near-loan-terms",
        "What will my monthly repayment be on a £9,000 car loan?",
        "rate and term not given",
    ),
    ("near-gallon", "My water butt holds 40 gallons — how many litres?", "US or imperial gallon"),
    ("near-cup", "How many grams is 1½ cups of caster sugar?", "cup size and flour density vary"),
    ("near-ton", "How many kilograms are there in 3 tons?", "long, short or metric ton"),
    ("near-mpg", "Turn 55 mpg into litres per 100 kilometres.", "US or imperial mpg"),
    ("near-horsepower", "How many kilowatts is a 150 hp engine?", "metric or mechanical hp"),
    ("near-fluid-ounce", "How many millilitres in 8 fl oz of milk?", "US or imperial fl oz"),
    ("near-barrel", "How many litres are there in 20 barrels of beer?", "barrel size varies"),
    ("near-hundredweight", "A hundredweight of coal is how many kilos?", "long or short cwt"),
    ("near-kilobyte", "How many bytes are in 640 kB?", "1000 or 1024 bytes a kilobyte"),
    (
        "near-light-year",
        "Express 2.5 light-years in miles.",
        "light-year conventions; left out of positives",
    ),
    ("near-gold-ounce", "How many ounces does a 1 kg gold bar weigh?", "troy or avoirdupois"),
    ("near-dog-years", "My spaniel is 9 — how old is that in dog years?", "no agreed formula"),
    (
        "near-calories",
        "How many calories will a 45-minute swim burn for me?",
        "depends on the rider",
    ),
    (
        "near-knots-limit",
        "I'm doing 7 knots inside the harbour. Am I breaking the speed limit?",
        "local limit not given",
    ),
    ("near-current-age", "How old am I if I was born on 3 May 1987?", "needs the current date"),
    ("near-days-until", "How many days is it until Bonfire Night?", "needs the current date"),
    (
        "near-coming-weekday",
        "What date will it be on Thursday fortnight?",
        "needs the current date",
    ),
    ("near-lunisolar", "When does Rosh Hashanah begin in 2031?", "lunisolar calendar lookup"),
    ("near-good-friday", "When is Good Friday in 2030?", "computus; left out of positives"),
    (
        "near-working-days",
        "How many working days are there in August 2028?",
        "bank holidays differ by nation",
    ),
    (
        "near-bank-holiday",
        "Is Monday 7 August 2028 a bank holiday where I live?",
        "differs across the UK; home not given",
    ),
    (
        "near-month-from-31st",
        "What's the date one month after 31 January 2029?",
        "month arithmetic from the 31st is contested",
    ),
    (
        "near-leap-anniversary",
        "We married on 29 February 2028 — when is our first anniversary?",
        "no 29 February in 2029; convention",
    ),
    (
        "near-numeric-date",
        "How many days are there between 03/04/2029 and 11/06/2029?",
        "day/month order not stated",
    ),
    (
        "near-time-zone",
        "It's 9am in Glasgow — what time is it in Vancouver?",
        "time zones and summer time",
    ),
    (
        "near-clocks-change",
        "On which Sunday do the clocks spring forward in 2032?",
        "summer time rules lookup",
    ),
    (
        "near-isbn",
        "Which country does the ISBN prefix 978-84 stand for?",
        "identifier, not a number",
    ),
    ("near-postcode", "Which town does the DN postcode area cover?", "identifier, world fact"),
    (
        "near-ip-address",
        "Is 192.168.4.200 a private address or a public one?",
        "an IP address, not arithmetic",
    ),
    ("near-software-version", "Which is the later release, 2.12 or 2.9?", "versions, not decimals"),
    ("near-formation", "What does 4-3-3 mean in football?", "a formation, not a subtraction"),
    ("near-chess-notation", "What does Nf3 mean as a first move?", "chess notation"),
    ("near-phone-prefix", "How much does it cost to ring an 0870 number?", "tariffs vary"),
    ("near-paper-size", "How big is a sheet of A5 paper?", "a lookup of a standard"),
    (
        "near-timber-nominal",
        "What are the actual dimensions of a 4x2 length of timber?",
        "nominal vs planed sizes",
    ),
    (
        "near-code-semantics",
        "In JavaScript, does 0.1 + 0.2 === 0.3 come out true, and why?",
        "code semantics and explanation",
    ),
    ("near-world-fact", "How many miles long is the River Trent?", "the length is not given"),
    ("near-tax-rule", "What National Insurance will I pay on £31,500 a year?", "tax rules lookup"),
    (
        "near-dosing",
        "How much ibuprofen can I give a child who weighs 20 kg?",
        "dosing advice; never a tool answer",
    ),
    ("near-size-chart", "What's a UK size 9 shoe in European sizing?", "size charts vary"),
    ("near-oven-gas-mark", "What is gas mark 6 in Celsius?", "an oven convention table"),
    (
        "near-estimate",
        "Roughly how many tennis balls would fit inside a double-decker bus?",
        "an estimate with assumptions",
    ),
    (
        "near-lottery-odds",
        "What are my chances of matching all six numbers in the Irish Lotto?",
        "game rules lookup",
    ),
    (
        "near-prevalence",
        "Screening came back positive and the test is 95% sensitive — how likely is it I have it?",
        "prevalence not given",
    ),
    (
        "near-missing-area",
        "How many rolls of wallpaper do I need for my bedroom?",
        "room size not given",
    ),
    ("near-translation", "What's the German word for ninety-three?", "a translation"),
    ("near-title-number", "What is the novel Catch-22 about?", "a number in a title"),
    ("near-opinion", "Am I too old at 52 to take up the drums?", "an opinion"),
    (
        "near-implied-multiplication",
        "Solve 12 ÷ 3(1+1).",
        "contested reading of implied multiplication",
    ),
    ("near-sequence", "Next number in 1, 4, 10, 22, 46?", "a sequence guess"),
    ("near-random-pick", "Pick me a random number from 1 to 59.", "a random choice"),
    ("near-proof", "Show that the square of any even number is divisible by 4.", "a written proof"),
    (
        "near-explanation",
        "Why does dividing by a half make a number bigger?",
        "an explanation",
    ),
    (
        "near-letter-count",
        "How many letter i's are in 'indivisibility'?",
        "letters in a word",
    ),
    ("near-forecast", "Will it rain in Cardiff on 14 July 2029?", "a forecast"),
    (
        "near-historical-price",
        "What was the price of a Mars bar in 1979?",
        "a historical price",
    ),
    (
        "near-historical-weekday",
        "On what weekday did the Great Fire of London start?",
        "historical date (Julian) not given",
    ),
    (
        "near-tipping",
        "What's a normal tip on a restaurant bill in Lisbon?",
        "a tipping custom",
    ),
    (
        "near-postage",
        "What does it cost to post a large letter first class?",
        "a current postage price",
    ),
    (
        "near-egg-boiling",
        "How long should I boil a large egg for a runny yolk?",
        "a cooking time",
    ),
    (
        "near-inflation",
        "What's £100 from 1990 worth in today's money?",
        "needs inflation data and the current date",
    ),
)
for fam, q, note in NEAR:
    neg(fam, q, note)

# ---- conversation negatives (35): an earlier turn sets a convention or holds the figures
CONVS = (
    (
        "conv-operator",
        [
            (U, "Let's say a ⊕ b means twice a plus b."),
            (A, "Got it: a ⊕ b = 2a + b."),
            (U, "So what's 7 ⊕ 4?"),
        ],
        "operator defined earlier",
    ),
    (
        "conv-function",
        [(U, "Define g(x) = 3x − 5."), (A, "Okay, g(x) = 3x − 5."), (U, "And g(12)?")],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In this puzzle A=1, B=2 and so on up to Z=26."),
            (A, "Understood."),
            (U, "What does the word BAKE add up to?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-named-amount",
        [
            (U, "Call the £1,460 in the till drawer 'the float'."),
            (A, "Noted: the float is £1,460."),
            (U, "What's the float plus a quarter of it?"),
        ],
        "a name for an amount set earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "For this game, + means multiply and × means add."),
            (A, "Fine, I'll read them swapped."),
            (U, "Then what is 6 + 7 × 2?"),
        ],
        "operators swapped earlier",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "Let's do sums on a 12-hour clock dial, no am or pm, just hand positions."),
            (A, "Sure."),
            (U, "Where does the hand end up for 10 + 7?"),
        ],
        "clock arithmetic set earlier",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "I'm writing from Sweden, where the decimal separator is a comma."),
            (A, "No problem."),
            (U, "Multiply 4,5 by 1,6 for me."),
        ],
        "decimal comma set earlier",
    ),
    (
        "conv-unit-defined",
        [
            (U, "In our shed a 'trug' means 6 kg of rhubarb."),
            (A, "Okay, one trug is 6 kg."),
            (U, "How many kilos is 14 trugs?"),
        ],
        "unit defined earlier",
    ),
    (
        "conv-input-base",
        [
            (U, "All numbers I type are base 2 now."),
            (A, "Understood, binary input."),
            (U, "Add 11001 and 101."),
        ],
        "input base set earlier",
    ),
    (
        "conv-output-base",
        [
            (S, "Write every number in your answers in hexadecimal."),
            (U, "What's 200 plus 55?"),
        ],
        "output base set by a system turn",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "Reply using Roman numerals only, if you would."),
            (A, "Certainly."),
            (U, "Add 73 and 38."),
        ],
        "answer form set earlier",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Barnacle, a pirate who speaks only in pirate slang."),
            (U, "How much is 12 times 15, captain?"),
        ],
        "persona set by a system turn",
    ),
    (
        "conv-answer-language",
        [
            (U, "Could you answer in Spanish from here on?"),
            (A, "¡Claro!"),
            (U, "How much is 312 divided by 8?"),
        ],
        "answer language set earlier",
    ),
    (
        "conv-verse",
        [
            (U, "Answer everything I ask as a limerick."),
            (A, "There once was a bot who agreed..."),
            (U, "What's 9 squared?"),
        ],
        "verse form set earlier",
    ),
    (
        "conv-output-format",
        [
            (U, "Give me answers as JSON with a single key called result."),
            (A, '{"result": "ready"}'),
            (U, "What is 340 minus 87?"),
        ],
        "output format set earlier",
    ),
    (
        "conv-rounding",
        [
            (U, "Always round your answers to the nearest ten for me."),
            (A, "Will do."),
            (U, "What's 47 times 3?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Keep answers to 5 significant figures from now on."),
            (A, "Okay."),
            (U, "What is 17 divided by 6?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Whatever I ask about lengths, answer in millimetres."),
            (A, "Millimetres it is."),
            (U, "How long is 14 inches?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For this budget take £1 as $1.27, fixed."),
            (A, "Okay, £1 = $1.27."),
            (U, "So how many dollars is £350?"),
        ],
        "currency rate fixed earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "Just so you know, I put the month first in dates, US style."),
            (A, "Noted."),
            (U, "Tell me the weekday for 5/8/2032."),
        ],
        "date order set earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Please always write dates in words, like 'the third of March'."),
            (A, "Understood."),
            (U, "What's 40 days after 12 May 2029?"),
        ],
        "date wording set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please express all answers as fractions in lowest terms."),
            (A, "Sure."),
            (U, "What's 0.875 minus 0.125?"),
        ],
        "fraction form set earlier",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "My fantasy novel's calendar has 13 months of 28 days."),
            (A, "Interesting calendar!"),
            (U, "How many days do 4 of those years come to?"),
        ],
        "invented calendar set earlier",
    ),
    (
        "conv-week-numbering",
        [
            (U, "At work we use ISO week numbers for everything."),
            (A, "Got it."),
            (U, "Which week number is 30 December 2030 in?"),
        ],
        "week numbering set earlier",
    ),
    (
        "conv-correction",
        [
            (U, "What's 18% of 250?"),
            (A, "That's 40."),
            (U, "That doesn't look right, can you check it again?"),
        ],
        "a correction of an earlier turn",
    ),
    (
        "conv-summary",
        [
            (U, "The hall costs £320 and the band £450."),
            (A, "So £770 for both."),
            (U, "Can you sum up what we've worked out so far?"),
        ],
        "a summary of earlier turns",
    ),
    (
        "conv-follow-up-explain",
        [
            (U, "How many 25-bulb nets make 1,150 bulbs?"),
            (A, "46 nets."),
            (U, "Why did you divide rather than multiply there?"),
        ],
        "a follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "Multiply 43 by 27."),
            (A, "That's 1,161."),
            (U, "Remind me which two numbers I asked you to multiply?"),
        ],
        "recall of an earlier turn",
    ),
    (
        "conv-spread-figures",
        [
            (U, "The tent costs £180."),
            (A, "Noted."),
            (U, "And the pegs are £14. What's the total with 20% off?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [
            (U, "What's 64 times 7?"),
            (A, "448."),
            (U, "Now take a third of that off."),
        ],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "A 2019 Vivaro with 71,400 miles on the clock is listed at £8,695."),
            (A, "Okay."),
            (U, "Would you say that's a reasonable asking price?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "We got engaged on 2 March 2027 and the wedding is on 18 September 2027."),
            (A, "Congratulations!"),
            (U, "Is that enough time to plan everything?"),
        ],
        "advice about dates given earlier",
    ),
    (
        "conv-modular",
        [
            (U, "Work modulo 7 from here on."),
            (A, "Okay, mod 7."),
            (U, "What is 5 times 6?"),
        ],
        "modular arithmetic set earlier",
    ),
    (
        "conv-slang-amounts",
        [
            (U, "Where I'm from a monkey is £500 and a pony is £25."),
            (A, "Ha, I know those."),
            (U, "So what are two monkeys and three ponies?"),
        ],
        "slang amounts set earlier",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All the prices I quote include VAT at 20%."),
            (A, "Understood."),
            (U, "How much VAT is in £96, then?"),
        ],
        "VAT-inclusive pricing set earlier",
    ),
)
for fam, turns, note in CONVS:
    conv(fam, turns, note)

# ---- this set's own structural asserts
assert len(NEAR) == 65 and len({f for f, _, _ in NEAR}) == 65
assert all(f.startswith("near-") for f, _, _ in NEAR)
assert len(CONVS) == 35 and len({f for f, _, _ in CONVS}) == 35
assert all(f.startswith("conv-") for f, _, _ in CONVS)
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert [i["family"] for i in _ordinary] == [r for r in REGISTERS for _ in range(4)]
assert [i["query"] for i in _ordinary] == [q for r in REGISTERS for q in ORDINARY[r]]
_pos = [i for i in items if i["label"] != "negative" and i["family"] != P]
assert {i["family"] for i in _pos} == set(REGISTERS)
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _mine = [i for i in _pos if i["label"] == _label]
    assert {i["family"] for i in _mine} == set(REGISTERS), _label
    assert len(_mine) == 31, (_label, len(_mine))
assert sum(1 for i in items if i["family"] in REGISTERS) == 25 * 3 + 18 + 100
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)
NUMERIC_DATE_POS = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 71
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 71: {reused}"
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
