r"""Generate heldout-2027-02-24.jsonl: an eighty-third held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed83/earlier_registers.txt (in full: a `wc -l` gave 1350 lines and a `wc -c` 31754
characters, a `head -3` showed its first names, then a `tr` turning its newlines into spaces was
printed in two pieces, `head -c 16000` and `tail -c +15900`, which overlap by 101 characters, so
nothing was left out): the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those; and these line ranges of
/work/sealed83/make_heldout_82.py (a `wc -l` gave 2442 lines, as the brief said): lines 1-523 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 804-864 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1057-1141 (its datetime section header, date helpers,
clock_span(), date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1369-1376 (its
negatives section header, neg() and conv()) and 2219-2442 (its stated-weekday check, its checks and
main()). None of set 82's query blocks (524-803, 865-1056, 1142-1368, 1377-2218) was opened or
printed.

The first command ran `mkdir -p /tmp/h83`, the `wc -l` of make_heldout_82.py, copied the five
ranges by `sed -n A,Bp` into /tmp/h83/a_1_523.py, b_804_864.py, c_1057_1141.py, d_1369_1376.py and
e_2219_2442.py without printing them, ran a `wc -l` of the copies (523, 61, 85, 8 and 224) and an
`ls` of /work/sealed83 (earlier_registers.txt and make_heldout_82.py); the same batch ran the `cat`
of grading.py. The next command printed the copy a_1_523.py by `cat -n` piped to `sed -n 1,270p`
and the one after it by `cat -n` piped to `sed -n 270,523p` (the two pieces overlap at line 270);
then one command ran a `cat -n` of the second to fourth copies and another a `cat -n` of
e_2219_2442.py. The display cut nothing, so all of the allowed ranges were seen and nothing outside
them. The next command ran the `wc -l`, `wc -c`, `head -3` and first `tr` piece of
earlier_registers.txt and the one after it the second piece. Nothing under /work/main was opened or
listed apart from grading.py: nothing under router/, tools/, docs/, server/ or tests/, not
README.md and not pyproject.toml. The only other use of /work/main was running
/work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the working
directory, on this file only, always with --no-cache). No other /work/sealed* directory was listed.
The earlier generators (sets 1-82) are only imported, in memory, by this file's main() for the
duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its printed output and its --show listing of ids, expected values and tolerances, picked
out by a `grep` and laid out by `column -t`, were read), no git command was run, no network and no
search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h83/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and one `grep -iE` of keywords of the chosen trades and
their neighbours (bagels and baking, bamboo, bicycles and cycling, baseball and cricket, donkeys
and beaches, bonfires and fireworks, brass and instruments, carousels, fairgrounds and rocking
horses, chains, armour and swords, Christmas, markets, flowers and florists, dry ice and blasting,
falafel, street food and kebabs, carriages and horses, hurling, shinty and hockey, knitting and
wool, marimbas, drums and percussion, rainwater, wells and water, milk and dairies, chandlers,
silver and smiths, snow and skiing, tango, dance and milongas, vinegar and fermenting, burials,
cemeteries and funerals, zorbing and bungee jumps); it printed the names sharing a word or
fragment; those and other names seen in the full reading of the list that were judged neighbouring
trades are listed below. The next command wrote and ran /tmp/h83/subst.py (a `cat` heredoc, run by
the system `python3`): it cut the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line) and substituted this set's OUT and PREFIX,
"sets 1-81" -> "sets 1-82" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), EARLIER (sets 1-82, `range(2, 82)` -> `range(2, 83)`) and REGISTER_CHECK (sets
19-82, adding make_heldout_82.py), all in the first block, and "sets 19 to 81" -> "sets 19 to 82"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth ranges are used as copied); the
same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "81", "82", "83" and "19
to" (with the REGISTER_CHECK lines of sets 19-79 filtered out) and a `tail -2` of c1.py. Then `cat`
heredocs wrote this set's own blocks under /tmp/h83/own/: a_calc.py (money(), the registers and
calculator items, with a `grep -c` of its calc calls, 45, and of money(, 27 lines counting its def
and its assert), b_units.py (unit constants and unit items, with a `grep -c` of its unit calls,
45), c_dates.py (date items, with a `grep -c` of its date_item calls, 45, and a system `python3`
one-liner printing the weekdays of the four dates stated with weekdays and three planned results),
d_negs.py (the ORDINARY table, followed by a system `python3` one-liner listing its lines over 99
characters: four, shortened by an inline script, and a `grep -c` of its question lines, 100),
e_near.py (near-positive negatives, counted by a system `python3` run of the table, 65; an `awk`
byte-length check found one line over 99, shortened by an inline script) and f_convs.py
(conversations and this set's own structural asserts; an `awk` byte-length check listed nine lines
over 99 bytes, printed by `sed -n`, and an inline script shortened all nine and reworded the last
user turn of the Irish-reply conversation, which read badly; a `grep -c` counted 35 conversation
families). An `awk` byte count over all the own blocks then flagged lines holding £, € or a dash,
which a `sed -n` printed and a system `python3` count of characters showed to be within 99; it
found five code lines over 99 in c_dates.py, left for ruff format to wrap. The next command wrote
/tmp/h83/assemble.py (it builds this file from /tmp/h83/doc.txt, or a one-line placeholder, and the
blocks in order: c1.py, own/a_calc.py, b_804_864.py, own/b_units.py, c_1057_1141.py,
own/c_dates.py, d_1369_1376.py, own/d_negs.py, own/e_near.py, own/f_convs.py and c5.py, and prints
its line count) and a helper /tmp/h83/run.sh (it runs assemble.py, then from /work/main as the
working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check --no-cache` on
this file, writing the latter's output to /tmp/h83/ruff.txt and printing its `tail -3`, then this
generator from /tmp, passing on any arguments, writing its output to /tmp/h83/out.txt, and prints
the exit codes and the `tail -6` of it) and made a first run of run.sh, after which a `grep` of
ruff.txt printed its error codes and their locations. Edits after each failed check (listed below)
were made by inline system `python3` scripts applying exact replacements, each asserted to apply
once. After the first run that passed every check, run.sh ran with --show (its own printing sent to
/dev/null), followed by a `sed -n 1,3p` of out.txt and the listing of ids, expected values and
tolerances (a `grep` of out.txt laid out by `column -t`). Then an inline script made two edits for
consistency, not after a failed check: the falafel cart's chickpea cost, first asked per falafel in
pence (2.4, not whole pence), was reworded to the cost of 100 falafel in pounds and passed through
money(), and the hurling club's income was passed through money(); a `grep -c` of money( (29 lines)
and run.sh with --show (printing to /dev/null), a `sed -n 1,3p` of out.txt and a `grep` of out.txt
for two id endings (four lines, the falafel cart's second calculator item and the hurling club's
first items) followed, all checks passing. Another inline script removed an unused constant GRAM
from b_units.py, followed by a `grep` for GRAM in the own blocks (none). This docstring was written
last over the placeholder: its source text, /tmp/h83/doc/doc_src.txt, was written by a `cat`
heredoc, and /tmp/h83/doc/make_doc.py (a `cat` heredoc; it uses textwrap, keeps the indented lines
as they are and asserts that the words are unchanged, that no line exceeds 99 characters, that
every register value is named and that the text opens with r and three quotes and holds only two
sets of three quotes) filled it to 99 columns into /tmp/h83/doc.txt; then run.sh and a `head -3` of
this file were run, with a count of lines over 99 characters by a system `python3` one-liner and a
`cat` of ruff.txt. The count found one line of 100 characters (ruff format had kept a one-line call
of that length, and ruff check passed it); a `python3` one-liner printed it (a plain date
one-liner's date_item call, in this file's own code), an inline script split the call over several
lines with a trailing comma, and after this account was extended by this sentence and the one in
the list of failed checks, make_doc.py, run.sh, the `head -3`, the count (none over 99) and the
`cat` of ruff.txt were repeated. Then, in one command, `ruff format --no-cache --check` and `ruff
check --no-cache` of this file (from /work/main), two runs of this file with --digest (one with
PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf /tmp/h83`, an `ls` of /tmp/h83
(gone) and an `ls` of /work/sealed83. Writes: only this file and its JSONL in /work/sealed83/
(earlier_registers.txt and make_heldout_82.py left as they were); temporary blocks, scripts and
output under /tmp/h83/ were deleted afterwards. Nothing was written into /work/main. Every run of
this generator used /work/main/.venv/bin/python.

Changes to set 82's main() and checks: only the substitutions listed above (file names, sets 1-82
for the duplicate check, sets 19-82 for the register check). Set 82 lies next to this file in
/work/sealed83, and EARLIER_DIRS and earlier_path() are kept as set 82 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_82.py is found next to this file and, as no other
generator lies here, sets 1-81 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 82's as copied; ruff format may have
changed layout only. All of set 82's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up() (not
used here), weeks() (used by a plain date one-liner), clock_span() (used four times), nth_weekday()
(used four times), age() (used twice), unit_r() with close_enough_at_2dp() (used by every rounded
unit answer), say() (used once directly, for the end of the Christmas market, and by sayw()),
sayw() (used four times, in four date word problems, for stated weekdays), sayus() (not used here),
OZ and SQYD (not used here) and SQFT/CUFT. Added, newly written: money() (asserts whole pence or
cents, with an assert of its own; every calculator money answer passes through it, 27 of them), MM,
CM, KM, LITRE, ML, SQM, HA and KPH (the same as KMH), with asserts on MM, CM, HA/ACRE, CUFT/LITRE,
KM/MI, MPH/KPH, SQFT, f_to_c(86), c_to_f(-78.5) and c_to_f(4); the register constants and the
REGISTERS tuple (sorted, asserted 25 and distinct); an assert that the square-root one-liner's
radicand is a perfect square; the ORDINARY, NEAR and CONVS tables; and this set's own asserts,
rewritten from set 82's description of them (its code was not seen): the ORDINARY table is keyed by
exactly the REGISTERS, in REGISTERS order, four each; NEAR has 65 entries and CONVS 35, each with
distinct families, all "near-..." and "conv-..." respectively; the positive registers of each tool
are exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three; the ordinary negatives are 100, four per register; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 82's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 82's, copied (P = "plain" is copied too, as the
last line of the first block). Set 82's docstring (within lines 1-523) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, older ones and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; several of this set's near-positive and
conversation kinds were taken from those lists of generic kinds, newly worded with new figures and
subjects, and some family names echo those kinds (an age needing the current date, an exchange
rate, a market price, a time zone, a lunar calendar date, a tip, tax abroad, implied
multiplication, floating point, percentage points, a decimal comma, version ordering, half
rounding, a month added to the 31st, a month-or-day-first date, fence posts, a riddle-like
judgement, estimates, missing figures, judgements, facts, rules and interest of unstated term; and
for conversations an operator, an invented unit, swapped operators, clock arithmetic, a scoring
rule, letter values, a relative day notation, a season's week numbering, a decimal comma, a
VAT-inclusive convention, a redefined discount, a financial year, an overtime rule, a shift-length
"day", JSON output, a persona, Roman numerals, a reply language, words only, significant figures, a
target unit, a fixed currency rate, month-first dates, fraction form, figures spread over two user
turns, tally marks, scientific notation, a spreadsheet formula instead of a number, decimal hours
and a "trip" meaning there and back). Variants of set 82's own new kinds, with new subjects: the
ring wire gauge question (near-wire-gauge-system, SWG or AWG) is of its body jewellery gauge kind,
the knitting needle size and the ring size letter are of its shoe-size kind (sizing tables, not
units), Diwali is a new festival of the lunar-calendar kind, and hexadecimal output is of the
base-twelve and binary output kind. New kinds here (not in set 82's lists): GAA goals-points score
notation (near-gaa-score-notation, an identifier that looks like subtraction), a transposing
instrument, vinegar grain strength, dough hydration as a baker's percentage, a tanda count, a
wet-bulb temperature, a somatic cell count judgement, a mail shirt's ring count, a batted ball's
carry, sterling fineness, a chickpea yield, dry ice sublimation time and its gas volume, annual
rainfall at a named city, a tank sizing rule, a bicycle frame size, a donkey's safe load, a
fireworks distance rule, a carousel's rim speed with no diameter, gold leaf coverage, a market mug
deposit, vase life, plants in a bed of unstated width, a carriage's day range, horse height in
hands written 15.2 (near-hands-notation), a fixture date, knitting ease, yarn substitution, a
marimba bar's length for a pitch, a tuning frequency needing a temperament, a milking robot's
capacity, anchor scope, a rope's breaking load, a tide time, snow depth and the snow-to-water
ratio, pickling strength, a vinegar mother dose, the breakdown of a wicker coffin, a grave depth
rule, a zorb's speed and the air in a double-walled zorb; and for conversations cash rounding to
the nearest 20p, pre-decimal pounds, shillings and pence output, inclusive day counting set by a
hire contract, and output as baker's percentages. All of set 82's register names are also in
earlier_registers.txt, and none of their trades is used here. earlier_registers.txt was read in
full and this set's registers were chosen to be of trades and situations different from every name
in it; some are of neighbouring fields judged to be different trades: the bagel bakery next to the
sourdough microbakery, the wedding cake bakeries, the cake shop and the pie shop; the bamboo
bicycle frame builder next to the bicycle wheel builder, the bike shed maker and the mountain bike
trail centre; the baseball batting cages next to the driving range, the cricket clubs and the
cricket bat makers; the beach donkey rides next to the donkey sanctuary, the beach hut rental and
the horse livery; the bonfire night committee next to the fireworks crews, the fireworks seller,
the street party committee and the village fete; the brass instrument repair bench next to the
brass band librarian and treasurer, the accordion repairer, the violin repair benches and the
instrument calibration laboratory (another kind of instrument); the carousel restoration workshop
next to the rocking horse restorer, the fairground ride inspector, the roller coaster maintenance
crew and the automaton maker workshop; the chainmail armourer next to the fencing salle armourer,
the swordsmith, the blacksmith forges and the medieval reenactment society; the Christmas market
chalet trader next to the Christmas tree plantation yard, the night market ramen stall, the farmers
market cheesemonger and the greengrocer market stall; the cut flower farm next to the wholesale
flower market trader, the wedding florist, the daffodil bulb grower and the pick your own
strawberry farm; the dry ice blasting contractor next to the graffiti removal crew, the patio jet
washing service and the oven cleaning service; the falafel street cart next to the street food taco
truck, the kebab shop late counter and the night market ramen stall; the horse-drawn carriage hire
next to the wedding car hire, the horsebox hire and the horse livery; the hurling club secretary
next to the shinty club secretary and the field hockey club fixtures secretary; the knitting
pattern designer next to the hosiery knitting mill, the wool spinning guild and the patchwork quilt
guild; the marimba maker workshop next to the bodhran maker, the taiko drumming group, the steel
pan orchestra arranger, the gamelan ensemble and the peripatetic drum teacher; the rainwater
harvesting installer next to the well digger, the well drilling rig crew, the septic tank emptying
tanker and the water quality testing lab; the robotic milking dairy next to the goat dairy parlour,
the farm milk vending hut, the milkman doorstep round and the buffalo mozzarella dairy; the ship
chandlery counter next to the marina berth office, the sailmaker lofts, the yacht delivery skipper
and the outboard motor repair shop (the wax chandler is a candle maker, another trade); the
silversmith workshop next to the assay office hallmarking counter, the high street jeweller
repairs, the pewter caster, the gold leaf beater and the sea glass jewellery maker; the snowmaking
crew next to the ski lift and ski resort lift crews, the ski wax technician, the dry ski slope
instructor and the ice rink resurfacing crews; the tango milonga organiser next to the ballroom
dance competition coach, the ceilidh band and the capoeira academy; the vinegar brewery next to the
kombucha brewers, the miso fermentery, the cocoa bean fermentary, the craft brewery and the cider
presses; the woodland burial ground next to the cemetery sexton grounds office, the funeral
director arrangements office and the pet crematorium office; the zorbing hill next to the bungee
jump operator, the treetop high ropes course and the dune buggy tour operator; the judgement of
"different topic" is this writer's. At the edges of the allowed ranges: line 523 is P = "plain",
804, 1057 and 1369 are section headers, 2219 opens the stated-weekday check and 2442 is the call of
main(). No query text of any earlier set was seen: main()'s duplicate check names only this set's
ids. Every query here was newly written from imagination of each trade or situation; two items that
the duplicate check reported as exact repeats of earlier queries (their earlier counterparts
unseen) were reworded, see below. Registers of sets 1 to 18 that are not in earlier_registers.txt
are not known here, so an overlap in TOPIC with those cannot be ruled out. An exact repeat of any
earlier query or user turn is ruled out by main(), and main() asserts that no register is a family
name of sets 19 to 82 (the near-.../conv-... families are not registers and may coincide with
earlier family names). This set has no algebra or calculus question. Conversations that define an
operator, an invented unit (a hill "run" of 11 minutes), swapped operators, clock arithmetic on a
12-hour organ clock, a scoring rule, letter values, a relative day notation (B-n before Bonfire
Night), a season's week numbering, a decimal comma, a VAT-inclusive convention, a redefined "band
rate" discount, a financial year, an overtime rule, a 10-hour "day", a "trip" of there and back,
cash rounding to 20p or inclusive day counting are negatives because the notation or convention is
set up in an earlier turn (a persona and JSON output by a system turn); one conversation spreads
its figures over two user turns before asking. Some conversations (Roman numeral, tally mark,
hexadecimal, scientific notation and pre-decimal money output, an Irish reply, words only, a
formula instead of a number, decimal hours, JSON output, a persona, significant figures, a target
unit of furlongs, a fixed currency rate, month-first date order, fraction form, baker's
percentages) end in a user turn that could be computed alone, or nearly; they are negatives, as in
set 82, because the earlier turn changes what a right answer looks like. Some near-positives depend
on the current date or current figures (a donkey's age now, the weekday of Bonfire Night next year,
a silver price, a milk price, an exchange rate), and one each asks for Diwali, a fixture date, a
tide time, a calendar month after the 31st and a month-or-day-first booking date; they are
negatives, with no "now" field. Near-positives also ask for conversions that are not conversions
(horse hands written 15.2, a wire gauge, a needle size, a ring size, a transposing instrument,
vinegar grain strength, a wet-bulb temperature), facts (sterling fineness, a rope's breaking load,
a gas volume needing conditions, rainfall), estimates (a batted ball's carry, falafel yield,
sublimation time, vase life, a carriage's range, snow ratios, coffin breakdown, a zorb's speed,
tandas in a night), judgements (a somatic cell count, a donkey's load, anchor scope, a mother dose,
a tip, robot capacity, a tank size, a frame size), rules (a fireworks distance, a grave depth, VAT
abroad), missing figures (a rim speed, gold leaf, a bed's width, ring size for a shirt, yarn
yardage, ease, a marimba bar, tuning temperament, snow depth, a pickling strength, a zorb's inner
size, a loan's term), an identifier that looks like arithmetic (GAA scores), notation (implied
multiplication, floating point, version order, percentage points, a decimal comma, half rounding),
fence posts with unstated ends, a riddle-like boiling question, dough hydration and a time zone. No
positive depends on a looked-up figure: every rate, price, fee and discount is given in the text,
so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them (ruff format ran without error every time). Before the first
run, the line-length checks of the own blocks found four ORDINARY questions and one near-positive
over 99 characters and nine conversation turns over 99 bytes (seven of them over 99 characters, two
only by their £ or € signs), all shortened as said above. The first run of run.sh failed ruff check
with two ISC004 errors (implicit string concatenation inside a collection: two two-line
conversation turns, the Bonfire Night day notation and the donkey season's week 1), and the
generator failed the duplicate check, which reported two items by id as repeats of earlier queries:
a date one-liner (the minutes from an evening time to a morning time) and a unit one-liner (square
metres to square feet). An inline script wrapped the two concatenations in parentheses and reworded
both one-liners with new wording and the same figures, without the earlier queries being looked at,
after which every check passed. Every later run passed every check; the last line-length count (not
a check of the generator) found the one 100-character line said above, split over several lines.

Registers (families), 25, new: bagel_bakery, bamboo_bicycle_frame_builder, baseball_batting_cages,
beach_donkey_rides, bonfire_night_committee, brass_instrument_repair_bench,
carousel_restoration_workshop, chainmail_armourer, christmas_market_chalet_trader, cut_flower_farm,
dry_ice_blasting_contractor, falafel_street_cart, horse_drawn_carriage_hire,
hurling_club_secretary, knitting_pattern_designer, marimba_maker_workshop,
rainwater_harvesting_installer, robotic_milking_dairy, ship_chandlery_counter,
silversmith_workshop, snowmaking_crew, tango_milonga_organiser, vinegar_brewery,
woodland_burial_ground, zorbing_hill. Every register is used by all three tools (asserted);
eighteen distinct registers have one further positive (a second calculator word problem:
bagel_bakery, christmas_market_chalet_trader, falafel_street_cart, hurling_club_secretary,
silversmith_workshop, woodland_burial_ground; a second unit word problem:
bamboo_bicycle_frame_builder, dry_ice_blasting_contractor, rainwater_harvesting_installer,
robotic_milking_dairy, snowmaking_crew, zorbing_hill; a second date word problem:
bonfire_night_committee, cut_flower_farm, horse_drawn_carriage_hire, knitting_pattern_designer,
tango_milonga_organiser, vinegar_brewery). The seven registers with three positives are
baseball_batting_cages, beach_donkey_rides, brass_instrument_repair_bench,
carousel_restoration_workshop, chainmail_armourer, marimba_maker_workshop and
ship_chandlery_counter. Positives are one-liners (family "plain") or word problems of one to three
sentences, mostly UK usage with £ and pence, with euros for the hurling club and the Christmas
market chalet, stone and pounds, feet, inches, yards and miles (on land), and other touches (a
fryer, a seed catalogue, a bulk tank, an acetator, dry ice and snow guns between Celsius and
Fahrenheit, speeds between mph and km/h, bar to psi, GiB to MiB, a chalet, a dance floor, a roof
and a plain figure between square metres and square feet, a burial ground and a plain figure
between hectares and acres, a tank in litres to cubic feet, millilitres to litres, a US flour
formula and a cow from pounds to kilograms), some chatty, terse or lower-case, with questions at
the start or the end and statements to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 82: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
from one date to another, how many days between two dates, how many days apart a closing and a
reopening are, a season pass and a market counting both their first and last day, 26, 37, 45, 60,
95, 100, 162, 250, 365, 400, 730 and 1,000 days after a date, the third reshoeing at six-weekly
intervals, the second Monday, first Friday, third Saturday and last Sunday of a stated month and
year, and a day of the year counting 1 January as day 1); ages are in whole years from a stated
birth or first running date to a stated date, and the four clock spans run from one stated time to
the next occurrence of the other (three cross midnight, one saying "the next morning" and two "the
following morning"). Every rounded unit result stays within its 1e-3 tolerance when given to two
decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 82):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, mL); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_83.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-24.jsonl"
PREFIX = "ho83-"
# earlier generators: sets 1-82 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 83))
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
    """A sum of money: asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("402.30")) == F(4023, 10)

BAGEL = "bagel_bakery"
BAMBOO = "bamboo_bicycle_frame_builder"
CAGES = "baseball_batting_cages"
DONKEY = "beach_donkey_rides"
BONFIRE = "bonfire_night_committee"
BRASS = "brass_instrument_repair_bench"
CAROUSEL = "carousel_restoration_workshop"
MAIL = "chainmail_armourer"
CHALET = "christmas_market_chalet_trader"
FLOWERS = "cut_flower_farm"
DRYICE = "dry_ice_blasting_contractor"
FALAFEL = "falafel_street_cart"
CARRIAGE = "horse_drawn_carriage_hire"
HURLING = "hurling_club_secretary"
KNIT = "knitting_pattern_designer"
MARIMBA = "marimba_maker_workshop"
RAIN = "rainwater_harvesting_installer"
ROBOT = "robotic_milking_dairy"
CHANDLER = "ship_chandlery_counter"
SILVER = "silversmith_workshop"
SNOW = "snowmaking_crew"
TANGO = "tango_milonga_organiser"
VINEGAR = "vinegar_brewery"
BURIAL = "woodland_burial_ground"
ZORB = "zorbing_hill"
REGISTERS = (
    BAGEL,
    BAMBOO,
    CAGES,
    DONKEY,
    BONFIRE,
    BRASS,
    CAROUSEL,
    MAIL,
    CHALET,
    FLOWERS,
    DRYICE,
    FALAFEL,
    CARRIAGE,
    HURLING,
    KNIT,
    MARIMBA,
    RAIN,
    ROBOT,
    CHANDLER,
    SILVER,
    SNOW,
    TANGO,
    VINEGAR,
    BURIAL,
    ZORB,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What is 4,382 x 27?", 4382 * 27)
calc(P, "847.5 divided by 1.25", dec("847.5") / dec("1.25"))
calc(P, "work out 17.5% of 3,264", pct("17.5") * 3264)
calc(P, "(128 + 347) * 16 - 905 = ?", (128 + 347) * 16 - 905)
assert 131 * 131 == 17161
calc(P, "What's the square root of 17,161?", 131)
calc(P, "2 to the power 13, minus 3 cubed", 2**13 - 3**3)
calc(P, "9,876 - 4,321 + 1,234", 9876 - 4321 + 1234)
calc(P, "Calculate 0.375 times 4,848.", dec("0.375") * 4848)
calc(P, "what is 63 percent of 1,450", pct(63) * 1450)
calc(P, "Reduce 7,896 by 12.5%.", 7896 * (1 - pct("12.5")))
calc(P, "How much is three eighths of 2,920?", F(3, 8) * 2920)
calc(P, "Mean of 84, 91, 77, 102 and 96?", F(84 + 91 + 77 + 102 + 96, 5))
calc(P, "6.4 squared plus 4.8 squared", dec("6.4") ** 2 + dec("4.8") ** 2)
calc(P, "14,406 / 49 — what do you get?", F(14406, 49))

# register word problems
calc(
    BAGEL,
    "We bake 14 trays of 24 bagels every morning and sell them at £1.35 each. If all but 38 "
    "sell, what are the morning's takings?",
    money((14 * 24 - 38) * dec("1.35")),
)
calc(
    BAGEL,
    "A café orders 8 bags of 13 bagels at £11.70 a bag and gets a 15% trade discount. What do "
    "they pay?",
    money(8 * dec("11.70") * (1 - pct(15))),
)
calc(
    BAMBOO,
    "Costing a frame: 3.2 m of bamboo at £6.25 a metre, 6 carbon-fibre lugs at £14.80 each and "
    "2 hours of wrapping at £22.50 an hour. What's the total?",
    money(dec("3.2") * dec("6.25") + 6 * dec("14.80") + 2 * dec("22.50")),
)
calc(
    CAGES,
    "Tokens are £2.50 for 15 pitches, or a card of 90 pitches is £12. A youth team wants 540 "
    "pitches for the week's practice. How much do they save with cards instead of tokens?",
    money(F(540, 15) * dec("2.50") - F(540, 90) * 12),
)
calc(
    DONKEY,
    "Donkey rides are £4 a child. We work 10:00 to 17:30 with an hour's break for the donkeys, "
    "each ride slot is 15 minutes and 6 donkeys go out per slot. Fully booked, what's the "
    "most we can take in a day?",
    money(F(7 * 60 + 30 - 60, 15) * 6 * 4),
)
calc(
    BONFIRE,
    "We sold 1,200 tickets for the display: 70% adults at £8 and the rest children at £4.50. "
    "The fireworks cost £5,400. What's left over?",
    money(1200 * pct(70) * 8 + 1200 * pct(30) * dec("4.50") - 5400),
)
calc(
    BRASS,
    "Quote for a trombone: 3.5 hours stripping and polishing at £38 an hour, £42 of lacquer, "
    "and VAT at 20% on the lot. Total?",
    money((dec("3.5") * 38 + 42) * (1 + pct(20))),
)
calc(
    CAROUSEL,
    "48 gallopers need regilding. Each uses 0.6 of a book of gold leaf at £31.50 a book and "
    "takes 5.5 hours at £24 an hour. What does the whole job cost?",
    money(48 * (dec("0.6") * dec("31.50") + dec("5.5") * 24)),
)
calc(
    MAIL,
    "a hauberk takes 28,000 rings. I coil and cut 1,750 rings an hour and close them at 400 an "
    "hour — how many hours of work altogether?",
    F(28000, 1750) + F(28000, 400),
)
calc(
    CHALET,
    "The chalet costs €1,950 for the market plus €12 a day for power over 31 days. Mulled wine "
    "sells at €4.50 a mug and costs €1.80 to make. How many mugs to cover rent and power?",
    (1950 + 12 * 31) / (dec("4.50") - dec("1.80")),
)
calc(
    CHALET,
    "Sold 312 gingerbread hearts at £3.75 and another 146 at the closing-time price of £2.50. "
    "What did the hearts take in total?",
    money(312 * dec("3.75") + 146 * dec("2.50")),
)
calc(
    FLOWERS,
    "A florist orders 35 bunches of sweet peas at £4.20 and 18 buckets of dahlias at £27.50, "
    "and orders over £500 get 10% off. What's her bill?",
    money((35 * dec("4.20") + 18 * dec("27.50")) * (1 - pct(10))),
)
calc(
    DRYICE,
    "Cleaning a mould tool: 6.5 hours of blasting at 9 kg of pellets an hour and £1.80 a kg, "
    "compressor hire £145 for the day and labour at £48 an hour. Job cost?",
    money(dec("6.5") * 9 * dec("1.80") + 145 + dec("6.5") * 48),
)
calc(
    FALAFEL,
    "Saturday at the cart: 143 wraps at £6.50 and 88 boxes at £8.75. Ingredients run at 30% of "
    "takings. What's the gross margin?",
    money((143 * dec("6.50") + 88 * dec("8.75")) * (1 - pct(30))),
)
calc(
    FALAFEL,
    "2.4 kg of dried chickpeas at £3.60 a kilo makes 360 falafel. What's the chickpea cost of "
    "100 falafel?",
    money(dec("2.4") * dec("3.60") * 100 / 360),
)
calc(
    CARRIAGE,
    "Our wedding package is £650 for up to 3 hours, then £95 for each extra half hour or part "
    "of one. A couple had the carriage from 12:30 until 17:10. What do they owe?",
    money(650 + 95 * 4),
)
calc(
    HURLING,
    "Club income: 64 adult players at €180, 112 juveniles at €60, 45 social members at €40, "
    "plus €3,250 from the weekly lotto. What's the total?",
    money(64 * 180 + 112 * 60 + 45 * 40 + 3250),
)
calc(
    HURLING,
    "Our seniors played 11 league games, won 7, drew 2 and lost the rest. It's 2 points for a "
    "win and 1 for a draw. How many league points is that?",
    7 * 2 + 2 * 1,
)
calc(
    KNIT,
    "My cardigan pattern sells for £5.50; the site keeps 8% plus 20p a sale. What do I get "
    "from 640 sales?",
    money(640 * (dec("5.50") * (1 - pct(8)) - dec("0.20"))),
)
calc(
    MARIMBA,
    "Parts for one marimba: 52 rosewood bars at £38.40, 52 resonator tubes at £11.25 and a "
    "frame at £640. Total parts cost?",
    money(52 * dec("38.40") + 52 * dec("11.25") + 640),
)
calc(
    RAIN,
    "Quote: 5,000-litre tank £1,480, pump £365, filter £210, digger hire 2 days at £185, labour "
    "3 days at £320, then 20% VAT on the total. What's the final figure?",
    money((1480 + 365 + 210 + 2 * 185 + 3 * 320) * (1 + pct(20))),
)
calc(
    ROBOT,
    "Three robots each milk 62 cows, 2.8 visits per cow a day, 11.5 litres a visit. At 40p a "
    "litre, what's the daily milk cheque?",
    money(3 * 62 * dec("2.8") * dec("11.5") * dec("0.40")),
)
calc(
    CHANDLER,
    "45 m of 10 mm braid at £2.36 a metre, 4 shackles at £7.95 and a fender at £34.50, with "
    "the sailing club's 10% off the rope only. What's the total?",
    money(45 * dec("2.36") * (1 - pct(10)) + 4 * dec("7.95") + dec("34.50")),
)
calc(
    SILVER,
    "A bangle: 42 g of sterling sheet at £1.15 a gram, £9.60 hallmarking, 6 hours at £35. I "
    "price at cost plus 40%. What's the selling price?",
    money((42 * dec("1.15") + dec("9.60") + 6 * 35) * (1 + pct(40))),
)
calc(
    SILVER,
    "The bullion dealer pays 85% of melt value, which is £0.96 a gram. I bring in 250 g of "
    "scrap. How much do I get?",
    money(250 * dec("0.96") * pct(85)),
)
calc(
    SNOW,
    "Each cubic metre of snow takes 4.2 kWh and power costs 18p per kWh. The run needs 12,500 "
    "cubic metres. What will the electricity cost in pounds?",
    money(12500 * dec("4.2") * dec("0.18")),
)
calc(
    TANGO,
    "Milonga night: hall £220, DJ £150, 92 dancers paid £12 entry, and 15% of the door goes to "
    "charity. What's our profit?",
    money(92 * 12 * (1 - pct(15)) - 220 - 150),
)
calc(
    VINEGAR,
    "We're bottling 1,440 litres of cider vinegar into 500 ml bottles that sell to shops at "
    "£3.80, with bottle, cap and label costing 42p. Gross margin on the batch?",
    money(F(1440 * 1000, 500) * (dec("3.80") - dec("0.42"))),
)
calc(
    BURIAL,
    "A family's bill: plot £1,450, grave digging £575, a native tree £95 and an oak plaque £120. "
    "They've paid a 30% deposit. What's the balance?",
    money((1450 + 575 + 95 + 120) * (1 - pct(30))),
)
calc(
    BURIAL,
    "The wildflower meadow is laid out in 11 rows of 34 plots and 287 are reserved or used. How "
    "many plots remain?",
    11 * 34 - 287,
)
calc(
    ZORB,
    "A zorb run is £29 each, or £99 for a group ticket of four. A stag party of 22 — what's "
    "the cheapest total using group tickets for as many as possible?",
    money(5 * 99 + 2 * 29),
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
LITRE = F(1, 1000)  # m^3
ML = LITRE / 1000  # m^3
SQM = F(1)  # m^2
HA = 10**4 * SQM
KPH = KMH

assert IN / MM == dec("25.4") and FT / CM == dec("30.48") and HA / ACRE > dec("2.47")
assert abs(CUFT / LITRE - dec("28.3168")) < dec("1e-4") and KM / MI > dec("0.62")
assert abs(MPH / KPH - dec("1.609344")) == 0 and abs(SQFT - dec("0.09290304")) == 0
assert f_to_c(86) == 30 and c_to_f(dec("-78.5")) == dec("-109.3") and c_to_f(4) == dec("39.2")

# plain one-liners
unit_r(P, "Convert 68 miles to kilometres.", 68 * MI / KM)
unit_r(P, "How many feet is 41 metres?", 41 / FT)
unit_r(P, "250 lb in kg please", 250 * LB)
unit(P, "What is 37.5 °C in Fahrenheit?", c_to_f(dec("37.5")), EXACT)
unit(P, "5 feet 11 inches in centimetres", (5 * FT + 11 * IN) / CM, EXACT)
unit_r(P, "convert 14 stone 3 pounds to kilograms", 14 * STONE + 3 * LB)
unit_r(P, "A 45 square metre room is how many square feet?", 45 * SQM / SQFT)
unit_r(P, "35 acres is how many hectares?", 35 * ACRE / HA)
unit_r(P, "Convert 12 bar into psi.", 12 * BAR / PSI)
unit(P, "How many MiB are there in 7.5 GiB?", dec("7.5") * GIB / MIB, EXACT)
unit_r(P, "90 km/h expressed in mph", 90 * KPH / MPH)
unit(P, "1,750 millilitres in litres?", 1750 * ML / LITRE, EXACT)
unit_r(P, "What's minus 12 degrees Fahrenheit in Celsius?", f_to_c(-12))
unit_r(P, "how many inches in 2.3 metres", dec("2.3") / IN)

# register word problems
unit_r(
    BAGEL,
    "An American bagel formula calls for 55 pounds of high-gluten flour per batch. What is that "
    "in kilograms for our mixer?",
    55 * LB,
)
unit(
    BAMBOO,
    "A customer measured his inside leg at 33 inches. What's that in centimetres for the frame "
    "geometry sheet?",
    33 * IN / CM,
    EXACT,
)
unit_r(
    BAMBOO,
    "The finished bamboo frame weighs 2.15 kg. How many pounds should the US listing say?",
    dec("2.15") / LB,
)
unit_r(
    CAGES,
    "Cage 3's pitching machine is set at 70 mph. What speed is that in km/h?",
    70 * MPH / KPH,
)
unit_r(
    DONKEY,
    "Our riders must weigh under 8 stone. A parent asks what that limit is in kilograms.",
    8 * STONE,
)
unit_r(
    BONFIRE,
    "The crowd barrier has to be 25 metres from the firing zone; the old plan is in feet. How "
    "many feet is 25 metres?",
    25 / FT,
)
unit(
    BRASS,
    "The sousaphone bell measures 17 inches across. What's that in centimetres?",
    17 * IN / CM,
    EXACT,
)
unit_r(
    CAROUSEL,
    "The carousel platform is 52 feet in diameter. How many metres is that?",
    52 * FT,
)
unit_r(
    MAIL,
    "Riveted rings with a 5/16 inch inside diameter: what's that in millimetres?",
    F(5, 16) * IN / MM,
)
unit_r(
    CHALET,
    "Our market chalet is 3 m by 2.5 m. The insurer wants the floor area in square feet — what "
    "is it?",
    3 * dec("2.5") * SQM / SQFT,
)
unit_r(
    FLOWERS,
    "The US seed catalogue says the lisianthus need nights above 45 °F. What's that in Celsius?",
    f_to_c(45),
)
unit(
    DRYICE,
    "Dry ice pellets sit at -78.5 °C. A US client asks for that in Fahrenheit.",
    c_to_f(dec("-78.5")),
    EXACT,
)
unit_r(
    DRYICE,
    "The blast hose is rated to 16 bar; the American nozzle is marked in psi. What's 16 bar "
    "in psi?",
    16 * BAR / PSI,
)
unit_r(
    FALAFEL,
    "The fryer instructions say 350 °F. What should I set in Celsius?",
    f_to_c(350),
)
unit_r(
    CARRIAGE,
    "The scenic carriage route is 7.5 miles. How many kilometres is it?",
    dec("7.5") * MI / KM,
)
unit_r(
    HURLING,
    "Our pitch is 145 metres long. An American visitor asks how many yards that is.",
    145 / YD,
)
unit_r(
    KNIT,
    "My pattern says knit until the back measures 38 cm. A US tester wants it in inches — how "
    "many?",
    38 * CM / IN,
)
unit_r(
    MARIMBA,
    "The lowest bar on the five-octave instrument is 48 cm long. What's that in inches?",
    48 * CM / IN,
)
unit_r(
    RAIN,
    "The roof catchment is 85 square metres, but the US tank calculator wants square feet. "
    "Convert it.",
    85 * SQM / SQFT,
)
unit_r(
    RAIN,
    "Our underground tank holds 6,500 litres. What is its capacity in cubic feet?",
    6500 * LITRE / CUFT,
)
unit(
    ROBOT,
    "The bulk tank holds the milk at 4 °C. What is that in Fahrenheit?",
    c_to_f(4),
    EXACT,
)
unit_r(
    ROBOT,
    "The American sire catalogue lists a mature cow at 1,430 lb. How many kilograms?",
    1430 * LB,
)
unit_r(
    CHANDLER,
    "He wants 30 metres of anchor chain but thinks in feet. How many feet is that?",
    30 / FT,
)
unit_r(
    SILVER,
    "A cuff blank is cut 21 cm long; the American customer asks for inches.",
    21 * CM / IN,
)
unit(
    SNOW,
    "Our guns start making snow at a wet-bulb temperature of -2.5 °C. What's that in Fahrenheit?",
    c_to_f(dec("-2.5")),
    EXACT,
)
unit_r(
    SNOW,
    "The pipeline climbs 640 metres from the reservoir to the top gun. How many feet is that?",
    640 / FT,
)
unit_r(
    TANGO,
    "The dance floor is 12 m by 9 m. How many square feet of floor is that?",
    12 * 9 * SQM / SQFT,
)
unit(
    VINEGAR,
    "The old American acetator manual says hold the wash at 86 °F. What is that in Celsius?",
    f_to_c(86),
    EXACT,
)
unit_r(
    BURIAL,
    "The burial ground covers 12 hectares. How many acres is that?",
    12 * HA / ACRE,
)
unit_r(
    ZORB,
    "Our zorbs are 3 metres across. What's that in feet?",
    3 / FT,
)
unit(
    ZORB,
    "The straight run down the hill is 200 yards. How many metres is that?",
    200 * YD,
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


# plain one-liners
date_item(P, "What day of the week was 19 August 1991?", weekday(D(1991, 8, 19)))
date_item(
    P,
    "How many days from 3 January 2028 to 17 September 2028?",
    days(D(2028, 1, 3), D(2028, 9, 17)),
)
date_item(P, "What date is 250 days after 12 March 2029?", D(2029, 3, 12) + TD(days=250))
date_item(P, "the date 9 weeks before 4 July 2031?", D(2031, 7, 4) - TD(weeks=9))
date_item(P, "Which weekday does 1 January 2040 fall on?", weekday(D(2040, 1, 1)))
date_item(
    P,
    "How many weeks are there between 6 May 2030 and 14 October 2030?",
    weeks(D(2030, 5, 6), D(2030, 10, 14)),
)
date_item(
    P,
    "What is the date 1,000 days after 21 November 2026?",
    D(2026, 11, 21) + TD(days=1000),
)
date_item(
    P,
    "Someone born on 2 July 1987 — how old are they on 30 June 2035?",
    age(D(1987, 7, 2), D(2035, 6, 30)),
)
date_item(P, "Date of the second Monday in February 2033?", nth_weekday(2033, 2, MON, 2))
date_item(
    P, "Minutes elapsed from 21:40 until 06:15 the next morning?", clock_span("21:40", "06:15", 60)
)
date_item(
    P,
    "Number of days between 14 February 2027 and 14 February 2031",
    days(D(2027, 2, 14), D(2031, 2, 14)),
)
date_item(P, "What date is the last Sunday of October 2034?", nth_weekday(2034, 10, SUN, -1))
date_item(
    P,
    "23 September 2029 is which day of the year (1 January = day 1)?",
    D(2029, 9, 23).timetuple().tm_yday,
)
date_item(P, "how many hours between 07:20 and 16:50", clock_span("07:20", "16:50", 3600))

# register word problems
date_item(
    BAGEL,
    "Recipe testing for the rye bagel started on 18 January 2028 and the launch is 45 days "
    "later. What's the launch date?",
    D(2028, 1, 18) + TD(days=45),
)
date_item(
    BAMBOO,
    "We cut the bamboo on 27 September 2027 and it cures for 12 weeks before we build with "
    "it. On what date is it ready?",
    D(2027, 9, 27) + TD(weeks=12),
)
date_item(
    CAGES,
    "Season passes run from 1 April 2028 to 30 September 2028, both days included. How many "
    "days does a pass cover?",
    days(D(2028, 4, 1), D(2028, 9, 30)) + 1,
)
date_item(
    DONKEY,
    "The donkeys start their summer on the sands on 23 May 2026. What day of the week is that?",
    weekday(D(2026, 5, 23)),
)
date_item(
    BONFIRE,
    "Which day of the week is Bonfire Night, 5 November 2027?",
    weekday(D(2027, 11, 5)),
)
date_item(
    BONFIRE,
    "We start collecting wood for the bonfire 19 days before 5 November 2029. What's the "
    "start date?",
    D(2029, 11, 5) - TD(days=19),
)
date_item(
    BRASS,
    "A cornet came in for a valve rebuild on 8 June 2027 and we promised it back 26 days "
    "later. Which date is that?",
    D(2027, 6, 8) + TD(days=26),
)
date_item(
    CAROUSEL,
    "Our galloping horse carousel first turned on 14 May 1921. How old will it be, in whole "
    "years, on 1 May 2031?",
    age(D(1921, 5, 14), D(2031, 5, 1)),
)
date_item(
    MAIL,
    f"A re-enactor ordered a mail shirt on {sayw(D(2027, 10, 11))} and the lead time is 8 "
    "weeks. What date is it due?",
    D(2027, 10, 11) + TD(weeks=8),
)
date_item(
    CHALET,
    f"The Christmas market runs from {sayw(D(2028, 11, 23))} to {say(D(2028, 12, 23))}, "
    "counting both the first and last day. How many trading days is that?",
    days(D(2028, 11, 23), D(2028, 12, 23)) + 1,
)
date_item(
    FLOWERS,
    "Dahlia tubers went in on 2 May 2027 and this variety blooms about 95 days after planting. "
    "What's the expected first bloom date?",
    D(2027, 5, 2) + TD(days=95),
)
date_item(
    FLOWERS,
    "The sweet peas were sown on 14 October 2026 and first picked on 4 May 2027. How many "
    "days was that?",
    days(D(2026, 10, 14), D(2027, 5, 4)),
)
date_item(
    DRYICE,
    f"The factory cleaning contract starts {sayw(D(2028, 2, 7))} and lasts 6 weeks. What date "
    "is 6 weeks after the start?",
    D(2028, 2, 7) + TD(weeks=6),
)
date_item(
    FALAFEL,
    "My street trading consent was issued on 15 August 2026 and runs for 365 days. What date "
    "does it expire?",
    D(2026, 8, 15) + TD(days=365),
)
date_item(
    CARRIAGE,
    "A couple booked the landau for their wedding on 16 September 2028. What weekday is that?",
    weekday(D(2028, 9, 16)),
)
date_item(
    CARRIAGE,
    "The greys were shod on 3 March 2028 and get reshod every 6 weeks. On what date is the "
    "third reshoeing?",
    D(2028, 3, 3) + TD(weeks=18),
)
date_item(
    HURLING,
    "The county final throws in at 15:30 and the celebrations in the clubhouse end at 01:15 "
    "the following morning. How many hours is that?",
    clock_span("15:30", "01:15", 3600),
)
date_item(
    KNIT,
    "Test knitters get the shawl pattern on 10 January 2027 and have 6 weeks to finish. What "
    "is their deadline?",
    D(2027, 1, 10) + TD(weeks=6),
)
date_item(
    KNIT,
    "My yarn club parcels go out on the first Friday of each month. What date is that in "
    "March 2029?",
    nth_weekday(2029, 3, FRI, 1),
)
date_item(
    MARIMBA,
    "Rosewood blanks air-dry for 400 days before tuning. If they were sawn on 20 June 2026, "
    "when are they ready?",
    D(2026, 6, 20) + TD(days=400),
)
date_item(
    RAIN,
    "The site survey was on 3 August 2027 and the install is booked 37 days after that. What "
    "date is the install?",
    D(2027, 8, 3) + TD(days=37),
)
date_item(
    ROBOT,
    "Heifer 418 calved on 8 April 2027 and we aim to serve her again 60 days after calving. "
    "On which date?",
    D(2027, 4, 8) + TD(days=60),
)
date_item(
    CHANDLER,
    "How many days are there from 12 March 2027 until the boat show opens on 16 September 2027?",
    days(D(2027, 3, 12), D(2027, 9, 16)),
)
date_item(
    SILVER,
    "I sent a batch to the assay office on 21 October 2027 and collected it on 9 November "
    "2027. How many days did hallmarking take?",
    days(D(2027, 10, 21), D(2027, 11, 9)),
)
date_item(
    SNOW,
    "The fan guns ran from 22:45 until 05:30 the following morning. How many minutes of "
    "snowmaking was that?",
    clock_span("22:45", "05:30", 60),
)
date_item(
    TANGO,
    "The milonga is always on the third Saturday of the month. What date is it in April 2028?",
    nth_weekday(2028, 4, SAT, 3),
)
date_item(
    TANGO,
    "Tickets for the tango festival went on sale on 1 June 2028 and it opens 162 days later. "
    "What is the opening date?",
    D(2028, 6, 1) + TD(days=162),
)
date_item(
    VINEGAR,
    "We added the mother to the cider on 5 September 2027 and acetification takes 10 weeks. "
    "When should it be ready?",
    D(2027, 9, 5) + TD(weeks=10),
)
date_item(
    VINEGAR,
    "Our aged apple balsamic went into oak on 12 December 2026 and is bottled 730 days later. "
    "Bottling date?",
    D(2026, 12, 12) + TD(days=730),
)
date_item(
    BURIAL,
    f"After a burial on {sayw(D(2028, 3, 14))}, the memorial oak is planted 100 days later. "
    "What date is the planting?",
    D(2028, 3, 14) + TD(days=100),
)
date_item(
    ZORB,
    "The hill shut for winter on 31 October 2027 and reopens on 20 March 2028. How many days "
    "apart are the closing and reopening dates?",
    days(D(2027, 10, 31), D(2028, 3, 20)),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


# ordinary negatives: advice, explanations, judgements, rules, opinions and writing, four per
# register, in REGISTERS order
ORDINARY = {
    BAGEL: (
        "Why do we boil bagels before baking them, and what does adding malt to the water do?",
        "Write a chalkboard blurb for our new everything-bagel with smoked salmon.",
        "Our bagels come out wrinkly after the boil. What are the likely causes?",
        "Should a bagel shop cold-retard the dough overnight or bake same-day? Pros and cons.",
    ),
    BAMBOO: (
        "How do I stop a bamboo frame splitting at the joints when the culm dries further?",
        "Is heat-treating bamboo with a blowtorch as good as borax treatment for bike tubes?",
        "Write a short product story for a hand-built bamboo gravel bike.",
        "What questions should I ask a customer before designing a bamboo frame for touring?",
    ),
    CAGES: (
        "How can I help a 10-year-old stop stepping in the bucket when she swings?",
        "Draft the safety rules sign for the batting cages, friendly but firm.",
        "Is it worth adding a softball pitching machine, or do most customers want baseball?",
        "What's the best way to maintain the netting so it doesn't rot over winter?",
    ),
    DONKEY: (
        "How do we tell if one of the donkeys is getting too hot on the beach?",
        "Write a welcome note for parents explaining how our donkey rides work.",
        "What's a fair way to decide which donkeys work on a busy bank holiday?",
        "Should we let children feed the donkeys carrots after their ride? What are the risks?",
    ),
    BONFIRE: (
        "Write a leaflet asking villagers not to bring painted timber or sofas to the bonfire.",
        "What should our stewards do if someone brings their own fireworks onto the field?",
        "How do we check the bonfire for hedgehogs before lighting it?",
        "Suggest a theme for the guy-making competition that won't upset anyone.",
    ),
    BRASS: (
        "Why does a trumpet's third valve slide stick, and how would you free it without damage?",
        "Explain to a parent why a dented tuba bell changes how it sounds.",
        "Is it better to re-lacquer a vintage cornet or leave the original finish worn?",
        "Write a polite reply to a school asking us to repair 20 instruments for free.",
    ),
    CAROUSEL: (
        "How do we decide whether to keep the original paint on a carved horse or repaint it?",
        "What's the history of gallopers at English fairs? A paragraph for our open day.",
        "What should we check on the crank rods before the carousel runs again after winter?",
        "Write a fundraising appeal for restoring the band organ on our carousel.",
    ),
    MAIL: (
        "Butted or riveted mail for a living-history display — which would you recommend and why?",
        "How should I clean rust off a mail shirt without losing the patina?",
        "Explain European 4-in-1 weave to a beginner.",
        "Write a care card to include with every mail coif I sell.",
    ),
    CHALET: (
        "How can I make my chalet stand out among forty others selling mulled wine?",
        "Write a cheerful sign saying we only take cards after 6pm.",
        "Is it worth staying open on the quiet Monday evenings of the market?",
        "What should I do about a neighbouring chalet whose music drowns out my customers?",
    ),
    FLOWERS: (
        "Which cut flowers are best for a first-year flower farm on clay soil?",
        "How do I condition dahlias so they last longer in a florist's bucket?",
        "Write an Instagram caption for our first bucket of sweet peas of the season.",
        "Should a small flower farm sell to florists or run pick-your-own? What's the trade-off?",
    ),
    DRYICE: (
        "Is dry ice blasting safe to use on old brickwork, or will it damage the surface?",
        "What ventilation do we need when blasting inside a small plant room?",
        "Write a method statement introduction for cleaning a food factory conveyor with dry ice.",
        "How should we explain to a customer why dry ice costs more than soda blasting?",
    ),
    FALAFEL: (
        "Why do my falafel fall apart in the fryer?",
        "Write a menu board description for our beetroot falafel wrap.",
        "How can I keep the queue moving at lunchtime with only two of us on the cart?",
        "Is tinned chickpea ever OK for falafel, or must it be soaked dried ones?",
    ),
    CARRIAGE: (
        "How do we keep the horses calm when a wedding party throws confetti?",
        "Write the terms a couple should agree to when booking our carriage.",
        "What should we do if it rains on the day — put the hood up or offer a refund?",
        "Which breed is best for pulling a landau in town traffic?",
    ),
    HURLING: (
        "Draft a message to parents about the new helmet rule for under-12s.",
        "How do we encourage more adult players to volunteer as coaches?",
        "Write a match report intro for the club newsletter after a one-point win.",
        "What should the club do about a player who keeps arguing with referees?",
    ),
    KNIT: (
        "How should I grade a sweater pattern for larger sizes without it looking boxy?",
        "Write the introduction for a pattern of a lace shawl inspired by sea foam.",
        "Is it better to chart the colourwork or write it out line by line?",
        "How do I handle a buyer who says my pattern has an error but won't say where?",
    ),
    MARIMBA: (
        "Why do we undercut marimba bars into an arch shape?",
        "Padauk or rosewood for a student marimba — what would you recommend?",
        "Write a short blurb about our workshop for a percussion festival programme.",
        "How do I explain to a buyer why a marimba drifts out of tune in a very dry room?",
    ),
    RAIN: (
        "Is rainwater safe to use for flushing toilets, and what filtering should we fit?",
        "Write a short explainer for homeowners on how a rainwater harvesting system works.",
        "How should we advise a customer whose tank smells in summer?",
        "Above-ground or underground tank for a small terraced house — which would you suggest?",
    ),
    ROBOT: (
        "How do we train heifers to use the milking robot without stressing them?",
        "What could be causing a cow to keep refusing the robot in the evening?",
        "Write a short talk for a school visit explaining how robotic milking works.",
        "Is free cow traffic or guided traffic better for a herd of 180?",
    ),
    CHANDLER: (
        "What anchor would you recommend for a 9-metre yacht that mostly anchors in sand?",
        "How often should a customer replace running rigging on a small cruising boat?",
        "Write a window poster for our end-of-season sale on foul-weather gear.",
        "Explain the difference between galvanised and stainless shackles to a new boat owner.",
    ),
    SILVER: (
        "How do I stop firescale when annealing sterling silver?",
        "Write a product description for a hand-raised silver beaker.",
        "Should I register my own maker's mark before selling at craft fairs? Why?",
        "What's the best way to teach a beginner to solder a jump ring neatly?",
    ),
    SNOW: (
        "Why do snow guns work better on a cold, dry night than a damp one?",
        "Write a social post explaining why we're making snow when there's grass on the pistes.",
        "How should the crew handle a frozen hydrant at 3am?",
        "Fan guns or lances for a narrow tree-lined run — which would you use and why?",
    ),
    TANGO: (
        "How do I encourage more leaders and followers to switch roles at our milonga?",
        "Write a friendly reminder about floorcraft for our Facebook page.",
        "Should the DJ play alternative music in some tandas, or keep it traditional?",
        "How do I deal politely with a dancer who keeps cutting across the line of dance?",
    ),
    VINEGAR: (
        "Why has a thick film formed on top of my vinegar, and is it a problem?",
        "Write a label story for our raspberry cider vinegar.",
        "How do I stop vinegar eels getting into our fermenting vessels?",
        "Is it worth pasteurising our vinegar before bottling, or does it ruin the taste?",
    ),
    BURIAL: (
        "Write a gentle explanation for families of what a woodland burial involves.",
        "Which native trees would you suggest for memorial planting on wet clay?",
        "How should we respond to a family who wants to place a headstone, against our rules?",
        "What should our volunteer guides say when visitors ask where someone is buried?",
    ),
    ZORB: (
        "Is zorbing safe for someone with a bad back? What should we tell them?",
        "Write the waiver wording for our hydro-zorb rides in plain English.",
        "How do we keep the hill's grass from turning to mud by August?",
        "What should staff do if a zorb veers off the track and into the fence?",
    ),
}
assert list(ORDINARY) == list(REGISTERS)
assert all(len(qs) == 4 for qs in ORDINARY.values())
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)


# near-positive negatives: they look like a tool's job but need the language model
NEAR = (
    (
        "near-gaa-score-notation",
        "Final score in the hurling was 2-11 to 1-14. Who won, and by how much?",
        "GAA goals-points notation (a goal is three points), not subtraction: a level game",
    ),
    (
        "near-transposing-instrument",
        "On a B-flat trumpet the player reads a written D. What concert pitch actually sounds?",
        "transposition is music theory, not a unit conversion",
    ),
    (
        "near-vinegar-grain",
        "The supplier's spirit vinegar is 50 grain. What's that as a percentage of acetic acid?",
        "the trade's grain strength is a convention to know (grain = ten times the percent)",
    ),
    (
        "near-dough-hydration",
        "Our bagel dough runs at 57% hydration. How much water goes with 12 kg of flour?",
        "hydration as a baker's percentage of the flour or of the dough: a convention to settle",
    ),
    (
        "near-tanda-count",
        "How many tandas will our DJ get through in a four-hour milonga?",
        "tanda and cortina lengths are not given; an estimate",
    ),
    (
        "near-wet-bulb",
        "It's -1 °C on the top station with 55% humidity. What's the wet-bulb temperature?",
        "psychrometric estimate, not a unit conversion; pressure unstated",
    ),
    (
        "near-somatic-cell-count",
        "Cow 212's somatic cell count came back at 310,000 cells/ml. Should I be worried?",
        "a judgement about udder health",
    ),
    (
        "near-ring-count-shirt",
        "How many rings would I need for a knee-length shirt for a 42-inch chest?",
        "ring size, wire and weave unstated",
    ),
    (
        "near-wire-gauge-system",
        "My ring wire is 16 gauge. What is that in millimetres?",
        "SWG or AWG unstated; gauges are tables, not a unit",
    ),
    (
        "near-batted-ball-carry",
        "Exit velocity of 92 mph at a 28-degree launch angle — how far does that ball carry?",
        "drag and spin make it an estimate; no closed-form answer from the text",
    ),
    (
        "near-sterling-fineness",
        "How many grams of pure silver are in a 40 g sterling bangle?",
        "needs the fineness of sterling, a fact not given in the text",
    ),
    (
        "near-silver-price-now",
        "What would 250 g of sterling scrap fetch at the current silver price?",
        "depends on a current market price",
    ),
    (
        "near-chickpea-yield",
        "How many falafel will a kilo of dried chickpeas make?",
        "ball size and soaking gain unstated; an estimate",
    ),
    (
        "near-sublimation-time",
        "How long will 10 kg of dry ice last in a polystyrene box?",
        "sublimation rate depends on the box; an estimate",
    ),
    (
        "near-co2-gas-volume",
        "How many litres of gas does 1 kg of dry ice turn into?",
        "needs the molar mass and an unstated temperature and pressure",
    ),
    (
        "near-annual-rainfall",
        "How much water could I harvest in a year from a 60 square metre roof in Manchester?",
        "needs a looked-up rainfall figure and a runoff coefficient",
    ),
    (
        "near-tank-sizing-rule",
        "What size rainwater tank should a family of four with a 90 m² roof have?",
        "a sizing rule of thumb and judgement",
    ),
    (
        "near-frame-size",
        "I'm 178 cm tall with an 84 cm inseam. What frame size should my bamboo road bike be?",
        "frame sizing is a chart and a judgement, not a conversion",
    ),
    (
        "near-donkey-load",
        "What's the most weight one of our beach donkeys can safely carry?",
        "a welfare rule of thumb depending on the donkey",
    ),
    (
        "near-donkey-age-now",
        "Our oldest donkey, Pedro, was foaled in April 1999. How old is he now?",
        "needs the current date",
    ),
    (
        "near-bonfire-night-next",
        "What day of the week will Bonfire Night be next year?",
        "needs the current year",
    ),
    (
        "near-diwali-date",
        "Our Diwali fireworks go off on the evening of Diwali in 2029. What date is that?",
        "a lunisolar festival; the date must be known, not computed",
    ),
    (
        "near-f3-distance-rule",
        "What's the minimum spectator distance for F3 category fireworks?",
        "a safety rule to be looked up",
    ),
    (
        "near-carousel-rim-speed",
        "The carousel turns at 5 rpm. How fast are the outer horses going in mph?",
        "the diameter is not given",
    ),
    (
        "near-gold-leaf-coverage",
        "How many books of gold leaf will I need to gild one horse's mane and saddle?",
        "the area is not given; an estimate",
    ),
    (
        "near-euro-to-pound",
        "A British visitor wants to pay for €27 of mulled wine in pounds. What's that?",
        "needs a current exchange rate",
    ),
    (
        "near-mug-deposit",
        "What deposit do German Christmas markets usually charge on a mulled wine mug?",
        "a custom that varies by market",
    ),
    (
        "near-vase-life",
        "How many days will cut peonies last in a vase?",
        "an estimate depending on care and variety",
    ),
    (
        "near-bed-plant-count",
        "How many snapdragon plants can I fit in a 30 m bed?",
        "bed width and spacing unstated",
    ),
    (
        "near-carriage-day-range",
        "How far can a pair of horses pull a wedding landau in a day?",
        "an estimate and welfare judgement",
    ),
    (
        "near-hands-notation",
        "Our cob stands 15.2 hands. How tall is that in centimetres?",
        "15.2 hands means 15 hands 2 inches, not a decimal: a notation to know",
    ),
    (
        "near-final-date",
        "What date is the All-Ireland hurling final in 2031?",
        "a fixture set by the association, not computable",
    ),
    (
        "near-knitting-ease",
        "At 22 stitches to 10 cm, how many do I cast on for a jumper for a 96 cm chest?",
        "the ease is a design choice left unstated",
    ),
    (
        "near-yarn-substitution",
        "The pattern needs 9 balls of a discontinued DK. How many 50 g balls of my new DK?",
        "the yardage per ball of both yarns is missing",
    ),
    (
        "near-needle-size",
        "What's a US size 8 knitting needle in millimetres?",
        "needle sizes are a table, not a unit conversion",
    ),
    (
        "near-bar-length-pitch",
        "How long should a rosewood marimba bar be to sound A3?",
        "depends on density, stiffness and the undercut; not in the text",
    ),
    (
        "near-tuning-frequency",
        "If we tune to A = 442 Hz, what frequency should middle C be?",
        "needs the temperament and note numbering",
    ),
    (
        "near-milk-price-now",
        "What's the farmgate milk price at the moment?",
        "a current figure",
    ),
    (
        "near-robot-capacity",
        "How many cows can one milking robot cope with?",
        "a rule of thumb depending on yield and visits",
    ),
    (
        "near-anchor-scope",
        "How much chain should I let out when anchoring in 6 metres of water?",
        "a scope rule and judgement about conditions",
    ),
    (
        "near-rope-breaking-load",
        "What's the breaking load of 12 mm three-strand nylon?",
        "a manufacturer's figure to look up",
    ),
    (
        "near-tide-time",
        "What time is high water at Lymington on 14 August 2027?",
        "a tide table, not date arithmetic",
    ),
    (
        "near-snow-depth",
        "If we blow 10,000 cubic metres of water into snow, how deep will the run be?",
        "run area and snow density unstated",
    ),
    (
        "near-snow-water-ratio",
        "How much machine snow do we get from one cubic metre of water?",
        "depends on snow density; an estimate",
    ),
    (
        "near-livestream-time-zone",
        "The Buenos Aires livestream starts at 21:00 their time. What time is that in London?",
        "time zones and summer time",
    ),
    (
        "near-pickling-strength",
        "How much water do I add to 8% vinegar to bring it down to pickling strength?",
        "the target strength is a convention left unstated",
    ),
    (
        "near-mother-dose",
        "How much vinegar mother should I add to 20 litres of red wine?",
        "a judgement, not arithmetic",
    ),
    (
        "near-wicker-breakdown",
        "How long does a wicker coffin take to break down in heavy clay?",
        "an estimate",
    ),
    (
        "near-grave-depth-rule",
        "How deep does a natural burial grave have to be?",
        "a regulation to look up",
    ),
    (
        "near-zorb-speed",
        "How fast is a zorb going at the bottom of our 200 m run at 12 degrees?",
        "rolling resistance and drag unstated",
    ),
    (
        "near-zorb-air",
        "How much air is inside one of our 3 m zorbs?",
        "inner sphere size unstated for a double-walled ball",
    ),
    (
        "near-implied-multiplication",
        "12 ÷ 3(1+3) — is the answer 16 or 1?",
        "ambiguous implied multiplication",
    ),
    (
        "near-floating-point",
        "Why does Python say 0.1 + 0.7 is 0.7999999999999999?",
        "explanation of binary floating point",
    ),
    (
        "near-percentage-points",
        "Card fees rose from 1.4% to 1.75%. Is that a 0.35% rise or a 25% rise?",
        "percentage points against percent: an explanation",
    ),
    (
        "near-decimal-comma",
        "The Austrian invoice says 1.250,50 € for the chalet and 2.400 € for stock. Total?",
        "decimal comma and thousands dots to read as a convention",
    ),
    (
        "near-version-order",
        "Is robot firmware 4.10 newer than 4.9?",
        "version ordering, not decimals",
    ),
    (
        "near-half-rounding",
        "Why does round(2.675, 2) give 2.67 and not 2.68?",
        "floating point and rounding explanation",
    ),
    (
        "near-fence-posts",
        "We plant a memorial tree every 8 metres along a 200 m path. How many trees?",
        "whether both ends get a tree is unstated",
    ),
    (
        "near-month-after-31st",
        "A pattern subscription starts on 31 January 2029 and renews a month later. What date?",
        "a month after the 31st is a convention",
    ),
    (
        "near-numeric-date-order",
        "A carriage booking came in for 04/06/2028. What weekday is the wedding?",
        "day-first or month-first unstated",
    ),
    (
        "near-ring-size-letter",
        "A customer wants a silver ring in size N½. What's the inside circumference in mm?",
        "ring sizes are a table, not a unit",
    ),
    (
        "near-dj-tip",
        "How much should I tip the guest DJ at a milonga?",
        "a custom and a judgement",
    ),
    (
        "near-boil-batch",
        "If 3 bagels take 1 minute a side to boil, how long will 24 bagels take?",
        "depends on the pot size; a riddle-like judgement",
    ),
    (
        "near-loan-unstated-term",
        "I borrowed £8,000 at 6.9% for the rainwater tank. What will I pay back in total?",
        "term and compounding unstated",
    ),
    (
        "near-market-vat-abroad",
        "What VAT rate applies to hot food sold from a market chalet in Vienna?",
        "a foreign tax rule",
    ),
)
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _, _ in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _, _ in NEAR)
for _fam, _q, _note in NEAR:
    neg(_fam, _q, _note)


# conversations: an earlier turn sets a convention, notation or format the last turn depends on
CONVS = (
    (
        "conv-operator-defined",
        [
            (U, "For our cage stats, let a ◇ b mean (a times b) minus the larger of the two."),
            (A, "Got it: a ◇ b = a x b - max(a, b)."),
            (U, "So what's 9 ◇ 14?"),
        ],
        "an operator defined in an earlier turn",
    ),
    (
        "conv-invented-unit-run",
        [
            (U, "On the hill a 'run' means one descent plus the tractor ride up: 11 minutes."),
            (A, "Understood, one run is 11 minutes door to door."),
            (U, "How many runs fit between 10:00 and 13:40?"),
        ],
        "an invented unit set up earlier",
    ),
    (
        "conv-swapped-operators",
        [
            (U, "Puzzle for the bagel shop quiz: in this round + means times and x means plus."),
            (A, "OK, I'll read + as multiplication and x as addition."),
            (U, "Then what is 6 + 4 x 5?"),
        ],
        "operators swapped by an earlier turn",
    ),
    (
        "conv-clock-arithmetic",
        [
            (U, "The carousel's organ clock only has a 12-hour dial, no am or pm."),
            (A, "So times wrap round after 12."),
            (U, "It shows 9 now. What will it show 17 hours later?"),
        ],
        "clock arithmetic on a 12-hour dial",
    ),
    (
        "conv-scoring-rule",
        [
            (U, "Our under-14 blitz scores 4 for a goal and 1 for a point, to reward goals."),
            (A, "Noted: goal 4, point 1 for the blitz."),
            (U, "Ballyduff got 3 goals and 6 points. Their total?"),
        ],
        "a scoring rule from an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (U, "Knitting club cipher: A=2, B=4, C=6 and so on, each letter double its place."),
            (A, "So Z would be 52."),
            (U, "What's the value of the word PURL?"),
        ],
        "letter values defined earlier",
    ),
    (
        "conv-relative-day-notation",
        [
            (
                U,
                (
                    "We count build days backwards from the night itself: B0 is 5 November "
                    "2028, B-1 the day before, and so on."
                ),
            ),
            (A, "Understood: B-n is n days before 5 November 2028."),
            (U, "What date is B-23?"),
        ],
        "a relative day notation set up earlier",
    ),
    (
        "conv-season-week",
        [
            (
                U,
                (
                    "The donkey season's week 1 starts on Saturday 22 May 2027 and weeks run "
                    "Saturday to Friday."
                ),
            ),
            (A, "OK, week 1 is 22 to 28 May 2027."),
            (U, "Which week number is 19 August 2027 in?"),
        ],
        "a season's own week numbering",
    ),
    (
        "conv-decimal-comma",
        [
            (U, "Our Austrian ledger writes decimals with a comma, so 3,5 is three and a half."),
            (A, "Noted, commas are decimal points here."),
            (U, "Add 12,75 and 8,6 and 4,05 for me."),
        ],
        "a decimal comma convention",
    ),
    (
        "conv-vat-inclusive",
        [
            (U, "All the chandlery prices I give you include 20% VAT."),
            (A, "Right, the prices are VAT-inclusive."),
            (U, "A life jacket is £96. How much of that is VAT?"),
        ],
        "a VAT-inclusive convention set earlier",
    ),
    (
        "conv-redefined-discount",
        [
            (U, "By 'band rate' I mean 15% off the first £200 and 5% off anything above."),
            (A, "Band rate: 15% on the first £200, 5% beyond it."),
            (U, "Band rate on a £340 repair?"),
        ],
        "a trade discount defined in an earlier turn",
    ),
    (
        "conv-financial-year",
        [
            (U, "The flower farm's financial year runs from 1 October to 30 September."),
            (A, "So FY2028 would run October 2027 to September 2028?"),
            (U, "Yes. Which financial year is a sale on 14 November 2027 in?"),
        ],
        "a financial year convention",
    ),
    (
        "conv-overtime-rule",
        [
            (U, "Crew pay: £16 an hour, and anything after midnight is time and a half."),
            (A, "Noted: £16, and £24 an hour after midnight."),
            (U, "Shift from 20:00 to 04:00 — what does it pay?"),
        ],
        "an overtime rule from an earlier turn",
    ),
    (
        "conv-shift-day",
        [
            (U, "In the blasting crew a 'day' means a 10-hour shift, not 24 hours."),
            (A, "Understood: one day is a 10-hour shift."),
            (U, "A job is quoted at 3.5 days. How many hours is that?"),
        ],
        "a 'day' redefined as a shift",
    ),
    (
        "conv-json-output",
        [
            (S, 'Reply only with JSON of the form {"answer": <number>}.'),
            (U, "Falafel wraps at £6.50: how much for 14?"),
        ],
        "an output format set by the system turn",
    ),
    (
        "conv-persona",
        [
            (S, "You are Nonna Rosa, a grumpy vinegar maker who answers in character."),
            (U, "How many 250 ml bottles can I fill from 60 litres?"),
        ],
        "a persona set by the system turn",
    ),
    (
        "conv-roman-numerals",
        [
            (U, "For the carousel's painted plaque, give me every number in Roman numerals."),
            (A, "Certainly, I'll use Roman numerals."),
            (U, "What's 1921 plus 104?"),
        ],
        "Roman numeral output requested earlier",
    ),
    (
        "conv-reply-language",
        [
            (U, "Please answer me in Irish from now on, it's for the club's Gaeilge week."),
            (A, "Cinnte, freagróidh mé as Gaeilge."),
            (U, "Two teams of 15 plus 5 subs each: how many players in the squads?"),
        ],
        "a reply language set earlier",
    ),
    (
        "conv-words-only",
        [
            (U, "I'm writing the burial ground's guide: write every number out in words."),
            (A, "Understood, numbers in words only."),
            (U, "How many plots are 14 rows of 23?"),
        ],
        "numbers in words requested earlier",
    ),
    (
        "conv-significant-figures",
        [
            (U, "Give all answers to two significant figures, please — it's for a poster."),
            (A, "Will do: two significant figures."),
            (U, "What's 4,738 divided by 6?"),
        ],
        "significant figures set earlier",
    ),
    (
        "conv-target-unit-furlongs",
        [
            (U, "Our driving club measures everything in furlongs, so answer in furlongs."),
            (A, "Understood, furlongs it is."),
            (U, "The park loop is 3.2 km. How long is that?"),
        ],
        "a target unit set in an earlier turn",
    ),
    (
        "conv-fixed-rate",
        [
            (U, "For the market accounts use €1 = £0.85 fixed, whatever the news says."),
            (A, "Fixed rate noted: €1 = £0.85."),
            (U, "The pitch fee was €1,950. In pounds?"),
        ],
        "a fixed currency rate set earlier",
    ),
    (
        "conv-month-first",
        [
            (U, "Our orders come from a US shop, so every date I type is month first."),
            (A, "Understood: month/day/year."),
            (U, "Order placed 03/11/2028, shipping 21 days later. What date does it ship?"),
        ],
        "month-first dates set earlier",
    ),
    (
        "conv-fraction-form",
        [
            (U, "Give answers as simplified fractions, not decimals: it's for a worksheet."),
            (A, "Fractions only, simplified."),
            (U, "What is 0.375 of 14?"),
        ],
        "fraction output requested earlier",
    ),
    (
        "conv-two-turn-figures",
        [
            (U, "Tango workshop: 28 couples booked at £45 per couple."),
            (A, "Noted."),
            (U, "Teachers cost £600 and the hall £180."),
            (A, "Noted as well."),
            (U, "So what's left?"),
        ],
        "figures spread over earlier user turns",
    ),
    (
        "conv-tally-marks",
        [
            (U, "For the kids' scoreboard at the cages, answer with tally marks only."),
            (A, "OK, tallies it is."),
            (U, "Sam hit 7 and Priya 9. How many together?"),
        ],
        "tally-mark output requested earlier",
    ),
    (
        "conv-scientific-notation",
        [
            (U, "Lab style please: every answer in scientific notation."),
            (A, "Understood."),
            (U, "How many rings in 350 shirts of 24,000 rings each?"),
        ],
        "scientific notation requested earlier",
    ),
    (
        "conv-spreadsheet-formula",
        [
            (U, "Don't give me numbers, give me the spreadsheet formula to put in the cell."),
            (A, "Sure, I'll answer with formulas."),
            (U, "Price in B2 is £18.40, we add 20% VAT. What's the gross?"),
        ],
        "a formula instead of a number",
    ),
    (
        "conv-decimal-hours",
        [
            (U, "Timesheets use decimal hours, so 1h30 is 1.5."),
            (A, "Decimal hours noted."),
            (U, "I worked 08:10 to 15:55 on the bars today. Hours?"),
        ],
        "decimal hours convention set earlier",
    ),
    (
        "conv-there-and-back",
        [
            (U, "At the carriage yard a 'trip' means out to the church and back again."),
            (A, "So a trip is twice the one-way distance."),
            (U, "The church is 2.4 miles away. How many miles do 5 trips make?"),
        ],
        "a 'trip' meaning there and back",
    ),
    (
        "conv-hex-output",
        [
            (U, "The robot's config panel only takes hexadecimal, so answer in hex."),
            (A, "OK, hexadecimal answers."),
            (U, "Set the stall count to 62 plus 118."),
        ],
        "hexadecimal output requested earlier",
    ),
    (
        "conv-cash-rounding",
        [
            (U, "At the donkey stand we round prices to the nearest 20p, we don't do coppers."),
            (A, "Nearest 20p, noted."),
            (U, "Three rides at £3.85 each, what do I charge?"),
        ],
        "a cash-rounding rule set earlier",
    ),
    (
        "conv-pre-decimal-money",
        [
            (U, "For our Victorian fair day, give prices in pounds, shillings and pence."),
            (A, "Very good, £sd it is."),
            (U, "Two rides at £1.35 each — what's the total?"),
        ],
        "pre-decimal money output requested earlier",
    ),
    (
        "conv-inclusive-days",
        [
            (U, "In our hire contracts every count of days includes both the first and last day."),
            (A, "Understood: inclusive counting."),
            (U, "Hire from 3 July 2028 to 17 July 2028. How many days do we bill?"),
        ],
        "inclusive day counting set by an earlier turn",
    ),
    (
        "conv-bakers-percent-output",
        [
            (U, "Express every ingredient as a baker's percentage of the flour weight, please."),
            (A, "Of course: flour is 100%."),
            (U, "The batch is 10 kg flour, 5.8 kg water and 200 g salt. What's the salt?"),
        ],
        "output as a baker's percentage requested earlier",
    ),
)
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES and len({f for f, _, _ in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _, _ in CONVS)
for _fam, _turns, _note in CONVS:
    conv(_fam, _turns, _note)

# this set's own structural asserts
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS) and len(_regs) == 31, (_label, len(_regs))
_npos: dict[str, int] = {}
for _i in items:
    if _i["label"] != "negative" and _i["family"] != P:
        _npos[_i["family"]] = _npos.get(_i["family"], 0) + 1
assert sorted(_npos.values()) == [3] * 7 + [4] * 18, _npos
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == WANT_ORDINARY_NEGATIVES
assert all(sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS)
assert all(
    i["family"].startswith(("near-", "conv-"))
    for i in items
    if i["label"] == "negative" and i["family"] not in REGISTERS
)
NUMERIC_DATE_POS = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
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
    # no register (family name) of this set is a family name of sets 19 to 82
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 82: {reused}"
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
