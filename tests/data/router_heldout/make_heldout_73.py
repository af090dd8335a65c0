r"""Generate heldout-2027-02-14.jsonl: a seventy-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed73/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1100: the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those); and these line ranges of
/work/main/tests/data/router_heldout/make_heldout_72.py (a `wc -l` gave 2267 lines, as the brief
said): lines 1-508 (its docstring, imports, configuration, helpers, calc() and the line P =
"plain"), 778-838 (its units section header, unit factors and asserts, f_to_c/c_to_f,
EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 1035-1119 (its datetime
section header, date helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts),
1339-1346 (its negatives section header, neg() and conv()) and 2043-2267 (its stated-weekday check,
its checks and main()). The first command ran `mkdir -p /tmp/h73`, the `wc -l` of
make_heldout_72.py, copied the five ranges by `sed -n A,Bp` into /tmp/h73/r1.py to r5.py without
printing them, ran an `ls` of /work/sealed73 (this set's own directory: earlier_registers.txt only)
and the `wc -l` of earlier_registers.txt; a `cat` of grading.py ran beside it. The second ran a
`cat` of r1.py; the shell tool's display left out lines 163-204 of that output, so the third ran a
`sed -n 158,206p` of the copy r1.py (inside the allowed range) to read them; all of lines 1-508
were therefore seen. The fourth ran a `cat` of r2.py to r4.py, the fifth a `cat` of r5.py, the
sixth the `tr` of earlier_registers.txt. None of set 72's query blocks (509-777, 839-1034,
1120-1338, 1347-2042) was opened. Nothing else under /work/main was opened or listed: nothing under
router/, tools/, docs/, server/, bench/ (apart from grading.py) or tests/ (apart from the five
ranges and the `wc -l`), not README.md and not pyproject.toml. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). Neither /work itself nor any other
/work/sealed* directory was listed. The earlier generators (sets 1-72) are only imported, in
memory, by this file's main() for the duplicate and register checks (sys.dont_write_bytecode =
True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their queries were never printed. No
JSONL file was opened (not even this set's own output: only this generator's summary, its failure
messages, the `tail -6`, `sed -n 1,3p` and `sed -n 1,2p` of its printed output and its --show
listing of ids, expected values and tolerances were read), no git command was run, no network and
no search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h73/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
alpine_hut_warden, barometer_restorer, bicycle_courier_dispatch, bicycle_wheel_builder,
exam_hall_invigilation_team, forensic_document_examiner, helicopter_pleasure_flights,
lighthouse_heritage_trust_warden, lobster_creel_skipper, motorcycle_cbt_training_school,
nuclear_outage_planning_office, parking_enforcement_officer_beat, pub_darts_team_skipper,
sand_yacht_club, scuba_dive_boat_skipper, vintage_motorcycle_rally_marshal and
vintage_motorcycle_restorer; none of them one of this set's registers, most matching only by a
shared fragment of a word, all judged different trades). The next command wrote and ran
/tmp/h73/subst.py (a `cat` heredoc): it cut the first copy at the line that is exactly `from
__future__ import annotations` (asserted to be the only such whole line) and substituted this set's
OUT and PREFIX, "sets 1-71" -> "sets 1-72" in the comment on EARLIER_DIRS (the tuple itself,
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout")), and earlier_path() are kept as
they were), EARLIER (sets 1-72, `range(2, 73)`) and REGISTER_CHECK (sets 19-72, adding
make_heldout_72.py), all in the first block, and "sets 19 to 71" -> "sets 19 to 72" in one comment
and one message string of main() in the last block (each substitution asserted to apply once, the
last twice; it printed "ok" for each). It wrote the cut first block and the substituted last block
as c1.py and c5.py (the second to fourth ranges are used as copied); the same command ran a `head
-3` of c1.py and a `grep -n` of c1.py and c5.py for "71", "72", "73" and "19 to" (with the
REGISTER_CHECK lines of sets 20-69 filtered out). Then `cat` heredocs wrote this set's own blocks
under /tmp/h73/own/: a_calc.py (money(), the registers and calculator items); the next command
reworded two calculator word problems (a negroni serve count made a single question, a shuttle
passenger count without a clock time) by an inline script of the system `python3` (exact
replacements, each asserted to apply once); the next changed one word that the relative-date check
would have refused ("Yesterday's" -> "Friday's", by `sed -i`, with a `grep -n`) and wrote
b_units.py (unit constants and unit items); the next replaced a yacht passage distance in miles
(sailors may mean nautical miles) with an anchor chain length in feet, the same way, and ran the
system `python3` to print the weekdays of seven dates and one day difference; the next wrote
c_dates.py (date items) and ran the system `python3` to find the twelfth weekday from a date, which
showed that the first cycle-training start date was a bank holiday; the next, by an inline script,
added the helper nth_session() and its assert, moved that start to Monday 9 September 2030 (no bank
holiday in the span), replaced a hand-written expression for the tenth dialysis session that was
wrong (found on review before any run) by nth_session(), and added an assert that 7 May 2030 is a
Tuesday; then d_negs.py (ordinary negatives, added in REGISTERS order) and e_near.py (near-positive
negatives) were written, followed by a failed attempt to exec part of e_near.py with the system
`python3` (an IndentationError; nothing was learnt from it) and a `grep -c` of its near- families;
the next wrote f_convs.py (conversations and this set's own structural asserts), an assembly script
/tmp/h73/assemble.py (it builds this file from /tmp/h73/doc.txt, or a one-line placeholder, and the
blocks in order, and prints its line count) and a helper /tmp/h73/run.sh (it runs assemble.py, then
from /work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff
check --no-cache` on this file, writing the latter's output to /tmp/h73/ruff.txt and printing its
`tail -3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h73/out.txt, and prints the exit codes and the `tail -6` of it), with a first run of run.sh.
Edits after each failed check (listed below) were made by `sed -i` or by /tmp/h73/fix.py (written
by a `cat` heredoc; it applies a list of exact replacements, each asserted to apply once), in the
same command as run.sh. The run that passed every check was repeated with --show, followed by a
`sed -n 1,3p` of out.txt and the listing of ids, expected values and tolerances (a `grep` of
out.txt laid out by `column -t`). After reviewing that listing, an inline script reworded two
calculator word problems (a youth hostel group's free bed made the group leader's, to leave one
reading; a stray VAT remark removed from the stairlift price), and run.sh ran again with a Python
check of this file's line lengths; an `awk` of the lines over 99 characters, a `grep -c` and `sed
-n 1,2p | cut` of out.txt followed, then a `sed -n` of two of this set's own lines (929 and 1176 as
then laid out, both 101 characters) and an inline script that shortened those two queries; run.sh,
the line-length check and a `grep` count of the uses of sayw() followed. This docstring was written
last over the placeholder: its source text, /tmp/h73/doc/doc_src.txt, was written by a `cat`
heredoc, and /tmp/h73/doc/make_doc.py (a `cat` heredoc in the same command; it uses textwrap, keeps
the indented lines as they are and asserts that the words are unchanged, that no line exceeds 99
columns and that every register value is named) filled it to 99 columns into /tmp/h73/doc.txt. Its
first run failed its own 99-column assert (the unindented first line of the paragraph of conversion
factors had been kept unwrapped); an inline script changed make_doc.py to wrap such lines and
corrected one phrase of this source (the leagues named next to the rounders league); make_doc.py
and run.sh followed, with a `sed -n 1,2p` of out.txt. Then, in one command, `ruff format --no-cache
--check` and `ruff check --no-cache` of this file (from /work/main), two runs of this file with
--digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h73` and
an `ls` of /tmp/h73 (gone). Writes: only this file and its JSONL in /work/sealed73/
(earlier_registers.txt left as it was); temporary blocks, scripts and output under /tmp/h73/ were
deleted afterwards. Nothing was written into /work/main. Every run of this generator used
/work/main/.venv/bin/python.

Changes to set 72's main() and checks: only the substitutions listed above (file names, sets 1-72
for the duplicate check, sets 19-72 for the register check). Set 72 is already in
/work/main/tests/data/router_heldout, and EARLIER_DIRS and earlier_path() are kept as set 72 has
them: each earlier generator is looked up first next to this file (HERE), then in
/work/main/tests/data/router_heldout; this works now (sets 1-72 from router_heldout) and after this
file is copied there. The copied helpers, unit factors, checks and main() are otherwise set 72's as
copied; ruff format may have changed layout only. All of set 72's checks are kept: counts per kind,
ids and prefixes, no duplicate queries, the wording rules for positives, the answers' consistency
(calculator and exact unit answers are numbers with at most three decimals, every expected value is
graded correct under grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all
three tools, no repeat of an earlier query or user turn, the register check, the stated-weekday
pattern check, and a byte-for-byte regeneration check (the file on disk, and a fresh run of this
script with another PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as
copied: whole_up() (not used here), weeks() (used by a date one-liner and a word problem), unit_r()
with close_enough_at_2dp(), say() (used only through sayw()), sayw() (used four times, in four date
word problems, for stated weekdays), sayus() (not used here), and SQFT/SQYD/CUFT (SQYD not used
here). Added, newly written: money() (asserts whole pence; every calculator money answer passes
through it), MM, CM, KM, G, HA and LITRE, with asserts on ACRE/HA, the foot in inches, CM, MPH/KMH,
G, MM, SQFT and CUFT; the register constants and the REGISTERS tuple (sorted by value, asserted 25
and distinct); nth_session() (the n-th session on given weekdays, with an assert) and an assert
that a league's first fixture date is a Tuesday; the ORDINARY, NEAR and CONVS tables; an assert
that the square-root one-liner's radicand is a perfect square; and this set's own asserts: the
ORDINARY table is keyed by exactly the REGISTERS, four each, and its negatives are added in
REGISTERS order; NEAR has 65 entries and CONVS 35, each with distinct families, all "near-..." and
"conv-..." respectively; the positive registers are exactly the REGISTERS, and so are those of each
tool, with 31 register word problems per tool; 193 items lie in the registers (25 x 3 positives, 18
second positives, 100 negatives); exactly 18 registers have four positives and 7 have three; every
negative outside the registers is a near-... or conv-... family; no positive contains an
all-numeric date (NUMERIC_DATE_POS).

Disclosures: the kinds of item and the counts follow set 72's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 72's, copied (P = "plain" is copied too, as the
last line of the first block). Set 72's docstring (within lines 1-508) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and most of this set's near-positive
and conversation family names coincide with or echo those generic kinds (for instance an exchange
rate, contested units, an operator, a decimal comma, a persona, implied multiplication, the weekday
of a historical event, a number in a title, software versions, code semantics, an oven gas mark, a
letter count). All of set 72's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it (no acupuncture clinic, airport
parking, cycle training instructor, canine hydrotherapy, cocktail bar, dialysis unit, dry ski
slope, exam marker, festive lights, lash studio, microfilm bureau, outboard repair, paragliding,
planning consultant, recording studio, roller shutter, rounders, salmon farm, sheet metal shop,
sheltered housing, smart meter installer, stairlift fitter, timber frame builder, youth hostel or
yacht delivery appears there); some are of neighbouring fields judged to be different trades: the
airport parking desk next to the airport baggage hall supervisor and the parking enforcement beat,
the cycle training instructor next to the driving instructor and the motorcycle CBT school, the
canine hydrotherapy pool next to the dog groomers and the physio clinic, the cocktail bar next to
the pub cellar manager and the cinema bar, the dialysis unit next to the hospital porter and the
sterile services unit, the dry ski slope next to the ski hire shop and the ski lift operators, the
exam marker next to the exam hall invigilation team, the festive lights installer next to the
street lighting maintenance crew, the lash studio next to the nail bar and the eyebrow threading
kiosk, the microfilm bureau next to the document shredding truck and the magic lantern slide
archivist, the outboard repair shop next to the marina berth office and the canal boatyard, the
paragliding school next to the gliding club and the skydiving drop zone, the planning consultant
next to the business rates appeal consultant and the architect's drawing office, the recording
studio next to the podcast producers and the voice-over studio, the roller shutter engineer next to
the garage door fitter, the rounders league next to the netball league umpire rota and the Sunday
league football secretary, the salmon farm next to the oyster farms and the trout lake, the sheet
metal shop next to the CNC machining subcontractor and the steel stockholder, the sheltered housing
warden next to the care home activities coordinator, the smart meter installer next to the domestic
energy assessor and the energy supplier call centre, the stairlift fitter next to the mobility aids
showroom and the passenger lift engineer, the timber frame builder next to the staircase joinery
workshop and the bricklaying subcontractor, the youth hostel next to the mountain hut and the
alpine hut warden, and the yacht delivery skipper next to the sailing dinghy school and the tall
ship bosun; the judgement of "different topic" is this writer's. Many plain one-liners,
near-positives and conversations here are of the same generic kinds as set 72's, newly worded. At
the edges of the allowed ranges: line 508 is P = "plain", 778, 1035 and 1339 are section headers,
2043 opens the stated-weekday check and 2267 is the call of main(). No query text of any earlier
set was seen: main()'s duplicate check names only this set's ids. Every query here was newly
written from imagination of each trade or situation; 36 items that the duplicate check reported as
exact repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded,
see below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so
an overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user
turn is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 72
(the near-.../conv-... families are not registers and may coincide with earlier family names). This
set has no algebra or calculus question (the only proof asked for is a written proof that the
product of two odd numbers is odd). Conversations that define an operator, a function, letter
values, a name for an amount, swapped operators, clock arithmetic on a 24-hour face, a decimal
comma, a unit, an input or output base, modular arithmetic, slang amounts or a VAT-inclusive
pricing convention are negatives because the notation or convention is set up in an earlier turn
(the output base and a persona by a system turn); one conversation spreads its figures over two
user turns before asking. Some conversations (Roman numerals, language, verse, output format,
rounding, precision, target unit, a fixed currency rate, date order, date wording, fraction form, a
persona set by a system turn) end in a user turn that could be computed alone, or nearly; they are
negatives, as in set 72, because the earlier turn changes what a right answer looks like. Some
near-positives depend on the current date (an age from a stated birth date, days until a named day,
the date of "next Thursday week", today's value of an old sum of money); one asks for a month added
to the 31st, one for the anniversary of a leap day, one for working days in a stated month, one
uses all-numeric dates of unstated order, one asks the weekday on which Magna Carta was sealed
(Julian calendar, date not given), one asks when the clocks go forward, one asks whether a date is
a bank holiday where the asker lives (it differs by UK nation), one asks for Good Friday, one for
the date of a lunisolar festival (Diwali); they are negatives, with no "now" field. One
near-positive asks what Python's round() gives for a half and why (code semantics), and one is a
negative for its contested reading (implied multiplication). Near-positives ask for conversions in
gallons, cups, tons, mpg, horsepower, fluid ounces, barrels, hundredweights, kilobytes and
light-years, for the weight of a gold bar in ounces (troy or avoirdupois), for calories, and for
dog years (left out of positives as contested); one asks whether a speed in knots breaks a local
limit not given, one for a letter count in a word, one for an oven gas mark as a fan oven setting,
one for a roasting time, and one about the cost of an 0845 number. No positive depends on a
looked-up figure: every rate, price, fee and discount is given in the text, so the answer follows
from the text alone.

Checks that failed along the way: ruff format and ruff check passed on every run; the register
check passed on every run on which it was reached (it runs before the duplicate check). The first
run of run.sh failed unit_r()'s assert (close_enough_at_2dp) for the plain grams-to-pounds
one-liner (750 g; its two-decimal rounding is outside the 1e-3 tolerance); a check of all rounded
unit values at once (the system `python3` executing in memory a copy of this file's text up to the
negatives header, with that assert turned into a printed message) found no other; `sed -i` made it
2,500 g. The second run failed the duplicate check, which reported 36 items by id: three plain
one-liners (a calculator percentage, a datetime weekday, a units feet-and-inches to centimetres),
fourteen conversations (clock dial, decimal comma, defined function, defined unit, follow-up
explanation, invented calendar, modular arithmetic, output base, persona, Roman numerals, swapped
operators, VAT-inclusive prices, verse, week numbering; all their user turns that could have
matched reworded) and nineteen near-positives (cooking time, days until, explanation, gas mark,
historical weekday, horsepower, hundredweight, kilobyte, letter count, lottery odds, lunisolar,
month end, numeric date, postage, proof, sequence, title number, ton, translation); the fix list
(36 replacements over five blocks) reworded all 36 with new figures or new subjects, without the
earlier queries being looked at, and every later run passed every check. No other check failed:
unit()'s other asserts, date_item()'s asserts, money()'s asserts, the stated-weekday check and all
of this set's own asserts passed on every run on which they were reached.

Registers (families), 25, new: acupuncture_clinic_bookings, airport_parking_shuttle_desk,
bikeability_cycle_instructor, canine_hydrotherapy_pool, cocktail_bar_mixologist,
dialysis_unit_scheduler, dry_ski_slope_instructor, exam_script_marker, festive_lights_installer,
lash_extension_studio, microfilm_scanning_bureau, outboard_motor_repair_shop, paragliding_school,
planning_permission_consultant, recording_studio_session_booker, roller_shutter_engineer,
rounders_league_fixtures, salmon_farm_pen_site, sheet_metal_fabrication_shop,
sheltered_housing_warden, smart_meter_installer_round, stairlift_fitter,
timber_frame_house_builder, youth_hostel_reception, yacht_delivery_skipper. Every register is used
by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: airport_parking_shuttle_desk, cocktail_bar_mixologist,
festive_lights_installer, lash_extension_studio, sheet_metal_fabrication_shop,
youth_hostel_reception; a second unit word problem: outboard_motor_repair_shop, paragliding_school,
salmon_farm_pen_site, stairlift_fitter, timber_frame_house_builder, yacht_delivery_skipper; a
second date word problem: dialysis_unit_scheduler, exam_script_marker,
planning_permission_consultant, recording_studio_session_booker, sheltered_housing_warden,
smart_meter_installer_round). The seven registers with three positives are
acupuncture_clinic_bookings, bikeability_cycle_instructor, canine_hydrotherapy_pool,
dry_ski_slope_instructor, microfilm_scanning_bureau, roller_shutter_engineer and
rounders_league_fixtures. Positives are one-liners (family "plain") or word problems of one to
three sentences, mostly UK usage with £ and pence, stone and pounds, ounces, feet, inches, yards
and miles, and a few other touches (an old Fahrenheit bar fridge dial, a Fahrenheit thermostat, a
sea temperature in Fahrenheit, GiB to MiB for microfilm scans, bar to psi for a tyre), some chatty,
terse or lower-case, with questions at the start or the end, statements to complete, and unit
questions with the target unit first. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model: an exchange rate, a share price, a current
central bank rate, missing loan terms, contested units (gallon, cup, ton, mpg, horsepower, fluid
ounce, barrel, hundredweight, kilobyte, light-year, ounce of gold, dog years), a local speed rule,
calories, the current date (an age, days until a named day, a coming weekday, inflation to today),
a lunisolar festival, Good Friday, working days, a regional bank holiday, month arithmetic from the
31st, the anniversary of a leap day, all-numeric dates of unstated order, time zones, summer time,
identifiers that look like numbers (an ISBN, a postcode area, IP addresses, software versions, a
formation, chess notation, a phone number prefix), a paper size, a nominal timber size, code
semantics, world facts, tax rules, dosing, a size chart, an oven convention, an estimate, lottery
odds, missing prevalence, a missing area, a translation, numbers in titles, an opinion, a contested
reading, a sequence guess, a random choice, a written proof, an explanation, letters in a word, a
forecast, a historical price, the weekday of a historical event, a tipping custom, a current
postage price, a cooking time; or, in conversations, an operator, function, letter values or a name
defined earlier, swapped operators, clock arithmetic, a decimal comma, a unit defined earlier, a
number base (input, or output set by a system turn), Roman numerals, a persona set by a system
turn, answer language, verse form, output format, rounding, precision, target unit, a fixed
currency rate or date order fixed earlier, date wording, fraction form, an invented calendar, a
week numbering, a correction, a summary, a follow-up explanation or recall of earlier turns,
figures spread over turns, a result from an earlier turn, a judgement about earlier figures, advice
about dates given earlier, modular arithmetic, slang amounts or a VAT-inclusive pricing convention
set earlier. The ordinary negatives ask for advice, explanations, judgements, rules, opinions or
writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 72: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes (no tonne appears in a
positive), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only binary MiB/GiB are
used), "a month" or "a year" as a length, light-years and parsecs, nautical miles and knots (no
sailing distance is asked in miles), troy ounces (no ounce of a precious metal; the ounces used are
avoirdupois ounces of mass), carats, nominal sizes, leap-day results, all-numeric dates (none in a
positive; asserted), time zones and daylight saving, Easter, working days (the one weekday count
skips only weekends, over a span with no bank holiday), "within N days", and anything depending on
the current date (no "now" or "timezone" field; asserted). No calculator, date or exact unit result
is a repeating decimal (asserted); money answers are whole pence (asserted by money()). Week counts
are asserted to be whole weeks; day counts are the difference of the two dates (queries are worded
as N days or weeks after or before a stated date, how many days from one date to another, how many
days between two dates, how many days two dates are apart, how many days an engine was in the shop,
how many nights a group stays, how many days after fitting a complaint came, a repeat 90 days after
a blood test, a swim 42 days after surgery, take-down 45 days after a switch-on, a deadline 60 days
after arrival, a decision 8 weeks after validation, a closure start 23 days before reopening, a
last tracking day 26 days before a deadline, a service 26 weeks after the last, a harvest 540 days
after stocking, a delivery 35 days after ordering, a roof 33 days after erection began, an arrival
19 days after departure, a fitting 10 days after a survey, the eighth of eight weekly sessions (7
weeks after the first), a second infill (6 weeks after a full set), 150, 365 and 1,000 days after
or before a date, the first Monday, first Wednesday, second Saturday, third Thursday or last Friday
of a stated month and year); counts of sessions (the twelfth weekday session, the tenth session on
a Monday-Wednesday-Friday pattern, the number of Tuesdays from a first to a last stated fixture,
both included as said) are computed by nth_session() or weeks() plus one; ages are in whole years
from a stated birth date to a stated date, and clock spans run from one stated time to the next
occurrence of the other (two cross midnight, saying "the next morning" or "the following morning").
Every rounded unit result stays within its 1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 72):
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

Run: python3 make_heldout_73.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-14.jsonl"
PREFIX = "ho73-"
# earlier generators: sets 1-72 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 73))
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
    """A money answer: asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


ACU = "acupuncture_clinic_bookings"
APS = "airport_parking_shuttle_desk"
BIK = "bikeability_cycle_instructor"
CHP = "canine_hydrotherapy_pool"
CBM = "cocktail_bar_mixologist"
DUS = "dialysis_unit_scheduler"
DSS = "dry_ski_slope_instructor"
ESM = "exam_script_marker"
FLI = "festive_lights_installer"
LES = "lash_extension_studio"
MSB = "microfilm_scanning_bureau"
OMR = "outboard_motor_repair_shop"
PGS = "paragliding_school"
PPC = "planning_permission_consultant"
RSB = "recording_studio_session_booker"
RSE = "roller_shutter_engineer"
RLF = "rounders_league_fixtures"
SFP = "salmon_farm_pen_site"
SMF = "sheet_metal_fabrication_shop"
SHW = "sheltered_housing_warden"
SMI = "smart_meter_installer_round"
STF = "stairlift_fitter"
TFH = "timber_frame_house_builder"
YHR = "youth_hostel_reception"
YDS = "yacht_delivery_skipper"
REGISTERS = tuple(
    sorted(
        (ACU, APS, BIK, CHP, CBM, DUS, DSS, ESM, FLI, LES, MSB, OMR, PGS)
        + (PPC, RSB, RSE, RLF, SFP, SMF, SHW, SMI, STF, TFH, YHR, YDS)
    )
)
assert len(REGISTERS) == 25 and len(set(REGISTERS)) == 25

# plain one-liners
calc(P, "what's 17.5% of 3,184", pct("17.5") * 3184)
calc(P, "347 multiplied by 28 is", 347 * 28)
SQ = 5184
assert math.isqrt(SQ) ** 2 == SQ
calc(P, f"Square root of {SQ:,}?", math.isqrt(SQ))
calc(P, "4,096 divided by 32 = ?", F(4096, 32))
calc(P, "Sale price of a £64 jacket with 12.5% taken off?", money(64 * (1 - pct("12.5"))))
calc(P, "add up 148.75, 92.30 and 17.95 for me", dec("148.75") + dec("92.30") + dec("17.95"))
calc(P, "What is 3 to the power of 7?", 3**7)
calc(P, "(84 + 36) / 8 - 3.5", F(84 + 36, 8) - dec("3.5"))
calc(P, "45 is 18% of what number?", 45 / pct(18))
calc(P, "Percentage increase going from 80 to 98?", F(98 - 80, 80) * 100)
calc(P, "Seven eighths written as a decimal is", F(7, 8))
calc(P, "1,250 minus 387.6", 1250 - dec("387.6"))
calc(P, "mean of 62, 75, 81 and 90?", F(62 + 75 + 81 + 90, 4))
calc(P, "A bill of £187.40 split four ways comes to how much each?", money(dec("187.40") / 4))

# register word problems
calc(
    ACU,
    "A course of six acupuncture sessions costs £52 each, with the sixth one half price. "
    "What does the patient pay in total?",
    money(5 * 52 + 26),
)
calc(
    APS,
    "Meet-and-greet parking is £14.50 a day plus a £9 handling fee. "
    "What's the bill for an 11-day trip?",
    money(dec("14.50") * 11 + 9),
)
calc(
    APS,
    "Friday's shuttle log: 65 runs averaging 23 passengers each. How many passengers is "
    "that altogether?",
    23 * 65,
)
calc(
    BIK,
    "The council pays £38 per pupil for Level 2 cycle training. Three schools sent 27, 31 "
    "and 18 pupils. How much is the claim?",
    money(38 * (27 + 31 + 18)),
)
calc(
    CHP,
    "A spaniel's swim block is 8 sessions at £32, less a 15% loyalty discount. Total?",
    money(8 * 32 * (1 - pct(15))),
)
calc(
    CBM,
    "Our house negroni takes 25 ml of gin. How many serves does a 700 ml bottle of gin give?",
    F(700, 25),
)
calc(
    CBM,
    "Cocktails are £11.50 each and the table of 6 had two rounds, plus a 12.5% service charge. "
    "What's the total?",
    money(dec("11.50") * 12 * (1 + pct("12.5"))),
)
calc(
    DUS,
    "Each dialysis chair runs three sessions a day, six days a week. With 14 chairs, how many "
    "sessions a week is that?",
    3 * 6 * 14,
)
calc(
    DSS,
    "Ski lessons: £24 per hour for adults and £18 for juniors. Two adults and three juniors "
    "each book 2 hours. What's the total?",
    money(2 * 24 * 2 + 3 * 18 * 2),
)
calc(
    ESM,
    "I'm paid £4.35 per script marked. I've done 212 so far and have 88 left. What will the "
    "full batch pay?",
    money(dec("4.35") * (212 + 88)),
)
calc(
    FLI,
    "A high street has 46 lamp posts, each taking a motif that costs £185 to hire and £40 "
    "to fit. What's the job worth?",
    money(46 * (185 + 40)),
)
calc(
    FLI,
    "We're stringing lights along 18 m of shopfront with a bulb every 15 cm, starting at one "
    "end and finishing at the other. How many bulbs is that?",
    F(1800, 15) + 1,
)
calc(
    LES,
    "Full set of lashes £65, infills £38. A client has a full set then five infills. "
    "How much has she spent?",
    money(65 + 5 * 38),
)
calc(
    LES,
    "The studio took £3,840 last week from 64 appointments. What was the average spend "
    "per appointment?",
    money(F(3840, 64)),
)
calc(
    MSB,
    "Scanning is priced at 6.5p per frame. A reel has 2,400 frames and the client sent 37 "
    "reels. Cost in pounds?",
    money(dec("0.065") * 2400 * 37),
)
calc(
    OMR,
    "Parts came to £212.60 and labour was 3.5 hours at £58 an hour, then VAT at 20% on the "
    "lot. Final invoice?",
    money((dec("212.60") + dec("3.5") * 58) * F(6, 5)),
)
calc(
    PGS,
    "The pilot course is £1,275 and we take a 25% deposit. How much is the deposit?",
    money(1275 * pct(25)),
)
calc(
    PPC,
    "Our fee is 4% of build cost with a £950 minimum. The extension is costed at £31,500. "
    "What's the fee?",
    money(max(950, 31500 * pct(4))),
)
calc(
    RSB,
    "Studio A is £45 an hour, the engineer £30 an hour. A band books 9 hours of both. "
    "How much do they owe?",
    money(9 * (45 + 30)),
)
calc(
    RSE,
    "A shutter curtain is 3.2 m wide and each slat is 77 mm tall; the opening is 2.695 m "
    "high. How many slats stack up to exactly that height?",
    dec("2.695") / dec("0.077"),
)
calc(
    RLF,
    "Match fees are £3.50 per player. On fixtures night we had 8 teams of 11. Total fees?",
    money(dec("3.50") * 8 * 11),
)
calc(
    SFP,
    "A pen holds 48,000 smolts and the count at harvest was 43,920. What percentage survived?",
    F(43920, 48000) * 100,
)
calc(
    SMF,
    "We cut 14 brackets from each steel sheet. How many sheets for an order of 378 brackets?",
    F(378, 14),
)
calc(
    SMF,
    "Steel sheet at £96.40 per sheet, 25 sheets, less a 7.5% trade discount. Total?",
    money(dec("96.40") * 25 * (1 - pct("7.5"))),
)
calc(
    SHW,
    "The service charge is £27.80 a week per flat and there are 32 flats. How much is "
    "collected over 52 weeks?",
    money(dec("27.80") * 32 * 52),
)
calc(
    SMI,
    "I get paid £28 per completed install and £9 for an aborted visit. I did 23 installs and "
    "6 aborts. Pay?",
    money(28 * 23 + 9 * 6),
)
calc(
    STF,
    "A straight stairlift is £2,450 fitted and a curved rail adds £1,980 on top. What does "
    "the curved version come to?",
    money(2450 + 1980),
)
calc(
    TFH,
    "A wall panel is 2.4 m by 3.6 m and the house needs 35 of them. What total area in square "
    "metres is that?",
    dec("2.4") * dec("3.6") * 35,
)
calc(
    YHR,
    "Dorm beds are £22 a night. A walking group of 15 stays 3 nights and the group leader's "
    "bed is free. What do they pay?",
    money(22 * (15 - 1) * 3),
)
calc(
    YHR,
    "Breakfast is £6.75. If 38 guests order it each morning for 4 mornings, what's the "
    "breakfast income?",
    money(dec("6.75") * 38 * 4),
)
calc(
    YDS,
    "The delivery fee is £340 a day plus fuel. The trip took 6 days and fuel was £618.45. "
    "What's the invoice?",
    money(340 * 6 + dec("618.45")),
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
unit(P, "my brother is 6 ft 2 in — centimetres please", (6 * FT + 2 * IN) / CM, EXACT)
unit_r(P, "how many stone is 68 kg", 68 / STONE)
unit_r(P, "Miles in 100 km?", 100 * KM / MI)
unit_r(P, "Oven says 350°F. What's that in Celsius?", f_to_c(350))
unit(P, "2.5 litres is how many millilitres?", dec("2.5") * 1000, EXACT)
unit(P, "MiB in 3 GiB?", 3 * GIB / MIB, EXACT)
unit_r(P, "12 oz in grams", 12 * OZ / G)
unit_r(P, "Convert 30 mph to km/h.", 30 * MPH / KMH)
unit_r(P, "Square metres in 2 acres?", 2 * ACRE)
unit_r(P, "2,500 grams expressed in pounds is", 2500 * G / LB)
unit(P, "6 inches = how many mm", 6 * IN / MM, EXACT)
unit_r(P, "Tyre pressure 2.2 bar in psi?", dec("2.2") * BAR / PSI)
unit_r(P, "How many acres is 1.5 hectares?", dec("1.5") * HA / ACRE)
unit_r(P, "litres in 10 cubic feet", 10 * CUFT / LITRE)

# register word problems
unit(ACU, "In millimetres, how long is a 1.5 inch acupuncture needle?", dec("1.5") * IN / MM, EXACT)
unit_r(
    APS,
    "Our long-stay car park is 2.5 miles from the terminal. How far is that in kilometres?",
    dec("2.5") * MI / KM,
)
unit(
    BIK,
    "A pupil turned up on a bike with 20-inch wheels. What's the wheel diameter in cm?",
    20 * IN / CM,
    EXACT,
)
unit(
    CHP,
    "The dog pool is kept at 30°C; an owner asks what that is in Fahrenheit.",
    c_to_f(30),
    EXACT,
)
unit(CBM, "Fahrenheit 41 on the old bar fridge dial is what in Celsius?", f_to_c(41), EXACT)
unit_r(
    DUS,
    "Dry weight is recorded in kg. A patient says he's 11 stone 4 pounds. What do I write?",
    (11 * STONE + 4 * LB),
)
unit_r(DSS, "Our dry slope is 160 metres long — how many feet is that?", 160 / FT)
unit_r(ESM, "A box of marked scripts weighs 26 lb. In kilograms?", 26 * LB)
unit(FLI, "We need 150 ft of festoon cable. How many metres is that?", 150 * FT, EXACT)
unit_r(
    LES,
    "The treatment room measures 14 ft by 11 ft. What's its floor area in square metres?",
    14 * 11 * SQFT,
)
unit(MSB, "The finished scans total 37 GiB. How many MiB is that?", 37 * GIB / MIB, EXACT)
unit(OMR, "Prop diameter is 13 inches. Give it in centimetres.", 13 * IN / CM, EXACT)
unit_r(
    OMR,
    "After the service the boat did 20 mph on the river trial; in km/h that is",
    20 * MPH / KMH,
)
unit(
    PGS,
    "Take-off is from a ridge 1,200 feet above the landing field. Height difference in metres?",
    1200 * FT,
    EXACT,
)
unit_r(PGS, "The forecast wind is 18 km/h. What is that in mph?", 18 * KMH / MPH)
unit_r(
    PPC,
    "The site is 0.75 of an acre. The council form wants square metres — what do I put?",
    dec("0.75") * ACRE,
)
unit_r(
    RSB,
    "The live room is 20 ft by 16 ft. How many square metres is it?",
    20 * 16 * SQFT,
)
unit_r(RSE, "Opening width 10 ft 6 in. In metres that's", (10 * FT + 6 * IN))
unit_r(
    RLF,
    "The gap from the bowling square to the batting square is 7.5 m. What's that in feet?",
    dec("7.5") / FT,
)
unit_r(SFP, "Sea temperature at the pens read 54°F this morning. Celsius?", f_to_c(54))
unit_r(SFP, "A harvested fish weighs 9 lb 8 oz. What is that in kg?", 9 * LB + 8 * OZ)
unit_r(SMF, "Plate thickness is 3/16 inch. What's that in millimetres?", F(3, 16) * IN / MM)
unit(
    SHW,
    "Resident wants the lounge at 21°C. What's that on a Fahrenheit thermostat?",
    c_to_f(21),
    EXACT,
)
unit(
    SMI,
    "The meter cupboard door is 2 ft 3 in wide. How wide in centimetres?",
    (2 * FT + 3 * IN) / CM,
    EXACT,
)
unit_r(STF, "The seat is rated to 21 stone. What's that in kilograms?", 21 * STONE)
unit_r(STF, "The straight rail is 5.2 m long; how many feet is that?", dec("5.2") / FT)
unit_r(TFH, "Floor area 1,350 sq ft. Convert to square metres.", 1350 * SQFT)
unit_r(TFH, "Studs go at 400 mm centres. What's that spacing in inches?", 400 * MM / IN)
unit_r(
    YHR,
    "A guest asks how far the waterfall walk is in miles; the sign says 8 km.",
    8 * KM / MI,
)
unit_r(YDS, "The anchor chain is 50 m long; how many feet of chain is that?", 50 / FT)
unit_r(YDS, "The mast is 52 ft tall. What's that in metres?", 52 * FT)

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
date_item(P, "Is 23 October 2031 a Monday, a Tuesday, or what?", weekday(D(2031, 10, 23)))
date_item(P, "how many days from 3 March 2029 to 21 July 2029", days(D(2029, 3, 3), D(2029, 7, 21)))
date_item(P, "The date 150 days after 12 January 2030 is", D(2030, 1, 12) + TD(days=150))
date_item(P, "First Monday in September 2031?", nth_weekday(2031, 9, MON, 1))
date_item(
    P,
    "Someone born on 27 November 1988 — how old are they on 14 February 2030?",
    age(D(1988, 11, 27), D(2030, 2, 14)),
)
date_item(P, "Minutes from 22:15 until 06:40 the next morning?", clock_span("22:15", "06:40", 60))
date_item(P, "Which date falls 1,000 days before 1 June 2033?", D(2033, 6, 1) - TD(days=1000))
date_item(P, "last Friday of November 2029?", nth_weekday(2029, 11, FRI, -1))
date_item(
    P,
    "How many weeks between 5 January 2032 and 29 March 2032?",
    weeks(D(2032, 1, 5), D(2032, 3, 29)),
)
date_item(P, "6 weeks after 18 August 2030 — what's the date?", D(2030, 8, 18) + TD(weeks=6))
date_item(P, "Christmas Day 2027 falls on which weekday?", weekday(D(2027, 12, 25)))
date_item(P, "Days between 30 April 2028 and 4 February 2029?", days(D(2028, 4, 30), D(2029, 2, 4)))
date_item(P, "Add 365 days to 10 March 2031. What date do you get?", D(2031, 3, 10) + TD(days=365))
date_item(P, "Hours from 07:30 to 19:15?", clock_span("07:30", "19:15", 3600))

# register word problems
date_item(
    ACU,
    f"A patient's first session is on {sayw(D(2029, 6, 14))} and she comes weekly for eight "
    "sessions. On what date is the eighth?",
    D(2029, 6, 14) + TD(weeks=7),
)
date_item(
    APS,
    "A customer parks at 05:50 and collects the car at 23:20 the same day. How many hours is that?",
    clock_span("05:50", "23:20", 3600),
)


def nth_session(start, n, wds):
    """The date of the n-th session, counting start, on the given weekdays."""
    d, k = start, 0
    while True:
        if d.weekday() in wds:
            k += 1
            if k == n:
                return d
        d += TD(days=1)


assert nth_session(D(2030, 9, 9), 1, (MON,)) == D(2030, 9, 9)
date_item(
    BIK,
    f"Training runs on 12 weekdays in a row starting {sayw(D(2030, 9, 9))}, skipping the "
    "weekends. What date is the final session?",
    nth_session(D(2030, 9, 9), 12, (MON, TUE, WED, THU, FRI)),
)
date_item(
    CHP,
    "A dog had cruciate surgery on 3 September 2030 and the vet says no pool until 42 days "
    "after. What's the earliest date for a swim?",
    D(2030, 9, 3) + TD(days=42),
)
date_item(
    CBM,
    "The bar's licence was granted on 19 August 2028. Which day of the week was that?",
    weekday(D(2028, 8, 19)),
)
date_item(
    DUS,
    f"A new patient starts on {sayw(D(2031, 3, 3))} on a Monday-Wednesday-Friday pattern. "
    "What is the date of his tenth session?",
    nth_session(D(2031, 3, 3), 10, (MON, WED, FRI)),
)
date_item(
    DUS,
    "Blood results from 2 April 2030 must be repeated 90 days later. Which date is the repeat?",
    D(2030, 4, 2) + TD(days=90),
)
date_item(
    DSS,
    "The slope reopens on 27 October 2029 after a 23-day resurface. On what date did the "
    "closure start?",
    D(2029, 10, 27) - TD(days=23),
)
date_item(
    ESM,
    "Marking opened on 10 June 2030 and the deadline is 4 July 2030. How many days is that?",
    days(D(2030, 6, 10), D(2030, 7, 4)),
)
date_item(
    ESM,
    "Results day is the third Thursday of August 2030. Which date is it?",
    nth_weekday(2030, 8, THU, 3),
)
date_item(
    FLI,
    "The switch-on is on 23 November 2029 and the lights come down 45 days later. Take-down date?",
    D(2029, 11, 23) + TD(days=45),
)
date_item(
    LES,
    "Infills are due every 3 weeks. Her full set was done on 8 January 2031; when is her "
    "second infill?",
    D(2031, 1, 8) + TD(weeks=6),
)
date_item(
    MSB,
    "The parish reels arrived on 14 February 2030 and the contract says 60 days' turnaround. "
    "Deadline?",
    D(2030, 2, 14) + TD(days=60),
)
date_item(
    OMR,
    "An engine was booked in on 28 March 2029 and collected on 19 April 2029. How many days "
    "did we have it?",
    days(D(2029, 3, 28), D(2029, 4, 19)),
)
date_item(
    PGS,
    "The first week-long course of the season starts on the second Saturday of April 2031. "
    "What date is that?",
    nth_weekday(2031, 4, SAT, 2),
)
date_item(
    PPC,
    "A householder application was validated on 21 January 2030 and the council has 8 weeks "
    "to decide. What's the target date?",
    D(2030, 1, 21) + TD(weeks=8),
)
date_item(
    PPC,
    "Consent was granted on 5 November 2029; we're told work must start before 5 November "
    "2032. How many days apart are those two dates?",
    days(D(2029, 11, 5), D(2032, 11, 5)),
)
date_item(
    RSB,
    "The album sessions run from 09:30 to 01:15 the following morning. Length in hours?",
    clock_span("09:30", "01:15", 3600),
)
date_item(
    RSB,
    "Mix deadline is 17 September 2030, 26 days after the last tracking day. Which date was "
    "the last tracking day?",
    D(2030, 9, 17) - TD(days=26),
)
date_item(
    RSE,
    "Shutters are serviced every 26 weeks. The last service was on 11 December 2028. "
    "When is the next one due?",
    D(2028, 12, 11) + TD(weeks=26),
)
date_item(
    RLF,
    "The league runs on Tuesdays from 7 May 2030 until 30 July 2030 inclusive. How many "
    "Tuesdays is that?",
    weeks(D(2030, 5, 7), D(2030, 7, 30)) + 1,
)
assert weekday(D(2030, 5, 7)) == "Tuesday"
date_item(
    SFP,
    "Smolts went into the pens on 15 April 2029 and harvest is planned 540 days later. "
    "Harvest date?",
    D(2029, 4, 15) + TD(days=540),
)
date_item(
    SMF,
    "The order was placed on 2 October 2030 with a lead time of 35 days. Delivery date?",
    D(2030, 10, 2) + TD(days=35),
)
date_item(
    SHW,
    "Mrs Patel was born on 30 May 1941. How old will she be at her party on 1 June 2031?",
    age(D(1941, 5, 30), D(2031, 6, 1)),
)
date_item(
    SHW,
    "The fire alarm test is the first Wednesday of each month. What date is it in March 2030?",
    nth_weekday(2030, 3, WED, 1),
)
date_item(
    SMI,
    "I fitted a meter on 16 July 2029 and the customer complaint came in on 2 December 2029. "
    "How many days after fitting was that?",
    days(D(2029, 7, 16), D(2029, 12, 2)),
)
date_item(
    SMI,
    "Appointment slot is 13:45 to 17:15. How many minutes is the window?",
    clock_span("13:45", "17:15", 60),
)
date_item(
    STF,
    "The survey is on 4 February 2031 and fitting is 10 days later. Which weekday is fitting day?",
    weekday(D(2031, 2, 4) + TD(days=10)),
)
date_item(
    TFH,
    "Frame erection began on 9 September 2030 and the roof went on 33 days later. Date?",
    D(2030, 9, 9) + TD(days=33),
)
date_item(
    YHR,
    "A group checks in on 28 December 2029 and checks out on 3 January 2030. How many nights?",
    days(D(2029, 12, 28), D(2030, 1, 3)),
)
date_item(
    YDS,
    f"We slip lines on {sayw(D(2030, 5, 6))} and the owner expects the yacht 19 days later. "
    "Arrival date?",
    D(2030, 5, 6) + TD(days=19),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, rules, opinions or writing in each register
ORDINARY = {
    ACU: (
        "How should I explain to a nervous first-timer what the needles will feel like?",
        "Write a short reminder text for patients about eating before their session.",
        "Is it worth offering gift vouchers in the run-up to Mother's Day?",
        "What should I say when a patient asks whether acupuncture can cure their migraines?",
    ),
    APS: (
        "A customer says we scratched his bumper. How do I handle the complaint politely?",
        "Draft a sign asking drivers to leave their keys with the desk on arrival.",
        "What's a good way to calm a family who just missed the shuttle?",
        "Should people pre-book a specific shuttle time, or is first come first served better?",
    ),
    BIK: (
        "How do I reassure a child who's scared of riding on the road for the first time?",
        "Give me a warm-up game for a group of nine-year-olds on a playground.",
        "What's the best way to teach a kid to look over their shoulder without wobbling?",
        "Write a note home asking parents to check their child's brakes before the course.",
    ),
    CHP: (
        "Why do so many older dogs seem calmer after a hydrotherapy swim?",
        "Write a welcome leaflet paragraph for owners bringing a dog for the first time.",
        "How do I tell an owner their dog is too anxious to swim today without upsetting them?",
        "Is an underwater treadmill or free swimming better for a dog recovering from surgery?",
    ),
    CBM: (
        "Suggest a name for a smoky mezcal cocktail with grapefruit.",
        "How do I politely refuse to serve someone who's clearly had enough?",
        "What's the difference between shaking and stirring, and when does it matter?",
        "Write a short menu description for an espresso martini with a salted caramel twist.",
    ),
    DUS: (
        "How can I make the rota fairer for patients who want the early morning slot?",
        "Write a friendly note explaining why session times are changing over the holidays.",
        "What's the kindest way to tell a patient their transport has been delayed again?",
        "Why do some dialysis patients prefer evening sessions?",
    ),
    DSS: (
        "How do I stop beginners catching an edge on the matting?",
        "Write a safety briefing for a school group on their first dry slope visit.",
        "Is it better to teach snowplough turns first or go straight to parallel?",
        "What should I wear under my instructor jacket on a hot summer day on the slope?",
    ),
    ESM: (
        "How do I stay consistent when marking essays late into the evening?",
        "A candidate's handwriting is barely legible. What's the fair approach?",
        "Explain what a mark scheme's 'level of response' descriptors are trying to capture.",
        "Is it normal to feel my marks drift upwards as the batch goes on?",
    ),
    FLI: (
        "Suggest a theme for a small market town's window lights that isn't just snowflakes.",
        "Write an email to the council asking for a road closure for the switch-on.",
        "How should we brief volunteers who hold the ladders?",
        "Are warm white or cool white LEDs nicer for a Victorian high street?",
    ),
    LES: (
        "How do I tell a client her natural lashes are too weak for the volume she wants?",
        "Write an aftercare card for classic lash extensions.",
        "What questions should I ask in a patch test consultation?",
        "Is it worth switching to a booking app, or is a paper diary fine for a small studio?",
    ),
    MSB: (
        "How should we describe our service to a local history society in one paragraph?",
        "What can go wrong when scanning vinegar-syndrome film and how do we warn clients?",
        "Write a polite reply to a client who wants the scans faster than we can manage.",
        "Is it better to deliver scans as TIFF or PDF for a family history researcher?",
    ),
    OMR: (
        "Why might an outboard start fine on the muffs but cut out on the water?",
        "Write a winterising checklist to hand customers with their invoice.",
        "How do I explain to a customer that his engine isn't worth repairing?",
        "Is it a good idea to offer a mobile call-out service at the marina?",
    ),
    PGS: (
        "How do I explain to a student why we're not flying when it looks calm to them?",
        "Write a short bio for our new tandem instructor for the website.",
        "What's a good way to build confidence in a pupil after a heavy landing?",
        "Should we sell a beginner wing or recommend they buy second hand?",
    ),
    PPC: (
        "How do I tell a client the neighbours are likely to object to their dormer?",
        "Write a cover letter summarising a single-storey rear extension application.",
        "What makes a design and access statement persuasive?",
        "Is it worth going to pre-application advice for a small garden room?",
    ),
    RSB: (
        "How should I word our cancellation policy so bands actually read it?",
        "Suggest ways to make a nervous solo singer feel at home in the studio.",
        "Write a post announcing a new vintage microphone we've bought.",
        "Should we let bands bring their own engineer, or insist on ours?",
    ),
    RSE: (
        "A shop owner wants his shutter painted with a mural. What should I tell him?",
        "Write a note explaining why a shutter's motor keeps tripping in cold weather.",
        "How do I upsell an annual service contract without being pushy?",
        "Is an insulated shutter worth it for a garage used as a home gym?",
    ),
    RLF: (
        "How do we keep weaker teams interested when they lose every week?",
        "Write a match report opening for a thrilling last-innings comeback.",
        "What's a fair way to handle a team that keeps turning up short of players?",
        "Should the league allow mixed teams in the top division?",
    ),
    SFP: (
        "How do I explain sea lice treatments to a visiting school group?",
        "Write a short post about our staff's night shift during a storm.",
        "What are the arguments for and against closed containment pens?",
        "How should we respond to a local kayaker complaining about our feed barge?",
    ),
    SMF: (
        "How do I explain to a customer why powder coating costs extra?",
        "Write a job advert for an experienced press brake operator.",
        "What's a sensible way to organise offcuts so they actually get reused?",
        "Is it worth investing in a fibre laser for a shop our size?",
    ),
    SHW: (
        "How can I encourage a lonely resident to come to the coffee morning?",
        "Write a notice reminding residents not to prop the fire doors open.",
        "What should I say to a family worried their dad isn't coping on his own?",
        "Is a weekly quiz or a monthly trip more popular with residents, in your view?",
    ),
    SMI: (
        "A customer refuses to let me in, saying smart meters spy on her. What do I say?",
        "Write a friendly card to leave when nobody's home for the appointment.",
        "How do I explain the in-home display to an elderly customer?",
        "Is it rude to ask a customer to move their dog before I start?",
    ),
    STF: (
        "How do I talk to an elderly client who's embarrassed about needing a stairlift?",
        "Write a short guide to using the swivel seat safely.",
        "What should I check before quoting for a house with a narrow staircase?",
        "Should we offer reconditioned lifts alongside new ones?",
    ),
    TFH: (
        "How do I reassure a buyer that a timber frame house won't burn down easily?",
        "Write a site notice about crane deliveries for the neighbours.",
        "What are the pros and cons of open panel versus closed panel systems?",
        "Why might a client prefer timber frame over block for a self-build?",
    ),
    YHR: (
        "A guest wants to check in five hours early. How do I say no nicely?",
        "Write a welcome message for the hostel's noticeboard in a friendly tone.",
        "What's a fair policy for guests who snore loudly in the dorm?",
        "Recommend how to set out the self-catering kitchen rules without sounding bossy.",
    ),
    YDS: (
        "How do I tell an owner their boat isn't seaworthy enough for the delivery?",
        "Write a short log entry describing a rough night crossing.",
        "What should I look for when choosing crew for a long delivery?",
        "Is it better to motor through a calm or wait for the wind?",
    ),
}
assert tuple(ORDINARY) == REGISTERS or sorted(ORDINARY) == list(REGISTERS)
assert all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)

# hard single-turn negatives that look like tool questions but need the language model
NEAR = (
    ("near-exchange-rate", "How many yen would I get for £450?", "live exchange rate not given"),
    (
        "near-share-price",
        "What's 40 shares of Unilever worth at the moment?",
        "current share price",
    ),
    ("near-base-rate", "What is the Bank of England base rate right now?", "current rate"),
    (
        "near-loan-terms",
        "What would the monthly repayment be on a £9,000 car loan?",
        "term and interest rate missing",
    ),
    ("near-gallon", "How many litres is 14 gallons of diesel?", "US or imperial gallon"),
    ("near-cup", "I need 2 cups of rice — how many grams is that?", "cup size and density"),
    ("near-ton", "The lorry is carrying 13 tons of gravel. In kilos?", "short, long or metric ton"),
    ("near-mpg", "My car does 48 mpg. How many litres per 100 km is that?", "US or UK gallon"),
    (
        "near-horsepower",
        "My old tractor is rated 85 hp; what is that in kW?",
        "mechanical or metric horsepower",
    ),
    ("near-fluid-ounce", "8 fl oz of cream in millilitres?", "US or imperial fluid ounce"),
    ("near-barrel", "How many litres are in 3 barrels?", "barrel of what: oil, beer, US or UK"),
    (
        "near-hundredweight",
        "The coal merchant's sacks say 7 hundredweight in total — kilos?",
        "short or long hundredweight",
    ),
    ("near-kilobyte", "A scanned receipt is 372 kB. How many bytes exactly?", "1000 or 1024"),
    ("near-light-year", "How many miles are in 2.5 light-years?", "year length convention"),
    ("near-gold-ounce", "A 1 kg gold bar is how many ounces?", "troy or avoirdupois"),
    ("near-dog-years", "My terrier is 9. How old is that in dog years?", "no agreed formula"),
    (
        "near-speed-limit",
        "I was doing 12 knots in the harbour — is that over the limit?",
        "local rule",
    ),
    ("near-calories", "How many calories in 3 slices of toast with butter?", "food data estimate"),
    ("near-age-now", "I was born on 19 March 1993. How old am I?", "needs the current date"),
    ("near-days-until", "How many sleeps is it until Burns Night?", "needs the current date"),
    ("near-coming-weekday", "What's the date next Thursday week?", "needs the current date"),
    (
        "near-inflation-today",
        "What would £50 from 1975 be worth today?",
        "inflation data, current date",
    ),
    ("near-lunisolar", "Which date does Diwali fall on in 2031?", "lunisolar calendar"),
    ("near-good-friday", "What date is Good Friday in 2034?", "computus, looked up"),
    ("near-working-days", "How many working days are in May 2031 in England?", "bank holidays"),
    (
        "near-regional-holiday",
        "Is 2 January 2030 a bank holiday for me?",
        "differs by UK nation, location not given",
    ),
    (
        "near-month-end",
        "My gym contract started 31 August 2031; when is one month later?",
        "month arithmetic convention",
    ),
    (
        "near-leap-anniversary",
        "My wedding was on 29 February 2028. When's our first anniversary?",
        "leap day convention",
    ),
    (
        "near-numeric-date",
        "How many days from 02/09/2031 to 08/11/2031?",
        "day/month order not stated",
    ),
    (
        "near-time-zone",
        "If it's 4pm in Manchester, what time is it in Chicago?",
        "time zones, date for summer time",
    ),
    (
        "near-clocks-forward",
        "When do the clocks go forward in 2032?",
        "summer time rule, looked up",
    ),
    ("near-isbn", "What is 978 times 0-14-044913-6?", "an ISBN, not arithmetic"),
    ("near-postcode", "What is SW1A divided by 2?", "a postcode area"),
    ("near-ip-address", "Add 192.168.1.10 and 10.0.0.5.", "IP addresses are not numbers to add"),
    ("near-software-version", "Which is bigger, version 3.9 or version 3.10?", "version ordering"),
    ("near-formation", "What's 4-2-3-1 equal to?", "a football formation"),
    ("near-chess", "Is Nf3 plus e4 a good opening?", "chess notation and opinion"),
    ("near-phone-prefix", "How much does it cost per minute to ring an 0845 number?", "tariffs"),
    ("near-paper-size", "How big is A3 compared to A5?", "paper size convention, wording"),
    ("near-timber-size", "What's the real width of a 4x2 in millimetres?", "nominal timber size"),
    (
        "near-code-semantics",
        "In Python, does round(2.5) give 2 or 3, and why?",
        "code semantics and explanation",
    ),
    (
        "near-world-fact",
        "What's the population of Lisbon divided by 1,000?",
        "world fact not given",
    ),
    ("near-tax-rule", "How much income tax is due on a £41,000 salary?", "tax bands not given"),
    ("near-dosing", "How many paracetamol can I give a 6-year-old?", "dosing advice"),
    ("near-size-chart", "I'm a UK 10 — what's that in Italian sizes?", "size chart"),
    (
        "near-gas-mark",
        "The recipe says gas mark 3. What should my fan oven be on?",
        "oven convention",
    ),
    (
        "near-estimate",
        "Roughly how many golf balls would fit in a double-decker bus?",
        "an estimate with assumptions",
    ),
    (
        "near-lottery-odds",
        "What are the odds my two Thunderball lines both win the top prize?",
        "game rules",
    ),
    (
        "near-prevalence",
        "If a test is 95% accurate and I test positive, how likely is it I have it?",
        "prevalence missing",
    ),
    (
        "near-missing-area",
        "How many tins of paint for my bedroom?",
        "room size and coverage missing",
    ),
    ("near-translation", "Write out 4,718 in Spanish words.", "translation"),
    (
        "near-title-number",
        "Add the numbers in Fahrenheit 451 and Apollo 13.",
        "a number in a title",
    ),
    ("near-opinion", "Is 8.5% a good rate for a credit card?", "an opinion"),
    (
        "near-implied-multiplication",
        "What is 9 - 3 ÷ 1/3 + 1?",
        "contested reading of the division",
    ),
    ("near-sequence", "Next term please: 3, 7, 15, 31, ...?", "sequence guess"),
    ("near-random-choice", "Pick a number between 1 and 50 for my raffle ticket.", "random choice"),
    (
        "near-proof",
        "Show me a proof that the product of two odd numbers is odd.",
        "written proof",
    ),
    (
        "near-explanation",
        "Why is a negative times a negative positive? Explain it to a 12-year-old.",
        "an explanation",
    ),
    ("near-letter-count", "Count the letter e in 'independence' for me.", "letters in a word"),
    ("near-forecast", "Will it be above 20 degrees in Leeds on Saturday?", "a forecast"),
    (
        "near-historical-price",
        "What did a loaf of bread cost in 1962?",
        "historical price, looked up",
    ),
    (
        "near-historical-weekday",
        "Which weekday did the Magna Carta get sealed on?",
        "Julian calendar, date not given",
    ),
    ("near-tipping", "How much should I tip on a £68 meal in New York?", "tipping custom"),
    (
        "near-postage",
        "What does it cost to send a large letter second class?",
        "current postage price",
    ),
    (
        "near-cooking-time",
        "How long does a 3.4 kg leg of lamb need in the oven?",
        "cooking time advice",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES
assert len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)

# conversations: the convention or figures come from an earlier turn
CONVS = (
    (
        "conv-defined-operator",
        [(U, "Let a ⊕ b mean 2a + b minus 1."), (A, "Understood."), (U, "What is 6 ⊕ 11?")],
        "operator defined earlier",
    ),
    (
        "conv-defined-function",
        [
            (U, "Let h(x) be three x cubed minus 10."),
            (A, "Okay, h(x) = 3x³ - 10."),
            (U, "So h(4) is?"),
        ],
        "function defined earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "In this puzzle P is 3, Q is 8 and R is 5."),
            (A, "Got it."),
            (U, "So P times Q plus R?"),
        ],
        "letter values set earlier",
    ),
    (
        "conv-named-amount",
        [
            (U, "Call my weekly budget 'the pot' — it's £135."),
            (A, "Noted."),
            (U, "What's a third of the pot?"),
        ],
        "a name defined earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Tonight's quiz rule: a times sign means divide and a divide sign means times."),
            (A, "Okay, swapped."),
            (U, "Then what does 96 × 8 ÷ 3 come to?"),
        ],
        "swapped operators",
    ),
    (
        "conv-clock-dial",
        [
            (U, "Treat sums as times on a 24-hour clock face."),
            (A, "Sure."),
            (U, "Then 19 plus 8 is?"),
        ],
        "clock arithmetic",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "My spreadsheet is French, so 2,25 means two and a quarter."),
            (A, "Fine."),
            (U, "What is 2,25 times 12?"),
        ],
        "decimal comma",
    ),
    (
        "conv-defined-unit",
        [
            (U, "In the barn a 'span' is what we call 4.8 metres."),
            (A, "Okay."),
            (U, "Eleven spans is how many metres then?"),
        ],
        "a unit defined earlier",
    ),
    (
        "conv-input-base",
        [
            (U, "All my numbers are in base 6 from now on."),
            (A, "Understood."),
            (U, "What is 24 plus 15?"),
        ],
        "input base",
    ),
    (
        "conv-output-base",
        [(S, "Give every number in your replies in octal."), (U, "Add 417 and 95 for me.")],
        "output base set by a system turn",
    ),
    (
        "conv-roman",
        [
            (U, "Roman numerals only in your answers, please."),
            (A, "Of course."),
            (U, "What is 47 times 6?"),
        ],
        "Roman numerals",
    ),
    (
        "conv-persona",
        [(S, "You are Sherlock Holmes; stay in character."), (U, "Deduce 35% of 460 for me.")],
        "persona set by a system turn",
    ),
    (
        "conv-answer-language",
        [
            (U, "Reply in French for the rest of this chat."),
            (A, "D'accord."),
            (U, "How many days are in 9 weeks?"),
        ],
        "answer language",
    ),
    (
        "conv-verse",
        [(U, "Reply as a haiku each time."), (A, "Happy to."), (U, "What is 144 over 16?")],
        "verse form",
    ),
    (
        "conv-output-format",
        [
            (U, "Give every answer as a JSON object with a 'value' key."),
            (A, "Will do."),
            (U, "Convert 5 km to metres."),
        ],
        "output format",
    ),
    (
        "conv-rounding",
        [
            (U, "Round all your answers to the nearest ten."),
            (A, "Okay."),
            (U, "What's 17 times 23?"),
        ],
        "rounding set earlier",
    ),
    (
        "conv-precision",
        [
            (U, "Give me four significant figures each time."),
            (A, "Sure."),
            (U, "What is 2 divided by 7?"),
        ],
        "precision set earlier",
    ),
    (
        "conv-target-unit",
        [
            (U, "Give all lengths in yards from here on."),
            (A, "Will do."),
            (U, "How long is a 400 m track?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Assume one euro is 86p for this whole chat."),
            (A, "Okay."),
            (U, "And what's the hotel at €340 in pounds, with the £25 deposit added?"),
        ],
        "fixed currency rate set earlier",
    ),
    (
        "conv-date-order",
        [
            (U, "I'm American, so I write month first."),
            (A, "Noted."),
            (U, "What weekday is 7/11/2031?"),
        ],
        "date order fixed earlier",
    ),
    (
        "conv-date-wording",
        [
            (U, "Write any dates you give me in words, like 'the fifth of May'."),
            (A, "Sure."),
            (U, "What date is 40 days after 2 March 2030?"),
        ],
        "date wording",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Keep answers as fractions, not decimals."),
            (A, "Okay."),
            (U, "What's 0.35 plus 0.4?"),
        ],
        "fraction form",
    ),
    (
        "conv-invented-calendar",
        [
            (U, "In my novel, a year on Vessa has 13 moons of 28 days each."),
            (A, "Interesting."),
            (U, "How many days do two Vessan years and five moons make?"),
        ],
        "invented calendar",
    ),
    (
        "conv-week-numbering",
        [
            (U, "Our school counts week 1 as the week with the first Monday of September."),
            (A, "Understood."),
            (U, "What week are we in on 14 November 2030?"),
        ],
        "week numbering",
    ),
    (
        "conv-correction",
        [
            (U, "The rent is £820 a month."),
            (A, "Okay."),
            (U, "Sorry, I meant £870. So what's that over a year?"),
        ],
        "a correction",
    ),
    (
        "conv-summary",
        [
            (U, "Ticket £45, hotel £210, food £95."),
            (A, "That comes to £350."),
            (U, "Can you summarise what I'm spending and on what?"),
        ],
        "a summary",
    ),
    (
        "conv-follow-up-explain",
        [(U, "What's 35% of 620?"), (A, "217."), (U, "Walk me through the working step by step.")],
        "follow-up explanation",
    ),
    (
        "conv-recall",
        [
            (U, "My locker code is 4815."),
            (A, "Noted."),
            (U, "What was the code I gave you, plus 100?"),
        ],
        "recall of earlier turns",
    ),
    (
        "conv-spread-figures",
        [
            (U, "I bought 14 plants at £3.60."),
            (A, "Okay."),
            (U, "And 6 pots at £4.25."),
            (A, "Got it."),
            (U, "What's the total for everything?"),
        ],
        "figures spread over turns",
    ),
    (
        "conv-earlier-result",
        [(U, "Multiply 125 by 16."), (A, "2,000."), (U, "Now take 18% off that.")],
        "a result from an earlier turn",
    ),
    (
        "conv-judgement",
        [
            (U, "I earn £2,300 a month and spend £1,150 on rent."),
            (A, "That's half your income."),
            (U, "Is that too much?"),
        ],
        "a judgement about earlier figures",
    ),
    (
        "conv-date-advice",
        [
            (U, "My passport expires on 2 August 2030 and I fly to Egypt in June 2030."),
            (A, "Noted."),
            (U, "Will I be okay to travel?"),
        ],
        "advice about dates given earlier",
    ),
    (
        "conv-modular",
        [(U, "Everything is mod 13 from here."), (A, "Okay."), (U, "What is 11 times 9 then?")],
        "modular arithmetic",
    ),
    (
        "conv-slang",
        [
            (U, "In my family a 'monkey' is £500 and a 'pony' is £25."),
            (A, "Got it."),
            (U, "How much is two monkeys and three ponies?"),
        ],
        "slang amounts",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "Every price in my list already has 20% VAT in it."),
            (A, "Understood."),
            (U, "So the £213 sander, what is it before tax?"),
        ],
        "VAT-inclusive convention set earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
_pos = [i for i in items if i["label"] != "negative"]
_pos_regs = {i["family"] for i in _pos} - {P}
assert _pos_regs == set(REGISTERS), sorted(_pos_regs ^ set(REGISTERS))
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _r = [i for i in _pos if i["label"] == _label and i["family"] != P]
    assert {i["family"] for i in _r} == set(REGISTERS), _label
    assert len(_r) == 31, (_label, len(_r))
_in_regs = [i for i in items if i["family"] in REGISTERS]
assert len(_in_regs) == 193, len(_in_regs)
_per_reg = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sum(1 for n in _per_reg.values() if n == 4) == 18, _per_reg
assert sum(1 for n in _per_reg.values() if n == 3) == 7, _per_reg
_ord = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert [i["family"] for i in _ord] == [r for r in REGISTERS for _ in range(4)]
for i in items:
    if i["label"] == "negative" and i["family"] not in REGISTERS:
        assert i["family"].startswith(("near-", "conv-")), i["id"]
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
    # no register (family name) of this set is a family name of sets 19 to 72
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 72: {reused}"
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
