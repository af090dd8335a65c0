r"""Generate heldout-2027-02-23.jsonl: an eighty-second held-out router evaluation set (SEALED).

Provenance: written blind, WITHOUT any knowledge of how the router works or what it was tuned on.
What was read: /work/main/bench/grading.py (in full, by `cat`: how answers are graded);
/work/sealed82/earlier_registers.txt (in full: a `wc -l` gave 1325 lines and a `wc -c` 31212
characters, a `head -3` showed its first names, then a `tr` turning its newlines into spaces was
printed in two pieces, `head -c 20000` and `tail -c +19900`, which overlap by 101 characters, so
nothing was left out): the register names of earlier sets, used only to choose this set's 25
registers so that their trades and situations differ from all of those; and these line ranges of
/work/sealed82/make_heldout_81.py (a `wc -l` gave 2470 lines, as the brief said): lines 1-534 (its
docstring, imports, configuration, helpers, calc() and the line P = "plain"), 809-869 (its units
section header, unit factors and asserts, f_to_c/c_to_f, EXACT/ROUNDED, unit(), SQFT/SQYD/CUFT,
close_enough_at_2dp() and unit_r()), 1072-1156 (its datetime section header, date helpers,
date_item(), weeks(), say(), sayw(), sayus() and their asserts), 1376-1383 (its negatives section
header, neg() and conv()) and 2247-2470 (its stated-weekday check, its checks and main()). None of
set 81's query blocks (535-808, 870-1071, 1157-1375, 1384-2246) was opened or printed.

The first command ran `mkdir -p /tmp/h82`, the `wc -l` of make_heldout_81.py, copied the five
ranges by `sed -n A,Bp` into /tmp/h82/a_1_534.py, b_809_869.py, c_1072_1156.py, d_1376_1383.py and
e_2247_2470.py without printing them, ran a `wc -l` of the copies (534, 61, 85, 8 and 224) and an
`ls` of /work/sealed82 (earlier_registers.txt and make_heldout_81.py); the same batch ran the `cat`
of grading.py. The next batch printed the copy a_1_534.py in two overlapping pieces, `cat -n` piped
to `sed -n 1,300p` and to `sed -n 300,534p`; then one command ran a `cat -n` of the second to
fourth copies and another a `cat -n` of e_2247_2470.py. The display cut nothing, so all of the
allowed ranges were seen and nothing outside them. The next command ran the `wc -l`, `wc -c`, `head
-3` and first `tr` piece of earlier_registers.txt and the one after it the second piece. Nothing
under /work/main was opened or listed apart from grading.py: nothing under router/, tools/, docs/,
server/ or tests/, not README.md and not pyproject.toml. The only other use of /work/main was
running /work/main/.venv/bin/python and /work/main/.venv/bin/ruff (ruff with /work/main as the
working directory, on this file only, always with --no-cache). No other /work/sealed* directory was
listed. The earlier generators (sets 1-81) are only imported, in memory, by this file's main() for
the duplicate and register checks (sys.dont_write_bytecode = True; the --digest subprocess sets
PYTHONDONTWRITEBYTECODE); their queries were never printed. No JSONL file was opened (not even this
set's own output: only this generator's summary, its failure messages, the `tail -6` and `sed -n
1,3p` of its printed output and its --show listing of ids, expected values and tolerances, picked
out by a `grep` and laid out by `column -t`, were read), no git command was run, no network and no
search or fetch tool was used, and neither the router nor the bench nor the tests were run.

What was run, after the reads above: one command wrote the 25 chosen register names to
/tmp/h82/regs.txt (a `cat` heredoc) and checked them against earlier_registers.txt: `sort -u | wc
-l` (25), a `grep -xFf` (none printed) and a `grep -iE` of keywords of them (it printed names
sharing a word or fragment, among them the photo, film, radio, globe, cleaning, observatory,
telescope, swimming and coin names, puppet_theatre_touring_company, drill_core_repository,
paddleboard_hire_hut and wakeboard_cable_park). The next command ran 24 further `grep -iE` searches
of earlier_registers.txt for the trades next to each chosen register (ski lifts, hot sauce, circuit
boards, banknotes, clocks, races, cameras, heavy sports, ice and cores, fermenting, pasta and tofu,
ships and steam, tattoo, eggs, satellites, distilling and brewing, locksmiths, flying, seaside,
glass, swimming and diving, gardeners, baths and saunas, farm animals); those judged neighbouring
trades are listed below. The next command wrote and ran /tmp/h82/subst.py (a `cat` heredoc, run by
the system `python3`): it cut the first copy at the line that is exactly `from __future__ import
annotations` (asserted to be the only such whole line) and substituted this set's OUT and PREFIX,
"sets 1-80" -> "sets 1-81" in the comment on EARLIER_DIRS (the tuple itself and earlier_path() are
kept as they were), EARLIER (sets 1-81, `range(2, 81)` -> `range(2, 82)`) and REGISTER_CHECK (sets
19-81, adding make_heldout_81.py), all in the first block, and "sets 19 to 80" -> "sets 19 to 81"
in one comment and one message string of main() in the last block (each substitution asserted to
apply once, the last twice; it printed "ok" for each). It wrote the cut first block and the
substituted last block as c1.py and c5.py (the second to fourth ranges are used as copied); the
same command ran a `head -3` of c1.py, a `grep -nE` of c1.py and c5.py for "80", "81", "82" and "19
to" (with the REGISTER_CHECK lines of sets 19-79 filtered out) and a `tail -2` of c1.py. Then `cat`
heredocs wrote this set's own blocks under /tmp/h82/own/: a_calc.py (money(), the registers and
calculator items, with a `grep -c` of its calc calls, 45, and of money(, 25) and b_units.py (unit
constants and unit items, with a `grep -c` of its unit calls, 45); an inline system `python3`
script then simplified two of b_units.py's own asserts (a fraction written unreduced and an
equality written as a difference), and the same command ran a system `python3` one-liner printing
seventeen dates and day counts planned for the date problems, with weekdays (to see that none is 29
February and to check the whole weeks, 70 days); then c_dates.py (date items, with a `grep -c` of
its date_item calls, 45), d_negs.py (the ORDINARY table, followed by a system `python3` one-liner
listing its lines over 99 characters: one, shortened by an inline script from "How should I" to
"How do I"), e_near.py (near-positive negatives, with a `grep -c` counting 65 entries plus one
assert line) and f_convs.py (conversations and this set's own structural asserts). The same command
wrote an assembly script /tmp/h82/assemble.py (it builds this file from /tmp/h82/doc.txt, or a
one-line placeholder, and the blocks in order: c1.py, own/a_calc.py, b_809_869.py, own/b_units.py,
c_1072_1156.py, own/c_dates.py, d_1376_1383.py, own/d_negs.py, own/e_near.py, own/f_convs.py and
c5.py, and prints its line count) and a helper /tmp/h82/run.sh (it runs assemble.py, then from
/work/main as the working directory `.venv/bin/ruff format --no-cache -q` and `.venv/bin/ruff check
--no-cache` on this file, writing the latter's output to /tmp/h82/ruff.txt and printing its `tail
-3`, then this generator from /tmp, passing on any arguments, writing its output to
/tmp/h82/out.txt, and prints the exit codes and the `tail -6` of it), with a first run of run.sh,
after which a `grep` of ruff.txt printed its error codes and their locations. Edits after each
failed check (listed below) were made by inline system `python3` scripts applying exact
replacements, each asserted to apply once. After the first run that passed every check, run.sh ran
with --show (its own printing sent to /dev/null), followed by a `sed -n 1,3p` of out.txt, the
listing of ids, expected values and tolerances (a `grep` of out.txt laid out by `column -t`), a
count of lines over 99 characters by a system `python3` one-liner (none) and a `cat` of ruff.txt.
This docstring was written last over the placeholder: its source text, /tmp/h82/doc/doc_src.txt,
was written by a `cat` heredoc (with a `wc -c` of it), an inline script made one correction to it
(naming a plain figure instead of "a floor"), and /tmp/h82/doc/make_doc.py (a `cat` heredoc; it
uses textwrap, keeps the indented lines as they are and asserts that the words are unchanged, that
no line exceeds 99 characters, that every register value is named and that the text opens with r
and three quotes and holds only two sets of three quotes) filled it to 99 columns into
/tmp/h82/doc.txt; then run.sh and a `head -3` of this file were run; after one more addition to
this account (this sentence and the one correction), make_doc.py, run.sh and the `head -3` were
repeated, with a count of lines over 99 characters (none). Then, in one command, `ruff format
--no-cache --check` and `ruff check --no-cache` of this file (from /work/main), two runs of this
file with --digest (one with PYTHONHASHSEED=7), `sha256sum` and `wc -l` of the JSONL, `rm -rf
/tmp/h82`, an `ls` of /tmp/h82 (gone) and an `ls` of /work/sealed82. Writes: only this file and its
JSONL in /work/sealed82/ (earlier_registers.txt and make_heldout_81.py left as they were);
temporary blocks, scripts and output under /tmp/h82/ were deleted afterwards. Nothing was written
into /work/main. Every run of this generator used /work/main/.venv/bin/python.

Changes to set 81's main() and checks: only the substitutions listed above (file names, sets 1-81
for the duplicate check, sets 19-81 for the register check). Set 81 lies next to this file in
/work/sealed82, and EARLIER_DIRS and earlier_path() are kept as set 81 has them: each earlier
generator is looked up first next to this file (HERE), then in /work/main/tests/data/router_heldout
(not listed here); this works now (make_heldout_81.py is found next to this file and, as no other
generator lies here, sets 1-80 in router_heldout) and after this file is copied there. The copied
helpers, unit factors, checks and main() are otherwise set 81's as copied; ruff format may have
changed layout only. All of set 81's checks are kept: counts per kind, ids and prefixes, no
duplicate queries, the wording rules for positives, the answers' consistency (calculator and exact
unit answers are numbers with at most three decimals, every expected value is graded correct under
grading.py's rules as restated in _GRADE_NUM/_gradable), register use by all three tools, no repeat
of an earlier query or user turn, the register check, the stated-weekday pattern check, and a
byte-for-byte regeneration check (the file on disk, and a fresh run of this script with another
PYTHONHASHSEED via --digest, give the same sha256). Kept outside main(), as copied: whole_up() (not
used here), weeks() (used by a plain date one-liner and the kimchi fermenting span), unit_r() with
close_enough_at_2dp() (used by every rounded unit answer), say() (used by sayw()), sayw() (used
four times, in four date word problems, for stated weekdays), sayus() (not used here), OZ and SQYD
(not used here) and SQFT/CUFT. Added, newly written: money() (asserts whole pence or cents, with an
assert of its own; every calculator money answer passes through it, 23 of them), MM, CM, KM, GRAM,
HA, LITRE and SQM, with asserts on MM, CM, feet, ACRE/HA, CUFT/LITRE, MPH/KMH, KM/MI, f_to_c(-31),
c_to_f(27) and SQFT; the register constants and the REGISTERS tuple (sorted, asserted 25 and
distinct); an assert that the square-root one-liner's radicand is a perfect square; the ORDINARY,
NEAR and CONVS tables; and this set's own asserts: the ORDINARY table is keyed by exactly the
REGISTERS, in REGISTERS order, four each; NEAR has 65 entries and CONVS 35, each with distinct
families, all "near-..." and "conv-..." respectively; the positive registers of each tool are
exactly the REGISTERS, with 31 register word problems per tool; exactly 18 registers have four
positives and 7 have three; the ordinary negatives are 100, four per register; every negative
outside the registers is a near-... or conv-... family; no positive contains an all-numeric date
(NUMERIC_DATE_POS; no positive uses one at all).

Disclosures: the kinds of item and the counts follow set 81's docstring and the brief on purpose,
and the helpers, unit factors and checks are set 81's, copied (P = "plain" is copied too, as the
last line of the first block). Set 81's docstring (within lines 1-534) names its 25 registers, its
provenance, the generic kinds of its items (including the kinds of its near-positives and
conversations, set 80's and its own new ones) and the generic subjects of the items its duplicate
check once reported, which were therefore seen; many of this set's near-positive and conversation
kinds were taken from those lists of generic kinds, newly worded with new figures and subjects, and
some family names echo those kinds (an age needing the current date, an exchange rate, a market
price, a world record, a time zone, a bank holiday, a lunar calendar date, a tip, tax abroad, a
part number, implied multiplication, floating point, percentage points, a decimal comma, version
ordering, half rounding, a spreadsheet formula, a month added to the 31st, a month-first date,
fence posts, a riddle, beats without a tempo, estimates, missing figures, judgements, interest of
unstated kind; and for conversations an operator, invented units, swapped operators, clock
arithmetic, a scoring rule, letter values, a relative day notation, a season's week numbering, a
decimal comma, a VAT-inclusive convention, a redefined discount, a financial year, an overtime
rule, a shift-length "day", JSON output, a persona, Roman numerals, a reply language, words only,
significant figures, a target unit, a fixed currency rate, month-first dates, fraction form and
figures spread over two user turns). Variants of set 81's own new kinds: the scan-card question
(near-film-scan-size) is of its drive-capacity kind with a new subject and a decimal-or-binary GB
ambiguity, Chuseok is a new festival of the lunar-calendar kind, the Zermatt question is of the
time-zone kind, the rum proof question (near-proof-ambiguity) is of its ambiguous-dollar kind, the
base-twelve conversation is of set 80's binary-output kind, the Korean reply of the reply-language
kind and the tray "dozen" of the baker's-dozen kind. New kinds here (not in set 81's lists): a
dressing percentage, a temperature lapse rate, a Scoville ratio, a last frost date, dies per wafer,
cleanroom class equivalents, a coin count from a bag's weight, Naismith's rule, a shoe size, age
grading, OS grid references (near-grid-reference), film push processing, expired film, the caber's
clock-face scoring (near-caber-clock-face), the age of ice at a depth, CO2 then and now, brine
strength, steam tables, body jewellery gauge, a minimum age for piercing, egg substitution,
incubator humidity, a redshift distance, a radio flux density, a full moon date, local sidereal
time, a safe's cash rating, a dial's tolerance, a seaplane's payload, a landing swell, a pier's
crowd limit, thermal expansion headroom, glitter settling time, a synchro difficulty table, topiary
growth, an IP address (near-ip-address), a clock that gains (a riddle-like judgement) and
compounding left unstated; and for conversations tally marks, scientific notation, a spreadsheet
formula instead of a number, decimal hours, gauge against absolute pressure and a "length" meaning
there and back. All of set 81's register names are also in earlier_registers.txt, and none of their
trades is used here. earlier_registers.txt was read in full and this set's registers were chosen to
be of trades and situations different from every name in it; some are of neighbouring fields judged
to be different trades: the bison ranch next to the deer farm venison sales, the outdoor pig unit,
the reindeer herder and the buffalo mozzarella dairy; the cable car gondola operator next to the
ski lift and ski resort lift crews and the funicular railway ticket office; the chilli farm
polytunnel next to the hot sauce bottler and the greenhouse tomato grower; the cleanroom wafer fab
next to the circuit board assembly line; the coin minting press room next to the banknote printing
works and the coin dealer numismatist; the cuckoo clock workshop next to the clock repairers, the
longcase clock restorer and the tower clock restorer; the fell running race organiser next to the
city marathon race director, the marathon pacer groups and the orienteering clubs; the film photo
developing lab next to the film restoration lab, the secondhand camera dealer, the portrait
photography studio and the microfilm scanning bureau; the highland games committee next to the tug
of war club, the lumberjack sports show and the athletics field events officials; the ice core
laboratory next to the drill core repository, the glacier research field camp and its cook, the
dendrochronology lab and the radiocarbon dating lab; the kimchi fermentation kitchen next to the
miso fermentery, the kombucha brewers and the tofu workshop; the marionette workshop next to the
puppet theatre touring company, manager and van and the automaton maker workshop; the noodle
factory drying room next to the fresh pasta workshop and the tortilla factory line; the paddle
steamer crew next to the tall ship sail training bosun, the harbour ferry office, the chain ferry,
the steam railway and the cruise ship shore excursions; the piercing studio next to the tattoo
parlours and studios, the henna artist and the lash extension studio; the quail egg farm next to
the egg farm, the ostrich farm hatchery and the hen rehoming charity; the radio telescope
observatory next to the satellite ground station, the observatory tours, the amateur observatory
society, the telescope mirror grinding workshop and the planetariums; the rum distillery next to
the gin distillery, the whisky cask cooper and the lavender distillery; the safe and vault engineer
next to the locksmith callout vans, the burglar alarm installer and the armoured cash transit crew;
the seaplane charter operator next to the helicopter pleasure flights, the flying school flight
instructor and the airfield fuel bowser operator; the seaside pier master next to the seaside
amusement arcade, the marina berth office and the harbour ferry office; the snow globe maker next
to the kaleidoscope maker, the globe makers (of another kind of globe) and the glassblowers; the
synchronised swimming team next to the swimming club treasurer, the springboard diving club, the
water polo club and the cold water swimming club; the topiary gardener next to the jobbing gardener
rounds, the golf club greenkeeper, the bonsai nursery, the hedge layers and the maze attraction;
the Turkish hammam next to the sauna house, the seaweed bath house, the hot spring bathhouse front
desk and the bath spa; the judgement of "different topic" is this writer's. At the edges of the
allowed ranges: line 534 is P = "plain", 809, 1072 and 1376 are section headers, 2247 opens the
stated-weekday check and 2470 is the call of main(). No query text of any earlier set was seen:
main()'s duplicate check names only this set's ids. Every query here was newly written from
imagination of each trade or situation; eight items that the duplicate check reported as exact
repeats of earlier queries or user turns (their earlier counterparts unseen) were reworded, see
below. Registers of sets 1 to 18 that are not in earlier_registers.txt are not known here, so an
overlap in TOPIC with those cannot be ruled out. An exact repeat of any earlier query or user turn
is ruled out by main(), and main() asserts that no register is a family name of sets 19 to 81 (the
near-.../conv-... families are not registers and may coincide with earlier family names). This set
has no algebra or calculus question. Conversations that define an operator, invented units (a round
bale, a gondola turn, a press run, a "length" of two widths), a redefined dozen, swapped operators,
clock arithmetic on a cuckoo's 12-hour dial, a scoring rule, letter values, a relative night
notation (N1), a season's week numbering, a decimal comma, a VAT-inclusive convention, a redefined
trade discount, a financial year, an overtime rule, a 16-hour "day" or gauge pressures are
negatives because the notation or convention is set up in an earlier turn (base-twelve output, a
persona and JSON output by a system turn); one conversation spreads its figures over two user turns
before asking. Some conversations (Roman numeral, tally mark and scientific notation output, a
Korean reply, words only, a formula instead of a number, decimal hours, JSON output, a persona,
base twelve, significant figures, a target unit of chains, a fixed currency rate, month-first date
order, fraction form) end in a user turn that could be computed alone, or nearly; they are
negatives, as in set 81, because the earlier turn changes what a right answer looks like. Some
near-positives depend on the current date or current figures (a bull's age now, a silver price, a
world record, today's CO2, an exchange rate), one asks for a calendar month after the 31st, one
each for Chuseok, a bank holiday, a full moon and a month-or-day-first delivery date; they are
negatives, with no "now" field. Near-positives also ask for conversions that are not conversions (a
shoe size, a body jewellery gauge, cleanroom classes, rum proof, age grading, a grid reference,
steam tables), facts (a dressing percentage, Scoville heat, the age of deep ice, a flux density, a
redshift distance, sidereal time, a coin's mass, egg weights), estimates (a race time, evaporation
in the tropics, glitter settling, topiary growth, a lapse rate), judgements (a tip, brine strength,
incubator humidity, a landing swell, a piercing age, expired film, a safe's cash rating, a caber
score), rules (excise abroad), missing figures (a development chart, a coal burn, a cast's size,
servings, a payload, a crowd limit, an expansion coefficient, a tempo, a scan size, a sheet's
data), identifiers that look like arithmetic (a bearing number, an IP address), notation (implied
multiplication, floating point, version order, percentage points, a decimal comma, half rounding),
dies on a wafer, a dial's tolerance, fence posts with unstated ends, a riddle-like clock, unstated
compounding and a time zone. No positive depends on a looked-up figure: every rate, price, fee and
discount is given in the text, so the answer follows from the text alone.

Checks that failed along the way: the register check, the stated-weekday check, the counts, the
gradability checks, this set's own structural asserts, money()'s asserts and unit_r()'s asserts
passed on every run that reached them (ruff format ran without error every time). Before the first
run, the line-length count of d_negs.py found one ORDINARY question over 99 characters, shortened
as said above. The first run of run.sh failed ruff check with two ISC004 errors (implicit string
concatenation inside a collection: two two-line near-positive queries), and the generator failed
the wording check for positives (CONTESTED) on one unit word problem, the ice core diameter, whose
wording named the drill's core barrel (a barrel being a contested unit word); an inline script
reworded it to the core coming out of the drill, and another wrapped the two concatenations in
parentheses. The next run passed ruff and failed the duplicate check, which reported eight items by
id as repeats of earlier queries or user turns: a date one-liner (the weekday of a July 2031 date),
a unit one-liner (a negative Celsius temperature to Fahrenheit), one near-positive (implied
multiplication) and five conversations (a decimal comma, letter values, month-first dates, numbers
in words, VAT-inclusive prices). An inline script reworded all eight with new figures or wording
(for the conversations, both user turns), without the earlier queries being looked at, after which
every check passed, and run.sh with --show found no line over 99 characters. Every later run passed
every check.

Registers (families), 25, new: bison_ranch, cable_car_gondola_operator, chilli_farm_polytunnel,
cleanroom_wafer_fab, coin_minting_press_room, cuckoo_clock_workshop, fell_running_race_organiser,
film_photo_developing_lab, highland_games_committee, ice_core_laboratory,
kimchi_fermentation_kitchen, marionette_workshop, noodle_factory_drying_room, paddle_steamer_crew,
piercing_studio, quail_egg_farm, radio_telescope_observatory, rum_distillery,
safe_and_vault_engineer, seaplane_charter_operator, seaside_pier_master, snow_globe_maker,
synchronised_swimming_team, topiary_gardener, turkish_hammam. Every register is used by all three
tools (asserted); eighteen distinct registers have one further positive (a second calculator word
problem: bison_ranch, coin_minting_press_room, highland_games_committee, quail_egg_farm,
rum_distillery, turkish_hammam; a second unit word problem: cable_car_gondola_operator,
cleanroom_wafer_fab, ice_core_laboratory, paddle_steamer_crew, seaplane_charter_operator,
synchronised_swimming_team; a second date word problem: chilli_farm_polytunnel,
fell_running_race_organiser, kimchi_fermentation_kitchen, radio_telescope_observatory,
seaside_pier_master, topiary_gardener). The seven registers with three positives are
cuckoo_clock_workshop, film_photo_developing_lab, marionette_workshop, noodle_factory_drying_room,
piercing_studio, safe_and_vault_engineer and snow_globe_maker. Positives are one-liners (family
"plain") or word problems of one to three sentences, mostly UK usage with £ and pence, with dollars
for the wafer's dies, stone and pounds, feet, inches, yards and miles (on land), and other touches
(a polytunnel heater, a developer bath, a core freezer, an incubator and pool water between Celsius
and Fahrenheit, speeds between mph and km/h, psi to bar and bar to psi, GiB to MiB, a cleanroom
bay, a plain figure and a marble slab between square metres and square feet, a garden and a plain
figure between hectares and acres, a tank in litres and a room in feet to cubic measure, coin
blanks in grams to pounds), some chatty, terse or lower-case, with questions at the start or the
end and statements to complete. No positive conversations. No dosing in positives.

Counts: positive:calculator 45, positive:units 45, positive:datetime 45 (each 14 plain and 31 word
problems), negative 200 (100 ordinary in the registers, four each, 65 hard single-turn "near-..."
with a "note", 35 conversations "conv-..." with "messages", "query" repeating the last user turn,
and a "note"). Every negative needs the language model. The ordinary negatives ask for advice,
explanations, judgements, rules, opinions or writing in each register's setting.

Left out of positives entirely (their grading is contested), as in set 81: US vs imperial pints /
cups / gallons / quarts / fluid ounces / tablespoons, tons and tonnes as a unit to convert (no
positive mentions tonnes), hundredweights, barrels, mpg, calories, horsepower, kB vs KiB (only
binary MiB/GiB are used), "a month" or "a year" as a length, light-years and parsecs, nautical
miles and knots, ounces of any kind, carats, nominal sizes, leap-day results, all-numeric dates
(asserted), time zones and summer time, Easter, working days, "within N days", and anything
depending on the current date (no "now" or "timezone" field; asserted). No calculator, date or
exact unit result is a repeating decimal (asserted); money answers are whole pence or cents
(asserted by money()). Week counts are asserted to be whole weeks; day counts are the difference of
the two dates (queries are worded as N days or weeks after or before a stated date, how many days
between two dates, how many days from one date to another, how many days apart a closing and a
reopening are, a campaign counting both its first and last night, 400 days after drilling, 540 days
after packing, 365 days after purchase, 500 and 1,500 days after a date, the third Saturday, second
Thursday, fourth Tuesday and last Friday of a stated month and year); ages are in whole years from
a stated birth or filling date to a stated date, and the five clock spans run from one stated time
to the next occurrence of the other (three cross midnight, two of them saying "the following
morning" and one "the next morning"). Every rounded unit result stays within its 1e-3 tolerance
when given to two decimals (asserted).

Record: {"id", "query", "label", "expected", "tolerance", "family"} plus "messages" and "note" as
above. Tolerances: 1e-6 relative for calculator and date numbers and exact unit results (at most
three decimals; asserted), 1e-3 for unit results a tool may round. Dates are ISO "YYYY-MM-DD",
weekdays the English name, else a number (the grader reads the LAST number).

Every expected value is computed below with fractions.Fraction / decimal.Decimal / datetime. Exact
conversion factors (sources as in set 81):
  NIST SP 811 (2008), Appendix B, and NIST Handbook 44 (2024), Appendix C:
    1 in = 2.54 cm exactly; 1 ft = 12 in; 1 yd = 3 ft; 1 mi = 5280 ft
    1 lb (avoirdupois) = 0.453 592 37 kg exactly
    1 acre = 4840 yd^2 (international yard); square inches, square feet, square yards and
    cubic feet from these; 1 mph = 1 mi / 3600 s
    1 pound-force = 1 lb x standard gravity 9.806 65 m/s^2, so 1 psi = 6894.757... Pa
  UK Weights and Measures Act 1985, Schedule 1, Part VI: 1 stone = 14 lb
  SI Brochure, 9th edition (2019): SI prefixes (mm, cm, km, g); 1 bar = 10^5 Pa;
    1 ha = 10^4 m^2; 1 L = 10^-3 m^3; t(degF) = t(degC) * 9/5 + 32; 1 km/h = 1000 m / 3600 s
  IEC 80000-13: 1 MiB = 1024 KiB, 1 GiB = 1024 MiB
  Calendar: the proleptic Gregorian calendar of Python's datetime.

Run: python3 make_heldout_82.py (writes the JSONL next to this file, checks that it regenerates
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
OUT = HERE / "heldout-2027-02-23.jsonl"
PREFIX = "ho82-"
# earlier generators: sets 1-81 in router_heldout (or next to this file once it is copied there);
# looked up in that order
EARLIER_DIRS = (HERE, Path("/work/main/tests/data/router_heldout"))


def earlier_path(name):
    """Where an earlier generator is: next to this file, else router_heldout."""
    for d in EARLIER_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(name)


EARLIER = ("make_heldout.py",) + tuple(f"make_heldout_{k}.py" for k in range(2, 82))
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
    """A money amount: asserted to be whole pence (or cents)."""
    x = F(x)
    assert (x * 100).denominator == 1, x
    return x


assert money(dec("12.34")) == F(617, 50)

BISON = "bison_ranch"
GONDOLA = "cable_car_gondola_operator"
CHILLI = "chilli_farm_polytunnel"
WAFER = "cleanroom_wafer_fab"
MINT = "coin_minting_press_room"
CUCKOO = "cuckoo_clock_workshop"
FELL = "fell_running_race_organiser"
PHOTO = "film_photo_developing_lab"
GAMES = "highland_games_committee"
ICECORE = "ice_core_laboratory"
KIMCHI = "kimchi_fermentation_kitchen"
PUPPET = "marionette_workshop"
NOODLE = "noodle_factory_drying_room"
STEAMER = "paddle_steamer_crew"
PIERCE = "piercing_studio"
QUAIL = "quail_egg_farm"
DISH = "radio_telescope_observatory"
RUM = "rum_distillery"
VAULT = "safe_and_vault_engineer"
SEAPLANE = "seaplane_charter_operator"
PIER = "seaside_pier_master"
GLOBE = "snow_globe_maker"
SYNCHRO = "synchronised_swimming_team"
TOPIARY = "topiary_gardener"
HAMMAM = "turkish_hammam"
REGISTERS = (
    BISON,
    GONDOLA,
    CHILLI,
    WAFER,
    MINT,
    CUCKOO,
    FELL,
    PHOTO,
    GAMES,
    ICECORE,
    KIMCHI,
    PUPPET,
    NOODLE,
    STEAMER,
    PIERCE,
    QUAIL,
    DISH,
    RUM,
    VAULT,
    SEAPLANE,
    PIER,
    GLOBE,
    SYNCHRO,
    TOPIARY,
    HAMMAM,
)
assert len(set(REGISTERS)) == 25 and list(REGISTERS) == sorted(REGISTERS)

# plain one-liners
calc(P, "What is 17.5% of 3,968?", pct("17.5") * 3968)
calc(P, "4,836 divided by 12.4", F(4836) / dec("12.4"))
calc(P, "(213 + 587) × 0.35 − 47 = ?", (213 + 587) * dec("0.35") - 47)
assert 83 * 83 == 6889  # the radicand below is a perfect square
calc(P, "what's the square root of 6,889", 83)
calc(P, "Work out 19 cubed minus 2,000.", 19**3 - 2000)
calc(P, "What is seven sixteenths of 1,824?", F(7, 16) * 1824)
calc(
    P,
    "Average of 48.2, 51.7, 63.9 and 40.6?",
    (dec("48.2") + dec("51.7") + dec("63.9") + dec("40.6")) / 4,
)
calc(P, "increase 2,450 by 13%", 2450 * (1 + pct(13)))
calc(P, "27 × 386 + 1,093", 27 * 386 + 1093)
calc(P, "How much is 0.045 times 86,000?", dec("0.045") * 86000)
calc(P, "351 is what percentage of 1,350?", F(351, 1350) * 100)
calc(P, "Reduce 925 by 36 percent.", 925 * (1 - pct(36)))
calc(P, "calculate (7.2 - 3.45) * 16", (dec("7.2") - dec("3.45")) * 16)
calc(P, "2 to the power of 13, plus 777", 2**13 + 777)

# register word problems
calc(
    BISON,
    "We sold 14 bison calves at the autumn sale for £1,850 each. The auctioneer took 6% "
    "commission and charged a £45 entry fee per animal. What did we clear after those?",
    money(14 * 1850 * (1 - pct(6)) - 14 * 45),
)
calc(
    BISON,
    "A round bale weighs 275 kg and costs £58. The herd is 62 bison, each eating 11 kg of "
    "hay a day. How much will hay cost us over a 50-day cold spell, in pounds?",
    money(F(62 * 11 * 50, 275) * 58),
)
calc(
    GONDOLA,
    "Adult gondola returns are £28 and child returns £16. On Saturday we sold 1,240 adult "
    "returns, 15% of them at a 20% online discount, plus 618 child returns. What were the "
    "takings?",
    money(1240 * (1 - pct(15)) * 28 + 1240 * pct(15) * 28 * (1 - pct(20)) + 618 * 16),
)
calc(
    CHILLI,
    "Each polytunnel has 4 rows of 65 chilli plants and every plant gives about 0.35 kg of "
    "fruit over the season. We've got 6 tunnels and the wholesaler pays £7.20 a kilo. What's "
    "the crop worth?",
    money(6 * 4 * 65 * dec("0.35") * dec("7.20")),
)
calc(
    WAFER,
    "one wafer gives 624 candidate dies, test yield is 87.5% and each good die sells for "
    "$14.40. what's a wafer worth in good dies?",
    money(624 * pct("87.5") * dec("14.40")),
)
calc(
    MINT,
    "A coining press strikes 750 coins a minute while running, but over an 8-hour shift it "
    "stands idle for 48 minutes of die changes. How many coins does it strike in a shift?",
    (8 * 60 - 48) * 750,
)
calc(
    MINT,
    "We're minting 18,000 silver proof coins. Blanks cost £21.75 each, striking and packing "
    "another £3.40 each, and they sell at £39 apiece. What's the total profit on the issue?",
    money(18000 * (39 - dec("21.75") - dec("3.40"))),
)
calc(
    CUCKOO,
    "Our cuckoo calls the hour (once at one o'clock, twice at two, up to twelve at twelve) "
    "and also calls once at every half past. How many calls does it make in 24 hours?",
    2 * sum(range(1, 13)) + 24,
)
calc(
    FELL,
    "Fell race entries were £14 in advance and £18 on the day: 236 advance, 58 on the day. "
    "We pay the mountain rescue team £2.50 per runner and the landowner £320. What's left?",
    money(236 * 14 + 58 * 18 - (236 + 58) * dec("2.50") - 320),
)
calc(
    PHOTO,
    "Developing is £9.50 a roll and scanning another £6 a roll. A customer brings in 7 rolls, "
    "wants 5 of them scanned, and has a loyalty card for 10% off the lot. What do they pay?",
    money((7 * dec("9.50") + 5 * 6) * (1 - pct(10))),
)
calc(
    GAMES,
    "Gate prices at the games were £12 adults and £8 concessions, with under-12s free. We "
    "counted 3,418 adults and 1,266 concessions, and the pipe band's fee is £1,750. What's "
    "the gate take after paying the band?",
    money(3418 * 12 + 1266 * 8 - 1750),
)
calc(
    GAMES,
    "Each of the 9 heavy events has a £2,400 purse split 50%, 30% and 20% between the top "
    "three. An athlete won 4 events and came second in 3. How much prize money did he take?",
    money(4 * 2400 * pct(50) + 3 * 2400 * pct(30)),
)
calc(
    ICECORE,
    "Keeping core in the -36 °C store costs £0.85 per metre per day. What will it cost to "
    "store 128 metres of core for 90 days?",
    money(dec("0.85") * 128 * 90),
)
calc(
    KIMCHI,
    "A kimchi batch uses 24 napa cabbages at £1.65 each, 3.2 kg of gochugaru at £18.50/kg "
    "and £15.20 of radish, garlic and salt, and it fills 60 jars. Ingredient cost per jar?",
    money((24 * dec("1.65") + dec("3.2") * dec("18.50") + dec("15.20")) / 60),
)
calc(
    PUPPET,
    "Each marionette takes 26 hours of carving and 9 hours of painting and stringing. We "
    "charge £32 an hour plus £85 materials per figure. Quote for a set of four?",
    money(4 * ((26 + 9) * 32 + 85)),
)
calc(
    NOODLE,
    "Fresh noodles go into the drying room at 32% moisture and come out at 15%. If 850 kg "
    "go in and only water is lost, how many kg come out?",
    850 * (1 - pct(32)) / (1 - pct(15)),
)
calc(
    STEAMER,
    "Cruise fares are £22 adult, £11 child and £19 senior. Sunday we carried 212 adults, 87 "
    "children and 64 seniors, and 18% of takings go to the pier company in landing fees. "
    "How much do we keep?",
    money((212 * 22 + 87 * 11 + 64 * 19) * (1 - pct(18))),
)
calc(
    PIERCE,
    "lobes £25, helix £35, titanium studs £12 extra each. saturday: 14 lobes and 9 helixes, "
    "all with titanium, and three people used a £10 off voucher. total takings?",
    money(14 * 25 + 9 * 35 + 23 * 12 - 3 * 10),
)
calc(
    QUAIL,
    "We keep 1,440 quail laying at an average rate of 82.5% a day, and eggs go out in boxes "
    "of 12. How many boxes do we fill in a 7-day week?",
    F(1440 * 7) * pct("82.5") / 12,
)
calc(
    QUAIL,
    "Boxes of quail eggs sell at £3.60 to shops and £4.50 at the farm gate. Last week 540 "
    "boxes went to shops and 153 at the gate, and packaging costs 22p a box. Net takings?",
    money(540 * dec("3.60") + 153 * dec("4.50") - (540 + 153) * dec("0.22")),
)
calc(
    DISH,
    "The correlator writes 3.2 GB per minute of observing. In a 6.5-hour session, 25 minutes "
    "of calibration aren't recorded. How many GB does the session produce?",
    (dec("6.5") * 60 - 25) * dec("3.2"),
)
calc(
    RUM,
    "We filled 49 casks of 200 litres each, and over the ageing the angels' share took 14% "
    "of the volume. How many 0.7-litre bottles can we fill from what's left?",
    49 * 200 * (1 - pct(14)) / dec("0.7"),
)
calc(
    RUM,
    "Spirits duty is £31.64 per litre of pure alcohol. What's the duty on 1,200 bottles of "
    "0.7 litres at 40% ABV?",
    money(1200 * dec("0.7") * pct(40) * dec("31.64")),
)
calc(
    VAULT,
    "Safe opening callout: £95 plus £68 an hour on site. We were there 3 hours 45 minutes "
    "and fitted a new lock at £240. With 20% VAT on the lot, what's the invoice total?",
    money((95 + 68 * (3 + F(45, 60)) + 240) * (1 + pct(20))),
)
calc(
    SEAPLANE,
    "The island hop seats 9 passengers at £185 each. The round trip burns 310 litres of fuel "
    "at £2.35 a litre and landing fees are £140. What's the profit on a full flight?",
    money(9 * 185 - 310 * dec("2.35") - 140),
)
calc(
    PIER,
    "Pier admission is £1.50 and an anglers' day ticket £6. Over the bank holiday weekend "
    "8,452 visitors paid admission, 137 anglers bought tickets and the deckchair concession "
    "paid a flat £600. Total income?",
    money(8452 * dec("1.50") + 137 * 6 + 600),
)
calc(
    GLOBE,
    "Each globe takes 95 ml of fill at 30% glycerine. How many ml of glycerine do we need "
    "for an order of 240 globes?",
    95 * pct(30) * 240,
)
calc(
    SYNCHRO,
    "Our duet's score is weighted 30% execution, 40% artistic impression and 30% difficulty. "
    "They got 8.6, 9.1 and 7.9. What's the weighted score?",
    pct(30) * dec("8.6") + pct(40) * dec("9.1") + pct(30) * dec("7.9"),
)
calc(
    TOPIARY,
    "Clipping a yew peacock takes 1.75 hours and a box ball 20 minutes. At £28 an hour, "
    "what's the bill for 6 peacocks and 45 balls?",
    money((6 * dec("1.75") + 45 * F(20, 60)) * 28),
)
calc(
    HAMMAM,
    "A hammam session is £38, or £52 with a kese scrub. Monday: 46 plain sessions, 12 of "
    "them on a 25% off midweek code, and 29 sessions with the scrub. What were the takings?",
    money(34 * 38 + 12 * 38 * (1 - pct(25)) + 29 * 52),
)
calc(
    HAMMAM,
    "The boiler for the hot room uses 14.5 kWh an hour, runs 11 hours a day, and power is "
    "28p per kWh. What does heating cost over a 7-day week?",
    money(dec("14.5") * 11 * 7 * dec("0.28")),
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
KM = 1000  # m
GRAM = F(1, 1000)  # kg
HA = 10**4  # m^2
LITRE = F(1, 1000)  # m^3
SQM = 1  # m^2

assert 254 * MM == 10 * IN and 30 * CM / FT == F(125, 127) and 1000 * FT == dec("304.8")
assert abs(ACRE / HA - dec("0.404686")) < dec("1e-6") and CUFT / LITRE > dec("28.3168")
assert MPH / KMH == dec("1.609344") and abs(KM / MI - dec("0.621371")) < dec("1e-6")
assert f_to_c(-31) == -35 and c_to_f(27) == dec("80.6") and SQFT == dec("0.09290304")

# plain one-liners
unit_r(P, "Convert 63 kg to pounds.", 63 / LB)
unit_r(P, "how many km is 41 miles", 41 * MI / KM)
unit_r(P, "12 stone 9 lb in kilograms?", (12 * STONE + 9 * LB))
unit(P, "Convert minus 17 °C to Fahrenheit.", c_to_f(-17), EXACT)
unit(P, "338 degrees Fahrenheit in Celsius", f_to_c(338), EXACT)
unit(P, "How tall is 6 ft 2.5 in in centimetres?", (6 * FT + dec("2.5") * IN) / CM, EXACT)
unit_r(P, "Convert 72 psi to bar.", 72 * PSI / BAR)
unit(P, "3.75 GiB = how many MiB?", dec("3.75") * GIB / MIB, EXACT)
unit_r(P, "What's 1,750 square feet in square metres?", 1750 * SQFT / SQM)
unit_r(P, "95 km/h in mph", 95 * KMH / MPH)
unit_r(P, "How many acres are 14.2 hectares?", dec("14.2") * HA / ACRE)
unit_r(P, "860 mm in inches please", 860 * MM / IN)
unit_r(P, "2.6 bar is how many psi?", dec("2.6") * BAR / PSI)
unit(P, "How many metres is 4,375 yards?", 4375 * YD, EXACT)

# register word problems
unit_r(
    BISON,
    "Our herd bull weighed in at 1,980 lb at the spring round-up. What's that in kilograms?",
    1980 * LB,
)
unit_r(
    GONDOLA,
    "The gondola line rises 1,350 metres from the valley station to the top. How many feet "
    "of height is that?",
    1350 / FT,
)
unit_r(
    GONDOLA,
    "We stop the cabins when gusts reach 45 mph. What's the cut-off in km/h?",
    45 * MPH / KMH,
)
unit_r(
    CHILLI,
    "The polytunnel heater comes on below 54 °F. What temperature is that in Celsius?",
    f_to_c(54),
)
unit_r(WAFER, "Our wafers are 300 mm across. How many inches is that?", 300 * MM / IN)
unit_r(
    WAFER,
    "The new cleanroom bay is 2,400 sq ft. What's its floor area in square metres?",
    2400 * SQFT / SQM,
)
unit_r(
    MINT,
    "A coin blank weighs 8.75 g. What do 20,000 blanks weigh in pounds?",
    20000 * dec("8.75") * GRAM / LB,
)
unit(
    CUCKOO,
    "The pendulum on our biggest cuckoo clock is 22 inches long. How long is that in cm?",
    22 * IN / CM,
    EXACT,
)
unit_r(
    FELL,
    "The fell race is 14.5 miles with 3,200 ft of climb. How many kilometres long is the course?",
    dec("14.5") * MI / KM,
)
unit(
    PHOTO,
    "The colour developer has to be held at 100.4 °F. What is that in °C?",
    f_to_c(dec("100.4")),
    EXACT,
)
unit_r(
    GAMES,
    "The winning hammer throw was 148 ft 6 in. How far is that in metres?",
    148 * FT + 6 * IN,
)
unit(
    ICECORE,
    "The core archive freezer is held at -31 °F. What's that in Celsius?",
    f_to_c(-31),
    EXACT,
)
unit(
    ICECORE,
    "the ice core comes out of the drill 3.9 inches across - what's that in millimetres?",
    dec("3.9") * IN / MM,
    EXACT,
)
unit_r(
    KIMCHI,
    "Our fermentation room is 12 ft long, 10 ft wide and 8 ft high. What's its volume in "
    "cubic metres?",
    12 * 10 * 8 * CUFT,
)
unit(
    PUPPET,
    "The finished marionette stands 30 inches tall. How many centimetres is that?",
    30 * IN / CM,
    EXACT,
)
unit_r(
    NOODLE,
    "Dried noodles leave the drying room in 25 lb sacks. How many kilograms is a sack?",
    25 * LB,
)
unit_r(
    STEAMER,
    "Working boiler pressure on the paddle steamer is 180 psi. What's that in bar?",
    180 * PSI / BAR,
)
unit_r(
    STEAMER,
    "She cruises up the loch at 11 mph. How fast is that in km/h?",
    11 * MPH / KMH,
)
unit_r(
    PIERCE,
    "A customer asks how long a 5/16 inch labret bar is in millimetres. What do I tell them?",
    F(5, 16) * IN / MM,
)
unit(
    QUAIL,
    "The quail incubator should sit at 99.5 °F. What is that in Celsius?",
    f_to_c(dec("99.5")),
    EXACT,
)
unit_r(
    DISH,
    "Our main dish is 76 metres across. What's the diameter in feet?",
    76 / FT,
)
unit_r(
    RUM,
    "The molasses tank holds 12,000 litres. How many cubic feet is that?",
    12000 * LITRE / CUFT,
)
unit_r(
    VAULT,
    "The vault door we're fitting weighs 3,300 lb. How many kilograms is that?",
    3300 * LB,
)
unit_r(
    SEAPLANE,
    "The floatplane cruises at 140 mph. What's that in kilometres per hour?",
    140 * MPH / KMH,
)
unit(
    SEAPLANE,
    "A lake needs at least 2,800 ft of clear water for our take-off run. How many metres is that?",
    2800 * FT,
    EXACT,
)
unit_r(PIER, "The pier is 0.7 miles long. What's that in metres?", dec("0.7") * MI)
unit(
    GLOBE,
    "Our large snow globe has a base 4.5 inches across. What's that in centimetres?",
    dec("4.5") * IN / CM,
    EXACT,
)
unit(
    SYNCHRO,
    "We train in a 25-yard pool. How long is it in metres?",
    25 * YD,
    EXACT,
)
unit(
    SYNCHRO,
    "Competition water is kept at 27 °C. What's that in Fahrenheit?",
    c_to_f(27),
    EXACT,
)
unit_r(
    TOPIARY,
    "The topiary garden covers 2.5 hectares. How many acres is that?",
    dec("2.5") * HA / ACRE,
)
unit_r(
    HAMMAM,
    "The marble belly stone in the hot room is 2.2 m by 1.5 m. What's its area in square feet?",
    dec("2.2") * dec("1.5") * SQM / SQFT,
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
date_item(P, "On what day of the week does 23 July 2031 fall?", weekday(D(2031, 7, 23)))
date_item(
    P,
    "How many days are there between 3 March 2029 and 19 November 2029?",
    days(D(2029, 3, 3), D(2029, 11, 19)),
)
date_item(P, "What's the date 250 days after 17 June 2028?", D(2028, 6, 17) + TD(days=250))
date_item(P, "what date is 9 weeks before 2 April 2029", D(2029, 4, 2) - TD(weeks=9))
date_item(
    P,
    "How many weeks is it from 6 January 2030 to 28 April 2030?",
    weeks(D(2030, 1, 6), D(2030, 4, 28)),
)
date_item(P, "Which date is 1,500 days after 1 October 2026?", D(2026, 10, 1) + TD(days=1500))
date_item(P, "8 May 2033 falls on which weekday?", weekday(D(2033, 5, 8)))
date_item(
    P,
    "How old is someone born on 22 February 1987 on 21 February 2029?",
    age(D(1987, 2, 22), D(2029, 2, 21)),
)
date_item(P, "How many hours from 07:20 to 23:50?", clock_span("07:20", "23:50", 3600))
date_item(P, "What date is the fourth Tuesday of November 2029?", nth_weekday(2029, 11, TUE, 4))
date_item(
    P,
    "minutes between 11:35 pm and 02:05 the next morning?",
    clock_span("23:35", "02:05", 60),
)
date_item(
    P,
    "How many days from 30 November 2027 to 1 March 2028?",
    days(D(2027, 11, 30), D(2028, 3, 1)),
)
date_item(P, "What's 77 days before 15 January 2030?", D(2030, 1, 15) - TD(days=77))
date_item(P, "What day of the week was 19 September 1994?", weekday(D(1994, 9, 19)))

# register word problems
date_item(
    BISON,
    "A bison cow was bred on 14 August 2027 and we reckon on 285 days' gestation. What date "
    "is she due?",
    D(2027, 8, 14) + TD(days=285),
)
_g_shut = D(2028, 4, 17)
date_item(
    GONDOLA,
    f"The gondola shuts for its overhaul on {sayw(_g_shut)} and reopens 38 days later. "
    "What date does it reopen?",
    _g_shut + TD(days=38),
)
date_item(
    CHILLI,
    "Chilli seed sown on 6 February 2028 takes about 95 days to the first ripe fruit. When "
    "should the first picking be?",
    D(2028, 2, 6) + TD(days=95),
)
date_item(
    CHILLI,
    "We planted the chillies out on 20 April 2028 and did the last pick on 3 October 2028. "
    "How many days from planting out to the last pick?",
    days(D(2028, 4, 20), D(2028, 10, 3)),
)
date_item(
    WAFER,
    "A lot that starts in the fab on 9 January 2029 needs 84 days of processing. On what day "
    "of the week will it come out?",
    weekday(D(2029, 1, 9) + TD(days=84)),
)
date_item(
    MINT,
    "The commemorative coin goes on sale on 1 September 2028 and striking has to be finished "
    "45 days before that. What's the last striking date?",
    D(2028, 9, 1) - TD(days=45),
)
_ck_in = D(2027, 11, 2)
date_item(
    CUCKOO,
    f"A customer left their cuckoo clock with us on {sayw(_ck_in)} and we quoted six weeks "
    "for the repair. What date will it be ready?",
    _ck_in + TD(weeks=6),
)
date_item(
    FELL,
    "The fell race is on 16 September 2028 and entries close 3 weeks before. What date do "
    "entries close?",
    D(2028, 9, 16) - TD(weeks=3),
)
date_item(
    FELL,
    "One of our veteran runners was born on 2 November 1963. How old will he be on race day, "
    "16 September 2028?",
    age(D(1963, 11, 2), D(2028, 9, 16)),
)
date_item(
    PHOTO,
    "The film processor ran from 21:15 until 06:45 the following morning. How many hours "
    "was it running?",
    clock_span("21:15", "06:45", 3600),
)
date_item(
    GAMES,
    "Our highland games are always on the third Saturday of August. What date is that in 2028?",
    nth_weekday(2028, 8, SAT, 3),
)
date_item(
    ICECORE,
    "A core section drilled on 11 December 2027 was logged into the archive 400 days later. "
    "On what date was it logged?",
    D(2027, 12, 11) + TD(days=400),
)
date_item(
    KIMCHI,
    "Kimchi jarred on 23 November 2027 needs 18 days in the cold store before it's sold. "
    "Which day of the week can it first go on sale?",
    weekday(D(2027, 11, 23) + TD(days=18)),
)
date_item(
    KIMCHI,
    "our aged batch went into the crocks on 4 March 2028 and came out on 13 May 2028 - how "
    "many weeks did it ferment?",
    weeks(D(2028, 3, 4), D(2028, 5, 13)),
)
date_item(
    PUPPET,
    "The touring show opens on 2 June 2028 and carving the cast takes 110 days. What's the "
    "latest date we can start carving?",
    D(2028, 6, 2) - TD(days=110),
)
date_item(
    NOODLE,
    "Dried noodles packed on 27 July 2027 carry a best-before date 540 days after packing. "
    "What is the best-before date?",
    D(2027, 7, 27) + TD(days=540),
)
date_item(
    STEAMER,
    "The steamer leaves the pier at 10:50 and gets back at 17:05. How long is the cruise in "
    "minutes?",
    clock_span("10:50", "17:05", 60),
)
date_item(
    PIERCE,
    "I had my helix pierced on 19 October 2027 and was told to wait 12 weeks before "
    "changing the stud. What's the earliest date I can change it?",
    D(2027, 10, 19) + TD(weeks=12),
)
_q_set = D(2028, 5, 3)
date_item(
    QUAIL,
    f"Quail eggs set in the incubator on {sayw(_q_set)} should hatch 17 days later. What "
    "day of the week will that be?",
    weekday(_q_set + TD(days=17)),
)
date_item(
    DISH,
    "Last night's observing run started at 19:30 and ended at 04:15 the following morning. "
    "How many hours of observing was that?",
    clock_span("19:30", "04:15", 3600),
)
date_item(
    DISH,
    "The pulsar campaign runs from 5 January 2029 to 22 March 2029, counting both the first "
    "and the last night. How many nights is that?",
    days(D(2029, 1, 5), D(2029, 3, 22)) + 1,
)
date_item(
    RUM,
    "A cask was filled on 15 May 2024 and bottled on 30 June 2027. How old was the rum at "
    "bottling, in whole years?",
    age(D(2024, 5, 15), D(2027, 6, 30)),
)
date_item(
    VAULT,
    "The bank's vault door is serviced every 180 days. The last service was on 8 March "
    "2028. When is the next one due?",
    D(2028, 3, 8) + TD(days=180),
)
date_item(
    SEAPLANE,
    "Our last scheduled flight of the season is on the last Friday of October 2028. Which "
    "date is that?",
    nth_weekday(2028, 10, FRI, -1),
)
date_item(
    PIER,
    "Repairs closed the pier on 6 November 2027 and it reopened on 29 March 2028. How many "
    "days apart are those two dates?",
    days(D(2027, 11, 6), D(2028, 3, 29)),
)
date_item(
    PIER,
    "The summer fireworks are on the second Thursday of August 2028. What's the date?",
    nth_weekday(2028, 8, THU, 2),
)
date_item(
    GLOBE,
    "Christmas orders have to ship by 14 November 2027 and a production run takes 9 weeks. "
    "What's the latest start date?",
    D(2027, 11, 14) - TD(weeks=9),
)
date_item(
    SYNCHRO,
    "Our squad's programme started on 3 September 2027. What date is 500 days after that?",
    D(2027, 9, 3) + TD(days=500),
)
_t_clip = D(2028, 6, 6)
date_item(
    TOPIARY,
    f"The yews are clipped every 10 weeks and the last clip was on {sayw(_t_clip)}. When is "
    "the next clip due?",
    _t_clip + TD(weeks=10),
)
date_item(
    TOPIARY,
    "We open the topiary garden to the public on 31 August 2028. What day of the week is that?",
    weekday(D(2028, 8, 31)),
)
date_item(
    HAMMAM,
    "A hammam gift voucher bought on 12 December 2027 expires 365 days after purchase. On "
    "what date does it expire?",
    D(2027, 12, 12) + TD(days=365),
)


# =========================================================================== negatives
def neg(family, query, note=None):
    extra = {"note": note} if note else {}
    add("negative", family, query, **extra)


def conv(family, turns, note):
    add("negative", family, turns[-1][1], messages=msgs_of(turns), note=note)


ORDINARY = {
    BISON: (
        "Is it safe to walk a dog along the public footpath that crosses our bison paddock?",
        "What should we tell restaurants about how bison meat cooks differently from beef?",
        "Write a short sign for the farm shop explaining why our bison are grass-fed.",
        "How do I tell whether a bison cow is about to calve, and when should I step in?",
    ),
    GONDOLA: (
        "What should the cabin announcement say if we have to stop the line for wind?",
        "How do we get a wheelchair user into a moving gondola cabin safely?",
        "Draft an apology email to a school group who were stuck in a cabin for 40 minutes.",
        "What are the usual signs that a haul rope needs re-splicing?",
    ),
    CHILLI: (
        "Why are my chilli flowers dropping off before they set fruit?",
        "Which chilli varieties would you grow for a farm shop that sells mostly to families?",
        "How should pickers protect their hands and eyes when harvesting scotch bonnets?",
        "Write a product description for our smoked chipotle flakes.",
    ),
    WAFER: (
        "Explain to a new starter why we gown up in a particular order before the cleanroom.",
        "What could cause a sudden rise in particle counts at one of the lithography tools?",
        "How would you structure a shift handover note for the etch area?",
        "Is it worth moving from 200 mm to 300 mm tools for a small specialty fab?",
    ),
    MINT: (
        "Why do some commemorative coins have a frosted design on a mirror field?",
        "What checks should we make on a new pair of dies before a full production run?",
        "Write a paragraph for the certificate that comes with our silver proof coin.",
        "How should we handle a customer who says their coin arrived with a scratch?",
    ),
    CUCKOO: (
        "My cuckoo clock's bird comes out but makes no sound. What usually causes that?",
        "How do I explain to a customer why their clock must hang dead level?",
        "What's the difference between a one-day and an eight-day cuckoo movement?",
        "Suggest a good way to pack an antique cuckoo clock for posting abroad.",
    ),
    FELL: (
        "What kit should be compulsory for runners in a winter fell race?",
        "How do we handle a runner who finishes but has clearly missed a checkpoint?",
        "Write the pre-race safety briefing for a race that goes over open moorland.",
        "Should we allow headphones in a fell race, and how would we enforce a ban?",
    ),
    PHOTO: (
        "Why do my black-and-white negatives look thin and grey?",
        "What's the best way to store a customer's negatives so they last for decades?",
        "How do I tell a customer politely that their film was blank through no fault of ours?",
        "Would you recommend a beginner start with colour or black-and-white film?",
    ),
    GAMES: (
        "How do we stop the tug of war teams from arguing about the start signal?",
        "Write a welcome note for the programme of our highland games.",
        "What safety zone should we keep around the hammer throw area?",
        "How do you judge a caber toss if the caber lands but falls back towards the thrower?",
    ),
    ICECORE: (
        "Why do we keep ice core samples below minus 30 rather than in an ordinary freezer?",
        "How do you spot a brittle zone in a deep ice core before you cut it?",
        "Explain to a school visit how ice cores tell us about past climate.",
        "What should go in the chain-of-custody log when a core box is shipped?",
    ),
    KIMCHI: (
        "Why has my kimchi gone fizzy and sour so quickly?",
        "How would you explain the difference between fresh kimchi and aged kimchi to customers?",
        "Can we make a vegan kimchi that still tastes properly savoury?",
        "What food safety checks should a small kimchi kitchen do every day?",
    ),
    PUPPET: (
        "What wood is best for carving marionette heads, and why?",
        "How do I stop the strings on a marionette from tangling between shows?",
        "Write a short bio of our workshop for a puppet festival programme.",
        "How should a control bar be balanced for a performer with small hands?",
    ),
    NOODLE: (
        "Why are some of our dried noodles cracking in the packet?",
        "How do we keep the drying room clean without slowing production down?",
        "What information must go on the label of our dried egg noodles?",
        "Is it better to dry noodles slowly at a low temperature or quickly at a high one?",
    ),
    STEAMER: (
        "How do we keep passengers away from the paddle boxes without spoiling the trip?",
        "Write the welcome announcement for our evening jazz cruise.",
        "What should a new deckhand know about throwing a mooring line?",
        "Why do paddle steamers still attract so many visitors, do you think?",
    ),
    PIERCE: (
        "What aftercare advice should I give for a new cartilage piercing?",
        "How do I tell if a piercing is infected or just irritated?",
        "Write a short policy on why we don't use piercing guns.",
        "What should I say to a customer who wants a piercing while they're clearly drunk?",
    ),
    QUAIL: (
        "Why are my quail laying soft-shelled eggs?",
        "How much space do quail need to be kept kindly?",
        "Write a recipe card for pickled quail eggs to give away at the farm shop.",
        "What's the best way to introduce new quail to an existing group?",
    ),
    DISH: (
        "Why do mobile phones in the car park cause problems for the radio telescope?",
        "Explain to visitors why our telescope doesn't have an eyepiece.",
        "How should we prioritise observing proposals when the dish is oversubscribed?",
        "Write a short press release about the dish detecting its first fast radio burst.",
    ),
    RUM: (
        "What's the difference between rum made from molasses and from cane juice?",
        "How do we describe our spiced rum's taste without overselling it?",
        "Should we finish some of our rum in ex-sherry casks?",
        "Write a tour script for the part of the distillery where the stills are.",
    ),
    VAULT: (
        "What should I check before drilling a safe that the owner has lost the code for?",
        "How do I explain to a shop owner why their cheap safe isn't insurance-rated?",
        "Write a short checklist for the annual service of a bank vault door.",
        "How do I deal with a customer who can't prove they own the safe they want opened?",
    ),
    SEAPLANE: (
        "What should the passenger safety briefing say about getting out if we flip on water?",
        "How do you decide whether the swell is too big to land on the sea loch?",
        "Write a short description of our island-hopping flight for a tourism website.",
        "What's involved in checking the floats for water before the first flight of the day?",
    ),
    PIER: (
        "How should we handle anglers who keep casting near swimmers off the pier?",
        "What should our storm procedure be when waves start breaking over the deck?",
        "Write a notice for the pier explaining why it's closed for repairs.",
        "How can we get more visitors onto the pier on wet days?",
    ),
    GLOBE: (
        "Why does the glitter in my snow globes clump together?",
        "How do I stop air bubbles forming in a sealed globe?",
        "Write a gift-shop tag telling buyers how to look after their snow globe.",
        "What figures sell best in snow globes for a seaside gift shop?",
    ),
    SYNCHRO: (
        "How can swimmers build the breath-holding they need for long underwater sections?",
        "What should judges look for in a team's synchronisation?",
        "Write an email inviting parents to our end-of-season gala.",
        "How do we keep nose clips and hair gel from being forgotten on competition day?",
    ),
    TOPIARY: (
        "What's causing the brown patches on my box hedging?",
        "When is the best time of year to do the main clip on yew topiary?",
        "Write a short guide for volunteers on using hand shears safely.",
        "Would you suggest box or yew for a new topiary chess set on a windy site?",
    ),
    HAMMAM: (
        "How should we explain the order of the hammam ritual to first-time guests?",
        "Which guests should we advise not to use the hot room?",
        "Write a description of our kese scrub for the treatment menu.",
        "How do we keep the marble surfaces from getting slippery without harsh chemicals?",
    ),
}
assert list(ORDINARY) == list(REGISTERS) and all(len(v) == 4 for v in ORDINARY.values())
for _reg, _qs in ORDINARY.items():
    for _q in _qs:
        neg(_reg, _q)


NEAR = [
    (
        "near-bison-age-now",
        "Our herd bull was born in May 2019. How old is he?",
        "needs the current date, which is not given",
    ),
    (
        "near-dressing-percentage",
        "A bison bull goes to the abattoir at 900 kg live weight. What will his carcass weigh?",
        "needs a dressing percentage, a looked-up and variable figure",
    ),
    (
        "near-zermatt-time",
        "The Zermatt gondola opens at 08:30 their time. What time is that for me?",
        "the asker's location and time zone are unknown",
    ),
    (
        "near-lapse-rate",
        "It's 8 °C at the valley station. What will it be at the top, 1,350 m higher?",
        "depends on the actual lapse rate, which varies with the weather",
    ),
    (
        "near-scoville-ratio",
        "How many times hotter is a habanero than a jalapeño on the Scoville scale?",
        "both peppers have wide Scoville ranges; needs facts and a judgement",
    ),
    (
        "near-last-frost-date",
        "When's it safe to plant the chillies out of the polytunnel here?",
        "the location and its last frost date are unknown",
    ),
    (
        "near-dies-per-wafer",
        "How many 11 mm by 13 mm dies fit on a 300 mm wafer?",
        "depends on edge exclusion, scribe lines and layout, not a simple area division",
    ),
    (
        "near-cleanroom-class",
        "Our cleanroom is ISO class 6. What's that in the old Federal Standard classes?",
        "a looked-up correspondence between two standards, not a unit conversion",
    ),
    (
        "near-silver-melt-value",
        "What's the melt value of 500 coins of 28.28 g sterling silver?",
        "needs the current silver price",
    ),
    (
        "near-coin-count-by-weight",
        "The bag of 50p coins weighs 3.6 kg. How many coins are in it?",
        "needs the mass of one coin, a fact not given",
    ),
    (
        "near-naismith",
        "How long will it take me to run a 14-mile fell race with 3,200 ft of climb?",
        "depends on the runner; rules like Naismith's are for walkers and need judgement",
    ),
    (
        "near-shoe-size",
        "I'm a UK 8.5 in road shoes. What size should I order in EU fell shoes?",
        "shoe sizes are nominal and vary by brand; no exact conversion",
    ),
    (
        "near-age-grading",
        "I'm 57 and ran 10K in 44:30. What's my age-graded percentage?",
        "needs the age-grading tables, which are not given",
    ),
    (
        "near-grid-reference",
        "How far is it from checkpoint SD 123 456 to checkpoint NY 234 567?",
        "grid letters stand for 100 km squares; needs knowledge of the OS grid, not arithmetic",
    ),
    (
        "near-push-processing",
        "How long should I develop HP5 pushed to 1600 in ID-11 at 20 degrees?",
        "needs a manufacturer's development chart",
    ),
    (
        "near-expired-film",
        "This roll of film expired in 2009. How many stops should I overexpose it by?",
        "a rule of thumb that depends on storage; needs judgement",
    ),
    (
        "near-caber-clock-face",
        "The caber landed pointing at half past eleven. What score does that get?",
        "a judging convention (the clock face), not clock arithmetic",
    ),
    (
        "near-stone-put-record",
        "Our winner put the 22 lb stone 45 ft. How far short of the world record is that?",
        "needs the current record, which is not given",
    ),
    (
        "near-ice-age-at-depth",
        "How old is the ice at 2,000 m down in a Greenland core?",
        "depends on the site's accumulation and flow; needs published chronologies",
    ),
    (
        "near-co2-then-and-now",
        "How much higher is CO2 today than at the last glacial maximum, in ppm?",
        "needs the current figure and ice core data, neither given",
    ),
    (
        "near-chuseok",
        "We want kimchi stock ready two weeks before Chuseok 2029. What date is that?",
        "Chuseok follows the lunar calendar; needs looking up",
    ),
    (
        "near-brine-strength",
        "How strong should the salt brine be for soaking napa cabbage?",
        "a recipe judgement, not a calculation",
    ),
    (
        "near-cast-size-missing",
        "How much braided line do I need to string the whole cast?",
        "the number of figures and strings per figure are not given",
    ),
    (
        "near-noodle-servings",
        "How many servings do we get from 680 kg of dried noodles?",
        "the serving size is not stated",
    ),
    (
        "near-steam-table",
        "What's the temperature of saturated steam at 180 psi gauge?",
        "needs steam tables, not a unit conversion",
    ),
    (
        "near-coal-for-cruise",
        "How much coal do we need for the round trip up the loch?",
        "the distance and the boiler's consumption are not given",
    ),
    (
        "near-body-jewellery-gauge",
        "What's 00g in millimetres?",
        "gauge is a nominal size from a table, not a unit with a factor",
    ),
    (
        "near-piercing-minimum-age",
        "Can I pierce a 15-year-old's nose if her mum comes with her?",
        "depends on local law and studio policy",
    ),
    (
        "near-egg-substitution",
        "How many quail eggs do I use instead of 3 large hen's eggs in a sponge?",
        "needs typical egg weights, facts not given",
    ),
    (
        "near-incubator-humidity",
        "What humidity should the quail incubator be at for the last three days?",
        "a husbandry recommendation, not a calculation",
    ),
    (
        "near-redshift-distance",
        "How far away is a galaxy at redshift 0.3, in megaparsecs?",
        "depends on the cosmological model and which distance is meant",
    ),
    (
        "near-flux-density",
        "What is the flux density of Cygnus A at 1.4 GHz in janskys?",
        "a looked-up astronomical fact",
    ),
    (
        "near-full-moon-open-night",
        "Will the moon be full for our open night on 14 October 2028?",
        "needs an ephemeris, not date arithmetic",
    ),
    (
        "near-local-sidereal",
        "What's the local sidereal time at 22:00 on 5 January 2029 here?",
        "the location is unknown and the calculation needs astronomical conventions",
    ),
    (
        "near-proof-ambiguity",
        "Our rum is 100 proof. What ABV is that?",
        "UK and US proof differ; the convention is not stated",
    ),
    (
        "near-angels-share-tropics",
        "How much of a 200-litre cask will we lose to evaporation over eight years in Jamaica?",
        "an estimate that depends on climate and warehouse; rates vary and compound",
    ),
    (
        "near-canada-excise",
        "What excise would we pay on a pallet of rum exported to Canada?",
        "needs foreign tax rules and rates that are not given",
    ),
    (
        "near-safe-cash-rating",
        "How much cash can a jeweller keep overnight in a Grade 2 safe?",
        "insurers' cash ratings, a looked-up and variable rule",
    ),
    (
        "near-dial-tolerance",
        (
            "A 100-number dial with three wheels opens within 1.5 either side. How many real "
            "combinations are there?"
        ),
        "interpretation of tolerance and wheel behaviour needs reasoning, not one calculation",
    ),
    (
        "near-seaplane-payload",
        "Can we take 9 passengers with bags and full tanks on the island hop?",
        "the aircraft's weights and the passengers' weights are not given",
    ),
    (
        "near-water-landing-swell",
        "Is a 1.2 m swell too much for a floatplane landing?",
        "a judgement depending on aircraft, wind and pilot",
    ),
    (
        "near-pier-crowd-limit",
        "How many people can safely stand on the pier at once?",
        "needs the structure's load rating, not given",
    ),
    (
        "near-august-bank-holiday",
        "What date is the August bank holiday in 2029, for the pier staff rota?",
        "differs between Scotland and the rest of the UK; the place is not stated",
    ),
    (
        "near-thermal-expansion-headroom",
        "How much air gap do I leave in a globe so the fill can expand from 5 to 40 °C?",
        "needs the expansion coefficient of the mix, not given",
    ),
    (
        "near-glitter-settling",
        "How long will the glitter take to settle in a 95 ml globe?",
        "depends on particle size and viscosity; an estimate",
    ),
    (
        "near-dd-table",
        "What's the degree of difficulty for a flamingo spin hybrid?",
        "needs the current rule book tables",
    ),
    (
        "near-counts-without-tempo",
        "How many eight-counts are there in our 2 minute 50 routine?",
        "needs the music's tempo",
    ),
    (
        "near-topiary-growth",
        "How long until a 30 cm yew is big enough to clip into a 2 m peacock?",
        "growth rates vary with soil and care; an estimate",
    ),
    (
        "near-hedge-spacing",
        "How many box plants for a 40 m hedge at 30 cm spacing?",
        "whether both ends get a plant, and single or double rows, is unstated",
    ),
    (
        "near-tellak-tip",
        "How much should I tip the attendant after a hammam scrub in Istanbul?",
        "a custom, not a calculation",
    ),
    (
        "near-lira-rate",
        "What's 2,400 Turkish lira in pounds?",
        "needs a current exchange rate",
    ),
    (
        "near-implied-multiplication",
        "Our quiz sheet asks 18 ÷ 3(2 + 1). Is the answer 18 or 2?",
        "ambiguous precedence of implied multiplication; needs discussion",
    ),
    (
        "near-floating-point",
        "Why does our stock sheet show 0.1 + 0.7 as 0.7999999999999999?",
        "an explanation of floating point, not a sum",
    ),
    (
        "near-percentage-points",
        "Yield went from 82% to 87.5%. Is that a 5.5% increase?",
        "percentage points against percent; needs explanation",
    ),
    (
        "near-decimal-comma",
        "Our Dutch supplier billed 1.250,50 for glitter and 2.300 for freight. What's the total?",
        "the separators follow a continental convention; needs interpretation",
    ),
    (
        "near-version-order",
        "Is firmware 2.10 newer than 2.9 on the drying room controller?",
        "version numbers are not decimals",
    ),
    (
        "near-bearing-number",
        "What does 6205-2RS mean on the gondola bull wheel bearing?",
        "a part designation that looks like a subtraction",
    ),
    (
        "near-half-rounding",
        "Should 2.5 and 3.5 both round up when I total the bar takings?",
        "rounding conventions differ (half up, half to even); needs explanation",
    ),
    (
        "near-sumif-formula",
        'What does =SUMIF(B2:B40,">100",C2:C40) give on our orders sheet?',
        "the sheet's data is not given",
    ),
    (
        "near-month-from-31st",
        "A voucher bought on 31 January is valid for one month. When does it expire?",
        "adding a calendar month to the 31st needs a convention",
    ),
    (
        "near-slash-date",
        "The delivery note says 03/04/2028. Is that March or April?",
        "day-first or month-first is a convention, unstated",
    ),
    (
        "near-ip-address",
        "Is 10.0.0.255 a usable address for the telescope's control computer?",
        "an identifier that looks like numbers; depends on the network's mask",
    ),
    (
        "near-clock-gain-riddle",
        (
            "A clock gains 3 minutes a day and shows the right time now. When will it next be "
            "right, and is that worth waiting for?"
        ),
        "a riddle-like question needing reasoning about a 12-hour dial, and a judgement",
    ),
    (
        "near-compound-or-simple",
        "A cask loses 2% a year. How much is left of 200 litres after 8 years?",
        "whether the loss compounds on what remains is not stated",
    ),
    (
        "near-film-scan-size",
        "How many scans of my 36-exposure rolls will fit on a 64 GB card?",
        "the size of one scan is not given, and GB may be decimal or binary",
    ),
]
assert len(NEAR) == WANT_NEAR_NEGATIVES and len({f for f, _q, _n in NEAR}) == len(NEAR)
assert all(f.startswith("near-") for f, _q, _n in NEAR)
for _f, _q, _n in NEAR:
    neg(_f, _q, _n)


CONVS = [
    (
        "conv-length-there-and-back",
        [
            (U, "In our club a 'length' means there and back, so two widths of the 25 m pool."),
            (A, "Got it: one length is 50 m of swimming."),
            (U, "So how many lengths is a 600 m warm-up?"),
        ],
        "the club's meaning of a length is set in the first turn",
    ),
    (
        "conv-bale-unit",
        [
            (U, "When I say a bale I mean one of our round bales, 275 kg each."),
            (A, "Understood, a bale is 275 kg."),
            (U, "We need 34,100 kg of hay for the winter. How many bales?"),
        ],
        "an invented unit defined in an earlier turn",
    ),
    (
        "conv-tray-dozen",
        [
            (U, "We call a tray of 18 quail eggs a 'dozen' here, daft as it sounds."),
            (A, "Noted: your dozen is 18 eggs."),
            (U, "How many dozens can we fill from 8,316 eggs?"),
        ],
        "a redefined dozen set in an earlier turn",
    ),
    (
        "conv-gondola-turn",
        [
            (U, "For us a 'turn' is one full circuit of a cabin, which takes 14 minutes."),
            (A, "Right, one turn is 14 minutes."),
            (U, "How many turns can a cabin make between 09:00 and 16:00?"),
        ],
        "an invented unit of time defined earlier",
    ),
    (
        "conv-base-twelve",
        [
            (S, "Give every number in base twelve, using X for ten and E for eleven."),
            (U, "How many eggs are in 14 boxes of 12?"),
        ],
        "the output base is set by the system turn",
    ),
    (
        "conv-roman-dial",
        [
            (U, "Write all numbers as Roman numerals, like on our clock dials."),
            (A, "Certainly, I'll use Roman numerals."),
            (U, "What's 7 times 9?"),
        ],
        "the output form is set in an earlier turn",
    ),
    (
        "conv-swapped-signs",
        [
            (U, "Let's play a game: from now on + means times and × means plus."),
            (A, "OK, + is multiplication and × is addition."),
            (U, "What's 14 + 6 × 3?"),
        ],
        "swapped operators set in an earlier turn",
    ),
    (
        "conv-star-operator",
        [
            (U, "Define a ★ b as twice a plus b."),
            (A, "So a ★ b = 2a + b."),
            (U, "What is 7 ★ 12?"),
        ],
        "an operator defined in an earlier turn",
    ),
    (
        "conv-cuckoo-dial",
        [
            (U, "The cuckoo only knows a 12-hour dial, so count the hours round the clock face."),
            (A, "Understood, I'll work on a 12-hour dial."),
            (U, "It's 9 o'clock. Seventeen hours from now, how many times will it call?"),
        ],
        "clock arithmetic on a 12-hour dial set up earlier",
    ),
    (
        "conv-games-points",
        [
            (U, "Points for the heavy events: first 10, second 7, third 5."),
            (A, "Got the scoring: 10, 7 and 5."),
            (U, "Angus won three events and came third in two. How many points?"),
        ],
        "a scoring rule given in an earlier turn",
    ),
    (
        "conv-campaign-nights",
        [
            (U, "We number campaign nights N1, N2 and so on; N1 was 5 January 2029."),
            (A, "Noted, N1 is 5 January 2029."),
            (U, "What date is N40?"),
        ],
        "a relative day notation set in an earlier turn",
    ),
    (
        "conv-pier-season-week",
        [
            (U, "Pier season week 1 starts on Saturday 1 April 2028."),
            (A, "OK, season week 1 begins Saturday 1 April 2028."),
            (U, "When does week 12 start?"),
        ],
        "a season week numbering set in an earlier turn",
    ),
    (
        "conv-comma-decimals",
        [
            (U, "I work from our Lyon office, so decimals come with a comma, French style."),
            (A, "Understood."),
            (U, "How much is 17,5 multiplied by 3,4?"),
        ],
        "a decimal comma set in an earlier turn",
    ),
    (
        "conv-prices-include-vat",
        [
            (U, "Every price I quote from here on is gross, with 20% VAT already in it."),
            (A, "Got it, prices are VAT-inclusive."),
            (U, "The safe job was £708. What's the VAT element?"),
        ],
        "a VAT-inclusive convention set in an earlier turn",
    ),
    (
        "conv-financial-year",
        [
            (U, "Our financial year runs from 1 August to 31 July."),
            (A, "Noted."),
            (U, "Which financial year does a sale on 12 February 2028 fall in?"),
        ],
        "a financial year defined in an earlier turn",
    ),
    (
        "conv-time-and-a-half",
        [
            (U, "Crew get time and a half for every hour past 8 in a shift."),
            (A, "Understood, overtime after 8 hours at 1.5 times."),
            (U, "Someone did an 11-hour shift at £16 an hour. What do they earn?"),
        ],
        "an overtime rule set in an earlier turn",
    ),
    (
        "conv-press-run",
        [
            (U, "At the mint a 'run' means 50,000 coins."),
            (A, "OK, a run is 50,000 coins."),
            (U, "How many runs for an issue of 2.4 million?"),
        ],
        "an invented unit set in an earlier turn",
    ),
    (
        "conv-skipper-persona",
        [
            (S, "You are Captain Jock, skipper of the paddle steamer. Stay in character."),
            (U, "How many passengers is 212 plus 87 plus 64?"),
        ],
        "a persona set by the system turn",
    ),
    (
        "conv-json-only",
        [
            (S, 'Reply only with JSON of the form {"answer": <value>}.'),
            (U, "What's 23 boxes at £4.50?"),
        ],
        "the output format is set by the system turn",
    ),
    (
        "conv-numbers-in-words",
        [
            (U, "For the school newsletter, spell out every number in words rather than digits."),
            (A, "Of course, I'll write numbers in words."),
            (U, "What's 48 times 26?"),
        ],
        "words-only output set in an earlier turn",
    ),
    (
        "conv-fraction-answers",
        [
            (U, "Give answers as fractions, never decimals."),
            (A, "Will do."),
            (U, "What's 7 divided by 16?"),
        ],
        "fraction form set in an earlier turn",
    ),
    (
        "conv-two-sig-figs",
        [
            (U, "Round every result to two significant figures."),
            (A, "Understood."),
            (U, "What's 148 ft 6 in in metres?"),
        ],
        "significant figures set in an earlier turn",
    ),
    (
        "conv-chains",
        [
            (U, "Our club measures course legs in chains, so give me distances in chains."),
            (A, "OK, I'll use chains."),
            (U, "How long is a 2.4 km leg?"),
        ],
        "a target unit set in an earlier turn",
    ),
    (
        "conv-fixed-euro-rate",
        [
            (U, "For these sums use 1 euro = 0.86 pounds."),
            (A, "Using €1 = £0.86."),
            (U, "What's €1,250 of glitter in pounds?"),
        ],
        "a fixed currency rate set in an earlier turn",
    ),
    (
        "conv-month-first",
        [
            (U, "Our paperwork comes from the Ohio office and writes the month before the day."),
            (A, "Noted, month/day/year."),
            (U, "Which weekday is 04/06/2028 on our paperwork?"),
        ],
        "month-first dates set in an earlier turn",
    ),
    (
        "conv-entries-over-two-turns",
        [
            (U, "We had 236 advance entries at £14."),
            (A, "Noted: 236 at £14."),
            (U, "And 58 on the day at £18. What's the total?"),
        ],
        "the figures are spread over two user turns",
    ),
    (
        "conv-korean-reply",
        [
            (U, "Please answer in Korean from now on; my mother helps in the kitchen."),
            (A, "네, 알겠습니다."),
            (U, "How much is 24 cabbages at £1.65?"),
        ],
        "the reply language is set in an earlier turn",
    ),
    (
        "conv-tally-marks",
        [
            (U, "Give numbers as tally marks for my son, he's learning to count."),
            (A, "Sure, I'll use tally marks."),
            (U, "How many cabins are left if 9 of 36 are in the shed?"),
        ],
        "the output form (tally marks) is set in an earlier turn",
    ),
    (
        "conv-scientific-notation",
        [
            (U, "Give every answer in scientific notation."),
            (A, "Understood."),
            (U, "How many GB is 3.2 GB a minute for 365 minutes?"),
        ],
        "scientific notation output set in an earlier turn",
    ),
    (
        "conv-formula-not-number",
        [
            (U, "Don't work things out for me, just give me the spreadsheet formula."),
            (A, "OK, formulas only."),
            (U, "Total of 14 lobes at £25 and 9 helixes at £35?"),
        ],
        "the reply must be a formula, set in an earlier turn",
    ),
    (
        "conv-trade-price",
        [
            (U, "When I say 'trade price' I mean 15% off list."),
            (A, "Got it."),
            (U, "What's the trade price of a £240 lock?"),
        ],
        "a redefined discount set in an earlier turn",
    ),
    (
        "conv-letter-values",
        [
            (U, "Score words by letters: A is worth 1, B is 2, right through to Z at 26."),
            (A, "OK."),
            (U, "What does the word VAULT score?"),
        ],
        "letter values set in an earlier turn",
    ),
    (
        "conv-drying-day",
        [
            (U, "In the drying room a 'day' means one 16-hour run."),
            (A, "Understood, a day is 16 hours here."),
            (U, "How many days is 96 hours of drying?"),
        ],
        "a shift-length day set in an earlier turn",
    ),
    (
        "conv-decimal-hours",
        [
            (U, "Log every duration as decimal hours, not hours and minutes."),
            (A, "Will do."),
            (U, "How long was the cruise from 10:50 to 17:05?"),
        ],
        "a time format set in an earlier turn",
    ),
    (
        "conv-gauge-pressure",
        [
            (U, "All our boiler pressures are gauge; give me absolute ones back."),
            (A, "Understood, I'll add atmospheric pressure."),
            (U, "What's 180 psi in bar?"),
        ],
        "a gauge-to-absolute convention set in an earlier turn",
    ),
]
assert len(CONVS) == WANT_CONVERSATION_NEGATIVES
assert len({f for f, _t, _n in CONVS}) == len(CONVS)
assert all(f.startswith("conv-") for f, _t, _n in CONVS)
for _f, _t, _n in CONVS:
    conv(_f, _t, _n)

# this set's own structural asserts
assert len(NEAR) == 65 and len(CONVS) == 35
for _label in ("positive:calculator", "positive:units", "positive:datetime"):
    _regs = [i["family"] for i in items if i["label"] == _label and i["family"] != P]
    assert set(_regs) == set(REGISTERS), _label
    assert len(_regs) == 31, (_label, len(_regs))
_per_reg = {r: 0 for r in REGISTERS}
for _i in items:
    if _i["label"] != "negative" and _i["family"] != P:
        _per_reg[_i["family"]] += 1
assert sorted(_per_reg.values()) == [3] * 7 + [4] * 18, _per_reg
_ordinary = [i for i in items if i["label"] == "negative" and i["family"] in REGISTERS]
assert len(_ordinary) == 100
assert all(sum(1 for i in _ordinary if i["family"] == r) == 4 for r in REGISTERS)
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
    # no register (family name) of this set is a family name of sets 19 to 81
    old_families = set()
    for name in REGISTER_CHECK:
        old_families |= {i["family"] for i in _load(earlier_path(name)).items}
    reused = sorted(registers & old_families)
    assert not reused, f"registers already used by sets 19 to 81: {reused}"
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
