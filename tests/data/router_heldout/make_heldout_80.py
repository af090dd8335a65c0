r"""Generate heldout-2027-02-21.jsonl: an eightieth held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed80/earlier_registers.txt (in full, by `tr` turning its newlines into spaces, after a
`wc -l` that gave 1275; the shell tool's display left out 23 characters in the middle of that
output, which a `grep -n -A3` of the file for the name before the gap then showed: lines 648-651):
the register names of earlier sets, used only to choose this set's 25 registers so that their
trades and situations differ from all of those; and these line ranges of
/work/sealed80/make_heldout_79.py (2309 lines, as the brief said; no `wc -l` of it was run): lines
1-501 (its docstring, imports, configuration, helpers, calc() and the line P = "plain"), 770-830
(its units section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(),
SQFT/SQYD/CUFT, close_enough_at_2dp() and unit_r()), 967-1051 (its datetime section header, date
helpers, date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1274-1281 (its negatives
section header, neg() and conv()) and 2086-2309 (its stated-weekday check, its checks and main()).
None of set 79's query blocks (502-769, 831-966, 1052-1273, 1282-2085) was opened.

The first command ran `mkdir -p /tmp/h80`, an `ls` of /work/sealed80 (earlier_registers.txt and
make_heldout_79.py), copied the five ranges by `sed -n A,Bp` into /tmp/h80/r1.py to r5.py without
printing them, ran a `wc -l` of the copies (501, 61, 85, 8 and 224) and a `cat` of grading.py. The
second ran a `cat` of r1.py; the shell tool's display left out lines 164-193 of that output, so the
third command ran a `sed -n 160,195p` of the copy r1.py (inside the allowed range) to read them,
with the `wc -l` of earlier_registers.txt; all of lines 1-501 were therefore seen. The fourth ran a
`cat` of r2.py to r4.py, the fifth a `cat` of r5.py, the sixth the `tr` of earlier_registers.txt
and the seventh the `grep -n -A3` above. Nothing under /work/main was opened or listed apart from
grading.py: nothing under router/, tools/, docs/, server/ or tests/, not README.md and not
pyproject.toml. The only other use of /work/main was running /work/main/.venv/bin/python and
/work/main/.venv/bin/ruff (ruff with /work/main as the working directory, on this file only, always
with --no-cache). No other /work/sealed* directory was listed. The earlier generators (sets 1-79)
are only imported, in memory, by this file's main() for the duplicate and register checks
(sys.dont_write_bytecode = True; the --digest subprocess sets PYTHONDONTWRITEBYTECODE); their
queries were never printed. No JSONL file was opened (not even this set's own output: only this
generator's summary, its failure messages, the `tail -6` and `sed -n 1,3p` of its printed output
and its --show listing of ids, expected values and tolerances were read), no git command was run,
no network and no search or fetch tool was used, and neither the router nor the bench nor the tests
were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h80/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed
cave_diving_expedition_planner, cave_diving_school, springboard_diving_club, model_rocketry_club,
well_drilling_rig_crew, skydiving_drop_zone, cricket_scorebox and kabaddi_league_scorer; the last
four share only a word fragment; the first five were judged different trades, see below). The next
command wrote and ran /tmp/h80/subst.py (a `cat` heredoc, run by the system `python3`): it cut the
first copy at the line that is exactly `from __future__ import annotations` (asserted to be the
only such whole line) and substituted this set's OUT and PREFIX, "sets 1-78" -> "sets 1-79" in the
comment on EARLIER_DIRS (the tuple itself and earlier_path() are kept as they were), EARLIER (sets
1-79, `range(2, 80)`) and REGISTER_CHECK (sets 19-79, adding make_heldout_79.py), all in the first
block, and "sets 19 to 78" -> "sets 19 to 79" in one comment and one message string of main() in
the last block (each substitution asserted to apply once, the last twice; it printed "ok" for
each). It wrote the cut first block and the substituted last block as c1.py and c5.py (the second
to fourth ranges are used as copied); the same command ran a `head -3` of c1.py and a `grep -nE` of
c1.py and c5.py for "78", "79", "80" and "19 to" (with the REGISTER_CHECK lines of sets 19-77
filtered out). Then `cat` heredocs wrote this set's own blocks under /tmp/h80/own/: a_calc.py
(money(), the registers and calculator items, with a `grep -c` of its calc calls, 45), b_units.py
(unit constants and unit items, with a `grep -c` of its unit calls, 45) and c_dates.py (date items,
with a `grep -c` of its date_item calls, 45, and a system `python3` one-liner printing the weekdays
of the four dates stated in it and two day counts meant to be whole weeks, 203 and 645); the next
command, an inline system `python3` script, moved the end of the capoeira training span by one day
(645 days is not whole weeks; 644 is) and reworded two day-count questions (a print run and a
ginning season) to ask how many days after the start the end falls, so that no inclusive count can
be read into them. Then d_negs.py (the ORDINARY table), e_near.py (near-positive negatives, with a
system `python3` count of its entries, 65) and f_convs.py (conversations and this set's own
structural asserts, with a count of its entries, 35). The next command wrote an assembly script
/tmp/h80/assemble.py (it builds this file from /tmp/h80/doc.txt, or a one-line placeholder, and the
blocks in order: c1.py, a_calc.py, r2.py, b_units.py, r3.py, c_dates.py, r4.py, d_negs.py,
e_near.py, f_convs.py and c5.py, and prints its line count) and a helper /tmp/h80/run.sh (it runs
assemble.py, then from /work/main as the working directory `.venv/bin/ruff format --no-cache -q`
and `.venv/bin/ruff check --no-cache` on this file, writing the latter's output to
/tmp/h80/ruff.txt and printing its `tail -3`, then this generator from /tmp, passing on any
arguments, writing its output to /tmp/h80/out.txt, and prints the exit codes and the `tail -6` of
it), with a first run of run.sh, after which two `grep`s of ruff.txt printed its error codes and
then their locations, and a `sed -n` printed the first 70 characters of the two lines at each
location. Edits after each failed check (listed below) were made by inline system `python3` scripts
applying exact replacements, each asserted to apply once. After the first run that passed every
check, run.sh ran with --show (its own printing sent to /dev/null), followed by a `sed -n 1,3p` of
out.txt, the listing of ids, expected values and tolerances (a `grep` of out.txt laid out by
`column -t`), a count of lines over 99 characters by a system `python3` one-liner (5) and a `cat`
of ruff.txt; a `python3` listing of the lines over 99 characters located them. This docstring was
written last over the placeholder: its source text, /tmp/h80/doc/doc_src.txt, was written by a
`cat` heredoc, and /tmp/h80/doc/make_doc.py (a `cat` heredoc in the same command; it uses textwrap,
keeps the indented lines as they are and asserts that the words are unchanged, that no line exceeds
99 characters and that every register value is named) filled it to 99 columns into
/tmp/h80/doc.txt, to be followed in the same command by run.sh and a `head -3` of this file;
make_doc.py's line-length assert stopped that first run (a 141-character line: it kept the
paragraph of conversion factors as it was, including its unindented first lines), so the next
command changed make_doc.py by an inline system `python3` script to wrap the unindented lines of
such a paragraph and repeated make_doc.py, run.sh (every check passed) and the `head -3`; the next
command added this account to the source text (an inline system `python3` script) and repeated
make_doc.py, run.sh and the `head -3`. Then, in one command, `ruff format --no-cache --check` and
`ruff check --no-cache` of this file (from /work/main), two runs of this file with --digest (one
with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h80`, an `ls` of
/tmp/h80 (gone) and an `ls` of /work/sealed80. Writes: only this file and its JSONL in
/work/sealed80/ (earlier_registers.txt and make_heldout_79.py left as they were); temporary blocks,
scripts and output under /tmp/h80/ were deleted afterwards. Nothing was written into /work/main.
Every run of this generator used /work/main/.venv/bin/python.

Changes to set 79's main() and checks: only the substitutions listed above (file names, sets 1-79
for the duplicate check, sets 19-79 for the register check). Set 79 is in
/work/main/tests/data/router_heldout (as the brief said; not listed here) and next to this file,
and EARLIER_DIRS and earlier_path() are kept as set 79 has them: each earlier generator is looked
up first next to this file (HERE), then in /work/main/tests/data/router_heldout; this works now
(sets 1-78 from router_heldout; make_heldout_79.py lies next to this file and is then the copy
used) and after this file is copied there. The copied helpers, unit factors, checks and main() are
otherwise set 79's as copied; ruff format may have changed layout only. All of set 79's checks are
kept: counts per kind, ids and prefixes, no duplicate queries, the wording rules for positives, the
answers' consistency (calculator and exact unit answers are numbers with at most three decimals,
every expected value is graded correct under grading.py's rules as restated in
_GRADE_NUM/_gradable), register use by all three tools, no repeat of an earlier query or user turn,
the register check, the stated-weekday pattern check, and a byte-for-byte regeneration check (the
file on disk, and a fresh run of this script with another PYTHONHASHSEED via --digest, give the
same sha256). Kept outside main(), as copied: whole_up() (used once, by the core trays, asserted
not whole), weeks() (used by a plain date one-liner and the capoeira training span), unit_r() with
close_enough_at_2dp(), say() (used by sayw()), sayw() (used four times, in four date word problems,
for stated weekdays), sayus() (not used here), OZ (not used here), SQYD (used by the core store
floor) and SQFT/CUFT. Added, newly written: money() (asserts whole pence or cents; every calculator
money answer passes through it), MM, CM, KM, KPA (defined, not used), HA, LITRE, SQIN and SQCM,
with asserts on CM, KM, SQIN, CUFT/LITRE, HA/ACRE, KMH/MPH and STONE; the register constants and
the REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the square-root one-liner's
radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this set's own asserts: the
ORDINARY table is keyed by exactly the REGISTERS, four each (items added in REGISTERS order); NEAR
has 65 entries and CONVS 35, each with distinct families, all "near-..." and "conv-..."
respectively; the positive registers of each tool are exactly the REGISTERS, with 31 register word
problems per tool; exactly 18 registers have four positives and 7 have three; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS; the one ISO date used does not match it).

Disclosures: the kinds of item and the counts follow set 79's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 79's, copied (P = "plain" is copied too, as the
last line of the first block). Set 79's docstring (within lines 1-501) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations) and the generic subjects of the items its duplicate check once reported, which were
therefore seen; this set's near-positive and conversation kinds were chosen largely from that list
of generic kinds, newly worded with new figures and subjects, and many of this set's near-positive
and conversation family names coincide with or echo those generic kinds (gallons, tons, pints,
ounces, miles at sea, cups, horsepower, mpg, an age needing the current date, sleeps with no year,
an exchange rate, a share price, a world record, a month added to the 31st, a leap-day birthday,
working days, sunrise, a full moon, a time zone, a tip, VAT abroad, percentage points, software
versions, implied multiplication, floating point, pixels of an A4 page, month-first dates, a
three-for-two offer, interest of unstated kind, frames without a frame rate, beats without a tempo,
numerology, a star sign, a shoe size, carats, a gas mark, MB against GB, a density fact, a paint
estimate, a fair score, a riddle, a spreadsheet formula, a decimal comma, fence posts, half
rounding, slang amounts, a part number, clause numbering, a bank holiday, a lunar new year, the
start of Ramadan, a Hebrew calendar date, a week number, tatami, bushels, a speed fact, a history
fact, an estimate, wind chill, dosing, dive safety, drying time that does not scale; and for
conversations an operator, an invented unit, swapped operators, clock arithmetic, two scoring
rules, letter values, slang, a relative day notation, a season's week numbering, a decimal comma, a
ten-day week, a VAT-inclusive convention, a redefined discount, a financial year, an overtime rule,
a baker's dozen, an 8-hour "day", a local land unit, JSON output, a persona, a binary output base,
hexadecimal, Roman numerals, French, Spanish, a haiku, words only, rounding to 5p, significant
figures, a target unit of inches, a fixed currency rate, month-first dates, fraction form and
figures spread over two user turns). New kinds here: a betting system judgement (near-martingale),
an elephant gestation date (near-gestation) and an amount written in words for a cheque
(near-cheque-words). All of set 79's register names are also in earlier_registers.txt, and none of
their trades is used here. earlier_registers.txt was read in full and this set's registers were
chosen to be of trades and situations different from every name in it; some are of neighbouring
fields judged to be different trades: the antivenom serum lab next to the cryogenic biobank
technician and the clinical trial site coordinator; the artist pigment mill next to the art
supplies shop counter and the mustard mill grinding room; the automaton maker workshop next to the
clock repairers and the doll hospital; the banknote printing works next to the coin dealer
numismatist and the letterpress printers; the bungee jump operator next to the treetop high ropes
course and the skydiving drop zone; the capoeira academy next to the judo club dojo and the
ballroom dance competition coach; the casino croupier pit next to the bingo hall caller desk and
the on-course bookmaker; the chainsaw carving sculptor next to the ice sculptors, the decoy carvers
and the tree surgeons; the commercial diving welders next to the scuba dive centres, the cave
diving school and expedition planner and the subsea cable repair ship; the conker championship
committee next to the bog snorkelling championship and the horticultural show secretary; the cotton
ginnery next to the alpaca fleece mill and the gin distillery (a different sense of "gin"); the
crocodile farm keepers next to the ostrich farm hatchery and the reptile exotic pet shop; the
desalination plant operators next to the sewage treatment works operator and the water quality
testing lab; the drill core repository next to the well drilling rig crew and the herbarium
specimen curator; the elephant sanctuary mahouts next to the donkey sanctuary and the zoo keeper
rota; the gold panning camp next to the metal detecting club and the gold leaf beater; the henna
artist bookings next to the tattoo parlours and the mobile makeup artist; the hyperbaric oxygen
unit next to the cryotherapy chamber clinic and the dive centre air station; the jute sack mill
next to the hosiery knitting mill and the rope makers; the monster truck show crew next to the
stock car racing promoter and the rally stage service crew; the mural painting collective next to
the sign painters and the graffiti removal crew; the rubber tapping plantation next to the birch
sap tapper and the cork stripping crew; the sounding rocket launch range next to the model rocketry
club and the satellite ground station; the sturgeon caviar farm next to the salmon farm pen site
and the eel smokery; the volcano crater guides next to the glacier guide and the canyoning guide
outfit; the judgement of "different topic" is this writer's. At the edges of the allowed ranges:
line 501 is P = "plain", 770, 967 and 1274 are section headers, 2086 opens the stated-weekday check
and 2309 is the call of main(). No query text of any earlier set was seen: main()'s duplicate check
names only this set's ids. Every query here was newly written from imagination of each trade or
situation; nine items that the duplicate check reported as exact repeats of earlier queries or user
turns (their earlier counterparts unseen) were reworded, see below. Registers of sets 1 to 18 that
are not in earlier_registers.txt are not known here, so an overlap in TOPIC with those cannot be
ruled out. An exact repeat of any earlier query or user turn is ruled out by main(), and main()
asserts that no register is a family name of sets 19 to 79 (the near-.../conv-... families are not
registers and may coincide with earlier family names). This set has no algebra or calculus
question. Conversations that define an operator, invented units (a tray and a crate of henna
cones), swapped operators, clock arithmetic, a scoring rule (two of them), letter values, slang
amounts, a relative day notation, a season's week numbering, a decimal comma, a ten-day week, a
VAT-inclusive convention, a redefined discount, a financial year, an overtime rule, a baker's
dozen, an 8-hour "day" or a local land unit (the rai) are negatives because the notation or
convention is set up in an earlier turn (JSON output, a persona and a binary output base by a
system turn); one conversation spreads its figures over two user turns before asking. Some
conversations (hexadecimal and Roman numeral output, French, Spanish, a haiku, words only, JSON
output, a persona, a binary output base, rounding to 5p, significant figures, a target unit of
inches, a fixed currency rate, month-first date order, fraction form) end in a user turn that could
be computed alone, or nearly; they are negatives, as in set 79, because the earlier turn changes
what a right answer looks like. Some near-positives depend on the current date or current figures
(an elephant's age now, sleeps until the conker championship with no year, the current exchange
rate, a share price, a world record), one asks for a month added to the 31st, one for the legal
18th birthday of a leap-day baby, one for working days in a month, one each for sunrise, a full
moon, a time in another time zone, a bank holiday, a lunar new year, the start of Ramadan, a Hebrew
calendar date, a week number and an elephant's due date; they are negatives, with no "now" field.
Near-positives also ask for conversions in gallons, tons, pints, ounces, miles at sea, cups,
horsepower, mpg, carats, a gas mark, MB against GB, tatami and bushels, for a shoe size, frames
without a frame rate, beats without a tempo, facts (volcanic ash density, a crocodile's speed, the
first paper banknote), estimates (mural paint, conkers from a tree), judgements (a fair score, dive
safety, a tip, VAT abroad, wind chill, antivenom dosing, a betting system), numerology, a star
sign, a part number, clause numbering, version ordering, implied multiplication, floating point,
pixels of an A4 proof, month-first dates, half rounding, fence posts with unstated ends, slang
amounts, a decimal comma, drying time that does not scale, a riddle, a spreadsheet formula, an
amount in words, percentage points, a three-for-two offer and interest of unstated kind. No
positive depends on a looked-up figure: every rate, price, fee and discount is given in the text,
so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts and money()'s asserts passed on every run
that reached them (ruff format ran without error every time). Before any run, the `python3`
one-liner found that the capoeira span (645 days) was not whole weeks, which weeks() would have
refused; it was moved one day (above). The first run of run.sh failed ruff check with seven ISC004
errors (implicit string concatenation inside a collection: one two-line ORDINARY entry, four
two-line near-positive queries and two two-line conversation turns), and the generator failed the
duplicate check, which reported nine items by id as repeats of earlier queries or user turns: one
calculator one-liner (a square root), one date one-liner (minutes between two clock times across
midnight), four unit one-liners (kilograms to pounds, feet and inches to centimetres, stone and
pounds to kilograms, psi to bar) and three conversations (French, Spanish, a haiku). An inline
script reworded all nine with new figures or wording (for the conversations, both user turns),
without the earlier queries being looked at, made the ORDINARY entry and the two conversation turns
one shorter string each and parenthesised the four near-positive queries. The next run passed ruff
and failed unit_r()'s close_enough_at_2dp() assert on the reworded psi one-liner (37.5 psi, whose
bar value given to two decimals is off by more than 1e-3); an inline script changed it to 65 psi,
after which every check passed. Then the count of lines over 99 characters found five (three date
lines and two conversation turns); an inline script split the date one-liner and shortened two date
word problems (the gold rush re-enactment and the volcano, "until" becoming "to") and the two
conversation turns (the conker house rule and the system turn asking for binary); run.sh with
--show then passed every check, but one line was still over 99 characters, as ruff format had
joined the split line again; an inline script shortened that one-liner ("Days between ... and"
becoming "Days from ... to", the same difference of dates), and run.sh with --show passed every
check, followed by the `sed -n 1,3p` of out.txt, the count (no line over 99 characters), a `cat` of
ruff.txt and a `grep` of out.txt printing the listing lines of the three edited date items. Every
later run passed every check.

Registers (families), 25, new: antivenom_serum_lab, artist_pigment_mill, automaton_maker_workshop,
banknote_printing_works, bungee_jump_operator, capoeira_academy, casino_croupier_pit,
chainsaw_carving_sculptor, commercial_diving_welders, conker_championship_committee,
cotton_ginnery, crocodile_farm_keepers, desalination_plant_operators, drill_core_repository,
elephant_sanctuary_mahouts, gold_panning_camp, henna_artist_bookings, hyperbaric_oxygen_unit,
jute_sack_mill, monster_truck_show_crew, mural_painting_collective, rubber_tapping_plantation,
sounding_rocket_launch_range, sturgeon_caviar_farm, volcano_crater_guides. Every register is used
by all three tools (asserted); eighteen distinct registers have one further positive (a second
calculator word problem: casino_croupier_pit, cotton_ginnery, gold_panning_camp,
henna_artist_bookings, jute_sack_mill, monster_truck_show_crew; a second unit word problem:
commercial_diving_welders, desalination_plant_operators, drill_core_repository,
rubber_tapping_plantation, sounding_rocket_launch_range, volcano_crater_guides; a second date word
problem: antivenom_serum_lab, bungee_jump_operator, capoeira_academy, crocodile_farm_keepers,
elephant_sanctuary_mahouts, sturgeon_caviar_farm). The seven registers with three positives are
artist_pigment_mill, automaton_maker_workshop, banknote_printing_works, chainsaw_carving_sculptor,
conker_championship_committee, hyperbaric_oxygen_unit and mural_painting_collective. Positives are
one-liners (family "plain") or word problems of one to three sentences, mostly UK usage with £ and
pence, with dollars for the cotton lint, the panning camp, the rocket range and the crater hike,
rand for the crocodile feed, rupees for the jute sacks and euros for the caviar, stone and pounds,
feet, inches, yards and miles (on land), and other touches (a venom freezer, a hatchling pond, a
henna rest and sturgeon tanks in Celsius to Fahrenheit, rocket speed between km/h and mph, psi to
bar and bar to psi, GiB to MiB, a hall floor and a wall in square feet or square metres, a core
store in square yards, an estate between hectares and acres, litres to cubic feet and a tank of
feet by feet by feet to litres), some chatty, terse or lower-case, with questions at the start or
the end, statements to complete, and unit questions with the target unit first. No positive
conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 79: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
other than one ISO date (asserted), time zones and summer time, Easter, working days, "within N
days", and anything depending on the current date (no "now" or "timezone" field; asserted). No
calculator, date or exact unit result is a repeating decimal (asserted); money answers are whole
pence or cents (asserted by money()). Week counts are asserted to be whole weeks; day counts are
the difference of the two dates (queries are worded as N days or weeks after or before a stated
date, how many days from one date to another, how many days between two dates or apart, how many
days after the start a run or season ends, a festival and a plain span counting both ends, a fourth
booster every 21 days after a first dose, the 12th of weekly shows, a 30th daily session (29 days
after the first), 28 plus 6 days in a chamber, 80 days after a stated weekday date, 1,000 days
after a birth or a date, 730 days after issue, the second Saturday, second Sunday, first Monday and
last Friday of a stated month and year); ages are in whole years from a stated birth date to a
stated date, and the one clock span runs from one stated time to the next occurrence of the other
(it crosses midnight, saying "the following morning"). Every rounded unit result stays within its
1e-3 tolerance when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 79):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, kPa); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_80.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-21.jsonl"
PREFIX = "ho80-"
# earlier generators: sets 1-79 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 80))
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
    """A money answer: asserted to be whole pence or cents."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


ANTI = "antivenom_serum_lab"
PIGM = "artist_pigment_mill"
AUTO = "automaton_maker_workshop"
NOTE = "banknote_printing_works"
BUNG = "bungee_jump_operator"
CAPO = "capoeira_academy"
CASI = "casino_croupier_pit"
SAW = "chainsaw_carving_sculptor"
WELD = "commercial_diving_welders"
CONK = "conker_championship_committee"
GIN = "cotton_ginnery"
CROC = "crocodile_farm_keepers"
DESAL = "desalination_plant_operators"
CORE = "drill_core_repository"
ELEP = "elephant_sanctuary_mahouts"
GOLD = "gold_panning_camp"
HENNA = "henna_artist_bookings"
HBOT = "hyperbaric_oxygen_unit"
JUTE = "jute_sack_mill"
TRUCK = "monster_truck_show_crew"
MURAL = "mural_painting_collective"
RUBB = "rubber_tapping_plantation"
ROCK = "sounding_rocket_launch_range"
STUR = "sturgeon_caviar_farm"
VOLC = "volcano_crater_guides"
REGISTERS = tuple(
    sorted(
        {
            ANTI,
            PIGM,
            AUTO,
            NOTE,
            BUNG,
            CAPO,
            CASI,
            SAW,
            WELD,
            CONK,
            GIN,
            CROC,
            DESAL,
            CORE,
            ELEP,
            GOLD,
            HENNA,
            HBOT,
            JUTE,
            TRUCK,
            MURAL,
            RUBB,
            ROCK,
            STUR,
            VOLC,
        }
    )
)
assert len(REGISTERS) == 25 and REGISTERS[0] == ANTI and REGISTERS[-1] == VOLC

# --- plain one-liners (14)
calc(P, "What is 4,817 × 63?", 4817 * 63)
calc(P, "work out 2,318 − 9,075", 2318 - 9075)
calc(P, "17.5% of 3,264 =", pct("17.5") * 3264)
calc(P, "(845 + 1,379) ÷ 16 — what do you get?", F(845 + 1379, 16))
assert 123 * 123 == 15129
calc(P, "What's the square root of 15,129?", 123)
calc(P, "Calculate 0.375 × 2,968 please.", dec("0.375") * 2968)
calc(P, "What's 6 to the power of 7?", 6**7)
calc(P, "93,612 divided by 58", F(93612, 58))
calc(P, "Increase 2,450 by 36%. Result?", 2450 * (1 + pct(36)))
calc(P, "what is 11.25 minus 3.875 times 2", dec("11.25") - dec("3.875") * 2)
calc(P, "Mean of 412, 389, 457 and 398?", F(412 + 389 + 457 + 398, 4))
calc(P, "Seven eighths of 3,096 is how much?", F(7, 8) * 3096)
calc(P, "Take 12.5 percent off 18,400.", 18400 * (1 - pct("12.5")))
calc(P, "(23 − 71) × 14 + 509 = ?", (23 - 71) * 14 + 509)

# --- register word problems (31)
calc(
    ANTI,
    "Each horse in our antivenom herd gives 4.5 litres of plasma per bleed. We have 14 "
    "horses and did 6 bleeds this season — how many litres of plasma in total?",
    dec("4.5") * 14 * 6,
)
calc(
    PIGM,
    "Pricing a jar of ultramarine: it takes 0.3 kg of raw pigment at £38.40 per kg, plus "
    "£4.73 of milling labour, and then 20% VAT goes on the lot. What's the jar price?",
    money((dec("0.3") * dec("38.40") + dec("4.73")) * dec("1.2")),
)
calc(
    AUTO,
    "Quote for a singing-bird automaton: three brass cams at £27.60 each, two bellows at "
    "£44.15 each and 19 hours at the bench at £36 an hour. What's the total?",
    money(3 * dec("27.60") + 2 * dec("44.15") + 19 * 36),
)
calc(
    NOTE,
    "Each banknote sheet carries 54 notes. For an order of 1,350,000 good notes we print "
    "4% extra sheets as overs on top of the sheets needed. How many sheets go through the "
    "press altogether?",
    F(1350000, 54) * (1 + pct(4)),
)
calc(
    BUNG,
    "Jumps are £89 each but £72 each for groups of 8 or more. A stag party of 11 all jump "
    "and 4 of them add the £24 video. What does the group pay?",
    money(11 * 72 + 4 * 24),
)
calc(
    CAPO,
    "our academy charges £46 a month per member; the second member of a family gets 25% "
    "off and every further member 40% off. A family of four joins — monthly total?",
    money(46 + 46 * (1 - pct(25)) + 2 * 46 * (1 - pct(40))),
)
calc(
    CASI,
    "A punter has £15 straight up on a single number (pays 35 to 1) and £40 on red (pays "
    "evens). The ball lands in their number, which is red. How much comes back to them in "
    "total, stakes included?",
    money(15 * 35 + 15 + 40 * 2),
)
calc(
    CASI,
    "Tronc this week is £4,368, shared by points: six dealers on 10 points each, three "
    "inspectors on 12 points each and the pit boss on 16 points. How much does one inspector "
    "get?",
    money(F(4368, 6 * 10 + 3 * 12 + 16) * 12),
)
calc(
    SAW,
    "For a 2.4 m carved bear I paid £310 for the cedar log, and fuel and chain sharpening "
    "run £2.35 per carving hour over 26 hours. I add 40% on top of my costs. Selling price?",
    money((310 + dec("2.35") * 26) * dec("1.4")),
)
calc(
    WELD,
    "Diver-welder day rate: £685, plus £18.50 for every metre of weld beyond the first "
    "20 m. On Thursday the diver laid 47 m of weld. What is the day's invoice?",
    money(685 + (47 - 20) * dec("18.50")),
)
calc(
    CONK,
    "Conker championship entries: £3.50 per adult and £1.75 per under-12. We had 148 "
    "adults and 213 children, and 40% of the entry money goes to the village hall roof fund. "
    "How much does the roof fund get?",
    money((148 * dec("3.50") + 213 * dec("1.75")) * pct(40)),
)
calc(
    GIN,
    "Each module of seed cotton weighs 1,850 kg and the gin turns out 38% of it as lint. "
    "How many kilograms of lint from 12 modules?",
    1850 * 12 * pct(38),
)
calc(
    GIN,
    "Lint sells for $1.64 a kg and we keep a ginning fee of $0.21 per kg of lint. A grower's "
    "cotton made 6,250 kg of lint. What's the net payment to the grower?",
    money(6250 * (dec("1.64") - dec("0.21"))),
)
calc(
    CROC,
    "We've got 37 adult crocodiles and each one eats 2.2 kg of chicken twice a week. "
    "Chicken costs R18.50 per kg. Weekly feed bill in rand?",
    money(37 * dec("2.2") * 2 * dec("18.50")),
)
calc(
    DESAL,
    "The reverse osmosis trains take in 52,000 cubic metres of seawater a day at 43% "
    "recovery. How many cubic metres of fresh water come out per day?",
    52000 * pct(43),
)
calc(
    CORE,
    "Core trays hold 5 rows of 1.2 m each. How many trays do we need for 853 m of core, "
    "counting a part-filled last tray as a tray?",
    whole_up(F(853) / (5 * dec("1.2"))),
)
calc(
    ELEP,
    "Each elephant gets 6% of her body weight in fodder every day. Our three females "
    "weigh 2,900 kg, 3,350 kg and 3,750 kg. How many kg of fodder for a fortnight?",
    (2900 + 3350 + 3750) * pct(6) * 14,
)
calc(
    GOLD,
    "Family day at the panning camp: adults $24, kids $15, and we buy back gold at $68 a "
    "gram. Two adults and three kids came and found 0.35 g, which they sold back to us. What "
    "did the day cost them net?",
    money(2 * 24 + 3 * 15 - dec("0.35") * 68),
)
calc(
    GOLD,
    "The campers found 12.6 g of gold flakes this week and we sold it at $71.50 a gram, "
    "split 70/30 in the campers' favour. What is the camp's 30% share?",
    money(dec("12.6") * dec("71.50") * pct(30)),
)
calc(
    HENNA,
    "Bridal henna: £95 for hands to the wrist, £35 per extension, and £12 per guest "
    "design. This bride wants forearms and feet as two extensions, with 14 guests. Total?",
    money(95 + 2 * 35 + 14 * 12),
)
calc(
    HENNA,
    "100 g of henna powder fills 22 cones. How many grams of powder do I need to mix for "
    "165 cones for a mehndi night?",
    F(100 * 165, 22),
)
calc(
    HBOT,
    "A course is 40 hyperbaric sessions at £165 each; the insurer pays 65% and the "
    "patient the rest. How much does the patient pay?",
    money(40 * 165 * (1 - pct(65))),
)
calc(
    JUTE,
    "Every sack takes 0.84 square metres of hessian at ₹46 per square metre and 2.1 m of "
    "twine at ₹3.20 per metre. Material cost in rupees for 2,500 sacks?",
    money(2500 * (dec("0.84") * 46 + dec("2.1") * dec("3.20"))),
)
calc(
    JUTE,
    "64 looms, 3 shifts of 8 hours, 6 days a week, and each loom weaves 11.5 m of cloth "
    "an hour. How many metres of cloth a week?",
    64 * 3 * 8 * 6 * dec("11.5"),
)
calc(
    TRUCK,
    "Show tickets: adult £28, child £17, family ticket for two adults and two children "
    "£79. A group buys 3 family tickets plus 2 more adult and 5 more child tickets. What do "
    "they pay?",
    money(3 * 79 + 2 * 28 + 5 * 17),
)
calc(
    TRUCK,
    "A set of four monster truck tyres costs £2,340 and lasts 9 shows. We run 4 trucks "
    "on a 36-show tour. What's the tyre budget?",
    money(4 * F(36, 9) * 2340),
)
calc(
    MURAL,
    "The gable wall is 14.5 m wide and 9.2 m high, and the paint covers 8 square metres "
    "per litre per coat. How many litres for two coats?",
    dec("14.5") * dec("9.2") * 2 / 8,
)
calc(
    RUBB,
    "a tapper does 450 trees a morning and each tree gives 0.065 kg of dry rubber per "
    "tapping; 12 tappers, 22 mornings. kg of dry rubber?",
    450 * dec("0.065") * 12 * 22,
)
calc(
    ROCK,
    "Range fees: $18,500 per campaign day plus $3,275 per recovery helicopter hour, less "
    "10% for academic users. A university campaign ran 9 days and used 14.5 helicopter hours. "
    "Total fee?",
    money((9 * 18500 + dec("14.5") * 3275) * dec("0.9")),
)
calc(
    STUR,
    "A 14 kg female sturgeon gives 12.5% of her weight in roe, packed into 50 g tins "
    "that sell at €185 each. What's the revenue from her?",
    money(14000 * pct("12.5") / 50 * 185),
)
calc(
    VOLC,
    "Crater hike pricing: $120 guide fee per group, park fee $17.50 per person and gas "
    "mask rental $6 per person. Group of five — total?",
    money(120 + 5 * dec("17.50") + 5 * 6),
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
assert CM * dec("2.54") == IN and KM / MI == F(1000) / dec("1609.344")
assert SQIN == dec("0.00064516") and abs(CUFT / LITRE - dec("28.3168")) < dec("1e-4")
assert abs(HA / ACRE - dec("2.47105")) < dec("1e-5") and abs(KMH / MPH - dec("0.621371")) < dec(
    "1e-6"
)
assert STONE / LB == 14

# --- plain one-liners (14)
unit_r(P, "Convert 37 miles to kilometres.", 37 * MI / KM)
unit_r(P, "Convert 83.6 kg into pounds.", dec("83.6") / LB)
unit(P, "212.9 °F in °C", f_to_c(dec("212.9")), EXACT)
unit(P, "What is −17 °C in Fahrenheit?", c_to_f(-17), EXACT)
unit(P, "6 ft 3.5 in — centimetres?", (6 * FT + dec("3.5") * IN) / CM, EXACT)
unit_r(P, "46 square metres — how many square feet is that?", 46 / SQFT)
unit(P, "Convert 3.75 GiB into MiB", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "13 st 6 lb expressed in kg", 13 * STONE + 6 * LB)
unit_r(P, "260 km/h is how many mph?", 260 * KMH / MPH)
unit_r(P, "How many acres in 17.5 hectares?", dec("17.5") * HA / ACRE)
unit_r(P, "65 psi converted to bar", 65 * PSI / BAR)
unit_r(P, "in feet, what's 2,350 mm?", 2350 * MM / FT)
unit_r(P, "How many cubic feet in 850 litres?", 850 * LITRE / CUFT)
unit_r(P, "Convert 96 square inches to square centimetres.", 96 * SQIN / SQCM)

# --- register word problems (31)
unit(
    ANTI,
    "The venom freezer has to hold −80 °C and the imported alarm panel only takes "
    "Fahrenheit. What do I set it to in °F?",
    c_to_f(-80),
    EXACT,
)
unit_r(PIGM, "The muller grinds 340 lb of pigment a shift. What is that in kilograms?", 340 * LB)
unit(
    AUTO,
    "The main cam of the automaton is 3 5/8 inches across — how many millimetres?",
    (3 * IN + F(5, 8) * IN) / MM,
    EXACT,
)
unit_r(NOTE, "Inches, please: our new note is 135 mm long.", 135 * MM / IN)
unit_r(
    BUNG,
    "The jump platform on the viaduct is 216 feet above the river. How high is that in metres?",
    216 * FT,
)
unit_r(
    CAPO,
    "Our roda hall floor is 12 m by 9.5 m. What's its area in square feet?",
    12 * dec("9.5") / SQFT,
)
unit_r(
    CASI,
    "The new roulette table's felt is 2.9 metres long; what is that in inches?",
    dec("2.9") / IN,
)
unit(SAW, "My carving saw has a 20-inch bar. Length in centimetres?", 20 * IN / CM, EXACT)
unit_r(
    WELD, "The welders' gas quad is charged to 3,000 psi — what is that in bar?", 3000 * PSI / BAR
)
unit(WELD, "Our welding rods are 14 inches long; how many mm is that?", 14 * IN / MM, EXACT)
unit_r(
    CONK,
    "Rules say the conker string can be at most 25 cm. How long is that in inches?",
    25 * CM / IN,
)
unit_r(GIN, "A ginned bale weighs 480 lb. In kilograms that's?", 480 * LB)
unit(CROC, "The hatchling pond is kept at 31 °C; what's that in Fahrenheit?", c_to_f(31), EXACT)
unit_r(DESAL, "Feed pressure on the RO train is 62 bar. Convert to psi.", 62 * BAR / PSI)
unit_r(
    DESAL,
    "A product water tank measures 40 ft by 30 ft by 18 ft inside. How many litres does it hold?",
    40 * 30 * 18 * CUFT / LITRE,
)
unit(CORE, "The core is 63.5 mm in diameter — in inches?", dec("63.5") * MM / IN, EXACT)
unit_r(
    CORE,
    "The core store has 2,400 square metres of racking floor. How many square yards?",
    2400 / SQYD,
)
unit_r(ELEP, "Our bull weighs 5,400 kg. What's that in stone?", 5400 / STONE)
unit_r(GOLD, "The sluice box is 6 ft long. How long in metres?", 6 * FT)
unit(
    HENNA,
    "Henna paste should rest at 25 °C but my thermometer reads Fahrenheit. What "
    "reading am I after?",
    c_to_f(25),
    EXACT,
)
unit_r(
    HBOT,
    "Chamber treatment pressure is 2.4 bar absolute. Express that in psi.",
    dec("2.4") * BAR / PSI,
)
unit(JUTE, "A roll of hessian is 1,000 yards long. In metres?", 1000 * YD, EXACT)
unit(TRUCK, "The record jump at our show was 120 feet — metres?", 120 * FT, EXACT)
unit_r(
    MURAL,
    "The wall we're painting is 43 ft wide and 20 ft high. Area in square metres?",
    43 * 20 * SQFT,
)
unit_r(RUBB, "The estate is 340 hectares — how many acres?", 340 * HA / ACRE)
unit_r(RUBB, "Cubic feet in our 2,500-litre latex collection tank?", 2500 * LITRE / CUFT)
unit_r(ROCK, "Apogee was 112 km. How many miles up is that?", 112 * KM / MI)
unit_r(ROCK, "Peak speed of the rocket was 5,200 km/h. What is that in mph?", 5200 * KMH / MPH)
unit(STUR, "Broodstock tanks run at 14 °C. What's that in °F?", c_to_f(14), EXACT)
unit_r(VOLC, "The crater rim sits at 3,676 m. Height in feet?", 3676 / FT)
unit_r(
    VOLC,
    "The summit trail is 7.2 miles each way; how far is one way in kilometres?",
    dec("7.2") * MI / KM,
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


# --- plain one-liners (14)
date_item(P, "What date is 137 days after 3 March 2031?", D(2031, 3, 3) + TD(days=137))
date_item(
    P, "How many days from 19 August 2029 to 4 January 2030?", days(D(2029, 8, 19), D(2030, 1, 4))
)
date_item(P, "Which day of the week was 22 June 1941?", weekday(D(1941, 6, 22)))
date_item(P, "9 weeks before 14 May 2032 is which date?", D(2032, 5, 14) - TD(weeks=9))
date_item(
    P,
    "Someone born 30 November 1987 — how old are they on 29 November 2033?",
    age(D(1987, 11, 30), D(2033, 11, 29)),
)
date_item(P, "date 1,000 days after 12 October 2028", D(2028, 10, 12) + TD(days=1000))
date_item(P, "What weekday is 1 January 2040?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How many weeks are there between 6 March 2034 and 25 September 2034?",
    weeks(D(2034, 3, 6), D(2034, 9, 25)),
)
date_item(
    P, "Minutes between 22:35 and 05:50 the following morning?", clock_span("22:35", "05:50", 60)
)
date_item(P, "Days from 28 February 2030 to 1 March 2031?", days(D(2030, 2, 28), D(2031, 3, 1)))
date_item(P, "Give me the date of the last Friday of August 2035.", nth_weekday(2035, 8, FRI, -1))
date_item(P, "2031-12-20 plus 45 days?", D(2031, 12, 20) + TD(days=45))
date_item(P, "What day of the week does 25 December 2036 fall on?", weekday(D(2036, 12, 25)))
date_item(
    P,
    "Counting both the first and the last day, how many days from 1 April 2030 to 30 June 2030?",
    days(D(2030, 4, 1), D(2030, 6, 30)) + 1,
)

# --- register word problems (31)
date_item(
    ANTI,
    "A batch of antivenom made on 14 March 2031 expires 1,095 days after manufacture. "
    "On what date does it expire?",
    D(2031, 3, 14) + TD(days=1095),
)
_first = D(2031, 9, 2)
date_item(
    ANTI,
    f"Immunisation plan: the first dose went in on {sayw(_first)} and boosters follow "
    "every 21 days after it. What is the date of the fourth booster?",
    _first + TD(days=4 * 21),
)
date_item(
    PIGM,
    "We start a stack of lead white on 2 May 2030 and it needs 90 days in the stack. "
    "What date is it ready?",
    D(2030, 5, 2) + TD(days=90),
)
date_item(
    AUTO,
    "A client commissioned an automaton on 17 September 2029 and it took 211 days to "
    "build. On which date was it finished?",
    D(2029, 9, 17) + TD(days=211),
)
date_item(
    NOTE,
    "The print run started on 6 January 2031 and finished on 27 March 2031. How many "
    "days after the start did it finish?",
    days(D(2031, 1, 6), D(2031, 3, 27)),
)
date_item(
    BUNG,
    "Our tenth anniversary jump day is 13 August 2033. What day of the week is that?",
    weekday(D(2033, 8, 13)),
)
date_item(
    BUNG,
    "A jumper was born on 4 July 2019. How old will they be on 2 July 2033?",
    age(D(2019, 7, 4), D(2033, 7, 2)),
)
date_item(
    CAPO,
    "Our batizado is on the second Saturday of November 2030. What's the date?",
    nth_weekday(2030, 11, SAT, 2),
)
date_item(
    CAPO,
    "A student trained with us from 8 January 2029 to 14 October 2030. How many weeks is that?",
    weeks(D(2029, 1, 8), D(2030, 10, 14)),
)
date_item(
    CASI,
    "My croupier licence was issued on 11 February 2030 and must be renewed 730 days "
    "after issue. Renewal date?",
    D(2030, 2, 11) + TD(days=730),
)
_logs = D(2031, 4, 24)
date_item(
    SAW,
    f"The cedar logs arrived on {sayw(_logs)} and have to season for 40 days before I "
    "carve. Which date can I start?",
    _logs + TD(days=40),
)
date_item(
    WELD,
    "Saturation team goes into the chamber on 23 November 2031 for 28 days on the "
    "job, then 6 days of decompression. What date do they come out?",
    D(2031, 11, 23) + TD(days=28 + 6),
)
date_item(
    CONK,
    "The conker championship is always the second Sunday of October. What date is it in 2032?",
    nth_weekday(2032, 10, SUN, 2),
)
date_item(
    GIN,
    "Ginning opens on 15 September 2030 and closes on 31 January 2031. How many days "
    "after opening is closing day?",
    days(D(2030, 9, 15), D(2031, 1, 31)),
)
date_item(
    CROC,
    "Eggs laid on 4 December 2030 incubate for 85 days. When do they hatch?",
    D(2030, 12, 4) + TD(days=85),
)
_eggs = D(2031, 11, 6)
date_item(
    CROC,
    f"Eggs went into the incubator on {sayw(_eggs)} and should hatch 80 days later. "
    "What weekday will hatching day be?",
    weekday(_eggs + TD(days=80)),
)
date_item(
    DESAL,
    "Membranes get swapped every 1,460 days. The last change was 9 June 2028 — when "
    "is the next one due?",
    D(2028, 6, 9) + TD(days=1460),
)
date_item(
    CORE,
    "The core was drilled on 3 August 1987 and logged on 19 April 1988. How many days apart?",
    days(D(1987, 8, 3), D(1988, 4, 19)),
)
date_item(
    ELEP,
    "Our calf was born on 27 January 2030. What date is 1,000 days after her birth?",
    D(2030, 1, 27) + TD(days=1000),
)
date_item(
    ELEP,
    "How old was the matriarch, born 15 March 1968, on 10 March 2031?",
    age(D(1968, 3, 15), D(2031, 3, 10)),
)
date_item(
    GOLD,
    "Our gold rush re-enactment is on the first Monday of August. Which date is that in 2031?",
    nth_weekday(2031, 8, MON, 1),
)
date_item(
    HENNA,
    "The mehndi night is 9 days before the wedding on 4 December 2032. What date should I book?",
    D(2032, 12, 4) - TD(days=9),
)
date_item(
    HBOT,
    "A patient has one session every day, 30 sessions in a row, starting 3 March "
    "2031. Date of the final session?",
    D(2031, 3, 3) + TD(days=29),
)
date_item(
    JUTE,
    "The sack shipment leaves Kolkata on 12 October 2030 and is 47 days at sea. Arrival date?",
    D(2030, 10, 12) + TD(days=47),
)
_open = D(2031, 5, 3)
date_item(
    TRUCK,
    f"The tour opens on {sayw(_open)} and there's a show every 7 days. Date of the 12th show?",
    _open + TD(days=7 * 11),
)
date_item(
    MURAL,
    "The mural festival runs from 21 June 2032 to 4 July 2032. Counting both the "
    "opening and closing days, how many days long is it?",
    days(D(2032, 6, 21), D(2032, 7, 4)) + 1,
)
date_item(
    RUBB,
    "Trees planted on 1 April 2024 can first be tapped 2,555 days later. What date is that?",
    D(2024, 4, 1) + TD(days=2555),
)
date_item(
    ROCK,
    "The launch slipped 19 days from 5 February 2031. New launch date?",
    D(2031, 2, 5) + TD(days=19),
)
date_item(
    STUR,
    "A female tagged on 29 March 2020 first spawned on 18 May 2029. How many days "
    "between those dates?",
    days(D(2020, 3, 29), D(2029, 5, 18)),
)
date_item(
    STUR,
    "Caviar tins packed on 3 December 2030 are best before 120 days after packing. "
    "Best-before date?",
    D(2030, 12, 3) + TD(days=120),
)
date_item(
    VOLC,
    "The volcano last erupted on 20 November 2027. How many days from then to 14 February 2032?",
    days(D(2027, 11, 20), D(2032, 2, 14)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    ANTI: (
        "Why are horses rather than other animals used to raise antivenom?",
        "Write a short safety briefing for new staff handling live snakes in the milking room.",
        "What's the difference between monovalent and polyvalent antivenom, in plain words?",
        "How should we explain to donors why our serum batches take so long to release?",
    ),
    PIGM: (
        "Why does ultramarine ground in linseed oil go stringy, and how do we stop it?",
        "Suggest a label layout for our small-batch earth pigment jars.",
        "What are the health precautions when milling cadmium and cobalt pigments?",
        "Is it worth offering watercolour pans as well as loose pigment? Give pros and cons.",
    ),
    AUTO: (
        "How do I stop a brass cam follower from chattering in a slow automaton?",
        "Draft an email to a client explaining why their automaton commission is running late.",
        "What makes Victorian singing-bird boxes so valuable to collectors?",
        "Which lubricant would you use on a fusee chain in a display automaton, and why?",
    ),
    NOTE: (
        "Explain how intaglio printing gives banknotes their raised feel.",
        "Write a friendly notice telling visitors that phones are banned on the print floor.",
        "Why do central banks move from paper notes to polymer ones?",
        "What should our induction cover about handling spoiled security sheets?",
    ),
    BUNG: (
        "What should I say to a nervous first-time jumper standing on the edge?",
        "How often should bungee cords be retired, and what signs of wear matter most?",
        "Write an Instagram caption for our sunset jump sessions.",
        "Is it a good idea to let people jump in fancy dress? What are the risks?",
    ),
    CAPO: (
        "Explain the difference between capoeira Angola and capoeira Regional.",
        "Suggest a warm-up for a mixed adult class before ginga drills.",
        "How do I teach the berimbau rhythms to kids who have never played music?",
        "Write a short welcome message for our new beginners' WhatsApp group.",
    ),
    CASI: (
        "How should a croupier deal with a player who accuses them of cheating at the table?",
        "Explain to a trainee why we clear our hands when leaving the table.",
        "What's a polite way to refuse a tip we're not allowed to take?",
        "Write a short guide to blackjack table etiquette for first-time visitors.",
    ),
    SAW: (
        "Which woods are best for outdoor chainsaw carvings that won't split badly?",
        "How do I seal a carved owl so it survives the winter outside?",
        "Write a description of my bear carvings for my craft fair stall sign.",
        "What protective kit matters most for carving at shows with people watching?",
    ),
    WELD: (
        "Why is wet welding weaker than habitat welding, in simple terms?",
        "Write a checklist for the dive supervisor before a welder goes in the water.",
        "How do we explain hydrogen cracking risk to a client who wants the cheaper job?",
        "What are the career paths for a commercial diver who wants to stop diving?",
    ),
    CONK: (
        "Are baked or vinegar-soaked conkers against the rules, and how would we check?",
        "Write a fun announcement for the conker championship in the parish newsletter.",
        "How should we settle a dispute when both conkers shatter at the same time?",
        "Suggest a safe way to run a children's conker round with eye protection.",
    ),
    GIN: (
        "What's the difference between saw gins and roller gins?",
        "Why does cotton with high moisture gin badly?",
        "Write a notice for growers about the new module delivery slots.",
        "How can we cut down on fire risk in the lint cleaning room?",
    ),
    CROC: (
        "How do you tell when a crocodile is about to strike during feeding?",
        "Write the safety rules for visitors on our walkway over the breeding pond.",
        "Why does incubation temperature decide whether hatchlings are male or female?",
        "What should we do if a keeper gets a minor bite that breaks the skin?",
    ),
    DESAL: (
        "Why does biofouling shorten the life of RO membranes?",
        "Explain to the public why our brine outfall isn't killing the reef.",
        "What's the difference between reverse osmosis and thermal desalination?",
        "Draft a shift handover note template for the control room.",
    ),
    CORE: (
        "How should we store old core so the clays don't dry out and crack?",
        "Write a policy for researchers who want to take half-core samples.",
        "Why do some mining companies throw away core, and how can we persuade them not to?",
        "What's the best way to photograph core trays so the colours are true?",
    ),
    ELEP: (
        "How do mahouts build trust with a rescued elephant without using hooks?",
        "Write a visitor sign explaining why we don't offer elephant rides.",
        "What are early signs of foot rot in captive elephants?",
        "How can we keep a bored bull elephant busy during the monsoon?",
    ),
    GOLD: (
        "What's the knack of swirling a pan so the gold stays in the riffles?",
        "Write a short history blurb about the local gold rush for our brochure.",
        "How do I tell real gold flakes from fool's gold for kids at the camp?",
        "Is it safe to let children pan in the creek after heavy rain?",
    ),
    HENNA: (
        "Why is my henna stain orange on the first day and darker later?",
        "Write a message warning clients about the dangers of black henna.",
        "How do I keep henna cones from bursting in a hot car?",
        "Suggest some simple designs for guests who only want a small wrist piece.",
    ),
    HBOT: (
        "How should we explain ear clearing to an anxious first-time patient?",
        "Why are some items like hand warmers banned from the chamber?",
        "Write a patient leaflet section on what a treatment session feels like.",
        "What's the evidence for hyperbaric therapy for diabetic foot ulcers?",
    ),
    JUTE: (
        "Why is jute called the golden fibre?",
        "How can we reduce dust in the carding shed for the workers' lungs?",
        "Write a pitch to a supermarket for jute shopping bags instead of plastic.",
        "What's the difference between hessian and burlap, if any?",
    ),
    TRUCK: (
        "What checks should we do on the truck cages after a rollover?",
        "Write a hype announcement for the freestyle round.",
        "How do we keep the crowd safe if a wheel comes off?",
        "Why do monster trucks use such low tyre pressures?",
    ),
    MURAL: (
        "How do we get community input for a mural without design by committee?",
        "Which sealant protects an outdoor mural from graffiti and UV?",
        "Write an artist statement for a mural about the town's fishing history.",
        "How should we handle a neighbour who complains the mural is too bright?",
    ),
    RUBB: (
        "Why do we tap rubber trees in the early morning?",
        "How do I teach a new tapper to cut the panel without damaging the bark?",
        "Write a notice about the rain guards we're fitting to the trees.",
        "What's tapping panel dryness and what can we do about it?",
    ),
    ROCK: (
        "Why are sounding rockets still used when we have satellites?",
        "Write a press release for a student payload launch.",
        "How do we explain the exclusion zone to local reindeer herders?",
        "What's the difference between a sounding rocket and an orbital launcher?",
    ),
    STUR: (
        "Why do sturgeon take so many years to mature?",
        "Write a product description for our caviar that avoids sounding snobbish.",
        "How do we tell male from female sturgeon without surgery?",
        "Is no-kill caviar harvesting worth the extra cost?",
    ),
    VOLC: (
        "What should guides do if the gas alarm goes off on the crater rim?",
        "Write a safety briefing for tourists before the night hike to the crater.",
        "Why does the lake in the crater change colour?",
        "How do we explain to a guest that the summit is closed because of tremors?",
    ),
}
assert tuple(sorted(ORDINARY)) == REGISTERS and all(len(v) == 4 for v in ORDINARY.values())
for _reg in REGISTERS:
    for _q in ORDINARY[_reg]:
        neg(_reg, _q)


NEAR = (
    (
        "near-gallons",
        "How many gallons does our 5,000-litre water bowser hold?",
        "US or imperial gallon not stated",
    ),
    (
        "near-tons",
        "The ginnery pressed 840 bales at 227 kg each. How many tons is that?",
        "short, long or metric ton not stated",
    ),
    (
        "near-pints",
        "The mahouts' tea urn holds 20 litres — how many pints?",
        "US or imperial pint not stated",
    ),
    (
        "near-ounces",
        "We found 31 g of gold in the creek. How many ounces?",
        "troy or avoirdupois ounce not stated",
    ),
    (
        "near-miles-at-sea",
        "Our dive support vessel steamed 140 km out to the platform. How many miles is that?",
        "at sea a mile may be nautical",
    ),
    (
        "near-cups",
        "The henna recipe says 100 g of powder. How many cups is that?",
        "powder density and cup size unknown",
    ),
    (
        "near-horsepower",
        "The truck's engine is rated at 1,100 kW. What is that in horsepower?",
        "metric or mechanical horsepower not stated",
    ),
    (
        "near-mpg",
        "The truck hauler burns 38 litres per 100 km. What's that in mpg?",
        "US or imperial gallon not stated",
    ),
    (
        "near-age-now",
        "How old is our elephant Lakshmi, who was born on 3 April 1971?",
        "needs the current date",
    ),
    (
        "near-sleeps",
        "How many sleeps until the conker championship on 12 October?",
        "no year and needs the current date",
    ),
    ("near-exchange-rate", "What is R3,011.80 in pounds sterling?", "needs a current rate"),
    (
        "near-share-price",
        "What are my 400 shares in the banknote printer worth?",
        "needs a current share price",
    ),
    (
        "near-world-record",
        "How much lower is our 66 m bridge jump than the world's highest bungee jump?",
        "needs a looked-up record",
    ),
    (
        "near-month-31st",
        (
            "Capoeira fees fall due on the 31st. One month after 31 January 2031, "
            "when is the next payment due?"
        ),
        "a month added to the 31st has no single convention",
    ),
    (
        "near-leapday-birthday",
        "A trainee croupier was born on 29 February 2008. On what date does she legally turn 18?",
        "leap-day birthdays depend on the jurisdiction",
    ),
    (
        "near-working-days",
        "How many working days does the jute mill have in March 2031?",
        "working week and holidays not stated",
    ),
    (
        "near-sunrise",
        "What time is sunrise on the crater rim on 1 August 2031?",
        "needs a location lookup and astronomy",
    ),
    (
        "near-full-moon",
        "When is the first full moon after our night dive on 3 March 2031?",
        "needs an ephemeris",
    ),
    (
        "near-time-zone",
        "The rocket launches at 14:00 local time in Kiruna. What time is that in Sydney?",
        "time zones and summer time need looking up",
    ),
    (
        "near-tip",
        "Dinner at the casino restaurant came to £86. How much should I tip?",
        "a judgement, not a calculation",
    ),
    (
        "near-vat-abroad",
        "Add VAT to a €1,400 caviar order shipping to a restaurant in Germany.",
        "rate and cross-border rules need knowledge",
    ),
    (
        "near-percentage-points",
        "Gin turnout went from 36% to 39%. By how much did it go up?",
        "percent or percentage points is ambiguous",
    ),
    (
        "near-versions",
        (
            "Our telemetry software went from 3.9 to 3.10. Is that an upgrade, and "
            "what's 3.10 minus 3.9?"
        ),
        "version numbers are not decimals",
    ),
    (
        "near-implied-mult",
        "The mural stencil sheet says 12 ÷ 3(1+3). What does that come to?",
        "contested precedence of implied multiplication",
    ),
    (
        "near-floating-point",
        "Why does my pigment costing spreadsheet show 0.1 + 0.2 as 0.30000000000000004?",
        "an explanation",
    ),
    (
        "near-pixels-a4",
        "How many pixels is an A4 proof of our banknote artwork?",
        "no resolution given",
    ),
    (
        "near-month-first-date",
        "How many days from 04/07/2031 to 09/08/2031 for the rubber cooperative's contract?",
        "day-first or month-first order not stated",
    ),
    (
        "near-three-for-two",
        (
            "Croc feed sacks are £14.99 and £12.49, three for two across both. "
            "What do I pay for five sacks?"
        ),
        "which sacks go free is not stated",
    ),
    (
        "near-interest-kind",
        "The ginnery borrows £18,000 at 6% for 3 years. How much interest?",
        "simple or compound interest not stated",
    ),
    (
        "near-frames",
        "The slow-motion clip of a jump is 2,400 frames. How long does it last?",
        "no frame rate given",
    ),
    (
        "near-beats",
        "The berimbau piece is 320 beats long. How many minutes is it?",
        "no tempo given",
    ),
    (
        "near-numerology",
        "What is my lucky henna number if I was born on 12 May 1994?",
        "numerology, not arithmetic",
    ),
    (
        "near-star-sign",
        "Our sturgeon hatched on 20 April 2030. What star sign is she?",
        "a cusp date, and astrology",
    ),
    (
        "near-shoe-size",
        "Our diver wears a UK size 9 boot. What EU size should I order?",
        "sizing tables differ by maker",
    ),
    ("near-carats", "Is a 0.6 g gold nugget 24 carat?", "carat as mass or karat as purity"),
    (
        "near-gas-mark",
        "The test tiles bake at gas mark 4. What's that in Celsius?",
        "gas marks map only approximately",
    ),
    (
        "near-mb-gb",
        "The crater webcam records 1,800 MB a day. How many GB is that?",
        "decimal or binary prefixes not stated",
    ),
    (
        "near-ash-density",
        "How much does a cubic metre of volcanic ash weigh?",
        "depends on the ash, a fact to look up",
    ),
    (
        "near-paint-estimate",
        "How much paint will we need for a mural on the library wall?",
        "no dimensions given",
    ),
    ("near-fair-score", "Was 7.5 from the judges fair for that capoeira game?", "a judgement"),
    (
        "near-riddle",
        "A croc farm has 17 crocodiles and all but 9 escape. How many are left?",
        "trick wording",
    ),
    (
        "near-spreadsheet",
        (
            "Write a spreadsheet formula that totals the bale weights in column C "
            "where column B says graded."
        ),
        "writing a formula",
    ),
    (
        "near-decimal-comma",
        "The supplier quotes 1.250,50 € for the latex plus 3,5 % freight. What's the total?",
        "decimal comma and thousands point",
    ),
    (
        "near-fence-posts",
        "The henna tent row is 40 m long with poles every 4 m. How many poles?",
        "whether both ends get a pole is not stated",
    ),
    (
        "near-half-rounding",
        "Round 2.5 tonnes of jute to the nearest whole tonne for the manifest.",
        "half rounding convention",
    ),
    (
        "near-slang",
        "Lost a monkey and a pony at the tables last night. How much is that all together?",
        "slang amounts",
    ),
    (
        "near-part-number",
        "Is rocket part 7-120-04 newer than part 7-12-40?",
        "part numbering is not arithmetic",
    ),
    (
        "near-clause-numbering",
        "In the dive contract, what comes after clause 4.9?",
        "section numbering is not decimal",
    ),
    (
        "near-bank-holiday",
        "When is the August bank holiday in 2031 for our mural crew?",
        "differs between Scotland and the rest of the UK",
    ),
    ("near-lunar-new-year", "What date is Lunar New Year in 2033?", "needs a lunisolar calendar"),
    ("near-ramadan", "When does Ramadan begin in 2032?", "depends on moon sighting"),
    ("near-hebrew-date", "What is 14 May 2031 in the Hebrew calendar?", "another calendar system"),
    (
        "near-week-number",
        "Which week number is 1 January 2033 in?",
        "ISO or US week numbering not stated",
    ),
    (
        "near-tatami",
        "How many tatami mats would cover our 60 square metre training floor?",
        "mat sizes vary by region",
    ),
    (
        "near-bushels",
        "What do 400 bushels of cottonseed weigh in kilograms?",
        "bushel weight depends on the crop",
    ),
    ("near-croc-speed", "How fast can a crocodile run on land, in mph?", "a fact to look up"),
    ("near-first-banknote", "When was the first paper banknote printed?", "a history question"),
    (
        "near-conker-estimate",
        "Roughly how many conkers does one horse chestnut tree drop in a year?",
        "an estimate",
    ),
    (
        "near-wind-chill",
        "It's −5 °C on the crater rim with a 40 km/h wind. What does it feel like?",
        "wind chill formulas differ",
    ),
    (
        "near-dosing",
        "How many vials of antivenom does a 20 kg child need after a puff adder bite?",
        "a clinical decision",
    ),
    (
        "near-dive-safety",
        "Is 32 m on air for 25 minutes safe without a deco stop for our welders?",
        "a safety judgement",
    ),
    (
        "near-drying-scale",
        "A 5 kg rubber sheet dries in 6 days in the smokehouse. How long for a 10 kg sheet?",
        "drying time does not scale",
    ),
    (
        "near-martingale",
        "If I double my roulette bet after every loss starting at £5, will I come out ahead?",
        "a judgement about a betting system",
    ),
    (
        "near-gestation",
        "Our cow elephant was mated on 1 March 2031. When is she due?",
        "gestation length varies",
    ),
    (
        "near-cheque-words",
        "Write £1,184.50 in words for the dive invoice cheque.",
        "writing out, not computing",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


CONVS = (
    (
        "conv-operator",
        [
            (U, "At the mill we write a ⊕ b for a + b + ab when blending pigment lots."),
            (A, "Understood: a ⊕ b means a + b + ab."),
            (U, "So what is 4 ⊕ 7?"),
        ],
        "operator defined in an earlier turn",
    ),
    (
        "conv-invented-unit",
        [
            (U, "In the henna studio a 'tray' is 18 cones and a 'crate' is 6 trays."),
            (A, "Got it: tray = 18 cones, crate = 6 trays."),
            (U, "How many cones in 3 crates and 2 trays?"),
        ],
        "invented units set up earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Game for the camp kids: from now on + means times and × means plus."),
            (A, "Okay, + is multiplication and × is addition in this game."),
            (U, "What is 6 + 3 × 2?"),
        ],
        "operators swapped earlier",
    ),
    (
        "conv-clock",
        [
            (U, "The crater watch uses a 12-hour dial and we only care where the hand ends up."),
            (A, "Fine, I'll work on a 12-hour dial."),
            (U, "The hand is on 9 and we add 17 hours. Where is it?"),
        ],
        "clock arithmetic set up",
    ),
    (
        "conv-scoring-conkers",
        [
            (U, "House rule: a winning conker adds the loser's score plus one to its own."),
            (A, "Understood, the winner adds the loser's score and one more."),
            (U, "A fourer beats a sixer. What is it now?"),
        ],
        "scoring rule set up earlier",
    ),
    (
        "conv-scoring-capoeira",
        [
            (U, "In our roda game a takedown is 3 points, an escape 2 and a lost cord 5 off."),
            (A, "Noted: takedown 3, escape 2, lost cord minus 5."),
            (U, "Two takedowns, three escapes and one lost cord makes how many points?"),
        ],
        "scoring rule set up earlier",
    ),
    (
        "conv-letter-values",
        [
            (U, "For the mural puzzle, A = 1, B = 2 and so on to Z = 26."),
            (A, "Okay, letters take their alphabet positions."),
            (U, "What does MURAL add up to?"),
        ],
        "letter values set up earlier",
    ),
    (
        "conv-slang",
        [
            (U, "On the casino floor a 'nicker' is a pound and a 'bag' is a thousand."),
            (A, "Got it: nicker = £1, bag = £1,000."),
            (U, "Three bags and forty nicker, how much in pounds?"),
        ],
        "slang set up earlier",
    ),
    (
        "conv-relative-day",
        [
            (U, "At the rocket range T-0 is launch day and we count days as T-minus and T-plus."),
            (A, "Understood."),
            (U, "Launch is on 9 March 2031. What date is T+12?"),
        ],
        "relative day notation",
    ),
    (
        "conv-season-weeks",
        [
            (U, "Our tapping season week 1 starts on the first Monday of April 2031."),
            (A, "Okay, week 1 begins on that Monday."),
            (U, "What date does season week 9 start?"),
        ],
        "a season's week numbering",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Our German client writes decimals with a comma, like 2,5 for two and a half."),
            (A, "Understood, I'll read commas as decimal points."),
            (U, "What is 2,5 times 1,4?"),
        ],
        "decimal comma set up earlier",
    ),
    (
        "conv-ten-day-week",
        [
            (U, "On the elephant camp rota a 'week' is 10 days of duty."),
            (A, "Okay, a rota week is 10 days."),
            (U, "How many days in 7 rota weeks?"),
        ],
        "a ten-day week",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All prices I give you for the jars already include 20% VAT."),
            (A, "Understood, prices are VAT-inclusive."),
            (U, "A jar is £30. How much of that is VAT?"),
        ],
        "VAT-inclusive convention",
    ),
    (
        "conv-redefined-discount",
        [
            (U, "At the bungee site 'staff rate' means half price, then another £5 off."),
            (A, "Got it: staff rate is half price minus £5."),
            (U, "What's staff rate on an £89 jump?"),
        ],
        "a redefined discount",
    ),
    (
        "conv-financial-year",
        [
            (U, "The sanctuary's financial year begins on 1 July."),
            (A, "Noted."),
            (U, "Which financial year does 3 February 2031 fall in?"),
        ],
        "a financial year",
    ),
    (
        "conv-overtime",
        [
            (U, "Welders get time and a half after 8 hours and double time after 12 in a day."),
            (A, "Okay, I'll apply those overtime bands."),
            (U, "Base rate £40 an hour and a 14-hour shift. Pay for the day?"),
        ],
        "overtime rule set up earlier",
    ),
    (
        "conv-bakers-dozen",
        [
            (U, "In our caviar shop a dozen tins means a baker's dozen."),
            (A, "Understood, a dozen is 13 here."),
            (U, "How many tins in 5 dozen?"),
        ],
        "a baker's dozen",
    ),
    (
        "conv-shift-day",
        [
            (U, "At the ginnery a 'day' of work means one 8-hour shift."),
            (A, "Understood."),
            (U, "How many hours in 12 days of work?"),
        ],
        "an 8-hour day",
    ),
    (
        "conv-land-unit",
        [
            (U, "On the estate we measure land in rai; 1 rai is 1,600 square metres."),
            (A, "Okay, 1 rai = 1,600 m²."),
            (U, "How many rai is 20 hectares?"),
        ],
        "a local land unit given earlier",
    ),
    (
        "conv-json",
        [
            (S, 'Reply only with a JSON object of the form {"answer": ...}.'),
            (U, "Sheets per order: 162,000 notes at 54 to a sheet?"),
        ],
        "JSON output set by system",
    ),
    (
        "conv-persona",
        [
            (S, "You are Captain Rivet, a pirate who answers everything in pirate speak."),
            (U, "How many rods of 14 inches fit in 7 feet?"),
        ],
        "a persona set by system",
    ),
    (
        "conv-binary-base",
        [(S, "Write all numbers in your answers in binary."), (U, "What is 19 plus 26?")],
        "binary output base set by system",
    ),
    (
        "conv-hex",
        [
            (U, "Give me answers in hexadecimal from now on, for the telemetry logs."),
            (A, "Sure, I'll answer in hex."),
            (U, "What's 250 times 3?"),
        ],
        "hexadecimal output asked earlier",
    ),
    (
        "conv-roman",
        [
            (U, "I'm carving a plinth, so give any numbers as Roman numerals."),
            (A, "Will do."),
            (U, "What's 1,250 plus 781?"),
        ],
        "Roman numeral output",
    ),
    (
        "conv-french",
        [
            (U, "À partir de maintenant, réponds-moi seulement en français pour l'atelier."),
            (A, "D'accord."),
            (U, "Quick one: 36 times 45?"),
        ],
        "French answer asked earlier",
    ),
    (
        "conv-spanish",
        [
            (U, "Para el equipo del muelle, respóndeme siempre en español."),
            (A, "Claro."),
            (U, "And 7,344 divided by 16?"),
        ],
        "Spanish answer asked earlier",
    ),
    (
        "conv-haiku",
        [
            (U, "For fun, reply to the next question in the form of a haiku."),
            (A, "Ask away, in five-seven-five I'll reply."),
            (U, "How many grams are in 3.2 kg of sturgeon roe?"),
        ],
        "a haiku answer",
    ),
    (
        "conv-words-only",
        [
            (U, "Write every number in words, no digits, for the kids' worksheet."),
            (A, "Okay, numbers in words only."),
            (U, "What is 15 times 12?"),
        ],
        "words only",
    ),
    (
        "conv-round-5p",
        [
            (U, "Round every price to the nearest 5p for the stall till."),
            (A, "Understood."),
            (U, "Add 17.5% to £6.40."),
        ],
        "rounding to 5p",
    ),
    (
        "conv-sig-figs",
        [
            (U, "Give results to 2 significant figures for the lab report."),
            (A, "Okay, 2 significant figures."),
            (U, "What is 4,817 divided by 9?"),
        ],
        "significant figures",
    ),
    (
        "conv-target-inches",
        [
            (U, "I only understand inches, so give lengths in inches."),
            (A, "Sure."),
            (U, "How long is a 1.2 m core row plus a 35 cm one?"),
        ],
        "target unit set earlier",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "Use 1 euro = 0.85 pounds for this caviar invoice."),
            (A, "Okay, €1 = £0.85."),
            (U, "What's €6,475 in pounds?"),
        ],
        "a fixed currency rate",
    ),
    (
        "conv-month-first",
        [
            (U, "Our US partner writes dates month first, like 3/4 for March 4."),
            (A, "Understood."),
            (U, "What date is 40 days after 6/11/2031?"),
        ],
        "month-first dates",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Please give all answers as fractions in lowest terms, not decimals."),
            (A, "Will do."),
            (U, "What is 0.35 of 18?"),
        ],
        "fraction form",
    ),
    (
        "conv-two-turns",
        [
            (U, "The sanctuary has 7 elephants, each eating 180 kg of fodder a day."),
            (A, "Okay."),
            (U, "And fodder costs 12 rupees per kg. What's the daily bill?"),
        ],
        "figures spread over two user turns",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({c[0] for c in CONVS}) == len(CONVS)
assert all(c[0].startswith("conv-") for c in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural checks
_pos = [i for i in items if i["label"] != "negative"]
for _lab in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in _pos if i["label"] == _lab and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, _lab
_per = {r: sum(1 for i in _pos if i["family"] == r) for r in REGISTERS}
assert sorted(_per.values()) == [3] * 7 + [4] * 18, _per
assert all(
    i["family"] in REGISTERS or i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative"
)
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 79
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 79: {reused}"
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
